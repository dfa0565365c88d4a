using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-sixty-first held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read for
/// their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's output on
/// these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-second session, blind beside the hundred-and-fifty-ninth) is intensive and
/// twice-daily programmes — a concussion and vestibular intensive week, a constraint-induced movement therapy day camp, a
/// Parkinson's boot camp, a post-stroke intensive and an amputee gait intensive — where a patient is seen in an AM and a PM
/// session on one date, each session its own visit and its own note (the row's code and minutes are that session's only):
/// notes that recap the other session of the day, name the day's total in hours, the week's schedule or the programme's
/// hours (none of them the billed minutes), staff who rotate between the sessions, group warm-ups, snack breaks and rest
/// breaks that are not billed. About two thirds are ordinary and complete (68 of 109), single- and multi-code
/// sessions (97110, 97112, 97116, 97140, 97530, up to three in a session, a PT's and an OT's code in one session), by PTs,
/// PTAs and OTs, from three employers no earlier set has:
/// <list type="number">
/// <item>a children's hospital's intensive programme ("Minnesota River Children's Hospital — Intensive Therapy Program",
/// MRCH ITP: the Mankato campus's therapy gym, the Owatonna clinic, and "Camp Two Hands", the programme's CIMT day camp in a
/// borrowed elementary-school gym in New Ulm), its "ITP Day Sheet" (an AM and a PM column with the therapist's initials)
/// and its "ITP SESSION NOTE" template ("Session: ☒ AM ☐ PM", "Treating therapist this session:", "This session only:
/// 97112 · 23 min", "Ratio: ☒ 1:1 ☐ 1:2 ☐ group", "Targets:", "Activities:", "Data:", "Carryover to the other session:"):
/// Solveig Haugland-Rice (PT, DPT, PCS), Dario Quintanilla (PTA), Merritt Oyelaran (OTR/L) and Kiri Thorsgaard (OTR/L,
/// the camp's lead); a hockey goalie and a volleyball setter in their concussion week, a boy with hemiplegic cerebral
/// palsy who wants to hold his bike's handlebars with both hands, a girl with diplegia who runs for the school bus,
/// camp counsellors, a brother on the bench, a mother doing the moves to learn the home programme, snack time and the
/// camp's afternoon "circus show";</item>
/// <item>a university neuro-recovery intensive ("Chattahoochee Valley University — Neuro-Recovery Intensive", CVU NRI: the
/// university's clinic in Columbus, Georgia, and its Phenix City, Alabama, satellite), running a two-week Parkinson's Boot
/// Camp (PBC), a three-week Post-Stroke Intensive (PSI) and a two-week Amputee Gait Intensive (AGI) on an "NRI BLOCK
/// NOTE" ("Programme: PSI · Day 6 of 15 · Block: PM (2 of 2)", "Billed this block: 97116 (24 min)", "Staff this block:",
/// "Delivery: [X] Individual [ ] Dyad [ ] Group", S/O/A/P, an SPT's co-signature), with students and residents rotating
/// between blocks: Dr. Adaeze Fontenot-Marsh (PT, DPT, NCS, the programme's director), Beau Tillinghast (PT, DPT, neuro
/// resident), Shondra Abernathy-Kyle (PTA), Wren Delacroix-Holt (OTR/L) and SPT Caleb Moorefield; a retired Fort Moore
/// drill sergeant, a church organist, a river-walk cyclist, a man with a new below-knee socket, a lineman with an
/// above-knee amputation, the Riverwalk's ramp as a gait course, and the group warm-up and cool-down circles that are
/// never billed;</item>
/// <item>a private vestibular and concussion clinic ("Red Butte Vestibular &amp; Concussion Clinic", RBVC: West Sedona,
/// east Flagstaff near the university, and Williams, Arizona), running a five-day "Intensive Week" of a Session A and a
/// Session B each day, its notes short and clipped ("Sess B ▸ 97112 ▸ 22 min", "Day sheet: Mon A ✓ B ✓", "Tx: ☒ gaze
/// stab ☒ habituation ☐ OKN", "Provider this session:", "Between sessions: lunch, screen-free"): Marisol Etsitty-Crane
/// (PT, DPT, vestibular), Graydon Pike (PT, ATC) and Juniper Halvorsen (PTA); a jeep-tour guide, a Flagstaff ski
/// patroller, a university soccer keeper, a railway conductor on the Grand Canyon line, a grocery aisle that tilts, red
/// rocks that swim when he turns his head, and a husband who drives her between the sessions.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many intensive-programme notes,
/// judging each note by its own session's codes and minutes: the other session's work, staff, hours and scores are not this
/// session's, a day sheet's ticks and a week's schedule are not minutes, a group warm-up, a snack or a rest outside the
/// billed block does not touch the block, and a note's own session is what it says of itself:
/// <list type="bullet">
/// <item>class 1 (v1-h161-…): one-on-one in these writers' own words ("Ratio: 1:1 — Solveig and Ava; her brother watched
/// from the bench", "group warm-up circle with the other five boot-campers first (not billed), then one-on-one with
/// Beau for the whole billed block", "just Marisol and Kaden in the vestibular room — mom in the lobby", "1:1 with Shondra this
/// afternoon; Dr. Fontenot-Marsh had him this morning", "one-on-one; our PT student ran the metronome", "1:1 with Dario,
/// mom doing every move next to him to learn the home programme"), notes that negate it (a PM block "paired with Mr.
/// Ledbetter at the stations, I moved between the two of them", "Ratio: 1:2 — Ava and Jonah together on the foam path",
/// a Session B run as a "duo" with a teammate) or never state it (an RBVC Session A with no word of delivery, a CVU block
/// listing its "Staff this block" and nothing else), and the codes without a one-on-one check: a CIMT camp 97530 at a
/// table of three campers and a boot camp 97110 in a circle of six;</item>
/// <item>class 2 (v2-h161-…): checkbox and blank-field states of these templates ("Ratio: ☒ 1:1 ☐ 1:2 ☐ group" ticked,
/// the same row with nothing ticked, "1:1 this session? ____", "Delivery: [ ] Individual [X] Dyad [ ] Group" and
/// "[X] Individual", "Technique: see AM note", "Deficit targeted: ______", "Data: ____ (enter at end of day)", "Assist:
/// ___ Distance: ___" on an amputee's gait, "Tx: (select)", and unrelated blanks — "SPT co-sign: ________", "Carryover
/// from AM: ________", "Provider this session: ____" — beside a complete note);</item>
/// <item>class 3 (v3-h161-…): named programmes and methods as techniques (LSVT BIG maximal daily exercises and functional
/// component tasks, forced-rate cycling on the tandem bike, modified CIMT with shaping and the transfer package,
/// optokinetic stripes while walking, Brock string vergence and saccade training, high-intensity stepping on the treadmill
/// with a harness, the Accelerated Skill Acquisition Program, Gailey's prosthetic-side weight-shift and stool-stepping
/// drills, LiteGait body-weight-supported treadmill stepping for a child), a station card ("Boot Camp Station Card B")
/// as the only technique, forced-rate cycling "per protocol" with no dose, and Gailey drills with "Deficit: see
/// eval";</item>
/// <item>class 4 (v4-h161-…): deficits stated as findings in these writers' terms (a foot that turns in and catches when he
/// runs for the bus, a screen at school that makes her head swim, feet that stick at the elevator doors, an arm that
/// stays in her lap unless she is reminded, a hip hiked to clear the prosthesis on the Riverwalk ramp, a grocery aisle
/// that tilts, a train car that sways so he grabs the seat back to punch tickets, a neck that tightens after screens,
/// a man who rocks three times to get up from the low couch) and notes that state none
/// ("Deficit: N/A", "Problem: per programme intake", "Targets: see IEP goals");</item>
/// <item>class 5 (v5-h161-…): measures in every usual form (the Pediatric Balance Scale, a GMFM-66 score, Assisting Hand
/// Assessment units, Box and Block counts, BESS errors, near point of convergence in centimetres, dynamic visual acuity in
/// lines, steps for a 360° turn, an L Test in seconds, an AMPPRO score, tandem gait seconds, a fast 10MWT, doses for 97110
/// and distances and assistance levels for gait) and notes with none ("Data: see day sheet", "scores to follow Friday",
/// "less dizzy than this morning", "walked further than the AM block", "more reps than this morning");</item>
/// <item>class 6 (v6-h161-…): minutes in these templates' forms ("This session only: 97112 · 23 min", "Billed this block:
/// 97116 (24 min)", "Sess B ▸ 97112 ▸ 22 min", two and three codes each with its minutes, a PT's and an OT's code in one
/// session, a clock range on the code's own line, a single code's blank minute slot, the day's total in hours, the
/// week's schedule and the programme's hours beside the session's own minutes) and true mismatches (a PM note copied from the AM note with the AM
/// block's minutes on a shorter line, a "Billed this block" of 40 against 28, a second code's minutes ten over, an RBVC
/// Session B line carried from Session A) and truly missing separate time ("Total this session: 38 min" over two codes, a
/// second code's "___ min", two codes and only "this block" with no minutes);</item>
/// <item>class 7 (v7-h161-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check),
/// the contract's meanings for 97110 (leg press, step-ups and hip abduction after a stroke), 97530 (a camp's
/// bimanual tasks: the lunch tray, socks after the splash pad, the swing), 97140 (C1-2 SNAGs and suboccipital release
/// for cervicogenic dizziness) and 97116 (parallel bars to a cane with a new below-knee prosthesis, a practice bus
/// step and a curb), and wholly generic notes (a PM block note "Continued boot camp per plan. Tolerated
/// well.", a camp note "Great day at camp! Worked hard.", a Session B "Same as AM. Tolerated.");</item>
/// <item>ordinary (vord-h161-…): complete notes of the three employers that a reviewer passes (the false-positive guard),
/// with the day's recap of the other session, the programme's hours, the week's schedule and rotating staff, and the
/// ordinary weak ones: a complete note with no diagnosis, a diagnosis left "see referral", a PM note pasted from the AM
/// note with only a total, and a template default's minutes that differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — mothers, a brother, camp counsellors, a
/// husband who drives, students, residents and a prosthetist (none of them a patient; Jonah on the foam path, Mr.
/// Ledbetter at the stations and a teammate in a duo are), ages, days of a programme ("Day 6 of 15"), weeks, the number
/// of sessions in a day, the day's total in hours, the programme's hours written as times of day, sets, repetitions,
/// loads, cadences, heights in inches, distances in feet and metres, centimetres of convergence, lines of acuity, errors,
/// steps and scores — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes
/// are written next to the code, in its block's heading, in a minute slot or as a clock range on the code's own line; no
/// note gives minutes to a visit, a session, a day, a drill, a rest, a break or a test, except the notes that give their
/// session a total ("Total this session: 38 min" and the pasted PM note's total); notes failed for want of a measure carry
/// no number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique,
/// deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number and fails it
/// only when the note has no number but its code and its minutes; for the other codes a dose (sets, repetitions, load,
/// hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a family member,
/// caregiver, counsellor, student or staff member in the room does not undo a one-on-one statement, another patient
/// treated in the same block does, and a group warm-up or circle outside the billed block does not touch it.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what a twice-daily day makes arguable: an element (a technique, a deficit, a measure or a
/// one-on-one statement) found only in the recap of the other session, a recap that gives the other session's code its
/// minutes (the same code twice in one note with two different minutes, or another code's minutes in a one-code note),
/// the day's total written in minutes in a one-code note, the other session's scores as this session's only measure, a
/// co-treatment where a PT and an OT bill the same minutes, a "(see AM)" for one element of a multi-code note, and a
/// heart-rate-guided sub-symptom aerobic session whose only numbers are heart rates.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 100 of 109 cases agree (107 needed), and 6 of the 68 notes the reviewer passes got a finding, on the analyzer of b4b0457 (the 2026-12-07 twenty-second session after the hundred-and-fifty-sixth to hundred-and-fifty-eighth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, ed4cfb9): 107 of 109, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSixtyFirstTests(ITestOutputHelper output)
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

        // MRCH concussion week PM session, "Ratio: 1:1 — Solveig and Ava; her brother watched from the bench"; X1 viewing standing, walking with head turns to called colours, foam stance with eyes closed; vestibulo-ocular and postural deficits after the concussion; NPC and DVA; "This session only: 97112 · 23 min" matches: passes.
        ["v1-h161-mrch-pm-brother-on-the-bench"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Concussion Intensive Week, day 3 of 5
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 23 min
            Ratio: 1:1 — Solveig and Ava; her brother watched from the bench
            Targets: VOR gain and postural control after the concussion at the volleyball tournament; dizzy with quick head turns, sways on foam with eyes closed
            Activities: X1 viewing standing on the firm floor then on foam; walking the gym with head turns to called colours; foam stance eyes closed with ball tosses
            Data: NPC 9 cm (14 cm Monday); DVA lost 2 lines
            Carryover to the other session: AM was cervical and aerobic work with Dario
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // CVU Parkinson's Boot Camp: "group warm-up circle with the other five boot-campers first (not billed), then one-on-one with Beau for the whole billed block"; multi-directional stepping to the floor clock, backward stepping on cue, perturbations at the pelvis; retropulsion and small steps; pull test and Mini-BESTest; "Billed this block: 97112 (26 min)" matches: passes.
        ["v1-h161-cvu-pbc-warm-up-circle-then-one-on-one"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 4 of 10 · Block: AM (1 of 2)
            Billed this block: 97112 (26 min)
            Staff this block: Beau Tillinghast, PT, DPT
            S: "My feet were quicker at church Sunday."
            O: Group warm-up circle with the other five boot-campers first (not billed), then one-on-one with Beau for the whole billed block. Multi-directional stepping to the numbers on the floor clock, backward stepping on a called cue, perturbations at the pelvis forward and back.
            Pull test: 2 steps to recover (4 at intake). Mini-BESTest 20/28.
            A: Retropulsion and small, slow protective steps with Parkinson's disease; backward step is bigger today.
            P: PM block with Shondra.
            """,
            ["G20.A1"], [PT("97112", 26)], []),

        // CVU Post-Stroke Intensive PM block "paired with Mr. Ledbetter at the stations, I moved between the two of them" — another patient treated in the billed block: one-on-one missing; stepping over the cane, half-kneel rhythmic stabilisation, perturbations; L hemiparesis and postural control; FGA and a step count present.
        ["v1-h161-cvu-psi-pm-paired-at-the-stations"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 8 of 15 · Block: PM (2 of 2)
            Billed this block: 97112 (24 min)
            Staff this block: Shondra Abernathy-Kyle, PTA
            O: This afternoon she was paired with Mr. Ledbetter at the stations and I moved between the two of them. Stepping over the cane laid on the floor with the L leading, half-kneel rhythmic stabilization at the mat, lateral perturbations in a split stance.
            FGA 16/30. 7 of 10 L steps over the cane without catching the toe.
            A: L hemiparesis after the R MCA stroke; lateral postural control and L hip timing poor.
            """,
            ["I69.354"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // RBVC Sedona Session B: "just Marisol and Kaden in the vestibular room — mom in the lobby"; X2 viewing, walking with head pitch, habituation to his worst positions; R vestibular hypofunction after a concussion; DVA and tandem gait seconds; "Sess B ▸ 97112 ▸ 22 min" matches: passes.
        ["v1-h161-rbvc-sess-b-mom-in-the-lobby"] = new(
            """
            RBVC West Sedona — Intensive Week — Tue
            Sess B ▸ 97112 ▸ 22 min
            Just Marisol and Kaden in the vestibular room — mom in the lobby.
            Tx: X2 viewing seated and standing; walking with head pitch up and down; habituation to his two worst positions from the motion list.
            R vestibular hypofunction since the hit in the keeper's box; red rocks "swim" when he turns his head fast.
            DVA lost 3 lines (5 Mon); tandem gait 14.8 sec.
            M. Etsitty-Crane PT DPT
            """,
            ["S06.0X0D", "H81.21"], [PT("97112", 22)], []),

        // MRCH Camp Two Hands 97530 at a table of three campers with a counsellor (97530 has no one-on-one check): cup stacking, bead stringing and tearing tape with the R while the L is casted; R hemiparesis with weak grasp and release; counts; "This session only: 97530 · 25 min" matches: passes.
        ["v1-h161-mrch-camp-97530-table-of-three"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — ITP · CAMP TWO HANDS (NEW ULM)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM
            Treating therapist this session: Kiri Thorsgaard, OTR/L
            This session only: 97530 · 25 min
            Ratio: group — Eli at a table of three campers with one counsellor
            Targets: R hemiparesis (hemiplegic CP), weak R grasp and slow release; wants both hands on his bike handlebars
            Activities: cup stacking with the R while the L arm is in the camp cast, stringing large beads, tearing tape strips for the circus posters
            Data: 12-cup pyramid built twice; 9 beads strung; 14 tape strips torn with the R hand leading
            """,
            ["G80.2"], [OT("97530", 25)], []),

        // CVU Amputee Gait Intensive PM with the PTA after the PT had him in the AM: "1:1 with Shondra this afternoon; Dr. Fontenot-Marsh had him this morning"; prosthetic-side weight shifts with perturbations, step-ups leading with the sound side onto the foam, tap-downs; prosthetic-side stance control; L Test; "Billed this block: 97112 (23 min)" matches: passes.
        ["v1-h161-cvu-agi-rotating-staff-one-on-one"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: AGI · Day 3 of 10 · Block: PM (2 of 2)
            Billed this block: 97112 (23 min)
            Staff this block: Shondra Abernathy-Kyle, PTA — 1:1 with Shondra this afternoon; Dr. Fontenot-Marsh had him this morning.
            O: Weight shifts onto the prosthesis in the bars with perturbations at the pelvis; step-ups with the sound side onto the foam while standing on the prosthesis; tap-downs to cones.
            Prosthetic-side single-limb stance 6 sec (2 sec Day 1). L Test 31.6 sec.
            A: R transtibial amputation; poor prosthetic-side stance control and proprioception through the socket, he won't stay over the foot.
            """,
            ["Z89.511"], [PTA("97112", 23)], []),

        // RBVC Flagstaff Session A, complete (gaze stabilisation, optokinetic walking, foam with head turns; visual-vestibular mismatch; DGI) but no word on how he was seen: one-on-one not stated.
        ["v1-h161-rbvc-sess-a-no-delivery"] = new(
            """
            RBVC East Flagstaff — Intensive Week — Wed
            Sess A ▸ 97112 ▸ 24 min
            Tx: gaze stabilization against the busy checkerboard; walking the hall with the optokinetic stripes on the TV; foam stance with head turns.
            Visual-vestibular mismatch after the fall on the ski patrol run; the lift line and the stripes on the slope make him sway.
            DGI 17/24; foam head turns 20 sec before a step.
            G. Pike PT ATC
            """,
            ["S06.0X0D", "R42"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // MRCH PM "Ratio: 1:2 — Ava and Jonah together on the foam path" — another patient in the billed block: one-on-one missing; foam path with head turns, ball catches, stepping stones; postural control after a concussion; BESS errors present.
        ["v1-h161-mrch-ratio-one-to-two"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97112 · 22 min
            Ratio: 1:2 — Ava and Jonah together on the foam path
            Targets: postural control and vestibular reliance after the concussion
            Activities: foam path with head turns, ball catches off the rebounder in tandem, stepping-stone hops
            Data: BESS 14 errors (21 on Monday)
            """,
            ["S06.0X0D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // RBVC Williams Session B run as a "duo" with her teammate, both on the foam path at once: one-on-one missing; habituation, foam path, gaze stabilisation; visual motion sensitivity; tandem seconds present.
        ["v1-h161-rbvc-sess-b-duo-with-a-teammate"] = new(
            """
            RBVC Williams — Intensive Week — Thu
            Sess B ▸ 97112 ▸ 21 min
            Duo session: Lexi and her teammate Brynn both on the foam path at once, I cued them in turn.
            Tx: habituation walking past the scrolling screen; foam path with ball passes; gaze stabilization on the doorframe.
            Visual motion sensitivity after the concussion — busy screens and the crowd at games set her off.
            Tandem on foam 12 sec; 6 of 8 ball passes caught without stepping off.
            J. Halvorsen PTA
            """,
            ["S06.0X0D"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // CVU block listing its staff ("Staff this block: Beau Tillinghast, PT, DPT; SPT Caleb Moorefield") and nothing on delivery: not stated; stepping strategies, dual-task walking, turning drills; freezing at doorways; 360 turn steps and TUG present.
        ["v1-h161-cvu-staff-listed-no-delivery"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 7 of 10 · Block: PM (2 of 2)
            Billed this block: 97112 (25 min)
            Staff this block: Beau Tillinghast, PT, DPT; SPT Caleb Moorefield
            O: Stepping-strategy drills through the doorway taped on the floor, dual-task walking counting back by threes, turning drills around a cone with big steps.
            360° turn 9 steps (14 at intake). TUG 11.9 sec.
            A: Freezing of gait at doorways and turns with Parkinson's disease.
            """,
            ["G20.A1"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // CVU Boot Camp 97110 in a circle of six (97110 has no one-on-one check): LSVT-style big sit-to-stands, step-ups and overhead reaches with doses; trunk and hip weakness; "Billed this block: 97110 (18 min)" matches: passes.
        ["v1-h161-cvu-pbc-97110-circle-of-six"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 2 of 10 · Block: AM (1 of 2)
            Billed this block: 97110 (18 min)
            Staff this block: Dr. Adaeze Fontenot-Marsh, PT, DPT, NCS
            O: Strength circle, six boot-campers. Sit-to-stands from the low chair 3x10, step-ups onto the 6 inch step 3x10 each, overhead reaches with the 4 lb ball 3x12.
            A: Hip extensor and trunk extensor weakness with Parkinson's disease; stooped posture getting up from the organ bench.
            """,
            ["G20.A1"], [PT("97110", 18)], []),

        // RBVC with a student in the room: "one-on-one; our PT student ran the metronome and wrote the counts" (staff, not a patient); X1 to a metronome, walking with head turns, foam; cervicogenic and vestibular dizziness; DVA; "Sess A ▸ 97112 ▸ 23 min" matches: passes.
        ["v1-h161-rbvc-student-ran-the-metronome"] = new(
            """
            RBVC West Sedona — Intensive Week — Mon
            Sess A ▸ 97112 ▸ 23 min
            One-on-one; our PT student ran the metronome and wrote the counts.
            Tx: X1 viewing to the metronome, speed raised each set; walking the hall with horizontal head turns; feet together on foam with eyes closed.
            L vestibular hypofunction; the jeep-tour bumps on the Broken Arrow trail leave her dizzy for the rest of the day.
            DVA lost 4 lines (6 at eval); metronome up to 140 bpm without symptoms going up.
            M. Etsitty-Crane PT DPT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // MRCH PTA with a mother doing the moves alongside: "1:1 with Dario, mom doing every move next to him to learn the home programme"; heel-strike stepping over hurdles, tandem on the beam, kneel-to-stand on the foam; diplegia with foot catching; PBS; "This session only: 97112 · 24 min" matches: passes.
        ["v1-h161-mrch-mom-doing-the-moves"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Spring intensive, week 2 of 3
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97112 · 24 min
            Ratio: 1:1 with Dario, mom doing every move next to him to learn the home programme
            Targets: spastic diplegia, poor dorsiflexion in swing and narrow-base balance
            Activities: stepping over the small hurdles with a heel strike, tandem on the low beam, kneel-to-stand on the foam without hands
            Data: Pediatric Balance Scale 41/56 (36 at the start of the intensive)
            """,
            ["G80.1"], [PTA("97112", 24)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states of these templates

        // MRCH "Ratio: ☒ 1:1 ☐ 1:2 ☐ group" ticked; clock-reach stepping on foam, perturbations on the therapy ball, kneel-walking; L-sided postural control in hemiplegic CP; PBS and reach; "This session only: 97112 · 22 min" matches: passes.
        ["v2-h161-mrch-ratio-row-one-to-one-ticked"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 22 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: L-sided postural control and L leg weight acceptance, hemiplegic CP
            Activities: clock-reach stepping from the foam square, perturbations sitting on the therapy ball, kneel-walking across the mat
            Data: PBS 44/56; forward reach 7 inches without a step
            """,
            ["G80.2"], [PT("97112", 22)], []),

        // MRCH the same ratio row with nothing ticked ("Ratio: ☐ 1:1 ☐ 1:2 ☐ group") and nothing else on delivery: not stated; beam walking, stepping stones with head turns, ball-on-rebounder catches; postural control; BESS present.
        ["v2-h161-mrch-ratio-row-none-ticked"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 23 min
            Ratio: ☐ 1:1  ☐ 1:2  ☐ group
            Targets: postural control with head movement after the concussion on the ice; sways in the crease when he tracks the puck
            Activities: beam walking with head turns, stepping stones while tracking a ball, rebounder catches in a goalie stance on foam
            Data: BESS 12 errors; 8 of 10 catches held in stance
            """,
            ["S06.0X0D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // MRCH day-sheet prompt "1:1 this session? ____" left blank and nothing else on delivery: not stated; foam with eyes closed, head-turn walking, X1; vestibular deficit; NPC and DVA present.
        ["v2-h161-mrch-one-to-one-prompt-blank"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP DAY SHEET    PM column    Initials: DQ
            This session only: 97112 · 21 min
            1:1 this session? ____
            Targets: vestibulo-ocular deficit after the concussion, headache and blur reading the board at school
            Activities: X1 viewing on the letter card, walking with head turns, foam stance with eyes closed
            Data: NPC 8 cm; DVA lost 2 lines
            """,
            ["S06.0X0D"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // CVU "Delivery: [ ] Individual [X] Dyad [ ] Group" — a dyad is two patients in the block: one-on-one missing; PNF D2 patterns, reactive stepping to pushes, stepping over hurdles; L hip timing after a stroke; 10MWT and FGA present.
        ["v2-h161-cvu-dyad-box-ticked"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 11 of 15 · Block: AM (1 of 2)
            Billed this block: 97112 (25 min)
            Delivery: [ ] Individual  [X] Dyad  [ ] Group
            O: PNF D2 patterns of the R leg with resistance, reactive stepping to pushes at the pelvis, stepping over the hurdle row with the R leading.
            10MWT 0.78 m/s; FGA 17/30.
            A: R hemiparesis after the L MCA stroke; R hip flexor timing late, catches the toe.
            """,
            ["I69.351"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // CVU "Delivery: [X] Individual [ ] Dyad [ ] Group"; perturbations on the treadmill belt, stepping to targets, obstacle course; late protective stepping after a cerebellar stroke; FGA and a step count; "Billed this block: 97112 (24 min)" matches: passes.
        ["v2-h161-cvu-individual-box-ticked"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 5 of 15 · Block: PM (2 of 2)
            Billed this block: 97112 (24 min)
            Delivery: [X] Individual  [ ] Dyad  [ ] Group
            Staff this block: Beau Tillinghast, PT, DPT
            O: Belt perturbations on the treadmill at slow speed with the harness on, stepping to coloured targets on a call, the obstacle course with a tray.
            FGA 18/30; 9 of 12 belt perturbations recovered with one step.
            A: Ataxia and late protective stepping after the L cerebellar stroke.
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // CVU "Technique: see AM note" and nothing in this block's note names what was done: technique missing; one-on-one, a deficit (festinating gait and freezing) and Mini-BESTest present, no generic phrase.
        ["v2-h161-cvu-technique-see-am-note"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 6 of 10 · Block: PM (2 of 2)
            Billed this block: 97112 (22 min)
            Delivery: [X] Individual  [ ] Dyad  [ ] Group
            Technique: see AM note
            A: Festinating gait and freezing in narrow spaces with Parkinson's disease; he grabs the pew ends at church.
            Mini-BESTest 18/28.
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Tech, "97112")]),

        // RBVC "Deficit targeted: ______" left blank and nothing else names a deficit, system or region: deficit missing; one-on-one, X1, habituation and foam head turns, DGI and tandem seconds present.
        ["v2-h161-rbvc-deficit-targeted-blank"] = new(
            """
            RBVC East Flagstaff — Intensive Week — Thu
            Sess B ▸ 97112 ▸ 22 min
            1:1, only pt in the room.
            Tx: X1 viewing with the busy background, habituation walking past the scrolling screen, foam stance with head turns.
            Deficit targeted: ______
            DGI 19/24; tandem on foam 15 sec.
            G. Pike PT ATC
            """,
            ["R42"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // MRCH "Data: ____ (enter at end of day)" never filled and no number in the note but the code and its minutes: measure missing; one-on-one in words, beam and foam work, perturbations; postural control in diplegia present.
        ["v2-h161-mrch-data-enter-at-end-of-day"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 24 min
            Ratio: one-on-one, Solveig and Maddie
            Targets: postural control and ankle strategy with spastic diplegia, falls when the bus lurches
            Activities: beam walking with a stop on cue, standing on the foam while catching, small perturbations at the hips
            Data: ____ (enter at end of day)
            """,
            ["G80.1"], [PT("97112", 24)], [At(Measure, "97112")]),

        // CVU AGI 97116 with "Assist: ___ Distance: ___" never filled and no number but the code and its minutes: measure missing on 97116; gait on the Riverwalk ramp with cues for prosthetic-side stance, hip hiking on the prosthetic side present.
        ["v2-h161-cvu-agi-gait-blanks-97116"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: AGI · Block: PM
            Billed this block: 97116 (24 min)
            O: Gait training with the new transtibial prosthesis and a single-point cane on the Riverwalk ramp and the clinic hall, cues for equal step length and staying over the prosthetic foot.
            Assist: ___   Distance: ___
            A: Hip hiking and a short sound-side step; he won't load the prosthesis going down the ramp.
            """,
            ["Z89.512"], [PTA("97116", 24)], [At(Measure, "97116")]),

        // RBVC "Tx: (select)" left and nothing else names a technique: technique missing; "just me and her", a deficit (cervicogenic and vestibular dizziness) and DGI present, no generic phrase.
        ["v2-h161-rbvc-tx-select-left"] = new(
            """
            RBVC Williams — Intensive Week — Fri
            Sess A ▸ 97112 ▸ 23 min
            Just me and her the whole session.
            Tx: (select)
            Dizziness with head turns and neck tightness since the whiplash on the train; loses her balance turning to check the platform.
            DGI 18/24.
            J. Halvorsen PTA
            """,
            ["S13.4XXD", "R42"], [PTA("97112", 23)], [At(Tech, "97112")]),

        // CVU complete note with unrelated blanks left ("SPT co-sign: ________", "Carryover from AM: ________"): one-on-one, LSVT BIG-style big steps and reaching, weight shifts to the clock, backward walking; hypokinesia; step length and pull test; "Billed this block: 97112 (24 min)": passes.
        ["v2-h161-cvu-unrelated-blanks-left"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 9 of 10 · Block: PM (2 of 2)
            Billed this block: 97112 (24 min)
            Delivery: one-on-one with Dr. Fontenot-Marsh
            Carryover from AM: ________
            O: Big forward and backward steps to the tape marks, weight shifts to the numbers on the floor clock with big reaching, backward walking with a stop on cue.
            Step length 22 inches (16 at intake); pull test 1 step.
            A: Hypokinesia and small backward steps with Parkinson's disease.
            SPT co-sign: ________
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // RBVC "Tx: ☒ gaze stab ☒ habituation ☐ OKN" ticked boxes naming the techniques done, "Provider this session: ____" blank beside a signed note; one-on-one; visual vertigo; DVA and tandem gait: passes.
        ["v2-h161-rbvc-tx-boxes-ticked-provider-blank"] = new(
            """
            RBVC West Sedona — Intensive Week — Wed
            Sess B ▸ 97112 ▸ 24 min
            Provider this session: ____
            1:1 — just the two of us, husband waiting in the truck.
            Tx: ☒ gaze stab (X1, X2)  ☒ habituation (head turns walking, bending to the floor)  ☐ OKN
            Visual vertigo since the concussion; the grocery aisle tilts and she grabs the cart.
            DVA lost 2 lines; tandem gait 13.1 sec (17.9 Mon).
            M. Etsitty-Crane PT DPT
            """,
            ["S06.0X0D"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // CVU LSVT BIG maximal daily exercises (floor-to-ceiling, side-to-side, step-and-reach) and functional component tasks; hypokinesia and bradykinesia in Parkinson's; TUG and 10MWT; one-on-one; "Billed this block: 97112 (25 min)" matches: passes.
        ["v3-h161-cvu-pbc-lsvt-big-maximal-daily-exercises"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 3 of 10 · Block: AM (1 of 2)
            Billed this block: 97112 (25 min)
            Delivery: [X] Individual  [ ] Dyad  [ ] Group
            O: LSVT BIG maximal daily exercises — floor-to-ceiling, side-to-side, forward and backward step-and-reach; functional component tasks: sit-to-stand with big arms, rolling and getting up from the floor.
            TUG 10.4 sec (13.2 at intake); 10MWT 1.02 m/s.
            A: Hypokinesia and bradykinesia with Parkinson's disease; movements get smaller as the set goes on.
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // CVU forced-rate cycling on the tandem bike as 97110 with cadence, intervals and resistance; lower-extremity bradykinesia and endurance in Parkinson's; "Billed this block: 97110 (20 min)" matches: passes.
        ["v3-h161-cvu-pbc-forced-rate-cycling-97110"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 5 of 10 · Block: PM (2 of 2)
            Billed this block: 97110 (20 min)
            Staff this block: Beau Tillinghast, PT, DPT (on the front seat)
            O: Forced-rate cycling on the tandem bike, 3 intervals at 80 to 85 rpm, resistance level 4, his own cadence kept above 70 rpm on the last interval.
            A: Lower-extremity bradykinesia and poor endurance with Parkinson's disease; he rides the river-walk trail with his club and falls behind.
            """,
            ["G20.A1"], [PT("97110", 20)], []),

        // CVU forced-rate cycling "per protocol" with no cadence, intervals, resistance or any number but the code and its minutes: measure missing on 97110; the method and the deficit present.
        ["v3-h161-cvu-forced-rate-per-protocol-no-dose-97110"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: PBC · Block: AM
            Billed this block: 97110 (19 min)
            O: Forced-rate cycling on the tandem bike per protocol.
            A: Lower-extremity bradykinesia and low endurance with Parkinson's disease.
            """,
            ["G20.A1"], [PT("97110", 19)], [At(Measure, "97110")]),

        // MRCH Camp Two Hands modified CIMT with shaping and the transfer package (a home diary of both-hands tasks); R hemiparesis; Box and Block and AHA units; "This session only: 97530 · 26 min" matches: passes.
        ["v3-h161-mrch-camp-mcimt-shaping-transfer-package"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — ITP · CAMP TWO HANDS (NEW ULM)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Camp week 1 of 2
            Treating therapist this session: Merritt Oyelaran, OTR/L
            This session only: 97530 · 26 min
            Activities: modified CIMT, L arm in the camp cast; shaping with the R — placing pegs at a rising height, turning the pages of the circus programme, scooping rice into cups; transfer package reviewed with his dad (home diary of both-hands tasks)
            Targets: R hemiparesis with hemiplegic CP, weak R wrist extension and slow release
            Data: Box and Block R 14 blocks (9 on camp day 1); AHA 51 units at camp intake
            """,
            ["G80.2"], [OT("97530", 26)], []),

        // RBVC optokinetic stripes on the TV while walking and in standing, with head turns; visual-vestibular mismatch; DGI and seconds; one-on-one; "Sess B ▸ 97112 ▸ 22 min" matches: passes.
        ["v3-h161-rbvc-optokinetic-stripes-walking"] = new(
            """
            RBVC East Flagstaff — Intensive Week — Tue
            Sess B ▸ 97112 ▸ 22 min
            One-on-one with Graydon.
            Tx: optokinetic stripes on the big screen, standing feet together then walking toward the screen; head turns with the stripes running; foam stance under the stripes.
            Visual-vestibular mismatch since the concussion; the ski-lift cable and moving snow set him off.
            DGI 20/24; feet together on foam under the stripes 25 sec (9 Mon).
            G. Pike PT ATC
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // RBVC Brock string vergence and saccade training plus walking with saccades to cards; convergence insufficiency and oculomotor deficit after a concussion; NPC in cm and a saccade count; one-on-one; "Sess A ▸ 97112 ▸ 21 min" matches: passes.
        ["v3-h161-rbvc-brock-string-and-saccades"] = new(
            """
            RBVC West Sedona — Intensive Week — Mon
            Sess A ▸ 97112 ▸ 21 min
            1:1, Marisol and Tessa.
            Tx: Brock string vergence with the three beads; horizontal saccades between two cards seated, then walking with saccades to the cards on the wall.
            Convergence insufficiency and oculomotor deficit after the concussion; words jump when she reads her chem notes.
            NPC 12 cm (18 at eval); 20 saccades in a row on the walk without a stop.
            M. Etsitty-Crane PT DPT
            """,
            ["S06.0X0D", "H51.11"], [PT("97112", 21)], []),

        // CVU high-intensity stepping on the treadmill in the harness as 97116, with speed, distance and no body-weight support at the end; L hemiparetic gait with short R step; "Billed this block: 97116 (26 min)" matches: passes.
        ["v3-h161-cvu-psi-high-intensity-stepping-97116"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 4 of 15 · Block: AM (1 of 2)
            Billed this block: 97116 (26 min)
            O: High-intensity stepping on the treadmill in the overhead harness, speed raised to 2.1 mph, then overground in the hall with variable stepping (backward, sideways, over the cane).
            1,450 ft on the treadmill and 600 ft overground with stand-by assist.
            A: L hemiparetic gait after the R MCA stroke, short R step and L knee hyperextension in stance.
            """,
            ["I69.354"], [PT("97116", 26)], []),

        // CVU OT the Accelerated Skill Acquisition Program (ASAP) with task-specific practice: reaching for hymnals on the shelf, turning organ stops, buttoning the robe; L arm weakness and motor control; counts and seconds; "Billed this block: 97530 (24 min)" matches: passes.
        ["v3-h161-cvu-psi-ot-asap-97530"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 9 of 15 · Block: PM (2 of 2)
            Billed this block: 97530 (24 min)
            Staff this block: Wren Delacroix-Holt, OTR/L
            O: Accelerated Skill Acquisition Program — task-specific practice she chose: reaching hymnals from the second shelf, pulling and pushing the organ stops on the practice board, buttoning her choir robe.
            18 hymnals reached with the L (11 Day 1); robe buttoned in 95 sec.
            A: L arm weakness and poor shoulder control after the R MCA stroke; she plays the organ with the R hand only now.
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // CVU AGI Gailey's prosthetic-side weight-shift and stool-stepping drills; prosthetic-side stance and proprioception; AMPPRO and single-limb seconds; one-on-one; "Billed this block: 97112 (23 min)" matches: passes.
        ["v3-h161-cvu-agi-gailey-drills"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: AGI · Day 6 of 10 · Block: AM (1 of 2)
            Billed this block: 97112 (23 min)
            Delivery: one-on-one with Dr. Fontenot-Marsh the whole block
            O: Gailey's prosthetic-side drills — weight shifts onto the prosthesis in the bars, sound-side stool stepping (foot to the stool and back while standing on the prosthesis), resisted walking with the band at the pelvis.
            AMPPRO 36/47 (31 at intake); prosthetic-side single-limb stance 8 sec.
            A: L transfemoral amputation; poor prosthetic-side stance control and trust in the knee, he steps off the prosthesis early.
            """,
            ["Z89.612"], [PT("97112", 23)], []),

        // CVU AGI Gailey drills with "Deficit: see eval" and nothing else naming a deficit, system or region: deficit missing; one-on-one, the drills and AMPPRO present.
        ["v3-h161-cvu-agi-gailey-deficit-see-eval"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: AGI · Day 7 of 10 · Block: PM (2 of 2)
            Billed this block: 97112 (22 min)
            Delivery: [X] Individual  [ ] Dyad  [ ] Group
            O: Gailey weight-shift drills in the bars and sound-side stool stepping; resisted walking with the band.
            Deficit: see eval
            AMPPRO 38/47.
            """,
            ["Z89.612"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // CVU "Boot Camp Station Card B" is the whole of the intervention and names no technique: technique missing; one-on-one, freezing and small steps as the deficit, Mini-BESTest and TUG present, no generic phrase.
        ["v3-h161-cvu-pbc-station-card-only"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 8 of 10 · Block: AM (1 of 2)
            Billed this block: 97112 (24 min)
            Delivery: one-on-one with Beau
            O: Boot Camp Station Card B.
            Mini-BESTest 21/28; TUG 10.8 sec.
            A: Freezing at turns and small shuffling steps with Parkinson's disease.
            """,
            ["G20.A1"], [PT("97112", 24)], [At(Tech, "97112")]),

        // MRCH LiteGait body-weight-supported treadmill stepping for a child with diplegia, then overground with the posterior walker; crouch and toe-walking; distance and speed; "This session only: 97116 · 25 min" matches: passes.
        ["v3-h161-mrch-litegait-treadmill-97116"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Spring intensive, week 1 of 3
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97116 · 25 min
            Activities: LiteGait body-weight-supported treadmill stepping, support lowered from 30 % to 15 %, cues for heel strike; then overground with the posterior walker around the gym
            Targets: crouch gait and toe-walking with spastic diplegia, age 7
            Data: 0.9 mph on the treadmill; 320 ft overground with the walker, contact-guard assist on the turns
            """,
            ["G80.1"], [PT("97116", 25)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none stated

        // MRCH: "his L foot turns in and catches when he runs for the bus" (a deficit as a finding); heel-strike stepping, perturbations on the foam, ladder drills; one-on-one; PBS and a ladder count; "This session only: 97112 · 23 min" matches: passes.
        ["v4-h161-mrch-foot-turns-in-running-for-the-bus"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97112 · 23 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: his L foot turns in and catches when he runs for the bus; L ankle control and foot placement with hemiplegic CP
            Activities: heel-strike stepping to the footprints, perturbations standing on the foam, agility ladder forward and sideways
            Data: PBS 47/56; 8 of 10 ladder passes without the L foot catching
            """,
            ["G80.2"], [PTA("97112", 23)], []),

        // MRCH concussion: "the screen at school makes her head swim and she loses her place reading"; saccades on the reading card, X1, walking with head turns; one-on-one; DVA and NPC; "This session only: 97112 · 22 min" matches: passes.
        ["v4-h161-mrch-screen-makes-her-head-swim"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Concussion Intensive Week, day 2 of 5
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 22 min
            Ratio: 1:1
            Targets: the screen at school makes her head swim and she loses her place reading; oculomotor and vestibular deficits after the concussion at setter practice
            Activities: saccades across the reading card, X1 viewing, walking the hall with head turns
            Data: DVA lost 3 lines; NPC 11 cm
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // CVU: "his feet stick at the elevator doors and he shuffles into the turn"; visual cues, stepping over laser lines, doorway drills; one-on-one; freezing episodes counted and 360 turn steps; "Billed this block: 97112 (24 min)": passes.
        ["v4-h161-cvu-pbc-feet-stick-at-the-elevator"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 5 of 10 · Block: AM (1 of 2)
            Billed this block: 97112 (24 min)
            Delivery: one-on-one with Dr. Fontenot-Marsh
            O: Stepping over the laser line from the cane, doorway drills through the elevator lobby with a count of three before the step, wide turns around a chair.
            Freezing 2 times in 10 doorway passes (7 on Day 1); 360° turn 10 steps.
            A: His feet stick at the elevator doors and he shuffles into the turn — freezing of gait with Parkinson's disease; the retired drill sergeant counts his own cadence now.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // CVU OT 97530: "her L arm stays in her lap unless she's reminded"; bilateral folding, carrying a laundry basket, opening the fridge with the L; counts and assistance; "Billed this block: 97530 (23 min)": passes.
        ["v4-h161-cvu-psi-ot-arm-stays-in-her-lap"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 3 of 15 · Block: AM (1 of 2)
            Billed this block: 97530 (23 min)
            Staff this block: Wren Delacroix-Holt, OTR/L
            O: Folding towels with both hands, carrying the laundry basket with both arms, opening the fridge door with the L and taking out the jug.
            12 towels folded with the L holding the corner; basket carried 3 trips with stand-by assist; fridge opened with the L 5 of 6.
            A: Her L arm stays in her lap unless she's reminded — L neglect and weakness after the R MCA stroke.
            """,
            ["I69.354"], [OT("97530", 23)], []),

        // CVU AGI 97116: "he hikes his hip to clear the prosthesis and won't trust the knee on the Riverwalk ramp"; ramp and curb gait with cues; distance and assistance; "Billed this block: 97116 (25 min)": passes.
        ["v4-h161-cvu-agi-hikes-the-hip-on-the-ramp-97116"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: AGI · Day 4 of 10 · Block: PM (2 of 2)
            Billed this block: 97116 (25 min)
            Staff this block: Shondra Abernathy-Kyle, PTA
            O: Gait training on the Riverwalk ramp and the curb at the lot with the microprocessor knee, cues for a full prosthetic-side stride and heel contact.
            700 ft with the cane, stand-by assist on the ramp; curb up and down with contact guard 4 times.
            A: He hikes his hip to clear the prosthesis and won't trust the knee on the ramp; L transfemoral amputation, the lineman's first month on the knee.
            """,
            ["Z89.612"], [PTA("97116", 25)], []),

        // RBVC: "the grocery aisle tilts and she grabs the cart" (visual vertigo as a finding); habituation walking past the patterned aisle poster, head turns while pushing a cart, foam; one-on-one; DGI; "Sess A ▸ 97112 ▸ 23 min": passes.
        ["v4-h161-rbvc-grocery-aisle-tilts"] = new(
            """
            RBVC Williams — Intensive Week — Tue
            Sess A ▸ 97112 ▸ 23 min
            One-on-one, Juniper and Mrs. Begay.
            Tx: habituation walking past the patterned aisle poster; head turns while pushing the cart down the hall; foam stance reaching to the top shelf.
            The grocery aisle tilts and she grabs the cart — visual vertigo and visual dependence since the fall.
            DGI 16/24 (12 Mon); reach to the top shelf on foam 5 of 6 without a step.
            J. Halvorsen PTA
            """,
            ["R42"], [PTA("97112", 23)], []),

        // RBVC: "the train car sways and he has to grab the seat back to punch tickets"; foam with perturbations, walking with head turns on the treadmill, X1; somatosensory and vestibular deficits; mCTSIB seconds; one-on-one; "Sess B ▸ 97112 ▸ 24 min": passes.
        ["v4-h161-rbvc-conductor-grabs-the-seat-back"] = new(
            """
            RBVC Williams — Intensive Week — Wed
            Sess B ▸ 97112 ▸ 24 min
            1:1 with Marisol.
            Tx: perturbations on the foam at the hips, walking on the slow treadmill with head turns, X1 viewing standing in a split stance.
            The train car sways and he has to grab the seat back to punch tickets on the canyon run; vestibular and somatosensory reliance, worse in the dark tunnel sections.
            mCTSIB foam eyes closed 16 sec (6 at eval).
            M. Etsitty-Crane PT DPT
            """,
            ["H81.23"], [PT("97112", 24)], []),

        // RBVC 97110: "her neck tightens after an hour on screens"; chin tucks, deep neck flexor holds, rows and wall angels with doses; "Sess A ▸ 97110 ▸ 15 min": passes.
        ["v4-h161-rbvc-neck-tightens-after-screens-97110"] = new(
            """
            RBVC East Flagstaff — Intensive Week — Thu
            Sess A ▸ 97110 ▸ 15 min
            Tx: chin tucks in supine 3x10 with a 10 sec hold, deep neck flexor holds on the pressure cuff at 24 mmHg 5x, rows with the green band 3x15, wall angels 2x10.
            Her neck tightens after an hour on screens; deep neck flexor endurance and scapular control down since the concussion.
            G. Pike PT ATC
            """,
            ["S13.4XXD"], [PT("97110", 15)], []),

        // RBVC "Deficit: N/A" and nothing else naming a deficit, system or region: deficit missing; one-on-one, X1, habituation and foam; DGI present.
        ["v4-h161-rbvc-deficit-n-a"] = new(
            """
            RBVC West Sedona — Intensive Week — Fri
            Sess B ▸ 97112 ▸ 22 min
            One-on-one, only pt on the schedule.
            Tx: X1 viewing standing, habituation head turns walking, foam stance with eyes closed.
            Deficit: N/A
            DGI 21/24; foam eyes closed 22 sec.
            G. Pike PT ATC
            """,
            ["R42"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // CVU "A: Problem: per programme intake" and nothing else naming a deficit, system or region: deficit missing; one-on-one, reactive stepping and PNF, FGA present.
        ["v4-h161-cvu-problem-per-programme-intake"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 12 of 15 · Block: AM (1 of 2)
            Billed this block: 97112 (23 min)
            Delivery: [X] Individual  [ ] Dyad  [ ] Group
            O: Reactive stepping to pushes in four directions, PNF rhythmic stabilization in standing, stepping over the hurdles.
            FGA 20/30; 8 of 12 pushes recovered with one step.
            A: Problem: per programme intake.
            """,
            ["I69.351"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // MRCH "Targets: see IEP goals" and nothing else naming a deficit, system or region: deficit missing; "1:1", beam, rebounder catches, perturbations; PBS present.
        ["v4-h161-mrch-targets-see-iep-goals"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97112 · 24 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: see IEP goals
            Activities: beam walking with a stop on cue, rebounder catches on the foam, perturbations at the hips in kneeling
            Data: PBS 45/56
            """,
            ["G80.1"], [PTA("97112", 24)], [At(Deficit, "97112")]),

        // CVU AGI 97110: "he can't stand up from the low couch without rocking three times" (hip extensor and core weakness); bridges, sit-to-stand from a low plinth, side planks with doses; "Billed this block: 97110 (17 min)": passes.
        ["v4-h161-cvu-agi-rocks-out-of-the-couch-97110"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: AGI · Day 2 of 10 · Block: AM (1 of 2)
            Billed this block: 97110 (17 min)
            O: Bridges with the prosthesis off 3x15, sit-to-stand from the low plinth 3x8, side planks on the sound side 3x20 sec holds, hip extension in prone 3x12 with 3 lb.
            A: He can't stand up from the low couch without rocking three times; residual-limb hip extensor and core weakness after the R transtibial amputation.
            """,
            ["Z89.511"], [PT("97110", 17)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // MRCH GMFM-66 score and a stairs count for a child with diplegia; kneel-to-stand, stairs without the rail, ball-kick balance; one-on-one; "This session only: 97112 · 24 min": passes.
        ["v5-h161-mrch-gmfm-66-score"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Spring intensive, week 3 of 3
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 24 min
            Ratio: 1:1, Solveig and Maddie
            Targets: standing balance and weight shift with spastic diplegia
            Activities: half-kneel to stand without hands, kicking a ball from single-leg stance, stairs reciprocal without the rail
            Data: GMFM-66 score 62.4 (58.9 at the start of the intensive); 6 stairs without the rail
            """,
            ["G80.1"], [PT("97112", 24)], []),

        // MRCH Assisting Hand Assessment units and a Box and Block count at camp; bimanual circus props; R hemiparesis; "This session only: 97530 · 24 min": passes.
        ["v5-h161-mrch-camp-aha-and-box-and-block-97530"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — ITP · CAMP TWO HANDS (NEW ULM)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Camp week 2 of 2, cast off
            Treating therapist this session: Kiri Thorsgaard, OTR/L
            This session only: 97530 · 24 min
            Activities: bimanual circus props — juggling scarves, holding the hoop with both hands, opening the snack bag with the R stabilising
            Targets: R hemiparesis, R hand left out of two-handed tasks
            Data: AHA 58 units (51 at camp intake); Box and Block R 17
            """,
            ["G80.2"], [OT("97530", 24)], []),

        // RBVC BESS errors and a tandem gait time in seconds; foam, head-turn walking, dual-task tandem; one-on-one; postural control after a concussion; "Sess A ▸ 97112 ▸ 22 min": passes.
        ["v5-h161-rbvc-bess-errors-and-tandem-gait"] = new(
            """
            RBVC East Flagstaff — Intensive Week — Mon
            Sess A ▸ 97112 ▸ 22 min
            One-on-one, Graydon and Nico.
            Tx: foam stance in tandem with ball passes, walking with head turns, dual-task tandem walking naming teammates backward.
            Postural control after the concussion in the keeper's box; dual-task makes him step out.
            BESS 11 errors (19 at eval); tandem gait 12.2 sec, dual-task tandem 15.6 sec.
            G. Pike PT ATC
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // CVU L Test and a 10MWT fast speed for an amputee; turning drills, obstacle stepping, resisted walking; prosthetic-side control; one-on-one; "Billed this block: 97112 (24 min)": passes.
        ["v5-h161-cvu-agi-l-test-and-fast-10mwt"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: AGI · Day 9 of 10 · Block: AM (1 of 2)
            Billed this block: 97112 (24 min)
            Delivery: one-on-one with Beau
            O: Turning drills toward the prosthetic side around cones, stepping over the obstacle row with each leg leading, resisted forward walking with the band at the pelvis.
            L Test 24.8 sec (33.5 at intake); 10MWT fast 1.18 m/s.
            A: R transtibial amputation; slow prosthetic-side turns and weight acceptance.
            """,
            ["Z89.511"], [PT("97112", 24)], []),

        // CVU 360° turn steps and a cognitive TUG; turning strategies, dual-task stepping; turning and dual-task deficits in Parkinson's; one-on-one; "Billed this block: 97112 (23 min)": passes.
        ["v5-h161-cvu-pbc-turn-steps-and-tug-cognitive"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 10 of 10 · Block: AM (1 of 2)
            Billed this block: 97112 (23 min)
            Delivery: 1:1, Beau and Mr. Harrell
            O: Arc turns with big steps, clock-stepping while naming hymn titles, stepping to targets on a call.
            360° turn 8 steps (13 at intake); TUG cognitive 13.4 sec.
            A: Turning and dual-task deficits with Parkinson's disease; freezes when someone talks to him mid-turn.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // MRCH PTA 97110 doses for a concussion week (cervical and scapular work): chin tucks, prone Y-T-W, band rows; neck endurance; "This session only: 97110 · 16 min": passes.
        ["v5-h161-mrch-doses-as-measure-97110"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Concussion Intensive Week, day 4 of 5
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97110 · 16 min
            Activities: chin tucks in supine 3x10 with 5 sec holds, prone Y-T-W 2x10 each, rows with the blue band 3x15, quadruped neck extension 2x10
            Targets: cervical flexor endurance and scapular control after the hockey concussion; neck aches after two periods
            """,
            ["S06.0X0D", "S13.4XXD"], [PTA("97110", 16)], []),

        // RBVC "Data: see day sheet" and no number in the note but the code and its minutes: measure missing; one-on-one, gaze stabilisation, habituation, foam; vestibular hypofunction present.
        ["v5-h161-rbvc-data-see-day-sheet"] = new(
            """
            RBVC West Sedona — Intensive Week
            Sess B ▸ 97112 ▸ 23 min
            One-on-one, Marisol and the jeep-tour guide.
            Tx: gaze stabilization with the busy background, habituation head turns walking, foam stance eyes closed.
            L vestibular hypofunction; the jeep bouncing on the slickrock leaves him dizzy.
            Data: see day sheet.
            M. Etsitty-Crane PT DPT
            """,
            ["H81.22"], [PT("97112", 23)], [At(Measure, "97112")]),

        // CVU "scores to follow Friday" and no number but the code and its minutes: measure missing; one-on-one, PNF and reactive stepping, postural control after a stroke present.
        ["v5-h161-cvu-scores-to-follow-friday"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Block: PM
            Billed this block: 97112 (22 min)
            Delivery: one-on-one with Beau
            O: PNF rhythmic stabilization in standing, reactive stepping to pushes, stepping over the hurdles with the R leading.
            Scores to follow Friday.
            A: R hemiparesis, poor lateral postural control and a late R step.
            """,
            ["I69.351"], [PT("97112", 22)], [At(Measure, "97112")]),

        // MRCH "less dizzy than this morning" and no number but the code and its minutes: measure missing; one-on-one in words, X1, head-turn walking, foam; vestibular deficit present.
        ["v5-h161-mrch-less-dizzy-than-this-morning"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 22 min
            Ratio: one-on-one, Solveig and Ava
            Targets: vestibulo-ocular deficit after the concussion
            Activities: gaze stabilization on the letter card, walking with head turns, foam stance with eyes closed
            Data: less dizzy than this morning, mom agrees
            """,
            ["S06.0X0D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // CVU AGI 97116 "walked further than the AM block" with no distance, assist or number but the code and its minutes: measure missing on 97116; gait with cues on the hall and ramp and the prosthetic-side deficit present.
        ["v5-h161-cvu-agi-further-than-the-am-block-97116"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: AGI · Block: PM
            Billed this block: 97116 (23 min)
            O: Gait training with the transtibial prosthesis on the hall and the ramp, cues for an even step length and staying over the prosthetic foot.
            Walked further than the AM block.
            A: Short sound-side step and poor prosthetic-side weight acceptance.
            """,
            ["Z89.511"], [PTA("97116", 23)], [At(Measure, "97116")]),

        // MRCH camp 97530 "more reps than this morning" with no count, time or number but the code and its minutes: measure missing on 97530; bimanual tasks and R hemiparesis present.
        ["v5-h161-mrch-camp-more-reps-than-this-morning-97530"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — ITP · CAMP TWO HANDS (NEW ULM)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM
            Treating therapist this session: Merritt Oyelaran, OTR/L
            This session only: 97530 · 25 min
            Activities: opening snack containers with the R stabilising, threading the circus-ticket lanyard, tearing tape
            Targets: R hemiparesis, weak R grasp
            Data: more reps than this morning
            """,
            ["G80.2"], [OT("97530", 25)], [At(Measure, "97530")]),

        // RBVC near point of convergence in cm and DVA lines in one line, written with the session letter; one-on-one; Brock string and X1; convergence and vestibulo-ocular deficits; "Sess B ▸ 97112 ▸ 21 min": passes.
        ["v5-h161-rbvc-npc-and-dva-in-one-line"] = new(
            """
            RBVC East Flagstaff — Intensive Week — Fri
            Sess B ▸ 97112 ▸ 21 min
            1:1 w/ Graydon, Sess A was with Juniper.
            Tx: Brock string near-far jumps, X1 viewing standing on foam, walking with head turns to called cones.
            Convergence insufficiency and vestibulo-ocular deficit after the concussion; reading the trail map blurs.
            NPC 7 cm / DVA 1 line lost (NPC 15 cm / DVA 4 lines at eval).
            G. Pike PT ATC
            """,
            ["S06.0X0D", "H51.11"], [PT("97112", 21)], []),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, truly missing separate time

        // MRCH two codes in one session, "This session only: 97112 · 22 min / 97110 · 14 min", both match; one-on-one; beam and perturbations with PBS; band and bridge work with doses; diplegia: passes.
        ["v6-h161-mrch-two-codes-this-session-only"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 22 min / 97110 · 14 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            97112 — beam walking with a stop on cue, perturbations on the foam, stepping stones; postural control with spastic diplegia; PBS 43/56
            97110 — bridges 3x12, side-lying hip abduction 3x10 with a 1 lb cuff, heel raises 3x12; hip abductor and calf weakness
            """,
            ["G80.1"], [PT("97112", 22), PT("97110", 14)], []),

        // CVU "Billed this block: 97112 (22 min) · 97116 (16 min)", both match; one-on-one; PNF and reactive stepping with FGA; overground gait with the cane with distance and SBA; R hemiparesis: passes.
        ["v6-h161-cvu-billed-this-block-two-codes"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 10 of 15 · Block: AM (1 of 2)
            Billed this block: 97112 (22 min) · 97116 (16 min)
            Delivery: [X] Individual  [ ] Dyad  [ ] Group
            O: 97112 — PNF D2 patterns of the R leg, reactive stepping to pushes; FGA 19/30. 97116 — overground with the quad cane in the hall and up the ramp, cues for R knee flexion in swing; 500 ft stand-by assist.
            A: R hemiparesis after the L MCA stroke; late R step and R toe catch.
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 16)], []),

        // CVU a PT's 97112 and an OT's 97530 in one block, each with its minutes ("97112 (23 min) — Beau", "97530 (22 min) — Wren"), both match; one-on-one for the NMR; perturbations and foam with Berg; kitchen tasks with counts; L hemiparesis: passes.
        ["v6-h161-cvu-pt-and-ot-each-with-minutes"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 7 of 15 · Block: PM (2 of 2)
            Billed this block: 97112 (23 min) — Beau Tillinghast, PT, DPT · 97530 (22 min) — Wren Delacroix-Holt, OTR/L
            97112: one-on-one with Beau; perturbations on the foam, stepping over the hurdles with the L leading, half-kneel rhythmic stabilization. Berg 41/56.
            97530: with Wren after Beau; carrying a pot from the sink to the stove 4 trips with stand-by assist, unloading the dishwasher to the upper shelf 10 items with the L.
            A: L hemiparesis after the R MCA stroke, poor L weight acceptance and L arm use.
            """,
            ["I69.354"], [PT("97112", 23), OT("97530", 22)], []),

        // MRCH a clock range on the code's own line "97116 gait 1:40–2:04 pm" (24 min), matches; treadmill then overground with the walker; crouch gait; distance and assist: passes.
        ["v6-h161-mrch-clock-range-on-the-code-line"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM
            Treating therapist this session: Dario Quintanilla, PTA
            97116 gait 1:40–2:04 pm
            Activities: treadmill walking at 1.0 mph with hand-hold, then overground with the posterior walker around the gym and across the parking-lot crosswalk, cues for heel strike and upright trunk
            Targets: crouch gait with spastic diplegia, toe-walking on the R
            Data: 400 ft with the walker, close supervision; crosswalk crossed before the signal changed
            """,
            ["G80.1"], [PTA("97116", 24)], []),

        // RBVC three codes in one session, each on its own line with "▸", all match; one-on-one; SNAGs and suboccipital release with degrees; X1 and foam with DGI; chin tucks and rows with doses; cervicogenic and vestibular dizziness: passes.
        ["v6-h161-rbvc-three-codes-each-on-its-line"] = new(
            """
            RBVC West Sedona — Intensive Week — Thu
            Sess A ▸ 97112 ▸ 20 min ▸ one-on-one: X1 viewing on foam, walking with head turns; DGI 19/24.
            Sess A ▸ 97140 ▸ 10 min ▸ C1-2 SNAGs into R rotation 3x6, suboccipital release; rotation R 58 to 70 degrees after.
            Sess A ▸ 97110 ▸ 12 min ▸ chin tucks 3x10, rows with the band 3x15, prone Y's 2x10.
            Cervicogenic dizziness and R vestibular hypofunction after the whiplash; deep neck flexor weakness.
            M. Etsitty-Crane PT DPT
            """,
            ["S13.4XXD", "H81.21"], [PT("97112", 20), PT("97140", 10), PT("97110", 12)], []),

        // RBVC a single code whose minute slot was left blank ("Sess B ▸ 97112 ▸ ___ min"): no minutes stated, one timed code, nothing to mismatch or separate; complete otherwise: passes.
        ["v6-h161-rbvc-single-code-minute-slot-blank"] = new(
            """
            RBVC Williams — Intensive Week — Mon
            Sess B ▸ 97112 ▸ ___ min
            One-on-one, Juniper and Mr. Yazzie.
            Tx: X1 viewing standing, walking with head turns down the hall, foam stance with eyes closed.
            L vestibular hypofunction; the swaying cars on the canyon train make him grab the rail.
            DGI 17/24; foam eyes closed 14 sec.
            J. Halvorsen PTA
            """,
            ["H81.22"], [PTA("97112", 23)], []),

        // MRCH the week's schedule and the day's total in hours beside the session's own minutes ("Mon–Fri, an AM and a PM session, about two hours of therapy a day"); one-on-one; X1, head-turn walking, foam; vestibular deficit; NPC; "This session only: 97112 · 23 min": passes.
        ["v6-h161-mrch-week-schedule-and-day-in-hours"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Concussion Intensive Week: Mon–Fri, an AM and a PM session, about two hours of therapy a day
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 23 min
            Ratio: 1:1
            Targets: VOR deficit and motion sensitivity after the concussion; dizzy tracking the puck
            Activities: X1 viewing on the letter card, walking with head turns, foam stance catching a puck-weighted ball
            Data: NPC 10 cm; DVA lost 2 lines
            Carryover to the other session: PM is aerobic and cervical with Dario
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // CVU PM note copied from the AM note with the AM block's "Billed this block: 97112 (35 min)" left on a 23-min line: mismatch on 97112; otherwise complete (one-on-one; LSVT BIG tasks; hypokinesia; TUG).
        ["v6-h161-cvu-pm-copied-am-minutes-35-on-23"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 6 of 10 · Block: PM (2 of 2)
            Billed this block: 97112 (35 min)
            Delivery: one-on-one with Beau
            O: LSVT BIG floor-to-ceiling and side-to-side, step-and-reach backward, getting up from the floor.
            TUG 10.9 sec.
            A: Hypokinesia with Parkinson's disease.
            """,
            ["G20.A1"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // CVU AGI "Billed this block: 97116 (40 min)" on a 28-min line: mismatch on 97116; otherwise complete (ramp and curb gait with cues; distance and SBA; hip hiking).
        ["v6-h161-cvu-agi-40-against-28-97116"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: AGI · Day 5 of 10 · Block: AM (1 of 2)
            Billed this block: 97116 (40 min)
            O: Gait training with the prosthesis on the ramp, curbs and the gravel path, cues for prosthetic-side stride length.
            650 ft with the cane, stand-by assist; curb with contact guard.
            A: Hip hiking and a short sound-side step with the R transtibial prosthesis.
            """,
            ["Z89.511"], [PT("97116", 28)], [At(Mismatch, "97116")]),

        // MRCH two codes, the 97112's minutes matching and the 97530's "· 34 min" against a 24-min line: mismatch on 97530; both sections complete (one-on-one; foam and beam with PBS; bimanual tasks with counts; hemiplegic CP).
        ["v6-h161-mrch-second-code-ten-over"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS (97112); Merritt Oyelaran, OTR/L (97530)
            This session only: 97112 · 21 min / 97530 · 34 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            97112 — foam stance with perturbations, beam with a stop on cue; L postural control with hemiplegic CP; PBS 46/56
            97530 — two-handed tasks: holding the handlebars on the trike, zipping his coat; 5 laps with both hands on the bars, coat zipped 3 of 4
            """,
            ["G80.2"], [PT("97112", 21), OT("97530", 24)], [At(Mismatch, "97530")]),

        // RBVC Session B line carried from Session A ("Sess B ▸ 97112 ▸ 32 min") on a 20-min line: mismatch on 97112; otherwise complete (one-on-one; habituation and foam; visual vertigo; DGI).
        ["v6-h161-rbvc-sess-b-carried-32-on-20"] = new(
            """
            RBVC West Sedona — Intensive Week — Tue
            Sess B ▸ 97112 ▸ 32 min
            One-on-one.
            Tx: habituation head turns walking, foam stance with the optokinetic stripes, gaze stabilization seated.
            Visual vertigo since the concussion; the red rocks swim when she turns her head on the trail.
            DGI 18/24.
            M. Etsitty-Crane PT DPT
            """,
            ["S06.0X0D"], [PT("97112", 20)], [At(Mismatch, "97112")]),

        // MRCH "Total this session: 38 min" over two codes with no minutes for each: separate time missing; both sections complete (one-on-one; X1, foam with NPC; chin tucks and rows with doses; vestibular and neck deficits).
        ["v6-h161-mrch-total-this-session-only"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM
            Treating therapist this session: Dario Quintanilla, PTA
            Codes this session: 97112, 97110
            Total this session: 38 min
            Ratio: 1:1
            97112 — X1 viewing, walking with head turns, foam with eyes closed; VOR deficit after the concussion; NPC 9 cm
            97110 — chin tucks 3x10, rows with the band 3x15, prone Y-T-W 2x10; cervical flexor endurance
            """,
            ["S06.0X0D"], [PTA("97112", 24), PTA("97110", 14)], [SepTime]),

        // CVU second code's minutes left "___ min": separate time missing; "97112 (22 min)" matches; both sections complete (one-on-one; Gailey drills with AMPPRO; bridges and planks with doses; prosthetic-side control and hip weakness).
        ["v6-h161-cvu-agi-second-code-blank-minutes"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: AGI · Day 8 of 10 · Block: PM (2 of 2)
            Billed this block: 97112 (22 min) · 97110 (___ min)
            Delivery: one-on-one with Dr. Fontenot-Marsh
            O: 97112 — Gailey weight shifts and sound-side stool stepping; AMPPRO 39/47. 97110 — bridges 3x15, side planks 3x20 sec, prone hip extension 3x12.
            A: L transfemoral amputation; prosthetic-side stance control and hip extensor weakness.
            """,
            ["Z89.612"], [PT("97112", 22), PT("97110", 13)], [SepTime]),

        // RBVC two codes and only "this session" with no minutes anywhere: separate time missing; both sections complete (one-on-one; X1 and foam with DGI; SNAGs with degrees; cervicogenic and vestibular dizziness).
        ["v6-h161-rbvc-two-codes-no-minutes"] = new(
            """
            RBVC East Flagstaff — Intensive Week — Wed
            Sess A ▸ 97112 + 97140 this session
            One-on-one, Graydon and the ski patroller.
            97112: X1 viewing on foam, walking with head turns; DGI 20/24.
            97140: C1-2 SNAGs into L rotation, suboccipital release; rotation L 55 to 66 degrees after.
            Cervicogenic dizziness and L vestibular hypofunction after the fall on the run.
            G. Pike PT ATC
            """,
            ["S13.4XXD", "H81.22"], [PT("97112", 23), PT("97140", 10)], [SepTime]),

        // CVU programme hours in the header ("PBC runs 9 a.m. to 3 p.m., two billed blocks a day") beside the block's own minutes; one-on-one; boxing step-outs and perturbations; postural instability; Mini-BESTest; "Billed this block: 97112 (25 min)": passes.
        ["v6-h161-cvu-programme-hours-in-the-header"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            Parkinson's Boot Camp runs 9 a.m. to 3 p.m., two billed blocks a day, lunch and the cool-down circle not billed.
            NRI BLOCK NOTE    Programme: PBC · Day 3 of 10 · Block: PM (2 of 2)
            Billed this block: 97112 (25 min)
            Delivery: one-on-one with Shondra
            O: Boxing step-outs to the heavy bag with a punch on each step, perturbations at the shoulders in a narrow stance, stepping over the foam logs.
            Mini-BESTest 19/28; 7 of 10 perturbations recovered with one step.
            A: Postural instability and slow reactive stepping with Parkinson's disease.
            """,
            ["G20.A1"], [PTA("97112", 25)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a two-code PM session with a diagnosis (the session note was never started): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h161-empty-pm-note-two-codes"] = new(
            "",
            ["G20.A1"], [PT("97112", 24), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A note of spaces and line breaks only (cells are trimmed) on a PTA's 97116 with a diagnosis: note missing only.
        ["v7-h161-spaces-only-97116"] = new(
            " \n\n   \n",
            ["Z89.511"], [PTA("97116", 23)], [At(NoteMissing, "97116")]),

        // An empty note on an OT's camp 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h161-empty-camp-note-no-dx"] = new(
            "",
            [], [OT("97530", 25)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on a CVU note: leg press, step-ups and hip abduction with loads, sets and reps (technique and measure), R hip and knee extensor weakness after a stroke (deficit); "Billed this block: 97110 (16 min)" matches: passes.
        ["v7-h161-cvu-psi-97110-leg-press-and-step-ups"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 2 of 15 · Block: PM (2 of 2)
            Billed this block: 97110 (16 min)
            O: Single-leg press R 50 lb 3x10, forward step-ups onto the 6 inch step R leading 3x8, standing hip abduction R with 2 lb 3x12.
            A: R hip and knee extensor weakness after the L MCA stroke; R knee buckles on the church steps.
            """,
            ["I69.351"], [PT("97110", 16)], []),

        // 97530's meaning on an MRCH camp note: carrying the lunch tray with both hands, pulling on socks, pumping the swing (technique), R hemiparesis with the R hand left out (deficit), counts and assistance (measure); "This session only: 97530 · 23 min" matches: passes.
        ["v7-h161-mrch-camp-97530-lunch-tray-and-socks"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — ITP · CAMP TWO HANDS (NEW ULM)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM
            Treating therapist this session: Kiri Thorsgaard, OTR/L
            This session only: 97530 · 23 min
            Activities: carrying the lunch tray with both hands from the line to the table, pulling on his socks after the splash pad, pumping the swing holding both chains
            Targets: R hemiparesis with hemiplegic CP, R hand left out of two-handed tasks
            Data: tray carried 3 times without a spill, minimal assist; both socks on 2 of 3 tries; 10 swing pumps with both hands on the chains
            """,
            ["G80.2"], [OT("97530", 23)], []),

        // 97140's meaning on an RBVC note: C1-2 SNAGs, suboccipital release and upper-cervical PA glides (technique), cervicogenic dizziness with upper-cervical stiffness (deficit), rotation degrees (measure); "Sess A ▸ 97140 ▸ 11 min" matches: passes.
        ["v7-h161-rbvc-97140-snags-and-suboccipital-release"] = new(
            """
            RBVC East Flagstaff — Intensive Week — Tue
            Sess A ▸ 97140 ▸ 11 min
            Tx: C1-2 SNAGs into R rotation 3x6, suboccipital release, unilateral PA glides C2-3 on the R grade III 3 x 30 sec.
            Cervicogenic dizziness with upper-cervical stiffness after the soccer collision; dizzy checking over his shoulder.
            Cervical rotation R 54 to 68 degrees after; flexion-rotation test R 28 to 36 degrees.
            G. Pike PT ATC
            """,
            ["S13.4XXD", "R42"], [PT("97140", 11)], []),

        // 97116's meaning on a CVU note: from the parallel bars to the cane with the below-knee prosthesis, the bus step and a curb with cues (technique), a short sound-side step and vaulting on the sound side (deficit), distance and assistance (measure); "Billed this block: 97116 (22 min)" matches: passes.
        ["v7-h161-cvu-agi-97116-bars-to-cane-and-bus-step"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: AGI · Day 2 of 10 · Block: PM (2 of 2)
            Billed this block: 97116 (22 min)
            Staff this block: Shondra Abernathy-Kyle, PTA
            O: Gait training from the parallel bars to the single-point cane with the new below-knee prosthesis, the practice bus step and the curb outside, cues for an even step and no vaulting.
            80 ft in the bars with contact guard, then 150 ft with the cane and min assist; bus step up and down 3 times with min assist.
            A: Short sound-side step and vaulting on the sound side with the L transtibial prosthesis.
            """,
            ["Z89.512"], [PTA("97116", 22)], []),

        // CVU block note that says only "Continued per plan. Tolerated well." under its heading: nothing named — technique, generic, deficit, measure and one-on-one on the 97112.
        ["v7-h161-cvu-continued-per-plan-tolerated-well"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE
            NRI BLOCK NOTE    Block: PM
            Billed this block: 97112 (24 min)
            O: Continued per plan. Tolerated well.
            P: Continue.
            """,
            ["G20.A1"], [PT("97112", 24)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // MRCH camp note "Great day at camp! Worked hard." under its heading: nothing named; the minutes match.
        ["v7-h161-mrch-great-day-at-camp"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — ITP DAY CAMP (NEW ULM)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM
            This session only: 97530 · 23 min
            Great day at camp! Worked hard.
            """,
            ["G80.2"], [OT("97530", 23)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // RBVC Session B note "Same as AM. Tolerated." on two codes with no minutes: nothing named for either code, no one-on-one statement on the 97112 and no minutes for each.
        ["v7-h161-rbvc-same-as-am-two-codes"] = new(
            """
            RBVC West Sedona — Intensive Week
            Sess B ▸ 97112 / 97110
            Same as AM. Tolerated.
            J. Halvorsen PTA
            """,
            ["R42"], [PTA("97112", 23), PTA("97110", 14)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // ---------------------------------------------------------------- ordinary notes

        // MRCH concussion week AM 97112 with the day sheet's recap of yesterday's PM and the ratio ticked; X1, head-turn walking, foam catches; VOR deficit; DVA; "This session only: 97112 · 24 min": passes.
        ["vord-h161-mrch-concussion-am-vor"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Concussion Intensive Week, day 4 of 5
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 24 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: VOR deficit and postural control after the concussion; the goalie loses the puck on quick glove saves
            Activities: X1 viewing with a head-turn metronome, walking with head turns to called colours, foam stance catching tennis balls off the wall
            Data: DVA lost 1 line (3 lines on day 1); foam catches 16 of 20
            Carryover to the other session: Dario takes the PM for the neck and the bike
            """,
            ["S06.0X0D"], [PT("97112", 24)], []),

        // MRCH PTA PM 97110 in the concussion week (cervical and scapular work with doses); neck endurance after a concussion; "This session only: 97110 · 18 min": passes.
        ["vord-h161-mrch-concussion-pm-neck-97110"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Concussion Intensive Week, day 4 of 5
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97110 · 18 min
            Activities: chin tucks with a 10 sec hold 2x10, quadruped rocking with neck neutral 2x10, rows with the blue band 3x15, prone T's with 1 lb 2x12
            Targets: deep neck flexor and scapular endurance after the concussion; neck aches by third period
            Carryover to the other session: AM was gaze and balance with Solveig
            """,
            ["S06.0X0D"], [PTA("97110", 18)], []),

        // MRCH Owatonna PM 97112 for hemiplegic CP with the mother on the bench; kneel-to-stand, clock stepping, perturbations on the ball; L postural control; PBS; "This session only: 97112 · 22 min": passes.
        ["vord-h161-mrch-owatonna-cp-postural-control"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Spring intensive, week 2 of 3
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 22 min
            Ratio: 1:1 — Solveig and Owen, his mom on the bench
            Targets: L postural control and L leg weight acceptance with hemiplegic CP, age 9
            Activities: half-kneel to stand leading with the L, clock stepping from the foam, perturbations sitting on the peanut ball
            Data: PBS 46/56; 5 of 6 half-kneel to stands leading with the L without hands
            """,
            ["G80.2"], [PT("97112", 22)], []),

        // MRCH camp AM 97530 with the camp's day in the header ("camp day 9 a.m. to 3 p.m., snack and the circus show not billed"); bimanual tasks with counts; R hemiparesis; "This session only: 97530 · 24 min": passes.
        ["vord-h161-mrch-camp-am-bimanual-97530"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — ITP · CAMP TWO HANDS (NEW ULM)
            Camp day 9 a.m. to 3 p.m.; snack, recess and the circus show are not billed.
            ITP SESSION NOTE    Session: ☒ AM ☐ PM
            Treating therapist this session: Merritt Oyelaran, OTR/L
            This session only: 97530 · 24 min
            Activities: cast on the L; R hand shaping tasks — stacking juggling rings on the peg, pouring beans from a pitcher, clipping clothespins to the circus banner
            Targets: R hemiparesis with hemiplegic CP, weak R pinch and slow release
            Data: 8 rings stacked; 3 pours without a spill; 15 clothespins clipped (9 on Monday)
            """,
            ["G80.2"], [OT("97530", 24)], []),

        // MRCH PTA 97116 for diplegia with the posterior walker on the school-bus steps mock-up; crouch gait; distance and assistance; "This session only: 97116 · 21 min": passes.
        ["vord-h161-mrch-pta-bus-steps-97116"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97116 · 21 min
            Activities: gait with the posterior walker around the gym and down the hall, then the school-bus step mock-up with the rail, cues for heel strike and hip extension
            Targets: crouch gait and toe-walking with spastic diplegia; she runs for the bus and trips
            Data: 350 ft with the walker, supervision; bus steps up and down 4 times with one rail, contact guard
            """,
            ["G80.1"], [PTA("97116", 21)], []),

        // CVU PBC AM 97112 with the PM plan and the group warm-up not billed; amplitude stepping, perturbations, dual-task; freezing; Mini-BESTest; one-on-one; "Billed this block: 97112 (25 min)": passes.
        ["vord-h161-cvu-pbc-am-amplitude-and-perturbations"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 2 of 10 · Block: AM (1 of 2)
            Billed this block: 97112 (25 min)
            Staff this block: Dr. Adaeze Fontenot-Marsh, PT, DPT, NCS
            S: Slept well, took his carbidopa-levodopa at 7.
            O: Warm-up circle with the group before the block, not billed. Then one-on-one: big steps to the tape marks, perturbations at the pelvis in four directions, dual-task walking reciting the days of the week backward.
            Mini-BESTest 17/28; 6 of 8 backward perturbations recovered in two steps or fewer.
            A: Freezing and slow, small protective steps with Parkinson's disease.
            P: PM block with Beau for the strength circle.
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // CVU PBC PM 97110 with rotating staff; strength circle doses; trunk and hip weakness; "Billed this block: 97110 (17 min)": passes.
        ["vord-h161-cvu-pbc-pm-strength-circle-97110"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 2 of 10 · Block: PM (2 of 2)
            Billed this block: 97110 (17 min)
            Staff this block: Beau Tillinghast, PT, DPT (Dr. Fontenot-Marsh had the AM block)
            O: Prone press-ups 2x10, wall push-ups 3x12, seated trunk extension with the 3 lb ball 3x10, mini squats 3x12.
            A: Trunk extensor and hip weakness with Parkinson's disease, stooped when he sits at the organ.
            """,
            ["G20.A1"], [PT("97110", 17)], []),

        // CVU PSI AM 97112 with an SPT co-signing; PNF, reactive stepping, hurdles; L hemiparesis; FGA; one-on-one; "Billed this block: 97112 (24 min)": passes.
        ["vord-h161-cvu-psi-am-spt-cosign"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 6 of 15 · Block: AM (1 of 2)
            Billed this block: 97112 (24 min)
            Delivery: [X] Individual  [ ] Dyad  [ ] Group — SPT Caleb Moorefield guarding
            O: PNF D1 and D2 patterns of the L leg in standing, reactive stepping to pushes toward the L, stepping over the hurdles with a pause.
            FGA 15/30 (11 on Day 1); 6 of 10 pushes to the L recovered with one step.
            A: L hemiparesis after the R MCA stroke; late L protective step and L hip drop.
            Beau Tillinghast, PT, DPT / Caleb Moorefield, SPT
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // CVU PSI PM 97116 on the Riverwalk with the quad cane; L foot drag; distance and SBA; "Billed this block: 97116 (25 min)": passes.
        ["vord-h161-cvu-psi-pm-riverwalk-97116"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 6 of 15 · Block: PM (2 of 2)
            Billed this block: 97116 (25 min)
            Staff this block: Shondra Abernathy-Kyle, PTA
            O: Gait training on the Riverwalk path and its ramp with the quad cane, cues for L hip and knee flexion in swing and a longer R step.
            900 ft with the quad cane, stand-by assist; ramp with contact guard.
            A: L foot drag and a short R step after the R MCA stroke.
            """,
            ["I69.354"], [PTA("97116", 25)], []),

        // CVU PSI OT 97530 in the PM; dressing and kitchen tasks with counts; R hemiparesis; "Billed this block: 97530 (22 min)": passes.
        ["vord-h161-cvu-psi-ot-dressing-97530"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 4 of 15 · Block: PM (2 of 2)
            Billed this block: 97530 (22 min)
            Staff this block: Wren Delacroix-Holt, OTR/L
            O: Button-down shirt on and off standing at the mirror, belt through the loops, carrying a plate and a cup to the table.
            Shirt on in 190 sec with set-up only; belt threaded with the R assisting; plate and cup carried 4 trips without a spill.
            A: R hemiparesis after the L MCA stroke; R hand slow and clumsy.
            """,
            ["I69.351"], [OT("97530", 22)], []),

        // CVU AGI AM 97112 for a transfemoral amputee; perturbations in the bars, knee-control drills, stool stepping; prosthetic-side control; single-limb seconds and AMPPRO; one-on-one; "Billed this block: 97112 (24 min)": passes.
        ["vord-h161-cvu-agi-am-knee-control"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: AGI · Day 5 of 10 · Block: AM (1 of 2)
            Billed this block: 97112 (24 min)
            Delivery: one-on-one with Dr. Fontenot-Marsh; the prosthetist checked the socket fit before the block
            O: Perturbations at the pelvis standing on the prosthesis in the bars, knee-control drills (yielding into the stance phase and back), sound-side stool stepping.
            Prosthetic-side single-limb stance 9 sec; AMPPRO 37/47.
            A: L transfemoral amputation; poor trust in the microprocessor knee and prosthetic-side postural control, the lineman steps off early.
            """,
            ["Z89.612"], [PT("97112", 24)], []),

        // CVU AGI PM 97110 with doses; residual-limb hip weakness; "Billed this block: 97110 (15 min)": passes.
        ["vord-h161-cvu-agi-pm-hip-strength-97110"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: AGI · Day 5 of 10 · Block: PM (2 of 2)
            Billed this block: 97110 (15 min)
            Staff this block: Shondra Abernathy-Kyle, PTA
            O: Side-lying hip abduction on the residual-limb side with 3 lb 3x12, prone hip extension 3x12, bridges on the bolster 3x10, sound-side heel raises 3x15.
            A: Residual-limb hip abductor and extensor weakness after the L transfemoral amputation; Trendelenburg on the prosthesis.
            """,
            ["Z89.612"], [PTA("97110", 15)], []),

        // RBVC Session A 97112 with the day sheet ticked and the between-session note; X1 and X2, habituation; vestibular hypofunction; DGI and DVA; one-on-one; "Sess A ▸ 97112 ▸ 23 min": passes.
        ["vord-h161-rbvc-sess-a-day-sheet"] = new(
            """
            RBVC West Sedona — Intensive Week — Wed
            Day sheet: Mon A ✓ B ✓ · Tue A ✓ B ✓ · Wed A ✓ B —
            Sess A ▸ 97112 ▸ 23 min
            One-on-one with Marisol.
            Tx: X1 and X2 viewing standing, habituation to bending down and looking up, walking with head turns on the path outside.
            R vestibular hypofunction; dizzy bending to tie the jeep-tour guests' seat belts.
            DGI 19/24; DVA lost 2 lines (4 Mon).
            Between sessions: lunch, screen-free, husband drives.
            M. Etsitty-Crane PT DPT
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // RBVC Session B 97112 by the PTA after the PT's Session A; foam, dual-task walking, head turns; visual vertigo; tandem and DGI; one-on-one; "Sess B ▸ 97112 ▸ 22 min": passes.
        ["vord-h161-rbvc-sess-b-pta-after-pt"] = new(
            """
            RBVC West Sedona — Intensive Week — Wed
            Sess B ▸ 97112 ▸ 22 min
            1:1, Juniper (Marisol had Sess A).
            Tx: foam stance with head turns, dual-task walking naming canyon trailheads, stepping over the hose with head turns.
            Visual vertigo and visual dependence since the concussion; busy patterns make her lean.
            Tandem on foam 17 sec; DGI 20/24.
            J. Halvorsen PTA
            """,
            ["S06.0X0D"], [PTA("97112", 22)], []),

        // RBVC Williams 97140 with the conductor; C1-2 SNAGs and STM; cervicogenic dizziness; degrees; "Sess B ▸ 97140 ▸ 10 min": passes.
        ["vord-h161-rbvc-williams-snags-97140"] = new(
            """
            RBVC Williams — Intensive Week — Thu
            Sess B ▸ 97140 ▸ 10 min
            Tx: C1-2 SNAGs into L rotation 3x6, STM to the suboccipitals and upper trap.
            Cervicogenic dizziness with L upper-cervical stiffness; dizzy turning to call the station.
            Rotation L 50 to 64 degrees after.
            M. Etsitty-Crane PT DPT
            """,
            ["S13.4XXD", "R42"], [PT("97140", 10)], []),

        // RBVC Flagstaff two codes each with its minutes (97112 and 97110); one-on-one; foam and X1 with BESS; band and neck work with doses; postural control and neck endurance: passes.
        ["vord-h161-rbvc-flagstaff-two-codes"] = new(
            """
            RBVC East Flagstaff — Intensive Week — Fri
            Sess B ▸ 97112 ▸ 21 min ▸ one-on-one; foam tandem with ball passes, X1 viewing on foam, walking with head turns. BESS 9 errors.
            Sess B ▸ 97110 ▸ 13 min ▸ chin tucks 3x10, rows 3x15 with the green band, prone Y-T-W 2x10.
            Postural control and deep neck flexor endurance after the concussion; the keeper loses his footing diving with his head turned.
            G. Pike PT ATC
            """,
            ["S06.0X0D"], [PT("97112", 21), PT("97110", 13)], []),

        // CVU PBC 97112 with the week's schedule and the day's total in hours ("two blocks a day, about three hours with the circles"); one-on-one; tango-style stepping, turning drills; turning deficit; 360 turn steps; "Billed this block: 97112 (23 min)": passes.
        ["vord-h161-cvu-pbc-week-schedule-in-hours"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 7 of 10 · Block: AM (1 of 2) · Mon–Fri, two blocks a day, about three hours with the circles
            Billed this block: 97112 (23 min)
            Delivery: one-on-one with Beau
            O: Forward and backward ochos with a partner's hands, turning drills around a cone with big steps, stepping to a metronome.
            360° turn 9 steps; 10 of 12 turns without a freeze.
            A: Turning deficit and freezing with Parkinson's disease.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // MRCH three codes in one session each with its minutes, all match; one-on-one; beam and perturbations with PBS; gait with the walker with distance; stretching and PROM by the therapist with degrees; diplegia: passes.
        ["vord-h161-mrch-three-codes"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 20 min / 97116 · 15 min / 97140 · 9 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            97112 — beam walking, perturbations on the foam; postural control with spastic diplegia; PBS 42/56
            97116 — posterior walker around the gym, cues for heel strike; crouch gait; 300 ft with supervision
            97140 — soft tissue mobilization to the gastrocs and hamstrings, manual hamstring lengthening; popliteal angle 55 to 48 degrees after
            """,
            ["G80.1"], [PT("97112", 20), PT("97116", 15), PT("97140", 9)], []),

        // CVU two codes in a PSI block each with its minutes, both match; one-on-one; perturbations with FGA; treadmill with speed and distance; R hemiparesis: passes.
        ["vord-h161-cvu-psi-two-codes"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PSI · Day 13 of 15 · Block: PM (2 of 2)
            Billed this block: 97112 (21 min) · 97116 (18 min)
            Delivery: one-on-one with Beau
            O: 97112 — lateral perturbations in a narrow stance, stepping over the cane with the R leading; FGA 21/30. 97116 — treadmill in the harness at 1.8 mph then overground over the thresholds; 1,100 ft, stand-by assist.
            A: R hemiparesis after the L MCA stroke; late R step and R toe catch.
            """,
            ["I69.351"], [PT("97112", 21), PT("97116", 18)], []),

        // RBVC complete 97112 (one-on-one; X1 and foam; vestibular hypofunction; DGI) sent with no diagnosis.
        ["vord-h161-rbvc-no-diagnosis"] = new(
            """
            RBVC Williams — Intensive Week — Mon
            Sess A ▸ 97112 ▸ 22 min
            One-on-one, Juniper and Mrs. Tso.
            Tx: X1 viewing standing, foam stance with eyes closed, walking with head turns.
            L vestibular hypofunction; she veers to the L on the gravel.
            DGI 16/24.
            J. Halvorsen PTA
            """,
            [], [PTA("97112", 22)], [Dx]),

        // MRCH complete 97112 (1:1; beam and foam; postural control; PBS) with the claim's diagnosis left as "see referral": not a well-formed ICD-10-CM code.
        ["vord-h161-mrch-dx-see-referral"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97112 · 23 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: postural control with spastic diplegia
            Activities: beam walking, foam stance catching, perturbations at the hips
            Data: PBS 44/56
            """,
            ["see referral"], [PTA("97112", 23)], [Dx]),

        // CVU PM note pasted from the AM with only "Total this block: 36 min" and "Same programme as AM. Tolerated." — nothing named for either code, no one-on-one statement on the 97112, and no minutes for each.
        ["vord-h161-cvu-pm-pasted-total-only"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE
            NRI BLOCK NOTE    Block: PM
            Same programme as AM. Tolerated.
            Total this block: 36 min
            """,
            ["G20.A1"], [PT("97112", 22), PT("97110", 14)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // MRCH template default "This session only: 97110 · 30 min" left on a 16-min line: mismatch; otherwise complete (bridges, step-ups and band work with doses; hip weakness with diplegia).
        ["vord-h161-mrch-default-30-on-16-97110"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97110 · 30 min
            Activities: bridges 3x12, step-ups onto the 4 inch step 3x10 each, side-stepping with the red band 4 lengths of the mat
            Targets: hip extensor and abductor weakness with spastic diplegia
            """,
            ["G80.1"], [PTA("97110", 16)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
