using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-sixty-second held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read for
/// their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's output on
/// these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-second session, blind) is the following week (Monday 7 – Friday 11 December 2026)
/// of the clinics of the hundred-and-fifty-ninth to hundred-and-sixty-first sets, each clinic in its own style and on its
/// own template, at most eight notes from any one clinic (fourteen clinics, six to eight notes each): the same writers,
/// new patients and returning ones, new wording. No style is new. About two thirds are ordinary and complete (70 of
/// 109), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and an OT's
/// code on one visit), by PTs, PTAs and OTs, from these employers:
/// <list type="number">
/// <item>the intensive programmes of the hundred-and-sixty-first set in their next week: Minnesota River Children's
/// Hospital's Intensive Therapy Program (MRCH ITP: Mankato and Owatonna, a winter intensive of ten days; "ITP SESSION
/// NOTE", "Session: ☒ AM ☐ PM", "Treating therapist this session:", "This session only: 97112 · 23 min", "Ratio: ☒ 1:1
/// ☐ 1:2 ☐ group", "Targets:", "Activities:", "Data:"): Solveig Haugland-Rice, Dario Quintanilla (PTA) and Merritt
/// Oyelaran (OTR/L); Chattahoochee Valley University's Neuro-Recovery Intensive (CVU NRI: Columbus and Phenix City; the
/// Post-Stroke Intensive's last week, the Amputee Gait Intensive's second and a new Parkinson's Boot Camp cohort; "NRI
/// BLOCK NOTE", "Programme: PSI · Day 12 of 15 · Block: AM (1 of 2)", "Billed this block: 97116 (22 min)", "Staff this
/// block:", "Delivery: [X] Individual [ ] Dyad [ ] Group", O:/A:): Dr. Adaeze Fontenot-Marsh, Beau Tillinghast, Shondra
/// Abernathy-Kyle (PTA) and Wren Delacroix-Holt (OTR/L); Red Butte Vestibular &amp; Concussion Clinic (RBVC: West Sedona,
/// east Flagstaff and Williams, a new Intensive Week; "Sess A ▸ 97112 ▸ 23 min", "Day sheet: Mon A ✓ B ✓", "Tx: ☒ gaze
/// stab ☐ habituation ☒ OKN"): Marisol Etsitty-Crane, Graydon Pike and Juniper Halvorsen (PTA);</item>
/// <item>the device clinics of the hundred-and-fifty-eighth and hundred-and-fifty-ninth sets: Sawtooth Performance Lab
/// (SPL: Boise, Eagle and McCall; "SESSION REPORT · Athlete:", "BLOCK A · 97112 NMR · 23 min", "Attendance:", "Work:",
/// "Limiter:", "☑ 1:1 ☐ semi-private", "DATA PASTE ▼"): Tamsin Reeve, Jordan Okafor, Mateo Arriaga and Brielle Sato
/// (PTA); Northwoods Lakes Medical Center's Balance Center (NLMC: Brainerd, Baxter and Crosby; "Service: 97112
/// Neuromuscular reeducation — 24 minutes", "Attendance:", "Treatment:", "Impairment:", "▶ Imported device report"):
/// Ingeborg Halvorsen, Curtis Lindahl, Marisa Pelletier (PTA) and Delphine Ostrowski (OTR/L); High Desert
/// NeuroRecovery (HDNR: Bend, Redmond and Prineville; "Visit note | clinician | Pt:", "97112 neuro re-ed: 22 min | 1:1",
/// "97530 [ __ ] min", "What I did:", "Why:", "Device paste:"): Priya Venkataraman, Eamon Gallagher, Ruthanne Keel (PTA)
/// and Sol Márquez (OTR/L);</item>
/// <item>the practices of the hundred-and-fifty-sixth and hundred-and-fifty-seventh sets as the hundred-and-fifty-ninth
/// left them: White River Physical Therapy &amp; Balance (WRPT: Berryville, Eureka Springs and Green Forest; "Svc:",
/// "Attendance: [ ] 1:1 [ ] concurrent [ ] group", "What we did:", "Why:", "Numbers:", "[CO query: …]" and "[CO: resolved
/// LM]"): Joel Tackett, Brenna Ellingboe, Kacey Ormsby (PTA) and Dwight Kemper (OTR/L); Quoddy Bay Regional Hospital
/// (QBRH: Calais, Eastport and Lubec; "CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN", "DELIVERY: ☒ Individual ☐ Concurrent ☐
/// Group", "OUTCOME MEASURE: ____ SCORE: ____"): Nora Cobb, Everett Sewall and Lucienne Dufour (PTA); Imperial Valley
/// Balance &amp; Physical Therapy (IVBPT: Calexico, El Centro, Brawley and Holtville; "97112 — 22 min", "Deficit:",
/// "{{CLEARED — KM}}"): Rosalba Quezada, E. Fennimore, G. Olmedo (PTA) and X. Saldívar (OTR/L); Petit Caillou Physical
/// Therapy (PCPT: Houma and Thibodaux; "Code 97112 Neuro re-ed ........ 23 min", "Did:", "For:", "Numbers:", Jules
/// Guidry's "cher" and "de"): Jules Guidry (PTA), Cleo Robichaux and Annette Breaux; Malheur Bend Orthopaedic Outcomes
/// Group (MBOG: Vale, Ontario and Nyssa; "PRIMARY OUTCOME:", "STG 1: … — PROGRESSING", "→ 97112 · 22 min · …", "▸
/// measured by:", "Delivery:"): I. Barragán, R. Quenneville and K. Pfleger (PTA); Rosario Strait Physiotherapy (RSP:
/// Friday Harbor, Anacortes and Mount Vernon; "08.12.2026", "97112 NMR 15.00–15.22 (22') · 1:1 — …", kilograms and
/// centimetres): S. Verhoeven and J. Brenner; Caney Fork Physical Therapy (CFPT: Smithville and Sparta; OfficeMate PM
/// capitals, "CPT 97112 X 23 MIN", "1ON1 FLAG: Y", "IMP:", "OBJ:"): Hollis Tate; JointWorks (JWO: Goshen, Elkhart,
/// Mishawaka and Warsaw; "97112 ▸ 22m", "1:1 ▸ ☒ Y ☐ N", "Tx ▸", "Area ▸", "# ▸", "Total timed ▸", the chain's
/// "StableStart" cards and its default "15m"): J. Hochstetler (PTA), M. Beer (PTA) and K. Amstutz.</item>
/// </list>
/// This week's people: a bouldering-gym kid back with her dad on the bench, a Gull Lake ice-house fisherman, a hay-barn
/// hand, a Cabarton raft guide, a Smithville fiddler who plays standing at the jamboree, a pontoon-boat owner, a
/// Passamaquoddy Bay lobster-wharf hand, a border-crossing guard, a church organist, a lineman on an above-knee
/// prosthesis, a goalie after his ACL reconstruction, a volleyball setter with a strained hamstring, a Grand Canyon
/// railway conductor, a mule-ride wrangler, two jeep-tour guides, a man driving 89A at night, a lettuce-crew worker, a sorting-shed
/// hand at a bulb farm, an RV-plant assembler, a sale-barn ringman, a packing-shed worker, a shrimp-boat deckhand and a
/// brewery canning-line worker — with a dad on the bench, a crew lead in the doorway, a tour company's driver, a balance tech at the desk, a wife in the truck, a husband in
/// the car with the dog, a daughter interpreting in ASL, a daughter and a grandson waiting, and a wife in the lobby (none
/// of them a patient), and the patients treated alongside (Mr. Begay on the next treadmill, Mr. Ivy on the next plinth,
/// Mr. Hightower at the stepping stations, a second child on a 1:2 ratio, two patients on the bike and the cable column
/// beside a PTA's 97110, two other children at an OT's snack table).
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads each clinic's template as its writers
/// fill it, applying the contract to what the note says was done at this visit: a blank, "____", "__", "—", an unticked
/// box row, "see POC", "per referral", "per protocol", "(not taken)" and "retest Friday" state nothing; a ticked box says
/// what it says; a drop-down set to "Concurrent" says another patient was treated; a chain's branded card never stands for
/// a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h162-…): one-on-one in these writers' own words ("1:1 — Tamsin and Wren alone on the turf; her dad
/// sat on the bench with his coffee", "Individual (1:1) — the balance tech ran the Bertec software from the desk", "Jus'
/// me an' Mr. Naquin de whole time, cher — his wife stayed out in de truck", "1:1 with Juniper the whole session; her
/// husband waited in the car with the dog", "one-on-one … her daughter interpreted in ASL from the chair"), notes that
/// negate it (Mr. Begay "on the treadmill beside her the whole time", "shared the block with Mr. Ivy on the next plinth",
/// "ran him with Mr. Hightower at the stepping stations") or never state it (an RSP clock-range line with nothing after
/// it, a JointWorks QuickNote with its 1:1 row deleted), and the codes without a one-on-one check (an OT's 97530 at a
/// snack table with two other children, a PTA's 97110 beside two patients on the bike and the cable column);</item>
/// <item>class 2 (v2-h162-…): checkbox and blank-field states (MRCH's "Ratio: ☐ 1:1 ☒ 1:2 ☐ group", CVU's "[X]
/// Individual", WRPT's unticked attendance row, QBRH's "OUTCOME MEASURE: ____ SCORE: ____" as the only measure, JWO's "Tx ▸
/// ____", SPL's "☑ 1:1 ☐ semi-private", NLMC's "Attendance: ______", CFPT's unrelated "REF MD: ________", HDNR's
/// "Attendance: Concurrent ▾", MBOG's "Visit __" beside a complete note, PCPT's "Numbers: ____", RBVC's ticked "Tx:" row
/// naming the techniques done);</item>
/// <item>class 3 (v3-h162-…): named programmes and methods as techniques (the Cawthorne-Cooksey progression, Maitland
/// grade IV central PA glides and rib springing for a 97140, Mulligan mobilization with movement at the ankle, the AlterG
/// anti-gravity treadmill for a 97116, Nordic hamstring lowers and Copenhagen planks for a 97110, Dynamic Neuromuscular
/// Stabilization developmental positions, PNF rhythmic initiation and combination of isotonics, Active Release Technique
/// for a 97140), the chain's "StableStart blue card, level 4" as the only technique, a Nordic hamstring protocol "per
/// protocol" with no dose, and PNF patterns with "For: see eval";</item>
/// <item>class 4 (v4-h162-…): deficits stated as findings in these writers' terms (feet that don't find the bottom step of
/// the camp's stairs in the dark, feet that slide apart on the ditch mud setting irrigation pipe, a room that tips looking
/// down the ice-house hole, a man who sits before he has turned and misses the pew, a setter who lands on the outside of
/// her foot after a block jump, oncoming headlights that make the road swim) and notes that state none ("IMPAIRMENT:
/// none", "Why: per referral", "IMP: SEE POC", "Limiter: —");</item>
/// <item>class 5 (v5-h162-…): measures in every usual form (the Four Square Step Test, functional reach in centimetres
/// and gait speed with head turns, distance and assistance on an above-knee prosthesis, a Y-balance composite,
/// single-leg stance seconds and a TUG, a Zeno walkway's velocity and step-length asymmetry, a nine-hole peg time and grip
/// pounds for a 97530) and notes with none ("DVA and DGI: retest Friday", "OBJ: BETTER THAN TUES, FEWER GRABS", a 97110
/// "measured by: at next re-eval" with no dose, "# ▸ (not taken)");</item>
/// <item>class 6 (v6-h162-…): minutes in these templates' forms (three OfficeMate CPT lines, two RSP clock ranges, a
/// PT's and an OT's NLMC service lines, "This session only: 97116 · 18 min / 97110 · 13 min", two dotted PCPT code lines,
/// SPL's Block A and Block B) and true mismatches (a WRPT "Svc:" of 35 on a 22-minute line, a CVU block's second code at
/// 28 on a 16-minute line, the JointWorks default "15m" on a 27-minute 97110, an RBVC Session B of 30 on an 18-minute
/// line) and truly missing separate time (IVBPT's codes listed with only "Total timed: 37 min", HDNR's second box "[ __ ]
/// min");</item>
/// <item>class 7 (v7-h162-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check),
/// the contract's meanings for 97110 (sit-to-stands and band work for Parkinson's, a hip fracture's stairs to the ferry's
/// passenger cabin), 97530 (a snow coat's zipper, boots and the lunch tray), 97140 (upper-trapezius soft tissue work,
/// cervical lateral glides and first-rib mobilization) and 97116 (rolling walker to quad cane out on a shell driveway),
/// and wholly generic notes ("balance training per plan of care. Tolerated well.", "NMR and ther ex per program. Good
/// session.", "functional activities as tolerated");</item>
/// <item>ordinary (vord-h162-…): complete notes of the fourteen clinics that a reviewer passes (the false-positive
/// guard), with their harmless leftovers (a resolved compliance query, a device report's print time, a crew lead in the
/// doorway, a programme's day count), and the ordinary weak ones: a complete note with no diagnosis, a diagnosis left "dx
/// pending", a JointWorks note pasted with "Tx ▸ per POC" and only a total, and an MBOG arrow's minutes that differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — fathers, wives, husbands, daughters, a
/// grandson, a balance tech and an ASL interpreter (none of them a patient; Mr. Begay, Mr. Ivy, Mr. Hightower, the
/// second child on a 1:2 ratio and the patients at the bike and the snack table are), ages, dates in each clinic's form,
/// days of a programme ("Day 12 of 15"), times of day on a device report, clock ranges, highway numbers, box and step
/// heights in inches and centimetres, loads in pounds and kilograms, sets, repetitions, hold seconds, spinal and rib
/// levels, degrees, percentages, gait speeds, distances, trips, counts and scores — and each is written so that a
/// reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code, in its block's
/// heading, in a minute box or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a
/// rest or a test, except the two that give the visit a total ("Total timed: 37 min" and the pasted JointWorks note's
/// "Total timed ▸ 36m"); notes failed for want of a measure carry no number but their code and its minutes.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes the
/// measure check only on an objective measure with a number and fails it only when the note has no number but its code
/// and its minutes; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure.
/// One-on-one is judged on the billed minutes: a family member, caregiver, interpreter or staff member in the room does
/// not undo a one-on-one statement, another patient treated in the same block does, and a therapist moving between two
/// patients in the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what these templates make arguable this week: a manual technique that names its joint as the
/// 97140's only region, an MBOG short-term goal as a note's only target, an MBOG primary outcome (a self-rated score) as
/// a note's only number, a missing separate time across a PT's and an OT's code, a test whose name carries minutes (a
/// six-minute walk), a ticked box and the clinician's words that disagree on the same element, and a ticked "Tx:" row
/// whose only ticked box is a programme's name.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 105 of 109 cases agree (107 needed), and 1 of the 70 notes the reviewer passes got a finding, on the analyzer of 0183516 (the 2026-12-07 twenty-second session after the hundred-and-fifty-sixth to hundred-and-sixty-first sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, ed4cfb9): 108 of 109, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSixtySecondTests(ITestOutputHelper output)
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

        // SPL Boise, Tamsin, Wren back: "1:1 — Tamsin and Wren alone on the turf; her dad sat on the bench with his coffee"; drop-and-stick, reactive bounds, dome holds with pushes; R ankle proprioception; hold seconds and wobble events; Block A 23 matches: passes.
        ["v1-h162-spl-dad-on-the-bench-with-coffee"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Wren Castellanos (bouldering-gym kid, age 16) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 23 min
            Attendance: 1:1 — Tamsin and Wren alone on the turf; her dad sat on the bench with his coffee
            Work: drop-and-stick off the 12 in box onto the foam; reactive lateral bounds to a pointed arrow; single-leg holds on the half dome with pushes at the shoulder
            Limiter: R ankle proprioception since the fall off the bouldering wall; the ankle rolls on the crash-pad landing
            DATA PASTE ▼
              SL hold EC on foam · R 12 s | L 25 s
              Blue Trident · drop landings · lateral wobble events R 4 of 10 | L 1 of 10
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // NLMC Baxter, Curtis: "Individual (1:1) — the balance tech ran the Bertec software from the desk, I had Einar the whole service" (staff, not a patient); platform weight shifts, foam head turns, step-downs; somatosensory loss; limits of stability; 22 matches: passes.
        ["v1-h162-nlmc-tech-ran-the-software"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER CLINIC
            TREATMENT NOTE · Pt: Einar Lukkari (ice-house fisherman on Gull Lake) · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: Individual (1:1) — the balance tech ran the Bertec software from the desk, I had Einar the whole service
            Treatment: weight shifts to targets on the platform with the surround moving; foam stance turning his head to call out the letters on the wall; stepping down off the 4 in block onto the foam to a stop
            Impairment: somatosensory loss in both feet with the neuropathy; he can't feel the ice-house floor through his boots and sways when the auger kicks
            ▶ Imported device report — Bertec Balance Advantage (printed 12/08/2026 14:05)
               Limits of stability · directional control 58% | endpoint excursion 71%
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // HDNR Redmond, Eamon: "had Mr. Begay on the treadmill beside her the whole time and went back and forth between the two harnesses" — another patient in the block: one-on-one missing; treadmill perturbations, target stepping, backward walking; stepping and trunk sway; Mini-BESTest present.
        ["v1-h162-hdnr-mr-begay-on-the-next-treadmill"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Eamon Gallagher, PT | Pt: Gloria Sandoval
            97112 neuro re-ed: 21 min | had Mr. Begay on the treadmill beside her the whole time and went back and forth between the two harnesses
            What I did: perturbations on the treadmill in the harness; stepping to a called target; backward walking with a stop on cue
            Why: late protective stepping and trunk sway after the L cerebellar stroke
            Mini-BESTest 17/28; 5 of 8 treadmill perturbations caught with one step.
            """,
            ["I69.393"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // WRPT Green Forest, Joel: "Attendance: shared the block with Mr. Ivy on the next plinth, cueing each in turn" — another patient treated: one-on-one missing; rocker board, foam head turns, pushes; proprioceptive loss; Berg present.
        ["v1-h162-wr-shared-with-mr-ivy-on-the-next-plinth"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 12/08/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 22 min
            Attendance: shared the block with Mr. Ivy on the next plinth, cueing each in turn
            What we did: rocker board A/P with eyes closed; foam stance with head turns; reactive steps to pushes at the pelvis
            Why: proprioceptive loss in both feet with the neuropathy; she stumbles on the litter walking the chicken houses at night
            Numbers: Berg 43/56; rocker board 10 sec without an edge touch
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PCPT Houma, Jules (PTA): box ticked and "Jus' me an' Mr. Naquin de whole time, cher — his wife stayed out in de truck"; foam catches, pushes, step-overs; sway and late step on the shrimp boat; Berg and pushes; dotted 22 matches: passes.
        ["v1-h162-pc-jules-wife-out-in-de-truck"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/08/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Jus' me an' Mr. Naquin de whole time, cher — his wife stayed out in de truck wit' de radio.
            Did: standin' on de foam catchin' de ball off to de side, pushes at de shoulders, steppin' over de crab-trap float to a stop
            For: he sways an' steps late when de shrimp boat rolls, an' his feet don't tell him where de deck is
            Numbers: Berg 45/56; 6 of 10 pushes wit' one step
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // RSP Anacortes, S. Verhoeven: clock range "97112 NMR 08.40–09.03 (23')" with nothing after it and no word of delivery anywhere: one-on-one not stated; perturbations, step-downs, head-turn walking; ankle and stepping strategy; perturbations and tandem present.
        ["v1-h162-rsp-clock-range-no-delivery"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 09.12.2026 · ferry ticket-taker, 61 y
            97112 NMR 08.40–09.03 (23')
            Tx: perturbations at the pelvis on the half foam roll; stepping off the 15 cm step onto the foam and holding; walking the plinth line with head turns to the window.
            Problem: slow ankle and stepping strategy; he grabs the rail on the car deck when the ferry bumps the dock.
            Measures: 6/10 perturbations recovered without a step; tandem 11 s.
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // CVU PSI AM, Beau: "Ran him with Mr. Hightower at the stepping stations this block, moving between the two of them" — another patient: one-on-one missing; step-ups with a hold, reactive stepping, rhythmic stabilization; L hemiparesis; Berg present.
        ["v1-h162-cvu-psi-with-mr-hightower-at-the-stations"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 12 of 15 · Block: AM (1 of 2)
            Billed this block: 97112 (24 min)
            Staff this block: Beau Tillinghast, PT, DPT
            O: Ran him with Mr. Hightower at the stepping stations this block, moving between the two of them. Step-ups to the 6 in box with a hold, reactive stepping to pushes at the pelvis, half-kneel rhythmic stabilization.
            Berg 42/56; 4 of 8 pushes recovered with one step.
            A: L hemiparesis after the R MCA stroke, late L stepping reaction.
            """,
            ["I69.354"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // RBVC West Sedona Session A, Juniper (PTA): "1:1 with Juniper the whole session; her husband waited in the car with the dog"; X1 on foam, head-turn walking, cone pick-ups; L vestibular hypofunction; DVA and foam seconds; 23 matches: passes.
        ["v1-h162-rbvc-husband-in-the-car-with-the-dog"] = new(
            """
            RBVC West Sedona — Intensive Week — Mon
            Sess A ▸ 97112 ▸ 23 min
            1:1 with Juniper the whole session; her husband waited in the car with the dog.
            Tx: X1 viewing on the busy card standing on foam; walking the hall with yaw head turns to called letters; bending to pick cones off the floor.
            L vestibular hypofunction after the jeep tour rolled on Broken Arrow; she veers L on the trail and the rocks jump when she looks around.
            DVA lost 4 lines; foam stance with head turns 18 sec.
            J. Halvorsen PTA
            """,
            ["H81.22"], [PTA("97112", 23)], []),

        // MRCH Owatonna PM, Merritt (OT): a 97530 at the snack table with two other children (no one-on-one check); zip bags, spreading, tray; L hand use with hemiplegic CP; counts and assistance; 21 matches: passes.
        ["v1-h162-mrch-ot-97530-snack-table-of-three"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Winter intensive, day 2 of 10
            Treating therapist this session: Merritt Oyelaran, OTR/L
            This session only: 97530 · 21 min
            Ratio: ☐ 1:1  ☐ 1:2  ☒ group (Leo worked at the snack table with two other kids from the intensive)
            Targets: L hand use with hemiplegic CP, age 7; he leaves the L hand in his lap to open a snack
            Activities: opening zip bags and a yogurt tube holding with the L, spreading peanut butter on crackers stabilizing the plate with the L, carrying the tray to the sink with both hands
            Data: 6 of 8 zip bags opened using both hands; tray carried 3 trips with stand-by assist
            """,
            ["G80.2"], [OT("97530", 21)], []),

        // IVBPT Brawley, PTA 97110 with "Two other patients on the bike and the cable column" (no one-on-one check); leg press, step-ups, hip abduction with doses; R hip and quad weakness after a THA; 16 matches: passes.
        ["v1-h162-ivbpt-pta-97110-two-others-at-the-bike"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 12/09/2026    G. Olmedo, PTA
            97110 — 16 min
            Two other patients on the bike and the cable column while Mr. Arballo worked.
            Leg press 3x12 @ 60 lb, step-ups on the 6 in step 3x10, side-lying hip abduction 3x12 with a 2 lb cuff
            Deficit: R hip abductor and quad weakness after the R THA; he can't step up into the lettuce-crew bus
            """,
            ["Z96.641"], [PTA("97110", 16)], []),

        // QBRH Calais: Individual ticked and "one-on-one with Mrs. Lank the whole service; her daughter interpreted in ASL from the chair"; eyes-closed foam, pushes, head-turn walking to a card; bilateral vestibular loss; FGA; 23 matches: passes.
        ["v1-h162-qbrh-daughter-interpreted-in-asl"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group — one-on-one with Mrs. Lank the whole service; her daughter interpreted in ASL from the chair
            INTERVENTIONS: feet-together stance on the foam with eyes closed; reactive stepping to pushes at the hips; walking the corridor turning to read the flash card held up at her side
            IMPAIRMENT: bilateral vestibular loss after gentamicin; she staggers in the dark of the boat shed and on the wharf gravel at night
            OUTCOME MEASURE: FGA    SCORE: 16/30 (13/30 on 11/9)
            Nora Cobb, PT, DPT, NCS
            """,
            ["H81.93"], [PT("97112", 23)], []),

        // JWO Warsaw, K. Amstutz: a QuickNote with its "1:1 ▸" row deleted and no word of delivery: one-on-one not stated; Airex hops, BOSU catches, step-downs; knee and ankle proprioception after an ACL reconstruction; Y-balance and SLS present.
        ["v1-h162-jwo-one-to-one-row-deleted"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 23m
            Tx ▸ lateral hops to a stick on the Airex, SLS on the BOSU with a ball toss, step-and-stick down off the 8 in step
            Area ▸ L knee and ankle proprioception after the ACL reconstruction; the RV-plant assembler's knee wobbles when he pivots on the line
            # ▸ Y-balance ant L 86% of R; SLS BOSU L 13 s
            """,
            ["S83.512D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // MRCH Mankato AM, Dario (PTA): "Ratio: ☐ 1:1 ☒ 1:2 ☐ group" ticked — a second child in the block: one-on-one missing; half-kneel reaches, stepping stones, peanut-ball perturbations; postural control with diplegia; PBS present.
        ["v2-h162-mrch-ratio-one-to-two-ticked"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Winter intensive, day 3 of 10
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97112 · 22 min
            Ratio: ☐ 1:1  ☒ 1:2  ☐ group
            Targets: postural control and L stance with spastic diplegia; she falls reaching for her boots in the mudroom
            Activities: half-kneel reaching across the midline, stepping stones with a stop on cue, perturbations on the peanut ball
            Data: PBS 41/56; 4 of 6 stepping-stone runs without a step off
            """,
            ["G80.1"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // CVU AGI Phenix City AM, Shondra (PTA): "Delivery: [X] Individual [ ] Dyad [ ] Group" ticked; prosthetic weight shifts over foam, stool stepping, perturbations in the bars; prosthetic-side balance; stance seconds and perturbations; 23 matches: passes.
        ["v2-h162-cvu-agi-individual-box-ticked"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: AGI · Day 7 of 10 · Block: AM (1 of 2)
            Billed this block: 97112 (23 min)
            Delivery: [X] Individual  [ ] Dyad  [ ] Group
            Staff this block: Shondra Abernathy-Kyle, PTA
            O: weight shifts onto the prosthesis over the foam pad, stool stepping with the sound foot, perturbations at the pelvis standing in the bars.
            Prosthetic-side single-limb stance 6 sec (2 sec on day 1); 5 of 8 perturbations held without reaching for a bar.
            A: poor weight acceptance and slow balance reactions on the L transtibial prosthesis.
            """,
            ["Z89.512"], [PTA("97112", 23)], []),

        // WRPT Eureka Springs, Kacey (PTA): "Attendance: [ ] 1:1 [ ] concurrent [ ] group" with nothing ticked and nothing else on delivery: one-on-one not stated; Airex tandem, pushes, step-up holds; late step and sway; Berg present.
        ["v2-h162-wr-attendance-row-unticked"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 12/09/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — 22 min
            Attendance: [ ] 1:1 [ ] concurrent [ ] group
            What we did: tandem walking on the Airex beam; reactive steps to pushes at the hips; stepping up onto the 6 in step and holding
            Why: late protective step and sway on the steep sidewalks downtown after the fall
            Numbers: Berg 47/56; 7 of 10 pushes with one step
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // QBRH Eastport, Everett: "OUTCOME MEASURE: ____ SCORE: ____" as the only measure and no number but the code and its minutes: measure missing; rocker board, foam reaches, step-overs; R ankle proprioception; Individual ticked.
        ["v2-h162-qbrh-outcome-measure-blank"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rocker board A/P with eyes closed; foam stance reaching to the side for the bait bucket; stepping over the lobster-crate slat to a stop
            IMPAIRMENT: R ankle proprioception after the fracture; he rolls the ankle on the wet wharf planks
            OUTCOME MEASURE: ____    SCORE: ____
            Everett Sewall, PT
            """,
            ["S82.891D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // JWO Mishawaka, M. Beer (PTA): "Tx ▸ ____" blank and nothing else naming what was done: technique missing; deficit and measures present; 1:1 ticked.
        ["v2-h162-jwo-tx-blank"] = new(
            """
            JointWorks QuickNote · Mishawaka · M. Beer PTA
            97112 ▸ 22m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ ____
            Area ▸ R ankle proprioception after the sprain; she turns it on the loading dock at the trailer plant
            # ▸ Y-balance ant R 84% of L; four square step test 13.2 s
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // SPL McCall, Mateo: "Attendance: ☑ 1:1 ☐ semi-private" ticked; slide-board holds with pushes, lateral bounds, dome squats eyes closed; knee valgus and slow hip strategy; valgus events and hold seconds; 24 matches: passes.
        ["v2-h162-spl-one-to-one-ticked"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Anders Viken (Nordic ski racer) · Clinician: Mateo Arriaga, PT
            BLOCK A · 97112 NMR · 24 min
            Attendance: ☑ 1:1 ☐ semi-private
            Work: skate-stride holds on the slide board with pushes at the hip; lateral bounds to a stick on the Airex; single-leg squats on the half dome with eyes closed
            Limiter: L knee valgus and a slow hip strategy on the skate push after the MCL sprain
            DATA PASTE ▼
              SL squat on dome · knee valgus events L 3 of 10 | R 0 of 10
              Skate-stride hold on slide board · L 18 s | R 30 s
            """,
            ["S83.412D"], [PT("97112", 24)], []),

        // NLMC Crosby, Marisa (PTA): "Attendance: ______" blank and nothing else on delivery: one-on-one not stated; foam head turns, hurdles, reaches; postural control with neuropathy; Biodex fall-risk index present.
        ["v2-h162-nlmc-attendance-blank"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY CLINIC
            TREATMENT NOTE · Pt: Arne Kallio (retired ore-dock worker) · Clinician: Marisa Pelletier, PTA
            Service: 97112 Neuromuscular reeducation — 21 minutes
            Attendance: ______
            Treatment: foam stance with eyes closed and head turns; stepping over the low hurdles to a stop; reaching out of his base on the foam for the rings
            Impairment: postural control and ankle strategy with the peripheral neuropathy; he catches his toe on the sauna threshold
            ▶ Imported device report — Biodex Balance SD (printed 12/10/2026 10:40)
               Fall risk index 2.9 (norm ≤ 2.1)
            """,
            ["G62.9"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // CFPT Smithville: "REF MD: ________" left blank in the header (unrelated) beside a complete note ("1ON1 FLAG: Y"; step-and-stick, perturbations, tandem with head turns; ankle and stepping strategy; Berg and perturbations); 23 matches: passes.
        ["v2-h162-cfpt-ref-md-blank-complete"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/07/26     REF MD: ________
            CPT 97112 X 23 MIN
            1ON1 FLAG: Y
            NOTE: NMR - STEP-AND-STICK ONTO THE FOAM, PERTURBATIONS AT THE PELVIS, TANDEM WALKING WITH HEAD TURNS. IMP: DECR ANKLE AND STEPPING STRATEGY, PT SWAYS AND STEPS BACK WHEN HE PLAYS THE FIDDLE STANDING AT THE JAMBOREE. OBJ: BERG 48/56; 7/10 PERTURBATIONS W/O A STEP.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // HDNR Bend, Priya: the attendance drop-down left on "Concurrent ▾" — another patient in the block: one-on-one missing; weighted-pack holds on foam, pack perturbations, log step-overs; L ankle proprioception; Sway app seconds present.
        ["v2-h162-hdnr-dropdown-concurrent"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Joaquin Ruelas (smokejumper, on light duty)
            97112 neuro re-ed: 23 min | Attendance: Concurrent ▾
            What I did: single-leg holds on the foam with a weighted pack, perturbations at the pack straps, stepping over logs on the floor to a stop
            Why: L ankle proprioception and a slow hip strategy since the landing injury on the jump
            Device paste: Sway app — SL stance EC foam L 9.4 s | R 21.7 s
            """,
            ["S93.402D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // MBOG Ontario, R. Quenneville: "Visit __" left blank in the header beside a complete note (step-downs, perturbations, Airex tandem; knee proprioception and quad timing; SLS and perturbations; "Delivery: one-to-one"); arrow 23 matches: passes.
        ["v2-h162-mbog-visit-number-blank-complete"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Floyd Hatcher (sale-barn ringman) · Visit __ · 12/08/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: LEFS 58/80 (intake 36/80)
            STG 2: step down from the sale-barn catwalk without holding the rail — PROGRESSING
               → 97112 · 23 min · step-downs off the 6 in box onto the foam with a stop, lateral perturbations at the pelvis, tandem on the Airex beam with head turns
               Impairment: R knee proprioception and quad timing after the TKA; the knee wobbles on the step down
               ▸ measured by: SLS R 12 s on foam; 7 of 10 perturbations without a step
            Delivery: one-to-one, the whole session.
            """,
            ["Z96.651"], [PT("97112", 23)], []),

        // PCPT Thibodaux, Annette: "Numbers: ____" and no number but the code and its minutes: measure missing; rocker board, foam card turns, pushes; L ankle proprioception; one-on-one ticked.
        ["v2-h162-pc-numbers-blank"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board with eyes closed, foam stance turning to look at the cards on the wall, pushes at the pelvis
            For: L ankle proprioception after the sprain on the levee steps; she rolls it on the shell drive
            Numbers: ____
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // RBVC east Flagstaff Session A, Graydon: "Tx: ☒ gaze stab (X1 …) ☐ habituation ☒ OKN (walking with the stripes …)" ticked boxes naming what was done, the day sheet's ticks; "1:1 — only Graydon and Tate"; visual dependence; DGI and DVA; 22 matches: passes.
        ["v2-h162-rbvc-tx-row-ticked-day-sheet"] = new(
            """
            RBVC East Flagstaff — Intensive Week — Tue
            Sess A ▸ 97112 ▸ 22 min
            Day sheet: Mon A ✓ B ✓ · Tue A ✓ B ☐
            1:1 — only Graydon and Tate in the vestibular room.
            Tx: ☒ gaze stab (X1 on the checkerboard)  ☐ habituation  ☒ OKN (walking the hall with the stripes on the TV)
            Visual dependence after the concussion; the snow streaming past the chairlift makes him sway and grab the bar.
            DGI 18/24; DVA lost 3 lines.
            G. Pike PT ATC
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // RBVC Williams Session B, Graydon: the Cawthorne-Cooksey progression standing (eye and head movements, ball above eye level, stand and turn); bilateral vestibular hypofunction; tandem gait seconds and DGI; "1:1 with Graydon; his wife … waited in the lobby"; 23 matches: passes.
        ["v3-h162-rbvc-cawthorne-cooksey-progression"] = new(
            """
            RBVC Williams — Intensive Week — Thu
            Sess B ▸ 97112 ▸ 23 min
            1:1 with Graydon; his wife drove him down from the canyon and waited in the lobby.
            Tx: Cawthorne-Cooksey progression standing — eye movements up and down and side to side, head movements with eyes open then closed, throwing the ball hand to hand above eye level, standing up from the chair and turning around.
            Bilateral vestibular hypofunction; the railway conductor can't read a ticket while the car moves and steps wide in the vestibule.
            Tandem gait 12.4 sec; DGI 16/24.
            G. Pike PT ATC
            """,
            ["H81.93"], [PT("97112", 23)], []),

        // WRPT Green Forest, Brenna: a 97140 of Maitland grade IV central PA glides, grade III unilateral glides and rib springing; R mid-thoracic stiffness reaching the feeder lines; rotation degrees; 12 matches: passes.
        ["v3-h162-wr-maitland-pa-glides-97140"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 12/08/2026 — Brenna Ellingboe, PT
            Svc: 97140 manual — 12 min
            What we did: Maitland grade IV central PA glides T5–T8 in prone; grade III unilateral PA glides R T6–7; rib springing R ribs 5–7
            Why: R mid-thoracic stiffness and pain rotating to reach the feeder lines in the chicken houses
            Numbers: thoracic rotation R 35° (25° on 11/30), L 45°; grades and levels as above
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // IVBPT El Centro, Fennimore: Mulligan mobilization with movement at the ankle (talar glide with a belt during lunges, fibular MWM) with sets; R dorsiflexion stiffness; knee-to-wall centimetres; 11 matches: passes.
        ["v3-h162-ivbpt-mulligan-mwm-ankle-97140"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 12/07/2026    E. Fennimore, PT
            97140 — 11 min
            Mulligan mobilization with movement for the R ankle — posterior talar glide with a belt during weight-bearing lunges, 3 sets of 10; distal fibular MWM with inversion, 3 sets of 6
            Deficit: R ankle dorsiflexion stiffness after the sprain; she can't squat to cut lettuce at the bottom of the row
            Knee-to-wall R 7 cm (3 cm at eval), L 11 cm
            {{CLEARED — KM}}
            """,
            ["S93.401D"], [PT("97140", 11)], []),

        // CVU PSI PM, Shondra (PTA): the AlterG anti-gravity treadmill at a share of body weight, then overground with the quad cane, distance and stand-by assist; R hemiparesis with toe catch; "Billed this block: 97116 (22 min)" matches: passes.
        ["v3-h162-cvu-psi-alterg-treadmill-97116"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 13 of 15 · Block: PM (2 of 2)
            Billed this block: 97116 (22 min)
            Staff this block: Shondra Abernathy-Kyle, PTA
            O: AlterG anti-gravity treadmill at 80% body weight, 1.4 mph, cues for R heel strike and R knee flexion in swing; then overground on the Riverwalk path with the quad cane, 600 ft with stand-by assist.
            A: R hemiparesis after the L MCA stroke; R toe catch and a short L step.
            """,
            ["I69.351"], [PTA("97116", 22)], []),

        // SPL Eagle, Brielle (PTA): a 97110 of Nordic hamstring lowers, single-leg RDLs and Copenhagen planks with doses; R hamstring strength after a strain; Block B 15 matches: passes.
        ["v3-h162-spl-nordic-hamstring-copenhagen-97110"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Rhett Cordell (whitewater raft guide) · Clinician: Brielle Sato, PTA
            BLOCK B · 97110 ther ex · 15 min
            Work: Nordic hamstring lowers with a partner at the ankles 3x6; single-leg RDL with the 20 lb kettlebell 3x8; Copenhagen side planks 3x20 s each side
            Limiter: R hamstring strength after the strain hauling a raft up the Cabarton take-out
            """,
            ["S76.311D"], [PTA("97110", 15)], []),

        // HDNR Prineville, Priya: Dynamic Neuromuscular Stabilization developmental positions (supine breathing, rolling, oblique sit to tripod, bear stance); trunk motor control after a spinal cord injury; bear-stance seconds and reach centimetres; "| 1:1"; 22 matches: passes.
        ["v3-h162-hdnr-dns-developmental-positions"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Vern Ostrander
            97112 neuro re-ed: 22 min | 1:1
            What I did: Dynamic Neuromuscular Stabilization — supine breathing into the belt with the legs held at table-top, rolling to side-lying with the top arm reaching, oblique sit to tripod, bear stance
            Why: trunk motor control and the timing of his abdominal bracing after the incomplete spinal cord injury; he slumps and loses his seat on the tractor
            Device paste: (none) · typed: bear stance hold 14 s; seated forward reach 28 cm
            """,
            ["G82.54"], [PT("97112", 22)], []),

        // CFPT Sparta: PNF rhythmic initiation for sit to stand, combination of isotonics in half-kneel, D1 patterns at the rail; L hip and knee recruitment after a CVA; 5xSTS and FGA; "1ON1 FLAG: Y"; 22 matches: passes.
        ["v3-h162-cfpt-pnf-rhythmic-initiation"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/09/26
            CPT 97112 X 22 MIN
            1ON1 FLAG: Y
            NOTE: NMR - PNF RHYTHMIC INITIATION FOR SIT TO STAND, COMBINATION OF ISOTONICS IN HALF-KNEEL, D1 LE PATTERNS STANDING AT THE RAIL. IMP: L HIP AND KNEE MOTOR RECRUITMENT AND TIMING AFTER THE R CVA, L KNEE BUCKLES STEPPING OFF THE PONTOON BOAT. OBJ: 5XSTS 16.8 SEC; FGA 17/30.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // MBOG Nyssa, K. Pfleger (PTA): a 97140 of Active Release Technique, pin-and-stretch and inferior glides; posterior shoulder tightness limiting reach; IR degrees; arrow 11 matches: passes.
        ["v3-h162-mbog-active-release-97140"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Luz Echeverría (packing-shed worker) · Visit 10 · 12/10/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: QuickDASH 27 (intake 52)
            STG 1: reach the top shelf in the packing shed without shoulder pain — PROGRESSING
               → 97140 · 11 min · Active Release Technique to the R infraspinatus and teres minor, pin-and-stretch to the R pec minor, inferior GH glides grade III
               Impairment: R posterior shoulder tightness limiting internal rotation and overhead reach
               ▸ measured by: IR at 90° abduction 45° (30° at intake)
            Delivery: one-to-one.
            """,
            ["M75.41"], [PTA("97140", 11)], []),

        // JWO Elkhart, J. Hochstetler (PTA): "Tx ▸ StableStart blue card, level 4 per chain protocol" as the only technique: technique missing; ankle proprioception and Y-balance present; 1:1 ticked.
        ["v3-h162-jwo-stablestart-blue-card-only"] = new(
            """
            JointWorks QuickNote · Elkhart · J. Hochstetler PTA
            97112 ▸ 22m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ StableStart blue card, level 4 per chain protocol
            Area ▸ L ankle proprioception; she rolls it stepping off the platform on the RV line
            # ▸ Y-balance ant L 88% of R (82% last wk)
            """,
            ["S93.402D"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // MRCH Mankato PM, Dario (PTA): a 97110 of Nordic hamstring lowers, single-leg bridges and hip thrusts "per the ITP hamstring protocol" with "Data: per protocol" and no number but the code and its minutes: measure missing; hamstring and glute strength targeted.
        ["v3-h162-mrch-hamstring-protocol-no-dose-97110"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Winter intensive
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97110 · 17 min
            Targets: L hamstring and glute strength after the hamstring strain; the volleyball setter can't push off for the back set
            Activities: Nordic hamstring lowers, single-leg bridges and hip thrusts per the ITP hamstring protocol
            Data: per protocol
            """,
            ["S76.312D"], [PTA("97110", 17)], [At(Measure, "97110")]),

        // PCPT Houma, Jules (PTA): PNF D2 patterns, rhythmic stabilization in half-kneel, chops and lifts, with "For: see eval" and no deficit anywhere: deficit missing; Berg and FGA present; one-on-one ticked.
        ["v3-h162-pc-jules-pnf-for-see-eval"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/10/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: PNF D2 patterns wit' de arm an' leg in standin', rhythmic stabilization in half-kneel, PNF chops an' lifts wit' de ball
            For: see eval
            Numbers: Berg 44/56; FGA 18/30
            """,
            ["I69.351"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or not at all

        // PCPT Thibodaux, Cleo: "her feet don't find the bottom step of the camp's stairs in the dark; numb soles with the diabetes"; foam step-downs, rocker board, foam marching; Semmes-Weinstein and rocker seconds; one-on-one ticked; 22 matches: passes.
        ["v4-h162-pc-cleo-feet-dont-find-the-camp-step"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/07/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: stepping down off the 6 in step onto the foam with eyes closed, rocker board A/P, marching on the foam with head turns
            For: her feet don't find the bottom step of the camp's stairs in the dark; numb soles with the diabetes and she has to look down at every step
            Numbers: Semmes-Weinstein 5.07 not felt at 6 of 10 sites on each foot; rocker board 11 sec without an edge touch
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // RSP Mount Vernon, J. Brenner: "his feet slide apart and he sways on the mud at the edge of the ditch when he sets the pipe"; tape-line head turns, foam perturbations, hurdle stops; Mini-BESTest and perturbations; "1:1 — Mr. Vos and me only"; 14.20–14.42 (22') matches: passes.
        ["v4-h162-rsp-feet-slide-apart-on-the-ditch-mud"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 08.12.2026 · tulip-field irrigator, 73 y
            97112 NMR 14.20–14.42 (22') · 1:1 — Mr. Vos and me only; his daughter waited in the lobby
            Tx: walking the length of the gym on a 10 cm strip of tape with head turns; perturbations at the shoulders on the foam; stepping over the 20 cm hurdle to a stop.
            Problem: his feet slide apart and he sways on the mud at the edge of the ditch when he sets the pipe; slow hip strategy.
            Measures: Mini-BESTest 20/28 (17 on 03.11); 7/10 perturbations without a step.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // NLMC Brainerd, Ingeborg: "the room tips when she looks down into the hole in the ice-house floor; R vestibular hypofunction"; sway-referenced platform, foam pitch head turns, letter walking; SOT; Individual (1:1); 24 matches: passes.
        ["v4-h162-nlmc-room-tips-over-the-ice-hole"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Bernice Aakre · Clinician: Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: Individual (1:1)
            Treatment: platform training with the support surface sway-referenced, eyes closed; foam stance with slow pitch head turns; walking the hall turning to find the letters called out
            Impairment: the room tips when she looks down into the hole in the ice-house floor; R vestibular hypofunction with over-reliance on her feet and eyes
            ▶ Imported device report — Bertec Balance Advantage (printed 12/09/2026 11:15)
               SOT composite 66 | Cond 5: 52 | Cond 6: 47
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // CVU PBC AM, Dr. Fontenot-Marsh: "he starts to sit before he has turned all the way and misses the edge of the pew"; turning with big steps, backward stepping, foam perturbations; turn steps and Mini-BESTest; Individual ticked; 24 matches: passes.
        ["v4-h162-cvu-pbc-misses-the-edge-of-the-pew"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 3 of 10 · Block: AM (1 of 2)
            Billed this block: 97112 (24 min)
            Staff this block: Dr. Adaeze Fontenot-Marsh, PT, DPT, NCS
            Delivery: [X] Individual  [ ] Dyad  [ ] Group
            O: turning to sit with big steps along the tape arc, backward stepping to a called colour, perturbations at the pelvis on the foam.
            360° turn in 7 steps (11 on day 1); Mini-BESTest 19/28.
            A: he starts to sit before he has turned all the way and misses the edge of the pew; slow, shuffled turning and freezing at the end of the row with Parkinson's disease.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // MRCH Mankato AM, Solveig: "after a block jump she lands on the outside of her R foot and the knee collapses in"; block-jump landings, lateral hops eyes closed, dome catches; landing error score and hold seconds; ratio 1:1 ticked; 23 matches: passes.
        ["v4-h162-mrch-setter-lands-on-the-outside-of-her-foot"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Winter intensive, day 4 of 10
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 23 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: after a block jump she lands on the outside of her R foot and the knee collapses in; R ankle proprioception after the sprain, age 15
            Activities: block-jump landings onto the foam to a stick, lateral hops over the line with eyes closed on the landing, single-leg catches on the half dome
            Data: landing error score 6 (9 on day 1); single-leg foam hold eyes closed R 9 sec, L 20 sec
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // RBVC West Sedona Session A, Marisol: "the oncoming headlights make the road swim and he drifts toward the shoulder" on 89A; X1 against stripes, dual-task head turns, foam step-ons; DGI and foam seconds; "1:1 — Marisol and Mr. Yazzie"; 24 matches: passes.
        ["v4-h162-rbvc-headlights-make-the-road-swim"] = new(
            """
            RBVC West Sedona — Intensive Week — Wed
            Sess A ▸ 97112 ▸ 24 min
            1:1 — Marisol and Mr. Yazzie, nobody else in the room.
            Tx: X1 viewing against the moving stripes; walking with head turns while counting backward; stepping onto the foam to a stop with eyes closed.
            Driving home on 89A at night the oncoming headlights make the road swim and he drifts toward the shoulder; visual-vestibular mismatch after the L vestibular neuritis.
            DGI 19/24; foam head turns 22 sec.
            M. Etsitty-Crane PT DPT
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // QBRH Lubec, Everett: "IMPAIRMENT: none" and nothing else naming a deficit: deficit missing; X2 viewing, foam-beam tandem, step-overs; DGI; Individual ticked.
        ["v4-h162-qbrh-impairment-none"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: X2 viewing with the letter card; tandem walking on the foam beam; stepping over the net float to a stop
            IMPAIRMENT: none
            OUTCOME MEASURE: DGI    SCORE: 19/24
            Everett Sewall, PT
            """,
            ["H81.21"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // HDNR Prineville, Ruthanne (PTA): "Why: per referral" and nothing else naming a deficit: deficit missing; half-kneel rhythmic stabilization, tall-kneel catches, rope-line step-overs; tandem seconds; "| 1:1".
        ["v4-h162-hdnr-why-per-referral"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Ruthanne Keel, PTA | Pt: Lyle Brannock
            97112 neuro re-ed: 22 min | 1:1
            What I did: half-kneel rhythmic stabilization, tall-kneel ball catches, stepping over the rope line to a stop
            Why: per referral
            Device paste: Sway app — tandem EO 17.2 s
            """,
            ["I69.398"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // CFPT Smithville: "IMP: SEE POC." and nothing else naming a deficit: deficit missing; rocker board, foam ball toss, lateral perturbations; Berg and rocker seconds; "1ON1 FLAG: Y".
        ["v4-h162-cfpt-imp-see-poc"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/10/26
            CPT 97112 X 22 MIN
            1ON1 FLAG: Y
            NOTE: NMR - ROCKER BD EYES CLOSED, FOAM STANCE W/ BALL TOSS, LATERAL PERTURBATIONS AT THE HIPS. IMP: SEE POC. OBJ: BERG 49/56; ROCKER BD 15 SEC.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SPL Eagle, Jordan: "Limiter: —" and nothing else naming a deficit: deficit missing; reactive cuts, hop-and-stick, disc kneeling with band pulls; wobble events; "Attendance: 1:1".
        ["v4-h162-spl-limiter-dash"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Micah Dorsey (Payette kayak instructor) · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 22 min
            Attendance: 1:1
            Work: reactive cuts off the half dome to my hand signal; hop-and-stick onto the foam in four directions; kneeling on the stability disc with paddle strokes against band pulls
            Limiter: —
            DATA PASTE ▼
              Blue Trident · hop landings · lateral wobble events L 2 of 10 | R 1 of 10
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // NLMC Crosby, Marisa (PTA): the device-report line typed instead of pasted: Four Square Step Test seconds and lean-and-release counts; four-square stepping, foam side-steps, lean releases; slow stepping after a TKA; Individual (1:1); 22 matches: passes.
        ["v5-h162-nlmc-four-square-step-test-typed"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY CLINIC
            TREATMENT NOTE · Pt: Dale Hagen (snowmobile-club trail groomer) · Clinician: Marisa Pelletier, PTA
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: Individual (1:1)
            Treatment: stepping in four directions over the cane grid to a stop; side-stepping on the foam with head turns; reactive steps to a release from a lean
            Impairment: slow, small stepping reactions after the R TKA; he stumbles climbing off the groomer's track onto the drift
            ▶ Imported device report — none; typed: Four Square Step Test 14.6 s (18.1 s on 11/16); lean-and-release caught with one step 5 of 6
            """,
            ["Z96.651", "R26.81"], [PTA("97112", 22)], []),

        // RSP Friday Harbor, S. Verhoeven: functional reach in centimetres and gait speed with head turns in m/s; roll step-offs, eyes-closed tandem, figure-of-eight; slow ankle strategy; "1:1 — Mr. Lund and me only"; 10.30–10.53 (23') matches: passes.
        ["v5-h162-rsp-functional-reach-and-gait-speed"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 10.12.2026 · whale-watch deckhand, 68 y
            97112 NMR 10.30–10.53 (23') · 1:1 — Mr. Lund and me only
            Tx: stepping off the half foam roll to a stop; tandem with eyes closed at the plinth; walking a figure of eight around two cones with head turns.
            Problem: slow ankle strategy; he takes a step back every time the boat heels in a turn and has stopped going up to the flybridge.
            Measures: functional reach 24 cm (19 cm on 26.10); 10 m walk with head turns 0.92 m/s.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // CVU AGI Phenix City PM, Beau: a 97116 with the above-knee prosthesis and one forearm crutch, distance and assistance levels; short sound-side step and vaulting; "Billed this block: 97116 (23 min)" matches: passes.
        ["v5-h162-cvu-agi-distance-and-assist-97116"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: AGI · Day 8 of 10 · Block: PM (2 of 2)
            Billed this block: 97116 (23 min)
            Staff this block: Beau Tillinghast, PT, DPT
            O: overground with the AK prosthesis and one forearm crutch on the clinic loop and the ramp, cues for a longer sound-side step and hip extension on the prosthetic side; 540 ft with one crutch, stand-by assist; ramp up and down with contact guard.
            A: short sound-side step and vaulting on the sound side with the L transfemoral prosthesis; the lineman wants to walk the right-of-way again.
            """,
            ["Z89.612"], [PT("97116", 23)], []),

        // MRCH Mankato PM, Solveig: a Y-balance composite in percent; slide-board shuffles, foam reaches, reactive lunges; L knee control after an ACL reconstruction; ratio 1:1 ticked; 22 matches: passes.
        ["v5-h162-mrch-goalie-y-balance-composite"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Winter intensive, day 4 of 10
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 22 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: L knee control and a late hip strategy after the ACL reconstruction, age 17; the goalie's knee dives in on the butterfly push
            Activities: lateral shuffles on the slide board to a stop, single-leg reaches on the foam, reactive lunges to a thrown puck
            Data: Y-balance composite L 89% (84% on day 1), R 96%
            """,
            ["S83.512D"], [PT("97112", 22)], []),

        // IVBPT Calexico, Rosalba: single-leg stance seconds and a TUG; foam tandem with head turns, pushes, step-up and turn; slow protective stepping; "One-on-one, just the two of us … her grandson waited outside"; 23 matches: passes.
        ["v5-h162-ivbpt-single-leg-stance-and-tug"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            DOS 12/08/2026    R. Quezada, PT, DPT
            97112 — 23 min
            One-on-one, just the two of us at the mat table; her grandson waited outside with the car running.
            Tandem walking on the foam with head turns; pushes at the shoulders in stride stance; stepping up onto the 4 in step and turning to sit
            Deficit: slow protective stepping and sway on the uneven furrows; she tripped carrying the lettuce box
            Single-leg stance R 6 s, L 9 s; TUG 12.8 s
            {{CLEARED — KM}}
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // HDNR Redmond, Ruthanne (PTA): a 97116 with a Zeno walkway velocity and step-length asymmetry and a distance with contact guard; hemi-walker to quad cane, hose-line step-overs, ramp; L foot drop; 20 matches: passes.
        ["v5-h162-hdnr-zeno-walkway-97116"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Ruthanne Keel, PTA | Pt: Hal Prewitt (hay-barn hand)
            97116 gait training: 20 min
            What I did: overground with the hemi-walker, then the quad cane, cues for L hip flexion and heel strike; stepping over a hose line on the gym floor; ramp up and down
            Why: L foot drop and a short R step after the R stroke; he catches the toe in the barn aisle
            Device paste: Zeno walkway — velocity 0.61 m/s | step length asymmetry 18% · 350 ft quad cane CGA
            """,
            ["I69.354"], [PTA("97116", 20)], []),

        // WRPT Berryville, Dwight (OT): a 97530 with a nine-hole peg time and grip pounds; buttoning, labels, coins, pill box; L hand dexterity and grip after a stroke; 20 matches: passes.
        ["v5-h162-wr-ot-nine-hole-peg-97530"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note 12/10/2026
            Svc: 97530 ther act — 20 min (Dwight Kemper, OTR/L)
            What we did: buttoning the work smock, tearing off and folding poultry-plant labels, picking coins off the table into a cup, opening the pill box with the L
            Why: L hand dexterity and grip after the R stroke; she can't button her smock or work the label gun
            Numbers: nine-hole peg L 41 s (52 s on 11/19); grip L 38 lb
            """,
            ["I69.334"], [OT("97530", 20)], []),

        // RBVC east Flagstaff Session B, Graydon: "DVA and DGI: retest Friday." and no number but the code and its minutes: measure missing; opposite-direction gaze stabilization on foam, pitch head turns with catches, habituation bends; visual blurring after a concussion; "1:1".
        ["v5-h162-rbvc-dva-and-dgi-retest-friday"] = new(
            """
            RBVC East Flagstaff — Intensive Week — Thu
            Sess B ▸ 97112 ▸ 22 min
            1:1 — Graydon and the keeper, nobody else in the room.
            Tx: gaze stabilization standing on foam, head and target moving in opposite directions; walking the hall with pitch head turns catching the ball; habituation bending to the floor and back up.
            Blurred vision and a wide stance when he turns his head fast after the concussion in the goal mouth.
            DVA and DGI: retest Friday.
            G. Pike PT ATC
            """,
            ["S06.0X0D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // CFPT Sparta: "OBJ: BETTER THAN TUES, FEWER GRABS." and no number but the code and its minutes: measure missing; foam-beam tandem, step-and-stick, shoulder perturbations; late stepping reaction; "1ON1 FLAG: Y".
        ["v5-h162-cfpt-obj-better-than-tues"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT
            CPT 97112 X 23 MIN
            1ON1 FLAG: Y
            NOTE: NMR - TANDEM WALKING ON THE FOAM BEAM, STEP-AND-STICK OFF THE STEP, PERTURBATIONS AT THE SHOULDERS. IMP: LATE STEPPING REACTION AND SWAY, SHE GRABS THE PEW IN FRONT WHEN THE CONGREGATION STANDS. OBJ: BETTER THAN TUES, FEWER GRABS.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // MBOG Nyssa, K. Pfleger (PTA): a 97110 of step-ups, sit-to-stands, hip abduction and bridges with no dose, "PRIMARY OUTCOME: LEFS — due at re-eval" and "measured by: at next re-eval", no number but the code and its minutes: measure missing; L hip and quad weakness stated.
        ["v5-h162-mbog-97110-measured-at-next-reeval"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Dolores Aranguren · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS — due at re-eval
            STG: climb into the onion truck cab without pulling on the door — PROGRESSING
               → 97110 · 16 min · step-ups onto the box, sit-to-stands from the low mat, side-lying hip abduction, bridges
               Impairment: L hip abductor and quad weakness after the L THA
               ▸ measured by: at next re-eval
            """,
            ["Z96.642"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // JWO Goshen, J. Hochstetler (PTA): "# ▸ (not taken)" and no number but the code and its minutes: measure missing; Airex step-and-stick, hops, BOSU catches; R ankle proprioception; 1:1 ticked.
        ["v5-h162-jwo-hash-not-taken"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97112 ▸ 22m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ step-and-stick off the step onto the Airex, lateral hops to a stick, SLS on the BOSU with a ball toss
            Area ▸ R ankle proprioception after the sprain; he turns it on the frozen ruts of the lane behind the harness shop
            # ▸ (not taken)
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, missing separate time

        // CFPT Smithville, three CPT lines (97112 22, 97110 12, 97140 9), each matching; rocker, foam, step-and-stick; heel raises, step-ups, TKE with doses; talocrural glides and STM; ankle proprioception, calf weakness and DF stiffness; rocker seconds and DF degrees: passes.
        ["v6-h162-cfpt-three-cpt-lines"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/08/26
            CPT 97112 X 22 MIN
            CPT 97110 X 12 MIN
            CPT 97140 X 9 MIN
            1ON1 FLAG: Y
            NOTE: NMR - ROCKER BD A/P EYES CLOSED, FOAM STANCE W/ HEAD TURNS, STEP-AND-STICK. THER EX - HEEL RAISES 3X15, STEP-UPS 6 IN 3X10, TKE W/ GREEN BAND 3X15. MANUAL - GRADE III TALOCRURAL POSTERIOR GLIDES, STM TO THE R GASTROC-SOLEUS. IMP: R ANKLE PROPRIOCEPTION, CALF WEAKNESS AND DF STIFFNESS AFTER THE FRACTURE; HE ROLLS IT ON THE DOCK AT THE MARINA. OBJ: ROCKER BD 12 SEC; DF R 8 DEG (2 DEG AT EVAL); DOSES AS ABOVE.
            """,
            ["S82.891D", "M25.671"], [PT("97112", 22), PT("97110", 12), PT("97140", 9)], []),

        // RSP Mount Vernon, J. Brenner: two clock ranges on the codes' own lines ("97112 NMR 15.00–15.22 (22')", "97140 manual 15.22–15.34 (12')"), both matching; rocker, step-offs, tandem; talocrural glides and STM; L ankle proprioception and DF stiffness; seconds and degrees: passes.
        ["v6-h162-rsp-two-clock-ranges"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 09.12.2026 · bulb-farm sorter, 58 y
            97112 NMR 15.00–15.22 (22') · 1:1 — only Mrs. Dijkstra and me in the gym
            97140 manual 15.22–15.34 (12')
            Tx NMR: rocker board A/P with eyes closed; stepping off the 15 cm step onto the foam and holding; tandem with head turns.
            Tx manual: talocrural posterior glides grade III; STM to the L peroneals.
            Problem: L ankle proprioception and dorsiflexion stiffness after the sprain; she rolls it on the wet concrete of the sorting shed.
            Measures: rocker board 14 s; SLS L on foam 9 s; DF L 10° (4° on 17.11).
            """,
            ["S93.402D"], [PT("97112", 22), PT("97140", 12)], []),

        // NLMC Brainerd: a PT's and an OT's service lines ("97112 … — 23 minutes (Curtis)", "97530 … — 18 minutes (Delphine)"), both matching; 1:1 for the NMR; foam, hurdles, perturbations; kitchen tasks with trips and assistance; R hemiparesis; SOT: passes.
        ["v6-h162-nlmc-pt-and-ot-service-lines"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Gunnar Tollefson (retired ore-boat cook) · Clinicians: Curtis Lindahl, PT; Delphine Ostrowski, OTR/L
            Service: 97112 Neuromuscular reeducation — 23 minutes (Curtis)
            Service: 97530 Therapeutic activities — 18 minutes (Delphine)
            Attendance: Individual (1:1) with Curtis for the NMR, then with Delphine in the kitchen
            Treatment: NMR — foam stance with eyes closed, stepping over the hurdles to a stop, perturbations at the pelvis. Therapeutic activities — carrying a soup pot from the sink to the stove 4 trips with stand-by assist, reaching to the top cupboard with the R, unloading the dishwasher 12 items with one hand on the counter.
            Impairment: R hemiparesis after the L stroke, slow R stepping reaction, poor R arm reach and standing tolerance at the counter
            ▶ Imported device report — Bertec Balance Advantage (printed 12/07/2026 13:30)
               SOT composite 58 | Cond 5: 41
            """,
            ["I69.351"], [PT("97112", 23), OT("97530", 18)], []),

        // MRCH Owatonna AM, Dario (PTA): "This session only: 97116 · 18 min / 97110 · 13 min", both matching; walker to Lofstrand crutches with bus steps and distance; sit-to-stands, step-ups, hip abduction with doses; crouch gait and weak hips with diplegia: passes.
        ["v6-h162-mrch-97116-and-97110-this-session-only"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Winter intensive, day 5 of 10
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97116 · 18 min / 97110 · 13 min
            97116 — hallway with the posterior walker, then the Lofstrand crutches, cues for heel strike and a longer L step; up and down the practice bus steps; 300 ft with the crutches, stand-by assist
            97110 — sit-to-stands from the low bench 3x10, step-ups onto the 6 in step 3x8 each leg, side-lying hip abduction 3x10 with a 1 lb cuff
            Targets: crouch gait and a short L step with spastic diplegia, age 11; weak hip extensors and abductors
            """,
            ["G80.1"], [PTA("97116", 18), PTA("97110", 13)], []),

        // PCPT Thibodaux, Annette: two dotted code lines (97112 23, 97110 14), both matching; one-on-one ticked; rocker, pushes, float step-overs; step-ups, bridges, band abduction with doses; postural control and weak hips; Berg: passes.
        ["v6-h162-pc-two-dotted-code-lines"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/09/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Code 97110 Ther ex ........ 14 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: neuro re-ed — rocker board with eyes closed, pushes at the pelvis on the foam, stepping over the crawfish-trap float to a stop; ther ex — step-ups on the 6 in step 3x12, bridges 3x15, hip abduction with the red band 3x12
            For: postural control and a late step after the fall off the houseboat; weak hips on the stairs
            Numbers: Berg 46/56; 6 of 10 pushes with one step; doses above
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], []),

        // SPL Boise, Tamsin: "BLOCK A · 97112 NMR · 23 min" and "BLOCK B · 97110 ther ex · 14 min", both matching; 1:1; light-board cuts, box landings, bag bumps; split squats, hip thrusts, planks with doses; R knee valgus and weakness; reaction times and valgus events: passes.
        ["v6-h162-spl-block-a-and-block-b"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Jonah Pruitt (college rugby flanker) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 23 min
            BLOCK B · 97110 ther ex · 14 min
            Attendance: 1:1 — Tamsin and Jonah only on the turf
            Work: A — reactive lateral cuts to a light board, single-leg landings off the 12 in box onto the foam, tackle-bag bumps on the half dome. B — rear-foot-elevated split squats 3x8 @ 30 lb, single-leg hip thrusts 3x10, Copenhagen planks 3x20 s each side
            Limiter: A — R knee valgus and a late hip strategy landing after the ACL reconstruction; B — R glute and quad weakness
            DATA PASTE ▼
              Light board · reaction time R 0.71 s | L 0.63 s
              SL landing · knee valgus events R 3 of 10
            """,
            ["S83.511D"], [PT("97112", 23), PT("97110", 14)], []),

        // WRPT Berryville, Joel: "Svc: 97112 NMR — 35 min" on a 22-minute line: mismatch; otherwise complete (1:1 ticked; foam head turns, pushes, figure of eight; postural control; Berg).
        ["v6-h162-wr-svc-35-on-22"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note 12/07/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 35 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: foam stance with head turns; reactive steps to pushes at the pelvis; walking a figure of eight around the cones with a stop on cue
            Why: postural control after the R stroke; she stumbles turning in the narrow aisles of the feed store
            Numbers: Berg 47/56; 7 of 10 pushes with one step
            """,
            ["I69.354"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // CVU PSI PM, Beau: "Billed this block: 97112 (22 min) · 97116 (28 min)" on lines of 22 and 16: the 97116 mismatches; otherwise complete (Individual ticked; PNF, reactive stepping, rhythmic stabilization with Berg; quad cane on the ramp and stairs with distance and SBA; L hemiparesis).
        ["v6-h162-cvu-psi-second-code-28-on-16"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 14 of 15 · Block: PM (2 of 2)
            Billed this block: 97112 (22 min) · 97116 (28 min)
            Delivery: [X] Individual  [ ] Dyad  [ ] Group
            Staff this block: Beau Tillinghast, PT, DPT
            O: 97112 — PNF D1 patterns of the L leg, reactive stepping to pushes, half-kneel rhythmic stabilization; Berg 44/56. 97116 — overground with the quad cane on the Riverwalk ramp and the clinic stairs, cues for L knee flexion in swing; 450 ft stand-by assist.
            A: L hemiparesis after the R MCA stroke; late L step and L toe catch.
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 16)], [At(Mismatch, "97116")]),

        // JWO Mishawaka, M. Beer (PTA): the chain's default "97110 ▸ 15m" left on a 27-minute line: mismatch; otherwise complete (leg press, step-ups, band walks, bridges with doses; L quad and hip weakness after a TKA).
        ["v6-h162-jwo-default-15m-on-27-97110"] = new(
            """
            JointWorks QuickNote · Mishawaka · M. Beer PTA
            97110 ▸ 15m
            Tx ▸ leg press 3x12 @ 90 lb, forward step-ups on the 8 in step 3x10, lateral band walks with the green band 3 laps, bridges 3x15
            Area ▸ L quad and hip weakness after the L TKA; the RV-plant assembler can't climb into the coach bodies
            """,
            ["Z96.652"], [PTA("97110", 27)], [At(Mismatch, "97110")]),

        // RBVC Williams Session B, Juniper (PTA): "Sess B ▸ 97112 ▸ 30 min" carried on an 18-minute line: mismatch; otherwise complete (1:1; X1 walking, habituation, foam head turns; L vestibular hypofunction; DGI and DVA).
        ["v6-h162-rbvc-sess-b-30-on-18"] = new(
            """
            RBVC Williams — Intensive Week — Fri
            Sess B ▸ 97112 ▸ 30 min
            1:1 with Juniper; the wrangler's wife sat in the lobby.
            Tx: X1 viewing walking the hall; habituation to the two worst positions on his motion list; foam stance with head turns.
            L vestibular hypofunction; the mule-ride wrangler sways and reaches for the saddle horn when he turns to check the string behind him.
            DGI 20/24; DVA lost 2 lines.
            J. Halvorsen PTA
            """,
            ["H81.22"], [PTA("97112", 18)], [At(Mismatch, "97112")]),

        // IVBPT Holtville, Rosalba: "Codes: 97112 neuro re-ed; 97110 ther ex" with only "Total timed: 37 min" at the foot: separate time missing; each code complete (one-on-one; pushes, foam tandem, step-overs; sit-to-stands, step-ups, hip abduction with doses; late stepping and weak hips; Berg).
        ["v6-h162-ivbpt-codes-listed-total-only"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            DOS 12/10/2026    R. Quezada, PT, DPT
            Codes: 97112 neuro re-ed; 97110 ther ex
            One-on-one the whole visit.
            NMR: pushes at the pelvis on the foam, tandem walking with head turns, stepping over the irrigation-pipe line to a stop
            Ther ex: sit-to-stands 3x10, step-ups on the 6 in step 3x10, side-lying hip abduction 3x12
            Deficit: late protective stepping and weak hips after the fall in the hay barn
            Berg 45/56; doses above
            Total timed: 37 min
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], [SepTime]),

        // HDNR Bend, Priya: "97112 neuro re-ed: 22 min | 1:1" and "97530 [ __ ] min" left blank: separate time missing; each code complete (perturbations, hurdles, tandem; case lifts, hand truck, dock steps with counts and assistance; ataxia after a cerebellar stroke; tandem seconds).
        ["v6-h162-hdnr-second-minute-box-blank"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Darnell Fisk (brewery canning-line worker)
            97112 neuro re-ed: 22 min | 1:1
            97530 [ __ ] min
            What I did: NMR — perturbations on the foam, stepping over the hurdles to a stop, tandem with head turns. 97530 — lifting cases of cans from the floor to the pallet, pushing the hand truck through the cones, stepping up onto the loading dock carrying a case.
            Why: ataxia and a wide, late stepping reaction after the cerebellar stroke; he can't carry a case across the canning floor without a stagger
            Device paste: Sway app — tandem EO 9.8 s · 8 cases lifted floor to pallet, 4 dock steps with stand-by assist
            """,
            ["I69.393"], [PT("97112", 22), PT("97530", 16)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // RBVC two-code session whose note was never written, with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h162-rbvc-empty-two-code-session"] = new(
            "",
            ["H81.22"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // MRCH OT session note of spaces and line breaks only (cells are trimmed) on a 97530 with a diagnosis: note missing only.
        ["v7-h162-mrch-whitespace-ot-97530"] = new(
            "  \n \n\n  ",
            ["G80.2"], [OT("97530", 20)], [At(NoteMissing, "97530")]),

        // QBRH PTA 97112 with an empty note and no diagnosis: note missing and diagnosis missing.
        ["v7-h162-qbrh-empty-pta-no-dx"] = new(
            "",
            [], [PTA("97112", 22)], [At(NoteMissing, "97112"), Dx]),

        // CVU PBC PM, Shondra (PTA): a 97110 as the contract means it — sit-to-stands, band hip extension, press-ups, rows with doses; hip and trunk extensor weakness with Parkinson's; "Billed this block: 97110 (16 min)" matches: passes.
        ["v7-h162-cvu-pbc-97110-sit-to-stands-and-bands"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 3 of 10 · Block: PM (2 of 2)
            Billed this block: 97110 (16 min)
            Staff this block: Shondra Abernathy-Kyle, PTA
            O: sit-to-stands from the 18 in chair with arms crossed 3x10, standing hip extension with the red band 3x12 each leg, prone press-ups 2x10, seated rows with the green band 3x15.
            A: hip extensor and trunk extensor weakness with Parkinson's disease; he pulls on the organ console to stand up after the service.
            """,
            ["G20.A1"], [PTA("97110", 16)], []),

        // MRCH Mankato AM, Merritt (OT): a 97530 as the contract means it — the snow-coat zipper, boots and the lunch tray; bimanual use of the R hand with hemiplegic CP; counts and assistance; 22 matches: passes.
        ["v7-h162-mrch-97530-snow-coat-and-boots"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Winter intensive, day 3 of 10
            Treating therapist this session: Merritt Oyelaran, OTR/L
            This session only: 97530 · 22 min
            Targets: bimanual use of the R hand with hemiplegic CP, age 8; she can't zip her snow coat or pull on her boots for recess
            Activities: starting and pulling the coat zipper holding the bottom with the R, pulling on snow boots with both hands on the tabs, carrying the lunch tray with both hands to the table
            Data: zipper started 4 of 6 tries with the R holding; boots on with minimal assist; tray carried 3 trips without spilling
            """,
            ["G80.2"], [OT("97530", 22)], []),

        // QBRH Eastport, Everett: a 97140 as the contract means it — upper-trapezius and levator STM, cervical lateral glides, first-rib mobilization; L neck stiffness; rotation degrees; 12 matches: passes.
        ["v7-h162-qbrh-97140-neck-and-first-rib"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97140 MANUAL THERAPY — 12 MIN
            INTERVENTIONS: soft tissue mobilization to the L upper trapezius and levator scapulae; cervical lateral glides grade III at C5–6; first rib inferior mobilization grade III
            IMPAIRMENT: L neck stiffness and pain turning to back the truck down the boat launch
            OUTCOME MEASURE: cervical rotation L    SCORE: 55° (40° on 11/23)
            Everett Sewall, PT
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // PCPT Houma, Jules (PTA): a 97116 as the contract means it — rolling walker to quad cane down the hall and out on the shell driveway, ramp; short R step and toe catch; distance and assistance; dotted 19 matches: passes.
        ["v7-h162-pc-jules-97116-shell-driveway"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/09/2026 · Jules Guidry, PTA
            Code 97116 Gait ........ 19 min
            Did: gait trainin' wit' de rolling walker, den de quad cane, down de hall an' out on de shell driveway, cues for a longer R step an' heel first; up an' down de ramp
            For: short R step an' his R toe catch after de stroke; he can't walk out to de mailbox on de shell
            Numbers: 250 ft quad cane wit' contact guard on de shell, stand-by indoors
            """,
            ["I69.351"], [PTA("97116", 19)], []),

        // RSP Anacortes, S. Verhoeven: a 97110 as the contract means it — sit-to-stands with a ball, step-ups, cuff abduction, calf raises with doses; weak hips and calves after a hip fracture; 09.40–09.56 (16') matches: passes.
        ["v7-h162-rsp-97110-ferry-stairs"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 11.12.2026 · ferry commuter, 66 y
            97110 ther ex 09.40–09.56 (16')
            Tx: sit-to-stand from a low chair holding a 4 kg ball 3 x 10; step-ups onto the 20 cm step 3 x 10 each leg; side-lying hip abduction with a 1 kg cuff 3 x 12; calf raises on the step edge 3 x 15.
            Problem: weak hips and calves after the hip fracture; she can't manage the steep stairs from the car deck to the passenger cabin.
            """,
            ["S72.002D"], [PT("97110", 16)], []),

        // NLMC Baxter, Curtis: wholly generic "balance training per plan of care. Tolerated well." — no technique, deficit, measure or one-on-one statement.
        ["v7-h162-nlmc-balance-training-per-plan"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER CLINIC
            TREATMENT NOTE · Pt: Lorraine Sundquist · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Treatment: balance training per plan of care. Tolerated well.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // SPL McCall, Mateo: two blocks each with its minutes and only "NMR and ther ex per program. Good session.", "Limiter: —" and an empty data paste — nothing named for either code, no one-on-one; no separate-time finding.
        ["v7-h162-spl-per-program-good-session"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Ingrid Haugen (Nordic ski racer) · Clinician: Mateo Arriaga, PT
            BLOCK A · 97112 NMR · 22 min
            BLOCK B · 97110 ther ex · 15 min
            Work: NMR and ther ex per program. Good session.
            Limiter: —
            DATA PASTE ▼
            """,
            ["S83.412D"], [PT("97112", 22), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // WRPT Green Forest, Dwight (OT): a 97530 "functional activities as tolerated", "Why: per POC", "Numbers: tolerated well" — nothing named.
        ["v7-h162-wr-ot-functional-activities-as-tolerated"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note
            Svc: 97530 ther act — 19 min (Dwight Kemper, OTR/L)
            What we did: functional activities as tolerated.
            Why: per POC
            Numbers: tolerated well
            """,
            ["I69.334"], [OT("97530", 19)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // SPL Eagle, Jordan: complete NMR block ("Attendance: 1:1 — his crew lead watched from the doorway"; drop-landings, band-resisted paddle stance on the dome, reactive steps; R knee and ankle proprioception; hold seconds and wobble events): passes.
        ["vord-h162-spl-raft-guide-returns"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Rhett Cordell (whitewater raft guide) · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 22 min
            Attendance: 1:1 — his crew lead watched from the doorway
            Work: drop-landings off the 12 in box to a stick on the foam; paddle-stance holds on the half dome against band pulls from each side; reactive steps off the dome to my clap
            Limiter: R knee and ankle proprioception; the knee gives when he steps off the raft onto a wet boulder
            DATA PASTE ▼
              SL hold EC on foam · R 15 s | L 26 s
              Blue Trident · drop landings · lateral wobble events R 3 of 10 | L 1 of 10
            """,
            ["S83.91XD"], [PT("97112", 22)], []),

        // SPL McCall, Mateo: a 97140 (hip posterior glides with a belt, long-axis distraction, STM to the TFL and glute med) for hip stiffness on the skate push; ROM degrees; Block A 12 matches: passes.
        ["vord-h162-spl-97140-hip-glides"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Ingrid Haugen (Nordic ski racer) · Clinician: Mateo Arriaga, PT
            BLOCK A · 97140 manual · 12 min
            Work: R hip posterior glides with a belt in 90° flexion, grade III; long-axis distraction, grade IV; STM to the R TFL and glute med
            Limiter: R hip stiffness into internal rotation and flexion that shortens her skate push
            DATA PASTE ▼
              R hip IR 28° (20° on 11/23) | flexion 112°
            """,
            ["M25.651"], [PT("97140", 12)], []),

        // NLMC Crosby, Delphine (OT): a 97530 (carrying firewood to the stove, kneeling to load it, standing at the counter to clean fish) with trips and assistance; L hemiparesis and standing tolerance; 19 matches: passes.
        ["vord-h162-nlmc-ot-97530-firewood-and-fish"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY CLINIC
            TREATMENT NOTE · Pt: Walt Niemi · Clinician: Delphine Ostrowski, OTR/L
            Service: 97530 Therapeutic activities — 19 minutes
            Treatment: carrying split firewood from the bin to the stove, kneeling to load it and standing back up, standing at the counter to clean and fillet a practice fish with the L hand stabilizing
            Impairment: L hemiparesis after the R stroke; weak L grasp and he can't stand at the counter long enough to clean his walleye
            ▶ Imported device report — none; typed: firewood 6 trips with stand-by assist; kneel to stand 4 times with one hand on the chair
            """,
            ["I69.354"], [OT("97530", 19)], []),

        // NLMC Baxter, Marisa (PTA): a 97116 (rollator to straight cane in the hall and the icy-walk simulator mat, cues for step length) with distance and assistance; short steps after a hip fracture; 18 matches: passes.
        ["vord-h162-nlmc-pta-97116-icy-walk-mat"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER CLINIC
            TREATMENT NOTE · Pt: Ruth Engebretson · Clinician: Marisa Pelletier, PTA
            Service: 97116 Gait training — 18 minutes
            Treatment: gait training from the rollator to the straight cane in the hall, then across the textured winter-walk mat with cues for shorter, flat-footed steps and a wider base
            Impairment: short L step and L trunk lean after the L hip fracture; afraid of the icy walk to the mailbox
            ▶ Imported device report — none; typed: 400 ft straight cane SBA in the hall; winter-walk mat 4 passes CGA
            """,
            ["S72.002D"], [PTA("97116", 18)], []),

        // HDNR Redmond, Eamon: complete ("| one-on-one, just the two of us in the neuro gym"; rhythmic stabilization in tall kneel, foam stepping, dual-task walking; ataxia; SARA and tandem): passes.
        ["vord-h162-hdnr-eamon-ataxia"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Eamon Gallagher, PT | Pt: Gloria Sandoval
            97112 neuro re-ed: 22 min | one-on-one, just the two of us in the neuro gym
            What I did: tall-kneel rhythmic stabilization; stepping onto and off the foam to a stop; walking the line while naming animals
            Why: truncal ataxia after the L cerebellar stroke; she weaves in the grocery line
            SARA 11 (14 on 11/9); tandem 6 steps without a miss.
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // HDNR Bend, Sol (OT): a 97530 (hanging laundry on the line, folding towels standing, carrying the basket) with counts and assistance; R hemiparesis; "97530 [ 20 ] min" matches: passes.
        ["vord-h162-hdnr-ot-97530-laundry"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Sol Márquez, OTR/L | Pt: Tessa Albright (hazelnut-orchard hand)
            97530 [ 20 ] min
            What I did: hanging towels on the practice line reaching overhead with the R, folding towels standing at the table, carrying the half-full basket across the gym
            Why: R hemiparesis after the L stroke; weak R reach and she drops the basket on the step to the yard
            Device paste: (none) · typed: 12 towels hung with the R; basket carried 40 ft 3 times with stand-by assist
            """,
            ["I69.351"], [OT("97530", 20)], []),

        // WRPT Eureka Springs, Kacey (PTA): a 97110 (step-ups, leg press, wall sits, bridges with doses) for L quad weakness after a TKA; Svc 17 matches: passes.
        ["vord-h162-wr-kacey-97110-knee"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 12/10/2026 — Kacey Ormsby, PTA
            Svc: 97110 ther ex — 17 min
            What we did: forward step-ups on the 8 in step 3x10; leg press 3x12 @ 70 lb; wall sits 3x20 sec; bridges 3x15
            Why: L quad weakness after the L TKA; she can't climb the hotel's front steps at work
            Numbers: doses above
            """,
            ["Z96.652"], [PTA("97110", 17)], []),

        // WRPT Green Forest, Joel: complete with the compliance officer's query answered and closed ("[CO query: …]", "[CO: resolved LM]"); 1:1 ticked; rocker, foam turns, pushes; proprioceptive loss; Berg; 23 matches: passes.
        ["vord-h162-wr-joel-co-query-resolved"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 12/10/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: rocker board M/L with eyes closed; foam stance turning to find the feeder line; reactive steps to pushes at the pelvis
            Why: proprioceptive loss in both feet with the neuropathy; he stumbles on the litter in the houses
            Numbers: Berg 45/56 (43 on 11/5); rocker board 13 sec without an edge touch
            [CO query: Why line — which deficit?]
            [CO: resolved LM]
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // PCPT Houma, Cleo: a 97530 (lifting the ice chest into the skiff, stepping down into the boat, pulling a crab trap) with weights, trips and assistance; back and hip weakness; dotted 20 matches: passes.
        ["vord-h162-pc-cleo-97530-ice-chest"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/11/2026 · Cleo Robichaux, PT, DPT
            Code 97530 Ther act ........ 20 min
            Did: lifting a 25 lb ice chest from the floor to the bench seat 8 times with a hip hinge; stepping down from the dock box into the practice skiff 5 times; pulling a weighted crab trap up hand over hand 6 times
            For: low back and hip extensor weakness after the fall on the wharf; he can't lift the ice chest into his boat
            Numbers: stand-by assist for the step-down; lifts with good form and no increase in pain
            """,
            ["M54.50", "M62.81"], [PT("97530", 20)], []),

        // RSP Anacortes, S. Verhoeven: complete ("· 1:1 — nobody else in the room"; perturbations on the foam roll, tandem head turns, step-offs; sway and slow stepping; perturbations and Mini-BESTest); 09.10–09.33 (23') matches: passes.
        ["vord-h162-rsp-ferry-commuter-nmr"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 07.12.2026 · ferry commuter, 66 y
            97112 NMR 09.10–09.33 (23') · 1:1 — nobody else in the room
            Tx: perturbations at the pelvis on the half foam roll; tandem with head turns along the plinth; stepping off the 15 cm step onto the foam and holding.
            Problem: sway and slow stepping; she holds the wall walking down the ferry's stairwell.
            Measures: Mini-BESTest 21/28 (18 on 03.11); 7/10 perturbations without a step.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // CVU PSI AM, Wren (OT): a 97530 (making the bed, carrying a laundry basket up the ramp, loading the washer) with counts and assistance; L arm use and standing balance after a stroke; "Billed this block: 97530 (21 min)" matches: passes.
        ["vord-h162-cvu-psi-ot-97530-bed-and-laundry"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 11 of 15 · Block: AM (1 of 2)
            Billed this block: 97530 (21 min)
            Staff this block: Wren Delacroix-Holt, OTR/L
            O: making the bed in the ADL suite using both hands to spread the sheet, carrying a laundry basket up the clinic ramp, loading the washer reaching in with the L; 3 basket trips with stand-by assist, bed made with minimal assist.
            A: L arm neglect and weak L grasp after the R MCA stroke; she loses her balance bending into the washer.
            """,
            ["I69.354"], [OT("97530", 21)], []),

        // RBVC West Sedona Session B, Marisol: complete ("1:1 — Marisol and Mr. Tsosie; the tour company's driver waited out front"; X2 viewing, head-turn walking on gravel, habituation; vestibular hypofunction; DGI and DVA); 22 matches: passes.
        ["vord-h162-rbvc-jeep-guide-returns"] = new(
            """
            RBVC West Sedona — Intensive Week — Tue
            Sess B ▸ 97112 ▸ 22 min
            1:1 — Marisol and Mr. Tsosie; the tour company's driver waited out front.
            Tx: X2 viewing standing on foam; walking the gravel path outside with yaw head turns; habituation bending forward to tie his boot and back up.
            R vestibular hypofunction; the red rock walls slide past when he turns to point them out to the passengers.
            DGI 20/24; DVA lost 2 lines (4 Mon).
            M. Etsitty-Crane PT DPT
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // IVBPT Holtville, Saldívar (OT): a 97530 (sorting and bagging dates standing, lifting a flat to the shelf, tying the apron) with counts and assistance; R hand weakness after a stroke; 19 matches: passes.
        ["vord-h162-ivbpt-ot-97530-date-flats"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            DOS 12/09/2026    X. Saldívar, OTR/L
            97530 — 19 min
            Standing at the counter sorting and bagging dates with both hands, lifting a half-full flat from the counter to the shelf at shoulder height, tying her apron behind her back
            Deficit: weak R grasp and reach after the L stroke; she can't lift the date flats at the packing house
            24 bags filled and tied; flat lifted 5 times with stand-by assist; apron tied 2 of 3 tries
            {{CLEARED — KM}}
            """,
            ["I69.351"], [OT("97530", 19)], []),

        // IVBPT El Centro, Fennimore: complete ("One-on-one for the whole 97112"; rocker, cone reaches on foam, hurdle stops; ankle proprioception; rocker seconds and Y-balance): passes.
        ["vord-h162-ivbpt-fennimore-nmr"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 12/10/2026    E. Fennimore, PT
            97112 — 22 min
            One-on-one for the whole 97112.
            Rocker board A/P with eyes closed; reaching to cones from the foam pad; stepping over the hurdles to a stop
            Deficit: R ankle proprioception after the sprain; he rolls it stepping off the tractor onto the furrow
            Rocker board 12 s without an edge touch; Y-balance ant R 87% of L
            {{CLEARED — KM}}
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // IVBPT Brawley, Olmedo (PTA): a 97116 (walker to cane, curb and the gravel lot) with distance and assistance; short L step after a stroke; 17 matches: passes.
        ["vord-h162-ivbpt-pta-97116-gravel-lot"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 12/11/2026    G. Olmedo, PTA
            97116 — 17 min
            Gait training with the front-wheeled walker, then the straight cane, in the hall and out on the gravel lot; up and down the 6 in curb; cues for L heel strike
            Deficit: short L step and L toe drag after the R stroke
            300 ft straight cane SBA indoors; gravel lot 150 ft CGA; curb with CGA
            """,
            ["I69.354"], [PTA("97116", 17)], []),

        // IVBPT Calexico, Rosalba: complete 97112 (one-on-one; pushes, foam tandem, step-ups; slow stepping; Berg) sent with the diagnosis left "dx pending": not a well-formed ICD-10-CM code.
        ["vord-h162-ivbpt-dx-pending"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            DOS 12/11/2026    R. Quezada, PT, DPT
            97112 — 22 min
            One-on-one the whole 97112.
            Pushes at the pelvis in stride stance; tandem walking on the foam; stepping up onto the 4 in step and turning
            Deficit: slow stepping strategy and sway with eyes closed
            Berg 48/56; 8 of 10 pushes recovered with one step
            """,
            ["dx pending"], [PT("97112", 22)], [Dx]),

        // QBRH Eastport, Lucienne (PTA): a 97116 (straight cane on the clinic ramp and the breakwater path, cues for R heel strike) with distance and assistance; antalgic gait after a THA; 18 matches: passes.
        ["vord-h162-qbrh-pta-97116-breakwater"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97116 GAIT TRAINING — 18 MIN
            INTERVENTIONS: gait training with the straight cane on the clinic ramp and out along the breakwater path, cues for R heel strike and an even step length
            IMPAIRMENT: R hip weakness and antalgic gait after the R THA
            OBJECTIVE: 450 ft with the cane, SBA; ramp x3, CGA on the way down
            Lucienne Dufour, PTA
            """,
            ["Z96.641"], [PTA("97116", 18)], []),

        // QBRH Calais, Nora: complete (Individual ticked; X1 on foam, head-turn walking, step-overs; vestibular hypofunction; DGI); 22 matches: passes.
        ["vord-h162-qbrh-nora-border-crossing-guard"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: X1 viewing with the letter card on the foam; walking the corridor with yaw head turns to a stop; stepping over the traffic cone base and turning
            IMPAIRMENT: L vestibular hypofunction; the line of cars slides when he turns his head at the crossing booth
            OUTCOME MEASURE: DGI    SCORE: 19/24 (15/24 on 11/10)
            Nora Cobb, PT, DPT, NCS
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // QBRH Lubec, Everett: a 97110 (rows, wall push-ups, scapular retraction, shoulder flexion with a dowel with doses) for R shoulder weakness after a rotator cuff repair; 14 matches: passes.
        ["vord-h162-qbrh-97110-shoulder"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97110 THERAPEUTIC EXERCISE — 14 MIN
            INTERVENTIONS: rows with the red band 3x15; wall push-ups 3x10; prone scapular retraction 3x12; supine shoulder flexion with the dowel 3x10
            IMPAIRMENT: R shoulder and scapular weakness after the rotator cuff repair; he can't haul the smokehouse racks
            OUTCOME MEASURE: doses    SCORE: as above
            Everett Sewall, PT
            """,
            ["Z98.890", "M62.81"], [PT("97110", 14)], []),

        // JWO Warsaw, K. Amstutz: a 97140 (lumbar PA mobs grade III, STM to the L QL and erectors, SI mobilization) for low back stiffness; flexion fingertip-to-floor centimetres; 12m matches: passes.
        ["vord-h162-jwo-97140-lumbar-mobs"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97140 ▸ 12m
            Tx ▸ central PA mobs L3–L5 gr III, STM to the L QL and lumbar erectors, L SI posterior rotation mobilization
            Area ▸ low back stiffness and L-sided pain bending to the coach frames on the RV line
            # ▸ fingertip-to-floor 18 cm (31 cm last wk)
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // JWO Warsaw, K. Amstutz: complete ("1:1 ▸ ☒ Y ☐ N"; BOSU squats, lateral hops, reactive cuts; L knee proprioception after an ACL; Y-balance and hop test): passes.
        ["vord-h162-jwo-amstutz-knee-proprioception"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 22m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ single-leg squats on the BOSU, lateral hops to a stick on the Airex, reactive cuts to a pointed cue
            Area ▸ L knee proprioception after the ACL reconstruction; he stalls on the cut at rec-league basketball
            # ▸ Y-balance ant L 91% of R; single hop L 88% of R
            """,
            ["S83.512D"], [PT("97112", 22)], []),

        // JWO Goshen, J. Hochstetler (PTA): a two-code QuickNote copied from last visit, both minute fields "__m", "Tx ▸ per POC", "Area ▸ per POC", "# ▸ tolerated well" and "Total timed ▸ 36m": nothing named for either code and no minutes for each (1:1 ticked).
        ["vord-h162-jwo-copied-per-poc-total-only"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA (copied from last visit)
            97112 ▸ __m
            97110 ▸ __m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ per POC
            Area ▸ per POC
            # ▸ tolerated well
            Total timed ▸ 36m
            """,
            ["R26.81"], [PTA("97112", 22), PTA("97110", 14)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // CFPT Smithville: a 97116 (rolling walker to cane on the sidewalk and the courthouse steps) with distance and assistance; short R step after a knee replacement; 18 matches: passes.
        ["vord-h162-cfpt-97116-courthouse-steps"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/11/26
            CPT 97116 X 18 MIN
            NOTE: GAIT TRNG - RW TO SPC ON THE SIDEWALK AND THE PRACTICE STEPS, CUES FOR R HEEL STRIKE AND KNEE FLEX IN SWING. IMP: SHORT R STEP AND STIFF R KNEE AFTER THE R TKA, CAN'T GET UP THE COURTHOUSE STEPS ON THE SQUARE. OBJ: 400 FT SPC SBA; 4 STEPS W/ RAIL CGA.
            """,
            ["Z96.651"], [PT("97116", 18)], []),

        // CFPT Sparta: complete ("1ON1 FLAG: Y"; rocker, foam catches, perturbations; ankle strategy on the bass boat; Berg and rocker seconds): passes.
        ["vord-h162-cfpt-bass-boat-guide"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/08/26
            CPT 97112 X 22 MIN
            1ON1 FLAG: Y
            NOTE: NMR - ROCKER BD M/L EYES CLOSED, FOAM STANCE CATCHING A WEIGHTED BALL, PERTURBATIONS AT THE PELVIS. IMP: DECR ANKLE STRATEGY AND SWAY, THE BASS-BOAT GUIDE LOSES HIS FOOTING CASTING FROM THE FRONT DECK. OBJ: BERG 50/56; ROCKER BD 16 SEC.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // CFPT Smithville: a 97110 (hip abduction, bridges, step-ups, heel raises with doses) for hip and calf weakness; 15 matches: passes.
        ["vord-h162-cfpt-97110-hips-and-calves"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/09/26
            CPT 97110 X 15 MIN
            NOTE: THER EX - SIDELYING HIP ABD W/ 2 LB 3X12, BRIDGES 3X15, STEP-UPS 6 IN 3X10, HEEL RAISES 3X15. IMP: BIL HIP ABD AND CALF WEAKNESS, FIDDLER TIRES STANDING THROUGH A SET AT THE JAMBOREE. OBJ: DOSES AS ABOVE.
            """,
            ["M62.81"], [PT("97110", 15)], []),

        // MBOG Vale, I. Barragán: complete (arrow 22; X1 on foam, head-turn walking, smooth pursuit; cervicogenic dizziness; DGI; "Delivery: one-to-one, the whole session"): passes.
        ["vord-h162-mbog-barragan-onion-grader-returns"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Ramona Etcheberry · Visit 8 · 12/08/2026 · I. Barragán, PT, DPT
            PRIMARY OUTCOME: DHI 28 (intake 56)
            STG 1: grade onions on the line turning her head without dizziness — PROGRESSING
               → 97112 · 22 min · X1 viewing on the foam with a busy background, walking the hall with head turns to a stop, smooth-pursuit tracking with the trunk still
               Impairment: cervicogenic dizziness with poor head-eye coordination; the belt of onions seems to tilt when she looks down the line
               ▸ measured by: DGI 21/24 (20/24 on 10/30)
            Delivery: one-to-one, the whole session.
            """,
            ["R42", "M54.2"], [PT("97112", 22)], []),

        // MBOG Ontario, R. Quenneville: a 97140 (lumbar rotational mobilization, PA glides, STM to the erectors) for low back stiffness; ODI and flexion degrees; arrow 12 matches: passes.
        ["vord-h162-mbog-quenneville-97140-low-back"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Roy Tiegs (hay hauler) · Visit 5 · 12/09/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: ODI 28% (intake 46%)
            STG 1: load hay bales onto the flatbed without back pain — PROGRESSING
               → 97140 · 12 min · lumbar rotational mobilization grade III in side-lying, central PA glides L4–5 grade III, STM to the L lumbar erectors
               Impairment: lumbar stiffness and L-sided low back pain limiting forward bending and lifting
               ▸ measured by: lumbar flexion 55° (40° at intake)
            Delivery: one-to-one.
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // MBOG Nyssa, K. Pfleger (PTA): a 97116 (cane on the clinic loop and the gravel drive, cues for step length) with distance and assistance; short L step after a THA; arrow 18 matches: passes.
        ["vord-h162-mbog-pta-97116-gravel-drive"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Dolores Aranguren · Visit 9 · 12/11/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 44/80 (intake 30/80)
            STG 2: walk the gravel drive to the mailbox with a cane — PROGRESSING
               → 97116 · 18 min · gait training with the straight cane on the clinic loop and the gravel drive, cues for an even step length and L hip extension
               Impairment: short R step and L Trendelenburg after the L THA
               ▸ measured by: 500 ft straight cane SBA on the loop; gravel drive 200 ft CGA
            """,
            ["Z96.642"], [PTA("97116", 18)], []),

        // MBOG Vale, I. Barragán: complete 97112 (X2 viewing, foam head turns, pursuit; dizziness with head turns; DGI; "Delivery: one-to-one") sent with no diagnosis.
        ["vord-h162-mbog-complete-no-diagnosis"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Joe Arriola · Visit 3 · 12/10/2026 · I. Barragán, PT, DPT
            PRIMARY OUTCOME: DHI 46 (intake 58)
            STG 1: check the cattle from horseback turning his head without dizziness — PROGRESSING
               → 97112 · 23 min · X2 viewing seated then standing, foam stance with head turns, walking with pitch head turns to a stop
               Impairment: L vestibular hypofunction with dizziness and a stagger on quick head turns
               ▸ measured by: DGI 17/24; DVA lost 3 lines
            Delivery: one-to-one, the whole session.
            """,
            [], [PT("97112", 23)], [Dx]),

        // MBOG Ontario, K. Pfleger (PTA): the arrow's "97110 · 30 min" on an 18-minute line: mismatch; otherwise complete (step-ups, leg press, TKE, wall sits with doses; R quad weakness after a TKA).
        ["vord-h162-mbog-arrow-30-on-18-97110"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Floyd Hatcher (sale-barn ringman) · Visit 9 · 12/10/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 60/80 (intake 36/80)
            STG 3: climb the sale-barn bleachers with one hand on the rail — PROGRESSING
               → 97110 · 30 min · step-ups on the 8 in step 3x10, leg press 3x12 @ 80 lb, terminal knee extension with the blue band 3x15, wall sits 3x30 sec
               Impairment: R quad weakness after the R TKA
               ▸ measured by: doses above
            Delivery: one-to-one.
            """,
            ["Z96.651"], [PTA("97110", 18)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
