using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The ninety-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of physical therapy with behavioural-health co-morbidity, written the trauma-informed way —
/// chronic pain beside PTSD, anxiety, panic disorder and depression, veterans and survivors of sexual assault for whom
/// consent comes before every touch, substance-use recovery (methadone dosed at the OTP window before the visit,
/// buprenorphine, a recovery residence and its house manager, a peer recovery supporter in the room), an eating-disorder
/// programme's bone and strength work, functional neurological disorder (FND) with its gait, tremor, drop attacks and
/// clenched hands, graded motor imagery and graded exposure — with choice language ("she chose side-lying facing the
/// door", "pt chose sitting", "permission obtained for hands-on", "asked before each new area", a stop word), pacing, a
/// grounding break off the clock, a panic attack mid-session, counsellors, an advocate and a psychologist in the room, a
/// husband learning the cues, house managers in the lobby — about two thirds ordinary and complete (66 of 100), single-
/// and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a PTA's code on one
/// visit and a PT's and an OT's code on one morning), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>an integrated behavioural-health and physical-therapy practice in western Montana ("Clark Fork Integrated
/// Health": Missoula — the Northside office, with the Aster eating-disorder intensive outpatient programme upstairs —
/// Hamilton in the Bitterroot, Bozeman and Kalispell) taking VA Community Care (VA CCN) referrals and the campus advocacy
/// centre's, writing lower-case "check-in —", "choices —", "touch —", "we worked on —", "because —", "numbers —",
/// "time — 97112 · 22 min" and "BH loop —" lines, a TOUCH &amp; CONSENT box grid, a "Delivery: [x] 1:1" box row, a
/// "window of tolerance" row, a "room set by pt" row and a pain and SUDS row left blank, Aster loads "charted but not
/// said aloud": an Army veteran who fell twice on the ice in a grocery-store lot, a raft guide on the Bitterroot, a
/// Navy veteran who wants the Sweet Pea festival crowd, a rear-end crash on US-93 and a shoulder check, a ranch hand
/// thrown from a colt in the round pen, a barista at the grinder, a smokejumper's packout and the pack-test scale, a
/// letter carrier's mail tub, a mother who can't get down to the floor to play trains, a ski patroller after a hard
/// season, a lift mechanic at the ski hill, an ER nurse assaulted at work, a fly-fishing guide casting all day, a
/// sawmill millwright under the conveyor, a trail-crew seasonal with her pack, cattle fed on the ice, the Saturday market
/// downtown, the Recognise app, LIFTMOR-style HiRIT, the Delfi PTS cuff, strain-counterstrain and the PHODA
/// photographs;</item>
/// <item>a university hospital's functional neurological disorder programme ("Iowa River University Hospitals —
/// Rehabilitation Therapies, Functional Neurological Disorder Program": Iowa City — the main campus gym — Coralville,
/// North Liberty and a Cedar Rapids clinic) writing "Formulation (shared)", "Retraining:", "Observed:", "Measures:" and
/// "Time: 97112 — 24 min" lines with the patient's own model of FND, attention redirected by ball tosses, balloons,
/// hymns, spelling and counting backward, metronomes, skating glides and backward walking, a "Session set-up" checklist
/// and outcome boxes deferred, PT and OT on one morning: a CNA on nights, a pork-plant line lead, a school librarian
/// walking "on ice", a cereal-plant retiree whose knee "jackhammers" on stairs, a short-order cook's dropped pans in a
/// kitchen group, an HVAC tech after a crash on I-80, a grad student on the river walk, a seed-corn salesman, a dental
/// hygienist frozen at the Clinton Street crosswalk, a school secretary whose knees unlock at the fire alarm, a farmer
/// near Kalona, a church organist, a bank teller's clenched hand, a welder, a hotel housekeeper's cart, a mail sorter's
/// pigeonholes, a pharmacist's vials, the skywalk, the parking-ramp stairs and the Pentacrest, the Physio4FMD protocol,
/// the Soundbrenner app, the Balance Tutor and the S-FMDRS rated from video;</item>
/// <item>a recovery centre's on-site clinic in the Mahoning Valley ("Mahoning Valley Recovery Campus — On-Site PT": the
/// Market Street campus in Youngstown, Warren and Boardman) writing a "Recovery ctx:" line, "Peer:", "Consent:" and
/// "1:1 —" lines, S/TX/O/A and "TIME: 97110 — 22 min | 97140 — 10 min", HHMM clock ranges on the code rows, a "CPT |
/// service | min" table, "1:1 (Y/N): ___" and "Problem addressed: ____" left blank, "Peer present" and "PT treated this
/// pt only" box rows: a man found down after an overdose with a foot drop, a woman who lay on her leg through one and
/// can't get up onto the WRTA bus, a wrist drop after a night asleep over a chair arm, alcohol-related neuropathy and
/// cerebellar degeneration, a home-health aide after endocarditis in the "Strong in Recovery" circuit, a Thursday
/// "Moving in Recovery" group, the Fellows House laundry basket and third-floor room, a drywall hanger's ceiling, a
/// roofer's helper's ladder, a laid-off car-plant worker, a diner cook, a shelter-kitchen cook, a tattoo artist, a
/// nail tech, a dog groomer, an order picker, a mother working toward custody with a car seat, the Alfredson protocol,
/// the Tyler twist, the Walkasins and a "Stay Strong in Recovery" handout.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h94-…): one-on-one in these writers' own words ("Nobody else on my book for that hour — it was
/// Mr. Haugen and me for all of the 97112", "Her counselor … stayed in the room … I treated only her — one-on-one, no
/// other patient", "Dr. Nakamura (FND program psychologist) observed from the corner … I was the only one treating, and
/// Ms. Delgado my only patient", "The PTA worked with Mr. Schuster alone — the only patient on her schedule for the
/// hour", "1:1 — I treated only Mr. Kowalski, one PT and one patient" with his peer recovery supporter staying at his
/// request, "Seen individually in the private room, his choice — no other patient seen by me during the NMR" with the
/// house manager in the lobby, "Booked in the quiet hour before the gym opens … treated nobody else"), notes that negate
/// it (a shared slot going back and forth between two patients, supervising another patient's sit-to-stands on the next
/// mat, NMR at the side of a group the PT was also leading) or never state it (an advocate from victim services sitting
/// in, a husband learning the cues), and the codes without a one-on-one check (only 97112 is the one-on-one code in the
/// shipped medicare profile): a 97110 in a circuit of six and an OT's 97530 in a kitchen group of four;</item>
/// <item>class 2 (v2-h94-…): consent, delivery and regulation boxes, prompts and blank cells: a TOUCH &amp; CONSENT grid
/// above a 97140, "Delivery: [x] 1:1 — one PT, one patient" and "[x] group — 3 in the Tuesday steady-feet class",
/// "1:1 (Y/N): ___" left blank, outcome-measure boxes deferred because she asked not to be filmed or timed (no number),
/// "Problem addressed: ____" left blank (no deficit), a "CPT | service | min" table with its min cells blank for two
/// codes, a pain and SUDS row skipped above an Aster 97110, a "Session set-up" checklist above a 97116, "Peer present"
/// and "PT treated this pt only" box rows, a "window of tolerance" row and a "room set by pt" row;</item>
/// <item>class 3 (v3-h94-…): named protocols, programmes and devices as techniques (the Physio4FMD protocol's fourth
/// session, graded motor imagery with the Recognise app and a mirror box, LIFTMOR-style HiRIT, the Alfredson heel-drop
/// protocol, the Soundbrenner metronome app, blood-flow restriction with the Delfi PTS, the Tyler twist with a FlexBar,
/// strain-counterstrain, sensory substitution with the Walkasins, graded exposure to PHODA photographs), a "Stay Strong
/// in Recovery" handout with no dose and the Balance Tutor with no deficit;</item>
/// <item>class 4 (v4-h94-…): deficits stated as findings in these writers' terms (a knee that gives on the third step
/// with the house's laundry basket, a leg that locks at the crosswalk when the signal starts, no getting down to the
/// floor to play trains, a back that locks on the smokejumpers' packout, a drywall sheet that can't be held to the
/// ceiling, knees that unlock at the fire alarm, an ankle that rolls in the Saturday-market crowd, the bus step and the
/// gravel at her mother's place) and notes that state none (the last FND session with "No deficits found", a final
/// visit before sober living with "No impairment found");</item>
/// <item>class 5 (v5-h94-…): measures in their usual forms (the S-FMDRS and its gait section rated blind from video,
/// DXA Z-scores beside hop counts and heel raises to fatigue, 10MWT and TUG with a cane, Y-balance composite and hop for
/// distance, TUG with the walker and without it while humming, Jamar grip in a splint, CROM and the flexion-rotation
/// test, the 9HPT) and notes with none ("he says the leg 'feels more like mine'", "the house manager says he's walking
/// better", "none taken today; she says she feels stronger with her pack on", "nothing measured today; by his account
/// he's steadier on the ice");</item>
/// <item>class 6 (v6-h94-…): minutes in these writers' forms ("time — 97112 · 18 min (one-on-one …) · 97110 · 15 min",
/// minutes in words, "TIME: 97110 — 22 min | 97140 — 10 min", a 97112 in two parts around a panic attack whose pause
/// was not counted, a PT's and a PTA's code, a PT's and an OT's code on one morning, HHMM clock ranges on the code rows,
/// three codes each timed) and true mismatches (34 against 20, an OT's 35 against 22, a second code's 22 against 10)
/// and truly missing separate time ("TOTAL TIMED: 38 min (ther ex + ther act)", "Treatment time: 36 minutes of gait
/// retraining and NMR");</item>
/// <item>class 7 (v7-h94-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (legs for the climb to a third-floor room, a shoulder for the fly rod),
/// 97530 (floor transfers and carries with attention redirected), 97140 (lumbar PAs, rotation and QL work after consent;
/// patellar and tibiofemoral glides after a patella fracture) and 97116 (gait on a new prosthesis), and wholly generic
/// 97112 ("Consent obtained. Balance activities per plan of care"), 97110 + 97140 and OT 97530 notes;</item>
/// <item>ordinary (vord-h94-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (309.81) as the only
/// diagnosis, a generic two-code note with a total, a PTA's gait minutes that differ, a 97530's minutes that
/// differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — counsellors, an advocate, a
/// psychologist, a peer recovery supporter, house managers, a husband and a supervising PT (none of them a patient; the
/// other patient of a shared slot, the patient on the next mat and the members of a group are), ages, months and years
/// in recovery or sober, weeks and months since an injury or surgery, visits and sessions of a block ("session 4 of 9"),
/// HHMM clock times, loads in pounds and kilograms, heights of steps, boxes and ladders, distances in feet, yards,
/// centimetres and miles, degrees, spinal levels, grades of mobilisation, metronome beats per minute written as bpm,
/// percentages of limb occlusion pressure and of a one-repetition maximum, DXA Z-scores, self-ratings of pain and fear
/// beside an objective measure, and counts of stairs, trips, mugs, letters, pins and bells — and each is written so that
/// a reviewer cannot take it for a code's minutes; no note gives minutes to a pause, a panic attack, a grounding break,
/// a test, a group, a dose or a work shift. The notes failed for want of a measure carry no number but their code's and
/// its minutes.
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
/// documentation profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out whether trauma-informed care, pain neuroscience education, grounding or counselling are
/// billable at all (none of them sits on a line), a behavioural-health clinician co-treating during the billed minutes
/// (here a counsellor or psychologist only sits in or observes), the minutes of a pause for panic or grounding beside a
/// code's minutes (a pause here is off the clock and given no minutes), a patient who declines touch on a
/// manual-therapy line, self-rated scales (SUDS, pain, fear ratings) as a note's only number, an FND, PTSD or
/// substance-use diagnosis named in the note as its only deficit, whether a circuit's 97110 or a kitchen group's 97530
/// belongs on 97150 (a coding question, not the note's), whether high-intensity or impact loading suits a patient in an
/// eating-disorder programme (a clinical question, not the note's), and whether the visits fall inside a VA Community
/// Care referral's authorised visits (not the note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 98 of 100 cases agree (98 needed), and 2 of the 66 notes the reviewer passes got a finding, on the analyzer of 69d06ab (the start of the 2026-12-06 fifteenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 100 of 100, no false positive — "It was Mr. Haugen and me for all of the 97112", "nobody else on my book for that hour", "rated blind by a second PT" (the therapist who rated a measure, not another patient), functional jerks and a stutter-step gait as deficits.</para>
/// </summary>
public class HeldOutNotesIssue18NinetyFourthTests(ITestOutputHelper output)
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

        // Clark Fork Northside, Army veteran with chronic LBP and PTSD, two falls on the ice: "Nobody else on my book for that hour — it was Mr. Haugen and me for all of the 97112"; foam head turns, step-outs to pushes from the front (asked before each), tandem on the beam; late ankle/hip strategy and postural control, freezes when approached from behind; FGA and foam seconds; 22 matches: passes.
        ["v1-h94-clarkfork-northside-nobody-else-on-my-book"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Missoula (Northside)
            VA CCN referral — Mr. D. Haugen, 41, Army veteran; chronic low back pain and PTSD; two falls on the ice in the grocery-store lot this winter
            check-in — slept "maybe four hours," jumpy, but wanted to work. Chose the small gym with his back to the wall and the door open.
            choices — pushes only from the front where he can see my hands, and I ask before each one; his stop word is "hold."
            we worked on — foam stance with head turns; step-outs to pushes at the sternum and pelvis (announced, then unannounced once he said yes to that); tandem walking on the beam with his eyes on a target
            because — late ankle and hip strategies and poor postural control on uneven ground; when someone comes up behind him he freezes and sways back
            numbers — FGA 18/30 (14/30 at the eval); foam stance eyes closed 7 sec
            time — 97112 · 22 min. Nobody else on my book for that hour — it was Mr. Haugen and me for all of the 97112.
            BH loop — let his VA therapist know he managed the pushes without needing to leave the room.
            """,
            ["M54.50", "F43.12", "R29.6"], [PT("97112", 22)], []),

        // Clark Fork Hamilton raft guide, survivor of sexual assault, "an advocate from the county victim-services office came with her and sat in, at her request" and nothing states one-on-one; BAPS, rocker board eyes closed, hop-and-stick onto the Airex; L ankle proprioception and peroneal reaction; SLS and SEBT present: one-on-one missing.
        ["v1-h94-clarkfork-hamilton-advocate-sat-in-never-stated"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Hamilton (Bitterroot)
            Ms. J. Tollefson, 26, raft guide on the Bitterroot; the L ankle gives way on the wet rocks at the put-in since a sprain in May. Survivor of sexual assault (disclosed at intake; details are not PT's business and were not asked).
            An advocate from the county victim-services office came with her and sat in, at her request.
            choices — standing work only, shoes on, me in front of her; no hands-on today by her choice, so cues were verbal and by demonstration.
            we worked on — BAPS level 3 standing on the L; rocker board front-to-back and side-to-side, eyes open then closed; hop-and-stick onto the Airex with a ball catch
            because — L ankle proprioception down and a slow peroneal reaction on uneven footing
            numbers — SLS eyes closed L 5 sec / R 19 sec; SEBT anterior reach L 61 cm / R 69 cm
            time — 97112 · 20 min
            """,
            ["S93.402D", "M25.372"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Clark Fork Bozeman Navy veteran after a R TKA: "Shared slot this week — Mr. Ruiz and another patient of mine worked side by side at the balance stations and I went back and forth between them": another patient in the block; Airex step-ups, foam perturbations, tandem head turns; R knee proprioception and quad recruitment; TUG and SLS present: one-on-one missing.
        ["v1-h94-clarkfork-bozeman-shared-slot-back-and-forth"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Bozeman
            Mr. E. Ruiz, 58, Navy veteran; R TKA in October; PTSD, startles at loud noise (gym music off for him). Wants to stand in the crowd at the Sweet Pea festival with his granddaughter this summer.
            Shared slot this week (scheduling) — Mr. Ruiz and another patient of mine worked side by side at the balance stations and I went back and forth between them.
            we worked on — step-ups onto the Airex with a 3-sec hold on the R; perturbations on foam, asked first; tandem walking with head turns
            because — R knee proprioception and quad recruitment still poor; postural control breaks down when he turns his head
            numbers — TUG 11.8 sec; SLS R 8 sec / L 21 sec
            time — 97112 · 18 min
            """,
            ["Z96.651", "Z47.1", "F43.12"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Clark Fork Kalispell after a rear-end crash on US-93: "Her counselor stayed in the room at her request; I treated only her — one-on-one, no other patient, for the whole 97112" (staff in the room does not undo it); laser joint-position-sense training, gaze stabilisation on foam, trunk–head dissociation; cervical proprioception and gaze stability; JPE in cm and DVA lines; 21 matches: passes.
        ["v1-h94-clarkfork-kalispell-counselor-stayed-treated-only-her"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Kalispell
            Ms. K. Reinholt, 33, rear-ended on US-93 in the fall; neck pain, dizziness when she shoulder-checks, panic in the car since.
            Her counselor (B. Abara, LCPC) stayed in the room at Ms. Reinholt's request. I treated only her — one-on-one, no other patient, for the whole 97112.
            choices — seated, then standing, her call; she holds the laser herself; stop word "pause."
            grounding — one break when a truck's air brakes hissed outside: feet on the floor, named what she could see, back to work when she said so (off the clock).
            we worked on — cervical joint-position-sense training with a head-mounted laser (eyes closed, return to the target, open and check); gaze stabilization X1 with head turns to a card taped where her side mirror would be, seated then standing on foam; smooth pursuit with the head still and the trunk turning under it
            because — cervical proprioception impaired after the whiplash; poor gaze stability makes the shoulder check swim
            numbers — JPE into R rotation 7.1 cm, L 3.2 cm (normal under 4.5 cm); DVA loss of 3 lines
            time — 97112 · 21 min
            """,
            ["S13.4XXD", "F41.0"], [PT("97112", 21)], []),

        // IRUH Iowa City FND, CNA on nights: "Dr. Nakamura (FND program psychologist) observed from the corner … I was the only one treating, and Ms. Delgado my only patient, for all of the 97112"; attention-diverted weight shifts, metronome taps, backward and skating steps, rhythmic stabilisation; L leg motor control that breaks down with attention; FGA and TUG; 24 matches: passes.
        ["v1-h94-iruh-iowacity-psychologist-observed-only-patient"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Iowa City (main campus gym)
            Pt: Ms. M. Delgado, 29, CNA on nights at a nursing home. Functional L leg weakness with a dragging gait since March.
            Delivery: Dr. Nakamura (FND program psychologist) observed from the corner for the team formulation. I was the only one treating, and Ms. Delgado my only patient, for all of the 97112.
            Formulation (shared, her words back to me): "the hardware's fine, the software sends the leg the wrong plan when I stare at it."
            Retraining: weight shifts onto the L while we toss a ball (attention away from the leg); motor-learning drills — L stance with R toe taps to a metronome; backward walking, then forward with long "skating" glides; rhythmic stabilization in standing
            Observed: motor control of the L leg breaks down as soon as she watches it — drags the foot, the knee gives without a fall; it normalizes during the ball toss
            Measures: FGA 16/30; TUG 15.2 sec
            Time: 97112 — 24 min
            """,
            ["F44.4", "R26.89"], [PT("97112", 24)], []),

        // IRUH Coralville FND, pork-plant line lead: "While he practised the skating steps and the metronome taps I was also supervising another patient's sit-to-stands on the next mat": attending another patient; backward walking, weight-shift drills with attention away, metronome stance taps; inconsistent R leg recruitment and short R stance; 10MWT and S-FMDRS present: one-on-one missing.
        ["v1-h94-iruh-coralville-also-supervising-next-mat"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Coralville outpatient
            Pt: Mr. T. Oyelaran, 44, line lead at a pork plant; functional R-sided weakness and a knee that "gives" since a slip on the kill floor last year.
            While he practised the skating steps and the metronome taps I was also supervising another patient's sit-to-stands on the next mat.
            Retraining: backward walking to reset the pattern, then forward with long gliding steps; weight shifts onto the R while reciting the months backward; R stance with L toe taps to the metronome
            Observed: R leg motor recruitment inconsistent — the knee buckles when he looks at it and holds normally during the counting; R stance time short
            Measures: 10MWT 0.82 m/s; S-FMDRS 17/54
            Time: 97112 — 19 min
            """,
            ["F44.4", "R26.89"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // IRUH North Liberty FND, school librarian: "Her husband sat in to learn the cues we use at home" and nothing states one-on-one; arm-swing and long-step drills to a beat, backward walking, weight shifts on foam with attention away; cautious "walking on ice" pattern with poor automatic postural control; 10MWT and FGA present: one-on-one missing.
        ["v1-h94-iruh-northliberty-husband-learning-cues-never-stated"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · North Liberty
            Pt: Ms. A. Kessler, 52, middle-school librarian; functional gait disorder since a viral illness in January — small, stiff, wide "walking on ice" steps, arms held out.
            Her husband sat in to learn the cues we use at home ("long steps, swing your arms like you're late for the bus").
            Retraining: arm-swing and long-step drills to a beat; backward walking then forward; weight shifts on foam while naming grocery items (attention away); motor-learning drills stepping over tape lines without looking down
            Observed: automatic postural control poor — braced, wide base, arms out; loosens and speeds up when distracted
            Measures: 10MWT 0.58 m/s (0.91 m/s while naming groceries); FGA 15/30
            Time: 97112 — 22 min
            """,
            ["F44.4", "R26.89"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // IRUH Cedar Rapids PTA, functional R leg tremor: "The PTA worked with Mr. Schuster alone — the only patient on her schedule for the hour, nobody else treated during the 97112"; tremor entrainment to a metronome, rhythmic stabilisation at the pelvis, weight shifts on foam; R leg tremor breaking standing postural control and knee control on stairs; tremor-free standing seconds and stair bursts; 20 matches: passes.
        ["v1-h94-iruh-cedarrapids-pta-alone-only-patient"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Cedar Rapids clinic
            PTA note — K. Vasquez, PTA, under the FND program plan of care (supervising PT L. Brandt)
            Pt: Mr. R. Schuster, 61, retired from the cereal plant on the river; functional tremor of the R leg in standing, and the knee "jackhammers" on stairs.
            The PTA worked with Mr. Schuster alone — the only patient on her schedule for the hour, nobody else treated during the 97112.
            Retraining: tremor entrainment — he taps the R foot to the metronome, then the beat is slowed and stopped and he holds still; rhythmic stabilization at the pelvis in standing; weight shifts onto the R on foam
            Observed: R leg tremor breaks up standing postural control; motor control of the R knee lost on the step down
            Measures: standing without tremor 40 sec (12 sec at the eval); 12 stairs with the rail, 3 tremor bursts (9 last week)
            Time: 97112 — 20 min
            """,
            ["F44.4", "R25.1"], [PTA("97112", 20)], []),

        // MVRC Youngstown, on methadone, L foot drop after being found down after an overdose: "his peer recovery supporter stayed at his request — not treated" and "1:1 — I treated only Mr. Kowalski, one PT and one patient, for all of the 97112"; tapping facilitation for dorsiflexion, heel walking, foam SLS with reach; L dorsiflexor recruitment and ankle proprioception; MMT and SLS; 20 matches: passes.
        ["v1-h94-mvrc-youngstown-peer-stayed-treated-only-him"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Youngstown (Market St)
            Recovery ctx: on methadone, dosed at the OTP window this morning; 14 months in recovery. L foot drop since he was found down after an overdose last spring (peroneal compression).
            Peer: his peer recovery supporter (Tasha) stayed at his request — not treated, not part of the session.
            1:1 — I treated only Mr. Kowalski, one PT and one patient, for all of the 97112.
            Consent: asked before hands at the shin and foot; yes.
            TX: motor-control drills for L dorsiflexion with tapping facilitation over the tib anterior; heel walking in the bars; SLS on foam with a reach to cones
            O: L DF MMT 3-/5; SLS L 4 sec / R 22 sec
            A: L dorsiflexor recruitment and ankle proprioception reduced after the peroneal nerve compression; catches the toe on the curb at the bus stop
            TIME: 97112 — 20 min
            """,
            ["G57.32", "F11.20", "Z79.891"], [PT("97112", 20)], []),

        // MVRC Warren, recovery residence, alcohol-related neuropathy: the NMR was "done at the side of the Thursday 'Moving in Recovery' group, which I was also leading (six members)": not one-on-one; foam eyes closed, tandem on the line, Airex step-ups; somatosensory loss with poor postural control in the dark; mCTSIB and monofilament present: one-on-one missing.
        ["v1-h94-mvrc-warren-also-leading-the-group"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Warren
            Recovery ctx: lives at Fellows House (recovery residence); alcohol, 7 months sober.
            S: fell twice on the basement stairs at the house going down to the laundry; "the floor doesn't feel like it's there."
            TX: foam stance eyes closed; tandem walking on the line; step-ups onto the Airex with a pause — done at the side of the Thursday "Moving in Recovery" group, which I was also leading (six members).
            O: mCTSIB foam eyes closed 8 sec; Semmes-Weinstein 5.07 absent at 4 of 6 sites on each foot
            A: somatosensory loss in both feet (alcohol-related neuropathy) with poor postural control in low light
            TIME: 97112 — 18 min
            """,
            ["G62.1", "F10.21"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // MVRC Boardman, alcohol-related cerebellar degeneration: "Seen individually in the private room, his choice — no other patient seen by me during the NMR; I was beside him throughout" with the house manager in the lobby; heel-to-shin tracing, target stepping to a metronome, tandem on foam; truncal and leg ataxia; SARA gait item, tandem steps and FGA; 19 matches: passes.
        ["v1-h94-mvrc-boardman-private-room-no-other-patient"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Boardman
            Recovery ctx: alcohol, 10 months sober; the house manager from Fellows House drove him and waited in the lobby.
            Seen individually in the private room, his choice — no other patient seen by me during the NMR; I was beside him throughout.
            S: "I walk like I'm still drunk, and people look at me like I am."
            TX: coordination drills — heel-to-shin tracing along a tape line, seated then standing; stepping to floor targets to a metronome; tandem stance on foam at the counter
            O: SARA gait item 4/8; tandem 3 steps before stepping off; FGA 14/30
            A: truncal and bilateral leg ataxia (alcohol-related cerebellar degeneration) — wide base, lurches on turns
            TIME: 97112 — 19 min
            """,
            ["G31.2", "F10.21"], [PT("97112", 19)], []),

        // MVRC Youngstown "Strong in Recovery" circuit, "six residents, me running the stations": 97110 has no one-on-one check; goblet squats, box step-ups, TRX rows, farmer carries with loads and sets; hip and knee extensor weakness and endurance after an endocarditis admission with a home-health goal; 30-sec chair stand; 24 matches: passes.
        ["v1-h94-mvrc-youngstown-97110-strong-in-recovery-circuit"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Youngstown (Market St)
            "Strong in Recovery" circuit this morning — six residents, me running the stations.
            Pt: Ms. L. Adkins, 38, home-health aide hoping to go back to work; five months at the women's house.
            TX: goblet squat 20 lb 3 x 10; step-ups to a 12-in box 3 x 8 each leg; TRX rows 3 x 12; farmer carry 25 lb each hand, 4 lengths of the gym
            A: hip and knee extensor weakness and poor endurance after six weeks in the hospital with endocarditis — needs to transfer her clients and climb their porch steps
            O: 30-sec chair stand 9 (6 at the eval)
            TIME: 97110 — 24 min
            """,
            ["M62.81", "R53.81"], [PT("97110", 24)], []),

        // IRUH Iowa City OT kitchen group, "Group format today: four patients in the therapy kitchen, one OT": 97530 has no one-on-one check; tray carries, dishwasher loading while counting, slicing in conversation, with counts; functional R hand tremor and grip lapses on the line; spill and drop counts; 26 matches: passes.
        ["v1-h94-iruh-ot-97530-kitchen-group-of-four"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Occupational Therapy · Iowa City
            Group format today: four patients in the therapy kitchen, one OT.
            Pt: Mr. J. Whitfield, 36, short-order cook; functional R hand tremor and dropping pans since the autumn.
            Activities: carrying a tray of four full mugs across the kitchen, 10 trips; loading the dishwasher while counting aloud by threes; slicing a cucumber with the R hand while talking with the group about the Hawkeyes
            Deficit: functional R hand tremor and grip lapses that stop him working the line
            Measures: 8 of 10 tray trips without a spill; 1 dropped plate in 24; tremor stopped entirely while he talked
            Time: 97530 — 26 min
            """,
            ["F44.4", "R25.1"], [OT("97530", 26)], []),

        // Clark Fork Bozeman Vietnam-era Marine with diabetic neuropathy: "Booked in the quiet hour before the gym opens, at his request … I was with him, hands-on or beside him, through all of the 97112 and treated nobody else"; foam eyes closed, stepping-strategy drills to pushes, tandem; somatosensory loss and reliance on vision; Berg and foam seconds; 20 matches: passes.
        ["v1-h94-clarkfork-bozeman-quiet-hour-treated-nobody-else"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Bozeman
            Mr. W. Lindqvist, 74, Vietnam-era Marine; diabetic neuropathy; PTSD, hates a crowded room.
            Booked in the quiet hour before the gym opens, at his request — no one else around. I was with him, hands-on or beside him, through all of the 97112 and treated nobody else.
            touch — OK'd hands at the hips and shoulders; I stay where he can see me.
            we worked on — foam stance eyes closed; stepping-strategy drills to pushes in each direction; tandem walking along the counter
            because — somatosensory loss in both feet, leans on his eyes; in the dark barn at the ranch he goes down
            numbers — Berg 44/56; foam eyes closed 6 sec
            time — 97112 · 20 min
            """,
            ["E11.42", "F43.12"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 2: consent, delivery and regulation boxes, prompts and blank cells

        // Clark Fork Northside barista, survivor: a TOUCH & CONSENT box grid (told her what and why, she chose sitting facing the door, stop signal, asked again before each area; chaperone and declined-touch unticked) above a complete 97140: upper-trap and levator STM, first-rib mobilisation by grade and bouts, scapular glides; R shoulder-girdle guarding and first-rib hypomobility at the espresso machine; rotation and flexion degrees; 12 matches: passes.
        ["v2-h94-clarkfork-northside-touch-and-consent-grid-97140"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Missoula (Northside)
            Ms. R. Okafor, 31, barista; R neck and shoulder pain pulling shots all shift. Referred by the campus advocacy center; survivor, counselling with our BH team.
            TOUCH & CONSENT
              [x] told her what and why before touching     [x] she chose the position (sitting, facing the door)
              [x] stop signal agreed ("pause")              [x] asked again before each new area
              [ ] chaperone requested                       [ ] declined touch today
            hands-on (97140 · 12 min) — STM to the R upper trap and levator; R first-rib mobilization in sitting, grade III, 3 bouts of 30 sec; scapular glides in sitting, my hand on the shoulder blade only
            because — R shoulder-girdle guarding and first-rib hypomobility; pain reaching up to the grinder
            numbers — cervical rotation R 52° → 64°; shoulder flexion pain-free 120° → 145°
            """,
            ["M54.2", "M62.838", "F43.10"], [PT("97140", 12)], []),

        // Clark Fork Hamilton ranch hand after a concussion (thrown from a colt): "Delivery: [x] 1:1 — one PT, one patient [ ] co-treat with BH [ ] group"; gaze stabilisation X1, foam head turns, tandem with head turns; visual-vestibular integration and postural control; DGI and tandem seconds; 19 matches: passes.
        ["v2-h94-clarkfork-hamilton-delivery-box-one-to-one"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Hamilton (Bitterroot)
            Mr. C. Bauer, 24, ranch hand; thrown from a colt in the round pen in January — concussion, anxious and irritable since, seeing our counselor.
            Delivery:  [x] 1:1 — one PT, one patient    [ ] co-treat with BH    [ ] group
            we worked on — gaze stabilization X1 with a letter card, seated then standing on foam; head turns while walking the hallway; tandem stance with head turns
            because — visual-vestibular integration and postural control off since the concussion; the world "slides" when he turns to check the cattle
            numbers — DGI 17/24; tandem eyes open 11 sec
            time — 97112 · 19 min
            """,
            ["F07.81", "F41.1"], [PT("97112", 19)], []),

        // Clark Fork Kalispell "Delivery: [ ] 1:1 [ ] co-treat with BH [x] group — 3 in the Tuesday steady-feet class": a group; foam eyes closed, perturbations, tandem with head turns; somatosensory loss and postural control; Mini-BESTest present: one-on-one missing.
        ["v2-h94-clarkfork-kalispell-delivery-box-group-ticked"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Kalispell
            Mrs. G. Weatherby, 69, retired school cook; chronic pain and anxiety, fell at the Whitefish depot stepping off the curb.
            Delivery:  [ ] 1:1    [ ] co-treat with BH    [x] group — 3 in the Tuesday steady-feet class
            we worked on — foam stance eyes closed; gentle perturbations at the pelvis, asked each time; tandem walking with head turns
            because — somatosensory loss in the feet with poor postural control stepping down
            numbers — Mini-BESTest 17/28
            time — 97112 · 20 min
            """,
            ["R26.81", "G89.29", "F41.1"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // MVRC Warren "1:1 (Y/N): ___" left blank and nothing states one-on-one; rocker board eyes closed, perturbation training on foam, stepping to targets; L ankle proprioception after a fracture; SLS and Y-balance present: one-on-one missing.
        ["v2-h94-mvrc-warren-one-to-one-prompt-left-blank"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Warren
            Recovery ctx: on buprenorphine; 5 months; working days at a car wash.
            1:1 (Y/N): ___
            Consent: hands at the ankle OK'd
            TX: rocker board eyes closed front-to-back and side-to-side; perturbation training standing on foam; stepping to floor targets on the L
            O: SLS L 6 sec / R 25 sec; Y-balance anterior L 58 cm / R 66 cm
            A: L ankle proprioception decreased after the L lateral malleolus fracture; rolls it on the wet car-wash floor
            TIME: 97112 — 17 min
            """,
            ["S82.62XD", "F11.20"], [PT("97112", 17)], [At(OneOnOne, "97112")]),

        // IRUH Coralville "Outcome measures today: [ ] S-FMDRS video [ ] walk speed [ ] FGA — deferred: she asked not to be filmed or timed today"; one-on-one stated, attention-diverted weight shifts, backward and skating steps, rhythmic stabilisation; automatic motor control of the R leg — no number in the note but the code's and its minutes: measure missing.
        ["v2-h94-iruh-coralville-outcome-boxes-deferred-no-number"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Coralville outpatient
            Pt: Ms. H. Brandvold, nursing student; functional R leg weakness with a dragging gait.
            One-on-one: she was my only patient and I worked with her alone for the whole 97112.
            Outcome measures today:  [ ] S-FMDRS video   [ ] walk speed   [ ] FGA
              — deferred: she asked not to be filmed or timed today (panic on the drive in); will offer again next visit.
            Retraining: weight shifts onto the R while spelling words backward; backward walking, then forward skating glides; rhythmic stabilization in standing
            Observed: automatic motor control of the R leg returns with attention away; the drag comes back whenever she checks her foot
            Time: 97112 — 21 min
            """,
            ["F44.4", "R26.89"], [PT("97112", 21)], [At(Measure, "97112")]),

        // MVRC Boardman "Problem addressed: ______" left blank and no deficit, impairment or system anywhere; one-on-one stated; foam eyes closed, tandem, perturbation training; mCTSIB and tandem seconds: deficit missing.
        ["v2-h94-mvrc-boardman-problem-addressed-blank"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Boardman
            Recovery ctx: alcohol, 8 months; lives with his sister.
            1:1 (Y/N): Y — only patient I treated for the whole NMR
            Problem addressed: ______________________
            TX: foam stance eyes closed; tandem walking on the line; perturbation training in standing, announced then unannounced
            O: mCTSIB foam eyes closed 11 sec; tandem stance 14 sec
            TIME: 97112 — 18 min
            """,
            ["G62.1", "F10.21"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // MVRC Youngstown "CPT | service | min" table with the min cells of 97110 and 97530 left blank and no minutes elsewhere: separate time missing; both sections complete (bridges, clamshells, wall squats with doses; floor-to-stand, stair carries of a car seat with loads and counts; hip weakness and a toddler-and-stairs goal).
        ["v2-h94-mvrc-youngstown-cpt-table-min-cells-blank"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Youngstown (Market St)
            Recovery ctx: methadone; 11 months; working toward custody of her son (2) — needs to carry him and the car seat up to the apartment.
            Peer: none today
            CPT    | service                  | min
            97110  | ther ex                  |
            97530  | ther activities          |
            97110: bridges 3 x 12; side-lying clamshells with a band 3 x 15; wall squats 3 x 30-sec holds
            97530: floor-to-stand from half-kneel 10 times; carrying a 20-lb car seat up and down the clinic stairs, 4 flights
            A: hip abductor and extensor weakness; can't get up off the floor holding her son or carry him up the apartment steps
            """,
            ["M62.81", "F11.20"], [PT("97110", 15), PT("97530", 15)], [SepTime]),

        // Clark Fork Aster eating-disorder IOP: "before: pain __/10 · SUDS __ after: … (skipped — she'd rather not rate today)" blank above a complete 97110: trap-bar deadlift, goblet squat, vest step-ups, two-footed hops with loads and sets (charted, not said aloud); low bone density and hip and back extensor weakness; 23 matches: passes.
        ["v2-h94-clarkfork-aster-regulation-row-blank-97110"] = new(
            """
            Clark Fork Integrated Health · PT with the Aster eating-disorder IOP · Missoula (upstairs)
            Ms. P. Lindahl, 22; weight restored, medically cleared for loading by the Aster physician. Loads are charted but not said aloud (Aster team plan).
            before: pain __/10 · SUDS __     after: pain __/10 · SUDS __     (skipped — she'd rather not rate today)
            bone-health strength (97110 · 23 min) — trap-bar deadlift 95 lb 3 x 5; goblet squat 25 lb 3 x 8; step-ups to a 16-in box in a 10-lb vest 3 x 10 each; two-footed hops on the mat 4 x 10
            because — low bone density at the hip and spine on the January DXA, with hip and back extensor weakness
            BH loop — told her Aster therapist she asked for the heavier bar herself.
            """,
            ["M85.80", "M62.81"], [PT("97110", 23)], []),

        // IRUH North Liberty "Session set-up: ☑ pt explained FND in her own words ☑ stop signal ☑ grounding plan ☐ family present" above a complete 97116: metronome walking, backward walking, long steps over tape lines, hallway laps with distance and SBA; short shuffling steps with sudden stops and knee buckles; 10MWT; 23 matches: passes.
        ["v2-h94-iruh-northliberty-session-set-up-checklist-97116"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · North Liberty
            Pt: Ms. S. Havlicek, 47, hairdresser; functional gait disorder since a fall at the salon.
            Session set-up:
              ☑ pt explained FND in her own words ("the wiring's fine, the software glitches")
              ☑ stop signal ("time out")
              ☑ grounding plan if she feels far away (feet, breath, name the room)
              ☐ family present
            Gait retraining: walking to a metronome at 100 then 108 beats; backward walking, then forward with long steps over tape lines without looking down; 3 laps of the hallway loop (450 ft) with a light touch at the elbow, SBA
            Observed: short shuffling steps with sudden stops and knee buckles (no falls); steps lengthen to the beat
            Measures: 10MWT 0.68 → 0.94 m/s (start vs end of session)
            Time: 97116 — 23 min
            """,
            ["F44.4", "R26.89"], [PT("97116", 23)], []),

        // MVRC Youngstown "Peer present: [x] yes — PRS at pt's request" and "PT treated this pt only: [x] yes" above a complete 97112: foam eyes closed, perturbations, gaze stabilisation walking; postural control and vestibular loss after a head strike; FGA and foam seconds; 18 matches: passes.
        ["v2-h94-mvrc-youngstown-peer-and-treated-only-boxes"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Youngstown (Market St)
            Recovery ctx: stimulants, 9 months; works overnights stocking at the grocery on Route 224.
            Peer present:            [x] yes — PRS (Dre) at pt's request   [ ] no
            PT treated this pt only: [x] yes   [ ] no
            TX: foam stance eyes closed with head turns; perturbations at the shoulders, announced; gaze stabilization X1 while walking the hallway
            O: FGA 19/30; foam eyes closed 9 sec
            A: postural control and vestibular function reduced since he struck his head in a fall in October; veers when he turns his head in the aisles
            TIME: 97112 — 18 min
            """,
            ["F07.81", "F15.21"], [PT("97112", 18)], []),

        // Clark Fork Kalispell "window of tolerance at start: ( ) hypo (x) within ( ) hyper" above a complete 97116: cane gait on level, ramp and packed snow, curb with distance and CGA, cues for heel strike; R antalgic short stance after a lateral malleolus ORIF; 20 matches: passes.
        ["v2-h94-clarkfork-kalispell-window-of-tolerance-row-97116"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Kalispell
            Ms. T. Garrow, 57, office manager; R lateral malleolus ORIF after a fall on black ice; PTSD (old), panics when she feels she'll fall.
            window of tolerance at start:  ( ) hypo   (x) within   ( ) hyper
            gait (97116 · 20 min) — SPC in the L hand, 2 x 150 ft on the clinic floor cued for heel strike and an even step; the ramp x 4; out on the packed snow of the back walk 100 ft, CGA; curb up and down x 5
            because — R antalgic gait with a short R stance and no push-off; fear of another fall on ice
            """,
            ["S82.61XD", "F43.12"], [PT("97116", 20)], []),

        // Clark Fork Northside Army veteran: "room set by pt: [x] lights low [x] door open [x] no music [ ] weighted lap pad" above a complete 97530: loaded lift-and-twist into a car-seat mock-up, half-kneel to stand, bag carries with loads and counts; lumbar extensor endurance and guarded rotation, can't lift his daughter into the car seat; 22 matches: passes.
        ["v2-h94-clarkfork-northside-room-set-by-pt-97530"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Missoula (Northside)
            Mr. A. Sorensen, 35, Army veteran (VA CCN); chronic LBP, PTSD; daughter is 3 and he can't lift her into the car seat without his back "grabbing."
            room set by pt:  [x] lights low   [x] door open   [x] no music   [ ] weighted lap pad
            activities (97530 · 22 min) — lift-and-turn of a 25-lb bag into the car-seat mock-up in the back seat frame, 3 x 6; half-kneel to stand, 10 each side; a 30-lb feed sack carried 4 x 50 ft
            because — lumbar extensor endurance poor and trunk rotation guarded; the lift into the car seat is the goal
            """,
            ["M54.50", "F43.12"], [PT("97530", 22)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // IRUH Iowa City FND, HVAC tech after a crash on I-80: the Physio4FMD protocol's session four (movement retraining with attention redirected) with metronome, backward and marching drills and rhythmic stabilisation; "One-on-one, PT and patient only"; L knee motor control lost with attention; S-FMDRS against session one and 10MWT; 23 matches: passes.
        ["v3-h94-iruh-iowacity-physio4fmd-session-four"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Iowa City (main campus gym)
            Pt: Mr. D. Achterberg, 38, HVAC tech; functional L leg weakness and a knee that buckles (never a fall) since a car crash on I-80.
            Protocol: Physio4FMD, session 4 of 9 — movement retraining with attention redirected.
            One-on-one, PT and patient only, for the whole 97112.
            Retraining (per the protocol): recap of the model with his own symptom diagram; L stance while tossing and catching; motor-learning drills — walking to a metronome, backward then forward, marching with an exaggerated arm swing; rhythmic stabilization in standing
            Observed: motor control of the L knee lost when his attention is on it; gait looks normal while he counts backward from 100 by sevens
            Measures: S-FMDRS 14/54 (21/54 at session 1); 10MWT 1.02 m/s
            Time: 97112 — 23 min
            """,
            ["F44.4", "R26.89"], [PT("97112", 23)], []),

        // Clark Fork Northside bookkeeper with CRPS of the R hand: graded motor imagery (left/right judgement in the Recognise app, imagined movements, mirror-box tapping and opposition); "one-on-one — just the two of us in the small room"; disturbed sensorimotor processing of the R hand; Recognise accuracy and response time; 18 matches: passes.
        ["v3-h94-clarkfork-northside-graded-motor-imagery"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Missoula (Northside)
            Ms. E. Varga, 44, bookkeeper; CRPS of the R hand after a wrist fracture; anxiety. Can't bear her sleeve brushing the hand.
            graded motor imagery, moving from stage 1 to stage 2 — left/right hand judgement in the Recognise app, then imagined R hand movements from photos, then the mirror box (R hand hidden, watching the L in the mirror) for finger tapping and opposition
            one-on-one — just the two of us in the small room for all of the 97112
            because — sensorimotor processing of the R hand disturbed: slow, inaccurate R-hand recognition and a hand that "doesn't feel like mine"; allodynia over the back of the hand
            numbers — Recognise: R hands 62% correct at 2.4 sec, L hands 88% at 1.3 sec
            time — 97112 · 18 min
            """,
            ["G90.511", "F41.1"], [PT("97112", 18)], []),

        // Clark Fork Aster, anorexia in recovery with spinal osteopenia: LIFTMOR-style HiRIT (deadlift, back squat, overhead press, jumping chin-ups with drop landings, each 5 x 5 with loads); low lumbar bone mass and trunk and hip extensor weakness; 24 matches: passes.
        ["v3-h94-clarkfork-aster-liftmor-style-hirit"] = new(
            """
            Clark Fork Integrated Health · PT with the Aster eating-disorder IOP · Missoula (upstairs)
            Ms. C. Thibodeaux, 27; anorexia in recovery, weight restored; cleared by the Aster physician for high-intensity loading.
            LIFTMOR-style HiRIT, week 6 (97110 · 24 min) — deadlift 5 x 5 at 105 lb; back squat 5 x 5 at 85 lb; overhead press 5 x 5 at 35 lb; jumping chin-ups with drop landings 5 x 5
            because — low bone mass at the lumbar spine (DXA Z-score −2.2) with trunk and hip extensor weakness
            BH loop — loads charted, not announced; she noticed the plates and we named it as strength, per the team plan.
            """,
            ["M85.88", "M62.81"], [PT("97110", 24)], []),

        // MVRC Boardman diner cook, four months sober: the Alfredson eccentric heel-drop protocol straight and bent knee with a backpack, isometric holds; R mid-portion Achilles tendinopathy with calf–soleus weakness; heel raises to fatigue; 16 matches: passes.
        ["v3-h94-mvrc-boardman-alfredson-heel-drops"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Boardman
            Recovery ctx: alcohol, 4 months; back on the grill at a diner on Market St.
            S: R Achilles aches through a double and is stiff for the first steps out of bed.
            TX: Alfredson eccentric heel-drop protocol off the step — straight knee 3 x 15 and bent knee 3 x 15, with a 15-lb backpack; single-leg heel-raise isometric holds 5 x 45 sec
            O: single-leg heel raises to fatigue R 14 / L 27
            A: R mid-portion Achilles tendinopathy with calf–soleus weakness
            TIME: 97110 — 16 min
            """,
            ["M76.61", "F10.21"], [PT("97110", 16)], []),

        // IRUH Coralville FND, grad student: rhythmic auditory cueing from the Soundbrenner metronome app at rising bpm, then humming the beat with the app off, then the river walk with distance and SBA; sticky short steps with knee buckles; 10MWT off and on the beat; 26 matches: passes.
        ["v3-h94-iruh-coralville-metronome-app-cueing-97116"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Coralville outpatient
            Pt: Mr. B. Nwosu, 31, grad student; functional gait disorder — slow, "sticky" steps with sudden knee buckles.
            Gait retraining with rhythmic auditory cueing from the Soundbrenner metronome app on his phone (one earbud in): 96 → 104 → 112 bpm, 3 bouts of 2 hallway laps; then the same with the app off while he hums the beat; then outside on the river walk, 0.3 mile, SBA
            Observed: short sticky steps and knee buckles (no falls) at his own pace; longer and smooth on the beat; one buckle when a bike passed him outside
            Measures: 10MWT 0.74 m/s at his own pace → 1.08 m/s on the beat
            Time: 97116 — 26 min
            """,
            ["F44.4", "R26.89"], [PT("97116", 26)], []),

        // Clark Fork Bozeman Air Force veteran with L knee OA: blood-flow-restriction training with the Delfi PTS at 80% LOP (leg press and knee extension 30-15-15-15 with loads); L quad weakness and atrophy, heavy loads flare it, bleachers goal; thigh girth and HHD; 17 matches: passes.
        ["v3-h94-clarkfork-bozeman-bfr-delfi"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Bozeman
            Mr. J. Castellano, 49, Air Force veteran; L knee OA and chronic pain; PTSD. The squeeze of the cuff worried him, so he tried it on his own arm first and kept the release in his hand.
            BFR with the Delfi PTS, L thigh cuff at 80% limb occlusion pressure (97110 · 17 min) — leg press 30-15-15-15 at 70 lb (30% 1RM); knee extension 30-15-15-15 at 20 lb; cuff let down between exercises
            because — L quadriceps weakness and atrophy; heavy loading flares the knee; can't climb the bleachers at his son's games
            numbers — thigh girth 10 cm above the patella L 44.0 cm / R 47.5 cm; knee extension HHD L 16 kg / R 27 kg
            """,
            ["M17.12", "F43.12"], [PT("97110", 17)], []),

        // MVRC Youngstown OT, tattoo artist on buprenorphine: the Tyler twist with the red FlexBar, wrist-extensor isometrics, a hammer for forearm rotation, with sets and loads; R common extensor tendinopathy with grip weakness; Jamar pain-free grip; OT 97110 15 matches: passes.
        ["v3-h94-mvrc-youngstown-ot-tyler-twist-flexbar"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE OT · Youngstown (Market St)
            Recovery ctx: opioids, a year on buprenorphine; tattoo artist, back at the shop part-time.
            S: R lateral elbow pain after long sessions holding the machine; dropped a coffee cup this week.
            TX: Tyler twist with the red FlexBar 3 x 15 (eccentric wrist extension); wrist-extension isometrics 5 x 30 sec; forearm rotation with a 2-lb hammer 3 x 12
            O: pain-free grip (Jamar) R 18 kg / L 39 kg
            A: R common extensor tendinopathy with grip weakness
            TIME: 97110 — 15 min
            """,
            ["M77.11", "F11.20"], [OT("97110", 15)], []),

        // Clark Fork Kalispell survivor for whom firm pressure is a trigger: strain-counterstrain at the L iliacus and QL tender points held in positions of ease, gentle SI gapping by grade, after consent with the model spine; L lumbopelvic guarding, can't bend to the dishwasher; tender points and fingertip-to-floor; 13 matches: passes.
        ["v3-h94-clarkfork-kalispell-strain-counterstrain"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Kalispell
            Ms. D. Freeborn, 38, survivor; low back pain that locks her up bending to the dishwasher. Firm pressure is a trigger for her, so we chose a positional technique together.
            consent — technique explained on the model spine first; she chose side-lying facing the door; asked before each tender-point check; "pause" stops everything.
            hands-on (97140 · 13 min) — strain-counterstrain: L iliacus and L QL tender points, each held in its position of ease for 90 sec and brought back slowly; gentle L SI joint gapping, grade II
            because — L lumbopelvic guarding with iliacus and QL tender points; can't bend to load the dishwasher
            numbers — tender points 3 of 3 → 1 of 3; standing flexion fingertips 38 cm from the floor → 24 cm
            """,
            ["M54.59", "F43.10"], [PT("97140", 13)], []),

        // MVRC Warren, two years sober, alcohol-related neuropathy: sensory-substitution training with the Walkasins (foam eyes closed, tandem, weight shifts to the cue); "1:1 — just him and me in the gym … I treated no one else"; somatosensory loss and postural control on the apartment stairs; mCTSIB with and without and FGA; 18 matches: passes.
        ["v3-h94-mvrc-warren-walkasins-sensory-substitution"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Warren
            Recovery ctx: alcohol, 2 years; lives alone above his brother's garage.
            1:1 — just him and me in the gym for the whole 97112; I treated no one else.
            TX: sensory-substitution training with the Walkasins (vibration at the shin when the foot pressure shifts): foam stance eyes closed; tandem; weight shifts to the edge of his base and back on the cue
            O: mCTSIB foam eyes closed 4 sec without → 12 sec with the Walkasins; FGA 17/30
            A: somatosensory loss in both feet (alcohol-related neuropathy), poor postural control on the outside stairs to the apartment
            TIME: 97112 — 18 min
            """,
            ["G62.1", "F10.21"], [PT("97112", 18)], []),

        // Clark Fork Northside letter carrier afraid bending will "slip the disc": graded exposure to his PHODA-ranked photos (laundry basket floor to counter, mail tub to a truck-step height, vacuuming) with loads and counts; fear-avoidant braced lumbar movement and weak extensors; fingertip-to-floor; 20 matches: passes.
        ["v3-h94-clarkfork-northside-phoda-graded-exposure-97530"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Missoula (Northside)
            Mr. G. Amsel, 46, letter carrier; low back pain for 3 years, sure that bending will "slip the disc" again.
            graded exposure — he ranked the PHODA photos last week; today the fourth and fifth on his list
            activities (97530 · 20 min) — a 15-lb laundry basket from the floor to the counter 3 x 5 with an easy, rounded back; a 20-lb mail tub from the floor to a 24-in step (his truck step) 3 x 6; vacuuming the gym carpet, 2 lengths
            because — fear-avoidant, braced lumbar movement with weak lumbar extensors; off his route since January
            numbers — standing flexion fingertips 30 cm from the floor → 15 cm; his fear rating for the basket 80 → 35 out of 100
            """,
            ["M54.50", "F45.42"], [PT("97530", 20)], []),

        // MVRC Youngstown residential unit: "'Stay Strong in Recovery' handout, level two — chair squats, wall push-ups, bridges, heel raises and band rows, done as the handout shows" with weak legs and hips after a long admission — no sets, repetitions, load or number but the code's and its minutes: measure missing.
        ["v3-h94-mvrc-youngstown-handout-level-two-no-dose"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Youngstown (Market St)
            Recovery ctx: opioids; on the residential unit upstairs.
            TX: "Stay Strong in Recovery" handout, level two — chair squats, wall push-ups, bridges, standing heel raises and band rows, done as the handout shows
            A: legs and hips weak after months mostly in bed at the hospital; winded on the stairs up to the unit
            Plan: progress to level three when she feels ready
            TIME: 97110 — 16 min
            """,
            ["M62.81", "F11.21"], [PT("97110", 16)], [At(Measure, "97110")]),

        // IRUH Iowa City seed-corn salesman on the Balance Tutor perturbation treadmill (belt perturbations while walking, stepping responses, standing perturbations with a ball toss), "One-on-one — I worked with him alone", harness catches and belt speed — and no deficit, impairment or system named anywhere: deficit missing.
        ["v3-h94-iruh-iowacity-balance-tutor-no-deficit"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Iowa City (main campus gym)
            Pt: Mr. K. Lorenzen, 55, seed-corn salesman.
            One-on-one — I worked with him alone, no other patient, for the whole 97112.
            Retraining on the Balance Tutor (perturbation treadmill), harness on: belt perturbations forward, back and sideways while walking, announced then unannounced; stepping responses; standing perturbations with a ball toss
            Measures: harness catches 3 of 30 perturbations (9 of 30 last week); belt speed 0.9 → 1.1 m/s
            Time: 97112 — 22 min
            """,
            ["F44.4", "R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // MVRC Warren, Fellows House laundry chore: going down the basement stairs with the full basket the R knee gives on the third step from the bottom — he's dropped it twice and now sits on the step — the finding; loaded basket stair trips, step-ups and low sit-to-stands with counts; R quad weakness and eccentric knee control; give-way count; 22 matches: passes.
        ["v4-h94-mvrc-warren-laundry-basket-third-step"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Warren
            Recovery ctx: Fellows House resident; on methadone; his chore this month is the house laundry.
            Finding: going down the basement stairs with the full basket, the R knee gives on the third step from the bottom every time — he's dropped the basket twice and now sits down on the step.
            TX: basket carries down and up the clinic stairs with 15 lb of towels, 6 trips; step-downs from an 8-in step holding the basket 3 x 8; sit-to-stand from a low step with the basket 2 x 10
            O: knee gave on 1 of 6 trips (the last one); rail used once
            A: R quadriceps weakness and poor eccentric knee control stepping down
            TIME: 97530 — 22 min
            """,
            ["M25.361", "F11.20"], [PT("97530", 22)], []),

        // IRUH Iowa City FND, dental hygienist: at the Clinton Street crosswalk when the signal starts and people come toward her the L leg "locks", then drags until she stops on the median — the finding; initiation drills on a count, backward walking, lobby crossings at the noon rush and crosswalk practice with counts and SBA; start latency and 10MWT; 25 matches: passes.
        ["v4-h94-iruh-iowacity-crosswalk-leg-locks-97116"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Iowa City (main campus gym)
            Pt: Ms. L. Fairbanks, 34, dental hygienist downtown.
            Finding: at the crosswalk on Clinton Street, when the walk signal starts and people come toward her, the L leg "locks" and she can't start; once going, the L foot drags and she has to stop on the median.
            Gait retraining: initiation drills — shift, rock, step on a count of three; backward walking, then forward; crossing the main lobby with the noon crowd, 4 crossings; crosswalk practice at the hospital entrance with the signal, 6 crossings, SBA
            Observed: the start freeze and the L drag both shrink with the rhythmic count
            Measures: start at the signal 6 sec → under 2 sec; 10MWT 0.88 m/s
            Time: 97116 — 25 min
            """,
            ["F44.4", "R26.89"], [PT("97116", 25)], []),

        // Clark Fork Northside postpartum: can't get down to the floor to play trains with her two-year-old and hauls herself up the couch, and lifting him out of the crib "shoots" into the L buttock — the findings; half-kneel floor-to-stand, crib-rail lifts and carries of a weighted doll with loads and counts; lumbopelvic and hip extensor weakness with L SI pain; 21 matches: passes.
        ["v4-h94-clarkfork-northside-floor-with-her-son-97530"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Missoula (Northside)
            Ms. N. Halvorsen, 30; postpartum low back and L buttock pain; postpartum anxiety, seeing our BH team.
            finding — she can't get down to the floor to play trains with her 2-year-old, and getting back up she hauls herself up the couch; lifting him out of the crib "shoots" into the L buttock
            activities (97530 · 21 min) — floor-to-stand through half-kneel, 8 each side; lifting a 25-lb weighted doll over a crib-height rail 3 x 5; carrying it 4 x 40 ft
            because — lumbopelvic and hip extensor weakness with L SI joint pain on lifting
            """,
            ["M54.59", "F41.1"], [PT("97530", 21)], []),

        // Clark Fork Northside smokejumper after a hard landing and a burnover: on the practice packout the back locks after the first half-mile and bent over the pack-test scale he spasms — the findings; trap-bar deadlift, GHD back extensions, suitcase carries, side planks with loads and sets; lumbar extensor endurance and guarding; 18 matches: passes.
        ["v4-h94-clarkfork-northside-smokejumper-packout-97110"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Missoula (Northside)
            Mr. O. Brekke, 36, smokejumper; low back pain since a hard landing in August; PTSD after a burnover on that fire, seeing our counselor.
            finding — on the practice packout (his gear, about 110 lb) the back locks after the first half-mile and he can't straighten; bent over the pack-test scale he gets a spasm
            exercise (97110 · 18 min) — trap-bar deadlift 185 lb 4 x 5; back extensions on the GHD with 10 lb 3 x 12; suitcase carry 70 lb 4 x 40 yd each side; side plank 3 x 30 sec each side
            because — lumbar extensor endurance deficit with guarding since the landing
            """,
            ["S33.5XXD", "F43.10"], [PT("97110", 18)], []),

        // MVRC Warren drywall hanger: can't hold a sheet up on the ceiling long enough to screw it — the R shoulder "dies" after a few screws — the finding; overhead kettlebell carries, band wall slides, prone Y and T, overhead isometric holds with doses; R cuff and lower-trap weakness with overhead endurance loss; hold seconds and HHD; 19 matches: passes.
        ["v4-h94-mvrc-warren-drywall-on-the-ceiling-97110"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Warren
            Recovery ctx: opioids, 6 months; hangs drywall for his uncle's outfit.
            Finding: can't hold a sheet of drywall up on the ceiling long enough to screw it off — the R shoulder "dies" after a few screws and he lets the sheet down onto the lift.
            TX: overhead carries with a 15-lb kettlebell 4 x 30 ft; wall slides with a band 3 x 12; prone Y and T with 2 lb 3 x 10; overhead isometric hold at 150° against a band 5 x 20 sec
            O: overhead hold to fatigue 20 sec (8 sec at the eval); ER HHD R 9 kg / L 14 kg
            A: R rotator cuff and lower-trapezius weakness with endurance loss overhead
            TIME: 97110 — 19 min
            """,
            ["M75.41", "F11.20"], [PT("97110", 19)], []),

        // IRUH Cedar Rapids FND, school secretary: when the fire alarm is tested or a door bangs both knees unlock and she drops (never hurt) — the finding; "One-on-one — I treated only her"; knee-control drills to her music, rhythmic stabilisation, perturbations then a recorded bell raised as she's ready; reactive postural control under startle; bells recovered and Mini-BESTest; 21 matches: passes.
        ["v4-h94-iruh-cedarrapids-fire-alarm-knees-unlock"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Cedar Rapids clinic
            Pt: Ms. V. Kucera, 49, elementary-school secretary; functional drop attacks.
            Finding: when the school's fire alarm is tested, or a door bangs, both knees unlock and she drops to the floor (never hurt); afterward her legs feel "like rubber" the rest of the day.
            One-on-one — I treated only her, the whole 97112.
            Retraining: knee-control drills in standing to music she chose; rhythmic stabilization; perturbations announced, then unannounced, then with a recorded school bell played quietly and turned up as she felt ready
            Observed: reactive postural control breaks down under startle — the knees unlock; by the end she stayed standing through 9 of 10 bells
            Measures: Mini-BESTest 20/28
            Time: 97112 — 21 min
            """,
            ["F44.4"], [PT("97112", 21)], []),

        // Clark Fork Northside Marine veteran: in the Saturday-market crowd downtown he gets bumped and the R ankle rolls, so now he stays home — the finding; "one-on-one — nobody but the two of us in the gym"; BAPS, hop-and-stick onto foam, bumps on the rocker board from where he can see; R ankle proprioception and peroneal reaction; SLS and Y-balance; 20 matches: passes.
        ["v4-h94-clarkfork-northside-saturday-market-crowd"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Missoula (Northside)
            Mr. S. Perkins, 63, Marine veteran (VA CCN); chronic R ankle instability from an old sprain in the Corps; PTSD.
            finding — in the crowd at the Saturday market downtown he gets bumped and the R ankle rolls; now he stays home rather than go.
            one-on-one — nobody but the two of us in the gym, the whole 97112.
            we worked on — BAPS level 4 on the R; hop-and-stick onto foam with a ball catch; bumps at the shoulder while he stands on the rocker board, asked first, from where he can see me
            because — R ankle proprioception and peroneal reaction time poor
            numbers — SLS R eyes closed 4 sec / L 18 sec; Y-balance anterior R 60 cm / L 68 cm
            time — 97112 · 20 min
            """,
            ["M25.371", "F43.12"], [PT("97112", 20)], []),

        // MVRC Youngstown, R foot drop after lying on the leg through an overdose: she can't step up onto the WRTA bus without hauling on the rail, and on the gravel at her mother's place the toe catches — the findings; AFO gait cued for heel strike, bus-height step-ups, gravel laps with distance and CGA to SBA; foot drop with hip hike; toe-catch count; 24 matches: passes.
        ["v4-h94-mvrc-youngstown-bus-step-and-gravel-97116"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Youngstown (Market St)
            Recovery ctx: on methadone; 8 months. R foot drop since she lay on the leg through an overdose last summer (peroneal compression); new off-the-shelf AFO.
            Finding: she can't step up onto the WRTA bus without hauling herself up by the rail, and on the gravel at her mother's place the R toe catches and she stumbles.
            TX: gait training with the AFO — level floor 2 x 150 ft cued for heel strike; step-ups onto a bus-height step (14 in) x 10 with one rail; the gravel lot behind the clinic 2 x 100 ft, CGA → SBA
            O: toe catches on the gravel 3 in 2 laps (9 last week)
            A: R foot drop with a short R step and a hip hike; the AFO clears the toe on level floor
            TIME: 97116 — 24 min
            """,
            ["G57.31", "F11.20", "Z79.891"], [PT("97116", 24)], []),

        // IRUH Coralville last session of the FND block: "exam today normal — gait, balance and strength within normal limits, no functional signs. No deficits found."; one-on-one; dual-task walking with perturbations, backward walking on foam, target stepping; S-FMDRS 0/54 and 10MWT — no deficit targeted: deficit missing.
        ["v4-h94-iruh-coralville-last-session-no-deficits-found"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Coralville outpatient
            Pt: Mr. F. Obermann, 42 — last session of the block.
            One-on-one for the whole 97112 — just the two of us.
            Retraining: dual-task walking with perturbations; backward walking on foam; stepping to targets while naming cities
            Observed: exam today normal — gait, balance and strength within normal limits, no functional signs. No deficits found.
            Measures: S-FMDRS 0/54 (26/54 at the start of the block); 10MWT 1.34 m/s
            Plan: discharge; relapse plan and his own "setback card" reviewed.
            Time: 97112 — 18 min
            """,
            ["F44.4", "R26.89"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // MVRC Boardman final visit before sober living in Columbus: retest SLS, FGA and mCTSIB normal, "No impairment found."; "1:1 — I treated only her for the whole NMR"; tandem on foam with head turns, rocker-board perturbations, hop-and-hold onto foam — no deficit targeted: deficit missing.
        ["v4-h94-mvrc-boardman-final-visit-no-impairment"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Boardman
            Recovery ctx: alcohol, a year; moving into sober living in Columbus next week.
            Final visit. Retest: SLS eyes closed 30 sec each side; FGA 29/30; mCTSIB 30 sec in all four conditions. No impairment found.
            1:1 — I treated only her for the whole NMR.
            TX: tandem on foam with head turns; perturbations on the rocker board; hop-and-hold onto foam
            Plan: D/C to the home program and the Y.
            TIME: 97112 — 17 min
            """,
            ["G62.1", "F10.21"], [PT("97112", 17)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // IRUH Iowa City FND, farmer near Kalona with R leg jerks: "S-FMDRS 22/54 → 14/54" and its gait section rated blind from video; "One-to-one: I was with him alone"; tape-target stepping to a beat, ball-bounce weight shifts, rhythmic stabilisation, bucket carries; timing of R stance and swing; 22 matches: passes.
        ["v5-h94-iruh-iowacity-sfmdrs-rated-from-video"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Iowa City (main campus gym)
            Pt: Mr. P. Hruska, 58, farms near Kalona; functional jerks of the R leg and a "stutter-step" gait since a near-rollover on the tractor.
            One-to-one: I was with him alone for the whole 97112; no one else treated.
            Retraining: stepping to a beat onto tape targets; weight shifts while bouncing a ball (attention away); rhythmic stabilization at the pelvis; walking with a full bucket in each hand (dual task)
            Observed: timing of R stance and swing breaks up into jerks when he watches the leg; smooth carrying the buckets
            Measures (video, rated blind by a second PT): S-FMDRS 22/54 → 14/54 since the start of the block; gait section 8/12 → 4/12
            Time: 97112 — 22 min
            """,
            ["F44.4", "R25.8"], [PT("97112", 22)], []),

        // Clark Fork Aster PTA, college swimmer with osteopenia: DXA Z-scores, heel raises to fatigue and an unbroken hop count beside two- and single-leg hops, drop jumps and heel raises with sets; low spine and hip bone density with calf and hip weakness; PTA 97110 18 matches: passes.
        ["v5-h94-clarkfork-aster-pta-hops-and-heel-raises"] = new(
            """
            Clark Fork Integrated Health · PT with the Aster eating-disorder IOP · Missoula (upstairs)
            PTA note — M. Oyler, PTA (plan of care: K. Moran, PT)
            Ms. F. Demers, 19, college swimmer on leave; osteopenia (DXA: L1–L4 Z-score −1.9, femoral neck −1.4). Cleared for impact loading by the Aster physician.
            bone loading (97110 · 18 min) — two-footed hops 5 x 10 on the wood floor; single-leg hops 3 x 10 each; drop jumps from a 12-in box 3 x 8; single-leg heel raises 3 x 15
            numbers — single-leg heel raises to fatigue R 22 / L 19; hops without a rest 40
            because — low bone density of the spine and hip; calf and hip weakness
            """,
            ["M85.80", "M62.81"], [PTA("97110", 18)], []),

        // MVRC Youngstown after a L hip ORIF from a fall at home: "10MWT 0.78 m/s with the cane (0.52 m/s at the eval); TUG 13.6 sec"; cane gait on the campus loop with SBA, ramp and bus-shelter curb; L Trendelenburg gait and short R step; 23 matches: passes.
        ["v5-h94-mvrc-youngstown-gait-speed-and-tug-97116"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Youngstown (Market St)
            Recovery ctx: alcohol, 3 months; L hip fracture (ORIF) from a fall at home in December.
            TX: gait training with a straight cane — the campus loop 2 laps (about 400 ft each), SBA, cued for an even step and less trunk lean; the ramp and the curb at the bus shelter x 4
            O: 10MWT 0.78 m/s with the cane (0.52 m/s at the eval); TUG 13.6 sec
            A: L Trendelenburg gait with a short R step; L hip abductor weakness
            TIME: 97116 — 23 min
            """,
            ["S72.002D", "F10.21"], [PT("97116", 23)], []),

        // Clark Fork Kalispell lift mechanic after an ACL reconstruction: Y-balance composite and single-leg hop for distance; "one-on-one — he was the only patient on my schedule and I stayed with him"; BOSU squats with perturbations, hop-and-stick onto foam, reactive cuts; L knee neuromuscular control on landing; 19 matches: passes.
        ["v5-h94-clarkfork-kalispell-y-balance-and-hop"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Kalispell
            Mr. Q. Delorme, 29, lift mechanic at the ski hill; L ACL reconstruction 7 months ago; anxious about re-injury (working on it with our counselor).
            one-on-one — he was the only patient on my schedule and I stayed with him the whole 97112
            we worked on — single-leg squats on the BOSU with perturbations; hop-and-stick onto foam, forward and lateral; reactive cuts to hand signals
            because — L knee neuromuscular control poor on landing — the knee drifts in
            numbers — Y-balance composite L 86% / R 95%; single-leg hop for distance L 121 cm / R 148 cm
            time — 97112 · 19 min
            """,
            ["S83.512D", "F41.1"], [PT("97112", 19)], []),

        // IRUH North Liberty FND, church organist with a walker she doesn't need: "TUG 18.4 sec with the walker; 12.9 sec without it while humming; 5xSTS 16.0 sec"; "one-on-one for the whole 97112, no other patient"; sit-to-stand and turning with attention on a hymn, walker-free walking, foam weight shifts; L leg motor control; 20 matches: passes.
        ["v5-h94-iruh-northliberty-tug-faster-while-humming"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · North Liberty
            Pt: Ms. R. Amundsen, 63, church organist; functional L leg weakness, using a walker she doesn't need.
            Just Ms. Amundsen and me — one-on-one for the whole 97112, no other patient.
            Retraining: sit-to-stand and turning drills with her attention on a hymn she hums; walking without the walker, a light hand at the elbow and then none; weight shifts on foam
            Observed: motor control of the L leg better whenever her attention is elsewhere; leans hard on the walker otherwise
            Measures: TUG 18.4 sec with the walker; 12.9 sec without it while humming; 5xSTS 16.0 sec
            Time: 97112 — 20 min
            """,
            ["F44.4", "R26.89"], [PT("97112", 20)], []),

        // MVRC Warren OT, R wrist drop after a night asleep on a chair arm: Jamar grip in the splint and wrist extension degrees; splinted task practice (buttons, jars, knife and fork, clothespins, writing) with rounds and counts; R wrist and finger extensor weakness; 24 matches: passes.
        ["v5-h94-mvrc-warren-ot-radial-palsy-grip-97530"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE OT · Warren
            Recovery ctx: alcohol, 6 weeks; woke with a R wrist drop after a night asleep with the arm over a chair (radial nerve); wears a cock-up splint.
            TX: task practice in the splint — buttoning a work shirt, opening jars, cutting food with a knife and fork, 3 rounds each; clothespins onto a line, 20 pins; writing his name and address 5 times
            O: grip (Jamar, in the splint) R 18 kg / L 41 kg; active wrist extension against gravity 0° → 15°
            A: R wrist and finger extensor weakness (radial neuropathy); can't cut his food or button his work shirt
            TIME: 97530 — 24 min
            """,
            ["G56.31", "F10.20"], [OT("97530", 24)], []),

        // Clark Fork Bozeman ER nurse with neck pain and headaches after an assault at work: CROM rotation and the flexion-rotation test before and after; suboccipital release, C2–C3 PAs by grade and bouts, upper-thoracic mobilisation, consented supine position; upper cervical hypomobility and guarding; 11 matches: passes.
        ["v5-h94-clarkfork-bozeman-crom-and-flexion-rotation-97140"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Bozeman
            Ms. U. Paquette, 41, ER nurse; neck pain and headaches; panic attacks since a patient assaulted her at work.
            consent — she chose supine, knees up, eyes open; my hands only at the base of the skull and the neck; "stop" ends it.
            hands-on (97140 · 11 min) — suboccipital release; C2–C3 R unilateral PAs, grade III, 3 x 30 sec; upper-thoracic extension mobilization over a rolled towel
            because — upper cervical hypomobility with suboccipital guarding; pain turning to check the bed rails
            numbers — CROM rotation R 48° → 61°, L 62° → 66°; flexion-rotation test R 28° → 36°
            """,
            ["M54.2", "G44.209", "F43.10"], [PT("97140", 11)], []),

        // IRUH Coralville OT, bank teller with a clenched L hand: 9HPT both hands and Jamar grip; bill counting while chatting, typing, cash-drawer and coin tasks with rounds and counts; L hand dexterity and grip in a fixed clenched posture; 22 matches: passes.
        ["v5-h94-iruh-coralville-ot-nine-hole-peg-97530"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Occupational Therapy · Coralville outpatient
            Pt: Ms. Y. Tran, 26, bank teller; functional L hand weakness and a clenched posture since a viral illness in September.
            Activities: counting bills while chatting (attention away), 10 rounds of 20 bills; typing a paragraph with both hands; opening and closing the cash drawer 20 times; sorting coins from a dish
            Deficit: L hand dexterity and grip lost in a fixed clenched posture that eases when she's distracted
            Measures: 9HPT L 38.6 sec / R 17.2 sec; grip (Jamar) L 9 kg / R 26 kg
            Time: 97530 — 22 min
            """,
            ["F44.4"], [OT("97530", 22)], []),

        // IRUH Cedar Rapids FND, welder: one-on-one, ball-bounce weight shifts, marching to a drum loop, backward and skating steps, rhythmic stabilisation; R leg motor control — "he says the leg 'feels more like mine'", no number but the code's and its minutes: measure missing.
        ["v5-h94-iruh-cedarrapids-leg-feels-more-like-mine"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Cedar Rapids clinic
            Pt: Mr. N. Saldana, welder; functional R leg weakness and dragging since a shock from a grinder cord.
            One-on-one, PT and patient only, for the whole 97112.
            Retraining: weight shifts onto the R while bouncing a ball; marching to a drum loop; backward walking then forward skating steps; rhythmic stabilization in standing
            Observed: motor control of the R leg returns when his attention is on the ball; the drag comes back when he watches his foot
            Measures: he says the leg "feels more like mine," and he walked out without looking down
            Time: 97112 — 20 min
            """,
            ["F44.4", "R26.89"], [PT("97112", 20)], [At(Measure, "97112")]),

        // MVRC Boardman after a tibial plateau fracture: cane gait cued for heel strike and a longer step, step-over-step stairs; short L step and stiff knee — "the house manager says he's walking better on the stairs at the house", no distance, assistance level or number but the code's and its minutes: measure missing.
        ["v5-h94-mvrc-boardman-house-manager-says-walking-better"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Boardman
            Recovery ctx: opioids, on buprenorphine; lives at Fellows House.
            TX: gait training, quad cane → straight cane in the hallway, cued for heel strike and a longer L step; the stairs with the rail, step over step
            O: the house manager says he's walking better on the stairs at the house; he agrees
            A: short L step and a stiff L knee after the tibial plateau fracture; drags the L toe when he's tired
            TIME: 97116 — 21 min
            """,
            ["S82.142D", "F11.20"], [PT("97116", 21)], [At(Measure, "97116")]),

        // Clark Fork Hamilton trail-crew seasonal: step-ups with the loaded pack, band side-steps, single-leg bridges, side-lying adductor lifts; R hip abductor and adductor weakness — "none taken today; she says she feels stronger with her pack on", no sets, repetitions, load or number but the code's and its minutes: measure missing.
        ["v5-h94-clarkfork-hamilton-stronger-with-her-pack"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Hamilton (Bitterroot)
            Ms. W. Ashby, trail-crew seasonal with the Forest Service; R hip pain; generalized anxiety, seeing our counselor.
            exercise (97110 · 15 min) — step-ups with her loaded pack; side-stepping with a band; single-leg bridges; side-lying adductor lifts
            because — R hip abductor and adductor weakness; the hip aches by the end of a day carrying tools up the trail
            numbers — none taken today; she says she feels stronger with her pack on
            """,
            ["M25.551", "F41.1"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Clark Fork Bozeman Army veteran with an old blast TBI: "one-on-one — I worked with him alone"; foam eyes closed with head turns, gaze stabilisation walking, rocker-board perturbations; vestibular and somatosensory integration — "nothing measured today; by his account he's steadier on the ice", no number but the code's and its minutes: measure missing.
        ["v5-h94-clarkfork-bozeman-steadier-on-the-ice-by-his-account"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Bozeman
            Mr. H. Twedt, Army veteran; mild TBI from a blast years ago; PTSD. Slips on the ice feeding cattle.
            one-on-one — I worked with him alone, no other patient, the whole 97112.
            we worked on — foam stance eyes closed with head turns; gaze stabilization while walking; perturbations on the rocker board, asked first
            because — vestibular and somatosensory integration poor; sways and steps out on uneven ground in the dark
            numbers — nothing measured today; by his account he's steadier on the ice at the feed ground
            time — 97112 · 20 min
            """,
            ["F07.81", "F43.12"], [PT("97112", 20)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Clark Fork Northside retired school-bus driver with fibromyalgia: "time — 97112 · 18 min (one-on-one: just Ms. Pelletier and me, no one else on my book) · 97110 · 15 min" (both match); foam head turns, curb step-downs with a nudge, tandem; ball sit-to-stands, band side-steps, heel raises with doses; postural control stepping down, hip and calf weakness; Mini-BESTest: passes.
        ["v6-h94-clarkfork-northside-time-line-nmr-and-ther-ex"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Missoula (Northside)
            Ms. B. Pelletier, 59, retired school-bus driver; fibromyalgia and generalized anxiety; two falls stepping off curbs downtown.
            check-in — flare this week, "a four out of ten today, doable"; chose to do all of it standing.
            pacing — she sat down between stations whenever she chose; we kept the rounds short.
            we worked on
              NMR — foam stance with head turns; curb step-downs onto foam with a nudge at the pelvis as she lands (asked first); tandem walking
              ther ex — sit-to-stand holding a 10-lb ball 3 x 10; side-stepping with a band 3 x 20 ft; heel raises 3 x 12
            because — poor postural control and a late ankle strategy stepping down; hip abductor and calf weakness
            numbers — Mini-BESTest 19/28; 30-sec chair stand 10
            time — 97112 · 18 min (one-on-one: just Ms. Pelletier and me, no one else on my book) · 97110 · 15 min
            """,
            ["M79.7", "F41.1", "R26.81"], [PT("97112", 18), PT("97110", 15)], []),

        // IRUH Iowa City FND, UPS driver: "twenty-four minutes of gait retraining (97116), then twelve minutes of neuromuscular re-education (97112), one-on-one throughout" (both match); metronome, skating strides, skywalk and ramp stairs with distance and SBA; rhythmic stabilisation, ball-toss weight shifts, step-and-hold drills; knee buckling and motor control; 10MWT and FGA: passes.
        ["v6-h94-iruh-iowacity-minutes-in-words"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Iowa City (main campus gym)
            Pt: Mr. G. Pospisil, 40, package-car driver; functional gait disorder with knee buckling; anxiety.
            Gait retraining: walking to a metronome at 104 bpm; long "skating" strides down the hallway; backward walking; the skywalk and the parking-ramp stairs, 2 x 300 ft and 3 flights, SBA
            Neuromuscular re-education: rhythmic stabilization in standing; weight shifts onto each leg with a ball toss; motor-control drills — step and hold on tape lines without looking down
            Observed: the knees buckle (no falls) when he looks at his legs; motor control and step length normal on the beat
            Measures: 10MWT 0.96 m/s; FGA 21/30
            Time: twenty-four minutes of gait retraining (97116), then twelve minutes of neuromuscular re-education (97112), one-on-one throughout — no other patient.
            """,
            ["F44.4", "R26.89", "F41.1"], [PT("97116", 24), PT("97112", 12)], []),

        // MVRC Warren laid-off car-plant worker, L shoulder after a fall on the ice: "TIME: 97110 — 22 min | 97140 — 10 min" (both match); band rows, side-lying ER, wall slides, sleeper stretch with doses; GH glides by grade and bouts, posterior cuff STM; posterior capsule tightness and cuff weakness; ER degrees and IR by spinal level: passes.
        ["v6-h94-mvrc-warren-time-row-ther-ex-and-manual"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Warren
            Recovery ctx: alcohol, 5 months; laid off from the car plant, looking for warehouse work.
            S: L shoulder pain since a fall on the ice in January; can't reach back to tuck in his shirt or lift a case of water onto the shelf.
            Consent: pt chose sitting to start; permission obtained for hands-on at the shoulder.
            TX 97110: rows with a band 3 x 15; side-lying ER with 3 lb 3 x 12; wall slides 3 x 10; sleeper stretch 3 x 30 sec
            TX 97140: L GH posterior and inferior glides, grade III, 3 bouts; STM to the infraspinatus and teres minor
            O: L ER 30° → 45°; IR behind the back from L5 to L1
            A: L posterior capsule tightness and rotator cuff weakness
            TIME: 97110 — 22 min | 97140 — 10 min
            """,
            ["M25.512", "F10.21"], [PT("97110", 22), PT("97140", 10)], []),

        // IRUH Coralville FND, daycare teacher with panic disorder: a panic attack part way through, the pause not counted, "Time: 97112 in two parts — 11 min before the pause + 9 min after it = 20 min" (matches); one-on-one; balloon-tap weight shifts, metronome stance taps, backward and gliding steps; L leg motor control; FGA and stance seconds: passes.
        ["v6-h94-iruh-coralville-nmr-in-two-parts-around-a-panic"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Coralville outpatient
            Pt: Ms. O. Engstrom, 37, daycare teacher; functional L leg weakness; panic disorder.
            One-on-one for all of the 97112 — PT and patient only.
            Retraining: weight shifts onto the L while tapping a balloon (attention away); L stance with R toe taps to a metronome; backward walking, then forward gliding steps
            Panic attack part way through (heart pounding, hands tingling) — we stopped; paced breathing and her grounding plan; she chose to carry on. The pause was not counted.
            Observed: motor control of the L leg fails when she checks it — the knee gives without a fall; steady during the balloon taps
            Measures: FGA 17/30; L single-leg stance 11 sec
            Time: 97112 in two parts — 11 min before the pause + 9 min after it = 20 min
            """,
            ["F44.4", "F41.0"], [PT("97112", 20)], []),

        // Clark Fork Bozeman Army veteran after a R TKA: "PT — K. Moran: 97112, 16 min, one-on-one" and "PTA — R. Lind: 97110, 14 min" each match its own line; foam perturbations, Airex step-ups, tandem head turns; TKE, step-ups, leg press with doses; R knee proprioception, quad recruitment and weakness; SLS, TUG and knee flexion: passes.
        ["v6-h94-clarkfork-bozeman-pt-and-pta-one-visit"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Bozeman
            Mr. L. Gustafson, 52, Army veteran (VA CCN); R TKA 10 weeks ago; PTSD — the door open and no one behind him.
            PT — K. Moran: 97112, 16 min, one-on-one (he was my only patient for it). Perturbations on foam, announced; step-ups onto the Airex with a hold; tandem with head turns. R knee proprioception and quad recruitment poor. SLS R 9 sec; TUG 10.9 sec.
            PTA — R. Lind: 97110, 14 min. Terminal knee extension with a band 3 x 15; step-ups to an 8-in step 3 x 10; leg press 90 lb 3 x 12. R quad weakness; knee flexion 108°.
            """,
            ["Z96.651", "Z47.1", "F43.12"], [PT("97112", 16), PTA("97110", 14)], []),

        // IRUH Iowa City hotel housekeeper, PT and OT the same morning: "PT (97116) — 20 min" and "OT (97530) — 25 min" each match its own discipline's line; beat-paced long strides, backward walking, corridor laps with distance and SBA; bed-making, cart pushing, mirror wiping with counts; R leg drag and R arm flexed posture; 10MWT and Jamar grip: passes.
        ["v6-h94-iruh-iowacity-pt-and-ot-same-morning"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Iowa City (main campus) — PT and OT, same morning
            Pt: Ms. I. Reyes, 45, hotel housekeeper; functional R arm and leg weakness.
            PT (97116) — 20 min: gait retraining with long strides to a beat and a big arm swing; backward walking; the corridor 4 x 150 ft with no device, SBA. The R leg drags and swings out when she watches it. 10MWT 0.71 → 0.90 m/s.
            OT (97530) — 25 min: making a bed with hospital corners, 3 times; pushing a loaded housekeeping cart 4 x 50 ft; wiping a mirror with the R hand while we chat. R arm weakness with a fixed, flexed elbow that loosens when she's distracted. Cart pushed without a stop on 4 of 4 trips; grip (Jamar) R 12 kg / L 27 kg.
            """,
            ["F44.4"], [PT("97116", 20), OT("97530", 25)], []),

        // MVRC Youngstown roofer's helper after a L tibial shaft fracture: "97530 0802–0826 (24 min)" and "97110 0826–0838 (12 min)" (both match); sandbag ladder climbs, floor-to-shoulder lifts, kneeling on a sloped board; SL RDLs, split squats, farmer carries with loads; L knee and hip extensor weakness, knee gives on the ladder; climb count: passes.
        ["v6-h94-mvrc-youngstown-clock-times-per-code"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Youngstown (Market St)
            Recovery ctx: methadone; 2 years; back working as a roofer's helper — has to carry shingle bundles up the ladder.
            97530  0802–0826 (24 min): climbs on the clinic's 8-ft ladder with a 40-lb sandbag on the shoulder x 6; floor-to-shoulder lifts of the bag 3 x 5; kneeling to standing on a sloped board 10 times
            97110  0826–0838 (12 min): single-leg RDL 25 lb 3 x 8 each; split squats 3 x 10 each; farmer carry 50 lb 4 x 40 ft
            A: L knee and hip extensor weakness after the tibial shaft fracture; the L knee gives on the ladder under a load
            O: sandbag ladder climbs 6 of 6 without a stop (3 of 6 last week)
            """,
            ["S82.202D", "F11.21"], [PT("97530", 24), PT("97110", 12)], []),

        // Clark Fork Bozeman ski patroller after a lateral malleolus ORIF: "NMR (97112 · 15 min) — one-on-one", "ther ex (97110 · 12 min)", "manual (97140 · 10 min)" (all match); BAPS, hop-and-stick, rocker board with pole perturbations; heel raises, band eversion, step-downs with doses; talocrural and tib-fib glides by grade, peroneal STM; proprioception, peroneal weakness, stiffness; SLS, knee-to-wall, heel raises: passes.
        ["v6-h94-clarkfork-bozeman-three-codes-each-timed"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Bozeman
            Ms. J. Arceneaux, 34, ski patroller; R lateral malleolus ORIF after a fall on a cat track. A hard season — a death on the hill — PTSD screen positive; seeing our counselor.
            touch — OK'd at the ankle and foot, asked each time.
            NMR (97112 · 15 min) — one-on-one, nobody else on my schedule: BAPS level 4; hop-and-stick onto foam; single-leg stance on the rocker board with ski-pole perturbations
            ther ex (97110 · 12 min) — single-leg heel raises 3 x 15; eversion with a band 3 x 20; lateral step-downs from 8 in 3 x 10
            manual (97140 · 10 min) — talocrural posterior glides, grade III, 3 bouts; distal tib-fib A-P glides; STM to the peroneals along the scar
            because — R ankle proprioception down, peroneal weakness, stiff talocrural joint
            numbers — SLS R eyes closed 6 sec; knee-to-wall R 7 cm / L 12 cm; heel raises R 14 / L 25
            """,
            ["S82.61XD", "F43.10"], [PT("97112", 15), PT("97110", 12), PT("97140", 10)], []),

        // MVRC Youngstown shelter-kitchen cook: "TIME: 97110 — 34 min" against a 20-min line: mismatch; leg press, box step-ups, wall sits, banded bridges with doses, quad and glute weakness with knee pain at the line, chair stand complete.
        ["v6-h94-mvrc-youngstown-ther-ex-34-against-20"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Youngstown (Market St)
            Recovery ctx: alcohol, 8 months; cooks at the shelter kitchen.
            TX: leg press 110 lb 3 x 12; step-ups to a 12-in box 3 x 10; wall sits 3 x 30 sec; bridges with a band 3 x 15
            A: quad and glute weakness in both legs, knee pain standing at the line all shift
            O: 30-sec chair stand 11
            TIME: 97110 — 34 min
            """,
            ["M62.81", "F10.21"], [PT("97110", 20)], [At(Mismatch, "97110")]),

        // IRUH Coralville OT, mail sorter with a functional R hand tremor: "Time: 97530 — 35 min" against a 22-min OT line: mismatch; pigeonhole sorting while talking, weighted-pen addresses, mail-tub carries with counts, tremor at work, mis-sort counts complete.
        ["v6-h94-iruh-coralville-ot-97530-35-against-22"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Occupational Therapy · Coralville outpatient
            Pt: Mr. E. Vander Woude, 50, mail sorter; functional R hand tremor.
            Activities: sorting letters into a pigeonhole case with the R hand while talking, 4 trays; writing addresses with a weighted pen, 10 envelopes; carrying a full mail tub 6 x 40 ft
            Deficit: functional R hand tremor breaking up sorting and writing at work
            Measures: 3 of 200 letters mis-sorted (14 of 200 last week)
            Time: 97530 — 35 min
            """,
            ["F44.4", "R25.1"], [OT("97530", 22)], [At(Mismatch, "97530")]),

        // Clark Fork Kalispell retired log-truck driver: "time — 97112 · 20 min · 97140 · 22 min" — the NMR matches, the manual therapy's 22 against a 10-min line: mismatch on 97140; both sections complete (one-on-one; laser JPE training, gaze stabilisation on foam, pursuit; PAs by grade, STM, thoracic mobilisation; cervical proprioception, gaze stability, hypomobility; JPE and CROM).
        ["v6-h94-clarkfork-kalispell-manual-22-against-10"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Kalispell
            Mr. V. Haskins, 66, retired log-truck driver; chronic neck pain and dizziness; anxiety.
            one-on-one — I treated only him for the 97112.
            NMR — cervical joint-position training with the laser; gaze stabilization X1 standing on foam; smooth pursuit with the trunk turning under the head
            manual — C5–C6 and C6–C7 R unilateral PAs, grade III, 3 bouts each; upper-trap STM; thoracic extension mobilization over the roll
            because — cervical proprioception and gaze stability impaired; lower cervical hypomobility
            numbers — JPE into R rotation 6.2 cm; CROM rotation R 50° → 58°
            time — 97112 · 20 min · 97140 · 22 min
            """,
            ["M54.2", "F41.1"], [PT("97112", 20), PT("97140", 10)], [At(Mismatch, "97140")]),

        // MVRC Boardman warehouse picker: "TOTAL TIMED: 38 min (ther ex + ther act)" is the only time for two codes: separate time missing; both sections complete (goblet squats, kettlebell deadlifts, side planks with doses; tote lifts to a shelf, cart pushes, half-kneel picks with loads and counts; lumbar extensor and hip weakness).
        ["v6-h94-mvrc-boardman-total-timed-only"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Boardman
            Recovery ctx: opioids, 15 months; order picker at a distribution center.
            TX (ther ex): goblet squats 30 lb 3 x 10; kettlebell deadlift 35 lb 3 x 10; side planks 3 x 20 sec each side
            TX (ther act): totes from the floor to a shoulder-height shelf, 25 lb, 3 x 8; pushing the loaded cart 4 x 60 ft; picking from a low shelf in half-kneel, 10 times
            A: lumbar extensor and hip weakness; back pain lifting totes
            TOTAL TIMED: 38 min (ther ex + ther act)
            """,
            ["M54.50", "F11.21"], [PT("97110", 20), PT("97530", 18)], [SepTime]),

        // IRUH Cedar Rapids nursing-home aide with a scissoring functional gait: "Treatment time: 36 minutes of gait retraining and NMR" is the only time for two codes: separate time missing; both sections complete (one-on-one; beat-paced long steps, backward walking, corridor laps with SBA; rhythmic stabilisation, ball-toss weight shifts, wide target steps; crossing legs and hip motor control; 10MWT and FGA).
        ["v6-h94-iruh-cedarrapids-treatment-time-36-two-codes"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Cedar Rapids clinic
            Pt: Ms. Q. Hartwig, 28, nursing-home aide; functional gait disorder with a scissoring pattern.
            One-on-one — my only patient, the whole visit.
            Gait retraining (97116): long steps to a beat on the tape lines; backward walking; the corridor 3 x 150 ft, SBA
            NMR (97112): rhythmic stabilization in standing; weight shifts with a ball toss; motor-control drills stepping wide onto floor targets
            Observed: the legs cross when her attention is on them; wide, normal steps during the ball toss — motor control of the hips lost when watched
            Measures: 10MWT 0.62 m/s; FGA 14/30
            Treatment time: 36 minutes of gait retraining and NMR
            """,
            ["F44.4", "R26.89"], [PT("97116", 20), PT("97112", 16)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code FND visit (NMR and ther ex) with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h94-empty-nmr-and-ther-ex"] = new(
            "",
            ["F44.4"], [PT("97112", 20), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // Empty note on an OT 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h94-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // A note cell of spaces and line breaks only (cells are trimmed) on a PTA 97116 with a diagnosis: note missing only.
        ["v7-h94-spaces-only-pta-97116"] = new(
            "   \n \n\n    ",
            ["G57.31"], [PTA("97116", 18)], [At(NoteMissing, "97116")]),

        // 97110's meaning at MVRC: seated knee extension, chair sit-to-stands, step-ups, banded hip abduction with loads and sets (technique and measure), quad and hip abductor weakness with two stops on the way up to his third-floor room (deficit); 17 matches: passes.
        ["v7-h94-mvrc-youngstown-97110-legs-for-the-third-floor"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Youngstown (Market St)
            Recovery ctx: opioids, on methadone; just moved to a room on the third floor at Fellows House.
            TX: seated knee extension 5 lb 3 x 12; sit-to-stand from a standard chair 3 x 10; step-ups to a 6-in step 3 x 10 each; standing hip abduction with a red band 3 x 12 each
            A: quad and hip abductor weakness in both legs; stops twice on the way up to his room
            TIME: 97110 — 17 min
            """,
            ["M62.81", "F11.20"], [PT("97110", 17)], []),

        // 97530's meaning at IRUH: floor transfers through side-sit and half-kneel, grocery-bag stair carries and laundry trips with her attention on conversation, with counts and loads (technique and measure), the L leg giving way in transitions and no getting up off the floor after playing with the kids (deficit); 23 matches: passes.
        ["v7-h94-iruh-northliberty-97530-floor-transfers-and-carries"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · North Liberty
            Pt: Ms. C. Novotny, 39, mother of three; functional L leg weakness; afraid of going down with the baby.
            Activities (97530, 23 min), each done while we talked about her week (attention away from the leg): floor transfers through side-sit and half-kneel, 6 times; a 20-lb grocery bag up and down 8 steps, 4 trips; a 10-lb laundry basket from the dryer to the bed, 5 trips
            Deficit: the L leg gives way in transitions when she watches it; can't get up off the floor after playing with the kids without pulling on furniture
            """,
            ["F44.4", "R26.89"], [PT("97530", 23)], []),

        // 97140's meaning at Clark Fork: L4–L5 central PAs and side-lying rotation mobilisation by grade and bouts, QL and paraspinal STM, after consent in a position he chose (technique), lower lumbar hypomobility with QL guarding, can't bend under the conveyor (deficit), fingertip-to-floor and side-bend travel before and after (measure); 14 matches: passes.
        ["v7-h94-clarkfork-hamilton-97140-lumbar-and-ql"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Hamilton (Bitterroot)
            Mr. K. Oakes, 54, sawmill millwright; chronic low back pain; drinking less since he started counselling here.
            consent — told him what and where first; he chose prone over a pillow; asked before each new area.
            hands-on (97140 · 14 min) — L4–L5 central PAs, grade III, 3 bouts; side-lying lumbar rotation mobilization, grade III, each way; STM to the L QL and the lumbar paraspinals
            because — lower lumbar hypomobility with L QL guarding; can't bend under the conveyor to clear a jam
            numbers — standing flexion fingertips 32 cm from the floor → 20 cm; L side-bend fingertip travel down the thigh 14 cm → 19 cm
            """,
            ["M54.50", "M62.830"], [PT("97140", 14)], []),

        // 97116's meaning at Clark Fork: prosthetic gait training — weight shifts onto the prosthesis in the bars, stepping over a board, ramp and curb, cane laps with distance and SBA (technique and measure), short sound-side step with vaulting and a trunk lean over the prosthesis (deficit); 22 matches: passes.
        ["v7-h94-clarkfork-northside-97116-new-prosthesis"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Missoula (Northside)
            Mr. B. Ferris, 61, Army veteran (VA CCN); L transtibial amputation after a rollover; PTSD; new prosthesis delivered last week.
            gait (97116 · 22 min) — weight shifts onto the prosthesis in the parallel bars, 3 x 10; stepping over a 2 x 4 board with the L leading, 10 times; the ramp and the curb x 4; 2 x 200 ft in the hallway with a cane, SBA
            because — short R (sound-side) step, vaulting on the R and a trunk lean over the prosthesis
            """,
            ["Z89.512", "F43.12"], [PT("97116", 22)], []),

        // 97110's meaning at Clark Fork Hamilton, fly-fishing guide: side-lying ER, prone Y/T/W, cable rows, serratus wall slides with loads and sets (technique and measure), R posterior cuff and lower-trap weakness aching through the afternoon's casting (deficit); HHD; 16 matches: passes.
        ["v7-h94-clarkfork-hamilton-97110-shoulder-for-the-fly-rod"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Hamilton (Bitterroot)
            Mr. T. Redfield, 47, fly-fishing guide on the Bitterroot; R shoulder pain casting all day; depression, seeing our counselor.
            exercise (97110 · 16 min) — side-lying ER 3 lb 3 x 15; prone Y, T and W with 2 lb 3 x 10 each; cable rows 25 lb 3 x 12; serratus wall slides on a foam roller 3 x 10
            because — R posterior cuff and lower-trap weakness; the shoulder aches by the afternoon's casting
            numbers — ER at 90° (HHD) R 11 kg / L 15 kg
            """,
            ["M75.41", "F32.A"], [PT("97110", 16)], []),

        // Generic 97112: "97112 — 20 min. Consent obtained. Balance activities per plan of care; pt tolerated session well. Continue POC." — no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h94-clarkfork-generic-nmr-consent-obtained"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Hamilton (Bitterroot)
            97112 — 20 min. Consent obtained. Balance activities per plan of care; pt tolerated session well. Continue POC.
            """,
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97140 with minutes for each (15 and 10, both match): "Pt participated in ther ex and manual therapy as tolerated. No adverse reaction. Continue per POC." — nothing named for either code.
        ["v7-h94-mvrc-generic-ther-ex-and-manual-with-minutes"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Warren
            TIME: 97110 — 15 min | 97140 — 10 min
            Pt participated in ther ex and manual therapy as tolerated. No adverse reaction. Continue per POC.
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Generic OT 97530: "Pt engaged in functional activities per OT plan of care. Good participation. Progressing toward goals. Will continue." — no activity, deficit or measure named.
        ["v7-h94-iruh-generic-ot-97530"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Occupational Therapy
            Pt engaged in functional activities per OT plan of care. Good participation. Progressing toward goals. Will continue.
            Time: 97530 — 20 min
            """,
            ["F44.4"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // 97140's meaning at MVRC: patellar glides and tibiofemoral posterior glides by grade and bouts, quad-tendon and scar STM (technique), R knee hypomobility after a patella fracture — can't bend it enough to pedal to work (deficit), knee flexion before and after (measure); 12 matches: passes.
        ["v7-h94-mvrc-boardman-97140-knee-after-patella-fracture"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Boardman
            Recovery ctx: alcohol, 7 months; R patella fracture (ORIF) after a fall down the porch steps; rides a bike to work now — no license.
            Consent: hands at the knee OK'd; he chose long-sitting where he can watch.
            TX: patellar glides superior, inferior and medial, grade III, 3 bouts each; tibiofemoral posterior glides in flexion, grade III; STM to the quad tendon and along the scar
            O: R knee flexion 92° → 101°
            A: R knee hypomobility after the patella fracture; can't bend it far enough to pedal to work
            TIME: 97140 — 12 min
            """,
            ["S82.001D", "F10.21"], [PT("97140", 12)], []),

        // ---------------------------------------------------------------- ordinary notes

        // Clark Fork Northside Marine veteran with LBP and L leg symptoms: press-ups, bird-dogs, bridges, dowel hinges, suitcase carries with doses (97110 · 20 min) and central PAs over the shirt by grade and bouts with paraspinal STM (97140 · 10 min), both match; lumbar extensor weakness and lower lumbar hypomobility; SLR and fingertip-to-floor: passes.
        ["vord-h94-clarkfork-northside-ther-ex-and-manual-over-the-shirt"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Missoula (Northside)
            Mr. R. Kittredge, 57, Marine veteran (VA CCN); chronic low back pain with L leg symptoms; PTSD and poor sleep.
            check-in — "back's a six, sleep was lousy"; wanted to keep going.
            touch — yes to hands on the low back over his shirt today, not on skin.
            exercise (97110 · 20 min) — prone press-ups 3 x 10; bird-dog 3 x 8 each with a 5-sec hold; bridges 3 x 12; hip hinge with a dowel 3 x 10; suitcase carry 30 lb 4 x 40 ft
            hands-on (97140 · 10 min) — L4–L5 and L5–S1 central PAs over the shirt, grade III, 3 bouts; STM to the L lumbar paraspinals
            because — lumbar extensor weakness and lower lumbar hypomobility; L buttock and leg pain sitting in the truck
            numbers — SLR L 55° → 65°; standing flexion fingertips 25 cm from the floor
            """,
            ["M54.16", "F43.12"], [PT("97110", 20), PT("97140", 10)], []),

        // Clark Fork Kalispell deli clerk after vestibular neuritis: "one-on-one — just us in the small gym, start to finish of the 97112"; X1 viewing to a metronome seated then on foam, hallway head turns, foam eyes closed; R vestibular hypofunction with gaze instability; DVA lines and DGI; 18 matches: passes.
        ["vord-h94-clarkfork-kalispell-vestibular-neuritis-nmr"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Kalispell
            Ms. Z. Lindeman, 50, works the deli counter at the grocery; R vestibular neuritis in December; health anxiety, seeing our BH team.
            one-on-one — just us in the small gym, start to finish of the 97112
            we worked on — X1 viewing with head turns to a metronome, seated then standing on foam; walking the hallway with head turns; foam stance eyes closed
            because — R vestibular hypofunction: gaze instability and unsteady turning in the aisles
            numbers — DVA loss 4 lines → 2 lines; DGI 18/24
            time — 97112 · 18 min
            """,
            ["H81.21", "F41.1"], [PT("97112", 18)], []),

        // Clark Fork Hamilton orchardist after a L THA: walker → cane gait cued for a longer R step, ramp, curb and the gravel lane with distance and SBA/CGA; L Trendelenburg lurch and short R step; 21 matches: passes.
        ["vord-h94-clarkfork-hamilton-gait-after-tha"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Hamilton (Bitterroot)
            Mrs. P. Dunsmore, 71, keeps an apple orchard outside Corvallis; L THA 7 weeks ago; anxious since a fall in the orchard last spring.
            gait (97116 · 21 min) — front-wheeled walker → SPC; 3 x 150 ft in the hallway with the cane, SBA, cued for a longer R step; the ramp x 4; the gravel lane behind the clinic 100 ft, CGA
            because — L Trendelenburg lurch and a short R step with the L hip abductors weak
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 21)], []),

        // IRUH Iowa City engineering student with a bouncing-knee FND gait: "NMR — 97112, 17 min" and "Gait — 97116, 19 min" (both match), one-on-one the whole visit; rhythmic stabilisation, ball-toss shifts, target step-and-hold; metronome, backward walking and the Pentacrest loop with distance and SBA; knee bouncing and stops; 10MWT and FGA: passes.
        ["vord-h94-iruh-iowacity-nmr-and-gait"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Iowa City (main campus gym)
            Pt: Mr. A. Kirchner, 33, engineering grad student; functional gait disorder with a "bouncing" knee and sudden stops; anxiety.
            One-on-one the whole visit (my only patient).
            NMR — 97112, 17 min: rhythmic stabilization in standing; weight shifts with a ball toss; motor-control drills — step and hold on tape targets without looking down
            Gait — 97116, 19 min: walking to a metronome at 108 bpm; backward walking; outside to the Pentacrest and back, 0.4 mile, SBA
            Observed: the knee bounces and he stops short when he watches his legs; motor control normal with the ball toss and on the beat
            Measures: 10MWT 0.88 → 1.12 m/s; FGA 20/30
            """,
            ["F44.4", "R26.89", "F41.1"], [PT("97112", 17), PT("97116", 19)], []),

        // IRUH Coralville OT, pharmacist with a fixed L hand posture: counting pills with a spatula, capping vials, typing labels while chatting with counts; L hand dexterity and fixed flexed posture that releases with distraction; Box and Block and Jamar; 21 matches: passes.
        ["vord-h94-iruh-coralville-ot-pharmacy-tasks"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Occupational Therapy · Coralville outpatient
            Pt: Ms. D. Ahn, 41, retail pharmacist; functional L hand posture — fingers curled, thumb in — since a wrist sprain.
            Activities: counting tablets by fives with a spatula in the L hand while chatting, 12 trays; snapping caps onto vials, 30 vials; typing labels with both hands, 20 labels
            Deficit: L hand dexterity lost in a fixed flexed posture that releases when her attention is elsewhere
            Measures: Box and Block L 38 / R 61; grip (Jamar) L 14 kg / R 29 kg
            Time: 97530 — 21 min
            """,
            ["F44.4"], [OT("97530", 21)], []),

        // IRUH Cedar Rapids forklift driver deconditioned on top of functional R leg weakness: leg press to music, step-ups, bridges with loads and sets; R hip and knee extensor weakness, can't climb onto the forklift; chair stand and leg-press load; 18 matches: passes.
        ["vord-h94-iruh-cedarrapids-strengthening-97110"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Cedar Rapids clinic
            Pt: Mr. H. Voss, 46, forklift driver; functional R leg weakness, deconditioned after months on the couch.
            Strengthening: leg press 80 lb 3 x 10 with his playlist on (attention away); step-ups to an 8-in step 3 x 10 each; bridges 3 x 15
            Deficit: R hip and knee extensor weakness on top of the functional weakness; can't climb up onto the forklift
            Measures: 30-sec chair stand 8; leg press up from 50 lb to 80 lb
            Time: 97110 — 18 min
            """,
            ["F44.4", "M62.81"], [PT("97110", 18)], []),

        // MVRC Youngstown gas-station cashier with alcohol-related neuropathy: "97112 (19 min)" and "97110 (14 min)" (both match), "1:1 — I treated only her, both codes"; foam head turns, tandem, stepping strategy; heel raises, ball sit-to-stands, band side-steps with doses; somatosensory loss, calf and hip weakness; mCTSIB, Berg, heel raises: passes.
        ["vord-h94-mvrc-youngstown-nmr-and-ther-ex"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Youngstown (Market St)
            Recovery ctx: alcohol, 14 months; cashier at a gas station on Mahoning Ave; fell on the ice at the pumps.
            1:1 — I treated only her, both codes.
            97112 (19 min): foam stance eyes closed with head turns; tandem walking on the line; stepping strategy to pushes at the hips
            97110 (14 min): heel raises 3 x 15; sit-to-stand with a 10-lb ball 3 x 10; side-stepping with a band 3 x 20 ft
            O: mCTSIB foam eyes closed 9 sec; Berg 47/56; single-leg heel raises R 12 / L 14
            A: somatosensory loss in both feet with poor postural control; calf and hip weakness
            """,
            ["G62.1", "F10.21"], [PT("97112", 19), PT("97110", 14)], []),

        // MVRC Warren dog groomer: sandbag lifts into a tub-height box, kneeling tub work, overhead hose work with loads and counts; lumbar and hip weakness with back pain lifting dogs; 22 matches: passes.
        ["vord-h94-mvrc-warren-dog-groomer-97530"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Warren
            Recovery ctx: stimulants, 10 months; back at the grooming shop three days a week.
            TX: lifting a 40-lb sandbag ("the lab") from the floor into a 30-in tub mock-up 3 x 5; kneeling at the tub edge scrubbing, 3 rounds; holding the sprayer overhead with the R while steadying the bag with the L, 4 rounds
            O: 15 lifts into the tub with a hip hinge and no back pain (8 last week)
            A: lumbar extensor and hip weakness; back pain lifting the big dogs into the tub
            TIME: 97530 — 22 min
            """,
            ["M54.50", "F15.21"], [PT("97530", 22)], []),

        // MVRC Boardman PTA after a R TKA: quad sets, SAQ, step-ups, banded TKE with doses; R quad weakness and stiffness; flexion, extension and lag-free SLR; 21 matches: passes.
        ["vord-h94-mvrc-boardman-pta-ther-ex-after-tka"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Boardman
            PTA note — J. Petrakis, PTA (POC: M. Dunleavy, PT)
            Recovery ctx: alcohol, 6 months; R TKA in January.
            TX: quad sets with a 5-sec hold 2 x 10; SAQ 3 lb 3 x 12; step-ups to a 6-in step 3 x 10; TKE with a band 3 x 15
            O: R knee flexion 112°, extension lacks 3°; SLR without a lag x 10
            A: R quadriceps weakness and stiffness after the TKA
            TIME: 97110 — 21 min
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 21)], []),

        // IRUH North Liberty piano teacher: "NMR (97112) — 16 min" with "One-on-one for the NMR" and "Functional activities (97530) — 18 min" (both match); half-kneel rhythmic stabilisation, balloon-tap shifts, metronome taps; floor rises, box carries, studio stairs with counts and loads; L leg motor control and give-way on loaded stairs; FGA and TUG: passes.
        ["vord-h94-iruh-northliberty-nmr-and-functional-activities"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · North Liberty
            Pt: Ms. E. Solberg, 55, piano teacher; functional L arm and leg weakness after a minor car accident; anxiety.
            One-on-one for the NMR (my only patient in that block).
            NMR (97112) — 16 min: rhythmic stabilization in half-kneel; weight shifts onto the L while tapping a balloon; motor-control drills — L stance with R toe taps to a metronome
            Functional activities (97530) — 18 min: up from the floor 5 times; a 15-lb box of sheet music carried 4 x 40 ft; the 14 stairs to her studio with a bag, 3 trips
            Observed: motor control of the L leg breaks down when she watches it and it gives on the stairs with a load; steadier during the balloon taps
            Measures: FGA 18/30; TUG 11.2 sec
            """,
            ["F44.4", "F41.1"], [PT("97112", 16), PT("97530", 18)], []),

        // MVRC Warren nail tech: complete 97112 (one-on-one; BAPS, hop-and-stick, rocker board eyes closed; L ankle proprioception and peroneal reaction; SLS and Y-balance) sent with no diagnosis.
        ["vord-h94-mvrc-warren-complete-nmr-no-dx"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Warren
            Recovery ctx: on buprenorphine; 9 months; nail tech.
            1:1 — the only patient I treated during the 97112.
            TX: BAPS level 3 on the L; hop-and-stick onto foam; rocker board eyes closed
            O: SLS L eyes closed 7 sec / R 20 sec; Y-balance anterior L 59 cm / R 66 cm
            A: L ankle proprioception and peroneal reaction poor after repeated sprains
            TIME: 97112 — 18 min
            """,
            [], [PT("97112", 18)], [Dx]),

        // Clark Fork Bozeman Army veteran with patellofemoral pain: complete 97110 (split squats, step-downs, Spanish squat holds, ball curls with doses; R quad weakness with pain down stairs; pain-free step-downs and squat depth) with the ICD-9 PTSD code 309.81 as its only diagnosis: not well formed.
        ["vord-h94-clarkfork-bozeman-icd9-309-81"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Bozeman
            Mr. C. Halloran, 38, Army veteran; R knee pain on stairs and on the ladder stand; PTSD.
            exercise (97110 · 17 min) — split squats 3 x 8 each; step-downs from 8 in 3 x 10; Spanish squat holds 5 x 30 sec; hamstring curls on the ball 3 x 12
            because — R quadriceps weakness with patellofemoral pain going down stairs
            numbers — pain-free step-downs 6 of 10 → 10 of 10; single-leg squat depth R 45° → 60°
            """,
            ["309.81"], [PT("97110", 17)], [Dx]),

        // Generic two-code note with a shared total ("Ther ex and ther activities, 32 min total. Pt did well today."): no technique, deficit or measure for either code, no minutes for each.
        ["vord-h94-mvrc-youngstown-generic-two-codes-total"] = new(
            """
            MAHONING VALLEY RECOVERY CAMPUS — ON-SITE PT · Youngstown (Market St)
            Ther ex and ther activities, 32 min total. Pt did well today. Continue POC.
            """,
            ["M62.81"], [PT("97110", 16), PT("97530", 16)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // Clark Fork Kalispell PTA "gait (97116 · 28 min)" against a 16-min PTA line: mismatch; rollator to cane laps with distance and SBA, ramp and curb, R antalgic gait with a Trendelenburg lurch after a THA complete.
        ["vord-h94-clarkfork-kalispell-pta-gait-28-against-16"] = new(
            """
            Clark Fork Integrated Health · Physical Therapy · Kalispell
            PTA note — D. Rask, PTA (plan of care: S. Whitford, PT)
            Mrs. H. Velasquez, 76, retired teacher; R THA 6 weeks ago; afraid of falling since her husband died.
            gait (97116 · 28 min) — rollator → SPC, 3 x 150 ft, SBA, cued for a longer L step and heel strike; the ramp and the curb x 4
            because — R antalgic gait, short L step; R hip abductor weakness with a Trendelenburg lurch
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 16)], [At(Mismatch, "97116")]),

        // IRUH Cedar Rapids HVAC installer, "Time: 97530 — 31 min" against an 18-min line: mismatch; step-ladder climbs with a tool bag, crawlspace kneel-to-stand and condenser-box carries with counts and loads, L leg give-way and motor control, climb count complete.
        ["vord-h94-iruh-cedarrapids-ther-act-31-against-18"] = new(
            """
            IOWA RIVER UNIVERSITY HOSPITALS — Rehabilitation Therapies
            Functional Neurological Disorder Program · Physical Therapy · Cedar Rapids clinic
            Pt: Mr. S. Dvorak, 52, HVAC installer; functional L leg weakness.
            Activities: climbs on the clinic's 6-ft step ladder with a tool bag, 6 times; kneeling to standing out of a crawlspace mock-up, 8 times; carrying a 30-lb condenser box 4 x 40 ft
            Deficit: the L leg gives way on ladders and coming up from kneeling; L hip and knee motor control lost when he watches the leg
            Measures: 6 of 6 ladder climbs without a give-way
            Time: 97530 — 31 min
            """,
            ["F44.4"], [PT("97530", 18)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
