using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-ninety-third held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07, the set is EMR SmartText notes from eight hospital-based and large-group outpatient departments
/// (Epic-, Cerner- and Meditech-style): SmartLists printed with their picked value ("One-on-one: {Yes/No:1234} Yes") or,
/// when nothing was picked, as the whole list ("{Yes/No:1234}"), "***" wildcards left unfilled, SmartLinks pulled into
/// the note ("Last 3 Berg scores: 40 (11/02), 43 (11/16), 46 (12/08)"), flowsheet rows pulled in as tables with the EMR's
/// own column headings, "Time calculation: 0905-0928 = 23 min" lines, attestation statements (co-signature, student
/// supervision, "I have personally performed …"), the template's printed help text and option lists, and the
/// therapist's free text typed between them. About two thirds are ordinary and complete, single- and two-code visits
/// (97110, 97112, 97116, 97140, 97530), by PTs, PTAs, OTs and students under their clinical instructors, from:
/// <list type="number">
/// <item>Kettle Moraine Medical Center, Outpatient Rehabilitation (KMMC, West Bend, Epic): "PT DAILY NOTE", "Subjective:
/// ***", "One-on-one: {Yes/No:1234} Yes", "Time calculation: 0905-0928 = 23 min" under each code's heading, the
/// clinic's own "Steady Steps" fall programme with its levels;</item>
/// <item>Owyhee Valley Orthopaedic Group (OVOG, Nampa and Caldwell, Epic, a large physician group): "Timed Code
/// Treatment Minutes" with dotted leaders, "Outcome measure: {OP PT Outcome Measures:5512} Berg Balance Scale",
/// SmartLinks "Last 3 Berg scores: …" and "Recent vitals", the "Return-to-Sport Pathway" phases;</item>
/// <item>St. Ansgar Medical Center (SAMC, Mason City, Epic, a teaching department): the SPT daily note with
/// "Treatment delivery: {Delivery:3310} Individual (one-on-one)" and the clinical instructor's supervision
/// attestation;</item>
/// <item>Tidewater Regional Health (TRH, Gloucester, Epic, PT and OT): "I have personally performed the services
/// described …", "Co-treatment with: {Discipline:3021}", the OT "ADL/IADL Retraining" section;</item>
/// <item>Sandhill Crane Medical Group (SCMG, Kearney, Cerner PowerChart): the PowerForm "Treatment Type:", flowsheet
/// tables "Exercise | Sets | Reps | Resistance | Comments" and the "Timed Procedures" grid "CPT | Description | Minutes
/// | Units";</item>
/// <item>Cumberland Gap Regional Hospital (CGRH, Middlesboro, Cerner): "Interventions Performed:", "1:1: ☒", "Start
/// Time / Stop Time" per code, a PTA's note with the PT's co-signature "Reviewed and agree with PTA
/// documentation";</item>
/// <item>Grand Lake Health System (GLHS, Celina, Meditech Expanse): query-and-response lines ("Was pt treated 1:1 for all
/// billed minutes?: Y"), printed option lists "(Select: Balance / Proprioception / …)", "Timed minutes 97112: 22";</item>
/// <item>Iron Range Medical Center (IRMC, Virginia, Meditech): "THERAPY DAILY NOTE", "Constant attendance:", "Assist level
/// (Ind / Mod I / SBA / CGA / Min A / Mod A / Max A):", the template's "[Help: …]" text printed in brackets.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these EMRs, applying the contract to what
/// the filled-in text says: a blank SmartList, an unfilled "***", a SmartLink that found no data, a printed option list
/// with nothing picked and printed help text state nothing (the technique names, systems and tests in a help text or an
/// option list are the template's, not the therapist's); a picked value states what it says; a struck value is
/// withdrawn and its correction stands; an attestation in its standard wording says who furnished or supervised the
/// service, not that it was one-on-one, and is never the only one-on-one statement of a passing note (one writer adds
/// "one-on-one, with no other patient on my schedule" to hers, and that added wording states it); a student's note
/// co-signed by the instructor is read as the visit's note; a programme's name or level is not a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h193-…): one-on-one in these templates' and writers' words ("One-on-one: {Yes/No:1234} Yes",
/// "Treatment delivery: {Delivery:3310} Individual (one-on-one)" under a CI's attestation, "Was pt treated 1:1 for all
/// billed minutes?: Y", "Treatment Type: Individual", "just the two of us in the vestibular room", "Constant
/// attendance: Yes" with a video interpreter, "one-on-one, no other patient on my schedule" inside a personal-performance
/// attestation), notes that negate it ("{Yes/No:1234} No — worked with the pt in bay 3 at the same time", "{Delivery:3310}
/// Group (2-4 patients)", "N — shared the mat with another pt", "Treatment Type: Concurrent") or never state it, and an
/// OT's 97530 in a group, which has no one-on-one check;</item>
/// <item>class 2 (v2-h193-…): template states: a blank "{Yes/No:1234}" on the one-on-one row, "Objective measures: ***"
/// as the only objective line, an option list of impairments with nothing picked, "[Help: …]" text with examples of
/// techniques and an unfilled "***", a time grid's second row with its minutes cell blank, a struck "Individual"
/// corrected to "Concurrent"; and the same fields filled or harmless (an unfilled "Subjective: ***", a blank
/// "{Precautions:4411}", an option list with one value marked, a struck "Concurrent" corrected to "Individual", a
/// ticked "1:1: ☒", help text with the therapist's answer under it, a picked outcome measure with its score, a blank
/// co-treatment SmartList);</item>
/// <item>class 3 (v3-h193-…): named protocols and techniques (Fitzgerald perturbation training, the Herdman gaze
/// stabilisation progression with X2 viewing, PNF rhythmic initiation, Brandt–Daroff habituation, Mulligan mobilisation
/// with movement, Kaltenborn grade III distraction, robotic exoskeleton gait training, CIMT shaping, the Alfredson
/// eccentric heel-drop protocol) and a programme's name or level as the only technique of a 97112 (KMMC "Steady Steps
/// Level 3 — completed all stations", OVOG "Return-to-Sport Pathway Phase 2 — progressed per pathway", GLHS "Stepping
/// On program — week 4 session", TRH "Tidewater Steady &amp; Strong, Level 2 (see binder)");</item>
/// <item>class 4 (v4-h193-…): deficits stated as findings (an absent ankle strategy with hip strategy only, toe catch on
/// the kerb with the paretic foot, dysmetria on heel-to-shin, lost vibration sense at the great toes, an extensor lag,
/// a capsular pattern by degrees, unable to rise from the recliner without the arms) and notes that state none
/// ("Impairments: ***", "Impairments identified today: none", a blank "{Gait deviations:6620}" on a 97116, a "[Help:
/// list the neuromuscular impairment addressed …]" with nothing typed);</item>
/// <item>class 5 (v5-h193-…): measures in every usual form (a SmartLink of Berg scores with today's, an FGA, a 5xSTS, an
/// mCTSIB table, gait speed, a flowsheet table of sets, reps and loads, distance with assistance, degrees, assist levels
/// with counts) and notes with none (a blank "{OP PT Outcome Measures:5512}", a SmartLink "Recent Berg scores: No
/// data found", "steadier per pt", a flowsheet table of exercise names with every dose cell empty);</item>
/// <item>class 6 (v6-h193-…): minutes in these templates' forms (a "Time calculation" on one code and on each of two,
/// a Cerner grid, Meditech "Timed minutes 97112: 22", "Start Time / Stop Time" per code, dotted leaders with a total)
/// and true mismatches (a "Time calculation" of 32 on a 22-minute line, a grid's 28 on 15, a Meditech 31 on a 19-minute
/// 97116, a heading's 12 on 24) and truly missing separate time (a total only, one visit-wide "Time calculation" for two
/// codes, a "97110 minutes: ***");</item>
/// <item>class 7 (v7-h193-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check),
/// the contract's meanings for 97110, 97530, 97140 and 97116, and wholly generic notes;</item>
/// <item>ordinary (vord-h193-…): complete notes of these departments that a reviewer passes (the false-positive
/// guard).</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry numbers that are not a code's minutes — SmartList ids, clock times, dates of earlier scores in a
/// SmartLink, ages, room and bay numbers, loads, distances, degrees, counts — and each is written so that a reviewer
/// cannot take it for a billed code's minutes; a code's minutes are written next to the code, in its heading, in a
/// grid's row, as "Time calculation: hhmm-hhmm = nn min" under the code's heading or as a start and stop time on the
/// code's own line; no note gives minutes to a drill, a rest or a test, except the notes that give two codes only a
/// total; notes failed for want of a 97112 measure carry no number but their code, its minutes and numbers that are
/// plainly something else (a SmartList id). DOC_GENERIC_ONLY is expected only where the note names no technique,
/// deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number; for the
/// other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged
/// on the billed minutes: a family member, caregiver, interpreter, student or staff member in the room does not undo a
/// one-on-one statement, another patient treated in the same block does, and a therapist attending someone else during
/// the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what these EMRs' notes could honestly be read either way: an attestation ("I have personally
/// performed …", "I was present for the entire service") as the only one-on-one statement, a SmartLink of earlier
/// visits' scores as the only measure, a template of nothing but blank SmartLists and "***" (empty or generic?), a
/// SmartList picked with a value that contradicts the free text beside it, a "Units" column as the only minutes of a
/// code, a flowsheet row whose minutes column belongs to an untimed modality, and a strikethrough the print may have
/// lost (every struck value here says it was struck).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 93 of 109 cases agree (107 needed), and 10 of the 71 notes the reviewer passes got a finding, on the analyzer of a105b07 (the 2026-12-07 twenty-fifth session, after the last session's skipped held-out facts were worked through; nothing was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code e1617c8): 108 of 109, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredNinetyThirdTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these templates' and writers' words, negated, unstated

        // KMMC Epic, "One-on-one: {Yes/No:1234} Yes"; foam stance eyes closed, perturbations at the pelvis, tandem walking with head turns; delayed stepping reaction and sway; Berg and tandem seconds; "Time calculation: 0905-0928 = 23 min" matches: passes.
        ["v1-h193-kmmc-smartlist-yes"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Neuromuscular Re-education (97112)
            Time calculation: 0905-0928 = 23 min
            One-on-one: {Yes/No:1234} Yes
            Interventions: foam stance eyes closed x 5 trials, perturbations at the pelvis in staggered stance, tandem walking 20 ft with horizontal head turns.
            Impairment: delayed stepping reaction to backward perturbation and increased sway with vision removed.
            Objective: Berg 45/56; tandem stance R in front 9 sec, L in front 6 sec.
            Electronically signed by Marit Hovland, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SAMC student note, "Treatment delivery: {Delivery:3310} Individual (one-on-one)" and the CI's supervision attestation (a student in the room does not undo it); Herdman X1 viewing standing on foam; vestibular hypofunction; DGI; 22 min: passes.
        ["v1-h193-samc-spt-individual-ci-attests"] = new(
            """
            St. Ansgar Medical Center - Rehabilitation Services (Mason City)
            SPT Daily Note - Physical Therapy
            Neuromuscular Re-education (97112): 22 minutes
            Treatment delivery: {Delivery:3310} Individual (one-on-one)
            Intervention: X1 viewing horizontal and vertical at 2 Hz standing on foam, walking with head turns to targets on the hallway wall, standing on the rocker board A/P with eyes closed.
            Impairment: L vestibular hypofunction after neuritis; oscillopsia and veering with head turns.
            Objective: DGI 17/24 (eval 12/24).
            Written by Brody Kallevig, SPT
            I was present and directly supervised the student for the entire service and agree with the documentation above. - Anneliese Ruud, PT, DPT (CI)
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // GLHS Meditech, "Was pt treated 1:1 for all billed minutes?: Y"; PNF D1/D2 lower-extremity patterns with rhythmic stabilisation; poor motor recruitment of the L hip; 5xSTS and SLS: passes.
        ["v1-h193-glhs-query-y"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 22
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: PNF D1/D2 LE patterns in sidelying and standing, rhythmic stabilization in half kneel, weight shifts onto the L LE with tactile cues at the glute med.
            Impairment addressed: poor motor recruitment and timing of the L hip abductors after L THA, Trendelenburg in stance.
            Objective: 5xSTS 15.8 sec; SLS L 4 sec, R 12 sec.
            Therapist: Lorna Wehrkamp, PT
            """,
            ["Z96.642", "R26.89"], [PT("97112", 22)], []),

        // CGRH Cerner, "Treatment Type: Individual"; ball-catching on the BAPS board, step-and-stick to a target; R ankle proprioception after sprain; SEBT cm: passes.
        ["v1-h193-cgrh-treatment-type-individual"] = new(
            """
            CUMBERLAND GAP REGIONAL HOSPITAL - REHABILITATION SERVICES
            Outpatient PT Daily Note
            Treatment Type: Individual
            97112 Neuromuscular Re-education  Start Time: 1015  Stop Time: 1038
            Interventions Performed: single-leg stance on the BAPS board level 3 with ball toss, step-and-stick onto the foam pad to a target, lateral hops to a hold.
            Deficits: R ankle proprioception after inversion sprain; late peroneal response on the uneven gravel lot at the mine.
            Objective: SEBT anterior reach R 61 cm, L 70 cm.
            Signed: Dalton Creech, PT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // OVOG free text "just the two of us in the vestibular room" with the code's minutes; habituation to optokinetic video and VOR x2; motion-provoked dizziness; FGA: passes.
        ["v1-h193-ovog-just-the-two-of-us"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Caldwell)
            Daily Note
            Timed Code Treatment Minutes
            Neuromuscular Re-education (97112) ........ 24
            It was just the two of us in the vestibular room for all of it.
            Treatment: habituation to optokinetic video in standing on foam, VOR x2 seated then standing, gait with pitch head turns.
            Impairment: motion-provoked dizziness and reduced gaze stability after concussion (rodeo fall).
            Objective: FGA 21/30; DVA 4 lines lost.
            Kenna Arrizabalaga, PT, DPT
            """,
            ["S06.0X0D", "H81.90"], [PT("97112", 24)], []),

        // IRMC Meditech, "Constant attendance: Yes — one-on-one; Somali interpreter by video" (an interpreter is not a patient); reactive stepping and sit-to-stand on foam; post-stroke postural control; Berg and TUG: passes.
        ["v1-h193-irmc-one-on-one-video-interpreter"] = new(
            """
            IRON RANGE MEDICAL CENTER - THERAPY DAILY NOTE
            Service: 97112 Neuromuscular Re-education - 23 min
            Constant attendance: Yes - one-on-one; Somali interpreter joined by video for the whole session.
            Treatment: reactive stepping to pushes in four directions, sit-to-stand onto foam with eyes closed, reaching across midline on the wobble cushion.
            Impairment: impaired postural control and L-sided weight bearing after R MCA stroke.
            Objective: Berg 38/56; TUG 19.4 sec with SPC.
            Abdirahman Warsame is 58, a former taconite plant laborer.
            Provider: Tove Lindahl, PT
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // TRH Epic, one-on-one stated inside the personal-performance statement ("one-on-one, with no other patient on my schedule"); Bobath/NDT weight shift facilitation, trunk rotation in sitting on the ball; L hemiparesis and poor trunk control; Trunk Impairment Scale: passes.
        ["v1-h193-trh-personally-performed-one-on-one"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (GLOUCESTER)
            Physical Therapy Treatment Note
            Neuromuscular Re-education (97112): 22 min
            NDT facilitation of anterior weight shift in sit-to-stand, trunk rotation on the therapy ball with key points at the pelvis, reaching to the L with weight bearing through the L arm.
            Impairment: L hemiparesis with poor trunk control and L-sided neglect in sitting.
            Objective: Trunk Impairment Scale 12/23; sitting reach L 18 cm.
            I have personally performed the services described in this note, one-on-one, with no other patient on my schedule during this time.
            Corinne Tabb, PT
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // KMMC "{Yes/No:1234} Yes" with the patient's wife in the room (family, not a patient); rocker board and foam; sensory reweighting; mCTSIB seconds: passes.
        ["v1-h193-kmmc-yes-wife-in-room"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (HARTFORD)
            PT DAILY NOTE
            Subjective: Wife came along, watched from the chair; he keeps losing his balance in the dark barn.
            Neuromuscular Re-education (97112)
            Time calculation: 1300-1322 = 22 min
            One-on-one: {Yes/No:1234} Yes
            Interventions: rocker board A/P and M/L eyes closed, foam stance with head turns, sensory reweighting drills with vision blocked by goggles.
            Impairment: reduced somatosensory input from the feet with over-reliance on vision.
            Objective: mCTSIB condition 4 (foam, eyes closed) 11 sec, condition 3 30 sec.
            Electronically signed by Gus Pfeiffer, PT
            """,
            ["G62.9"], [PT("97112", 22)], []),

        // SCMG Cerner two codes, "Treatment Type: Individual" for the session; 97112 Fitter board and perturbations, 97110 step-ups and bridges with doses; grid minutes exact: passes.
        ["v1-h193-scmg-individual-two-codes"] = new(
            """
            SANDHILL CRANE MEDICAL GROUP - PHYSICAL THERAPY (KEARNEY)
            PT Daily Treatment PowerForm
            Treatment Type: Individual
            Timed Procedures
            CPT   | Description                    | Minutes | Units
            97112 | Neuromuscular Re-education     | 23      | 2
            97110 | Therapeutic Exercise           | 15      | 1
            97112: Fitter board lateral with eyes closed, perturbations at the shoulders in tandem stance, stepping over cones to a stop.
            Problem: delayed balance reactions and wide-based gait; history of two falls in the feedlot.
            Objective: Berg 44/56; TUG 13.1 sec.
            97110: step-ups 6 in 3x10 each leg, bridges 3x12, standing hip abduction with red band 3x12.
            Problem: B hip and knee extensor weakness; can't climb into the pickup without the grab handle.
            Signed: Wade Rasmussen, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // KMMC "{Yes/No:1234} No — worked with the pt in bay 3 at the same time": another patient in the block — one-on-one missing; all else present.
        ["v1-h193-kmmc-smartlist-no-bay-three"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Neuromuscular Re-education (97112)
            Time calculation: 1405-1427 = 22 min
            One-on-one: {Yes/No:1234} No - worked with the pt in bay 3 at the same time
            Interventions: tandem walking on the balance beam, perturbations at the pelvis in single-leg stance, step-ups to a hold on the airex.
            Impairment: R ankle and hip strategy delayed; loses balance turning toward the R.
            Objective: Berg 47/56; SLS R 5 sec.
            Electronically signed by Marit Hovland, PT, DPT
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SAMC "Treatment delivery: {Delivery:3310} Group (2-4 patients)": a group — one-on-one missing; technique, deficit and measure present.
        ["v1-h193-samc-delivery-group"] = new(
            """
            St. Ansgar Medical Center - Rehabilitation Services (Mason City)
            PT Daily Note
            Neuromuscular Re-education (97112): 23 minutes
            Treatment delivery: {Delivery:3310} Group (2-4 patients)
            Intervention: Parkinson balance circuit - large-amplitude stepping to targets, backward walking with perturbations, dual-task gait naming produce.
            Impairment: bradykinetic stepping and postural instability, retropulsion on the pull test.
            Objective: Mini-BESTest 18/28.
            Hollis Rygh, PT
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // GLHS "Was pt treated 1:1 for all billed minutes?: N — shared the mat with another pt": not one-on-one; all else present.
        ["v1-h193-glhs-query-n-shared-mat"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 24
            Was pt treated 1:1 for all billed minutes?: N - shared the mat with another pt (hip fx) the whole block
            Neuromuscular re-ed performed: quadruped rhythmic stabilization, tall-kneeling perturbations, half-kneel to stand with a reach.
            Impairment addressed: poor trunk postural control and motor recruitment after the lumbar fusion.
            Objective: Berg 49/56; 30 sec chair stand 9 reps.
            Therapist: Lorna Wehrkamp, PT
            """,
            ["M48.061"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // CGRH Cerner PTA, "Treatment Type: Concurrent" with the PT's co-signature: not one-on-one; all else present.
        ["v1-h193-cgrh-pta-concurrent-cosigned"] = new(
            """
            CUMBERLAND GAP REGIONAL HOSPITAL - REHABILITATION SERVICES
            Outpatient PT Daily Note
            Treatment Type: Concurrent
            97112 Neuromuscular Re-education  Start Time: 0830  Stop Time: 0852
            Interventions Performed: standing on foam with eyes closed, heel-toe walking along the tape line, catching a ball on the rocker board.
            Deficits: B LE proprioceptive loss from diabetic neuropathy; wide base and sway.
            Objective: Berg 43/56; monofilament absent at 6 of 10 sites each foot.
            Entered by: Misty Hensley, PTA
            Reviewed and agree with PTA documentation. - Dalton Creech, PT
            """,
            ["E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // OVOG complete vestibular 97112 that never states one-on-one or delivery: one-on-one missing.
        ["v1-h193-ovog-never-states-attendance"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Nampa)
            Daily Note
            Timed Code Treatment Minutes
            Neuromuscular Re-education (97112) ........ 22
            Treatment: X1 viewing against a checkerboard backdrop, walking with yaw head turns, standing on foam with eyes closed and head turns.
            Impairment: R vestibular hypofunction with gaze instability; veers walking the irrigation ditch bank.
            Objective: DGI 18/24; DVA 3 lines lost.
            Kenna Arrizabalaga, PT, DPT
            """,
            ["H81.21"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // TRH OT 97530 in a group ("Delivery: {Delivery:3310} Group") — 97530 has no one-on-one check; meal prep and laundry tasks with assist levels; R hand coordination after stroke: passes.
        ["v1-h193-trh-ot-97530-group-no-check"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (GLOUCESTER)
            Occupational Therapy Treatment Note
            Therapeutic Activities (97530): 25 min
            Delivery: {Delivery:3310} Group
            ADL/IADL Retraining: kitchen group - peeling and cutting potatoes with the rocker knife, carrying a pot from sink to stove, folding towels in standing.
            Impairment: R hand coordination and standing tolerance after the L MCA stroke.
            Objective: 3 potatoes peeled with SBA; pot carried 10 ft x 4 with CGA; stood at the counter through all three tasks before sitting.
            Co-treatment with: {Discipline:3021}
            Lacey Ambrose, OTR/L
            """,
            ["I69.331"], [OT("97530", 25)], []),

        // ---------------------------------------------------------------- class 2: template states (blank SmartLists, '***', option lists, help text, struck values)

        // KMMC "One-on-one: {Yes/No:1234}" left blank (nothing picked): states nothing — one-on-one missing; technique, deficit, measure present.
        ["v2-h193-kmmc-yes-no-blank"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Neuromuscular Re-education (97112)
            Time calculation: 1030-1053 = 23 min
            One-on-one: {Yes/No:1234}
            Interventions: gaze stabilization X1 standing on foam, walking with head turns along the hall, standing on the rocker board with eyes closed.
            Impairment: R vestibular hypofunction; imbalance with head movement at the dairy parlor.
            Objective: DGI 16/24; FGA 17/30.
            Electronically signed by Gus Pfeiffer, PT
            """,
            ["H81.21"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // OVOG "Objective measures: ***" left unfilled as the only objective line; no number but the code's minutes — measure missing.
        ["v2-h193-ovog-objective-wildcard"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Caldwell)
            Daily Note
            Timed Code Treatment Minutes
            Neuromuscular Re-education (97112) ........ 22
            Patient was treated one-on-one for the entire timed code treatment.
            Treatment: perturbation training on the tilt board, single-leg stance on the foam with ball catches, lateral shuffles with a hold.
            Impairment: L knee proprioception and delayed quadriceps firing after ACL reconstruction; knee buckles cutting.
            Objective measures: ***
            Kenna Arrizabalaga, PT, DPT
            """,
            ["S83.512D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // GLHS printed option list "Impairment addressed (Select: Balance / Proprioception / Vestibular / Coordination / Postural control / Other):" with nothing picked: the systems are the template's — deficit missing; technique, measure, one-on-one present.
        ["v2-h193-glhs-option-list-nothing-picked"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 23
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: rocker board A/P eyes closed, perturbations at the pelvis in tandem stance, stepping over hurdles to a stop.
            Impairment addressed (Select: Balance / Proprioception / Vestibular / Coordination / Postural control / Other):
            Objective: Berg 42/56; TUG 14.6 sec.
            Therapist: Renata Fledderjohn, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // IRMC "[Help: name the technique(s) used, e.g., PNF D1/D2, perturbation training, gaze stabilization, BAPS]" followed by an unfilled "***": the examples are the template's — technique missing; deficit, measure, one-on-one present.
        ["v2-h193-irmc-help-text-technique-unfilled"] = new(
            """
            IRON RANGE MEDICAL CENTER - THERAPY DAILY NOTE
            Service: 97112 Neuromuscular Re-education - 22 min
            Constant attendance: Yes - one-on-one
            Technique(s) [Help: name the technique(s) used, e.g., PNF D1/D2, perturbation training, gaze stabilization, BAPS]: ***
            Impairment: impaired postural control with L foot sensory loss after the tibial plateau fracture.
            Objective: Berg 40/56; SLS L 3 sec.
            Provider: Tove Lindahl, PT
            """,
            ["S82.142D"], [PT("97112", 22)], [At(Tech, "97112")]),

        // SCMG Cerner grid, the 97110 row's Minutes cell left blank: two timed codes and minutes for one — separate time missing.
        ["v2-h193-scmg-grid-second-row-blank"] = new(
            """
            SANDHILL CRANE MEDICAL GROUP - PHYSICAL THERAPY (HOLDREGE)
            PT Daily Treatment PowerForm
            Treatment Type: Individual
            Timed Procedures
            CPT   | Description                    | Minutes | Units
            97112 | Neuromuscular Re-education     | 22      | 2
            97110 | Therapeutic Exercise           |         |
            97112: tandem walking on the balance beam, foam stance with eyes closed and head turns, perturbations at the trunk.
            Problem: sway with eyes closed and loss of balance on uneven ground.
            Objective: Berg 46/56; mCTSIB condition 4 14 sec.
            97110: sit-to-stand 3x10 holding an 8 lb ball, heel raises 3x15, side-stepping with a yellow band 4 laps.
            Problem: B hip abductor and calf weakness.
            Signed: Wade Rasmussen, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 14)], [SepTime]),

        // CGRH "Treatment Type: Individual [struck — entered in error …] Concurrent": the struck value is withdrawn and Concurrent stands — one-on-one missing.
        ["v2-h193-cgrh-individual-struck-concurrent"] = new(
            """
            CUMBERLAND GAP REGIONAL HOSPITAL - REHABILITATION SERVICES
            Outpatient PT Daily Note
            Treatment Type: Individual [struck - entered in error, M. Hensley PTA] Concurrent
            97112 Neuromuscular Re-education  Start Time: 1300  Stop Time: 1323
            Interventions Performed: standing on the half foam roll, toe taps to cones with eyes closed, perturbations at the hips.
            Deficits: decreased ankle proprioception and postural sway after the L ankle ORIF.
            Objective: SLS L 6 sec; Berg 48/56.
            Entered by: Misty Hensley, PTA
            Reviewed and agree with PTA documentation. - Dalton Creech, PT
            """,
            ["S82.852D"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // KMMC "Subjective: ***" left unfilled (an unrelated field); one-on-one picked Yes; complete: passes.
        ["v2-h193-kmmc-subjective-wildcard-unfilled"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (HARTFORD)
            PT DAILY NOTE
            Subjective: ***
            Neuromuscular Re-education (97112)
            Time calculation: 0800-0822 = 22 min
            One-on-one: {Yes/No:1234} Yes
            Interventions: Steady Steps Level 2 - backward walking with perturbations at the pelvis, stepping onto foam to a hold, sit-to-stand with eyes closed.
            Impairment: delayed backward stepping strategy; fell backward off the porch step.
            Objective: Berg 44/56; 5xSTS 16.2 sec.
            Electronically signed by Marit Hovland, PT, DPT
            """,
            ["R29.6"], [PT("97112", 22)], []),

        // TRH "Precautions: {Precautions:4411}" left blank (an unrelated field); one-on-one stated; complete: passes.
        ["v2-h193-trh-precautions-blank"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (MATHEWS)
            Physical Therapy Treatment Note
            Precautions: {Precautions:4411}
            Neuromuscular Re-education (97112): 23 min
            Delivered one-on-one.
            Rhythmic stabilization in standing, single-leg stance on the Airex with ball toss, crossover stepping with a reactive catch.
            Impairment: R ankle proprioceptive deficit; rolls the ankle stepping off the deadrise onto the pier.
            Objective: SLS R eyes closed 5 sec; Y-balance anterior R 58 cm, L 66 cm.
            I have personally performed the services described in this note. - Corinne Tabb, PT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // GLHS option list with one value marked "(X) Proprioception": the picked value states the deficit; complete: passes.
        ["v2-h193-glhs-option-list-one-marked"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 22
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: BAPS board level 2 clockwise and counter, foam stance with eyes closed, heel-toe walk on the beam.
            Impairment addressed: ( ) Balance (X) Proprioception ( ) Vestibular ( ) Coordination ( ) Postural control ( ) Other
            Objective: Berg 47/56; tandem stance 8 sec.
            Therapist: Renata Fledderjohn, PT
            """,
            ["G62.9"], [PT("97112", 22)], []),

        // CGRH "Treatment Type: Concurrent [struck — entered in error …] Individual": the correction stands — one-on-one stated; complete: passes.
        ["v2-h193-cgrh-concurrent-struck-individual"] = new(
            """
            CUMBERLAND GAP REGIONAL HOSPITAL - REHABILITATION SERVICES
            Outpatient PT Daily Note
            Treatment Type: Concurrent [struck - entered in error, D. Creech PT] Individual
            97112 Neuromuscular Re-education  Start Time: 1440  Stop Time: 1502
            Interventions Performed: PNF D2 flexion/extension UE patterns in standing on foam, rhythmic stabilization in tandem, reaching out of base to targets.
            Deficits: impaired postural control and delayed righting after the cerebellar stroke; ataxic reach R.
            Objective: Berg 39/56; functional reach 17 cm.
            Signed: Dalton Creech, PT
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // CGRH "1:1: ☒" ticked; step-and-stick and perturbations; late stepping reaction; Berg and TUG: passes.
        ["v2-h193-cgrh-one-to-one-ticked"] = new(
            """
            CUMBERLAND GAP REGIONAL HOSPITAL - REHABILITATION SERVICES
            Outpatient PT Daily Note
            1:1: ☒
            97112 Neuromuscular Re-education  Start Time: 0915  Stop Time: 0939
            Interventions Performed: step-and-stick forward and lateral onto foam, perturbations at the shoulders in feet-together stance, obstacle stepping.
            Deficits: late stepping reaction and narrow base of support; fell in the church parking lot.
            Objective: Berg 45/56; TUG 12.8 sec.
            Signed: Dalton Creech, PT
            """,
            ["R29.6", "Z91.81"], [PT("97112", 24)], []),

        // IRMC help text printed with the therapist's answer typed under it: the answer states the technique; complete: passes.
        ["v2-h193-irmc-help-text-answered"] = new(
            """
            IRON RANGE MEDICAL CENTER - THERAPY DAILY NOTE
            Service: 97112 Neuromuscular Re-education - 23 min
            Constant attendance: Yes - one-on-one
            Technique(s) [Help: name the technique(s) used, e.g., PNF D1/D2, perturbation training, gaze stabilization, BAPS]:
            Perturbation training on the treadmill at slow speed, standing on the BOSU with eyes closed, lateral stepping over the cane.
            Impairment [Help: system targeted]: somatosensory loss B feet and delayed stepping reactions.
            Objective: Berg 43/56; 10MWT 0.82 m/s.
            Provider: Tove Lindahl, PT
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // OVOG "Outcome measure: {OP PT Outcome Measures:5512} Berg Balance Scale  Score: 47/56": a picked value with its score; complete: passes.
        ["v2-h193-ovog-outcome-measure-picked"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Nampa)
            Daily Note
            Timed Code Treatment Minutes
            Neuromuscular Re-education (97112) ........ 23
            Patient was treated one-on-one for the entire timed code treatment.
            Treatment: single-leg stance on the foam with perturbations, tandem walk with head turns, step-downs to a hold from the 4 in step.
            Impairment: postural control and hip strategy delayed after the L hip fracture.
            Outcome measure: {OP PT Outcome Measures:5512} Berg Balance Scale  Score: 47/56
            Kenna Arrizabalaga, PT, DPT
            """,
            ["S72.002D"], [PT("97112", 23)], []),

        // SAMC "Pain: {Pain Scale:2020}" and "Equipment: ***" left blank in unrelated fields; individual picked; CI attests; complete: passes.
        ["v2-h193-samc-unrelated-blanks"] = new(
            """
            St. Ansgar Medical Center - Rehabilitation Services (Clear Lake)
            SPT Daily Note - Physical Therapy
            Pain: {Pain Scale:2020}
            Equipment: ***
            Neuromuscular Re-education (97112): 24 minutes
            Treatment delivery: {Delivery:3310} Individual (one-on-one)
            Intervention: sensory reintegration with eyes closed on the foam, stepping strategy drills with manual pushes, heel-to-toe walking on the 2x4.
            Impairment: reduced proprioception in B ankles and a delayed stepping strategy.
            Objective: mCTSIB condition 4 8 sec; Berg 46/56.
            Written by Jolie Marzen, SPT
            I was present and directly supervised the student for the entire service and agree with the documentation above. - Anneliese Ruud, PT, DPT (CI)
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named protocols and techniques, and a programme's name or level alone

        // OVOG Fitzgerald perturbation training (roller board, tilt board, platform) after ACL reconstruction; knee proprioception and quad timing; hop test percentages; one-on-one stated: passes.
        ["v3-h193-ovog-fitzgerald-perturbation"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Nampa)
            Daily Note
            Timed Code Treatment Minutes
            Neuromuscular Re-education (97112) ........ 24
            Patient was treated one-on-one for the entire timed code treatment.
            Treatment: Fitzgerald perturbation training - rollerboard, tilt board and roller-platform perturbations in single and double limb stance, 3 bouts each direction.
            Impairment: R knee dynamic instability and delayed quadriceps/hamstring co-activation after ACL reconstruction; knee shifts planting on the wrestling mat.
            Objective: single hop LSI 82%; triple hop LSI 79%.
            Tyson Echeverria, PT, SCS
            """,
            ["S83.511D"], [PT("97112", 24)], []),

        // SAMC Herdman gaze stabilisation progression, X2 viewing and remembered-target exercise; bilateral hypofunction; DVA and DGI; individual: passes.
        ["v3-h193-samc-herdman-x2"] = new(
            """
            St. Ansgar Medical Center - Rehabilitation Services (Mason City)
            PT Daily Note
            Neuromuscular Re-education (97112): 22 minutes
            Treatment delivery: {Delivery:3310} Individual (one-on-one)
            Intervention: Herdman gaze stabilization progression - X2 viewing seated and standing, remembered-target (imaginary target) exercise, standing on foam with head turns.
            Impairment: B vestibular hypofunction after gentamicin; oscillopsia walking the grocery aisles.
            Objective: DVA 5 lines lost (7 at eval); DGI 15/24.
            Hollis Rygh, PT
            """,
            ["H81.23"], [PT("97112", 22)], []),

        // TRH PNF rhythmic initiation and agonist reversals for sit-to-stand and gait initiation in Parkinson's; akinetic start; one-on-one stated; TUG and steps: passes.
        ["v3-h193-trh-pnf-rhythmic-initiation"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (GLOUCESTER)
            Physical Therapy Treatment Note
            Neuromuscular Re-education (97112): 23 min
            One-on-one for all billed time.
            PNF rhythmic initiation for sit-to-stand and gait initiation, agonist reversals in standing weight shift, rhythmic stabilization at the pelvis.
            Impairment: start hesitation and freezing at doorways; small, slow weight shift with Parkinson's disease.
            Objective: TUG 16.9 sec; freezing episodes at the doorway 2 of 6 trials.
            I have personally performed the services described in this note. - Royce Haywood, PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // GLHS Brandt–Daroff habituation and motion-sensitivity habituation positions; motion-provoked vertigo; MSQ and DGI; 1:1 Y: passes.
        ["v3-h193-glhs-brandt-daroff"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 22
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: Brandt-Daroff habituation x 5 each side, habituation to the provoking positions from the Motion Sensitivity Test (sit to L side-lying, nose to L knee), standing with eyes closed on foam.
            Impairment addressed: vestibular - motion-provoked vertigo and imbalance with position change after the L neuritis.
            Objective: Motion Sensitivity Quotient 21 (34 at eval); DGI 19/24.
            Therapist: Lorna Wehrkamp, PT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // SCMG 97140 Mulligan mobilisation with movement for ankle dorsiflexion, posterior talar glides; R ankle stiffness after fracture; knee-to-wall cm and degrees: passes.
        ["v3-h193-scmg-mulligan-mwm-ankle"] = new(
            """
            SANDHILL CRANE MEDICAL GROUP - PHYSICAL THERAPY (KEARNEY)
            PT Daily Treatment PowerForm
            Timed Procedures
            CPT   | Description                    | Minutes | Units
            97140 | Manual Therapy                 | 12      | 1
            97140: Mulligan mobilization with movement for weight-bearing ankle dorsiflexion with belt, posterior talar glides grade III, STM to the gastrocnemius.
            Problem: R ankle dorsiflexion stiffness after the bimalleolar fracture; can't squat to check the irrigation pivot.
            Objective: knee-to-wall R 6 cm to 9 cm after; DF 4 deg to 9 deg.
            Signed: Wade Rasmussen, PT
            """,
            ["S82.841D", "M25.671"], [PT("97140", 12)], []),

        // IRMC 97140 Kaltenborn grade III glenohumeral distraction and inferior glides; L adhesive capsulitis; ER and abduction degrees: passes.
        ["v3-h193-irmc-kaltenborn-distraction"] = new(
            """
            IRON RANGE MEDICAL CENTER - THERAPY DAILY NOTE
            Service: 97140 Manual Therapy - 14 min
            Treatment: Kaltenborn grade III glenohumeral distraction in the resting position, inferior and posterior glides grade III, 3 bouts of 30 sec each.
            Impairment: L shoulder capsular restriction (adhesive capsulitis); can't reach the top shelf in the ice-fishing shack.
            Objective: L ER 32 deg to 41 deg; abduction 88 deg to 96 deg.
            Provider: Tove Lindahl, PT
            """,
            ["M75.02"], [PT("97140", 14)], []),

        // KMMC 97116 robotic exoskeleton gait training (Ekso) with step counts and assist; incomplete SCI with weak hip flexors; steps and assist: passes.
        ["v3-h193-kmmc-exoskeleton-gait"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Gait Training (97116)
            Time calculation: 1100-1126 = 26 min
            Interventions: robotic exoskeleton gait training (Ekso), variable assist mode, forward stepping with the front-wheeled walker, standing weight shifts in the suit.
            Impairment: B hip flexor and ankle dorsiflexor weakness after incomplete T11 SCI; unable to take reciprocal steps without the device.
            Objective: 612 steps in the suit (488 last session), min assist for sit-to-stand, walker.
            Electronically signed by Gus Pfeiffer, PT
            """,
            ["S24.154D", "G82.22"], [PT("97116", 26)], []),

        // TRH OT 97530 constraint-induced movement therapy shaping tasks with counts; R UE paresis after stroke; counts and seconds: passes.
        ["v3-h193-trh-ot-cimt-shaping"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (GLOUCESTER)
            Occupational Therapy Treatment Note
            Therapeutic Activities (97530): 24 min
            ADL/IADL Retraining: CIMT shaping tasks with the L hand mitted - flipping cards, stacking cups, turning the key in the lock box, lifting a mug to the mouth.
            Impairment: R UE paresis and decreased fine motor control after the L MCA stroke; can't butter toast or button the work shirt.
            Objective: 18 cards flipped in 60 sec (11 last week); 10 cup stacks; mug to mouth 5 of 8 without spill.
            Lacey Ambrose, OTR/L
            """,
            ["I69.351"], [OT("97530", 24)], []),

        // CGRH 97110 Alfredson eccentric heel-drop protocol 3x15 straight and bent knee; R Achilles tendinopathy; dose: passes.
        ["v3-h193-cgrh-alfredson-heel-drops"] = new(
            """
            CUMBERLAND GAP REGIONAL HOSPITAL - REHABILITATION SERVICES
            Outpatient PT Daily Note
            97110 Therapeutic Exercise  Start Time: 1100  Stop Time: 1115
            Interventions Performed: Alfredson eccentric heel-drop protocol off the step, 3x15 straight knee and 3x15 bent knee, with a 10 lb backpack; seated soleus raises 3x20.
            Deficits: R Achilles tendinopathy with calf strength deficit; pain climbing the coal-truck ladder.
            Objective: single-leg heel raises R 12, L 25.
            Signed: Dalton Creech, PT
            """,
            ["M76.61"], [PT("97110", 15)], []),

        // KMMC the clinic's own programme level "Steady Steps Level 3 — completed all stations" as the only intervention: names no technique — technique missing; deficit, measure and one-on-one present.
        ["v3-h193-kmmc-steady-steps-level-only"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Neuromuscular Re-education (97112)
            Time calculation: 0930-0952 = 22 min
            One-on-one: {Yes/No:1234} Yes
            Interventions: Steady Steps Level 3 - completed all stations.
            Impairment: delayed stepping reactions and sway with vision removed.
            Objective: Berg 46/56; TUG 12.4 sec.
            Electronically signed by Marit Hovland, PT, DPT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // OVOG "Return-to-Sport Pathway Phase 2 — progressed per pathway" as the only intervention: technique missing; deficit, measure, one-on-one present.
        ["v3-h193-ovog-return-to-sport-phase-only"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Caldwell)
            Daily Note
            Timed Code Treatment Minutes
            Neuromuscular Re-education (97112) ........ 23
            Patient was treated one-on-one for the entire timed code treatment.
            Treatment: Return-to-Sport Pathway Phase 2 - progressed per pathway.
            Impairment: L knee proprioception and dynamic valgus on landing after ACL reconstruction.
            Objective: single hop LSI 74%; Y-balance anterior L 59 cm, R 67 cm.
            Tyson Echeverria, PT, SCS
            """,
            ["S83.512D"], [PT("97112", 23)], [At(Tech, "97112")]),

        // GLHS "Stepping On program — week 4 session" as the only intervention: a programme's name and week, no technique — technique missing; deficit, measure, one-on-one present.
        ["v3-h193-glhs-stepping-on-week-only"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 24
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: Stepping On program - week 4 session, individual.
            Impairment addressed: impaired postural control and slowed protective stepping.
            Objective: Berg 44/56; 30 sec chair stand 8 reps.
            Therapist: Renata Fledderjohn, PT
            """,
            ["R29.6"], [PT("97112", 24)], [At(Tech, "97112")]),

        // TRH "Tidewater Steady & Strong, Level 2 (see binder)" as the only intervention: technique missing; deficit, measure, one-on-one present.
        ["v3-h193-trh-steady-and-strong-level-only"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (MATHEWS)
            Physical Therapy Treatment Note
            Neuromuscular Re-education (97112): 22 min
            Delivered one-on-one.
            Tidewater Steady & Strong, Level 2 (see binder).
            Impairment: somatosensory loss in both feet with a wide, unsteady base.
            Objective: Berg 41/56; monofilament absent at 5 of 10 sites each foot.
            I have personally performed the services described in this note. - Corinne Tabb, PT
            """,
            ["E11.42"], [PT("97112", 22)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // SCMG "absent ankle strategy — hip strategy only on small perturbations" as the finding; perturbations on the force-plate rocker, foam; Berg and SLS; individual: passes.
        ["v4-h193-scmg-absent-ankle-strategy"] = new(
            """
            SANDHILL CRANE MEDICAL GROUP - PHYSICAL THERAPY (KEARNEY)
            PT Daily Treatment PowerForm
            Treatment Type: Individual
            Timed Procedures
            CPT   | Description                    | Minutes | Units
            97112 | Neuromuscular Re-education     | 22      | 2
            97112: small-amplitude perturbations at the hips in quiet stance, rocker board A/P with eyes open then closed, heel-toe rocking to the edge of the base.
            Problem: absent ankle strategy - hip strategy only, even on small perturbations; sways out of base reaching into the combine cab.
            Objective: Berg 45/56; SLS R 7 sec, L 5 sec.
            Signed: Wade Rasmussen, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // CGRH PTA 97116, "R toe catches on the kerb — paretic foot, no dorsiflexion in swing"; gait training with the AFO on the kerb and ramp; distance and assist; co-signed: passes.
        ["v4-h193-cgrh-pta-97116-toe-catch-kerb"] = new(
            """
            CUMBERLAND GAP REGIONAL HOSPITAL - REHABILITATION SERVICES
            Outpatient PT Daily Note
            97116 Gait Training  Start Time: 0945  Stop Time: 1004
            Interventions Performed: gait training with the R AFO and quad cane on level tile, the ramp and the kerb cut-out, step-to pattern on the 6 in kerb, cues for R hip flexion.
            Deficits: R toe catches on the kerb edge - paretic foot with no active dorsiflexion in swing after the stroke.
            Objective: 220 ft quad cane CGA; kerb x 4 min A.
            Entered by: Misty Hensley, PTA
            Reviewed and agree with PTA documentation. - Dalton Creech, PT
            """,
            ["I69.351", "M21.371"], [PTA("97116", 19)], []),

        // IRMC "dysmetria L heel-to-shin, overshoots targets" as the finding; weighted-cuff target stepping, rhythmic stabilisation; SARA score; one-on-one: passes.
        ["v4-h193-irmc-dysmetria-heel-shin"] = new(
            """
            IRON RANGE MEDICAL CENTER - THERAPY DAILY NOTE
            Service: 97112 Neuromuscular Re-education - 24 min
            Constant attendance: Yes - one-on-one
            Treatment: target stepping to floor dots with a 1 lb cuff on the L ankle, rhythmic stabilization in tandem stance, slow reciprocal heel-to-shin drills in supine with visual feedback.
            Impairment: L LE dysmetria on heel-to-shin and overshoot of stepping targets (cerebellar ataxia after the L cerebellar stroke).
            Objective: SARA 11/40 (14 at eval); 7 of 10 dots hit.
            Provider: Nils Aho, PT
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // KMMC "vibration sense absent at both great toes (128 Hz fork)" as the finding; sensory reintegration on textured mats and foam; Berg; Yes picked: passes.
        ["v4-h193-kmmc-vibration-absent-great-toes"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (HARTFORD)
            PT DAILY NOTE
            Neuromuscular Re-education (97112)
            Time calculation: 1330-1353 = 23 min
            One-on-one: {Yes/No:1234} Yes
            Interventions: sensory reintegration - barefoot stance on textured mats and foam with eyes closed, weight shifts to the edge of the base, tandem walking on the carpet runner.
            Impairment: vibration sense absent at both great toes (128 Hz fork), present at the medial malleoli; sways in the dark.
            Objective: Berg 42/56; Romberg sharpened 6 sec.
            Electronically signed by Gus Pfeiffer, PT
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // OVOG 97110 "R quad 4-/5 with a 10° extensor lag" as the finding; quad sets, SAQ, SLR with loads and doses: passes.
        ["v4-h193-ovog-97110-extensor-lag"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Nampa)
            Daily Note
            Timed Code Treatment Minutes
            Therapeutic Exercise (97110) ........ 16
            Treatment: quad sets 2x15 with 5 sec hold, short-arc quads 3 lb 3x12, SLR 3x10 with the brace off, wall sits 5x20 sec.
            Impairment: R quadriceps 4-/5 with a 10 deg extensor lag after the R TKA; knee gives on the tractor step.
            Objective: extensor lag 10 deg (15 last week); knee flexion 108 deg.
            Kenna Arrizabalaga, PT, DPT
            """,
            ["Z96.651", "M62.81"], [PT("97110", 16)], []),

        // GLHS 97140 "capsular pattern R hip — IR most limited" as the finding; long-axis distraction and posterior glides; degrees: passes.
        ["v4-h193-glhs-97140-capsular-pattern-hip"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97140: 13
            Manual therapy performed: long-axis distraction of the R hip with belt, posterior and inferior glides grade III-IV, STM to the R TFL and iliopsoas.
            Impairment addressed: R hip capsular pattern (IR most limited, then flexion, then abduction) with OA; can't put on his R sock or climb onto the grain truck.
            Objective: R hip IR 12 deg to 18 deg; flexion 94 deg to 100 deg.
            Therapist: Lorna Wehrkamp, PT
            """,
            ["M16.11"], [PT("97140", 13)], []),

        // TRH OT 97530 "unable to rise from the recliner without the armrests" as the finding; sit-to-stand from graded heights, car transfer mock-up; counts and assist: passes.
        ["v4-h193-trh-ot-97530-recliner-rise"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (GLOUCESTER)
            Occupational Therapy Treatment Note
            Therapeutic Activities (97530): 22 min
            ADL/IADL Retraining: sit-to-stand practice from graded seat heights (22 in down to 18 in) without arms, car transfer on the mock-up with a swivel cushion, picking up laundry from the floor with the reacher.
            Impairment: unable to rise from her low recliner without pushing on the armrests; B hip and knee extensor weakness after the hospital stay.
            Objective: 18 in seat 5 reps with SBA, no arms; car transfer min A x 3.
            Lacey Ambrose, OTR/L
            """,
            ["M62.81", "R26.89"], [OT("97530", 22)], []),

        // SAMC "retropulsion — four steps back on the pull test" as the finding; backward stepping with perturbations, large-amplitude weight shifts; pull test steps and Mini-BESTest; individual; CI attests: passes.
        ["v4-h193-samc-retropulsion-pull-test"] = new(
            """
            St. Ansgar Medical Center - Rehabilitation Services (Mason City)
            SPT Daily Note - Physical Therapy
            Neuromuscular Re-education (97112): 23 minutes
            Treatment delivery: {Delivery:3310} Individual (one-on-one)
            Intervention: compensatory backward stepping to a release from lean, large-amplitude weight shifts in stride, turning in a box with a cadence cue.
            Impairment: retropulsion - takes four steps back on the pull test; en bloc turns with Parkinson's disease.
            Objective: Mini-BESTest 17/28; 180 deg turn in 6 steps.
            Written by Brody Kallevig, SPT
            I was present and directly supervised the student for the entire service and agree with the documentation above. - Anneliese Ruud, PT, DPT (CI)
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // IRMC 97112 "foot drop with a slapping gait and poor L ankle position sense" as the finding; BAPS, foam stance, targeted stepping; SLS and joint position error; one-on-one: passes.
        ["v4-h193-irmc-position-sense-slap"] = new(
            """
            IRON RANGE MEDICAL CENTER - THERAPY DAILY NOTE
            Service: 97112 Neuromuscular Re-education - 22 min
            Constant attendance: Yes - one-on-one
            Treatment: BAPS board level 2 seated then standing, foam stance with eyes closed, target stepping with the L foot to floor marks.
            Impairment: poor L ankle position sense and a slapping L foot after the peroneal nerve injury at the snowmobile crash.
            Objective: L ankle joint position error 9 deg (R 3 deg); SLS L 4 sec.
            Provider: Nils Aho, PT
            """,
            ["S84.12XD"], [PT("97112", 22)], []),

        // OVOG "Impairments: ***" left unfilled and nothing else names a deficit: deficit missing; technique, measure, one-on-one present.
        ["v4-h193-ovog-impairments-wildcard"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Caldwell)
            Daily Note
            Timed Code Treatment Minutes
            Neuromuscular Re-education (97112) ........ 22
            Patient was treated one-on-one for the entire timed code treatment.
            Treatment: single-leg stance on the tilt board, ball toss on foam, lateral bounds to a stick.
            Impairments: ***
            Objective: Y-balance anterior R 62 cm, L 69 cm; SLS R eyes closed 6 sec.
            Tyson Echeverria, PT, SCS
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // GLHS "Impairments identified today: none": states no deficit — deficit missing; technique, measure, one-on-one present.
        ["v4-h193-glhs-impairments-none-today"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 23
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: perturbations at the pelvis on the rocker board, step-and-stick onto foam, tandem walking with a ball pass.
            Impairments identified today: none
            Objective: Berg 53/56; TUG 9.2 sec.
            Therapist: Renata Fledderjohn, PT
            """,
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // KMMC 97116 "Gait deviations: {Gait deviations:6620}" left blank and nothing else names a deficit: deficit missing for the 97116; technique and distance present.
        ["v4-h193-kmmc-97116-gait-deviations-blank"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Gait Training (97116)
            Time calculation: 1500-1520 = 20 min
            Interventions: gait training with the single-point cane on the carpeted hall, the ramp and the outdoor sidewalk, 180 deg turns, stepping over the threshold.
            Gait deviations: {Gait deviations:6620}
            Objective: 400 ft SPC SBA; ramp x 2 SBA.
            Electronically signed by Marit Hovland, PT, DPT
            """,
            ["Z96.641"], [PT("97116", 20)], [At(Deficit, "97116")]),

        // IRMC "[Help: list the neuromuscular impairment addressed, e.g., proprioception, vestibular hypofunction, ataxia]" with nothing typed: the examples are the template's — deficit missing.
        ["v4-h193-irmc-help-text-impairment-unanswered"] = new(
            """
            IRON RANGE MEDICAL CENTER - THERAPY DAILY NOTE
            Service: 97112 Neuromuscular Re-education - 23 min
            Constant attendance: Yes - one-on-one
            Treatment: perturbations at the pelvis in stride stance, foam stance with eyes closed, stepping over hurdles to a stop.
            Impairment [Help: list the neuromuscular impairment addressed, e.g., proprioception, vestibular hypofunction, ataxia]:
            Objective: Berg 46/56; TUG 11.9 sec.
            Provider: Nils Aho, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // OVOG SmartLink "Last 3 Berg scores: 40 (11/02), 43 (11/16), 46 (12/01)" beside today's Berg 48/56; perturbations and foam; sway and late stepping; one-on-one: passes.
        ["v5-h193-ovog-smartlink-berg-with-today"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Nampa)
            Daily Note
            Timed Code Treatment Minutes
            Neuromuscular Re-education (97112) ........ 23
            Patient was treated one-on-one for the entire timed code treatment.
            Treatment: perturbations at the pelvis in tandem stance, foam stance with eyes closed and head turns, obstacle stepping with a carry.
            Impairment: postural sway and a late stepping strategy after the L hip fracture.
            Last 3 Berg scores: 40 (11/02), 43 (11/16), 46 (12/01)
            Berg today: 48/56
            Kenna Arrizabalaga, PT, DPT
            """,
            ["S72.002D", "R26.81"], [PT("97112", 23)], []),

        // KMMC FGA 22/30 with its hardest items; walking with head turns and pivots; vestibular gait instability; Yes picked: passes.
        ["v5-h193-kmmc-fga"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Neuromuscular Re-education (97112)
            Time calculation: 0945-1007 = 22 min
            One-on-one: {Yes/No:1234} Yes
            Interventions: gait with horizontal and vertical head turns, pivot turns on command, walking backward on the line, eyes-closed tandem along the wall.
            Impairment: gait instability with head movement from L vestibular hypofunction.
            Objective: FGA 22/30 (gait with narrow base 1/3, eyes closed 1/3).
            Electronically signed by Gus Pfeiffer, PT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // GLHS 5xSTS 13.4 sec and SLS; PNF chops and lifts on foam, reactive step training; motor recruitment; Y: passes.
        ["v5-h193-glhs-five-times-sit-to-stand"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 24
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: PNF chops and lifts standing on foam, reactive step training to manual pushes, sit-to-stand with eyes closed.
            Impairment addressed: poor postural control and slowed motor recruitment in the B LE.
            Objective: 5xSTS 13.4 sec (17.9 at eval); SLS R 9 sec, L 8 sec.
            Therapist: Lorna Wehrkamp, PT
            """,
            ["R26.89", "M62.81"], [PT("97112", 24)], []),

        // CGRH mCTSIB pulled in as a flowsheet table "Condition | Trial 1 (sec) | Trial 2 (sec)"; sensory reweighting on foam and with vision blocked; 1:1 ticked: passes.
        ["v5-h193-cgrh-mctsib-table"] = new(
            """
            CUMBERLAND GAP REGIONAL HOSPITAL - REHABILITATION SERVICES
            Outpatient PT Daily Note
            1:1: ☒
            97112 Neuromuscular Re-education  Start Time: 1030  Stop Time: 1053
            Interventions Performed: sensory reweighting - foam stance with eyes closed, vision blocked with goggles on firm and foam, head turns on foam.
            Deficits: vestibular and somatosensory reliance on vision; falls in the dark hallway at night.
            mCTSIB
            Condition          | Trial 1 (sec) | Trial 2 (sec)
            Firm, eyes open    | 30            | 30
            Firm, eyes closed  | 30            | 30
            Foam, eyes open    | 24            | 30
            Foam, eyes closed  | 6             | 9
            Signed: Dalton Creech, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // SAMC gait speed single- and dual-task; dual-task stepping and metronome gait; dual-task cost in Parkinson's; individual; CI attests: passes.
        ["v5-h193-samc-gait-speed-dual-task"] = new(
            """
            St. Ansgar Medical Center - Rehabilitation Services (Clear Lake)
            SPT Daily Note - Physical Therapy
            Neuromuscular Re-education (97112): 22 minutes
            Treatment delivery: {Delivery:3310} Individual (one-on-one)
            Intervention: dual-task gait training (walking while naming farm animals, carrying a tray), metronome-cued stepping, big-step obstacle course.
            Impairment: motor-planning and timing deficit under dual task - shuffles and freezes when talking with Parkinson's disease.
            Objective: 10MWT comfortable 0.96 m/s, dual-task 0.71 m/s.
            Written by Jolie Marzen, SPT
            I was present and directly supervised the student for the entire service and agree with the documentation above. - Anneliese Ruud, PT, DPT (CI)
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // SCMG 97110 flowsheet table "Exercise | Sets | Reps | Resistance | Comments" filled; R shoulder cuff weakness after repair: passes.
        ["v5-h193-scmg-flowsheet-table-97110"] = new(
            """
            SANDHILL CRANE MEDICAL GROUP - PHYSICAL THERAPY (HOLDREGE)
            PT Daily Treatment PowerForm
            Timed Procedures
            CPT   | Description                    | Minutes | Units
            97110 | Therapeutic Exercise           | 17      | 1
            Exercise Flowsheet
            Exercise              | Sets | Reps | Resistance  | Comments
            Sidelying ER          | 3    | 12   | 2 lb        | slow eccentric
            Rows                  | 3    | 15   | green band  |
            Scaption to 90 deg    | 3    | 10   | 1 lb        | thumb up
            Wall slides           | 2    | 10   | none        | towel
            Problem: R rotator cuff weakness after repair; can't lift the feed bucket to the bunk.
            Signed: Wade Rasmussen, PT
            """,
            ["M75.121", "Z98.890"], [PT("97110", 17)], []),

        // IRMC 97116 printed option list "Assist level (Ind / Mod I / SBA / CGA / Min A / Mod A / Max A): CGA" with the pick typed after it, and a distance: passes.
        ["v5-h193-irmc-97116-assist-level-picked"] = new(
            """
            IRON RANGE MEDICAL CENTER - THERAPY DAILY NOTE
            Service: 97116 Gait Training - 21 min
            Treatment: gait training with the rollator on level floor, through the doorways and on the outdoor ramp, cues for longer R step and upright posture.
            Impairment: short R step length and forward trunk flexion after the R hip hemiarthroplasty.
            Assist level (Ind / Mod I / SBA / CGA / Min A / Mod A / Max A): CGA
            Distance: 350 ft x 2 with the rollator.
            Provider: Nils Aho, PT
            """,
            ["S72.001D"], [PT("97116", 21)], []),

        // TRH 97140 with degrees and a straight-leg-raise angle; lumbar PAs and neural glides; L5 radiculopathy: passes.
        ["v5-h193-trh-97140-degrees"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (MATHEWS)
            Physical Therapy Treatment Note
            Manual Therapy (97140): 12 min
            Unilateral PAs L4-L5 R grade III, sciatic nerve sliders in slump sitting, STM to the R piriformis.
            Impairment: R L5 radicular pain and lumbar hypomobility; can't bend to pull crab pots.
            Objective: R SLR 48 deg to 61 deg; lumbar flexion fingertips 22 cm from floor.
            I have personally performed the services described in this note. - Royce Haywood, PT
            """,
            ["M54.16"], [PT("97140", 12)], []),

        // TRH OT 97530 assist levels with counts (bathtub transfer, dressing); L hip precautions after THA: passes.
        ["v5-h193-trh-ot-97530-assist-counts"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (GLOUCESTER)
            Occupational Therapy Treatment Note
            Therapeutic Activities (97530): 23 min
            ADL/IADL Retraining: tub-bench transfer on the mock-up, lower-body dressing with the sock aid and reacher, reaching into the low cabinet with hip precautions.
            Impairment: L hip flexion limited by posterior precautions after the L THA; can't reach her feet or step into the tub.
            Objective: tub-bench transfer x 3 min A to SBA; socks donned with sock aid 2 of 2 SBA.
            Lacey Ambrose, OTR/L
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 23)], []),

        // OVOG "Outcome measure: {OP PT Outcome Measures:5512}" left blank (nothing picked): the SmartList id is not a measure and no other number — measure missing.
        ["v5-h193-ovog-outcome-measure-blank"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Nampa)
            Daily Note
            Timed Code Treatment Minutes
            Neuromuscular Re-education (97112) ........ 22
            Patient was treated one-on-one for the entire timed code treatment.
            Treatment: single-leg stance on the tilt board with perturbations, tandem walk with head turns, step-downs to a hold.
            Impairment: L ankle proprioception and delayed peroneal response after the sprain.
            Outcome measure: {OP PT Outcome Measures:5512}
            Tyson Echeverria, PT, SCS
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // KMMC SmartLink "Recent Berg scores: No data found" and nothing measured today: measure missing.
        ["v5-h193-kmmc-smartlink-no-data"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (HARTFORD)
            PT DAILY NOTE
            Neuromuscular Re-education (97112): 23 min
            One-on-one: Yes
            Interventions: rocker board A/P and M/L with eyes closed, foam stance with perturbations, backward walking along the mat.
            Impairment: delayed ankle and stepping strategies; loses balance backing out of the calf pen.
            Recent Berg scores: No data found
            Electronically signed by Marit Hovland, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // GLHS "Objective: pt states she feels steadier; gait looks smoother": impressions, no number — measure missing.
        ["v5-h193-glhs-steadier-per-pt"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 22
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: gaze stabilization exercises standing on foam, walking with head turns, standing on the rocker board with eyes closed.
            Impairment addressed: vestibular - R hypofunction with dizziness on head turns.
            Objective: pt states she feels steadier; gait looks smoother.
            Therapist: Renata Fledderjohn, PT
            """,
            ["H81.21"], [PT("97112", 22)], [At(Measure, "97112")]),

        // CGRH 97110 exercise flowsheet with every Sets/Reps/Weight cell empty: exercise names only, no dose or number — measure missing for the 97110.
        ["v5-h193-cgrh-flowsheet-doses-empty"] = new(
            """
            CUMBERLAND GAP REGIONAL HOSPITAL - REHABILITATION SERVICES
            Outpatient PT Daily Note
            97110 Therapeutic Exercise  Start Time: 1345  Stop Time: 1401
            Exercise Flowsheet
            Exercise            | Sets | Reps | Weight | Comments
            Terminal knee ext   |      |      |        |
            Step-ups            |      |      |        |
            Mini squats         |      |      |        |
            Hamstring curls     |      |      |        |
            Deficits: L quadriceps and hamstring weakness after the L TKA; trouble on the porch steps.
            Signed: Dalton Creech, PT
            """,
            ["Z96.652"], [PT("97110", 16)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, truly missing separate time

        // KMMC two codes, a "Time calculation" under each heading (0900-0923 = 23, 0923-0938 = 15), both exact; both sections complete: passes.
        ["v6-h193-kmmc-two-time-calculations"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Neuromuscular Re-education (97112)
            Time calculation: 0900-0923 = 23 min
            One-on-one: {Yes/No:1234} Yes
            Interventions: foam stance with eyes closed and head turns, perturbations in tandem stance, stepping over hurdles to a stop.
            Impairment: sway with vision removed and a late stepping reaction.
            Objective: Berg 46/56; tandem 10 sec.
            Therapeutic Exercise (97110)
            Time calculation: 0923-0938 = 15 min
            Interventions: sit-to-stand from the low mat 3x10, lateral step-ups on the 6 in step 2x10 each, bridges 3x12.
            Impairment: B hip extensor and abductor weakness; can't get up off the milking stool.
            Electronically signed by Gus Pfeiffer, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // SCMG grid 97112 22 and 97140 11, both exact; both sections complete; individual: passes.
        ["v6-h193-scmg-grid-97112-97140"] = new(
            """
            SANDHILL CRANE MEDICAL GROUP - PHYSICAL THERAPY (KEARNEY)
            PT Daily Treatment PowerForm
            Treatment Type: Individual
            Timed Procedures
            CPT   | Description                    | Minutes | Units
            97112 | Neuromuscular Re-education     | 22      | 2
            97140 | Manual Therapy                 | 11      | 1
            97112: deep neck flexor motor-control drills with pressure biofeedback, cervical joint position error training with the laser, eye-head coordination drills.
            Problem: cervical proprioceptive deficit and dizziness with neck motion after the rollover.
            Objective: joint position error 7 cm (11 at eval); CCFT 24 mmHg for 10 sec x 4.
            97140: C2-C3 R unilateral PAs grade III, suboccipital release, STM to the R upper trap and levator.
            Problem: upper cervical hypomobility; rotation R 52 deg to 60 deg after.
            Signed: Wade Rasmussen, PT
            """,
            ["S13.4XXD", "M54.2"], [PT("97112", 22), PT("97140", 11)], []),

        // GLHS Meditech "Timed minutes 97112: 23" and "Timed minutes 97116: 15", both exact; both complete: passes.
        ["v6-h193-glhs-timed-minutes-two-codes"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 23
            Timed minutes 97116: 15
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: weight shifts onto the paretic L LE with tapping, step-and-stick onto foam, lateral stepping over the cane.
            Impairment addressed: L hemiparesis with poor weight acceptance and knee hyperextension in stance.
            Objective: Berg 39/56.
            Gait training performed: with the quad cane and L AFO on level floor and the ramp, cues for L heel strike and knee control.
            Gait deviation: L knee hyperextension in midstance, short R step.
            Objective: 180 ft quad cane CGA; ramp x 2 min A.
            Therapist: Lorna Wehrkamp, PT
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], []),

        // CGRH Start/Stop per code (97112 0800-0822, 97110 0822-0838), both exact; both complete; 1:1 ticked: passes.
        ["v6-h193-cgrh-start-stop-two-codes"] = new(
            """
            CUMBERLAND GAP REGIONAL HOSPITAL - REHABILITATION SERVICES
            Outpatient PT Daily Note
            1:1: ☒
            97112 Neuromuscular Re-education  Start Time: 0800  Stop Time: 0822
            Interventions Performed: standing on foam with eyes closed, perturbations at the trunk in tandem, heel-toe walking on the beam.
            Deficits: proprioceptive loss B feet and a wide, unsteady base.
            Objective: Berg 44/56; SLS R 5 sec.
            97110 Therapeutic Exercise  Start Time: 0822  Stop Time: 0838
            Interventions Performed: heel raises 3x15, mini squats 3x12, side-stepping with the red band 4 laps.
            Deficits: B calf and hip abductor weakness.
            Signed: Dalton Creech, PT
            """,
            ["E11.42", "M62.81"], [PT("97112", 22), PT("97110", 16)], []),

        // OVOG dotted leaders with a total (97110 18, 97140 10, total 28), each exact: passes.
        ["v6-h193-ovog-dotted-leaders-with-total"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Caldwell)
            Daily Note
            Timed Code Treatment Minutes
            Therapeutic Exercise (97110) ........ 18
            Manual Therapy (97140) .............. 10
            Total Timed Code Minutes ............ 28
            97110: sidelying ER 2 lb 3x12, prone Ys and Ts 2x10, rows with the blue band 3x15.
            97140: posterior GH glides grade III, STM to the L posterior cuff and pec minor.
            Impairment: L shoulder posterior capsule tightness and cuff weakness; can't throw the hay bales overhead.
            Objective: L IR 38 deg to 46 deg after; ER strength 4-/5.
            Kenna Arrizabalaga, PT, DPT
            """,
            ["M75.42", "M25.612"], [PT("97110", 18), PT("97140", 10)], []),

        // IRMC two services, each with its minutes ("- 23 min", "- 15 min"), both exact; both complete: passes.
        ["v6-h193-irmc-two-services"] = new(
            """
            IRON RANGE MEDICAL CENTER - THERAPY DAILY NOTE
            Service: 97112 Neuromuscular Re-education - 23 min
            Constant attendance: Yes - one-on-one
            Treatment: reactive stepping to pushes, foam stance with head turns, tandem walking with a cup of water.
            Impairment: delayed protective stepping and sway after the fall on the ice.
            Objective: Berg 45/56; TUG 12.0 sec.
            Service: 97530 Therapeutic Activities - 15 min
            Treatment: floor-to-stand transfer practice via half kneel, carrying the laundry basket down 4 steps, kneeling to reach under the bed.
            Impairment: can't get up from the floor after a fall; L knee weakness.
            Objective: floor-to-stand x 3 with the chair, SBA; stairs with basket x 2 CGA.
            Provider: Nils Aho, PT
            """,
            ["R29.6", "M62.81"], [PT("97112", 23), PT("97530", 15)], []),

        // TRH one code, "Time calculation: 1310-1333 = 23 min" under its heading, exact: passes.
        ["v6-h193-trh-single-time-calculation"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (GLOUCESTER)
            Physical Therapy Treatment Note
            Neuromuscular Re-education (97112)
            Time calculation: 1310-1333 = 23 min
            One-on-one for all billed time.
            Perturbations on the rocker board, single-leg stance on foam with ball toss, step-and-stick to targets.
            Impairment: L ankle proprioception after the sprain on the boat ramp.
            Objective: SLS L eyes closed 4 sec; SEBT anterior L 57 cm.
            I have personally performed the services described in this note. - Royce Haywood, PT
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // KMMC "Time calculation: 0905-0937 = 32 min" on a 22-minute 97112 line: mismatch.
        ["v6-h193-kmmc-time-calculation-32-on-22"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Neuromuscular Re-education (97112)
            Time calculation: 0905-0937 = 32 min
            One-on-one: {Yes/No:1234} Yes
            Interventions: rocker board with eyes closed, perturbations at the pelvis, stepping over hurdles.
            Impairment: delayed stepping reactions and sway.
            Objective: Berg 43/56; TUG 13.5 sec.
            Electronically signed by Marit Hovland, PT, DPT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // SCMG grid 97110 28 on a 15-minute line (97112 22 exact): mismatch on the 97110.
        ["v6-h193-scmg-grid-28-on-15"] = new(
            """
            SANDHILL CRANE MEDICAL GROUP - PHYSICAL THERAPY (KEARNEY)
            PT Daily Treatment PowerForm
            Treatment Type: Individual
            Timed Procedures
            CPT   | Description                    | Minutes | Units
            97112 | Neuromuscular Re-education     | 22      | 2
            97110 | Therapeutic Exercise           | 28      | 2
            97112: foam stance with head turns, perturbations in stride, tandem walking on the beam.
            Problem: sway and late stepping on uneven ground.
            Objective: Berg 47/56.
            97110: leg press 60 lb 3x12, step-ups 8 in 3x10, hamstring curls 10 lb 3x12.
            Problem: R quad and hamstring weakness after the meniscectomy.
            Signed: Wade Rasmussen, PT
            """,
            ["R26.81", "M23.221"], [PT("97112", 22), PT("97110", 15)], [At(Mismatch, "97110")]),

        // GLHS "Timed minutes 97116: 31" on a 19-minute line (97112 22 exact): mismatch on the 97116.
        ["v6-h193-glhs-97116-31-on-19"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 22
            Timed minutes 97116: 31
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: weight shifts onto the R LE, step-and-stick onto foam, perturbations at the pelvis.
            Impairment addressed: R hemiparesis with poor weight acceptance.
            Objective: Berg 41/56.
            Gait training performed: with the hemi-walker on level floor and over the threshold, cues for R hip flexion.
            Gait deviation: R foot drag in swing.
            Objective: 150 ft hemi-walker CGA.
            Therapist: Renata Fledderjohn, PT
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 19)], [At(Mismatch, "97116")]),

        // TRH heading "Neuromuscular Re-education (97112): 12 min" on a 24-minute line: mismatch.
        ["v6-h193-trh-heading-12-on-24"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (MATHEWS)
            Physical Therapy Treatment Note
            Neuromuscular Re-education (97112): 12 min
            Delivered one-on-one.
            PNF D1/D2 UE patterns standing on foam, rhythmic stabilization in half kneel, reaching out of base.
            Impairment: impaired trunk postural control after the cerebellar stroke.
            Objective: Berg 40/56; functional reach 19 cm.
            I have personally performed the services described in this note. - Corinne Tabb, PT
            """,
            ["I69.393"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // OVOG two codes with only "Total Timed Code Minutes .... 38": separate time missing.
        ["v6-h193-ovog-total-only-two-codes"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Nampa)
            Daily Note
            Timed Code Treatment Minutes
            Total Timed Code Minutes ............ 38
            Patient was treated one-on-one for the entire timed code treatment.
            Neuromuscular re-education (97112): perturbation training on the tilt board, single-leg stance on foam with ball catches, hop to stick.
            Impairment: R knee proprioception and dynamic valgus after ACL reconstruction.
            Objective: single hop LSI 80%.
            Therapeutic exercise (97110): Bulgarian split squats 25 lb 3x8, Nordic hamstring curls 3x5, step-downs 8 in 3x10.
            Impairment: R quad and hamstring weakness.
            Tyson Echeverria, PT, SCS
            """,
            ["S83.511D"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // IRMC two codes with one session-wide "Session time calculation: 1300-1338 = 38 min": separate time missing.
        ["v6-h193-irmc-session-time-calculation-only"] = new(
            """
            IRON RANGE MEDICAL CENTER - THERAPY DAILY NOTE
            Session time calculation: 1300-1338 = 38 min
            Services: 97112 Neuromuscular Re-education; 97110 Therapeutic Exercise
            Constant attendance: Yes - one-on-one
            97112 treatment: BAPS board standing, foam stance with eyes closed, tandem walking with head turns.
            Impairment: B ankle proprioceptive loss and sway.
            Objective: Berg 44/56; SLS R 6 sec, L 5 sec.
            97110 treatment: heel raises 3x15, step-ups 6 in 3x10, side-lying hip abduction 3x12.
            Impairment: B calf and hip abductor weakness.
            Provider: Nils Aho, PT
            """,
            ["G62.9", "M62.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // SAMC "97110 minutes: ***" left unfilled beside "97112 minutes: 23": the 97110 has no minutes — separate time missing.
        ["v6-h193-samc-97110-minutes-wildcard"] = new(
            """
            St. Ansgar Medical Center - Rehabilitation Services (Mason City)
            PT Daily Note
            97112 minutes: 23
            97110 minutes: ***
            Treatment delivery: {Delivery:3310} Individual (one-on-one)
            97112: sensory reintegration on foam with eyes closed, perturbations at the pelvis, step-and-stick to targets.
            Impairment: proprioceptive loss B ankles and delayed stepping.
            Objective: Berg 45/56; mCTSIB condition 4 9 sec.
            97110: sit-to-stand 3x10 with a 6 lb ball, heel raises 3x15, bridges 3x12.
            Impairment: B hip extensor and calf weakness.
            Hollis Rygh, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for 97110, 97530, 97140 and 97116, wholly generic notes

        // An empty note on a two-code visit with a diagnosis (the SmartText never signed into the export): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h193-empty-note-97112-97116"] = new(
            "",
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // An empty note on a 97140 with no diagnosis: note missing and diagnosis missing.
        ["v7-h193-empty-note-97140-no-dx"] = new(
            "",
            [], [PT("97140", 12)], [At(NoteMissing, "97140"), Dx]),

        // A note of a tab and line breaks only on an OT's 97110: note missing.
        ["v7-h193-whitespace-only-ot-97110"] = new(
            "\t\n\n",
            ["M62.81"], [OT("97110", 16)], [At(NoteMissing, "97110")]),

        // 97110's meaning on a TRH note: farmer's carries, step-ups and goblet squats with doses (technique and measure), L knee and hip weakness for climbing onto the workboat (deficit); 17 min exact: passes.
        ["v7-h193-trh-97110-workboat"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (GLOUCESTER)
            Physical Therapy Treatment Note
            Therapeutic Exercise (97110): 17 min
            Goblet squats to the 18 in box 12 lb 3x10, lateral step-ups 8 in 3x10 each, farmer's carry 20 lb each hand 4 x 60 ft, side-lying hip abduction 3 lb 3x12.
            Impairment: L quad and hip abductor weakness after the L TKA; can't step up over the gunwale of the workboat.
            I have personally performed the services described in this note. - Royce Haywood, PT
            """,
            ["Z96.652", "M62.81"], [PT("97110", 17)], []),

        // 97530's meaning on a KMMC PT note: hay-bale lift and carry mock-up, climbing the loft ladder mock-up, kneeling to the calf feeder, with counts and assist (technique and measure), R shoulder and knee limits after the fall (deficit); 22 min exact: passes.
        ["v7-h193-kmmc-97530-hay-bale-carry"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Therapeutic Activities (97530)
            Time calculation: 1400-1422 = 22 min
            Interventions: lift-and-carry of a 25 lb bale mock-up from floor to waist and 20 ft to the cart x 6, ladder climbing on the 4-rung loft ladder mock-up x 3, half kneel to stand at the calf feeder x 5.
            Impairment: R shoulder elevation weakness and R knee pain on kneeling after the fall from the hayloft; can't do chores alone.
            Objective: 6 carries with SBA, ladder x 3 CGA.
            Electronically signed by Gus Pfeiffer, PT
            """,
            ["S46.011D", "M25.561"], [PT("97530", 22)], []),

        // 97140's meaning on a CGRH note: thoracic PAs grade III-IV, rib mobilisation and STM (technique), thoracic stiffness and rib restriction (deficit), degrees (measure); 11 min exact: passes.
        ["v7-h193-cgrh-97140-thoracic-pas"] = new(
            """
            CUMBERLAND GAP REGIONAL HOSPITAL - REHABILITATION SERVICES
            Outpatient PT Daily Note
            97140 Manual Therapy  Start Time: 1515  Stop Time: 1526
            Interventions Performed: central PAs T4-T8 grade III-IV, R 6th rib posterior-to-anterior mobilization with breathing, STM to the R rhomboids.
            Deficits: mid-thoracic hypomobility and R rib restriction; can't turn to back the truck out.
            Objective: thoracic rotation R 35 deg to 44 deg after.
            Signed: Dalton Creech, PT
            """,
            ["M54.6", "M99.02"], [PT("97140", 11)], []),

        // 97116's meaning on a SAMC student note: gait training with the front-wheeled walker, stair and kerb practice (technique), L foot clearance and short step after stroke (deficit), distance and assist (measure); CI attests; 20 min exact: passes.
        ["v7-h193-samc-spt-97116-walker-stairs"] = new(
            """
            St. Ansgar Medical Center - Rehabilitation Services (Mason City)
            SPT Daily Note - Physical Therapy
            Gait Training (97116): 20 minutes
            Intervention: gait training with the front-wheeled walker on tile and carpet, 4 stairs with the rail step-to, kerb up and down, cues for L hip and knee flexion in swing.
            Impairment: poor L foot clearance and a short R step after the R MCA stroke.
            Objective: 250 ft FWW CGA; 4 stairs with rail min A; kerb x 2 CGA.
            Written by Brody Kallevig, SPT
            I was present and directly supervised the student for the entire service and agree with the documentation above. - Anneliese Ruud, PT, DPT (CI)
            """,
            ["I69.354"], [PT("97116", 20)], []),

        // 97110's meaning on an IRMC note: upper-extremity band work and wall push-ups with doses (technique, measure), R shoulder flexor weakness reaching into the ice auger sled (deficit); 15 min exact: passes.
        ["v7-h193-irmc-97110-shoulder-band"] = new(
            """
            IRON RANGE MEDICAL CENTER - THERAPY DAILY NOTE
            Service: 97110 Therapeutic Exercise - 15 min
            Treatment: theraband ER/IR red 3x12, rows green 3x15, wall push-ups 3x10, supine serratus punches 3 lb 3x15.
            Impairment: R shoulder flexor and scapular stabilizer weakness after the proximal humerus fracture; can't pull the auger sled.
            Objective: R shoulder flexion AROM 128 deg; strength 4-/5.
            Provider: Tove Lindahl, PT
            """,
            ["S42.201D"], [PT("97110", 15)], []),

        // KMMC "Balance training per POC. Pt tolerated well." with a blank "{Yes/No:1234}": wholly generic and no one-on-one statement.
        ["v7-h193-kmmc-balance-training-per-poc"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Neuromuscular Re-education (97112)
            Time calculation: 1115-1137 = 22 min
            One-on-one: {Yes/No:1234}
            Interventions: balance training per POC.
            Pt tolerated well. Continue plan of care.
            Electronically signed by Marit Hovland, PT, DPT
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // TRH "Delivered one-on-one. Balance and coordination exercises. Tolerated well, continue plan of care.": one-on-one stated, otherwise wholly generic.
        ["v7-h193-trh-balance-coordination-one-on-one"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (MATHEWS)
            Physical Therapy Treatment Note
            Neuromuscular Re-education (97112): 23 min
            Delivered one-on-one.
            Balance and coordination exercises. Tolerated well, continue plan of care.
            I have personally performed the services described in this note. - Corinne Tabb, PT
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // OVOG "Therapeutic exercise per protocol. Tolerated well. Continue POC.": wholly generic for the 97110.
        ["v7-h193-ovog-ther-ex-per-protocol"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Caldwell)
            Daily Note
            Timed Code Treatment Minutes
            Therapeutic Exercise (97110) ........ 18
            Treatment: therapeutic exercise per protocol. Tolerated well. Continue POC.
            Kenna Arrizabalaga, PT, DPT
            """,
            ["M62.81"], [PT("97110", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // GLHS OT "Functional activities per plan of care, pt tolerated well": wholly generic for the 97530.
        ["v7-h193-glhs-ot-functional-activities"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97530: 21
            Therapeutic activities performed: functional activities per plan of care, pt tolerated well.
            Therapist: Bettina Schwieterman, OTR/L
            """,
            ["R26.89"], [OT("97530", 21)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // CGRH "Manual therapy as tolerated. Pt tolerated tx well.": wholly generic for the 97140.
        ["v7-h193-cgrh-manual-therapy-as-tolerated"] = new(
            """
            CUMBERLAND GAP REGIONAL HOSPITAL - REHABILITATION SERVICES
            Outpatient PT Daily Note
            97140 Manual Therapy  Start Time: 1600  Stop Time: 1612
            Interventions Performed: manual therapy as tolerated.
            Pt tolerated tx well.
            Signed: Dalton Creech, PT
            """,
            ["M54.50"], [PT("97140", 12)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes

        // KMMC 97112, Yes picked; Romberg-progression drills and stepping reactions; vestibular and somatosensory loss; Berg and DGI; 23 min exact: passes.
        ["vord-h193-kmmc-97112-stepping-reactions"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (HARTFORD)
            PT DAILY NOTE
            Subjective: Slipped on the ice by the mailbox, caught himself on the truck.
            Neuromuscular Re-education (97112)
            Time calculation: 1515-1538 = 23 min
            One-on-one: {Yes/No:1234} Yes
            Interventions: stepping reactions to pushes in four directions, feet-together to sharpened Romberg progression on foam, walking with head turns while stepping over the hose.
            Impairment: delayed protective stepping and reduced somatosensory input from the feet.
            Objective: Berg 44/56; DGI 17/24.
            Electronically signed by Gus Pfeiffer, PT
            """,
            ["R26.81", "G62.9"], [PT("97112", 23)], []),

        // OVOG 97112 + 97140, dotted leaders 22 and 10, both exact; one-on-one; both sections complete: passes.
        ["vord-h193-ovog-97112-97140"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Nampa)
            Daily Note
            Timed Code Treatment Minutes
            Neuromuscular Re-education (97112) ........ 22
            Manual Therapy (97140) .............. 10
            Patient was treated one-on-one for the entire timed code treatment.
            97112: single-leg stance on the BOSU with perturbations, lateral hop to stick, cutting drills with a reactive cue.
            Impairment: L ankle proprioception and delayed peroneal activation after the recurrent sprain.
            Objective: SLS L eyes closed 5 sec; Y-balance composite L 88%.
            97140: talocrural posterior glides grade III, Mulligan MWM for dorsiflexion, STM to the L peroneals.
            Impairment: L ankle dorsiflexion stiffness; knee-to-wall 7 cm to 10 cm.
            Tyson Echeverria, PT, SCS
            """,
            ["S93.402D", "M25.672"], [PT("97112", 22), PT("97140", 10)], []),

        // SAMC SPT 97112 + 97110 (23 and 15), individual picked, CI attests; both complete: passes.
        ["vord-h193-samc-spt-97112-97110"] = new(
            """
            St. Ansgar Medical Center - Rehabilitation Services (Mason City)
            SPT Daily Note - Physical Therapy
            Neuromuscular Re-education (97112): 23 minutes
            Therapeutic Exercise (97110): 15 minutes
            Treatment delivery: {Delivery:3310} Individual (one-on-one)
            97112: tandem walking on the foam beam, perturbations at the shoulders in single-leg stance, eyes-closed stance on the rocker board.
            Impairment: postural instability and delayed ankle strategy after the R ankle ORIF.
            Objective: Berg 50/56; SLS R 8 sec.
            97110: heel raises 3x15, step-downs from the 6 in step 3x10, banded ankle eversion red 3x15.
            Impairment: R calf and peroneal weakness.
            Written by Jolie Marzen, SPT
            I was present and directly supervised the student for the entire service and agree with the documentation above. - Anneliese Ruud, PT, DPT (CI)
            """,
            ["S82.851D"], [PT("97112", 23), PT("97110", 15)], []),

        // TRH OT 97530 + 97110 (22 and 12), both exact; meal prep standing and shoulder strengthening; both complete: passes.
        ["vord-h193-trh-ot-97530-97110"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (GLOUCESTER)
            Occupational Therapy Treatment Note
            Therapeutic Activities (97530): 22 min
            Therapeutic Exercise (97110): 12 min
            ADL/IADL Retraining: meal prep standing at the counter - retrieving pots from the upper cabinet, carrying a 5 lb pot to the stove, loading the dishwasher.
            Impairment: L shoulder elevation weakness after the rotator cuff repair; can't reach the upper cabinet.
            Objective: upper-cabinet reach x 8 to 2nd shelf with SBA; pot carried 12 ft x 4.
            Therapeutic exercise: AAROM flexion with the cane 2x15, scaption 1 lb 3x10, ER with the yellow band 3x12.
            Impairment: L shoulder flexor and ER weakness.
            Lacey Ambrose, OTR/L
            """,
            ["M75.122", "Z98.890"], [OT("97530", 22), OT("97110", 12)], []),

        // SCMG 97116 single, grid 24 exact; gait training with the SPC on gravel and grass; R hip weakness; distance and assist: passes.
        ["vord-h193-scmg-97116-gravel"] = new(
            """
            SANDHILL CRANE MEDICAL GROUP - PHYSICAL THERAPY (KEARNEY)
            PT Daily Treatment PowerForm
            Timed Procedures
            CPT   | Description                    | Minutes | Units
            97116 | Gait Training                  | 24      | 2
            97116: gait training with the SPC on the parking-lot gravel, the grass median and the curb, cues for R heel strike and step length.
            Problem: R hip abductor weakness with Trendelenburg gait after the R THA; can't walk the lane to the mailbox.
            Objective: 500 ft SPC mod I on level, gravel and grass 200 ft SBA, curb x 3 SBA.
            Signed: Wade Rasmussen, PT
            """,
            ["Z96.641"], [PT("97116", 24)], []),

        // CGRH PTA 97112 + 97110 (22 and 15), 1:1 ticked, co-signed; both complete: passes.
        ["vord-h193-cgrh-pta-97112-97110-cosigned"] = new(
            """
            CUMBERLAND GAP REGIONAL HOSPITAL - REHABILITATION SERVICES
            Outpatient PT Daily Note
            1:1: ☒
            97112 Neuromuscular Re-education  Start Time: 1030  Stop Time: 1052
            Interventions Performed: perturbations at the pelvis on foam, step-and-stick to targets, backward walking with head turns.
            Deficits: delayed stepping reactions and sway after the fall off the porch.
            Objective: Berg 46/56; TUG 11.8 sec.
            97110 Therapeutic Exercise  Start Time: 1052  Stop Time: 1107
            Interventions Performed: sit-to-stand 3x10, step-ups 6 in 3x10 each, side-lying hip abduction 3x12.
            Deficits: B hip and quad weakness.
            Entered by: Misty Hensley, PTA
            Reviewed and agree with PTA documentation. - Dalton Creech, PT
            """,
            ["R29.6", "M62.81"], [PTA("97112", 22), PTA("97110", 15)], []),

        // GLHS 97112 single, 1:1 Y; rhythmic stabilisation and reactive stepping; trunk postural control; Berg and 30-second chair stand: passes.
        ["vord-h193-glhs-97112-rhythmic-stabilization"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 23
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: rhythmic stabilization in tall kneel and standing, reactive stepping to pushes, reaching out of base on foam.
            Impairment addressed: (X) Postural control - poor trunk and hip postural control with delayed reactive steps.
            Objective: Berg 45/56; 30 sec chair stand 10 reps.
            Therapist: Renata Fledderjohn, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // IRMC 97140 + 97110 (12 and 16), both exact; cervical mobilisation and deep neck flexor work; both complete: passes.
        ["vord-h193-irmc-97140-97110-neck"] = new(
            """
            IRON RANGE MEDICAL CENTER - THERAPY DAILY NOTE
            Service: 97140 Manual Therapy - 12 min
            Treatment: C5-C6 L unilateral PAs grade III, cervical traction manual 3 x 30 sec holds, STM to the L scalenes.
            Impairment: L C6 radicular symptoms and lower cervical hypomobility.
            Objective: cervical rotation L 54 deg to 63 deg.
            Service: 97110 Therapeutic Exercise - 16 min
            Treatment: chin tucks 3x10 with 5 sec hold, prone Ts 3x10, rows with the green band 3x15, pec doorway stretch 3 x 30 sec.
            Impairment: deep neck flexor and scapular stabilizer weakness.
            Objective: DNF endurance 18 sec.
            Provider: Tove Lindahl, PT
            """,
            ["M54.12"], [PT("97140", 12), PT("97110", 16)], []),

        // KMMC 97110 single, time calculation 19 exact; leg press and step-ups with doses; R knee after TKA: passes.
        ["vord-h193-kmmc-97110-leg-press"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Therapeutic Exercise (97110)
            Time calculation: 0815-0834 = 19 min
            Interventions: leg press 70 lb 3x12, forward step-ups 8 in 3x10, TKE with the blue band 3x15, prone knee flexion hang 3 x 45 sec.
            Impairment: R quad weakness and knee flexion limit after the R TKA; can't climb into the tractor.
            Objective: R knee flexion 112 deg; quad 4/5.
            Electronically signed by Marit Hovland, PT, DPT
            """,
            ["Z96.651"], [PT("97110", 19)], []),

        // OVOG 97112 with the SmartLink "Recent vitals: BP 128/76, HR 70" beside the Berg (vitals are not the code's minutes); one-on-one; complete: passes.
        ["vord-h193-ovog-vitals-smartlink-berg"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Caldwell)
            Daily Note
            Recent vitals: BP 128/76, HR 70
            Timed Code Treatment Minutes
            Neuromuscular Re-education (97112) ........ 23
            Patient was treated one-on-one for the entire timed code treatment.
            Treatment: perturbations at the pelvis on foam, tandem walk with head turns, stepping over hurdles with a carry.
            Impairment: delayed stepping strategy and sway with eyes closed after the syncope workup.
            Objective: Berg 47/56; TUG 10.9 sec.
            Kenna Arrizabalaga, PT, DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // SAMC PT 97530 single, 21 exact; floor transfers and car transfer; L knee weakness; counts and assist: passes.
        ["vord-h193-samc-97530-floor-transfers"] = new(
            """
            St. Ansgar Medical Center - Rehabilitation Services (Clear Lake)
            PT Daily Note
            Therapeutic Activities (97530): 21 minutes
            Intervention: floor-to-stand transfers via half kneel with the chair, car transfer to the pickup seat with the grab handle, carrying groceries up 3 steps.
            Impairment: L knee extensor weakness and fear of getting down to the garden bed.
            Objective: floor-to-stand x 4 SBA; pickup transfer x 3 CGA; 3 steps with a 10 lb bag x 2 SBA.
            Hollis Rygh, PT
            """,
            ["M62.81", "Z96.652"], [PT("97530", 21)], []),

        // TRH 97116 single, 18 exact; gait training on the dock boards and ramp with the rollator; L foot drop; distance and assist: passes.
        ["vord-h193-trh-97116-dock-ramp"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (MATHEWS)
            Physical Therapy Treatment Note
            Gait Training (97116): 18 min
            Gait training with the rollator and L AFO on the clinic's ramp and the uneven boardwalk outside, turns and backing up, cues for L heel strike.
            Impairment: L foot drop and short R step after the L peroneal palsy.
            Objective: 300 ft rollator SBA; boardwalk 120 ft CGA.
            I have personally performed the services described in this note. - Royce Haywood, PT
            """,
            ["M21.372"], [PT("97116", 18)], []),

        // GLHS PTA 97116 + 97110 (15 and 13), both exact; both complete; co-signed: passes.
        ["vord-h193-glhs-pta-97116-97110"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97116: 15
            Timed minutes 97110: 13
            Gait training performed: with the FWW on tile, carpet and the ramp, 180 deg turns, cues for upright posture and step length.
            Gait deviation: forward flexed posture and short shuffling steps after the hip fracture.
            Objective: 220 ft FWW SBA; ramp x 2 CGA.
            Therapeutic exercise performed: standing marches 3x10, mini squats 3x10, heel raises 3x15.
            Impairment addressed: B hip and calf weakness.
            Entered by: Cody Homan, PTA
            Co-signature: I have reviewed this note and agree with the plan. - Lorna Wehrkamp, PT
            """,
            ["S72.001D"], [PTA("97116", 15), PTA("97110", 13)], []),

        // IRMC PTA 97112, one-on-one, co-signed; BAPS and foam with perturbations; L ankle proprioception; SLS and SEBT: passes.
        ["vord-h193-irmc-pta-97112-cosigned"] = new(
            """
            IRON RANGE MEDICAL CENTER - THERAPY DAILY NOTE
            Service: 97112 Neuromuscular Re-education - 22 min
            Constant attendance: Yes - one-on-one
            Treatment: BAPS board level 3 in standing, foam stance with perturbations, lateral hops to a stick.
            Impairment: L ankle proprioceptive deficit after the sprain at hockey.
            Objective: SLS L eyes closed 6 sec; SEBT anterior L 63 cm, R 70 cm.
            Provider: Jari Koski, PTA
            Co-signed by Tove Lindahl, PT - reviewed and agree.
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
