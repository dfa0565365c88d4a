using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-sixty-sixth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written on 2026-12-07 in the twenty-second session, blind, beside the hundred-and-sixty-fifth set. The set is one
/// Wednesday's notes (12/02/2026) drawn at random across all the clinics of the hundred-and-fiftieth to
/// hundred-and-sixty-fourth sets — no new styles and no new templates: new patients and new wording inside the
/// templates those sets already carry, at most five notes from any one clinic — about two thirds ordinary and
/// complete (68 of 107), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, a PT's and an OT's code on
/// one visit), by PTs, PTAs and OTs, from the employers of those sets, grouped here as they were there:
/// <list type="number">
/// <item>the appeal-ready, audited and compliance-reviewed practices: Touchet Valley Physical Therapy (TVPT: Walla
/// Walla, Waitsburg and Dayton; "SERVICE:", "DELIVERY: One-on-one for the entire billed service? Y / N", "WHAT I DID AND
/// WHY:", "DEFICIT ADDRESSED:", "OBJECTIVE:", "NOTE TO REVIEWER:"); Llano Estacado Rehab &amp; Balance (LERB: Hereford,
/// Dumas and Friona; "AUTH #", "visit 9 of 12 authorized", "Attendance: [Select: …]", "Objective data for reviewer:",
/// "Minutes by CPT:"); Ocmulgee River Physical Therapy (OCM: the "post-TPE template rev. C" with a clock in–out on each
/// timed code's line and its attendance row); White River Physical Therapy &amp; Balance (WRPT: "Svc:", "What we
/// did:", "Why:", "Numbers:", Lorraine Meacham's "[CO query: …]" and addenda signed "KO"); Quoddy Bay Regional Hospital
/// (QBRH: "CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN", "DELIVERY: ☐ Individual ☐ Concurrent ☐ Group", "ATTENDANCE:",
/// "OUTCOME MEASURE: ____ SCORE: ____"); Imperial Valley Balance &amp; Physical Therapy under Ledgerline's audit (IVBPT:
/// "97112 — 22 min", "Deficit:", "{{CLEARED — KM}}", "{{REVIEW: …}}");</item>
/// <item>the goal-by-goal and migrated clinics: Malheur Bend (MBOG: "PRIMARY OUTCOME:", "STG … — PROGRESSING", "→ 97112
/// · 22 min · …", "▸ measured by:"); Blackberry Creek Hospital (BCH: "Goal #1 — …", "Treated with: 97112 (23 min) —
/// …", "How we know:", "Attendance:"); Logan Creek (LCPT: the "NNVC GOAL TRACKER", "Codes/min:", "Progress
/// measure:"); Oneota River (ORPT: Prairielight's "Delivery:", "1:1 (Y/N):", "Clinical Findings:", "Objective
/// Measures:" and the "Billing Grid" whose minute column defaults to 15); Sangre de Cristo Valley Hospital (SCVH:
/// Aspenline's "Supervision/Delivery:", "Target impairment:", "None identified (default)", "Timed Codes:"); Pocomoke
/// Sound (PSTG: TidePoint's "Mode of delivery: ☐ 1:1 ☐ Group ☐ Co-treat", "Measurables:", a diagnosis carried over as
/// "#Error");</item>
/// <item>the Chicago gym and its neighbours: St. Casimir Lakeshore Hospital (SCLH: Dee Wachowski's "indiv. thruout",
/// "c̄", "↓", Nathaniel Osei-Bonsu's first person, Helga Lindqvist's "Timed code minutes:"); Lakeshore Motion PT (LMPT:
/// "Code: 97112 | Min: 22 | Attendance: ( ) 1:1 (x) concurrent ( ) group", "Tx:", "Why:", "#s:"); NorthPier Per Diem
/// (NPD: Bogdan Petrescu's late entries);</item>
/// <item>the four practices and the minimal, dense and padded writers: Petit Caillou (PCPT: "Code 97112 Neuro re-ed
/// ........ 23 min", "Did:", "For:", "Numbers:", Jules Guidry's "cher" and "de", the clinic's "Bayou Balance" levels);
/// Harbor Light (HLPT: S:/O:/A:/P:, "Billed: 97112 (22 min)", "Berg ____"); Lakeside Macomb Hospital (LMH: "Timed
/// Procedures", "97112 Neuromuscular Re-ed: 23 Minutes", "***"); Little Colorado River Therapy (LCRT: "Svc: … | Time: …
/// | 1:1: Y"); JointWorks (JWO: "97112 ▸ 22m", "1:1 ▸ ☐ Y ☐ N", "Tx ▸", "Area ▸", "# ▸", "Total timed ▸", the
/// "StableStart" cards); Rawhide (RPT: Merle Vankirk's one dense line); Sheboygan Harbor Medical Center (SHMC: "ALL
/// SECTIONS REQUIRED", "CHARGES / TIMED SERVICES", "DELIVERY MODE", the "IMPAIRMENTS ADDRESSED" row of boxes);</item>
/// <item>the week-to-week clinics: Rosario Strait Physiotherapy (RSP: "02.12.2026", "97112 NMR 10.00–10.23 (23') ·
/// 1:1", kilograms and centimetres); Big Horn Basin Regional Hospital (BHBR: "▸ START ■ STOP … = 22 MIN"); Porchlight
/// Therapy at Home (PTH: "Visit at:", "Present:", "97116 [ 18 ] min", "Assist/Dist:"); Southern Tier Balance and Falls
/// (STBF: "What we worked on / Why / How she did / Time"); St. Columba Memorial Hospital (SCMH: "EPISODE A: … ICD-10:",
/// "Timed: 97112 ▸ 23 min", "Measures (Last | Today):"); Cimarron Senior Therapy (CST: "CST GERI VISIT", falls,
/// near-falls, orthostatics, "1:1: Y"); Caney Fork (CFPT: OfficeMate PM capitals, "CPT 97112 X 24 MIN", "1ON1 FLAG:
/// Y"); Saguaro Home Therapy (SHT: TxtChart stamps, "97112 22m");</item>
/// <item>the device clinics: Sawtooth Performance Lab (SPL: "SESSION REPORT · Athlete:", "BLOCK A · 97112 NMR · 23
/// min", "Work:", "Limiter:", "DATA PASTE ▼"); Northwoods Lakes Medical Center's Balance Center (NLMC: "Service: 97112
/// Neuromuscular reeducation — 24 minutes", "Attendance:", "▶ Imported device report"); High Desert NeuroRecovery
/// (HDNR: "97112 neuro re-ed: 22 min | 1:1", "97530 [ __ ] min", "What I did:", "Why:", "Device paste:");</item>
/// <item>the intensive programmes: Minnesota River Children's Hospital's Intensive Therapy Program (MRCH ITP: "ITP
/// SESSION NOTE", "Session: ☒ AM ☐ PM", "This session only: 97112 · 23 min", "Ratio: ☒ 1:1 ☐ 1:2 ☐ group",
/// "Targets:", "Activities:", "Data:"); Chattahoochee Valley University's Neuro-Recovery Intensive (CVU NRI: "NRI BLOCK
/// NOTE", "Billed this block: 97116 (24 min)", "Delivery: [X] Individual [ ] Dyad [ ] Group"); Red Butte Vestibular
/// &amp; Concussion Clinic (RBVC: "Sess A ▸ 97112 ▸ 22 min", "Tx: ☒ gaze stab ☒ habituation ☐ OKN");</item>
/// <item>the employers of the hundred-and-sixty-fourth set: Wexford Commons Orthopaedic PT (WCOPT: Brett Szalai's "Visit
/// n of 12 | …" header and "97110 Therapeutic exercise — 24 min:" lines, Jill Ostrowicz-Penn's "Billed: 97140 (12 min)
/// / 97110 (24 min)"); Benedictine Coulee Medical Center (BCMC: Teodora Vance's bracketed headings "97112
/// NEUROMUSCULAR RE-EDUCATION [24 min]", Jonah Brightwater's bullets and LSVT BIG, Lise Aamodt's "FOLLOW-UP #n" and
/// "Seen individually"); Dismal River Community Hospital (DRCH: "OP PT Daily Note — Rx #n", "Seen by: D. Vrbka PT",
/// "Time: 97110 = 23 min; 97116 = 15 min").</item>
/// </list>
/// The patients are new: a pea-harvest combine driver, a Friona feed-yard cowboy, a Fort Valley pecan sheller, a Calais
/// customs officer at the border booth, a Brawley sugar-beet harvester, a Vale ditch rider, a Matewan coal-museum
/// guide, a Pender seed-corn dealer, a Cresco church-basement cook, a Monte Vista elk-camp outfitter, an Onancock
/// oyster shucker, a Thibodaux shrimp-boat deckhand, a Stonington lobster-pound tender, a Winslow motel keeper, a
/// Goshen RV-plant framer, a Lusk rodeo pickup man, a Sheboygan bratwurst-fry volunteer, a Friday Harbor kayak guide, a
/// Worland sugar-factory hand, a Galax fiddler, a gorge-trail hiker, an Ishpeming ski-jump volunteer, a Ponca City
/// quilter, a Smithville Fiddlers' Jamboree cloggers' caller, an Oro Valley pickleballer, an Eagle whitewater kayaker, a
/// Crosby ice-fishing guide, a Mt. Bachelor ski patroller, a Mankato peewee hockey player, a Columbus man with a new
/// below-knee socket, a Sedona jeep-tour driver, a piano teacher after an ACL graft, a Tomah cranberry-harvest hand and
/// a Mullen haying hand; with a daughter translating Tagalog, a grandson holding the cane, a wife learning to guard, an
/// aide wiping the mats, a mother doing the moves, a husband on the caseload waiting in the lobby, a wife on a video
/// call, and the other patients (Mr. Baez on the other foam pad, Mr. Cagle on the bars, Mr. Ruud on the second Biodex,
/// Mrs. Lumpkin at the stepping stations) who are.
/// Each note's DOC_* findings were judged by hand as a payer reviewer reading one visit at a time, applying the contract
/// to what the note says: a blank, an unticked box, "***", "—", "see eval", "same as last week", "to be scored next
/// visit", "deferred" and a default "None identified" state nothing; a filled field states what it says even beside an
/// unanswered one:
/// <list type="bullet">
/// <item>class 1 (v1-h166-…): one-on-one in these writers' own words ("(CPT 97112): 23 minutes, provided one-on-one;
/// her daughter sat in to translate Tagalog", "[X] one-on-one — his grandson held the cane", "One-on-one for the entire
/// billed service? Y — his wife practised guarding beside me", "1ON1 FLAG: Y — AIDE WIPING THE MATS", "Ratio: ☒ 1:1 —
/// Mom did the moves on the next mat to learn them", "1:1, just me + Mr. Ochoa, his wife on a video call", "Seen
/// individually — her husband, also on my caseload, waited in the lobby for his own visit"), notes that negate it
/// ("(x) concurrent — Mr. Baez on the other foam pad", "[X] concurrent — KO had Mr. Cagle on the bars the whole block
/// too", "[X] Concurrent — Mr. Ruud on the second Biodex", "[X] Dyad — paired with Mrs. Lumpkin") or never state it
/// (Rawhide's dense line), and a PTA's 97110 beside two patients on the bikes, which has no one-on-one check;</item>
/// <item>class 2 (v2-h166-…): TidePoint's row with nothing ticked, Quoddy Bay's unticked delivery row beside a typed
/// "ATTENDANCE: one-on-one", Prairielight's blank "1:1 (Y/N):", Lakeside Macomb's "Problem: ***", Harbor Light's "Berg
/// ____", Aspenline's "None identified (default)", JointWorks' "1:1 ▸ ☐ Y ☐ N", the auth-ready attendance prompt
/// answered, High Desert's OT "97530 [ __ ] min" beside a PT's 97112 with its minutes, St. Columba's empty
/// "Interventions:", and Sheboygan's impairment row with no box ticked;</item>
/// <item>class 3 (v3-h166-…): named programmes and methods as techniques (gaze stabilisation X1 and habituation ticked
/// and described, LSVT BIG, Otago level C, blood-flow-restriction knee extensions with their dose, McKenzie repeated
/// extension, Maitland grade III posterior-anterior glides, Balance Master rhythmic weight shift with visual
/// biofeedback, constraint-induced movement therapy with shaping, a StableStart card with its drills written out, PNF
/// D2 patterns with the findings field blank) and a "Bayou Balance level 4" as the only technique;</item>
/// <item>class 4 (v4-h166-…): deficits stated as findings (feet that can't feel the rug's edge, a floor that tilts on a
/// head turn, a foot that catches in the canal-bank ruts, a short right stance after a hip fracture) and notes that
/// state none ("Why: same as last week", "Impairment: —", "IMPAIRMENT: within functional limits", "Impairment: see
/// eval");</item>
/// <item>class 5 (v5-h166-…): measures in every usual form (functional reach in centimetres, feet and an assistance
/// level for 97116, time to stabilisation from a force plate, FGA and five-times-sit-to-stand, a feed sack's pounds and
/// repetitions for 97530, GAITRite velocity) and notes with none ("steadier than Monday, fewer grabs", "Progress
/// measure: to be scored next visit", "Objective measure: deferred", an empty "#s:");</item>
/// <item>class 6 (v6-h166-…): minutes in these templates' forms (two "Timed:" rows, two dotted clock ranges, "Minutes
/// by CPT:", the Billing Grid, clock in–out on each code's line, "Billed: 97140 (12 min) / 97110 (24 min)", "Time: 97110 =
/// 23 min; 97116 = 15 min", two START/STOP rows, bracketed headings) and true mismatches (14 against 26 by CPT, the
/// grid's default 15 on a 27-minute line, 15 against 27 on the Dismal River time line, a texted "32m" on a 22-minute
/// line, a heading of 33 on a 22-minute line) and truly missing separate time (JointWorks' blank minute fields beside
/// "Total timed ▸ 36m", Porchlight's second minute box left empty);</item>
/// <item>class 7 (v7-h166-…): empty notes (DOC_NOTE_MISSING on each profiled line, and the diagnosis check: an empty
/// two-code Sheboygan note, a Cimarron note of spaces with no diagnosis), the contract's meanings for 97110 (mini
/// squats, step-ups and terminal knee extension after a total knee), 97530 (floor to stand and a water bucket carried to
/// the stock tank), 97140 (soft-tissue mobilisation and posterior-anterior glides at the low back) and 97116 (a new
/// below-knee socket from the bars to a walker to the ramp), and wholly generic notes: Imperial Valley's "balance
/// training, tolerated well", Lakeside Macomb's "ther ex and balance ex per POC" on two codes with their minutes, and a
/// per-diem late entry of "coordination exercises";</item>
/// <item>ordinary (vord-h166-…): complete notes of every clinic that a reviewer passes (the false-positive guard), and
/// the ordinary weak ones: a complete note with no diagnosis, a diagnosis carried over as "#Error" and a
/// diagnosis typed with its dot in the wrong place ("R2.681").</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — daughters, grandsons, wives,
/// husbands, aides, interpreters and mothers (none of them a patient; Mr. Baez, Mr. Cagle, Mr. Ruud and Mrs. Lumpkin
/// are), dates of service, ages, visit and authorisation counts, step and box heights in inches and
/// centimetres, loads in pounds and kilograms, band colours, distances in feet, gait speeds, seconds, degrees,
/// newtons, cuff pressures, hertz, scores and counts of trials — and each is written so that a reviewer cannot take it
/// for a billed code's minutes; a code's minutes are written next to the code, in its block's heading, in a minute box
/// or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the
/// one that gives the visit a total ("Total timed ▸ 36m"); notes failed for want of a measure carry no number but
/// their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure
/// at all. A 97112 passes the measure check only on an objective measure with a number and fails it only when the
/// note has no number but its code, its minutes and numbers that are plainly something else; for the other codes a
/// dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed
/// minutes: a family member, caregiver, interpreter or staff member in the room does not undo a one-on-one statement,
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
/// This set also leaves out what its mix of clinics could honestly be read either way: a compliance officer's or
/// auditor's query left open against the clinician's own statement, a late addendum that changes a one-on-one
/// statement for part of the block, last visit's number as the only figure in a "Last | Today" row, a device report's
/// session timer as the only number beside a 97112, a branded programme's level named beside a technique only its
/// card describes, and a box row whose label names an impairment ("☐ balance") with the clinician's finding typed
/// nowhere else but a ticked box.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 106 of 107 cases agree (105 needed), and none of the 68 notes the reviewer passes got a finding, on the analyzer of 761c33f (the 2026-12-07 twenty-second session after the hundred-and-fifty-sixth to hundred-and-sixty-fourth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, ed4cfb9): 106 of 107, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSixtySixthTests(ITestOutputHelper output)
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

        // SCLH Nathaniel's first person: "(CPT 97112): 23 minutes, provided one-on-one; her daughter sat in to translate Tagalog"; rhythmic stabilization, step-and-stick, pushes; late step and sway; Berg and pushes: passes.
        ["v1-h166-sclh-osei-bonsu-daughter-translating"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            Wed 12/02/2026 · N. Osei-Bonsu, PT
            I provided neuromuscular re-education (CPT 97112): 23 minutes, provided one-on-one; her daughter sat in to translate Tagalog.
            I worked on rhythmic stabilization in standing, step-and-stick onto the Airex with the L leading, and pushes at the pelvis to draw out a stepping reaction.
            She has a late protective step and sways forward when the bus pulls away from the curb; she fell on the CTA platform in October.
            Berg 45/56 today; she caught 6 of 10 pushes with a single step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // LMPT "( ) 1:1 (x) concurrent ( ) group — Mr. Baez on the other foam pad": another patient treated in the block — one-on-one missing; content complete.
        ["v1-h166-lmpt-concurrent-mr-baez"] = new(
            """
            Lakeshore Motion PT — Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 22 | Attendance: ( ) 1:1 (x) concurrent ( ) group — Mr. Baez on the other foam pad
            Tx: single-leg stance on foam with ball tosses, lateral perturbations at the hips, hop-to-stick onto the Airex
            Why: L ankle proprioception after the second inversion sprain; she rolls it stepping off the curb on Archer
            #s: SLS L on foam 8 sec (R 21 sec); 5 of 8 hop-to-sticks held
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PCPT Annette: "[X] one-on-one — his grandson held de cane by de door"; tandem on foam, step-and-stick, pushes; late step on the shrimp-boat deck; Berg and pushes; dotted 23 matches: passes.
        ["v1-h166-pcpt-grandson-held-the-cane"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/02/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group — his grandson held the cane by the door
            Did: tandem walking on the foam lane, step-and-stick off the 6 inch step, pushes at the hips front and back
            For: late stepping reaction and sway; the deckhand went down on the shrimp boat when it rolled in the wake
            Numbers: Berg 47/56; 7 of 10 pushes caught with one step
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // WRPT KO's note "[ ] 1:1 [X] concurrent — I had Mr. Cagle on the bars the whole block too": another patient — one-on-one missing; content complete; CO resolved.
        ["v1-h166-wrpt-ko-mr-cagle-on-the-bars"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note 12/02/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — 22 min
            Attendance: [ ] 1:1 [X] concurrent [ ] group — I had Mr. Cagle on the bars the whole block too
            What we did: marching on the foam in the bars, tandem along the bar, lateral weight shifts to targets taped on the floor
            Why: numb feet from the neuropathy; she can't feel the henhouse floor and sways when she bends for eggs
            Numbers: tandem 6 sec; mCTSIB foam eyes closed 9 sec
            [CO: resolved LM]
            """,
            ["E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // TVPT "One-on-one for the entire billed service? Y — his wife practised guarding beside me": caregiver training does not undo it; gaze stabilization and perturbations; vestibular hypofunction; DGI: passes.
        ["v1-h166-tvpt-wife-practised-guarding"] = new(
            """
            Touchet Valley Physical Therapy — Waitsburg
            Celeste Vandergriff, PT, DPT
            SERVICE: 97112 Neuromuscular re-education — 24 min
            DELIVERY: One-on-one for the entire billed service? Y — his wife practised guarding beside me, gait belt in her hands
            WHAT I DID AND WHY: gaze stabilization X1 standing on foam, then walking with horizontal head turns and stopping on cue, because turning his head on the combine ladder makes him lurch.
            DEFICIT ADDRESSED: L vestibular hypofunction after neuritis.
            OBJECTIVE: DGI 17/24 (14 at eval); DVA lost 4 lines.
            NOTE TO REVIEWER: the wife's guarding is caregiver training for the home programme, not a second patient.
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // CFPT "1ON1 FLAG: Y — AIDE WIPING THE MATS": staff in the room does not undo it; content complete; 24 matches: passes.
        ["v1-h166-cfpt-aide-wiping-the-mats"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/02/26
            CPT 97112 X 24 MIN
            1ON1 FLAG: Y — AIDE WIPING THE MATS
            NOTE: ROCKER BOARD EYES CLOSED, STEP-AND-STICK ONTO FOAM, TURNS IN PLACE TO A STOP. IMP: ↓ PROPRIOCEPTION R ANKLE, ROLLS IT ON THE JAMBOREE STAGE STEPS. OBJ: SLS R 7 SEC, BERG 48/56.
            """,
            ["S93.401D"], [PT("97112", 24)], []),

        // RPT dense line with no word about attendance: one-on-one never stated — missing; technique, deficit and measure present.
        ["v1-h166-rpt-pickup-man-no-attendance"] = new(
            """
            Rawhide PT — M. Vankirk PT (Lusk): Cody Brandt, rodeo pickup man, 97112 22 min; foam stance w/ head turns, step-and-stick off the box, pushes at the hips; late step & sway since the wreck at the Douglas fair; Berg 46/56, 7 of 10 pushes held.
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // NLMC "[ ] Individual [X] Concurrent [ ] Group — Mr. Ruud on the second Biodex": another patient in the block — one-on-one missing; content complete.
        ["v1-h166-nlmc-concurrent-mr-ruud"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY
            TREATMENT NOTE · Pt: Duane Kivi · Clinician: Marisa Pelletier, PTA
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: [ ] Individual [X] Concurrent [ ] Group — Mr. Ruud on the second Biodex
            Treatment: weight shifts to targets on the Biodex with the platform at level 6, foam stance eyes closed, stepping over the rope to a stop
            Impairment: somatosensory loss in both feet; the ice-fishing guide can't feel the auger platform under him
            ▶ Imported device report — Biodex Balance SD
               Overall stability index 2.9 | Limits of stability score 41%
            """,
            ["E11.42"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // CVU "Delivery: [ ] Individual [X] Dyad [ ] Group — paired with Mrs. Lumpkin at the stepping stations": another patient — one-on-one missing; content complete.
        ["v1-h166-cvu-dyad-mrs-lumpkin"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: PBC · Day 3 of 10 · Block: AM (1 of 2)
            Billed this block: 97112 (23 min)
            Staff this block: Shondra Abernathy-Kyle, PTA
            Delivery: [ ] Individual [X] Dyad [ ] Group — paired with Mrs. Lumpkin at the stepping stations
            O: Reactive stepping to pulls from behind, big-amplitude step-and-reach to floor targets, turning in place to a stop on cue.
            Backward pull test: 2 steps to recover (3 on day 1). TUG 12.8 sec.
            A: Parkinson's disease with a retropulsive stepping response and freezing in turns.
            """,
            ["G20.A1"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // MRCH "Ratio: ☒ 1:1 — Mom did the moves on the next mat to learn them": a parent in the room does not undo it; content complete: passes.
        ["v1-h166-mrch-mom-did-the-moves"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Winter intensive, day 3 of 10
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 23 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group — Mom did the moves on the next mat to learn them
            Targets: vestibular and gaze instability after a concussion, age 11; he loses the puck when he turns his head skating
            Activities: X1 viewing on the foam in half-kneel, walking with head turns around the cones, ball catches on the wobble board
            Data: DVA lost 3 lines (5 on Monday); wobble board 14 sec
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // LERB PTA's 97110 "two other patients on the bikes beside her": 97110 has no one-on-one check; leg press, step-ups and bridges with doses; R quad weakness after a TKA; minutes by CPT 16 matches: passes.
        ["v1-h166-lerb-pta-97110-two-on-the-bikes"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dumas
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-21377 · visit 9 of 12 authorized
            Pt: Vera Gaskins · Yesenia Carrizales, PTA
            Attendance: two other patients on the bikes beside her
            Skilled interventions (with rationale): leg press 60 lb 3x12, step-ups to the 6 inch step 3x10, bridges 3x15, to build R quad and hip strength for the church-hall steps
            Functional deficit driving medical necessity: R quad weakness after the R TKA; she pulls on the rail to get up the three steps
            Objective data for reviewer: 5xSTS 15.8 sec
            Minutes by CPT: 97110 = 16
            """,
            ["Z96.651", "M62.81"], [PTA("97110", 16)], []),

        // SHT "1:1, just me + Mr. Ochoa, his wife on a video call from Tucson": a relative on a call does not undo it; content complete; 22m matches: passes.
        ["v1-h166-sht-wife-on-a-video-call"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Oro Valley
            [2:05p] 1:1, just me + Mr. Ochoa, his wife on a video call from Tucson
            [2:06p] 97112 22m: tandem along the hallway w/ head turns, foam cushion stance eyes closed, pushes at the hips
            [2:28p] problem: late step + sway, fell backing up on the pickleball court
            [2:29p] Berg 46/56, 6 of 10 pushes held
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // BCMC Lise "Seen individually — her husband, also on my caseload, waited in the lobby for his own visit": the other patient was not treated in the block; content complete: passes.
        ["v1-h166-bcmc-husband-waited-in-the-lobby"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (TOMAH)
            FOLLOW-UP #7 · Lise Aamodt, PT, DPT
            Seen individually — her husband, also on my caseload, waited in the lobby for his own visit.
            97112 (24 min): gaze stabilization X1 in standing, walking the skywalk with head turns and stopping on cue, foam stance eyes closed.
            Target: R vestibular hypofunction after neuritis; the cranberry-harvest hand sways watching the booms swing.
            Today's numbers: DGI 19/24; mCTSIB foam eyes closed 17 sec.
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // PSTG "Mode of delivery: ☐ 1:1 ☐ Group ☐ Co-treat" with nothing ticked: one-on-one missing; content complete.
        ["v2-h166-pstg-nothing-ticked"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 12/02/2026
            Mode of delivery: ☐ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: rocker board A/P eyes closed, step-and-stick onto the foam, perturbations in stride stance
            Impairments Addressed: R ankle proprioception; the oyster shucker's ankle gives on the wet shell pile
            Measurables: SLS R 8 sec; rocker A/P 11 sec
            97112 Neuromuscular Re-ed — 23 min
            D. Kellam, PT, DPT
            """,
            ["S93.401D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // QBRH delivery row unticked but "ATTENDANCE: one-on-one with me throughout" typed: the filled field states it; content complete: passes.
        ["v2-h166-qbrh-row-unticked-attendance-typed"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            ATTENDANCE: one-on-one with me throughout
            DELIVERY: ☐ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: foam stance with head turns, stepping to targets on cue, perturbations at the shoulders in tandem
            IMPAIRMENT: postural sway and a late step; the customs officer lurches turning from the booth window to the lane
            OUTCOME MEASURE: Berg  SCORE: 48/56
            Nora Cobb, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // ORPT "Delivery:" and "1:1 (Y/N):" both blank: one-on-one missing; content complete; grid 24 matches.
        ["v2-h166-orpt-delivery-and-yn-blank"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 12/02/2026
            Delivery:
            1:1 (Y/N):
            Interventions: tandem on the foam beam, stepping over the hose to a stop, perturbations at the pelvis
            Clinical Findings: sway and a slow ankle strategy; the church-basement cook catches herself on the stove
            Objective Measures: Berg 46/56; tandem on foam 7 sec
            Billing Grid:  97112 | Neuromuscular re-education | 24 min
            H. Bjornstad, PT, DPT
            """,
            ["R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // LMH "Problem: ***" (the wildcard nobody typed over) and no other deficit: deficit missing; the rest present.
        ["v2-h166-lmh-problem-wildcard"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (ROSEVILLE)
            Timed Procedures
            97112 Neuromuscular Re-ed: 23 Minutes
            Delivery: individual, one-on-one
            NMR: step-and-stick onto foam, rocker board eyes closed, perturbations in stride stance.
            Problem: ***
            Objective: SLS L 9 sec; Berg 49/56.
            Dariusz Nowicki, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // HLPT "Berg ____" left blank and no other number: measure missing; the rest present.
        ["v2-h166-hlpt-berg-blank"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            Caleb Eaton, PTA · 12/02/2026
            S: Feels the pound float move under him more than he used to.
            O: ☒ 1:1 ☐ group
            Rocker board eyes closed, foam stance with head turns, step-and-stick onto the Airex.
            Slow ankle strategy and sway on moving surfaces; R ankle proprioception.
            Berg ____
            A: Steadier on the rocker.
            P: Continue.
            Billed: 97112 (22 min)
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // SCVH "Target impairment: None identified (default)" and nothing else naming a deficit: deficit missing; the rest present.
        ["v2-h166-scvh-none-identified-default"] = new(
            """
            Sangre de Cristo Valley Hospital — Outpatient Therapy (Del Norte)    Aspenline Clinical · Therapy Flowsheet
            Supervision/Delivery: one-on-one
            Intervention: foam stance eyes closed, tandem walking with head turns, stepping over the log laid on the floor to a stop
            Target impairment: None identified (default)
            Outcome: Berg 47/56; tandem 12 sec
            Timed Codes: 97112 Neuromuscular re-education — 22 min
            Gideon Trujillo, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // JWO "1:1 ▸ ☐ Y ☐ N" with neither ticked: one-on-one missing; content complete.
        ["v2-h166-jwo-toggle-unticked"] = new(
            """
            JointWorks QuickNote · Goshen · D. Yoder PT
            97112 ▸ 22m
            1:1 ▸ ☐ Y ☐ N
            Tx ▸ rocker board eyes closed, step-and-stick onto foam, perturbations at the hips
            Area ▸ R ankle proprioception; the RV-plant framer rolls it on the ladder rungs
            # ▸ SLS R 10 s; rocker 12 s
            """,
            ["S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // LERB "Attendance: [Selected: 1:1]" answered; tandem, foam head turns, pushes; sensory loss; Berg and pushes; minutes by CPT 23 matches: passes.
        ["v2-h166-lerb-attendance-answered"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Mesa Gold Medicare Advantage PPO · AUTH # MG-26-12044 · visit 4 of 12 authorized
            Pt: Ray Dean Pool · Wendell Graf, PT, DPT
            Attendance: [Selected: 1:1]
            Skilled interventions (with rationale): foam stance with head turns and tandem on the foam beam to train him to use his eyes and hips when his feet can't tell him; pushes at the pelvis for a stepping reaction
            Functional deficit driving medical necessity: numb feet and a late step; the feed-yard cowboy falls getting off his horse in the pens
            Objective data for reviewer: Berg 44/56; 5 of 10 pushes caught with one step
            Minutes by CPT: 97112 = 23
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // HDNR PT's 97112 with its minutes and the OT's "97530 [ __ ] min" left blank on the same visit: separate time missing; content complete for both.
        ["v2-h166-hdnr-ot-minute-box-blank"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Priya Venkataraman, PT, DPT & Sol Márquez, OTR/L | Pt: Gale Hendry (ski patroller, Mt. Bachelor)
            97112 neuro re-ed: 22 min | 1:1
            What I did (PT): treadmill perturbations on the BalanceTutor, lateral then backward, with stepping responses; foam stance with head turns
            Why: late stepping reaction to the L after the R MCA stroke
            Device paste: [BalanceTutor] Level 3 | Perturbations delivered 28 | Stepping responses 21
            97530 [ __ ] min
            What I did (OT): carrying a loaded tray across the room, reaching to the top shelf for the pot while standing, folding towels at the counter
            Why: L hand and arm use and standing balance for household tasks
            Data: 4 tray carries with stand-by assist; reach to the 60 inch shelf 3 of 5
            """,
            ["I69.354"], [PT("97112", 22), OT("97530", 18)], [SepTime]),

        // SCMH "Interventions:" left empty and no technique anywhere else: technique missing; one-on-one, deficit and measures present.
        ["v2-h166-scmh-interventions-empty"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Arvo Heikkinen
            EPISODE A: unsteadiness on feet    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions:
            Impairment: sway and a late step; the ski-jump volunteer can't keep his feet on the packed-snow stairs
            Measures (Last | Today): Berg 45 | 47; TUG 13.1 | 12.2 sec
            Completed by: Rosalind Kivela, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Tech, "97112")]),

        // SHMC "IMPAIRMENTS ADDRESSED: ☐ balance ☐ coordination ☐ sensation ☐ strength" with no box ticked and no finding typed: deficit missing; the rest present.
        ["v2-h166-shmc-impairment-row-unticked"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            Identity verified with two identifiers: yes. Allergies reviewed: none known. Precautions: fall risk.
            Interpreter: not needed.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: [X] Individual [ ] Group
            INTERVENTIONS: rhythmic stabilization in half-kneeling, stepping to floor targets on cue, perturbations at the shoulders in standing.
            IMPAIRMENTS ADDRESSED: ☐ balance ☐ coordination ☐ sensation ☐ strength
            OUTCOME MEASURES: Mini-BESTest 18/28.
            ATTESTATION: I personally furnished the services above. — Kayla Nienhuis, PTA
            """,
            ["I69.393"], [PTA("97112", 24)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // RBVC "Tx: ☒ gaze stab ☒ habituation ☐ OKN" ticked and described (X1 at 2 Hz on foam, habituation turns); L vestibular hypofunction; DVA and FGA; 22 matches: passes.
        ["v3-h166-rbvc-gaze-stab-and-habituation"] = new(
            """
            RBVC Sedona — Intensive Week — Wed
            Sess A ▸ 97112 ▸ 22 min
            Provider this session: Graydon Pike, PT, ATC — 1:1
            Tx: ☒ gaze stab ☒ habituation ☐ OKN
            X1 at 2 Hz standing on foam, horizontal then vertical; habituation: quick pivots in place to the L x5, rest, repeat
            Problem: L vestibular hypofunction; red rocks swim when the jeep-tour driver turns to talk to the back seat
            DVA lost 3 lines (5 Mon); FGA 21/30
            Between sessions: lunch, screen-free
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // BCMC Jonah's LSVT BIG: maximal-amplitude stepping and reaching, big turns; Parkinson's with small steps and freezing in doorways; TUG and 360° turn steps; 24 matches: passes.
        ["v3-h166-bcmc-lsvt-big"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Jonah Brightwater, PT, DPT (LSVT BIG certified) · 12/02/2026
            • Delivery: one-on-one, the whole block
            • 97112 — 24 min — LSVT BIG: maximal daily exercises, big forward and sideways stepping with reach, big turns to a stop on cue
            • Targets: Parkinson's hypokinesia; small shuffling steps and freezing in the church doorway
            • Numbers: TUG 11.9 sec; 360° turn in 6 steps (9 on 11/04)
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // PCPT Jules (PTA): "Did: Bayou Balance level 4" as the only technique: technique missing; one-on-one, deficit and measure present.
        ["v3-h166-pcpt-bayou-balance-level-only"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/02/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group — jus' me an' her, cher
            Did: Bayou Balance level 4
            For: she sway an' can't feel her feet on de church-hall floor wit' de neuropathy
            Numbers: Berg 44/56; tandem 5 sec
            """,
            ["E11.42"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // SPL 97110 blood-flow-restriction knee extensions with their dose, split squats with load; R quad weakness after ACL; dynamometer newtons; 16 matches: passes.
        ["v3-h166-spl-bfr-kayaker"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Kenzie Lund (age 24, whitewater kayaker) · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97110 Ther ex · 16 min
            Attendance: 1:1
            Work: BFR knee extensions 30/15/15/15 at 80% LOP, Spanish squats 3x10 with the blue band, step-downs off the 8 inch box 3x8
            Limiter: R quad weakness after the ACL reconstruction; she can't drive off the R to seal-launch
            DATA PASTE ▼
            LOP R 205 mmHg | working 164 mmHg
            Knee ext R 298 N | L 377 N (LSI 79%)
            """,
            ["S83.511D"], [PT("97110", 16)], []),

        // LCRT 97110 McKenzie repeated extension in lying, press-ups with a count, standing back bends; lumbar derangement with L leg symptoms; "Time: 13 minutes" on the service line matches: passes.
        ["v3-h166-lcrt-mckenzie-repeated-extension"] = new(
            """
            Little Colorado River Therapy — Winslow
            Svc: TE 97110 | Time: 13 minutes | 1:1: Y
            Activity: McKenzie repeated extension in lying 3x10, prone press-ups with sag 2x10, standing back bends every hour at the desk
            Problem: lumbar derangement with L buttock pain; the motel keeper can't bend to strip the beds
            Measure: L leg symptoms centralized after the second set; standing flexion fingertips to 12 inches from the floor
            Loretta Begay, PT, DPT
            """,
            ["M54.16"], [PT("97110", 13)], []),

        // HLPT 97140 Maitland grade III posterior-anterior glides L4-5 and soft-tissue mobilisation; lumbar hypomobility; extension degrees; 12 matches: passes.
        ["v3-h166-hlpt-maitland-glides"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            Peg Sargent, PT, DPT · 12/02/2026
            S: Back stiff after a day hauling crates at the lobster pound.
            O: Maitland grade III posterior-anterior glides L4 and L5, 3 bouts of 30 sec; soft-tissue mobilisation to the L lumbar paraspinals.
            Lumbar extension hypomobility at L4-5 with L paraspinal guarding.
            Standing extension 10° → 20° after.
            A: Better extension.
            P: Continue manual, add prone press-ups at home.
            Billed: 97140 (12 min)
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // CST 97110 Otago Exercise Programme level C with its doses (ankle weights, sit-to-stands, heel raises); hip and ankle weakness after a fall; 5xSTS; 15 matches: passes.
        ["v3-h166-cst-otago-level-c"] = new(
            """
            CST GERI VISIT — Ponca City (Prairie Rose Assisted Living)          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: 1 (quilt frame)
            ORTHOSTATICS lying → standing: negative
            97110 THER EX — 15 min
            TX: Otago Exercise Programme level C: seated knee extension with 3 lb ankle weights 2x10, sit-to-stand without hands 2x10, heel raises at the counter 2x15, side hip raises 2x10
            PROBLEM: hip and ankle weakness after the fall at the quilt frame; she can't rise from the low chair without pushing
            OBJECTIVE: 5xSTS 17.4 sec
            """,
            ["M62.81", "Z91.81"], [PTA("97110", 15)], []),

        // NLMC Balance Master rhythmic weight shift with visual biofeedback and limits-of-stability training; sensory reweighting after the stroke; device numbers; 24 matches: passes.
        ["v3-h166-nlmc-rhythmic-weight-shift-biofeedback"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Lorraine Bakke · Clinician: Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: Individual (1:1)
            Treatment: rhythmic weight shift training with visual biofeedback on the Balance Master, side to side and front to back at slow and moderate speeds; limits-of-stability reaches to the eight targets
            Impairment: poor weight shift onto the R and a narrow limit of stability after the L MCA stroke; she won't lean to reach the ice-house shelf
            ▶ Imported device report — NeuroCom Balance Master
               LOS endpoint excursion 58% | Rhythmic weight shift directional control L/R 61%
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // MRCH OT 97530 constraint-induced movement therapy with shaping (mitt on the R, stacking and clipping with the L); L hemiplegic CP; counts; 21 matches: passes.
        ["v3-h166-mrch-cimt-shaping"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Winter intensive, day 3 of 10
            Treating therapist this session: Merritt Oyelaran, OTR/L
            This session only: 97530 · 21 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: L hand grasp and release with hemiplegic CP, age 6; he can't hold his mitten open with the L
            Activities: constraint-induced movement therapy with shaping, mitt on the R: stacking foam blocks, clipping clothespins to the card, pulling pop beads apart with the L
            Data: 9 clothespins clipped with the L (6 on Monday); 7 blocks stacked
            """,
            ["G80.2"], [OT("97530", 21)], []),

        // JWO "StableStart card 7" with its drills written out beside it (tandem on foam, perturbations, step-and-stick); R ankle; SLS; 21 matches: passes.
        ["v3-h166-jwo-stablestart-with-drills"] = new(
            """
            JointWorks QuickNote · Elkhart · K. Amstutz PT, DPT
            97112 ▸ 21m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ StableStart card 7: tandem on foam w/ head turns, perturbations at the hips, step-and-stick off the 6 in step
            Area ▸ R ankle proprioception; late ankle strategy on the factory mezzanine stairs
            # ▸ SLS R 12 s; 6/10 perturbations w/o a step
            """,
            ["S93.401D"], [PT("97112", 21)], []),

        // ORPT PNF D2 flexion patterns and rhythmic stabilization with "Clinical Findings:" left blank and nothing else naming a deficit: deficit missing; the rest present.
        ["v3-h166-orpt-pnf-findings-blank"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 12/02/2026
            Delivery: one-on-one
            1:1 (Y/N): Y
            Interventions: PNF D2 flexion and extension patterns of the L arm in sitting, rhythmic stabilization in tall kneeling
            Clinical Findings:
            Objective Measures: Berg 49/56; reach forward 9 inches
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            K. Tjernagel, PTA
            """,
            ["I69.354"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and none stated

        // CST "PROBLEM: feet numb, can't tell where the rug edge is": a deficit stated as a finding; foam, tandem, pushes; Berg; 1:1: Y; 23 matches: passes.
        ["v4-h166-cst-cant-tell-the-rug-edge"] = new(
            """
            CST GERI VISIT — Enid clinic          Bao Tran, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            97112 NMR — 23 min
            1:1: Y
            TX: foam stance eyes closed, tandem along the counter, pushes at the pelvis for a step
            PROBLEM: feet numb from the neuropathy, can't tell where the rug edge is and catches her toe on it
            OBJECTIVE: Berg 46/56; 6 of 10 pushes caught with one step
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // STBF "Why: same as last week" and no other deficit: deficit missing; the rest present.
        ["v4-h166-stbf-why-same-as-last-week"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            Naomi Castellucci, PT · Wednesday 12/02/2026
            What we worked on: rocker board A/P eyes closed, foam stance with head tilts, stepping up onto the foam to a stop. One-on-one the whole time.
            Why: same as last week.
            How she did: SLS R 9 sec; Berg 48/56.
            Time: 97112, 22 min.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // MBOG "Impairment: —" and the goal alone: deficit missing; technique, measure and one-on-one present.
        ["v4-h166-mbog-impairment-dash"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Lyle Otley · 12/02/2026 · Kenzie Pfleger, PTA
            PRIMARY OUTCOME: Berg 47/56
            STG 2: walk the ditch bank to the headgate without a stick — PROGRESSING
               → 97112 · 22 min · rocker board eyes closed, tandem on the foam beam, pushes at the hips
            Impairment: —
               ▸ measured by: tandem on foam 8 sec
            Delivery: 1:1
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // TVPT "DEFICIT ADDRESSED: the floor tilts when he turns his head": a deficit as a finding; habituation and gaze stabilization; DGI; 23 matches: passes.
        ["v4-h166-tvpt-floor-tilts-on-a-head-turn"] = new(
            """
            Touchet Valley Physical Therapy — Dayton
            Owen Takacs, PT
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: gaze stabilization X1 in standing, then habituation turns on foam, because turning to check the pea header makes the cab floor tilt under him.
            DEFICIT ADDRESSED: the floor tilts when he turns his head — R vestibular hypofunction, uncompensated.
            OBJECTIVE: DGI 18/24; foam stance eyes closed 12 sec.
            NOTE TO REVIEWER: each element required for this service is documented above.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // DRCH 97116 "Problem: short R stance after the hip fracture": the finding stated; gait with the walker to the cane, distances and assist; time line 18 matches: passes.
        ["v4-h166-drch-short-right-stance"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #9
            Seen by: D. Vrbka PT
            Time: 97116 = 18 min
            Treatment: gait training with the front-wheeled walker progressing to the single-point cane, heel strike on the R and equal step length cued, hallway and the ramp by the ER entrance
            Problem: short R stance and a Trendelenburg lurch after the R hip fracture; she can't walk from the car to church without the walker
            Objective: 200 ft with the cane, contact guard; ramp up and down with stand-by assist
            Plan: add the curb next visit.
            """,
            ["S72.001D"], [PT("97116", 18)], []),

        // QBRH "IMPAIRMENT: within functional limits" and no finding anywhere: deficit missing; the rest present.
        ["v4-h166-qbrh-impairment-wfl"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: step-and-stick onto foam, tandem walking with head turns, perturbations in stride stance
            IMPAIRMENT: within functional limits
            OUTCOME MEASURE: TUG  SCORE: 11.4 sec
            Lucienne Dufour, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // BHBR "Impairment: see eval" and nothing else: deficit missing; the rest present; START/STOP 22 matches.
        ["v4-h166-bhbr-impairment-see-eval"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 09:10 ■ STOP 09:32 = 22 MIN
            1:1 the whole time.
            NMR: foam stance with head turns, tandem on the beam, stepping to targets on the floor without looking down.
            Impairment: see eval.
            Objective: Berg 47/56; tandem 10 sec.
            Renata Villalobos, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // IVBPT "Deficit: R foot catches in the canal-bank ruts — drop foot after the peroneal palsy": a finding; stepping over ruts, perturbations; gait numbers; 23 matches; CLEARED: passes.
        ["v4-h166-ivbpt-foot-catches-in-the-ruts"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 12/02/2026    Rosalba Quezada, PT, DPT
            97112 — 23 min
            One-on-one.
            Stepping over ruts taped on the floor without looking down, perturbations in stride stance with the R forward, foam stance with head turns
            Deficit: R foot catches in the canal-bank ruts — drop foot and a late ankle strategy after the peroneal palsy
            Berg 49/56; 8 of 10 rut crossings without a catch
            {{CLEARED — KM}}
            """,
            ["G57.31"], [PT("97112", 23)], []),

        // WCOPT Brett's ACL note with the problem stated (R quad inhibition and a knee that buckles landing); 97110 with doses; 24 matches: passes.
        ["v4-h166-wcopt-knee-buckles-landing"] = new(
            """
            Visit 6 of 12 | Jurecko, Abby | DOS 12/02/2026 | Brett Szalai, PT, DPT, OCS
            Attendance: one-on-one w/ Brett
            97110 Therapeutic exercise — 24 min: quad sets with NMES cue 2x10, straight-leg raises 3x12, mini squats to 45° 3x15, step-ups to the 6 inch step 3x10
            Problem list: R quad inhibition 10 weeks after the ACL reconstruction; the knee buckles stepping off the piano bench
            Objective today: quad lag 5° (10° last week); knee flexion 118°
            A: Lag closing.
            P: Add lateral step-downs.
            """,
            ["S83.511D"], [PT("97110", 24)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and none

        // RSP functional reach in centimetres and SLS seconds; rocker, foam, perturbations; kayak guide; dotted clock range (23') matches: passes.
        ["v5-h166-rsp-reach-in-centimetres"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            J. Brenner, PT · 02.12.2026 · kayak guide, 44 y
            97112 NMR 10.00–10.23 (23') · 1:1 — nobody else in the room
            NMR: rocker board eyes closed, foam stance with head turns, perturbations in stride stance.
            Problem: L ankle proprioception after the slip on the wet launch ramp; sways getting in and out of the kayak.
            Measures: functional reach 26 cm (19 cm at IE); SLS L 11 s.
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // BHBR "Objective: steadier than Monday, fewer grabs" and no number but the code's: measure missing; the rest present.
        ["v5-h166-bhbr-steadier-than-monday"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 13:30 ■ STOP 13:53 = 23 MIN
            1:1 the whole time.
            NMR: rocker board eyes closed, step-and-stick onto foam, pushes at the pelvis.
            Impairment: late stepping reaction and sway; the sugar-factory hand stumbles on the beet-pile catwalk.
            Objective: steadier than Monday, fewer grabs at the rail.
            Maren Thorsby, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // PTH 97116 with distance and assistance ("Assist/Dist: 150 ft, CGA, rolling walker"); gait training on the porch ramp; short step and weak push-off; box 18 matches: passes.
        ["v5-h166-pth-97116-assist-and-distance"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Darnell Hash, PTA
            Present: wife, on the couch
            97116 [ 18 ] min
            Tx: gait training with the rolling walker through the house and down the porch ramp, cueing heel strike and a longer R step
            Problem: short R step and weak push-off after the L stroke; the fiddler can't get to the truck for the jam
            Assist/Dist: 150 ft, CGA, rolling walker; ramp x2 with min assist
            """,
            ["I69.351"], [PTA("97116", 18)], []),

        // LCPT "Progress measure: to be scored next visit" with no number but the code's: measure missing; the rest present.
        ["v5-h166-lcpt-to-be-scored-next-visit"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER
            Pt: Marvin Sindt · Arlo Wiechmann, PT
            Functional goal: climb into the seed-corn truck cab without hanging on the mirror [status: progressing]
            Codes/min: 97112 = 23
            Delivery: one-on-one
            Interventions: step-and-stick onto the foam, rocker board eyes closed, pushes at the hips in stride stance
            Impairment: late stepping reaction and poor ankle strategy after the fall off the truck step
            Progress measure: to be scored next visit
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // SPL DATA PASTE with force-plate time to stabilisation and a Y-balance composite; hop-to-stick, perturbations; R ankle; 23 matches: passes.
        ["v5-h166-spl-force-plate-tts"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (Bown Crossing)
            SESSION REPORT · Athlete: Reese Aldana (age 19, college rugby wing) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 23 min
            ☑ 1:1 ☐ semi-private
            Work: hop-to-stick onto the force plate, perturbations in single-leg stance, cutting to a stop on a visual cue
            Limiter: R ankle proprioception and slow landing control after the syndesmosis sprain
            DATA PASTE ▼
            Hawkin Dynamics — single-leg landing R: time to stabilisation 1.38 s (L 0.94 s)
            Y-balance composite R 88% | L 97%
            """,
            ["S93.431D"], [PT("97112", 23)], []),

        // OCM "Objective measure: deferred, patient fatigued" and no other number: measure missing; the rest present; clock range 22 matches.
        ["v5-h166-ocm-objective-deferred"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Lottie Hargrove | Terrence Bledsoe, PT | Precautions: fall risk
            97112 Neuromuscular Re-education | 10:15–10:37 am
            Constant attendance:
            [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: foam stance with head turns, stepping over the cane to a stop, perturbations at the pelvis to train her stepping reaction
            Impairment addressed: sway and a slow step after the fall in the pecan-shelling room
            Objective measure: deferred, patient fatigued
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // SCLH Dee's abbreviations with FGA and 5xSTS; perturb. on foam, tandem c̄ head turns; ↓ proprioc.; "Timed: NMR (97112) — 22 min": passes.
        ["v5-h166-sclh-dee-fga-and-5xsts"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            Wed 12/02/2026 · D. Wachowski, PT
            Timed: NMR (97112) — 22 min
            Delivery: Pt seen indiv. thruout
            Tx: perturb. at shoulders on foam, tandem c̄ head turns, step-and-stick onto Airex
            Impairment: ↓ proprioc. B feet c̄ neuropathy; LOB stepping off the Halsted bus
            Objective: FGA 19/30; 5xSTS 14.2 sec
            A/P: progressing, cont. POC
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // CFPT 97530 feed sack lifted to the tailgate with pounds and repetitions, floor to stand; hip and grip weakness; 19 matches: passes.
        ["v5-h166-cfpt-97530-feed-sack"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: DWAYNE KITTRELL PT     DOS 12/02/26
            CPT 97530 X 19 MIN
            NOTE: LIFTING A 25 LB FEED SACK FROM THE FLOOR TO A TAILGATE HEIGHT BOX 2X6, FLOOR TO STAND FROM HALF-KNEEL X5, CARRYING TWO 10 LB BUCKETS 100 FT. IMP: HIP AND TRUNK WEAKNESS AFTER THE LUMBAR FUSION, CAN'T FEED HIS CALVES. OBJ: FLOOR TO STAND WITHOUT HANDS 4 OF 5.
            """,
            ["Z98.1", "M62.81"], [PT("97530", 19)], []),

        // HDNR 97116 with GAITRite velocity and step length; treadmill with body-weight support then overground; L foot drop; 18 matches: passes.
        ["v5-h166-hdnr-gaitrite-velocity"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Eamon Gallagher, PT | Pt: Walt Renner (brewery canning line)
            97116 gait training: 18 min | 1:1
            What I did: body-weight-supported treadmill walking with cues for R heel strike, then overground on the GAITRite mat with the AFO
            Why: R foot drop and a short L step after the L MCA stroke; he trips on the canning-line floor mats
            Device paste:
              [GAITRite] velocity 71 cm/s | R step length 41 cm | double support 34%
            """,
            ["I69.371"], [PT("97116", 18)], []),

        // LMPT "#s:" left empty and no other number: measure missing; the rest present.
        ["v5-h166-lmpt-hashes-empty"] = new(
            """
            Lakeshore Motion PT — Visit form (T. Kowalczyk, PTA)
            Code: 97112 | Min: 23 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: foam stance with head turns, tandem along the mirror, pushes at the hips for a step
            Why: sway and a late step after the fall on the el stairs at Ashland
            #s:
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, missing separate time

        // SCMH two "Timed:" rows (97112 ▸ 23, 97110 ▸ 12), both sections complete: passes.
        ["v6-h166-scmh-two-timed-rows"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Sulo Maki
            EPISODE A: unsteadiness on feet    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Timed: 97110 ▸ 12 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: NMR — rocker board A/P eyes closed, step-and-stick onto foam, perturbations in stride stance. TE — sit-to-stands 3x10, heel raises 3x15, side-stepping with the green band 3 laps.
            Impairment: sway and a late step on the church ramp; hip and calf weakness
            Measures (Last | Today): Berg 46 | 48; SLS R 7 | 9 sec
            Completed by: Gabe Niemi, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // RSP two dotted clock ranges, each on its code's line (23' and 12'): passes.
        ["v6-h166-rsp-two-clock-ranges"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 02.12.2026 · refinery pipefitter, 61 y
            97112 NMR 14.00–14.23 (23') · 1:1 — rocker board eyes closed, step-and-stick onto foam, pushes at the pelvis
            97110 TE 14.23–14.35 (12') · step-ups 3x10 on the 20 cm step, goblet squats 3x10 with 8 kg, calf raises 3x15
            Problem: L ankle proprioception and calf and quad weakness after the fall from the scaffold ladder.
            Measures: SLS L 8 s; Berg 50/56.
            """,
            ["S93.402D", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // LERB "Minutes by CPT: 97112 = 24 | 97116 = 14" on a 26-minute 97116 line: mismatch on 97116 (12 apart); content complete.
        ["v6-h166-lerb-minutes-by-cpt-mismatch"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Mesa Gold Medicare Advantage PPO · AUTH # MG-26-12210 · visit 7 of 12 authorized
            Pt: Eusebio Carranza · Dale Hobart, PT
            Attendance: 1:1 for both codes
            Skilled interventions (with rationale): NMR — pushes at the pelvis, foam stance with head turns, tandem on the beam, to rebuild his stepping reaction; gait — walking the parking-lot curb and gravel with the cane, cueing a longer L step
            Functional deficit driving medical necessity: late step and sway after the L stroke; short L step and foot drag on gravel
            Objective data for reviewer: Berg 45/56; 300 ft on gravel with the cane, stand-by assist
            Minutes by CPT: 97112 = 24 | 97116 = 14
            """,
            ["I69.354"], [PT("97112", 24), PT("97116", 26)], [At(Mismatch, "97116")]),

        // ORPT Billing Grid's default "15 min" left on a 27-minute 97112 line: mismatch (12 apart); content complete.
        ["v6-h166-orpt-grid-default-15"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 12/02/2026
            Delivery: one-on-one
            1:1 (Y/N): Y
            Interventions: foam stance with head turns, tandem on the beam, perturbations at the pelvis, stepping over the cord to a stop
            Clinical Findings: sway and a late step; the retired creamery hand stumbles on the Water Street curb
            Objective Measures: Berg 47/56; tandem 11 sec
            Billing Grid:  97112 | Neuromuscular re-education | 15 min
            O. Reyes, PT
            """,
            ["R26.81"], [PT("97112", 27)], [At(Mismatch, "97112")]),

        // OCM clock in–out on each code's own line (97112 9:00–9:23, 97140 9:23–9:35), both complete: passes.
        ["v6-h166-ocm-clock-on-each-line"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Warner Robins
            DAILY NOTE — post-TPE template rev. C
            Patient: Dorsey Wimberly | Rhonda Akins, PT, DPT | Precautions: none
            97112 Neuromuscular Re-education | 9:00–9:23 am
            97140 Manual Therapy | 9:23–9:35 am
            Constant attendance:
            [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: NMR — rocker board eyes closed, step-and-stick onto foam, to retrain his ankle strategy. Manual — talocrural posterior glides grade III and soft-tissue mobilisation to the R calf for dorsiflexion.
            Impairment addressed: R ankle proprioception and dorsiflexion stiffness after the sprain on the hangar stairs.
            Objective measure: SLS R 9 sec; dorsiflexion R 6° → 11°.
            """,
            ["S93.401D"], [PT("97112", 23), PT("97140", 12)], []),

        // WCOPT Jill's "Billed: 97140 (12 min) / 97110 (24 min)", both complete: passes.
        ["v6-h166-wcopt-billed-two-codes"] = new(
            """
            Wexford Commons Orthopaedic PT — Warrendale · J. Ostrowicz-Penn, PT, DPT · 12/02/2026
            Billed: 97140 (12 min) / 97110 (24 min)
            Manual: posterior glides to the L glenohumeral joint grade III, soft-tissue mobilisation to the L pec minor
            Ex: sidelying ER 2 lb 3x12, prone rows 3 lb 3x12, wall slides 2x10, serratus punches with the red band 3x12
            Impairment: L shoulder flexion and ER stiffness with cuff weakness 14 weeks after the rotator-cuff repair; can't reach her top kitchen shelf
            Data: flexion 142° (131° last week); ER 48°
            Next: add overhead reach with a 1 lb can.
            """,
            ["M75.122"], [PT("97140", 12), PT("97110", 24)], []),

        // DRCH "Time: 97110 = 23 min; 97116 = 15 min" on a 27-minute 97116 line: mismatch on 97116 (12 apart); content complete.
        ["v6-h166-drch-time-line-mismatch"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN outreach)
            OP PT Daily Note — Rx #14
            Seen by: Trent Mlnarik PTA
            Time: 97110 = 23 min; 97116 = 15 min
            Treatment: ther ex — seated marching with 2 lb weights 2x15, sit-to-stands 3x8, standing hip abduction 2x12; gait — hallway with the cane and the outreach-room ramp, cueing a wider base
            Problem: numb feet and hip weakness; the haying hand has gone down twice in the stackyard
            Objective: 5xSTS 16.9 sec; 250 ft with the cane, stand-by assist
            Plan: per Darlene's POC.
            """,
            ["E11.42", "M62.81"], [PTA("97110", 23), PTA("97116", 27)], [At(Mismatch, "97116")]),

        // BHBR two START/STOP rows (22 and 16), both complete: passes.
        ["v6-h166-bhbr-two-start-stop-rows"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97112 NEUROMUSCULAR RE-ED ▸ START 10:00 ■ STOP 10:22 = 22 MIN
            97116 GAIT TRAINING ▸ START 10:22 ■ STOP 10:38 = 16 MIN
            1:1 the whole time.
            NMR: foam stance with head turns, step-and-stick, pushes at the pelvis. Gait: the hot-springs boardwalk ramp with the cane, cueing heel strike on the L.
            Impairment: late step and a L foot that slaps after the stroke.
            Objective: Berg 44/56; 400 ft with the cane, stand-by assist.
            Joel Akiyama, PT
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 16)], []),

        // JWO minute fields left "__m" for both codes beside "Total timed ▸ 36m": separate time missing; content complete.
        ["v6-h166-jwo-total-timed-only"] = new(
            """
            JointWorks QuickNote · Plymouth · M. Beer PTA
            97112 ▸ __m
            97110 ▸ __m
            Total timed ▸ 36m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ NMR: rocker board eyes closed, step-and-stick onto foam. TE: step-ups 3x10, bridges 3x15, band walks 3 laps
            Area ▸ L ankle proprioception and hip weakness after the fall on the boat-ramp
            # ▸ SLS L 9 s; Berg 50/56
            """,
            ["S93.402D", "M62.81"], [PTA("97112", 24), PTA("97110", 12)], [SepTime]),

        // PTH "97116 [ 18 ] min" filled and "97110 [   ] min" left empty: separate time missing; content complete.
        ["v6-h166-pth-second-box-empty"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Rhonda Sizemore, PT
            Present: daughter-in-law, at the stove
            97116 [ 18 ] min
            97110 [   ] min
            Tx: gait — kitchen to the mailbox with the rolling walker, cueing a longer L step; ther ex — sit-to-stands 3x8, standing marches 2x15, heel raises 2x15
            Problem: short L step and hip and calf weakness after the hip replacement
            Assist/Dist: 120 ft, stand-by assist, rolling walker
            """,
            ["Z96.642", "M62.81"], [PT("97116", 18), PT("97110", 11)], [SepTime]),

        // SHT texted "97112 32m" on a 22-minute line: mismatch (10 apart); content complete.
        ["v6-h166-sht-texted-32-on-22"] = new(
            """
            TxtChart · Saguaro Home Therapy · T. Haugen PTA · home visit, Catalina
            [9:40a] 1:1 — just me and Mr. Valdez
            [9:41a] 97112 32m: foam cushion stance eyes closed, step-and-stick off the porch step, pushes at the hips
            [9:42a] problem: can't feel his feet, sways on the gravel drive
            [9:43a] mCTSIB foam eyes closed 8 sec; 5 of 10 pushes held
            """,
            ["E11.42"], [PTA("97112", 22)], [At(Mismatch, "97112")]),

        // BCMC Teodora's bracketed headings "97112 NEUROMUSCULAR RE-EDUCATION [24 min]" and "97116 GAIT TRAINING [14 min]", both complete: passes.
        ["v6-h166-bcmc-bracketed-headings"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Teodora Vance, PT, DPT, NCS · 12/02/2026
            Delivery: ☒ 1:1 ☐ concurrent ☐ group
            97112 NEUROMUSCULAR RE-EDUCATION [24 min]
            Perturbations at the pelvis in stride stance, step-and-stick onto foam, tandem on the beam with head turns.
            97116 GAIT TRAINING [14 min]
            Skywalk laps with the quad cane, cueing R hip extension in terminal stance and a longer L step.
            Neuro impairments: R hemiparesis with a late stepping reaction and a short L step after the L MCA stroke.
            Measures: Berg 43/56; 10-meter walk 0.62 m/s.
            Response/plan: progressing; trial the single-point cane next week.
            """,
            ["I69.351"], [PT("97112", 24), PT("97116", 14)], []),

        // LMH PTA's heading "97112 Neuromuscular Re-ed: 33 Minutes" on a 22-minute line: mismatch (11 apart); content complete.
        ["v6-h166-lmh-heading-33-on-22"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (WARREN)
            Timed Procedures
            97112 Neuromuscular Re-ed: 33 Minutes
            Delivery: one-on-one
            NMR: tandem on foam with head turns, stepping to targets on cue, perturbations at the shoulders.
            Problem: sway and a late step; the retired line worker grabs the shopping cart to stay up.
            Objective: Berg 46/56; TUG 12.6 sec.
            LaToya Grant, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Mismatch, "97112")]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // An empty SHMC note on a two-code visit with a diagnosis: note missing on each profiled line, nothing else.
        ["v7-h166-shmc-empty-two-codes"] = new(
            "",
            ["I69.393"], [PT("97112", 24), PT("97110", 13)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A CST note of spaces and line breaks only, with no diagnosis on the claim: note missing and diagnosis missing.
        ["v7-h166-cst-spaces-only-no-dx"] = new(
            "   \n  \n",
            [], [PTA("97112", 23)], [At(NoteMissing, "97112"), Dx]),

        // 97110's meaning on a WCOPT PTA note: mini squats, step-ups, terminal knee extension with the band and a load; R quad weakness after a TKA; 25 matches: passes.
        ["v7-h166-wcopt-pta-97110-after-a-knee"] = new(
            """
            Visit 8 of 12 | Paluselli, Rose | DOS 12/02/2026 | Nicole Ferrante, PTA
            TE 97110 (25 min) — mini squats to 45° 3x12, step-ups to the 7 inch step 3x10, terminal knee extension with the black band 3x15, leg press 50 lb 3x10
            Problem list: R quad weakness and a stiff knee 9 weeks after the R TKA; she leads with the L on every stair of her split-level
            Objective today: knee flexion 112°, extension −3°; stairs reciprocal with one rail for 6 of 12 steps
            A: Better on the stairs.
            P: Per Brett's POC.
            """,
            ["Z96.651", "M62.81"], [PTA("97110", 25)], []),

        // 97530's meaning on a DRCH note: floor to stand, carrying a water bucket to the stock tank, stepping into the pickup; hip weakness and falls; counts and assist; 20 matches: passes.
        ["v7-h166-drch-97530-stock-tank-bucket"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #11
            Seen by: D. Vrbka PT
            Time: 97530 = 20 min
            Treatment: floor to stand from half-kneel as if after a fall in the pasture, carrying a 20 lb water bucket 60 ft to a mock stock tank, stepping up into the pickup using the grab handle
            Problem: hip and trunk weakness with numb feet; the rancher can't get up off the ground after a fall without crawling to the fence
            Objective: floor to stand with one hand on the chair 3 of 4; bucket carry 60 ft x4, stand-by assist
            Plan: add the stock-trailer step.
            """,
            ["E11.42", "M62.81"], [PT("97530", 20)], []),

        // 97140's meaning on a PTH note: soft-tissue mobilisation to the lumbar paraspinals and posterior-anterior glides at L4-5; lumbar pain and stiffness; flexion degrees; 12 matches: passes.
        ["v7-h166-pth-97140-low-back"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT
            Present: nobody else home
            97140 [ 12 ] min
            Tx: soft-tissue mobilisation to the L lumbar paraspinals and QL, posterior-anterior glides L4 and L5 grade III
            Problem: L low-back pain and stiffness; the Christmas-tree farmer can't bend to cut at the trunk
            Assist/Dist: lumbar flexion 40° before, 60° after
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // 97116's meaning on a CVU Amputee Gait Intensive note: new below-knee socket, parallel bars to the walker to the Riverwalk ramp, cueing equal step length; distances and assist; 24 matches: passes.
        ["v7-h166-cvu-agi-new-socket"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: AGI · Day 4 of 10 · Block: PM (2 of 2)
            Billed this block: 97116 (24 min)
            Staff this block: Dr. Adaeze Fontenot-Marsh, PT, DPT, NCS
            Delivery: [X] Individual [ ] Dyad [ ] Group
            O: Gait training with the new L transtibial socket: weight shifts onto the prosthesis in the parallel bars, then the rolling walker up the hall, then the Riverwalk ramp; cued equal step length and full stance on the prosthetic side.
            Bars 4 lengths with no hand on the L bar; walker 180 ft with contact guard; ramp up and down with min assist.
            A: short L stance and a vaulting R step with the new socket after the L below-knee amputation.
            """,
            ["Z89.512"], [PT("97116", 24)], []),

        // IVBPT wholly generic: "Pt tolerated balance training well. Continue POC." — nothing named, no deficit, no measure, no attendance.
        ["v7-h166-ivbpt-generic-balance-training"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            DOS 12/02/2026    G. Olmedo, PTA
            97112 — 22 min
            Pt tolerated balance training well. Continue POC.
            {{REVIEW: please add detail — KM}}
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // LMH wholly generic two-code note with each code's minutes in its heading: "Ther ex and balance ex per POC. Tolerated well." — nothing named for either code; no attendance.
        ["v7-h166-lmh-generic-two-codes"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (STERLING HEIGHTS)
            Timed Procedures
            97112 Neuromuscular Re-ed: 23 Minutes
            97110 Therapeutic Exercise: 12 Minutes
            Ther ex and balance ex per POC. Tolerated well. Continue plan of care.
            Keisha Whitfield, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 12)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // NPD late entry, "1:1: yes" but only "coordination exercises, tolerated well": technique, deficit and measure missing, generic.
        ["v7-h166-npd-generic-late-entry"] = new(
            """
            LATE ENTRY — written Thu 12/03/2026 for Wed 12/02/2026 — B. Petrescu, PT (NorthPier Per Diem)
            97112 x 22 min
            1:1: yes
            Tx: coordination exercises, tolerated well
            Deficits:
            Result: continue plan of care
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // MBOG Ignacio's goal note: pushes, foam head turns, step-and-stick; late step; Berg and tandem; "→ 97112 · 22 min ·" matches: passes.
        ["vord-h166-mbog-ditch-rider"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Orval Tesch · 12/02/2026 · I. Barragán, PT
            PRIMARY OUTCOME: Berg 46/56 (41 at IE)
            STG 1: ride the ditch bank on foot to the check gates without a fall — PROGRESSING
               → 97112 · 22 min · pushes at the pelvis, foam stance with head turns, step-and-stick off the curb block
            Impairment: late stepping reaction and sway on uneven ground
               ▸ measured by: tandem on foam 9 sec
            Delivery: 1:1
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // MBOG Rosalind's 97140 with the arrow line; talocrural glides and soft tissue; ankle stiffness; dorsiflexion degrees; 12 matches: passes.
        ["vord-h166-mbog-97140-ankle-glides"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Jolene Arritola · 12/02/2026 · Rosalind Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: LEFS 52/80
            STG 2: squat to the bottom shelf at the onion shed — PROGRESSING
               → 97140 · 12 min · talocrural posterior glides grade III, soft-tissue mobilisation to the L gastrocnemius
            Impairment: L ankle dorsiflexion stiffness after the fracture
               ▸ measured by: knee-to-wall L 6 cm (R 12 cm)
            Delivery: 1:1
            """,
            ["S82.892D"], [PT("97140", 12)], []),

        // BCH Lyle's goal note: rhythmic stabilization, foam, stepping; ataxia; SARA and tandem; 23 matches: passes.
        ["vord-h166-bch-museum-guide"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Garland Hatfield · 12/02/2026 · Lyle Maynard, PT
            Goal #1 — walk the coal-museum tour route without touching the rail
               Status: progressing
               Treated with: 97112 (23 min) — rhythmic stabilization in tall kneeling, stepping to floor targets on cue, tandem on foam
               Impairment: truncal ataxia and overshooting steps after the cerebellar stroke
               How we know: SARA 11/40 (14 at IE); tandem 6 sec
            Attendance: 1:1, just the two of us in the gym.
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // BCH Annaliese's OT 97530: standing at the stove, carrying a pot, reaching the cupboard; L arm weakness; counts; 18 matches: passes.
        ["vord-h166-bch-ot-soup-pot"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Opal Runyon · 12/02/2026 · A. Varney, OTR/L
            Goal #2 — make soup beans standing at the stove
               Status: progressing
               Treated with: 97530 (18 min) — filling the pot at the sink, carrying it two-handed to the stove, reaching to the second cupboard shelf
               Impairment: L arm weakness and standing tolerance after the R stroke
               How we know: 4 pot carries, stand-by assist; stood at the stove for the whole task
            Attendance: 1:1.
            """,
            ["I69.354"], [OT("97530", 18)], []),

        // LCPT Tressa's goal tracker: foam eyes closed, tandem on the beam, stepping over a hose; sensory loss; mCTSIB; 22 matches: passes.
        ["vord-h166-lcpt-seed-corn-dealer"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER
            Pt: Leroy Hansen · T. Uhing, PTA
            Functional goal: walk the seed-corn warehouse aisles after dark without a hand on the pallets [status: progressing]
            Codes/min: 97112 = 22
            Delivery: one-on-one
            Interventions: foam stance eyes closed, tandem on the foam beam, stepping over the hose to a stop with the lights dimmed
            Impairment: he can't feel his feet on the concrete and sways when the warehouse lights go out
            Progress measure: mCTSIB foam eyes closed 13 sec; Berg 49/56
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // SCVH Teodora's 97112: gaze X1, foam, head-turn walking; vestibular; DGI; 23 matches: passes.
        ["vord-h166-scvh-elk-camp-outfitter"] = new(
            """
            Sangre de Cristo Valley Hospital — Outpatient Therapy (Monte Vista)    Aspenline Clinical · Therapy Flowsheet
            Supervision/Delivery: one-on-one
            Intervention: gaze stabilization X1 standing on foam, walking with head turns and stopping on cue, stepping over logs laid on the floor
            Target impairment: L vestibular hypofunction; the elk-camp outfitter lurches turning in the saddle to check the string
            Outcome: DGI 18/24; DVA lost 3 lines
            Timed Codes: 97112 Neuromuscular re-education — 23 min
            Teodora Ulibarri, PT, DPT, NCS
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // PSTG complete note with the diagnosis carried over as "#Error": diagnosis not well formed — the only finding.
        ["vord-h166-pstg-dx-error"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 12/02/2026
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: tandem along the foam lane with head turns, perturbations in stride stance, step-and-stick onto the Airex
            Impairments Addressed: sway and a late step; the crab picker stumbles on the wet packing-house floor
            Measurables: Berg 47/56; tandem on foam 8 sec
            97112 Neuromuscular Re-ed — 22 min
            J. Tawes, PTA
            """,
            ["#Error"], [PTA("97112", 22)], [Dx]),

        // LCRT Emily's 97112: foam eyes closed, rocker, stepping over a rail; neuropathy; Berg; 23 matches: passes.
        ["vord-h166-lcrt-motel-keeper"] = new(
            """
            Little Colorado River Therapy — Holbrook
            Svc: NMR 97112 | Time: 23 minutes | 1:1: Y
            Activity: foam stance eyes closed, rocker board A/P, stepping over a 2x4 laid on the floor to a stop
            Problem: she can't feel her feet since the neuropathy and falls carrying linens across the motel lot
            Measure: Berg 46/56; rocker A/P 10 sec
            Wendell Yazzie, PTA
            """,
            ["E11.42", "R26.81"], [PTA("97112", 23)], []),

        // RPT dense line with "1:1 the whole block, his daughter drove him": technique, deficit, measure; 23 matches: passes.
        ["vord-h166-rpt-rancher-daughter-drove"] = new(
            """
            Rawhide PT — M. Vankirk PT (Lusk): Ferris Cole, sheep rancher, 97112 23 min; 1:1 the whole block, his daughter drove him & waited in the truck; rocker board eyes closed, tandem on foam, pushes at the hips; late step & sway since the fall in the lambing shed; Berg 47/56, tandem 9 sec.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // STBF Leticia (PTA): foam head tilts, rocker, stepping up onto foam; L ankle; SLS and Berg; "Time: 97112, 22 min.": passes.
        ["vord-h166-stbf-gorge-trail-hiker"] = new(
            """
            Southern Tier Balance and Falls Clinic — Elmira
            Leticia Fairweather, PTA · Wednesday 12/02/2026
            What we worked on: rocker board A/P eyes closed, foam stance with head tilts, stepping down off the foam to a stop. One-on-one the whole time; her husband waited out front.
            Why: her L ankle gives on the wet gorge-trail stairs and she can't tell where the foot is on the slate.
            How she did: SLS L 10 sec; Berg 50/56.
            Time: 97112, 22 min.
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // CFPT Earlene's capitals: tandem in the bars, foam marching, pushes; neuropathy; tandem seconds; 23 matches: passes.
        ["vord-h166-cfpt-cloggers-caller"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: EARLENE PRUETT PTA     DOS 12/02/26
            CPT 97112 X 23 MIN
            1ON1 FLAG: Y
            NOTE: TANDEM IN THE BARS, MARCHING ON FOAM EYES CLOSED, LATERAL PUSHES AT THE HIPS. IMP: ↓ SENSATION BOTH FEET W/ NEUROPATHY, SWAYS CALLING THE DANCE ON STAGE. OBJ: TANDEM 9 SEC, 6 OF 8 PUSHES W/O GRABBING.
            """,
            ["E11.42"], [PTA("97112", 23)], []),

        // SPL Mateo's 97112 with Blue Trident landings; single-leg perturbations, hop-to-stick; knee valgus; IMU numbers; 22 matches: passes.
        ["vord-h166-spl-hotshot-sawyer"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Ty Harlow (age 27, hotshot-crew sawyer) · Clinician: Mateo Arriaga, PT
            BLOCK A · 97112 NMR · 22 min
            Attendance: 1:1
            Work: hop-to-stick off the 12 inch box, perturbations in single-leg stance, lateral bounds to a stop with eyes on a moving target
            Limiter: L knee dynamic valgus and poor landing control after the ACL graft; he can't drop off a log with the saw
            DATA PASTE ▼
            IMeasureU Blue Trident — landing impact L 6.1 g | knee valgus events 3 of 10
            """,
            ["S83.512D"], [PT("97112", 22)], []),

        // NLMC Curtis's 97112 with an mCTSIB; sensory reweighting on foam and the platform; vestibular; 24 matches: passes.
        ["vord-h166-nlmc-church-organist"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER
            TREATMENT NOTE · Pt: Ardis Lund · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: Individual (1:1) — her daughter watched from the platform-room window
            Treatment: sensory reweighting on foam with eyes closed, head turns on the sway-referenced surround, stepping to targets on cue
            Impairment: bilateral vestibular loss; she sways reaching to the organ's upper manual
            ▶ Imported device report — Biodex Balance SD
               mCTSIB foam eyes closed 14 s (of a possible 30) | sway index 3.1
            """,
            ["H81.23"], [PT("97112", 24)], []),

        // HDNR Ruthanne (PTA) 97112 with Jintronix score; weight shifts, stepping game, foam; R hemiparesis; score and Berg; 22 matches: passes.
        ["vord-h166-hdnr-jintronix-stepping"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Ruthanne Keel, PTA | Pt: Dale Swarens (Crooked River rancher)
            97112 neuro re-ed: 22 min | 1:1
            What I did: Jintronix weight-shift and stepping game standing on foam, reaching across midline to targets, stepping to the lit tiles
            Why: poor weight shift onto the R and a late R step after the L stroke
            Device paste:
              [Jintronix] Level 4 | targets hit 38 of 50
            Berg 45/56 today.
            """,
            ["I69.351"], [PTA("97112", 22)], []),

        // MRCH Dario (PTA) 97112 with the child's balance beam and hopping; diplegia; PBS and beam steps; 22 matches: passes.
        ["vord-h166-mrch-diplegia-beam"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Winter intensive, day 3 of 10
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97112 · 22 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: postural control and balance reactions with spastic diplegia, age 9; she falls running for the school bus
            Activities: walking the low beam with ball catches, single-leg stance on foam reaching for bean bags, stepping stones to a stop
            Data: Pediatric Balance Scale 44/56; 8 beam steps without a step-off
            """,
            ["G80.1"], [PTA("97112", 22)], []),

        // RBVC Marisol's Session B: OKN and habituation; concussion with visual motion sensitivity; MSQ and foam seconds; 22 matches: passes.
        ["vord-h166-rbvc-grocery-aisle"] = new(
            """
            RBVC Flagstaff — Intensive Week — Wed
            Sess B ▸ 97112 ▸ 22 min
            Provider this session: Marisol Etsitty-Crane, PT, DPT — 1:1
            Tx: ☐ gaze stab ☒ habituation ☒ OKN
            OKN stripes on the screen while standing on foam, then walking past the striped curtain with head turns; habituation bends to the floor x5
            Problem: visual motion sensitivity after the concussion; the grocery aisle tilts when the conductor shops
            MSQ 18 (31 Mon); foam stance with OKN 20 sec
            Between sessions: lunch, screen-free
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // WRPT Joel's 97112 with the CO query resolved: perturbations, foam, tandem; late step; Berg; 23 matches: passes.
        ["vord-h166-wrpt-crescent-hotel-bellman"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 12/02/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: pushes at the pelvis in stride stance, foam stance with head turns, tandem on the beam
            Why: late stepping reaction and sway; the bellman stumbles on the hotel's steep back stairs with bags
            Numbers: Berg 48/56; 7 of 10 pushes held
            [CO query: which stairs? — LM] 12/02 JT: the service stairs from the lobby to the kitchen. [CO: resolved LM]
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // WRPT Dwight's OT 97530: kitchen tasks standing; R hand; counts; 17 matches: passes.
        ["vord-h166-wrpt-ot-quilt-shop"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 12/02/2026 — Dwight Kemper, OTR/L
            Svc: 97530 TA — 17 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: cutting fabric with rotary cutter standing at the table, lifting bolts of fabric to the shelf, folding fat quarters
            Why: R hand grip weakness and standing tolerance after the R wrist fracture; she can't lift bolts at her shop
            Numbers: grip R 34 lb (L 52 lb); 6 bolts lifted to the 48 inch shelf
            """,
            ["S52.501D"], [OT("97530", 17)], []),

        // QBRH Everett's complete 97112: foam, tandem, stepping; sway; Berg; 24 matches: passes.
        ["vord-h166-qbrh-wreath-maker"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: foam stance with head turns; tandem along the rail; stepping over the rope coil to a stop
            IMPAIRMENT: postural sway and a slow step; the wreath-maker loses her footing on the icy shed ramp
            OUTCOME MEASURE: Berg  SCORE: 46/56
            Everett Sewall, PT
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // IVBPT Ellis's complete note with "One-on-one."; pushes, cones, foam; late step; Berg; 22 matches: passes.
        ["vord-h166-ivbpt-beet-harvester"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 12/02/2026    E. Fennimore, PT
            97112 — 22 min
            One-on-one.
            Foam stance with head turns, reactive stepping to pushes at the pelvis, weaving around the cones without looking down
            Deficit: late protective step and sway after the fall off the beet harvester's platform
            Berg 45/56; 6 of 10 pushes recovered with one step
            {{CLEARED — KM}}
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // TVPT Brianna (PTA) complete; rocker, step-and-stick; L ankle; SLS; 22 matches: passes.
        ["vord-h166-tvpt-pta-tasting-room"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Brianna Ferrell, PTA
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: rocker board eyes closed and step-and-stick onto foam, because her L ankle rolls on the cellar's gravel floor.
            DEFICIT ADDRESSED: L ankle proprioception after the sprain.
            OBJECTIVE: SLS L 11 sec (6 at eval).
            NOTE TO REVIEWER: per the Benefit Policy Manual, chapter 15, the PTA furnished this under the PT's plan.
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // NPD late entry complete: rocker, foam, stepping; neuropathy; Berg; "97112 x 23 min": passes.
        ["vord-h166-npd-late-entry-complete"] = new(
            """
            LATE ENTRY — written Thu 12/03/2026 for Wed 12/02/2026 — B. Petrescu, PT (NorthPier Per Diem)
            97112 x 23 min
            1:1: yes, just her and me at the far mat
            Tx: rocker board A/P eyes closed, foam stance with head turns, stepping over the cane to a stop
            Deficits: numb feet from the neuropathy; she sways on the Division Street curb
            Result: Berg 44/56; rocker A/P 9 sec
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // SCLH Helga's float note with "Timed code minutes: 97116 = 19 / 97110 = 11"; both complete: passes.
        ["vord-h166-sclh-helga-two-codes"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage — H. Lindqvist, PT
            Pt received seated, gait belt on.
            ☑ Pt treated 1:1 for timed codes
            Timed code minutes: 97116 = 19 / 97110 = 11
            Gait: hallway and the Pavilion B ramp with the quad cane, cueing R heel strike and a longer L step. Ther ex: sit-to-stands 3x8, standing hip abduction 2x12 with 2 lb, heel raises 2x15.
            Problem: R hemiparesis with a short L step and R hip weakness after the stroke
            Objective: 220 ft with the quad cane, contact guard; 5xSTS 18.2 sec
            """,
            ["I69.351"], [PT("97116", 19), PT("97110", 11)], []),

        // HLPT Peg's complete 97112: rocker, foam, step-and-stick; slow ankle strategy; Berg; 23 matches: passes.
        ["vord-h166-hlpt-sardine-retiree"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            P. Sargent, PT, DPT · 12/02/2026
            S: Nearly went over on the float ramp at low tide.
            O: ☒ 1:1 ☐ group
            Rocker board eyes closed, perturbations on the foam, step-and-stick onto the Airex.
            Slow ankle strategy and sway on moving surfaces.
            Berg 47/56; rocker 13 sec.
            A: Better on the rocker.
            P: Continue.
            Billed: 97112 (23 min)
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PCPT Cleo's complete 97112 with no diagnosis on the claim: diagnosis missing only.
        ["vord-h166-pcpt-no-diagnosis"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/02/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 24 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: step-and-stick onto the Airex, foam stance with head turns, pushes at the hips
            For: late step and sway; she went down on the wharf boards at the blessing of the fleet
            Numbers: Berg 46/56; 6 of 10 pushes caught with one step
            """,
            [], [PT("97112", 24)], [Dx]),

        // RSP Sanne's complete note; kilograms as a load, dotted range (22'); passes.
        ["vord-h166-rsp-tulip-crew-lead"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            S. Verhoeven, PT · 02.12.2026 · tulip-field crew lead, 52 y
            97112 NMR 08.30–08.52 (22') · 1:1
            NMR: step-and-stick onto foam holding a 4 kg kettlebell, perturbations in stride stance, tandem with head turns.
            Problem: late step and sway after the fall in the muddy bulb rows.
            Measures: Berg 49/56; tandem 12 s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // SHMC Annika's padded complete note: rhythmic stabilization, stepping, perturbations; ataxia; Mini-BESTest; 23 matches: passes.
        ["vord-h166-shmc-bratwurst-volunteer"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            Identity verified with two identifiers: yes. Allergies reviewed: penicillin. Precautions: fall risk.
            Interpreter: not needed. Advance directive on file: yes.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min
            DELIVERY MODE: [X] Individual [ ] Group
            INTERVENTIONS: rhythmic stabilization in standing, stepping to floor targets on cue, tandem on foam with head turns.
            IMPAIRMENTS ADDRESSED: trunk and limb ataxia with overshooting steps after the cerebellar stroke.
            OUTCOME MEASURES: Mini-BESTest 17/28 (14/28 on 11/04).
            ATTESTATION: I personally furnished the services above. — Annika Vandervelde, PT, DPT, NCS
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // JWO Jenna's complete QuickNote; 21 matches: passes.
        ["vord-h166-jwo-rv-plant-painter"] = new(
            """
            JointWorks QuickNote · Warsaw · J. Hochstetler PTA
            97112 ▸ 21m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ tandem on foam w/ head turns, rocker board eyes closed, step-and-stick off the 6 in step
            Area ▸ L ankle proprioception; rolls it on the paint-line catwalk
            # ▸ SLS L 11 s; rocker 14 s
            """,
            ["S93.402D"], [PTA("97112", 21)], []),

        // SHT complete TxtChart with a diagnosis typed "R2.681" (dot in the wrong place): diagnosis not well formed — the only finding.
        ["vord-h166-sht-dx-dot-misplaced"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Marana
            [11:20a] 1:1 — just me and Mrs. Quiroz
            [11:21a] 97112 23m: foam cushion stance eyes closed, tandem along the hallway, pushes at the hips
            [11:22a] problem: late step + sway, fell in the carport
            [11:23a] Berg 45/56, 6 of 10 pushes held
            """,
            ["R2.681"], [PT("97112", 23)], [Dx]),

        // LMPT Kelsey's complete resident form; hop-to-stick, perturbations; R knee after ACL; Y-balance; 22 matches: passes.
        ["vord-h166-lmpt-resident-volleyball"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (K. Drummond, PT, DPT — Mentor co-sign to follow)
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: hop-to-stick onto foam, perturbations at the trunk in R single-leg stance, lateral shuffles to a stop on a hand signal
            Why: R knee proprioception and landing control after the ACL graft; the setter can't land a jump set cleanly
            #s: Y-balance anterior reach R 61 cm (L 67 cm); 8 of 10 hop-to-sticks held
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // SCMH Tove's complete 97112 with Measures (Last | Today); 23 matches: passes.
        ["vord-h166-scmh-ore-dock"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Helvi Koski
            EPISODE A: unsteadiness on feet    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: rocker board A/P eyes closed, step-and-stick onto foam, pushes at the hips
            Impairment: sway and a late step on the snow-packed church steps
            Measures (Last | Today): Berg 45 | 47; SLS L 6 | 8 sec
            Completed by: Tove Lindqvist, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
