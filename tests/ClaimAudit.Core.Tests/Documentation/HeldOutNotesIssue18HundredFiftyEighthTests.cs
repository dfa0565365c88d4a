using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-fifty-eighth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read for
/// their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's output on
/// these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-second session, blind beside the hundred-and-fifty-sixth) is notes with devices'
/// readouts pasted in — a force plate's, a balance platform's and a handheld dynamometer's printouts, a gait mat's and
/// wearable sensors' summaries, a perturbation treadmill's, an exoskeleton's, an upper-limb robot's and an exergaming
/// system's session summaries, a BFR cuff's and an NMES unit's settings, a step counter's and a home-exercise app's
/// adherence reports — each with its own time fields (a device's session timer in hh:mm:ss, an up time or a cuff time in
/// mm:ss, a trial length or a test duration in seconds, a walk recording of 120 s, a printout's time stamp) that are not
/// the billed minutes, with the clinician's own lines around them. About two thirds are ordinary and complete (71 of
/// 109), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and an OT's code
/// on one visit), by PTs, PTAs and OTs, from three employers no earlier set has:
/// <list type="number">
/// <item>a sports-science-heavy performance clinic ("Sawtooth Performance Lab", SPL: the Bown Crossing lab in Boise, Eagle
/// and McCall, Idaho; a "SESSION REPORT" with "Athlete:", blocks headed "BLOCK A · 97112 NMR · 23 min", "Attendance:",
/// "Work:", "Limiter:", a "1:1?   Y / N" question on one template and a "☑ 1:1 ☐ semi-private" row on another, and a "DATA
/// PASTE ▼" block of Hawkin Dynamics force-plate landings (time to stabilisation in seconds, trial length 5.0 s,
/// countermovement jump height, RSI-mod, asymmetry), ActivForce 2 dynamometer printouts in newtons with a limb symmetry
/// index, IMeasureU Blue Trident IMU summaries (landing impact in g, knee valgus events, a capture timer), Y-Balance
/// composites, BFR cuff readouts (limb occlusion pressure, working mmHg, "cuff inflated 08:40 (mm:ss)") and Compex NMES
/// settings): Tamsin Reeve (PT, DPT, SCS), Jordan Okafor (PT, CSCS), Mateo Arriaga (PT) and Brielle Sato (PTA); a Payette
/// raft guide, a hotshot-crew sawyer, a barrel racer, a Nordic ski racer, a climbing-gym route setter, a college rugby
/// flanker, a high-school wrestler, a masters trail runner of 58, a strength coach at the rack and a mother on the
/// bench;</item>
/// <item>a hospital balance centre with a platform ("Northwoods Lakes Medical Center — Balance Center", NLMC: Brainerd,
/// Minnesota, with clinics in Baxter and Crosby; a "TREATMENT NOTE" with "Service: 97112 Neuromuscular reeducation — 24
/// minutes", "Attendance: Individual (1:1)" or an "[X] Individual [ ] Concurrent [ ] Group" row, "Treatment:", "Impairment:"
/// and a "▶ Imported device report — … (printed 03/04/2026 10:41)" block of Bertec Balance Advantage SOT scores with their
/// 20.0 s trials, Biodex Balance SD stability indices, mCTSIB seconds, limits of stability and fall-risk index with "test
/// duration 20 sec × 3", NeuroCom LOS and Rhythmic Weight Shift numbers, and APDM Mobility Lab Opal gait summaries):
/// Ingeborg Halvorsen (PT, DPT, NCS), Curtis Lindahl (PT), Marisa Pelletier (PTA) and Delphine Ostrowski (OTR/L); a
/// walleye guide on Gull Lake, a church organist, a resort housekeeper, a retired paper-mill millwright, a snowmobile-club
/// trail groomer, a woman who walks the Paul Bunyan Trail, a daughter at the platform-room window, an audiologist
/// re-seating the goggles and Mr. Ruud on the next Biodex;</item>
/// <item>a neuro clinic with robotics and exergaming ("High Desert NeuroRecovery", HDNR: Bend, Redmond and Prineville,
/// Oregon; a "Visit note | clinician | Pt:" header, code lines "97112 neuro re-ed: 22 min | 1:1", "97530 [ 21 ] min" for
/// OT, "What I did:", "Why:" and "Device paste:" lines of the Meditouch BalanceTutor perturbation treadmill ("Session
/// 00:17:48 | Level 5 | Perturbations delivered 36 | Stepping responses 29"), the Ekso GT exoskeleton (up time, walk time,
/// steps, assist %), the Motorika ReoGo arm robot, the Neofect Smart Glove, the Tyromotion Pablo grip sensor, Jintronix
/// exergaming (session timer, level, score), a GAITRite mat (velocity cm/s, cadence steps/min, step length, double
/// support %), a Garmin vívofit's daily steps and a Medbridge adherence report, with an EMR drop-down "-- select --"):
/// Priya Venkataraman (PT, DPT, NCS), Eamon Gallagher (PT), Ruthanne Keel (PTA) and Sol Márquez (OTR/L); a Lower Deschutes
/// fly-fishing guide, a Mt. Bachelor lift operator, a llama rancher, a brewery canning-line worker, a Crooked River
/// rancher, a rodeo announcer in Sisters, a quilt-show volunteer, a rehab tech at the console, a wife by the window and Mr.
/// Cordova in the Ekso.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads the pasted readouts as data and the
/// clinician's lines as the note: a device's readout with a number can be the measure (a stability index, an SOT score, a
/// time to stabilisation, a gait speed, newtons, a grip in kilograms), a device or its programme named is a technique only
/// when the note says what was done with it, a device's timer, a trial's length and a printout's stamp are never the code's
/// minutes unless the clinician writes them so, and a report that did not export, save or sync states nothing:
/// <list type="bullet">
/// <item>class 1 (v1-h158-…): one-on-one in these writers' own words ("1:1 — Tamsin and Kade only on the turf lane; his
/// strength coach watched from the rack", "Individual (1:1) — platform room door closed; her daughter watched through the
/// window", "1:1 with me the whole block; our rehab tech ran the BalanceTutor console", "solo session — nobody else booked
/// in the lab at six a.m.", "I was with her alone for the whole re-ed block; the audiologist stepped in", "undivided — my
/// only athlete this hour"), notes that negate it (two athletes on the reactive ladder "alternating cues between them",
/// "concurrent — Mr. Ruud on the Biodex beside her", a Jintronix group of three at three screens, a PTA with one patient in
/// the Ekso and this one on the BalanceTutor) or never state it (an HDNR note and an NLMC Baxter note without an attendance
/// line), and the codes without a one-on-one check: an SPL 97110 BFR block with the wrestler at the next rack and an OT
/// 97530 at the Smart Glove stations;</item>
/// <item>class 2 (v2-h158-…): checkbox and blank-field states on these templates: NLMC's attendance row unticked and ticked,
/// HDNR's drop-down left "-- select --", SPL's "1:1?   Y / N" unanswered and answered "Y", a "☑ 1:1 ☐ semi-private" row,
/// "▶ Imported device report — [no file attached]", "Why: [select impairment]", "Sets × reps: __ × __ | Cuff: __% LOP"
/// with "(cuff app did not sync)", a GAITRite line of blanks on a 97116, "Intervention: [choose from list]" over a Biodex
/// test result, and unrelated blanks ("Next device re-test: [date]", "Report reviewed by: ______") under a complete
/// note;</item>
/// <item>class 3 (v3-h158-…): named programmes, devices and methods as techniques (the BalanceTutor perturbation program
/// with compensatory stepping, Bertec "Weight Shift" and "Quick Step" visual-biofeedback modules, Ekso GT gait training,
/// ReoGo robot-assisted reach-to-grasp task training, blood flow restriction training at 80 % LOP, NMES settings beside a
/// billed 97110, Cawthorne-Cooksey and Brandt-Daroff habituation, Agility Boot Camp for Parkinson's, reactive
/// neuromuscular training, IASTM with HawkGrips and Mulligan mobilisation with movement, NeuroCom Rhythmic Weight Shift)
/// and a Jintronix "protocol B, level 4" as the whole of what was done;</item>
/// <item>class 4 (v4-h158-…): deficits stated as findings in these writers' terms (lands knee-in and sticks late, feet like
/// wood on the dock, toes that catch on the gravel drive by afternoon, dizzy backing the pontoon trailer, a hand that won't
/// let go of the fly line, a hip that drops into Trendelenburg late in a run, weight back on the heels, freezing at the
/// barn gate) and notes that state none ("Limiter: none identified — cleared for full return", "Impairment: none
/// identified (default)", an empty "Why:");</item>
/// <item>class 5 (v5-h158-…): measures in every usual device form (Biodex mCTSIB seconds and fall-risk index, Opal gait
/// speed and double support as a 97112's measure, NeuroCom LOS, GAITRite as a 97116's measure, ActivForce newtons beside a
/// 97110's doses, Pablo grip kilograms for a 97530, app adherence and daily steps beside a 97110's doses, a Y-Balance
/// composite) and notes with none ("Bertec report did not export", "screenshot didn't save", "force plates down for
/// calibration — no data today", "Garmin synced — steps up on last week");</item>
/// <item>class 6 (v6-h158-…): minutes in these templates' forms (block headings with minutes beside a cuff timer, two
/// NLMC services beside an Opal walk recording, three HDNR code lines beside BalanceTutor and Ekso timers, a PT's and an
/// OT's code, a 97140 and a 97112, a clock range on the code's line beside an IMU capture timer, the device's clock stated
/// by the clinician as the code's time) and true mismatches (an IMU capture of "12:00" written as "97112 NMR · 12 min" on a
/// 24-minute line, a Bertec training time of 20 on 31, an Ekso up time of "35:10" copied as "35 min" on 22, a second block
/// of 25 on 14), and truly missing separate time ("Timed total 38 min" and "Timed total 37 min" under two codes, "97110 ther
/// ex: __ min", "Service: 97530 … — [minutes]");</item>
/// <item>class 7 (v7-h158-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check),
/// the contract's meanings for 97110 (Nordic curls, single-leg RDLs and Copenhagen planks), 97530 (hay flakes to the
/// feeder, a water bucket and a corral gate), 97140 (first-rib mobilisation, scalene STM and cervical lateral glides) and
/// 97116 (rollator to no device in the hospital skyway and on the stairs), and wholly generic notes ("NMR per athlete
/// program. Tolerated well.", "Balance training and therapeutic exercise per plan of care." under two services,
/// "Robotics and gaming session today. Pt did great.");</item>
/// <item>ordinary (vord-h158-…): complete notes of the three employers that a reviewer passes (the false-positive guard),
/// with their readouts, stamps and timers, NMES warm-up settings on an unbilled line and family in the room, and the
/// ordinary weak ones: a complete note with no diagnosis and one whose diagnosis cell carried "ERR:DX".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line and
/// "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more and
/// every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This set's
/// notes carry people and numbers that are not the code's or its minutes — a strength coach, a mother, a daughter, a wife,
/// an audiologist, an audiology student and a rehab tech (none of them a patient; the rugby flanker on the ladder, Mr. Ruud
/// on the Biodex, the two others at the gaming screens and Mr. Cordova in the Ekso are), ages, dates and time stamps of
/// printouts, devices' session timers in hh:mm:ss, up times, cuff times and capture timers in mm:ss, trial lengths and
/// test durations in seconds, a walk recording of 120 s, newtons, kilograms, pounds, centimetres, degrees, degrees per
/// second, g, mmHg, hertz and microseconds, percentages of limb occlusion, symmetry, excursion and double support, gait
/// speeds, cadences in steps per minute, step counts, levels, scores and target counts — and each is written so that a
/// reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code ("97112 neuro
/// re-ed: 22 min", "Service: 97112 Neuromuscular reeducation — 24 minutes"), in its block's heading ("BLOCK A · 97112 NMR ·
/// 23 min"), in a minute box ("97530 [ 21 ] min") or as a clock range on the code's own line ("97116 Ekso 09:02–09:27");
/// no note gives minutes to a visit, a drill, a rest or a test, except the two that give the visit a total ("Timed total
/// 38 min", "Timed total 37 min"); notes failed for want of a measure carry no number but their code and its minutes.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes the
/// measure check only on an objective measure with a number and fails it only when the note has no number but its code,
/// its minutes and numbers that are plainly something else; for the other codes a dose (sets, repetitions, load, hold,
/// distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver or
/// staff member in the room does not undo a one-on-one statement, another patient treated in the same block does, and a
/// therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure without a
/// technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a cueing level as
/// the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a 97116 note, a 97530
/// with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed code, minute ranges
/// and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith repositioning, three-character
/// or dotless diagnosis codes, and any line with a code that has no documentation profile (heat, TENS, evaluations and
/// group classes stay in the notes, never on a line).
/// This set also leaves out the readouts that could honestly be read either way: a device's session timer that equals the
/// billed minutes with nothing from the clinician tying them together, a device's timer as the only time a code has in a
/// multi-code visit, a game's score, a step count, an adherence figure or an NMES or BFR setting as a note's only number, a
/// deficit shown only by a readout's asymmetry or a number outside its norm and never put in words, and NMES or BFR
/// applied during a billed exercise with the device's settings as that code's only dose.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 101 of 109 cases agree (107 needed), and 4 of the 71 notes the reviewer passes got a finding, on the analyzer of 2914bd2 (the start of the 2026-12-07 twenty-second session, before any change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, ed4cfb9): 108 of 109, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFiftyEighthTests(ITestOutputHelper output)
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

        // SPL Boise session report, "Attendance: 1:1 — Tamsin and Kade only on the turf lane; his strength coach watched from the rack" (staff, not a patient); reactive perturbations on the foam pad with a band pull at the knee, hop-and-stick; R knee proprioception and late stabilisation after an ACL reconstruction; the Hawkin plates' time to stabilisation under a printout stamp; "BLOCK A · 97112 NMR · 23 min" matches: passes.
        ["v1-h158-spl-turf-lane-coach-at-the-rack"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Kade Lindqvist (age 24, raft guide on the Payette) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 23 min
            Attendance: 1:1 — Tamsin and Kade only on the turf lane; his strength coach watched from the rack
            Work: reactive perturbations standing on the foam pad with a band pull at the R knee; hop-and-stick forward and lateral onto the foam
            Limiter: R knee proprioception and late stabilisation on landing, 7 months after the R ACL reconstruction
            DATA PASTE ▼
              Hawkin Dynamics · single-leg drop landing · printed 03/04/2026 06:52
              Time to stabilisation  R 1.46 s | L 0.88 s   (trial length 5.0 s, 3 trials each)
            Read: R still 0.6 s slower to settle than L.
            """,
            ["S83.511D", "Z98.890"], [PT("97112", 23)], []),

        // SPL Eagle: Jordan "ran Kade and the rugby flanker through the reactive ladder together, alternating cues between them" for the whole block — another patient treated inside the billed time: one-on-one missing; ladder perturbations, foam cutting, landing deficit and force-plate numbers present.
        ["v1-h158-spl-two-athletes-on-the-ladder"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Reese Garrity · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 22 min
            Attendance: ran Reese and the rugby flanker through the reactive ladder together, alternating cues between them the whole block
            Work: reactive ladder with unannounced pushes at the hips; cutting off the foam pad on a visual cue
            Limiter: L ankle proprioception after the second inversion sprain; the ankle rolls on the first cut
            DATA PASTE ▼
              IMeasureU Blue Trident · cutting drill · exported 07:31
              Peak landing impact L 8.9 g | R 6.2 g   (capture 45 s)
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // NLMC Balance Center, "Attendance: Individual (1:1) — platform room door closed; her daughter watched through the window"; sensory reweighting on the Bertec with sway-referenced surround, foam stance with head turns; somatosensory and vestibular reliance, falls backward in the dark; SOT composite with its trial length; "Service: 97112 … — 24 minutes" matches: passes.
        ["v1-h158-nlmc-door-closed-daughter-at-window"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Arlette Kvale · Clinician: Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: Individual (1:1) — platform room door closed; her daughter watched through the window
            Treatment: sensory reweighting on the platform with the surround sway-referenced; foam stance with slow head turns, eyes open then closed
            Impairment: over-reliance on vision with reduced somatosensory and vestibular use; falls backward when the lights go out at the cabin
            ▶ Imported device report — Bertec Balance Advantage (printed 03/04/2026 10:41)
               SOT composite equilibrium score 54 (age norm 70) | Cond 5: 38 | Cond 6: FALL, FALL, 22
               Trial length 20.0 s × 3 per condition
            Interpretation: vestibular pattern; condition 5 up from 21 at intake.
            """,
            ["R26.81", "H81.93"], [PT("97112", 24)], []),

        // NLMC Crosby PTA: "Attendance: concurrent — Mr. Ruud on the Biodex beside her running his own program while I cued both" — another patient treated in the block: one-on-one missing; Biodex weight-shift tracking and foam tandem, postural control, stability index present.
        ["v1-h158-nlmc-pta-concurrent-with-mr-ruud"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY CLINIC
            TREATMENT NOTE · Pt: Harlan Toivonen · Clinician: Marisa Pelletier, PTA
            Service: 97112 Neuromuscular reeducation — 21 minutes
            Attendance: concurrent — Mr. Ruud on the Biodex beside her running his own program while I cued both
            Treatment: Biodex weight-shift tracking with the platform unlocked to level 6; tandem stance on foam at the rail
            Impairment: postural control with a lateral lean to the L after the cerebellar stroke
            ▶ Imported device report — Biodex Balance SD (printed 03/04/2026 13:15)
               Overall Stability Index 3.8 | A/P 2.1 | M/L 2.9   (test duration 20 sec × 3)
            """,
            ["I69.393"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // HDNR Bend, "1:1 with me the whole block; our rehab tech ran the BalanceTutor console" (staff); treadmill perturbations with stepping responses, gaze-fixed walking; reactive stepping after a stroke; the BalanceTutor summary with its own session timer; "97112 neuro re-ed: 22 min" matches: passes.
        ["v1-h158-hdnr-tech-ran-the-console"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Walt Sedgwick (fly-fishing guide, Lower Deschutes)
            97112 neuro re-ed: 22 min | 1:1 with me the whole block; our rehab tech ran the BalanceTutor console
            What I did: treadmill perturbations at walking pace, forward and lateral, with stepping responses; walking with gaze fixed on a target across the gym
            Why: slow, short reactive steps to the L after the R MCA stroke; he stumbles on the boat ramp
            Device paste:
              [BalanceTutor] Session 00:17:48 | Level 5 | Perturbations delivered 36 | Stepping responses 29 | Harness catches 2
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // HDNR Redmond exergaming group: "Jintronix group — three patients at the three screens, I circulated" on a 97112: other patients treated in the billed time: one-on-one missing; weight-shifting games on foam, postural control, game reach counts and a Mini-BESTest present.
        ["v1-h158-hdnr-exergaming-group-of-three"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Eamon Gallagher, PT | Pt: Loretta Vance
            97112 neuro re-ed: 23 min | Jintronix group — three patients at the three screens, I circulated
            What I did: standing on the foam pad for the lateral weight-shift game and the reach-and-catch game, then single-limb taps to the on-screen targets
            Why: postural control and slow weight transfer over the L leg in Parkinson's disease
            Device paste:
              Jintronix | session timer 15:40 | targets reached 41 of 60 | L-side reaches 14 of 30
            Mini-BESTest 18/28.
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // HDNR Prineville note complete but for attendance — nothing says one-on-one or individual: not stated; BalanceTutor perturbations and foam tandem; ankle strategy and proprioception in neuropathy; perturbation counts present.
        ["v1-h158-hdnr-attendance-never-written"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Dub Ochoa (Crooked River rancher)
            97112 neuro re-ed: 24 min
            What I did: standing perturbations on the BalanceTutor belt, small to moderate; tandem on foam with head turns
            Why: lost ankle strategy and proprioception in both feet with the diabetic neuropathy; steps off the feed-truck running board
            Device paste:
              [BalanceTutor] Session 00:19:05 | Level 3 | Standing perturbations 30 | Feet-in-place recoveries 21
            """,
            ["E11.42"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // NLMC Baxter note missing its attendance line altogether: not stated; Biodex limits-of-stability training and foam reaching; postural control after a fall; LOS score present.
        ["v1-h158-nlmc-baxter-no-attendance-line"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER CLINIC
            TREATMENT NOTE · Pt: Gunnar Aas · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Treatment: limits-of-stability training on the Biodex, chasing the cursor to the eight targets; reaching out of base on foam
            Impairment: postural control and a small limit of stability backward after his fall on the icy boat landing
            ▶ Imported device report — Biodex Balance SD, Limits of Stability (printed 03/04/2026 15:02)
               Overall direction control 31% | Backward 18% | Time to complete 58 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SPL 97110 BFR knee extensions "with the wrestler at the next rack doing his own sets" (97110 has no one-on-one check); BFR leg press and knee extension at a set occlusion with doses; quad atrophy after a meniscus repair; "BLOCK B · 97110 BFR · 16 min" matches: passes.
        ["v1-h158-spl-bfr-wrestler-at-next-rack-97110"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Noor Haddad · Clinician: Brielle Sato, PTA
            BLOCK B · 97110 BFR · 16 min
            The high-school wrestler was at the next rack doing his own sets.
            Work: BFR leg press and seated knee extension, 30-15-15-15 reps, cuff at 80% of limb occlusion pressure
            Limiter: L quad atrophy after the L meniscus repair
            DATA PASTE ▼
              BFR cuff · LOP 212 mmHg · working 170 mmHg · cuff inflated 08:40 (mm:ss) · printed 15:11
            """,
            ["S83.232D"], [PTA("97110", 16)], []),

        // HDNR OT 97530 at the Smart Glove stations "while two others played at theirs" (97530 has no one-on-one check); glove-game grasp and release, clothes-peg and jar tasks; R hand spasticity after a stroke; game reps and pegs counted; "97530 [ 21 ] min" matches: passes.
        ["v1-h158-hdnr-ot-glove-stations-97530"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            OT visit | Sol Márquez, OTR/L | Pt: Jolene Pratt
            97530 [ 21 ] min — at the Smart Glove stations while two others played at theirs
            Tasks: Neofect Smart Glove grasp-and-release game, then clothes pegs onto the line and opening a jam jar
            Why: R hand flexor tone after the L CVA; she can't let go of a mug
            Device paste: Smart Glove | play time 09:20 | grasp-release reps 64 | wrist ext max 22°
            Pegs: 9 of 12 onto the line with the R hand.
            """,
            ["I69.331"], [OT("97530", 21)], []),

        // SPL McCall before opening: "Solo session — nobody else booked in the lab at six a.m."; single-leg hop-and-stick on the foam with eyes closed and perturbations to the pelvis; L hip and trunk motor control after a hamstring strain; Y-balance and IMU numbers; "BLOCK A · 97112 NMR · 24 min" matches: passes.
        ["v1-h158-spl-solo-at-six-am"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Sage Mortensen (Nordic ski racer) · Clinician: Mateo Arriaga, PT
            BLOCK A · 97112 NMR · 24 min
            Attendance: solo session — nobody else booked in the lab at six a.m.
            Work: single-leg stance on foam with eyes closed, perturbations to the pelvis; hop-and-stick onto the foam
            Limiter: L hip and trunk motor control, the L knee drifts in on landing after the L hamstring strain
            DATA PASTE ▼
              Y-Balance · composite L 88% | R 97%
              Blue Trident · hop landings · knee valgus events L 6 of 10 | R 1 of 10
            """,
            ["S76.312D"], [PT("97112", 24)], []),

        // NLMC "I was with her alone for the whole re-ed block; the audiologist stepped in to re-seat the VNG goggles" (staff); gaze stabilisation X1 with the goggles, walking head turns; unilateral vestibular loss; DVA and DGI; "— 23 minutes" matches: passes.
        ["v1-h158-nlmc-audiologist-stepped-in"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Della Husby (church organist) · Clinician: Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: I was with her alone for the whole re-ed block; the audiologist stepped in to re-seat the VNG goggles
            Treatment: X1 gaze stabilization seated and standing with the goggles recording; walking the hall with horizontal head turns
            Impairment: R vestibular hypofunction after neuritis; the pews blur when she turns to the choir
            ▶ Imported report — dynamic visual acuity (printed 11:20): loss of 4 lines with head movement (6 at intake)
            DGI 16/24.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // HDNR PTA "had Mr. Cordova in the Ekso and this patient on the BalanceTutor at the same time, back and forth" — another patient inside the block: one-on-one missing; perturbation work, postural control and response counts present.
        ["v1-h158-hdnr-pta-ekso-and-balancetutor-at-once"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Ruthanne Keel, PTA | Pt: Iris Langley
            97112 neuro re-ed: 20 min | had Mr. Cordova in the Ekso and this patient on the BalanceTutor at the same time, back and forth
            What I did: BalanceTutor standing perturbations, lateral, then tandem on the foam beam
            Why: postural control after the brainstem stroke, falls toward the L
            Device paste:
              [BalanceTutor] Session 00:14:02 | Level 2 | Perturbations 24 | Recoveries without a step 15
            """,
            ["I69.398"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // SPL "undivided — my only athlete this hour"; PNF D2 patterns in split stance on the BOSU and rhythmic stabilisation overhead; R shoulder proprioception after a dislocation; joint-position error and closed-chain test numbers; "97112 NMR · 22 min" matches: passes.
        ["v1-h158-spl-undivided-only-athlete-this-hour"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Dominic Feliz (climbing-gym route setter) · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 22 min
            Attendance: undivided — my only athlete this hour
            Work: PNF D2 flexion patterns in split stance on the BOSU; rhythmic stabilization with the arm overhead at the wall
            Limiter: R shoulder proprioception and cuff timing after the anterior dislocation off the bouldering wall
            DATA PASTE ▼
              Joint-position error (inclinometer app) · R 7.5° | L 2.5°
              CKCUEST · 18 touches (trial 15 s)
            """,
            ["S43.014D"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states, device fields left empty

        // NLMC attendance row with nothing ticked ("Attendance: [ ] Individual [ ] Concurrent [ ] Group") and nothing else on delivery: not stated; Bertec sensory training and foam head turns, sensory deficit, SOT present.
        ["v2-h158-nlmc-attendance-row-unticked"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Vernon Pikkarainen · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: [ ] Individual  [ ] Concurrent  [ ] Group
            Treatment: platform sensory training with the floor sway-referenced, eyes closed; foam stance with head turns
            Impairment: reduced somatosensory input from both feet, he sways hard on the dock in a wake
            ▶ Imported device report — Bertec Balance Advantage (printed 03/04/2026 09:58)
               SOT composite 61 | Cond 4: 52 | Somatosensory ratio 0.81   (trial length 20.0 s)
            """,
            ["E11.42"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // NLMC the same row ticked ("[X] Individual [ ] Concurrent [ ] Group"); step-strategy practice to the Biodex platform perturbations and foam stepping; postural control in Parkinson's; OSI present: passes.
        ["v2-h158-nlmc-attendance-row-individual-ticked"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Lorraine Brekke · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: [X] Individual  [ ] Concurrent  [ ] Group
            Treatment: step-strategy practice to the Biodex platform perturbations; stepping onto and off the foam in four directions
            Impairment: delayed protective stepping and retropulsion with Parkinson's disease
            ▶ Imported device report — Biodex Balance SD, Postural Stability (printed 03/04/2026 14:27)
               Overall Stability Index 2.6 | A/P 1.9 | M/L 1.4   (test duration 20 sec × 3)
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // HDNR EMR drop-down left at its default "Attendance: -- select --" and no other statement: not stated; BalanceTutor perturbations and Airex tandem; vestibular hypofunction; perturbation counts present.
        ["v2-h158-hdnr-attendance-dropdown-default"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Eamon Gallagher, PT | Pt: Marisol Duarte
            97112 neuro re-ed: 24 min | Attendance: -- select --
            What I did: lateral perturbations on the BalanceTutor belt with head turns; tandem on the Airex with eyes closed
            Why: L vestibular hypofunction, veers L walking the aisles at the feed store
            Device paste:
              [BalanceTutor] Session 00:18:30 | Level 4 | Perturbations 32 | Stepping responses 26 | Harness catches 1
            """,
            ["H81.22"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // SPL's "1:1?  Y / N" question left with neither circled and nothing else on attendance: not stated; landing perturbations and foam reaching, L knee proprioception, time to stabilisation present.
        ["v2-h158-spl-one-on-one-question-unanswered"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Cody Blackhawk (hotshot-crew sawyer) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 22 min
            1:1?   Y / N
            Work: single-leg landings onto the foam with perturbations at the shoulder as he lands; star reaches from the foam
            Limiter: L knee proprioception, buckling stepping down off the line with a saw on his shoulder
            DATA PASTE ▼
              Hawkin Dynamics · SL drop landing · time to stabilisation L 1.31 s | R 0.92 s (trial length 5.0 s)
            """,
            ["S83.512D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SPL "1:1?  Y" answered; rhythmic stabilisation in half-kneel on the BOSU and Copenhagen-side perturbations; trunk motor control after a lumbar strain; force-plate and IMU numbers; "97112 NMR · 23 min" matches: passes.
        ["v2-h158-spl-one-on-one-question-yes"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Hallie Birch (masters trail runner, 58) · Clinician: Mateo Arriaga, PT
            BLOCK A · 97112 NMR · 23 min
            1:1?   Y
            Work: half-kneeling rhythmic stabilization on the BOSU; side-plank holds with perturbations at the pelvis
            Limiter: trunk motor control and lumbopelvic timing after the lumbar strain on the Lick Creek descent
            DATA PASTE ▼
              Blue Trident (sacrum) · single-leg squat · pelvic drop L 9.8° | R 4.1°
            """,
            ["S39.012D"], [PT("97112", 23)], []),

        // NLMC imported report slot left "▶ Imported device report — [no file attached]" and no number in the note but the code and its minutes: measure missing; one-on-one, foam stance with head turns and platform sensory training, and vestibular loss present.
        ["v2-h158-nlmc-device-report-no-file-attached"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER CLINIC
            TREATMENT NOTE · Pt: Rosalie Vang · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: Individual (one-on-one)
            Treatment: foam stance with head turns, eyes open and closed; platform sensory training with the visual surround moving
            Impairment: bilateral vestibular loss after gentamicin; she cannot stand in the dark
            ▶ Imported device report — [no file attached]
            Interpretation: see next visit.
            """,
            ["H91.03", "R42"], [PT("97112", 23)], [At(Measure, "97112")]),

        // HDNR "Why: [select impairment]" left and nothing else names a deficit, system or body region: deficit missing; one-on-one, treadmill perturbations with stepping responses and a device summary with counts present.
        ["v2-h158-hdnr-why-select-impairment"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Eamon Gallagher, PT | Pt: Bo Whitlatch
            97112 neuro re-ed: 21 min | 1:1
            What I did: treadmill perturbations at walking pace, forward and backward, with stepping responses
            Why: [select impairment]
            Device paste:
              [BalanceTutor] Session 00:16:10 | Level 4 | Perturbations delivered 28 | Stepping responses 23
            """,
            ["R26.89"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // SPL BFR block with "Sets × reps: __ × __ | Cuff: __% LOP" never filled and no number in the note but the code and its minutes: measure missing on 97110; BFR knee extension and leg press, and L quad weakness after an ACL reconstruction present.
        ["v2-h158-spl-bfr-dose-fields-blank-97110"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Tate Nyberg · Clinician: Brielle Sato, PTA
            BLOCK B · 97110 BFR · 15 min
            Work: BFR seated knee extension and single-leg leg press
            Sets × reps: __ × __ | Cuff: __% LOP
            Limiter: L quad weakness and atrophy after the L ACL reconstruction
            DATA PASTE ▼
              (cuff app did not sync)
            """,
            ["S83.512D"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // HDNR GAITRite template "Velocity: ___ cm/s | Cadence: ___ | Step length L ___ R ___" on a 97116 and no other number but the code and its minutes: measure missing on 97116; gait training with cues for heel strike and step length, and R foot drop present.
        ["v2-h158-hdnr-gaitrite-fields-blank-97116"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Ruthanne Keel, PTA | Pt: Emmett Raines
            97116 gait training: 22 min
            What I did: gait training along the mat and around the gym with cues for R heel strike and a longer L step; turns around the cone
            Why: R foot drop and a short L step after the L MCA stroke
            GAITRite: Velocity: ___ cm/s | Cadence: ___ | Step length L ___ R ___
            """,
            ["I69.351"], [PTA("97116", 22)], [At(Measure, "97116")]),

        // NLMC complete note with the template's "Next device re-test: [date]" and "Report reviewed by: ______" left unfilled (nothing to do with any element); one-on-one, NeuroCom LOS training and foam weight shifts, posterior postural control, LOS numbers; minutes match: passes.
        ["v2-h158-nlmc-retest-date-and-reviewer-blank"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Orrin Sandvik (paper-mill millwright, retired) · Clinician: Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: Individual (1:1)
            Treatment: limits-of-stability training on the NeuroCom to the backward and backward-diagonal targets; weight shifts on foam with a reach behind
            Impairment: posterior postural control, he steps back late and grabs for the rail
            ▶ Imported device report — NeuroCom LOS (printed 03/04/2026 08:47)
               Reaction time 1.12 s | Movement velocity 2.4 °/s | Endpoint excursion 58% | Directional control 61%
            Next device re-test: [date]    Report reviewed by: ______
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // HDNR "Intervention: [choose from list]" left and nothing else names a technique (only a Biodex test is reported): technique missing; one-on-one, proprioception in both feet, stability index present, no generic phrase.
        ["v2-h158-hdnr-intervention-choose-from-list"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Wendell Haack
            97112 neuro re-ed: 23 min | 1:1
            Intervention: [choose from list]
            Why: proprioception lost in both feet with the chemo neuropathy; he can't feel the stirrup
            Device paste:
              Biodex Balance SD · Postural Stability · Overall Stability Index 4.2 | A/P 3.0 | M/L 2.7 (test duration 20 sec × 3)
            """,
            ["G62.0"], [PT("97112", 23)], [At(Tech, "97112")]),

        // SPL's "☑ 1:1 ☐ semi-private" ticked; reactive agility on foam with a partner's unannounced pushes, eyes-closed single-leg holds; R ankle proprioception; timed holds and a hop count; minutes match: passes.
        ["v2-h158-spl-one-on-one-box-ticked"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Paloma Reyes (barrel racer) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 21 min
            ☑ 1:1   ☐ semi-private
            Work: eyes-closed single-leg holds on foam with my unannounced pushes; lateral hops onto the foam and stick
            Limiter: R ankle proprioception, the ankle gives in the stirrup and on the arena dirt
            DATA PASTE ▼
              SL hold EC on foam · R 11 s | L 26 s
              Lateral hop-and-stick · R 6 of 10 | L 10 of 10
            """,
            ["S93.401D"], [PT("97112", 21)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // HDNR "Meditouch BalanceTutor perturbation program, level 6" with stepping responses and a backward-step drill; reactive stepping in MS; the device summary's counts; 1:1; minutes match: passes.
        ["v3-h158-hdnr-balancetutor-perturbation-program"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Celia Brandvold (Mt. Bachelor lift operator)
            97112 neuro re-ed: 23 min | 1:1
            What I did: Meditouch BalanceTutor perturbation program, level 6 — belt and pelvis perturbations while walking, with compensatory stepping responses; backward-step drill off the belt
            Why: slow compensatory stepping and poor postural control with MS; she lurches unloading the chair at the top station
            Device paste:
              [BalanceTutor] Session 00:18:12 | Level 6 | Perturbations delivered 40 | Single-step recoveries 31 | Multi-step 7 | Harness catches 2
            """,
            ["G35"], [PT("97112", 23)], []),

        // NLMC Bertec training module "Weight Shift" and "Quick Step" as visual-biofeedback weight shifting on the force plate; L weight-bearing asymmetry after a stroke; percentages and reaction time; 1:1; minutes match: passes.
        ["v3-h158-nlmc-bertec-biofeedback-modules"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Myrna Solheim · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: Individual (1:1)
            Treatment: Bertec training modules "Weight Shift" and "Quick Step" — visual biofeedback weight shifting onto the L leg and quick stepping to the lit targets
            Impairment: weight-bearing asymmetry and slow weight transfer onto the L after the R hemispheric stroke
            ▶ Imported device report — Bertec training summary (printed 03/04/2026 11:06)
               Weight bearing L 38% / R 62% standing quietly (at intake 29 / 71)
               Quick Step reaction time L 0.94 s | R 0.61 s
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // HDNR Ekso GT exoskeleton gait training on a 97116 with the device's own up time and walk time beside the clinician's step count and assist; paraparesis after a spinal cord injury; "97116 Ekso 09:02–09:27" on the code's line matches 25: passes.
        ["v3-h158-hdnr-ekso-gait-97116"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Eamon Gallagher, PT | Pt: Jory Takasugi
            97116 Ekso 09:02–09:27
            What I did: Ekso GT exoskeleton gait training, ProStep mode, with weight-shift cues to trigger each step; two turns at the end of the gym
            Why: paraparesis after the incomplete T10 spinal cord injury; can't yet walk without the device
            Device paste:
              Ekso GT | up time 21:40 | walk time 14:55 | steps 486 | assist L 40% R 35%
            Clinician: stand-by for donning, min assist of one at the trunk while walking, 300 ft on the last bout.
            """,
            ["S24.104D", "G82.22"], [PT("97116", 25)], []),

        // HDNR OT Motorika ReoGo robot-assisted reach-to-grasp task training as 97530, then reach to the kitchen shelf; R shoulder and elbow weakness after a stroke; the robot's movements completed and a cup count; "97530 [ 22 ] min" matches: passes.
        ["v3-h158-hdnr-ot-reogo-reach-to-grasp-97530"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            OT visit | Sol Márquez, OTR/L | Pt: Darla Quist (canning line, brewery)
            97530 [ 22 ] min
            Tasks: Motorika ReoGo robot-assisted reach-to-grasp task training in the forward and diagonal paths, then reaching cans to the top kitchen shelf
            Why: R shoulder flexion and elbow extension weakness after the L CVA; she can't reach the top of the packing line
            Device paste: ReoGo | session 16:33 | movements completed 118 | active assist 35%
            Cans to the top shelf: 8 of 10 with the R hand.
            """,
            ["I69.331"], [OT("97530", 22)], []),

        // SPL blood flow restriction training "per the lab's protocol: 30-15-15-15 at 80% LOP" on 97110 for knee extension and split squats; quad weakness after a tibial plateau fracture; cuff pressure and loads; "BLOCK B · 97110 BFR · 17 min" matches: passes.
        ["v3-h158-spl-bfr-protocol-97110"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Griff Antonsen · Clinician: Jordan Okafor, PT, CSCS
            BLOCK B · 97110 BFR · 17 min
            Work: blood flow restriction training per the lab's protocol — seated knee extension 30-15-15-15 at 80% LOP, 10 lb; split squats with a 15 lb dumbbell, 3x10 after the cuff came off
            Limiter: R quad weakness and atrophy after the R tibial plateau fracture
            DATA PASTE ▼
              BFR cuff · R thigh · LOP 228 mmHg · working 182 mmHg · cuff time 07:55 (mm:ss)
            """,
            ["S82.141D"], [PT("97110", 17)], []),

        // SPL 97110 with NMES superimposed on the unbilled quad sets written as the unit's settings, and the billed exercises (terminal knee extension, step-downs, wall sits) with doses; VMO inhibition after a knee scope; "BLOCK B · 97110 · 14 min" matches: passes.
        ["v3-h158-spl-nmes-settings-beside-97110"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Lexi Carrow (age 17) · Clinician: Brielle Sato, PTA
            Warm-up (not billed): Compex NMES to the L quad with quad sets · 35 Hz · 300 µs · 10 s on / 20 s off · ramp 2 s
            BLOCK B · 97110 · 14 min
            Work: terminal knee extension with the green band 3x15; lateral step-downs off the 6 inch box 3x10; wall sits 5 x 20 s
            Limiter: L quad inhibition and VMO lag after the L knee arthroscopy
            """,
            ["S83.242D"], [PTA("97110", 14)], []),

        // NLMC Brandt-Daroff habituation and Cawthorne-Cooksey head and eye exercises as the named vestibular programme; motion-provoked dizziness with an uncompensated vestibular loss; Motion Sensitivity Quotient and DHI; 1:1; minutes match: passes.
        ["v3-h158-nlmc-cawthorne-cooksey-habituation"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY CLINIC
            TREATMENT NOTE · Pt: Eunice Hautala (resort housekeeper) · Clinician: Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 21 minutes
            Attendance: Individual (1:1)
            Treatment: Cawthorne-Cooksey head and eye exercises, sitting to standing progression; Brandt-Daroff habituation side-lying
            Impairment: motion-provoked dizziness with an uncompensated L vestibular loss; she gets sick stripping the beds
            Motion Sensitivity Quotient 19 (34 at intake). DHI 42.
            """,
            ["H81.22"], [PT("97112", 21)], []),

        // HDNR "Agility Boot Camp" for Parkinson's (multi-directional stepping, boxing-step sequences, dual-task walking) with its circuit count; freezing in doorways; Mini-BESTest; 1:1; minutes match: passes.
        ["v3-h158-hdnr-agility-boot-camp-parkinsons"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Virgil Ashdown (rodeo announcer in Sisters)
            97112 neuro re-ed: 24 min | 1:1, just the two of us in the side gym
            What I did: Agility Boot Camp stations — multi-directional stepping to the clock, boxing step-and-punch sequences, walking while counting backward by threes
            Why: freezing in doorways and small slow steps with Parkinson's disease; he froze on the announcer's stand stairs
            Numbers: Mini-BESTest 17/28; 4 stations × 3 rounds; froze at the doorway 2 of 10 passes (6 of 10 at intake)
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // SPL reactive neuromuscular training (RNT) with a band pull at the knee during split squats and lateral lunges; dynamic knee valgus after patellar dislocation; IMU valgus counts; 1:1; minutes match: passes.
        ["v3-h158-spl-reactive-neuromuscular-training"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Jonah Lindqvist (college rugby flanker) · Clinician: Mateo Arriaga, PT
            BLOCK A · 97112 NMR · 22 min
            Attendance: 1:1
            Work: reactive neuromuscular training — band pulling the L knee into valgus during split squats and lateral lunges so he corrects against it; single-leg hops on foam
            Limiter: dynamic knee valgus and poor hip control after the L patellar dislocation
            DATA PASTE ▼
              Blue Trident (L shank) · lateral lunge · valgus events 3 of 12 (9 of 12 last week)
            """,
            ["S83.002D"], [PT("97112", 22)], []),

        // HDNR Jintronix "protocol B, level 4" as the whole of what was done, with its score: names no technique; one-on-one, postural control, the game score and a Berg present, no generic phrase: technique missing.
        ["v3-h158-hdnr-jintronix-protocol-only"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Eamon Gallagher, PT | Pt: Hollis Drummond
            97112 neuro re-ed: 22 min | 1:1
            What I did: Jintronix, protocol B, level 4.
            Why: postural control after the R cerebellar stroke; wide-based and unsteady on turning
            Device paste:
              Jintronix | session timer 16:02 | level 4 | score 2,340 | targets 52 of 70
            Berg 44/56.
            """,
            ["I69.393"], [PT("97112", 22)], [At(Tech, "97112")]),

        // SPL 97140 with IASTM (HawkGrips) to the lateral calf and Mulligan mobilisation with movement for ankle dorsiflexion; ankle stiffness after a sprain; knee-to-wall centimetres; "BLOCK C · 97140 · 11 min" matches: passes.
        ["v3-h158-spl-hawkgrips-and-mulligan-97140"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Paloma Reyes (barrel racer) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK C · 97140 · 11 min
            Work: IASTM with HawkGrips to the R lateral calf and peroneals; Mulligan mobilization with movement for R ankle dorsiflexion in lunge, belt-assisted, 3 x 10
            Limiter: R ankle dorsiflexion stiffness after the sprain, she can't sink her heel in the stirrup
            DATA PASTE ▼
              Knee-to-wall · R 7.5 cm → 10.0 cm after | L 12.0 cm
            """,
            ["S93.401D"], [PT("97140", 11)], []),

        // NLMC PTA with the NeuroCom "Rhythmic Weight Shift" protocol in both planes at two speeds, plus foam stepping; M/L postural control in neuropathy; on-axis velocity and directional control; 1:1; minutes match: passes.
        ["v3-h158-nlmc-pta-rhythmic-weight-shift-protocol"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER CLINIC
            TREATMENT NOTE · Pt: Elwood Grinde (snowmobile club trail groomer) · Clinician: Marisa Pelletier, PTA
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: 1:1, Marisa and Elwood only in the platform room
            Treatment: NeuroCom Rhythmic Weight Shift training side to side and front to back at slow and moderate speeds; stepping over the foam roll with no hands
            Impairment: medial-lateral postural control and foot proprioception with the peripheral neuropathy
            ▶ Imported device report — NeuroCom Rhythmic Weight Shift (printed 03/04/2026 10:12)
               On-axis velocity L/R slow 2.8 °/s | moderate 4.1 °/s | Directional control L/R 72% | F/B 58%
            """,
            ["G62.9"], [PTA("97112", 23)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none stated

        // SPL "lands knee-in on the L and sticks late" as the limiter; hop-and-stick with perturbations on foam; Hawkin asymmetry; 1:1; minutes match: passes.
        ["v4-h158-spl-lands-knee-in-sticks-late"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Maddie Kessler (high-school wrestler, 16) · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 23 min
            Attendance: 1:1
            Work: hop-and-stick onto the foam with a perturbation at the hip on landing; eyes-closed single-leg holds on the mat edge
            Limiter: lands knee-in on the L and sticks late — she can't hold a sprawl on the L leg
            DATA PASTE ▼
              Hawkin Dynamics · countermovement jump · landing asymmetry 18% L<R · jump height 31.2 cm
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // NLMC "his feet feel like wood on the dock; can't tell when the boat moves under him" as the finding (somatosensory loss); foam and platform sensory work; SOT condition scores; 1:1; minutes match: passes.
        ["v4-h158-nlmc-feet-like-wood-on-the-dock"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Rolf Eckstrom (walleye guide, Gull Lake) · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: Individual (1:1)
            Treatment: foam stance with the surround sway-referenced; stepping on and off the foam with eyes closed
            Impairment: his feet feel like wood on the dock; he can't tell when the boat moves under him
            ▶ Imported device report — Bertec Balance Advantage (printed 03/04/2026 16:20)
               SOT Cond 2: 79 | Cond 4: 48 | Cond 5: 41 | composite 57   (trial length 20.0 s)
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // HDNR 97116 "R toes catch on the gravel drive by afternoon" (foot drop and fatigue) with gait on the outdoor path and GAITRite numbers: passes.
        ["v4-h158-hdnr-toes-catch-on-the-gravel-97116"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Ruthanne Keel, PTA | Pt: Norma Kittredge (llama rancher)
            97116 gait training: 21 min
            What I did: gait training on the outdoor gravel path and the grass with cues for R hip and knee flexion in swing; stepping over a garden hose
            Why: R toes catch on the gravel drive by afternoon — R foot drop with MS fatigue
            GAITRite (first pass vs last): velocity 78 → 86 cm/s | R step length 41 → 47 cm | double support 31% → 28%
            Distance 600 ft on the path with stand-by assist and her hiking pole.
            """,
            ["G35"], [PTA("97116", 21)], []),

        // NLMC "dizzy turning her head to back the pontoon trailer down the ramp" (motion-provoked vestibular symptoms); X2 viewing and head-turn walking; DVA and DGI; 1:1; minutes match: passes.
        ["v4-h158-nlmc-dizzy-backing-the-pontoon-trailer"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY CLINIC
            TREATMENT NOTE · Pt: Bev Lindgren · Clinician: Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: one-on-one
            Treatment: X2 viewing with the card moving opposite the head, seated then standing on foam; walking with head turns to read letters on the wall
            Impairment: she gets dizzy turning her head to back the pontoon trailer down the ramp — L vestibular hypofunction
            Dynamic visual acuity: 3 lines lost (5 at intake). DGI 19/24.
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // HDNR OT "the R hand won't open to let go of the fly line" as the finding; release tasks with the Smart Glove and stripping line at the casting pond; glove ROM and counts; "97530 [ 20 ] min" matches: passes.
        ["v4-h158-hdnr-ot-hand-wont-let-go-of-fly-line-97530"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            OT visit | Sol Márquez, OTR/L | Pt: Walt Sedgwick (fly-fishing guide)
            97530 [ 20 ] min
            Tasks: Smart Glove release game, then stripping and letting go of fly line at the casting pond, tying on a fly at the bench
            Why: the R hand won't open to let go of the fly line — R finger extensor weakness and flexor tone after the stroke
            Device paste: Smart Glove | play time 08:45 | finger ext max 38° (22° at intake) | releases 51
            Line releases on cue 7 of 10; flies tied 2 with min assist.
            """,
            ["I69.331"], [OT("97530", 20)], []),

        // SPL default "Limiter: none identified — cleared for full return" left above an NMR block, and nothing else names a deficit, system or region: deficit missing; 1:1, perturbation and foam work, CMJ numbers present.
        ["v4-h158-spl-limiter-none-identified"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Trace Bowerman · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 22 min
            Attendance: 1:1
            Work: perturbations on the foam pad during catches; hop-and-stick in three directions
            Limiter: none identified — cleared for full return
            DATA PASTE ▼
              Hawkin Dynamics · CMJ · jump height 38.4 cm | RSI-mod 0.52 | asymmetry 4%
            """,
            ["S83.512D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // NLMC template default "Impairment: none identified (default)" left and no deficit anywhere: deficit missing; 1:1, foam stepping and Biodex tracking, stability index present.
        ["v4-h158-nlmc-impairment-none-default"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER CLINIC
            TREATMENT NOTE · Pt: Lyle Ostby · Clinician: Marisa Pelletier, PTA
            Service: 97112 Neuromuscular reeducation — 21 minutes
            Attendance: [X] Individual  [ ] Concurrent  [ ] Group
            Treatment: Biodex dynamic tracking with the platform unlocked; stepping over the foam roll forward and back
            Impairment: none identified (default)
            ▶ Imported device report — Biodex Balance SD (printed 03/04/2026 09:31)
               Overall Stability Index 2.2 | A/P 1.6 | M/L 1.3   (test duration 20 sec × 3)
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // HDNR "Why:" left empty and nothing else names a deficit, system or region: deficit missing; 1:1, BalanceTutor perturbations with stepping responses and counts present.
        ["v4-h158-hdnr-why-left-empty"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Ada Fenwick
            97112 neuro re-ed: 23 min | 1:1
            What I did: BalanceTutor walking perturbations, lateral and forward, with stepping responses; tandem walking on the foam beam
            Why:
            Device paste:
              [BalanceTutor] Session 00:17:20 | Level 4 | Perturbations 34 | Stepping responses 28 | Harness catches 0
            """,
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // SPL 97110 with "Limiter: L hip abductor weakness — drops into Trendelenburg late in a run" and the ActivForce printout; side-lying abduction, lateral band walks and Copenhagen planks with doses; "BLOCK B · 97110 · 15 min" matches: passes.
        ["v4-h158-spl-hip-abductor-activforce-97110"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Hallie Birch (masters trail runner, 58) · Clinician: Mateo Arriaga, PT
            BLOCK B · 97110 · 15 min
            Work: side-lying hip abduction with a 3 lb ankle weight 3x12; lateral band walks with the black band 3 x 10 m; Copenhagen planks, short lever, 3 x 15 s each side
            Limiter: L hip abductor weakness — she drops into a Trendelenburg late in a long run
            DATA PASTE ▼
              ActivForce 2 · hip ABD (supine, belt) · L 142 N | R 187 N | LSI 76% · captured 07:08
            """,
            ["M62.81", "M25.552"], [PT("97110", 15)], []),

        // NLMC "stands with her weight back on her heels and falls backward when the surround moves" (posterior bias, visual dependence); forward weight shifts and platform sensory training; SOT; 1:1; minutes match: passes.
        ["v4-h158-nlmc-weight-back-on-her-heels"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Solveig Nyhus (walks the Paul Bunyan Trail) · Clinician: Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: Individual (1:1)
            Treatment: forward weight shifts to the targets with visual biofeedback; sensory training with the surround sway-referenced, then on foam
            Impairment: she stands with her weight back on her heels and falls backward when the surround moves — visual dependence with a posterior bias
            ▶ Imported device report — Bertec Balance Advantage (printed 03/04/2026 13:44)
               SOT composite 63 | Visual preference ratio 0.78 | COG alignment 1.9° posterior
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // HDNR "freezes at the kitchen doorway and at the barn gate" as the finding; visual and auditory cueing for step initiation with the metronome, turning drills; freezing counts and GAITRite; 1:1; minutes match: passes.
        ["v4-h158-hdnr-freezes-at-the-barn-gate"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Eamon Gallagher, PT | Pt: Lonnie Harrower
            97112 neuro re-ed: 24 min | 1:1 the whole block; his wife sat by the window
            What I did: step initiation with visual lines on the floor and a metronome; turning drills through the mock doorway; dual-task walking naming cattle breeds
            Why: he freezes at the kitchen doorway and at the barn gate — Parkinson's motor planning and timing
            Device paste:
              GAITRite | velocity 94 cm/s | cadence 104 steps/min | step length L 48 cm R 51 cm | double support 29%
            Freezes through the doorway: 3 of 10 passes.
            """,
            ["G20.B1"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form (device readouts among them), or none

        // NLMC Biodex mCTSIB pasted as four conditions in seconds with its sway index; foam stance training; 1:1; somatosensory loss; minutes match: passes.
        ["v5-h158-nlmc-biodex-mctsib-four-conditions"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Harriet Moe · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: Individual (1:1)
            Treatment: foam stance with eyes closed and head still, then head nods; tandem on the firm surface with eyes closed
            Impairment: somatosensory loss in both feet, she sways badly in the dark hallway at night
            ▶ Imported device report — Biodex Balance SD, mCTSIB (printed 03/04/2026 10:05)
               EO firm 30.0 s | EC firm 30.0 s | EO foam 30.0 s | EC foam 18.4 s | composite sway index 1.9
            """,
            ["G62.9"], [PT("97112", 23)], []),

        // NLMC Opal sensors (APDM Mobility Lab) gait summary — gait speed m/s, stride length, double support %, turn duration in seconds and the walk's own recording length — as the 97112's measure of dual-task walking with head turns; 1:1; minutes match: passes.
        ["v5-h158-nlmc-opal-gait-summary-as-97112-measure"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Clement Brisbois · Clinician: Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: one-on-one, Ingeborg and Clement
            Treatment: walking with horizontal and vertical head turns; dual-task walking naming lakes in Crow Wing County; quick turns on cue
            Impairment: vestibular and cognitive-motor interference, he slows and veers when talking or turning his head
            ▶ Imported report — APDM Mobility Lab, Opal sensors (walk recording 120 s)
               Gait speed 0.86 m/s (dual task 0.64 m/s) | stride length 1.02 m | double support 27% | turn duration 2.9 s
            """,
            ["H81.23", "R26.89"], [PT("97112", 24)], []),

        // NLMC NeuroCom LOS with reaction time, velocity, excursion and directional control as the measure; LOS training and foam reaching; 1:1; minutes match: passes.
        ["v5-h158-nlmc-neurocom-los-numbers"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY CLINIC
            TREATMENT NOTE · Pt: Agnes Ruotsala (retired iron-range miner's widow) · Clinician: Marisa Pelletier, PTA
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: Individual (1:1)
            Treatment: limits-of-stability training to the forward and lateral targets; reaching for rings on foam at the edge of her base
            Impairment: small limits of stability and slow center-of-gravity control after her fall in the church parking lot
            ▶ Imported device report — NeuroCom LOS (printed 03/04/2026 14:52)
               Reaction time 0.98 s | Movement velocity 3.1 °/s | Endpoint excursion 64% | Max excursion 78% | Directional control 70%
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // HDNR GAITRite gait-mat summary (velocity cm/s, cadence steps/min, step length cm, double-support %) as the 97116's measure with the assist level; R hemiparesis; "97116 gait training: 23 min" matches: passes.
        ["v5-h158-hdnr-gaitrite-summary-97116"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Eamon Gallagher, PT | Pt: Merle Tolliver
            97116 gait training: 23 min
            What I did: gait training with the quad cane on the mat and the clinic hallway, cues for R weight acceptance and equal step length; curb up and down
            Why: R hemiparesis after the L MCA stroke, short L step and long R stance avoidance
            GAITRite (last pass) | velocity 61 cm/s | cadence 82 steps/min | step length L 34 cm R 45 cm | double support 38%
            Contact guard on the curb, stand-by on the hallway, 450 ft.
            """,
            ["I69.351"], [PT("97116", 23)], []),

        // SPL ActivForce 2 printout (newtons, limb symmetry %) beside the 97110's sets, reps and load; shoulder external rotation weakness after a SLAP repair; "BLOCK B · 97110 · 16 min" matches: passes.
        ["v5-h158-spl-activforce-printout-97110"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Dominic Feliz (route setter) · Clinician: Brielle Sato, PTA
            BLOCK B · 97110 · 16 min
            Work: side-lying ER with a 4 lb dumbbell 3x12; prone Y and T raises 3x10 each; cable ER at 90° abduction, 7.5 lb, 3x10
            Limiter: R shoulder external rotator weakness after the R SLAP repair
            DATA PASTE ▼
              ActivForce 2 · ER at 90° · R 118 N | L 161 N | LSI 73% · printed 03/04/2026 16:48
            """,
            ["S43.431D"], [PTA("97110", 16)], []),

        // HDNR OT Tyromotion Pablo grip sensor (kilograms) and a button board count as the 97530's measure; dressing and jar tasks; L hand weakness after a stroke; "97530 [ 23 ] min" matches: passes.
        ["v5-h158-hdnr-ot-pablo-grip-97530"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            OT visit | Sol Márquez, OTR/L | Pt: Verna Culp (quilt-show volunteer)
            97530 [ 23 ] min
            Tasks: buttoning her cardigan, threading and pinning quilt squares, opening the sewing-box latch; Pablo grip-and-squeeze game
            Why: L hand grip and pinch weakness and slow fine motor after the R CVA
            Device paste: Pablo | grip L 9.4 kg | R 21.6 kg | game time 06:10
            Buttons: 5 in a row, min assist on the top one. Squares pinned 6.
            """,
            ["I69.332"], [OT("97530", 23)], []),

        // HDNR 97110 with the home-exercise app's adherence report (sessions done of sessions assigned) and the wearable's daily step average pasted beside sets and reps; knee and hip weakness after a knee replacement; "97110 ther ex: 14 min" matches: passes.
        ["v5-h158-hdnr-hep-app-and-step-counter-97110"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Ruthanne Keel, PTA | Pt: Buck Sorensen
            97110 ther ex: 14 min
            What I did: sit-to-stands from the low mat 3x10; step-ups onto the 6 inch step 3x10; bridges 3x15; heel raises 2x20
            Why: L quad and hip extensor weakness after the L TKA; he still pulls up out of the truck seat
            Device paste:
              Medbridge adherence (last 14 days): 11 of 14 sessions completed
              Garmin vívofit: daily steps avg 3,412 (2,180 two weeks ago)
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 14)], []),

        // SPL Y-balance composite and single-leg balance seconds as the measure; star excursion reaches on foam with perturbations; L ankle proprioception; 1:1; minutes match: passes.
        ["v5-h158-spl-y-balance-composite"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Tate Nyberg · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 21 min
            Attendance: 1:1
            Work: star excursion reaches from the foam with my perturbations at the shoulder; eyes-closed holds on the Airex
            Limiter: L ankle proprioception and a late hip strategy on the L
            DATA PASTE ▼
              Y-Balance · composite L 84% | R 95% · anterior reach L 58 cm | R 66 cm
              SL stance EC on Airex · L 9 s | R 24 s
            """,
            ["S93.402D"], [PT("97112", 21)], []),

        // NLMC "Bertec report did not export — will re-run next visit" and no number in the note but the code and its minutes: measure missing; 1:1, platform sensory training and foam head turns, and visual dependence present.
        ["v5-h158-nlmc-bertec-did-not-export"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Mavis Thorson · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: Individual (1:1)
            Treatment: sensory training with the surround sway-referenced; foam stance with head turns and eyes closed
            Impairment: visual dependence, she loses her footing in the grocery aisles
            ▶ Imported device report — Bertec report did not export; will re-run next visit
            Interpretation: looked steadier on the platform than last week.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // HDNR "BalanceTutor summary: screenshot didn't save" and no number in the note but the code and its minutes: measure missing; 1:1, treadmill perturbations with stepping responses, and slow reactive stepping present.
        ["v5-h158-hdnr-balancetutor-screenshot-didnt-save"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Roscoe Imlay
            97112 neuro re-ed: 22 min | 1:1
            What I did: BalanceTutor treadmill perturbations, forward and lateral, with stepping responses; stepping over the foam hurdles
            Why: slow reactive stepping and poor postural control after the R MCA stroke
            Device paste: BalanceTutor summary — screenshot didn't save
            Did more of the lateral ones on his own than last time.
            """,
            ["I69.354"], [PT("97112", 22)], [At(Measure, "97112")]),

        // SPL "force plates down for calibration — no data today" and no number in the note but the code and its minutes: measure missing; 1:1, hop-and-stick with perturbations on foam, and R knee proprioception present.
        ["v5-h158-spl-force-plates-down-for-calibration"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Cody Blackhawk (hotshot-crew sawyer) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 24 min
            Attendance: 1:1
            Work: hop-and-stick onto the foam with perturbations on landing; eyes-closed single-leg holds
            Limiter: R knee proprioception, buckles on the downhill side of the line
            DATA PASTE ▼
              force plates down for calibration — no data today
            """,
            ["S83.511D"], [PT("97112", 24)], [At(Measure, "97112")]),

        // HDNR "Garmin synced — steps up on last week" as the only result and no number but the code and its minutes: measure missing on the 97112; 1:1, BalanceTutor perturbations and foam tandem, and proprioceptive loss present.
        ["v5-h158-hdnr-garmin-synced-no-numbers"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Eamon Gallagher, PT | Pt: Delbert Foust
            97112 neuro re-ed: 23 min | 1:1
            What I did: standing perturbations on the BalanceTutor belt; tandem and feet-together on foam with eyes closed
            Why: proprioceptive loss in both feet with the neuropathy; unsteady in the dark
            Device paste: Garmin synced — steps up on last week, he says the app is "green"
            """,
            ["E11.42"], [PT("97112", 23)], [At(Measure, "97112")]),

        // NLMC Biodex fall-risk test as the measure (fall risk index beside its age-normed range) with foam stepping and weight-shift tracking; 1:1; postural control; minutes match: passes.
        ["v5-h158-nlmc-biodex-fall-risk-index"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER CLINIC
            TREATMENT NOTE · Pt: Gerald Rustad (age 81) · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: Individual (1:1)
            Treatment: Biodex weight-shift tracking to the maze; foam stepping forward and lateral with no hands
            Impairment: postural control and lateral stepping after two falls this winter on the ice
            ▶ Imported device report — Biodex Balance SD, Fall Risk test (printed 03/04/2026 12:18)
               Fall risk index 3.1 (age norm 0.9–2.3) | test duration 20 sec × 3
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, device timers that are not the minutes, true mismatches, truly missing separate time

        // SPL two blocks, each heading carrying its code's minutes ("BLOCK A · 97112 NMR · 23 min", "BLOCK B · 97110 BFR · 15 min"), the BFR cuff's own inflation time in mm:ss and the landing trial length in seconds beside them; both blocks complete: passes.
        ["v6-h158-spl-two-blocks-cuff-timer-beside"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Griff Antonsen · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 23 min
            Attendance: 1:1 for both blocks
            Work: single-leg landings onto foam with perturbations at the trunk; eyes-closed holds on the Airex
            Limiter: R knee proprioception and late stabilisation after the tibial plateau fracture
            DATA: Hawkin · SL landing · time to stabilisation R 1.22 s | L 0.81 s (trial length 5.0 s)
            BLOCK B · 97110 BFR · 15 min
            Work: BFR seated knee extension 30-15-15-15 at 80% LOP, 10 lb; wall sits 4 x 30 s after the cuff came off
            Limiter: R quad weakness
            DATA: BFR cuff · LOP 226 mmHg · cuff inflated 08:05 (mm:ss)
            """,
            ["S82.141D"], [PT("97112", 23), PT("97110", 15)], []),

        // NLMC two services each with its minutes ("— 24 minutes", "— 13 minutes"), the Opal recording length of 120 s and the printout's time stamp beside them; both complete: passes.
        ["v6-h158-nlmc-two-services-opal-recording-beside"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Ardis Fjeld · Clinician: Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: Individual (1:1) throughout
            Treatment: gaze stabilization X1 standing on foam; walking with head turns and quick stops
            Impairment: L vestibular hypofunction with veering and oscillopsia
            DGI 18/24.
            Service: 97116 Gait training — 13 minutes
            Treatment: gait training without her cane in the hospital skyway, cues for step length and arm swing, turning around the cones
            Impairment: short steps and veering to the L when she turns her head while walking
            ▶ Imported report — APDM Mobility Lab, Opal sensors (walk recording 120 s, printed 11:52)
               Gait speed 0.98 m/s | stride length 1.08 m | double support 24%
            Distance 800 ft, stand-by assist.
            """,
            ["H81.22", "R26.89"], [PT("97112", 24), PT("97116", 13)], []),

        // HDNR three codes, each line with its own minutes ("97112 neuro re-ed: 22 min", "97116 gait training: 14 min", "97110 ther ex: 10 min"), the BalanceTutor's and the Ekso's own timers pasted in hh:mm:ss and mm:ss; every section complete: passes.
        ["v6-h158-hdnr-three-codes-device-timers-beside"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Jory Takasugi
            97112 neuro re-ed: 22 min | 1:1 for all of it
            What I did: BalanceTutor standing perturbations in the harness with trunk reactions; sitting perturbations on the ball
            Why: trunk postural control after the incomplete spinal cord injury
            [BalanceTutor] Session 00:16:44 | Level 2 | Perturbations 26 | Recoveries without a hand 17
            97116 gait training: 14 min
            What I did: Ekso GT walking, ProStep Plus, cues to shift before each step
            Why: can't yet step without the device after the spinal cord injury, weak hip flexors both sides
            [Ekso] up time 12:30 | walk time 09:48 | steps 322 | min assist at the trunk
            97110 ther ex: 10 min
            What I did: seated hip flexion with a 2 lb weight 3x10; bridges 3x12; standing hip abduction at the bars 2x10
            Why: hip flexor and abductor weakness both sides
            """,
            ["S24.104D", "G82.22"], [PT("97112", 22), PT("97116", 14), PT("97110", 10)], []),

        // HDNR a PT's 97112 and an OT's 97530 on one visit, each line with its minutes ("97112 neuro re-ed: 23 min", "97530 [ 22 ] min"); both complete: passes.
        ["v6-h158-hdnr-pt-and-ot-same-visit"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Eamon Gallagher, PT | Pt: Loretta Vance
            97112 neuro re-ed: 23 min | 1:1
            What I did: rhythmic stabilization in standing; perturbations on the foam; stepping to the clock
            Why: postural control and slow weight transfer in Parkinson's disease
            Numbers: Mini-BESTest 19/28; pull test 2 steps
            OT visit | Sol Márquez, OTR/L
            97530 [ 22 ] min
            Tasks: making toast and carrying the plate to the table, unloading the dishwasher to the upper cabinet
            Why: slow and small arm movements, she drops plates reaching up
            Plates to the upper cabinet 8 of 10 with stand-by assist.
            """,
            ["G20.A1"], [PT("97112", 23), OT("97530", 22)], []),

        // SPL clinician wrote the IMU's capture timer as the code's minutes ("BLOCK A · 97112 NMR · 12 min", the Blue Trident's capture read 12:00) on a 24-min line: mismatch on 97112; otherwise complete.
        ["v6-h158-spl-imu-timer-written-as-minutes"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Reese Garrity · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 12 min
            Attendance: 1:1
            Work: cutting off the foam on a visual cue; lateral perturbations at the hip while catching
            Limiter: L ankle proprioception after the recurrent inversion sprains
            DATA PASTE ▼
              Blue Trident · capture 12:00 · landing impact L 7.4 g | R 6.0 g · cut reaction 0.71 s
            """,
            ["S93.402D"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // NLMC "— 20 minutes" taken from the Bertec training summary on a 31-min line: mismatch on 97112; otherwise complete.
        ["v6-h158-nlmc-bertec-training-time-as-minutes"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY CLINIC
            TREATMENT NOTE · Pt: Hjalmar Kanniainen · Clinician: Marisa Pelletier, PTA
            Service: 97112 Neuromuscular reeducation — 20 minutes
            Attendance: Individual (1:1)
            Treatment: Bertec weight-shift and quick-step biofeedback; stepping off the foam to the targets
            Impairment: slow weight transfer onto the R and a late R step after the stroke
            ▶ Imported device report — Bertec training summary (printed 03/04/2026 09:12)
               Quick Step reaction time R 1.04 s | L 0.66 s
            """,
            ["I69.351"], [PTA("97112", 31)], [At(Mismatch, "97112")]),

        // HDNR the Ekso's up time "35:10" copied as "97116 gait training: 35 min" on a 22-min line: mismatch on 97116; otherwise complete.
        ["v6-h158-hdnr-ekso-up-time-copied-as-minutes"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Ruthanne Keel, PTA | Pt: Emmett Raines
            97116 gait training: 35 min
            What I did: Ekso GT walking in the gym with cues for upright trunk and R weight shift; standing rest in the device
            Why: R hemiparesis after the L MCA stroke; he can't yet walk on his own
            [Ekso] up time 35:10 | walk time 18:22 | steps 540 | assist R 50%
            Contact guard of one at the trunk throughout.
            """,
            ["I69.351"], [PTA("97116", 22)], [At(Mismatch, "97116")]),

        // SPL two blocks with only "Timed total 38 min" at the bottom and no heading minutes: no minutes for each code — separate time missing; both blocks complete.
        ["v6-h158-spl-timed-total-only"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Sage Mortensen (Nordic ski racer) · Clinician: Mateo Arriaga, PT
            BLOCK A · 97112 NMR
            Attendance: 1:1
            Work: single-leg holds on foam with eyes closed and perturbations at the pelvis; lateral bounds and stick
            Limiter: L hip and trunk motor control on landing
            DATA: Y-Balance composite L 90% | R 97%
            BLOCK B · 97110
            Work: Nordic hamstring curls 3x5; single-leg RDL with a 20 lb kettlebell 3x8; Copenhagen planks 3 x 20 s
            Limiter: L hamstring weakness after the strain
            Timed total 38 min
            """,
            ["S76.312D"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // HDNR two codes with the second line left "97110 ther ex: __ min": no minutes for the 97110 — separate time missing; the 97112 line's minutes match and both sections complete.
        ["v6-h158-hdnr-second-code-minutes-blank"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Dub Ochoa
            97112 neuro re-ed: 22 min | 1:1
            What I did: BalanceTutor standing perturbations; tandem on foam with head turns
            Why: ankle strategy and proprioception lost with the neuropathy
            [BalanceTutor] Session 00:15:58 | Level 3 | Perturbations 28 | Feet-in-place recoveries 22
            97110 ther ex: __ min
            What I did: heel raises 3x15; toe raises 3x15; mini squats 3x12
            Why: ankle plantarflexor and dorsiflexor weakness both sides
            """,
            ["E11.42"], [PT("97112", 22), PT("97110", 13)], [SepTime]),

        // NLMC second service "Service: 97530 Therapeutic activities — [minutes]" left as the prompt: no minutes for the 97530 — separate time missing; both sections complete.
        ["v6-h158-nlmc-second-service-minutes-prompt"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER CLINIC
            TREATMENT NOTE · Pt: Gerald Rustad · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: Individual (1:1)
            Treatment: foam stepping with no hands; Biodex weight-shift tracking
            Impairment: postural control and lateral stepping after his falls
            Biodex Overall Stability Index 2.7 (test duration 20 sec × 3)
            Service: 97530 Therapeutic activities — [minutes]
            Treatment: carrying firewood from the porch to the stove rack, getting down to the floor and back up by the couch
            Impairment: hip and knee weakness limiting floor transfers
            Armloads carried 6 with stand-by assist; floor to stand 3 times with one hand on the couch.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97530", 12)], [SepTime]),

        // HDNR two codes with "Timed total 37 min" and no minutes for either code: separate time missing; both sections complete.
        ["v6-h158-hdnr-timed-total-only"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Eamon Gallagher, PT | Pt: Merle Tolliver
            97112 neuro re-ed | 1:1
            What I did: PNF rhythmic stabilization in standing; perturbations on foam; stepping over the cane
            Why: R hemiparesis with poor R weight acceptance
            Numbers: Berg 41/56
            97116 gait training
            What I did: quad cane gait on the outdoor walkway and the ramp with cues for R knee control
            Why: R knee hyperextends in stance and the R foot drags on the ramp
            Distance 350 ft with contact guard on the ramp.
            Timed total 37 min
            """,
            ["I69.351"], [PT("97112", 24), PT("97116", 13)], [SepTime]),

        // SPL two blocks, "BLOCK A · 97112 NMR · 22 min" matching and "BLOCK B · 97110 · 25 min" against a 14-min line: mismatch on 97110; both blocks complete.
        ["v6-h158-spl-second-block-minutes-off"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Maddie Kessler (wrestler) · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 22 min
            Attendance: 1:1
            Work: perturbations in a sprawl and in a split stance on the mat; hop-and-stick onto foam
            Limiter: L knee proprioception, knee-in on landing
            DATA: Blue Trident · valgus events L 4 of 10 | R 1 of 10
            BLOCK B · 97110 · 25 min
            Work: single-leg squats to a box 3x8; lateral band walks 3 x 10 m; Nordic curls 3x5
            Limiter: L hip abductor and hamstring weakness
            """,
            ["S83.512D"], [PT("97112", 22), PT("97110", 14)], [At(Mismatch, "97110")]),

        // NLMC 97140 and 97112 each with its minutes ("— 10 minutes", "— 23 minutes"); thoracic PA glides and first-rib mobilisation, and cervical proprioceptive retraining with the laser; joint-position error and rotation degrees: passes.
        ["v6-h158-nlmc-manual-and-nmr-each-with-minutes"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Kirsten Haugland · Clinician: Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97140 Manual therapy — 10 minutes
            Treatment: C2-3 and C3-4 unilateral PA glides grade III; first-rib mobilization L
            Impairment: upper cervical stiffness, rotation L 52° → 64° after
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: Individual (1:1)
            Treatment: cervical proprioceptive retraining with the head laser tracing the figure-eight; gaze stabilization with head turns on foam
            Impairment: cervicogenic dizziness with poor cervical joint position sense
            Joint-position error L rotation 6.2° (4.5° R). Figure-eight traced with 3 misses.
            """,
            ["M54.2", "R42"], [PT("97140", 10), PT("97112", 23)], []),

        // SPL a clock range on the code's own line ("97112 NMR 06:04–06:27") on a 23-min line, with the IMU's capture time and the force-plate printout time stamps nearby; complete: passes.
        ["v6-h158-spl-clock-range-on-the-code-line"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Jonah Lindqvist · Clinician: Mateo Arriaga, PT
            BLOCK A · 97112 NMR 06:04–06:27
            Attendance: 1:1
            Work: reactive neuromuscular training with a band pull at the knee during lunges; hops onto foam with perturbations on landing
            Limiter: L knee dynamic valgus after the patellar dislocation
            DATA PASTE ▼
              Blue Trident · capture 02:30 (mm:ss) · valgus events 2 of 12
              Hawkin · printed 06:31 · SL landing time to stabilisation L 1.08 s | R 0.84 s
            """,
            ["S83.002D"], [PT("97112", 23)], []),

        // HDNR the clinician states the device's session clock is the code's time ("97112 neuro re-ed: 21 min — same as the BalanceTutor's clock, I started and stopped it at the belt") on a 21-min line; complete: passes.
        ["v6-h158-hdnr-device-clock-stated-as-the-time"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Roscoe Imlay
            97112 neuro re-ed: 21 min — same as the BalanceTutor's clock, I started and stopped it at the belt | 1:1
            What I did: treadmill perturbations with compensatory stepping, lateral then diagonal
            Why: slow reactive stepping to the L after the R MCA stroke
            [BalanceTutor] Level 5 | Perturbations 38 | Single-step recoveries 27 | Harness catches 1
            """,
            ["I69.354"], [PT("97112", 21)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a two-code visit with a diagnosis (the device import overwrote the note field with nothing): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h158-empty-two-code-visit"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97116", 14)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of spaces and line breaks only on a PTA's 97110 with a diagnosis: note missing only.
        ["v7-h158-whitespace-only-97110"] = new(
            "   \n\n      \n",
            ["M62.81"], [PTA("97110", 16)], [At(NoteMissing, "97110")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h158-empty-ot-no-diagnosis"] = new(
            "",
            [], [OT("97530", 21)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on an SPL note: Nordic hamstring curls, single-leg RDLs and Copenhagen planks with sets, reps and load (technique and measure), L hamstring weakness after a strain (deficit); "BLOCK B · 97110 · 17 min" matches: passes.
        ["v7-h158-spl-97110-meaning"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Sage Mortensen · Clinician: Mateo Arriaga, PT
            BLOCK B · 97110 · 17 min
            Work: Nordic hamstring curls, band-assisted, 3x6; single-leg RDL with a 25 lb kettlebell 3x8 each side; Copenhagen planks 3 x 20 s
            Limiter: L hamstring weakness and poor eccentric control after the grade II strain skating uphill
            DATA PASTE ▼
              ActivForce 2 · knee flexion at 90° · L 204 N | R 251 N | LSI 81%
            """,
            ["S76.312D"], [PT("97110", 17)], []),

        // 97530's meaning on an HDNR OT note: loading hay flakes into the feeder, stepping over the corral rail and carrying the water bucket, with counts, weight and assist (technique and measure), L arm and trunk weakness after a stroke (deficit); "97530 [ 24 ] min" matches: passes.
        ["v7-h158-hdnr-ot-97530-meaning"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            OT visit | Sol Márquez, OTR/L | Pt: Norma Kittredge (llama rancher)
            97530 [ 24 ] min
            Tasks: carrying hay flakes from the bale to the feeder, stepping over the low corral rail, carrying a half-full water bucket, latching the gate one-handed
            Why: L arm weakness and trunk control after the R CVA; she can't carry feed with both hands yet
            Flakes carried 8, about 4 lb each, with stand-by assist; bucket 10 ft with min assist; gate latched 3 of 5.
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // 97140's meaning on an NLMC note: first-rib mobilisation, scalene soft tissue mobilisation and C5-6 lateral glides grade III (technique), neck and shoulder-girdle stiffness with arm tingling (deficit), rotation degrees (measure); "— 11 minutes" matches: passes.
        ["v7-h158-nlmc-97140-meaning"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Orrin Sandvik · Clinician: Curtis Lindahl, PT
            Service: 97140 Manual therapy — 11 minutes
            Treatment: first-rib mobilization R in sitting; soft tissue mobilization to the R scalenes and upper trap; C5-6 lateral glides grade III
            Impairment: R neck and shoulder-girdle stiffness with tingling down the arm when he looks up at the mill crane
            Cervical rotation R 48° → 60° after; ULTT1 symptoms at 40° elbow extension (20° last week).
            """,
            ["M54.12"], [PT("97140", 11)], []),

        // 97116's meaning on an NLMC PTA note: rollator to no device in the hospital skyway and on the stairs with cues (technique), short shuffling steps after a hip fracture (deficit), Opal gait speed, distance and assistance (measure); "— 21 minutes" matches: passes.
        ["v7-h158-nlmc-pta-97116-meaning"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Inga Bjornstad · Clinician: Marisa Pelletier, PTA
            Service: 97116 Gait training — 21 minutes
            Treatment: gait training with the rollator, then without a device, in the hospital skyway; stair training with one rail, step-over-step; cues for heel strike and longer steps
            Impairment: short shuffling steps and a R Trendelenburg after the R hip fracture
            Opal sensors: gait speed 0.72 m/s (0.58 last week). Skyway 500 ft without a device, contact guard; 12 stairs with stand-by assist.
            """,
            ["S72.001D"], [PTA("97116", 21)], []),

        // SPL wholly generic NMR block: "NMR per athlete program. Tolerated well. Progress next session." — no technique, deficit, number but its code and minutes, or one-on-one statement.
        ["v7-h158-spl-generic-per-athlete-program"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 22 min
            NMR per athlete program. Tolerated well. Progress next session.
            """,
            ["S93.402D"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // NLMC two-service generic note with each code's minutes: "Balance training and therapeutic exercise per plan of care. Patient tolerated treatment well. Continue POC." — nothing named for either code; minutes exact so no time finding.
        ["v7-h158-nlmc-generic-two-services"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER
            TREATMENT NOTE · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Service: 97110 Therapeutic exercise — 15 minutes
            Balance training and therapeutic exercise per plan of care. Patient tolerated treatment well. Continue POC.
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // HDNR wholly generic: "Robotics and gaming session today. Pt did great, worked hard. Cont POC." — no technique, deficit, measure or one-on-one statement on the 97112.
        ["v7-h158-hdnr-generic-robotics-and-gaming"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Ruthanne Keel, PTA
            97112 neuro re-ed: 20 min
            Robotics and gaming session today. Pt did great, worked hard. Cont POC.
            """,
            ["I69.351"], [PTA("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary: complete notes of the three employers (the false-positive guard) and the ordinary weak ones

        // SPL complete NMR block with a force-plate paste and its printout stamp: passes.
        ["vord-h158-spl-landing-retraining"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Trace Bowerman (age 22) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 24 min
            Attendance: 1:1
            Work: drop landings onto foam with a perturbation on contact; eyes-closed single-leg holds with ball tosses
            Limiter: R knee proprioception and quad timing on landing after the R ACL reconstruction
            DATA PASTE ▼
              Hawkin Dynamics · printed 03/04/2026 17:05 · SL drop landing · time to stabilisation R 1.12 s | L 0.86 s
            """,
            ["S83.511D", "Z98.890"], [PT("97112", 24)], []),

        // SPL complete 97110 strength block with ActivForce numbers: passes.
        ["vord-h158-spl-quad-strength-block"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Lexi Carrow · Clinician: Brielle Sato, PTA
            BLOCK B · 97110 · 16 min
            Work: leg press single-leg 60 lb 3x10; Spanish squats with the strap 3 x 30 s; step-downs off the 8 inch box 3x10
            Limiter: L quad weakness after the L knee arthroscopy
            DATA PASTE ▼
              ActivForce 2 · knee ext at 60° · L 288 N | R 356 N | LSI 81%
            """,
            ["S83.242D"], [PTA("97110", 16)], []),

        // SPL complete 97140 block: talocrural posterior glides and STM; dorsiflexion in centimetres: passes.
        ["vord-h158-spl-ankle-manual"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Hallie Birch · Clinician: Mateo Arriaga, PT
            BLOCK C · 97140 · 10 min
            Work: talocrural posterior glides grade III-IV in long sitting; soft tissue mobilization to the L gastroc-soleus
            Limiter: L ankle dorsiflexion stiffness after the trail sprain
            DATA: knee-to-wall L 6.5 cm → 9.0 cm after | R 11.5 cm
            """,
            ["S93.402D"], [PT("97140", 10)], []),

        // SPL two blocks, NMR and ther ex, each heading with its minutes, BFR cuff timer beside: passes.
        ["vord-h158-spl-nmr-and-bfr"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Noor Haddad · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 22 min
            Attendance: 1:1 both blocks
            Work: perturbations on the foam with catches; hop-and-stick in three directions
            Limiter: L knee proprioception after the meniscus repair
            DATA: SL hold EC on foam L 12 s | R 27 s
            BLOCK B · 97110 BFR · 14 min
            Work: BFR leg press 30-15-15-15 at 80% LOP, 40 lb; calf raises 3x15 after
            Limiter: L quad and calf atrophy
            DATA: BFR cuff · LOP 204 mmHg · cuff inflated 07:20 (mm:ss)
            """,
            ["S83.232D"], [PT("97112", 22), PT("97110", 14)], []),

        // NLMC complete Bertec SOT note: passes.
        ["vord-h158-nlmc-sot-sensory-training"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Lars Wendt · Clinician: Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: Individual (1:1)
            Treatment: sensory training with the floor sway-referenced, eyes closed; foam stance with head turns; gaze stabilization X1 on foam
            Impairment: vestibular loss on the R with poor use of vestibular input on a moving surface
            ▶ Imported device report — Bertec Balance Advantage (printed 03/04/2026 08:22)
               SOT composite 59 | Cond 5: 44 | Cond 6: 39 | Vestibular ratio 0.52   (trial length 20.0 s)
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // NLMC complete Biodex postural stability note by the PTA: passes.
        ["vord-h158-nlmc-pta-biodex-stability"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY CLINIC
            TREATMENT NOTE · Pt: Wilma Sundquist · Clinician: Marisa Pelletier, PTA
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: Individual (1:1)
            Treatment: Biodex tracking with the platform unlocked; tandem walking on the foam beam; stepping strategy to my pushes at the pelvis
            Impairment: postural control with slow stepping strategy after her hip fracture
            ▶ Imported device report — Biodex Balance SD (printed 03/04/2026 11:37)
               Overall Stability Index 2.9 | A/P 2.2 | M/L 1.6   (test duration 20 sec × 3)
            """,
            ["S72.002D", "R26.81"], [PTA("97112", 22)], []),

        // NLMC complete 97116 note with the Opal summary: passes.
        ["vord-h158-nlmc-gait-with-opal"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER CLINIC
            TREATMENT NOTE · Pt: Russell Bakken · Clinician: Curtis Lindahl, PT
            Service: 97116 Gait training — 19 minutes
            Treatment: gait training with the single-point cane on the clinic loop and the parking-lot curb, cues for L heel strike and trunk rotation
            Impairment: L foot drag and short R step after the R MCA stroke
            ▶ Imported report — APDM Mobility Lab, Opal sensors (walk recording 120 s)
               Gait speed 0.74 m/s | stride length 0.88 m | double support 33%
            Loop 400 ft with stand-by assist; curb with contact guard.
            """,
            ["I69.354"], [PT("97116", 19)], []),

        // NLMC complete vestibular note with DHI and DGI and the audiologist in the room: passes.
        ["vord-h158-nlmc-vestibular-gaze-walking"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Della Husby · Clinician: Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 21 minutes
            Attendance: one-on-one; the audiology student observed
            Treatment: X1 viewing with the busy background standing on foam; walking with pitch and yaw head turns; tandem with eyes closed
            Impairment: R vestibular hypofunction, unsteady with head turns and in the dim sanctuary
            DGI 19/24. DHI 36 (58 at intake).
            """,
            ["H81.21"], [PT("97112", 21)], []),

        // NLMC OT complete 97530 note: kitchen and laundry tasks on the balance centre's ADL suite: passes.
        ["vord-h158-nlmc-ot-adl-suite-97530"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Solveig Nyhus · Clinician: Delphine Ostrowski, OTR/L
            Service: 97530 Therapeutic activities — 22 minutes
            Treatment: reaching the top shelf and the low drawer in the ADL kitchen, moving wet laundry from the washer to the dryer, carrying a laundry basket down the hall
            Impairment: reduced standing balance and trunk control when reaching down and overhead
            Basket carried 60 ft with stand-by assist; low drawer reached 5 of 5 without a hand on the counter.
            """,
            ["R26.81"], [OT("97530", 22)], []),

        // NLMC complete two-service note, 97112 and 97110 with minutes each: passes.
        ["vord-h158-nlmc-nmr-and-ther-ex"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY CLINIC
            TREATMENT NOTE · Pt: Elwood Grinde · Clinician: Marisa Pelletier, PTA
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: Individual (1:1)
            Treatment: foam stepping with no hands; rhythmic weight shifts to the targets on the platform
            Impairment: foot proprioception with the neuropathy
            Directional control L/R 74%.
            Service: 97110 Therapeutic exercise — 12 minutes
            Treatment: heel raises 3x15, toe raises 3x15, sit-to-stands 3x10
            Impairment: ankle and hip weakness both sides
            """,
            ["G62.9"], [PTA("97112", 22), PTA("97110", 12)], []),

        // HDNR complete BalanceTutor note: passes.
        ["vord-h158-hdnr-balancetutor-perturbations"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Celia Brandvold
            97112 neuro re-ed: 24 min | 1:1
            What I did: BalanceTutor walking perturbations with stepping responses; tandem on the foam beam with head turns
            Why: slow compensatory stepping and postural control with MS
            [BalanceTutor] Session 00:19:30 | Level 6 | Perturbations 42 | Single-step recoveries 34 | Harness catches 1
            """,
            ["G35"], [PT("97112", 24)], []),

        // HDNR complete exergaming note with its own session timer, level and score as the measure and one-on-one stated: passes.
        ["vord-h158-hdnr-exergaming-weight-shift-one-on-one"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Eamon Gallagher, PT | Pt: Hollis Drummond
            97112 neuro re-ed: 23 min | 1:1 at the gaming station
            What I did: lateral weight shifting on foam to the on-screen targets; single-leg taps to the targets; reaching out of base while standing on the foam
            Why: postural control after the R cerebellar stroke, wide-based and unsteady on turns
            Jintronix | session timer 17:05 | level 5 | targets 58 of 70
            Berg 45/56.
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // HDNR complete Ekso 97116 note with a minute line: passes.
        ["vord-h158-hdnr-ekso-walk"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Eamon Gallagher, PT | Pt: Jory Takasugi
            97116 gait training: 24 min
            What I did: Ekso GT walking, ProStep Plus, cues for weight shift and upright trunk; turns in the device
            Why: paraparesis after the incomplete spinal cord injury
            [Ekso] up time 22:15 | walk time 16:02 | steps 512 | assist L 35% R 30%
            Min assist of one at the trunk; 350 ft on the longest bout.
            """,
            ["S24.104D", "G82.22"], [PT("97116", 24)], []),

        // HDNR OT complete 97530 with the ReoGo and a Pablo grip: passes.
        ["vord-h158-hdnr-ot-reach-and-grip"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            OT visit | Sol Márquez, OTR/L | Pt: Darla Quist
            97530 [ 21 ] min
            Tasks: ReoGo reach-to-grasp paths, then placing cans on the top shelf and lifting a six-pack to the counter
            Why: R shoulder and grip weakness after the L CVA
            Device paste: ReoGo | movements 104 | Pablo grip R 14.2 kg
            Six-pack to the counter 5 times with stand-by assist.
            """,
            ["I69.331"], [OT("97530", 21)], []),

        // HDNR complete NMR and ther ex with NMES settings in the warm-up line (not billed): passes.
        ["vord-h158-hdnr-nmr-and-ther-ex-nmes-warmup"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Wendell Haack
            Warm-up (not billed): NMES to the R tibialis anterior, 40 Hz, 250 µs, 5 s on / 15 s off
            97112 neuro re-ed: 22 min | 1:1
            What I did: foam stance with eyes closed; perturbations on the BalanceTutor belt; stepping over the foam hurdles
            Why: proprioception lost in both feet and a weak R ankle strategy
            [BalanceTutor] Session 00:15:40 | Perturbations 26 | Feet-in-place recoveries 19
            97110 ther ex: 13 min
            What I did: seated dorsiflexion with the red band 3x15; heel and toe walking 4 x 40 ft; standing calf raises 3x12
            Why: R ankle dorsiflexor weakness
            """,
            ["G62.0"], [PT("97112", 22), PT("97110", 13)], []),

        // HDNR complete PTA 97110 with the step counter and app adherence: passes.
        ["vord-h158-hdnr-pta-ther-ex-adherence"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Ruthanne Keel, PTA | Pt: Verna Culp
            97110 ther ex: 15 min
            What I did: sit-to-stands 3x10; side-stepping with the yellow band 3 x 20 ft; standing hip extension 2x12 each
            Why: bilateral hip weakness, slow getting up from the sewing chair
            Device paste: Medbridge adherence 9 of 14 sessions | Garmin vívofit avg 4,105 steps
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // SPL complete PNF and rhythmic stabilisation note for the shoulder: passes.
        ["vord-h158-spl-shoulder-pnf"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Dominic Feliz · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 23 min
            Attendance: 1:1
            Work: PNF D1 and D2 patterns with rhythmic stabilization at end range; closed-chain perturbations in quadruped on the BOSU
            Limiter: R shoulder proprioception and scapular timing after the dislocation
            DATA: joint-position error R 5.0° | L 2.5° · CKCUEST 21 touches (trial 15 s)
            """,
            ["S43.014D"], [PT("97112", 23)], []),

        // NLMC complete NeuroCom note with the daughter at the window: passes.
        ["vord-h158-nlmc-los-daughter-at-window"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Agnes Ruotsala · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: Individual (1:1); her daughter watched from the window
            Treatment: limits-of-stability training to all eight targets; reaching for rings on foam
            Impairment: small forward limits of stability and slow center-of-gravity control
            ▶ Imported device report — NeuroCom LOS (printed 03/04/2026 15:40)
               Reaction time 0.91 s | Endpoint excursion 68% | Directional control 73%
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // HDNR complete Parkinson's gait note with GAITRite: passes.
        ["vord-h158-hdnr-parkinsons-gait-gaitrite"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Ruthanne Keel, PTA | Pt: Lonnie Harrower
            97116 gait training: 20 min
            What I did: gait training with floor lines and the metronome, big steps and arm swing; turning through the mock doorway
            Why: small shuffling steps and festination with Parkinson's disease
            GAITRite | velocity 102 cm/s | step length L 52 cm R 54 cm | double support 27%
            600 ft in the hallway with stand-by assist.
            """,
            ["G20.B1"], [PTA("97116", 20)], []),

        // SPL complete NMR block for a wrestler with IMU valgus counts: passes.
        ["vord-h158-spl-wrestler-knee-control"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Maddie Kessler · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 21 min
            Attendance: 1:1; her mother sat on the bench
            Work: sprawl-and-recover with perturbations at the hips; hop-and-stick onto foam with eyes closed on the stick
            Limiter: L knee proprioception and hip control, knee-in on landing
            DATA: Blue Trident · valgus events L 2 of 10 | R 1 of 10
            """,
            ["S83.512D"], [PT("97112", 21)], []),

        // NLMC complete note with no diagnosis on the claim: diagnosis missing only.
        ["vord-h158-nlmc-complete-no-diagnosis"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER CLINIC
            TREATMENT NOTE · Pt: Gunnar Aas · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: Individual (1:1)
            Treatment: Biodex tracking with the platform unlocked; foam stepping forward and back
            Impairment: postural control with a small backward limit of stability
            Biodex Overall Stability Index 2.4 (test duration 20 sec × 3)
            """,
            [], [PT("97112", 22)], [Dx]),

        // HDNR complete note whose diagnosis cell carried the device export's "ERR:DX" instead of a code: diagnosis not well formed.
        ["vord-h158-hdnr-diagnosis-err-dx"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Ada Fenwick
            97112 neuro re-ed: 22 min | 1:1
            What I did: BalanceTutor perturbations with stepping responses; tandem on foam
            Why: postural control after the fall, slow stepping reactions
            [BalanceTutor] Session 00:16:20 | Perturbations 30 | Stepping responses 24
            """,
            ["ERR:DX"], [PT("97112", 22)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
