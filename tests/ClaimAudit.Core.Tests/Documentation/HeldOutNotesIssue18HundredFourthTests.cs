using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set is a random week of charting by exception and of problem-oriented notes — charting-by-exception (CBE) daily
/// notes and flowsheets where only what departs from the norm or the plan is written ("WNL unless noted", "all else per
/// plan", "no change from POC", "N/C", "same as last visit except as noted", "Exceptions: none noted", a key of ✓, N/C
/// and * marks, a Last / Today / Δ table), problem-oriented records with a numbered problem list (#1 impaired postural
/// control, #2 hip weakness, #3 history of falls) and an S/O/A/P under each problem, and formats borrowed from nursing
/// and behavioural health (focus charting with a FOCUS line and D/A/R — Data, Action, Response; DAP; PIE — Problem,
/// Intervention, Evaluation; BIRP — Behaviour, Intervention, Response, Plan) — about two thirds ordinary and complete
/// (74 of 116), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a
/// PTA's code on one visit, a PT's and an OT's code on one visit), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a VA-affiliated academic clinic that writes problem-oriented notes ("Black Warrior Veterans Academic
/// Rehabilitation Clinic", BWVC: the DPT programme's faculty clinic on the campus in Tuscaloosa, Alabama, and the rehab
/// gym of a VA community-based outpatient clinic in Northport on Wednesdays), its notes laid out like the VA's electronic
/// record (LOCAL TITLE, DATE OF NOTE with its "@" time, AUTHOR in capitals with a comma and no space, SITE), a PROBLEM
/// LIST with "#1 … -- 97112, 24 min" headings and an S, O, A and P under each problem, "Veteran" for the patient, service
/// branch, era and service-connected percentage, "One-on-one (Y/N)", "Timed codes: 97112 [ 23 ] min 97110 [ ] min", a
/// "Billing:" line, Gerofit and the VA caregiver programme: Dr. Dayo Okafor (PT, DPT, NCS), Dr. Lydia Brannon (PT, DPT,
/// GCS) and Dr. Whit Carraway (PT, DPT, OCS), faculty, Tamika Rowe (PTA) and a student, SPT Jace Holloway, documenting
/// under Dr. Okafor; a riverine Navy veteran who goes over backwards reaching into a cabinet, a Gulf War veteran whose
/// feet "feel wrapped in towels", a man who cannot feel the deck of his bass boat, a Veteran hurt by an IED for whom "the
/// world keeps moving" when he turns to check his six, a daughter in the caregiver programme practising guarding, a
/// Veteran walking in a ReWalk exoskeleton after a T10 injury, a transtibial amputee's new socket, and a problem list
/// with every problem resolved;</item>
/// <item>a multi-specialty group whose nursing-designed record forces focus charting on its therapists ("Juniata Valley
/// Multispecialty Group", JVMG: the rehab gym on the Hollidaysburg campus, the Huntingdon satellite and the therapy room
/// of the Tyrone family-medicine office, Pennsylvania) — "CareFlow" focus notes with a FOCUS line picked from nursing
/// diagnoses ("Risk for falls r/t …", "Impaired walking r/t …", "Bathing self-care deficit r/t …", "Rehab follow-up")
/// and D:, A:, R:, PIE and DAP notes, "Session type: [X] Individual [ ] Group [ ] Co-treat [ ] Concurrent", an "NMR
/// technique:" row of boxes, "Intervention time — 97112 NMR: 22 min 97116 Gait: 16 min", 24-hour clock ranges
/// ("0930–0945 hrs"), nursing phrases ("this writer", "pt verbalized understanding", "will continue to monitor", "safety
/// maintained", "gait belt on"), and the group's behavioural-health BIRP template in its integrated pain and function
/// programme: Trent Yoder (PT, DPT), Kelsey Shaffer (PTA), Nora Bair (OTR/L) and Dr. Ravi Menon (PT, DPT, the pain
/// programme); a retired railroad shop machinist who cannot feel the ballast, a Big Valley dairy farmer who overshoots
/// the milker hose, a deer hunter who sprained his ankle climbing down from his tree stand, a patient whose knee buckles
/// carrying wood down the cellar stairs, a widow on a gravel lane at dusk, a carpenter's framing hammer, a neighbour
/// treated beside the patient in the Tyrone room, and a walk to the Sheetz across the street;</item>
/// <item>a long-standing private practice whose owner teaches charting by exception in a PTA programme ("Clear Fork
/// Physical Therapy", CFPT: the Abilene clinic and the Anson satellite, Texas) — daily notes and flowsheets with a key
/// ("✓ = done per POC · N/C = no change · * = see Exceptions · WNL unless noted"), "Attendance: ☑ 1:1 w/ PT ☐
/// concurrent ☐ group", "CPT 97112 Min [ 24 ]" boxes, "97112 NMR ........ 22 min" leaders, exercise flowsheets with POC
/// and Today columns, ticks under BAPS, FOAM, ROCKER and PERTURB columns, "Exceptions:" and "All else per plan.": Dr.
/// Lorraine Pettibone (PT, DPT, the owner), Mateo Salcido (PT) and Shawna Kittrell (PTA); a cattle guard, a caliche
/// drive, a pickup's running board and tailgate step, feed sacks, a stock-tank ladder, the cotton gin office, the church
/// fellowship hall, a sprain at the Western Heritage Classic, a runner on the Lake Fort Phantom Hill trail, a team
/// roper's shoulder and a woman who wants to dance the Cowboys' Christmas Ball in December.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these formats, applying the contract and
/// reading what a human reads from such a note — a CBE note is judged on what is written on its page (a tick beside a
/// named technique is that technique done; "N/C" with no number is no measure; "per plan" and "per POC" document nothing
/// a reviewer can see, and "see flowsheet" counts only for a flowsheet on the page; "WNL unless noted" with nothing noted
/// states no deficit), a problem's heading is part of that problem's block, and a nursing FOCUS line's "related to"
/// clause states the deficit it names, though the nursing diagnosis itself ("Risk for falls", "Impaired physical
/// mobility") is no neuromuscular deficit:
/// <list type="bullet">
/// <item>class 1 (v1-h104-…): one-on-one in these writers' own words ("One-on-one the whole 97112 block -- Dr. Okafor
/// hands-on, SPT Holloway guarding; no other Veteran on the schedule", "This writer remained 1:1 with pt for the entire
/// NMR", "Attendance: 1:1 w/ Lorraine start to finish (grandson sat in the corner w/ his phone)", "One-on-one with the
/// Veteran for all of it; daughter observed and practiced guarding", "Individual session, 1:1 with this clinician
/// throughout the 97112", "Seen solo — just pt and me the whole NMR"), notes that negate it (a second Veteran treated
/// concurrently at the parallel bars, a neighbour seen together in the Tyrone room, "1:1: N — exception: Mr. Pruitt (also
/// my pt) on the NuStep beside us", a PTA with two Veterans overlapping in the Northport gym) or never state it (a wife
/// asking about grab bars, a Big Valley farmer's DAP note), and a PTA's 97110 while another patient pedalled the bike
/// (no one-on-one check);</item>
/// <item>class 2 (v2-h104-…): checkbox and blank-field states ("☑ 1:1 w/ PT", "☑ concurrent", "[X] Individual", a
/// Session type row with nothing ticked, "PROBLEM LIST: (no active problems entered)", "Outcome measure: ______ Score:
/// ______", an "NMR technique:" row of empty boxes, a second "Timed codes" minute box left empty, ticks under technique
/// columns with "1:1 ✓", a PIE note whose "E:" is left blank beside a dosed 97110, "One-on-one (Y/N): Y", and a CBE
/// template whose Task, Problem and Assist fields are all blank beside "No change from POC. All else per plan.");</item>
/// <item>class 3 (v3-h104-…): named programmes and methods as techniques (a Gerofit-style strength circuit, ReWalk
/// exoskeleton gait training, Brunnstrom-approach facilitation out of synergy, Stecco fascial manipulation, Active Release
/// Technique by an OT, lean-and-release reactive balance training, rhythmic auditory stimulation with a metronome app,
/// NDT (Bobath) handling at key points), the Gerofit circuit with no dose and Kabat PNF under "FOCUS: Rehab follow-up"
/// with no deficit;</item>
/// <item>class 4 (v4-h104-…): deficits stated as findings in these writers' terms (feet that cannot feel a boat's deck, a
/// knee that buckles on the third cellar step, a knee that gives way stepping off a pickup's running board with a feed
/// sack, "the world keeps moving when I turn to check my six", "my feet don't know where the ground is once the light
/// goes", a toe that catches on a cattle guard's pipes) and notes that state none ("neuro screen WNL unless noted …
/// Exceptions: none noted", a problem list with every problem resolved, "No deficits identified on today's screen", a
/// BIRP note whose Behaviour section holds only mood and sleep);</item>
/// <item>class 5 (v5-h104-…): measures in every usual form (mCTSIB conditions in seconds, a Last / Today / Δ table, a DAR
/// Response counting perturbations recovered, the Four Square Step Test, a PIE Evaluation's TUG, "DGI 19/24 (N/C from
/// 2/25)", distance and assist, a dumbbell dose and degrees) and notes with none ("Berg: N/C. TUG: N/C. SLS: N/C.",
/// "Says he feels steadier; his wife agrees", "Improved steadiness noted", progressed exercises ticked with no dose, "Gait
/// improved, longer steps with cues");</item>
/// <item>class 6 (v6-h104-…): minutes in these writers' forms (in each problem's heading, an "Intervention time" field,
/// "CPT … Min [ ]" boxes, 24-hour clock ranges on each code's line, a PT's and an OT's focus note, a PT's and a PTA's
/// code under their own leaders, a "Billing:" line) and true mismatches (a minute box of 35 against 24, a PTA's 30
/// against 18, a problem heading's 12 against 25) and truly missing separate time (a "Total timed min" line, a
/// "Session: 1300–1340 hrs" range, a second problem with no minutes, a BIRP "Session length");</item>
/// <item>class 7 (v7-h104-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check;
/// an empty note and one holding only line breaks and spaces), the contract's meanings for 97110 (knee range and quad
/// work on an exercise flowsheet after a knee replacement), 97530 (a tub transfer bench, a long-handled sponge and
/// grooming at the sink under a bathing self-care FOCUS), 97140 (lumbar PA glides and rotation mobilisation for a man who
/// cannot lace his boots) and 97116 (prosthetic gait with a new socket), a wholly generic CBE 97112 ("No change from POC.
/// All else per plan. Pt tol well."), a generic DAR 97110 + 97530 with minutes for each, a generic S/O/A/P 97110 and a
/// generic BIRP 97112;</item>
/// <item>ordinary (vord-h104-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (719.7) on the claim, a generic
/// two-code focus note with only a total, a PTA's gait minutes that differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — wives, a daughter in the caregiver
/// programme, a grandson, a husband, a sister, students and supervising therapists (none of them a patient; the second
/// Veteran at the parallel bars, the neighbour in the Tyrone room, Mr. Pruitt on the NuStep, the second Veteran in the
/// Northport gym and Mrs. Hollis on the bike are), dates and "@" times of notes, 24-hour clock times, ages, service eras
/// and years of injury, service-connected percentages, problem numbers (#1, #2, #3), Brunnstrom stages, grades of
/// mobilisation, spinal levels, step and chair heights in inches, loads in pounds, distances in feet, degrees,
/// centimetres, metronome beats, monofilament sites, pain ratings beside an objective measure, goals and visit numbers —
/// and each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are written next
/// to the code, in its problem's heading, in a "Min [ ]" box or an "Intervention time" field, after a CBE leader
/// ("97112 NMR ........ 22 min"), on a "Billing:" line beside each code, or as a clock range on the code's own line; no
/// note gives minutes to a visit, a drill, a rest or a test, except the four that give the visit a total (a "Total timed
/// min" line, a "Session: 1300–1340 hrs" range, a BIRP "Session length", a focus note's "Total treatment time") instead
/// of each code's minutes, which are failed for that. The notes failed for want of a measure carry no number but their
/// code and its minutes (no problem numbers, ages, dates, "1:1", PNF diagonals or step heights in those notes).
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes the
/// measure check only on an objective measure with a number and fails it only when the note has no number but its code
/// and its minutes; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a
/// measure. One-on-one is judged on the billed minutes: a family member, caregiver, student or staff member in the room
/// does not undo a one-on-one statement, another patient treated in the same block does, and a therapist attending
/// someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the readings of charting by exception and of the borrowed formats that could honestly go
/// either way: a problem's title ("#1 Impaired balance") or a nursing diagnosis chosen as the FOCUS ("Risk for falls",
/// "Impaired physical mobility") as a 97112's only deficit, "1:1 per clinic standard" or "attendance WNL unless noted"
/// as the only one-on-one statement, a tick under a column whose header is the only place a dose is written (a
/// "3x10" header over a ✓), "same as last visit except …" or "no change from POC" standing in for a technique,
/// deficit, measure or minutes written only in an earlier note or an unattached flowsheet, a DAR or BIRP Response that
/// is only the patient's words, a problem's minutes written under another problem than the code's own, and a fear of
/// falling reported in a BIRP Behaviour section as a 97112's only deficit.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 113 of 116 cases agree (114 needed), and 1 of the 74 notes the reviewer passes got a finding, on the analyzer of 75c1aff (the start of the 2026-12-06 seventeenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session (e8f0d6e): 116 of 116, no false positive — a single-leg stance's eyes-closed result on a focus note's Response line and "proprioception poor w/ eyes closed" are no technique, a clinic's programme name ("… Integrated Pain &amp; Function Program") is no method, "no hip or knee control" is the deficit.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFourthTests(ITestOutputHelper output)
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

        // BWVC problem-oriented note: "One-on-one the whole 97112 block -- Dr. Okafor hands-on, SPT Holloway guarding; no other Veteran on the schedule" (a student is staff); unannounced perturbations, ankle-strategy drill on the rocker board, overhead reaches from tandem; impaired postural control with a delayed ankle strategy and retropulsion; Mini-BESTest and perturbations; heading's 24 min matches: passes.
        ["v1-h104-bwvc-one-on-one-faculty-and-student"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            DATE OF NOTE: MAR 04, 2026@09:40   AUTHOR: OKAFOR,DAYO PT DPT NCS   SITE: BWVC campus gym
            Veteran: 76 y/o, USN (Vietnam, riverine), SC 70 %
            PROBLEM LIST (active)
            #1 Impaired postural control w/ backward LOB -- 97112 NMR, 24 min
             S: "I go over backwards when I reach up into the cabinet."
             O: One-on-one the whole 97112 block -- Dr. Okafor hands-on, SPT Holloway guarding; no other Veteran on the schedule. Perturbation training at the pelvis in standing (anterior/posterior, unannounced), ankle-strategy drill on the rocker board A/P, reaching overhead to the top shelf from tandem stance.
             A: Delayed ankle strategy; retropulsion when he reaches overhead. Mini-BESTest 19/28 (16/28 on 2/4). Recovered 6/10 posterior perturbations w/o a step.
             P: Progress to foam; re-test Mini-BEST at the 10th visit.
            #2 Hx of falls -- addressed under #1
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // JVMG focus note (DAR): "This writer remained 1:1 with pt for the entire NMR; no other pts on this writer's schedule during it"; foam eyes open to closed, rocker-board weight shifts, hurdles without looking down, tandem along the bars; impaired proprioception both feet with diabetic neuropathy; monofilament, SLS and tandem steps; 23 min matches: passes.
        ["v1-h104-jvmg-dar-this-writer-one-on-one"] = new(
            """
            JUNIATA VALLEY MULTISPECIALTY GROUP · Rehab · Hollidaysburg campus
            Focus charting (DAR)
            FOCUS: Risk for falls r/t impaired proprioception both feet
            D: 68 y/o retired Altoona railroad shop machinist, diabetic neuropathy. States he "can't feel the ballast" walking the gravel lane to his mailbox; proprioception and sensation both feet reduced. Monofilament 2/10 sites felt R foot, 3/10 L. SLS eyes open R 4 sec, L 5 sec.
            A: 97112 neuromuscular re-ed, 23 min. This writer remained 1:1 with pt for the entire NMR; no other pts on this writer's schedule during it. Standing on foam eyes open -> eyes closed, weight shifts to targets on the rocker board, stepping over the hurdles w/o looking down, tandem walking along the parallel bars.
            R: Tandem 8 steps w/o step-off (4 last wk). Pt verbalized understanding of foot checks and the night-light plan. Will continue to monitor.
            Signed: T. Yoder, PT, DPT
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // CFPT charting by exception: "Attendance: 1:1 w/ Lorraine start to finish (grandson sat in the corner w/ his phone)"; rocker board, foam stance eyes closed and lateral perturbations ticked; postural control and L hip abductor motor recruitment impaired after a hip fracture; perturbations and rocker seconds; leader's 22 min matches; "All else per plan." beside full content: passes.
        ["v1-h104-cfpt-cbe-grandson-in-the-corner"] = new(
            """
            CLEAR FORK PHYSICAL THERAPY — Daily Note (Charting by Exception)
            Key: ✓ = done per POC · N/C = no change · * = see Exceptions · WNL unless noted
            Pt: Mrs. D.W., 81 · Anson clinic · L hip ORIF 12/2025
            97112 NMR ........ 22 min
              Attendance: 1:1 w/ Lorraine start to finish (grandson sat in the corner w/ his phone)
              Rocker board M/L ✓   Foam stance EC ✓   Perturbations (lateral, at the pelvis) ✓*
            Exceptions:
              * Lateral perturbations added today; L hip strategy late, she side-steps to the R instead of loading the L.
              Postural control + L hip abductor motor recruitment impaired; all else WNL.
              Lateral perturbations recovered 5/10 w/o a step; rocker board M/L 12 sec w/o edge touch (N/C).
            All else per plan. — L. Pettibone, PT, DPT
            """,
            ["S72.002D"], [PT("97112", 22)], []),

        // BWVC at the Northport gym: "Treated concurrently with a second Veteran (also on my caseload) at the parallel bars -- alternated their sets" - another patient inside the billed block; foam stance with head turns, stepping strategy to pushes, tandem on the beam; slow stepping and postural control deficit; FGA and pushes present: one-on-one missing.
        ["v1-h104-bwvc-concurrent-two-veterans-at-the-bars"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)   SITE: Northport CBOC rehab gym (Wed)
            AUTHOR: BRANNON,LYDIA PT DPT GCS
            #1 Impaired postural control -- 97112, 22 min
             S: Veteran reports two near-falls stepping off the porch.
             O: Treated concurrently with a second Veteran (also on my caseload) at the parallel bars -- alternated their sets. Foam stance w/ head turns, stepping-strategy drill to posterior pushes, tandem walk on the balance beam.
             A: Slow stepping response and postural control deficit; vision-dependent. FGA 16/30; 4/8 posterior pushes recovered in one step.
             P: Continue NMR; schedule him by himself next week.
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // JVMG PTA focus note in the Tyrone room: "Pt and her neighbor (also a pt of this writer, same dx) seen together … this writer alternated between them" - another patient in the block; gaze stabilisation, head-turn walking, foam eyes closed; vestibular hypofunction; DGI present: one-on-one missing.
        ["v1-h104-jvmg-neighbor-seen-together-tyrone"] = new(
            """
            CareFlow · Focus note · Tyrone family-medicine office, therapy room
            FOCUS: Impaired walking r/t L vestibular hypofunction
            D: Pt and her neighbor (also a pt of this writer, same dx) seen together in the Tyrone room this afternoon; this writer alternated between them.
               L vestibular hypofunction after neuritis in January; pt reports dizziness turning her head at the grocery checkout. DGI 15/24.
            A: 97112 x 21 min: gaze stabilization X1 horizontal, seated then standing; walking w/ head turns down the hallway; feet together on foam, eyes closed.
            R: DGI item 4 (head turns) scored 2 today, 1 last visit. Pt reports symptoms settle faster. Will continue to monitor.
               — K. Shaffer, PTA
            """,
            ["H81.92"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // CFPT CBE: "1:1: N — exception: Mr. Pruitt (also my pt) on the NuStep beside us, alternated sets between him and pt" - another patient in the block; BAPS, SLS on the Airex with a ball toss, beam tandem; R ankle proprioception after a sprain at a cattle guard; SLS and BAPS seconds present: one-on-one missing.
        ["v1-h104-cfpt-one-on-one-n-exception-nustep"] = new(
            """
            CFPT Daily (CBE) — Abilene
            97112 ........ 24 min
            1:1: N — exception: Mr. Pruitt (also my pt) on the NuStep beside us, alternated sets between him and pt.
            Flowsheet: BAPS lvl 3 CW/CCW ✓ · SLS on Airex w/ ball toss ✓ · tandem on the beam ✓
            Exceptions: R ankle proprioception still poor since the sprain stepping off the cattle guard; SLS R EC 5 sec (L 18 sec); BAPS lvl 3 30 sec w/o edge touch.
            All else per plan. — M. Salcido, PT
            """,
            ["S93.401D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // BWVC with the "wife present and asking about the grab bars" and nothing stating one-on-one or individual treatment; foam and rocker board eyes closed, stepping over cones, beam tandem; somatosensory loss both feet from a toxic-exposure neuropathy; mCTSIB seconds and losses of balance present: one-on-one missing.
        ["v1-h104-bwvc-wife-present-never-stated"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            Veteran: 71 y/o, USA (Gulf War); wife present and asking about the grab bars.
            #1 Impaired somatosensation both feet (toxic-exposure neuropathy) -- 97112 NMR, 23 min
             S: "My feet feel like they're wrapped in towels."
             O: Standing on the foam and the rocker board w/ eyes closed and head turns; stepping over the cones w/o looking down; tandem on the beam.
             A: Somatosensory loss both feet, visual dependence. mCTSIB condition 4 (foam, eyes closed) 9 sec; 3 LOB on the beam.
             P: Add a dual task next visit.
            """,
            ["G62.2"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // JVMG DAP note at the Huntingdon satellite with no one-on-one or individual statement; Frenkel-style heel placement, rhythmic stabilisation in half kneeling, random floor targets; ataxia and timing of the R leg after a cerebellar stroke; SARA and heel-on-target counts present: one-on-one missing.
        ["v1-h104-jvmg-dap-big-valley-farmer-never-stated"] = new(
            """
            JVMG Rehab · Huntingdon satellite · DAP note
            D: 59 y/o dairy farmer from Big Valley, R cerebellar stroke in October. Wide-based gait, overshoots when he reaches for the milker hose. SARA 11/40.
            A: 97112 — 24 min. Frenkel-style heel-to-target placement in sitting and standing, rhythmic stabilization in half kneeling, stepping to floor targets called out at random. Ataxia and timing of the R leg improving; heel on target 9/15 in standing (6/15 on 2/18).
            P: Continue NMR; trial of a weighted vest next visit.
            — T. Yoder, PT, DPT
            """,
            ["I69.393"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // CFPT PTA 97110 while "Mrs. Hollis pedaling the recumbent bike across the gym" - 97110 has no one-on-one check; exercise flowsheet with POC and Today columns (bridges, side-lying abduction, squats, step-ups with doses); L hip abductor and glute max weakness after a hip replacement; leader's 20 min matches: passes.
        ["v1-h104-cfpt-pta-97110-second-patient-on-the-bike"] = new(
            """
            CFPT Daily (CBE) · Anson clinic
            97110 Ther Ex ........ 20 min — S. Kittrell, PTA
            (Mrs. Hollis pedaling the recumbent bike across the gym while pt did his floor work.)
            Flowsheet:            POC          Today
              Bridges             3x12         3x15 *
              SL hip abd          2# 3x10      ✓
              Mini squats at bar  3x10         ✓
              Step-ups 6" box     2x10 L       3x10 L *
            Exceptions: * progressed bridges + step-ups. L hip abductor + glute max weakness after the L THA; Trendelenburg on L stance (N/C).
            """,
            ["Z96.642", "Z47.1"], [PTA("97110", 20)], []),

        // BWVC: "One-on-one with the Veteran for all of it; daughter observed and practiced guarding" (a family caregiver); perturbation training with compensatory steps to backward pulls, 360 turns to a count, doorway walking with a floor cue and a dual task; retropulsion and freezing with Parkinson's; pull test, turn steps and doorway freezes; 25 min matches: passes.
        ["v1-h104-bwvc-caregiver-daughter-practised-guarding"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: OKAFOR,DAYO PT DPT NCS
            Caregiver: daughter (enrolled in the VA caregiver program) in the room.
            #1 Postural instability w/ Parkinson's (Agent Orange presumptive) -- 97112, 25 min
             S: Froze twice in the bathroom doorway this week.
             O: One-on-one with the Veteran for all of it; daughter observed and practiced guarding w/ the gait belt. Perturbation training: compensatory stepping to backward pulls; 360 turns w/ big steps to a count; walking through the doorway w/ a visual floor cue and a dual task.
             A: Retropulsion and freezing at thresholds. Pull test 4 steps; 360 turn 11 steps R / 13 L; froze 2/6 doorway passes (5/6 on 2/11).
             P: Daughter to cue "big step" at the bathroom door.
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // JVMG pain programme's BIRP template: "Individual session, 1:1 with this clinician throughout the 97112 (22 min)"; graded stair exposure with perturbations, SLS on foam with head turns, beam tandem, quick stepping; postural control and ankle proprioception after an ankle fracture; SLS seconds and perturbations: passes.
        ["v1-h104-jvmg-birp-individual-session"] = new(
            """
            JVMG Integrated Pain & Function Program · BIRP (Behavioral Health template, used by rehab)
            B: Pt arrived on time, affect brighter than last week. Calls the stairs at home "less scary" now. Walked the Lakemont Park path with her sister on Sunday.
            I: Individual session, 1:1 with this clinician throughout the 97112 (22 min). Graded exposure on the stairs w/ perturbations at the pelvis, SLS on foam w/ head turns, tandem on the balance beam, quick stepping to cues.
            R: Postural control and L ankle proprioception improving after the L ankle fracture; SLS L on foam 9 sec (4 sec on 2/11); 6/10 perturbations recovered w/o the rail.
            P: Continue per POC; home program reviewed.
            — R. Menon, PT, DPT
            """,
            ["S82.62XD"], [PT("97112", 22)], []),

        // CFPT CBE: "Seen solo — just pt and me the whole NMR, nobody else on my schedule"; gaze stabilisation on foam, head-turn walking, foam eyes closed, the pickup's tailgate step with a head turn; L vestibular hypofunction with veering; DGI (N/C) and gaze-stabilisation seconds; leader's 23 min matches; "No change from POC." beside full content: passes.
        ["v1-h104-cfpt-seen-solo"] = new(
            """
            CFPT Daily (CBE) · Abilene
            Seen solo — just pt and me the whole NMR, nobody else on my schedule.
            97112 ........ 23 min
            Flowsheet: gaze stab X1 horiz/vert standing on foam ✓ · walking w/ head turns in the hall ✓ · foam EC ✓ · tailgate step w/ head turn ✓*
            Exceptions: * new today — stepping up onto his pickup's tailgate step while turning his head to check the feed sacks in the bed.
            L vestibular hypofunction; dizzy + veers L w/ quick head turns. DGI 18/24 (N/C); gaze stab 1 Hz 30 sec w/o symptoms.
            No change from POC. — M. Salcido, PT
            """,
            ["H81.92"], [PT("97112", 23)], []),

        // BWVC PTA at the Northport gym: "Had Mr. R.P. and a second Veteran overlapping in the gym, went back and forth between them" - another patient in the block; rocker board eyes closed, SLS on foam with a ball toss, step-downs with a perturbation; R knee and ankle proprioception after a knee replacement; SLS seconds and step-downs present: one-on-one missing.
        ["v1-h104-bwvc-pta-two-veterans-overlapping"] = new(
            """
            LOCAL TITLE: PTA TREATMENT NOTE (POMR)   SITE: Northport CBOC gym
            AUTHOR: ROWE,TAMIKA PTA   (supervising PT: Brannon)
            #1 Impaired proprioception R knee/ankle after the R TKA -- 97112, 20 min
             O: Had Mr. R.P. and a second Veteran overlapping in the gym, went back and forth between them. Rocker board A/P eyes closed, SLS on the foam pad w/ ball toss, lateral step-downs off the 4" step w/ a perturbation at the knee.
             A: R knee and ankle proprioception reduced; SLS R on foam 6 sec (L 15 sec); 5/10 step-downs w/o knee wobble.
             P: Per PT plan.
            """,
            ["Z96.651"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // CFPT flowsheet "Attendance: ☑ 1:1 w/ PT ☐ concurrent ☐ group"; PNF D2 patterns with resisted weight shift, rhythmic stabilisation in half kneel and hurdles ticked; postural control and L hip motor recruitment delayed after a stroke; half-kneel seconds and Berg; "Min [ 24 ]" matches: passes.
        ["v2-h104-cfpt-one-on-one-box-ticked"] = new(
            """
            CFPT DAILY FLOWSHEET (CBE) — Abilene
            Attendance:  ☑ 1:1 w/ PT   ☐ concurrent   ☐ group
            CPT 97112  Min [ 24 ]
             PNF D2 flexion/extension, standing, w/ resisted weight shift ✓
             Rhythmic stabilization in half kneel ✓
             Lateral stepping over 6" hurdles ✓*
            Exceptions: * hurdles new today.
             L hemiparesis after the R MCA stroke: postural control + L hip motor recruitment delayed; lists L in half kneel.
             Half kneel L knee down 20 sec (N/C); Berg 46/56.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // CFPT flowsheet "Attendance: ☐ 1:1 w/ PT ☑ concurrent ☐ group" and nothing else stating one-on-one; perturbations on the Airex, tandem with head turns, sit-to-stand onto foam; slow postural control and stepping after a fall at the fellowship hall; 5x sit-to-stand and perturbations present: one-on-one missing.
        ["v2-h104-cfpt-concurrent-box-ticked"] = new(
            """
            CFPT DAILY FLOWSHEET (CBE) — Anson
            Attendance:  ☐ 1:1 w/ PT   ☑ concurrent   ☐ group
            CPT 97112  Min [ 22 ]
             Perturbations on the Airex ✓ · tandem walk w/ head turns ✓ · sit-to-stand onto foam EC ✓
            Exceptions: postural control and stepping reaction slow since her fall at the church fellowship hall; 5xSTS 16.1 sec; 4/10 perturbations w/ a single step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // JVMG "Session type: [X] Individual [ ] Group [ ] Co-treat [ ] Concurrent"; rhythmic stabilisation in quadruped and tall kneel, rocker-board weight shifts, tandem with a cup of water; ataxia with trunk sway after a cerebellar haemorrhage; SARA and tandem steps; 23 min matches: passes.
        ["v2-h104-jvmg-session-type-individual-x"] = new(
            """
            CareFlow · Rehab Focus Note · Hollidaysburg
            Session type: [X] Individual  [ ] Group  [ ] Co-treat  [ ] Concurrent
            FOCUS: Impaired physical mobility r/t ataxia
            D: 52 y/o, cerebellar hemorrhage last spring; truncal ataxia — wide-based gait, trunk sway and overshoot when reaching into the dryer. SARA 9/40.
            A: 97112 NMR 23 min — rhythmic stabilization in quadruped and tall kneel, weight shifts on the rocker board, tandem walking carrying a cup of water.
            R: Tandem 10 steps w/o step-off (6 on 2/18). Pt fatigued by the end, rest breaks given. Will continue to monitor.
            — T. Yoder, PT, DPT
            """,
            ["I69.193"], [PT("97112", 23)], []),

        // JVMG PTA "Session type: [ ] Individual [ ] Group [ ] Co-treat [ ] Concurrent" with nothing ticked and nothing else stating one-on-one; perturbations on the Airex, stepping strategy to pushes, head turns on the uneven mat; postural control after falls in a church parking lot; Berg, TUG and perturbations present: one-on-one missing.
        ["v2-h104-jvmg-session-type-nothing-ticked"] = new(
            """
            CareFlow · Rehab Focus Note · Huntingdon
            Session type: [ ] Individual  [ ] Group  [ ] Co-treat  [ ] Concurrent
            FOCUS: Risk for falls r/t impaired postural control
            D: 77 y/o, two falls in the church parking lot this winter; postural reactions slow, steps late when pushed. Berg 42/56. TUG 14.6 sec.
            A: 97112 x 22 min: perturbation training on the Airex (fwd/back/lateral), stepping-strategy drill to pushes, walking w/ head turns on the uneven-surface mat.
            R: Recovered 6/10 perturbations with one step. Pt verbalized understanding of HEP.
            — K. Shaffer, PTA
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // BWVC "PROBLEM LIST: (no active problems entered)" and no deficit, system or impairment anywhere; one-on-one; BAPS eyes closed, perturbations on the half foam roll, lateral hops to a stick; SLS seconds and hops: deficit missing.
        ["v2-h104-bwvc-problem-list-none-entered"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: CARRAWAY,WHIT PT DPT OCS
            PROBLEM LIST: (no active problems entered)
            97112 -- 21 min, one-on-one with the Veteran, no other patient in the gym
             S: "Ready to go."
             O: BAPS lvl 4 CW/CCW eyes closed; perturbations in SLS on the half foam roll; lateral hops to a line and stick.
             A: SLS EC 14 sec R / 21 sec L; stuck 8/10 lateral hops.
             P: Progress per POC.
            """,
            ["S93.401D"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // CFPT "Outcome measure: ____________ Score: ______" left blank and no number anywhere but the code and its minutes; "☑ one-on-one w/ PT"; rocker board, foam-beam tandem, perturbations in tandem; R ankle proprioception and postural control after a sprain on the caliche drive: measure missing.
        ["v2-h104-cfpt-outcome-box-blank"] = new(
            """
            CFPT DAILY FLOWSHEET (CBE)
            Attendance: ☑ one-on-one w/ PT   ☐ concurrent   ☐ group
            CPT 97112   Min [ 23 ]
             Rocker board A/P + M/L eyes closed ✓ · foam beam tandem ✓ · perturbations at the pelvis in tandem ✓
            Deficit: R ankle proprioception + postural control down after the sprain on the caliche drive.
            Outcome measure: ____________   Score: ______
            Exceptions: none. All else per plan.
            """,
            ["S93.401D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // JVMG "NMR technique: [ ] PNF [ ] Perturbation [ ] Vestibular/gaze [ ] Unstable surface [ ] Other: ______" with nothing ticked and no technique anywhere else ("A: 97112 — 20 min."); "[X] Individual"; L ankle proprioception after a tree-stand sprain; SLS and Y-balance reach: technique missing.
        ["v2-h104-jvmg-technique-boxes-unticked"] = new(
            """
            CareFlow · Rehab Focus Note · Huntingdon
            Session type: [X] Individual  [ ] Group  [ ] Co-treat
            NMR technique: [ ] PNF  [ ] Perturbation  [ ] Vestibular/gaze  [ ] Unstable surface  [ ] Other: ______
            FOCUS: Risk for falls r/t impaired proprioception L ankle
            D: 35 y/o deer hunter, L ankle inversion sprain climbing down from his tree stand in December; the ankle gives way on the hillside, L ankle proprioception poor w/ eyes closed.
            A: 97112 — 20 min.
            R: SLS L eyes closed 6 sec (R 20 sec); Y-balance anterior reach L 58 cm / R 66 cm.
            — T. Yoder, PT, DPT
            """,
            ["S93.402D"], [PT("97112", 20)], [At(Tech, "97112")]),

        // BWVC "Timed codes: 97112 [ 23 ] min 97110 [ ] min" with the second box empty and no minutes for the 97110 anywhere: separate time missing; both problems complete (one-on-one; perturbations, stepping strategy and foam tandem with pushes and seconds; hip abduction, band work and bridges with doses and a hip MMT; late lateral stepping and L hip abductor weakness).
        ["v2-h104-bwvc-second-minute-box-blank"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: BRANNON,LYDIA PT DPT GCS
            Timed codes:  97112 [ 23 ] min    97110 [    ] min
            #1 Impaired postural control -- one-on-one, no other Veteran in the gym
             O: Perturbations on the Airex, stepping-strategy drill to lateral pushes, tandem on foam.
             A: Late lateral stepping, LOB to the L. 5/10 lateral pushes recovered in one step; tandem on foam 11 sec.
            #2 L hip abductor weakness
             O: Sidelying hip abduction 3 lb 3x12; standing hip abduction at the counter w/ red band 3x15; bridges 3x12.
             A: Trendelenburg on L stance; hip abd MMT 3+/5 L.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // CFPT PTA NMR flowsheet row with ticks under 1:1, BAPS, FOAM and PERTURB and dashes under ROCKER and GAZE; L ankle proprioception and postural control after a fall off a stock-tank ladder; SLS on foam, BAPS seconds and perturbations; MIN 25 matches: passes.
        ["v2-h104-cfpt-ticks-under-technique-columns"] = new(
            """
            CFPT NMR FLOWSHEET — Abilene
            DATE      CODE   MIN  1:1  BAPS  ROCKER  FOAM  PERTURB  GAZE
            03/04/26  97112  25   ✓    ✓     —       ✓     ✓        —
            Exceptions: L ankle proprioception + postural control down after the fall off the stock-tank ladder (Jan); SLS L on foam 7 sec (3 sec on 2/11); BAPS lvl 2 25 sec w/o edge touch; 7/10 perturbations w/o a step.
            — S. Kittrell, PTA
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 25)], []),

        // JVMG PTA PIE note whose "E:" is left blank ("E: ______") beside a dosed 97110 (quad sets, short-arc quads, sit-to-stands, step-ups); R quad weakness after a knee replacement; 18 min matches: passes.
        ["v2-h104-jvmg-pie-evaluation-left-blank-97110"] = new(
            """
            CareFlow · PIE note · Hollidaysburg
            P: Impaired physical mobility r/t R quad weakness after the R TKA (1/27); can't rise from the recliner w/o pushing hard on the arms.
            I: 97110 ther ex 18 min — quad sets w/ 5 sec hold 2x15, SAQ 2 lb 3x10, sit-to-stand from the 20" mat 3x8, step-ups 4" 2x10 R.
            E: ______
            — K. Shaffer, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 18)], []),

        // CFPT template whose Task, Problem addressed and Assist / reps fields are all blank beside "No change from POC. All else per plan. Tolerated well." on a 97530: no activity, deficit or measure named and no number but the code and its minutes.
        ["v2-h104-cfpt-template-blank-97530"] = new(
            """
            CFPT DAILY FLOWSHEET (CBE) — Anson
            CPT 97530   Min [ 20 ]
            Task: ____________   Problem addressed: ____________   Assist / reps: ______
            No change from POC. All else per plan. Tolerated well.
            """,
            ["M62.81"], [PT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // BWVC "One-on-one (Y/N): Y"; gaze stabilisation X1 near and far, head-turn walking, foam with head nods; bilateral vestibular hypofunction after a blast exposure with oscillopsia; DGI and DVA; heading's 22 min matches: passes.
        ["v2-h104-bwvc-one-on-one-y-n-field"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)   SITE: BWVC campus gym
            AUTHOR: OKAFOR,DAYO PT DPT NCS
            One-on-one (Y/N): Y
            #1 Bilateral vestibular hypofunction (blast exposure, Ramadi 2006) -- 97112, 22 min
             S: "The floor moves when I turn to look behind me."
             O: Gaze stabilization X1 at 2 ft and at 10 ft, horizontal/vertical; walking w/ head turns in the hallway; standing on foam eyes closed w/ head nods.
             A: Oscillopsia and veering w/ head turns. DGI 16/24; DVA 4-line loss.
             P: Add the busy-background card next visit.
            """,
            ["H81.93", "Z87.820"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // BWVC Gerofit-style progressive strength circuit (leg press, seated row, step-ups, medicine-ball sit-to-stands with loads and doses) under "#1 Bilat hip + knee extensor weakness (sarcopenia), can't rise from the low pew"; 30-second chair stand and MMT; heading's 19 min matches: passes.
        ["v3-h104-bwvc-gerofit-style-strength-circuit-97110"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: BRANNON,LYDIA PT DPT GCS
            #1 Bilat hip + knee extensor weakness (sarcopenia), can't rise from the low pew at church -- 97110, 19 min
             O: Gerofit-style progressive strength circuit: leg press 70 lb 3x10, seated row 40 lb 3x10, step-ups to a 6" box 2x10 each, sit-to-stand w/ an 8 lb medicine ball 3x8.
             A: 30-sec chair stand 9 (7 on 2/4). Hip ext MMT 4-/5 bilat.
             P: Leg press to 80 lb once he gets 3x12.
            """,
            ["M62.81", "M62.84"], [PT("97110", 19)], []),

        // BWVC ReWalk exoskeleton gait training after a complete T10 injury (sit-to-stand in the device, weight shifts to trigger steps, hallway walking, turns); no hip or knee control; distance with forearm crutches and assist levels; heading's 24 min matches: passes.
        ["v3-h104-bwvc-rewalk-exoskeleton-97116"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)   SITE: BWVC campus gym
            AUTHOR: OKAFOR,DAYO PT DPT NCS
            #1 Paraplegia, T10 complete (2011, vehicle rollover on base) -- no hip or knee control -- 97116, 24 min
             O: ReWalk exoskeleton gait training: sit-to-stand in the device w/ forearm crutches, lateral weight shift to trigger each step, walking the hallway, turns, stopping on cue.
             A: 310 ft in the ReWalk w/ forearm crutches, CGA on the straightaway and min A of 1 for turns; 2 sit-to-stands w/ CGA.
             P: Progress toward the device's community-use skills checklist.
            """,
            ["G82.21"], [PT("97116", 24)], []),

        // JVMG focus note: "This writer 1:1 w/ pt throughout"; Brunnstrom-approach facilitation out of the flexor synergy, PNF D1 flexion with rhythmic initiation, weight shift onto the L; L motor control limited to synergy, foot catching in swing after a stroke (Brunnstrom stage III); Fugl-Meyer and isolated dorsiflexion attempts; 24 min matches: passes.
        ["v3-h104-jvmg-brunnstrom-out-of-synergy"] = new(
            """
            CareFlow · Rehab Focus Note · Hollidaysburg
            FOCUS: Impaired walking r/t L hemiparesis
            D: 63 y/o, R MCA stroke in September. L LE in Brunnstrom stage III — motor control limited to the flexor synergy, no isolated ankle DF, foot catches in swing. Fugl-Meyer LE 19/34.
            A: 97112 x 24 min. This writer 1:1 w/ pt throughout. Brunnstrom-approach facilitation: resisted hip flexion to draw out DF, then isolated DF in sitting w/ the knee extended, tapping over the tib anterior; PNF D1 flexion w/ rhythmic initiation; standing weight shift onto the L w/ the knee unlocked.
            R: Isolated L ankle DF through a partial range on 3/10 attempts out of synergy (0/10 on 2/18). Pt said "that's the first time it moved on its own."
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // CFPT Stecco fascial manipulation to the R lateral thigh and hip (densified points and antagonist points) and a sustained ITB stretch; lateral knee pain and a tight ITB in a trail runner; Ober angle before and after and step-down pain; leader's 12 min matches: passes.
        ["v3-h104-cfpt-stecco-fascial-manipulation-97140"] = new(
            """
            CFPT Daily (CBE) · Abilene
            97140 Manual ........ 12 min
            Stecco fascial manipulation to the R lateral thigh + hip: friction on the densified points (retro-genu, latero-coxa, latero-pelvis), then the antagonist points; sustained ITB stretch by the PT.
            Exceptions: R lateral knee pain running the Lake Fort Phantom Hill trail; R ITB tight (Ober +). Ober R 5° short of neutral -> neutral after; step-down pain 6/10 -> 3/10.
            All else per plan. — M. Salcido, PT
            """,
            ["M76.31"], [PT("97140", 12)], []),

        // JVMG OT PIE note: Active Release Technique to the R wrist extensor mass and supinator, cross-friction at the common extensor origin; a carpenter's lateral epicondylalgia and painful grip with his framing hammer; pain-free grip before and after; 13 min matches: passes.
        ["v3-h104-jvmg-ot-active-release-technique-97140"] = new(
            """
            CareFlow · PIE note · Huntingdon satellite
            P: Acute pain r/t R lateral epicondylalgia; pt (carpenter) can't hold his framing hammer through a workday, R grip painful and weak.
            I: 97140 x 13 min — Active Release Technique (ART) to the R wrist extensor mass and supinator: contact held while the wrist is taken from extension into flexion, 4 passes each; cross-friction at the common extensor origin.
            E: Pain-free grip R 48 lb -> 61 lb after; L 95 lb. Pt verbalized understanding of the counterforce strap.
            — N. Bair, OTR/L
            """,
            ["M77.11"], [OT("97140", 13)], []),

        // BWVC reactive balance training, "one-on-one, Veteran the only patient in the gym": lean-and-release in a harness, unannounced pushes and pulls, stepping to catch himself on a figure-8; slow reactive stepping with no crossover step, a postural control deficit; single-step recoveries; heading's 23 min matches: passes.
        ["v3-h104-bwvc-lean-and-release-reactive-balance"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: BRANNON,LYDIA PT DPT GCS
            #1 Slow reactive stepping, 3 falls since Thanksgiving -- 97112, 23 min
             O: Reactive balance training, one-on-one, Veteran the only patient in the gym: lean-and-release (harness on, released forward at random), unannounced pushes and pulls at the shoulders, then stepping to catch himself walking a figure-8.
             A: Reactive stepping slow, no crossover step to the L -- postural control deficit. Single-step recovery on 5/10 lean-and-releases (2/10 on 2/4).
             P: Add lateral releases.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // CFPT rhythmic auditory stimulation with a metronome app at two beats (walking the hall and the lot, cues for heel strike and arm swing, cone turns); shuffling steps, festination and freezing at the door with Parkinson's; distance without freezing and stride length; leader's 22 min matches: passes.
        ["v3-h104-cfpt-rhythmic-auditory-stimulation-97116"] = new(
            """
            CFPT Daily (CBE) · Abilene
            97116 Gait ........ 22 min
            Rhythmic auditory stimulation: metronome app at 96 bpm (his own pace), then 104 bpm, walking the clinic hall + the parking lot, cues for heel strike + arm swing; turns around the cone.
            Exceptions: PD — short shuffling steps, festination when he hurries, freezing at the door to the parking lot.
            400 ft at the 104 bpm beat w/o freezing (froze 3x at 96 bpm last visit); stride length 38 in (31 in on 2/11).
            No change from POC. — L. Pettibone, PT, DPT
            """,
            ["G20.A1"], [PT("97116", 22)], []),

        // CFPT NDT (Bobath) handling at the pelvis and thorax, "1:1 w/ Lorraine, nobody else in the Anson gym"; R trunk and hip motor recruitment delayed with hip hiking after a stroke; 5x sit-to-stand and R-loaded standing; a goal of the Cowboys' Christmas Ball; leader's 23 min matches: passes.
        ["v3-h104-cfpt-ndt-handling-at-key-points"] = new(
            """
            CFPT Daily (CBE) · Anson
            97112 NMR ........ 23 min · 1:1 w/ Lorraine, nobody else in the Anson gym
            NDT (Bobath) handling: facilitation at the pelvis + thorax during sit-to-stand, weight shift onto the R in standing, stepping the L through w/ the R loaded.
            Exceptions: R hemiparesis after the L MCA stroke — R trunk + hip motor recruitment delayed; pt hikes the R hip to clear. 5xSTS 18.9 sec (22.4 on 2/11); stood R-loaded 15 sec w/o hand support.
            Goal: dance at the Cowboys' Christmas Ball in December w/ her husband.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // BWVC PTA "Gerofit strength circuit per the Veteran's card" with leg press, seated row, step-ups, medicine-ball sit-to-stands and calf raises named and hip and knee extensor weakness, but no sets, reps, load or number but the code and its minutes: measure missing.
        ["v3-h104-bwvc-pta-gerofit-circuit-no-dose-97110"] = new(
            """
            LOCAL TITLE: PTA TREATMENT NOTE (POMR)
            AUTHOR: ROWE,TAMIKA PTA
            Problem: hip and knee extensor weakness, Veteran pulls up on the walker to stand -- 97110, 18 min
             O: Gerofit strength circuit per the Veteran's card: leg press, seated row, step-ups, sit-to-stand with the medicine ball, calf raises.
             A: Worked hard, no complaints, steadier on the step-ups than last week.
             P: Continue the circuit.
            """,
            ["M62.81"], [PTA("97110", 18)], [At(Measure, "97110")]),

        // JVMG focus note under "FOCUS: Rehab follow-up (NMR)": "Seen individually by this writer (1:1)"; Kabat PNF D2 and D1 patterns, combination of isotonics, rhythmic stabilisation in half kneel; half-kneel seconds and repetitions, but no deficit, system or impairment targeted anywhere: deficit missing.
        ["v3-h104-jvmg-kabat-pnf-no-deficit"] = new(
            """
            CareFlow · Rehab Focus Note · Hollidaysburg
            FOCUS: Rehab follow-up (NMR)
            D: Pt arrived w/ spouse; no new complaints. Seen individually by this writer (1:1) for all of the NMR.
            A: 97112 — 22 min. Kabat PNF: D2 flexion/extension of the R UE and D1 of the R LE in standing, combination of isotonics, rhythmic stabilization at the pelvis in half kneel.
            R: Held half kneel R knee down 25 sec w/ rhythmic stabilization (12 sec on 2/18); 8/10 D2 reps through full range.
            — T. Yoder, PT, DPT
            """,
            ["R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // BWVC "#1 Can't feel the deck of his bass boat under his feet (peripheral neuropathy, Agent Orange presumptive)"; one-on-one; rocker board and foam eyes closed with head turns, perturbations on foam, stepping into a mock boat; somatosensory loss to the ankles; monofilament and foam seconds; heading's 24 min matches: passes.
        ["v4-h104-bwvc-cant-feel-the-deck-of-his-bass-boat"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: BRANNON,LYDIA PT DPT GCS
            #1 Can't feel the deck of his bass boat under his feet (peripheral neuropathy, Agent Orange presumptive) -- 97112, 24 min
             S: Wants to fish Lake Tuscaloosa again this spring.
             O: One-on-one. Standing on the rocker board and on foam w/ eyes closed and head turns; perturbations at the pelvis on foam; stepping into and out of a mock boat (two stacked mats).
             A: Somatosensory loss both feet to the ankles; leans on vision. Monofilament 0/8 sites felt bilat; foam EC 7 sec (3 sec on 2/4).
             P: Add boat-rocking on the rocker board.
            """,
            ["G62.2"], [PT("97112", 24)], []),

        // JVMG focus note: "R knee buckles on the third step down" carrying wood to the cellar furnace, quad motor recruitment delayed on eccentric loading; "this writer 1:1 w/ pt"; eccentric step-downs with perturbations, SLS on foam with a ball toss, rhythmic stabilisation at the knee; step-downs without buckling and SLS seconds; 22 min matches: passes.
        ["v4-h104-jvmg-knee-buckles-on-the-cellar-stairs"] = new(
            """
            CareFlow · Focus note · Huntingdon
            FOCUS: Risk for falls r/t R knee giving way on the cellar stairs
            D: 72 y/o, carries wood down to the furnace in the cellar; R knee buckles on the third step down. Quad motor recruitment delayed on eccentric loading after the R TKA revision.
            A: 97112 x 22 min, this writer 1:1 w/ pt. Eccentric step-downs off the 6" step w/ perturbations at the knee, SLS R on foam w/ ball toss, rhythmic stabilization at the knee in a mini squat.
            R: 7/10 step-downs w/o buckling (3/10 on 2/18); SLS R on foam 8 sec.
            """,
            ["Z96.651", "R26.89"], [PT("97112", 22)], []),

        // CFPT PTA 97530 flowsheet: running-board steps with the grab handle, a feed sack carried from the tailgate, kneel to stand at the fence line, with counts and assist; "L knee buckles when she steps down off the running board w/ the sack — L quad weak + slow to fire"; leader's 21 min matches: passes.
        ["v4-h104-cfpt-pta-knee-gives-way-off-the-running-board-97530"] = new(
            """
            CFPT Daily (CBE) · Anson
            97530 Ther Act ........ 21 min — S. Kittrell, PTA
            Flowsheet: pickup running-board step up/down w/ the grab handle 6x SBA * · carrying a 20-lb feed sack from the tailgate to the barn mat 4x CGA * · kneel to half kneel to stand at the fence line 3x min A ✓
            Exceptions: * new. L knee buckles when she steps down off the running board w/ the sack — L quad weak + slow to fire after the L TKA.
            """,
            ["Z96.652"], [PTA("97530", 21)], []),

        // BWVC "#1 'The world keeps moving when I turn to check my six' -- mild TBI (IED, 2009), vestibular hypofunction"; one-on-one; gaze stabilisation X1 and X2 against a checkerboard, quick head turns to call out cards, foam with head turns; FGA and DHI; heading's 23 min matches: passes.
        ["v4-h104-bwvc-world-keeps-moving-checking-his-six"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: OKAFOR,DAYO PT DPT NCS
            #1 "The world keeps moving when I turn to check my six" -- mild TBI (IED, 2009), vestibular hypofunction -- 97112, 23 min
             O: One-on-one, no other patient in the room. Gaze stabilization X1 and X2 against the busy checkerboard, walking w/ quick head turns to call out cards held behind him, foam stance w/ head turns.
             A: Dizziness lasting 20 sec after quick head turns; gaze unstable w/ head movement. FGA 20/30; DHI 46 (58 at intake).
             P: Progress to the grocery-aisle video.
            """,
            ["F07.81", "H81.93"], [PT("97112", 23)], []),

        // JVMG DAP note: "my feet don't know where the ground is once the light goes" on a gravel lane at dusk, proprioception both ankles reduced, Romberg positive stepping out at 6 sec; "individual session (1:1 w/ this writer)"; eyes-closed weight shifts on foam, a gravel-tray path by flashlight, tandem with vision occluded; 21 min matches: passes.
        ["v4-h104-jvmg-dap-gravel-lane-at-dusk"] = new(
            """
            JVMG Rehab · DAP note · Tyrone
            D: 80 y/o widow, walks the gravel lane to the mailbox at dusk; "my feet don't know where the ground is once the light goes." Keeps her eyes on her feet; proprioception both ankles reduced, Romberg positive (sways, steps out at 6 sec).
            A: 97112 — 21 min, individual session (1:1 w/ this writer). Eyes-closed weight shifts on foam, walking the gravel-tray path w/ a flashlight only, tandem stance w/ vision occluded by sunglasses.
            P: Continue NMR per POC; goal Romberg on foam 20 sec. Daughter will put up a motion light.
            """,
            ["R26.81"], [PT("97112", 21)], []),

        // CFPT 97116 across the cattle guard and the caliche drive with a cane and cues for swing; "L toe catches on the cattle guard pipes — L dorsiflexor weakness + short L swing" after a peroneal nerve injury; distance and catches; leader's 20 min matches: passes.
        ["v4-h104-cfpt-toe-catches-on-the-cattle-guard-97116"] = new(
            """
            CFPT Daily (CBE) · Anson
            97116 Gait ........ 20 min
            Gait trng across the cattle guard + the caliche drive w/ the SPC, cues for L hip + knee flexion in swing; stepping over the pipe rail.
            Exceptions: L toe catches on the cattle guard pipes — L dorsiflexor weakness + short L swing since the L peroneal nerve injury. 450 ft SPC SBA; cattle guard crossed 4x w/o a catch (2 catches last visit).
            — M. Salcido, PT
            """,
            ["M21.372"], [PT("97116", 20)], []),

        // CFPT "Standards: neuro screen WNL unless noted." and "Exceptions: none noted." with no deficit anywhere; "1:1 w/ Mateo, no other pt"; BAPS, SLS on the half foam roll, perturbations in SLS; SLS, BAPS seconds and perturbations: deficit missing.
        ["v4-h104-cfpt-wnl-unless-noted-nothing-noted"] = new(
            """
            CFPT Daily (CBE) · Abilene
            Standards: neuro screen WNL unless noted.
            97112 NMR ........ 22 min · 1:1 w/ Mateo, no other pt
            Flowsheet: BAPS lvl 3 ✓ · SLS on the half foam roll w/ catch + throw ✓ · perturbations in SLS ✓
            Exceptions: none noted.
            SLS on foam R 18 sec / L 21 sec; BAPS lvl 3 40 sec w/o edge touch; 9/10 perturbations w/o a step.
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // BWVC last visit before discharge: "PROBLEM LIST: #1 resolved 2/25; #2 resolved 3/2; no active problems." with no problem named; one-on-one; perturbations on the Airex, hops to a stick, rocker-board catches, agility ladder with head turns; FGA, SLS and hops: deficit missing.
        ["v4-h104-bwvc-every-problem-resolved"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR) -- last visit before discharge
            AUTHOR: CARRAWAY,WHIT PT DPT OCS
            PROBLEM LIST: #1 resolved 2/25; #2 resolved 3/2; no active problems.
            97112, 20 min -- one-on-one with the Veteran
             O: Perturbations on the Airex, single-leg hops to a stick, rocker board eyes closed w/ catches, agility ladder w/ head turns.
             A: FGA 29/30; SLS EC 25 sec each side; stuck 10/10 hops.
             P: D/C to the Gerofit class at the VA gym.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // JVMG focus note: "D: No deficits identified on today's screen; pt denies dizziness, denies falls." under "FOCUS: Rehab follow-up"; "1:1 by this writer"; gaze stabilisation on foam, head-turn walking with pivots, beam tandem eyes closed; DGI and tandem seconds: deficit missing.
        ["v4-h104-jvmg-no-deficits-identified-today"] = new(
            """
            CareFlow · Rehab Focus Note · Tyrone
            FOCUS: Rehab follow-up
            D: No deficits identified on today's screen; pt denies dizziness, denies falls.
            A: 97112 x 21 min, 1:1 by this writer: gaze stabilization X1 w/ the letter card seated and standing on foam, walking w/ head turns and pivots, tandem on the beam eyes closed.
            R: DGI 23/24; tandem EC 20 sec; no LOB. Will continue to monitor.
            — T. Yoder, PT, DPT
            """,
            ["H81.92"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // JVMG BIRP note whose Behaviour section holds only mood and sleep; "Individual session with this clinician, one-on-one for the whole 97112 (23 min)"; treadmill perturbations, step-and-reach, SLS on the Airex with a ball toss; perturbations and SLS seconds, but no deficit or system targeted: deficit missing.
        ["v4-h104-jvmg-birp-behaviour-only"] = new(
            """
            JVMG Integrated Pain & Function Program · BIRP
            B: Pt arrived early, calm and cooperative, good eye contact; mood "pretty good"; slept better this week.
            I: Individual session with this clinician, one-on-one for the whole 97112 (23 min). Perturbation training on the treadmill (speed changes without warning), step-and-reach to targets on the wall, SLS on the Airex w/ a ball toss.
            R: Recovered 8/10 treadmill perturbations without the rail; SLS on the Airex 14 sec each side.
            P: Continue; add lateral perturbations next visit.
            — R. Menon, PT, DPT
            """,
            ["G89.4", "R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // BWVC mCTSIB conditions in seconds and FGA; one-on-one; sensory reintegration on foam eyes closed, optokinetic stripes on the rocker board, tandem in a dim hallway; sensory reweighting deficit with over-reliance on vision and truncal ataxia after a cerebellar stroke; heading's 24 min matches: passes.
        ["v5-h104-bwvc-mctsib-conditions-and-fga"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: OKAFOR,DAYO PT DPT NCS
            #1 Sensory reweighting deficit, over-relies on vision (cerebellar stroke) -- 97112, 24 min
             O: One-on-one with the Veteran. Sensory reintegration: foam stance eyes closed w/ head turns, optokinetic stripes on the wall while standing on the rocker board, tandem walking in the dimmed hallway.
             A: Truncal ataxia, sways R. mCTSIB: cond 1 30 s, cond 2 30 s, cond 3 22 s, cond 4 (foam EC) 8 s. FGA 18/30.
             P: Progress cond 4 toward 15 s.
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // CFPT flowsheet with a "Measure / Last / Today / Δ" table (Berg, TUG with a cane, tandem eyes closed); "1:1 w/ Lorraine"; perturbations on the Airex, stepping strategy to pushes, foam tandem ticked; postural control and stepping slow after a fall in the cotton gin office; leader's 23 min matches: passes.
        ["v5-h104-cfpt-last-today-delta-table"] = new(
            """
            CFPT NMR FLOWSHEET (CBE) · Abilene
            Measure        Last     Today    Δ
            Berg           41       44       +3
            TUG (SPC)      15.2 s   13.8 s   -1.4 s
            Tandem EC      4 s      9 s      +5 s
            97112 ........ 23 min · 1:1 w/ Lorraine
            Flowsheet: perturbations on the Airex ✓ · stepping strategy to pushes ✓ · tandem on foam EC ✓
            Exceptions: postural control + stepping reaction slow since the fall in the cotton gin office (Jan).
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // JVMG DAR Response counting perturbations recovered, 360 turns and a Mini-BEST; "This writer provided 1:1 NMR"; shoulder perturbations with compensatory steps, big-step 360 turns, dual-task walking; postural control with freezing in Parkinson's; 25 min matches: passes.
        ["v5-h104-jvmg-dar-response-perturbations-recovered"] = new(
            """
            CareFlow · Rehab Focus Note · Hollidaysburg
            FOCUS: Risk for falls r/t impaired postural control (PD)
            D: Pt reports freezing when the grandkids rush past in the kitchen; retropulsion on the pull test.
            A: 97112 — 25 min. This writer provided 1:1 NMR: perturbations at the shoulders fwd/back w/ compensatory steps, 360° turns w/ big steps, dual-task walking naming Steelers players.
            R: Recovered 7/10 backward perturbations w/ one or two steps (4/10 on 2/18); 360° turn 9 steps R / 10 L; Mini-BEST 20/28.
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // BWVC Four Square Step Test and perturbations on the prosthetic side; "One-on-one, no other Veteran in the gym"; stepping over canes in four directions, weight shift onto the prosthesis on foam, perturbations in prosthetic stance; slow multidirectional stepping and a postural control deficit after a transtibial amputation; heading's 22 min matches: passes.
        ["v5-h104-bwvc-four-square-step-test-prosthesis"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)   SITE: Northport CBOC gym
            AUTHOR: BRANNON,LYDIA PT DPT GCS
            #1 Slow multidirectional stepping, postural control deficit after the R transtibial amputation -- 97112, 22 min
             O: One-on-one, no other Veteran in the gym. Stepping over canes laid in a cross in four directions w/ the prosthesis, weight shift onto the prosthesis on foam, perturbations at the pelvis in stance on the prosthetic side.
             A: Four Square Step Test 14.2 sec (18.6 on 2/4); 6/10 perturbations w/o a step on the prosthetic side.
             P: Progress to the grass and the gravel path.
            """,
            ["Z89.511"], [PT("97112", 22)], []),

        // JVMG PTA PIE note with "E: TUG 12.8 sec w/ SPC (15.1 on 2/18); SLS L on foam 6 sec"; "individual (1:1, this writer only)"; BAPS eyes closed, SLS on foam with head turns, perturbations on a grass strip; L ankle proprioception loss and postural control deficit after an ankle ORIF; 20 min matches: passes.
        ["v5-h104-jvmg-pie-evaluation-tug-with-a-cane"] = new(
            """
            CareFlow · PIE note · Huntingdon
            P: Impaired walking r/t L ankle proprioception loss and a postural control deficit after the L ankle ORIF.
            I: 97112 x 20 min, individual (1:1, this writer only): BAPS lvl 2 eyes closed, SLS L on foam w/ head turns, walking the grass strip outside w/ perturbations at the pelvis.
            E: TUG 12.8 sec w/ SPC (15.1 on 2/18); SLS L on foam 6 sec.
            — K. Shaffer, PTA
            """,
            ["S82.852D"], [PTA("97112", 20)], []),

        // CFPT "same as last visit except as noted" with everything on the page: "1:1 w/ Mateo"; gaze stabilisation on foam, head-turn walking, Romberg on foam ticked; R vestibular hypofunction with veering; "DGI 19/24 (N/C from 2/25)" and Romberg seconds; leader's 21 min matches: passes.
        ["v5-h104-cfpt-no-change-with-its-number"] = new(
            """
            CFPT Daily (CBE) · Abilene — same as last visit except as noted
            97112 NMR ........ 21 min · 1:1 w/ Mateo
            Gaze stab X1 standing on foam ✓ · head-turn walking in the hall ✓ · Romberg on foam EC ✓
            Exceptions: R vestibular hypofunction; veers R w/ quick head turns (N/C). DGI 19/24 (N/C from 2/25). Romberg foam EC 12 sec (8 sec last visit).
            """,
            ["H81.91"], [PT("97112", 21)], []),

        // JVMG focus note 97116: hemi-walker to cane in the hallway and a curb cut with cues for knee flexion; R toe drag and knee hyperextension after a stroke; distance and assist ("gait belt on, safety maintained"); a walk to the Sheetz across the street as the goal; 22 min matches: passes.
        ["v5-h104-jvmg-gait-distance-and-assist-97116"] = new(
            """
            CareFlow · Focus note · Tyrone
            FOCUS: Impaired walking r/t R hemiparesis
            D: R toe drag and R knee hyperextension in stance since the L MCA stroke; wants to walk to the Sheetz across the street.
            A: 97116 gait trng 22 min w/ the hemi-walker -> SPC in the hallway and at the curb cut outside, cues for R knee flexion in swing and a softer knee in stance.
            R: 380 ft SPC CGA; curb cut x4 SBA. Gait belt on, safety maintained.
            — T. Yoder, PT, DPT
            """,
            ["I69.351"], [PT("97116", 22)], []),

        // JVMG OT DAP 97110: band retraction, serratus punches, wall slides and weighted flexion with doses; R shoulder flexion weakness and scapular dyskinesis after a humerus fracture (the roaster in the upper oven); flexion degrees; 16 min matches: passes.
        ["v5-h104-jvmg-ot-dap-shoulder-doses-and-degrees-97110"] = new(
            """
            CareFlow · DAP note · Hollidaysburg (OT)
            D: R shoulder flexion weakness + scapular dyskinesis after the R proximal humerus fx; can't lift the roaster into the upper oven.
            A: 97110 x 16 min: scapular retraction w/ green band 3x15, serratus punches supine 2 lb 3x12, wall slides 2x10, shoulder flexion to 90° w/ 1 lb 2x10.
            P: Progress to 3 lb. AROM flexion 122° today (105° on 2/18).
            — N. Bair, OTR/L
            """,
            ["S42.201D"], [OT("97110", 16)], []),

        // CFPT "Berg: N/C. TUG: N/C. SLS: N/C." and no number anywhere but the code and its minutes; "one-on-one w/ Lorraine, nobody else in the gym"; rocker board, perturbations on the Airex, beam tandem ticked; slow postural control stepping out to the L: measure missing.
        ["v5-h104-cfpt-berg-tug-sls-no-change-no-number"] = new(
            """
            CFPT Daily (CBE) — same routine, exceptions only
            97112 NMR ........ 22 min · one-on-one w/ Lorraine, nobody else in the gym
            Rocker board eyes closed ✓ · perturbations on the Airex ✓ · tandem on the beam ✓
            Exceptions: postural control slow, steps out to the L when perturbed.
            Berg: N/C.   TUG: N/C.   SLS: N/C.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // BWVC "S: Says he feels steadier; his wife agrees." and "A: Better control on the foam than last week, fewer wobbles." with no number but the code and its minutes; one-on-one; BAPS eyes closed, half-foam-roll stance with catch and throw, perturbations in single-leg stance; R ankle proprioception impaired: measure missing.
        ["v5-h104-bwvc-feels-steadier-wife-agrees"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: CARRAWAY,WHIT PT DPT OCS
            Problem: impaired proprioception R ankle, rolls it on the uneven yard -- 97112, 21 min
             S: Says he feels steadier; his wife agrees.
             O: One-on-one with the Veteran. BAPS board clockwise and counterclockwise with eyes closed, single-leg stance on the half foam roll with catch and throw, perturbations in single-leg stance.
             A: Better control on the foam than last week, fewer wobbles.
             P: Progress to hops.
            """,
            ["S93.401D"], [PT("97112", 21)], [At(Measure, "97112")]),

        // JVMG PTA DAR "R: Improved steadiness noted. Pt tolerated well." with no number but the code and its minutes; "This writer one-on-one with pt throughout"; perturbations on foam, stepping strategy, tandem with head turns; impaired postural control, late stepping: measure missing.
        ["v5-h104-jvmg-dar-improved-steadiness-noted"] = new(
            """
            CareFlow · Rehab Focus Note
            FOCUS: Risk for falls r/t impaired postural control
            D: Pt reports she is less afraid on the church steps; steps late when she loses her balance backward.
            A: 97112 — 23 min. This writer one-on-one with pt throughout: perturbation training on foam, stepping strategy to pushes, tandem walking with head turns.
            R: Improved steadiness noted. Pt tolerated well. Will continue to monitor.
            — K. Shaffer, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Measure, "97112")]),

        // CFPT PTA exercise flowsheet with leg press, step-ups, TKE and bridges ticked and "progressed today" but no sets, reps, load or number but the code and its minutes; R quad weakness after a knee replacement (the tractor cab): measure missing.
        ["v5-h104-cfpt-pta-progressed-no-dose-97110"] = new(
            """
            CFPT Daily (CBE) · Anson
            97110 Ther Ex ........ 17 min — S. Kittrell, PTA
            Leg press ✓* · step-ups ✓* · TKE w/ band ✓ · bridges ✓
            Exceptions: * both progressed today, pt tolerated. R quad weakness after the R TKA; can't climb into the tractor cab.
            """,
            ["Z96.651"], [PTA("97110", 17)], [At(Measure, "97110")]),

        // JVMG PIE 97116: rollator gait in the hallway and up the ramp with cues for heel strike, longer steps and an upright trunk, wide turns; shuffling steps and a flexed trunk with Parkinson's; "E: Gait improved, longer steps with cues." with no distance, assist or number but the code and its minutes: measure missing.
        ["v5-h104-jvmg-pie-gait-improved-no-distance-97116"] = new(
            """
            CareFlow · PIE note · Tyrone
            P: Impaired walking r/t shuffling steps and a flexed trunk with Parkinson's.
            I: 97116 gait trng, 24 min: hallway and up the ramp with the rollator, cues for heel strike, longer steps and an upright trunk; turning in a wide arc.
            E: Gait improved, longer steps with cues. Pt verbalized understanding.
            — T. Yoder, PT, DPT
            """,
            ["G20.A1"], [PT("97116", 24)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // BWVC minutes in each problem's heading ("#1 … -- 97112 NMR 23 min", "#2 … -- 97110 ther ex 15 min"), both match; one-on-one; Airex perturbations, backward walking with head turns, rocker board with rocker seconds and perturbations; leg press, bridges and step-ups with doses and a chair stand; delayed ankle and hip strategy and hip and knee extensor weakness; "#3 Hx falls" with no code: passes.
        ["v6-h104-bwvc-minutes-in-problem-headings"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: BRANNON,LYDIA PT DPT GCS
            #1 Impaired postural control, LOB backward -- 97112 NMR 23 min
             O: One-on-one, the Veteran the only patient in the gym. Perturbations on the Airex, backward walking w/ head turns, rocker board A/P eyes closed.
             A: Delayed ankle + hip strategy. Rocker A/P 14 sec w/o edge touch; 6/10 posterior perturbations w/ a single step.
            #2 L hip + knee extensor weakness -- 97110 ther ex 15 min
             O: Leg press 60 lb 3x10, bridges 3x15, step-ups 6" 2x10 L.
             A: 30-sec chair stand 10.
            #3 Hx falls -- addressed under #1 and #2.
            """,
            ["R26.81", "M62.81", "Z91.81"], [PT("97112", 23), PT("97110", 15)], []),

        // JVMG "Intervention time — 97112 NMR: 22 min 97116 Gait: 16 min", both match; "this writer 1:1 w/ pt" for the NMR; BAPS, SLS on foam and perturbations with seconds; cane gait on the hallway, sidewalk and a curb with distance and assist; L ankle proprioception loss, short R step and weak L push-off after an ankle fracture: passes.
        ["v6-h104-jvmg-intervention-time-field"] = new(
            """
            CareFlow · Rehab Focus Note · Hollidaysburg
            FOCUS: Impaired walking r/t L ankle proprioception loss after the L ankle fx
            Intervention time — 97112 NMR: 22 min   97116 Gait: 16 min
            D: L ankle proprioception down, wobbles in L stance; short R step and weak L push-off w/ the SPC.
            A: NMR (this writer 1:1 w/ pt): BAPS lvl 3 EC, SLS L on foam w/ ball toss, perturbations in L SLS. Gait: SPC on the hallway and the outdoor sidewalk incl. the curb at the lot, cues for L push-off + equal step length.
            R: SLS L on foam 7 sec; BAPS lvl 3 25 sec w/o edge touch; gait 600 ft SPC SBA, curb x4 CGA.
            — T. Yoder, PT, DPT
            """,
            ["S82.852D"], [PT("97112", 22), PT("97116", 16)], []),

        // CFPT "CPT 97112 Min [ 22 ] 1:1 ☑" and "CPT 97140 Min [ 10 ]", both match; BAPS, half-foam-roll SLS and lateral perturbations with SLS seconds and perturbations; talocrural glides by grade and peroneal STM with knee-to-wall before and after; R ankle proprioception and DF mobility after a sprain at the Western Heritage Classic: passes.
        ["v6-h104-cfpt-minute-boxes-97112-and-97140"] = new(
            """
            CFPT DAILY FLOWSHEET (CBE) · Abilene
            CPT 97112  Min [ 22 ]   1:1 ☑
             BAPS lvl 3 EC ✓ · SLS on the half foam roll w/ catch + throw ✓ · lateral perturbations in SLS ✓
            CPT 97140  Min [ 10 ]
             Talocrural A/P glides grade III 3x30 sec ✓ · STM peroneals ✓
            Exceptions: R ankle proprioception + DF mobility down after the sprain at the Western Heritage Classic. SLS R EC 6 sec / L 24 sec; 6/10 perturbations w/o a step. Knee-to-wall R 7 cm -> 10 cm after MT.
            """,
            ["S93.401D"], [PT("97112", 22), PT("97140", 10)], []),

        // JVMG OT focus note with a 24-hour clock range on each code's line ("97530 ther act 0930–0945 hrs" = 15, "97110 ther ex 0945–0958 hrs" = 13), both match; tub transfer bench, reacher and sock aid with counts and assist; standing hip abduction, mini squats and heel raises with doses; L hip abductor weakness within precautions after a hip replacement: passes.
        ["v6-h104-jvmg-ot-clock-ranges-on-each-code-line"] = new(
            """
            CareFlow · Focus note · Huntingdon (OT)
            FOCUS: Bathing self-care deficit r/t L hip weakness and precautions after the L THA
            97530 ther act  0930–0945 hrs
              Tub transfer bench in/out 4x min A; reacher + sock aid for LB dressing 3 trials SBA; hip precautions kept throughout.
            97110 ther ex   0945–0958 hrs
              Standing hip abd at the counter 2x12, mini squats 2x10, heel raises 2x15.
            R: L hip abductor weakness limits swinging the L leg over the tub wall; pt verbalized understanding of the precautions.
            — N. Bair, OTR/L
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 15), OT("97110", 13)], []),

        // JVMG a PT's focus note (97112, 23 min) and an OT's (97530, 20 min) on one visit, each matching its own line; PT: "1:1 w/ this writer", rhythmic stabilisation, reaching on foam, tandem with head turns, Berg and tandem steps, postural control after a cerebellar stroke; OT: pouring, carrying a plate and stirring with counts and assist, R arm ataxia: passes.
        ["v6-h104-jvmg-pt-focus-note-and-ot-focus-note"] = new(
            """
            CareFlow · Rehab Focus Notes (2) · Hollidaysburg
            [PT] FOCUS: Risk for falls r/t impaired postural control after the R cerebellar stroke
            D: Wide base, trunk sway, overshoots when she reaches into the upper cabinet. Berg 40/56.
            A: 97112 — 23 min, 1:1 w/ this writer: rhythmic stabilization in tall kneel, reaching outside her base on foam, tandem walking w/ head turns.
            R: Tandem 6 steps w/o step-off (3 on 2/18). — T. Yoder, PT, DPT
            [OT] FOCUS: Impaired meal preparation r/t R arm ataxia
            D: R hand overshoots the mug, spills when pouring.
            A: 97530 — 20 min: pouring water from a pitcher into mugs, carrying a plate from the counter to the table, stirring at the stove w/ a weighted spoon.
            R: Poured 5/6 mugs w/o a spill; plate carried 15 ft x3 SBA. — N. Bair, OTR/L
            """,
            ["I69.393"], [PT("97112", 23), OT("97530", 20)], []),

        // CFPT a PT's 97112 (leader 23 min, "1:1 w/ Mateo") and a PTA's 97116 (leader 18 min) on one visit, both match; Airex perturbations, stepping strategy and foam tandem with pushes and seconds; cane gait on the lot and a grass median with distance and SBA; late L hip strategy, short R step and Trendelenburg after a hip fracture: passes.
        ["v6-h104-cfpt-pt-and-pta-leaders-on-one-visit"] = new(
            """
            CFPT Daily (CBE) · Abilene
            97112 NMR ........ 23 min — M. Salcido, PT · 1:1 w/ Mateo
             Perturbations on the Airex ✓ · stepping strategy to lateral pushes ✓ · tandem on foam ✓
             Exceptions: L hip strategy late after the L hip fx; postural control slow to the L. 5/10 lateral pushes w/ one step; tandem on foam 9 sec.
            97116 Gait ........ 18 min — S. Kittrell, PTA
             Gait trng w/ the SPC on the clinic lot + the grass median, cues for L hip extension at push-off + equal step length.
             Exceptions: short R step + L Trendelenburg (N/C). 700 ft SPC SBA.
            """,
            ["S72.002D"], [PT("97112", 23), PTA("97116", 18)], []),

        // BWVC "Billing: 97112 x 23 min; 97530 x 15 min" beside each code, both match; one-on-one for the NMR; foam eyes closed, rocker board and stepping over a hose with monofilament and foam seconds; running-board steps with the grab handle and porch steps with a grocery bag with counts and assist; impaired proprioception both feet and leg weakness with diabetic neuropathy: passes.
        ["v6-h104-bwvc-billing-line-beside-each-code"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: BRANNON,LYDIA PT DPT GCS
            #1 Impaired proprioception + postural control, both feet (diabetic neuropathy)
             O: One-on-one for the NMR. Foam stance EC w/ head turns, rocker board M/L, stepping over a garden hose laid on the floor w/o looking down.
             A: Monofilament 2/10 sites felt R, 3/10 L; foam EC 6 sec.
            #2 Can't get up into his truck or onto the porch w/o the rail -- quad + hip weakness and the numb feet
             O: Step up onto the truck's running board w/ the grab handle 6x CGA; porch steps carrying a grocery bag 4x SBA.
             A: Needs the grab handle every time; knees weak on the step down.
            Billing: 97112 x 23 min; 97530 x 15 min.
            """,
            ["E11.42"], [PT("97112", 23), PT("97530", 15)], []),

        // CFPT "CPT 97112 Min [ 35 ]" against a 24-min line: mismatch; otherwise complete ("1:1 ☑"; rocker board, foam-beam tandem, perturbations in SLS; L ankle proprioception after a sprain at a dance rehearsal; SLS seconds and perturbations).
        ["v6-h104-cfpt-minute-box-35-against-24"] = new(
            """
            CFPT DAILY FLOWSHEET (CBE) · Anson
            CPT 97112  Min [ 35 ]   1:1 ☑
             Rocker board M/L EC ✓ · foam beam tandem ✓ · perturbations in SLS ✓
            Exceptions: L ankle proprioception down after the sprain at the Christmas Ball rehearsal; SLS L 8 sec / R 26 sec; 6/10 perturbations w/o a step.
            """,
            ["S93.402D"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // JVMG PTA PIE note "I: 97110 ther ex — 30 min" against an 18-min PTA line: mismatch; otherwise complete (sit-to-stands, bridges, band hip extension and step-ups with doses; bilateral quad and hip extensor weakness; chair stand).
        ["v6-h104-jvmg-pta-pie-30-against-18-97110"] = new(
            """
            CareFlow · PIE note · Tyrone
            P: Impaired physical mobility r/t bilat quad + hip extensor weakness; pushes up hard from the church pew.
            I: 97110 ther ex — 30 min: sit-to-stand from the 18" chair 3x10, bridges 3x15, standing hip ext w/ red band 3x12, step-ups 4" 2x10.
            E: 30-sec chair stand 9 (7 on 2/18).
            — K. Shaffer, PTA
            """,
            ["M62.81"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // BWVC problem headings "-- 97112, 22 min" (matches) and "-- 97116, 12 min" against a 25-min line: mismatch on 97116; both problems complete (one-on-one; rhythmic stabilisation, foam with head turns, floor targets with Berg and targets; truncal ataxia; rollator gait on a taped line with distance, SBA and passes; wide-based staggering gait).
        ["v6-h104-bwvc-problem-heading-12-against-25-97116"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: OKAFOR,DAYO PT DPT NCS
            #1 Impaired postural control after the R cerebellar stroke -- 97112, 22 min
             O: One-on-one. Rhythmic stabilization in half kneel, foam stance w/ head turns, stepping to random floor targets.
             A: Truncal ataxia; Berg 43/56; 5/10 targets w/o overshoot.
            #2 Wide-based, staggering gait -- 97116, 12 min
             O: Walking the hall and the campus sidewalk w/ the rollator, narrowing the base along a taped line, cues to slow down.
             A: 520 ft rollator SBA; stayed on the line on 6 of 10 passes.
            """,
            ["I69.393"], [PT("97112", 22), PT("97116", 25)], [At(Mismatch, "97116")]),

        // CFPT "Total timed min: 38" on its own line with no minutes for either code: separate time missing; both parts complete ("1:1 w/ Lorraine"; Airex perturbations, rocker board and step-ups to foam; heel raises, step-ups and band dorsiflexion with doses; R ankle proprioception, postural control and calf weakness after a fracture; rocker seconds, perturbations and heel-raise counts).
        ["v6-h104-cfpt-total-timed-min-line-only"] = new(
            """
            CFPT Daily (CBE) · Abilene
            Total timed min: 38
            97112: 1:1 w/ Lorraine. Perturbations on the Airex ✓ · rocker board A/P ✓ · step-ups to foam ✓
            97110: Heel raises 3x15 ✓ · step-ups 6" 3x10 ✓ · resisted DF w/ red band 3x15 ✓
            Exceptions: R ankle proprioception + postural control down, R calf weak after the R ankle fx. Rocker A/P 12 sec; 7/10 perturbations w/o a step; heel raise R 11 vs L 24.
            """,
            ["S82.851D"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // JVMG "Session: 1300–1340 hrs" (the visit's clock range) and no minutes for either code: separate time missing; both parts complete (1:1 NMR with BAPS, foam SLS and perturbations; leg press, step-downs and TKE with doses; L knee giving way and L ankle proprioception after a fall from a hay wagon; SLS seconds, perturbations and quad lag).
        ["v6-h104-jvmg-session-clock-range-only"] = new(
            """
            CareFlow · Rehab Focus Note · Huntingdon
            Session: 1300–1340 hrs
            FOCUS: Impaired walking r/t L knee weakness + L ankle proprioception loss after the fall from the hay wagon
            D: L knee gives way on the barn ramp; ankle rolls on the rutted lane.
            A: 97112 NMR, 1:1 w/ this writer: BAPS lvl 2 EC, SLS L on foam w/ head turns, perturbations in L stance.
               97110 ther ex: leg press 50 lb 3x12, step-downs 4" 3x10 L, TKE w/ green band 3x15.
            R: SLS L on foam 5 sec; 6/10 perturbations w/o a step; quad lag 5° (10° on 2/18).
            — T. Yoder, PT, DPT
            """,
            ["R26.81", "M62.81"], [PT("97112", 25), PT("97110", 15)], [SepTime]),

        // BWVC "#1 … -- 97112, 24 min" and "#2 R talocrural stiffness, DF limited -- manual therapy 97140" with no minutes for the 97140 anywhere: separate time missing; both problems complete (one-on-one; BAPS, half-foam-roll perturbations and hops with SLS and hops; glides by grade, distraction and STM with knee-to-wall; R ankle proprioception and limited DF).
        ["v6-h104-bwvc-second-problem-no-minutes"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: CARRAWAY,WHIT PT DPT OCS
            #1 R ankle proprioception loss, rolls it on the uneven yard -- 97112, 24 min
             O: One-on-one. BAPS lvl 4 EC, SLS on the half foam roll w/ perturbations, lateral hops to a stick.
             A: SLS EC R 8 sec / L 26 sec; stuck 7/10 hops.
            #2 R talocrural stiffness, DF limited -- manual therapy 97140
             O: Talocrural A/P glides grade III-IV, 4 bouts; calcaneal distraction; STM to the gastroc-soleus.
             A: Knee-to-wall R 6 cm -> 9 cm; L 12 cm.
            """,
            ["S93.401D"], [PT("97112", 24), PT("97140", 12)], [SepTime]),

        // JVMG BIRP "Session length: 45 minutes" with no minutes for either code: separate time missing; both parts complete ("Individual (1:1)"; laundry-basket lifts with a hip hinge and carries with loads and reps; bird dogs, side planks and bridges with doses; low back extensor and glute weakness and fear of bending).
        ["v6-h104-jvmg-birp-session-length-only"] = new(
            """
            JVMG Integrated Pain & Function Program · BIRP
            B: Pt arrived on time, guarded, rubbing her low back; skipped choir practice because she can't stand that long.
            I: Session length: 45 minutes. Individual (1:1) session with this clinician.
               97530: graded lifting of a laundry basket floor to waist 5 lb -> 10 lb 3x5, carrying it 30 ft x3; hinging to load the dryer.
               97110: bird dogs 3x10, side planks on knees 3x20 sec, bridges w/ band 3x12.
            R: Low back extensor + glute weakness, fear of bending; lifted 10 lb floor to waist w/ a good hinge 5/5 reps.
            P: Progress to 15 lb.
            — R. Menon, PT, DPT
            """,
            ["M54.50", "G89.4"], [PT("97530", 30), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note on a two-code visit (97112 + 97140) with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h104-empty-note-two-codes"] = new(
            "",
            ["S93.401D"], [PT("97112", 24), PT("97140", 10)], [At(NoteMissing, "97112"), At(NoteMissing, "97140")]),

        // An empty note on a PTA's 97110 with no diagnosis: note missing and diagnosis missing.
        ["v7-h104-empty-note-pta-97110-no-dx"] = new(
            "",
            [], [PTA("97110", 19)], [At(NoteMissing, "97110"), Dx]),

        // A note holding only line breaks and spaces (cells are trimmed) on an OT's 97530 with a diagnosis: note missing only.
        ["v7-h104-line-breaks-and-spaces-only-ot-97530"] = new(
            "\n\n   \n  \n",
            ["Z96.641"], [OT("97530", 20)], [At(NoteMissing, "97530")]),

        // 97110's meaning on a CFPT PTA exercise flowsheet ("Interventions: see flowsheet below."): quad sets, heel slides, short-arc quads, knee flexion stretch and the bike for range with holds, loads and reps (technique and measure), L knee range and quad strength after a knee replacement with its range and lag (deficit); leader's 21 min matches: passes.
        ["v7-h104-cfpt-pta-knee-flowsheet-97110"] = new(
            """
            CFPT EXERCISE FLOWSHEET (CBE) · Abilene
            97110 Ther Ex ........ 21 min — S. Kittrell, PTA
            Interventions: see flowsheet below.
            Exercise                  POC                  Today
            Quad sets                 2x15, 5 sec hold     ✓
            Heel slides w/ strap      3x10                 ✓
            SAQ                       2 lb 3x10            3 lb 3x10 *
            Seated knee flex stretch  5x30 sec             ✓
            Recumbent bike for ROM    seat 9               ✓
            Exceptions: * SAQ progressed. L knee ROM + quad strength limited after the L TKA (2/3); AROM 5–96° (10–88° on 2/24); ext lag 6°.
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 21)], []),

        // 97530's meaning in a JVMG OT focus note under "FOCUS: Bathing self-care deficit r/t R hemiparesis": tub transfer bench, a long-handled sponge seated and grooming at the sink with the R hand, with trials and assist (technique and measure), R hemiparesis with a weak R hand and a lean to the L (deficit); 24 min matches: passes.
        ["v7-h104-jvmg-ot-bathing-self-care-focus-97530"] = new(
            """
            CareFlow · Focus note · Hollidaysburg (OT)
            FOCUS: Bathing self-care deficit r/t R hemiparesis and poor standing balance
            D: R hemiparesis after the L MCA stroke; R hand weak, leans L in standing; her husband helps her into the tub now.
            A: 97530 x 24 min: tub transfer bench in/out 4x min A; washing her legs w/ a long-handled sponge seated, 2 trials; standing at the sink to wash her face and comb her hair w/ the R hand, 3 trials CGA.
            R: Stood at the sink through both tasks w/o sitting; combed w/ the R hand 8 strokes before fatigue.
            — N. Bair, OTR/L
            """,
            ["I69.351"], [OT("97530", 24)], []),

        // 97140's meaning on a BWVC problem: central PA glides and side-lying rotation mobilisation by grade and paraspinal and QL soft-tissue work (technique), low back pain with L4-5 hypomobility, cannot bend to lace his boots (deficit), fingertip-to-floor before and after (measure); heading's 11 min matches: passes.
        ["v7-h104-bwvc-lumbar-mobilisation-97140"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: CARRAWAY,WHIT PT DPT OCS
            #1 Low back pain w/ L4-5 hypomobility, can't bend to lace his boots -- 97140, 11 min
             O: Central PA glides L4 + L5 grade III, 3x30 sec; L side-lying rotation mobilization grade IV; STM to the lumbar paraspinals + QL.
             A: Fingertips-to-floor 28 cm -> 19 cm after; L4-5 hypomobile and tender.
             P: Add cat-camel to the HEP.
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // 97116's meaning on a BWVC problem: prosthetic gait training from the bars to a cane, ramp and grass with cues (technique), a short sound-limb step and a lateral trunk lean with a new socket after a transtibial amputation (deficit), distance with CGA and the ramp with SBA (measure); heading's 23 min matches: passes.
        ["v7-h104-bwvc-prosthetic-gait-new-socket-97116"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)   SITE: Northport CBOC gym
            AUTHOR: BRANNON,LYDIA PT DPT GCS
            #1 Prosthetic gait deviations, L transtibial amputation (new socket 2/20) -- 97116, 23 min
             O: Gait training w/ the prosthesis: parallel bars -> SPC, weight shift onto the prosthesis, stepping through w/ the sound limb, the ramp and the grass outside, cues for equal step length and less trunk lean.
             A: Short sound-limb step, lateral trunk lean over the prosthesis. 260 ft SPC CGA; ramp SBA (min A on 2/20).
            """,
            ["Z89.512"], [PT("97116", 23)], []),

        // Wholly generic CFPT CBE 97112: "97112 NMR ........ 25 min / No change from POC. All else per plan. Pt tol well." - no technique, deficit, number but its code and minutes, or one-on-one statement.
        ["v7-h104-cfpt-generic-cbe-97112"] = new(
            """
            CFPT Daily (CBE)
            97112 NMR ........ 25 min
            No change from POC. All else per plan. Pt tol well.
            """,
            ["R26.81"], [PT("97112", 25)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic JVMG DAR 97110 + 97530 with minutes on each code's line (15 and 18, both match): "Pt arrived for scheduled therapy … per care plan … Tolerated well. Will continue to monitor." - nothing named for either code.
        ["v7-h104-jvmg-generic-dar-97110-and-97530"] = new(
            """
            CareFlow · Rehab Focus Note
            FOCUS: Rehab follow-up
            D: Pt arrived for scheduled therapy.
            A: 97110 ther ex — 15 min
               97530 ther act — 18 min
               Per care plan.
            R: Tolerated well. Will continue to monitor.
            """,
            ["M62.81"], [PT("97110", 15), PT("97530", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic BWVC S/O/A/P on a 97110: "S: No new complaints. O: Therapeutic exercise per plan of care. A: Tolerated well. P: Continue POC." - no exercise, region, impairment or dose.
        ["v7-h104-bwvc-generic-soap-97110"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE
            S: No new complaints.
            O: Therapeutic exercise per plan of care.
            A: Tolerated well.
            P: Continue POC.
            """,
            ["M62.81"], [PT("97110", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic JVMG BIRP 97112: "B: Pleasant and cooperative. I: Balance activities, 97112. R: Tolerated well. P: Continue per plan." - no technique, deficit, number but its code, or one-on-one statement.
        ["v7-h104-jvmg-generic-birp-97112"] = new(
            """
            JVMG Integrated Pain & Function Program · BIRP
            B: Pleasant and cooperative.
            I: Balance activities, 97112.
            R: Tolerated well.
            P: Continue per plan.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes

        // BWVC three problems, three codes, each heading with its minutes (97112 20, 97110 12, 97116 15, all match); one-on-one; perturbations on foam, turns with a head turn and stepping over a cane with Berg and turn steps; hip abduction and sit-to-stands with doses and MMT; rollator gait with distance and step length; late stepping on turns, hip abductor weakness and short shuffling steps: passes.
        ["vord-h104-bwvc-three-problems-three-codes"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            DATE OF NOTE: MAR 04, 2026@14:05   AUTHOR: BRANNON,LYDIA PT DPT GCS
            Veteran: 83 y/o, USAF (Korea era), SC 30 %
            #1 Impaired postural control, LOB when he turns -- 97112, 20 min
             O: One-on-one throughout. Perturbations at the pelvis on foam, 180° turns w/ a head turn on cue, stepping over a cane laid on the floor.
             A: Late stepping response on turns. Berg 44/56; 180° turn 6 steps w/ one LOB.
            #2 Bilat hip abductor weakness -- 97110, 12 min
             O: Sidelying hip abd 2 lb 2x12 each, standing hip abd w/ yellow band 2x15, sit-to-stand from the 19" chair 2x10.
             A: Hip abd MMT 3+/5 bilat.
            #3 Short, shuffling steps w/ the rollator -- 97116, 15 min
             O: Gait trng w/ the rollator in the hall and on the campus sidewalk, cues for heel strike and a longer step.
             A: 480 ft rollator SBA; step length 17 in (14 in on 2/4).
            """,
            ["R26.81", "M62.81", "R26.89"], [PT("97112", 20), PT("97110", 12), PT("97116", 15)], []),

        // BWVC PTA 97110 after a cuff repair: pulleys, wand flexion, band ER, prone rows and retraction with doses; R shoulder ER and flexion weakness (the tackle cabinet's top shelf); flexion degrees and MMT; heading's 17 min matches: passes.
        ["vord-h104-bwvc-pta-shoulder-after-cuff-repair-97110"] = new(
            """
            LOCAL TITLE: PTA TREATMENT NOTE (POMR)
            AUTHOR: ROWE,TAMIKA PTA   (supervising PT: Carraway)
            #1 R shoulder ER + flexion weakness after the R rotator cuff repair (11/2025) -- 97110, 17 min
             S: Can't reach the top shelf of his tackle cabinet.
             O: Pulleys flexion 2x15; supine flexion w/ wand 2x15; ER w/ yellow band 3x12; prone rows 2 lb 3x10; scapular retraction 3x15 w/ 5 sec hold.
             A: AROM flexion 128° (110° on 2/4); ER MMT 4-/5.
             P: Per PT plan.
            """,
            ["M75.121", "Z47.89"], [PTA("97110", 17)], []),

        // BWVC 97530 floor recovery for a Veteran who lives alone (side-lying to quadruped to half kneel to stand at a chair, lowering down, crawling to the phone) with trials and assist; hip and knee extensor weakness; heading's 22 min matches: passes.
        ["vord-h104-bwvc-floor-recovery-lives-alone-97530"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: OKAFOR,DAYO PT DPT NCS
            Veteran: 79 y/o, lives alone in Cottondale; lay on the kitchen floor until a neighbor came (January).
            #1 Can't get up from the floor -- hip + knee extensor weakness -- 97530, 22 min
             O: Floor recovery practice: side-lying -> quadruped -> half kneel at the sturdy chair -> stand, 4 trials; lowering himself to the floor the same way, 3 trials; crawling to the phone on the low table.
             A: Floor to stand w/ the chair min A on trial 1, CGA on trials 2 to 4. Hip ext MMT 3+/5 bilat.
             P: Medical alert pendant ordered through the PACT team.
            """,
            ["M62.81", "Z91.81"], [PT("97530", 22)], []),

        // BWVC cervical myelopathy: "One-on-one with the Veteran, nobody else treated during it"; Romberg progression on foam, eyes-closed heel-to-toe, stepping to floor targets without looking; impaired proprioception both legs and great toes; Romberg seconds and tandem steps; heading's 23 min matches: passes.
        ["vord-h104-bwvc-cervical-myelopathy-97112"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: OKAFOR,DAYO PT DPT NCS
            #1 Impaired proprioception both legs, cervical myelopathy (ACDF C5-6, 2025) -- 97112, 23 min
             S: "My legs don't tell me where they are in the dark."
             O: One-on-one with the Veteran, nobody else treated during it. Romberg progression on foam, heel-to-toe walking on a line w/ eyes closed three steps at a time, stepping to floor targets w/o looking.
             A: Proprioception both great toes impaired (2/5 correct up/down). Romberg on foam EC 9 sec; tandem 7 steps.
             P: Progress to the gravel tray.
            """,
            ["M47.12"], [PT("97112", 23)], []),

        // BWVC retired diesel mechanic: "#1 … -- 97140, 10 min" and "#2 … -- 97110, 15 min", both match; PA glides by grade, suboccipital release and STM with rotation degrees; chin tucks, prone Y and T and rows with doses and DNF endurance; limited rotation with upper-trap pain and deep neck flexor weakness: passes.
        ["vord-h104-bwvc-diesel-mechanic-neck-97140-and-97110"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: CARRAWAY,WHIT PT DPT OCS
            Veteran: 58 y/o, Army diesel mechanic (retired), still works under trucks on a creeper.
            #1 Cervical rotation limited L, L upper trap pain -- 97140, 10 min
             O: C5-6 central PA glides grade III 3x30 sec; suboccipital release; STM L upper trap + levator.
             A: Rotation L 52° -> 64° after.
            #2 Deep neck flexor + lower trap weakness, fwd head -- 97110, 15 min
             O: Chin tucks supine 3x10 w/ 5 sec hold; prone Y and T 2x12; rows w/ green band 3x15.
             A: DNF endurance 16 sec.
            """,
            ["M54.2"], [PT("97140", 10), PT("97110", 15)], []),

        // BWVC young Marine after two concussions: "One-on-one in the gym"; agility ladder with serial 7s, cone cuts to called colours, catches on the foam beam naming states, reactive stepping to light targets; dual-task postural control deficit and slow reactive stepping; single- and dual-task ladder times and errors; heading's 24 min matches: passes.
        ["vord-h104-bwvc-tbi-dual-task-agility-97112"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)   SITE: BWVC campus gym
            AUTHOR: OKAFOR,DAYO PT DPT NCS
            Veteran: 34 y/o, USMC (OIF), mild TBI x2, wants to coach his son's soccer team.
            #1 Dual-task postural control deficit, slow reactive stepping after mTBI -- 97112, 24 min
             O: One-on-one in the gym. Agility ladder w/ serial 7s, cone cuts to called colors, catching a ball on the foam beam while naming states, reactive stepping to light targets.
             A: Ladder 11.2 s single task vs 15.9 s dual task (20.4 s on 2/11); 2 errors in 10 color calls.
             P: Add backward running.
            """,
            ["F07.81", "Z87.820"], [PT("97112", 24)], []),

        // BWVC 97116 with a cane on the campus quad, curb ramps and a stadium lot with cues; antalgic gait with a short L step and a stiff R knee from knee OA; distance modified independent and curbs SBA; heading's 18 min matches: passes.
        ["vord-h104-bwvc-knee-oa-cane-on-the-quad-97116"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: BRANNON,LYDIA PT DPT GCS
            #1 Antalgic gait, R knee OA -- short L step, R knee stiff in swing -- 97116, 18 min
             O: Gait training w/ the SPC in the L hand: the campus quad, the curb ramps and the stadium parking lot, cues for R knee flexion in swing and a longer L step.
             A: 900 ft SPC mod I on level ground; curbs SBA.
            """,
            ["M17.11"], [PT("97116", 18)], []),

        // BWVC at the Northport gym, "#1 … -- 97112, 22 min" and "#2 … -- 97530, 16 min", both match; one-on-one; gaze stabilisation on foam and head-turn walking with DGI and losses of balance; grocery bag up porch steps and lifted from the floor with counts and SBA; L vestibular hypofunction and L hip and knee weakness: passes.
        ["vord-h104-bwvc-northport-97112-and-97530"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)   SITE: Northport CBOC gym (Wed)
            AUTHOR: BRANNON,LYDIA PT DPT GCS
            #1 Postural control deficit, L vestibular hypofunction (neuritis 2025) -- 97112, 22 min
             O: One-on-one, no other Veteran in the gym. Gaze stabilization X1 standing on foam, walking w/ head turns, turning on cue.
             A: DGI 18/24 (14/24 on 2/4); 1 LOB in 6 head-turn passes.
            #2 Can't carry groceries up his porch steps -- L hip + knee weakness -- 97530, 16 min
             O: Carrying a 10-lb grocery bag up and down 4 steps w/ one rail 5x SBA; picking the bag up off the floor w/ a squat 5x.
             A: Needs the rail on the step down w/ the L.
            """,
            ["H81.92", "M62.81"], [PT("97112", 22), PT("97530", 16)], []),

        // BWVC flexion-biased programme for lumbar stenosis (knee to chest, pelvic tilts, bridges, hamstring stretch, recumbent stepper at a level) with doses; neurogenic claudication with core and hip extensor weakness; walking distance before leaning; heading's 20 min matches: passes.
        ["vord-h104-bwvc-lumbar-stenosis-flexion-bias-97110"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: CARRAWAY,WHIT PT DPT OCS
            #1 Neurogenic claudication, lumbar stenosis -- walks only to the end of the block before leaning on the cart -- 97110, 20 min
             O: Flexion-biased program: single knee to chest 3x30 sec each, posterior pelvic tilts 3x15, bridges 3x12, seated hamstring stretch 3x30 sec, recumbent stepper at level 4 for endurance.
             A: Core + hip extensor weakness, flexion-tolerant. Walked 620 ft before leaning (410 ft on 2/4).
            """,
            ["M48.062"], [PT("97110", 20)], []),

        // BWVC student note with an expected cosigner: "Dr. Okafor present in the room and directing the entire service; Veteran treated one-on-one (no other patient)"; BAPS, Airex SLS with a ball toss, hops and perturbations; L ankle proprioception (a deer trail); SLS, hops and Y-balance; heading's 21 min matches; the cosignature's "@16:10" time: passes.
        ["vord-h104-bwvc-student-note-faculty-present"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: HOLLOWAY,JACE SPT   EXP COSIGNER: OKAFOR,DAYO PT DPT NCS
            Dr. Okafor present in the room and directing the entire service; Veteran treated one-on-one (no other patient).
            #1 Impaired proprioception L ankle, ankle rolls on the deer trail -- 97112, 21 min
             O: BAPS lvl 3 EC, SLS L on the Airex w/ a ball toss, lateral hops and stick on the L, perturbations in L SLS.
             A: SLS L EC 7 sec (R 22 sec); 6/10 hops stuck; Y-balance anterior reach L 61 cm.
             P: Progress to the half foam roll.
            Receipt acknowledged / cosigned: OKAFOR,DAYO 03/04/2026@16:10
            """,
            ["S93.402D"], [PT("97112", 21)], []),

        // JVMG focus note at Tyrone: "this writer 1:1 w/ pt"; gaze stabilisation on a busy background, head-turn walking with stops, foam with head nods; R vestibular hypofunction after an acoustic neuroma resection, drifting in grocery aisles; DGI, gaze-stabilisation seconds and drift passes; 22 min matches: passes.
        ["vord-h104-jvmg-dar-vestibular-after-a-neuroma"] = new(
            """
            CareFlow · Rehab Focus Note · Tyrone
            FOCUS: Risk for falls r/t R vestibular hypofunction (acoustic neuroma resection 2024)
            D: R vestibular hypofunction; gets dizzy and drifts R looking down the aisles at the grocery store. DGI 17/24.
            A: 97112 x 22 min, this writer 1:1 w/ pt: gaze stabilization X1 w/ the letter card on a busy background, walking the hallway w/ head turns and stops on cue, standing on foam EC w/ head nods.
            R: Gaze stab 1 Hz 45 sec w/o symptoms (20 sec on 2/18); drifted R on 1 of 6 passes.
            — T. Yoder, PT, DPT
            """,
            ["H81.91"], [PT("97112", 22)], []),

        // JVMG PTA focus note 97116 after a hip nail: walker to cane in the hallway and lot with cues and a curb; short R step, Trendelenburg and leaning on the walker; distances and assist; 23 min matches: passes.
        ["vord-h104-jvmg-pta-walker-to-cane-after-a-hip-nail-97116"] = new(
            """
            CareFlow · Focus note · Hollidaysburg
            FOCUS: Impaired walking r/t L hip fracture (IM nail 1/20)
            D: Short R step, L Trendelenburg, leans on the walker; wants to walk into St. Mary's for Mass with a cane.
            A: 97116 gait trng — 23 min: RW -> SPC in the hallway and the parking lot, cues for equal step length and an upright trunk; 6" curb up/down.
            R: 350 ft SPC CGA; curb x3 CGA; 500 ft RW mod I. Gait belt on, safety maintained.
            — K. Shaffer, PTA
            """,
            ["S72.142D"], [PTA("97116", 23)], []),

        // JVMG OT PIE 97530 after a wrist fracture: wringing a dish towel, jars and a milk jug, carrying a laundry basket and pinning shirts; R wrist stiffness and grip weakness; jar lids, shirts and grip pounds; 21 min matches: passes.
        ["vord-h104-jvmg-ot-pie-wrist-fracture-laundry-97530"] = new(
            """
            CareFlow · PIE note · Huntingdon (OT)
            P: Impaired ability to cook and do laundry r/t R wrist stiffness and grip weakness after the R distal radius fx (cast off 2/10).
            I: 97530 x 21 min: wringing out a dish towel, opening jars and the milk jug, carrying a full laundry basket to the line and pinning shirts.
            E: Jar lids opened 4/5; pinned 10 shirts w/ the R hand; grip R 22 lb (L 54 lb).
            — N. Bair, OTR/L
            """,
            ["S52.531D"], [OT("97530", 21)], []),

        // JVMG DAP 97110 for knee OA (kneeling to launch a kayak at Raystown Lake): leg press, TKE, step-ups, wall sits and curls with loads and doses; L quad weakness; MMT; 19 min matches: passes.
        ["vord-h104-jvmg-dap-knee-oa-kayak-97110"] = new(
            """
            JVMG Rehab · DAP note · Huntingdon
            D: 66 y/o, L knee OA; can't kneel to launch his kayak at Raystown Lake; L quad weak, takes stairs one at a time.
            A: 97110 — 19 min: leg press 60 lb 3x12, TKE w/ blue band 3x15, step-ups 6" 3x10 L, wall sits 3x30 sec, hamstring curls 10 lb 3x10.
            P: Progress step height; KOOS next visit. L quad MMT 4-/5 today.
            — T. Yoder, PT, DPT
            """,
            ["M17.12"], [PT("97110", 19)], []),

        // JVMG BIRP with "97530 — 23 min" and "97110 — 15 min" in the Intervention section, both match; crate lifts with a hip hinge, a loaded cart and floor transfers with loads and counts; dead bugs, side planks, bridges and a stretch with doses; chronic low back pain with trunk extensor and glute weakness: passes.
        ["vord-h104-jvmg-birp-97530-and-97110-minutes-for-each"] = new(
            """
            JVMG Integrated Pain & Function Program · BIRP
            B: Pt arrived on time, more relaxed; drove the family to church without stopping to stretch.
            I: Individual session with this clinician.
               97530 — 23 min: floor-to-waist lifts of a 15 lb crate w/ a hip hinge 3x5; pushing the loaded grocery cart 100 ft x3; getting down to and up from the floor to play with her grandson 4x.
               97110 — 15 min: dead bugs 3x10; side planks on knees 3x25 sec; bridges w/ band 3x15; hip flexor stretch 3x30 sec.
            R: Chronic low back pain w/ trunk extensor + glute weakness; floor transfers independent w/ the couch 4/4; lifted 15 lb w/ a neutral spine 15/15 reps.
            P: Progress to 20 lb.
            — R. Menon, PT, DPT
            """,
            ["M54.50", "G89.4"], [PT("97530", 23), PT("97110", 15)], []),

        // JVMG DAR 97140 for a retired Horseshoe Curve tour guide: unilateral PA glides by grade, upper thoracic mobilisation and STM; cervical hypomobility with pain turning to back the car out; rotation degrees before and after; 12 min matches: passes.
        ["vord-h104-jvmg-dar-cervical-mobilisation-97140"] = new(
            """
            CareFlow · Rehab Focus Note · Hollidaysburg
            FOCUS: Acute pain r/t cervical hypomobility
            D: Retired Horseshoe Curve tour guide; neck stiff and painful turning R to back the car out; rotation R 48°, L 60°.
            A: 97140 x 12 min: C4-5 and C5-6 R unilateral PA glides grade III 3x30 sec; upper thoracic PA mobilization grade IV; STM to the R levator and scalenes.
            R: Rotation R 62° after; pain turning 5/10 -> 2/10.
            — T. Yoder, PT, DPT
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // JVMG PTA focus note after paclitaxel: "this writer 1:1 w/ pt the whole time"; foam eyes closed, rocker board, a foam path with head turns, cones without looking down; somatosensory loss to the ankles; monofilament, foam seconds and losses of balance; 22 min matches: passes.
        ["vord-h104-jvmg-pta-chemo-neuropathy-97112"] = new(
            """
            CareFlow · Rehab Focus Note · Huntingdon
            FOCUS: Risk for falls r/t chemo-induced neuropathy both feet
            D: 61 y/o, paclitaxel finished in November; numb feet to the ankles, somatosensory loss, sways w/ eyes closed. Monofilament 3/10 sites R, 2/10 L.
            A: 97112 — 22 min, this writer 1:1 w/ pt the whole time: standing on foam EC, rocker board A/P, walking the foam path w/ head turns, stepping over the cones w/o looking down.
            R: Foam EC 10 sec (4 sec on 2/18); 2 LOB on the foam path. Pt verbalized understanding of the night-light + shoes-on plan.
            — K. Shaffer, PTA
            """,
            ["G62.0", "Z85.3"], [PTA("97112", 22)], []),

        // JVMG PTA "Intervention time — 97116 Gait: 18 min 97530 Ther act: 16 min", both match; cane gait on a gravel lot with distance and SBA; sedan transfers and a church-bus step with counts and assist; R quad weakness and a stiff knee after a knee replacement: passes.
        ["vord-h104-jvmg-pta-97116-and-97530-church-bus-step"] = new(
            """
            CareFlow · Rehab Focus Note · Tyrone
            FOCUS: Impaired walking r/t R knee weakness after the R TKA (1/13)
            Intervention time — 97116 Gait: 18 min   97530 Ther act: 16 min
            D: R quad weak, stiff R knee in swing; can't get into her car or onto the church bus step.
            A: Gait: SPC in the hall and across the gravel lot, cues for R heel strike + knee bend in swing. Ther act: car transfers into the sedan 4x SBA; stepping up onto the 12" bus step w/ the rail 5x CGA.
            R: 540 ft SPC SBA on gravel. — K. Shaffer, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 18), PTA("97530", 16)], []),

        // JVMG OT focus note 97110 after a trigger-finger release: tendon glides, blocking, putty and towel crumples with doses; R ring-finger stiffness and an incomplete fist (the fishing rod); fingertip-to-palm and grip; 14 min matches: passes.
        ["vord-h104-jvmg-ot-trigger-finger-release-97110"] = new(
            """
            CareFlow · Focus note · Hollidaysburg (OT)
            FOCUS: Impaired hand function r/t stiffness after the R ring-finger trigger release (2/9)
            D: R ring finger won't close fully; can't grip his fishing rod; composite fist lacks 2 cm to the palm.
            A: 97110 x 14 min: tendon glides 2x10 each position, PIP/DIP blocking 3x10, green putty squeezes 3x15, towel crumples 2x10.
            R: Fingertip-to-palm 1 cm after; grip R 58 lb (L 82 lb).
            — N. Bair, OTR/L
            """,
            ["M65.341"], [OT("97110", 14)], []),

        // JVMG PIE for a turkey hunter: "individual (1:1 w/ this writer)"; SLS on a ladder-rung board with perturbations, a practice ladder eyes up, BAPS and rocker-board catches; R ankle proprioception and delayed postural reactions after a sprain; SLS seconds, perturbations and rungs; 21 min matches: passes.
        ["vord-h104-jvmg-pie-tree-stand-ladder-97112"] = new(
            """
            CareFlow · PIE note · Huntingdon
            P: Risk for falls r/t R ankle proprioception loss and delayed postural reactions after the R ankle sprain; wants to climb into his tree stand for spring gobbler season.
            I: 97112 x 21 min, individual (1:1 w/ this writer): SLS R on the ladder-rung board w/ perturbations, stepping up and down the practice ladder eyes up, BAPS lvl 3 EC, catches on the rocker board.
            E: SLS R EC 9 sec (4 sec on 2/18); 7/10 perturbations w/o a step; ladder 10 rungs x3 w/o a misstep.
            — T. Yoder, PT, DPT
            """,
            ["S93.401D"], [PT("97112", 21)], []),

        // CFPT flowsheet "☑ 1:1 w/ PT", "CPT 97112 Min [ 23 ]" and "CPT 97110 Min [ 15 ]", both match; Airex perturbations, head-turn tandem and cones with Berg and perturbations; hip abduction, bridges and heel raises with doses; slow postural control and L hip and calf weakness after a fall in the feed store: passes.
        ["vord-h104-cfpt-97112-and-97110-minute-boxes"] = new(
            """
            CFPT DAILY FLOWSHEET (CBE) · Abilene
            Attendance: ☑ 1:1 w/ PT   ☐ concurrent   ☐ group
            CPT 97112  Min [ 23 ]
             Perturbations on the Airex ✓ · tandem walk w/ head turns ✓ · stepping over the cones ✓
            CPT 97110  Min [ 15 ]
             Sidelying hip abd 3 lb 3x12 ✓ · bridges 3x15 ✓ · heel raises 3x15 ✓
            Exceptions: postural control slow + L hip/calf weakness since the fall in the feed store (Dec). Berg 45/56; 6/10 perturbations w/ one step.
            """,
            ["R26.81", "M62.81", "Z91.81"], [PT("97112", 23), PT("97110", 15)], []),

        // CFPT 97530 for the woman who sets up the fellowship-hall chairs: kneel to stand at a table, carrying folding chairs, top-shelf reaches in a kitchen mock-up, with counts, distance and SBA; hip extensor and quad weakness; leader's 22 min matches: passes.
        ["vord-h104-cfpt-fellowship-hall-chairs-97530"] = new(
            """
            CFPT Daily (CBE) · Abilene
            97530 Ther Act ........ 22 min
            Flowsheet: kneel -> half kneel -> stand at the folding table 4x SBA ✓ · carrying 2 folding chairs across the gym 30 ft x3 ✓* · reaching to the top shelf in the church-kitchen mock-up 6x ✓
            Exceptions: * new — she sets up the fellowship-hall chairs on Wednesdays. Bilat hip extensor + quad weakness, pushes up off her knees to stand.
            — L. Pettibone, PT, DPT
            """,
            ["M62.81"], [PT("97530", 22)], []),

        // CFPT PTA 97116 on the caliche drive after a knee replacement: walker to cane with cues for heel strike and swing; stiff R knee in swing and a short L step; distances with SBA and modified independence; leader's 19 min matches: passes.
        ["vord-h104-cfpt-pta-caliche-drive-after-tka-97116"] = new(
            """
            CFPT Daily (CBE) · Anson
            97116 Gait ........ 19 min — S. Kittrell, PTA
            Gait trng w/ the RW -> SPC in the clinic hall, then the caliche drive + the gravel by the mailbox; cues for R heel strike + knee flexion in swing.
            Exceptions: R knee stiff in swing, short L step since the R TKA (1/28). 320 ft SPC SBA on caliche; 600 ft RW mod I.
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 19)], []),

        // CFPT team roper (heeler), "CPT 97140 Min [ 12 ]" and "CPT 97110 Min [ 16 ]", both match; posterior glides by grade, sleeper stretch and STM with IR degrees; side-lying ER, prone T and Y, rows and wall slides with doses; R posterior capsule tightness and cuff and lower-trap weakness: passes.
        ["vord-h104-cfpt-team-roper-shoulder-97140-and-97110"] = new(
            """
            CFPT DAILY FLOWSHEET (CBE) · Abilene
            CPT 97140  Min [ 12 ]
             GH posterior glides grade III 3x30 sec ✓ · sleeper stretch by the PT ✓ · STM infraspinatus + teres minor ✓
            CPT 97110  Min [ 16 ]
             Sidelying ER 3 lb 3x12 ✓ · prone T + Y 2x12 ✓ · rows w/ blue band 3x15 ✓ · serratus wall slides 2x10 ✓
            Exceptions: team roper (heeler) — R posterior capsule tight, IR R 35° -> 48° after MT (L 70°); R cuff + lower trap weakness, ER MMT 4-/5.
            """,
            ["M25.611", "M62.81"], [PT("97140", 12), PT("97110", 16)], []),

        // CFPT at Anson: "1:1 w/ Lorraine, husband waited in the truck"; two-step pattern to a metronome, grapevine at the bar, turns under the arm, perturbations in weight shift; timing and sequencing of the L leg slow after a stroke; turns without a stumble and FGA; leader's 24 min matches: passes.
        ["vord-h104-cfpt-two-step-timing-97112"] = new(
            """
            CFPT Daily (CBE) · Anson
            97112 NMR ........ 24 min · 1:1 w/ Lorraine, husband waited in the truck
            Flowsheet: two-step pattern (quick-quick-slow-slow) to a metronome ✓ · grapevine stepping along the bar ✓ · turns under the arm w/ the PT as partner ✓* · perturbations during weight shift ✓
            Exceptions: * new. Timing + sequencing of the L leg slow after the R MCA stroke; late L weight shift, she stumbles on the turn. 8/10 turns w/o a stumble (4/10 on 2/11); FGA 21/30.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // CFPT exercise flowsheet with POC and Today columns for a cotton-gin hand's back (bird dogs, dead bugs, side planks, hip hinge, farmer carries with doses, loads and distance); low back pain with trunk extensor and glute weakness; leader's 18 min matches: passes.
        ["vord-h104-cfpt-cotton-gin-low-back-flowsheet-97110"] = new(
            """
            CFPT Daily (CBE) · Abilene
            97110 Ther Ex ........ 18 min — M. Salcido, PT
            Flowsheet:              POC                 Today
              Bird dog              2x10                3x10 *
              Dead bug              2x10                ✓
              Side plank (knees)    3x20 sec            3x30 sec *
              Hip hinge w/ dowel    2x15                ✓
              Farmer carry          20 lb x 50 ft x3    ✓
            Exceptions: * progressed. Low back pain w/ trunk extensor + glute weakness; can't lift the bale-tie bundles at the gin w/o back pain.
            """,
            ["M54.50"], [PT("97110", 18)], []),

        // CFPT "same as last visit except as noted" with everything on the page: "1:1 w/ Mateo the whole block"; BAPS level 4 progressed, foam SLS with head turns, perturbations in SLS; R ankle proprioception after a second sprain on a cattle-trailer ramp; SLS and BAPS seconds; leader's 22 min matches: passes.
        ["vord-h104-cfpt-same-as-last-visit-except-complete-97112"] = new(
            """
            CFPT Daily (CBE) · Abilene — same as last visit except as noted
            97112 NMR ........ 22 min · 1:1 w/ Mateo the whole block
            Flowsheet: BAPS lvl 4 CW/CCW EC ✓* · SLS on foam w/ head turns ✓ · perturbations at the pelvis in SLS ✓
            Exceptions: * progressed from lvl 3. R ankle proprioception still down after the 2nd sprain on the cattle trailer ramp; SLS R EC 9 sec (6 sec last visit); BAPS lvl 4 20 sec w/o edge touch.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // CFPT PTA 97110 after an ankle ORIF: heel raises, single-leg heel raises, four-way band work and a calf stretch with doses; L calf and evertor weakness; single-leg heel-raise counts; leader's 16 min matches: passes.
        ["vord-h104-cfpt-pta-ankle-orif-97110"] = new(
            """
            CFPT Daily (CBE) · Anson
            97110 Ther Ex ........ 16 min — S. Kittrell, PTA
            Heel raises bilat 3x15 ✓ · single-leg heel raises L 2x8 ✓* · resisted DF/PF/inv/ev w/ red band 3x15 ✓ · seated calf stretch 3x30 sec ✓
            Exceptions: * new. L calf + evertor weakness after the L bimalleolar ORIF (12/2025); single-leg heel raise L 8 reps vs R 25.
            """,
            ["S82.842D"], [PTA("97110", 16)], []),

        // CFPT "Standards: neuro screen WNL unless noted" beside a noted deficit ("sensation + strength WNL; L vestibular hypofunction — oscillopsia and veering L"); "1:1 w/ Mateo, no other pt"; gaze stabilisation on foam, head turns with pivots, foam with head nods; DGI and DVA; leader's 23 min matches: passes.
        ["vord-h104-cfpt-wnl-unless-noted-beside-a-noted-deficit"] = new(
            """
            CFPT Daily (CBE) · Abilene
            Standards: neuro screen WNL unless noted.
            97112 NMR ........ 23 min · 1:1 w/ Mateo, no other pt
            Flowsheet: gaze stab X1 standing on foam ✓ · walking w/ head turns + pivots ✓ · foam EC w/ head nods ✓
            Exceptions: sensation + strength WNL; L vestibular hypofunction — oscillopsia and veering L w/ quick head turns. DGI 17/24; DVA 3-line loss.
            """,
            ["H81.92"], [PT("97112", 23)], []),

        // CFPT complete 97112 ("1:1 w/ Lorraine"; rocker board, foam stance with catch and throw, perturbations in tandem; R ankle proprioception and postural control after a sprain; rocker seconds and perturbations) sent with no diagnosis.
        ["vord-h104-cfpt-complete-97112-no-diagnosis"] = new(
            """
            CFPT Daily (CBE) · Anson
            97112 NMR ........ 22 min · 1:1 w/ Lorraine
            Rocker board A/P + M/L EC ✓ · foam stance w/ catch + throw ✓ · perturbations in tandem ✓
            Exceptions: R ankle proprioception + postural control down after the sprain; rocker M/L 12 sec w/o edge touch; 7/10 perturbations w/o a step.
            """,
            [], [PT("97112", 22)], [Dx]),

        // BWVC complete 97110 (leg press, step-ups, loaded sit-to-stands and bridges with doses; bilateral quad and hip extensor weakness at the bleachers; chair stand) with the Community Care consult's ICD-9 code 719.7 on the claim: not a well-formed ICD-10-CM code.
        ["vord-h104-bwvc-icd9-719-7-97110"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT NOTE (POMR)
            AUTHOR: BRANNON,LYDIA PT DPT GCS
            Community Care consult dx (as sent): 719.7
            #1 Bilat quad + hip extensor weakness, can't climb the bleachers at his grandson's games -- 97110, 20 min
             O: Leg press 80 lb 3x10, step-ups 8" 3x10 each, sit-to-stand w/ 10 lb 3x10, bridges 3x15.
             A: 30-sec chair stand 11 (8 on 2/4).
            """,
            ["719.7"], [PT("97110", 20)], [Dx]),

        // JVMG generic two-code focus note with only "Total treatment time: 40 min" and "Neuro re-ed and ther ex per care plan. Tolerated well. Will continue to monitor.": no technique, deficit or measure for either code, no one-on-one statement for the 97112, no minutes for each.
        ["vord-h104-jvmg-generic-two-codes-total-treatment-time"] = new(
            """
            CareFlow · Rehab Focus Note
            FOCUS: Rehab follow-up
            D: Pt seen for scheduled therapy. Total treatment time: 40 min.
            A: Neuro re-ed and ther ex per care plan.
            R: Tolerated well. Will continue to monitor.
            """,
            ["R26.81"], [PT("97112", 25), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // BWVC PTA problem heading "-- 97116, 32 min" against a 20-min PTA line: mismatch; otherwise complete (cane gait on the campus sidewalk and a crosswalk curb with distance and assist; short R step and Trendelenburg after a hip fracture).
        ["vord-h104-bwvc-pta-gait-32-against-20-97116"] = new(
            """
            LOCAL TITLE: PTA TREATMENT NOTE (POMR)
            AUTHOR: ROWE,TAMIKA PTA   (supervising PT: Brannon)
            #1 Short R step, L Trendelenburg after the L hip fx -- 97116, 32 min
             O: Gait trng w/ the SPC on the campus sidewalk + the curb at the crosswalk, cues for a longer R step and a level pelvis.
             A: 850 ft SPC SBA; curb x4 CGA.
            """,
            ["S72.002D"], [PTA("97116", 20)], [At(Mismatch, "97116")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
