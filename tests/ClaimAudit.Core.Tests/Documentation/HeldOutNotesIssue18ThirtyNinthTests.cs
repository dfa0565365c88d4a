using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The thirty-ninth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random week of notes from five sources the earlier sets do not cover, in
/// the proportions a billing manager sees them — about two thirds ordinary and complete, single- and
/// multi-code visits, by PTs, PTAs and OTs:
/// <list type="number">
/// <item>a tribal (638, IHS-contracted) outpatient rehab programme on the Navajo Nation ("Tséyi' Rehabilitation
/// Services": Chinle, a Many Farms satellite, Rough Rock clinic days, Kayenta visits, home visits with the
/// Community Health Representative), whose notes come from an RPMS-style TIU template ("TIU DOCUMENT — LOCAL
/// TITLE: PT DAILY NOTE", capitalised fields "CPT 97112 — TIME: 23 MIN", "ONE-ON-ONE: YES", "PATIENT ED:") or
/// are typed free-hand, with long drives on washboard dirt roads, hauling water in 5-gallon jugs and firewood
/// for the stove, sheep and goats, the corral and the feed sacks, the hooghan's east doorway, threshold and dirt
/// floor, a sheepskin on the floor, the upright loom and the weaving comb, grinding corn for a Kinaaldá,
/// family members who drive and interpret in Diné Bizaad (shimásání, the chapter house, round-dance stepping
/// to the hand drum);</item>
/// <item>a Brighton Beach (Brooklyn) neuro-rehab practice whose Russian-trained therapists chart in their own
/// English: "Patient complains on", "Status neurologicus", "Romberg pose", "Form of conducting: individual, 1
/// patient : 1 instructor (+)", "(+) / (−)" marks, "Conducted:", "Control:", "Dynamics positive",
/// "Recommended to continue course", "3 approaches × 12 times", "strength 3 points", "sensitive ataxia",
/// "vestibulo-atactic syndrome", "muscle-tonic syndrome", "osteochondrosis", "Status localis", "collar zone",
/// "training of walking", "ergotherapy", LFK for exercise therapy and "massage" for soft-tissue work, the
/// instructor-methodist, day-first dates (04.03.2026), metres, kilograms and "sec."; with Russian-school methods
/// (Stabilan-01 stabilometric biofeedback and the statokinesiogram, the "Regent" axial-loading suit, the Dikul
/// block trainer, the Ekzarta sling system, Lewit's postisometric relaxation, the Bonnet–Bobrovnikova sign,
/// Frenkel, Kabat and Bobath);</item>
/// <item>a hospital outpatient renal and bariatric track (non-dialysis-day visits, AV fistula and graft arm
/// precautions, post-dialysis blood pressure, bariatric walkers, commodes and mat tables with their weight
/// ratings, BMI over 70, supplemental oxygen for obesity hypoventilation, SpO2 read as vitals, a post-ICU
/// Guillain–Barré patient also on dialysis);</item>
/// <item>a memory-care community's on-site Part B therapy (residents with Alzheimer's, vascular and Lewy body
/// dementia, daughters and sons present and trained, hand-under-hand and gestural cueing, errorless practice,
/// redirection, exit-seeking and sundowning, Montessori-based activities, Allen Cognitive Level);</item>
/// <item>a clinic for adults with intellectual and developmental disabilities from group homes (Down syndrome,
/// autism, cerebral palsy; direct support professionals, ISP goals, "Individual:" as the person's label,
/// AAC devices and picture steps, trial-by-trial "+ / −" data, prompt hierarchies, Special Olympics MATP and
/// bowling, housemates seen together);</item>
/// </list>
/// plus Guillain–Barré recovery in several of them (MRC sum score, GBS disability score, I-RODS, hand-held
/// dynamometry, steppage gait with AFOs, fatigue-limited dosing). Codes 97110, 97112, 97116, 97140 and 97530
/// alone and together (up to three in a visit), by PT, PTA and OT.
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h39-…): one-on-one in these writers' words ("Seen one-on-one by PT … granddaughter stayed
/// only to interpret", "Form of conducting: individual — one instructor, one patient", "PT gave this pt undivided
/// attention for the whole NMR block", "PT treated Mr. B. one-on-one; his wife and the CHR stayed at the
/// doorway"), notes that negate it (a dining-table activity with four other residents, two group-home housemates
/// the PT alternated between, a group LFK of five, a shared bariatric slot) or never state it (a memory-care
/// note with the daughter watching, an IDD note whose "Individual:" and "Individual Support Plan" name the person
/// and the plan), and an IDD walking group on 97116, which has no one-on-one check;</item>
/// <item>class 2 (v2-h39-…): template states: "(+) / (−)" marks on a Russian form of conducting and on a
/// methods row (all minus), "+ + − + +" trial data with a key, a blank cueing-level row, "1:1 time N/A",
/// "IMPAIRMENTS ADDRESSED: see PT initial eval", an equipment checklist, a behaviour Y/N row beside "Seen 1:1
/// w/ PT: Y", a ✓ / ✗ home checklist and a prompt-level column with its key;</item>
/// <item>class 3 (v3-h39-…): named programmes and devices as techniques (Stabilan-01 biofeedback games, the
/// Regent suit, the Dikul method, Lewit's PIR with a collar-zone massage, Special Olympics MATP, Montessori-based
/// activities, Ekzarta slings), one round-dance elders' group at a chapter house (not one-on-one), one Regent
/// 97112 with no number and one Bobath 97112 with no deficit;</item>
/// <item>class 4 (v4-h39-…): deficits stated as findings (Romberg, finger-nose and heel-knee signs with
/// dysdiadochokinesis, monofilament and vibration loss, GBS steppage gait with DF grades, genu recurvatum with
/// lost knee position sense, prosthetic-gait deviations, an MRC sum score with grades, a post-dialysis blood
/// pressure drop, piriformis trigger points with the Bonnet–Bobrovnikova sign) and notes that state none ("focal
/// neurological deficit not revealed" on a 97112, "Gait pattern: within functional limits" on a 97116, a deficit
/// field answered with behaviour on a 97112);</item>
/// <item>class 5 (v5-h39-…): measures in their usual forms (stabilometry with the Romberg coefficient, GBS
/// disability score and I-RODS, a 30-second chair stand from a 22-inch bariatric chair, steps off a tape line, a
/// timed 50-foot walk on a dirt path, "3 approaches by 10 times", hand-held dynamometry in kgf) and notes with
/// none ("did better than on Tuesday; fewer redirections", miles driven, a next-visit date and a flock's head
/// count, a rollator walk with no distance or assistance level);</item>
/// <item>class 6 (v6-h39-…): minutes in their usual forms ("duration 20 min." per numbered procedure, "CPT 97112
/// — TIME: 23 MIN", "Timed minutes by code: 97530 (18) · 97110 (15)", "Minutes by code: 97112 = 24 · 97110 =
/// 16", metres beside minutes), true mismatches ("started 2:05 p, finished 2:18 p", a renal ther-ex line, an OT
/// line in a PT + OT afternoon, "TIME SPENT W/ PT: 40 MIN" on the one timed code) and truly missing separate time
/// ("Total duration of procedures — 40 min.", units only, minutes for one of two codes);</item>
/// <item>class 7 (v7-h39-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings of technique, deficit and measure for 97110 (a functional goal as the only
/// target), 97530 (hauling firewood for a stated goal), 97140 (a region and named techniques with no parameter at
/// all) and 97116 (an assistance level in words as the only measure), and wholly generic 97110, 97112 and 97530
/// notes;</item>
/// <item>ordinary (vord-h39-…): complete notes of the five sources across codes and disciplines that a reviewer
/// passes (the false-positive guard), and the ordinary weak ones: an ICD-9 code in the diagnosis field, a
/// Brighton note of "procedures were conducted according to the scheme" with a total only, a Brighton
/// Parkinson's 97112 that never says one-on-one, a bariatric OT visit sent with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least ten minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check here only on
/// an objective measure with a number, and fails it only when the note has no such number and no dose at all;
/// for the other codes a dose (sets, repetitions, load, hold, bouts, distance, assistance level) is a measure.
/// Numbers that are not minutes of a code or measures (miles and hours driven, day-first dates, vitals, body
/// weight, weight ratings of equipment, a procedure's number in a course, a flock's size, step counts of a
/// staircase at home, metres walked beside minutes) are read as what they are. Russian and Diné words carry no
/// required element alone; each sits beside the English a US reviewer reads.
/// Cases a careful reviewer could argue either way were left out: a content gap in one section of a
/// multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note
/// lacks the thing), generic phrases beside a deficit or a measure without a technique, minutes of an
/// activity, a rest or a test inside a note, self-rated scores or vitals as the only number, a grade with no
/// dose as a 97140's only parameter, "massage" alone as a 97140's technique, a cueing level as a 97530's only
/// measure, a one-on-one left to be inferred, "gait training" alone on a 97116, three-character or dotless
/// diagnosis codes, minute ranges and approximate minutes, a task practised read as a 97530's goal, a diagnosis
/// named in the note as a 97112's only target, the previous visit's numbers as a note's only measure, an
/// exercise's name as a 97110's only region, a co-treat in which two disciplines bill the same minutes, and any
/// line with a code that has no documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 89 of 101 cases agree (99 needed), and 5 of the 64 notes the reviewer passes got a finding, on the analyzer
/// of bde89f8 (the start of the 2026-12-05 fourth session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 89 of 101, 5 false positives — the same — at its first run on the analyzer of 31e3aac (with that session's
/// reading of exported notes, shaped by the thirty-eighth set, not by this one): the held-out figure. Then development
/// data, worked through: 100 of 101, no false positive — "Individual:" naming the person served and "Individual Support
/// Plan", "1:1 time   N/A", signs after items under a done / not-done key ("PNF (−)"), a row of boxes ending in a blank
/// write-in, "within functional limits", "so she can …" as a 97110 goal, "working only w/ this pt", "w/ only him the
/// whole 97112 time", nudges and stop-and-go walking as perturbations, stabilometry, dressing tasks practised. Left: a
/// session's length as "started 2:05 p, finished 2:18 p" (a time mismatch unread). New examples in NotesAsWrittenTests
/// "thirty-ninth-set" (seen to fail before).
/// </para>
/// </summary>
public class HeldOutNotesIssue18ThirtyNinthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one as notation, negated, unstated

        // Chinle note "Seen one-on-one by PT … granddaughter stayed in the room only to interpret"; lariat-rope stepping, sheepskin EC stance, pelvic pushes; foot proprioception and slow protective steps; k of 5 and tandem seconds: passes.
        ["v1-h39-navajo-granddaughter-interpreting"] = new(
            """
            TSÉYI' REHABILITATION SERVICES — Chinle — PT DAILY NOTE
            Pt: 81 y/o Diné grandmother (shimásání to the granddaughter who drove her in), lives in a hooghan w/ a dirt floor near Many Farms.
            Seen one-on-one by PT for all of the NMR; granddaughter stayed in the room only to interpret in Diné Bizaad, no other patient treated.
            97112 Neuromuscular re-ed — 22 min
             - stepping over a lariat rope laid across the mat, forward and sideways, at my call
             - standing on a folded sheepskin (compliant surface) eyes closed, then turning her head to find the pictures on the wall
             - gentle pushes at the pelvis in stride stance → reactive steps
            Why: diabetic neuropathy w/ ↓ proprioception in both feet; slow, short protective steps — 2 falls at the corral this winter.
            Numbers: 3 of 5 pushes recovered w/ a single step (1 of 5 at IE); semi-tandem 10 s, tandem 4 s.
            """,
            ["E11.42", "Z91.81"], [PT("97112", 22)], []),

        // Brighton "Form of conducting: individual — one instructor, one patient; nobody else was served in the LFK hall"; Frenkel, line walking with head turns, narrowed Romberg pose on the mat; sensitive (sensory) ataxia with reduced deep sensitivity; Romberg seconds and steps off: passes.
        ["v1-h39-brighton-one-instructor-one-patient"] = new(
            """
            BRIGHTON NEURO-REHAB P.C. (Brighton Beach Ave.)
            Date: 04.03.2026
            Patient complains on unsteadiness when walking in the dark, "legs don't listen". Miller Fisher variant of GBS in 11.2025.
            Procedure: neuromuscular re-education (97112). Duration — 25 min.
            Form of conducting: individual — one instructor, one patient; nobody else was served in the LFK hall at this time.
            Conducted: Frenkel exercises lying and sitting (heel to marked points on the shin and on the floor, under visual control, then with closed eyes); walking along a line 3 m with turns of head; standing in narrowed Romberg pose on the soft mat.
            Status: sensitive ataxia — deep (joint-muscle) sensitivity in the feet reduced, in Romberg pose with closed eyes sways strongly.
            Results: Romberg pose with closed eyes 6 sec. (2 sec. at admission); walking along the line 3 m — 1 step off (4 at admission).
            Dynamics positive. Recommended: continue course.
            """,
            ["G61.0"], [PT("97112", 25)], []),

        // Renal track "PT gave this pt undivided attention for the whole NMR block (tech in room only to manage the chair)"; Airex head turns, belt tugs, floor-target tap-downs; uremic neuropathy with late ankle strategy; Alternate Step Test and k of 6: passes (vitals are not the measure, a measure is there).
        ["v1-h39-renal-undivided-attention"] = new(
            """
            Mercy Ridge Hospital — Outpatient Rehab · Renal/Bariatric Track
            Visit 6 · seen on a non-dialysis day (HD Tue/Thu/Sat at the unit)
            ⚠ L forearm AV fistula — no BP cuff, no weights, no band on the L arm
            Pre: BP 142/80 (R arm), HR 84, SpO2 96% RA
            NMR (97112) — 20 min — PT gave this pt undivided attention for the whole NMR block (tech in the room only to manage the chair behind her)
            • narrow stance on Airex w/ head turns
            • reactive stepping to quick tugs at the gait belt, fwd/back/lateral
            • tap-downs to floor targets w/ the R then L foot, random order
            Impairments: uremic peripheral neuropathy — ↓ plantar sensation, late ankle strategy, ↓ postural control in narrow stance
            Alternate Step Test 14.8 s (19.6 s at IE); 5 of 6 tugs recovered without UE support
            """,
            ["E11.22", "N18.6", "Z99.2"], [PT("97112", 20)], []),

        // Memory-care note, daughter watching to learn the cues, complete (errorless turn practice along floor arrows, foam stance at the counter; motor planning and postural control in turns; TUG and turn steps) — but nothing states one-on-one.
        ["v1-h39-memcare-daughter-watching-unstated"] = new(
            """
            Willow Ridge Memory Care — Therapy (Part B) — PT
            Resident: Mrs. A., 84, Alzheimer's (moderate); walks w/ a 4WW.
            Dtr (POA) present and watched the session to learn the cues.
            97112 — 23 min
            Approach: low-stim therapy room, one-step cues, demonstration before each task
            Practice: 4-step turn to the L along floor arrows (errorless practice, arrows faded over the trials); standing on the foam pad at the counter w/ eyes closed; reaching to the side for a towel in standing
            Impairment: motor planning / sequencing in turns (freezes and pivots on one foot), ↓ postural control when turning → 2 falls on the unit in Feb
            TUG w/ 4WW 24.1 s (29.7 s at IE); 180° turn in 7 steps w/o pivoting
            Behaviour: calm, redirected once when she went to look for her purse
            """,
            ["G30.1", "F02.80", "R29.6"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Activity at the dining-room table "with 4 other residents; PTA moved around the table helping each in turn": not one-on-one; semi-tandem, foam cushion, reaching and eyes-closed marching; postural control; seconds present.
        ["v1-h39-memcare-dining-table-negated"] = new(
            """
            Willow Ridge Memory Care — PTA
            Standing balance activity at the dining-room table with 4 other residents; PTA moved around the table helping each in turn, activity aide leading the music.
            97112 — 20 min (this resident)
            Activities: standing at the table feet together → semi-tandem, reaching across to pass the bean bag to her neighbour; standing on a foam cushion w/ weight shifts to the beat of the song; marching in place eyes closed holding the table edge
            Deficit: ↓ postural control in narrow stance, ↓ weight shift onto the L (old L hip fx)
            Measure: semi-tandem 10 s w/o hand support; feet together EC 8 s
            """,
            ["F03.90", "R26.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // IDD note whose "Individual: J.R." and "ISP (Individual Support Plan)" name the person and the plan, not the service; complete (poly-spot path, beam, foam catching; low tone, laxity, ankle proprioception; beam k of 5, SLS) — one-on-one never stated.
        ["v1-h39-idd-individual-is-the-person"] = new(
            """
            BAYSIDE ADULT DEVELOPMENTAL CLINIC — PT, progress toward ISP
            Individual: J.R., 34 y/o man w/ Down syndrome, lives at Maple House (group home); DSP Marcus came with him.
            ISP (Individual Support Plan) goal: walk the gravel path from the house to the van without falls.
            97112 — 24 min
            - stepping-stone path of poly spots w/ a turn at each end
            - walking a 4-in. balance beam, forward then sideways
            - catching a beach ball while standing on a foam pad
            - picture schedule on the wall: beam → spots → ball → music
            Findings: low tone and ligamentous laxity → knees hyperextend in stance; ↓ proprioception at the ankles; wide BOS and slow righting on the foam
            Data: beam 8 ft w/o stepping off 3 of 5 trials (1 of 5 last month); SLS R 4 s / L 3 s
            Worked for his reinforcer (Elvis songs on the tablet).
            """,
            ["Q90.9", "R26.89"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Two housemates "seen together in the small gym; PT alternated between them": not one-on-one; half-kneel rhythmic stabilization, kneel-walking, mirror hip shifts; hip extensor recruitment and crouch; hold seconds and k of 3 present.
        ["v1-h39-idd-housemates-alternated"] = new(
            """
            Bayside Adult Developmental Clinic — PT
            Two housemates from Cedar House came on the same van and were seen together in the small gym; PT alternated between them, and the house DSP stayed with whichever one PT was not working with.
            This client: T.W., 41, spastic diplegic CP, walks w/ forearm crutches.
            97112 — 22 min
            Rhythmic stabilization in half-kneel at the wall bar, half-kneel ↔ stand, kneel-walking on the mat, standing hip shifts w/ mirror feedback
            Target: ↓ selective motor control and recruitment of the hip extensors, crouch in stance
            Measure: half-kneel hold L lead 20 s / R lead 12 s; kneel-walk 10 ft w/o sitting back 2 of 3
            """,
            ["G80.1"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Brighton "Group LFK, small group of 5 persons with instructor-methodist": not one-on-one; fitball head turns, coordination ladder, ball over the head in Romberg pose; vestibulo-atactic syndrome; Romberg seconds and ladder metres present.
        ["v1-h39-brighton-group-lfk-negated"] = new(
            """
            Brighton Neuro-Rehab P.C.
            04.03.2026. Group LFK, small group of 5 persons with the instructor-methodist, vestibular programme.
            97112 — 20 min.
            Conducted: exercises sitting on the fitball with head turns and closed eyes; walking on the "path of steps" (coordination ladder on the floor) with turns; throwing the ball from hand to hand over the head in Romberg pose.
            Vestibulo-atactic syndrome: unsteadiness at turns of the head, wide base of support.
            Romberg pose with closed eyes 10 sec.; ladder 6 m without touching the rungs.
            """,
            ["H81.399", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Home visit in the hooghan: "PT treated Mr. B. one-on-one; his wife and the CHR stayed at the doorway (east door), nobody else treated"; half-kneel, dirt floor vs sheepskin EC, stepping over stove wood; GBS recruitment and proprioception; MRC sum and EC seconds: passes (hours of driving are not minutes).
        ["v1-h39-navajo-home-one-on-one-in-hooghan"] = new(
            """
            Tséyi' Rehab — HOME VISIT (Rough Rock) — PT
            Drove out w/ the CHR (Community Health Representative), about 2 hours each way on the dirt road, washboard after the rain.
            Seen in the hooghan. PT treated Mr. B. one-on-one; his wife and the CHR stayed at the doorway (east door), nobody else treated.
            GBS last Oct, home since Jan.
            97112 — 25 min
             • half-kneel ↔ stand using the bed frame, L then R lead
             • standing on the dirt floor vs. on the sheepskin rug, eyes open → closed
             • side-stepping over split stove wood laid on the floor
            Targets: ↓ hip extensor and ankle dorsiflexor recruitment, ↓ proprioception in both feet after GBS
            MRC sum score 48/60 (41/60 in Jan); EC stance on the rug 12 s (4 s at IE)
            """,
            ["G61.0"], [PT("97112", 25)], []),

        // Bariatric "Session shared w/ another pt (concurrent): PT … went between her and the pt on the recumbent stepper": not one-on-one; mirror targets, bariatric step, force-plate feedback; lateral postural control and proprioception; LOS % and EC seconds present.
        ["v1-h39-bariatric-shared-slot-negated"] = new(
            """
            Mercy Ridge Hospital OP Rehab — Bariatric track
            Session shared w/ another pt (concurrent): PT set this pt up on the balance tasks and went between her and the pt on the recumbent stepper.
            97112 — 22 min
            - standing lateral weight shifts to targets on the mirror, wide → hip-width stance
            - step up and over a 4-in. bariatric step w/ light hand on the rail, on PT's cue
            - stance on the force plate w/ visual feedback (CoP dot kept inside the circle)
            Impairment: ↓ lateral postural control and limits of stability; pannus blocks the view of her feet, so she relies on proprioception, which is ↓ (B LE lymphedema + neuropathy)
            Measures: LOS on the force plate 62% (48% at IE); stance w/ feet hip-width EC 15 s
            """,
            ["E66.01", "Z68.45", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // IDD walking group of three on 97116: gait has no one-on-one check; loop, grass and curb cut with 4WW and metronome cues; shuffling, freezing; distances, CGA/SBA and freeze count; goal: no DOC finding.
        ["v1-h39-idd-walking-group-97116"] = new(
            """
            Bayside Adult Developmental Clinic — PTA
            Walking group (3 clients from the Oak St. house) on the clinic's outdoor path; PTA with all three, DSP walking along.
            This client: D.M., 52, autism, drug-induced parkinsonism; walks w/ a 4WW.
            97116 — 18 min
             - walked the loop 2 × 300 ft on concrete, then the grass strip and the curb cut
             - cues for bigger steps and for looking up, metronome app on the DSP's phone
            Gait: short shuffling steps, ↓ arm swing, freezes at the curb cut
            Assist: CGA on grass, SBA on concrete; froze 1 time at the curb (3 times last week)
            Goal: walk from the van to the day-programme door w/ staff only
            """,
            ["F84.0", "G21.11", "R26.89"], [PTA("97116", 18)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Brighton form "individual, 1 patient : 1 instructor (+)   small-group (−)   group (−)"; Kabat PNF D2 and rhythmic stabilisation, rocking platform; L hip recruitment and slow weight transfer; % body weight on scales and strength points: passes.
        ["v2-h39-brighton-form-plus-individual"] = new(
            """
            BRIGHTON NEURO-REHAB P.C. — Protocol of procedure
            Date 04.03.2026 · Instructor: E. Kovalenko, PT
            Form of conducting:  individual, 1 patient : 1 instructor (+)   small-group (−)   group (−)
            Procedure: 97112 — 23 min.
            Methods: PNF by Kabat (D2 flexion/extension patterns for the left leg, rhythmic stabilisation in sitting); stepping forward/backward over the line with weight transfer to the left; standing with the left leg on the rocking platform
            Deficit: left-sided hemiparesis after ischemic stroke (11.2025) — weak motor recruitment of hip abductors and extensors, slow transfer of weight onto the left leg
            Control: load on the left leg 41% of body weight (scales), at admission 33%; strength of left hip abductors 3 points (2 points at admission)
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // OT trial data "+ + − + +   4/5" under a "+ = independent, − = needed physical help" key; van-step simulator and lunch-bag carry; paratransit ISP goal; counts and min A: passes.
        ["v2-h39-idd-trial-data-plus-minus-97530"] = new(
            """
            Bayside Adult Developmental Clinic — OT
            Client: K.L., 29, Down syndrome + hearing loss (uses signs); from Birch House, DSP present.
            97530 — 20 min
            ISP goal: get on and off the paratransit van step and carry her lunch bag into the day program.
            Trial data (+ = independent, − = needed physical help):
              step up onto the 14-in. van-step simulator holding the rail   + + − + +   4/5
              step down w/ lunch bag in the other hand                   − + − + +   3/5
              carry lunch bag 30 ft to the table and sit                  + + + + +   5/5
            Physical help on the − trials: min A at the elbow.
            """,
            ["Q90.9", "H90.3"], [OT("97530", 20)], []),

        // OT memory-care 97530 whose cueing-level row is left without a mark and which has no assistance level, count or number anywhere: no measure; tasks and a dressing goal present.
        ["v2-h39-memcare-cue-row-blank-97530"] = new(
            """
            Willow Ridge Memory Care — OT (Part B)
            97530 — 22 min
            Tasks: putting on her cardigan in standing at the closet; taking clothes out of the low dresser drawer; walking the clothes to the bed and laying them out
            Goal: put on her own cardigan and blouse in the morning.
            Cueing level:  Verbal ☐   Gestural ☐   Tactile ☐   Hand-under-hand ☐   Independent ☐
            Behaviour: mild anxiety, reassured; no exit-seeking today
            """,
            ["G30.1", "F02.80"], [OT("97530", 22)], [At(Measure, "97530")]),

        // Renal flowsheet "Treatment type —" and "1:1 time N/A": one-on-one not stated; perturbations, Airex ball toss, head-turn tandem; reactive control and foot proprioception; Mini-BESTest present.
        ["v2-h39-renal-one-on-one-time-na"] = new(
            """
            Mercy Ridge Hospital OP Rehab — Renal track — daily flowsheet
            Row                         Value
            Dialysis day?               No (HD M/W/F)
            Access / precautions        R upper-arm AVG — no BP or weights R arm
            Treatment type              —
            1:1 time                    N/A
            97112 min                   23
            Technique                   reactive stepping to manual perturbations at the pelvis; Airex stance w/ ball toss; tandem walk along the hallway line with head turns
            Deficit                     ↓ reactive postural control, ↓ foot proprioception (diabetic + uremic neuropathy)
            Outcome                     Mini-BESTest 17/28 (13/28 at IE)
            """,
            ["E11.22", "N18.6", "Z99.2"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // TIU template "IMPAIRMENTS ADDRESSED: see PT initial eval 01/14/2026" and no impairment anywhere else: deficit missing; one-on-one, rocker/step/foam techniques and FSST present.
        ["v2-h39-rpms-impairments-see-eval"] = new(
            """
            TIU DOCUMENT — LOCAL TITLE: PT DAILY NOTE — Tséyi' Rehab (Many Farms satellite)
            VISIT: 03/04/2026 PHYSICAL THERAPY
            ONE-ON-ONE: YES — PT and patient only
            CPT 97112 NEUROMUSCULAR RE-ED — 20 MIN
            INTERVENTIONS: rocker board A/P and M/L eyes closed; stepping onto and off a 6-in. step w/ quick direction changes called by PT; standing on the foam pad catching and throwing a ball
            IMPAIRMENTS ADDRESSED: see PT initial eval 01/14/2026
            OUTCOME: Four Square Step Test 15.2 s (18.9 s at IE)
            PATIENT ED: HEP — good understanding, teach-back done
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Brighton methods row "(+ done / − not done)" with every method "(−)" and "other: —": no technique; individual form (+), proprioceptive deficit after ankle ORIF and SLS seconds present, no generic phrase.
        ["v2-h39-brighton-methods-all-minus"] = new(
            """
            BRIGHTON NEURO-REHAB P.C. — Protocol of procedure
            Date 05.03.2026
            Form of conducting: individual, 1 patient : 1 instructor (+)
            97112 — 20 min.
            Methods (+ done / − not done):
              PNF (−)   Bobath (−)   stabiloplatform with biofeedback (−)   Frenkel (−)   vestibular gymnastics (−)   other: —
            Deficit: proprioceptive deficit in the right foot and ankle after fracture of the right ankle (ORIF 09.2025), instability on the right leg
            Control: standing on the right leg 5 sec. (with closed eyes 1 sec.)
            """,
            ["S82.851D"], [PT("97112", 20)], [At(Tech, "97112")]),

        // Bariatric OT equipment checklist (☑ bariatric RW, commode, long-handled sponge; ☐ lift) with commode and tub-bench transfers, CGA / min A and a shower goal: passes (weight and weight ratings are not measures, the assist levels are).
        ["v2-h39-bariatric-equipment-checklist-97530"] = new(
            """
            Mercy Ridge Hospital OP Rehab — Bariatric track — OT
            Equipment used today:  ☑ bariatric RW (rated 700 lb)   ☑ bariatric 3-in-1 commode   ☑ long-handled sponge   ☐ mechanical lift
            97530 — 25 min
            • toilet transfer to the 3-in-1 over the toilet, 4 reps — CGA, cues for hand placement and scooting forward first
            • simulated tub-bench transfer, legs over the tub wall one at a time — min A for the R leg
            • washing lower legs/feet w/ the long-handled sponge seated on the bench, 2 trials
            Goal: shower at home w/o her husband lifting her legs over the tub.
            Wt 201 kg; SpO2 94–96% RA throughout.
            """,
            ["E66.01", "Z68.45", "M62.81"], [OT("97530", 25)], []),

        // Behaviour Y/N row beside "Seen 1:1 w/ PT:  Y"; dot stepping on cue, backward perturbations at the shoulders, standing reach for pegs; retropulsion and delayed backward stepping; pull-test steps and k of 10: passes.
        ["v2-h39-memcare-behaviour-yn-one-on-one-y"] = new(
            """
            Willow Ridge Memory Care — PT — daily
            Behaviours (Y/N):  agitation N · exit-seeking Y (redirected to task ×2) · refused N · sleepy N
            Seen 1:1 w/ PT:  Y
            97112 — 21 min
            Activities: stepping to coloured floor dots on PT's cue (random order); gentle backward perturbations at the shoulders w/ PT guarding; standing reach to pick up pegs from a raised stool
            Impairment: retropulsion and delayed backward protective stepping (Lewy body dementia w/ parkinsonism)
            Pull test: 3 backward steps before recovery w/ PT catching (5+ at IE); 8 of 10 dots stepped on w/o losing balance
            """,
            ["G31.83", "R26.81"], [PT("97112", 21)], []),

        // OT home checklist "(✓ = yes)" with ✓ hooghan/dirt floor/wood stove/hauls water and ✗ running water; water-jug carries, threshold step-overs with a flour sack, kneeling to the stove; SBA/CGA/min A with loads and reps; goal: passes.
        ["v2-h39-navajo-home-checklist-97530"] = new(
            """
            Tséyi' Rehab — OT home-safety + ther activity (Chinle)
            Home (✓ = yes, ✗ = no):  ✓ hooghan, dirt floor   ✓ wood stove   ✓ hauls water   ✗ running water   ✗ electricity   ✓ outhouse about 60 ft out
            97530 — 24 min (in clinic, simulated)
            - carrying a 5-gal water jug (about 40 lb) from the truck tailgate 25 ft, 3 trips — SBA, rests between
            - stepping up and over the 6-in. hooghan threshold (mock-up) carrying a 10-lb sack of Blue Bird flour, 4 reps — CGA
            - kneeling to the floor to feed the stove and getting back up using a chair, 3 reps — min A
            Goal: haul her own water and wood for the stove, w/o her son having to drive over every day.
            """,
            ["M17.0", "M62.81"], [OT("97530", 24)], []),

        // Exercise table with "Sets × reps" and a prompt column under a printed key (FP/PP/G/V/I); hip and calf weakness with grades and a porch-steps ISP goal: passes.
        ["v2-h39-idd-prompt-column-97110"] = new(
            """
            Bayside Adult Developmental Clinic — PT
            97110 — 15 min
            Exercise                   Sets × reps    Prompt
            sit-to-stand, no hands     2 × 8          V
            bridging                   2 × 10         G
            step-ups 6 in.             2 × 8 each     PP
            heel raises at counter     2 × 12         V
            Target: hip and calf weakness (hip ext 3+/5, PF 3/5 B) — ISP goal to climb the 3 porch steps at Maple House w/o staff lifting
            Prompt key: FP full physical · PP partial physical · G gestural · V verbal · I independent
            """,
            ["Q90.9", "M62.81"], [PT("97110", 15)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programs

        // Stabilan-01 stabilometric platform with visual biofeedback games ("Target", "Skier", "Balloons"), "Done individually — instructor with this patient only"; CoP shifted right, slow L recruitment; CoP offset mm and QBF %: passes.
        ["v3-h39-stabilan-biofeedback-games"] = new(
            """
            BRIGHTON NEURO-REHAB P.C.
            04.03.2026 — Procedure No. 7
            Training on the stabilometric platform "Stabilan-01" with visual biofeedback: games "Target", "Skier", "Balloons"; the patient keeps the centre-of-pressure marker in the target zone while shifting the weight forward and to the left.
            Done individually — instructor with this patient only.
            97112 — 24 min.
            Problem: post-stroke instability, centre of pressure shifted to the right, insufficient weight bearing and slow motor recruitment of the left leg (left hemiparesis).
            Stabilometry: frontal CoP offset 18 mm → 9 mm; quality of balance function (QBF) 61% (47% at start of course).
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // Regent axial-loading suit (proprioceptive correction) named and described, one-to-one, afferent deficit and weak DF recruitment — but not a single number or dose (only the date and the minutes): no measure.
        ["v3-h39-regent-suit-no-number"] = new(
            """
            BRIGHTON NEURO-REHAB P.C.
            Date: 04.03.2026
            Kinesiotherapy in the axial-loading suit "Regent" (proprioceptive correction): elastic tractions set to bring the left foot to neutral and the knee to extension; walking in the suit in the hall and on the stairs, squatting and rising, stepping over obstacles.
            Individually, instructor and patient one-to-one.
            97112 — 25 min.
            Deficit: afferent (proprioceptive) deficit of the left leg, hyperextension of the knee in stance, weak recruitment of the ankle dorsiflexors — left hemiparesis.
            Patient tolerated procedure satisfactorily, walking in the suit more confident. Recommended to continue course.
            """,
            ["I69.354"], [PT("97112", 25)], [At(Measure, "97112")]),

        // 97110 by the Dikul method on the block trainer with "3 approaches × 12 times, 4 kg"; gluteal/back-extensor weakness and lumbar instability; Sorensen seconds: passes.
        ["v3-h39-dikul-block-trainer-97110"] = new(
            """
            BRIGHTON NEURO-REHAB P.C. — LFK
            04.03.2026
            97110 — 20 min.
            Exercises by the Dikul method on the block trainer:
             1) hip extension lying on the stomach, cable from the block — 3 approaches × 12 times, 4 kg
             2) trunk extension on the Roman chair to horizontal — 3 approaches × 8 times
             3) hip abduction standing, 3 kg — 2 approaches × 15 times each leg
            Indication: weakness of the gluteal muscles and back extensors, lumbar segmental instability (L4–L5 listhesis gr. I).
            Control: Sorensen test 52 sec. (31 sec. at start of course).
            """,
            ["M43.16"], [PT("97110", 20)], []),

        // 97140: Lewit's postisometric relaxation (PIR) of R upper trapezius/levator, 5 cycles, and classical massage of the "collar zone (neck and upper back)"; muscle-tonic syndrome with limited rotation; degrees before/after: passes.
        ["v3-h39-lewit-pir-collar-zone-97140"] = new(
            """
            BRIGHTON NEURO-REHAB P.C.
            04.03.2026
            Manual therapy (97140) — 12 min.
            - postisometric relaxation (PIR) by Lewit of the right upper trapezius and levator scapulae, 5 cycles each (7–10 sec. tension, relaxation on exhale)
            - classical massage of the collar zone (neck and upper back): stroking, kneading, vibration
            Status localis: muscle-tonic syndrome of the neck on the right, tender trapezius, rotation of the head to the right 55°.
            After procedure: rotation to the right 70°, pain 3/10 (6/10 before).
            """,
            ["M54.2", "M79.18"], [PT("97140", 12)], []),

        // 97530: Special Olympics MATP stations (kick to target, line walk with ball, ramp bowling) for an MATP-day ISP goal; kicks k of 10 and CGA: passes.
        ["v3-h39-special-olympics-matp-97530"] = new(
            """
            Bayside Adult Developmental Clinic — PT
            97530 — 18 min
            Special Olympics MATP (Motor Activities Training Program) skills, practised for the spring MATP day at the high-school gym:
             - kicking a playground ball to a 4 × 6 ft target from 10 ft
             - walking forward on a floor line carrying a ball in both hands
             - pushing a ball off the ramp to knock down the pins (adapted bowling)
            Client: R.S., 46, spastic quadriplegic CP, walks w/ a posterior walker.
            Goal (ISP): join the MATP day w/ house staff only, standing for the kicking and bowling stations.
            Kicks on target 6/10 (3/10 in Jan); line walk 15 ft w/ CGA for lateral sway.
            """,
            ["G80.0"], [PT("97530", 18)], []),

        // OT Montessori-based activities at counter height (silverware sorting, folding, watering plants) for a table-setting goal; CGA and cue count: passes.
        ["v3-h39-montessori-activities-ot-97530"] = new(
            """
            Willow Ridge Memory Care — OT
            97530 — 20 min
            Montessori-based activities set up at counter height in standing, a large-print label on each bin:
             - sorting silverware into the drawer tray (24 pieces)
             - folding 8 washcloths and stacking them
             - watering the 4 plants on the sill w/ a small pitcher, walking between them
            Goal: help set the dining tables on the unit before lunch, as she did at the family diner.
            Assist: CGA for standing balance; 2 verbal cues to restart the folding; no hand-under-hand needed (needed it to start every task at IE).
            """,
            ["F01.50", "R26.89"], [OT("97530", 20)], []),

        // Round-dance side-stepping to the hand drum in an "Elders' balance group at the Many Farms Chapter House — PT leading, 6 elders": not one-on-one; lateral weight shift and reactive stepping; timed side-step and reach present.
        ["v3-h39-round-dance-chapter-house-group"] = new(
            """
            Tséyi' Rehab — Elders' balance group at the Many Farms Chapter House — PT leading, 6 elders
            97112 — 20 min (this pt)
            Round-dance side-stepping to the hand drum, changing direction when the drummer changes the beat (rhythmic auditory cue + reactive direction change); side-to-side weight shifting holding hands in the circle, then hands free
            Target: ↓ lateral weight shift and slow reactive stepping to the L (old L hip fx)
            Side-step 10 ft to the L in 9 s (13 s at IE); lateral reach to the L 5 in.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Bobath concept (NDT) facilitation from key points, "one patient — one therapist", 5-times sit-to-stand seconds — but no impairment, system or deficit written anywhere (and no diagnosis in the note): deficit missing.
        ["v3-h39-bobath-key-points-no-deficit"] = new(
            """
            BRIGHTON NEURO-REHAB P.C.
            05.03.2026 · one patient — one therapist
            97112 — 22 min.
            Bobath concept (NDT): facilitation of sit-to-stand from key points at the pelvis and thorax; weight transfer forward over the feet; standing up and sitting down slowly; stepping forward from standing with support at the pelvis.
            Sit-to-stand 5 times — 19 sec. (26 sec. at first visit).
            """,
            ["I69.354"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // 97110 in the Ekzarta suspension system ("sling exercise, like Redcord") with approaches, times and holds; deep trunk stabiliser and glute med weakness with grades and a lifting goal: passes.
        ["v3-h39-ekzarta-slings-97110"] = new(
            """
            BRIGHTON NEURO-REHAB P.C. — LFK
            05.03.2026
            97110 — 18 min.
            Exercises in the suspension system "Ekzarta" (sling exercise, like Redcord):
             - supine pelvic lift with legs in slings — 3 approaches × 10 times, 3 sec. hold on top
             - side-lying hip abduction with the leg in a sling — 2 approaches × 12 times each side
             - prone plank on forearms with shins in slings — 3 × 20 sec.
            For weakness of the deep stabilisers of the trunk and gluteus medius (left 4− / right 4), low back pain when lifting the grandchildren.
            """,
            ["M54.50", "M62.81"], [PT("97110", 18)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // "Status neurologicus": Romberg deviation, finger-nose intention and past-pointing, heel-knee ataxia, dysdiadochokinesis on the left are the cerebellar deficit by its signs; weighted target placing, line walking with stops; Romberg seconds and 7 of 10: passes.
        ["v4-h39-brighton-status-neurologicus-signs"] = new(
            """
            BRIGHTON NEURO-REHAB P.C.
            04.03.2026
            Status neurologicus: in Romberg pose sways, with closed eyes deviates to the left; finger-nose test — intention and past-pointing on the left; heel-knee test with ataxia on the left; dysdiadochokinesis of the left hand.
            97112 — 24 min., individually (one instructor — one patient).
            Conducted: exercises with weighting cuffs 0.5 kg on the left wrist and ankle under visual control (placing the heel into marked squares, touching targets with the finger); walking along the line with stops on command; catching the ball standing on the mat.
            Control: Romberg pose with open eyes 20 sec., with closed eyes 4 sec.; heel into squares 7 of 10 accurate.
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // Exam "10-g monofilament absent at 6 of 10 sites R … vibration absent B; ankle jerks absent" is the somatosensory deficit by its signs; foam EC, numbered target taps, stepping over a cane; CTSIB seconds; "one PT working only w/ this pt": passes.
        ["v4-h39-renal-monofilament-vibration-signs"] = new(
            """
            Mercy Ridge Hospital OP Rehab — Renal track
            HD Mon/Wed/Fri; seen Thu. L AVF — no BP or weights L arm.
            Exam: 10-g monofilament absent at 6 of 10 sites R foot, 7 of 10 L; vibration at the great toes absent B; ankle jerks absent B.
            97112 — 23 min, one PT working only w/ this pt
             - feet together → semi-tandem on the firm floor, then on foam, eyes open/closed
             - tapping the foot to numbered floor targets w/ eyes on the target, then eyes up
             - stepping over a cane laid on the floor w/o looking down
            CTSIB foam EO 30 s, foam EC 6 s (2 s at IE)
            """,
            ["E11.42", "N18.6", "Z99.2"], [PT("97112", 23)], []),

        // 97116 after GBS: "B steppage gait (DF 2/5 R, 3−/5 L), hip hiking R in swing, areflexia; toe catch" are the deficits; rollator + AFOs on hallway, ramp and threshold strip; distances, CGA/SBA and toe-catch counts: passes.
        ["v4-h39-gbs-steppage-afo-97116"] = new(
            """
            Mercy Ridge Hospital OP Rehab — post-ICU GBS
            GBS (AIDP), IVIG in Dec, ICU 3 wk, home since Feb.
            97116 — 20 min
            Gait w/ rollator and B off-the-shelf AFOs: hallway 2 × 150 ft, then the ramp up/down × 2, stepping over a 2-in. threshold strip
            Findings: B steppage gait (DF 2/5 R, 3−/5 L), hip hiking R in swing, areflexia; toe catch on the threshold strip
            Assist: CGA on the ramp, SBA on level; 0 toe catches w/ the AFOs vs 3 without
            """,
            ["G61.0"], [PT("97116", 20)], []),

        // "Complaints: none at present. Status neurologicus: focal neurological deficit not revealed." and no deficit anywhere: deficit missing; stabiloplatform games, line and cushion work, individual, statokinesiogram area present.
        ["v4-h39-brighton-deficit-not-revealed"] = new(
            """
            BRIGHTON NEURO-REHAB P.C.
            04.03.2026
            Complaints: none at present.
            Status neurologicus: focal neurological deficit not revealed.
            97112 — 20 min., individually, instructor and patient only.
            Conducted: training on the stabiloplatform with visual biofeedback (games "Target" and "Labyrinth"); walking along the line with turns of the head; standing on the balance cushion with closed eyes.
            Control: stabilometry — area of statokinesiogram 212 mm² (264 mm² at previous control).
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Down syndrome exam "genu recurvatum 15° B, pes planus, can't match 20° knee position w/ eyes closed" is the deficit; "PT one-on-one w/ A.P.; house DSP waited in the lobby"; soft-knee squats, foam beam, step-and-stop; k of 10 and SLS: passes.
        ["v4-h39-idd-recurvatum-knee-position-sense"] = new(
            """
            Bayside Adult Developmental Clinic — PT
            Client: A.P., 38, Down syndrome; atlantoaxial instability precautions (no resisted neck flexion, no tumbling).
            PT one-on-one w/ A.P. in the small gym; the house DSP waited in the lobby.
            97112 — 22 min
            - mini-squat to 20° and hold at the mirror w/ a tape line on the knee ("soft knees")
            - stance on a foam beam, sideways steps, knees kept soft
            - stepping onto a 4-in. aerobic step and stopping on PT's clap
            Exam: genu recurvatum 15° B in stance, pes planus w/ hindfoot valgus, ↓ knee position sense (can't match 20° w/ eyes closed)
            Knee hyperextension caught and corrected on 7 of 10 steps on the beam (2 of 10 at IE); SLS R 5 s / L 4 s
            """,
            ["Q90.9", "R26.89"], [PT("97112", 22)], []),

        // Bariatric PTA gait "Gait pattern: within functional limits, no deviations observed. Goals: see POC." and no impairment or goal anywhere: deficit missing on 97116; rollator bouts with distances, SBA and cone turns present.
        ["v4-h39-bariatric-gait-wfl-no-deficit"] = new(
            """
            Mercy Ridge Hospital OP Rehab — Bariatric track — PTA
            97116 — 15 min
            Amb w/ bariatric rollator (rated 500 lb) 2 × 160 ft on level tile + 1 × 60 ft on carpet, SBA; turning around the cones w/ a 3-point turn; seated rest between bouts
            Gait pattern: within functional limits, no deviations observed.
            Goals: see POC.
            SpO2 95% → 92% RA, recovered with the rest.
            """,
            ["E66.01", "Z68.44"], [PTA("97116", 15)], [At(Deficit, "97116")]),

        // Prosthetic gait findings "wide BOS, short R stance time, vaulting on L, lateral trunk lean over the prosthesis" with a sheep-corral goal; dirt path, gravel, curb and ramp, sheep-pen gate; AMPPRO, SBA/CGA: passes.
        ["v4-h39-navajo-transtibial-gait-findings"] = new(
            """
            Tséyi' Rehab — PT — amputee gait (Chinle)
            R transtibial amputation (diabetic foot, 8 mo ago); new socket last month.
            97116 — 23 min
             - gait w/ prosthesis + SPC on the dirt path behind the clinic and the gravel lot, 3 × 200 ft
             - up and down the 4-in. curb and the loading ramp, step-to → step-through
             - walking to the sheep-pen gate (mock-up), opening it, stepping through over the sill
            Findings: wide BOS, short R stance time, vaulting on the L, lateral trunk lean over the prosthesis
            AMPPRO 32/47 (27/47 at delivery); SBA on dirt, CGA on the ramp
            Goal: walk his sheep to the corral again.
            """,
            ["Z89.511", "E11.42"], [PT("97116", 23)], []),

        // GBS "MRC sum score 44/60: hip flexors 3/5 B, hip abd 3+/5 B, DF 4−/5 B" states the weakness and the measure; band, side-lying, sit-to-stand and DF exercises with doses: passes.
        ["v4-h39-gbs-mrc-grades-97110"] = new(
            """
            Tséyi' Rehab — PT (Shiprock-area pt, seen at Chinle)
            GBS Oct 2025, recovering; still uses a walker.
            MRC sum score 44/60: hip flexors 3/5 B, hip abd 3+/5 B, DF 4−/5 B, shoulder abd 4/5 B
            97110 — 18 min
             - supine hip flexion w/ green band 2 × 10 B
             - side-lying hip abd 2 × 10 B
             - sit-to-stand from a standard chair, arms crossed, 3 × 6
             - seated DF w/ band 2 × 15
            Rest between sets; keep below next-day fatigue.
            """,
            ["G61.0"], [PT("97110", 18)], []),

        // Memory-care deficit field answered with behaviour ("pleasant and cooperative today, followed one-step commands"), no neuromuscular deficit anywhere: deficit missing; one-on-one, line stepping, foam marching and EC seconds present.
        ["v4-h39-memcare-deficit-field-behaviour"] = new(
            """
            Willow Ridge Memory Care — PT
            One-on-one w/ PT in the therapy room, door closed.
            97112 — 20 min
            Forward/backward stepping over a taped line on PT's cue; marching in place on the foam pad holding the parallel bar; catching a balloon in standing
            Deficit: pleasant and cooperative today, followed one-step commands.
            Feet together EC 9 s; stepped over the line 10/10 w/o touching it
            """,
            ["F03.90", "R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // OT 97530 before the noon HD chair: "light-headed on standing after HD (BP drop 24 mmHg) and ↓ LE strength; goal: … transport van on HD days"; van mock-up, bag carry, low couch; min A → CGA: passes.
        ["v4-h39-renal-post-hd-van-goal-97530"] = new(
            """
            Mercy Ridge Hospital OP Rehab — Renal track — OT
            97530 — 18 min (seen before her noon HD chair)
            - getting in and out of the transport-van seat mock-up (high step + grab handle), 4 reps
            - picking up her dialysis bag from the floor and carrying it 20 ft
            - standing from a low couch → turn → walk to the door, 3 reps
            Problem: light-headed on standing after HD (BP drop 24 mmHg sit → stand last Fri) and ↓ LE strength; goal: get herself in and out of the transport van on HD days w/o the driver lifting.
            Min A on the van step → CGA by rep 4.
            """,
            ["N18.6", "Z99.2", "M62.81"], [OT("97530", 18)], []),

        // 97140: "painful muscle seals (trigger points) in right piriformis, positive Bonnet–Bobrovnikova symptom" is the region and impairment; PIR cycles, deep gluteal massage, SI springing; hip IR degrees: passes.
        ["v4-h39-brighton-bonnet-piriformis-97140"] = new(
            """
            BRIGHTON NEURO-REHAB P.C.
            05.03.2026
            Palpation: painful muscle seals (trigger points) in the right piriformis, positive Bonnet–Bobrovnikova symptom on the right, Lasègue negative.
            Manual therapy (97140) — 15 min.
             - PIR of the right piriformis, 4 cycles
             - deep massage of the right gluteal region along the piriformis
             - mobilisation of the right sacroiliac joint (springing), 3 series
            Control: internal rotation of the right hip 22° → 34° after the procedure.
            """,
            ["G57.01"], [PT("97140", 15)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Stabilometry on the platform "length of CoP path EO 380 mm, EC 720 mm; Romberg coefficient 189% (265% at admission)"; biofeedback Skier, beam, head-turn walking; vestibulo-proprioceptive instability; individual: passes.
        ["v5-h39-brighton-romberg-coefficient"] = new(
            """
            BRIGHTON NEURO-REHAB P.C. — Control of the course (mid-course)
            04.03.2026
            97112 — 25 min., individually (instructor with this patient only)
            Conducted: stabilometric training with biofeedback (game "Skier"); walking along the balance beam; walking in the hall with turns of the head.
            Deficit: vestibulo-proprioceptive instability after vestibular neuronitis on the left.
            Stabilometry, Romberg test on the platform: length of CoP path EO 380 mm, EC 720 mm; Romberg coefficient 189% (265% at admission).
            """,
            ["H81.22"], [PT("97112", 25)], []),

        // OT GBS 97530 whose outcome is "GBS disability score 2 (3 at IE); I-RODS centile 48"; pot carry, laundry basket, floor recovery with CGA; work and home goal: passes.
        ["v5-h39-gbs-disability-score-irods-97530"] = new(
            """
            Mercy Ridge OP Rehab — GBS recovery — OT
            97530 — 24 min
             - kitchen: carrying a pot of water stove → sink 8 ft, 3 reps
             - taking the laundry basket from the dryer to the bed, 2 trips
             - kneel → stand from the floor w/ a chair (floor recovery), 3 reps, CGA
            Goal: back to independent home tasks and her part-time job at the library.
            GBS disability score 2 (3 at IE); I-RODS centile 48 (31 at IE)
            """,
            ["G61.0"], [OT("97530", 24)], []),

        // Bariatric 97110: "30-s chair stand (22-in., arms allowed): 7 (4 at IE)" with exercise doses; quad/hip weakness and a couch goal: passes.
        ["v5-h39-bariatric-chair-stand-22-inch-97110"] = new(
            """
            Mercy Ridge Hospital OP Rehab — Bariatric track
            97110 — 20 min
            Sit-to-stand from a 22-in. bariatric chair w/ armrests 3 × 6; standing hip abd at the counter 2 × 10 B; seated knee ext w/ 3-lb cuff 2 × 12 B; heel raises at the counter 2 × 10
            For B quad/hip weakness (4−/5) and ↓ sit-to-stand — goal: stand up from her own couch w/o the lift chair
            30-s chair stand (22-in., arms allowed): 7 (4 at IE)
            """,
            ["E66.01", "Z68.44", "M62.81"], [PT("97110", 20)], []),

        // Memory-care 97112 with 1:1, weight-shift and backward-stepping drills and a sequencing/backward-control deficit, but "Did better than on Tuesday; fewer redirections" is no number and there is no dose: no measure.
        ["v5-h39-memcare-better-than-tuesday"] = new(
            """
            Willow Ridge Memory Care — PT — Thurs
            1:1 w/ PT, dtr observed from the doorway.
            97112 — 22 min
            Weight shifting onto the heels w/ tactile cues at the pelvis; stepping backward to the chair until the calves touch, hand-under-hand cues at the hips fading to verbal; standing reach for her coffee cup placed out to the L and R
            Impairment: motor planning / sequencing for turning and sitting, ↓ backward postural control (sits down too early, plops)
            Did better than on Tuesday; fewer redirections; sat down w/ control more often. Dtr pleased.
            """,
            ["G30.1", "F02.80"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Kayenta 97112 whose only numbers are miles driven, the next visit's date and the size of her flock; sand and stone-step work, saddle-blanket EC stance; neuropathic proprioception; "better than last time" is the patient's word: no measure.
        ["v5-h39-navajo-miles-date-flock-not-measures"] = new(
            """
            Tséyi' Rehab — PT (Kayenta visit)
            Pt drove 68 miles from near Navajo Mountain; next visit 03/18. Herds about 40 head of sheep w/ her nephew.
            One-on-one w/ PT the whole session; nephew waited in the truck.
            97112 — 20 min
             - walking on the uneven sand strip behind the clinic w/ head turns, looking for markers
             - stepping up and down the stone step outside, eyes up
             - standing on the folded saddle blanket, eyes closed, then reaching out to the side
            Target: ↓ proprioception in both feet (diabetic neuropathy) and a slow ankle strategy on sand
            Steadier on sand today; pt says "better than last time".
            """,
            ["E11.42", "R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // "Stepped off the line 2 times in 10 ft (5 times at IE); hurdles cleared 8 of 9" are the measures; "PT one-on-one w/ L.C.; DSP helped w/ the AAC device only"; tape line, hurdles, wobble cushion; narrow-base control and motor planning: passes.
        ["v5-h39-idd-steps-off-line-count"] = new(
            """
            Bayside Adult Developmental Clinic — PT
            L.C., 27, autism, nonverbal (uses TouchChat); from Willow House w/ DSP.
            PT one-on-one w/ L.C.; the DSP helped w/ the AAC device only.
            97112 — 20 min
            - walking a 10-ft tape line heel-to-toe to reach the sticker at the end
            - stepping over 3 low hurdles, then stopping on the "STOP" card
            - standing on a wobble cushion while placing rings on the cone
            Target: ↓ postural control in a narrow base, poor motor planning for stepping over obstacles (trips on curbs)
            Stepped off the line 2 times in 10 ft (5 times at IE); hurdles cleared 8 of 9
            """,
            ["F84.0", "R26.89"], [PT("97112", 20)], []),

        // PTA gait "Timed 50-ft walk on the dirt path: 19 s (27 s at IE)" with distances and SBA / mod I; SPC on dirt and the rocky wash; antalgic R knee-OA gait; corral goal: passes.
        ["v5-h39-navajo-timed-50-ft-dirt-97116"] = new(
            """
            Tséyi' Rehab — PTA — gait (Many Farms)
            97116 — 18 min
            Gait over the dirt path and the rocky wash behind the clinic w/ SPC: 3 × 150 ft, cues for heel strike R and a longer L step
            Deficit: antalgic gait from R knee OA, short L step, ↓ R stance time
            Timed 50-ft walk on the dirt path: 19 s (27 s at IE); SBA on the rocks, mod I on the path
            Goal: walk the path from the hooghan to the corral w/o a fall.
            """,
            ["M17.11", "R26.89"], [PTA("97116", 18)], []),

        // LFK after knee endoprosthesis in "approaches by … times" (a calque of sets and repetitions) with strength "4 points"; L quadriceps weakness and limited flexion: passes.
        ["v5-h39-brighton-approaches-by-times-97110"] = new(
            """
            BRIGHTON NEURO-REHAB P.C. — LFK in the hall
            05.03.2026
            97110 — 15 min.
            Therapeutic exercises (LFK) after total endoprosthesis of the left knee joint (02.2026):
             - "bridge" lying on the back — 3 approaches by 10 times
             - squat at the Swedish wall (wall bars) holding the rung — 2 approaches by 8 times
             - flexion of the left knee sitting, foot sliding on the floor — 2 approaches by 15 times
             - stepping up on the step platform with the left leg — 2 approaches by 10 times
            Problem: weakness of the left quadriceps (hypotrophy, strength 4 points), flexion of the knee limited.
            """,
            ["Z96.652"], [PT("97110", 15)], []),

        // PTA GBS 97110 with hand-held dynamometry "knee ext R 14.2 kgf / L 12.8 kgf"; leg press, cuff, band and heel-raise doses; proximal weakness limiting stairs: passes.
        ["v5-h39-gbs-hand-held-dynamometry-97110"] = new(
            """
            Mercy Ridge OP Rehab — GBS follow-up — PTA
            97110 — 16 min
            Leg press (seated machine) 2 × 10 @ 20 kg; knee ext w/ 2-kg cuff 2 × 10 B; standing hip abd w/ band 2 × 12 B; heel raises 2 × 10
            HHD (make test): knee ext R 14.2 kgf / L 12.8 kgf; hip abd R 9.6 / L 8.9 kgf
            Target: proximal LE weakness after GBS limiting stairs (the house has 12 steps up to the bedroom)
            """,
            ["G61.0"], [PTA("97110", 16)], []),

        // Bariatric PTA gait with cues and turning practice and a stated gait deficit, but no distance, assistance level or number at all: measure missing on 97116.
        ["v5-h39-bariatric-rollator-no-distance-97116"] = new(
            """
            Mercy Ridge Hospital OP Rehab — Bariatric track — PTA
            97116 — 17 min
            Amb in the hallway w/ the bariatric rollator; cues for an upright trunk, looking ahead and longer steps; practiced turning around at the end of the hall and backing up to sit on the rollator seat.
            Gait: forward trunk flexion, short step length, wide BOS, ↓ endurance (stops to lean on the rollator)
            Pt motivated; husband watching.
            """,
            ["E66.01", "Z68.43", "R26.89"], [PTA("97116", 17)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, missing separate time

        // Numbered procedures "1) LFK individually (97110) — duration 20 min.  2) Massage … (97140) — duration 10 min." both match; a clock time and a date beside them; exercise doses, PIR cycles, lumbar region, Schober and finger-to-floor cm: passes.
        ["v6-h39-brighton-duration-per-procedure"] = new(
            """
            BRIGHTON NEURO-REHAB P.C.
            04.03.2026, 10:00
            1) LFK individually (97110) — duration 20 min.: lying on the back — "bicycle" 2 approaches × 20 times; pelvic tilts with abdominal bracing 3 × 10; bird-dog on all fours 2 × 8 each side, 5 sec. hold.
            2) Massage of the lumbosacral zone (97140) — duration 10 min.: stroking, kneading of the paravertebral muscles L1–S1, PIR of the right quadratus lumborum 4 cycles.
            Indication: lumbar osteochondrosis with muscle-tonic syndrome on the right, weak deep abdominal muscles.
            Control: Schober 3.5 cm (2.5 cm at start); finger-to-floor distance 18 cm (27 cm at start).
            """,
            ["M54.50", "M62.830"], [PT("97110", 20), PT("97140", 10)], []),

        // TIU capitals "CPT 97112 — TIME: 23 MIN — ONE-ON-ONE W/ PT" and "CPT 97116 — TIME: 15 MIN" both match (the 2-hour drive is not session time); X1 on foam, head-turn walking; L hypofunction; DGI; gravel gait with distances and SBA: passes.
        ["v6-h39-rpms-time-caps-per-code"] = new(
            """
            TIU DOCUMENT — LOCAL TITLE: PT DAILY NOTE — Tséyi' Rehab (Chinle)
            VISIT: 03/04/2026 PHYSICAL THERAPY — pt came in w/ her daughter; a 2-hour drive from Tsaile over the mountain road.
            CPT 97112 — TIME: 23 MIN — ONE-ON-ONE W/ PT
              NMR: X1 gaze stabilization standing on foam, walking w/ head turns to find the pictures on the hallway wall, stepping over a rope w/ eyes up
              Deficit: L vestibular hypofunction (neuritis in Jan), unsteady w/ head turns
              DGI 18/24 (13/24 at IE)
            CPT 97116 — TIME: 15 MIN
              Gait: outdoors on the gravel lot and the dirt shoulder w/ a walking stick, 2 × 300 ft, SBA, cues to keep eyes up and not watch the ground
              Deviation: slows and widens BOS on gravel, veers L w/ head turns
            """,
            ["H81.22"], [PT("97112", 23), PT("97116", 15)], []),

        // OT "Timed minutes by code: 97530 (18) · 97110 (15)" — each code's minutes in parentheses, both match; commode/stocking tasks with CGA/min A and a goal; dowel, squats and med-ball rotation for trunk/LE weakness: passes.
        ["v6-h39-bariatric-timed-minutes-parens"] = new(
            """
            Mercy Ridge Hospital OP Rehab — Bariatric track — OT
            Timed minutes by code: 97530 (18) · 97110 (15)
            97530: transfers to and from the bariatric drop-arm commode 4×, CGA → SBA; donning compression stockings w/ the donner 2 trials, min A; goal: toilet and dress her lower body at home w/o her daughter's physical help
            97110: seated shoulder press w/ a 2-lb dowel 2 × 12; standing mini-squats at the sink 2 × 10; trunk rotation reaching w/ a 1-kg ball 2 × 10 — for ↓ trunk and LE strength limiting lower-body dressing (hip flex 3+/5 B)
            """,
            ["E66.01", "Z68.45", "M62.81"], [OT("97530", 18), OT("97110", 15)], []),

        // One timed code: "started 2:05 p, finished 2:18 p" is 13 minutes against a 25-min OT 97530 line: mismatch; table-setting tasks, goal, SBA and cue count complete.
        ["v6-h39-memcare-started-finished-mismatch"] = new(
            """
            Willow Ridge Memory Care — OT
            97530 — started 2:05 p, finished 2:18 p (resident tired, asked to stop)
            Tasks: setting 4 places at the dining table (plates, cups, napkins), walking from the table to the cart w/ 2 plates at a time
            Goal: take part in table-setting on the unit w/ staff cueing only
            Assist: SBA for walking w/ the plates; verbal cue ×3 to continue
            """,
            ["F03.90", "R26.89"], [OT("97530", 25)], [At(Mismatch, "97530")]),

        // "Total duration of procedures — 40 min." for LFK + massage with no minutes for either code: separate time missing; neck isometrics/band/chin tucks with doses, kneading and PIR, cervical region and rotation degrees complete.
        ["v6-h39-brighton-total-duration-only"] = new(
            """
            BRIGHTON NEURO-REHAB P.C.
            04.03.2026
            Procedures: LFK individually + massage of the cervico-collar zone. Total duration of procedures — 40 min.
            LFK (97110): isometric neck exercises in 4 directions 5 × 7 sec. each; scapular retraction with band 2 approaches × 15; chin tucks lying 2 × 10.
            Massage (97140): stroking, rubbing, kneading of the trapezius and paravertebral muscles C3–Th4, PIR of the left levator scapulae 4 cycles.
            Status localis: cervical osteochondrosis, muscle-tonic syndrome on the left, rotation of the head to the left 50°.
            After: rotation to the left 65°.
            """,
            ["M54.2", "M47.812"], [PT("97110", 25), PT("97140", 15)], [SepTime]),

        // TIU "CPT 97112 × 2 UNITS; CPT 97110 × 1 UNIT" with no minutes anywhere: separate time missing; one-on-one, NMR and TE content complete.
        ["v6-h39-rpms-units-without-minutes"] = new(
            """
            TIU DOCUMENT — LOCAL TITLE: PT DAILY NOTE — Tséyi' Rehab (Rough Rock)
            CPT 97112 × 2 UNITS; CPT 97110 × 1 UNIT
            ONE-ON-ONE: YES, PT and pt only; son outside w/ the truck
            NMR: standing on foam eyes closed w/ head turns; quick steps to my claps in 4 directions; tandem along the edge of the hallway rug
              Deficit: ↓ proprioception in the feet + slow protective stepping (DM neuropathy)
              Tandem stance 6 s (2 s at IE); 4/4 directions w/ a single step
            TE: sit-to-stand 3 × 8, step-ups 6 in. 2 × 10 each, heel raises 2 × 15 — for hip/calf weakness limiting getting up from the sheepskin on the floor
            PATIENT ED: HEP
            """,
            ["E11.42", "M62.81"], [PT("97112", 25), PT("97110", 15)], [SepTime]),

        // "NMR 22 min" but the TE section has no minutes and there is no total: 97110's time is not given; one-on-one, NMR and TE content complete.
        ["v6-h39-idd-minutes-for-one-code-only"] = new(
            """
            Bayside Adult Developmental Clinic — PT
            Client: M.O., 33, CP (spastic diplegia), from Cedar House; PT one-on-one, DSP in the waiting room.
            NMR 22 min: tall-kneel ball toss, half-kneel to stand w/o hands, stepping onto a compliant beam w/ stops
              Target: ↓ hip extensor recruitment + trunk postural control in kneeling and standing
              Tall-kneel hold 40 s (15 s at IE)
            TE: hamstring and heel-cord stretch in long sitting 3 × 30 s B, standing calf stretch on the wedge 3 × 30 s, bridges 2 × 10 — for tight hamstrings/heel cords (popliteal angle 55° B)
            """,
            ["G80.1"], [PT("97112", 22), PT("97110", 15)], [SepTime]),

        // Renal "97110 — 25 min" against a 15-min line: mismatch; "97116 — 15 min" matches; both sections complete (the R-arm precaution is not a number of minutes).
        ["v6-h39-renal-ther-ex-mismatch"] = new(
            """
            Mercy Ridge Hospital OP Rehab — Renal track — PT
            Seen Tue (non-HD day). R forearm AVF — no weights, BP or band on the R arm.
            97116 — 15 min: amb w/ RW 3 × 120 ft, SBA; cues for step length; ↓ gait endurance and short step length; gait speed 0.58 m/s (0.44 at IE)
            97110 — 25 min: sit-to-stand 3 × 8, standing hip abd 2 × 10 B, L-arm curls w/ a 2-lb dumbbell 2 × 10 (R arm: no weights), heel raises 2 × 12; for LE weakness (hip ext 3+/5) limiting getting up from the HD chair
            """,
            ["N18.6", "Z99.2", "M62.81"], [PT("97116", 15), PT("97110", 15)], [At(Mismatch, "97110")]),

        // "Training of walking (97116) — 15 min." matches; "2 × 40 m" and "20 m" are metres walked, not minutes; corridor, stairs and cane; L hemiparetic gait; distances and supervision: passes.
        ["v6-h39-brighton-metres-beside-minutes-97116"] = new(
            """
            BRIGHTON NEURO-REHAB P.C.
            04.03.2026
            Training of walking (97116) — 15 min.
            Walking in the corridor with the walker 2 × 40 m, then on the stairs 12 steps up and down with the handrail, step-to pattern; walking with the cane 20 m under supervision.
            Problem: hemiparetic gait on the left — circumduction of the left leg, short step, fear of falling on the stairs (lives on the 3rd floor without elevator).
            """,
            ["I69.354"], [PT("97116", 15)], []),

        // "Minutes by code: 97112 = 24 · 97110 = 16" gives each code's minutes, both match; "PT w/ only him the whole 97112 time"; foam, heel-toe line, quick steps; GBS proprioception; tandem EC and k of 8; TE doses for DF/hip weakness: passes.
        ["v6-h39-gbs-minutes-by-code-equals"] = new(
            """
            Tséyi' Rehab — PT — GBS follow-up (wk 16)
            Minutes by code: 97112 = 24 · 97110 = 16
            97112 (PT w/ only him the whole 97112 time): standing on the foam pad EO/EC, heel-toe walking along the taped line, quick stepping to 4 directions on my call
              Deficit: ↓ proprioception in both feet and late stepping reactions after GBS
              Tandem EC 5 s (0 s at IE); quick steps 8/8 w/o an extra step
            97110: bridges 3 × 10, side-lying hip abd 2 × 12 B, seated DF w/ band 3 × 15 — for hip ext/abd and DF weakness (DF 4−/5)
            """,
            ["G61.0"], [PT("97112", 24), PT("97110", 16)], []),

        // PT and OT the same afternoon, different codes: the PT's "97112 — 20 min" matches; the OT's "97530 — 30 min" is against a 20-min OT line: one mismatch, on 97530; both sections complete.
        ["v6-h39-memcare-pt-ot-afternoon-ot-mismatch"] = new(
            """
            Willow Ridge Memory Care — PT + OT the same afternoon (separate sessions)
            PT — 97112 — 20 min — 1:1: stepping to floor dots on cue, gentle backward perturbations at the shoulders, reaching out of her base of support to the L for the cup; deficits: delayed backward stepping and ↓ postural control in turns; FICSIT-4: semi-tandem 10 s, tandem 3 s
            OT — 97530 — 30 min: washing her face and brushing her teeth at the sink in standing, getting clothes from the closet; goal: morning routine standing at the sink w/ the aide cueing only; SBA, 4 verbal cues
            """,
            ["G30.1", "F02.80"], [PT("97112", 20), OT("97530", 20)], [At(Mismatch, "97530")]),

        // One timed code: "TIME SPENT W/ PT: 40 MIN" belongs to 97116, against a 25-min line: mismatch; prosthetic gait on the lot, road shoulder and ramp, deviations, water-point goal, distances and SBA complete.
        ["v6-h39-rpms-time-spent-one-code-mismatch"] = new(
            """
            TIU DOCUMENT — LOCAL TITLE: PT DAILY NOTE — Tséyi' Rehab (Kayenta)
            TIME SPENT W/ PT: 40 MIN
            CPT 97116 GAIT TRAINING
              Gait w/ R transtibial prosthesis and SPC: parking lot → dirt road shoulder → back, 2 × 250 ft; ramp × 3; SBA
              Deviations: short R stance, lateral trunk lean over the prosthesis; goal: walk to the water-hauling point at the chapter house
            """,
            ["Z89.511"], [PT("97116", 25)], [At(Mismatch, "97116")]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a PT visit with 97112 and 97116: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h39-empty-nmr-and-gait"] = new(
            "",
            ["I69.354"], [PT("97112", 20), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // Empty note on an OT 97530 visit sent without a diagnosis: missing on 97530, and the diagnosis check.
        ["v7-h39-empty-ot-no-diagnosis"] = new(
            "",
            [], [OT("97530", 25)], [At(NoteMissing, "97530"), Dx]),

        // A tab, CR/LF pairs and spaces only are empty: missing on the PTA's 97110 and nothing else.
        ["v7-h39-whitespace-pta-97110"] = new(
            "\t\r\n  \r\n",
            ["M62.81"], [PTA("97110", 15)], [At(NoteMissing, "97110")]),

        // 97110 whose only target is the functional goal "lift and carry the 5-gal water jugs from the truck bed to the hooghan", which the contract counts as the deficit; carries, stool rises, sandbag deadlift and box step-ups with doses and loads: passes.
        ["v7-h39-97110-water-jug-goal-only"] = new(
            """
            Tséyi' Rehab — PTA — ther ex
            97110 — 15 min: farmer's carry w/ two 15-lb kettlebells 4 × 30 ft; sit-to-stand from a low stool 3 × 8; deadlift from the floor w/ a 20-lb sandbag 3 × 8; step-ups onto a 10-in. box 2 × 8 each
            So she can lift and carry the 5-gal water jugs from the truck bed to the hooghan again.
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // OT 97530: hauling split firewood in a canvas sling and kneeling to load the stove, with trips, load, SBA/CGA and a heat-the-hooghan goal beside a L shoulder limit: passes.
        ["v7-h39-97530-firewood-hauling"] = new(
            """
            Tséyi' Rehab — OT — ther activity
            97530 — 22 min: hauling split firewood from the pile to the stove in a canvas wood sling, 4 trips × 25 ft, about 12 lb a load — SBA; kneeling at the (mock) stove to load it and getting back up holding the chair — CGA, 3 reps
            Goal: heat the hooghan herself this winter; L shoulder still weak after rotator cuff repair (flex 120°).
            """,
            ["M75.122"], [OT("97530", 22)], []),

        // 97140 naming region (lumbosacral zone, R buttock) and techniques (stroking, kneading, vibration, PIR of piriformis) with no parameter or number at all ("Procedure No. 5" is a count of visits): measure missing.
        ["v7-h39-97140-massage-pir-no-parameter"] = new(
            """
            BRIGHTON NEURO-REHAB P.C.
            04.03.2026 — Procedure No. 5 of the course
            Massage (97140) — 12 min.
            Classical massage of the lumbosacral zone and the right buttock: stroking, rubbing, kneading of the paravertebral muscles, vibration. Postisometric relaxation of the right piriformis.
            Indication: muscle-tonic syndrome of the lumbar region on the right, spasm of the paravertebral muscles.
            Patient tolerated the procedure well.
            """,
            ["M62.830", "M54.50"], [PT("97140", 12)], [At(Measure, "97140")]),

        // 97116 whose only measure is an assistance level in words ("Contact guard throughout on gravel and steps, stand-by on the hallway tile"); AFO and walking stick over hallway, gravel and side-door steps; R foot drop: passes.
        ["v7-h39-97116-assist-level-only-measure"] = new(
            """
            Tséyi' Rehab — PTA — gait
            97116 — 16 min
            Gait w/ the new R AFO and a walking stick: along the hallway, out the side door, across the gravel and back in; practiced the steps at the side door w/ the rail.
            For R foot drop after a peroneal nerve injury — toe catches on gravel without the AFO.
            Contact guard throughout on the gravel and the steps, stand-by on the hallway tile.
            """,
            ["M21.371"], [PTA("97116", 16)], []),

        // Memory-care 97112 "balance training per POC … tolerated well, needed cues. Continue plan of care.": only generic phrases, no technique, deficit, number or one-on-one.
        ["v7-h39-97112-generic-memcare"] = new(
            "Willow Ridge Memory Care — PTA. 97112 neuro re-ed — balance training per POC. Resident pleasant, tolerated well, needed cues. Continue plan of care.",
            ["F03.90"], [PTA("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Brighton 97530 "Functional training was conducted according to the plan … tolerated satisfactorily. Dynamics positive. Continue course.": generic only.
        ["v7-h39-97530-generic-dynamics-positive"] = new(
            """
            BRIGHTON NEURO-REHAB P.C.
            04.03.2026
            Functional training (97530) was conducted according to the plan. Patient tolerated satisfactorily. Dynamics positive. Continue course.
            """,
            ["I69.354"], [PT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Bariatric 97110 "Ther ex (97110) per POC. Pt tolerated tx well, vitals stable. Cont per plan.": generic only.
        ["v7-h39-97110-generic-bariatric"] = new(
            "Mercy Ridge Hospital OP Rehab — Bariatric track. Ther ex (97110) per POC. Pt tolerated tx well, vitals stable. Cont per plan.",
            ["E66.01", "Z68.45"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary notes

        // Chinle two-code visit: 97112 (one-on-one; step-stance weight shift, PNF D2 and half-kneel rhythmic stabilization, step-ups; R recruitment; % BW and k of 10) 22 and 97116 (hemi-walker over dirt and ruts; circumduction, hyperextension; distances, CGA/SBA) 15: passes.
        ["vord-h39-navajo-nmr-and-gait"] = new(
            """
            Tséyi' Rehab — PT DAILY NOTE (Chinle) — 03/04/2026
            Pt: 74 y/o Diné man, L CVA 10/2025; lives w/ his wife at their sheep camp in summer, a hooghan near Lukachukai in winter. Wife present, interpreted when needed.
            PT treated him one-on-one for the NMR; nobody else on the mat.
            97112 — 22 min
             • weight shift onto the R (weak) leg in step-stance, tapping the L foot onto a block
             • PNF D2 flexion pattern R LE w/ manual resistance, then rhythmic stabilization in half-kneel
             • stepping up the 8-in. step leading w/ the R
             Deficit: ↓ R hip/knee motor recruitment and slow weight acceptance on the R (R hemiparesis)
             R LE weight bearing 42% BW on the scales (31% at IE); step-ups leading R 8 of 10 w/o knee buckling
            97116 — 15 min
             • gait w/ hemi-walker over the clinic's dirt lot and the rutted drive, 2 × 200 ft; R AFO
             • cues for R heel first and a shorter L step
             Deviation: R circumduction, R knee hyperextension in mid-stance
             CGA on the ruts, SBA on the level lot
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 15)], []),

        // OT at her own upright loom (weft through the shed, beating with the weaving comb, warp bar in tall kneel, winding yarn) for a rug-finishing goal; grip/pinch endurance and CMC pain; grip kg, rows, SBA: passes.
        ["vord-h39-navajo-upright-loom-ot-97530"] = new(
            """
            Tséyi' Rehab — OT — Many Farms satellite
            Pt: 69 y/o weaver, R CTR + trigger finger release 6 wk ago; weaves rugs to sell at the trading post.
            97530 — 23 min
             - at her upright loom (her son brought it in): passing the weft through the shed and beating it down w/ the weaving comb, 6 rows
             - tightening the warp tension bar and reaching to the top of the loom in tall kneel
             - winding yarn into balls, 2 skeins
             Goal: weave a full morning again and finish the rug she started before surgery; ↓ R grip and pinch endurance, R thumb CMC pain w/ the comb
             Grip R 15 kg / L 24 kg; pain 2/10 after 6 rows (5/10 last wk); SBA for tall kneel ↔ stand
            """,
            ["G56.01", "M65.331"], [OT("97530", 23)], []),

        // OT "Time by code: 97530 20 min · 97110 15 min", both match; kneeling at the grinding stone for a granddaughter's Kinaaldá with strokes, reps and assist; shoulder/wrist exercises with doses for weakness after humerus fx: passes.
        ["vord-h39-navajo-corn-grinding-ot"] = new(
            """
            Tséyi' Rehab — OT (Rough Rock clinic day)
            Her granddaughter's Kinaaldá is in April — pt wants to grind the corn for the cake on the grinding stone.
            Time by code: 97530 20 min · 97110 15 min
            97530: kneeling at the grinding stone (metate) on the mat, pushing the mano 3 sets × 20 strokes; getting down to kneel and back up w/ a chair, 3 reps, min A → CGA; carrying the bowl of ground corn 15 ft
            97110: R shoulder flex/abd w/ 1-lb wrist weight 2 × 10; wall push-ups 2 × 10; wrist ext w/ yellow band 2 × 15 — for R shoulder/wrist weakness (flex 4−/5) after R humerus fx
            Goal: grind the corn for the Kinaaldá cake kneeling at the stone.
            """,
            ["S42.201D", "M62.81"], [OT("97530", 20), OT("97110", 15)], []),

        // PTA two-code visit: 97110 (squats, band, step-ups; hip/quad weakness with knee OA) 15 and 97530 (feed-sack lift to tailgate height, carries to the trough, corral-board step-overs; SBA; feeding goal) 20: passes.
        ["vord-h39-navajo-pta-feed-sacks"] = new(
            """
            Tséyi' Rehab — PTA (Chinle)
            Pt raises sheep and goats w/ her sister; feeds hay and sacks of pellets twice a day.
            97110 — 15 min: mini-squats 3 × 10; standing hip ext and abd w/ red band 2 × 12 B; step-ups 6 in. 2 × 10 — for B hip and quad weakness (4−/5) w/ knee OA
            97530 — 20 min: lifting a 25-lb feed sack from the floor to tailgate height (hip hinge), 5 reps; carrying it 20 ft to the trough, 3 trips; stepping over the 10-in. corral board (mock-up), 4 reps — SBA, 1 cue for back position
            Goal: feed her sheep w/o her sister doing the lifting.
            """,
            ["M17.0", "M62.81"], [PTA("97110", 15), PTA("97530", 20)], []),

        // R TKA: "MT (97140) 10 min" (patellar and tibiofemoral glides gr III, 3 × 30 s bouts) and "TE (97110) 18 min" (heel slides, quad sets, SAQ, bike rocking) both match; flexion limit, quad lag and a kneeling goal; degrees: passes.
        ["vord-h39-navajo-tka-mt-te"] = new(
            """
            Tséyi' Rehab — PT — R TKA wk 7 (surgery in Gallup)
            MT (97140) 10 min: patellar glides sup/inf/med gr III, tibiofemoral A/P glides gr III in flexion, 3 × 30 s bouts each
            TE (97110) 18 min: heel slides w/ strap 3 × 10, quad sets 10 × 5 s, SAQ 2 lb 3 × 10, stationary-bike rocking for ROM × 20 revolutions
            Problem: R knee flexion limited to 98° (goal 115° to kneel at the stove and climb into the truck cab), quad lag 10°
            Flexion 98° → 104° after MT; ext −4°
            """,
            ["Z96.651"], [PT("97140", 10), PT("97110", 18)], []),

        // Complete Kayenta 97112 (one-on-one; foam EC reaches, heel-toe on the runner, shoulder taps; GBS proprioception and late protective steps; tandem seconds and k of 6) sent with ICD-9 "357.0" in the diagnosis field: not an ICD-10-CM code.
        ["vord-h39-navajo-icd9-in-dx-field"] = new(
            """
            Tséyi' Rehab — PT (Kayenta)
            GBS last fall; his daughter drove him in from Dennehotso.
            One-on-one w/ PT throughout; daughter in the waiting room.
            97112 — 20 min
             - standing on foam eyes closed w/ arm reaches
             - heel-toe walking along the hallway runner
             - quick side steps to my taps at the shoulder
            Target: ↓ foot proprioception and late protective steps after GBS
            Tandem 8 s (3 s last month); 5 of 6 taps recovered w/ one step
            """,
            ["357.0"], [PT("97112", 20)], [Dx]),

        // Brighton two-code protocol: 97112 "20 min., individually with the instructor, no other patients" (PNF D1, soft-platform step-stance; R recruitment and postural control; SLS seconds and % BW) and "Training of walking (97116) — 15 min." (quad cane, metres, stairs; supervision/contact guard): passes.
        ["vord-h39-brighton-nmr-and-walking"] = new(
            """
            BRIGHTON NEURO-REHAB P.C. — Protocol
            04.03.2026
            Patient (78 y., after ischemic stroke 12.2025, right hemiparesis) came with her son.
            1) Neuromuscular re-education (97112) — 20 min., individually with the instructor, no other patients:
             PNF patterns for the right leg (D1 flexion/extension) with manual resistance; step-stance with transfer of weight to the right leg on the soft platform; standing on the right leg with support of one finger.
             Deficit: weak motor recruitment of the right hip and ankle dorsiflexors, disturbance of postural control on the right.
             Control: standing on the right leg 4 sec. (1 sec. at admission); load on the right leg 44% of body weight.
            2) Training of walking (97116) — 15 min.:
             walking with the quad cane in the corridor 3 × 30 m, on the stairs 8 steps with the handrail; cues for heel strike of the right foot.
             Gait: short step of the left leg, dragging of the right foot at swing; supervision on the level, contact guard on the stairs.
            """,
            ["I69.351"], [PT("97112", 20), PT("97116", 15)], []),

        // Brighton "Vestibular gymnastics (97112) — 22 min., one-to-one with the therapist": X1, head-turn walking, soft-mat EC; residual vestibular dysfunction after treated BPPV; tandem steps (DHI beside it): passes.
        ["vord-h39-brighton-vestibular-gymnastics"] = new(
            """
            BRIGHTON NEURO-REHAB P.C.
            05.03.2026
            Complaints on dizziness at turns of the head and in the dark; BPPV of the right posterior canal was treated with the Epley manoeuvre 2 weeks ago, Dix-Hallpike now negative.
            Vestibular gymnastics (97112) — 22 min., one-to-one with the therapist:
             gaze stabilisation X1 in sitting and standing 3 × 45 sec.; walking with turns of the head along the corridor; standing on the soft mat with closed eyes and head tilts.
            Deficit: residual vestibular dysfunction — postural instability at head movements.
            Control: DHI 38 (54 at start); tandem walk 10 steps without stepping off (6 at start).
            """,
            ["H81.11"], [PT("97112", 22)], []),

        // Brighton shoulder after humerus-neck fracture: "LFK (97110) — 18 min." (pulley block apparatus, pendular swinging, stick raises with doses) and "Manual therapy (97140) — 12 min." (Kaltenborn glides gr III 4 × 30 sec., shoulder-girdle massage); contracture degrees and deltoid points: passes.
        ["vord-h39-brighton-shoulder-block-apparatus"] = new(
            """
            BRIGHTON NEURO-REHAB P.C. — LFK + manual therapy
            05.03.2026 · Patient after fracture of the left humerus neck (conservative, 12.2025)
            LFK (97110) — 18 min.: exercises on the block apparatus (pulley) for flexion and abduction 3 × 10; swinging of the relaxed arm bent forward 2 × 20; raising the stick lying on the back 3 × 10; walking the fingers up the wall 2 × 8
            Manual therapy (97140) — 12 min.: mobilisation of the left glenohumeral joint — caudal and posterior glides (Kaltenborn grade III) 4 × 30 sec.; massage of the left shoulder girdle
            Problem: contracture of the left shoulder — flexion 95°, abduction 80°; weakness of the deltoid (3 points).
            After the procedure: flexion 105°, abduction 90°.
            """,
            ["S42.212D"], [PT("97110", 18), PT("97140", 12)], []),

        // Brighton "Procedures (exercise therapy and manual therapy) were conducted according to the scheme. Total 35 min. … dynamics positive": nothing named for either code and a total only.
        ["vord-h39-brighton-according-to-scheme"] = new(
            """
            BRIGHTON NEURO-REHAB P.C.
            04.03.2026
            Procedures (exercise therapy and manual therapy) were conducted according to the scheme. Total 35 min. Patient tolerated the procedures satisfactorily, dynamics positive. Recommended to continue the course.
            """,
            ["M54.50"], [PT("97110", 20), PT("97140", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // Brighton "Ergotherapy (97530) — 24 min." by the ergotherapist (OT): kitchen-module cooking with an adapted knife and spiked board, pot carry, upper-shelf dishes; living-alone meal goal; supervision / contact guard and counts: passes.
        ["vord-h39-brighton-ergotherapy-kitchen"] = new(
            """
            BRIGHTON NEURO-REHAB P.C. — Ergotherapy
            04.03.2026 · ergotherapist (OT) N. Sokolova
            Ergotherapy (97530) — 24 min.:
             - cooking training at the kitchen module: cutting vegetables for vinegret salad with the adapted knife and the board with spikes (left hand paretic), carrying the pot with 1.5 l of water from the sink to the stove (2 m), 3 times
             - taking dishes from the upper shelf standing, 8 plates
            Goal: to prepare simple meals independently at home (lives alone on Brighton 6th St.).
            Assistance: supervision for standing at the stove, contact guard when carrying the pot.
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // Brighton Parkinson's 97112, complete (external cueing over floor lines, "clock" turns, backward push stepping; hypokinesia, freezing, retropulsion; turn steps and pull-test steps) — but nothing states one-on-one.
        ["vord-h39-brighton-parkinson-unstated"] = new(
            """
            BRIGHTON NEURO-REHAB P.C.
            04.03.2026
            Diagnosis: Parkinson's disease, stage 2.5 by Hoehn–Yahr.
            Neuromuscular re-education (97112) — 25 min.:
             walking with big steps over the lines on the floor by the count of the instructor (external cueing); turns of 180° by the "clock" method; stepping backward after a push at the chest.
            Deficit: hypokinesia, short step, freezing at turns, retropulsion.
            Control: 180° turn — 5 steps (9 at admission); pull test — 2 steps back.
            Dynamics positive.
            """,
            ["G20.A1"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Renal two-code visit: 97112 "23 min · one-on-one (PT only w/ this pt …)" (foam SLS, belt tugs, rocker EC; stepping strategy and foot proprioception; Berg) and 97110 15 (sit-to-stand, hip abd, calf raises; weakness limiting the HD chair): passes.
        ["vord-h39-renal-nmr-te"] = new(
            """
            Mercy Ridge Hospital — Outpatient Rehab · Renal Track — PT Daily
            HD T/Th/Sat; today Mon. ⚠ R upper-arm AVF — no BP, no band, no weights on the R arm.
            Pre: BP 138/76 L arm, SpO2 97% RA.
            97112 · 23 min · one-on-one (PT only w/ this pt, tech off the floor)
             - tandem → single-leg stance on foam w/ the L hand on the bar only
             - stepping-strategy drill: quick steps to PT's tugs at the gait belt
             - eyes-closed weight shifts on the rocker board A/P
             Impairment: ↓ ankle/stepping strategies + ↓ foot proprioception (uremic + diabetic neuropathy)
             Berg 45/56 (39/56 at IE)
            97110 · 15 min
             - sit-to-stand from an 18-in. chair 3 × 8, standing hip abd w/ L hand support 2 × 12 B, calf raises 3 × 10
             - for hip abductor/plantarflexor weakness (4−/5) → tires getting up from the HD chair
            """,
            ["E11.22", "N18.6", "Z99.2"], [PT("97112", 23), PT("97110", 15)], []),

        // Bariatric two-code visit: 97116 16 (bariatric RW bouts, wide BOS/sway/flexed trunk; distances, SBA → mod I) and 97530 22 (mat-table rises from 24 → 22 in., reacher, car-seat simulator; church-ride goal; CGA/SBA/min A): passes (weight, BMI, ratings, SpO2 and RPE are not minutes).
        ["vord-h39-bariatric-gait-and-activities"] = new(
            """
            Mercy Ridge Hospital OP Rehab — Bariatric track — PT
            Wt 214 kg, BMI 71. Equipment: bariatric RW (rated 800 lb), 2 gait belts joined w/ an extender, bariatric mat table.
            97116 — 16 min: amb w/ bariatric RW 3 × 100 ft, seated rest between; cues for an upright trunk and step length; SBA → mod I on the 3rd bout
              Gait: wide BOS w/ lateral sway, forward-flexed trunk, ↓ step length
            97530 — 22 min: sit ↔ stand from the mat table at 24 in. → 22 in., 10 reps, CGA → SBA; floor-to-waist reach w/ a reacher, 10 items; getting into a car-seat simulator (sideways sit, then swing the legs in) 3 reps, min A for the legs
              Goal: ride in her daughter's car to church and get out w/o calling the fire department.
            SpO2 93–96% RA; no chest pain; RPE 13.
            """,
            ["E66.01", "Z68.45", "R26.89"], [PT("97116", 16), PT("97530", 22)], []),

        // PTA 97110 on 2 L O2 (obesity hypoventilation): marches, cuff knee ext, chair rises, hip abd with doses and pursed-lip breathing; hip/knee extensor weakness and a mailbox goal: passes (litres and SpO2 are not minutes or the measure).
        ["vord-h39-bariatric-te-on-oxygen"] = new(
            """
            Mercy Ridge OP Rehab — Bariatric track — PTA
            On 2 L O2 via NC (obesity hypoventilation); SpO2 90–94% w/ exercise.
            97110 — 20 min
            Seated marches 3 × 20; seated knee ext w/ 2-lb cuff 3 × 10 B; sit-to-stand from a 22-in. chair w/ arms 3 × 5; standing hip abd at the bar 2 × 8 B; diaphragmatic breathing w/ pursed lips between sets
            For B hip/knee extensor weakness (hip ext 3/5) and ↓ activity tolerance after a 6-wk hospital stay; goal: walk to the mailbox w/ her O2
            """,
            ["E66.2", "Z99.81", "M62.81"], [PTA("97110", 20)], []),

        // Post-ICU GBS also on HD, three codes: "Minutes: NMR 20 · gait 15 · ther ex 10" all match; NMR one-on-one (reach outside BOS, perturbations, foam EC; postural control and distal proprioception; reach in. and EC s), gait (rollator + AFOs, foot slap, SBA, ft) and TE (doses, DF/hip grades): passes.
        ["vord-h39-renal-gbs-three-codes"] = new(
            """
            Mercy Ridge Hospital OP Rehab — post-ICU GBS (on HD since AKI → ESRD)
            Minutes: NMR 20 · gait 15 · ther ex 10
            NMR (97112), one-on-one: seated → standing reach outside BOS to cones, step-stance weight shifts w/ manual perturbations, foam stance EC; for ↓ postural control and ↓ distal proprioception after GBS. Reach 9 in. outside BOS (4 in. at IE); foam EC 10 s.
            Gait (97116): amb w/ rollator + B AFOs 2 × 180 ft, SBA; cues for heel strike; B foot slap and hip hiking.
            Ther ex (97110): seated DF w/ band 3 × 15 B, bridges 2 × 10, side-lying hip abd 2 × 10 B — for DF 3+/5 and hip abd 3+/5.
            """,
            ["G61.0", "N18.6", "Z99.2"], [PT("97112", 20), PT("97116", 15), PT("97110", 10)], []),

        // Complete bariatric OT 97530 (sock aid and shoehorn, shower-lip step with grab bar, long sponge; min A / CGA; bathing goal) sent with no diagnosis.
        ["vord-h39-bariatric-ot-no-diagnosis"] = new(
            """
            Mercy Ridge OP Rehab — Bariatric track — OT
            97530 — 20 min: LB dressing w/ sock aid and long-handled shoehorn, 2 trials, min A; getting in and out of the shower over the 4-in. lip w/ the grab bar, 3 reps, CGA; reaching to her back w/ the long-handled sponge
            Goal: bathe and dress herself at home, husband only setting up.
            """,
            [], [OT("97530", 20)], [Dx]),

        // Renal PTA 97530 after the morning HD chair (orthostatic BPs beside it): grocery-bag carries, upper-shelf cans, reacher pick-ups with loads and counts, SBA; shopping goal: passes.
        ["vord-h39-renal-pta-shopping-97530"] = new(
            """
            Mercy Ridge OP Rehab — Renal track — PTA
            Seen after the 6 a.m. HD chair — BP 118/70 seated, 108/66 standing, no symptoms.
            97530 — 18 min: carrying 2 grocery bags (5 lb each) from the car mock-up 25 ft × 3; putting cans on the upper shelf in standing × 12; picking her keys up from the floor w/ a reacher × 5; SBA, 1 rest
            Goal: do her own shopping on non-HD days (lives alone in a 2nd-floor walk-up, 14 steps).
            """,
            ["N18.6", "Z99.2", "M62.81"], [PTA("97530", 18)], []),

        // Memory-care two-code visit: 97112 20, "Therapist one-on-one w/ Mr. D." (gesture-cued stepping, shoulder nudges, reaching, stop-and-go walking; protective stepping and postural control; k of 8 and reach in.) and 97116 15 (4WW hallway, festination, CGA/SBA, ft): passes.
        ["vord-h39-memcare-nmr-and-gait"] = new(
            """
            Willow Ridge Memory Care — PT — Wed
            Mr. D., 88, vascular dementia; wanders the hall; 3 falls in Feb. His wife visits daily, present today.
            Therapist one-on-one w/ Mr. D. in the quiet room, then the hallway.
            97112 — 20 min
             - stepping forward/back/sideways to PT's hand signal (no words — he follows gestures best)
             - gentle nudges at the shoulders in standing → protective steps
             - reaching for playing cards clipped at shoulder height to the L and R, feet apart → together
             - stop-and-go walking: stop when the music stops
             Impairment: slow protective stepping and ↓ postural control w/ reaching and sudden stops
             Sudden-stop trials 6/8 w/o a step-out (2/8 at IE); feet-together reach 7 in. L / 6 in. R
            97116 — 15 min
             - hallway amb w/ 4WW 3 × 120 ft, cues to stay inside the walker and slow down at the turns
             - Deviation: trunk leans ahead of the walker, festinates on turns
             - CGA on turns, SBA on the straight
            """,
            ["F01.50", "R29.6"], [PT("97112", 20), PT("97116", 15)], []),

        // OT memory-care morning routine at the sink (items laid out in order, hand-under-hand to start) and pulling up pants at the grab bar; goal of staying off the 2-assist list; CGA / min A and Allen Cognitive Level: passes.
        ["vord-h39-memcare-ot-morning-routine"] = new(
            """
            Willow Ridge Memory Care — OT — Mrs. S., Alzheimer's (late-moderate)
            97530 — 24 min
            Morning routine at the sink in standing: washing her face, brushing her teeth, combing her hair — items laid out L → R in order; hand-under-hand to start the toothbrushing, then she carried on
            Dressing: pulling up her pants in standing holding the grab bar, 3 trials
            Goal: keep taking part in her morning routine w/ the aides (and stay off the 2-assist list).
            Assist: CGA for standing at the sink; min A for pants over the hips; Allen Cognitive Level 3.8
            """,
            ["G30.1", "F02.80"], [OT("97530", 24)], []),

        // PTA memory-care 97110 with music: seated and standing exercises with doses for quad weakness and a dining-chair goal; redirection noted: passes.
        ["vord-h39-memcare-pta-ther-ex"] = new(
            """
            Willow Ridge Memory Care — PTA
            97110 — 15 min (seated → standing, her music on)
            Seated knee ext 2 × 10 B; seated marching 2 × 15; sit-to-stand from the dining chair 2 × 6 w/ the cue "nose over toes"; standing heel raises at the rail 2 × 10
            For B quad weakness (rises only on the 2nd try) — goal: stand up from her dining chair w/ one staff cueing only
            Redirected ×2 (wanted to find her husband); calm after the music changed.
            """,
            ["G30.1", "M62.81"], [PTA("97110", 15)], []),

        // PT 97530 seen early before her usual sundowning: recliner → bathroom → toilet rounds and floor pick-ups with a toileting goal; CGA / min A and cue counts: passes (the clock time of the visit is not a range).
        ["vord-h39-memcare-before-sundowning-97530"] = new(
            """
            Willow Ridge Memory Care — PT — seen at 1:30 p, before her usual sundowning
            97530 — 20 min
            Getting up from the recliner, walking to the bathroom (30 ft) and turning to sit on the toilet, 3 rounds; picking up a dropped napkin from the floor w/ a hand on the rail, 4 reps
            Goal: toilet w/ one aide (now needs 2 in the evenings).
            Assist: CGA for turns, min A for the low recliner; verbal cue ×2 each round.
            """,
            ["F03.90", "R26.89"], [PT("97530", 20)], []),

        // PTA memory-care 97112 "PTA w/ Mr. H. one-on-one for the whole session", son trained; "one-two" auditory cueing over tape lines, wide-arc turns, nudged backward steps; freezing and step amplitude; freezing count and step length: passes.
        ["vord-h39-memcare-pta-lewy-body-nmr"] = new(
            """
            Willow Ridge Memory Care — PTA
            Resident: Mr. H., 79, Lewy body dementia w/ parkinsonism; his son (caregiver) present and trained.
            PTA w/ Mr. H. one-on-one for the whole session.
            97112 — 22 min
             - big steps over tape lines to the count of "one-two" (auditory cue)
             - turning in a wide arc around a cone instead of pivoting
             - a backward step to the wall when nudged at the chest
             Deficits: freezing on turns, ↓ step amplitude, delayed backward stepping
             Freezing episodes on 6 cone turns: 1 (4 at IE); step length 46 cm
            Son taught the "one-two" cue for his visits.
            """,
            ["G31.83", "R26.89"], [PTA("97112", 22)], []),

        // IDD 97112 "PT treated S.N. one-on-one; Angela sat in to learn the home program"; corner pillow stance with catching, step-and-turn, mirror reaching; postural control, stepping strategy, ankle proprioception; catches k of 10 and reach in.: passes.
        ["vord-h39-idd-corner-pillow-nmr"] = new(
            """
            Bayside Adult Developmental Clinic — PT
            Client: S.N., 45, Down syndrome + early-onset Alzheimer's; from Pine House w/ DSP Angela.
            PT treated S.N. one-on-one; Angela sat in to learn the home program.
            97112 — 23 min
             - standing in the corner, feet together → on a pillow, catching a soft ball (two walls behind her for safety)
             - stepping onto a 4-in. step and turning to face PT, alternating the lead leg
             - reaching for stickers on the wall mirror outside her base of support
            Impairments: ↓ postural control w/ reaching, slow stepping strategy, ↓ ankle proprioception
            Catches on the pillow 7/10 w/o stepping off (3/10 at IE); reach 8 in. past her toes
            """,
            ["Q90.9", "G30.0", "R26.81"], [PT("97112", 23)], []),

        // OT IDD laundry for a chore-chart ISP goal: sorting, kneeling to load, carrying the wet load, folding with picture steps; steps without prompt k of 6, prompts, SBA: passes.
        ["vord-h39-idd-ot-laundry-chore"] = new(
            """
            Bayside Adult Developmental Clinic — OT
            Client: B.F., 31, autism w/ intellectual disability; the Maple House chore chart has him on laundry Tuesdays.
            97530 — 20 min
            Sorting darks and lights from the basket on the floor; loading the front loader kneeling on one knee; carrying the wet load 15 ft to the dryer; folding 6 t-shirts at the table w/ the picture steps on the card
            Goal (ISP): do his own laundry w/ staff checking only.
            Performance: 4 of 6 steps w/o a prompt (2 of 6 last month); 2 gestural prompts; SBA for kneeling ↔ standing
            """,
            ["F84.0"], [OT("97530", 20)], []),

        // IDD "Min: 97116 — 15 / 97110 — 15" both match; forearm-crutch 4-point gait on tile, carpet and ramp (crouch, scissoring; CGA/SBA; ft) and prone hip ext, hamstring stretch, wall squats for weakness and tightness with grades and angle: passes.
        ["vord-h39-idd-crutch-gait-and-te"] = new(
            """
            Bayside Adult Developmental Clinic — PT
            Client: G.H., 58, cerebral palsy (spastic diplegia), walks w/ B forearm crutches; from the Oak St. house, DSP waiting.
            Min: 97116 — 15 / 97110 — 15
            Gait: 4-point w/ forearm crutches on tile, carpet and the outdoor ramp, 2 × 150 ft + ramp × 2; cues for heel contact and to step through; crouch and scissoring, less w/ cues; CGA on the ramp, SBA on level
            TE: prone hip ext 2 × 10 B, standing hamstring stretch at the bar 3 × 30 s B, wall squats to 30° 2 × 8 — for hip ext weakness (3+/5) and hamstring tightness (popliteal angle 60°)
            """,
            ["G80.1"], [PT("97116", 15), PT("97110", 15)], []),

        // IDD PTA two-code visit: 97110 15 (step-ups, med-ball squats, band side steps; hip/knee weakness and stair tolerance) and 97530 18 (Special Olympics bowling approach, ball carries; SBA; league goal): passes.
        ["vord-h39-idd-bowling-te-ta"] = new(
            """
            Bayside Adult Developmental Clinic — PTA
            Client: E.V., 36, Down syndrome, BMI 38; Special Olympics bowler.
            97110 — 15 min: step-ups 6 in. 2 × 10 each; mini-squats w/ a 5-lb med ball 2 × 10; side steps w/ band at the knees 2 × 10 each way — for hip/knee weakness (hip abd 4−/5) and ↓ stair tolerance
            97530 — 18 min: bowling approach practice — 4-step approach w/ an 8-lb ball and release, 10 trials; picking the ball up from the return rack and carrying it 10 ft, 10 reps; SBA
            Goal: bowl 3 games at the Special Olympics league w/o leg fatigue.
            """,
            ["Q90.9", "E66.9", "Z68.38"], [PTA("97110", 15), PTA("97530", 18)], []),

        // OT GBS week 20 near Round Rock: chopping kindling at the block, carrying the kindling box, kneeling at the stove door; wood goal; grip kg and SBA: passes.
        ["vord-h39-navajo-gbs-kindling-97530"] = new(
            """
            Tséyi' Rehab — OT — GBS wk 20 (drives again, lives near Round Rock)
            97530 — 22 min: chopping kindling w/ a hatchet on the block (seated, then standing), 10 pieces; carrying the kindling box 20 ft; kneeling on one knee at the stove door to lay the fire, 3 reps
            Goal: chop and haul his own wood for the winter.
            Grip R 28 kg / L 25 kg (19/17 at IE); SBA standing at the block
            """,
            ["G61.0"], [OT("97530", 22)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
