using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-twenty-third held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have). The
/// engine's output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, nineteenth session, blind beside the hundred-and-nineteenth) is a random week of notes
/// in which methods and schools are named by brand, eponym and acronym — PNF patterns and techniques (D1/D2, rhythmic
/// stabilisation, hold-relax, combination of isotonics), NDT/Bobath handling at key points of control, Mulligan SNAGs
/// and MWMs, Maitland grades, McKenzie repeated movements, Schroth, DNS (dynamic neuromuscular stabilisation) in its
/// developmental positions, PRI (Postural Restoration), Feldenkrais Awareness Through Movement and the Alexander
/// Technique, Pilates reformer, Cadillac and Wunda chair and the Gyrotonic pulley tower, Tai Chi for Arthritis forms,
/// LSVT BIG and PWR! Moves, Otago, Cawthorne–Cooksey, Brandt–Daroff, Herdman gaze stability, CIMT, mirror therapy,
/// graded motor imagery, BFR (blood-flow restriction), IASTM and Graston, dry needling (never billed as 97140 to
/// Medicare), cupping and kinesio taping, Halliwick and Ai Chi in a pool and the terms of hippotherapy — beside the
/// deficits those schools name in their own words (scapular dyskinesis, poor lumbopelvic dissociation, rib flare and
/// loss of the zone of apposition, a Left AIC pattern, a derangement with a directional preference, learned non-use,
/// hypokinesia, impaired motor planning, pusher behaviour, associated reactions) and their own measures (joint position
/// error, the craniocervical flexion test on the pressure biofeedback unit, the flexion–rotation test, CKCUEST,
/// scoliometer angle of trunk rotation, the Motion Sensitivity Quotient, the Wolf Motor Function Test, laterality
/// recognition, the Burke Lateropulsion Scale, the Mini-BESTest) — about two thirds ordinary and complete (72 of 110),
/// single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to two in a visit, a PT's and an OT's code on
/// one visit), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>an orthopaedic manual-therapy fellowship clinic ("Saluda Shoals Orthopaedic Manual Therapy", SSOMT: the
/// Gervais Street clinic in Columbia, South Carolina, with satellites in West Columbia and Chapin) whose "SSOMT Daily
/// Note — Fellowship Format" carries "Comparable sign (*):", "Technique / grade / dosage:", "Re-test:" and "1:1 (Y/N):"
/// lines and whose fellows write asterisk signs and re-tests after every technique: Dr. Lucinda Pryor (PT, DPT, OCS,
/// FAAOMPT, fellowship director, who observes fellows for mentored hours), Tomás Acevedo (PT, DPT, fellow-in-training),
/// Walt Brannon (PT, OCS, mentor) and Shanice Goodwin (PTA); a Lake Murray fishing guide, a retired drill sergeant from
/// Fort Jackson, a church pianist, a peach-shed packer, a textile-mill retiree who trailers a pontoon boat, and a
/// church organist;</item>
/// <item>a neurologic clinic whose therapists hold LSVT BIG, PWR! Moves, C/NDT and vestibular certifications ("Bluestem
/// Neurologic Therapy", BNT: Salina, Kansas, with satellites in Abilene and McPherson and a partner barn for
/// hippotherapy) whose "BNT Neuro Daily" template has a "Certified method:" line, a "Delivery: ☐ Individual ☐ Group ☐
/// Concurrent" row and a "Care partner present:" line: Harriet Voss (PT, DPT, NCS, LSVT BIG certified), Cody Ebert
/// (PTA, PWR! Moves certified), Marisol Quintanilla (OTR/L, C/NDT, CIMT-trained) and Jens Lindahl (PT, vestibular
/// certified); a wheat farmer and a retired grain-elevator manager with Parkinson's disease, a docent at the Eisenhower
/// library in Abilene, a church choir director, a Mennonite quilter from McPherson, a retired refinery operator, and
/// wives and husbands the clinic calls care partners;</item>
/// <item>a boutique Pilates-based physical-therapy practice that bills Medicare ("Harbor Light Movement Physical
/// Therapy", HLM: the studio on State Street in Newburyport, Massachusetts, a second studio in Amesbury and the pool at
/// the Hampton, New Hampshire YMCA) whose "Studio Session Card" has "Session: ☐ Private ☐ Duet ☐ Trio", "Apparatus:",
/// "Springs:", "Skilled focus / impairment:" and "Objective:" lines: Genevieve Marchand (PT, DPT, owner, Polestar
/// Pilates and PRI-trained), Owen Tully (PT, Schroth C2 certified and a DNS exercise trainer), Bria Castellucci (PTA,
/// STOTT Pilates) and Noriko Abe (PT, Feldenkrais practitioner, who teaches Ai Chi and Halliwick at the pool); a
/// retired clam digger, a harbour pilot, a sailmaker, a ballroom dancer, a woman with osteoporosis and a kyphosis, a
/// retired Coast Guard chief, a Plum Island birder, and a sister who waits in the window seat.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many method-branded notes: a
/// named method, school or programme is a technique when the note says it was done today (LSVT BIG maximal daily
/// exercises, PWR! Moves, a Mulligan SNAG, a Maitland grade IV PA, Herdman gaze stability, CIMT shaping, PRI left
/// sidelying respiratory adductor pull-back), a school's named impairment is a deficit (scapular dyskinesis, poor
/// lumbopelvic dissociation, loss of the zone of apposition, learned non-use), and a brand, a level or a certification
/// never stands for a measure ("progressed to Otago level C", "PWR! Moves bigger today", "Left AIC persists"):
/// <list type="bullet">
/// <item>class 1 (v1-h123-…): one-on-one in these writers' own words ("1:1 (Y/N): Y — fellow treating; Dr. Pryor
/// observed from the doorway for mentored hours", "one-on-one with Cody; her husband (care partner) practised the cues
/// with us", "☒ Private — one client, one therapist; the front desk kept the studio empty", "just Shanice and Mr.
/// Boatwright, nobody else booked in the 7:40 a.m. slot", "Individual — Marisol and Mr. Dreiling only in the NDT room;
/// the OT student charted"), notes that negate it (PWR! Moves in the Tuesday group of four, a duet with a second client
/// on the Cadillac beside the reformer, a PTA alternating two patients through LSVT BIG) or never state it (a fellow's
/// note with no delivery line), and the codes without a one-on-one check: a 97110 trio reformer session and an OT's
/// 97530 CIMT shaping beside a second patient;</item>
/// <item>class 2 (v2-h123-…): checkbox and blank-field states ("Delivery: ☒ Individual ☐ Group ☐ Concurrent" and the
/// same row with nothing ticked, "Session: ☐ Private ☒ Duet ☐ Trio" on a 97112, "1:1 (Y/N): Y" and "1:1 (Y/N): N",
/// "Comparable sign (*): ______" with "Re-test: ______", the Private box alone ticked on a 97112 (read as one-on-one,
/// as "☒ Individual" is), "Certified method: ____________", "Skilled focus / impairment: [ ]", "Springs: ____" beside
/// typed repetitions, "Distance: ____ ft  Assist: ____");</item>
/// <item>class 3 (v3-h123-…): named methods as techniques (LSVT BIG maximal daily exercises with a functional component
/// task, a Mulligan lateral-glide MWM with grip and Graston at the elbow, Maitland central PA grade IV and a thoracic
/// thrust, Mulligan C1-2 rotation and headache SNAGs, Schroth rotational angular breathing and the muscle cylinder, DNS
/// developmental positions, PRI 90-90 hip lift and left sidelying respiratory left adductor pull-back, graded motor
/// imagery with laterality, explicit imagery and the mirror box, Feldenkrais pelvic clock, the Alexander Technique's
/// monkey and semi-supine, the Otago strength set, Cawthorne–Cooksey, Brandt–Daroff with Herdman X1 and X2,
/// hippotherapy with the horse's walk changed on the therapist's call, Graston with dry needling and kinesio tape not
/// billed, BFR at a percentage of limb occlusion pressure), PWR! Moves named and described with no number, and the
/// Gyrotonic pulley tower with no dose (PNF, NDT/Bobath, CIMT and Tai Chi for Arthritis carry the other
/// classes);</item>
/// <item>class 4 (v4-h123-…): deficits in these schools' own words (scapular dyskinesis with inferior-angle prominence,
/// poor lumbopelvic dissociation, rib flare and loss of the zone of apposition, a McKenzie derangement centralising
/// with extension, impaired motor planning, pusher behaviour, associated reactions in the arm, freezing at doorways,
/// thoracic kyphosis with osteoporosis) and notes that state none ("Skilled focus / impairment: none — wellness
/// Pilates", "Deficits: see eval", a Mulligan MWM with no joint or impairment named and "Comparable sign (*): see
/// referral");</item>
/// <item>class 5 (v5-h123-…): measures in these schools' forms (the craniocervical flexion test in mmHg, the Wolf Motor
/// Function Test and Box and Block, Mini-BESTest and functional reach, Y-balance composite, the Motion Sensitivity
/// Quotient, a 30-second chair stand, reformer springs with repetitions) and notes with none ("Mini-BESTest: improved",
/// "adduction drop test still positive, Left AIC persists", "JPE better, held the CCFT longer", "progressed to Otago
/// level C", a U-Step walk "did well", a reformer footwork series with no springs or repetitions);</item>
/// <item>class 6 (v6-h123-…): minutes in these writers' forms ("97140 — Maitland/Mulligan — 12 min", "Minutes:
/// 97112/24, 97530/15", "CPT 97112 ×2 (24 min)", a clock range on the code's own line, "NEURO RE-ED (97112) — 22 min"
/// headings, a single code's minutes spelled out) and true mismatches (a fellow's 25 on a 12-minute 97140, a PTA's 30
/// on a 20-minute 97112, a studio card's 26 on a 14-minute 97110, an OT's 16 on a 28-minute 97530) and truly missing
/// separate time ("Total timed 40 min" only, a 97110 with springs and repetitions but no minutes beside a 97112 that
/// has them, "manual and exercise today, 30 min total");</item>
/// <item>class 7 (v7-h123-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (prone Y and T raises, serratus punches and rows after a rotator-cuff
/// repair), 97530 (down to a garden bed and up, a laundry basket up the studio steps), 97140 (scapular and glenohumeral
/// mobilisation of a hemiplegic shoulder) and 97116 (laser-cue walker and big steps through doorways), and wholly
/// generic notes ("Neuro re-ed per POC. Balance and coordination exercises.", "Ther ex and neuro re-ed per POC.",
/// "Manual therapy as indicated.", "Functional activities per plan.");</item>
/// <item>ordinary (vord-h123-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), with their harmless leftovers (kinesio tape and dry needling named and not billed, a Thursday Ai Chi class
/// at a YMCA pool and a Halliwick plan for the Hampton pool, springs by colour), and the ordinary weak ones: a complete
/// note with no diagnosis and a claim whose diagnosis reads "DX PENDING".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — a fellowship director observing, care
/// partners, an OT student, sidewalkers and a horse leader, a sister in the window seat (none of them a patient; the
/// second client on the Cadillac, the Tuesday PWR! group and the second LSVT patient are), ages, years since a stroke,
/// D2, C1-2 and T5-6, grades II to IV, spring colours and counts, cuff pressures in mmHg and percentages of limb
/// occlusion pressure, tai chi movements by number, degrees, centimetres, kilograms and pounds, a 7:40 a.m. slot and an
/// 8:00 post-op knee, a certification number, gait speeds, counts of cards, cones and trials — and each is written so
/// that a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code ("97112 —
/// 23 min", "CPT 97110 (14 min)", "Minutes: 97112/24"), in its block's heading, in a minute box or as a clock range on
/// the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the two that give the visit
/// a total; notes failed for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is
/// expected only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on
/// an objective measure with a number and fails it only when the note has no number but its code and its minutes; for
/// the other codes a dose (sets, repetitions, load, hold, distance, assistance level, springs with repetitions) is a
/// measure. One-on-one is judged on the billed minutes: a family member, care partner, student, sidewalker or staff
/// member in the room does not undo a one-on-one statement, another patient treated in the same block does, and a
/// therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the method-branded notes that could honestly be read either way: a bare brand or school
/// named with nothing said of what was done ("McKenzie", "Pilates", "DNS per protocol"), a certification or a course
/// named as if it were the treatment, dry needling or kinesio taping as the whole of a billed 97140, pool work (Ai Chi,
/// Halliwick) or a hippotherapy session named alone on a land code, a Pilates "semi-private" session whose other client
/// is not said to be a patient or not, a radiograph's Cobb angle or a questionnaire (PDQ-39, DHI, Motor Activity Log)
/// as the only number, a positive or negative special test as a 97110's only measure, a spring setting with no
/// repetitions as the only dose, and minutes written with a prime (12′), which PT notes also use for feet.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 101 of 110 cases agree (108 needed), and 6 of the 72 notes the reviewer passes got a finding, on the analyzer of 12a6bcd (the start of the 2026-12-07 nineteenth session, whose engine is the eighteenth session final af24a09, before any change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 110 of 110, no false positive — a session field whose value is Private ("Session: Private — Owen and Mrs. Landry only"), DNS developmental positions, Gyrotonic, visual vertical training, the zone of apposition and deep neck flexor endurance by name.</para>
/// </summary>
public class HeldOutNotesIssue18HundredTwentyThirdTests(ITestOutputHelper output)
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

        // SSOMT fellowship note: "1:1 (Y/N): Y — fellow treating; Dr. Pryor observed from the doorway for mentored hours" (staff, not a patient); laser-pointer cervical proprioceptive retraining, eye-head coordination, rhythmic stabilisation of the neck; impaired cervical proprioception after a rear-end collision; JPE in cm and CCFT in mmHg; "97112 — 22 min" matches: passes.
        ["v1-h123-ssomt-director-observing-mentored-hours"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Gervais St)
            Patient: Darlene Huckabee, 58    Clinician: Tomás Acevedo, PT, DPT (fellow)
            97112 — 22 min
            1:1 (Y/N): Y — fellow treating; Dr. Pryor observed from the doorway for mentored hours.
            Technique / grade / dosage: cervical proprioceptive retraining with the head-mounted laser tracing the figure-of-eight target; eye-head coordination with gaze held on the dot while the trunk turns; rhythmic stabilization of the neck in sitting.
            Comparable sign (*): impaired cervical proprioception after the rear-end collision in August, overshoots returning to neutral and gets dizzy reversing the truck.
            Re-test: JPE from rotation L 6.1 cm to 3.9 cm; CCFT held at 24 mmHg (22 at IE).
            """,
            ["S13.4XXD", "M54.2"], [PT("97112", 22)], []),

        // BNT PWR! Moves with a care partner: "one-on-one with Cody; her husband (care partner) practised the cues with us" — family does not undo it; PWR!Up, PWR!Rock, PWR!Twist, PWR!Step; hypokinesia and slow turning with Parkinson's; 180° turn steps and Mini-BESTest; "97112: 23 minutes" matches: passes.
        ["v1-h123-bnt-pwr-care-partner-practised-cues"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Verna Schroeder    Clinician: Cody Ebert, PTA (PWR! Moves certified)
            97112: 23 minutes
            Delivery: one-on-one with Cody; her husband (care partner) practised the cues with us.
            Certified method: PWR! Moves — PWR!Up, PWR!Rock, PWR!Twist and PWR!Step in standing, then the same moves linked into a turn at the kitchen counter mock-up.
            Problem: hypokinesia and slow, multi-step turning with Parkinson's disease; she freezes turning away from the stove.
            Measures: 180° turn in 6 steps (9 at eval); Mini-BESTest 19/28.
            """,
            ["G20.A1", "R26.89"], [PTA("97112", 23)], []),

        // BNT PWR! Moves run in the Tuesday PWR! group of four on a billed 97112: other patients in the block — one-on-one missing; technique, hypokinesia deficit and Mini-BESTest present.
        ["v1-h123-bnt-pwr-tuesday-group-of-four"] = new(
            """
            Bluestem Neurologic Therapy — Abilene
            BNT Neuro Daily    Pt: Lyle Brunner    Clinician: Cody Ebert, PTA
            97112: 24 minutes
            Delivery: Tuesday PWR! group — Mr. Brunner with three other members, Cody leading from the front.
            Certified method: PWR! Moves circuit: PWR!Up against the wall, PWR!Rock side to side, PWR!Twist with arm reach, PWR!Step over the tape line.
            Problem: hypokinesia, small steps and a stooped posture with Parkinson's disease; loses balance stepping back from the grain truck door.
            Measures: Mini-BESTest 17/28.
            """,
            ["G20.A1"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // HLM "Private session — one client, one therapist; the front desk kept the studio empty": standing reformer balance with carriage perturbations, quadruped rhythmic stabilisation on the carriage; ankle and hip strategy loss; SLS seconds and FGA; "CPT 97112 (24 min)" matches: passes.
        ["v1-h123-hlm-private-session-studio-empty"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Maureen Pike, 77    Therapist: Genevieve Marchand, PT, DPT
            CPT 97112 (24 min)
            Session: ☒ Private ☐ Duet ☐ Trio — one client, one therapist; the front desk kept the studio empty.
            Apparatus: reformer, 1 blue spring; standing on the platform and the carriage with small unexpected carriage perturbations, eyes open then closed; quadruped on the carriage with rhythmic stabilization at the pelvis and shoulders.
            Skilled focus / impairment: delayed ankle and hip strategy, postural sway that grows with eyes closed; she caught herself on the railing at the Plum Island boardwalk.
            Objective: SLS R 7 sec, L 5 sec; FGA 20/30.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // HLM duet: "Mrs. Ferreira on the reformer and Mr. Coyle on the Cadillac beside her, Bria cueing both" on a PTA's 97112: another client treated in the block — one-on-one missing; perturbations and foam stance, proprioceptive deficit, SLS seconds present.
        ["v1-h123-hlm-duet-cadillac-beside-reformer"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Amesbury)
            Client: Ines Ferreira    Therapist: Bria Castellucci, PTA
            CPT 97112 (21 min)
            Session: duet — Mrs. Ferreira on the reformer and Mr. Coyle on the Cadillac beside her, Bria cueing both.
            Apparatus: standing on the reformer carriage with a light spring, catching perturbations at the pelvis; single-leg stance on the foam pad off the carriage.
            Skilled focus / impairment: R ankle proprioception down after the fracture, rolls the ankle on the cobbles downtown.
            Objective: SLS on foam R 6 sec, L 14 sec.
            """,
            ["S82.891D"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // SSOMT fellow's 97112 with no delivery line and nothing else saying who was treated: one-on-one never stated; PNF rhythmic stabilisation and combination of isotonics for scapular dyskinesis, CKCUEST present.
        ["v1-h123-ssomt-fellow-no-delivery-line"] = new(
            """
            SSOMT Daily Note — Fellowship Format (West Columbia)
            Patient: Rudy Faircloth    Clinician: Tomás Acevedo, PT, DPT (fellow)
            97112 — 23 min
            Technique / grade / dosage: PNF rhythmic stabilization of the scapula in side-lying, combination of isotonics into scapular depression and retraction, quadruped weight shifts with a serratus cue.
            Comparable sign (*): R scapular dyskinesis, inferior angle lifts off in lowering; painful arc casting from the boat.
            Re-test: CKCUEST 17 touches (13 at IE).
            """,
            ["M75.41"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // BNT OT NDT session: "Individual — Marisol and Mr. Dreiling only in the NDT room; the OT student charted" — a student is not a patient; NDT facilitation of weight bearing through the L arm and reach; associated reactions and poor proximal stability after a stroke; Fugl-Meyer and reach cm; "97112: 25 minutes" matches: passes.
        ["v1-h123-bnt-ndt-room-ot-student-charting"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            BNT Neuro Daily    Pt: Arlo Dreiling, 4 years post stroke    Clinician: Marisol Quintanilla, OTR/L, C/NDT
            97112: 25 minutes
            Delivery: Individual — Marisol and Mr. Dreiling only in the NDT room; the OT student charted.
            Certified method: NDT handling — key points of control at the L shoulder girdle and thorax, facilitated weight bearing through the L forearm on the mat table, then facilitated forward reach to the quilt rack.
            Problem: poor proximal stability of the L scapula and associated reactions in the L hand when he stands.
            Measures: Fugl-Meyer UE 34/66; forward reach with the L arm 18 cm beyond the knee (11 last week).
            """,
            ["I69.354"], [OT("97112", 25)], []),

        // BNT PTA alternating two patients through LSVT BIG ("Cody ran Mr. Regier and Mrs. Unruh through the LSVT BIG maximal daily exercises together, alternating"): not one-on-one; technique, hypokinesia and gait speed present.
        ["v1-h123-bnt-lsvt-big-two-patients-alternating"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            BNT Neuro Daily    Pt: Homer Regier    Clinician: Cody Ebert, PTA
            97112: 22 minutes
            Delivery: Cody ran Mr. Regier and Mrs. Unruh through the LSVT BIG maximal daily exercises together, alternating between them.
            Certified method: LSVT BIG floor-to-ceiling, side-to-side, forward step, sideways step and backward step with the big arm swing.
            Problem: hypokinesia and bradykinesia with Parkinson's disease, shuffles in the church aisle.
            Measures: gait speed 0.84 m/s (0.71 at eval).
            """,
            ["G20.A1"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // HLM trio reformer session on a 97110 (no one-on-one check for 97110): footwork, bridging and side-lying series with springs and repetitions; hip and core weakness with osteopenia; "CPT 97110 (16 min)" matches: passes.
        ["v1-h123-hlm-trio-reformer-97110-no-check"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Pauline Gagnon    Therapist: Bria Castellucci, PTA
            CPT 97110 (16 min)
            Session: ☐ Private ☐ Duet ☒ Trio
            Apparatus: reformer, 3 red springs for footwork 2 x 10 each position; bridging with the feet on the bar 2 x 8; side-lying abduction with 1 yellow spring 2 x 10 each side.
            Skilled focus / impairment: hip extensor and abductor weakness with osteopenia; she wants to carry her groceries up the stairs to her apartment on Water Street.
            """,
            ["M85.851", "M62.81"], [PTA("97110", 16)], []),

        // BNT OT 97530 CIMT shaping with a second patient at the same table (no one-on-one check for 97530): mitt on the L hand, flipping cards and stacking cones with trial counts; learned non-use of the R arm; "97530: 26 minutes" matches: passes.
        ["v1-h123-bnt-cimt-shaping-second-patient-97530"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Gladys Koehn    Clinician: Marisol Quintanilla, OTR/L
            97530: 26 minutes
            Delivery: shared table with Mr. Janzen, who was doing his own home-program review with the aide.
            Certified method: CIMT — mitt on the L hand; shaping tasks with the R hand: flipping playing cards, stacking cones, turning the quilting frame knob.
            Problem: learned non-use of the R arm after the L MCA stroke; she reaches with the L even for her coffee.
            Measures: cards flipped 14 in the trial (9 at start of week); 8 cones stacked in 3 trials each.
            """,
            ["I69.351"], [OT("97530", 26)], []),

        // SSOMT PTA: "just Shanice and Mr. Boatwright, nobody else booked in the 7:40 a.m. slot" (a time of day, not the code's minutes); PNF D2 flexion patterns with hold-relax and rhythmic stabilisation at the glenohumeral joint; poor dynamic shoulder stability; CKCUEST and Y-balance UQ; "97112 — 21 min" matches: passes.
        ["v1-h123-ssomt-pta-early-slot-nobody-else"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Chapin)
            Patient: Earl Boatwright, retired drill sergeant    Clinician: Shanice Goodwin, PTA
            97112 — 21 min
            1:1 (Y/N): Y — just Shanice and Mr. Boatwright, nobody else booked in the 7:40 a.m. slot.
            Technique / grade / dosage: PNF D2 flexion and extension patterns with hold-relax at end range; rhythmic stabilization at 90° of elevation in supine then standing.
            Comparable sign (*): poor dynamic stability of the R shoulder after the anterior dislocation, apprehension reaching overhead to the gun rack.
            Re-test: CKCUEST 19 touches; Y-balance UQ superolateral reach R 61 cm (L 70 cm).
            """,
            ["S43.004D"], [PTA("97112", 21)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // BNT row ticked "Delivery: ☒ Individual ☐ Group ☐ Concurrent" with "Care partner present: ☒ wife"; LSVT BIG maximal daily exercises and functional component tasks; hypokinesia; 10MWT speed and TUG; "97112: 24 minutes" matches: passes.
        ["v2-h123-bnt-individual-ticked-care-partner-ticked"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Orville Stucky    Clinician: Harriet Voss, PT, DPT, NCS
            97112: 24 minutes
            Delivery: ☒ Individual ☐ Group ☐ Concurrent
            Care partner present: ☒ wife (Edna) ☐ none
            Certified method: LSVT BIG — maximal daily exercises in sitting and standing, then functional component tasks: sit-to-stand from the pickup seat height, reaching up to the combine cab rail, big steps turning in the yard.
            Problem: hypokinesia and bradykinesia with Parkinson's disease; steps shrink when he turns.
            Measures: 10MWT comfortable 0.92 m/s; TUG 11.8 sec.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // BNT row left "Delivery: ☐ Individual ☐ Group ☐ Concurrent" with nothing ticked and no word elsewhere: one-on-one not stated; NDT facilitation of weight shift, associated reactions, 10MWT present.
        ["v2-h123-bnt-delivery-row-nothing-ticked"] = new(
            """
            Bluestem Neurologic Therapy — Abilene
            BNT Neuro Daily    Pt: Wilma Ochs    Clinician: Harriet Voss, PT, DPT, NCS
            97112: 23 minutes
            Delivery: ☐ Individual ☐ Group ☐ Concurrent
            Certified method: NDT facilitation at the pelvis for weight shift onto the R in standing and stepping; facilitated R swing through with a hand at the R knee.
            Problem: R hemiparesis with poor R weight acceptance and associated reactions in the R arm when she walks.
            Measures: 10MWT 0.48 m/s (0.39 at IE).
            """,
            ["I69.351"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // HLM card "Session: ☐ Private ☒ Duet ☐ Trio" ticked on a 97112: two clients in the session — one-on-one missing; Tai Chi for Arthritis movements with weight shifting, postural sway, functional reach present.
        ["v2-h123-hlm-duet-ticked-on-97112"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Beatrice Lunt    Therapist: Noriko Abe, PT
            CPT 97112 (22 min)
            Session: ☐ Private ☒ Duet ☐ Trio
            Apparatus: none — Tai Chi for Arthritis: commencement, open and close hands, single whip, wave hands in clouds, with slow weight shifts and a narrowing stance.
            Skilled focus / impairment: postural sway and a slow weight shift to the L; she stumbles stepping off the curb at Market Square.
            Objective: functional reach 23 cm (17 at IE).
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SSOMT fellowship lines "Comparable sign (*): ______" (filled below) and "Re-test: ______" left blank, nothing else with a number but the code and minutes: measure missing; 1:1 "Y", PNF rhythmic stabilisation and combination of isotonics, scapular dyskinesis present.
        ["v2-h123-ssomt-retest-line-blank"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Gervais St)
            Patient: Carl Bozard    Clinician: Walt Brannon, PT, OCS
            97112 — 22 min
            1:1 (Y/N): Y
            Technique / grade / dosage: PNF rhythmic stabilization of the scapula in side-lying and quadruped, combination of isotonics into upward rotation.
            Comparable sign (*): ______
            L scapular dyskinesis with the medial border winging on lowering the arm from overhead.
            Re-test: ______
            """,
            ["M75.42"], [PT("97112", 22)], [At(Measure, "97112")]),

        // BNT "Certified method: ____________ (cert #: ______)" left blank and no technique written anywhere: technique missing; individual ticked, hypokinesia deficit, Mini-BESTest and TUG present, no generic phrase.
        ["v2-h123-bnt-certified-method-blank"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            BNT Neuro Daily    Pt: Irvin Goering    Clinician: Harriet Voss, PT, DPT, NCS
            97112: 22 minutes
            Delivery: ☒ Individual ☐ Group ☐ Concurrent
            Certified method: ____________ (cert #: ______)
            Problem: hypokinesia with Parkinson's disease, festinates on the gravel drive at the refinery gate.
            Measures: Mini-BESTest 18/28; TUG 13.1 sec.
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Tech, "97112")]),

        // HLM card "Skilled focus / impairment: [ ]" left empty with the reformer repertoire by its Pilates names only (Elephant, Mermaid, Long Stretch, Snake and Twist) and springs with repetitions: no region, impairment or goal stated — deficit missing on 97110.
        ["v2-h123-hlm-skilled-focus-box-empty"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Amesbury)
            Client: Rosalind Tibbetts    Therapist: Bria Castellucci, PTA
            CPT 97110 (15 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: reformer — Elephant 1 red spring 2 x 8; Mermaid 1 blue spring 6 each way; Long Stretch 1 red spring 2 x 6; Snake and Twist 1 red spring 4 each way.
            Skilled focus / impairment: [ ]
            """,
            ["M62.81"], [PTA("97110", 15)], [At(Deficit, "97110")]),

        // SSOMT "1:1 (Y/N): Y" with an unfilled "Referring: ________" line; deep neck flexor motor control on the pressure biofeedback unit and eye-follow drills; poor deep neck flexor recruitment; CCFT stages in mmHg; "97112 — 21 min" matches: passes.
        ["v2-h123-ssomt-yn-y-referring-blank"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Chapin)
            Patient: Norma Jeffcoat, church pianist    Clinician: Tomás Acevedo, PT, DPT (fellow)
            Referring: ________
            97112 — 21 min
            1:1 (Y/N): Y
            Technique / grade / dosage: craniocervical flexion motor-control training on the pressure biofeedback unit, 10 holds of 10 sec at each stage; eye-follow with the chin tucked; seated posture re-education at the piano bench with a mirror.
            Comparable sign (*): poor deep neck flexor recruitment with the SCM taking over; headache by the end of a long rehearsal at the piano.
            Re-test: CCFT reached 26 mmHg with 10 sec holds (22 mmHg at IE).
            """,
            ["M54.2", "G44.229"], [PT("97112", 21)], []),

        // SSOMT "1:1 (Y/N): N — overlapping with my 8:00 post-op knee": the fellow says it was not one-on-one: one-on-one missing; Mulligan SNAG-assisted active rotation for motor control, JPE in cm and cervical proprioception deficit present.
        ["v2-h123-ssomt-yn-n-overlapping-patient"] = new(
            """
            SSOMT Daily Note — Fellowship Format (West Columbia)
            Patient: Ansel Mims    Clinician: Tomás Acevedo, PT, DPT (fellow)
            97112 — 20 min
            1:1 (Y/N): N — overlapping with my 8:00 post-op knee, back and forth between the two tables.
            Technique / grade / dosage: cervical proprioceptive retraining with the laser target, head relocation practice eyes closed, eye-head coordination drills.
            Comparable sign (*): impaired cervical proprioception after the whiplash, loses the target turning L.
            Re-test: JPE from L rotation 5.4 cm (7.2 cm at IE).
            """,
            ["S13.4XXD"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // HLM 97110 with "Springs: ____" left blank beside typed sets and repetitions on the Wunda chair; quad and hip weakness after a knee replacement; "CPT 97110 (14 min)" matches: passes.
        ["v2-h123-hlm-springs-blank-reps-typed"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Frank Desrosiers, retired Coast Guard chief    Therapist: Genevieve Marchand, PT, DPT
            CPT 97110 (14 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: Wunda chair — footwork on the pedal 3 x 10, standing single-leg pumping 2 x 8 each side, step-up onto the chair seat 2 x 6 R.
            Springs: ____
            Skilled focus / impairment: R quad and hip extensor weakness after the R TKA; wants to climb the ladder into his boat.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 14)], []),

        // BNT PTA 97116 with "Distance: ____ ft  Assist: ____" left blank and no other number but the code and minutes: measure missing; laser-cue walker gait with big steps at doorways and freezing of gait present.
        ["v2-h123-bnt-distance-assist-blank-97116"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Delmer Hett    Clinician: Cody Ebert, PTA
            97116: 21 minutes
            Certified method: gait training with the laser-cue walker, stepping to the line through the doorways, big-step turns at the end of the hall.
            Problem: freezing of gait at doorways and turns with Parkinson's disease.
            Distance: ____ ft  Assist: ____
            """,
            ["G20.A1", "R26.89"], [PTA("97116", 21)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 3: named methods, schools and programmes as techniques

        // BNT LSVT BIG maximal daily exercises (floor-to-ceiling, side-to-side, forward and backward rock) and a functional component task, "one-on-one, Harriet and Mr. Wedel"; hypokinesia and reduced arm swing; 10MWT speed and step count; "97112: 25 minutes" matches: passes.
        ["v3-h123-bnt-lsvt-big-maximal-daily-exercises"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Reuben Wedel, wheat farmer    Clinician: Harriet Voss, PT, DPT, NCS (LSVT BIG cert. #20417)
            97112: 25 minutes
            Delivery: one-on-one, Harriet and Mr. Wedel.
            Certified method: LSVT BIG maximal daily exercises — floor-to-ceiling, side-to-side, forward rock and backward rock, each with the BIG effort at 80% of his best; functional component task: climbing into the tractor seat with a big step and a big reach to the grab handle.
            Problem: hypokinesia with reduced arm swing and a shortened stride with Parkinson's disease.
            Measures: 10MWT 1.02 m/s; 14 steps over the 10 m (19 at eval).
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // SSOMT Mulligan lateral-glide MWM at the elbow with a grip, 3 x 10, and Graston to the common extensor origin; lateral epicondylalgia; pain-free grip in kg; "97140 — 13 min" matches: passes.
        ["v3-h123-ssomt-mulligan-mwm-lateral-elbow"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Gervais St)
            Patient: Tucker Rawl, Lake Murray fishing guide    Clinician: Tomás Acevedo, PT, DPT (fellow)
            97140 — 13 min
            Technique / grade / dosage: Mulligan MWM — lateral glide of the R elbow with the belt while he makes a fist, 3 x 10; Graston sweeping and fanning to the common extensor origin.
            Comparable sign (*): R lateral epicondylalgia, pain gripping the rod and the trolling-motor tiller.
            Re-test: pain-free grip R 14 kg before, 22 kg after the MWM (L 41 kg).
            """,
            ["M77.11"], [PT("97140", 13)], []),

        // SSOMT Maitland central PA grade IV to T5-6 and T6-7, 3 bouts of 30 seconds, and a supine thoracic thrust; thoracic extension hypomobility; rotation degrees; "97140 — 11 min" matches: passes.
        ["v3-h123-ssomt-maitland-grade-iv-thoracic"] = new(
            """
            SSOMT Daily Note — Fellowship Format (West Columbia)
            Patient: Leonard Sease, textile-mill retiree    Clinician: Walt Brannon, PT, OCS
            97140 — 11 min
            Technique / grade / dosage: Maitland central PA grade IV at T5-6 and T6-7, 3 bouts of 30 seconds each level; supine thoracic thrust manipulation at T6, one cavitation.
            Comparable sign (*): thoracic extension and rotation hypomobility, can't turn to look behind the pontoon trailer.
            Re-test: seated thoracic rotation R 38° to 47°, L 35° to 44°.
            """,
            ["M54.6"], [PT("97140", 11)], []),

        // SSOMT Mulligan C1-2 SNAGs with self-SNAG teaching; upper cervical hypomobility with cervicogenic headache; flexion–rotation test degrees; "97140 — 10 min" matches: passes.
        ["v3-h123-ssomt-mulligan-c1-2-snag"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Chapin)
            Patient: Olene Kinard    Clinician: Tomás Acevedo, PT, DPT (fellow)
            97140 — 10 min
            Technique / grade / dosage: Mulligan C1-2 rotation SNAG to the R, sustained at end range, 2 x 6; headache SNAG at C2; taught the self-SNAG with the towel.
            Comparable sign (*): C1-2 hypomobility to the R with cervicogenic headache behind the R eye.
            Re-test: flexion–rotation test R 22° before, 34° after (L 40°).
            """,
            ["G44.86", "M53.82"], [PT("97140", 10)], []),

        // HLM Schroth by Owen (C2): rotational angular breathing in side-lying over the roll, muscle cylinder in standing at the wall bars, the 4-curve pattern corrections; adult degenerative lumbar curve with thoracic rotation; breaths and holds; scoliometer ATR degrees; "CPT 97110 (18 min)" matches: passes.
        ["v3-h123-hlm-schroth-rotational-angular-breathing"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Margery Pelletier, 71    Therapist: Owen Tully, PT (Schroth C2)
            CPT 97110 (18 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: wall bars and the Schroth rice bag — rotational angular breathing in side-lying over the bag, 3 x 6 breaths; muscle cylinder standing at the wall bars, 3 holds of 10 breaths; corrections for her 4-curve pattern in sitting and standing.
            Skilled focus / impairment: adult degenerative L lumbar curve with R thoracic rotation, trunk shifts R and back aches after standing to bake.
            Objective: scoliometer ATR at the thoracolumbar junction 9° (12° at IE).
            """,
            ["M41.86"], [PT("97110", 18)], []),

        // HLM DNS by Owen: supine at the three-month position, side-lying to oblique sit, tripod and bear, with intra-abdominal pressure cues; loss of the zone of apposition with rib flare and poor stabiliser timing; Y-balance reach cm; "Private — Owen and Mr. Dube only": 97112 — 23 min matches: passes.
        ["v3-h123-hlm-dns-developmental-positions"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Amesbury)
            Client: Roland Dube, harbour pilot    Therapist: Owen Tully, PT (DNS exercise trainer)
            CPT 97112 (23 min)
            Session: Private — Owen and Mr. Dube only.
            Apparatus: mat — DNS developmental positions: supine at the three-month position with the IAP cue, rolling to side-lying, oblique sit, tripod reaching, bear with a slow weight shift, each progressed when he kept the ribs down.
            Skilled focus / impairment: loss of the zone of apposition with rib flare, poor timing of the deep stabilisers; he pitches forward stepping from the pilot boat to the ladder.
            Objective: Y-balance anterior reach R 58 cm, L 55 cm (49 and 47 at IE).
            """,
            ["M54.50", "R26.89"], [PT("97112", 23)], []),

        // HLM PRI by Genevieve: 90-90 hip lift with balloon and left sidelying respiratory left adductor pull-back, repetitions of breaths; Left AIC pattern with right hip extension limit; adduction drop test and hip IR degrees; "CPT 97110 (15 min)" matches: passes.
        ["v3-h123-hlm-pri-left-aic-adductor-pull-back"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Celeste Roux, ballroom dancer    Therapist: Genevieve Marchand, PT, DPT (PRI-trained)
            CPT 97110 (15 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: mat and wall — PRI 90-90 hip lift with balloon, 4 breaths x 4 sets; left sidelying respiratory left adductor pull-back, 4 breaths x 4 sets; standing supported reach at the wall, 3 x 5 breaths.
            Skilled focus / impairment: Left AIC pattern with limited R hip extension and L hip adduction; her R side hikes in the rumba walk.
            Objective: adduction drop test L positive to negative; L hip IR 22° to 34°.
            """,
            ["M25.652", "M54.50"], [PT("97110", 15)], []),

        // BNT OT graded motor imagery for CRPS of the R hand: laterality recognition on the app, explicit motor imagery, mirror therapy box; CRPS with altered body schema; laterality accuracy and response time; "Individual ☒"; 97112 23 minutes matches: passes.
        ["v3-h123-bnt-graded-motor-imagery-crps"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Janelle Vogts    Clinician: Marisol Quintanilla, OTR/L
            97112: 23 minutes
            Delivery: ☒ Individual ☐ Group ☐ Concurrent
            Certified method: graded motor imagery — left/right hand judgements on the laterality app, explicit motor imagery of a slow fist and release, then mirror therapy with the R hand in the box and the L hand moving in the mirror.
            Problem: CRPS type I of the R hand after the wrist fracture, with altered body schema of the R hand; she guards it from the quilting needle.
            Measures: laterality accuracy R hand 81% (68% at IE), mean response 2.1 sec (2.9 sec).
            """,
            ["G90.511"], [OT("97112", 23)], []),

        // HLM Feldenkrais Awareness Through Movement by Noriko: the pelvic clock in hook-lying and a sitting lesson of pelvic rolling; poor lumbopelvic dissociation; 5xSTS seconds; "Private — Noriko and Mrs. Hersey only, her sister in the window seat"; 97112 — 22 min matches: passes.
        ["v3-h123-hlm-feldenkrais-pelvic-clock"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Priscilla Hersey, sailmaker    Therapist: Noriko Abe, PT (Feldenkrais practitioner)
            CPT 97112 (22 min)
            Session: Private — Noriko and Mrs. Hersey only; her sister waited in the window seat.
            Apparatus: mat then stool — Feldenkrais Awareness Through Movement: the pelvic clock in hook-lying, twelve to six and three to nine, then a sitting lesson of pelvic rolling into reach, then sit-to-stand organized from the pelvis.
            Skilled focus / impairment: poor lumbopelvic dissociation, moves the pelvis and trunk as one block; can't kneel to pin a sail on the loft floor and get back up smoothly.
            Objective: 5xSTS 12.8 sec (15.6 at IE).
            """,
            ["M54.50", "M62.81"], [PT("97112", 22)], []),

        // HLM Alexander Technique by Noriko: semi-supine, monkey position, sit-to-stand with the primary-control cue; forward head and excess cervical extension in standing; tragus-to-wall cm; "one-on-one"; 97112 — 21 min matches: passes.
        ["v3-h123-hlm-alexander-monkey-and-semi-supine"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Amesbury)
            Client: Clifford Emery, 79    Therapist: Noriko Abe, PT
            CPT 97112 (21 min)
            Session: one-on-one, Noriko with Mr. Emery.
            Apparatus: Alexander Technique — semi-supine on the books, the monkey position with the hands-on primary-control cue, then sit-to-stand and walking with the same direction of head forward and up.
            Skilled focus / impairment: forward head posture with excess upper cervical extension and a flexed trunk in standing; loses his balance backward when he looks up at the gulls.
            Objective: tragus-to-wall 14 cm (17 cm at IE); TUG 10.4 sec.
            """,
            ["M40.209", "R26.81"], [PT("97112", 21)], []),

        // BNT Otago by Harriet on a 97110: knee extensors with a 2 kg cuff, hip abductors, calf raises, knee bends, with sets; fall risk with hip and knee weakness; 30s chair stand count; "97110: 17 minutes" matches: passes.
        ["v3-h123-bnt-otago-strength-97110"] = new(
            """
            Bluestem Neurologic Therapy — Abilene
            BNT Neuro Daily    Pt: Myrtle Engle, 86, docent at the Eisenhower library    Clinician: Harriet Voss, PT, DPT, NCS
            97110: 17 minutes
            Certified method: Otago strength set — seated knee extension with a 2 kg ankle cuff 2 x 10, standing hip abduction 2 x 10, calf raises holding the counter 2 x 10, knee bends 2 x 10.
            Problem: hip abductor and quad weakness with two falls this fall; she has to stand for the library tours.
            Measures: 30s chair stand 9 (7 at eval).
            """,
            ["M62.81", "Z91.81"], [PT("97110", 17)], []),

        // BNT Cawthorne–Cooksey by Jens: eye, head and sitting bending movements progressed to standing ball throws and walking; vestibular hypofunction; DGI; "one-on-one, Jens and the choir director"; 97112: 22 minutes matches: passes.
        ["v3-h123-bnt-cawthorne-cooksey"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Edwin Penner, choir director    Clinician: Jens Lindahl, PT (vestibular)
            97112: 22 minutes
            Delivery: one-on-one, Jens and Mr. Penner.
            Certified method: Cawthorne–Cooksey exercises — eye movements up-down and side to side, head movements fast and slow, bending forward to pick up the hymnal from the floor, throwing a ball from hand to hand above eye level, walking across the room with eyes open then closed.
            Problem: uncompensated L vestibular hypofunction after neuritis; unsteady turning to face the choir.
            Measures: DGI 18/24 (13 at IE).
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // BNT Brandt–Daroff with Herdman gaze stability (X1 and X2): residual motion sensitivity; MSQ and DVA; "Individual ☒"; 97112: 21 minutes matches: passes.
        ["v3-h123-bnt-brandt-daroff-herdman-x1-x2"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            BNT Neuro Daily    Pt: Lorene Friesen, quilter    Clinician: Jens Lindahl, PT (vestibular)
            97112: 21 minutes
            Delivery: ☒ Individual ☐ Group ☐ Concurrent
            Certified method: Brandt–Daroff habituation, 5 each side; Herdman gaze stability X1 then X2 viewing with the letter card, seated then standing on foam.
            Problem: residual motion sensitivity and oscillopsia with head turns; she loses the needle when she looks up from the frame.
            Measures: Motion Sensitivity Quotient 14 (31 at IE); dynamic visual acuity 2 lines lost (4 at IE).
            """,
            ["H81.12"], [PT("97112", 21)], []),

        // BNT hippotherapy at the partner barn by Marisol: the horse's walk changed by the therapist (tempo, serpentines, halt-walk transitions), two sidewalkers and a horse leader (staff), "one rider, Marisol directing"; truncal ataxia; Trunk Impairment Scale; 97112: 24 minutes matches: passes.
        ["v3-h123-bnt-hippotherapy-horse-walk-changed"] = new(
            """
            Bluestem Neurologic Therapy — partner barn outside Salina
            BNT Neuro Daily    Pt: Caleb Siebert, 67    Clinician: Marisol Quintanilla, OTR/L
            97112: 24 minutes
            Delivery: one-on-one — one rider, Marisol directing; the two sidewalkers and the horse leader are barn staff.
            Certified method: hippotherapy — the horse's walk changed on Marisol's call: tempo up and down each long side, serpentines through the cones, halt-walk transitions, so the trunk has to answer the pelvis; forward sitting then sideways sitting.
            Problem: truncal ataxia after the cerebellar stroke, he falls to the L in sitting when he reaches.
            Measures: Trunk Impairment Scale 14/23 on the mounting block bench after (11 at IE).
            """,
            ["I69.393"], [OT("97112", 24)], []),

        // BNT PWR! Moves named and described (PWR!Up, PWR!Rock, PWR!Twist, PWR!Step), one-on-one and hypokinesia stated, but no number anywhere but the code and its minutes ("bigger today, wife agrees"): measure missing — the programme's name is not a measure.
        ["v3-h123-bnt-pwr-moves-no-number"] = new(
            """
            Bluestem Neurologic Therapy — Abilene
            BNT Neuro Daily    Pt: Harlan Dietz    Clinician: Cody Ebert, PTA (PWR! Moves certified)
            97112: 22 minutes
            Delivery: one-on-one with Cody the whole block.
            Certified method: PWR! Moves — PWR!Up, PWR!Rock, PWR!Twist and PWR!Step, in sitting then standing, then linked into getting up from the recliner and turning to the door.
            Problem: hypokinesia and a stooped, narrow-based posture with Parkinson's disease.
            Measures: moves were bigger today; his wife agrees.
            """,
            ["G20.A1"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // HLM Gyrotonic pulley tower (arch and curl, spiralling, hip circles) with a thoracic stiffness named, but no sets, repetitions, load or number: measure missing on 97110.
        ["v3-h123-hlm-gyrotonic-no-dose"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Amesbury)
            Client: Wendell Pike    Therapist: Genevieve Marchand, PT, DPT
            CPT 97110 (16 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: Gyrotonic pulley tower — arch and curl, spiralling with the handles, hip circles on the bench.
            Skilled focus / impairment: thoracic stiffness into extension and rotation, can't turn to see the mooring lines behind him.
            """,
            ["M54.6"], [PT("97110", 16)], [At(Measure, "97110")]),

        // SSOMT Graston to the plantar fascia with dry needling to the gastrocnemius "not billed — non-covered service, ABN on file" and kinesio tape applied after, not billed; the billed 97140 is the Graston and talocrural glides grade III; plantar heel pain with calf tightness; DF degrees; "97140 — 12 min" matches: passes.
        ["v3-h123-ssomt-graston-dry-needling-not-billed"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Gervais St)
            Patient: Dot Hucks, peach-shed packer    Clinician: Walt Brannon, PT, OCS
            97140 — 12 min
            Technique / grade / dosage: Graston to the L plantar fascia and medial gastroc, sweeping and fanning; talocrural posterior glides grade III, 3 x 30 sec.
            Also today, not billed: dry needling to the L medial gastroc (non-covered service, ABN on file); kinesio tape to the arch after.
            Comparable sign (*): L plantar heel pain with the first steps off the packing-line mat, calf tightness.
            Re-test: DF knee straight 4° to 10°.
            """,
            ["M72.2"], [PT("97140", 12)], []),

        // HLM BFR by Owen on a 97110: leg press and knee extension with the cuff at 80% limb occlusion pressure, 30/15/15/15; quad atrophy after a knee arthroscopy; "CPT 97110 (17 min)" matches: passes.
        ["v3-h123-hlm-bfr-leg-press-lop"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Dennis Kilgore    Therapist: Owen Tully, PT
            CPT 97110 (17 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: BFR cuff on the R thigh at 80% limb occlusion pressure (LOP 190 mmHg) — reformer leg press 3 red springs 30/15/15/15 with 30 sec rests; long-arc quads with a 5 lb cuff 30/15/15/15.
            Skilled focus / impairment: R quad atrophy and weakness after the R knee arthroscopy; can't squat down to clam on the flats.
            """,
            ["S83.241D", "M62.81"], [PT("97110", 17)], []),

        // ---------------------------------------------------------------- class 4: deficits in these schools' words, and notes that state none

        // SSOMT PTA 97110 for "scapular dyskinesis type II — inferior angle prominence": serratus wall slides, prone Y raises, low rows with doses; "97110 — 16 min" matches: passes.
        ["v4-h123-ssomt-scapular-dyskinesis-type-ii"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Chapin)
            Patient: Gene Shealy    Clinician: Shanice Goodwin, PTA
            97110 — 16 min
            Technique / grade / dosage: serratus wall slides with the foam roller 3 x 10; prone Y raises 1 lb 3 x 8; low rows with the green band 3 x 12; push-up plus on the counter 2 x 10.
            Comparable sign (*): R scapular dyskinesis type II — inferior angle prominence on lowering from overhead; shoulder aches after a day of pressure-washing pontoons.
            """,
            ["M75.41"], [PTA("97110", 16)], []),

        // HLM "poor lumbopelvic dissociation" on a 97110: reformer bridging with articulation, knee stirrups, supine leg circles in straps, with springs and repetitions; "CPT 97110 (15 min)" matches: passes.
        ["v4-h123-hlm-poor-lumbopelvic-dissociation"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Harriet Noyes, Plum Island birder    Therapist: Bria Castellucci, PTA
            CPT 97110 (15 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: reformer — articulating bridge 2 red springs 2 x 8; frog and leg circles in the straps 1 red 1 blue 2 x 8 each; knee stirrups 1 red 2 x 6.
            Skilled focus / impairment: poor lumbopelvic dissociation — the lumbar spine flexes with every hip movement; low back aches when she crouches on the dunes to set up the scope.
            """,
            ["M54.50"], [PTA("97110", 15)], []),

        // HLM "rib flare with loss of the zone of apposition" on a 97110: supine and wall reaches with exhalation, dead bug with a ball, with breaths and repetitions; "CPT 97110 (14 min)" matches: passes.
        ["v4-h123-hlm-rib-flare-loss-of-zoa"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Russell Tarr    Therapist: Genevieve Marchand, PT, DPT
            CPT 97110 (14 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: mat and wall — supine wall reach with full exhalation 4 x 4 breaths; dead bug holding the small ball 3 x 8; standing wall reach with a balloon 3 x 4 breaths.
            Skilled focus / impairment: rib flare with loss of the zone of apposition, extension-biased back; low back pain hauling the mainsail.
            """,
            ["M54.50"], [PT("97110", 14)], []),

        // SSOMT McKenzie "derangement with a directional preference for extension, centralising": repeated extension in lying and standing with doses; centralisation and flexion in cm; "97110 — 12 min" matches: passes.
        ["v4-h123-ssomt-mckenzie-derangement-centralising"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Gervais St)
            Patient: Bobby Lee Amick    Clinician: Tomás Acevedo, PT, DPT (fellow)
            97110 — 12 min
            Technique / grade / dosage: McKenzie repeated extension in lying, 10 x 3 sets with sag; repeated extension in standing 10 x 2 between sets; taught for home, a set at each break on the job.
            Comparable sign (*): lumbar derangement with a directional preference for extension — L buttock and thigh pain centralizing to the low back.
            Re-test: fingertips to floor 28 cm (38 cm); pain no longer below the gluteal fold.
            """,
            ["M51.26", "M54.16"], [PT("97110", 12)], []),

        // BNT OT 97530 "impaired motor planning (ideomotor apraxia)": sequencing a sandwich with picture cards, buttoning a cardigan, using a comb with steps faded; step counts and cues; "97530: 24 minutes" matches: passes.
        ["v4-h123-bnt-impaired-motor-planning-97530"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Ardith Yoder    Clinician: Marisol Quintanilla, OTR/L
            97530: 24 minutes
            Certified method: task sequencing with picture cards faded across trials — making a sandwich, buttoning her cardigan, combing her hair.
            Problem: impaired motor planning (ideomotor apraxia) after the L parietal stroke; she holds the comb upside down and stalls mid-task.
            Measures: sandwich 7 of 8 steps without a cue (4 of 8 last week); cardigan buttoned with 2 verbal cues.
            """,
            ["I69.398", "R48.2"], [OT("97530", 24)], []),

        // BNT 97112 "pusher behaviour": visual vertical with the door frame, weight shift toward the stronger side to reach, sit-to-stand with the wall on the strong side; Burke Lateropulsion Scale; "Individual ☒"; 97112: 25 minutes matches: passes.
        ["v4-h123-bnt-pusher-behaviour"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Emil Rempel    Clinician: Harriet Voss, PT, DPT, NCS
            97112: 25 minutes
            Delivery: ☒ Individual ☐ Group ☐ Concurrent
            Certified method: visual vertical training with the door frame and the tape line; reaching toward the R (stronger) side past midline in sitting; sit-to-stand and stepping with the wall on his R.
            Problem: pusher behaviour after the R MCA stroke — pushes with the R arm and leg toward the hemiparetic L side and resists correction.
            Measures: Burke Lateropulsion Scale 9 (14 at IE).
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // BNT PTA 97116 "associated reactions in the R arm and R knee hyperextension in stance" with NDT-style facilitation at the pelvis; distance and assist; "97116: 20 minutes" matches: passes.
        ["v4-h123-bnt-associated-reactions-gait"] = new(
            """
            Bluestem Neurologic Therapy — Abilene
            BNT Neuro Daily    Pt: Loren Stauffer    Clinician: Cody Ebert, PTA
            97116: 20 minutes
            Certified method: gait training with the hemi walker, facilitation at the pelvis for R weight acceptance, cues to keep the R knee soft in midstance.
            Problem: associated reactions in the R arm (elbow pulls up) and R knee hyperextension in stance after the L CVA.
            Measures: 180 ft hemi walker CGA, 2 standing rests.
            """,
            ["I69.351"], [PTA("97116", 20)], []),

        // HLM wellness note: "Skilled focus / impairment: none — wellness Pilates, maintenance session." with the reformer repertoire by its Pilates names and springs with repetitions: no region, impairment or goal of treatment — deficit missing on 97110.
        ["v4-h123-hlm-impairment-none-wellness"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Gordon Ames    Therapist: Genevieve Marchand, PT, DPT
            CPT 97110 (15 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: reformer — the Hundred 1 red spring; Elephant 1 red 2 x 8; Long Stretch 1 red 2 x 6; Snake and Twist 1 red 4 each way.
            Skilled focus / impairment: none — wellness Pilates, maintenance session.
            """,
            ["M62.81"], [PT("97110", 15)], [At(Deficit, "97110")]),

        // BNT 97112 "Deficits: see eval" and nothing else naming a deficit: deficit missing; Individual ticked, LSVT BIG maximal daily exercises, 10MWT and TUG present.
        ["v4-h123-bnt-deficits-see-eval"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            BNT Neuro Daily    Pt: Alvin Kaufman    Clinician: Harriet Voss, PT, DPT, NCS
            97112: 23 minutes
            Delivery: ☒ Individual ☐ Group ☐ Concurrent
            Certified method: LSVT BIG maximal daily exercises — floor-to-ceiling, side-to-side, forward step, sideways step, backward step.
            Deficits: see eval.
            Measures: 10MWT 1.05 m/s; TUG 10.9 sec.
            """,
            ["G20.A1"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // SSOMT 97140 Mulligan MWM "with the belt, 3 x 10" and range in degrees, "Comparable sign (*): see referral" — no joint, region or impairment named: deficit missing on 97140.
        ["v4-h123-ssomt-mwm-no-joint-named"] = new(
            """
            SSOMT Daily Note — Fellowship Format (West Columbia)
            Patient: Wade Cromer    Clinician: Tomás Acevedo, PT, DPT (fellow)
            97140 — 11 min
            Technique / grade / dosage: Mulligan MWM with the belt, 3 x 10, then 2 x 10 with overpressure.
            Comparable sign (*): see referral.
            Re-test: range 40° before, 55° after.
            """,
            ["M25.611"], [PT("97140", 11)], [At(Deficit, "97140")]),

        // HLM 97110 "thoracic kyphosis with osteoporosis, wants to reach the top shelf": Swan on the ladder barrel, prone extension on the long box, wall angels, with springs and repetitions; "CPT 97110 (16 min)" matches: passes.
        ["v4-h123-hlm-kyphosis-with-osteoporosis"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Amesbury)
            Client: Eleanor Crowell, 82    Therapist: Bria Castellucci, PTA
            CPT 97110 (16 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: ladder barrel swan prep 2 x 6; prone extension on the long box pulling the straps, 1 red spring 2 x 8; wall angels 2 x 10 (no flexion loading, osteoporosis precautions).
            Skilled focus / impairment: thoracic kyphosis with osteoporosis and weak spinal extensors; wants to reach the top cupboard shelf without a stool.
            """,
            ["M81.0", "M40.204"], [PTA("97110", 16)], []),

        // BNT 97116 "freezing of gait at doorways": visual cues on the floor, a metronome at 100 beats, big-step turns; distance, assist and freezes counted; "97116: 22 minutes" matches: passes.
        ["v4-h123-bnt-freezing-at-doorways-97116"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Wilbur Thiessen, retired grain-elevator manager    Clinician: Harriet Voss, PT, DPT, NCS
            97116: 22 minutes
            Certified method: gait training with tape lines across the doorways and a metronome at 100 beats, LSVT BIG-style big steps into the turns.
            Problem: freezing of gait at doorways and turns with Parkinson's disease.
            Measures: 400 ft SBA; 2 freezes at doorways (6 at eval).
            """,
            ["G20.A1", "R26.89"], [PT("97116", 22)], []),

        // ---------------------------------------------------------------- class 5: measures in these schools' forms, and notes with none

        // SSOMT Walt's 97112: craniocervical flexion training and scapular setting with the pressure biofeedback unit; poor deep neck flexor endurance; CCFT "26 mmHg x 10 s x 10" and the neck flexor endurance test in seconds; "1:1 (Y/N): Y"; "97112 — 20 min" matches: passes.
        ["v5-h123-ssomt-ccft-mmhg-and-endurance"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Gervais St)
            Patient: Marion Gantt    Clinician: Walt Brannon, PT, OCS
            97112 — 20 min
            1:1 (Y/N): Y
            Technique / grade / dosage: craniocervical flexion motor-control training on the pressure biofeedback unit, then scapular setting in sitting with the same cue; head-on-trunk stability in quadruped.
            Comparable sign (*): poor deep neck flexor endurance, chin pokes forward by the end of her shift at the register.
            Re-test: CCFT 26 mmHg x 10 s x 10 (24 mmHg at IE); deep neck flexor endurance 31 sec (18 sec at IE).
            """,
            ["M54.2"], [PT("97112", 20)], []),

        // BNT OT 97530 after CIMT week two: Wolf Motor Function Test mean time and Box and Block counts with shaping tasks; learned non-use of the L arm; "97530: 25 minutes" matches: passes.
        ["v5-h123-bnt-wmft-and-box-and-block-97530"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            BNT Neuro Daily    Pt: Leona Schmidt    Clinician: Marisol Quintanilla, OTR/L
            97530: 25 minutes
            Certified method: CIMT shaping with the mitt on the R hand — lifting cans to the pantry shelf, folding quilt squares, turning the key in the door lock.
            Problem: learned non-use of the L arm after the R MCA stroke.
            Measures: WMFT mean 4.8 sec (7.3 at start of the program); Box and Block L 22 (14).
            """,
            ["I69.354"], [OT("97530", 25)], []),

        // HLM Tai Chi for Arthritis with Noriko: weight shifts through the form, "Private — just Noriko and Mrs. Giroux"; postural sway; Mini-BESTest and functional reach in inches; 97112 — 23 min matches: passes.
        ["v5-h123-hlm-mini-bestest-functional-reach"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Yvette Giroux    Therapist: Noriko Abe, PT
            CPT 97112 (23 min)
            Session: Private — just Noriko and Mrs. Giroux.
            Apparatus: Tai Chi for Arthritis: brush knee, push, single whip and wave hands in clouds, slow weight transfer through each, then the same stepping backward and to the side.
            Skilled focus / impairment: postural sway with a slow backward stepping response; she sat down hard on the ferry ramp.
            Objective: Mini-BESTest 21/28 (16 at IE); functional reach 11 in.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // SSOMT 97112 for a knee after an ACL repair: perturbation training on the rocker board and roller board, hop-and-stick; knee proprioception and quad timing; Y-balance composite percentage; "1:1 (Y/N): Y — Tomás and Ms. Pou"; "97112 — 22 min" matches: passes.
        ["v5-h123-ssomt-y-balance-composite"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Chapin)
            Patient: Kasey Pou    Clinician: Tomás Acevedo, PT, DPT (fellow)
            97112 — 22 min
            1:1 (Y/N): Y — Tomás and Ms. Pou.
            Technique / grade / dosage: perturbation training (Fitzgerald) on the rocker board and roller board, hop-and-stick onto the foam, single-leg catch with the ball.
            Comparable sign (*): L knee proprioception and quad timing after the ACL reconstruction; the knee shifts on the pivot at softball.
            Re-test: Y-balance composite L 86% of limb length (R 94%).
            """,
            ["S83.512D"], [PT("97112", 22)], []),

        // BNT Jens's vestibular 97112 with a Motion Sensitivity Quotient and a 30-second chair stand; habituation positions; "one-on-one, just the two of us"; 97112: 21 minutes matches: passes.
        ["v5-h123-bnt-msq-and-chair-stand"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Darla Unruh    Clinician: Jens Lindahl, PT (vestibular)
            97112: 21 minutes
            Delivery: one-on-one, just the two of us.
            Certified method: habituation through the Motion Sensitivity Quotient positions that provoke her (sit to supine, R head turn in supine, nose to R knee), then standing head turns on foam.
            Problem: motion sensitivity with vestibular hypofunction; she grabs the pew turning to leave the row.
            Measures: Motion Sensitivity Quotient 12 (26 at IE); 30s chair stand 11.
            """,
            ["H81.23"], [PT("97112", 21)], []),

        // BNT 97112 "Mini-BESTest: improved from last time" and no other number but the code and its minutes: measure missing; one-on-one, gaze stabilisation with head turns and foam stance, postural instability present.
        ["v5-h123-bnt-mini-bestest-improved-no-score"] = new(
            """
            Bluestem Neurologic Therapy — Abilene
            BNT Neuro Daily    Pt: Oswald Kroeker    Clinician: Jens Lindahl, PT (vestibular)
            97112: 22 minutes
            Delivery: one-on-one with Jens.
            Certified method: gaze stabilization with head turns while walking the hall, feet-together stance on foam with eyes closed, stepping reactions to pushes.
            Problem: postural instability with a late stepping reaction backward.
            Measures: Mini-BESTest improved from last time.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // HLM 97112 "adduction drop test still positive; Left AIC persists" and no number but the code and its minutes: measure missing — a PRI pattern is not a measure; private session, PRI left sidelying and DNS rolling, loss of the zone of apposition present.
        ["v5-h123-hlm-left-aic-persists-no-number"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Amesbury)
            Client: Georgette Lamy    Therapist: Genevieve Marchand, PT, DPT
            CPT 97112 (22 min)
            Session: Private — Genevieve and Mrs. Lamy only.
            Apparatus: PRI left sidelying respiratory left adductor pull-back, then DNS rolling from supine to side-lying keeping the ribs down, then standing weight shift onto the L with the reach.
            Skilled focus / impairment: loss of the zone of apposition and a Left AIC pattern; she can't stand on the L to step into the tub.
            Objective: adduction drop test still positive; Left AIC persists.
            """,
            ["M54.50", "R26.89"], [PT("97112", 22)], [At(Measure, "97112")]),

        // SSOMT 97112 "JPE better, held the CCFT longer" with no number but the code and its minutes: measure missing; 1:1 "Y", laser-target proprioceptive retraining, cervical proprioception deficit present.
        ["v5-h123-ssomt-jpe-better-no-number"] = new(
            """
            SSOMT Daily Note — Fellowship Format (West Columbia)
            Patient: Hampton Riley    Clinician: Tomás Acevedo, PT, DPT (fellow)
            97112 — 21 min
            1:1 (Y/N): Y
            Technique / grade / dosage: cervical proprioceptive retraining with the laser target, head relocation eyes closed, craniocervical flexion on the pressure unit.
            Comparable sign (*): impaired cervical proprioception and deep neck flexor control after the whiplash.
            Re-test: JPE better; held the CCFT longer.
            """,
            ["S13.4XXD"], [PT("97112", 21)], [At(Measure, "97112")]),

        // BNT 97112 "Otago: progressed to level C" with no number but the code and its minutes: measure missing — a programme level is not a measure; one-on-one, Otago balance retraining, fall risk with a slow stepping response present.
        ["v5-h123-bnt-otago-level-c-no-number"] = new(
            """
            Bluestem Neurologic Therapy — Abilene
            BNT Neuro Daily    Pt: Mabel Jost    Clinician: Harriet Voss, PT, DPT, NCS
            97112: 23 minutes
            Delivery: one-on-one, Harriet and Mrs. Jost.
            Certified method: Otago balance retraining — tandem walking, backwards walking, walking and turning around, sideways walking, heel-toe standing without support.
            Problem: slow stepping response and postural sway with a history of falls.
            Measures: Otago — progressed to level C.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // BNT PTA 97116 "walked the hall with the U-Step, did well" with no distance, assistance level or number but the code and its minutes: measure missing; laser-line gait training, freezing of gait present.
        ["v5-h123-bnt-u-step-did-well-97116"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            BNT Neuro Daily    Pt: Elmer Vogt    Clinician: Cody Ebert, PTA
            97116: 20 minutes
            Certified method: gait training with the U-Step walker and its laser line, cues for heel strike and big steps through the doorway.
            Problem: freezing of gait and short shuffling steps with Parkinson's disease.
            Measures: walked the hall with the U-Step, did well.
            """,
            ["G20.A1", "R26.89"], [PTA("97116", 20)], [At(Measure, "97116")]),

        // HLM 97110 reformer footwork series and bridging on the carriage named, hip weakness named, but no springs, sets, repetitions or number: measure missing on 97110.
        ["v5-h123-hlm-footwork-no-springs-no-reps"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Thelma Bouchard    Therapist: Bria Castellucci, PTA
            CPT 97110 (15 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: reformer footwork series, bridging on the carriage, side-lying leg press.
            Skilled focus / impairment: L hip abductor and extensor weakness after the L THA.
            """,
            ["Z96.642"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // HLM 97110 reformer springs written by colour with sets and repetitions ("2 red + 1 blue, 3 x 10"); L hip weakness after a hip replacement; "CPT 97110 (14 min)" matches: passes.
        ["v5-h123-hlm-springs-by-colour-with-reps"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Amesbury)
            Client: Thelma Bouchard    Therapist: Bria Castellucci, PTA
            CPT 97110 (14 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: reformer footwork 2 red + 1 blue, 3 x 10; bridging on the carriage 2 red, 2 x 10; side-lying leg press 1 red, 2 x 12 L.
            Skilled focus / impairment: L hip abductor and extensor weakness after the L THA, Trendelenburg lurch on the stairs at the studio.
            """,
            ["Z96.642", "Z47.1"], [PTA("97110", 14)], []),

        // BNT 97112 with Otago balance retraining and a dual-task TUG and 4-stage balance test seconds; one-on-one; fall risk with a slow stepping response; 97112: 22 minutes matches: passes.
        ["v5-h123-bnt-tug-cognitive-and-four-stage"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Inez Wiens    Clinician: Harriet Voss, PT, DPT, NCS
            97112: 22 minutes
            Delivery: one-on-one, Harriet and Mrs. Wiens.
            Certified method: Otago balance retraining — tandem walking, backwards walking, sit-to-stand without hands, then stepping over the cones while counting back by threes.
            Problem: slow stepping response and sway in narrow stance with a history of falls.
            Measures: TUG cognitive 15.2 sec (18.9 at IE); 4-stage balance test: tandem 10 sec, single-leg 4 sec.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // SSOMT two codes "97140 — Maitland/Mulligan — 12 min" and "97110 — 15 min", both match; lumbar PA grade III-IV and a sustained natural apophyseal glide; repeated extension and bridges with doses; L4-5 hypomobility and extensor weakness: passes.
        ["v6-h123-ssomt-method-between-code-and-minutes"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Gervais St)
            Patient: Ray Lybrand    Clinician: Walt Brannon, PT, OCS
            97140 — Maitland/Mulligan — 12 min: central PA grade III-IV at L4 and L5, 3 x 30 sec; Mulligan SNAG into flexion at L4-5 in sitting, 3 x 6. Re-test: fingertips to floor 31 cm to 22 cm.
            97110 — 15 min: prone press-ups 3 x 10, bridges 3 x 12, bird dog 3 x 8 each side, hip hinge with the dowel 2 x 10.
            Comparable sign (*): L4-5 hypomobility with central low back pain and weak lumbar extensors; can't bend to bail the johnboat.
            """,
            ["M54.50"], [PT("97140", 12), PT("97110", 15)], []),

        // BNT "Minutes: 97112/24, 97530/15" slash pairs for a PT's 97112 and an OT's 97530, both match; LSVT BIG with gait speed; kitchen tasks with counts; hypokinesia: passes.
        ["v6-h123-bnt-minutes-slash-pairs-pt-and-ot"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Roscoe Harms    Clinicians: Harriet Voss, PT, DPT, NCS / Marisol Quintanilla, OTR/L
            Minutes: 97112/24, 97530/15
            Delivery (97112): ☒ Individual ☐ Group ☐ Concurrent
            97112 (PT): LSVT BIG maximal daily exercises and big-step turns at the counter; hypokinesia with Parkinson's disease; 10MWT 0.96 m/s.
            97530 (OT): unloading the dishwasher to the upper cupboard with a big reach, carrying the laundry basket 30 ft 3 times SBA; small, slow reach with the R arm.
            """,
            ["G20.A1"], [PT("97112", 24), OT("97530", 15)], []),

        // HLM studio card "CPT 97112 ×2 (24 min)" and "CPT 97110 ×1 (13 min)": units beside the minutes, both minutes match; private; reformer standing balance with perturbations and Mini-BESTest; Wunda chair with doses; postural control and hip weakness: passes.
        ["v6-h123-hlm-units-beside-minutes"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Adele Rousseau    Therapist: Genevieve Marchand, PT, DPT
            Session: ☒ Private ☐ Duet ☐ Trio
            CPT 97112 ×2 (24 min) — standing on the reformer platform and carriage with carriage perturbations, eyes open then closed; postural control with a slow ankle strategy; Mini-BESTest 20/28.
            CPT 97110 ×1 (13 min) — Wunda chair footwork 3 x 10, standing leg pumps 2 x 8 each; hip abductor weakness.
            """,
            ["R26.81"], [PT("97112", 24), PT("97110", 13)], []),

        // BNT a clock range on the code's own line "97112 LSVT BIG 9:05–9:29" (24 min), matches; one-on-one; LSVT BIG exercises; hypokinesia; TUG: passes.
        ["v6-h123-bnt-clock-range-on-code-line"] = new(
            """
            Bluestem Neurologic Therapy — Abilene
            BNT Neuro Daily    Pt: Chester Ebel    Clinician: Harriet Voss, PT, DPT, NCS
            97112 LSVT BIG 9:05–9:29
            Delivery: one-on-one, Harriet and Mr. Ebel.
            Certified method: LSVT BIG maximal daily exercises, then the functional component: getting up from the church pew with a big push and big first step.
            Problem: hypokinesia and slow sit-to-stand with Parkinson's disease.
            Measures: TUG 11.2 sec (13.7 at eval).
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // BNT Jens's headings "NEURO RE-ED (97112) — 22 min" and "THER EX (97110) — 12 min", both match; one-on-one; Herdman X1 with DGI; calf and hip exercise with doses; vestibular hypofunction and ankle weakness: passes.
        ["v6-h123-bnt-headings-neuro-re-ed-ther-ex"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            BNT Neuro Daily    Pt: Loyal Graber    Clinician: Jens Lindahl, PT (vestibular)
            NEURO RE-ED (97112) — 22 min
            Delivery: one-on-one with Jens. Herdman X1 viewing standing on foam, head turns walking the hall; R vestibular hypofunction; DGI 19/24.
            THER EX (97110) — 12 min
            Heel raises 3 x 15, standing hip abduction with the red band 3 x 12, step-ups 3 x 10; bilateral ankle plantarflexor weakness.
            """,
            ["H81.21"], [PT("97112", 22), PT("97110", 12)], []),

        // HLM a single code's minutes spelled out ("97116 — twenty-two minutes"): Nordic-pole gait on the boardwalk with cues; short stride and poor trunk rotation; distance and SBA: passes.
        ["v6-h123-hlm-minutes-spelled-out-97116"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Horace Welch    Therapist: Owen Tully, PT
            97116 — twenty-two minutes
            Apparatus: Nordic walking poles on the boardwalk along the river, cues for trunk rotation, heel strike and a longer L stride.
            Skilled focus / impairment: short L stride and stiff trunk after the L THA.
            Objective: 1,100 ft with the poles SBA; 2 standing rests.
            """,
            ["Z96.642"], [PT("97116", 22)], []),

        // SSOMT fellow's "97140 — 25 min" on a 12-minute line: mismatch on 97140; otherwise complete (Mulligan MWM for shoulder elevation and posterior glides grade III; R shoulder hypomobility; elevation degrees).
        ["v6-h123-ssomt-25-on-12-97140"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Chapin)
            Patient: Vernell Addy    Clinician: Tomás Acevedo, PT, DPT (fellow)
            97140 — 25 min
            Technique / grade / dosage: Mulligan MWM posterolateral glide of the R humeral head during elevation, 3 x 10; GH posterior glides grade III, 3 x 30 sec.
            Comparable sign (*): R glenohumeral hypomobility, can't reach the top of the peach bins.
            Re-test: scaption 118° to 134°.
            """,
            ["M25.611"], [PT("97140", 12)], [At(Mismatch, "97140")]),

        // BNT PTA "97112: 30 minutes" on a 20-minute line: mismatch on 97112; otherwise complete (one-on-one; PWR! Moves; hypokinesia; Mini-BESTest).
        ["v6-h123-bnt-pta-30-on-20-97112"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Elva Penner    Clinician: Cody Ebert, PTA
            97112: 30 minutes
            Delivery: one-on-one with Cody.
            Certified method: PWR! Moves — PWR!Up and PWR!Rock at the counter, PWR!Step over the cones.
            Problem: hypokinesia and a slow weight shift with Parkinson's disease.
            Measures: Mini-BESTest 18/28.
            """,
            ["G20.A1"], [PTA("97112", 20)], [At(Mismatch, "97112")]),

        // HLM studio card with "CPT 97112 (23 min)" matching and "CPT 97110 (26 min)" on a 14-minute line: mismatch on 97110; both sections complete (private; DNS positions with SLS; reformer work with doses; loss of ZOA and hip weakness).
        ["v6-h123-hlm-26-on-14-97110"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Amesbury)
            Client: Norbert Gauthier    Therapist: Owen Tully, PT
            Session: ☒ Private ☐ Duet ☐ Trio
            CPT 97112 (23 min): DNS tripod and bear with the IAP cue, then single-leg stance on the foam with reaches; loss of the zone of apposition and poor single-leg control; SLS R 11 sec, L 8 sec.
            CPT 97110 (26 min): reformer footwork 3 red 3 x 10, bridging 2 red 2 x 10; hip extensor weakness.
            """,
            ["M54.50", "R26.89"], [PT("97112", 23), PT("97110", 14)], [At(Mismatch, "97110")]),

        // BNT OT "97530 — 16 min (OT)" on a 28-minute line beside a PT's "97112 — 22 min" that matches: mismatch on 97530; both complete (one-on-one; NDT facilitation with 10MWT; dressing and bathroom tasks with assist; R hemiparesis).
        ["v6-h123-bnt-ot-16-on-28-97530"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Verlin Friesen    Clinicians: Harriet Voss, PT / Marisol Quintanilla, OTR/L
            97112 — 22 min (PT): one-on-one with Harriet; NDT facilitation at the pelvis for R stance and swing; R hemiparesis with poor weight acceptance; 10MWT 0.55 m/s.
            97530 — 16 min (OT): pants and shoes on standing at the grab bar, toilet transfer 4 times CGA, shower-chair transfer 2 times CGA; R hemiparesis, R hand weak.
            """,
            ["I69.351"], [PT("97112", 22), OT("97530", 28)], [At(Mismatch, "97530")]),

        // BNT two codes with only "Total timed 40 min": no minutes for each — separate time missing; both sections complete (one-on-one; Cawthorne–Cooksey with DGI; gait with the cane with distance and SBA; vestibular hypofunction and unsteady gait).
        ["v6-h123-bnt-total-timed-only"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Ilse Buller    Clinician: Jens Lindahl, PT (vestibular)
            97112: one-on-one, Jens and Mrs. Buller; Cawthorne–Cooksey head and eye movements progressed to walking with head turns; L vestibular hypofunction; DGI 17/24.
            97116: gait training with the cane across the parking lot and the grass, cues for head up and steady cadence; veers L with head turns; 600 ft SBA.
            Total timed 40 min
            """,
            ["H81.22"], [PT("97112", 24), PT("97116", 16)], [SepTime]),

        // HLM "CPT 97112 (23 min)" with its minutes and the 97110 written with springs and repetitions but no minutes: separate time missing; both complete (private; Alexander Technique with TUG; reformer with doses; postural control and hip weakness).
        ["v6-h123-hlm-97110-no-minutes"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Agnes Poore    Therapist: Noriko Abe, PT
            Session: ☒ Private ☐ Duet ☐ Trio
            CPT 97112 (23 min): Alexander Technique monkey and sit-to-stand with the primary-control cue, then walking with head turns; postural control with a backward lean; TUG 11.6 sec.
            CPT 97110: reformer footwork 2 red 3 x 10, side-lying leg press 1 red 2 x 10 each; hip abductor weakness.
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 12)], [SepTime]),

        // SSOMT "Manual and exercise today, 30 min total" with no minutes for either code: separate time missing; both complete (Maitland and Mulligan for the neck with degrees; deep neck flexor and scapular exercise with doses; cervical hypomobility).
        ["v6-h123-ssomt-manual-and-exercise-total-only"] = new(
            """
            SSOMT Daily Note — Fellowship Format (West Columbia)
            Patient: Lamar Jumper    Clinician: Walt Brannon, PT, OCS
            Manual and exercise today, 30 min total.
            97140: Maitland unilateral PA grade III at C5-6 R, 3 x 30 sec; Mulligan SNAG into R rotation 2 x 6. Rotation R 55° to 66°.
            97110: chin nods 3 x 10, prone T raises 3 x 8, rows with the blue band 3 x 12.
            Comparable sign (*): C5-6 hypomobility on the R with neck pain backing the boat trailer; weak deep neck flexors and lower traps.
            """,
            ["M54.2"], [PT("97140", 14), PT("97110", 16)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a single 97112 with a diagnosis (the studio card never saved): DOC_NOTE_MISSING and nothing else.
        ["v7-h123-empty-note-97112"] = new(
            "",
            ["G20.A1"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // An empty note on a two-code visit with no diagnosis: note missing on each line and diagnosis missing.
        ["v7-h123-empty-note-two-codes-no-dx"] = new(
            "",
            [], [PT("97140", 12), PT("97110", 14)], [At(NoteMissing, "97140"), At(NoteMissing, "97110"), Dx]),

        // A note of tabs, spaces and line breaks only (cells are trimmed) on a PTA's 97116 with a diagnosis: note missing only.
        ["v7-h123-whitespace-only-97116"] = new(
            " \t \n\n   \n",
            ["I69.351"], [PTA("97116", 20)], [At(NoteMissing, "97116")]),

        // 97110's meaning on an SSOMT note: prone Y and T raises, serratus punches and rows with load, sets and repetitions (technique and measure), R rotator-cuff weakness after a repair (deficit); "97110 — 18 min" matches: passes.
        ["v7-h123-ssomt-97110-after-cuff-repair"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Gervais St)
            Patient: Jimmy Wessinger    Clinician: Shanice Goodwin, PTA
            97110 — 18 min
            Technique / grade / dosage: prone Y and T raises 1 lb 3 x 10; supine serratus punch 3 lb 3 x 12; rows with the green band 3 x 15; sidelying ER 2 lb 3 x 10.
            Comparable sign (*): R rotator-cuff and scapular weakness 14 weeks after the R RTC repair; can't lift the tackle box onto the dock.
            """,
            ["M75.121", "Z98.890"], [PTA("97110", 18)], []),

        // 97530's meaning on an HLM note: down to kneel at a garden bed and back up through half-kneel, carrying a laundry basket up the studio's three steps, with counts, load and assist (technique and measure), hip and knee weakness (deficit); "CPT 97530 (20 min)" matches: passes.
        ["v7-h123-hlm-97530-garden-bed-and-basket"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Amesbury)
            Client: Lucille Morin, 80    Therapist: Genevieve Marchand, PT, DPT
            CPT 97530 (20 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: none — down to kneel at the raised garden bed on the patio and back up through half-kneel 5 times with one hand on the bed edge; carrying a laundry basket with 6 lb of towels up and down the studio's three back steps 4 trips SBA.
            Skilled focus / impairment: hip extensor and quad weakness; she can't get up from her garden without her husband.
            """,
            ["M62.81", "M17.0"], [PT("97530", 20)], []),

        // 97140's meaning on a BNT note: scapular mobilisation in side-lying and glenohumeral inferior glides grade II of a hemiplegic shoulder (technique), subluxation and hypomobility after a stroke (deficit), ER degrees (measure); "97140: 12 minutes" matches: passes.
        ["v7-h123-bnt-97140-hemiplegic-shoulder"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            BNT Neuro Daily    Pt: Otto Funk    Clinician: Marisol Quintanilla, OTR/L
            97140: 12 minutes
            Certified method: scapular mobilization in side-lying into upward rotation and protraction; L glenohumeral inferior and posterior glides grade II, 3 x 30 sec; soft tissue mobilization to the L pec minor.
            Problem: L hemiplegic shoulder with inferior subluxation and loss of ER after the R CVA.
            Measures: passive ER L 22° to 35°.
            """,
            ["I69.354", "M25.612"], [OT("97140", 12)], []),

        // 97116's meaning on a BNT PTA note: laser-cue walker gait with big steps through doorways and turns (technique), shuffling gait and freezing with Parkinson's (deficit), distance and assistance level (measure); "97116: 21 minutes" matches: passes.
        ["v7-h123-bnt-97116-laser-walker"] = new(
            """
            Bluestem Neurologic Therapy — Abilene
            BNT Neuro Daily    Pt: Waldo Koop    Clinician: Cody Ebert, PTA
            97116: 21 minutes
            Certified method: gait training with the laser-cue walker, big steps through the doorways, wide turns around the cones, cues for heel strike.
            Problem: shuffling gait with freezing at thresholds, Parkinson's disease.
            Measures: 350 ft laser walker SBA; 1 freeze at the doorway (4 last week).
            """,
            ["G20.A1", "R26.89"], [PTA("97116", 21)], []),

        // BNT wholly generic 97112: "Neuro re-ed per POC. Balance and coordination exercises. Tolerated well." — no technique, deficit, number but the code and its minutes, or one-on-one statement.
        ["v7-h123-bnt-generic-neuro-re-ed-97112"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            97112: 22 minutes
            Neuro re-ed per POC. Balance and coordination exercises. Tolerated well. Continue plan of care.
            """,
            ["G20.A1"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // HLM wholly generic two-code card with each code's minutes matching: "Ther ex and neuro re-ed per POC. Client tolerated session well." — nothing named for either code, no one-on-one statement on the 97112.
        ["v7-h123-hlm-generic-two-codes"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            CPT 97112 (22 min)
            CPT 97110 (15 min)
            Ther ex and neuro re-ed per POC. Client tolerated session well. Continue plan of care.
            """,
            ["R26.81"], [PT("97112", 22), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // SSOMT wholly generic 97140: "Manual therapy as indicated. Pt tolerated well. Continue POC." — nothing named; the minutes match.
        ["v7-h123-ssomt-generic-manual-97140"] = new(
            """
            SSOMT Daily Note — Fellowship Format (West Columbia)
            97140 — 12 min
            Manual therapy as indicated. Pt tolerated well. Continue POC.
            """,
            ["M54.50"], [PT("97140", 12)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // BNT OT wholly generic 97530: "Functional activities per plan. Tolerated well." — nothing named; the minutes match.
        ["v7-h123-bnt-generic-functional-97530"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            97530: 23 minutes
            Functional activities per plan. Tolerated well. Continue POC.
            """,
            ["I69.351"], [OT("97530", 23)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // SSOMT Mulligan MWM for ankle DF in weight bearing with the belt and talocrural glides grade III; DF stiffness after a sprain; knee-to-wall cm; "97140 — 10 min" matches: passes.
        ["vord-h123-ssomt-ankle-mwm-knee-to-wall"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Chapin)
            Patient: Tiffany Derrick    Clinician: Tomás Acevedo, PT, DPT (fellow)
            97140 — 10 min
            Technique / grade / dosage: Mulligan weight-bearing DF MWM with the belt on the step, 3 x 10; talocrural posterior glides grade III, 3 x 30 sec.
            Comparable sign (*): L ankle DF stiffness after the inversion sprain on the boat ramp.
            Re-test: knee-to-wall L 6 cm to 10 cm (R 12 cm).
            """,
            ["S93.402D"], [PT("97140", 10)], []),

        // SSOMT Maitland hip: long-axis distraction grade IV and posterior glides with the belt, 3 bouts; L hip capsular hypomobility with OA; IR and FABER distance; "97140 — 12 min" matches: passes.
        ["vord-h123-ssomt-maitland-hip-distraction"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Gervais St)
            Patient: Bertha Sox    Clinician: Walt Brannon, PT, OCS
            97140 — 12 min
            Technique / grade / dosage: long-axis distraction of the L hip grade IV with the belt, 3 x 45 sec; posterior glide in flexion-adduction grade III-IV, 3 x 30 sec.
            Comparable sign (*): L hip capsular hypomobility with OA, can't cross her leg to put on her shoe.
            Re-test: hip IR 12° to 20°; FABER knee-to-table 24 cm to 18 cm.
            """,
            ["M16.12"], [PT("97140", 12)], []),

        // SSOMT PTA 97110 after the fellow's plan: McKenzie-based extension progression and hip hinge with doses; lumbar extensor weakness; "97110 — 14 min" matches: passes.
        ["vord-h123-ssomt-pta-extension-progression"] = new(
            """
            SSOMT Daily Note — Fellowship Format (West Columbia)
            Patient: Curtis Haltiwanger    Clinician: Shanice Goodwin, PTA
            97110 — 14 min
            Technique / grade / dosage: prone press-ups with exhale 3 x 10; standing extension 2 x 10; hip hinge with the dowel 3 x 10; deadlift of the 20 lb kettlebell from the step 3 x 8.
            Comparable sign (*): lumbar extensor weakness with recurrent low back pain lifting the peach lugs.
            """,
            ["M54.50"], [PTA("97110", 14)], []),

        // SSOMT 97140 with cupping (static then dynamic along the thoracolumbar fascia) and IASTM to the QL, degrees; kinesio tape after, not billed; "97140 — 11 min" matches: passes.
        ["vord-h123-ssomt-cupping-and-iastm"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Gervais St)
            Patient: Renee Caughman    Clinician: Tomás Acevedo, PT, DPT (fellow)
            97140 — 11 min
            Technique / grade / dosage: static cupping then dynamic cupping along the R thoracolumbar fascia; IASTM with the single-bevel tool to the R QL.
            Kinesio tape to the R lumbar paraspinals after (not billed).
            Comparable sign (*): R QL and thoracolumbar fascia restriction, side-bending L limited, low back pain raking the yard.
            Re-test: side-bend L fingertip 8 cm lower than before.
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // SSOMT two codes: 97112 PNF combination of isotonics and rhythmic stabilisation in half-kneeling with a 1:1 line and Y-balance; 97140 Maitland; "97112 — 22 min", "97140 — 10 min" both match: passes.
        ["vord-h123-ssomt-pnf-half-kneel-and-maitland"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Chapin)
            Patient: Audie Senn    Clinician: Walt Brannon, PT, OCS
            1:1 (Y/N): Y — Walt and Mr. Senn the whole visit.
            97112 — 22 min: PNF combination of isotonics through the trunk in half-kneeling, rhythmic stabilization at the pelvis, chop and lift patterns; poor lumbopelvic control after the disc herniation; Y-balance anterior reach R 54 cm, L 53 cm (46 at IE).
            97140 — 10 min: Maitland central PA grade III at L5, 3 x 30 sec, for L5 segmental hypomobility; lumbar flexion fingertips to floor 20 cm (27 cm).
            """,
            ["M51.26"], [PT("97112", 22), PT("97140", 10)], []),

        // BNT mirror therapy by the OT for a R hemiparesis: mirror box with bilateral symmetrical movements, then reach and grasp; motor recruitment in the R hand; Fugl-Meyer and 9-Hole Peg; "Individual ☒"; 97112: 22 minutes matches: passes.
        ["vord-h123-bnt-mirror-therapy-hemiparesis"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Dorothea Unrau    Clinician: Marisol Quintanilla, OTR/L
            97112: 22 minutes
            Delivery: ☒ Individual ☐ Group ☐ Concurrent
            Certified method: mirror therapy — R hand behind the mirror, bilateral wrist extension, finger spreading and pinch watching the reflection; then real reach and grasp of the spools with the R hand.
            Problem: poor motor recruitment of the R wrist and finger extensors after the L CVA.
            Measures: Fugl-Meyer UE 41/66 (35 at IE); 9-Hole Peg R 71 sec.
            """,
            ["I69.351"], [OT("97112", 22)], []),

        // BNT PTA PWR! Moves on a 97110 in the PWR! strength format with doses; trunk and hip weakness with Parkinson's; "97110: 15 minutes" matches: passes.
        ["vord-h123-bnt-pwr-strength-97110"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            BNT Neuro Daily    Pt: Arnold Toews, retired refinery operator    Clinician: Cody Ebert, PTA
            97110: 15 minutes
            Certified method: PWR!Up against the wall with a 4 lb ball 3 x 10; PWR!Twist in sitting with the red band 3 x 10 each side; squats to the mat table 3 x 12; step-ups 6 in 3 x 10.
            Problem: trunk extensor and hip extensor weakness with Parkinson's disease.
            """,
            ["G20.A1", "M62.81"], [PTA("97110", 15)], []),

        // BNT NDT-based 97116 by Harriet with facilitation at the pelvis and the hemi walker to the quad cane; R hemiparetic gait, knee hyperextension; distance and CGA; "97116: 23 minutes" matches: passes.
        ["vord-h123-bnt-ndt-gait-quad-cane"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Grover Janzen    Clinician: Harriet Voss, PT, DPT, NCS (C/NDT)
            97116: 23 minutes
            Certified method: gait training with NDT facilitation at the pelvis, hemi walker to quad cane, cues for R knee flexion at initial contact.
            Problem: R hemiparetic gait with R knee hyperextension in midstance after the L CVA.
            Measures: 220 ft quad cane CGA; 10MWT 0.51 m/s.
            """,
            ["I69.351"], [PT("97116", 23)], []),

        // BNT Jens vestibular 97112 with a Thursday Ai Chi class at the YMCA pool mentioned (not part of today's visit); Herdman X1 on foam and walking head turns; "one-on-one, Jens and Mr. Klassen"; DGI and DVA: passes.
        ["vord-h123-bnt-herdman-with-ai-chi-mention"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Vernon Klassen    Clinician: Jens Lindahl, PT (vestibular)
            97112: 21 minutes
            Delivery: one-on-one, Jens and Mr. Klassen.
            Certified method: Herdman X1 viewing standing on foam with the letter card, horizontal then vertical; walking with head turns and stops in the hall.
            Problem: R vestibular hypofunction, blurs the hymn board turning his head.
            Measures: DGI 20/24; DVA 2 lines lost.
            He also goes to the Thursday Ai Chi class at the YMCA pool (not part of today's visit).
            """,
            ["H81.21"], [PT("97112", 21)], []),

        // BNT OT 97530 LSVT BIG-style functional component tasks: big reach to the cupboard, big step into the tub with the bench; hypokinesia; counts and SBA; "97530: 20 minutes" matches: passes.
        ["vord-h123-bnt-ot-big-functional-tasks-97530"] = new(
            """
            Bluestem Neurologic Therapy — Abilene
            BNT Neuro Daily    Pt: Lenore Wedel    Clinician: Marisol Quintanilla, OTR/L
            97530: 20 minutes
            Certified method: functional component tasks with BIG effort — reaching to the top cupboard for the mixing bowl, stepping into the tub onto the bench, pulling the quilt up over the bed.
            Problem: hypokinesia and small, slow reach with Parkinson's disease.
            Measures: 5 of 5 tub entries SBA; bowl reached 6 times without a stool.
            """,
            ["G20.A1"], [OT("97530", 20)], []),

        // BNT 97112 PNF for gait by Harriet: resisted progression and rhythmic initiation in standing, pelvic patterns; timing and sequencing after a stroke; gait speed and step symmetry; "Individual ☒": passes.
        ["vord-h123-bnt-pnf-resisted-progression"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            BNT Neuro Daily    Pt: Leland Ratzlaff    Clinician: Harriet Voss, PT, DPT, NCS
            97112: 24 minutes
            Delivery: ☒ Individual ☐ Group ☐ Concurrent
            Certified method: PNF pelvic patterns (anterior elevation, posterior depression) in side-lying, rhythmic initiation in standing, resisted progression forward and sideways.
            Problem: impaired timing and sequencing of the L pelvis and hip in swing after the R CVA.
            Measures: 10MWT 0.74 m/s; step length L 38 cm, R 46 cm.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // HLM Cadillac trapeze-table work on a 97110 with springs and repetitions; R shoulder weakness after a fracture; "CPT 97110 (15 min)" matches: passes.
        ["vord-h123-hlm-cadillac-shoulder"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Constance Lowell    Therapist: Bria Castellucci, PTA
            CPT 97110 (15 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: Cadillac — push-through bar from below, 1 yellow spring 2 x 10; arm springs chest expansion 2 x 8; sitting arm circles 2 x 8 each way; roll-back bar 2 x 6.
            Skilled focus / impairment: R shoulder flexion and ER weakness after the proximal humerus fracture; can't reach to pin the sail patterns on the wall.
            """,
            ["S42.201D"], [PTA("97110", 15)], []),

        // HLM Gyrotonic pulley tower with doses on a 97110: arch and curl, spiralling, with repetitions; thoracic extension stiffness; "CPT 97110 (14 min)" matches: passes.
        ["vord-h123-hlm-gyrotonic-with-dose"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Amesbury)
            Client: Benedict Carr    Therapist: Genevieve Marchand, PT, DPT
            CPT 97110 (14 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: Gyrotonic pulley tower — arch and curl 2 x 8 with one weight plate; spiralling with the handles 2 x 6 each way; hip circles on the bench 2 x 8.
            Skilled focus / impairment: thoracic extension and rotation stiffness; he wants to look over his shoulder backing the dinghy trailer.
            """,
            ["M54.6"], [PT("97110", 14)], []),

        // HLM Schroth on a 97112 by Owen: postural control in the corrected position with perturbations; adult scoliosis with a trunk shift; scoliometer ATR and SLS; "Private — Owen and Mrs. Landry only": passes.
        ["vord-h123-hlm-schroth-corrected-stance-nmr"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Germaine Landry    Therapist: Owen Tully, PT (Schroth C2)
            CPT 97112 (22 min)
            Session: Private — Owen and Mrs. Landry only.
            Apparatus: Schroth corrected stance at the wall bars with small perturbations at the shoulders, then stepping onto the foam in the corrected position, then walking with the correction held.
            Skilled focus / impairment: adult scoliosis with a R trunk shift and poor postural control when she steps to the L.
            Objective: scoliometer ATR 8° (11° at IE); SLS L 9 sec.
            """,
            ["M41.86", "R26.81"], [PT("97112", 22)], []),

        // HLM Noriko's land 97112 with a Halliwick plan for next week at the pool (not today): rhythmic stabilisation in kneeling on the mat, tandem with head turns; postural sway with MS; Berg; "one-on-one": passes.
        ["vord-h123-hlm-halliwick-planned-land-nmr"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Amesbury)
            Client: Trudy Hebert    Therapist: Noriko Abe, PT
            CPT 97112 (23 min)
            Session: one-on-one, Noriko and Mrs. Hebert.
            Apparatus: mat — rhythmic stabilization in tall kneeling, tandem stance with head turns, stepping over the rolled towel with a pause.
            Skilled focus / impairment: postural sway and lower-limb ataxia with MS; she catches her toe on the dock boards.
            Objective: Berg 46/56; tandem R 12 sec.
            Plan: Halliwick rotation control at the Hampton YMCA pool next week.
            """,
            ["R26.81", "R27.8"], [PT("97112", 23)], []),

        // HLM Tai Chi for Arthritis on a 97112 with "Private ☒" ticked; weight shifting and stepping through the form; slow weight shift and sway; functional reach and TUG: passes.
        ["vord-h123-hlm-tai-chi-private-ticked"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Mildred Pease    Therapist: Noriko Abe, PT
            CPT 97112 (22 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: Tai Chi for Arthritis (Sun style), movements 1 to 6 with the stepping, slow weight shifts into each step and a narrow stance held through the turn.
            Skilled focus / impairment: slow lateral weight shift and sway in narrow stance; she stumbles turning in the kitchen.
            Objective: functional reach 25 cm; TUG 10.8 sec.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // HLM PTA 97110 on the reformer with BFR cuff pressures in mmHg and springs with reps; quad weakness after a TKA; "CPT 97110 (15 min)" matches: passes.
        ["vord-h123-hlm-bfr-knee-extension-tka"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Amesbury)
            Client: Raymond Lavoie    Therapist: Bria Castellucci, PTA
            CPT 97110 (15 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: BFR cuff L thigh at 80% LOP (160 mmHg); reformer single-leg press 2 red 30/15/15/15; long-arc quad 3 lb 30/15/15/15.
            Skilled focus / impairment: L quad weakness and lag after the L TKA.
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 15)], []),

        // HLM 97530 after a hip fracture: getting on and off the reformer carriage like a low bed, floor transfer through side-sit, carrying the watering can; hip weakness; counts and SBA; "CPT 97530 (18 min)" matches: passes.
        ["vord-h123-hlm-97530-floor-transfer"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Florence Gaudet    Therapist: Owen Tully, PT
            CPT 97530 (18 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: getting on and off the reformer carriage as a low bed 5 times; floor to standing through side-sit and half-kneel 3 times SBA; carrying the full watering can across the patio 4 trips.
            Skilled focus / impairment: R hip extensor and abductor weakness after the R hip fracture; she's afraid of getting stuck on the floor.
            """,
            ["S72.001D"], [PT("97530", 18)], []),

        // SSOMT two codes with dry needling named and not billed: 97140 IASTM and a thoracic thrust; 97110 scapular exercise; each code's minutes match: passes.
        ["vord-h123-ssomt-needling-not-billed-two-codes"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Gervais St)
            Patient: Sonny Rish    Clinician: Tomás Acevedo, PT, DPT (fellow)
            Dry needling to the R upper trap and levator today — not billed (non-covered, ABN on file).
            97140 — 10 min: IASTM to the R upper trap and levator; supine thoracic thrust at T4. Cervical rotation R 58° to 67°.
            97110 — 13 min: prone T and Y raises 3 x 10; wall slides 3 x 10; rows with the green band 3 x 15.
            Comparable sign (*): R upper trap and levator overactivity with scapular dyskinesis and neck pain at the church organ.
            """,
            ["M54.2", "M62.838"], [PT("97140", 10), PT("97110", 13)], []),

        // BNT Cawthorne–Cooksey progression on a PTA's 97112 with a care partner present: "one-on-one with Cody, daughter watching to learn the home set"; DGI: passes.
        ["vord-h123-bnt-pta-cawthorne-daughter-watching"] = new(
            """
            Bluestem Neurologic Therapy — Abilene
            BNT Neuro Daily    Pt: Zelda Harder    Clinician: Cody Ebert, PTA
            97112: 20 minutes
            Delivery: one-on-one with Cody; her daughter watched to learn the home set.
            Certified method: Cawthorne–Cooksey standing series — head turns with eyes open then closed, bending to the floor and back up, walking up and down the ramp with head turns.
            Problem: vestibular hypofunction with unsteadiness turning and bending.
            Measures: DGI 19/24 (15 at IE).
            """,
            ["H81.23"], [PTA("97112", 20)], []),

        // BNT complete 97112 (one-on-one; PWR! Moves; hypokinesia; Mini-BESTest) sent with no diagnosis: diagnosis missing only.
        ["vord-h123-bnt-complete-no-diagnosis"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Eldon Becker    Clinician: Cody Ebert, PTA
            97112: 22 minutes
            Delivery: one-on-one with Cody.
            Certified method: PWR! Moves — PWR!Rock and PWR!Twist in standing, PWR!Step over the tape line.
            Problem: hypokinesia with Parkinson's disease.
            Measures: Mini-BESTest 20/28.
            """,
            [], [PTA("97112", 22)], [Dx]),

        // HLM complete 97110 (Wunda chair with doses; hip weakness) with the claim's diagnosis "DX PENDING": not a well-formed ICD-10-CM code.
        ["vord-h123-hlm-dx-pending"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Ida Marquis    Therapist: Bria Castellucci, PTA
            CPT 97110 (14 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: Wunda chair footwork 1 red 3 x 10; standing pumping 2 x 8 each side; seated hamstring curl 2 x 10.
            Skilled focus / impairment: bilateral hip and quad weakness, she needs the rail on the church steps.
            """,
            ["DX PENDING"], [PTA("97110", 14)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
