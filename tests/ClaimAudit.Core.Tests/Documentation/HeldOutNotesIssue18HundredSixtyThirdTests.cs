using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-sixty-third held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-second session, blind beside the hundred-and-sixty-second) is one Monday's notes
/// (Monday 11/16/2026) drawn at random across all the clinics of the hundred-and-forty-sixth to hundred-and-sixty-first
/// sets, each clinic in its own template and its writers' own voices, at most five notes from any one clinic
/// (thirty-six clinics, two to four notes each): no new styles, new patients and new wording within the same templates.
/// The set measures how the analyzer does across the styles it has already seen, with notes it has not. About two
/// thirds are ordinary and complete (70 of 108), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up
/// to two in a visit, a PT's and an OT's code in one session), by PTs, PTAs and OTs, from these employers:
/// <list type="number">
/// <item>the four far-apart practices of the hundred-and-forty-sixth set: Petit Caillou Physical Therapy (PCPT: Houma
/// and Thibodaux, Louisiana; "Code 97112 Neuro re-ed ........ 23 min", "Attendance: [X] one-on-one …", "Did:", "For:",
/// "Numbers:", Jules Guidry's "cher", "de" and "wit'", the clinic's "Bayou Balance" levels); Harbor Light Physical
/// Therapy (HLPT: Stonington, Blue Hill and Ellsworth, Maine; S:/O:/A:/P: with "Billed: 97112 (22 min)" and "☒ 1:1 ☐
/// group"); Lakeside Macomb Hospital (LMH: Sterling Heights, Warren and Roseville, Michigan; "Timed Procedures", "97112
/// Neuromuscular Re-ed: 23 Minutes", "***" and "{LMH DELIVERY TYPE:30451}"); Little Colorado River Therapy (LCRT:
/// Winslow and Holbrook, Arizona; "Svc: NMR 97112 | Time: 23 minutes | 1:1: Y", "Activity:", "Problem:",
/// "Measure:");</item>
/// <item>the minimal, dense and padded writers of the hundred-and-forty-seventh set: JointWorks (JWO: Warsaw, Goshen,
/// Elkhart and Plymouth, Indiana; "97112 ▸ 22m", "1:1 ▸ Y", "Tx ▸", "Area ▸", "# ▸" and the chain's "StableStart"
/// cards); Rawhide Physical Therapy (RPT: Merle Vankirk's one dense line of semicolons, Lusk, Wyoming); Sheboygan Harbor
/// Medical Center's neuro clinic (SHMC: "NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED", "CHARGES / TIMED SERVICES",
/// "DELIVERY MODE", "IMPAIRMENTS ADDRESSED" typed or as its row of boxes, "OUTCOME MEASURES", "ATTESTATION");</item>
/// <item>the clinics the hundred-and-forty-eighth, -forty-ninth, -fifty-first, -fifty-fifth to -fifty-seventh,
/// -fifty-ninth and -sixtieth sets carried from earlier sets: the Chicago gym and its neighbours (St. Casimir Lakeshore
/// Hospital, SCLH: Dee Wachowski's "indiv. thruout", "c̄", "↓ proprioc.", Nathaniel Osei-Bonsu's first-person
/// sentences, Anjali Subramaniam's clock ranges, Helga Lindqvist's "Timed code minutes:"; Lakeshore Motion PT, LMPT:
/// "Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group", "Tx:", "Why:", "#s:"; NorthPier Per Diem,
/// NPD: Bogdan Petrescu's late entries "97112 x 22 min", "1:1:", "Deficits:", "Result:"); the goal-by-goal clinics
/// (Malheur Bend, MBOG: "PRIMARY OUTCOME:", "STG 1: … — PROGRESSING", "→ 97110 · 13 min · …", "▸ measured by:";
/// Blackberry Creek Hospital, BCH: "Goal #1 — …", "Treated with: 97112 (23 min) — …", "How we know:", "Attendance:";
/// Logan Creek, LCPT: the "NNVC GOAL TRACKER", "Codes/min: 97110 = 14", "Progress measure:"); the migrated clinics
/// (Oneota River, ORPT: Prairielight's "1:1 (Y/N):", "Clinical Findings:", "Objective Measures:" and the "Billing Grid"
/// whose minute column defaults to 15; Sangre de Cristo Valley Hospital, SCVH: Aspenline's "Supervision/Delivery:",
/// "Target impairment:", "None identified (default)", "Outcome:", "Timed Codes:"; Pocomoke Sound, PSTG: TidePoint's
/// "Mode of delivery: … ▾", "☒ 1:1 ☐ Group ☐ Co-treat", "Measurables:" and a diagnosis carried over as "#Error"); and the
/// week-to-week clinics (Rosario Strait Physiotherapy, RSP: "16.11.2026", "97112 NMR 09.00–09.23 (23') · 1:1",
/// kilograms; Big Horn Basin Regional Hospital, BHBR: "▸ START ■ STOP … = 22 MIN"; Porchlight Therapy at Home, PTH:
/// "Visit at:", "Present:", "97116 [ 16 ] min", "Assist/Dist:"; Southern Tier Balance and Falls Clinic, STBF: "What we
/// worked on / Why / How she did / Time"; St. Columba Memorial Hospital, SCMH: "EPISODE A: … ICD-10:", "Timed: 97112 ▸
/// 23 min", "Measures (Last | Today):"; Cimarron Senior Therapy, CST: "CST GERI VISIT", falls, near-falls,
/// orthostatics, "1:1: Y"; Caney Fork Physical Therapy, CFPT: OfficeMate PM capitals, "CPT 97112 X 24 MIN", "1ON1 FLAG:
/// Y", "IMP:", "OBJ:"; Saguaro Home Therapy, SHT: TxtChart lines with "[9:40a]" stamps and "97112 22m");</item>
/// <item>the appeal-ready practices of the hundred-and-fiftieth set: Touchet Valley Physical Therapy (TVPT: "SERVICE:",
/// "DELIVERY: One-on-one for the entire billed service? Y / N", "WHAT I DID AND WHY:", "DEFICIT ADDRESSED:",
/// "OBJECTIVE:", "NOTE TO REVIEWER:"); Llano Estacado Rehab &amp; Balance (LERB: "AUTH #", "visit 3 of 12 authorized",
/// "Functional deficit driving medical necessity:", "Skilled interventions (with rationale):", "Objective data for
/// reviewer:", "Attendance: [Select: 1:1 / Concurrent / Group]", "Minutes by CPT:" and the HMO's "Steady at Home"
/// weeks); Ocmulgee River Physical Therapy (OCM: the "post-TPE template rev. C" with a clock in–out on each timed code's
/// line and "Constant attendance: [X] 1:1 constant attendance");</item>
/// <item>the compliance-reviewed practices of the hundred-and-fifty-third set: White River Physical Therapy &amp;
/// Balance (WRPT: "Svc:", "Attendance: [X] 1:1 …", "What we did:", "Why:", "Numbers:", Lorraine Meacham's "[CO query:
/// …]" and the clinicians' addenda signed with initials); Quoddy Bay Regional Hospital (QBRH: "CPT 97112
/// NEUROMUSCULAR RE-ED — 23 MIN", "DELIVERY: ☒ Individual ☐ Concurrent ☐ Group", "OUTCOME MEASURE: ____ SCORE: ____");
/// Imperial Valley Balance &amp; Physical Therapy under Ledgerline's audit (IVBPT: "DOS", "97112 — 23 min", "Deficit:",
/// "{{CLEARED — KM}}", "RQ reply:");</item>
/// <item>the device clinics of the hundred-and-fifty-eighth set: Sawtooth Performance Lab (SPL: "SESSION REPORT ·
/// Athlete:", "BLOCK A · 97112 NMR · 23 min", "Attendance:", "Work:", "Limiter:", "DATA PASTE ▼"); Northwoods Lakes
/// Medical Center — Balance Center (NLMC: "Service: 97112 Neuromuscular reeducation — 24 minutes", "Attendance:",
/// "Treatment:", "Impairment:", "▶ Imported device report"); High Desert NeuroRecovery (HDNR: "Visit note | clinician |
/// Pt:", "97112 neuro re-ed: 22 min | 1:1", "What I did:", "Why:", "Device paste:");</item>
/// <item>the intensive programmes of the hundred-and-sixty-first set, on the Monday that opens their weeks: Minnesota
/// River Children's Hospital's Intensive Therapy Program (MRCH ITP: "ITP SESSION NOTE", "Session: ☒ AM ☐ PM", "This
/// session only: 97112 · 23 min", "Ratio: ☒ 1:1 ☐ 1:2 ☐ group", "Targets:", "Activities:", "Data:"); Chattahoochee
/// Valley University's Neuro-Recovery Intensive (CVU NRI: "NRI BLOCK NOTE", "Programme: PBC · Day 1 of 10 · Block: AM (1
/// of 2)", "Billed this block: 97112 (24 min)", "Delivery: [X] Individual [ ] Dyad [ ] Group"); Red Butte Vestibular
/// &amp; Concussion Clinic (RBVC: "Sess A ▸ 97112 ▸ 22 min", "Tx:", clipped lines).</item>
/// </list>
/// This Monday's people: a bayou bait-shop owner, a Deer Isle clam digger, a retired Sterling Heights tool-crib
/// attendant, a Hopi-trail hiking guide, a Warsaw orthopaedic-implant packer, a Lusk hay-grinder operator, a Sheboygan
/// cheese-plant wrapper, a CTA rail-yard carman, a Lake View condo doorman, a Vale alfalfa swather driver, a Williamson
/// coal-truck weighmaster, a Wisner grain-elevator bookkeeper, a Waukon church bell ringer, a Monte Vista potato-cellar
/// hand, a Chincoteague oyster shucker, a Mount Vernon bulb-farm forklift driver, a Thermopolis hot-springs lifeguard, a
/// Hillsville flea-market vendor, an Elmira racetrack groom, a Marquette ore-dock security guard, a Stillwater feed-store
/// clerk, a Sparta sorghum-mill volunteer, a Tucson mariachi violinist, a Walla Walla sheep shearer, a Dalhart
/// cotton-module driver, a Milledgeville pecan sheller, an Eureka Springs bathhouse attendant, a Lubec smoked-fish packer,
/// a Brawley alfalfa-cuber mechanic, a McCall smokejumper, a Crosby ore-pit boat guide, a Prineville log-truck driver, a
/// young hockey goalie, a Fort Moore retiree with Parkinson's disease and a Flagstaff ski-school instructor — with
/// a daughter in the chair, a grandson interpreting in Navajo, a wife holding his coat, a transport aide at the door, a
/// son loading the flea-market table and a husband who drove (none of them a patient), and the patients treated alongside
/// (Mr. Hoang on the other rocker board, a rancher's wife on the next table, Mr. Pettway in the dyad, Mrs. Zielinski on
/// the NuStep, two patients at the Del Norte kitchen counter, a second child in the 1:2 ratio).
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read each of these templates as its writers
/// fill it, applying the contract to what the note's text says: a blank, "____", "***", "—", an unanswered pick-list,
/// "[Select: …]" or "Y / N", an unticked box row, "None identified (default)", "see eval" and a branded programme's level
/// or week state nothing; a ticked box or an answered field says what it says; a time stamp on a text line is never a
/// code's minutes; and a code's minutes are its own wherever the template puts them so long as they are on the code's
/// own line:
/// <list type="bullet">
/// <item>class 1 (v1-h163-…): one-on-one in these writers' own words ("I treated her one-on-one for all of it; her
/// daughter sat in the chair", "1:1: Y — grandson interpreting in Navajo", "just Mr. Blankenship and me, the transport
/// aide waited at the door", "1ON1 FLAG: Y — WIFE HELD HIS COAT"), notes that negate it (LMPT's "(x) concurrent" with Mr.
/// Hoang on the other rocker board, a dense line "went between him and his wife, my other patient, on the next table",
/// the intensive's "[X] Dyad" with Mr. Pettway, a per-diem "1:1: no — Mrs. Zielinski on the NuStep too") or never state
/// it (a vestibular intensive's clipped note), and an OT's 97530 at a kitchen counter with two others, which has no
/// one-on-one check;</item>
/// <item>class 2 (v2-h163-…): checkbox and blank-field states ("☐ 1:1 ☐ group" unticked, "{LMH DELIVERY TYPE:30451}",
/// "[Select: 1:1 / Concurrent / Group]", "Y / N" left as printed, "Ratio: ☐ 1:1 ☒ 1:2 ☐ group", "OUTCOME MEASURE: ____
/// SCORE: ____" with nothing else, "Target impairment: None identified (default)") and ticked or answered ones ("☒ 1:1 ☐
/// Group ☐ Co-treat", "One-on-one for the entire billed service? Y");</item>
/// <item>class 3 (v3-h163-…): named programmes and methods as techniques (PNF chops and lifts in half-kneeling,
/// PWR! Moves with perturbations, NDT facilitation at the pelvis, the Otago programme's named exercises with their doses,
/// blood-flow-restriction knee extensions at a set pressure), a clinic's branded level or card or an HMO's pathway week
/// as the only technique ("Bayou Balance level 4", a "StableStart" card, "Steady at Home week 3") and McKenzie repeated
/// extension with no dose;</item>
/// <item>class 4 (v4-h163-…): deficits stated as findings (she can't feel where her feet are on the gravel, his R foot
/// lands where he doesn't mean it to on the stock-trailer ramp, her L ankle wobbles when she looks up at the hymn board,
/// quads too weak to rise from a low couch) and notes that state none ("Clinical Findings:" left empty, SHMC's impairment
/// box row with nothing ticked, "PROBLEM: —", "Why: see eval");</item>
/// <item>class 5 (v5-h163-…): measures in every usual form (Mini-BESTest, Y-Balance composite and time to stabilisation,
/// SOT composite, GAITRite velocity, gait distance and assistance, doses for 97110) and notes with none ("Result: steadier,
/// she says she feels better", "Objective: ***", "Objective measure: not retested today, see re-eval", "# ▸" left
/// blank);</item>
/// <item>class 6 (v6-h163-…): minutes in these templates' forms (two START/STOP rows, two clock ranges, "Minutes by CPT:
/// 97112 = 24 | 97116 = 14", a PT's and an OT's code in one intensive session) and true mismatches (a grid row's default
/// 15 on a 26-minute 97110 line, "Min: 32" on a 21-minute line, "Billed this block: 97116 (36 min)" on 24, a heading of
/// 38 on 25) and truly missing separate time (a text chart's "97112 + 97110 done" with only a day total, a second code
/// with no range, Jules's "36 min all told");</item>
/// <item>class 7 (v7-h163-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (heel raises, step-ups and sit-to-stands for a grain-elevator bookkeeper),
/// 97530 (lifting and carrying for a tool-crib attendant), 97140 (mobilisations and soft-tissue work at the shoulder) and
/// 97116 (walker gait on a hallway and a curb), and wholly generic notes (WRPT's "balance training / per POC / tolerated
/// well", a padded two-code "per plan of care", a dense line of "functional activities per POC");</item>
/// <item>ordinary (vord-h163-…): complete notes of the thirty-six clinics that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis and a diagnosis carried over as "#Error".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — daughters, wives, a grandson
/// interpreting, a transport aide, a son in the yard (none of them a patient; Mr. Hoang, the rancher's wife on the
/// next table, Mr. Pettway, Mrs. Zielinski and the second child of a 1:2 ratio are), dates of service, ages, step and
/// box heights in inches, loads in pounds and kilograms, band colours, reach in inches, grip pounds, degrees, sensor
/// readings in newtons and centimetres per second, limb-occlusion pressures, gait distances, numbers of stairs, cones,
/// trips and sacks, the programmes' day numbers and the text chart's time stamps — and each is written so that a
/// reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code ("Code: 97112 |
/// Min: 22", "97112 x 22 min", "→ 97110 · 13 min"), in its block's heading, in a minute box or as a clock range on the
/// code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the two that fail for giving
/// only a visit's total (a text chart's day total and Jules's "36 min all told"); notes failed for
/// want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note
/// names no technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure with a
/// number and fails it only when the note has no number but its code, its minutes and numbers that are plainly
/// something else; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure.
/// One-on-one is judged on the billed minutes: a family member, caregiver, interpreter or staff member in the room does
/// not undo a one-on-one statement, another patient treated in the same block does, and a therapist attending someone
/// else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what a Monday across these clinics makes arguable: an intensive programme's Monday group
/// warm-up or screening that may or may not have run into the billed block, a Monday note that recaps the weekend's fall
/// with the weekend's times, a device paste's session timer, a branded level or card named beside a technique only its
/// manual describes, a habituation programme named for a patient whose positional vertigo may have been treated by
/// repositioning, a compliance query answered only by the auditor, a diagnosis text in an episode heading standing as
/// the only deficit, and a spouse who is also a patient but is said only to have "watched".
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 106 of 108 cases agree (106 needed), and 1 of the 70 notes the reviewer passes got a finding, on the analyzer of 0183516 (the 2026-12-07 twenty-second session after the hundred-and-fifty-sixth to hundred-and-sixty-first sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, ed4cfb9): 107 of 108, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSixtyThirdTests(ITestOutputHelper output)
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

        // SCLH Nathaniel's first person: "I treated her one-on-one for all of it; her daughter sat in the chair by the mirror"; perturbations on the foam, step-and-stick, tandem with head turns; sway and a late step; Berg and perturbation count; "(CPT 97112): 23 minutes" matches: passes.
        ["v1-h163-sclh-nathaniel-daughter-in-the-chair"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            Mon 11/16/2026 · N. Osei-Bonsu, PT
            Neuromuscular re-education (CPT 97112): 23 minutes. I treated her one-on-one for all of it; her daughter sat in the chair by the mirror.
            I gave perturbations at her pelvis while she stood on the foam, then had her step-and-stick onto the Airex and walk tandem along the tape with head turns.
            Impairment: she sways and steps late to the L since the fall on the condo lobby's wet marble, where she works the door.
            Objective: Berg 45/56; she held 6 of 10 perturbations without a step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // LMPT TJ (PTA) "(x) concurrent" with Mr. Hoang on the other rocker board: another patient in the block; techniques, deficit and measures present: one-on-one missing.
        ["v1-h163-lmpt-tj-concurrent-with-mr-hoang"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (T. Kowalczyk, PTA)
            Code: 97112 | Min: 22 | Attendance: ( ) 1:1 (x) concurrent ( ) group — Mr. Hoang on the other rocker board
            Tx: rocker board A/P eyes closed, foam stance with ball tosses, lateral pushes at the hips
            Why: R ankle proprioception after the sprain stepping off the rail-yard ballast
            #s: SLS R 8 sec; rocker A/P 11 sec without an edge touch
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // RPT dense line: "went back and forth between him and his wife, my other patient, on the next table" — another patient treated in the block: one-on-one missing; the rest present.
        ["v1-h163-rpt-wife-patient-next-table"] = new(
            """
            Rawhide PT — M. Vankirk PT (Lusk): Vern Ochsner, hay-grinder operator, 97112 24 min; went back & forth between him and his wife, my other patient, on the next table all session; foam stance eyes shut, stepping over a 2x4 to a stop, pushes at the hips; late step & sway, fell off the grinder tongue; Berg 43/56, 5 of 10 pushes held.
            """,
            ["R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // LCRT "1:1: Y — grandson interpreting in Navajo"; foam stance with head turns, stepping over a rope to a stop, pushes at the pelvis; sway and late step; Berg and pushes; minutes match: passes.
        ["v1-h163-lcrt-grandson-interpreting"] = new(
            """
            Little Colorado River Therapy — Holbrook
            Svc: NMR 97112 | Time: 24 minutes | 1:1: Y — grandson interpreting in Navajo
            Activity: foam stance with head turns, stepping over a lariat laid on the floor to a stop, pushes at the pelvis forward and back
            Problem: sway and a late step; the trail guide stumbled on the slickrock coming down from the mesa
            Measure: Berg 47/56; 7 of 10 pushes recovered with one step
            L. Begay, PT, DPT
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // CVU PBC AM block "Delivery: [ ] Individual [X] Dyad [ ] Group" with Mr. Pettway: another patient in the billed block: one-on-one missing; the rest present.
        ["v1-h163-cvu-pbc-dyad-with-mr-pettway"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 1 of 10 · Block: AM (1 of 2)
            Billed this block: 97112 (25 min)
            Staff this block: Shondra Abernathy-Kyle, PTA
            Delivery: [ ] Individual [X] Dyad [ ] Group — paired with Mr. Pettway
            O: Big backward steps to a called cue, multi-directional stepping to the floor clock, perturbations at the pelvis forward and back.
            Pull test: 3 steps to recover. Mini-BESTest 18/28.
            A: Retropulsion and small slow protective steps with Parkinson's disease.
            """,
            ["G20.A1"], [PTA("97112", 25)], [At(OneOnOne, "97112")]),

        // RBVC clipped Monday note never says who was in the room: one-on-one missing; gaze stabilisation, habituation, deficit and DVA/DGI present.
        ["v1-h163-rbvc-sess-a-nothing-said"] = new(
            """
            RBVC East Flagstaff — Intensive Week — Mon
            Sess A ▸ 97112 ▸ 23 min
            Tx: X1 viewing seated then standing on foam; habituation walking past the striped curtain; feet together with head turns.
            L vestibular hypofunction after the fall off the lift at the ski school; she sways on the chair-lift ramp.
            DGI 16/24; DVA lost 4 lines.
            J. Halvorsen PTA
            """,
            ["H81.22"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // BCH "Attendance: just Mr. Blankenship and me, the transport aide waited at the door"; rhythmic stabilisation, step-ups to a stop, perturbations; motor control after stroke; Berg and perturbations; minutes match: passes.
        ["v1-h163-bch-aide-at-the-door"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Roscoe Blankenship · 11/16/2026 · L. Maynard, PT
            Goal #1 — step up onto the scale platform at the coal tipple without a hand
            Status: progressing
            Treated with: 97112 (23 min) — rhythmic stabilization in half-kneel, step-ups to a stop on the foam step, perturbations in stride stance
            Impairment: R hip motor control and a slow step after the L stroke
            How we know: Berg 42/56; 5 of 10 perturbations held
            Attendance: just Mr. Blankenship and me, the transport aide waited at the door.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // CFPT capitals "1ON1 FLAG: Y — WIFE HELD HIS COAT"; tandem on foam, rocker board, lateral pushes; ankle proprioception; SLS and pushes; minutes match: passes.
        ["v1-h163-cfpt-wife-held-his-coat"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: DWAYNE KITTRELL PT     DOS 11/16/26
            CPT 97112 X 24 MIN
            1ON1 FLAG: Y — WIFE HELD HIS COAT BY THE DOOR
            NOTE: TANDEM ON FOAM, ROCKER BOARD M/L EYES CLOSED, LATERAL PUSHES AT THE HIPS. IMP: ↓ PROPRIOCEPTION L ANKLE, ROLLED IT ON THE SORGHUM-MILL STEPS. OBJ: SLS L 9 SEC; 7 OF 10 PUSHES HELD.
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // SCVH OT 97530 at the kitchen counter with two other patients: 97530 has no one-on-one check; potato sacks, reaching, standing at the counter; grip and shoulder deficit; counts and grip: passes.
        ["v1-h163-scvh-ot-97530-counter-of-three"] = new(
            """
            Sangre de Cristo Valley Hospital — Outpatient Therapy (Monte Vista)    Aspenline Clinical · Therapy Flowsheet
            Supervision/Delivery: group at the kitchen counter with two other patients
            Intervention: lifting a 10 lb sack of potatoes from the floor to the counter, peeling standing, reaching to the top cupboard for the pot
            Target impairment: R grip and shoulder weakness after the fall in the potato cellar
            Outcome: 5 sack lifts SBA; grip R 36 lb
            Timed Codes: 97530 Therapeutic activities — 17 min
            Renae Holcomb, OTR/L
            """,
            ["M62.81"], [OT("97530", 17)], []),

        // NPD late entry "1:1: no — Mrs. Zielinski on the NuStep too, I cued both": another patient in the block: one-on-one missing; the rest present.
        ["v1-h163-npd-zielinski-on-the-nustep"] = new(
            """
            LATE ENTRY — written Tue 11/17/2026 07:40 for Mon 11/16/2026 — B. Petrescu, PT (NorthPier Per Diem)
            97112 x 22 min
            1:1: no — Mrs. Zielinski on the NuStep too, I cued both through the block
            Tx: step-and-stick onto foam, tandem c̄ head turns, perturbations at the shoulders
            Deficits: late stepping reaction and sway after the fall on the icy carman's platform
            Result: Berg 44/56; tandem 9 sec
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // HLPT Caleb's "☐ 1:1 ☐ group" with nothing ticked and nothing else about delivery: one-on-one missing; the rest present.
        ["v2-h163-hlpt-boxes-unticked"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            C. Eaton, PTA · supervising PT P. Sargent
            S: Went down on the clam flats Saturday, mud to the knee.
            O: ☐ 1:1 ☐ group
            Foam stance eyes closed, step-and-stick onto the Airex, perturbations at the pelvis.
            L ankle proprioception and a slow step on soft ground.
            SLS L 7 sec; 6 of 10 perturbations held.
            A: Steadier on the foam.
            P: Continue per PT plan.
            Billed: 97112 (22 min)
            """,
            ["S93.402D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // LMH unanswered pick-list "Delivery: {LMH DELIVERY TYPE:30451}": one-on-one missing; the rest present.
        ["v2-h163-lmh-delivery-picklist-unanswered"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (WARREN)
            Timed Procedures
            97112 Neuromuscular Re-ed: 24 Minutes
            Delivery: {LMH DELIVERY TYPE:30451}
            NMR: tandem on the foam beam with head turns, rocker board A/P, perturbations in stride stance.
            Problem: sway and a slow step; the tool-crib retiree catches his toe on the garage threshold.
            Objective: Berg 46/56; tandem on foam 8 sec.
            Dariusz Nowicki, PT
            """,
            ["R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // PSTG "Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat" ticked; perturbations, foam, stepping; sway; Berg and tandem; minutes match: passes.
        ["v2-h163-pstg-box-ticked"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud · 11/16/2026
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: foam stance with head turns, perturbations at the pelvis, stepping over the oyster basket to a stop
            Impairments Addressed: sway and a late step; the shucker loses her footing on the wet shell-house floor
            Measurables: Berg 47/56; 7 of 10 perturbations held
            97112 Neuromuscular Re-ed — 23 min
            D. Kellam, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // LERB "Attendance: [Select: 1:1 / Concurrent / Group]" unanswered: one-on-one missing; the rest present.
        ["v2-h163-lerb-attendance-select-unanswered"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-20417 · visit 3 of 12 authorized
            Pt: Homer Villanueva · Dale Hobart, PT
            Minutes by CPT: 97112 = 23
            Attendance: [Select: 1:1 / Concurrent / Group]
            Functional deficit driving medical necessity: sway and a late step; he fell climbing down from the cotton-module builder.
            Skilled interventions (with rationale): rocker board eyes closed, step-and-stick onto foam, perturbations at the pelvis to train a faster step.
            Objective data for reviewer: Berg 44/56; 6 of 10 perturbations held.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // TVPT "One-on-one for the entire billed service? Y" answered; vestibular work; deficit; DGI; minutes match: passes.
        ["v2-h163-tvpt-y-answered"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Owen Takacs, PT
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: gaze stabilization X1 standing on foam and walking with head turns, because his dizziness with head movement stops him bending over the sheep at shearing.
            DEFICIT ADDRESSED: R vestibular hypofunction.
            OBJECTIVE: DGI 18/24; DVA lost 3 lines.
            NOTE TO REVIEWER: each element required for this service is documented above.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // TVPT PTA "One-on-one for the entire billed service? Y / N" left as printed: one-on-one missing; the rest present.
        ["v2-h163-tvpt-y-slash-n-left"] = new(
            """
            Touchet Valley Physical Therapy — Waitsburg
            Brianna Ferrell, PTA
            SERVICE: 97112 Neuromuscular re-education — 24 min
            DELIVERY: One-on-one for the entire billed service? Y / N
            WHAT I DID AND WHY: step-and-stick onto foam and lateral pushes at the hips, because she falls to the R stepping out of the wheat truck.
            DEFICIT ADDRESSED: R hip motor control and a late stepping reaction.
            OBJECTIVE: Berg 45/56; 6 of 10 pushes held.
            """,
            ["R26.81"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // MRCH ITP "Ratio: ☐ 1:1 ☒ 1:2 ☐ group": a second child in the session: one-on-one missing; the rest present.
        ["v2-h163-mrch-ratio-one-to-two"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Concussion Intensive Week, day 1 of 5
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97112 · 22 min
            Ratio: ☐ 1:1 ☒ 1:2 ☐ group
            Targets: VOR and postural control after the concussion in the hockey game; sways on foam with eyes closed
            Activities: X1 viewing standing then on foam; walking the gym with head turns to called colours
            Data: DVA lost 3 lines; foam eyes closed 12 sec
            """,
            ["S06.0X0D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // QBRH "OUTCOME MEASURE: ____ SCORE: ____" with no other number: measure missing; delivery ticked, techniques and deficit present.
        ["v2-h163-qbrh-outcome-blank"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: foam stance with head turns, stepping over the fish tote to a stop, perturbations at the pelvis
            IMPAIRMENT: sway and a late step on the smokehouse's wet floor
            OUTCOME MEASURE: ____    SCORE: ____
            Everett Sewall, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // SCVH "Target impairment: None identified (default)" and nothing else names a deficit: deficit missing; the rest present.
        ["v2-h163-scvh-target-default"] = new(
            """
            Sangre de Cristo Valley Hospital — Outpatient Therapy (South Fork)    Aspenline Clinical · Therapy Flowsheet
            Supervision/Delivery: 1:1 with Gideon the whole session
            Intervention: rocker board eyes closed, step-and-stick onto foam, perturbations in stride stance
            Target impairment: None identified (default)
            Outcome: SLS R 8 sec; rocker 12 sec
            Timed Codes: 97112 Neuromuscular re-education — 22 min
            Gideon Trujillo, PT
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // PCPT Annette "Did: Bayou Balance level 4 per clinic protocol" as the only technique: technique missing; deficit, Berg and one-on-one present.
        ["v3-h163-pcpt-bayou-balance-level-only"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 11/16/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Bayou Balance level 4 per clinic protocol
            For: sway and a late step; the bait-shop owner fell carrying a cooler down the dock
            Numbers: Berg 46/56
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // JWO "Tx ▸ StableStart card 6" as the only technique: technique missing; area, numbers and 1:1 present.
        ["v3-h163-jwo-stablestart-card-only"] = new(
            """
            JointWorks QuickNote · Warsaw · J. Hochstetler PTA
            97112 ▸ 21m
            1:1 ▸ Y
            Tx ▸ StableStart card 6
            Area ▸ L ankle proprioception after the sprain on the implant plant's loading ramp
            # ▸ SLS L 9 s
            """,
            ["S93.402D"], [PTA("97112", 21)], [At(Tech, "97112")]),

        // LERB "Skilled interventions: Steady at Home week 3" as the only technique: technique missing; deficit, data and attendance present.
        ["v3-h163-lerb-steady-at-home-week-only"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-20502 · visit 5 of 12 authorized
            Pt: Ofelia Tamez · Yesenia Carrizales, PTA
            Minutes by CPT: 97112 = 24
            Attendance: 1:1
            Functional deficit driving medical necessity: sway and a slow step turning at the stove; two near-falls at home.
            Skilled interventions (with rationale): Steady at Home week 3 per the plan's pathway.
            Objective data for reviewer: Berg 43/56; TUG 13.2 sec.
            """,
            ["R26.81"], [PTA("97112", 24)], [At(Tech, "97112")]),

        // NLMC PNF chops and lifts in half-kneeling and tall-kneeling; trunk control; mCTSIB seconds; 1:1; minutes match: passes.
        ["v3-h163-nlmc-pnf-chops-and-lifts"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY
            TREATMENT NOTE · Pt: Arvid Lindgren · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: Individual (1:1)
            Treatment: PNF chops and lifts in half-kneeling and tall-kneeling, rhythmic stabilization at the trunk, reaching out of the base on foam
            Impairment: trunk postural control after the fall stepping out of the guide boat onto the ore-pit dock
            Objective: mCTSIB foam eyes closed 14 sec; Berg 47/56
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // CVU PBC PM "PWR! Moves" in standing with perturbations at the pelvis; retropulsion; pull test and Mini-BESTest; individual; minutes match: passes.
        ["v3-h163-cvu-pwr-moves-pm"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 1 of 10 · Block: PM (2 of 2)
            Billed this block: 97112 (24 min)
            Staff this block: Beau Tillinghast, PT, DPT
            Delivery: [X] Individual [ ] Dyad [ ] Group
            O: PWR! Moves in standing (PWR! Up, Rock, Twist and Step), perturbations at the pelvis forward and back, big backward steps to a called cue.
            Pull test: 2 steps to recover. Mini-BESTest 19/28.
            A: Retropulsion and slow small protective steps with Parkinson's disease; the Fort Moore retiree backs into the church pew.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // HDNR NDT facilitation at the pelvis for weight shift onto the R in stride stance; R hemiparesis; GAITRite and Berg; 1:1; minutes match: passes.
        ["v3-h163-hdnr-ndt-facilitation"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Eamon Gallagher, PT | Pt: Wade Kimsey (log-truck driver)
            97112 neuro re-ed: 24 min | 1:1
            What I did: NDT facilitation at the pelvis for weight shift onto the R in stride stance, stepping the L through to a stop, rhythmic stabilization in standing
            Why: R hemiparesis after the L stroke; poor R weight acceptance, he can't stand on the R to climb into the cab
            Device paste:
            [GAITRite] velocity 72 cm/s | step length R 41 cm, L 52 cm
            Berg 41/56
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // TVPT 97110 "Otago programme level B" with its named exercises and doses; hip and ankle weakness; chair-stand count: passes (97110 has no one-on-one check).
        ["v3-h163-tvpt-otago-named-exercises"] = new(
            """
            Touchet Valley Physical Therapy — College Place
            Celeste Vandergriff, PT, DPT
            SERVICE: 97110 Therapeutic exercise — 14 min
            WHAT I DID AND WHY: Otago programme level B — front knee strengthening with 4 lb ankle weights 2x10, side hip abduction 2x10, toe raises and heel raises 2x10 holding the counter — because weak hips and ankles let her knees buckle on the basement stairs.
            DEFICIT ADDRESSED: B hip abductor and ankle plantarflexor weakness.
            OBJECTIVE: 30-second chair stand 9.
            """,
            ["M62.81"], [PT("97110", 14)], []),

        // MBOG "→ 97110 · 13 min · repeated extension in lying per McKenzie, prone press-ups" with no dose and no number anywhere: measure missing; technique and deficit present.
        ["v3-h163-mbog-mckenzie-no-dose"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Rusty Amesquita · 11/16/2026 · I. Barragán, PT
            PRIMARY OUTCOME: not scored today
            STG: swath a full field without leg pain — PROGRESSING
               → 97110 · 13 min · repeated extension in lying per McKenzie, prone press-ups, standing back bends
            Impairment: lumbar flexion-biased pain with L leg symptoms after the long hours in the swather seat
               ▸ measured by: leg symptoms centralized to the back by the end
            """,
            ["M54.16"], [PT("97110", 13)], [At(Measure, "97110")]),

        // SPL BFR knee extensions 30/15/15/15 at a set pressure and split squats 3x8 for 97110; quad weakness; dynamometer readout; passes.
        ["v3-h163-spl-bfr-knee-extensions"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Dane Whitlock (age 31, smokejumper) · Clinician: Mateo Arriaga, PT
            BLOCK A · 97110 Ther ex · 15 min
            Attendance: 1:1
            Work: BFR knee extensions 30/15/15/15 at 80% LOP, split squats 3x8 with 30 lb, step-downs off the 8 inch box 3x10
            Limiter: R quad weakness after the ACL reconstruction; he can't land a jump with a full pack
            DATA PASTE ▼
            LOP R 210 mmHg | working 168 mmHg
            Knee ext R 312 N | L 401 N (LSI 78%)
            """,
            ["S83.511D"], [PT("97110", 15)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none

        // LCPT deficit as a finding ("she can't feel where her feet are on the gravel, sways when the yard light goes out"); foam stance, foam beam, stepping over the hose; mCTSIB and Berg; one-on-one: passes.
        ["v4-h163-lcpt-cant-feel-her-feet-on-gravel"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER
            Pt: Darlene Kaup · T. Uhing, PTA
            Functional goal: walk to the mailbox on the gravel after dark without a hand on the fence [status: progressing]
            Codes/min: 97112 = 22
            Delivery: one-on-one
            Interventions: foam stance eyes closed, tandem on the foam beam, stepping over the hose to a stop with the lights dimmed
            Impairment: she can't feel where her feet are on the gravel and sways when the yard light goes out
            Progress measure: mCTSIB foam eyes closed 11 sec; Berg 46/56
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // ORPT "Clinical Findings:" left empty and no deficit anywhere else: deficit missing; the rest present.
        ["v4-h163-orpt-clinical-findings-empty"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 11/16/2026
            Delivery: one-on-one
            1:1 (Y/N): Y
            Interventions: step-and-stick onto the foam, tandem with head turns, perturbations at the pelvis
            Clinical Findings:
            Objective Measures: Berg 48/56; tandem 13 sec
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            O. Reyes, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // SHMC "IMPAIRMENTS ADDRESSED" box row with nothing ticked and no deficit typed: deficit missing; the rest present.
        ["v4-h163-shmc-impairment-boxes-unticked"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            Identity verified with two identifiers: yes. Allergies reviewed: NKDA. Precautions: none.
            Infection prevention: hand hygiene performed. Advance directive on file: yes. Interpreter needed: no.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min
            DELIVERY MODE: [X] Individual [ ] Concurrent [ ] Group
            INTERVENTIONS: perturbations in stride stance, stepping over the cones to a stop, tandem on foam with head turns.
            IMPAIRMENTS ADDRESSED: [ ] balance [ ] vestibular [ ] strength [ ] sensation [ ] coordination
            OUTCOME MEASURES: Berg 44/56; TUG 12.8 sec.
            PATIENT / FAMILY EDUCATION: home program reviewed.
            ATTESTATION: I personally furnished the services above. — Kayla Nienhuis, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // BHBR deficit as a finding ("his R foot lands where he doesn't mean it to on the stock-trailer ramp; numb soles"); foam and rocker work; SLS and rocker: passes.
        ["v4-h163-bhbr-foot-lands-where-he-doesnt-mean-it"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97112 NEUROMUSCULAR RE-ED ▸ START 14:00 ■ STOP 14:22 = 22 MIN
            1:1 the whole time.
            NMR: rocker board eyes closed, foam stance with head turns, stepping to targets on the floor without looking down.
            Impairment: his R foot lands where he doesn't mean it to on the stock-trailer ramp; numb soles with the neuropathy.
            Objective: SLS R 6 sec; rocker 9 sec.
            Joel Akiyama, PT
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // CST "PROBLEM: —" with no deficit anywhere else: deficit missing; the rest present.
        ["v4-h163-cst-problem-dash"] = new(
            """
            CST GERI VISIT — Stillwater clinic          Bao Tran, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            97112 NMR — 23 min
            1:1: Y
            TX: step-and-stick onto foam, turning in place to a stop, perturbations at the pelvis
            PROBLEM: —
            OBJECTIVE: Berg 45/56; 6 of 10 perturbations held
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // STBF deficit as a finding ("her L ankle wobbles when she looks up at the hymn board"); foam, head tilts, rocker; SLS and Berg; one-on-one: passes.
        ["v4-h163-stbf-wobbles-looking-up"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            Bram Oosterhuis, PT · Monday 11/16/2026
            What we worked on: rocker board A/P, foam stance with head tilts up and down, stepping up onto the foam to a stop. One-on-one the whole time.
            Why: her L ankle wobbles and she can't tell where the foot is when she looks up at the hymn board; she tripped on the altar step.
            How she did: SLS L 8 sec; Berg 47/56.
            Time: 97112, 23 min.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // WRPT "Why: see eval" with nothing else naming a deficit: deficit missing; the rest present.
        ["v4-h163-wrpt-why-see-eval"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 11/16/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 22 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: foam stance with head turns, tandem on the beam, pushes at the pelvis
            Why: see eval
            Numbers: Berg 47/56; 7 of 10 pushes held
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // PTH PTA 97110 deficit as a finding ("quads too weak to rise from the low couch"); sit-to-stands, step-ups, LAQs with doses: passes.
        ["v4-h163-pth-97110-low-couch"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Kaylee Quesenberry, PTA
            Present: son, loading the flea-market table in the yard
            97110 [ 14 ] min
            Tx: sit-to-stand from the couch with a cushion 3x8, step-ups on the porch step 3x10, long-arc quads with 3 lb 3x12
            Problem: quads too weak to rise from the low couch without rocking three times
            Assist/Dist: last set of sit-to-stands without hands
            """,
            ["M62.81"], [PTA("97110", 14)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // SHMC Annika's Mini-BESTest and gait speed under "OUTCOME MEASURES"; perturbations, foam, dual-task stepping; MS postural control; individual: passes.
        ["v5-h163-shmc-mini-best-and-gait-speed"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            Identity verified with two identifiers: yes. Allergies reviewed: latex. Precautions: heat sensitivity.
            Infection prevention: hand hygiene performed. Advance directive on file: no. Interpreter needed: no.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: Individual, Annika and the patient only
            INTERVENTIONS: perturbations at the shoulders on foam, stepping over the cones while naming cheeses, tandem with head turns.
            IMPAIRMENTS ADDRESSED: postural control and dual-task stepping with multiple sclerosis; the cheese-plant wrapper stumbles turning at the line.
            OUTCOME MEASURES: Mini-BESTest 21/28; gait speed 0.94 m/s.
            RESPONSE TO TREATMENT: fewer stumbles on the cone course.
            ATTESTATION: I personally furnished the services above. — Annika Vandervelde, PT, DPT, NCS
            """,
            ["R26.89"], [PT("97112", 24)], []),

        // NPD "Result: steadier, she says she feels better" — no number but the code's minutes: measure missing; the rest present.
        ["v5-h163-npd-result-says-she-feels-better"] = new(
            """
            LATE ENTRY — written Tue 11/17/2026 for Mon 11/16/2026 — B. Petrescu, PT (NorthPier Per Diem)
            97112 x 23 min
            1:1: yes, nobody else on my list at that hour
            Tx: rocker board eyes closed, foam stance c̄ head turns, perturbations at the pelvis
            Deficits: R ankle proprioception, rolls it stepping off the curb at the condo drive
            Result: steadier, she says she feels better
            """,
            ["S93.401D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // SCLH Dee "Objective: ***" and no number elsewhere: measure missing; the rest present.
        ["v5-h163-sclh-dee-objective-wildcard"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            D. Wachowski, PT
            Timed: NMR (97112) — 22 min
            Delivery: Pt seen indiv. thruout
            Tx: perturb. at pelvis on foam, tandem c̄ head turns, step-and-stick onto Airex
            Impairment: ↓ proprioc. R ankle; LOB on the rail-yard ballast
            Objective: ***
            A/P: cont. POC
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PTH 97116 distance and assistance level as the measure; walker on the yard path and porch steps; short L step; passes.
        ["v5-h163-pth-97116-distance-and-assist"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Darnell Hash, PTA
            Present: wife, on the porch swing
            97116 [ 16 ] min
            Tx: gait with the rolling walker down the yard path to the mailbox and back, up and down the 4 porch steps with the rail, cues for a longer L step
            Problem: short L step and L hip weakness after the hip fracture
            Assist/Dist: 220 ft with the walker SBA; steps with the rail CGA
            """,
            ["S72.002D"], [PTA("97116", 16)], []),

        // OCM "Objective measure: not retested today, see re-eval" and no number elsewhere: measure missing; clock range and the rest present.
        ["v5-h163-ocm-not-retested-today"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Odessa Flournoy | Kiana Rowe, PTA | Precautions: falls
            97112 Neuromuscular Re-education | 10:00–10:23 am
            Constant attendance: [X] 1:1 constant attendance [ ] Concurrent [ ] Group
            Intervention and skilled rationale: step-and-stick onto foam and lateral pushes at the hips to train a faster step, tandem along the tape with head turns
            Impairment addressed: sway and a late step; she fell reaching for the pecan bin.
            Objective measure: not retested today, see re-eval
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Measure, "97112")]),

        // SPL Y-Balance composite and time to stabilisation as the 97112 measures; single-leg landings, perturbations on the BOSU; R knee neuromuscular control; 1:1: passes.
        ["v5-h163-spl-y-balance-and-tts"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Kiersten Vold (age 19, Nordic skier) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 23 min
            Attendance: ☑ 1:1 ☐ semi-private
            Work: single-leg hop-to-stick, perturbations on the BOSU, lateral bounds to a stop with eyes on a called target
            Limiter: R knee valgus and poor landing control after the MCL sprain
            DATA PASTE ▼
            Y-Balance composite R 89% | L 97%
            Time to stabilisation R 1.42 s | L 0.96 s
            """,
            ["S83.411D"], [PT("97112", 23)], []),

        // NLMC SOT composite and conditions 5 and 6 as the measures; habituation and gaze work; vestibular deficit; 1:1: passes.
        ["v5-h163-nlmc-sot-composite"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Lorraine Hegstrom · Clinician: Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: [X] Individual [ ] Concurrent [ ] Group
            Treatment: X1 viewing on foam, walking with head turns, foam stance with eyes closed
            Impairment: vestibular hypofunction on the L; she sways on the church-basement stairs
            ▶ Imported device report — Bertec Balance Advantage
            SOT composite 58 | condition 5 equilibrium 41 | condition 6 equilibrium 37
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // JWO "# ▸" left blank and no number anywhere else: measure missing; the rest present.
        ["v5-h163-jwo-hash-blank"] = new(
            """
            JointWorks QuickNote · Goshen · M. Beer PTA
            97112 ▸ 22m
            1:1 ▸ Y
            Tx ▸ rocker board eyes closed, step-and-stick, perturbations at the pelvis
            Area ▸ L ankle proprioception after the sprain on the packing-line mat
            # ▸
            """,
            ["S93.402D"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // CFPT PTA 97110 doses as the measure (clamshells, bridges, step-ups); hip weakness; passes.
        ["v5-h163-cfpt-pta-97110-doses"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: EARLENE PRUETT PTA     DOS 11/16/26
            CPT 97110 X 13 MIN
            NOTE: CLAMSHELLS W/ BLUE BAND 3X15, BRIDGES 3X12, STEP-UPS ON 6 INCH STEP 3X10. IMP: R HIP ABD WEAKNESS, HIP DROPS ON THE MILL STAIRS. OBJ: ALL SETS W/O REST.
            """,
            ["M62.81"], [PTA("97110", 13)], []),

        // HDNR GAITRite velocity and cadence with Berg as the measures; foam, perturbations; ataxia; 1:1: passes.
        ["v5-h163-hdnr-gaitrite-velocity"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Mae Corliss (quilt-shop owner)
            97112 neuro re-ed: 23 min | 1:1
            What I did: tandem on foam, perturbations at the pelvis, stepping to numbered targets at a metronome beat
            Why: cerebellar ataxia; her steps scatter and she grabs the bolt shelves
            Device paste:
            [GAITRite] velocity 81 cm/s | cadence 96 steps/min | step width 17 cm
            Berg 44/56
            """,
            ["G11.9"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, mismatches, missing separate time

        // BHBR two START/STOP rows (97112 23, 97110 12), both matching; each code complete: passes.
        ["v6-h163-bhbr-two-start-stop-rows"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 09:00 ■ STOP 09:23 = 23 MIN
            97110 THERAPEUTIC EXERCISE ▸ START 09:23 ■ STOP 09:35 = 12 MIN
            1:1 the whole time.
            NMR: foam stance with head turns, stepping over the float line to a stop, perturbations at the pelvis. TherEx: step-ups on the 8 inch step 3x10, bridges 3x15, side-stepping with the green band 3 laps.
            Impairment: sway and a late step, and R hip weakness; the hot-springs lifeguard slipped on the pool deck.
            Objective: Berg 47/56; 6 of 10 perturbations held.
            Renata Villalobos, PTA
            """,
            ["R26.81", "M62.81"], [PTA("97112", 23), PTA("97110", 12)], []),

        // OCM two clock ranges on the codes' own lines (97112 24, 97140 11), both matching: passes.
        ["v6-h163-ocm-two-clock-ranges"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Claudell Respess | Terrence Bledsoe, PT | Precautions: none
            97112 Neuromuscular Re-education | 1:00–1:24 pm
            97140 Manual Therapy | 1:24–1:35 pm
            Constant attendance: [X] 1:1 constant attendance [ ] Concurrent [ ] Group
            Intervention and skilled rationale: rocker board eyes closed and step-and-stick onto foam to retrain ankle strategy; talocrural posterior glides grade III and soft-tissue mobilization to the calf for dorsiflexion.
            Impairment addressed: L ankle proprioception and dorsiflexion stiffness after the sprain in the peach orchard.
            Objective measure: SLS L 8 sec; knee-to-wall L 5 cm → 8 cm.
            """,
            ["S93.402D"], [PT("97112", 24), PT("97140", 11)], []),

        // LERB "Minutes by CPT: 97112 = 24 | 97116 = 14", both matching; each code complete: passes.
        ["v6-h163-lerb-minutes-by-cpt-two-codes"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Mesa Gold Medicare Advantage PPO · AUTH # MG-26-12288 · visit 7 of 12 authorized
            Pt: Arliss Cathey · Wendell Graf, PT, DPT
            Minutes by CPT: 97112 = 24 | 97116 = 14
            Attendance: 1:1 throughout
            Functional deficit driving medical necessity: late stepping reaction and a short R step; he fell off the module-builder step.
            Skilled interventions (with rationale): perturbations at the pelvis and step-and-stick onto foam to train a faster step; gait training with the cane on the parking lot and curb with cues for a longer R step.
            Objective data for reviewer: Berg 45/56; 400 ft with the cane SBA, curb with the cane CGA.
            """,
            ["R26.81", "R26.89"], [PT("97112", 24), PT("97116", 14)], []),

        // ORPT Billing Grid with two rows: 97112 23 matches, the 97110 row's default 15 left on a 26-minute line: mismatch on 97110.
        ["v6-h163-orpt-grid-second-row-default-15"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 11/16/2026
            Delivery: one-on-one
            1:1 (Y/N): Y
            Interventions: tandem on the foam beam, perturbations at the shoulders, stepping over the hurdles to a stop; then sit-to-stand 3x10, step-ups on the 6 inch step 3x10, hip abduction with the red band 3x15
            Clinical Findings: sway and a late step, B hip weakness; the bell ringer fell on the belfry stairs
            Objective Measures: Berg 46/56; tandem 10 sec
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            Billing Grid:  97110 | Therapeutic exercise | 15 min
            K. Tjernagel, PTA
            """,
            ["R26.81", "M62.81"], [PTA("97112", 23), PTA("97110", 26)], [At(Mismatch, "97110")]),

        // LMPT Kelsey "Min: 32" on a 21-minute 97112 line: mismatch; otherwise complete.
        ["v6-h163-lmpt-min-32-on-21"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (K. Drummond, PT, DPT)
            Code: 97112 | Min: 32 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: single-leg hop-to-stick, perturbations on the BOSU, lateral bounds to a stop
            Why: L knee neuromuscular control after the ACL repair; the doorman's knee buckles on the revolving door
            #s: single-leg hop L 88 cm (R 112 cm); 7 of 10 landings without valgus
            """,
            ["S83.512D"], [PT("97112", 21)], [At(Mismatch, "97112")]),

        // SHT text chart "97112 + 97110 done" with only a day total and no minutes for each: separate time missing; both codes' content present.
        ["v6-h163-sht-both-codes-one-line"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Tucson
            [9:40a] 1:1 at his house, nobody else home
            [9:41a] 97112 + 97110 done: foam stance w/ head turns, step-and-stick, pushes at the hips; then sit-to-stand 3x10, heel raises 3x15
            [9:42a] problem: sway & late step, B calf weakness; the mariachi violinist stumbles stepping off the stage riser
            [10:20a] Berg 46/56; 6 of 10 pushes held; 36 min total today
            """,
            ["R26.81", "M62.81"], [PT("97112", 24), PT("97110", 12)], [SepTime]),

        // CVU AGI "Billed this block: 97116 (36 min)" on a 24-minute line: mismatch; otherwise complete.
        ["v6-h163-cvu-agi-billed-36-on-24"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: AGI · Day 1 of 10 · Block: AM (1 of 2)
            Billed this block: 97116 (36 min)
            Staff this block: Adaeze Fontenot-Marsh, PT, DPT, NCS
            Delivery: [X] Individual [ ] Dyad [ ] Group
            O: Gait training with the new below-knee socket in the parallel bars then with the rolling walker on the Riverwalk ramp, cues for equal step length and full weight onto the prosthesis.
            400 ft with the walker SBA; ramp CGA.
            A: short prosthetic-side stance and a long sound-side step after the L transtibial amputation.
            """,
            ["Z89.512"], [PT("97116", 24)], [At(Mismatch, "97116")]),

        // MRCH ITP one session with a PT's 97112 and an OT's 97530, each with its minutes; 1:1; both complete: passes.
        ["v6-h163-mrch-pt-and-ot-one-session"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Post-concussion Intensive Week, day 1 of 5
            Treating therapists this session: Solveig Haugland-Rice, PT, DPT, PCS / Merritt Oyelaran, OTR/L
            This session only: 97112 · 22 min (SHR)
                               97530 · 18 min (MO)
            Ratio: ☒ 1:1 ☐ 1:2 ☐ group
            Targets: VOR and postural control after the concussion (PT); visual scanning and standing reach for her locker and stick rack (OT)
            Activities: PT — X1 viewing on foam, walking with head turns to called colours, foam stance eyes closed. OT — reaching across the mat for cards while standing on foam, lifting her 6 lb goalie bag to the top shelf.
            Data: DVA lost 2 lines; foam eyes closed 15 sec; 10 cards reached without a step; 4 bag lifts SBA
            """,
            ["S06.0X0D"], [PT("97112", 22), OT("97530", 18)], []),

        // RSP the 97112 line with its range and minutes, the 97110 line with no time at all: separate time missing; both codes' content present.
        ["v6-h163-rsp-second-code-no-range"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            S. Verhoeven, PT · 16.11.2026 · bulb-farm forklift driver, 58 y
            97112 NMR 09.00–09.23 (23') · 1:1
            97110 TE
            NMR: rocker board eyes closed, step-and-stick onto foam, perturbations in stride stance. TE: step-ups 3x10 on the 20 cm step, bridges 3x15, calf raises 3x15.
            Problem: R ankle proprioception and calf weakness after the fall off the forklift step.
            Measures: SLS R 9 s; Berg 48/56.
            """,
            ["S93.401D", "M62.81"], [PT("97112", 23), PT("97110", 12)], [SepTime]),

        // QBRH heading "— 38 MIN" on a 25-minute 97112 line: mismatch; otherwise complete.
        ["v6-h163-qbrh-heading-38-on-25"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 38 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rocker board eyes closed, tandem on foam with head turns, perturbations at the pelvis
            IMPAIRMENT: L ankle proprioception after the sprain on the packing-house ramp
            OUTCOME MEASURE: Berg    SCORE: 47/56
            Nora Cobb, PT, DPT, NCS
            """,
            ["S93.402D"], [PT("97112", 25)], [At(Mismatch, "97112")]),

        // PCPT Jules "did de two togeder" on the code line and "Time: 36 min all told for de two, cher" on its own line — no minutes for each code: separate time missing; content present.
        ["v6-h163-pcpt-jules-all-told"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 11/16/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed / Code 97110 Ther ex ........ did de two togeder
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance wit' head turns, step-an'-stick onto de Airex, pushes at de hips; den step-ups on de 8 inch step 3x10 an' bridges 3x15
            For: sway an' a late step, an' L hip weakness; he fell off de bait-shop dock
            Numbers: Berg 45/56; 6 of 10 pushes held
            Time: 36 min all told for de two, cher
            """,
            ["R26.81", "M62.81"], [PTA("97112", 24), PTA("97110", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's other codes, wholly generic notes

        // Empty note on a single 97112 line: NOTE_MISSING only.
        ["v7-h163-empty-single-nmr"] = new(
            "",
            ["R26.81"], [PT("97112", 22)], [At(NoteMissing, "97112")]),

        // Spaces and line breaks only on a two-code visit sent with no diagnosis: NOTE_MISSING on each line and the diagnosis.
        ["v7-h163-blank-lines-two-codes-no-dx"] = new(
            "  \n\n \t \n",
            [], [PT("97112", 23), PT("97140", 11)], [At(NoteMissing, "97112"), At(NoteMissing, "97140"), Dx]),

        // LCPT 97110 in its contract meaning: heel raises, step-ups and sit-to-stands with doses; calf and quad weakness for the grain-elevator bookkeeper: passes.
        ["v7-h163-lcpt-97110-elevator-stairs"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER
            Pt: Marvel Schlickbernd · A. Wiechmann, PT
            Functional goal: climb the elevator office's outside stairs carrying the ledger box [status: progressing]
            Codes/min: 97110 = 14
            Interventions: heel raises off the step 3x15, step-ups on the 8 inch step with 5 lb 3x10, sit-to-stand from the low chair 3x10
            Impairment: B calf and quad weakness; she stops halfway up the stairs
            Progress measure: 12 stairs with one rail, no rest
            """,
            ["M62.81"], [PT("97110", 14)], []),

        // LMH OT 97530 in its contract meaning: lifting a parts bin, carrying it, reaching to the top rack; shoulder and grip weakness; counts and grip: passes.
        ["v7-h163-lmh-ot-97530-parts-bin"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (STERLING HEIGHTS)
            Timed Procedures
            97530 Therapeutic Activities: 17 Minutes
            Activities: lifting a 12 lb parts bin from the floor to the counter, carrying it 25 ft, reaching to hang wrenches on the top pegboard row.
            Problem: R shoulder and grip weakness after the rotator cuff repair; the tool-crib attendant can't stock the top racks.
            Objective: 5 bin carries SBA; grip R 42 lb.
            Renee Kaminski, OTR/L
            """,
            ["M75.121"], [OT("97530", 17)], []),

        // RSP 97140 in its contract meaning: glenohumeral inferior and posterior glides, soft-tissue mobilisation to the posterior cuff; shoulder stiffness; range in degrees: passes.
        ["v7-h163-rsp-97140-shoulder-glides"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 16.11.2026 · ferry deckhand, 49 y
            97140 MT 11.10–11.22 (12')
            MT: glenohumeral inferior and posterior glides grade III, soft-tissue mobilisation to the posterior cuff and pec minor.
            Problem: R shoulder capsular stiffness; he can't reach up to throw the mooring line.
            Measures: flexion R 138° → 151°; ER R 42° → 55°.
            """,
            ["M75.01"], [PT("97140", 12)], []),

        // CST 97116 in its contract meaning: walker gait on the hallway and a curb, cues for step length; short steps after hip fracture; distance and assistance: passes.
        ["v7-h163-cst-97116-walker-hall-and-curb"] = new(
            """
            CST GERI VISIT — Enid clinic          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            97116 GAIT — 15 min
            TX: gait with the rolling walker down the long hall and out to the curb, up and down the curb, cues for a longer R step and heel strike
            PROBLEM: short R step and R hip weakness after the hip fracture
            OBJECTIVE: 300 ft with the walker SBA; curb with the walker CGA
            """,
            ["S72.001D"], [PTA("97116", 15)], []),

        // WRPT "What we did: balance training / Why: per POC / Numbers: tolerated well" under a ticked 1:1 box: wholly generic (one-on-one stated).
        ["v7-h163-wrpt-generic-balance-training"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note 11/16/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: balance training
            Why: per POC
            Numbers: tolerated well
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // SHMC padded two-code note (97110 14, 97140 11 on the CHARGES lines) that says only "per plan of care" and "tolerated treatment well": wholly generic on both codes.
        ["v7-h163-shmc-padded-generic-two-codes"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            Identity verified with two identifiers: yes. Allergies reviewed: NKDA. Precautions: none.
            Infection prevention: hand hygiene performed. Advance directive on file: yes. Interpreter needed: no.
            CHARGES / TIMED SERVICES: 97110 Therapeutic exercise — 14 min
            CHARGES / TIMED SERVICES: 97140 Manual therapy — 11 min
            INTERVENTIONS: therapeutic exercise and manual therapy per plan of care.
            RESPONSE TO TREATMENT: patient tolerated treatment well.
            PLAN: continue plan of care.
            ATTESTATION: I personally furnished the services above. — Luis Ochoa-Brandt, PT
            """,
            ["M54.50"], [PT("97110", 14), PT("97140", 11)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // RPT dense line "97530 16 min; functional activities per POC; tolerated well; cont. POC": wholly generic.
        ["v7-h163-rpt-generic-functional-activities"] = new(
            """
            Rawhide PT — M. Vankirk PT (Lusk): Ella Brost, 97530 16 min; functional activities per POC; tolerated well; cont. POC.
            """,
            ["M62.81"], [PT("97530", 16)], [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // IVBPT Rosalba 97112 "One-on-one." with KM's clearance; foam, pushes, stepping around cones; late step; Berg and pushes: passes.
        ["vord-h163-ivbpt-nmr-alfalfa-cuber"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 11/16/2026    R. Quezada, PT, DPT
            97112 — 23 min
            One-on-one.
            Foam stance with head turns, reactive steps to pushes at the pelvis, stepping around the cones without looking down
            Deficit: late protective step and sway; the cuber mechanic fell off the hay-press platform
            Berg 45/56; 7 of 10 pushes recovered with one step
            {{CLEARED — KM}}
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // IVBPT Grant (PTA) 97110 with doses; knee weakness; Ledgerline's query answered by the PTA's own "reply:" line: passes.
        ["vord-h163-ivbpt-pta-97110-query-answered"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 11/16/2026    G. Olmedo, PTA
            97110 — 13 min
            Mini-squats at the counter 3x12, terminal knee extension with the blue band 3x15, step-ups on the 6 inch step 3x10
            Deficit: L quad weakness after the TKA; she can't climb into the irrigation truck
            {{REVIEW: load for TKE?}}
            Clinician reply: blue band, as written above — GO
            """,
            ["Z96.652"], [PTA("97110", 13)], []),

        // IVBPT Ximena OT 97530: carrying a laundry basket to the line, pinning sheets overhead; shoulder and standing balance; counts: passes.
        ["vord-h163-ivbpt-ot-97530-clothesline"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            DOS 11/16/2026    X. Saldívar, OTR/L
            97530 — 16 min
            Carrying the laundry basket 40 ft to the clothesline, reaching overhead to pin sheets, bending to the basket between pins
            Deficit: R shoulder weakness and standing balance after the fall at the border-crossing line
            6 sheets hung standing; 3 basket carries SBA
            """,
            ["M62.81", "Z91.81"], [OT("97530", 16)], []),

        // SCMH Tove 97112 with the episode heading, ticked attendance, Last | Today measures: passes.
        ["vord-h163-scmh-nmr-ore-dock-guard"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Eino Saari
            EPISODE A: unsteadiness on feet    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: rocker board A/P eyes closed, step-and-stick onto foam, perturbations in stride stance
            Impairment: sway and a late step on the iced ore-dock catwalk
            Measures (Last | Today): Berg 44 | 46; SLS R 6 | 9 sec
            Completed by: Tove Lindqvist, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SCMH Gabe two episodes (97112 22 and 97140 10), both matching; each complete: passes.
        ["vord-h163-scmh-two-episodes"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Leona Koski
            EPISODE A: unsteadiness on feet    ICD-10: R26.81
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: foam stance with head turns, tandem on the beam, perturbations at the pelvis
            Impairment: postural sway and a slow step since the fall on the snowbank
            Measures (Last | Today): Berg 43 | 45; tandem 6 | 9 sec
            EPISODE B: cervicalgia    ICD-10: M54.2
            Timed: 97140 ▸ 10 min
            Interventions: suboccipital release, C5-6 right unilateral PA glides grade III
            Impairment: stiff neck, can't turn to check the snowblower behind her
            Measures (Last | Today): rotation R 48 | 60°
            Completed by: Gabe Niemi, PT
            """,
            ["R26.81", "M54.2"], [PT("97112", 22), PT("97140", 10)], []),

        // SCMH Rosalind (PTA) complete 97112 sent with no diagnosis on the claim: diagnosis missing only.
        ["vord-h163-scmh-pta-no-diagnosis"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Arne Maki
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: rocker board M/L, foam stance eyes closed, stepping over the shovel handle to a stop
            Impairment: L ankle proprioception after the sprain on the church steps
            Measures (Last | Today): SLS L 5 | 8 sec
            Completed by: Rosalind Kivela, PTA
            """,
            [], [PTA("97112", 23)], [Dx]),

        // LCRT Wendell (PTA) 97116 with cane on the gravel lot and the trading-post step; distance and assist: passes.
        ["vord-h163-lcrt-pta-97116-gravel-lot"] = new(
            """
            Little Colorado River Therapy — Winslow
            Svc: Gait 97116 | Time: 15 minutes | 1:1: Y
            Activity: gait with the single-point cane across the gravel lot and up the trading-post step, cues for heel strike on the L
            Problem: short L step and L hip weakness after the hip fracture; she hauls water from the pickup bed
            Measure: 350 ft with the cane SBA; step with the cane and rail CGA
            W. Yazzie, PTA
            """,
            ["S72.002D"], [PTA("97116", 15)], []),

        // LCRT Emily 97112 with vestibular work; dizziness with head turns at the loom; DGI and DVA; 1:1: passes.
        ["vord-h163-lcrt-nmr-weaver-head-turns"] = new(
            """
            Little Colorado River Therapy — Winslow
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: X1 viewing seated at the loom height then standing, walking the hall with head turns, feet together on foam
            Problem: R vestibular hypofunction; the weaver gets dizzy looking up and down the warp
            Measure: DGI 18/24; DVA lost 3 lines
            E. Hartman, PT
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // RBVC Marisol Sess B 97112 "Just Marisol and Tyce in the vestibular room — his husband drove"; gaze and habituation; DVA and DGI: passes.
        ["vord-h163-rbvc-sess-b-husband-drove"] = new(
            """
            RBVC West Sedona — Intensive Week — Mon
            Sess B ▸ 97112 ▸ 22 min
            Just Marisol and Tyce in the vestibular room — his husband drove and waited in the lobby.
            Tx: X2 viewing standing; walking with head yaw to a metronome; habituation to the optokinetic stripes on the screen.
            Visual-vestibular mismatch after the snowboard crash; the lift line and moving chairs make him sway.
            DVA lost 2 lines; DGI 19/24.
            M. Etsitty-Crane PT DPT
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // RBVC Graydon Sess A 97112 "1:1, nobody else booked"; foam, head turns, gaze; R hypofunction; DGI and tandem: passes.
        ["vord-h163-rbvc-sess-a-one-on-one"] = new(
            """
            RBVC Williams — Intensive Week — Mon
            Sess A ▸ 97112 ▸ 24 min
            1:1, nobody else booked in the vestibular room.
            Tx: gaze stabilization X1 on foam; walking the hall with pitch head turns; feet together on foam eyes closed.
            R vestibular hypofunction since the fall on the rail-car steps; he sways stepping down at the depot.
            DGI 17/24; feet together on foam 16 sec.
            G. Pike PT ATC
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // BCH Jodi (PTA) 97116 with the ticked attendance row; quad cane on the hospital ramp; distance and assist: passes.
        ["vord-h163-bch-pta-97116-hospital-ramp"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Velma Staton · 11/16/2026 · J. Spurlock, PTA
            Goal #2 — walk from the truck to the pew with the quad cane
            Status: progressing
            Treated with: 97116 (15 min) — gait with the quad cane on the hall and the hospital ramp, cues for L heel strike and step length
            Impairment: L hemiparesis after the R stroke, short L step
            How we know: 250 ft with the quad cane CGA; ramp min A
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["I69.354"], [PTA("97116", 15)], []),

        // BCH Annaliese OT 97530 at the coffee counter; R hand coordination; counts: passes.
        ["vord-h163-bch-ot-97530-weigh-station-coffee"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Dale Runyon · 11/16/2026 · A. Varney, OTR/L
            Goal #1 — pour his own coffee at the weigh-station shack
            Status: progressing
            Treated with: 97530 (16 min) — filling and carrying the coffee pot, pouring into a cup standing, reaching to the shelf for the sugar tin
            Impairment: R hand coordination and grip after the L stroke
            How we know: 5 cups poured without a spill; grip R 31 lb
            """,
            ["I69.351"], [OT("97530", 16)], []),

        // HLPT Peg 97112 S:/O: with "☒ 1:1 ☐ group"; rocker, foam, perturbations; proprioception; SLS; billed 23: passes.
        ["vord-h163-hlpt-peg-clam-digger"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            P. Sargent, PT, DPT
            S: Clam digger, sinks to the shin on the flats and loses his footing pulling out.
            O: ☒ 1:1 ☐ group
            Rocker board eyes closed, foam stance pulling a loaded hod off the floor, perturbations at the pelvis.
            R ankle proprioception and a late step after the sprain.
            SLS R 8 sec; 7 of 10 perturbations held.
            A: Better on soft surfaces.
            P: Continue.
            Billed: 97112 (23 min)
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // HLPT Hollis fragments and a clock range: 97110 with doses; hip weakness: passes.
        ["vord-h163-hlpt-hollis-97110-fragments"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle, PT
            97110 11:05–11:18 (13 min).
            Step-ups 8 in 3x10. Bridges 3x15. Clamshells, green band, 3x15.
            L hip abd weak. Trendelenburg on the float ramp.
            Billed: 97110 (13 min)
            """,
            ["M62.81"], [PT("97110", 13)], []),

        // PSTG Jolie (PTA) 97110 with ticked box and doses; shoulder weakness: passes.
        ["vord-h163-pstg-pta-97110-crab-pots"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 11/16/2026
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: rows with the green band 3x15, wall push-ups 3x12, side-lying ER with 2 lb 3x12
            Impairments Addressed: R shoulder weakness after the cuff repair; she can't lift a crab pot to the rail
            Measurables: all sets without substitution
            97110 Therapeutic Exercise — 13 min
            J. Tawes, PTA
            """,
            ["M75.121"], [PTA("97110", 13)], []),

        // PSTG Marisol complete 97112 whose diagnosis came over as "#Error": not a well-formed code.
        ["vord-h163-pstg-dx-error"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 11/16/2026
            Mode of delivery: 1:1 ▾
            Skilled Interventions: tandem on the foam lane with head turns, step-and-stick, perturbations at the pelvis
            Impairments Addressed: sway and a late step on the marina's floating dock
            Measurables: Berg 47/56; tandem on foam 8 sec
            97112 Neuromuscular Re-ed — 22 min
            M. Quillen, PT
            """,
            ["#Error"], [PT("97112", 22)], [Dx]),

        // MBOG Kenzie (PTA) 97116 arrow with cues and distance; PRIMARY OUTCOME LEFS: passes.
        ["vord-h163-mbog-pta-97116-onion-shed"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Lupe Ybarra · 11/16/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 41/80 today (intake 27/80)
            STG 2: walk the onion-shed aisle without the walker — PROGRESSING
               → 97116 · 14 min · gait with the cane in the clinic hall and over the threshold strip, cues for R heel strike
            Impairment: short R step and R quad weakness after the tibial plateau fracture
               ▸ measured by: 300 ft with the cane SBA
            """,
            ["S82.141D"], [PTA("97116", 14)], []),

        // STBF Leticia (PTA) 97112 "What we worked on / Why / How she did / Time"; racetrack groom; one-on-one; Berg and SLS: passes.
        ["vord-h163-stbf-pta-racetrack-groom"] = new(
            """
            Southern Tier Balance and Falls Clinic — Elmira
            Leticia Fairweather, PTA · Monday 11/16/2026
            What we worked on: foam stance with head turns, stepping over a lead rope to a stop, pushes at the shoulders. Just the two of us in the balance room.
            Why: sway and a late step; the groom was knocked off balance by a colt in the shed row.
            How she did: Berg 48/56; SLS R 11 sec.
            Time: 97112, 22 min.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // SHT Trent (PTA) 97110 with stamps that are not minutes; doses; knee weakness: passes.
        ["vord-h163-sht-pta-97110-stage-riser"] = new(
            """
            TxtChart · Saguaro Home Therapy · T. Haugen PTA · home visit, Marana
            [2:10p] 97110 14m: step-ups on the patio step 3x10, sit-to-stand from the piano bench 3x10, heel raises at the counter 3x15
            [2:24p] problem: B quad weakness, can't climb the stage riser at church
            [2:25p] all sets done, last set of sit-to-stand without hands
            """,
            ["M62.81"], [PTA("97110", 14)], []),

        // PCPT Cleo 97112 dotted leader, ticked attendance, "Did / For / Numbers"; rocker, foam with bait buckets, perturbations; ankle proprioception on the wharf boards; SLS and perturbations: passes.
        ["vord-h163-pcpt-cleo-wharf-boards"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 11/16/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 24 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board eyes closed, foam stance wit' a bait bucket in each hand, perturbations at the pelvis
            For: L ankle proprioception; she rolls it on the loose wharf boards
            Numbers: SLS L 9 sec; 7 of 10 perturbations held
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // SCLH Anjali clock range on the code's line, 97116 with walker and bus-stop curb; distance and assist: passes.
        ["vord-h163-sclh-anjali-97116-clock-range"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            A. Subramaniam, PT · Mon 11/16/2026
            97116 gait training 10:15–10:31 (16 min)
            Rolling walker in the Pav B corridor, out to the bus-stop curb and back; cues for step length and walker distance.
            Problem: short shuffling steps and L quad weakness after the L TKA.
            Assist: 350 ft with the walker SBA; curb CGA.
            """,
            ["Z96.652"], [PT("97116", 16)], []),

        // LMPT Rosa 97112 with "(x) 1:1"; gaze stabilisation and habituation; vestibular deficit; DGI: passes.
        ["vord-h163-lmpt-rosa-condo-elevator"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 23 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: X1 viewing standing on foam, walking the hall with head turns and stopping on cue, habituation to the elevator-door position
            Why: L vestibular hypofunction; she gets dizzy when the condo elevator stops
            #s: DGI 18/24; DVA lost 2 lines
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // RPT dense line 97110 with doses; knee weakness: passes.
        ["vord-h163-rpt-97110-bale-string"] = new(
            """
            Rawhide PT — M. Vankirk PT (Lusk): Clara Eischeid, ranch wife, 97110 14 min; step-ups on the 8" box 3x10, wall sits 3x30 s, TKE w/ blue band 3x15; L quad weak since the TKA, can't step over the bale string in the stackyard; all sets clean.
            """,
            ["Z96.652"], [PT("97110", 14)], []),

        // CVU PSI AM 97112 individual; half-kneel rhythmic stabilisation, stepping over the cane; L hemiparesis; FGA: passes.
        ["vord-h163-cvu-psi-am-individual"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 1 of 15 · Block: AM (1 of 2)
            Billed this block: 97112 (25 min)
            Staff this block: Beau Tillinghast, PT, DPT
            Delivery: [X] Individual [ ] Dyad [ ] Group
            O: Half-kneel rhythmic stabilization at the mat, stepping over the cane with the L leading, lateral perturbations in split stance.
            FGA 14/30; 6 of 10 L steps over the cane without catching the toe.
            A: L hemiparesis after the R MCA stroke; lateral postural control and L hip timing poor.
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // CFPT Hollis 97140 capitals; lumbar mobilisation and STM; ROM in degrees: passes.
        ["vord-h163-cfpt-97140-capitals"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 11/16/26
            CPT 97140 X 12 MIN
            NOTE: L4-5 CENTRAL PA MOBS GR III, STM TO THE L QL AND ERECTORS. IMP: LUMBAR STIFFNESS, CAN'T BEND TO THE MOLASSES BARREL. OBJ: FLEXION FINGERTIPS TO MID-SHIN → ANKLE; SLR L 55° → 65°.
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // SCVH Teodora 97112 typed delivery; foam, perturbations; vestibular; DGI: passes.
        ["vord-h163-scvh-nmr-rodeo-arena"] = new(
            """
            Sangre de Cristo Valley Hospital — Outpatient Therapy (Monte Vista)    Aspenline Clinical · Therapy Flowsheet
            Supervision/Delivery: one-on-one, Teodora and the patient only
            Intervention: gaze stabilization X1 on foam, walking with head turns across the gym, stepping over the barrel-pattern cones to a stop
            Target impairment: R vestibular hypofunction; he sways looking up at the arena lights
            Outcome: DGI 17/24; DVA lost 3 lines
            Timed Codes: 97112 Neuromuscular re-education — 23 min
            Teodora Ulibarri, PT, DPT, NCS
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // NPD late entry 97112 "1:1: yes"; rocker, foam; ankle; SLS; minutes match: passes.
        ["vord-h163-npd-late-entry-doorman"] = new(
            """
            LATE ENTRY — written Tue 11/17/2026 08:15 for Mon 11/16/2026 — B. Petrescu, PT (NorthPier Per Diem)
            97112 x 22 min
            1:1: yes, nobody else on the floor with me
            Tx: rocker board A/P eyes closed, foam stance c̄ head turns, step-and-stick off the low step
            Deficits: L ankle proprioception, rolls it on the building's loading-dock plate
            Result: SLS L 8 sec; rocker A/P 12 sec
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // LMH LaToya (PTA) 97110 Timed Procedures; doses; hip weakness: passes.
        ["vord-h163-lmh-pta-97110-euchre"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (ROSEVILLE)
            Timed Procedures
            97110 Therapeutic Exercise: 13 Minutes
            TherEx: sit-to-stand from the low chair 3x10, side-stepping with the red band 3 laps, bridges 3x15.
            Problem: B hip weakness; she can't get up from the church-hall euchre table without pushing.
            Objective: 30-second chair stand 10.
            LaToya Grant, PTA
            """,
            ["M62.81"], [PTA("97110", 13)], []),

        // QBRH Maren OT 97530 with filled outcome line; wreath frames; grip; passes.
        ["vord-h163-qbrh-ot-97530-wreath-frames"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97530 THERAPEUTIC ACTIVITIES — 16 MIN
            INTERVENTIONS: lifting wreath frames from the floor bin to the bench, crimping rings standing, reaching to hang finished wreaths on the high rack
            IMPAIRMENT: R hand grip and standing tolerance after the wrist fracture
            OUTCOME MEASURE: grip R    SCORE: 34 lb
            Maren Hatch, OTR/L
            """,
            ["S52.501D"], [OT("97530", 16)], []),

        // MRCH Camp Two Hands Kiri OT 97530 in a 1:1 session; bimanual tasks; counts: passes.
        ["vord-h163-mrch-camp-97530-one-on-one"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — ITP · CAMP TWO HANDS (NEW ULM)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM
            Treating therapist this session: Kiri Thorsgaard, OTR/L
            This session only: 97530 · 24 min
            Ratio: ☒ 1:1 ☐ 1:2 ☐ group
            Targets: L hemiparesis (hemiplegic CP), weak L grasp and release; wants to hold the handlebars with both hands
            Activities: squeezing bike-grip foam with the L, opening snack containers with both hands, placing pegs with the L
            Data: 15 pegs placed with the L; 4 containers opened with both hands
            """,
            ["G80.2"], [OT("97530", 24)], []),

        // JWO Kyle 97140 QuickNote; mobilisations; ROM: passes.
        ["vord-h163-jwo-97140-ankle-mobs"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97140 ▸ 11m
            Tx ▸ talocrural posterior glides gr III, STM to the gastroc-soleus
            Area ▸ R ankle DF stiffness after the fracture; can't squat to the implant bins
            # ▸ knee-to-wall R 4 cm → 8 cm
            """,
            ["S82.891D"], [PT("97140", 11)], []),

        // NLMC Marisa (PTA) 97112 Individual (1:1); biodex stability as measure; passes.
        ["vord-h163-nlmc-pta-biodex-stability"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER
            TREATMENT NOTE · Pt: Orville Tuttle · Clinician: Marisa Pelletier, PTA
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: Individual (1:1)
            Treatment: weight shifts to targets on the Biodex, foam stance with head turns, step-and-stick onto foam
            Impairment: sway and a slow ankle strategy after the fall on the boat landing
            ▶ Imported device report — Biodex Balance SD
            Overall stability index 2.8 | fall-risk index 3.1
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // HDNR Sol OT 97530 with "97530 [ 19 ] min"; standing tasks; counts: passes.
        ["vord-h163-hdnr-ot-97530-canning-line"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Sol Márquez, OTR/L | Pt: Trina Obst (brewery canning-line worker)
            97530 [ 19 ] min
            What I did: lifting a 15 lb case from the floor to the table, placing cans on the conveyor mock-up standing, reaching to the top shelf for lids
            Why: L hand coordination and standing balance after the R stroke
            Device paste: none today
            Result: 5 cases lifted SBA; 20 cans placed with the L
            """,
            ["I69.354"], [OT("97530", 19)], []),

        // SPL Jordan 97112 "☑ 1:1"; landing perturbations; force plate TTS: passes.
        ["vord-h163-spl-landing-perturbations"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Cody Brandvold (age 24, rugby flanker) · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 22 min
            Attendance: ☑ 1:1 ☐ semi-private
            Work: single-leg landings to a stick with perturbations from the band, reactive side-steps to a called cue, BOSU squats with eyes closed
            Limiter: L ankle proprioception and a slow landing after the high ankle sprain
            DATA PASTE ▼
            Time to stabilisation L 1.61 s | R 1.02 s
            """,
            ["S93.432D"], [PT("97112", 22)], []),

        // LCPT Mirela OT 97530 goal tracker; carrying feed buckets; counts: passes.
        ["vord-h163-lcpt-ot-97530-feed-buckets"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER
            Pt: Hilda Kreikemeier · M. Hrabik, OTR/L
            Functional goal: carry the feed bucket to the hens without setting it down [status: progressing]
            Codes/min: 97530 = 17
            Interventions: carrying a 10 lb bucket 40 ft and back, scooping feed standing, opening the gate latch with the R
            Impairment: R shoulder weakness and standing balance after the fall in the henhouse
            Progress measure: 4 carries without setting it down
            """,
            ["M62.81"], [OT("97530", 17)], []),

        // ORPT Hallie 97112 1:1 (Y/N): Y; perturbations; late step; Berg; grid 24 matches: passes.
        ["vord-h163-orpt-nmr-church-bell"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 11/16/2026
            Delivery: one-on-one
            1:1 (Y/N): Y
            Interventions: step-and-stick onto the foam, perturbations at the pelvis, tandem with head turns
            Clinical Findings: sway and a late step after the fall on the icy church steps
            Objective Measures: Berg 46/56; 6 of 10 perturbations held
            Billing Grid:  97112 | Neuromuscular re-education | 24 min
            Next appt: 11/23/2026
            H. Bjornstad, PT, DPT
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // BHBR Maren 97116 START/STOP; walker gait; distance and assist: passes.
        ["vord-h163-bhbr-97116-start-stop"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97116 GAIT TRAINING ▸ START 13:30 ■ STOP 13:46 = 16 MIN
            1:1 the whole time.
            Gait: rolling walker on the hallway and over the threshold ramp, cues for a longer L step and upright trunk.
            Impairment: short L step and L hip weakness after the hip replacement.
            Objective: 300 ft with the walker SBA; ramp CGA.
            Maren Thorsby, PT
            """,
            ["Z96.642"], [PT("97116", 16)], []),

        // CST Loretta 97112 with falls and orthostatics; 1:1: Y; Berg: passes.
        ["vord-h163-cst-nmr-feed-store"] = new(
            """
            CST GERI VISIT — Stillwater clinic          Loretta Haskins, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            97112 NMR — 22 min
            1:1: Y
            TX: foam stance with head turns, stepping over the feed sack to a stop, perturbations at the pelvis
            PROBLEM: sway and a late step turning at the feed-store counter
            OBJECTIVE: Berg 45/56; 6 of 10 perturbations held
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // WRPT Kacey (PTA) 97112 with ticked attendance and a resolved CO query: passes.
        ["vord-h163-wrpt-pta-bathhouse-steps"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 11/16/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: rocker board eyes closed, step-and-stick onto foam, lateral pushes at the hips
            Why: R ankle proprioception after the slip on the bathhouse's wet steps
            Numbers: SLS R 8 sec; 7 of 10 pushes held
            [CO query: which foam? — Airex, per addendum KO 11/16] [CO: resolved LM]
            """,
            ["S93.401D"], [PTA("97112", 23)], []),

        // PTH Rhonda 97112 with "Present:" granddaughter; foam and perturbations; Berg: passes.
        ["vord-h163-pth-nmr-flea-market"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Rhonda Sizemore, PT
            Present: granddaughter, at the kitchen table
            97112 [ 23 ] min
            1:1 — I worked only with her; the granddaughter stayed at the table
            Tx: foam stance at the counter with head turns, stepping over the rug edge to a stop, perturbations at the pelvis
            Problem: sway and a late step; she trips on the flea-market tent stakes
            Assist/Dist: Berg 44/56; 6 of 10 perturbations held
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // OCM Rhonda 97110 clock range; doses; knee weakness: passes.
        ["vord-h163-ocm-97110-pecan-sheller"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Warner Robins (Watson Blvd)
            DAILY NOTE — post-TPE template rev. C
            Patient: Lottie Harrell | Rhonda Akins, PT, DPT | Precautions: none
            97110 Therapeutic Exercise | 2:00–2:13 pm
            Intervention and skilled rationale: step-ups on the 6 inch step 3x10, terminal knee extension with the green band 3x15, mini-squats at the rail 3x12, progressed by form
            Impairment addressed: R quad weakness; she can't rise from the pecan-sheller's stool.
            Objective measure: 5xSTS 14.6 sec.
            """,
            ["M62.81"], [PT("97110", 13)], []),

        // RSP Tomasz (PTA) 97112 range with prime; kilograms and age; SLS and perturbations: passes.
        ["vord-h163-rsp-pta-whale-watch-deck"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            T. Wierzbicki, PTA · 16.11.2026 · whale-watch deckhand, 46 y, 88 kg
            97112 NMR 14.05–14.27 (22') · 1:1
            Tx: perturbations at the pelvis on the rocker board; foam stance with head turns; stepping over a coiled line to a stop.
            Problem: sway and a late step on a rolling deck after the R ankle sprain.
            Measures: SLS R 10 s; 7 of 10 perturbations held.
            """,
            ["S93.401D"], [PTA("97112", 22)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
