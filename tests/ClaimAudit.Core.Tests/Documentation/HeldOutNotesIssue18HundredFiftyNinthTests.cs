using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-fifty-ninth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-second session, blind) is the following week (Monday 26 – Friday 30 October 2026)
/// of the clinics of the hundred-and-fifty-sixth to hundred-and-fifty-eighth sets, each clinic in its own style and on
/// its own template, at most eight notes from any one clinic (seventeen clinics, three to eight notes each): the same
/// writers, new patients and returning ones, new wording. No style is new. About two thirds are ordinary and complete
/// (70 of 106), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and an
/// OT's code on one visit), by PTs, PTAs and OTs, from these employers:
/// <list type="number">
/// <item>the device clinics of the hundred-and-fifty-eighth set: Sawtooth Performance Lab (SPL: Boise, Eagle and McCall;
/// "SESSION REPORT · Athlete:", "BLOCK A · 97112 NMR · 23 min", "Attendance:", "Work:", "Limiter:", "☑ 1:1 ☐ semi-private"
/// and "DATA PASTE ▼"): Tamsin Reeve, Jordan Okafor, Mateo Arriaga and Brielle Sato (PTA); Northwoods Lakes Medical Center
/// — Balance Center (NLMC: Brainerd, Baxter and Crosby; "Service: 97112 Neuromuscular reeducation — 24 minutes",
/// "Attendance:", "Treatment:", "Impairment:" and "▶ Imported device report"): Ingeborg Halvorsen, Curtis Lindahl, Marisa
/// Pelletier (PTA) and Delphine Ostrowski (OTR/L); High Desert NeuroRecovery (HDNR: Bend, Redmond and Prineville; "Visit
/// note | clinician | Pt:", "97112 neuro re-ed: 22 min | 1:1", "97530 [ 20 ] min", "What I did:", "Why:", "Device
/// paste:"): Priya Venkataraman, Eamon Gallagher, Ruthanne Keel (PTA) and Sol Márquez (OTR/L);</item>
/// <item>the compliance-reviewed, goal-by-goal and bayou practices of the hundred-and-fifty-sixth set: White River
/// Physical Therapy &amp; Balance (WRPT: "Svc:", "Attendance: [ ] 1:1 [ ] concurrent [ ] group", "What we did:", "Why:",
/// "Numbers:", "[CO query: …]", dated addenda); Quoddy Bay Regional Hospital (QBRH: "CPT 97112 NEUROMUSCULAR RE-ED — 23
/// MIN", "DELIVERY: ☒ Individual …", "OUTCOME MEASURE: ____ SCORE: ____"); Imperial Valley Balance &amp; Physical Therapy
/// (IVBPT: "97112 — 22 min", "Deficit:", Ledgerline's "{{REVIEW: …}}" and "{{CLEARED — KM}}"); Petit Caillou Physical
/// Therapy (PCPT: "Code 97112 Neuro re-ed ........ 23 min", "Did:", "For:", "Numbers:", Jules Guidry's "cher" and "de");
/// Malheur Bend Orthopaedic Outcomes Group (MBOG: "PRIMARY OUTCOME:", "STG 1: … — PROGRESSING", "→ 97112 · 22 min · …",
/// "▸ measured by:", "Delivery:");</item>
/// <item>the clinics of the hundred-and-fifty-sixth and hundred-and-fifty-seventh sets' other templates: Rosario Strait
/// Physiotherapy (RSP: "27.10.2026", "97112 NMR 09.15–09.38 (23') · 1:1 — …", kilograms and centimetres); Caney Fork
/// Physical Therapy (CFPT: OfficeMate PM capitals, "CPT 97112 X 23 MIN", "1ON1 FLAG: Y"); JointWorks (JWO: "97112 ▸ 22m",
/// "1:1 ▸ ☒ Y ☐ N", "Tx ▸", "Area ▸", "# ▸", "Total timed ▸", the chain's "StableStart" cards); St. Casimir Lakeshore
/// Hospital (SCLH: Dee Wachowski's abbreviations, Nathaniel Osei-Bonsu's first person, Anjali Subramaniam's clock
/// ranges, Marisol Ocampo (PTA)); Llano Estacado Rehab &amp; Balance (LERB: "AUTH #", "visit 6 of 12 authorized",
/// "Functional deficit driving medical necessity:", "Objective data for reviewer:", "Minutes by CPT:"); Porchlight
/// Therapy at Home (PTH: "Visit at:", "Present:", "97116 [ 18 ] min", "Assist/Dist:"); St. Columba Memorial Hospital
/// (SCMH: "EPISODE A: … ICD-10:", "Timed: 97112 ▸ 23 min", "Measures (Last | Today):"); Pocomoke Sound Therapy Group
/// (PSTG: TidePoint's "Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat", "Measurables:"); Oneota River Physical Therapy (ORPT:
/// Prairielight's "1:1 (Y/N):" and the "Billing Grid" whose minute column defaults to 15).</item>
/// </list>
/// This week's people: a bouldering-gym kid of 16 and her mother, a smokejumper, a Payette kayak instructor, a walleye
/// guide's wife who cooks the lutefisk dinner, a retired ore-dock worker, a rodeo pickup man, a hazelnut-orchard hand, a
/// Green Forest chicken-house manager, a Lubec sardine-cannery retiree, a Calexico date packer, a Houma crawfish farmer,
/// a Vale onion grader, a Friday Harbor whale-watch deckhand, a Center Hill houseboat mechanic, a Goshen buggy maker, a
/// CTA bus driver, a Dalhart grain-elevator hand, a Galax banjo builder, an Ishpeming snowshoe racer, a Chincoteague
/// skiff man, an Onancock pony-swim volunteer and a Decorah trout-hatchery worker — with a mother on the bench, a husband in the control booth,
/// a nephew translating from the doorway, a grandson in the truck, a transport aide at the door, a sister in the lobby, a
/// son in the truck, a daughter in the kitchen and a husband and a wife on the porch (none of them a patient), and the patients treated alongside (Ms. Tafoya and Mr. Lujan in the parallel bars, Mr.
/// Theriot and Ms. Dupré on the mats, Mr. Prater on the foam beams, the route setter sharing the lane, two patients on
/// the bikes and the leg press, Mrs. Ybarra's neighbour at the kitchen counter).
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads each clinic's template as its writers
/// fill it, applying the contract to what the note says was done at this visit: a blank, "____", "__ min", "__m", an
/// unticked box row, "[Select …]", "see initial eval", "same as last visit", "no change" and "per POC" state nothing; a
/// ticked box says what it says; an auditor's query is nothing and the clinician's dated reply is documentation; a
/// chain's branded card never stands for a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h159-…): one-on-one in these writers' own words ("1:1 — just Tamsin and Wren on the turf; her mother
/// filmed from the bench", "Individual (1:1) — only the two of us in the platform room; her husband sat in the control
/// booth", an addendum "1:1 — only Mr. Hensley and me in the gym for the NMR; his grandson sat in the truck", "One-on-one
/// — just me and Sr. Valenzuela; his nephew translated from the doorway", "I had him to myself for the whole re-ed; the
/// transport aide waited at the door"), notes that negate it (Ms. Tafoya and Mr. Lujan in the parallel bars "cueing one
/// then the other", Jules's "[X] concurrent" with Mr. Theriot and Ms. Dupré on de mats, "1ON1 FLAG: N" beside Mr. Prater
/// on the foam beams) or never state it (a QBRH note with its delivery row deleted), and the codes without a one-on-one
/// check (a PTA's 97110 with two patients on the bikes and the leg press, an OT's 97530 at the kitchen counter with a
/// second patient);</item>
/// <item>class 2 (v2-h159-…): checkbox and blank-field states (HDNR's drop-down set to "One-on-one ▾", SPL's "☐ 1:1 ☑
/// semi-private", NLMC's "Impairment: ______", QBRH's "OUTCOME MEASURE: ____ SCORE: ____" as the only measure, PTH's
/// unfilled "Present:" beside a filled 97116, JWO's "1:1 ▸ ☐ Y ☒ N", LERB's "Objective data for reviewer: [Select
/// measure]", ORPT's "1:1 (Y/N): ___", an IVBPT review query answered with a Berg by the clinician, HDNR's "Device paste:
/// [paste here]" beside a typed gait speed, MBOG's "Delivery: ________");</item>
/// <item>class 3 (v3-h159-…): named programmes and methods as techniques (graded motor imagery with laterality
/// recognition, VOR cancellation and saccade training, the Otago strengthening programme for a 97110, strain-counterstrain
/// and Cyriax deep transverse friction for a 97140, Rood facilitation for a foot drop, the FIFA 11+ part 2 drills with
/// partner perturbations), the chain's "StableStart orange card" as the only technique, and mirror therapy with no
/// number;</item>
/// <item>class 4 (v4-h159-…): deficits stated as findings in these writers' terms (feet that can't read the floorboards
/// of a rocking skiff, dizzy looking up the grain leg, a knee that buckles on the wet boat ramp, a landing with the knee
/// locked and the heels first) and notes that state none ("Why: see initial eval", "IMPAIRMENT: same as last visit",
/// "Imp: —", "Problem: no change");</item>
/// <item>class 5 (v5-h159-…): measures in every usual form (the STEADI Four Stage Balance Test in seconds, a Mini-BESTest
/// and a 10-metre walk in metres per second, five-times sit-to-stand in the "Last | Today" form, distance and assistance
/// for a 97116, grip pounds and counts for a 97530, doses for a 97110) and notes with none ("Numbers: she say she feel
/// steadier, cher", "Result: steadier on the turns by observation", "OBJ: DEFERRED", a 97110's "reps to fatigue, load by
/// feel");</item>
/// <item>class 6 (v6-h159-…): minutes in these templates' forms (two blocks, a PT's and an OT's service, three HDNR code
/// lines, two dotted clock ranges, two "Timed:" arrows) and true mismatches (a Billing Grid's default 15 on a 25-minute
/// line, "CPT 97112 NEUROMUSCULAR RE-ED — 35 MIN" on 23, "Minutes by CPT: … 97110 = 30" on 16, a dotted "28 min" on a
/// 17-minute 97116) and truly missing separate time ("Svc: … — __ min" twice beside "Total timed: 37 min", "97110 ▸ __m"
/// beside "Total timed ▸ 38m");</item>
/// <item>class 7 (v7-h159-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (wall slides, prone Y-T-W and banded external rotation after a cuff
/// repair), 97530 (a crawfish sack carried from the boat to the truck bed), 97140 (thoracic PA glides and pec minor
/// soft-tissue work) and 97116 (walker to cane in the hallway, up a ramp and four steps), and wholly generic notes ("NMR
/// PER PLAN. TOLERATED SESSION WELL.", a QuickNote of "per POC", Dee's two-code "bal trng + ther ex per POC" with each
/// code's minutes, an OT's "Functional activities per plan");</item>
/// <item>ordinary (vord-h159-…): complete notes of every clinic that a reviewer passes (the false-positive guard), and the
/// ordinary weak ones: a complete note whose diagnosis came across as "#REF!" and a complete note with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — a mother, husbands, a nephew, a
/// grandson, a transport aide, a sister, a son, a daughter, an audiology student and wives (none of them a patient; Ms. Tafoya, Mr. Lujan, Mr. Theriot, Ms. Dupré, Mr.
/// Prater, the route setter, the two on the bikes and the leg press and the second patient at the counter are), ages,
/// dates of service and of addenda, visit counts, authorization numbers, box and step heights in inches and
/// centimetres, loads in pounds and kilograms, band colours, degrees, seconds, grip pounds, gait speeds, distances in
/// feet and metres, numbers of stairs, sacks, eggs, towels, cans and pushes — and each is written so that a reviewer cannot take it for
/// a billed code's minutes; a code's minutes are written next to the code ("BLOCK A · 97112 NMR · 23 min", "Service: 97112
/// Neuromuscular reeducation — 24 minutes", "97112 neuro re-ed: 22 min", "Svc: 97112 NMR — 22 min", "→ 97112 · 22 min",
/// "Code 97112 Neuro re-ed ........ 23 min", "CPT 97112 X 23 MIN", "97112 ▸ 22m", "Timed: 97112 ▸ 23 min", "Billing
/// Grid: 97112 | … | 23 min"), in its block's heading, in a minute box or as a clock range on the code's own line; no note
/// gives minutes to a visit, a drill, a rest or a test, except the two that give the visit a total ("Total timed: 37
/// min", "Total timed ▸ 38m"); notes failed for want of a measure carry no number but their code and its minutes.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes the
/// measure check only on an objective measure with a number and fails it only when the note has no number but its code
/// and its minutes; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure.
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
/// This set also leaves out this week's cases that could honestly be read either way: a "Measures (Last | Today)" row
/// whose Today column is blank beside a filled Last, an attendance answer that names a second patient who "only watched",
/// a device's session timer as a 97112's only number, a branded programme's level named beside the drills its own card
/// lists, an auditor's query answered "see above" or with initials alone, and a patient's self-rated confidence scale as
/// a note's only measure.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 104 of 106 cases agree (104 needed), and 1 of the 70 notes the reviewer passes got a finding, on the analyzer of b4b0457 (the 2026-12-07 twenty-second session after the hundred-and-fifty-sixth to hundred-and-fifty-eighth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, ed4cfb9): 106 of 106, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFiftyNinthTests(ITestOutputHelper output)
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

        // SPL Boise, "Attendance: 1:1 — just Tamsin and Wren on the turf; her mother filmed from the bench" (family, not a patient); perturbations on the foam during single-leg holds, drop-and-stick; L ankle proprioception; time to stabilisation; block 23 matches: passes.
        ["v1-h159-spl-mother-filmed-from-the-bench"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Wren Castellanos (bouldering-gym kid, age 16) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 23 min
            Attendance: 1:1 — just Tamsin and Wren on the turf; her mother filmed from the bench
            Work: single-leg holds on the foam pad with my pushes at the pelvis; drop off the 12 in box and stick on the L; eyes-closed holds on the half dome
            Limiter: L ankle proprioception after the fall off the bouldering wall onto the pad edge; the ankle rolls when she lands off-balance
            DATA PASTE ▼
              Hawkin Dynamics · SL drop landing · printed 10/26/2026 16:05
              Time to stabilisation  L 1.38 s | R 0.91 s   (trial length 5.0 s)
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // NLMC Brainerd, "Individual (1:1) — only the two of us in the platform room; her husband sat in the control booth with the audiology student"; platform sensory training and foam head turns; vestibular reliance on vision; SOT; 24 matches: passes.
        ["v1-h159-nlmc-husband-in-the-control-booth"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Solveig Moen (walleye guide's wife, cooks the lutefisk dinner at church) · Clinician: Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: Individual (1:1) — only the two of us in the platform room; her husband sat in the control booth with the audiology student
            Treatment: platform sensory training with the surround moving and the floor fixed; foam stance with slow yaw head turns, eyes open then closed
            Impairment: L vestibular hypofunction with over-reliance on vision; she tips in the dim church basement
            ▶ Imported device report — Bertec Balance Advantage (printed 10/26/2026 09:12)
               SOT composite 58 | Cond 5: 41 | Cond 6: 33
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // HDNR Redmond: Eamon "worked Ms. Tafoya and Mr. Lujan in the parallel bars together, cueing one then the other" — another patient treated inside the block: one-on-one missing; stepping over the hurdles, foam marching, lateral pushes; postural control; Mini-BESTest present.
        ["v1-h159-hdnr-two-in-the-parallel-bars"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Eamon Gallagher, PT | Pt: Adela Tafoya
            97112 neuro re-ed: 22 min | worked Ms. Tafoya and Mr. Lujan in the parallel bars together, cueing one then the other
            What I did: stepping over the low hurdles in the bars; marching on the foam strip; lateral pushes at the hips
            Why: postural control and a late lateral step after the R cerebellar stroke
            Mini-BESTest 16/28.
            """,
            ["I69.393"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // WRPT Green Forest, Joel: attendance row left blank, the officer's "[CO query: attendance?]" answered by a dated addendum "1:1 — only Mr. Hensley and me in the gym for the NMR; his grandson sat in the truck" (the clinician's statement); rocker board, tandem on foam with head turns; proprioception; Berg; Svc 22 matches: passes.
        ["v1-h159-wr-addendum-grandson-in-the-truck"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 10/27/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 22 min
            Attendance: [ ] 1:1 [ ] concurrent [ ] group
            What we did: rocker board A/P with eyes closed; tandem on the Airex with head turns; step-and-stick over the feed-pan rim
            Why: proprioceptive loss in both feet with the neuropathy; the chicken-house manager stumbles on the litter in house 4
            Numbers: Berg 44/56; rocker board 12 sec without an edge touch
            [CO query: attendance row blank — 1:1?]
            Addendum 10/28: 1:1 — only Mr. Hensley and me in the gym for the NMR; his grandson sat in the truck. — JT
            [CO: resolved LM]
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // PCPT Houma, Jules (PTA): "[X] concurrent" ticked and "had Mr. Theriot an' Ms. Dupré on de mats at de same time, went back an' forth" — another patient in the block: one-on-one missing; half-kneel, tall-kneel pushes; trunk control; Berg present.
        ["v1-h159-pc-jules-two-on-de-mats"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 10/27/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 21 min
            Attendance: [ ] one-on-one [X] concurrent [ ] group
            Had Mr. Theriot an' Ms. Dupré on de mats at de same time, went back an' forth between 'em.
            Did: half-kneel holds wit' pushes at de shoulders, tall-kneel to stand, reachin' out past his base on de foam
            For: trunk postural control after de stroke, he tips sideways baitin' de crawfish traps
            Numbers: Berg 41/56; half-kneel 20 sec wit'out a hand down
            """,
            ["I69.354"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // QBRH Lubec, Everett: the DELIVERY row deleted from the template and no word of attendance anywhere: one-on-one never stated; foam, X2 viewing, step-overs; bilateral vestibular loss; DGI present.
        ["v1-h159-qbrh-delivery-row-deleted"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            INTERVENTIONS: X2 viewing with the letter card, feet apart on the foam; walking the corridor with pitch head turns; stepping over the lobster-crate slat to a stop
            IMPAIRMENT: bilateral vestibular hypofunction; the sardine-cannery retiree sways on the wharf in the dark
            OUTCOME MEASURE: DGI    SCORE: 17/24
            Everett Sewall, PT
            """,
            ["H81.23"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // IVBPT El Centro, Ellis: "One-on-one — just me and Sr. Valenzuela; his nephew translated from the doorway" (family, not a patient); perturbations, foam tandem, cone weaving; ankle strategy; FGA; 22 matches: passes.
        ["v1-h159-ivbpt-nephew-translated-from-the-doorway"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 10/27/2026    E. Fennimore, PT
            97112 — 22 min
            One-on-one — just me and Sr. Valenzuela; his nephew translated from the doorway.
            Perturbations at the pelvis in stride stance; tandem on the foam beam; weaving the cones with a stop on my clap
            Deficit: slow ankle strategy and a late step backward; the date packer loses it turning with a full flat
            FGA 19/30 (15/30 on 9/29); 6 of 10 pushes held without a step
            {{CLEARED — KM}}
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // MBOG Nyssa, Kenzie (PTA) 97110 "with two other patients on the bikes and the leg press while she worked" (97110 has no one-on-one check); step-downs, leg press, band walks with doses; quad and glute weakness; arrow 16 matches: passes.
        ["v1-h159-mbog-pta-97110-two-others-on-the-bikes"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Dolores Aranguren · Visit 7 · 10/28/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 47/80 (intake 33/80)
            STG 2: step down off the onion-grading line platform without the rail — PROGRESSING
               → 97110 · 16 min · forward step-downs off the 6 in step 3x10, leg press 3x12 @ 90 lb, monster walks with the green band 3 laps
               Two other patients on the bikes and the leg press while she worked.
               Impairment: R quad and glute med weakness after the R TKA
               ▸ measured by: doses above
            """,
            ["Z96.651"], [PTA("97110", 16)], []),

        // IVBPT Calexico, Ximena (OTR/L) 97530 "with Mrs. Ybarra's neighbour working beside her at the kitchen counter" (97530 has no one-on-one check); packing date boxes, reaching to the upper shelf, carrying a tray; R shoulder and hand after a stroke; counts and assist: passes.
        ["v1-h159-ivbpt-ot-97530-second-patient-at-the-counter"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            DOS 10/28/2026    X. Saldívar, OTR/L
            97530 — 20 min (with a second patient, Mrs. Ybarra's neighbour, working beside her at the kitchen counter)
            Packing the 1 lb date boxes at the counter; reaching the boxes to the upper shelf; carrying a loaded tray to the table
            Deficit: R shoulder flexion and R hand dexterity after the L CVA; she packed dates for thirty years
            10 of 12 boxes packed with the R hand; 6 shelf reaches to 60 in, SBA; tray carried 20 ft without a spill
            """,
            ["I69.331"], [OT("97530", 20)], []),

        // SCLH Nathaniel's first person: "I had him to myself for the whole re-ed; the transport aide waited at the door with the wheelchair" (staff); tandem and narrow-base walking, stepping to targets, reactive pushes; ataxia; SARA gait item and tandem count; 23 matches: passes.
        ["v1-h159-sclh-nathaniel-aide-at-the-door"] = new(
            """
            SCLH OP Neuro Rehab — N. Osei-Bonsu, PT, DPT
            97112 neuromuscular re-ed — 23 min
            I had him to myself for the whole re-ed; the transport aide waited at the door with the wheelchair.
            I had him walk a narrow base between the tape lines, step to the numbered floor targets as I called them, and take reactive steps to my pushes at the pelvis.
            He has truncal ataxia after the cerebellar stroke; the CTA bus driver says the floor seems to move when he turns.
            Tandem walk 6 consecutive steps (3 last week); SARA gait item 4.
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // CFPT capitals "1ON1 FLAG: N" with "WORKED HIM ALONGSIDE MR. PRATER ON THE FOAM BEAMS": another patient in the block: one-on-one missing; foam beams, rocker, step-overs; proprioception; Berg present.
        ["v1-h159-cfpt-flag-n-beside-mr-prater"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 10/28/26
            CPT 97112 X 22 MIN
            1ON1 FLAG: N
            NOTE: WORKED HIM ALONGSIDE MR. PRATER ON THE FOAM BEAMS, CUEING BOTH. TANDEM ON THE FOAM BEAM, ROCKER BD M/L, STEP-OVERS TO A STOP. IMP: DECR PROPRIOCEPTION BOTH FEET, THE HOUSEBOAT MECHANIC LOSES IT ON THE DOCK RAMP. OBJ: BERG 45/56.
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // HDNR drop-down set ("Attendance: One-on-one ▾"); BalanceTutor perturbations with stepping responses, tandem on the Airex; reactive stepping in MS; device counts; 23 matches: passes.
        ["v2-h159-hdnr-dropdown-one-on-one-selected"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Joaquin Ruelas (smokejumper, on light duty)
            97112 neuro re-ed: 23 min | Attendance: One-on-one ▾
            What I did: forward and lateral belt perturbations on the BalanceTutor with stepping responses; tandem on the Airex with head turns
            Why: slow reactive stepping and poor postural control with MS; he catches his toe on the loft stairs at the jump base
            Device paste:
              [BalanceTutor] Level 5 | Perturbations delivered 34 | Single-step recoveries 25 | Harness catches 1
            """,
            ["G35"], [PT("97112", 23)], []),

        // SPL Eagle "☐ 1:1 ☑ semi-private" ticked on a 97112 with "Attendance: Micah and the route setter shared the lane": another patient in the block: one-on-one missing; landing and perturbation work, knee proprioception, IMU numbers present.
        ["v2-h159-spl-semi-private-ticked"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Micah Dorsey (Payette kayak instructor) · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 22 min
            ☐ 1:1   ☑ semi-private
            Attendance: Micah and the route setter shared the lane, taking turns on the foam
            Work: split-stance perturbations on the foam; lateral bound-and-stick onto the half dome
            Limiter: R knee proprioception after the R MCL sprain climbing out of the eddy
            DATA PASTE ▼
              Blue Trident · bound landings · knee valgus events R 5 of 10 | L 1 of 10
            """,
            ["S83.411D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // NLMC Baxter, Curtis: "Impairment: ______" left blank and nothing else names a deficit, system or region: deficit missing; 1:1, perturbations and step-and-stick, Biodex numbers present.
        ["v2-h159-nlmc-impairment-line-blank"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER CLINIC
            TREATMENT NOTE · Pt: Einar Lukkari · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: Individual (1:1)
            Treatment: Biodex platform perturbations with step responses; step-and-stick onto the rocker board; tandem walking on the foam beam
            Impairment: ______
            ▶ Imported device report — Biodex Balance SD (printed 10/27/2026 13:40)
               Overall Stability Index 3.1 | A/P 2.4 | M/L 1.7
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // QBRH Calais, Nora: "OUTCOME MEASURE: ____ SCORE: ____" never filled and no number in the note but the code and its minutes: measure missing; Individual ticked, gaze-stabilization viewing and foam head turns, vestibular loss present.
        ["v2-h159-qbrh-outcome-measure-blank"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: gaze-stabilization viewing against the plaid background; feet together on the foam with head turns; walking the hall with a ball toss overhead
            IMPAIRMENT: L vestibular hypofunction; oscillopsia turning to check the wood stove
            OUTCOME MEASURE: ____    SCORE: ____
            Nora Cobb, PT, DPT, NCS
            """,
            ["H81.22"], [PT("97112", 23)], [At(Measure, "97112")]),

        // PTH home visit with "Present: ____" left unfilled (nothing to do with any element) on a complete 97116: rollator gait through the house and down the porch steps; L hip weakness; distance and assistance; box 18 matches: passes.
        ["v2-h159-pth-present-blank-97116-filled"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Kaylee Quesenberry, PTA
            Present: ____
            97116 [ 18 ] min
            Tx: gait training with the rollator from the bedroom to the workshop, cues for a longer R step and upright trunk; down and up the 3 porch steps with the rail
            Problem: L hip abductor weakness and a Trendelenburg lurch after the L hip fracture; the banjo builder can't get to his bench
            Assist/Dist: 160 ft with the rollator, SBA; porch steps x2 with the rail, CGA
            """,
            ["S72.002D"], [PTA("97116", 18)], []),

        // JWO QuickNote "1:1 ▸ ☐ Y ☒ N" ticked No and nothing else on attendance: not one-on-one; BOSU, hops, Airex; ankle proprioception; SLS seconds present.
        ["v2-h159-jwo-one-to-one-no-ticked"] = new(
            """
            JointWorks QuickNote · Elkhart · J. Hochstetler PTA
            97112 ▸ 21m
            1:1 ▸ ☐ Y ☒ N
            Tx ▸ SLS on the BOSU w/ chest pass, step-and-stick off the 6 in step onto the Airex, lateral hops to a stick
            Area ▸ L ankle proprioception, the buggy maker rolls it on the shop's gravel apron
            # ▸ SLS BOSU L 11 s; 7 of 10 hops stuck
            """,
            ["S93.402D"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // LERB Dalhart: "Objective data for reviewer: [Select measure]" left and no number in the note but the code and its minutes: measure missing; 1:1, perturbations and foam, postural control present.
        ["v2-h159-lerb-objective-select-measure"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Pt: Orville Spradlin · Wendell Graf, PT, DPT
            CPT 97112 — 22 minutes
            Attendance: one-on-one
            Functional deficit driving medical necessity: postural control and a slow stepping response; he staggers on the grain-elevator catwalk.
            Skilled interventions (with rationale): perturbations at the pelvis on the foam to train the stepping strategy; stepping over the auger hose to a stop; feet together with eyes closed for somatosensory use.
            Objective data for reviewer: [Select measure]
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ORPT "1:1 (Y/N): ___" never answered and nothing else on attendance: not stated; perturbations, foam tandem; proprioception; Berg; grid 23 matches.
        ["v2-h159-orpt-one-to-one-blank"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 10/29/2026
            1:1 (Y/N): ___
            Interventions: perturbations at the shoulders on the foam; tandem walking with head turns along the parallel bar; step-and-stick onto the Airex
            Clinical Findings: proprioceptive loss both feet with the neuropathy; the hatchery worker slips on the wet raceway walk
            Objective Measures: Berg 46/56; tandem 10 sec
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            O. Reyes, PT
            """,
            ["E11.42"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // IVBPT Holtville: "{{REVIEW: no objective measure — KM}}" answered by Rosalba's dated reply "Berg 44/56 today; 6 of 10 pushes without a step — RQ" (the clinician's documentation); one-on-one, perturbations and foam, deficit; 23 matches: passes.
        ["v2-h159-ivbpt-review-answered-with-berg"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            DOS 10/29/2026    R. Quezada, PT, DPT
            97112 — 23 min
            One-on-one.
            Pushes at the pelvis in tandem; foam stance with eyes closed and head turns; stepping over the irrigation-pipe mock-up to a stop
            Deficit: slow stepping strategy and sway with eyes closed; she fell in the date garden at dusk
            {{REVIEW: no objective measure — KM}}
            Reply 10/30: Berg 44/56 today; 6 of 10 pushes without a step. — RQ
            {{CLEARED — KM}}
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // HDNR 97116 with "Device paste: [paste here]" left beside a typed 10-metre walk speed and distance: passes (the typed numbers are the measure); gait training with the walker, heel strike cues; R foot drop; 19 matches.
        ["v2-h159-hdnr-device-paste-blank-speed-typed"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Ruthanne Keel, PTA | Pt: Lyle Brannock (rodeo pickup man)
            97116 gait training: 19 min
            What I did: gait training with the front-wheeled walker through the gym and out on the parking lot, cues for R heel strike and a longer L step
            Why: R foot drop and a short L step after the L MCA stroke
            Device paste: [paste here]
            Typed: 10MWT 0.58 m/s with the walker; 300 ft walked, CGA on the lot
            """,
            ["I69.351"], [PTA("97116", 19)], []),

        // MBOG Vale "Delivery: ________" never filled: one-on-one not stated; gaze stabilisation and foam head turns, cervicogenic dizziness, DGI present.
        ["v2-h159-mbog-delivery-blank"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Ramona Etcheberry · Visit 5 · 10/29/2026 · I. Barragán, PT, DPT
            PRIMARY OUTCOME: DHI 38 (intake 56)
            STG 1: grade onions on the line turning her head without dizziness — PROGRESSING
               → 97112 · 22 min · X1 viewing seated and standing, walking with head turns, feet together on the foam
               Impairment: cervicogenic dizziness with poor head-eye coordination
               ▸ measured by: DGI 19/24
            Delivery: ________
            """,
            ["R42", "M54.2"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // HDNR Bend, Priya: graded motor imagery — laterality recognition with the Recognise app, then imagined hand movements — for CRPS of the L hand; body-schema and sensory deficit; laterality accuracy and response time; 1:1; 22 matches: passes.
        ["v3-h159-hdnr-graded-motor-imagery"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Tessa Albright (hazelnut-orchard hand)
            97112 neuro re-ed: 22 min | 1:1
            What I did: graded motor imagery — left/right hand laterality recognition on the Recognise app, then explicit motor imagery of the L hand gripping the pruning shears
            Why: complex regional pain syndrome of the L hand with a distorted body schema and L hand hypersensitivity; she can't tell which way the hand is turned without looking
            Recognise: L hand accuracy 64% at 2.3 s per image (R hand 92% at 1.4 s)
            """,
            ["G90.512"], [PT("97112", 22)], []),

        // SCLH Anjali: VOR cancellation and saccade training, with the clock range on the code's own line; cerebellar ocular-motor deficit; DGI and saccade count; one-on-one; 13:30–13:53 matches 23: passes.
        ["v3-h159-sclh-anjali-vor-cancellation-saccades"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS
            97112 NMR 13:30–13:53, one-on-one
            Tx: VOR cancellation with the thumb target while turning on the stool; horizontal saccades between two letter cards at arm's length; walking the hallway with the same saccades on cue
            Deficit: ocular-motor and postural control deficit after the L cerebellar stroke; the room jumps when he scans the bus mirrors
            Measures: DGI 18/24 (15 on 10/13); 20 accurate saccades in a row (12 at eval)
            """,
            ["I69.398", "H55.81"], [PT("97112", 23)], []),

        // RSP Friday Harbor 97110: the Otago strengthening programme with ankle cuff weights in kilograms; hip and knee weakness; doses and a chair-stand count; range (17') matches: passes.
        ["v3-h159-rsp-otago-strengthening-97110"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 28.10.2026 · whale-watch deckhand, 68 y
            97110 ther ex 10.05–10.22 (17')
            Tx: Otago strengthening — seated knee extension with the 3 kg cuff 2×10 each, side-lying hip abduction with the 2 kg cuff 2×10, calf raises 2×15, toe raises 2×15.
            Problem: bilateral hip abductor and quadriceps weakness; he can't step up from the float onto the boat rail without hauling on it.
            Measures: doses as above; 30 s chair stand 9 (7 on 06.10).
            """,
            ["M62.81", "R26.89"], [PT("97110", 17)], []),

        // MBOG Ontario, Rosalind 97140: strain-counterstrain to the iliacus and piriformis tender points with 90 s positional holds, then posterior hip glides; L hip and lumbar; degrees; arrow 12 matches: passes.
        ["v3-h159-mbog-strain-counterstrain-97140"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Floyd Hatcher · Visit 4 · 10/26/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: ODI 30% (intake 44%)
            STG 1: sit the swather seat through a full field without L hip pain — PROGRESSING
               → 97140 · 12 min · strain-counterstrain to the L iliacus and piriformis tender points, 90 s positional holds; posterior hip glides gr III
               Impairment: L hip and low back stiffness with tender iliacus and piriformis
               ▸ measured by: L hip IR 22 → 31 degrees after treatment
            """,
            ["M54.50", "M25.652"], [PT("97140", 12)], []),

        // QBRH Eastport, Everett 97140: Cyriax deep transverse friction to the supraspinatus tendon and grade III posterior glenohumeral glides; R shoulder; flexion degrees; heading 13 matches: passes.
        ["v3-h159-qbrh-cyriax-friction-97140"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97140 MANUAL THERAPY — 13 MIN
            INTERVENTIONS: Cyriax deep transverse friction to the R supraspinatus tendon; posterior glenohumeral glides grade III; inferior glides in 90 degrees of abduction
            IMPAIRMENT: R supraspinatus tendinopathy with a stiff posterior capsule; can't reach the top shelf of the smokehouse
            OBJECTIVE: R shoulder flexion 128 degrees (112 at eval); abduction 105 degrees
            Everett Sewall, PT
            """,
            ["M75.111"], [PT("97140", 13)], []),

        // JWO QuickNote with "Tx ▸ StableStart orange card per chain protocol" as the only thing done: technique missing; 1:1, postural control deficit and Berg present, no generic phrase.
        ["v3-h159-jwo-stablestart-orange-card-only"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 22m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ StableStart orange card per chain protocol
            Area ▸ postural control and a late protective step backward; she sat down hard in the church parking lot
            # ▸ Berg 46/56
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // PCPT Thibodaux, Cleo: Rood facilitation (quick icing and tapping over the L tibialis anterior) with resisted dorsiflexion in side-lying and heel-strike practice; poor L dorsiflexor recruitment after a stroke; degrees and heel-strike count; one-on-one ticked; 23 matches: passes.
        ["v3-h159-pc-rood-facilitation-foot-drop"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 10/26/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Rood facilitation — quick icing and tapping over the L tibialis anterior, then resisted dorsiflexion in side-lying; heel-strike practice at the bars with a tap cue
            For: poor motor recruitment of the L dorsiflexors after the R stroke; the toe catches on the crawfish-pond levee
            Numbers: active L dorsiflexion 8 degrees (0 at eval); 12 of 20 heel strikes at the bars
            """,
            ["I69.354", "M21.372"], [PT("97112", 23)], []),

        // HDNR Redmond, Eamon: mirror therapy for the L hand and bilateral reach, one-on-one, L hand motor recruitment and inattention stated, but no number in the note but the code and its minutes: measure missing.
        ["v3-h159-hdnr-mirror-therapy-no-number"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Eamon Gallagher, PT | Pt: Gloria Sandoval
            97112 neuro re-ed: 21 min | one-on-one
            What I did: mirror therapy — the R hand opening and closing on the cone while she watched its reflection over the hidden L hand; then bilateral reaching to the shelf leading with the L
            Why: poor motor recruitment of the L hand and L-sided inattention after the R MCA stroke
            Device paste: none today
            """,
            ["I69.354"], [PT("97112", 21)], [At(Measure, "97112")]),

        // SPL McCall, Mateo: the FIFA 11+ part 2 drills (single-leg stance with partner perturbations and a ball pass, squats to toe raise, vertical jumps with a stick); L knee motor control; IMU valgus count and a Y-balance composite; "☑ 1:1"; block 24 matches: passes.
        ["v3-h159-spl-fifa-11-plus-partner-perturbations"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Ingrid Haugen (Nordic ski racer) · Clinician: Mateo Arriaga, PT
            BLOCK A · 97112 NMR · 24 min
            ☑ 1:1   ☐ semi-private
            Work: FIFA 11+ part 2 — single-leg stance with a ball pass and my perturbations at the shoulder; squats to toe raise; vertical jumps landing and sticking on one leg
            Limiter: L knee motor control, the knee collapses in on single-leg landings after the L ACL reconstruction
            DATA PASTE ▼
              Blue Trident · SL landings · knee valgus events L 4 of 10 | R 1 of 10
              Y-Balance · composite L 86% | R 95%
            """,
            ["S83.512D", "Z98.890"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // PSTG Chincoteague: "he can't read the floorboards of the skiff with his feet when it rocks" as the somatosensory deficit; perturbations on the Airex, tandem eyes closed, stepping over the pony-pen rope; Measurables; 1:1 ticked; 22 matches: passes.
        ["v4-h159-pstg-feet-cant-read-the-skiff"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud · 10/26/2026
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: perturbations at the hips on the Airex; tandem stance with eyes closed at the counter; stepping over the pony-pen rope to a stop
            Impairments Addressed: somatosensory loss in both feet — he can't read the floorboards of the skiff with his feet when it rocks, and he steadies himself by watching the horizon
            Measurables: mCTSIB foam eyes closed 9 sec (4 sec on 9/28); 7 of 10 perturbations without a step
            97112 Neuromuscular Re-ed — 22 min
            D. Kellam, PT, DPT
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // LERB Hereford: "dizzy and off-balance looking up the grain leg" as the vestibular deficit; gaze stabilisation with pitch, walking with head tilts, foam stance; FGA; auth number and visit count (not minutes); 1:1; 23 matches: passes.
        ["v4-h159-lerb-dizzy-looking-up-the-grain-leg"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-10233 · visit 6 of 12 authorized
            Pt: Delbert Haskins · Wendell Graf, PT, DPT
            CPT 97112 — 23 minutes
            Attendance: 1:1
            Functional deficit driving medical necessity: vestibular hypofunction on the R — dizzy and off-balance looking up the grain leg, he grabs the railing on the elevator catwalk.
            Skilled interventions (with rationale): gaze stabilization in pitch with the target overhead; walking the hall with head tilts up and down; foam stance eyes closed with head extension.
            Objective data for reviewer: FGA 20/30 (16/30 at visit 2); DHI 42.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // CFPT capitals: "L KNEE BUCKLES STEPPING DOWN THE WET BOAT RAMP" as the neuromuscular control deficit; step-downs with perturbations, foam lunges, rocker; SLS; flag Y; 22 matches: passes.
        ["v4-h159-cfpt-knee-buckles-on-the-boat-ramp"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 10/26/26
            CPT 97112 X 22 MIN
            1ON1 FLAG: Y
            NOTE: 1ON1 THE WHOLE NMR. STEP-DOWNS OFF THE 6 IN STEP W/ PERTURBATIONS AT THE KNEE, FORWARD LUNGES ONTO THE FOAM, ROCKER BD A/P EYES CLOSED. IMP: DECR L KNEE NEUROMUSCULAR CONTROL, THE KNEE BUCKLES STEPPING DOWN THE WET BOAT RAMP. OBJ: SLS L 14 SEC, STEP-DOWN 8 OF 10 W/O VALGUS.
            """,
            ["M17.12", "R26.89"], [PT("97112", 22)], []),

        // SPL Boise, Tamsin: "lands with the knee locked and heels first, can't absorb" as the motor-control deficit; soft-landing drills on the foam, perturbations at the trunk; time to stabilisation and knee flexion at landing; 1:1; 23 matches: passes.
        ["v4-h159-spl-lands-knee-locked-heels-first"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Cole Brannigan (smokejumper trainee, age 27) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 23 min
            Attendance: 1:1
            Work: soft-landing drills off the 12 in box onto the foam with my perturbations at the trunk as he lands; parachute-landing-fall rolls from the low platform
            Limiter: landing motor control — he lands with the R knee locked and heels first and can't absorb, after the R tibial plateau fracture on a jump
            DATA PASTE ▼
              Hawkin Dynamics · SL drop landing · time to stabilisation R 1.52 s | L 0.97 s (trial length 5.0 s)
              Knee flexion at initial contact R 12° | L 31°
            """,
            ["S82.141D"], [PT("97112", 23)], []),

        // HDNR Prineville: "Why: see initial eval" and nothing else names a deficit, system or region: deficit missing; 1:1, belt perturbations and tandem on foam, device counts present.
        ["v4-h159-hdnr-why-see-initial-eval"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Vern Ostrander
            97112 neuro re-ed: 22 min | 1:1
            What I did: standing belt perturbations on the BalanceTutor, forward and backward; tandem on foam with head turns
            Why: see initial eval
            Device paste:
              [BalanceTutor] Level 3 | Standing perturbations 30 | Feet-in-place recoveries 22
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // QBRH Calais: "IMPAIRMENT: same as last visit" and nothing else names a deficit: deficit missing; Individual ticked, foam and tandem with head turns, DGI present.
        ["v4-h159-qbrh-impairment-same-as-last-visit"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: feet together on the foam with head turns; tandem walking along the rail with eyes on the far card; stepping over the buoy line to a stop
            IMPAIRMENT: same as last visit
            OUTCOME MEASURE: DGI    SCORE: 18/24
            Lucienne Dufour, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // SCLH Dee's "Imp: —" with nothing else naming a deficit: deficit missing; "indiv. thruout", foam SLS with reach, retro walking, perturbations; SLS seconds present.
        ["v4-h159-sclh-dee-imp-dash"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav A gym — D. Wachowski, PT
            Timed: 97112 — 22 min
            Dlvry: indiv. thruout.
            Tx: SLS on foam w/ cone reach, retro walking in // bars, lat perturb @ pelvis, tandem c̄ head turns.
            Imp: —
            Obj: SLS 8 sec; 6/10 perturb w/o step.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // PTH home visit, "Problem: no change" and nothing else names a deficit: deficit missing; 1:1, couch-cushion stance with head turns and step-overs, counts present.
        ["v4-h159-pth-problem-no-change"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Kaylee Quesenberry, PTA
            Present: her husband, on the porch
            97112 [ 21 ] min — 1:1
            Tx: standing on the couch cushion with head turns; stepping over the extension cord to a stop; tandem along the hallway runner
            Problem: no change
            Assist/Dist: cushion stance 15 sec; 8 of 10 step-overs without a hand on the wall
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // NLMC Crosby, Marisa (PTA): the STEADI Four Stage Balance Test in seconds as the measure; foam and tandem progressions with perturbations; postural control; individual; 21 matches: passes.
        ["v5-h159-nlmc-pta-four-stage-balance-test"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY CLINIC
            TREATMENT NOTE · Pt: Arne Kallio (retired ore-dock worker) · Clinician: Marisa Pelletier, PTA
            Service: 97112 Neuromuscular reeducation — 21 minutes
            Attendance: Individual (1:1)
            Treatment: semi-tandem to tandem progressions on the foam with light perturbations at the pelvis; stepping to the floor dots on cue
            Impairment: postural control and a slow stepping response after his fall on the ice at the dock
            Four Stage Balance Test: feet together 10 s, semi-tandem 10 s, tandem 6 s, single leg 2 s
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 21)], []),

        // RSP Mount Vernon, J. Brenner: Mini-BESTest and a 10-metre walk in metres per second as the measures; reactive stepping and dual-task walking; Parkinson's; 1:1; range (22') matches: passes.
        ["v5-h159-rsp-mini-bestest-and-ten-metre-walk"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 27.10.2026 · tulip-field irrigator, 73 y
            97112 NMR 14.10–14.32 (22') · 1:1 — only Mr. Vos and me in the gym
            Tx: reactive stepping to pulls at the shoulders, backward and sideways; walking with large steps while counting back by threes; turning on the spot to the taped clock face.
            Problem: delayed protective stepping and retropulsion with Parkinson's disease.
            Measures: Mini-BESTest 19/28 (16/28 on 29.09); 10 m walk 0.94 m/s comfortable.
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // SCMH Ishpeming: five-times sit-to-stand and single-leg stance in the "Measures (Last | Today)" form; sit-to-stand from foam with perturbations, step-and-stick; postural control; 1:1 ticked; Timed 23 matches: passes.
        ["v5-h159-scmh-five-times-sit-to-stand-last-today"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Toivo Rautio
            EPISODE A: imbalance and falls    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: sit-to-stand from the foam cushion with perturbations as he rises; step-and-stick onto the foam; walking on the snowshoe-width tape line with head turns.
            Impairment: postural control and slow weight transfer forward; the snowshoe racer tips back coming off the start line.
            Measures (Last | Today): 5xSTS 16.8 s | 13.9 s; SLS R 3 s | 7 s
            Completed by: Marta Heikkinen, PT, DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // IVBPT Brawley, Grant (PTA) 97116: distance and assistance levels as the measure; quad cane gait on the clinic walk and the curb; R hemiparesis; 17 matches: passes.
        ["v5-h159-ivbpt-pta-97116-quad-cane-curb"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 10/28/2026    G. Olmedo, PTA
            97116 — 17 min
            Gait training with the quad cane on the clinic walk and the parking-lot curb; cues for R knee flexion in swing and an even step length
            Deficit: R hemiparetic gait with stiff-knee swing after the L CVA
            250 ft with the quad cane, CGA on the walk; curb up and down x3, min A
            """,
            ["I69.351"], [PTA("97116", 17)], []),

        // WRPT Berryville, Dwight (OTR/L) 97530: grip pounds and counts as the measure; gathering eggs into the basket, carrying the feed bucket, hanging the waterer; L hand and shoulder after a stroke; Svc 19 matches: passes.
        ["v5-h159-wr-ot-97530-grip-and-egg-count"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note 10/28/2026
            Svc: 97530 ther act — 19 min (Dwight Kemper, OTR/L)
            What we did: picking plastic eggs from the nest boxes into the wire basket with the L hand; carrying the 10 lb feed bucket across the gym; hanging the waterer on the hook at shoulder height
            Why: L hand grasp and L shoulder elevation after the R stroke; the chicken-house manager can't gather eggs
            Numbers: 18 of 24 eggs without a drop; grip L 28 lb (R 61 lb); waterer hung 4 of 5, SBA
            """,
            ["I69.332"], [OT("97530", 19)], []),

        // JWO Mishawaka, M. Beer (PTA) 97110: doses as the measure; leg press, step-ups, hip bridges; R quad and glute weakness; 15m matches: passes.
        ["v5-h159-jwo-97110-doses"] = new(
            """
            JointWorks QuickNote · Mishawaka · M. Beer PTA
            97110 ▸ 15m
            Tx ▸ leg press 3x12 @ 80 lb, step-ups on the 8 in step 3x10, bridges with the black band 3x15
            Area ▸ R quad and glute max weakness after the R TKA, can't climb into the buggy seat
            # ▸ doses above; knee flexion 112°
            """,
            ["Z96.651"], [PTA("97110", 15)], []),

        // PCPT Houma, Jules (PTA): "Numbers: she say she feel steadier, cher" and no number in the note but the code and its minutes: measure missing; one-on-one ticked, perturbations and foam, ankle strategy present.
        ["v5-h159-pc-jules-she-say-steadier"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: pushes at de hips on de foam, tandem wit' eyes closed along de wall, steppin' over de crawfish sack to a stop
            For: slow ankle strategy, she sways hard on de boat dock when de wake come in
            Numbers: she say she feel steadier, cher
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // SCLH Marisol (PTA): "Result: steadier on the turns by observation" and no number in the note but the code and its minutes: measure missing; one-on-one, foam and tandem with head turns, postural control present.
        ["v5-h159-sclh-marisol-steadier-by-observation"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — M. Ocampo, PTA
            Timed: 97112 — 22 min
            Delivery: one-on-one
            Tx: feet together on the foam with head turns; tandem walking along the rail; stepping around the cones with quick turns on my cue
            Deficit: postural control on turns, she staggers turning at the bus stop
            Result: steadier on the turns by observation
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // CFPT capitals "OBJ: DEFERRED, PT FATIGUED" and no number in the note but the code and its minutes: measure missing; flag Y, rocker and foam, proprioception present.
        ["v5-h159-cfpt-obj-deferred"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT
            CPT 97112 X 23 MIN
            1ON1 FLAG: Y
            NOTE: ROCKER BD M/L EYES CLOSED, TANDEM ON THE FOAM W/ HEAD TURNS, STEP-OVERS TO A STOP. IMP: DECR PROPRIOCEPTION BOTH FEET, UNSTEADY ON THE HOUSEBOAT DECK. OBJ: DEFERRED, PT FATIGUED AFTER DIALYSIS.
            """,
            ["E11.42", "N18.6"], [PT("97112", 23)], [At(Measure, "97112")]),

        // SPL Eagle, Brielle (PTA) 97110: "reps to fatigue, load by feel" and no number but the code and its minutes: measure missing on 97110; Nordic curls and single-leg RDLs, L hamstring weakness present.
        ["v5-h159-spl-97110-reps-to-fatigue"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Rhett Cordell · Clinician: Brielle Sato, PTA
            BLOCK B · 97110 ther ex · 15 min
            Work: Nordic curls with the band assist; single-leg RDLs with the kettlebell; reps to fatigue, load by feel
            Limiter: L hamstring weakness after the L hamstring strain roping at the rodeo
            DATA PASTE ▼
              (dynamometer not used today)
            """,
            ["S76.312D"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, truly missing separate time

        // SPL Boise, Tamsin: two blocks, each heading with its code and minutes (97112 23, 97110 15); each block complete; passes.
        ["v6-h159-spl-two-blocks"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Jonah Pruitt (college rugby flanker) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 23 min
            Attendance: 1:1 — Jonah and me only
            Work: reactive cutting off the foam to my hand signal; single-leg holds on the half dome with pushes at the shoulder
            Limiter: R ankle proprioception after the high ankle sprain in the scrum
            DATA PASTE ▼
              SL hold EC on foam · R 9 s | L 24 s
            BLOCK B · 97110 ther ex · 15 min
            Work: single-leg calf raises off the step 3x15 with 20 kg; eccentric tib post band work 3x15 with the black band
            Limiter: R calf and tibialis posterior weakness
            """,
            ["S93.431D"], [PT("97112", 23), PT("97110", 15)], []),

        // NLMC Brainerd: Ingeborg's 97112 and Delphine's (OTR/L) 97530, each "Service:" line with its minutes; each complete; passes.
        ["v6-h159-nlmc-pt-and-ot-services"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Bernice Aakre
            Service: 97112 Neuromuscular reeducation — 24 minutes (Ingeborg Halvorsen, PT, DPT, NCS)
            Attendance: Individual (1:1)
            Treatment: limits-of-stability training on the Biodex to the forward and L targets; foam stance with reach to the L
            Impairment: postural control with a narrow limit of stability to the L after the R stroke
            ▶ Imported device report — Biodex Balance SD, Limits of Stability (printed 10/29/2026 10:02)
               Overall direction control 38% | Left 24%
            Service: 97530 Therapeutic activities — 18 minutes (Delphine Ostrowski, OTR/L)
            Treatment: standing at the counter rolling lefse dough, reaching plates to the L cupboard, carrying the griddle to the stove
            Impairment: L hand coordination and standing reach to the L after the stroke
            Counts: 6 of 8 plates to the upper shelf, SBA; griddle carried 15 ft, CGA
            """,
            ["I69.354"], [PT("97112", 24), OT("97530", 18)], []),

        // HDNR Bend: three code lines (Priya's 97112 22 and 97116 16, Sol's 97530 [ 20 ] min), each complete; passes.
        ["v6-h159-hdnr-three-code-lines"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Priya Venkataraman, PT, DPT, NCS; Sol Márquez, OTR/L | Pt: Darnell Fisk (brewery canning-line worker)
            97112 neuro re-ed: 22 min | 1:1
            What I did: BalanceTutor lateral perturbations with stepping responses; step-and-stick onto the foam
            Why: slow lateral stepping after the R MCA stroke
            Device paste: [BalanceTutor] Level 4 | Perturbations delivered 30 | Stepping responses 24
            97116 gait training: 16 min
            What I did: gait training with the single-point cane around the gym and over the threshold ramp, cues for L hip flexion
            Why: L hemiparetic gait with a circumducted L swing
            GAITRite: velocity 71 cm/s; 400 ft with the cane, SBA
            97530 [ 20 ] min — Sol
            Tasks: loading cans into the case from a waist-high bin with the L hand; carrying the case to the shelf
            Why: L hand grasp and bilateral carrying after the stroke
            Counts: 20 of 24 cans with the L hand; case of 6 lb carried 4 trips, SBA
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 16), OT("97530", 20)], []),

        // RSP Anacortes: two dotted clock ranges, each on its code's line (97112 (23'), 97140 (12')); each complete; passes.
        ["v6-h159-rsp-two-ranges-nmr-and-manual"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 29.10.2026 · ferry deckhand, 59 y
            97112 NMR 08.30–08.53 (23') · 1:1 — nobody else in the room
            Tx: gaze stabilisation with head rotation standing on the half foam roll; walking with head turns along the corridor; smooth-pursuit head-eye drills.
            Problem: cervicogenic dizziness with poor head-eye coordination; the deck swims when he turns to throw the line.
            Measures: DGI 19/24; joint-position error 5 cm (8 cm on 01.10).
            97140 manual 08.53–09.05 (12')
            Tx: C1–2 rotation SNAGs; suboccipital release.
            Problem: upper cervical rotation stiffness.
            Measures: rotation R 60° (52° on 01.10).
            """,
            ["M54.2", "R42"], [PT("97112", 23), PT("97140", 12)], []),

        // SCMH Negaunee: two "Timed:" arrows (97112 23, 97110 14) in the multi-episode note; each complete; passes.
        ["v6-h159-scmh-two-timed-arrows"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Eino Huhta
            EPISODE A: imbalance after vestibular neuritis    ICD-10: H81.21
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: X1 viewing on the foam; walking with head turns in the hall; step-and-stick onto the foam.
            Impairment: R vestibular hypofunction; veers turning to look down the ski trail.
            Measures (Last | Today): DGI 17 | 20
            EPISODE B: L knee OA    ICD-10: M17.12
            Timed: 97110 ▸ 14 min
            Interventions: step-ups on the 6 in step 3x12; sit-to-stand from the low chair 3x10; quad sets 2x15.
            Impairment: L quad weakness.
            Measures (Last | Today): step-ups 2x10 | 3x12
            Completed by: Marta Heikkinen, PT, DPT
            """,
            ["H81.21", "M17.12"], [PT("97112", 23), PT("97110", 14)], []),

        // ORPT Billing Grid's default "15 min" left on a 25-minute 97112: mismatch; otherwise complete.
        ["v6-h159-orpt-billing-grid-default-15-on-25"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 10/27/2026
            1:1 (Y/N): Y
            Interventions: perturbations at the pelvis on the foam, tandem with head turns, step-and-stick onto the Airex
            Clinical Findings: postural control and a slow stepping response after the fall in the hog barn
            Objective Measures: Berg 47/56; 7 of 10 perturbations without a step
            Billing Grid:  97112 | Neuromuscular re-education | 15 min
            O. Reyes, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25)], [At(Mismatch, "97112")]),

        // QBRH Eastport heading "35 MIN" on a 23-minute 97112: mismatch; otherwise complete.
        ["v6-h159-qbrh-heading-35-on-23"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 35 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: perturbations at the shoulders on the foam; tandem walking with eyes closed along the rail; stepping over the rope coil to a stop
            IMPAIRMENT: proprioceptive loss both feet with the neuropathy
            OUTCOME MEASURE: Berg    SCORE: 44/56
            Lucienne Dufour, PTA
            """,
            ["E11.42"], [PTA("97112", 23)], [At(Mismatch, "97112")]),

        // LERB "Minutes by CPT: 97112 = 23, 97110 = 30" on a 16-minute 97110 line: mismatch on 97110; 97112 matches; both complete.
        ["v6-h159-lerb-minutes-by-cpt-30-on-16"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-10401 · visit 4 of 12 authorized
            Pt: Opal Wingate · Wendell Graf, PT, DPT
            Attendance: 1:1
            Functional deficit driving medical necessity: postural control and a late step backward; weak hips on the stairs to the church basement.
            Skilled interventions (with rationale): NMR — perturbations at the pelvis on the foam, backward stepping to a stop. Ther ex — sidelying hip abduction 3x12, bridges 3x15, step-ups on the 6 in step 3x10.
            Objective data for reviewer: Berg 45/56; doses as above.
            Minutes by CPT: 97112 = 23, 97110 = 30
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 16)], [At(Mismatch, "97110")]),

        // WRPT Eureka Springs, Kacey (PTA): both "Svc:" lines left "__ min" with "Total timed: 37 min": separate time missing; each code complete.
        ["v6-h159-wr-svc-blanks-total-only"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 10/29/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — __ min
            Svc: 97110 ther ex — __ min
            Total timed: 37 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: NMR — tandem on the Airex beam, pushes at the pelvis. Ther ex — step-ups on the 6 in step 3x12, bridges 3x15.
            Why: late protective step and weak hips after the fall on the Spring Street steps
            Numbers: Berg 46/56; doses above
            """,
            ["R26.81", "M62.81"], [PTA("97112", 23), PTA("97110", 14)], [SepTime]),

        // JWO QuickNote "97112 ▸ 23m" and "97110 ▸ __m" with "Total timed ▸ 38m": separate time missing; both codes complete.
        ["v6-h159-jwo-second-field-blank-total"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97112 ▸ 23m
            97110 ▸ __m
            Total timed ▸ 38m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ NMR: SLS on the BOSU w/ ball toss, lateral hops to a stick. Ther ex: step-downs 3x10, side-lying hip abd 3x15 w/ 2 lb
            Area ▸ L ankle proprioception and L hip weakness
            # ▸ SLS BOSU L 13 s; doses above
            """,
            ["S93.402D", "M62.81"], [PTA("97112", 23), PTA("97110", 15)], [SepTime]),

        // PCPT Thibodaux, Annette: dotted "Code 97116 Gait training ........ 28 min" on a 17-minute line: mismatch on 97116; 97112's 22 matches; both complete.
        ["v6-h159-pc-dotted-28-on-17-gait"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 10/29/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 22 min
            Code 97116 Gait training ........ 28 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: NMR — rocker board eyes closed, perturbations on de foam. Gait — cane on de shell driveway an' up de church steps, cues for heel strike.
            For: ankle proprioception ↓ an' a short L step after de stroke
            Numbers: rocker 11 sec; 220 ft wit' de cane, CGA; 6 steps wit' de rail, SBA
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 17)], [At(Mismatch, "97116")]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // NLMC two-service visit sent with an empty note: note missing on each profiled line.
        ["v7-h159-nlmc-empty-two-service-visit"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // PTH 97116 whose note is spaces and line breaks, sent with no diagnosis: note missing and diagnosis missing.
        ["v7-h159-pth-whitespace-97116-no-dx"] = new(
            "  \n\n   \n",
            [], [PTA("97116", 19)], [At(NoteMissing, "97116"), Dx]),

        // HDNR OT 97530 with an empty note: note missing.
        ["v7-h159-hdnr-ot-97530-empty"] = new(
            "",
            ["I69.331"], [OT("97530", 20)], [At(NoteMissing, "97530")]),

        // IVBPT El Centro 97110 after a cuff repair: wall slides, prone Y-T-W with 2 lb, banded external rotation; R shoulder weakness; doses; 16 matches: passes.
        ["v7-h159-ivbpt-97110-after-cuff-repair"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 10/30/2026    E. Fennimore, PT
            97110 — 16 min
            Wall slides with the foam roller 3x12; prone Y-T-W with 2 lb 2x10 each; side-lying external rotation with the yellow band 3x15
            Deficit: R rotator cuff and lower trapezius weakness after the R cuff repair; can't lift the date flats to the top of the stack
            Doses above; active flexion 140 degrees
            """,
            ["M75.121", "Z98.890"], [PT("97110", 16)], []),

        // PCPT Houma, Cleo 97530: a crawfish sack carried from the boat to the truck bed, stepping over the gunwale, lifting from the floor; low back and L knee; loads, trips and assistance; 20 matches: passes.
        ["v7-h159-pc-97530-crawfish-sack"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 10/30/2026 · Cleo Robichaux, PT, DPT
            Code 97530 Ther act ........ 20 min
            Did: lifting a 30 lb sack from de floor wit' a hip hinge, carrying it 25 ft to de mock truck bed; stepping over de 18 in gunwale board wit' de sack
            For: low back and L knee — he can't get de sacks from de boat to de truck without his back catching
            Numbers: 6 trips wit' de 30 lb sack, SBA; gunwale step-over 8 times, no hand
            """,
            ["M54.50", "M17.12"], [PT("97530", 20)], []),

        // SPL McCall, Mateo 97140: thoracic central PA glides grade III–IV and pec minor soft-tissue mobilisation; thoracic stiffness; degrees; block 12 matches: passes.
        ["v7-h159-spl-97140-thoracic-pa-glides"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Anders Viken (Nordic ski racer) · Clinician: Mateo Arriaga, PT
            BLOCK A · 97140 manual · 12 min
            Work: T4–T8 central PA glides grade III–IV prone; soft-tissue mobilisation to the L pec minor; rib 3–5 mobilisation in side-lying
            Limiter: thoracic extension and L shoulder-girdle stiffness, he can't get into the double-pole position
            DATA PASTE ▼
              Thoracic rotation (inclinometer) · L 38° → 46° | R 49°
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // CFPT capitals 97116: rolling walker to single-point cane in the hallway, up the ramp and four steps; L knee weakness after a TKA; distances and assistance; 18 matches: passes.
        ["v7-h159-cfpt-97116-walker-to-cane"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 10/29/26
            CPT 97116 X 18 MIN
            NOTE: GAIT TRNG RW TO SPC IN THE HALLWAY, UP/DOWN THE RAMP AND 4 STEPS W/ RAIL, CUES FOR L KNEE EXT AT HEEL STRIKE. IMP: L QUAD WEAKNESS AND ANTALGIC GAIT S/P L TKA. OBJ: RW 300 FT SBA, SPC 150 FT CGA, STEPS X4 W/ RAIL SBA.
            """,
            ["Z96.652"], [PT("97116", 18)], []),

        // QBRH Lubec wholly generic capitals: "NMR PER PLAN. TOLERATED SESSION WELL." — no technique, deficit, measure or one-on-one statement.
        ["v7-h159-qbrh-generic-nmr-per-plan"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            NMR PER PLAN. TOLERATED SESSION WELL.
            Everett Sewall, PT
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // JWO QuickNote wholly generic on 97110: "Tx ▸ ther ex per POC / Area ▸ per POC / # ▸ tol well".
        ["v7-h159-jwo-generic-per-poc-97110"] = new(
            """
            JointWorks QuickNote · Mishawaka · M. Beer PTA
            97110 ▸ 14m
            Tx ▸ ther ex per POC
            Area ▸ per POC
            # ▸ tol well
            """,
            ["M62.81"], [PTA("97110", 14)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // SCLH Dee's two-code generic note with each code's minutes: "bal trng + ther ex per POC, tol well, cont POC" — nothing named for either code, no one-on-one; no separate-time finding.
        ["v7-h159-sclh-dee-generic-two-codes"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav A gym — D. Wachowski, PT
            Timed: 97112 — 22 min; 97110 — 15 min
            Tx: bal trng + ther ex per POC.
            A/P: tol well, cont POC.
            """,
            ["R26.81"], [PT("97112", 22), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ORPT OT 97530 wholly generic: "Functional activities per plan. Patient did well." — no activity, deficit or measure.
        ["v7-h159-orpt-ot-generic-functional-activities"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            Interventions: Functional activities per plan.
            Clinical Findings: Patient did well.
            Billing Grid:  97530 | Therapeutic activities | 21 min
            """,
            ["I69.351"], [OT("97530", 21)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary: complete notes of every clinic (the false-positive guard) and the ordinary weak ones

        // SPL Eagle, Jordan: complete NMR block ("Attendance: 1:1"; hop-and-stick and reactive cuts on the foam; L ankle proprioception; IMU and hold seconds): passes.
        ["vord-h159-spl-kayak-instructor-returns"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Micah Dorsey (Payette kayak instructor) · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 22 min
            Attendance: 1:1
            Work: hop-and-stick onto the foam in four directions; reactive cuts off the half dome to my hand signal; eyes-closed holds with pushes at the pelvis
            Limiter: L ankle proprioception, the ankle gives on the slick put-in rocks
            DATA PASTE ▼
              SL hold EC on foam · L 14 s | R 27 s
              Blue Trident · hop landings · lateral wobble events L 3 of 10 | R 1 of 10
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // NLMC Brainerd, Curtis: complete (individual; Bertec sensory training and foam; somatosensory reliance; SOT): passes.
        ["vord-h159-nlmc-lutefisk-cook-returns"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Solveig Moen · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: Individual (1:1)
            Treatment: platform training with the surround sway-referenced, eyes open; foam stance with slow head turns; stepping onto the foam to a stop
            Impairment: L vestibular hypofunction with over-reliance on vision
            ▶ Imported device report — Bertec Balance Advantage (printed 10/29/2026 09:20)
               SOT composite 63 | Cond 5: 49 | Cond 6: 44
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // NLMC Baxter, Curtis 97110: complete (sit-to-stand, step-ups, hip abduction with doses; hip and knee weakness): passes.
        ["vord-h159-nlmc-97110-resort-housekeeper"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER CLINIC
            TREATMENT NOTE · Pt: Cheryl Lindgren (resort housekeeper) · Clinician: Curtis Lindahl, PT
            Service: 97110 Therapeutic exercise — 15 minutes
            Treatment: sit-to-stand from the low plinth 3x10 holding 8 lb; step-ups on the 6 in step 3x12; standing hip abduction with the red band 3x15
            Impairment: bilateral hip and knee extensor weakness; she can't get up from making the low beds
            Doses as above.
            """,
            ["M62.81"], [PT("97110", 15)], []),

        // NLMC Crosby, Marisa (PTA): complete (individual; Biodex weight-shift and foam tandem; postural control; OSI): passes.
        ["vord-h159-nlmc-pta-trail-groomer"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY CLINIC
            TREATMENT NOTE · Pt: Dale Hagen (snowmobile-club trail groomer) · Clinician: Marisa Pelletier, PTA
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: Individual (1:1)
            Treatment: Biodex weight-shift tracking at level 6; tandem stance on foam at the rail; stepping over the cone row without looking down
            Impairment: postural control with a lateral lean to the R after the cerebellar stroke
            ▶ Imported device report — Biodex Balance SD (printed 10/30/2026 14:10)
               Overall Stability Index 2.9 | A/P 1.8 | M/L 2.2
            """,
            ["I69.393"], [PTA("97112", 22)], []),

        // WRPT Berryville, Joel: complete (1:1 ticked; foam head turns, pushes, hurdles; postural control; Berg): passes.
        ["vord-h159-wr-joel-square-crowd"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note 10/26/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: foam stance with head turns; reactive steps to pushes at the pelvis; stepping over the 6 in hurdles to a stop
            Why: postural control after the R stroke; she drifts L in the crowd on the square
            Numbers: Berg 45/56 (43 on 10/5); 6 of 10 pushes with one step
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // WRPT Green Forest, Brenna 97140: complete (talocrural glides and calf STM; ankle dorsiflexion stiffness; knee-to-wall cm): passes.
        ["vord-h159-wr-brenna-97140-ankle"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 10/27/2026 — Brenna Ellingboe, PT
            Svc: 97140 manual — 12 min
            What we did: talocrural posterior glides grade III; STM to the L gastroc-soleus; subtalar distraction
            Why: L ankle dorsiflexion stiffness after the fracture; she can't squat to the brooder
            Numbers: knee-to-wall L 6 cm (R 11 cm)
            """,
            ["S82.62XD"], [PT("97140", 12)], []),

        // WRPT Eureka Springs, Kacey (PTA) 97110: complete (doses; hip weakness): passes.
        ["vord-h159-wr-kacey-97110-potter"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 10/30/2026 — Kacey Ormsby, PTA
            Svc: 97110 ther ex — 16 min
            What we did: clamshells with the green band 3x15; bridges 3x12; lateral step-ups on the 6 in step 3x10
            Why: R hip abductor weakness, the potter's R hip drops when she climbs to the kiln shed
            Numbers: doses above
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // QBRH Calais, Nora: complete (Individual ticked; X1 viewing on foam, head turns, step-overs; vestibular; DGI): passes.
        ["vord-h159-qbrh-nora-cannery-retiree"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: X1 viewing with the letter card on the foam; walking the hall with yaw head turns; stepping over the net float to a stop
            IMPAIRMENT: R vestibular hypofunction; the room slides when she turns to the cannery whistle
            OUTCOME MEASURE: DGI    SCORE: 20/24 (17/24 on 9/28)
            Nora Cobb, PT, DPT, NCS
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // QBRH Eastport, Lucienne (PTA) 97116: complete (cane gait on the ramp and wharf boards; L knee; distance and assistance): passes.
        ["vord-h159-qbrh-pta-97116-wharf-ramp"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97116 GAIT TRAINING — 18 MIN
            INTERVENTIONS: gait training with the straight cane on the clinic ramp and the boardwalk outside, cues for L heel strike and equal step length
            IMPAIRMENT: L knee weakness and antalgic gait after the L TKA
            OBJECTIVE: 350 ft with the cane, SBA; ramp x2, CGA
            Lucienne Dufour, PTA
            """,
            ["Z96.652"], [PTA("97116", 18)], []),

        // IVBPT Calexico, Rosalba: complete ("One-on-one the whole 97112"; pushes, foam, cone steps; sway; Berg): passes.
        ["vord-h159-ivbpt-date-packer-returns"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            DOS 10/26/2026    R. Quezada, PT, DPT
            97112 — 22 min
            One-on-one the whole 97112; her sister waited in the lobby.
            Pushes at the pelvis in stride stance; foam stance with head turns; side-stepping around the cones with a stop on my cue
            Deficit: slow stepping strategy and sway with eyes closed; she lost her balance reaching to the top of the date stack
            Berg 46/56; 7 of 10 pushes recovered with one step
            {{CLEARED — KM}}
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // IVBPT Holtville, Ximena (OTR/L) 97530: complete (laundry basket carry, reaching to the line; R shoulder; counts and assist): passes.
        ["vord-h159-ivbpt-ot-97530-clothesline"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            DOS 10/29/2026    X. Saldívar, OTR/L
            97530 — 19 min
            Carrying the laundry basket from the washer to the line; pinning towels on the line at shoulder height; picking clothespins from the floor bucket
            Deficit: R shoulder elevation and standing balance while reaching after the L CVA
            12 of 15 towels pinned with the R hand; basket of 8 lb carried 30 ft, SBA
            """,
            ["I69.331"], [OT("97530", 19)], []),

        // PCPT Houma, Jules (PTA): complete (one-on-one ticked; step-and-stick, pushes; late step; Berg): passes.
        ["vord-h159-pc-jules-church-cook-returns"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 10/28/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            One-on-one, cher, just me an' her de whole neuro re-ed.
            Did: step-an'-stick onto de foam, pushes at de hips, tandem wit' head turns along de wall
            For: she steps late an' sways turnin' from de stove at de church kitchen
            Numbers: Berg 47/56; caught 8 of 10 pushes wit'out a step
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // PCPT Thibodaux, Annette 97110: complete (doses; calf and hip weakness): passes.
        ["vord-h159-pc-annette-97110-levee"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 10/30/2026 · Annette Breaux, PT
            Code 97110 Ther ex ........ 15 min
            Did: heel raises 3x15, mini-squats 3x12, hip abduction wit' de red band 3x12
            For: weak calves an' hips since he stopped walkin' de levee
            Numbers: doses above; 14 heel raises in a row on de L
            """,
            ["M62.81"], [PT("97110", 15)], []),

        // MBOG Vale, Ignacio: complete (arrow 22; X1 and head-turn walking; cervicogenic dizziness; DGI; "Delivery: one-to-one"): passes.
        ["vord-h159-mbog-ignacio-onion-grader-returns"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Ramona Etcheberry · Visit 6 · 10/30/2026 · I. Barragán, PT, DPT
            PRIMARY OUTCOME: DHI 34 (intake 56)
            STG 1: grade onions on the line turning her head without dizziness — PROGRESSING
               → 97112 · 22 min · X1 viewing standing on the foam, walking with head turns, smooth-pursuit head-eye drills
               Impairment: cervicogenic dizziness with poor head-eye coordination
               ▸ measured by: DGI 20/24
            Delivery: one-to-one, the whole session.
            """,
            ["R42", "M54.2"], [PT("97112", 22)], []),

        // MBOG Ontario, Rosalind 97530: complete (swather-step climbs, tool-box carry; L knee and hip; counts and loads): passes.
        ["vord-h159-mbog-97530-swather-step"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Floyd Hatcher · Visit 5 · 10/29/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: LEFS 52/80 (intake 36/80)
            STG 2: climb onto the swather platform carrying the tool box — PROGRESSING
               → 97530 · 18 min · climbing the 14 in platform step with a 15 lb tool box; kneeling to the floor and up to reach the grease fittings
               Impairment: L knee and hip extensor weakness after the L TKA
               ▸ measured by: 8 climbs with the box, SBA; floor to stand 5 times with one hand
            """,
            ["Z96.652"], [PT("97530", 18)], []),

        // MBOG Nyssa, Kenzie (PTA) 97110: complete (doses; shoulder weakness): passes.
        ["vord-h159-mbog-pta-97110-shoulder"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Luz Echeverría · Visit 8 · 10/27/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: QuickDASH 34 (intake 52)
            STG 1: lift the onion sacks to the truck bed — PROGRESSING
               → 97110 · 15 min · rows with the blue band 3x15, scaption to 90 degrees with 3 lb 3x10, wall push-ups 3x12
               Impairment: R rotator cuff and scapular weakness
               ▸ measured by: doses above
            """,
            ["M75.101"], [PTA("97110", 15)], []),

        // RSP Friday Harbor: complete ("· 1:1 — Mr. Lund and me only"; half-roll perturbations, wobble board; ankle strategy; perturbation count and tandem seconds): passes.
        ["vord-h159-rsp-whale-watch-deckhand-nmr"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 26.10.2026 · whale-watch deckhand, 68 y
            97112 NMR 11.00–11.22 (22') · 1:1 — Mr. Lund and me only; his wife read in the car
            Tx: perturbations at the pelvis standing on the half foam roll; stepping onto the wobble board and holding; tandem with head turns along the plinth.
            Problem: slow ankle strategy and sway; he lurches when the boat rolls in the strait.
            Measures: 8/10 perturbations recovered without a step; tandem 14 s (10 s on 06.10).
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // RSP Mount Vernon, J. Brenner 97140: complete (lumbar PA glides, hip distraction and QL soft-tissue work; lumbar and hip stiffness; degrees): passes.
        ["vord-h159-rsp-97140-bulb-sorter"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 28.10.2026 · bulb-farm sorter, 58 y
            97140 manual 15.20–15.33 (13')
            Tx: L3–L5 central PA glides grade III; long-axis hip distraction on the R; STM to the R quadratus lumborum.
            Problem: lumbar and R hip stiffness, she can't bend over the sorting table for a full shift.
            Measures: hip IR R 24° (18° on 14.10); lumbar flexion fingertips to 20 cm from the floor.
            """,
            ["M54.50", "M25.651"], [PT("97140", 13)], []),

        // RSP Anacortes: complete 97112 (1:1; gaze and foam work; vestibular; DGI) sent with no diagnosis.
        ["vord-h159-rsp-complete-no-diagnosis"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 30.10.2026 · ferry commuter, 66 y
            97112 NMR 09.40–10.03 (23') · 1:1
            Tx: X1 viewing standing on the foam; walking the corridor with head turns; stepping onto the wobble board to a stop.
            Problem: L vestibular hypofunction; the deck swims when she turns her head on the car deck.
            Measures: DGI 18/24.
            """,
            [], [PT("97112", 23)], [Dx]),

        // CFPT capitals: complete ("1ON1 FLAG: Y"; rocker, foam tandem, step-overs; proprioception; Berg and SLS): passes.
        ["vord-h159-cfpt-houseboat-mechanic-returns"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 10/30/26
            CPT 97112 X 23 MIN
            1ON1 FLAG: Y
            NOTE: 1ON1, SON WAITED IN THE TRUCK. ROCKER BD A/P EYES CLOSED, TANDEM ON THE FOAM W/ HEAD TURNS, STEP-OVERS ONTO THE FOAM. IMP: DECR PROPRIOCEPTION BOTH FEET, STUMBLES ON THE DOCK RAMP. OBJ: BERG 47/56, SLS R 9 SEC.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // CFPT capitals, two CPT lines (97112 22, 97110 14): each complete; passes.
        ["vord-h159-cfpt-two-cpt-lines"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 10/27/26
            CPT 97112 X 22 MIN
            CPT 97110 X 14 MIN
            1ON1 FLAG: Y
            NOTE: NMR - PERTURBATIONS ON THE FOAM, STEP-AND-STICK ONTO THE ROCKER BD. THER EX - STEP-UPS 6 IN 3X12, BRIDGES 3X15, HIP ABD W/ RED BAND 3X12. IMP: DECR POSTURAL CONTROL AND L HIP WEAKNESS AFTER THE FALL ON THE MARINA STEPS. OBJ: BERG 46/56; DOSES AS ABOVE.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 14)], []),

        // JWO QuickNote Goshen: complete ("1:1 ▸ ☒ Y ☐ N"; BOSU, hops, Airex; ankle proprioception; SLS and Y-balance): passes.
        ["vord-h159-jwo-buggy-maker-returns"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97112 ▸ 22m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ SLS on the BOSU w/ ball toss, lateral hops to a stick, step-and-stick off the 6 in step onto the Airex
            Area ▸ L ankle proprioception, the buggy maker rolls it on the shop's gravel apron
            # ▸ SLS BOSU L 16 s (11 s last wk); Y-balance ant L 90% of R
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // JWO QuickNote Warsaw 97140: complete (STM and glides; shoulder; degrees): passes.
        ["vord-h159-jwo-97140-shoulder-mobs"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97140 ▸ 11m
            Tx ▸ posterior GH glides gr III, STM to the R infraspinatus and teres minor, scapular mobs in side-lying
            Area ▸ R shoulder posterior capsule stiffness, can't reach behind to his back pocket
            # ▸ IR behind back to L3 (sacrum last wk); ER 70°
            """,
            ["M25.611"], [PT("97140", 11)], []),

        // SCLH Dee: complete ("Dlvry: indiv. thruout"; foam SLS, retro walking, perturbations; proprioception L LE; SLS and perturbations): passes.
        ["vord-h159-sclh-dee-bus-step"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav A gym — D. Wachowski, PT
            Timed: 97112 — 23 min
            Dlvry: indiv. thruout.
            Tx: SLS on foam w/ UE reach, retro walking in // bars, lat perturb @ shldrs.
            Imp: ↓ postural ctrl + proprioception L LE s/p L TKA, knee wobbles on the bus step.
            Obj: SLS L 9 sec; 7/8 perturb w/o grabbing bar.
            """,
            ["Z96.652", "R26.81"], [PT("97112", 23)], []),

        // SCLH Marisol (PTA) 97116: complete (walker to cane across the skybridge; R hip; distance and assist): passes.
        ["vord-h159-sclh-marisol-97116-skybridge"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — M. Ocampo, PTA
            Timed: 97116 — 17 min
            Delivery: 1:1
            Tx: gait training with the straight cane across the skybridge and back, cues for R hip extension at push-off; elevator threshold and the ramp
            Deficit: R hip extensor weakness and a short L step after the R THA
            Result: 400 ft with the cane, SBA; ramp x2, CGA
            """,
            ["Z96.641"], [PTA("97116", 17)], []),

        // SCLH Helga's float note, "Timed code minutes: 97112 = 22, 97110 = 14": each complete; passes.
        ["vord-h159-sclh-helga-timed-code-minutes"] = new(
            """
            SCLH OP Rehab — H. Lindqvist, PT (float)
            Timed code minutes: 97112 = 22, 97110 = 14
            Delivery: one-on-one for the 97112.
            97112: perturbations on the foam, tandem walking with head turns, step-and-stick onto the Airex. Deficit: postural control and a late step after the fall on the El platform. Measure: Berg 44/56.
            97110: sit-to-stand 3x10 from the low chair, step-ups 3x10 on the 6 in step. Deficit: bilateral quad weakness. Measure: doses as listed.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 14)], []),

        // LERB Dalhart: complete ("Attendance: 1:1"; perturbations and eyes-closed foam; postural control; FGA; auth number and visit count): passes.
        ["vord-h159-lerb-grain-elevator-hand-returns"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-10187 · visit 7 of 12 authorized
            Pt: Orville Spradlin · Wendell Graf, PT, DPT
            CPT 97112 — 22 minutes
            Attendance: 1:1
            Functional deficit driving medical necessity: postural control and a slow stepping response; he staggers on the grain-elevator catwalk.
            Skilled interventions (with rationale): perturbations at the pelvis on the foam to train the stepping strategy; feet together with eyes closed for somatosensory use; stepping over the auger hose to a stop.
            Objective data for reviewer: FGA 20/30 (17/30 at visit 3); 7 of 10 perturbations without a step.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // LERB Hereford PTA 97116: complete (walker gait on the lot and curb; L hip; distance and assist): passes.
        ["vord-h159-lerb-97116-curb"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-10254 · visit 3 of 12 authorized
            Pt: Wilma Tubb · Wendell Graf, PT, DPT
            CPT 97116 — 18 minutes
            Functional deficit driving medical necessity: L hip weakness and an antalgic gait after the L hip fracture; she can't get from the car to the pew.
            Skilled interventions (with rationale): gait training with the rolling walker on the clinic lot and up the curb, cues for L heel strike and equal step length.
            Objective data for reviewer: 280 ft with the walker, CGA on the lot; curb x2, min A.
            """,
            ["S72.002D"], [PT("97116", 18)], []),

        // PTH home visit: complete ("[ 22 ] min — 1:1"; couch cushion, cord step-overs; neuropathy; seconds and counts): passes.
        ["vord-h159-pth-banjo-builder-nmr"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Kaylee Quesenberry, PTA
            Present: his wife, on the porch
            97112 [ 22 ] min — 1:1
            Tx: standing on the couch cushion with head turns; stepping over the workshop cord to a stop; tandem along the hallway runner
            Problem: proprioceptive loss both feet with the neuropathy; he sways at the workbench
            Assist/Dist: cushion stance 17 sec; 9 of 10 step-overs without a stumble
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // PTH home visit 97530: complete (carrying firewood to the stove, porch steps; L knee; counts and assist): passes.
        ["vord-h159-pth-97530-firewood"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Kaylee Quesenberry, PTA
            Present: her daughter, in the kitchen
            97530 [ 19 ] min
            Tx: carrying split firewood from the porch box to the stove; kneeling to load the stove and standing back up; up and down the 3 porch steps with the log carrier
            Problem: L knee weakness after the L TKA; she can't keep the stove going alone
            Assist/Dist: 6 trips with 10 lb of wood, SBA; kneel to stand 4 times with one hand on the chair
            """,
            ["Z96.652"], [PTA("97530", 19)], []),

        // SCMH Marquette: complete (1:1 ticked; X1, foam, step-and-stick; vestibular; Last | Today): passes.
        ["vord-h159-scmh-snowshoe-guide"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Lempi Saari
            EPISODE A: dizziness and imbalance after vestibular neuritis    ICD-10: H81.22
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: X1 viewing against the busy poster; feet together on foam with head turns; step-and-stick onto the foam.
            Impairment: L vestibular hypofunction; she veers turning to look back on the snowshoe trail.
            Measures (Last | Today): DGI 17 | 19; tandem on foam 5 s | 10 s
            Completed by: Marta Heikkinen, PT, DPT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // SCMH Ishpeming PTA 97110: complete (doses; shoulder weakness): passes.
        ["vord-h159-scmh-97110-shoulder"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Arvid Lahti
            EPISODE A: R shoulder pain after the fall on the ice    ICD-10: M25.511
            Timed: 97110 ▸ 15 min
            Interventions: rows with the green band 3x15; side-lying ER with 2 lb 3x12; wall slides 3x10.
            Impairment: R rotator cuff and scapular weakness.
            Measures (Last | Today): rows 2x15 | 3x15; flexion 130° | 138°
            Completed by: Marta Heikkinen, PT, DPT
            """,
            ["M25.511"], [PT("97110", 15)], []),

        // PSTG Onancock: complete (1:1 ticked; perturbations on the Airex, tandem, step-overs; neuropathy; Measurables): passes.
        ["vord-h159-pstg-pony-swim-volunteer"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 10/28/2026
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: perturbations at the shoulders on the Airex; tandem walking with eyes closed along the wall; stepping over the rope line to a stop
            Impairments Addressed: proprioceptive loss in both feet with diabetic neuropathy; she can't feel the marsh edge under her boots
            Measurables: Berg 46/56; tandem eyes closed 7 sec
            97112 Neuromuscular Re-ed — 23 min
            D. Kellam, PT, DPT
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // PSTG Pocomoke City: complete 97112 (1:1 ticked; rocker, foam, stepping; proprioception; Berg) whose diagnosis came across as "#REF!": not a well-formed ICD-10-CM code.
        ["vord-h159-pstg-diagnosis-ref-error"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 10/29/2026
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: rocker board A/P with eyes closed; foam stance with head turns; step-and-stick onto the Airex
            Impairments Addressed: R ankle proprioception after the sprain on the boat ramp
            Measurables: rocker board 13 sec without an edge touch; SLS R 8 sec
            97112 Neuromuscular Re-ed — 22 min
            D. Kellam, PT, DPT
            """,
            ["#REF!"], [PT("97112", 22)], [Dx]),

        // ORPT Waukon: complete ("1:1 (Y/N): Y"; perturbations, foam tandem, step-and-stick; proprioception; Berg; grid 22): passes.
        ["vord-h159-orpt-hatchery-worker-returns"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 10/30/2026
            1:1 (Y/N): Y
            Interventions: perturbations at the pelvis on the foam, tandem walking with head turns, step-and-stick onto the Airex
            Clinical Findings: proprioceptive loss both feet and a slow stepping response; the hatchery worker slips on the raceway grate
            Objective Measures: Berg 47/56; 7 of 10 perturbations without a step
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            O. Reyes, PT
            """,
            ["E11.42"], [PT("97112", 22)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
