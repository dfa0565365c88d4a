using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-fifty-seventh held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, the twenty-second session, blind beside the hundred-and-fifty-sixth) is one Thursday's
/// notes, 10/22/2026, drawn at random across all the clinics of the hundred-and-forty-first to hundred-and-fifty-fifth
/// sets, each clinic in its own template and its writers' own voices, at most five notes from any one clinic: no new
/// styles, new patients and new wording within the same templates — about two thirds ordinary and complete (73 of
/// 105), single- and multi-code visits (97110, 97112, 97116, 97140, 97530), by PTs, PTAs and OTs, from these employers:
/// <list type="number">
/// <item>the week-to-week clinics: Rosario Strait Physiotherapy (RSP: Anacortes, Mount Vernon and Friday Harbor,
/// Washington; day-first dotted dates "22.10.2026", "97112 NMR 09.15–09.37 (22') · 1:1", kilograms); Big Horn Basin
/// Regional Hospital (BHBR: Worland, Thermopolis and Greybull, Wyoming; "▸ START ■ STOP … = 22 MIN" rows); Porchlight
/// Therapy at Home (PTH: Galax, Hillsville and Wytheville, Virginia; "Visit at:", "Present:", "97112 [ 22 ] min",
/// "Assist/Dist:"); Southern Tier Balance and Falls Clinic (STBF: Elmira, Corning and Ithaca, New York; "What we worked
/// on / Why / How she did / Time"); St. Columba Memorial Hospital (SCMH: Marquette, Ishpeming and Negaunee, Michigan;
/// "EPISODE A: … ICD-10:", "Timed: 97112 ▸ 23 min", "Attendance: ☒ 1:1 ☐ Concurrent ☐ Group", "Measures (Last |
/// Today):", "Completed by:"); Cimarron Senior Therapy (CST: Enid, Stillwater and Prairie Rose Assisted Living in Ponca
/// City, Oklahoma; "CST GERI VISIT" with falls, near-falls, orthostatics and "1:1: Y"); Caney Fork Physical Therapy
/// (CFPT: Smithville and Sparta, Tennessee; OfficeMate PM capitals, "CPT 97112 X 24 MIN", "1ON1 FLAG: Y"); Saguaro Home
/// Therapy's text charting (SHT: TxtChart lines with "[9:05a]" stamps, "97110 14m");</item>
/// <item>the goal-by-goal clinics: Malheur Bend Orthopaedic Outcomes Group (MBOG: Ontario, Nyssa and Vale, Oregon;
/// "PRIMARY OUTCOME:", "STG 1 … — PROGRESSING", "→ 97112 · 22 min · …", "▸ measured by:"); Blackberry Creek Hospital's
/// Neurologic Therapy Clinic (BCH: Matewan, Kermit and Delbarton, West Virginia; "Goal #1 — …", "Status:", "Treated
/// with: 97112 (23 min) — …", "How we know:", "Attendance:"); Logan Creek Physical Therapy (LCPT: Wisner, West Point and
/// Pender, Nebraska; the "NNVC GOAL TRACKER", "Codes/min: 97112 = 22", "Progress measure:");</item>
/// <item>the migrated clinics: Oneota River Physical Therapy (ORPT: Decorah, Waukon and Cresco, Iowa; Prairielight's
/// "Delivery:", "1:1 (Y/N):", "Clinical Findings:", "Objective Measures:" and the "Billing Grid" whose minute column
/// defaults to 15, and a diagnosis carried over as "#Name?"); Sangre de Cristo Valley Hospital (SCVH: Monte Vista, Del
/// Norte and South Fork, Colorado; Aspenline's "Supervision/Delivery:", "Target impairment:", "None identified
/// (default)", "Outcome:", "Timed Codes:"); Pocomoke Sound Therapy Group (PSTG: Pocomoke City, Onancock and
/// Chincoteague; TidePoint's "Mode of delivery: Choose… ▾", "☐ 1:1 ☐ Group ☐ Co-treat", "Skilled Interventions:",
/// "Impairments Addressed:", "Measurables:");</item>
/// <item>the city hospital gym and its neighbours (Chicago): St. Casimir Lakeshore Hospital's Pavilion B (SCLH: Dee
/// Wachowski's "indiv. thruout", "c̄", "↓ proprioc.", Nathaniel Osei-Bonsu's first-person sentences, Marisol Ocampo
/// (PTA, "Delivery: 1:1") and Anjali Subramaniam's clock ranges);
/// Lakeshore Motion PT (LMPT: "Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group", "Tx:", "Why:",
/// "#s:"); NorthPier Per Diem Therapy (NPD: Bogdan Petrescu's late entries, "97112 x 23 min", "1:1:", "Deficits:",
/// "Result:");</item>
/// <item>the four practices: Petit Caillou Physical Therapy (PCPT: Houma and Thibodaux, Louisiana; "Code 97112 Neuro
/// re-ed ........ 22 min", "Attendance: [X] one-on-one …", "Did:", "For:", "Numbers:", Jules Guidry's "cher"); Harbor
/// Light Physical Therapy (HLPT: Stonington, Blue Hill and Ellsworth, Maine; S:/O:/A:/P: with "Billed: 97112 (23 min)",
/// "☒ 1:1 ☐ group" and "Berg ____"); Lakeside Macomb Hospital (LMH: Sterling Heights, Warren and Roseville, Michigan;
/// "Timed Procedures", "97112 Neuromuscular Re-ed: 23 Minutes", "***" and "{LMH DELIVERY TYPE:30451}"); Little Colorado
/// River Therapy (LCRT: Winslow and Holbrook, Arizona; "Svc: NMR 97112 | Time: 23 minutes | 1:1: Y", "Activity:",
/// "Problem:", "Measure:");</item>
/// <item>the minimal, dense and padded writers: JointWorks (JWO: Warsaw, Goshen, Elkhart and Plymouth, Indiana; "97112 ▸
/// 22m", "1:1 ▸ Y", "Tx ▸", "Area ▸", "# ▸", "Total timed ▸" and the chain's "StableStart" cards); Rawhide Physical
/// Therapy (RPT: Merle Vankirk's one dense line a visit, Lusk, Wyoming); Sheboygan Harbor Medical Center's neuro clinic
/// (SHMC: "NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED", "CHARGES / TIMED SERVICES", "DELIVERY MODE" and the
/// attestation);</item>
/// <item>the appeal-ready practices: Touchet Valley Physical Therapy (TVPT: Walla Walla, Waitsburg, College Place and
/// Dayton, Washington; "SERVICE:", "DELIVERY: One-on-one for the entire billed service? Y / N", "WHAT I DID AND WHY:",
/// "DEFICIT ADDRESSED:", "OBJECTIVE:", "NOTE TO REVIEWER:"); Llano Estacado Rehab &amp; Balance (LERB: Hereford, Dumas,
/// Dalhart and Friona, Texas; "AUTH #", "visit 5 of 12 authorized", "Functional deficit driving medical necessity:",
/// "Skilled interventions (with rationale):", "Objective data for reviewer:", "Attendance:", "Minutes by CPT:" and the
/// HMO's "Steady at Home" weeks); Ocmulgee River Physical Therapy (OCM: Warner Robins, Fort Valley, Milledgeville and
/// Hawkinsville, Georgia; the "post-TPE template rev. C" with a clock range on each timed code's own line and "Constant
/// attendance: [X] 1:1 constant attendance");</item>
/// <item>the compliance-reviewed practices: White River Physical Therapy &amp; Balance (WRPT: Berryville, Eureka Springs
/// and Green Forest, Arkansas; "Svc:", "Attendance: [ ] 1:1 [ ] concurrent [ ] group", "What we did:", "Why:",
/// "Numbers:" and the compliance officer's "[CO query: …]" closed "[CO: resolved LM]"); Quoddy Bay Regional Hospital
/// (QBRH: Calais, Eastport and Lubec, Maine; "CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN", "DELIVERY: ☐ Individual ☐
/// Concurrent ☐ Group", "OUTCOME MEASURE: ____ SCORE: ____"); Imperial Valley Balance &amp; Physical Therapy audited by
/// Ledgerline (IVBPT: El Centro, Brawley, Calexico and Holtville, California; "DOS", "97112 — 23 min", "One-on-one.").</item>
/// </list>
/// This Thursday's patients: a Guemes Island ferry commuter, a hay-hauler in Greybull, a Galax fiddler, a Corning glass
/// worker, an iron-ore mine retiree, an Enid retiree who loses his balance turning at the sink, a Center Hill Lake marina hand, a
/// Tucson pickleball player, an onion-shed forklift driver, a coal-camp church organist, a grain-truck driver, a
/// Decorah bakery owner, a Del Norte rodeo announcer, a Chincoteague decoy painter, a CTA motorman, a Bridgeport
/// softball catcher, a Cajun fiddler, a Stonington lobster-pound hand, a Warren Truck retiree, a Navajo rug weaver, an
/// RV-plant cabinet installer, a Lusk saddle maker, a Kohler foundry retiree, a Walla Walla orchard pruner, a Hereford
/// feedyard cowboy, a Fort Valley peach grader, a Eureka Springs potter, a Lubec smokehouse retiree and a Calexico
/// crossing-guard — with a sister by the window, a daughter holding a coat, a grandson interpreting in Navajo, a wife on
/// the porch swing and a husband in the corner (none of them a patient; the second patient on the foam beams, Mrs. Ochoa on the
/// other mat and the two patients at the kitchen counter are).
/// Each note's DOC_* findings were judged by hand as a payer reviewer, applying the contract to what the note says:
/// <list type="bullet">
/// <item>class 1 (v1-h157-…): one-on-one in these writers' own words ("· 1:1 — only Mrs. Lindgren and me; her sister
/// read by the window", "1ON1 FLAG: Y — DAUGHTER SAT IN, HELD HIS COAT", "1:1: Y — grandson interpreted in Navajo from
/// the chair"), notes that negate it (two patients on the two foam beams "back and forth", "Attendance: Concurrent —
/// Mrs. Ochoa on the other mat") or never state it (an S:/O: note with its box row deleted), and the code without a
/// one-on-one check (an OT's 97530 at the kitchen counter with two other patients);</item>
/// <item>class 2 (v2-h157-…): checkbox and blank-field states (nothing ticked on SCMH's attendance row, LMPT's "( ) 1:1
/// ( ) concurrent ( ) group", SHMC's "[ ] Individual [ ] Group", TidePoint's "Choose… ▾" over an empty box row, LMH's
/// "{LMH DELIVERY TYPE:30451}", QBRH's "☒ Individual" ticked, and HLPT's "Berg ____" as a 97112's only measure);</item>
/// <item>class 3 (v3-h157-…): named programmes and methods as techniques (Frenkel coordination exercises for ataxia,
/// LSVT BIG, Maitland grade IV lumbar mobilisations, Mulligan mobilisation with movement for the ankle, sensory
/// organisation training on the Balance Master), the chain's "StableStart blue card" and the HMO's "Steady at Home, week
/// 4" as the only technique, and PNF diagonal patterns with no number;</item>
/// <item>class 4 (v4-h157-…): deficits stated as findings (a fiddler who can't find the floor with her L foot when she
/// stands to play, a saddle maker who can't feel the stirrup under his boot, an orchard pruner who can't push up the
/// ladder) and notes that state none ("Target impairment: None identified (default)", "Deficits: WNL", "Why: per
/// POC");</item>
/// <item>class 5 (v5-h157-…): measures in every usual form (FGA in the "Last | Today" form, doses for a 97110, distance
/// and assistance for a 97116, counts for a 97530) and notes with none ("Progress measure: steadier, she says",
/// "Objective Measures: deferred to the progress note", "OUTCOME MEASURE: not done today");</item>
/// <item>class 6 (v6-h157-…): minutes in these templates' forms (two START/STOP rows, two dotted ranges with prime
/// minutes, two clock ranges on the codes' own lines, two arrows under two goals) and true mismatches (a Billing Grid's
/// default 15 on a 26-minute line, a texted "33m" on 22, "Minutes by CPT: … 97116 = 28" on 16, "CPT 97110 X 30 MIN"
/// on 17) and truly missing separate time (a QuickNote's two blank minute fields beside "Total timed ▸ 37m", a dotted
/// leader with "__ min" for the second code, "CHARGES / TIMED SERVICES: 97112 and 97116, 36 min total");</item>
/// <item>class 7 (v7-h157-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check),
/// the contract's meanings for 97110 (porch-rail heel raises and chair rises at home), 97530 (carrying clay bags and
/// wedging clay at the wheel), 97140 (cervical rotation SNAGs and upper-trapezius soft-tissue work) and 97116 (cane gait
/// on the clinic walk and over the cattle guard), and wholly generic notes (a Timed Procedures note of "NMR per POC. Pt
/// tolerated well.", an IVBPT "Ther ex per POC. Pt tolerated tx well.", an STBF narrative of "balance and strengthening
/// exercises, per plan, tolerated well" on two codes);</item>
/// <item>ordinary (vord-h157-…): complete notes of every clinic that a reviewer passes (the false-positive guard), and the
/// ordinary weak ones: a complete note whose diagnosis came across as "#Name?" and a complete note with no
/// diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — a sister, daughters, a daughter-in-law, a grandson,
/// a wife and a husband (none of them a patient), ages, dates of service and of late entries, visit counts, authorization
/// numbers, times of day on text stamps, box and step heights in inches and centimetres, loads in pounds and kilograms,
/// band colours, reach in inches, degrees, seconds, grip pounds, gait speeds, numbers of steps, rungs, bales, jars, clay
/// bags and trips — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes
/// are written next to the code ("97112 NMR 09.15–09.37 (22')", "▸ START 08:00 ■ STOP 08:24 = 24 MIN", "→ 97116 · 16
/// min", "Codes/min: 97112 = 22", "CPT 97112 X 24 MIN", "[9:05a] 97112 22m", "97112 ▸ 22m"), in its block's heading, in
/// a minute box or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a
/// test, except the two that give the visit a total ("Total timed ▸ 37m" and "36 min total"); notes failed for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is
/// expected only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on
/// an objective measure with a number and fails it only when the note has no number but its code and its minutes; for
/// the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is
/// judged on the billed minutes: a family member, caregiver, interpreter or staff member in the room does not undo a
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
/// This set also leaves out what a Thursday drawn across thirty templates makes arguable: a fall count or a near-fall
/// count as a 97112's only number, an orthostatic reading beside a missing measure, a text stamp that disagrees with the
/// minutes texted beside it, a default minute field beside typed minutes for the same code, a delivery row ticked one
/// way beside words that say another, a compliance query answered only with initials, and a branded programme's card or
/// week named beside a technique only its handout describes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 102 of 105 cases agree (103 needed), and 3 of the 73 notes the reviewer passes got a finding, on the analyzer of 2914bd2 (the start of the 2026-12-07 twenty-second session, before any change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, ed4cfb9): 105 of 105, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFiftySeventhTests(ITestOutputHelper output)
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

        // RSP Anacortes "· 1:1 — only Mrs. Lindgren and me; her sister read by the window"; rocker, foam step-and-stick, head turns; ankle proprioception; SLS and rocker seconds; (22') matches: passes.
        ["v1-h157-rsp-sister-by-the-window"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 22.10.2026 · Guemes Island ferry commuter, 63 y
            97112 NMR 09.15–09.37 (22') · 1:1 — only Mrs. Lindgren and me; her sister read by the window
            Tx: rocker board A/P with eyes closed; step-and-stick onto the foam pad; tandem on the foam beam with head turns.
            Problem: L ankle proprioception after the sprain on the wet ferry ramp.
            Measures: SLS L 9 s (R 21 s); rocker A/P 13 s.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // CFPT "1ON1 FLAG: Y — DAUGHTER SAT IN, HELD HIS COAT": a family member does not undo it; foam, perturbations, step-overs; late step; Berg; X 24 MIN matches: passes.
        ["v1-h157-cfpt-daughter-held-his-coat"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: DWAYNE KITTRELL PT     DOS 10/22/26
            CPT 97112 X 24 MIN
            1ON1 FLAG: Y — DAUGHTER SAT IN, HELD HIS COAT
            NOTE: FOAM STANCE EYES CLOSED, PERTURBATIONS AT THE PELVIS, STEPPING OVER THE DOCK LINES LAID ON THE FLOOR TO A STOP. IMP: LATE PROTECTIVE STEP + SWAY, FELL STEPPING ONTO THE MARINA DOCK. OBJ: BERG 45/56, 7 OF 10 PUSHES RECOVERED.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // STBF narrative: two patients on the two foam beams "back and forth" during the block: one-on-one missing; technique, deficit, measure present.
        ["v1-h157-stbf-two-on-the-foam-beams"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            Naomi Castellucci, PT · Thursday 10/22/2026
            What we worked on: tandem walking on the foam beam with head turns and stepping off to a stop. Mrs. Van Etten and Mr. Stickles were on the two foam beams at once and I went back and forth between them.
            Why: sway and a slow recovery step; the glass-works retiree fell off the curb on Market Street.
            How she did: FGA 19/30; tandem on the beam 8 sec.
            Time: 97112, 23 min.
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // LERB "Attendance: Concurrent — Mrs. Ochoa on the other mat doing her own": another patient in the block: one-on-one missing; otherwise complete.
        ["v1-h157-lerb-concurrent-other-mat"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Mesa Gold Medicare Advantage PPO · AUTH # MG-26-10233 · visit 5 of 12 authorized
            Pt: Ramon Villegas · Dale Hobart, PT
            CPT 97112 — 22 minutes
            Attendance: Concurrent — Mrs. Ochoa on the other mat doing her own program
            Functional deficit driving medical necessity: delayed ankle and hip strategy; he goes down stepping over the feed-bunk rail.
            Skilled interventions (with rationale): perturbations at the pelvis in stride stance; stepping over a rail on the floor to a stop; foam stance with head turns.
            Objective data for reviewer: Berg 46/56; 6 of 10 perturbations without a step.
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // HLPT S:/O: note with its box row deleted and no word of attendance: one-on-one missing; technique, deficit, Berg and tandem present.
        ["v1-h157-hlpt-box-row-deleted"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            P. Sargent, PT, DPT · 10/22/2026
            S: Nearly went over on the pound's slick float.
            O: Perturbations on the foam, tandem with head turns, step-and-stick onto the Airex.
            Late protective step and sway on moving surfaces.
            Berg 46/56; tandem 9 sec.
            A: Better trunk control than last week.
            P: Continue.
            Billed: 97112 (23 min)
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // BCH OT 97530 at the kitchen counter with two other patients: 97530 has no one-on-one check; activities, deficit and counts present; passes.
        ["v1-h157-bch-ot-kitchen-with-two-others"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Opal Hatfield · 10/22/2026 · A. Varney, OTR/L
            Goal #2 — make a skillet of cornbread standing at the stove
               Status: progressing
               Treated with: 97530 (18 min) — mixing batter standing at the counter, lifting the skillet to the oven rack, carrying it to the table
               Impairment: L hand grasp and standing tolerance after the R stroke
               How we know: 3 skillet lifts SBA; stood through the whole task
            Attendance: kitchen counter with two other patients.
            """,
            ["I69.354"], [OT("97530", 18)], []),

        // LCRT "1:1: Y — grandson interpreted in Navajo from the chair"; foam stance, reactive steps, stepping over the loom bench; late step; Berg; 23 minutes match: passes.
        ["v1-h157-lcrt-grandson-interpreted"] = new(
            """
            Little Colorado River Therapy — Winslow
            Svc: NMR 97112 | Time: 23 minutes | 1:1: Y — grandson interpreted in Navajo from the chair
            Activity: reactive steps to pushes at the pelvis, foam stance with head turns, stepping over a bench to a stop
            Problem: late stepping and sway; the rug weaver lost her balance getting up from the loom
            Measure: Berg 45/56; 7 of 10 pushes recovered
            L. Begay, PT, DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // SCMH "Attendance: ☐ 1:1 ☐ Concurrent ☐ Group" with nothing ticked: one-on-one missing; otherwise complete.
        ["v2-h157-scmh-attendance-nothing-ticked"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Arvo Koski
            EPISODE A: unsteadiness on feet    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☐ 1:1 ☐ Concurrent ☐ Group
            Interventions: foam stance eyes closed, step-and-stick, perturbations at the shoulders.
            Impairment: reliance on vision and a late step after the fall in the dark garage.
            Measures (Last | Today): mCTSIB foam eyes closed 6 | 11 sec
            Completed by: Rosalind Kivela, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // PSTG "Mode of delivery: Choose… ▾" over an empty "☐ 1:1 ☐ Group ☐ Co-treat" row: one-on-one missing.
        ["v2-h157-pstg-choose-over-empty-row"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 10/22/2026
            Mode of delivery: Choose… ▾
            ☐ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: rocker board M/L with eyes closed, tandem along the foam lane, perturbations in stride stance
            Impairments Addressed: R ankle proprioception after the fall off the decoy-shop step
            Measurables: SLS R 7 sec; rocker 11 sec
            97112 Neuromuscular Re-ed — 22 min
            D. Kellam, PT, DPT
            """,
            ["S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // LMH "Delivery: {LMH DELIVERY TYPE:30451}" unanswered: one-on-one missing.
        ["v2-h157-lmh-pick-list-unanswered"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (ROSEVILLE)
            Timed Procedures
            97112 Neuromuscular Re-ed: 24 Minutes
            Delivery: {LMH DELIVERY TYPE:30451}
            NMR: foam stance with head turns, stepping over the cones to a stop, perturbations at the pelvis.
            Problem: delayed stepping reaction after the fall in the Meijer lot.
            Objective: Berg 44/56; TUG 12.6 sec.
            Dariusz Nowicki, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // QBRH "DELIVERY: ☒ Individual ☐ Concurrent ☐ Group" ticked; rocker, foam, perturbations; proprioception; score filled; heading 23 matches: passes.
        ["v2-h157-qbrh-individual-ticked"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rocker board eyes closed; step-and-stick onto foam; perturbations in tandem
            IMPAIRMENT: R ankle proprioception; the smokehouse retiree rolls his ankle on the ledge
            OUTCOME MEASURE: SLS R    SCORE: 8 sec
            Everett Sewall, PT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // LMPT "Attendance: ( ) 1:1 ( ) concurrent ( ) group" with nothing marked: one-on-one missing.
        ["v2-h157-lmpt-nothing-marked"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 23 | Attendance: ( ) 1:1 ( ) concurrent ( ) group
            Tx: SLS on the Airex w/ ball toss, step-and-stick, perturbations at the pelvis
            Why: R ankle proprioception after the sprain on the el stairs
            #s: SLS on foam R 9 sec; 7 of 10 perturbations held
            """,
            ["S93.401D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // HLPT "Berg ____" left blank as the 97112's only measure, no other number but the code and its minutes: measure missing.
        ["v2-h157-hlpt-berg-blank"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA · supervising PT P. Sargent
            S: Unsteady hauling traps on the rolling deck.
            O: ☒ 1:1 ☐ group
            Foam stance with head turns, perturbations at the pelvis, step-and-stick onto the Airex.
            Postural sway and a slow ankle strategy on moving surfaces.
            Berg ____
            A: Steadier on the foam by the end.
            P: Continue per PT plan.
            Billed: 97112 (22 min)
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // SHMC "DELIVERY MODE: [ ] Individual [ ] Group" with neither marked: one-on-one missing.
        ["v2-h157-shmc-delivery-row-blank"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            Identity verified with two identifiers: yes. Allergies reviewed: NKDA. Precautions: fall risk.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min
            DELIVERY MODE: [ ] Individual [ ] Group
            INTERVENTIONS: foam stance eyes closed, stepping to floor targets, perturbations at the shoulders.
            IMPAIRMENTS: somatosensory loss in both feet with the neuropathy; he can't feel the foundry floor.
            OUTCOME MEASURES: Mini-BESTest 18/28; mCTSIB foam eyes closed 7 sec.
            Attestation: I personally furnished the services above. — Luis Ochoa-Brandt, PT
            """,
            ["E11.42"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // BCH Frenkel coordination exercises for cerebellar ataxia; SARA and tandem; "Attendance: just Ruby and me"; 23 min matches: passes.
        ["v3-h157-bch-frenkel-ataxia"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Ruby Blankenship · 10/22/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — walk to the organ bench without touching the pews
               Status: progressing
               Treated with: 97112 (23 min) — Frenkel exercises in sitting and standing, heel to marks on the floor, tandem along the tape line
               Impairment: cerebellar ataxia of the legs, overshoots every step
               How we know: SARA 11 (14 on 09/24); tandem 6 steps before a step-out
            Attendance: just Ruby and me the whole neuro re-ed.
            """,
            ["G11.1"], [PT("97112", 23)], []),

        // SHMC LSVT BIG with big-step and reach drills; Parkinson's hypokinesia; Mini-BESTest and 10-m walk; individual ticked; passes.
        ["v3-h157-shmc-lsvt-big"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            Identity verified with two identifiers: yes. Allergies reviewed: penicillin. Precautions: fall risk.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: [X] Individual [ ] Group
            INTERVENTIONS: LSVT BIG maximal daily exercises, big steps forward, sideways and back, rock-and-reach to the shelf.
            IMPAIRMENTS: hypokinesia and small shuffling steps with Parkinson's disease.
            OUTCOME MEASURES: Mini-BESTest 21/28; 10-metre walk 1.02 m/s.
            Attestation: I personally furnished the services above. — Annika Vandervelde, PT, DPT, NCS
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // CFPT Maitland grade IV lumbar PA mobilisations, 97140 alone; lumbar hypomobility; flexion degrees; X 11 MIN matches: passes.
        ["v3-h157-cfpt-maitland-grade-iv"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 10/22/26
            CPT 97140 X 11 MIN
            NOTE: MAITLAND GR IV CENTRAL PA MOBS L3-L5, GR III UNILAT PA R L4. IMP: LUMBAR HYPOMOBILITY, CAN'T BEND TO TIE OFF THE BOAT. OBJ: FLEX 45 TO 60 DEG AFTER.
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // LMPT resident: Mulligan mobilisation with movement for the ankle (talocrural MWM in lunge), 97140; dorsiflexion limit; knee-to-wall cm; passes.
        ["v3-h157-lmpt-mulligan-mwm-ankle"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (K. Drummond, PT, DPT — Mentor co-sign to follow)
            97140 | 12 min
            Tx: Mulligan MWM talocrural posterior glide in weight-bearing lunge, 3 sets of 10; STM to the gastroc-soleus
            Why: L ankle dorsiflexion limit after the sprain blocking at the plate
            #s: knee-to-wall L 6 cm → 10 cm after (R 12 cm)
            """,
            ["S93.402D"], [PT("97140", 12)], []),

        // SCLH Anjali sensory organisation training on the Balance Master with a clock range on the code's line; SOT composite; "one-on-one"; passes.
        ["v3-h157-sclh-anjali-sot-training"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS
            97112 NMR 13:00–13:23, one-on-one
            Tx: sensory organization training on the SMART Balance Master, sway-referenced surface and visual surround, then limits-of-stability targets.
            Impairment: vestibular dependence; the CTA motorman sways when the train pulls out.
            Objective: SOT composite 58 (49 on 09/17); LOS endpoint excursion 71%.
            """,
            ["H81.23"], [PT("97112", 23)], []),

        // JWO "StableStart blue card" as the only technique: technique missing; deficit and measure present.
        ["v3-h157-jwo-stablestart-blue-card-only"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 22m
            1:1 ▸ Y
            Tx ▸ StableStart blue card
            Area ▸ late step + sway after the fall off the RV-plant loading ramp
            # ▸ Berg 46/56; TUG 11.4 s
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // LERB "Steady at Home, week 4, per HMO pathway" as the only technique: technique missing.
        ["v3-h157-lerb-steady-at-home-week-4-only"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-10418 · visit 4 of 12 authorized
            Pt: Earl Tidwell · Wendell Graf, PT, DPT
            CPT 97112 — 23 minutes
            Attendance: 1:1
            Functional deficit driving medical necessity: postural sway and a slow protective step after the fall off the feed-truck step.
            Skilled interventions (with rationale): Steady at Home, week 4, per HMO pathway.
            Objective data for reviewer: Berg 44/56; TUG 13.1 sec.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // IVBPT PNF diagonal patterns with rhythmic initiation and no number but the code and its minutes: measure missing.
        ["v3-h157-ivbpt-pnf-diagonals-no-number"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            E. Fennimore, PT
            97112 — 22 min
            One-on-one. PNF diagonal flexion and extension patterns of the L leg with rhythmic initiation in standing, then stepping to targets.
            Deficit: L hip motor recruitment and timing after the stroke; the crossing-guard drags the L foot stepping off the curb.
            Steadier stepping at the end of the session.
            """,
            ["I69.354"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // PCPT Cleo: the fiddler "can't find the floor with her L foot when she stands to play" — somatosensory deficit stated as a finding; foam, step-and-stick; SLS; passes.
        ["v4-h157-pcpt-fiddler-cant-find-the-floor"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 10/22/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance eyes closed, step-and-stick onto the Airex with the L, weight shifts to the L with tapping
            For: she can't find the floor with her L foot when she stands up to play the fiddle, and wobbles till she looks down
            Numbers: SLS L 6 sec (R 17 sec); mCTSIB foam eyes closed 9 sec
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // RPT dense line: the saddle maker "can't feel the stirrup under his L boot" as the deficit; foam, rocker, pushes; Berg and rocker seconds; passes.
        ["v4-h157-rpt-cant-feel-the-stirrup"] = new(
            """
            Rawhide PT — M. Vankirk PT (Lusk): Walt Sorensen, saddle maker, 97112 22 min; 1:1, nobody else in the storefront; rocker board eyes shut, foam stance w/ head turns, pushes at the hips; can't feel the stirrup under his L boot & misses the step off the porch since the back surgery; Berg 47/56, rocker 12 s.
            """,
            ["M54.17", "R26.81"], [PT("97112", 22)], []),

        // SCVH "Target impairment: None identified (default)" on a 97112 with technique, measure and delivery: deficit missing.
        ["v4-h157-scvh-none-identified-default"] = new(
            """
            Sangre de Cristo Valley Hospital — Outpatient Therapy (Del Norte)    Aspenline Clinical · Therapy Flowsheet
            Supervision/Delivery: one-on-one
            Intervention: step-and-stick onto the foam, tandem with head turns, perturbations at the pelvis
            Target impairment: None identified (default)
            Outcome: Berg 47/56; 7 of 10 perturbations without a step
            Timed Codes: 97112 Neuromuscular re-education — 22 min
            Gideon Trujillo, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // NPD late entry with the agency form's "Deficits: WNL" left at its default: deficit missing.
        ["v4-h157-npd-deficits-wnl"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B, Wednesday evening)
            LATE ENTRY — written Thu 10/22/2026 07:50 for Wed 10/21/2026
            97112 x 22 min
            1:1: Y
            Foam stance c̄ head turns, step-and-stick, perturbations at the pelvis.
            Deficits: WNL
            Result: Berg 48/56; tandem 10 sec.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // WRPT "Why: per POC" with a technique, measure and ticked 1:1: deficit missing.
        ["v4-h157-wrpt-why-per-poc"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 10/22/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 22 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: rocker board eyes closed; tandem on the foam beam; perturbations at the pelvis
            Why: per POC
            Numbers: Berg 46/56; rocker 12 sec
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // TVPT 97110: the orchard pruner "can't push up the ladder" with R quad and hip weakness; step-ups and leg press doses; passes.
        ["v4-h157-tvpt-pruner-cant-push-up-the-ladder"] = new(
            """
            Touchet Valley Physical Therapy — College Place
            Owen Takacs, PT
            SERVICE: 97110 Therapeutic exercise — 14 min
            WHAT I DID AND WHY: step-ups onto the 8 in box 3x10, leg press 70 lb 3x12, split squats 3x8, so he can climb the orchard ladder again.
            DEFICIT ADDRESSED: R quadriceps and hip extensor weakness; he can't push up the ladder with the R leg leading.
            OBJECTIVE: see doses; 5xSTS 13.2 sec.
            """,
            ["Z96.651"], [PT("97110", 14)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // SCMH FGA in the "Last | Today" form; ticked 1:1; Timed ▸ 22 matches: passes.
        ["v5-h157-scmh-fga-last-today"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Lempi Maki
            EPISODE A: L vestibular hypofunction    ICD-10: H81.22
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: X1 viewing standing on foam, walking with head turns, turning to called targets.
            Impairment: oscillopsia and veering with head turns; the iron-mine retiree can't look up at the hymn board.
            Measures (Last | Today): FGA 17 | 21 /30; DVA loss 4 | 2 lines
            Completed by: Tove Lindqvist, PT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // MBOG 97110 under a goal with doses as the measure; arrow 15 matches: passes.
        ["v5-h157-mbog-97110-doses"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Ruben Zamora · Visit 5 · 10/22/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 44/80 (intake 27/80, 09/21/2026)
            STG 1 (by visit 8): climb onto the forklift without pulling on the mast — PROGRESSING
               → 97110 · 15 min · step-ups onto the 10 in box 3x10, leg press 80 lb 3x12, terminal knee extension with the blue band 3x15
               Impairment: L quad weakness after the L TKA
               ▸ measured by: see doses
            """,
            ["Z96.652"], [PTA("97110", 15)], []),

        // LCPT 97116 with distance and assistance as the measure; Codes/min matches: passes.
        ["v5-h157-lcpt-97116-distance-assist"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 7 of 12)
            Pt: Leon Kratochvil, grain-truck driver · T. Uhing, PTA
            Functional goal: walk from the truck to the scale house on gravel with the cane [status: progressing]
              Codes/min: 97116 = 17
              Interventions: gait training with the cane on gravel and over the scale-house threshold, cues for heel strike and R stance
              Impairment: short L step and decreased R stance after the R hip replacement
              Progress measure: 300 ft with the cane SBA on gravel; threshold CGA
            """,
            ["Z96.641"], [PTA("97116", 17)], []),

        // CST OT 97530 with counts and assistance; passes.
        ["v5-h157-cst-ot-97530-towel-counts"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Renata Holloway, OTR/L
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            97530 THER ACT — 16 min
            TX: carrying the towel stack from the laundry cart to the bathroom shelf, reaching to the top shelf, stooping to the bottom drawer for socks.
            PROBLEM: L shoulder weakness and standing balance after the fall in the dining room.
            OBJECTIVE: 4 trips with the walker tray SBA; reach to the top shelf 3 of 5.
            """,
            ["S42.202D"], [OT("97530", 16)], []),

        // LCPT "Progress measure: steadier, she says" with no number but the code and its minutes: measure missing.
        ["v5-h157-lcpt-steadier-she-says"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER
            Pt: Irma Bartels · C. Feeken, PT
            Functional goal: walk the church basement stairs without the rail [status: progressing]
              Codes/min: 97112 = 22
              Delivery: one-on-one
              Interventions: step-and-stick onto the foam step, tandem with head turns, perturbations at the pelvis on the stair landing
              Impairment: late protective step and sway on stairs
              Progress measure: steadier, she says
            Contract outcome: not due this visit
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ORPT "Objective Measures: deferred to the progress note" with no number but the code and its minutes: measure missing.
        ["v5-h157-orpt-objective-deferred"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            Delivery: one-on-one
            1:1 (Y/N): Y
            Interventions: rocker board eyes closed, step-and-stick onto the foam, stepping over the hurdles to a stop
            Clinical Findings: R ankle proprioception; the snowplow driver misses the cab step
            Objective Measures: deferred to the progress note
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            O. Reyes, PT
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // QBRH "OUTCOME MEASURE: not done today" with no number but the code and its minutes: measure missing.
        ["v5-h157-qbrh-outcome-not-done"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: foam stance with head turns; step-and-stick; perturbations at the shoulders
            IMPAIRMENT: postural sway and a slow stepping reaction on the wharf planks
            OUTCOME MEASURE: not done today
            Nora Cobb, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, missing separate time

        // BHBR two START/STOP rows (97112 = 23, 97140 = 12) both matching; each code complete; passes.
        ["v6-h157-bhbr-two-rows-nmr-and-manual"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 10:00 ■ STOP 10:23 = 23 MIN
            97140 MANUAL THERAPY ▸ START 10:23 ■ STOP 10:35 = 12 MIN
            1:1 the whole time.
            NMR: rocker board eyes closed, step-and-stick onto foam, perturbations in stride stance. Manual: talocrural posterior glides grade III, STM to the peroneals.
            Impairment: L ankle proprioception and dorsiflexion stiffness after the sprain jumping off the hay trailer.
            Objective: SLS L 8 sec; rocker 11 sec; knee-to-wall L 7 cm → 10 cm.
            Cody Ostrander, PT
            """,
            ["S93.402D"], [PT("97112", 23), PT("97140", 12)], []),

        // RSP two dotted ranges with prime minutes (97112 (23'), 97110 (13')), both matching; passes.
        ["v6-h157-rsp-two-dotted-ranges"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 22.10.2026 · bulb-farm sorter, 58 y
            97112 NMR 14.00–14.23 (23') · 1:1
            97110 TE 14.23–14.36 (13')
            NMR: perturbations at the pelvis on foam, step-and-stick, tandem with head turns. TE: sit-to-stand 3x10 with a 6 kg kettlebell, step-ups onto the 20 cm step 3x10.
            Problem: late protective step after the fall in the bulb shed; R hip and quad weakness.
            Measures: Berg 47/56; 7 of 10 perturbations recovered.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 13)], []),

        // OCM two clock ranges on the codes' own lines (97112 22, 97116 14), both matching; passes.
        ["v6-h157-ocm-two-clock-ranges"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Warner Robins (Watson Blvd)
            DAILY NOTE — post-TPE template rev. C
            Patient: Lurleen Hollis | Terrence Bledsoe, PT | Precautions: fall risk
            97112 Neuromuscular Re-education | 9:00–9:22 am
            97116 Gait Training | 9:22–9:36 am
            Constant attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: step-and-stick onto foam and perturbations at the pelvis to train her stepping reaction; then gait training with the cane on the parking lot and the curb cut, cues for step length.
            Impairment addressed: slow protective step and short R step after the fall at the peach shed.
            Objective measure: Berg 45/56; 420 ft with the cane SBA.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22), PT("97116", 14)], []),

        // MBOG two arrows under two goals (97112 · 22, 97116 · 16) both matching; passes.
        ["v6-h157-mbog-two-goals-two-arrows"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Delbert Shira · 10/22/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: LEFS 42/80 today (intake 24/80)
            STG 1: stand on the onion-shed catwalk without the rail — PROGRESSING
               → 97112 · 22 min · 1:1 · rocker board eyes closed, step-and-stick onto foam, perturbations at the pelvis
               Impairment: R ankle proprioception after the fracture
               ▸ measured by: SLS R 9 s; rocker 12 s
            STG 2: walk the shed yard with no device — PROGRESSING
               → 97116 · 16 min · gait training without the cane on the yard gravel, cues for push-off
               Impairment: short R stance and no push-off
               ▸ measured by: 400 ft no device SBA
            """,
            ["S82.851D"], [PT("97112", 22), PT("97116", 16)], []),

        // ORPT Billing Grid's default 15 left on a 26-minute 97112 line: mismatch; otherwise complete.
        ["v6-h157-orpt-grid-default-15-on-26"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 10/22/2026
            Delivery: one-on-one
            1:1 (Y/N): Y
            Interventions: tandem on the foam beam with head turns, perturbations at the shoulders, stepping over hurdles to a stop
            Clinical Findings: sway and a late step after the fall on the bakery's back steps
            Objective Measures: Berg 46/56; tandem 10 sec
            Billing Grid:  97112 | Neuromuscular re-education | 15 min
            H. Bjornstad, PT, DPT
            """,
            ["R26.81"], [PT("97112", 26)], [At(Mismatch, "97112")]),

        // SHT texted "97112 33m" on a 22-minute line: mismatch; otherwise complete (stamps are times of day).
        ["v6-h157-sht-texted-33m-on-22"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Oro Valley
            [9:05a] 1:1 — just me + Mr. Delgado
            [9:06a] 97112 33m: foam cushion stance w/ head turns, lateral stepping to the paddle line on the patio, pushes at the hips
            [9:39a] problem: late lateral step after the fall on the pickleball court
            [9:40a] Berg 48/56, 6 of 10 pushes held
            """,
            ["R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // LERB "Minutes by CPT: 97112 = 23 | 97116 = 28" on a 16-minute 97116 line: mismatch on 97116; both codes complete.
        ["v6-h157-lerb-minutes-by-cpt-97116-off"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-10502 · visit 6 of 12 authorized
            Pt: Juanita Cervantes · Yesenia Carrizales, PTA (supervising PT: D. Hobart)
            Minutes by CPT: 97112 = 23 | 97116 = 28
            Attendance: 1:1
            Functional deficit driving medical necessity: postural sway and a short L step after the fall at the church hall; she can't carry the dominoes box to the table.
            Skilled interventions (with rationale): foam stance with head turns and step-and-stick to train her stepping reaction; gait training with the cane across the parking lot, cues for a longer L step.
            Objective data for reviewer: Berg 45/56; 350 ft with the cane SBA.
            """,
            ["R26.81"], [PTA("97112", 23), PTA("97116", 16)], [At(Mismatch, "97116")]),

        // CFPT "CPT 97110 X 30 MIN" on a 17-minute line: mismatch; otherwise complete.
        ["v6-h157-cfpt-97110-30-on-17"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: EARLENE PRUETT PTA     DOS 10/22/26
            CPT 97110 X 30 MIN
            NOTE: STEP-UPS 6 IN 3X10, SIT TO STAND 3X10, SIDE STEPPING W/ RED BAND 3 LAPS. IMP: B HIP + QUAD WEAKNESS, CAN'T GET UP OUT OF THE JON BOAT.
            """,
            ["M62.81"], [PTA("97110", 17)], [At(Mismatch, "97110")]),

        // JWO QuickNote with both minute fields blank beside "Total timed ▸ 37m": separate time missing; content complete for both codes.
        ["v6-h157-jwo-two-blank-fields-total-only"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97112 ▸ __m
            97110 ▸ __m
            Total timed ▸ 37m
            1:1 ▸ Y
            Tx ▸ perturbations on the foam, step-and-stick, tandem w/ head turns; bridges 3x15, step-ups 3x10
            Area ▸ late step + sway, L hip weakness after the fall off the cabinet-line step stool
            # ▸ Berg 47/56; tandem 9 s
            """,
            ["R26.81", "M62.81"], [PTA("97112", 24), PTA("97110", 13)], [SepTime]),

        // PCPT dotted leader with "__ min" for the second code: separate time missing (97112's 23 match); both codes complete.
        ["v6-h157-pcpt-second-leader-blank"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 10/22/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Code 97116 Gait ........ __ min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance with head turns, step-and-stick; then gait training with the cane on the levee path outside, cues for heel strike
            For: sway and a short R step after the fall off the camp stairs
            Numbers: Berg 44/56; 350 ft with the cane SBA
            """,
            ["R26.81"], [PT("97112", 23), PT("97116", 12)], [SepTime]),

        // SHMC "CHARGES / TIMED SERVICES: 97112 and 97116, 36 min total": separate time missing; content complete.
        ["v6-h157-shmc-two-codes-total-only"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            Identity verified with two identifiers: yes. Allergies reviewed: NKDA. Precautions: fall risk.
            CHARGES / TIMED SERVICES: 97112 and 97116, 36 min total
            DELIVERY MODE: [X] Individual [ ] Group
            INTERVENTIONS: rhythmic stabilization in standing, stepping to floor targets; gait training in the corridor with turns and the walker.
            IMPAIRMENTS: trunk ataxia and a wide, unsteady gait with multiple sclerosis.
            OUTCOME MEASURES: Mini-BESTest 17/28; 250 ft with the walker SBA.
            Attestation: I personally furnished the services above. — Kayla Nienhuis, PTA
            """,
            ["R27.0"], [PTA("97112", 23), PTA("97116", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's other codes, wholly generic notes

        // Empty note on a two-code visit: NOTE_MISSING on each line.
        ["v7-h157-empty-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 22), PT("97116", 13)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // Line breaks and tabs only, no diagnosis: NOTE_MISSING and diagnosis.
        ["v7-h157-line-breaks-no-dx"] = new(
            "\n\t\n \n",
            [], [PTA("97110", 14)], [At(NoteMissing, "97110"), Dx]),

        // PTH 97110 at home: porch-rail heel raises, chair rises, marching with ankle weights; doses; box 14 matches: passes.
        ["v7-h157-pth-97110-porch-rail"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Kaylee Quesenberry, PTA
            Present: wife, on the porch swing
            97110 [ 14 ] min
            Tx: heel raises holding the porch rail 3x15, sit-to-stand from the kitchen chair 3x10, standing marching with 3 lb ankle weights 3x12
            Problem: bilateral calf and hip flexor weakness; the fiddler can't rise from his chair at the Friday jam without a push
            Assist/Dist: chair rises without arms on the last set
            """,
            ["M62.81"], [PTA("97110", 14)], []),

        // WRPT OT 97530: carrying clay bags and wedging clay at the wheel; counts; passes.
        ["v7-h157-wrpt-ot-97530-clay-bags"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 10/22/2026 — Dwight Kemper, OTR/L
            Svc: 97530 Ther act — 18 min
            What we did: carrying 25 lb clay bags from the shelf to the wedging table, wedging clay standing, centering on the wheel from a stool
            Why: R wrist and grip weakness after the distal radius fracture; the potter drops the bags
            Numbers: 4 bags carried SBA; grip R 34 lb (L 52 lb)
            """,
            ["S52.531D"], [OT("97530", 18)], []),

        // TVPT 97140 cervical rotation SNAGs and upper-trapezius soft-tissue work; rotation degrees; passes.
        ["v7-h157-tvpt-97140-cervical-snags"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Celeste Vandergriff, PT, DPT
            SERVICE: 97140 Manual therapy — 12 min
            WHAT I DID AND WHY: Mulligan rotation SNAGs at C5-C6 and soft-tissue mobilisation of the L upper trapezius and levator, because the stiffness keeps her from turning to back the tractor.
            DEFICIT ADDRESSED: cervical rotation hypomobility to the L.
            OBJECTIVE: rotation L 48 → 62 degrees after.
            NOTE TO REVIEWER: each element required for this service is documented above.
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // LCRT PTA 97116 cane gait on the clinic walk and over the cattle guard; distance and assist; passes.
        ["v7-h157-lcrt-97116-cattle-guard"] = new(
            """
            Little Colorado River Therapy — Holbrook
            Svc: Gait 97116 | Time: 16 minutes
            Activity: gait training with the cane on the clinic walk, the gravel lot and across a cattle guard, cues for step length
            Problem: short L step and L hip weakness after the hip fracture
            Measure: 400 ft with the cane SBA; cattle guard CGA
            W. Yazzie, PTA
            """,
            ["S72.002D"], [PTA("97116", 16)], []),

        // LMH "NMR per POC. Pt tolerated well." on 97112: wholly generic, and no one-on-one statement.
        ["v7-h157-lmh-generic-nmr-per-poc"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (WARREN)
            Timed Procedures
            97112 Neuromuscular Re-ed: 22 Minutes
            NMR per POC. Pt tolerated well.
            LaToya Grant, PTA
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // IVBPT "Ther ex per POC. Pt tolerated tx well." on 97110: wholly generic.
        ["v7-h157-ivbpt-generic-ther-ex"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            Grant Olmedo, PTA
            97110 — 14 min
            Ther ex per POC. Pt tolerated tx well. Continue POC.
            """,
            ["M62.81"], [PTA("97110", 14)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // STBF narrative of "balance and strengthening exercises, per plan, tolerated well" with each code's minutes: wholly generic on both, and no one-on-one for 97112.
        ["v7-h157-stbf-generic-two-codes"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            Leticia Fairweather, PTA · Thursday 10/22/2026
            What we worked on: balance and strengthening exercises.
            Why: per plan.
            How she did: tolerated well.
            Time: 97112, 22 min; 97110, 12 min.
            """,
            ["R26.81"], [PTA("97112", 22), PTA("97110", 12)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary: complete notes of every clinic, and the ordinary weak ones

        // RSP Friday Harbor PTA 97112 "· 1:1"; foam, perturbations, head turns; vestibular; DGI; (23') matches: passes.
        ["vord-h157-rsp-pta-kayak-guide"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            T. Wierzbicki, PTA · 22.10.2026 · kayak guide, 39 y
            97112 NMR 11.30–11.53 (23') · 1:1
            Tx: X1 viewing standing on the foam pad; walking with head turns and stopping on cue; feet together on foam with eyes closed.
            Problem: R vestibular hypofunction after neuritis; the horizon swims when he turns his head on the dock.
            Measures: DGI 18/24; feet together on foam eyes closed 14 s.
            """,
            ["H81.21"], [PTA("97112", 23)], []),

        // RSP 97110 with kilogram loads; (14') matches: passes.
        ["vord-h157-rsp-shoulder-ther-ex"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 22.10.2026 · boatyard painter, 55 y
            97110 TE 16.10–16.24 (14')
            Tx: rows with 8 kg 3x12; side-lying ER with 1 kg 3x15; wall slides 3x10.
            Problem: R rotator cuff weakness after the repair; can't reach overhead to paint the hull.
            """,
            ["M75.121"], [PT("97110", 14)], []),

        // BHBR 97112 START/STOP with "1:1 the whole time"; Berg and TUG; passes.
        ["vord-h157-bhbr-hay-hauler-nmr"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 08:30 ■ STOP 08:52 = 22 MIN
            1:1 the whole time.
            NMR: perturbations at the pelvis on foam, stepping over bale twine laid on the floor to a stop, tandem with head turns.
            Impairment: late protective step and sway; the hay hauler fell off the stack on the flatbed.
            Objective: Berg 48/56; TUG 10.2 sec.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // BHBR PTA 97110 START/STOP; doses; passes.
        ["vord-h157-bhbr-pta-97110"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97110 THERAPEUTIC EXERCISE ▸ START 14:10 ■ STOP 14:25 = 15 MIN
            Ther ex: leg press 60 lb 3x12, step-ups onto the 6 in step 3x10, bridges 3x15.
            Impairment: L quad and glute weakness after the L TKA; trouble on the hot-springs bathhouse steps.
            Renata Villalobos, PTA
            """,
            ["Z96.652"], [PTA("97110", 15)], []),

        // PTH PT 97112 at home "— one-on-one"; Berg and pushes; box 22 matches: passes.
        ["vord-h157-pth-hillsville-nmr"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT
            Present: daughter-in-law, in the kitchen
            97112 [ 22 ] min — one-on-one
            Tx: step-and-stick onto the back-door step, foam cushion stance with head turns, pushes at the hips in the hallway
            Problem: late stepping reaction and sway; she fell carrying the slop bucket off the back step
            Assist/Dist: Berg 43/56; 6 of 10 pushes recovered
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // PTH PTA 97116 at home with distance and assistance; box 16 matches: passes.
        ["vord-h157-pth-pta-gait-driveway"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Darnell Hash, PTA
            Present: nobody else home
            97116 [ 16 ] min
            Tx: gait training with the rollator down the gravel driveway to the mailbox and back, cues for step length and turning wide
            Problem: short shuffling steps after the L hip fracture
            Assist/Dist: 300 ft with the rollator SBA; turn at the mailbox CGA
            """,
            ["S72.002D"], [PTA("97116", 16)], []),

        // STBF PT 97112 narrative "One-on-one the whole session"; Berg; passes.
        ["vord-h157-stbf-elmira-nmr"] = new(
            """
            Southern Tier Balance and Falls Clinic — Elmira
            Bram Oosterhuis, PT · Thursday 10/22/2026
            What we worked on: step-and-stick onto the foam, perturbations at the shoulders, walking the hallway with head turns and stopping on my cue. One-on-one the whole session.
            Why: slow stepping reaction and sway; the retired glass worker fell stepping off the bus.
            How he did: Berg 46/56; 7 of 10 perturbations recovered.
            Time: 97112, 22 min.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // SCMH 97112 ticked 1:1; mCTSIB last/today; passes.
        ["vord-h157-scmh-ishpeming-nmr"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Toivo Heikkinen
            EPISODE A: unsteadiness on feet    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: foam stance eyes closed, rocker board A/P, step-and-stick onto foam.
            Impairment: somatosensory loss in both feet; he loses his footing on the snowy drive.
            Measures (Last | Today): mCTSIB foam eyes closed 5 | 9 sec; Berg 42 | 45 /56
            Completed by: Gabe Niemi, PT
            """,
            ["R26.81", "E11.42"], [PT("97112", 23)], []),

        // SCMH OT 97530 episode; counts; passes.
        ["vord-h157-scmh-ot-sauna-wood"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Helmi Aho
            EPISODE B: R wrist fracture    ICD-10: S52.501D
            Timed: 97530 ▸ 17 min
            Interventions: carrying split wood in a sling to the sauna stove, kneeling to load it, lifting the water bucket to the bench.
            Impairment: R grip and wrist weakness.
            Measures (Last | Today): grip R 28 | 35 lb; 5 armloads carried SBA
            Completed by: Marit Salo, OTR/L
            """,
            ["S52.501D"], [OT("97530", 17)], []),

        // CST PT 97112 geri visit "1:1: Y"; Berg and mCTSIB; passes.
        ["vord-h157-cst-roustabout-nmr"] = new(
            """
            CST GERI VISIT — Enid clinic          Loretta Haskins, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one, turning at the sink
            ORTHOSTATICS lying → standing: negative
            97112 NMR — 22 min    1:1: Y
            TX: turning in place to cues on the foam, reaching outside the base of support, perturbations at the hips
            PROBLEM: loss of balance turning, slow stepping reaction
            OBJECTIVE: Berg 44/56; 180-degree turn 4 steps
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // CST PTA 97110 geri visit; doses; passes.
        ["vord-h157-cst-pta-97110"] = new(
            """
            CST GERI VISIT — Stillwater clinic          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            97110 THER EX — 13 min
            TX: seated knee extension with 2 lb 3x12, sit-to-stand 3x8, standing heel raises 3x15 at the counter
            PROBLEM: bilateral quad and calf weakness, can't rise from the recliner
            """,
            ["M62.81"], [PTA("97110", 13)], []),

        // CFPT PTA 97116 capitals; distance; passes.
        ["vord-h157-cfpt-pta-gait"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: EARLENE PRUETT PTA     DOS 10/22/26
            CPT 97116 X 15 MIN
            NOTE: GAIT TRAINING W/ SPC IN THE HALL + ON THE RAMP, CUES FOR HEEL STRIKE. IMP: SHORT R STEP AFTER R TKA. OBJ: 450 FT SPC SBA, RAMP CGA.
            """,
            ["Z96.651"], [PTA("97116", 15)], []),

        // SHT PTA 97110 text chart; doses; passes.
        ["vord-h157-sht-pta-97110"] = new(
            """
            TxtChart · Saguaro Home Therapy · T. Haugen PTA · home visit, Sahuarita
            [10:40a] 97110 14m: sit-to-stand from the patio chair 3x10, step-ups onto the 4 in patio step 3x10, side-stepping w/ green band 3 laps
            [10:54a] problem: B hip abductor weakness, waddles getting to the mailbox
            """,
            ["M62.81"], [PTA("97110", 14)], []),

        // SHT OT 97530 text chart; counts; passes.
        ["vord-h157-sht-ot-97530"] = new(
            """
            TxtChart · Saguaro Home Therapy · P. Natarajan OTR/L · home visit, Marana
            [1:15p] 97530 17m: unloading the dishwasher to the upper cabinet, carrying the laundry basket to the bedroom, making the bed
            [1:32p] problem: L shoulder weakness + standing tolerance after the fall
            [1:33p] 12 dishes shelved, 2 baskets carried SBA
            """,
            ["S42.202D"], [OT("97530", 17)], []),

        // MBOG 97112 arrow with "1:1"; SLS and Y-balance; passes.
        ["vord-h157-mbog-nyssa-nmr"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Maria Lazcano · Visit 7 · 10/22/2026 · I. Barragán, PT
            PRIMARY OUTCOME: LEFS 55/80 today (intake 33/80, 09/15/2026)
            STG 1 (by visit 8): stand on the beet-piler platform without the rail — PROGRESSING
               → 97112 · 23 min · 1:1 · rocker board eyes closed, step-and-stick onto foam, perturbations in stride stance
               Impairment: L ankle proprioception after the sprain on the piler ramp
               ▸ measured by: SLS L 12 s; Y-balance anterior L 58 cm (R 66 cm)
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // BCH PTA 97112 goal block "Attendance: just Mr. Runyon and me"; Berg; passes.
        ["vord-h157-bch-pta-porch-steps"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Curtis Runyon · 10/22/2026 · J. Spurlock, PTA
            Goal #1 — go down the porch steps to the truck holding one rail
               Status: progressing
               Treated with: 97112 (22 min) — step-downs off the foam step with a hold, tandem with head turns, pushes at the pelvis
               Impairment: postural control and a late step after the fall at the post office
               How we know: Berg 45/56 (41/56 on 09/24)
            Attendance: just Mr. Runyon and me for the neuro re-ed.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // BCH PT 97116 goal block; distance and assistance; passes.
        ["vord-h157-bch-gait-97116"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Hobert Blevins · 10/22/2026 · L. Maynard, PT
            Goal #3 — walk from the parking lot into church with the cane
               Status: progressing
               Treated with: 97116 (16 min) — gait training with the quad cane on the sidewalk and the curb, cues for R heel strike
               Impairment: R foot drop and short L step after the stroke
               How we know: 250 ft with the quad cane CGA; curb CGA with the rail
            """,
            ["I69.351"], [PT("97116", 16)], []),

        // LCPT OT 97530 goal tracker; grip and counts; passes.
        ["vord-h157-lcpt-ot-97530"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER
            Pt: Bernice Wiese · M. Hrabik, OTR/L
            Functional goal: carry the casserole from the oven to the church potluck table [status: progressing]
              Codes/min: 97530 = 18
              Interventions: lifting the pan from the low oven rack, carrying it 15 ft to the table, reaching to the top cupboard
              Impairment: R wrist weakness after the fracture
              Progress measure: grip R 29 lb (L 45 lb); 5 pans carried SBA
            """,
            ["S52.501D"], [OT("97530", 18)], []),

        // ORPT PTA 97112 Prairielight; passes.
        ["vord-h157-orpt-pta-cresco-nmr"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 10/22/2026
            Delivery: one-on-one
            1:1 (Y/N): Y
            Interventions: foam stance with head turns, step-and-stick onto the Airex, perturbations at the pelvis
            Clinical Findings: sway and a late step; the hand-bell ringer fell off the choir riser
            Objective Measures: Berg 47/56; 8 of 10 perturbations without a step
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            K. Tjernagel, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // ORPT complete 97112 whose diagnosis came across as "#Name?": diagnosis finding only.
        ["vord-h157-orpt-dx-name-error"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 10/22/2026
            Delivery: one-on-one
            1:1 (Y/N): Y
            Interventions: rocker board A/P eyes closed, tandem on the foam beam, stepping over the hurdles to a stop
            Clinical Findings: L ankle proprioception after the sprain on the trout-stream bank
            Objective Measures: SLS L 8 sec; rocker 12 sec
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            H. Bjornstad, PT, DPT
            """,
            ["#Name?"], [PT("97112", 22)], [Dx]),

        // SCVH 97112 Aspenline; passes.
        ["vord-h157-scvh-rodeo-announcer-nmr"] = new(
            """
            Sangre de Cristo Valley Hospital — Outpatient Therapy (Del Norte)    Aspenline Clinical · Therapy Flowsheet
            Supervision/Delivery: one-on-one
            Intervention: X2 viewing seated then standing, walking with head turns, foam stance eyes closed
            Target impairment: bilateral vestibular hypofunction; the rodeo announcer sways climbing to the booth
            Outcome: DGI 17/24; foam eyes closed 10 sec
            Timed Codes: 97112 Neuromuscular re-education — 23 min
            Teodora Ulibarri, PT, DPT, NCS
            """,
            ["H81.23"], [PT("97112", 23)], []),

        // SCVH PTA 97110 Aspenline; doses; passes.
        ["vord-h157-scvh-pta-97110"] = new(
            """
            Sangre de Cristo Valley Hospital — Outpatient Therapy (Monte Vista)    Aspenline Clinical · Therapy Flowsheet
            Intervention: leg press 70 lb 3x12, step-ups onto the 8 in box 3x10, lateral band walks with the green band 3 laps
            Target impairment: R quad and hip abductor weakness after the R TKA
            Outcome: see doses
            Timed Codes: 97110 Therapeutic exercise — 14 min
            Lupita Atencio, PTA
            """,
            ["Z96.651"], [PTA("97110", 14)], []),

        // PSTG 97112 box ticked; passes.
        ["vord-h157-pstg-decoy-painter-nmr"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud · 10/22/2026
            ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: foam stance with head turns, stepping off the 6 in box onto foam, perturbations at the hips
            Impairments Addressed: R ankle proprioception after the fall off the workshop stool
            Measurables: SLS R 9 sec; 7 of 10 perturbations without a step
            97112 Neuromuscular Re-ed — 22 min
            J. Tawes, PTA
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // PSTG OT 97530; counts; passes.
        ["vord-h157-pstg-ot-97530"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 10/22/2026
            Skilled Interventions: carrying the crab basket from the cooler to the picking table, standing to pick at the table, reaching to the top shelf for the mallets
            Impairments Addressed: L hand grip and standing tolerance after the wrist fracture
            Measurables: grip L 31 lb; 4 baskets carried SBA
            97530 Therapeutic Activities — 17 min
            B. Crockett, OTR/L
            """,
            ["S52.502D"], [OT("97530", 17)], []),

        // SCLH Dee abbreviations 97112 "Pt seen indiv. thruout"; Berg, tandem; passes.
        ["vord-h157-sclh-dee-nmr"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR (97112) — 22 min   Pt seen indiv. thruout, daughter waited in the hall
            Tx: perturb. @ shoulders on foam, step-&-stick onto Airex, tandem c̄ head turns along the wall bar.
            Impairment: ↓ proprioc. B feet 2° DM neuropathy, LOB on the el platform stairs.
            Obj: Berg 45/56; tandem 8 sec.
            A/P: cont. POC.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // SCLH new grad first-person 97112 + 97110 with each code's minutes; passes.
        ["vord-h157-sclh-newgrad-two-codes"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT — Thursday 10/22/2026
            Neuromuscular re-education (CPT 97112): 23 minutes, provided one-on-one. I had her stand on the foam with her eyes closed while I gave perturbations at the pelvis, then step over the cones and stop on my cue. Her ankle strategy is delayed and she loses her balance when the bus brakes.
            Therapeutic exercise (CPT 97110): 12 minutes. Sit-to-stand 3x10, step-ups onto the 6 in step 3x10 and bridges 3x15 for her hip and quad weakness.
            Her Berg was 46/56 today and she recovered 7 of 10 perturbations with one step.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // SCLH PTA Marisol 97112 "1:1"; Berg; passes.
        ["vord-h157-sclh-pta-ocampo-nmr"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — M. Ocampo, PTA
            Timed: 97112 NMR — 22 min
            Delivery: 1:1, husband sat in the corner
            Tx: rocker board eyes closed, step-and-stick onto foam, tandem walking with head turns
            Impairment: L ankle proprioception after the fall off the deli stepstool
            Objective: SLS L 9 sec; rocker 13 sec
            A/P: cont. per PT plan
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // LMPT resident 97112 "| 1-on-1"; Y-balance and hop; passes.
        ["vord-h157-lmpt-resident-softball-nmr"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (K. Drummond, PT, DPT — Mentor co-sign to follow)
            97112 | 22 min | 1-on-1
            Tx: single-leg landing off the 12 in box to a stick, perturbations in a squat on the BOSU, reactive lateral hops to the line
            Why: R knee valgus collapse landing and poor neuromuscular control after the ACL reconstruction
            #s: Y-balance anterior LSI 88%; 7 of 10 landings without valgus
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 22)], []),

        // LMPT PTA 97110 visit form; doses; passes.
        ["vord-h157-lmpt-pta-97110"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97110 | Min: 14
            Tx: prone Y-T-W 3x10, rows with the blue band 3x15, wall push-ups 3x12
            Why: L scapular and rotator cuff weakness after the shoulder strain
            #s: see doses
            """,
            ["S46.012D"], [PTA("97110", 14)], []),

        // NPD late entry 97112 "1:1: Y"; Berg; passes.
        ["vord-h157-npd-late-entry-nmr"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B, Wednesday evening)
            LATE ENTRY — written Thu 10/22/2026 08:10 for Wed 10/21/2026
            97112 x 23 min
            1:1: Y
            Rocker board eyes closed, tandem on foam c̄ head turns, perturbations at the shoulders.
            Deficits: late ankle strategy and sway after the fall on the Jewel-Osco ice.
            Result: Berg 47/56; rocker 11 sec.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // NPD late entry 97116 + 97110 with each code's minutes; passes.
        ["vord-h157-npd-late-entry-gait-and-ther-ex"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B, Wednesday evening)
            LATE ENTRY — written Thu 10/22/2026 08:25 for Wed 10/21/2026
            97116 x 16 min / 97110 x 11 min
            97116: gait training c̄ the walker in the Pav B corridor, turns and the elevator threshold, cues for step length. 97110: sit-to-stand 3x10, heel raises 3x15.
            Deficits: short L step and L hip weakness after the hip fracture.
            Result: 200 ft walker CGA; elevator threshold SBA.
            """,
            ["S72.002D"], [PT("97116", 16), PT("97110", 11)], []),

        // PCPT Jules 97112 in his own voice; passes.
        ["vord-h157-pcpt-jules-nmr"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 10/22/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board eyes shut like he on the deck at night, step-and-stick onto the Airex, pushes at the hips, cher
            For: he can't feel where his feet at when the boat roll, sway an' a late step
            Numbers: rocker 10 sec; 7 of 10 pushes held, ça c'est bon
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // PCPT Annette 97110; doses; passes.
        ["vord-h157-pcpt-annette-97110"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 10/22/2026 · Annette Breaux, PT
            Code 97110 Ther ex ........ 13 min
            Did: step-ups onto the 8 in step 3x10, leg press 50 lb 3x12, TKE with the red band 3x15
            For: R quad weakness after the TKA, can't climb up to the camp on stilts
            Numbers: see doses
            """,
            ["Z96.651"], [PT("97110", 13)], []),

        // HLPT Hollis fragments with a clock range, 97112; passes.
        ["vord-h157-hlpt-hollis-fragments"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle, PT · 10/22/2026
            S: Ramp steep at low tide. Knees shaky.
            O: ☒ 1:1 ☐ group. 97112 10:00–10:22. Ramp-angle wedge stance, eyes closed. Perturb. on foam. Step-and-stick.
            Delayed ankle strategy, sway on inclines.
            Berg 47/56. Wedge stance 14 sec.
            A: Better.
            P: Same next visit.
            Billed: 97112 (22 min)
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // LMH 97112 Timed Procedures "Delivery: one-on-one"; Berg and TUG; passes.
        ["vord-h157-lmh-warren-truck-nmr"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (STERLING HEIGHTS)
            Timed Procedures
            97112 Neuromuscular Re-ed: 23 Minutes
            Delivery: one-on-one
            NMR: foam stance with head turns, step-and-stick, perturbations at the pelvis.
            Problem: delayed stepping reaction and sway; thirty-one years on the line, fell on the ice shoveling.
            Objective: Berg 46/56; TUG 11.3 sec.
            Keisha Whitfield, PT, DPT, NCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // LMH OT 97530 Timed Procedures; counts; passes.
        ["vord-h157-lmh-ot-97530"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (WARREN)
            Timed Procedures
            97530 Therapeutic Activities: 18 Minutes
            Activities: carrying the bowling bag to the car trunk, loading groceries into the fridge, reaching to the upper cabinet.
            Problem: R shoulder weakness after the rotator cuff repair.
            Objective: 6 items shelved overhead; 3 bag carries SBA.
            Renee Kaminski, OTR/L
            """,
            ["M75.121"], [OT("97530", 18)], []),

        // LCRT 97112 "1:1: Y"; Berg; passes.
        ["vord-h157-lcrt-holbrook-nmr"] = new(
            """
            Little Colorado River Therapy — Holbrook
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: foam stance eyes closed, stepping over a railroad tie to a stop, pushes at the pelvis
            Problem: somatosensory loss in both feet and sway in the dark hogan
            Measure: Berg 44/56; foam eyes closed 7 sec
            E. Hartman, PT
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // JWO 97112 QuickNote "1:1 ▸ Y"; Berg; passes.
        ["vord-h157-jwo-elkhart-nmr"] = new(
            """
            JointWorks QuickNote · Elkhart · D. Yoder PT
            97112 ▸ 23m
            1:1 ▸ Y
            Tx ▸ rocker board eyes closed, step-and-stick, perturbations on foam
            Area ▸ R ankle proprioception after the sprain at the RV lot
            # ▸ SLS R 10 s; rocker 12 s
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // JWO PTA 97110 QuickNote; doses; passes.
        ["vord-h157-jwo-pta-97110"] = new(
            """
            JointWorks QuickNote · Plymouth · M. Beer PTA
            97110 ▸ 14m
            Tx ▸ bridges 3x15, clamshells w/ the blue band 3x12, step-downs off the 6 in box 3x10
            Area ▸ L hip abductor weakness, L hip drops on stairs
            # ▸ see doses
            """,
            ["M62.81"], [PTA("97110", 14)], []),

        // RPT dense line 97112; passes.
        ["vord-h157-rpt-saddle-shop-nmr"] = new(
            """
            Rawhide PT — M. Vankirk PT (Lusk): Gus Kimsey, 97112 23 min; 1:1, only him & me in the building; foam stance eyes shut, stepping over a lariat to a stop, pushes at the hips; late step + sway since the fall off the loading chute; Berg 45/56, tandem 8 s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // RPT dense line 97110 at the Manville hall; doses; passes.
        ["vord-h157-rpt-manville-97110"] = new(
            """
            Rawhide PT — M. Vankirk PT (Tuesday, Manville hall): Edna Brott, 97110 14 min; sit-to-stand from the folding chair 3x10, heel raises 3x15, step-ups onto the stage step 3x8; B hip + calf weakness, can't get up from the pew.
            """,
            ["M62.81"], [PT("97110", 14)], []),

        // SHMC OT 97530 padded; counts; passes.
        ["vord-h157-shmc-ot-97530"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            Identity verified with two identifiers: yes. Allergies reviewed: NKDA. Precautions: none.
            CHARGES / TIMED SERVICES: 97530 Therapeutic activities — 17 min
            INTERVENTIONS: carrying the brat-fry tray from the counter to the grill, turning brats standing, reaching to the top shelf for buns.
            IMPAIRMENTS: L hand coordination and standing balance after the R stroke.
            OBJECTIVE: 4 trays carried SBA; stood through the whole task.
            Attestation: I personally furnished the services above. — Renee Wolfgram, OTR/L
            """,
            ["I69.354"], [OT("97530", 17)], []),

        // TVPT 97112 with the Y / N question answered Y; passes.
        ["vord-h157-tvpt-orchard-nmr"] = new(
            """
            Touchet Valley Physical Therapy — Waitsburg
            Owen Takacs, PT
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: step-and-stick onto the Airex, perturbations at the pelvis in stride stance, tandem with head turns, to train his stepping reaction on the orchard ladder.
            DEFICIT ADDRESSED: late protective step and sway after the fall off the ladder.
            OBJECTIVE: Berg 48/56; 8 of 10 perturbations with a single step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // LERB 97112 complete; passes.
        ["vord-h157-lerb-feedyard-nmr"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-10377 · visit 8 of 12 authorized
            Pt: Clay Bussard · Wendell Graf, PT, DPT
            CPT 97112 — 22 minutes
            Attendance: 1:1
            Functional deficit driving medical necessity: R ankle proprioception after the sprain in the feedyard alley; he rolls it on frozen ruts.
            Skilled interventions (with rationale): rocker board eyes closed; step-and-stick onto the foam; perturbations in tandem.
            Objective data for reviewer: SLS R 8 sec (L 22 sec); rocker 12 sec.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // OCM 97112 clock range, 1:1 ticked; passes.
        ["vord-h157-ocm-peach-grader-nmr"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Vernell Tharpe | Rhonda Akins, PT, DPT | Precautions: none
            97112 Neuromuscular Re-education | 2:00–2:23 pm
            Constant attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: tandem on the foam beam with head turns and perturbations at the pelvis, because she sways reaching across the grading belt.
            Impairment addressed: postural sway and a slow ankle strategy.
            Objective measure: Berg 47/56; tandem 11 sec.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // OCM OT 97530 clock range; counts; passes.
        ["vord-h157-ocm-ot-97530"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville
            DAILY NOTE — post-TPE template rev. C
            Patient: Mattie Goolsby | Marjorie Tillman, OTR/L | Precautions: none
            97530 Therapeutic Activities | 11:00–11:17 am
            Intervention and skilled rationale: carrying the laundry basket from the washer to the line, hanging sheets reaching overhead, stooping for clothespins.
            Impairment addressed: R shoulder weakness and standing tolerance after the fall.
            Objective measure: 2 baskets carried SBA; 6 sheets hung.
            """,
            ["S42.201D"], [OT("97530", 17)], []),

        // WRPT 97112 complete with a closed compliance query; passes.
        ["vord-h157-wrpt-berryville-nmr"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 10/22/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: step-and-stick onto the foam; perturbations at the pelvis; walking the hall with head turns and stopping on cue
            Why: delayed stepping reaction and sway; fell on the courthouse-square curb
            Numbers: Berg 46/56; 7 of 10 perturbations without a step
            [CO query: measure for today? — LM] Berg added above. JT [CO: resolved LM]
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // WRPT PTA 97110; doses; passes.
        ["vord-h157-wrpt-pta-97110"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 10/22/2026 — Kacey Ormsby, PTA
            Svc: 97110 Ther ex — 14 min
            What we did: leg press 60 lb 3x12, step-ups onto the 6 in step 3x10, heel raises 3x15
            Why: L quad and calf weakness after the L TKA
            Numbers: see doses
            """,
            ["Z96.652"], [PTA("97110", 14)], []),

        // QBRH OT 97530; counts; passes.
        ["vord-h157-qbrh-ot-wreath-table"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97530 THERAPEUTIC ACTIVITIES — 17 MIN
            INTERVENTIONS: standing at the wreath table bending fir tips into the ring, carrying finished wreaths to the rack, reaching to the top hook
            IMPAIRMENT: R hand grip and standing tolerance after the wrist fracture
            OUTCOME MEASURE: grip R    SCORE: 33 lb
            Maren Hatch, OTR/L
            """,
            ["S52.501D"], [OT("97530", 17)], []),

        // IVBPT complete 97112 with no diagnosis.
        ["vord-h157-ivbpt-no-diagnosis"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 10/22/2026    R. Quezada, PT, DPT
            97112 — 23 min
            1:1 the whole time. Rocker board eyes closed; step-and-stick onto the foam; perturbations at the pelvis
            Deficit: L ankle proprioception after the sprain on the canal bank
            SLS L 8 sec; rocker 11 sec
            """,
            [], [PT("97112", 23)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
