using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The ninetieth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of technology-assisted rehabilitation — robotic gait trainers and exoskeletons (a
/// Lokomat with its L-FORCE module, an EksoGT, a personal Indego, an Andago, a C-Mill with projected targets, a
/// KineAssist's perturbation mode, an AlterG anti-gravity treadmill, an AlterG Bionic Leg), body-weight-support
/// harness systems (a Vector overhead track, a LiteGait over the treadmill), force-plate and posturography printouts
/// pasted into the note (the Biodex Balance System's fall-risk and mCTSIB sway indices, Balance Master limits of
/// stability with reaction time, movement velocity, end-point and maximum excursion and directional control, sway
/// area as a 95% ellipse, centre-of-pressure velocity and path length, sway-referenced training), virtual-reality and
/// gaming balance systems (a VR headset's habituation, ridge-walk, kitchen and fruit-market modules, Wii Fit
/// balance-board games, Ring Fit Adventure, a camera-tracked exercise programme, the BITS touchscreen, a Tymo plate
/// on a tablet, a Pablo sensor handle), FES cycles and wearable stimulators (an RT300 for the legs and for the arms,
/// an L300 Go, a WalkAide, an H200, a MyoPro, a SaeboFlex) and wearable sensors and app exports (Opal sensors and the
/// iTUG, a StepWatch on a pylon, a Zeno walkway, ForceDecks, NordBord and ForceFrame, Bluetooth dynamometers, a phone
/// inclinometer) — with the devices' own units and settings (kilograms and percentages of body-weight support,
/// guidance force, km/h and mph, milliamps, microseconds and hertz, rpm, newton-metres and watts, platform levels,
/// cm², mm/s and °/s, newtons, RSI), about two thirds ordinary and complete (69 of 103), single- and multi-code
/// visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a PTA's code on one visit and a
/// PT's and an OT's code on one morning), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a robotics and gait lab ("Allegheny Bluffs Robotics &amp; Gait Lab": Lawrenceville — the Butler Street
/// gym — Monroeville, Cranberry Township and Bethel Park, Pennsylvania) that pastes each device's raw export into the
/// note as an "EXPORT&gt;" line of key=value fields (BWS_kg, GF_pct, v_kmh, dist_m, steps, stand_ups, catches) and
/// writes "Pt:", "Did", "Saw", "Problem" and "[TIME] 97116 = 28" lines with a "Staffing: [x] one PT : one patient"
/// row and an exoskeleton screen row: a retired Edgar Thomson steelworker from Braddock, a bus mechanic who wants to
/// get back under the buses, a fall stepping off the T at Castle Shannon, the city steps up to a rowhouse in Polish
/// Hill, the boarding ramp and turnstile of the Duquesne Incline, Mass at St. Stanislaus in the Strip, the Saturday
/// Strip District market, Giant Eagle, a motorcycle crash on Route 8, gutters, a scaffold downtown and a bouldering
/// wall;</item>
/// <item>a balance and posturography lab ("Platte Valley Balance &amp; Posturography Lab": Omaha — the Dodge Street
/// lab — Papillion, Bellevue and Council Bluffs, Iowa) that pastes its printouts in dotted columns under
/// "PRINTOUT — … (pasted)" and writes "READ:", "TX (97112, 20 min):" and "ONE-ON-ONE: ☑ yes — PT and patient only"
/// lines, "TESTS TODAY" and "Walking aid today" box rows: a retired Union Pacific conductor, a Hy-Vee bakery clerk,
/// a farmer near Blair, the Bob Kerrey pedestrian bridge bouncing under the joggers, the crowd at the College World
/// Series, the zoo's desert dome, Baker's parking lot, the Old Market's brick streets, the Lake Manawa path, a church
/// curb in the Bluffs, shunted normal-pressure hydrocephalus and chemotherapy-induced neuropathy;</item>
/// <item>a virtual-reality and gaming rehab clinic ("Sawtooth Interactive Rehab": Boise — the Bench — Meridian, Nampa
/// and Eagle, Idaho) writing a "GAME LOG" of game, setting and result in dotted columns with lower-case "aim:",
/// "why it matters:" and "time: 97112 — 19 min" lines, a pipe table of CPT, what and min, and an OT's BITS program
/// table: a lift operator at Bogus Basin, a Basque dancer who wants Jaialdi again, a drift boat on the South Fork, a
/// sugar-beet truck, a sheep ranch near Mountain Home, a potato shed in Parma, siphon tubes on hay ground near
/// Emmett, a float from Barber Park, the aisles at WinCo, the Greenbelt with a dog, the Owyhee and an overhead
/// cast;</item>
/// <item>a spinal-cord and neuro-technology outpatient programme ("Falls City Spinal Cord &amp; Neuro-Technology
/// Outpatient": Louisville — the Broadway clinic and its cycle room — St. Matthews, and Jeffersonville and New
/// Albany, Indiana) writing first-person paragraphs with a "STIM LOG" of channels, milliamps, hertz and microseconds,
/// a "Before we start" checklist and a "Billed:" line: a loader at the UPS hub, a hot-walker on the backside at
/// Churchill Downs, a bourbon bottling line and a distillery's rickhouse, the Ford truck plant, a car wreck on the
/// Watterson, a hayloft in Nelson County, an ATV rollover at the river, the Big Four Bridge, a choir loft in the West
/// End, canning tomatoes and a church ledger, the hospital's Spanish interpreter on an iPad;</item>
/// <item>a sports-performance physical-therapy clinic ("Delta Sports Lab Physical Therapy": Sacramento — Midtown —
/// Roseville, Davis and Elk Grove, California) writing "S:", "DATA (… export):", "TX —", "A:" lines and "DATA PULL"
/// boxes: a Sunday men's soccer league, pickleball four mornings a week, a bike commuter on the Causeway path, a
/// Cal Fire engineer's stair climb with a hose pack, a half-marathoner on the American River Parkway, a high-school
/// varsity soccer player and a point guard, club volleyball, slow-pitch softball, a utility lineworker, a trail runner,
/// a rice farmer near Woodland and the garage stairs at the Capitol.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h90-…): one-on-one in these writers' own words ("I had nobody else on my schedule for that slot
/// and stayed beside her at the KineAssist for the whole 97112", "just Mr. Heckman, me and the Balance Master — no
/// other patient treated by me during the 97112", "Private session in the VR room — the door shut, nobody but
/// Mr. Arriaga and me", "I treated only him, start to finish of the 97112" with his wife charging his power chair in
/// the corner, "The PTA worked with him alone, no other patient on her list for that slot", "an individual OT
/// session — Mr. Obi was the one client on my schedule for it", "Therapist-to-patient ratio for the 97112: one to
/// one", "she was the only patient in the gaming room and I never left her side" with a grandson on the bench,
/// "Solo treatment, one therapist and one patient" with an interpreter on the iPad), notes that negate it (a PT also
/// running another patient on the Lokomat across the bay, a shared platform hour with alternating trials on the
/// Biodex, a Wednesday VR balance class of four headsets, stepping over to change another patient's FES-cycle
/// settings) or never state it (a daughter filming the drills for home), and a code without a one-on-one check (only
/// 97112 is the one-on-one code in the shipped medicare profile): a 97110 on the FES cycle in a cycle room of three
/// riders;</item>
/// <item>class 2 (v2-h90-…): template states: "Staffing: [x] one PT : one patient" above a C-Mill programme and
/// "[x] two patients : one PT" above another, a "TESTS TODAY" box row beside "ONE-ON-ONE: ☑ yes", an OT's BITS
/// program table on a 97530, a "Before we start" checklist (bladder, blood pressure, skin) on an FES sit-to-stand
/// 97530, a "DATA PULL" box row on a 97110, an exoskeleton screen row on a 97116, "Walking aid today" boxes beside an
/// Opal sensor export, a goal-status box row on a PTA's Ring Fit 97110, an mCTSIB printout pasted with its fields
/// blank (the printer out of paper) and nothing else numbered, "session type: 1:1 ○ shared ○" left empty, an
/// "Impairment targeted: ____" line left blank with no deficit anywhere, and "Minutes: 97110 ____ 97530 ____" left
/// blank for two timed codes;</item>
/// <item>class 3 (v3-h90-…): named programmes, protocols and devices as techniques (robotic gait training in the
/// Lokomat with augmented feedback, home training in a personal Indego, locomotor training in the LiteGait over the
/// treadmill, sway-referenced surface and surround training on the forceplate, a VR habituation programme, the
/// Copenhagen adductor programme with the ForceFrame, the H200 with task practice, gait training with the WalkAide,
/// FIFA 11+ as a return-to-field block, Tai Ji Quan: Moving for Better Balance on the forceplate, a camera-tracked
/// shoulder programme), a VR module with no number and Balance Master training with no deficit;</item>
/// <item>class 4 (v4-h90-…): deficits stated as findings in these writers' terms (the city steps up to a rowhouse in
/// Polish Hill, a pedestrian bridge that bounces under the joggers and the crowd at the College World Series, a
/// drift boat that rocks under a caster, the long ramp at the end of the Big Four Bridge, a knee that caves on the
/// last cut of the shuttle, a calf that gives out at mile three on the Parkway, toes that catch on the Incline's
/// boarding ramp and a freeze at its turnstile, mugs on the second shelf and a wash line, flat envelopes on a moving
/// belt at the UPS hub) and notes that state none (a discharge re-test within the age norms with "no deficits
/// remain", a return-to-sport test with "no asymmetries remain; no impairment found");</item>
/// <item>class 5 (v5-h90-…): measures in their usual forms (sway area, centre-of-pressure velocity and path length,
/// the iTUG with cadence in steps per minute, Lokomat L-FORCE torques, a Tymo plate's sway path and score, FES
/// arm-ergometry power in watts, CMJ height, RSI and landing asymmetry, Bluetooth dynamometry in newtons, a BITS
/// scan-and-touch test, StepWatch steps per day beside a Zeno walkway, dorsiflexion from a phone inclinometer) and
/// notes with none ("smoother in the device than last week", "her sway trace looked smaller on the screen than last
/// week", "felt stronger on the NordBord", "Hand opening looked better today");</item>
/// <item>class 6 (v6-h90-…): minutes in their usual forms ("[TIME] 97116 = 28 · 97112 = 15", "Billed: 97112 ×1 (14
/// min) · 97110 ×1 (12 min)", a CPT | what | min table, "I spent 25 minutes on the FES leg cycle with him (97110) and
/// then 15 minutes on transfer training (97530)", "97110: 12 min … 97530: 16 min … = 28 min", a PT's Lokomat and a
/// PTA's ther ex, a PT's and an OT's code on one morning, a 97112 in two parts around an iTUG) and true mismatches
/// (an Ekso session 40 against 28, an OT's VR fruit market 32 against 20, a second code 25 against 12) and truly
/// missing separate time ("45 minutes together" between the FES bike and the mat, "Lab time today: 38 min, NMR and
/// gait training");</item>
/// <item>class 7 (v7-h90-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (isokinetic knee work on the Biodex dynamometer after a knee
/// replacement), 97530 (BTE Primus work simulation and a roller conveyor for a package handler), 97140 (IASTM, a
/// Mulligan mobilisation with movement and radial-head glides with pain-free grip) and 97116 (over-ground walking in
/// the Andago after a hip fracture), and wholly generic 97112, 97110 + 97530 and OT 97530 notes;</item>
/// <item>ordinary (vord-h90-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (438.20), a generic two-code
/// note with a total, a PTA's NMR time that differs, a manual-therapy time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — wives, a son, a daughter, a
/// grandson and a sister, an interpreter on an iPad (none of them a patient; Mr. F. on the Lokomat, the patient
/// alternating trials on the Biodex, the four in the VR class, the rider on the next FES cycle and the three in the
/// cycle room are), device settings and exports (body-weight support in kilograms and percent, guidance force,
/// treadmill and belt speeds, grades, stimulation channels, milliamps, microseconds, hertz and ramps, cadence in rpm,
/// resistance in newton-metres, power in watts, distances in kilometres, metres and feet, step and stand-up counts,
/// device catches, platform levels, gains and spring settings, program numbers), printout values (sway indices,
/// reaction times in seconds, excursions and directional control in percent, cm², mm/s, °/s, newtons, body weights,
/// RSI, jump and drop heights), cadence in steps per minute, steps per day, a blood pressure, game scores, levels and
/// gates, spinal levels and AIS grades, ages, weeks and months since an injury or surgery — and each is written so
/// that a reviewer cannot take it for a code's minutes; the notes failed for want of a measure carry no number but
/// their code's and its minutes (no device model number, age or setting); no note gives a device's session length or
/// walking time, and no note gives minutes to a test, a set-up, donning a device, a rest or a work shift.
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
/// documentation profile (electrical stimulation, instrumented balance testing and posturography, evaluations and
/// group classes stay in the notes, never on a line).
/// This set also leaves out whether robotic, exoskeleton, virtual-reality or FES-assisted sessions are covered or
/// medically necessary at all (a coverage question, not the note's), whether FES cycling belongs on 97110, 97530 or an
/// electrical-stimulation code, whether a 97110 in a cycle room or a VR class belongs on 97150 and whether a
/// force-plate or posturography test is billed on its own code (coding questions, not the note's), a technician or
/// aide running a device during a billed service, a device's own session length or walking time beside a code's
/// minutes, a game's score or level or a robot's settings (guidance force, body-weight support) as a note's only
/// number, and a diagnosis named in the note as its only deficit.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 90 of 103 cases agree (101 needed), and 6 of the 69 notes the reviewer passes got a finding, on the analyzer of b0456dd (the start of the 2026-12-06 fourteenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 102 of 103, 1 false positive — the vocabulary of the setting from a helper who had not written the set (FES cycling, posturography indices, target and obstacle hits, stand-up counts; towns named Falls). Left: v1-h90-plattevalley-just-him-me-and-the-balance-master — a limits-of-stability table whose measures' names are in its heading row and their numbers in the rows below ("FWD ....... 1.32 ... 2.8 ... 61"); its false-positive fact is skipped with that reason.</para>
/// <para>Later (2026-12-06, sixteenth session): 103 of 103, no false positive — a measure's name titling its line over the lines of its table ("PRINTOUT — Limits of Stability (pasted)" over "FWD ..... 1.32 ... 2.8 ..... 61") has its numbers there; its false-positive fact unskipped.</para>
/// </summary>
public class HeldOutNotesIssue18NinetiethTests(ITestOutputHelper output)
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

        // Allegheny Butler St cerebellar stroke on the KineAssist: "I had nobody else on my schedule for that slot and stayed beside her at the KineAssist for the whole 97112 (22 min)"; device perturbations at the pelvis, stepping responses, reaches out of the base; reactive postural control and trunk ataxia; device catches 5 of 24: passes.
        ["v1-h90-allegheny-kineassist-nobody-else-on-my-schedule"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Lawrenceville (Butler St)
            Pt: Mrs. D. Kowalczyk, 68 · R cerebellar stroke in the spring · wants to walk to Mass at St. Stanislaus in the Strip without her son's arm
            I had nobody else on my schedule for that slot and stayed beside her at the KineAssist for the whole 97112 (22 min).
            EXPORT> KineAssist | mode=perturbation | trunk_support=on | pelvic_push_N=40 | directions=AP,ML | perturbations=24 | caught_by_device=5
            Did: standing perturbations from the device at the pelvis, forward/back then side to side; stepping responses to the unannounced pushes; reaching out of her base to the targets on the screen
            Saw: trunk ataxia and late, oversized stepping responses to the L — the device caught her 5 of 24 times (11 of 24 at the start of the block)
            Problem: reactive postural control and trunk ataxia after the cerebellar stroke
            """,
            ["I69.393", "R26.81"], [PT("97112", 22)], []),

        // Allegheny Monroeville central cord injury: "While he walked in the Andago I was also running Mr. F. on the Lokomat across the bay": attending another patient; Andago perturbations, quick stops and turns, foam-beam step-overs; postural control; Mini-BESTest present: one-on-one missing.
        ["v1-h90-allegheny-andago-while-running-the-lokomat"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Monroeville
            Pt: Mr. G. Sauer, 63 · incomplete cervical cord injury (central cord, AIS D) after a fall off a ladder cleaning the gutters
            While he walked in the Andago I was also running Mr. F. on the Lokomat across the bay, checking his settings between Mr. Sauer's rounds.
            EXPORT> Andago | BWS_pct=20 | perturbation=on | dist_m=180 | stops=4
            Did (97112, 20 min): free walking in the Andago with the side-to-side perturbations switched on; quick stops and turns on my call; stepping over the foam beam
            Saw: postural control slow — steps wide and grabs the frame on each perturbation
            Mini-BESTest 16/28 (reactive control 2/6)
            """,
            ["S14.125S"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Platte Dodge St Parkinson's, retired UP conductor: "ONE-ON-ONE: just Mr. Heckman, me and the Balance Master — no other patient treated by me during the 97112 (20 min)"; LOS training, rhythmic weight shift, backward stepping; impaired postural control with bradykinesia; the LOS printout: passes.
        ["v1-h90-plattevalley-just-him-me-and-the-balance-master"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Omaha (Dodge St)
            Patient: Mr. R. Heckman, 74 · Parkinson's disease, H&Y 2.5 · retired Union Pacific conductor
            ONE-ON-ONE: just Mr. Heckman, me and the Balance Master — no other patient treated by me during the 97112 (20 min).
            PRINTOUT — Limits of Stability (pasted)
              Direction ...... RT(s) .. MVL(°/s) .. EPE(%) .. MXE(%) .. DCL(%)
              FWD ............ 1.32 ... 2.8 ....... 61 ...... 74 ...... 68
              BWD ............ 1.41 ... 1.9 ....... 38 ...... 52 ...... 55
              COMPOSITE ...... 1.18 ... 3.4 ....... 58 ...... 71 ...... 66
            TX: LOS training on the forceplate — leaning to the eight targets with the cursor, big and fast on my count; rhythmic weight shift front/back, then side/side, at the slow and the fast pace; backward stepping to recover from my tug at the gait belt
            READ: slow, small weight shifts, worst backward — impaired postural control with bradykinesia; he goes over backward reaching into the pickup's bed
            """,
            ["G20.A1", "R26.81"], [PT("97112", 20)], []),

        // Platte Papillion vestibular neuritis, Hy-Vee bakery: "Shared platform hour: Mrs. Ruiz and another patient of mine took turns on the Biodex, alternating trials, and I coached both": another patient in the block; platform head turns, gaze holds, foam eyes closed; vestibular hypofunction with visual and surface dependence; mCTSIB sway indices present: one-on-one missing.
        ["v1-h90-plattevalley-alternating-trials-on-the-biodex"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Papillion
            Patient: Mrs. J. Ruiz, 66 · L vestibular neuritis in the winter · bakery clerk at the Hy-Vee
            Shared platform hour: Mrs. Ruiz and another patient of mine took turns on the Biodex, alternating trials, and I coached both.
            TX (97112, 19 min): Biodex platform at level 6 with head turns to the metronome; gaze holds on the screen's dot while the platform moves; eyes-closed trials on the foam insert
            PRINTOUT — mCTSIB sway index (pasted)
              firm EO 0.61 · firm EC 1.02 · foam EO 1.44 · foam EC 3.10
            READ: L vestibular hypofunction with visual and surface dependence — the foam eyes-closed trial is the one that sends her to the rail
            """,
            ["H81.22"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // Platte Council Bluffs diabetic neuropathy, Lake Manawa walker: "Therapist-to-patient ratio for the 97112: one to one"; dynamic platform weight shifts, random control, maze with head turns; vision-reliant postural control with lost plantar sensation; Biodex fall-risk index; 18 matches: passes.
        ["v1-h90-plattevalley-ratio-one-to-one"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Council Bluffs, Iowa
            Patient: Mrs. E. Sorensen, 79 · type 2 diabetes with neuropathy in both feet · walks the Lake Manawa path with her sister
            Therapist-to-patient ratio for the 97112: one to one.
            PRINTOUT — Biodex Balance System SD, Fall Risk Test (pasted)
              Platform ........ 12 → 8
              Overall index ... 2.1   (age norm 0.9–2.1; 3.6 at eval)
            TX (97112, 18 min): dynamic platform at level 8 → 6 — weight shifts to the screen targets; random-control mode, eyes on the cursor; then the maze with a head turn at each gate
            READ: postural control leaning on vision — plantar sensation lost in both feet; she sways into the rail once her eyes leave the screen
            """,
            ["E11.42", "R26.81"], [PT("97112", 18)], []),

        // Sawtooth Bench vestibular neuritis, Bogus Basin lift operator: "Private session in the VR room — the door shut, nobody but Mr. Arriaga and me for the whole 97112"; headset river run on foam, head turns to birdcalls; R vestibular hypofunction with motion sensitivity; gates and FGA; 19 matches: passes.
        ["v1-h90-sawtooth-private-session-in-the-vr-room"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Boise (Bench)
            pt: Mr. T. Arriaga, 57 · R vestibular neuritis last fall · runs the chairlift at Bogus Basin — the loading ramp "moves" when the chairs swing past
            Private session in the VR room — the door shut, nobody but Mr. Arriaga and me for the whole 97112.
            GAME LOG
              game ............ setting ........................... result
              River Run ....... headset, standing on foam, head free .. 34 of 40 gates (29 last wk)
              Bird Watch ...... seated → standing, head turns to the call .. 18 of 20 spotted
            aim: gaze stabilization and habituation inside the headset — the scenery moves and he keeps the target and his feet; then quick head turns toward the birdcalls
            why it matters: R vestibular hypofunction with motion sensitivity after the neuritis
            FGA today 23/30
            time: 97112 — 19 min
            """,
            ["H81.21"], [PT("97112", 19)], []),

        // Sawtooth Nampa stroke, Basque dancer, grandson holding her water on the bench: "one-on-one — she was the only patient in the gaming room and I never left her side for the 97112"; balance-board weight shifting and stepping games; L weight-bearing and postural control; board % and game counts; 20 matches: passes.
        ["v1-h90-sawtooth-grandson-on-the-bench"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Nampa
            pt: Mrs. L. Echeverria, 71 · L hemiparesis after a R MCA stroke · danced with the Basque club at Jaialdi and wants to again
            her grandson held her water and sat on the bench; one-on-one — she was the only patient in the gaming room and I never left her side for the 97112
            GAME LOG
              game ............... setting ........................... result
              Table Tilt ......... Wii balance board, firm floor ........ 7 of 9 balls in
              Soccer Heading ..... Wii balance board, step out to the ball .. 22 of 30
            aim: weight shifting onto the L leg with the board's feedback; a stepping strategy to dodge the balls
            why it matters: L weight-bearing and postural control after the stroke — she stands with most of her weight on the R
            board reading: 41% L / 59% R (33% / 67% at eval)
            time: 97112 — 20 min
            """,
            ["I69.354"], [PT("97112", 20)], []),

        // Sawtooth Meridian "Wednesday VR balance class (four headsets, four patients, one PT)": a group; orchard reaches out of the base, start-stop at signals; postural instability with festination; apple counts, stops and Mini-BESTest present: one-on-one missing.
        ["v1-h90-sawtooth-wednesday-vr-class-of-four"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Meridian · Wednesday VR balance class (four headsets, four patients, one PT)
            pt: Mr. W. Dunning, 69 · Parkinson's · retired from the potato shed in Aberdeen
            GAME LOG
              Orchard Reach ... standing, reach up and out for the apples .. 41 apples, 3 losses of balance
              Crosswalk ....... step off and stop at the signals .......... 16 of 20 stops on time
            aim: reaching outside the base of support, a stepping strategy, start and stop on the cue
            why it matters: postural instability with festination on turns and stops
            Mini-BESTest 18/28
            time: 97112 — 18 min
            """,
            ["G20.A1"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Falls City Broadway T10 incomplete SCI, UPS loading dock: "His wife sat in the corner charging his power chair; no other patient — I treated only him, start to finish of the 97112, 23 min"; seated reaches on the force plate, trunk perturbations eyes closed, rhythmic stabilization; trunk postural control and motor recruitment; seated reach cm and targets: passes.
        ["v1-h90-fallscity-wife-charging-the-power-chair"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — Louisville (Broadway)
            Mr. J. Thurman, 44, T10 incomplete (AIS C) after a fall from a loading dock at the UPS hub two years ago. His wife sat in the corner charging his power chair; no other patient — I treated only him, start to finish of the 97112, 23 min.
            We worked on short-sitting balance on the force plate with the screen in front of him: reaches to the targets outside his base, then my perturbations at the trunk with his eyes closed, then rhythmic stabilization.
            Impairment: trunk postural control and motor recruitment below the lesion — he goes over backward reaching for the floor.
            Seated reach (modified functional reach) 31 cm forward, 12 cm to the L (24 cm and 6 cm at eval); 14 of 16 targets reached without a hand down.
            """,
            ["G82.22", "S24.153S"], [PT("97112", 23)], []),

        // Falls City St. Matthews OT, Ford-plant forklift driver after a stroke: "This was an individual OT session — Mr. Obi was the one client on my schedule for it, and I stayed with him through all of the 97112 (21 min)"; MyoPro EMG-triggered motor-learning drills; triceps and finger-extensor recruitment with flexor synergy; FM-UE and cone transfers: passes.
        ["v1-h90-fallscity-ot-myopro-one-client-on-my-schedule"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — St. Matthews · OT
            Mr. A. Obi, 61, R hemiparesis after a L MCA stroke; drove a forklift at the Ford truck plant. This was an individual OT session — Mr. Obi was the one client on my schedule for it, and I stayed with him through all of the 97112 (21 min).
            MyoPro on the R arm, EMG-triggered: biceps gain 6, triceps gain 4, dual mode.
            Motor-learning drills with the EMG feedback: reaching to the cones on the table and back, letting go to open the hand, then slow elbow extension against gravity without the flexor synergy pulling the arm in.
            Deficit: motor recruitment of the R triceps and finger extensors is weak; the arm pulls into flexor synergy on every reach.
            Measured: FM-UE 33/66 (27/66 at eval); 9 of 12 cone transfers without the elbow flexing in.
            """,
            ["I69.351"], [OT("97112", 21)], []),

        // Falls City New Albany stroke, bourbon bottling line, Spanish interpreter on the iPad: "Solo treatment, one therapist and one patient, through the whole 97112"; L300 Go cueing motor-control drills (heel taps, toe taps, weight shifts); R dorsiflexor recruitment and timing; DF degrees and taps; "Billed: 97112, 17 minutes": passes.
        ["v1-h90-fallscity-solo-treatment-interpreter-on-the-ipad"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — New Albany, Indiana
            Sra. M. Pérez, 52, L MCA stroke in January; works the line at a bourbon bottling plant. The hospital's Spanish interpreter joined on the iPad. Solo treatment, one therapist and one patient, through the whole 97112.
            STIM LOG: L300 Go on the R peroneal nerve, clinician program for practice — 35 Hz, 250 µs, ramp up 0.5 s
            Motor-control drills with the stimulation cueing the movement, then without it: seated heel taps to the numbered targets on the floor; standing toe taps to a step with the knee kept soft; weight shifts R/L while tapping.
            Impairment: R dorsiflexor recruitment and timing are poor; the toe drags and the knee snaps back.
            Active DF R 12° (4° at eval); 15 of 20 taps on target without the stim.
            Billed: 97112, 17 minutes
            """,
            ["I69.351"], [PT("97112", 17)], []),

        // Falls City Jeffersonville transverse myelitis: "I stepped over twice during her sets to change another patient's settings on the FES cycle and restart his ride": attending another patient; kneeling rhythmic stabilization, half-kneel perturbations, foam eyes closed; proprioception and hip recruitment; Romberg seconds and counts present: one-on-one missing.
        ["v1-h90-fallscity-stepped-over-to-the-fes-cycle"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — Jeffersonville, Indiana
            Ms. K. Grady, 38, transverse myelitis last year (T6 level); works from home for the bank.
            I stepped over twice during her sets to change another patient's settings on the FES cycle and restart his ride.
            97112 — 21 min: tall-kneeling on the mat with rhythmic stabilization at the pelvis; half-kneel to stand with my perturbations; standing on foam with eyes closed and head turns
            Impairment: proprioception lost in both legs below the level and weak hip recruitment; she watches her feet to know where they are.
            Romberg on foam, eyes closed, 6 s (unable at eval); 8 of 10 half-kneel to stand without a hand down
            """,
            ["G37.3"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Delta Elk Grove PTA, soccer ACL: "The PTA worked with him alone, no other patient on her list for that slot, for all of the 97112 (18 min)"; force-plate landings with the live trace, hop-and-hold to the Airex, tilt board with perturbations; R knee neuromuscular control; landing asymmetry and foam seconds: passes.
        ["v1-h90-delta-pta-worked-with-him-alone"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Elk Grove
            S: K. Marroquin, 24, Sunday men's soccer league — R ACL reconstruction (patellar tendon graft), month 6. PTA visit under the PT's plan.
            The PTA worked with him alone, no other patient on her list for that slot, for all of the 97112 (18 min).
            TX: SL landings onto the force plate with the live landing-force trace on the TV; lateral hop-and-hold onto the Airex; tilt board, single leg, with the PTA's perturbations at the hips
            DATA (ForceDecks export): landing asymmetry L>R 14% (22% at month 5); SL stance on the Airex R 24 s
            A: R knee neuromuscular control — unloads the R on landing and the knee drifts in
            """,
            ["S83.511D"], [PTA("97112", 18)], []),

        // Delta Roseville pickleball ankle sprain, "her daughter came and filmed the drills on her phone for home", nothing states one-on-one; Blazepod foot taps, BOSU catches, shuffle-and-stop; L ankle proprioception and peroneal reaction; Y-balance and SLS present: one-on-one missing.
        ["v1-h90-delta-daughter-filming-never-stated"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Roseville
            S: P. Lindgren, 63, pickleball four mornings a week — L lateral ankle sprain (grade II) at the courts; her daughter came and filmed the drills on her phone for home.
            TX (97112 — 20 min): Blazepod lights on the floor, tapping each with the R foot while standing on the L; SL stance on the BOSU with ball catches; lateral shuffle and stop on the light
            DATA: Y-balance anterior L 57 cm / R 65 cm; SLS eyes closed L 7 s / R 19 s
            A: L ankle proprioceptive deficit and a slow peroneal reaction — she rolls it stepping off the court
            """,
            ["S93.402D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Falls City Broadway cycle room, "Three riders in the cycle room this morning, one PT running all three bikes": 97110 has no one-on-one check; RT300 FES leg cycling with the stim log, km, rpm and resistance; paralysis and disuse atrophy of both legs; 25 matches: passes.
        ["v1-h90-fallscity-cycle-room-of-three-97110"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — Louisville (Broadway) · cycle room
            Three riders in the cycle room this morning, one PT running all three bikes.
            Mr. D. Greer, 29, C6 incomplete (AIS B) after a car wreck on I-65, rode the RT300 with FES — 97110, 25 min.
            STIM LOG
              Ch 1–2  quads ........ 90 mA
              Ch 3–4  hamstrings ... 80 mA
              Ch 5–6  glutes ....... 85 mA
              35 Hz · 300 µs
            Ride: 6.4 km at 45 rpm, resistance 3 Nm, two bouts with a 2-km passive cool-down; 1 spasm stop
            For: paralysis and disuse atrophy of both legs — thigh muscle bulk, bone health, tone and skin
            """,
            ["G82.54", "S14.156S"], [PT("97110", 25)], []),

        // ---------------------------------------------------------------- class 2: checkbox, box-row, printout and grid states

        // Allegheny Cranberry "Staffing: [x] one PT : one patient [ ] two patients : one PT [ ] PT + tech" above a C-Mill programme: stepping-stone targets, sudden obstacles, belt stop-starts; L motor timing and postural control after a pontine stroke; obstacle hits and targets %; 21 matches: passes.
        ["v2-h90-allegheny-staffing-one-pt-one-patient-c-mill"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Cranberry Township
            Staffing:  [x] one PT : one patient   [ ] two patients : one PT   [ ] PT + tech
            Pt: Mr. S. Novak, 58 · L hemiparesis after a R pontine stroke · bus mechanic at the garage, wants back under the buses
            EXPORT> C-Mill | harness=on, no unweighting | belt_kmh=2.4 | program=obstacle_avoid+stepping_stones | obstacles=30 | hits=6 | targets_hit_pct=78
            Did (97112, 21 min): stepping-stone targets projected on the belt; sudden obstacles to step over with the L leading; the belt's sudden stop-starts for balance recovery
            Saw: timing and sequencing of the L step are late — he clips the obstacles with the L toe and is slow to recover when the belt stops
            Problem: L motor timing and postural control after the pontine stroke
            """,
            ["I69.354"], [PT("97112", 21)], []),

        // Allegheny Bethel Park "Staffing: [ ] one PT : one patient [x] two patients : one PT": not one-on-one; C-Mill belt perturbations, eyes closed on the creeping belt, projected targets; somatosensory loss after chemotherapy; perturbation and recovery-step counts present: one-on-one missing.
        ["v2-h90-allegheny-staffing-two-patients-ticked"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Bethel Park
            Staffing:  [ ] one PT : one patient   [x] two patients : one PT   [ ] PT + tech
            Pt: Mrs. B. Zawacki, 70 · neuropathy in both feet after chemotherapy for lymphoma · fell stepping off the T at Castle Shannon
            EXPORT> C-Mill | belt_kmh=2.0 | program=balance_perturbation | perturbations=20 | recovery_steps_mean=1.6 | harness_catches=2
            Did (97112, 20 min): belt perturbations forward and back in standing; standing on the belt with eyes closed as it creeps; stepping onto the projected targets
            Saw: somatosensory loss in both feet — slow, multi-step recoveries and reliance on the handrail
            """,
            ["G62.0"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Platte Bellevue "TESTS TODAY: ☑ mCTSIB ☑ Limits of Stability ☐ SOT ☐ iTUG" and "ONE-ON-ONE: ☑ yes — PT and patient only ☐ no"; LOS training, foam eyes closed with perturbations, stepping strategy; somatosensory loss with poor postural control; mCTSIB and LOS printouts; 22 matches: passes.
        ["v2-h90-plattevalley-tests-today-and-one-on-one-boxes"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Bellevue
            TESTS TODAY:  ☑ mCTSIB   ☑ Limits of Stability   ☐ SOT   ☐ iTUG
            ONE-ON-ONE:   ☑ yes — PT and patient only   ☐ no
            Patient: Mr. H. Vogel, 81 · three falls this winter (his driveway, Baker's parking lot, the garage step) · peripheral neuropathy
            PRINTOUT — mCTSIB (pasted), sway velocity °/s:  firm EO 0.4 · firm EC 0.7 · foam EO 1.3 · foam EC 2.9 (fell on trial 2)
            PRINTOUT — LOS composite (pasted):  RT 1.22 s · EPE 54% · DCL 63%
            TX (97112, 22 min): LOS training to the screen targets; standing on foam with eyes closed and my light perturbations; stepping strategy to recover from my tug at the belt
            READ: somatosensory loss in both feet with poor postural control on compliant surfaces
            """,
            ["G62.9", "R29.6"], [PT("97112", 22)], []),

        // Platte Papillion labyrinthitis, "ONE-ON-ONE: ☑ yes"; gaze stabilization on foam, platform head turns, hallway head pitch — "PRINTOUT — mCTSIB (pasted): firm EO ____ … (printer out of paper; not re-run)" and no number in the note but the code's: measure missing.
        ["v2-h90-plattevalley-printout-fields-blank"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Papillion
            ONE-ON-ONE:   ☑ yes — PT and patient only   ☐ no
            Patient: Mr. K. Lindahl · R labyrinthitis in the winter; farms near Blair
            PRINTOUT — mCTSIB (pasted):  firm EO ____   firm EC ____   foam EO ____   foam EC ____
              (printer out of paper; not re-run)
            TX (97112, 19 min): gaze stabilization with head turns on the foam insert; Biodex dynamic platform with head turns to the metronome; walking the hall with head pitch, stopping on my call
            READ: R vestibular hypofunction; unsteady with head movement, worse on soft ground
            """,
            ["H83.01"], [PT("97112", 19)], [At(Measure, "97112")]),

        // Sawtooth Eagle OT, BITS program table (Multi-Target, Sequence, Dual-task Reach with hits and misses) on a 97530: reaching and sequencing standing at the board, cone carries; L arm weakness and slowed motor planning with a siphon-tube goal; 24 matches: passes.
        ["v2-h90-sawtooth-ot-bits-program-table-97530"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Eagle · OT
            pt: Mr. R. Ybarguen, 66 · L hemiparesis (R MCA stroke) · irrigates hay ground near Emmett
            BITS touchscreen, standing at the board:
              program .............. setting ................ result
              Multi-Target ......... full board, L hand ...... 44 hits, 3 misses
              Sequence ............. 5-step, L hand .......... 8 of 10 sequences right
              Dual-task Reach ...... naming + reaching ....... 31 hits
            OT — Therapeutic activities (97530), 24 min: reaching across the board with the L hand while standing, sequencing the targets, then carrying the cones to the shelf and back, 6 trips, standing at the board without holding the counter
            Deficit: L arm weakness and slowed motor planning after the stroke; standing tolerance at the counter — he wants to set his siphon tubes again
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // Sawtooth Nampa "session type: 1:1 ○ shared ○" both left empty and nothing states one-on-one; VR snowboard slalom on foam, tandem stepping on the board; L limb ataxia after a cerebellar stroke; gates, steps and FGA present: one-on-one missing.
        ["v2-h90-sawtooth-session-type-both-empty"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Nampa
            session type:  1:1 ○   shared ○
            pt: Mr. D. Urquidi, 48 · small L cerebellar stroke · drives truck in the sugar-beet harvest
            GAME LOG
              Snowboard Slalom (VR) ... standing on foam, lean to carve ....... 27 of 35 gates
              Tightrope ............... tandem stepping on the balance board ... 12 steps before a misstep
            aim: trunk and limb ataxia; tandem stepping and control of the lean
            why it matters: L limb ataxia with a wide base — he grabs the cab handle climbing into the beet truck
            FGA 17/30
            time: 97112 — 18 min
            """,
            ["I69.393"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Falls City Broadway "Before we start: ☑ bladder emptied ☑ BP 112/74 seated ☑ skin checked ☐ headache / flushing" above a complete 97530: FES-triggered sit-to-stands, counter reaches, board transfers with counts; quad and hip weakness below the lesion with kitchen and bedtime goals; 24 matches: passes.
        ["v2-h90-fallscity-before-we-start-checklist-97530"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — Louisville (Broadway)
            Before we start:  ☑ bladder emptied   ☑ BP 112/74 seated   ☑ skin checked (sacrum, heels)   ☐ headache / flushing
            Mr. T. Bledsoe, 35, T12 incomplete (AIS C) after a fall off scaffolding in a distillery's rickhouse.
            97530, 24 min: sit-to-stand from his chair with the stimulation to both quads and glutes triggered by the push button, 4 x 5; standing at the counter reaching to the upper cabinet, 3 x 8 each side; wheelchair to the mat and back with the board, x 6
            STIM LOG: quads Ch 1–2 70 mA, glutes Ch 3–4 65 mA · 30 Hz · 300 µs
            For: weak quads and hips below the lesion — he can't stand at the kitchen counter to cook or get himself from the chair to the bed at night
            """,
            ["G82.22", "S24.154S"], [PT("97530", 24)], []),

        // Falls City Jeffersonville "Impairment targeted: ______" left blank and no deficit, region or system anywhere; one-on-one stated; foam perturbations, half-kneeling rhythmic stabilization, force-plate target shifts; targets and seconds: deficit missing.
        ["v2-h90-fallscity-impairment-targeted-left-blank"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — Jeffersonville, Indiana
            Impairment targeted: ______________________
            Mr. P. Whitlock, 58. One-on-one with me for the whole 97112 — no one else on my schedule.
            97112 — 20 min: standing on the foam with my perturbations; rhythmic stabilization in half-kneeling; weight shifts to the targets on the force plate's screen
            Measured: 17 of 20 targets; foam stance with eyes closed 14 s
            """,
            ["G61.0"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Delta Davis "DATA PULL: (✓) NordBord (✓) ForceFrame ( ) ForceDecks ( ) HHD" above a complete 97110: band-assisted Nordics, SL RDL, long-lever bridges, isometric holds with doses; R hamstring eccentric weakness with NordBord and ForceFrame newtons; 16 matches: passes.
        ["v2-h90-delta-data-pull-boxes-97110"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Davis
            DATA PULL:  (✓) NordBord   (✓) ForceFrame   ( ) ForceDecks   ( ) HHD
            S: J. Whitaker, 31, bike commuter with Sunday road rides out to Winters — R hamstring strain (proximal, grade I) sprinting for a light on the Causeway bike path
            DATA: NordBord peak eccentric force R 271 N / L 338 N (20% deficit; 34% at eval); ForceFrame hip adduction R 302 N / L 315 N
            TX — 97110, 16 min: Nordic curls, band-assisted, 3 x 5; single-leg RDL 25 lb 3 x 8; long-lever bridge 3 x 10; isometric hamstring holds on the ForceFrame 5 x 5 s
            A: R hamstring eccentric weakness after the strain
            """,
            ["S76.311D"], [PT("97110", 16)], []),

        // Delta Midtown Cal Fire engineer, "Minutes: 97110 ____ 97530 ____" left blank for two timed codes: separate time missing; both sections complete (Spanish squat, decline squat, leg extension with doses; hose-pack stair climb, hose drag, kneel-to-stand with loads and counts; L patellar tendon load tolerance and quad weakness).
        ["v2-h90-delta-minutes-grid-blank"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Sacramento (Midtown)
            Minutes:  97110 ____   97530 ____
            S: R. Alvarado, 27, Cal Fire engineer — L patellar tendinopathy; the knee aches on the stair climb with the hose pack
            DATA (ForceDecks): CMJ 34.1 cm; landing asymmetry L<R 11%
            97110: Spanish squat isometric 5 x 45 s; decline single-leg squat with 25 lb 3 x 8; leg extension 3 x 10 at 40 lb
            97530: stair climb with a 45-lb hose pack, 6 flights; hose drag 30 m x 4; kneel-to-stand with the pack, 2 x 6
            A: L patellar tendon load tolerance and quad weakness
            """,
            ["M76.52"], [PT("97110", 15), PT("97530", 14)], [SepTime]),

        // Allegheny Butler St "Exo screen: [x] skin check done [x] BP sitting and standing [x] bone density on file [ ] spotter needed" above a complete 97116: EksoGT hallway loop with the walker, weight-shift stepping, stand-ups and turns; LE weakness below L1; steps, stand-ups and CGA: passes.
        ["v2-h90-allegheny-exo-screen-row-97116"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Lawrenceville (Butler St)
            Exo screen:  [x] skin check done   [x] BP sitting and standing   [x] bone density on file   [ ] spotter needed
            Pt: Mr. M. Doyle, 52 · L1 incomplete (AIS C) after a fall from a scaffold downtown · wants to walk into the Giant Eagle from the lot
            EXPORT> EksoGT | assist=adaptive L / adaptive R | step_trigger=ProStep | steps=642 | stand_ups=4
            Did (97116, 26 min): walking the hallway loop in the Ekso with the front-wheeled walker, shifting his weight forward and over to trigger each step, cued to stand tall; sit-to-stand and turns in the device; CGA from me at the pelvis on the turns
            Saw: trunk sway and a short L step
            Problem: weakness of both legs below L1 (hips 2/5, knees 2-/5); cannot walk without the device
            """,
            ["G82.22", "S34.121S"], [PT("97116", 26)], []),

        // Platte Dodge St "Walking aid today: ☐ none ☑ single-point cane ☐ rollator ☐ walker" with an Opal sensor export; cane gait on the hallway loop, ramp and curb with distance and SBA; short R stride and stiff knee after a TKA; 18 matches: passes.
        ["v2-h90-plattevalley-walking-aid-boxes-opal-97116"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Omaha (Dodge St)
            Walking aid today:  ☐ none   ☑ single-point cane   ☐ rollator   ☐ walker
            Patient: Mrs. A. Tran, 72 · R TKA in the fall · takes her grandchildren to the zoo on Saturdays
            SENSORS (Opal, both feet and lumbar), pasted:  gait speed 0.84 m/s · stride length L 0.98 m / R 0.91 m · double support 31%
            TX — gait training (97116), 18 min: cane in the L hand along the hallway loop, 4 x 60 m; the ramp to the parking lot x 4; up and down the curb; cued R heel strike and knee straightening in stance; SBA
            READ: short R stride and a stiff R knee through swing after the knee replacement
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 18)], []),

        // Sawtooth Bench PTA, "Goal status: ☑ progressing ☐ met ☐ not progressing" on a complete Ring Fit 97110: ring squats, knee-to-chest, overhead press, seated mountain climbers with doses; hip and knee extensor weakness and endurance after a hospital stay, with a river-float goal; 15 matches: passes.
        ["v2-h90-sawtooth-pta-goal-status-boxes-ring-fit-97110"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Boise (Bench) · PTA
            Goal status:  ☑ progressing   ☐ met   ☐ not progressing
            pt: Ms. C. Hollister, 64 · deconditioned after three weeks in the hospital with pneumonia · wants to float the river from Barber Park with her book club this summer
            Ring Fit Adventure on the big screen — 97110, 15 min:
              squats with the Ring-Con on the thigh 3 x 10
              Knee-to-Chest, standing, 3 x 12 each
              overhead press with the Ring-Con 3 x 12
              Mountain Climber, seated version, 2 x 20
            aim: hip and knee extensor weakness and low endurance after the hospital stay — she gets up from the low couch with both arms
            """,
            ["M62.81", "R53.81"], [PTA("97110", 15)], []),

        // ---------------------------------------------------------------- class 3: named programmes, protocols and devices as techniques

        // Allegheny Monroeville retired steelworker, robotic gait training in the Lokomat with augmented feedback (guidance lowered on the R, feedback bars for hip flexion and knee extension): BWS, speed, distance and steps; R stiff-knee gait with poor hip flexion and a short step; 28 matches: passes.
        ["v3-h90-allegheny-lokomat-augmented-feedback-97116"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Monroeville
            Pt: Mr. E. Bartek, 66 · R hemiparesis after a L MCA stroke in March · retired from the Edgar Thomson works in Braddock
            EXPORT> Lokomat | BWS_kg=28.5 | GF_pct_L=40 GF_pct_R=70 | v_kmh=2.1 | dist_m=812 | steps=1306 | augmented_feedback=on
            Did (97116, 28 min): robotic gait training in the Lokomat — guidance on the R lowered from 80% to 70%, the feedback bars on the screen for R hip flexion in swing and R knee extension in stance, cued to "push the bar up"
            Saw: R stiff-knee gait with poor hip flexion in swing and a short R step
            """,
            ["I69.351"], [PT("97116", 28)], []),

        // Allegheny Cranberry T11 complete, personal Indego being fitted for home: donning from the chair, sit-to-stands with forearm crutches, turns, the kitchen mock-up with counts and steps and his wife learning to spot; no motor below T11 with a driveway-to-house goal; 25 matches: passes.
        ["v3-h90-allegheny-indego-home-training-97530"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Cranberry Township
            Pt: Mr. L. Fratto, 39 · T11 complete (AIS A) after a motorcycle crash on Route 8 · personal Indego being fitted for home
            EXPORT> Indego | mode=Motion+ | steps=488 | sit_to_stand=8 | stand_to_sit=8
            Did (97530, 25 min): home training in the Indego — donning it from the wheelchair; sit-to-stand with forearm crutches, x 8; turning in place; walking the kitchen mock-up, stopping at the counter and backing up to a chair; his wife practised spotting at the hip; CGA → SBA on the straight runs
            Problem: no motor function below T11 — he can't stand at the kitchen counter or walk to the car; goal — walk from the driveway into the house with his wife spotting
            """,
            ["G82.21", "S24.114S"], [PT("97530", 25)], []),

        // Falls City Broadway C4 incomplete, former hot-walker at Churchill Downs: locomotor training in the LiteGait over the treadmill (BWS 30% → 20%, 1.6 mph, my facilitation at the R knee) then over ground with the rollator, CGA; R knee buckling and flat foot; 24 matches: passes.
        ["v3-h90-fallscity-litegait-locomotor-training-97116"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — Louisville (Broadway)
            Ms. S. Abney, 47, incomplete C4 injury (AIS D) from a fall down the stairs at home; she walked hot horses on the backside at Churchill Downs before.
            Locomotor training in the LiteGait over the treadmill, 97116, 24 minutes: body-weight support 30% → 20%, belt at 1.6 mph, my hands at the R knee for extension in stance and at the foot for step placement; then over ground out of the harness, 2 x 40 ft with the rollator, CGA.
            Gait deviation: the R knee buckles in midstance and the R foot lands flat; the trunk sways over the rollator.
            """,
            ["G82.52", "S14.154S"], [PT("97116", 24)], []),

        // Platte Dodge St bilateral vestibular loss, sway-referenced training on the forceplate (surface, then surround) in the harness with head turns: "ONE-ON-ONE: ☑ yes"; harness falls and equilibrium score; reliance on vision and the floor; 20 matches: passes.
        ["v3-h90-plattevalley-sway-referenced-training"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Omaha (Dodge St)
            ONE-ON-ONE:   ☑ yes — PT and patient only   ☐ no
            Patient: Mr. V. Castellano, 70 · bilateral vestibular hypofunction, cause not found · retired mail carrier
            TX (97112, 20 min): sway-referenced training on the forceplate — the surface sway-referenced with the surround still, then the surround sway-referenced with eyes open; head turns on the stable plate; in the harness throughout
            PRINTOUT — training summary (pasted): trials 8 · falls into the harness 2 (5 at the first session) · best equilibrium score, surface sway-referenced, 52
            READ: bilateral vestibular loss — he leans on vision and the floor; loses it in the dark garage and on the Old Market's brick streets
            """,
            ["H81.93"], [PT("97112", 20)], []),

        // Sawtooth Bench visual vertigo after neuritis, VR habituation programme week 3 (supermarket aisle on foam, crowd crossing): "one-on-one, just the two of us in the VR room, the whole 97112"; visual dependence and motion sensitivity; levels and FGA; 20 matches: passes.
        ["v3-h90-sawtooth-vr-habituation-programme"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Boise (Bench)
            pt: Ms. N. Eberle, 44 · visual vertigo after a L vestibular neuritis · the aisles at WinCo "move" on her
            one-on-one, just the two of us in the VR room, the whole 97112
            VR habituation programme, week 3 (headset, the clinic's app):
              Supermarket Aisle ...... standing on foam, head turns to the shelves ... 3 levels cleared
              Crowd Crossing ......... stepping through the moving crowd ........... level 4 of 6
            aim: habituation to visual motion and gaze stability with head turns, on a compliant surface
            why it matters: visual dependence and motion sensitivity after the L neuritis — she leaves her cart and holds the shelf
            FGA 24/30 (18/30 at eval)
            time: 97112 — 20 min
            """,
            ["H81.22"], [PT("97112", 20)], []),

        // Delta Elk Grove club soccer, Copenhagen adductor programme level 2 with the ForceFrame: short-lever planks, max squeezes, lateral lunges, slider pull-ins with doses; L adductor weakness and pain on the long pass; ForceFrame newtons; 14 matches: passes.
        ["v3-h90-delta-copenhagen-adductor-programme-97110"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Elk Grove
            S: M. Castaneda, 19, college club soccer — L adductor strain (grade I) striking a long pass
            TX — Copenhagen adductor programme, level 2 of 4 (97110, 14 min): short-lever Copenhagen plank 3 x 20 s each side; adductor squeeze on the ForceFrame 5 x 5 s at max; lateral lunge 3 x 8 each; slider adductor pull-ins 3 x 10
            DATA (ForceFrame): adduction L 288 N / R 341 N (84%); abduction symmetrical
            A: L adductor weakness and pain on the long pass
            """,
            ["S76.212D"], [PT("97110", 14)], []),

        // Falls City St. Matthews OT, H200 Wireless (grasp–release program) with task practice: canning-rack lids, ledger pages, a grocery bag with counts and distance; L hand weakness and poor release; Box and Block with and without the H200; 22 matches: passes.
        ["v3-h90-fallscity-ot-h200-task-practice-97530"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — St. Matthews · OT
            Mrs. V. Hardin, 70, L hemiparesis after a R MCA stroke; keeps the books for her church and cans tomatoes every August.
            H200 Wireless on the L forearm and hand, grasp–release program, with task practice — 97530, 22 minutes: picking up jar lids and releasing them into the canning rack (20 lids); turning the pages of the ledger (2 x 10 pages); carrying a light grocery bag in the L hand, 4 x 30 ft.
            Deficit: L hand weakness and poor release — she can't let go of an object once she has it, and the hand sits idle at home.
            Measured: Box and Block L 14 with the H200 (6 without); R 51.
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // Falls City New Albany peroneal nerve injury (ATV rollover at the river), gait training with the WalkAide (tilt sensor) and no AFO: hallway, ramp, gravel and hose step-overs with distance and SBA; L foot drop with toe catch and hip hike; toe catches counted; 19 matches: passes.
        ["v3-h90-fallscity-walkaide-gait-97116"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — New Albany, Indiana
            Mr. C. Riggs, 56, L foot drop after a peroneal nerve injury (fibular head fracture in an ATV rollover down by the river). Fitted with the WalkAide last month.
            97116, 19 minutes — gait training with the WalkAide (tilt sensor triggering the stimulation at the end of stance), no AFO: the hallway 4 x 100 ft; the outdoor ramp and the gravel path, 2 rounds each; stepping over the garden hose laid on the path, 10 times; SBA.
            Gait deviation: L foot drop with toe catch and a hip hike on the L.
            Toe catches: none in 400 ft with the WalkAide (5 without it).
            """,
            ["S84.12XD", "M21.372"], [PT("97116", 19)], []),

        // Delta Elk Grove varsity forward after a medial malleolus ORIF, FIFA 11+ parts 2 and 3 as the return-to-field block: partner throws on one leg, squats with toe raise, vertical, lateral and box jumps, bounding, plant-and-cut with doses; R ankle dorsiflexion and push-off power; 23 matches: passes.
        ["v3-h90-delta-fifa-11-plus-return-to-field-97530"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Elk Grove
            S: A. Nwosu, 16, high-school varsity soccer — R medial malleolus ORIF 5 months ago; cleared by the surgeon to start field work
            TX — FIFA 11+ parts 2 and 3, level 2, as the return-to-field block (97530, 23 min):
              single-leg stance passing the ball with me, 2 x 30 s each leg
              squats with toe raise 2 x 15
              vertical jumps 2 x 10; lateral jumps 2 x 10; box jumps 2 x 10
              bounding 2 x 20 m; plant-and-cut 2 x 6 each way
            A: R ankle dorsiflexion and push-off power limited — she hesitates to cut off the R
            """,
            ["S82.51XD"], [PT("97530", 23)], []),

        // Platte Council Bluffs fear of falling after a church-curb fall: Tai Ji Quan: Moving for Better Balance on the forceplate with the COP trace, then stepping and head turns; "ONE-ON-ONE: ☑ yes"; impaired anticipatory postural control; COP excursions; 18 matches: passes.
        ["v3-h90-plattevalley-tai-ji-quan-on-the-forceplate"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Council Bluffs, Iowa
            ONE-ON-ONE:   ☑ yes — PT and patient only   ☐ no
            Patient: Mrs. G. Petersen, 83 · afraid to go out since she fell off the curb outside her church in the Bluffs
            TX (97112, 18 min): Tai Ji Quan: Moving for Better Balance — the first four forms standing on the forceplate with her centre-of-pressure trace on the screen; then the forms stepping forward and back along the mat; then with a head turn on each form
            PRINTOUT — COP excursion during the forms (pasted):  A/P 9.8 cm · M/L 14.2 cm  (6.1 / 8.0 at eval)
            READ: small, cautious weight shifts with a stiff trunk — impaired anticipatory postural control
            """,
            ["R26.81", "Z91.81"], [PT("97112", 18)], []),

        // Sawtooth Meridian cuff repair, camera-tracked exercise programme (Jintronix): wall painting past 120°, scaption to the shelf, band rows, ER holds with doses; R cuff and scapular weakness with an overhead-cast goal; camera-read flexion; 17 matches: passes.
        ["v3-h90-sawtooth-camera-tracked-shoulder-programme-97110"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Meridian
            pt: Mr. K. Albrecht, 62 · R rotator cuff repair 14 weeks ago · fly-fishes the Owyhee and wants the overhead cast back
            Camera-tracked exercise programme (Jintronix) — 97110, 17 min:
              Paint the Wall ....... shoulder flexion to the top band, 3 x 10, the camera counting reps past 120°
              Reach & Place ........ scaption to the upper shelf with a 2-lb weight, 3 x 10
              Row the Boat ......... band rows, 3 x 15
              ER Hold .............. ER at 90° abduction against the band, 10 x 5 s
            aim: R rotator cuff and scapular weakness after the repair; the overhead cast and the top cupboard
            camera read: active flexion R 142° (128° at week 10)
            """,
            ["Z47.89", "S46.011D"], [PT("97110", 17)], []),

        // Sawtooth Eagle vestibular neuritis, VR module "Steady Steps" (tilting meadow path, rocking ferry deck, foam, head turns), "one-on-one, just her and me in the VR room" — "did better than last session; less dizzy coming out of the headset", no number but the code's: measure missing.
        ["v3-h90-sawtooth-vr-module-no-number"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Eagle
            pt: Mrs. F. Ostrander · dizzy and unsteady since a R vestibular neuritis
            one-on-one, just her and me in the VR room for the whole 97112
            VR module "Steady Steps" (headset, the clinic's app): the meadow path with the ground tilting, then the ferry deck rocking; standing on foam, head turns to follow the birds
            aim: gaze stability and postural control with a moving visual scene, on a compliant surface
            why it matters: R vestibular hypofunction — she steadies herself on the walls at church
            response: did better than last session; less dizzy coming out of the headset
            time: 97112 — 19 min
            """,
            ["H81.21"], [PT("97112", 19)], [At(Measure, "97112")]),

        // Platte Bellevue forceplate training on the NeuroCom (rhythmic weight shift at three speeds, LOS targets, step-up and hold), "ONE-ON-ONE: ☑ yes", on-axis percentages and targets — "READ: completed every drill; progressing." and no deficit, impairment or system named anywhere: deficit missing.
        ["v3-h90-plattevalley-neurocom-training-no-deficit"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Bellevue
            ONE-ON-ONE:   ☑ yes — PT and patient only   ☐ no
            Patient: Mr. O. Wendt
            TX (97112, 20 min): forceplate training on the NeuroCom — rhythmic weight shift front-back and side-side at the three speeds; weight shifts to the eight LOS targets with the cursor; stepping up onto the forceplate step and holding
            PRINTOUT — training (pasted): rhythmic weight shift on-axis 78% side-side, 71% front-back; LOS targets reached 7 of 8
            READ: completed every drill; progressing.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Allegheny Butler St after Guillain-Barré: the city steps up to her rowhouse in Polish Hill — both hands on the rail, a stop halfway, feet slapping and missing the edge — the finding; stair and ramp gait under the Vector track, level walking without the cane with reps, distance and a catch count; distal weakness with foot slap; 22 matches: passes.
        ["v4-h90-allegheny-city-steps-in-polish-hill-97116"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Lawrenceville (Butler St)
            Pt: Ms. H. Brennan, 59 · Guillain-Barré last winter, weeks in the ICU
            What's hard for her: the city steps from Brereton Street up to her rowhouse in Polish Hill — both hands on the rail, a stop halfway, the feet slapping down and missing the edge of the step.
            EXPORT> Vector | BWS_pct=10 | fall_catch=on | track=stairs+ramp | stair_reps=6 | catches=1
            Did (97116, 22 min): stair gait on the clinic's 12-step flight under the Vector track — one rail, step-over-step, cued heel down and knee over the toes; the ramp up and down x 4; then level walking 3 x 60 m without the cane, SBA
            Saw: distal weakness of both legs with foot slap, a short L step, knees locking back on the step up
            """,
            ["G61.0"], [PT("97116", 22)], []),

        // Allegheny Bethel Park Parkinson's: on the Duquesne Incline's boarding ramp he shuffles and the toes catch, and he freezes at the turnstile — the findings; AlterG at 80% body weight with a metronome, then doorway and turnstile passes over tape lines with SBA; shuffling gait with freezing; step lengths and speed; 24 matches: passes.
        ["v4-h90-allegheny-incline-ramp-and-turnstile-97116"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Bethel Park
            Pt: Mr. J. Pellegrino, 71 · Parkinson's disease · takes his grandkids up the Duquesne Incline on Sundays
            What goes wrong: on the Incline's boarding ramp he shuffles and his toes catch, and at the turnstile he freezes with people behind him.
            EXPORT> AlterG | body_wt_pct=80 | v_mph=2.2 | incline_pct=4 | step_len_L_cm=52 | step_len_R_cm=49
            Did (97116, 24 min): walking on the anti-gravity treadmill at 80% body weight to the metronome, cued for a long step and heel strike; then over ground through the doorway and a turnstile mock-up with tape lines on the floor, 6 passes, SBA
            Saw: shuffling gait with a short step and toe catch; freezing at the doorway, broken by the tape lines
            """,
            ["G20.A1"], [PT("97116", 24)], []),

        // Platte Dodge St after a vestibular neuritis: halfway across the Bob Kerrey bridge when it bounces under the joggers she grabs the rail, and in the College World Series crowd she has to sit — the findings; "ONE-ON-ONE: ☑ yes"; moving platform with head turns and a crowd video, gaze holds as it tips, head-turn walking with stops; visual dependence; mCTSIB foam indices; 21 matches: passes.
        ["v4-h90-plattevalley-bob-kerrey-bridge-bounces"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Omaha (Dodge St)
            ONE-ON-ONE:   ☑ yes — PT and patient only   ☐ no
            Patient: Mrs. I. Novotny, 68 · unsteady since a L vestibular neuritis
            What stops her: halfway across the Bob Kerrey bridge, when it bounces under the joggers, she grabs the rail and can't let go; in the crowd at the College World Series she has to sit down.
            TX (97112, 21 min): standing on the Biodex platform set to move, level 8 → 6, with head turns and the crowd video on the screen; gaze holds while the platform tips; walking the mat with head turns and quick stops
            PRINTOUT — mCTSIB sway index (pasted):  foam EO 1.1 · foam EC 2.4 (4.0 at eval)
            READ: L vestibular hypofunction with visual dependence — a moving floor plus a moving scene overwhelms her
            """,
            ["H81.22"], [PT("97112", 21)], []),

        // Sawtooth Bench drift-boat rower after a bimalleolar ORIF: when the boat rocks the R ankle gives and he sits down hard on the cooler — the finding; "one-on-one: no other patient with me for the 97112"; rocker-base board game, single-leg surf game; R ankle proprioception and reactive balance; fish, holds and SLS; 22 matches: passes.
        ["v4-h90-sawtooth-drift-boat-rocks"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Boise (Bench)
            pt: Mr. B. Garrity, 61 · R bimalleolar ankle fracture (ORIF) last fall · rows his drift boat on the South Fork
            What he can't do yet: stand in the drift boat and cast — when the boat rocks, the R ankle gives and he sits down hard on the cooler.
            one-on-one: no other patient with me for the 97112
            GAME LOG
              Rocking Raft ....... balance board on the rocker base, standing .. 36 of 40 fish without a step
              Surf ............... single leg on the R, eyes on the wave ........ 14 s best hold
            aim: R ankle proprioception and reactive balance on a moving surface
            SLS on foam R 9 s / L 21 s
            time: 97112 — 22 min
            """,
            ["S82.841D"], [PT("97112", 22)], []),

        // Sawtooth Meridian OT after a proximal humerus fracture: she can't reach the mugs on the second shelf or hang her wash, hiking the shoulder — the findings; VR kitchen cupboard rounds, real cans to the shelf, clothespins with counts and loads; L shoulder flexion and ER weakness with hiking; 21 matches: passes.
        ["v4-h90-sawtooth-ot-mugs-and-the-wash-line-97530"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Meridian · OT
            pt: Mrs. R. Aldecoa, 77 · L proximal humerus fracture (non-op) in January · lives alone off Overland Road
            What she can't do: reach the mugs on the second shelf or hang her wash on the line — she hikes the L shoulder to her ear trying.
            OT — therapeutic activities (97530), 21 min:
              VR kitchen (headset): mugs from the upper cupboard to the counter, L hand, 3 rounds of 8
              real cupboard: cans from the counter to the second shelf, 1 lb each, 2 x 10
              clothespins on a line at eye level, 30 pins
            deficit: L shoulder flexion and ER weakness with shoulder hiking on reach
            """,
            ["S42.202D"], [OT("97530", 21)], []),

        // Falls City Jeffersonville stroke: on the long ramp at the end of the Big Four Bridge the R knee buckles and the toe catches — he's sat on the bench twice — the finding; AlterG Bionic Leg stance assist, hallway with the quad cane, ramp descents, straight cane with SBA; R knee buckling and toe catch; counts and distance; 20 matches: passes.
        ["v4-h90-fallscity-big-four-bridge-ramp-97116"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — Jeffersonville, Indiana
            Mr. R. Steele, 64, R hemiparesis after a L MCA stroke; wants to walk the Big Four Bridge over from the Jeffersonville side with his grandkids. On the long ramp down at the end his R knee buckles and the R toe catches — he has had to sit on a bench twice.
            AlterG Bionic Leg on the R knee, stance assist on, assist level 6.
            97116, 20 minutes: the hallway 4 x 150 ft with the Bionic Leg and his quad cane; the ramp down and up 6 times, cued to keep the R knee soft and step through; then 2 x 150 ft with a straight cane, SBA.
            Gait deviation: R knee buckling in early stance and toe catch in swing.
            Knee buckled on 2 of 6 ramp descents (every descent at eval); 1 toe catch in 900 ft.
            """,
            ["I69.351"], [PT("97116", 20)], []),

        // Falls City Broadway OT, C7 incomplete UPS sorter: he can't pick a flat envelope off the belt or hold a bottle while twisting the cap — the finding; SaeboFlex springs, foam-ball grasp-release, envelopes off a moving belt mock-up, bottle caps with counts; R finger extensor and grasp weakness; grip and envelopes; 23 matches: passes.
        ["v4-h90-fallscity-ot-envelopes-off-the-belt-97530"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — Louisville (Broadway) · OT
            Mr. D. Mattingly, 42, incomplete C7 injury (AIS D) after a wreck on the Watterson; sorted small parcels at the UPS hub. What he can't do: pick a flat envelope up off the belt, or hold a water bottle while he twists the cap — the fingers won't open wide enough and then won't close.
            SaeboFlex on the R hand (medium springs on the index and middle, light on the ring and small) — 97530, 23 min: grasp and release of foam balls into the box, 3 x 15; pulling envelopes off a moving belt mock-up, 40 envelopes; bottle caps on and off, 2 x 10.
            Deficit: R finger extensor weakness and a weak grasp after the cord injury.
            Measured: grip R 9 lb / L 64 lb; 36 of 40 envelopes picked off the belt.
            """,
            ["G82.54", "S14.157S"], [OT("97530", 23)], []),

        // Delta Elk Grove ACL month 9: on the last cut of the shuttle, tired, the L knee caves in and he pulls up — the finding; "Just him and me in the lab for all of the 97112 — no other athlete scheduled"; reactive cuts to lights, force-plate landings with a valgus cue, perturbation hops on foam; neuromuscular control under fatigue; asymmetry and valgus angle; 19 matches: passes.
        ["v4-h90-delta-knee-caves-on-the-last-cut"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Elk Grove
            S: D. Soto, 22, Elk Grove adult soccer league — L ACL reconstruction, month 9
            What keeps him off the field: on the last cut of the shuttle, when he's tired, the L knee caves in and he pulls up; on video the knee drops inside the foot on every late cut.
            Just him and me in the lab for all of the 97112 — no other athlete scheduled.
            TX (97112 — 19 min): reactive cuts to the Blazepod light after a 10-m shuttle; SL landings on the force plate with the knee-valgus cue on the screen; perturbation hops on foam
            DATA (ForceDecks): SL drop-landing peak force asymmetry L<R 17%; 2D knee valgus angle on video L 14° (R 5°)
            A: L knee neuromuscular control under fatigue — late hip and quad recruitment
            """,
            ["S83.512D"], [PT("97112", 19)], []),

        // Delta Midtown half-marathoner: the R calf gives out about mile three on the Parkway and the tendon is stiff next morning — the finding; weighted SL heel raises, Smith-machine bent-knee raises, tib raises, pogo hops with doses; R calf–soleus strength and endurance deficit; soleus isometric newtons; 15 matches: passes.
        ["v4-h90-delta-calf-gives-out-at-mile-three-97110"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Sacramento (Midtown)
            S: L. Okafor, 38, half-marathoner on the American River Parkway — R midportion Achilles tendinopathy
            What's wrong: the R calf gives out about mile three on the Parkway and the tendon is stiff the next morning.
            DATA (force plate, seated soleus isometric): peak R 1,480 N / L 1,910 N
            TX — 97110, 15 min: SL heel raises off the step with a 20-lb vest 3 x 12; bent-knee heel raises on the Smith machine, 95 lb, 3 x 10; tib raises 3 x 15; pogo hops 3 x 20
            A: R calf–soleus strength and endurance deficit; tendon load tolerance
            """,
            ["M76.61"], [PT("97110", 15)], []),

        // Platte Papillion discharge re-test: mCTSIB and LOS "within the age norms", "READ: no deficits remain; goals met."; last session one-on-one; platform head turns, LOS steps, foam eyes closed — no deficit targeted: deficit missing.
        ["v4-h90-plattevalley-discharge-no-deficits-remain"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Papillion
            Patient: Mr. W. Kucera · discharge re-test
            PRINTOUT — mCTSIB sway index (pasted):  firm EO 0.3 · firm EC 0.5 · foam EO 0.8 · foam EC 1.2 — all within the age norms
            PRINTOUT — LOS composite (pasted):  RT 0.79 s · EPE 82% · DCL 84% — within the norms
            READ: no deficits remain; goals met.
            ONE-ON-ONE:   ☑ yes — PT and patient only   ☐ no
            TX (97112, 17 min): last session — Biodex platform at level 4 with head turns; stepping to the LOS targets; foam with eyes closed
            P: discharge with the home programme
            """,
            ["H81.22"], [PT("97112", 17)], [At(Deficit, "97112")]),

        // Delta Roseville point guard's return-to-sport test: CMJ asymmetry, hop LSI and Y-balance symmetrical, "A: no asymmetries remain; no impairment found. Cleared to full practice."; one-on-one; reactive cuts, foam landings with perturbations, deceleration on the plate — no deficit targeted: deficit missing.
        ["v4-h90-delta-return-to-sport-no-impairment"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Roseville
            S: T. Brandt, 17, high-school point guard — return-to-sport test today
            DATA (ForceDecks): CMJ 41.2 cm, asymmetry 3%; SL hop LSI 97%; Y-balance symmetrical
            A: no asymmetries remain; no impairment found. Cleared to full practice.
            One-on-one, just the two of us, for the 97112 (18 min): reactive cuts to the lights; SL landings on foam with my perturbations; decelerations onto the force plate
            """,
            ["S83.511D"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Platte Dodge St cerebellar stroke, force-plate quiet-stance printout (sway area as a 95% ellipse in cm², COP velocity in mm/s, path length in cm, firm and foam); "ONE-ON-ONE: ☑ yes"; foam eyes closed with head turns, tandem on the plate with the trace, heel-to-shin tracing; L limb and trunk ataxia; 20 matches: passes.
        ["v5-h90-plattevalley-sway-area-and-cop-velocity"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Omaha (Dodge St)
            ONE-ON-ONE:   ☑ yes — PT and patient only   ☐ no
            Patient: Mr. D. Ackerman, 76 · L cerebellar stroke in the fall
            PRINTOUT — force plate, quiet stance, 30-s trials (pasted):
              ................ sway area (95% ellipse) .. COP velocity .. path length
              firm, EO ....... 4.8 cm² ................. 11.2 mm/s ..... 33.6 cm
              foam, EC ....... 21.6 cm² ................ 38.9 mm/s ..... 116.7 cm
              (foam EC at eval: 46.0 cm², stepped off at 19 s)
            TX (97112, 20 min): standing on foam with eyes closed, head still → head turns; tandem stance on the force plate with the sway trace on the screen; heel-to-shin tracing along the step edge, slow and then fast
            READ: L limb and trunk ataxia — sway more than doubles once vision is taken away
            """,
            ["I69.393"], [PT("97112", 20)], []),

        // Platte Council Bluffs PTA after a THA, iTUG from the Opal sensors (total, sit-to-stand and turn seconds, peak turn velocity, gait speed, cadence in steps/min); cane and no-cane laps with stepped turns, the grass slope, SBA; L Trendelenburg and pivoting turns; 19 matches: passes.
        ["v5-h90-plattevalley-pta-itug-opal-97116"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Council Bluffs, Iowa · PTA
            Patient: Mr. F. Jensen, 69 · L THA in March · mows his own hill of a yard
            iTUG (Opal sensors, pasted):  total 11.9 s · sit-to-stand 1.3 s · turn 3.1 s (peak turn velocity 142°/s) · gait speed 0.92 m/s · cadence 98 steps/min
            Gait training (97116), 19 min, by the PTA: the hallway loop with the cane, then without, 4 x 60 m; a 180° turn around the cone at the end of each lap, cued to step the turn instead of pivoting; the grass slope outside x 4; SBA
            Gait deviation: L Trendelenburg with a short R step; slow, pivoting turns
            """,
            ["Z96.642", "Z47.1"], [PTA("97116", 19)], []),

        // Allegheny Cranberry T6 incomplete after a bouldering fall, Lokomat L-FORCE isometric torques in Nm beside the gait export (BWS, guidance, speed, distance); Lokomat gait with knee-extension feedback, parallel-bar steps with min A; R knee hyperextension, no push-off, weak hip flexion; 25 matches: passes.
        ["v5-h90-allegheny-lokomat-l-force-torques-97116"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Cranberry Township
            Pt: Ms. J. Kaminski, 33 · T6 incomplete (AIS C) after a fall from a bouldering wall
            EXPORT> Lokomat L-FORCE (isometric, Nm) | hip_flex_L=22 hip_flex_R=15 | knee_ext_L=31 knee_ext_R=19 | knee_ext_R_at_eval=9
            EXPORT> Lokomat | BWS_kg=34 | GF_pct=60 | v_kmh=1.8 | dist_m=706
            Did (97116, 25 min): Lokomat gait with the guidance lowered from 70% to 60% and the feedback bar for knee extension in stance; then stepping in the parallel bars, 3 x 10 m, my hand blocking the R knee, min A
            Saw: R knee hyperextension in stance, no push-off, weak R hip flexion in swing
            """,
            ["G82.22", "S24.152S"], [PT("97116", 25)], []),

        // Sawtooth Nampa neuropathy, Tymo plate tablet export (sway path in mm, balance score out of 100): "Treated one-on-one; no other patient during the 97112"; foam eyes closed with the trace as feedback, tandem with head turns, stepping strategy to nudges; somatosensory loss and reliance on vision; 18 matches: passes.
        ["v5-h90-sawtooth-tymo-sway-path-and-score"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Nampa
            pt: Mrs. D. Sandoval, 80 · two falls this spring, both in the garden · peripheral neuropathy
            Treated one-on-one; no other patient during the 97112.
            TYMO plate (tablet export):
              test ............... result
              Romberg, foam, EC .. sway path 812 mm (1,340 mm at eval)
              Tandem, firm ....... sway path 604 mm
              Balance score ...... 64 / 100
            TX — 97112, 18 min: standing on the Tymo on foam, eyes closed, with the tablet's sway trace for feedback between sets; tandem stance with head turns; a stepping strategy off the plate to my nudges
            aim: somatosensory loss in both feet and reliance on vision
            """,
            ["G62.9", "R29.6"], [PT("97112", 18)], []),

        // Falls City New Albany C5 incomplete after a deer-stand fall, FES arm ergometry on the RT300 (biceps, triceps, anterior deltoids): average power in watts against the first session, km and rpm; weak elbow extension and shoulder flexion with a chair-ramp goal; 24 matches: passes.
        ["v5-h90-fallscity-fes-arm-ergometry-watts-97110"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — New Albany, Indiana
            Mr. H. Yates, 55, incomplete C5 injury (AIS C) after a fall from a deer stand.
            FES arm ergometry on the RT300 arm cycle — 97110, 24 min.
            STIM LOG: biceps, triceps and anterior deltoids, both sides · 35 Hz · 250 µs · up to 60 mA
            Ride: 2.1 km at 38 rpm; average power 6.2 W (3.1 W at the first session); resistance 1 Nm
            For: weak elbow extension and shoulder flexion on both sides — he can't push his chair up the ramp at his sister's house
            """,
            ["G82.54", "S14.155S"], [PT("97110", 24)], []),

        // Falls City St. Matthews T9 complete, L ankle plantarflexion contracture: posterior talar glides by grade and bouts, gastroc-soleus soft tissue, sustained DF stretch; the foot won't sit on the footplate or fit the Ekso's footplate; DF from a phone inclinometer before and after; 13 matches: passes.
        ["v5-h90-fallscity-phone-inclinometer-dorsiflexion-97140"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — St. Matthews
            Mr. B. Hardesty, 31, T9 complete (AIS A) after a fall from a cell tower.
            97140, 13 minutes: posterior talar glides on the L, grade III, 4 bouts; soft-tissue mobilization to the L gastroc-soleus and plantar fascia; sustained dorsiflexion with a subtalar lock, 3 holds of 60 s
            Deficit: L ankle plantarflexion contracture — the foot won't sit flat on the wheelchair footplate and won't fit the exoskeleton's footplate
            DF (phone inclinometer, knee straight): L −8° → −2° after; R 6°
            """,
            ["M24.572", "G82.21"], [PT("97140", 13)], []),

        // Delta Roseville club volleyball ACL month 8, ForceDecks CMJ (height, RSI-mod, landing asymmetry) and a drop-jump RSI; approach jumps to the block, block landing to a shuffle, dig-and-recover with counts; L quad power deficit and unloading on landing; 24 matches: passes.
        ["v5-h90-delta-cmj-rsi-and-landing-asymmetry-97530"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Roseville
            S: K. Yamamoto, 20, club volleyball — L ACL reconstruction, month 8
            DATA (ForceDecks, CMJ x 3, best): jump height 28.4 cm · RSI-mod 0.38 · landing asymmetry L<R 12%
            DATA (drop jump from 30 cm): RSI 1.42
            TX — 97530, 24 min: approach jumps to the block, 3 x 6; block landing into a lateral shuffle, 3 x 6; dig-and-recover from the floor to a jump, 2 x 8
            A: L quad power deficit and unloading of the L on landing; not ready for full practice
            """,
            ["S83.512D"], [PT("97530", 24)], []),

        // Delta Davis slow-pitch softball shoulder, Bluetooth dynamometry in newtons (ER and IR at 90°, ER:IR ratio); side-lying ER, 90/90 band ER, prone Y and T, push-up plus with doses; R posterior cuff and lower-trap weakness; 16 matches: passes.
        ["v5-h90-delta-bluetooth-dynamometry-newtons-97110"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Davis
            S: E. Haddad, 34, slow-pitch softball — R shoulder pain throwing from the outfield
            DATA (HHD, Bluetooth, N): ER at 90° R 118 / L 151; IR R 176 / L 182; ER:IR R 0.67
            TX — 97110, 16 min: side-lying ER with 4 lb 3 x 15; 90/90 ER with the band 3 x 12; prone Y and T 2 x 12; push-up plus 3 x 10
            A: R posterior cuff and lower-trap weakness in the throwing shoulder
            """,
            ["M25.511"], [PT("97110", 16)], []),

        // Sawtooth Bench OT after a R MCA stroke with L inattention, BITS scan-and-touch (targets, L-side misses, choice reaction time); scanning while standing at the board, groceries into a cupboard from the L, cards sorted left to right with counts; L inattention and L arm weakness; 20 matches: passes.
        ["v5-h90-sawtooth-ot-bits-scan-and-touch-97530"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Boise (Bench) · OT
            pt: Mr. G. Oyarzabal, 72 · R MCA stroke in February with L inattention · keeps bees in his yard off Hill Road
            BITS scan-and-touch (pasted): 52 of 60 targets, 7 of the 8 misses on the L; choice reaction time 1.24 s
            OT — therapeutic activities (97530), 20 min: scanning the full board while standing; putting away a bag of groceries into the cupboard with the items set out on his L, 2 bags; sorting a deck of cards into suits laid out left to right, 2 decks
            deficit: L inattention and L arm weakness after the stroke — he misses what's on his L at the counter and in the yard
            """,
            ["I69.354", "R41.4"], [OT("97530", 20)], []),

        // Allegheny Bethel Park transtibial amputee, StepWatch steps/day on the pylon beside a Zeno walkway (speed, step lengths); cane gait cued for even steps and toe loading, ramp, curb and grass with distance and SBA; short sound-side step and trunk lean; 21 matches: passes.
        ["v5-h90-allegheny-stepwatch-and-zeno-walkway-97116"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Bethel Park
            Pt: Mr. A. Rossi, 67 · L transtibial amputation (diabetic foot) in the spring; new socket
            EXPORT> StepWatch (on the pylon) | week_mean_steps_per_day=2940 | first_week=1610
            EXPORT> Zeno walkway | speed_m_s=0.81 | step_len_prosthetic_cm=51 | step_len_sound_cm=38
            Did (97116, 21 min): walking with the prosthesis and a cane, cued for an even step and for loading the prosthetic toe; the ramp and the curb outside x 4; the grass beside the lot, 2 x 50 m; SBA
            Saw: short sound-side step, prosthetic stance cut short, lateral trunk lean over the prosthesis
            """,
            ["Z89.512"], [PT("97116", 21)], []),

        // Allegheny Monroeville thoracic cord injury, Ekso hallway loop with the walker, stand-ups and turns; short L step and weak hips and knees — "smoother in the device than last week; he says his legs feel more like his", no steps, distance, assistance level or number but the code's: measure missing.
        ["v5-h90-allegheny-ekso-smoother-than-last-week"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Monroeville
            Pt: Mr. P. Yablonsky · incomplete thoracic cord injury after a fall from a roof
            Did (97116, 24 min): walking the hallway loop in the Ekso with the walker, practising the weight shift that triggers each step; sit-to-stand and turns in the device
            Saw: short L step and trunk sway; weak hips and knees on both sides
            Smoother in the device than last week; he says his legs feel "more like his."
            """,
            ["G82.22", "S24.153S"], [PT("97116", 24)], [At(Measure, "97116")]),

        // Platte Bellevue cerebellar stroke, "ONE-ON-ONE: ☑ yes"; tandem on the plate with the trace, foam eyes closed, heel-to-shin tracing; L limb and trunk ataxia — "her sway trace looked smaller on the screen than last week; no printout taken", no number but the code's: measure missing.
        ["v5-h90-plattevalley-sway-trace-looked-smaller"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Bellevue
            ONE-ON-ONE:   ☑ yes — PT and patient only   ☐ no
            Patient: Mrs. M. Dolezal · unsteady since a L cerebellar stroke
            TX (97112, 19 min): tandem stance on the force plate with the sway trace on the screen; foam with eyes closed; heel-to-shin tracing along the step edge
            READ: L limb and trunk ataxia — her sway trace looked smaller on the screen than last week; no printout taken.
            """,
            ["I69.393"], [PT("97112", 19)], [At(Measure, "97112")]),

        // Delta Midtown hamstring strain: "hamstrings felt stronger on the NordBord today, per the patient; the data didn't export"; Nordic curls, single-leg bridges, sliders; L hamstring weakness — no sets, reps, load, force or number but the code's: measure missing.
        ["v5-h90-delta-felt-stronger-on-the-nordboard"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Sacramento (Midtown)
            S: hamstrings "felt stronger" on the NordBord today, per the patient; the data didn't export.
            TX — 97110, 14 min: Nordic curls on the NordBord; single-leg bridges; slider hamstring curls
            A: L hamstring weakness after the strain
            """,
            ["S76.312D"], [PT("97110", 14)], [At(Measure, "97110")]),

        // Falls City Jeffersonville OT stroke, MyoPro task practice (wiping the table, the kitchen cupboard, a towel to the basket); R arm weakness and a hand that won't open without the orthosis — "Hand opening looked better today", no count, load, distance or number but the code's: measure missing.
        ["v5-h90-fallscity-ot-hand-opening-looked-better"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — Jeffersonville, Indiana · OT
            Mrs. W. Banks, R hemiparesis after her stroke.
            MyoPro on the R arm for task practice — 97530, 20 minutes: wiping the table, opening the kitchen cupboard, carrying a towel to the laundry basket.
            Deficit: R arm weakness and a hand that won't open without the orthosis.
            Hand opening looked better today; she says she used the arm more at home this week.
            """,
            ["I69.351"], [OT("97530", 20)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Allegheny Monroeville stroke, diner server in Bloomfield: "[TIME] 97116 = 28 · 97112 = 15" (both match) under "Staffing: [x] one PT : one patient"; Lokomat gait, then force-plate weight shifts and pelvic perturbations; L stiff-knee gait and slow postural control; plate loading % and targets: passes.
        ["v6-h90-allegheny-time-tag-equals-per-code"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Monroeville
            Staffing:  [x] one PT : one patient   [ ] two patients : one PT   [ ] PT + tech
            Pt: Mrs. C. Lukas, 62 · L hemiparesis after a R MCA stroke · waits tables at a diner in Bloomfield
            EXPORT> Lokomat | BWS_kg=22 | GF_pct=45 | v_kmh=2.3 | dist_m=920
            Did: robotic gait training in the Lokomat with the guidance lowered to 45%; then, out of the harness, weight shifts onto the L on the force plate to the screen targets, and my perturbations at the pelvis in stance
            Saw: L stiff-knee gait with a weak push-off; she won't load the L leg and her postural control on the L is slow
            Numbers: L stance loading 41% of body weight on the plate (34% at eval); 11 of 16 targets
            [TIME] 97116 = 28 · 97112 = 15
            """,
            ["I69.354"], [PT("97116", 28), PT("97112", 15)], []),

        // Platte Papillion neuropathy, "Billed: 97112 ×1 (14 min) · 97110 ×1 (12 min)" (both match), "ONE-ON-ONE: ☑ yes … (both codes)"; Biodex platform with eyes on the cursor then closed, stepping strategy; weighted sit-to-stands, heel raises, hip abduction with doses; somatosensory loss and hip/calf weakness; fall-risk index: passes.
        ["v6-h90-plattevalley-billed-units-with-minutes"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Papillion
            ONE-ON-ONE:   ☑ yes — PT and patient only (both codes)   ☐ no
            Patient: Mr. S. Obermeyer, 73 · neuropathy in both feet; two falls on the ice last winter
            PRINTOUT — Biodex Fall Risk (pasted):  overall index 2.6 (age norm up to 1.9)
            TX: NMR — Biodex platform at level 8 → 6, eyes on the cursor and then closed; a stepping strategy to my tug at the belt. Ther ex — sit-to-stand from the low chair with a 10-lb vest 3 x 10; heel raises 3 x 15; side-lying hip abduction 3 x 12
            READ: somatosensory loss in both feet with poor postural control; hip abductor and calf weakness
            Billed: 97112 ×1 (14 min) · 97110 ×1 (12 min)
            """,
            ["G62.9", "R29.6"], [PT("97112", 14), PT("97110", 12)], []),

        // Sawtooth Eagle sheep rancher after an acoustic neuroma resection, a "| CPT | what | min |" table (97112 22, 97530 16, both match), "one-on-one the whole visit"; VR ridge walk on foam, gaze holds walking; salt-block carries and truck-bed climbs with loads and counts; L vestibular loss with stooping and carrying; FGA and DVA: passes.
        ["v6-h90-sawtooth-cpt-what-min-table"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Eagle
            pt: Mr. J. Etcheverry, 58 · L vestibular loss after his acoustic neuroma came out in January · runs sheep near Mountain Home
            one-on-one the whole visit, no other patient with me
            | CPT   | what                                                                                         | min |
            | 97112 | VR "Ridge Walk" on foam, head turns to the calls; gaze holds walking toward the target        | 22  |
            | 97530 | two 25-lb salt blocks carried across the gym and stooped to set down, x 8; truck-bed climbs, x 6 | 16  |
            aim: L vestibular loss — the gaze slips and he staggers on head turns; stooping and carrying on uneven ground
            measured: FGA 20/30; DVA 3 lines lost
            """,
            ["H81.92", "R26.81"], [PT("97112", 22), PT("97530", 16)], []),

        // Falls City Broadway C6 incomplete after a hayloft fall: "I spent 25 minutes on the FES leg cycle with him (97110) and then 15 minutes on transfer training (97530)" (both match); stim settings, km and rpm; slide-board and car-seat transfers with counts and assistance; weak legs with disuse atrophy and a truck goal: passes.
        ["v6-h90-fallscity-i-spent-minutes-sentence"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — Louisville (Broadway)
            Mr. E. Mudd, 27, incomplete C6 injury (AIS C) after a fall from the hayloft on his dad's farm in Nelson County.
            I spent 25 minutes on the FES leg cycle with him (97110) and then 15 minutes on transfer training (97530).
            Cycle: quads, hamstrings and glutes stimulated, 35 Hz, 300 µs, up to 100 mA; 7.2 km at 42 rpm, resistance 2 → 4 Nm.
            Transfers: slide board chair ↔ mat x 6 and chair ↔ car-seat mock-up x 4, cued for the head-hips relationship; mod A → min A.
            Weak legs with disuse atrophy below the injury; he can't get into his truck without two people.
            """,
            ["G82.54", "S14.156S"], [PT("97110", 25), PT("97530", 15)], []),

        // Delta Davis cyclist after a partial meniscectomy, "97110: 12 min — …", "97530: 16 min — …", "= 28 min" (both match); SL leg press, step-downs, wall sits with doses; clip-ins, out-of-saddle climbs, bike onto the rack with counts; R quad weakness; SL-squat force × BW: passes.
        ["v6-h90-delta-minutes-per-code-and-sum"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Davis
            S: R. Patel, 41, rides with the Davis bike club — R partial medial meniscectomy 8 weeks ago; can't stand on the pedals on the climbs out toward Lake Berryessa
            DATA (ForceDecks, SL squat to a box, peak force): R 1.02 × BW / L 1.21 × BW
            97110: 12 min — SL leg press 3 x 10 at 120 lb; step-downs from an 8-in. step 3 x 10; wall sits 3 x 40 s
            97530: 16 min — on the trainer: clipping in and out 10 times each side; standing climbs out of the saddle, 5 x 20 pedal strokes; dismounting and lifting the bike onto the rack, x 6
            = 28 min
            A: R quad weakness after the meniscectomy
            """,
            ["M23.221"], [PT("97110", 12), PT("97530", 16)], []),

        // Allegheny Cranberry beer-distributor driver after a hypertensive bleed: "[TIME] PT 97116 = 30" and "[TIME] PTA 97110 = 13" (both match their lines, one discipline); Lokomat with the R knee bar and hemi-walker laps with CGA; sit-to-stands, step-ups, bridges, knee extension with doses; R knee hyperextension and hip/knee extensor weakness: passes.
        ["v6-h90-allegheny-pt-lokomat-and-pta-ther-ex"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Cranberry Township
            Pt: Mr. N. Hughes, 48 · R hemiparesis after a L hypertensive intracerebral bleed · drove a route for a beer distributor
            PT — Lokomat
            EXPORT> Lokomat | BWS_kg=30→24 | GF_pct=65 | v_kmh=2.0 | dist_m=874
            Did: robotic gait with the R knee feedback bar; then over ground with the hemi-walker, 2 x 30 m, CGA
            Saw: R knee hyperextension in stance and toe drag in swing
            [TIME] PT 97116 = 30
            PTA — ther ex
            Did: sit-to-stand 3 x 10; R step-ups to a 4-in. step 3 x 8; bridges 3 x 12; seated knee extension with 2 lb 3 x 12
            For: R hip and knee extensor weakness after the bleed
            [TIME] PTA 97110 = 13
            """,
            ["I69.151"], [PT("97116", 30), PTA("97110", 13)], []),

        // Falls City St. Matthews stroke, choir alto: "PT — gait training (97116), 18 minutes" and "OT — therapeutic activities (97530), 24 minutes" each match its own discipline's line; WalkAide gait with quad cane, choir-loft stairs with CGA; MyoPro hymnal and robe tasks with counts; R toe catch and knee snapping back, R arm weakness; FM-UE: passes.
        ["v6-h90-fallscity-pt-and-ot-one-morning"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — St. Matthews
            Mrs. O. Hensley, 66, L MCA stroke in February (R hemiparesis); sings alto in the choir at her church in the West End.
            PT — gait training (97116), 18 minutes: WalkAide on the R; the hallway 4 x 120 ft with the quad cane, then the choir-loft mock-up stairs (8 steps, one rail) x 3; CGA on the stairs.
            Gait: R toe catch in swing and the knee snapping back in stance.
            OT — therapeutic activities (97530), 24 minutes: MyoPro on the R arm — holding the hymnal open with both hands while standing through two hymns and turning its pages; folding choir robes and hanging them on the hooks, x 6.
            Deficit: R arm weakness — she can't hold the hymnal open or reach the robe hooks.
            Measured: FM-UE 29/66.
            """,
            ["I69.351"], [PT("97116", 18), OT("97530", 24)], []),

        // Platte Dodge St shunted NPH: "TIME: 97112 in two parts — 10 min on the Biodex before the iTUG, 12 min on the Balance Master after it (22 min)" (matches), "ONE-ON-ONE: ☑ yes"; platform weight shifts, rhythmic weight shift, backward stepping to a pull; poor backward postural control; iTUG from the Opals: passes.
        ["v6-h90-plattevalley-nmr-in-two-parts-around-the-itug"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Omaha (Dodge St)
            ONE-ON-ONE:   ☑ yes — PT and patient only   ☐ no
            Patient: Mr. L. Fiala, 77 · normal-pressure hydrocephalus, shunted in the spring · magnetic gait and backward falls
            TIME: 97112 in two parts — 10 min on the Biodex before the iTUG, 12 min on the Balance Master after it (22 min)
            TX: Biodex platform at level 10 → 8, weight shifts to the screen targets; Balance Master rhythmic weight shift front-back; stepping back to recover from my pull at the belt
            iTUG (Opal, pasted):  total 16.4 s · turn 4.8 s · stride 0.71 m
            READ: postural control poor backward — slow, small stepping responses; he shuffles through the turn
            """,
            ["G91.2"], [PT("97112", 22)], []),

        // Allegheny Bethel Park L2 incomplete, Ekso walker → forearm crutches with steps and stand-ups; weak hip flexors and quads — "[TIME] 97116 = 40" against a 28-min line: mismatch.
        ["v6-h90-allegheny-ekso-40-against-28"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Bethel Park
            Pt: Mr. K. Walsh, 54 · L2 incomplete (AIS D) after a fall down the stairs of his rowhouse
            EXPORT> EksoGT | assist=adaptive | steps=1120 | stand_ups=6
            Did: walking in the Ekso, walker → forearm crutches on the hallway loop; sit-to-stand in the device
            Saw: weak hip flexors and quads on both sides; short steps and a forward trunk
            [TIME] 97116 = 40
            """,
            ["G82.22", "S34.122S"], [PT("97116", 28)], [At(Mismatch, "97116")]),

        // Sawtooth Nampa OT, Colles' fracture, "OT — therapeutic activities (97530), 32 min" against a 20-min OT line: mismatch; VR fruit market with hand tracking, jars, a washcloth and a grocery bag with counts, R wrist and grip weakness, Jamar grip complete.
        ["v6-h90-sawtooth-ot-vr-fruit-market-32-against-20"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Nampa · OT
            pt: Mrs. P. Zubiri, 69 · R distal radius fracture (ORIF) · cast off, splint weaned
            OT — therapeutic activities (97530), 32 min:
              VR Fruit Market (headset, hand tracking): picking fruit and placing it in the bag, R hand, 3 rounds, 52 pieces
              real: opening jars, 8; wringing a washcloth, 10; carrying a 5-lb grocery bag 4 x 40 ft
            deficit: R wrist and grip weakness after the fracture; stiff forearm rotation
            grip (Jamar) R 28 lb / L 54 lb
            """,
            ["S52.531D"], [OT("97530", 20)], [At(Mismatch, "97530")]),

        // Delta Roseville utility lineworker after a decompression: "97110 — 14 min" matches but "97530 — 25 min" against a 12-min line: mismatch on 97530; both sections complete (cable rows, ER, landmine press with doses; overhead bolt board and rope hoist with loads and counts; R cuff and scapular weakness overhead; HHD newtons).
        ["v6-h90-delta-second-code-25-against-12"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Roseville
            S: C. Ferreira, 45, lineworker for the utility — R shoulder after a subacromial decompression, week 12
            DATA (HHD, N): flexion R 132 / L 171; ER R 98 / L 124
            97110 — 14 min: cable rows 3 x 12 at 30 lb; side-lying ER with 4 lb 3 x 15; landmine press 3 x 10
            97530 — 25 min: overhead bolt-tightening on the board, 3 rounds of 12; hoisting a 20-lb bag on a rope and pulley to shoulder height, 3 x 8
            A: R cuff and scapular weakness overhead; the shoulder fatigues reaching up on the pole
            """,
            ["M75.41"], [PT("97110", 14), PT("97530", 12)], [At(Mismatch, "97530")]),

        // Falls City New Albany T4 incomplete: "Between the FES bike and the mat we had 45 minutes together today" is the only time for two codes: separate time missing; both sections complete (stim settings, km and rpm; rolling, long-sitting leg dressing and floor-to-chair recovery with counts and mod A; weak legs and dependence in bed mobility).
        ["v6-h90-fallscity-forty-five-minutes-bike-and-mat"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — New Albany, Indiana
            Mr. T. Stinnett, 39, incomplete T4 injury (AIS C) after a fall from a tree stand.
            Between the FES bike and the mat we had 45 minutes together today.
            Bike (97110): RT300 legs, quads, hamstrings and glutes up to 90 mA, 30 Hz, 250 µs; 5.8 km at 40 rpm.
            Mat (97530): rolling to each side x 6; long-sitting to dress his legs x 4; floor-to-chair recovery with the board, x 3, mod A.
            Weak legs below the lesion; he can't roll or dress his legs in bed without his mother's help.
            """,
            ["G82.22", "S24.152S"], [PT("97110", 25), PT("97530", 20)], [SepTime]),

        // Platte Council Bluffs chemotherapy neuropathy: "Lab time today: 38 min, NMR and gait training." is the only time for two codes: separate time missing; both sections complete (one-on-one; platform, foam, stepping strategy; sensor-wearing laps and curbs with distance and SBA; somatosensory loss and a shuffled wide-based gait; sway index and gait speed).
        ["v6-h90-plattevalley-lab-time-for-two-codes"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Council Bluffs, Iowa
            ONE-ON-ONE:   ☑ yes — PT and patient only   ☐ no
            Patient: Mrs. U. Halvorsen, 74 · neuropathy in both feet after chemotherapy
            Lab time today: 38 min, NMR and gait training.
            NMR (97112): Biodex platform at level 8 with eyes closed; foam stance with head turns; stepping strategy to my tug at the belt
            Gait (97116): walking with the Opal sensors on, hallway 4 x 60 m without the cane, cued for a longer step and heel strike; curbs x 6; SBA
            PRINTOUT: mCTSIB foam EC sway index 2.7 · gait speed 0.88 m/s
            READ: somatosensory loss in both feet with poor postural control; short, shuffled steps on a wide base
            """,
            ["G62.0"], [PT("97112", 22), PT("97116", 16)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit (Lokomat gait and NMR) with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h90-empty-lokomat-and-nmr"] = new(
            "",
            ["I69.351"], [PT("97116", 28), PT("97112", 15)], [At(NoteMissing, "97116"), At(NoteMissing, "97112")]),

        // Empty note on an OT 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h90-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // A note of spaces and line breaks only (cells are trimmed) on a PTA 97110 with a diagnosis: note missing only.
        ["v7-h90-blank-lines-only-pta-97110"] = new(
            "  \n\n \n   ",
            ["G82.22"], [PTA("97110", 20)], [At(NoteMissing, "97110")]),

        // 97110's meaning at Delta: isokinetic knee extension/flexion on the Biodex dynamometer at two speeds, leg press and step-ups with doses (technique and measure), R quadriceps weakness after a knee replacement with a garage-stairs goal (deficit), peak torque in Nm; 18 matches: passes.
        ["v7-h90-delta-97110-isokinetic-knee-work"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Sacramento (Midtown)
            S: V. Nguyen, 66, works at the Capitol and takes the stairs from the garage — R TKA, month 4
            TX — 97110, 18 min: isokinetic knee extension/flexion on the Biodex dynamometer, concentric, 180°/s 3 x 15 and 90°/s 3 x 10; leg press 3 x 12 at 140 lb; step-ups to an 8-in. step 3 x 10
            DATA (Biodex, 90°/s): peak knee-extension torque R 71 Nm / L 104 Nm
            A: R quadriceps weakness after the knee replacement; goal — the garage stairs without the rail
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 18)], []),

        // 97530's meaning at Falls City: BTE Primus work simulation (floor-to-waist lifts, sled push/pull with loads and counts) and boxes on a roller-conveyor mock-up (technique and measure), lumbar extensor weakness with L5 leg symptoms on repeated lifting and a return-to-the-belt goal (deficit); 24 matches: passes.
        ["v7-h90-fallscity-97530-bte-work-simulation"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — Louisville (Broadway)
            Mr. J. Cobb, 36, package handler at the UPS hub; L4-5 microdiscectomy 10 weeks ago.
            BTE Primus work simulation — 97530, 24 minutes: floor-to-waist lifts with the lift tool, 35 lb, 3 x 8; push and pull at the sled attachment, 40 lb, 3 x 10; then real 25-lb boxes on and off the roller-conveyor mock-up, 30 boxes.
            For: lumbar extensor weakness and L5 symptoms down the L leg with repeated lifting; goal — back on the belt loading trailers.
            """,
            ["M51.16"], [PT("97530", 24)], []),

        // 97140's meaning at Sawtooth: IASTM with a stainless tool, a Mulligan lateral-glide MWM with gripping and radial-head glides by grade (technique), R lateral elbow pain with gripping and extensor tissue restriction (deficit), pain-free grip from a Bluetooth dynamometer before and after (measure); 12 matches: passes.
        ["v7-h90-sawtooth-97140-iastm-and-mwm-elbow"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Meridian
            pt: Ms. H. Larrañaga, 48 · R lateral elbow pain · sorts potatoes on the line at the shed in Parma
            97140, 12 min:
              IASTM (stainless tool) along the wrist extensors and the common extensor origin
              Mulligan MWM — a lateral glide at the elbow while she grips, 3 x 10
              radial head posterior glides, grade III, 3 bouts
            deficit: R lateral elbow pain with gripping; extensor tendon and soft-tissue restriction
            pain-free grip (Bluetooth dynamometer): R 19 kg → 27 kg after the manual work; L 34 kg
            """,
            ["M77.11"], [PT("97140", 12)], []),

        // 97116's meaning at Allegheny: over-ground walking in the Andago with the body-weight support lowered, heel-strike and step cues, turns and doorways, then rollator laps with distance and CGA (technique and measure), L antalgic gait with a short R step after a hip fracture (deficit); 21 matches: passes.
        ["v7-h90-allegheny-97116-andago-over-ground"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Bethel Park
            Pt: Mrs. E. Costa, 81 · L hip hemiarthroplasty after a fall in her kitchen; afraid to walk unless someone holds her
            EXPORT> Andago | BWS_pct=25→15 | dist_m=240 | catches=0
            Did (97116, 21 min): over-ground walking in the Andago with the body-weight support lowered from 25% to 15%, cued for heel strike and a longer R step; turns and doorways; then out of the Andago with the rollator, 2 x 30 m, CGA
            Saw: L antalgic gait with a short R step and a trunk lean over the L
            """,
            ["S72.002D", "Z96.642"], [PT("97116", 21)], []),

        // Generic 97112: "Balance training and coordination exercises per plan. Pt tolerated treatment well. Continue plan of care." — no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h90-generic-nmr-per-plan"] = new(
            """
            97112 — 20 min. Balance training and coordination exercises per plan. Pt tolerated treatment well. Continue plan of care.
            — Platte Valley
            """,
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97530 with minutes for each (15 and 13, both match): "Ther ex and functional activities as tolerated. Good session, no adverse response. Continue per POC." — nothing named for either code.
        ["v7-h90-generic-ther-ex-and-ther-act"] = new(
            "97110 — 15 min; 97530 — 13 min. Ther ex and functional activities as tolerated. Good session, no adverse response. Continue per POC.",
            ["M25.561"], [PT("97110", 15), PT("97530", 13)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic OT 97530: "Patient participated in therapeutic activities as planned and demonstrated good effort. Will continue to progress per the OT plan of care." — no activity, deficit or measure named.
        ["v7-h90-generic-ot-ther-act"] = new(
            """
            OT — Falls City
            Patient participated in therapeutic activities as planned and demonstrated good effort. Will continue to progress per the OT plan of care.
            """,
            ["I69.351"], [OT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Allegheny Butler St stroke, Strip District market: Lokomat gait with the knee bar (97116, 26 min) and mat work with doses (97110, 15 min), both match; BWS, speed, distance, steps; R stiff-knee gait with hip hiking and R hip/knee extensor weakness: passes.
        ["vord-h90-allegheny-lokomat-then-mat"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Lawrenceville (Butler St)
            Pt: Mr. F. Mancini, 70 · R hemiparesis after a L MCA stroke in January · wants to walk the Saturday market in the Strip with his wife
            EXPORT> Lokomat | BWS_kg=26 | GF_pct=55 | v_kmh=2.2 | dist_m=901 | steps=1388
            Did: Lokomat gait with the R knee feedback bar (97116, 26 min); then on the mat — bridges 3 x 12, side-lying hip abduction 3 x 10, R step-ups to a 6-in. step 3 x 8, sit-to-stand without arms 3 x 8 (97110, 15 min)
            Saw: R stiff-knee gait with hip hiking; R hip and knee extensor weakness (4-/5)
            """,
            ["I69.351"], [PT("97116", 26), PT("97110", 15)], []),

        // Platte Bellevue TKA and neuropathy, zoo volunteer: NMR (97112, 17 min) and gait (97116, 15 min), both match, "ONE-ON-ONE: ☑ yes"; LOS training, foam with head turns, stepping strategy; no-device laps, ramp and curb with SBA; somatosensory loss and a stiff-knee gait; LOS printout and sway index: passes.
        ["vord-h90-plattevalley-nmr-and-gait"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Bellevue
            ONE-ON-ONE:   ☑ yes — PT and patient only   ☐ no
            Patient: Mrs. Y. Kratochvil, 75 · L TKA in December and neuropathy in both feet · volunteers at the zoo's desert dome
            PRINTOUT — LOS composite (pasted):  RT 1.05 s · EPE 63% · DCL 71%;  mCTSIB foam EC sway index 2.2
            NMR (97112, 17 min): LOS training on the Balance Master to the eight targets; foam stance with eyes closed and head turns; a stepping strategy to my nudges
            Gait (97116, 15 min): hallway and ramp with no device, 4 x 60 m, cued for knee extension at heel strike; the curb x 6; SBA
            READ: somatosensory loss with poor postural control on soft surfaces; L stiff-knee gait after the replacement
            """,
            ["Z96.652", "G62.9"], [PT("97112", 17), PT("97116", 15)], []),

        // Sawtooth Bench ACL sprain skiing Bogus Basin: "one-on-one, no other patient with me, both codes"; balance-board ski games and rocker-board perturbations (97112, 19 min) and leg press, curls, band walks with doses (97110, 15 min), both match; R knee proprioception and strength; gates: passes.
        ["vord-h90-sawtooth-ski-games-and-ther-ex"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Boise (Bench)
            pt: Mr. A. Goitia, 67 · R knee ACL sprain skiing at Bogus Basin in February (non-op) · wants to ski again next winter
            one-on-one, no other patient with me, both codes
            GAME LOG (97112, 19 min)
              Ski Slalom ........ balance board ......................... 31 of 38 gates
              Rocker board ...... single leg on the R, my perturbations ... 5 holds, best 15 s
            therex (97110, 15 min): SL leg press 3 x 10 at 90 lb; hamstring curls 3 x 12; lateral band walks 3 x 10 each way
            aim: R knee proprioception and neuromuscular control; quad and hamstring weakness
            """,
            ["S83.511D"], [PT("97112", 19), PT("97110", 15)], []),

        // Falls City Jeffersonville PTA, spinal cord infarct: "The PTA ran her ride on the RT300 under the PT's plan, 97110, 22 minutes"; stim log, km, rpm, watts against the block's start, resistance; hip and knee weakness below the infarct with a sink-standing goal: passes.
        ["vord-h90-fallscity-pta-fes-ride-97110"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — Jeffersonville, Indiana · PTA
            Mrs. N. Druin, 61, incomplete paraplegia (AIS C) after a spinal cord infarct during her aortic surgery.
            The PTA ran her ride on the RT300 under the PT's plan, 97110, 22 minutes.
            STIM LOG: quads 75 mA, hamstrings 70 mA, glutes 70 mA · 30 Hz · 300 µs
            Ride: 8.1 km at 46 rpm; average power 9.4 W (5.2 W at the start of the block); resistance 4 Nm
            For: hip and knee weakness of both legs below the infarct and low endurance — she wants to stand at the sink to do the dishes
            """,
            ["G95.11", "G82.22"], [PTA("97110", 22)], []),

        // Falls City Broadway OT, C6 complete after a River Road motorcycle crash: in the EasyStand at 70°, cereal and coffee at the counter with the universal cuff, tenodesis grasp trials, cabinet reaches with counts; no active finger movement and standing trunk balance; tenodesis success count; 23 matches: passes.
        ["vord-h90-fallscity-ot-easystand-kitchen-97530"] = new(
            """
            FALLS CITY SPINAL CORD & NEURO-TECHNOLOGY OUTPATIENT — Louisville (Broadway) · OT
            Mr. Q. Logsdon, 33, C6 complete (AIS A) after a motorcycle crash on River Road.
            OT — therapeutic activities (97530), 23 minutes: standing in the EasyStand at 70°, fixing a bowl of cereal and a cup of coffee at the counter with the universal cuff; tenodesis grasp to pick up the spoon and the cup, 10 trials each; reaching to the upper cabinet, 2 x 8.
            Deficit: no active finger movement — he relies on tenodesis; trunk balance in standing.
            Measured: tenodesis grasp successful on 17 of 20 trials.
            """,
            ["G82.53", "S14.116S"], [OT("97530", 23)], []),

        // Delta Roseville trail runner, three codes: 97112 16 ("One-on-one for the 97112 — just the two of us in the lab"), 97110 12 and 97140 10 all match; BOSU with light taps, perturbation hops, tilt board eyes closed; eversion, heel raises, step-downs with doses; talar glides, MWM, tib-fib glides; proprioception, peroneal weakness, hypomobility; Y-balance, knee-to-wall, SLS: passes.
        ["vord-h90-delta-trail-runner-three-codes"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Roseville
            S: H. Ito, 29, trail runner on the Auburn trails — L ankle, third inversion sprain this year; stiff, and it gives way on the descents
            One-on-one for the 97112 — just the two of us in the lab.
            97112 — 16 min: SL stance on the BOSU with Blazepod taps; perturbation hops onto foam; tilt board with eyes closed
            97110 — 12 min: eccentric eversion with the band 3 x 15; SL heel raises 3 x 15; lateral step-downs 3 x 10
            97140 — 10 min: posterior talar glides, grade III, 4 bouts; Mulligan weight-bearing DF MWM 3 x 10; distal tib-fib AP glides
            DATA: Y-balance anterior L 59 cm / R 66 cm; knee-to-wall L 8 cm → 11 cm; SLS eyes closed L 9 s
            A: L ankle proprioceptive deficit and peroneal weakness; talocrural hypomobility
            """,
            ["S93.402D", "M25.372"], [PT("97112", 16), PT("97110", 12), PT("97140", 10)], []),

        // Delta Davis PTA, rice farmer after a THA: cable abduction, box step-ups, split squats, side plank with doses; L hip abductor weakness with combine-ladder and levee goals; HHD newtons; 17 matches: passes.
        ["vord-h90-delta-pta-rice-farmer-hip-97110"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Davis · PTA
            S: O. Brandão, 58, farms rice near Woodland — L THA, 10 weeks
            TX (PTA, under the PT's plan) — 97110, 17 min: hip abduction on the cable column 3 x 12 at 15 lb; step-ups to a 12-in. box 3 x 10; split squats, bodyweight, 3 x 8 each; side plank from the knees 3 x 20 s
            DATA (Bluetooth HHD): hip abduction L 142 N / R 201 N
            A: L hip abductor weakness after the replacement; goal — climb the combine's ladder and walk the levees
            """,
            ["Z96.642", "Z47.1"], [PTA("97110", 17)], []),

        // Sawtooth Eagle OT, C7 radiculopathy after neck surgery: Pablo sensor-handle grip and wrist games, forearm rotation game, putty pinches with doses; R grip and wrist extensor weakness; Pablo grip kg and supination degrees; 16 matches: passes.
        ["vord-h90-sawtooth-ot-pablo-handle-97110"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Eagle · OT
            pt: Mr. E. Zabala, 74 · R C7 radiculopathy, neck surgery in January · restores old saddles in his shop
            OT — therapeutic exercise (97110), 16 min, with the Pablo sensor handle:
              grip-and-release to pop the on-screen balloons, 3 x 15
              wrist extension tilts to steer the plane, 3 x 12
              forearm supination/pronation to pour the virtual glass, 3 x 12
              theraputty pinches, 2 x 20
            deficit: R grip and wrist extensor weakness from the C7 radiculopathy; he drops the awl
            Pablo readout: grip R 11.2 kg / L 24.6 kg; supination R 58°
            """,
            ["M54.12"], [OT("97110", 16)], []),

        // Sawtooth Meridian PTA, TKA and a Greenbelt dog walk: treadmill with the VR Greenbelt scene (speed, grade, bouts, virtual roots and geese) then over ground and the curb with SBA; short L step and stiff R knee; 18 matches: passes.
        ["vord-h90-sawtooth-pta-vr-treadmill-greenbelt-97116"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Meridian · PTA
            pt: Mr. R. Uriarte, 79 · R TKA in March · walks the Greenbelt with his dog
            Treadmill with the VR screen (the Greenbelt scene, obstacles on the path) — gait training, 97116, 18 min, PTA:
              1.6 mph → 2.0 mph, 0% → 3% grade, stepping over the virtual roots and around the geese, 3 bouts
              then over ground, 2 x 60 m with no cane, and the curb in the lot x 4, SBA
            gait: short L step and a stiff R knee through swing; weak push-off on the R
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 18)], []),

        // Delta Elk Grove softball catcher's MCL sprain: complete 97112 (one-on-one; squat-to-throw on foam, force-plate landings, lateral hops; L knee neuromuscular control; landing asymmetry and valgus count) sent with no diagnosis.
        ["vord-h90-delta-no-diagnosis"] = new(
            """
            DELTA SPORTS LAB PHYSICAL THERAPY · Elk Grove
            S: F. Acosta, 36, softball catcher — L knee MCL sprain, grade II
            One-on-one with me for the whole 97112.
            97112 — 18 min: squat-to-throw from the crouch on foam; SL landings on the force plate; lateral hops to a stick
            DATA: SL landing asymmetry L<R 19%; valgus on 4 of 10 hops
            A: L knee neuromuscular control — the knee drifts in rising from the crouch
            """,
            [], [PT("97112", 18)], [Dx]),

        // Allegheny Monroeville stroke: complete 97116 (Lokomat with the knee bar, hemi-walker laps with min A; L knee hyperextension and toe drag; BWS, speed, distance) with the ICD-9 code 438.20 as its diagnosis: not well formed.
        ["vord-h90-allegheny-icd9-438-20"] = new(
            """
            ALLEGHENY BLUFFS ROBOTICS & GAIT LAB · Monroeville
            Pt: Mr. W. Kostelnik, 72 · L hemiparesis after a R MCA stroke
            EXPORT> Lokomat | BWS_kg=31 | GF_pct=70 | v_kmh=1.7 | dist_m=598
            Did (97116, 22 min): robotic gait training with the L knee feedback bar; then over ground with the hemi-walker, 2 x 20 m, min A
            Saw: L knee hyperextension in stance; toe drag in swing
            """,
            ["438.20"], [PT("97116", 22)], [Dx]),

        // Generic two-code note with a shared total ("Ther ex and ther activities, 30 min total"): no technique, deficit or measure for either code, no minutes for each.
        ["vord-h90-sawtooth-generic-two-codes-total"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Nampa
            Ther ex and ther activities, 30 min total. Pt tolerated session well. Continue per POC.
            """,
            ["M62.81"], [PT("97110", 16), PT("97530", 14)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // Platte Dodge St PTA "TX (97112, 28 min)" against a 16-min PTA line: mismatch; "ONE-ON-ONE: ☑ yes — PTA and patient only", platform eyes closed, foam head turns, tandem on the plate, somatosensory loss, fall-risk index complete.
        ["vord-h90-plattevalley-pta-nmr-28-against-16"] = new(
            """
            PLATTE VALLEY BALANCE & POSTUROGRAPHY LAB · Omaha (Dodge St) · PTA
            ONE-ON-ONE:   ☑ yes — PTA and patient only   ☐ no
            Patient: Mr. B. Sedlacek, 70 · neuropathy in both feet; falls
            TX (97112, 28 min): Biodex platform at level 6 with eyes closed; foam stance with head turns; tandem stance on the forceplate with the sway trace
            PRINTOUT — Biodex Fall Risk (pasted):  overall index 2.4
            READ: somatosensory loss in both feet with poor postural control
            """,
            ["G62.9", "R29.6"], [PTA("97112", 16)], [At(Mismatch, "97112")]),

        // Sawtooth Nampa frozen shoulder, "97140 — 24 min" against a 12-min line: mismatch; GH glides by grade, scapular mobilization, STM, L capsular restriction and a Kinect camera read complete.
        ["vord-h90-sawtooth-manual-24-against-12"] = new(
            """
            SAWTOOTH INTERACTIVE REHAB · Nampa
            pt: Mr. S. Arambarri, 55 · L adhesive capsulitis · runs the piler at the sugar-beet dump
            97140 — 24 min: GH posterior and inferior glides, grade III–IV; scapular mobilization in side-lying; STM to the pec minor and subscapularis
            deficit: L capsular restriction — ER and elevation limited
            camera read (Kinect): flexion L 118° / ER 22°
            """,
            ["M75.02"], [PT("97140", 12)], [At(Mismatch, "97140")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
