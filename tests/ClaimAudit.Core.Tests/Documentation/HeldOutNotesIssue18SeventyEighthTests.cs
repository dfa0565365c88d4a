using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The seventy-eighth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of paediatric outpatient physical therapy (not early intervention, not school-based):
/// hospital-affiliated children's outpatient clinics and private paediatric practices billing Medicaid and CHIP
/// managed-care plans and commercial plans with the same timed codes — congenital muscular torticollis and
/// plagiocephaly, prematurity and low tone, idiopathic toe walking, cerebral palsy by GMFCS level (serial casting,
/// botulinum toxin, orthoses, walkers, crutches, a robotic gait trainer and a suit intensive), Down syndrome and
/// hypotonia, hypermobility, developmental coordination disorder, brachial plexus birth injury, juvenile idiopathic
/// arthritis, and adolescents (knee and ankle injuries, a hip arthroscopy, a pars stress reaction, a tibial
/// fracture, idiopathic scoliosis in a brace) — as the people who treat children write it: to the parents and
/// grandparents in the room, play described as play (obstacle and ninja courses, scooter boards, bubbles, toys to
/// reach for, tummy time, peek-a-boo for head turning, a Pikler triangle, T-ball), milestone language, TIMP, AIMS,
/// GMFM, PDMS-2, BOT-2, the Pediatric Balance Scale, the Muscle Function Scale, the Active Movement Scale, the
/// child's mood, naps and bottles, siblings, twins and cousins — about two thirds ordinary and complete (68 of
/// 104), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, and a PT's and
/// an OT's code on one morning), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a children's hospital's outpatient rehabilitation service ("Finger Lakes Children's Hospital — Pediatric
/// Outpatient Rehabilitation": the Syracuse main campus and the Cicero, Camillus, Auburn and Oswego sites, New
/// York; New York Medicaid managed care, Child Health Plus and commercial plans) on a hospital template
/// ("PEDIATRIC PT DAILY NOTE", "Session type: ☑ Individual ☐ Co-treat ☐ Group", "Accompanied by:",
/// "Behavior/state:", CPT and minutes tables) with PTs, PTAs and OTs: toddlers with Down syndrome, oligo- and
/// polyarticular JIA, hemiplegic and diplegic CP, a HABIT-ILE summer intensive scored with the Assisting Hand
/// Assessment, a brachial plexus clinic day with back-to-back PT and OT, a Galileo vibration platform, a Spio vest
/// and a bolster swing, a foster mother, a school bus step and the State Fair midway;</item>
/// <item>a private paediatric practice ("Little Acorns Pediatric Therapy": the Hamburg and Beaumont offices in
/// Lexington, and Georgetown, Winchester and Richmond, Kentucky; Kentucky Medicaid managed care, KCHIP and
/// commercial plans) writing every note as a letter to the family ("Notes for Eli's family", "Who was here:",
/// "What we played:", "Why:", "How he did:", "Try at home:"): developmental coordination disorder, toe walking,
/// hypermobility, the Wiggle Crew preschool motor group, a buddy session, Neuromotor Task Training for a bike at
/// Jacobson Park, the practice's "Zoo Moves" cards, the BOT-2, the PDMS-2 and the Pediatric Reach Test, T-ball,
/// a ninja course, a mail-carrier course and squeaky-heel shoes;</item>
/// <item>an infant and toddler practice ("First Turns Infant Physical Therapy": Lehi, American Fork, Orem, Saratoga
/// Springs and Spanish Fork, Utah; Utah Medicaid, CHIP and commercial plans) writing terse infant shorthand
/// ("Baby:", "Here with:", "State:", "[97110] 18m", "Meas:") about torticollis, plagiocephaly, prematurity, low
/// tone and brachial plexus birth injury: the Muscle Function Scale, rotation on an arthrodial protractor, CVAI,
/// TIMP and AIMS, twins, big families of siblings, a bottle in the middle of a session, peek-a-boo, tummy time
/// over a parent's leg, a helmet from the orthotist and a Pikler triangle;</item>
/// <item>a children's hospital's neuromotor clinic ("Crescent Children's Hospital — Neuromotor &amp; Spasticity
/// Outpatient Clinic": Metairie, Mandeville, Slidell, Hammond and a Houma satellite, Louisiana; Healthy Louisiana
/// Medicaid plans, LaCHIP and commercial plans) writing "GMFCS:", "Orthoses:" and "Device:" headers, clock times
/// per code and dotted leaders, with PTs and PTAs: a Saturday Jump Start group, two brothers on the caseload, a
/// three-week suit intensive in the bungee cage, a Trexo robotic gait trainer, serial casting (its code 29405
/// named, never on a line) and botulinum toxin, the Modified Tardieu, TUDS and the 10-metre walk, Mardi Gras
/// parades, a second line, sno-balls, a swamp-tour boardwalk and Maw Maw's porch;</item>
/// <item>an adolescent sports and spine practice ("Penobscot Youth Sports &amp; Spine Physical Therapy": Bangor,
/// Brewer, Orono, Ellsworth and Belfast, Maine; MaineCare and commercial plans) writing "Athlete:", "Problem:",
/// "Numbers:" and "›" bullets: hockey, Nordic skiing, lacrosse, soccer, basketball, wrestling, gymnastics, ballet,
/// figure skating and snowboarding, ACL reconstructions by phase, a hip arthroscopy, a pars stress reaction, SEAS
/// for idiopathic scoliosis in a Rigo-Chêneau-type brace and a Providence night brace, a scoliometer and a Cobb
/// angle, a hop battery, the LESS, HarmoKnee and Witty SEM reaction lights.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h78-…): one-on-one in these writers' own words ("Mia was the only child on my schedule and the
/// only one in the gym with me for this hour", "The therapy itself was just Eli and me; I had no other child during
/// his session" with a little brother building magnet tiles in the corner, "me and Cole only on the turf for the
/// whole NMR", "My hands were on this baby only, from the first tilt to the last" with Dad holding her for
/// peek-a-boo, "the one child I had in the splint room, every minute of the NMR"), notes that negate it (twins both
/// on the caseload seen together with the therapist alternating, a Saturday Jump Start group of four, a PTA also
/// keeping an eye on another child's treadmill walking, two brothers run side by side, a buddy session with another
/// of the practice's patients) or never state it (a grandmother and a big sister, a father filming for the
/// orthotist), and the codes without a one-on-one check (only 97112 is the one-on-one code in the shipped medicare
/// profile): a 97530 in the Wiggle Crew preschool group and a 97110 in a knee group of three soccer players;</item>
/// <item>class 2 (v2-h78-…): template states: "Session type: ☑ Individual" and "☑ Group (Tuesday toddler movers, 3
/// children)", a "Therapist : child ratio ______" left blank, a milestone checklist, an "Impairments addressed" row
/// with nothing ticked, orthosis and device boxes, an "Outcome measure today: ____" left blank with nothing else
/// numbered, a brace box with a sensor wear log, a CPT / minutes table with one of two rows blank, parent-education
/// boxes, an activity grid with nothing ticked, "Ratio: ☒ 1:1", a rehab phase box;</item>
/// <item>class 3 (v3-h78-…): named protocols, programmes and devices as techniques (a Trexo robotic gait trainer, a
/// body-weight-supported treadmill with the Biodex unweighing system, Neuromotor Task Training for riding a bike,
/// a HABIT-ILE intensive, an Adeli-type suit in the bungee cage, HarmoKnee, Witty SEM reaction lights, a Pikler
/// triangle, stretching after serial casting), the practice's "Zoo Moves" strength cards with no dose, a Galileo
/// vibration platform with no deficit, and a Spio vest with a bolster swing and a Bilibo with no number;</item>
/// <item>class 4 (v4-h78-…): deficits stated as findings (a head tipped right in every picture with a knot in the
/// SCM, heels that never touch on the way to the swings, a foot that catches on Maw Maw's porch and a knee that
/// pops back, a dancer's back that hurts in arabesque, a bear stand to get up off the floor, a girl who scoots
/// down the stairs on her bottom in the mornings, an arm that stays down under the play gym, legs that cross when
/// he gets excited, a flat spot on the right) and notes that state none (a boy with a developmental coordination
/// history re-checked in the average range before discharge, a figure skater with nothing found before her
/// Freeskate test);</item>
/// <item>class 5 (v5-h78-…): measures in their usual forms (a TIMP raw score with its z, GMFM-66 with dimensions D
/// and E, a PDMS-2 quotient with its subtests, a scoliometer ATR with a Cobb angle, TUDS and a 10-metre walk, the
/// Pediatric Balance Scale, AIMS raw, percentile and subscales, the Modified Tardieu's R1 and R2 with popliteal
/// angles, a hop battery with limb symmetry, the Pediatric Reach Test) and notes with none ("Looked steadier on the
/// beam and the stones than last week", a torticollis stretching note where Mom says he turns more on his
/// own);</item>
/// <item>class 6 (v6-h78-…): minutes in their usual forms (four-digit clock times per code, a code's minutes in two
/// parts around a bottle, a CPT / Description / Minutes table for three codes, "Billing: 97530 × 2 units (26
/// minutes)", "Mins: 97112 = 23 · 97110 = 15 → 38 timed mins", back-to-back PT and OT codes, dotted leaders,
/// minutes opening a code's line) and true mismatches (a PTA's NMR 28 against 16, ther ex 12 against 24, manual
/// therapy 25 against 12, an OT's ther act 12 against 25) and truly missing separate time (a total of 37 for gait
/// and NMR, a third code's section with no minutes);</item>
/// <item>class 7 (v7-h78-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a JIA teenager's quads and heels), 97530 (a toddler's couch climb and
/// the steps into the family room), 97140 (talocrural glides for a toe walker) and 97116 (crutch weaning after a
/// tibial fracture), and wholly generic 97112 and 97110 + 97530 notes;</item>
/// <item>ordinary (vord-h78-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (343.0), a generic two-code
/// note with a total, a PTA's gait time that differs, a complete two-code sports note that never says
/// one-on-one.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — mothers, fathers,
/// grandparents, an aunt, a foster mother, a personal care attendant, brothers and sisters, a twin, a baby asleep
/// in a car seat (none of them a patient; the other twin, the brothers run side by side, the buddy and the members
/// of a group are), ages in weeks, months and years, corrected ages and weeks of gestation, GMFCS levels, a
/// gymnastics level, a cast's number and casting's code 29405, brace wear hours, step, box and block heights,
/// cuff, dumbbell and kettlebell loads, bike miles, treadmill speeds and support percentages, robotic guidance
/// percentages, steps and metres, vertebral levels — and each is written so that a reviewer cannot take it for a
/// code's minutes; the notes failed for want of a measure carry no number but their code and its minutes; no note
/// gives minutes to a bottle, a nap, a cast, a test, a rest or a home programme.
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
/// documentation profile (serial casting, orthotic and helmet fittings, aquatic therapy, group classes and
/// evaluations stay in the notes, never on a line).
/// This set also leaves out tummy time, "play" or a milestone alone as a 97112's technique, a diagnosis ("cerebral
/// palsy", "Down syndrome", "DCD") as a 97112's only deficit, a parent's report ("she's rolling now") as a note's
/// only measure, a GMFCS level, an age or brace wear hours as a note's only number, a milestone checklist as the
/// only measure, the minutes of a feed or a nap inside a code's time, a co-treatment by a PT and an OT on one code,
/// a sibling who is also a patient joining part of a block, and whether an infant's neck stretching belongs under
/// 97110 or 97140, or a play-based session under 97530 or 97112 (a coding question, not the note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 82 of 104 cases agree (102 needed), and 14 of the 68 notes the reviewer passes got a finding, on the analyzer of b32474d (the start of the 2026-12-06 twelfth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 102 of 104, 1 false positive — one-on-one in paediatric and sports writers' words ("the one child I had in the splint room", "the only athlete I treated during the NMR", "My hands were on this baby only, from the first tilt to the last", "Nobody but Josie and me in the gym", "no other baby booked in the room", "Only Knox with me for the whole visit"), paediatric vocabulary from a helper who had not written the set (head righting, the Muscle Function Scale, brachial plexus birth injury, animal walks, T-ball). Left: "Mins: 97112 = 23 · 97110 = 15 → 38 timed mins" (the arrow to the total keeps 97110's 15 from being read: a false DOC_SEPARATE_TIME_MISSING, so the false-positive [Fact] is skipped with that reason; no case edited), a clinic's name in its title ("… Neuromotor &amp; Spasticity Outpatient Clinic") read as the deficit. The thirteenth session (2026-12-06): 104 of 104, no false positive — the arrow to the total read as the sum's "=", and the clinic's title with a possessive ("CRESCENT CHILDREN'S HOSPITAL — … Spasticity … Clinic") as its letterhead; the false-positive fact's Skip is removed (no case edited).</para>
/// </summary>
public class HeldOutNotesIssue18SeventyEighthTests(ITestOutputHelper output)
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

        // Finger Lakes Cicero, hemiplegic CP: "Mia was the only child on my schedule and the only one in the gym with me for this hour" with Mom joining the play; light-wall weight shifts, rocker-board tilts, half-kneel rises; reduced R weight acceptance and delayed postural reactions; SLS seconds and k of 10; 23 matches: passes.
        ["v1-h78-fingerlakes-cicero-only-child-in-the-gym"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Cicero
            PEDIATRIC PT DAILY NOTE
            Accompanied by: mother (stayed and joined the play)
            Behavior/state: chatty, a little tired after preschool
            Mia was the only child on my schedule and the only one in the gym with me for this hour.
            S: Mom says Mia still "lets her right leg go along for the ride" on the playground ladder at Onondaga Lake Park.
            97112 — 23 min
              • weight shifts onto the R leg standing at the light-up wall, reaching up and across for the buttons
              • standing on the rocker board facing the mirror, slow tilts from me to bring out the R-side righting and trunk reactions
              • half-kneel on the R knee, rising to stand at the bench, alternating with the L
            A: R spastic hemiplegia with reduced weight acceptance and delayed postural reactions on the R
            O: SLS R 3 s / L 9 s; rocker board 8 of 10 tilts recovered without grabbing the bar (4 of 10 last month)
            P: continue weekly; Mom to practise half-kneel rises during bath-time play
            """,
            ["G80.2", "R26.89"], [PT("97112", 23)], []),

        // First Turns Lehi twins both on the caseload "seen together today; I alternated handling between the two on the mat": another patient in the block; lap righting tilts, side-lying play, pull-to-sit; weak L lateral neck flexors; MFS and k of 5 present: one-on-one missing.
        ["v1-h78-first-turns-twins-alternated-on-the-mat"] = new(
            """
            FIRST TURNS INFANT PT · Lehi
            Twins (Ruby and June) both on caseload — seen together today; I alternated handling between the two on the mat while Mom fed whichever one was waiting.
            This chart: Ruby, 5 mo (adj 4 mo). R CMT, L-sided flat spot.
            [97112] 20m
              - lateral head righting: supported sitting on my lap, slow tilts to the R and L, waiting for her to bring her head back to midline
              - side-lying play on her L with the crinkle book held up, so she lifts the L ear off the mat
              - pull-to-sit with a pause for the chin tuck
            Deficit: weak L lateral neck flexors — head falls to the R when she is tilted
            Meas: MFS R 3 / L 1 (L 0 at eval); no head lag on pull-to-sit 3 of 5 tries
            """,
            ["Q68.0", "Q67.3"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Little Acorns Georgetown letter: "The therapy itself was just Eli and me; I had no other child during his session" with his little brother (not a patient) building magnet tiles; drum-beat trampoline stops, cushion stance catches, jumping jacks in pieces; motor planning and bilateral coordination; BOT-2 and seconds; 22 matches: passes.
        ["v1-h78-little-acorns-just-eli-and-me-brother-in-the-corner"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Georgetown, KY
            Notes for Eli's family
            Who was here: Mom, and Eli's little brother Jude (Jude isn't a patient — he built a magnet-tile tower in the corner). The therapy itself was just Eli and me; I had no other child during his session.
            Neuromuscular re-education (97112) — 22 minutes
            What we played:
              • trampoline jumps to the beat of a drum, then stopping like a statue on my whistle
              • standing on one foot on the squishy cushion while catching bean bags from Mom
              • jumping jacks in pieces — arms only, legs only, then together
            Why: Eli has trouble with motor planning and with timing both sides of his body together (bilateral coordination); his balance on one foot is shaky.
            How he did: BOT-2 bilateral coordination scale score 8 (5 at his evaluation); one-foot stand on the cushion 7 s R / 6 s L
            Try at home: the statue game during commercials
            """,
            ["R27.8"], [PT("97112", 22)], []),

        // Crescent Mandeville "Saturday Jump Start group (4 children with CP, 2 therapists, stations)": not one-on-one; bolster tall-kneel with nudges, noodle hurdles with stop-and-hold, stepping stones; trunk and pelvic control; seconds and k of 8 present: one-on-one missing.
        ["v1-h78-crescent-jump-start-group-of-four"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Mandeville
            Saturday Jump Start group (4 children with CP, 2 therapists, stations)
            GMFCS: II   Orthoses: B SMOs
            This child: Nolan, 6
            97112 — 24 min
              station 1: tall-kneeling on the bolster, tossing beanbags at the Mardi Gras target while I nudged the bolster side to side
              station 2: stepping over the pool-noodle hurdles, stop-and-hold on one foot at each
              station 3: stepping stones with a quick change of direction on the call
            S/A: poor trunk and pelvic control in kneeling; crouches and loses his balance stepping over obstacles
            Tall-kneel on the bolster 22 s (9 s in January); hurdle stop-and-hold 6 of 8
            """,
            ["G80.1"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // First Turns American Fork, grandmother and a 3-year-old sister in the room, nothing states one-on-one; peanut-ball tilts for protective reach, prop sitting reaches, guided rolling; trunk postural control and protective reactions with low tone; seconds and k of 5 present: one-on-one missing.
        ["v1-h78-first-turns-grandma-and-big-sister-never-stated"] = new(
            """
            FIRST TURNS INFANT PT · American Fork
            Baby: Oliver, 8 mo (adj 7 mo), low tone; not sitting on his own yet.
            Here with: Grandma (Mom at work) and his 3-year-old sister, who "helped" with the toys.
            State: alert and happy; napped in the car on the way
            [97112] 19m
              - ring sitting on the peanut ball with small side-to-side and forward tilts from me, waiting for his protective reach
              - prop sitting on the mat, reaching up and out of his base for the stacking cups
              - rolling supine ↔ prone over the L and R with his hips guided
            Deficit: decreased trunk postural control and delayed protective reactions with low muscle tone
            Meas: sits alone 10 s before falling to the side (2 s at eval); forward protective reach 4 of 5 tilts, lateral 1 of 5
            """,
            ["P94.2", "R62.0"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // Penobscot Orono hockey D after ACL reconstruction: "Private session: me and Cole only on the turf for the whole NMR; nobody else in the clinic that hour"; slide-board stops with pushes, Airex bounds and rebounder catches, box drop landings with video; valgus, co-contraction and proprioception; Y-balance and k of 10; 21 matches: passes.
        ["v1-h78-penobscot-me-and-cole-only-on-the-turf"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Orono
            Athlete: Cole, 16 — Bangor HS hockey D, R ACL reconstruction (hamstring graft) in September. Phase 3.
            Private session: me and Cole only on the turf for the whole NMR; nobody else in the clinic that hour.
            97112 (NMR) — 21 min
              › slide-board strides to a stick-handling stop, single-leg hold on the R with a push from me at the hip
              › lateral bounds onto the Airex, stick and hold; then eyes-up catching a pass off the rebounder
              › drop landings off a 12-in. box with feedback on knee position from the tablet video
            Problem: R knee dynamic valgus and late quad/hamstring co-contraction on single-leg landing; poor proprioception on the R
            Numbers: Y-balance anterior reach R 61 cm / L 68 cm; stick-and-hold 9 of 10 without the knee caving (5 of 10 in phase 2)
            """,
            ["S83.511D"], [PT("97112", 21)], []),

        // Finger Lakes Camillus PTA: "While Nora worked on the beam I was also keeping an eye on another child's treadmill walking next to us (his own session with me)": attending another patient; wobble-board pushes, sideways beam, foam squats; low tone with poor postural reactions; PBS and k of 10 present: one-on-one missing.
        ["v1-h78-fingerlakes-pta-eye-on-the-treadmill-child"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Camillus
            PTA TREATMENT NOTE
            Accompanied by: father
            Nora, 4, Down syndrome. Dad says she still falls when the kids at daycare bump her.
            97112 — 18 min
              - standing balance on the wobble board while I gave small pushes at the shoulders and hips
              - walking the balance beam sideways holding one hand, then the pole
              - squat-to-stand on the foam pad picking up puzzle pieces
            While Nora worked on the beam I was also keeping an eye on another child's treadmill walking next to us (his own session with me).
            A: low tone with poor postural reactions to bumps; wide base; loses her balance on uneven surfaces
            O: PBS 34/56 (29/56 in November); recovered from 6 of 10 pushes without stepping
            """,
            ["Q90.9"], [PTA("97112", 18)], [At(OneOnOne, "97112")]),

        // Little Acorns Winchester "Wiggle Crew — Thursday preschool motor group (3 kids, one PT)": 97530 has no one-on-one check; jungle obstacle course, scooter-board fishing, stairs with a basket; keeping up on the playground and motor planning; rounds, trips, flights and stand-by assist; 24 matches: passes.
        ["v1-h78-little-acorns-wiggle-crew-group-97530"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Winchester, KY
            Wiggle Crew — Thursday preschool motor group (3 kids, one PT)
            Notes for Amara's family
            Therapeutic activities (97530) — 24 minutes in group
            What we played:
              • the jungle obstacle course: crawl through the tunnel, climb the foam steps, jump down onto the crash pad, walk the "log" (balance beam) — 5 rounds
              • scooter-board "fishing" lying on her tummy, pulling along the rope to grab the fish, 6 trips
              • stair climbing with the treasure basket in one hand, 2 flights
            Why: Amara wants to keep up with her friends on the preschool playground and get up and down the slide ladder on her own; she is slow to plan new climbing moves
            How she did: 5 of 5 course rounds, needing my hand only on the beam in round 1; stairs with alternating feet and one rail, stand-by assist
            """,
            ["R62.0", "R27.8"], [PT("97530", 24)], []),

        // Crescent Houma "Both Thibodeaux brothers are on my caseload; I ran their sessions side by side … (worked with him and his brother at the same time)": another patient in the block; rocker-board walk-offs with catches, pelvic pushes, one-leg kicks; anticipatory and reactive balance; PBS and k of 10 present: one-on-one missing.
        ["v1-h78-crescent-brothers-run-side-by-side"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Houma satellite
            Both Thibodeaux brothers are on my caseload; I ran their sessions side by side today so Mom only made one drive from Chauvin.
            This chart: Landry, 8 — GMFCS II; B hinged AFOs
            97112 — 22 min (worked with him and his brother at the same time)
              - walking over the rocker board and off onto the foam, stopping to catch a ball
              - perturbations in standing: pushes at the pelvis forward, back and sideways, recovering with a step
              - kicking a ball at the net while balancing on the other leg
            Assessment: poor anticipatory and reactive balance — falls backward when bumped; crouches in single-limb stance
            Objective: PBS 44/56; reactive step recovery 7 of 10 pushes (3 of 10 at re-eval)
            """,
            ["G80.1"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // First Turns Saratoga Springs L CMT: "My hands were on this baby only, from the first tilt to the last — Dad held her on his lap for the peek-a-boo turns"; lateral righting tilts, peek-a-boo rotation with a hold, wedge weight shifts; weak R lateral flexors and midline control; MFS and protractor degrees; 20 matches: passes.
        ["v1-h78-first-turns-hands-on-this-baby-only-dad-peekaboo"] = new(
            """
            FIRST TURNS INFANT PT · Saratoga Springs
            Baby: Hazel, 4 mo. L CMT (L tilt, chin turned to the R).
            Here with: Dad.
            My hands were on this baby only, from the first tilt to the last — Dad held her on his lap for the peek-a-boo turns.
            [97112] 20m
              - lateral righting: held upright, slow tilts to her L so the R neck muscles lift her head back to midline
              - peek-a-boo from Dad on her L side to bring the chin toward the L shoulder, then holding the turn with the rattle
              - prone on the wedge reaching for the mirror toy, weight shifts onto the R forearm
            Deficit: weak R lateral neck flexors and poor midline head control; prefers the L tilt
            Meas: MFS R 1 / L 3; active rotation to the L 70° (arthrodial protractor), 55° at eval
            """,
            ["Q68.0"], [PT("97112", 20)], []),

        // Finger Lakes OT, R hemiplegic CP: "He was the one child I had in the splint room, every minute of the NMR" with Mom in the lobby; tapping and vibration over the wrist extensors, hand weight bearing, grasp-release with the wrist up; poor extensor recruitment; wrist degrees and k of 10; 22 matches: passes.
        ["v1-h78-fingerlakes-ot-one-child-in-the-splint-room"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Syracuse (main campus)
            OCCUPATIONAL THERAPY DAILY NOTE
            Accompanied by: mother (waited in the lobby)
            Cameron, 4, R hemiplegic CP. He was the one child I had in the splint room, every minute of the NMR.
            OT 97112 — 22 min
              - tapping and vibration over the R wrist extensors while he pushed the light-up buttons with an open hand
              - weight bearing through the R hand on the bench (hand flat, elbow straight) while he built the tower with the L
              - grasp and release of the big pegs with the R, wrist held up, into the pegboard
            Deficit: poor motor recruitment of the R wrist and finger extensors; the wrist drops and the thumb tucks when he reaches
            Measure: active wrist extension R 15° (0° in January); pegs placed and released with the R 7 of 10
            """,
            ["G80.2"], [OT("97112", 22)], []),

        // Little Acorns Richmond "buddy session with Harper (Harper is also one of our patients) … I spotted both of them the whole time": another patient in the block; lily-pad hops with a freeze, suspended-bridge walks, kneeling on the ball; hypermobility with weak joint position sense and trunk control; k of 8 and seconds present: one-on-one missing.
        ["v1-h78-little-acorns-buddy-session-with-harper"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Richmond, KY
            Notes for Lila's grandparents
            Today was a buddy session with Harper (Harper is also one of our patients) — the girls took turns on the course and I spotted both of them the whole time.
            Neuromuscular re-education (97112) — 20 minutes
            What we played:
              • "frog on a lily pad": hopping onto floor spots and freezing on one foot
              • walking the wobbly bridge (suspended plank) while carrying a stuffed animal
              • kneeling on the therapy ball with me holding her hips, reaching for stickers
            Why: loose joints (hypermobility) and weak joint position sense — her knees lock back and she trips in the playground mulch; her trunk control is wobbly on moving surfaces
            How she did: froze on one foot on 5 of 8 spots; kneeling on the ball 15 s with hip support only (4 s last month)
            """,
            ["M35.7", "R26.89"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Crescent Metairie, "Dad filmed parts of the session on his phone for the orthotist", nothing states one-on-one; supported standing with pelvic pushes, half-way sit-to-stand pauses, corner one-hand release; standing postural control and slow weight shift; seconds and k of 8 present: one-on-one missing.
        ["v1-h78-crescent-dad-filming-for-the-orthotist"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Metairie
            GMFCS: III   Orthoses: B solid AFOs (new pair Friday)   Device: posterior walker
            Dad filmed parts of the session on his phone for the orthotist.
            S: Ava, 7. Loved the Endymion parade from her walker on Saturday; tired today.
            97112 — 21 min
              - supported standing at the bench with pushes at the pelvis to bring out weight shifts and a stepping response
              - sit-to-stand from the low bench with a pause half-way
              - standing in the corner, letting go with one hand to reach for beads
            A: poor postural control in standing; slow weight shift onto the R before stepping
            O: stands with one-hand support 45 s (20 s in February); 5 of 8 pushes answered with a step
            """,
            ["G80.1"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Penobscot Brewer "Knee group — three Brewer HS girls' soccer players, one PT, same circuit": 97110 has no one-on-one check; Nordics, cuff abduction, side planks, split squats with doses; weak L hip abductors and quads with a practice goal; 23 matches: passes.
        ["v1-h78-penobscot-knee-group-of-three-97110"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Brewer
            Knee group — three Brewer HS girls' soccer players, one PT, same circuit
            Athlete (this chart): Sadie, 15, L patellofemoral pain since preseason.
            97110 — 23 min
              › Nordic hamstring lowers 3 x 6 with a teammate holding her heels
              › side-lying hip abduction with a 3-lb cuff 3 x 15; side plank with a top-leg lift 3 x 8
              › split squats with 10-lb dumbbells 3 x 10 each
            Why: weak L hip abductors and quads — the L knee caves in on a single-leg squat and the ache comes on after practice; goal: full practice without knee pain
            """,
            ["M22.2X2"], [PT("97110", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and template states

        // Finger Lakes Auburn "Session type: ☑ Individual ☐ Co-treat ☐ Group": one-on-one; activity-table perturbations, stepping across a gap, soft-mat overhead reaches; hypotonia with poor co-contraction and balance reactions; seconds and GMFM-88 D; 22 matches: passes.
        ["v2-h78-fingerlakes-session-type-individual-ticked"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Auburn
            PEDIATRIC PT DAILY NOTE
            Session type:   ☑ Individual   ☐ Co-treat   ☐ Group
            Accompanied by: mother and father
            Behavior/state: cheerful; skipped his morning nap
            S: Theo, 22 months, trisomy 21. Parents say he cruises the couch but won't let go.
            Interventions:
              97112 — 22 min: standing at the activity table with my hands at his pelvis, slow sideways and forward perturbations; stepping to the next surface across a gap; standing on the soft mat while reaching overhead for the ball tube
            A: hypotonia with poor co-contraction around the hips and trunk; delayed balance reactions in standing
            O: stands alone 6 s (not at all last month); GMFM-88 dimension D 41%
            P: continue weekly
            """,
            ["Q90.0"], [PT("97112", 22)], []),

        // Finger Lakes Oswego "☑ Group (Tuesday toddler movers, 3 children)": not one-on-one; foam-step bubbles, squat-to-stand at the ball chute, a shared rocking platform; low tone with unsteady standing balance; seconds and k of 8 present: one-on-one missing.
        ["v2-h78-fingerlakes-session-type-group-ticked"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Oswego
            PEDIATRIC PT DAILY NOTE
            Session type:   ☐ Individual   ☐ Co-treat   ☑ Group (Tuesday toddler movers, 3 children)
            Accompanied by: grandmother
            97112 — 24 min
              - stepping on and off the foam step with a hand held, reaching up for the bubbles
              - squat to stand from the floor to put balls in the chute
              - standing on the rocking platform with the other toddlers while I tipped it gently
            A: low tone; unsteady standing balance, sits down hard with small perturbations
            O: stands independently 12 s; squat-to-stand without support 5 of 8
            """,
            ["Q90.9"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Little Acorns Hamburg "Therapist : child ratio ______" left blank and nothing else states it; lava-floor stepping stones with one-foot pauses, half-roller catches, slow-motion robot marching; proprioception and balance; k of 12 and k of 10 present: one-on-one missing.
        ["v2-h78-little-acorns-ratio-left-blank"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Lexington (Hamburg)
            Therapist : child ratio  ______
            Who was here: Dad
            Neuromuscular re-education (97112) — 21 minutes
            What we played: "lava floor" — a stepping-stone path with a pause on one foot at each stone; catching the big ball standing on the half-roller; marching in slow motion like a robot, knees high, arms opposite
            Why: poor balance and body awareness (proprioception) — bumps into friends and furniture, falls stepping off curbs
            How he did: one-foot pause on 9 of 12 stones; catches on the half-roller 6 of 10
            """,
            ["R27.8"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // First Turns Orem milestone checklist (rolls, sits, gets into sitting ticked; crawling and pulling to stand not); sit-quadruped transitions over a leg, hands-and-knees rocking, pull-to-kneel at the ottoman; a crawling goal; k of 6 and steps; 20 matches: passes.
        ["v2-h78-first-turns-milestone-checklist-97530"] = new(
            """
            FIRST TURNS INFANT PT · Orem
            Baby: Miles, 11 mo (adj 9 mo), born at 30 weeks.
            Milestones:  ☒ rolls both ways   ☒ sits alone   ☒ gets into sitting   ☐ crawls on hands and knees   ☐ pulls to stand
            Here with: Mom
            [97530] 20m
              - sit → quadruped over my leg toward the spinning top, then back to sitting, both directions
              - hands-and-knees rocking with a hand under his belly, then a reach forward for the ball
              - pull-to-kneel at the ottoman to get the toy on top
            Goal: crawl on hands and knees to get to his toys and to Mom instead of army crawling
            Meas: sit → quadruped 5 of 6 on his own (help at the hips on 1); 3 reciprocal crawling steps before dropping to his belly
            """,
            ["R62.0", "P07.33"], [PT("97530", 20)], []),

        // Crescent Slidell "Impairments addressed: ☐ strength ☐ ROM ☐ balance ☐ tone ☐ endurance ☐ other" with nothing ticked and nothing else naming a deficit or system; "Individual tx: ☒"; BOSU perturbations, mirror SLS reaches, step-ups with a stop; seconds and k of 10: deficit missing.
        ["v2-h78-crescent-impairments-row-nothing-ticked"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Slidell
            PT DAILY NOTE
            Individual tx: ☒     Group: ☐
            Impairments addressed:  ☐ strength   ☐ ROM   ☐ balance   ☐ tone   ☐ endurance   ☐ other ______
            97112 — 22 min
              - perturbation training standing on the BOSU: pushes forward, back and to each side
              - single-leg stance at the mirror, reaching to touch the crawfish stickers
              - stepping up onto and down off the 6-in. step with a stop at the top
            Objective: SLS R 4 s, L 6 s; BOSU recovered from 7 of 10 pushes
            Child did great. Mom watched.
            """,
            ["G80.1"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Crescent Metairie orthosis and device boxes (hinged AFOs, reverse walker ticked); walker gait in the hall, on the sidewalk and grass, curb step-ups with heel-strike and knees-apart cues; scissoring and crouch; distances, supervision and CGA; 16 matches: passes.
        ["v2-h78-crescent-orthosis-and-device-boxes-97116"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Metairie
            Orthoses today:  ☒ B hinged AFOs   ☐ SMOs   ☐ none
            Device:  ☒ reverse (posterior) walker   ☐ loftstrand crutches   ☐ none
            97116 — 16 min
              gait training with the reverse walker: clinic hallway 3 x 100 ft, then outside along the sidewalk and across the grass to the picnic tables, 150 ft; cues for heel strike and keeping the knees apart; curb step-up x 4 with contact guard
            Gait: scissoring and crouch, toes first at initial contact, R more than L
            Walker: close supervision on level surfaces, CGA on the grass and the curb
            """,
            ["G80.1"], [PT("97116", 16)], []),

        // Little Acorns Georgetown "Outcome measure today: ____________" left blank, one-on-one with Mom and a baby sister on the bench; tightrope beam pick-ups, hopscotch freezes, wheelbarrow walks; motor planning and balance — no number but the code's and its minutes: measure missing.
        ["v2-h78-little-acorns-outcome-line-blank"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Georgetown, KY
            Outcome measure today: ____________
            Who was here: Mom and his baby sister (not a patient). The session was one-on-one — Mom and the baby watched from the bench.
            Neuromuscular re-education (97112) — 20 minutes
            What we played: the balance-beam "tightrope" with a stop to pick up a bean bag; hopscotch with a freeze on one foot in each square; wheelbarrow walking to the puzzle
            Why: poor motor planning and balance — he can't work out how to hop or skip like the other kindergartners and falls when he tries
            How he did: steadier on the beam, and remembered the hopscotch order without reminders.
            """,
            ["R27.8"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Penobscot Bangor brace box (full-time Rigo-Chêneau-type TLSO ticked) and a sensor wear log; SEAS self-correction, bolster side-lying reaches, prone extension with doses; rib prominence and weak trunk stabilisers with a dance-class goal; ATR degrees; 23 matches: passes.
        ["v2-h78-penobscot-brace-box-and-wear-log-97110"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Bangor
            Athlete: Lydia, 13 — AIS, R thoracic / L lumbar curves; competitive dancer.
            Brace:  ☒ full-time Rigo-Chêneau-type TLSO   ☐ Providence night-time   ☐ none
            Wear (sensor log): 19 h/day average this month
            97110 — 23 min
              › SEAS active self-correction in sitting, then standing and in plié, 3 x 10 with a 10-s hold
              › side-lying on the L over the bolster with a R arm reach, 3 x 8
              › prone trunk extension holding the corrected posture, 3 x 10
            Why: R thoracic rib prominence and weak trunk extensors and stabilisers; goal: hold her corrected posture through a dance class
            Numbers: ATR 11° thoracic (13° at eval), 6° lumbar
            """,
            ["M41.125"], [PT("97110", 23)], []),

        // Finger Lakes main campus "CPT | Minutes" table with 97110 14 and the 97530 row blank, both billed: no minutes for the ther act — separate time missing; both sections complete (bike, quad sets, raises, mini squats with doses; backpack stairs, floor rises, bus-step mock-up; stiff knees and quad weakness; degrees and reps).
        ["v2-h78-fingerlakes-minutes-table-97530-row-blank"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Syracuse (main campus)
            CPT   | Minutes
            97110 | 14
            97530 | ____
            Accompanied by: mother
            S: Priya, 10, polyarticular JIA — knees and ankles flared before the holidays; back at school full days.
            Ther ex: stationary bike, light resistance, 1.5 miles; quad sets 2 x 10 with 5-s holds; heel raises 2 x 12; mini squats 2 x 10
            Ther act: school-day practice — up and down the clinic stairs carrying her backpack, 3 flights; floor to standing as for circle time, x 6; stepping up onto the school-bus step mock-up, x 5
            A: stiff knees and ankles with quad weakness; slow on stairs and getting up from the floor at school
            O: knee extension R −10°, L −5°; 30-s sit-to-stand 11 reps
            """,
            ["M08.3"], [PT("97110", 14), PT("97530", 13)], [SepTime]),

        // First Turns Spanish Fork parent-education boxes (positioning, football hold, tummy time on Mom's chest ticked) with brothers handing toys; R SCM stretches with holds, active rotation with reps, prone head lifts; tight R SCM with tilt and turn; protractor degrees; 18 matches: passes.
        ["v2-h78-first-turns-parent-education-boxes-97110"] = new(
            """
            FIRST TURNS INFANT PT · Spanish Fork
            Baby: Wren, 3 mo. R CMT with L posterior flattening.
            Here with: Mom + brothers (5 and 7, not patients) — they handed me toys.
            Parent education:  ☒ positioning for sleep & play   ☒ carrying in the football hold   ☒ tummy time on Mom's chest   ☐ car seat / swing limits
            [97110] 18m
              - R SCM stretch: rotation to the R, held 30 s x 3; side-bend to the L, held 30 s x 3
              - active rotation to the R following the light-up rattle, sitting in Mom's lap, x 10
              - prone on the wedge lifting her head to the mirror, x 8
            Impairment: tight R SCM — holds her head tilted to the R and turned to the L
            Meas: passive rotation R 65° / L 90°; lateral flexion L 30° / R 45° (arthrodial protractor)
            """,
            ["Q68.0", "Q67.3"], [PT("97110", 18)], []),

        // Little Acorns Winchester activity grid with nothing ticked and "Had a great session today! Worked hard and had fun. Continue plan of care.": no activity, deficit or number but the code's — wholly generic.
        ["v2-h78-little-acorns-activity-grid-nothing-ticked"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Winchester, KY
            Activities:  ☐ obstacle course   ☐ ball skills   ☐ stairs   ☐ playground   ☐ bike / trike
            Therapeutic activities (97530) — 22 minutes
            Had a great session today! Worked hard and had fun. Continue plan of care.
            """,
            ["R62.0"], [PT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Crescent Hammond PTA "Ratio: ☒ 1:1 ☐ 1:2 ☐ group": one-on-one; taped-line and beam tandem with head turns, quadruped rhythmic stabilization and tall-kneel pushes, brass-band stepping; truncal ataxia with step timing; beam steps and SARA item; 19 matches: passes.
        ["v2-h78-crescent-pta-ratio-one-to-one-ticked"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Hammond · PTA
            Ratio:  ☒ 1:1   ☐ 1:2   ☐ group
            GMFCS: I   Orthoses: none
            S: Remy, 9, ataxic CP. Wants to walk in the second line at his cousin's wedding without holding on.
            97112 — 19 min
              - tandem walking on the taped line, then on the low beam, with a slow head turn to read cards
              - quadruped rhythmic stabilization, then tall-kneel with alternating pushes at the shoulders
              - stepping to the beat of a brass-band recording, stopping on the pause
            A: truncal ataxia with poor timing of his steps and a wide base
            O: tandem on the beam 11 steps (6 at re-eval); SARA gait item 2 (3 in December)
            """,
            ["G80.4"], [PTA("97112", 19)], []),

        // Penobscot Ellsworth phase box ("☒ 3 run & land") after ACL reconstruction; deceleration ladder, planned cuts, trap-and-turn with counts; slow, stiff-kneed stops on the R with a pick-up-games goal; k of 8; 18 matches: passes.
        ["v2-h78-penobscot-phase-box-97530"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Ellsworth
            Phase:  ☐ 1 protect   ☐ 2 strength   ☒ 3 run & land   ☐ 4 cut & return
            Athlete: Gavin, 17 — Ellsworth HS soccer, R ACL reconstruction (quad tendon graft), 5 months out.
            97530 — 18 min
              › deceleration ladder: sprint 10 yd, stop on two feet, then on the R, x 8
              › shuttle runs with a planned 45° cut off the L foot, x 6
              › pass-and-move: trap a pass, turn away from the cone, x 10
            Problem: R knee — eases into a stop and lands stiff-kneed on the R; goal: back to pick-up games this summer
            Numbers: 8 of 8 stops without a stutter; R single-leg stop held 3 s on 6 of 8
            """,
            ["S83.511D"], [PT("97530", 18)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Crescent Metairie GMFCS IV, Trexo robotic gait trainer with guidance 60%; scissoring, little active hip flexion, non-ambulatory without the device; steps and metres; 24 matches: passes.
        ["v3-h78-crescent-trexo-robotic-gait-trainer-97116"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Metairie
            GMFCS: IV   Orthoses: B solid AFOs inside the Trexo cuffs
            S: Julien, 6. Mom says he pushes up in his stander now to look out at the parade route.
            97116 — 24 min
              Trexo robotic gait trainer: hip and knee guidance 60% (70% last session), walking the hallway loop and out to the garden path; cues to lift his head and look for the pelicans painted on the wall
            A: non-ambulatory without the device; stiff, scissoring legs with little active hip flexion; tires fast
            O: 620 steps, 210 metres; started steps on his own for about a third of the last lap
            P: continue twice weekly through the spring block
            """,
            ["G80.0"], [PT("97116", 24)], []),

        // Finger Lakes main campus body-weight-supported treadmill with the Biodex unweighing system (25%, 0.6 mph) and overground gait-trainer walking; crouch with toe-first contact; support percentage, distances and step lengths; 18 matches: passes.
        ["v3-h78-fingerlakes-unweighing-treadmill-97116"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Syracuse (main campus)
            Accompanied by: father
            S: Owen, 5, spastic diplegia, GMFCS III; uses a gait trainer at kindergarten.
            97116 — 18 min
              body-weight-supported treadmill walking with the Biodex unweighing system: 25% support, 0.6 mph, 4 bouts of 100 ft, with my hand placing the R foot for heel strike; then overground in his gait trainer to the elevators, 120 ft
            A: crouch gait with short steps and toe-first contact; the R leg trails
            O: support down from 35% last month; step length R 22 cm, L 28 cm (on the paper walkway)
            """,
            ["G80.1"], [PT("97116", 18)], []),

        // Little Acorns Beaumont Neuromotor Task Training for riding a bike without training wheels (balance-bike glides, pedal starts, eyes on the cone); DCD with slow motor learning and a Jacobson Park goal; feet and k of 5; 22 matches: passes.
        ["v3-h78-little-acorns-neuromotor-task-training-bike-97530"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Lexington (Beaumont)
            Notes for Maya's family (Dad here)
            Neuromotor Task Training (NTT) today — one task, broken into its hard parts, practised with feedback.
            Maya's goal: "ride my bike with no training wheels at Jacobson Park."
            Therapeutic activities (97530) — 22 minutes
              • pedals off to make a balance bike: push, push, glide down the gentle slope of the parking lot
              • one pedal back on for a pedal-start from a stop, with my hand on the back of the seat, then without
              • steering around a cone while gliding, eyes on the next cone ("where your eyes go, the bike goes")
            Why: developmental coordination disorder — she is slow to learn new motor skills and to plan the steps; can't ride a bike yet like her friends
            How she did: glided 25 ft with both feet up (8 ft last week); 3 of 5 pedal-starts on her own
            """,
            ["R27.8"], [PT("97530", 22)], []),

        // Finger Lakes Cicero OT HABIT-ILE summer intensive: standing LEGO builds holding with the R, tray carries, lunchbox and yogurt on one foot on the Airex; R hand left out of two-handed tasks; Assisting Hand Assessment units and k of 6; 25 matches: passes.
        ["v3-h78-fingerlakes-ot-habit-ile-intensive-97530"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Cicero
            OCCUPATIONAL THERAPY — HABIT-ILE summer intensive, day 4 of 10
            Isaiah, 7, R hemiplegic CP; Mom and his sister in the family room.
            OT 97530 — 25 min
              - standing at the table building a LEGO kit: holding the base with the R hand while the L snaps on pieces, 2 models
              - carrying a tray with two cups across the gym and setting it down, x 6
              - opening his lunchbox, the zip-top bag and the yogurt while standing on one foot on the Airex, x 4 sets
            Deficit: R hand used only as a paperweight in two-handed tasks; drops things when he has to stand and use both hands
            Measure: Assisting Hand Assessment 54 AHA units (48 at the start of the camp); tray carries 6 of 6 without spills
            """,
            ["G80.2"], [OT("97530", 25)], []),

        // Crescent Mandeville three-week suit intensive, "Treated one-to-one; the cage room was closed to other families during her block"; Adeli-type suit with bungees, kneel-to-stand and perturbed stance, resisted target stepping; hip weakness with pelvic and trunk instability; GMFM-66 and seconds; 24 matches: passes.
        ["v3-h78-crescent-suit-intensive-in-the-bungee-cage"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Mandeville
            Three-week suit intensive, week 2. GMFCS II.
            Treated one-to-one; the cage room was closed to other families during her block.
            S: Claire, 10. Wants to dance at her Mardi Gras ball.
            97112 — 24 min
              - Adeli-type suit on, bungees from the cage to the hips and shoulders: kneel → half-kneel → stand without hands, then single-leg stance with small perturbations from me
              - stepping to targets on the floor of the cage against the bungees, then ball kicks
            A: weak hip abductors and extensors with poor pelvic and trunk stability; Trendelenburg lean in stance
            O: GMFM-66 71.4 (69.0 on day 1); SLS R 6 s, L 9 s
            """,
            ["G80.1"], [PT("97112", 24)], []),

        // Little Acorns Richmond "Zoo Moves" strength cards, level two: bear walks, crab walks, frog jumps, flamingo stands, superman on the peanut ball; weak core and hips with W-sitting — no sets, reps, hold or number but the code's: measure missing.
        ["v3-h78-little-acorns-zoo-moves-no-dose"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Richmond, KY
            Notes for Bentley's mom
            Therapeutic exercise (97110) — 20 minutes
            Little Acorns "Zoo Moves" strength program, level two: bear walks up the wedge, crab walks to the bucket, frog jumps over the lily pads, flamingo stands, and "superman" on his tummy over the peanut ball.
            Why: weak core and hip muscles — he W-sits, leans on the wall to stand at circle time, and gets tired on the playground before his friends do
            Try at home: the Zoo Moves cards on the fridge, one animal a day
            """,
            ["M62.81", "R26.89"], [PT("97110", 20)], [At(Measure, "97110")]),

        // Penobscot Belfast lacrosse midfielder, "She was the only athlete I treated during the NMR; her dad sat in the lobby on a work call"; HarmoKnee plyometric and agility parts with mirror feedback, shuttle stick-and-hold; R knee landing control; LESS and k of 10; 22 matches: passes.
        ["v3-h78-penobscot-harmoknee-landing-work"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Belfast
            Athlete: Nell, 14 — Belfast Area HS lacrosse midfielder; R knee pain with cutting, first season on turf.
            She was the only athlete I treated during the NMR; her dad sat in the lobby on a work call.
            97112 — 22 min
              › HarmoKnee programme, the jumping and agility parts: lateral hops over a cone, scissor jumps, bounding, with mirror feedback and my cues ("knees over toes, soft landing")
              › forward-backward shuttle with a stick-and-hold on one leg
            Problem: poor neuromuscular control of the R knee on landing — dynamic valgus, stiff landings
            Numbers: LESS 5 errors (9 at eval); stick-and-hold R 8 of 10
            """,
            ["M22.2X1"], [PT("97112", 22)], []),

        // Finger Lakes Camillus "☑ Individual": Galileo side-alternating vibration platform, then foam stance catches and stepping stones; seconds and k of 10 — no deficit, impairment or system named: deficit missing.
        ["v3-h78-fingerlakes-galileo-platform-no-deficit"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Camillus
            PEDIATRIC PT DAILY NOTE
            Session type:   ☑ Individual
            Accompanied by: mother
            97112 — 20 min
              - Galileo side-alternating vibration platform, standing with knees soft, holding the rails, then one hand
              - straight from the platform to standing on the foam square catching bean bags; stepping across the stepping stones
            O: stood on the foam 25 s without support; caught 7 of 10 bean bags
            Mom asked about summer camp; gave her the adaptive sports list.
            """,
            ["Q90.9"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Crescent Slidell after serial casting (cast off today, casting's code 29405 named and not timed): incline-board stretches with holds, heel walks, low-bench sit-to-stands, eccentric heel lowering; R equinus and weak dorsiflexors; DF degrees; 16 matches: passes.
        ["v3-h78-crescent-after-serial-casting-97110"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Slidell
            Serial casting: cast #3 of 3 off today, R ankle (casting billed separately, 29405 — not part of the timed code). Botox to the R gastrocnemius in January.
            97110 — 16 min
              - R gastroc-soleus stretch standing on the incline board, knee straight then bent, 3 x 30 s each
              - heel walking "like a penguin" down the hall and back, x 4
              - sit-to-stand from a low bench with the R foot flat and back, 2 x 10
              - eccentric heel lowering off the step on the R, 2 x 8
            Impairment: R ankle equinus and weak dorsiflexors — the R heel stays up at initial contact
            Measure: R ankle DF knee extended 8° (−10° before casting), knee flexed 15°
            """,
            ["G80.2", "M24.571"], [PT("97110", 16)], []),

        // Finger Lakes Auburn "☑ Individual": Spio vest on, prone on the bolster swing reaching for rings, rocking in the Bilibo, tall-kneel on the swing; low tone and poor postural control at circle time — no number but the code's and its minutes: measure missing.
        ["v3-h78-fingerlakes-spio-vest-bolster-swing-no-number"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Auburn
            PEDIATRIC PT DAILY NOTE
            Session type:   ☑ Individual   ☐ Co-treat   ☐ Group
            Accompanied by: mother
            97112 — 21 min
              - Spio vest on for the session; prone over the bolster swing reaching down for the rings and tossing them at the post while I swung it slowly
              - sitting in the Bilibo, rocking side to side and catching herself
              - tall-kneeling on the bolster swing holding the ropes, then one hand
            A: low tone with poor trunk postural control — slumps and slides off the bench at circle time, props on her arms to sit
            Mom will ask the teacher about a wobble cushion for circle time.
            """,
            ["Q90.9", "P94.2"], [PT("97112", 21)], [At(Measure, "97112")]),

        // Penobscot Bangor basketball guard, "Tessa was the one athlete on my schedule in the gym during the NMR"; Witty SEM reaction lights in a star on one leg, Airex hop-and-stick, eyes-closed stance with tosses; ankle proprioception and peroneal reaction; taps per 30 s and seconds; 20 matches: passes.
        ["v3-h78-penobscot-witty-sem-lights-ankle"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Bangor
            Athlete: Tessa, 16 — John Bapst basketball guard, L lateral ankle sprain twice this season.
            One-on-one: Tessa was the one athlete on my schedule in the gym during the NMR.
            97112 — 20 min
              › Witty SEM reaction lights set in a star on the floor: single-leg on the L, reach and tap the lit light with the R foot, 4 rounds of 30 s
              › lateral hops onto the Airex and stick; then single-leg stance on the L with eyes closed while I tossed her a ball
            Problem: L ankle proprioception and peroneal reaction — rolls it landing on feet under the basket
            Numbers: 24 lights tapped in 30 s (17 at eval); SLS L eyes closed 14 s (6 s at eval)
            """,
            ["S93.402D"], [PT("97112", 20)], []),

        // First Turns Lehi 16-month-old with his twin brother (not a patient) in the room: Pikler triangle climbing, push-walker to a let-go, squat-to-stand for blocks; a walking goal; independent steps, k of 10 and contact guard; 21 matches: passes.
        ["v3-h78-first-turns-pikler-triangle-97530"] = new(
            """
            FIRST TURNS INFANT PT · Lehi
            Toddler: Archie, 16 mo. Late walker (low tone, loose joints); cruising well.
            Here with: Dad and his twin brother (the brother isn't a patient).
            [97530] 21m
              - Pikler triangle: climbing up two rungs and back down facing in, my hand at his hips at first
              - push-walker down the hallway with the wagon of blocks, then letting go to step to Dad
              - squat to pick up blocks from the floor and stand to drop them in the bucket
            Goal: walk on his own to get to the toy shelf and keep up with his brother
            Meas: 5 independent steps to Dad (2 last visit); 8 of 10 squat-to-stands without holding on; climbed the triangle with contact guard
            """,
            ["R62.0", "P94.2"], [PT("97530", 21)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // First Turns American Fork, Mom: "Every picture, her head's tipped to the right, and she won't turn to find me when I talk on her right side", a knot in the R SCM — the findings; SCM and upper-trap STM, myofascial release; protractor degrees before and after; 12 matches: passes.
        ["v4-h78-first-turns-head-tipped-in-every-picture-97140"] = new(
            """
            FIRST TURNS INFANT PT · American Fork
            Baby: Eliza, 10 wks. Mom: "Every picture, her head's tipped to the right, and she won't turn to find me when I talk on her right side." Firm, olive-sized knot in the mid R SCM; R ear closer to the R shoulder.
            [97140] 12m
              - soft-tissue mobilization along the R SCM and the upper trap, light pressure, working around the knot
              - myofascial release to the R neck and the R side of the chest, side-lying on Mom's lap
            Meas: passive rotation R 60° / L 90°; lateral flexion L 25° / R 40° (arthrodial protractor); after: rotation R 70°
            """,
            ["Q68.0"], [PT("97140", 12)], []),

        // Little Acorns Hamburg: "heels never touched the ground once while he ran to the swings … pops up on his toes as soon as he walks … ankle only comes up to neutral (0°)" — the findings; penguin walks, wedge stands, heels-down squats, flat-foot step-ups with doses; k of 20; 21 matches: passes.
        ["v4-h78-little-acorns-heels-never-touch-97110"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Lexington (Hamburg)
            Notes for Jackson's mom and dad
            Therapeutic exercise (97110) — 21 minutes
            What we saw: Jackson's heels never touched the ground once while he ran to the swings; he can stand flat, but pops up on his toes as soon as he walks, and his calves feel tight — his ankles only come up to neutral (0°) with his knees straight, R and L.
            What we played:
              • "penguin walks" on his heels down the hall and back, x 6
              • standing on the incline wedge, toes up, while he finished a puzzle, 3 x 45 s
              • squatting to pick up dinosaurs from the floor with heels down, 2 x 10
              • stepping up onto the step stool leading with a flat foot, 2 x 10 each leg
            How he did: held the wedge stand through all three puzzles; heels-down squats 18 of 20
            """,
            ["R26.89"], [PT("97110", 21)], []),

        // Crescent Houma, Mom: the R foot catches on the porch edge and the rug at Maw Maw's, the R knee "pops back" — with recurvatum and toe drag on exam as the findings; gait in a new hinged AFO with hallway laps, curbs and threshold steps; SBA/CGA and catches k of 10; 15 matches: passes.
        ["v4-h78-crescent-foot-catches-knee-pops-back-97116"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Houma satellite
            S: Mom says Lucas's R foot catches on the edge of the porch and on the rug at Maw Maw's, and his R knee "pops back" when he stands on that leg.
            O: R knee hyperextends in midstance; R toe drags in swing; shorter step on the L.
            97116 — 15 min
              gait training in his new R hinged AFO with the plantarflexion stop: clinic hallway 4 x 80 ft with cues for a "soft knee"; up and down the parking-lot curb x 6; stepping over the threshold strip and the rug edge x 10
              stand-by assist indoors, contact guard on the curb
            A: R knee recurvatum and toe drag reduced in the new brace; 2 catches in 10 threshold steps (6 of 10 without the brace last week)
            """,
            ["G80.2"], [PT("97116", 15)], []),

        // Penobscot Bangor ballet student: L5 pars stress reaction, back aches in arabesque and coming up from a back walkover, popliteal angle 40°, lumbar sway when she lifts a leg behind — the findings; dead bugs, bird dogs, side planks, strap stretches, banded bridges with doses; 22 matches: passes.
        ["v4-h78-penobscot-dancer-aches-in-arabesque-97110"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Bangor
            Athlete: Maeve, 14 — pre-professional ballet; L5 pars stress reaction on MRI in January, out of the brace now.
            Today: aching low back after two days back at the barre — it hurts most in arabesque and coming up from a back walkover; hamstrings tight (popliteal angle 40° both sides); her lower back sways as soon as she lifts a leg behind her.
            97110 — 22 min
              › dead bugs with a posterior pelvic tilt 3 x 10; bird dogs with a dowel along the back 3 x 8 each
              › side plank from the knees 3 x 20 s
              › supine hamstring stretch with a strap 3 x 30 s each
              › glute bridges with a band at the knees 3 x 12
            """,
            ["M43.06"], [PT("97110", 22)], []),

        // Finger Lakes Auburn, Down syndrome: gets up from the floor through a wide bear stand pushing off her knees, can't climb onto the couch or the daycare bench, sits down hard — the findings; half-kneel rises for the phone, mat climbs, controlled sitting with counts; k of 8, k of 6 and stand-by assist; 20 matches: passes.
        ["v4-h78-fingerlakes-bear-stand-to-get-up-97530"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Auburn
            Accompanied by: mother
            S: Lucy, 3, Down syndrome. To get up from the floor she walks her hands back into a wide bear stand and pushes off her knees; she can't climb onto the couch or the daycare bench without being lifted, and she sits down hard.
            97530 — 20 min
              - floor to stand through half-kneel at the bench, reaching for the toy phone on top, x 8
              - climbing onto the couch-height mat, turning and sitting, x 6
              - lowering from standing to sitting on the little chair with control, x 10
            O: half-kneel to stand with one hand on the bench 6 of 8; climbed onto the mat on her own 4 of 6, stand-by assist
            P: Mom to practise the couch climb at home
            """,
            ["Q90.9", "R62.0"], [PT("97530", 20)], []),

        // Finger Lakes Oswego oligoarticular JIA: scoots down the stairs on her bottom most mornings, R knee puffy and warm after recess, can't straighten it to kick, extension −15° — the findings; patellar mobs and tibiofemoral glides by grade, hamstring STM; degrees after; 12 matches: passes.
        ["v4-h78-fingerlakes-scoots-down-the-stairs-jia-97140"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Oswego
            Accompanied by: father
            S: Ellie, 8, oligoarticular JIA (R knee), steroid injection six weeks ago. Dad: most mornings she scoots down the stairs on her bottom; the R knee is puffy and warm after recess and she can't straighten it to kick at soccer.
            O: R knee extension −15°, flexion 120°; mild effusion; patella stiff superiorly.
            97140 — 12 min
              - patellar mobilizations superior and medial, grade II, 3 x 30 s
              - tibiofemoral glides into extension, grade II, 3 x 30 s, prone with a towel under the thigh
              - soft-tissue mobilization to the R hamstrings and around the back of the knee
            After: R knee extension −8°
            """,
            ["M08.461"], [PT("97140", 12)], []),

        // First Turns Orem L brachial plexus birth injury: the L arm stays at her side under the play gym, only the R hand reaches her mouth, L shoulder turned in and forearm down — the findings; "The session was hers alone — I had no other baby on the mat with me"; tapping, prone weight shifts, placing and holding; AMS and k of 5; 21 matches: passes.
        ["v4-h78-first-turns-arm-stays-down-under-the-play-gym"] = new(
            """
            FIRST TURNS INFANT PT · Orem
            Baby: Isla, 6 mo. L brachial plexus birth injury (Erb's). Here with: Mom and Grandma.
            Finding: under the play gym her L arm stays at her side while the R bats at the toys; only the R hand comes to her mouth; the L shoulder rests turned in, the elbow bent and the forearm turned down.
            The session was hers alone — I had no other baby on the mat with me.
            [97112] 21m
              - tapping over the L deltoid and posterior cuff while she reached up for the hanging toys
              - prone on elbows over the small roll, weight shifts onto the L forearm so she reaches with the R
              - placing the L hand on the rattle held at midline with a hold, then to her mouth
            Meas: Active Movement Scale L shoulder abduction 4/7, external rotation 2/7; hand to mouth 3 of 5 tries
            """,
            ["P14.0"], [PT("97112", 21)], []),

        // Little Acorns Winchester re-check with BOT-2 balance and bilateral coordination in the average range, riding a two-wheeler, "Dad has no concerns and neither do I"; "Kaden was the only child I saw during his session"; beam game, skipping relay, moving rope — no deficit targeted: deficit missing.
        ["v4-h78-little-acorns-average-range-nothing-to-target"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Winchester, KY
            Notes for Kaden's family (Dad here; Kaden was the only child I saw during his session)
            Neuromuscular re-education (97112) — 19 minutes
            Re-check today: BOT-2 balance scale score 11, bilateral coordination 12 — both in the average range. He hops, skips and gallops like his classmates and rode his two-wheeler to the park last weekend. Dad has no concerns and neither do I.
            What we played (his favorites, last visit before discharge): the one-foot balance-beam game, the skipping relay, jumping over the moving rope
            Next: discharge with the home program
            """,
            ["R27.8"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // Penobscot Orono figure skater with a symmetrical Y-balance, pain-free hops and 30-s eyes-closed stance, skating full sessions, "No limitations found today"; one-on-one; step-off landings to the Airex, spiral holds on the board, trampette hop-turns — no deficit targeted: deficit missing.
        ["v4-h78-penobscot-skater-no-limitations-found"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Orono
            Athlete: Ruby, 12 — figure skater, L ankle sprain in November.
            Re-test today: Y-balance composite 98% L and R; single-leg hops 10 of 10 pain-free; SLS eyes closed 30 s each side. Skated full sessions all week with no pain, no swelling, no giving way.
            One-on-one, no other athlete in the gym during the NMR.
            97112 — 18 min
              › single-leg landings off the step onto the Airex, then a spiral position hold on the balance board
              › hop-and-turn on the trampette, landing in her back-edge position
            No limitations found today; she asked for one more visit before her Freeskate test.
            """,
            ["S93.402D"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Crescent Metairie, Mom: when he gets excited his legs cross and he goes up on his toes; standing on the L his knee and hip fold and he can't keep his balance — the findings; "Zachary was the only child I was treating in that block"; L-loaded step-ups with tap cues, stance with pelvic pushes, ladder walking; seconds and k of 10; 22 matches: passes.
        ["v4-h78-crescent-legs-cross-when-excited-97112"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Metairie
            GMFCS: II   Orthoses: B SMOs
            S: Mom: when Zachary gets excited at his brother's ball games his legs cross and he goes up on his toes; standing on the L leg his knee and hip fold and he can't keep his balance.
            Zachary was the only child I was treating in that block.
            97112 — 22 min
              - step-ups onto the 4-in. step leading with the R so the L takes his weight, a pause at the top, my tap cues to the L glutes
              - stance on the L with a ball kick by the R, then the same while I gave small pushes at the pelvis
              - walking between the taped lines, then over the ladder rungs without his feet crossing
            O: SLS L 3 s (1 s at re-eval); 9 of 10 rungs without the feet crossing
            """,
            ["G80.1"], [PT("97112", 22)], []),

        // First Turns Saratoga Springs plagiocephaly: the back of his head flat on the R with the ear pushed forward, always turned to the R, lifts his head only briefly on his tummy — the findings; prone holds on the wedge, supported-sitting reaches to the L, side-lying play with doses; CVAI; 17 matches: passes.
        ["v4-h78-first-turns-flat-on-the-right-97110"] = new(
            """
            FIRST TURNS INFANT PT · Saratoga Springs
            Baby: Asher, 5 mo. Here with: Mom and his three big sisters (not patients).
            Finding: the back of his head is flat on the R (R ear pushed forward); he always sleeps and rides in the car seat turned to the R; he lifts his head only briefly on his tummy and fusses.
            CVAI 7.1% today (8.4% at eval).
            [97110] 17m
              - tummy time over Mom's leg, then prone on elbows on the wedge, lifting to the mirror, 6 x 10-s holds
              - supported sitting, reaching to the L for toys to turn away from the flat side, x 12
              - side-lying on the L playing with his sisters' puppet, 3 x 30 s
            """,
            ["Q67.3"], [PT("97110", 17)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // First Turns Lehi TIMP raw 96 with its z (81 at eval), former 30-weeker; "Just Nash with me on the mat for all of it — no other baby booked in the room"; pull-to-sit pauses, knee-sitting tilts for head righting, prone weight shifts; anti-gravity head and trunk control with low tone; 20 matches: passes.
        ["v5-h78-first-turns-timp-raw-and-z"] = new(
            """
            FIRST TURNS INFANT PT · Lehi
            TIMP raw 96 (z −0.8 for age); 81 at eval (z −1.6)
            Baby: Nash, 4 mo (adj 2 mo), born at 30 weeks; NICU at the U for six weeks.
            Here with: Mom and Dad. Just Nash with me on the mat for all of it — no other baby booked in the room.
            [97112] 20m
              - pull-to-sit with a pause at 45°, waiting for his chin tuck
              - supported sitting on my knee with slow tilts side to side, waiting for his head to right
              - prone on the roll with weight shifts to free a hand for the crinkle toy
            Deficit: weak anti-gravity head and trunk control with low tone for his corrected age
            """,
            ["P07.33", "R62.0"], [PT("97112", 20)], []),

        // Finger Lakes main campus GMFM-66 58.7 with dimensions D and E, "☑ Individual" with a baby brother asleep in the car seat; run-and-stop on the whistle, two-foot jumps with a hold, disc catches; anticipatory postural control; 23 matches: passes.
        ["v5-h78-fingerlakes-gmfm-66-and-dimensions"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Syracuse (main campus)
            GMFM-66: 58.7 (55.2 in September) · dimension D 69% · dimension E 38%
            Session type:   ☑ Individual   ☐ Co-treat   ☐ Group
            Accompanied by: mother; baby brother asleep in his car seat
            S: Aiden, 6, spastic diplegia, GMFCS II. Wants to run at recess without falling.
            97112 — 23 min
              - running down the hall and stopping on my whistle, then running around cones
              - jumping forward off two feet over the rope, landing and holding
              - standing on the balance disc, catching a ball thrown to either side
            A: poor anticipatory postural control; falls when he speeds up or turns; crouched landings
            """,
            ["G80.1"], [PT("97112", 23)], []),

        // Little Acorns Georgetown PDMS-2 Gross Motor Quotient 82 with its subtest standard scores; mail-carrier course, kicks into the goal, rope ladder; slow, cautious running, jumping down and kicking with a tee-ball goal; rounds, k of 8 and stand-by help; 22 matches: passes.
        ["v5-h78-little-acorns-pdms-2-quotient-97530"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Georgetown, KY
            Peabody (PDMS-2) re-test: Gross Motor Quotient 82 (76 in August) — stationary 8, locomotion 7, object manipulation 6
            Notes for Noah's family (Mom and Nana here)
            Therapeutic activities (97530) — 22 minutes
            What we played: the "mail carrier" course — walk the curb beam carrying a letter, jump down off the step, hop two squares to the mailbox, post the letter; kicking a rolling ball into the goal; climbing the rope ladder to the platform
            Why: Noah wants to play tee-ball this spring and keep up on the church playground; he's slow and cautious running, jumping down and kicking
            How he did: 6 rounds of the course with stand-by help at the ladder; 5 of 8 kicks into the goal
            """,
            ["R62.0", "R26.89"], [PT("97530", 22)], []),

        // Penobscot Brewer scoliometer ATR by region and the last out-of-brace Cobb angle; SEAS self-correction on the ball, corrected bridging, convex-side planks, quadruped reaches with doses; thoracic curve with weak stabilisers; 24 matches: passes.
        ["v5-h78-penobscot-scoliometer-and-cobb-97110"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Brewer
            Scoliometer (Adams forward bend): ATR thoracic 8°, thoracolumbar 5°. Last radiograph (out of brace, Dr. Caron, December): Cobb T6–T11 26°.
            Athlete: Hannah, 12 — AIS; Providence night-time brace; plays travel soccer.
            97110 — 24 min
              › SEAS self-correction, standing and sitting on the ball, 3 x 10 with 10-s holds
              › bridging with self-correction, 3 x 10
              › side plank on the R (convex side) 3 x 20 s; quadruped arm/leg reach with correction 3 x 8 each
            Why: R thoracic curve with weak trunk stabilisers; she loses the correction in single-leg positions
            """,
            ["M41.124"], [PT("97110", 24)], []),

        // Crescent Mandeville TUDS over 14 steps and 10-m walk at self-selected and fast speeds; reciprocal stairs with and without the backpack, hallway laps with step cues, crowded-hall cones; crouch and step-to stairs; trips and distances; 17 matches: passes.
        ["v5-h78-crescent-tuds-and-ten-metre-walk-97116"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Mandeville
            TUDS (14 steps): 16.8 s with one rail (22.1 s in January). 10MWT self-selected 11.3 s, fast 8.6 s.
            GMFCS: II   Orthoses: B hinged AFOs
            S: Kyra, 11, spastic diplegia. Her middle school has stairs between every class.
            97116 — 17 min
              gait and stair training: reciprocal stairs with one rail on the clinic staircase, 3 trips, then with her backpack on, 2 trips; hallway walking 4 x 100 ft with cues for longer steps and heel first; turning through the crowded-hallway mock-up (cones)
            A: crouch with short step length; slow on stairs, step-to going down
            """,
            ["G80.1"], [PT("97116", 17)], []),

        // Finger Lakes Cicero Pediatric Balance Scale 43/56 with the items that lost points, "☑ Individual"; rocker-board tips eyes open and closed, foam-beam tandem and stool step-ups, turning on a moving belt; hypotonia with poor reactive balance; a bus-riding goal; 21 matches: passes.
        ["v5-h78-fingerlakes-pediatric-balance-scale"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Cicero
            Pediatric Balance Scale 43/56 (lost points on standing on one foot, tandem stance, turning in a full circle and stepping onto the stool)
            Session type:   ☑ Individual
            Accompanied by: father
            S: Grace, 9, Down syndrome. Learning to ride the bus: the steps, and the aisle when it moves.
            97112 — 21 min
              - standing on the rocker board with eyes on the whiteboard while I tipped it, then eyes closed
              - tandem standing on the foam beam, then stepping up onto a stool and holding
              - walking on the moving treadmill belt while turning to look at me
            A: hypotonia with poor reactive balance; unsteady when the surface moves
            """,
            ["Q90.9"], [PT("97112", 21)], []),

        // First Turns Spanish Fork AIMS raw 31, 9th percentile, with its four subscales; sit-prone transitions over a leg, push-up to hands and knees, pivoting in a circle; a church-nursery floor-play goal; k of 6; 19 matches: passes.
        ["v5-h78-first-turns-aims-percentile-97530"] = new(
            """
            FIRST TURNS INFANT PT · Spanish Fork
            AIMS: raw 31 — 9th percentile for 8 months (prone 12, supine 9, sit 8, stand 2)
            Baby: Tate, 8 mo. Low tone. Here with: Mom, who brought his big brother's old baby walker to ask about (advised against it).
            [97530] 19m
              - getting from sitting to his tummy and back over my leg for the ball
              - pushing up from his tummy to hands and knees with my hands at his hips, rocking
              - pivoting on his tummy in a circle to find the musical toy
            Goal: get in and out of sitting on his own so he can play on the floor in the church nursery
            Meas: sit ↔ prone 4 of 6 on his own; pivoted a full circle both ways
            """,
            ["P94.2"], [PT("97530", 19)], []),

        // Crescent Hammond Modified Tardieu R1/R2 for both gastrocs and popliteal angles after botulinum toxin; wedge calf stretch, long-sitting hamstring reach, heels-down squats, step-ups with doses; tight calves and hamstrings with toe walking and crouch; 15 matches: passes.
        ["v5-h78-crescent-tardieu-after-botox-97110"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Hammond
            Modified Tardieu, gastrocnemius (knee extended): R R1 −5° / R2 10°; L R1 0° / R2 12°. Popliteal angle R 55°, L 50°.
            Botox to both gastrocs and the R hamstrings three weeks ago.
            97110 — 15 min
              - standing calf stretch on the incline wedge, knees straight, 3 x 45 s
              - long-sitting hamstring stretch reaching for toys past his toes, 3 x 30 s
              - squat-to-stand picking up toys with heels down, 2 x 10; step-ups onto the 6-in. step 2 x 10 each leg
            Impairment: tight calves and hamstrings — toe walking and crouch after his growth spurt
            """,
            ["G80.1"], [PT("97110", 15)], []),

        // Penobscot Belfast hop battery in cm with limb symmetry (91, 90, 88%) after ACL reconstruction; "Nobody but Josie and me in the gym during the NMR"; reactive hops to a call, BOSU perturbed stance with passes, drop-jumps with video; R valgus on reactive landings; 22 matches: passes.
        ["v5-h78-penobscot-hop-battery-with-symmetry"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Belfast
            Hop battery (R/L, cm): single 138/152 · triple 402/448 · crossover 370/421 — LSI 91%, 90%, 88%
            Athlete: Josie, 17 — Belfast Area HS basketball, R ACL reconstruction (BTB), 7 months.
            Nobody but Josie and me in the gym during the NMR.
            97112 — 22 min
              › reactive single-leg hops to a called direction, stick for 2 s
              › perturbed single-leg stance on the BOSU while catching and passing
              › drop-jump to a vertical, with video feedback on knee position
            Problem: R knee valgus on reactive landings; slower to stabilise on the R
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // Crescent Slidell ataxic CP, "One-on-one: Mason was the only child I treated during this time"; stepping-stone freezes, sideways beam, kneel-to-stand on foam, half-kneel rhythmic stabilization; ataxia and postural control; "Looked steadier on the beam and the stones than last week" — no number but the code's and its minutes: measure missing.
        ["v5-h78-crescent-looked-steadier-no-number"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Slidell
            One-on-one: Mason was the only child I treated during this time.
            S: Mason's grandmother says he's falling less at home and walked the whole way around the swamp-tour boardwalk.
            97112 — 20 min
              - stepping-stone path with a freeze on each stone; walking the beam sideways; kneel-to-stand on the foam without hands
              - rhythmic stabilization in half-kneel, pushes at the shoulders in every direction
            A: ataxia with a wide-based, unsteady gait; poor postural control on narrow surfaces
            Looked steadier on the beam and the stones than last week.
            """,
            ["G80.4"], [PT("97112", 20)], [At(Measure, "97112")]),

        // First Turns Orem L CMT: SCM stretches "held as tolerated", active turning to Mom's face, football-hold carrying; tight L SCM with tilt and limited turning; "Mom says he's turning to the L more on his own" — no dose, hold time or number but the code's: measure missing.
        ["v5-h78-first-turns-turning-more-no-number-97110"] = new(
            """
            FIRST TURNS INFANT PT · Orem
            Baby: Beau. L CMT. Here with: Mom; he napped in the car and woke happy.
            [97110] 18m
              - gentle L SCM stretches — rotation to the L and side-bending to the R — in Mom's lap, held as tolerated
              - active turning to the L following Mom's face and the light-up spinner
              - football-hold carrying to stretch the L side, practised with Mom
            Impairment: tight L SCM with a head tilt to the L and limited turning to the L
            Mom says he's turning to the L more on his own and looks a little straighter in photos.
            """,
            ["Q68.0"], [PT("97110", 18)], [At(Measure, "97110")]),

        // Little Acorns Richmond Pediatric Reach Test in cm (forward and sideways); "nobody but Sofia on my schedule for her session"; wobble-cushion sticker reaches, tree pose with a bean bag, kneeling on the ball; low tone and weak trunk postural control; 20 matches: passes.
        ["v5-h78-little-acorns-pediatric-reach-test"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Richmond, KY
            Pediatric Reach Test (standing): forward 17 cm, R 11 cm, L 10 cm (forward 11 cm in October)
            Notes for Sofia's mom — nobody but Sofia on my schedule for her session; Mom helped with the stickers.
            Neuromuscular re-education (97112) — 20 minutes
            What we played: reaching for stickers on the wall just past arm's length while standing on the wobble cushion; "tree pose" with a bean bag on her head; kneeling on the ball with me at her hips, reaching side to side
            Why: loose, low-tone joints and weak trunk postural control — she falls reaching for things on the top shelf and on the monkey bars
            """,
            ["M35.7"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Crescent Metairie four-digit clock times per code (97112 0832–0854 = 22, "one-on-one, PT and Étienne only"; 97116 0854–0909 = 15), both match; rocker-board perturbations, SLS kicks, cane hurdles; crutch gait with distances and SBA; single-limb control and crouch; seconds: passes.
        ["v6-h78-crescent-clock-times-two-codes"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Metairie
            97112  0832–0854   one-on-one, PT and Étienne only
            97116  0854–0909
            GMFCS: II   Orthoses: B hinged AFOs
            NMR: perturbations standing on the rocker board; single-leg stance with a ball kick; stepping over the cane hurdles with a stop in the middle
            Gait: loftstrand crutches, 4-point pattern, hallway 3 x 120 ft and the ramp to the garden x 2; cues for heel strike on the R; SBA
            A: poor single-limb postural control and crouch with a short R step
            O: SLS R 4 s / L 7 s; 10MWT with crutches 12.4 s
            """,
            ["G80.1"], [PT("97112", 22), PT("97116", 15)], []),

        // First Turns American Fork 97112 "11m before her bottle + 12m after = 23m … the bottle break was not counted" (matches), "Hands-on with Sage only"; righting tilts, peek-a-boo rotation, prone weight shifts, side-lying; weak L lateral flexors and righting; MFS and rotation degrees: passes.
        ["v6-h78-first-turns-two-parts-around-a-bottle"] = new(
            """
            FIRST TURNS INFANT PT · American Fork
            Baby: Sage, 4 mo. R CMT. Here with: Mom and her big sister (not a patient), who coloured at the table.
            [97112] 11m before her bottle + 12m after = 23m. Hands-on with Sage only; the bottle break was not counted.
            Before: lateral righting held upright, slow tilts to her R; peek-a-boo from Mom on her R to bring the chin around
            After: prone on elbows over my thigh, weight shift to free the L hand for the toy; side-lying on the L with the mirror
            Deficit: weak L lateral neck flexors and poor head righting when tipped to the R; prefers the R tilt
            Meas: MFS L 1 / R 3 (L 0 at eval); active rotation R 75° (60° at eval)
            """,
            ["Q68.0"], [PT("97112", 23)], []),

        // Finger Lakes Camillus "CPT | Description | Minutes" table for three codes (97112 20, 97110 12, 97530 14, all match), "☑ Individual"; half-kneel pelvic pushes and foam SLS tosses; cuff abduction, calf raises, bridges with doses; rock-wall climbs and basket stairs; L postural control and hip and calf weakness; seconds and k of 4: passes.
        ["v6-h78-fingerlakes-cpt-table-three-codes"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Camillus
            CPT   | Description             | Minutes
            97112 | Neuromuscular re-ed     | 20
            97110 | Therapeutic exercise    | 12
            97530 | Therapeutic activities  | 14
            Session type:   ☑ Individual   ☐ Co-treat   ☐ Group
            Accompanied by: mother
            S: Mateo, 8, L hemiplegic CP; new AFO on the L. Wants to climb the rock wall at the birthday-party place.
            NMR: half-kneel on the L knee at the bench with pushes at the pelvis; single-leg stance on the L on foam with a ball toss
            Ther ex: L hip abduction side-lying with a 2-lb cuff 3 x 12; L calf raises holding the bar 3 x 10; bridging on the L 2 x 10
            Ther act: climbing the clinic rock wall to the third row of holds and back down x 4; carrying the laundry basket up the stairs x 2
            A: L-sided postural control, weak L hip abductors and plantarflexors; cautious climbing and on stairs
            O: SLS L on foam 5 s (2 s in January); rock wall 4 of 4 climbs with contact guard
            """,
            ["G80.2"], [PT("97112", 20), PT("97110", 12), PT("97530", 14)], []),

        // Little Acorns Beaumont "Billing: 97530 × 2 units (26 minutes) · 97110 × 1 unit (13 minutes)", both match; ninja course and skipping lengths; planks, wall sits, wheelbarrow walks, knee push-ups with doses; weak shoulders and core with slow motor planning; bars crossed and lengths: passes.
        ["v6-h78-little-acorns-units-with-minutes"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Lexington (Beaumont)
            Billing: 97530 × 2 units (26 minutes) · 97110 × 1 unit (13 minutes)
            Notes for Caleb's family (Dad here)
            Therapeutic activities: the ninja course — monkey bars with a spot, swinging onto the crash pad, crawling under the "laser" ropes, 4 rounds; skipping across the gym to the music, 6 lengths
            Therapeutic exercise: plank on elbows 3 x 20 s; wall sits 3 x 20 s; wheelbarrow walks 3 lengths; push-ups from the knees 2 x 8
            Why: Caleb has weak shoulders and core and can't hang from or cross the monkey bars or skip at recess; motor planning for new moves is slow
            How he did: crossed 3 bars before dropping (1 last month); skipped 4 of 6 lengths without losing the pattern
            """,
            ["R27.8"], [PT("97530", 26), PT("97110", 13)], []),

        // Penobscot Orono Nordic skier "Mins: 97112 = 23 · 97110 = 15 → 38 timed mins, 3 units" (both match), one-on-one; Airex pole reaches, skater hops, rocker board eyes closed; eccentric raises, band eversion, RDLs with doses; ankle proprioception and peroneal weakness; seconds and k of 10: passes.
        ["v6-h78-penobscot-mins-line-with-total-and-units"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Orono
            Athlete: Finn, 15 — Nordic skier, L ankle sprain (grade II) in a fall on the Outdoor Center trails at Sugarloaf.
            One-on-one with me the whole visit; his mom waited in the car.
            NMR: single-leg stance on the L on the Airex with a ski-pole reach to cones; lateral skater hops onto the foam and stick; eyes-closed balance on the rocker board
            Ther ex: eccentric heel raises on the L 3 x 15; blue-band eversion 3 x 15; single-leg RDL with a 15-lb kettlebell 3 x 8
            Problem: L ankle proprioception and peroneal weakness — rolls it on icy, uneven track
            Numbers: SLS L eyes closed 12 s (5 s at eval); skater hops stuck 8 of 10
            Mins: 97112 = 23 · 97110 = 15 → 38 timed mins, 3 units
            """,
            ["S93.402D"], [PT("97112", 23), PT("97110", 15)], []),

        // Finger Lakes main campus brachial plexus clinic day, back-to-back "PT — 97110 — 18 min" and "OT — 97530 — 20 min", both match; ER and abduction stretches, overhead reaches, wheelbarrow walks with doses; bimanual play and coat on; R shoulder ER limited and weak, arm left out; degrees, Mallet grades, k of 3: passes.
        ["v6-h78-fingerlakes-pt-and-ot-back-to-back"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Syracuse (main campus)
            Back-to-back PT and OT this morning (brachial plexus clinic day)
            Quinn, 2, R brachial plexus birth injury (upper trunk); Mom and Dad both here.
            PT — 97110 — 18 min: R shoulder external rotation stretch supine with the scapula stabilised, 3 x 30 s; abduction stretch 3 x 30 s; active reaching overhead for the bubble wand while standing, x 15; wheelbarrow walking on his hands across the mat, 3 lengths
            OT — 97530 — 20 min: two-handed play — pulling apart pop beads, holding the bucket with the R while scooping sand with the L, putting on his coat with both arms (the "flip" method), x 3
            Impairments: R shoulder external rotation limited and weak; R arm left out of two-handed play; can't get the R arm into his coat sleeve
            Measures: passive ER R 45° (L 90°); Mallet hand-to-mouth grade 3, hand-to-head grade 3; coat on with both arms 2 of 3
            """,
            ["P14.0"], [PT("97110", 18), OT("97530", 20)], []),

        // Crescent Hammond PTA dotted leaders ("Gait training (97116) …… 16 min", "Neuromuscular re-education (97112) …… 22 min — 1:1, PTA and child only"), both match; walker gait with distances and CGA/SBA; tall-kneel pushes and one-hand standing; scissoring, crouch, trunk and pelvic control; seconds: passes.
        ["v6-h78-crescent-pta-dotted-leaders"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Hammond · PTA TREATMENT NOTE
            Gait training (97116) ........................... 16 min
            Neuromuscular re-education (97112) ........ 22 min — 1:1, PTA and child only
            GMFCS: III   Orthoses: B solid AFOs   Device: posterior walker
            Gait: walker in the hall 4 x 75 ft and over the threshold ramp x 4, cues to keep his feet apart; CGA on the ramp, SBA in the hall
            NMR: tall-kneeling at the bench with pushes at the shoulders; supported standing with weight shifts to free a hand for the pretend sno-ball stand
            A: scissoring and crouch; poor trunk and pelvic control in kneeling and standing
            O: tall-kneel 18 s without hands (10 s at re-eval); stands at the bench one-handed 40 s
            """,
            ["G80.1"], [PTA("97116", 16), PTA("97112", 22)], []),

        // Finger Lakes Auburn PTA "97112 — 28 min" against a 16-min PTA line: mismatch; "☑ Individual", foam-block step-overs, wide-beam cup carry, rocker-board pushes, hypotonia and postural control, seconds and k of 10 complete.
        ["v6-h78-fingerlakes-pta-nmr-28-against-16"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Auburn · PTA TREATMENT NOTE
            Session type:   ☑ Individual
            Accompanied by: foster mother
            97112 — 28 min
              - stepping over the foam blocks with a pause on one leg; walking the wide beam carrying a cup of "coffee" (water)
              - rocker-board standing with my pushes at the hips
            A: Ethan, 5, hypotonia — poor postural control; falls when bumped at daycare
            O: SLS R 3 s / L 4 s; 6 of 10 pushes recovered without stepping
            """,
            ["P94.2"], [PTA("97112", 16)], [At(Mismatch, "97112")]),

        // Little Acorns Winchester "Therapeutic exercise (97110) — 12 minutes" against a 24-min line (97530 15 matches): mismatch on 97110; raises, bridges, step-ups with doses; ladder climbs and jumps with counts; weak calves and hips after a tibial fracture complete.
        ["v6-h78-little-acorns-ther-ex-12-against-24"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Winchester, KY
            Notes for Brody's mom
            Therapeutic exercise (97110) — 12 minutes: heel raises holding the counter 3 x 12; bridges with a ball squeeze 3 x 10; step-ups onto the stool 2 x 10 each leg
            Therapeutic activities (97530) — 15 minutes: climbing the playground-style ladder and going down the slide, 6 times; jumping off the low step onto the crash pad, 10 times
            Why: weak calf and hip muscles since the cast came off his L leg (broken tibia at the trampoline park); he can't keep up climbing at recess yet
            How he did: 6 of 6 ladder climbs with a hand on one rail; landed the jumps on two feet 8 of 10
            """,
            ["S82.202D", "M62.81"], [PT("97110", 24), PT("97530", 15)], [At(Mismatch, "97110")]),

        // Penobscot Ellsworth wrestler "Manual (97140) — 25 min" against a 12-min line: mismatch; posterior glides by grade, sleeper stretch with overpressure, posterior-cuff STM; posterior capsule tightness with a single-leg-shot limit; IR and horizontal adduction degrees complete.
        ["v6-h78-penobscot-manual-25-against-12"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Ellsworth
            Athlete: Owen, 16 — Ellsworth HS wrestler, R shoulder stiff after a posterior labral repair (week 14).
            Manual (97140) — 25 min: posterior glides gr III to the R glenohumeral joint, 3 x 30 s; sleeper-position stretch with overpressure; STM to the R posterior cuff and teres minor
            Problem: R shoulder posterior capsule tightness — can't reach across to the opposite shoulder setting up a single-leg shot
            Numbers: R IR at 90° abduction 35° → 48°; horizontal adduction 20° short of the L
            """,
            ["M25.611"], [PT("97140", 12)], [At(Mismatch, "97140")]),

        // Crescent Mandeville "Total treatment time: 37 min (gait training + NMR), 1:1 throughout" is the only time for two codes: separate time missing; both sections complete (crutch gait on grass and shell with distances and SBA; foam SLS kicks, twister-mat stepping, pelvic pushes; crouch and single-limb balance; seconds and k of 10).
        ["v6-h78-crescent-total-only-gait-and-nmr"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Mandeville
            Total treatment time: 37 min (gait training + NMR), 1:1 throughout
            GMFCS: II   Orthoses: B SMOs
            Gait: walking on the grass and the shell driveway outside with forearm crutches, 2 x 150 ft; stepping over the garden hose and the curb x 6; SBA on the shell
            NMR: stance on one leg on the foam with a ball kick; stepping to the called colour on the twister mat; perturbations at the pelvis in standing
            A: crouch gait with short R steps; poor single-limb balance and slow stepping reactions
            O: SLS R 3 s / L 6 s; stepping reaction to 6 of 10 pushes
            """,
            ["G80.1"], [PT("97116", 15), PT("97112", 22)], [SepTime]),

        // First Turns Lehi three codes: "[97110] 14m" and "[97112] 18m" have minutes, the "[97140]" section has none: separate time missing; every section complete (one-on-one; SCM stretches and active rotation with doses; ball righting, prone shifts, pull-to-sit; SCM STM and MFR; tight R SCM, weak L flexors; degrees and MFS).
        ["v6-h78-first-turns-manual-section-unminuted"] = new(
            """
            FIRST TURNS INFANT PT · Lehi
            Baby: Milo, 6 mo. R CMT, tight band in the R SCM. Here with: Mom and Grandpa.
            Treated one-on-one — Milo was my only baby this hour.
            [97110] 14m: R SCM stretches, rotation R and side-bend L, 3 x 30 s each; active rotation to the R in supported sitting for the toy, x 12
            [97112] 18m: lateral righting on the ball with tilts to the R; prone on elbows with weight shifts; pull-to-sit with the chin tuck
            [97140]: soft-tissue mobilization to the R SCM and upper trap; myofascial release in side-lying
            Impairments: tight R SCM with limited rotation to the R; weak L lateral flexors; head lag
            Meas: passive rotation R 70° / L 90°; MFS L 2 / R 3
            """,
            ["Q68.0"], [PT("97110", 14), PT("97112", 18), PT("97140", 9)], [SepTime]),

        // Penobscot Bangor minutes opening each code's line ("22 min — 97112:", "13 min — 97110:"), both match, one-on-one; low-beam half turns, eyes-closed relevé, block landings; calf raises, eversion, single-leg squats with doses; ankle proprioception and evertor weakness; seconds and k of 10: passes.
        ["v6-h78-penobscot-minutes-open-the-line"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Bangor
            Athlete: Addie, 13 — gymnast (Level 8), L ankle sprain on a beam dismount; back on floor, not yet on beam.
            22 min — 97112: low-beam walks with a half turn and a stick; eyes-closed relevé on the Airex; landing drills off a 12-in. block onto the mat, stick for 3 s — one-on-one with me, no other gymnast in the clinic
            13 min — 97110: calf raises on the L 3 x 15; banded eversion 3 x 15; single-leg squats to a box 3 x 8
            Problem: L ankle proprioception and evertor weakness; wobbles on landings
            Numbers: SLS L eyes closed 11 s (4 s at eval); stuck landings 7 of 10
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 13)], []),

        // Finger Lakes Cicero OT "OT 97530 — 12 min" against a 25-min OT line: mismatch; bead threading, playdough cutting, pants over the AFO with counts; L hand neglect in two-handed tasks with L hemiplegia complete.
        ["v6-h78-fingerlakes-ot-12-against-25"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Cicero
            OCCUPATIONAL THERAPY DAILY NOTE
            OT 97530 — 12 min
              - two-handed play: threading big beads onto a pipe cleaner held in the L, cutting playdough with a pizza cutter, 3 sets
              - dressing: pulling her pants up over the AFO standing with one hand on the bench, x 3
            Deficit: L hand left out of two-handed tasks (L hemiplegia); needs help getting her pants over the brace
            Measure: 12 beads threaded in a set (7 at eval); pants up on her own 2 of 3
            """,
            ["G80.2"], [OT("97530", 25)], [At(Mismatch, "97530")]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h78-empty-nmr-and-ther-act"] = new(
            "",
            ["G80.1"], [PT("97112", 22), PT("97530", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97530")]),

        // Empty note on a PTA 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h78-empty-pta-97116-no-dx"] = new(
            "",
            [], [PTA("97116", 16)], [At(NoteMissing, "97116"), Dx]),

        // A note of spaces and line breaks only (cells are trimmed) on an OT 97530 with a diagnosis: note missing only.
        ["v7-h78-spaces-and-line-breaks-ot-97530"] = new(
            "   \n  \n   ",
            ["P14.0"], [OT("97530", 20)], [At(NoteMissing, "97530")]),

        // 97110's meaning at Penobscot: recumbent bike miles, band TKEs, weighted SLRs, eccentric heel drops and towel scrunches with doses (technique and measure), L quad weakness and sore Achilles insertions with enthesitis-related JIA and a base-running limp (deficit); 19 matches: passes.
        ["v7-h78-penobscot-97110-jia-quads-and-heels"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Brewer
            Athlete: Jonah, 14 — enthesitis-related JIA (both heels and the L knee); wants to make the JV baseball roster.
            97110 — 19 min
              › recumbent bike, light resistance, 2.5 miles
              › terminal knee extension with the green band 3 x 15; straight-leg raises with a 2-lb weight 3 x 10
              › eccentric heel drops off the step (knees bent) 2 x 12; towel scrunches 2 x 15
            Why: L quad weakness and sore heels at the Achilles insertions — limps after running the bases
            """,
            ["M08.1"], [PT("97110", 19)], []),

        // 97530's meaning at First Turns: climbing onto a couch-height mat, stepping down the clinic steps carrying a ball, squat-to-stand for blocks (technique), a toddler who can't climb onto the couch or get down the family-room steps (deficit), k of 6, k of 8 and stand-by assist (measure); 20 matches: passes.
        ["v7-h78-first-turns-97530-couch-and-family-room-steps"] = new(
            """
            FIRST TURNS INFANT PT · Saratoga Springs
            Toddler: Penny, 20 mo. Low tone, walking since 17 mo. Mom: she can't climb onto the couch or get down the two steps into the family room without sitting and scooting.
            [97530] 20m
              - climbing onto the couch-height mat for her book, turning to sit, x 6
              - stepping down the clinic steps holding my finger, then the rail, carrying a ball, x 8
              - squat to pick up blocks and stand to put them in the truck, x 10
            Meas: climbed on 5 of 6 without help; steps down holding the rail with stand-by assist on 6 of 8
            """,
            ["R62.0", "P94.2"], [PT("97530", 20)], []),

        // 97140's meaning at Little Acorns: talocrural posterior glides by grade and calf and heel-cord STM (technique), toe walking with tight heel cords to −5° (deficit), DF degrees after (measure); 10 matches: passes.
        ["v7-h78-little-acorns-97140-ankle-glides-toe-walker"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Lexington (Hamburg)
            Notes for Rowan's family (Mom here)
            Manual therapy (97140) — 10 minutes: posterior glides of the ankle joint (talocrural), grade III, 3 x 30 s each side, while Rowan watched his show on the tablet; soft-tissue mobilization to both calves and heel cords
            Why: toe walking with tight heel cords — his ankles don't bend up past −5° with the knees straight, R and L
            After: DF with knees straight +3° R, +2° L
            """,
            ["R26.89"], [PT("97140", 10)], []),

        // 97116's meaning at Penobscot: weaning from two crutches to one with hallway laps, reciprocal stairs and a foam icy-sidewalk mock-up (technique), distances, flights, SBA and CGA (measure), antalgic gait with a short R stance and no push-off after a tibial nail (deficit); 16 matches: passes.
        ["v7-h78-penobscot-97116-crutch-weaning-after-a-tibial-nail"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Bangor
            Athlete: Eli, 15 — snowboarder, R tibial shaft fracture (IM nail) in January; weight bearing as tolerated since last week.
            97116 — 16 min
              › gait training weaning from two crutches to one (L hand): hallway 4 x 100 ft, cues for heel-to-toe and even step length
              › reciprocal stairs with one crutch and the rail, 2 flights; the icy-sidewalk mock-up (foam mats) 2 x 30 ft
              › SBA with one crutch, CGA on the foam
            Problem: antalgic gait — short stance on the R, stiff R knee, no push-off
            """,
            ["S82.201D"], [PT("97116", 16)], []),

        // Generic 97112: "NMR 22 min. Worked on balance and coordination today. Child tolerated well. Continue POC." — no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h78-generic-nmr-balance-and-coordination"] = new(
            "NMR 22 min. Worked on balance and coordination today. Child tolerated well. Continue POC.",
            ["G80.1"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97530 with minutes for each (13 and 15, both match): "Therapeutic exercise and activities per plan. Good session; Mom happy with progress." — nothing named for either code.
        ["v7-h78-generic-ther-ex-and-ther-act"] = new(
            "97110 — 13 min; 97530 — 15 min. Therapeutic exercise and activities per plan. Good session; Mom happy with progress. Continue.",
            ["R62.0"], [PT("97110", 13), PT("97530", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Finger Lakes Oswego toddler with Down syndrome, "☑ Individual" with a 6-year-old brother (not a patient); 97112 21 and 97530 14 match; uneven-mat path, tilting platform, foam reaches, hip pushes; clinic steps and floor rises; hypotonia with poor standing balance; k of 5, k of 8 and stand-by assist: passes.
        ["vord-h78-fingerlakes-ds-toddler-nmr-and-ther-act"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Oswego
            PEDIATRIC PT DAILY NOTE
            Session type:   ☑ Individual   ☐ Co-treat   ☐ Group
            Accompanied by: mother and his 6-year-old brother (not a patient)
            Behavior/state: happy; teething
            S: Wyatt, 2, Down syndrome. Walking on his own since Christmas; falls on the grass and can't get up the porch steps.
            Interventions:
              97112 — 21 min: walking across the uneven mat path and the tilting platform; standing on the foam reaching for bubbles; small pushes at the hips in standing
              97530 — 14 min: stepping up the clinic steps with a hand held, x 5; getting up from the floor to standing in the middle of the mat without furniture, x 8
            A: hypotonia with poor standing balance reactions; unsteady on uneven ground
            O: walked the mat path 4 of 5 times without a fall; floor to stand without support 6 of 8; steps with one hand held, stand-by assist
            P: weekly
            """,
            ["Q90.9"], [PT("97112", 21), PT("97530", 14)], []),

        // First Turns Orem L CMT with R plagiocephaly, "Evelyn was the only baby I treated during her visit; no one else on the mat"; 97110 15 and 97112 20 match; SCM stretches and active rotation with doses; ball righting, prone reaches, sitting tilts; tight L SCM and weak R flexors; degrees, MFS and CVAI: passes.
        ["vord-h78-first-turns-cmt-stretch-and-righting"] = new(
            """
            FIRST TURNS INFANT PT · Orem
            Baby: Evelyn, 5 mo. L CMT + R plagiocephaly (helmet from the orthotist next month). Here with: Mom and her aunt.
            Evelyn was the only baby I treated during her visit; no one else on the mat.
            [97110] 15m — L SCM stretches: rotation L 3 x 30 s, side-bend R 3 x 30 s; active rotation to the L in Mom's lap for the light-up toy, x 12
            [97112] 20m — lateral righting on the ball with slow tilts to her L; prone on elbows reaching with the R; supported sitting with tilts, waiting for her head to come to midline
            Deficit: tight L SCM with limited turning to the L; weak R lateral neck flexors and late head righting
            Meas: passive rotation L 70° / R 90°; MFS R 2 / L 3; CVAI 6.8%
            """,
            ["Q68.0", "Q67.3"], [PT("97110", 15), PT("97112", 20)], []),

        // Little Acorns Georgetown T-ball practice for a DCD boy: tee hits, base running and stopping, bounced catches, overhand throws with an opposite-foot step; coach-pitch goal, freezes and falls running, can't time a catch; k of 10 and k of 5; 23 matches: passes.
        ["vord-h78-little-acorns-t-ball-practice-97530"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Georgetown, KY
            Notes for Liam's family (Mom here)
            Therapeutic activities (97530) — 23 minutes
            What we played: T-ball practice — hitting off the tee, running to the base and stopping on it; catching a tennis ball off a bounce; throwing overhand at the target, stepping with the opposite foot
            Why: Liam (DCD) signed up for coach-pitch this spring; he freezes, then falls running the bases, and can't time a catch
            How he did: hit off the tee 8 of 10; ran and stopped on the base without falling 5 of 5; caught 4 of 10 bounced balls (1 of 10 last month)
            """,
            ["R27.8"], [PT("97530", 23)], []),

        // Crescent Slidell PTA gait without a device: hallway laps, sidewalk and grass to the picnic shelter, curbs, dodging cones like a parade crowd; SBA and CGA; crouch and in-toeing with toe catches; feet; 17 matches: passes.
        ["vord-h78-crescent-pta-parade-route-97116"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Slidell · PTA TREATMENT NOTE
            GMFCS: II   Orthoses: B SMOs
            S: Amelie, 7. Mom wants her to walk the parade route beside the school float on Saturday.
            97116 — 17 min
              gait training without a device: hallway 4 x 100 ft with cues for a longer step and heel first; outdoors along the sidewalk and across the grass to the picnic shelter, 300 ft; curb up and down x 6; dodging cones like the crowd
              SBA on level ground, CGA on the curb
            A: crouch and in-toeing with short steps; catches her toes on the curb
            O: 300 ft outdoors without a rest (150 ft in January)
            """,
            ["G80.1"], [PTA("97116", 17)], []),

        // Penobscot Belfast lacrosse defender at week 10 after ACL reconstruction: leg press, arc knee extension, Spanish squats, step-downs, Nordics with loads and doses; L quad weakness and lag with a jogging goal; dynamometry kg and LSI; 20 matches: passes.
        ["vord-h78-penobscot-acl-week-ten-97110"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Belfast
            Athlete: Clara, 16 — lacrosse defender, L ACL reconstruction (hamstring graft), week 10.
            97110 — 20 min
              › leg press 3 x 10 at 90 lb (L only 3 x 10 at 40 lb); knee extension 90°→45° arc with 15 lb, 3 x 12
              › Spanish squat holds 4 x 30 s; step-downs off the 6-in. step 3 x 10
              › Nordic lowers with the partner strap 2 x 5
            Why: L quad weakness and an extensor lag after the reconstruction; goal: jogging by week 12
            Numbers: HHD knee extension L 24.1 kg / R 36.4 kg (LSI 66%)
            """,
            ["S83.512D"], [PT("97110", 20)], []),

        // Finger Lakes Camillus PTA, polyarticular JIA after a flare: recumbent bike miles, sit-to-stands, bridges, abduction, putty with doses; lower-limb weakness and stiff wrists with a State Fair goal; reps and degrees; 18 matches: passes.
        ["vord-h78-fingerlakes-pta-jia-after-the-flare-97110"] = new(
            """
            FINGER LAKES CHILDREN'S HOSPITAL · Pediatric Outpatient Rehabilitation · Camillus · PTA TREATMENT NOTE
            Accompanied by: mother
            S: Sophie, 12, polyarticular JIA; flare settling; wants to walk the State Fair midway this summer without the wheelchair.
            97110 — 18 min
              - recumbent bike, level 2, 1.2 miles
              - sit-to-stand from a standard chair 3 x 8; bridging 3 x 10; side-lying hip abduction 3 x 10
              - gentle wrist and finger AROM with putty, 2 x 10 each
            A: lower-limb weakness and stiff wrists after the flare; tires walking distances
            O: 30-s sit-to-stand 9 reps; wrist extension R 45°, L 50°
            """,
            ["M08.3"], [PTA("97110", 18)], []),

        // First Turns Spanish Fork 19-month-old with hypotonia, "One-on-one — I had no other child on the mat with me for his session"; tilt-board tips with a piggy bank, bumpy-mat walks, foam squats; low tone with poor balance reactions and a wide base; k of 10 and k of 4; 21 matches: passes.
        ["vord-h78-first-turns-wide-base-toddler-97112"] = new(
            """
            FIRST TURNS INFANT PT · Spanish Fork
            Toddler: Lincoln, 19 mo. Hypotonia; walks with a wide base and falls whenever a cousin bumps him.
            Here with: Dad. One-on-one — I had no other child on the mat with me for his session.
            [97112] 21m
              - standing on the tilt board with small side-to-side tips while he put coins in the piggy bank
              - walking over the bumpy mat and the wedge with my hand at his trunk, then on his own
              - squat-to-stand on the foam for balls to drop down the chute
            Deficit: low tone with poor balance reactions; wide base; falls with small bumps
            Meas: recovered from 7 of 10 tips without sitting down; walked the bumpy mat 3 of 4 times without a fall
            """,
            ["P94.2", "R26.89"], [PT("97112", 21)], []),

        // Crescent Houma GMFCS III: 97110 13 and 97116 15 match; bridges, abduction, sit-to-stands, hamstring stretch with doses; walker loops and the parking-lot slope with SBA/CGA; weak hips and trunk with crouch and scissoring; feet and reps: passes.
        ["vord-h78-crescent-ther-ex-and-walker-gait"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Houma satellite
            GMFCS: III   Orthoses: B solid AFOs   Device: posterior walker
            S: Clément, 9. Walked to the crawfish boil at his uncle's camp with the walker on Sunday — needed the wagon back.
            97110 — 13 min: hip abductor and extensor strengthening — bridges 3 x 10, side-lying abduction 2 x 10, sit-to-stand from the mat 3 x 8; long-sitting hamstring stretch 3 x 30 s
            97116 — 15 min: walker gait around the clinic loop 3 x 150 ft and out to the parking lot, 200 ft; cues to keep his knees apart and push up tall; SBA indoors, CGA on the parking-lot slope
            A: weak hips and trunk; crouch and scissoring as he tires
            O: 650 ft in all with two standing rests; sit-to-stand 8 reps without hands
            """,
            ["G80.1"], [PT("97110", 13), PT("97116", 15)], []),

        // Little Acorns Richmond PTA: bear and crab walks, superman holds, bridges, banded standing kicks with doses; weak trunk and hips with hypermobility, tires on the playground; 16 matches: passes.
        ["vord-h78-little-acorns-pta-animal-walks-97110"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Richmond, KY · PTA
            Notes for Adalyn's dad
            Therapeutic exercise (97110) — 16 minutes
              • animal walks: bear walks 4 lengths, crab walks 3 lengths
              • superman holds on her tummy 5 x 10 s; bridges 2 x 12
              • standing kicks to the ball with a band around her ankles, 2 x 10 each leg
            Why: weak trunk and hip muscles (hypermobility) — she tires and sits down on the playground
            How she did: every set done, with two short breaks
            """,
            ["M35.7"], [PTA("97110", 16)], []),

        // Penobscot Bangor swimmer: 97140 11 and 97110 14 match; thoracic central PAs by grade and level, pec minor STM and pin-and-stretch; open books, prone Y-T-W, rows, chin tucks with doses; stiff upper thoracic spine, tight pec minor, weak lower traps; rotation degrees: passes.
        ["vord-h78-penobscot-swimmer-manual-and-ther-ex"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Bangor
            Athlete: Iris, 15 — YMCA swim team (fly and back); mid-back and neck pain breathing to the R.
            97140 — 11 min: thoracic central PA mobilizations T4–T7 gr III, 3 x 30 s each level; STM and pin-and-stretch to the R pec minor
            97110 — 14 min: open books 2 x 10 each side; prone Y-T-W with 1-lb weights 2 x 10; band rows 3 x 15; chin tucks with lift-off 3 x 10
            Problem: stiff upper thoracic spine and tight R pec minor with weak lower traps — neck pain by the end of practice
            Numbers: seated thoracic rotation R 38° → 46°, L 45°
            """,
            ["M54.6", "M54.2"], [PT("97140", 11), PT("97110", 14)], []),

        // Crescent Hammond Down syndrome, "No other child shared my time with Josephine; her PCA sat with us"; bubble-popping SLS, wide beam forward and sideways, rail-free foam stairs, tall-kneel rhythmic stabilization; hypotonia and laxity with poor postural stability; seconds and feet; 22 matches: passes.
        ["vord-h78-crescent-ds-pca-in-the-room-97112"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Hammond
            No other child shared my time with Josephine; her PCA sat with us.
            S: Josephine, 6, Down syndrome. Her PCA says she sits down in the middle of the hallway at school and falls on the playground steps.
            97112 — 22 min
              - single-leg stance holding my finger, then free, to pop the bubbles with her toe
              - walking the wide beam forward and sideways; stepping onto and off the foam stairs without a rail
              - rhythmic stabilization in tall-kneel while she played the drum
            A: hypotonia and joint laxity with poor postural stability and delayed balance reactions
            O: SLS R 2 s, L 2 s (0 s in the fall); beam 8 ft without stepping off
            """,
            ["Q90.9"], [PT("97112", 22)], []),

        // Little Acorns Beaumont toe walker: uphill treadmill bouts, squeaky-heel shoes down the hall with heel-toe cues, hurdles landing heels first; toe walking with tight calves and falls; heel strikes k of 20 and distances; 18 matches: passes.
        ["vord-h78-little-acorns-squeaky-heel-shoes-97116"] = new(
            """
            LITTLE ACORNS PEDIATRIC THERAPY · Lexington (Beaumont)
            Notes for Sawyer's mom and grandma
            Gait training (97116) — 18 minutes
            What we did: walking uphill on the treadmill (10% incline, slow) for 4 bouts of 200 ft so his heels had to come down; then down the hall in his squeaky-heel shoes, 6 lengths, with "heel-toe" cues and a sticker for every heel strike; marching over the hurdles, landing heels first
            Why: toe walking — he's on his toes for nearly every step at school and falls running; his calves are tight
            How he did: heel strike on 16 of 20 steps down the hall (4 of 20 in January); no falls
            """,
            ["R26.89"], [PT("97116", 18)], []),

        // First Turns Lehi 23-month-old with trisomy 21: 97110 12 and 97530 16 match; bench sit-to-stands, floor squats, foam step-ups with doses; walking between Mom and the cart, foam stairs; low tone with weak hips and legs, not walking alone; steps and contact guard: passes.
        ["vord-h78-first-turns-not-walking-yet-two-codes"] = new(
            """
            FIRST TURNS INFANT PT · Lehi
            Toddler: Junie, 23 mo. Trisomy 21; cruising, stands alone for a moment. Here with: Mom and two older brothers (not patients).
            [97110] 12m: sit-to-stand from the little bench for stickers on the wall, 3 x 8; squats to the floor for blocks, 2 x 10; step-ups onto the foam step holding my hands, 2 x 8
            [97530] 16m: walking between Mom and the push cart on her own, 6 trips; climbing up the foam stairs and sliding down on her tummy, x 5
            Impairment: low tone with weak hips and legs; not walking on her own yet at almost two
            Meas: 4 independent steps between Mom and the cart (2 last visit); foam stairs with contact guard
            """,
            ["Q90.0"], [PT("97110", 12), PT("97530", 16)], []),

        // Penobscot Orono goalie after a hip arthroscopy, "Wes was the one athlete I treated during his NMR; the rest of the turf was empty"; butterfly drops with push recoveries, slide-board T-pushes with holds, Airex stance with pelvic pushes; R hip neuromuscular control; Y-balance and seconds; 21 matches: passes.
        ["vord-h78-penobscot-goalie-after-hip-scope-97112"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Orono
            Athlete: Wes, 16 — travel-team hockey goalie, R hip arthroscopy (FAI, labral repair), week 16.
            Wes was the one athlete I treated during his NMR; the rest of the turf was empty.
            97112 — 21 min
              › butterfly drops from the ready stance onto the pads, then a push recovery to the R and a hold on the R leg
              › lateral T-pushes on the slide board with a stop and a single-leg hold, eyes on the puck I moved
              › single-leg stance on the R on the Airex with pushes at the pelvis
            Problem: R hip neuromuscular control — the pelvis drops and the knee dives in when he pushes off the R; slow to stabilise on the R
            Numbers: Y-balance posteromedial R 92 cm / L 101 cm; Airex stance on the R 25 s with 2 losses of balance (6 at eval)
            """,
            ["M25.851"], [PT("97112", 21)], []),

        // First Turns American Fork complete 97112 (one-on-one; lap righting tilts, peek-a-boo from the R, wedge weight shifts; weak L lateral flexors; MFS and rotation degrees) sent with no diagnosis.
        ["vord-h78-first-turns-no-diagnosis"] = new(
            """
            FIRST TURNS INFANT PT · American Fork
            Baby: Knox, 6 mo. R CMT. Here with: Mom. Only Knox with me for the whole visit.
            [97112] 19m — lateral righting on my lap with tilts to the R; peek-a-boo from the R side to bring him around; prone on the wedge with weight shifts
            Deficit: weak L lateral neck flexors, late head righting when tipped to the R
            Meas: MFS L 2 / R 3; active rotation R 80°
            """,
            [], [PT("97112", 19)], [Dx]),

        // Crescent Metairie complete 97112 (individual session; kneeling pushes and foam catches; trunk and pelvic control; seconds and k of 10) with the ICD-9 code 343.0 as its diagnosis: not well formed.
        ["vord-h78-crescent-icd9-343-0"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Metairie
            Individual session — only Henri and me in the gym.
            97112 — 20 min: tall-kneel and half-kneel at the bench with pushes at the shoulders and pelvis; standing on the foam catching a ball
            A: spastic diplegia with poor trunk and pelvic control; falls out of kneeling
            O: tall-kneel 30 s (12 s in December); 7 of 10 catches on the foam without stepping
            """,
            ["343.0"], [PT("97112", 20)], [Dx]),

        // Finger Lakes generic two-code note with a shared total ("Balance and strengthening activities, 36 min total. Child tolerated well."): no technique, deficit or measure for either code, no one-on-one, no minutes for each.
        ["vord-h78-fingerlakes-generic-two-codes-total"] = new(
            """
            PEDIATRIC PT DAILY NOTE
            Balance and strengthening activities, 36 min total. Child tolerated well. Mother present. Continue POC.
            """,
            ["Q90.9"], [PT("97112", 22), PT("97110", 14)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // Crescent Houma PTA "Gait training (97116): 28 min" against a 15-min PTA line: mismatch; loftstrand crutch gait with distances, ramp, SBA/CGA, crouch and L toe drag complete.
        ["vord-h78-crescent-pta-gait-28-against-15"] = new(
            """
            CRESCENT CHILDREN'S HOSPITAL — Neuromotor & Spasticity Outpatient Clinic · Houma satellite · PTA TREATMENT NOTE
            Gait training (97116): 28 min
            Loftstrand crutches, 4-point, hallway 3 x 100 ft and the ramp x 3; cues for heel first and a longer L step; SBA, CGA on the ramp
            A: crouch with short L steps; tires and drags the L toes
            """,
            ["G80.1"], [PTA("97116", 15)], [At(Mismatch, "97116")]),

        // Penobscot Brewer complete two-code ankle note (97112 20 and 97110 12 match; Airex head turns and passes, hop-and-stick, star reaches; band, heel raises, single-leg squats with doses; proprioception and evertor weakness; seconds and cm) that never says one-on-one.
        ["vord-h78-penobscot-two-codes-never-says-one-on-one"] = new(
            """
            PENOBSCOT YOUTH SPORTS & SPINE PT · Brewer
            Athlete: Lily, 15 — Brewer HS soccer, L ankle sprain (grade II) three weeks ago.
            97112 — 20 min: single-leg stance on the L on the Airex with head turns and ball passes; lateral hops onto the foam and stick; star excursion reaches
            97110 — 12 min: band eversion 3 x 15; eccentric heel raises 3 x 12; single-leg squats 3 x 8
            Problem: L ankle proprioception and evertor weakness — rolled it again at practice
            Numbers: SLS L eyes closed 8 s (R 21 s); star excursion anterior L 68 cm / R 75 cm
            """,
            ["S93.402D"], [PT("97112", 20), PT("97110", 12)], [At(OneOnOne, "97112")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
