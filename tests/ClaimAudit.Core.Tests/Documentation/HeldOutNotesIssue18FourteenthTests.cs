using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The fourteenth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set has no theme: it is meant to look like a random sample of one week's notes from two employers,
/// in the proportions a billing manager sees them — about two thirds ordinary and complete, single- and
/// multi-code visits. One is an academic medical centre's outpatient rehabilitation department in the US
/// Northeast (orthopaedic and neurologic residents and fellows with their mentors and attending
/// attestations, an otology/neurotology vestibular clinic, a movement-disorders programme, a concussion
/// clinic, a hand and upper-extremity clinic with CHTs, a paediatric satellite), writing in Epic: timed
/// charge lines in hospital charge-master wording ("HB PT NEUROMUSCULAR REEDUCATION EA 15 MIN [97112]
/// Qty 2"), "Timed Charges" blocks, flowsheet rows under a date-and-time column with semicolon
/// multi-selects, "Treatment Minutes" rows, encounter headers with "See flowsheets". The other is a
/// Pacific Northwest chain of small clinics (Tacoma, Olympia, Bend, Gresham, Bellingham, Port Angeles,
/// Capitol Hill) writing Athena-style "Procedures" free text ("Time-based: 40 minutes direct"), home-grown
/// templates (a delivery-code legend "1 = individual 2 = concurrent 3 = group", a patient-effort
/// percentage grid, "0 hr 25 min" fields, a star chart, a "(numbers = minutes)" legend) and dictation,
/// with the region's goals: the ferry car deck and a terminal gangway at low tide, crab pots off the
/// dock, a deckhand's chain-and-chock lifting, a kayak on the roof rack, mossy deck steps and the bird
/// feeders, U-pick blueberries, Tiger Mountain trails, Capitol Hill's hills, a lifted pickup at the
/// trailhead, the #41 bus in the rain.
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h14-…): one-on-one in these writers' words ("exclusive face-to-face PT for the full
/// re-ed block; no other pt overlapped this appointment", a resident and mentor with one patient, an
/// infant with the PT "hands-on with him for the entire session", "every minute delivered directly by this
/// CHT; no co-scheduled clients", a dictated "I had no other patient on my list during it; she was never
/// left on her own"), notes that negate it (a resident rotating between this patient and one on the next
/// mat, a patient left to finish the last round while the PT began an evaluation) or never state it (a
/// rehab aide on the gait belt), and a COTA's 97530 in a shared ADL suite, which has no one-on-one
/// check;</item>
/// <item>class 2 (v2-h14-…): template states: an Epic flowsheet column headed by date and time with
/// "Individual (1:1)", a delivery-code legend answered 2 (concurrent) and 1 (individual), a POC / Today
/// technique grid marked only under POC, an impairment grid ticked only under NA, "☒ N/A" for constant
/// one-to-one attendance, a patient-effort grid with the X under 75%, a paediatric ★ chart, a "•" Done column;</item>
/// <item>class 3 (v3-h14-…): named programmes and methods as techniques (Cognitive Functional Therapy,
/// Astronaut Training, a modified Duran protocol, Functional Range Conditioning CARs and PAILs/RAILs, the
/// Fascial Distortion Model, Handwriting Without Tears, dart-thrower's motion, Baduanjin qigong), one
/// MusicGlove 97112 with no number and one C-Mill 97116 with no target;</item>
/// <item>class 4 (v4-h14-…): deficits stated as findings (Froment's and Wartenberg's signs, camptocormia,
/// pseudoathetosis with a thumb-finding test, a waiter's-tip brachial plexus birth injury, RA swan-neck
/// deformities, a knee that gives way from femoral nerve palsy after THA, optic ataxia, hypermobile EDS
/// with apprehension and sulcus signs) and notes that state none (a 97112 whose only target is the
/// ferry's car deck; a work-simulation 97530);</item>
/// <item>class 5 (v5-h14-…): measures in their usual forms (the Developmental Eye Movement test, the Moberg
/// pick-up test, volumetry in mL, the L Test of Functional Mobility, the Upper Quarter Y-Balance Test, the
/// Pediatric Reach Test, the Frenchay Arm Test, an instrumented walkway with the Functional Ambulation
/// Category) and notes with none (the weather and a bus route; ROM and strength "WFL");</item>
/// <item>class 6 (v6-h14-…): minutes in their usual forms (charge-master lines whose "EA 15 MIN" is the
/// unit's definition, "0 hr 25 min", "a quarter hour", a timed 97760 beside 97110, a legend under
/// unit-less numbers), true mismatches (a flowsheet "Gait Training Minutes 20" against 12, Athena
/// "Time-based: 40 minutes direct" against 30) and truly missing separate time (interleaved circuit
/// stations with one total, an 8-minute-rule units calculation);</item>
/// <item>class 7 (v7-h14-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on 97750), an Epic encounter header with "See flowsheets", and the contract's
/// meanings of technique, deficit and measure for 97116 (a gangway goal as the only target; assistance
/// levels as the only measure), 97530 (generic only), 97140 (bouts and grades as its parameters) and
/// 97110 (exercises with doses and no target);</item>
/// <item>ordinary (vord-h14-…): complete notes of both employers across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a smart phrase with nothing
/// else, a missing and a free-text diagnosis, an Epic NMR + TE note that never says one-on-one, an
/// Athena ther-ex time that differs, an OT total only, a PTA gait note with no number.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>), as in every earlier
/// set; the contract gives no tolerance, and every mismatch here differs by at least five minutes. Cases a
/// careful reviewer could argue either way under the contract were left out: a content gap in one section
/// of a multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole
/// note lacks the thing), generic phrases beside a deficit or a measure, exercise or home-programme
/// durations in minutes, self-rated scores as the only measure, diagnosis codes without their dot or of
/// three characters, minute ranges and approximate minutes against a line, lines under eight minutes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 77 of 94 cases agree (93 needed), and 10 of the 64 notes the reviewer passes got a finding, on the
/// analyzer of 3e41b73 (the start of 2026-12-04's evening session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 79 of 94, 9 false positives, at its first run on the analyzer with that session's general readings
/// (generic only when no technique, deficit or measure is named; dosed activities for every timed code;
/// not-one-on-one denied in plain words; the patient alone in the session) (bc5e319): the held-out figure.
/// Then development data: minutes as charge lines and templates write them ("EA 15 MIN" a rate, "8-min rule"),
/// a grid's NA and POC-without-Today columns, a legend's digits in a table column, one-on-one wording,
/// techniques and deficits the lists lacked; 94 of 94, no false positive.
/// </para>
/// </summary>
public class HeldOutNotesIssue18FourteenthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    /// <summary>A line furnished by an occupational therapy assistant (COTA; the harness has PT, PTA and OT helpers).</summary>
    private static CaseLine OTA(string code, int minutes) => new(code, minutes, "OTA");

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these writers' words, negated, unstated

        // Epic vestibular-clinic note: "exclusive face-to-face PT for the full re-ed block; no other pt overlapped this appointment" is one-on-one; metronome-paced X1 on Airex, pitch-plane corridor walking, cone step-overs with head turns; complete L vestibular loss after labyrinthectomy with retinal slip and veering; gait speed with head turns; 24 matches: passes.
        ["v1-h14-epic-exclusive-face-to-face"] = new(
            """
            UMC Otology/Neurotology Rehab | PT Daily Note
            Interval: s/p L labyrinthectomy for intractable Ménière's, POD 41. No vertigo spells since surgery.
            Timed Charges: 97112 NEUROMUSCULAR RE-EDUCATION — 24 min
            Delivery: exclusive face-to-face PT for the full re-ed block; no other pt overlapped this appointment
            Interventions:
             - X1 viewing, yaw then pitch, paced to a metronome (100 → 120 bpm), feet together on Airex
             - pitch-plane head movements while walking the 30 m corridor, 4 lengths
             - stepping over 6" cones with yaw head turns, 3 rounds
            Assessment: complete L vestibular loss — retinal slip / blurred gaze with quick head turns, ↑ sway and veering to the L with head movement
            Gait speed w/ horizontal head turns 0.94 m/s (0.71 m/s at IE; 1.21 m/s head still)
            """,
            ["H81.02", "H81.8X2"], [PT("97112", 24)], []),

        // Neuro residency note: resident and mentor in the room, "this pt was the only pt either of us treated during this appointment" is one-on-one (two clinicians, one patient); bounding/skip-and-freeze, backward heel-to-toe with head turns, stepping while catching; anticipatory control and motor timing after DAI; Illinois Agility Test and k of 10: passes.
        ["v1-h14-resident-and-mentor-one-pt"] = new(
            """
            Neurologic PT Residency — daily note
            Treating PT: resident (M. Osei, PT, DPT); residency mentor (J. Lindqvist, PT, NCS) in the room for live mentoring
            Delivery: one pt, two clinicians — this pt was the only pt either of us treated during this appointment
            97112 (30 min):
             • hurdle bounding into a skip-and-freeze on a clap cue, 4 x 20 m
             • backward walking heel-to-toe along floor tape with yaw head turns, 3 x 5 m
             • lateral stepping over 4 low cones while catching/throwing a 1 kg ball, 3 rounds
            Problem list: ↓ anticipatory postural control and motor timing at speed (diffuse axonal injury, 7 mo); wants to get back to pickup basketball
            Illinois Agility Test 24.6 s (29.9 s at IE); freeze-on-cue without an extra step 7/10
            """,
            ["S06.2X9S"], [PT("97112", 30)], []),

        // "Resident rotated between this pt and a 2nd pt on the next mat for the whole block" is not one-on-one; clock-face toe taps, lateral bound-and-hold, band-resisted knee perturbations; quad/hamstring co-activation and dynamic valgus after ACLR; k of 12 and hop distance present.
        ["v1-h14-resident-rotated-next-mat"] = new(
            """
            Ortho/Sports residency — 03/04
            97112 NMR — 22 min
            Resident rotated between this pt and a 2nd pt on the next mat for the whole block (mentor observing both).
             - SL stance on a folded mat with clock-face toe taps to 5 targets, R
             - lateral bound-and-hold onto Airex, 3 x 6
             - band-resisted perturbations at the knee during SL mini-squats
            R knee: delayed quad/hamstring co-activation + dynamic valgus on landing (ACLR, 5 mo)
            Bound-and-hold w/o valgus 8/12 (5/12 two wk ago); lateral hop distance R 92 cm / L 104 cm
            """,
            ["S83.511D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // The patient "completed the 4-square reps on her own at the parallel bar while I started a new eval in the next bay": not one-on-one for the service; belt pulls, 4-square stepping, pivot turns; late backward compensatory step and posterior limits of stability; 4SST and steps to recover present.
        ["v1-h14-left-to-finish-final-round"] = new(
            """
            S: Tripped on a curb Sunday picking up the paper, caught herself on the car. Nervous on curbs since.
            O: 97112 — 23 min
               - unannounced pulls on the gait belt, fwd/back, from quiet stance and mid-step
               - 4-square stepping to called numbers, then in reversed order
               - pivot turns with reach to cones at hip height
               For the final round pt completed the 4-square reps on her own at the parallel bar while I started a new eval in the next bay.
            A: late, short backward compensatory step; narrow posterior limits of stability.
               Four Square Step Test 15.8 s; backward pull: 3 steps to recover (5 at IE).
            """,
            ["R29.6", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // A rehab aide held the gait belt for guarding; nobody states the PT's one-on-one attendance; backward pulls, big side-steps over a 2x4, stop-turn-go to a clicker; retropulsion and freezing in PD; pull-test steps and 360° turn present.
        ["v1-h14-aide-on-the-belt-unstated"] = new(
            """
            UMC Movement Disorders Rehab — PD, H&Y 2.5
            97112 Neuromuscular re-ed — 25 min. Rehab aide held the gait belt for guarding during the backward-pull set.
            - reactive backward stepping to shoulder pulls, 12 trials, eyes open → closed
            - big side-steps crossing a 2x4 laid on the floor
            - "stop-turn-go" to a clicker cue in the narrow back hallway
            Retropulsion w/ small reactive steps; freezing at changes of direction.
            Pull test 2 steps, self-recovers (4 steps at IE); 360° turn R 8 steps / 4.1 s.
            """,
            ["G20.A1"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Paediatric infant: "No other children on the gym floor this slot; I stayed hands-on with him for the entire session" is one-on-one; ball tips for righting, side-sit weight shift on a bolster, slowed pull-to-sit; antigravity flexor control and lateral righting; HINE and k of 5: passes.
        ["v1-h14-infant-hands-on-whole-session"] = new(
            """
            Peds Satellite — outpt PT
            9 mo (8 mo adjusted), low tone, not yet sitting without props.
            97112 — 25 min. No other children on the gym floor this slot; I stayed hands-on with him for the entire session while mom offered toys.
            Prone over the therapy ball with slow lateral tips for head/trunk righting; supported side-sit on a bolster with weight shift onto each arm; pull-to-sit with a slowed lowering phase.
            ↓ antigravity neck/trunk flexor control (head lag on pull-to-sit), delayed lateral righting reactions.
            HINE global score 54/78 (47 six wk ago); head in line on pull-to-sit 3 of 5 trials.
            """,
            ["P94.2", "R62.0"], [PT("97112", 25)], []),

        // Hand clinic OT 97112: "every minute delivered directly by this CHT; no co-scheduled clients" is one-on-one; isolated palmar abduction with feedback, place-and-hold opposition, metronome opposition; thenar recruitment after median nerve repair; MMT and k of 5: passes.
        ["v1-h14-cht-no-co-scheduled-clients"] = new(
            """
            Hand & Upper Extremity Clinic — OT (CHT)
            R median nerve repair at the wrist, 6 mo; thenar reinnervation beginning.
            97112 motor re-ed — 20 min — every minute delivered directly by this CHT; no co-scheduled clients.
            Isolated palmar abduction with visual + tactile feedback over APB, place-and-hold opposition to each fingertip, opposition timed to a metronome.
            ↓ thenar recruitment / opposition control after the nerve repair; substitutes with FPL.
            APB MMT 2+/5 → 3-/5; opposition to ring tip without FPL substitution 4 of 5.
            """,
            ["S64.11XD"], [OT("97112", 20)], []),

        // COTA's 97530 in an ADL suite shared with another client: 97530 has no one-on-one check; tub-bench transfer, LB dressing with AE, low-cupboard retrieval within precautions; CGA → SBA; shower goal after posterior THA: no DOC finding.
        ["v1-h14-cota-shared-adl-suite-97530"] = new(
            """
            COTA note — ADL suite shared with another client + COTA at the far counter
            97530 — 22 min
            Tub transfer w/ bench + hand-held shower setup x3; LB dressing seated on the bench w/ reacher and sock aid; retrieving towels from the low cupboard within posterior precautions.
            CGA for bench transfer → SBA on 3rd trial; sock aid set up by COTA, pt completes.
            Goal: shower at home without her daughter there (L posterior THA, 5 wk).
            """,
            ["Z96.642"], [OTA("97530", 22)], []),

        // Dictated PTA note: "I had no other patient on my list during it; she was never left on her own" is one-on-one; rocker board EC, foam half-round step-overs, reaching on a pillow; neuropathic loss of foot sensation with visual reliance; monofilament and EC seconds; "twenty-three minutes" matches: passes.
        ["v1-h14-dictated-pta-never-left-alone"] = new(
            "Dictated, PTA (Bellingham): Mrs. P's neuro re-ed today ran twenty-three minutes and I had no other patient on my list during it; she was never left on her own. "
            + "We did rocker-board weight shifts front to back with her eyes closed, stepping up and over a foam half-round, and reaching to the clothes-pin line at shoulder height "
            + "standing on a pillow. Her numb feet from the diabetic neuropathy are why she leans on her eyes; monofilament was 0 of 8 sites on both feet last month. "
            + "Eyes closed on the pillow she held 11 seconds, up from 5.",
            ["E11.42", "Z91.81"], [PTA("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: template states

        // Epic flowsheet column headed by date and time: "Treatment Delivery  Individual (1:1)", semicolon multi-selects with detail (tray-carry dual task, trunk perturbations in tandem on Airex, Clock Yourself stepping), postural control under dual task, "NMR Minutes 23" (matches), TUG-cognitive and dual-task cost: passes.
        ["v2-h14-epic-flowsheet-time-column"] = new(
            """
            PT NEURO TREATMENT                       03/04/26 0935
             Treatment Delivery                      Individual (1:1)
             NMR Technique(s)                        Dual-task;Perturbation training;Compliant surface
             NMR Technique Detail                    tray-carry walking with serial-7 subtraction; trunk perturbations in tandem on Airex; Clock Yourself stepping to called times
             Impairment(s) Addressed                 Dual-task postural control;Sensory reweighting
             NMR Minutes                             23
             Outcome Measure(s)                      TUG-cognitive 16.9 s (TUG 11.2 s); dual-task cost on gait speed 31%
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // Home-grown record with a legend "Delivery: 1 = individual 2 = concurrent 3 = group" and the 97112 row's Delivery "2": concurrent, not one-on-one; tilt-board passes, cross-over stepping, EC tandem at the wall; proprioceptive loss and ataxic gait; tandem steps and Romberg seconds present.
        ["v2-h14-delivery-code-2-concurrent"] = new(
            """
            Rehab Tx Record        Legend — Delivery: 1 = individual   2 = concurrent   3 = group
            Code    Delivery   Min   Detail
            97112   2          20    standing on tilt board w/ ball passes, cross-over stepping to tape marks, tandem walk EC along the wall
            Deficit: L LE proprioception loss + wide-based ataxic gait (alcohol-related cerebellar degeneration)
            Outcome: tandem steps w/o step-out 6 (2 at IE); Romberg EC 30 s, sharpened Romberg 7 s
            """,
            ["G31.2", "R26.0"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // The same legend with Delivery "1" (individual) on both rows: one-on-one for the 97112; PNF pelvic patterns with rhythmic initiation and approximated step-ups; sit-to-stand/bridges/hip abduction with doses; R pelvic control and hip weakness; stance-time % and 5xSTS; 25 and 15 match: passes.
        ["v2-h14-delivery-code-1-individual"] = new(
            """
            Rehab Tx Record        Legend — Delivery: 1 = individual   2 = concurrent   3 = group
            Code    Delivery   Min   Detail
            97112   1          25    PNF pelvic diagonals (ant elevation ↔ post depression) w/ rhythmic initiation, sidelying → standing; step-up onto 6" w/ R stance and approximation at the pelvis
            97110   1          15    sit-to-stand 3 x 10 from 18", bridges 2 x 15, sidelying R hip abd 2 x 12
            Deficit: R hemiparesis — ↓ R pelvic control / hip extensor timing in stance; R hip ext/abd 3+/5
            Outcome: R stance 38% of gait cycle (31% at IE); 5xSTS 17.4 s
            """,
            ["I69.351"], [PT("97112", 25), PT("97110", 15)], []),

        // A POC / Today technique grid with every X under POC and none under Today; the visit went to a BP recheck and education: no neuromuscular technique done; 1:1, L hypofunction with visual motion sensitivity and a seated DVA present, no generic phrase: technique only.
        ["v2-h14-poc-today-grid-none-today"] = new(
            """
            97112 NMR — 1:1 w/ PT — 25 min
            Technique                           POC   Today
            VOR x1 / x2 viewing                  X
            Motion-sensitivity habituation       X
            Foam stance EO → EC                  X
            OKN video on the big screen          X
            Arrived w/ BP 168/98 + occipital headache: vitals rechecked x3, PCP paged, symptom-diary education.
            Deficit: L vestibular hypofunction with visual motion sensitivity
            Seated DVA: 3 lines lost (5 at IE)
            """,
            ["H81.22"], [PT("97112", 25)], [At(Tech, "97112")]),

        // Impairment grid with L / R / B / NA columns ticked only under NA, and no deficit written anywhere; half-kneel rhythmic stabilization, PNF chops/lifts, sit-to-stand on foam EC; 1:1 ☑; hold seconds and 5xSTS: deficit only.
        ["v2-h14-impairment-grid-all-na"] = new(
            """
            97112 Neuro re-ed  |  22 min  |  1:1 ☑
            Tx: half-kneel rhythmic stabilization, tall-kneel PNF D2 chops/lifts, EC sit-to-stand from a foam seat
            Impairment          L    R    B    NA
            Proprioception                     ✓
            Postural control                   ✓
            Motor recruitment                  ✓
            Coordination                       ✓
            Half-kneel hold w/o UE: L 24 s, R 27 s; 5xSTS on foam 16.2 s
            """,
            ["R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // "Constant one-to-one attendance: ☐ Yes ☐ No ☒ N/A" answers neither yes nor no, and nothing else states it; laser head tracking, Airex SL stance with rotation, eye–head coordination; cervical kinesthesia after whiplash; tracking errors and seconds present.
        ["v2-h14-one-on-one-na-ticked"] = new(
            """
            Constant one-to-one attendance:   ☐ Yes   ☐ No   ☒ N/A
            97112 NMR 23 min
             • laser-guided head tracking of figure-8 and zig-zag patterns on the wall chart
             • SL stance on Airex with slow cervical rotation
             • eye–head coordination: fixate target, turn head, re-fixate
            ↓ cervical kinesthesia after whiplash (MVA 11/2025): overshoots on head relocation, dizzy with fast head turns
            Zig-zag tracking errors 9 (16 at IE); Airex SL stance with rotation R 14 s
            """,
            ["S13.4XXD", "M54.2"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // OT 97530 patient-effort grid (100 / 75 / 50 / 25 %) with the X under 75% for both tasks: the assistance level (the patient does three quarters: minimal assist) is 97530's measure; sink ADLs and laundry transfer; grooming/laundry goal after cerebellar stroke: passes.
        ["v2-h14-effort-percent-grid-97530"] = new(
            """
            OT — Ther Act 97530 — 24 min
            Tasks: standing at the sink for oral care and shaving; moving wet laundry from the front-loader to the dryer from a rolling stool
            Pt effort       100%   75%   50%   25%
            Sink ADLs               X
            Laundry                 X
            Goal: resume own grooming + laundry (R cerebellar stroke — ↓ standing balance, R hand dysmetria)
            """,
            ["I69.393"], [OT("97530", 24)], []),

        // Paediatric ★ chart ("★ = did it today, blank = not today"): starred cargo-net climb, scooter pulls and backpack stairs with counts and SBA/CGA (the unstarred trampoline ignored); school-bus and classroom goal: passes.
        ["v2-h14-peds-star-chart-97530"] = new(
            """
            Peds PT — 97530 — 20 min
            ★ = did it today     (blank = not today)
            ★ cargo-net climb to the 4th rung and back down x3, SBA
            ★ prone scooter-board pull along a rope 20 ft x4
               trampoline jumps
            ★ backpack (3 lb) up/down 6 steps step-over-step w/ 1 rail, CGA → SBA
            Goal: get on/off the school bus and up to her 2nd-grade classroom with her class.
            """,
            ["G80.1", "R26.89"], [PT("97530", 20)], []),

        // Hand clinic mallet-finger grid with a "•" Done column and reps (the undone composite fist row ignored); DIP extensor lag in degrees: 97110 passes.
        ["v2-h14-mallet-done-column-97110"] = new(
            """
            Hand Therapy — R long finger bony mallet, wk 7; DIP extension orthosis on except for exercise
            97110 — 12 min
            Exercise                                       Done   Reps
            DIP active flexion 0–20° arc, PIP blocked        •     10
            PIP full AROM with DIP held in the orthosis      •     15
            Reverse blocking — active DIP extension hold     •     10 x 5 s
            Composite fist (orthosis off, supervised)              —
            DIP extensor lag 10° (25° at week 0); no dorsal DIP redness after exercise.
            """,
            ["M20.011"], [OT("97110", 12)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // Spine fellow's 97530: Cognitive Functional Therapy (O'Sullivan) with relaxed bending, graded lifting exposure and floor transfers; goal of lifting her toddler and the basket; protective bracing; k of 5 and fingertip-to-floor cm: passes.
        ["v3-h14-cognitive-functional-therapy-97530"] = new(
            """
            Spine clinic (fellow) — 97530 — 23 min
            Cognitive Functional Therapy (O'Sullivan): relaxed forward bending with breath and without abdominal bracing 3 x 8; graded exposure to lifting a laundry basket from the floor (5 → 10 → 15 lb) with a relaxed, round-back lift 3 x 5; sit-to-floor-to-stand as when playing with her toddler x4.
            Goal: lift her 2-yr-old and the laundry basket without fear or guarding (chronic LBP, 14 mo).
            Protective bracing + breath-holding on bending; fear of bending.
            Lift at 15 lb w/o breath-hold 5/5; fingertip-to-floor 9 cm (28 cm at IE).
            """,
            ["M54.50"], [PT("97530", 23)], []),

        // Paediatric Astronaut Training (rotary-board spins in five head positions, then visual tracking and target tosses), 1:1; under-responsive vestibular system with short post-rotary nystagmus; nystagmus seconds, prone extension hold and jumping jacks: passes.
        ["v3-h14-astronaut-training-peds"] = new(
            """
            Peds Satellite — PT — 97112 — 25 min — 1:1 w/ PT
            Astronaut Training (vestibular–visual–auditory protocol): rotary-board spins in 5 head positions (sitting, side-lying L/R, supine, prone), 10 rotations each direction to the music track, then visual tracking of a suspended ball and bean-bag tosses to 'planet' targets.
            Under-responsive vestibular system: post-rotary nystagmus 3 s (expected ~10 s), weak prone extension, poor bilateral coordination on jumping jacks.
            Post-rotary nystagmus 6 s today; prone extension on the scooter board 12 s (5 s at IE); 4 jumping jacks in a row.
            """,
            ["R27.8", "R62.50"], [PT("97112", 25)], []),

        // Hand clinic OT: modified Duran protocol in the dorsal blocking orthosis (passive DIP/PIP/composite flexion with active extension to the hood, reps) after zone II flexor repair; edema and limited passive flexion; tip-to-DPC cm: 97110 passes.
        ["v3-h14-modified-duran-97110"] = new(
            """
            Hand Clinic (CHT) — R index zone II FDP/FDS repair, POD 22
            97110 Ther Ex — 15 min — modified Duran in the dorsal blocking orthosis (wrist 20° flexion, MCPs 50°):
             - passive DIP flex/ext with the PIP held, 10 reps
             - passive PIP flex/ext with the DIP held, 10 reps
             - passive composite flexion → active IP extension to the hood, 10 reps
            Edema + limited passive IP flexion after the repair; tip-to-DPC 3.5 cm (5 cm last wk).
            """,
            ["S66.120D"], [OT("97110", 15)], []),

        // 97110: Functional Range Conditioning (standing and quadruped hip CARs, 90/90 PAILs/RAILs, banded distraction) with reps and cycles; R hip IR limit with cam FAI and a bouldering goal; IR degrees: passes.
        ["v3-h14-frc-hip-cars-97110"] = new(
            """
            Sports/Ortho — 97110 — 20 min
            Functional Range Conditioning: standing hip CARs 5 slow reps each side; 90/90 hip IR PAILs/RAILs 3 cycles with a 10 s ramp-up; quadruped hip CARs 5 each; banded lateral hip distraction with rotation 2 x 8.
            R hip IR limited (18° vs L 38°) with anterior pinch in a deep squat (cam FAI, nonoperative); wants to get back to bouldering.
            IR R 24° after the session.
            """,
            ["M25.651"], [PT("97110", 20)], []),

        // OT MusicGlove hand training (pinch patterns in time with songs, wrist guided), one-on-one, R hand isolated finger control after stroke — but no number besides the minutes ("song scores not saved"): no objective measure.
        ["v3-h14-musicglove-no-number"] = new(
            """
            OT Neuro — MusicGlove hand training, 97112, 22 min, one-on-one with OT.
            Sensor glove on the R hand; pt pinches thumb to index/middle tips and key-pinches to the side of the index in time with the notes of a song, easy → medium songs; OT guides the wrist into neutral and cues thumb opposition.
            R hand: ↓ isolated finger/thumb control and pinch timing after L MCA stroke.
            Pt says "it's getting easier to hit the notes". Song scores not saved today.
            """,
            ["I69.351"], [OT("97112", 22)], [At(Measure, "97112")]),

        // 97116 on a C-Mill augmented-reality treadmill (obstacle and stepping-target modules, speeds, bouts) then overground with SPC and SBA, with counts and accuracy — but no gait impairment, region or functional goal: deficit missing.
        ["v3-h14-c-mill-no-target-97116"] = new(
            """
            97116 Gait trng — 20 min
            C-Mill (augmented-reality treadmill): obstacle-avoidance and stepping-target modules, 1.6 → 2.0 km/h, harness on for safety (no body-weight support), 4 bouts; then overground 2 x 60 m with SPC, SBA.
            Obstacles cleared 34/40 (26/40 last visit); stepping-target accuracy 78%.
            """,
            ["I69.354"], [PT("97116", 20)], [At(Deficit, "97116")]),

        // 97140: Fascial Distortion Model trigger-band and continuum techniques plus graded talocrural glides with bouts; L lateral ankle pain and DF limit after a sprain; weight-bearing lunge cm: passes.
        ["v3-h14-fdm-trigger-band-97140"] = new(
            """
            MT 97140 — 12 min
            Fascial Distortion Model: trigger-band technique along the L lateral calf → lateral ankle (along the line the pt draws), 3 passes; continuum technique at the L ATFL attachment, 2 holds; then talocrural posterior glides gr III 3 x 30 s.
            L lateral ankle pain + ↓ DF after an inversion sprain 6 wk ago.
            Weight-bearing lunge L 6 cm → 9 cm (R 12 cm).
            """,
            ["S93.402D"], [PT("97140", 12)], []),

        // Paediatric OT: Handwriting Without Tears (Wet-Dry-Try, wood-piece capitals, name on double-line paper); kindergarten name-writing goal with grasp and reversals; legible letters k of 7 and reversal counts: 97530 passes.
        ["v3-h14-handwriting-without-tears-97530"] = new(
            """
            Peds OT — 97530 — 25 min
            Handwriting Without Tears: Wet-Dry-Try on the slate chalkboard for the 'magic c' letters (c, a, d, g); wood-piece building for capitals F and E; then writing her first name on double-line paper.
            Goal: write first + last name legibly on kindergarten worksheets. 4-finger grasp, frequent letter reversals.
            Legible letters in her name 5 of 7 (2 of 7 on 2/3); reversals 1 (4 at IE); verbal cues x2.
            """,
            ["R27.8", "R62.50"], [OT("97530", 25)], []),

        // Hand clinic OT after scaphoid ORIF: dart-thrower's motion AROM and loaded with a hammer, isometrics, rice-bucket digging with doses; wrist stiffness and grip weakness; degrees and grip kg: 97110 passes.
        ["v3-h14-dart-throwers-motion-97110"] = new(
            """
            Hand Clinic OT — R scaphoid waist ORIF, 10 wk; out of the thumb spica cast 2 wk
            97110 — 18 min
            Dart-thrower's motion (radial extension ↔ ulnar flexion) AROM 3 x 15; DTM with a 1 lb hammer 2 x 10; wrist isometrics 5 x 10 s each direction; rice-bucket digging 3 x 30 s.
            R wrist stiffness + grip weakness after the fracture.
            Wrist ext 38°, flex 32° (24° / 20° at cast removal); grip R 14 kg / L 31 kg.
            """,
            ["S62.001D"], [OT("97110", 18)], []),

        // Baduanjin qigong (Eight Brocades) adapted for balance with its named movements, reps and guarding, one-on-one; single-limb stability and trunk rotation control in early PD; SLS seconds and turn steps: passes.
        ["v3-h14-baduanjin-qigong-97112"] = new(
            """
            Neuro PT — 97112 — 25 min — one-on-one
            Baduanjin qigong (Eight Brocades) adapted for balance: 'separate heaven and earth' with weight shift into SLS, 'draw the bow' in horse stance, 'look back' with trunk rotation in narrow stance, 'touch toes and raise' with PT guarding; 6 reps each, progressed from chair-supported to free standing.
            ↓ single-limb stability + ↓ trunk rotation control (early PD); stiff turning to look behind when crossing the street.
            SLS R 9 s / L 6 s (4 s / 3 s at IE); 180° turn in 4 steps.
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // Hand therapy after ulnar nerve transposition: "Froment's +, Wartenberg's +, 1st dorsal interosseous wasting, ring/small clawing" are the impairments; intrinsic-plus holds, band ab/adduction, putty pinch, nerve glides with doses; key pinch kg: 97110 passes.
        ["v4-h14-froment-wartenberg-97110"] = new(
            """
            Hand therapy — L cubital tunnel, 8 wk s/p anterior subcutaneous transposition
            Findings: Froment's + L (IP flexes on key pinch); Wartenberg's + (small finger drifts into abduction); visible 1st dorsal interosseous wasting; ring/small clawing at rest.
            97110 — 15 min: intrinsic-plus holds (MCP flex / IP ext) 10 x 5 s; finger ab/adduction against a rubber band 3 x 10; lateral pinch on putty 2 x 15; ulnar nerve glides (elbow ext, wrist neutral) 10 reps.
            Key pinch L 3.5 kg / R 7 kg.
            """,
            ["G56.22"], [OT("97110", 15)], []),

        // 97116: "trunk pitches forward to about 45° after roughly 150 ft (PD camptocormia), steps shorten and he chases his centre of mass" is the gait impairment; high-handle forearm rollator vs standard, distances, SBA, visual target; inclinometer degrees: passes.
        ["v4-h14-camptocormia-97116"] = new(
            """
            GT 97116 — 15 min
            Trunk pitches forward to about 45° after roughly 150 ft (PD camptocormia), then his steps shorten and he chases his centre of mass; upright in supine and against the wall.
            Gait with a forearm-platform high-handle rollator vs his standard rollator: 3 x 150 ft, 1 x 300 ft; SBA; cues for a visual target at eye level.
            Trunk flexion at 150 ft 30° with the high handles vs 45° with the standard rollator (inclinometer).
            """,
            ["G20.A1", "R29.3"], [PT("97116", 15)], []),

        // OT 97112: "pseudoathetoid drift of R fingers with vision occluded; cannot find his R thumb EC; vibration absent" is the proprioceptive loss by its signs (B12); vision-occluded matching, weighted holds, hidden manipulation; 1:1; JPS k of 10 and thumb-finding grade: passes.
        ["v4-h14-pseudoathetosis-ot-97112"] = new(
            """
            OT 97112 — 20 min — 1:1
            Exam: pseudoathetoid drift of the R fingers with vision occluded; cannot find his R thumb with the L hand EC (thumb-finding test grade 2); vibration absent at the R MCPs.
            Subacute combined degeneration (B12) → R hand proprioceptive loss; drops his cup when not watching it.
            Tx: vision-occluded joint-position matching (copy L → R), graded weighted-cup holds with eyes shut, object-in-hand manipulation behind a screen with feedback after each trial.
            JPS matching R 6/10 (3/10 last wk); thumb-finding grade 1 by the end of the session.
            """,
            ["D51.0", "G32.0"], [OT("97112", 20)], []),

        // Paediatric OT 97112: the "waiter's tip" posture with no active ER or supination against gravity is the motor deficit (upper-trunk brachial plexus birth injury); facilitated reach, prone-on-elbows weight bearing, supination game; "individual (OT + child)"; Active Movement Scale and k of 6: passes.
        ["v4-h14-waiters-tip-bpbi-ot-97112"] = new(
            """
            Peds OT — R brachial plexus birth injury (upper trunk), 14 mo
            R arm held in 'waiter's tip': shoulder IR/adducted, elbow extended, forearm pronated; no active R shoulder ER or supination against gravity.
            97112 — 20 min — individual (OT + child), grandmother watching.
            Side-lying reach for a suspended toy with ER facilitation (tapping over infraspinatus), supported prone-on-elbows weight bearing through R, sticker-peel supination game with forearm guiding.
            Active Movement Scale: shoulder ER 2/7 → 3/7, supination 2/7; R hand-to-mouth 4 of 6 tries.
            """,
            ["P14.0"], [OT("97112", 20)], []),

        // OT 97110: RA swan-neck deformities with their angles are the impairment; PIP flexion initiation in ring splints, FDS isolation, tendon glides, putty with reps: passes.
        ["v4-h14-ra-swan-neck-97110"] = new(
            """
            OT hand — RA, R ring/small swan-neck deformities (PIP hyperextension 20°, DIP flexed 30°), silver ring splints worn
            97110 — 14 min: PIP flexion initiation with the splints on 3 x 10; FDS isolation 2 x 10; hook / straight-fist tendon glides 10 each; light putty roll 2 x 10.
            """,
            ["M06.041", "M20.031"], [OT("97110", 14)], []),

        // 97112 whose only target is the patient's goal (walk onto the Bainbridge ferry car deck without the rail): no neuromuscular deficit or system is named; tilt-board, rocking-platform step-ons, compliant-mat head turns; 1:1; seconds and k of 10 present.
        ["v4-h14-ferry-goal-only-97112"] = new(
            """
            NMR 97112 — 24 min — 1:1
            Pt's goal: walk onto the Bainbridge ferry car deck without holding the rail when the boat moves.
            Tilt-board stance with unpredictable A/P and M/L rocking; stepping up onto a rocking platform; walking on a compliant mat with head turns toward called colours.
            Tilt-board stance without hand support 35 s (10 s at IE); step-ons without the rail 8 of 10.
            """,
            ["Z91.81", "R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // OT 97530 work simulation (pipe-tree wrench torque, overhead bolt threading, toolbox carry, kneel ↔ stand) with loads, counts and SBA — but no job goal, impairment or body region is written: deficit missing.
        ["v4-h14-work-simulation-no-target-97530"] = new(
            """
            OT 97530 — 20 min (BTE down for service)
            Pipe-tree wrench torque simulation 3 x 10, overhead bolt threading at eye level 2 x 8, carrying a 20-lb toolbox 4 x 40 ft, kneel ↔ stand at a low valve x6; SBA.
            """,
            ["M25.641"], [OT("97530", 20)], [At(Deficit, "97530")]),

        // 97116: "R knee gives way at loading response — femoral nerve palsy after anterior THA (quad 2/5, absent patellar reflex)" is the gait impairment; knee-extension-assist brace with RW on level, ramp and curb, SBA; give-way k of 20 and 10MWT: passes.
        ["v4-h14-femoral-palsy-give-way-97116"] = new(
            """
            GT 97116 — 18 min
            R knee gives way at loading response — femoral nerve palsy after anterior THA (R quad 2/5, absent patellar reflex); hyperextends to lock the knee on level ground.
            Gait with a R knee-extension-assist brace + RW on level, ramp and curb: 3 x 100 ft, curb x4; SBA; cues for heel-first contact and a short stride on the ramp.
            Knee give-way 0 of 20 steps with the brace (3 of 20 without); 10MWT 0.71 m/s with the brace.
            """,
            ["G57.21", "Z96.641"], [PT("97116", 18)], []),

        // OT 97112: misreaching under visual guidance in the peripheral field after parieto-occipital infarcts (optic ataxia) is the visuomotor deficit; anchored reach-to-grasp, graded targets, slowed reach on a light board; "1:1 OT/client"; error and k-of-10 counts: passes.
        ["v4-h14-optic-ataxia-ot-97112"] = new(
            """
            OT 97112 — 22 min — 1:1 OT/client
            Bilateral parieto-occipital infarcts: misreaches under visual guidance — her hand lands 3–5 cm off target in the peripheral field (optic ataxia), better when she touches the table edge first.
            Tx: reach-to-grasp to targets from the central → peripheral field with tactile anchoring, graded target size (5 cm → 2 cm blocks), slowed reach with visual feedback on a light board.
            Reach-to-target errors 5/20 (11/20 at IE); grasped the 2 cm block on the first attempt 7 of 10.
            """,
            ["I69.398"], [OT("97112", 22)], []),

        // 97110: hypermobile EDS (Beighton 7/9) with R anterior apprehension, sulcus sign and overhead subluxation is the shoulder impairment; cuff isometrics, wall-ball shifts, prone T/Y, Bodyblade with holds/sets: passes.
        ["v4-h14-heds-shoulder-instability-97110"] = new(
            """
            97110 — 20 min
            Hypermobile EDS (Beighton 7/9); R shoulder anterior apprehension +, sulcus sign 2 cm; subluxes reaching overhead into the kitchen cupboards.
            Rotator-cuff co-contraction: ER/IR isometrics at 30° abduction 5 x 10 s; closed-chain weight shifts on a wall ball 3 x 20; prone T/Y without weight 2 x 10; Bodyblade short arc 3 x 20 s.
            """,
            ["Q79.62", "M25.311"], [PT("97110", 20)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Concussion clinic: the Developmental Eye Movement test (horizontal time, errors, ratio) and EC tandem seconds are the measures; saccade ladders in tandem, card reading with head turns, reactive shuffles; saccadic and gaze-stability deficits; 1:1: passes.
        ["v5-h14-dem-test-concussion-97112"] = new(
            """
            Concussion Clinic — 97112 — 20 min — 1:1
            HS goalkeeper, sport-related concussion 3 wk ago.
            Tx: near/far saccade ladders in tandem stance; reading letter cards at arm's length during head turns; reactive lateral shuffles to a hand signal with a catch.
            Impairments: slowed, inaccurate saccades + gaze instability with head motion; ↑ sway in tandem.
            DEM (Developmental Eye Movement) horizontal time 41 s, 3 errors (ratio 1.32); tandem stance EC on firm 11 s (4 s at IE).
            """,
            ["S06.0X0D", "F07.81"], [PT("97112", 20)], []),

        // Hand OT 97530 after median nerve repair: the Moberg pick-up test (EO/EC seconds) is the measure; vision-occluded retrieval, buttoning scrubs, prep packets and flush caps; a nurse's work goal: passes.
        ["v5-h14-moberg-pickup-97530"] = new(
            """
            Hand OT — 97530 — 20 min — R median nerve repair at the wrist (5 mo); RN on a med-surg floor
            Goal: button her scrubs and open alcohol-prep packets and IV caps at work without looking.
            Tasks: retrieving paper clips, coins and keys from a tray into a cup with vision occluded; buttoning small buttons on a scrub top in her lap; tearing prep packets and twisting caps off saline flushes.
            Moberg pick-up test R: eyes open 21 s, eyes closed 58 s (> 90 s EC at IE).
            """,
            ["S64.11XD"], [OT("97530", 20)], []),

        // Hand clinic 97140: volumetry in mL (L vs R, against last week) with retrograde and lymphatic massage in bouts and scar mobilization; dorsal edema and scar adherence after Colles' ORIF: passes.
        ["v5-h14-volumeter-ml-97140"] = new(
            """
            Hand clinic — L Colles' fx, ORIF 5 wk
            97140 — 10 min: retrograde edema massage L hand/forearm distal → proximal, 3 bouts; light lymphatic strokes axilla → elbow first; scar mobilization along the volar incision.
            Dorsal hand edema + volar scar adherence limiting composite fist.
            Volumeter L 448 mL / R 402 mL (471 mL last wk).
            """,
            ["S52.532D", "R60.0"], [OT("97140", 10)], []),

        // 97116 for a TF amputee: the L Test of Functional Mobility (seconds) and % BW on the prosthesis; crutch → no AD on level, ramp, cone turns, CGA → SBA; short sound-side step and abducted prosthetic swing: passes.
        ["v5-h14-l-test-tf-amputee-97116"] = new(
            """
            GT 97116 — 22 min — L TF amputee, new socket 3 wk
            Prosthetic gait with 1 forearm crutch → no AD on level: 4 x 100 ft; ramp x4; turns around cones in both directions; CGA → SBA.
            Short R step and prolonged R stance (not trusting the L prosthesis), abducted L limb in swing.
            L Test of Functional Mobility 41.5 s (52.0 s at delivery); WB on the L prosthesis 42% BW on the scale.
            """,
            ["Z89.612"], [PT("97116", 22)], []),

        // 97110 after a Latarjet: the Upper Quarter Y-Balance composite (% of limb length, R vs L) is the measure beside loads and sets; posterior cuff and scapular stabilizer weakness: passes.
        ["v5-h14-upper-quarter-y-balance-97110"] = new(
            """
            97110 — 18 min — R shoulder, Latarjet 14 wk; volleyball setter
            Half-kneel band ER at 90/90 3 x 12 (blue), push-up plus wall → incline 3 x 10, prone Y/T 2 lb 3 x 10, Turkish get-up to elbow 8 kg 2 x 5.
            Weak R posterior cuff and serratus/lower trap (ER 4-/5) — shoulder drifts forward in the set position.
            Upper Quarter Y-Balance composite R 79% / L 88% of limb length.
            """,
            ["M24.411"], [PT("97110", 18)], []),

        // Paediatric 97112: the Pediatric Reach Test (cm in three directions, against IE) and SLS seconds; wobble board, kneel-walking on a crash pad, SLS bubble popping; anticipatory control and weight shift in hemiplegic CP; one-on-one: passes.
        ["v5-h14-pediatric-reach-test-97112"] = new(
            """
            Peds PT — 97112 — 20 min — seen one-on-one
            6 yo, L spastic hemiplegic CP: ↓ anticipatory postural control, limited weight shift onto L.
            Standing on a wobble board placing magnets on the wall, kneel-walking across a crash pad carrying a ball, L single-leg stance while popping bubbles.
            Pediatric Reach Test: fwd 17 cm, L lat 6 cm, R lat 11 cm (fwd 12 cm at IE); L SLS 4 s.
            """,
            ["G80.2"], [PT("97112", 20)], []),

        // The only numbers are the date, the temperature ("46°F and steady rain") and a bus route, and the progress is the patient's words: no objective measure; folded-mat stagger stance, compliant-beam side-steps, turns on command; neuropathic plantar sensory loss; one-on-one present.
        ["v5-h14-weather-and-bus-no-measure"] = new(
            """
            Cascade PT — Olympia
            DOS 03/04: 46°F and steady rain; pt rode the #41 bus in.
            97112 NMR 23 min — one-on-one w/ PT
            Stagger stance on a folded gym mat with ball passes; side-stepping along a compliant beam; turning on command while walking the hallway.
            Diabetic neuropathy: ↓ plantar sensation → over-relies on vision, unsteady on the uneven ground at her bus stop.
            Felt "more secure" on the mat by the end.
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // 97110 whose only "measures" are a screen "ROM WFL, strength WFL" and whose exercises have no sets, reps or load: no parameter or number; exercises named and R patellofemoral pain on stairs stated.
        ["v5-h14-wfl-screen-no-number-97110"] = new(
            """
            97110 — 15 min
            R knee screen today: ROM WFL, strength WFL.
            Exercises: quad sets, short-arc quads, straight-leg raises, wall squats, forward step-ups — form reviewed for the HEP.
            For R anterior knee pain on stairs (PFPS).
            """,
            ["M22.2X1"], [PT("97110", 15)], [At(Measure, "97110")]),

        // OT 97112: the Frenchay Arm Test and forward reach cm are the measures; forearm weight bearing, graded-speed reach with elbow extension, triceps tapping; elbow flexor spasticity and triceps recruitment after stroke; 1:1: passes.
        ["v5-h14-frenchay-arm-test-ot-97112"] = new(
            """
            OT Neuro — 97112 — 25 min — 1:1
            R elbow flexor spasticity + ↓ triceps recruitment limiting forward reach (L MCA stroke, 4 mo).
            Tx: slow sustained R forearm weight bearing on a foam wedge, then reach-to-target with elbow extension at graded speeds; tapping over triceps for reciprocal activation.
            Frenchay Arm Test 2/5 (0/5 at IE); forward reach to target 28 cm (19 cm at IE).
            """,
            ["I69.351"], [OT("97112", 25)], []),

        // 97116: instrumented-walkway numbers (velocity cm/s, step-length asymmetry ratio) and the Functional Ambulation Category are the measures; step-length targets, metronome, obstacle crossing, distances, SBA; short non-paretic step from limited paretic stance: passes.
        ["v5-h14-walkway-and-fac-97116"] = new(
            """
            GT 97116 — 20 min
            L hemiparetic gait: short R step from limited L stance, L toe drag in late swing.
            Overground training with floor targets for a longer R step, metronome at preferred cadence +10%, obstacle crossing leading with the L, 4 x 40 m; SBA.
            Zeno walkway: velocity 64 cm/s (52 at IE); step-length asymmetry ratio 1.31 (1.48 at IE). FAC 4.
            """,
            ["I69.354"], [PT("97116", 20)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Epic charge lines in charge-master wording: "EA 15 MIN" is the unit's definition, not a time; each line's own minutes (23, 15) match; NMR direct 1:1 (mirror weight shift, step-ups with foot taps, pelvic pushes; R LE weight acceptance and reactive stepping; Mini-BESTest) and TE (doses; hip/knee extensor weakness): passes.
        ["v6-h14-charge-master-ea-15-min"] = new(
            """
            Charges (Epic)
              HB PT NEUROMUSCULAR REEDUCATION EA 15 MIN [97112]    Qty 2    23 min
              HB PT THERAPEUTIC EXERCISE EA 15 MIN [97110]         Qty 1    15 min
            NMR (direct 1:1): weight shift onto R with mirror feedback, step-ups with L foot taps to targets, manual pelvic pushes in stride stance — for ↓ R LE weight acceptance + slowed reactive stepping after a L pontine stroke. Mini-BESTest 17/28 (12/28 at IE).
            TE: sit-to-stand from 18" 3 x 10, bridges 2 x 15, sidelying R hip abd 2 x 12 — R hip/knee extensor weakness 4-/5.
            """,
            ["I69.351"], [PT("97112", 23), PT("97110", 15)], []),

        // Home-grown "0 hr 25 min" / "0 hr 15 min" fields give each code its minutes (both match); crate lifts/carries/box steps with loads, SBA and a crab-pot goal after fusion; trunk exercises with doses and endurance deficit: passes.
        ["v6-h14-zero-hr-minutes-fields"] = new(
            """
            Procedure Minutes
              97530 TherAct ....... 0 hr 25 min
              97110 TherEx ........ 0 hr 15 min
            TherAct: floor-to-waist lift of a weighted crate 10 → 20 lb with a hip hinge 3 x 5; carry the crate 40 ft over the clinic ramp x4; step up/down an 8" box holding the crate 2 x 8; SBA. Goal: haul his crab pots off the dock again (L4–5 fusion, 4 mo).
            TherEx: hip hinge with dowel 2 x 10, bird dog 3 x 10, side plank 3 x 20 s, Pallof press green band 3 x 10 — trunk extensor/oblique endurance deficit.
            """,
            ["Z98.1", "M54.50"], [PT("97530", 25), PT("97110", 15)], []),

        // One timed code: "Spent a quarter hour on gait" is 15 minutes and the PTA line bills 15; RW → SPC on hallway and wet bark-chip path, distances, SBA; short L step and R Trendelenburg after THA: passes.
        ["v6-h14-quarter-hour-gait-pta"] = new(
            """
            PTA note — Gresham clinic
            Spent a quarter hour on gait: hallway, then the clinic's outdoor path (wet bark chips + concrete), RW → SPC, 2 x 200 ft + 1 x 120 ft, SBA; cues for R heel strike and a longer L step.
            R THA 7 wk: short L step, R Trendelenburg lurch without a device.
            """,
            ["Z96.641"], [PTA("97116", 15)], []),

        // Hand clinic: timed 97760 (no documentation profile) "— 10 min" and 97110 "— 15 min" each have their minutes (both match); thenar isometrics, palmar abduction, web-space stretch, putty pinch with doses; thumb abduction limit and pinch kg: passes.
        ["v6-h14-orthotic-97760-beside-97110"] = new(
            """
            Hand clinic — L thumb CMC arthroplasty (LRTI), wk 8
            97760 Orthotic mgmt — 10 min: hand-based thumb spica fabricated (thermoplastic), trimmed for IP clearance; wear schedule reviewed.
            97110 Ther ex — 15 min: thenar isometrics 10 x 5 s, CMC palmar abduction AROM 2 x 10, web-space stretch 3 x 30 s, soft-putty key pinch 2 x 10.
            ↓ L thumb palmar abduction (38°) + pinch weakness (lateral pinch 2.5 kg).
            """,
            ["M18.12"], [OT("97760", 10), OT("97110", 15)], []),

        // Flowsheet "Gait Training Minutes 20" against a 12-min 97116 line: mismatch; "Therapeutic Exercise Minutes 15" matches; SPC gait with stairs and SBA after TKA, exercises with doses and quad lag: both complete.
        ["v6-h14-flowsheet-gait-minutes-mismatch"] = new(
            """
            Treatment Minutes
              Gait Training Minutes ............ 20
              Therapeutic Exercise Minutes ..... 15
            GT: SPC, 3 x 150 ft incl. 1 flight (12 steps) step-over-step with rail; SBA; L antalgic gait with short L stance after L TKA.
            TE: LAQ 3# 3 x 12, heel slides 2 x 15, TKE band 3 x 15, step-ups 6" 2 x 10 — L quad weakness, extensor lag 5°.
            """,
            ["Z96.652"], [PT("97116", 12), PT("97110", 15)], [At(Mismatch, "97116")]),

        // Athena "Procedure: Therapeutic activities (97530) / Time-based: 40 minutes direct" against a 30-min OT line: mismatch; meal-prep tasks with SBA and rests; cooking goal with MS fatigue and hand weakness: otherwise complete.
        ["v6-h14-athena-time-based-mismatch-ot"] = new(
            """
            Procedure: Therapeutic activities (97530)
            Time-based: 40 minutes direct
            Activities: meal prep — chopping vegetables with a rocker knife, carrying a pot two-handed 10 ft, unloading the dishwasher to an upper shelf; SBA, 2 seated rests.
            Goal: cook dinner for her kids again (MS: fatigue + L hand weakness).
            """,
            ["R53.83", "M62.81"], [OT("97530", 30)], [At(Mismatch, "97530")]),

        // NMR and TE "interleaved across 3 circuit rounds … timed total 38 min": one time for two codes, separate time missing (no mismatch — the 38 is neither's); NMR (1:1, stations, strategies/reactive stepping, Berg) and TE (machines with loads; hip abductor/plantarflexor weakness) complete.
        ["v6-h14-interleaved-circuit-total"] = new(
            """
            NMR + TE interleaved across 3 circuit rounds (stations alternated); timed total 38 min, PT 1:1 throughout.
            NMR stations: step-overs onto Airex with head turns; perturbations in stride stance; SLS with clock reaches.
            TE stations: leg press 50 lb 3 x 10; hip abduction machine 30 lb 3 x 12; heel raises 3 x 15.
            Targets: ↓ ankle/hip strategy + slow reactive stepping (NMR); B hip abductor + plantarflexor weakness 4-/5 (TE). Berg 45/56.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // "8-min rule: 37 timed min → 2 units (1 NMR / 1 GT)" is a units calculation: no minutes for either code (the "8-min" is the rule's name, the 37 a total), separate time missing; NMR (1:1, foam beam, hurdles with pushes, EC marching; proprioception/hip strategy; SLS seconds) and GT (distances, SBA, short stance) complete.
        ["v6-h14-eight-minute-rule-units-only"] = new(
            """
            NMR (1:1): tandem on a foam beam, hurdle step-overs with pelvic pushes, EC marching on Airex; L ankle proprioception + slowed hip strategy after L tib plateau ORIF; foam SLS L 9 s.
            GT: SPC → no device on level and grass, 3 x 150 ft, SBA; short L stance, ↓ L knee flexion in swing.
            8-min rule: 37 timed min → 2 units (1 NMR / 1 GT).
            """,
            ["S82.142D"], [PT("97112", 22), PT("97116", 15)], [SepTime]),

        // Unit-less numbers after each service ("Neuro re-ed — 25", "Gait — 13") with the legend "(numbers = minutes)" below: both codes' minutes, both match; NMR one-on-one (metronome stepping, quick stops, turning box; PD freezing; k of 10) and gait (treadmill with laser cue, distances, SBA; step length): passes.
        ["v6-h14-minutes-by-legend"] = new(
            """
            Today's timed services
              • Neuro re-ed — 25
              • Gait — 13
              (numbers = minutes)
            Neuro re-ed (one-on-one): stepping to floor targets with a metronome, quick stop/start on cue, turning within a taped box; freezing at turns + short shuffling steps (PD). Freezes in the turning box 2/10 (6/10 at IE).
            Gait: treadmill 1.2 → 1.5 mph with rails and a laser-line cue, then overground 2 x 200 ft; SBA; ↑ step length with the cue. Step length 52 cm (41 cm at IE).
            """,
            ["G20.A1"], [PT("97112", 25), PT("97116", 13)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a hand-clinic visit with a COTA's 97110 and an OT's 97140: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h14-empty-hand-cota-and-ot"] = new(
            "",
            ["M18.11"], [OTA("97110", 15), OT("97140", 8)], [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // Spaces and line feeds only: empty; 97116 beside a timed 97750 (no documentation profile): missing on 97116 only, no separate-time finding.
        ["v7-h14-whitespace-gait-and-97750"] = new(
            " \n  \n",
            ["Z96.651"], [PT("97116", 15), PT("97750", 20)], [At(NoteMissing, "97116")]),

        // CR/LF and a tab only with no diagnosis sent: missing on the OT's 97530 and the diagnosis check.
        ["v7-h14-crlf-tab-ot-no-dx"] = new(
            "\r\n\t\r\n",
            [], [OT("97530", 25)], [At(NoteMissing, "97530"), Dx]),

        // 97116 whose only target is a functional goal (walk down the ferry-terminal gangway at low tide), which the contract counts; steep-ramp practice with SPC and rail, sidewalk distances, SBA → mod I: passes.
        ["v7-h14-97116-gangway-goal-only"] = new(
            """
            GT 97116 — 20 min: ramp practice on the steep loading ramp behind the clinic, up/down x6 with SPC + rail, then 2 x 150 ft on the sidewalk; SBA → mod I on the last 2 descents.
            Goal: walk down the ferry-terminal gangway at low tide to visit her son on Vashon.
            """,
            ["M17.0", "R26.89"], [PT("97116", 20)], []),

        // 97530 "Functional training completed per plan. Pt engaged and participated throughout, tolerated without incident. Will progress as appropriate.": no task, goal or number — generic only (23 matches).
        ["v7-h14-97530-generic-only"] = new(
            "TherAct 97530 x 23 min. Functional training completed per plan. Pt engaged and participated throughout, tolerated without incident. Will progress as appropriate.",
            ["M62.81"], [PT("97530", 23)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // OT 97140: scar mobilization in bouts and capitate glides with grade and bouts (its parameters), over the volar incision for scar adherence limiting wrist extension; no outcome number needed: passes.
        ["v7-h14-97140-bouts-and-grades-only"] = new(
            "97140 — 9 min: scar mobilization over the volar distal radius incision, circular and cross-friction, 3 x 60 s bouts; capitate dorsal glides gr II–III 3 x 30 s; "
            + "for volar scar adherence limiting wrist extension (volar plate ORIF, 7 wk).",
            ["S52.571D"], [OT("97140", 9)], []),

        // 97110 with exercises, loads, sets and distances (Pallof press, suitcase carry, goblet squat, half-kneel chop) but no body region, impairment or functional goal: deficit missing.
        ["v7-h14-97110-doses-no-target"] = new(
            "97110 18 min: Pallof press 3 x 10 green band, suitcase carry 25 lb 4 x 60 ft, goblet squat 15 lb 3 x 10, half-kneel cable chop 2 x 12.",
            ["M54.50"], [PT("97110", 18)], [At(Deficit, "97110")]),

        // Epic encounter header plus "Patient seen for scheduled PT visit. See flowsheets for interventions. Will continue per plan of care." with no flowsheet attached: generic only on both codes, no one-on-one, no minutes for either.
        ["v7-h14-epic-header-see-flowsheets"] = new(
            """
            Encounter Date: 3/4/2026
            Department: UMC OUTPT REHAB 4 WEST
            Visit Type: PT TREATMENT
            Patient seen for scheduled PT visit. See flowsheets for interventions. Will continue per plan of care.
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // 97116 whose only measure is the assistance level ("minimal assist → contact guard", no distance or other number), which the contract counts; FWW hallway training with cues; flexed shuffling gait after an ICU stay: passes.
        ["v7-h14-97116-assist-level-only"] = new(
            "Gait training 97116 15 min: FWW in the therapy hallway with cues for an upright trunk and keeping the walker close, minimal assist → contact guard; "
            + "flexed, shuffling gait after a 2-wk ICU stay.",
            ["R26.89", "M62.81"], [PT("97116", 15)], []),

        // ---------------------------------------------------------------- ordinary notes

        // Epic orthopaedic resident note with an attending attestation: "Timed Charges" TE 23 and MT 10 (both match); exercises with doses, patellar/tibiofemoral mobs with grade and bouts, STM; knee flexion, quad HHD % and patellar hypomobility after patellar tendon repair: passes.
        ["vord-h14-epic-resident-patellar-tendon-te-mt"] = new(
            """
            UMC Sports & Orthopaedics PT — Orthopaedic Resident Daily Note
            R patellar tendon repair, wk 11; hinged brace unlocked 0–90° for stairs only.
            Timed Charges
              Therapeutic Exercise (97110) ........ 23 min
              Manual Therapy (97140) .............. 10 min
            TE: SLR without lag 3 x 10; TKE with band 3 x 15; leg press 0–60° 40 lb 3 x 12; forward step-ups 4" 2 x 10; heel slides with strap 2 x 15.
            MT: superior/inferior patellar mobs gr II–III 3 x 30 s; tibiofemoral posterior glides gr III 3 x 30 s; STM to the distal quad / suprapatellar pouch.
            Impairments: R knee flexion 98°, quad weakness (HHD 62% of L), patellar hypomobility.
            Attending attestation: I was present for the session and agree with the resident's findings and plan.
            """,
            ["S76.111D"], [PT("97110", 23), PT("97140", 10)], []),

        // Neuro fellowship note: "97112 NMR 23 min | 97116 GT 15 min | timed total 38" (both match, the total neither's); NMR "seen one-on-one by the fellow" (pelvic pushes, step-ups with foot taps, banded lateral walking; L stance stability and hip abductor recruitment; Mini-BESTest, 10MWT) and GT (AFO + SBQC, distances, stairs, CGA, toe catches): passes.
        ["vord-h14-neuro-fellow-nmr-gt"] = new(
            """
            Neurologic PT Fellowship — fellow note (co-signed)
            Timed: 97112 NMR 23 min | 97116 GT 15 min | timed total 38
            NMR — seen one-on-one by the fellow: split-stance pelvic pushes, L step-ups with R foot taps to 6" targets, lateral walking with a band at the thighs for pelvic control.
              L hemiparesis: ↓ L stance stability, delayed L hip abductor recruitment.
              Mini-BESTest 16/28; 10MWT 0.61 m/s.
            GT — L AFO + SBQC, 3 x 120 ft, then 8 stairs step-to with the R rail; CGA; cues for L knee flexion in swing; L toe catch x2 on the stairs.
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], []),

        // Vestibular clinic: Yacovino deep head-hanging manoeuvre under 95992 (untimed, no profile) beside one timed 97112 (15, 1:1): pitch-plane habituation, foam pitch movements, up/down head-turn walking; residual pitch-plane imbalance; FGA: passes.
        ["vord-h14-vestibular-yacovino-95992-nmr"] = new(
            """
            Vestibular Clinic — PT
            95992 CRP: L anterior-canal BPPV (down-beating torsional nystagmus in deep head-hang, ~15 s). Yacovino deep head-hanging maneuver x2.
            97112 — 15 min — 1:1: post-CRP head-pitch habituation standing EO → EC on firm, feet together on foam with pitch head movements, walking with up/down head turns 4 x 20 m.
            Residual pitch-plane motion-provoked imbalance (↑ sway, slows on head turns).
            Deep head-hang post: no nystagmus; FGA 24/30 (19/30 at IE).
            """,
            ["H81.12"], [PT("95992", 10), PT("97112", 15)], []),

        // Athena "Procedures" free text: 97110 20 minutes and 97140 10 minutes (both match); press-ups, hip hinge, side plank, carries with doses for a deckhand's flexion intolerance; PA and rotational mobs with grade, STM; fingertip-to-floor cm: passes.
        ["vord-h14-athena-deckhand-te-mt"] = new(
            """
            Interval: Back better; worked two full shifts on the car deck this week (ferry deckhand).
            Procedures
              97110 Therapeutic exercise — 20 minutes: prone press-ups 2 x 10, hip hinge with dowel 3 x 10, side plank on knees 3 x 20 s, farmer carry 25 lb each hand 4 x 60 ft. For L lumbar flexion intolerance + trunk endurance deficit limiting chain-and-chock lifting.
              97140 Manual therapy — 10 minutes: L4–5 central PAs gr III 3 x 30 s, L sidelying rotational mob gr IV, STM to the L lumbar paraspinals.
            Fingertip-to-floor 22 cm (35 cm at IE).
            """,
            ["M54.50", "M99.03"], [PT("97110", 20), PT("97140", 10)], []),

        // PTA daily note, Bend: TE 97110 15 and GT 97116 12 (both match); hip exercises with doses; SPC on gravel and lawn with distances, curbs, SBA; R hip OA abductor weakness and Trendelenburg: passes.
        ["vord-h14-pta-bend-hip-oa-te-gt"] = new(
            """
            PTA Daily Note — Bend clinic
            TE 97110 15 min: standing hip abd 3# 3 x 12, bridges 3 x 15, sit-to-stand from 17" 3 x 10, rail-supported mini-lunges 2 x 8.
            GT 97116 12 min: SPC in the L hand on gravel and lawn outside the clinic, 2 x 200 ft, curb up/down x4, SBA; cues to advance the cane with the R foot.
            R hip OA: R hip abductor weakness 4-/5, R Trendelenburg, short L step.
            """,
            ["M16.11"], [PTA("97110", 15), PTA("97116", 12)], []),

        // Tacoma clinic, RCR wk 12: MT (97140) 12 and TE (97110) 18 (both match); posterior/inferior glides with grade and bouts, STM; ER/rows/scaption/wall slides with loads; posterior capsule and cuff weakness with a kayak-rack goal; AROM: passes.
        ["vord-h14-tacoma-rcr-mt-te"] = new(
            """
            Cascade PT Tacoma — R RCR (supraspinatus) wk 12
            MT (97140) 12 min — posterior GH glides gr III 3 x 30 s, inferior glides at 90° abd gr III, STM infraspinatus/teres minor
            TE (97110) 18 min — sidelying ER 2# 3 x 12, prone rows 3# 3 x 12, scaption to 90° 1# 2 x 10, wall slides with towel 2 x 10
            R posterior capsule tightness + cuff weakness; can't lift the kayak onto the roof rack yet
            AROM flexion 142°; IR behind back to L1 (sacrum at IE)
            """,
            ["S46.011D"], [PT("97140", 12), PT("97110", 18)], []),

        // Hand therapy OT, thumb UCL repair wk 8: 97110 12 (MCP AROM, IP blocking, opposition, putty pinch) and 97140 8 (scar massage in bouts, MCP glides with grade/bouts), both match; MCP stiffness and pinch kg: passes.
        ["vord-h14-hand-thumb-ucl-te-mt"] = new(
            """
            Hand Therapy (OT) — L thumb UCL repair, wk 8; hand-based thumb spica between exercise
            97110 — 12 min: thumb MCP AROM flex/ext 3 x 10 (no radial stress), IP blocking 2 x 10, opposition to each fingertip x10, light lateral pinch on yellow putty 2 x 10
            97140 — 8 min: scar massage over the dorsoulnar MCP incision 3 x 60 s; MCP volar/dorsal glides gr I–II 3 x 30 s
            L thumb MCP stiffness (flexion 30° vs R 55°) + pinch weakness; tip pinch L 2.5 kg / R 6 kg.
            """,
            ["S63.642D"], [OT("97110", 12), OT("97140", 8)], []),

        // COTA note co-signed by the OTR: boutonnière wk 7, PIP flexion in the template orthosis, active PIP extension, ORL stretch, tendon glides with reps; PIP extension lag and ORL tightness: 97110 passes.
        ["vord-h14-cota-boutonniere-97110"] = new(
            """
            COTA note (co-signed OTR) — R long finger boutonnière (closed central slip injury), wk 7
            97110 — 15 min: PIP active flexion to 60° in the template orthosis 2 x 15; active PIP extension in the orthosis 2 x 15; DIP flexion with the PIP held straight (ORL stretch) 2 x 10; tendon glides 10 each.
            PIP extension lag 15° + oblique retinacular ligament tightness.
            """,
            ["M20.021"], [OTA("97110", 15)], []),

        // Paediatric JIA: 97110 15 (quad sets, SLR, squats, step-ups, prone stretch with doses) and 97116 15 (line and hallway walking, stairs with rail, SBA, cues), both match; knee flexion contracture and quad weakness with a flexed-knee gait: passes.
        ["vord-h14-peds-jia-te-gt"] = new(
            """
            Peds Satellite — 9 yo, JIA (R knee flare settled after an injection 3 wk ago)
            97110 — 15 min: quad sets over a towel roll 10 x 5 s, SLR 2 x 10, mini-squats to a bench 2 x 12, step-ups 6" 2 x 10, prone knee-flexion stretch 3 x 30 s.
            97116 — 15 min: heel-toe walking along a line and through the hallway 4 x 100 ft; 2 flights of stairs reciprocal with rail; SBA; cues for R heel strike and full knee extension in stance.
            R knee flexion contracture (lacks 8° extension) + quad weakness → flexed-knee gait on the R.
            """,
            ["M08.061"], [PT("97110", 15), PT("97116", 15)], []),

        // Paediatric OT 97530: self-feeding with built-up spoon, weighted cup, Dycem bowl in an adaptive chair; preschool-lunch goal; k of 10 scoops and hand-over-hand count: passes.
        ["vord-h14-peds-ot-self-feeding-97530"] = new(
            """
            Peds OT — 4 yo, spastic diplegic CP (UE involvement L > R)
            97530 — 20 min: self-feeding applesauce with a built-up spoon, drinking from a weighted two-handled cup, scooping cereal from a bowl on Dycem; seated in an adaptive chair with footrest.
            Goal: feed self at preschool lunch with set-up only.
            Spoon-to-mouth without spill 7/10 scoops (3/10 on 2/11); hand-over-hand to grade the scoop x2.
            """,
            ["G80.1"], [OT("97530", 20)], []),

        // Concussion clinic wk 6: 97112 20 "seen 1:1" (card-reading head-turn walking, X1 in SLS, EC tandem) and 97110 15 (DNF holds, prone Y/T/W, rows, thoracic extension with doses), both match; gaze instability and cervical endurance deficit; timed tandem gait and DNF hold: passes.
        ["vord-h14-concussion-nmr-te"] = new(
            """
            Concussion Clinic — wk 6
            97112 NMR — 20 min — seen 1:1: head-turn walking while reading cards 4 x 20 m, X1 in single-leg stance, EC tandem walk on a line.
            97110 TE — 15 min: DNF chin-tuck holds 10 x 10 s, prone Y/T/W 2 x 10, band rows 3 x 12, thoracic extension over a foam roll 2 x 10.
            Residual gaze instability with head motion + cervical/postural endurance deficit (neck-related headaches).
            Timed tandem gait 14.8 s (19.6 s at IE); DNF hold 24 s.
            """,
            ["S06.0X0D", "M54.2"], [PT("97112", 20), PT("97110", 15)], []),

        // Epic OT stroke note: 97530 23 (dishwasher, counter wiping, plate carry with the R hand assisting, CGA, kitchen goal) and 97110 15 (AAROM/AROM/grip exerciser with doses; R UE weakness with MMT and grip kg), both match: passes.
        ["vord-h14-ot-stroke-kitchen-ta-te"] = new(
            """
            OT — UMC Outpatient Neuro | L MCA CVA, R hemiparesis, 10 wk
            97530 — 23 min: unloading the dishwasher to cabinets with the R hand assisting, wiping the counter with the R hand weight-bearing on a towel, carrying a plate two-handed 10 ft; CGA at the counter. Goal: set the table and do light kitchen clean-up at home.
            97110 — 15 min: R shoulder flexion AAROM with dowel 2 x 10, elbow/wrist AROM 2 x 15, R grip with a soft hand exerciser 3 x 10.
            R UE weakness: shoulder flexion 3-/5, grip 6 kg.
            """,
            ["I69.351"], [OT("97530", 23), OT("97110", 15)], []),

        // Movement-disorders PD visit: NMR 25 one-on-one (cued step initiation, backward walking, quick stops, doorway half-turns) and TA 15 (bed mobility, low-sofa rises, floor-to-stand, SBA → CGA), both match; freezing and retropulsion with a floor-recovery goal; freeze counts and pull test: passes.
        ["vord-h14-pd-nmr-ta"] = new(
            """
            Movement Disorders Rehab — PD, H&Y 3
            NMR 97112, 25 min, one-on-one: step initiation with weight shift to an auditory cue, backward walking on a taped path, quick stops on command, half-turns through a doorway mock-up.
            TA 97530, 15 min: rolling and getting out of bed, rising from a low sofa x5, floor-to-stand via half-kneel with a chair x3; SBA → CGA on the floor rise.
            Freezing at thresholds + ↓ postural responses (retropulsion); goal: get up off the floor after a fall without calling the fire department.
            Doorway freezes 2/10 (6/10 at IE); pull test 2 steps.
            """,
            ["G20.A1"], [PT("97112", 25), PT("97530", 15)], []),

        // ALS clinic PT: 97110 12 (submaximal seated exercises with doses) and 97530 15 (raised-seat sit-to-stand, swivel-cushion car transfer, stairs, CGA), both match; foot drop and proximal weakness with a first-floor and car goal: passes.
        ["vord-h14-als-clinic-te-ta"] = new(
            """
            ALS Multidisciplinary Clinic — PT
            97110 — 12 min: submaximal (RPE ≤ 13) seated hip flexion/extension, LAQ 1# 2 x 10, ankle DF with yellow band 2 x 10; no exercise to fatigue.
            97530 — 15 min: sit-to-stand from a raised seat x5, car transfer with a swivel cushion x2, 4 stairs with both rails; CGA.
            L foot drop + proximal weakness (hip flexion 3+/5); goal: stay safely on the first floor and ride in the family car.
            """,
            ["G12.21"], [PT("97110", 12), PT("97530", 15)], []),

        // Cervicogenic dizziness: 97140 10 (upper cervical PAs with grade/bouts, suboccipital inhibition, thoracic PAs) and 97112 20 "PT + pt only, no overlapping appt" (torsion pursuit, laser head relocation, SLS with rotation), both match; cervical proprioception and upper cervical hypomobility; relocation error cm and flexion-rotation degrees: passes.
        ["vord-h14-cervicogenic-dizziness-mt-nmr"] = new(
            """
            97140 MT — 10 min: upper cervical (C0–1, C1–2) unilateral PAs gr III 3 x 30 s, suboccipital inhibition, T3–5 PAs gr IV.
            97112 NMR — 20 min — PT + pt only, no overlapping appt: smooth pursuit with the trunk rotated under a fixed head, head-relocation drills with a head laser, SL stance with head rotation.
            Cervicogenic dizziness with ↓ cervical proprioception; upper cervical hypomobility.
            Head-relocation error 4.2 cm at 90 cm (7.5 cm at IE); flexion-rotation test R 28° → 36°.
            """,
            ["M54.2", "M99.01"], [PT("97140", 10), PT("97112", 20)], []),

        // Port Angeles falls visit: NMR (23, one-on-one; slick-mat step-ups, pelvic tugs, compliant tandem with head turns) and TA (15; birdseed carry on steps and wet grass, feeder reach, SBA), both match; lateral stepping and ankle strategy with a deck-steps goal; Berg and k of 8: passes.
        ["vord-h14-port-angeles-mossy-deck-nmr-ta"] = new(
            """
            Cascade PT — Port Angeles | 2 falls this winter, both on her mossy back-deck steps
            NMR 97112 (23 min, one-on-one): step-ups onto a 6" step covered with a slick mat, reactive steps to lateral tugs at the pelvis, tandem on a compliant mat with head turns.
            TA 97530 (15 min): carrying a 10-lb bag of birdseed down the clinic's back steps and across wet grass, reaching up into a bird feeder at shoulder height; SBA.
            Slow lateral stepping response + ↓ ankle strategy on compliant surfaces; goal: manage the deck steps to fill her feeders.
            Berg 46/56; lateral tugs 5/8 single-step recoveries.
            """,
            ["Z91.81", "R26.81"], [PT("97112", 23), PT("97530", 15)], []),

        // PTA gait on the steep Capitol Hill sidewalk: 4WW uphill/downhill with distances, curb cuts, SBA, cues; flexed posture and short steps with a grocery-walk goal; rest count: 97116 passes (20 matches).
        ["vord-h14-pta-capitol-hill-gait"] = new(
            """
            PTA — Capitol Hill clinic — GT 97116 — 20 min
            Out on the steep sidewalk: 4WW uphill/downhill 2 x 300 ft with brake use on the descent, 3 curb cuts, SBA; cues for an upright trunk and longer steps.
            Flexed posture + short steps; fatigue on hills limits her walk to the grocery store three blocks uphill.
            Seated rests 1 (3 last wk).
            """,
            ["R26.89", "M62.81"], [PTA("97116", 20)], []),

        // COTA 97530 U-pick practice (kneeler rises, picking into a waist bucket, uneven-turf carry), SBA and k of 3; blueberry-picking goal after TKA: passes.
        ["vord-h14-cota-u-pick-blueberries-97530"] = new(
            """
            COTA — 97530 — 25 min
            U-pick practice: kneel-to-stand from a garden kneeler using its handles, picking from a low bush in the clinic planter into a bucket strapped at the waist, walking 40 ft over uneven turf with the half-full bucket.
            Goal: go blueberry picking with the grandkids in July (L TKA 10 wk, flexion 105°).
            Kneel-to-stand with the kneeler handles x5, SBA; bucket carry without LOB 3/3.
            """,
            ["Z96.652"], [OTA("97530", 25)], []),

        // Toddler with a Ponseti-treated clubfoot: walking on mat/ramp/grass, push-toy distances, noodle step-overs, stairs with one hand held; in-toeing and supinated contact; independent steps before a fall: 97116 passes.
        ["vord-h14-toddler-clubfoot-97116"] = new(
            """
            Peds — 20 mo, R clubfoot (Ponseti), boots-and-bar at night
            GT 97116 — 15 min: independent walking on mat, ramp and grass; push-toy 3 x 30 ft; stepping over a foam noodle; 4 stairs up with one hand held.
            R in-toeing + supinated foot contact, ↓ R heel strike.
            Independent steps before a fall 24 (10 last month).
            """,
            ["Q66.01"], [PT("97116", 15)], []),

        // Trail runner after trimalleolar ORIF: TE 15 (heel raises, step-downs, eversion, SL RDL with doses) and TA 15 (A-skips, rock tray, hop-downs with counts; Tiger Mountain goal), both match; plantarflexor/evertor weakness with heel-raise counts: passes.
        ["vord-h14-trail-runner-ankle-te-ta"] = new(
            """
            R trimalleolar ORIF wk 14 — trail runner
            TE 97110 15 min: SL heel raise 3 x 12, eccentric step-down 6" 3 x 10, banded eversion 3 x 15, SL RDL 2 x 10.
            TA 97530 15 min: A-skips 4 x 20 m, walking the rock tray 4 passes, hop-down from a 6" box 2 x 8. Goal: back to trail running on Tiger Mountain.
            R plantarflexor/evertor weakness: heel raises R 12 vs L 25.
            """,
            ["S82.851D"], [PT("97110", 15), PT("97530", 15)], []),

        // Road cyclist's L SIJ: MT 10 (MET with contractions, gapping mob with grade/bouts, STM) and TE 15 (dead bug, clams, SL bridge, Pallof with doses), both match; lumbopelvic control with ASLR scores: passes.
        ["vord-h14-cyclist-sij-mt-te"] = new(
            """
            97140 MT 10 min: L SIJ MET (posterior innominate correction) 3 x 5 s contractions x3; L SIJ gapping mob gr III 3 x 30 s; STM L glute max/piriformis.
            97110 TE 15 min: dead bug 3 x 10, sidelying clam with band 3 x 15, single-leg bridge 3 x 8, Pallof press 3 x 10.
            L SIJ pain with ↓ lumbopelvic control in a road cyclist; ASLR L 3/5 → 1/5 with a compression belt.
            """,
            ["M53.3", "M54.50"], [PT("97140", 10), PT("97110", 15)], []),

        // Smart phrase with nothing else ("… seen today for therapeutic exercise and neuromuscular re-education per POC … tolerated treatment … Continue current plan of care") and each code's minutes (match): generic only on both codes, and no one-on-one for 97112.
        ["vord-h14-smart-phrase-generic-two-codes"] = new(
            "@FNAME@ was seen today for therapeutic exercise and neuromuscular re-education per POC. Pt participated well and tolerated treatment without adverse reaction. "
            + "TE 15 min, NMR 23 min. Continue current plan of care.",
            ["M62.81", "R26.81"], [PT("97110", 15), PT("97112", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Complete 97530 (lifted-pickup entry with grab handle, loading a dog-food bag, SBA; trailhead goal after TKA with flexion degrees) sent with no diagnosis.
        ["vord-h14-pickup-truck-97530-no-dx"] = new(
            """
            97530 — 22 min: climbing into a lifted pickup using the grab handle and running board x5, loading a 20-lb bag of dog food into the bed 3 x 3; SBA.
            Goal: drive to the trailhead and load his own gear (R TKA 9 wk, knee flexion 112°).
            """,
            [], [PT("97530", 22)], [Dx]),

        // Complete 97112 (1:1; rocker board EC, hurdles, foam reaching; ankle strategy and plantar sensory loss; foam EC seconds) whose diagnosis field holds the words "see referral": not an ICD-10-CM code.
        ["vord-h14-nmr-dx-see-referral"] = new(
            "NMR 97112 — 20 min — 1:1: rocker board A/P with EC, side-stepping over 4\" hurdles, reaching to cones on foam; ↓ ankle strategy + plantar sensory loss (neuropathy). "
            + "Foam EC stance 8 s (3 s at IE).",
            ["see referral"], [PT("97112", 20)], [Dx]),

        // Epic "Timed Code Minutes: 97112 — 25 | 97110 — 15" (both match), NMR and TE complete (rhythmic stabilization, hurdles with pushes, foam SLS; proprioception and hip strategy after ORIF; SLS seconds / loads and quad weakness) — but nothing says one-on-one.
        ["vord-h14-epic-nmr-te-no-one-on-one"] = new(
            """
            Timed Code Minutes: 97112 — 25 | 97110 — 15
            NMR: quadruped → tall-kneel rhythmic stabilization, stepping over 2 hurdles with pelvic pushes, SLS on foam with ball toss. R LE proprioceptive loss + delayed hip strategy (R tibial plateau ORIF). SLS foam R 7 s (3 s at IE).
            TE: leg press 60 lb 3 x 10, TKE band 3 x 15, heel raises 3 x 15; R quad weakness 4-/5.
            """,
            ["S82.141D"], [PT("97112", 25), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // Athena "97110 Therapeutic exercise (25 minutes)" against an 18-min line: mismatch; "97140 Manual therapy (8 minutes)" matches; scapular exercises with loads for dyskinesis and lower-trap weakness, glides with grade/bouts; flexion degrees: otherwise complete.
        ["vord-h14-athena-te-minutes-mismatch"] = new(
            """
            Procedures: 97110 Therapeutic exercise (25 minutes); 97140 Manual therapy (8 minutes)
            TE: prone Y/T 2 lb 3 x 10, band ER/IR 3 x 15, serratus punch 3# 3 x 12, wall angels 2 x 10 — R scapular dyskinesis with lower trap weakness 4-/5.
            MT: posterior GH glides gr III 3 x 30 s, pec minor STM.
            R shoulder flexion 150° (138° at IE).
            """,
            ["M75.41"], [PT("97110", 18), PT("97140", 8)], [At(Mismatch, "97110")]),

        // OT "treatment time 40 min (ther act + ther ex)" and no minutes by code: separate time missing (no mismatch — the total is neither's); stovetop pasta prep with CGA → SBA and a cooking goal; AAROM/digits/putty with doses and grip kg: both complete.
        ["vord-h14-ot-total-only-ta-te"] = new(
            """
            OT — treatment time 40 min (ther act + ther ex)
            Ther act: stovetop pasta prep standing with the rollator tray, draining a half-full pot at the sink, wiping the counter; CGA → SBA. Goal: cook her own dinners (L hemiparesis).
            Ther ex: L shoulder AAROM table slides 2 x 15, digit AROM 2 x 10, putty squeeze 2 x 15; L grip 9 kg.
            """,
            ["I69.354"], [OT("97530", 25), OT("97110", 15)], [SepTime]),

        // PTA 97116 with the RW "from the gym to the front lobby and back", cues, a rest on the bench, shuffling flexed gait — but no distance, assistance level or other number: no measure.
        ["vord-h14-pta-gait-lobby-no-number"] = new(
            "GT 97116 — 15 min: walked with the RW from the gym to the front lobby and back, cues for step length and upright posture; rested on the lobby bench before returning. "
            + "Shuffling gait with a forward-flexed trunk.",
            ["R26.89"], [PTA("97116", 15)], [At(Measure, "97116")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
