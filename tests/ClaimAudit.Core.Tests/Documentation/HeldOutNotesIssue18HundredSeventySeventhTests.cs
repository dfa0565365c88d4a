using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-seventy-seventh held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, the twenty-third session, blind beside the hundred-and-seventy-sixth) is one Friday's
/// notes, Friday 12/04/2026, drawn at random across all the clinics of the hundred-and-fifty-sixth to
/// hundred-and-seventy-fifth sets, each clinic in its own template, voice and vocabulary and none with more than four
/// notes: no new styles, only new patients and new wording inside the same templates. It measures how the analyzer does
/// across the styles it has already seen, with notes it has not. About two thirds are ordinary and complete (70 of 108),
/// single- and two-code visits (97110, 97112, 97116, 97140, 97530; a PT's and an OT's code on one visit), by PTs, PTAs
/// and OTs, from three groups of employers:
/// <list type="number">
/// <item>the template clinics of the hundred-and-fifty-sixth, -fifty-seventh, -fifty-ninth, -sixtieth, -sixty-third,
/// -sixty-sixth, -seventieth, -seventy-second and -seventy-fourth sets: White River Physical Therapy &amp; Balance (WRPT:
/// "Svc: 97112 NMR — 23 min", "Attendance: [X] 1:1 [ ] concurrent [ ] group", "What we did:", "Why:", "Numbers:",
/// Lorraine Meacham's "[CO query: …]"), Quoddy Bay Regional Hospital (QBRH: "CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN",
/// "DELIVERY: ☒ Individual …", "OUTCOME MEASURE: … SCORE: …"), Imperial Valley Balance &amp; Physical Therapy (IVBPT:
/// "97112 — 22 min", "Deficit:", "{{REVIEW: …}}", "{{HOLD — no reply}}"), Touchet Valley (TVPT: "DELIVERY: One-on-one
/// for the entire billed service? Y"), Llano Estacado (LERB: "AUTH #", "visit 10 of 12 authorized", the HMO's "Steady at
/// Home" weeks), Ocmulgee River (OCM: the post-TPE template rev. C, a clock in–out on each code's line), Petit Caillou
/// (PCPT: "Code 97112 Neuro re-ed ........ 23 min", "Did:", "For:", "Numbers:", Jules Guidry's "cher", the "Bayou
/// Balance" levels), Malheur Bend (MBOG: "PRIMARY OUTCOME:", "→ 97140 · 12 min · …", "▸ measured by:"), Blackberry
/// Creek Hospital (BCH: "Goal #1 — …", "Treated with: 97112 (23 min) — …", "How we know:"), Logan Creek (LCPT: the
/// "NNVC GOAL TRACKER", "Codes/min:", "Progress measure:"), Oneota River (ORPT: Prairielight's "1:1 (Y/N):" and the
/// "Billing Grid" whose minute column defaults to 15), Sangre de Cristo Valley Hospital (SCVH: Aspenline's
/// "Supervision/Delivery:", "Target impairment: None identified (default)"), Pocomoke Sound (PSTG: TidePoint's "Mode of
/// delivery: Choose… ▾", "#Error"), Rosario Strait (RSP: "04.12.2026", "97112 NMR 09.00–09.23 (23') · 1:1"), Big Horn
/// Basin (BHBR: "▸ START ■ STOP … = 22 MIN"), Porchlight (PTH: "Visit at:", "Present:", "97116 [ 19 ] min",
/// "Assist/Dist:"), Southern Tier (STBF: "What we worked on / Why / How she did / Time"), St. Columba (SCMH: "Timed:
/// 97112 ▸ 23 min", "Measures (Last | Today):"), Cimarron Senior Therapy (CST: "CST GERI VISIT", "1:1: Y"), Caney Fork
/// (CFPT: OfficeMate PM capitals, "1ON1 FLAG: N"), Saguaro Home Therapy (SHT: TxtChart "[9:05a]" stamps), St. Casimir
/// Lakeshore (SCLH: Dee Wachowski's "indiv. thruout", Helga Lindqvist's "Timed code minutes:"), Lakeshore Motion (LMPT:
/// "Code: 97112 | Min: 22 | Attendance: (x) 1:1 …"), NorthPier Per Diem (NPD: Bogdan Petrescu's late entries), Harbor
/// Light (HLPT: S:/O:/A:/P:, "Berg ____"), Lakeside Macomb (LMH: "Timed Procedures", "***"), Little Colorado River
/// (LCRT: "Svc: NMR 97112 | Time: 23 minutes | 1:1: Y"), JointWorks (JWO: "97112 ▸ 22m", the chain's default "15m"),
/// Rawhide (RPT: Merle Vankirk's one dense line) and Sheboygan Harbor (SHMC: "ALL SECTIONS REQUIRED", the
/// "IMPAIRMENTS ADDRESSED" row of boxes);</item>
/// <item>the device clinics and intensive programmes of the hundred-and-fifty-eighth to hundred-and-sixty-second sets:
/// Sawtooth Performance Lab (SPL: "BLOCK A · 97112 NMR · 23 min", "Work:", "Limiter:", "DATA PASTE ▼"), Northwoods Lakes
/// Medical Center's Balance Center (NLMC: "Service: 97112 Neuromuscular reeducation — 24 minutes", "▶ Imported device
/// report"), High Desert NeuroRecovery (HDNR: "97112 neuro re-ed: 22 min | 1:1", "97530 [ 20 ] min", "Device paste:"),
/// Minnesota River Children's Hospital's Intensive Therapy Program (MRCH ITP: "This session only: 97112 · 23 min",
/// "Ratio: ☒ 1:1 ☐ 1:2 ☐ group", "Targets:", "Activities:", "Data:"), Chattahoochee Valley University's Neuro-Recovery
/// Intensive (CVU NRI: "NRI BLOCK NOTE", "Billed this block: 97116 (24 min)", "Delivery: [ ] Individual [X] Dyad [ ]
/// Group") and Red Butte Vestibular &amp; Concussion Clinic (RBVC: "Sess B ▸ 97112 ▸ 22 min", "Tx: ☒ gaze stab ☐
/// habituation ☐ OKN");</item>
/// <item>the single-employer sets of the hundred-and-sixty-fourth, -sixty-seventh to -sixty-ninth and -seventy-fifth:
/// Wexford Commons (WCOPT: Jill Ostrowicz-Penn's "Billed: 97140 (12 min) / 97110 (24 min)" and Nicole Ferrante's
/// "TE 97110 (25 min) —" covering for Brett Szalai), Benedictine Coulee (BCMC: Jonah Brightwater's
/// bullets, Lise Aamodt's "FOLLOW-UP #n · Seen individually"), Dismal River (DRCH: "OP PT Daily Note — Rx #n", "Time:
/// 97110 = 22 min; 97116 = 14 min"), Quinebaug University Health (QUH: APSO with "BILLING:" last and "***"), Pembina
/// Multispecialty (PMG-MSK: "CHARGES:" first and a "| Test | Today | Eval |" table), Prairie Crossing (PCNDP: the
/// "ATTESTATION:" paragraph), Hollyhock Lane (HLG: "IN HIS OWN WORDS: … (quoted as said)", "1:1 for billed time: ☒ Yes ☐
/// No"), Wintergreen (WMDC: "Med state:", "Pt says:", "Delivery: ☐ Individual ☒ Group (PWR! class) ☐ Co-treat"),
/// Saltmeadow (SWH: "She reports:" in curly quotes), Short North (SNSS: Nadia Farhat's lower case and Brent Halloran's
/// double spaces), Middle Loup Mobile (MLMPT: the "nmrx" expansion "97112 __ min 1on1 __ tx __ def __ meas __"), Wapello
/// Heights (WHCC: "[x] individual [ ] concurrent [ ] group", "97116 x 18 min", "res", "CGA"), Mercy Ridge (MRH: "ADDENDUM —
/// requested by Compliance"), Quarry Hill (QHPT: "97112 — 23 min", "Seen 1:1.", "Measures: ______") and Bighorn Home &amp; Outpatient
/// (BHOT: "LATE ENTRY for 12/4, written 12/5 from the truck", "Deficit: (not entered)").</item>
/// </list>
/// The patients and people are new: a pecan sheller, a ferry ticket agent, a retired sugar-beet hauler, a hospice
/// chaplain, a fiddle player at the Friday jam, a school crossing guard, a county road grader, a cranberry bog hand, a
/// goat dairy owner, a church bell ringer, a sister in the lobby, a brother on the bench, a community aide holding the
/// walker, a husband learning to guard and a wife in the pickup. Each note's DOC_* findings were judged by hand as a payer
/// reviewer who knows these templates, applying the contract to what the filled-in text says: a blank, an unticked row,
/// "***", "__", "(not entered)" and "Choose… ▾" state nothing, a programme's level is not a technique, a clinician's
/// answer to a query counts as the note's own words, and a default the clinician left says what it says:
/// <list type="bullet">
/// <item>class 1 (v1-h177-…): one-on-one in these writers' own words ("Attendance: [X] 1:1 — her sister waited in the
/// lobby", "1:1 for billed time: ☒ Yes ☐ No — the community aide held the walker", "one-on-one; her husband stood at the
/// mat learning to guard", "1on1 the whole block her mom sat in", "Ratio: ☒ 1:1 — his brother on the bench", "just me and
/// Mr. Tschetter the whole block — his wife waited in the pickup", "one-on-one, granddaughter crocheting in the corner"),
/// notes that negate it (a PWR! class ticked Group, Aspenline's "concurrent — Mr. Archuleta on the bike", "1ON1 FLAG: N"
/// with a second patient on the foam beams, a Dyad block in the Parkinson's Boot Camp) or never state it (a Southern Tier
/// note), and a PTA's 97110 beside another resident on the NuStep, which has no one-on-one check;</item>
/// <item>class 2 (v2-h177-…): checkbox and blank-field states (an Ocmulgee attendance row with nothing ticked, "1:1
/// (Y/N):" left empty, TidePoint's "Choose… ▾" unchosen, the "1on1 __" of an nmrx expansion, "Target impairment: None
/// identified (default)", the "IMPAIRMENTS ADDRESSED" row with no box ticked, "Berg ____", "Outcome: ***") and the same
/// fields filled ("DELIVERY: ☒ Individual", "1:1 ▸ ☒ Y ☐ N", "☒ Vestibular", "1on1 y", "One-on-one … ? Y");</item>
/// <item>class 3 (v3-h177-…): named programmes and methods as techniques (X2 viewing, LSVT BIG maximal daily exercises,
/// PWR! Moves, limits-of-stability training on the Biodex, Tai Ji Quan: Moving for Better Balance forms, Maitland grade IV
/// thoracic glides, Alfredson heel drops, Frenkel exercises, a Mulligan mobilisation with movement for dorsiflexion)
/// and a programme's level as the only technique ("Bayou Balance level
/// 4", the HMO's "Steady at Home week 5");</item>
/// <item>class 4 (v4-h177-…): deficits stated as findings in these writers' terms (she can't feel the floor through her
/// slippers, the L toe scuffs on the brewery floor, the ankle gives on the cut, he freezes in the church doorway, she tips
/// backward at the top cupboard, the knee buckles on the trading-post steps) and notes that state none ("Deficits: see
/// eval", "Deficit: (not entered)", an APSO "A: ***", an IVBPT "Deficit:" held for a reply that never came);</item>
/// <item>class 5 (v5-h177-…): measures in every usual form (Last | Today columns, a Berg under a START/STOP row, tandem
/// seconds on a TxtChart stamp, distance and assistance for gait, button and peg counts for 97530, centimetres of reach,
/// a dining-room walk in feet) and notes with none ("steadier, her daughter says", a "DATA PASTE ▼" whose upload failed,
/// "▸ measured by: next visit", "OBJ: DEFERRED", "Measures: ______");</item>
/// <item>class 6 (v6-h177-…): minutes in these templates' forms ("Time: 97110 = 22 min; 97116 = 14 min", a clock in–out
/// on each code's line, "Timed code minutes: 97112 = 22 / 97116 = 16", two PCPT dotted lines, two BCH goals, "Billed:
/// 97140 (12 min) / 97110 (24 min)", "CHARGES: 97110 (23 min) · 97140 (10 min)", "97112 x 22 min / 97110 x 12 min"), true
/// mismatches (the Billing Grid's default 15 on a 27-minute line, JointWorks' default "15m" on 26, "Min: 33" on 22,
/// "CHARGES: 97110 (36 min)" on 24) and truly missing separate time ("Codes/min: 97112 = 22, 97116 =" with the second
/// left, two SCMH arrows left "___" beside "Total timed treatment: 36 minutes");</item>
/// <item>class 7 (v7-h177-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check),
/// the contract's meanings for 97110 (a PTA's step-downs and leg press after a TKA), 97530 (carrying a laundry basket and
/// loading a washer), 97140 (lumbar PA glides and paraspinal soft-tissue work) and 97116 (an above-knee prosthesis on
/// the Riverwalk ramp; a walker down a ranch-house hallway), and wholly generic notes (an LCRT line "Activity: balance
/// training", a Rawhide dense line of "ther ex + balance", an HDNR OT note of "functional activities" and "-- select
/// --");</item>
/// <item>ordinary (vord-h177-…): complete notes of these clinics that a reviewer passes (the false-positive guard), and
/// the ordinary weak ones: a complete note with no diagnosis and a TidePoint note whose diagnosis came over as
/// "#Error".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — sisters, a brother, a mother, wives,
/// husbands, a granddaughter, a community aide, a rehab tech (none of them a patient; Mr. Archuleta on the bike, Mrs.
/// Pruitt on the foam beams, the PWR! class, the Dyad partner and the resident on the NuStep are), ages, dates of
/// service, visit and authorisation counts, step heights in inches, loads in pounds and kilograms, distances in feet and
/// metres, reach in centimetres, degrees, percentages, times of day on TxtChart stamps and counts of buttons, pegs,
/// pushes and trips — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's
/// minutes are written next to the code ("Code: 97112 | Min: 22", "97112 — 23 min", "Time: 97110 = 22 min"), in its
/// block's heading, in a minute box or as a clock range on the code's own line; no note gives minutes to a visit, a
/// drill, a rest or a test, except the one that gives the visit a total ("Total timed treatment: 36 minutes") with no
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
/// This set also leaves out what one Friday across so many clinics could honestly be read either way: a default
/// one-on-one sentence beside a clinician's "worked him alongside" another patient in a later block of the same visit, a
/// compliance query answered only with initials, a CST fall or near-fall count or an orthostatic reading as the only
/// number, a late entry whose minutes differ from a same-day scrub correction, a device's capture or session timer on
/// the code's own line, and a programme's level named beside a technique that only the programme's manual describes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 106 of 108 cases agree (106 needed), and none of the 70 notes the reviewer passes got a finding, on the analyzer of ed4cfb9 (main 1a10279, the final code of the 2026-12-07 twenty-second session, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, 6ede27d): 107 of 108, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSeventySeventhTests(ITestOutputHelper output)
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

        // WRPT Kacey Ormsby (PTA) "Attendance: [X] 1:1 … — her sister waited in the lobby"; step-and-stick, foam with head turns, pushes at the hips; late step and poor use of the feet; Berg and pushes: passes.
        ["v1-h177-wrpt-sister-waited-in-lobby"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Pt: Wanda Tillotson, 77, retired poultry-plant line worker · Kacey Ormsby, PTA
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group — her sister waited in the lobby
            What we did: step-and-stick onto the Airex, foam stance with eyes closed and head turns, pushes at the hips in stride stance
            Why: late stepping reaction and poor use of her feet on uneven ground; she tipped on the gravel by the mailbox
            Numbers: Berg 46/56 (41 at eval); 7 of 10 pushes caught with one step
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // HLG Thomas Ashby "1:1 for billed time: ☒ Yes ☐ No — the community aide held the walker by the door"; foam eyes closed, stepping to taped targets, tandem; neuropathic proprioception loss; Berg and tandem: passes.
        ["v1-h177-hlg-aide-held-the-walker"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Point Clear Landing house-call room
            Broussard, Emile (88) · Thomas Ashby, PT · 12/04/2026
            IN HIS OWN WORDS: "My feet don't tell me where the floor is anymore, so I watch them the whole way to the dining hall." (quoted as said)
            WHAT WE DID: 97112 · 22 min — standing on the foam pad with eyes closed, stepping to taped targets without looking down, tandem along the hallway rail.
            1:1 for billed time: ☒ Yes ☐ No — the community aide held the walker by the door.
            WHY: decreased proprioception in both feet from the neuropathy; he relies on his eyes.
            MEASURED: Berg 43/56; tandem stance 6 sec.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // QUH APSO by Carla Pinheiro (PTA), "One-on-one; her husband stood at the mat learning to guard"; perturbations, step-and-stick, foam with head turns; postural control and a late step; Berg and pulls; BILLING 23 matches: passes.
        ["v1-h177-quh-husband-learning-to-guard"] = new(
            """
            QUH Rehab Daily Note (APSO) — Danielson
            A: Postural control better in quiet stance; still a late step to the L when pulled.
            P: Progress perturbations to walking next visit.
            S: "I don't hang on the shopping cart as hard at Big Y."
            O: Perturbations at the pelvis in stride stance, step-and-stick to floor targets, foam stance with head turns. One-on-one; her husband stood at the mat learning to guard.
            Berg 47/56 (43 at eval); 5 of 8 pulls recovered with one step.
            BILLING: 97112 x 23 min
            Carla Pinheiro, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // SNSS Nadia Farhat's lower case, "1on1 the whole block her mom sat in"; single-leg perts on the Airex, hop to stick, cutting to a stop; L ankle proprioception; SLS and Y-balance: passes.
        ["v1-h177-snss-nadia-mom-sat-in"] = new(
            """
            97112 22 min 1on1 the whole block her mom sat in  single leg perts on the airex  hop to stick fwd + lat  cutting to a stop off the cone  L ankle proprio poor after the sprain on the rugby pitch  sls L 9s R 24s  ybal ant L 58cm R 66cm  n farhat pt
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // MRCH ITP "Ratio: ☒ 1:1 ☐ 1:2 ☐ group — his brother on the bench"; rocker board in kneeling, half-kneel to stand, stepping stones; postural control and L motor planning in hemiplegic CP; holds and counts: passes.
        ["v1-h177-mrch-brother-on-the-bench"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Winter intensive, day 3 of 10
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 23 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group — his brother on the bench
            Targets: poor postural control and L-sided motor planning with hemiplegic cerebral palsy, age 9
            Activities: kneeling on the rocker board catching a ball, half-kneel to stand leading with the L, stepping stones across the mat without a hand
            Data: half-kneel hold L forward 12 sec (5 on day 1); 6 of 8 stepping stones without a hand
            Carryover to the other session: OT to use half-kneel at the easel.
            """,
            ["G80.2"], [PT("97112", 23)], []),

        // BHOT Colleen Marchetti (PTA) late entry, "Just me and Mr. Tschetter the whole block — his wife waited in the pickup"; rocker eyes closed, step up onto foam, pushes; L ankle proprioception; SLS and Berg: passes.
        ["v1-h177-bhot-wife-waited-in-pickup"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            LATE ENTRY for 12/4, written 12/5 from the truck (no signal out past Kaycee).
            97112 — 22 min
            Just me and Mr. Tschetter the whole block — his wife waited in the pickup with the heater running.
            Rocker board A/P with eyes closed, stepping up onto the foam with a stop, pushes at the shoulders standing on the mat.
            L ankle proprioception after the fall off the stock-trailer ramp; rolls the ankle on frozen ruts.
            SLS L 6 sec (R 19 sec); Berg 48/56.
            Colleen Marchetti, PTA
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // DRCH Darlene Vrbka "Delivery: one-on-one, granddaughter crocheting in the corner"; foam with head turns, tandem at the counter, stepping over the cane; neuropathic proprioception; Berg and tandem; "Time: 97112 = 23 min": passes.
        ["v1-h177-drch-granddaughter-crocheting"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #11 · Seen by: D. Vrbka PT
            Time: 97112 = 23 min
            Delivery: one-on-one, granddaughter crocheting in the corner
            Treatment: foam stance with head turns, tandem walking along the counter, stepping over the cane laid on the floor to a stop
            Problem: decreased sensation and proprioception in both feet with diabetic neuropathy; he misses the bottom porch step at dusk
            Objective: Berg 44/56; tandem 5 sec
            Plan: add outdoor walking on the gravel.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // WMDC Tovah Lerner (PTA) "Delivery: ☐ Individual ☒ Group (PWR! class) ☐ Co-treat — six in the class": a group — one-on-one missing; PWR! Moves, freezing deficit, TUG and turn steps present.
        ["v1-h177-wmdc-pwr-class-ticked-group"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Med state: "on," carbidopa-levodopa at 8:00 am
            Pt says: "I lock up when I turn around at the sink."
            Husband says: "Her steps get tiny at the kitchen doorway."
            Delivery: ☐ Individual ☒ Group (PWR! class) ☐ Co-treat — six in the class
            97112 — 23 min
            PWR! Moves in standing (PWR! Up, Rock, Twist, Step), big-step turning to floor arcs, stepping over the tape line on a clap.
            Deficit: freezing of gait at doorways and reduced step amplitude with Parkinson's disease.
            Measures: TUG 14.2 sec; 180° turn 6 steps.
            Tovah Lerner, PTA
            """,
            ["G20.A1"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // SCVH "Supervision/Delivery: concurrent — Mr. Archuleta on the bike, I went back and forth": another patient in the block — one-on-one missing; techniques, deficit, measures present.
        ["v1-h177-scvh-concurrent-archuleta-on-bike"] = new(
            """
            Sangre de Cristo Valley Hospital — Outpatient Therapy (South Fork)    Aspenline Clinical · Therapy Flowsheet
            Supervision/Delivery: concurrent — Mr. Archuleta on the bike, I went back and forth between them
            Intervention: rocker board eyes closed, foam stance catching a ball, tandem walking the hall with head turns
            Target impairment: postural sway and a slow ankle strategy after the fall in the potato cellar
            Outcome: Berg 47/56; tandem 8 sec
            Timed Codes: 97112 Neuromuscular re-education — 22 min
            Lupita Atencio, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // CFPT "1ON1 FLAG: N" and "HAD HER ON THE FOAM BEAMS WITH MRS. PRUITT, CUEING BOTH": another patient — one-on-one missing; techniques, deficit, measures present.
        ["v1-h177-cfpt-flag-n-mrs-pruitt"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/04/26
            CPT 97112 X 23 MIN
            1ON1 FLAG: N
            NOTE: HAD HER ON THE FOAM BEAMS WITH MRS. PRUITT, CUEING BOTH. TANDEM ON THE FOAM BEAM, BAPS BD CLOCKWISE, STEP-OVERS TO A STOP. IMP: DECR PROPRIOCEPTION L ANKLE AFTER THE SPRAIN ON THE MARINA DOCK. OBJ: SLS L 5 SEC; BERG 48/56.
            """,
            ["S93.402D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // STBF note with no word on attendance: perturbations, foam, hose step-over; late step and backward sway; Berg and pushes; "Time: 97112, 23 min." matches — one-on-one unstated.
        ["v1-h177-stbf-attendance-never-stated"] = new(
            """
            Southern Tier Balance and Falls Clinic — Elmira
            Naomi Castellucci, PT · Friday 12/4/2026
            What we worked on: perturbations at the pelvis in stride stance, foam stance with eyes closed, stepping over the garden hose to a stop.
            Why: late protective step and backward sway; she went down on the ice by the racetrack grandstand.
            How she did: Berg 45/56 (40 in October); 6 of 10 pushes caught with one step.
            Time: 97112, 23 min.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // WHCC Dmitri Lukin (PTA) 97110 ticked concurrent with Mr. Fry on the NuStep: 97110 has no one-on-one check; sit to stand, heel raises, knee extension, side-stepping with doses; hip and quad weakness: passes.
        ["v1-h177-whcc-pta-97110-beside-nustep"] = new(
            """
            WAPELLO HEIGHTS CARE CENTER — REHAB GYM
            Res: Lorraine Vande Voort, rm 118 · Dmitri Lukin, PTA
            Delivery: [ ] individual [x] concurrent [ ] group — Mr. Fry on the NuStep beside her
            97110 x 16 min
            Sit to stand from the mat 3x8 CGA, standing heel raises at the bar 3x12, seated knee extension 2x12 with 2 lb, side-stepping at the bar 4 lengths SBA
            Problem: bilateral hip and quad weakness; needs a push from the CNA to stand from the w/c
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // CVU NRI Parkinson's Boot Camp block ticked "[X] Dyad — paired with Mr. Odom at the stepping stations": two patients — one-on-one missing; techniques, deficit, measures present.
        ["v1-h177-cvu-dyad-paired-with-mr-odom"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: PBC · Day 8 of 10 · Block: AM (1 of 2)
            Billed this block: 97112 (23 min)
            Staff this block: Shondra Abernathy-Kyle, PTA
            Delivery: [ ] Individual [X] Dyad [ ] Group — paired with Mr. Odom at the stepping stations
            O: Big steps over the tape ladder, reactive steps to pulls at the gait belt from behind, 360° turns to a stop on the whistle.
            Backward pull test: 2 steps to recover. TUG 12.8 sec.
            A: Parkinson's disease with freezing in turns and a retropulsive stepping response.
            """,
            ["G20.A1"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // OCM "Constant attendance: [ ] 1:1 constant attendance [ ] Concurrent [ ] Group" with nothing ticked and no other statement: one-on-one missing; clock range 10:00–10:23 matches; techniques, deficit, measures present.
        ["v2-h177-ocm-attendance-row-unticked"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville
            DAILY NOTE — post-TPE template rev. C
            Patient: Eula Bazemore | Marcus Pye, PT | Precautions: fall risk
            97112 Neuromuscular Re-education | 10:00–10:23 am
            Constant attendance: [ ] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: step-and-stick onto the foam because she lands stiff-kneed; pushes at the pelvis in stride stance; tandem along the parallel bars with head turns.
            Impairment addressed: delayed stepping reaction and sway after the fall at the peanut warehouse.
            Objective measure: Berg 46/56; tandem 7 sec.
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // QBRH "DELIVERY: ☒ Individual" ticked and "OUTCOME MEASURE: FGA SCORE: 23/30" filled; BAPS, foam, tandem with head turns; R ankle proprioception: passes.
        ["v2-h177-qbrh-individual-ticked-fga-filled"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: BAPS board level 3 both directions; foam stance eyes closed; tandem walking with head turns
            IMPAIRMENT: impaired proprioception R ankle; the ferry ticket agent rolls it on the ramp planks
            OUTCOME MEASURE: FGA SCORE: 23/30
            Everett Sewall, PT
            """,
            ["S93.401D"], [PT("97112", 24)], []),

        // ORPT Prairielight "Delivery:" and "1:1 (Y/N):" both left empty: one-on-one missing; rocker, foam, hurdles; vestibular hypofunction; DGI and foam seconds; Billing Grid 23 matches.
        ["v2-h177-orpt-one-on-one-field-empty"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 12/04/2026
            Delivery:
            1:1 (Y/N):
            Interventions: rocker board eyes closed, foam stance with head turns, stepping over the hurdles to a stop
            Clinical Findings: L vestibular hypofunction with poor use of the vestibular system on foam
            Objective Measures: DGI 18/24; foam stance eyes closed 11 sec
            Billing Grid:  97112 | Neuromuscular re-ed | 23 min
            H. Bjornstad, PT, DPT
            """,
            ["H81.22"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PSTG TidePoint "Mode of delivery: Choose… ▾" unchosen and "☐ 1:1 ☐ Group ☐ Co-treat" empty: one-on-one missing; techniques, deficit, measures present.
        ["v2-h177-pstg-choose-left-unchosen"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud
            Mode of delivery: Choose… ▾
            ☐ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: perturbations in stride stance, step-and-stick onto the Airex, tandem walking on the foam lane
            Impairments Addressed: postural control and a late protective step; the clam shucker sways at the bench
            Measurables: Berg 47/56; 5 of 8 pushes recovered
            97112 Neuromuscular Re-ed — 22 min
            T. Ames, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // MLMPT Carla Hindman's nmrx expansion with "1on1 __" left blank and everything else filled: one-on-one missing; rocker, foam, step over the bowl; L ankle proprioception; SLS and Berg.
        ["v2-h177-mlmpt-nmrx-1on1-left-blank"] = new(
            """
            97112 23 min 1on1 __ tx rocker board + foam stance w head turns in the kitchen + step over the heeler's bowl n stop def L ankle proprio after the fall at the cattle guard meas sls L 6s berg 47/56
            """,
            ["S93.402D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // MLMPT Wade Pettijohn (PTA) nmrx expansion filled in, "1on1 y", closing period; tandem with head turns, couch cushion, pushes; sway and late step; Berg and tandem: passes.
        ["v2-h177-mlmpt-wade-nmrx-filled"] = new(
            """
            97112 22 min 1on1 y tx tandem down the hallway w head turns + standing on the couch cushion eyes closed + pushes at the hips def postural sway n late step after the fall off the porch meas berg 45/56 tandem 7s wade pettijohn pta.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // SCVH Aspenline "Target impairment: None identified (default)" left and no deficit anywhere: deficit missing; X1 viewing, head turns walking, foam; DGI and foam seconds; 1:1.
        ["v2-h177-scvh-none-identified-default"] = new(
            """
            Sangre de Cristo Valley Hospital — Outpatient Therapy (Del Norte)    Aspenline Clinical · Therapy Flowsheet
            Supervision/Delivery: 1:1 with Mr. Vialpando
            Intervention: X1 viewing against the checkerboard, walking the hall with vertical head turns, feet together on foam eyes closed
            Target impairment: None identified (default)
            Outcome: DGI 19/24; foam eyes closed 14 sec
            Timed Codes: 97112 Neuromuscular re-education — 23 min
            Gideon Trujillo, PT
            """,
            ["H81.22"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // SHMC "IMPAIRMENTS ADDRESSED: ☐ Proprioception ☒ Vestibular …" ticked, individual ticked; gaze stabilization X1 on foam, head turns walking, tandem eyes closed; DGI and DVA: passes.
        ["v2-h177-shmc-vestibular-box-ticked"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: gaze stabilization X1 horizontal standing on foam; walking with head turns down the hall; tandem with eyes closed at the counter
            IMPAIRMENTS ADDRESSED: ☐ Proprioception ☒ Vestibular ☐ Coordination ☐ Motor control
            OUTCOME MEASURES: DGI 17/24; DVA 3 lines lost
            ATTESTATION: signed Annika Vandervelde, PT
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // SHMC the same row of boxes with none ticked and no deficit typed anywhere: deficit missing; rocker, foam with tosses, step-and-stick; Berg and SLS; individual ticked.
        ["v2-h177-shmc-impairment-row-none-ticked"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 22 min
            DELIVERY MODE: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rocker board A/P, foam stance with ball tosses, step-and-stick off the 4 inch step
            IMPAIRMENTS ADDRESSED: ☐ Proprioception ☐ Vestibular ☐ Coordination ☐ Motor control
            OUTCOME MEASURES: Berg 49/56; SLS L 8 sec
            ATTESTATION: signed Kayla Nienhuis, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // HLPT S:/O:/A:/P: with "Berg ____" the only measure line and no number but the code's minutes: measure missing; foam, perturbations, rocker; ankle proprioception; "☒ 1:1".
        ["v2-h177-hlpt-berg-line-blank"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — Stonington
            S: Feels unsteady stepping from the float onto the boat rail.
            O: Foam stance with eyes closed; perturbations at the pelvis in stride stance; step-and-stick onto the rocker board. ☒ 1:1 ☐ group
            Berg ____
            A: Decreased ankle proprioception and a late step.
            P: Continue; retest Berg next visit.
            Billed: 97112 (23 min)
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // LMH "Outcome: ***" wildcard never replaced and no number but the heading's minutes: measure missing; rhythmic stabilization, weight shifts, stepping to targets; L hemiparesis; one-on-one.
        ["v2-h177-lmh-outcome-wildcard"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (WARREN)
            Timed Procedures
            97112 Neuromuscular Re-ed: 22 Minutes
            Delivery: individual, one-on-one
            Interventions: rhythmic stabilization in half-kneeling, weight shifts onto the L in stride stance, stepping to targets with the L
            Impairment: L hemiparesis with poor weight acceptance and trunk postural control after the R MCA stroke
            Outcome: ***
            LaToya Grant, PTA
            """,
            ["I69.354"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // TVPT "DELIVERY: One-on-one for the entire billed service? Y" answered; PNF rhythmic stabilization, reactive steps, hose step-over; trunk control and posterior step; Berg and pulls: passes.
        ["v2-h177-tvpt-delivery-answered-y"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — College Place
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: PNF rhythmic stabilization in tall kneeling then standing; reactive steps to pulls at the gait belt; stepping over the hose to a stop — he steps late and falls back off the orchard ladder
            DEFICIT ADDRESSED: trunk postural control and a delayed posterior stepping reaction
            OBJECTIVE: Berg 48/56; 7 of 10 pulls recovered with one step
            NOTE TO REVIEWER: none this visit.
            Celeste Vandergriff, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // JWO "1:1 ▸ ☒ Y ☐ N" ticked; rocker eyes closed, hop to stick, perturbations in SLS; R ankle proprioception; SLS and Y-balance: passes.
        ["v2-h177-jwo-one-on-one-y-ticked"] = new(
            """
            JointWorks QuickNote · Plymouth
            97112 ▸ 23m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ rocker board eyes closed, hop to stick R onto the foam, perturbations in SLS R
            Area ▸ R ankle proprioception after the sprain at pickleball
            # ▸ SLS R eyes closed 7s (L 15s); Y-balance ant R 61cm
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // RBVC "Tx: ☒ gaze stab" with X2 viewing seated then on foam and X1 walking; reduced VOR gain after concussion; DVA and DHI; 1:1: passes.
        ["v3-h177-rbvc-x2-viewing"] = new(
            """
            RBVC West Sedona — Intensive Week — Fri
            Sess A ▸ 97112 ▸ 23 min
            Provider this session: Marisol Etsitty-Crane, PT, DPT — 1:1
            Tx: ☒ gaze stab ☐ habituation ☐ OKN
            X2 viewing with the card moving opposite the head, seated then standing on foam; X1 walking the hall
            Problem: vestibulo-ocular reflex gain down after the concussion; the jeep-tour guide's view bounces on the washboard road
            DVA 2 lines lost (5 Mon); DHI 30
            Between sessions: lunch, screen-free
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // BCMC Jonah Brightwater's bullets: LSVT BIG maximal daily exercises and functional component tasks, "1:1, her husband at the window"; bradykinesia and reduced amplitude; TUG and 10MWT: passes.
        ["v3-h177-bcmc-lsvt-big"] = new(
            """
            BCMC Neuro OP — Sparta pavilion · Jonah Brightwater, PT, DPT
            • 97112 — 23 min — 1:1, her husband at the window
            • LSVT BIG maximal daily exercises (floor to ceiling, side to side, forward and backward steps), then functional component tasks: big steps rising from the pew-height chair and turning at the counter
            • Targets: bradykinesia and reduced amplitude of movement with Parkinson's disease; she shuffles turning at the church coffee urn
            • Numbers: TUG 11.9 sec (14.6 at eval); 10MWT 1.02 m/s
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // CVU NRI Parkinson's Boot Camp, "[X] Individual": PWR! Rock, Twist and Step; reduced weight shift and freezing on turns; Mini-BESTest and turn steps: passes.
        ["v3-h177-cvu-pwr-moves-individual"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 9 of 10 · Block: PM (2 of 2)
            Billed this block: 97112 (22 min)
            Staff this block: Dr. Adaeze Fontenot-Marsh, PT, DPT, NCS; SPT Caleb Moorefield
            Delivery: [X] Individual [ ] Dyad [ ] Group
            O: PWR! Moves in quadruped and standing — PWR! Rock and PWR! Twist reaching to the targets, then PWR! Step to a stop on a cue.
            Mini-BESTest 21/28 (17 on day 1); 360° turn 5 steps.
            A: Parkinson's disease with reduced weight shift and freezing on turns; the hospice chaplain shuffles at the bedside.
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // NLMC Curtis Lindahl: limits-of-stability training on the Biodex, weight shifts with visual feedback, foam eyes closed; poor posterior limits; LOS percent; "Individual (1:1) — his wife at the window": passes.
        ["v3-h177-nlmc-limits-of-stability-training"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER (CROSBY)
            TREATMENT NOTE · Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: Individual (1:1) — his wife watched from the platform-room window
            Treatment: limits-of-stability training on the Biodex to the eight targets, weight shifts to the back targets with visual feedback, foam stance with eyes closed
            Impairment: poor posterior limits of stability and a slow ankle strategy; he tips back reaching for the ice auger
            ▶ Imported device report — Biodex Balance SD: LOS overall 41% (29% at eval)
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SWH Noor Haddad-Quinn: Tai Ji Quan: Moving for Better Balance forms on the floor and on foam; poor sensory reweighting and sway on soft surfaces; mCTSIB and FGA; "· 1:1": passes.
        ["v3-h177-swh-tai-ji-quan-forms"] = new(
            """
            SALTMEADOW WOMEN'S HEALTH & BALANCE PT — Old Saybrook
            She reports: “I feel like the dock is moving even after I’m off it.”
            Her goal, in her words: “Walk the town dock to the ferry without holding Jim’s arm.”
            Neuromuscular re-education 97112 (23 min) · 1:1
            Tai Ji Quan: Moving for Better Balance forms — weight shifts side to side, single whip stepping, then the forms on foam with eyes closed
            Impairment: poor sensory reweighting with reliance on vision since the cruise; postural sway on soft surfaces
            Objective: mCTSIB foam eyes closed 14 sec (6 at eval); FGA 24/30
            Noor Haddad-Quinn, PT, DPT, WCS
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PMG-MSK "CHARGES: 97140 (11 min)" at the top; Maitland grade IV central PA glides and rib mobilisation; thoracic stiffness; rotation degrees in the table: passes.
        ["v3-h177-pmg-maitland-thoracic-glides"] = new(
            """
            CHARGES: 97140 (11 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, EAST GRAND FORKS
            NEXT VISIT: add thoracic extension over the foam roll at home.
            TODAY: Maitland grade IV central PA glides T4–T7, 3 bouts each; rib mobilisation on the R in sidelying.
            Problem: thoracic stiffness and pain on rotation; the curling-club skip can't sweep without a catch.
            | Test | Today | Eval |
            | Thoracic rotation R (deg) | 48 | 35 |
            Rosa Echeverría, PT
            """,
            ["M54.6"], [PT("97140", 11)], []),

        // WCOPT Jill Ostrowicz-Penn: Alfredson eccentric heel drops with doses as 97110; L Achilles tendinopathy and calf weakness; heel-raise counts; "Billed: 97110 (22 min)": passes.
        ["v3-h177-wcopt-alfredson-heel-drops"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office
            Billed: 97110 (22 min)
            Ex: Alfredson eccentric heel drops off the step, straight knee and bent knee, 3x15 each with a 10 lb backpack; calf raises on the leg press 3x12; seated soleus raises 3x15
            Impairment: L Achilles tendinopathy with calf weakness; can't finish the loop around North Park Lake
            Data: single-leg heel raises L 14 (R 26)
            Next: add hopping in place if pain stays under 3/10.
            Jill Ostrowicz-Penn, PT, DPT
            """,
            ["M76.62"], [PT("97110", 22)], []),

        // QHPT Eli Tremblay "Seen 1:1."; Frenkel exercises supine, sitting and standing; ataxia of both legs after a cerebellar stroke; heel-to-shin hits and tandem: passes.
        ["v3-h177-qhpt-frenkel-exercises"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 23 min
            Seen 1:1.
            Frenkel exercises in supine, sitting and standing — heel to the marked spots on the mat in rhythm to a count, then stepping to the floor footprints.
            Ataxia of both legs after the cerebellar stroke; he overshoots the step at the granite-shed loading dock.
            Heel-to-shin: 6 of 10 on target (3 of 10 at eval). Tandem 4 sec.
            Eli Tremblay, PT
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // PCPT Jules Guidry (PTA) "Did: Bayou Balance level 4, per the clinic sheet, cher." as the only technique; deficit, measures and one-on-one present: technique missing.
        ["v3-h177-pcpt-bayou-balance-level-only"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/04/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Bayou Balance level 4, per the clinic sheet, cher.
            For: postural sway and a late step wit' his eyes closed; he lost it on the crab-boat deck
            Numbers: Berg 46/56; SLS R 8 sec
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // LERB "Skilled interventions (with rationale): Steady at Home week 5 per the plan's program." as the only technique; deficit, measures and 1:1 present: technique missing.
        ["v3-h177-lerb-steady-at-home-week-only"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-11874 · visit 10 of 12 authorized
            Pt: Rosendo Barrientos · Dale Hobart, PT
            CPT 97112 — 23 minutes
            Attendance: 1:1 — his daughter waited in the truck
            Skilled interventions (with rationale): Steady at Home week 5 per the plan's program.
            Functional deficit driving medical necessity: decreased proprioception in both feet and a late step; he stumbles in the feedlot alley.
            Objective data for reviewer: Berg 47/56; tandem 6 sec.
            """,
            ["E11.42"], [PT("97112", 23)], [At(Tech, "97112")]),

        // MBOG "→ 97140 · 12 min · Mulligan mobilisation with movement for R ankle dorsiflexion …"; dorsiflexion stiffness after the fracture; knee-to-wall centimetres: passes.
        ["v3-h177-mbog-mulligan-mwm-dorsiflexion"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC OUTCOMES GROUP — Nyssa
            PRIMARY OUTCOME: LEFS 58/80 (41 at eval)
            STG 1: squat to set the siphon tubes without lifting the heel — PROGRESSING
            → 97140 · 12 min · Mulligan mobilisation with movement for R ankle dorsiflexion in lunge with the belt, 3 x 10; talocrural posterior glides grade III
            Impairment: R ankle dorsiflexion stiffness after the fracture
            ▸ measured by: knee-to-wall R 7 cm (2 cm at eval)
            Ignacio Barragán, PT
            """,
            ["S82.891D"], [PT("97140", 12)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // PTH "she can't feel the floor through her slippers — proprioception in both feet is down"; cushion stance, taped spots, tandem; "97112 [ 23 ] min — 1:1" with the daughter on the porch; seconds and counts: passes.
        ["v4-h177-pth-cant-feel-floor-through-slippers"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Rhonda Sizemore, PT
            Present: daughter, out on the porch
            97112 [ 23 ] min — 1:1
            Tx: standing on the couch cushion with eyes closed, stepping to taped spots on the linoleum without looking, tandem along the kitchen counter
            Problem: she can't feel the floor through her slippers — proprioception in both feet is down with the neuropathy; she stepped on the cat's bowl and went down
            Assist/Dist: cushion stance eyes closed 9 sec; 7 of 10 taped spots hit without looking
            """,
            ["E11.42", "Z91.81"], [PT("97112", 23)], []),

        // HDNR Ruthanne Keel (PTA) "the L toe scuffs on the brewery floor"; step-overs, BalanceTutor perturbations, foam beam; late foot clearance; stepping responses and 10MWT; "| 1:1": passes.
        ["v4-h177-hdnr-toe-scuffs-brewery-floor"] = new(
            """
            Visit note | Ruthanne Keel, PTA | Pt: Clint Ybarra, 52, brewery forklift driver
            97112 neuro re-ed: 22 min | 1:1
            What I did: stepping over the cane row with high knees to a stop, perturbations on the BalanceTutor walking, tandem on the foam beam
            Why: the L toe scuffs on the brewery floor and catches the pallet edges; poor L dorsiflexion timing and late foot clearance after the stroke
            Device paste: stepping responses 24 of 30 perturbations; 10MWT 1.08 m/s
            """,
            ["I69.354"], [PTA("97112", 22)], []),

        // SPL Mateo Arriaga "Limiter: the L ankle gives on the cut — poor peroneal timing and proprioception"; reactive cutting, hop-to-stick, perturbations; Y-Balance; "☑ 1:1": passes.
        ["v4-h177-spl-ankle-gives-on-the-cut"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Reese Kowalczyk (age 19, college rugby wing) · Clinician: Mateo Arriaga, PT
            BLOCK A · 97112 NMR · 22 min
            Attendance: ☑ 1:1 ☐ semi-private
            Work: reactive cutting to a light cue off the foam, hop-to-stick lateral onto the Airex, perturbations in single-leg stance with a band at the hip
            Limiter: the L ankle gives on the cut — poor peroneal timing and proprioception after the second sprain
            DATA PASTE ▼
              Y-Balance · anterior L 57 cm | R 66 cm · composite L 88% | R 97%
            Read: L still short on anterior reach.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // WMDC Colleen Marsh "Pt says: I stop dead in the church doorway"; floor cues through the doorway frame, metronome stepping, perturbations at the hips; freezing at thresholds; doorway passes and TUG; Individual ticked: passes.
        ["v4-h177-wmdc-freezes-in-church-doorway"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Med state: "on," dose at 7:30 am
            Pt says: "I stop dead in the church doorway and can't get my feet going."
            Daughter says: "He does it at the Kroger doors too."
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            97112 — 24 min
            Visual cues on the floor through the doorway frame, metronome-paced stepping, weight shifts side to side before the first step, perturbations at the hips in stride stance.
            Deficit: freezing of gait at thresholds and poor weight shift to start a step with Parkinson's disease.
            Measures: doorway passes 8 of 10 without a freeze; TUG 12.4 sec.
            Colleen Marsh, PT, DPT, NCS
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // HLG Mariah Greenlee "she tips backward when she looks or reaches up"; overhead reach on foam with pushes, backward stepping, heel-toe rocking; posterior sway; Berg and pushes; "☒ Yes": passes.
        ["v4-h177-hlg-tips-backward-at-top-shelf"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Thibodeaux, Marguerite (84) · Mariah Greenlee, PT, DPT, GCS · 12/04/2026
            IN HER OWN WORDS: "When I reach for the praline tin on the top shelf I go right over backwards and grab the refrigerator door." (quoted as said)
            WHAT WE DID: 97112 · 23 min — reaching overhead standing on the foam pad with pushes at the pelvis, stepping back to a stop on a cue, heel-toe rocking with the hands free.
            1:1 for billed time: ☒ Yes ☐ No
            WHY: she tips backward when she looks or reaches up — posterior sway with a late backward step.
            MEASURED: Berg 44/56; 5 of 8 backward pushes caught with one step.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // LCRT "Problem: the R knee buckles on the trading-post steps — poor quad timing and knee proprioception"; step-downs with perturbations, rhythmic stabilization, targets on foam; SLS and counts; 1:1: Y: passes.
        ["v4-h177-lcrt-knee-buckles-on-steps"] = new(
            """
            Little Colorado River Therapy — Winslow
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: step-downs to a stop with perturbations at the knee, rhythmic stabilization in single-leg stance, stepping to targets on foam
            Problem: the R knee buckles on the trading-post steps — poor quad timing and knee proprioception after the R TKA
            Measure: SLS R 8 sec; 7 of 10 step-downs without a buckle
            L. Begay, PT
            """,
            ["Z96.651"], [PT("97112", 22)], []),

        // NPD Bogdan Petrescu's late entry with "Deficits: see eval." and no deficit anywhere: deficit missing; techniques, Berg and tandem steps, 1:1: Y present.
        ["v4-h177-npd-deficits-see-eval"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B, Friday evening)
            LATE ENTRY — written Sat 12/05/2026 09:10 for Fri 12/04/2026
            97112 x 23 min
            1:1: Y
            Foam stance with eyes closed, tandem walking with head turns along the wall bar, perturbations at the shoulders.
            Deficits: see eval.
            Result: Berg 48/56; tandem 12 steps.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // BHOT Wade Thorsby late entry with "Deficit: (not entered)" and no deficit anywhere: deficit missing; one-on-one, techniques and measures present.
        ["v4-h177-bhot-deficit-not-entered"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 12/4, written 12/5 from the truck (no signal out past Story).
            97112 — 23 min
            One-on-one with Mrs. Eaton the whole block; the heeler stayed out in the truck.
            Rocker board with eyes closed, foam stance with head turns, step-and-stick onto the mineral-tub lid.
            Deficit: (not entered)
            Outcome: Berg 49/56; SLS L 9 sec.
            Wade Thorsby, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // QUH APSO by Simon Marchetti with "A: ***" and no deficit anywhere: deficit missing; techniques, one-on-one, Berg and tandem present; BILLING 22 matches.
        ["v4-h177-quh-apso-assessment-wildcard"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic
            A: ***
            P: Continue per plan of care.
            S: Walked to the mailbox and back.
            O: Step-and-stick onto the foam, perturbations in stride stance, tandem on the balance beam with head turns. Treated one-on-one.
            Berg 50/56; tandem 11 sec.
            BILLING: 97112 x 22 min
            Simon Marchetti, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // IVBPT "Deficit:" blank under Ledgerline's "{{REVIEW: deficit blank — HOLD}}" and "{{HOLD — no reply}}": deficit missing; techniques, one-on-one, Berg and pushes present.
        ["v4-h177-ivbpt-deficit-held-no-reply"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 12/4/2026    E. Fennimore, PT
            97112 — 22 min
            One-on-one.
            Reactive stepping to pushes at the shoulders; foam stance feet together with head turns; stepping over the irrigation-hose line to a stop.
            Deficit:
            Berg 47/56; 7 of 10 pushes recovered with one step
            {{REVIEW: deficit blank — HOLD}}
            {{HOLD — no reply}}
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // SCMH "Measures (Last | Today): Berg 44 | 47; FGA 17 | 20"; rocker, foam tandem, reactive steps; sway and a late step; "Attendance: ☒ 1:1"; "Timed: 97112 ▸ 23 min": passes.
        ["v5-h177-scmh-last-today-columns"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY (NEGAUNEE)
            EPISODE A: fall risk — ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: rocker board with eyes closed, tandem on foam with head turns, reactive steps to pulls at the belt
            Impairment: sway with eyes closed and a late posterior step; the county road-grader operator slips climbing down from the cab
            Measures (Last | Today): Berg 44 | 47; FGA 17 | 20
            Completed by: Aino Lahti, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // BHBR "▸ START ■ STOP 97112 NEUROMUSCULAR RE-ED = 23 MIN · 1:1"; perturbations, foam, rocker; ankle proprioception; Berg and tandem seconds: passes.
        ["v5-h177-bhbr-berg-under-start-stop"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — REHAB (WORLAND)
            Pt: Hal Brummond, retired sugar-beet hauler · Lacey Frandsen, PT
            ▸ START ■ STOP 97112 NEUROMUSCULAR RE-ED = 23 MIN · 1:1
            Perturbations in tandem stance, foam stance with eyes closed and head turns, stepping onto the rocker to a stop
            Decreased proprioception in both ankles and a slow ankle strategy; he stumbles on the beet-pile ruts
            Berg 47/56; tandem eyes closed 5 sec
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SHT TxtChart with "[9:05a] 1:1 — just me + Mr. Encinas" and "[9:06a] 97112 22m: …"; tandem, foam, pushes; sway and late step; "tandem 8 s, 4 of 6 pushes": passes.
        ["v5-h177-sht-tandem-seconds-on-a-stamp"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Eloy
            [9:05a] 1:1 — just me + Mr. Encinas, wife out in the yard
            [9:06a] 97112 22m: tandem along the hallway w/ head turns, foam pad stance eyes closed, pushes at the hips in stride
            [9:28a] problem: postural sway + late step since the fall off the pecan trailer; he shells pecans standing at the bench
            [9:29a] tandem 8 s, 4 of 6 pushes caught w/ one step
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // PTH Kaylee Quesenberry (PTA) "97116 [ 19 ] min"; gait with the rollator through the house and out to the porch; short R step after the hip fracture; "Assist/Dist: 180 ft … stand-by assist": passes.
        ["v5-h177-pth-97116-assist-and-distance"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Kaylee Quesenberry, PTA
            Present: husband, in the den
            97116 [ 19 ] min
            Tx: gait training with the rollator through the kitchen, down the hall and out to the porch, cueing longer R steps and an upright trunk; two porch steps with the rail
            Problem: short R step and forward trunk lean after the R hip fracture
            Assist/Dist: 180 ft with the rollator, stand-by assist; porch steps with the rail, contact guard
            """,
            ["S72.001D"], [PTA("97116", 19)], []),

        // MRCH ITP Merritt Oyelaran's OT 97530: buttoning, zipping, pegboard, beads; R hand grasp with hemiplegic CP; buttons, zips and pegs counted: passes.
        ["v5-h177-mrch-ot-97530-buttons-and-pegs"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Winter intensive, day 3 of 10
            Treating therapist this session: Merritt Oyelaran, OTR/L
            This session only: 97530 · 21 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: R hand grasp and bimanual use with hemiplegic cerebral palsy, age 8; can't zip his coat for recess
            Activities: buttoning the practice vest, zipping his own coat with the R hand holding the tab, pegboard with the R hand, stringing beads with both hands
            Data: 5 of 6 buttons independently; coat zipped 3 of 4 trials; 12 pegs placed R
            Carryover to the other session: PT to use the vest for half-kneel dressing.
            """,
            ["G80.2"], [OT("97530", 21)], []),

        // RSP "97112 NMR 09.00–09.23 (23') · 1:1 — nobody else in the room"; perturbations, foam, tandem; R ankle proprioception; SLS seconds and reach in centimetres (and a weight in kilograms): passes.
        ["v5-h177-rsp-reach-in-centimetres"] = new(
            """
            ROSARIO STRAIT PHYSIOTHERAPY — Anacortes · 04.12.2026
            Pt: Birgit Solheim, 69, retired cannery bookkeeper · S. Verhoeven, PT
            97112 NMR 09.00–09.23 (23') · 1:1 — nobody else in the room
            Perturbations at the pelvis in stride stance; foam stance with eyes closed; tandem on the beam with head turns
            Deficit: R ankle proprioception and a late step after the fall on the wet ferry ramp
            SLS R 11 s (L 26 s); anterior reach R 58 cm; 64 kg
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // WHCC Patrice Dunagan "97116 x 18 min": gait with the FWW to the dining room and back; short shuffling steps and L hip instability; 160 ft each way CGA: passes.
        ["v5-h177-whcc-97116-walk-to-dining-room"] = new(
            """
            WAPELLO HEIGHTS CARE CENTER — REHAB GYM + HALLWAY
            Res: Eldon Kopecky, rm 207 · Patrice Dunagan, PT
            Delivery: [x] individual [ ] concurrent [ ] group
            97116 x 18 min
            Gait w/ the FWW from his room to the dining room and back, cues for step length + turning at the dining-room door, 2 trips
            Problem: short shuffling steps + forward lean, poor L hip stability after the fall in the courtyard
            Walked 160 ft each way CGA, 1 LOB turning corrected w/ CGA
            """,
            ["S72.002D"], [PT("97116", 18)], []),

        // LCPT goal tracker "Progress measure: steadier in the barn, her daughter says" and no number but the code's minutes: measure missing; techniques, deficit, 1:1 present.
        ["v5-h177-lcpt-steadier-her-daughter-says"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER
            Pt: Verna Schuett, goat dairy owner · C. Feeken, PT
            Functional goal: carry the milk pails across the barn without a stagger [status: progressing]
              Codes/min: 97112 = 22
              Delivery: 1:1
              Interventions: walking with loaded pails and head turns, foam stance eyes closed, reactive steps to pushes at the hips
              Impairment: postural control with her hands full and a slow protective step
              Progress measure: steadier in the barn, her daughter says
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // SPL Jordan Okafor "DATA PASTE ▼ (upload failed — force plate offline)" and no number but the block's minutes: measure missing; techniques, deficit, "☑ 1:1" present.
        ["v5-h177-spl-data-paste-upload-failed"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Nils Aakre (Nordic ski racer) · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 23 min
            Attendance: ☑ 1:1 ☐ semi-private
            Work: lateral bounds to stick on the foam, perturbations in single-leg squat with a band at the knee, eyes-closed single-leg stance on the Airex
            Limiter: R knee proprioception and late stabilisation on landing after the ACL reconstruction
            DATA PASTE ▼
              (upload failed — force plate offline)
            Read: landings looked cleaner than last week.
            """,
            ["S83.511D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // MBOG "▸ measured by: next visit" and no number but the code's minutes: measure missing; techniques, deficit, "Delivery: 1:1" present.
        ["v5-h177-mbog-measured-by-next-visit"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC OUTCOMES GROUP — Ontario
            PRIMARY OUTCOME: not due this visit
            STG: walk the onion-shed catwalk without a hand on the rail — PROGRESSING
            → 97112 · 23 min · foam stance with head turns, tandem walking on the beam, reactive steps to pulls at the gait belt
            Impairment: postural sway and a late posterior step
            ▸ measured by: next visit
            Delivery: 1:1
            Rosalind Quenneville, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // CFPT "OBJ: DEFERRED, RUNNING BEHIND." and no number but the code's minutes: measure missing; 1:1, techniques, neuropathic proprioception present.
        ["v5-h177-cfpt-obj-deferred"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT
            CPT 97112 X 22 MIN
            1ON1 FLAG: Y
            NOTE: 1ON1, HIS WIFE STAYED IN THE CAR. ROCKER BD A/P EYES CLOSED, FOAM STANCE W/ HEAD TURNS, LAT PUSHES AT HIPS. IMP: DECR PROPRIOCEPTION BOTH FEET W/ NEUROPATHY, STUMBLES ON THE STAGE STEPS AT THE FRIDAY FIDDLE JAM. OBJ: DEFERRED, RUNNING BEHIND.
            """,
            ["E11.42"], [PT("97112", 22)], [At(Measure, "97112")]),

        // QHPT Jess Pomeroy (PTA) "Measures: ______" and no number but the code's minutes: measure missing; "Seen 1:1.", techniques and deficit present.
        ["v5-h177-qhpt-measures-line-blank"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 22 min
            Seen 1:1.
            Step-and-stick onto the foam, perturbations at the hips in stride stance, tandem walking on the beam with head turns.
            Postural control and a late stepping reaction; she slid on the ice in the sugarhouse lot.
            Measures: ______
            Jess Pomeroy, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, missing separate time

        // DRCH Trent Mlnarik (PTA) "Time: 97110 = 22 min; 97116 = 14 min" matching both lines; doses, gait with the walker, hip weakness and short step; distance and chair stands: passes.
        ["v6-h177-drch-time-line-two-codes"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN outreach)
            OP PT Daily Note — Rx #6
            Seen by: Trent Mlnarik PTA
            Time: 97110 = 22 min; 97116 = 14 min
            Treatment: ther ex — step-ups on the 4 inch step 3x10, sit-to-stands from the low chair 3x8, side-lying hip abduction 2x12; gait — hallway and the outreach-room ramp with the walker, cueing heel strike and an even step
            Problem: L hip and quad weakness and a short R step after the L hip replacement; can't get across the yard to the pickup
            Objective: 260 ft with the walker, stand-by assist; 30-second chair stand 7
            Plan: per Darlene's POC.
            """,
            ["Z96.642"], [PTA("97110", 22), PTA("97116", 14)], []),

        // OCM clock in–out on each code's own line (1:00–1:23 pm and 1:23–1:35 pm) matching 23 and 12; 1:1 ticked; both codes complete: passes.
        ["v6-h177-ocm-clock-on-each-code-line"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Otis Mathews | Rhonda Akins, PT, DPT | Precautions: fall risk
            97112 Neuromuscular Re-education | 1:00–1:23 pm
            Constant attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: reactive steps to pushes because he steps late; foam stance with eyes closed; tandem along the bars with head turns.
            Impairment addressed: delayed protective stepping and sway after the fall at the peach packing shed.
            Objective measure: Berg 46/56; 7 of 10 pushes recovered with one step.
            97110 Therapeutic Exercise | 1:23–1:35 pm
            Intervention and skilled rationale: sit-to-stand from the low chair 3x10, standing hip abduction with 3 lb 3x12, heel raises 3x15, for the hip weakness that lets him tip.
            Impairment addressed: bilateral hip abductor weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // SCLH Helga Lindqvist's float note "Timed code minutes: 97112 = 22 / 97116 = 16" matching; "☑ Pt treated 1:1 for timed codes"; NMR and gait with the quad cane; L hemiparesis; Berg, distance, 10MWT: passes.
        ["v6-h177-sclh-helga-timed-code-minutes"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — H. Lindqvist PT (float)
            ☑ Pt treated 1:1 for timed codes
            Timed code minutes: 97112 = 22 / 97116 = 16
            Tx: NMR — step-and-stick onto the Airex, foam stance c̄ head turns, tandem along the wall bar. Gait — quad cane in the hall and up the ramp to the chapel, cueing L heel strike and step length.
            Impairment: L hemiparesis after the R MCA stroke; poor L weight acceptance and a short R step.
            Objective: Berg 41/56; quad cane 300 ft SBA; 10MWT 0.58 m/s.
            A/P: cont. POC.
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 16)], []),

        // PCPT Cleo Robichaux, two dotted lines "Code 97112 Neuro re-ed ........ 23 min" and "Code 97116 Gait ........ 12 min" matching; one-on-one; both codes complete: passes.
        ["v6-h177-pcpt-two-dotted-code-lines"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 12/04/2026 · Cleo Robichaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Code 97116 Gait ........ 12 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board eyes closed, foam stance with head turns, step-and-stick; then gait training with the cane across the shell lot and up the boat-launch ramp
            For: R ankle proprioception after the fall off the pirogue; short L step and a wide base
            Numbers: SLS R 7 sec; Berg 47/56; 400 ft with the cane SBA
            """,
            ["S93.401D", "R26.89"], [PT("97112", 23), PT("97116", 12)], []),

        // BCH two goals, "Treated with: 97112 (22 min)" by the PT and "Treated with: 97530 (18 min)" by the OT, each complete; "one-to-one, just Virgil and me for the neuro re-ed": passes.
        ["v6-h177-bch-two-goals-pt-and-ot"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Virgil Maynard · 12/04/2026
            Goal #1 — walk the church aisle to ring the bell without touching the pews
               Status: progressing
               Treated with: 97112 (22 min) — tandem walking with head turns, perturbations in stride stance, stepping over the hymnal-box line to a stop — O. Stanbury, PT, DPT, NCS
               Impairment: ataxia and a wide, late step after the cerebellar stroke
               How we know: FGA 17/30 (13/30 on 11/06)
            Attendance: one-to-one, just Virgil and me for the neuro re-ed.
            Goal #2 — button his Sunday shirt standing at the dresser
               Status: progressing
               Treated with: 97530 (18 min) — buttoning the shirt standing, reaching into the top drawer for socks, standing to pull the suspenders over — A. Varney, OTR/L
               Impairment: R hand coordination and standing tolerance
               How we know: 6 of 7 buttons; stood through the whole task with SBA
            """,
            ["I69.393"], [PT("97112", 22), OT("97530", 18)], []),

        // WCOPT Jill Ostrowicz-Penn "Billed: 97140 (12 min) / 97110 (24 min)" matching; glides and STM, cuff exercises with doses; L shoulder capsule tightness and cuff weakness; degrees: passes.
        ["v6-h177-wcopt-billed-line-two-codes"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Billed: 97140 (12 min) / 97110 (24 min)
            Manual: GH posterior glides grade III, 3 bouts of 30; soft-tissue mobilization to the L posterior cuff and pec minor
            Ex: sidelying ER 2 lb 3x12, prone rows 3 lb 3x12, wall slides with the foam roller 2x10, band ER at neutral with the red band 3x15
            Impairment: L shoulder posterior capsule tightness and cuff weakness after the L rotator cuff repair; can't reach the top bakery shelf
            Data: flexion L 142° (120° two weeks ago); ER L 58°
            Next: start light overhead pressing.
            Jill Ostrowicz-Penn, PT, DPT
            """,
            ["M75.102", "Z98.890"], [PT("97140", 12), PT("97110", 24)], []),

        // PMG-MSK "CHARGES: 97110 (23 min) · 97140 (10 min)" at the top matching; leg press, step-downs, Copenhagen planks, patellar mobilisation; patellofemoral pain and weakness; table of errors and degrees: passes.
        ["v6-h177-pmg-charges-line-two-codes"] = new(
            """
            CHARGES: 97110 (23 min) · 97140 (10 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: progress to single-leg work.
            TODAY: Ther ex: leg press 90 lb 3x12, step-downs off the 6 inch box 3x10, Copenhagen planks short lever 3x6, side planks 3x20 sec. Manual: patellar mobilisation and STM to the lateral retinaculum.
            Problem: R patellofemoral pain with quad and hip weakness; the beet-truck driver can't climb into the cab without a push off the rail.
            | Test | Today | Eval |
            | Step-down errors R | 1 | 4 |
            | Knee flexion R (deg) | 138 | 124 |
            Leif Ostby, PT, OCS
            """,
            ["M22.2X1"], [PT("97110", 23), PT("97140", 10)], []),

        // NPD late entry "97112 x 22 min / 97110 x 12 min" matching; "1:1: Y"; each code's work named with a deficit and measures: passes.
        ["v6-h177-npd-slash-two-codes"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B, Friday evening)
            LATE ENTRY — written Sat 12/05/2026 09:40 for Fri 12/04/2026
            97112 x 22 min / 97110 x 12 min
            1:1: Y
            97112: foam stance c̄ head turns, rocker board eyes closed, perturbations at the pelvis. 97110: step-ups on the 6 in step 3x10, bridges 3x15, hip abduction with the green band 3x12.
            Deficits: ↓ proprioception B ankles and R hip weakness.
            Result: Berg 48/56; SLS R 7 sec.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 12)], []),

        // ORPT Billing Grid's default "15 min" left on a 27-minute 97110 line: mismatch; leg press, step-downs, hip abduction, bridges with doses; quad and hip weakness after a TKA.
        ["v6-h177-orpt-grid-default-15-on-27"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 12/04/2026
            Interventions: leg press 80 lb 3x12, step-downs off the 6 in step 3x10, sidelying hip abduction 3x12, bridges 3x15
            Clinical Findings: L quad and hip weakness after the L TKA; can't get off the tractor seat without pulling on the wheel
            Objective Measures: step-downs without valgus 8 of 10
            Billing Grid:  97110 | Therapeutic exercise | 15 min
            O. Reyes, PT
            """,
            ["Z96.652"], [PT("97110", 27)], [At(Mismatch, "97110")]),

        // JWO the chain's default "97112 ▸ 15m" left on a 26-minute line: mismatch; BAPS, foam tandem, perturbations; L ankle proprioception; SLS and Y-balance; 1:1 ticked.
        ["v6-h177-jwo-default-15m-on-26"] = new(
            """
            JointWorks QuickNote · Warsaw
            97112 ▸ 15m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ BAPS level 4, foam tandem, perturbations in SLS L
            Area ▸ L ankle proprioception after the sprain on the marching-band field
            # ▸ SLS L 10s; Y-balance ant L 60cm
            """,
            ["S93.402D"], [PT("97112", 26)], [At(Mismatch, "97112")]),

        // LMPT "Code: 97112 | Min: 33" on a 22-minute line: mismatch; tandem with head turns, foam, curb step to a stop; sway and late step; Berg and TUG; 1:1 ticked.
        ["v6-h177-lmpt-min-33-on-22"] = new(
            """
            LAKESHORE MOTION PT — Edgewater
            Pt: Dorota Sikora, 66, school crossing guard · DOS 12/04/2026
            Code: 97112 | Min: 33 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: tandem walking with head turns, foam stance with eyes closed, stepping off the curb block to a stop
            Why: postural sway and a late step; she slipped stepping off the curb at the crosswalk
            #s: Berg 47/56; TUG 10.9 sec
            """,
            ["R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // PMG-MSK "CHARGES: 97110 (36 min) · 97140 (11 min)" on a 24-minute 97110 line: mismatch on 97110; 97140 matches; both codes complete.
        ["v6-h177-pmg-charges-36-on-24"] = new(
            """
            CHARGES: 97110 (36 min) · 97140 (11 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, THIEF RIVER FALLS
            NEXT VISIT: add carries with a kettlebell.
            TODAY: Ther ex: rows 20 lb 3x12, prone Y and T 2x10, sidelying ER 3 lb 3x12, wall slides 2x10. Manual: GH inferior glides grade III and STM to the R infraspinatus.
            Problem: R shoulder stiffness and cuff weakness; the grain-elevator scale clerk can't reach the top file shelf.
            | Test | Today | Eval |
            | Shoulder flexion R (deg) | 150 | 131 |
            Keisha Monroe, PT, DPT
            """,
            ["M75.101"], [PT("97110", 24), PT("97140", 11)], [At(Mismatch, "97110")]),

        // LCPT "Codes/min: 97112 = 22, 97116 =" with the second left empty on a two-code visit: separate time missing; both codes otherwise complete; one-on-one.
        ["v6-h177-lcpt-second-code-minutes-left"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 8 of 12)
            Pt: Alvin Rethwisch, retired feed-mill hand · A. Wiechmann, PT
            Functional goal: walk the gravel lane to the mailbox without a stumble [status: progressing]
              Codes/min: 97112 = 22, 97116 =
              Delivery: one-on-one
              Interventions: NMR — foam stance with head turns, step-and-stick, perturbations in stride stance; gait with the cane on the gravel lot, cueing a longer L step
              Impairment: postural control and a late step; short L step after the fall
              Progress measure: FGA 19/30; 500 ft with the cane SBA
            """,
            ["R26.81"], [PT("97112", 22), PT("97116", 13)], [SepTime]),

        // SCMH "Timed: 97112 ▸ ___ min / 97110 ▸ ___ min" left and only "Total timed treatment: 36 minutes" on its own line: separate time missing; both codes complete; 1:1 ticked.
        ["v6-h177-scmh-arrows-blank-total-only"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY (MARQUETTE)
            EPISODE A: fall risk — ICD-10: R26.81
            Timed: 97112 ▸ ___ min / 97110 ▸ ___ min
            Total timed treatment: 36 minutes
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: NMR — foam stance eyes closed, tandem with head turns, pushes at the pelvis; ther ex — step-ups 3x10, sit-to-stand 3x10, hip abduction with the red band 3x12
            Impairment: sway and a late step; L hip weakness
            Measures (Last | Today): Berg 45 | 47; 5xSTS 15.8 | 14.1 sec
            Completed by: Aino Lahti, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 24), PT("97110", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h177-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 12)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h177-empty-note-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // A note of spaces and line breaks only on a PTA's 97116 with a diagnosis: note missing only.
        ["v7-h177-spaces-only-pta-97116"] = new(
            "   \n\n  ",
            ["Z96.651"], [PTA("97116", 19)], [At(NoteMissing, "97116")]),

        // 97110's meaning in Nicole Ferrante's (PTA) "TE 97110 (25 min) —" shorthand: step-downs, leg press, TKE, heel slides with doses; R quad weakness and flexion stiffness after a TKA; degrees: passes.
        ["v7-h177-wcopt-nicole-97110-after-tka"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office | covering for Brett
            TE 97110 (25 min) — forward step-downs off the 6 inch step 3x10, leg press 70 lb 3x12, TKE with the blue band 3x15, heel slides 2x15, bike seat 9 for warm-up
            Impairment: R quad weakness and knee flexion stiffness after the R TKA; she takes the library stairs one at a time
            Data: R knee flexion 112°, extension lacks 3°
            Nicole Ferrante, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 25)], []),

        // 97530's meaning on an STBF OT note: carrying the laundry basket, loading the washer, reaching to the shelf; standing balance and L arm strength; trips and counts; "Time: 97530, 22 min.": passes.
        ["v7-h177-stbf-ot-97530-laundry-basket"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            Joan Pettibone, OTR/L · Friday 12/4/2026
            What we worked on: carrying the laundry basket from the bedroom to the washer, bending to load the washer, reaching to the detergent shelf standing.
            Why: standing balance and L arm strength after the fall on the porch; she props herself on the dryer.
            How she did: 3 trips with the basket SBA; loaded the washer without a hand on the machine 2 of 3 times.
            Time: 97530, 22 min.
            """,
            ["M62.81", "Z91.81"], [OT("97530", 22)], []),

        // 97140's meaning on an ORPT note: central PA glides L3–L5 grade III and paraspinal and QL soft-tissue mobilization; lumbar stiffness; flexion reach and pain-free levels; Billing Grid 11 matches: passes.
        ["v7-h177-orpt-97140-lumbar-glides"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 12/04/2026
            Interventions: central PA glides L3–L5 grade III, 3 bouts of 30; soft-tissue mobilization to the lumbar paraspinals and the R quadratus lumborum
            Clinical Findings: lumbar stiffness with pain bending to the milk-house sink
            Objective Measures: forward bend fingertips to mid-shin (to the knee at eval); 3 of 5 PA levels pain-free after
            Billing Grid:  97140 | Manual therapy | 11 min
            H. Bjornstad, PT, DPT
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // 97116's meaning in a CVU Amputee Gait Intensive block: gait with the above-knee prosthesis and a forearm crutch on the Riverwalk ramp; short prosthetic stance and vaulting; distance and assist: passes.
        ["v7-h177-cvu-agi-above-knee-97116"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: AGI · Day 6 of 10 · Block: PM (2 of 2)
            Billed this block: 97116 (24 min)
            Staff this block: Beau Tillinghast, PT, DPT (neuro resident)
            Delivery: [X] Individual [ ] Dyad [ ] Group
            O: Gait training with the above-knee prosthesis and one forearm crutch on the Riverwalk ramp and the gym floor, cueing a full step through and equal step length.
            600 ft with the crutch, stand-by assist; ramp up and down x4 with contact guard.
            A: R above-knee amputation; short prosthetic stance and vaulting on the L.
            """,
            ["Z89.611"], [PT("97116", 24)], []),

        // 97116's meaning in Carla Hindman's phone note: gait with the walker down the ranch-house hallway, over the threshold and out to the mailbox post; short R step and wide base after a hip fracture; feet and assist: passes.
        ["v7-h177-mlmpt-97116-walker-down-hallway"] = new(
            """
            97116 18 min pt n me gait w the walker down the ranch-house hallway + out the back door over the threshold + to the mailbox post cues for heel strike + step length  short R step + wide base after the R hip fracture  120 ft x2 SBA threshold w CGA
            """,
            ["S72.001D"], [PT("97116", 18)], []),

        // LCRT "Activity: balance training / Problem: per POC / Measure: tolerated well" with 1:1: Y: nothing named — technique, generic, deficit and measure; minutes and one-on-one stated.
        ["v7-h177-lcrt-balance-training-only"] = new(
            """
            Little Colorado River Therapy — Holbrook
            Svc: NMR 97112 | Time: 23 minutes | 1:1: Y
            Activity: balance training
            Problem: per POC
            Measure: tolerated well
            W. Yazzie, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // RPT Merle Vankirk's one dense line "97110 x 12 min; 97112 x 23 min; ther ex + balance per POC; tolerated well; cont POC." — nothing named for either code and no one-on-one; minutes for each code given.
        ["v7-h177-rpt-dense-line-generic-two-codes"] = new(
            """
            Rawhide PT, Lusk — M. Vankirk PT; 97110 x 12 min; 97112 x 23 min; ther ex + balance per POC; tolerated well; cont POC.
            """,
            ["M62.81", "R26.81"], [PT("97110", 12), PT("97112", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // HDNR Sol Márquez's OT 97530 "What I did: functional activities per plan of care / Why: -- select -- / Device paste: -- select --": nothing named; the minute box matches.
        ["v7-h177-hdnr-ot-functional-activities-select"] = new(
            """
            Visit note | Sol Márquez, OTR/L | Pt: Delbert Quick
            97530 [ 20 ] min
            What I did: functional activities per plan of care
            Why: -- select --
            Device paste: -- select --
            Tolerated well.
            """,
            ["I69.351"], [OT("97530", 20)], [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // WRPT Brenna Ellingboe 97112 with Lorraine Meacham's "[CO query: 1:1?]" answered "12/04 BE: 1:1, only patient in the room" and "[CO: resolved LM]"; complete: passes.
        ["vord-h177-wrpt-co-query-answered"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Svc: 97112 NMR — 22 min
            Attendance: [ ] 1:1 [ ] concurrent [ ] group
            [CO query: attendance row blank — 1:1? — LM]
            12/04 BE: 1:1, she was the only patient in the room the whole block.
            [CO: resolved LM]
            What we did: X1 gaze stabilization standing on foam, walking with head turns down the hall, tandem with eyes closed at the counter
            Why: R vestibular hypofunction; she gets swimmy turning her head at the canning-kitchen stove
            Numbers: DGI 18/24 (13 at eval); foam stance eyes closed 12 sec
            Brenna Ellingboe, PT
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // WRPT Dwight Kemper (OTR/L) 97530: unloading the dishwasher, carrying plates to the cupboard, reaching overhead standing; L arm weakness and standing balance; counts and assist: passes.
        ["vord-h177-wrpt-ot-97530-dishwasher"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Svc: 97530 Ther act — 21 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: unloading the dishwasher standing, carrying a stack of plates to the cupboard, reaching to the second shelf with the L
            Why: L arm weakness and standing balance after the R stroke; she leans on the counter to reach
            Numbers: 8 plates carried in 2 trips with SBA; 10 reaches to the second shelf with the L
            Dwight Kemper, OTR/L
            """,
            ["I69.354"], [OT("97530", 21)], []),

        // IVBPT Rosalba Quezada 97112 with Ledgerline's "{{REVIEW: 1:1?}}", the clinician's reply and "{{CLEARED — KM}}"; complete: passes.
        ["vord-h177-ivbpt-review-cleared"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 12/4/2026    R. Quezada, PT, DPT
            97112 — 23 min
            Rocker board A/P with eyes closed; foam stance with head turns; step-and-stick onto the Airex
            Deficit: decreased proprioception in both feet with neuropathy; she misses the curb outside the swap meet
            Berg 46/56; SLS R 6 sec, L 8 sec
            {{REVIEW: 1:1 not stated — HOLD}}
            RQ reply: one-on-one with Mrs. Valenzuela the whole 97112; her grandson sat by the door.
            {{CLEARED — KM}}
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // LERB Yesenia Carrizales (PTA) with "Attendance: 1:1 — her son sat in"; perturbations, foam, hose step-over; late step; FGA and pushes; "Minutes by CPT: 97112 — 22": passes.
        ["vord-h177-lerb-son-sat-in"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-11902 · visit 5 of 12 authorized
            Pt: Consuelo Ybarra · Yesenia Carrizales, PTA
            Attendance: 1:1 — her son sat in
            Functional deficit driving medical necessity: delayed stepping reaction and sway with head turns; she fell in the church parking lot.
            Skilled interventions (with rationale): reactive steps to pushes in four directions; foam stance with head turns; stepping over the hose to a stop.
            Objective data for reviewer: FGA 20/30; 7 of 10 pushes recovered with one step.
            Minutes by CPT: 97112 — 22
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // BCH single goal "Treated with: 97112 (23 min) — …", "Attendance: one-to-one, just Opal and me"; foot-position matching, foam, targets; neuropathic proprioception; Berg and joint-position errors: passes.
        ["vord-h177-bch-single-goal"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Opal Dingess · 12/04/2026 · L. Maynard, PT
            Goal #1 — carry the offering plate down the aisle without touching the pews
               Status: progressing
               Treated with: 97112 (23 min) — foot-position matching with eyes closed, foam stance with head turns, stepping to floor targets without looking
               Impairment: decreased proprioception in both feet; she watches her feet and sways when she looks up
               How we know: Berg 47/56; joint-position errors 2 of 10 (6 of 10 on 10/30)
            Attendance: one-to-one, just Opal and me.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // PSTG complete 97112 whose diagnosis came over from the old system as "#Error": diagnosis missing only.
        ["vord-h177-pstg-dx-carried-over-as-error"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: rocker board eyes closed, foam stance with head turns, stepping over the crab-pot line to a stop
            Impairments Addressed: L ankle proprioception and a slow ankle strategy
            Measurables: SLS L 7 sec; Berg 49/56
            97112 Neuromuscular Re-ed — 23 min
            T. Ames, PT
            """,
            ["#Error"], [PT("97112", 23)], [Dx]),

        // RSP J. Brenner 97110 with kilograms: leg press, split squats, step-ups with doses; R quad and glute weakness; single-leg press and sit-to-stand: passes.
        ["vord-h177-rsp-97110-kilograms"] = new(
            """
            ROSARIO STRAIT PHYSIOTHERAPY — Mount Vernon · 04.12.2026
            Pt: Teodor Lindqvist, 61, tulip-farm tractor driver · J. Brenner, PT
            97110 Ther ex 09.30–09.54 (24')
            Leg press 60 kg 3x12; split squats holding 8 kg 3x8 each; step-ups onto the 30 cm box 3x10
            Deficit: R quad and glute weakness after the R knee arthroscopy; climbing onto the tractor is hard
            Single-leg press R 35 kg x 10 (L 50 kg); 5xSTS 11.2 s
            """,
            ["M62.81", "Z98.890"], [PT("97110", 24)], []),

        // BHBR "▸ START ■ STOP 97116 GAIT TRAINING = 17 MIN" with gait on the hospital ramp and the icy walk with the cane; short L step; distance and assist: passes.
        ["vord-h177-bhbr-97116-start-stop"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — REHAB (GREYBULL)
            Pt: Lorna Wyckoff, church organist · Lacey Frandsen, PT
            ▸ START ■ STOP 97116 GAIT TRAINING = 17 MIN
            Gait with the single-point cane on the hospital ramp and the sanded walk outside, cueing a longer L step and heel strike
            Short L step and poor L push-off after the L ankle fracture
            350 ft with the cane, stand-by assist; ramp up and down x2 with contact guard
            """,
            ["S82.892D"], [PT("97116", 17)], []),

        // CST GERI VISIT with "1:1: Y — her niece drove her in"; turns on foam, step-and-stick, reaching; sway turning; Berg and turn steps: passes.
        ["vord-h177-cst-geri-niece-drove-her"] = new(
            """
            CST GERI VISIT — Enid clinic          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one, turning at the stove
            ORTHOSTATICS lying → standing: negative
            97112 NMR — 22 min    1:1: Y — her niece drove her in and sat in the lobby
            TX: turning in place to cues on the foam, step-and-stick onto the foam, reaching to the top cabinet from the foam pad
            PROBLEM: sway and loss of balance turning; the wheat-harvest cook catches the counter edge
            OBJECTIVE: Berg 46/56; 180° turn 4 steps
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // CST OT 97530 at Prairie Rose: making the bed standing, carrying the pillows, tucking the sheet; standing balance and R shoulder weakness; counts and assist: passes.
        ["vord-h177-cst-ot-97530-making-the-bed"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Renata Holloway, OTR/L
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            97530 THER ACT — 19 min
            TX: making the bed standing, walking the pillows from the chair to the bed, tucking the sheet at the foot bending forward.
            PROBLEM: standing balance and R shoulder weakness after the fall; she sits down halfway through making her bed.
            OBJECTIVE: bed made standing with SBA, 1 rest; 4 pillows carried with the walker tray.
            """,
            ["M62.81", "Z91.81"], [OT("97530", 19)], []),

        // SCLH Dee Wachowski's abbreviations "Pt seen indiv. thruout, only pt on the mat"; perturb., tandem c̄ head turns, step-&-stick; ↓ proprioc.; Berg and tandem: passes.
        ["vord-h177-sclh-dee-indiv-thruout"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR (97112) — 22 min   Pt seen indiv. thruout, only pt on the mat
            Tx: perturb. @ pelvis in stride stance, tandem c̄ head turns along the wall bar, step-&-stick onto Airex.
            Impairment: ↓ proprioc. B ankles, LOB stepping off the bus.
            Obj: Berg 48/56; tandem 11 sec.
            A/P: cont. POC.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // LMH Dariusz Nowicki "97112 Neuromuscular Re-ed: 23 Minutes", "Delivery: individual"; PNF D2 patterns, rhythmic stabilization, reaching on foam; trunk control after stroke; Mini-BEST and reach: passes.
        ["vord-h177-lmh-pnf-and-rhythmic-stabilization"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (STERLING HEIGHTS)
            Timed Procedures
            97112 Neuromuscular Re-ed: 23 Minutes
            Delivery: individual — one-on-one the whole procedure; wife in the waiting room
            Interventions: PNF D2 flexion and extension of the L arm with trunk rotation, rhythmic stabilization in tall kneeling, reaching across midline standing on foam
            Impairment: L hemiparesis with poor trunk postural control after the R MCA stroke; falls to the L reaching into the freezer
            Outcome: Mini-BESTest 17/28; functional reach 8 in
            Dariusz Nowicki, PT
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // NLMC Ingeborg Halvorsen with an imported Bertec SOT report; foam and sway-referenced surround; poor vestibular use; SOT composite; "Individual (1:1) — the rehab tech set up the harness": passes.
        ["vord-h177-nlmc-bertec-sot"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER (BRAINERD)
            TREATMENT NOTE · Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: Individual (1:1) — the rehab tech set up the harness and stepped out
            Treatment: foam stance eyes closed with head turns, sway-referenced surround on the platform, tandem on the foam beam
            Impairment: poor vestibular use with over-reliance on vision; she sways in the dark walking to the cranberry-bog shed
            ▶ Imported device report — Bertec SOT composite 62 (51 at eval); condition 5 mean 48
            """,
            ["H81.23"], [PT("97112", 24)], []),

        // HDNR Priya Venkataraman "97112 neuro re-ed: 23 min | 1:1"; BalanceTutor perturbations, step-and-stick, tandem; late step and lateral sway; stepping responses and FGA: passes.
        ["vord-h177-hdnr-balancetutor"] = new(
            """
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Wes Harnish, 71, quilt-show volunteer
            97112 neuro re-ed: 23 min | 1:1 — his wife by the window
            What I did: perturbations on the BalanceTutor standing then walking, step-and-stick to floor targets, tandem on the foam beam
            Why: late stepping response and lateral sway after the cerebellar stroke
            Device paste: stepping responses 26 of 32 perturbations; FGA 19/30
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // RBVC Juniper Halvorsen (PTA) "Sess B ▸ 97112 ▸ 22 min", "☒ habituation", habituation to the provoking positions; motion sensitivity after concussion; MSQ and foam seconds; 1:1: passes.
        ["vord-h177-rbvc-juniper-habituation"] = new(
            """
            RBVC east Flagstaff — Intensive Week — Fri
            Sess B ▸ 97112 ▸ 22 min
            Provider this session: Juniper Halvorsen, PTA — 1:1
            Tx: ☐ gaze stab ☒ habituation ☐ OKN
            Habituation to the provoking positions: sit to L side-lying, rolling L, bending to the floor and back, walking with head turns
            Problem: motion sensitivity after the concussion; the ski patroller feels sick riding the lift and looking down
            MSQ 12 (29 Mon); foam stance with head turns 20 sec
            Between sessions: lunch, screen-free
            """,
            ["S06.0X0D"], [PTA("97112", 22)], []),

        // BCMC Lise Aamodt "FOLLOW-UP #6 · Seen individually"; reactive stepping, rhythmic stabilization, foam; R hemiparesis; Mini-BEST and 10MWT: passes.
        ["vord-h177-bcmc-lise-follow-up"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (TOMAH)
            FOLLOW-UP #6 · Lise Aamodt, PT, DPT · Pt: Gerald Ostrowski, 67, cranberry-bog hand
            Seen individually.
            97112 (24 min): reactive stepping to pulls at the pelvis, rhythmic stabilization in half-kneeling, foam stance with head turns
            Target: R hemiparesis after the L MCA stroke; late R protective step on the bog dikes
            Today's numbers: Mini-BESTest 18/28; 10MWT 0.81 m/s
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // PCNDP day programme with the schedule first and the ATTESTATION "[X] 1:1 [ ] group. 97112 — 23 min."; reaching on foam, cane step-overs, reactive steps; ataxia; Berg and tandem: passes.
        ["vord-h177-pcndp-attestation-one-on-one"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Sidney day room
            Today: van arrival, PT, OT kitchen, lunch, cognition group, van home
            PT session: stepping over the cane row to a stop, reaching out of base on foam, reactive steps to pulls at the gait belt
            Target: ataxia and a wide, late step after the cerebellar stroke; the young rancher staggers on the van step
            Numbers: Berg 42/56; tandem 6 sec
            ATTESTATION: [X] 1:1 [ ] group — just the two of us in the PT room. 97112 — 23 min. Gus Mendenhall, PT
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // SWH Marisol Vega (PTA) "Neuromuscular re-education 97112 (22 min) · 1:1"; perturbations, foam with head turns, stepping to a stop; R ankle proprioception; SLS and FGA: passes.
        ["vord-h177-swh-marisol-stroller"] = new(
            """
            SALTMEADOW WOMEN'S HEALTH & BALANCE PT — Mystic
            She reports: “I catch my foot on the curb pushing the double stroller.”
            Her goal, in her words: “Walk the drawbridge with the stroller and not look down.”
            Neuromuscular re-education 97112 (22 min) · 1:1
            Perturbations at the pelvis in stride stance, foam stance with head turns, stepping over the curb block to a stop while pushing the weighted cart
            Impairment: R ankle proprioception and a late step since the sprain on the boardwalk
            Objective: SLS R 12 sec (L 28 sec); FGA 25/30
            Marisol Vega, PTA
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // SNSS Brent Halloran's double spaces and one final period, "1:1 no one else on the turf"; perts, hop to stick, lateral bounds; R knee proprioception; SLS and hop distance: passes.
        ["vord-h177-snss-brent-turf"] = new(
            """
            97112 23 min  1:1 no one else on the turf  single leg perts on the airex  hop to stick R  lateral bounds to a stop  R knee proprio + quad timing post ACLR  sls R eyes closed 8s  single hop R 112cm L 139cm  b halloran pt ocs.
            """,
            ["S83.511D", "Z98.890"], [PT("97112", 23)], []),

        // MRH Simon Ledbetter 97112 with the compliance addendum "The neuromuscular re-education block was one-on-one …"; complete: passes.
        ["vord-h177-mrh-addendum-one-on-one"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (SALEM)
            DOS 12/04/2026    Simon Ledbetter, PT    Electronically signed 12/04/2026 16:10
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            Rhythmic stabilization in half-kneeling, perturbations in stride stance, stepping to floor targets off the Airex pad.
            Impairment: R hemiparesis after the L MCA infarct; poor trunk control and a late R step on the church steps.
            Berg 42/56 (37 at eval); 5 of 8 pushes caught with one step.
            ---
            ADDENDUM — requested by Compliance (query CQ-5120) — entered 12/07/2026 by S. Ledbetter, PT, for DOS 12/04/2026:
            The neuromuscular re-education block was one-on-one — I was with Mr. Poindexter the whole time; his wife took notes for the home program.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // SHT TxtChart by T. Haugen (PTA) "[2:11p] 97110 15m: …" with doses; hip weakness; a home-visit 97110: passes.
        ["vord-h177-sht-97110-kitchen-counter"] = new(
            """
            TxtChart · Saguaro Home Therapy · T. Haugen PTA · home visit, Coolidge
            [2:10p] daughter at the kitchen table
            [2:11p] 97110 15m: sit-to-stand from the dining chair 3x10, standing hip abduction at the counter 3x12 w/ 2 lb, heel raises 3x15
            [2:26p] problem: bilateral hip weakness, rocks 3x to get up from the recliner
            [2:27p] 5xSTS 16.4 s
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // TVPT complete 97112 sent with no diagnosis code at all: diagnosis missing only.
        ["vord-h177-tvpt-complete-no-diagnosis"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — Walla Walla
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: foam stance eyes closed with head turns; BAPS level 3; step-and-stick off the 6 inch step — she rolls the ankle stepping down from the combine
            DEFICIT ADDRESSED: L ankle proprioception after the sprain
            OBJECTIVE: SLS L 9 sec; Berg 51/56
            NOTE TO REVIEWER: none this visit.
            Owen Takacs, PT
            """,
            [], [PT("97112", 23)], [Dx]),

        // QBRH Lucienne Dufour (PTA) "CPT 97112 … — 22 MIN", "☒ Individual"; rocker, foam with head turns, perturbations; sway and neuropathy; Berg and tandem filled: passes.
        ["vord-h177-qbrh-lucienne-complete"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rocker board eyes closed; foam stance with head turns; perturbations at the pelvis in stride stance
            IMPAIRMENT: decreased proprioception both feet and postural sway; the blueberry raker stumbles on the barrens
            OUTCOME MEASURE: Berg SCORE: 45/56; tandem 6 sec
            Lucienne Dufour, PTA
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // JWO 97110 "97110 ▸ 24m": step-downs, leg press, lateral band walks with doses; L hip and quad weakness after the TKA; counts: passes.
        ["vord-h177-jwo-97110-quicknote"] = new(
            """
            JointWorks QuickNote · Elkhart
            97110 ▸ 24m
            Tx ▸ step-downs off the 6in step 3x10, leg press 70# 3x12, lateral band walks green 4 laps, bridges 3x15
            Area ▸ L quad and hip abductor weakness post L TKA
            # ▸ step-downs without valgus 7 of 10; knee flexion L 115°
            """,
            ["Z96.652"], [PT("97110", 24)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
