using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The ninety-eighth held-out set for issue 18 (read notes the way therapists write them), written blind by an outside
/// reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who had
/// not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer. The set
/// is a random week of therapy for first responders and other tactical and safety-sensitive workers — firefighters,
/// police officers, EMS crews and corrections officers on the road back to duty (return-to-duty testing, turnout gear
/// and SCBA, hose drags, stair climbs with a high-rise pack, ladder raises, patient carries with a stair chair, duty
/// belts and vests, defensive-tactics positions), electric-utility lineworkers and transit operators (bucket trucks,
/// climbing belts and gaffs, hot sticks, bus seats, pedals and mirrors), and the same trades retired on Medicare or
/// disabled on SSDI — with the duty status, the essential task, the gear and its weight, the call sign and the shift in
/// the note, and the patient named by initials only (badge, card and call sign, never a name beyond them), about two
/// thirds ordinary and complete (71 of 109), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to
/// three in a visit, a PT's and a PTA's code on one visit and a PT's and an OT's code on one morning), by PTs, PTAs and
/// OTs, from three employers:
/// <list type="number">
/// <item>a city's public-safety occupational-health clinic ("City of Spokane — Public Safety Occupational Health",
/// PSOH: the Fire Training Center's stair tower, burn building, drill yard, roof prop and pump-test pit, the Police
/// Academy's defensive-tactics mat room, gym and obstacle course, the Public Safety Building's PT room and patrol-car
/// bay, the apparatus floors of Stations 1, 3, 9 and 17, and the Corrections Center's training room under an interlocal
/// agreement) writing a return-to-duty note under a header of member (FF, FF/PM, Ofc., CO with initials), badge number,
/// company or unit (Engine 17, Ladder 4, Truck 17, Medic 9, Rescue 1, Patrol North — nights, K-9, the motor unit,
/// housing unit 4B) and shift (A/B/C shift, 24-on/48-off; 1st, 2nd and 3rd watch), a duty-status box row "☐ full duty ☒
/// modified duty ☐ off duty", "Essential task:" and "Task simulation:" lines, gear weights in pounds, a "Finding:" line
/// for the deficit and a "Tested:" line for the measures, an RTD flowsheet with "Treated: ☒ 1:1 (PT + member only) ☐
/// group", a fitness-for-duty checklist with ☑ / ☐ and a result column, and terse station-house shorthand: a high-rise
/// pack on the tower stairs in full turnouts and SCBA on air, pushes at the SCBA frame on the landings, a leg lock on
/// the ladder, a ladder-to-window with a bail-out, a charged 1¾" line that snags on the landing, a nozzle on a 2½"
/// line, a blacked-out facepiece search, the roof prop's pitch, a CPAT-style event circuit, a stair chair at the foot
/// end with a 165-lb manikin, cot and backboard lifts, the monitor and the jump bag up two flights, radio traffic read
/// back while walking round the rig, a bladed stance, the guard position and a technical stand-up, a holster draw, a
/// ballistic shield, a K-9 leash, a 6-ft wall on the obstacle course, cuffing a prone dummy from the knee and the tier
/// stairs of a housing unit;</item>
/// <item>a union-affiliated members' clinic for electric-utility lineworkers and transit operators ("Inland Trades
/// &amp; Transit Members' Health Center — PT", ITT: the union hall clinic and gym in Spokane Valley, the apprentice
/// pole yard at Medical Lake with its training poles, climbing block and bucket mock-up, and the transit training bay
/// with a retired 40-ft coach at the Boone garage) writing lower-case "mbr:", "card" or "badge", classification
/// (journeyman lineworker, apprentice, groundman, foreman, coach operator on a route or the extra board), "essential
/// task:", "task simulation:", "tx:", "limit:" and "obj:" lines, a gear-check row, a mirror-check row from the
/// operator's seat, "min: [ ]" boxes, a "code / min / by" table and clock ranges on the code's line: gaffs that cut out
/// when a lineworker kicks in, a climbing belt and a fall-restriction device on a 20-ft training pole, a hot stick at
/// the crossarm and a cutout target, a vault lid and its hook, a cable reel, a storm crew in the ice, the bucket that
/// sways in the wind, blood flow restriction after a meniscectomy, Graston and a Mulligan MWM for a hot-stick elbow, a
/// coach operator's four mirrors and door camera, the pedal board and a reaction timer, a wheelchair secured with
/// four-point tie-downs, the ramp, the operator's seat and the farebox;</item>
/// <item>a county hospital's outpatient therapy service ("Spokane County Hospital — Outpatient Therapy Services", SCH:
/// the main campus, the Deer Park clinic and the Cheney clinic) seeing the same trades under Medicare as retirees and
/// as SSDI beneficiaries, writing a daily note with the payer on its header ("Medicare Part B", "Medicare (SSDI since
/// 2023)", a payer box row "☒ Medicare Part B ☐ Medicaid (Apple Health) ☐ L&amp;I claim"), the patient by initials, age
/// and former trade, "S:", "Impairment:" or "Deviation:", "Measured:" and "Timed codes:" lines, and an OT task grid
/// against assist-level boxes: a retired fire captain whose feet feel like they are in bunker boots, a retired
/// battalion chief in LSVT BIG, a retired lineman who can't get up onto his pickup's running board, a retired transit
/// operator in the Otago programme and in Tai Ji Quan: Moving for Better Balance, a retired 911 dispatcher in an OT
/// cooking group, a former paramedic and a former lineworker after strokes, a former corrections officer with a
/// prosthesis after a sally-port gate, a retired lieutenant who heats with a woodstove, a former transit mechanic after
/// a fusion, and the widow of a volunteer fire chief.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h98-…): one-on-one in these writers' own words ("Just me and the member in the stair tower — no
/// other patient on my schedule for the block" with the training captain on the radio, "1:1 — PT and officer only on
/// the mat" with the DT instructor at the door holding pads, "one-on-one: no other member on the pole yard with me this
/// session" with the line instructor on the fall-restriction device, "Treated 1:1 — his wife sat in on the session", "I
/// gave T.W. my undivided attention for the whole 97112 — no one else on my book during it", "Solo session: K.B. was my
/// only patient for the whole 97112" with her captain learning the drills), notes that negate it (two members off
/// Ladder 4 with the sets alternated between them, an academy RTD group of four officers, a PTA running two operators
/// on the training coach's steps together, a PT who stepped into the next bay to measure another officer's knee) or
/// never state it (a former paramedic's old partner from Medic 4 watching from the window), and the codes without a
/// one-on-one check (only 97112 is the one-on-one code in the shipped medicare profile): a 97530 in an EMS lifting
/// class of five medics, a 97110 on a strength night of six apprentices and an OT 97530 in a cooking group of
/// three;</item>
/// <item>class 2 (v2-h98-…): boxes, checklists and blank fields: "Treated: ☒ 1:1 (PT + member only) ☐ group", "☐ 1:1 ☒
/// group (academy RTD block, 3 officers)" and both boxes empty, duty-status box rows on the PSOH notes, a
/// fitness-for-duty checklist with ☑ / ☐ and a result column in 71 lb of gear, "Limitation: ______" left blank with no
/// deficit anywhere, an "NMR: ☐ perturbation ☐ PNF ☐ gaze / VOR ☐ foam / unstable surface ☐ other" row with nothing
/// ticked and nothing done written, "min: 97530 [ 20 ] 97110 [ 12 ]" minute boxes and the same boxes with the second
/// left empty, "retest: ____ score: ____" left blank, a lineworker's gear-check row, a template whose essential-task,
/// task-simulation and result fields are blank beside "participated in functional activities per plan", a payer box
/// row, a duty belt / vest / long gun Y/N row, an OT task grid against assist-level boxes and a mirror-check row from
/// the operator's seat;</item>
/// <item>class 3 (v3-h98-…): named programmes, methods and devices as techniques (PNF D2 with a nozzle on a charged
/// line, LSVT BIG, gaze stabilisation to a licence-plate chart, blood flow restriction at a percentage of limb
/// occlusion pressure, Graston and a Mulligan MWM, Maitland mobilisations and muscle energy technique, a CPAT-style
/// event circuit, dual-task gait with radio traffic, the Otago Exercise Programme, McKenzie repeated extension,
/// rhythmic stabilisation and lumbar motor-control drills in the bucket, Tai Ji Quan: Moving for Better Balance), the
/// department's "Overhead Ready" shoulder series with no dose, a slip-trip treadmill's perturbation training with no
/// deficit, and "manual therapy to the R shoulder" with no technique named;</item>
/// <item>class 4 (v4-h98-…): deficits stated as findings in these writers' terms (a firefighter who can't take a hand
/// off the ladder to swing his leg over the sill, a charged line that pulls a firefighter off the step when he pulls
/// slack, an officer who can't draw from the holster, a corrections officer who can't kneel beside a prone dummy to
/// cuff it and get up, a medic who can't take the foot end of the stair chair down a flight, a lineworker who can't
/// feel the gaff bite into the pole, one who can't hold the hot stick up at the crossarm, a coach operator whose toe
/// catches on the brake pedal, a foreman who grabs the rail when the bucket sways, a retired lineman who can't get up
/// onto his pickup's running board, a former paramedic whose toe catches the curb cut at the bus stop) and notes that
/// state none (a final RTD visit with "no limitations found, no deficits remain", a groundman's gait card with "limit:
/// none — no deviations seen today", a discharge with "no impairments remain; all goals met");</item>
/// <item>class 5 (v5-h98-…): measures as these writers take them (six floors with the high-rise pack timed in seconds,
/// rescue and hose drags timed in seconds, Y-balance composite and single-hop distance with a limb symmetry index, grip
/// dynamometer kilograms, a wheelchair securement timed in seconds, a crate lift's pounds and a push-pull gauge, an
/// accelerator-to-brake reaction time, Berg and TUG, a 10MWT speed with a prosthesis, stand-ups from guard counted
/// pain-free, stair trips with the monitor and jump bag) and notes with none ("says the turnouts feel lighter",
/// "climbing like his old self, he says", "wife says he's steadier in the garage", "turns to the mirrors easier after
/// tx, he says");</item>
/// <item>class 6 (v6-h98-…): minutes in these writers' forms ("97112 — 23 min" and "97530 — 15 min" under a
/// 24-on/48-off header, "Timed minutes — 97112: 22 · 97110: 12", a "code / min / by" table with a PT's and a PTA's
/// code, clock ranges on each code's line, "Timed codes: 97116 × 18 min · 97110 × 12 min · 97530 × 10 min", a PT's and
/// an OT's code on one morning, a 97112's minutes in two parts on the tower and the mat with their sum, minutes in
/// brackets after the code, a dictated "97530, twenty-six minutes", "97112 x 23 mins") and true mismatches (35 on a
/// flowsheet against 23, a PTA's 30 against 18, a second code's 26 against 12) and truly missing separate time ("Total
/// treatment time 40 min" for two codes, a time in and a time out for two codes, a second block with no
/// minutes);</item>
/// <item>class 7 (v7-h98-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (trunk and hip strengthening for a shift under the duty belt), 97530
/// (floor recovery and carrying wood to the stove), 97140 (thoracic and first-rib mobilisation under the SCBA straps)
/// and 97116 (quad-cane gait and stairs after a pontine stroke), a wholly generic one-line 97112, a generic 97110 +
/// 97530 with minutes for each and a generic 97140;</item>
/// <item>ordinary (vord-h98-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (724.2) on the claim, a generic
/// two-code note with only a total, a PTA's gait minutes that differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (a code's minutes given in two parts add up to its line). Every timed
/// line earns at least one unit under the 8-minute rule. This set's notes carry people and numbers that are not the
/// code's or its minutes — training captains, DT instructors, a pump operator, an engineer and crew at the head of a
/// stair chair, line instructors, a staff member seated in a wheelchair on the coach (staff, none of them a patient;
/// the second member off Ladder 4, the four officers of the RTD group, the second operator on the coach's steps and the
/// officer whose knee was measured in the next bay are), wives, a son, an old partner from Medic 4 and a K-9 in the
/// car; badge, card, route, engine, medic, truck and line-truck numbers, A/B/C shifts and 24-on/48-off, watches, gear
/// weights in pounds (turnouts and SCBA, a high-rise pack, duty belts, a ballistic shield, the monitor and jump bag,
/// tool bags), manikin and dummy weights, ladder, pole, wall and curb heights, hose diameters, a roof's pitch, floors
/// and flights, a limb occlusion pressure in mmHg, ages, years on the job, dates of earlier visits, an LSVT session
/// count, seconds of holds, climbs, drags and reaction times, and a time in and out — and each is written so that a
/// reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code, in its block's
/// heading, in a minute box or table or as a clock range on the code's own line; no note gives minutes to a visit, a
/// drill, a rest or a test, except the two that give the visit a total (or a time in and a time out) instead of each
/// code's minutes, which are failed for that, and the generic two-code note with only a total. The notes failed for
/// want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note
/// names no technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure with a
/// number and fails it only when the note has no number but its code and its minutes; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a
/// family member, caregiver or staff member in the room does not undo a one-on-one statement, another patient treated
/// in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line). This set also leaves out an
/// essential-task line or a duty-status box as a 97112's only target, a fitness-for-duty pass or a ticked task with no
/// count as the only measure, a CPAT's or an agility test's pass time, an SCBA cylinder's rated duration or minutes on
/// air, a stair climb or a drag timed in minutes and seconds, a shift's hours or a call's times as a code's minutes,
/// "return to duty" as the whole of a deficit, whether work conditioning, work hardening or a functional capacity
/// evaluation belongs on 97545/97546 or 97750 and whether a class of medics or apprentices belongs on 97150 (coding
/// questions, not the note's), and whether a co-treatment's minutes were split between disciplines (no note here is a
/// co-treatment).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 108 of 109 cases agree (107 needed), and 1 of the 71 notes the reviewer passes got a finding, on the analyzer of cb506a0 (the start of the 2026-12-06 sixteenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 109 of 109, no false positive — a patient's initials with their full stops ("I treated F.C. by himself the whole 97112") and "the whole 97112" naming the session, as "the whole session" does.</para>
/// </summary>
public class HeldOutNotesIssue18NinetyEighthTests(ITestOutputHelper output)
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

        // PSOH Fire Training Center stair tower, a firefighter on modified duty after an ankle sprain on the apparatus step: "Just me and the member in the stair tower — no other patient on my schedule for the block" (the training captain ran the radio); pack perturbations on the landings, head-turn stair descents, foam stance in full gear; R ankle proprioception with a late peroneal response; Y-balance reach and perturbations recovered; 24 min matches: passes.
        ["v1-h98-psoh-stair-tower-just-me-and-the-member"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT                     03/04/26 · Fire Training Center, stair tower
            Member: FF J.R. · badge 4471 · Engine 17 · B shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty (fire prevention office)   ☐ off duty
            Essential task: carry a 50-lb high-rise pack up and down the stairs of a
             six-story building in full turnouts and SCBA
            Task simulation: stair tower, turnouts + SCBA on (68 lb of gear), pack on the
             R shoulder

            Just me and the member in the stair tower — no other patient on my schedule
            for the block; Capt. Ruiz from Training ran the radio calls for us.

            97112 — 24 min
             · unannounced pushes and tugs on the pack at each landing (perturbation
               training), recover without grabbing the rail
             · stair descent with head turns L/R to call out the floor numbers painted on
               the walls
             · single-leg stance on the landing's foam pad in full gear, eyes up
            Finding: R ankle proprioception — late peroneal response after the inversion
             sprain on the apparatus step in January; he rolls the R ankle on the edge of
             a stair when the pack shifts
            Tested: Y-balance anterior reach R 58 cm / L 66 cm; recovered 8 of 10 pack
             perturbations without a hand to the rail (4 of 10 on 2/18)
            K. Osei, PT, DPT, SCS
            """,
            ["S93.401D"], [PT("97112", 24)], []),

        // PSOH drill ground: "Two members off Ladder 4 in the bay together this morning — FF D.C. and FF K.W., both on my schedule; I alternated the perturbation sets between them" - another patient treated inside the billed block; rhythmic stabilisation in a leg lock, eyes-up ladder climbs with head turns, foam-beam tandem stance; L vestibular hypofunction with postural sway on the ladder; FGA and holds present: one-on-one missing.
        ["v1-h98-psoh-two-members-off-ladder-4-alternated"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT                     03/04/26 · Fire Training Center, drill ground
            Member: FF D.C. · badge 3815 · Ladder 4 · C shift (24-on/48-off)
            Duty status:  ☐ full duty   ☐ modified duty   ☒ off duty
            Essential task: raise and climb a 35-ft extension ladder, work off it with a
             leg lock
            Task simulation: 24-ft extension ladder on the drill-ground wall

            Two members off Ladder 4 in the bay together this morning — FF D.C. and FF
            K.W., both on my schedule; I alternated the perturbation sets between them.

            97112 — 22 min
             · rhythmic stabilisation with the member in a leg lock at the fourth rung,
               my hands alternating at his pelvis and shoulders
             · ladder climbs eyes up, then with head turns to a called window
             · tandem stance on a foam beam at the foot of the ladder, catching tossed
               tools
            Finding: postural control with L vestibular hypofunction after the fall off
             the tailboard — he sways and grabs a rung whenever he turns his head on the
             ladder
            Tested: FGA 22/30; held the leg lock hands-free through 6 of 10 sets
            J. Amundsen, PT
            """,
            ["H81.8X2"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PSOH Police Academy mat room, a patrol officer seven months after an ACL reconstruction: "1:1 — PT and officer only on the mat; Sgt. Keller (DT instructor) watched from the door and held the pads" (staff, not a patient); reactive stepping in a bladed stance, rhythmic stabilisation in the guard position, technical stand-up, Airex single-leg squats; L knee proprioception and motor recruitment; pushes held and valgus-free squats; 25 min matches: passes.
        ["v1-h98-psoh-dt-mat-pt-and-officer-only"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · Police Academy, defensive-tactics mat room · 03/04/26
            Member: Ofc. M.T. · badge 2290 · Patrol, North — nights
            Duty status:  ☐ full duty   ☒ modified duty (desk, records unit)   ☐ off duty
            Essential task: hold a bladed stance against a resisting subject, take him
             to the ground and get back up from the mat with the duty belt on
            Task simulation: DT mat, belt on (22 lb), training vest

            1:1 — PT and officer only on the mat; Sgt. Keller (DT instructor) watched from
            the door and held the pads.

            97112 — 25 min
             · bladed stance, unannounced pushes and pulls at the vest from all sides —
               reactive stepping to hold the stance
             · rhythmic stabilisation in the guard position on the mat, then the technical
               stand-up with eyes on a target on the wall
             · single-leg squats on the L on an Airex pad with a knee-over-toe cue
            Finding: L knee proprioception and quad/hip motor recruitment 7 months after
             the ACL reconstruction — the knee drops into valgus on pivots and landings
            Tested: held the stance through 7 of 10 pushes (3 of 10 on 2/11); single-leg
             squat with no valgus 6 of 10 on the L
            D. Whitehorse, PT, DPT
            """,
            ["S83.512D"], [PT("97112", 25)], []),

        // PSOH Police Academy: "RTD group on the mat today — four officers off injury leave, I ran the stations and moved between them" - a group; half-kneel to stand with pushes, BOSU bladed stance, D2 PNF with a medicine ball; trunk postural control after a lumbar strain; BOSU seconds and pushes present: one-on-one missing.
        ["v1-h98-psoh-academy-rtd-group-of-four"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · Police Academy, defensive-tactics mat room · 03/04/26
            Member: Ofc. L.P. · badge 2517 · Traffic unit (motors) — days
            Duty status:  ☐ full duty   ☒ modified duty (court liaison)   ☐ off duty
            Essential task: pick the motor up off its side and control it at a walk

            RTD group on the mat today — four officers off injury leave, I ran the
            stations and moved between them.

            97112 — 23 min
             · half-kneel to stand with unannounced pushes at the shoulders
             · balance on the BOSU in a bladed stance while catching a weighted ball
             · D2 flexion/extension PNF patterns with a medicine ball
            Finding: trunk and R hip postural control after the lumbar strain — late
             trunk righting, he steps out of the stance
            Tested: BOSU stance held 18 sec (9 sec on 2/20); recovered 6 of 10 pushes
            D. Whitehorse, PT, DPT
            """,
            ["S39.012D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PSOH Station 1, a Tuesday EMS lifting class of five medics rotating through stations: 97530 has no one-on-one check; stair-chair carries at the foot end with a manikin, loaded-cot lifts, backboard lifts with counts; lumbar extensor endurance after a disc bulge; carries with a neutral spine and lifts; 26 min matches: passes.
        ["v1-h98-psoh-ems-lifting-class-of-five-97530"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · Station 1 apparatus bay, EMS lifting class · 03/04/26
            Member: FF/PM D.L. · badge 4102 · Medic 9 · A shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty (EMS training office)   ☐ off duty
            Essential task: carry a patient down stairs in the stair chair, foot end, and
             lift a loaded cot

            Tuesday lifting class: five medics from Stations 1, 3 and 9 rotating through
            the stair-chair, cot and backboard stations; an EMS captain and I coached.

            97530 — 26 min
             · stair-chair carries down two flights at the foot end with the 165-lb
               manikin strapped in, partner at the head — 4 carries
             · loaded-cot lift from the floor to load height, 200 lb on the cot, with a
               partner — 2 × 5
             · backboard lift from the floor to the cot, 3 lifts
            Finding: lumbar extensor endurance after the L4-5 disc bulge; he rounds his
             back and can't hold the hinge through the second flight
            Result: 4 of 4 carries with a neutral spine through both flights (2 of 4 on
             2/25); 10 cot lifts with no hitch
            J. Amundsen, PT
            """,
            ["M51.26"], [PT("97530", 26)], []),

        // ITT apprentice pole yard, a journeyman lineworker whose L gaff cuts out: "one-on-one: no other member on the pole yard with me this session — the line instructor tended the fall-restriction device and that's all"; eyes-up gaff placement, single-leg stance on the climbing block with belt tugs, rocker board in climbing boots; L ankle proprioception and peroneal reaction; cut-outs per steps and rocker seconds; 23 min matches: passes.
        ["v1-h98-itt-pole-yard-no-other-member"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: R.V. · card 88213 · jrny lineworker, Line Truck 212
            date: 3/4/26 · site: apprentice pole yard, Medical Lake
            essential task: climb a 45-ft class 2 pole on gaffs with the belt and about
             30 lb of tools, work at the crossarm, climb down
            task simulation: 20-ft training pole, climbing belt + gaffs (guards off on the
             pole), fall-restriction device on

            one-on-one: no other member on the pole yard with me this session — the line
            instructor tended the fall-restriction device and that's all.

            97112 · 23 min
             tx:
              - gaff placement on the training pole eyes up, no looking down at the feet
              - single-leg stance on the climbing block in boots with me tugging the belt
                (perturbation)
              - rocker board in climbing boots, eyes open then closed
             limit: L ankle proprioception and peroneal reaction after the sprain stepping
              off the truck bed — his L gaff cuts out when he kicks in
             obj: 1 cut-out in 24 steps up and down (5 in 24 on 2/19); rocker board eyes
              closed 14 sec on the L
            —T. Brandt, PT
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // ITT transit training bay: "PTA ran G.H. and another operator on the training-coach steps together today, spotting each in turn" - another patient inside the block; front-step descents with head turns, pushes in the aisle with hands off the stanchion, foam stance; R vestibular hypofunction; FGA and pushes present: one-on-one missing.
        ["v1-h98-itt-training-coach-pta-two-operators"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: G.H. · badge 1187 · coach operator, Boone garage, extra board
            date: 3/4/26 · site: training bay — the retired 40-ft coach
            essential task: climb down the front steps to the curb and back up to the
             seat, kneel the coach and deploy the ramp
            by: S. Dubois, PTA (sup. PT T. Brandt)

            PTA ran G.H. and another operator on the training-coach steps together today,
            spotting each in turn.

            97112 · 20 min
             tx:
              - front-step descents with head turns to the curb mirror, then eyes closed
                on the bottom step
              - standing in the aisle with the PTA's pushes at the hips in random
                directions, hands off the stanchion
              - foam stance in the aisle
             limit: postural control with R vestibular hypofunction after neuritis —
              grabs the stanchion on head turns
             obj: FGA 21/30; hands off the stanchion through 7 of 10 pushes
            """,
            ["H81.21"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // ITT union-hall gym, a Wednesday pre-climbing strength night of six apprentices: 97110 has no one-on-one check; farmer carries, landmine press, face pulls, dead hangs with sets, loads and holds; grip and shoulder endurance after impingement with a tool-overhead goal; hang seconds and grip kilograms; 28 min matches: passes.
        ["v1-h98-itt-strength-night-six-apprentices-97110"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: A.N. · card 90447 · 3rd-step apprentice lineworker
            date: 3/4/26 · site: union hall gym — Wednesday pre-climbing strength night
            six apprentices on the floor, me coaching the circuit
            essential task: hold position on the pole in the belt with the arms working
             overhead

            97110 · 28 min
             tx:
              - farmer carries with 50-lb kettlebells, 4 × 100 ft
              - half-kneeling landmine press 3 × 10 each side, 35 lb
              - band face pulls 3 × 15, blue band
              - dead hangs from the bar 4 × 30 sec
             limit: grip and shoulder endurance after the R shoulder impingement — his R
              arm gives out holding a tool above the crossarm
             obj: dead hang 30 sec × 4 (18 sec at eval); grip R 48 kg / L 52 kg
            —T. Brandt, PT
            """,
            ["M75.41"], [PT("97110", 28)], []),

        // SCH Deer Park, a retired fire captain on Medicare with diabetic neuropathy: "Treated 1:1 — his wife sat in on the session; he was my only patient during the 97112"; foam stance eyes open and closed, foam-beam tandem walking with head turns, reactive stepping; somatosensory loss of both feet; mCTSIB and FGA; 23 min matches: passes.
        ["v1-h98-sch-retired-captain-wife-sat-in"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (Deer Park clinic)
            Daily note · 3/4/2026 · Payer: Medicare Part B
            Pt: R.S., 74 M — retired Capt., SFD Engine 3, 31 yrs on the job
            Dx: type 2 DM with polyneuropathy; 2 falls this winter in the driveway

            S: Still goes to the station for the Tuesday breakfast; says his feet "feel
            like they're in bunker boots" all the time.
            Treated 1:1 — his wife sat in on the session; he was my only patient during
            the 97112.

            97112 (23 min):
             - standing on foam, feet together, eyes open then closed (sensory
               reweighting)
             - tandem walking on the foam beam with head turns
             - reactive stepping to my pushes at the pelvis, forward and back
            Impairment: somatosensory loss of both feet with a poor ankle strategy — he
             loses his balance when he can't see his feet
            Measured: mCTSIB foam eyes closed 12 sec (4 sec at eval); FGA 19/30
            Plan: continue 2x/wk
            M. Lindgren, PT
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // SCH main campus, a former paramedic on SSDI after a stroke on shift: "His old partner from Medic 4 drove him in and watched from the chair by the window" and nothing states one-on-one or individual treatment; weight shifts with nudges, hurdle stepping, PNF pelvic patterns; R hemiparesis with poor hip motor control and stepping reactions; Berg and nudges present: one-on-one missing.
        ["v1-h98-sch-ssdi-old-partner-watched-never-stated"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (main campus)
            Daily note · 3/4/2026 · Payer: Medicare (SSDI since 2023)
            Pt: W.B., 58 M — former FF/PM, Medic 4; L MCA stroke on shift in 2022
            His old partner from Medic 4 drove him in and watched from the chair by the
            window.

            97112 — 24 min
             - weight shifts onto the R leg in stride stance with my hand cues at the R
               hip, then unannounced nudges
             - stepping over the 4-in hurdle row leading with the R, eyes up
             - PNF pelvic patterns in side-lying, rhythmic initiation
            Impairment: R hemiparesis with poor R hip motor control and delayed R
             stepping reactions
            Measured: Berg 44/56; 5 of 8 nudges to the R answered with a step (2 of 8 at
             eval)
            C. Nakamura, PT, DPT, NCS
            """,
            ["I69.351"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // PSOH Corrections Center training room, a corrections officer after a tibial plateau fracture: "About halfway I stepped into the next bay to take another officer's knee measurements, then came back to R.A." - the therapist attended another patient during the block; pushes on the stair landing, stepping reactions, Dyna-disc with head turns; L ankle and knee proprioception; seconds and pushes present: one-on-one missing.
        ["v1-h98-psoh-corrections-pt-stepped-to-next-bay"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Corrections Center training room (interlocal)
            Member: CO R.A. · badge 618 · 3rd watch, housing unit 4B
            Duty status:  ☐ full duty   ☒ modified duty (central control)   ☐ off duty
            Essential task: run the tier stairs to a call and control an inmate on the
             landing
            Task simulation: the training room's steel stair set, duty belt on (19 lb)

            97112 — 21 min
             · stair descents with unannounced pushes at the shoulders on the landing
             · stepping reactions on the tier-grate mat, eyes on a called cell number
             · single-leg balance on the Dyna-disc with head turns
            About halfway I stepped into the next bay to take another officer's knee
            measurements, then came back to R.A.
            Finding: L ankle and knee proprioception after the tibial plateau fracture;
             he catches himself on the rail every time the stairs change direction
            Tested: single-leg on the Dyna-disc L 11 sec / R 28 sec; 6 of 10 pushes
             without a hand on the rail
            J. Amundsen, PT
            """,
            ["S82.142D"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // ITT training bay, a coach operator after a concussion from a rear-end hit: "I gave T.W. my undivided attention for the whole 97112 — no one else on my book during it"; VOR x1 to a card on the flat mirror, saccades between the mirrors and the door camera, aisle walking with head turns; vestibulo-ocular and visual-motion sensitivity; DVA lines and FGA; 25 min matches: passes.
        ["v1-h98-itt-coach-operator-undivided-attention"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: T.W. · badge 2041 · coach operator, Route 25 (Division)
            date: 3/4/26 · site: training bay — the retired 40-ft coach
            hx: struck from behind at a stop on Division in January, head hit the side
             window; off the road since
            essential task: scan four mirrors and the door camera while driving in
             traffic

            I gave T.W. my undivided attention for the whole 97112 — no one else on my book
            during it.

            97112 · 25 min
             tx:
              - VOR x1 in the operator's seat, reading a letter card taped to the R flat
                mirror while turning his head
              - saccades between the L mirror, the R mirror and the door camera screen
                on my call
              - walking the aisle of the coach with head turns to read the seat numbers
             limit: vestibulo-ocular and visual-motion sensitivity after the concussion —
              vision blurs and he gets off balance turning to the R mirror
             obj: DVA 3 lines lost at eval, 1 line today; FGA 24/30
            —T. Brandt, PT
            """,
            ["S06.0X0D"], [PT("97112", 25)], []),

        // SCH main campus, an OT Thursday cooking group of three patients: 97530 has no one-on-one check; a retired 911 dispatcher making coffee and a sandwich at the stove, carrying the carafe, unloading the dishwasher with the L hand; L hemiparesis with grasp weakness and poor standing tolerance; assist level, carries and dishes placed; OT 97530 24 min matches: passes.
        ["v1-h98-sch-ot-cooking-group-of-three-97530"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (main campus)
            OT daily note · 3/4/2026 · Payer: Medicare Part B
            Pt: E.F., 69 F — retired 911 dispatcher, 28 yrs on the console
            Setting: OT kitchen, Thursday cooking group — three patients, one OT

            97530 — 24 min
             - making a pot of coffee and a grilled cheese at the stove, standing at the
               counter with the walker parked
             - carrying the coffee carafe from the counter to the table, 12 ft, 3 trips
             - unloading the dishwasher to the upper cabinet, reaching overhead with
               the L hand
            Problem: L hemiparesis after a R MCA stroke — L grasp weakness, poor
             standing tolerance at the counter
            Measured: stood at the counter through the whole task with SBA; 3 of 3
             carries with no spills; 9 of 12 dishes placed with the L hand
            Goal: make her own breakfast at home
            R. Pham, OTR/L
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // PSOH Station 17 apparatus floor, a truck-company firefighter after vestibular neuritis: "Solo session: K.B. was my only patient for the whole 97112 — her captain stayed to learn the home drills so the crew can run them on shift"; VOR x1 on the tailboard step, heel-to-toe on the painted line with head turns, rear-step step-ups eyes on the aerial; R vestibular hypofunction; DGI and VOR hold seconds; 22 min matches: passes.
        ["v1-h98-psoh-solo-session-captain-learned-drills"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Station 17, apparatus floor
            Member: FF K.B. · badge 5120 · Truck 17 · A shift (24-on/48-off)
            Duty status:  ☐ full duty   ☐ modified duty   ☒ off duty (since 2/02)
            Essential task: climb to the turntable of the aerial and walk the ladder
             with a saw

            Solo session: K.B. was my only patient for the whole 97112 — her captain
            stayed to learn the home drills so the crew can run them on shift.

            97112 — 22 min
             · gaze stabilisation, VOR x1 standing on the tailboard step, then on the
               apparatus floor with head pitch
             · heel-to-toe walking along the painted line on the apparatus floor with
               head turns to call out compartment numbers
             · stepping up onto the rear step and down again, eyes on the aerial's tip
            Finding: R vestibular hypofunction after neuritis in January — sways and
             reaches for the grab bar on head turns and looking up
            Tested: DGI 19/24 (14/24 at eval); VOR x1 held 20 sec before blurring
             (8 sec at eval)
            K. Osei, PT, DPT, SCS
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 2: boxes, checklists and blank fields

        // PSOH RTD flowsheet "Treated: ☒ 1:1 (PT + member only) ☐ group", a firefighter after a medial meniscus repair: pushes to the ladder beam while he heels it, a stop on command mid-raise, BOSU stance in turnouts; L knee proprioception and quad recruitment; Y-balance composite and pushes held; 97112 minutes: 24 matches: passes.
        ["v2-h98-psoh-treated-box-one-to-one"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH — RTD FLOWSHEET
            Date 03/04/26   Site: Fire Training Center, drill ground   PT: J. Amundsen
            Member: FF S.O. · badge 3390 · Engine 8 · C shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Treated:      ☒ 1:1 (PT + member only)   ☐ group
            97112 minutes: 24

            Essential task: raise a 24-ft extension ladder single-handed and climb it
             with a hook
            Technique: perturbation training at the ladder's base — my pushes to the
             ladder beam while he heels it; ladder raise with a stop on command
             mid-raise; single-leg stance on the BOSU flat side in turnouts
            Impairment: L knee proprioception and quad recruitment after the medial
             meniscus repair — the knee buckles when the ladder shifts
            Measures: Y-balance composite L 84% / R 93%; held the beam through 8 of 10
             pushes
            """,
            ["S83.242D"], [PT("97112", 24)], []),

        // PSOH RTD flowsheet "Treated: ☐ 1:1 ☒ group (academy RTD block, 3 officers)" - a shared session; kneel-to-stand with the shield and pushes, half-kneel rhythmic stabilisation, lateral shuffles; R hip motor and postural control after a labral repair; stands and foam seconds present: one-on-one missing.
        ["v2-h98-psoh-treated-box-group"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH — RTD FLOWSHEET
            Date 03/04/26   Site: Police Academy, mat room   PT: D. Whitehorse
            Member: Ofc. J.D. · badge 1976 · SWAT / Patrol, South — days
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Treated:      ☐ 1:1   ☒ group (academy RTD block, 3 officers)
            97112 minutes: 22

            Essential task: move with a 45-lb ballistic shield and vest, drop to a knee
             behind cover and come back up
            Technique: kneel-to-stand with the shield and unannounced pushes on the
             shield; rhythmic stabilisation in the half-kneel; lateral shuffles to a
             called direction
            Impairment: R hip motor control and postural control after the labral
             repair — he falls back onto the heel coming up from the knee
            Measures: 7 of 10 kneel-to-stands without a hand down; single-leg stance on
             foam R 14 sec
            """,
            ["S73.191D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PSOH RTD flowsheet with both "Treated:" boxes left empty and nothing else stating one-on-one, a firefighter after a tailboard ankle sprain: jump-seat step-downs eyes up, Airex landings, perturbations at the SCBA frame; R ankle proprioception; step-downs and Y-balance present: one-on-one missing.
        ["v2-h98-psoh-treated-boxes-both-empty"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH — RTD FLOWSHEET
            Date 03/04/26   Site: Station 1, apparatus bay   PT: K. Osei
            Member: FF/EMT C.M. · badge 4688 · Engine 1 · B shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Treated:      ☐ 1:1   ☐ group
            97112 minutes: 23

            Essential task: step down off the engine's tailboard and jump seat with the
             SCBA on
            Technique: step-downs off the jump-seat step with eyes up and a head turn;
             landing on the Airex pad; perturbations at the SCBA frame while he holds
             a staggered stance
            Impairment: R ankle proprioception after a lateral ankle sprain on the
             tailboard — rolls in on landing
            Measures: 9 of 10 step-downs landed stable; Y-balance anterior R 61 cm / L
             68 cm
            """,
            ["S93.401D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PSOH fitness-for-duty checklist with ☑ / ☐ per task and a result column (ladder raise, charged hose drag, forcible entry, ceiling breach ticked; victim drag not yet) in 71 lb of gear, a firefighter after a cuff repair: tasks, counts and distances; R shoulder flexion and ER weakness with a suppression-duty goal; 97530 26 min matches: passes.
        ["v2-h98-psoh-ffd-checklist-ticks-97530"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Fitness-for-duty checklist + PT · 03/04/26 · Fire Training Center, drill yard
            Member: FF T.G. · badge 2954 · Engine 13 · A shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Gear on: turnouts, helmet, SCBA (on air), gloves — 71 lb
            97530 — 26 min · J. Amundsen, PT

            FFD task                               done   result
            ladder raise, 24-ft extension            ☑     3 raises, no pause
            hose drag, charged 1¾" line, 150 ft      ☑     2 drags, no rest stop
            forcible entry, sledge to the prop       ☑     40 strikes, mod I
            victim drag, 165-lb dummy, 100 ft        ☐     not yet — next visit
            ceiling breach and pull, pike pole       ☑     3 sets of 10 pulls

            Finding: R shoulder flexion and ER weakness after the rotator cuff repair;
             goal is unrestricted suppression duty on Engine 13
            """,
            ["S46.011D"], [PT("97530", 26)], []),

        // PSOH RTD flowsheet with "Limitation: ______" left blank and no deficit, system, region or goal anywhere (no essential-task line); 1:1 box ticked; perturbation training in a bladed stance, BOSU with a tossed ball, rhythmic stabilisation in the guard position; BOSU seconds and pushes: deficit missing.
        ["v2-h98-psoh-limitation-line-left-blank"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH — RTD FLOWSHEET
            Date 03/04/26   Site: Police Academy, mat room   PT: D. Whitehorse
            Member: Ofc. B.R. · badge 2735 · Patrol, Central — swing shift
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Treated:      ☒ 1:1 (PT + member only)   ☐ group
            97112 minutes: 21

            Technique: perturbation training in a bladed stance on the mat; BOSU stance
             with a tossed ball; rhythmic stabilisation in the guard position
            Limitation: ____________________________
            Measures: BOSU stance 25 sec; held the stance through 8 of 10 pushes
            """,
            ["S83.511D"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // PSOH RTD flowsheet "NMR: ☐ perturbation ☐ PNF ☐ gaze / VOR ☐ foam / unstable surface ☐ other: ____" with nothing ticked and nothing done written anywhere; 1:1 box ticked; L vestibular hypofunction; FGA and DGI: technique missing.
        ["v2-h98-psoh-nmr-row-nothing-ticked"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH — RTD FLOWSHEET
            Date 03/04/26   Site: Station 9, day room   PT: K. Osei
            Member: FF/PM A.K. · badge 4230 · Medic 9 · C shift (24-on/48-off)
            Duty status:  ☐ full duty   ☐ modified duty   ☒ off duty
            Treated:      ☒ 1:1 (PT + member only)   ☐ group
            97112 minutes: 22
            NMR:  ☐ perturbation  ☐ PNF  ☐ gaze / VOR  ☐ foam / unstable surface
                  ☐ other: ______________
            Impairment: L vestibular hypofunction after neuritis — unsteady with head
             turns and in the back of a moving rig
            Measures: FGA 20/30; DGI 18/24
            """,
            ["H81.22"], [PT("97112", 22)], [At(Tech, "97112")]),

        // ITT minute boxes "min: 97530 [ 20 ] 97110 [ 12 ]", both match; stepping in and out of the bucket mock-up and hot-stick reaches to a cutout target with counts and SBA; band ER/IR, prone Y-T, wall slides with doses; R shoulder ER and lower-trap weakness after a cuff repair: passes.
        ["v2-h98-itt-minute-boxes-two-codes-filled"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: C.J. · card 71906 · jrny lineworker, Line Truck 108
            date: 3/4/26 · site: union hall clinic + the bucket mock-up in the yard
            min:  97530 [ 20 ]   97110 [ 12 ]      PT: T. Brandt
            essential task: work from the bucket with a hot stick at shoulder height and
             above, step in and out of the bucket at the truck's tailboard
            ---
            97530 — stepping in and out of the bucket mock-up over the 42-in lip, 6 each
             way, SBA; hot-stick work from the bucket: reaching a 10-ft stick to a
             cutout target at shoulder height and overhead, 4 sets of 8
            97110 — band ER/IR at 0° 3 × 15 red band; prone Y-T 3 × 10 with 2 lb;
             wall slides with lift-off 3 × 12
            limit: R shoulder ER and lower-trap weakness after the cuff repair; the
             shoulder fatigues at 90° with the stick
            """,
            ["S46.011D"], [PT("97530", 20), PT("97110", 12)], []),

        // ITT minute boxes "min: 97140 [ 12 ] 97110 [    ]" - the second box left empty: separate time missing; both parts complete (cervical rotation mobilisations with grade and bouts, suboccipital release, upper-trap STM; chin tucks, rows, thoracic extension with doses; R cervical rotation limited for the mirror, degrees).
        ["v2-h98-itt-minute-box-second-left-empty"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: P.L. · badge 1642 · coach operator, Route 4, Boone garage
            date: 3/4/26 · site: union hall clinic
            min:  97140 [ 12 ]   97110 [    ]      PT: T. Brandt
            essential task: turn the head to both mirrors and the door, hold the wheel
             through a full shift
            ---
            97140 — C5-6 and C6-7 rotation mobilisations to the R, grade III, 3 × 30
             sec; suboccipital release; upper-trap soft-tissue mobilisation R
            97110 — deep-neck flexor chin tucks 3 × 10 with 10-sec holds; band rows 3 ×
             15 green; thoracic extension over the foam roll × 15
            limit: cervical rotation R limited and painful — has to lean forward to see
             the R mirror
            obj: cervical rotation R 52° → 60°, L 70°
            """,
            ["M54.2"], [PT("97140", 12), PT("97110", 13)], [SepTime]),

        // ITT "retest: ________ score: ________" left blank on a 97112 otherwise complete (one-on-one stated; rhythmic stabilisation kneeling on the half-roll, pike-pole reaches on the rocker board, pushes in a squat; trunk postural control and motor recruitment after a fusion): no number in the note but the code and its minutes - measure missing.
        ["v2-h98-itt-retest-fields-left-blank"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: J.S. · jrny lineworker, underground crew
            site: union hall clinic
            one-on-one — J.S. and me in the back room, nobody else on my book for the
            whole block.
            97112 · 22 min
             tx:
              - rhythmic stabilisation at the trunk kneeling on the half-roll, as if at
                the edge of a vault
              - reaching with a pike pole to targets outside his base on the rocker
                board, eyes up
              - unannounced pushes at the shoulders in a squat
             limit: trunk postural control and motor recruitment after the lumbar
              fusion — he loses his trunk going down into the vault
             retest: ________   score: ________
            """,
            ["Z98.1", "M51.16"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ITT pole yard with a gear-check row "☑ climbing belt + fall-restriction device ☑ gaffs … ☑ hard hat ☑ FR shirt ☑ boots" (equipment, not treatment): training-pole climbs setting the belt and working hands-free, down-climbs resetting the gaff, a tool bag on the handline; R knee pain and quad weakness after a patellar tendon repair; climbs, cut-outs and hands-free with SBA; 24 min matches: passes.
        ["v2-h98-itt-gear-check-row-pole-climb-97530"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: D.M. · card 84520 · jrny lineworker, Line Truck 220
            date: 3/4/26 · site: apprentice pole yard, Medical Lake
            gear check:  ☑ climbing belt + fall-restriction device  ☑ gaffs, sharpened,
                         guards off on the pole  ☑ hard hat  ☑ FR shirt  ☑ boots
            essential task: climb a 40-ft pole, set the belt, work both hands free,
             climb down
            ---
            97530 · 24 min · T. Brandt PT
             tx:
              - climbs of the 20-ft training pole, belt and device on, setting the belt
                at the top and working both hands free at a crossarm target
              - climbing down with a pause at each step to reset the gaff
              - carrying a 25-lb tool bag to the pole and hanging it on the handline
             limit: R knee pain and quad weakness after the patellar tendon repair —
              the knee gives on the down-climb
             obj: 4 climbs to the top, 0 cut-outs; hands free at the top 3 of 4 with SBA
              from the ground
            """,
            ["S76.111D"], [PT("97530", 24)], []),

        // SCH template with "Essential task: ____", "Task simulation: ____", "Result: ____" left blank and "Pt participated in functional activities per plan. Tolerated well. Continue POC." on a PTA's 97530: no activity, deficit or measure named and no number but the code and its minutes.
        ["v2-h98-sch-template-blank-generic-97530"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES
            Daily note · PTA: S. Okafor
            Essential task: ________________________
            Task simulation: _______________________
            Result: ________
            Comments: Pt participated in functional activities per plan. Tolerated
             well. Continue POC.
            Billed: 97530 — 22 min
            """,
            ["M54.50"], [PTA("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // SCH Cheney with a payer box row "☒ Medicare Part B ☐ Medicaid (Apple Health) ☐ L&I claim", a retired lineman after a R TKA: cane gait on concrete, gravel and a grass slope with cues, curbs; stiff R knee in swing, short L step, quad weakness; distance and assist; 26 min matches: passes.
        ["v2-h98-sch-payer-box-row-97116"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (Cheney clinic)
            Daily note · 3/4/2026
            Payer:  ☒ Medicare Part B   ☐ Medicaid (Apple Health)   ☐ L&I claim
            Pt: H.D., 71 M — retired lineman, 33 yrs with the utility
            97116 — 26 min
             - gait training with a single-point cane on the hospital's outdoor loop:
               concrete, the gravel path and the grass slope by the helipad, cued heel
               strike on the R and a longer L step
             - 4 curbs up and down with the cane
            Deviation: R knee stiff in swing and a short L step after the R TKA; R
             quad weakness
            Measured: 1,100 ft with the cane, SBA; curbs with CGA
            J. Whitman, PT
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 26)], []),

        // PSOH patrol-car bay with a Y/N gear row "duty belt Y (24 lb) vest Y long gun N", a patrol officer after an adductor strain: rapid exits from the training car to a sprint start, shuttles off the car door, lifting the dummy to standing, with counts; L hip flexor and glute weakness with groin pain; exits and shuttles; 23 min matches: passes.
        ["v2-h98-psoh-gear-yes-no-row-97530"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Public Safety Building, patrol-car bay
            Member: Ofc. N.H. · badge 3061 · Patrol, South — days
            Duty status:  ☐ full duty   ☒ modified duty (front desk)   ☐ off duty
            Gear on for the session:   duty belt  Y (24 lb)   vest  Y   long gun  N
            Essential task: get out of the patrol car fast with the belt on and chase on
             foot; get a subject up off the ground

            97530 — 23 min
             · rapid exits from the driver's seat of the training car, belt on, to a
               sprint start — 8 exits
             · 40-yd shuttles with a change of direction off the car door, 4
             · lifting the 150-lb dummy from the ground to standing and walking it 20 ft,
               3 lifts
            Finding: L hip flexor and glute weakness with L groin pain after the
             adductor strain; he can't push off the L to exit
            Result: 8 of 8 exits without a hand on the door frame; shuttles pain-free
             3 of 4
            D. Whitehorse, PT, DPT
            """,
            ["S76.212D"], [PT("97530", 23)], []),

        // SCH OT grid of tasks against assist-level boxes (I, mod I, SBA, CGA, min A) for a former corrections sergeant on SSDI after a TBI: a pill organiser, a grocery list and a check, folding laundry at the dryer; impaired sequencing and attention with R hand incoordination; errors, items and levels; OT 97530 22 min matches: passes.
        ["v2-h98-sch-ot-assist-level-grid-97530"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (main campus)
            OT daily note · 3/4/2026 · Payer: Medicare (SSDI)
            Pt: F.A., 61 M — former corrections sergeant; TBI from an assault on the
             unit in 2021
            97530 — 22 min · R. Pham, OTR/L

            Task                                     I   mod I  SBA  CGA  min A
            sort a week's pills into the organiser   ☐    ☐     ☒    ☐    ☐
            write a grocery list and a check         ☐    ☒     ☐    ☐    ☐
            fold laundry standing at the dryer       ☐    ☐     ☐    ☒    ☐

            Problem: impaired sequencing and attention after the TBI, with R hand
             incoordination — he skips steps and drops small items
            Notes: pills sorted with 2 errors, both caught by him (5 at eval); list and
             check done; 14 items folded
            """,
            ["S06.2X9S"], [OT("97530", 22)], []),

        // ITT training bay with a mirror-check row from the operator's seat "L flat ✓ L convex ✓ R flat ✗ R convex ✗", a coach operator after a whiplash: grade III–IV rotation mobilisations, first-rib mobilisation and SNAGs with bouts; R cervical rotation limited by facet stiffness; rotation degrees and mirrors seen after; 97140 13 min matches: passes.
        ["v2-h98-itt-mirror-check-ticks-97140"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: V.Q. · badge 0932 · coach operator, Route 9, Boone garage
            date: 3/4/26 · site: training bay — from the operator's seat of the coach
            mirror check from the seat:  L flat ✓  L convex ✓  R flat ✗  R convex ✗
             (can't pick up the R mirrors without leaning forward out of the seat)
            ---
            97140 · 13 min · T. Brandt PT
             tx: grade III–IV rotation mobilisations R at C4-5 and C5-6, 4 × 30 sec;
              first-rib mobilisation R; sustained natural apophyseal glides (SNAGs) into
              R rotation, 3 × 6
             limit: R cervical rotation limited by facet stiffness and pain after a
              whiplash in a rear-end hit at a stop
             obj: rotation R 48° → 61° (L 72°); R flat and convex mirrors seen from the
              seat after tx
            """,
            ["S13.4XXD"], [PT("97140", 13)], []),

        // ---------------------------------------------------------------- class 3: named programmes, methods and devices as techniques

        // PSOH pump-test pit, PNF D2 flexion/extension with the nozzle on a charged line (slow reversals at the bail), rhythmic stabilisation at 90° and 120° eyes closed, closed-chain wobble-board shifts in a crawl; "the only patient I treated during the 97112" (the pump operator is training staff); R shoulder dynamic stability and proprioception after a labral repair; joint position error degrees and CKCUEST; 23 min matches: passes.
        ["v3-h98-psoh-pnf-d2-with-the-nozzle"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Fire Training Center, pump-test pit
            Member: FF E.V. · badge 4819 · Engine 2 · C shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Essential task: control a charged 2½" handline nozzle and move it overhead
             into a window

            The member was the only patient I treated during the 97112; the pump operator
            at the pit is training staff.

            97112 — 23 min
             · PNF D2 flexion/extension with the nozzle on a charged 1¾" line, slow
               reversals against my hand at the bail
             · rhythmic stabilisation at 90° and 120° of elevation, eyes closed, holding
               the nozzle against the line's kick
             · closed-chain weight shifts on the hands on a wobble board, crawl position
               as if under smoke
            Finding: R shoulder dynamic stability and proprioception after the anterior
             labral repair — the arm drifts and the line pulls it out of position
            Tested: joint position sense error at 90° ER 7° (12° on 2/18); CKCUEST 19
             touches
            K. Osei, PT, DPT, SCS
            """,
            ["S43.431D"], [PT("97112", 23)], []),

        // SCH LSVT BIG for a retired battalion chief with Parkinson's (maximal daily exercises at full amplitude, BIG functional component from the low couch and the pickup seat, hierarchy walking); "One-on-one for the whole 97112 — his son drove him and waited in the lobby"; hypokinesia, bradykinesia and poor backward stepping reactions; Mini-BESTest and 10MWT; 25 min matches: passes.
        ["v3-h98-sch-lsvt-big-retired-battalion-chief"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (main campus)
            Daily note · 3/4/2026 · Payer: Medicare Part B
            Pt: L.K., 72 M — retired battalion chief, 33 yrs; Parkinson's since 2020
            LSVT BIG, week 3, session 10 of 16

            One-on-one for the whole 97112 — his son drove him and waited in the lobby.

            97112 — 25 min
             - LSVT BIG maximal daily exercises: floor-to-ceiling reaches, side-to-side
               with a big step, forward, sideways and backward stepping with a big arm
               swing, all at full amplitude
             - functional component: getting up from the low couch and from the
               pickup's seat with BIG effort
             - hierarchy task: walking the hall with big steps and big turns, as to the
               mailbox and back
            Impairment: hypokinesia and bradykinesia with poor backward stepping
             reactions — he shuffles and festinates when he turns
            Measured: Mini-BESTest 19/28 (15/28 at eval); 10MWT comfortable 1.02 m/s
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // PSOH, gaze stabilisation for a patrol officer struck in the head during an arrest (VOR x1 and x2 to a licence-plate chart on foam, eye-then-head scanning of a mock room to numbered targets, tandem walking reading plates); "1:1, door closed — PT and officer only"; VOR gain and visual-vestibular integration after the concussion; DVA lines and tandem steps; 24 min matches: passes.
        ["v3-h98-psoh-gaze-stabilisation-plate-chart"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Public Safety Building, PT room
            Member: Ofc. R.J. · badge 1359 · Patrol, North — nights
            Duty status:  ☐ full duty   ☐ modified duty   ☒ off duty (since 2/09)
            Hx: struck in the head during an arrest on 2/08; concussion, cleared by
             neurology for rehab

            1:1, door closed — PT and officer only.

            97112 — 24 min
             · gaze stabilisation: VOR x1 and x2 to a licence-plate chart on the wall,
               seated then standing on foam
             · scanning a mock room — eyes then head to numbered targets called at
               random, then walking while scanning
             · tandem walking with head turns to read plates on both walls
            Finding: vestibulo-ocular reflex gain and visual-vestibular integration
             after the concussion — blurs and drifts off the line on head turns
            Tested: DVA 2 lines lost (4 at eval); tandem walk with head turns 10 steps
             without a misstep (4 at eval)
            D. Whitehorse, PT, DPT
            """,
            ["S06.0X0D"], [PT("97112", 24)], []),

        // ITT blood flow restriction training named and dosed (cuff at 80% of limb occlusion pressure, leg press and TKE 30-15-15-15, step-ups after release); L quad atrophy after a partial meniscectomy with a substation-cabinet squat goal; girth and single-leg press; 97110 25 min matches: passes.
        ["v3-h98-itt-blood-flow-restriction-97110"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: K.O. · card 80331 · jrny lineworker, substation crew
            date: 3/4/26 · site: union hall clinic
            essential task: climb and work on structures, kneel and squat in the
             substation yard
            ---
            97110 · 25 min · T. Brandt PT
             tx: blood flow restriction training, cuff on the proximal L thigh at 80% of
              limb occlusion pressure (LOP measured 220 mmHg today)
              - leg press 30-15-15-15, 30 lb
              - terminal knee extension with the band 30-15-15-15
              - BFR released, then step-ups to a 12-in box 3 × 10
             limit: L quad atrophy and weakness ten weeks after the partial
              meniscectomy — can't squat to the bottom of the substation cabinet
             obj: thigh girth 10 cm above the patella L 48.5 cm / R 51.0 cm; single-leg
              press L 90 lb × 10
            """,
            ["S83.242D"], [PT("97110", 25)], []),

        // ITT instrument-assisted soft-tissue mobilisation (Graston) along the R wrist extensors and Mulligan mobilisation with movement into grip, with passes and bouts; R lateral elbow extensor tendinopathy from the hot stick; pain-free grip kilograms; 97140 12 min matches: passes.
        ["v3-h98-itt-graston-and-mwm-97140"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: B.F. · card 77412 · jrny lineworker, hot-stick crew
            date: 3/4/26 · site: union hall clinic
            essential task: grip and twist a hot stick at arm's length to open a
             switch, all shift
            ---
            97140 · 12 min · T. Brandt PT
             tx: instrument-assisted soft-tissue mobilisation (Graston) along the R wrist
              extensors and the common extensor origin, 2 passes of 90 sec; lateral
              glide mobilisation with movement (Mulligan MWM) into grip, 3 × 10
             limit: R lateral elbow pain with grip — extensor tendinopathy from the hot
              stick; can't twist the stick to open a switch without letting go
             obj: pain-free grip R 26 kg → 33 kg (L 50 kg)
            """,
            ["M77.11"], [PT("97140", 12)], []),

        // ITT Maitland central PA mobilisations grade III, side-lying rotation grade IV and muscle energy technique for a posterior innominate, each with bouts; low back and R SI pain and stiffness from the operator's seat; fingertip-to-floor and extension degrees; 97140 11 min matches: passes.
        ["v3-h98-itt-maitland-and-met-coach-operator-97140"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: M.E. · badge 1455 · coach operator, Route 90, Boone garage
            date: 3/4/26 · site: union hall clinic
            essential task: sit in the operator's seat for a full run and swing out of it
             to kneel the coach and deploy the ramp
            ---
            97140 · 11 min · T. Brandt PT
             tx: Maitland central PA mobilisations L4 and L5, grade III, 3 × 30 sec;
              side-lying lumbar rotation mobilisation grade IV to the L, 3 × 20 sec;
              muscle energy technique for a R posterior innominate, 4 × 5-sec
              contractions
             limit: low back and R SI pain and stiffness from the seat; stiff getting up
              to deploy the ramp
             obj: standing flexion, fingertips 22 cm above the floor (35 cm at eval);
              extension 15° → 22°
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // PSOH CPAT-style event circuit in a 50-lb vest (stair mill with 25 lb at the shoulders, hose drag, equipment carry, ladder raise and extension, rescue drag) with steps, distances and counts; L knee quad strength and pain after a meniscus repair, step-to on the stairs; step-over-step and pain rating; 97530 27 min matches: passes.
        ["v3-h98-psoh-cpat-style-event-circuit-97530"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Fire Training Center, drill yard
            Member: FF H.I. · badge 5032 · Engine 4 · B shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Essential task: the suppression job — stairs, hose, ladders, forcible entry,
             search and rescue in full gear

            97530 — 27 min · CPAT-style event circuit in a 50-lb weighted vest
             · stair mill with 25 lb added at the shoulders, 60 steps a round — 2 rounds
             · hose drag: 200 ft of 1¾" line over the shoulder, around the drum, 1 drag
             · equipment carry: two saws, 75 ft out and back
             · ladder raise and extension, 24-ft ladder, 2 of each
             · rescue drag: 165-lb dummy, 35 ft, 2 drags
            Finding: L knee — quad strength and pain on loaded knee flexion after the
             meniscus repair; he walks the stairs step-to when the vest is on
            Result: whole circuit step-over-step on the mill; knee pain 2/10 after the
             rescue drags (5/10 on 2/25)
            J. Amundsen, PT
            """,
            ["S83.242D"], [PT("97530", 27)], []),

        // PSOH Station 3, dual-task gait training with radio traffic (repeating back units and addresses while walking round the rig, head turns to compartments, a stop on "hold traffic", stepping into the patient compartment with a jump bag); "Only the member and me — no other patient during the 97112"; dual-task postural control after a concussion in the rig; TUG and TUG-cognitive seconds, addresses repeated; 22 min matches: passes.
        ["v3-h98-psoh-dual-task-radio-traffic"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Station 3, apparatus floor
            Member: FF/PM S.T. · badge 4377 · Medic 3 · B shift (24-on/48-off)
            Duty status:  ☐ full duty   ☐ modified duty   ☒ off duty
            Hx: head struck on the cabinet when the rig braked hard on a call, 2/01

            Only the member and me — no other patient during the 97112.

            97112 — 22 min
             · dual-task gait: walking the apparatus floor around the rig while I read
               radio traffic off a script and she repeats back the unit and the address
             · the same with head turns to the compartments and a stop on "hold traffic"
             · stepping up into the patient compartment of the rig with a jump bag,
               answering traffic
            Finding: dual-task postural control and processing after the concussion —
             she slows, veers and misses steps when she has to listen and move
            Tested: TUG 8.9 sec, TUG-cognitive 12.6 sec (15.8 sec at eval); 9 of 10
             addresses repeated back correctly while walking
            K. Osei, PT, DPT, SCS
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // SCH Otago Exercise Programme named (level C strengthening set with cuff weights, calf and toe raises, chair stands) for a retired transit operator who fell off the curb at the bus stop; bilateral hip, knee and ankle weakness; 30-second chair stand and cuff load; 97110 24 min matches: passes.
        ["v3-h98-sch-otago-retired-transit-operator-97110"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (Deer Park clinic)
            Daily note · 3/4/2026 · Payer: Medicare Part B
            Pt: G.N., 79 F — retired transit operator (36 yrs driving city buses)
            Otago Exercise Programme, level C, strengthening set

            97110 — 24 min
             - seated knee extension with 4-lb cuff weights, 2 × 10 each
             - standing knee flexion and hip abduction with 4-lb cuffs, 2 × 10 each,
               one hand on the counter
             - calf raises 2 × 15, toe raises 2 × 15
             - sit-to-stand from the kitchen chair without hands, 2 × 8
            Impairment: bilateral hip and knee extensor weakness and ankle weakness;
             fell twice stepping off the curb at the bus stop
            Measured: 30-sec chair stand 9 (6 at eval); 4-lb cuffs (2 lb at eval)
            J. Whitman, PT
            """,
            ["M62.81", "Z91.81"], [PT("97110", 24)], []),

        // ITT McKenzie (MDT) named with repeated extension in lying, extension in standing and prone on elbows, dosed; L L5 radiculopathy with leg pain and limited extension, can't bend for the ground rod; centralisation, extension loss and SLR degrees; 97110 18 min matches: passes.
        ["v3-h98-itt-mckenzie-repeated-extension-97110"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: W.Y. · card 86015 · jrny lineworker, Line Truck 131
            date: 3/4/26 · site: union hall clinic
            hx: L leg pain since pulling on a stuck anchor rod with the crew in January
            ---
            97110 · 18 min · T. Brandt PT
             tx: McKenzie (MDT) — repeated extension in lying, 3 × 10; extension in
              standing, 10 reps every two hours at work; sustained prone on elbows,
              2 bouts
             limit: L L5 radiculopathy — leg pain to the calf, lumbar extension limited;
              can't bend to pick up the ground rod
             obj: pain centralised from the calf to the L buttock after the third set;
              extension loss major → moderate; SLR L 45° → 60°
            """,
            ["M51.16"], [PT("97110", 18)], []),

        // PSOH, the department's "Overhead Ready" shoulder series named (band ER and IR, prone Y-T-W, serratus wall slides, scaption, bottoms-up kettlebell carry) with no sets, reps, load, hold or number but the code and its minutes; R cuff and scapular weakness after a decompression: measure missing.
        ["v3-h98-psoh-overhead-ready-series-no-dose-97110"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · Station bay, truck company quarters
            Member: FF P.W. · Truck company, C shift
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Essential task: carry a saw and a hook, open a ceiling overhead

            97110 — 20 min
             · the department's "Overhead Ready" shoulder series: band ER and IR, prone
               Y-T-W, serratus wall slides, scaption with the dumbbells, and the
               bottoms-up kettlebell carry
             · reviewed the series on his phone so he can do it on shift
            Finding: R rotator cuff and scapular weakness after the subacromial
             decompression; the arm gives out pulling ceiling with the pike pole
            """,
            ["M75.41"], [PT("97110", 20)], [At(Measure, "97110")]),

        // PSOH annual fitness tune-up, a booking officer on full duty: perturbation training on a slip-trip treadmill, compliant-surface stance eyes closed with head turns, reactive stepping; "1:1 — the officer was my only patient for the 97112"; recoveries and Airex seconds, but no impairment, system, region or goal named anywhere: deficit missing.
        ["v3-h98-psoh-slip-trip-treadmill-no-deficit"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Annual fitness tune-up · 03/04/26 · Public Safety Building, PT room
            Member: CO D.S. · badge 771 · 2nd watch, booking
            Duty status:  ☒ full duty   ☐ modified duty   ☐ off duty

            1:1 — the officer was my only patient for the 97112.

            97112 — 21 min
             · perturbation training on the slip-trip treadmill: unannounced belt
               accelerations and stops at walking speed, harness on
             · compliant-surface work: stance on the Airex pad with eyes closed and head
               turns
             · reactive stepping to pushes from all directions
            Tested: recovered 9 of 10 belt perturbations with one step; Airex eyes
             closed 30 sec
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // ITT bucket mock-up, rhythmic stabilisation standing in the bucket with a hot stick on target, lumbar motor-control drills leaning out over the lip, the platform on a rocker base; "one-on-one, the whole 97112 — just O.B. and me at the mock-up"; lumbar motor control and trunk postural control after a fusion; pushes held and side-plank seconds; 24 min matches: passes.
        ["v3-h98-itt-rhythmic-stabilisation-in-the-bucket"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: O.B. · card 79268 · jrny lineworker, Line Truck 205
            date: 3/4/26 · site: the bucket mock-up in the yard
            essential task: stand in the bucket at height and lean out to work the
             crossarm with both hands

            one-on-one, the whole 97112 — just O.B. and me at the mock-up.

            97112 · 24 min
             tx:
              - rhythmic stabilisation standing in the bucket: my alternating pushes at
                the pelvis and shoulders while he holds a hot stick on the target
              - lumbar motor-control drills: abdominal bracing with a neutral spine
                while leaning out over the lip to a target, then back
              - bucket platform set on the rocker base for sway, eyes up to the target
             limit: lumbar motor control and trunk postural control after the L4-5
              fusion — he loses neutral and braces on the lip with one hand
             obj: held neutral through 8 of 10 pushes (5 of 10 on 2/18); side plank R
              38 sec / L 41 sec
            """,
            ["Z98.1", "M51.26"], [PT("97112", 24)], []),

        // SCH Cheney, Tai Ji Quan: Moving for Better Balance named (forms with weight-shift cues, "wave hands like clouds" side stepping, forms on foam and eyes closed) for a retired police records supervisor; "Individual session — one patient, one PT, start to finish"; postural control with a poor weight shift and narrow limits of stability; TUG and functional reach; 23 min matches: passes.
        ["v3-h98-sch-tai-ji-quan-retired-records-supervisor"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (Cheney clinic)
            Daily note · 3/4/2026 · Payer: Medicare Part B
            Pt: A.C., 76 F — retired police records supervisor; widow of a Cheney
             patrol sergeant
            Tai Ji Quan: Moving for Better Balance (TJQMBB), individual session

            Individual session — one patient, one PT, start to finish.

            97112 — 23 min
             - TJQMBB forms 1 through 4 with the weight-shift cues: rock side to side,
               then forward and back, single-leg loading on each step
             - "wave hands like clouds" stepping to the side with the head following
               the hands
             - the forms on the foam mat, then with eyes closed for the shifts
            Impairment: postural control with a poor weight shift and narrow limits of
             stability; she steps wide and stiff and grabs the counter
            Measured: TUG 13.1 sec (16.4 sec at eval); functional reach 24 cm
            J. Whitman, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // ITT "manual therapy to the R shoulder before climbing" with stiffness after a proximal humerus fracture and flexion and ER degrees, but no manual technique named anywhere: technique missing.
        ["v3-h98-itt-manual-therapy-unnamed-97140"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: U.T. · card 83177 · apprentice lineworker
            date: 3/4/26 · site: union hall clinic
            ---
            97140 · 12 min · T. Brandt PT
             tx: manual therapy to the R shoulder before climbing
             limit: R shoulder stiffness after the proximal humerus fracture — can't
              reach up to the next step on the pole
             obj: flexion 138° → 146°, ER 40° → 48°
            """,
            ["S42.201D"], [PT("97140", 12)], [At(Tech, "97140")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // PSOH burn building: on a ladder-to-window he can't take a hand off to swing his leg over the sill, rocks back off the rung, and can't find the rung with his foot on the bail-out without looking - the finding, with lower-limb proprioception and postural control named after an ankle ORIF; eyes-up climbs with pushes at the sill, eyes-closed rung finding, half-roll stance; "1:1, no other member on the drill ground with me"; joint position error and bail-outs; 25 min matches: passes.
        ["v4-h98-psoh-cant-swing-over-the-sill"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Fire Training Center, burn building
            Member: FF I.M. · badge 3528 · Ladder 1 · A shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Essential task: ladder-to-window — climb to a second-floor window with a
             hook, go in over the sill, and bail out onto the ladder

            Finding: on the ladder he can't take a hand off to swing his leg over the
            sill — he rocks back off the rung and grabs with both hands, and on the bail
            he can't find the rung with his foot without looking.
            That is lower-limb proprioception and postural control after the fractured
            L fibula and the ankle ORIF in November.

            97112 — 25 min · 1:1, no other member on the drill ground with me
             · ladder climbs eyes up to the window, hands off at the sill for a count of
               five with my pushes at the SCBA frame
             · finding the rungs with the L foot eyes closed on the bail-out, then with
               a hook in one hand
             · single-leg stance on a half foam roll with head turns
            Tested: L ankle joint position sense error 4° (9° at eval); 6 of 8 bail-outs
             found the rung first try
            K. Osei, PT, DPT, SCS
            """,
            ["S82.892D"], [PT("97112", 25)], []),

        // PSOH stair tower: when the charged line snags behind him on the landing and he pulls slack, it pulls him off the step - his R hip drops and he backs down a stair - the finding; line advances up three flights pulling slack from a half-kneel, sled-loaded hose pulls, step-ups with the line, with counts; R hip abductor and extensor weakness after a labral repair; runs and single-leg bridges; 24 min matches: passes.
        ["v4-h98-psoh-charged-line-pulls-him-off-the-step-97530"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Fire Training Center, stair tower
            Member: FF Y.A. · badge 4903 · Engine 11 · C shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Essential task: advance a charged line up a stairwell, pulling slack around
             the landings

            Finding: when the charged line snags behind him on the landing and he has
            to pull slack, it pulls him off the step — his R hip drops and he backs down
            a stair.

            97530 — 24 min
             · advancing a charged 1¾" line up three flights of the tower, pulling
               slack at each landing from a half-kneel — 3 runs
             · hose pulls from the landing, loaded with a 30-lb sled behind the line,
               2 × 8 each side
             · step-ups onto the landing with the line over the shoulder, 2 × 10
            Impairment: R hip abductor and extensor weakness after the labral repair
            Result: 3 of 3 runs without losing a step (1 of 3 on 2/25); single-leg
             bridge R 15 reps (8 at eval)
            J. Amundsen, PT
            """,
            ["S73.191D"], [PT("97530", 24)], []),

        // PSOH: she can't draw from the holster on the R hip without pain - the arm stalls reaching back and down - and can't hold the weapon at the ready through a qualification string - the finding; band extension and IR from the holster position, side-lying ER, prone horizontal abduction, isometric holds at the ready, dosed; R posterior cuff weakness after a posterior labral repair; MMT grade and holds; 97110 22 min matches: passes.
        ["v4-h98-psoh-cant-draw-from-the-holster-97110"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Public Safety Building, PT room
            Member: Ofc. C.W. · badge 2608 · Patrol, Central — swing
            Duty status:  ☐ full duty   ☒ modified duty (property room)   ☐ off duty

            Finding: she can't draw from the holster on the R hip without pain — the arm
            stalls reaching back and down, and she can't hold the weapon up at the
            ready for a full qualification string.

            97110 — 22 min
             · band shoulder extension and IR from the holster position, 3 × 15, blue
             · side-lying ER with 3 lb, 3 × 12
             · prone horizontal abduction at 100°, 3 × 10, 2 lb
             · isometric holds at the ready with a 3-lb training weapon, 5 × 20 sec
            Impairment: R posterior cuff weakness and painful end-range extension/IR
             after the posterior labral repair
            Measured: ER strength R 4-/5 (3+/5 at eval); holds at the ready 5 × 20 sec
             pain-free
            D. Whitehorse, PT, DPT
            """,
            ["S43.431D"], [PT("97110", 22)], []),

        // PSOH Corrections Center: she can't go down on the R knee beside the prone dummy and get back up without pushing off the floor with both hands, and can't stand the dummy up from there - the finding; half-kneel to stand while cuffing, bringing the dummy from prone to standing with a partner officer, kneeling walks, with counts; R quad weakness after a patellar fracture with knee flexion limited; stands and lifts; 97530 23 min matches: passes.
        ["v4-h98-psoh-co-cant-kneel-to-cuff-97530"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Corrections Center training room (interlocal)
            Member: CO K.Z. · badge 544 · 1st watch, intake
            Duty status:  ☐ full duty   ☒ modified duty (central control)   ☐ off duty
            Essential task: kneel beside a prone inmate on the floor, apply the cuffs,
             and bring him up to standing

            Finding: she can't go down on the R knee beside the prone dummy and get back
            up without pushing off the floor with both hands, and can't stand the dummy
            up from there.

            97530 — 23 min
             · half-kneel to tall-kneel to stand beside the prone dummy, cuffing its
               wrists from the knee — 10 reps
             · bringing the 150-lb dummy from prone to kneeling to standing with a
               partner officer, 4 reps
             · kneeling walks across the mat, 3 × 15 ft
            Impairment: R quad weakness and anterior knee pain after the patellar
             fracture; R knee flexion limited to 110°
            Result: 8 of 10 stands without a hand down; 4 of 4 dummy lifts with SBA
            J. Amundsen, PT
            """,
            ["S82.001D"], [PT("97530", 23)], []),

        // PSOH Station 9: he can't take the foot end of the stair chair down a flight - his back tightens by the landing and he sets the chair down - and he stoops instead of squatting to the cot - the finding; foot-end stair-chair descents with the captain at the head, squat cot lifts, hip-hinge drill, with counts and loads; lumbar extensor endurance and hip-hinge pattern after a lumbar strain; descents and lifts; 97530 25 min matches: passes.
        ["v4-h98-psoh-cant-take-the-foot-end-down-97530"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Station 9, apparatus bay
            Member: FF/EMT N.R. · badge 4561 · Medic 9 · B shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty

            Finding: he can't take the foot end of the stair chair down a flight — by
            the landing his back tightens and he has to set the chair down; and he won't
            squat to the cot's low position, he stoops.

            97530 — 25 min
             · stair-chair descents at the foot end with the 165-lb manikin, Capt. Olsen
               at the head end, one flight × 4
             · squat lift of the cot from the low position to load height with 180 lb
               on it, 2 × 5
             · hip-hinge drill with a dowel, then with the jump bag, 2 × 10
            Impairment: lumbar extensor endurance and hip-hinge motor pattern after the
             lumbar strain; stoops instead of squatting
            Result: 4 descents without setting down (1 of 4 on 2/25); 10 of 10 cot lifts
             squatting with a neutral spine
            J. Amundsen, PT
            """,
            ["S39.012D"], [PT("97530", 25)], []),

        // ITT pole yard: he can't feel the gaff bite into the pole, looks down at every step, and on the way down misses the step and slides till the belt catches - the finding, with somatosensory loss of both feet from chemotherapy neuropathy; eyes-up climbs, single-leg stance on the block and foam eyes closed, blindfolded stepping to tape marks; "E.G. was the only member I had at the pole yard this session"; foam seconds and monofilament sites; 24 min matches: passes.
        ["v4-h98-itt-cant-feel-the-gaff-bite"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: E.G. · card 69804 · jrny lineworker, Line Truck 144
            date: 3/4/26 · site: apprentice pole yard, Medical Lake
            hx: back to work after chemo for colon cancer (oxaliplatin), finished in
             October

            finding: he can't feel the gaff bite into the pole — looks down at every
            step, and on the way down he misses the step and slides till the belt
            catches. His feet feel numb in the climbing boots.

            one-on-one — E.G. was the only member I had at the pole yard this session.

            97112 · 24 min
             tx:
              - climbs of the 20-ft training pole with eyes up on a target at the top,
                no looking at the feet
              - single-leg stance on the climbing block in boots, eyes closed, then on
                the foam pad
              - stepping to tape marks on the pole base blindfolded, me calling the
                marks
             limit: somatosensory loss in both feet from the chemo neuropathy — poor
              foot placement without vision
             obj: single-leg on foam eyes closed R 6 sec / L 5 sec (2 sec each at eval);
              Semmes-Weinstein 5.07 felt at 4 of 10 sites on each foot
            —T. Brandt, PT
            """,
            ["G62.0", "Z85.038"], [PT("97112", 24)], []),

        // ITT: she can't hold the hot stick up at the crossarm long enough to change out a cutout - the L shoulder burns and the tip drops - the finding; overhead bar holds, band ER at 90°, scaption, serratus punches, dosed; L cuff and serratus endurance with winging; hold seconds and MMT; 97110 21 min matches: passes.
        ["v4-h98-itt-cant-hold-the-hot-stick-up-97110"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: S.P. · card 81150 · jrny lineworker, hot-stick crew
            date: 3/4/26 · site: union hall clinic

            finding: she can't hold the hot stick up at the crossarm long enough to
            change out a cutout — the L shoulder burns and the stick tip drops before
            the fuse holder is seated.

            97110 · 21 min · T. Brandt PT
             - overhead holds with an 8-lb bar at crossarm height, 5 × 20 sec
             - band ER at 90° abduction 3 × 12, green
             - scaption to 120° with 3 lb, 3 × 12
             - serratus punches supine, 6 lb, 3 × 15
             limit: L rotator cuff and serratus endurance after the cuff tendinopathy;
              the scapula wings when the arm is up
             obj: overhead hold 20 sec × 5 (10 sec at eval); ER at 90° L 4/5
            """,
            ["M75.82"], [PT("97110", 21)], []),

        // ITT: her R toe catches on the brake pedal's edge coming off the accelerator and she lifts the whole leg from the hip - the finding; seated dorsiflexion with a band, heel walks, toe raises, pedal-board foot taps, dosed; R ankle dorsiflexor weakness from an L5 radiculopathy; MMT and clean taps; 97110 19 min matches: passes.
        ["v4-h98-itt-toe-catches-the-brake-pedal-97110"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: I.R. · badge 1902 · coach operator, Route 33, Boone garage
            date: 3/4/26 · site: union hall clinic
            essential task: move the R foot from the accelerator to the brake quickly,
             all shift, without lifting the leg from the hip

            finding: her R toe catches on the brake pedal's edge when she moves off the
            accelerator — she has to lift the whole leg from the hip to get over it.

            97110 · 19 min · T. Brandt PT
             - seated dorsiflexion with the red band, 3 × 15
             - heel walks 4 × 40 ft
             - toe raises standing 3 × 15, eccentric lowering
             - seated foot taps accelerator-to-brake on the pedal board, 3 × 20
             limit: R ankle dorsiflexor weakness (R L5 radiculopathy, improving)
             obj: R dorsiflexion 4-/5 (3+/5 at eval); 20 clean taps in a row without a
              toe catch
            """,
            ["M54.16"], [PT("97110", 19)], []),

        // ITT bucket mock-up: up in the bucket, when it sways in the wind or the boom settles, he grabs the rail and can't let go to work with both hands, and looking down to the ground crew makes it worse - the finding, with L vestibular hypofunction and visual dependence; rocker-base bucket with head turns up and down, VOR x1 at crossarm height, foam eyes closed with head pitch; "I treated F.C. by himself the whole 97112"; mCTSIB and DGI; 23 min matches: passes.
        ["v4-h98-itt-grabs-the-rail-when-the-bucket-sways"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: F.C. · card 72233 · jrny lineworker / foreman, Line Truck 118
            date: 3/4/26 · site: the bucket mock-up in the yard + clinic gym

            finding: up in the bucket, when it sways in the wind or the boom settles, he
            has to grab the rail and can't let go to work with both hands; looking down
            to the ground crew makes it worse.

            I treated F.C. by himself the whole 97112 — no other member in the yard.

            97112 · 23 min
             tx:
              - standing in the bucket mock-up on the rocker base, head turns up to the
                crossarm target and down to a marker on the ground
              - VOR x1 in the bucket on a letter card at crossarm height
              - foam stance in the gym with eyes closed and head pitch
             limit: L vestibular hypofunction after neuritis — visual dependence, sways
              with head movement when the base moves
             obj: mCTSIB foam eyes closed 17 sec (6 sec at eval); DGI 20/24
            —T. Brandt, PT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // SCH Deer Park: a retired lineman can't get up onto the running board of his pickup - the R leg won't lift him, he hauls himself in by the grab handle - the finding; step-ups with a grab-handle mock-up, his own truck in the lot, a grocery bag up the step, with counts; R hip extensor and quad weakness after a THA; truck entries and step-ups; 97530 22 min matches: passes.
        ["v4-h98-sch-cant-get-up-on-the-running-board-97530"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (Deer Park clinic)
            Daily note · 3/4/2026 · Payer: Medicare Part B
            Pt: T.H., 77 M — retired lineman, 35 yrs, Stevens County co-op

            S: Can't get up onto the running board of his pickup — the R leg won't lift
            him, so he has to haul himself in by the grab handle, and he won't drive to
            the co-op's retirees' coffee because of it.

            97530 — 22 min
             - step-ups onto a 14-in step with the grab-handle mock-up, R leg leading,
               3 × 8
             - getting into and out of his own truck in the lot: running board, seat,
               and back down, 4 each
             - carrying a 10-lb grocery bag up the step, 5 trips
            Impairment: R hip extensor and quad weakness after the R THA
            Measured: 4 of 4 truck entries with SBA and no haul on the handle; step-ups
             24 (12 at eval)
            J. Whitman, PT
            """,
            ["Z96.641", "Z47.1"], [PT("97530", 22)], []),

        // SCH main campus: a former paramedic on SSDI catches his L toe on the curb cut at the bus stop and fell on the sidewalk in February - the finding; gait training with a new posterior-leaf AFO and quad cane indoors and outdoors, cued swing and heel-first contact, threshold strip; L foot drop with toe drag and circumduction after an ICH; distance, assist and toe catches; 97116 24 min matches: passes.
        ["v4-h98-sch-toe-catches-the-curb-cut-97116"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (main campus)
            Daily note · 3/4/2026 · Payer: Medicare (SSDI since 2024)
            Pt: P.D., 54 M — former paramedic, Medic 12; R ICH on a shift in 2023

            S: His L toe catches on the curb cut at the bus stop and he went down on the
            sidewalk in February. He wants to walk to the bus and ride to the VFW.

            97116 — 24 min
             - gait training with the new L posterior-leaf AFO and a quad cane, indoor
               hall then the outdoor sidewalk and two curb cuts
             - cued L hip and knee flexion in swing, heel first at contact
             - stepping over a 2-in threshold strip, 10 times
            Deviation: L foot drop with toe drag and a circumducted L swing
            Measured: 650 ft with the quad cane and AFO, CGA → SBA on the sidewalk; no
             toe catches in 10 threshold steps (4 catches without the AFO)
            C. Nakamura, PT, DPT, NCS
            """,
            ["I69.154"], [PT("97116", 24)], []),

        // PSOH final visit "Duty status: ☒ full duty", "FFD retest passed today — no limitations found, no deficits remain; released to full suppression duty"; 1:1 stated; stair-landing perturbations in turnouts, ladder climbs with head turns and a leg lock, hop-and-stick onto Airex; Y-balance, pushes and LESS; no impairment or system targeted: deficit missing.
        ["v4-h98-psoh-ffd-passed-no-deficits-remain"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT — final visit · 03/04/26 · Fire Training Center
            Member: FF Q.L. · badge 3744 · Engine 14 · B shift (24-on/48-off)
            Duty status:  ☒ full duty   ☐ modified duty   ☐ off duty
            FFD retest passed today — no limitations found, no deficits remain; released
            to full suppression duty.

            1:1 — PT and member only for the 97112.

            97112 — 22 min
             · perturbation training in turnouts on the stair landing, unannounced pushes
               at the SCBA
             · ladder climbs with head turns and a leg lock, hands off
             · single-leg hops onto the Airex pad, stick the landing
            Tested: Y-balance composite 97% both sides; 10 of 10 pushes recovered; LESS
             score 3
            """,
            ["S83.512D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ITT PTA gait card "limit: none — no deviations seen today" for a groundman on the gravel yard, rutted lot and grass berm, stepping over cribbing and ground rods; distance, mod I and clean stepovers; no region, impairment or goal targeted: deficit missing.
        ["v4-h98-itt-limit-none-97116"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: X.J. · card 85096 · groundman, line crew
            date: 3/4/26 · site: union hall lot and the gravel of the pole yard
            ---
            97116 · 20 min · S. Dubois PTA
             tx: gait training on the gravel yard, the rutted lot and the grass berm,
              no device, carrying the tool bag; stepping over cribbing and ground rods
             limit: none — no deviations seen today
             obj: 1,500 ft mod I; 20 of 20 stepovers clean
            """,
            ["S82.891D"], [PTA("97116", 20)], [At(Deficit, "97116")]),

        // SCH Cheney discharge visit, a retired corrections lieutenant: retest Berg 55/56, FGA 29/30, TUG 8.4 sec, "no impairments remain; all goals met"; one-on-one stated; reactive stepping, foam stance with head turns, dual-task obstacle course; no impairment or system targeted: deficit missing.
        ["v4-h98-sch-discharge-no-impairments-remain"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (Cheney clinic)
            Discharge visit · 3/4/2026 · Payer: Medicare Part B
            Pt: O.M., 73 F — retired county corrections lieutenant

            One-on-one: the only patient on my schedule during the 97112.

            97112 — 21 min
             - reactive stepping to pushes in all directions
             - tandem and single-leg stance on foam with head turns
             - obstacle course with dual-task counting backward by threes
            Retest: Berg 55/56; FGA 29/30; TUG 8.4 sec
            Assessment: no impairments remain; all goals met. Discharged to her
             SilverSneakers class at the Y.
            J. Whitman, PT
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures as these writers take them, and notes with none

        // PSOH stair tower, timed high-rise climbs (six floors with the 50-lb pack in full gear, in seconds against 2/18), pack transfers and standpipe kneels with counts; R calf weakness and push-off pain after an Achilles repair; climb seconds and single-leg heel raises; 97530 25 min matches: passes.
        ["v5-h98-psoh-six-floors-with-the-pack-in-seconds-97530"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Fire Training Center, stair tower
            Member: FF U.K. · badge 5271 · Engine 9 · A shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Essential task: high-rise pack (50 lb) up six floors in turnouts and SCBA
            Task simulation: tower stairs, full gear on air (about 70 lb), pack on the
             shoulder

            97530 — 25 min
             · timed high-rise climbs, six floors of the tower with the pack, walking
               down between — 3 climbs
             · pack transfers shoulder to shoulder on the landings, 10
             · stair-top kneel to drop the pack and connect to the standpipe mock-up, 3
            Finding: R Achilles — calf weakness and pain at push-off five months after
             the Achilles repair
            Tested: six floors with the pack in 96, 99 and 104 sec (128 sec on 2/18);
             single-leg heel raises R 18 / L 26
            K. Osei, PT, DPT, SCS
            """,
            ["S86.011D"], [PT("97530", 25)], []),

        // PSOH drill yard, a rescue-company firefighter: rescue drags of a 185-lb dummy by the SCBA strap and charged-line drags timed in seconds, low crawl-to-stand under a prop; L adductor and hip extensor weakness with groin pain after an adductor strain; drag seconds against 2/20; 97530 23 min matches: passes.
        ["v5-h98-psoh-rescue-drag-seconds-97530"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Fire Training Center, drill yard
            Member: FF W.E. · badge 4045 · Rescue 1 · C shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Essential task: drag a downed firefighter in full gear out of a hallway;
             drag a charged line around a corner

            97530 — 23 min
             · rescue drag of the 185-lb dummy in turnouts by the SCBA strap, 100 ft,
               backing low — 3 drags
             · charged 1¾" line dragged 150 ft over the shoulder around the drum, 3
             · low crawl-to-stand under the 3-ft prop, 5
            Finding: L hip — adductor and hip extensor weakness, groin pain on the drag
             after the adductor strain
            Tested: rescue drag 100 ft in 31, 29 and 30 sec (44 sec on 2/20); hose drag
             150 ft in 26 sec
            J. Amundsen, PT
            """,
            ["S76.212D"], [PT("97530", 23)], []),

        // PSOH academy gym, a K-9 officer nine months after an ACL graft: Y-balance composite per side with anterior asymmetry in cm, single hop distance and LSI; hop-and-stick on the BOSU dome, leash-pull perturbations in single-leg stance, cutting to a called direction; "One-on-one for the whole 97112 — A.F. and me in the academy gym; her dog stayed in the car"; R knee neuromuscular control with dynamic valgus; 23 min matches: passes.
        ["v5-h98-psoh-y-balance-and-hop-k9-officer"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Police Academy, gym
            Member: Ofc. A.F. · badge 2863 · K-9 unit — nights
            Duty status:  ☐ full duty   ☒ modified duty (K-9 training only)   ☐ off duty
            Essential task: run after the dog over uneven ground, jump a ditch, cut and
             stop

            One-on-one for the whole 97112 — A.F. and me in the academy gym; her dog
            stayed in the car.

            97112 — 23 min
             · single-leg hop-and-stick onto the BOSU dome, forward and lateral
             · perturbed single-leg stance: I pull the leash handle from random
               directions as the dog would
             · cutting drill to a called direction on the turf, decelerate and stop
            Finding: R knee neuromuscular control — dynamic valgus on landing and
             cutting, delayed hamstring activation, nine months after the ACL graft
            Tested: Y-balance composite R 89% / L 96%, anterior reach asymmetry 5 cm
             (9 cm on 2/04); single hop R 142 cm / L 158 cm (LSI 90%)
            D. Whitehorse, PT, DPT
            """,
            ["S83.511D"], [PT("97112", 23)], []),

        // PSOH Corrections Center, grip dynamometer kilograms per side and wrist extension degrees for a CO after a distal radius ORIF; putty grip and pinch, wrist curls, hammer pronation/supination, rice bucket, dosed; R grip and wrist extensor weakness, can't hold a cuffed wrist; 97110 18 min matches: passes.
        ["v5-h98-psoh-grip-dynamometer-co-97110"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Corrections Center training room (interlocal)
            Member: CO H.B. · badge 902 · 2nd watch, housing unit 2A
            Duty status:  ☐ full duty   ☒ modified duty (tower)   ☐ off duty
            Essential task: apply handcuffs and hold a resisting wrist; grip the rail
             on the tier stairs

            97110 — 18 min
             · putty grip and pinch, firm (green), 3 × 15
             · wrist curls and reverse curls 3 lb, 3 × 12
             · pronation/supination with a hammer, 3 × 12
             · rice-bucket digs and twists, 3 rounds
            Finding: R grip and wrist extensor weakness after the distal radius ORIF in
             December; can't hold a cuffed wrist against a pull
            Tested: grip R 31 kg / L 47 kg (22 kg on 2/11); wrist extension R 55°
            J. Amundsen, PT
            """,
            ["S52.501D"], [PT("97110", 18)], []),

        // ITT training bay, a coach operator's full wheelchair securement timed in seconds against eval (kneel at each tie-down, hook, tension and check, with a staff member in the chair), half-kneel to stand in the aisle, stowing the ramp, with counts; L knee OA pain kneeling and quad weakness; 97530 24 min matches: passes.
        ["v5-h98-itt-wheelchair-securement-seconds-97530"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: Z.N. · badge 1733 · coach operator, Route 6, Boone garage
            date: 3/4/26 · site: training bay — the retired 40-ft coach
            essential task: kneel the coach, deploy the ramp, secure a wheelchair with
             the four-point tie-downs and the lap belt, and get back to the seat

            97530 · 24 min · T. Brandt PT
             tx:
              - wheelchair securement on the coach: kneel at each tie-down, hook, tension
                and check, with a staff member seated in the chair — 4 securements
              - half-kneel to stand in the aisle holding the stanchion, 2 × 8
              - stowing the ramp by hand and back to the operator's seat, 4
             limit: L knee OA — pain and stiffness kneeling on the L, quad weakness
              coming up
             obj: full securement in 88 sec (142 sec at eval); 4 of 4 without a hand on
              the floor to stand
            """,
            ["M17.12"], [PT("97530", 24)], []),

        // ITT underground crew, floor-to-waist crate lift load and a push-pull gauge reading on the cable pull; lid-hook lifts of a vault-lid mock-up, split-stance cable pulls, progressive crate lifts; lumbar extensor endurance and pain with loaded flexion after a strain; pounds lifted and pulled; 97530 22 min matches: passes.
        ["v5-h98-itt-crate-lift-and-push-pull-gauge-97530"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: L.D. · card 75590 · jrny lineworker, underground crew
            date: 3/4/26 · site: union hall clinic + yard
            essential task: lift and slide a vault lid with the lid hook, pull cable
             off the reel

            97530 · 22 min · T. Brandt PT
             tx:
              - lid-hook lifts of the weighted sled (vault-lid mock-up) from the ground,
                hip hinge, 4 × 5
              - cable pulls on the cable machine in a split stance, 3 × 10 each side
              - floor-to-waist crate lifts, progressed by 10 lb each set
             limit: low back — lumbar extensor endurance and pain with loaded flexion
              after the L4-5 strain; lifts with a rounded back when tired
             obj: crate lift floor to waist 70 lb × 5 with a neutral spine (40 lb at
              eval); push-pull gauge on the cable pull 62 lb
            """,
            ["S39.012D"], [PT("97530", 22)], []),

        // ITT pedal board and reaction timer, accelerator-to-brake reaction time in seconds and brake placements without looking; proprioceptive foot placement with vision blocked, light- and call-cued reaction drills with a mirror check, foam single-leg stance; "one-on-one: R.T. and me, no other member in the room for the 97112"; R foot somatosensory loss and slowed motor response from an L5 radiculopathy; 22 min matches: passes.
        ["v5-h98-itt-pedal-reaction-time-97112"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: R.T. · badge 1268 · coach operator, Route 45, Boone garage
            date: 3/4/26 · site: union hall clinic — pedal board and the reaction timer
            essential task: get off the accelerator and onto the brake fast when a car
             cuts in

            one-on-one: R.T. and me, no other member in the room for the 97112.

            97112 · 22 min
             tx:
              - proprioceptive foot placement without looking: R foot from the
                accelerator to the brake on the pedal board, vision blocked with a
                clipboard
              - reaction drills to a light cue, then to a called cue with a head turn
                to the mirror first
              - R single-leg stance on foam for ankle proprioception
             limit: R foot somatosensory loss and slowed motor response from the R L5
              radiculopathy — misses the brake edge without looking
             obj: accelerator-to-brake reaction time 0.64 sec (0.91 sec at eval);
              10 of 10 brake placements hit the pad without looking (6 of 10 at eval)
            """,
            ["M54.16"], [PT("97112", 22)], []),

        // SCH main campus, a retired fire-department motor-pool mechanic: Berg and TUG against eval; perturbation training at the parallel bars, stepping-strategy drills over a hurdle to a called side, sit-to-stand with an immediate turn; "1:1 throughout the 97112 — no other patient treated in that time"; postural control with a delayed stepping strategy; 24 min matches: passes.
        ["v5-h98-sch-berg-and-tug-motor-pool-mechanic"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (main campus)
            Daily note · 3/4/2026 · Payer: Medicare Part B
            Pt: B.V., 81 M — retired motor-pool mechanic for the fire department, 30 yrs

            S: Fell off the step of his shop; "I'm fine up a ladder, it's the floor that
            gets me."
            1:1 throughout the 97112 — no other patient treated in that time.

            97112 — 24 min
             - perturbation training at the parallel bars: unannounced pushes and
               pulls at the hips, answered with a step
             - stepping strategy drills over the 6-in hurdle to a called side
             - sit-to-stand then an immediate turn, with head turns
            Impairment: postural control with a delayed stepping strategy; he answers
             pushes with his hands, not his feet
            Measured: Berg 47/56 (41/56 at eval); TUG 12.8 sec (15.9 sec at eval)
            M. Lindgren, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // SCH main campus, a former corrections officer on SSDI after a transtibial amputation (crush injury in a sally-port gate): 10MWT speed with and without the crutch, distance and SBA, stairs with one rail; prosthetic gait training in the hall, on the ramp and the stairs; short prosthetic stance with a lateral trunk lean; 97116 25 min matches: passes.
        ["v5-h98-sch-10mwt-former-co-prosthesis-97116"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (main campus)
            Daily note · 3/4/2026 · Payer: Medicare (SSDI since 2022)
            Pt: K.L., 49 F — former corrections officer; L transtibial amputation after
             a crush injury in a sally-port gate
            97116 — 25 min
             - prosthetic gait training in the hall and on the ramp: equal step lengths,
               full stance on the prosthesis, trunk upright; forearm crutch → no device
             - ramp up and down and the 4 hospital stairs step-over-step with one rail
            Deviation: short stance on the prosthesis and a lateral trunk lean over it
            Measured: 10MWT comfortable 0.92 m/s, no device (0.71 m/s with the crutch on
             2/11); 600 ft with SBA; stairs with one rail, SBA
            C. Nakamura, PT, DPT, NCS
            """,
            ["Z89.512"], [PT("97116", 25)], []),

        // PSOH mat room, a patrol officer after an AC joint separation: technical stand-ups from guard with the L hand posted counted pain-free against 2/18, hip escapes by lengths, sprawl to stand, dosed; L shoulder weakness and pain bearing weight on the posted hand with stiff trunk rotation; 97530 24 min matches: passes.
        ["v5-h98-psoh-stand-ups-from-guard-counted-97530"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Police Academy, defensive-tactics mat room
            Member: Ofc. G.S. · badge 3177 · Patrol, East — days
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Essential task: fight from the ground and get back to the feet with the belt
             and vest on (about 30 lb together)

            97530 — 24 min
             · technical stand-up from the guard position to a bladed stance, 3 × 8
             · hip escapes (shrimps) across the mat and back, 4 lengths
             · sprawl to stand, 3 × 6
            Finding: L shoulder weakness and pain bearing weight on the posted hand
             after the AC joint separation; stiff trunk rotation
            Tested: stand-up with the L hand posted 8 of 8 pain-free (3 of 8 on 2/18);
             4 lengths of hip escapes without a stop
            D. Whitehorse, PT, DPT
            """,
            ["S43.102D"], [PT("97530", 24)], []),

        // PSOH Station 3, a paramedic after a tibial tubercle fracture: stair trips with the monitor (22 lb) and jump bag (25 lb), kneel-to-stand reps against 2/20 and quad MMT; stair carries, kneeling at a floor manikin, a soft-stretcher corner lift with two crew; R knee pain and quad weakness on stairs and kneeling; 97530 21 min matches: passes.
        ["v5-h98-psoh-monitor-and-jump-bag-stair-trips-97530"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Station 3, stairs to the dorm + apparatus bay
            Member: FF/PM V.O. · badge 4716 · Medic 3 · C shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Essential task: carry the monitor (22 lb) and the jump bag (25 lb) up to a
             third-floor apartment, kneel at the patient, then lift him in a soft
             stretcher with three others

            97530 — 21 min
             · stair carries with the monitor and jump bag, two flights up and down —
               5 trips
             · kneel at a floor manikin, work, and stand with the bags, 3 × 6
             · soft-stretcher lift of the 165-lb manikin at one corner with two crew,
               4 lifts
            Finding: R knee pain and quad weakness on stairs and kneeling after the
             tibial tubercle fracture; he leads with the L going up
            Tested: 5 of 5 trips step-over-step; kneel-to-stand 18 reps without a hand
             (10 on 2/20); R quad 4/5
            K. Osei, PT, DPT, SCS
            """,
            ["S82.151D"], [PT("97530", 21)], []),

        // PSOH stair tower: "says the turnouts feel lighter and he trusts the knee on the stairs now; looked steadier on the landings than last week" - no score, count, time or number at all but the code and its minutes; one-on-one stated; landing pushes at the SCBA, foam stance with head turns, stepping to a called edge; R knee proprioception after an ACL reconstruction: measure missing.
        ["v5-h98-psoh-turnouts-feel-lighter-no-number"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · Fire Training Center, stair tower
            Member: FF M.A. · Engine company, B shift
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty

            One-on-one — M.A. was my only patient for the whole 97112.

            97112 — 22 min
             · stair descents in turnouts with unannounced pushes at the SCBA on the
               landings
             · single-leg stance on the foam pad with head turns, eyes closed for the
               last sets
             · stepping to a called landing edge, eyes up
            Finding: R knee proprioception after the ACL reconstruction — the knee
             wobbles on the stair edge when the pack shifts
            Progress: says the turnouts feel lighter and he trusts the knee on the
             stairs now; looked steadier on the landings than last week
            K. Osei, PT, DPT, SCS
            """,
            ["S83.511D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ITT pole yard: "climbing like his old self, he says; pulled the bag up easier than last week" - no count, distance, load or number but the code and its minutes; pole climbs setting the belt and working hands-free, down-climbs resetting the gaff, the tool bag on the handline; L shoulder weakness after a cuff repair: measure missing.
        ["v5-h98-itt-climbing-like-his-old-self-97530"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: H.S. · jrny lineworker
            site: apprentice pole yard, Medical Lake
            97530 · 23 min · T. Brandt PT
             tx:
              - climbs of the training pole in the belt and gaffs, setting the belt and
                working hands free at the crossarm target
              - climbing down with a reset of the gaff at each step
              - hanging the tool bag on the handline and pulling it up
             limit: L shoulder weakness after the cuff repair — can't pull the handline
              hand over hand overhead
             obj: climbing like his old self, he says; pulled the bag up easier than
              last week
            """,
            ["S46.012D"], [PT("97530", 23)], [At(Measure, "97530")]),

        // SCH Deer Park: "wife says he's steadier in the garage and walks out to the mailbox now" - no distance, assistance level, speed or number but the code and its minutes; rollator gait on carpet, tile and the sidewalk with cues, tight turns round cones; shuffling steps and a forward trunk after a laminectomy: measure missing.
        ["v5-h98-sch-wife-says-steadier-in-the-garage-97116"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (Deer Park clinic)
            Daily note · Payer: Medicare Part B
            Pt: N.W. — retired fire captain
            97116 — 24 min
             - gait training with the rollator on the hall carpet and the tile, then
               outdoors on the sidewalk; cued longer steps, heel first, upright trunk
             - turning in a tight space around cones, with the walker
            Deviation: short shuffling steps and a forward trunk after the lumbar
             laminectomy; drags both feet when tired
            Progress: wife says he's steadier in the garage and walks out to the
             mailbox now
            M. Lindgren, PT
            """,
            ["M48.062"], [PT("97116", 24)], [At(Measure, "97116")]),

        // ITT: "turns to the mirrors easier after tx, he says" - no grade, bouts, degrees or number but the code and its minutes; PA glides to the mid-cervical facets, upper-trap and levator STM, sustained stretch into side bend fixing the top rib; R neck stiffness and pain checking the R mirror: measure missing.
        ["v5-h98-itt-turns-to-the-mirrors-easier-97140"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: D.O. · coach operator, Boone garage
            site: union hall clinic
            97140 · 12 min · T. Brandt PT
             tx: posterior-anterior glides to the mid-cervical facets on the R; upper
              trap and levator soft-tissue mobilisation R; sustained stretch into L side
              bend with my hand fixing the top rib
             limit: R neck stiffness and pain — can't turn far enough to check the R
              mirror without leaning
             obj: turns to the mirrors easier after tx, he says
            """,
            ["M54.2"], [PT("97140", 12)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // PSOH "97112 — 23 min" and "97530 — 15 min" under a B-shift 24-on/48-off header, both match; "1:1 for both codes"; blacked-out facepiece search with pushes at the cylinder, tall-kneel to stand eyes closed; hose bundles up four floors with counts; L ankle proprioception and plantarflexor weakness; pushes and SLS seconds: passes.
        ["v6-h98-psoh-two-codes-dash-min"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Fire Training Center, burn building + tower
            Member: FF R.B. · badge 3619 · Engine 5 · A shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Essential task: search a smoke-filled floor on hands and knees, then carry
             equipment up the stairs

            R.B. was the only member I treated this morning — 1:1 for both codes.

            97112 — 23 min
             · blacked-out facepiece search on hands and knees, following the wall, with
               my pushes at the SCBA cylinder
             · tall-kneel to stand with eyes closed, then with head turns
            Finding: L ankle proprioception after the sprain — can't feel where the
             foot is in the dark; balance lost when the cylinder is pushed
            Tested: recovered 7 of 10 pushes in the crawl (3 of 10 on 2/20); SLS eyes
             closed L 9 sec / R 21 sec

            97530 — 15 min
             · carrying two 30-lb hose bundles up four floors of the tower, 2 trips
             · step-over-step with the bundles, down backward with a hand on the rail
            Finding: L ankle plantarflexor weakness on the stairs
            Tested: 2 of 2 trips step-over-step
            """,
            ["S93.402D"], [PT("97112", 23), PT("97530", 15)], []),

        // PSOH flowsheet "Timed minutes — 97112: 22 · 97110: 12", both match; 1:1 box; bladed-stance perturbations with the belt on, half-kneel rhythmic stabilisation, BOSU with a tossed ball; Pallof press, side planks, dead bugs dosed; trunk postural control and core endurance after a disc injury; pushes and seconds: passes.
        ["v6-h98-psoh-timed-minutes-line-with-colons"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH — RTD FLOWSHEET
            Date 03/04/26   Site: Public Safety Building, PT room   PT: D. Whitehorse
            Member: Ofc. T.C. · badge 2112 · Patrol, North — nights
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Treated:      ☒ 1:1 (PT + member only)   ☐ group
            Timed minutes — 97112: 22 · 97110: 12

            97112: perturbation training in a bladed stance with the belt on; rhythmic
             stabilisation at the trunk in half-kneel; BOSU stance with a tossed ball
            97110: Pallof press 3 × 12 each side, green band; side plank 3 × 30 sec;
             dead bugs 3 × 10
            Impairment: trunk postural control and core endurance after the lumbar disc
             injury — he twists off balance drawing from the holster on the move
            Measures: held the stance through 8 of 10 pushes; BOSU 30 sec; side plank
             30 sec each side (15 sec at eval)
            """,
            ["M51.26"], [PT("97112", 22), PT("97110", 12)], []),

        // ITT "code / min / by" table (97112 23 T. Brandt PT, 97110 14 S. Dubois PTA), each matching its line (one discipline); "one-on-one — the only member I treated for those minutes" for the 97112; belt-lean rhythmic stabilisation on the training pole and block stance with belt tugs; step-downs, wall sits, ball curls dosed; R knee proprioception and quad weakness after an MCL sprain; holds and Y-balance: passes.
        ["v6-h98-itt-code-min-by-table-pt-and-pta"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: Y.K. · card 78841 · jrny lineworker, Line Truck 160
            date: 3/4/26 · site: pole yard + clinic gym
            code    min   by
            97112   23    T. Brandt PT
            97110   14    S. Dubois PTA
            ---
            97112 (PT, one-on-one — the only member I treated for those minutes):
              rhythmic stabilisation leaning back in the climbing belt on the training
              pole; single-leg stance on the climbing block with belt tugs
            97110 (PTA): step-downs 3 × 10 off an 8-in box; wall sits 4 × 30 sec;
              hamstring curls on the ball 3 × 12
            limit: R knee proprioception and quad weakness after the MCL sprain — the
             knee gives when he leans back into the belt
            obj: belt-lean holds 8 of 10 without the knee giving; Y-balance anterior R
             60 cm / L 67 cm
            """,
            ["S83.411D"], [PT("97112", 23), PTA("97110", 14)], []),

        // ITT clock ranges on each code's line (0715–0727 97140 = 12, 0727–0745 97110 = 18), both match; PA glides with grade and bouts, suboccipital release; chin tucks, rows, open books, towel rotation dosed; R cervical rotation and upper thoracic stiffness after a whiplash; rotation degrees: passes.
        ["v6-h98-itt-clock-range-per-code"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: J.W. · badge 1520 · coach operator, Route 25, Boone garage
            date: 3/4/26 · site: union hall clinic
            0715–0727  97140  PA glides to C5-6 and C6-7 on the R, grade III, 3 × 30
                              sec; suboccipital release
            0727–0745  97110  chin tucks 3 × 10 with 5-sec holds; band rows 3 × 15;
                              open books 2 × 10 each side; seated rotation with a towel
                              3 × 10
            limit: R cervical rotation and upper thoracic stiffness after the whiplash
             from a rear-end hit; can't check the R mirror from the seat
            obj: rotation R 55° → 63°
            """,
            ["S13.4XXD"], [PT("97140", 12), PT("97110", 18)], []),

        // SCH "Timed codes: 97116 × 18 min · 97110 × 12 min · 97530 × 10 min", all three matching; walker to cane gait with distance and SBA; quad sets, SLR, heel slides and strap flexion dosed; a sedan transfer and curb steps with counts; L quad weakness and knee stiffness after a TKA; knee degrees: passes.
        ["v6-h98-sch-timed-codes-line-three-codes"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (main campus)
            Daily note · 3/4/2026 · Payer: Medicare Part B
            Pt: S.G., 68 M — retired lineman (34 yrs); L TKA 2/02
            Timed codes: 97116 × 18 min · 97110 × 12 min · 97530 × 10 min

            Gait (97116): walker → cane in the hall and on the ramp; cued heel strike
             and L knee extension at contact; 400 ft with the cane, SBA
            Ex (97110): quad sets 2 × 15; SLR 2 × 10; heel slides 2 × 15; seated knee
             flexion with the strap, 10 × 10-sec holds
            Activities (97530): car transfer into his sedan in the lot, 3 with SBA;
             stepping up the 7-in curb with the cane, 6
            Impairment: L quad weakness and knee stiffness after the TKA; stiff-knee
             gait
            Measured: knee flexion 98°, extension -6°
            J. Whitman, PT
            """,
            ["Z96.652", "Z47.1"], [PT("97116", 18), PT("97110", 12), PT("97530", 10)], []),

        // SCH "PT — 97112, 24 min" and "OT — 97530, 20 min" on one morning, each matching its own discipline's line; "one-on-one with the PT for all of it, nobody else in the gym corner"; Frenkel-style target stepping, rhythmic stabilisation, tandem with head turns; laces, uniform buttons and a signature; L ataxia and hand dysmetria after a cerebellar stroke; SARA, tandem steps, buttons and signatures: passes.
        ["v6-h98-sch-pt-and-ot-one-morning"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (main campus)
            PT + OT note · 3/4/2026 · Payer: Medicare (SSDI since 2021)
            Pt: C.R., 57 M — former police sergeant; L cerebellar stroke in 2021
            PT — 97112, 24 min · C. Nakamura, PT, DPT, NCS
             one-on-one with the PT for all of it, nobody else in the gym corner
             - Frenkel-style stepping to floor targets with visual cues, then without
             - rhythmic stabilisation in tall-kneel, then in standing on foam
             - tandem walking with head turns
             Impairment: L limb and truncal ataxia with dysmetria — overshoots the
              targets, wide base
             Measured: SARA 9/40 (12/40 at eval); tandem 8 steps without a misstep
            OT — 97530, 20 min · R. Pham, OTR/L
             - tying the laces of his dress shoes, buttoning the uniform shirt he wears
               to the FOP lodge meetings, handwriting his name on forms
             Problem: L hand dysmetria and incoordination
             Result: shirt buttoned (7 buttons) with SBA; signature legible 4 of 5
            """,
            ["I69.393"], [PT("97112", 24), OT("97530", 20)], []),

        // PSOH "97112: 13 min on the tower + 10 min on the mat = 23 min" matching the 23-min line; "1:1 for the whole 97112 — PT and member only, in both places"; landing pushes in gear, half-kneel rhythmic stabilisation, foam stance with head turns; R ankle and knee proprioception after a tibial shaft nail; pushes and SLS seconds: passes.
        ["v6-h98-psoh-97112-in-two-parts-tower-and-mat"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Fire Training Center — stair tower, then
             the mat room
            Member: FF D.V. · badge 4952 · Engine 16 · C shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty

            1:1 for the whole 97112 — PT and member only, in both places.

            97112: 13 min on the tower + 10 min on the mat = 23 min
             · tower: stair descents in gear with unannounced pushes on the landings
             · mat: half-kneel rhythmic stabilisation, then single-leg stance on foam
               with head turns
            Finding: R ankle and knee proprioception after the tibial shaft IM nail —
             late balance reactions on the R
            Tested: recovered 8 of 10 landing pushes; SLS on foam R 16 sec / L 30 sec
            K. Osei, PT, DPT, SCS
            """,
            ["S82.201D"], [PT("97112", 23)], []),

        // PSOH flowsheet "97112 minutes: 35" against a 23-min line: mismatch; otherwise complete (1:1 box; reactive stepping, Airex stance with head turns, PNF D1 with the baton; L ankle proprioception after a sprain in a foot pursuit; SLS seconds and pushes).
        ["v6-h98-psoh-35-on-the-flowsheet-against-23"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH — RTD FLOWSHEET
            Date 03/04/26   Site: Police Academy, mat room   PT: D. Whitehorse
            Member: Ofc. E.N. · badge 2481 · Patrol, South — swing
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Treated:      ☒ 1:1 (PT + member only)   ☐ group
            97112 minutes: 35

            Technique: reactive stepping to pushes in a bladed stance; Airex stance with
             head turns; PNF D1 patterns with the baton
            Impairment: L ankle proprioception after the sprain in a foot pursuit
            Measures: SLS on Airex L 12 sec / R 27 sec; 7 of 10 pushes held
            """,
            ["S93.402D"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // ITT PTA card "97530 · 30 min" against an 18-min PTA line: mismatch; otherwise complete (operator's seat exits, kneeling the coach and the ramp, front steps with counts; L hip pain and abductor weakness with trochanteric bursitis).
        ["v6-h98-itt-pta-30-against-18-97530"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: K.E. · badge 1377 · coach operator, Route 94, Boone garage
            date: 3/4/26 · site: training bay — the retired 40-ft coach
            97530 · 30 min · S. Dubois PTA
             tx:
              - in and out of the operator's seat, swing and step down to the front
                door, 8 each
              - kneeling the coach, deploying and stowing the manual ramp, 4
              - front steps down to the curb and back up, 10
             limit: L hip pain and abductor weakness (trochanteric bursitis); stiff
              getting out of the seat after a run
             obj: 8 of 8 exits without a hand on the farebox; ramp 4 of 4 with SBA
            """,
            ["M70.62"], [PTA("97530", 18)], [At(Mismatch, "97530")]),

        // SCH Cheney "97140 — 11 min" matching and "97110 — 26 min" against a 12-min line: mismatch on 97110; both parts complete (GH glides with grade and scapular mobilisation; pulleys, wand and isometrics dosed; R shoulder stiffness and cuff weakness after a reverse TSA; AAROM degrees).
        ["v6-h98-sch-second-code-26-against-12"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (Cheney clinic)
            Daily note · 3/4/2026 · Payer: Medicare Part B
            Pt: D.F., 70 F — retired transit operator; R reverse shoulder replacement
             in December
            97140 — 11 min: grade II–III GH glides, posterior and inferior; scapular
             mobilisation in side-lying
            97110 — 26 min: pulleys 2 × 15; supine wand flexion 2 × 12; ER with the
             wand 2 × 12; isometric ER/IR 10 × 5-sec holds
            Impairment: R shoulder stiffness and cuff weakness after the reverse TSA;
             can't reach the top shelf
            Measured: AAROM flexion 118°, ER 30°
            J. Whitman, PT
            """,
            ["Z96.611", "Z47.1"], [PT("97140", 11), PT("97110", 12)], [At(Mismatch, "97110")]),

        // PSOH Corrections Center "Codes billed: 97112, 97110" and "Total treatment time 40 min — 1:1 throughout" with no minutes for either code: separate time missing; both parts complete (tier-stair pushes and Dyna-disc with head turns; vest step-ups, band walks, single-leg RDL dosed; R ankle proprioception and hip weakness; seconds and pushes).
        ["v6-h98-psoh-total-treatment-time-only"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Corrections Center training room (interlocal)
            Member: CO J.F. · badge 836 · 3rd watch, housing unit 6C
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Codes billed: 97112, 97110
            Total treatment time 40 min — 1:1 throughout

            NMR: tier-stair descents with unannounced pushes; single-leg stance on the
             Dyna-disc with head turns
            Ex: step-ups 3 × 10 to a 12-in step with a 10-lb vest; lateral band walks
             3 × 15 ft; single-leg RDL 3 × 8
            Finding: R ankle proprioception and R hip weakness after the ankle fracture;
             catches himself on the rail on the tier stairs
            Tested: single-leg on the disc R 10 sec / L 25 sec; 6 of 10 pushes held
            J. Amundsen, PT
            """,
            ["S82.891D"], [PT("97112", 25), PT("97110", 15)], [SepTime]),

        // ITT "in 0700 · out 0741" with "codes: 97530, 97140" and no minutes for either code: separate time missing; both parts complete (pole climbs with counts and belt-lean holds; posterior talocrural glides with grade and bouts, distraction; L ankle dorsiflexion stiffness after a high ankle sprain; knee-to-wall cm).
        ["v6-h98-itt-time-in-time-out-two-codes"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: A.R. · card 87762 · apprentice lineworker
            date: 3/4/26 · in 0700 · out 0741 · T. Brandt PT
            codes: 97530, 97140
            tx: pole climbs of the training pole in the belt and gaffs, 4, hands-free at
             the top 3 of 4; belt-lean holds, 6; then joint mobilisation to the L
             talocrural joint, posterior glides grade III, 4 × 30 sec, and talar
             distraction
            limit: L ankle dorsiflexion stiffness after the high ankle sprain — can't
             set the gaff with the ankle flexed
            obj: DF knee-to-wall L 6 cm → 9 cm (R 12 cm)
            """,
            ["S93.432D"], [PT("97530", 29), PT("97140", 12)], [SepTime]),

        // SCH Deer Park "97112 — 22 min" and a second block "97110" with no minutes: separate time missing; both parts complete (one-on-one; reactive stepping, foam with head turns, hurdles; somatosensory loss with FGA and foam seconds; cuff hip flexion, sit-to-stands and calf raises dosed; hip and ankle weakness).
        ["v6-h98-sch-second-block-without-minutes"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (Deer Park clinic)
            Daily note · 3/4/2026 · Payer: Medicare Part B
            Pt: M.P., 75 M — retired SFD engineer (drove Engine 6 for 22 yrs)
            One-on-one for the 97112: he was the only patient I treated during it.

            97112 — 22 min
             - reactive stepping to pushes at the pelvis; foam stance eyes closed with
               head turns; stepping over the hurdle row
             Impairment: postural control with somatosensory loss of both feet
             Measured: FGA 18/30; foam eyes closed 9 sec

            97110
             - seated hip flexion with the 3-lb cuff 2 × 12; sit-to-stand 2 × 10; calf
               raises 2 × 15
             Impairment: bilateral hip and ankle weakness
            M. Lindgren, PT
            """,
            ["E11.42"], [PT("97112", 22), PT("97110", 13)], [SepTime]),

        // ITT minutes in brackets after each code ("97140 [11 min]", "97110 [14 min]"), both match; thoracic PA mobilisations with grade and bouts, rib mobilisation, pec minor release; prone T and Y, pull-aparts, foam-roll extension dosed; thoracic stiffness and R scapular dyskinesis from years looking up from the bucket; degrees: passes.
        ["v6-h98-itt-minutes-in-brackets-after-the-code"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: C.T. · card 70014 · jrny lineworker, Line Truck 99
            date: 3/4/26 · site: union hall clinic
            97140 [11 min] — thoracic PA mobilisations T4 to T8, grade III, 3 × 30 sec
             each level; rib mobilisation on the R with breathing; pec minor release R
            97110 [14 min] — prone T and Y 3 × 10 with 2 lb; band pull-aparts 3 × 15;
             thoracic extension on the foam roll 2 × 10
            limit: thoracic stiffness and R scapular dyskinesis from years in the bucket
             looking up — can't reach overhead to the crossarm without shrugging
            obj: thoracic extension 15° → 22°; shoulder flexion R 160° → 168°
            """,
            ["M54.6", "M25.611"], [PT("97140", 11), PT("97110", 14)], []),

        // PSOH dictated note "Therapeutic activities, 97530, twenty-six minutes." matching the 26-min line; foot-end stair-chair carries, cot loading into the rig with the engineer at the head, patient-compartment entries with counts in words; lumbar and L hip extensor weakness after a strain; carries and loads with SBA: passes.
        ["v6-h98-psoh-dictated-minutes-in-words-97530"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT (dictated) · 03/04/26 · Station 1, apparatus bay
            Member: FF/PM O.D. · badge 4184 · Medic 1 · B shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty

            Therapeutic activities, 97530, twenty-six minutes. We worked the stair chair
            at the foot end down two flights of the station stairs with the 165-lb
            manikin, four carries, then cot loading into the rig with Engineer Patel at
            the head, six loads, and getting in and out of the patient compartment with
            the jump bag, eight times. Finding: lumbar and L hip extensor weakness after
            the lumbar strain; she loses her hinge at the foot end. Result: four of four
            carries with a neutral spine, six of six loads with standby assistance.
            """,
            ["S39.012D"], [PT("97530", 26)], []),

        // SCH "NMR 97112 x 23 mins — 1:1, no other patient during it" and "Gait 97116 x 15 mins", both match; weight shifts with taps and nudges, stepping reactions, foam eyes open and closed; hemi walker to quad cane with cues, distance and CGA; L hemiparesis with poor postural reactions and neglect, knee hyperextension; Berg and pushes: passes.
        ["v6-h98-sch-x-mins-two-codes"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (main campus)
            Daily note · 3/4/2026 · Payer: Medicare Part B
            Pt: J.Q., 80 M — retired bus operator and ATU shop steward; R MCA stroke
             in 2024
            NMR 97112 x 23 mins — 1:1, no other patient during it
             - weight shifts onto the L in standing with my taps at the L hip, then
               unannounced nudges
             - L stepping reactions to pushes, forward and sideways
             - standing on foam, eyes open then closed
             Impairment: L hemiparesis with poor L postural reactions and L neglect
             Measured: Berg 42/56; 4 of 8 pushes to the L answered with a step
            Gait 97116 x 15 mins
             - hemi walker → quad cane in the hall; cued L heel first and a longer R
               step; 250 ft with CGA
             Deviation: L knee hyperextension in stance, short R step
            M. Lindgren, PT
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a return-to-duty visit with two profiled codes and a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h98-empty-rtd-97112-and-97530"] = new(
            "",
            ["S83.511D"], [PT("97112", 24), PT("97530", 14)], [At(NoteMissing, "97112"), At(NoteMissing, "97530")]),

        // Empty note on a PTA's 97110 with no diagnosis: note missing and diagnosis missing.
        ["v7-h98-empty-pta-97110-no-dx"] = new(
            "",
            [], [PTA("97110", 18)], [At(NoteMissing, "97110"), Dx]),

        // A note exported as spaces and line breaks only (cells are trimmed) on a 97140 with a diagnosis: note missing only.
        ["v7-h98-spaces-and-line-breaks-97140"] = new(
            "   \n      \n\n   ",
            ["M54.2"], [PT("97140", 10)], [At(NoteMissing, "97140")]),

        // 97110's meaning on a PSOH note: trunk and hip strengthening for a shift under the duty belt (Pallof press, suitcase carries, side-lying hip abduction, clamshells, bird dogs, with sets, reps, loads and holds - technique and measure), low back pain under the belt with R glute med and trunk endurance weakness (deficit); 20 min matches: passes.
        ["v7-h98-psoh-97110-core-and-hip-under-the-duty-belt"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Public Safety Building, PT room
            Member: Ofc. F.I. · badge 3342 · Patrol, Central — days
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Essential task: a full shift in the car and on foot with the duty belt
             (24 lb) and vest

            97110 — 20 min
             · Pallof press with the belt on, 3 × 12 each side, blue band
             · suitcase carries 40 lb, 4 × 60 ft each hand
             · side-lying hip abduction 3 × 15 with 3 lb; clamshells 3 × 20 green band
             · bird dogs 3 × 10 with 5-sec holds
            Finding: low back pain under the belt with R glute med weakness and poor
             trunk endurance; aches by the end of the shift
            Tested: side plank R 35 sec / L 40 sec; hip abduction R 4/5
            D. Whitehorse, PT, DPT
            """,
            ["M54.50"], [PT("97110", 20)], []),

        // 97530's meaning on an SCH note: floor recovery by way of half-kneel at a chair, carrying split wood to the stove mock-up and kneeling to load it, with counts and assist (technique and measure), bilateral hip and knee extensor weakness after a fall he couldn't get up from (deficit); 23 min matches: passes.
        ["v7-h98-sch-97530-floor-recovery-and-the-woodstove"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (Deer Park clinic)
            Daily note · 3/4/2026 · Payer: Medicare Part B
            Pt: E.D., 78 M — retired SFD lieutenant, heats the house with a woodstove
            97530 — 23 min
             - getting down to the floor and back up by way of half-kneel at a chair,
               5 times, SBA
             - carrying an armful of split wood (about 15 lb) from the porch bin to the
               stove mock-up, 20 ft, 6 trips
             - kneeling to load the stove and standing back up, 5
            Impairment: bilateral hip and knee extensor weakness; after a fall in
             January he lay on the floor until a neighbour found him because he
             couldn't get up
            Measured: floor to stand 5 of 5 with SBA (mod A at eval); 6 of 6 wood
             carries without a rest
            M. Lindgren, PT
            """,
            ["M62.81", "Z91.81"], [PT("97530", 23)], []),

        // 97140's meaning on a PSOH note: thoracic PA mobilisations grade III–IV, first-rib inferior mobilisation and STM to the upper trap and levator with bouts (technique and measure), upper thoracic and first-rib stiffness under the SCBA straps with R shoulder pain raising the fly (deficit), degrees before and after; 12 min matches: passes.
        ["v7-h98-psoh-97140-thoracic-and-first-rib-under-the-scba"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Station 17, day room
            Member: FF L.N. · badge 3965 · Truck 17 · A shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty

            97140 — 12 min
             · thoracic PA mobilisations T5 to T9, grade III–IV, 3 × 30 sec each level
             · first-rib inferior mobilisation R, 3 × 30 sec
             · soft-tissue mobilisation to the R upper trap and levator
            Finding: upper thoracic and first-rib stiffness under the SCBA straps, with
             R shoulder pain reaching overhead — can't raise the fly of the ladder
             without shrugging
            Tested: thoracic extension 12° → 20°; R shoulder flexion 152° → 165°
            K. Osei, PT, DPT, SCS
            """,
            ["M54.6", "M25.511"], [PT("97140", 12)], []),

        // 97116's meaning on an SCH PTA note: gait training with a quad cane on the indoor track and the outdoor ramp with cues, and stairs with a rail (technique), R hemiparetic gait with circumduction and knee hyperextension after a pontine stroke (deficit), distance and assist (measure); a former lineworker on SSDI; 22 min matches: passes.
        ["v7-h98-sch-97116-former-lineworker-after-a-stroke"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (main campus)
            Daily note · 3/4/2026 · Payer: Medicare (SSDI since 2024)
            Pt: G.O., 63 M — former journeyman lineworker; L pontine stroke in 2024
            97116 — 22 min · S. Okafor, PTA
             - gait training with the quad cane on the hospital's indoor track and the
               outdoor ramp; cued R heel strike, R knee flexion in swing and equal step
               lengths
             - stairs: 12 steps with one rail and the cane, step-to, R leg leading down
            Deviation: R hemiparetic gait — circumduction of the R leg, R knee
             hyperextension in stance, short L step
            Measured: 500 ft with the quad cane, SBA; stairs with CGA
            """,
            ["I69.351"], [PTA("97116", 22)], []),

        // Wholly generic 97112: "NMR 97112 — 24 min. Pt seen for balance and coordination exercises. Tol tx well. Cont per POC." - no technique, deficit, number but its code and minutes, or one-on-one statement.
        ["v7-h98-generic-one-line-97112"] = new(
            """
            NMR 97112 — 24 min. Pt seen for balance and coordination exercises. Tol tx
            well. Cont per POC.
            """,
            ["R26.81"], [PT("97112", 24)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic PSOH 97110 + 97530 with minutes for each (14 and 16, both match) and "Member did therapeutic exercise and functional activities per protocol. No complaints. Progressing." - nothing named for either code.
        ["v7-h98-generic-97110-and-97530-with-minutes"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            PT daily · 97110 — 14 min · 97530 — 16 min
            Member did therapeutic exercise and functional activities per protocol.
            No complaints. Progressing. Continue per plan.
            """,
            ["M54.50"], [PT("97110", 14), PT("97530", 16)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic ITT 97140: "97140 · 10 min · manual therapy provided as tolerated. Member tolerated well. No adverse reaction. Cont POC." - no manual technique, region, impairment or measure named.
        ["v7-h98-generic-itt-97140"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            97140 · 10 min · manual therapy provided as tolerated. Member tolerated
            well. No adverse reaction. Cont POC.
            """,
            ["M54.2"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes

        // PSOH roof prop, a firefighter after an ankle ORIF: "Individually treated — no other member with me on the drill yard for the 97112"; pitch stance with the saw mock-up and pushes, roof-ladder stepping with head turns, eyes-closed holds; R ankle and knee proprioception; pushes and SLS seconds; then eccentric heel drops, step-downs and single-leg RDL dosed for calf and hip extensor weakness with heel raises; 22 and 13 match: passes.
        ["vord-h98-psoh-roof-prop-97112-and-97110"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Fire Training Center, drill yard
            Member: FF B.K. · badge 4590 · Engine 31 · B shift (24-on/48-off)
            Duty status:  ☐ full duty   ☒ modified duty (logistics, hose shop)   ☐ off duty
            Essential task: work off a roof with a saw, footing on a pitched roof
            Task simulation: the roof prop on the drill yard (8/12 pitch), roof ladder,
             20-lb saw mock-up

            Individually treated — no other member with me on the drill yard for the
            97112.

            97112 — 22 min
             · stance on the roof prop's pitch with the saw mock-up, my unannounced
               pushes at the SCBA frame
             · stepping along the roof ladder with head turns to a called vent location
             · single-leg stance on the pitch, eyes closed for short holds
            Finding: R ankle and knee proprioception after the R ankle ORIF — he
             stiffens the R leg and steps off the pitch when pushed
            Tested: recovered 8 of 10 pushes on the pitch (4 of 10 on 2/18); SLS on the
             pitch R 14 sec / L 30 sec

            97110 — 13 min
             · eccentric heel drops off the step 3 × 15; lateral step-downs 3 × 10
             · single-leg RDL with a 25-lb kettlebell 3 × 8
            Finding: R calf and hip extensor weakness
            Tested: single-leg heel raises R 20 / L 28
            K. Osei, PT, DPT, SCS
            """,
            ["S82.891D"], [PT("97112", 22), PT("97110", 13)], []),

        // PSOH academy obstacle course, a patrol officer after a patellar tendon debridement: wall climbs and two-foot landings, sprint starts from the car door, dummy drags, with counts; L quad weakness and landing pain; climbs pain-free against 2/20; 25 min matches: passes.
        ["vord-h98-psoh-obstacle-course-wall-97530"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Police Academy, obstacle course
            Member: Ofc. P.R. · badge 3408 · Patrol, East — swing
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            Essential task: foot pursuit — climb a 6-ft fence and drop off it, run,
             take a subject down

            97530 — 25 min
             · climbing the 6-ft wall on the course and dropping to a two-foot landing,
               6 reps
             · 50-yd sprint starts from the patrol car door, 6
             · drag of the 150-lb dummy 30 ft by the harness, 3
            Finding: L knee — quad weakness and pain landing after the patellar tendon
             debridement
            Result: 6 of 6 wall climbs and landings pain-free (2 of 6 on 2/20); drags
             with no pause
            D. Whitehorse, PT, DPT
            """,
            ["M76.52"], [PT("97530", 25)], []),

        // ITT clinic gym, a storm-crew lineworker who fell from a ladder in the ice storm: "one-on-one: just N.P. — nobody else on my schedule during the 97112"; BAPS board, a foam-and-slant-board course with a pack and head turns, ball catches on the Airex; L ankle proprioception and peroneal reaction; SEBT and SLS seconds; 24 min matches: passes.
        ["vord-h98-itt-storm-crew-baps-and-foam-course"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: N.P. · card 82674 · jrny lineworker, storm crew
            date: 3/4/26 · site: clinic gym
            hx: fell from a ladder rung stringing service drops in the ice storm — L
             ankle
            essential task: walk the right-of-way in snow and on ice with gear, climb
             ladders and poles

            one-on-one: just N.P. — nobody else on my schedule during the 97112.

            97112 · 24 min
             tx:
              - BAPS board level 3 in standing, L foot, clockwise and back
              - walking the foam-and-slant-board course with a 30-lb pack, head turns
              - catching a tossed ball in L single-leg stance on the Airex
             limit: L ankle proprioception and peroneal reaction — rolls the L ankle on
              frozen ruts
             obj: SEBT anterior L 63 cm / R 70 cm; Airex SLS L 22 sec (9 sec at eval)
            —T. Brandt, PT
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // ITT, a coach operator with shoulder pain from the wheel: "97140 — 11 min" and "97110 — 14 min", both match; posterior and inferior GH glides with grade and bouts, cross-body stretch; band ER/IR, rows, serratus slides, band steering turns dosed; R impingement with posterior capsule tightness; IR degrees: passes.
        ["vord-h98-itt-coach-operator-shoulder-97140-and-97110"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: R.M. · badge 1014 · coach operator, Route 20, Boone garage
            date: 3/4/26 · site: union hall clinic
            hx: R shoulder pain from the steering — 25 yrs on the wheel, worse on the
             articulated coaches
            97140 — 11 min: posterior GH glides grade III and inferior glides, 3 × 30
             sec each; cross-body stretch with scapular stabilisation
            97110 — 14 min: band ER/IR 3 × 15; rows 3 × 12 with 15 lb; serratus wall
             slides 3 × 10; steering-wheel turns against the band 3 × 12
            limit: R shoulder impingement with posterior capsule tightness; pain
             steering hand over hand
            obj: IR at 90° R 35° → 44°; Hawkins–Kennedy still positive
            —T. Brandt, PT
            """,
            ["M75.41"], [PT("97140", 11), PT("97110", 14)], []),

        // SCH Cheney, a retired corrections officer with bilateral vestibular loss: "1:1 session: I treated V.S. alone, start to finish of the 97112"; VOR x1 on foam, head-turn walking on gravel and in a dim hall, foam eyes closed with perturbations; bilateral vestibular hypofunction with somatosensory reliance; DGI and mCTSIB; 25 min matches: passes.
        ["vord-h98-sch-retired-co-vestibular-loss"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (Cheney clinic)
            Daily note · 3/4/2026 · Payer: Medicare Part B
            Pt: V.S., 69 F — retired corrections officer, 27 yrs at the county jail
            S: Walks her dog on the gravel road; loses her balance in the dark.
            1:1 session: I treated V.S. alone, start to finish of the 97112.

            97112 — 25 min
             - gaze stabilisation VOR x1, horizontal and vertical, standing on foam
             - walking with head turns on the gravel path outside the clinic, then in
               the dim hallway
             - stance on foam eyes closed with my perturbations at the pelvis
            Impairment: bilateral vestibular hypofunction with somatosensory reliance —
             unsteady in the dark and on uneven ground
            Measured: DGI 17/24 (13/24 at eval); mCTSIB foam eyes closed 11 sec
            J. Whitman, PT
            """,
            ["H81.23"], [PT("97112", 25)], []),

        // SCH main campus, a former transit mechanic on SSDI after a multi-level lumbar fusion: crate lifts with a hip hinge, a laundry basket up the clinic stairs, floor recovery at the bench, with counts and assist; lumbar and hip extensor weakness with pain on lifting; 97530 24 min matches: passes.
        ["vord-h98-sch-ssdi-transit-mechanic-97530"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (main campus)
            Daily note · 3/4/2026 · Payer: Medicare (SSDI since 2020)
            Pt: I.W., 60 M — former transit mechanic at the Boone garage; lumbar fusion
             L3 to S1 in 2019, chronic low back pain
            97530 — 24 min
             - lifting a 20-lb crate from the floor to the counter with a hip hinge,
               3 × 5
             - carrying the laundry basket up and down the 4 clinic stairs, 4 trips
             - getting up from the floor after gardening, half-kneel at the bench, 5
            Impairment: lumbar and hip extensor weakness with pain on lifting after the
             multi-level fusion
            Measured: 15 crate lifts with a neutral spine; 4 of 4 stair trips with one
             rail, mod I; floor to stand 5 of 5 mod I
            C. Nakamura, PT, DPT, NCS
            """,
            ["M96.1", "Z98.1"], [PT("97530", 24)], []),

        // PSOH complete 97112 for a motor officer after a crash (1:1; VOR x1 to a plate chart standing and walking, head turns stepping over a curb mock-up; visual-vestibular integration after a concussion; DVA and FGA) with no diagnosis code on the claim: diagnosis missing.
        ["vord-h98-psoh-motor-officer-no-dx"] = new(
            """
            CITY OF SPOKANE — PUBLIC SAFETY OCCUPATIONAL HEALTH
            Return-to-duty PT · 03/04/26 · Public Safety Building, PT room
            Member: Ofc. S.L. · badge 2957 · Traffic unit — days
            Duty status:  ☐ full duty   ☒ modified duty   ☐ off duty
            1:1 — PT and officer only.

            97112 — 21 min
             · gaze stabilisation, VOR x1 reading a plate chart, standing then walking
             · head turns while stepping over the curb mock-up, stop on command
            Finding: visual-vestibular integration after the concussion in a motor crash
            Tested: DVA 1 line lost (3 at eval); FGA 26/30
            D. Whitehorse, PT, DPT
            """,
            [], [PT("97112", 21)], [Dx]),

        // ITT complete 97110 (bird dogs, dead bugs, dowel hinge, kettlebell deadlift dosed; low back pain and lumbar extensor weakness lifting the tool bag; Biering-Sørensen seconds) with the ICD-9 code 724.2 from an old referral form on the claim: not a well-formed ICD-10-CM code.
        ["vord-h98-itt-icd9-724-2"] = new(
            """
            INLAND TRADES & TRANSIT MEMBERS' HEALTH CENTER — PT
            mbr: T.F. · card 76123 · jrny lineworker — the old referral form lists
             724.2 lumbago
            date: 3/4/26 · site: union hall clinic
            97110 · 16 min · T. Brandt PT
             tx: bird dogs 3 × 10; dead bugs 3 × 10; hip hinge with a dowel 2 × 12;
              kettlebell deadlift 35 lb 3 × 8
             limit: low back pain and lumbar extensor weakness lifting the tool bag to
              the truck bed
             obj: Biering-Sørensen hold 62 sec (38 sec at eval)
            """,
            ["724.2"], [PT("97110", 16)], [Dx]),

        // SCH short entry, two codes with only "97112 / 97110" and "Total: 38 min" and "Pt seen for exercise and balance. Tolerated tx without difficulty. Will continue POC.": no technique, deficit or measure for either code, no one-on-one statement for the 97112, no minutes for each.
        ["vord-h98-sch-generic-two-codes-total"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES
            97112 / 97110
            Total: 38 min
            Pt seen for exercise and balance. Tolerated tx without difficulty. Will
            continue POC.
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // SCH PTA "Gait training (97116) — 28 min" against a 16-min PTA line: mismatch; otherwise complete (front-wheeled walker on the hall and ramp with cues, distance and SBA; short R step and L Trendelenburg after a hip hemiarthroplasty).
        ["vord-h98-sch-pta-gait-28-against-16"] = new(
            """
            SPOKANE COUNTY HOSPITAL — OUTPATIENT THERAPY SERVICES (Deer Park clinic)
            Daily note · 3/4/2026 · S. Okafor, PTA · Payer: Medicare Part B
            Pt: U.B., 84 F — widow of a Deer Park volunteer fire chief; L hip fracture,
             hemiarthroplasty in January
            Gait training (97116) — 28 min: front-wheeled walker on the hall and the
             outdoor ramp; cued a longer R step and L hip extension at push-off;
             350 ft with SBA
            Deviation: short R step, L Trendelenburg
            """,
            ["S72.002D"], [PTA("97116", 16)], [At(Mismatch, "97116")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
