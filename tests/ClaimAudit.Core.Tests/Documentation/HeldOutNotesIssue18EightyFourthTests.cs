using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The eighty-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of outpatient therapy for adults with lifelong and developmental conditions — adult
/// cerebral palsy and ageing with it (more falls and more fatigue, hip and knee flexion contractures, hip
/// osteoarthritis after childhood dysplasia, a femur broken in a fall from a wheelchair, cervical myelopathy after
/// decades of dyskinetic movement, a selective dorsal rhizotomy as a boy, Botox to the hamstrings), Down syndrome in
/// midlife (early-onset Alzheimer's, atlantoaxial-instability precautions, flat feet, hypothyroidism), spina bifida
/// at thoracic, lumbar and sacral levels with VP shunts, shunt precautions, KAFOs and AFOs, autism and intellectual
/// disability, and Rett, Angelman, Prader-Willi, Williams and fragile X syndromes — as the people who treat them
/// write it: patients who come with group-home DSPs, a 1:1 staff member under a behaviour support plan, a
/// supported-employment job coach, a foster-home provider, sisters and parents in their seventies, a county case
/// manager's quarterly letter; eye-gaze and iPad AAC devices (Tobii, TouchChat, Proloquo2Go), picture boards,
/// picture schedules and picture recipes, behaviour support plans (warn before touching, two choices, countdowns
/// before transitions, sticker charts and no food rewards); seating checks, wheelchair skills, sliding-board and
/// stand-pivot transfers, power-chair driving and gait trainers — about two thirds ordinary and complete (67 of
/// 104), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a
/// PTA's code on one visit and a PT's and an OT's code on one morning), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a hospital-affiliated adult neuro-developmental clinic for people who have aged out of children's care
/// ("Willamette Lifespan Clinic — Adult Neurodevelopmental Program": Salem, Corvallis, Albany and McMinnville,
/// Oregon), PT and OT, with "Who came:", "How he communicates:" and "Safety:" header lines, a "Session type:" and a
/// "Therapist attendance:" box row, a "Communication:" box row, a "Precautions:" box row (atlantoaxial instability,
/// shunt, seizures), an "Interventions:" checklist, a behaviour-support-plan row with a therapist-to-patient ratio:
/// a recycling-centre sorter, a co-op shelf stocker, a cafeteria worker in her first job, a county records clerk, a
/// plant-nursery worker who can't let go of the hallway rail, a Goodwill sorting-line worker, a florist returning to
/// work, a young man moving into supported living, a woman with Rett syndrome who says "tired" and "home" with her
/// eyes, a man with Angelman syndrome who presses "more" for the beam, housemates from one home treated side by
/// side, a foster-home resident who stops at every curb, modified constraint-induced movement therapy with a mitt,
/// over-ground walking in a ceiling-lift walking sling, an interactive floor projector's stepping game;</item>
/// <item>a state-funded day training and habilitation programme's contracted PT and PTA ("Iron Range Therapy
/// Partners — contract PT at Northern Lights DT&amp;H": the Hibbing, Virginia, Eveleth and Grand Rapids sites,
/// Minnesota), writing "Participant:" and "Individual:", CSSP outcomes, PBSPs, "Staff present:", "Staffing during
/// PT:" and "Area addressed:" box rows, a transfer grid (today against before the hospital), a picture schedule on
/// the wall, a morning movement circle and a hallway walk group, a sensory room and a sensory gym, a billing line
/// for the contract, a quarterly letter to the county case manager: a hotel-laundry worker with a job coach, a
/// recycling crew, a lunchroom clearer, a woman with early-onset Alzheimer's whose sister came, a woman with
/// Prader-Willi syndrome who works for stickers, the MOVE programme in a Rifton TRAM, the
/// Wheelchair Skills Program, power-chair driving practised on the PIDA's items, a Rifton Pacer, Tai Ji Quan:
/// Moving for Better Balance;</item>
/// <item>a private practice known for adults with cerebral palsy ("Front Range Adult CP Physical Therapy": Colorado
/// Springs (Garden of the Gods Road), Monument and Pueblo, Colorado) writing first-person prose about the person's
/// work and life, "What we worked on / Why / Today", a "Code | Min | Units" table, clock times per code, a "CP
/// Strong" Thursday group, a "Strong for Life" programme, a seating check: a school-district help-desk worker in a
/// power chair, a Safeway bagger, a library reshelver who plays sled hockey, a barista, a third-grade teacher, a
/// nanny, a line cook, a warehouse picker, a bakery clerk, a college student at UCCS, a county assessor's clerk, a
/// frame runner on a RaceRunner, a man who walks his dog on the Pikes Peak Greenway, a woman waiting on a hip
/// replacement.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h84-…): one-on-one in these writers' own words ("Individual session — PT and Jordan only for the
/// whole 97112", "It was just Ana and me in the gym for all 22 minutes", "No one else was booked in the slot; I
/// stayed hands-on with Devon for the entire neuromuscular re-ed", "Ricky was the only participant in the sensory
/// room for the PT session", an OT's "One-on-one with the OT for the whole 97112; no other client was treated" with
/// a mother sitting in, "One-to-one with the PT throughout the 97112" with a mother helping to position), notes
/// that negate it (a PT who also spotted another participant on the parallel bars, a second adult with CP on the
/// recumbent stepper beside the mat, two housemates at the bars with the PT alternating) or never state it (a 1:1
/// staff member under a behaviour support plan as the only "1:1" in the note, a job coach who sat in, "Individual"
/// and "the individual" used as the DD-services word for the person), and the codes without a one-on-one check (only 97112
/// is the one-on-one code in the shipped medicare profile): a 97110 in a morning movement circle of six, a 97530 in
/// a Thursday group of four and a PTA's 97116 in a hallway walk group;</item>
/// <item>class 2 (v2-h84-…): template states: "Session type: ☒ Individual (1 therapist : 1 pt)", "Staffing during
/// PT: ☒ PT with 3 participants (circuit)", a "Therapist attendance:" row with neither box ticked, "Treatment: ☒
/// one-on-one (PT + participant only)" under a "Staff present:" row, a "Precautions:" row ticking atlantoaxial
/// instability above a 97110, "Objective measure: ______ Score: ______" left blank with nothing else numbered, a
/// transfer grid (today against before the hospital) on a 97530, a "Communication: ☒ AAC device" row, an "Area
/// addressed:" row with nothing ticked and no deficit anywhere, a "Code | Min | Units" table for two codes, an
/// "Interventions: ☒ Ther ex" checklist with nothing else, a picture schedule on a 97116, a seating checklist on a
/// 97530, a behaviour-plan row with "Therapist : patient — ☒ 1:1";</item>
/// <item>class 3 (v3-h84-…): named protocols, programmes and devices as techniques (the MOVE programme in a Rifton
/// TRAM, frame running on a RaceRunner, modified constraint-induced movement therapy with shaping tasks, PNF pelvic
/// patterns with stabilizing reversals and rhythmic initiation, the Wheelchair Skills Program, over-ground walking
/// in a ceiling-lift walking sling, an interactive floor projector's stepping game, Tai Ji Quan: Moving for Better
/// Balance, Maitland grade IV hip distraction with muscle energy technique, power-chair driving on the PIDA's
/// items), a "Strong for Life" programme with no dose and a sensory-gym session (platform swing, crash pad, peanut
/// ball, low beam) with no deficit;</item>
/// <item>class 4 (v4-h84-…): deficits stated as findings in the person's own terms (stops at every curb and won't
/// step down without a hand, slides forward in the chair until he sits on his tailbone by lunch, toes that catch on
/// the gravel of the Greenway, a lunch tray that tips and a milk carton she can't open, can't get up off the low
/// couch at the house, drops his coffee mug when he isn't looking at it, can't let go of the hallway rail at the
/// nursery, knees that buckle on the last step into the van, hips that ache by the second hour of mopping) and notes
/// that state none (an annual transition-clinic check with everything within normal limits and "nothing found to
/// work on", a quarterly CSSP review with "no impairment identified");</item>
/// <item>class 5 (v5-h84-…): measures in their usual forms (10-metre walk speeds in m/s, Modified Ashworth grades
/// beside popliteal angles, a 30-second chair stand, the Fullerton Advanced Balance scale, a Wheelchair Skills Test
/// capacity percentage, the Level of Sitting Scale, a timed floor-to-stand) and notes with none ("Staff say she is
/// steadier at the house", "She walked farther today than last week", "Buttoning looked smoother than last time",
/// "Gave his best effort; staff pleased", "will re-measure next visit");</item>
/// <item>class 6 (v6-h84-…): minutes in their usual forms ("NMR (97112): 22 min · Gait (97116): 15 min", "Billing
/// for this visit: 97530 — 25 minutes (2 units); 97110 — 13 minutes (1 unit)", clock times per code with the minutes
/// in brackets, a PT's and an OT's code one morning, a PT's and a PTA's code on one visit, a manual-therapy code's
/// minutes in two parts around the walking, "Timed treatment minutes: 23" for the one timed code) and true mismatches
/// (NMR 34 against 22, gait 28 against 16, ther ex 12 against 25) and truly missing separate time ("Total PT time
/// today: 37 min (NMR and gait together)", a therapeutic-activities section with no minutes, units with no
/// minutes);</item>
/// <item>class 7 (v7-h84-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (leg press, hip extension and heel-cord stretches for a walk to the
/// lunchroom), 97530 (sliding-board transfers into a car and unloading groceries), 97140 (thoracic PAs, first-rib
/// glides and STM for a power-chair user's neck) and 97116 (new orthotics, the van-stop curb and a snowbank edge),
/// wholly generic 97112 and 97110 + 97530 notes and a generic quarterly letter to a county case manager on a
/// 97530;</item>
/// <item>ordinary (vord-h84-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (758.0), a generic
/// two-code note with a total, a PTA's gait time that differs, an OT's time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — DSPs and house staff, a 1:1
/// staff member, a job coach, a county case manager, a guardian, a foster-home provider, mothers, fathers, a
/// brother and sisters (none of them a patient; the participant on the parallel bars, the housemate at the bars,
/// the patient on the recumbent stepper and the members of the circle, the circuit, the walk group and the
/// Thursday group are), ages and parents' ages, a clock-time slot, street, avenue and road names, vertebral
/// levels, step, curb, chair, box and threshold heights in inches, loads in pounds, distances in feet and metres,
/// laps, sling-unloading percentages, degrees, Modified Ashworth grades, Level of Sitting Scale levels, a
/// Wheelchair Skills Test version and percentage, units beside a code and counts of tries — and each is written
/// so that a reviewer cannot take it for a code's minutes; the notes failed for want of a measure carry no number
/// but their code's and its minutes; no note gives minutes to a van ride, a snack, a toileting break, a stander, a
/// test, a rest or a work shift.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes
/// the measure check only on an objective measure with a number and fails it only when the note has no number but
/// its code, its minutes and numbers that are plainly something else; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes:
/// a family member, caregiver or staff escort in the room does not undo a one-on-one statement, another patient
/// treated in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside
/// the billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a
/// measure without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only
/// number, a cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the
/// whole of a 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time
/// with one timed code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test,
/// canalith repositioning, three-character or dotless diagnosis codes, and any line with a code that has no
/// documentation profile (wheelchair management and seating evaluations, aquatic therapy, orthotic fittings, group
/// classes and evaluations stay in the notes, never on a line).
/// This set also leaves out a diagnosis or a syndrome ("cerebral palsy", "Down syndrome", "Rett syndrome",
/// "autism") as a 97112's only deficit, a staff member's, job coach's or parent's report as a note's only measure,
/// a GMFCS level, an age, a sticker chart or an AAC device's message as a note's only number or measure,
/// hand-over-hand assistance as a note's only one-on-one statement, a behavioural episode, a refusal, a seizure or
/// a toileting break inside the billed minutes, passive range of motion, a stander or a positioning programme
/// carried out by staff as a code's content, a PT and an OT co-treating on one code, whether skilled maintenance
/// therapy for a lifelong condition is covered (a coverage question, not the note's), and whether wheelchair
/// skills and power-chair driving belong under 97530 or wheelchair management 97542 (a coding question, not the
/// note's; 97542 never on a line).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 92 of 104 cases agree (102 needed), and 6 of the 67 notes the reviewer passes got a finding, on the analyzer of 348bd96 (the start of the 2026-12-06 thirteenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 104 of 104, no false positive — one-on-one by first name ("It was just Ana and me in the gym for all 22 minutes", "NMR, PT and Joel only:"); not a day programme's "the individual" or the patient's own "1:1 staff"; "Rocker board held level 15 s" a hold timed; vocabulary from a helper who had not written the set (toe catch, wheelchair skills and the Wheelchair Skills Test, walking sling, pelvic pushes, misjudges curbs).</para>
/// </summary>
public class HeldOutNotesIssue18EightyFourthTests(ITestOutputHelper output)
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

        // Lifespan Salem, diplegic CP, DSP waited in the lobby: "Individual session — PT and Jordan only for the whole 97112"; half-kneel-to-stand on the Airex with perturbations, hurdle side-steps with rhythmic stabilization, reactive stepping; delayed protective stepping and postural control; step count and TUG; 22 matches: passes.
        ["v1-h84-lifespan-salem-dsp-waited-in-lobby"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Salem
            PT daily note — Jordan K., 34 · spastic diplegic CP · lives in a staffed home (Marion House)
            Who came: his DSP, Bree, who waited in the lobby.
            How he communicates: speech, short sentences; yes/no reliable
            Safety: seizure plan on file; no seizures since the last visit
            Individual session — PT and Jordan only for the whole 97112, 22 min:
             - half-kneel to stand on the Airex, PT perturbations at the pelvis as he rises
             - lateral stepping over low hurdles with rhythmic stabilization at the hips between steps
             - reactive stepping: PT releases a lean from behind, Jordan catches himself with a step
            Measured: recovered with a single step on 6 of 10 lateral pushes (2 of 10 at eval); TUG 14.2 s with his forearm crutches
            Impairment: delayed protective stepping and poor postural control — he goes down sideways when he is bumped at the recycling centre where he works
            Plan: same; add a tray carry next visit.
            """,
            ["G80.1", "R26.89"], [PT("97112", 22)], []),

        // Iron Range at the Hibbing DT&H, autism: "Arrived on the house van with his 1:1 staff (per his PBSP, for bolting in open spaces)" is the only 1:1 in the note — the staffing, not the therapy; foam beam with head turns, tandem, reactive stepping; postural control; tandem steps and SLS present: one-on-one missing.
        ["v1-h84-mesabi-hibbing-1to1-staff-only"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Hibbing
            Participant: Tyler M. · autism, moderate ID · nonverbal; uses a picture board (yes / no / break / more)
            Arrived on the house van with his 1:1 staff (per his PBSP, for bolting in open spaces).
            CSSP outcome: "Tyler will walk from the van to the workroom without falling."
            97112 — 20 min
            • walking the foam beam laid on the day-room floor, turning his head to find the picture cards taped on the wall
            • tandem walking on the blue tape line
            • reactive stepping — PT nudges at the shoulders from each side, Tyler steps to recover
            Findings: poor postural control with a wide, stiff base; trips at the threshold into the workroom
            Tandem: 6 steps before stepping off (3 last month); SLS R 4 s, L 3 s
            Picture board used for "first beam, then break."
            """,
            ["F84.0", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Front Range Colorado Springs, dyskinetic CP help-desk worker: "It was just Ana and me in the gym for all 22 minutes of neuromuscular re-education (97112)"; peanut-ball rhythmic stabilization, approximation before reach, PNF chops and lifts; proximal instability with overflow; reach counts and cm: passes.
        ["v1-h84-frontrange-just-ana-and-me"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Colorado Springs (Garden of the Gods Rd)
            Ana, 41 — dyskinetic (athetoid) CP. Works the help desk for the school district from her power chair; walks short distances at home with a reverse walker. Came in on Metro Mobility.
            It was just Ana and me in the gym for all 22 minutes of neuromuscular re-education (97112).
            What we worked on: sitting on the peanut ball with rhythmic stabilization at her shoulders and pelvis; reaching to targets with approximation through the shoulders first, so the trunk holds while the arm moves; PNF chops and lifts with a light ball
            Why: poor proximal stability — extra movement floods in through her trunk and neck when she reaches, and she spills her coffee at her desk
            Today: seated reach to the target and hold 2 s — 8 of 10 (3 of 10 in March); forward reach sitting 24 cm (17 cm at eval)
            """,
            ["G80.3"], [PT("97112", 22)], []),

        // Iron Range at the Virginia site, Down syndrome: "While Kayla worked through the foam steps I also spotted Ron on the parallel bars at the other end of the room": attending another participant; foam steps, rocker board, rope ladder; postural control; SLS and rocker seconds present: one-on-one missing.
        ["v1-h84-mesabi-virginia-also-spotted-ron"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Virginia site
            Participant: Kayla S., 46 · Down syndrome · atlantoaxial instability — no end-range neck flexion, no forward rolls
            Staff present: DSP Marcy
            97112 — 19 min. While Kayla worked through the foam steps I also spotted Ron on the parallel bars at the other end of the room.
             - stepping up and down the foam steps without the rail
             - standing on the rocker board catching a beach ball from Marcy
             - stepping over the rope ladder on the floor
            Why: decreased postural control and slow balance reactions — she has fallen twice getting off the bus this winter
            SLS L 3 s, R 5 s; rocker-board stance 12 s before touching down
            """,
            ["Q90.9", "R29.6"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // Lifespan Corvallis OT, hemiplegic CP co-op stocker: "One-on-one with the OT for the whole 97112; no other client was treated" with his mother sitting in; weight bearing with triceps tapping, shelf reaches with rhythmic stabilization, grasp-release with mirror movements held quiet; L extensor recruitment; Box and Block: passes.
        ["v1-h84-lifespan-corvallis-ot-mother-sat-in"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Corvallis · OT
            Tomás R., 29 · L spastic hemiplegic CP · stocks shelves part time at the co-op
            One-on-one with the OT for the whole 97112; no other client was treated. His mother, in her seventies, sat in to learn the home program.
            OT 97112 — 20 min
             • weight bearing through the open L hand on the mat, OT tapping the triceps to keep the elbow straight as he shifts over it
             • bilateral reach to shelf targets with rhythmic stabilization at the L shoulder
             • grasp-and-release of cans with the mirror movements of the R hand held quiet
            Impairment: poor motor recruitment of the L wrist and finger extensors, with mirror movements
            Box and Block: L 14 blocks (9 at eval), R 48
            """,
            ["G80.2"], [OT("97112", 20)], []),

        // Iron Range at the Eveleth site, "Morning movement circle: six participants, PTA leading, two DSPs helping": 97110 has no one-on-one check; seated marching with weights, sit-to-stands, heel raises, band rows with doses; hip, knee and calf weakness with a van-seat goal; 18 matches: passes.
        ["v1-h84-mesabi-eveleth-movement-circle-97110"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PTA · Northern Lights DT&H, Eveleth site
            Participant: Doreen W., 58 · Down syndrome · uses a rollator
            Morning movement circle: six participants, PTA leading, two DSPs helping.
            97110 — 18 min
             - seated marching with 2-lb ankle weights, 2 x 15
             - sit-to-stand from the dining chair, arms crossed, 2 x 8
             - standing heel raises at the counter rail 2 x 12
             - band rows, yellow band, 2 x 12
            Why: hip and knee extensor and calf weakness; she now needs a hand from staff to stand up from the van seat
            """,
            ["Q90.9", "M62.81"], [PTA("97110", 18)], []),

        // Front Range Pueblo, Safeway bagger: "Luis worked on the mat while my 3:00 patient (also an adult with CP) rode the recumbent stepper beside him; I cued both": another patient in the block; tall-kneel perturbations, half-kneel rhythmic stabilization, eyes-closed quadruped; trunk and hip postural control; hold count present: one-on-one missing.
        ["v1-h84-frontrange-pueblo-two-patients-cued"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Pueblo
            Luis, 38 — spastic diplegic CP, walks with Lofstrand crutches, bags groceries at the Safeway on Northern Ave.
            Luis worked on the mat while my 3:00 patient (also an adult with CP) rode the recumbent stepper beside him; I cued both.
            97112, 20 min:
            - tall kneeling on the mat with my perturbations at the shoulders
            - half-kneel weight shifts onto the L knee with rhythmic stabilization
            - quadruped, opposite arm and leg lifts with eyes closed
            Aim: trunk and hip postural control — he loses his balance backward reaching for the top shelf of the bagging station
            Tall-kneel hold against perturbation: 7 of 10 without a hand down (4 of 10 two weeks ago)
            """,
            ["G80.1"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Iron Range at the Grand Rapids site: "Individual:" and "The individual was seen …" are the DD-services word for the person, and nothing states one-on-one (the sister came); counter reaches, metronome stepping, foam balloon catches; postural control declining with dementia; Berg and turn steps present: one-on-one missing.
        ["v1-h84-mesabi-grandrapids-individual-is-the-person"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Grand Rapids site
            Individual: Gloria H., 52 · Down syndrome with early-onset Alzheimer's (diagnosed last year) · lives with her sister
            The individual was seen in the therapy room after lunch. The individual's sister came for the visit and asked about falls at home.
            97112 — 21 min
             • standing at the counter, weight shifts to reach cups placed out to each side and behind her
             • stepping forward and back over a line to a metronome, then to a picture cue
             • standing on the foam pad, eyes open, catching a balloon
            Findings: postural control declining with the dementia — slower balance reactions and a narrow, shuffling step when she turns
            Berg 38/56 (44/56 in the spring); 360° turn in 9 steps
            """,
            ["Q90.9", "G30.0"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Front Range Monument, ataxic CP library reshelver: "No one else was booked in the slot; I stayed hands-on with Devon for the entire neuromuscular re-ed, 21 minutes (97112)"; called floor-spot stepping, heel-to-shin, cone stepping to a beat and tandem; ataxia, dysmetria and step timing; tandem and target counts: passes.
        ["v1-h84-frontrange-monument-nobody-else-booked"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Monument
            Devon, 26 — ataxic CP. Plays sled hockey in the winter; reshelves books at the county library.
            No one else was booked in the slot; I stayed hands-on with Devon for the entire neuromuscular re-ed, 21 minutes (97112).
             - stepping to coloured floor spots on my call, slow and then quicker
             - heel-to-shin slides, eyes open, then closed
             - stepping over cones to a clapped beat, then tandem along the tape with fingertip touch on the wall
            What it's for: ataxia — dysmetria and poor timing of his steps; he overshoots stepping off a curb and weaves pushing the book cart
            Hit the called spot 16 of 20 (9 of 20 at eval); tandem 8 steps without a step-off
            """,
            ["G80.4"], [PT("97112", 21)], []),

        // Iron Range at the Eveleth site, hotel-laundry worker: "His job coach from the employment agency sat in", nothing states one-on-one; towel folding with pelvic perturbations, foam turns to the cart, cart stops on cue; postural control with busy hands; loss-of-balance count present: one-on-one missing.
        ["v1-h84-mesabi-eveleth-job-coach-never-stated"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Eveleth site
            Participant: Marcus B., 31 · spastic diplegic CP, posterior walker · works three mornings a week in a hotel laundry (supported employment)
            His job coach from the employment agency sat in so she can cue the same things at the laundry.
            97112 — 22 min
             - standing at a table folding towels while PT perturbs at the pelvis
             - stepping to the side and turning to place towels on a cart, standing on the foam mat
             - walker set aside: weight shifts, then pushing a loaded laundry cart and stopping on cue
            Findings: poor postural control when his hands are busy; he leans into the cart and falls forward when it stops
            Losses of balance: 3 in 10 pushes at the table (7 in 10 at the start of the month)
            """,
            ["G80.1"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Lifespan McMinnville, fragile X: "Dale and Evan worked at the parallel bars side by side; PT alternated between them" — Evan is also a patient; rocker board, foam side-steps, tandem catches; anticipatory postural control; rocker seconds present: one-on-one missing.
        ["v1-h84-lifespan-mcminnville-two-housemates-at-the-bars"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · McMinnville
            Pt: Dale P., 44 · fragile X syndrome · came with his housemate Evan (also seen by us today; same house, same staff)
            Dale and Evan worked at the parallel bars side by side; PT alternated between them.
            PT 97112 — 18 min
             - standing on the rocker board in the bars, PT tipping it forward and back
             - side-stepping on foam between the bars
             - catch-and-throw in tandem stance
            Impairment: poor anticipatory postural control — he falls backward when he looks up
            Rocker board held level 15 s (6 s at eval)
            """,
            ["Q99.2", "R26.81"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Iron Range at the Hibbing DT&H, autism with Proloquo2Go: "Ricky was the only participant in the sensory room … I worked with him one-on-one for the entire 97112" (DSP at the door); rocker-board shifts, crash-mat steps, animal walks; proprioceptive awareness and postural control; counts and SLS: passes.
        ["v1-h84-mesabi-hibbing-only-participant-in-sensory-room"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Hibbing
            Participant: Ricky D., 27 · autism · talks with an iPad (Proloquo2Go)
            Ricky was the only participant in the sensory room for the PT session; his DSP stood at the door per the PBSP, and I worked with him one-on-one for the entire 97112.
            97112 — 20 min
            • weight shifting on the rocker board in the corner, both hands on the wall bar → one hand → none
            • stepping onto and off the compliant mat (two crash mats stacked) without holding on
            • bear walks and crab walks on the mat for body awareness
            Deficit: poor proprioceptive awareness and postural control; he toe-walks and grabs for the walls in open space
            Today: on and off the mat 10 of 10 without a hand (4 of 10 in May); SLS R 6 s / L 5 s
            He pressed "all done" on the iPad at the end.
            """,
            ["F84.0", "R26.89"], [PT("97112", 20)], []),

        // Front Range Colorado Springs "CP Strong" Thursday group of four adults, one PT: 97530 has no one-on-one check; floor recovery to the bench, basket carries, mock car transfers with counts and loads; can't get up from the floor after a kitchen fall; 25 matches: passes.
        ["v1-h84-frontrange-cp-strong-thursday-group-97530"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Colorado Springs
            "CP Strong" Thursday group — four adults with CP, one PT.
            Brianna, 45 — spastic diplegia, walker at home, lives alone in an apartment off Academy Blvd.
            97530 — 25 min
             • getting up from the floor: floor → side-sit → half-kneel → up to the weight bench, 4 rounds
             • carrying an 8-lb laundry basket from the bench to a table 20 ft away, one hand on the wall rail, 3 trips
             • car transfers into the mock car seat, 4 times
            Why: she fell in her kitchen last month and lay there until a neighbor came; can't get up from the floor alone
            Floor to standing with the bench: 4 of 4 with supervision only (couldn't at eval)
            """,
            ["G80.1", "Z91.81"], [PT("97530", 25)], []),

        // Lifespan Salem, Rett syndrome with a Tobii: "Parents … brought her; Mom helped with positioning. One-to-one with the PT throughout the 97112"; counter weight shifts to a step, rhythmic stabilization in standing, supported stepping; apraxia and postural control; stand seconds and self-initiated steps: passes.
        ["v1-h84-lifespan-salem-rett-one-to-one-parents-in"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Salem
            Pt: Hannah V., 33 · Rett syndrome · communicates with an eye-gaze device (Tobii) and yes/no by eye pointing
            Parents (both in their seventies) brought her; Mom helped with positioning. One-to-one with the PT throughout the 97112.
            97112 — 20 min
             - standing at the kitchen-height counter, PT facilitating weight shift L ↔ R at the pelvis until she initiates a step
             - rhythmic stabilization in standing, hands on the counter
             - supported stepping along the counter, PT hands at the hips, waiting for her to start each step
            Impairment: motor planning (apraxia) and poor postural control — she can't start a step on her own and freezes in doorways at home
            Stood at the counter with no hand support 45 s (20 s at eval); 6 self-initiated steps
            At the end she eye-gazed "tired" and "home."
            """,
            ["F84.2"], [PT("97112", 20)], []),

        // Iron Range at the Virginia site, "Hallway walk group: two participants in gait trainers, the PTA and a DSP": 97116 has no one-on-one check; Rifton Pacer gait with prompts, heel-first and anti-scissor cues, doorway turns; crouch and scissoring; distance and assistance: passes.
        ["v1-h84-mesabi-virginia-hallway-walk-group-97116"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PTA · Northern Lights DT&H, Virginia site
            Hallway walk group: two participants in gait trainers, the PTA and a DSP.
            Participant: Jerome A., 36 · spastic quadriplegic CP · wheelchair for distance; walks in a Rifton Pacer with the chest prompt and thigh prompts
            97116 — 16 min
             - Pacer gait along the hallway to the lunchroom and back, 2 x 120 ft
             - cueing heel-first steps and bringing the R leg through without scissoring
             - turning the Pacer at the lunchroom door
            Findings: crouch and scissoring gait; the R foot crosses in front of the L
            Needed the DSP's hand on the Pacer frame for the turns only; 240 ft total (160 ft last month)
            """,
            ["G80.0"], [PTA("97116", 16)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and template states

        // Lifespan Albany "Session type: ☒ Individual (1 therapist : 1 pt)"; lumbar myelomeningocele with a shunt: foam-pad perturbations in AFOs, out-of-base reaches, step-and-recover onto foam; absent proprioception below the knees and postural control; functional reach and foam seconds; 21 matches: passes.
        ["v2-h84-lifespan-albany-session-type-individual"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Albany
            Session type:  ☒ Individual (1 therapist : 1 pt)   ☐ Group   ☐ Co-treat
            Pt: Alicia F., 30 · lumbar myelomeningocele (L4), VP shunt · walks with bilateral AFOs and forearm crutches
            Shunt precautions: report headache, vomiting, new lethargy — none today
            PT 97112 — 21 min
             • standing on the foam pad in her AFOs, crutches set aside, PT perturbations forward/back and side to side
             • reaching outside her base for cones on a stool, eyes on the cone
             • step-and-recover with one crutch: step forward onto foam and back
            Impairment: absent proprioception below the knees and poor postural control — relies on vision; she falls in the dark
            Functional reach 8.5 in (5 in at eval); foam stance without crutches 14 s
            """,
            ["Q05.2", "Z98.2"], [PT("97112", 21)], []),

        // Iron Range at Grand Rapids, Williams syndrome, "Staffing during PT: ☐ PT 1:1 with participant ☒ PT with 3 participants (circuit)": not one-on-one; wobbly stepping stones, balance-disc side passes, backward tape walking; postural control and depth perception on steps; disc seconds present: one-on-one missing.
        ["v2-h84-mesabi-grandrapids-staffing-row-circuit"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Grand Rapids
            Participant: Wesley T., 49 · Williams syndrome
            Staffing during PT:  ☐ PT 1:1 with participant   ☒ PT with 3 participants (circuit)
            97112 — 20 min
             - stepping-stone path on the floor (the stones wobble)
             - standing on the balance disc passing a ball to the side
             - walking backward along the taped line
            Findings: poor postural control and depth perception on steps — he freezes at the top of the stairs and at the curb
            Balance disc 9 s (4 s in January); walked backward 10 ft without stepping off the line
            """,
            ["Q93.82"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Lifespan Salem, Down syndrome, "Therapist attendance: ☐ constant one-on-one ☐ supervised / intermittent" with neither ticked and nothing else stating it; BOSU pushes, foam step-ups naming pictures, eyes-closed tandem; postural control; tandem seconds and TUG present: one-on-one missing.
        ["v2-h84-lifespan-salem-attendance-row-unmarked"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Salem
            Therapist attendance:  ☐ constant one-on-one   ☐ supervised / intermittent
            Pt: Corinne L., 55 · Down syndrome · hypothyroid · lives with her brother and his wife
            PT 97112 — 18 min
             • standing on the BOSU, dome up, PT hands at the pelvis giving small pushes
             • step-ups onto foam with a head turn to name the picture on the wall
             • tandem stance, eyes closed, 3 trials
            Impairment: poor postural control and slowed balance reactions; falls going down the porch step
            Tandem stance eyes open 12 s, eyes closed 4 s; TUG 13.1 s
            """,
            ["Q90.9", "R26.81"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Iron Range at Hibbing, sacral spina bifida, "Staff present: ☒ DSP" and "Treatment: ☒ one-on-one (PT + participant only)"; foam SLS bean-bag catches, head-turn tandem, rocker-board ball toss; ankle proprioception and postural control; foam SLS and tandem: passes.
        ["v2-h84-mesabi-hibbing-staff-present-and-treatment-rows"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Hibbing
            Staff present:  ☒ DSP   ☐ Job coach   ☐ Family   ☐ Nurse
            Treatment:  ☒ one-on-one (PT + participant only)   ☐ concurrent   ☐ group
            Participant: Sheila K., 41 · sacral spina bifida, walks without a device · caths on her schedule
            97112 — 22 min
            • single-leg stance on the foam pad catching bean bags, both sides
            • tandem walking on the hallway tape with head turns
            • standing on the rocker board while the DSP tosses a ball
            Deficit: decreased ankle proprioception and postural control, worse on the L; she turns her ankle stepping off the sidewalk
            SLS on foam L 7 s, R 15 s; tandem 12 steps
            """,
            ["Q05.8"], [PT("97112", 22)], []),

        // Lifespan Corvallis "Precautions: ☒ Atlantoaxial instability — no end-range neck flexion or extension, no somersaults, no trampoline" above a complete 97110: ball sit-to-stands, step-ups, bridges, band abduction with doses; hip and knee extensor weakness with a bus-step goal; 16 matches: passes.
        ["v2-h84-lifespan-corvallis-precautions-row-97110"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Corvallis
            Precautions:  ☒ Atlantoaxial instability — no end-range neck flexion or extension, no somersaults, no trampoline   ☐ Shunt   ☒ Seizures
            Pt: Benjamin O., 47 · Down syndrome · lives at home with his parents, who are 76 and 79
            PT 97110 — 16 min
             - sit-to-stand from a low chair holding a 4-lb medicine ball, 3 x 8
             - step-ups onto a 6-in. step, 2 x 10 each leg
             - bridges 2 x 12
             - standing hip abduction with the red band, 2 x 12
            Purpose: hip and knee extensor weakness — he can't get up the city bus steps without his father pushing
            """,
            ["Q90.9", "M62.81"], [PT("97110", 16)], []),

        // Front Range Monument barista, "Objective measure: ______ Score: ______" left blank and no other number in the note; one-on-one stated; half-roller perturbations, lateral step-downs to foam, SLS reaches; postural control and R hip abductor recruitment: measure missing.
        ["v2-h84-frontrange-objective-line-left-blank"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Monument
            Kelsey — spastic diplegic CP; a barista who stands for her whole shift.
            One-on-one: Kelsey and me only for the NMR.
            Neuromuscular re-education (97112), 20 min: standing on the half foam roller, flat side down, with my perturbations at the pelvis; lateral step-downs from a low step onto foam; single-leg stance reaching for cups on the counter
            Impairment targeted: postural control and hip abductor recruitment on the R — a Trendelenburg lurch, and the knee drifts in when she pivots behind the counter
            Objective measure: ______   Score: ______
            Plan: keep going.
            """,
            ["G80.1"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Iron Range at the Virginia site, transfer grid (transfer | today | before the hospital) on a 97530 after pneumonia: stand-pivots to the mat, grab-bar toilet transfers, counter sit-to-stands with counts and assist levels; hip and knee weakness with slow weight shift; 24 matches: passes.
        ["v2-h84-mesabi-virginia-transfer-grid-97530"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Virginia site
            Participant: Arlene J., 62 · CP (spastic quadriplegia), wheelchair user · home from the hospital (pneumonia) three weeks ago
            Transfer                          | Today                    | Before the hospital
            wheelchair ↔ mat                  | min assist, one staff    | stand-by
            wheelchair ↔ toilet (grab bar)    | mod assist, one staff    | min assist, one staff
            sit ↔ stand at the counter        | min assist, one staff    | stand-by
            97530 — 24 min: stand-pivot transfers wheelchair ↔ mat, 5 each way; toilet transfers with the grab bar, 3 times; sit-to-stand at the counter to pull up her pants, 4 times
            Findings: weak hips and knees and slow weight shift since the hospital stay; at the house she now needs two staff for toileting
            """,
            ["G80.0", "Z99.3"], [PT("97530", 24)], []),

        // Lifespan Salem, Angelman syndrome, "Communication: ☒ AAC device (TouchChat on iPad)" and "The 97112 was one-to-one, PT with Nathaniel only (Dad watched from the bench)"; floor-beam walking, foam catches, hurdle steps out of high guard; ataxia and postural control; beam steps and foam seconds: passes.
        ["v2-h84-lifespan-salem-communication-row-aac"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Salem
            Communication:  ☒ AAC device (TouchChat on iPad)   ☐ picture board   ☐ sign   ☐ speech
            Pt: Nathaniel G., 24 · Angelman syndrome · ataxic gait · seizures controlled
            Accompanied by: Dad
            The 97112 was one-to-one, PT with Nathaniel only (Dad watched from the bench).
            97112 — 19 min
             - walking the floor-height balance beam with PT hand at the trunk, then without
             - catching and throwing a ball standing on foam
             - stepping over hurdles with his arms down instead of in high guard
            Impairment: ataxia and poor postural control — wide base, arms in high guard, frequent falls when he's excited
            Beam: 8 steps without stepping off (2 at eval); foam stance 10 s
            He pressed "more" twice for the beam.
            """,
            ["Q93.51"], [PT("97112", 19)], []),

        // Iron Range at the Eveleth site, "Area addressed: ☐ balance ☐ strength ☐ transfers ☐ gait ☐ posture ☐ other ____" with nothing ticked and no deficit, region or system anywhere; one-on-one stated; rocker board with perturbations, tandem and backward walking, foam ball toss; seconds and steps: deficit missing.
        ["v2-h84-mesabi-eveleth-area-addressed-unticked"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Eveleth site
            Area addressed:  ☐ balance   ☐ strength   ☐ transfers   ☐ gait   ☐ posture   ☐ other ____
            Participant: Paul N. · Treatment: PT one-on-one with Paul for the whole 97112
            97112 — 18 min
             • rocker board in the parallel bars with PT perturbations
             • tandem walk along the tape, then backward
             • standing on the foam pad, ball toss
            Rocker board 20 s without touching down; tandem 9 steps
            """,
            ["G80.1"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Front Range Colorado Springs, "Code | Min | Units" table (97112 23, 97140 12, both match), "The NMR below was one-on-one, just Marisol and me"; foam perturbations, half-kneel rhythmic stabilization, stepping-strategy releases; hip distraction and glides, STM; stepping reactions and hip flexion contracture; Thomas test and release count: passes.
        ["v2-h84-frontrange-code-min-units-table"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Colorado Springs
            Marisol, 52 — spastic diplegic CP and ageing with it: more falls this year, R hip pain. Drives a van with hand controls.
            The NMR below was one-on-one, just Marisol and me.
            97112: perturbation training standing on foam; rhythmic stabilization in half-kneel; stepping-strategy drills (I release a lean, she steps)
            97140: R hip long-axis distraction and inferior glides, gr III; STM to the R adductors and hip flexors
            Findings: delayed stepping reactions and poor postural control; R hip capsular stiffness with a hip flexion contracture
            Thomas test R hip −18° (−24° at eval); recovered with one step on 7 of 10 releases
            Code  | Min | Units
            97112 | 23  | 2
            97140 | 12  | 1
            """,
            ["G80.1", "M24.551"], [PT("97112", 23), PT("97140", 12)], []),

        // Lifespan Albany "Interventions: ☒ Ther ex ☐ NMR ☐ Gait ☐ Ther act ☐ Manual", "PT 97110 — 16 min", "Tolerated session well. Continue per POC. Staff instructed.": no exercise, region or dose named.
        ["v2-h84-lifespan-albany-interventions-checklist-only"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Albany
            Interventions:  ☒ Ther ex   ☐ NMR   ☐ Gait   ☐ Ther act   ☐ Manual
            PT 97110 — 16 min
            Tolerated session well. Continue per POC. Staff instructed.
            """,
            ["G80.1"], [PT("97110", 16)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Iron Range at Hibbing, autism, a picture schedule on the wall ([coat off] → [walk with PT] → [stairs] → [snack]) above a complete 97116: quad-cane hallway gait with cues, loading-dock stairs, thresholds; R toe walking and stopping at thresholds; distance and assistance: passes.
        ["v2-h84-mesabi-hibbing-picture-schedule-97116"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Hibbing
            Participant: Carl E., 39 · autism and intellectual disability · mostly nonverbal
            Picture schedule on the wall for him:  [coat off] → [walk with PT] → [stairs] → [snack]
            97116 — 17 min
            • walking the hallway with his quad cane, cueing heel strike on the R and a longer L step, 3 x 100 ft
            • the six stairs to the loading dock, one rail — step-over-step going up, step-to going down
            • stepping over the door thresholds without stopping
            Gait deviation: R toe walking and a short, quick L step; he stops dead at every threshold
            Stand-by assist on level ground and the stairs (contact guard last month)
            """,
            ["F84.0", "R26.89"], [PT("97116", 17)], []),

        // Front Range Pueblo seating checklist (pelvis, laterals, headrest, footplates) above a complete 97530 in a new ultralight chair: threshold caster pops, ramp trips, sideways curb descents with counts; weak R grip and trunk control stalling on slopes; 23 matches: passes.
        ["v2-h84-frontrange-pueblo-seating-checklist-97530"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Pueblo
            Seating check:  ☒ pelvis level and back in the seat   ☒ lateral supports at the ribs   ☐ headrest (not used)   ☒ footplates at the right height
            Roberto, 35 — spastic quadriplegic CP; new ultralight manual chair; uses a power chair at work (the county assessor's office)
            97530 — 23 min: wheelchair skills in the new chair — popping the casters over a ¾-in. threshold, 10 times; up and down the clinic ramp, 3 round trips; a sideways approach and down the 4-in. curb with me spotting, 5 times
            Why: weak R grip and poor trunk control make him veer and stall on slopes; he can't get up the ramp to his apartment without a push
            Threshold 10 of 10 without help; ramp 3 of 3; curb descent 2 of 5 without my hand on the chair
            """,
            ["G80.0", "Z99.3"], [PT("97530", 23)], []),

        // Lifespan McMinnville, autism and diplegia, "Behaviour support plan reviewed: ☒ Therapist : patient — ☒ 1:1 ☐ 1:2"; kneel-walking with perturbations, half-kneel to stand onto the Airex, Airex ball bounces; postural and hip motor control; lead counts and Airex seconds: passes.
        ["v2-h84-lifespan-mcminnville-behaviour-plan-ratio-row"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · McMinnville
            Behaviour support plan reviewed: ☒     Therapist : patient —  ☒ 1:1   ☐ 1:2
            Pt: Isaiah W., 22 · autism, spastic diplegic CP · new to adult services (aged out of the children's clinic)
            Plan reminders: warn before touching; two choices; countdown before transitions
            PT 97112 — 20 min
             - kneel-walking the length of the mat and back, PT perturbations at the shoulders
             - half-kneel to stand onto the Airex, L lead then R lead
             - standing on the Airex, bounce-and-catch with a ball
            Impairment: poor postural control and hip motor control — he falls turning and can't get up from the floor without help
            Half-kneel to stand L lead 5 of 5, R lead 2 of 5; Airex stance 20 s
            """,
            ["F84.0", "G80.1"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Iron Range at Grand Rapids, the MOVE programme in a Rifton TRAM: wheelchair-to-TRAM sit-to-stands, standing at the craft table, stepping to the sink with counts and seconds; lost weight bearing with a stand-pivot toileting goal; 22 matches: passes.
        ["v3-h84-mesabi-move-programme-rifton-tram-97530"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Grand Rapids
            Participant: Bonnie L., 57 · spastic quadriplegic CP · in MOVE (Mobility Opportunities Via Education) since the program started here
            MOVE step this quarter: standing and stepping in the Rifton TRAM, sit-to-stand from her wheelchair into the TRAM
            97530 — 22 min
            • sit-to-stand from the wheelchair into the TRAM with the lift pads set low, 5 reps, weight through her feet
            • standing at the craft table in the TRAM to sort beads
            • stepping from the craft table to the sink in the TRAM, 12 steps
            Why: she has lost weight bearing since the winter and the house now uses the ceiling lift; goal — stand and pivot for the toilet
            Stood 40 s at the table (15 s in January); 12 steps with knee blocking on the R only
            """,
            ["G80.0", "Z99.3"], [PT("97530", 22)], []),

        // Front Range Colorado Springs, frame running on a RaceRunner: frame transfers from the power chair, reciprocal stepping laps, stop-and-restart on the whistle with counts; scissoring and endurance, transfers for the club; 25 matches: passes.
        ["v3-h84-frontrange-racerunner-frame-running-97530"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Colorado Springs
            Jamal, 19 — spastic quadriplegic CP, power chair; started frame running (RaceRunner) with the adaptive club this spring.
            97530 — 25 min, on the track behind the clinic:
            - into the frame from his power chair with me at the hips, 3 times
            - reciprocal stepping in the frame, four 100-metre laps, cueing the L leg to push back instead of scissoring
            - stopping and restarting on my whistle, 6 times
            Why: reciprocal stepping and endurance — he scissors after the first 50 metres and stops; getting in and out of the frame on his own is his goal for the club
            Four laps without stopping (two in June); frame transfers with minimal assist
            """,
            ["G80.0"], [PT("97530", 25)], []),

        // Lifespan Corvallis OT, modified constraint-induced movement therapy (mitt at home, shaping in clinic): cup stacking, coin slot, jar lids, water-cup carries with counts and times; R hand disuse and weak wrist extension and supination; 24 matches: passes.
        ["v3-h84-lifespan-corvallis-ot-mcimt-shaping-97530"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Corvallis · OT
            Pt: Priya S., 28 · R spastic hemiplegic CP · week two of modified constraint-induced movement therapy (mCIMT): mitt on the L hand at home, shaping tasks in clinic
            OT 97530 — 24 min, shaping with the R hand:
             • stacking plastic cups into a tower, 10 cups x 3 trials
             • coins into a slot bank, palm up then palm down, 20 coins
             • opening and closing a peanut-butter jar, 8 times
             • carrying a cup of water across the room without spilling, 5 trips
            Impairment: R hand disuse, weak wrist extension and supination, slow release
            Cups: 10 stacked in 41 s (68 s last week); coins 20 of 20 into the slot
            """,
            ["G80.2"], [OT("97530", 24)], []),

        // Front Range Monument third-grade teacher: "Grace had me one-on-one for all of the neuromuscular re-ed (97112, 21 min)"; PNF pelvic patterns with stabilizing reversals and rhythmic initiation, tapping in stance; L hip abductor recruitment and pelvic control; SLS and pelvic-drop count: passes.
        ["v3-h84-frontrange-pnf-pelvic-patterns"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Monument
            Grace, 37 — L hemiplegic CP; teaches third grade; "my hip gives out by Friday."
            Grace had me one-on-one for all of the neuromuscular re-ed (97112, 21 min).
            PNF pelvic patterns on the L: anterior elevation / posterior depression in sidelying with stabilizing reversals, then rhythmic initiation into a standing weight shift; then single-leg stance on the L with tapping at the glute med
            Impairment: poor L hip abductor recruitment and pelvic control in stance — a Trendelenburg lurch on the L that grows as the day goes on
            SLS L 9 s (R 28 s); lateral pelvic drop on step-down 3 of 10 (8 of 10 at eval)
            """,
            ["G80.2"], [PT("97112", 21)], []),

        // Iron Range at Hibbing, thoracic spina bifida, the Wheelchair Skills Program (WSP): stationary wheelie holds with the spotter strap, threshold wheelies, van-ramp and slope climbs with counts; weak trunk and wheelie control, stuck at the threshold and the ramp; hold seconds; 20 matches: passes.
        ["v3-h84-mesabi-wheelchair-skills-program-97530"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Hibbing
            Participant: Dana R., 33 · thoracic spina bifida, VP shunt · manual wheelchair full time
            Wheelchair Skills Program (WSP) — today's skills:
             • stationary wheelie with the spotter strap on, 5 holds
             • wheelie to get the casters up onto a 2-in. threshold, 8 tries
             • up the van ramp and the sidewalk slope outside the site, 3 times each
            97530 — 20 min
            Why: weak trunk and poor wheelie control — she gets stuck at the bathroom threshold and on the van ramp, and staff push her now
            Wheelie hold 12 s (4 s last month); threshold 6 of 8 on her own
            """,
            ["Q05.1", "Z99.3"], [PT("97530", 20)], []),

        // Lifespan Salem, walking again after a femur fracture from a wheelchair fall: over-ground walking in the ceiling-lift walking sling with unloading, knee-extension cues, free walking in the sling; crouch with weak knee extension; buckle counts, distance and CGA; 18 matches: passes.
        ["v3-h84-lifespan-salem-ceiling-lift-walking-sling-97116"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Salem
            Pt: Owen H., 40 · spastic diplegic CP · L femur fracture (fell from his wheelchair) healed; on his feet again after six months off them
            PT 97116 — 18 min, walking in the ceiling-lift walking sling on the gym track:
             - sling unloading set at 25% of his weight, 4 x 60 ft along the track
             - cueing knee extension at midstance and a longer R step
             - unloading down to 10% for the last lap
            Gait deviation: crouch gait with short steps and weak knee extension after the months off his feet
            240 ft with contact guard; 1 knee buckle (4 last week)
            """,
            ["G80.1", "S72.92XD"], [PT("97116", 18)], []),

        // Front Range Pueblo "Strong for Life" programme, blue level: sit-to-stands, step-ups, heel raises, hip abduction, bridges, wall sits with a hip and knee weakness target — no sets, reps, load or number but the code's: measure missing.
        ["v3-h84-frontrange-strong-for-life-no-dose"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Pueblo
            Veronica — spastic diplegic CP; in our "Strong for Life" program, blue level.
            Therapeutic exercise (97110), 18 min: sit-to-stands, step-ups, heel raises at the counter, sidelying hip abduction, bridges, wall sits
            Why: hip and knee extensor weakness, with more fatigue walking from the parking lot to her office
            Next time: add the leg press.
            """,
            ["G80.1"], [PT("97110", 18)], [At(Measure, "97110")]),

        // Iron Range at the Virginia site, sensory gym (platform swing tips, crash pad, peanut ball, low beam), "PT one-on-one with Trent for the whole 97112", counts measured — no deficit, impairment, body region or system named anywhere: deficit missing.
        ["v3-h84-mesabi-virginia-sensory-gym-no-deficit"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Virginia site
            Participant: Trent C. · PT one-on-one with Trent for the whole 97112 (his staff waited outside)
            97112 — 19 min in the sensory gym:
             • platform swing, sitting, PT tipping it in each direction
             • crash-pad jumps and getting back up
             • peanut ball, sitting and bouncing, feet on the floor
             • walking the low beam
            Swing: sat upright through 10 of 10 tips; beam 10 steps
            """,
            ["F84.0"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // Lifespan Albany, Down syndrome Goodwill sorter: "Seen one-on-one by the PT for the whole 97112" (the house's DSP waited in the car); interactive floor projector's stepping game, then foam stepping without it; slow reactive stepping and weight shift to the L; targets hit: passes.
        ["v3-h84-lifespan-albany-floor-projector-stepping-game"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Albany
            Pt: Stacy M., 38 · Down syndrome · works on the Goodwill sorting line; loves video games
            Seen one-on-one by the PT for the whole 97112; the house's DSP drove her and waited in the car.
            PT 97112 — 20 min: stepping game on the interactive floor projector — stepping onto moving targets to each side and behind her, slow then fast; then the same steps onto a foam pad, PT calling the direction
            Impairment: slow reactive stepping and little weight shift to the L; she stumbles turning at the sorting line
            Targets hit 34 of 50 on the fast setting (19 of 50 at eval); stepped to the L on foam 8 of 10 without a stagger
            """,
            ["Q90.9"], [PT("97112", 20)], []),

        // Iron Range at the Eveleth site, Down syndrome with early-onset Alzheimer's: "PT worked with Ron alone, one-on-one, in the quiet room for all 21 minutes of 97112"; Tai Ji Quan: Moving for Better Balance forms; slowing balance reactions and a narrower stepping strategy; FAB scale and turn steps: passes.
        ["v3-h84-mesabi-eveleth-tai-ji-quan"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Eveleth site
            Participant: Ron V., 61 · Down syndrome, early-onset Alzheimer's · still walks without a device
            PT worked with Ron alone, one-on-one, in the quiet room for all 21 minutes of 97112.
            Tai Ji Quan: Moving for Better Balance, standing behind a chair: "single whip" and "brush knee" — slow weight transfer foot to foot, then stepping out to the side and back and turning through the forms
            Deficit: slowing of balance reactions and a narrower stepping strategy with the dementia; he sways and grabs when he turns
            Fullerton Advanced Balance scale 17/40 (13/40 in the fall); 360° turn in 6 steps
            """,
            ["Q90.9", "G30.0"], [PT("97112", 21)], []),

        // Lifespan Salem hip flexion contracture: Maitland grade IV belt distraction, muscle energy technique to the hip flexors and adductors, STM (technique); capsular and muscle tightness, can't lie flat (deficit); Thomas test and abduction degrees before and after; 13 matches: passes.
        ["v3-h84-lifespan-salem-maitland-and-met-97140"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Salem
            Pt: Gabriel N., 45 · spastic diplegic CP · walker at home, chair in the community · hip flexion contractures, R worse
            PT 97140 — 13 min
             • R hip long-axis distraction with the mobilization belt, Maitland grade IV, 3 bouts
             • muscle energy technique to the R hip flexors and adductors, contract 5 s / relax, 4 rounds
             • STM to the R iliopsoas and proximal adductors
            Finding: R hip capsular and muscle tightness — a hip flexion contracture; he can't lie flat in bed and stands bent at the hips
            Thomas test R −22° → −15° after; hip abduction R 18° → 25°
            """,
            ["G80.1", "M24.551"], [PT("97140", 13)], []),

        // Iron Range at Grand Rapids, power-chair driving practised on the PIDA's items: doorway stops on the tape, backing out of the stall, parking square at his table with counts; motor planning and L visual inattention; 23 matches: passes.
        ["v3-h84-mesabi-power-chair-pida-items-97530"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Grand Rapids
            Participant: Lyle F., 44 · spastic quadriplegic CP, cortical visual impairment · new power chair (midline joystick)
            Power-chair driving, practised on the items of the Power Mobility Indoor Driving Assessment (PIDA):
            97530 — 23 min
            • driving the hall to the lunchroom and stopping at the doorway on the tape line, 10 tries
            • backing out of the bathroom stall, 4 tries
            • pulling up to his table and parking square to it, 5 tries
            Why: poor motor planning and poor visual attention to the L — he bumps the L door frame and can't back up straight
            Doorway 8 of 10 without contact (3 of 10 at the first visit); parked square 4 of 5
            """,
            ["G80.0", "Z99.3"], [PT("97530", 23)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Lifespan Corvallis, Down syndrome with early-onset Alzheimer's in a foster home: stops at every curb and won't step down without a hand, misjudges the bus step — the finding; practice-curb descents with an edge marker, parking-lot walk to the shelter, bus-step mock-up with counts and distance; 17 matches: passes.
        ["v4-h84-lifespan-corvallis-stops-at-every-curb-97116"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Corvallis
            Pt: Denise A., 53 · Down syndrome with early-onset Alzheimer's · lives in a foster home with her provider, who came
            Finding: she stops at every curb and won't step down without a hand; she misjudges the step up into the bus and has fallen on it twice
            PT 97116 — 17 min
             - curb practice on the clinic's 6-in. practice curb: stepping down to a yellow tape edge marker, one hand on the rail, 8 times
             - walking the parking lot to the bus shelter and back, 300 ft, cueing a longer step and eyes forward
             - bus-step mock-up (two 9-in. steps) up and down with the rail, 5 times
            Curb descent with the rail and contact guard 8 of 8 (refused at eval)
            """,
            ["Q90.9", "G30.0", "R26.89"], [PT("97116", 17)], []),

        // Iron Range at Hibbing, spastic quadriplegia: by lunch his pelvis has slid forward until he sits on his tailbone, head drops, can't reach his tray — the finding; scoot-back push-ups, forward-lean reaches, pre-meal pelvic tilts with counts; 21 matches: passes.
        ["v4-h84-mesabi-hibbing-slides-forward-by-lunch-97530"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Hibbing
            Participant: Curtis G., 48 · spastic quadriplegic CP · manual chair, pushed by staff for distance
            What staff see: by lunch his pelvis has slid forward in the chair until he's sitting on his tailbone, his head drops, and he can't reach his tray
            97530 — 21 min
            • scoot-back repositioning: lean forward, push on the armrests, slide back in the seat, 6 tries
            • forward lean to reach for his cup and back to upright, 10 times
            • pelvic tilt into the back of the seat before meals, practised with the staff's cue card, 5 times
            Repositioned himself to the back of the seat 4 of 6 (none last month)
            """,
            ["G80.0"], [PT("97530", 21)], []),

        // Front Range Colorado Springs, hemiplegic CP in a new posterior-leaf AFO: R toes catch on the Greenway gravel, down twice on the office ramp — the finding; heel-first gait in the AFO, ramp repetitions, gravel path with distances; toe-catch count and supervision; 16 matches: passes.
        ["v4-h84-frontrange-toes-catch-on-the-greenway-97116"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Colorado Springs
            Evan, 32 — R hemiplegic CP; new posterior-leaf AFO.
            What brought him in: his R toes catch on the gravel of the Pikes Peak Greenway when he walks his dog, and he has gone down twice on the ramp into his office building.
            Gait training (97116), 16 min: in the new AFO — heel-first cueing and a longer R step on the clinic floor, 4 x 150 ft; the outdoor ramp up and down 6 times; the gravel path along the parking lot, 2 x 200 ft
            No toe catches in 1,000 ft today (caught 4 times in the first lap last visit); supervision only on the ramp
            """,
            ["G80.2"], [PT("97116", 16)], []),

        // Lifespan Albany OT, cafeteria worker: tips a loaded tray, can't open the milk carton with the L hand — the finding; tray carries around a chair, cartons and packets, table wiping with counts and distance; spills and cartons; 22 matches: passes.
        ["v4-h84-lifespan-albany-ot-tray-tips-97530"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Albany · OT
            Pt: Melissa C., 26 · spastic diplegic CP with mild arm involvement · first job, in the hospital cafeteria
            Finding: she can't carry a loaded tray from the line to a table without tipping it, and she can't get a milk carton open with her L hand
            OT 97530 — 22 min
             • carrying a tray with two cups of water and a plate 25 ft, around a chair, 6 trips
             • opening milk cartons and ketchup packets, 10 of each
             • wiping down a table in wide arcs, L hand holding the edge
            Spilled on 1 of 6 trips (4 of 6 at eval); cartons opened 9 of 10
            """,
            ["G80.1"], [OT("97530", 22)], []),

        // Iron Range at the Virginia site, Prader-Willi syndrome: can't get up off the low couch or the tub-transfer bench without staff pulling — the finding; graded-height sit-to-stands, scoot-forward sequence, tub-bench rises with counts; hip and knee extensor weakness with low tone; 20 matches: passes.
        ["v4-h84-mesabi-virginia-cant-get-off-the-low-couch-97530"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Virginia site
            Participant: Jolene P., 35 · Prader-Willi syndrome · low tone · weight-management plan (no food rewards — stickers only)
            What she can't do: get up off the low couch at the house or off the tub-transfer bench without a staff member pulling her up
            97530 — 20 min
             - sit-to-stand from lower and lower surfaces: 20-in. chair → 18-in. → 16-in. couch height, 5 at each
             - scoot to the edge, feet back, nose over toes, then stand — practised with her sticker chart
             - getting up from the tub-bench mock-up with the grab bar, 4 times
            Findings: hip and knee extensor weakness with low tone
            From the 16-in. surface: 3 of 5 without a hand from staff (0 of 5 in March)
            """,
            ["Q87.11", "M62.81"], [PT("97530", 20)], []),

        // Front Range Colorado Springs, dyskinetic CP after a myelopathy decompression: drops his mug when not looking, feet don't feel the floor in the dark — the finding; "one-on-one, Aaron and me alone for the full 97112 (22 min)"; foam eyes-closed perturbations, head-turn tandem, dim-hallway foam path; proprioceptive loss; sharpened Romberg and foam seconds: passes.
        ["v4-h84-frontrange-drops-his-mug-in-the-dark"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Colorado Springs
            Aaron, 49 — dyskinetic CP; C4-6 decompression for cervical myelopathy last spring.
            What he noticed: he drops his coffee mug when he isn't looking at it, his feet "don't feel the floor" in the dark, and he wobbles on the broken sidewalk to the bus stop.
            Neuromuscular re-education, one-on-one, Aaron and me alone for the full 97112 (22 min):
             - standing on foam, eyes open → closed, with my perturbations at the shoulders
             - tandem stance with head turns
             - stepping onto and off the foam path in the hallway with the lights dimmed
            Deficit: loss of proprioception in the feet from the myelopathy; his postural control depends on his eyes
            Sharpened Romberg eyes closed 6 s (2 s at eval); foam eyes closed 9 s
            """,
            ["G80.3", "M47.12"], [PT("97112", 22)], []),

        // Lifespan McMinnville, shunted myelomeningocele nursery worker: can't let go of the hallway rail to open the greenhouse door or pick up a flat — the finding; "one-on-one (PT and Lauren only)"; out-of-base foam reaches, perturbations with busy hands, side-steps off the rail; postural control without an ankle strategy; reach and seconds: passes.
        ["v4-h84-lifespan-mcminnville-cant-let-go-of-the-rail"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · McMinnville
            Pt: Lauren B., 31 · lumbar myelomeningocele, shunted · community walker: KAFO on the R, AFO on the L, no device indoors
            Finding: she can't let go of the hallway rail at the plant nursery where she works, to open the greenhouse door or pick up a flat of seedlings
            PT 97112 — 20 min, one-on-one (PT and Lauren only)
             - standing away from the rail on the foam pad, reaching out of her base to lift flats from a stool
             - PT perturbations while her hands are busy holding a tray
             - stepping sideways off the rail and back, eyes on a target
            Impairment: poor postural control with no ankle strategy below the lesion
            Functional reach 9 in. (6 in. at eval); stood free of the rail holding a tray 25 s
            """,
            ["Q05.2", "Z98.2"], [PT("97112", 20)], []),

        // Iron Range PTA at Grand Rapids, Down syndrome: knees buckle on the last step into the van, pulls himself in by the driver's seat — the finding; step-ups, mini squats, TKE, calf raises with doses; quadriceps weakness; 15 matches: passes.
        ["v4-h84-mesabi-pta-knees-buckle-on-the-van-step-97110"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PTA · Northern Lights DT&H, Grand Rapids
            Participant: Sam O., 42 · Down syndrome · flat feet with orthotics
            What staff report: his knees buckle on the last step up into the van, and he grabs the driver's seat to pull himself in
            97110 — 15 min
            • step-ups onto an 8-in. step holding the rail, 3 x 8 each leg
            • mini squats at the counter 3 x 10
            • terminal knee extension with the green band 3 x 15
            • calf raises 2 x 15
            Findings: quadriceps weakness, L worse than R, with the knee giving on the step
            """,
            ["Q90.9", "M62.81"], [PTA("97110", 15)], []),

        // Front Range Pueblo janitor: hips ache by the second hour of mopping and the crouch deepens as he tires — the finding; cuff hip abduction, banded bridges, standing hip extension, hip flexor stretch with doses; abductor and extensor weakness with tight hip flexors; 17 matches: passes.
        ["v4-h84-frontrange-pueblo-hips-ache-mopping-97110"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Pueblo
            Tony, 46 — spastic diplegic CP; janitor at the steelworks museum. Walks without a device, but "the hips ache by the second hour of mopping."
            Therapeutic exercise (97110), 17 min:
            - sidelying hip abduction with a 3-lb cuff, 3 x 12 each side
            - bridges with a band at the knees, 3 x 12
            - standing hip extension at the counter, 2-lb cuff, 2 x 15
            - prone hip flexor stretch, 3 x 30 s
            Why: hip abductor and extensor weakness with tight hip flexors; his crouch deepens as he tires and the hips ache
            """,
            ["G80.1", "M62.81"], [PT("97110", 17)], []),

        // Lifespan Salem annual transition-clinic check, autism: strength, range, standing balance and gait within normal limits, "no impairment found; nothing found to work on"; one-on-one stated; rocker-board perturbations, head-turn tandem, foam catches — no deficit targeted: deficit missing.
        ["v4-h84-lifespan-salem-annual-check-nothing-found"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Salem
            Pt: Kevin D. · autism · annual transition-clinic PT check
            Exam today: strength, range, standing balance and gait all within normal limits (Berg 55/56, TUG 7.8 s); no impairment found; nothing found to work on.
            PT 97112 — 17 min, one-on-one, Kevin and PT only: rocker-board perturbations; tandem walking with head turns; single-leg stance on foam catching a ball
            Plan: discharge to his home program; re-check next year.
            """,
            ["F84.0"], [PT("97112", 17)], [At(Deficit, "97112")]),

        // Iron Range at the Eveleth site, quarterly CSSP review: SLS and tandem at the level she kept all year, "no impairment identified; no concerns from staff or her guardian"; PT one-on-one; foam ball toss, stepping stones, rocker board — no deficit targeted: deficit missing.
        ["v4-h84-mesabi-eveleth-quarterly-review-no-impairment"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Eveleth site
            Participant: Rosa T. · quarterly CSSP review visit
            Exam: walks the site and the stairs on her own; single-leg stance 20 s each side, tandem 15 steps — the level she has kept all year; no impairment identified; no concerns from staff or her guardian.
            97112 — 16 min, PT one-on-one with Rosa throughout: foam-pad stance with ball toss; stepping stones; rocker board in the bars
            Plan: off caseload after this visit; staff to keep her in the walk group.
            """,
            ["Q90.9"], [PT("97112", 16)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Lifespan Corvallis, forearm crutches: 10-metre walk test comfortable and fast in m/s; four-point to two-point crutch gait, step and heel cues, a timed crossing on the tape; crouch and toe contact, too slow for one light; 15 matches: passes.
        ["v5-h84-lifespan-corvallis-10-metre-walk-97116"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Corvallis
            Pt: Eli R., 36 · spastic diplegic CP · forearm crutches
            10-metre walk test: comfortable 0.62 m/s, fast 0.81 m/s (0.48 and 0.60 m/s at eval)
            PT 97116 — 15 min
             - four-point → two-point crutch pattern on the clinic floor, 4 x 100 ft
             - cueing a longer step and heel contact on the L
             - crossing a street-width tape path before the crossing signal's countdown runs out, 6 crossings
            Gait deviation: crouch with short steps and toe contact on the L; too slow to cross Monroe Ave on one light
            """,
            ["G80.1"], [PT("97116", 15)], []),

        // Front Range Monument, four weeks after hamstring Botox: Modified Ashworth grade beside popliteal angles before and after and knee-extension lag; STM and sustained pressure, PA tibiofemoral glides, patellar mobilization; hamstring spasticity and knee flexion contractures; 12 matches: passes.
        ["v5-h84-frontrange-ashworth-and-popliteal-angle-97140"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Monument
            Nicole, 29 — spastic diplegic CP; Botox to both hamstrings four weeks ago.
            Manual therapy (97140), 12 min: STM and sustained pressure to the medial hamstrings both sides; tibiofemoral posterior-to-anterior glides in prone, gr III; patellar mobilization
            Finding: hamstring spasticity and shortening with knee flexion contractures; she stands and walks in crouch
            Modified Ashworth, hamstrings: 1+ (2 before the Botox); popliteal angle R 58° → 50°, L 54° → 47°; knee extension lacks 12° on the R
            """,
            ["G80.1", "M24.561", "M24.562"], [PT("97140", 12)], []),

        // Iron Range PTA at Hibbing, Down syndrome with mild decline: 30-second chair stand count; picture-cued sit-to-stands, heel raises, cuffed knee extension, marching with doses; hip and quad weakness, three tries to stand; 14 matches: passes.
        ["v5-h84-mesabi-pta-30-second-chair-stand-97110"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PTA · Northern Lights DT&H, Hibbing
            Participant: Mavis E., 60 · Down syndrome · mild cognitive decline; follows one-step picture cues
            30-second chair stand: 7 (5 last quarter)
            97110 — 14 min
             - sit-to-stand from the dining chair with a picture cue card, 3 x 6
             - heel raises at the counter 2 x 12
             - seated knee extension with a 2-lb cuff, 2 x 12 each
             - standing marching at the counter 2 x 20
            Why: hip and quadriceps weakness — she takes three tries to stand up from the dining chair
            """,
            ["Q90.9", "M62.81"], [PTA("97110", 14)], []),

        // Lifespan Albany, Down syndrome, group-home staff in the room: "One-on-one PT for the whole 97112 (staff in the room, no other patient)"; stepping-strategy releases, rocker-board shifts, head-turn walking naming pictures; delayed stepping and sway with falls turning; Fullerton Advanced Balance scale: passes.
        ["v5-h84-lifespan-albany-fullerton-advanced-balance"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Albany
            Pt: Frank Z., 57 · Down syndrome · group home; staff with him today
            One-on-one PT for the whole 97112 (staff in the room, no other patient).
            PT 97112 — 22 min
             • stepping strategy: PT releases a lean from the front and from behind, he steps to catch himself
             • standing on the rocker board, eyes open, weight shifts forward and back
             • walking with head turns to name pictures on both walls
            Impairment: delayed stepping reactions and postural sway; two falls at the group home this month, both turning
            Fullerton Advanced Balance scale: 19/40 (14/40 a month ago)
            """,
            ["Q90.9", "R29.6"], [PT("97112", 22)], []),

        // Front Range Colorado Springs college student: Wheelchair Skills Test capacity percentage; library-ramp climbs with trunk lean, pull-door passes, floor pickups with counts; poor trunk control and weak L pushes; 24 matches: passes.
        ["v5-h84-frontrange-wheelchair-skills-test-percent-97530"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Colorado Springs
            Cassie, 24 — spastic quadriplegic CP, ultralight manual chair; a student at UCCS, lives in the dorm.
            Wheelchair Skills Test (WST 5.0), capacity: 76% (61% in August)
            97530 — 24 min
             • up the steep ramp by the library doors with a forward trunk lean, 4 times
             • pull doors: opening and getting through before the door swings shut, 6 tries
             • picking a dropped phone up off the floor from her chair, 5 times
            Why: poor trunk control and weak pushes on the L — she stalls on the library ramp and gets stuck in heavy doors
            Doors 5 of 6 on her own; phone pickup 5 of 5
            """,
            ["G80.0", "Z99.3"], [PT("97530", 24)], []),

        // Iron Range at Grand Rapids, Rett syndrome: "PT worked one-on-one with Naomi for all 20 minutes of 97112; her mother (72) sat in"; mat-edge perturbations, switch reaches out of base, seated rhythmic stabilization; trunk postural control and righting; Level of Sitting Scale and sitting seconds: passes.
        ["v5-h84-mesabi-grandrapids-level-of-sitting-scale"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Grand Rapids
            Participant: Naomi K., 29 · Rett syndrome · wheelchair with a tray; sits on the mat with support
            PT worked one-on-one with Naomi for all 20 minutes of 97112; her mother (72) sat in.
            97112 — 20 min
            • sitting on the edge of the mat table, PT perturbations at the shoulders in each direction, waiting for her to right herself
            • reaching out of her base to a light-up switch on each side
            • rhythmic stabilization at the trunk in sitting
            Deficit: poor trunk postural control and delayed righting reactions; she topples to the L in her chair by the afternoon
            Level of Sitting Scale: level 5 of 8 (level 3 last quarter); sat unsupported 40 s
            """,
            ["F84.2"], [PT("97112", 20)], []),

        // Lifespan Salem, lives alone after a night on the kitchen floor: timed floor-to-stand with the couch in seconds; floor-recovery sequence, crawl to the phone and pull up, controlled lowering with counts; hips and knees too weak to push up from half-kneel; 21 matches: passes.
        ["v5-h84-lifespan-salem-timed-floor-to-stand-97530"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Salem
            Pt: Marco P., 39 · spastic diplegic CP · walks with a cane; lives alone; wears a medical-alert pendant
            Timed floor-to-stand using the couch: 24 s (51 s at eval, and he needed a hand)
            PT 97530 — 21 min
             - floor recovery: roll → side-sit → quadruped → half-kneel → up to the couch, 5 times
             - crawling to the phone on the floor and pulling up on a kitchen chair, 3 times
             - lowering himself to the floor with control to pick up a dropped item, 5 times
            Why: he fell in the kitchen this spring and spent the night on the floor; his hips and knees are too weak to push up from half-kneel
            """,
            ["G80.1", "Z91.81"], [PT("97530", 21)], []),

        // Iron Range at the Virginia site, Down syndrome: one-on-one stated; foam steps without the rail, rocker-board catches, rope-ladder stepping; postural control on the bus steps — "Staff say she is steadier at the house", no number but the code's: measure missing.
        ["v5-h84-mesabi-virginia-staff-say-steadier"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Virginia site
            Participant: Bernice L. · Down syndrome, atlantoaxial precautions
            PT one-on-one with Bernice for the 97112; her DSP in the room.
            97112 — 20 min: stepping up and down the foam steps without the rail; standing on the rocker board catching a beach ball; stepping over the rope ladder
            Why: postural control and slow balance reactions on the bus steps
            Staff say she is steadier at the house and hasn't needed a hand on the bus steps this week.
            """,
            ["Q90.9"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Front Range Pueblo, posterior walker: hallway and parking-lot gait with cues, doorway turns, curb step-ups; crouch, short R step and scissoring — "She walked farther today than last week", no distance, assistance level or number but the code's: measure missing.
        ["v5-h84-frontrange-pueblo-walked-farther-97116"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Pueblo
            Rachel — spastic diplegic CP, posterior walker; works in the zoo gift shop.
            Gait training (97116), 16 min: walker gait in the hallway and out to the parking lot, cueing an upright trunk, heel strike and a longer R step; turning the walker in the narrow bathroom doorway; stepping up onto the curb with the walker
            Deviations: crouch, a short R step, scissoring when she hurries
            She walked farther today than last week with less crouch, and the turns looked smoother.
            """,
            ["G80.1"], [PT("97116", 16)], [At(Measure, "97116")]),

        // Lifespan McMinnville OT, hemiplegic CP dressing for work: shirt buttons on a board then on herself, coat zipper, single-hand bow, lanyard; R hand weakness and fine motor control — "Buttoning looked smoother than last time", no count, dose or number but the code's: measure missing.
        ["v5-h84-lifespan-ot-buttoning-looked-smoother-97530"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · McMinnville · OT
            Pt: Ivy J. · R hemiplegic CP · wants to dress for work on her own
            OT 97530 — 22 min: buttoning her work shirt on a board, then on herself; zipping her coat with a zipper pull; tying her shoes with a single-hand bow; putting on her lanyard badge
            Impairment: R hand weakness and poor fine motor control
            Buttoning looked smoother than last time, and she was pleased with the shoes.
            """,
            ["G80.2"], [OT("97530", 22)], [At(Measure, "97530")]),

        // Iron Range PTA at the Eveleth site: sit-to-stands, low step-ups, bridges, heel raises, band rows for leg and trunk weakness — "Gave his best effort; staff pleased", no sets, reps, load or number but the code's: measure missing.
        ["v5-h84-mesabi-pta-best-effort-97110"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PTA · Northern Lights DT&H, Eveleth site
            Participant: Gordon F. · spastic diplegic CP
            97110 — 15 min: sit-to-stands from the dining chair; step-ups on the low step; bridges on the mat; heel raises at the counter; band rows
            Why: leg and trunk weakness — slow to stand up from the table and to climb into the van
            Gave his best effort; staff pleased.
            """,
            ["G80.1"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // Front Range Colorado Springs line cook, one-on-one stated; foam perturbations, L single-leg reaches, step-downs to foam; L hip and knee neuromuscular control — "Didn't get to the tests today — will re-measure next visit", no number but the code's: measure missing.
        ["v5-h84-frontrange-will-re-measure-next-visit"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Colorado Springs
            Hector — L hemiplegic CP; line cook, on his feet all shift.
            Hector had me one-on-one for the NMR.
            Neuromuscular re-education (97112), 19 min: perturbation training standing on foam; L single-leg stance reaching to the counter; step-downs onto foam with a knee-over-toe cue
            Targeted: L hip and knee neuromuscular control — the knee snaps back and the pelvis drops on the L in stance
            Didn't get to the tests today — will re-measure next visit.
            """,
            ["G80.2"], [PT("97112", 19)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Lifespan Salem, ageing with diplegia: "NMR (97112): 22 min — one-on-one, PT and Thomas only" and "Gait (97116): 15 min" (both match); rocker board, stepping-strategy releases, foam head turns; rollator gait and tight turns; stepping reactions and shuffling; release count and distance: passes.
        ["v6-h84-lifespan-salem-nmr-and-gait-minutes-each"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Salem
            Pt: Thomas E., 50 · spastic diplegic CP, ageing with it — more falls, more fatigue · rollator
            NMR (97112): 22 min — one-on-one, PT and Thomas only. Rocker-board weight shifts in the bars; stepping-strategy drills (PT releases him from a lean); standing on foam with head turns
            Gait (97116): 15 min — rollator gait cueing heel strike and a longer step, 3 x 150 ft; turning in a tight circle with the rollator
            Impairment: delayed stepping reactions; short shuffling steps and a stooped trunk with the rollator
            Caught himself with a single step on 5 of 10 releases (1 of 10 at eval); 450 ft with supervision
            """,
            ["G80.1", "R29.6"], [PT("97112", 22), PT("97116", 15)], []),

        // Iron Range at Hibbing, recycling crew: "Billing for this visit: 97530 — 25 minutes (2 units); 97110 — 13 minutes (1 unit)" (both match); bin lifts, cart pushes, low-shelf crouches with counts; step-ups, bridges, band abduction with doses; hip weakness and balance bending to the floor: passes.
        ["v6-h84-mesabi-hibbing-billing-line-two-codes"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Hibbing
            Participant: Darnell W., 34 · spastic diplegic CP · Lofstrand crutches · on the site's recycling crew
            Therapeutic activities: the recycling route — lifting a 12-lb bin from the floor onto the cart, 10 times; pushing the cart down the hall and through two doors, 4 laps; crouching to the low shelf and back up with the crutches, 8 times
            Therapeutic exercise: step-ups on an 8-in. step 2 x 10; bridges 2 x 15; standing hip abduction with the red band 2 x 12
            Findings: hip extensor and abductor weakness; he lifts with the crutches propped and loses his balance bending to the floor
            Billing for this visit: 97530 — 25 minutes (2 units); 97110 — 13 minutes (1 unit)
            """,
            ["G80.1"], [PT("97530", 25), PT("97110", 13)], []),

        // Front Range Monument, clock times per code with the minutes in brackets ("1:05–1:28 pm 97112 (23 min)", "1:28–1:40 pm 97140 (12 min)", both match), one-on-one stated; mat perturbations, releases, foam reaches; hip glides and distraction, STM; postural control and hip capsular stiffness; SLS and extension degrees: passes.
        ["v6-h84-frontrange-monument-clock-times-per-code"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Monument
            Sofia, 44 — spastic diplegic CP; R hip pain; rides an adaptive trike on the Santa Fe Trail.
            1:05–1:28 pm  97112 (23 min), Sofia and me one-on-one: tall-kneel and half-kneel perturbations on the mat; stepping-strategy releases; single-leg stance on foam with a reach
            1:28–1:40 pm  97140 (12 min): R hip inferior glides and long-axis distraction, gr III–IV; STM to the R TFL and adductors
            Findings: poor postural control with a slow stepping response; R hip capsular stiffness limiting extension
            SLS on foam R 5 s, L 8 s; hip extension R −10° → −4° after the manual work
            """,
            ["G80.1", "M25.551"], [PT("97112", 23), PT("97140", 12)], []),

        // Lifespan Corvallis, PT then OT one morning: "PT — 97116 — 16 min" and "OT — 97530 — 24 min" each match its own discipline's line; device-free gait, ramp and stairs with distance and stand-by; kitchen and laundry tasks with drop counts; knee hyperextension and weak L grasp: passes.
        ["v6-h84-lifespan-corvallis-pt-then-ot-one-morning"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Corvallis — PT, then OT, same morning
            Pt: Jenna W., 27 · L spastic hemiplegic CP · wants her own apartment next year
            PT — 97116 — 16 min: walking with no device in the hall and on the ramp, cueing L heel strike and knee control, 4 x 150 ft; the stairs, reciprocal with one rail, 2 flights; stand-by assist
            PT findings: L knee hyperextension in stance and toe-first contact on the L
            OT — 97530 — 24 min: making a sandwich and carrying it with a drink to the table; loading the dishwasher; folding laundry and putting it away — L hand as the helper
            OT findings: L hand used only when cued; weak L grasp; the plate slips on the carry (dropped something on 2 of 4 trips at eval, 0 of 4 today)
            """,
            ["G80.2"], [PT("97116", 16), OT("97530", 24)], []),

        // Iron Range at Grand Rapids, PT and PTA on one visit: "PT — 97112 — 20 min, PT one-on-one with Lorraine" and "PTA — 97110 — 14 min" (both match, one discipline); releases, rocker board, head-turn tandem; sit-to-stands, heel raises, band hip work with doses; stepping reactions, sway and weakness; release count and tandem: passes.
        ["v6-h84-mesabi-grandrapids-pt-nmr-and-pta-ther-ex"] = new(
            """
            IRON RANGE THERAPY PARTNERS — Northern Lights DT&H, Grand Rapids
            Participant: Lorraine M., 63 · spastic diplegic CP · rollator
            PT — 97112 — 20 min, PT one-on-one with Lorraine: stepping-strategy drills with release from a lean; rocker board in the bars; tandem walking on the tape with head turns
            PTA — 97110 — 14 min: sit-to-stands 3 x 8; heel raises 2 x 15; standing hip abduction and extension with the yellow band, 2 x 12 each
            Findings: slow stepping reactions and postural sway; hip and calf weakness; she has fallen twice reaching into the fridge at the house
            Caught herself in one step after 6 of 10 releases; tandem 7 steps
            """,
            ["G80.1", "R29.6"], [PT("97112", 20), PTA("97110", 14)], []),

        // Front Range Pueblo, "97140 in two parts — 8 min before walking … + 6 min after … = 14 min" and "97116 — 18 min" (both match); knee glides and STM; two-cane gait and bus-stop walk; R knee flexion contracture and crouch; extension degrees and distance: passes.
        ["v6-h84-frontrange-pueblo-manual-in-two-parts"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Pueblo
            Ernesto, 58 — spastic diplegic CP; R knee pain and stiffness; walks with two canes.
            97140 in two parts — 8 min before walking (R tibiofemoral glides gr III, patellar glides) + 6 min after (STM to the R hamstrings and gastrocnemius) = 14 min
            97116 — 18 min: two-cane gait in the hall, cueing heel strike and knee extension on the R, 4 x 120 ft; out to the curb and the bench at the bus stop and back
            Findings: R knee flexion contracture with tight hamstrings and calf; crouch gait with a short R step
            R knee extension −15° → −9° after the manual work; 480 ft in the hall with supervision
            """,
            ["G80.1", "M24.561"], [PT("97140", 14), PT("97116", 18)], []),

        // Lifespan Albany, Down syndrome with atlantoaxial precautions: "Timed treatment minutes: 23" for the one timed code (97112 line, matches), one-on-one with her sister sitting in; foam perturbations, stepping-stone turns, reaches behind; postural control; TUG-manual and SLS: passes.
        ["v6-h84-lifespan-albany-timed-minutes-one-code"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Albany
            Pt: Rebecca H., 42 · Down syndrome · atlantoaxial instability precautions (no end-range neck flexion)
            Service: neuromuscular re-education, one-on-one with the PT (her sister sat in)
            Timed treatment minutes: 23
             - standing on the foam pad with PT perturbations at the pelvis, eyes open
             - stepping-stone path with a turn at each end
             - reaching for cones placed behind her, feet still
            Impairment: poor postural control and slowed balance reactions, worse turning
            TUG carrying a cup of water 14.8 s (19.2 s at eval); SLS R 5 s
            """,
            ["Q90.9"], [PT("97112", 23)], []),

        // Iron Range at the Virginia site, "Total PT time today: 37 min (NMR and gait together)" is the only time for two codes: separate time missing; both sections complete (one-on-one; releases, rocker board, foam catches; cane gait and van step; slow reactions and shuffling; release count and distance).
        ["v6-h84-mesabi-virginia-total-only-nmr-and-gait"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Virginia site
            Participant: Harold B., 55 · Down syndrome · early dementia
            PT one-on-one with Harold throughout.
            NMR: stepping-strategy releases; rocker board in the bars; foam stance with ball toss
            Gait: walking the hallway with his cane, cueing a longer step and heel strike, 3 x 100 ft; the step into the van mock-up
            Findings: slow balance reactions and a short, shuffling step
            Caught himself with one step on 4 of 10 releases; 300 ft with stand-by assist
            Total PT time today: 37 min (NMR and gait together)
            """,
            ["Q90.9", "G30.0"], [PT("97112", 22), PT("97116", 15)], [SepTime]),

        // Front Range Colorado Springs warehouse picker: "Therapeutic exercise (97110), 14 min" but the therapeutic-activities (97530) section has no minutes: separate time missing; both sections complete (goblet squats, box step-ups, side planks with doses; tote lifts, carries and low picks with loads and counts; hip and trunk weakness with crouch).
        ["v6-h84-frontrange-ther-act-section-no-minutes"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Colorado Springs
            Wes, 33 — spastic diplegic CP; warehouse picker (light duty) at a distribution center.
            Therapeutic exercise (97110), 14 min: goblet squats with 15 lb 3 x 10; step-ups to a 12-in. box 3 x 8; side planks 3 x 20 s
            Therapeutic activities (97530): lifting a loaded tote (20 lb) from the floor to a waist-high shelf x 12; carrying a tote 40 ft and setting it on the low rack x 6; squat-and-reach picks from the bottom shelf x 10
            Why: hip and trunk weakness with crouch — he can't lift totes off the floor without leaning on the rack
            """,
            ["G80.1"], [PT("97110", 14), PT("97530", 22)], [SepTime]),

        // Iron Range at the Eveleth site, "97112 — 34 min" against a 22-min line: mismatch; otherwise complete (PT one-on-one; half-kneel perturbations, rocker board, releases; postural control with backward falls; hold count and seconds).
        ["v6-h84-mesabi-eveleth-nmr-34-against-22"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Eveleth site
            Participant: Clara N., 48 · spastic diplegic CP · walker
            97112 — 34 min, PT one-on-one with Clara: half-kneel perturbations on the mat; rocker-board weight shifts in the bars; stepping-strategy releases
            Deficit: poor postural control; she falls backward at the sink
            Half-kneel holds 6 of 10 against perturbation; rocker board 11 s
            """,
            ["G80.1"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // Lifespan McMinnville, "PT 97116 — 28 min" against a 16-min line: mismatch; new hinged AFOs with the rollator, ramp and curb, toe-first contact and knee flexion, distance and assistance complete.
        ["v6-h84-lifespan-mcminnville-gait-28-against-16"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · McMinnville
            Pt: Walter S., 59 · spastic diplegic CP · new hinged AFOs
            PT 97116 — 28 min: walking in the new hinged AFOs with the rollator, cueing heel strike and knee extension, 3 x 200 ft; the ramp and the curb with the rollator
            Gait deviation: toe-first contact and knee flexion through stance
            600 ft with supervision; curb with contact guard
            """,
            ["G80.1"], [PT("97116", 16)], [At(Mismatch, "97116")]),

        // Front Range Monument nanny: "97530 — 18 min" matches but "97110 — 12 min" against a 25-min line: mismatch on 97110; both sections complete (doll lifts to the changing table, floor rises, stair carries; cuffed hip abduction, single-leg bridges, calf raises; L hip and calf weakness).
        ["v6-h84-frontrange-monument-ther-ex-12-against-25"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Monument
            Paige, 30 — L hemiplegic CP; a nanny for two toddlers.
            97530 — 18 min: lifting a 22-lb weighted doll from the floor to the changing table, 8 times; getting down to the floor to play and back up with no hands, 5 times; carrying the doll up the clinic stairs, 2 flights
            97110 — 12 min: L hip abduction with a 3-lb cuff 3 x 12; single-leg bridges 3 x 10; L calf raises 3 x 12
            Why: L hip and calf weakness — she can't get up off the floor or carry a toddler up the stairs without the rail
            """,
            ["G80.2"], [PT("97530", 18), PT("97110", 25)], [At(Mismatch, "97110")]),

        // Iron Range at Hibbing, "Units: 97112 x 2 · 97110 x 1" — units, no minutes for either code: separate time missing; both sections complete ("NMR, PT and Joel only"; rocker board, tandem, foam catches; sit-to-stands, bridges, band abduction with doses; postural control and hip weakness; seconds and steps).
        ["v6-h84-mesabi-hibbing-units-no-minutes"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Hibbing
            Participant: Joel K., 37 · autism, spastic diplegia
            Units: 97112 x 2 · 97110 x 1
            NMR, PT and Joel only: rocker-board weight shifts with perturbations; tandem walk on the tape; foam stance catching bean bags
            Ther ex: sit-to-stand 3 x 8; bridges 2 x 12; hip abduction with the red band 2 x 12
            Findings: poor postural control and hip weakness; trips on the threshold into the workroom
            Foam stance 14 s; tandem 9 steps
            """,
            ["F84.0", "G80.1"], [PT("97112", 25), PT("97110", 14)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h84-empty-nmr-and-gait"] = new(
            "",
            ["G80.1"], [PT("97112", 22), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // Empty note on a PTA 97110 with no diagnosis: note missing and diagnosis missing.
        ["v7-h84-empty-pta-97110-no-dx"] = new(
            "",
            [], [PTA("97110", 16)], [At(NoteMissing, "97110"), Dx]),

        // A note of line breaks and spaces only (cells are trimmed) on an OT 97530 with a diagnosis: note missing only.
        ["v7-h84-blank-lines-ot-97530"] = new(
            "\n\n   \n ",
            ["G80.2"], [OT("97530", 23)], [At(NoteMissing, "97530")]),

        // 97110's meaning at Iron Range: leg press, cuffed hip extension, hip flexor and heel-cord stretches with loads, sets and holds (technique and measure), quadriceps and hip extensor weakness with tight hip flexors and heel cords and a walk-to-the-lunchroom goal (deficit); 17 matches: passes.
        ["v7-h84-mesabi-97110-walk-to-the-lunchroom"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Grand Rapids
            Participant: Mitchell A., 45 · spastic diplegic CP · walker at the site
            97110 — 17 min
             - seated leg press on the multi-gym, 60 lb, 3 x 10
             - standing hip extension at the counter with a 2-lb cuff, 2 x 12 each
             - prone-on-elbows hip flexor stretch, 3 x 30 s
             - heel-cord stretch on the wedge, 3 x 30 s
            Why: quadriceps and hip extensor weakness with tight hip flexors and heel cords; goal — walk the length of the site to the lunchroom without sitting down to rest
            """,
            ["G80.1"], [PT("97110", 17)], []),

        // 97530's meaning at Lifespan: sliding-board transfers into a mock car and bed to chair, unloading groceries at the counter, with counts and assistance (technique and measure), weak arms and trunk and poor sitting balance on the car seat with a get-into-her-parents'-car goal (deficit); 23 matches: passes.
        ["v7-h84-lifespan-97530-sliding-board-into-the-car"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Salem
            Pt: Carrie D., 34 · spastic diplegic CP · manual chair in the community; her parents, in their seventies, can no longer lift her
            PT 97530 — 23 min
             • sliding-board transfer wheelchair → the clinic's mock car seat and back, 4 each way
             • standing at the kitchen counter to unload groceries from a bag into the cupboard, 2 bags
             • bed-to-chair transfers on the mat table with the sliding board, 3 each way
            Why: weak arms and trunk for the board and poor sitting balance on the car seat; goal — get in and out of her parents' car without being lifted
            Car transfers with stand-by assist 4 of 4 (moderate assist from her dad at eval)
            """,
            ["G80.1", "Z99.3"], [PT("97530", 23)], []),

        // 97140's meaning at Front Range: thoracic PA mobilizations by grade, first-rib caudal glides, STM to the upper trap and levator (technique), upper-thoracic hypomobility and guarding from years in a power chair (deficit), cervical rotation degrees (measure); 11 matches: passes.
        ["v7-h84-frontrange-97140-power-chair-neck"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Colorado Springs
            Kyle, 36 — spastic quadriplegic CP; neck and upper-back pain from years of sitting in his power chair.
            97140, 11 min: thoracic PA mobilizations T3–T8, gr III, in prone; first-rib caudal glides on the R; STM to the R upper trapezius and levator
            Finding: upper-thoracic hypomobility with R upper trap and levator guarding; pain by the end of his workday
            Cervical rotation R 48° → 60° after
            """,
            ["G80.0", "M54.2"], [PT("97140", 11)], []),

        // 97116's meaning at Iron Range: PTA gait in new orthotics on the hallway and sidewalk, the van-stop curb and a snowbank edge, with distances and stand-by (technique and measure), flat-footed toe-out shuffle (deficit); 15 matches: passes.
        ["v7-h84-mesabi-pta-97116-new-orthotics-and-snowbank"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PTA · Northern Lights DT&H, Virginia site
            Participant: Oscar J., 50 · Down syndrome · flat feet, new orthotics · fell on the ice last winter
            97116 — 15 min
            • walking the hallway and the parking-lot sidewalk in his new orthotics, cueing heel strike and a wider, longer step, 3 x 150 ft
            • stepping up and down the curb at the van stop, 6 times
            • walking the grass strip and over the edge of the snowbank, 2 x 50 ft
            Gait deviation: flat-footed, toed-out shuffle with short steps
            Stand-by assist throughout; no losses of balance in 550 ft
            """,
            ["Q90.9", "R26.89"], [PTA("97116", 15)], []),

        // Generic 97112: "97112 — 20 min. NMR per ISP. Participant tolerated session well. Continue." — no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h84-generic-nmr-per-isp"] = new(
            "97112 — 20 min. NMR per ISP. Participant tolerated session well. Continue.",
            ["G80.1"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97530 with minutes for each (14 and 16, both match): "Ther ex and functional activities per plan. Participant cooperative; staff pleased." — nothing named for either code.
        ["v7-h84-generic-ther-ex-and-ther-act"] = new(
            "97110 — 14 min. 97530 — 16 min. Ther ex and functional activities per plan. Participant cooperative; staff pleased. Continue.",
            ["G80.1"], [PT("97110", 14), PT("97530", 16)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic quarterly letter to the county case manager on a 97530: "continues to attend PT at the site and participates in therapeutic activities … making progress toward his CSSP outcomes" — no activity, deficit or measure named.
        ["v7-h84-generic-letter-to-county-case-manager-97530"] = new(
            """
            To: Jill Ostrowski, county case manager
            Re: quarterly PT update for Darnell
            Darnell continues to attend PT at the site and participates in therapeutic activities. He is making progress toward his CSSP outcomes and tolerates treatment well. We recommend continued PT.
            — Iron Range Therapy Partners
            """,
            ["G80.1"], [PT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Lifespan Salem records clerk, three codes: 97112 18 ("one-on-one (PT and Graham only)"), 97110 12 and 97140 10 all match; half-kneel perturbations, releases, foam head turns; step-ups, bridges, band abduction with doses; knee glides and STM; stepping reactions, hip weakness, knee stiffness; release count and degrees: passes.
        ["vord-h84-lifespan-salem-three-codes"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Salem
            Pt: Graham T., 43 · spastic diplegic CP · forearm crutches · ageing with CP — R knee pain, more fatigue; works in the county records office
            PT 97112 — 18 min, one-on-one (PT and Graham only): half-kneel perturbations on the mat; stepping-strategy releases; foam stance with head turns
            PT 97110 — 12 min: step-ups to a 6-in. step 2 x 10; bridges 2 x 15; standing hip abduction with the red band, 2 x 12
            PT 97140 — 10 min: R tibiofemoral glides, gr III; STM to the R hamstrings and calf
            Impairments: delayed stepping reactions; hip abductor and extensor weakness; R knee flexion stiffness
            Caught himself with one step on 6 of 10 releases; R knee extension −12° → −7°
            """,
            ["G80.1", "M24.561"], [PT("97112", 18), PT("97110", 12), PT("97140", 10)], []),

        // Iron Range at the Eveleth site, Down syndrome with picture cues: "PT one-on-one with Beverly for the whole 97112 in the therapy room; DSP waited at the door"; foam balloon catches, picture-cued ladder stepping, rocker-board shifts; postural control and slow stepping; rocker seconds and rungs: passes.
        ["vord-h84-mesabi-eveleth-down-syndrome-nmr"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Eveleth site
            Participant: Beverly S., 54 · Down syndrome · atlantoaxial precautions · picture cues
            PT one-on-one with Beverly for the whole 97112 in the therapy room; her DSP waited at the door.
            97112 — 21 min
            • standing on the foam pad, catching a balloon to either side
            • stepping over the rope-ladder rungs with a picture cue for each step
            • rocker-board weight shifts forward and back holding the bars, then one hand
            Deficit: poor postural control with slow stepping reactions; she tripped on the dining-room rug last week
            Rocker board 14 s with one hand (two hands last month); cleared 8 of 10 rungs without a touch
            """,
            ["Q90.9"], [PT("97112", 21)], []),

        // Front Range Colorado Springs PTA, sporting-goods stocker: leg press, wall-squat holds, step-downs, calf raises, hamstring stretch with loads and doses; quad and calf weakness with tight hamstrings and a stockroom-ladder goal; 16 matches: passes.
        ["vord-h84-frontrange-pta-stocker-97110"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Colorado Springs · PTA
            Brandon, 27 — spastic diplegic CP; stocks shelves at a sporting-goods store.
            97110 — 16 min: leg press 90 lb 3 x 10; wall squats, 10-s holds x 8; step-downs off a 6-in. step 2 x 10; calf raises 3 x 15; hamstring stretch 3 x 30 s
            Why: quadriceps and calf weakness with tight hamstrings — he crouches and can't climb the stockroom ladder with a box
            """,
            ["G80.1"], [PTA("97110", 16)], []),

        // Lifespan Albany OT, hemiplegic CP: weighted wrist extension, hammer supination, putty, rubber-band finger extension with doses; weak L wrist extensors and supinators with a key-turning goal; 15 matches: passes.
        ["vord-h84-lifespan-albany-ot-wrist-and-hand-97110"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Albany · OT
            Pt: Rosalind K., 38 · L spastic hemiplegic CP
            OT 97110 — 15 min: wrist extension with a 1-lb weight 3 x 10; forearm supination with a hammer 2 x 12; putty grip and pinch 2 x 15; finger extension against a rubber band 2 x 15
            Impairment: weak L wrist extensors and supinators and a fisted grasp; she can't turn the key in her apartment door with the L hand
            """,
            ["G80.2"], [OT("97110", 15)], []),

        // Iron Range at Grand Rapids, lunchroom-clearing job: chair lifts onto tables, table wiping with reaches, tray-cart trips with counts; trunk and hip weakness and standing balance while reaching; loss-of-balance count; 22 matches: passes.
        ["vord-h84-mesabi-grandrapids-lunchroom-job-97530"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Grand Rapids
            Participant: Ellen Q., 40 · spastic diplegic CP · quad cane
            Her DT&H job is clearing the lunchroom: putting the chairs up and wiping the tables.
            97530 — 22 min
             • lifting chairs onto the tables, cane hooked on the table edge, 12 chairs
             • wiping the tables with wide reaches, stepping along each table, 4 tables
             • pushing the tray cart to the kitchen window, 3 trips
            Findings: trunk and hip weakness and poor standing balance while reaching; she leans on the table and loses her balance lifting a chair
            12 of 12 chairs up without a loss of balance (4 losses last month)
            """,
            ["G80.1"], [PT("97530", 22)], []),

        // Front Range Monument, rhizotomy as a boy, three falls since summer: "Dennis was my only patient for the full neuromuscular re-education, 22 min (97112)"; unannounced treadmill belt stops in a harness, foam pushes, stepping over a cane on call; reactive stepping and postural control; Brief-BESTest: passes.
        ["vord-h84-frontrange-monument-treadmill-perturbations"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Monument
            Dennis, 55 — spastic diplegic CP; selective dorsal rhizotomy as a boy; three falls since the summer.
            Dennis was my only patient for the full neuromuscular re-education, 22 min (97112).
            Treadmill perturbations: I stopped and started the belt without warning at a slow walk, harness on; then lateral pushes standing on foam; then stepping over a cane held at shin height on my call
            Impairment: slow reactive stepping and poor postural control — he can't catch himself when the bus lurches or he trips on a curb
            Brief-BESTest 11/24 (8/24 in September)
            """,
            ["G80.1", "R29.6"], [PT("97112", 22)], []),

        // Lifespan Corvallis, sacral spina bifida in new custom AFOs: device-free gait with push-off cues, grass and gravel, reciprocal stairs with distances and supervision; wide base, glute-med lurch and no push-off; 14 matches: passes.
        ["vord-h84-lifespan-corvallis-new-afos-97116"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Corvallis
            Pt: Marcus L., 28 · sacral spina bifida · new custom AFOs both sides
            PT 97116 — 14 min
             - walking without a device in the new AFOs, 4 x 100 ft, cueing push-off and a narrower base
             - the grass strip and the gravel path outside, 2 x 60 ft
             - stairs, reciprocal with one rail, 2 flights
            Gait deviation: wide base with a gluteus medius lurch on both sides and no push-off
            Supervision on the grass and gravel; 520 ft without a loss of balance
            """,
            ["Q05.8"], [PT("97116", 14)], []),

        // Iron Range at the Virginia site, diplegia and seizures: 97112 20 ("PT one-on-one with Gerald") and 97530 15 match; releases, rocker board, foam catches; walker turns at the toilet and sink, elevator-box timing, reacher pickups with counts; balance reactions and falls turning; seconds and release count: passes.
        ["vord-h84-mesabi-virginia-nmr-and-ther-act"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PT · Northern Lights DT&H, Virginia site
            Participant: Gerald H., 58 · spastic diplegic CP, seizures · walker
            97112 — 20 min, PT one-on-one with Gerald: stepping-strategy releases forward and back; rocker board in the bars; foam stance with ball toss
            97530 — 15 min: walker turns in the bathroom and at the sink, 6 each; stepping in and out of the taped "elevator" before the door closes, 8 times; picking a cup up off the floor with the reacher, 5 times
            Findings: slow balance reactions and poor postural control; he backs toward the toilet without turning all the way and falls turning in tight spaces
            Rocker board 12 s; caught himself in one step on 5 of 10 releases
            """,
            ["G80.1", "G40.909"], [PT("97112", 20), PT("97530", 15)], []),

        // Front Range Pueblo, hip OA after childhood dysplasia: 97140 12 and 97110 15 match; hip distraction and posterior glides, STM; abduction, bridges, hip extension, cuffed marches with doses; capsular stiffness and abductor weakness, can't reach her foot; IR and flexion degrees: passes.
        ["vord-h84-frontrange-pueblo-hip-oa-manual-and-ther-ex"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Pueblo
            Irene, 61 — spastic diplegic CP with R hip osteoarthritis (dysplasia as a child); waiting on a hip-replacement consult.
            97140 — 12 min: R hip long-axis distraction and posterior glides, gr III; STM to the R adductors and TFL
            97110 — 15 min: sidelying hip abduction 3 x 10; bridges 3 x 10; standing hip extension at the counter 2 x 12; seated marching with a 2-lb cuff 2 x 15
            Findings: R hip capsular stiffness and abductor weakness; she can't get her R foot into her pants leg or her shoe
            R hip IR 8° → 14°, flexion 88° → 96°
            """,
            ["G80.1", "M16.31"], [PT("97140", 12), PT("97110", 15)], []),

        // Lifespan McMinnville OT, autism and dyspraxia before supported living: picture-recipe toast and eggs, plate-and-cup carries, dishwasher from picture steps; motor planning and sequencing; uncued steps and spill-free carries; 25 matches: passes.
        ["vord-h84-lifespan-mcminnville-ot-picture-recipe-97530"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · McMinnville · OT
            Pt: Aiden F., 23 · autism · dyspraxia · moving into supported living next month
            OT 97530 — 25 min
             • making toast and scrambled eggs from the picture recipe, start to finish
             • carrying a plate and a cup to the table together, 4 trips
             • loading and starting the dishwasher from the picture steps
            Impairment: poor motor planning and sequencing — he skips steps and drops things when he carries two at once
            Picture-recipe steps done 9 of 11 without a verbal cue (5 of 11 last week); plate and cup carried 4 of 4 without a spill
            """,
            ["F84.0", "R27.8"], [OT("97530", 25)], []),

        // Iron Range at Hibbing, PT and PTA on one visit: "PT — 97116 — 16 min" and "PTA — 97110 — 13 min" (both match); two-point crutch gait and the bus-loop ramp; step-ups, bridges, heel raises, band abduction with doses; crouch, short R step and hip and calf weakness; stand-by and distance: passes.
        ["vord-h84-mesabi-hibbing-pt-gait-pta-ther-ex"] = new(
            """
            IRON RANGE THERAPY PARTNERS — Northern Lights DT&H, Hibbing
            Participant: Lenny C., 52 · spastic diplegic CP · Lofstrand crutches
            PT — 97116 — 16 min: crutch gait in the hall, two-point pattern, cueing heel strike and a longer R step, 3 x 150 ft; the ramp to the bus loop and back, twice
            PTA — 97110 — 13 min: step-ups 2 x 10; bridges 2 x 12; heel raises 2 x 15; standing hip abduction with the red band 2 x 12
            Findings: crouch gait with short R steps; hip extensor, abductor and calf weakness
            Stand-by assist; 450 ft on level ground without stopping
            """,
            ["G80.1"], [PT("97116", 16), PTA("97110", 13)], []),

        // Lifespan Albany, Williams syndrome afraid of stairs: "One-on-one with the PT, Shauna only, for the 97112 (her mother waited outside)"; targeted stair descent, step-downs to foam, eyes-closed foam perturbations; depth perception and postural control on descent; step-down count and seconds: passes.
        ["vord-h84-lifespan-albany-williams-stair-descent"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Albany
            Pt: Shauna E., 32 · Williams syndrome · afraid of stairs and escalators · sings through the session
            One-on-one with the PT, Shauna only, for the 97112 (her mother waited outside).
            PT 97112 — 19 min
             - stair descent to a visual target at the bottom, one rail → no rail, PT at the hip
             - stepping down off a 4-in. step onto foam
             - standing on foam, eyes open and then closed, PT perturbations
            Impairment: poor depth perception on steps and poor postural control going down — she sits down to go down stairs
            Step-down onto foam 8 of 10 without a hand; foam stance eyes closed 7 s
            """,
            ["Q93.82"], [PT("97112", 19)], []),

        // Front Range Colorado Springs bakery clerk: complete 97112 (one-on-one stated; half-kneel perturbations, step-downs to foam, releases; postural control and protective stepping; release and hold counts) sent with no diagnosis.
        ["vord-h84-frontrange-bakery-clerk-no-diagnosis"] = new(
            """
            FRONT RANGE ADULT CP PHYSICAL THERAPY · Colorado Springs
            Mia, 34 — spastic diplegic CP; bakery clerk.
            One-on-one — Mia and me only — for the NMR (97112), 20 min: half-kneel perturbations; lateral step-downs onto foam; stepping-strategy releases
            Targeted: postural control and delayed protective stepping; she falls backward opening the bakery oven door
            Caught herself in one step on 7 of 10 releases; half-kneel holds 8 of 10
            """,
            [], [PT("97112", 20)], [Dx]),

        // Iron Range PTA at the Eveleth site: complete 97110 (sit-to-stands, heel raises, cuffed knee extension, mini squats with doses; quadriceps and hip weakness with a stand-after-lunch goal) with the ICD-9 code 758.0 as its diagnosis: not well formed.
        ["vord-h84-mesabi-pta-icd9-758-0"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PTA · Northern Lights DT&H, Eveleth site
            Participant: Wanda R., 49 · Down syndrome · hypothyroid · rollator
            97110 — 15 min: sit-to-stands from the dining chair 3 x 8; heel raises at the counter 2 x 15; seated knee extension with a 3-lb cuff 2 x 12; mini squats at the counter 2 x 10
            Why: quadriceps and hip weakness — she needs two tries and a push on the table to stand up after lunch
            """,
            ["758.0"], [PTA("97110", 15)], [Dx]),

        // Generic two-code note with a shared total ("Exercise and activities today, 31 min total"): no technique, deficit or measure for either code, no minutes for each.
        ["vord-h84-lifespan-generic-two-codes-total"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · McMinnville
            Exercise and activities today, 31 min total. Pt did well. Continue per POC.
            """,
            ["G80.1"], [PT("97110", 16), PT("97530", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // Iron Range PTA at Grand Rapids, "97116 — 26 min" against a 14-min PTA line: mismatch; walker gait to the lunchroom with trunk and heel cues, door turns, crouch with a flexed trunk, distance and stand-by complete.
        ["vord-h84-mesabi-pta-gait-26-against-14"] = new(
            """
            IRON RANGE THERAPY PARTNERS — contract PTA · Northern Lights DT&H, Grand Rapids
            Participant: Vernon D., 47 · spastic diplegic CP · walker
            97116 — 26 min: walker gait from the workroom to the lunchroom and back, 2 x 180 ft, cueing an upright trunk and heel strike; turning the walker at the lunchroom door
            Gait deviation: crouch with a forward-flexed trunk and short steps
            Stand-by assist; 360 ft
            """,
            ["G80.1"], [PTA("97116", 14)], [At(Mismatch, "97116")]),

        // Lifespan Salem OT, florist returning to work: "OT 97530 — 33 min" against a 20-min OT line: mismatch; stem cutting, bouquet wrapping and tying, bucket carries with counts, weak grasp and bilateral coordination complete.
        ["vord-h84-lifespan-salem-ot-33-against-20"] = new(
            """
            WILLAMETTE LIFESPAN CLINIC · Adult Neurodevelopmental Program · Salem · OT
            Pt: Lily O., 31 · R spastic hemiplegic CP · going back to work at a florist
            OT 97530 — 33 min: stripping and cutting stems with the R hand holding, 20 stems; wrapping bouquets in paper and tying the ribbon, 5 bouquets; carrying a full bucket of water to the cooler with both hands, 4 trips
            Impairment: weak R grasp and slow release; poor bilateral coordination
            Bouquets tied 5 of 5 without help (couldn't tie one at eval)
            """,
            ["G80.2"], [OT("97530", 20)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
