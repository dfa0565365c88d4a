using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The ninety-ninth held-out set for issue 18 (read notes the way therapists write them), written blind by an outside
/// reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who had
/// not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set is a random week of safety-net outpatient rehabilitation — a federally qualified health centre's PT clinic
/// (sliding-fee tiers, walk-ins, a promotora or community health worker in the room, phone interpreters by ID
/// number), a street-medicine and shelter-clinic programme (PT in a shelter's multipurpose room, dining room, chapel,
/// dorm and back stairwell, at a medical respite house and a day centre, with belongings in the room, a case manager,
/// missed and rescheduled visits, improvised equipment, shoes and socks given out and foot care) and a public county
/// hospital's outpatient rehabilitation department (long waitlists, dual-eligible Medicare and Medicaid patients, bus
/// vouchers and Medicaid vans, PM&amp;R and DPT residents rotating through) — with the social context written into
/// the note beside the treatment (no fixed address, a car slept in, bus passes, cold weather and ice, a friend or a
/// caseworker who came along, a dog in the lobby, a shopping cart parked by the door), about two thirds ordinary and
/// complete (67 of 104), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a
/// PT resident's and a PTA's code on one visit and a PT's and an OT's code on one morning), by PTs, PTAs and OTs, from
/// three employers:
/// <list type="number">
/// <item>a federally qualified health centre's physical therapy ("Valle Verde Community Health Center — Integrated
/// Care", VVCHC: the Toppenish, Wapato, Sunnyside and Granger clinics in Washington's Yakima Valley) writing an
/// integrated-care visit note — clinic, date, scheduled or walk-in, the sliding-fee tier, the language and the phone
/// interpreter's ID, the promotora or community health worker in the room, SDOH screening lines for housing, food and
/// transport (some as [X] boxes), then "PT — Tx: 97112 · 23 min", "PT — Impairment:", "PT — Measured:", "PT — Plan:",
/// bilingual headings ("97112 Reeducación neuromuscular", "Códigos / min" with minute boxes) and the Visit type boxes:
/// orchard pruners and pickers on a stepladder with a canvas picking bag, packing-house sorters turning from the belt
/// to the bins, an asparagus cutter crouching in the rows, a hop-yard stringer tying twine overhead, a milker on the
/// parlour steps, a community-garden plot, a sack of rice and a food-bank box, Mixteco and Purépecha speakers with the
/// phone line on speaker, a granddaughter who came along, a walk-in slot opened by a no-show, and the clinic's own
/// named programmes — "Pasos Firmes" (a Spanish-language Otago-based balance programme in levels), "Espalda Fuerte" (a
/// lifting class) and "De Vuelta al Campo" (a return-to-orchard circuit);</item>
/// <item>a street-medicine programme's shelter clinic ("Lakeshore Street Medicine — Shelter Clinic PT", LSM: the Holton
/// Street men's shelter, Marigold House for women and families, Juniper House medical respite and the Kinnickinnic day
/// centre in Milwaukee) whose one-page paper form is typed in later by a programme aide — "[typed from the paper form
/// …]", "Seen at:", "Guest:", "CM:", "Belongings:", "Shoes/socks given: ☑ …", "Foot check: ☑ …", "TX: 97116 — 22
/// min", "WHY:", "NUMBERS:", "NEXT:" and a "TIME (CPT / min): 97116 / 20" row: a folded blanket or a rolled rubber mat
/// for foam, a broom handle as a wand and an obstacle, a gallon water jug as a weight, a folding chair, the bottom stair
/// of the back stairwell, a bunk ladder, the dining-room tables and a tray in the supper line, a spoon held out as a
/// target, a rolled pair of socks tossed and caught, ice cleats and a "penguin walk" across the side lot at 24°F, the
/// shelter's "Bunk Stretch" sheet, bed numbers, a state ID from the DMV, a housing voucher, the nurse's foot clinic
/// before PT, a 128-Hz fork and a 10-g monofilament;</item>
/// <item>a public county hospital's outpatient rehabilitation ("Arkansas Valley County Hospital — Outpatient
/// Rehabilitation", AVCH: Pueblo, Colorado) on an older EMR with all-capitals section names — "PT DAILY NOTE", "DOS:",
/// "MRN:", "FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)", "WAITLIST:", "TRANSPORT:", "INTERPRETER:", "RESIDENT:",
/// "ONE-ON-ONE:", "INTERVENTIONS:", "ASSESSMENT:", "OBJECTIVE:", "PLAN:" and a "CHARGES:" block with dot leaders: CF&amp;I
/// mill retirees, a church food-pantry volunteer, the State Fair grounds, chile peeled and bagged at the counter, a
/// Pueblo Transit bus step and the front ramp to the bus stop, a no-show by the van, NDT handling at key points, LSVT
/// BIG, Mulligan SNAGs, mirror therapy by the OT, two bathroom scales under the feet, a PM&amp;R resident observing and
/// a DPT neuro resident treating under a supervising PT.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h99-…): one-on-one in these writers' own words ("Rosa was the only patient I treated during the
/// 97112. Lupe stayed in the room for the Spanish; she is our staff, not a patient", "1:1 — one guest, one PT for the
/// whole 97112. Tasha stood in the doorway; she was not treated", "Direct one-on-one contact for all billed neuro re-ed
/// time. Dr. Kwan observed only and treated no one", "Just Dwayne and me at the table in the back room for all of the
/// neuro re-ed — Ray and the dog stayed out front", "Individual PT — no other patient treated while I was with Don
/// Efraín"), notes that negate it (two walk-ins, a man and his brother-in-law, run through the stepping drills side by
/// side, two guests at the dining tables with the therapist alternating, a PTA also supervising a second patient on the
/// NuStep, a PTA alternating between a husband and his wife who is also on the caseload) or never state it (a respite
/// room with a sleeping roommate and a case manager dropping by, a phone interpreter on speaker), and the codes without
/// a one-on-one check (only 97112 is the one-on-one code in the shipped medicare profile): a 97110 stretch circle of
/// five guests on folding chairs and a 97530 lifting class of four orchard and warehouse workers;</item>
/// <item>class 2 (v2-h99-…): boxes, fields and blanks: "Visit type: [X] individual PT (1:1) [ ] group class", "[ ]
/// individual PT [X] group class", "ONE-ON-ONE CONTACT (Y/N): ___" left blank and answered "Y — PT and patient only",
/// "Shoes/socks given: ☑ … Foot check: ☑ …" and "Equipment (improvised): ☑ folding chair ☑ rolled blanket …" beside
/// complete notes, "WHY (problem): ____" left blank with no deficit anywhere, "NUMBERS: ____" left blank with no
/// number, "Códigos / min: 97110 [ 16 ] 97530 [ 10 ]" and the same boxes with the second left empty, "TRANSPORT: [X]
/// BUS VOUCHER" and "INTERPRETER: [X] PHONE" boxes, and an integrated-care note whose SDOH lines are filled in and whose
/// PT fields are blank;</item>
/// <item>class 3 (v3-h99-…): named programmes and methods as techniques (Pasos Firmes level C, Alfredson eccentric heel
/// drops off the stairwell's bottom step with a backpack for load, Mulligan SNAGs with a towel, NDT / Bobath
/// facilitation at key points, LSVT BIG's maximal daily exercises, Kaltenborn grade III hip distraction on a respite
/// bed, mirror therapy, the "De Vuelta al Campo" ladder circuit, the penguin walk on ice), the shelter's "Bunk Stretch"
/// sheet with no dose and Pasos Firmes level B with no deficit;</item>
/// <item>class 4 (v4-h99-…): deficits stated as findings in these writers' terms (a man who stops on the second rung of
/// his top-bunk ladder and sleeps in a lobby chair, a woman who can't stand in the supper line without a hand on the
/// wall, an asparagus cutter who has to crawl to his knees to get up, a sorter who loses her balance turning from the
/// belt to the bins, a man who leans on the wall twice between the bus stop and the clinic door, a pantry volunteer who
/// can't lift a case of cans to the top shelf, a woman who lay on the respite bathroom floor until the overnight aide
/// came, a man who catches his toe on the front ramp, a gardener who can't kneel in her plot) and notes that state none
/// (a county discharge with "NO ACTIVE PROBLEMS. ALL GOALS MET.", a shelter form's "WHY: — nothing left to work on", an
/// FQHC recheck with "Impairment: none found");</item>
/// <item>class 5 (v5-h99-…): measures as these writers take them (a sharpened Romberg and a 128-Hz fork at the great
/// toe, the five-times sit-to-stand, Berg and TUG after thirteen weeks on the waitlist, a 10MWT with a hemi-walker,
/// Jamar grip and cuts with the pruning shears, the 30-second chair stand from a folding chair, knee goniometry before
/// and after mobilisation, the FGA with freezes at turns) and notes with none ("says the shoes we gave him help",
/// "Lupe says he is walking to the tienda again", "REPORTS LESS STIFFNESS. IMPROVING.", "looked steadier getting on
/// and off the commode; the overnight aide agrees");</item>
/// <item>class 6 (v6-h99-…): minutes in these writers' forms (bilingual headings with each code's minutes, a paper
/// form's "TIME (CPT / min): 97116 / 20 97110 / 12", a CHARGES block with dot leaders, a PT resident's 97112 and a
/// PTA's 97110 on one visit, a PT's 97116 and an OT's 97530 on one morning with one van, clock ranges on each code's
/// line, three codes at a respite house, minutes in parentheses after each block) and true mismatches (35 against 23,
/// a PTA's 30 against 18, a second code's 28 against 15) and truly missing separate time ("TOTAL TREATMENT TIME: 41
/// MIN", "Time with guest: 38 min (stairs and gait)", a second code with no minutes);</item>
/// <item>class 7 (v7-h99-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (hip and knee strengthening with a gallon water jug in a shelter), 97530
/// (lifting a sack of rice and carrying food-bank bags), 97140 (talocrural glides after a trimalleolar fracture) and
/// 97116 (gait with a rollator from a respite house to the corner store), a wholly generic one-line 97112, a generic
/// paper form with a 97110 and a 97530 and minutes for each, and a generic county OT 97530;</item>
/// <item>ordinary (vord-h99-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (438.20) on the claim, a
/// generic two-code note with only a total, a PTA's exercise minutes that differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — promotoras, a community health
/// worker, phone interpreters and their ID numbers, case managers, a programme aide, a shelter nurse, an overnight
/// aide, PM&amp;R residents by their postgraduate year and a DPT resident (staff, none of them a patient; the
/// brother-in-law at the bars, the second guest at the dining tables, the patient on the NuStep, the wife on the same
/// bus and the class and circle members are), a granddaughter, a sister, a son, a grandson, a niece, a friend with a
/// dog and a friend who carried the bags; ages, MRNs, bed and room numbers, sliding-fee tiers, weeks on a waitlist, bus
/// routes and vouchers, a van's pick-up time of day, temperatures in °F, pairs of socks and shoe sizes, rungs,
/// flights, feet and pounds, a 128-Hz fork and a 10-g monofilament, oxygen in litres, dates of earlier visits and
/// missed ones — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes
/// are written next to the code, in its block's heading, in a minute box or as a clock range on the code's own line;
/// no note gives minutes to a visit, a drill, a rest, a wait, a bus ride or a test, except the three that give the
/// visit a total (or the whole time with the guest one number) instead of each code's minutes, which are failed for
/// that. The notes failed for want of a measure carry no number but their code and its minutes.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes the
/// measure check only on an objective measure with a number and fails it only when the note has no number but its code,
/// its minutes and numbers that are plainly something else; for the other codes a dose (sets, repetitions, load, hold,
/// distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver or
/// staff escort in the room does not undo a one-on-one statement, another patient treated in the same block does, and a
/// therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out an SDOH answer (no housing, food running out, no ride) as a note's only deficit, a foot
/// check, a nail trim by the nurse or shoes and socks given out as the only thing done on a line, an improvised piece of
/// equipment ticked in a box as the only technique, a promotora's, interpreter's or case manager's presence as the only
/// word on one-on-one, an interpreter's ID, a bed number or a voucher count as the only number, minutes of a wait, a
/// bus or van ride or a no-show, whether a walk-in on a sliding-fee scale or a shelter visit is a covered Medicare
/// outpatient service at all, whether a resident's minutes under a supervising therapist are billable and under whose
/// name (supervision and coverage questions, not the note's), whether a stretch circle's 97110 or a lifting class's
/// 97530 belongs on 97150 (a coding question), and whether a PT's and an OT's minutes on one morning overlap (no note
/// here is a co-treatment).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 88 of 104 cases agree (102 needed), and 10 of the 67 notes the reviewer passes got a finding, on the analyzer of cb506a0 (the start of the 2026-12-06 sixteenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 104 of 104, no false positive — a shelter clinic's "guest" as its patient; "no other patient treated while I was with Don Efraín"; "Only Doña Juana and me in the gym for the 97112" and "Don"/"Doña" as titles; a social-needs screen's lines (housing, food, transport) as no deficit; signs "held up" as no service withheld; "Time with guest: 38 min" as a total; vocabulary (nudges, reaching beyond the base of support, stops and starts walking, a bunk ladder).</para>
/// </summary>
public class HeldOutNotesIssue18NinetyNinthTests(ITestOutputHelper output)
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

        // VVCHC Toppenish, a packing-house retiree with two falls on the gravel: "Rosa was the only patient I treated during the 97112. Lupe stayed in the room for the Spanish; she is our staff, not a patient"; foam stance eyes closed, unannounced pushes at the pelvis, head-turn walking with stops; late short backward stepping and slow ankle strategy; Berg and second steps; 23 min matches: passes.
        ["v1-h99-vvchc-toppenish-only-patient-promotora-in-room"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Toppenish clinic · Physical Therapy · 03/04/2026 · scheduled
            Patient: Rosa Elena Maldonado, 67 · Spanish · sliding fee: tier B
            Promotora in room: Lupe Cárdenas (VVCHC community health worker)
            SDOH screen —
              Housing: stable, rents a trailer behind her son's house
              Food: ran short at the end of the month twice this winter; food bank list given
              Transport: no car; Lupe drove her today
            PT — S: two falls in the warehouse parking lot in January; "se me van los pies"
            on the gravel.
            Rosa was the only patient I treated during the 97112. Lupe stayed in the room
            for the Spanish; she is our staff, not a patient.
            PT — Tx: 97112 Neuromuscular re-ed · 23 min
             · standing on the blue foam pad, feet together, eyes open then closed
             · my unannounced pushes at the pelvis, forward and back, to bring out a step
             · walking the hallway with head turns to read Lupe's picture cards, stopping
               on command
            PT — Impairment: postural control — her ankle strategy is slow and her
            stepping response comes late and short going backward; she leans on vision
            PT — Measured: Berg 44/56 (39/56 at her eval on 2/4); needed a second step on
            5 of 10 backward pushes
            PT — Plan: twice a week through March; Spanish home sheet
            M. Ybarra, PT, DPT
            """,
            ["R29.6", "Z91.81"], [PT("97112", 23)], []),

        // VVCHC Wapato walk-ins: "Mr. Sánchez and his brother-in-law, Mr. Luna (also my patient, knee), came together, and I ran them through the stepping drills side by side at the parallel bars, going back and forth between them" - another patient inside the block; cone step-overs to taped targets, rocker board, tandem at the bar; proprioception and postural control after a knee replacement; tandem seconds and Berg present: one-on-one missing.
        ["v1-h99-vvchc-wapato-two-walkins-side-by-side"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Wapato clinic · Physical Therapy · 03/04/2026 · walk-in
            Patient: Ignacio Sánchez, 71 · Spanish · sliding fee: tier A
            SDOH screen — Housing: lives with his daughter · Food: no concerns ·
            Transport: rides with his brother-in-law
            Two walk-ins this afternoon: Mr. Sánchez and his brother-in-law, Mr. Luna (also
            my patient, knee), came together, and I ran them through the stepping drills
            side by side at the parallel bars, going back and forth between them.
            PT — Tx: 97112 · 22 min
             · stepping over a row of cones forward and sideways to a step length taped
               on the floor
             · standing on the rocker board, weight shifts front to back
             · tandem walking along the bar
            PT — Impairment: proprioception and postural control after his L knee
            replacement; he sways and grabs the bar in tandem
            PT — Measured: tandem stance 6 sec R in front / 3 sec L in front; Berg 47/56
            D. Whitefoot, PT
            """,
            ["Z96.652", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // LSM Holton St men's shelter, paper form typed in later: "1:1 — one guest, one PT for the whole 97112. Tasha stood in the doorway; she was not treated" (the case manager); a folded blanket for foam with eyes closed, reaching to a spoon held out as a target, reactive steps to nudges; somatosensory loss from alcohol neuropathy; eyes-closed seconds and monofilament sites; 24 min matches: passes.
        ["v1-h99-lsm-holton-one-guest-cm-in-the-doorway"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide, the next morning;
            original in the binder]
            Date: 3/4/26        Seen at: Holton St men's shelter — multipurpose room
            Guest: Leonard "Lenny" Kraus, 58        Housing: shelter bed 41 since November
            CM: Tasha W. — in the doorway
            Belongings: two duffels and a sleeping bag by the chairs
            1:1 — one guest, one PT for the whole 97112. Tasha stood in the doorway; she
            was not treated.
            TX: 97112 — 24 min
             - standing on a folded blanket (for foam), feet together, eyes open then
               closed
             - reaching out to a spoon I held in all directions, eyes on the spoon
             - reactive steps when I nudged him at the hips
            WHY: somatosensory loss in both feet (alcohol neuropathy); he stands wide,
            watches his feet and sways hard with his eyes closed
            NUMBERS: feet together on the blanket eyes closed 8 sec; 10-g monofilament
            felt at 3 of 10 sites R, 4 of 10 L
            NEXT: Thurs 3/5 if he's in; missed last Thursday (day labor)
            PT: J. Kowalski, PT
            """,
            ["G62.1", "Z59.01"], [PT("97112", 24)], []),

        // LSM Marigold House dining room: "Did Keisha and Ms. Fuentes together at the dining tables — both on my list today; I alternated between them through the stepping and reaching drills" - another patient inside the block; stage-edge step-ups, reaches to cups outside the base, side-stepping along the table; ataxic postural control after a cerebellar stroke; tandem and SARA present: one-on-one missing.
        ["v1-h99-lsm-marigold-two-guests-at-the-dining-tables"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26        Seen at: Marigold House (women and families) — dining room
            after lunch
            Guest: Keisha Bryant, 61        CM: Marcus B. — not present
            Belongings: rolling cart with her bags, kept by her chair
            Did Keisha and Ms. Fuentes together at the dining tables — both on my list
            today; I alternated between them through the stepping and reaching drills.
            TX: 97112 — 20 min
             - step-ups and step-downs at the edge of the dining-room stage with a light
               touch on the rail
             - reaching across the table to cups set out beyond her base of support
             - side-stepping along the table edge, then letting go of it
            WHY: postural control after her R cerebellar stroke — ataxic, wide-based, she
            overshoots her reaches
            NUMBERS: tandem 4 sec; SARA 12/40
            PT: N. Adeyemi, PT, DPT
            """,
            ["I69.393", "Z59.01"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // LSM Juniper House medical respite, a man out of the hospital after a hip fracture: a roommate asleep and the case manager dropping by with ID paperwork, and nothing states one-on-one or individual treatment; weight shifts onto the L at the walker, soft-surface stance on the bathroom rug, stop-and-go doorway turns; proprioception and late stepping; TUG and single-leg seconds present: one-on-one missing.
        ["v1-h99-lsm-juniper-respite-never-stated"] = new(
            """
            LAKESHORE STREET MEDICINE — JUNIPER HOUSE MEDICAL RESPITE (12 beds)
            PT visit · typed from the paper form · 3/4/26
            Guest: Arthur Simmons, 69 — to respite from the hospital after a L hip
            fracture, ORIF 2/14; slept outside before that
            Room 6, bed by the window; roommate asleep; Marcus (CM) came by with his ID
            paperwork
            TX: 97112 — 22 min
             - weight shifts at the walker onto the L leg, then stepping the R foot forward
               and back
             - standing on the bathroom rug for a soft surface, eyes on the door
             - turning in the doorway with the walker, stop-and-go on my call
            WHY: poor weight acceptance and proprioception on the L; hesitant, late
            stepping on turns
            NUMBERS: TUG with the walker 24.1 sec (31.8 sec on 2/25); single-leg stance
            L 2 sec
            NEXT: Friday; respite nurse to reinforce weight-bearing as tolerated
            PT: J. Kowalski, PT
            """,
            ["S72.002D", "Z59.02"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // AVCH county EMR, a dual-eligible mill retiree off an eleven-week waitlist: "ONE-ON-ONE: Direct one-on-one contact for all billed neuro re-ed time. Dr. Kwan observed only and treated no one" (a PM&R resident); announced and unannounced pushes, stepping to floor targets, Airex with head turns; delayed short backward step and poor reactive balance; Mini-BESTest and losses of balance; 25 min matches: passes.
        ["v1-h99-avch-direct-contact-resident-observed"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: ARCHULETA, BENNIE  (73 Y)      MRN: 00418827
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            TRANSPORT: BUS VOUCHERS (RIDE IN, RIDE HOME) GIVEN AT THE FRONT DESK
            RESIDENT: DR. H. KWAN, PM&R PGY-2 — OBSERVING
            SUBJECTIVE: Retired from the CF&I mill. Off the waitlist after 11 weeks. Two
            falls on his back steps since Christmas.
            ONE-ON-ONE: Direct one-on-one contact for all billed neuro re-ed time. Dr. Kwan
            observed only and treated no one.
            INTERVENTIONS:
             NEUROMUSCULAR RE-ED (97112) 25 MIN
              - perturbations in standing: my pushes at the sternum and pelvis, announced,
                then unannounced
              - stepping strategy: quick steps to the floor targets on my call
              - standing on the Airex with head turns right and left
            ASSESSMENT: postural control - delayed, short backward step; he relies on a
            hip strategy; poor reactive balance
            OBJECTIVE: Mini-BESTest 16/28; lost his balance on 4 of 8 backward pushes
            PLAN: 2X/WK X 6 WKS. Home: stepping drill at the kitchen counter.
            T. MAESTAS, PT
            """,
            ["R29.6", "R26.81"], [PT("97112", 25)], []),

        // AVCH PTA note: "CONCURRENT: PTA also supervising a second patient on the NuStep at the next station during this block" - attention divided; step taps to a step, narrow stance on foam eyes closed, ball toss in semi-tandem; proprioception and postural control with diabetic neuropathy; 4-stage balance and FGA present: one-on-one missing.
        ["v1-h99-avch-pta-concurrent-nustep"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PTA DAILY NOTE                                  DOS: 03/04/2026
            PATIENT: LUCERO, DOLORES  (68 Y)      MRN: 00533190
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            TRANSPORT: MEDICAID VAN, PICK-UP AT 1:30 PM
            CONCURRENT: PTA also supervising a second patient on the NuStep at the next
            station during this block.
            INTERVENTIONS:
             NEUROMUSCULAR RE-ED (97112) 23 MIN
              - alternating step taps to a 6-in step, no hands
              - narrow-base standing on foam, eyes closed
              - ball toss and catch in semi-tandem
            ASSESSMENT: impaired proprioception and postural control, L more than R, from
            diabetic neuropathy
            OBJECTIVE: 4-stage balance test: semi-tandem 10 sec, tandem 3 sec; FGA 17/30
            PLAN: per POC. Supervising PT: G. Montoya, PT, NCS
            L. VIGIL, PTA
            """,
            ["E11.42", "R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // VVCHC Sunnyside, a retired farmer dizzy backing the tractor out, with a Spanish phone interpreter (ID 418806) on speaker: nothing states one-on-one or individual treatment; gaze stabilisation sitting and standing, head-turn walking with pivots, foam with head nods; R vestibular hypofunction; DGI and dynamic visual acuity present: one-on-one missing.
        ["v1-h99-vvchc-phone-interpreter-never-stated"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Sunnyside clinic · Physical Therapy · 03/04/2026 · scheduled
            Patient: Teodoro Pérez, 74 · Spanish · sliding fee: tier C
            Interpreter: phone line, Spanish, ID 418806 — on speaker the whole visit
            SDOH screen — Housing: stable · Food: SNAP · Transport: dial-a-ride, booked a
            day ahead
            PT — S: dizzy when he turns to back the tractor out of the shed; quit driving
            in December.
            PT — Tx: 97112 · 21 min
             · gaze stabilisation: eyes on a card while he turns his head side to side,
               sitting, then standing
             · walking the hallway with head turns on my call, then pivot turns to the R
               and to the L
             · standing on foam with head nods
            PT — Impairment: R vestibular hypofunction after vestibular neuritis; unsteady
            on head turns, he veers to the R
            PT — Measured: DGI 15/24; dynamic visual acuity: 3 lines lost with head turns
            D. Whitefoot, PT
            """,
            ["H81.21"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // LSM Holton St Wednesday stretch circle of five guests on folding chairs, led by a PTA: 97110 has no one-on-one check; towel hamstring stretch and wall calf stretch with holds, sit-to-stands and seated marching with a gallon water jug with sets and reps; low back and hamstring tightness and hip weakness after sleeping sitting up in a bus shelter; sit-to-stands without hands; 18 min matches: passes.
        ["v1-h99-lsm-stretch-circle-of-five-97110"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26        Seen at: Holton St men's shelter — multipurpose room,
            Wednesday morning stretch circle
            Guest: Curtis Wade, 66        Housing: shelter bed 12
            Circle of 5 guests on folding chairs; I led from the middle.
            TX: 97110 — 18 min
             - seated hamstring stretch with a towel, 3 x 30 sec each leg
             - calf stretch at the wall, 3 x 30 sec each
             - sit-to-stand from the folding chair, 3 x 8
             - seated marching with a gallon water jug on the thigh, 2 x 15
            WHY: low back and hamstring tightness and hip weakness after sleeping sitting
            up in a bus shelter most of the winter; can't get up off the low cot without
            pushing on his knees
            NUMBERS: sit-to-stand without hands 6 of 8 (2 of 8 two weeks ago)
            PT: R. Sandoval, PTA
            """,
            ["M54.50", "M62.81", "Z59.01"], [PTA("97110", 18)], []),

        // VVCHC Granger "Espalda Fuerte" Wednesday lifting class of four orchard and warehouse workers with the CHW handing out Spanish sheets: 97530 has no one-on-one check; hip-hinge crate lifts, carrying the crate to a pallet, half-kneel to stand with pruning shears, with counts and loads; low back pain with hip extensor weakness; lifts with a hinge and kneel-to-stands; 24 min matches: passes.
        ["v1-h99-vvchc-granger-lifting-class-of-four-97530"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Granger clinic · PT class "Espalda Fuerte" (Wednesday lifting class) · 03/04/2026
            Patient: Agustín Ramírez, 66 · Spanish · sliding fee: tier B
            Class of 4 orchard and warehouse workers; Felipe Robles (CHW) handed out the
            Spanish sheets.
            PT — Tx: 97530 · 24 min
             · lifting a 25-lb apple crate from the floor to the table with a hip hinge,
               3 × 6
             · carrying the crate 40 ft and setting it on a pallet
             · half-kneel to stand with the pruning shears in hand, 2 × 5 each side
            PT — Impairment: low back pain with hip extensor weakness; he lifts with a
            round back and can't come up from kneeling at the trees without a hand on the
            trunk
            PT — Measured: 6 of 6 crate lifts with a hip hinge on the last set (2 of 6 on
            2/18); half-kneel to stand with no hand 4 of 5 R, 2 of 5 L
            M. Ybarra, PT, DPT
            """,
            ["M54.50", "M62.81"], [PT("97530", 24)], []),

        // LSM Kinnickinnic day centre, a man who sleeps in his car by the lake: "Just Dwayne and me at the table in the back room for all of the neuro re-ed — Ray and the dog stayed out front" (his friend kept the dog in the lobby); heel-to-shin and finger-to-nose to a metronome, stepping to numbered tape marks, narrow stance at the counter; truncal and limb ataxia; SARA and called marks; 21 min matches: passes.
        ["v1-h99-lsm-day-centre-friend-kept-the-dog"] = new(
            """
            LAKESHORE STREET MEDICINE — KINNICKINNIC DAY CENTER, back room
            PT visit · typed from the paper form · 3/4/26
            Guest: Dwayne Tillman, 55 · no fixed address (sleeps in his car near the lake)
            Came with: his friend Ray, who kept Bandit (Dwayne's dog) in the lobby
            Just Dwayne and me at the table in the back room for all of the neuro re-ed —
            Ray and the dog stayed out front.
            TX: 97112 — 21 min
             - heel-to-shin and finger-to-nose, slowly to a metronome on my phone, then
               faster
             - stepping to numbered tape marks on the floor on my call, eyes up
             - narrow standing at the counter with one hand, then none
            WHY: ataxia — truncal and limb, after years of drinking; he overshoots, walks
            wide-based and can't time his steps
            NUMBERS: SARA 14/40 (16/40 on 2/11); 7 of 10 steps landed on the called mark
            PT: N. Adeyemi, PT, DPT
            """,
            ["G31.2", "Z59.02"], [PT("97112", 21)], []),

        // VVCHC Wapato, a Mixteco speaker rescheduled after a missed ride, with a phone interpreter (ID 771520) and his granddaughter by the door: "Individual PT — no other patient treated while I was with Don Efraín"; weighted sit-to-stand onto the R, foam step-ons, reaches with the R foot on a step; R hemiparetic motor control with knee snapping back; five-times sit-to-stand and step counts; 24 min matches: passes.
        ["v1-h99-vvchc-mixteco-interpreter-individual-pt"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Wapato clinic · Physical Therapy · 03/04/2026 · scheduled (rescheduled from
            2/25 — no ride)
            Patient: Efraín Bautista, 69 · Mixteco (Spanish second) · sliding fee: tier A
            Interpreter: phone, Mixteco, ID 771520 · granddaughter Yesenia, 16, came along
            SDOH screen — Housing: farm-labor housing, shared unit · Food: no concerns ·
            Transport: no ride on 2/25; van voucher booked for the next visit
            Individual PT — no other patient treated while I was with Don Efraín; the
            interpreter was on speaker and Yesenia sat by the door.
            PT — Tx: 97112 · 24 min
             · sit-to-stand with his weight shifted onto the R foot, my hand cueing the R
               knee
             · stepping forward with the R onto a foam pad and back, then with the L
             · standing with the R foot up on a step, reaching for cones to the R
            PT — Impairment: R hemiparesis after a stroke in October — poor motor control
            and weight acceptance on the R; the knee snaps back in stance
            PT — Measured: five-times sit-to-stand 19.6 sec; knee snapped back on 3 of 10
            steps (8 of 10 in January)
            D. Whitefoot, PT
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // AVCH PTA note: "stair drills and stepping with Mr. Baca and Mrs. Baca together, alternating between them" (his wife is also on the caseload after a knee replacement) - another patient inside the block; step-ups with controlled lowering, lateral steps over a cane, stop-and-go walking; postural control and ankle proprioception after an ankle fracture; Berg and single-leg seconds present: one-on-one missing.
        ["v1-h99-avch-pta-alternated-with-his-wife"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PTA DAILY NOTE                                  DOS: 03/04/2026
            PATIENT: BACA, RUBEN  (77 Y)      MRN: 00390412
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            TRANSPORT: CITY BUS, ROUTE 7; VOUCHER FOR THE RIDE HOME
            SUBJECTIVE: His wife Carmen is also on our caseload (R TKA); they come on the
            same bus.
            INTERVENTIONS:
             NEUROMUSCULAR RE-ED (97112) 22 MIN - stair drills and stepping with Mr. Baca
             and Mrs. Baca together, alternating between them:
              - step-ups to a 4-in, then a 6-in step, no rail, controlled lowering
              - lateral stepping over a cane laid on the floor
              - stops and starts walking the hall on my call
            ASSESSMENT: postural control and L ankle proprioception after a L ankle
            fracture; late, short recovery steps
            OBJECTIVE: Berg 45/56; single-leg stance L 4 sec / R 11 sec
            PLAN: per POC. Supervising PT: T. Maestas, PT
            L. VIGIL, PTA
            """,
            ["S82.892D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: boxes, fields and blanks

        // VVCHC Sunnyside "Visit type: [X] individual PT (1:1) [ ] group class [ ] BH warm handoff" with SDOH boxes (food ran out, missed care for lack of a ride) beside the PT sections; rocker board hands off, stepping to a star pattern, tandem walking with head turns; postural control and ankle proprioception; Berg and tandem steps; 22 min matches: passes.
        ["v2-h99-vvchc-visit-type-individual-box"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Sunnyside clinic · 03/04/2026
            Patient: María de Jesús Ochoa, 70 · Spanish · sliding fee: tier C
            Visit type:   [X] individual PT (1:1)   [ ] group class   [ ] BH warm handoff
            Interpreter:  [ ] phone   [X] bilingual PT        Promotora: [ ] in room
            SDOH —  Housing [ ] at risk   Food [X] ran out in the last 12 months
                    Transport [X] missed care for lack of a ride
            PT — Tx: 97112 · 22 min
             · rocker board side to side, then front to back, hands off the bar
             · stepping to a star pattern taped on the floor with the R, then the L
             · tandem walking down the hall with head turns
            PT — Impairment: postural control and ankle proprioception; she sways out of
            tandem and reaches for the wall when she turns her head
            PT — Measured: Berg 46/56; tandem walk 6 steps before a side-step (3 steps on
            2/18)
            M. Ybarra, PT, DPT (bilingual)
            """,
            ["R26.81", "M17.0"], [PT("97112", 22)], []),

        // VVCHC Toppenish "Visit type: [ ] individual PT [X] group class (Wednesday balance class, 5 patients)" with the promotora in the room - a group; rocker board, foam-beam step-overs, ball catches in semi-tandem; postural control with somatosensory loss from diabetic neuropathy; semi-tandem seconds and Berg present: one-on-one missing.
        ["v2-h99-vvchc-visit-type-group-box"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Toppenish clinic · 03/04/2026
            Patient: Cipriano Flores, 72 · Spanish · sliding fee: tier A
            Visit type:   [ ] individual PT   [X] group class (Wednesday balance class,
                          5 patients)   [ ] BH warm handoff
            Promotora:    [X] in room — Chayo Mendoza
            SDOH —  Housing [X] overcrowded   Food [ ] concerns   Transport [X] clinic van
            PT — Tx: 97112 · 22 min
             · rocker board front to back at the bar
             · step-overs of the foam beam, forward and sideways
             · catching a ball in semi-tandem
            PT — Impairment: postural control with diabetic neuropathy — somatosensory
            loss in both feet; he watches his feet
            PT — Measured: semi-tandem 12 sec; Berg 48/56
            D. Whitefoot, PT
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // AVCH "ONE-ON-ONE CONTACT (Y/N): ___" and "RESIDENT: ___" left blank and nothing else states one-on-one; PNF D1 and D2 leg patterns with rhythmic stabilisation at the pelvis, step-stance weight shifts; L hemiparesis with poor recruitment and a buckling knee; Berg and buckles present: one-on-one missing.
        ["v2-h99-avch-one-on-one-field-left-blank"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: MARTINEZ, ELOY  (70 Y)      MRN: 00612245
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            ONE-ON-ONE CONTACT (Y/N): ___
            RESIDENT: ___
            INTERVENTIONS:
             NEUROMUSCULAR RE-ED (97112) 24 MIN
              - PNF D1 and D2 patterns of the L leg in standing at the rail, rhythmic
                stabilization at the pelvis
              - weight shifts onto the L in step stance, my hand at the L knee
            ASSESSMENT: L hemiparesis after a R MCA stroke; poor motor recruitment of the
            L gluteals and quad; the knee buckles in stance
            OBJECTIVE: Berg 39/56; L knee buckled on 2 of 10 step-throughs
            PLAN: per POC
            G. MONTOYA, PT, NCS
            """,
            ["I69.354"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // AVCH "ONE-ON-ONE CONTACT (Y/N): Y — PT and patient only for the 97112", the DPT resident not present; gaze stabilisation (X1 viewing) sitting and on foam, head-turn and nod walking, bending for a cone and standing up; L vestibular hypofunction after labyrinthitis; DGI and DVA; 23 min matches: passes.
        ["v2-h99-avch-one-on-one-field-answered-yes"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: SALAZAR, LUPE  (66 Y)      MRN: 00587730
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            ONE-ON-ONE CONTACT (Y/N): Y — PT and patient only for the 97112
            RESIDENT: DPT NEURO RESIDENT S. PATEL - NOT PRESENT TODAY
            INTERPRETER: NONE NEEDED
            INTERVENTIONS:
             NEUROMUSCULAR RE-ED (97112) 23 MIN
              - gaze stabilization (X1 viewing), target on the wall, sitting, then
                standing on foam
              - walking with horizontal head turns, then with vertical nods
              - bending to pick a cone up off the floor and standing back up, eyes on a
                target
            ASSESSMENT: L vestibular hypofunction after labyrinthitis; oscillopsia and
            veering with head movement
            OBJECTIVE: DGI 17/24; DVA: 3 lines lost
            PLAN: per POC
            T. MAESTAS, PT
            """,
            ["H83.02"], [PT("97112", 23)], []),

        // LSM Holton St paper form "Shoes/socks given: ☑ wool socks (2 pr) ☑ shoes — size 11 W ☐ insoles" and "Foot check: ☑ done ☐ refer to RN" (not treatment): gait training in the new shoes with a cane on the hall, the stairwell landing and the salted side lot, cued heel-first and a longer L step; short L step and shuffling after an ankle fracture; distance, SBA and toe catches; 22 min matches: passes.
        ["v2-h99-lsm-shoes-socks-and-foot-check-boxes-97116"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Holton St men's shelter — multipurpose room
            Guest: Howard Jenkins, 63       Housing: shelter, top bunk (asked CM for a
            bottom bunk)
            Shoes/socks given: ☑ wool socks (2 pr)  ☑ shoes — donation closet, size 11 W
                               ☐ insoles
            Foot check: ☑ done   ☐ refer to RN for nails     skin intact, no blisters
            TX: 97116 — 22 min
             - gait training in the new shoes with his cane: the hallway, the back
               stairwell landing and the icy side lot (salted)
             - cued a heel-first step and a longer L step; turning without a shuffle
            WHY: short L step and a slow shuffling gait after a L ankle fracture last
            fall; he catches the L toe on the door sills
            NUMBERS: 2 x 250 ft with the cane, SBA; no toe catches in the new shoes (3 in
            his old boots last week)
            PT: J. Kowalski, PT
            """,
            ["S82.892D", "R26.2"], [PT("97116", 22)], []),

        // LSM Marigold House chapel form with "WHY (problem): ____" left blank and no deficit, system or condition named anywhere; one guest stated; folded-blanket stance eyes closed, reactive steps to nudges, stepping over hymnals laid on the floor; eyes-closed seconds and nudges: deficit missing.
        ["v2-h99-lsm-why-line-left-blank"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Marigold House — the chapel (chairs pushed back)
            Guest: Wanda Pruitt, 59
            CM: Tasha W. — not present
            Belongings: a backpack and a garbage bag of clothes by the door
            1:1 — Wanda was the only guest I treated; nobody else in the chapel.
            TX: 97112 — 21 min
             - standing on a folded blanket, feet together, eyes closed
             - reactive steps to my nudges at the shoulders
             - stepping over a row of hymnals laid on the floor, eyes up
            WHY (problem): ______________________________
            NUMBERS: eyes closed on the blanket 12 sec; one step to recover on 6 of 10
            nudges
            PT: N. Adeyemi, PT, DPT
            """,
            ["R26.81", "Z59.01"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // LSM Holton St form with "NUMBERS: ____" left blank on a 97112 otherwise complete (one guest, one PT; tandem on a tape line, gym-mat stance eyes closed and with head turns, unannounced pushes; somatosensory loss and postural control): no number in the note but the code and its minutes - measure missing.
        ["v2-h99-lsm-numbers-line-left-blank"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Seen at: Holton St men's shelter — multipurpose room
            Guest: Raymond Oakes
            CM: Marcus B. — came in at the end to talk about housing
            One guest, one PT for the whole neuro re-ed — nobody else treated.
            TX: 97112 — 23 min
             - tandem stance and tandem walking along the tape line on the floor
             - standing on the folded gym mat, eyes closed, then with head turns
             - reactive steps to my pushes at the pelvis, unannounced
            WHY: somatosensory loss in both feet and poor postural control; he falls
            back toward his heels and can't catch himself
            NUMBERS: ______________________
            PT: J. Kowalski, PT
            """,
            ["G62.1", "Z59.01"], [PT("97112", 23)], [At(Measure, "97112")]),

        // VVCHC Granger walk-in with minute boxes "Códigos / min: 97110 [ 16 ] 97530 [ 10 ]", both match; sit-to-stands, side-lying abduction, bridges and step-ups with doses; kneeling on a cushion as to weed her yard and carrying a laundry basket with counts; R knee OA with quad and hip abductor weakness; 30-second chair stand and kneel-to-stands: passes.
        ["v2-h99-vvchc-codes-and-minutes-boxes-both-filled"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Granger clinic · Physical Therapy · 03/04/2026 · walk-in (sliding fee: tier B)
            Patient: Esperanza Villa, 68 · Spanish
            SDOH —  Housing: stable   Food: food bank on Thursdays   Transport: walks; bus
                    pass given today
            Códigos / min:   97110 [ 16 ]   97530 [ 10 ]
            PT — Ejercicio / 97110: sit-to-stand from a low chair 3 × 10; side-lying hip
            abduction 3 × 12 each; bridges 3 × 12; step-ups on a 6-in step 2 × 10 each
            PT — Actividad / 97530: getting down to kneel on a cushion and back up, as she
            does to weed her yard, 5 times; carrying a full laundry basket 30 ft, 3 trips
            PT — Impairment: R knee osteoarthritis with quad and hip abductor weakness;
            she can't get up from kneeling without pulling on a chair
            PT — Measured: 30-second chair stand 9 (7 on 2/18); kneel to stand with one
            hand on her knee, 5 of 5
            M. Ybarra, PT, DPT
            """,
            ["M17.11"], [PT("97110", 16), PT("97530", 10)], []),

        // VVCHC Wapato "Códigos / min: 97140 [ 12 ] 97110 [    ]" - the second box left empty: separate time missing; both parts complete (cervical lateral glides and STM to the trapezius and levator; chin tucks, band retraction and wall angels with doses; neck pain with limited R rotation lifting the pruning loppers overhead; rotation degrees before and after).
        ["v2-h99-vvchc-codes-and-minutes-second-box-empty"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Wapato clinic · Physical Therapy · 03/04/2026 · scheduled
            Patient: Jesús Aguilar, 65 · Spanish · sliding fee: tier B
            SDOH —  Housing: stable   Food: no concerns   Transport: drives
            Códigos / min:   97140 [ 12 ]   97110 [    ]
            PT — Manual / 97140: cervical lateral glides, grade III, at the mid-cervical
            segments; STM to the R upper trapezius and levator scapulae
            PT — Ejercicio / 97110: chin tucks 2 × 10; scapular retraction with the yellow
            band 3 × 15; wall angels 2 × 10
            PT — Impairment: neck pain and stiffness with R cervical rotation limited;
            lifting the pruning loppers overhead hurts
            PT — Measured: R rotation 45° → 58° after the glides
            D. Whitefoot, PT
            """,
            ["M54.2", "M47.812"], [PT("97140", 12), PT("97110", 14)], [SepTime]),

        // AVCH "TRANSPORT: [X] BUS VOUCHER [ ] MEDICAID VAN [ ] SELF/FAMILY" and "INTERPRETER: [X] PHONE — SPANISH, ID 552091" boxes (not treatment): bus-height step-ups with the rail, low sit-to-stands without the armrest, carrying a grocery bag, with counts and loads; bilateral quad and hip weakness after a pneumonia stay; step-ups with SBA and sit-to-stands; 24 min matches: passes.
        ["v2-h99-avch-transport-and-interpreter-boxes-97530"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: GALLEGOS, FRANCES  (81 Y)      MRN: 00271958
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            TRANSPORT:    [X] BUS VOUCHER   [ ] MEDICAID VAN   [ ] SELF/FAMILY
            INTERPRETER:  [X] PHONE — SPANISH, ID 552091   [ ] IN PERSON   [ ] NONE
            INTERVENTIONS:
             THERAPEUTIC ACTIVITIES (97530) 24 MIN
              - up and down a bus-height step with the rail, as on the Pueblo Transit
                bus, 8 reps
              - sit to stand from a low couch height (17 in) without pushing on the
                armrest, 3 x 5
              - carrying a 5-lb grocery bag from the counter to the table, 6 trips
            ASSESSMENT: bilateral quad and hip weakness after a hospital stay for
            pneumonia; she can't get on the bus unless the driver kneels it
            OBJECTIVE: bus step with the rail and SBA, 8 of 8; low sit to stand with no
            hands 9 of 15
            PATIENT RESPONSE: TOLERATED WELL.
            PLAN: per POC
            T. MAESTAS, PT
            """,
            ["M62.81", "J18.9"], [PT("97530", 24)], []),

        // VVCHC integrated-care note whose SDOH lines are filled in (sleeping in his truck, food running out, missed rides) and whose PT fields are blank but for "Activities per plan. Tolerated well." on a 97530: no activity, deficit or measure named and no number but the code and its minutes.
        ["v2-h99-vvchc-sdoh-filled-pt-fields-blank-97530"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Sunnyside clinic · Physical Therapy · walk-in
            SDOH —  Housing: sleeping in his truck since October
                    Food: runs out most weeks; food bank list given
                    Transport: the truck, when there's gas; missed visits for that
            PT — Tx: 97530 · 20 min — activities per plan. Tolerated well.
            PT — Impairment: ______________________
            PT — Measured: ______________________
            PT — Plan: continue POC
            """,
            ["M62.81", "Z59.02"], [PT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // LSM Holton St form "Equipment (improvised): ☑ folding chair ☑ rolled blanket ☑ back stairwell ☐ band ☑ broom handle" with "Only Earl and me in the room for the whole 97112 — I treated no other guest"; rolled-blanket stance eyes closed with a broom handle held level, PNF trunk chops and lifts with rhythmic stabilisation, stepping up the bottom stair without the rail; postural control with L hemiparesis; Berg and tandem seconds; 24 min matches: passes.
        ["v2-h99-lsm-improvised-equipment-boxes"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Holton St men's shelter — multipurpose room
            Guest: Earl Nowicki, 70       Housing: shelter bed 8
            Equipment (improvised): ☑ folding chair  ☑ rolled blanket  ☑ back stairwell
                                    ☐ band  ☑ broom handle
            Only Earl and me in the room for the whole 97112 — I treated no other guest.
            TX: 97112 — 24 min
             - standing on the rolled blanket, eyes open then closed, the broom handle held
               level across both hands
             - PNF trunk chops and lifts with the broom handle in standing, rhythmic
               stabilization at the shoulders
             - stepping up and down the bottom stair of the back stairwell without the
               rail, eyes up
            WHY: postural control with L hemiparesis after a stroke two years ago; he
            leans off the L and steps late to the L
            NUMBERS: Berg 42/56 (37/56 in January); 4-stage balance: tandem 5 sec
            PT: J. Kowalski, PT
            """,
            ["I69.354", "Z59.01"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // VVCHC Toppenish walk-in brought by the promotora from the senior meal site: Pasos Firmes (the clinic's Spanish-language Otago-based balance programme) level C named and described (tandem stance and walking, one-leg stance, backwards and sideways walking, heel and toe walking); "Pasos Firmes done 1:1 today — Doña Teresa ... was my only patient for the block"; slow ankle strategy and poor single-leg stability; 4-stage balance and Berg; 23 min matches: passes.
        ["v3-h99-vvchc-pasos-firmes-level-c"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Toppenish clinic · Physical Therapy · 03/04/2026 · walk-in
            Patient: Teresa Gómez, 76 · Spanish · sliding fee: tier A
            Promotora: Chayo Mendoza brought her over from the senior meal site
            Pasos Firmes done 1:1 today — Doña Teresa came in as a walk-in and was my only
            patient for the block.
            PT — Tx: 97112 · 23 min — Pasos Firmes (our Spanish-language, Otago-based
            balance program), level C:
             · tandem stance, then tandem walking along the counter, hands off
             · one-leg stance at the counter, fingertip touch, then none
             · backwards walking, and sideways walking with a cross-over step
             · heel walking and toe walking down the hall
            PT — Impairment: postural control — a slow ankle strategy and poor
            single-leg stability; she touches the counter every time she turns
            PT — Measured: 4-stage balance test: tandem 8 sec, one-leg 3 sec R / 2 sec L;
            Berg 47/56
            PT — Plan: level C home sheet in Spanish; Chayo will go over it with her at
            the meal site
            M. Ybarra, PT, DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // LSM Holton St back stairwell: Alfredson eccentric heel drops off the bottom stair, straight and bent knee, 3 x 15 each with his backpack on for load, and a wall calf stretch with holds; running shoes from the donation closet; R mid-portion Achilles tendinopathy from walking all day in worn boots; single-leg heel raises; 19 min matches: passes.
        ["v3-h99-lsm-alfredson-heel-drops-on-the-stairwell-97110"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Holton St men's shelter — the back stairwell
            Guest: Terrence Boyd, 52       Walks all day between the meal sites and the
            library in worn-out work boots
            Shoes/socks given: ☑ socks  ☑ running shoes from the donation closet, size 10
            TX: 97110 — 19 min
             - Alfredson eccentric heel drops off the bottom stair: up on both, down
               slowly on the R; straight knee 3 x 15, bent knee 3 x 15, with his backpack
               on for load
             - calf stretch against the stairwell wall, 3 x 30 sec
            WHY: R mid-portion Achilles tendinopathy; pain with the first steps out of
            the shelter in the morning and on the stairs
            NUMBERS: single-leg heel raises R 12 / L 22; pain on the heel drops 4/10
            PT: N. Adeyemi, PT, DPT
            """,
            ["M76.61"], [PT("97110", 19)], []),

        // AVCH with a PM&R PGY-3 observing in his rotation's second week: Mulligan SNAGs for R cervical rotation at C5-6 with a towel, 3 sets of 6, and STM to the levator and upper trapezius; a man who can't turn to check his mirror; R rotation limited with facet stiffness; rotation degrees and pain before and after; 12 min matches: passes.
        ["v3-h99-avch-mulligan-snags-resident-observing-97140"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: TAFOYA, ROBERT  (67 Y)      MRN: 00744016
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            RESIDENT: DR. A. OKONKWO, PM&R PGY-3 — OBSERVING (ROTATION WEEK 2)
            SUBJECTIVE: Can't turn his head to check his mirror; has stopped driving his
            grandson to school.
            INTERVENTIONS:
             MANUAL THERAPY (97140) 12 MIN
              - Mulligan SNAGs, cervical rotation to the R at C5-6, patient-active, a towel
                over the spinous process, 3 sets of 6
              - STM to the R levator scapulae and upper trapezius
            ASSESSMENT: R cervical rotation limited and painful; facet stiffness at C5-6
            OBJECTIVE: R rotation 42° before / 60° after; pain on rotation 6/10 → 3/10
            PLAN: per POC; self-SNAG with a towel at home
            T. MAESTAS, PT
            """,
            ["M47.812", "M54.2"], [PT("97140", 12)], []),

        // AVCH, an SSDI-and-Medicaid patient referred in November: NDT / Bobath handling named and described (facilitation at key points, pelvis and thorax, for weight shift onto the R; step stance with R hip extension guided; facilitated sit-to-stand); "Mr. Valdez had me to himself the whole neuro re-ed; his sister waited in the lobby"; R hemiparesis with poor motor control and weight acceptance; kilograms on two bathroom scales and Berg; 24 min matches: passes.
        ["v3-h99-avch-ndt-facilitation-at-key-points"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: VALDEZ, ORLANDO  (62 Y)      MRN: 00801177
            FIN CLASS: MEDICARE (SSDI) / MEDICAID (DUAL ELIGIBLE)
            WAITLIST: REFERRED IN NOVEMBER, FIRST VISIT 2/11
            ONE-ON-ONE: Mr. Valdez had me to himself the whole neuro re-ed; his sister
            waited in the lobby.
            INTERVENTIONS:
             NEUROMUSCULAR RE-ED (97112) 24 MIN - NDT / BOBATH HANDLING:
              - facilitation at key points (pelvis and thorax) for weight shift onto the R
                in standing
              - step stance on the R, my hands guiding R hip extension while the L steps
                forward and back
              - sit to stand with facilitation for symmetric loading
            ASSESSMENT: R hemiparesis after a L MCA stroke; poor motor control and weight
            acceptance on the R, trunk shortened on the R
            OBJECTIVE: two bathroom scales in quiet standing: 31 kg R / 49 kg L (24 kg R
            on 2/11); Berg 36/56
            PLAN: per POC
            G. MONTOYA, PT, NCS
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // AVCH, LSVT BIG by a DPT neuro resident with the supervising PT in the gym: maximal daily exercises named (floor to ceiling, side to side, steps and rocks, big and fast on the count) and a functional component at a car-seat mock-up; "S. Patel treated Mr. Quintana alone — one patient, one therapist, all of the 97112"; Parkinson's hypokinesia and poor postural responses; TUG and steps over 10 m; 25 min matches: passes.
        ["v3-h99-avch-lsvt-big-by-the-neuro-resident"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: QUINTANA, ALBERT  (71 Y)      MRN: 00650381
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            RESIDENT: DPT NEURO RESIDENT S. PATEL, PT — TREATING; G. MONTOYA, PT, NCS
            SUPERVISING IN THE GYM
            ONE-ON-ONE: S. Patel treated Mr. Quintana alone — one patient, one therapist,
            all of the 97112.
            INTERVENTIONS:
             NEUROMUSCULAR RE-ED (97112) 25 MIN - LSVT BIG:
              - maximal daily exercises: floor to ceiling, side to side, forward step,
                sideways step, backward step, forward rock, sideways rock, each big and
                fast on my count
              - functional component: getting up out of the car-seat mock-up and walking
                big to the door
            ASSESSMENT: Parkinson's hypokinesia and bradykinesia; short shuffling steps,
            slow turns, poor postural responses
            OBJECTIVE: TUG 12.9 sec (16.4 sec at eval); 10 m walk in 14 steps (19 at eval)
            PLAN: 4x/wk per the LSVT BIG protocol; rides booked through the Medicaid van
            line
            S. PATEL, PT (NEURO RESIDENT) / G. MONTOYA, PT, NCS
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // LSM Juniper House respite: Kaltenborn long-axis distraction of the L hip, grade III, with a belt, and an inferior glide in flexion, with holds; L hip OA in a capsular pattern, can't lift the leg into the respite bed; IR and flexion degrees before and after; 13 min matches: passes.
        ["v3-h99-lsm-kaltenborn-distraction-on-the-respite-bed-97140"] = new(
            """
            LAKESHORE STREET MEDICINE — JUNIPER HOUSE MEDICAL RESPITE (12 beds)
            PT visit · typed from the paper form · 3/4/26
            Guest: Gloria Henning, 64 — in respite after a cellulitis admission; no fixed
            address before that
            Room 3; her belongings in two bins under the bed
            TX: 97140 — 13 min
             - Kaltenborn long-axis distraction of the L hip, grade III, belt around my
               hips, 5 x 30 sec
             - inferior glide in 90° of hip flexion, grade III, 3 x 30 sec
            WHY: L hip osteoarthritis, capsular pattern — internal rotation and flexion
            limited; she can't lift the L leg into the respite bed without her hands
            NUMBERS: L hip IR 8° → 15°, flexion 92° → 101°
            PT: J. Kowalski, PT
            """,
            ["M16.12"], [PT("97140", 13)], []),

        // VVCHC Sunnyside "De Vuelta al Campo" (the clinic's return-to-orchard circuit) named and described: climbing a stepladder with a canvas picking bag loaded with sand, emptying it into a bin, a row walked over uneven mats, with counts and loads; L rotator cuff weakness after a partial tear, can't reach the high fruit; ladder trips with SBA and active flexion degrees; 22 min matches: passes.
        ["v3-h99-vvchc-de-vuelta-al-campo-ladder-circuit-97530"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Sunnyside clinic · Physical Therapy · 03/04/2026
            Patient: Rogelio Cuevas, 66 · Spanish · sliding fee: tier B
            SDOH — Housing: stable · Food: no concerns · Transport: drives; gas money is
            tight
            PT — Tx: 97530 · 22 min — "De Vuelta al Campo" (our return-to-orchard circuit):
             · climbing the clinic's 6-ft stepladder with a canvas picking bag loaded with
               15 lb of sand: 3 rungs up, reach high, 3 rungs down; 6 trips
             · emptying the bag into a bin at waist height, 6 times
             · walking a 40-ft "row" over the uneven floor mats carrying the bag
            PT — Impairment: L shoulder rotator cuff weakness after a partial tear; he
            can't reach overhead to the high fruit, and the bag strap pulls the L shoulder
            down
            PT — Measured: 6 of 6 ladder trips with SBA; L shoulder active flexion 150°
            (128° on 2/11)
            D. Whitefoot, PT
            """,
            ["M75.112"], [PT("97530", 22)], []),

        // AVCH OT, mirror therapy named and described (the L hand hidden behind a mirror box while she watches the R hand's reflection through wrist extension, opposition and grasp-release, both hands moving together, then the L hand out of the box); "OT with Mrs. Serna alone for the whole 97112"; L hand paresis with poor recruitment of the wrist and finger extensors; Box and Block and wrist degrees; 22 min matches: passes.
        ["v3-h99-avch-ot-mirror-therapy-97112"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            OT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: SERNA, CONSUELO  (64 Y)      MRN: 00829341
            FIN CLASS: MEDICARE (SSDI) / MEDICAID (DUAL ELIGIBLE)
            TRANSPORT: BUS VOUCHERS (RIDE IN, RIDE HOME)
            ONE-ON-ONE: OT with Mrs. Serna alone for the whole 97112.
            INTERVENTIONS:
             NEUROMUSCULAR RE-ED (97112) 22 MIN - MIRROR THERAPY:
              - mirror box on the table, L hand hidden behind it; she watched the R
                hand's reflection through wrist extension, finger opposition and
                grasp-release of cones, moving both hands together
              - then the L hand out of the box for the same tasks, cued to watch it
            ASSESSMENT: L hand paresis after a R MCA stroke; poor motor recruitment of
            the L wrist and finger extensors
            OBJECTIVE: Box and Block L 9 (5 on 2/11) / R 48; active L wrist extension 20°
            D. TRUJILLO, OTR/L
            """,
            ["I69.334"], [OT("97112", 22)], []),

        // LSM Holton St side lot at 24°F with ice cleats given out, a PTA: gait training with the "penguin walk" named and described (short flat-footed steps, weight over the front foot) on the icy lot, then normal stepping on the salted walk and the bus-stop curb with a cane; short R step and no push-off after frostbite toe amputations; distance, assist and curbs; 20 min matches: passes.
        ["v3-h99-lsm-penguin-walk-on-the-icy-lot-97116"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Holton St men's shelter — the side lot and the
            sidewalk to the bus stop
            Weather: 24°F, packed snow and ice on the lot, the walk salted
            Guest: Walter Grzelak, 67       Frostbite last winter — R 2nd to 4th toes
            amputated in April
            Shoes/socks given: ☑ wool socks  ☑ pull-on ice cleats
            TX: 97116 — 20 min
             - gait training with the "penguin walk" (short flat-footed steps, weight over
               the front foot, arms out) across the icy lot, then normal stepping on the
               salted walk
             - stepping up and down the bus-stop curb with the cane
            WHY: short R step and no push-off through the R forefoot since the toe
            amputations; a wide shuffling gait, and he slips on ice
            NUMBERS: 2 x 200 ft on the icy lot with the cane and cleats, CGA, then SBA on
            the second pass; curb up and down x 4, SBA
            PT: R. Sandoval, PTA
            """,
            ["Z89.421", "T34.821S"], [PTA("97116", 20)], []),

        // LSM Marigold House, the shelter's "Bunk Stretch" sheet (hamstring stretch on the cot's edge, wall calf stretch, half-kneel hip flexor stretch, trunk rotation and chin tucks) with no sets, reps, hold or number but the code and its minutes; low back pain with tight hamstrings and hip flexors after weeks of sleeping in her car: measure missing.
        ["v3-h99-lsm-bunk-stretch-sheet-no-dose-97110"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Seen at: Marigold House — dining room, after the breakfast clean-up
            Guest: Bernice Coleman
            CM: Tasha W. — stopped in with her bus pass
            TX: 97110 — 17 min — the shelter's "Bunk Stretch" sheet:
             - hamstring stretch sitting on the edge of the cot
             - calf stretch against the wall
             - hip flexor stretch in half-kneel on a folded blanket
             - seated trunk rotation and chin tucks
            WHY: low back pain and stiffness with tight hamstrings and hip flexors after
            weeks of sleeping in her car before she got a bed here
            NUMBERS: — (did the whole sheet with me)
            PT: N. Adeyemi, PT, DPT
            """,
            ["M54.50", "Z59.01"], [PT("97110", 17)], [At(Measure, "97110")]),

        // VVCHC Wapato, Pasos Firmes level B (tandem stance and walking, sideways and backwards walking, one-leg stance with fingertip touch) with "Only Doña Juana and me in the gym for the 97112"; Berg and tandem steps, but no impairment, system or condition named anywhere: deficit missing.
        ["v3-h99-vvchc-pasos-firmes-level-b-no-impairment"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Wapato clinic · Physical Therapy · 03/04/2026 · scheduled
            Patient: Juana Torres, 73 · Spanish · sliding fee: tier A
            SDOH — Housing: stable · Food: no concerns · Transport: the promotora drove her
            Only Doña Juana and me in the gym for the 97112 — Lupe (promotora) waited at
            the front desk.
            PT — Tx: 97112 · 22 min — Pasos Firmes level B:
             · tandem stance at the counter, then tandem walking
             · sideways walking and backwards walking down the hall
             · one-leg stance with fingertip touch
            PT — Measured: Berg 50/56; tandem walk 10 steps without a side-step
            PT — Plan: level B home sheet; recheck in two weeks
            D. Whitefoot, PT
            """,
            ["Z91.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // LSM Holton St dorm: he can't climb the ladder to his assigned top bunk — stops on the second rung when the L knee gives, backs down and sleeps in a lobby chair - the finding, with L quad weakness and poor knee control after a tibial plateau fracture; bunk-ladder climbs, step-ups to the bunk frame and getting onto the mattress, with counts and assist; 23 min matches: passes.
        ["v4-h99-lsm-cant-climb-to-his-top-bunk-97530"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Holton St men's shelter — dorm B, at his bunk (the
            dorm empty mid-morning)
            Guest: Marvin Pettaway, 60       Housing: assigned a top bunk; bottom-bunk
            request pending with the CM
            What he can't do: climb the ladder to his top bunk — he stops on the second
            rung, his L knee gives, and he backs down and sleeps in a chair in the lobby.
            TX: 97530 — 23 min
             - climbing the bunk ladder with both hands on the rails, L foot leading up,
               R leading down, my hand at his belt
             - step-ups from the floor onto the bottom bunk's frame (16 in), 3 x 6
             - getting from the ladder's top rung onto the mattress and back
            WHY: L quad weakness and poor L knee control after a L tibial plateau fracture
            NUMBERS: all 4 rungs and onto the mattress 3 times with CGA (stopped at rung 2
            last week); 18 step-ups to the frame with SBA
            PT: J. Kowalski, PT
            """,
            ["S82.142D"], [PT("97530", 23)], []),

        // LSM Marigold House dining room: she can't stand in the supper line without a hand on the wall, sways when people brush past her tray and has dropped it twice - the finding, with postural control and somatosensory loss named; narrow stance with a loaded tray and unannounced nudges, side-stepping along the serving counter, rolled-mat stance with head turns; "She was the only guest I treated during the 97112; her friend Dot watched from a table"; tray kept level and tandem; 22 min matches: passes.
        ["v4-h99-lsm-cant-stand-in-the-supper-line"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Marigold House — dining room, before supper set-up
            Guest: Lorraine Hubbard, 71       Housing: Marigold House since January
            What she can't do: stand in the supper line without a hand on the wall — she
            sways when people brush past her tray, and she has dropped it twice.
            She was the only guest I treated during the 97112; her friend Dot watched from
            a table.
            TX: 97112 — 22 min
             - standing in a narrow stance holding a loaded tray while I brushed past and
               nudged her shoulder, unannounced
             - stepping sideways along the serving counter with the tray
             - standing on the rolled rubber mat, eyes on a target, then turning her head
            WHY: postural control — somatosensory loss in her feet (B12 deficiency) and
            slow reactive steps
            NUMBERS: kept the tray level on 6 of 10 nudges without a hand to the wall (2 of
            10 on 2/18); tandem 5 sec
            PT: N. Adeyemi, PT, DPT
            """,
            ["E53.8", "R26.81"], [PT("97112", 22)], []),

        // VVCHC Granger with the promotora in the room: he can't get back up after crouching in the asparagus rows to cut — has to crawl to his knees and push off the bucket, and cutting starts in April - the finding; deep squats to a crate with a dowel for the knife, half-kneel to stand, carrying a bucket and setting it down in a squat, with counts and loads; bilateral knee OA with quad weakness and limited flexion; squats without a hand and flexion degrees; 24 min matches: passes.
        ["v4-h99-vvchc-cant-get-up-in-the-asparagus-rows-97530"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Granger clinic · Physical Therapy · 03/04/2026
            Patient: Nicolás Herrera, 65 · Spanish · sliding fee: tier B
            SDOH — Housing: stable · Food: ran short in January · Transport: rides with his
            crew
            Promotora: Lupe Cárdenas in the room
            What he can't do: get back up after crouching in the asparagus rows to cut —
            he has to crawl onto his knees and push off the bucket. Cutting starts again in
            April.
            PT — Tx: 97530 · 24 min
             · deep squat to a low crate and back up holding the cutting knife (a wooden
               dowel), 3 × 8
             · half-kneel to stand without a hand, alternating legs, 3 × 5
             · carrying a 20-lb bucket along the hallway mats and setting it down in a
               squat, 6 trips
            PT — Impairment: bilateral knee OA with quad weakness and limited knee
            flexion, R more than L
            PT — Measured: squat to the crate and up without a hand 7 of 8 on the last
            set; R knee flexion 112°
            M. Ybarra, PT, DPT
            """,
            ["M17.0"], [PT("97530", 24)], []),

        // VVCHC Toppenish walk-in, a packing-house sorter: she loses her balance turning from the sorting belt to the bins and gets dizzy looking down the line at the moving apples - the finding, with L vestibular hypofunction and visual motion sensitivity named; head-and-eyes-first turns to a bin, optokinetic habituation with a striped towel, gaze stabilisation; "Individual session — I treated no one else while I was with her"; DGI and turns; 23 min matches: passes.
        ["v4-h99-vvchc-loses-her-balance-turning-from-the-belt"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Toppenish clinic · Physical Therapy · 03/04/2026 · walk-in
            Patient: Graciela Ruiz, 66 · Spanish · sliding fee: tier C
            Interpreter: phone, Spanish, ID 309927
            SDOH — Housing: doubled up with her sister's family · Food: SNAP · Transport:
            walked over in the rain
            What happens at work: she loses her balance turning from the sorting belt to
            the bins, and she gets dizzy looking down the line at the moving apples.
            Individual session — I treated no one else while I was with her; the
            interpreter was on the phone.
            PT — Tx: 97112 · 23 min
             · turning from the counter to a bin behind her with her head and eyes
               leading, both directions
             · watching a striped towel pulled across the table while standing, then
               stepping (optokinetic habituation)
             · gaze stabilisation: a card on the wall, head turns side to side in standing
            PT — Impairment: L vestibular hypofunction with visual motion sensitivity;
            postural instability on turns
            PT — Measured: DGI 16/24 (13/24 on 2/11); lost her balance on 2 of 8 turns to
            the bin
            D. Whitefoot, PT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // AVCH: he can't walk from the bus stop on Orman Ave to the front door without stopping to lean on the wall twice, legs heavy and numb - the finding, with lumbar stenosis and neurogenic claudication named; gait with a rollator then a cane down the hall and out to the bus stop, cued upright trunk and longer steps; flexed trunk and short steps; distance, rests and SBA; 22 min matches: passes.
        ["v4-h99-avch-cant-walk-from-the-bus-stop-97116"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: CORDOVA, MANUEL  (74 Y)      MRN: 00659903
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            TRANSPORT: CITY BUS, ROUTE 4; BUS VOUCHER FOR THE RIDE HOME
            SUBJECTIVE: Can't walk from the bus stop on Orman Ave to our front door without
            stopping to lean on the wall twice; his legs go heavy and numb.
            INTERVENTIONS:
             GAIT TRAINING (97116) 22 MIN
              - gait with a rollator, then a cane, down the clinic hall and out along the
                front walk to the bus stop and back
              - cued an upright trunk and longer steps, leaning on the rollator only when
                the legs go heavy
            ASSESSMENT: lumbar spinal stenosis with neurogenic claudication; flexed trunk,
            short steps, slow cadence
            OBJECTIVE: bus stop to the front door, 380 ft with the rollator, one standing
            rest, SBA (two rests on 2/18)
            PLAN: per POC
            T. MAESTAS, PT
            """,
            ["M48.062"], [PT("97116", 22)], []),

        // AVCH PTA: she volunteers Saturdays at the church food pantry and can't lift a case of canned goods onto the top shelf anymore - the finding, with R rotator cuff weakness and scapular dyskinesis named; scaption, side-lying ER, band rows and wall slides with loads, sets and reps; flexion degrees and ER strength; 21 min matches: passes.
        ["v4-h99-avch-cant-lift-the-case-of-cans-at-the-pantry-97110"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PTA DAILY NOTE                                  DOS: 03/04/2026
            PATIENT: ROMERO, IRENE  (69 Y)      MRN: 00562287
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            SUBJECTIVE: Volunteers Saturdays at the church food pantry; can't lift a case of
            canned goods onto the top shelf anymore and has to leave it for the younger
            volunteers.
            INTERVENTIONS:
             THERAPEUTIC EXERCISE (97110) 21 MIN
              - scaption to shoulder height with 2 lb, 3 x 10
              - side-lying ER with 1 lb, 3 x 12
              - rows with the red band, 3 x 15
              - wall slides, 2 x 10
            ASSESSMENT: R rotator cuff weakness and scapular dyskinesis; she shrugs to lift
            above shoulder height
            OBJECTIVE: R shoulder flexion 140° active; ER strength 4-/5
            PLAN: per POC. Supervising PT: T. Maestas, PT
            L. VIGIL, PTA
            """,
            ["M75.101"], [PTA("97110", 21)], []),

        // LSM Juniper House respite: she slid to the bathroom floor on Sunday night and couldn't get up, and lay there until the overnight aide found her on rounds - the finding; floor recovery through side-sit, hands and knees and half-kneel with the bed frame and the shower chair, toilet-height sit-to-stands at the grab bar, with counts and assist; hip extensor and quad weakness with low endurance; floor-to-standing with min A and SpO2; 21 min matches: passes.
        ["v4-h99-lsm-respite-couldnt-get-up-off-the-floor-97530"] = new(
            """
            LAKESHORE STREET MEDICINE — JUNIPER HOUSE MEDICAL RESPITE (12 beds)
            PT visit · typed from the paper form · 3/4/26
            Guest: Shirley Daniels, 72 — in respite after a hospital stay for a COPD flare;
            she had been staying with her nephew until he moved
            What happened: she slid to the bathroom floor on Sunday night and couldn't get
            up — she lay there until the overnight aide found her on rounds.
            TX: 97530 — 21 min
             - floor recovery: lying to side-sit to hands and knees to half-kneel and up
               with the bed frame, 3 times
             - the same using the shower chair, 2 times
             - sit-to-stand from toilet height with the grab bar, 2 x 5
            WHY: hip extensor and quad weakness with low endurance; she can't push up from
            half-kneel
            NUMBERS: floor to standing 3 of 3 with min A at half-kneel (could not do it at
            all on 2/25); SpO2 stayed at 91% or above on 2 L
            PT: N. Adeyemi, PT, DPT
            """,
            ["J44.1", "M62.81"], [PT("97530", 21)], []),

        // AVCH with the PM&R resident in for the AFO check: he catches his R toe on the front ramp and trips at the curb at the bus stop, and fell outside the Family Dollar last week - the finding; gait training with a new posterior-leaf AFO on the hall, the ramp and the curb, cued heel strike, stepping over a cane; R foot drop from a peroneal neuropathy; distance, SBA and toe catches; 24 min matches: passes.
        ["v4-h99-avch-catches-his-toe-on-the-front-ramp-97116"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: HERRERA, DANIEL  (58 Y)      MRN: 00790436
            FIN CLASS: MEDICARE (SSDI) / MEDICAID (DUAL ELIGIBLE)
            RESIDENT: DR. KWAN (PM&R PGY-2) IN FOR THE AFO CHECK
            SUBJECTIVE: Catches his R toe on our front ramp and trips at the curb at the
            bus stop; fell outside the Family Dollar last week.
            INTERVENTIONS:
             GAIT TRAINING (97116) 24 MIN
              - gait with his new R posterior-leaf AFO on the clinic hall, the front ramp
                and the curb at the bus stop
              - cued heel strike and knee flexion in swing; stepping over a cane on the
                floor
            ASSESSMENT: R foot drop from a peroneal neuropathy; steppage and toe drag
            without the AFO
            OBJECTIVE: 600 ft with the AFO and no device, SBA; ramp up and down x 3, curb
            x 4, no toe catches (3 catches without the AFO)
            PLAN: per POC; AFO wearing schedule given
            G. MONTOYA, PT, NCS
            """,
            ["M21.371", "G57.31"], [PT("97116", 24)], []),

        // VVCHC Sunnyside: she can't kneel down in her community-garden plot to plant and get back up — the L knee won't bend enough and kneeling hurts - the finding, with L knee OA, limited flexion and quad weakness named; heel slides, quad sets and straight-leg raises, mini-squats and bike rocking with doses; flexion degrees and a weighted SLR; 19 min matches: passes.
        ["v4-h99-vvchc-cant-kneel-in-her-garden-plot-97110"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Sunnyside clinic · Physical Therapy · 03/04/2026
            Patient: Alma Contreras, 69 · English and Spanish · sliding fee: tier C
            SDOH — Housing: stable · Food: grows vegetables in the clinic's community
            garden · Transport: walks; bus pass
            What she can't do: kneel down in her garden plot to plant and get back up —
            her L knee won't bend enough, and kneeling hurts.
            PT — Tx: 97110 · 19 min
             · heel slides with a strap, 3 × 10
             · quad sets and straight-leg raises, 3 × 12
             · mini-squats at the counter, 3 × 10
             · stationary bike, seat lowered a notch, rocking to full revolutions, 20
               revolutions
            PT — Impairment: L knee osteoarthritis with limited knee flexion and quad
            weakness
            PT — Measured: L knee flexion 98° (90° on 2/18); SLR 3 × 12 with 2 lb
            M. Ybarra, PT, DPT
            """,
            ["M17.12"], [PT("97110", 19)], []),

        // AVCH discharge visit "ASSESSMENT: NO ACTIVE PROBLEMS. ALL GOALS MET."; direct one-on-one stated; unannounced perturbations, tandem walking with head turns, single-leg stance on foam; Berg and Mini-BESTest; no impairment or system targeted: deficit missing.
        ["v4-h99-avch-no-active-problems-at-discharge"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DISCHARGE VISIT                              DOS: 03/04/2026
            PATIENT: LOVATO, JOSEPHINE  (70 Y)      MRN: 00455178
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            ONE-ON-ONE: Direct one-on-one contact for all of the 97112 — no other patient
            treated.
            INTERVENTIONS:
             NEUROMUSCULAR RE-ED (97112) 20 MIN
              - perturbations in standing, unannounced, in all directions
              - tandem walking with head turns
              - single-leg stance on foam
            OBJECTIVE: Berg 55/56; Mini-BESTest 26/28
            ASSESSMENT: NO ACTIVE PROBLEMS. ALL GOALS MET.
            PLAN: DISCHARGE TO HOME PROGRAM. Return if needed; no waitlist for a return.
            T. MAESTAS, PT
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // LSM Holton St PTA form "WHY: — nothing left to work on; walking like before. Discharged from PT"; gait training on the hall, the front steps and the sidewalk to the bus stop with no cane, curbs, cued a steady pace while talking; distance and mod I; no region, impairment or deviation targeted: deficit missing.
        ["v4-h99-lsm-why-nothing-left-to-work-on-97116"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Holton St men's shelter — the hallway and out to the
            bus stop on Holton
            Guest: Otis Freeman, 62       CM: Marcus B. — walked with us to the bus stop
            TX: 97116 — 20 min
             - gait training on the hallway, the front steps and the sidewalk to the bus
               stop and back, no cane
             - curb up and down at the corner; cued a steady pace while he talked with
               Marcus
            WHY: — nothing left to work on; walking like before. Discharged from PT; the CM
            has him on the list for a housing voucher.
            NUMBERS: 900 ft with no device, mod I; curb x 4, mod I
            PT: R. Sandoval, PTA
            """,
            ["S82.201D"], [PTA("97116", 20)], [At(Deficit, "97116")]),

        // VVCHC Granger recheck "PT — Impairment: none found on today's recheck"; "1:1 — Don Ramón was the only patient I treated during the neuro re-ed"; rocker board hands free, foam-beam step-overs, head-turn walking with quick stops; Berg and FGA; no impairment or system targeted: deficit missing.
        ["v4-h99-vvchc-recheck-impairment-none-found"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Granger clinic · Physical Therapy · 03/04/2026 · recheck
            Patient: Ramón Esparza, 68 · Spanish · sliding fee: tier B
            SDOH — Housing: stable · Food: no concerns · Transport: his son drove
            1:1 — Don Ramón was the only patient I treated during the neuro re-ed.
            PT — Tx: 97112 · 21 min
             · rocker board front to back and side to side, hands free
             · stepping over the foam beam forward and sideways
             · walking with head turns and quick stops on my call
            PT — Impairment: none found on today's recheck
            PT — Measured: Berg 54/56; FGA 28/30
            PT — Plan: discharge to the Pasos Firmes home sheet
            M. Ybarra, PT, DPT
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures as these writers take them, and notes with none

        // LSM Kinnickinnic day centre after the nurse's foot clinic (nails trimmed, socks changed, two pairs given): a sharpened Romberg in seconds and the 128-Hz fork at the great toe; "I worked with him by himself the whole time — nobody else in the back room"; folded-blanket stance eyes closed and semi-tandem, weight shifts to a yardstick, tape-line walking with stops; somatosensory loss from diabetic neuropathy; 22 min matches: passes.
        ["v5-h99-lsm-sharpened-romberg-and-the-tuning-fork"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Kinnickinnic day center — back room, after the
            nurse's foot clinic
            Guest: Franklin Moody, 64       No fixed address; sleeps at the warming room
            when it's under 20°F
            Foot care (RN Gail, before PT): nails trimmed; socks changed; ☑ 2 pr wool
            socks given
            I worked with him by himself the whole time — nobody else in the back room.
            TX: 97112 — 22 min
             - standing on the folded blanket, feet together, eyes closed, then semi-tandem
             - weight shifts forward and back to the edges of his base, a yardstick I held
               out as the target
             - walking on the tape line with eyes up, stopping on my call
            WHY: somatosensory loss in both feet from diabetic neuropathy; his sway climbs
            with his eyes closed
            NUMBERS: sharpened Romberg 4 sec (eyes closed); vibration at the great toe
            with the 128-Hz fork: absent R, 3 sec L
            PT: N. Adeyemi, PT, DPT
            """,
            ["E11.42", "Z59.02"], [PT("97112", 22)], []),

        // VVCHC Wapato with the promotora in the room: five-times sit-to-stand 17.2 sec without hands against 22.9 sec with hands; weighted sit-to-stands, band hip abduction and extension and heel raises with doses; hip and knee extensor weakness after a January hospital stay; 18 min matches: passes.
        ["v5-h99-vvchc-five-times-sit-to-stand-97110"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Wapato clinic · Physical Therapy · 03/04/2026 · scheduled
            Patient: Leticia Morales, 72 · Spanish · sliding fee: tier A
            Promotora: Chayo Mendoza in the room
            SDOH — Housing: stable · Food: the senior meal site on weekdays · Transport: the
            senior center van
            PT — Tx: 97110 · 18 min
             · sit-to-stand from a kitchen-height chair holding a 4-lb weight, 3 × 8
             · standing hip abduction and extension with the green band, 3 × 12 each
             · heel raises at the counter, 3 × 15
            PT — Impairment: hip and knee extensor weakness after a hospital stay in
            January; she pushes up from the chair with both hands
            PT — Measured: five-times sit-to-stand 17.2 sec without hands (22.9 sec with
            hands on 2/11)
            M. Ybarra, PT, DPT
            """,
            ["M62.81", "R26.89"], [PT("97110", 18)], []),

        // AVCH, thirteen weeks from referral to eval, a Medicaid van both ways: Berg 41/56 against 33/56 and TUG 15.8 against 21.3 sec at eval; "PT exclusively with patient for all billed 97112 time"; reactive stepping on release from a lean, foam with eyes closed and head turns, an obstacle course of shoe boxes and cones; delayed reactive stepping and poor sensory integration; 24 min matches: passes.
        ["v5-h99-avch-berg-and-tug-after-the-waitlist"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: PADILLA, PRISCILLA  (79 Y)      MRN: 00360014
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            WAITLIST: 13 WEEKS FROM REFERRAL TO EVAL
            TRANSPORT: MEDICAID VAN BOTH WAYS
            ONE-ON-ONE: PT exclusively with patient for all billed 97112 time.
            INTERVENTIONS:
             NEUROMUSCULAR RE-ED (97112) 24 MIN
              - reactive stepping on release from a lean (therapist holding the gait belt),
                forward and backward
              - standing on foam with eyes closed and with head turns
              - obstacle course: stepping over shoe boxes and around cones, changing
                direction on command
            ASSESSMENT: postural control — delayed reactive stepping and poor sensory
            integration on compliant surfaces; fear of falling
            OBJECTIVE: Berg 41/56 (33/56 at eval 2/4); TUG 15.8 sec (21.3 sec at eval)
            PLAN: per POC
            G. MONTOYA, PT, NCS
            """,
            ["R29.6", "Z91.81"], [PT("97112", 24)], []),

        // AVCH gait by the DPT neuro resident, co-signed: 10MWT 0.48 against 0.39 m/s and distance with a quad cane at CGA; hemi-walker to a large-base quad cane on the long hall, cued R heel strike and knee flexion in swing; R hemiparetic gait with circumduction after a pontine stroke; 25 min matches: passes.
        ["v5-h99-avch-10mwt-hemi-walker-to-quad-cane-97116"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: ABEYTA, LEROY  (64 Y)      MRN: 00718852
            FIN CLASS: MEDICARE (SSDI) / MEDICAID (DUAL ELIGIBLE)
            TRANSPORT: DAUGHTER DROVE; PARKING VOUCHER GIVEN
            INTERVENTIONS:
             GAIT TRAINING (97116) 25 MIN
              - gait with the hemi-walker down the long hall, then with a large-base quad
                cane
              - cued R heel strike and R knee flexion in swing, an even step length
            ASSESSMENT: R hemiparetic gait after a L pontine stroke; short L step, R
            circumduction, slow speed
            OBJECTIVE: 10MWT 0.48 m/s (0.39 m/s on 2/11); 2 x 150 ft with the quad cane,
            CGA
            PLAN: per POC
            S. PATEL, PT (NEURO RESIDENT) / G. MONTOYA, PT, NCS
            """,
            ["I69.351"], [PT("97116", 25)], []),

        // VVCHC Toppenish orchard pruner: Jamar grip (position 2) in kilograms and cuts with the pruning shears before pain; cutting dowels overhead and at chest height, carrying a lug box to a bench, gripping the ladder rail on two rungs, with counts and loads; R lateral epicondylalgia with grip weakness; 20 min matches: passes.
        ["v5-h99-vvchc-grip-and-the-pruning-shears-97530"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Toppenish clinic · Physical Therapy · 03/04/2026
            Patient: Abel Cisneros, 65 · Spanish · sliding fee: tier B
            SDOH — Housing: stable · Food: no concerns · Transport: drives
            PT — Tx: 97530 · 20 min
             · cutting dowels with the pruning shears in the R hand, overhead and at chest
               height
             · carrying a 20-lb lug box from the floor to a waist-high bench, 8 trips
             · gripping the ladder rail while stepping up 2 rungs, 6 times
            PT — Impairment: R lateral epicondylalgia with grip weakness; he drops the
            shears after a few cuts
            PT — Measured: grip (Jamar, position 2) R 24 kg / L 38 kg; 30 cuts before pain
            (12 on 2/18)
            D. Whitefoot, PT
            """,
            ["M77.11"], [PT("97530", 20)], []),

        // LSM Marigold House, a guest who missed 2/25 getting her state ID at the DMV, rescheduled: the 30-second chair stand from the folding chair, 8 against 5; arms-crossed sit-to-stands, band hip abduction, stair step-ups with doses; bilateral hip and knee weakness, rocking three times to get off the lobby couches; 20 min matches: passes.
        ["v5-h99-lsm-30-second-chair-stand-from-the-folding-chair-97110"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Marigold House — dining room
            Guest: Yvette Harmon, 67       Missed 2/25 (at the DMV getting her state ID);
            rescheduled to today
            TX: 97110 — 20 min
             - sit-to-stand from the folding chair, arms crossed, 3 x 8
             - standing hip abduction with the yellow band, 3 x 12 each
             - step-ups on the bottom stair, 2 x 10 each
            WHY: bilateral hip and knee weakness; she can't get up from the low couches in
            the lobby without rocking three times
            NUMBERS: 30-second chair stand 8 (5 on 2/11); step-ups without the rail 20 of
            20
            PT: N. Adeyemi, PT, DPT
            """,
            ["M62.81", "Z59.01"], [PT("97110", 20)], []),

        // AVCH, a knee replacement done at the county, late off the waitlist: knee flexion 86° before and 95° after, extension lag; tibiofemoral posterior glides and patellar mobilisations grade III, STM to the quad and lateral retinaculum; R knee flexion deficit and quad inhibition; 14 min matches: passes.
        ["v5-h99-avch-knee-goniometry-before-and-after-97140"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: DURAN, GILBERT  (68 Y)      MRN: 00677214
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            SUBJECTIVE: R TKA here on 1/8; got off the waitlist late and is stiff.
            INTERVENTIONS:
             MANUAL THERAPY (97140) 14 MIN
              - tibiofemoral posterior glides and patellar mobilizations, grade III
              - STM to the quad and the lateral retinaculum
            ASSESSMENT: R knee flexion ROM deficit and quad inhibition after the TKA
            OBJECTIVE: R knee flexion 86° before / 95° after; extension lag 5°
            PATIENT RESPONSE: TOLERATED WELL.
            PLAN: per POC
            T. MAESTAS, PT
            """,
            ["Z96.651", "Z47.1"], [PT("97140", 14)], []),

        // VVCHC Sunnyside walk-in brought by the community health worker: FGA 16/30 against 12/30 and freezes in pivot turns; "She had me to herself for the whole 97112 — Felipe helped with her bag and the Spanish"; pivot turns and backward walking, stepping over a shoebox and around cones, head-turn walking to signs; postural control with Parkinson's disease; 22 min matches: passes.
        ["v5-h99-vvchc-fga-and-freezes-at-turns"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Sunnyside clinic · Physical Therapy · 03/04/2026 · walk-in
            Patient: Beatriz Salinas, 70 · Spanish · sliding fee: tier A
            Community health worker Felipe Robles in the room (he brought her)
            She had me to herself for the whole 97112 — Felipe helped with her bag and the
            Spanish.
            PT — Tx: 97112 · 22 min
             · walking with pivot turns on my call, and walking backward
             · stepping over a shoebox and around cones with her eyes up
             · walking with horizontal head turns to read signs Felipe held up
            PT — Impairment: postural control with Parkinson's disease — short shuffling
            steps, freezing at turns, slow postural responses
            PT — Measured: FGA 16/30 (12/30 on 2/4); 3 freezes in 10 pivot turns
            M. Ybarra, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // LSM Holton St PTA form: "says the shoes we gave him help; walking better to the meal site. Looked steadier on the lot" - no distance, assistance level or number but the code and its minutes; gait training with a cane on the hall and the salted lot, cued a longer R step and heel strike, doorway turns; short R step and shuffling after a hip fracture: measure missing.
        ["v5-h99-lsm-says-the-shoes-help-97116"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Seen at: Holton St men's shelter — hallway and the side lot
            Guest: Clarence Ivory
            Shoes/socks given at the last visit: ☑ shoes  ☑ socks
            TX: 97116 — 21 min
             - gait training with his cane on the hallway and the salted side lot, cued a
               longer R step and a heel strike
             - turning in the doorway without shuffling
            WHY: short R step and a shuffling gait after a R hip fracture; the R toe scuffs
            NUMBERS: says the shoes we gave him help; walking better to the meal site.
            Looked steadier on the lot.
            PT: R. Sandoval, PTA
            """,
            ["S72.001D"], [PTA("97116", 21)], [At(Measure, "97116")]),

        // VVCHC Wapato: "Lupe says he is walking to the tienda again; he looked steadier on the rocker board today" - no score, count, time or number at all but the code and its minutes; one-on-one stated; rocker board, stepping strategy to floor targets, head-turn walking; postural control and ankle proprioception after an ankle fracture: measure missing.
        ["v5-h99-vvchc-promotora-says-hes-walking-to-the-tienda"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Wapato clinic · Physical Therapy
            Patient: Hilario Mejía · Spanish · sliding fee: tier A
            Promotora: Lupe Cárdenas in the room
            Only Don Hilario and me for the whole 97112; Lupe helped with the Spanish.
            PT — Tx: 97112 · 22 min
             · rocker board front to back at the bar, then hands off
             · stepping strategy: quick steps to floor targets on my call
             · walking with head turns down the hall
            PT — Impairment: postural control and ankle proprioception after his R ankle
            fracture; late, short stepping reactions
            PT — Measured: Lupe says he is walking to the tienda again; he looked steadier
            on the rocker board today.
            D. Whitefoot, PT
            """,
            ["S82.891D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // AVCH PTA "PATIENT RESPONSE: REPORTS LESS STIFFNESS. IMPROVING." on quad sets, straight-leg raises, short-arc quads, hip abduction and mini-squats with no sets, reps, load or number but the code and its minutes; L quad and hip abductor weakness after a knee replacement: measure missing.
        ["v5-h99-avch-reports-less-stiffness-improving-97110"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PTA DAILY NOTE
            PATIENT: ESQUIBEL, RAYMOND
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            TRANSPORT: BUS VOUCHER GIVEN
            INTERVENTIONS:
             THERAPEUTIC EXERCISE (97110) 18 MIN
              - quad sets, straight-leg raises and short-arc quads
              - standing hip abduction and mini-squats at the bar
            ASSESSMENT: L quad and hip abductor weakness after a L TKA; antalgic on stairs
            PATIENT RESPONSE: REPORTS LESS STIFFNESS. IMPROVING.
            PLAN: per POC. Supervising PT: T. Maestas, PT
            L. VIGIL, PTA
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 18)], [At(Measure, "97110")]),

        // LSM Juniper House respite: "looked steadier getting on and off the commode today; the overnight aide agrees" - no count, assistance level or number but the code and its minutes; commode transfers with the grab rail, bed-to-chair turns with the walker, a clothes bin from under the bed; hip and leg weakness after a hospital stay: measure missing.
        ["v5-h99-lsm-respite-looked-steadier-on-the-commode-97530"] = new(
            """
            LAKESHORE STREET MEDICINE — JUNIPER HOUSE MEDICAL RESPITE
            PT visit · typed from the paper form
            Guest: Marlene Fisk — in respite after a hospital stay; she was sleeping in the
            bus station before
            TX: 97530 — 20 min
             - on and off the bedside commode with the grab rail
             - bed to chair and back, turning with the walker
             - getting her clothes bin out from under the bed and back, standing
            WHY: weak hips and legs after the hospital stay; she plops down onto the commode
            and can't stand up from it without pulling on the sink
            NUMBERS: looked steadier getting on and off the commode today; the overnight
            aide agrees.
            PT: J. Kowalski, PT
            """,
            ["M62.81", "Z59.02"], [PT("97530", 20)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // VVCHC Toppenish bilingual headings "97112 Reeducación neuromuscular — 22 min" and "97110 Ejercicio terapéutico — 15 min", both match, with a phone interpreter (ID 226140); "Solo con él — only Don Arturo and me for the whole neuro re-ed"; foam eyes closed, unannounced pushes, tandem walking; sit-to-stands, step-ups and band abduction with doses; postural control and hip and quad weakness; Berg, tandem and 30-second chair stand: passes.
        ["v6-h99-vvchc-bilingual-headings-two-codes"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Toppenish clinic · Physical Therapy · 03/04/2026
            Patient: Arturo Lemus, 70 · Spanish · sliding fee: tier B
            Interpreter: phone, Spanish, ID 226140 (the bilingual PT is out today)
            SDOH — Housing: stable · Food: no concerns · Transport: bus pass renewed
            Solo con él — only Don Arturo and me for the whole neuro re-ed.
            97112 Reeducación neuromuscular — 22 min
             · standing on foam, eyes closed, then with head turns
             · unannounced pushes at the pelvis for stepping reactions
             · tandem walking in the hall
            97110 Ejercicio terapéutico — 15 min
             · sit-to-stand 3 × 10; step-ups on a 6-in step 2 × 10 each; standing hip
               abduction with the green band 3 × 12
            PT — Impairment: postural control with slow stepping reactions (97112); hip
            abductor and quad weakness — he can't climb the bus steps without the rail
            (97110)
            PT — Measured: Berg 45/56; tandem 7 sec; 30-second chair stand 10
            D. Whitefoot, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 15)], []),

        // LSM Holton St paper form "TIME (CPT / min): 97116 / 20 97110 / 12", both match; cane gait on the hallway and the back stairwell, step-to then step-through, cued heel strike; stair-rail hip abduction and extension, heel raises and sit-to-stands with doses; L hip OA with a Trendelenburg gait and abductor weakness; distance, flights and assist: passes.
        ["v6-h99-lsm-cpt-slash-minutes-on-the-paper-form"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Holton St men's shelter — multipurpose room and the
            back stairwell
            Guest: Jerome Askew, 61       Housing: shelter bed 27
            TIME (CPT / min):   97116 / 20     97110 / 12
            TX: 97116 — gait training with the cane on the hallway and up and down the back
            stairwell, step-to, then step-through; cued L heel strike
            TX: 97110 — standing hip abduction and extension at the stair rail, 3 x 12 each;
            heel raises, 3 x 15; sit-to-stand from the folding chair, 3 x 8
            WHY: L hip OA with a L Trendelenburg gait and a short R step; L hip abductor
            weakness
            NUMBERS: 2 x 200 ft with the cane, SBA; 2 flights step-through with the rail, CGA
            PT: J. Kowalski, PT
            """,
            ["M16.12", "Z59.01"], [PT("97116", 20), PT("97110", 12)], []),

        // AVCH "CHARGES:" block with dot leaders (97112 ........ 24 MIN, 97530 ..... 14 MIN), both match, after a van no-show and a reschedule; "Only Mrs. Mondragón in the gym with me for the neuro re-ed; her son waited in the hall"; Airex eyes closed, stepping to targets, unannounced perturbations; tub-bench transfers and a laundry basket from the floor with counts; postural control and R hip weakness after a hip fracture; Berg, tandem and SBA: passes.
        ["v6-h99-avch-charges-block-with-dot-leaders"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: MONDRAGON, EVA  (75 Y)      MRN: 00492230
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            TRANSPORT: MEDICAID VAN (THE VAN NO-SHOWED ON 2/25 — RESCHEDULED)
            ONE-ON-ONE: Only Mrs. Mondragón in the gym with me for the neuro re-ed; her son
            waited in the hall.
            INTERVENTIONS:
              - NMR: Airex stance with eyes closed; stepping to floor targets on call;
                unannounced perturbations at the pelvis
              - THER ACT: tub-transfer bench in and out of the mock tub, 4 each; picking a
                laundry basket up off the floor with a squat, 6 times
            ASSESSMENT: postural control with delayed stepping after a R hip fracture; R
            hip extensor and abductor weakness limiting the tub transfer
            OBJECTIVE: Berg 42/56; tandem 6 sec; tub bench transfers SBA; laundry basket
            6 of 6 with SBA
            PLAN: per POC
            CHARGES:
              97112 NEUROMUSCULAR RE-ED ........ 24 MIN
              97530 THERAPEUTIC ACTIVITIES ..... 14 MIN
            T. MAESTAS, PT
            """,
            ["S72.001D", "R26.81"], [PT("97112", 24), PT("97530", 14)], []),

        // AVCH "97112 NEUROMUSCULAR RE-ED — 23 MIN (S. PATEL, PT)" by the DPT resident and "97110 THERAPEUTIC EXERCISE — 15 MIN (L. VIGIL, PTA)", each matching its line (one discipline); "S. Patel was with Mr. Chavez alone for the whole 97112"; PNF D2 arm patterns with rhythmic stabilisation, weight shifts with reaches across midline; wand flexion, band rows and curls with doses; R arm motor control, postural control and shoulder weakness; Fugl-Meyer and Berg: passes.
        ["v6-h99-avch-resident-97112-and-pta-97110"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: CHAVEZ, RUDY  (68 Y)      MRN: 00584406
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            RESIDENT: DPT NEURO RESIDENT S. PATEL, PT — TREATED THE 97112
            1:1: S. Patel was with Mr. Chavez alone for the whole 97112 (no other patient).
            INTERVENTIONS:
              97112 NEUROMUSCULAR RE-ED — 23 MIN (S. PATEL, PT)
               - PNF D2 flexion and extension patterns of the R arm with rhythmic
                 stabilization, sitting and then standing
               - weight shifts onto the R in standing, reaching across midline
              97110 THERAPEUTIC EXERCISE — 15 MIN (L. VIGIL, PTA)
               - shoulder flexion with a wand 3 x 10; scapular rows with the red band 3 x
                 15; biceps curls with 2 lb 3 x 10
            ASSESSMENT: R hemiparesis after a L MCA stroke — poor motor control of the R
            arm and poor postural control in standing; R shoulder and scapular weakness
            OBJECTIVE: Fugl-Meyer UE 34/66; Berg 44/56
            PLAN: per POC
            G. MONTOYA, PT, NCS (SUPERVISING)
            """,
            ["I69.331", "R26.89"], [PT("97112", 23), PTA("97110", 15)], []),

        // AVCH same-day PT and OT visits on one Medicaid van, "PT — GAIT TRAINING (97116) 22 MIN" and "OT — THERAPEUTIC ACTIVITIES (97530) 24 MIN", each matching its own discipline's line; rollator on the hall and the outdoor ramp with distance and SBA; a sandwich made standing at the counter and cans shelved with the L hand with counts; hemiparetic gait and L hand weakness with neglect after a stroke: passes.
        ["v6-h99-avch-pt-and-ot-on-one-van"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT / OT DAILY NOTE (SAME-DAY VISITS)            DOS: 03/04/2026
            PATIENT: ORTEGA, ANITA  (72 Y)      MRN: 00716645
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            TRANSPORT: ONE MEDICAID VAN FOR BOTH VISITS
            PT — GAIT TRAINING (97116) 22 MIN: rollator on the clinic hall and the outdoor
            ramp, cued L heel strike and an even step; 2 x 250 ft, SBA
            PT — ASSESSMENT: short R step and L knee hyperextension in stance after a R MCA
            stroke
            OT — THERAPEUTIC ACTIVITIES (97530) 24 MIN: making a sandwich standing at the
            counter, L hand holding the bread; putting cans away on a shelf at shoulder
            height with the L hand, 10 cans
            OT — ASSESSMENT: L hand weakness and poor coordination; L neglect at the counter
            OT — OBJECTIVE: 8 of 10 cans placed with the L; stood at the counter without a
            hand down for the whole task
            D. TRUJILLO, OTR/L  ·  G. MONTOYA, PT, NCS
            """,
            ["I69.354"], [PT("97116", 22), OT("97530", 24)], []),

        // VVCHC Sunnyside walk-in in a slot opened by a no-show, with a clock range on each code's line (97140 2:05–2:17 pm = 12, 97110 2:17–2:35 pm = 18), both match; GH posterior and inferior glides and STM; side-lying ER, prone rows, band ER and wall slides with doses; R shoulder stiffness and cuff weakness, can't hang laundry; IR degrees before and after and flexion: passes.
        ["v6-h99-vvchc-clock-range-on-each-code"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Sunnyside clinic · Physical Therapy · 03/04/2026 · walk-in (an afternoon slot
            opened by a no-show)
            Patient: Felipa Ocampo, 67 · Spanish · sliding fee: tier C
            SDOH — Housing: rents a room · Food: ran out in February · Transport: bus pass
            97140   2:05–2:17 pm   GH posterior and inferior glides, grade III; STM to the
                                   R posterior cuff and pec minor
            97110   2:17–2:35 pm   side-lying ER with 2 lb 3 × 12; prone rows with 3 lb
                                   3 × 12; band ER at 0° 3 × 15; wall slides 2 × 10
            PT — Impairment: R shoulder stiffness and rotator cuff weakness; she can't
            reach up to hang laundry or put the rice on the top shelf
            PT — Measured: R shoulder IR 30° → 42° after the glides; flexion 138°
            M. Ybarra, PT, DPT
            """,
            ["M75.01"], [PT("97140", 12), PT("97110", 18)], []),

        // LSM Juniper House respite, three codes with each block's minutes in its heading ("TX 97116 — 18 min", "TX 97530 — 14 min", "TX 97110 — 12 min"), all matching; the case manager came at the end with housing papers; walker gait to the porch with distance and SBA; shower-bench transfers and a belongings bag picked up with a reacher with counts and assist; heel slides, hip abduction and extension, mini-squats with doses; antalgic gait, hip weakness and precautions: passes.
        ["v6-h99-lsm-respite-three-codes-in-their-headings"] = new(
            """
            LAKESHORE STREET MEDICINE — JUNIPER HOUSE MEDICAL RESPITE (12 beds)
            PT visit · typed from the paper form · 3/4/26
            Guest: Roy Kaminski, 70 — in respite after a R hip replacement (he fell on the
            ice outside the shelter in January)
            CM: Tasha W. came at the end with his housing papers
            TX 97116 — 18 min: gait with the walker down the respite hall, out to the front
            porch and back; cued heel strike and a longer L step; 2 x 150 ft, SBA
            TX 97530 — 14 min: in and out of the respite's shower with the bench, 3 times,
            CGA; picking his belongings bag up off the floor with a reacher and onto the
            bed, 5 times, SBA
            TX 97110 — 12 min: supine heel slides 2 x 15; standing hip abduction and
            extension at the counter 3 x 10 each; mini-squats 2 x 10
            WHY: antalgic gait with a short L step; R hip abductor weakness, and the
            posterior hip precautions limit the shower and reaching the floor
            NUMBERS: shower in and out 3 of 3 with CGA
            PT: J. Kowalski, PT
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 18), PT("97530", 14), PT("97110", 12)], []),

        // VVCHC Wapato with each block's minutes in parentheses ("Getting up from the floor (97530 · 17 min)", "Balance (97112 · 21 min)"), both match, the promotora in the room; "Only Don Saúl and me during the neuro re-ed — Chayo is our staff"; half-kneel and floor-to-standing with a chair and the couch with counts; unannounced pushes, foam with head turns, shoebox step-overs; quad and hip extensor weakness and slow stepping; CGA, Berg and pushes: passes.
        ["v6-h99-vvchc-minutes-in-parentheses"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Wapato clinic · Physical Therapy · 03/04/2026
            Patient: Saúl Vega, 73 · Spanish · sliding fee: tier A
            Promotora: Chayo Mendoza in the room; no interpreter needed
            Only Don Saúl and me during the neuro re-ed — Chayo is our staff.
            PT — Getting up from the floor (97530 · 17 min): half-kneel to stand using a
            chair, 5 times; down to the floor and up again with the couch, 3 times
            PT — Balance (97112 · 21 min): unannounced pushes at the pelvis in standing;
            standing on foam with head turns; stepping over a shoebox, eyes up
            PT — Impairment: quad and hip extensor weakness (he can't push up from
            half-kneel); postural control with slow, short stepping reactions
            PT — Measured: floor to standing 3 of 3 with CGA; Berg 43/56; 4 of 10 pushes
            needed a second step
            M. Ybarra, PT, DPT
            """,
            ["R29.6", "M62.81"], [PT("97530", 17), PT("97112", 21)], []),

        // VVCHC Granger "PT — Tx: 97112 · 35 min" against a 23-min line: mismatch; otherwise complete (one-on-one stated; rocker board and foam eyes closed, stepping strategy, head-turn walking with stops; postural control with somatosensory loss; Berg and tandem).
        ["v6-h99-vvchc-35-against-23"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Granger clinic · Physical Therapy · 03/04/2026
            Patient: Lorenzo Pineda, 71 · Spanish · sliding fee: tier B
            Interpreter: bilingual PT
            1:1 — Don Lorenzo was my only patient during the neuro re-ed.
            PT — Tx: 97112 · 35 min
             · rocker board, then foam stance with eyes closed
             · stepping strategy to floor targets on my call
             · walking with head turns and quick stops
            PT — Impairment: postural control and somatosensory loss in the feet
            (diabetic neuropathy)
            PT — Measured: Berg 46/56; tandem 5 sec
            M. Ybarra, PT, DPT
            """,
            ["E11.42"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // LSM Marigold House PTA form "TIME (CPT / min): 97116 / 30" against an 18-min PTA line: mismatch; otherwise complete (rollator gait on the hallway and the salted front walk with distance and SBA, a curb with CGA; short shuffling steps and a forward lean after a hip fracture).
        ["v6-h99-lsm-pta-form-30-against-18-97116"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Marigold House — the hallway and the front walk
            Guest: Dorothy Banks, 74
            TIME (CPT / min):   97116 / 30
            TX: gait training with the rollator on the hallway and the salted front walk,
            cued an upright trunk and longer steps; the curb at the corner
            WHY: short shuffling steps and a forward lean after a L hip fracture
            NUMBERS: 2 x 300 ft with the rollator, SBA; curb up and down with CGA
            PT: R. Sandoval, PTA
            """,
            ["S72.002D"], [PTA("97116", 18)], [At(Mismatch, "97116")]),

        // AVCH "CHARGES: 97110 ... 20 MIN / 97530 ... 28 MIN" with 97110 matching its 20-min line and 97530 against a 15-min line: mismatch on 97530; both parts complete (bridges, clamshells and sit-to-stands with doses; mock-car transfers and picking groceries off the floor with counts and SBA; L hip and knee weakness after a knee replacement, can't get into her niece's car).
        ["v6-h99-avch-second-code-28-against-15"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: GURULE, FLORENCE  (70 Y)      MRN: 00638815
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            INTERVENTIONS:
              - THER EX: bridges 3 x 12; clamshells with the green band 3 x 15; sit to
                stand 3 x 10
              - THER ACT: car transfer at the mock car door, 5; picking her purse and a
                grocery bag up off the floor, 6
            ASSESSMENT: L hip and knee weakness after a L TKA; she can't get into her
            niece's car
            OBJECTIVE: car transfers 5 of 5 with SBA; 30-second chair stand 9
            PLAN: per POC
            CHARGES:
              97110 THERAPEUTIC EXERCISE ....... 20 MIN
              97530 THERAPEUTIC ACTIVITIES ..... 28 MIN
            T. MAESTAS, PT
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 20), PT("97530", 15)], [At(Mismatch, "97530")]),

        // AVCH "TOTAL TREATMENT TIME: 41 MIN" with 97116 and 97530 and no minutes for either: separate time missing; both parts complete (quad-cane gait and stairs with distance, steps and assist; bus-step mock-up and waiting-room-chair sit-to-stands with counts; R hemiparetic gait and R hip flexor weakness catching the toe on the bus step).
        ["v6-h99-avch-total-treatment-time-only"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: SISNEROS, JOE  (76 Y)      MRN: 00503347
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            TRANSPORT: BUS VOUCHERS (RIDE IN, RIDE HOME)
            INTERVENTIONS:
              GAIT TRAINING: quad cane on the hall and the stairs, cued R heel strike;
              2 x 200 ft with SBA; 12 stairs with the rail, CGA
              THERAPEUTIC ACTIVITIES: up and down the bus-step mock-up, 6 times; sit to
              stand from a waiting-room chair, 2 x 5
            ASSESSMENT: R hemiparetic gait after a stroke; R hip flexor weakness — he
            catches the toe on the bus step
            TOTAL TREATMENT TIME: 41 MIN
            PLAN: per POC
            G. MONTOYA, PT, NCS
            """,
            ["I69.351"], [PT("97116", 23), PT("97530", 18)], [SepTime]),

        // LSM Holton St form "Time with guest: 38 min (stairs and gait)" with 97110 and 97116 and no minutes for either: separate time missing; both parts complete (stair step-ups, rail hip abduction and heel raises with doses; cane gait on two flights and the hallway with distance and SBA; L knee OA with quad and hip weakness and an antalgic gait); his friend came along and carried his bags.
        ["v6-h99-lsm-time-with-guest-one-number"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Holton St men's shelter — the back stairwell and
            the hallway
            Guest: Leon Dukes, 66       Friend came along: Mike (not a patient), carried
            his bags
            TX: 97110 — step-ups on the bottom stair 3 x 10 each; standing hip abduction at
            the rail 3 x 12; heel raises 3 x 15
            TX: 97116 — gait with the cane up and down two flights and along the hallway,
            cued L heel strike; 2 x 150 ft and 2 flights, SBA
            WHY: L knee OA with quad and hip weakness; an antalgic gait with a short R step
            Time with guest: 38 min (stairs and gait)
            PT: J. Kowalski, PT
            """,
            ["M17.12", "Z59.01"], [PT("97110", 20), PT("97116", 18)], [SepTime]),

        // VVCHC Toppenish with "PT — 97112 · 22 min" and a second block "PT — 97140:" with no minutes: separate time missing; both parts complete (one-on-one with the promotora in the room; foam eyes closed, stepping strategy, tandem with head turns; STM to the calf and plantar fascia and talocrural glides; postural control and limited R dorsiflexion; Berg and dorsiflexion degrees before and after).
        ["v6-h99-vvchc-second-code-without-minutes"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Toppenish clinic · Physical Therapy · 03/04/2026
            Patient: Modesta Villanueva, 69 · Spanish · sliding fee: tier A
            Promotora: Lupe Cárdenas in the room
            1:1 — Doña Modesta was the only patient I treated during the 97112.
            PT — 97112 · 22 min: foam stance with eyes closed; stepping strategy to floor
            targets; tandem walking with head turns
            PT — 97140: STM to the R calf and plantar fascia; talocrural posterior glides,
            grade III
            PT — Impairment: postural control with slow stepping; R ankle dorsiflexion
            limited after an old R ankle fracture
            PT — Measured: Berg 47/56; R ankle dorsiflexion 2° → 8° after the glides
            M. Ybarra, PT, DPT
            """,
            ["R26.81", "M25.671"], [PT("97112", 22), PT("97140", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a shelter visit (the paper form never typed in) with two profiled codes and a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h99-empty-shelter-form-two-codes"] = new(
            "",
            ["M17.12", "Z59.01"], [PT("97116", 20), PT("97110", 13)], [At(NoteMissing, "97116"), At(NoteMissing, "97110")]),

        // Empty note on a county 97112 with no diagnosis: note missing and diagnosis missing.
        ["v7-h99-empty-county-97112-no-dx"] = new(
            "",
            [], [PT("97112", 23)], [At(NoteMissing, "97112"), Dx]),

        // A note exported as spaces, a tab and blank lines only (cells are trimmed) on an FQHC 97140 with a diagnosis: note missing only.
        ["v7-h99-blank-spaces-fqhc-97140"] = new(
            "   \n\t\n\n      \n ",
            ["M54.2"], [PT("97140", 12)], [At(NoteMissing, "97140")]),

        // 97110's meaning on an LSM form: hip and knee strengthening with improvised load (sit-to-stands holding a gallon water jug, wall hip abduction and extension, stair step-ups, bridges on the mat with sets and reps - technique and measure), bilateral hip and knee extensor weakness with knees buckling on the shelter's front steps (deficit); his shopping cart parked in the lobby; 19 min matches: passes.
        ["v7-h99-lsm-97110-strengthening-with-a-water-jug"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Holton St men's shelter — multipurpose room
            Guest: Gene Latham, 68       Belongings: a shopping cart parked in the lobby
            (the front desk watching it)
            TX: 97110 — 19 min
             - sit-to-stand from the folding chair holding a gallon water jug (8 lb), 3 x 10
             - standing hip abduction and extension at the wall, 3 x 12 each
             - step-ups on the bottom stair, 2 x 10 each leg
             - bridges on the gym mat, 3 x 12
            WHY: bilateral hip and knee extensor weakness after two months in the hospital
            and respite; his knees buckle on the shelter's front steps
            NUMBERS: 30-second chair stand 7 (4 on 2/18)
            PT: R. Sandoval, PTA
            """,
            ["M62.81", "Z59.01"], [PTA("97110", 19)], []),

        // 97530's meaning on a VVCHC note: lifting a sack of rice from the floor to the counter with a squat, carrying two food-bank bags down the hall and shelving cans high and low, with counts and loads (technique and measure), low back pain with hip extensor weakness, bending at the waist to lift (deficit); 21 min matches: passes.
        ["v7-h99-vvchc-97530-rice-sack-and-food-bank-bags"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Granger clinic · Physical Therapy · 03/04/2026
            Patient: Josefina Arce, 71 · Spanish · sliding fee: tier A
            SDOH — Housing: stable · Food: picks up a food bank box on Fridays ·
            Transport: walks the four blocks to the food bank
            PT — Tx: 97530 · 21 min
             · lifting a 20-lb sack of rice from the floor to the counter with a squat,
               6 times
             · carrying two grocery bags (10 lb each) 60 ft down the hall and setting them
               on a table, 4 trips
             · putting cans away on a high shelf and a low one, 12 cans
            PT — Impairment: low back pain with hip extensor weakness; she bends at the
            waist to lift and has to rest the bags on her thighs
            PT — Measured: 6 of 6 rice-sack lifts with a squat, SBA; 4 trips without
            setting the bags down
            M. Ybarra, PT, DPT
            """,
            ["M54.50"], [PT("97530", 21)], []),

        // 97140's meaning on an AVCH note: talocrural posterior glides grade III, subtalar distraction and eversion glides and STM to the calf (technique), L ankle stiffness with limited dorsiflexion after a trimalleolar fracture from a step at the State Fair grounds (deficit), dorsiflexion degrees before and after (measure); 13 min matches: passes.
        ["v7-h99-avch-97140-talocrural-glides"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: BENAVIDEZ, CARLOS  (63 Y)      MRN: 00771209
            FIN CLASS: MEDICARE (SSDI) / MEDICAID (DUAL ELIGIBLE)
            SUBJECTIVE: Fell off a step at the State Fair grounds in December — L
            trimalleolar fracture, ORIF. Walks to the bus stop.
            INTERVENTIONS:
             MANUAL THERAPY (97140) 13 MIN
              - talocrural posterior glides, grade III, 3 bouts of 30 oscillations
              - subtalar distraction and eversion glides
              - STM to the gastrocnemius and soleus
            ASSESSMENT: L ankle stiffness with limited dorsiflexion after the fracture; he
            can't get his knee over his toes on the stairs
            OBJECTIVE: L ankle dorsiflexion 0° before / 7° after (knee straight)
            T. MAESTAS, PT
            """,
            ["S82.852D"], [PT("97140", 13)], []),

        // 97116's meaning on an LSM respite form: gait training with a rollator from the respite's front door to the corner store and back on shovelled, salted sidewalks at 28°F, curbs at both ends, cued heel strike and braking on the curb cut (technique), an antalgic gait with a short R step and little L push-off after an ankle fracture (deficit), distance, curb cuts and assist (measure); 22 min matches: passes.
        ["v7-h99-lsm-97116-rollator-to-the-corner-store"] = new(
            """
            LAKESHORE STREET MEDICINE — JUNIPER HOUSE MEDICAL RESPITE (12 beds)
            PT visit · typed from the paper form · 3/4/26
            Guest: Pearl Washington, 73 — in respite after a L ankle fracture
            Weather: 28°F, sidewalks shoveled and salted
            TX: 97116 — 22 min
             - gait training with the rollator from the respite's front door to the corner
               store and back, curbs at both ends
             - cued L heel strike and an even step length, braking the rollator on the
               curb cut
            WHY: antalgic gait with a short R step and little L push-off; she holds her
            breath and hurries on the curb cuts
            NUMBERS: 2 x 400 ft with the rollator, SBA; 4 curb cuts, CGA
            PT: N. Adeyemi, PT, DPT
            """,
            ["S82.622D"], [PT("97116", 22)], []),

        // Wholly generic 97112: "NMR 97112 — 24 min. Worked on balance. Tolerated well. Will continue." - no technique, deficit, number but its code and minutes, or one-on-one statement.
        ["v7-h99-generic-one-line-97112"] = new(
            """
            NMR 97112 — 24 min. Worked on balance. Tolerated well. Will continue.
            """,
            ["R26.81"], [PT("97112", 24)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic LSM paper form with a 97110 and a 97530 and minutes for each ("TIME (CPT / min): 97110 / 16 97530 / 14", both match) and "TX: exercises and activities per plan. WHY: per plan. NUMBERS: tolerated well" - nothing named for either code.
        ["v7-h99-generic-shelter-form-97110-and-97530"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Seen at: Holton St men's shelter
            TIME (CPT / min):   97110 / 16     97530 / 14
            TX: exercises and activities per plan.
            WHY: per plan
            NUMBERS: tolerated well. Will see him next week.
            """,
            ["M62.81"], [PT("97110", 16), PT("97530", 14)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic AVCH OT 97530: "PT PARTICIPATED IN FUNCTIONAL ACTIVITIES. TOLERATED WELL. NO COMPLAINTS. PROGRESSING." - no activity, deficit or measure named.
        ["v7-h99-generic-county-ot-97530"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            OT DAILY NOTE
            INTERVENTIONS: PT PARTICIPATED IN FUNCTIONAL ACTIVITIES.
            PATIENT RESPONSE: TOLERATED WELL. NO COMPLAINTS.
            ASSESSMENT: PROGRESSING.
            PLAN: CONTINUE OT POC.
            """,
            ["I69.354"], [OT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // VVCHC Sunnyside, a retiree who still milks weekends at his nephew's dairy: step-ups, terminal knee extension, wall sits with holds and lateral band walks with doses; R knee OA with quad weakness and pain on the parlour steps; step-ups without the rail and pain against eval; 22 min matches: passes.
        ["vord-h99-vvchc-sunnyside-knee-oa-97110"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Sunnyside clinic · Physical Therapy · 03/04/2026 · scheduled
            Patient: Genaro Ávila, 68 · Spanish · sliding fee: tier B
            SDOH — Housing: stable · Food: no concerns · Transport: drives his own truck
            PT — S: still milks on weekends at his nephew's dairy; the R knee aches on the
            parlour steps.
            PT — Tx: 97110 · 22 min
             · step-ups on an 8-in step, 3 × 10 each
             · terminal knee extension with the blue band, 3 × 15
             · wall sits at 45°, 5 × 10 sec
             · lateral band walks, 3 × 20 ft
            PT — Impairment: R knee osteoarthritis with quad weakness and pain on steps
            PT — Measured: 30 of 30 step-ups without the rail; R knee pain on the parlour
            steps 3/10 (6/10 at eval)
            D. Whitefoot, PT
            """,
            ["M17.11"], [PT("97110", 22)], []),

        // VVCHC Toppenish, a Purépecha speaker with a phone interpreter (ID 640318) and the promotora from the labour camp: "I treated only Don Apolonio during the 97112; Chayo and the interpreter were there for the words"; step-stance weight shifts onto the L, stepping over a line to a beat, reaches outside his base; L hemiparetic motor control and step timing; Berg and buckles; 24 min matches: passes.
        ["vord-h99-vvchc-toppenish-stroke-purepecha-interpreter"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Toppenish clinic · Physical Therapy · 03/04/2026 · scheduled
            Patient: Apolonio Rangel, 73 · Purépecha and Spanish · sliding fee: tier A
            Interpreter: phone, Purépecha, ID 640318 (the Spanish line couldn't help with
            the details)
            Promotora: Chayo Mendoza came with him from the labor camp
            I treated only Don Apolonio during the 97112; Chayo and the interpreter were
            there for the words.
            PT — Tx: 97112 · 24 min
             · weight shifts onto the L in step stance, my hand at the L knee
             · stepping over a line with the L leading, then the R, to the beat I clapped
             · reaching to cones on his L, outside his base
            PT — Impairment: L hemiparesis after a R stroke in December — poor L motor
            control and timing of the L step; the L knee buckles in mid-stance
            PT — Measured: Berg 38/56 (31/56 in January); L knee buckled on 1 of 10
            step-throughs (5 of 10 then)
            PT — Plan: Chayo will check the home sheet with him at the camp on Saturday
            M. Ybarra, PT, DPT
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // VVCHC Wapato "PT — 97140 · 12 min" and "PT — 97110 · 14 min", both match; STM to the plantar fascia and calf, talocrural glides and first-ray mobilisations; towel curls, calf and plantar fascia stretches with holds, single-leg heel raises; R plantar fasciitis from standing on the packing-house concrete; dorsiflexion degrees and first-step pain: passes.
        ["vord-h99-vvchc-wapato-plantar-fascia-97140-97110"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Wapato clinic · Physical Therapy · 03/04/2026
            Patient: Rubén Saucedo, 66 · Spanish · sliding fee: tier B
            SDOH — Housing: stable · Food: ran short in January · Transport: rides with his
            wife
            PT — 97140 · 12 min: STM to the R plantar fascia and the calf; talocrural
            posterior glides, grade III; first-ray mobilizations
            PT — 97110 · 14 min: towel curls 3 × 15; calf stretch at the wall 3 × 30 sec;
            seated plantar fascia stretch 3 × 30 sec; single-leg heel raises 3 × 10
            PT — Impairment: R plantar fasciitis with a tight calf and limited
            dorsiflexion from years of standing on the packing-house concrete
            PT — Measured: R dorsiflexion 4° → 10°; first-step pain in the morning 7/10
            (9/10 at eval)
            D. Whitefoot, PT
            """,
            ["M72.2"], [PT("97140", 12), PT("97110", 14)], []),

        // VVCHC Granger after a diabetes visit with the NP and the CHW's foot check: "I was with Doña Eulalia alone for the whole 97112 — no other patient"; foam stance eyes closed, limits-of-stability weight shifts, heel-to-toe walking eyes up; somatosensory loss from diabetic neuropathy; monofilament sites and foam seconds; 21 min matches: passes.
        ["vord-h99-vvchc-granger-diabetic-feet-97112"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Granger clinic · Physical Therapy · 03/04/2026 · same day as her diabetes visit
            Patient: Eulalia Zamora, 70 · Spanish · sliding fee: tier A
            Community health worker Felipe Robles: foot check done with the NP before PT
            I was with Doña Eulalia alone for the whole 97112 — no other patient.
            PT — Tx: 97112 · 21 min
             · standing on foam, feet apart then together, eyes open then closed
             · weight shifts to her limits of stability at the counter
             · walking on the tape line heel to toe, eyes up
            PT — Impairment: somatosensory loss in both feet (diabetic neuropathy); she
            depends on vision and sways in the dark
            PT — Measured: 10-g monofilament felt at 5 of 10 sites R, 6 of 10 L; foam
            stance eyes closed 9 sec
            M. Ybarra, PT, DPT
            """,
            ["E11.42"], [PT("97112", 21)], []),

        // VVCHC Sunnyside PTA: overhead pulley, side-lying ER, band rows and scaption with doses; L adhesive capsulitis, can't hang laundry on the line; flexion degrees against 2/11; 19 min matches: passes.
        ["vord-h99-vvchc-pta-frozen-shoulder-97110"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Sunnyside clinic · Physical Therapy · 03/04/2026
            Patient: Catalina Soto, 66 · Spanish · sliding fee: tier C
            SDOH — Housing: stable · Food: no concerns · Transport: bus
            PTA — Tx: 97110 · 19 min
             · overhead pulley, flexion, 2 × 15
             · side-lying ER with 2 lb, 3 × 12
             · rows with the red band, 3 × 15
             · scaption to shoulder height with 1 lb, 3 × 10
            PTA — Impairment: L shoulder adhesive capsulitis, stiff and weak; she can't
            reach up to hang laundry on the line
            PTA — Measured: L shoulder flexion 128° (110° on 2/11)
            A. L. Serrano, PTA (supervising PT M. Ybarra)
            """,
            ["M75.02"], [PTA("97110", 19)], []),

        // LSM Holton St, a man with a TBI after an assault, his case manager sitting in: "1:1 — just Andre and me working; Marcus sat in and was not treated"; head-turn walking to taped signs with stops, dual-task walking naming the meal sites, stepping over a broom handle; postural control and dual-task gait; FGA and single- and dual-task 10 m walk times: passes.
        ["vord-h99-lsm-holton-tbi-dual-task-97112"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Holton St men's shelter — multipurpose room and the
            hallway
            Guest: Andre Cole, 48 — TBI after an assault last summer; Medicare (SSDI)
            CM: Marcus B. came along and sat in
            1:1 — just Andre and me working; Marcus sat in and was not treated.
            TX: 97112 — 23 min
             - walking the hallway with head turns to read signs I taped up, stopping on
               my call
             - dual task: walking while naming the meal sites along the bus line
             - stepping over a broom handle laid across the floor, forward and sideways
            WHY: postural control and dual-task gait after the TBI — he slows and veers
            when he talks; late balance reactions
            NUMBERS: FGA 19/30; 10 m walk 9.8 sec single task / 13.1 sec dual task
            PT: N. Adeyemi, PT, DPT
            """,
            ["S06.2X0S", "Z59.01"], [PT("97112", 23)], []),

        // LSM Marigold House, an SSDI guest: clamshells, bridges, standing hip abduction and band side-steps with doses; R gluteal tendinopathy with abductor weakness, can't lie on her R side on the cot; abduction grade and single-leg seconds; 18 min matches: passes.
        ["vord-h99-lsm-marigold-gluteal-tendinopathy-97110"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Marigold House — dining room
            Guest: Teresa "Tess" Novak, 58 — Medicare (SSDI); at Marigold House since
            December
            Belongings: her bags under the dining table
            TX: 97110 — 18 min
             - clamshells with the yellow band on the gym mat, 3 x 15 each
             - bridges, 3 x 12
             - standing hip abduction at the counter, 3 x 12 each
             - side-stepping along the counter with the band, 3 lengths
            WHY: R lateral hip pain (gluteal tendinopathy) with hip abductor weakness; she
            can't lie on her R side on the cot
            NUMBERS: R hip abduction 3+/5 (3-/5 at eval); single-leg stance R 14 sec
            PT: N. Adeyemi, PT, DPT
            """,
            ["M76.01"], [PT("97110", 18)], []),

        // LSM Juniper House respite after pneumonia, his bedroll in the closet: bed to walker to bathroom with doorway turns, low-armchair sit-to-stands, carrying his meal tray on the walker tray, with counts and assist; hip and knee extensor weakness, two tries to stand; first-try stands and trays with SBA; 22 min matches: passes.
        ["vord-h99-lsm-juniper-respite-after-pneumonia-97530"] = new(
            """
            LAKESHORE STREET MEDICINE — JUNIPER HOUSE MEDICAL RESPITE (12 beds)
            PT visit · typed from the paper form · 3/4/26
            Guest: Harold Beane, 75 — in respite after pneumonia; his bedroll and two bags
            in the closet
            TX: 97530 — 22 min
             - bed to walker to bathroom and back, turning in the narrow doorway
             - sit-to-stand from the respite's low armchair, 3 x 5
             - carrying his meal tray from the kitchen pass-through to the table on the
               walker tray, 4 trips
            WHY: hip and knee extensor weakness after the pneumonia; he needs two tries to
            stand up from the low chair
            NUMBERS: low-chair sit-to-stand 15 of 15 on the first try, SBA (two tries each
            on 2/25); tray carries 4 of 4, SBA
            PT: J. Kowalski, PT
            """,
            ["J18.9", "M62.81"], [PT("97530", 22)], []),

        // LSM Kinnickinnic day centre, chemotherapy neuropathy, sleeps at the warming room, her friend holding her coat and bags: "Denise was the only guest I treated during the 97112; Joyce sat in"; folded-blanket semi-tandem eyes closed, stepping over a broom handle, tossing a rolled pair of socks on the blanket; somatosensory loss in feet and hands; semi-tandem seconds and mCTSIB condition 4; 22 min matches: passes.
        ["vord-h99-lsm-day-centre-chemo-neuropathy-97112"] = new(
            """
            LAKESHORE STREET MEDICINE — KINNICKINNIC DAY CENTER, back room
            PT visit · typed from the paper form · 3/4/26
            Guest: Denise Parker, 61 — chemotherapy neuropathy (finished chemo in the fall);
            sleeps at the warming room
            Came with: her friend Joyce, who held her coat and bags
            Denise was the only guest I treated during the 97112; Joyce sat in.
            TX: 97112 — 22 min
             - standing on the folded blanket in semi-tandem, eyes closed
             - stepping over a broom handle on the floor forward, backward and sideways,
               eyes up
             - catching and tossing a rolled pair of socks while standing on the blanket
            WHY: somatosensory loss in both feet and hands after chemo; her postural sway
            grows without vision
            NUMBERS: semi-tandem on the blanket eyes closed 6 sec (2 sec on 2/11); mCTSIB
            condition 4 (foam, eyes closed) 11 sec
            PT: N. Adeyemi, PT, DPT
            """,
            ["G62.0", "Z59.01"], [PT("97112", 22)], []),

        // LSM Holton St form "TIME (CPT / min): 97140 / 12 97110 / 15", both match, a guest in the overflow room on a floor mat: lumbar STM and side-lying rotation mobilisation; press-ups, bridges, cat-camel and bird-dog with doses; low back pain with lumbar stiffness and weak gluteals; fingertip-to-floor before and after and bridge holds: passes.
        ["vord-h99-lsm-holton-back-97140-97110"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Holton St men's shelter — multipurpose room
            Guest: Eddie Santiago, 57 — Medicare (SSDI); sleeps in the overflow room on a
            mat on the floor
            TIME (CPT / min):   97140 / 12     97110 / 15
            TX 97140: STM to the lumbar paraspinals and the R gluteals; lumbar rotation
            mobilization in side-lying, grade III
            TX 97110: prone press-ups 2 x 10; bridges 3 x 12; cat-camel 2 x 10; bird-dog
            2 x 10 each side
            WHY: low back pain with lumbar stiffness and weak gluteals; worse after nights
            on the floor mat
            NUMBERS: fingertips to floor 30 cm before / 21 cm after; bridges held 5 sec each
            PT: J. Kowalski, PT
            """,
            ["M54.50", "Z59.01"], [PT("97140", 12), PT("97110", 15)], []),

        // AVCH with the PM&R resident observing, "THERAPEUTIC EXERCISE (97110) 20 MIN" and "MANUAL THERAPY (97140) 10 MIN", both match; heel slides, SLR, step-ups and TKE with doses; patellar glides and tibiofemoral flexion mobilisation grade III with STM; L knee stiffness and quad weakness with a lag; flexion and extension degrees and SLRs without lag: passes.
        ["vord-h99-avch-knee-replacement-97110-97140"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: APODACA, HENRY  (71 Y)      MRN: 00697720
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            RESIDENT: DR. KWAN (PM&R PGY-2) OBSERVING
            INTERVENTIONS:
             THERAPEUTIC EXERCISE (97110) 20 MIN: heel slides 3 x 10; SLR 3 x 12; step-ups
             on a 4-in step 2 x 10; TKE with the blue band 3 x 15
             MANUAL THERAPY (97140) 10 MIN: patellar glides and tibiofemoral flexion
             mobilization, grade III; STM to the distal quad
            ASSESSMENT: L knee stiffness and quad weakness after a L TKA; extension lag
            OBJECTIVE: L knee flexion 104°, extension -6°; SLR without a lag 8 of 12
            PLAN: per POC
            T. MAESTAS, PT
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 20), PT("97140", 10)], []),

        // AVCH with a phone interpreter (ID 552317), "NEUROMUSCULAR RE-ED (97112) 22 MIN" and "GAIT TRAINING (97116) 16 MIN", both match; "Direct one-on-one with Mr. Medina for the neuro re-ed; no other patient in the room"; facilitated weight shifts and step-throughs, foam with head turns, quick stepping; quad-cane gait on the hall and ramp with cues; R hemiparesis with motor control and postural control, circumduction; Berg and distance with assist: passes.
        ["vord-h99-avch-stroke-97112-97116"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: MEDINA, REYNALDO  (69 Y)      MRN: 00742258
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            TRANSPORT: BUS VOUCHERS (RIDE IN, RIDE HOME)
            INTERPRETER: PHONE, SPANISH, ID 552317
            ONE-ON-ONE: Direct one-on-one with Mr. Medina for the neuro re-ed; no other
            patient in the room.
            INTERVENTIONS:
             NEUROMUSCULAR RE-ED (97112) 22 MIN: weight shifts and step-throughs onto the R
             with facilitation at the R hip; standing on foam with head turns; quick
             stepping to targets
             GAIT TRAINING (97116) 16 MIN: quad cane on the hall and up the ramp, cued R
             heel strike and R knee flexion in swing
            ASSESSMENT: R hemiparesis after a L MCA stroke — poor R motor control and
            weight acceptance and poor postural control; R circumduction and a short L step
            OBJECTIVE: Berg 40/56; 2 x 200 ft with the quad cane, CGA, then SBA
            PLAN: per POC
            G. MONTOYA, PT, NCS
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 16)], []),

        // AVCH OT nine weeks off the waitlist: a button-up shirt and coat on standing at the counter, roasted green chile peeled and bagged with the L hand holding the bag, jars and pill bottles opened; L hand weakness and fine-motor coordination with standing tolerance; dressing with set-up, chiles and grip kilograms; 25 min matches: passes.
        ["vord-h99-avch-ot-green-chile-at-the-counter-97530"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            OT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: LUJAN, ROSEMARY  (67 Y)      MRN: 00705563
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            WAITLIST: 9 WEEKS FROM REFERRAL
            INTERVENTIONS:
             THERAPEUTIC ACTIVITIES (97530) 25 MIN: putting on and taking off a button-up
             shirt and her coat standing at the counter; peeling and bagging roasted green
             chile at the counter with both hands, the L hand holding the bag open;
             opening jars and pill bottles
            ASSESSMENT: L hand weakness and poor fine-motor coordination after a R MCA
            stroke; standing tolerance at the counter
            OBJECTIVE: shirt and coat on with set-up only, 2 of 2; 12 chiles peeled and
            bagged; grip L 9 kg / R 23 kg
            D. TRUJILLO, OTR/L
            """,
            ["I69.354"], [OT("97530", 25)], []),

        // AVCH PTA with her grandson along on the Medicaid van: walker to cane on the hall with a longer R step and upright trunk, curb and ramp at the east entrance; antalgic gait after a hip fracture with a trunk lean; distance and curbs with assist; 23 min matches: passes.
        ["vord-h99-avch-pta-gait-after-hip-fracture-97116"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PTA DAILY NOTE                                  DOS: 03/04/2026
            PATIENT: ROYBAL, TERESA  (82 Y)      MRN: 00318874
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            TRANSPORT: MEDICAID VAN; HER GRANDSON CAME UP WITH HER
            INTERVENTIONS:
             GAIT TRAINING (97116) 23 MIN: walker to cane on the clinic hall, cued a longer
             R step and an upright trunk; curb and ramp practice outside the east entrance
            ASSESSMENT: antalgic gait after a L hip fracture (hemiarthroplasty); short R
            step, trunk lean over the L
            OBJECTIVE: 3 x 150 ft with the cane, SBA; curb up and down 4 times, CGA
            PLAN: per POC. Supervising PT: G. Montoya, PT, NCS
            L. VIGIL, PTA
            """,
            ["S72.002D"], [PTA("97116", 23)], []),

        // AVCH, the PM&R resident saw him in clinic first and was not in the gym: "ONE-ON-ONE: PT and patient alone for all of the 97112"; Airex narrow stance eyes closed, heel-toe walking on a line, reactive steps to unannounced pushes; somatosensory loss and postural control in the dark; mCTSIB seconds and pushes; 21 min matches: passes.
        ["vord-h99-avch-neuropathy-97112"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: FRESQUEZ, ARNOLD  (77 Y)      MRN: 00466135
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            RESIDENT: DR. OKONKWO (PM&R PGY-3) SAW HIM IN CLINIC FIRST; NOT IN THE GYM
            ONE-ON-ONE: PT and patient alone for all of the 97112.
            INTERVENTIONS:
             NEUROMUSCULAR RE-ED (97112) 21 MIN: standing on the Airex in a narrow stance
             with eyes closed; heel-toe walking on the line; reactive steps to unannounced
             pushes
            ASSESSMENT: somatosensory loss in both feet (diabetic neuropathy); poor
            postural control in the dark
            OBJECTIVE: mCTSIB: foam eyes open 30 sec, foam eyes closed 7 sec; 5 of 8
            pushes recovered in one step
            PATIENT RESPONSE: TOLERATED WELL.
            PLAN: per POC
            T. MAESTAS, PT
            """,
            ["E11.42"], [PT("97112", 21)], []),

        // VVCHC Toppenish, a hop-yard stringer who carpools with the crew: tying twine to a bar overhead from a step stool, carrying a bundle of twine to a shelf, pushing the loaded cart across the back lot, with counts and loads; R shoulder impingement with weak upward rotators; ties without shrugging, overhead pain and trips; 23 min matches: passes.
        ["vord-h99-vvchc-back-to-the-hop-yard-97530"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Toppenish clinic · Physical Therapy · 03/04/2026
            Patient: Severiano Luna, 65 · Spanish · sliding fee: tier B
            SDOH — Housing: stable · Food: no concerns · Transport: carpools with the hop
            crew
            PT — Tx: 97530 · 23 min
             · reaching overhead from a step stool to tie twine to a bar above his head,
               10 ties
             · carrying a 30-lb bundle of twine 50 ft and lifting it onto a shelf, 5 trips
             · pushing the loaded cart across the back lot and turning it, 4 lengths
            PT — Impairment: R shoulder impingement with weak scapular upward rotators; he
            shrugs, and it hurts to reach overhead
            PT — Measured: 10 of 10 ties without shrugging; overhead reach pain 2/10 (5/10
            on 2/11); 5 trips, SBA
            D. Whitefoot, PT
            """,
            ["M75.41"], [PT("97530", 23)], []),

        // LSM Holton St, complete 97112 (one guest stated; blanket stance eyes closed, reactive steps to nudges, head-turn walking; postural control and somatosensory loss; Berg and nudges) sent with no diagnosis - the ED referral never came over.
        ["vord-h99-lsm-holton-no-diagnosis"] = new(
            """
            LAKESHORE STREET MEDICINE — SHELTER CLINIC PT
            [typed from the paper form by D. Pham, program aide]
            Date: 3/4/26       Seen at: Holton St men's shelter — multipurpose room
            Guest: Lamont Gaines, 63       No diagnosis on the form — the referral never
            came over from the ED
            1:1 — Lamont was the only guest I treated in the 97112.
            TX: 97112 — 22 min
             - standing on the folded blanket, eyes closed; reactive steps to my nudges;
               walking the hallway with head turns
            WHY: postural control with slow, short stepping reactions; somatosensory loss
            in both feet
            NUMBERS: Berg 45/56; one step to recover on 6 of 10 nudges
            PT: J. Kowalski, PT
            """,
            [], [PT("97112", 22)], [Dx]),

        // AVCH, complete 97112 (direct one-on-one; facilitated weight shifts, step-throughs, foam with head turns; R hemiparesis with poor motor control and late stepping; Berg and buckles) with the legacy ICD-9 code 438.20 from an old referral in the note and on the claim: not a well-formed ICD-10-CM code.
        ["vord-h99-avch-icd9-438-20"] = new(
            """
            ARKANSAS VALLEY COUNTY HOSPITAL - OUTPATIENT REHABILITATION
            PT DAILY NOTE                                   DOS: 03/04/2026
            PATIENT: GONZALES, FELIX  (74 Y)      MRN: 00221096
            FIN CLASS: MEDICARE / MEDICAID (DUAL ELIGIBLE)
            DX (FROM THE OLD REFERRAL): 438.20 HEMIPLEGIA, LATE EFFECT OF CVA
            ONE-ON-ONE: Direct one-on-one contact for all of the 97112 minutes.
            INTERVENTIONS:
             NEUROMUSCULAR RE-ED (97112) 23 MIN: weight shifts onto the R with facilitation
             at the hip; step-throughs; standing on foam with head turns
            ASSESSMENT: R hemiparesis with poor motor control and weight acceptance on the
            R; late stepping reactions
            OBJECTIVE: Berg 41/56; R knee buckled on 1 of 10 step-throughs
            PLAN: per POC
            T. MAESTAS, PT
            """,
            ["438.20"], [PT("97112", 23)], [Dx]),

        // VVCHC short entry, two codes with only "PT — Total time: 37 min" and "Pt tolerated treatment well. No complaints. Continue plan of care.": no technique, deficit or measure for either code, no one-on-one statement for the 97112, no minutes for each.
        ["vord-h99-vvchc-generic-two-codes-total"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            PT — 97112, 97110
            PT — Total time: 37 min
            PT — Pt tolerated treatment well. No complaints. Continue plan of care.
            """,
            ["R26.81"], [PT("97112", 22), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // VVCHC Granger PTA "PTA — Tx: 97110 · 32 min" against a 19-min PTA line: mismatch; otherwise complete (sit-to-stands, step-ups and band hip abduction with doses; bilateral hip and knee weakness, pushing up from the truck seat with his arms; 30-second chair stand).
        ["vord-h99-vvchc-pta-97110-32-against-19"] = new(
            """
            VALLE VERDE COMMUNITY HEALTH CENTER — Integrated Care Visit Note
            Granger clinic · Physical Therapy · 03/04/2026
            Patient: Aurelio Campos, 67 · Spanish · sliding fee: tier A
            PTA — Tx: 97110 · 32 min
             · sit-to-stand 3 × 10; step-ups on a 6-in step 2 × 10 each; standing hip
               abduction with the green band 3 × 12
            PTA — Impairment: bilateral hip and knee weakness; he pushes up from the truck
            seat with his arms
            PTA — Measured: 30-second chair stand 10
            A. L. Serrano, PTA (supervising PT D. Whitefoot)
            """,
            ["M62.81"], [PTA("97110", 19)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
