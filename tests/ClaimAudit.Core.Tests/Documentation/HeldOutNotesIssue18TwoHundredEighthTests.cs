using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The two-hundred-and-eighth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read for
/// their format and to write clinics, templates, sentences and numbers they do not already have). The engine's output on
/// these notes was never looked at while writing them, and the tests were never run by the reviewer. Written 2026-12-08
/// (blind), the set is OCCUPATIONAL HEALTH, WORKERS' COMPENSATION AND WORK CONDITIONING in 2026: notes written for
/// adjusters and nurse case managers, with claim numbers, dates of injury, work status ("Modified duty — no lifting over
/// 20 lb, no ladders"), job demands and essential functions, lifting tests (floor-to-waist, PILE-style progressive lifts,
/// NIOSH-style lifting indices), material-handling circuits, job-site simulation, effort and pain-behaviour observations,
/// "return to full duty" recommendations and adjuster-facing summary boxes; 97112 for balance and proprioception on
/// ladders, scaffolds, catwalks, decks and uneven ground, and 97110, 97530, 97140 and 97116; some notes bill work
/// conditioning or work hardening (97545, 97546) on the programme's own claim, written in the note beside its code and
/// left out of the billed lines. About two thirds are ordinary and complete (71 of 109), single- and two-code
/// visits, by PTs, PTAs and OTs, at eight invented clinics, each in its own template and voice:
/// <list type="number">
/// <item>Railport Industrial Rehab (RIR: Elwood, Illinois, on Arsenal Road by the intermodal yards and the distribution
/// centres, and a Joliet clinic on Houbolt Road) — "EE:", "Employer:", "Claim #:", "DOI:", "Work status:", "Job demands (per job description):", "TX:" with
/// "97112 NMR — 22 min", an "Attendance:" line, "Effort / pain behaviour:" and a boxed "==== ADJUSTER SUMMARY ====": order
/// selectors and pickers, a reach-truck operator, a trailer unloader, a yard jockey and a hostler, a pallet-wrap
/// operator, a conveyor maintenance tech, a receiver, loaders, a parcel sorter and a freezer selector, some seen by a
/// PTA;</item>
/// <item>Union Row Physical Therapy (URPT: Pittsburgh's South Side, next door to the building-trades hall) — first-person
/// narrative with "Trade / Local:", "Jobsite:", "Steward / foreman says:", "NMR (97112) 23 min": ironworkers (a
/// connector, a rodbuster, a decking crew), a carpenter off a scaffold bay, a bricklayer's tender, a roofer, an
/// elevator constructor, an electrician, an operating engineer, a glazier, a cement mason, a sheet metal worker and
/// road-crew laborers;</item>
/// <item>St. Brendan Regional Medical Center — Occupational Medicine Physical Therapy (SBOM: Superior, Wisconsin) — a
/// hospital EHR's "Workers' Compensation Daily Treatment Note" with "Employer-reported essential functions:", "Work
/// status (per Occ Med provider):", "Delivery: ☒ Individual ☐ Concurrent ☐ Group", "Timed Code Treatment Minutes:" and
/// "Plan of Care / RTW:": ore-dock workers and a belt tender, grain-terminal workers, a shipyard welder and
/// pipefitter, the hospital's own housekeeper and painter, a paper-mill reel tender, a carman, a railroad switchman and
/// a transit bus mechanic, some seen by a PTA;</item>
/// <item>Millwright Work Hardening Center (MWHC: Hammond, Indiana) — a "STATION LOG" of job-simulation stations (STN 1
/// pallet build, STN 2 overhead valve wheel, STN 3 ladder and catwalk, STN 4 push-pull sled, STN 5 kneel-and-crawl),
/// the clinic's "Shift-Ready Program" levels, 97545/97546 written beside the programme's hours and the PT portion on its
/// own lines: a mill millwright, coke-plant operators, a crane hooker and a cab-crane operator, a blast-furnace
/// keeper, a mill electrician and a maintenance welder, mill laborers, and a refinery insulator, pipefitter and
/// boilermaker;</item>
/// <item>Ward Seven Physiotherapy — City Employee Injury Program (W7P: Worcester, Massachusetts) — physio shorthand
/// ("Rx:", "Obj:", "Imp:", "Plan:") under "Dept:", "IOD #:", "Duty:" and "RTFD rec:": police patrol, traffic
/// and canine officers, firefighters (an engine company's, struck by a falling ceiling, a ladder company's and a
/// rescue company's), a sanitation loader off the back step and a side-loader driver, a DPW tree-crew worker, a
/// water-main crew laborer and a highway laborer;</item>
/// <item>Canadian River Worker Therapy (CRWT: Dumas and Cactus, Texas) — "Planta / Plant:", "Línea / Line position:",
/// "Intérprete / Interpreter:" and "Sesión / Session:" fields in English and Spanish with the clinical text in English,
/// in-person K'iche' and Spanish interpreters: beef-plant knife workers, a hide-room worker, a lugger, a palletizer, an
/// offal-table worker and a head-drop platform worker, a pork-plant trimmer, a feedyard pen rider, a feed-truck driver
/// and a pen-maintenance worker, grain-elevator hands and a truck-probe operator, a dairy milker, and the OT hand
/// service's knife and hook cases;</item>
/// <item>Galliano Offshore Return-to-Work Clinic (GORW: Galliano, Louisiana, on Bayou Lafourche) — "Company:",
/// "Rotation:", "Offshore essential functions:", "Fit-for-duty target:" and "Crew change:" headers: a roustabout, crane
/// operators, a galley hand, a derrickman, a floorhand, a motorman, a production operator, supply-boat deckhands and an
/// offshore wind-farm technician;</item>
/// <item>Fish River Rural PT (FRRPT: Fort Kent, Maine) — short lines with "pt", "w/", "↑" and "→": chainsaw fellers,
/// skidder operators, log-truck drivers, a processor operator, chip-van drivers and a mill-yard scaler, some seen by a
/// PTA.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract to what the filled-in text
/// says: an unticked row, an empty field, "___", "—", "see IE", "per Occ Med" and a test "deferred" or "not repeated"
/// state nothing; a ticked box, a filled blank and a selected option state what they name, and a ticked "No" its
/// opposite; a box struck as entered in error (said in words, with the box that stands) is withdrawn; a programme's name,
/// level, phase, track, step or circuit card is not a technique; a named test with no number is not a measure; a claim
/// number, a date of injury, a restriction in pounds or a job's demands are not a measure for a 97112; a work-
/// conditioning or work-hardening block written beside 97545 or 97546 is the programme's time, not a billed line's:
/// <list type="bullet">
/// <item>class 1 (v1-h208-…): one-on-one in these writers' own words (URPT "just the two of us in the back gym", SBOM "1
/// therapist : 1 patient for all timed minutes", W7P "Seen one-to-one; his captain dropped him off and waited in the
/// engine outside", CRWT "Individual (one-on-one) with the interpreter in the room the whole time", GORW "PT hands-on,
/// one-to-one, the whole block; the company medic (on his days off) sat in to learn the drills", FRRPT "1:1 w/ me the whole time", MWHC "done one-on-one in the side room, away from the
/// conditioning floor", RIR "EE treated individually by the PT, no other
/// patient in the gym for this block", URPT "Had him to myself for the whole
/// NMR block", a PTA's "direct one-on-one"), notes that negate it (an MWHC NMR done on the floor while two conditioning
/// clients were on the sleds, an RIR "shared session" with a second EE on the rocker board beside him) or never state
/// it, and an MWHC 97110 on the conditioning floor beside two other clients, which has no one-on-one check;</item>
/// <item>class 2 (v2-h208-…): checkbox states — ticked (SBOM "☒ Individual", RIR "[x] 1:1", W7P "One-on-one: ✔", a
/// CRWT "(X) Yes ( ) No", MWHC and URPT technique boxes, a ticked impairment row, an FRRPT "1:1 [✓]"), struck (a GORW
/// concurrent box "struck — entered in error" beside a ticked one-to-one; a W7P "One-on-one: ✔ — struck, entered in
/// error" with the concurrent tick for another city employee standing),
/// unticked (an SBOM delivery row with nothing ticked), ticked the other way (a "☐ Yes ☒ No") and blank (a Y-balance
/// "composite: ____ %", an impairment row with no box ticked);</item>
/// <item>class 3 (v3-h208-…): named protocols, programmes and techniques (PNF D2 patterns with rhythmic stabilisation
/// for an elevator constructor's overhead reaches, VOR x2 gaze stabilisation and optokinetic habituation for a traffic
/// officer after a cruiser collision, Fitzgerald perturbation training for a reach-truck operator, Mulligan SNAGs and
/// muscle energy for 97140, Turkish get-ups and kettlebell carries for a skidder operator's 97110, boat-landing and
/// tower-ladder simulation and the pallet-build, valve-wheel and ladder stations for 97530, uneven-ground gait for a
/// processor operator's 97116, eccentric FlexBar twists for a knife worker's 97110) and a programme's name alone ("Shift-Ready Program, Level 3", "Back-to-the-Dock protocol,
/// phase 2", "Offshore Ready circuit, card 4", "Woods-Ready step 5");</item>
/// <item>class 4 (v4-h208-…): deficits stated as findings (a foot that rolls into inversion on the ladder rung with
/// a joint-position error, labels that "bounce" looking up the racking after a concussion, a knee that gives way on the
/// wet platform grating with quadriceps inhibition, sway with eyes closed after a catwalk fall, shoulder weakness
/// against the top pallet tier, a knee that will not let a driver up the cab steps, thoracic hypomobility for overhead
/// drilling, an antalgic gait on the railroad ballast) and notes that state none ("Why: see IE", "Problem: per Occ
/// Med", "Deficit: —", "Imp: see IE");</item>
/// <item>class 5 (v5-h208-…): measures in every usual form (BESS errors, perturbation recoveries out of ten,
/// single-leg stance on a plank in seconds, FGA and tandem seconds, a floor-to-waist lift progression for 97110, a
/// PILE-style end point and a NIOSH-style lifting index for 97530, distance and assistance for 97116,
/// fingertip-to-floor for 97140) and notes with none (a Y-balance deferred, a BESS not repeated, a 97110 with no dose, a
/// 97116 with no distance or assistance, a 97140 "Measured: deferred");</item>
/// <item>class 6 (v6-h208-…): minutes in these templates' forms (two codes on their own lines, clock ranges on each
/// code's line, "x1 (14 min)", "twenty-three (23) minutes", an "=" list, a table, a total beside per-code minutes that
/// add up to it, 97545 and 97546 hours beside the PT's billed minutes, "97112 22 min + 97116 12 min") and true mismatches (a 97112 stated at 35 on 22,
/// a second code's 28 on 15, a clock range of 38 on 24, a 97112 of 33 on 22 beside the work-conditioning hours) and truly
/// missing separate time (a total only for two codes, a second code with no minutes);</item>
/// <item>class 7 (v7-h208-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110, 97530, 97140 and 97116, and wholly generic notes (an RIR "Balance training
/// per POC", a W7P "Balance and coordination work" with a one-on-one statement, an MWHC "Therapeutic exercise performed
/// per program", a CRWT "Functional activities as tolerated", a URPT "Manual therapy as tolerated");</item>
/// <item>ordinary (vord-h208-…): complete notes of these clinics that a reviewer passes (the false-positive guard), and
/// two complete notes with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — claim numbers, IOD numbers, dates
/// of injury, union locals, engine, ladder and rescue companies, rotations (14/14, 21/21, 28/14), restrictions and
/// loads in pounds, rung counts, ladder and scaffold heights in feet, box and tote weights, distances in feet, centimetres, degrees, seconds,
/// errors, lifting indices, kilograms of grip, case managers, adjusters, a captain, stewards, interpreters,
/// a company medic, a wife and other clients placed on the floor — and each is written so that a reviewer cannot take it
/// for a billed code's minutes; a code's minutes are written next to the code or its service (on its line, in a table's
/// cell, in an "=" list, as a clock range on the code's line, in words with the figure), and a work-conditioning or
/// work-hardening block's time is written beside 97545 or 97546 in hours; no note gives minutes to a drill, a rest, a
/// test or a station, except the one that gives two codes only a visit total; notes failed for want of a measure carry
/// no number but their code and its minutes and numbers that are plainly something else (a claim or IOD number, a
/// date of injury, a union local). DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at
/// all. A 97112 passes the measure check only on an objective measure with a number; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a
/// family member, interpreter, company medic, captain or staff member in the room does not undo a one-on-one statement,
/// another patient or client treated in the same block does, and a therapist attending someone else during the block is
/// not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges for a code, minutes of an exercise, a rest or a test, canalith repositioning, three-character or
/// dotless diagnosis codes, and any line with a code that has no documentation profile (heat, TENS, evaluations and
/// group classes stay in the notes, never on a line).
/// This set also leaves out what an occupational-health note could honestly be read either way on: a work restriction,
/// a job demand, an essential function or "return to full duty" as a note's only deficit; a lift test's pounds, a
/// job-demand grid, a functional capacity evaluation's numbers or a pass/fail of a job task as a 97112's only measure;
/// sitting, standing, driving or shift tolerances in minutes; a work-conditioning or work-hardening block written in
/// minutes or without its code; whether 97545/97546 may be billed with the PT's codes the same day and whether a
/// conditioning-floor 97110 or 97530 belongs on 97150 (coding questions, not the note's); a nurse case manager's call,
/// an adjuster's visit or an employer's walk-through inside the billed time; an interpreter by telephone as the only
/// witness of a one-on-one statement; effort or pain-behaviour observations (Waddell signs, a coefficient of variation,
/// "submaximal effort") as a measure or a deficit; a Spanish-only clinical sentence; and whether the care is related to
/// the injury or still necessary (the adjuster's and the UR reviewer's question, not the note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 108 of 109 cases agree (107 needed), and none of the 71 notes the reviewer passes got a finding, on the analyzer of f486599 (the 2026-12-08 twenty-eighth session, after the 201st-206th skipped facts and the 210th and 211th sets were worked through; nothing was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: met on its first run; unchanged on 872dc2e (108 of 109, no false positive).</para>
/// </summary>
public class HeldOutNotesIssue18TwoHundredEighthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in the writers' own words, negated, unstated

        // URPT ironworker "one on one, just the two of us in the back gym"; half-roller SLS eyes shut, BOSU step-and-stick with a bucket, hip perturbations on a beam; R ankle proprioception and slow strategy; SLS seconds and a count; 23 min matches: passes.
        ["v1-h208-urpt-ironworker-just-the-two-of-us"] = new(
            """
            UNION ROW PHYSICAL THERAPY — South Side, Pittsburgh
            Trade / Local: Ironworker, Local 3 (connector)
            Jobsite: hospital tower on the Bluff, raising steel on the 9th floor
            Claim: PA WC 26-118204 · DOI 01/14/2026 · adjuster: Kristen Malloy (Keystone Mutual)
            NMR (97112) 23 min — one on one, just the two of us in the back gym.
            What we did: single-leg stance on the half foam roller with his eyes shut, stepping onto the BOSU to a stop with a 20 lb bucket in the opposite hand, and perturbations at the hips while he balanced on a 4 in beam.
            Why: slow R ankle and hip strategy and poor R ankle proprioception since he came off the column; he has to walk a 6 in flange again.
            Numbers: SLS on foam eyes closed R 5 sec / L 14 sec; 7 of 10 BOSU landings held.
            Steward says the company has light duty on the ground (no climbing) till we clear him.
            Bernadette Kowalczyk, PT, DPT
            """,
            ["S93.401D", "R26.81"], [PT("97112", 23)], []),

        // SBOM ore-dock worker "Delivery: 1 therapist : 1 patient for all timed minutes"; rocker perturbations, foam-beam tandem with head turns, hurdle onto foam; postural control and L ankle proprioception; tandem seconds and FGA; "Timed Code Treatment Minutes: 97112 — 24": passes.
        ["v1-h208-sbom-ore-dock-one-therapist-one-patient"] = new(
            """
            ST. BRENDAN REGIONAL MEDICAL CENTER
            Occupational Medicine Physical Therapy — Superior, WI
            WORKERS' COMPENSATION DAILY TREATMENT NOTE
            Employer: ore dock contractor, Allouez   Claim: WI-26-00731   DOI: 12/29/2025
            Employer-reported essential functions: walk the dock gallery grating in wind and ice; climb the fixed ladders to the shuttle conveyor; step over chute hardware.
            Work status (per Occ Med provider): modified duty, ground level only, no ladders.
            Treatment:
            Neuromuscular re-education (97112): perturbation training on the rocker board in a split stance, tandem walking on a foam beam with head turns, stepping over a 12 in hurdle onto foam and holding.
            Delivery: 1 therapist : 1 patient for all timed minutes.
            Impairment: impaired postural control with a delayed stepping reaction; reduced L ankle proprioception after the L ankle fracture.
            Objective: tandem stance on foam 9 sec (4 sec at eval); FGA 22/30.
            Timed Code Treatment Minutes: 97112 — 24
            Plan of Care / RTW: progress to the ladder simulator next week; target full duty 4/20/2026.
            Electronically signed: Anneliese Haugland, PT
            """,
            ["S82.62XD"], [PT("97112", 24)], []),

        // W7P firefighter "Seen one-to-one; his captain dropped him off and waited in the engine outside" (not a patient); VOR x1 sitting to foam, corridor head turns, foam eyes closed with nods; central vestibular dysfunction after concussion; FGA; 22 min: passes.
        ["v1-h208-w7p-firefighter-captain-in-the-engine"] = new(
            """
            WARD SEVEN PHYSIOTHERAPY — City Employee Injury Program, Worcester
            Dept: WFD (Engine 6)   IOD #: 26-0419   Duty: off duty, no fire duty
            Rx 97112 — 22 min. Seen one-to-one; his captain dropped him off and waited in the engine outside.
             - VOR x1 with a letter target, sitting then standing on foam
             - walking the corridor with head turns to read the numbers on the doors
             - standing on foam, eyes closed, with slow head nods
            Obj: FGA 21/30 (16/30 at IE); DHI 38.
            Imp: central vestibular dysfunction after the concussion — a section of ceiling came down on his helmet at the Grafton St job; blurred vision with quick head turns.
            Plan: add the ladder and the SCBA next week. RTFD rec: not yet.
            Sinead Toomey, MSc PT
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // CRWT knife worker "Session: Individual (one-on-one) with the interpreter in the room the whole time" (interpreter, not a patient); wobble board in boots, foam SLS reaching to cones, step-and-stick; L ankle proprioception and slow peroneal response; SLS and Y-balance: passes.
        ["v1-h208-crwt-knife-worker-interpreter-in-room"] = new(
            """
            CANADIAN RIVER WORKER THERAPY — Cactus clinic
            Paciente / Patient: Tomás Yax   Planta / Plant: beef plant, Cactus   Línea / Line position: knife, chuck line
            Reclamo / Claim #: TX-WC 2026-55812   DOI: 02/02/2026
            Intérprete / Interpreter: Sra. Olvera (K'iche'/Spanish), in person
            Sesión / Session: Individual (one-on-one) with the interpreter in the room the whole time.
            97112 Neuromuscular re-education — 23 min
             • Standing on the wobble board in his rubber boots, weight shifts front-back and side to side
             • Single-leg stance on the foam pad reaching to cones at knife-station height
             • Step-and-stick off a 6 in step onto foam
            Impairment: L ankle proprioception and a slow peroneal response after the inversion sprain on the wet floor.
            Measures: SLS on foam L 7 s (R 18 s); Y-balance anterior reach L 54 cm / R 61 cm.
            Work status: light duty — seated trim table, no standing on the line.
            Mireya Castañeda, PT
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // GORW crane operator "PT hands-on, one-to-one, the whole block; the company medic sat in to learn the drills" (staff, not a patient); BOSU half-kneel rhythmic stabilisation, rocker perturbations eyes closed, ladder pushes; lumbopelvic control after L4 fracture; counts and SLS: passes.
        ["v1-h208-gorw-crane-operator-medic-sat-in"] = new(
            """
            GALLIANO OFFSHORE RETURN-TO-WORK CLINIC
            Company: Gulf platform operator (via Lafourche Marine Staffing)   Rotation: 14/14
            Claim #: LA-26-3090-G   DOI: 01/09/2026
            Offshore essential functions: climb the 40 ft caged ladder to the crane cab; walk grating in a 6 ft sea; ride the personnel basket.
            97112 neuromuscular re-ed — 22 min. PT hands-on, one-to-one, the whole block; the company medic (on his days off) sat in to learn the drills.
            Drills: rhythmic stabilization in half-kneel on the BOSU, perturbations on the rocker board with his eyes closed, climbing the practice ladder with a push at the hips on every third rung.
            Findings: poor lumbopelvic control and a late trunk response to perturbation after the L4 compression fracture (fall in the crane cab).
            Tested: 8 of 10 rocker perturbations caught without stepping off; SLS eyes closed R 12 s / L 10 s.
            Fit-for-duty target: crew change 4/8/2026.
            Remy Guidry, PT
            """,
            ["S32.040D"], [PT("97112", 22)], []),

        // FRRPT feller "1:1 w/ me the whole time, wife waited in the pickup"; foam SLS eyes closed with head turns, log step-overs to an Airex stick, rocker perturbations holding a bar; R ankle proprioception after tib/fib fracture; SLS and a count: passes.
        ["v1-h208-frrpt-feller-wife-in-the-pickup"] = new(
            """
            FISH RIVER RURAL PT — Fort Kent
            pt: Réal Pelletier, chainsaw feller (cutting crew, Allagash ops)
            WC claim ME 26-07713 · DOI 11/20/25 · adj: Northwoods Comp
            97112 22 min — 1:1 w/ me the whole time, wife waited in the pickup
            - SLS on foam w/ eyes closed + head turns
            - stepping over 2 logs laid on the mat → stick landing on the airex
            - perturbations on the rocker board holding a 10 lb bar like the saw
            pt can't feel where his R foot is on the snow crust; slow ankle righting → R ankle proprioception ↓ since the tib/fib fx
            meas: SLS foam EC R 4 s (L 13 s); 6/10 log step-overs stuck
            plan → snowshoe walk on the back lot next wk
            M. Ouellette, PT
            """,
            ["S82.201D"], [PT("97112", 22)], []),

        // MWHC millwright "97112 NMR — 23 min, done one-on-one in the side room, away from the conditioning floor", 97545 hours beside its code; ladder-to-grating perturbations, rocker SLS overhead reach, foam-beam tandem; R knee proprioception and quad timing after ACL; Y-balance and a count: passes.
        ["v1-h208-mwhc-millwright-side-room"] = new(
            """
            MILLWRIGHT WORK HARDENING CENTER — Hammond, IN
            STATION LOG · Client: D. Kowalski · mill millwright (hot strip) · Claim IN-26-11877 · DOI 10/31/2025
            Shift-Ready Program: Level 2
            97545 Work hardening, initial 2 hr — billed on the programme claim
            PT portion:
            97112 NMR — 23 min, done one-on-one in the side room, away from the conditioning floor.
              - STN 3 mock-up: stepping from the ladder rung onto the grated platform with perturbations at the pelvis
              - single-leg stance on the rocker board reaching overhead with a 5 lb wrench
              - tandem walk on the foam beam with his eyes on a moving target
            Deficit: decreased R knee proprioception and quad timing after the R ACL reconstruction; the knee gives way stepping off the ladder.
            Measure: Y-balance anterior R 58 cm (L 66 cm); 9/10 perturbations held.
            Effort: consistent across stations.
            """,
            ["S83.511D"], [PT("97112", 23)], []),

        // RIR order selector "Attendance: EE treated individually by the PT, no other patient in the gym for this block"; step-off-and-stick, rocker trunk perturbations, tandem head turns; L ankle strategy and proprioception; SLS and a count; adjuster box: passes.
        ["v1-h208-rir-selector-treated-individually"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Elwood, IL (Arsenal Rd)
            WC DAILY NOTE
            EE: Latrice Odom   Employer: regional grocery DC (order selector, freezer)   Claim #: IL-26-40917   DOI: 01/27/2026
            Work status: Modified duty — no lifting over 20 lb, no riding the pallet jack
            Job demands (per job description): step on and off the pallet jack hundreds of times a shift; lift cases 10 to 65 lb floor to shoulder
            TX:
            97112 NMR — 22 min
              Attendance: EE treated individually by the PT, no other patient in the gym for this block.
              Step-off-and-stick from a 10 in platform onto foam, perturbations at the trunk on the rocker board, tandem walking with head turns on the mat.
              Impairment: delayed L ankle strategy and reduced L ankle proprioception after the inversion sprain stepping off the jack.
              Measured: SLS L 8 s (R 21 s); 7/10 step-offs stuck.
            Effort / pain behaviour: full effort, no guarding.
            ==== ADJUSTER SUMMARY ====
            Progressing. Anticipate full duty after 4 more visits.
            ==========================
            Odell Fairbanks, PT
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // URPT carpenter "Had him to myself for the whole NMR block — nobody else was booked at 7" (a clock time); plank-on-foam perturbations, wobble-board step-ups with a tool belt, crossover steps; R knee proprioception and motor timing after MCL sprain; counts: passes.
        ["v1-h208-urpt-carpenter-had-him-to-myself"] = new(
            """
            UNION ROW PHYSICAL THERAPY
            Trade / Local: Carpenter, Local 432 — scaffold and formwork
            Jobsite: bridge deck over the Mon, scaffold bays three lifts up
            Claim #: PA WC 26-120377 · DOI 02/06/2026
            NMR (97112) 22 min. Had him to myself for the whole NMR block — nobody else was booked at 7.
            Worked on: lateral perturbations while he stood on a 2x10 plank laid on foam, stepping up onto and down off the wobble board with his loaded tool belt on, and crossover steps along the plank to a stop.
            Why: his R knee drops into valgus on landing and his quad fires late — R knee proprioception and motor timing after the MCL sprain.
            Numbers: 6 of 10 plank perturbations held without a step; single-leg squat to 45° with no valgus 5 of 8.
            Steward says there's ground-level form work if we give him a note.
            Jakub Zielinski, PT
            """,
            ["S83.411D"], [PT("97112", 22)], []),

        // SBOM PTA grain-terminal worker "97112 … — 23 min, direct one-on-one with the PTA; supervising PT on site"; Airex eyes closed with head turns, BOSU step-ups, ball catch on the rocker; postural control and R foot somatosensation; mCTSIB and a count: passes.
        ["v1-h208-sbom-pta-grain-terminal-direct-one-on-one"] = new(
            """
            ST. BRENDAN REGIONAL MEDICAL CENTER — Occupational Medicine Physical Therapy
            WORKERS' COMPENSATION DAILY TREATMENT NOTE (PTA)
            Employer: grain terminal, Superior harbor   Claim: WI-26-01288   DOI: 02/17/2026
            Employer-reported essential functions: climb the gallery stairs and catwalks over the bins; sweep and shovel on the bin floor.
            Treatment:
            97112 Neuromuscular re-education — 23 min, direct one-on-one with the PTA; supervising PT (K. Lindahl) on site.
            Interventions: standing on the Airex with eyes closed and slow head turns, lateral step-ups onto the BOSU to a stop, catching a 4 lb ball while standing on the rocker board.
            Impairment: decreased postural control with increased sway in the dark after the fall from the bin ladder; reduced somatosensation in the R foot.
            Objective: mCTSIB condition 4 19 sec (8 sec at eval); 5 of 6 BOSU steps held.
            Timed Code Treatment Minutes: 97112 — 23
            Signed: Tyler Rautio, PTA
            """,
            ["S93.601D", "R26.81"], [PTA("97112", 23)], []),

        // MWHC coke-plant operator 97110 "on the conditioning floor alongside two other clients on the sleds" — 97110 has no one-on-one check; trap-bar, goblet squat, carries, bird-dog with doses; lumbar and hip extensor weakness; lift test; 97546 hour beside its code: passes.
        ["v1-h208-mwhc-97110-floor-with-two-clients"] = new(
            """
            MILLWRIGHT WORK HARDENING CENTER — Hammond, IN
            STATION LOG · Client: R. Espinoza · coke-plant operator · Claim IN-26-12040 · DOI 12/03/2025
            Shift-Ready Program: Level 3
            97546 Work hardening, each additional hour: 1 hr — programme claim
            PT portion:
            97110 Therapeutic exercise — 16 min, on the conditioning floor alongside two other clients on the sleds.
              - trap-bar deadlift 3 x 6 at 95 lb
              - goblet squat 3 x 10 at 35 lb
              - farmer carry 4 x 100 ft with 40 lb in each hand
              - bird-dog 2 x 10 each side
            Deficit: lumbar and hip extensor weakness; he must lift 70 lb door-machine parts from the floor at the batteries.
            Measure: floor-to-waist lift 60 lb x 3 with good mechanics (45 lb last week).
            """,
            ["S39.012D"], [PT("97110", 16)], []),

        // MWHC crane hooker: "on the conditioning floor; I was also running two conditioning clients on the sleds during the block" — not one-on-one; otherwise complete (grated-beam tandem, rocker perturbations, foam SLS; postural control and L ankle proprioception; counts and seconds).
        ["v1-h208-mwhc-nmr-while-running-two-clients"] = new(
            """
            MILLWRIGHT WORK HARDENING CENTER — Hammond, IN
            STATION LOG · Client: T. Bragg · crane hooker (plate mill) · Claim IN-26-12215 · DOI 01/12/2026
            Shift-Ready Program: Level 1
            PT portion:
            97112 NMR — 22 min, on the conditioning floor; I was also running two conditioning clients on the sleds during the block.
              - STN 3 catwalk mock-up: tandem walking the 8 in grated beam with head turns
              - perturbations at the shoulders standing on the rocker board
              - single-leg stance on foam catching a ball
            Deficit: impaired postural control and slow reactive stepping after the fall from the crane ladder; L ankle proprioception reduced.
            Measure: tandem on the grated beam 11 steps before a step-off; SLS foam L 6 s.
            """,
            ["S82.842D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // RIR trailer unloader "Attendance: shared session — a second EE … worked on the rocker board beside him and I split cues between them": not one-on-one; otherwise complete.
        ["v1-h208-rir-shared-session-second-ee"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Joliet clinic (Houbolt Rd)
            WC DAILY NOTE
            EE: Marcus Tate   Employer: parcel sort hub (trailer unloader)   Claim #: IL-26-41250   DOI: 02/10/2026
            Work status: Modified duty — no trailer unloading, no lifting over 25 lb
            TX:
            97112 NMR — 23 min
              Attendance: shared session — a second EE from the same hub (different claim) worked on the rocker board beside him and I split cues between them.
              Perturbations on the rocker board, single-leg stance on the Airex with a box reach, stepping off a 12 in platform to a stop.
              Impairment: reduced R knee proprioception and a late quadriceps response after the R knee sprain on the trailer lip.
              Measured: SLS on the Airex R 9 s (L 20 s); 6/10 step-offs stuck.
            Effort / pain behaviour: consistent.
            ==== ADJUSTER SUMMARY ====
            Two more weeks anticipated before a full-duty trial.
            ==========================
            Odell Fairbanks, PT
            """,
            ["S83.91XD"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // CRWT dairy milker: complete 97112 (rocker with head turns, pit-step onto foam, Airex perturbations; R knee proprioception and quad timing; SLS and a count) with no session or interpreter line — one-on-one never stated.
        ["v1-h208-crwt-milker-no-attendance-line"] = new(
            """
            CANADIAN RIVER WORKER THERAPY — Dumas clinic
            Paciente / Patient: Joaquín Ledezma   Planta / Plant: dairy, Moore County   Línea / Line position: milker, parlor pit
            Reclamo / Claim #: TX-WC 2026-56177   DOI: 01/30/2026
            97112 Neuromuscular re-education — 22 min
             • Weight shifts on the rocker board with head turns
             • Stepping up the 14 in pit step onto foam and holding
             • Single-leg stance on the Airex with perturbations at the pelvis
            Impairment: R knee proprioception and quad timing after the knee sprain in the parlor pit; the knee buckles on the wet step.
            Measures: SLS on the Airex R 6 s (L 17 s); 5/10 perturbations held.
            Work status: light duty — calf barn feeding only.
            Mireya Castañeda, PT
            """,
            ["S83.91XD"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // GORW derrickman: complete 97112 (motion platform roll and pitch with a ball catch, foam SLS with head turns, pipe-rack step-overs onto an unstable pad; L ankle proprioception and delayed strategy; SLS and a count) with no attendance statement: one-on-one missing.
        ["v1-h208-gorw-derrickman-no-attendance"] = new(
            """
            GALLIANO OFFSHORE RETURN-TO-WORK CLINIC
            Company: jack-up drilling contractor   Rotation: 21/21   Crew change: Thursday
            Claim #: LA-26-3122-G   DOI: 12/18/2025
            Offshore essential functions: walk the pipe deck in motion; climb to the monkey board.
            97112 neuromuscular re-ed — 23 min
            Drills: standing on the motion platform set to roll and pitch while catching a ball, single-leg stance on foam with head turns, stepping over pipe-rack stand-ins onto an unstable pad.
            Findings: L ankle proprioception deficit and a delayed ankle strategy after the L ankle fracture (slip on the pipe deck).
            Tested: SLS on foam L 7 s (R 19 s); motion platform 4 of 6 wave sets without a hand on the rail.
            Fit-for-duty target: next hitch.
            Remy Guidry, PT
            """,
            ["S82.892D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox states (ticked, struck, unticked, ticked the other way, blank)

        // SBOM shipyard welder "Delivery: ☒ Individual ☐ Concurrent ☐ Group"; 97112 half-kneel perturbations, rocker SLS reach, foam-beam gap step; 97110 split squats, quadruped-to-tall-kneel, step-ups with doses; R knee proprioception, postural responses and quad weakness; SLS and MMT; "97112 — 22; 97110 — 13": passes.
        ["v2-h208-sbom-welder-individual-ticked-112-110"] = new(
            """
            ST. BRENDAN REGIONAL MEDICAL CENTER
            Occupational Medicine Physical Therapy — Superior, WI
            WORKERS' COMPENSATION DAILY TREATMENT NOTE
            Employer: shipyard, Fraser (welder, hull sections)   Claim: WI-26-00958   DOI: 01/21/2026
            Employer-reported essential functions: climb and work from scaffolding inside the hull; kneel and crawl in the double-bottom tanks; carry a 30 lb welding lead.
            Work status (per Occ Med provider): modified duty, no scaffolds, no confined space.
            Delivery: ☒ Individual ☐ Concurrent ☐ Group
            Treatment:
            Neuromuscular re-education (97112): half-kneel perturbations on foam, single-leg stance on the rocker board reaching to a weld-height target, stepping across a gap between two foam beams.
            Therapeutic exercise (97110): split squats 3 x 10 with 15 lb dumbbells, quadruped to tall-kneel transitions 2 x 10, step-ups onto a 12 in box 3 x 10.
            Impairment: reduced R knee proprioception and slow postural responses in kneeling and stance after the R patellar fracture; R quadriceps weakness.
            Objective: SLS on the rocker board R 6 sec (L 15 sec); R quad 4-/5.
            Timed Code Treatment Minutes: 97112 — 22; 97110 — 13
            Plan of Care / RTW: scaffold simulation next visit.
            Electronically signed: Anneliese Haugland, PT
            """,
            ["S82.001D"], [PT("97112", 22), PT("97110", 13)], []),

        // RIR yard jockey "Attendance: [x] 1:1  [ ] shared"; platform step-down onto foam, rocker perturbations eyes closed, gravel-tray stepping; R ankle and hip strategy and proprioception; Y-balance and SLS: passes.
        ["v2-h208-rir-yard-jockey-1to1-ticked"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Elwood, IL (Arsenal Rd)
            WC DAILY NOTE
            EE: Dwayne Kerrigan   Employer: intermodal yard (yard jockey)   Claim #: IL-26-41388   DOI: 02/03/2026
            Work status: Modified duty — no climbing onto the tractor deck, no lifting over 20 lb
            Job demands (per job description): climb onto the tractor catwalk to hook the glad hands; step down to gravel in the dark
            TX:
            97112 NMR — 23 min   Attendance: [x] 1:1  [ ] shared
              Three-point step-down from the 24 in platform to a foam pad, perturbations on the rocker board with eyes closed, stepping into a loose-gravel tray to a stop.
              Impairment: delayed R ankle and hip strategy on the step-down; poor R ankle proprioception after the R ankle sprain on the gravel.
              Measured: Y-balance posteromedial R 71 cm / L 84 cm; SLS eyes closed R 5 s.
            Effort / pain behaviour: full, consistent.
            ==== ADJUSTER SUMMARY ====
            Catwalk simulation to start next visit; full duty expected mid-April.
            ==========================
            Odell Fairbanks, PT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // W7P patrol officer "One-on-one: ✔"; hop-and-stick onto foam, rocker perturbations in the duty belt, reactive cutting with single-leg stops; L knee proprioception and neuromuscular control after ACL sprain; hop distance and a count: passes.
        ["v2-h208-w7p-patrol-officer-check-mark"] = new(
            """
            WARD SEVEN PHYSIOTHERAPY — City Employee Injury Program, Worcester
            Dept: WPD (patrol, Main South)   IOD #: 26-0388   Duty: light duty — desk, no patrol
            Rx 97112 — 23 min   One-on-one: ✔
             - hop-and-stick onto foam, forward and lateral
             - perturbations on the rocker board wearing the duty belt
             - cutting around cones to a called direction, stopping on one leg
            Obj: single-leg hop L 118 cm (R 151 cm); 7/10 reactive stops held.
            Imp: L knee proprioception and neuromuscular control deficit after the L ACL sprain going over a fence in a foot pursuit; valgus on landing.
            Plan: stair and curb sprints next. RTFD rec: no, reassess in 2 wk.
            Sinead Toomey, MSc PT
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // CRWT elevator hand "1:1? (X) Yes  ( ) No"; foam-beam walking with a shovel and head turns, Airex SLS with tosses, bin-ladder step-down onto a half roller; postural control and R ankle proprioception; SLS and FGA: passes.
        ["v2-h208-crwt-elevator-hand-yes-marked"] = new(
            """
            CANADIAN RIVER WORKER THERAPY — Dumas clinic
            Paciente / Patient: Efraín Solís   Planta / Plant: grain elevator, Sunray   Línea / Line position: elevator hand (bin sweep, boot pit)
            Reclamo / Claim #: TX-WC 2026-56402   DOI: 02/12/2026
            Intérprete / Interpreter: not needed
            1:1? (X) Yes  ( ) No
            97112 Neuromuscular re-education — 22 min
             • Walking on the foam beam carrying a scoop shovel, with head turns
             • Single-leg stance on the Airex catching and tossing a ball
             • Stepping down the mock bin ladder onto a half foam roller to a stop
            Impairment: impaired postural control and R ankle proprioception after the R fibula fracture (fell off the bin ladder).
            Measures: SLS on the Airex R 8 s (L 22 s); FGA 23/30.
            Work status: light duty — scale house only.
            Hugo Benavídez, PT
            """,
            ["S82.401D"], [PT("97112", 22)], []),

        // MWHC insulator "1:1 with PT: [x]" and "Balance methods: [x] rocker board [ ] BAPS [x] perturbation at the pelvis [ ] foam [x] ladder-rung step-off" (ticked boxes name the techniques); delayed stepping and L ankle proprioception; SLS and a count; 97545 beside its code: passes.
        ["v2-h208-mwhc-insulator-ticked-methods"] = new(
            """
            MILLWRIGHT WORK HARDENING CENTER — Hammond, IN
            STATION LOG · Client: L. Ostrowski · refinery insulator · Claim IN-26-12399 · DOI 11/17/2025
            Shift-Ready Program: Level 2
            97545 Work hardening, initial 2 hr — programme claim
            PT portion: 97112 NMR — 22 min   1:1 with PT: [x]
            Balance methods: [x] rocker board  [ ] BAPS  [x] perturbation at the pelvis  [ ] foam  [x] ladder-rung step-off (STN 3)
            Deficit: delayed stepping reaction and L ankle proprioception loss after the L calcaneus fracture (fell from the pipe-rack scaffold).
            Measure: SLS L 7 s (R 24 s); 6/10 ladder step-offs stuck.
            """,
            ["S92.002D"], [PT("97112", 22)], []),

        // GORW galley hand "Attendance: ☒ One-to-one   ☒ Concurrent — struck, entered in error (RG)" (the one-to-one box stands); motion-platform pot hold, stair descent with a tray and hip perturbations, foam SLS eyes closed; R knee proprioception and quad timing after meniscus repair; counts and SLS: passes.
        ["v2-h208-gorw-galley-hand-concurrent-struck"] = new(
            """
            GALLIANO OFFSHORE RETURN-TO-WORK CLINIC
            Company: catering contractor, deepwater platform   Rotation: 14/14
            Claim #: LA-26-3157-G   DOI: 01/26/2026
            Offshore essential functions: carry stock down the galley stairs in a seaway; stand at the range on a moving deck.
            97112 neuromuscular re-ed — 23 min
            Attendance: ☒ One-to-one   ☒ Concurrent — struck, entered in error (RG)
            Drills: motion platform in roll while holding a pot of water level, descending the practice stairs with a tray and perturbations at the hips, single-leg stance on foam with eyes closed.
            Findings: R knee proprioception and quad timing deficit after the R meniscus repair; sway and late knee control on the moving platform.
            Tested: stair descent with the tray 8 of 10 steps controlled; SLS foam EC R 6 s.
            Fit-for-duty target: crew change 4/15/2026.
            Remy Guidry, PT
            """,
            ["S83.241D"], [PT("97112", 23)], []),

        // URPT roofer "one on one" and "Today's NMR menu: [X] slope-board stance with perturbations [X] foam-beam walk with head turns [ ] BOSU [X] ladder-top step-off to a stop"; L ankle proprioception and slow hip strategy; seconds and a count: passes.
        ["v2-h208-urpt-roofer-menu-boxes-ticked"] = new(
            """
            UNION ROW PHYSICAL THERAPY — South Side, Pittsburgh
            Trade / Local: Roofer, Local 37 — commercial low-slope and steep
            Jobsite: school re-roof in Mt. Lebanon
            Claim #: PA WC 26-121090 · DOI 01/29/2026
            NMR (97112) 22 min, one on one.
            Today's NMR menu: [X] slope-board stance with perturbations  [X] foam-beam walk with head turns  [ ] BOSU  [X] ladder-top step-off to a stop
            Why: poor L ankle proprioception and a slow hip strategy on the pitched surface since the fall from the ladder at the gutter line.
            Numbers: slope-board stance eyes closed 14 sec (6 sec two weeks ago); 8 of 10 step-offs stuck.
            Steward says light duty is "ground man" work — hauling and cutting, no ladders.
            Jakub Zielinski, PT
            """,
            ["S93.492D"], [PT("97112", 22)], []),

        // SBOM housekeeper "☒ Individual" and "Impairment addressed: ☒ proprioception ☐ vestibular ☒ postural control ☐ strength" (the ticked boxes are the deficit); cart-push perturbations, foam-mat head turns, Airex overhead reach; SLS and FGA: passes.
        ["v2-h208-sbom-housekeeper-impairment-boxes-ticked"] = new(
            """
            ST. BRENDAN REGIONAL MEDICAL CENTER
            Occupational Medicine Physical Therapy — Superior, WI
            WORKERS' COMPENSATION DAILY TREATMENT NOTE
            Employer: St. Brendan Environmental Services (housekeeper, 4 West)   Claim: WI-26-01405   DOI: 02/24/2026
            Employer-reported essential functions: push the housekeeping cart; mop and step around wet floors; reach to high dusting.
            Work status (per Occ Med provider): modified duty, no wet-floor work.
            Delivery: ☒ Individual ☐ Concurrent ☐ Group
            Treatment: Neuromuscular re-education (97112) — perturbations at the pelvis while pushing the loaded cart, walking on the foam mat with head turns, single-leg stance on the Airex reaching overhead.
            Impairment addressed: ☒ proprioception  ☐ vestibular  ☒ postural control  ☐ strength
            Objective: SLS on the Airex L 9 sec (R 20 sec); FGA 24/30.
            Timed Code Treatment Minutes: 97112 — 22
            Electronically signed: Kristoffer Lindahl, PT
            """,
            ["S76.012D", "R26.81"], [PT("97112", 22)], []),

        // FRRPT log-truck driver "97112 23 min  1:1 [✓]"; truck-step step-down onto foam, rocker SLS with perturbations pulling a binder strap, 2x6 tandem eyes closed; late hip and ankle strategy, postural control; seconds and a count: passes.
        ["v2-h208-frrpt-log-truck-driver-ticked"] = new(
            """
            FISH RIVER RURAL PT — Fort Kent
            pt: Gaétan Cyr, log-truck driver (tri-axle, hauls to the Ashland yard)
            WC claim ME 26-07958 · DOI 12/30/25
            97112 23 min  1:1 [✓]
            - step-down off a 30 in box (truck step) onto foam → stick
            - SLS on the rocker board w/ perturbations while pulling a binder strap
            - tandem on the 2x6 w/ eyes closed
            pt slow to catch himself, R hip + ankle strategy late; postural control ↓ after the fall off the bunk (R hip contusion)
            meas: SLS rocker R 9 s; tandem 2x6 EC 7 s; 7/10 step-downs stuck
            F. Daigle, PT
            """,
            ["S70.01XD", "R26.81"], [PT("97112", 23)], []),

        // SBOM reel tender "Delivery: ☐ Individual ☐ Concurrent ☐ Group" with nothing ticked: one-on-one not stated; otherwise complete (rail step-overs onto foam, rocker head turns, stair descent with pushes; L ankle proprioception; SLS and Y-balance).
        ["v2-h208-sbom-reel-tender-delivery-unticked"] = new(
            """
            ST. BRENDAN REGIONAL MEDICAL CENTER
            Occupational Medicine Physical Therapy — Superior, WI
            WORKERS' COMPENSATION DAILY TREATMENT NOTE
            Employer: paper mill (reel tender, PM 2)   Claim: WI-26-00866   DOI: 01/08/2026
            Employer-reported essential functions: climb the catwalk stairs over the reel; step over the spool rails; walk the wet machine floor.
            Work status (per Occ Med provider): modified duty, no catwalks.
            Delivery: ☐ Individual ☐ Concurrent ☐ Group
            Treatment: Neuromuscular re-education (97112) — stepping over rail stand-ins onto foam and holding, perturbations on the rocker board with head turns, catwalk stair descent carrying a load with pushes at the hips.
            Impairment: reduced L ankle proprioception and a slow ankle strategy after the L ankle sprain on the wet machine floor.
            Objective: SLS L 7 sec (R 19 sec); Y-balance anterior L 57 cm / R 64 cm.
            Timed Code Treatment Minutes: 97112 — 23
            Electronically signed: Anneliese Haugland, PT
            """,
            ["S93.492D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // RIR conveyor tech "1:1 for all billed minutes? ☐ Yes ☒ No": not one-on-one; otherwise complete.
        ["v2-h208-rir-conveyor-tech-no-ticked"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Joliet clinic (Houbolt Rd)
            WC DAILY NOTE
            EE: Pedro Alcántar   Employer: e-commerce fulfillment centre (conveyor maintenance tech)   Claim #: IL-26-41502   DOI: 01/19/2026
            Work status: Modified duty — no mezzanine ladders, no lifting over 30 lb
            TX:
            97112 NMR — 22 min   1:1 for all billed minutes? ☐ Yes ☒ No
              Stepping from a ladder rung onto a foam platform to a stop, perturbations on the rocker board with a reach to a mock conveyor guard, tandem walking on the beam with head turns.
              Impairment: delayed R ankle strategy and decreased R ankle proprioception after the fall from the mezzanine ladder.
              Measured: SLS R 9 s (L 22 s); 5/10 step-offs stuck.
            Effort / pain behaviour: consistent.
            ==== ADJUSTER SUMMARY ====
            Ladder simulation next visit.
            ==========================
            Odell Fairbanks, PT
            """,
            ["S82.61XD"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // W7P sanitation loader "One-on-one: ✔ — struck, entered in error   Concurrent: ✔ (with another city EE on the bike)": one-on-one withdrawn and another patient in the block; otherwise complete.
        ["v2-h208-w7p-loader-one-on-one-struck"] = new(
            """
            WARD SEVEN PHYSIOTHERAPY — City Employee Injury Program, Worcester
            Dept: DPW Sanitation (loader, Route 14)   IOD #: 26-0507   Duty: light duty — yard sweeper
            Rx 97112 — 22 min   One-on-one: ✔ — struck, entered in error   Concurrent: ✔ (with another city EE on the bike)
             - step-off from back-step height onto foam, stick landing
             - perturbations on the rocker board holding a 30 lb bag
             - walking on the uneven-surface mat with head turns
            Obj: SLS on foam R 5 s (L 16 s); 6/10 step-offs stuck.
            Imp: R ankle proprioception and reactive control deficit after the R ankle fracture stepping off the packer truck.
            Plan: curb and step-off drills. RTFD rec: not yet.
            Sinead Toomey, MSc PT
            """,
            ["S82.891D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // CRWT pen rider "Measures: Y-balance composite: ____ %   SLS: ____ s" left blank — no number but the claim number, the date of injury, the code and its minutes: measure missing; one-on-one, techniques and trunk postural control present.
        ["v2-h208-crwt-pen-rider-measures-blank"] = new(
            """
            CANADIAN RIVER WORKER THERAPY — Dumas clinic
            Paciente / Patient: Baltazar Reyes   Planta / Plant: feedyard north of Dumas   Línea / Line position: pen rider
            Reclamo / Claim #: TX-WC 2026-56533   DOI: 01/05/2026
            Sesión / Session: Individual (one-on-one)
            97112 Neuromuscular re-education — 23 min
             • Sitting on the physio ball with perturbations at the trunk, feet off the floor
             • Rhythmic stabilization in half-kneel on foam
             • Stepping into and out of a mock stirrup onto an unstable pad
            Impairment: poor trunk and pelvic postural control and delayed righting after the fall from the horse.
            Measures: Y-balance composite: ____ %   SLS: ____ s
            Work status: no riding; feed truck only.
            Hugo Benavídez, PT
            """,
            ["S39.012D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // SBOM carman "Impairment addressed: ☐ proprioception ☐ vestibular ☐ postural control ☐ strength   Other: ______" — no box ticked and nothing else names a target: deficit missing; one-on-one, techniques and measures present.
        ["v2-h208-sbom-carman-impairment-row-blank"] = new(
            """
            ST. BRENDAN REGIONAL MEDICAL CENTER
            Occupational Medicine Physical Therapy — Superior, WI
            WORKERS' COMPENSATION DAILY TREATMENT NOTE
            Employer: rail car repair shop (carman)   Claim: WI-26-01517   DOI: 02/26/2026
            Delivery: ☒ Individual ☐ Concurrent ☐ Group
            Treatment: Neuromuscular re-education (97112) — stepping up onto the car-step mock-up and down onto foam to a stop, perturbations on the rocker board with eyes closed, tandem walking on the foam beam with head turns.
            Impairment addressed: ☐ proprioception  ☐ vestibular  ☐ postural control  ☐ strength   Other: ______
            Objective: SLS eyes closed 6 sec; tandem on foam 10 sec.
            Timed Code Treatment Minutes: 97112 — 22
            Electronically signed: Kristoffer Lindahl, PT
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and techniques (and a programme's name alone)

        // URPT elevator constructor: PNF D2 flexion/extension with rhythmic stabilisation on foam and overhead perturbations; R scapular motor control and shoulder joint position sense; joint-position error degrees and a count; "one on one": passes.
        ["v3-h208-urpt-elevator-constructor-pnf-d2"] = new(
            """
            UNION ROW PHYSICAL THERAPY — South Side, Pittsburgh
            Trade / Local: Elevator constructor, Local 6
            Jobsite: hoistway in a Downtown office conversion — works overhead from the car top and the scaffold
            Claim #: PA WC 26-119655 · DOI 12/11/2025
            NMR (97112) 23 min, one on one in the back gym.
            PNF: D2 flexion/extension of the R arm with rhythmic stabilization at end range, standing on foam; then D2 holding a 3 lb rail clip overhead while I gave perturbations at the trunk.
            Why: poor R scapular motor control and shoulder joint position sense after the R rotator cuff strain; the arm "drifts" reaching to the rail brackets overhead.
            Numbers: shoulder joint-position error at 120° flexion 9° (15° at IE); 6 of 8 rhythmic-stabilization holds without a break.
            Jakub Zielinski, PT
            """,
            ["S46.011D"], [PT("97112", 23)], []),

        // W7P traffic officer "One-on-one: ✔"; VOR x2 gaze stabilisation, optokinetic street-video habituation on foam, head turns tracking called numbers; R vestibular hypofunction and motion sensitivity after a cruiser collision; DVA lines and FGA: passes.
        ["v3-h208-w7p-traffic-officer-vor-x2-habituation"] = new(
            """
            WARD SEVEN PHYSIOTHERAPY — City Employee Injury Program, Worcester
            Dept: WPD (traffic division)   IOD #: 26-0462   Duty: off duty per Occ Health
            Rx 97112 — 22 min   One-on-one: ✔
             - gaze stabilization VOR x2 (card moving opposite the head), sitting then standing
             - habituation: quick pivot turns to scan a busy-street video on the big screen, standing on foam
             - walking with horizontal head turns while naming a called number on the wall chart
            Obj: DVA loss 4 lines (6 lines at IE); FGA 22/30.
            Imp: R peripheral vestibular hypofunction and motion sensitivity after the cruiser collision on I-290 (rear-ended at the Lincoln St exit); oscillopsia checking his mirrors.
            Plan: add driving-simulator scanning. RTFD rec: not yet.
            Sinead Toomey, MSc PT
            """,
            ["S06.0X0D", "H81.91"], [PT("97112", 22)], []),

        // RIR reach-truck operator "Perturbation training (Fitzgerald progression): roller-board and platform, rocker-board and tilt-board translations"; R knee neuromuscular control and quad-hamstring timing after ACL reconstruction; hop percentage and a count; "[x] 1:1": passes.
        ["v3-h208-rir-reach-truck-fitzgerald-perturbation"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Elwood, IL (Arsenal Rd)
            WC DAILY NOTE
            EE: Keisha Monroe   Employer: furniture DC (reach-truck operator)   Claim #: IL-26-41177   DOI: 12/08/2025
            Work status: Modified duty — sit-down forklift only
            Job demands (per job description): step up into and down from the reach truck; walk the racking aisles; occasional ladder to 8 ft
            TX:
            97112 NMR — 22 min   Attendance: [x] 1:1  [ ] shared
              Perturbation training (Fitzgerald progression): roller-board and platform, rocker-board and tilt-board translations in double- then single-leg stance, random direction, knee kept soft.
              Impairment: R knee neuromuscular control and quad-hamstring timing deficit after the R ACL reconstruction; the knee "shifts" stepping off the truck.
              Measured: single-leg hop R 82% of L; tilt-board single-leg 7 of 10 perturbations controlled.
            Effort / pain behaviour: full effort.
            ==== ADJUSTER SUMMARY ====
            On track. Return to the reach truck targeted once the hop tests reach 90%.
            ==========================
            Odell Fairbanks, PT
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // GORW wind-farm technician 97530 job simulation: platform-to-ladder transfers, harness ladder climbs, tool-bag hauls with counts and loads; L shoulder elevation strength and grip endurance after cuff repair; grip kilograms: passes.
        ["v3-h208-gorw-wind-tech-97530-boat-landing-simulation"] = new(
            """
            GALLIANO OFFSHORE RETURN-TO-WORK CLINIC
            Company: offshore wind O&M contractor (turbine technician)   Rotation: 14/14
            Claim #: LA-26-3201-G   DOI: 11/04/2025
            Offshore essential functions: step from the crew boat to the boat-landing ladder; climb the 60 ft tower ladder in a harness; haul a 25 lb tool bag.
            97530 therapeutic activities — 24 min
            Job simulation: step-across from the motion platform to the fixed practice ladder on the swell, 10 transfers; ladder climbs of 20 rungs with three points of contact and the harness on, 4 rounds; hauling a 25 lb tool bag hand over hand up 12 ft, 6 pulls.
            Findings: L shoulder elevation strength and grip endurance limited after the L rotator cuff repair — she can't yet keep her grip for the full tower climb.
            Tested: L grip 26 kg (R 34 kg); 4 of 4 ladder rounds without stopping at the platform.
            Fit-for-duty target: crew change 5/6/2026.
            Remy Guidry, PT
            """,
            ["S46.012D"], [PT("97530", 24)], []),

        // W7P water-main laborer 97140: Mulligan SNAGs at L4/5, muscle energy for the R innominate, STM to paraspinals and QL; L4/5 flexion hypomobility and R SIJ dysfunction; sit-and-reach and doses: passes.
        ["v3-h208-w7p-water-crew-97140-snags-met"] = new(
            """
            WARD SEVEN PHYSIOTHERAPY — City Employee Injury Program, Worcester
            Dept: DPW Water (main-break crew, laborer)   IOD #: 26-0533   Duty: light duty — meter shop
            Rx 97140 — 12 min
             - Mulligan SNAGs L4/5 into flexion in sitting, 3 x 6
             - muscle energy technique for the R anterior innominate, 4 contractions x 3
             - STM to the R lumbar paraspinals and QL
            Obj: lumbar flexion fingertips to mid-shin (knee at IE); sit-and-reach +4 cm.
            Imp: L4/5 flexion hypomobility and R SIJ dysfunction after the fall into the trench; can't bend to set the trench-box pins.
            Plan: progress to loaded flexion. RTFD rec: 2 more wk.
            Sinead Toomey, MSc PT
            """,
            ["S33.5XXD"], [PT("97140", 12)], []),

        // FRRPT PTA skidder operator 97110: Turkish get-ups, bottoms-up kettlebell carry, prone Y-T-W, cable choker pulls with doses; R shoulder ER and scapular retractor weakness with a choker and handhold goal; MMT and ER degrees: passes.
        ["v3-h208-frrpt-pta-skidder-97110-get-ups-carries"] = new(
            """
            FISH RIVER RURAL PT — Fort Kent
            pt: Normand Thibodeau, skidder operator (climbs on and off the machine all day, sets chokers)
            WC claim ME 26-08004 · DOI 01/07/26
            97110 16 min
            - Turkish get-up w/ 15 lb KB 2x3 ea side
            - bottoms-up KB carry 4x60 ft R arm
            - prone Y-T-W w/ 3 lb 2x10
            - cable pull-down to the hip (choker pull) 3x12 @ 30 lb
            R shoulder ER + scapular retractor weakness since the cable snapped back on him; can't pull chokers or grab the cab handhold overhead
            meas: R ER 4-/5 → 4/5; ER at 90° abd 70° (60° last wk)
            plan → chain-drag sled next wk
            C. Michaud, PTA
            """,
            ["S43.421D"], [PTA("97110", 16)], []),

        // MWHC pipefitter 97530 at the stations: pallet build, overhead valve wheel, ladder with a tool bucket, counts and loads; R shoulder elevation endurance and lumbar lifting tolerance; 97546 hours beside its code: passes.
        ["v3-h208-mwhc-pipefitter-97530-stations"] = new(
            """
            MILLWRIGHT WORK HARDENING CENTER — Hammond, IN
            STATION LOG · Client: A. Greer · refinery pipefitter · Claim IN-26-12466 · DOI 12/15/2025
            Shift-Ready Program: Level 4
            97546 Work hardening, each additional hour: 2 hr — programme claim
            PT portion:
            97530 Therapeutic activities — 23 min
              - STN 1 pallet build: stacking 40 lb boxes from the floor to 48 in, 3 pallets of 12
              - STN 2 overhead valve wheel: 20 turns open and closed, 5 rounds, standing on the platform
              - STN 3 ladder: 14 rungs up and down carrying a 10 lb tool bucket, 6 trips
            Deficit: R shoulder elevation endurance and lumbar tolerance to repeated floor lifts after the R shoulder and low back strain (fell on the pipe rack).
            Measure: all 3 pallets built with consistent squat mechanics; valve wheel 5 rounds without the arm dropping below shoulder height.
            """,
            ["S46.911D", "S39.012D"], [PT("97530", 23)], []),

        // FRRPT processor operator 97116: gait training on gravel, rutted snow and a grassy slope with a stick, brush and log step-overs, downhill side-stepping; L antalgic gait after bimalleolar fracture; distance, SBA and a count: passes.
        ["v3-h208-frrpt-processor-op-97116-uneven-ground"] = new(
            """
            FISH RIVER RURAL PT — Fort Kent
            pt: Yvon Dubé, processor operator (landing crew) — walks the landing and the slash piles to service the machine
            WC claim ME 26-07842 · DOI 12/02/25
            97116 18 min
            - gait training on the back lot: packed gravel → rutted snow → the grassy slope, w/ his walking stick
            - stepping over brush and a 6 in log on the path, cue heel strike + longer L step
            - downhill w/ side-stepping on the steep part
            L antalgic gait, short stance on the L after the bimalleolar fx, ankle won't roll over on the slope
            meas: 600 ft on mixed ground w/ walking stick, SBA on the slope; log step-overs w/o touching 8/8
            plan → boots + chainsaw-weight pack next wk
            M. Ouellette, PT
            """,
            ["S82.842D"], [PT("97116", 18)], []),

        // CRWT hand therapist (OT) knife worker 97110: eccentric FlexBar Tyler twists, eccentric wrist extension, hammer pronation/supination, putty with doses; R lateral epicondylalgia with extensor weakness; pain-free grip: passes.
        ["v3-h208-crwt-ot-knife-worker-97110-tyler-twist"] = new(
            """
            CANADIAN RIVER WORKER THERAPY — Cactus clinic (hand therapy)
            Paciente / Patient: Ana Lucía Pérez   Planta / Plant: beef plant, Cactus   Línea / Line position: knife, rib trim
            Reclamo / Claim #: TX-WC 2026-55947   DOI: 01/13/2026
            Intérprete / Interpreter: Sr. Paz, in person
            97110 Therapeutic exercise — 15 min
             • Eccentric wrist extension with the red FlexBar (Tyler twist) 3 x 15
             • Eccentric wrist extension with a 2 lb dumbbell off the table edge 3 x 15
             • Supination/pronation with a hammer 2 x 15
             • Grip putty squeezes 2 x 20
            Impairment: R lateral epicondylalgia with wrist extensor weakness; pain gripping the knife and hooking meat.
            Measures: pain-free grip R 18 kg (L 32 kg).
            Work status: light duty — box room labels, no knife.
            Rosalba Treviño, OTR/L, CHT
            """,
            ["M77.11"], [OT("97110", 15)], []),

        // MWHC larry-car operator: "Activity: Shift-Ready Program, Level 3 — all of Level 3 completed as written." is the only technique; one-on-one, R ankle proprioception and SLS/tandem present: technique missing.
        ["v3-h208-mwhc-shift-ready-level-3-only"] = new(
            """
            MILLWRIGHT WORK HARDENING CENTER — Hammond, IN
            STATION LOG · Client: J. Nowak · coke-plant larry car operator · Claim IN-26-12501 · DOI 01/22/2026
            97545 Work hardening, initial 2 hr — programme claim
            PT portion: 97112 NMR — 22 min, one-on-one with the PT.
            Activity: Shift-Ready Program, Level 3 — all of Level 3 completed as written.
            Deficit: R ankle proprioception and slow stepping reactions after the R ankle fracture (stepped off the larry car track).
            Measure: SLS R 8 s (L 21 s); tandem 10 steps without a step-off.
            """,
            ["S82.61XD"], [PT("97112", 22)], [At(Tech, "97112")]),

        // RIR pallet-wrap operator 97110: "Back-to-the-Dock protocol, phase 2, as prescribed." is the only exercise content; lumbar extensor weakness and flexion and Biering-Sørensen measures present: technique missing.
        ["v3-h208-rir-back-to-the-dock-phase-2-only"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Elwood, IL (Arsenal Rd)
            WC DAILY NOTE
            EE: Brandon Sikes   Employer: beverage DC (pallet-wrap operator)   Claim #: IL-26-41623   DOI: 02/19/2026
            Work status: Modified duty — no lifting over 20 lb, no repetitive bending
            TX:
            97110 Ther ex — 18 min
              Back-to-the-Dock protocol, phase 2, as prescribed.
              Impairment: lumbar extensor weakness and poor tolerance to repeated forward bending after the lumbar strain wrapping pallets.
              Measured: lumbar flexion 55° (40° at IE); Biering-Sørensen test 48 s (31 s at IE).
            Effort / pain behaviour: consistent, no guarding.
            ==== ADJUSTER SUMMARY ====
            Phase 3 next week.
            ==========================
            Odell Fairbanks, PT
            """,
            ["S39.012D"], [PT("97110", 18)], [At(Tech, "97110")]),

        // GORW supply-boat deckhand: "Drills: Offshore Ready circuit, card 4 — all stations." is the only technique; one-to-one, R ankle proprioception and delayed strategy, SLS and Y-balance present: technique missing.
        ["v3-h208-gorw-offshore-ready-card-4-only"] = new(
            """
            GALLIANO OFFSHORE RETURN-TO-WORK CLINIC
            Company: supply-boat operator (deckhand)   Rotation: 21/14
            Claim #: LA-26-3244-G   DOI: 01/31/2026
            Offshore essential functions: work the back deck in a seaway; handle lines; climb to the upper deck on the outside ladder.
            97112 neuromuscular re-ed — 23 min. One-to-one with the PT throughout.
            Drills: Offshore Ready circuit, card 4 — all stations.
            Findings: delayed ankle and hip strategy with reduced R ankle proprioception after the R ankle sprain on the wet back deck.
            Tested: SLS on foam R 6 s (L 18 s); Y-balance anterior R 59 cm / L 67 cm.
            Fit-for-duty target: next hitch.
            Remy Guidry, PT
            """,
            ["S93.401D"], [PT("97112", 23)], [At(Tech, "97112")]),

        // FRRPT chip-van driver: "did: Woods-Ready step 5, whole sheet" is the only technique; "1:1 w/ me", L ankle joint position sense and peroneal timing, SLS and Y-balance present: technique missing.
        ["v3-h208-frrpt-woods-ready-step-5-only"] = new(
            """
            FISH RIVER RURAL PT — Fort Kent
            pt: Lucien Michaud, chip-van driver (also climbs the van ladder to check the load)
            WC claim ME 26-08117 · DOI 02/09/26
            97112 22 min 1:1 w/ me
            did: Woods-Ready step 5, whole sheet
            pt's L ankle joint position sense ↓ + slow peroneal kick-in since the sprain jumping off the van ladder
            meas: SLS L 5 s EC (R 15 s); Y-bal ant L 61 / R 68 cm
            next → step 6
            F. Daigle, PT
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // URPT bricklayer's tender: "his L foot rolls into inversion on the rung edge and he can't feel it coming or correct it — delayed peroneal response and poor L ankle joint position sense (… 7° vs 2°)"; rung-stance perturbations, rocker SLS with a pail, plank step-off; counts and SLS; one on one: passes.
        ["v4-h208-urpt-tender-ankle-rolls-on-the-rung"] = new(
            """
            UNION ROW PHYSICAL THERAPY — South Side, Pittsburgh
            Trade / Local: Bricklayer's tender (laborer), Local 373
            Jobsite: church restoration in Lawrenceville — carries mortar up the scaffold ladder
            Claim #: PA WC 26-120851 · DOI 02/13/2026
            NMR (97112) 22 min — one on one.
            What we did: stance on the third rung of the practice ladder with perturbations at the pelvis, single-leg stance on the rocker board holding a 25 lb mortar pail, stepping off the scaffold-plank mock-up onto foam to a stop.
            What I found: his L foot rolls into inversion on the rung edge and he can't feel it coming or correct it — delayed peroneal response and poor L ankle joint position sense (active repositioning error 7° vs 2° on the R).
            Numbers: rung stance with perturbations 6 of 10 held; SLS on the rocker L 7 sec.
            Steward says the contractor has flagging work until he's cleared.
            Bernadette Kowalczyk, PT, DPT
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // RIR high-bay order picker: "the labels 'bounce' and she gets woozy looking up the racking — impaired vertical VOR gain with motion sensitivity after the concussion"; VOR x1 up and down, aisle walking with vertical head turns, foam with upward glances; DVA and FGA; "[x] 1:1": passes.
        ["v4-h208-rir-picker-labels-bounce-looking-up"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Joliet clinic (Houbolt Rd)
            WC DAILY NOTE
            EE: Aisha Brandt   Employer: home-goods DC (order picker, high-bay)   Claim #: IL-26-41719   DOI: 02/05/2026
            Work status: Off work per Occ Med until cleared to operate the order picker
            Job demands (per job description): ride the order picker to 30 ft, look up and down the racking, scan labels while moving
            TX:
            97112 NMR — 23 min   Attendance: [x] 1:1  [ ] shared
              Gaze stabilization VOR x1 looking up and down at a label target, walking the mock aisle with vertical head turns to read labels, standing on foam with quick upward glances.
              Impairment: the labels "bounce" and she gets woozy looking up the racking — impaired vertical VOR gain with motion sensitivity after the concussion (a case of glassware fell from the second beam level onto her head).
              Measured: DVA 3 lines lost (5 at IE); FGA 23/30.
            Effort / pain behaviour: consistent.
            ==== ADJUSTER SUMMARY ====
            Improving. Order-picker simulation to be added when DVA is within 2 lines.
            ==========================
            Tamsin Oyelaran, PT
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // CRWT hide-room worker: "the R knee gives way on the wet platform grating — R quadriceps inhibition with reduced R knee joint position sense (repositioning error 8° …)"; wet-mat foam perturbations, platform step-down onto the rocker, reactive stepping to a belt tug; SLS and a count; one-on-one with the interpreter: passes.
        ["v4-h208-crwt-hide-room-knee-gives-way"] = new(
            """
            CANADIAN RIVER WORKER THERAPY — Cactus clinic
            Paciente / Patient: Wilmer Tzul   Planta / Plant: beef plant, Cactus   Línea / Line position: hide room, hide-puller platform
            Reclamo / Claim #: TX-WC 2026-56019   DOI: 01/20/2026
            Intérprete / Interpreter: Sra. Olvera (K'iche'/Spanish), in person
            Sesión / Session: Individual (one-on-one)
            97112 Neuromuscular re-education — 22 min
             • Single-leg stance on a wet rubber mat over foam with perturbations at the pelvis
             • Step-down from the 16 in platform onto the rocker board to a stop
             • Reactive stepping to a tug on a belt from behind
            Impairment: the R knee gives way on the wet platform grating — R quadriceps inhibition with reduced R knee joint position sense (repositioning error 8° at 45° flexion) after the R knee sprain.
            Measures: SLS on foam R 8 s (L 21 s); 7/10 step-downs stuck.
            Work status: light duty — hide trimming table, floor level.
            Mireya Castañeda, PT
            """,
            ["S83.91XD"], [PT("97112", 22)], []),

        // GORW roustabout: "sways and grabs for the rail as soon as vision is taken away — poor use of somatosensory input with heavy visual reliance after the fall from the catwalk"; foam eyes closed in dim light, rocker perturbations eyes closed, catwalk grating with a bucket and head turns; mCTSIB and distance; one-to-one: passes.
        ["v4-h208-gorw-roustabout-sways-without-vision"] = new(
            """
            GALLIANO OFFSHORE RETURN-TO-WORK CLINIC
            Company: production platform operator (roustabout)   Rotation: 14/14
            Claim #: LA-26-3276-G   DOI: 12/06/2025
            Offshore essential functions: walk grating and catwalks at night; climb the stairs between decks with a load; work the cellar deck in a swell.
            97112 neuromuscular re-ed — 22 min. One-to-one, hands-on, the whole block.
            Drills: standing on foam with eyes closed and the lights dimmed, perturbations on the rocker board with eyes closed, walking the practice catwalk grating with a 20 lb bucket and head turns.
            Findings: sways and grabs for the rail as soon as vision is taken away — poor use of somatosensory input with heavy visual reliance after the fall from the catwalk (L5 transverse process fracture; foot numbness in both feet, resolving).
            Tested: mCTSIB condition 4 11 s (5 s at IE); catwalk walk with head turns 30 ft, no hand on the rail.
            Fit-for-duty target: crew change 4/22/2026.
            Remy Guidry, PT
            """,
            ["S32.058D", "R26.81"], [PT("97112", 22)], []),

        // RIR PTA floor loader 97110: flexion with a dumbbell, side-lying ER, push-up plus, band rows, overhead carton press with doses; "R shoulder flexor and external rotator weakness … he can't lift cartons to the top pallet tier"; AROM degrees: passes.
        ["v4-h208-rir-pta-loader-97110-top-pallet-tier"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Elwood, IL (Arsenal Rd)
            WC DAILY NOTE (PTA)
            EE: Rogelio Vance   Employer: appliance DC (floor loader)   Claim #: IL-26-41755   DOI: 01/06/2026
            Work status: Modified duty — no lifting above shoulder, no lifting over 20 lb
            Job demands (per job description): hand-stack cartons of 20 to 45 lb onto pallets up to 72 in
            TX:
            97110 Ther ex — 17 min
              Standing shoulder flexion to 150° with a 3 lb dumbbell 3 x 10, side-lying ER with 4 lb 3 x 12, wall push-up plus 2 x 15, rows with the green band 3 x 15, overhead carton press with an empty carton to the 60 in shelf 2 x 10.
              Impairment: R shoulder flexor and external rotator weakness (flexion 4-/5, ER 4-/5) after the R rotator cuff strain — he can't lift cartons to the top pallet tier above his shoulder.
              Measured: R shoulder flexion AROM 148° (130° at IE).
            Effort / pain behaviour: consistent; mild guarding at end range.
            ==== ADJUSTER SUMMARY ====
            Overhead lifting to be added at the next visit.
            ==========================
            Javier Moss, PTA (supervising PT: Odell Fairbanks)
            """,
            ["S46.011D"], [PTA("97110", 17)], []),

        // FRRPT log-truck driver 97530: cab entry and exit on the truck-step mock-up, trailer-deck box climb with a chain throw, kneel-and-rise at the bunk with counts; "L knee won't let him up the cab steps — L quad weakness + knee flexion limited …"; counts and degrees: passes.
        ["v4-h208-frrpt-driver-97530-cab-steps"] = new(
            """
            FISH RIVER RURAL PT — Fort Kent
            pt: Armand Gagnon, log-truck driver (climbs onto the trailer to chain the wood, into the cab a dozen times a day)
            WC claim ME 26-07901 · DOI 12/15/25
            97530 20 min
            - cab entry + exit on the truck-step mock-up (3 steps + grab handle), 10 reps, 3 points of contact
            - climbing onto the 48 in trailer-deck box and throwing a binder chain over, 6 reps
            - kneeling to hook the chain at the bunk + getting up w/o hands, 8 reps
            L knee won't let him up the cab steps — L quad weakness + knee flexion limited to 105° after the tibial plateau fx; can't stay kneeling on it
            meas: cab entries 10/10 w/ handle, no L knee buckling; knee flex 105° → 112°
            plan → add the load-binder pull next wk
            F. Daigle, PT
            """,
            ["S82.102D"], [PT("97530", 20)], []),

        // URPT electrician 97140: thoracic PAs T4–T8, seated rotation mobilisation with a belt, STM to rhomboids and levator; "thoracic rotation to the R limited and stiff at T5–T7, and he can't turn his trunk to keep the drill square overhead"; rotation degrees: passes.
        ["v4-h208-urpt-electrician-97140-thoracic-rotation"] = new(
            """
            UNION ROW PHYSICAL THERAPY — South Side, Pittsburgh
            Trade / Local: Electrician, IBEW Local 5
            Jobsite: data-centre fit-out in the Strip — drills and hangs conduit overhead from a lift
            Claim #: PA WC 26-121344 · DOI 02/02/2026
            Manual (97140) 11 min — one on one.
            What we did: prone central PA mobilizations T4–T8 grade III, seated thoracic rotation mobilization with a belt to the R, STM to the R rhomboids and levator.
            What I found: thoracic rotation to the R limited and stiff at T5–T7, and he can't turn his trunk to keep the drill square overhead; R periscapular muscle guarding.
            Numbers: seated thoracic rotation R 32° → 41° after manual (L 50°).
            Bernadette Kowalczyk, PT, DPT
            """,
            ["S23.3XXD"], [PT("97140", 11)], []),

        // SBOM switchman 97116: ballast-box and gravel-path gait with a cane, roll-over and step-length cues, side-stepping the mock rail; "R antalgic gait with a short R stance and no push-off after the R calcaneus fracture"; distance, assistance and stance times: passes.
        ["v4-h208-sbom-switchman-97116-antalgic-on-ballast"] = new(
            """
            ST. BRENDAN REGIONAL MEDICAL CENTER
            Occupational Medicine Physical Therapy — Superior, WI
            WORKERS' COMPENSATION DAILY TREATMENT NOTE
            Employer: short-line railroad, Superior yard (conductor/switchman)   Claim: WI-26-00694   DOI: 11/25/2025
            Employer-reported essential functions: walk the ballast along the cuts; climb the car ladders; step off moving equipment (not yet permitted).
            Work status (per Occ Med provider): sedentary, yard office.
            Delivery: ☒ Individual ☐ Concurrent ☐ Group
            Treatment: Gait training (97116) — walking the ballast box in the gym and the gravel path outside with a single-point cane, cues for R heel-to-toe roll-over and equal step length; side-stepping along the mock rail.
            Impairment: R antalgic gait with a short R stance and no push-off after the R calcaneus fracture; he can't walk the ballast along the cuts.
            Objective: 400 ft on gravel with the cane, modified independent; R stance 0.48 s vs L 0.66 s on the walkway mat.
            Timed Code Treatment Minutes: 97116 — 19
            Electronically signed: Kristoffer Lindahl, PT
            """,
            ["S92.001D"], [PT("97116", 19)], []),

        // URPT glazier: "Why: see IE." — no deficit or system stated anywhere; one on one, foam eyes closed with head turns, rocker perturbations, rail step-over to a stick, SLS and a count present: deficit missing.
        ["v4-h208-urpt-glazier-why-see-ie"] = new(
            """
            UNION ROW PHYSICAL THERAPY — South Side, Pittsburgh
            Trade / Local: Glazier, Local 751
            Jobsite: office tower on the North Shore
            Claim #: PA WC 26-121508 · DOI 02/20/2026
            NMR (97112) 23 min — one on one.
            What we did: stance on the foam pad with eyes closed and head turns, perturbations on the rocker board holding a suction-cup lifter out in front, stepping over the swing-stage rail mock-up to a stick landing.
            Why: see IE.
            Numbers: SLS eyes closed 9 sec; 7 of 10 perturbations held.
            Jakub Zielinski, PT
            """,
            ["S93.401D"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // MWHC cold-mill laborer 97110: trap-bar, goblet squat, sled push, suitcase carry with doses and a load measure, "Deficit: —" and no region, impairment or goal anywhere: deficit missing.
        ["v4-h208-mwhc-97110-deficit-dash"] = new(
            """
            MILLWRIGHT WORK HARDENING CENTER — Hammond, IN
            STATION LOG · Client: K. Jablonski · mill laborer (cold mill) · Claim IN-26-12533 · DOI 02/04/2026
            PT portion:
            97110 Therapeutic exercise — 15 min
              - trap-bar deadlift 3 x 5 at 85 lb
              - goblet squat 3 x 8 at 30 lb
              - sled push 4 x 40 ft at 90 lb
              - suitcase carry 4 x 80 ft at 35 lb
            Deficit: —
            Measure: trap-bar 85 lb x 5 (70 lb last session).
            """,
            ["S39.012D"], [PT("97110", 15)], [At(Deficit, "97110")]),

        // RIR picker/packer: "Problem: per Occ Med." — no deficit stated; "[x] 1:1", curb-block step-offs, rocker perturbations eyes closed, beam tandem with head turns, SLS and a count present: deficit missing.
        ["v4-h208-rir-packer-problem-per-occ-med"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Joliet clinic (Houbolt Rd)
            WC DAILY NOTE
            EE: Travis Kowal   Employer: auto-parts DC (picker/packer)   Claim #: IL-26-41804   DOI: 02/16/2026
            TX:
            97112 NMR — 22 min   Attendance: [x] 1:1  [ ] shared
              Stepping off the 8 in curb block onto foam to a stop, rocker-board perturbations with eyes closed, tandem walking on the beam with head turns.
              Problem: per Occ Med.
              Measured: SLS eyes closed 7 s; 8/10 step-offs stuck.
            Effort / pain behaviour: consistent.
            ==== ADJUSTER SUMMARY ====
            Next visit: ladder step-offs.
            ==========================
            Tamsin Oyelaran, PT
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // W7P tree-crew climber: "Imp: see IE." — no deficit stated; "Seen one-to-one", BOSU perturbations, stump step-downs onto foam, low-beam head turns, SLS and a count present: deficit missing.
        ["v4-h208-w7p-tree-climber-imp-see-ie"] = new(
            """
            WARD SEVEN PHYSIOTHERAPY — City Employee Injury Program, Worcester
            Dept: DPW Forestry (tree crew)   IOD #: 26-0551   Duty: light duty
            Rx 97112 — 23 min. Seen one-to-one.
             - single-leg stance on the BOSU dome with perturbations
             - stepping up onto the log-round stump (12 in) and down onto foam to a stop
             - walking the low beam with head turns
            Obj: SLS on BOSU 8 s; 6/10 stump step-downs stuck.
            Imp: see IE.
            Plan: progress the stump height next week. RTFD rec: not yet.
            Sinead Toomey, MSc PT
            """,
            ["S86.011D"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // URPT operating engineer: "BESS 12 errors (19 at IE); tandem on the beam 14 steps without stepping off"; foam eyes closed, track-shoe step-up and turn with perturbations, beam tandem with head turns; postural control and ankle strategy; one on one: passes.
        ["v5-h208-urpt-operating-engineer-bess-errors"] = new(
            """
            UNION ROW PHYSICAL THERAPY — South Side, Pittsburgh
            Trade / Local: Operating engineer, Local 66 — crawler crane
            Jobsite: river wall project at the Point — climbs the tracks into the cab
            Claim #: PA WC 26-119980 · DOI 01/05/2026
            NMR (97112) 22 min — one on one, nobody else in the back gym.
            What we did: double- and single-leg stance on foam with eyes closed, stepping up onto the track-shoe mock-up and turning on it with perturbations at the shoulders, tandem on the beam with head turns.
            What I found: poor postural control with eyes closed on soft surfaces and a slow ankle strategy; post-concussive imbalance since he came off the track.
            Numbers: BESS 12 errors (19 at IE); tandem on the beam 14 steps without stepping off.
            Bernadette Kowalczyk, PT, DPT
            """,
            ["S06.0X0D", "R26.81"], [PT("97112", 22)], []),

        // MWHC blast-furnace keeper: "perturbation recoveries 8/10 (4/10 at entry); single-leg squat to 60° without valgus 6/8"; tilt-board perturbations, kneel-to-stand with trunk pushes, trough step-over to a stick; L knee proprioception and co-activation; one-on-one: passes.
        ["v5-h208-mwhc-keeper-perturbation-recoveries"] = new(
            """
            MILLWRIGHT WORK HARDENING CENTER — Hammond, IN
            STATION LOG · Client: S. Petrakis · blast-furnace keeper · Claim IN-26-11950 · DOI 11/09/2025
            Shift-Ready Program: Level 3
            97545 Work hardening, initial 2 hr — programme claim
            PT portion: 97112 NMR — 23 min, one-on-one in the side room.
              - perturbations on the tilt board in single-leg stance, random direction
              - STN 5 mock-up: kneel-to-stand on the grated floor with pushes at the trunk
              - stepping over the runner-trough stand-in onto foam, stick and hold
            Deficit: L knee proprioception and delayed hamstring-quad co-activation after the L tibial plateau fracture; the knee wobbles kneeling and rising on the cast house floor.
            Measure: perturbation recoveries 8/10 (4/10 at entry); single-leg squat to 60° without valgus 6/8.
            """,
            ["S82.102D"], [PT("97112", 23)], []),

        // W7P ladder-company firefighter: "SLS on the 2x6 EC R 6.2 s / L 11.8 s; rung stance 7/10 perturbations held"; plank SLS with head tilt, rung stance with SCBA-frame perturbations, roof-pitch step-off; R ankle proprioception and peroneal timing; one-to-one: passes.
        ["v5-h208-w7p-ladder-company-sls-on-the-plank"] = new(
            """
            WARD SEVEN PHYSIOTHERAPY — City Employee Injury Program, Worcester
            Dept: WFD (Ladder 2)   IOD #: 26-0487   Duty: light duty — fire alarm office
            Rx 97112 — 23 min. Seen one-to-one.
             - SLS on a 2x6 plank with eyes closed, then with the head tilted back as if looking up the aerial
             - ladder-rung stance on the practice ladder with perturbations at the SCBA frame (empty cylinder)
             - stepping off the mock roof pitch onto foam to a stop
            Obj: SLS on the 2x6 EC R 6.2 s / L 11.8 s; rung stance 7/10 perturbations held.
            Imp: R ankle proprioception and peroneal timing deficit after the R ankle fracture (stepped through a floor at a job on Vernon St).
            Plan: add a charged-line drag next week. RTFD rec: not yet.
            Sinead Toomey, MSc PT
            """,
            ["S82.891D"], [PT("97112", 23)], []),

        // SBOM facilities painter: "FGA 25/30 (19/30 at eval); tandem stance eyes closed 20 sec"; stepladder stance with head turns and reaches, foam pelvic perturbations, foam-beam walking with a pail; postural control with head movement and L ankle proprioception; "☒ Individual": passes.
        ["v5-h208-sbom-painter-fga-and-tandem"] = new(
            """
            ST. BRENDAN REGIONAL MEDICAL CENTER
            Occupational Medicine Physical Therapy — Superior, WI
            WORKERS' COMPENSATION DAILY TREATMENT NOTE
            Employer: St. Brendan Facilities (painter)   Claim: WI-26-01142   DOI: 02/09/2026
            Employer-reported essential functions: work from an 8 ft stepladder and a rolling scaffold; carry 5 gal pails.
            Work status (per Occ Med provider): modified duty, floor-level painting only.
            Delivery: ☒ Individual ☐ Concurrent ☐ Group
            Treatment: Neuromuscular re-education (97112) — standing on the stepladder's third step with head turns and reaches, perturbations at the pelvis standing on foam, walking on the foam beam while carrying a pail.
            Impairment: impaired postural control with head movement and reduced L ankle proprioception after the fall from the stepladder (L ankle sprain).
            Objective: FGA 25/30 (19/30 at eval); tandem stance eyes closed 20 sec.
            Timed Code Treatment Minutes: 97112 — 22
            Electronically signed: Anneliese Haugland, PT
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // RIR case picker 97110: floor-to-waist box lifts with a hinge, kettlebell deadlift, side plank, Pallof press with doses; lumbar extensor and gluteal weakness; "floor-to-waist lift progressed from 30 lb last week to 40 lb x 5 today": passes.
        ["v5-h208-rir-case-picker-97110-lift-progression"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Elwood, IL (Arsenal Rd)
            WC DAILY NOTE
            EE: Curtis Bellamy   Employer: beverage DC (case picker)   Claim #: IL-26-41591   DOI: 01/15/2026
            Work status: Modified duty — no lifting over 30 lb
            Job demands (per job description): pick cases of 25 to 50 lb from floor level to the pallet jack
            TX:
            97110 Ther ex — 18 min
              Floor-to-waist box lifts with a hip hinge 3 x 5 at 30 lb then 2 x 5 at 40 lb; kettlebell deadlift 3 x 8 at 35 lb; side plank 3 x 20 s each side; Pallof press with the blue band 3 x 10.
              Impairment: lumbar extensor and gluteal weakness with pain on lifting from the floor after the lumbar strain picking a case.
              Measured: floor-to-waist lift progressed from 30 lb last week to 40 lb x 5 today with a neutral spine.
            Effort / pain behaviour: full effort; no guarding.
            ==== ADJUSTER SUMMARY ====
            Lifting 40 lb in clinic. Suggest raising the restriction to 40 lb.
            ==========================
            Odell Fairbanks, PT
            """,
            ["S39.012D"], [PT("97110", 18)], []),

        // GORW floorhand 97530: sack lift-and-carry, stair climb with a sub on the shoulder, squat-and-reach under the mock rotary table with counts; lumbar lifting tolerance and trunk extensor endurance; "PILE-style progressive lift (floor to 30 in), end point 55 lb …; 30 to 54 in, end point 35 lb": passes.
        ["v5-h208-gorw-floorhand-97530-pile-style"] = new(
            """
            GALLIANO OFFSHORE RETURN-TO-WORK CLINIC
            Company: drilling contractor (floorhand)   Rotation: 14/14
            Claim #: LA-26-3188-G   DOI: 12/22/2025
            Offshore essential functions: lift and carry slips, tong dies and subs; handle 50 lb sacks on the mud deck; climb the stairs with a load.
            97530 therapeutic activities — 22 min
            Job simulation: lifting the 50 lb sack from the deck to a 30 in pallet and carrying it 40 ft, 8 trips; stair climb with a 35 lb sub on the shoulder, 4 flights; repeated squat-and-reach under the mock rotary table, 10 reps.
            Findings: lumbar lifting tolerance and trunk extensor endurance limited after the lumbar strain (handling a sub on the rig floor).
            Tested: PILE-style progressive lift (floor to 30 in), end point 55 lb with good mechanics (40 lb two weeks ago); 30 to 54 in, end point 35 lb.
            Fit-for-duty target: crew change 4/29/2026.
            Remy Guidry, PT
            """,
            ["S39.012D"], [PT("97530", 22)], []),

        // CRWT palletizer 97530: box-room simulation off the conveyor to a five-high stack, pivot cueing, half-kneel re-stacking with counts and loads; lumbar pain and trunk extensor weakness below the knee; "NIOSH-style lifting index at the bottom tier 1.4 at 60 lb, 1.0 … at 45 lb": passes.
        ["v5-h208-crwt-palletizer-97530-niosh-style-index"] = new(
            """
            CANADIAN RIVER WORKER THERAPY — Cactus clinic
            Paciente / Patient: Jesús Cal   Planta / Plant: beef plant, Cactus   Línea / Line position: box room, palletizer
            Reclamo / Claim #: TX-WC 2026-56288   DOI: 02/04/2026
            Intérprete / Interpreter: not needed
            97530 Therapeutic activities — 21 min
             • Box-room simulation: taking 60 lb boxes off the roller conveyor at 34 in and stacking them 5 high on the pallet, 3 rounds of 10
             • Turning and pivoting with the box instead of twisting, cued on each lift
             • Re-stacking the bottom tier from a half-kneel, 10 boxes
            Impairment: lumbar pain and trunk extensor weakness on repeated lifting below the knee after the low back strain on the palletizer.
            Measures: NIOSH-style lifting index at the bottom tier 1.4 at 60 lb, 1.0 with the box cut to 45 lb; 30 lifts with a pivot, no twisting.
            Work status: light duty — 30 lb max, no bottom tier.
            Hugo Benavídez, PT
            """,
            ["M54.50", "S39.012D"], [PT("97530", 21)], []),

        // CRWT feed-truck driver 97116: cane gait on dirt and rutted gravel with heel-strike and step-length cues, truck-step and gate practice; R antalgic gait and ankle stiffness after fracture; "480 ft on dirt and gravel with the cane, stand-by assist": passes.
        ["v5-h208-crwt-feed-truck-driver-97116-distance-assist"] = new(
            """
            CANADIAN RIVER WORKER THERAPY — Dumas clinic
            Paciente / Patient: Ramiro Chávez   Planta / Plant: feedyard, Hartley County   Línea / Line position: feed-truck driver, bunk reader
            Reclamo / Claim #: TX-WC 2026-56350   DOI: 12/27/2025
            Intérprete / Interpreter: Sr. Paz, in person
            97116 Gait training — 17 min
             • Gait training on the dirt path and the rutted gravel behind the clinic with a single-point cane, cues for R heel strike and a longer L step
             • Stepping up and down the 14 in truck step and through a gate opening without catching the foot
            Impairment: R antalgic gait and R ankle stiffness after the R ankle fracture (slipped off the feed-truck step onto frozen ground).
            Measures: 480 ft on dirt and gravel with the cane, stand-by assist; truck step up and down 6 times with the rail.
            Work status: light duty — scale house.
            Hugo Benavídez, PT
            """,
            ["S82.61XD"], [PT("97116", 17)], []),

        // SBOM bin-sweep worker 97140: central and unilateral PAs at L4–S1, hip-flexor stretch with STM; lumbar flexion hypomobility with paraspinal guarding; "fingertip-to-floor 18 cm after treatment (26 cm before); lumbar flexion 60°": passes.
        ["v5-h208-sbom-bin-sweep-97140-fingertip-to-floor"] = new(
            """
            ST. BRENDAN REGIONAL MEDICAL CENTER
            Occupational Medicine Physical Therapy — Superior, WI
            WORKERS' COMPENSATION DAILY TREATMENT NOTE
            Employer: grain terminal, Superior harbor (bin sweep crew)   Claim: WI-26-01020   DOI: 01/28/2026
            Work status (per Occ Med provider): modified duty, no shoveling.
            Delivery: ☒ Individual ☐ Concurrent ☐ Group
            Treatment: Manual therapy (97140) — L4–L5 and L5–S1 central PA mobilizations, R unilateral PA at L5, sustained hip-flexor stretch with STM to the R psoas and lumbar paraspinals.
            Impairment: lumbar flexion hypomobility with R paraspinal guarding after the lumbar strain shoveling grain.
            Objective: fingertip-to-floor 18 cm after treatment (26 cm before); lumbar flexion 60°.
            Timed Code Treatment Minutes: 97140 — 10
            Electronically signed: Kristoffer Lindahl, PT
            """,
            ["S33.5XXD"], [PT("97140", 10)], []),

        // URPT cement mason: "Numbers: Y-balance deferred — … will retest Friday." — no number but the local, the claim, the date of injury, the code and its minutes: measure missing; one on one, rebar-mat walking, rocker reach, form-edge step-down, L ankle proprioception present.
        ["v5-h208-urpt-cement-mason-y-balance-deferred"] = new(
            """
            UNION ROW PHYSICAL THERAPY — South Side, Pittsburgh
            Trade / Local: Cement mason, Local 526
            Jobsite: parking deck in Oakland — walks the rebar mats and the forms
            Claim #: PA WC 26-120122 · DOI 01/22/2026
            NMR (97112) 22 min — one on one.
            What we did: walking across the rebar-mat mock-up with head turns, single-leg stance on the rocker board while reaching with the bull-float handle, stepping down off the form edge onto foam to a stop.
            What I found: slow L ankle and hip strategy and poor L ankle proprioception since he turned it on the rebar.
            Numbers: Y-balance deferred — his knee was sore from kneeling at the weekend; will retest Friday.
            Jakub Zielinski, PT
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // CRWT OT trimmer 97110: band retraction, band ER, towel wall slides, chin tucks with no sets, repetitions, load or hold, "Measures: to be taken at the re-check": measure missing; exercises and R shoulder and scapular deficit present.
        ["v5-h208-crwt-ot-trimmer-97110-no-dose"] = new(
            """
            CANADIAN RIVER WORKER THERAPY — Dumas clinic (hand therapy)
            Paciente / Patient: Rosa Ixcoy   Planta / Plant: pork plant, Guymon (OK)   Línea / Line position: loin trimmer
            Reclamo / Claim #: TX-WC 2026-56461   DOI: 02/18/2026
            Intérprete / Interpreter: Sra. Olvera, in person
            97110 Therapeutic exercise — 14 min
             • Scapular retraction with the band
             • Shoulder external rotation with the band at the side
             • Wall slides with a towel
             • Chin tucks against the wall
            Impairment: R shoulder and neck pain with scapular weakness from the repetitive reach on the trim line.
            Measures: to be taken at the re-check.
            Work status: light duty, no line work.
            Rosalba Treviño, OTR/L, CHT
            """,
            ["M25.511"], [OT("97110", 14)], [At(Measure, "97110")]),

        // FRRPT PTA mill-yard scaler 97116: gait training on packed snow and a gravel ramp with heel-strike, step-length and turning cues; R antalgic gait after meniscus repair; no distance, no assistance level, no number: measure missing.
        ["v5-h208-frrpt-pta-scaler-97116-no-distance"] = new(
            """
            FISH RIVER RURAL PT — Fort Kent
            pt: Denis Albert, mill-yard scaler (walks the log piles + the yard all shift)
            WC claim ME 26-08066 · DOI 01/18/26
            97116 17 min
            - gait training on the packed snow + the gravel ramp w/ his walking stick
            - cues for heel strike on the R + equal step length, turning w/o pivoting on the R
            R antalgic gait, short R stance + stiff R knee after the meniscus repair
            looked steadier on the ramp by the end
            C. Michaud, PTA
            """,
            ["S83.241D"], [PTA("97116", 17)], [At(Measure, "97116")]),

        // W7P canine-unit officer: "Obj: BESS not repeated today (headache this morning)." — no number but the IOD number, the code and its minutes: measure missing; one-to-one, foam, lead-pull tandem, sill step-off and sensory-integration deficit present.
        ["v5-h208-w7p-canine-officer-bess-not-repeated"] = new(
            """
            WARD SEVEN PHYSIOTHERAPY — City Employee Injury Program, Worcester
            Dept: WPD (canine unit)   IOD #: 26-0601   Duty: light duty — desk
            Rx 97112 — 22 min. Seen one-to-one.
             - double-leg stance on foam with eyes closed and head turns
             - tandem walking holding a lead in one hand with pulls on it from the side
             - stepping off cruiser-sill height onto foam to a stop
            Obj: BESS not repeated today (headache this morning).
            Imp: post-concussive imbalance with impaired sensory integration for postural control after the dog pulled him down a flight of stairs on a track.
            Plan: repeat BESS next visit. RTFD rec: not yet.
            Sinead Toomey, MSc PT
            """,
            ["S06.0X0D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // RIR hostler 97140: STM, cervical lateral glides, suboccipital release, manual traction with no grade, hold, range or other number; R cervical rotation stiffness with a mirror goal; "Measured: deferred.": measure missing.
        ["v5-h208-rir-hostler-97140-measured-deferred"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Elwood, IL (Arsenal Rd)
            WC DAILY NOTE
            EE: Ross Gutierrez   Employer: intermodal yard (hostler)   Claim #: IL-26-41666   DOI: 02/11/2026
            Work status: Modified duty — no yard tractor
            TX:
            97140 Manual — 11 min
              STM to the R upper trapezius and levator scapulae, cervical lateral glides to the R, suboccipital release, manual traction in supine.
              Impairment: R cervical rotation stiffness and upper trapezius guarding after the whiplash when a trailer was dropped onto the fifth wheel; he can't turn to check his mirrors.
              Measured: deferred.
            Effort / pain behaviour: guarded with rotation.
            ==== ADJUSTER SUMMARY ====
            Progressing slowly.
            ==========================
            Tamsin Oyelaran, PT
            """,
            ["S13.4XXD"], [PT("97140", 11)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in the templates' forms, true mismatches, truly missing separate time

        // RIR each-picker: "97112 NMR — 22 min" and "97110 Ther ex — 15 min" on their own lines, both exact; stair descent with a tote and hip perturbations, Airex reach, tandem; step-ups, leg press, wall sits, TKE with doses; R knee proprioception and quad weakness; SLS and a count: passes.
        ["v6-h208-rir-each-picker-two-code-lines-112-110"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Elwood, IL (Arsenal Rd)
            WC DAILY NOTE
            EE: Marisol Quintero   Employer: toy DC (each-pick, mezzanine)   Claim #: IL-26-41288   DOI: 01/23/2026
            Work status: Modified duty — no mezzanine stairs with a tote, no lifting over 15 lb
            Job demands (per job description): carry totes up to 30 lb on the mezzanine stairs; reach to the top flow-rack shelf
            TX:
            97112 NMR — 22 min   Attendance: [x] 1:1  [ ] shared
              Stair descent with a tote and perturbations at the hips, single-leg stance on the Airex with a reach to the top flow-rack height, tandem walking with head turns.
              Impairment: reduced R knee proprioception and a slow stepping reaction after the fall on the mezzanine stairs (R knee sprain).
              Measured: SLS on the Airex R 10 s (L 24 s); 7/10 stair perturbations controlled.
            97110 Ther ex — 15 min
              Step-ups onto a 10 in box 3 x 10, leg press 3 x 12 at 90 lb, wall sits 3 x 30 s, TKE with the blue band 3 x 15.
              Impairment: R quadriceps weakness, 4-/5.
            Effort / pain behaviour: full effort.
            ==== ADJUSTER SUMMARY ====
            Stairs with a tote next week.
            ==========================
            Tamsin Oyelaran, PT
            """,
            ["S83.91XD"], [PT("97112", 22), PT("97110", 15)], []),

        // GORW deckhand: clock ranges on each code's line, 97112 0702–0725 (23) and 97530 0725–0748 (23), both exact; motion platform with a line throw, foam head turns, ladder step-and-stick; line hauls, chain-bag carries, ladder trips with counts; L ankle proprioception and push-off weakness; SLS and a count: passes.
        ["v6-h208-gorw-deckhand-clock-ranges-112-530"] = new(
            """
            GALLIANO OFFSHORE RETURN-TO-WORK CLINIC
            Company: supply-boat operator (AB deckhand)   Rotation: 28/14
            Claim #: LA-26-3299-G   DOI: 01/14/2026
            Offshore essential functions: walk the back deck in a seaway; throw and haul mooring lines; climb the outside ladder to the wheelhouse.
            97112 neuromuscular re-ed 0702–0725, one-to-one: motion platform in roll and pitch with a line throw to a target, single-leg stance on foam with head turns, step-and-stick from the practice ladder onto a wobble board.
              Findings: L ankle proprioception deficit and delayed ankle strategy after the L ankle sprain on the wet deck. SLS on foam L 8 s (R 20 s); 6 of 8 platform sets without a hand on the rail.
            97530 therapeutic activities 0725–0748: hauling a mooring line hand over hand against the 40 lb resistance sled, 6 pulls of 30 ft; carrying a 30 lb chain bag across the platform, 8 trips; ladder climbs to the wheelhouse mock-up, 5 trips.
              Findings: L ankle push-off weakness and trunk endurance limit hauling in a crouch.
            Fit-for-duty target: crew change 4/1/2026.
            Remy Guidry, PT
            """,
            ["S93.402D"], [PT("97112", 23), PT("97530", 23)], []),

        // W7P side-loader driver: "Rx 97110 x1 (14 min)" and "Rx 97140 x1 (10 min)", both exact; chin tucks, prone rows, band ER, thoracic extension with doses; C5–C7 PAs and STM; R cervical rotation hypomobility and deep neck flexor weakness; rotation degrees and endurance seconds: passes.
        ["v6-h208-w7p-side-loader-x1-units-110-140"] = new(
            """
            WARD SEVEN PHYSIOTHERAPY — City Employee Injury Program, Worcester
            Dept: DPW Sanitation (driver, automated side-loader)   IOD #: 26-0445   Duty: light duty — dispatch
            Rx 97110 x1 (14 min)
             - chin tucks with a towel 3 x 10, 5 s hold
             - prone rows with 5 lb 3 x 12
             - band ER at the side 3 x 15
             - thoracic extension over the foam roll 2 x 10
            Rx 97140 x1 (10 min)
             - C5–C7 R unilateral PAs grade III
             - STM to the R upper trap and levator
            Obj: cervical rotation R 52° → 61° after manual (L 70°); deep neck flexor endurance 18 s.
            Imp: R cervical rotation hypomobility and deep neck flexor weakness after the whiplash when the truck was rear-ended on the route; can't turn to check the arm camera and the mirror.
            Plan: progress to loaded carries. RTFD rec: 2 wk.
            Sinead Toomey, MSc PT
            """,
            ["S13.4XXD"], [PT("97110", 14), PT("97140", 10)], []),

        // SBOM belt tender, adjuster copy: "Neuromuscular re-education (97112) was provided for twenty-three (23) minutes, one-on-one with the treating therapist throughout"; foam eyes closed, rocker perturbations with a shovel, ladder step-off onto grating; R ankle proprioception; SLS and a count: passes.
        ["v6-h208-sbom-belt-tender-minutes-in-words"] = new(
            """
            ST. BRENDAN REGIONAL MEDICAL CENTER
            Occupational Medicine Physical Therapy — Superior, WI
            WORKERS' COMPENSATION DAILY TREATMENT NOTE — copy to adjuster (Lake Superior Mutual) and nurse case manager
            Employer: ore dock contractor, Allouez (belt tender)   Claim: WI-26-00912   DOI: 01/16/2026
            Employer-reported essential functions: walk the conveyor galleries; climb fixed ladders to the belt heads; clean up spillage with a shovel.
            Work status (per Occ Med provider): modified duty, no ladders.
            Treatment: Neuromuscular re-education (97112) was provided for twenty-three (23) minutes, one-on-one with the treating therapist throughout: single-leg stance on foam with the eyes closed, perturbations on the rocker board while holding a shovel, and stepping from the fixed-ladder mock-up onto grating with a stop.
            Impairment: reduced R ankle proprioception and a delayed ankle strategy after the R ankle sprain in the gallery.
            Objective: SLS on foam R 9 sec (L 21 sec); 8 of 10 ladder step-offs controlled.
            Plan of Care / RTW: ladder climbing to be trialed next visit; anticipated full duty 4/13/2026.
            Electronically signed: Anneliese Haugland, PT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // CRWT lugger: "Minutos / Minutes: 97112 = 22, 97110 = 12", both exact; one-on-one with the interpreter; rocker perturbations with a sandbag, foam head turns, wet-mat stick; split squats, carries, bridges with doses; L ankle proprioception, calf and hip weakness; SLS and heel-raise counts: passes.
        ["v6-h208-crwt-lugger-equals-list-112-110"] = new(
            """
            CANADIAN RIVER WORKER THERAPY — Cactus clinic
            Paciente / Patient: Edgar Caal   Planta / Plant: beef plant, Cactus   Línea / Line position: lugger (carries quarters to the rail)
            Reclamo / Claim #: TX-WC 2026-56120   DOI: 01/28/2026
            Intérprete / Interpreter: Sra. Olvera (K'iche'/Spanish), in person
            Sesión / Session: Individual (one-on-one)
            Minutos / Minutes: 97112 = 22, 97110 = 12
            97112: perturbations on the rocker board with a sandbag on the shoulder, single-leg stance on foam with head turns, stepping onto the wet rubber mat to a stop.
            97110: split squats 3 x 10 with 20 lb, farmer carries 4 x 60 ft at 35 lb in each hand, bridges 3 x 12.
            Impairment: L ankle proprioception deficit and slow ankle strategy after the L ankle sprain on the rail platform; L calf and hip weakness.
            Measures: SLS on foam L 8 s (R 19 s); L heel raises 12 (R 25).
            Work status: light duty — no lugging.
            Mireya Castañeda, PT
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 12)], []),

        // MWHC mill electrician: a "| Code | Service | Min | 1:1 |" table with 97112 23 and 97116 13, both exact, "Y" under 1:1; ladder-to-catwalk perturbations, rocker eyes closed, foam-beam tandem; catwalk and stair gait with a tool bag; R ankle proprioception after pilon fracture; SLS, distance and independence: passes.
        ["v6-h208-mwhc-electrician-table-112-116"] = new(
            """
            MILLWRIGHT WORK HARDENING CENTER — Hammond, IN
            STATION LOG · Client: M. Reyes · mill electrician · Claim IN-26-12077 · DOI 12/19/2025
            PT portion:
            | Code  | Service        | Min | 1:1 |
            | 97112 | NMR            | 23  | Y   |
            | 97116 | Gait training  | 13  | Y   |
            97112: STN 3 ladder-to-catwalk step-across with perturbations at the pelvis, single-leg stance on the rocker board with eyes closed, tandem on the foam beam with head turns.
            97116: gait on the grated catwalk mock-up and the stairs with a 15 lb tool bag, cues for R heel strike and equal step length.
            Deficit: R ankle proprioception and delayed ankle strategy after the R pilon fracture; shortened R stance on the grating.
            Measure: SLS rocker EC R 5 s (L 14 s); catwalk gait 300 ft with the bag, independent; stairs 2 flights with one rail.
            """,
            ["S82.871D"], [PT("97112", 23), PT("97116", 13)], []),

        // URPT rodbuster: "Total timed 38 min (NMR 97112: 23 min, manual 97140: 15 min), one on one throughout" — per-code minutes that add up to the total, both exact; rebar-mat perturbations, cage climb with pushes, foam eyes closed; talocrural glides, subtalar distraction, STM; R ankle proprioception and dorsiflexion; SLS and knee-to-wall: passes.
        ["v6-h208-urpt-rodbuster-total-with-per-code-112-140"] = new(
            """
            UNION ROW PHYSICAL THERAPY — South Side, Pittsburgh
            Trade / Local: Ironworker, Local 3 (rodbuster)
            Jobsite: bridge pier on the Allegheny — ties rebar on the mats and climbs the cage
            Claim #: PA WC 26-120640 · DOI 02/09/2026
            Total timed 38 min (NMR 97112: 23 min, manual 97140: 15 min), one on one throughout.
            NMR: single-leg stance on the rebar-mat mock-up with perturbations, climbing the practice cage three rungs and stepping across with pushes at the hips, foam stance with eyes closed and head turns.
            Manual: talocrural posterior glides grade III, subtalar distraction, STM to the R peroneals and gastroc.
            What I found: R ankle proprioception poor with a slow peroneal response on the mats, and R ankle dorsiflexion stiff after the sprain.
            Numbers: SLS on the mat R 7 sec (L 18 sec); knee-to-wall R 7 cm → 10 cm after manual (L 12 cm).
            Bernadette Kowalczyk, PT, DPT
            """,
            ["S93.401D"], [PT("97112", 23), PT("97140", 15)], []),

        // MWHC cab-crane operator: "Programme claim: 97545 … 2 hr; 97546 … 1 hr" beside the PT's "97112 NMR — 22 min" and "97110 Therapeutic exercise — 14 min", both exact; ladder-to-cab perturbations, rocker eyes closed, beam tandem; step-ups, band walks, single-leg RDL with doses; L knee proprioception and hip weakness; SLS and a count: passes.
        ["v6-h208-mwhc-crane-op-programme-hours-beside-112-110"] = new(
            """
            MILLWRIGHT WORK HARDENING CENTER — Hammond, IN
            STATION LOG · Client: E. Washington · mill crane operator (cab crane) · Claim IN-26-11902 · DOI 10/22/2025
            Shift-Ready Program: Level 4
            Programme claim: 97545 Work hardening, initial 2 hr; 97546 each additional hour, 1 hr
            PT portion (billed on this claim):
            97112 NMR — 22 min, one-on-one in the side room
              - climbing the STN 3 ladder to the catwalk and stepping into the cab mock-up with perturbations at the trunk
              - single-leg stance on the rocker board with eyes closed
              - tandem on the grated beam with head turns
            97110 Therapeutic exercise — 14 min
              - step-ups to a 16 in box 3 x 10 with 20 lb
              - lateral band walks 3 x 30 ft
              - single-leg RDL 3 x 8 at 15 lb
            Deficit: L knee proprioception and quad timing after the L knee arthroscopy (meniscus); L hip abductor weakness.
            Measure: SLS rocker EC L 7 s (R 15 s); ladder climbs 6/6 without the knee giving way.
            """,
            ["S83.242D"], [PT("97112", 22), PT("97110", 14)], []),

        // FRRPT feller: "97112 22 min + 97116 12 min, 1:1 w/ me both", both exact; foam eyes closed with head turns, log step-overs to an Airex stick, rocker perturbations; back-lot gait on snow crust, ruts and slope; R ankle proprioception and short stance; SLS, distance and SBA: passes.
        ["v6-h208-frrpt-feller-plus-sign-112-116"] = new(
            """
            FISH RIVER RURAL PT — Fort Kent
            pt: Jean-Guy Thériault, chainsaw feller (also runs the wood splitter at home)
            WC claim ME 26-07760 · DOI 11/28/25
            97112 22 min + 97116 12 min, 1:1 w/ me both
            97112: SLS on foam EC w/ head turns, stepping over 2 logs → stick on the airex, rocker perturbations holding a 10 lb bar
            97116: walked the back lot in his boots — snow crust, ruts + the slope, cue R heel strike, ↑ step length on the L
            R ankle proprioception ↓ + slow ankle strategy after the R ankle fx; short R stance on the slope
            meas: SLS foam EC R 6 s (L 15 s); back lot 700 ft w/ no device, SBA on the slope
            M. Ouellette, PT
            """,
            ["S82.61XD"], [PT("97112", 22), PT("97116", 12)], []),

        // SBOM shipyard pipefitter: "Timed Code Treatment Minutes: 97112 — 35" on a 22-minute line: time mismatch; otherwise complete (☒ Individual, watertight-door step-through, crouched rocker perturbations, staging-plank tandem; postural control and L knee proprioception; a count and SLS).
        ["v6-h208-sbom-pipefitter-35-on-22"] = new(
            """
            ST. BRENDAN REGIONAL MEDICAL CENTER
            Occupational Medicine Physical Therapy — Superior, WI
            WORKERS' COMPENSATION DAILY TREATMENT NOTE
            Employer: shipyard, Fraser (pipefitter)   Claim: WI-26-01333   DOI: 02/12/2026
            Employer-reported essential functions: climb the staging inside the hull; step through watertight doors; work crouched in the bilge.
            Work status (per Occ Med provider): modified duty, shop work only.
            Delivery: ☒ Individual ☐ Concurrent ☐ Group
            Treatment: Neuromuscular re-education (97112) — stepping through the watertight-door mock-up onto foam to a stop, perturbations in a crouch on the rocker board, tandem walking on the staging plank with head turns.
            Impairment: impaired postural control in crouched postures and reduced L knee proprioception after the L knee sprain on the staging.
            Objective: crouched rocker-board hold with perturbations 6/10; SLS L 9 sec.
            Timed Code Treatment Minutes: 97112 — 35
            Electronically signed: Kristoffer Lindahl, PT
            """,
            ["S83.92XD"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // RIR outbound loader: "97112 NMR — 22 min" exact but "97110 Ther ex — 28 min" on a 15-minute line: mismatch on the 97110 only; both sections complete.
        ["v6-h208-rir-loader-97110-28-on-15"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Joliet clinic (Houbolt Rd)
            WC DAILY NOTE
            EE: Dominic Sauer   Employer: grocery DC (loader, outbound)   Claim #: IL-26-41433   DOI: 01/29/2026
            Work status: Modified duty — no trailer loading
            TX:
            97112 NMR — 22 min   Attendance: [x] 1:1  [ ] shared
              Stepping over the dock-plate lip onto foam to a stop, rocker-board perturbations holding a 20 lb case, tandem walking with head turns.
              Impairment: delayed L ankle strategy and reduced L ankle proprioception after the ankle sprain on the dock plate.
              Measured: SLS L 8 s (R 19 s); 6/10 dock-plate step-overs stuck.
            97110 Ther ex — 28 min
              Calf raises off the step 3 x 15, lateral band walks 3 x 30 ft, goblet squats 3 x 10 at 25 lb.
              Impairment: L calf and hip abductor weakness.
            Effort / pain behaviour: consistent.
            ==== ADJUSTER SUMMARY ====
            Progressing; loading simulation next week.
            ==========================
            Tamsin Oyelaran, PT
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 15)], [At(Mismatch, "97110")]),

        // GORW production operator: "97530 therapeutic activities 1300–1338" (38) on a 24-minute line: time mismatch; valve-wheel rounds, toolbox stair climbs, kneel-and-rise with counts, R shoulder elevation strength, MMT and a count present.
        ["v6-h208-gorw-operator-97530-clock-range-38-on-24"] = new(
            """
            GALLIANO OFFSHORE RETURN-TO-WORK CLINIC
            Company: platform operator (production operator)   Rotation: 14/14
            Claim #: LA-26-3310-G   DOI: 01/03/2026
            Offshore essential functions: turn valve wheels overhead; climb the stairs between decks; carry a 30 lb toolbox.
            97530 therapeutic activities 1300–1338: turning the overhead valve-wheel station open and closed, 6 rounds of 20 turns; stair climbs between the mock decks with the 30 lb toolbox, 5 flights; kneeling to reach the low valve and rising, 10 reps.
            Findings: R shoulder elevation strength and endurance limited after the R rotator cuff strain; trunk fatigue on the stairs.
            Tested: R shoulder flexion 4/5; 6 of 6 valve rounds without dropping the arm.
            Fit-for-duty target: crew change 4/15/2026.
            Remy Guidry, PT
            """,
            ["S46.011D"], [PT("97530", 24)], [At(Mismatch, "97530")]),

        // URPT sheet metal worker: "Codes: 97112 NMR and 97140 manual. Total timed: 36 min" with no minutes for either code: separate time missing; both sections complete.
        ["v6-h208-urpt-sheet-metal-total-only-112-140"] = new(
            """
            UNION ROW PHYSICAL THERAPY — South Side, Pittsburgh
            Trade / Local: Sheet metal worker, Local 12
            Jobsite: hospital addition in Oakland — hangs duct from a scissor lift and ladders
            Claim #: PA WC 26-121222 · DOI 02/18/2026
            Codes: 97112 NMR and 97140 manual. Total timed: 36 min, one on one.
            NMR: ladder-top stance with perturbations at the hips, single-leg stance on foam reaching overhead with a duct section, stepping off the scissor-lift platform mock-up onto foam to a stop.
            Manual: talocrural posterior glides, subtalar mobilization, STM to the L peroneals.
            What I found: L ankle proprioception poor and a late ankle strategy; L dorsiflexion stiff after the sprain stepping off the lift.
            Numbers: SLS on foam L 6 sec (R 17 sec); knee-to-wall L 6 cm (R 11 cm).
            Jakub Zielinski, PT
            """,
            ["S93.402D"], [PT("97112", 22), PT("97140", 14)], [SepTime]),

        // CRWT truck-probe operator: "97112 Neuromuscular re-education — 22 min" but "97110 Therapeutic exercise" with no minutes anywhere: separate time missing; both sections complete.
        ["v6-h208-crwt-probe-operator-97110-no-minutes"] = new(
            """
            CANADIAN RIVER WORKER THERAPY — Dumas clinic
            Paciente / Patient: Óscar Ventura   Planta / Plant: grain elevator, Dumas   Línea / Line position: truck-probe operator, catwalk
            Reclamo / Claim #: TX-WC 2026-56499   DOI: 02/14/2026
            Sesión / Session: Individual (one-on-one)
            97112 Neuromuscular re-education — 22 min
             • Catwalk-grating walk with head turns, single-leg stance on the Airex with perturbations, ladder-rung stance with reaches
            97110 Therapeutic exercise
             • Step-ups 3 x 10 onto a 12 in box, calf raises 3 x 15, lateral band walks 3 x 30 ft
            Impairment: R ankle proprioception deficit and slow ankle strategy after the R ankle sprain on the catwalk ladder; R calf weakness.
            Measures: SLS on the Airex R 7 s (L 18 s); R heel raises 14 (L 25).
            Hugo Benavídez, PT
            """,
            ["S93.401D"], [PT("97112", 22), PT("97110", 13)], [SepTime]),

        // MWHC boilermaker: "PT portion: 97112 NMR — 33 min" on a 22-minute line beside "97545 Work hardening, initial 2 hr": mismatch on the 97112; otherwise complete.
        ["v6-h208-mwhc-boilermaker-33-on-22-beside-97545"] = new(
            """
            MILLWRIGHT WORK HARDENING CENTER — Hammond, IN
            STATION LOG · Client: P. Dudek · refinery boilermaker · Claim IN-26-12611 · DOI 01/08/2026
            97545 Work hardening, initial 2 hr — programme claim
            PT portion: 97112 NMR — 33 min, one-on-one in the side room.
              - STN 3 ladder: stepping off the top rung onto the catwalk grating with perturbations at the pelvis
              - single-leg stance on foam with eyes closed and head turns
              - tandem on the grated beam carrying a 10 lb bucket
            Deficit: L ankle proprioception and delayed ankle strategy after the L ankle sprain on the scaffold.
            Measure: SLS foam EC L 5 s (R 16 s); 7/10 top-rung step-offs stuck.
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for 97110/97530/97140/97116, wholly generic notes

        // An empty note on a 97112 with a diagnosis: DOC_NOTE_MISSING on the line and nothing else.
        ["v7-h208-empty-note-97112"] = new(
            "",
            ["S93.401D"], [PT("97112", 22)], [At(NoteMissing, "97112")]),

        // A note of spaces and line breaks only on a two-code visit (97110, 97530) with no diagnosis: note missing on each line and diagnosis missing.
        ["v7-h208-whitespace-only-97110-97530-no-dx"] = new(
            " \n\n   \n",
            [], [PT("97110", 15), PT("97530", 16)], [At(NoteMissing, "97110"), At(NoteMissing, "97530"), Dx]),

        // An empty note on a PTA's 97116 with a diagnosis: note missing on the line and nothing else.
        ["v7-h208-empty-note-pta-97116"] = new(
            "",
            ["S82.202D"], [PTA("97116", 18)], [At(NoteMissing, "97116")]),

        // 97110's meaning on a W7P note: wall slides, side-lying ER, prone Y/T, wall push-up plus with doses (technique and measure), R cuff and lower trapezius weakness with a cruiser-door and radio goal (deficit), MMT and AROM: passes.
        ["v7-h208-w7p-patrol-97110-cuff-and-lower-trap"] = new(
            """
            WARD SEVEN PHYSIOTHERAPY — City Employee Injury Program, Worcester
            Dept: WPD (patrol)   IOD #: 26-0574   Duty: light duty — records
            Rx 97110 Therapeutic exercise — 16 min
             - wall slides with lift-off 3 x 10
             - side-lying ER with 3 lb 3 x 12
             - prone Y and T with 2 lb 2 x 10
             - push-up plus on the wall 3 x 12
            Obj: R shoulder ER 4-/5 → 4/5; flexion AROM 160°.
            Imp: R rotator cuff and lower trapezius weakness after the R shoulder strain cuffing a resisting subject; can't hold the cruiser door and reach across for the radio mic.
            Plan: add holster draw and tactical reach next week. RTFD rec: 3 wk.
            Sinead Toomey, MSc PT
            """,
            ["S46.011D"], [PT("97110", 16)], []),

        // 97530's meaning on a CRWT OT note: weighted-hook pulls, box folding, tray picks off a moving belt with counts and load (technique and measure), R grip and finger flexion after a flexor tendon laceration with a hook goal (deficit), grip kilograms: passes.
        ["v7-h208-crwt-ot-offal-table-97530-hook-and-trays"] = new(
            """
            CANADIAN RIVER WORKER THERAPY — Cactus clinic (hand therapy)
            Paciente / Patient: Marta Tiul   Planta / Plant: beef plant, Cactus   Línea / Line position: offal table (hooks and trims)
            Reclamo / Claim #: TX-WC 2026-56206   DOI: 12/11/2025
            Intérprete / Interpreter: Sra. Olvera (K'iche'/Spanish), in person
            97530 Therapeutic activities — 20 min
             • Pulling a 10 lb weighted hook across the table with the R hand, 3 x 15
             • Folding and stacking cardboard boxes, 20 boxes
             • Picking 2 lb trays off a moving belt and placing them in a rack, 3 rounds of 12
            Impairment: R grip weakness and reduced R index finger flexion after the flexor tendon laceration; she can't hold the hook through a pull.
            Measures: R grip 14 kg (L 27 kg); tray picks 36 of 36 without a drop.
            Work status: light duty — labels, L hand only.
            Rosalba Treviño, OTR/L, CHT
            """,
            ["S66.120D"], [OT("97530", 20)], []),

        // 97140's meaning on an FRRPT note: Mulligan MWM lateral glide with gripping, STM to the extensors, radial head glide (technique), L lateral elbow pain with extensor tightness and a saw goal (deficit), pain-free grip kilograms and a dose (measure): passes.
        ["v7-h208-frrpt-feller-97140-mwm-elbow"] = new(
            """
            FISH RIVER RURAL PT — Fort Kent
            pt: Bertrand Cyr, chainsaw feller + saw filer
            WC claim ME 26-07999 · DOI 01/02/26
            97140 12 min
            - Mulligan MWM for the L elbow: lateral glide w/ a belt during gripping, 3x10
            - STM to the L wrist extensors + the common extensor origin
            - radial head dorsal glide gr III
            L lateral elbow pain w/ extensor tightness from running the saw all winter; can't hold the saw or the file
            meas: pain-free grip L 24 kg (18 kg before MWM), R 44 kg
            F. Daigle, PT
            """,
            ["M77.12"], [PT("97140", 12)], []),

        // 97116's meaning on an RIR note: sort-aisle gait training from walker to cane with heel-strike, knee-extension and step-length cues and cart turns (technique), L antalgic gait after tibial shaft ORIF (deficit), distance with SBA and laps modified independent (measure): passes.
        ["v7-h208-rir-sorter-97116-walker-to-cane"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Elwood, IL (Arsenal Rd)
            WC DAILY NOTE
            EE: Hector Ibarra   Employer: parcel hub (sorter)   Claim #: IL-26-41022   DOI: 11/18/2025
            Work status: Off work until cleared by ortho
            Job demands (per job description): walk the sort aisles and the trailer doors on concrete through a shift
            TX:
            97116 Gait training — 18 min
              Gait training in the mock sort aisle: progressed from the rolling walker to a single-point cane, cues for L heel strike, knee extension at terminal stance and a longer R step; turning around carts without pivoting on the L.
              Impairment: L antalgic gait with a shortened L stance and lack of L knee extension after the L tibial shaft fracture (ORIF).
              Measured: 300 ft with the cane, SBA; 2 laps of the aisle with the rolling walker, modified independent.
            Effort / pain behaviour: consistent.
            ==== ADJUSTER SUMMARY ====
            Transitioning to a cane. Ortho follow-up in 2 weeks.
            ==========================
            Odell Fairbanks, PT
            """,
            ["S82.202D"], [PT("97116", 18)], []),

        // RIR putaway: "Balance training per POC. EE tolerated well." with an adjuster box "Continue plan of care." and no attendance line: wholly generic, and no one-on-one statement.
        ["v7-h208-rir-balance-training-per-poc"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Joliet clinic (Houbolt Rd)
            WC DAILY NOTE
            EE: Gary Lindqvist   Employer: retail DC (putaway)   Claim #: IL-26-41870   DOI: 02/23/2026
            Work status: per Occ Med
            TX:
            97112 NMR — 22 min
              Balance training per POC. EE tolerated well.
            Effort / pain behaviour: no complaints.
            ==== ADJUSTER SUMMARY ====
            Continue plan of care.
            ==========================
            Tamsin Oyelaran, PT
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // W7P highway laborer: "Seen one-to-one." then "Balance and coordination work. Tolerated without issue." and "continue plan" — wholly generic; one-on-one stated.
        ["v7-h208-w7p-balance-and-coordination-work"] = new(
            """
            WARD SEVEN PHYSIOTHERAPY — City Employee Injury Program, Worcester
            Dept: DPW Highway (laborer)   IOD #: 26-0612   Duty: per Occ Health
            Rx 97112 — 23 min. Seen one-to-one.
            Balance and coordination work. Tolerated without issue.
            Plan: continue plan. RTFD rec: pending.
            Sinead Toomey, MSc PT
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // MWHC mill laborer 97110: "Therapeutic exercise performed per program. Tolerated well." with "Deficit: see entry eval." and "Measure: —": wholly generic for the 97110.
        ["v7-h208-mwhc-ther-ex-performed-per-program"] = new(
            """
            MILLWRIGHT WORK HARDENING CENTER — Hammond, IN
            STATION LOG · Client: W. Banks · mill laborer · Claim IN-26-12688 · DOI 02/02/2026
            PT portion:
            97110 Therapeutic exercise — 15 min
              Therapeutic exercise performed per program. Tolerated well.
            Deficit: see entry eval.
            Measure: —
            """,
            ["S39.012D"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // CRWT pen-maintenance worker 97530: "Functional activities as tolerated. Pt participated well." and "continue POC": wholly generic for the 97530.
        ["v7-h208-crwt-functional-activities-as-tolerated"] = new(
            """
            CANADIAN RIVER WORKER THERAPY — Dumas clinic
            Paciente / Patient: Luis Ajú   Planta / Plant: feedyard, Moore County   Línea / Line position: pen maintenance
            Reclamo / Claim #: TX-WC 2026-56590   DOI: 02/20/2026
            97530 Therapeutic activities — 20 min
            Functional activities as tolerated. Pt participated well.
            Plan: continue POC.
            Hugo Benavídez, PT
            """,
            ["M62.81"], [PT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // URPT laborer 97140: "Manual therapy as tolerated. Did well today. Continue POC." (one on one): wholly generic for the 97140.
        ["v7-h208-urpt-manual-therapy-as-tolerated"] = new(
            """
            UNION ROW PHYSICAL THERAPY — South Side, Pittsburgh
            Trade / Local: Laborer, Local 373
            Claim #: PA WC 26-121640 · DOI 02/25/2026
            Manual (97140) 10 min, one on one.
            Manual therapy as tolerated. Did well today. Continue POC.
            Jakub Zielinski, PT
            """,
            ["S39.012D"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes (and two with no diagnosis)

        // RIR receiver: "97112 NMR — 22 min" with "[x] 1:1" and "97530 Ther activities — 16 min" (material-handling circuit with loads and counts), both exact; rocker perturbations with a box, pallet-board step-overs, tandem; L ankle proprioception, push-off and lifting tolerance; SLS and a count; adjuster box recommending a higher restriction: passes.
        ["vord-h208-rir-receiver-112-530-material-handling"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Elwood, IL (Arsenal Rd)
            WC DAILY NOTE
            EE: Shawna Pruitt   Employer: home-improvement DC (receiver)   Claim #: IL-26-40855   DOI: 12/30/2025
            Work status: Modified duty — no lifting over 35 lb
            Job demands (per job description): break down inbound pallets, lift 10 to 60 lb floor to shoulder, push a loaded pallet jack
            TX:
            97112 NMR — 22 min   Attendance: [x] 1:1  [ ] shared
              Perturbations on the rocker board while holding a 20 lb box, stepping over a pallet-board stand-in onto foam to a stop, tandem walking with head turns.
              Impairment: reduced L ankle proprioception and a slow stepping reaction after the L ankle fracture.
              Measured: SLS L 11 s (R 23 s); 8/10 pallet step-overs stuck.
            97530 Ther activities — 16 min
              Material-handling circuit: floor-to-shoulder box transfers at 40 lb, 3 rounds of 8; pallet-jack push and pull with a 600 lb load, 6 lengths of 50 ft; carton carry 40 ft at 35 lb, 6 trips.
              Impairment: L ankle push-off weakness and limited lifting tolerance below the knee.
            Effort / pain behaviour: full, consistent effort; no pain behaviour.
            ==== ADJUSTER SUMMARY ====
            Lifting 40 lb floor to shoulder in clinic. Recommend raising the restriction to 45 lb; full duty anticipated in 2 weeks.
            ==========================
            Odell Fairbanks, PT
            """,
            ["S82.62XD"], [PT("97112", 22), PT("97530", 16)], []),

        // URPT decking ironworker: "NMR (97112) 23 min and ther ex (97110) 12 min, one on one the whole time", both exact; rail walk with a bundle, BOSU pushes, beam step-off; single-leg squats, lateral lunges, calf raises with doses; L ankle proprioception, calf and glute med weakness; distance, SLS and heel raises: passes.
        ["vord-h208-urpt-decking-crew-112-110"] = new(
            """
            UNION ROW PHYSICAL THERAPY — South Side, Pittsburgh
            Trade / Local: Ironworker, Local 3 (decking crew)
            Jobsite: stadium canopy on the North Side — walks the beams and lays deck
            Claim #: PA WC 26-119402 · DOI 12/03/2025
            NMR (97112) 23 min and ther ex (97110) 12 min, one on one the whole time.
            NMR: beam walk on the 4 in rail with head turns and a 15 lb bundle on the shoulder, single-leg stance on the flat side of the BOSU with pushes at the shoulders, stepping off the beam onto foam to a stop.
            Ther ex: single-leg squats to a box 3 x 8, lateral lunges 3 x 10 with 20 lb, calf raises off the step 3 x 20.
            What I found: L ankle proprioception and peroneal timing poor on a narrow base; L calf and glute med weak after the fibula fracture.
            Numbers: rail walk 28 ft without stepping off (12 ft at IE); SLS on BOSU L 14 sec; L heel raises 19 (R 27).
            Steward says the raising gang has a spot for him once we release him to full duty.
            Bernadette Kowalczyk, PT, DPT
            """,
            ["S82.402D"], [PT("97112", 23), PT("97110", 12)], []),

        // SBOM bus mechanic, discharge visit recommending full duty: "☒ Individual"; roof-ladder climb with perturbations, foam head turns, pit step-down onto foam; residual R ankle proprioception deficit; SLS, Y-balance composite and a count; 23 exact: passes.
        ["vord-h208-sbom-bus-mechanic-full-duty-discharge"] = new(
            """
            ST. BRENDAN REGIONAL MEDICAL CENTER
            Occupational Medicine Physical Therapy — Superior, WI
            WORKERS' COMPENSATION DAILY TREATMENT NOTE — discharge visit
            Employer: Duluth–Superior transit (bus mechanic)   Claim: WI-26-00477   DOI: 11/12/2025
            Employer-reported essential functions: work under buses from a creeper and in the pit; climb the roof-access ladder to the HVAC units.
            Work status (per Occ Med provider): modified duty; PT recommends full duty (see below).
            Delivery: ☒ Individual ☐ Concurrent ☐ Group
            Treatment: Neuromuscular re-education (97112) — climbing the roof-ladder mock-up with perturbations at the top rung, single-leg stance on foam with head turns, stepping down into the mock pit onto foam with a stop.
            Impairment: residual R ankle proprioception deficit after the R ankle fracture (slipped off the pit edge), now mild.
            Objective: SLS on foam R 19 sec (L 22 sec); Y-balance composite R 94% (L 97%); 10/10 ladder step-offs controlled.
            Timed Code Treatment Minutes: 97112 — 23
            Plan of Care / RTW: goals met; recommend return to full duty without restrictions.
            Electronically signed: Anneliese Haugland, PT
            """,
            ["S82.61XD"], [PT("97112", 23)], []),

        // MWHC maintenance welder, final week: 97545 and 97546 hours beside their codes; "97530 Therapeutic activities — 24 min" at the sled, kneel-and-crawl and pallet stations with loads and counts; L shoulder overhead endurance and lumbar tolerance; an effort observation beside the measures: passes.
        ["vord-h208-mwhc-welder-97530-final-week"] = new(
            """
            MILLWRIGHT WORK HARDENING CENTER — Hammond, IN
            STATION LOG · Client: C. Mendez · mill maintenance welder · Claim IN-26-11733 · DOI 10/14/2025
            Shift-Ready Program: Level 4 (final week)
            97545 Work hardening, initial 2 hr; 97546 each additional hour, 2 hr — programme claim
            PT portion:
            97530 Therapeutic activities — 24 min
              - STN 4 push-pull sled: 300 lb load, 8 pushes and 8 pulls of 40 ft
              - STN 5 kneel-and-crawl: crawl under the mock conveyor 20 ft and weld in half-kneel with the arm overhead, 5 rounds
              - STN 1 pallet build: 50 lb boxes from the floor to 48 in, 2 pallets of 12
            Deficit: L shoulder overhead endurance and lumbar tolerance after the L shoulder and low back strain; he welds overhead in a crouch.
            Measure: sled pushes and pulls completed at 300 lb; overhead half-kneel weld hold 5 of 5 rounds; pallets built with no compensations.
            Effort: consistent — heart rate rose with the load and movement patterns matched the reported effort.
            Recommendation: full-duty trial after Friday's re-test.
            """,
            ["S46.912D", "S39.012D"], [PT("97530", 24)], []),

        // W7P rescue firefighter: "Rx 97112 — 22 min and 97530 — 15 min, both one-to-one", both exact; stairs in gear with pack perturbations, foam eyes closed, ladder step-across; hose drag, mannequin drag, halligan strikes with loads and counts; R knee proprioception and quad timing; SLS: passes.
        ["vord-h208-w7p-rescue-firefighter-112-530"] = new(
            """
            WARD SEVEN PHYSIOTHERAPY — City Employee Injury Program, Worcester
            Dept: WFD (Rescue 1)   IOD #: 26-0355   Duty: light duty — training division
            Rx 97112 — 22 min and 97530 — 15 min, both one-to-one.
            97112:
             - stair descent in turnout gear with an empty SCBA and perturbations at the pack
             - SLS on foam with eyes closed and head turns
             - ladder climb to the 4th rung and step across onto the mock roof with a stop
            97530:
             - hose drag 100 ft with the charged-line simulator, 4 reps
             - victim drag with the 165 lb mannequin 50 ft, 3 reps
             - forcible-entry halligan strikes at the door prop, 3 x 10
            Obj: SLS foam EC R 12 s (L 18 s); drags and hose pulls all completed at the target loads.
            Imp: R knee proprioception and quad timing after the R meniscus repair; R knee control on stairs in gear.
            Plan: station drills next week. RTFD rec: trial of full duty in 2 wk if SLS matches.
            Sinead Toomey, MSc PT
            """,
            ["S83.241D"], [PT("97112", 22), PT("97530", 15)], []),

        // CRWT head-drop platform worker: "Individual (one-on-one)" with the interpreter; platform step-offs onto the rocker, foam perturbations holding a hook, beam tandem; L ankle and knee proprioception and slow stepping; SLS and a count; 24 exact: passes.
        ["vord-h208-crwt-head-drop-platform"] = new(
            """
            CANADIAN RIVER WORKER THERAPY — Cactus clinic
            Paciente / Patient: Cristóbal Pop   Planta / Plant: beef plant, Cactus   Línea / Line position: kill floor, head drop (works from a platform)
            Reclamo / Claim #: TX-WC 2026-55690   DOI: 12/18/2025
            Intérprete / Interpreter: Sra. Olvera (K'iche'/Spanish), in person
            Sesión / Session: Individual (one-on-one)
            97112 Neuromuscular re-education — 24 min
             • Stepping on and off the 18 in platform mock-up onto the rocker board to a stop
             • Single-leg stance on the foam pad with perturbations at the shoulders while holding a hook
             • Tandem walking on the beam with head turns
            Impairment: reduced L ankle and knee proprioception with a slow stepping reaction after the fall from the platform (L ankle sprain and L knee contusion).
            Measures: SLS on foam L 13 s (R 20 s); 9/10 platform step-offs stuck.
            Work status: light duty — floor level; recommend return to the platform in 1 week.
            Mireya Castañeda, PT
            """,
            ["S93.402D", "S80.02XD"], [PT("97112", 24)], []),

        // GORW motorman 97110: goblet squat, single-arm row, block deadlift, side plank with doses; lumbar and hip extensor weakness after a disc injury; lift and Biering-Sørensen; release to full duty at crew change: passes.
        ["vord-h208-gorw-motorman-97110-release-at-crew-change"] = new(
            """
            GALLIANO OFFSHORE RETURN-TO-WORK CLINIC
            Company: jack-up drilling contractor (motorman)   Rotation: 21/21
            Claim #: LA-26-3055-G   DOI: 11/20/2025
            Offshore essential functions: climb the engine-room ladders; lift and carry 60 lb parts; work crouched between the engines.
            97110 therapeutic exercise — 18 min
            Exercises: goblet squat 3 x 10 at 35 lb, single-arm row 3 x 12 at 30 lb, deadlift from blocks 3 x 6 at 95 lb, side plank 3 x 30 s each side.
            Findings: lumbar and hip extensor weakness and trunk endurance limits after the L5–S1 disc injury lifting a cylinder head.
            Tested: floor-to-waist lift 60 lb x 4 with good mechanics (45 lb at IE); Biering-Sørensen 72 s.
            Fit-for-duty target: crew change 4/2/2026; recommend release to full duty then.
            Remy Guidry, PT
            """,
            ["M51.27"], [PT("97110", 18)], []),

        // FRRPT chip-van driver 97530: van-door swing and latch, ladder climb with a tarp pull, tarp-roll carries with counts and load; R shoulder elevation strength and endurance after cuff repair with a tarping goal; MMT, AROM and a count: passes.
        ["vord-h208-frrpt-chip-van-97530-tarping"] = new(
            """
            FISH RIVER RURAL PT — Fort Kent
            pt: Marcel Bouchard, chip-van driver (opens the van doors, climbs the ladder, tarps the load)
            WC claim ME 26-07688 · DOI 11/06/25
            97530 22 min
            - van-door swing + latch at shoulder height w/ the R, 12 reps
            - ladder climb to the 8 ft platform + tarp pull across, 5 trips
            - carrying a 40 lb tarp roll 50 ft, 4 trips
            R shoulder elevation strength + endurance ↓ after the rotator cuff repair; can't tarp the load yet
            meas: R shoulder flexion 4/5, AROM 155°; 5/5 ladder trips w/o a rest
            plan → back to driving w/ tarping by 4/1 if this holds
            F. Daigle, PT
            """,
            ["S46.011D"], [PT("97530", 22)], []),

        // RIR PTA freezer selector: "[x] 1:1"; slick-mat walking in boots with head turns, pallet-jack step-offs onto foam, rocker perturbations eyes closed; delayed R ankle strategy and reduced plantar sensation; SLS and a count; 23 exact: passes.
        ["vord-h208-rir-pta-freezer-selector"] = new(
            """
            RAILPORT INDUSTRIAL REHAB — Joliet clinic (Houbolt Rd)
            WC DAILY NOTE (PTA)
            EE: Andre Kovach   Employer: cold-storage DC (freezer selector)   Claim #: IL-26-41111   DOI: 12/12/2025
            Work status: Modified duty — cooler only, no freezer
            Job demands (per job description): walk iced floors in the freezer; step on and off the pallet jack
            TX:
            97112 NMR — 23 min   Attendance: [x] 1:1  [ ] shared
              Walking across the slick-surface mat in boots with head turns, step-off from the pallet-jack platform onto foam to a stop, perturbations on the rocker board with eyes closed.
              Impairment: delayed R ankle strategy and reduced plantar sensation in the R foot after the frostbite and the fall in the freezer.
              Measured: SLS eyes closed R 6 s (L 14 s); 8/10 step-offs stuck.
            Effort / pain behaviour: full effort.
            ==== ADJUSTER SUMMARY ====
            Freezer trial in 2 weeks if the measures hold.
            ==========================
            Javier Moss, PTA (supervising PT: Tamsin Oyelaran)
            """,
            ["T33.821D", "R26.81"], [PTA("97112", 23)], []),

        // URPT road-crew laborer 97116: gait training on gravel and a grass slope with a trekking pole, heel-strike and step-length cues, curb and obstacle practice; L antalgic gait after calcaneus fracture; distance modified independent and a curb count: passes.
        ["vord-h208-urpt-road-crew-97116-gravel-and-slope"] = new(
            """
            UNION ROW PHYSICAL THERAPY — South Side, Pittsburgh
            Trade / Local: Laborer, Local 373 — road crew
            Jobsite: paving on Route 51 — walks the milled surface and the shoulder
            Claim #: PA WC 26-119877 · DOI 12/22/2025
            Gait (97116) 19 min, one on one.
            What we did: gait training on the gravel and the grass slope behind the building with his trekking pole, cues for L heel strike and a longer R step; curb up and down; stepping over the cones and the hose on the path.
            What I found: L antalgic gait with a short L stance and poor roll-over after the L calcaneus fracture (fell off the back of the paver).
            Numbers: 650 ft on gravel and grass with the pole, modified independent; curb 10 times with no hand hold.
            Steward says the crew needs him walking the shoulder all day before he comes back.
            Jakub Zielinski, PT
            """,
            ["S92.002D"], [PT("97116", 19)], []),

        // GORW crane operator 97140: unilateral PAs at C2–C3 and C5–C6, suboccipital release, STM, manual traction with a dose; L cervical rotation and extension hypomobility with a look-up-at-the-load goal; rotation and extension degrees: passes.
        ["vord-h208-gorw-crane-op-97140-cervical"] = new(
            """
            GALLIANO OFFSHORE RETURN-TO-WORK CLINIC
            Company: Gulf platform operator (crane operator)   Rotation: 14/14
            Claim #: LA-26-3266-G   DOI: 01/21/2026
            Offshore essential functions: sit in the crane cab through the shift looking up at the load; climb the caged ladder to the cab.
            97140 manual therapy — 11 min
            Techniques: C2–C3 and C5–C6 unilateral PAs on the L grade III, suboccipital release, STM to the L levator and upper trapezius, manual traction 3 x 30 s.
            Findings: L cervical rotation and extension hypomobility after the whiplash when the crane boom bounced; he can't look up and over his shoulder at the load.
            Tested: cervical rotation L 48° → 58° after manual; extension 35°.
            Fit-for-duty target: crew change 4/22/2026.
            Remy Guidry, PT
            """,
            ["S13.4XXD"], [PT("97140", 11)], []),

        // CRWT OT whizard-knife worker: "97110 … — 12 min" (tendon glides, nerve sliders, putty with doses) and "97140 … — 10 min" (carpal mobilisations, ligament stretch, STM), both exact; R carpal tunnel syndrome with weak grip; grip kilograms and two-point discrimination: passes.
        ["vord-h208-crwt-ot-whizard-knife-110-140"] = new(
            """
            CANADIAN RIVER WORKER THERAPY — Cactus clinic (hand therapy)
            Paciente / Patient: Irma Coc   Planta / Plant: beef plant, Cactus   Línea / Line position: whizard knife, neck bones
            Reclamo / Claim #: TX-WC 2026-55733   DOI: 12/08/2025
            Intérprete / Interpreter: Sr. Paz, in person
            97110 Therapeutic exercise — 12 min
             • Tendon glides 2 x 10
             • Median nerve sliders 2 x 10
             • Grip putty 2 x 20, pinch putty 2 x 20
            97140 Manual therapy — 10 min
             • Carpal bone mobilizations (dorsal-volar glides), transverse carpal ligament stretch
             • Soft-tissue mobilization to the R thenar eminence and forearm flexors
            Impairment: R carpal tunnel syndrome with night numbness and weak grip after months on the whizard knife.
            Measures: R grip 20 kg (L 29 kg); two-point discrimination R index 5 mm.
            Work status: light duty — no whizard, L hand tasks.
            Rosalba Treviño, OTR/L, CHT
            """,
            ["G56.01"], [OT("97110", 12), OT("97140", 10)], []),

        // SBOM ore-dock laborer: a complete 97112 (☒ Individual; slick-mat stepping, rocker perturbations eyes closed, foam-beam tandem; L ankle strategy and proprioception; SLS and tandem; 22 exact) sent with no diagnosis: diagnosis missing only.
        ["vord-h208-sbom-ore-dock-complete-no-dx"] = new(
            """
            ST. BRENDAN REGIONAL MEDICAL CENTER
            Occupational Medicine Physical Therapy — Superior, WI
            WORKERS' COMPENSATION DAILY TREATMENT NOTE
            Employer: ore dock contractor, Allouez (laborer)   Claim: WI-26-01566   DOI: 03/02/2026
            Employer-reported essential functions: walk the dock deck in winter; climb to the gallery.
            Work status (per Occ Med provider): modified duty, no ladders.
            Delivery: ☒ Individual ☐ Concurrent ☐ Group
            Treatment: Neuromuscular re-education (97112) — stepping onto the iced-deck mock-up (slick mat) to a stop, perturbations on the rocker board with eyes closed, tandem walking on the foam beam with head turns.
            Impairment: delayed L ankle strategy and reduced L ankle proprioception after the L ankle sprain on the iced dock.
            Objective: SLS L 8 sec (R 20 sec); tandem on foam 12 sec.
            Timed Code Treatment Minutes: 97112 — 22
            Electronically signed: Kristoffer Lindahl, PT
            """,
            [], [PT("97112", 22)], [Dx]),

        // FRRPT PTA skidder operator: a complete 97110 (bridges, bird-dog, kettlebell deadlift, side plank with doses; low back and gluteal weakness with a sitting-the-machine goal; deadlift load and plank seconds) sent with no diagnosis: diagnosis missing only.
        ["vord-h208-frrpt-pta-skidder-97110-no-dx"] = new(
            """
            FISH RIVER RURAL PT — Fort Kent
            pt: Roland Nadeau, skidder operator
            WC claim ME 26-08140 · DOI 02/16/26
            97110 15 min
            - bridges w/ band 3x12
            - bird-dog 2x10 ea
            - KB deadlift 3x8 @ 35 lb
            - side plank 3x20 s ea
            low back + gluteal weakness since the skidder bucked him off the seat; can't sit the machine through a shift
            meas: KB deadlift 35 lb x 8 pain-free (25 lb last wk); side plank 20 s ea
            C. Michaud, PTA
            """,
            [], [PTA("97110", 15)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
