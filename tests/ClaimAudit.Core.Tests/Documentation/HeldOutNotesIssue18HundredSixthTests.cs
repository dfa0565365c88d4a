using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-sixth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set is a random week of who did what in busy clinics — notes written where rehab aides and techs, exercise
/// physiologists, athletic trainers, DPT students and PTAs share the floor with the licensed therapist, and the note
/// says which parts the therapist delivered and which the aide or trainer set up or supervised ("RA (not billed): set
/// up the foam beam", "Brianna (RA) watched Carol on the foam while he was there", "Emily ran the bike and the dynamic
/// warm-up in the AT room before the PT block"), hand-offs from the PT to the PTA in mid-session, overlapping and
/// double-booked patients on the schedule, cardiac-rehab participants on the other side of a shared gym, and separate
/// aide time logged as not billed — about two thirds ordinary and complete (72 of 112), single- and multi-code visits
/// (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a PTA's code on one visit, a student's code
/// under a clinical instructor beside a PTA's), by PTs, PTAs, a DPT student under a CI and OTs, from three employers:
/// <list type="number">
/// <item>a high-volume orthopaedic chain with rehab aides on the floor ("Two Rivers Orthopedic Physical Therapy",
/// TROPT: Midtown on J Street, Natomas, Elk Grove on Laguna Boulevard, Rancho Cordova, Roseville on Eureka Road,
/// Folsom, Davis, West Sacramento and Stockton's Brookside clinic, California) writing a terse "TROPT Daily Note" —
/// clinic, "Pt:" with age and visit count, a "Floor:" line naming the rehab aide (RA), a "Delivery: [X] 1:1 licensed
/// clinician [ ] RA-supervised [ ] concurrent" box row or "1:1 w/ licensed: Y RA-assisted: N Concurrent: N" fields,
/// "Billable (licensed only):" above "97112 NMR ... 23 min (M. Castellanos PT)", an exercise flowsheet with "By" (PT or
/// RA) and "Billed" (Y or N) columns, a "Timed codes (licensed): [ 23 ] 97112 NMR" minute-box row, "CPT/min:
/// 97112/24" and an "RA log (not billed):" line for the hot pack, the bike, the ice bag and the printed HEP: Mara
/// Castellanos (PT, DPT, clinic director), Trevor Nakamura (PT), Aaliyah Freeman and Jun Park (PTAs) and the aides
/// Kenji, Brianna and Luis; a light-rail operator whose knee gives way stepping down from the cab, a fulfilment-centre
/// picker on the clinic's own "Pick-Pack-Stow" tote circuit, a retired Aerojet machinist, a cannery line worker from
/// Woodland, a Lodi vineyard foreman rolling his ankle on the clods, a Raley's checker turning at the register, a Kings
/// usher on the arena stairs, a Capitol tour guide, a Courtland pear grower on his orchard ladder, a heavy slow
/// resistance protocol for a quadriceps tendon and McKenzie repeated extension for an almond grower;</item>
/// <item>a hospital outpatient gym shared by physical therapy, occupational therapy and cardiac and pulmonary rehab
/// ("Gorge Valley Regional Medical Center — Outpatient Rehabilitation", GVRMC: the Hood River campus's Wellness Center
/// gym, The Dalles clinic and a White Salmon, Washington, satellite) on a hospital template — "Physical Therapy Daily
/// Treatment Note", a gym census line (cardiac-rehab participants on the treadmills and NuSteps with two exercise
/// physiologists), "Attendance: ☒ Individual (1:1) ☐ Concurrent ☐ Group", a "Staff in gym:" line, an "Intervention /
/// Provided by / Minutes" table, dot-leader CPT rows, a "Who did what:" grid and "Impairment:" and "Objective:" — by
/// Nora Haugland (PT, DPT), Marcus Whitebird (PT), Katie Lindahl (PTA) and Renee Dupuis (OTR/L), with the exercise
/// physiologist J. Kowalczyk (ACSM-CEP) on telemetry and the rehab tech Tomás: a man three grafts past a CABG kept on
/// telemetry from the cardiac-rehab desk while the PT works one-to-one within sternal precautions, a woman with a LAD
/// stent who goes to her cardiac-rehab class after the neuro re-ed, a man who freezes in the doorway to the cardiac
/// rehab gym, a pulmonary-rehab patient stepping over his oxygen tubing, PWR! Moves, the Motor Relearning Programme,
/// Urban Poling with ACTIVATOR poles, sensory reweighting on the Bertec, a Biodex stability index, a woman who can't
/// wash her hair in the shower with her eyes closed, a coat sleeve the shoulder won't reach, a bed made in the ADL
/// apartment, a retired Bonneville Dam electrician, a grain-terminal worker from the Port of The Dalles and a retired
/// log-truck driver;</item>
/// <item>a sports-medicine practice with athletic trainers and DPT students ("Wood River Sports Medicine &amp; PT",
/// WRSM: Ketchum, Hailey and Bellevue, Idaho) writing a sports SOAP with a "Care team today:" line (PT and CI, SPT,
/// LAT ATC), "Care type: (•) 1:1 PT or SPT+CI ( ) ATC-supervised ( ) group" radio buttons, student boxes ("☒ SPT
/// treating ☒ CI in the room the whole time"), "ATC warm-up (not billed):", code headings ("97112 neuromuscular re-ed —
/// 25 min", "97530 x 18 mins"), "Why:", "Tests:" or "Done:" and "Co-signed:" — by Kirsten Baird (PT, DPT, SCS, the
/// CI), Devon Tafoya (PT), Colby Dastrup (PTA), the athletic trainers Emily Haws and Jaxon Reeder and the students
/// Hannah Ostler and Ravi Iyer: a ski instructor on Baldy after an ACL reconstruction, a lift operator who can't feel
/// his ankle in the ski boot, a skating instructor at the Sun Valley rink, a fly-fishing guide who can't trust his
/// footing wading Silver Creek, a volunteer ski patroller hauling the rescue toboggan, a packer whose foot won't reach
/// the stirrup, an elk-hunting guide side-hilling with a pack, an oar-boat guide on the Middle Fork of the Salmon, a
/// Basque dancer, a team roper, a sheep rancher in the lambing shed, the PEP programme's balance and plyometric blocks,
/// reactive neuromuscular training, BESS errors, a force plate's centre-of-pressure path and the Thrower's Ten.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract and reading who did what the
/// way a medical reviewer reads it — the aide's set-up, warm-up, ice and printed HEP are not the billed service, an
/// exercise physiologist on telemetry or an athletic trainer restocking the tape cart is staff in the room, and a
/// therapist who was with another patient during the billed block was not one-on-one:
/// <list type="bullet">
/// <item>class 1 (v1-h106-…): one-on-one in these writers' own words ("Mara (PT) hands-on with Ofelia and no one else,
/// start to finish; Kenji only reset the cones", "PT one-to-one with Mr. Anttila for all of the neuromuscular re-ed;
/// J. Kowalczyk (EP) kept him on telemetry from the CR desk", "the two of them with Gale only, no one else on their
/// schedule in that block", "I was the treating PT for Ms. Brekke and no one else … Her husband sat in", "No split
/// attention: Trevor stayed with Mrs. Duarte for the whole NMR", "one-on-one (Kirsten with Pete only)" with the ATC
/// restocking, a PT one-on-one for the NMR who then handed the patient to the PTA, a PTA one-on-one before the
/// patient's cardiac-rehab class), notes that negate it (a PT with the new evaluation on the next table while the aide
/// watched, "not one-on-one today — the next patient … arrived early … alternating", an ATC running the circuit while
/// the PT came over between two other patients, a PTA's double-booked slots) or never state it (an aide's set-up and
/// nothing on attendance), and an OT's 97530 with a second OT patient at the putty table (no one-on-one check);</item>
/// <item>class 2 (v2-h106-…): checkbox and blank-field states in these templates: "[X] 1:1 licensed clinician" and
/// "[X] concurrent (2 pts)", "Attendance: ☐ Individual (1:1) ☐ Concurrent ☐ Group" left empty, "(•) ATC-supervised"
/// and "(•) 1:1 PT or SPT+CI", "1:1 w/ licensed: Y RA-assisted: N", student boxes ticked, a flowsheet's "By" and
/// "Billed" columns with the aide's bike row marked N, a "Who did what:" grid, an "Impairment addressed: ____" line
/// with no deficit anywhere, "Objective: (not entered)", a 97110's "Sets / reps / load: ___" and "Tests: —", and a
/// 97116's "Distance: ____ ft Assist: ____";</item>
/// <item>class 3 (v3-h106-…): named programmes and methods as techniques (the PEP programme's balance and plyometric
/// blocks, PWR! Moves, a heavy slow resistance protocol, IASTM with the Graston tools and pin-and-stretch, McKenzie
/// repeated extension, Urban Poling, the clinic's own "Pick-Pack-Stow" circuit, the Motor Relearning Programme, the
/// Thrower's Ten, sensory reweighting on the Bertec), the PEP programme with no number, PWR! Moves with no deficit and
/// IASTM with no number;</item>
/// <item>class 4 (v4-h106-…): deficits stated as findings in these writers' terms (a knee that gives way stepping down
/// from the light-rail cab, a woman who grabs the shower's grab bar as soon as her eyes close, a lift operator who
/// can't feel his ankle in the ski boot, feet that can't feel the stream bed wading Silver Creek, a picker who can't
/// reach the top bin without hiking her shoulder, freezing in the doorway to the cardiac-rehab gym, an arm that won't
/// go into a coat sleeve, a foot that won't reach the stirrup, a toe that catches on the curb at the bus stop) and notes
/// that state none ("Impairment: none today, all goals met", "all criteria met, no deficits remain", "Gait: no
/// deviations observed. Impairments: none identified") or left the impairment line to a PT who never completed it
/// ("Impairment: [PT to complete]" under "Charted by: Luis (RA) from the flowsheet");</item>
/// <item>class 5 (v5-h106-…): measures in every usual form (a percentage of perturbations recovered, gait speed in
/// metres a second, BESS errors by surface, a T-test in seconds, the Four Square Step Test, a Biodex overall stability
/// index and limits-of-stability score, functional reach in inches, a force plate's centre-of-pressure path in
/// centimetres, dynamometry in kilograms) and notes with none ("RA note: did all the stations, looked steadier than
/// last time", "the EP says he is less winded on the NuStep this week", "Jaxon (ATC) says his cuts look cleaner",
/// "walked better, less limp by the end", "Berg and DGI to be retested by the PT at the progress note");</item>
/// <item>class 6 (v6-h106-…): minutes in these writers' forms (clock ranges on a PT's and a PTA's code lines at a
/// hand-off, an "Intervention / Provided by / Minutes" table with a PT's and a PTA's row, code headings, minute boxes
/// with an unticked code, "97530 x 18 mins", dot-leader rows under a "Min" header, three codes by a PT and a PTA, a
/// student's and a PTA's code headings, "Time: 97116 = 18 min", "CPT/min: 97112/24") and true mismatches (35 against
/// 23, a PTA's row of 28 against 16, a 97140 heading of 22 against 10) and truly missing separate time ("Licensed timed
/// minutes, both codes together: 38" above code blocks with no minutes, a PTA row's empty Minutes cell, "PT + SPT
/// block, both codes together: 40 min");</item>
/// <item>class 7 (v7-h106-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check; an empty note, and one holding only line breaks, spaces and a tab), the contract's meanings for 97110 (a
/// cuff repair's pulleys, wand and band work with doses), 97530 (floor recovery, a car transfer and a laundry basket),
/// 97140 (glenohumeral glides by grade for a frozen shoulder) and 97116 (walker to cane, the curb cut and the grass),
/// and wholly generic notes (an aide-run "Balance ex per flowsheet with the RA" 97112, an OT's generic 97530 and 97110
/// with minutes for each, an ATC's "completed the rehab program … per protocol" 97110 and "Functional activities with
/// the RA per flowsheet" on a 97530);</item>
/// <item>ordinary (vord-h106-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (715.36) on the claim, a PTA's
/// exercise minutes that differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — rehab aides, techs, exercise
/// physiologists, athletic trainers, students, a husband, a daughter and a wife (none of them a patient; the new
/// evaluation on the next table, the early arrival, the second patient in a double-booked slot, the two other
/// patients between whom the PT came over and the second OT patient at the putty table are), patients' ages, visit counts ("visit 9 of 16"), dates of surgery and
/// injury, times of day for the next patient ("the 10:15 new eval", "her 2 o'clock", "the 3:30 and 3:45 slots"), a
/// CABG's three grafts, oxygen litres, platform levels, box and chair heights in inches, loads in pounds, rack and tote
/// weights, distances in feet, yards and metres, degrees, centimetres and kilograms — and each is written so that a
/// reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code, in its block's
/// heading, in a Minutes column or after dot leaders on the code's own row, in a minute box, or as a clock range on the
/// code's own line; no note gives minutes to a visit, a drill, a warm-up, an aide's time, a rest or a test, except the
/// two that give both codes one total ("Licensed timed minutes, both codes together: 38", "PT + SPT block, both codes
/// together: 40 min") instead of each code's minutes, which are failed for that, as is the one whose second row's
/// Minutes cell is empty. The notes failed for want of a measure carry no number but their code and its minutes (no
/// age, date, "1:1" or level in those notes). DOC_GENERIC_ONLY is expected only where the note names no technique,
/// deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number and fails it
/// only when the note has no number but its code and its minutes; for the other codes a dose (sets, repetitions, load,
/// hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a family member,
/// caregiver or staff member in the room (an aide setting up, an exercise physiologist on telemetry, an athletic
/// trainer restocking, a clinical instructor beside a student) does not undo a one-on-one statement, another patient
/// treated in the same block does, and a therapist attending someone else during the block is not one-on-one; another
/// patient seen before or after the billed block (the next patient after a hand-off, a cardiac-rehab class afterward)
/// does not touch it.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the who-did-what cases that could honestly be read either way: a therapist one-on-one with
/// the patient while an aide under that therapist's supervision took another patient through a programme in the same
/// gym, a student alone with the patient while the clinical instructor treated someone else (a supervision question
/// for the payer as much as a one-on-one question), an aide's or an athletic trainer's warm-up minutes written in a
/// one-code visit (minutes stated without a code belong to the code), one code begun by the PT and finished by the PTA
/// under one minute count, a hand-off whose clock times overlap, cardiac-rehab vital signs, RPE or METs as a 97112's
/// only number, units written for each code instead of minutes, a six-minute walk test named in a note, manual therapy
/// named only as "manual therapy" on a 97140, and whether a service an aide or an athletic trainer furnished belongs on
/// a Medicare claim at all (a coverage question, not the note's: such notes are judged here on what the note says).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 105 of 112 cases agree (110 needed), and 5 of the 72 notes the reviewer passes got a finding, on the analyzer of 75c1aff (the start of the 2026-12-06 seventeenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session (e8f0d6e): 112 of 112, no false positive — "No split attention", a table's rows with descriptions indented under them, "CPT/min: 97112/24", minute boxes before their codes ("[ 23 ] 97112 NMR"), "independent with the home program" no goal.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSixthTests(ITestOutputHelper output)
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

        // TROPT Elk Grove: "Mara (PT) hands-on with Ofelia and no one else, start to finish; Kenji only reset the cones", the RA's set-up and wipe-down logged as not billed; rocker board eyes closed, foam-beam tandem with head turns, reactive stepping to lateral pushes; L ankle proprioception and postural control after an ankle fracture; rocker seconds and pushes recovered; 97112 — 24 min matches: passes.
        ["v1-h106-tropt-pt-hands-on-with-her-and-no-one-else"] = new(
            """
            TROPT Daily Note — Elk Grove (Laguna Blvd)
            Pt: Reyes, Ofelia · 74 y/o · visit 9 of 16
            Floor: Kenji (RA)
            RA (not billed): set up the foam beam, the cones and the rocker board before we started; wiped down after.
            97112 NMR — 24 min. Mara (PT) hands-on with Ofelia and no one else, start to finish; Kenji only reset the cones.
              • rocker board A/P and M/L, eyes closed
              • tandem on the foam beam with head turns
              • reactive stepping to lateral pushes at the pelvis
            Impairment: L ankle proprioception and postural control down after the L trimalleolar fx (ORIF 10/2025); LOB to the L on the beam.
            Measures: rocker M/L 18 sec without edge touch (9 sec at visit 4); 7 of 10 lateral pushes recovered with one step.
            — M. Castellanos, PT, DPT
            """,
            ["S82.852D"], [PT("97112", 24)], []),

        // TROPT Natomas with no word of one-on-one: "Trevor was with the 10:15 new eval on the next table for part of it; Brianna (RA) watched Carol on the foam while he was there" - the PT attended another patient inside the billed block; foam stance, SLS with head turns, hurdles to a metronome; somatosensory loss in both feet with neuropathy; tandem and SLS seconds and hurdle passes: one-on-one missing.
        ["v1-h106-tropt-pt-with-the-new-eval-ra-watched"] = new(
            """
            TROPT Daily Note — Natomas
            Pt: Whitfield, Carol · 79 y/o
            Floor: Brianna (RA)
            97112 NMR — 23 min (T. Nakamura PT)
            Tandem stance on the foam, eyes open then closed; SLS at the bar with head turns; stepping over the 6" hurdles to a metronome.
            Trevor was with the 10:15 new eval on the next table for part of it; Brianna (RA) watched Carol on the foam while he was there.
            Impairment: somatosensory loss in both feet (diabetic neuropathy), she watches her feet and loses her balance when she looks up.
            Measures: tandem on foam EO 14 sec, EC 3 sec; SLS R 4 sec / L 5 sec; 6 of 10 hurdle passes without a touch.
            """,
            ["E11.42"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // GVRMC Hood River gym shared with cardiac rehab: "PT one-to-one with Mr. Anttila for all of the neuromuscular re-ed; J. Kowalczyk (EP, ACSM-CEP) kept him on telemetry from the CR desk" (staff, not a patient); pelvic perturbations on the Airex within sternal precautions, tandem at the bars eyes closed, head-turn track walking with stops; slowed postural control and ankle strategy after a long ICU stay; Berg, tandem seconds and perturbations; Minutes column 24 matches: passes.
        ["v1-h106-gvrmc-ep-kept-him-on-telemetry"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation
            Physical Therapy Daily Treatment Note · Hood River campus, Wellness Center gym (shared with Cardiac & Pulmonary Rehab)
            Patient: Anttila, Roger   Age: 71   CABG x3 on 1/27/2026
            Gym at start: five cardiac rehab participants on the treadmills and NuSteps with two exercise physiologists; PT side: this patient only.
            Attendance: PT one-to-one with Mr. Anttila for all of the neuromuscular re-ed; J. Kowalczyk (EP, ACSM-CEP) kept him on telemetry from the CR desk.
            Intervention                                   Provided by   Minutes
            Neuromuscular re-education (97112)             PT            24
              - sternal precautions kept: perturbations at the pelvis only, standing on the Airex
              - tandem and semi-tandem at the parallel bars, eyes closed
              - walking the gym track with head turns and sudden stops on cue
            Impairment: postural control and ankle strategy slowed after the long ICU stay; sways and reaches for the bar with eyes closed.
            Objective: Berg 44/56 (39 at eval); tandem EC 6 sec; recovered 8 of 10 pelvic perturbations without a step.
            N. Haugland, PT, DPT
            """,
            ["Z95.1", "R26.81"], [PT("97112", 24)], []),

        // GVRMC The Dalles, PTA: "Attendance: not one-on-one today — the next patient on my schedule arrived early and I worked with both of them at the balance station, alternating" - another patient inside the block; sit-to-stand onto foam eyes closed, backward pulls on the gait belt, braiding at the bars; retropulsion and a late stepping response in Parkinson's; Mini-BESTest and pulls recovered: one-on-one missing.
        ["v1-h106-gvrmc-pta-alternating-with-an-early-arrival"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note (The Dalles clinic)
            Patient: Saari, Helmi   Age: 83
            Attendance: not one-on-one today — the next patient on my schedule arrived early and I worked with both of them at the balance station, alternating.
            Intervention                                   Provided by   Minutes
            Neuromuscular re-education (97112)             PTA           22
              Sit to stand onto the foam with eyes closed; stepping strategy to backward pulls on the gait belt; braiding along the parallel bars.
            Impairment: retropulsion and a late, short stepping response (Parkinson's disease); postural control.
            Objective: Mini-BESTest 15/28; 4 of 10 backward pulls recovered with one step.
            K. Lindahl, PTA
            """,
            ["G20.A1"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // WRSM Ketchum: "Hannah (SPT) treated with Kirsten in the room and hands-on; the two of them with Gale only, no one else on their schedule in that block", the ATC's bike and dynamic warm-up before it not billed; reactive neuromuscular training squats on the Airex, lateral hop-and-stick with a catch, unannounced taps on the perturbation board; knee proprioception and dynamic valgus control after an ACL reconstruction; Y-balance reach and hops stuck; 97112 — 25 min heading matches: passes.
        ["v1-h106-wrsm-spt-and-ci-both-hands-on"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Ketchum
            Patient: Gale Lindqvist, 68, ski instructor on Baldy · L ACL reconstruction (hamstring graft) 11/12/2025
            Care team today: K. Baird PT DPT SCS (CI) · H. Ostler SPT · E. Haws LAT ATC
            ATC warm-up (not billed): Emily ran the bike and the dynamic warm-up in the AT room before the PT block.
            97112 neuromuscular re-ed — 25 min
            Hannah (SPT) treated with Kirsten in the room and hands-on; the two of them with Gale only, no one else on their schedule in that block.
            - single-leg squat to the box on the Airex with a band pulling the knee into valgus (reactive neuromuscular training)
            - lateral hop and stick, eyes on a target, then with a ball catch
            - single-leg stance on the perturbation board, unannounced taps
            Why: L knee proprioception and neuromuscular control of dynamic valgus after the ACL reconstruction; the knee drifts in on every landing.
            Tests: Y-balance anterior reach L 58 cm / R 66 cm; stuck 7 of 10 lateral hops without a valgus collapse.
            Co-signed: K. Baird PT DPT SCS
            """,
            ["S83.512D"], [PT("97112", 25)], []),

        // WRSM Hailey with no statement of one-on-one: "Jaxon (ATC) ran the balance circuit; Devon came over between his two other patients to progress it" - the PT attended others during the block; BAPS eyes closed, step-ups onto foam with a head turn, SLS on a half roll with a ball toss; knee proprioception and quad recruitment after a knee replacement; SLS and BAPS seconds: one-on-one missing.
        ["v1-h106-wrsm-atc-ran-the-circuit-pt-between-patients"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Hailey
            Patient: Lorin Probst, 72, retired sheep rancher (Carey) · R TKA 1/6/2026
            Care team: D. Tafoya PT · J. Reeder LAT ATC
            97112 — 23 min
            Jaxon (ATC) ran the balance circuit; Devon came over between his two other patients to progress it.
            - BAPS board level 3 clockwise and counter-clockwise, then eyes closed
            - step-ups onto the foam with a head turn at the top
            - single-leg stance on the half foam roll with a ball toss
            Problem: R knee proprioception and quad recruitment delayed after the TKA; the knee buckles on the uneven ground in the lambing shed.
            Numbers: SLS on the half roll R 5 sec / L 19 sec; BAPS level 3 eyes closed 12 sec without edge touch.
            """,
            ["Z96.651", "R26.89"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // TROPT Roseville hand-off: "Mara had him one-on-one for the NMR, then handed him to Jun (PTA) for the ther ex and went to her 2 o'clock" (the next patient after the block); SLS with head turns, a cone line, pelvic perturbations in tandem with SLS seconds and pushes; side-lying abduction, bridges, step-ups and band extension with doses; hip proprioception and abductor weakness after an anterior hip replacement; 97112 (PT) 22 and 97110 (PTA) 15, both match; the RA's hot pack not billed: passes.
        ["v1-h106-tropt-pt-one-on-one-then-handed-to-the-pta"] = new(
            """
            TROPT Daily Note — Roseville (Eureka Rd)
            Pt: Haskins, Dale · 70 y/o · L THA (anterior) 12/15/2025
            Hand-off: Mara had him one-on-one for the NMR, then handed him to Jun (PTA) for the ther ex and went to her 2 o'clock.
            97112 NMR (PT) — 22 min
              SLS at the counter with head turns; stepping over the cone line fwd and lateral; perturbations at the pelvis in tandem
              L hip proprioception and postural control after the THA, late hip strategy, lists L in stance
              SLS L 8 sec (3 sec on 2/11); 7 of 10 pushes without a step
            97110 TE (PTA) — 15 min
              sidelying hip abd 2# 3x12 L; bridges 3x15; step-ups 6" box 3x10 L; standing hip ext green band 3x15
              L hip abductor and extensor weakness, Trendelenburg on L stance
            RA (not billed): hot pack to the L hip after, HEP copy printed
            """,
            ["Z96.642", "Z47.1"], [PT("97112", 22), PTA("97110", 15)], []),

        // TROPT Rancho Cordova with nothing on attendance beyond "RA Luis set up the Airex, the rocker board and the hurdles"; rocker board eyes closed, Airex catch and throw, hurdles with a dual task; slowed postural control and overshoot after a cerebellar stroke; FGA, hurdle passes and rocker seconds: one-on-one missing.
        ["v1-h106-tropt-ra-set-up-nothing-on-attendance"] = new(
            """
            TROPT Daily Note — Rancho Cordova
            Pt: Lindgren, Paul · 77 y/o · retired Aerojet machinist
            RA Luis set up the Airex, the rocker board and the hurdles.
            97112 NMR — 25 min (T. Nakamura PT)
            Rocker board A/P with eyes closed; Airex stance with catch and throw; hurdles with a dual task (naming the streets off Folsom Blvd).
            Impairment: postural control and reactive stepping slowed after the cerebellar stroke; wide base, overshoots the hurdles.
            Measures: FGA 16/30; 5 of 10 hurdle passes without a touch; rocker A/P 11 sec.
            """,
            ["I69.393"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // GVRMC White Salmon: "Delivery: individual — I was the treating PT for Ms. Brekke and no one else for the whole neuro re-ed. Her husband sat in."; gaze stabilisation on a folded mat, head-turn hallway walking with stops to read a card, feet together on foam eyes closed; R vestibular hypofunction; DGI and dynamic visual acuity lines; dot-leader 97112 23 min matches: passes.
        ["v1-h106-gvrmc-treating-pt-for-her-and-no-one-else"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · White Salmon, WA
            Patient: Brekke, Arlene   Age: 69
            Therapist: M. Whitebird, PT
            Delivery: individual — I was the treating PT for Ms. Brekke and no one else for the whole neuro re-ed. Her husband sat in.
            Neuromuscular re-education (97112) .......... 23 min
              Gaze stabilization with a letter card, horizontal and vertical, standing on a folded mat; walking the hallway with head turns, stopping to read a card on cue; feet together on the foam, eyes closed.
            Impairment: R vestibular hypofunction after neuritis in January; gaze blurs and she veers to the R with head turns.
            Objective: DGI 16/24 (12 at eval); dynamic visual acuity 4 lines lost (6 at eval).
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // WRSM Ketchum concussion: "one-on-one (Kirsten with Pete only)" with the ATC in the room restocking the tape cart, not treating; gaze stabilisation on foam, saccades between cards then head-turn walking, feet together on foam with head nods; vestibulo-ocular and visual-motion deficits after a concussion; DGI, mCTSIB seconds and gaze-stabilisation frequency; 97112 — 24 min matches: passes.
        ["v1-h106-wrsm-atc-restocking-one-on-one-concussion"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Ketchum
            Patient: Pete Vanderhoof, 66 · e-bike crash on the Wood River Trail 2/14/2026, concussion
            PT: K. Baird PT DPT SCS · in the room: E. Haws LAT ATC (restocking the tape cart, not treating)
            97112 vestibular / oculomotor re-ed — 24 min, one-on-one (Kirsten with Pete only)
            - gaze stabilization, letter on the wall, seated then standing on foam
            - saccades between two letter cards, then walking the hall with head turns
            - feet together on the foam, eyes closed, head nods
            Why: vestibulo-ocular reflex and visual motion sensitivity after the concussion; blurs with head turns and gets dizzy in the grocery aisles.
            Tests: DGI 19/24; mCTSIB foam EC 18 of 30 sec; gaze stabilization held at 2 Hz without blur (1 Hz at eval).
            """,
            ["S06.0X0D"], [PT("97112", 24)], []),

        // TROPT Stockton, PTA: "the 3:30 and 3:45 slots double-booked on Aaliyah's column; she had Mr. Ocampo and the 3:45 patient in the gym together, going between them" - another patient inside the block; vineyard-row simulation over foam clods with a hose and an overhead reach, foam SLS with a ball toss, lateral perturbations; ankle proprioception after repeated sprains; SLS seconds and perturbations: one-on-one missing.
        ["v1-h106-tropt-pta-double-booked-slots"] = new(
            """
            TROPT Daily Note — Stockton (Brookside)
            Pt: Ocampo, Rogelio · 68 y/o · vineyard foreman, Lodi
            Schedule: the 3:30 and 3:45 slots double-booked on Aaliyah's column; she had Mr. Ocampo and the 3:45 patient in the gym together, going between them.
            97112 NMR — 22 min (A. Freeman PTA)
            Vineyard-row simulation: walking the grass strip over uneven foam clods, stepping over a hose, reaching overhead with a head turn; SLS on foam with a ball toss; lateral perturbations at the pelvis.
            Impairment: R ankle proprioception down after the second inversion sprain in the rows; rolls the ankle on clods.
            Measures: SLS on foam R 6 sec / L 21 sec; 6 of 10 perturbations without a step.
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // GVRMC OT 97530 (no one-on-one check) with "a second OT patient worked at the putty table during part of this session" and the rehab tech setting up the ADL kitchen, not treating; a pot carried on the rollator tray, upper-cabinet reaches, unloading the dishwasher; standing tolerance and L grip after a stroke; tasks in a row, grip and plates with stand-by assist; 97530 — 24 min matches: passes.
        ["v1-h106-gvrmc-ot-97530-second-patient-at-the-putty-table"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · OT Daily Treatment Note
            Patient: Karvonen, Bev   Age: 80
            OT: R. Dupuis, OTR/L · Rehab tech: Tomás (set up the ADL kitchen, not treating)
            Gym shared with cardiac rehab; a second OT patient worked at the putty table during part of this session.
            Therapeutic activities (97530) — 24 min
              Meal prep standing at the ADL kitchen: carrying a pot from the sink to the stove on the rollator tray, reaching to the upper cabinet for plates, unloading the dishwasher.
            Problem: standing tolerance and L hand grip after the R stroke; she sets things down hard and leans on the counter.
            Measured: 4 tasks in a row standing without sitting (2 at eval); grip L 14 lb; 6 plates reached with stand-by assist.
            """,
            ["I69.334"], [OT("97530", 24)], []),

        // TROPT Davis: "No split attention: Trevor stayed with Mrs. Duarte for the whole NMR; Brianna (RA) checked in the 11 o'clock and set up his table"; weight shifts on the Airex to mirror targets, backward walking at the bar with a head turn, stepping strategy to unannounced nudges; posterior loss of balance and slow stepping with falls; Berg, nudges and backward-walk feet; 97112 — 24 min matches: passes.
        ["v1-h106-tropt-no-split-attention"] = new(
            """
            TROPT Daily Note — Davis
            Pt: Duarte, Imelda · 81 y/o · retired cannery line worker (Woodland)
            No split attention: Trevor stayed with Mrs. Duarte for the whole NMR; Brianna (RA) checked in the 11 o'clock and set up his table.
            97112 NMR — 24 min (T. Nakamura PT)
             - weight shifts to targets on the mirror on the Airex, eyes open then closed
             - backward walking along the bar with a head turn at the end
             - stepping strategy to unannounced nudges at the shoulders
            Impairment: postural control — posterior LOB and a slow stepping reaction, hx 3 falls since Nov.
            Measures: Berg 41/56; 5 of 10 nudges with a single step; backward walk 10 ft without touching the bar.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // GVRMC PTA: "Katie (PTA) with Mrs. Nyberg one-on-one for the neuro re-ed; afterward she joined her cardiac rehab class on the other side of the gym (cardiac rehab's service, not on these lines)"; stepping strategy to pushes, head-turn track walking with stops, rocker board eyes closed; diabetic neuropathy with sway eyes closed; monofilament sites, rocker seconds and TUG; Minutes column 22 matches: passes.
        ["v1-h106-gvrmc-pta-one-on-one-then-the-cardiac-rehab-class"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Nyberg, Doris   Age: 76   Phase II cardiac rehab participant (LAD stent, January)
            Attendance: Katie (PTA) with Mrs. Nyberg one-on-one for the neuro re-ed; afterward she joined her cardiac rehab class on the other side of the gym (cardiac rehab's service, not on these lines).
            Intervention                                   Provided by   Minutes
            Neuromuscular re-education (97112)             PTA           22
              Stepping strategy drills to pushes at the pelvis; walking the gym track with head turns and quick stops on cue; rocker board at the bars, eyes closed.
            Impairment: diabetic neuropathy, both feet numb to mid-shin; she watches her feet and sways with eyes closed (somatosensory loss).
            Objective: monofilament 2 of 10 sites felt L, 3 of 10 R; rocker board EC 9 sec; TUG 12.8 sec.
            K. Lindahl, PTA
            """,
            ["E11.42", "Z95.5"], [PTA("97112", 22)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states in these templates

        // TROPT Folsom "Delivery: [X] 1:1 licensed clinician [ ] RA-supervised [ ] concurrent" with "Billable (licensed only):"; perturbation training on the Airex, floor-line tandem with head turns, clock reaches in SLS; postural control and ankle proprioception after an ankle ORIF; SLS seconds, perturbations and Berg; "97112 NMR ... 23 min" matches; the RA's ice bag not billed: passes.
        ["v2-h106-tropt-delivery-box-1-to-1-licensed"] = new(
            """
            TROPT Daily Note — Folsom
            Pt: Whitcomb, Sharon · 72 y/o
            Delivery:  [X] 1:1 licensed clinician   [ ] RA-supervised   [ ] concurrent
            Billable (licensed only):
              97112 NMR ... 23 min (M. Castellanos PT)
                Perturbation training on the Airex, fwd/bwd/lateral; tandem walk on the floor line with head turns; clock reaches in SLS
                Why: postural control and R ankle proprioception after the R ankle ORIF; LOB to the R on the Airex
                Measures: SLS R 7 sec / L 24 sec; 8 of 10 perturbations without a step; Berg 47/56
            RA log (not billed): ice bag to the R ankle after
            """,
            ["S82.851D"], [PT("97112", 23)], []),

        // TROPT Midtown "Delivery: [ ] 1:1 licensed clinician [ ] RA-supervised [X] concurrent (2 pts)" - not one-on-one; D1/D2 PNF patterns standing, step-and-reach on foam, tandem with head turns; R-sided postural control and trunk recruitment after a stroke; FGA and half-kneel seconds: one-on-one missing.
        ["v2-h106-tropt-delivery-box-concurrent"] = new(
            """
            TROPT Daily Note — Midtown (J St)
            Pt: Baptiste, Lorraine · 73 y/o · retired state worker (CalPERS)
            Delivery:  [ ] 1:1 licensed clinician   [ ] RA-supervised   [X] concurrent (2 pts)
            Billable (licensed only):
              97112 NMR ... 22 min (J. Park PTA)
                D1/D2 PNF patterns standing with resisted weight shift; step-and-reach to the cones on the foam; tandem walk with head turns
                Why: R-sided postural control and trunk recruitment after the L MCA stroke; lists R reaching
                Measures: FGA 17/30; half-kneel R knee down 14 sec
            """,
            ["I69.351"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // GVRMC template with "Attendance: ☐ Individual (1:1) ☐ Concurrent ☐ Group" all left empty and nothing else on attendance (a "Staff in gym:" line only); SLS on foam with a ball toss, tandem track walking with head turns, step-ups onto foam; L ankle proprioception after a fibula fracture; SLS seconds and tandem steps: one-on-one missing.
        ["v2-h106-gvrmc-attendance-boxes-all-empty"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Oyler, Dean   Age: 67   retired Bonneville Dam electrician
            Attendance: ☐ Individual (1:1)  ☐ Concurrent  ☐ Group
            Staff in gym: PT, PTA, two EPs, rehab tech
            Intervention                                   Provided by   Minutes
            Neuromuscular re-education (97112)             PT            23
              Single-leg stance on the foam with a ball toss; tandem walking on the gym track with head turns; step-ups onto the foam, eyes up.
            Impairment: L ankle proprioception decreased after the L distal fibula fracture; he loses it to the L on soft ground.
            Objective: SLS foam L 5 sec / R 20 sec; tandem 9 steps without a step-off.
            M. Whitebird, PT
            """,
            ["S82.62XD"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // GVRMC "Impairment addressed: ____________" left blank and no deficit, system or impairment anywhere; "☒ Individual (1:1)"; rhythmic stabilisation on the therapy ball and at the bars, tandem walking with head turns, hurdles to a metronome; tandem steps and hurdle passes: deficit missing.
        ["v2-h106-gvrmc-impairment-field-blank"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Heikkila, Arvid   Age: 78
            Attendance: ☒ Individual (1:1)  ☐ Concurrent  ☐ Group
            Neuromuscular re-education (97112) — PT — 23 min
              Rhythmic stabilization sitting on the therapy ball, then standing at the bars; tandem walking with head turns; stepping over the 4-inch hurdles to a metronome.
            Impairment addressed: ____________
            Objective: tandem 12 steps without a step-off (6 at eval); 9 of 10 hurdle passes without a touch.
            N. Haugland, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // GVRMC "Objective: (not entered)" with "☒ Individual (one-on-one)" and no number but the code and its minutes; gaze stabilisation on foam, head-turn track walking with stops, Romberg on foam eyes closed; L vestibular hypofunction with dizziness and veering: measure missing.
        ["v2-h106-gvrmc-objective-not-entered"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Salo, Irene
            Attendance: ☒ Individual (one-on-one)  ☐ Concurrent  ☐ Group
            Neuromuscular re-education (97112) — PT — 22 min
              Gaze stabilization with a letter card, head side to side then up and down, standing on foam; walking the gym track with head turns and stopping on cue; Romberg on foam with eyes closed.
            Impairment: L vestibular hypofunction after neuritis, dizzy and veering to the L with head turns.
            Objective: (not entered)
            """,
            ["H81.22"], [PT("97112", 22)], [At(Measure, "97112")]),

        // WRSM Hailey radio row "Care type: ( ) 1:1 PT or SPT+CI (•) ATC-supervised ( ) group" with the PT "on the floor" - not one-on-one; star excursion reaches on the Airex, lateral bounds with a stick, single-leg catches on the rocker; ankle proprioception and landing control after a high-ankle sprain; SEBT reach and bounds stuck: one-on-one missing.
        ["v2-h106-wrsm-care-type-atc-supervised"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Hailey
            Patient: Sandy Bruneel, 66 · skating instructor at the Sun Valley rink · R high-ankle sprain 1/30/2026
            Care type:  ( ) 1:1 PT or SPT+CI   (•) ATC-supervised   ( ) group
            Staff: J. Reeder LAT ATC; D. Tafoya PT on the floor
            97112 — 22 min
            - star excursion reaches on the Airex, anterior, posteromedial and posterolateral
            - lateral bounds to a stick, hold the landing
            - single-leg ball catches on the rocker board
            Why: R ankle proprioception and landing control after the high-ankle sprain; wobbles on her skates stopping to the R.
            Tests: SEBT posteromedial R 71 cm / L 83 cm; 6 of 10 bounds stuck.
            """,
            ["S93.431D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // WRSM Ketchum "Care type: (•) 1:1 PT or SPT+CI ( ) ATC-supervised ( ) group" with "R. Iyer SPT with D. Tafoya PT (CI) on him the whole block"; diagonal stride on the slide board with a head turn, single-leg hops to a line on foam, split-stance perturbations holding ski poles; hip and trunk postural control after a hip replacement; Four Square Step Test and hops; 97112 — 24 min matches: passes.
        ["v2-h106-wrsm-care-type-1-to-1"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Ketchum
            Patient: Al Fenstermaker, 71 · Nordic skier (Harriman Trail) · L THA 10/2025
            Care type:  (•) 1:1 PT or SPT+CI   ( ) ATC-supervised   ( ) group
            Care team: R. Iyer SPT with D. Tafoya PT (CI) on him the whole block
            97112 neuromuscular re-ed — 24 min
            - diagonal stride on the slide board, head turn on each glide
            - single-leg hops onto a line taped on the foam
            - split-stance perturbations holding ski poles, unannounced
            Why: L hip and trunk postural control after the THA; late weight shift onto the L ski.
            Tests: Four Square Step Test 9.8 sec; 8 of 10 hops on the line.
            Co-signed: D. Tafoya PT
            """,
            ["Z96.642"], [PT("97112", 24)], []),

        // TROPT Elk Grove exercise flowsheet with "By" and "Billed" columns (the RA's bike row "RA N", the PT's rows "PT Y"); quad sets, SAQ, heel slides, step-ups and a prone hang with doses; R knee range and quad strength after a knee replacement; AROM and extension lag; "97110 TE — 18 min (PT, hands-on rows only)" matches: passes.
        ["v2-h106-tropt-flowsheet-by-and-billed-columns-97110"] = new(
            """
            TROPT Daily Note — Elk Grove
            Pt: Tanaka, George · 69 y/o · R TKA 1/20/2026
            97110 TE — 18 min (PT, hands-on rows only)
            Flowsheet           Dose                     By     Billed
            Recumbent bike      seat 10, no load         RA     N
            Quad sets           2x15, 5 sec hold         PT     Y
            SAQ                 3# 3x10                  PT     Y
            Heel slides         strap, 3x10              PT     Y
            Step-ups            4" box 3x10 R            PT     Y
            Knee ext stretch    prone hang, 3x30 sec     PT     Y
            Why: R knee ROM and quad strength after the TKA; can't do stairs step-over-step.
            AROM R 8-96 deg (15-80 at eval); ext lag 5 deg.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 18)], []),

        // WRSM Bellevue 97110 with "Sets / reps / load: ___" and "Tests: —": Nordic hamstring lowers, single-leg Romanian deadlifts and bridge walkouts for R hamstring strength after a strain, and no number but the code and its minutes: measure missing.
        ["v2-h106-wrsm-sets-reps-load-blank-97110"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Bellevue
            Patient: Royce Jorgensen · snowmobile guide (Galena)
            Care team: D. Tafoya PT · R. Iyer SPT (CI in the room)
            97110 therapeutic exercise — 18 min
            - Nordic hamstring lowers, Ravi holding the heels
            - single-leg Romanian deadlifts with the kettlebell
            - bridge walkouts
            Why: R hamstring strength after the strain pulling the sled out of a drift.
            Sets / reps / load: ___
            Tests: —
            """,
            ["S76.311D"], [PT("97110", 18)], [At(Measure, "97110")]),

        // TROPT West Sacramento fields "1:1 w/ licensed: Y RA-assisted: N Concurrent: N" on a PTA's 97112; turning with grocery bags to unannounced nudges, SLS on the Airex reaching to shelf targets, semi-tandem with head turns eyes closed; postural control with a delayed ankle strategy; TUG, SLS seconds and nudges; 97112 — 21 min matches: passes.
        ["v2-h106-tropt-pta-1-to-1-y-ra-assisted-n"] = new(
            """
            TROPT Daily Note — West Sacramento
            Pt: Vang, Mai · 67 y/o · Raley's checker
            1:1 w/ licensed: Y    RA-assisted: N    Concurrent: N
            97112 NMR — 21 min (J. Park PTA)
              - turning with a grocery bag in each hand to unannounced nudges
              - SLS on the Airex reaching to the shelf targets
              - semi-tandem with head turns, eyes closed
            Impairment: postural control and a delayed ankle strategy; she loses her balance turning at the register.
            Measures: TUG 10.9 sec; SLS Airex R 9 sec / L 11 sec; 7 of 10 nudges without a step.
            """,
            ["R26.81"], [PTA("97112", 21)], []),

        // GVRMC "Who did what:" grid with dot leaders (the rehab tech wheeled the foam over, not billed; the exercise physiologist on the cardiac-rehab floor only; "PT ... neuromuscular re-ed, one-on-one, hands on the whole time"); stepping strategy to pushes, step-ups onto foam with serial sevens, tandem eyes closed; delayed stepping and backward falls; pushes, tandem seconds and FGA; 97112 — 25 min matches: passes.
        ["v2-h106-gvrmc-who-did-what-grid"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Maki, Eino   Age: 79   retired grain-terminal worker, Port of The Dalles
            Who did what:
              Rehab tech (Tomás) ........ wheeled the foam and the step to the bars; not billed
              Exercise physiologist ..... cardiac rehab floor only; not involved with this patient
              PT (N. Haugland) .......... neuromuscular re-ed, one-on-one, hands on the whole time
            Neuromuscular re-education (97112) — PT — 25 min
              Stepping strategy to unannounced pushes, forward and backward; step-ups onto the foam with a cognitive task (serial sevens); tandem at the bars, eyes closed.
            Impairment: delayed stepping reactions and backward LOB — postural control after two falls on the ice.
            Objective: 6 of 10 backward pushes with a single step; tandem EC 7 sec; FGA 18/30.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25)], []),

        // GVRMC PTA 97116 with "Distance: ____ ft Assist: ____ Device: SPC" left blank; cane gait through the corridor to the parking garage with cues, the lobby stairs with a rail; short R step, L foot slap and a flexed trunk; no distance, assistance level or number but the code and its minutes: measure missing.
        ["v2-h106-gvrmc-distance-and-assist-blank-97116"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Lundquist, Evert
            Gait training (97116) — PTA — 20 min
              Gait with the single-point cane through the main corridor to the parking garage and back, cues for heel strike on the L and a longer R step; the stairs to the lobby with a rail.
            Deviations: short R step, L foot slap, trunk flexed over the cane.
            Distance: ____ ft   Assist: ____   Device: SPC
            K. Lindahl, PTA
            """,
            ["I69.354"], [PTA("97116", 20)], [At(Measure, "97116")]),

        // WRSM student boxes "☒ SPT treating ☒ CI in the room the whole time ☒ one patient : one clinician team ☐ concurrent"; golf-stance weight shifts on foam eyes closed, stepping over clubs and down a grass slope, pelvic perturbations; somatosensory loss in both feet with neuropathy; mCTSIB seconds, perturbations and monofilament sites; 97112 — 23 min matches: passes.
        ["v2-h106-wrsm-student-boxes-one-patient-one-team"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Ketchum
            Patient: Walt Iversen, 74 · golfer at Elkhorn
            Student:  ☒ SPT treating (H. Ostler)   ☒ CI in the room the whole time (K. Baird)   ☒ one patient : one clinician team   ☐ concurrent
            97112 neuromuscular re-ed — 23 min
            - golf-stance weight shifts on the foam pad, eyes closed at the top of the backswing
            - stepping over the clubs laid on the turf, then down the grass slope sideways
            - perturbations at the pelvis in a narrow stance
            Why: somatosensory loss in both feet (idiopathic neuropathy); he loses his balance on the follow-through on uneven lies.
            Tests: mCTSIB foam EC 11 sec; 7 of 10 pelvic perturbations without a step; monofilament 4 of 10 sites felt bilat.
            Co-signed: K. Baird PT DPT SCS
            """,
            ["G60.9"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // WRSM Hailey "PEP program (Santa Monica), balance and plyometric blocks" for an over-50 league soccer player, "one-on-one with Kirsten", the ATC's PEP warm-up portion in the AT room not billed; single-leg balance on the Airex with a ball pass, line hops with soft landings, bounding to a stick; L knee neuromuscular control and proprioception after an ACL reconstruction; LESS errors and SLS seconds; 97112 — 23 min matches: passes.
        ["v3-h106-wrsm-pep-program-blocks"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Hailey
            Patient: Renata Silva, 66 · Wood River over-50 soccer league · L ACL reconstruction 9/2025
            ATC (not billed): Emily ran the PEP warm-up portion (jogging, shuttle runs, backpedal) in the AT room.
            97112 neuromuscular re-ed — 23 min, one-on-one with Kirsten
            PEP program (Santa Monica), balance and plyometric blocks:
            - single-leg balance on the Airex passing the ball with a partner
            - forward/backward and lateral line hops, soft landings, knee over toe
            - bounding to a stick landing, hold
            Why: L knee neuromuscular control and proprioception; the knee caves in on landings after the ACL reconstruction.
            Tests: LESS 5 errors (8 at the last retest); SLS Airex L 26 sec with the ball pass.
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // GVRMC "PWR! Moves in standing: PWR!Up, PWR!Rock, PWR!Twist and PWR!Step … then a dual-task circuit" with "☒ Individual (1:1) — PT and patient only"; hypokinesia, slow postural reactions and freezing in doorways in Parkinson's; Mini-BESTest and 360 turn steps; Minutes column 24 matches: passes.
        ["v3-h106-gvrmc-pwr-moves"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Wahlstrom, Gus   Age: 75
            Attendance: ☒ Individual (1:1) — PT and patient only  ☐ Concurrent  ☐ Group
            Intervention                                   Provided by   Minutes
            Neuromuscular re-education (97112)             PT            24
              PWR! Moves in standing: PWR!Up, PWR!Rock, PWR!Twist and PWR!Step, big and fast to a count, then a dual-task circuit (naming fruits while stepping around the cones).
            Impairment: hypokinesia and slow postural reactions with Parkinson's disease; freezes in doorways, short steps on turns.
            Objective: Mini-BESTest 18/28; 360 turn R 8 steps / L 10 steps.
            N. Haugland, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // TROPT Natomas "HSR (heavy slow resistance) protocol, week 5, tempo 3 sec up / 3 sec down": leg press, hack squat and knee extension with sets, reps and loads, the RA loading plates (not billed); R quadriceps tendinopathy and quad weakness climbing the cab steps; VISA-P beside the doses; 97110 — 20 min matches: passes.
        ["v3-h106-tropt-heavy-slow-resistance-97110"] = new(
            """
            TROPT Daily Note — Natomas
            Pt: Okafor, Emmanuel · 66 y/o · SacRT light-rail operator
            RA (not billed): loaded the leg press and the hack squat between sets.
            97110 TE — 20 min (T. Nakamura PT)
              HSR (heavy slow resistance) protocol, week 5, tempo 3 sec up / 3 sec down:
                leg press 4x8 @ 160 lb
                hack squat 4x8 @ 70 lb
                seated knee extension 3x8 @ 35 lb
            Why: R quadriceps tendinopathy — pain above the kneecap climbing the cab steps, R quad weakness.
            VISA-P 58/100 (41 at eval).
            """,
            ["M76.891"], [PT("97110", 20)], []),

        // WRSM Ketchum 97140 "IASTM with the Graston tools", "pin-and-stretch (active release)" and long-axis distraction grade III; L TFL and IT band restriction with limited hip extension; Thomas-test degrees before and after; 97140 — 12 min matches: passes.
        ["v3-h106-wrsm-graston-and-pin-and-stretch-97140"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Ketchum
            Patient: Hal Brunner, 70 · skate skier · L lateral hip and thigh pain
            97140 manual therapy — 12 min (D. Tafoya PT)
            - IASTM with the Graston tools along the L IT band and vastus lateralis
            - pin-and-stretch (active release) to the L TFL and glute med
            - L hip long-axis distraction with a belt, grade III
            Why: L TFL and IT band restriction with lateral hip pain; hip extension limited, short stride on the skate skis.
            Tests: Thomas test L hip extension -10 deg to 0 deg after; Ober L positive, negative after.
            """,
            ["M76.32"], [PT("97140", 12)], []),

        // TROPT Roseville "MDT (McKenzie): repeated extension in lying … repeated extension in standing … slump-sitting correction with the lumbar roll" with sets and reps; an L4-5 derangement with buttock pain that centralises and lost lumbar extension; 97110 — 16 min matches: passes.
        ["v3-h106-tropt-mckenzie-repeated-extension-97110"] = new(
            """
            TROPT Daily Note — Roseville (Eureka Rd)
            Pt: Lomeli, Arturo · 69 y/o · almond grower, Wheatland
            97110 TE — 16 min (M. Castellanos PT)
              MDT (McKenzie): repeated extension in lying 3 sets of 10, therapist overpressure on the last set; repeated extension in standing 2 sets of 10; slump-sitting correction with the lumbar roll, 10 reps
            Why: L4-5 derangement, L buttock pain that centralizes with extension; can't stand up straight after a day on the tractor seat.
            Lumbar extension: major loss, moderate loss after the sets; L buttock pain gone, back pain only.
            """,
            ["M51.26"], [PT("97110", 16)], []),

        // GVRMC PTA gait training by the "Urban Poling method with the ACTIVATOR poles" on the outdoor path and the parking-garage ramp with cues; short steps and a wide unsteady base after a hip hemiarthroplasty; distance with stand-by assist and 10-metre walk speed; Minutes column 20 matches: passes.
        ["v3-h106-gvrmc-urban-poling-97116"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Dahlquist, Vera   Age: 81
            Intervention                                   Provided by   Minutes
            Gait training (97116)                          PTA           20
              Urban Poling method with the ACTIVATOR poles on the outdoor walking path and up the parking-garage ramp; cues for a longer step and an opposite pole-and-foot pattern.
            Impairment: short steps and a wide, unsteady base after the R hip fracture (hemiarthroplasty 11/2025); slow.
            Objective: 650 ft with the poles, stand-by assist; 10-meter walk 0.74 m/s (0.52 at eval).
            K. Lindahl, PTA
            """,
            ["S72.001D"], [PTA("97116", 20)], []),

        // TROPT's own "Pick-Pack-Stow" warehouse circuit on a 97530 for a fulfilment-centre picker (totes to the top rack with a hip hinge, the loaded cart, half-kneel bin picks), the RA loading totes (not billed); low back and hip extensor endurance after a lumbar strain with a full-shift goal; totes, loads, distances and counts; 97530 — 22 min matches: passes.
        ["v3-h106-tropt-pick-pack-stow-circuit-97530"] = new(
            """
            TROPT Daily Note — Natomas
            Pt: Sandoval, Ruben · 65 y/o · picker at the fulfillment center on Metro Air Pkwy
            RA (not billed): Luis loaded the totes and reset the rack.
            97530 TA — 22 min (T. Nakamura PT)
              TROPT "Pick-Pack-Stow" circuit: tote from the floor to the top rack with a hip hinge, pushing the loaded cart around the cones, half-kneel to the bottom bin and back up, scanning at each stop
            Why: low back and hip extensor endurance after the lumbar strain; goal is a full shift without stopping to sit.
            Done: 12 totes at 25 lb floor to shoulder; cart 150 lb pushed 200 ft x 4; 8 half-kneel bin picks without hand support.
            """,
            ["S39.012D"], [PT("97530", 22)], []),

        // GVRMC "Motor Relearning Programme (Carr and Shepherd): the missing components trained first" for sit-to-stand and standing reach, "one-on-one, PT with Mrs. Rasmussen only for the whole block; her daughter sat in to learn the cues"; slow R-sided postural adjustments and poor weight shift after a stroke; 5x sit-to-stand and functional reach; 97112 — 23 min matches: passes.
        ["v3-h106-gvrmc-motor-relearning-programme"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Rasmussen, Astrid   Age: 72
            Attendance: one-on-one, PT with Mrs. Rasmussen only for the whole block; her daughter sat in to learn the cues.
            Neuromuscular re-education (97112) — PT — 23 min
              Motor Relearning Programme (Carr and Shepherd): the missing components trained first — feet back and trunk forward over the feet for sit to stand, weight onto the R leg; then standing reach to targets beyond arm's length with the R knee kept soft.
            Impairment: R-sided postural adjustments slow and poor weight shift onto the R after the L MCA stroke; she falls back into the chair.
            Objective: 5x sit to stand 18.2 sec without hands (26.0 at eval); functional reach 8 in.
            M. Whitebird, PT
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // WRSM Hailey PTA "Thrower's Ten, modified for the roping arm" with weights, bands and sets for a team roper; R rotator cuff and lower trap weakness with pain on the swing; dynamometer kilograms; 97110 — 18 min matches: passes.
        ["v3-h106-wrsm-throwers-ten-for-a-roper-97110"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Hailey
            Patient: Buck Hallett, 67 · team roper (the Hailey rodeo grounds)
            97110 therapeutic exercise — 18 min (C. Dastrup PTA)
            Thrower's Ten, modified for the roping arm:
            - sidelying ER 2 lb 3x12
            - prone horizontal abduction (T) and full can 2x15, no weight
            - D2 flexion with the red band 3x12
            - seated press-ups 2x10
            Why: R rotator cuff and lower trap weakness, shoulder pain swinging the loop overhead.
            Tests: HHD R ER 9.8 kg (L 13.2 kg).
            """,
            ["M75.41"], [PTA("97110", 18)], []),

        // GVRMC "Sensory reweighting on the Bertec" in the sway-referenced surface and visual-surround conditions with head turns, then foam with a moving optokinetic scene; "☒ Individual (1:1)"; visually dependent postural control with poor use of vestibular and somatosensory input; SOT composite and condition-5 falls; 97112 — 22 min matches: passes.
        ["v3-h106-gvrmc-sensory-reweighting-on-the-bertec"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Pellegrini, Rose   Age: 73
            Attendance: ☒ Individual (1:1)  ☐ Concurrent  ☐ Group
            Neuromuscular re-education (97112) — PT — 22 min
              Sensory reweighting on the Bertec: training in the sway-referenced surface and visual-surround conditions, head turns added, then standing on the foam with a moving optokinetic scene.
            Impairment: visually dependent postural control — poor use of vestibular and somatosensory input after the labyrinthitis; she falls in the dark.
            Objective: SOT composite 61 (48 at eval); condition 5 falls 1 of 3 trials (3 of 3 at eval).
            """,
            ["H83.03"], [PT("97112", 22)], []),

        // WRSM Ketchum "PEP program, balance and plyometric blocks" named, "one-on-one with Devon", R knee neuromuscular control and proprioception, and "Tests: not retested today. Landings look softer, she says the knee feels more trustworthy" - no number but the code and its minutes: measure missing.
        ["v3-h106-wrsm-pep-program-with-no-number"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Ketchum
            Patient: Joanne Whitlock · pickup soccer at Atkinson Park · R ACL reconstruction
            97112 neuromuscular re-ed — 22 min, one-on-one with Devon
            PEP program, balance and plyometric blocks: single-leg balance on the Airex with a ball pass, lateral line hops with soft landings, bounding to a stick and hold.
            Why: R knee neuromuscular control and proprioception, the knee caves in on landing.
            Tests: not retested today. Landings look softer, she says the knee feels more trustworthy.
            """,
            ["S83.511D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // GVRMC PWR! Moves in standing and on foam with a cognitive task, "☒ Individual (1:1)", Mini-BESTest and 360 turn steps, and "Impairment: —" with no deficit, system or impairment anywhere: deficit missing.
        ["v3-h106-gvrmc-pwr-moves-with-no-deficit"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Fjeld, Harold   Age: 77
            Attendance: ☒ Individual (1:1)  ☐ Concurrent  ☐ Group
            Neuromuscular re-education (97112) — PT — 24 min
              PWR! Moves: PWR!Up, PWR!Rock, PWR!Twist and PWR!Step in standing, then on the foam, big and fast to a count; PWR!Step around the cones with a cognitive task.
            Impairment: —
            Objective: Mini-BESTest 22/28; 360 turn 6 steps each way.
            """,
            ["G20.A1"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // WRSM Hailey 97140 "IASTM with the Graston tools along the L Achilles and medial gastroc", cross-friction at the insertion and talocrural posterior glides (no grade) for L Achilles tendinopathy, and "Response: less tight after, ankle moves better" - no grade, bout, range or number but the code and its minutes: measure missing.
        ["v3-h106-wrsm-iastm-with-no-number-97140"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Hailey
            Patient: Corinne Aldous · trail runner, Carbonate Mountain
            97140 manual therapy — 11 min (K. Baird PT)
            - IASTM with the Graston tools along the L Achilles and medial gastroc
            - cross-friction massage at the Achilles insertion
            - talocrural posterior glides
            Why: L Achilles tendinopathy, tendon stiffness and calf tightness, pain on the climbs.
            Response: less tight after, ankle moves better.
            """,
            ["M76.62"], [PT("97140", 11)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // TROPT Midtown: "her R knee gives way when she steps down from the cab to the platform — quad timing and R knee proprioception late after the medial meniscus repair"; "One-to-one with Mara for the NMR; the RA only brought the boxes"; step-downs onto foam, split-stance perturbations, drop-and-stick landings; joint position error and step-downs; 97112 — 23 min matches: passes.
        ["v4-h106-tropt-knee-gives-way-stepping-off-the-cab"] = new(
            """
            TROPT Daily Note — Midtown (J St)
            Pt: Freeman-Ruiz, Dolores · 66 y/o · SacRT light-rail operator
            One-to-one with Mara for the NMR; the RA only brought the boxes.
            97112 NMR — 23 min (M. Castellanos PT)
              step-downs off the 8" box onto the foam, slow and controlled; split-stance perturbations at the pelvis; drop-and-stick landings off a 4" step
            Impairment: her R knee gives way when she steps down from the cab to the platform — quad timing and R knee proprioception late after the medial meniscus repair.
            Measures: knee joint position error R 7 deg / L 2 deg; 8 of 10 step-downs onto foam without a wobble.
            """,
            ["S83.241D"], [PT("97112", 23)], []),

        // GVRMC: "can't stand in the shower to wash her hair — sways and grabs the grab bar as soon as her eyes close; she loses the sense of the floor without vision (somatosensory loss in both feet)"; "one-on-one with the PT; the rehab tech only moved the mats"; foam eyes closed with the head tilted back, a bath-mat edge, weight shifts in the mock shower; Romberg seconds; 97112 — 22 min matches: passes.
        ["v4-h106-gvrmc-grabs-the-bar-in-the-shower"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Sorensen, Lila   Age: 78
            Attendance: one-on-one with the PT; the rehab tech only moved the mats.
            Neuromuscular re-education (97112) — PT — 22 min
              Standing on the foam with eyes closed and head tilted back (the shower position), then with arm movements; stepping over a bath-mat edge; weight shifts in the mock shower stall, holding and releasing the grab bar.
            Impairment: can't stand in the shower to wash her hair — sways and grabs the grab bar as soon as her eyes close; she loses the sense of the floor without vision (somatosensory loss in both feet).
            Objective: Romberg on foam EC 4 sec (0 at eval); feet together, head back, firm floor EC 20 sec.
            """,
            ["G62.9"], [PT("97112", 22)], []),

        // WRSM Ketchum: "in the ski boot he can't feel where the L ankle is — loses the downhill ski on the cat track; L ankle proprioception after the ORIF"; "Kirsten and Frank one-on-one; Jaxon (ATC) set up the slide board and left"; BOSU edging eyes closed, slide-board pushes with stops, SLS in the boot with a ball toss; joint position error and SLS seconds; 97112 — 24 min matches: passes.
        ["v4-h106-wrsm-cant-feel-the-ankle-in-the-ski-boot"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Ketchum
            Patient: Frank Delgado, 69 · lift operator on Baldy · L ankle ORIF 8/2025
            97112 neuromuscular re-ed — 24 min, Kirsten and Frank one-on-one; Jaxon (ATC) set up the slide board and left
            - ski stance on the BOSU dome-down, edging side to side, eyes closed
            - lateral slide-board pushes with a stop on cue
            - single-leg stance on the foam in the ski boot, ball toss
            Why: in the ski boot he can't feel where the L ankle is — loses the downhill ski on the cat track; L ankle proprioception after the ORIF.
            Tests: joint position sense L 6 deg error / R 2 deg; SLS foam in the boot L 11 sec / R 30 sec.
            """,
            ["S82.892D"], [PT("97112", 24)], []),

        // WRSM Hailey: "his feet can't feel the stream bed — he can't trust his footing on the rocks wading Silver Creek; somatosensory loss with the B12 neuropathy, late ankle strategy"; "(•) 1:1 PT or SPT+CI" with the SPT and the PT in the room; a river-rock tray in wading boots, the wobble board with a casting motion, step-overs with pushes; wobble-board seconds, pushes and monofilament sites; 97112 — 22 min matches: passes.
        ["v4-h106-wrsm-cant-trust-his-footing-wading"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Hailey
            Patient: Marv Ketchersid, 70 · fly-fishing guide on Silver Creek
            Care type:  (•) 1:1 PT or SPT+CI   ( ) ATC-supervised   ( ) group
            97112 neuromuscular re-ed — 22 min (R. Iyer SPT with D. Tafoya PT in the room)
            - walking across the river-rock tray in wading boots, eyes up on a target
            - stance on the wobble board with a casting motion
            - stepping over the pool noodles with unannounced pushes
            Why: his feet can't feel the stream bed — he can't trust his footing on the rocks wading Silver Creek; somatosensory loss with the B12 neuropathy, late ankle strategy.
            Tests: wobble board with casting 15 sec; 7 of 10 pushes without a step; monofilament 3 of 10 sites felt.
            Co-signed: D. Tafoya PT
            """,
            ["E53.8", "G62.9"], [PT("97112", 22)], []),

        // TROPT Elk Grove PTA 97530: "she can't reach the top bin without hiking her shoulder — R shoulder elevation weakness and pain after the cuff repair"; totes to the top rack shelf, the scanner overhead, pushing and pulling the tote cart; totes with loads and cart distances; the RA's ice not billed; 97530 — 18 min matches: passes.
        ["v4-h106-tropt-cant-reach-the-top-bin-97530"] = new(
            """
            TROPT Daily Note — Elk Grove
            Pt: Mendoza, Graciela · 65 y/o · picker at the fulfillment center off Kammerer Rd
            97530 TA — 18 min (A. Freeman PTA)
              reaching totes to the top rack shelf and back down, lifting the scanner gun overhead, pushing and pulling the tote cart with both arms
            Why: she can't reach the top bin without hiking her shoulder — R shoulder elevation weakness and pain after the cuff repair.
            Done: 10 totes at 8 lb to the top shelf with a good scapular set; cart 120 lb pushed and pulled 150 ft x 3.
            RA (not billed): ice to the R shoulder after.
            """,
            ["Z47.89", "M75.121"], [PTA("97530", 18)], []),

        // GVRMC 97116: "freezes in the doorway to the cardiac rehab gym and takes tiny steps on the carpet (Parkinson's disease); forward flexed, reduced arm swing"; gait through the doorway and across the carpet with laser-line and metronome cues, stops and starts in the hallway; freezes, step length and distance; Minutes column 21 matches: passes.
        ["v4-h106-gvrmc-freezes-in-the-cardiac-rehab-doorway-97116"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Hjelm, Oscar   Age: 80   (also in Phase II cardiac rehab, Mon/Wed/Fri)
            Intervention                                   Provided by   Minutes
            Gait training (97116)                          PT            21
              Through the doorway into the cardiac rehab gym and across its carpet with laser-line and metronome cues, big steps, turning at the end; then the hallway with stops and starts on command.
            Impairment: freezes in the doorway to the cardiac rehab gym and takes tiny steps on the carpet (Parkinson's disease); forward flexed, reduced arm swing.
            Objective: 4 freezes in 10 doorway passes (9 at eval); step length 16 in with the laser line; 400 ft stand-by assist.
            """,
            ["G20.A1"], [PT("97116", 21)], []),

        // TROPT Folsom last visit: "1:1 with Trevor the whole NMR"; perturbations on the Airex, tandem with head turns, SLS eyes closed, hurdles with a dual task; Berg, SLS and FGA; "Impairment: none today, all goals met" - no neuromuscular deficit or system targeted: deficit missing.
        ["v4-h106-tropt-impairment-none-today"] = new(
            """
            TROPT Daily Note — Folsom
            Pt: Carrasco, Beatriz · 70 y/o · visit 12 of 12
            1:1 with Trevor the whole NMR.
            97112 NMR — 22 min (T. Nakamura PT)
              Perturbations on the Airex; tandem walk with head turns; SLS eyes closed; hurdles with a dual task.
            Impairment: none today, all goals met.
            Measures: Berg 55/56; SLS EC 25 sec each; FGA 28/30.
            Plan: D/C to the HEP.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // WRSM Ketchum return-to-play check: "(•) 1:1 PT or SPT+CI"; split-steps to reaction lights, single-leg hops to clock positions on foam, the perturbation board with a racquet swing; hop LSI, Y-balance composite and clean cuts; "Why: return-to-play check — all criteria met, no deficits remain": deficit missing.
        ["v4-h106-wrsm-all-criteria-met-no-deficits-remain"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Ketchum
            Patient: Gwen Harrop, 67 · tennis at the Sun Valley courts
            Care type:  (•) 1:1 PT or SPT+CI   ( ) ATC-supervised   ( ) group
            97112 neuromuscular re-ed — 23 min (K. Baird PT)
            - reactive split-step to the reaction lights, cut on the light
            - single-leg hops to the clock positions on the foam
            - perturbation board in single-leg stance with a racquet swing
            Why: return-to-play check — all criteria met, no deficits remain.
            Tests: hop LSI 97%; Y-balance composite L 98% / R 99%; 10 of 10 cuts clean.
            Discharged to tennis.
            """,
            ["S83.512D"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // GVRMC PTA 97116 discharge: outdoor path, curb and ramp without a device, dual-task walking with a tray; distance, gait speed and independence; "Gait: no deviations observed. Impairments: none identified." - no impairment or goal targeted: deficit missing.
        ["v4-h106-gvrmc-no-deviations-none-identified-97116"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Tollefson, Ruth   Age: 74
            Intervention                                   Provided by   Minutes
            Gait training (97116)                          PTA           19
              Walking the outdoor path, the curb at the entrance and the parking-garage ramp without a device; dual-task walking carrying a tray.
            Gait: no deviations observed. Impairments: none identified.
            Objective: 1,200 ft independent; 10-meter walk 1.21 m/s; curb and ramp independent.
            Plan: discharge, independent with the home program.
            """,
            ["Z96.641"], [PTA("97116", 19)], [At(Deficit, "97116")]),

        // TROPT Rancho Cordova "Charted by: Luis (RA) from the flowsheet; PT to complete" with "Impairment: [PT to complete]" never completed; one-on-one, Luis set up only; rocker board eyes closed, braiding at the bar, catch and throw on the Airex; rocker seconds, braiding feet and catches; no deficit or system on the page: deficit missing.
        ["v4-h106-tropt-ra-charted-impairment-left-for-the-pt"] = new(
            """
            TROPT Daily Note — Rancho Cordova
            Pt: Huang, Wen · 72 y/o
            Charted by: Luis (RA) from the flowsheet; PT to complete.
            97112 NMR — 24 min (T. Nakamura PT), one-on-one, Luis set up only
              • rocker board M/L, eyes closed
              • braiding along the bar
              • catch and throw on the Airex
            Impairment: [PT to complete]
            Measures: rocker M/L 16 sec; braiding 20 ft without touching the bar; 9 of 10 catches on the Airex.
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // GVRMC OT 97530: "she can't get her L arm into her coat sleeve — the shoulder won't go behind her (L shoulder IR and extension limited after the proximal humerus fracture)"; coat on and off, tucking a blouse behind, a front-hook bra, hanging the coat; repetitions with minimal assist and shoulder degrees; 97530 — 20 min matches: passes.
        ["v4-h106-gvrmc-ot-cant-get-her-arm-into-the-coat-97530"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · OT Daily Treatment Note
            Patient: Quist, Margit   Age: 71
            OT: R. Dupuis, OTR/L
            Therapeutic activities (97530) — 20 min
              Putting on and taking off her winter coat, L arm first; reaching behind to tuck in a blouse; fastening a front-hook bra; hanging the coat on the closet hook.
            Problem: she can't get her L arm into her coat sleeve — the shoulder won't go behind her (L shoulder IR and extension limited after the proximal humerus fracture).
            Measured: coat on and off 3 times with minimal assist (moderate at eval); hand behind back to the L back pocket; shoulder extension 30 deg.
            """,
            ["S42.202D"], [OT("97530", 20)], []),

        // WRSM Bellevue 97530 for a packer: "he can't get his R foot high enough to reach the stirrup — R hip flexion and abductor weakness after the THA", the SPT assisting with the CI hands-on and the ATC on the lead rope; mounting from the block and the ground, hanging a pannier on the sawbuck, leading over rail poles; mounts with assist levels and panniers hung; 97530 — 20 min matches: passes.
        ["v4-h106-wrsm-foot-wont-reach-the-stirrup-97530"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Bellevue
            Patient: Clyde Sorrells, 73 · packer, takes mules into the Pioneers each summer · R THA 12/2025
            97530 therapeutic activities — 20 min (K. Baird PT; H. Ostler SPT assisting, CI hands-on)
            - mounting practice at the mounting block onto the saddle on the stand, then from the ground with the stirrup lowered
            - lifting and hanging the 40-lb pannier on the sawbuck
            - leading the "mule" (Emily, ATC, on the lead rope) over the rail poles
            Why: he can't get his R foot high enough to reach the stirrup — R hip flexion and abductor weakness after the THA; goal is to pack into the Pioneers in July.
            Done: 4 mounts from the block with stand-by assist, 2 from the ground with contact guard; pannier hung 5 times.
            """,
            ["Z96.641", "Z47.1"], [PT("97530", 20)], []),

        // TROPT Elk Grove PTA 97116: "catches his R toe on the curb at the bus stop and trips — R foot drop after the L stroke, circumducts"; AFO and cane gait across the lot and the bus-stop curb with swing cues; distance with stand-by assist and curbs with contact guard; 97116 — 18 min matches: passes.
        ["v4-h106-tropt-toe-catches-on-the-bus-stop-curb-97116"] = new(
            """
            TROPT Daily Note — Elk Grove
            Pt: Whitaker, Lonnie · 76 y/o
            97116 GT — 18 min (J. Park PTA)
              gait with the AFO and the SPC across the parking lot, up and down the curb at the bus stop on Laguna Blvd, cues for R hip and knee flexion in swing and heel first
            Impairment: catches his R toe on the curb at the bus stop and trips — R foot drop after the L stroke, circumducts.
            Measures: 500 ft SPC stand-by assist; curb x 6 with contact guard, no toe catch (3 catches last visit).
            """,
            ["I69.351", "M21.371"], [PTA("97116", 18)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // TROPT West Sacramento with a percentage as the measure: "recovered 70% of lateral perturbations without a step (40% at eval)"; "[X] 1:1 licensed clinician"; lateral perturbations on the Airex, step-and-hold to floor targets, sidestepping over cones; delayed lateral stepping with falls to the side; "97112 NMR ... 22 min" matches: passes.
        ["v5-h106-tropt-percent-of-perturbations-recovered"] = new(
            """
            TROPT Daily Note — West Sacramento
            Pt: Nguyen, Thao · 71 y/o
            Delivery:  [X] 1:1 licensed clinician   [ ] RA-supervised   [ ] concurrent
            97112 NMR ... 22 min (M. Castellanos PT)
              lateral perturbations at the pelvis on the Airex; step-and-hold to the floor targets; sidestepping over the cones
              Why: delayed lateral stepping response, falls to the side (postural control)
              Measures: recovered 70% of lateral perturbations without a step (40% at eval)
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // GVRMC 97116 with gait speed in metres a second: "10-meter walk 0.68 m/s (0.49 at eval); 350 ft before a seated rest"; four-wheeled walker in the corridor and on the outdoor path with cues, backing and turning in the elevator lobby; shuffling flexed gait after a laminectomy; Minutes column 22 matches: passes.
        ["v5-h106-gvrmc-gait-speed-in-metres-a-second-97116"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Kallio, Toivo   Age: 82
            Intervention                                   Provided by   Minutes
            Gait training (97116)                          PT            22
              Gait with the four-wheeled walker in the hospital corridor and on the outdoor path, cues for heel strike and an upright trunk; backing up and turning in the elevator lobby.
            Impairment: shuffling, flexed gait with short steps after the lumbar laminectomy; his legs tire and drag.
            Objective: 10-meter walk 0.68 m/s (0.49 at eval); 350 ft before a seated rest.
            """,
            ["M48.062"], [PT("97116", 22)], []),

        // WRSM Ketchum BESS errors by surface: "BESS 11 errors (firm 2, foam 9) — 22 at the first visit", the ATC scoring from the side while "D. Tafoya PT with Lonnie one-on-one"; foam single-leg and tandem stance with head turns, head-turn walking with catches, saccades while side-stepping; postural control and vestibular processing after a concussion; 97112 — 23 min matches: passes.
        ["v5-h106-wrsm-bess-errors-by-surface"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Ketchum
            Patient: Lonnie Abbott, 65 · Sun Valley old-timers hockey · concussion 2/2/2026 (boarded)
            Care team: D. Tafoya PT with Lonnie one-on-one; E. Haws LAT ATC did the BESS scoring from the side
            97112 vestibular re-ed — 23 min
            - single-leg and tandem stance on the foam with head turns
            - walking with head turns and ball catches down the hall
            - saccades while stepping side to side
            Why: postural control and vestibular processing after the concussion; dizziness and sway with head turns.
            Tests: BESS 11 errors (firm 2, foam 9) — 22 at the first visit.
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // WRSM Hailey PTA 97530 for a volunteer ski patroller: hauling the rescue toboggan with sandbags, kneeling to package the dummy, T-drill shuffles; R knee strength and confidence under load after a meniscectomy; sandbag load and yards, kneel-to-stands and a T-test in seconds; 97530 — 21 min matches: passes.
        ["v5-h106-wrsm-toboggan-and-t-test-97530"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Hailey
            Patient: Deb Ostrander, 67 · volunteer ski patroller, Dollar Mountain · R partial medial meniscectomy 12/2025
            97530 therapeutic activities — 21 min (C. Dastrup PTA)
            - hauling the rescue toboggan loaded with sandbags across the turf, then side-stepping it up the ramp
            - kneeling on the foam to "package" a patient (the dummy), up and down
            - T-drill shuffles and backpedals around the cones
            Why: R knee strength and confidence under load after the meniscectomy; goal is to clear the patrol's sled test.
            Done: toboggan with 120 lb of sandbags 60 yd x 3; 8 kneel-to-stand without hands; T-test 14.2 sec (17.8 at eval).
            """,
            ["S83.241D"], [PTA("97530", 21)], []),

        // TROPT Roseville Four Square Step Test "15.8 sec (22.4 at eval)"; "1:1 with Mara; Brianna (RA) had set up the canes for the step-over course"; multidirectional stepping over canes in a cross, stepping strategy to pushes, tandem with head turns; slow multidirectional stepping and postural control; 97112 — 25 min matches: passes.
        ["v5-h106-tropt-four-square-step-test"] = new(
            """
            TROPT Daily Note — Roseville (Eureka Rd)
            Pt: Kowalski, Stan · 78 y/o · retired Union Pacific machinist (the Roseville yard)
            1:1 with Mara; Brianna (RA) had set up the canes for the step-over course.
            97112 NMR — 25 min (M. Castellanos PT)
              multidirectional stepping over the canes laid in a cross (four-square pattern), forward, sideways and back; stepping strategy to pushes; tandem with head turns
            Impairment: slow multidirectional stepping, postural control; he catches his heel stepping backward.
            Measures: Four Square Step Test 15.8 sec (22.4 at eval); 6 of 10 pushes with one step.
            """,
            ["R26.81"], [PT("97112", 25)], []),

        // GVRMC PTA Biodex Balance System: limits-of-stability training at platform levels, weight shifts to targets, maze control, eyes closed at the bars; "☒ Individual (1:1)"; reduced limits of stability backward and to the R after a hip fracture; overall stability index and limits-of-stability score; 97112 — 21 min matches: passes.
        ["v5-h106-gvrmc-biodex-stability-index"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Strand, Elsie   Age: 76
            Attendance: ☒ Individual (1:1)  ☐ Concurrent  ☐ Group
            Neuromuscular re-education (97112) — PTA — 21 min
              Biodex Balance System: limits-of-stability training at level 8 then level 6, weight shifts to the targets; maze control; standing on the platform with eyes closed at the bars.
            Impairment: limits of stability reduced backward and to the R; postural control after the R hip fracture.
            Objective: overall stability index 2.4 (3.9 at eval); limits of stability score 38% (24% at eval).
            K. Lindahl, PTA
            """,
            ["S72.001D"], [PTA("97112", 21)], []),

        // TROPT Elk Grove PTA with functional reach in inches: "functional reach 7.5 in (5 in at eval); lateral reach R 5 in / L 4 in"; "1:1 w/ licensed: Y"; reaching beyond her base on foam, weight shifts with a ball on the wall, stepping to floor targets; small limits of stability with anterior and lateral postural control; 97112 — 22 min matches: passes.
        ["v5-h106-tropt-pta-functional-reach-in-inches"] = new(
            """
            TROPT Daily Note — Elk Grove
            Pt: Ballard, June · 80 y/o
            1:1 w/ licensed: Y    RA-assisted: N    Concurrent: N
            97112 NMR — 22 min (A. Freeman PTA)
              reaching forward and to the sides beyond her base to the cones on the high table, standing on the foam; weight shifts with the ball on the wall; stepping to the clock numbers on the floor
            Impairment: limits of stability small, anterior and lateral postural control; she won't lean past her feet.
            Measures: functional reach 7.5 in (5 in at eval); lateral reach R 5 in / L 4 in.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // WRSM Ketchum force-plate centre-of-pressure path in centimetres, "one-on-one with Kirsten; Hannah (SPT) logged the force-plate data"; hop and stick on the force plate, SLS on the half dome eyes closed, stepping down a rock tray on a ramp; R ankle proprioception and landing control after repeated sprains; COP path and SLS seconds; 97112 — 22 min matches: passes.
        ["v5-h106-wrsm-force-plate-cop-path"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Ketchum
            Patient: Terri Gallagher, 65 · trail runner, aid-station volunteer · R ankle sprain x 3 this fall
            97112 neuromuscular re-ed — 22 min, one-on-one with Kirsten; Hannah (SPT) logged the force-plate data
            - single-leg hop and stick on the force plate, forward and lateral
            - single-leg stance on the half dome, eyes closed
            - trail-descent simulation: stepping down the rock tray on the ramp
            Why: R ankle proprioception and landing control after repeated sprains; rolls the ankle on descents.
            Tests: single-leg landing COP path R 42 cm (61 at eval) / L 35 cm; SLS half dome EC R 9 sec.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // GVRMC 97110 with handheld dynamometry in kilograms beside the doses: machine knee extension, sit-to-stand, step-ups and cuff-weight hip abduction; bilateral quad and hip abductor weakness after a CABG, can't rise from a low recliner; Minutes column 18 matches: passes.
        ["v5-h106-gvrmc-dynamometer-kilograms-97110"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Rask, Leonard   Age: 70   (cardiac rehab Tue/Thu; PT on his off days)
            Intervention                                   Provided by   Minutes
            Therapeutic exercise (97110)                   PT            18
              Seated knee extension on the machine 3x10 @ 25 lb; sit to stand from the low chair 3x8; step-ups to the 6-inch step 2x10 each; standing hip abduction with the 2-lb cuff 3x12.
            Impairment: bilateral quad and hip abductor weakness, can't get up from his low recliner without pushing; deconditioned after the CABG.
            Objective: HHD knee extension R 16.2 kg / L 18.0 kg (11.4 / 13.1 at eval).
            """,
            ["Z95.1", "M62.81"], [PT("97110", 18)], []),

        // TROPT Davis "RA note: did all the stations, looked steadier than last time" as the only result; one-on-one with Trevor; rocker board eyes closed, tandem with head turns, cones to a metronome; ankle proprioception and postural control with numb feet; no number but the code and its minutes: measure missing.
        ["v5-h106-tropt-ra-note-looked-steadier"] = new(
            """
            TROPT Daily Note — Davis
            Pt: Escobar, Irma
            Delivery: one-on-one with Trevor for the NMR; RA Brianna handed him the cones.
            97112 NMR — 23 min (T. Nakamura PT)
              rocker board eyes closed; tandem walk with head turns; stepping over the cones to a metronome
            Impairment: ankle proprioception and postural control, both feet numb from the neuropathy
            RA note: did all the stations, looked steadier than last time.
            """,
            ["E11.42"], [PT("97112", 23)], [At(Measure, "97112")]),

        // GVRMC "Objective: the EP says he is less winded on the NuStep this week; steadier on the foam." with no vital sign, score or count; individual session; pelvic perturbations on foam, head-turn track walking, backward pulls on the gait belt; postural control with a slow stepping strategy; no number but the code and its minutes: measure missing.
        ["v5-h106-gvrmc-ep-says-less-winded"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Barstad, Nils
            Attendance: individual — PT with Mr. Barstad only for the whole session.
            Intervention                                   Provided by   Minutes
            Neuromuscular re-education (97112)             PT            22
              Perturbations at the pelvis standing on the foam; tandem walking on the gym track with head turns; stepping strategy to backward pulls on the gait belt.
            Impairment: postural control and a slow stepping strategy; he falls backward when pulled.
            Objective: the EP says he is less winded on the NuStep this week; steadier on the foam.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // WRSM Hailey 97530 "Response: Jaxon (ATC) says his cuts look cleaner; no pain" as the only result; base-running around a cone, fielding ground balls side to side, sprint-and-cut on a whistle; L hamstring strength and control after a strain with a return-to-league goal; no count, distance or number but the code and its minutes: measure missing.
        ["v5-h106-wrsm-atc-says-cuts-look-cleaner-97530"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Hailey
            Patient: Rodney Pugh · softball, the Hailey senior league
            97530 therapeutic activities — 20 min (D. Tafoya PT)
            - base-running simulation: rounding the cone at "first base", stopping and going back
            - fielding ground balls moving side to side and throwing to the net
            - sprint, decelerate, cut on the whistle
            Why: L hamstring strength and control after the strain running to first; goal is back to the senior league this spring.
            Response: Jaxon (ATC) says his cuts look cleaner; no pain.
            """,
            ["S76.312D"], [PT("97530", 20)], [At(Measure, "97530")]),

        // TROPT Rancho Cordova PTA 97116 "Response: walked better, less limp by the end" as the only result; cane gait around the parking-lot loop and the front curb with cues; short L step and a stiff R knee in swing after a knee replacement; no distance, assist or number but the code and its minutes: measure missing.
        ["v5-h106-tropt-walked-better-less-limp-97116"] = new(
            """
            TROPT Daily Note — Rancho Cordova
            Pt: Pruitt, Harlan
            97116 GT — 20 min (A. Freeman PTA)
              gait with the SPC around the parking-lot loop and up and down the curb by the front door, cues for a longer L step and heel strike on the R
            Impairment: short L step, R knee stiff in swing after the R TKA; antalgic.
            Response: walked better, less limp by the end.
            """,
            ["Z96.651"], [PTA("97116", 20)], [At(Measure, "97116")]),

        // GVRMC PTA "Objective: Berg and DGI to be retested by the PT at the progress note." - scores named with no value; "☒ Individual (one-on-one)"; gaze stabilisation on foam, head-turn walking with stops, rocker board eyes closed; L vestibular hypofunction; no number but the code and its minutes: measure missing.
        ["v5-h106-gvrmc-pta-measures-deferred-to-the-pt"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Engstrom, Clara
            Attendance: ☒ Individual (one-on-one)  ☐ Concurrent  ☐ Group
            Neuromuscular re-education (97112) — PTA — 21 min
              Gaze stabilization standing on the foam; walking with head turns and stops; standing feet together on the rocker board, eyes closed.
            Impairment: L vestibular hypofunction, dizzy and unsteady with head turns.
            Objective: Berg and DGI to be retested by the PT at the progress note.
            K. Lindahl, PTA
            """,
            ["H81.22"], [PTA("97112", 21)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // TROPT Elk Grove hand-off with clock ranges on each code's own line: "PT 97112 NMR · 2:02–2:25 pm · Mara, one-on-one" (23) and "PTA 97110 TE · 2:25–2:40 pm · Jun" (15), both match; tilt board eyes closed, step-ups onto foam with a head turn, SLS perturbations with seconds and counts; SAQ, TKE, step-ups and heel slides with doses; knee proprioception, quad weakness and flexion range after a knee replacement; the RA's bike and ice not billed: passes.
        ["v6-h106-tropt-clock-ranges-at-the-hand-off"] = new(
            """
            TROPT Daily Note — Elk Grove
            Pt: Salgado, Ernesto · 73 y/o · L TKA 1/13/2026
            PT 97112 NMR · 2:02–2:25 pm · Mara, one-on-one
              tilt board A/P, eyes closed; step-ups onto the foam with a head turn; perturbations at the pelvis in SLS
              L knee proprioception and postural control after the TKA; the knee buckles stepping off the curb
              tilt board EC 10 sec; 6 of 10 perturbations without a step
            PTA 97110 TE · 2:25–2:40 pm · Jun
              SAQ 3 lb 3x10; TKE green band 3x15; step-ups 6" 3x10 L; heel slides with a strap 3x10
              L quad weakness and knee flexion limited, ext lag 5 deg
            RA (not billed): Kenji put him on the bike before 2 o'clock and iced him after.
            """,
            ["Z96.652", "Z47.1"], [PT("97112", 23), PTA("97110", 15)], []),

        // GVRMC "Intervention / Provided by / Minutes" table with a PT's 97112 row (22) and, after a hand-off, a PTA's 97116 row (14), both match; "☒ Individual (1:1)"; pushes, foam-beam tandem and head-turn walking; cane gait on the path and ramp with cues; slow stepping reactions, short R step and a wide base after a fall; pushes, tandem steps and distance with stand-by assist: passes.
        ["v6-h106-gvrmc-pt-row-and-pta-row"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Ojala, Wilho   Age: 77
            Attendance: ☒ Individual (1:1)  ☐ Concurrent  ☐ Group
            Intervention                                   Provided by   Minutes
            Neuromuscular re-education (97112)             PT            22
              Stepping strategy to pushes; tandem on the foam beam; walking with head turns and stops.
            Gait training (97116)                          PTA           14
              Hand-off to the PTA: cane gait on the outdoor path and the ramp, cues for a longer R step.
            Impairment: slow stepping reactions and postural control after the fall; short R step, wide base.
            Objective: 7 of 10 pushes with one step; tandem on the foam beam 8 steps; gait 450 ft with the cane, stand-by assist.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22), PTA("97116", 14)], []),

        // WRSM Ketchum code headings "97140 manual therapy — 9 min" and "97112 neuromuscular re-ed — 24 min", both match; "(•) 1:1 PT or SPT+CI"; talocrural glides grade III and STM with knee-to-wall centimetres; skate push-off on the slide board, SLS on foam eyes closed with head turns, glide-leg perturbations; ankle dorsiflexion and proprioception after an ORIF; SLS seconds and glides held: passes.
        ["v6-h106-wrsm-code-headings-97140-and-97112"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Ketchum
            Patient: Norm Pettibone, 72 · skate skier · R ankle ORIF 9/2025
            Care type:  (•) 1:1 PT or SPT+CI   ( ) ATC-supervised   ( ) group
            97140 manual therapy — 9 min (K. Baird PT)
            - R talocrural posterior glides grade III, 3 bouts
            - STM to the R peroneals and gastroc
            Why: R ankle DF limited, can't get into the skate-ski lunge; knee to wall R 6 cm, 9 cm after; L 12 cm.
            97112 neuromuscular re-ed — 24 min (K. Baird PT)
            - skate-ski push-off on the slide board with a hold on the glide leg
            - SLS on the foam, eyes closed, with head turns
            - lateral perturbations on the glide leg
            Why: R ankle proprioception and postural control on the glide leg after the ORIF.
            Tests: SLS foam EC R 6 sec / L 17 sec; 8 of 10 glides held without a touch-down.
            """,
            ["S82.851D"], [PT("97140", 9), PT("97112", 24)], []),

        // TROPT Folsom minute boxes "Timed codes (licensed): [ 23 ] 97112 NMR [ 15 ] 97110 TE [    ] 97140 MT" (the empty box's code not billed), both billed codes match; "[X] 1:1 licensed clinician"; rocker board, Airex SLS with a ball toss and backward walking with seconds; heel raises, lunges and band work with doses and heel-raise counts; ankle proprioception and calf weakness after a fracture; the RA's bike and ice not billed: passes.
        ["v6-h106-tropt-minute-boxes-with-an-empty-box"] = new(
            """
            TROPT Daily Note — Folsom
            Pt: Devereaux, Carol · 75 y/o
            Timed codes (licensed):  [ 23 ] 97112 NMR   [ 15 ] 97110 TE   [    ] 97140 MT
            Delivery:  [X] 1:1 licensed clinician   [ ] RA-supervised   [ ] concurrent
            NMR: rocker board eyes closed; SLS on the Airex with a ball toss; backward walking with head turns — postural control and proprioception after the R ankle fracture; rocker EC 12 sec, SLS Airex R 8 sec.
            TE: heel raises 3x15; lunges to the 6" step 3x10; band DF/eversion red 3x15 — R calf and evertor weakness; heel raise R 14 reps vs L 25.
            RA (not billed): bike warm-up, ice after.
            """,
            ["S82.851D"], [PT("97112", 23), PT("97110", 15)], []),

        // WRSM Bellevue PTA "97530 x 18 mins — …" and "97110 x 12 mins — …", both match; the ATC set up the garden station; kneeling to a raised bed, a watering can across the turf, a ditch headgate wheel; quad sets, SAQ, step-ups and prone knee flexion with doses; R knee flexion and quad strength after a knee replacement with garden and headgate goals; kneel-to-stands, trips and degrees: passes.
        ["v6-h106-wrsm-x-mins-after-each-code"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Bellevue
            Patient: Ida Mecham, 74 · gardener and ditch irrigator · R TKA 11/2025
            Seen by C. Dastrup PTA; Emily (ATC) set up the garden station.
            97530 x 18 mins — kneeling down to the raised bed on the foam pad and back up, carrying the watering can across the turf, opening the headgate wheel on the mock-up
            97110 x 12 mins — quad sets 2x15, SAQ 3 lb 3x12, step-ups 4" 3x10 R, prone knee flexion with a strap 3x10
            Why: R knee flexion and quad strength after the TKA; goal is to kneel in the garden and turn the ditch headgate.
            Numbers: 5 kneel-to-stand with one hand on the bed; watering can 2 gal x 4 trips; knee flexion 112 deg.
            """,
            ["Z96.651", "Z47.1"], [PTA("97530", 18), PTA("97110", 12)], []),

        // GVRMC OT dot-leader rows under a "CPT … Min" header: "Therapeutic activities (97530) ... 18" and "Therapeutic exercise (97110) ... 12", both match; tub-bench transfers, a low-cupboard reach from the walker and a plate on the walker tray; dowel flexion, band rows, putty and wall slides with doses; R shoulder and grip weakness after a wrist fracture; transfers with minimal assist and grip pounds: passes.
        ["v6-h106-gvrmc-ot-dot-leader-rows-97530-and-97110"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · OT Daily Treatment Note
            Patient: Heglund, Signe   Age: 79
            OT: R. Dupuis, OTR/L
            CPT                                              Min
            Therapeutic activities (97530) ................. 18
              Tub-bench transfers in the ADL bathroom with the handheld shower; reaching to the low cupboard from the walker; carrying a lunch plate on the walker tray.
            Therapeutic exercise (97110) ................... 12
              Shoulder flexion with the dowel 2x15; yellow-band rows 3x12; putty grip 2x20; wall slides 2x10.
            Problem: R shoulder and grip weakness after the R wrist fracture and a fall; can't lift herself over the tub wall or carry a plate.
            Measured: tub-bench transfer with minimal assist x 3; grip R 18 lb / L 44 lb.
            """,
            ["S52.501D"], [OT("97530", 18), OT("97110", 12)], []),

        // TROPT Midtown three codes by a PT and a PTA, each with its minutes after the code: "97140 MT (PT) — 10 min", "97112 NMR (PT) — 23 min, one-on-one", "97110 TE (PTA) — 15 min", all match; cervical glides, suboccipital release and STM with rotation degrees; gaze stabilisation, head-turn walking and laser joint-position training with JPE and DGI; chin tucks, rows and prone T and Y with doses and DNF endurance; cervicogenic dizziness with poor cervical proprioception and deep neck flexor weakness; the RA's moist heat not billed: passes.
        ["v6-h106-tropt-three-codes-pt-and-pta"] = new(
            """
            TROPT Daily Note — Midtown (J St)
            Pt: Gutierrez, Alma · 68 y/o · Capitol tour guide
            97140 MT (PT) — 10 min: C5-6 central PA glides grade III; suboccipital release; STM to the L upper trap — cervical rotation L limited, 52 deg, 64 deg after
            97112 NMR (PT) — 23 min, one-on-one: gaze stabilization standing on foam; head-turn walking down the hall with stops; cervical joint position training with the head laser on the target
              Why: cervicogenic dizziness with poor cervical proprioception after the rear-end collision; unsteady turning her head to the tour group
              JPE 6.2 cm, 3.8 cm after; DGI 19/24
            97110 TE (PTA) — 15 min: chin tucks 3x10 with 5 sec hold; rows green band 3x15; prone T and Y 2x12
              Why: deep neck flexor and lower trap weakness, forward head; DNF endurance 16 sec
            RA (not billed): moist heat to the neck before the MT
            """,
            ["S13.4XXD", "R26.81"], [PT("97140", 10), PT("97112", 23), PTA("97110", 15)], []),

        // WRSM Ketchum student's and PTA's code headings: "97112 neuromuscular re-ed — 22 min · one-on-one (Ravi SPT with Devon CI in the room and hands-on; no other patient)" and "97530 therapeutic activities — 16 min · Colby (PTA)", both match; side-hill walking with a pack, log step-overs, pack-frame perturbations; loading a pack to a tailgate and an ATV mock-up; hip postural control and strength after a hip replacement; step-overs, perturbations and counts with stand-by assist: passes.
        ["v6-h106-wrsm-student-code-and-pta-code"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Ketchum
            Patient: Elliot Baca, 70 · elk-hunting guide in the Smoky Mountains · L THA 10/2025
            97112 neuromuscular re-ed — 22 min · one-on-one (Ravi SPT with Devon CI in the room and hands-on; no other patient)
            - side-hill walking on the tilted platform with a pack, head turns
            - stepping over the logs (foam rollers) without looking down
            - perturbations at the pack frame in a split stance
            Why: L hip postural control and proprioception on side-hills after the THA.
            Tests: 8 of 10 log step-overs without a look-down; 6 of 10 perturbations without a step.
            97530 therapeutic activities — 16 min · Colby (PTA)
            - loading the 40-lb pack from the floor to the tailgate and onto his back
            - climbing onto the ATV mock-up and off on the L side
            Why: L hip strength and motion for loading the pack and getting on the ATV.
            Done: pack floor to tailgate 5x with a good hip hinge; ATV on and off 4x with stand-by assist.
            Co-signed: D. Tafoya PT
            """,
            ["Z96.642"], [PT("97112", 22), PTA("97530", 16)], []),

        // GVRMC PTA "Time: 97116 = 18 min (PTA); 97110 = 12 min (PTA)", both match; cane gait on the track and the lobby stairs with cues, distance and stairs with stand-by assist; machine knee extension, mini squats and step-ups with doses; L knee OA with an antalgic short step and quad weakness in a cardiac-rehab patient: passes.
        ["v6-h106-gvrmc-time-equals-each-code"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Westby, Carl   Age: 69   (Phase II cardiac rehab after the stent; PT for the knee)
            Time: 97116 = 18 min (PTA); 97110 = 12 min (PTA)
            Gait: cane gait on the gym track and the stairs to the lobby, cues for L heel strike and a longer R step — L knee OA, antalgic with a short R step; 600 ft and 14 stairs with the rail, stand-by assist.
            Exercise: seated knee extension 3x12 @ 15 lb; mini squats 3x10; step-ups 6" 2x10 L — L quad weakness with the OA.
            K. Lindahl, PTA
            """,
            ["M17.12", "Z95.5"], [PTA("97116", 18), PTA("97110", 12)], []),

        // TROPT Natomas "CPT/min: 97112/24 (PT) ; 97110/14 (PT)", both match; "1:1 w/ licensed: Y"; Airex perturbations, braiding and SLS with head turns with seconds and counts; bridges, bird-dog and sit-to-stand with doses; postural control and hip extensor and core weakness after a lumbar fusion: passes.
        ["v6-h106-tropt-cpt-slash-minutes"] = new(
            """
            TROPT Daily Note — Natomas
            Pt: Boateng, Kwame · 71 y/o
            CPT/min: 97112/24 (PT) ; 97110/14 (PT)
            1:1 w/ licensed: Y    RA-assisted: N    Concurrent: N
            NMR: perturbations on the Airex; braiding at the bar; SLS with head turns — postural control after the lumbar fusion, slow ankle strategy; SLS R 9 sec / L 7 sec, 7 of 10 perturbations without a step.
            TE: bridges 3x15; bird-dog 2x10 each; sit to stand 3x10 from the 18" chair — hip extensor and core weakness after the fusion.
            """,
            ["Z98.1", "R26.81"], [PT("97112", 24), PT("97110", 14)], []),

        // TROPT Rancho Cordova "97112 NMR ... 35 min" against a 23-min line: mismatch; otherwise complete ("[X] 1:1 licensed clinician"; rocker board, foam-beam tandem and pushes; postural control and ankle proprioception after a sprain; rocker seconds and pushes), the RA's bike before logged as not billed.
        ["v6-h106-tropt-nmr-35-against-23"] = new(
            """
            TROPT Daily Note — Rancho Cordova
            Pt: Ramsey, Verna · 76 y/o
            Delivery:  [X] 1:1 licensed clinician   [ ] RA-supervised   [ ] concurrent
            97112 NMR ... 35 min (M. Castellanos PT)
              rocker board M/L eyes closed; tandem on the foam beam; stepping strategy to pushes
              Why: postural control and L ankle proprioception after the L ankle sprain
              Measures: rocker M/L 14 sec; 7 of 10 pushes with one step
            RA log (not billed): bike warm-up before.
            """,
            ["S93.402D"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // GVRMC table with the PT's 97112 row at 22 (matches) and, after a hand-off, the PTA's 97110 row at 28 against a 16-min line: mismatch on 97110; both rows complete ("☒ Individual (1:1)"; gaze stabilisation, head-turn walking and Romberg on foam with DGI and foam seconds; heel raises, band abduction and sit-to-stand with doses; vestibular hypofunction and hip and calf weakness).
        ["v6-h106-gvrmc-pta-row-28-against-16"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Vik, Sigrid   Age: 72
            Attendance: ☒ Individual (1:1)  ☐ Concurrent  ☐ Group
            Intervention                                   Provided by   Minutes
            Neuromuscular re-education (97112)             PT            22
              Gaze stabilization on the foam; walking with head turns and stops; Romberg on foam, eyes closed.
            Therapeutic exercise (97110)                   PTA           28
              Hand-off to the PTA: heel raises 3x15; hip abduction with the band 3x12; sit to stand 3x10.
            Impairment: R vestibular hypofunction, veers with head turns; bilateral hip and calf weakness.
            Objective: DGI 17/24; foam EC 8 sec; heel raises R 11 / L 14.
            """,
            ["H81.21", "M62.81"], [PT("97112", 22), PTA("97110", 16)], [At(Mismatch, "97110")]),

        // WRSM Hailey heading "97140 manual therapy — 22 min" against a 10-min line: mismatch on 97140; "97110 therapeutic exercise — 15 min" matches; both complete (GH glides grade III and STM with flexion degrees; ER, rows and wall slides with doses; L shoulder motion limited and cuff and serratus weakness).
        ["v6-h106-wrsm-97140-heading-22-against-10"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Hailey
            Patient: Russ Tanner, 69 · sheep rancher (Picabo) · L shoulder impingement
            Care type:  (•) 1:1 PT or SPT+CI   ( ) ATC-supervised   ( ) group
            97140 manual therapy — 22 min (D. Tafoya PT)
            - L GH inferior and posterior glides grade III
            - STM to the L posterior cuff and pec minor
            Why: L shoulder IR and elevation limited; can't reach up to the hay rack. Flexion 128 deg, 141 deg after.
            97110 therapeutic exercise — 15 min (D. Tafoya PT)
            - sidelying ER 2 lb 3x12; rows green band 3x15; serratus wall slides 2x12
            Why: L rotator cuff and serratus weakness.
            """,
            ["M75.42"], [PT("97140", 10), PT("97110", 15)], [At(Mismatch, "97140")]),

        // TROPT West Sacramento "Licensed timed minutes, both codes together: 38" above "NMR (97112):" and "TE (97110):" blocks with no minutes of their own: separate time missing; both parts complete ("[X] 1:1 licensed clinician"; pushes, Airex SLS with head turns and hurdles with counts and seconds; abduction, bridges and step-ups with doses and 5x sit-to-stand; postural control after a fall and hip abductor weakness); the RA's bike and ice not billed.
        ["v6-h106-tropt-licensed-timed-minutes-total-only"] = new(
            """
            TROPT Daily Note — West Sacramento
            Pt: Lor, Pao · 69 y/o
            Licensed timed minutes, both codes together: 38
            Delivery:  [X] 1:1 licensed clinician   [ ] RA-supervised   [ ] concurrent
            NMR (97112): stepping strategy to pushes; SLS on the Airex with head turns; hurdles with a dual task — postural control after the fall, late stepping; 6 of 10 pushes with one step, SLS Airex 7 sec.
            TE (97110): sidelying hip abd 3x12; bridges 3x15; step-ups 6" 3x10 — hip abductor weakness; 5x STS 14.1 sec.
            RA (not billed): bike and ice.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // GVRMC table with the PT's 97112 row at 24 and the PTA's 97116 row's Minutes cell empty: separate time missing; both rows complete ("☒ Individual (1:1)"; rocker board, foam tandem and pushes with seconds and counts; walker-to-cane gait in the corridor with distance and assist; postural control and a short L step after a stroke).
        ["v6-h106-gvrmc-pta-row-minutes-empty"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Nordby, Evelyn   Age: 74
            Attendance: ☒ Individual (1:1)  ☐ Concurrent  ☐ Group
            Intervention                                   Provided by   Minutes
            Neuromuscular re-education (97112)             PT            24
              Rocker board at the bars, eyes closed; tandem on the foam with head turns; stepping strategy to lateral pushes.
            Gait training (97116)                          PTA
              Hand-off to the PTA: rolling walker to the quad cane in the corridor, cues for R heel strike and a longer L step.
            Impairment: R-sided postural control and weight shift after the L MCA stroke; short L step, R knee hyperextends.
            Objective: rocker EC 8 sec; 6 of 10 lateral pushes with one step; quad cane 300 ft with contact guard.
            """,
            ["I69.351"], [PT("97112", 24), PTA("97116", 13)], [SepTime]),

        // WRSM Ketchum "PT + SPT block, both codes together: 40 min" above "Neuro re-ed (97112):" and "Ther act (97530):" blocks with no minutes for each: separate time missing; both parts complete ("one-on-one, Kirsten and Hannah with Lyle only"; foam-stance casting, step-overs and perturbations with seconds and counts; a float-tube and a drift-boat mock-up with counts and assist; somatosensory loss with neuropathy and hip and knee strength for the boat).
        ["v6-h106-wrsm-pt-and-spt-block-total-only"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Ketchum
            Patient: Lyle Gorringe, 71 · fly-caster, drift-boat fisherman
            PT + SPT block, both codes together: 40 min — one-on-one, Kirsten and Hannah with Lyle only
            Neuro re-ed (97112): casting stance on the foam with eyes closed between casts; stepping over the oars laid on the floor; perturbations at the pelvis in a split stance
              Why: somatosensory loss in both feet (neuropathy), late ankle strategy; unsteady standing in the boat
              Tests: foam EC 9 sec; 7 of 10 perturbations without a step
            Ther act (97530): climbing into and out of the drift-boat mock-up over the gunwale; kneeling to the cooler and up; carrying the anchor bag
              Why: hip and knee strength for getting in and out of the boat
              Done: in and out of the boat 4x with stand-by assist; 6 kneel-to-stand with one hand on the gunwale
            Co-signed: K. Baird PT DPT SCS
            """,
            ["G62.9"], [PT("97112", 25), PT("97530", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a PT's 97112 and a PTA's 97110 with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h106-empty-note-pt-and-pta-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 25), PTA("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // An empty note on a PTA's 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h106-empty-note-pta-97116-no-dx"] = new(
            "",
            [], [PTA("97116", 20)], [At(NoteMissing, "97116"), Dx]),

        // A note holding only line breaks, spaces and a tab (cells are trimmed) on an OT's 97530 with a diagnosis: note missing only.
        ["v7-h106-line-breaks-and-spaces-only-ot-97530"] = new(
            "\r\n  \r\n\t \n",
            ["I69.334"], [OT("97530", 22)], [At(NoteMissing, "97530")]),

        // 97110's meaning on a TROPT PTA note: pulleys, wand AAROM, sidelying ER, prone rows and scapular retraction with sets, loads and holds (technique and measure), L shoulder elevation, ER and cuff strength after a cuff repair with a cupboard goal (deficit), AROM degrees; the RA's ice pack not billed; 97110 — 20 min matches: passes.
        ["v7-h106-tropt-97110-cuff-repair-week-13"] = new(
            """
            TROPT Daily Note — Folsom
            Pt: Hollis, Myra · 70 y/o · L rotator cuff repair 12/2/2025, week 13
            97110 TE — 20 min (A. Freeman PTA)
              pulleys flexion and scaption 2x15; supine AAROM flexion with the wand 2x15; sidelying ER 1 lb 3x12; prone row and extension 2x15; scapular retraction with 5 sec hold 3x10
            Why: L shoulder elevation and ER limited, cuff weakness after the repair; can't reach the top cupboard.
            AROM flexion 124 deg (98 at week 8), ER 42 deg.
            RA (not billed): ice pack after.
            """,
            ["Z47.89", "M75.122"], [PTA("97110", 20)], []),

        // 97530's meaning on a GVRMC PT note: floor recovery by half-kneel with a chair, a mock-car transfer with a swivel cushion and a laundry basket carried (technique), hip and knee extensor weakness and a man who lay on the kitchen floor after a fall (deficit), repetitions with contact guard and stand-by assist and the basket's load and trips (measure); 97530 — 22 min matches: passes.
        ["v7-h106-gvrmc-97530-floor-recovery-car-and-laundry"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Norquist, Alvin   Age: 84
            Therapeutic activities (97530) — PT — 22 min
              Floor recovery: down to the mat by half-kneel and back up using the chair; car transfer in the mock car with the swivel cushion; carrying the laundry basket from the washer to the bed.
            Problem: hip and knee extensor weakness, he can't get up after a fall at home — lay on the kitchen floor until his neighbor came.
            Measured: floor to stand with the chair 3 times, contact guard; car transfer 4 times, stand-by assist; basket 8 lb, 3 trips.
            """,
            ["R29.6", "M62.81"], [PT("97530", 22)], []),

        // 97140's meaning on a WRSM note: L glenohumeral inferior glides grade III-IV with holds, a posterior capsule stretch with the glide and STM to the subscapularis and pec minor (technique and measure), L adhesive capsulitis with ER and elevation limited and a Nordic pole that won't plant overhead (deficit), ER and flexion degrees; 97140 — 13 min matches: passes.
        ["v7-h106-wrsm-97140-frozen-shoulder-glides"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Ketchum
            Patient: Marjorie Lund, 68 · Nordic ski instructor · L frozen shoulder
            97140 manual therapy — 13 min (K. Baird PT)
            - L GH inferior glides grade III-IV, 3x30 sec
            - posterior capsule stretch with the glide in sidelying
            - STM to the subscapularis and pec minor
            Why: L adhesive capsulitis, ER and elevation limited; she can't plant the L pole overhead.
            Tests: ER 28 deg, 36 deg after; flexion 120 deg.
            """,
            ["M75.02"], [PT("97140", 13)], []),

        // 97116's meaning on a GVRMC note: rolling walker to single-point cane in the corridor, the outdoor path, the curb cut and the grass with cues (technique), a short L step, R knee hyperextension and slow cadence after a knee replacement (deficit), distance with stand-by assist, the curb with contact guard and gait speed (measure); Minutes column 23 matches: passes.
        ["v7-h106-gvrmc-97116-walker-to-cane-and-the-grass"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Aasen, Thora   Age: 79
            Intervention                                   Provided by   Minutes
            Gait training (97116)                          PT            23
              Rolling walker to the single-point cane in the corridor, then the cane on the outdoor path, the curb cut and the grass by the chapel; cues for R heel strike and a longer L step.
            Impairment: short L step and R knee hyperextension in stance after the R TKA; slow cadence.
            Objective: 500 ft cane, stand-by assist; curb with contact guard; 10-meter walk 0.81 m/s.
            """,
            ["Z96.651"], [PT("97116", 23)], []),

        // Wholly generic TROPT 97112: "Balance ex per flowsheet with the RA. Pt tolerated well. Cont POC." - no technique, deficit, number but its code and minutes, or one-on-one statement.
        ["v7-h106-tropt-generic-97112-with-the-ra"] = new(
            """
            TROPT Daily Note — Elk Grove
            97112 NMR — 25 min
            Balance ex per flowsheet with the RA. Pt tolerated well. Cont POC.
            """,
            ["R26.81"], [PT("97112", 25)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic GVRMC OT 97530 + 97110 with dot-leader minutes for each (16 and 12, both match) and "Patient participated in therapeutic activities and therapeutic exercise per plan of care. Tolerated well, no complaints. Continue plan of care." - nothing named for either code.
        ["v7-h106-gvrmc-generic-ot-97530-and-97110-with-minutes"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · OT Daily Treatment Note
            CPT                                              Min
            Therapeutic activities (97530) ................. 16
            Therapeutic exercise (97110) ................... 12
            Patient participated in therapeutic activities and therapeutic exercise per plan of care. Tolerated well, no complaints. Continue plan of care.
            """,
            ["M62.81"], [OT("97530", 16), OT("97110", 12)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic WRSM 97110 written off the ATC's log: "Athlete completed the rehab program with the ATC per protocol. Tolerated without issue. Progress as tolerated." - no exercise, region, impairment or dose named.
        ["v7-h106-wrsm-generic-97110-per-protocol-with-the-atc"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT
            97110 — 20 min
            Athlete completed the rehab program with the ATC per protocol. Tolerated without issue. Progress as tolerated.
            """,
            ["S83.511D"], [PT("97110", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic TROPT 97530: "Functional activities with the RA per flowsheet. Tol well. Cont POC." - no activity, deficit or measure named.
        ["v7-h106-tropt-generic-97530-with-the-ra"] = new(
            """
            TROPT Daily Note — Natomas
            97530 TA — 18 min
            Functional activities with the RA per flowsheet. Tol well. Cont POC.
            """,
            ["M62.81"], [PT("97530", 18)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // TROPT Rancho Cordova low back, two codes with minutes after each code ("MT 97140 — 10 min", "TE 97110 — 15 min", both match): lumbar central PA glides grade III, paraspinal STM and a manual hip flexor stretch with standing extension degrees; bird-dog, dead bug, bridges and a dowel hip hinge with doses; lumbar extension limited with spasm, core and hip extensor weakness; the RA's hot pack not billed: passes.
        ["vord-h106-tropt-low-back-97140-and-97110"] = new(
            """
            TROPT Daily Note — Rancho Cordova
            Pt: Fuentes, Javier · 67 y/o · retired Aerojet test-stand technician
            MT 97140 — 10 min (T. Nakamura PT): L3-L5 central PA glides grade III, 3 bouts; STM to the L paraspinals; manual hip flexor stretch in the Thomas position
              lumbar extension limited with L paraspinal spasm; standing extension 10 deg, 18 deg after
            TE 97110 — 15 min (T. Nakamura PT): bird-dog 2x10 each; dead bug 2x10; bridges 3x15; hip hinge with the dowel 3x10
              core and hip extensor weakness, can't lift the grandkids' car seat
            RA (not billed): hot pack to the low back before.
            """,
            ["M54.50", "M62.830"], [PT("97140", 10), PT("97110", 15)], []),

        // TROPT Natomas PTA "1:1 w/ licensed: Y"; arena-stair simulation down foam steps with a head turn, Airex SLS with a ball toss, lateral perturbations; R ankle proprioception after a sprain on the arena stairs; SLS seconds and perturbations; 97112 — 23 min matches: passes.
        ["vord-h106-tropt-pta-arena-usher-ankle-97112"] = new(
            """
            TROPT Daily Note — Natomas
            Pt: Pham, Linh · 66 y/o · usher at Golden 1 Center
            1:1 w/ licensed: Y    RA-assisted: N    Concurrent: N
            97112 NMR — 23 min (J. Park PTA)
              arena-stair simulation: stepping down the foam steps with a head turn to the seat numbers; SLS on the Airex with a ball toss; lateral perturbations
            Impairment: R ankle proprioception after the inversion sprain on the arena stairs; unsteady stepping down while reading the rows.
            Measures: SLS Airex R 12 sec / L 27 sec; 8 of 10 perturbations without a step.
            """,
            ["S93.401D"], [PTA("97112", 23)], []),

        // TROPT Davis PTA 97116 after a hip hemiarthroplasty: walker to cane on the clinic floor and the Russell Blvd sidewalk with cues, a curb; short L step, R Trendelenburg lurch and short R stance; distance, curbs and gait speed; the RA walking her to the car not billed; 97116 — 21 min matches: passes.
        ["vord-h106-tropt-pta-gait-after-hemiarthroplasty-97116"] = new(
            """
            TROPT Daily Note — Davis
            Pt: Okada, Fumiko · 82 y/o · R hip hemiarthroplasty 12/8/2025
            97116 GT — 21 min (A. Freeman PTA)
              RW to SPC on the clinic floor and the sidewalk along Russell Blvd; cues for R heel strike, equal step length and an upright trunk; curb up and down
            Impairment: short L step and R Trendelenburg lurch, decreased R stance time.
            Measures: 450 ft SPC stand-by assist; curb x 4 contact guard; gait speed 0.71 m/s.
            RA (not billed): walked her to the car.
            """,
            ["S72.001D"], [PTA("97116", 21)], []),

        // TROPT Elk Grove 97530 for a Courtland pear grower: up and down a tripod orchard ladder with a picking bucket, side reaches at the top, backing down; L knee and hip strength and confidence on the ladder after a knee replacement with a pruning goal; trips, bucket load and reaches; 97530 — 22 min matches: passes.
        ["vord-h106-tropt-orchard-ladder-97530"] = new(
            """
            TROPT Daily Note — Elk Grove
            Pt: Dwyer, Hank · 71 y/o · pear grower, Courtland
            97530 TA — 22 min (M. Castellanos PT)
              orchard ladder practice on the clinic's tripod ladder: up and down 3 rungs carrying a picking bucket; reaching to the side at the top; backing down without looking
            Why: L knee and hip strength and confidence on the ladder after the L TKA; he wants to prune his own trees.
            Done: 6 trips up and down 3 rungs with stand-by assist, bucket 10 lb; side reaches 10 each way.
            """,
            ["Z96.652"], [PT("97530", 22)], []),

        // TROPT West Sacramento knee-OA flowsheet with "By" and "Billed" columns (the RA's NuStep warm-up "RA N"): sit-to-stand, step-ups, TKE and mini squats with doses; bilateral quad weakness with knee OA and a car-exit goal; 30-second chair stand; 97110 — 17 min matches: passes.
        ["vord-h106-tropt-knee-oa-flowsheet-97110"] = new(
            """
            TROPT Daily Note — West Sacramento
            Pt: Petrosyan, Anahit · 73 y/o · bilateral knee OA
            97110 TE — 17 min (T. Nakamura PT)
            Flowsheet           Dose                     By     Billed
            NuStep              level 4, warm-up         RA     N
            Sit to stand        18" chair, 3x10          PT     Y
            Step-ups            6" box, 3x10 each        PT     Y
            TKE                 blue band, 3x15          PT     Y
            Mini squats         to 45 deg, 3x12          PT     Y
            Why: bilateral quad weakness with knee OA; can't get out of the car without pulling on the door.
            30-sec chair stand 10 (7 at eval).
            """,
            ["M17.0"], [PT("97110", 17)], []),

        // GVRMC pulmonary-rehab patient on oxygen: "☒ Individual (1:1)"; reactive stepping to pushes with the tubing managed, tandem with head turns, stepping over the tubing and a threshold; slow reactive stepping and postural control with falls turning; Berg and pushes; Minutes column 22 matches: passes.
        ["vord-h106-gvrmc-oxygen-tubing-97112"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Lindeman, Rolf   Age: 77   (pulmonary rehab on Tuesdays; oxygen 2 L by nasal cannula)
            Attendance: ☒ Individual (1:1)  ☐ Concurrent  ☐ Group
            Intervention                                   Provided by   Minutes
            Neuromuscular re-education (97112)             PT            22
              Reactive stepping to pushes with the oxygen tubing managed; tandem at the bars with head turns; stepping over the tubing and a doorway threshold.
            Impairment: slow reactive stepping and postural control; he falls when he turns with the tubing.
            Objective: Berg 45/56; 7 of 10 pushes with one step.
            M. Whitebird, PT
            """,
            ["J44.9", "R26.81", "Z91.81"], [PT("97112", 22)], []),

        // GVRMC Parkinson's, two PT rows in the Minutes table (97112 23, 97116 15, both match); "☒ Individual (1:1)"; pulls, big weight shifts and turning in a floor box; tape-line cued gait through a doorway and around chairs; retropulsion, freezing at thresholds and shuffling; pulls, step length and freezes: passes.
        ["vord-h106-gvrmc-parkinsons-97112-and-97116"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Thorsen, Arne   Age: 74
            Attendance: ☒ Individual (1:1)  ☐ Concurrent  ☐ Group
            Intervention                                   Provided by   Minutes
            Neuromuscular re-education (97112)             PT            23
              Stepping strategy to backward and lateral pulls; big-amplitude weight shifts to targets; turning in a box taped on the floor to a count.
            Gait training (97116)                          PT            15
              Gait with visual cues (tape lines) through the doorway and around the chairs in the waiting area; cues for heel strike and arm swing.
            Impairment: retropulsion with a late stepping response and freezing at thresholds, short shuffling steps (Parkinson's disease).
            Objective: 5 of 10 backward pulls with one step; step length 18 in on the lines; 2 freezes in 10 doorway passes.
            """,
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], []),

        // GVRMC OT 97530 making the bed in the ADL apartment (fitted sheet, tucking, a pillowcase) and folding towels standing, the rehab tech bringing the linens; L shoulder and grip weakness after a humerus fracture and standing tolerance; bed made standing with stand-by assist and grip pounds; 97530 — 19 min matches: passes.
        ["vord-h106-gvrmc-ot-making-the-bed-97530"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · OT Daily Treatment Note
            Patient: Eide, Marit   Age: 76
            OT: R. Dupuis, OTR/L · Rehab tech brought the linens (not treating)
            Therapeutic activities (97530) — 19 min
              Making the bed in the ADL apartment: pulling the fitted sheet over the corners, tucking while standing at the side, putting the pillow into its case; folding towels standing at the counter.
            Problem: L shoulder and grip weakness after the L humerus fracture, and standing tolerance; she has to sit down halfway through the bed.
            Measured: bed made start to finish standing with stand-by assist (seated break needed at eval); grip L 22 lb.
            """,
            ["S42.202D"], [OT("97530", 19)], []),

        // GVRMC PTA 97110 after a hip ORIF: standing hip abduction and extension with a cuff weight, sit-to-stand, heel raises and knee extension with doses; R hip abductor and quad weakness with a Trendelenburg; 5x sit-to-stand seconds; Minutes column 18 matches: passes.
        ["vord-h106-gvrmc-pta-hip-orif-97110"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Gran, Ingeborg   Age: 85
            Intervention                                   Provided by   Minutes
            Therapeutic exercise (97110)                   PTA           18
              Standing hip abduction and extension at the bars with the 2-lb cuff 3x10 each; sit to stand from the 19" chair 3x8; heel raises 3x12; seated knee extension 3x10.
            Impairment: R hip abductor and quad weakness after the R hip ORIF; Trendelenburg on R stance.
            Objective: 5x sit to stand 17.2 sec (23.9 at eval).
            K. Lindahl, PTA
            """,
            ["S72.001D"], [PTA("97110", 18)], []),

        // GVRMC stroke: "PT with Mr. Waananen one-on-one; his wife stayed by the door"; PNF D1 and D2 patterns of the L leg, rhythmic stabilisation in half kneel, weight shifts onto the L on foam with a mirror; L hemiparesis with poor weight shift and slow postural reactions; Berg and weight on the L leg on two scales; 97112 — 25 min matches: passes.
        ["vord-h106-gvrmc-stroke-pnf-97112"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Waananen, Leo   Age: 70   retired log-truck driver
            Attendance: PT with Mr. Waananen one-on-one; his wife stayed by the door.
            Neuromuscular re-education (97112) — PT — 25 min
              PNF D1 and D2 patterns of the L leg in sidelying and standing; rhythmic stabilization in half kneel; weight shifts onto the L leg on the foam with the mirror.
            Impairment: L hemiparesis with poor weight shift onto the L and slow postural reactions after the R MCA stroke.
            Objective: Berg 43/56; weight on the L leg 38% on the two scales (28% at eval).
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // WRSM Ketchum PTA 97110 for a trail runner's Achilles: eccentric heel drops straight and bent knee, seated soleus raises with a load, pogo hops with doses; L calf and Achilles load tolerance with pain on climbs; single-leg heel-raise counts; 97110 — 16 min matches: passes.
        ["vord-h106-wrsm-achilles-loading-97110"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Ketchum
            Patient: Jerry Malouf, 66 · trail runner · L Achilles tendinopathy (midportion)
            97110 therapeutic exercise — 16 min (C. Dastrup PTA)
            - eccentric heel drops off the step, straight and bent knee, 3x15 each
            - seated soleus raises on the Smith machine 4x10 @ 60 lb
            - pogo hops 3x20
            Why: L calf and Achilles load tolerance; pain on the climbs.
            Tests: single-leg heel raises L 18 / R 27.
            """,
            ["M76.62"], [PTA("97110", 16)], []),

        // WRSM Hailey two codes with minutes after each code ("97140 — 9 min", "97110 — 16 min", both match) for a Basque dancer's patellofemoral pain: medial patellar glides grade III and lateral retinaculum STM; step-downs, sidelying abduction and wall sits with doses; lateral tracking and hip abductor weakness; pain-free step-downs and dynamometry: passes.
        ["vord-h106-wrsm-basque-dancer-97140-and-97110"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Hailey
            Patient: Peggy Arrieta, 65 · Basque dancer (Trailing of the Sheep) · R patellofemoral pain
            97140 — 9 min (K. Baird PT): R patellar medial glides grade III; STM to the lateral retinaculum and the ITB
            97110 — 16 min (K. Baird PT): step-downs off the 4" box 3x10 with the mirror; sidelying hip abd 3 lb 3x15; wall sits 3x30 sec
            Why: R anterior knee pain with lateral patellar tracking and hip abductor weakness; pain on the dance steps and the stairs.
            Tests: step-down pain free 10 of 10 (4 of 10 at eval); hip abd HHD R 12.1 kg.
            """,
            ["M22.2X1"], [PT("97140", 9), PT("97110", 16)], []),

        // WRSM Bellevue 97116 by the SPT with the CI in the room: cane gait on the clinic loop and the gravel lot with cues, reciprocal stairs with one rail; a stiff R knee in swing, short L step and antalgic gait after a knee replacement; distance modified independent and stairs; 97116 — 20 min matches: passes.
        ["vord-h106-wrsm-spt-gait-after-tka-97116"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Bellevue
            Patient: Arlene Quigley, 75 · R TKA 1/27/2026
            97116 gait training — 20 min · Hannah (SPT), Kirsten (CI) in the room
            - cane gait on the clinic loop and the gravel lot, cues for R heel strike and knee flexion in swing
            - stairs reciprocal with one rail
            Why: stiff R knee in swing, short L step, antalgic after the TKA.
            Tests: 600 ft with the cane, modified independent; 12 stairs reciprocal with one rail.
            Co-signed: K. Baird PT DPT SCS
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 20)], []),

        // WRSM Ketchum vestibular: "one-on-one with Devon"; gaze stabilisation on foam, optokinetic stripes feet together (a chairlift simulation), head-turn walking around cones; L vestibular hypofunction with visual motion sensitivity on the chairlift; DGI and mCTSIB seconds; 97112 — 22 min matches: passes.
        ["vord-h106-wrsm-chairlift-dizziness-97112"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Ketchum
            Patient: Sheldon Crane, 72 · dizzy on the chairlift since a L vestibular neuritis
            97112 vestibular re-ed — 22 min, one-on-one with Devon
            - gaze stabilization with the letter card, standing on the foam
            - optokinetic stripes on the screen while standing feet together (chairlift simulation)
            - walking with head turns around the cones
            Why: L vestibular hypofunction with visual motion sensitivity; dizzy and unsteady looking down from the chairlift.
            Tests: DGI 18/24; mCTSIB foam EC 14 sec.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // WRSM Hailey 97530 for an oar-boat guide: a rowing stroke on the cable column, a dry box lifted to the frame and strapped, dock-to-raft step-downs with a load; L shoulder and trunk strength for rowing and rigging with a June-trip goal; loads, repetitions and steps with stand-by assist; 97530 — 22 min matches: passes.
        ["vord-h106-wrsm-oar-boat-guide-97530"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Hailey
            Patient: Dale Ruppel, 68 · oar-boat guide on the Middle Fork of the Salmon · L shoulder and low back after a flip
            97530 therapeutic activities — 22 min (D. Tafoya PT)
            - rowing stroke on the cable column in a seated oar stance
            - lifting the 45-lb dry box from the floor to the frame and strapping it
            - stepping from the dock (plyo box) down into the raft (foam pad) with a load
            Why: L shoulder and trunk strength for rowing and rigging; goal is to guide the June trips.
            Done: cable row 3x12 @ 30 lb; dry box floor to frame 6 times; 8 dock-to-raft steps, stand-by assist.
            """,
            ["M54.50", "M25.512"], [PT("97530", 22)], []),

        // TROPT Folsom complete 97112 ("One-on-one with Mara the whole NMR; Kenji (RA) set up the hurdles"; hurdles with a head turn, Airex SLS with a ball toss, tandem perturbations; postural control and proprioception after a fall on the levee trail; Berg and perturbations; 97112 — 24 min matches) with no diagnosis on the claim: diagnosis missing.
        ["vord-h106-tropt-complete-note-no-dx"] = new(
            """
            TROPT Daily Note — Folsom
            Pt: Nakashima, Roy · 75 y/o
            One-on-one with Mara the whole NMR; Kenji (RA) set up the hurdles.
            97112 NMR — 24 min (M. Castellanos PT)
              hurdles with a head turn; SLS on the Airex with a ball toss; perturbations in tandem
              postural control and proprioception after the fall on the levee trail
              Berg 46/56; 7 of 10 perturbations without a step
            """,
            [], [PT("97112", 24)], [Dx]),

        // GVRMC complete 97110 (machine knee extension, step-ups, sit-to-stand and mini squats with doses; bilateral quad weakness with knee OA and a church-pew goal; 30-second chair stand; 18 min matches) with an ICD-9 code (715.36) on the claim: diagnosis missing.
        ["vord-h106-gvrmc-icd9-code-on-the-claim-97110"] = new(
            """
            GORGE VALLEY REGIONAL MEDICAL CENTER — Outpatient Rehabilitation · PT Daily Treatment Note
            Patient: Brandvold, Ole   Age: 78
            Therapeutic exercise (97110) — PT — 18 min
              Seated knee extension 3x12 @ 15 lb; step-ups 6" 3x10; sit to stand 3x10; mini squats 3x12.
            Impairment: bilateral quad weakness with knee OA; can't get up from the pew at church.
            Objective: 30-second chair stand 9.
            """,
            ["715.36"], [PT("97110", 18)], [Dx]),

        // WRSM Bellevue PTA heading "97110 therapeutic exercise — 30 min" against an 18-min PTA line: mismatch; otherwise complete (pulleys, wand flexion, sidelying ER and band rows with doses; R shoulder elevation and cuff strength after a repair with a hay-bale goal; flexion degrees).
        ["vord-h106-wrsm-pta-heading-30-against-18-97110"] = new(
            """
            WOOD RIVER SPORTS MEDICINE & PT — Bellevue
            Patient: Clint Mabey, 70 · hay farmer · R rotator cuff repair 11/2025
            97110 therapeutic exercise — 30 min (C. Dastrup PTA)
            - pulleys 2x15, wand flexion 2x15
            - sidelying ER 1 lb 3x12
            - rows green band 3x15
            Why: R shoulder elevation and cuff strength after the repair; can't lift a bale to the truck.
            Tests: AROM flexion 132 deg.
            """,
            ["Z47.89", "M75.121"], [PTA("97110", 18)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
