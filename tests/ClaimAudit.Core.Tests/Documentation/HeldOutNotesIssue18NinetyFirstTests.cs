using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The ninety-first held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of outpatient therapy for patients with sensory and communication impairments — Deaf
/// patients with ASL interpreters in person, by video (VRI on an iPad cart) and as a Certified Deaf Interpreter team,
/// a Deaf PTA who signs with her patients directly, hard-of-hearing patients after a cochlear implant or a vestibular
/// schwannoma, low vision and blindness (orientation by clock positions, drills shown by touch, braille and audio home
/// programmes, long canes and guide dogs), DeafBlind clients in Pro-Tactile ASL, tactile ASL, close-vision ASL and
/// print on palm with their support service providers, aphasia after stroke with supported communication (key words
/// on a whiteboard, yes/no by thumb, picture cards and demonstrations), AAC users (TD Snap with a keyguard, a
/// Lingraphica TouchTalk, an eye-gaze device, an alphabet board) and limited-English patients with phone interpreters
/// and teach-back — written the way those clinics write: the interpreter or the communication partner in the room, how
/// each instruction was given, who else sat in; about two thirds ordinary and complete (66 of 102), single- and
/// multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a PTA's code on one visit
/// and a PT's and an OT's code on one morning), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>an outpatient clinic with ASL-fluent staff ("Catoctin Rehab — Signing Clinic": Frederick — the Market Street
/// office — Walkersville, Brunswick and Urbana, Maryland) writing "Pt: age sex · Deaf …" headers, "Comm:" and "Instr:"
/// lines, en-dash bullets, dotted leaders between a code and its minutes and ●/○ radio rows for the interpreter, the
/// attendance and the NMR technique: a retired typesetter deafened by meningitis, a lab tech at Fort Detrick on VRI, a
/// shirt-factory retiree booked with another Deaf patient to share an interpreter, an HVAC installer with a new
/// cochlear implant, a mail handler treated by the Deaf PTA, an orchard packing-line worker off a picking ladder, a
/// framer who grew up signing LSM in Puebla (a CDI team), a Main Street baker with Waardenburg syndrome on a
/// vibrotactile belt, a rail-yard retiree with Parkinson's walking to a light metronome, a letter carrier at dusk, an
/// ASL teacher whose signing arm tires by third period, a MARC commuter after a schwannoma, a county roads retiree, an
/// auto-body tech, a postal clerk who walks the C&amp;O towpath with her Deaf club, a home day-care provider, a school
/// bus driver;</item>
/// <item>a low-vision and blindness agency's therapy department ("Falls City Vision Rehabilitation — Physical
/// Therapy": Louisville — the Frankfort Avenue centre — Shively and Fern Creek, Kentucky, and New Albany, Indiana)
/// writing "Client:" headers, "Orientation:" and "Instruction:" lines, plain-text [x] boxes a screen reader can read
/// and a bracketed "[97112 — 23 min]" tag after each section: a guide dog under the desk, an O&amp;M instructor sitting in,
/// a client sighted-guided from the lobby between another's sets, a Tuesday strength class, a piano tuner, a massage
/// therapist on Bardstown Road, a snack-bar vendor in the federal building, the TARC bus stop, haptic anchors, the
/// centre's "Firm Ground" programme, glaucoma precautions, a CTSIB whose eyes-open and eyes-closed trials are the
/// same;</item>
/// <item>a neuro rehab practice with a communication-access clinic ("Truckee Meadows Neuro Rehab — Communication-Access
/// Clinic": Reno — Kietzke Lane — Sparks, Carson City and Fernley, Nevada) writing "COMMUNICATION:", "DEFICIT:" and
/// "MEASURE:" in capitals, "NMR (97112, 22 min)" and "TIMED:" lines: a retired sheep rancher whose daughter helps with
/// yes/no, a Thursday "Aphasia &amp; Movement" group led by the PT and the SLP, a brainstem stroke on TD Snap, a man who
/// mimed his knee buckling and drew his porch steps, a cerebellar stroke typing "LEGS SHAKE ON BUS STEP", a Bioness H200,
/// a ZeroG track, a Dynavision board, a picture-sheet home programme, an adult with cerebral palsy on an eye-gaze
/// device;</item>
/// <item>a community health centre's rehab service ("St. Marys Community Health — Rehab Services": Fort Wayne — the
/// Calhoun Street clinic — Southtown and New Haven, Indiana) writing "Lang: · Interp: phone ID …" and "Teach-back:"
/// lines, › bullets, "97110 — 15 minutes" and ☑/☐ boxes, with phone interpreters in Hakha Chin, Falam Chin, Burmese,
/// Mon, Spanish and Swahili: a warehouse packer off the loading dock, a grandmother who wants to bow at the monastery on
/// full-moon days and rise from the family's floor mat, mustard greens in the church garden, a truck-seat line, a
/// forklift driver who asked for cupping, a Pilates reformer for a hotel housekeeper, a parcel-hub loader, a home
/// health aide, an upholstery sewer, clock times per code in the afternoon;</item>
/// <item>a DeafBlind therapy practice with a studio and home visits ("Tactile Bridge Therapy": Seattle — a Central
/// District studio — Shoreline, Burien and Kent, Washington) writing first-person prose with the minutes in its
/// sentences: Usher syndrome types 1 and 2, a support service provider waiting in the car or learning the programme, a
/// rope on the floor followed with the feet, an SSP's elbow leaving her hand at a doorway, X1 with a card held inside a
/// small central field, a vibrating wristband metronome, a braille transcriber's neck, a loom bag and a bus step.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h91-…): one-on-one in these writers' own words ("No other patient on my schedule for the neuro
/// re-ed; the interpreter was the only other person in the room", "Individual treatment — nobody else on my caseload in
/// this slot", "PTA and pt only, one-on-one for the whole neuro re-ed" with the PTA signing directly, "He was the only
/// client I treated during the neuro re-ed; nobody else in the room but Juno", "I treated no one else" with an O&amp;M
/// instructor sitting in, "Treated one-to-one — PT and Mr. A. only" with a daughter helping with yes/no, "She was treated
/// on her own for the entire NMR", "Seen one-to-one by the PT for the whole 97112" with a phone interpreter on speaker,
/// "The whole 97112 was one-on-one — just the two of us, hands on hands"), notes that negate it (two Deaf patients
/// booked together to share one interpreter, a client sighted-guided from the lobby between sets, an "Aphasia &amp;
/// Movement" group of four, another patient on the parallel bars) or never state it (a VRI interpreter on the cart for
/// the whole visit), and the code without a one-on-one check (only 97112 is the one-on-one code in the shipped
/// medicare profile): a 97110 in a Tuesday strength class for low-vision members;</item>
/// <item>class 2 (v2-h91-…): template states: "Attendance: ● 1:1 (PT + pt only)", a "● CDI team" interpreter row on a
/// 97530, a plain-text "Instruction mode: [x] verbal [x] touch demonstration … [x] braille HEP card" row, "Objective
/// (today): Berg ____ TUG ____ Five Times Sit-to-Stand ____" left blank with nothing else numbered, "Timed codes
/// billed: ✓ 97112 ✓ 97530 Total timed: 38 min", "Impairments targeted: per initial eval" with no deficit anywhere, a
/// phone-interpreter row with language and ID on a 97116, a teach-back box on a 97110, a "Communication mode: ☑
/// Pro-Tactile ASL" row beside "Attendance: ☑ individual (client and PT only)", a glaucoma precautions row on a 97140,
/// an "NMR technique:" radio row with nothing chosen and no technique anywhere else, "Attendance: ☐ 1:1 ☑ concurrent",
/// and a "HEP sent as: ✓ picture sheet ✓ video" row;</item>
/// <item>class 3 (v3-h91-…): named protocols, programmes and devices as techniques (a vibrotactile feedback belt, a
/// light metronome for a Deaf walker with Parkinson's, haptic anchors, a Bioness H200 during task practice, the ZeroG
/// ceiling track, a Pilates reformer, myofascial decompression with silicone cups, Herdman's X1 progression inside a
/// small central field, a vibrating wristband metronome), a centre's "Firm Ground" programme with no dose and a
/// Dynavision board with no deficit;</item>
/// <item>class 4 (v4-h91-…): deficits stated as findings in the patients' own terms and channels (signed, mimed, drawn
/// on a whiteboard, typed on a speech device, signed into the therapist's hands, told through a phone interpreter): a
/// letter carrier who can't see his feet at dusk and staggers turning to check for a car he can't hear, a signing arm
/// that tires by third period, a curb edge missed at the bus stop, forearm pressure that won't last a massage, a knee
/// mimed buckling on the porch steps, "LEGS SHAKE ON BUS STEP", a bow at the monastery and a floor mat, mustard greens
/// to weed, an SSP's elbow leaving her hand at a doorway; and notes that state none (a final visit with "No deficits
/// found; all goals met", a last session with "Nothing left to treat");</item>
/// <item>class 5 (v5-h91-…): measures in their usual forms (the Fukuda stepping test in degrees and metres and a timed
/// head-turn walk, TUG with the long cane and gait speed, a modified CTSIB on firm and foam only, the DGI and a
/// 10-metre walk, the Action Research Arm Test, a 30-second chair stand and Jamar grip in kg, fingertip-to-floor in cm
/// and SLR degrees, a hallway walk's seconds and wall touches) and notes with none ("she feels steadier washing her
/// hair in the shower", "walking to the mailbox … with more confidence", "His wife says he is doing more around the
/// house", "the neck feels looser", a home programme with no dose for the SSP to cue);</item>
/// <item>class 6 (v6-h91-…): minutes in their usual forms (dotted leaders, a bracketed tag after each section, "TIMED:
/// 97112 (21 min) · 97530 (17 min)", afternoon clock times per code, "We spent the first 20 minutes on … (97112)" and
/// "The next 16 minutes were … (97116)", a PT's and a PTA's code, a PT's and an OT's code, manual therapy in two bouts
/// "7 min at the start + 6 min at the end = 13 min") and true mismatches (NMR 32 against 20, a PTA's gait 25 against 14,
/// ther act 30 against 18) and truly missing separate time (38 minutes of NMR and gait training together, a manual
/// section with no minutes, "36 minutes in all" for two codes);</item>
/// <item>class 7 (v7-h91-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a snack-bar vendor's drink cases), 97530 (a home health aide's
/// transfers), 97140 (a cervical spine with the interpreter at the head of the table) and 97116 (a long cane and a
/// sighted guide after an ankle fracture), wholly generic 97112 and 97110 + 97140 notes and a generic letter to a
/// vocational rehabilitation counselor on a 97530;</item>
/// <item>ordinary (vord-h91-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (389.18), a generic two-code
/// note with a combined total, an OT's time that differs, a PTA's time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — interpreters in person, by
/// video and by phone, a CDI team, support service providers, an O&amp;M instructor, a guide dog, daughters, wives and
/// an SLP (none of them a patient; Mr. K. on the shared interpreter's circuit, the client sighted-guided to the next
/// mat, Mr. R. on the parallel bars, the members of the movement group and the strength class and the second patient
/// in the concurrent gym are), interpreter ID numbers, ages, clock positions for orientation, a syndrome's type, step
/// and box heights, loads in pounds, distances in feet and metres, percentages of body-weight support, angles, scale
/// scores, button hits and head-turn counts — and each is written so that a reviewer cannot take it for a code's
/// minutes; the notes failed for want of a measure carry no number but their code's and its minutes (no interpreter
/// ID, age, clock position or step height); no note gives minutes to an interpreter, a VRI connection, orientation to
/// the room, a rest, a test or a device.
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
/// documentation profile (evaluations, group sessions and orientation-and-mobility instruction stay in the notes,
/// never on a line).
/// This set also leaves out deafness, blindness, DeafBlindness, aphasia or a visual-field loss named as a 97112's only
/// deficit (every passing 97112 names a vestibular, somatosensory, proprioceptive, postural-control, ataxic or
/// motor-recruitment deficit), a visual acuity, a field in degrees, a hearing level in decibels, a communication or
/// comprehension rating, an interpreter's ID or an AAC device's message as a note's only number, an interpreter's,
/// SSP's or family member's account as a 97112's only measure, touch demonstration, hand-under-hand signing or
/// co-navigation as the only support for one-on-one, an interpreter arriving late, a VRI call dropping or time spent
/// orienting a blind patient to the room inside the billed minutes, a PT and an SLP co-treating one block, whether
/// interpreter time or an SSP's presence is billable (not the note's question), and whether long-cane and guide-dog
/// work belongs to a PT or an orientation-and-mobility specialist and whether a strength class belongs on 97150 (coding
/// questions, not the note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 95 of 102 cases agree (100 needed), and 3 of the 66 notes the reviewer passes got a finding, on the analyzer of b0456dd (the start of the 2026-12-06 fourteenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 100 of 102, no false positive — taps at the hips as perturbations, rope walking and stepping over the threshold as balance work, "Falls City" as a town. Left: "sways on head turns" read as gaze work done (v2-h91-catoctin-technique-radio-row-none-chosen); "Last session, neuro re-ed (97112) …" meaning the patient's final visit read as another visit's line (v4-h91-catoctin-nothing-left-to-treat).</para>
/// </summary>
public class HeldOutNotesIssue18NinetyFirstTests(ITestOutputHelper output)
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

        // Catoctin Walkersville retired typesetter deafened by meningitis, in-person ASL interpreter at the PT's shoulder: "No other patient on my schedule for the neuro re-ed; the interpreter was the only other person in the room"; foam stance with pushes, head-turn hallway walk to picture cards, X1 on foam; bilateral vestibular hypofunction with visual dependence; foam seconds and FGA; 22 matches: passes.
        ["v1-h91-catoctin-walkersville-interpreter-only-other-person"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Walkersville
            Pt: 61 M · Deaf since childhood meningitis, ASL his first language · retired typesetter at the Frederick paper
            Comm: ASL, in-person interpreter from the agency (T. Amsel), standing at my shoulder so he sees us both
            Instr: every drill explained in ASL before it starts — he can't watch the interpreter during head turns; two taps on the shoulder = stop and look up
            No other patient on my schedule for the neuro re-ed; the interpreter was the only other person in the room.
            Neuro re-ed (97112) ........................ 22 min
              – foam stance, feet together, eyes closed on my tap, my pushes at the pelvis
              – hallway walk turning his head to find the picture cards taped at shoulder height
              – gaze stabilization (X1), a letter on the wall, standing on foam
            Findings: bilateral vestibular hypofunction after the meningitis — leans on vision and falls toward the R on foam with eyes closed
            Measured: foam EC 4 s (1 s at eval) · FGA 16/30
            """,
            ["H83.2X3", "H90.3"], [PT("97112", 22)], []),

        // Catoctin Market St lab tech, VRI on the iPad cart, eyes-closed trials started by a tap: "Individual treatment — nobody else on my caseload in this slot, start to finish of the neuro re-ed"; Airex perturbations, BAPS and rocker board, hop to stick; R ankle proprioception and slow peroneal reaction; SLS and sticks; 20 matches: passes.
        ["v1-h91-catoctin-market-st-vri-cart-individual"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Frederick (Market St)
            Pt: 34 F · Deaf, ASL · lab tech at Fort Detrick
            Comm: VRI on the iPad cart (no in-person interpreter free this morning); screen turned toward her for every explanation; eyes-closed trials started by a tap on the knee
            Individual treatment — nobody else on my caseload in this slot, start to finish of the neuro re-ed.
            Neuro re-ed (97112) ........................ 20 min
              – SL stance on the Airex, R, with my perturbations at the hips
              – BAPS level 3, then the rocker board with eyes closed
              – lateral hop to stick onto foam
            Findings: R ankle proprioception and a slow peroneal reaction after the inversion sprain (stepped off the curb on the Carroll Creek path)
            Measured: SLS EC R 6 s / L 21 s · hop-stick 5 of 10
            """,
            ["S93.401D", "M25.371"], [PT("97112", 20)], []),

        // Catoctin Brunswick shirt-factory retiree "booked together with another Deaf pt (Mr. K., also on the vestibular plan) so one interpreter could cover both … I moved between the two of them": another patient in the block; foam head turns, rail tandem with a ball pass, stepping strategy; postural control with vestibular loss; Berg and tandem present: one-on-one missing.
        ["v1-h91-catoctin-brunswick-two-pts-one-interpreter"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Brunswick
            Booked together with another Deaf pt (Mr. K., also on the vestibular plan) so one interpreter could cover both; they worked the same circuit side by side and I moved between the two of them.
            Pt: 70 F · Deaf, ASL · retired from the shirt factory
            Comm: ASL, in-person interpreter (J. Whitcomb)
            Neuro re-ed (97112) ........................ 21 min
              – foam stance, turning her head to follow the interpreter's signs at her L and then her R
              – tandem walking along the wall rail with a ball pass
              – stepping-strategy drill, my push from behind after a tap on the arm
            Findings: postural control impaired with vestibular loss — sways and grabs the rail on head turns
            Measured: Berg 43/56 · tandem 5 s
            """,
            ["H81.93", "R26.81"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Catoctin Urbana HVAC installer with a new cochlear implant: "VRI interpreter on the cart for the whole visit" and nothing says the PT treated him alone; X1 yaw and pitch, mirror-wall head turns and cones, foam eyes closed; R vestibular hypofunction after the implant surgery; DVA and FGA present: one-on-one missing.
        ["v1-h91-catoctin-urbana-vri-whole-visit-never-stated"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Urbana
            Pt: 45 M · hard of hearing since childhood; R cochlear implant this spring; signs and speech-reads · HVAC installer
            Comm: VRI interpreter on the cart for the whole visit
            Neuro re-ed (97112) ........................ 23 min
              – gaze stabilization (X1), yaw then pitch, seated → standing
              – walking past the mirror wall with head turns, then stepping over cones
              – foam stance, eyes closed on the signal
            Findings: R vestibular hypofunction after the implant surgery — dizzy and veers on quick head turns, the way he does on a ladder
            Measured: DVA 4 lines lost · FGA 20/30
            """,
            ["H81.91", "Z96.21"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Catoctin Market St PTA visit, mail handler, the PTA Deaf and signing directly: "PTA and pt only, one-on-one for the whole neuro re-ed; nobody else on the PTA's book at that hour"; PNF D2 eyes closed, rhythmic stabilization, wobble-board push-up position; R shoulder proprioception and dynamic stability; JPE degrees and CKCUEST; 20 matches: passes.
        ["v1-h91-catoctin-deaf-pta-signs-directly"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Frederick (Market St) · PTA visit
            Pt: 52 M · Deaf, ASL · mail handler at the processing plant
            Comm: no interpreter needed — the PTA is Deaf and signed with him directly
            PTA and pt only, one-on-one for the whole neuro re-ed; nobody else on the PTA's book at that hour.
            Neuro re-ed (97112) ........................ 20 min
              – PNF D2 flexion and extension with manual resistance, then eyes closed
              – rhythmic stabilization at 90° of flexion, supine → standing
              – R hand on the wobble board in a push-up position, the PTA's perturbations
            Findings: R shoulder proprioception and dynamic stability impaired after the dislocation (slipped on the dock ramp at work)
            Measured: joint position error at 90° 9° (14° at eval) · CKCUEST 16 touches
            """,
            ["S43.004D"], [PTA("97112", 20)], []),

        // Falls City Frankfort Ave, no light perception and diabetic neuropathy, guide dog off harness under the desk: "He was the only client I treated during the neuro re-ed; nobody else in the room but Juno"; light-touch → no-touch foam stance with pushes, weight shifts to the limits, backward pulls; somatosensory loss with no vision; foam seconds and pulls; "[97112 — 23 min]" matches: passes.
        ["v1-h91-fallscity-frankfort-guide-dog-under-the-desk"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Frankfort Ave
            Client: Mr. L. Perkins, 66 · no light perception in either eye (diabetic retinopathy); diabetic neuropathy in both feet · guide dog Juno, off harness under the desk for the session
            Orientation on arrival: walked the room with him — door at 6 o'clock, mat table at 3, parallel bars along the 9 o'clock wall
            Instruction: verbal, and each drill shown first with his hands on my pelvis and knees
            He was the only client I treated during the neuro re-ed; nobody else in the room but Juno.
              - standing in the bars on foam, feet together, fingertip light touch on the bar → no touch, with my pushes at the pelvis
              - weight shifts to the edge of his stability, forward and back, my hand at the sternum as the cue
              - stepping-strategy drill: backward pulls at the gait belt after a spoken "ready"
            Deficit: somatosensory loss in both feet with no vision to make up for it — his postural control hangs on the handrail
            Measured: foam, feet together, no touch 7 s (0 s at eval) · 8 of 10 backward pulls recovered in one step
            [97112 — 23 min]
            """,
            ["E11.42", "H54.0X55"], [PT("97112", 23)], []),

        // Falls City Shively, macular degeneration: "Between her sets I sighted-guided another client from the lobby to the next mat and got him started on his sit-to-stands": attending someone else; Airex perturbations, wall tandem, reaching for a bell; postural control with central vision loss; Berg and tandem present: one-on-one missing.
        ["v1-h91-fallscity-shively-sighted-guide-another-client"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Shively
            Client: Ms. D. Greer, 74 · macular degeneration, both eyes — no central vision; uses her side vision and a support cane
            Between her sets I sighted-guided another client from the lobby to the next mat and got him started on his sit-to-stands.
            Instruction: verbal + touch demonstration; bold large-print cue card held at her L side
              - standing on the Airex, eyes on the red tape at the edge of her field, my perturbations at the hips
              - tandem walking along the wall with fingertip contact, then off the wall
              - reaching for the bell hung outside her base of support
            Deficit: postural control — slow hip strategy with the central vision gone; two falls stepping off the porch
            Measured: Berg 41/56 · tandem 4 s
            [97112 — 19 min]
            """,
            ["H35.3134", "R29.6"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // Falls City Fern Creek call-center worker with RP, his O&M instructor sitting in (staff, not a patient): "I treated no one else during the neuro re-ed"; foam path with the long cane and head turns to a voice, ramp with unannounced pushes, rocker-board SLS; vestibular and somatosensory use on uneven ground; FGA and SLS; 21 matches: passes.
        ["v1-h91-fallscity-fern-creek-om-instructor-sat-in"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Fern Creek
            Client: Mr. A. Stith, 29 · retinitis pigmentosa — tunnel vision, long-cane user · answers phones at the utility's call center
            His O&M instructor sat in to see how he handles the foam and the ramp; I treated no one else during the neuro re-ed.
            Instruction: verbal; each drill walked through once with my hand on his forearm
              - walking the foam path with the long cane, turning his head toward my voice at the L and the R
              - the ramp up and down with my unannounced pushes at the shoulders
              - single-leg stance on the rocker board, the cane held off the floor
            Deficit: vestibular and somatosensory use poor on uneven ground — he leans on the cane tip and lurches when it drops off an edge
            Measured: FGA 21/30 · rocker board SLS R 9 s / L 11 s
            [97112 — 21 min]
            """,
            ["H35.52"], [PT("97112", 21)], []),

        // Truckee Kietzke Ln retired sheep rancher with nonfluent aphasia, key words on the whiteboard and yes/no by thumb: "Treated one-to-one — PT and Mr. A. only for all of the NMR; his daughter sat in to help with yes/no"; tapping for R weight shifts, side-lying PNF pelvic patterns, cone reaches; R motor recruitment and postural control; Berg and stance seconds; 22 matches: passes.
        ["v1-h91-truckee-kietzke-daughter-helps-with-yes-no"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Reno (Kietzke Ln)
            Mr. J. Arrieta, 68 · L MCA stroke in January — R hemiparesis, nonfluent aphasia (sees our SLP Tue/Thu) · retired sheep rancher, now at his daughter's in Sparks
            COMMUNICATION: short phrases, one step at a time; key words on the whiteboard (SHIFT · REACH · STOP); yes/no by thumb; I model each drill before he tries it
            Treated one-to-one — PT and Mr. A. only for all of the NMR; his daughter sat in to help with yes/no.
            NMR (97112, 22 min):
             • weight shifts onto the R in standing, my tapping over the R glute med
             • PNF pelvic patterns in side-lying, anterior elevation / posterior depression, with approximation
             • reaching across midline for cones outside his base of support, R foot forward
            DEFICIT: R-sided motor recruitment and postural control — won't load the R leg; the trunk falls to the R when he reaches
            MEASURE: Berg 38/56 (31 at eval); stance on the R 3 s
            """,
            ["I69.351", "I69.320"], [PT("97112", 22)], []),

        // Truckee Sparks Thursday "Aphasia & Movement" group, four members with the PT and the SLP leading together: a group; foam beanbag naming, mirrored step-ups, tape-line tandem with a question; postural control and R lower-limb motor control; tandem and step-ups present: one-on-one missing.
        ["v1-h91-truckee-sparks-aphasia-and-movement-group"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Sparks
            Thursday "Aphasia & Movement" group: four members, the PT and the SLP leading together; talking practice at every station.
            Ms. R. Holm, 59 · L hemisphere stroke, anomic aphasia
            NMR (97112, 20 min):
             • standing on foam, passing a beanbag and naming the picture on it
             • step-ups to a 6-in. step, R leading, with mirror feedback
             • tandem walking on the tape line while answering a question
            DEFICIT: postural control and R lower-limb motor control after the stroke
            MEASURE: tandem stance 6 s; 8 of 10 step-ups without the rail
            """,
            ["I69.351", "I69.320"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Truckee Carson City brainstem stroke with anarthria, talking on TD Snap with a keyguard: "She was treated on her own for the entire NMR (97112, 21 min); no other patient in the gym with me"; heel-to-target stepping, quadruped rhythmic stabilization, tall-kneel catches; truncal and R lower-limb ataxia; SARA and targets; passes.
        ["v1-h91-truckee-carson-td-snap-on-her-own"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Carson City
            Ms. K. Ybarra, 37 · brainstem stroke last year — no speech (anarthria) and R-sided ataxia · talks with TD Snap on a tablet with a keyguard, a paper letter board as backup
            COMMUNICATION: she types, I wait; questions asked as yes/no or two choices; her device's "break" button honored
            She was treated on her own for the entire NMR (97112, 21 min); no other patient in the gym with me.
             • heel-to-target stepping onto floor spots I call out in random order
             • quadruped rocking with my rhythmic stabilization at the pelvis
             • tall-kneeling on the mat, catching a ball tossed from her L and R
            DEFICIT: truncal and R lower-limb ataxia — overshoots the floor targets; the trunk sways in kneeling
            MEASURE: SARA 14 (17 at eval); heel on target 14 of 20
            """,
            ["I69.393", "I69.322"], [PT("97112", 21)], []),

        // St. Marys Calhoun St warehouse packer, Hakha Chin phone interpreter on speaker: "Seen one-to-one by the PT for the whole 97112; no other patient treated in that time"; Airex perturbations, BAPS, step-down to foam; L ankle proprioception and slow peroneal response; SLS and sticks; "97112 — 22 minutes" matches: passes.
        ["v1-h91-stmarys-calhoun-chin-phone-interpreter-one-to-one"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · Calhoun St
            Pt: Mr. Lian Bawi, 57 · packer at a distribution warehouse · rolled the L ankle stepping off the loading dock
            Lang: Hakha Chin · Interp: phone (agency) ID 80412, on speaker the whole visit · Teach-back: done at the end
            Seen one-to-one by the PT for the whole 97112; no other patient treated in that time.
            › SL stance on the Airex with my perturbations
            › BAPS board, level 3
            › step down from a 6-in. step onto foam, stick and hold
            Deficit: L ankle proprioception impaired after the sprain; slow peroneal response
            Measured: SLS EC L 5 s / R 18 s · stuck 6 of 10 step-downs
            97112 — 22 minutes
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // St. Marys Southtown Burmese grandmother: "During this block I also had Mr. R. (another patient) on the parallel bars doing his sit-to-stands and checked him between her sets": another patient treated in the block; foam eyes closed, counter tandem, belt pulls; postural control with a slow stepping response; TUG and pulls present: one-on-one missing.
        ["v1-h91-stmarys-southtown-also-on-the-parallel-bars"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · Southtown
            Pt: Daw Than Myint, 69 · lives with her son's family; walks to the Burmese grocery on her own
            Lang: Burmese · Interp: phone ID 77156
            During this block I also had Mr. R. (another patient) on the parallel bars doing his sit-to-stands and checked him between her sets.
            97112 — 20 minutes
            › foam stance, feet together, eyes closed
            › tandem walking along the counter with head turns
            › stepping strategy: my pulls at the gait belt, forward and back
            Deficit: postural control impaired — slow stepping response; two falls on the way to the grocery
            Measured: TUG 15.2 s · 6 of 10 pulls recovered with one step
            """,
            ["R29.6", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Tactile Bridge Central District studio, Usher type 1 in Pro-Tactile ASL, her SSP waiting in the car: "The whole 97112 was one-on-one — just the two of us, hands on hands, and I saw no one else"; fingertip-contact → no-contact stance on a folded mat, a rope followed with the feet, step-and-turn to tap signals; absent vestibular function with narrowing vision; stance seconds and steps off the rope; "We spent 22 minutes on … (97112)" matches: passes.
        ["v1-h91-tactilebridge-pro-tactile-hands-on-hands"] = new(
            """
            TACTILE BRIDGE THERAPY · Seattle — Central District studio
            Client: Ms. N. Oduya, 42 · DeafBlind, Usher syndrome type 1 — Deaf from birth, tunnel vision from RP, no working vestibular function
            Communication: Pro-Tactile ASL, her hands on mine, my taps on her knee for "yes, go on"; her SSP drove her and waited in the car.
            The whole 97112 was one-on-one — just the two of us, hands on hands, and I saw no one else.
            We spent 22 minutes on neuromuscular re-education (97112): standing on the folded mat with her feet together and her fingertips resting on my forearm, then fingertips off; walking a rope laid on the floor that she followed with her feet; step-and-turn to my tap signals on her shoulder.
            Deficit: absent vestibular function with narrowing vision — she stands on touch through the feet and hands and sways hard when the contact goes
            Measured: feet together on the mat, no touch, 6 s (2 s in March); 1 step off the rope in the length of the studio
            """,
            ["H35.52", "H90.3", "H81.8X3"], [PT("97112", 22)], []),

        // Falls City New Albany Tuesday strength class for low-vision members, five clients and one PT: 97110 has no one-on-one check; chair rises, cuff-weight abduction, heel raises, banded marching with doses; hip and calf weakness with a stairs goal; 18 matches: passes.
        ["v1-h91-fallscity-new-albany-tuesday-strength-class-97110"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · New Albany, IN
            Tuesday strength class for low-vision members — five clients, one PT; each exercise described in words and shown by touch before the first set.
            Client: Ms. P. Wade, 71 · glaucoma, little usable vision · lives alone over the hardware store
              - sit-to-stand from the chair, no hands, 3 x 8
              - standing hip abduction at the counter, 2-lb cuffs, 3 x 10 each
              - heel raises at the counter 3 x 12
              - seated marching against the band 2 x 15
            Why: hip and calf weakness, slow to rise from a chair; goal — the stairs up to her apartment without stopping on the landing
            [97110 — 18 min]
            """,
            ["H40.1133", "M62.81"], [PT("97110", 18)], []),

        // ---------------------------------------------------------------- class 2: checkbox, radio-row and template states

        // Catoctin Walkersville orchard packing-line worker, "Interpreter: ● in person (ASL)" and "Attendance: ● 1:1 (PT + pt only) ○ concurrent ○ group"; rocker board eyes closed, hurdles onto the Airex, star reaches; R ankle proprioception and postural control after an ORIF; SLS and SEBT; 21 matches: passes.
        ["v2-h91-catoctin-attendance-radio-one-to-one"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Walkersville
            Interpreter:  ● in person (ASL)   ○ VRI   ○ CDI team   ○ pt declined
            Attendance:   ● 1:1 (PT + pt only)   ○ concurrent   ○ group
            Pt: 64 F · Deaf, ASL · packing line at an orchard outside Thurmont; fell from a picking ladder
            Neuro re-ed (97112) ........................ 21 min
              – SL stance on the rocker board, eyes closed on my tap
              – stepping over hurdles onto the Airex, landing on the R
              – star reaches on the R to a cone at each point
            Findings: R ankle proprioceptive deficit and poor postural control on the R after the ankle ORIF
            Measured: SLS EC R 5 s / L 19 s · SEBT anterior R 63 cm / L 71 cm
            """,
            ["S82.51XD"], [PT("97112", 21)], []),

        // Catoctin Market St framer who grew up signing LSM in Puebla, "● CDI team (Deaf interpreter + hearing interpreter)" on a 97530: stud-bundle carries, plywood raises to the rack, overhead mallet strikes with loads and counts; L cuff weakness overhead after a repair with a framing goal; 24 matches: passes.
        ["v2-h91-catoctin-cdi-team-box-97530"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Frederick (Market St)
            Interpreter:  ○ in person (ASL)   ○ VRI   ● CDI team (Deaf interpreter + hearing interpreter)   ○ pt declined
            Attendance:   ● 1:1 (PT + pt only)   ○ concurrent   ○ group
            Pt: 38 M · Deaf, grew up signing LSM in Puebla; ASL still new — the CDI bridged the two · framer on a house crew
            97530 ther act ............................. 24 min
              – carrying a bundle of studs, 30 lb, across the gym, x 6
              – raising a sheet of plywood (20 lb) from the floor against the wall rack, 2 x 6
              – overhead strikes with a rubber mallet on the ceiling-joist mock-up, 3 rounds of 20
            Findings: L shoulder weakness and pain overhead after the rotator cuff repair; goal — back on the crew framing walls
            """,
            ["M75.122"], [PT("97530", 24)], []),

        // Falls City Frankfort Ave piano tuner, plain-text "Instruction mode: [x] verbal [x] touch demonstration [ ] large print [x] braille HEP card [x] audio HEP"; wall slides, ER, prone Y/T, rows with doses; R cuff and lower-trap weakness bent over a grand piano; 16 matches: passes.
        ["v2-h91-fallscity-instruction-mode-row-97110"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Frankfort Ave
            Instruction mode:  [x] verbal   [x] touch demonstration   [ ] large print   [x] braille HEP card   [x] audio HEP sent to his phone
            Client: Mr. W. Haddix, 58 · blind since his twenties (glaucoma) · tunes pianos for the churches and the schools
            Ther ex (97110):
              - wall slides with a foam roller 2 x 12
              - side-lying ER with 3 lb 3 x 12
              - prone Y and T raises on the bench 2 x 10 each
              - rows with the green band 3 x 15
            Why: R rotator cuff and lower-trap weakness — the shoulder aches after a morning bent over a grand piano, reaching into the action
            [97110 — 16 min]
            """,
            ["M75.41", "H54.8"], [PT("97110", 16)], []),

        // Falls City Shively, "He was the only client I treated during the neuro re-ed"; foam pushes, hose step-overs found with the cane, stepping on a spoken cue; somatosensory loss with poor postural control — "Objective (today): Berg ____ TUG ____ Five Times Sit-to-Stand ____" left blank and no number but the code's: measure missing.
        ["v2-h91-fallscity-objective-row-blank-97112"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Shively
            Client: Mr. C. Embry · diabetic retinopathy, both eyes; lives with his sister
            He was the only client I treated during the neuro re-ed.
              - standing on foam in the corner, feet together, my pushes at the pelvis
              - stepping over a garden hose on the floor, found with the cane tip
              - backward and sideways stepping on my spoken cue
            Deficit: somatosensory loss in both feet with poor postural control; catches his toe on thresholds
            Objective (today):  Berg ____   TUG ____   Five Times Sit-to-Stand ____
            [97112 — 19 min]
            """,
            ["E11.42", "H54.3"], [PT("97112", 19)], [At(Measure, "97112")]),

        // Truckee Kietzke Ln "Timed codes billed: ✓ 97112 ✓ 97530 Total timed: 38 min" — two timed codes and only a total: separate time missing; both sections complete (one-to-one; tapping, PNF, foam cone turns; cupboard, pot and tub tasks with counts; R motor recruitment and postural control; Berg and tub steps).
        ["v2-h91-truckee-timed-codes-ticked-total-only"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Reno (Kietzke Ln)
            Ms. F. Delgado, 63 · L MCA stroke — R hemiparesis, mild aphasia; reads the whiteboard cues well
            Timed codes billed:  ✓ 97112   ✓ 97530        Total timed: 38 min
            Attendance: one-to-one, PT and Ms. D. only
            NMR: weight shifts onto the R with my tapping at the R quad; PNF pelvic patterns in side-lying; standing on foam turning to the cones
            Ther act: reaching into the low cupboard and lifting a pot to the stove, x 8; stepping into and out of the tub mock-up with a grab bar, x 6
            DEFICIT: R-sided motor recruitment and postural control; the R knee buckles when she carries a pot
            MEASURE: Berg 42/56; 6 of 6 tub steps with the grab bar only
            """,
            ["I69.351", "I69.320"], [PT("97112", 23), PT("97530", 15)], [SepTime]),

        // Truckee Fernley "Impairments targeted: per initial eval" and no deficit, system or impairment anywhere; one-on-one stated; half-kneel PNF chops, foam perturbations, hurdle side-steps; Berg and hurdle count: deficit missing.
        ["v2-h91-truckee-impairments-per-initial-eval"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Fernley
            Mr. D. Soto · COMMUNICATION: written key words, yes/no cards, a demonstration before each drill
            Impairments targeted: per initial eval
            Seen individually — PT and Mr. S. only for the whole NMR (97112, 20 min).
             • PNF trunk chops and lifts in half-kneeling with my resistance
             • standing on foam with my perturbations at the pelvis, eyes open → closed
             • side-stepping over hurdles to a target on the wall
            MEASURE: Berg 44/56 (39 at eval); 7 of 10 hurdle passes without touching
            """,
            ["I69.351"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // St. Marys New Haven, "Interpreter: ☑ phone ☐ video ☐ in person Language: Mon ID: 52208 ☐ family interpreting (offered; she wanted the agency)" on a 97116: walker to cane, curb and stairs with distance, CGA and SBA; Trendelenburg after a hip fracture; 18 matches: passes.
        ["v2-h91-stmarys-interpreter-row-97116"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · New Haven
            Interpreter:  ☑ phone   ☐ video   ☐ in person     Language: Mon     ID: 52208     ☐ family interpreting (offered; she wanted the agency)
            Pt: Mi Sanda, 66 · R hip fracture in October, pinned — slipped on wet leaves by the apartment steps
            97116 — 18 minutes
            › walker → single-point cane, 4 x 100 ft in the hall, CGA → SBA on the last two
            › the curb cut and the curb outside, x 4, CGA
            › stairs, step-to, rail and cane, 8 steps
            Gait: Trendelenburg on the R with a short L step; she won't load the R through midstance
            """,
            ["S72.001D", "R26.89"], [PT("97116", 18)], []),

        // St. Marys Calhoun St truck-seat line worker, Falam Chin phone interpreter, "Teach-back: ☑ pt showed the HEP back correctly ☐ needs review next visit"; press-ups, bird dog, bridges, dowel hinge with doses; low back pain with trunk and hip extensor weakness and a full-shift goal; 15 matches: passes.
        ["v2-h91-stmarys-teach-back-box-97110"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · Calhoun St
            Pt: Mr. Salai Thang, 48 · builds truck seats on the line at a plant on the south side
            Lang: Falam Chin · Interp: phone ID 61930
            Teach-back:  ☑ pt showed the HEP back correctly   ☐ needs review next visit
            97110 — 15 minutes
            › prone press-ups 2 x 10
            › bird dog 3 x 8 each side
            › bridges 3 x 12
            › hip hinge with a dowel 2 x 10
            For: low back pain with weak trunk and hip extensors; goal — a full shift on the seat line without stopping to stretch
            """,
            ["M54.50"], [PT("97110", 15)], []),

        // Tactile Bridge Shoreline home visit, "Communication mode: ☑ Pro-Tactile ASL …" and "Attendance: ☑ individual (client and PT only) ☐ co-treat"; counter hand-off stance with perturbations, broom-handle step-overs found with the feet, turns to taps; postural control with no vision and neuropathic feet; stance seconds and turns; 20 matches: passes.
        ["v2-h91-tactilebridge-communication-mode-row"] = new(
            """
            TACTILE BRIDGE THERAPY · Shoreline (home visit)
            Communication mode:  ☑ Pro-Tactile ASL   ☐ tactile ASL, hand-over-hand   ☐ print on palm   ☐ close-vision ASL
            Attendance:  ☑ individual (client and PT only)   ☐ co-treat
            Client: Mr. E. Halvorsen, 71 · DeafBlind — Deaf from birth, and glaucoma took the rest of his sight in his sixties; neuropathy in both feet
            97112, 20 minutes: feet together on the kitchen mat with his hand on the counter → hand off, my perturbations at the hips; stepping over a broom handle on the floor that he finds with his feet; turning in place to my taps on his back.
            Deficit: postural control — no vision, and little feeling in his feet; he falls backward when he turns at the sink
            Measured: feet together, hand off, 9 s; 5 of 6 turns without a grab
            """,
            ["H90.3", "H54.3", "G62.9"], [PT("97112", 20)], []),

        // Falls City New Albany "Precautions: [x] glaucoma — no head-down or inverted positions [x] fall risk [ ] retinal detachment history" above a complete 97140: seated thoracic rotation mobilization by grade, upper-rib springing, side-lying STM; mid-thoracic hypomobility with guarding; rotation degrees before and after; 12 matches: passes.
        ["v2-h91-fallscity-glaucoma-precautions-box-97140"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · New Albany, IN
            Precautions:  [x] glaucoma — no head-down or inverted positions   [x] fall risk   [ ] retinal detachment history
            Client: Ms. R. Trueblood, 77 · glaucoma, both eyes · stiff upper back; can't turn to find the kitchen chair behind her
            Manual therapy (97140), in sitting and side-lying only:
              - thoracic rotation mobilization in sitting with a belt, grade III, 3 x 30 s each way
              - upper-rib springing on the R
              - STM to the thoracic paraspinals in side-lying
            Findings: mid-thoracic hypomobility with paraspinal guarding
            Measured: seated thoracic rotation R 28° → 36°, L 30° → 37°
            [97140 — 12 min]
            """,
            ["M54.6", "H40.1133"], [PT("97140", 12)], []),

        // Catoctin Urbana "NMR technique: ○ PNF ○ perturbation ○ gaze / vestibular ○ foam / unstable surface ○ other ______" with nothing chosen and no technique anywhere else; 1:1 box chosen; bilateral vestibular hypofunction; FGA and DVA: technique missing.
        ["v2-h91-catoctin-technique-radio-row-none-chosen"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Urbana
            Interpreter:  ● in person (ASL)   ○ VRI   ○ CDI team   ○ pt declined
            Attendance:   ● 1:1 (PT + pt only)   ○ concurrent   ○ group
            NMR technique:  ○ PNF   ○ perturbation   ○ gaze / vestibular   ○ foam / unstable surface   ○ other ______
            Neuro re-ed (97112) ........................ 18 min
            Findings: bilateral vestibular hypofunction — widens his base and sways on head turns
            Measured: FGA 18/30 · DVA 5 lines lost
            """,
            ["H83.2X3"], [PT("97112", 18)], [At(Tech, "97112")]),

        // St. Marys Southtown Spanish-speaking retiree, "Attendance: ☐ 1:1 ☑ concurrent (2 pts in the gym, one PT)": not one-on-one; foam head turns eyes closed, tape tandem with a ball, pushes at the shoulders; postural control with neuropathic feet; mCTSIB and tandem present: one-on-one missing.
        ["v2-h91-stmarys-concurrent-box-ticked"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · Southtown
            Attendance:  ☐ 1:1   ☑ concurrent (2 pts in the gym, one PT)
            Pt: Sra. Elvia Carrasco, 72 · retired from a school kitchen
            Lang: Spanish · Interp: phone ID 33817
            97112 — 19 minutes
            › foam stance with head turns, eyes open → closed
            › tandem walking on the tape with a ball pass
            › stepping strategy, my pushes at the shoulders
            Deficit: postural control, with somatosensory loss in both feet from the neuropathy
            Measured: mCTSIB foam EC 8 s · tandem 6 s
            """,
            ["G62.9", "R26.81"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // Truckee Sparks "HEP sent as: ✓ picture sheet (one exercise per page) ✓ video on his phone — written only" on a 97110: sit-to-stands, cuff-weight knee extension, counter abduction and heel raises with doses; R hip and quadriceps weakness, can't rise from the couch; 17 matches: passes.
        ["v2-h91-truckee-hep-format-row-97110"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Sparks
            HEP sent as:  ✓ picture sheet (one exercise per page)   ✓ video on his phone   — written only
            Mr. P. Nakamura, 74 · L hemisphere stroke — R hemiparesis, global aphasia improving; understands demonstration best
            Ther ex (97110, 17 min):
             • sit-to-stand from a raised mat 3 x 8
             • R knee extension with a 2-lb cuff 3 x 10
             • standing hip abduction at the counter, R, 3 x 10
             • heel raises at the counter 3 x 12
            DEFICIT: R hip and quadriceps weakness; can't rise from the couch without pushing with both hands
            """,
            ["I69.351", "I69.320"], [PT("97110", 17)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Catoctin Walkersville bakery owner with Waardenburg syndrome, a vibrotactile feedback belt as the cue during trials: "Just her and me for the neuro re-ed — no other patient; the interpreter sat by the mirror"; belt-on foam stance, hallway head turns, tandem belt on → off; bilateral vestibular hypofunction; belt-on/off seconds; 22 matches: passes.
        ["v3-h91-catoctin-vibrotactile-belt-97112"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Walkersville
            Pt: 57 F · Deaf since birth (Waardenburg syndrome), ASL · owns the bakery on Main Street
            Comm: ASL, in-person interpreter (R. Dillard); each drill signed before the trial, and during it the belt's buzz is the cue
            Just her and me for the neuro re-ed — no other patient; the interpreter sat by the mirror.
            Neuro re-ed (97112) ........................ 22 min
              – vibrotactile feedback belt (buzzes on the side she tilts toward): foam stance, feet together, eyes closed
              – same belt, walking the hallway with head turns
              – tandem stance on the firm floor, belt on → belt off
            Findings: bilateral vestibular hypofunction — loses the vertical without vision and sways past the belt's threshold
            Measured: foam EC, belt on 18 s / belt off 6 s · tandem EC 9 s
            """,
            ["H90.3", "H81.8X3"], [PT("97112", 22)], []),

        // Catoctin Brunswick rail-yard retiree with Parkinson's who can't use an auditory metronome: gait training toward a flashing light metronome, step-length tape lines and cone turns with distance and CGA; shuffling with festination and doorway freezing; 10MWT and step length; 19 matches: passes.
        ["v3-h91-catoctin-light-metronome-97116"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Brunswick
            Pt: 76 M · Deaf, ASL · retired car man from the Brunswick rail yard · Parkinson's
            Comm: ASL, in-person interpreter; an auditory metronome is no use to him, so the cue was a light metronome flashing the beat on a stand at the end of the hall
            97116 gait training ........................ 19 min
              – walking toward the light metronome, one step per flash, 6 x 60 ft
              – stepping over tape lines spaced at his goal step length, 4 passes
              – turning around a cone on the flash count, no walker, CGA
            Gait: shuffling with reduced step length and festination; freezes in doorways
            Measured: 10MWT 0.71 m/s (0.58 at eval); step length 41 cm
            """,
            ["G20.A1"], [PT("97116", 19)], []),

        // Falls City Fern Creek macular degeneration, haptic anchors (a weighted string in each hand resting on the floor): "I treated no other client during the neuro re-ed — her daughter waited in the lobby"; anchors on foam and over a foam beam, then perturbations without; postural control with central vision loss; with/without anchors seconds and Berg; 20 matches: passes.
        ["v3-h91-fallscity-haptic-anchors-97112"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Fern Creek
            Client: Ms. J. Coomer, 81 · macular degeneration, both eyes; lives at her daughter's
            I treated no other client during the neuro re-ed — her daughter waited in the lobby.
              - haptic anchors: a weighted string in each hand resting on the floor, held just taut while she stood on foam, feet together
              - the same anchors while stepping forward and back over a foam beam
              - anchors put down: foam stance with my light perturbations
            Deficit: postural control with the central vision gone — she leans back and sways when there is nothing to touch
            Measured: foam, feet together: with anchors 22 s, without 8 s · Berg 45/56
            [97112 — 20 min]
            """,
            ["H35.3134", "R26.81"], [PT("97112", 20)], []),

        // Truckee Kietzke Ln OT, aphasia with good comprehension of gesture, a Bioness H200 on the forearm during task practice: cans into the pantry bin, wringing a washcloth, folding towels with counts; R hand weakness with slow grasp-release; cans released without a drop; 23 matches: passes.
        ["v3-h91-truckee-ot-bioness-h200-97530"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Reno (Kietzke Ln) · OT
            Ms. A. Whitsett, 55 · L MCA stroke — R hand weakness; aphasia, understands gesture well
            Bioness H200 on the R forearm (stimulation for grasp and release) during the task practice
            97530 (OT, 23 min):
             • picking up cans and releasing them into the pantry bin, 20 cans
             • wringing a washcloth at the sink, x 6
             • folding hand towels, 10
            DEFICIT: R hand weakness with slow grasp-release after the stroke; can't hold a cup steady
            MEASURE: 20 of 20 cans released without a drop (12 of 20 last week)
            """,
            ["I69.331", "I69.320"], [OT("97530", 23)], []),

        // Truckee Carson City dysarthric Lingraphica user, gait training on the ZeroG ceiling track with body-weight support: level floor, stairs and ramp with distance and mod A → min A; L hemiparetic gait with hip hiking and no knee flexion; 19 matches: passes.
        ["v3-h91-truckee-zerog-track-97116"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Carson City
            Mr. R. Lujan, 61 · R hemisphere stroke — L hemiparesis; dysarthria, uses a Lingraphica device for longer messages
            Gait training (97116, 19 min) on the ZeroG ceiling track, 30% body-weight support:
             • level floor 4 x 80 ft, cued L heel strike and knee flexion in swing
             • stairs on the track, step-through, 8 steps
             • ramp up and down x 4, support down to 20% on the last two
            Gait: L hemiparetic — hip hiking, no knee flexion in swing, short R step; mod A → min A on the floor
            """,
            ["I69.354", "I69.322"], [PT("97116", 19)], []),

        // Truckee Fernley, Dynavision D2 board on the Airex, side step before each hit, half-kneel catches on foam; "Seen individually — PT and Mr. V. only"; hits and hold measured — no deficit, impairment or system named anywhere: deficit missing.
        ["v3-h91-truckee-dynavision-no-deficit"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Fernley
            Mr. T. Vance · COMMUNICATION: written key words, yes/no cards
            Seen individually — PT and Mr. V. only — for the whole NMR (97112, 19 min).
             • Dynavision D2 board, standing on the Airex: hit each button as it lights, mode A
             • the same, with a side step before each hit
             • half-kneeling on foam, catching the ball from my L and R
            MEASURE: 61 hits in mode A (44 last week); half-kneel held 30 s without a hand down
            """,
            ["I69.398"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // St. Marys Calhoun St hotel housekeeper, Spanish phone interpreter, 97110 on the Pilates reformer: footwork, bridging, side-lying footwork, kneeling arm work with springs and doses; trunk and hip extensor weakness with low back and SI pain and a mattress goal; 16 matches: passes.
        ["v3-h91-stmarys-pilates-reformer-97110"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · Calhoun St
            Pt: Sra. Y. Paredes, 44 · housekeeper at a downtown hotel · low back and L SI pain since lifting a mattress
            Lang: Spanish · Interp: phone ID 20947 · Teach-back done
            97110 — 16 minutes, on the Pilates reformer:
            › footwork on 2 red springs, 3 x 10
            › bridging with the feet on the footbar, 3 x 8
            › side-lying footwork, 2 x 10 each side
            › kneeling arm work facing the straps, 2 x 10
            For: trunk and hip extensor weakness with low back and L SI pain; goal — turning mattresses through a shift
            """,
            ["M54.50", "M46.1"], [PT("97110", 16)], []),

        // St. Marys New Haven forklift driver who asked for cupping, explained through the Hakha Chin interpreter with consent: myofascial decompression with silicone cups, upper-thoracic PAs by grade, suboccipital release; R upper-trap and levator guarding with hypomobility; rotation degrees; 12 matches: passes.
        ["v3-h91-stmarys-cupping-myofascial-decompression-97140"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · New Haven
            Pt: Mr. Ngun Hlei, 39 · forklift driver · R upper back and neck pain, worse turning to reverse the forklift
            Lang: Hakha Chin · Interp: phone ID 80455
            He asked about cupping (done at home in Myanmar); explained through the interpreter, consent given.
            97140 — 12 minutes
            › myofascial decompression with silicone cups along the R upper trap and rhomboids, gliding and static
            › upper-thoracic central PAs, grade III
            › suboccipital release
            Findings: R upper-trap and levator guarding with upper-thoracic hypomobility
            Measured: cervical rotation R 52° → 64°
            """,
            ["M54.2", "M62.830"], [PT("97140", 12)], []),

        // Tactile Bridge Burien home visit, Usher type 1 with a small central field, close-vision ASL then tactile: "I was his only client for the session, one-on-one the whole 97112"; Herdman X1 progression with a card inside his central field, walking head turns, eyes-closed stance; bilateral vestibular loss with oscillopsia; head-turn counts and seconds; "We spent 21 minutes on it, all billed as 97112" matches: passes.
        ["v3-h91-tactilebridge-x1-inside-the-central-field"] = new(
            """
            TACTILE BRIDGE THERAPY · Burien (home visit)
            Client: Mr. J. Amaral, 33 · DeafBlind, Usher syndrome type 1 — Deaf, RP with a small central field left, both vestibular organs out
            Communication: close-vision ASL inside his central field, then tactile for the eyes-closed work; his SSP sat on the couch.
            I was his only client for the session, one-on-one the whole 97112.
            X1 gaze stabilization (Herdman progression) with a thick black X on a white card held inside his remaining central field: seated → standing → standing on a pillow; then walking toward the card with head turns; then feet together on the carpet with eyes closed, my hand at his back as the only contact.
            Deficit: bilateral vestibular loss with oscillopsia — the card "jumps" with head turns; he falls back in the dark
            Measured: X1 seated, the card held steady through 30 head turns; on the pillow 12 head turns before it blurred; eyes closed on the carpet 5 s
            We spent 21 minutes on it, all billed as 97112.
            """,
            ["H81.8X3", "H35.52", "H90.3"], [PT("97112", 21)], []),

        // Tactile Bridge Kent home visit after a hip replacement, tactile ASL: gait training to a vibrating wristband metronome, hallway with the walker, sidewalk with the long cane and sighted guide to the mailbox, porch steps, with distance and CGA; slow wide-based gait with a Trendelenburg lurch; 17 matches: passes.
        ["v3-h91-tactilebridge-wristband-metronome-97116"] = new(
            """
            TACTILE BRIDGE THERAPY · Kent (home visit)
            Client: Ms. L. Fa'alogo, 68 · DeafBlind — Deaf, and glaucoma took most of her sight · L hip replacement in the summer
            Communication: tactile ASL; her daughter, who signs, was home and made tea.
            Gait training (97116), 17 minutes, with a vibrating wristband metronome (Soundbrenner) set a little faster than her own pace — one step per buzz: up and down the hallway with the walker, 4 x 40 ft; then with her long cane and my elbow (sighted guide) out to the mailbox and back, 2 x 150 ft, CGA; the porch steps with the rail, up and down x 3.
            Gait: slow and wide-based, with a short R step and a Trendelenburg lurch on the L
            """,
            ["Z96.642", "Z47.1", "H54.3"], [PT("97116", 17)], []),

        // Falls City Frankfort Ave, the clinic's "Firm Ground" low-vision strength and falls programme, second level: chair rises, heel and toe raises, counter side-steps, ankle-weight knee extension, mini-squats for hip and ankle weakness — no sets, reps, load or number but the code's: measure missing.
        ["v3-h91-fallscity-firm-ground-no-dose"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Frankfort Ave
            Client: Mr. O. Beams · glaucoma, both eyes; cane user
            "Firm Ground" programme (our low-vision strength and falls programme), second level:
              - sit-to-stands from the chair without hands; heel raises and toe raises at the counter; side-stepping along the counter; knee extension with the ankle weights; mini-squats at the counter
            Why: hip and ankle weakness in both legs; slow to rise and unsteady on turning
            [97110 — 16 min]
            """,
            ["H40.1133", "M62.81"], [PT("97110", 16)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Catoctin Market St letter carrier, signed through the interpreter: at dusk he can't see his feet on the brick sidewalks, and turning fast to check for a car he can't hear, he staggers — the findings; "One-on-one for the whole neuro re-ed — the two of us and the interpreter, no other patient"; dim-light mat walking with head turns, foam eyes closed, walking gaze work; bilateral vestibular hypofunction; foam seconds and head-turn walk; 23 matches: passes.
        ["v4-h91-catoctin-cant-see-his-feet-at-dusk"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Frederick (Market St)
            Pt: 49 M · Deaf, ASL · letter carrier, a walking route downtown
            Comm: ASL, in-person interpreter (K. Osei)
            What brings him in (signed): late on the route, at dusk, he can't see his feet and loses his footing on the brick sidewalks; he can't hear a car coming up behind him, so he turns his head fast to check — and staggers every time.
            One-on-one for the whole neuro re-ed — the two of us and the interpreter, no other patient.
            Neuro re-ed (97112) ........................ 23 min
              – walking the uneven mat with the lights dimmed, a quick look over each shoulder on my tap
              – foam stance, feet together, eyes closed
              – gaze stabilization with head turns, walking
            Findings: bilateral vestibular hypofunction — depends on vision to stay upright, and vision fails him in low light
            Measured: foam EC 3 s (0 s at eval) · 10 m walk with head turns 9.8 s, 1 side-step
            """,
            ["H81.8X3", "H90.3"], [PT("97112", 23)], []),

        // Catoctin Market St ASL teacher at the school for the Deaf: her R arm tires by third period, signing high for the back row and fingerspelling at shoulder height burn, she drops the hand to her lap between sentences — the findings; ER, scaption, serratus punches, prone Y with doses; R cuff and serratus weakness; 15 matches: passes.
        ["v4-h91-catoctin-signing-arm-tires-by-third-period"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Frederick (Market St)
            Pt: 41 F · Deaf, ASL · teaches ASL and history at the school for the Deaf
            Comm: ASL, in-person interpreter (R. Dillard)
            What's hard (signed): her R arm tires by third period; signing up high for the back row and fingerspelling at shoulder height burn in the R shoulder, and she drops the hand to her lap between sentences
            97110 ther ex .............................. 15 min
              – side-lying ER with 2 lb 3 x 12
              – scaption to 90° with 2 lb 3 x 10
              – serratus punches on the band 3 x 15
              – prone Y raises 2 x 10
            Findings: R rotator cuff and serratus weakness, with poor endurance at shoulder height
            """,
            ["M75.81"], [PT("97110", 15)], []),

        // Falls City Shively RP long-cane user after a pinned hip: he misses the curb edge at the TARC bus stop — the cane finds it but the R foot doesn't clear — and drags that toe on the grocery ramp — the findings; long-cane gait with cues, mock bus-stop curb and the ramp with distance, SBA and CGA; R toe drag and short stance; "[97116 — 18 min]" matches: passes.
        ["v4-h91-fallscity-misses-the-curb-at-the-bus-stop-97116"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Shively
            Client: Mr. T. Sowder, 63 · retinitis pigmentosa, long cane · R hip fracture in the fall, pinned; back to his cane
            What he tells me: he misses the curb edge at the TARC bus stop — the cane finds it, but the R foot doesn't clear and catches — and he drags that toe on the ramp at the grocery
            Gait training (97116):
              - level clinic floor with the long cane, cued for R hip and knee flexion in swing, 4 x 150 ft, SBA
              - curb up and down at the mock bus stop, 10 times, CGA → SBA
              - the ramp outside, 3 laps
            Gait deviation: R toe drag with poor hip flexion in swing; short R stance after the hip fracture
            [97116 — 18 min]
            """,
            ["S72.001D", "H35.52"], [PT("97116", 18)], []),

        // Falls City Frankfort Ave massage therapist blind from birth: he can't keep steady forearm pressure through an hour-long massage, the outside of the R elbow burns by his third client, he's turning clients away — the findings; eccentrics, hammer rotation, putty, rows with doses; R lateral epicondylalgia with extensor weakness; 15 matches: passes.
        ["v4-h91-fallscity-massage-therapist-forearm-97110"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Frankfort Ave
            Client: Mr. B. Yocum, 44 · blind from birth (retinopathy of prematurity) · massage therapist at a day spa on Bardstown Road
            What's hard: he can't keep steady forearm pressure through an hour-long massage — the outside of the R elbow burns by his third client, and he has started turning clients away
            Ther ex (97110):
              - wrist extensor eccentrics with a 2-lb dumbbell 3 x 15
              - forearm rotation holding a hammer 3 x 12
              - grip with the putty 3 x 20
              - rows with the band 3 x 15
            Why: R lateral epicondylalgia with wrist extensor weakness
            [97110 — 15 min]
            """,
            ["M77.11", "H54.8"], [PT("97110", 15)], []),

        // Truckee Kietzke Ln severe nonfluent aphasia: he pointed at the R knee and mimed it buckling, drew the porch steps on the whiteboard and put an X on the top one — the finding; porch-step step-ups, grocery-bag stair trips, porch-chair rises with counts and CGA; R quad weakness with buckling on stairs; 24 matches: passes.
        ["v4-h91-truckee-mimed-the-knee-buckling-97530"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Reno (Kietzke Ln)
            Mr. H. Begaye, 70 · L MCA stroke — R hemiparesis, severe nonfluent aphasia
            What he showed me: pointed at the R knee and mimed it buckling, then drew the porch steps on the whiteboard and put an X on the top one
            Ther act (97530, 24 min):
             • step-ups onto a porch-height step with the rail, R leading, 3 x 6
             • carrying a grocery bag (5 lb) up and down the practice stairs, 4 trips, CGA
             • sit-to-stand from the porch-chair mock-up, 2 x 8
            DEFICIT: R quadriceps weakness with the knee buckling in stance on stairs
            """,
            ["I69.351", "I69.320"], [PT("97530", 24)], []),

        // Truckee Sparks cerebellar stroke, what he typed on his Lingraphica TouchTalk: "LEGS SHAKE ON BUS STEP. SCARED TO FALL IN FRONT OF PEOPLE." — the finding; "One-on-one, PT and Mr. P. only, through the whole NMR"; bus-height step descents to a count, foam weight shifts to targets, alternate stool taps; lower-limb ataxia with dysmetria and poor postural control; SARA and descents; 20 matches: passes.
        ["v4-h91-truckee-typed-legs-shake-on-the-bus-step"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Sparks
            Mr. D. Pruett, 52 · cerebellar stroke — ataxia and severe dysarthria; does most of his talking on a Lingraphica TouchTalk
            What he typed: "LEGS SHAKE ON BUS STEP. SCARED TO FALL IN FRONT OF PEOPLE."
            One-on-one, PT and Mr. P. only, through the whole NMR (97112, 20 min); he typed, I waited.
             • stepping up onto and down from a bus-height step with no rail, slow, then to my count
             • weight shifts on foam to targets taped at hip height, slow and controlled
             • alternate foot taps onto a low stool to a slow count
            DEFICIT: bilateral lower-limb ataxia with dysmetria and poor postural control after the cerebellar stroke
            MEASURE: SARA 13 (gait 4, stance 3); 9 of 10 bus-step descents without grabbing
            """,
            ["I69.393", "I69.322"], [PT("97112", 20)], []),

        // St. Marys Southtown Burmese grandmother after a TKA, through the interpreter: she wants to kneel and bow at the monastery on full-moon days and to sit down on and rise from the floor mat where the family eats — the findings; tall-kneel to heel-sitting on a pad, floor transfers to a cushion, a tray of bowls lowered to the mat with counts; L knee flexion stiffness and quad weakness; 23 matches: passes.
        ["v4-h91-stmarys-monastery-and-the-floor-mat-97530"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · Southtown
            Pt: Daw Khin Saw, 71 · L TKA in the spring
            Lang: Burmese · Interp: phone ID 77190
            What she wants back (through the interpreter): to kneel and bow at the monastery on full-moon days, and to sit down on and get up from the floor mat where the family eats
            97530 — 23 minutes
            › tall-kneel → sitting back on the heels on a thick pad, R knee down first, 2 x 5
            › floor transfer to a cushion on the mat and back to standing with one hand on a chair, x 6
            › carrying a tray of bowls from the counter to the mat and lowering it, x 5
            Limitation: L knee flexion stiffness and quadriceps weakness after the replacement — can't kneel or rise from the floor
            """,
            ["Z96.652", "Z47.1"], [PT("97530", 23)], []),

        // St. Marys New Haven gardener, through the Hakha Chin interpreter: he can't squat between the rows of mustard greens to weed, and can't get back up without grabbing the fence — the findings; box squats, split-stance lunges, knee extension, step-ups with doses; bilateral quad weakness with knee OA; 16 matches: passes.
        ["v4-h91-stmarys-mustard-greens-at-the-church-garden-97110"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · New Haven
            Pt: Mr. Thang Hmung, 63 · grows mustard greens and chilies in the community garden behind the church
            Lang: Hakha Chin · Interp: phone ID 80477
            What's hard (through the interpreter): he can't squat down between the rows to weed — the knees won't go — and he can't get back up without grabbing the fence
            97110 — 16 minutes
            › box squats to a low stool 3 x 10
            › split-stance lunges at the rail 2 x 8 each
            › seated knee extension with 5 lb 3 x 12
            › step-ups to a 6-in. step 3 x 10
            For: bilateral quadriceps weakness with knee OA; goal — squat and weed a whole row
            """,
            ["M17.0"], [PT("97110", 16)], []),

        // Tactile Bridge Central District, Usher type 2 in tactile ASL, signed into the PT's hands: when her SSP's elbow slides out of her hand at a doorway her balance goes, and twice she went down on the bus platform — the findings; "The 97112 was one-on-one, me and her"; elbow contact broken without warning, doorframe steps, foam with and without a fingertip; postural control without vision; trials and seconds; "Neuromuscular re-education, 22 minutes" matches: passes.
        ["v4-h91-tactilebridge-when-the-elbow-leaves-her-hand"] = new(
            """
            TACTILE BRIDGE THERAPY · Seattle — Central District studio
            Client: Ms. T. Wilder, 58 · DeafBlind (Usher syndrome type 2 — hard of hearing since childhood, now no usable vision) · tactile ASL and her hearing aids
            What she signed into my hands: at a doorway, when her SSP's elbow slides out of her hand so he can open the door, her balance goes — she stops dead and sways — and twice she has gone down on the bus platform when the guide's arm moved.
            Communication: tactile ASL; her SSP stayed and helped me set up the doorway.
            The 97112 was one-on-one, me and her; I treated no one else.
            Neuromuscular re-education, 22 minutes: standing with her hand on my elbow, then my elbow slipping away without warning — recover and stand still; stepping through the doorframe with the contact broken mid-step; foam pad, feet together, first a fingertip on the wall, then none.
            Deficit: postural control without vision — she relies on touch from a guide and can't re-weight to her feet and her vestibular sense when the contact goes
            Measured: stood still after the contact broke in 8 of 10 trials (3 of 10 in May); foam, feet together, no touch 7 s
            """,
            ["H35.52", "H90.3", "R26.81"], [PT("97112", 22)], []),

        // St. Marys Calhoun St final visit: SLS, Y-balance and TUG re-tested, "No deficits found; all goals met"; one-on-one; foam hops, BAPS, rocker-board catches — no deficit targeted: deficit missing.
        ["v4-h91-stmarys-final-visit-no-deficits-found"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · Calhoun St
            Pt: Mr. Van Lal, 45 · Lang: Hakha Chin · Interp: phone ID 80433
            Re-test today: SLS EC 28 s each side; Y-balance symmetrical; TUG 7.9 s. No deficits found; all goals met.
            Final visit — 97112 — 18 minutes, one-on-one, PT and pt only:
            › hop to stick on foam, forward and sideways
            › BAPS, level 4
            › SL stance on the rocker board with ball catches
            Plan: discharge with the HEP.
            """,
            ["S93.402D"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Catoctin Urbana last session on VRI: FGA, foam and DVA re-checked, "Nothing left to treat — discharged today"; 1:1 with no other patient; foam head turns, hallway stops and pivots, walking X1 — no deficit targeted: deficit missing.
        ["v4-h91-catoctin-nothing-left-to-treat"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Urbana
            Pt: 55 F · ASL
            Comm: VRI on the cart
            Re-check: FGA 29/30; foam EC 30 s; DVA 1 line. Nothing left to treat — discharged today.
            Last session, neuro re-ed (97112) ........ 17 min, 1:1 with me, no other patient:
              – foam stance with head turns
              – hallway walk with quick stops and pivots
              – gaze stabilization (X1), walking
            """,
            ["H81.93"], [PT("97112", 17)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Catoctin Brunswick MARC commuter deaf in the L ear since a vestibular schwannoma was removed, spoken English and captions, no interpreter wanted: "One-on-one, PT and pt only, for all of the neuro re-ed"; X1 on foam, head-turn hallway walk carrying a bag, eyes-closed marching to her voice; L vestibular hypofunction; Fukuda degrees and metres and a timed head-turn walk; 22 matches: passes.
        ["v5-h91-catoctin-fukuda-and-head-turn-walk"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Brunswick
            Pt: 47 F · deaf in the L ear since the vestibular schwannoma was removed last year; hears on the R, learning ASL · commutes on the MARC train
            Comm: spoken English facing her, captions on the tablet for the longer explanations; no interpreter wanted
            One-on-one, PT and pt only, for all of the neuro re-ed.
            Neuro re-ed (97112) ........................ 22 min
              – gaze stabilization (X1), yaw, standing on foam
              – walking the hallway with head turns, then carrying a bag on the L like her work bag on the train platform
              – marching in place with eyes closed, correcting to my voice on her R
            Findings: L vestibular hypofunction after the schwannoma surgery — veers L and sways on head turns
            Measured: Fukuda stepping test 55° turn to the L and 1 m forward (70° at eval); 10 m walk with head turns 10.4 s
            """,
            ["H81.92", "H90.42"], [PT("97112", 22)], []),

        // Falls City Frankfort Ave, glaucoma with light perception only, after a TKA: TUG with the long cane and gait speed in m/s beside two-point-touch cane gait, carpet and tile and the entrance curb with distance, SBA and CGA; stiff-knee gait and a drifting cane tip; 19 matches: passes.
        ["v5-h91-fallscity-tug-with-the-long-cane-97116"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Frankfort Ave
            Client: Ms. V. Carrithers, 69 · glaucoma — light perception only · R TKA in October; back on her long cane
            Tested today: TUG with the long cane 13.6 s (19.9 s at eval); gait speed over 10 m 0.82 m/s
            Gait training (97116):
              - level floor with the long cane, two-point touch, cued R heel strike and knee extension at midstance, 4 x 150 ft
              - the carpeted hall to the elevator and back, then the tile lobby, 2 x 200 ft, SBA
              - the curb at the front entrance, 6 times, CGA
            Gait deviation: stiff R knee with a short R stance; the cane tip drifts L as she favors the knee
            [97116 — 19 min]
            """,
            ["Z96.651", "Z47.1", "H40.1133"], [PT("97116", 19)], []),

        // Falls City Fern Creek, blind after a chemical splash and neuropathic from chemo: "He was the only client I treated during the neuro re-ed"; foam with pushes, heel-to-toe along a taped rope, reaching to a voice; somatosensory loss with no vision, one system left; a modified CTSIB with its eyes-open and eyes-closed trials the same for him, firm and foam seconds; 21 matches: passes.
        ["v5-h91-fallscity-ctsib-firm-and-foam-only"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Fern Creek
            Client: Mr. G. Hurst, 58 · blind since a chemical splash at work · neuropathy in both feet from chemotherapy
            He was the only client I treated during the neuro re-ed.
              - standing on foam, feet apart → together, my pushes at the pelvis
              - walking heel-to-toe along a rope taped to the floor, feeling it through his socks
              - reaching toward my voice at the edge of his stability, L and R
            Deficit: somatosensory loss in both feet with no vision — one system left (vestibular), and he falls when it is challenged
            Measured (modified CTSIB; the eyes-open and eyes-closed trials are the same for him): firm 30 s, foam 11 s (4 s at eval)
            [97112 — 21 min]
            """,
            ["G62.0", "H54.0X55"], [PT("97112", 21)], []),

        // Truckee Kietzke Ln nonfluent aphasia with tests taught by picture card and a demonstration lap: DGI and 10-meter walk speed beside quad-cane gait, obstacles and the curb with distance and CGA; R hemiparetic circumduction and toe catch; 18 matches: passes.
        ["v5-h91-truckee-dgi-and-ten-meter-walk-97116"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Reno (Kietzke Ln)
            Ms. E. Lovato, 64 · L MCA stroke — R hemiparesis, nonfluent aphasia
            HOW I INSTRUCTED: a picture card for each test, one demonstration walk with her beside me, and "go" and "stop" on a paddle
            MEASURE: DGI 15/24 (11 at eval); 10-meter walk 0.52 m/s with the quad cane
            Gait training (97116, 18 min):
             • quad cane on the level floor, 4 x 100 ft, cued R hip and knee flexion in swing (a picture cue taped to the cane)
             • obstacles — stepping over a shoe and around a chair, 6 passes, CGA
             • the sidewalk and the curb outside, x 2
            Gait: R hemiparetic — circumduction and a toe catch, short L step
            """,
            ["I69.351", "I69.320"], [PT("97116", 18)], []),

        // Truckee Sparks OT, aphasia understood with gesture: table setting, jars and the milk jug, copying his name and address on an envelope with counts; R upper-limb weakness and grasp control; the Action Research Arm Test score; 22 matches: passes.
        ["v5-h91-truckee-ot-action-research-arm-test-97530"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Sparks · OT
            Mr. S. Echeverria, 66 · L hemisphere stroke — R arm weakness; aphasia, understands short spoken phrases with gesture
            97530 (OT, 22 min):
             • setting the table — plates, cups and silverware from the cupboard with the R hand, 2 place settings x 3
             • opening jars and the milk jug, x 6
             • copying his name and address onto an envelope, x 2
            DEFICIT: R upper-limb weakness and poor grasp control after the stroke
            MEASURE: Action Research Arm Test R 31/57 (22/57 at eval)
            """,
            ["I69.331", "I69.320"], [OT("97530", 22)], []),

        // St. Marys Southtown Spanish-speaking grandmother after a hospital stay: 30-second chair stand count and Jamar grip in kg beside chair rises, heel raises, band hip work and putty with doses; leg and hand weakness with a toilet-transfer goal; 15 matches: passes.
        ["v5-h91-stmarys-chair-stand-and-grip-kg-97110"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · Southtown
            Pt: Sra. L. Ibarra, 78 · lives with her daughter
            Lang: Spanish · Interp: phone ID 20981
            Measured: 30-second chair stand 7 (5 at eval); grip (Jamar) R 14 kg / L 13 kg
            97110 — 15 minutes
            › sit-to-stand from a standard chair 3 x 8
            › heel raises at the counter 3 x 12
            › standing hip abduction and extension with the band 2 x 12 each
            › squeezing the putty 3 x 20
            For: weakness in the legs and hands after the hospital stay (pneumonia); goal — up from the toilet without pulling on the towel bar
            """,
            ["M62.81", "Z87.01"], [PT("97110", 15)], []),

        // St. Marys Calhoun St parcel-hub loader, Swahili phone interpreter: lumbar PAs and rotation mobilization by grade, STM; lower-lumbar hypomobility with QL guarding; fingertip-to-floor cm before and after and SLR degrees; 11 matches: passes.
        ["v5-h91-stmarys-fingertip-to-floor-cm-97140"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · Calhoun St
            Pt: Mr. J.-P. Mugisha, 36 · night-shift loader at the parcel hub
            Lang: Swahili · Interp: phone ID 58304
            97140 — 11 minutes
            › L4-5 and L5-S1 central PAs, grade III-IV
            › lumbar rotation mobilization in L side-lying, grade III
            › STM to the lumbar paraspinals and the R QL
            Findings: lower-lumbar hypomobility with R QL guarding; bending to the parcels hurts at the belt line
            Measured: fingertip-to-floor 31 cm → 22 cm after; SLR R 60° / L 70°
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // Tactile Bridge Shoreline home visit, DeafBlind late in life, print on palm and a marker held close, his wife in the kitchen doorway: "One-on-one for the whole 97112 — me and Mr. S., no other client"; rail trailing → none, rug-edge step-overs, counter stance with taps; postural control without the rail; hallway walk seconds and wall touches; "Neuromuscular re-education, 20 minutes" matches: passes.
        ["v5-h91-tactilebridge-hallway-walk-and-wall-touches"] = new(
            """
            TACTILE BRIDGE THERAPY · Shoreline (home visit)
            Client: Mr. A. Sorensen, 80 · DeafBlind late in life — his hearing went with age, his sight with macular degeneration · print on palm and a thick marker on a whiteboard held close
            Communication: print on palm and the marker; his wife sat in the kitchen doorway.
            One-on-one for the whole 97112 — me and Mr. S., no other client.
            Neuromuscular re-education, 20 minutes: walking the hallway with one hand trailing the rail, then without, turning at the end; stepping over the rug edge found with his feet; feet together at the counter, hand off, my taps at the hips.
            Deficit: postural control — sways and side-steps when his hand leaves the rail; slow to step when pushed
            Measured: hallway without the rail, 10 m in 14 s with 2 touches to the wall (5 touches in June); feet together, hand off, 11 s
            """,
            ["H35.3134", "H91.93", "R26.81"], [PT("97112", 20)], []),

        // Catoctin Brunswick, "One-on-one, PT and pt only"; foam eyes closed on a tap, walking gaze work, rail tandem with head turns; bilateral vestibular hypofunction — "she feels steadier washing her hair in the shower with her eyes shut; I agree she looked steadier on the foam", no number but the code's: measure missing.
        ["v5-h91-catoctin-steadier-in-the-shower"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Brunswick
            Comm: ASL, in-person interpreter
            One-on-one, PT and pt only, for the neuro re-ed.
            Neuro re-ed (97112) ........................ 20 min
              – foam stance, feet together, eyes closed on my tap
              – gaze stabilization with head turns, walking
              – tandem walking along the rail with head turns
            Findings: bilateral vestibular hypofunction — sways and reaches for the wall when she closes her eyes
            Progress (signed, through the interpreter): she feels steadier washing her hair in the shower with her eyes shut; I agree she looked steadier on the foam.
            """,
            ["H81.8X3"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Falls City Shively macular degeneration after a hip replacement: cane gait cued for step length and trunk, hall turns, ramp and curb; short step with a Trendelenburg lurch — "she's walking to the mailbox at the end of the lane with more confidence and stopping less", no distance, assistance level or number but the code's: measure missing.
        ["v5-h91-fallscity-more-confident-to-the-mailbox-97116"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Shively
            Client: Ms. E. Conley · macular degeneration · L hip replacement this fall
            Gait training (97116): walking with the cane in the R hand, cued for a longer L step and an upright trunk; turning at the end of the hall; the ramp and the front curb
            Gait deviation: short R step with a L Trendelenburg lurch after the hip replacement
            She says she's walking to the mailbox at the end of the lane with more confidence and stopping less.
            [97116 — 17 min]
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 17)], [At(Measure, "97116")]),

        // Truckee Carson City, yes/no by thumb: coffee-making standing at the counter, mug carried with the cane, dishwasher with the R hand assisting; R arm and leg weakness with poor standing tolerance — "His wife says he is doing more around the house", no count, distance, assistance level or number at all: measure missing.
        ["v5-h91-truckee-wife-says-he-does-more-97530"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Carson City
            Mr. N. Goicoechea · R hemiparesis and aphasia; answers yes/no by thumb
            Ther act (97530): making coffee at the kitchen counter, standing the whole time; carrying the mug to the table with the cane; loading the dishwasher with the R hand assisting
            DEFICIT: R arm and leg weakness with poor standing tolerance at the counter
            His wife says he is doing more around the house and standing longer at the counter.
            """,
            ["I69.351", "I69.320"], [PT("97530", 21)], [At(Measure, "97530")]),

        // St. Marys New Haven upholstery sewer, Burmese phone interpreter with no ID written: cervical lateral glides, suboccipital release, STM; cervical hypomobility with upper-trap guarding — "the neck feels looser and she can turn it more easily", no grade, degree or number but the code's: measure missing.
        ["v5-h91-stmarys-neck-feels-looser-97140"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · New Haven
            Pt: Ms. Mya Mya Win · sews at an upholstery shop
            Lang: Burmese · Interp: phone
            97140 — 12 minutes
            › cervical lateral glides, both sides
            › suboccipital release
            › STM to the upper traps and the levator scapulae
            Findings: upper- and mid-cervical hypomobility with upper-trap guarding from long hours bent over the machine
            Through the interpreter: the neck feels looser and she can turn it more easily.
            """,
            ["M54.2"], [PT("97140", 12)], [At(Measure, "97140")]),

        // Tactile Bridge Burien home visit, tactile ASL, the SSP learning the programme: chair rises, counter heel raises and side-steps, bed bridges, ankle-weight knee extension for hip and knee weakness — no sets, reps, load or number but the code's: measure missing.
        ["v5-h91-tactilebridge-hep-with-no-dose-97110"] = new(
            """
            TACTILE BRIDGE THERAPY · Burien (home visit)
            Client: Mr. D. Nakashima · DeafBlind, tactile ASL
            Communication: tactile ASL; his SSP stayed to learn the programme with us.
            Therapeutic exercise (97110), 16 minutes: sit-to-stands from the kitchen chair; heel raises holding the counter; side-stepping along the counter; bridges on the bed; knee extension in sitting with the ankle weights.
            For: weakness in both hips and knees since his hospital stay; goal — up from the low couch and out to the bus with the SSP
            Plan: the SSP will cue the programme on the days between visits.
            """,
            ["M62.81"], [PT("97110", 16)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Catoctin Walkersville roads-crew retiree, dotted leaders "Neuro re-ed (97112) …… 22 min (1:1 — PT and pt only, no other patient)" and "Ther ex (97110) …… 15 min" (both match); foam pushes, belt pulls, head turns to the interpreter's signs; chair rises, heel raises, band side-steps with doses; postural control with a slow stepping strategy, hip and ankle weakness; Berg and pulls: passes.
        ["v6-h91-catoctin-dotted-leaders-two-codes"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Walkersville
            Pt: 68 M · Deaf, ASL · retired from the county roads crew
            Comm: ASL, in-person interpreter (T. Amsel)
            Neuro re-ed (97112) ........................ 22 min   (1:1 — PT and pt only, no other patient)
            Ther ex (97110) ............................ 15 min
            NMR: foam stance with my pushes; stepping strategy, backward pulls at the belt; walking with head turns to the interpreter's signs
            TE: sit-to-stand 3 x 10; heel raises 3 x 15; side-stepping with the band 3 x 10 each way
            Findings: postural control impaired with a slow stepping strategy; hip and ankle weakness
            Measured: Berg 44/56 · 7 of 10 backward pulls recovered in one step
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 15)], []),

        // Falls City Frankfort Ave, legally blind with neuropathy, a bracketed tag after each section — "[97112 — 23 min]" and "[97116 — 14 min]" (both match), one-on-one in the NMR line; fingertip-touch foam, cane step-overs, belt pulls; long-cane gait and the mock bus-stop curb with distance and CGA; somatosensory loss, toe catch; foam seconds and pulls: passes.
        ["v6-h91-fallscity-bracket-tag-per-section"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Frankfort Ave
            Client: Mr. K. Abernathy, 74 · diabetic retinopathy, legally blind; neuropathy in both feet · fell at the bus stop in March
            Neuro re-ed, one-on-one with me (no other client): foam stance with fingertip touch → none; stepping over the cane laid on the floor; backward pulls at the belt   [97112 — 23 min]
            Gait training: long cane, two-point touch, 4 x 150 ft, cued to lift the toes and land heel first; the curb at the mock bus stop x 8, CGA   [97116 — 14 min]
            Deficit: somatosensory loss in both feet with poor postural control; toe catch and a flat-foot landing
            Measured: foam, no touch, 6 s; 7 of 10 pulls recovered
            """,
            ["E11.42", "H54.8"], [PT("97112", 23), PT("97116", 14)], []),

        // Truckee Kietzke Ln nonfluent aphasia, "TIMED: 97112 (21 min) · 97530 (17 min)" (both match), one-to-one in the NMR line; foam tapping, standing PNF, cone reaches; shower-step and laundry-basket tasks with counts; R motor recruitment and postural control; Berg and shower steps: passes.
        ["v6-h91-truckee-timed-line-in-parentheses"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Reno (Kietzke Ln)
            Ms. M. Etchemendy, 57 · L MCA stroke — R hemiparesis, nonfluent aphasia; reads single key words well
            TIMED: 97112 (21 min) · 97530 (17 min)
            NMR, one-to-one (PT and Ms. E. only): weight shifts onto the R on foam with my tapping at the R quad; PNF pelvic patterns in standing; reaching to cones outside her base
            Ther act: stepping into and out of the shower mock-up with the grab bar, x 6; carrying a light laundry basket from the bed to the dresser, x 4
            DEFICIT: R-sided motor recruitment and postural control; can't carry the basket without the knee buckling
            MEASURE: Berg 40/56; 6 of 6 shower steps with the grab bar
            """,
            ["I69.351", "I69.320"], [PT("97112", 21), PT("97530", 17)], []),

        // St. Marys Calhoun St hotel housekeeper, Falam Chin phone interpreter, clock times per code — "97110 ther ex 2:40–2:55 pm" (15) and "97140 manual 2:55–3:07 pm" (12), both match; chin tucks, rows, prone T's, wall angels with doses; PAs by grade and suboccipital release; cervical-thoracic hypomobility and weakness; rotation degrees: passes.
        ["v6-h91-stmarys-pm-clock-times-per-code"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · Calhoun St
            Pt: Ms. Ngun Tial, 50 · housekeeper at a hotel by the interstate
            Lang: Falam Chin · Interp: phone ID 61977
            97110 ther ex 2:40–2:55 pm: chin tucks 3 x 10; rows with the band 3 x 15; prone T's 2 x 10; wall angels 2 x 10
            97140 manual 2:55–3:07 pm: C5-6 and C6-7 PAs, grade III; upper-thoracic PAs; suboccipital release
            Findings: lower-cervical and upper-thoracic hypomobility; deep neck flexor and scapular weakness; the neck aches making beds
            Measured: rotation R 54° → 63°
            """,
            ["M54.2"], [PT("97110", 15), PT("97140", 12)], []),

        // Tactile Bridge Kent home visit in tactile ASL, prose minutes — "We spent the first 20 minutes on neuromuscular re-education (97112), one-on-one, no one else treated" and "The next 16 minutes were walking practice (97116)" (both match); counter stance with taps, towel step-overs, sink turns; walker to the carport and the porch step with distance and CGA; neuropathic feet without vision; seconds and turns: passes.
        ["v6-h91-tactilebridge-first-twenty-then-sixteen"] = new(
            """
            TACTILE BRIDGE THERAPY · Kent (home visit)
            Client: Mr. B. Fonoti, 62 · DeafBlind — Deaf, and diabetic retinopathy has left him light perception only; diabetic neuropathy in both feet · tactile ASL
            Communication: tactile ASL; his wife (hearing, she signs) was home for the visit.
            We spent the first 20 minutes on neuromuscular re-education (97112), one-on-one, no one else treated: feet-together stance on the carpet with his hand off the counter and my taps at the hips; stepping over a rolled towel he finds with his feet; turning in place at the sink to my signal.
            The next 16 minutes were walking practice (97116): the walker from the bedroom to the front door and out to the carport, 3 x 60 ft, cued by touch at the hip to land heel first; the porch step up and down x 6, CGA.
            Deficit: somatosensory loss in both feet with no vision left — poor postural control; a flat-footed gait with a toe catch
            Measured: feet together, hand off, 5 s (1 s in July); 4 of 5 turns without a grab
            """,
            ["E11.42", "H54.3", "H90.3"], [PT("97112", 20), PT("97116", 16)], []),

        // St. Marys Southtown truck-frame plant retiree after a TKA, two phone interpreters: "PT — 97112 — 19 minutes, one-to-one with the PT" and "PTA — 97110 — 15 minutes" (both match their lines, one discipline); foam perturbations, step-downs, head-turn tandem; leg press, knee extension, heel slides with doses; R knee proprioception and quad weakness; SLS and step-downs: passes.
        ["v6-h91-stmarys-pt-and-pta-one-visit"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · Southtown
            Pt: Sr. R. Aguilar, 67 · retired from the truck-frame plant · R TKA, week seven
            Lang: Spanish · Interp: phone ID 20918 (PT part), phone ID 20966 (PTA part)
            PT — 97112 — 19 minutes, one-to-one with the PT, no other patient:
            › SL stance on foam with perturbations; step-downs to a stick; tandem walking with head turns
            › Measured: SLS on foam R 8 s / L 20 s; 7 of 10 step-downs stuck without valgus
            › R knee proprioception and quadriceps timing impaired after the TKA
            PTA — 97110 — 15 minutes:
            › leg press 3 x 12 at 70 lb; seated knee extension with 4 lb 3 x 10; heel slides 2 x 15
            › for R quadriceps weakness after the replacement
            """,
            ["Z96.651", "Z47.1"], [PT("97112", 19), PTA("97110", 15)], []),

        // Truckee Carson City L hemiparesis and neglect, PT then OT one morning: "PT — Gait training (97116), 18 min" and "OT — Ther act (97530), 24 min" each match its own discipline's line; hemi-walker gait with a red line and thresholds, min A → CGA; a sink routine with a red anchor line; L hemiparetic gait, L inattention and arm weakness; items found: passes.
        ["v6-h91-truckee-pt-then-ot-one-morning"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Carson City
            Mr. L. Mendiola, 71 · R hemisphere stroke — L hemiparesis and L neglect; dysarthria, an alphabet board to clear up words
            PT — Gait training (97116), 18 min: hemi-walker, 4 x 100 ft, cued L heel strike and to look L for the red line on the floor; door thresholds x 6; min A → CGA
            Gait: L hemiparetic — short L step, L toe drag; drifts R and bumps the L doorframe
            OT — Ther act (97530), 24 min: the morning routine at the sink — finding the L-side items (toothbrush, cup, comb) with a red anchor line on the counter; standing to shave with the L hand helping; dressing the upper body in sitting, x 2
            Deficit: L inattention and L arm weakness
            Measured: found 9 of 12 L-side items (4 of 12 at eval); stood at the sink through the whole routine with one hand on the counter
            """,
            ["I69.354", "R41.4", "I69.322"], [PT("97116", 18), OT("97530", 24)], []),

        // Falls City New Albany glaucoma patient after a proximal humerus fracture, "[97140 — 7 min at the start + 6 min at the end = 13 min]" and "[97110 — 15 min]" (both match); GH glides by grade and scapular mobilization; pulleys, slides, ER and rows with doses; capsular stiffness and cuff weakness; flexion and ER degrees: passes.
        ["v6-h91-fallscity-manual-in-two-bouts"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · New Albany, IN
            Client: Mr. H. Crum, 70 · glaucoma, some side vision left · R shoulder stiff after a proximal humerus fracture (fell over a footstool he didn't see)
            Manual therapy in two bouts: GH posterior and inferior glides, grade III, before the exercise; then scapular mobilization in side-lying and inferior glides again at the end   [97140 — 7 min at the start + 6 min at the end = 13 min]
            Ther ex: pulleys into flexion 2 x 15; table slides 2 x 15; ER with the band 3 x 12; rows 3 x 15   [97110 — 15 min]
            Findings: R glenohumeral capsular stiffness and cuff weakness after the fracture
            Measured: flexion R 118° → 126°, ER 32° → 38°
            """,
            ["S42.201D", "H40.1133"], [PT("97140", 13), PT("97110", 15)], []),

        // Catoctin Market St cafeteria retiree on VRI, "Neuro re-ed (97112) …… 32 min" against a 20-min line: mismatch; otherwise complete (1:1; foam head turns, pushes after a tap, tandem with a ball; postural control with vestibular loss; Berg and tandem).
        ["v6-h91-catoctin-nmr-32-against-20"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Frederick (Market St)
            Pt: 73 F · Deaf, ASL · retired from the school cafeteria
            Comm: VRI on the cart
            Attendance: 1:1, PT and pt only
            Neuro re-ed (97112) ........................ 32 min
              – foam stance with head turns, eyes closed on my tap
              – stepping strategy, my pushes after a tap
              – tandem walking with a ball pass
            Findings: postural control impaired with vestibular loss; falls backward on foam
            Measured: Berg 42/56 · tandem 4 s
            """,
            ["H81.93", "R29.6"], [PT("97112", 20)], [At(Mismatch, "97112")]),

        // St. Marys New Haven PTA visit, Mon phone interpreter, "97116 — 25 minutes" against a 14-min PTA line: mismatch; walker to cane, curb and stairs with distance, SBA and CGA, Trendelenburg after a hip replacement complete.
        ["v6-h91-stmarys-pta-gait-25-against-14"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · New Haven · PTA visit
            Pt: Mr. Nai Aung, 74 · L hip replacement in the summer
            Lang: Mon · Interp: phone ID 52233
            97116 — 25 minutes
            › walker → cane in the R hand, 4 x 100 ft, SBA
            › the curb outside x 4, CGA
            › stairs with the rail and the cane, step-to, 8 steps
            Gait: L Trendelenburg with a short R step
            """,
            ["Z96.642", "Z47.1"], [PTA("97116", 14)], [At(Mismatch, "97116")]),

        // Tactile Bridge Central District weaver with Usher type 1: "Therapeutic exercise (97110), 15 minutes" matches, "Therapeutic activities (97530), 30 minutes" against an 18-min line: mismatch on 97530; both sections complete (wall push-ups, rows, chair rises, heel raises with doses; bus-step climbs with the cane, loom-bag lifts, stair trips; L knee quad weakness after a meniscus tear).
        ["v6-h91-tactilebridge-ther-act-30-against-18"] = new(
            """
            TACTILE BRIDGE THERAPY · Seattle — Central District studio
            Client: Ms. S. Teklu, 46 · DeafBlind (Usher syndrome type 1) · Pro-Tactile ASL · weaves at a craft co-op
            Communication: Pro-Tactile ASL; her SSP brought her on the bus and waited in the lobby.
            Therapeutic exercise (97110), 15 minutes: wall push-ups 3 x 10; rows with the band 3 x 15; sit-to-stands 3 x 10; heel raises 3 x 15.
            Therapeutic activities (97530), 30 minutes: on and off the bus-step mock-up with her cane, x 10; lifting her loom bag (12 lb) from the floor to the bench, 2 x 8; carrying groceries up the studio stairs, 4 trips.
            For: L knee pain with quadriceps weakness after the meniscus tear; goal — the bus steps and her walk-up apartment
            """,
            ["S83.242D"], [PT("97110", 15), PT("97530", 18)], [At(Mismatch, "97530")]),

        // Truckee Sparks, "38 minutes of NMR and gait training together today, one-to-one with me" is the only time for two codes: separate time missing; both sections complete (foam weight shifts, pushes, standing PNF; quad-cane gait with distance and CGA; R postural control and motor recruitment, toe catch; Berg and stance).
        ["v6-h91-truckee-nmr-and-gait-38-together"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Sparks
            Mr. F. Larralde, 73 · L MCA stroke — R hemiparesis, aphasia (yes/no reliable with a picture board)
            38 minutes of NMR and gait training together today, one-to-one with me.
            NMR (97112): weight shifts onto the R on foam; stepping strategy with my pushes at the pelvis; PNF pelvic patterns in standing
            Gait training (97116): quad cane, 3 x 120 ft on the clinic floor and the ramp outside, cued R heel strike; CGA
            DEFICIT: R-sided postural control and motor recruitment; R toe catch in swing
            MEASURE: Berg 39/56; stance on the R 4 s
            """,
            ["I69.351", "I69.320"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // St. Marys Calhoun St trailer-plant welder: "97110 — 14 minutes" but the 97140 rows carry no minutes: separate time missing; both sections complete (prone Y/T, ER, serratus punches with doses; GH glides by grade and STM; posterior capsule tightness with cuff weakness; IR degrees).
        ["v6-h91-stmarys-manual-rows-unminuted"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · Calhoun St
            Pt: Mr. Peng Thang, 41 · welder at a trailer plant
            Lang: Hakha Chin · Interp: phone ID 80419
            97110 — 14 minutes
            › prone Y's and T's 2 x 10; ER with the band 3 x 12; serratus punches 3 x 15
            97140
            › GH posterior glides, grade III; STM to the infraspinatus and the pec minor
            Findings: R posterior capsule tightness with cuff and scapular weakness; the shoulder pinches welding overhead
            Measured: IR R 30° → 42°
            """,
            ["M25.611"], [PT("97110", 14), PT("97140", 11)], [SepTime]),

        // Tactile Bridge Shoreline, print on palm: "We worked 36 minutes in all, moving back and forth between the balance work and the stairs" is the only time for two codes: separate time missing; both sections complete (one-on-one; counter hand-off stance, threshold step-overs, sink turns; basement stairs and the front walk with distance and CGA; postural control without vision, toe catch; seconds and turns).
        ["v6-h91-tactilebridge-thirty-six-minutes-in-all"] = new(
            """
            TACTILE BRIDGE THERAPY · Shoreline (home visit)
            Client: Mr. R. Ahlberg, 77 · DeafBlind late in life (his hearing with age, then glaucoma) · print on palm
            Communication: print on palm; his daughter home for the visit.
            We worked 36 minutes in all, moving back and forth between the balance work and the stairs.
            Balance work (97112), one-on-one: feet together at the counter, hand off, my taps at the hips; stepping over the threshold strip found with his feet; turning at the sink to my tap
            Stairs (97116): the basement stairs with the rail, step-to, 14 steps x 2, CGA; the front walk with the cane and my elbow, 2 x 80 ft
            Deficit: postural control poor without vision; slow, flat-footed gait that catches the toe at thresholds
            Measured: feet together, hand off, 6 s; 5 of 6 turns without a grab
            """,
            ["H54.3", "H91.93", "R26.81"], [PT("97112", 22), PT("97116", 14)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h91-empty-nmr-and-gait"] = new(
            "",
            ["H81.8X3"], [PT("97112", 22), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // Empty note on an OT 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h91-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // A note of CRLF line breaks and spaces only (cells are trimmed) on a PTA 97110 with a diagnosis: note missing only.
        ["v7-h91-crlf-and-spaces-only-pta-97110"] = new(
            "\r\n  \r\n",
            ["M62.81"], [PTA("97110", 16)], [At(NoteMissing, "97110")]),

        // 97110's meaning at Falls City: step-ups, goblet squats, kettlebell deadlifts, side plank with doses (technique and measure) for hip and trunk extensor weakness with low back pain lifting drink cases at a federal-building snack bar (deficit); 17 matches: passes.
        ["v7-h91-fallscity-97110-snack-bar-drink-cases"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Fern Creek
            Client: Mr. S. Goins, 60 · optic atrophy, light perception only · runs the snack bar in the federal building downtown (Randolph-Sheppard vendor)
            Ther ex (97110):
              - step-ups to an 8-in. step holding the rail 3 x 10
              - goblet squat with a 15-lb kettlebell 3 x 10
              - kettlebell deadlift, 20 lb, 3 x 10, after hinge practice with a dowel
              - side plank from the knees 3 x 20 s each side
            Why: hip and trunk extensor weakness with low back pain lifting the drink cases at the snack bar
            [97110 — 17 min]
            """,
            ["M54.50", "H47.213"], [PT("97110", 17)], []),

        // 97530's meaning at St. Marys: stand-pivot transfers with a gait belt, boosting a weighted mannequin up the bed with a draw sheet, laundry-basket lifts with counts and load (technique and measure), low back pain with poor hinge mechanics and weak hip extensors with a home-health goal (deficit); 22 matches: passes.
        ["v7-h91-stmarys-97530-home-health-aide-transfers"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · Southtown
            Pt: Ms. Neema Kahindo, 34 · home health aide
            Lang: Swahili · Interp: phone ID 58321
            97530 — 22 minutes
            › stand-pivot transfers with a gait belt, the PT playing the client, x 8
            › boosting a weighted mannequin up the bed with a draw sheet, x 6
            › lifting a 20-lb laundry basket from the floor to the washer, x 8
            Limitation: low back pain with poor hinge mechanics and weak hip extensors; goal — a full shift of transfers without the back catching
            """,
            ["S39.012D"], [PT("97530", 22)], []),

        // 97140's meaning at Catoctin, the interpreter at the head of the table so he could watch the signs lying supine: cervical lateral glides and upper-thoracic PAs by grade, first-rib mobilization (technique), lower-cervical and first-rib hypomobility with radicular symptoms (deficit), rotation and ULTT1 degrees before and after (measure); 12 matches: passes.
        ["v7-h91-catoctin-97140-interpreter-at-the-head-of-the-table"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Urbana
            Pt: 59 M · Deaf, ASL · machinist at a plant in Frederick
            Comm: ASL, in-person interpreter standing at the head of the table so he could watch the signs lying supine; "stop" and "more" agreed before we started
            Manual therapy (97140) ..................... 12 min
              – cervical lateral glides, grade III, both directions
              – upper-thoracic central PAs, grade III
              – first-rib mobilization on the L
            Findings: L lower-cervical and first-rib hypomobility with tingling into the L middle finger
            Measured: rotation L 50° → 61°; ULTT1 elbow extension lacks 35° → 20°
            """,
            ["M54.12"], [PT("97140", 12)], []),

        // 97116's meaning at Tactile Bridge: walker to long cane indoors with a touch cue at the ankle, the sidewalk to the corner with the cane and sighted guide, the front steps, with distance, SBA and CGA (technique and measure), short stance and no push-off after a bimalleolar fracture (deficit); 16 matches: passes.
        ["v7-h91-tactilebridge-97116-cane-and-sighted-guide"] = new(
            """
            TACTILE BRIDGE THERAPY · Burien (home visit)
            Client: Ms. A. Mahoe, 74 · DeafBlind — Deaf since childhood, glaucoma now; long cane · L ankle fracture (ORIF) in August, out of the boot
            Communication: tactile ASL; her SSP walked behind us on the sidewalk.
            Gait training (97116), 16 minutes: indoors with the walker → long cane, 3 x 40 ft, cued by touch at the ankle to roll heel to toe; out the door and along the sidewalk to the corner with the cane and my elbow, 2 x 200 ft, SBA; the front steps with the rail, up and down x 4, CGA.
            Gait: short L stance and no push-off, the L foot turned out after the fracture
            """,
            ["S82.842D"], [PT("97116", 16)], []),

        // Generic 97112: "Neuro re-ed (97112) 20 min per plan. Interpreter present. Pt tolerated well; continue plan of care." — no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h91-generic-nmr-interpreter-present"] = new(
            "Neuro re-ed (97112) 20 min per plan. Interpreter present. Pt tolerated well; continue plan of care.",
            ["H81.93"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97140 with minutes for each (15 and 10, both match): "Both as per plan through the phone interpreter. Pt tolerated well, no complaints." — nothing named for either code.
        ["v7-h91-generic-ther-ex-and-manual-phone-interpreter"] = new(
            "Ther ex 97110 — 15 min; manual 97140 — 10 min. Both as per plan through the phone interpreter. Pt tolerated well, no complaints. Continue.",
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Generic letter to the vocational rehabilitation counselor on a 97530: "continues to attend … takes part in therapeutic activities as planned … making progress toward his goals" — no activity, deficit or measure named.
        ["v7-h91-generic-letter-to-the-vr-counselor-97530"] = new(
            """
            To: vocational rehabilitation counselor
            Re: our client's physical therapy
            He continues to attend physical therapy and takes part in therapeutic activities as planned. He is making progress toward his goals and remains motivated. We recommend continued therapy.
            Falls City Vision Rehabilitation — Physical Therapy
            """,
            ["M54.50"], [PT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Catoctin Market St auto-body tech, three codes: "Neuro re-ed (97112) …… 18 min 1:1, PT and pt only", "Ther ex (97110) …… 12 min" and "Manual (97140) …… 10 min" all match; rhythmic stabilization, PNF D1/D2, wobble-board weight shifts; ER, rows, punches with doses; GH glides and STM; R shoulder proprioception, cuff weakness, capsule tightness; CKCUEST and IR degrees: passes.
        ["vord-h91-catoctin-auto-body-three-codes"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Frederick (Market St)
            Pt: 43 M · Deaf, ASL · auto-body tech
            Comm: ASL, in-person interpreter (K. Osei)
            Neuro re-ed (97112) ........................ 18 min   1:1, PT and pt only
            Ther ex (97110) ............................ 12 min
            Manual (97140) ............................. 10 min
            NMR: rhythmic stabilization at the R shoulder in supine at 90°, then standing; PNF D1 and D2 with manual resistance; quadruped weight shifts with the R hand on the wobble board
            TE: side-lying ER with 3 lb 3 x 12; rows with the band 3 x 15; serratus punches 3 x 15
            MT: GH posterior glides, grade III; STM to the posterior cuff
            Findings: R shoulder proprioception and dynamic stability impaired; cuff weakness; posterior capsule tightness
            Measured: CKCUEST 17 touches; IR R 35° → 44° after the manual work
            """,
            ["M25.311", "M75.41"], [PT("97112", 18), PT("97110", 12), PT("97140", 10)], []),

        // Catoctin Brunswick PTA visit, the PTA signing with her directly: leg press, step-ups, TKE, curls with doses; R quad and hamstring weakness with knee OA and a towpath goal with her Deaf club; 16 matches: passes.
        ["vord-h91-catoctin-pta-towpath-knee-97110"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Brunswick · PTA visit
            Pt: 66 F · Deaf, ASL · retired postal clerk; walks the C&O towpath with her Deaf club
            Comm: the PTA signs — no interpreter needed
            Ther ex (97110) ............................ 16 min
              – leg press 3 x 12 at 60 lb
              – step-ups to a 6-in. step 3 x 10
              – TKE with the band 3 x 15
              – hamstring curls with 3 lb 3 x 12
            Findings: R quadriceps and hamstring weakness with knee OA; goal — the towpath walk with the club without the knee aching
            """,
            ["M17.11"], [PTA("97110", 16)], []),

        // Catoctin Walkersville home day-care provider: a weighted doll lifted to the changing table, floor sit and rise, hip and front carries with load, counts and distance; low back pain with poor lifting mechanics and weak hip extensors; 22 matches: passes.
        ["vord-h91-catoctin-home-day-care-97530"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Walkersville
            Pt: 36 F · Deaf, ASL · runs a home day care for Deaf and hearing toddlers
            Comm: ASL, in-person interpreter (J. Whitcomb)
            97530 ther act ............................. 22 min
              – lifting a 25-lb weighted doll from the floor to the changing table, hinge and no twist, x 10
              – getting down to sit on the floor with the doll and back up, x 6
              – carrying the doll on the hip and then in front, 4 x 40 ft
            Findings: low back pain with poor lifting mechanics and weak hip extensors; goal — a full day of lifting the toddlers without the back catching
            """,
            ["M54.50"], [PT("97530", 22)], []),

        // Falls City Frankfort Ave guide-dog handler blind from birth after a THA: cane gait indoors (mod I), the sidewalk with Pepper in harness (SBA), reciprocal stairs with distance; short step and no hip extension; "[97116 — 17 min]" matches: passes.
        ["vord-h91-fallscity-guide-dog-handler-tha-97116"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Frankfort Ave
            Client: Ms. O. Flener, 52 · blind since birth (congenital glaucoma) · guide dog handler (Pepper, a black Lab) · R THA, week five · takes calls on the state benefits line
            Gait training (97116):
              - indoors with the long cane, cued for a longer L step and R hip extension at push-off, 4 x 150 ft, mod I
              - outdoors on the sidewalk with Pepper in harness, my cue at the hip, 2 x 300 ft, SBA
              - stairs, reciprocal with the rail, 12 steps
            Gait deviation: short L step and no R hip extension at terminal stance; Pepper slows to match the limp
            [97116 — 17 min]
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 17)], []),

        // Truckee Fernley Broca's aphasia, key words and yes/no thumbs: "One-to-one: PT and Mr. G. only, the whole NMR (97112, 20 min)"; foam perturbations eyes open → closed, pushes toward the weak side, step taps while loading the R; R postural control and weight acceptance; Berg and pushes: passes.
        ["vord-h91-truckee-fernley-nmr-one-to-one"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Fernley
            Mr. A. Gardella, 64 · L MCA stroke — R hemiparesis, Broca's aphasia; reads key words, answers yes/no reliably
            COMMUNICATION: key words on the whiteboard, a demonstration first, yes/no thumbs
            One-to-one: PT and Mr. G. only, the whole NMR (97112, 20 min).
             • standing on foam, my perturbations at the pelvis, eyes open → closed
             • stepping strategy: my pushes from the L toward his weak side
             • step taps to a low step with the L while loading the R
            DEFICIT: R-sided postural control and weight acceptance; a slow stepping reaction on the R
            MEASURE: Berg 46/56 (40 at eval); 6 of 10 pushes recovered with a R step
            """,
            ["I69.351", "I69.320"], [PT("97112", 20)], []),

        // Truckee Kietzke Ln OT, adult with CP on an eye-gaze AAC device in a power chair: shoulder flexion with a wrist weight, band elbow extension, wrist extension, pinch putty with doses; R arm weakness and limited elbow extension reaching the library's book drop; 18 matches: passes.
        ["vord-h91-truckee-ot-eye-gaze-aac-97110"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Reno (Kietzke Ln) · OT
            Ms. C. Arellano, 29 · cerebral palsy, spastic quadriplegia · talks with an eye-gaze device mounted on her power chair · works part time at the library desk
            Ther ex (97110, OT, 18 min):
             • R shoulder flexion with a 1-lb wrist weight, from her chair, 3 x 10
             • elbow extension against the yellow band 3 x 12
             • wrist extension over the table edge 3 x 12
             • pinch with the putty 2 x 20
            DEFICIT: R arm weakness and limited active elbow extension — she can't reach the library's book drop from her chair
            """,
            ["G80.0"], [OT("97110", 18)], []),

        // St. Marys Southtown Burmese grandfather, "97112 — 21 minutes (one-to-one, PT and pt only; no other patient)" and "97116 — 15 minutes" (both match); foam head turns, belt pulls, counter tandem with a cup; cane gait and curb with distance and SBA; postural control, slow stepping and neuropathic feet, a toe catch; Berg and pulls: passes.
        ["vord-h91-stmarys-burmese-nmr-and-gait"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · Southtown
            Pt: U Tin Aung, 76 · lives with his daughter; walks his grandson to the school bus
            Lang: Burmese · Interp: phone ID 77102
            97112 — 21 minutes (one-to-one, PT and pt only; no other patient)
            › foam stance with head turns, eyes open → closed
            › stepping strategy: my pulls at the gait belt, forward and sideways
            › tandem walking at the counter with a cup in his hand
            97116 — 15 minutes
            › cane in the R hand, 4 x 150 ft in the hall, cued for a longer L step; the curb at the front x 4; SBA
            Deficit: postural control impaired, with a slow stepping strategy and somatosensory loss in the feet; short L step with a toe catch
            Measured: Berg 43/56; 7 of 10 pulls recovered in one step
            """,
            ["R26.81", "G62.9"], [PT("97112", 21), PT("97116", 15)], []),

        // Tactile Bridge Central District, Usher type 2 in close-vision ASL with hearing aids: "The 97112 was one-on-one for every minute — no other client in the studio"; foam head turns, wall walking with turns to a tap, catches from the blind side; postural control and slow stepping with the periphery gone; foam seconds and catches; "Neuromuscular re-education, 21 minutes" matches: passes.
        ["vord-h91-tactilebridge-usher-two-nmr"] = new(
            """
            TACTILE BRIDGE THERAPY · Seattle — Central District studio
            Client: Mr. W. Bakke, 64 · Usher syndrome type 2 — hard of hearing since childhood, hearing aids; RP now leaves a small central island · close-vision ASL and speech
            Communication: close-vision ASL inside his central field, with his hearing aids in; his wife stayed in the car.
            The 97112 was one-on-one for every minute — no other client in the studio.
            Neuromuscular re-education, 21 minutes: standing on the foam, feet together, with head turns to each side; walking along the wall with quick turns to find my tap; catching a large ball tossed from his L, where he can't see it coming, on my tap.
            Deficit: postural control and slow stepping reactions — with the periphery gone he can't see his feet or the edges of the floor
            Measured: foam, feet together, 13 s (6 s in April); 7 of 10 catches without a step
            """,
            ["H35.52", "H90.3"], [PT("97112", 21)], []),

        // Tactile Bridge Kent braille transcriber in Pro-Tactile ASL, each technique described into her palm before touching: "Manual therapy (97140), 12 minutes" and "Therapeutic exercise (97110), 15 minutes" (both match); PAs by grade and suboccipital release; chin tucks, prone Y/T, rows with doses; cervical-thoracic hypomobility and weakness from the head-down posture; rotation degrees: passes.
        ["vord-h91-tactilebridge-braille-transcriber-neck"] = new(
            """
            TACTILE BRIDGE THERAPY · Kent (home visit)
            Client: Ms. G. Sione, 53 · DeafBlind (Usher syndrome type 1) · Pro-Tactile ASL · transcribes braille at home, bent over her braille display all day
            Communication: Pro-Tactile ASL; each hands-on technique described into her palm before I touched.
            Manual therapy (97140), 12 minutes: upper-thoracic central PAs, grade III; C5-6 and C6-7 unilateral PAs; suboccipital release.
            Therapeutic exercise (97110), 15 minutes: chin tucks with a 5-s hold 3 x 10; prone Y's and T's on the bed 2 x 10; rows with the band 3 x 15.
            Findings: lower-cervical and upper-thoracic hypomobility; deep neck flexor and scapular weakness from the head-down posture at the braille display
            Measured: rotation R 56° → 66°, L 60° → 68°
            """,
            ["M54.2", "H35.52"], [PT("97140", 12), PT("97110", 15)], []),

        // St. Marys New Haven push-mower landscaper, Spanish phone interpreter: squats to a box, step-ups, TKE, bridges with doses; R quad and hip weakness with a mowing goal; 15 matches: passes.
        ["vord-h91-stmarys-landscaper-knee-97110"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · New Haven
            Pt: Sr. M. Villanueva, 58 · landscaper, push-mower crew
            Lang: Spanish · Interp: phone ID 20933
            97110 — 15 minutes
            › box squats to a chair 3 x 10
            › step-ups to an 8-in. step 3 x 10
            › TKE with the band 3 x 15
            › bridges 3 x 12
            For: R quadriceps and hip weakness with knee OA; goal — a full day behind the mower without the knee swelling
            """,
            ["M17.11"], [PT("97110", 15)], []),

        // Falls City Fern Creek complete 97112 ("He was the only client I treated"; fingertip-touch foam with pushes, cane step-overs, belt pulls; somatosensory loss with poor postural control; foam seconds and pulls) sent with no diagnosis.
        ["vord-h91-fallscity-no-diagnosis"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Fern Creek
            Client: Mr. P. Kessinger, 72 · glaucoma, both eyes · neuropathy in the feet
            He was the only client I treated during the neuro re-ed.
              - foam stance with fingertip touch → none, my pushes at the pelvis
              - stepping over the cane laid across the path
              - backward pulls at the belt after a spoken "ready"
            Deficit: somatosensory loss in both feet with poor postural control
            Measured: foam, no touch, 9 s; 8 of 10 pulls recovered
            [97112 — 20 min]
            """,
            [], [PT("97112", 20)], [Dx]),

        // Catoctin Urbana complete 97110 (bridges, clams, monster walks, side plank with doses; L hip abductor weakness with a limp on the stairs) with the ICD-9 code 389.18 as its diagnosis: not well formed.
        ["vord-h91-catoctin-icd9-389-18"] = new(
            """
            CATOCTIN REHAB — SIGNING CLINIC · Urbana
            Pt: 51 F · Deaf, ASL · school bus driver
            Comm: VRI on the cart
            Ther ex (97110) ............................ 15 min
              – bridges 3 x 12; side-lying clams with the band 3 x 15
              – monster walks 3 x 10 steps each way; side plank from the knees 3 x 20 s
            Findings: L hip abductor weakness — she limps on the bus steps and the stairs at home
            """,
            ["389.18"], [PT("97110", 15)], [Dx]),

        // Generic two-code note with a shared total ("TE and MT today, 33 min total via the phone interpreter"): no technique, deficit or measure for either code, no minutes for each.
        ["vord-h91-stmarys-generic-two-codes-total"] = new(
            """
            ST. MARYS COMMUNITY HEALTH · Rehab Services · Southtown
            TE and MT today, 33 min total via the phone interpreter. Pt tolerated. Continue POC.
            """,
            ["M54.50"], [PT("97110", 21), PT("97140", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // Truckee Sparks OT "Ther act (97530, OT, 35 min)" against a 22-min OT line: mismatch; grocery unpacking, pill-box filling, bed-making with counts, R hand weakness after the stroke and Box and Block complete.
        ["vord-h91-truckee-ot-35-against-22"] = new(
            """
            TRUCKEE MEADOWS NEURO REHAB · Communication-Access Clinic · Sparks · OT
            Ms. I. Urrutia, 69 · L MCA stroke — R hand weakness, aphasia; follows demonstration well
            Ther act (97530, OT, 35 min):
             • unpacking a grocery bag onto the pantry shelves with the R hand, 12 items
             • filling her weekly pill box from the bottles, x 2
             • making the bed — pulling up the sheet and the spread, x 2
            DEFICIT: R hand weakness and slow grasp-release after the stroke
            MEASURE: Box and Block R 24 / L 51
            """,
            ["I69.331", "I69.320"], [OT("97530", 22)], [At(Mismatch, "97530")]),

        // Falls City Shively PTA "[97110 — 28 min]" against a 16-min PTA line: mismatch; chair rises, counter abduction, heel raises and band marching with doses, hip and calf weakness in a glaucoma client complete.
        ["vord-h91-fallscity-pta-28-against-16"] = new(
            """
            FALLS CITY VISION REHABILITATION · Physical Therapy · Shively · PTA note
            Client: Mr. J. Whitlock, 79 · glaucoma, both eyes
            Ther ex (97110):
              - sit-to-stand from the chair without hands 3 x 8
              - standing hip abduction at the counter with 2-lb cuffs 3 x 10 each
              - heel raises at the counter 3 x 15
              - seated marching against the band 2 x 15
            Why: hip and calf weakness; slow to rise from his recliner
            [97110 — 28 min]
            """,
            ["H40.1133", "M62.81"], [PTA("97110", 16)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
