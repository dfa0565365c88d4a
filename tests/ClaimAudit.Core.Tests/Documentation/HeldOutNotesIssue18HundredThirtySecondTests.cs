using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-thirty-second held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twentieth session, blind beside the hundred-and-thirtieth) is about adjuncts and
/// non-covered services beside billed timed codes — dry needling (cash, not billed to Medicare), cupping, kinesiology
/// taping, IASTM, mechanical traction, NMES, IFC, ultrasound, paraffin and ice, compression boots, a HydroMassage bed
/// and a chiropractor's roller table, a cash "Recovery Bar" add-on after the billed visit, a strength coach's paid
/// session in the same building — and the note separating (or failing to separate) their minutes and who did them
/// from the billed 97112, 97110, 97530, 97140 and 97116 time. About two thirds are ordinary and complete (72 of 112),
/// single- and multi-code visits (up to three in a visit, a PT's and an OT's code on one visit), by PTs, PTAs and OTs,
/// from three employers:
/// <list type="number">
/// <item>a sports and spine practice with a cash menu ("Black Hills Sports &amp; Spine", BHSS: Spearfish, Sturgis and
/// Belle Fourche, South Dakota; the "BHSS Visit Note" with a "BILLED — Medicare" block of "Service | By | Time" rows
/// ("97112 NMR | Tessa Lindahl PT | 24 min", a "1:1 ☐ / ☒" box on the row) and a "RECOVERY BAR — cash, not billed"
/// block of its own rows with the price, the consent and sometimes the service's own minutes or clock range): Tessa
/// Lindahl (PT, DPT, SCS, certified in dry needling), Grady Two Bulls (PT, DPT), Mikayla Schade (PTA), Noah Fergen
/// (ATC, who tapes and cups for cash) and Cole Janssen (a strength coach renting the back half, whose clients are his
/// own); a rally-week bartender, a retired Homestake gold miner, a barrel racer, a canyon-trail hiker, a sheep rancher,
/// a wrestling coach, a fly fisherman on wet river rocks and a wife with her own compression-boot membership;</item>
/// <item>a chiropractic-owned physical-therapy clinic ("River Bend Chiropractic &amp; Physical Therapy", RBC:
/// Muscatine, Wilton and West Liberty, Iowa, owned by Dr. Brent Vollmer, DC; a "PHYSICAL THERAPY — daily note" with
/// "Who: [X] PT [ ] PTA [ ] CA", "One-on-one: (Y) / N", code headings "97112 Neuromuscular re-education — 23 min" or
/// "97112 x 23 min", and a "CHIROPRACTIC (Dr. Vollmer — billed by the DC, not part of this PT note)" line for the
/// adjustment, Activator, Cox flexion-distraction and the intersegmental roller table; a HydroMassage bed on a wellness
/// membership and unattended IFC run by the chiropractic assistant): Jana Kruse (PT, DPT), Luis Medrano (PT), Becca
/// Ehlers (PTA) and Kori Hahn (CA); a pearl-button museum volunteer, a towboat deckhand, a melon grower, a
/// furniture-plant assembler, a meat-plant worker, a school-bus driver and a woman who bowls;</item>
/// <item>a hospital outpatient department with a modalities room ("Blue Mountain Regional Hospital — Outpatient
/// Therapy", BMRH: Pendleton, the Hermiston clinic and the Milton-Freewater satellite, Oregon; "TIMED INTERVENTIONS"
/// with bracketed codes "[97112] Neuromuscular re-ed — 24 min — M. Ashby PT", a "Delivery: Individual [X] Concurrent
/// [ ] Group [ ]" row, and a "MODALITY ROOM" line or "Modality | Site | Applied by" table for the aide's ice, hot packs,
/// paraffin and unattended NMES, "untimed, not billed"): Marguerite Ashby (PT, DPT, NCS), Felipe Orozco (PT),
/// Dawn Hollister (PTA), Samantha Whitecrane (OTR/L) and Russ Pettibone (rehab aide); a combine driver, a grain-elevator
/// operator, a watermelon packer, a retired woollen-mill weaver, a beadworker and an OT student observing.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads notes beside their cash receipts:
/// what an aide, an athletic trainer, a chiropractor or a strength coach did, and what was sold for cash, is not the
/// billed service; a cash or unbilled service's minutes on its own row belong to it and not to a billed code; the
/// minutes written beside a billed code are that code's minutes even when the note says they include a cash service;
/// a referral elsewhere ("see flowsheet", "per Dr. Vollmer's exam", "see DC note") states nothing:
/// <list type="bullet">
/// <item>class 1 (v1-h132-…): one-on-one in these writers' words ("Tessa and Mr. Kowalski only for the billed block",
/// "one-on-one with Mrs. Ferris the whole NMR; Cole Janssen's client on the far rack is his own training client",
/// "Jana one-on-one with Ms. Pruitt" before the DC's adjustment, a ticked "Individual [X]" while the aide had the
/// whirlpool patient down the hall, "just me and Dale in the NMR room; his wife waited in the lobby", "my only patient
/// for the NMR; an OT student observed"), notes that negate it (a PT setting up another patient's IFC and roller table
/// between sets the whole block, "Concurrent — Mr. Yost was on mechanical traction beside her and I worked both", a
/// PTA's "small group — three patients on the foam beams") or never state it (a sports note with the ATC's cupping
/// after), and the codes without a one-on-one check (a PTA's 97110 beside another patient on the bike, a 97530 in a
/// two-person back-to-work circuit);</item>
/// <item>class 2 (v2-h132-…): checkbox and blank-field states ("1:1 ☐" unticked and "1:1 ☒" ticked beside a cash row's
/// "Billed ☐ Cash ☒", "One-on-one: Y / N" with neither circled and "(Y) / N" circled, "Individual [ ] Concurrent [ ]
/// Group [ ]" with nothing ticked, "Deficit: ________", "Technique: [ ] see flowsheet", "Objective: ____ / ____",
/// "Assist: ____ Distance: ____ Device: cane", "Billed ☒" boxes on two code rows, and "Who:" boxes with nothing ticked
/// on a 97110);</item>
/// <item>class 3 (v3-h132-…): named methods as techniques (Mulligan mobilisation with movement and cervical SNAGs,
/// Active Release Technique, strain-counterstrain, IASTM with HawkGrips beside the FlexBar Tyler twist, blood flow
/// restriction training with the Delfi cuff in the 30-15-15-15 scheme, LSVT BIG, the BTE work simulator), the practice's
/// branded "RTP Level B per BHSS protocol" and "Core Reset Series per clinic sheet" as the only technique, a heavy slow
/// resistance protocol with no dose, and PNF with "Deficit: per Dr. Vollmer's exam";</item>
/// <item>class 4 (v4-h132-…): deficits stated as findings (a knee that drifts in pushing up off the stirrup, a toe
/// that catches on the grain-bin threshold, a woman who tips backward reaching to the cupboard, a man who can't turn his
/// head to back the stock trailer, a bowler who can't get off the bench, a beadworker who drops her needle, a fisherman
/// who can't feel his wading boots on wet rocks) and notes that state none ("Problem list: as on the DC's intake",
/// "Deficit: none — felt great after last week's cupping", "Impairment: N/A", "Impairment: as previous" on a
/// 97116);</item>
/// <item>class 5 (v5-h132-…): measures in every usual form (a Y-balance composite as a percentage of limb length and a
/// hop limb symmetry index, mCTSIB as "30 / 30 / 30 / 12 s", handheld dynamometry in kilograms, fingertip-to-floor in
/// centimetres, a continuous walking distance with assist levels, loads and counts for 97530, the Four Square Step Test
/// and TUG in seconds) and notes with none ("Objective: deferred — sore from yesterday's needling", "Measures: see Dr.
/// Vollmer's ROM sheet", "Sets/reps: per HEP card", "steadier on the foam today, her husband noticed it too",
/// "improved since the ultrasound to her shoulder started");</item>
/// <item>class 6 (v6-h132-…): minutes in these templates' forms (code rows "| 23 min" with the ATC's cupping "8 min,
/// cash — not billed" on its own row, headings with a "HydroMassage bed 10 min — wellness membership, not billed" line,
/// bracketed codes beside the aide's untimed ice, a clock range "[97112] Neuromuscular re-ed 09:02–09:26", three code
/// rows with a cash needling row after, "97112 x 23 min", a PT's and an OT's bracket on one visit) and true mismatches
/// ("97140 … 22 min (incl. cupping)" on a 12-minute line, "30 min (includes HydroMassage cool-down)" on 20, a heading of
/// 35 on 23 with the NMES set-up never taken out, a PTA's 15 on 27) and truly missing separate time ("Billed block:
/// 97112 + 97110 = 37 min", "97530 Therapeutic activities — __ min", "TIMED TOTAL: 38 min" under two brackets);</item>
/// <item>class 7 (v7-h132-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check:
/// an empty cell on a two-code visit, a tab, spaces and line breaks only, an empty OT note with no diagnosis), the
/// contract's meanings for 97110 (Copenhagen side planks, Nordic curls and split squats after an adductor strain), 97530
/// (car transfers and groceries to the porch after a laminectomy), 97140 (long-axis hip distraction and inferior glides)
/// and 97116 (cane gait on turf, curb, stairs and a cone course with a foot drop), and wholly generic notes ("NMR per
/// POC. Tolerated well. Continue plan of care. Recovery Bar add-on after (cash).", "Ther ex and manual per plan …
/// See DC note." on two codes, "Functional activities as tolerated." on an OT's 97530);</item>
/// <item>ordinary (vord-h132-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), with their adjuncts written apart (compression boots, kinesio tape, cupping with its own minutes, dry
/// needling after the billed rows, the strength coach's paid session, the DC's adjustment and flexion-distraction, the
/// CA's IFC, the aide's NMES, paraffin and hot packs), and the ordinary weak ones: a complete note with no diagnosis, a
/// claim whose diagnosis cell reads "per DC", and a PTA's minutes that counted the strength coach's session.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. The
/// adjuncts, the cash services and the modalities are never on a line (they stay in the notes): a cash or unbilled
/// service's minutes, when a note gives them, are on that service's own row or line, named and marked cash, unbilled
/// or untimed, never beside a billed code. This set's notes carry people and numbers that are not the code's or its
/// minutes — wives and a husband, an ATC, a chiropractor, a chiropractic assistant, an aide, a strength coach and his
/// client, an OT student (none of them a patient; the patient on the next mat's traction, Mr. Gaul on the IFC and the
/// two others on the foam beams are), cash prices in dollars, percentages of limb occlusion pressure and of limb length,
/// needle sites, years underground, step and box heights in inches, loads in pounds, reach in centimetres, kilograms,
/// degrees, seconds of a hold, treadmill miles per hour, distances, stairs, beads, buttons and jars — and each is
/// written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code
/// ("97112 NMR | Tessa Lindahl PT | 24 min", "97140 Manual therapy — 11 min", "97112 x 23 min"), in its bracket's
/// heading, in a billed-box row or as a clock range on the code's own line; no note gives minutes to a visit, a drill,
/// a rest or a test, except the two that give the visit a total ("Billed block: 97112 + 97110 = 37 min" and "TIMED
/// TOTAL: 38 min"); notes failed for want of
/// a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no
/// technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number
/// and fails it only when the note has no number but its code and its minutes; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a
/// family member, an aide, an athletic trainer, a chiropractor, a student or a strength coach's client in the building
/// does not undo a one-on-one statement, another patient treated in the same block does, and a therapist attending
/// someone else's modalities throughout the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the adjunct cases that could honestly be read either way: an adjunct's minutes written with
/// no name of the service or no word that it was not billed, or written beside the code of an unbilled timed modality
/// (ultrasound, attended e-stim) in a one-code note; a billed code whose only named technique or only body region is in
/// the cash or modality section (dry needling, cupping, taping, a HydroMassage bed or a massage chair read as 97140,
/// NMES "for recruitment" read as 97112); a cash service done inside the billed minutes by the billing therapist; a
/// kinesio taping or a flexion-distraction billed under 97140; and an aide or a trainer coaching the patient through
/// part of the billed block.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 97 of 112 cases agree (110 needed), and 11 of the 72 notes the reviewer passes got a finding, on the analyzer of a165bc4 (the start of the 2026-12-07 twentieth session, before any change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session (6b8cb41): 111 of 112, no false positive — a circled (Y) on the field the term names, names with only after them and the signer named in a service row, a cash row after a code section. Left: "Technique: [ ] see flowsheet" beside tandem and single-leg stance seconds (read as drills).</para>
/// </summary>
public class HeldOutNotesIssue18HundredThirtySecondTests(ITestOutputHelper output)
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

        // BHSS Spearfish: "Tessa and Mr. Kowalski only — dry needling done after the billed block, cash"; reactive neuromuscular training with band pulls at the knee, single-leg hops to stick on the foam, perturbations on the BOSU; R knee proprioception after an ACL reconstruction; Y-balance and stick count; "97112 NMR | Tessa Lindahl PT | 24 min" matches: passes.
        ["v1-h132-bhss-just-tessa-and-him-needling-after"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97112 NMR | Tessa Lindahl PT | 24 min
            Delivery: Tessa and Mr. Kowalski only for the billed block.
            NMR: reactive neuromuscular training with a band pulling the R knee into valgus during split squats; single-leg hop to stick on the foam; perturbations standing on the BOSU, flat side up.
            Deficit: R knee proprioception and dynamic valgus control after the ACL reconstruction, knee caves on landing.
            Objective: Y-balance anterior reach R 61 cm vs L 68 cm; stuck 7 of 10 hops without a touch-down.
            RECOVERY BAR — cash, not billed
            Dry needling R VMO and distal quad | Tessa Lindahl PT | after the billed block, self-pay $65, separate consent
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 24)], []),

        // BHSS Sturgis: a PTA with her patient on the turf while the strength coach in the back half trains his own client ("Cole's client on the far rack is his, not ours — one-on-one with Mrs. Ferris the whole NMR"): one-on-one stands; cone taps in single-leg stance, tandem walk on the turf line with head turns, band perturbations; lateral postural sway; FGA and tandem seconds; the code row's minutes match: passes.
        ["v1-h132-bhss-pta-trainer-client-on-far-rack"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Mikayla Schade PTA | 22 min
            Delivery: one-on-one with Mrs. Ferris the whole NMR; Cole Janssen's client on the far rack is his own training client, not ours.
            NMR: single-leg stance cone taps at the turf edge, tandem walking on the turf line with horizontal head turns, band perturbations at the hips in tandem.
            Deficit: lateral postural sway and a late hip strategy, she fell stepping off the curb at the rally grounds.
            Objective: FGA 19/30; tandem stance 14 sec R foot forward.
            """,
            ["R26.81", "W10.1XXD"], [PTA("97112", 22)], []),

        // RBC Muscatine: "Jana one-on-one with Ms. Pruitt for the whole NMR — Dr. Vollmer adjusted her afterwards in room two, not part of PT"; rhythmic stabilisation in half-kneel, foam stance with head turns, step-over hurdles; postural control and trunk motor control; Berg and hurdle count; "97112 ... 23 min" matches: passes.
        ["v1-h132-rbc-one-on-one-adjusted-after-by-dc"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 23 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            Jana one-on-one with Ms. Pruitt for the whole NMR.
            Rhythmic stabilization in half-kneel, foam stance with head turns, stepping over the hurdle row forward and sideways.
            Deficit: trunk motor control and postural control, she sways and grabs the counter at the button museum.
            Berg 46/56; cleared 9 of 10 hurdles without a touch.
            CHIROPRACTIC (Dr. Vollmer — billed by the DC, not part of this PT note): adjusted in room two afterwards.
            """,
            ["R26.89", "M62.81"], [PT("97112", 23)], []),

        // RBC Wilton: "I ran the NMR for her and set Mr. Gaul's IFC and roller table between sets, back and forth the whole block" — the therapist attending another patient throughout: one-on-one missing; foam perturbations, tandem with head turns, stepping strategy drills; ankle proprioception; Berg and tandem seconds present.
        ["v1-h132-rbc-pt-tending-another-patients-modalities"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 22 min
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            I ran the NMR for her and set up Mr. Gaul's IFC and the roller table between her sets, back and forth between them the whole block.
            Perturbations on the foam, tandem walking with head turns, stepping-strategy drills to the clock.
            Deficit: L ankle proprioception after the sprain, rolls it on the barge deck.
            Berg 48/56; tandem 12 sec L foot forward.
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // BMRH Pendleton: "Delivery: Individual [X] Concurrent [ ] Group [ ]" with the aide running another patient's whirlpool down the hall (staff with another patient, not the therapist): passes; Cawthorne-Cooksey head and eye exercises, walking with head turns, foam stance eyes closed; L vestibular hypofunction; DGI and dynamic visual acuity; "[97112] Neuromuscular re-ed — 24 min" matches.
        ["v1-h132-bmrh-individual-box-aide-with-whirlpool"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 24 min — M. Ashby PT
            Delivery: Individual [X]  Concurrent [ ]  Group [ ]
            Cawthorne-Cooksey head and eye exercises seated then standing; walking the hall with head turns; feet together on foam eyes closed.
            Impairment: L vestibular hypofunction, oscillopsia when he turns to check the combine header.
            Objective: DGI 16/24; dynamic visual acuity lost 4 lines.
            MODALITY ROOM: none today. (Russ had the whirlpool patient down the hall — not this patient.)
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // BMRH Hermiston: "Delivery: Concurrent — Mr. Yost on mechanical traction beside her and Mrs. Lujan at the NMR station, I worked both" — concurrent by her own word: one-on-one missing; PNF D2 patterns, weight shifts with tapping, foam stepping; R hemiparesis motor control; Berg present.
        ["v1-h132-bmrh-concurrent-with-traction-patient"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (HERMISTON CLINIC)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 21 min — F. Orozco PT
            Delivery: Concurrent — Mr. Yost was on mechanical traction beside her and I worked both him and Mrs. Lujan at the NMR station.
            PNF D2 flexion patterns with resistance, weight shifts onto the R with tapping to the glute, stepping onto the foam R leg leading.
            Impairment: R hemiparesis, poor motor recruitment of the R hip in stance.
            Objective: Berg 39/56.
            """,
            ["I69.351"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // BHSS Belle Fourche note with no word of delivery, the cash cupping after done by the ATC: not stated; Herdman X1 viewing, head-turn walking on the gravel path, foam stance; vestibular deficit after a fall from a horse; DGI and gait speed; minutes match.
        ["v1-h132-bhss-delivery-never-stated"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Belle Fourche          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Grady Two Bulls PT | 23 min
            NMR: X1 viewing on the checkerboard, walking the gravel path out back with head turns, feet together on foam.
            Deficit: vestibular — dizzy and veering with head turns since the horse threw him.
            Objective: DGI 17/24; gait speed 0.92 m/s.
            RECOVERY BAR — cash, not billed
            Cupping upper traps | Noah Fergen ATC | self-pay $30
            """,
            ["S06.0X0D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // BMRH PTA 97110 with a second patient on the recumbent bike beside her (97110 has no one-on-one check); step-ups, leg press, bridges with doses; L quad weakness after a knee replacement; minutes match: passes.
        ["v1-h132-bmrh-pta-97110-second-patient-on-the-bike"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (MILTON-FREEWATER)
            TIMED INTERVENTIONS
            [97110] Therapeutic exercise — 19 min — D. Hollister PTA
            Another patient was on the recumbent bike next to us.
            Step-ups to a 6 inch step 3x10, leg press 70 lb 3x12, bridges 2x15, terminal knee extension with the green band 3x15.
            Impairment: L quad weakness after the L TKA; knee buckles on the packing-shed stairs.
            MODALITY ROOM: ice pack to the L knee after, applied by R. Pettibone (aide) — untimed, not billed.
            """,
            ["Z96.652", "M62.81"], [PTA("97110", 19)], []),

        // RBC PT 97530 in a two-person back-to-work circuit with another patient (97530 has no one-on-one check); lifting a parts tote from floor to waist, pushing the pallet jack; low back and hip weakness; counts and loads; minutes match: passes.
        ["v1-h132-rbc-97530-two-person-circuit"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97530 Therapeutic activities — 24 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            Worked in the back-to-work circuit alongside another patient.
            Lifting a 20 lb parts tote floor to waist 8x with a hip hinge, pushing the pallet jack 60 ft 4x, kneeling to the low shelf and back up 6x.
            Deficit: low back and hip extensor weakness, can't hold the hinge at the office-chair line.
            """,
            ["M54.50", "M62.81"], [PT("97530", 24)], []),

        // BHSS Spearfish: "Just me and Dale in the NMR room; his wife in the lobby with the Normatec boots booked after" — family member not a patient: passes; half-kneel chops with rhythmic stabilisation, rocker board eyes closed, step-and-stick; R ankle proprioception; rocker seconds; minutes match.
        ["v1-h132-bhss-just-me-and-dale-wife-in-lobby"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Grady Two Bulls PT | 22 min
            Delivery: just me and Dale in the NMR room; his wife waited in the lobby.
            NMR: half-kneel chops with rhythmic stabilization, rocker board A/P eyes closed, step-and-stick onto the foam.
            Deficit: R ankle proprioception, rolls it on the canyon trail.
            Objective: rocker board 18 sec without an edge touch; 8 of 10 step-and-sticks.
            RECOVERY BAR — cash, not billed
            Normatec boots | front desk | his wife's membership, not his
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // RBC West Liberty: a PTA's NMR as a "small group — three patients on the foam beams" billed as 97112: a group is not one-on-one; tandem on the beams, perturbations, head turns; postural control; tandem seconds present.
        ["v1-h132-rbc-pta-small-group-on-foam-beams"] = new(
            """
            River Bend Chiropractic & Physical Therapy — West Liberty
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 20 min
            Who: [ ] PT  [X] PTA  [ ] CA      Becca Ehlers, PTA
            Small group — three patients on the foam beams together.
            Tandem walking on the foam beam, perturbations at the shoulders, head turns while stepping.
            Deficit: postural control, loses her balance turning at the packing line.
            Tandem 8 sec on the foam.
            """,
            ["R26.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // BMRH Pendleton: "I was her only patient for the NMR; the OT student observed" (staff in the room): passes; perturbation training on the treadmill, stepping over obstacles, reactive steps; late stepping in Parkinson's; Mini-BESTest and reactive-step count; minutes match.
        ["v1-h132-bmrh-only-patient-student-observed"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 25 min — M. Ashby PT
            She was my only patient for the NMR; an OT student observed.
            Perturbation training on the treadmill at slow speed, stepping over shoebox obstacles, reactive steps to pulls at the waist belt.
            Impairment: late and small stepping reactions in Parkinson's, retropulsion.
            Objective: Mini-BESTest 17/28; a single recovery step on 6 of 10 backward pulls.
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // BHSS delivery box left unticked ("1:1 ☐") and nothing else on delivery: not stated; lateral band perturbations, single-leg cone reaches on foam, crossover stepping; L hip and ankle postural control; Y-balance and reach count present; the code row's minutes match.
        ["v2-h132-bhss-one-to-one-box-unticked"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Grady Two Bulls PT | 23 min      1:1 ☐
            NMR: lateral band perturbations in single-leg stance, single-leg cone reaches on the Airex, crossover stepping along the turf line.
            Deficit: L hip and ankle postural control, he wobbles off the stirrup mounting his horse.
            Objective: Y-balance posteromedial reach L 82 cm vs R 94 cm; touched 5 of 6 cones without a foot down.
            """,
            ["M25.372", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // BHSS the same box ticked ("1:1 ☒") with the cash row's own boxes "Billed ☐ Cash ☒" for the dry needling: one-on-one stated; PNF D1 extension patterns, perturbations in half-kneel, foam marching; trunk and hip motor control; Berg; minutes match: passes.
        ["v2-h132-bhss-one-to-one-box-ticked-cash-row-boxes"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Tessa Lindahl PT | 24 min      1:1 ☒
            NMR: PNF D1 extension patterns with resistance, perturbations in half-kneel, marching on the foam with a ball overhead.
            Deficit: trunk and hip motor control after the lumbar fusion, leans and catches himself reaching into the truck bed.
            Objective: Berg 47/56.
            RECOVERY BAR
            Dry needling lumbar multifidi | Tessa Lindahl PT | Billed ☐ Cash ☒
            """,
            ["Z98.1", "M54.50"], [PT("97112", 24)], []),

        // RBC "One-on-one:  Y / N" with neither circled and nothing else on delivery: not stated; foam perturbations, step-and-hold to the clock, tandem with head turns; somatosensory loss in both feet; tandem seconds and Berg present.
        ["v2-h132-rbc-yes-no-neither-circled"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 22 min
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            One-on-one:  Y / N
            Perturbations on the foam pad, step-and-hold to the clock numbers, tandem walking with head turns.
            Deficit: somatosensory loss in both feet with the neuropathy, can't feel the floor in the dark.
            Tandem 7 sec; Berg 43/56.
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // RBC "One-on-one: (Y) / N" circled: stated; rocker board with head turns, foam tandem, perturbations; L ankle proprioception; rocker seconds; HydroMassage afterwards on the wellness membership: passes.
        ["v2-h132-rbc-yes-circled-hydromassage-after"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 21 min
            Who: [ ] PT  [X] PTA  [ ] CA      Becca Ehlers, PTA
            One-on-one:  (Y) / N
            Rocker board M/L with head turns, tandem stance on the foam, perturbations at the pelvis.
            Deficit: L ankle proprioception after the fracture, unsteady on the grain-bin ladder.
            Rocker board M/L 15 sec without an edge touch.
            HydroMassage bed afterwards — wellness membership, no charge, set up by Kori (CA).
            """,
            ["S82.892D"], [PTA("97112", 21)], []),

        // BMRH delivery row with nothing ticked ("Individual [ ] Concurrent [ ] Group [ ]") and nothing else: not stated; X2 viewing, walking with head pitches, foam eyes closed; bilateral vestibular loss; DGI present.
        ["v2-h132-bmrh-delivery-row-nothing-ticked"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (HERMISTON CLINIC)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 23 min — F. Orozco PT
            Delivery: Individual [ ]  Concurrent [ ]  Group [ ]
            X2 viewing with the card moving opposite the head, walking with head pitches up and down, feet together on foam eyes closed.
            Impairment: bilateral vestibular loss after gentamicin, walks wide in the dark.
            Objective: DGI 14/24.
            """,
            ["H81.23"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // BHSS "Deficit: ________" left blank and nothing else names a deficit, system or body region: deficit missing; "1:1 ☒", reactive band training, foam step-downs, perturbations; Y-balance and stick count present.
        ["v2-h132-bhss-deficit-line-blank"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Belle Fourche          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Tessa Lindahl PT | 22 min      1:1 ☒
            NMR: reactive neuromuscular training with the band during lunges, step-downs from the foam with a hold, perturbations on the BOSU.
            Deficit: ________
            Objective: Y-balance anterior reach 58 cm; stuck 6 of 10 step-downs.
            """,
            ["M22.2X1"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // RBC "Technique: [ ] see flowsheet" with no technique anywhere (the flowsheet was not sent): technique missing; one-on-one, a deficit (ankle proprioception) and tandem seconds present, no generic phrase.
        ["v2-h132-rbc-technique-see-flowsheet"] = new(
            """
            River Bend Chiropractic & Physical Therapy — West Liberty
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 23 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            One-on-one:  (Y) / N
            Technique: [ ] see flowsheet
            Deficit: R ankle proprioception, rolls it stepping off the loading dock.
            Tandem stance 11 sec R foot forward; SLS R 6 sec.
            """,
            ["S93.401D"], [PT("97112", 23)], [At(Tech, "97112")]),

        // BMRH "Objective: ____ / ____" blank and no number in the note but the code and its minutes: measure missing; individual box ticked, foam perturbations, stepping over the hose, tandem with head turns; postural control after a stroke present.
        ["v2-h132-bmrh-objective-blank"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 22 min — M. Ashby PT
            Delivery: Individual [X]  Concurrent [ ]  Group [ ]
            Perturbations standing on the foam, stepping over the garden hose, tandem walking with head turns.
            Impairment: postural control and weight shift after the R MCA stroke, leans L.
            Objective: ____ / ____
            """,
            ["I69.354"], [PT("97112", 22)], [At(Measure, "97112")]),

        // BHSS two billed rows with "Billed ☒" and the cupping row "Billed ☐ Cash ☒" by the ATC: 97140 ("Billed ☒ | 12 min") and 97110 ("Billed ☒ | 16 min") match; IASTM and thoracic PA glides with degrees, rows and prone Y-T-W with doses; thoracic stiffness and scapular weakness: passes.
        ["v2-h132-bhss-billed-boxes-two-codes-cupping-cash"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            Service | By | Billed / Cash | Time
            97140 Manual | Grady Two Bulls PT | Billed ☒ | 12 min
            97110 Ther ex | Grady Two Bulls PT | Billed ☒ | 16 min
            Cupping mid back | Noah Fergen ATC | Billed ☐ Cash ☒ | after PT
            Manual: IASTM along the thoracic paraspinals, central PA glides T5-T8 grade III.
            Ther ex: seated rows 15 lb 3x12, prone Y-T-W 2x10 each, open books 2x10.
            Deficit: thoracic extension stiffness and lower trap weakness, rounds forward on the bar stool at work.
            Objective: thoracic rotation R 38 to 46 degrees after manual.
            """,
            ["M54.6", "M62.81"], [PT("97140", 12), PT("97110", 16)], []),

        // RBC "Who: [ ] PT [ ] PTA [ ] CA" left with nothing ticked on a 97110 (no DOC rule on who furnished it): hip hinges, side planks, bird dogs with doses; low back and core weakness; minutes match: passes.
        ["v2-h132-rbc-who-boxes-none-ticked-97110"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97110 Therapeutic exercise — 18 min
            Who: [ ] PT  [ ] PTA  [ ] CA
            Hip hinge with the dowel 3x10, side plank from the knees 3x20 sec each side, bird dog 2x12, bridges with the band 3x15.
            Deficit: lumbar core and glute weakness, back gives out lifting seed bags.
            """,
            ["M54.50"], [PT("97110", 18)], []),

        // BMRH PTA gait template "Assist: ____  Distance: ____  Device: cane" never filled and no number but the code and its minutes: measure missing on 97116; cane gait with heel-strike and step-length cues on the hall and the ramp, short L step after a hip replacement present.
        ["v2-h132-bmrh-pta-gait-blanks-97116"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (MILTON-FREEWATER)
            TIMED INTERVENTIONS
            [97116] Gait training — 22 min — D. Hollister PTA
            Cane gait in the hall and up the front ramp, cues for heel strike and an even step length.
            Impairment: short L step and Trendelenburg lurch after the L hip replacement.
            Assist: ____  Distance: ____  Device: cane
            """,
            ["Z96.642"], [PTA("97116", 22)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // BHSS Mulligan mobilisation with movement for ankle dorsiflexion in weight bearing with the belt, talocrural posterior glides; R ankle DF stiffness after a sprain; knee-to-wall centimetres; the ATC's kinesio tape after, cash: passes.
        ["v3-h132-bhss-mulligan-mwm-ankle-tape-after"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            97140 Manual | Tessa Lindahl PT | 11 min
            Manual: Mulligan mobilization with movement for R ankle dorsiflexion in a lunge with the belt, 3 sets of 10; talocrural posterior glides grade III.
            Deficit: R ankle dorsiflexion stiffness after the sprain, can't squat to check the calf in the chute.
            Objective: knee-to-wall R 6 cm to 9 cm after; L 12 cm.
            RECOVERY BAR — cash, not billed
            Kinesio tape R ankle | Noah Fergen ATC | self-pay $15
            """,
            ["S93.401D", "M25.671"], [PT("97140", 11)], []),

        // BHSS Active Release Technique to the R piriformis and deep rotators with posterior hip capsule glides; R hip ER stiffness and buttock pain with sitting; SLR and hip IR degrees; minutes match: passes.
        ["v3-h132-bhss-active-release-piriformis"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            97140 Manual | Grady Two Bulls PT | 12 min
            Manual: Active Release Technique (ART) to the R piriformis and deep rotators, posterior hip capsule glides grade III in flexion-adduction.
            Deficit: R hip internal rotation stiffness and deep buttock pain after an hour in the saddle.
            Objective: R hip IR 18 to 27 degrees; SLR R 62 degrees.
            """,
            ["M25.651", "G57.01"], [PT("97140", 12)], []),

        // RBC strain-counterstrain to the iliacus and psoas tender points with the holds (dose), by the PT, while the DC's roller table is noted as not PT; L hip flexor tender points and anterior hip pain; minutes match: passes.
        ["v3-h132-rbc-strain-counterstrain-iliacus"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            97140 Manual therapy — 10 min
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            Strain-counterstrain to the L iliacus and psoas tender points, each held 90 sec in flexion and ER, 3 rounds; STM to the L TFL.
            Deficit: L anterior hip pain and hip flexor guarding, can't stand up straight after driving the melon truck.
            Tender point L iliacus 8/10 to 3/10 on palpation after.
            IST roller table before PT — chiropractic, not part of the PT visit.
            """,
            ["M25.552", "M62.830"], [PT("97140", 10)], []),

        // BMRH two codes: IASTM with HawkGrips to the R common extensor origin and radial head glides (97140, 10 min), eccentric wrist extension with the FlexBar Tyler twist and grip work (97110, 14 min), both match; lateral epicondylalgia; grip dynamometer: passes.
        ["v3-h132-bmrh-hawkgrips-and-tyler-twist"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97140] Manual therapy — 10 min — F. Orozco PT
            IASTM with HawkGrips to the R common extensor origin, radial head posterior glides grade II.
            [97110] Therapeutic exercise — 14 min — F. Orozco PT
            FlexBar Tyler twist eccentrics 3x15, wrist extension eccentrics 2 lb 3x12, putty grip 2x20.
            Impairment: R lateral epicondylalgia, pain gripping the wool in the weaving shed.
            Objective: pain-free grip R 38 lb, L 74 lb.
            MODALITY ROOM: ice massage R elbow, R. Pettibone (aide) — untimed, not billed.
            """,
            ["M77.11"], [PT("97140", 10), PT("97110", 14)], []),

        // BHSS blood flow restriction training with the Delfi cuff at 80 % limb occlusion pressure, leg press and knee extension in the 30-15-15-15 scheme (named method with its dose); R quad atrophy after a meniscectomy; minutes match: passes.
        ["v3-h132-bhss-bfr-delfi-cuff"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Belle Fourche          BHSS Visit Note
            BILLED — Medicare
            97110 Ther ex | Mikayla Schade PTA | 20 min
            Ther ex: blood flow restriction training, Delfi cuff R thigh at 80% LOP — leg press 60 lb and knee extension 15 lb, each 30-15-15-15 reps; bridges 2x15 after the cuff came off.
            Deficit: R quad atrophy and weakness after the medial meniscectomy, thigh girth down.
            RECOVERY BAR — cash, not billed
            Normatec legs | self-serve | membership
            """,
            ["Z98.890", "M62.81"], [PTA("97110", 20)], []),

        // BMRH LSVT BIG maximal daily exercises and functional component tasks with amplitude cueing; hypokinesia and shortened steps in Parkinson's; step length and gait speed; "Individual [X]"; minutes match: passes.
        ["v3-h132-bmrh-lsvt-big"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (HERMISTON CLINIC)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 25 min — M. Ashby PT
            Delivery: Individual [X]  Concurrent [ ]  Group [ ]
            LSVT BIG maximal daily exercises (floor-to-ceiling, side-to-side, forward and sideways steps, rock and reach) and functional component tasks: sit to stand and getting into the pickup, with amplitude cues "BIG".
            Impairment: hypokinesia and short shuffling steps in Parkinson's, freezes at the packing-shed door.
            Objective: step length 48 cm to 57 cm with cueing; 10MWT 0.88 m/s.
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // RBC Mulligan SNAGs for cervical rotation with suboccipital release, by the PT, the DC's adjustment noted as separate; R cervical rotation stiffness; rotation degrees; minutes match: passes.
        ["v3-h132-rbc-mulligan-snags-cervical"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97140 Manual therapy — 12 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            Mulligan SNAGs for R cervical rotation at C5-6, 3 sets of 6; suboccipital release.
            Deficit: R cervical rotation stiffness, can't check the blind spot in the school bus mirror.
            Cervical rotation R 50 to 62 degrees.
            CHIROPRACTIC (Dr. Vollmer — billed by the DC, not part of this PT note): Activator to the upper thoracic before PT.
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // BMRH OT 97530 on the BTE work simulator: overhead wrench turning, lifting the milk crate shelf to shelf, with counts and pounds; R shoulder weakness after a rotator-cuff repair; minutes match: passes.
        ["v3-h132-bmrh-ot-bte-work-simulator"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97530] Therapeutic activities — 23 min — S. Whitecrane OTR/L
            BTE work simulator: overhead wrench-turning attachment 3 rounds of 20 turns; lifting a 10 lb crate from waist shelf to shoulder shelf 10x; hanging a grain-elevator tag at eye level 12x.
            Impairment: R shoulder elevation weakness after the rotator-cuff repair, can't reach the elevator's sample valve.
            """,
            ["Z98.890", "M75.121"], [OT("97530", 23)], []),

        // BHSS branded programme only: "RTP Level B per BHSS protocol" is the whole of the intervention and names no technique; "1:1 ☒", deficit (R knee valgus and landing control) and Y-balance present, no generic phrase: technique missing.
        ["v3-h132-bhss-rtp-level-b-only"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Tessa Lindahl PT | 23 min      1:1 ☒
            NMR: RTP Level B per BHSS protocol.
            Deficit: R knee dynamic valgus and poor landing control.
            Objective: Y-balance anterior reach R 60 cm vs L 67 cm.
            """,
            ["S83.511D"], [PT("97112", 23)], [At(Tech, "97112")]),

        // RBC "Core Reset Series per clinic sheet, 3 rounds" is the whole of the 97110 and names no exercise (the sheet was not sent); low back and core weakness: technique missing on 97110.
        ["v3-h132-rbc-core-reset-series-only"] = new(
            """
            River Bend Chiropractic & Physical Therapy — West Liberty
            PHYSICAL THERAPY — daily note
            97110 Therapeutic exercise — 17 min
            Who: [ ] PT  [X] PTA  [ ] CA      Becca Ehlers, PTA
            Core Reset Series per clinic sheet, 3 rounds.
            Deficit: lumbar core weakness, back gives out bending over the meat-cutting table.
            """,
            ["M54.50", "M62.81"], [PTA("97110", 17)], [At(Tech, "97110")]),

        // BMRH heavy slow resistance for the patellar tendon named with no sets, reps or load and no number in the note but the code and its minutes: measure missing on 97110; R patellar tendinopathy present.
        ["v3-h132-bmrh-heavy-slow-resistance-no-dose"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97110] Therapeutic exercise — 16 min — F. Orozco PT
            Heavy slow resistance protocol for the R patellar tendon: leg press, hack squat and knee extension, slow tempo.
            Impairment: R patellar tendinopathy, pain under the kneecap climbing into the combine cab.
            """,
            ["M76.51"], [PT("97110", 16)], [At(Measure, "97110")]),

        // RBC PNF rhythmic stabilisation and D2 flexion patterns named with counts and "One-on-one: (Y)", but "Deficit: per Dr. Vollmer's exam" and no deficit, system or body region anywhere: deficit missing.
        ["v3-h132-rbc-pnf-deficit-per-dc-exam"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 22 min
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            One-on-one:  (Y) / N
            PNF rhythmic stabilization in tall kneeling, D2 flexion patterns with manual resistance, combination of isotonics at the mat.
            Deficit: per Dr. Vollmer's exam.
            Held rhythmic stabilization 30 sec without a loss 4 of 5 trials; Berg 45/56.
            """,
            ["M62.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none stated

        // BHSS: "her L knee drifts in when she pushes off the stirrup and she can't stand on one foot to swing the other leg over" (knee control and single-leg postural control as findings); step-and-stick, band perturbations, single-leg reaches on the foam; 1:1 ☒; SLS seconds and Y-balance; minutes match: passes.
        ["v4-h132-bhss-knee-drifts-in-at-the-stirrup"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Belle Fourche          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Tessa Lindahl PT | 24 min      1:1 ☒
            NMR: step-and-stick onto the foam L leg leading, band perturbations at the L knee in single-leg stance, single-leg clock reaches on the Airex.
            Finding: her L knee drifts in when she pushes up off the stirrup, and she can't stand on the L foot long enough to swing the R leg over the saddle.
            Objective: SLS L 9 sec (R 24 sec); Y-balance anterior L 55 cm.
            """,
            ["M25.362", "R26.81"], [PT("97112", 24)], []),

        // RBC PTA 97116: "his R toe scuffs the gravel and catches on the grain-bin threshold" (dorsiflexion weakness as the finding); gait with heel-strike cueing, high-stepping over the threshold strip, gravel walking outside; distance and assist; minutes match: passes.
        ["v4-h132-rbc-toe-catches-grain-bin-threshold"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            97116 Gait training — 21 min
            Who: [ ] PT  [X] PTA  [ ] CA      Becca Ehlers, PTA
            Gait training with cues for heel strike, stepping over the threshold strip, walking the gravel lot with the cane.
            Finding: his R toe scuffs the gravel and catches on the grain-bin threshold since the back surgery.
            350 ft with the cane SBA inside, 150 ft on gravel CGA.
            """,
            ["M21.371", "M48.062"], [PTA("97116", 21)], []),

        // BMRH: "she tips backward reaching up to the cupboard and her heels come up" (posterior postural control as a finding); anterior weight shifts with reaching, toe-raise holds with perturbations, stepping backward to a target; Individual [X]; Berg and reach inches; minutes match: passes.
        ["v4-h132-bmrh-tips-backward-at-the-cupboard"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (MILTON-FREEWATER)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 23 min — M. Ashby PT
            Delivery: Individual [X]  Concurrent [ ]  Group [ ]
            Anterior weight shifts reaching to the top shelf, toe-raise holds with light perturbations, stepping backward to floor targets.
            Finding: she tips backward reaching up to the cupboard and her heels come up before she catches herself.
            Objective: Berg 44/56; forward reach 8 inches.
            """,
            ["R26.81", "R29.6"], [PT("97112", 23)], []),

        // BHSS 97140: "he can't turn his head far enough to back the stock trailer" (cervical rotation stiffness as the finding); cervical rotation SNAGs and upper trap STM; rotation degrees; minutes match; Normatec after on his membership: passes.
        ["v4-h132-bhss-cant-back-the-stock-trailer"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            97140 Manual | Grady Two Bulls PT | 11 min
            Manual: cervical rotation SNAGs to the L, STM to the L upper trap and levator.
            Finding: he can't turn his head far enough to the L to back the stock trailer.
            Objective: cervical rotation L 45 to 58 degrees.
            RECOVERY BAR — cash, not billed
            Normatec | self-serve | membership
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // RBC 97110: "she can't get up off the bowling-alley bench without pushing on her knees" (quad and hip weakness as the finding); sit-to-stands from a low bench, leg press, step-ups with doses; minutes match: passes.
        ["v4-h132-rbc-bowling-alley-bench"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97110 Therapeutic exercise — 19 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            Sit-to-stands from a low bench 3x8, leg press 50 lb 3x12, step-ups to a 6 inch step 2x10 each.
            Finding: she can't get up off the bowling-alley bench without pushing on her knees.
            """,
            ["M17.0", "M62.81"], [PT("97110", 19)], []),

        // BMRH OT 97530: "she drops the beading needle and can't pinch the seed beads off the tray" (pinch and dexterity as findings); beadwork at the table, buttoning and coin pickup with counts and seconds; minutes match: passes.
        ["v4-h132-bmrh-ot-drops-the-beading-needle"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97530] Therapeutic activities — 22 min — S. Whitecrane OTR/L
            Threading seed beads onto the needle at the table, buttoning a vest, picking coins off the tray into a cup.
            Finding: she drops the beading needle and can't pinch the seed beads off the tray since the R wrist fracture.
            Threaded 14 beads in 2 trials; 6 buttons in 75 sec.
            """,
            ["S52.501D"], [OT("97530", 22)], []),

        // BHSS PTA: "he loses his footing on the wet river rocks and can't feel where his wading boots are" (somatosensory loss as the finding); foam and rocker work eyes closed, perturbations, tandem on the beam; "one-on-one, the two of us"; rocker seconds and tandem; minutes match: passes.
        ["v4-h132-bhss-wet-river-rocks"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Mikayla Schade PTA | 22 min
            Delivery: one-on-one, the two of us in the NMR room.
            NMR: rocker board eyes closed, foam stance with perturbations, tandem on the balance beam.
            Finding: he loses his footing on the wet river rocks and can't feel where his wading boots are.
            Objective: rocker board A/P 11 sec eyes closed; tandem on the beam 8 steps.
            """,
            ["E11.42", "R26.81"], [PTA("97112", 22)], []),

        // RBC 97110 "Problem list: as on the DC's intake." and no deficit, region or goal anywhere (exercise names carry no region): deficit missing on 97110; squats, step-ups, bridges and band sidesteps with doses present.
        ["v4-h132-rbc-problem-list-as-dc-intake"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97110 Therapeutic exercise — 16 min
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            Squats to the chair 3x10, step-ups 2x12, bridges 3x15, band sidesteps 3 laps.
            Problem list: as on the DC's intake.
            """,
            ["M54.50"], [PT("97110", 16)], [At(Deficit, "97110")]),

        // BHSS "Deficit: none — felt great after the cupping" on a 97112 and no deficit or system anywhere: deficit missing; 1:1 ☒, PNF chops and lifts, rocker board, hurdle stepping; Berg and rocker seconds present.
        ["v4-h132-bhss-deficit-none-after-cupping"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Grady Two Bulls PT | 23 min      1:1 ☒
            NMR: PNF chops and lifts in half-kneel, rocker board A/P, stepping over the hurdle row.
            Deficit: none — felt great after last week's cupping.
            Objective: Berg 50/56; rocker board 20 sec.
            """,
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // BMRH "Impairment: N/A" on a 97112 and no deficit anywhere: deficit missing; Individual [X], gaze-stabilisation X1, foam head turns, obstacle walking; DGI present.
        ["v4-h132-bmrh-impairment-n-a"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (HERMISTON CLINIC)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 22 min — F. Orozco PT
            Delivery: Individual [X]  Concurrent [ ]  Group [ ]
            Gaze stabilization X1 viewing, foam stance with head turns, obstacle walking around cones.
            Impairment: N/A
            Objective: DGI 18/24.
            """,
            ["H81.22"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // BMRH PTA 97116 "Impairment: as previous" and no region, impairment or goal anywhere: deficit missing on 97116; walker gait on the hall and the ramp, the obstacle course and the stairs with the rail; distance and assist present.
        ["v4-h132-bmrh-pta-impairment-as-previous-97116"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97116] Gait training — 20 min — D. Hollister PTA
            Walker gait on the hall and the ramp, the cone obstacle course, stairs with the rail.
            Impairment: as previous.
            Objective: 220 ft walker CGA; 8 stairs with the rail, minimal assist.
            """,
            ["Z96.641"], [PTA("97116", 20)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // BHSS Y-balance composite as a percentage of limb length and a single-leg hop limb symmetry index; reactive band training and landing drills; 1:1 ☒; R knee landing control; minutes match: passes.
        ["v5-h132-bhss-y-balance-composite-and-hop-lsi"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Tessa Lindahl PT | 24 min      1:1 ☒
            NMR: reactive band pulls at the knee during drop landings, single-leg landings onto the foam with a hold, lateral bounds to stick.
            Deficit: R knee landing control and proprioception after the ACL graft.
            Objective: Y-balance composite R 86% of limb length (L 95%); single-leg hop LSI 88%.
            """,
            ["S83.511D"], [PT("97112", 24)], []),

        // RBC mCTSIB written as four conditions "30 / 30 / 30 / 12 s" with the foam eyes-closed condition trained; "One-on-one: (Y)"; vestibular reliance; minutes match: passes.
        ["v5-h132-rbc-mctsib-four-conditions"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 21 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            One-on-one:  (Y) / N
            Foam stance eyes closed with head turns, perturbations on the foam, walking with eyes closed along the wall.
            Deficit: vestibular reliance poor, falls toward the L on foam with eyes closed.
            mCTSIB: 30 / 30 / 30 / 12 s.
            """,
            ["H81.92"], [PT("97112", 21)], []),

        // BMRH 97110 with handheld dynamometry in kilograms beside the doses; side-lying hip abduction, monster walks, single-leg bridges; L glute med weakness; minutes match: passes.
        ["v5-h132-bmrh-handheld-dynamometer-kg"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97110] Therapeutic exercise — 17 min — F. Orozco PT
            Side-lying hip abduction 3 lb 3x12, monster walks with the blue band 4 laps, single-leg bridges 3x8.
            Impairment: L glute med weakness, L hip drops walking the rodeo grounds.
            Objective: HHD L hip abduction 11.2 kg (R 16.8 kg).
            """,
            ["M62.81", "M25.552"], [PT("97110", 17)], []),

        // BHSS 97140 with a fingertip-to-floor distance, the cash dry needling on its own line after the billed block with its clock range and price: lumbar PA glides and IASTM to the thoracolumbar fascia; lumbar flexion stiffness; minutes match: passes.
        ["v5-h132-bhss-fingertip-to-floor-needling-clock-range"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            97140 Manual | Grady Two Bulls PT | 12 min
            Manual: central PA glides L3-L5 grade III, IASTM to the thoracolumbar fascia.
            Deficit: lumbar flexion stiffness, can't reach the bottom of the beer cooler at the bar.
            Objective: fingertip-to-floor 24 cm to 15 cm.
            RECOVERY BAR — cash, not billed
            Dry needling L lumbar multifidi | Grady Two Bulls PT | after the billed block, 10:41–10:49, self-pay $65
            """,
            ["M54.50", "M99.03"], [PT("97140", 12)], []),

        // BMRH PTA 97116 with a continuous walking distance and assist levels; rollator gait on the hospital loop, curb and ramp; short steps and forward trunk after a femur fracture; minutes match: passes.
        ["v5-h132-bmrh-pta-continuous-distance-97116"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (HERMISTON CLINIC)
            TIMED INTERVENTIONS
            [97116] Gait training — 23 min — D. Hollister PTA
            Rollator gait on the hospital loop, the curb at the ER entrance and the ramp, cues for upright trunk and longer steps.
            Impairment: short steps and forward trunk lean after the R femur fracture.
            Objective: 840 ft continuous with the rollator; curb and ramp SBA.
            """,
            ["S72.301D"], [PTA("97116", 23)], []),

        // RBC 97530 with loads, counts and distances: lifting a crate from the floor to the tailgate, carrying it to the barge rail mock-up, kneeling to tie off; low back and hip weakness; minutes match: passes.
        ["v5-h132-rbc-97530-crate-to-tailgate"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            97530 Therapeutic activities — 22 min
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            Lifting a 25 lb crate from the floor to the tailgate 6x, carrying it 80 ft to the rail mock-up 4x, kneeling to tie off a line and back up 5x.
            Deficit: low back and hip extensor weakness, can't handle the mooring lines on the towboat.
            """,
            ["M54.50", "M62.81"], [PT("97530", 22)], []),

        // BMRH Four Square Step Test and TUG in seconds; multidirectional stepping over the cane cross, stepping reactions; Individual [X]; late stepping after a fall; minutes match: passes.
        ["v5-h132-bmrh-four-square-step-test"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 24 min — M. Ashby PT
            Delivery: Individual [X]  Concurrent [ ]  Group [ ]
            Multidirectional stepping over the cane cross, stepping reactions to pushes at the shoulders, turning on cue while walking.
            Impairment: late, small stepping reactions since the fall at the woolen mill store.
            Objective: Four Square Step Test 14.2 sec; TUG 11.8 sec.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // BHSS "Objective: deferred — sore from yesterday's needling" and no number in the note but the code and its minutes: measure missing; one-on-one, foam perturbations, rocker board and hurdle stepping; R ankle proprioception present.
        ["v5-h132-bhss-objective-deferred-sore-from-needling"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Belle Fourche          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Tessa Lindahl PT | 23 min
            Delivery: one-on-one, Tessa and patient only.
            NMR: perturbations on the foam, rocker board with head turns, stepping over the hurdle row.
            Deficit: R ankle proprioception, rolls it on the arena dirt.
            Objective: deferred — sore from yesterday's needling.
            """,
            ["S93.401D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // RBC "Measures: see Dr. Vollmer's ROM sheet" and no number in the note but the code and its minutes: measure missing; "One-on-one: (Y)", tandem on the foam beam, perturbations, head-turn walking; postural control present.
        ["v5-h132-rbc-measures-see-dc-rom-sheet"] = new(
            """
            River Bend Chiropractic & Physical Therapy — West Liberty
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 22 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            One-on-one:  (Y) / N
            Tandem walking on the foam beam, perturbations at the pelvis, walking with head turns.
            Deficit: postural control, sways and reaches for the wall turning in the kitchen.
            Measures: see Dr. Vollmer's ROM sheet.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // BMRH 97110 "Sets/reps: per HEP card" and no number in the note but the code and its minutes: measure missing on 97110; clamshells, bridges and side-lying hip abduction; R hip weakness present.
        ["v5-h132-bmrh-sets-reps-per-hep-card"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (MILTON-FREEWATER)
            TIMED INTERVENTIONS
            [97110] Therapeutic exercise — 15 min — D. Hollister PTA
            Clamshells, bridges, side-lying hip abduction.
            Sets/reps: per HEP card.
            Impairment: R hip abductor weakness, limps at the end of a shift in the packing shed.
            """,
            ["M62.81"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // BHSS PTA "steadier on the foam today, wife noticed it too" with no number but the code and its minutes: measure missing; one-on-one stated, foam tandem, perturbations, step-and-stick; lateral postural control present.
        ["v5-h132-bhss-pta-steadier-wife-noticed"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Mikayla Schade PTA | 21 min
            Delivery: one-on-one with Mrs. Hatch for the whole NMR.
            NMR: tandem on the foam, lateral perturbations at the hips, step-and-stick to the side.
            Deficit: lateral postural control, she loses it sideways stepping off the porch.
            Objective: steadier on the foam today, her husband noticed it too.
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Measure, "97112")]),

        // BMRH "Objective: improved since ultrasound started" with no number but the code and its minutes: measure missing; Individual [X], PNF rhythmic stabilisation and perturbations in sitting and standing; trunk postural control after a stroke present.
        ["v5-h132-bmrh-objective-improved-since-ultrasound"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (HERMISTON CLINIC)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 22 min — F. Orozco PT
            Delivery: Individual [X]  Concurrent [ ]  Group [ ]
            PNF rhythmic stabilization in sitting and standing, perturbations at the trunk, reaching out of the base on the foam.
            Impairment: trunk postural control after the cerebellar stroke.
            Objective: improved since the ultrasound to her shoulder started.
            MODALITY ROOM: ultrasound to the R shoulder after the timed block, F. Orozco PT — not billed today.
            """,
            ["I69.393"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // BHSS two billed rows "97112 NMR | … | 23 min" and "97110 Ther ex | … | 14 min", both match, with the ATC's cash cupping row carrying its own minutes ("8 min, cash — not billed"): passes; 1:1 ☒, perturbations and foam work with Berg; hip exercise with doses; hip and postural deficits.
        ["v6-h132-bhss-two-rows-cupping-minutes-on-its-own-row"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Tessa Lindahl PT | 23 min      1:1 ☒
            97110 Ther ex | Tessa Lindahl PT | 14 min
            NMR: perturbations on the foam, single-leg cone reaches, crossover stepping.
            Ther ex: side-lying hip abduction 3x12, bridges 3x15, step-downs from a 4 inch step 2x10.
            Deficit: L hip abductor weakness and lateral postural control, she drifts L on the canyon trail.
            Objective: Berg 46/56.
            RECOVERY BAR — cash, not billed
            Cupping L lateral hip | Noah Fergen ATC | 8 min, cash — not billed
            """,
            ["M62.81", "R26.81"], [PT("97112", 23), PT("97110", 14)], []),

        // RBC two headings "97140 Manual therapy — 11 min" and "97110 Therapeutic exercise — 15 min", both match, with "HydroMassage 10 min — wellness membership, not billed (Kori, CA)": passes; lumbar PA glides and STM with degrees; bird dogs and bridges with doses; lumbar stiffness and core weakness.
        ["v6-h132-rbc-two-headings-hydromassage-minutes-apart"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            97140 Manual therapy — 11 min
            Central PA glides L4-L5 grade III, STM to the lumbar paraspinals.
            97110 Therapeutic exercise — 15 min
            Bird dog 2x12, bridges 3x15, dead bug 2x10.
            Deficit: lumbar extension stiffness and core weakness, can't stand straight after a shift at the furniture plant.
            Lumbar extension 15 to 22 degrees.
            HydroMassage bed 10 min — wellness membership, not billed (Kori, CA).
            """,
            ["M54.50", "M62.81"], [PT("97140", 11), PT("97110", 15)], []),

        // BMRH "[97116] Gait training — 18 min" and "[97110] Therapeutic exercise — 12 min", both match, an ice pack in the modality room by the aide, untimed: passes; cane gait with distance and SBA; step-ups and heel raises with doses; short L step after a knee replacement.
        ["v6-h132-bmrh-two-brackets-ice-by-aide"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97116] Gait training — 18 min — D. Hollister PTA
            Cane gait in the hall and on the parking-lot slope, cues for L heel strike; 400 ft SBA.
            [97110] Therapeutic exercise — 12 min — D. Hollister PTA
            Step-ups to a 6 inch step 3x10, heel raises 3x15, mini squats 2x12.
            Impairment: short L step and L quad weakness after the L TKA.
            MODALITY ROOM
            Modality | Site | Applied by
            Ice pack | L knee | R. Pettibone (aide) — untimed, not in timed minutes
            """,
            ["Z96.652"], [PTA("97116", 18), PTA("97110", 12)], []),

        // BMRH clock range on the code's own line "[97112] Neuromuscular re-ed 09:02–09:26" (24 min) matches: passes; Individual [X], perturbations, foam head turns, tandem; vestibular and postural control; DGI.
        ["v6-h132-bmrh-clock-range-on-the-code-line"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (HERMISTON CLINIC)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed 09:02–09:26 — M. Ashby PT
            Delivery: Individual [X]  Concurrent [ ]  Group [ ]
            Perturbations in tandem, foam stance with head turns, tandem walking on the line.
            Impairment: vestibular and postural control after the concussion, veers with head turns.
            Objective: DGI 19/24.
            """,
            ["S06.0X0D"], [PT("97112", 24)], []),

        // BHSS three billed rows 97112 22 / 97140 10 / 97110 13, all match, with the PT's cash dry needling row after: passes; 1:1 ☒, reactive training with Y-balance; talocrural glides with degrees; calf and hip work with doses; ankle proprioception and stiffness.
        ["v6-h132-bhss-three-rows-needling-row-after"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Belle Fourche          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Tessa Lindahl PT | 22 min      1:1 ☒
            97140 Manual | Tessa Lindahl PT | 10 min
            97110 Ther ex | Tessa Lindahl PT | 13 min
            NMR: step-and-stick onto the foam, band perturbations in single-leg stance, hop to stick.
            Manual: talocrural posterior glides grade III, STM to the R gastroc.
            Ther ex: eccentric heel drops 3x15, banded eversion 3x15, lateral step-ups 2x12.
            Deficit: R ankle proprioception and dorsiflexion stiffness after the sprain at the sheep pens.
            Objective: Y-balance anterior R 57 cm; knee-to-wall R 8 cm.
            RECOVERY BAR — cash, not billed
            Dry needling R gastroc | Tessa Lindahl PT | after PT, self-pay $65
            """,
            ["S93.401D"], [PT("97112", 22), PT("97140", 10), PT("97110", 13)], []),

        // RBC "97112 x 23 min" with the DC's adjustment and IST roller table noted as chiropractic: matches; one-on-one, rocker board, foam tandem, perturbations; ankle proprioception; rocker seconds: passes.
        ["v6-h132-rbc-times-form-dc-section-apart"] = new(
            """
            River Bend Chiropractic & Physical Therapy — West Liberty
            PHYSICAL THERAPY — daily note
            97112 x 23 min      Becca Ehlers, PTA
            One-on-one:  (Y) / N
            Rocker board A/P and M/L, tandem stance on the foam, perturbations at the pelvis.
            Deficit: L ankle proprioception, turns it on the gravel by the meat plant.
            Rocker board M/L 16 sec.
            CHIROPRACTIC (Dr. Vollmer — billed by the DC, not part of this PT note): Diversified adjustment and IST roller table.
            """,
            ["S93.402D"], [PTA("97112", 23)], []),

        // BMRH a PT's 97140 and an OT's 97530 on one visit, each with its minutes in its bracket, both match: passes; scapular glides and STM with degrees; overhead reaching to the cupboard with counts; R shoulder stiffness after a fracture.
        ["v6-h132-bmrh-pt-97140-and-ot-97530"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97140] Manual therapy — 10 min — F. Orozco PT
            Glenohumeral inferior and posterior glides grade III, scapular mobilization in side-lying.
            [97530] Therapeutic activities — 21 min — S. Whitecrane OTR/L
            Reaching cans to the second cupboard shelf 15x, hanging shirts in the closet 10x, washing her hair in standing with the R hand.
            Impairment: R shoulder stiffness and elevation weakness after the proximal humerus fracture.
            Objective: shoulder flexion R 112 to 124 degrees.
            """,
            ["S42.201D"], [PT("97140", 10), OT("97530", 21)], []),

        // BHSS "97140 Manual | … | 22 min (incl. cupping)" on a 12-min 97140 line (the cash cupping was taken out of the claim but not out of the note): mismatch on 97140; IASTM and glides, thoracic stiffness and rotation degrees present.
        ["v6-h132-bhss-manual-minutes-include-cupping"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            97140 Manual | Grady Two Bulls PT | 22 min (incl. cupping)
            Manual: IASTM to the thoracic paraspinals, PA glides T6-T9 grade III, then cupping to the mid back.
            Deficit: thoracic rotation stiffness, can't turn to rope from the saddle.
            Objective: thoracic rotation R 35 to 44 degrees.
            """,
            ["M54.6"], [PT("97140", 12)], [At(Mismatch, "97140")]),

        // RBC "97110 Therapeutic exercise — 30 min (includes HydroMassage cool-down)" on a 20-min line: mismatch on 97110; bridges, clamshells and wall sits with doses; hip and quad weakness present.
        ["v6-h132-rbc-ther-ex-minutes-include-hydromassage"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            97110 Therapeutic exercise — 30 min (includes HydroMassage cool-down)
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            Bridges 3x15, clamshells with the band 3x12, wall sits 3x30 sec.
            Deficit: hip and quad weakness, knees ache climbing into the melon wagon.
            """,
            ["M62.81", "M17.0"], [PT("97110", 20)], [At(Mismatch, "97110")]),

        // BMRH "[97112] Neuromuscular re-ed — 35 min" on a 23-min line (the e-stim set-up was never taken out of the heading): mismatch on 97112; Individual [X], PNF, foam work, Berg, motor control after a stroke present.
        ["v6-h132-bmrh-nmr-heading-35-on-23"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 35 min — M. Ashby PT
            Delivery: Individual [X]  Concurrent [ ]  Group [ ]
            PNF D1 patterns for the L leg, weight shifts onto the L with tapping, foam stepping L leg leading.
            Impairment: L hemiparesis, poor motor recruitment of the L hip and knee in stance.
            Objective: Berg 41/56.
            MODALITY ROOM: NMES to the L anterior tibialis, set up by R. Pettibone (aide) — unattended, not billed.
            """,
            ["I69.354"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // BHSS "Billed block: 97112 + 97110 = 37 min" with the cash needling after: no minutes for each code — separate time missing; both parts complete (1:1 ☒; foam perturbations and hurdle stepping with Berg; hip exercise with doses; postural control and hip weakness).
        ["v6-h132-bhss-billed-block-sum-only"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            Billed block: 97112 + 97110 = 37 min      1:1 ☒      Tessa Lindahl PT
            NMR: perturbations on the foam, stepping over the hurdle row, tandem with head turns.
            Ther ex: side-lying hip abduction 3x12, bridges 3x15, step-ups 2x10.
            Deficit: postural control and L hip weakness after the fall off the porch.
            Objective: Berg 45/56.
            RECOVERY BAR — cash, not billed
            Dry needling L glute med | Tessa Lindahl PT | after PT, self-pay
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 15)], [SepTime]),

        // RBC "97140 Manual therapy — 11 min" matches, but "97530 Therapeutic activities — __ min" was never filled: separate time missing; both parts complete (lumbar glides with degrees; lifting and carrying with loads; low back stiffness and weakness).
        ["v6-h132-rbc-second-code-minutes-blank"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            97140 Manual therapy — 11 min
            Central PA glides L4-L5 grade III, STM to the paraspinals.
            97530 Therapeutic activities — __ min
            Lifting a 20 lb box floor to waist 8x, carrying it 60 ft 3x.
            Deficit: low back stiffness and weakness, can't lift the parts bins at the furniture plant.
            Lumbar flexion 40 to 52 degrees.
            """,
            ["M54.50"], [PT("97140", 11), PT("97530", 16)], [SepTime]),

        // BMRH "TIMED TOTAL: 38 min" under two brackets with no minutes of their own: separate time missing; both parts complete (cane gait with distance and SBA; step-ups and heel raises with doses; knee weakness after a replacement).
        ["v6-h132-bmrh-timed-total-only"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (MILTON-FREEWATER)
            TIMED INTERVENTIONS — D. Hollister PTA
            [97116] Gait training
            Cane gait in the hall and on the ramp, cues for R heel strike; 300 ft SBA.
            [97110] Therapeutic exercise
            Step-ups 3x10, heel raises 3x15, straight-leg raises 2x12.
            Impairment: R quad weakness and a short R step after the R TKA.
            TIMED TOTAL: 38 min
            MODALITY ROOM: ice pack to the R knee, R. Pettibone (aide) — untimed, not billed.
            """,
            ["Z96.651"], [PTA("97116", 23), PTA("97110", 15)], [SepTime]),

        // BHSS PTA "97116 Gait | … | 15 min" on a 27-min line: mismatch on 97116; walker-to-cane gait on the turf and the ramp with distance and CGA; antalgic gait after a hip replacement present.
        ["v6-h132-bhss-pta-gait-15-on-27"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            97116 Gait | Mikayla Schade PTA | 15 min
            Gait: walker to cane on the turf lane and the front ramp, cues for equal stance time.
            Deficit: antalgic gait, short stance on the R after the R hip replacement.
            Objective: 260 ft with the cane CGA; ramp SBA.
            """,
            ["Z96.641"], [PTA("97116", 27)], [At(Mismatch, "97116")]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a two-code visit with a diagnosis (the export left the note cell empty): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h132-empty-note-97112-and-97140"] = new(
            "",
            ["S93.401D"], [PT("97112", 23), PT("97140", 11)], [At(NoteMissing, "97112"), At(NoteMissing, "97140")]),

        // A note of a tab, spaces and line breaks only (cells are trimmed) on a PTA's 97110 with a diagnosis: note missing only.
        ["v7-h132-whitespace-only-pta-97110"] = new(
            " \t \n  \n",
            ["M62.81"], [PTA("97110", 18)], [At(NoteMissing, "97110")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h132-empty-note-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on a BHSS note: Copenhagen side planks, Nordic hamstring curls and split squats with doses (technique and measure), R adductor strain and hamstring weakness (deficit); the code row's 18 min match: passes.
        ["v7-h132-bhss-97110-copenhagen-and-nordics"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            97110 Ther ex | Grady Two Bulls PT | 18 min
            Ther ex: Copenhagen side plank short lever 3x20 sec each side, Nordic hamstring curls assisted with the band 3x5, split squats 20 lb 3x8 each.
            Deficit: R adductor strain and R hamstring weakness, groin grabs swinging a leg over the four-wheeler.
            """,
            ["S76.211D"], [PT("97110", 18)], []),

        // 97530's meaning on an RBC note: getting in and out of the car seat mock-up, loading grocery bags into the trunk and carrying them to the porch steps, with counts, loads and distances (technique and measure), low back and hip weakness (deficit); minutes match: passes.
        ["v7-h132-rbc-97530-car-and-groceries"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97530 Therapeutic activities — 23 min
            Who: [ ] PT  [X] PTA  [ ] CA      Becca Ehlers, PTA
            Car transfers in and out of the seat mock-up 6x with a log-roll; lifting two 8 lb grocery bags into the trunk 5x and carrying them 40 ft to the porch steps 3x.
            Deficit: low back pain and hip weakness getting in and out of the car after the lumbar laminectomy.
            """,
            ["Z98.890", "M54.50"], [PTA("97530", 23)], []),

        // 97140's meaning on a BMRH note: long-axis hip distraction and inferior glides grade IV with the belt, STM to the R TFL (technique), R hip capsular stiffness (deficit), hip flexion and IR degrees (measure); bracket minutes match: passes.
        ["v7-h132-bmrh-97140-hip-distraction"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (HERMISTON CLINIC)
            TIMED INTERVENTIONS
            [97140] Manual therapy — 12 min — F. Orozco PT
            Long-axis distraction of the R hip with the belt grade IV, inferior glides in flexion, STM to the R TFL.
            Impairment: R hip capsular stiffness from the osteoarthritis, can't pull his boot on.
            Objective: R hip flexion 92 to 101 degrees; IR 12 to 18 degrees.
            """,
            ["M16.11"], [PT("97140", 12)], []),

        // 97116's meaning on a BHSS PTA note: cane gait over the turf, the curb and the stairs with the rail, obstacle negotiation around cones (technique), L foot drop with steppage after a peroneal nerve injury (deficit), distance and assist (measure); minutes match: passes.
        ["v7-h132-bhss-pta-97116-curb-and-cones"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Belle Fourche          BHSS Visit Note
            BILLED — Medicare
            97116 Gait | Mikayla Schade PTA | 21 min
            Gait: cane on the turf lane, up and down the curb, stairs with one rail, weaving through the cone course; cues for L hip flexion in swing.
            Deficit: L foot drop with a steppage gait after the peroneal nerve injury, catches the toe on the arena rail.
            Objective: 300 ft with the cane SBA; 12 stairs one rail CGA.
            """,
            ["S84.12XD", "M21.372"], [PTA("97116", 21)], []),

        // BHSS wholly generic 97112: "NMR per POC. Tolerated well. Recovery Bar add-on after (cash)." — no technique, deficit, number but its code and minutes, or one-on-one statement.
        ["v7-h132-bhss-generic-nmr-per-poc"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Grady Two Bulls PT | 22 min
            NMR per POC. Tolerated well. Continue plan of care.
            Recovery Bar add-on after (cash).
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // RBC wholly generic two-code note: "Ther ex and manual per plan. Patient tolerated treatment well. Continue POC. See DC note." — nothing named for either code and no minutes for each.
        ["v7-h132-rbc-generic-two-codes-see-dc-note"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            Ther ex and manual per plan. Patient tolerated treatment well. Continue POC.
            See DC note.
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // BMRH OT wholly generic 97530: "Functional activities as tolerated. Patient tolerated treatment well. Continue plan of care." — nothing named; the bracket minutes match.
        ["v7-h132-bmrh-ot-generic-functional-activities"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97530] Therapeutic activities — 22 min — S. Whitecrane OTR/L
            Functional activities as tolerated. Patient tolerated treatment well. Continue plan of care.
            """,
            ["M62.81"], [OT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // BHSS 97112 for a canyon hiker: 1:1 ☒; X1 viewing while walking, foam head turns, stepping over roots on the trail mock-up; dizziness with head turns after a concussion; DGI and gait speed; Normatec after on the cash menu; minutes match: passes.
        ["vord-h132-bhss-canyon-hiker-gaze-work"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Tessa Lindahl PT | 23 min      1:1 ☒
            NMR: X1 viewing while walking the hall, foam stance with head turns, stepping over the root-and-rock course.
            Deficit: vestibular — dizziness and unsteadiness with head turns since the concussion on the canyon trail.
            Objective: DGI 18/24; gait speed with head turns 0.98 m/s.
            RECOVERY BAR — cash, not billed
            Normatec legs | self-serve | self-pay $25
            """,
            ["S06.0X0D", "H81.92"], [PT("97112", 23)], []),

        // BHSS PTA 97110 shoulder: rows, ER and scaption with the band and doses; R rotator-cuff weakness; the ATC's kinesio tape after, cash; minutes match: passes.
        ["vord-h132-bhss-pta-shoulder-band-tape-after"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            97110 Ther ex | Mikayla Schade PTA | 17 min
            Ther ex: rows with the green band 3x15, sidelying ER 2 lb 3x12, scaption to shoulder height 2x12, wall slides 2x10.
            Deficit: R rotator-cuff weakness, can't lift the bar tray overhead.
            RECOVERY BAR — cash, not billed
            Kinesio tape R shoulder | Noah Fergen ATC | self-pay $15
            """,
            ["M75.101", "M62.81"], [PTA("97110", 17)], []),

        // BHSS 97140 + 97110 lumbar, each row with its minutes (11 and 14), both match; lumbar PA glides and rotational mobilisation with degrees; bird dogs, hinges and carries with doses; the ATC's cupping 10 min on its own cash row: passes.
        ["vord-h132-bhss-lumbar-two-rows-cupping-row"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Belle Fourche          BHSS Visit Note
            BILLED — Medicare
            97140 Manual | Grady Two Bulls PT | 11 min
            97110 Ther ex | Grady Two Bulls PT | 14 min
            Manual: lumbar rotational mobilization grade IV in side-lying, central PA glides grade III.
            Ther ex: bird dog 2x12, kettlebell hip hinge 25 lb 3x10, suitcase carry 35 lb 4x60 ft.
            Deficit: lumbar stiffness and core weakness, back seizes up bucking hay bales.
            Objective: lumbar flexion 45 to 60 degrees.
            RECOVERY BAR — cash, not billed
            Cupping low back | Noah Fergen ATC | 10 min, self-pay $30
            """,
            ["M54.50"], [PT("97140", 11), PT("97110", 14)], []),

        // BHSS 97112 for a retired gold miner with Parkinson's: "one-on-one in the NMR room"; stepping reactions, backward walking, dual-task turns; retropulsion; pull test and TUG; his own training session with the strength coach after, not PT; minutes match: passes.
        ["vord-h132-bhss-gold-miner-trainer-slot-after"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Grady Two Bulls PT | 24 min
            Delivery: one-on-one in the NMR room.
            NMR: stepping reactions to backward pulls, backward walking along the turf line, turning while counting backward by threes.
            Deficit: retropulsion and slow stepping reactions in Parkinson's; 31 years underground at the Homestake.
            Objective: pull test took 3 steps to recover; TUG 12.4 sec.
            His own session with Cole Janssen (Janssen Strength, back half of the building) followed — paid to Cole, not PT, not billed.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // BHSS PTA 97116 treadmill and overground gait after an ankle fracture; antalgic gait; treadmill speed and distance with SBA; minutes match: passes.
        ["vord-h132-bhss-pta-treadmill-gait-ankle"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            97116 Gait | Mikayla Schade PTA | 20 min
            Gait: treadmill at 1.6 mph with cues for heel-to-toe roll-off, then overground on the turf and the ramp without the boot.
            Deficit: antalgic gait with short R stance after the R ankle ORIF.
            Objective: treadmill 1,100 ft; overground 250 ft SBA.
            """,
            ["S82.891D"], [PTA("97116", 20)], []),

        // BHSS 97530 for a barrel racer: mounting the mock saddle from the stirrup, carrying her saddle, kneeling to wrap a leg; counts and load; L knee and hip weakness; minutes match: passes.
        ["vord-h132-bhss-barrel-racer-mock-saddle"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Belle Fourche          BHSS Visit Note
            BILLED — Medicare
            97530 Ther act | Tessa Lindahl PT | 22 min
            Ther act: mounting the mock saddle from the stirrup 6x each side, carrying her 30 lb saddle 50 ft to the rack 4x, kneeling to wrap a horse's leg and standing back up 5x.
            Deficit: L knee and hip weakness after the L TKA, can't push up off the stirrup.
            """,
            ["Z96.652"], [PT("97530", 22)], []),

        // BHSS 97112 + 97140, each row with its minutes (22 and 10), both match; 1:1 ☒; reactive drills with Y-balance; patellar glides and STM with degrees; the PT's cash dry needling after: passes.
        ["vord-h132-bhss-knee-two-rows-needling-after"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Tessa Lindahl PT | 22 min      1:1 ☒
            97140 Manual | Tessa Lindahl PT | 10 min
            NMR: lateral bounds to stick, single-leg squats on the foam with band perturbation, step-down holds.
            Manual: patellar glides medial and inferior, STM to the lateral retinaculum and the ITB.
            Deficit: R knee proprioception and patellofemoral stiffness, knee gives on the stairs at the Grange.
            Objective: Y-balance anterior R 59 cm; knee flexion R 118 to 126 degrees.
            RECOVERY BAR — cash, not billed
            Dry needling R vastus lateralis | Tessa Lindahl PT | after the billed rows, self-pay $65
            """,
            ["M22.2X1"], [PT("97112", 22), PT("97140", 10)], []),

        // BHSS 97110 Achilles: weighted heel raises, eccentric drops, seated soleus raises with doses; L Achilles tendinopathy; Normatec after on the cash menu; minutes match: passes.
        ["vord-h132-bhss-achilles-heel-raises"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            97110 Ther ex | Grady Two Bulls PT | 16 min
            Ther ex: standing heel raises holding 20 lb 3x15, eccentric heel drops off the step 3x15, seated soleus raises 45 lb 3x12.
            Deficit: L Achilles tendinopathy, calf fatigues on the boardwalk by mid-afternoon.
            RECOVERY BAR — cash, not billed
            Normatec legs | self-serve | membership
            """,
            ["M76.62"], [PT("97110", 16)], []),

        // BHSS PTA 97112: "nobody else on my schedule during the NMR"; rocker board, foam tandem, perturbations; neuropathic sensory loss; Berg and rocker seconds; minutes match: passes.
        ["vord-h132-bhss-pta-nobody-else-on-schedule"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Belle Fourche          BHSS Visit Note
            BILLED — Medicare
            97112 NMR | Mikayla Schade PTA | 22 min
            Delivery: one-on-one — nobody else on my schedule during the NMR.
            NMR: rocker board eyes closed, tandem on the foam, perturbations at the shoulders.
            Deficit: somatosensory loss in both feet, sheep rancher who can't feel the uneven pasture.
            Objective: Berg 44/56; rocker board 12 sec eyes closed.
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // BHSS 97140 for a wrestling coach: thoracic thrust manipulation and cervical retraction mobilisation; thoracic and cervical stiffness; rotation degrees; minutes match: passes.
        ["vord-h132-bhss-coach-thoracic-manipulation"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            97140 Manual | Grady Two Bulls PT | 9 min
            Manual: supine thoracic thrust manipulation at the mid thoracic, cervical retraction mobilization with overpressure.
            Deficit: thoracic and cervical stiffness, headache by the end of wrestling practice.
            Objective: cervical rotation L 55 to 66 degrees, R 60 to 68 degrees.
            """,
            ["M54.2", "M54.6"], [PT("97140", 9)], []),

        // RBC 97112: "just Jana and Mrs. Kempf for the NMR"; perturbations, tandem on the foam, stepping over the dowel; postural control after two falls; Berg; minutes match: passes.
        ["vord-h132-rbc-just-jana-and-mrs-kempf"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 23 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            Just Jana and Mrs. Kempf for the NMR.
            Perturbations at the pelvis in standing, tandem on the foam, stepping over the dowel forward and back.
            Deficit: postural control and a slow ankle strategy, two falls in the garden this spring.
            Berg 45/56.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // RBC 97110 knee OA: leg press, TKE, step-ups with doses; R knee weakness; HydroMassage after on the membership; minutes match: passes.
        ["vord-h132-rbc-knee-oa-hydromassage-after"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            97110 Therapeutic exercise — 18 min
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            Leg press 60 lb 3x12, TKE with the blue band 3x15, step-ups to a 6 inch step 3x10.
            Deficit: R knee quad weakness from the osteoarthritis, can't squat to weed the melon rows.
            HydroMassage afterwards — wellness membership, no charge.
            """,
            ["M17.11"], [PT("97110", 18)], []),

        // RBC PTA 97140 + 97110 neck, each heading with its minutes (10 and 13), both match; the DC's adjustment before, not PT; cervical glides and STM with degrees; chin tucks and rows with doses: passes.
        ["vord-h132-rbc-pta-neck-two-headings-dc-before"] = new(
            """
            River Bend Chiropractic & Physical Therapy — West Liberty
            PHYSICAL THERAPY — daily note
            Who: [ ] PT  [X] PTA  [ ] CA      Becca Ehlers, PTA
            97140 Manual therapy — 10 min
            Cervical lateral glides grade III, STM to the upper trap and levator.
            97110 Therapeutic exercise — 13 min
            Chin tucks 2x15 with a 5 sec hold, rows with the red band 3x12, wall angels 2x10.
            Deficit: cervical stiffness and posture, neck aches after the school bus route.
            Cervical rotation L 52 to 60 degrees.
            CHIROPRACTIC (Dr. Vollmer — billed by the DC, not part of this PT note): adjustment before PT.
            """,
            ["M54.2"], [PTA("97140", 10), PTA("97110", 13)], []),

        // RBC 97530 for a furniture-plant assembler: reaching to the overhead line, carrying a chair frame, squatting to the bottom bin, with counts and loads; R shoulder and low back; minutes match: passes.
        ["vord-h132-rbc-assembler-overhead-line"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97530 Therapeutic activities — 24 min
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            Reaching to the overhead line mock-up and driving a screw 12x, carrying a 15 lb chair frame 50 ft 5x, squatting to the bottom parts bin 8x.
            Deficit: R shoulder and low back fatigue at the assembly line, drops her arm after an hour.
            """,
            ["M75.41", "M54.50"], [PT("97530", 24)], []),

        // RBC PTA 97116 walker gait after a hip fracture, to the curb and the car; distance and assist; minutes match: passes.
        ["vord-h132-rbc-pta-walker-gait-hip-fracture"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            97116 Gait training — 21 min
            Who: [ ] PT  [X] PTA  [ ] CA      Becca Ehlers, PTA
            Walker gait through the clinic and out to the curb and the car door, cues for a longer L step and upright posture.
            Deficit: short L step and L hip weakness after the hip fracture.
            240 ft walker SBA; curb CGA.
            """,
            ["S72.002D"], [PTA("97116", 21)], []),

        // RBC 97112 after a stroke: "one-on-one, Luis and Mr. Dietz"; PNF D1 and D2 patterns, weight shifts with tapping, step-ups onto the foam; R hemiparesis motor control; Berg and step count; minutes match: passes.
        ["vord-h132-rbc-stroke-pnf-luis-and-mr-dietz"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 24 min
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            One-on-one, Luis and Mr. Dietz.
            PNF D1 and D2 patterns for the R leg with manual resistance, weight shifts onto the R with tapping to the glute med, step-ups onto the foam R leg leading.
            Deficit: R hemiparesis, poor motor recruitment of the R hip extensors after the L CVA.
            Berg 40/56; 7 of 10 step-ups without a hand on the rail.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // RBC 97110 after a rotator-cuff repair: pulleys, table slides, isometrics with doses; R shoulder ROM and strength; the CA's unattended IFC after, not PT; minutes match: passes.
        ["vord-h132-rbc-rcr-pulleys-ifc-by-ca"] = new(
            """
            River Bend Chiropractic & Physical Therapy — West Liberty
            PHYSICAL THERAPY — daily note
            97110 Therapeutic exercise — 16 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            Pulleys for flexion 2x15, table slides 2x15, submaximal ER and IR isometrics 10 x 5 sec holds, scapular retraction 3x12.
            Deficit: R shoulder flexion and ER limited and weak after the rotator-cuff repair, can't reach the cereal shelf.
            Shoulder flexion AROM R 118 degrees.
            IFC to the R shoulder afterwards by Kori (CA), unattended — not part of PT.
            """,
            ["Z98.890", "M75.121"], [PT("97110", 16)], []),

        // RBC PTA 97112 + 97110, each heading with its minutes (22 and 12), both match; "One-on-one: (Y)"; foam tandem, perturbations, stepping strategy; hip exercise with doses; postural control and hip weakness; Berg: passes.
        ["vord-h132-rbc-pta-nmr-and-ther-ex-headings"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            Who: [ ] PT  [X] PTA  [ ] CA      Becca Ehlers, PTA
            One-on-one:  (Y) / N
            97112 Neuromuscular re-education — 22 min
            Tandem on the foam, perturbations at the shoulders, stepping-strategy drills to the side.
            97110 Therapeutic exercise — 12 min
            Side-lying hip abduction 3x12, bridges 3x15, sit-to-stands 2x10.
            Deficit: postural control and L hip weakness, stumbles stepping down from the combine.
            Berg 47/56.
            """,
            ["R26.81", "M62.81"], [PTA("97112", 22), PTA("97110", 12)], []),

        // RBC 97140 lumbar: rotational mobilisation grade IV and prone PA glides; L4-5 hypomobility; flexion degrees; the DC's flexion-distraction noted as chiropractic; minutes match: passes.
        ["vord-h132-rbc-lumbar-mobs-flexion-distraction-by-dc"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97140 Manual therapy — 11 min
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            Lumbar rotational mobilization grade IV in side-lying, prone unilateral PA glides L4-5 on the L grade III.
            Deficit: L4-5 hypomobility with L low back pain bending to the bottom shelf.
            Lumbar flexion 38 to 50 degrees.
            CHIROPRACTIC (Dr. Vollmer — billed by the DC, not part of this PT note): Cox flexion-distraction before PT.
            """,
            ["M54.50", "M99.03"], [PT("97140", 11)], []),

        // RBC 97112 for chemotherapy neuropathy: "Jana and Ms. Oyler only"; foam stance with head turns, step-and-hold, perturbations; somatosensory loss; tandem and SLS seconds; minutes match: passes.
        ["vord-h132-rbc-chemo-neuropathy-tandem-sls"] = new(
            """
            River Bend Chiropractic & Physical Therapy — West Liberty
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 22 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            Jana and Ms. Oyler only for the NMR.
            Foam stance with head turns, step-and-hold onto the foam, perturbations at the pelvis.
            Deficit: somatosensory loss in both feet after chemotherapy, feet feel like wood.
            Tandem 14 sec; SLS R 5 sec, L 4 sec.
            """,
            ["G62.0", "T45.1X5S"], [PT("97112", 22)], []),

        // BMRH 97112 in MS: Individual [X]; rhythmic stabilisation in half-kneel, foam perturbations, tandem with head turns; ataxia and postural control; Berg; minutes match: passes.
        ["vord-h132-bmrh-ms-rhythmic-stabilisation"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 23 min — M. Ashby PT
            Delivery: Individual [X]  Concurrent [ ]  Group [ ]
            Rhythmic stabilization in half-kneel, perturbations on the foam, tandem walking with head turns.
            Impairment: truncal ataxia and postural control in MS, worse in the heat of harvest.
            Objective: Berg 42/56.
            """,
            ["R27.0", "R26.81"], [PT("97112", 23)], []),

        // BMRH 97110 after a knee replacement, the aide's unattended NMES in the modality room noted as not billed: quad sets, SLR, heel slides with doses; L quad lag; minutes match: passes.
        ["vord-h132-bmrh-tka-nmes-by-aide-not-billed"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (HERMISTON CLINIC)
            TIMED INTERVENTIONS
            [97110] Therapeutic exercise — 18 min — F. Orozco PT
            Quad sets 2x15 with a 5 sec hold, straight-leg raises 3x10, heel slides 2x15, short-arc quads 2 lb 3x12.
            Impairment: L quad lag and weakness after the L TKA.
            Objective: extensor lag L 10 degrees.
            MODALITY ROOM
            Modality | Site | Applied by
            NMES L quad, unattended | L thigh | R. Pettibone (aide) — not billed
            """,
            ["Z96.652"], [PT("97110", 18)], []),

        // BMRH PTA 97116 with an AFO after a stroke: gait on the hall and stairs with cues; L foot drop; distance and assist; minutes match: passes.
        ["vord-h132-bmrh-pta-afo-gait-stroke"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97116] Gait training — 22 min — D. Hollister PTA
            Gait with the L AFO and a quad cane in the hall and on the stairs, cues for L hip flexion and knee bend in swing.
            Impairment: L foot drop and circumduction after the R CVA.
            Objective: 180 ft quad cane CGA; 6 stairs with the rail, minimal assist.
            """,
            ["I69.354"], [PTA("97116", 22)], []),

        // BMRH OT 97530 after a wrist fracture, paraffin in the modality room before, untimed, not billed: jar opening, cutting food, wringing a cloth with counts; R wrist weakness; minutes match: passes.
        ["vord-h132-bmrh-ot-wrist-paraffin-before"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (MILTON-FREEWATER)
            TIMED INTERVENTIONS
            [97530] Therapeutic activities — 21 min — S. Whitecrane OTR/L
            Opening jars 8x, cutting a pancake with a knife and fork, wringing out a dish cloth 10x.
            Impairment: R wrist weakness and stiffness after the distal radius fracture.
            Objective: grip R 24 lb.
            MODALITY ROOM: paraffin to the R hand before OT, applied by R. Pettibone (aide) — untimed, not billed.
            """,
            ["S52.501D"], [OT("97530", 21)], []),

        // BMRH 97140 + 97110 for adhesive capsulitis, each bracket with its minutes (12 and 13), both match; the aide's hot pack before, untimed; glenohumeral glides with degrees; pulleys and wand with doses: passes.
        ["vord-h132-bmrh-frozen-shoulder-two-brackets"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97140] Manual therapy — 12 min — F. Orozco PT
            Glenohumeral posterior and inferior glides grade IV, scapular upward rotation mobilization.
            [97110] Therapeutic exercise — 13 min — F. Orozco PT
            Pulleys 2x15, wand flexion and ER 2x15, sleeper stretch 3 x 30 sec.
            Impairment: L adhesive capsulitis, can't reach behind to tuck his shirt.
            Objective: L ER 28 to 37 degrees; flexion 120 degrees.
            MODALITY ROOM: hot pack L shoulder before, R. Pettibone (aide) — untimed, not billed.
            """,
            ["M75.02"], [PT("97140", 12), PT("97110", 13)], []),

        // BMRH 97112 vestibular: Individual [X]; X1 viewing, head-turn walking, foam stance; R vestibular hypofunction; DGI and dynamic visual acuity; minutes match: passes.
        ["vord-h132-bmrh-vestibular-x1-grain-elevator"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (HERMISTON CLINIC)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 22 min — F. Orozco PT
            Delivery: Individual [X]  Concurrent [ ]  Group [ ]
            X1 viewing against the busy background, walking with head turns, feet together on foam eyes open and closed.
            Impairment: R vestibular hypofunction, dizzy looking up the grain elevator leg.
            Objective: DGI 17/24; dynamic visual acuity lost 3 lines.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // BMRH 97112 + 97116 in two brackets (23 and 15), both match; Individual [X]; perturbations and foam stepping; cane gait with distance; postural control and short steps after a stroke; Berg: passes.
        ["vord-h132-bmrh-nmr-and-gait-two-brackets"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 23 min — M. Ashby PT
            Delivery: Individual [X]  Concurrent [ ]  Group [ ]
            Perturbations in standing, foam stepping L leg leading, tandem with a hand on the counter.
            [97116] Gait training — 15 min — M. Ashby PT
            Cane gait on the hall and the ramp, cues for a longer R step.
            Impairment: postural control and short R step after the L CVA.
            Objective: Berg 43/56; 320 ft with the cane SBA.
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], []),

        // BMRH complete 97112 (Individual [X]; foam perturbations and tandem; postural control; Berg) sent with no diagnosis.
        ["vord-h132-bmrh-no-diagnosis"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 23 min — M. Ashby PT
            Delivery: Individual [X]  Concurrent [ ]  Group [ ]
            Perturbations on the foam, tandem walking with head turns.
            Impairment: postural control and slow stepping after the fall.
            Objective: Berg 46/56.
            """,
            [], [PT("97112", 23)], [Dx]),

        // RBC complete 97112 ("One-on-one: (Y)"; rocker board and perturbations; ankle proprioception; rocker seconds) with the claim's diagnosis cell reading "per DC": not a well-formed ICD-10-CM code.
        ["vord-h132-rbc-dx-per-dc"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 22 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            One-on-one:  (Y) / N
            Rocker board eyes closed, perturbations on the foam.
            Deficit: L ankle proprioception after the sprain.
            Rocker board 13 sec.
            """,
            ["per DC"], [PT("97112", 22)], [Dx]),

        // BHSS PTA "97110 Ther ex | … | 25 min" on a 15-min line (the patient's paid session with the strength coach counted in): mismatch on 97110; otherwise complete (goblet squats, step-ups, sled pushes with doses; quad and hip weakness).
        ["vord-h132-bhss-pta-25-on-15-trainer-time-counted"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            97110 Ther ex | Mikayla Schade PTA | 25 min
            Ther ex: goblet squats 15 lb 3x10, step-ups to an 8 inch box 3x10, sled pushes 4x40 ft.
            Deficit: R quad and hip weakness after the R TKA.
            Then his paid session with Cole Janssen on the training floor.
            """,
            ["Z96.651"], [PTA("97110", 15)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
