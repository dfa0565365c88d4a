using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The seventy-second held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of telehealth and hybrid therapy — real-time audio-video sessions billed on the same
/// timed codes as a clinic visit, place of service 10 (or 02) and modifier 95 named in the note's header or footer
/// and never on a line — as the people who run those visits write them: the patient at home with a son, a daughter,
/// an aide or a husband holding the tablet or guarding at the counter, a laptop on the kitchen table or a phone
/// propped on the sugar canister, home equipment improvised (a countertop, a kitchen chair, soup cans, a folded
/// saddle blanket or bath mat for foam, a towel roll, painter's tape on the floor, a gallon of milk), consent and
/// technology statements, connections that freeze and come back (the clock stopped, the code's minutes given in
/// parts), hybrid plans that alternate clinic weeks and video weeks (manual therapy only on the clinic days), a
/// storm or a cancelled ferry turning a clinic visit into a video one, outcome measures adapted for video (the
/// 30-second chair stand, the 4-stage balance test, a TUG on a daughter's phone stopwatch, a 4-metre walk on a taped
/// hallway, knee flexion on a paused frame), a video class of members in their own homes, and an audio-only day;
/// about two thirds ordinary and complete (68 of 102), single- and multi-code visits (97110, 97112, 97116, 97140,
/// 97530, up to three in a visit, and a PT's and an OT's code on one day), by PTs, PTAs and OTs, from five
/// employers:
/// <list type="number">
/// <item>a health system's virtual rehab service ("Kanawha Valley Health — Virtual Rehab": clinicians at a hub in
/// Charleston, West Virginia, on video to patients at home in Cross Lanes, Nitro, St. Albans, Dunbar and Sissonville,
/// with the South Charleston outpatient site for the in-person weeks) charting on a dot-phrase template
/// (".VRPTDAILY": Modality / Pt location / Others present / Delivery boxes), MyChart Video, a Code / Min / Units
/// table, an audio-only day with modifier 93, a husband and wife on one laptop who are both patients, porch steps,
/// a single-wide's metal steps, the church visitor card, a car wreck on I-64;</item>
/// <item>a rural critical-access hospital's tele-PT programme ("Musselshell Valley Hospital — Tele-PT": Roundup,
/// Montana, on doxy.me to ranches near Ryegate, Lavina, Melstone and Harlowton) whose one PT and one PTA write
/// plain first-person notes and a "Seen one-on-one (Y/N)" flowsheet: Starlink that drops in a storm over the Bull
/// Mountains and a cell hotspot behind it, a grandson holding the phone in the ranch yard, a saddle blanket for
/// foam, a feed sack, a running board and a tractor step, a wood box by the stove, calving season, the fence
/// line;</item>
/// <item>a private practice that added video visits ("Casco Bay Physical Therapy": Portland, South Portland,
/// Falmouth, Westbrook, Maine) with hybrid plans of clinic Tuesdays and video Fridays, a nor'easter turning a clinic
/// visit into a video one, a Peaks Island patient whose ferry was cancelled, a lobsterman from Cundy's Harbor, a
/// Bath Iron Works welder, a Maine Med nurse, a painter's-tape square-stepping grid on a kitchen floor, military
/// clock times per code, a PTA's split-screen slot with two patients;</item>
/// <item>a Medicare Advantage plan's home-based care vendor ("Saguaro Home Rehab" for "Desert Bloom Advantage
/// (HMO)": Surprise, Sun City West, Green Valley, Casa Grande, Apache Junction, Arizona) on the vendor's LTE tablet and a
/// tele-rehab visit form ("1:1 with therapist: [ ] Y [ ] N", "Impairment addressed: ____", setup boxes), aides
/// and husbands guarding, the Arizona room, the carport and the golf cart, the HOA mailbox cluster, the casita,
/// a Tuesday video chair-strength class of eight, Vivifrail passports and the LiFE programme;</item>
/// <item>a university clinic's hybrid Parkinson's programme ("Champlain University — Movement Disorders Rehab
/// Clinic, Hybrid PD Program": Burlington, Vermont, clinic weeks alternating with video weeks) with a "This week:
/// ☐ Clinic ☒ Video / Session: ☒ 1:1 ☐ Group" grid, medication-state and freezing-trigger boxes, care partners,
/// PWR!Moves, the LSVT BIG functional component, Nordic poles from the loaner kit, a Thursday video class of six,
/// PT then OT on the same link, a rocker knife, a practice checkbook and a pill organiser.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h72-…): one-on-one on video in these writers' own words ("She was the only patient on the link,
/// start to finish", "PTA and pt by ourselves on the call the whole NMR block", "this member and me only —
/// one-on-one video session" with her aide behind her, "OT and client one-on-one on video for all of the 97112",
/// "One-to-one telehealth: he was my only patient on the session" with his wife guarding on camera, "Individual
/// video visit — just this pt and me" beside a Thursday class she attends on another day), notes that negate it (a
/// Thursday video class of six, a PTA's split-screen slot with two patients, a husband and wife who are both
/// patients on one laptop, a PTA who puts the patient on hold to take another patient's check-in) or never state it
/// (a sister visiting from Billings), and a 97110 in a video chair-strength class and a 97530 in the ranch yard,
/// which have no one-on-one check (only 97112 is the one-on-one code in the shipped medicare profile);</item>
/// <item>class 2 (v2-h72-…): template states: a dot-phrase "Delivery: ☒ Individual (1 clinician : 1 pt)" and
/// "☒ Group (virtual class)", a "Modality: ☒ Audio only" box, a "1:1 with therapist: [ ] Y [ ] N" row left blank,
/// "Impairment addressed: ____" left blank, a flowsheet with its exercises ticked and "Sets/reps: ____" and the
/// chair-stand count left blank, a hybrid-week grid with freezing-trigger boxes, a gait grid with device, distance
/// and assistance blank, a ther-ex grid with region boxes and doses, setup and task boxes with assistance levels,
/// "Seen one-on-one (Y/N): Y", a hybrid-plan box on a clinic day, an OT task and performance grid with nothing
/// ticked;</item>
/// <item>class 3 (v3-h72-…): named programmes, protocols and devices as techniques (the Otago Exercise Programme
/// level B at the counter, PWR!Moves, a Cawthorne-Cooksey progression, a Vivifrail passport, the LSVT BIG functional
/// component, graded motor imagery with the Recognise app, a square-stepping grid in painter's tape, Nordic walking
/// poles, Kaltenborn glides on a clinic week, Frenkel exercises on a tape strip, a pedal exerciser under the kitchen
/// table), the LiFE programme with no dose and a mailed foam pad whose reaches are to be measured in clinic;</item>
/// <item>class 4 (v4-h72-…): deficits stated as findings (a leg that will not reach the pickup's running board, a
/// knee that gives way on the last porch step, a sway backward looking up into the cabinets, a pork chop she can no
/// longer cut, a trap that will not go over the rail, a church visitor card she cannot sign, legs that will not
/// swing into the golf cart, sitting down halfway up the stairs to the bedroom, a rollator that catches on the rug, leaning
/// further forward until running to catch up) and notes that state none (a rancher back on the fence line with no
/// complaints; an ankle with no giving way, swelling or pain, cutting the same both sides);</item>
/// <item>class 5 (v5-h72-…): measures in their usual forms adapted for video (the 30-second chair stand, the 4-stage
/// balance test, a TUG timed by a daughter, the five-times sit-to-stand and a 360° turn, knee flexion on a paused
/// frame, a 4-metre walk on a taped hallway, assistance levels for dressing, single-leg bridges to fatigue) and
/// notes with none ("Looked steadier on the video than last time", an audio-only talk-through of the home program,
/// tea and toast that "went better than last week");</item>
/// <item>class 6 (v6-h72-…): minutes in their usual forms (two parts around a Starlink drop, a Code / Min / Units
/// table, military clock times per code, codes with their minutes in brackets, PT then OT on one link, minutes with
/// the frozen stretches left out, units with their minutes, a code and its minutes after its description, three
/// codes on a hybrid clinic day) and true mismatches (a PTA's ther-ex 25 against 15, NMR 28 against 16, the second
/// of two codes 24 against 12) and truly missing separate time (38 minutes total for two codes, a gait section with
/// no minutes beside two timed codes);</item>
/// <item>class 7 (v7-h72-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (soup cans for arm strength), 97530 (the wood box by the stove), 97140
/// (patellar and tibiofemoral mobilisation on a clinic week) and 97116 (a rollator down a single-wide's hallway and
/// its metal steps), and wholly generic video, two-code and audio-only notes;</item>
/// <item>ordinary (vord-h72-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a generic two-code video
/// note with a total, a PTA's NMR time that differs, an OT's time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — family members (sons,
/// daughters, husbands, a granddaughter, a grandson, a visiting sister), aides and a neighbour holding the tablet or
/// guarding (none of them a patient, so none of them makes a session a group; the one husband who is also a patient
/// is said to be one), the members of a video class, place-of-service codes 10 and 02, modifiers 95 and 93, the size
/// of a tape grid, chair and step heights, ankle-weight pounds, a hip precaution in degrees, oxygen saturation,
/// dates of a stroke or a surgery and weeks since surgery — and each is written so that a reviewer cannot take it
/// for a code's minutes or a measure; no note gives minutes to a connection drop, a call's start or end, consent,
/// education, a rest or a test.
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
/// documentation profile (group classes, caregiver training and evaluations stay in the notes, never on a line).
/// This set also leaves out a caregiver furnishing part of a billed 97112 (perturbing or pushing on the
/// therapist's count), minutes lost to a dropped connection written beside a code's minutes, a call's start and
/// end times as the only time, manual therapy on a video visit, store-and-forward (recorded) video reviewed after
/// the visit, and whether a service may be furnished by video or audio at all (a coverage question, not the
/// note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 86 of 102 cases agree (100 needed), and 11 of the 68 notes the reviewer passes got a finding, on the analyzer of 43d4757 (the 2026-12-06 tenth session after its first changes, which worked the sixty-fourth and sixty-sixth sets through; made before this set was written) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through: 100 of 102 with 1 false positive — one-on-one on a call ("PTA and pt by ourselves on the call", "only this member on the call"; "She also comes to the Thursday group class" is the patient's other day), telehealth vocabulary from a helper (amplitude finger training, square-stepping, OT self-care with built-up handles, freezing triggers, rollator findings, cutting food; "cut back to every other week" and "sleeping fine" no deficit). Not reached: "97110: part 1 — 12 min, part 2 — 10 min = 22 min" read as 12 (the false positive); a blank "30-s chair stand: ____ (not done)" still a measure. The failing [Fact]s are skipped with that reason until a later session works them through (no case edited).</para>
/// <para>Eleventh session (2026-12-06): 102 of 102 with no false positive ("part 1 — 12 min, part 2 — 10 min = 22 min" is the sum; the chair-stand row left blank is no measure); the false-positive fact passes and its Skip attribute is removed</para>
/// </summary>
public class HeldOutNotesIssue18SeventySecondTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one on video in these writers' words, negated, unstated

        // Cross Lanes video visit, son holding the iPad: "She was the only patient on the link, start to finish"; VOR x1 at a fridge sticky note, head turns down the hallway; L vestibular hypofunction; seconds to symptoms and tandem seconds; 24 matches: passes.
        ["v1-h72-kvh-cross-lanes-only-patient-on-the-link"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PT Treatment Note (video)
            Pt at home in Cross Lanes, WV; son Travis holding the iPad. PT at the Virtual Rehab hub. Consent for video visits on file (signed at the first visit).
            L vestibular neuritis in January — "the kitchen tilts when I turn my head quick."
            97112 — 24 min. She was the only patient on the link, start to finish; nobody else on my screen.
              gaze stabilisation: VOR x1 to a sticky note on the refrigerator, sitting then standing at the counter, horizontal then vertical
              walking the hallway turning her head to read sticky notes on both walls, Travis walking beside her
            Deficit: L vestibular hypofunction — blurred vision and veering with quick head turns to the L
            VOR x1 standing: 40 s before symptoms (15 s on 2/12); tandem at the counter 11 s
            POS 10 · modifier 95
            """,
            ["H81.22", "R26.81"], [PT("97112", 24)], []),

        // Ryegate ranch PTA video, wife out with the heifers: "PTA and pt by ourselves on the call the whole NMR block"; saddle-blanket stance, weight shifts, toe reaches, eyes closed; R ankle proprioception after ORIF; SLS and eyes-closed seconds; 18 matches: passes.
        ["v1-h72-musselshell-ryegate-pta-by-ourselves"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT · PTA daily note
            Video (doxy.me) to the ranch north of Ryegate — Starlink held up today. Pt in the kitchen, phone propped on the sugar canister.
            PTA and pt by ourselves on the call the whole NMR block; his wife was out with the heifers.
            97112 — 18 min
              standing on a folded saddle blanket at the counter: weight shifts front/back and side to side, then single-leg stance reaching the other boot toe to three spots on the floor
              eyes-closed stance on the blanket, fingertips hovering over the counter
            Deficit: R ankle proprioception poor since the ORIF (a colt went over on him in October); rolls the ankle on the rough ground in the corrals
            SLS R on the blanket 8 s (L 25 s); eyes-closed stance 15 s without touching the counter
            Tele-PT POS 10, mod 95.
            """,
            ["S82.61XD", "M25.371"], [PTA("97112", 18)], []),

        // Champlain Thursday video class, "six PD members on the gallery view": not one-on-one; big-amplitude stepping to tape targets, trunk rotation, sit-to-stand; hypokinesia; step length and 5xSTS present: one-on-one missing.
        ["v1-h72-champlain-thursday-class-six-on-the-gallery"] = new(
            """
            CHAMPLAIN UNIVERSITY — Movement Disorders Rehab Clinic · Hybrid PD Program (video week)
            Thursday video class — six PD members on the gallery view, care partners spotting at home; led by the PT.
            97112 — 25 min
              big-amplitude stepping: forward, side and back to painter's-tape targets on each member's floor; trunk rotation reaching across to the tape; sit-to-stand with a big forward lean and arms up
            Deficit (this member): hypokinesia — short steps, reduced trunk rotation, slow to rise from sitting
            Step to the forward tape mark 22 in. (16 in. at his intake); 5xSTS 15.4 s
            Video (Zoom for Healthcare) · POS 10 · modifier 95
            """,
            ["G20.A1"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Surprise member with her aide behind her: "this member and me only — one-on-one video session"; voluntary quick steps to tape marks, reaching outside her base; delayed stepping, falls backward; 4-stage seconds; 20 matches: passes.
        ["v1-h72-saguaro-surprise-member-and-me-aide-behind"] = new(
            """
            SAGUARO HOME REHAB — for Desert Bloom Advantage (HMO) · Tele-rehab visit
            Member at home in Surprise, AZ; vendor tablet on its stand on the breakfast bar. Her aide Rosa stood behind her for every standing drill (guarding only).
            Session: this member and me only — one-on-one video session, no one else on the call.
            97112 — 20 min
              voluntary step practice: quick steps back and out to the side onto a tape X on my call, then back to center
              reaching outside her base for a cup at the far end of the counter, feet kept still
            Deficit: delayed, small stepping reactions — falls backward (two falls since Christmas, both stepping back from the stove)
            4-stage balance: feet together 10 s, semi-tandem 10 s, tandem 3 s
            Encounter: synchronous A/V, POS 10, modifier 95.
            """,
            ["R29.6", "Z91.81"], [PT("97112", 20)], []),

        // Casco Bay PTA "I had this pt and another post-op knee on split screen at the same time": another patient in the block; cushion stance, mirror mini-squats, stair step-downs; knee proprioception after a patellar dislocation; seconds and k of 10 present: one-on-one missing.
        ["v1-h72-casco-bay-pta-split-screen-two-knees"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — Video Visit · PTA note
            Late-afternoon video slot: I had this pt and another post-op knee on split screen at the same time, cueing one while the other did her set.
            97112 — 16 min
              single-leg stance on a couch cushion; mini-squats on the cushion watching knee-over-second-toe in the hall mirror; slow step-down off the bottom stair
            Deficit: R knee proprioception and quad timing since the patellar dislocation — knee drifts in on every step-down
            SLS on the cushion R 14 s; 6 of 10 step-downs with the knee tracking over the toe
            POS 10 · mod 95
            """,
            ["S83.004D"], [PTA("97112", 16)], [At(OneOnOne, "97112")]),

        // Dunbar, "Mr. and Mrs. Pauley are both on our caseload … seen together on the one laptop": another patient in the block; tandem with head turns, stepping over a towel, reaching with feet together; postural control; tandem seconds present: one-on-one missing.
        ["v1-h72-kvh-dunbar-husband-and-wife-one-laptop"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PT Treatment Note (video)
            Mr. and Mrs. Pauley are both on our caseload (both fall risk after hospital stays); seen together on the one laptop at their kitchen table in Dunbar, taking turns at the counter.
            Mrs. Pauley — 97112 — 20 min
              tandem and semi-tandem stance at the counter with head turns; stepping over a rolled towel forward and sideways; reaching to the top cabinet with feet together
            Deficit: postural control — sways and grabs the counter with head turns; catches her toe on thresholds
            Tandem 5 s R foot forward / 3 s L; semi-tandem 10 s each
            POS 10 / modifier 95
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Lavina, sister up from Billings holding the phone: nothing states one-on-one; L weight shifts, L stance with toe taps, slow marching; L hemiparesis with knee hyperextension; stance seconds and k of 10 present: one-on-one missing.
        ["v1-h72-musselshell-lavina-sister-holding-the-phone"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT
            Video from Lavina; her sister is up from Billings for the week and held the phone.
            97112 — 19 min
              weight shift onto the L leg at the counter; L-leg stance tapping the R foot to a paper plate; slow marching with a pause on the L leg
            Deficit: L hemiparesis after the R MCA stroke in August — L knee snaps back in stance, weight stays on the R
            L-leg stance 4 s (1 s in December); 7 of 10 R toe taps without the L knee snapping back
            POS 10 · mod 95
            """,
            ["I69.354", "R26.89"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // Champlain OT video: "OT and client one-on-one on video for all of the 97112"; amplitude-based finger training and guide-line writing; bradykinesia and micrographia; letter height and tap count; 22 matches: passes.
        ["v1-h72-champlain-ot-one-on-one-handwriting"] = new(
            """
            CHAMPLAIN UNIVERSITY — Movement Disorders Rehab Clinic · Hybrid PD Program · OT (video week)
            OT and client one-on-one on video for all of the 97112; her care partner set up the laptop and left the room.
            OT 97112 — 22 min
              amplitude-based finger and hand training: big finger flicks and full-span opens on the count; alternating fist-to-flat on the table; then writing between wide guide lines, resetting size with a big loop every line
            Deficit: bradykinesia and shrinking amplitude in the R hand — micrographia, letters shrink across the line; fumbles buttons
            Letter height on the guide lines 6 mm, held for 3 lines (shrank to 3 mm by line 2 at intake); finger taps R 28 in 10 s
            Video · POS 10 · modifier 95
            """,
            ["G20.A1"], [OT("97112", 22)], []),

        // Saguaro Tuesday video chair-strength class of eight: 97110 has no one-on-one check; seated marching, sit-to-stand, ankle-weight knee extension, heel raises with doses; quad and hip weakness with a couch goal; 22 matches: passes.
        ["v1-h72-saguaro-tuesday-chair-class-97110"] = new(
            """
            SAGUARO HOME REHAB — Desert Bloom Advantage · Tuesday video chair-strength class
            Eight members on the call, each in their own home; I led and watched the gallery for form.
            This member: 97110 — 22 min
              seated marching 2 x 20; sit-to-stand from her dining chair 2 x 8; seated knee extension with a 2-lb ankle weight 2 x 12 each; standing heel raises at the chair back 2 x 10
            Limits: quad and hip weakness both sides — pushes up twice to get off the couch; goal: up from the couch on the first try
            Video · POS 10 · modifier 95
            """,
            ["M62.81", "R26.81"], [PT("97110", 22)], []),

        // Falmouth, wife guarding on camera: "One-to-one telehealth: he was my only patient on the session"; 97112 21 and 97110 12 match; tandem on a folded bath mat eyes closed; sit-to-stand, step-ups, side-stepping with doses; neuropathy and hip weakness; tandem seconds and 30s CST: passes.
        ["v1-h72-casco-bay-falmouth-wife-guarding-on-camera"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — Video Visit (Friday video day; clinic on Tuesdays)
            Pt at home in Falmouth, laptop on the kitchen island; his wife on camera holding the gait belt for all the standing work.
            One-to-one telehealth: he was my only patient on the session.
            97112 — 21 min: semi-tandem and tandem stance on the kitchen floor, then on a bath mat folded twice; eyes closed for the last round; head turns in tandem
            97110 — 12 min: sit-to-stand from the kitchen chair 3 x 8; step-ups onto the bottom stair 2 x 10 each; side-stepping along the island 3 laps
            Deficits: sensory loss in both feet (diabetic neuropathy) — sways with eyes closed; hip abductors weak, can't catch himself sideways
            Tandem eyes open 9 s, eyes closed 3 s; 30s CST 11
            POS 10 / modifier 95
            """,
            ["E11.42", "R26.81"], [PT("97112", 21), PT("97110", 12)], []),

        // St. Albans PTA: "Between her sets I put her on hold to take another pt's video check-in on my second screen": attending someone else in the block; cabinet-sticker reaches, R weight shift, phone-book steps; R hemiparesis; hold seconds and k of 10 present: one-on-one missing.
        ["v1-h72-kvh-st-albans-pta-put-her-on-hold"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PTA Treatment Note (video)
            97112 — 17 min
              trunk control sitting → standing: reaching across midline to stickers on the cabinet doors; weight shift onto the R leg at the counter; stepping the L foot onto and off a phone book
              Between her sets I put her on hold to take another pt's video check-in on my second screen.
            Deficit: R hemiparesis after the L CVA — poor weight acceptance on the R leg, trunk leans L
            R-leg weight shift held 6 s; 8 of 10 phone-book steps without the counter
            POS 10 · mod 95
            """,
            ["I69.351", "R26.89"], [PTA("97112", 17)], [At(OneOnOne, "97112")]),

        // Harlowton ranch yard, daughter filming: 97530 has no one-on-one check; bucket carries, wire gate, one-knee wrench pick-ups with counts; L hip weakness carrying after THA; carries without setting down; 23 matches: passes.
        ["v1-h72-musselshell-harlowton-97530-in-the-yard"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT
            Video to Harlowton; daughter Jolene on the phone camera, following him around the house and out to the yard.
            97530 — 23 min
              carrying a 5-gal bucket a third full of oats from the porch to the yard gate and back, x 4
              opening and latching the wire gate, x 3
              getting down to one knee to pick up a dropped wrench and back up holding the porch post, x 5
            Deficit: L hip weakness and poor balance carrying since the THA in December — stops to set the bucket down every few steps; can't get up off one knee without hauling on something
            Carries without setting the bucket down: 4 of 4 (0 of 4 two weeks ago)
            POS 10 · mod 95
            """,
            ["Z96.642", "Z47.1"], [PT("97530", 23)], []),

        // Champlain "Individual video visit — just this pt and me, one-on-one the whole 97112" beside the Thursday class she attends (charted on its own); turns around a chair, threshold tape line; freezing at the doorway; turn steps and k of 8; 23 matches: passes.
        ["v1-h72-champlain-own-slot-not-the-class"] = new(
            """
            CHAMPLAIN UNIVERSITY — Hybrid PD Program · PT (video week 3; clinic week 4)
            Individual video visit — just this pt and me, one-on-one the whole 97112. (She also comes to the Thursday group class; that is charted on its own.)
            97112 — 23 min
              turning practice in the kitchen: 180° turns around a chair with big steps on a counted rhythm; walking through the bathroom doorway with a tape line across the threshold to step over
              reaching high and low for the coffee mugs with a big weight shift
            Deficit: freezing at the bathroom doorway and on turns; festinates when rushed
            180° turn in 5 steps (9 steps at intake); froze at the doorway 1 of 8 passes (5 of 8 at intake)
            POS 10 / modifier 95
            """,
            ["G20.A2"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // KVH dot-phrase "Delivery: ☒ Individual (1 clinician : 1 pt)": one-on-one; sensory reweighting on a bed pillow eyes open/closed, head turns; chemo neuropathy; seconds; 22 matches: passes.
        ["v2-h72-kvh-delivery-individual-ticked"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · .VRPTDAILY
            Modality:        ☒ Video (synchronous A/V)   ☐ Audio only   ☐ In person
            Pt location:     ☒ Home   ☐ Other: ______     State: WV
            Others present:  ☒ Family/caregiver (granddaughter)   ☐ Interpreter
            Delivery:        ☒ Individual (1 clinician : 1 pt)   ☐ Group (virtual class)
            97112 — 22 min
              sensory reweighting at the counter: feet together on the tile, then on a bed pillow, eyes open → closed; head turns on the pillow
            Deficit: impaired sensation in both feet (chemo-induced neuropathy) — relies on vision, unsteady in the dark bathroom at night
            Feet together on the pillow, eyes closed: 12 s (4 s at eval)
            POS: 10   Mod: 95
            """,
            ["G62.0", "R26.81"], [PT("97112", 22)], []),

        // KVH dot-phrase "Delivery: ☐ Individual ☒ Group (virtual class — Wednesday Steady Steps, 5 pts)": not one-on-one; weight shifts, towel side-steps, tandem walk at the counter; postural control; step count and seconds present: one-on-one missing.
        ["v2-h72-kvh-delivery-group-ticked"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · .VRPTDAILY
            Modality:        ☒ Video (synchronous A/V)   ☐ Audio only   ☐ In person
            Delivery:        ☐ Individual (1 clinician : 1 pt)   ☒ Group (virtual class — Wednesday Steady Steps, 5 pts)
            97112 — 24 min
              standing at the counter: weight shifts forward and back on a count; side-steps over a rolled towel; tandem walk along the counter edge
            Deficit: postural control — loses balance backward stepping back; two falls this winter
            Tandem walk 6 steps without touching the counter (3 at eval); tandem stance 5 s
            POS: 10   Mod: 95
            """,
            ["R29.6", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Saguaro form "1:1 with therapist: [ ] Y [ ] N", neither ticked and no other statement: never stated; heel-to-tape, finger-to-target, stepping to targets; ataxia after a cerebellar stroke; k of 10 present: one-on-one missing.
        ["v2-h72-saguaro-one-to-one-row-blank"] = new(
            """
            SAGUARO HOME REHAB · Tele-rehab visit form
            Member: Desert Bloom Advantage (HMO) · Green Valley, AZ
            Tablet: vendor LTE tablet  ☒ connected  ☐ dropped
            Caregiver present: ☒ Y  ☐ N  (husband)
            1:1 with therapist: [ ] Y  [ ] N
            97112 — 21 min
              heel-to-shin sliding along a tape strip in sitting; finger-to-target on the magnets on the fridge; stepping the R foot to a tape X and back, slow
            Deficit: R-sided ataxia after the cerebellar stroke — overshoots targets, wide-based staggering gait
            Toe to the tape X 6 of 10 (2 of 10 at SOC); finger-to-target overshoot on 3 of 10
            POS 10 · Mod 95
            """,
            ["I69.393", "R26.0"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Saguaro PTA form "Impairment addressed: ______" left blank and nothing else names a deficit or system; towel step-overs, foot clock-reaches, bath-mat stance; 1:1 ticked Y; 4-stage seconds: deficit missing.
        ["v2-h72-saguaro-impairment-addressed-blank"] = new(
            """
            SAGUARO HOME REHAB · Tele-rehab visit form · PTA
            Member: Desert Bloom Advantage (HMO) · Casa Grande, AZ
            1:1 with therapist: [X] Y  [ ] N
            Impairment addressed: ______________
            97112 — 19 min
              stepping over a rolled bath towel forward, back and sideways; clock reaches with the foot to 12, 3, 6 and 9 taped on the floor; feet-together stance on a folded bath mat
            4-stage balance: semi-tandem 10 s, tandem 7 s
            Rolling walker parked in front; husband guarding.
            POS 10 · Mod 95
            """,
            ["R26.81"], [PTA("97112", 19)], [At(Deficit, "97112")]),

        // Musselshell flowsheet: exercises ticked, "Sets/reps: ____" and "30-s chair stand: ____" left blank; hip weakness with a grain-truck goal; no dose or number but the code's: measure missing.
        ["v2-h72-musselshell-sets-and-chair-stand-blank"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT daily flowsheet
            Connection: ☒ Starlink  ☐ cell hotspot  ☐ audio fallback
            Exercises done on camera: ☒ sit-to-stand from the kitchen chair  ☒ heel raises at the sink  ☒ side-stepping along the counter  ☒ mini squats  ☐ step-ups
            Sets/reps: ____
            30-s chair stand: ____  (not done — picture kept freezing)
            Why: both hips weak since the hospital stay for pneumonia; can't climb into the grain truck cab
            97110 — 20 min
            POS 10 · mod 95
            """,
            ["M62.81", "R53.81"], [PT("97110", 20)], [At(Measure, "97110")]),

        // Champlain hybrid grid "☒ Video / Session: ☒ 1:1", freezing-trigger boxes (turning, doorways) as the deficit; tape lines and metronome app in the hallway; step length and 360° turn steps; 24 matches: passes.
        ["v2-h72-champlain-hybrid-week-grid"] = new(
            """
            CHAMPLAIN UNIVERSITY — Hybrid PD Program · PT
            This week:          ☐ Clinic   ☒ Video        Session: ☒ 1:1   ☐ Group
            Med state:          ☒ ON   ☐ OFF   ☐ wearing off
            Freezing triggers:  ☒ turning   ☒ doorways   ☐ dual task
            Cue used:           ☒ visual (tape lines)   ☒ auditory (metronome app)   ☐ tactile
            97112 — 24 min
              walking the hallway over tape lines spaced for a long step, then with the lines taken up; metronome set just above her usual step rate; turns at the end of the hall broken into a wide arc
            Step length on the hall tape 21 in. (15 in. off-cue at intake); 360° turn in 8 steps
            Care partner (husband) spotting from behind.
            POS 10 · Mod 95
            """,
            ["G20.A2"], [PT("97112", 24)], []),

        // Casco Bay storm-day gait grid "Device: ____ Distance: ____ Assist: ____" left blank; cane loop, heel strike, turns, mudroom step; short R step after TKA; no distance, assistance or number: measure missing.
        ["v2-h72-casco-bay-gait-grid-blank"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — Video Visit (storm day — clinic visit converted to video)
            Gait:   Device: ______   Distance: ______   Assist: ______
            97116 — 18 min
              walking the downstairs loop (kitchen → living room → front hall) with the cane in the L hand, working on heel strike and a longer step on the R; turning at the front door without pivoting on the R foot; up and down the single step into the mudroom
            Deficit: short R step and no R heel strike since the R TKA; the knee stays bent through stance
            POS 10 · modifier 95
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 18)], [At(Measure, "97116")]),

        // KVH ther-ex grid with "Region: ☒ L knee", ticked exercises with doses and a car-and-church goal; 19 matches: passes.
        ["v2-h72-kvh-ther-ex-grid-with-doses"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · .VRPTDAILY (ther ex grid) · pt at home, Sissonville
            Region:  ☒ L knee   ☐ R knee   ☐ hip   ☐ back
            ☒ quad sets                                   3 x 10, 5-s hold
            ☒ heel slides, dish towel under the heel      2 x 15
            ☒ seated knee extension, 1-lb ankle weight    2 x 12
            ☐ step-ups                                    (not yet)
            ☒ standing knee flexion at the counter        2 x 10
            97110 — 19 min
            Goal: bend the L knee enough to get in and out of her Buick and sit through Sunday service
            POS 10 · Mod 95
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 19)], []),

        // Saguaro OT setup and task boxes: tub-bench transfer, long sponge, grab-bar toilet transfer with SBA / mod I; posterior-hip precautions; 24 matches: passes.
        ["v2-h72-saguaro-ot-setup-and-task-boxes"] = new(
            """
            SAGUARO HOME REHAB · OT tele-rehab visit form · Sun City West, AZ
            Setup:  ☒ path cleared   ☒ chair with arms   ☒ caregiver within reach   ☒ tablet propped on the bathroom counter (dry run, clothed)
            Tasks (97530 — 24 min):
              ☒ tub-bench transfer, legs over the tub wall one at a time — SBA from her daughter, my verbal cues
              ☒ reaching her lower legs and the shower caddy with the long-handled sponge — mod I
              ☒ toilet transfer using the grab bar — SBA
              ☐ step-in shower (not applicable)
            Why: R hip precautions after the posterior THA — can't bend past 90° to wash her feet or get over the tub wall
            POS 10 · Mod 95
            """,
            ["Z96.641", "Z47.1"], [OT("97530", 24)], []),

        // Musselshell flowsheet "Seen one-on-one (Y/N): Y" on a cell hotspot: one-on-one; head-turn walking reading door-frame numbers, cushion head nods, VOR x1; R vestibular hypofunction after labyrinthitis; k of 10 and seconds; 20 matches: passes.
        ["v2-h72-musselshell-seen-one-on-one-y"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT daily flowsheet
            Seen one-on-one (Y/N): Y
            Pt location: home, Melstone · Connection: ☒ cell hotspot (Starlink down)
            97112 — 20 min
              walking the kitchen-to-porch route turning his head to read numbers taped on the door frames; standing on the couch cushion with head nods; VOR x1 to the feed-store calendar
            Deficit: R vestibular hypofunction after labyrinthitis in November — the road bounces when he drives the gravel, wobbles turning his head in the barn
            Numbers read walking with head turns: 8 of 10 (4 of 10 first visit); cushion stance with head nods 20 s
            POS 10 / modifier 95
            """,
            ["H83.01", "R26.81"], [PT("97112", 20)], []),

        // Casco Bay hybrid-plan box "☒ In clinic this visit" (no modifier 95): 97140 12 and 97110 14 match; GH glides with grade and STM; sleeper stretch, band ER, wall walks with doses; R adhesive capsulitis with reaching limits; ER and flexion degrees: passes.
        ["v2-h72-casco-bay-hybrid-plan-clinic-day"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — South Portland
            Hybrid plan:  ☒ In clinic this visit   ☐ Video     (pattern: clinic Tue / video Fri)
            Region:       ☒ R shoulder
            97140 — 12 min: GH inferior and posterior glides gr III-IV in supine; STM R infraspinatus and teres minor
            97110 — 14 min: sleeper stretch 3 x 30 s; ER with the red band 2 x 15; wall walks 2 x 10 — the same three she does on Friday's video
            Adhesive capsulitis R: can't reach the top shelf or behind her back to tuck in her shirt
            ER at 0° abduction 25° → 34°; flexion 120° → 128°
            In person today — no modifier 95.
            """,
            ["M75.01"], [PT("97140", 12), PT("97110", 14)], []),

        // Champlain OT task and performance grid with nothing ticked, "Client tolerated session well; continue per OT plan": no activity, deficit or level named — wholly generic.
        ["v2-h72-champlain-ot-grid-unticked"] = new(
            """
            CHAMPLAIN UNIVERSITY — Hybrid PD Program · OT (video week)
            Tasks:        ☐ dressing   ☐ meal prep   ☐ handwriting   ☐ medication management
            Performance:  ☐ indep   ☐ SBA   ☐ min A   ☐ mod A
            OT 97530 — 20 min. Client tolerated session well; continue per OT plan.
            POS 10 · Mod 95
            """,
            ["G20.A1"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // KVH "Modality: ☒ Audio only" (tablet would not connect), modifier 93: bridges, side-lying abduction, hip extension, sit-to-stand with doses counted aloud; R hip weakness after THA with a porch-step limp; 16 matches: passes.
        ["v2-h72-kvh-audio-only-box-ticked"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · .VRPTDAILY
            Modality:        ☐ Video   ☒ Audio only (her tablet would not connect; she declined to reschedule)   ☐ In person
            Others present:  ☒ Family/caregiver (husband counted reps aloud)
            97110 — 16 min
              bridges 2 x 10; side-lying hip abduction 2 x 10 each; standing hip extension at the counter 2 x 10; sit-to-stand 2 x 8 — she counted each rep out loud and described her form; husband confirmed
            Deficit: R hip abductor and extensor weakness 7 wks after the anterior THA; limps going up her porch steps
            POS 10 · Mod 93 (audio-only)
            """,
            ["Z96.641", "Z47.1"], [PT("97110", 16)], []),

        // ---------------------------------------------------------------- class 3: named programmes, protocols and devices as techniques

        // KVH Otago Exercise Programme level B at the counter: ankle-cuff knee extension, side leg raise, calf and toe raises, sit-to-stand, backwards walking with doses; quad and hip abductor weakness, garden falls, mailbox goal; 21 matches: passes.
        ["v3-h72-kvh-otago-level-b-at-the-counter"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PT Treatment Note (video)
            Otago Exercise Programme — level B today (up from A); laptop on the kitchen table, pt at the counter, daughter-in-law in the doorway.
            97110 — 21 min
              knee extensors: seated, 3-lb ankle cuff, 2 x 10 each; hip abductors: standing side leg raise holding the counter, 2 x 10 each
              calf raises, one hand on the counter, 2 x 10; toe raises 2 x 10
              sit-to-stand, one hand on the table, 2 x 10; backwards walking along the counter x 4
            Why: quads and hip abductors weak — fell twice in the garden last summer; goal: walk to the mailbox at the bottom of the hill without her stick
            POS 10 · Mod 95
            """,
            ["R29.6", "M62.81"], [PT("97110", 21)], []),

        // Champlain PWR!Moves (Up, Rock, Twist, Step) strung into a task, one-on-one on video with the care partner spotting; axial rigidity and postural instability; functional reach cm and turn steps; 22 matches: passes.
        ["v3-h72-champlain-pwr-moves-at-the-counter"] = new(
            """
            CHAMPLAIN UNIVERSITY — Hybrid PD Program · PT (video week 5)
            PWR!Moves standing at the counter, one-on-one on video (care partner spotting; no one else on the call):
            97112 — 22 min
              PWR!Up (antigravity extension), PWR!Rock (weight shift), PWR!Twist (axial rotation), PWR!Step (big step and reach) — each in blocks of 10, then strung together: sit-to-stand → step → reach into the cupboard
            Deficit: stooped posture and axial rigidity; weight shift to the L slow and small; postural instability (retropulsion on the pull test at last week's clinic visit)
            Functional reach (yardstick taped to the wall) 23 cm (17 cm at intake); 360° turn in 7 steps
            POS 10 · Mod 95
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // Musselshell Cawthorne-Cooksey standing stage, "I had him by himself on the video, one-on-one"; eye and head movements, ball toss, floor pick-ups; L vestibular hypofunction; seconds: passes.
        ["v3-h72-musselshell-cawthorne-cooksey"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT
            Cawthorne-Cooksey progression, standing stage: eyes following his thumb side to side and up and down; head turns eyes open then closed; tossing a ball hand to hand above eye level; bending to pick a glove off the floor and back up
            97112 — 19 min · I had him by himself on the video, one-on-one (his wife had gone to town)
            Deficit: L vestibular hypofunction after labyrinthitis — dizzy and off balance bending to check a calf, and turning his head on the four-wheeler
            Standing head turns, eyes closed: 25 s before he had to stop (8 s at eval); tandem 10 s
            POS 10 / Mod 95
            """,
            ["H83.02", "R26.81"], [PT("97112", 19)], []),

        // Saguaro PTA Vivifrail Passport B: chair squats, wall push-ups, band rows on the patio door, heel-toe walking with doses; frailty, slow gait, Arizona-room fall and a mailbox goal; 18 matches: passes.
        ["v3-h72-saguaro-vivifrail-passport-b"] = new(
            """
            SAGUARO HOME REHAB · Tele-rehab · PTA
            Vivifrail multicomponent programme — Passport B (frail, with falls): today's card.
            97110 — 18 min
              chair squats from the dining chair 3 x 8; wall push-ups 2 x 10; seated rows with the yellow band tied to the patio door handle 2 x 12; heel-toe walking along the kitchen counter x 4 lengths
            Member: frail since the hospital stay — slow gait, weak quads, fell in the Arizona room in January; goal: walk to the HOA mailbox cluster
            POS 10 · Mod 95
            """,
            ["M62.81", "Z91.81"], [PTA("97110", 18)], []),

        // Champlain LSVT BIG functional component: recliner rise, cupboard reach, back-door steps done BIG with counts; hypokinesia in daily tasks; recliner rises on the first try; 26 matches: passes.
        ["v3-h72-champlain-lsvt-big-functional-tasks"] = new(
            """
            CHAMPLAIN UNIVERSITY — Hybrid PD Program · PT (video week, LSVT BIG week 3)
            LSVT BIG — functional component and hierarchy tasks today (the daily maximal exercises are his home program):
            97530 — 26 min
              getting up from the recliner BIG (scoot, lean, push, up) x 8
              reaching BIG into the upper cupboard for the cereal box and setting it on the table x 8
              walking BIG to the back door, opening it, stepping down onto the deck and back x 5
            Deficit: hypokinesia in daily tasks — small, slow movements; gets stuck halfway out of the recliner; shuffles to the door
            Out of the recliner on the first try 7 of 8 (2 of 8 at intake)
            POS 10 · Mod 95
            """,
            ["G20.A1"], [PT("97530", 26)], []),

        // KVH OT graded motor imagery with the Recognise app on shared screen, "OT and pt one-on-one on the video visit"; CRPS R hand with slowed left/right recognition; accuracy % and response seconds; 20 matches: passes.
        ["v3-h72-kvh-ot-graded-motor-imagery"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · OT Treatment Note (video)
            Graded motor imagery, stage 1 → 2: left/right hand judgements in the Recognise app (shared screen), then explicit motor imagery of her R hand opening the car door.
            OT 97112 — 20 min — OT and pt one-on-one on the video visit; nobody else on the call
            Deficit: CRPS type 1, R hand, after the wrist fracture — slowed, inaccurate recognition of R hand images; R hand feels "too big"; guards it from touch
            L/R judgement: R hand 79% accurate, 2.4 s mean (62%, 3.8 s at eval); L hand 94%, 1.6 s
            POS 10 · Mod 95
            """,
            ["G90.511", "S52.501D"], [OT("97112", 20)], []),

        // Casco Bay square-stepping exercise on a painter's-tape grid (ferry cancelled), "exclusive video time with this pt, one-on-one"; stepping sequencing and accuracy; patterns completed k of 5: passes.
        ["v3-h72-casco-bay-square-stepping-tape-grid"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — Video Visit (Peaks Island ferry cancelled — video instead of clinic)
            Square-stepping exercise: the 4 x 10 grid laid out in painter's tape on her kitchen floor last week; today patterns 5 → 8 (forward, diagonal and lateral, more complex each time)
            97112 — 20 min — exclusive video time with this pt, one-on-one
            Deficit: motor sequencing and stepping accuracy — catches her toe, tripped on the ferry ramp in December
            Pattern 7 without a wrong square on 4 of 5 tries; pattern 8 on 2 of 5
            POS 10 · Mod 95
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], []),

        // Saguaro LiFE programme woven into her day (tandem at the kettle, sit-to-stands, newspaper pick-ups, toe walking, side-stepping) with weak legs and a golf-cart fall — no dose, count or number but the code's: measure missing.
        ["v3-h72-saguaro-life-programme-no-dose"] = new(
            """
            SAGUARO HOME REHAB · Tele-rehab
            LiFE (Lifestyle-integrated Functional Exercise) — walked through her day with the tablet: tandem stance while the kettle heats; sit-to-stand every time she gets up from the table; knees bent to pick the newspaper off the floor; toe walking to the front door; side-stepping along the counter while unloading the dishwasher
            97110 — 20 min
            Why: legs weak and balance poor since the hospital stay for pneumonia; fell getting out of the golf cart
            Plan: keep the LiFE activity log on the fridge; review it next visit.
            POS 10 · Mod 95
            """,
            ["M62.81", "R26.81"], [PT("97110", 20)], [At(Measure, "97110")]),

        // Champlain Nordic walking poles from the loaner kit on the driveway, wife carrying the phone: distance and SBA; shuffling with reduced arm swing, freezing on turns; 18 matches: passes.
        ["v3-h72-champlain-nordic-poles-on-the-driveway"] = new(
            """
            CHAMPLAIN UNIVERSITY — Hybrid PD Program · PT (video week)
            Nordic walking poles (the clinic's loaner pair) on his driveway and the road shoulder; his wife carried the phone and walked behind him.
            97116 — 18 min
              pole walking with a deliberate heel strike and opposite-arm plant, 4 x 150 ft; stopping and turning around with the poles
              SBA by his wife; no freezing with the poles
            Deficit: shuffling gait with reduced arm swing and trunk rotation; freezes turning without the poles
            POS 10 · Mod 95
            """,
            ["G20.A1", "R26.89"], [PT("97116", 18)], []),

        // KVH in-person week of a hybrid plan: Kaltenborn grade III distraction and posterior glides, subscapularis STM; L adhesive capsulitis with hair and back-seat limits; ER and abduction degrees; 13 matches: passes.
        ["v3-h72-kvh-kaltenborn-on-the-clinic-week"] = new(
            """
            KANAWHA VALLEY HEALTH — Outpatient Rehab, South Charleston (in-person week of the hybrid plan; video visits alternate)
            97140 — 13 min
              Kaltenborn grade III lateral distraction and posterior glides of the L GH joint in the resting position, then at end-range ER
              STM L subscapularis
            Deficit: L adhesive capsulitis — can't reach behind her head to fix her hair, or into the back seat
            L ER 18° → 30°; abduction 85° → 96°
            Next visit: video (Thursday).
            """,
            ["M75.02"], [PT("97140", 13)], []),

        // Musselshell Frenkel exercises on a tape strip and numbered squares, "one-on-one, him and me on the call"; lower-limb ataxia after a cerebellar stroke; k of 10: passes.
        ["v3-h72-musselshell-frenkel-on-a-tape-strip"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT
            Frenkel exercises sitting then standing: heel slides to marked spots on a tape strip along the floor, foot placed into numbered squares on my call, slow steps into footprints traced on newspaper
            97112 — 20 min — one-on-one, him and me on the call
            Deficit: lower-limb ataxia after the cerebellar stroke in September — overshoots foot placement, wide stance, staggers on turns
            Foot inside the called square 7 of 10 (3 of 10 at SOC); heel on target 8 of 10 sitting
            POS 10 · Mod 95
            """,
            ["I69.393", "R26.0"], [PT("97112", 20)], []),

        // Casco Bay mailed foam pad: star-excursion reaches, hop-and-stick, wall ball toss, "one-on-one video (her own slot, only pt on the call)"; R ankle proprioception; "to be measured at Tuesday's clinic visit" — no number but the code's: measure missing.
        ["v3-h72-casco-bay-mailed-foam-pad-no-number"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — Video Visit · Westbrook
            97112 — 17 min · one-on-one video (her own slot, only pt on the call)
              star-excursion reaches with the L foot while standing on the R on the foam pad the clinic mailed her; hop-and-stick from the bottom stair onto the pad; ball toss against the garage wall standing on the pad
            Deficit: R ankle proprioception after the inversion sprain — gives way on the uneven infield at softball
            Reach distances and hop-and-stick counts to be measured at Tuesday's clinic visit.
            POS 10 · Mod 95
            """,
            ["S93.401D"], [PT("97112", 17)], [At(Measure, "97112")]),

        // KVH pedal exerciser under the kitchen table with revolutions and resistance, towel heel slides, quad sets with doses; L knee flexion stiffness after TKA with a truck goal; 17 matches: passes.
        ["v3-h72-kvh-pedal-exerciser-under-the-table"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PT Treatment Note (video)
            Pedal exerciser (the folding one from the pharmacy) set under the kitchen table.
            97110 — 17 min
              pedal exerciser, resistance knob at 2: 3 sets of 40 revolutions forward, 20 back
              heel slides with a towel 2 x 15; quad sets 2 x 10 with 5-s holds; seated knee flexion sliding the foot under the chair 2 x 10
            Deficit: L knee stiff bending 6 wks after the TKA — can't bend it enough to climb into her son's truck
            POS 10 · Mod 95
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 17)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Musselshell ranch yard, grandson holding the phone: can't get the R leg up onto the running board, hauls himself in — the finding; running-board step-ups, seat pivots, tractor step with counts; 22 matches: passes.
        ["v4-h72-musselshell-leg-wont-reach-the-running-board"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT
            Video from the ranch yard — his grandson held the phone (tablet no good outside).
            R TKA in November. Can't get his R leg up onto the pickup's running board; hauls himself in by the grab handle and the steering wheel. Can't swing up into the tractor seat either.
            97530 — 22 min
              step-up onto the running board leading with the R, hands on the grab handle for balance only, x 8
              seated pivot into the driver's seat and back out, x 5
              up onto the tractor's bottom step and down, x 6
            Running-board step-up without pulling on the wheel 6 of 8
            POS 10 · Mod 95 (pt location: home — the ranch)
            """,
            ["Z96.651", "Z47.1"], [PT("97530", 22)], []),

        // KVH Nitro: R knee gives way on the last porch step, grabs the storm door, stiff-knee hip hike — the finding; porch steps step-to with rail and cane, porch-board walking with distance; SBA by daughter; 15 matches: passes.
        ["v4-h72-kvh-knee-gives-on-the-last-porch-step"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PT Treatment Note (video) · pt at home, Nitro
            R knee gives way on the last porch step coming down; she grabs the storm door. Walks with the R knee stiff and hikes the hip.
            97116 — 15 min
              the 5 porch steps with the rail and the cane, step-to going down leading with the cane and R foot, 3 trips; then walking the porch boards to the mailbox path 2 x 60 ft, working on knee bend in swing
              SBA by her daughter on camera; no buckling on any trip
            POS 10 · Mod 95
            """,
            ["Z96.651", "R26.89"], [PT("97116", 15)], []),

        // Saguaro: sways backward looking up into the top cabinets and hanging laundry, grabs the bar with eyes closed — the finding; "individual video session, just the member and me"; head extension, overhead reaches, eyes-closed bath-mat stance; seconds and k of 10: passes.
        ["v4-h72-saguaro-sways-back-looking-up"] = new(
            """
            SAGUARO HOME REHAB · Tele-rehab
            Looking up into the top cabinets she sways backward and has to step back against the fridge; same hanging laundry on the patio line. Closes her eyes in the shower and grabs the bar.
            97112 — 21 min · individual video session, just the member and me (husband Gene guarding)
              looking up with the head tipped back while standing at the counter, feet apart → together; reaching to the top shelf with eyes on the target; standing on a folded bath mat eyes closed, hands hovering
            Deficit: postural control leaning on vision; backward sway with the neck extended
            Feet together on the bath mat, eyes closed 9 s (3 s at SOC); looked up 10 times without a step back on 7 of 10
            POS 10 · Mod 95
            """,
            ["R26.81", "R29.6"], [PT("97112", 21)], []),

        // Champlain OT: can't cut her pork chop, switched to pullovers, checks too small for the bank — the findings; rocker-knife cutting, cardigan buttons, practice checks with counts and seconds; 21 matches: passes.
        ["v4-h72-champlain-ot-cant-cut-the-pork-chop"] = new(
            """
            CHAMPLAIN UNIVERSITY — Hybrid PD Program · OT (video week)
            Can't cut her pork chop anymore — her husband does it; the buttons on her cardigan take so long she's switched to pullovers; signs checks so small the bank called.
            OT 97530 — 21 min
              cutting modelling-clay "meat" at the dinner table with a rocker knife, then a regular knife, big deliberate strokes, 10 cuts each
              cardigan buttons with big finger movements, top to bottom x 2
              writing three checks in the practice checkbook between guide lines
            Cut through with the rocker knife 10 of 10, regular knife 6 of 10; five buttons in 88 s (150 s at intake)
            POS 10 · Mod 95
            """,
            ["G20.A1"], [OT("97530", 21)], []),

        // Casco Bay lobsterman: can't swing a trap over the rail, shoulder catches at shoulder height, painful arc — the finding; band ER on the stair post, milk-jug scaption, rows, prone Ys with doses; 17 matches: passes.
        ["v4-h72-casco-bay-trap-wont-go-over-the-rail"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — Video Visit (hybrid: clinic every other week)
            Lobsterman out of Cundy's Harbor: can't swing a trap over the rail with the R arm — the shoulder catches at shoulder height and he has to boost it with his knee; painful arc going up.
            97110 — 17 min
              ER with the green band tied to the stair post 3 x 12; scaption to shoulder height holding a half-gallon of milk 2 x 10; rows with the band 3 x 12; prone Ys on the bed 2 x 10
            POS 10 · Mod 95
            """,
            ["M75.41"], [PT("97110", 17)], []),

        // KVH OT: since the stroke can't hold a pen to sign the church visitor card, drops her spoon, can't work her jeans snap — the findings; built-up pen, weighted-spoon bean scoops, snap and zipper with counts and SBA; 20 matches: passes.
        ["v4-h72-kvh-ot-cant-sign-the-church-card"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · OT Treatment Note (video)
            Since the stroke in November she can't hold a pen to sign the visitor card at church, drops her spoon at supper, can't work the snap on her jeans.
            OT 97530 — 20 min
              name and address on the church visitor card with the built-up pen, x 5
              scooping dry beans with the weighted spoon into a cup across the table, x 10
              jeans snap and zipper on the pair laid across her lap, x 3
            Built-up pen: name legible 4 of 5; beans spilled on 2 of 10 scoops; snap and zipper with SBA
            POS 10 · Mod 95
            """,
            ["I69.351"], [OT("97530", 20)], []),

        // Saguaro PTA: can't get her legs into the golf cart, sits down hard, same with the SUV — the finding; cart-seat backing, controlled sit, leg swings in the carport with counts; CGA → SBA; 19 matches: passes.
        ["v4-h72-saguaro-pta-legs-wont-swing-into-the-cart"] = new(
            """
            SAGUARO HOME REHAB · Tele-rehab · PTA
            Can't get into the golf cart — both legs have to be lifted in by hand, and she drops onto the seat. Same getting into her daughter's SUV.
            97530 — 19 min (cart in the carport; daughter filmed)
              back up to the cart seat until she feels it behind her knees, reach back for the roof post, sit with control, swing the legs in one at a time x 6; out x 6
              the same to a dining chair with a pillow to match the height, x 4
            Legs in without lifting them by hand 4 of 6; CGA → SBA from her daughter
            POS 10 · Mod 95
            """,
            ["M17.0", "M62.81"], [PTA("97530", 19)], []),

        // Musselshell: "No complaints … walked the whole fence line … like it never happened" — sit-to-stand, step-ups, lunges, side-stepping with doses but no region, impairment or goal targeted: deficit missing.
        ["v4-h72-musselshell-no-complaints-fence-line"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT
            No complaints today. Walked the whole fence line checking for breaks on Sunday; sleeping fine; "it's like it never happened."
            97110 — 18 min
              sit-to-stand 3 x 12; step-ups onto the porch step 3 x 10 each; lunges down the hallway 2 x 8 each; side-stepping with the band 3 laps
            Asked to cut back to every other week.
            POS 10 · Mod 95
            """,
            ["Z96.651"], [PT("97110", 18)], [At(Deficit, "97110")]),

        // Casco Bay: back to pickup basketball, no giving way, swelling or pain, hops and cuts the same both sides; hop-and-stick, cushion ball catches, figure-8 hops; "one-on-one video, no other pt"; equal SLS seconds and k of 10 — no deficit or system targeted: deficit missing.
        ["v4-h72-casco-bay-ankle-all-clear"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — Video Visit
            Back to pickup basketball twice this week — no giving way, no swelling, no pain cutting. Hops, cuts and lands the same on both sides on camera.
            97112 — 16 min — one-on-one video, no other pt on the session
              hop-and-stick forward and sideways onto a couch cushion; single-leg stance on the cushion catching a tennis ball off the wall; figure-8 hops around two shoes
            SLS on the cushion 30 s each side, equal; 10 of 10 sticks each leg
            POS 10 · Mod 95
            """,
            ["S93.401D"], [PT("97112", 16)], [At(Deficit, "97112")]),

        // KVH post-COVID: has to sit after a few stairs to the bedroom, legs like lead — the finding; seated marching, sit-to-stand, bottom-stair step-ups with doses and rests; 18 matches: passes.
        ["v4-h72-kvh-sits-down-halfway-up-the-stairs"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PT Treatment Note (video)
            Since COVID in the fall she has to sit down halfway up the stairs to the bedroom; her legs "feel like lead" and she's winded.
            97110 — 18 min
              seated marching 3 x 20; sit-to-stand from the dining chair 2 x 8; step-ups onto the bottom stair 2 x 6 each, seated rest between sets
              SpO2 stayed 93–96% on her finger clip
            Goal: the whole flight without sitting down
            POS 10 · Mod 95
            """,
            ["U09.9", "R53.81"], [PT("97110", 18)], []),

        // Saguaro PTA: rollator catches on the rug edge and the carpet strip, leans over the handles, shortening steps — the finding; upright rollator loop with handles raised, tipping over the strip, laps with distance; CGA → SBA; 16 matches: passes.
        ["v4-h72-saguaro-rollator-catches-on-the-rug"] = new(
            """
            SAGUARO HOME REHAB · Tele-rehab · PTA
            Her rollator catches on the edge of the living-room rug and the tile-to-carpet strip; she leans over the handles and her steps get shorter and shorter on the way to the bathroom.
            97116 — 16 min
              rollator loop kitchen → bathroom → bedroom and back, standing tall with the handles raised one notch, 4 laps of 70 ft; tipping the handles to roll the front wheels over the carpet strip
              CGA by her husband → SBA by the last lap
            POS 10 · Mod 95
            """,
            ["R26.89", "Z91.81"], [PTA("97116", 16)], []),

        // Champlain: wife says he leans further forward until he's running to catch himself — festination and stooped posture as the finding; "1:1 by video, no other pt"; stop-and-go, backward walking, wall stands, counted big steps; stops within 2 steps k of 10 and occiput-to-wall cm: passes.
        ["v4-h72-champlain-running-to-catch-himself"] = new(
            """
            CHAMPLAIN UNIVERSITY — Hybrid PD Program · PT (video week)
            His wife: "He leans further and further forward until he's running to catch himself" — festination down the long hallway; stooped posture.
            97112 — 20 min — 1:1 by video, no other pt (his wife spotting)
              stop-and-go on my call walking the hallway; backward walking along the wall; wall stands with the back of the head to the wall between rounds; large steps with arm swing on a 4-count
            Stopped within 2 steps on the call 8 of 10 (4 of 10 at intake); occiput-to-wall 5 cm
            POS 10 · Mod 95
            """,
            ["G20.A2"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // KVH 30-second chair stand counted on camera; sit-to-stand, counter hip work, heel raises, wall squats with doses; deconditioning after a hospital stay with a recliner goal; 18 matches: passes.
        ["v5-h72-kvh-30s-chair-stand-on-camera"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PT Treatment Note (video)
            30-second chair stand (arms crossed, 17" kitchen chair, counted on camera): 9 (6 at eval)
            97110 — 18 min
              sit-to-stand 3 x 8; standing hip abduction and extension at the counter 2 x 12 each; heel raises 2 x 15; wall squats 2 x 8
            Deficit: legs deconditioned and weak after the 9-day hospital stay; goal: up from the recliner without rocking
            POS 10 · Mod 95
            """,
            ["R53.81", "M62.81"], [PT("97110", 18)], []),

        // Musselshell 4-stage balance test on video; tandem progression, coffee-can toe taps, dog-bed step-overs, eyes-closed stance, "one-on-one; the only person on the link with me"; neuropathy; 21 matches: passes.
        ["v5-h72-musselshell-4-stage-on-video"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT
            4-stage balance test on video (tablet on a chair in the doorway): feet side by side 10 s, semi-tandem 10 s, tandem 6 s, single leg 2 s
            97112 — 21 min — one-on-one; the only person on the link with me
              tandem stance along the hallway wall; single-leg stance with the other toe on a coffee can; stepping over the dog's bed and back; eyes-closed stance in the corner
            Deficit: loss of sensation in both feet (diabetic neuropathy) — sways in the dark barn and on the gravel
            POS 10 · Mod 95
            """,
            ["E11.42", "Z91.81"], [PT("97112", 21)], []),

        // Saguaro TUG timed by her daughter on a phone stopwatch; rollator walks to the driveway with distance and SBA, stepping into the walker, arc turns; flexed, short-stepped gait after a hip fracture; 17 matches: passes.
        ["v5-h72-saguaro-tug-on-a-phone-stopwatch"] = new(
            """
            SAGUARO HOME REHAB · Tele-rehab
            TUG 15.8 s with the rollator (18.9 s at SOC) — her daughter ran the stopwatch on her phone; I watched the whole trial on the tablet.
            97116 — 17 min
              rollator: living room → front door → driveway and back, 3 x 80 ft; stepping into the walker rather than pushing it out ahead; turning at the front door in small arcs instead of a pivot
              SBA by her daughter
            Deficit: flexed, short-stepped gait, walker drifting ahead, turns on a fixed foot since the hip fracture
            POS 10 · Mod 95
            """,
            ["S72.001D", "R26.89"], [PT("97116", 17)], []),

        // Champlain video-adapted 5xSTS and 360° turn steps/seconds; clock-face turning drills and nose-over-toes sit-to-stand, "PT + pt, one-on-one on the link"; en-bloc turning and slow rising; 22 matches: passes.
        ["v5-h72-champlain-5xsts-and-turn-on-video"] = new(
            """
            CHAMPLAIN UNIVERSITY — Hybrid PD Program · PT (video week)
            Video-adapted measures today: 5xSTS 12.9 s (15.6 s at clinic week 2); 360° turn R 6 steps / 3.1 s, L 8 steps / 4.4 s
            97112 — 22 min — PT + pt, one-on-one on the link
              turning training: quarter and half turns on a clock face taped on the kitchen floor, big steps around the clock, weight shift before each step
              sit-to-stand with a nose-over-toes reach to a target
            Deficit: slow, en-bloc turning with small steps, worse to the L; slow to rise
            POS 10 · Mod 95
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // Casco Bay knee flexion with a goniometer app on a paused frame; heel slides, under-chair flexion, quad sets, stair step-ups with doses; stiff L knee after TKA, can't stand from a low chair; 16 matches: passes.
        ["v5-h72-casco-bay-knee-flexion-on-a-paused-frame"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — Video Visit · Westbrook
            L knee flexion 104° (goniometer app on a paused frame, laptop on the floor at knee height); extension −3°
            97110 — 16 min
              heel slides with a dish towel 3 x 10; seated knee flexion sliding the foot under the chair 3 x 10 with 10-s holds; quad sets 2 x 10; step-ups onto the bottom stair 2 x 10
            Deficit: L knee stiff bending 5 wks after the TKA; can't get the foot back far enough to stand from a low chair
            POS 10 · Mod 95
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 16)], []),

        // KVH PTA 4-metre walk on a taped hallway in seconds and m/s; cane progression with distance, heel-first cue, CGA; R hemiparetic gait; 14 matches: passes.
        ["v5-h72-kvh-pta-4-metre-walk-taped-hallway"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PTA Treatment Note (video)
            4-m walk on the taped hallway (1 m run-up at each end): 6.2 s = 0.65 m/s (0.48 m/s at eval)
            97116 — 14 min
              walker → cane progression in the hallway: 4 x 40 ft with the cane in the L hand; heel-first cue on the R; turning at the bedroom door
              CGA by her husband; one step-to correction
            Deficit: R hemiparetic gait after the stroke — R foot drags, short L step
            POS 10 · Mod 95
            """,
            ["I69.351", "R26.89"], [PTA("97116", 14)], []),

        // Saguaro OT lower-body dressing with assistance levels (min A → CGA, sock aid mod I); reacher, sock aid, shoehorn, front-clasp bra; hip precautions and shoulder pain; 22 matches: passes.
        ["v5-h72-saguaro-ot-dressing-assist-levels"] = new(
            """
            SAGUARO HOME REHAB · OT tele-rehab · Apache Junction, AZ
            Lower-body dressing at the edge of the bed: min A (from her husband) → CGA; sock aid mod I; shoes with elastic laces mod I
            OT 97530 — 22 min
              pants over the feet with the reacher, then standing at the walker to pull them up; sock aid and long shoehorn; front-clasp bra fastened in front, then turned
            Deficit: L hip precautions after the THA and L shoulder pain — can't reach her feet or behind her back
            POS 10 · Mod 95
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 22)], []),

        // Musselshell "Looked steadier on the video than last time … Will time his stances next week": tandem with head turns, feed-sack step-overs, floor reaches; one-on-one; postural control after a TIA — no number but the code's: measure missing.
        ["v5-h72-musselshell-looked-steadier-no-number"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT
            Looked steadier on the video than last time — fewer grabs at the counter. Will time his stances next week when the connection is better.
            97112 — 18 min · one-on-one (only him on the call with me)
              tandem stance with head turns; stepping over a feed sack laid flat; reaching down to the floor for a boot and back up without holding on
            Deficit: postural control since the TIA in January — sways and steps out of tandem when he turns his head
            POS 10 · Mod 95
            """,
            ["Z86.73", "R26.81"], [PT("97112", 18)], [At(Measure, "97112")]),

        // KVH audio-only talk-through of bridges, clamshells, heel raises, sit-to-stands with "getting easier" and no set, rep or number; R hip weakness after THA: measure missing.
        ["v5-h72-kvh-audio-only-talk-through"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PT Treatment Note
            Audio-only visit (phone) — video would not load at her end. Talked her through the home program while she did it: bridges, clamshells, heel raises at the sink, sit-to-stands from the dining chair. She says they are getting easier and the R hip aches less on the stairs.
            97110 — 15 min
            R hip weakness 6 wks after the anterior THA; goal: up the back steps without the rail
            POS 10 · Mod 93 (audio-only)
            """,
            ["Z96.641", "Z47.1"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Casco Bay single-leg bridges to fatigue by side; bridges, towel slider curls, milk-jug hinges, side plank with doses; R hamstring strain chasing the ferry with a jogging goal; 15 matches: passes.
        ["v5-h72-casco-bay-single-leg-bridges-to-fatigue"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — Video Visit · Portland
            R proximal hamstring strain — pulled it running for the Peaks ferry.
            Single-leg bridge to fatigue: R 14 / L 22 reps
            97110 — 15 min
              single-leg bridges 3 x 10; hamstring curls on a towel slider on the kitchen floor 3 x 8; hip hinge with a gallon jug in each hand 3 x 10; side plank 3 x 20 s
            Deficit: R hamstring weak and sore with long strides; goal: jog the Eastern Prom again
            POS 10 · Mod 95
            """,
            ["S76.311D"], [PT("97110", 15)], []),

        // Champlain OT tea and toast on camera (kettle, two-hand mug carry, built-up knife, wiping the counter); tremor and slowness; "Went better than last week" — no count, level or number but the code's: measure missing.
        ["v5-h72-champlain-ot-tea-and-toast-went-better"] = new(
            """
            CHAMPLAIN UNIVERSITY — Hybrid PD Program · OT (video week)
            OT 97530 — 19 min
              made tea and toast start to finish on camera: filling the kettle at the sink, carrying the mug to the table in two hands, buttering toast with the built-up knife, wiping the counter
            Why: tremor and slowness in both hands — spills carrying hot drinks; stopped cooking for herself
            Went better than last week; she was pleased. Next video week: lunch.
            POS 10 · Mod 95
            """,
            ["G20.A1", "R25.1"], [OT("97530", 19)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Musselshell Starlink drop: 97110 "part 1 — 12 min, part 2 — 10 min = 22 min", clock stopped while disconnected (matches); sit-to-stand, porch step-ups, band abduction, heel raises with doses; R knee weakness after TKA with a swather-cab goal: passes.
        ["v6-h72-musselshell-two-parts-around-the-drop"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT
            Starlink dropped partway through (storm over the Bull Mountains); reconnected on the cell hotspot. Clock stopped while we were disconnected.
            97110: part 1 — 12 min, part 2 — 10 min = 22 min
              sit-to-stand 3 x 10; step-ups onto the porch step 2 x 10 each; standing hip abduction with the band 2 x 12; heel raises 2 x 15
            Limits: R hip and knee weakness after the TKA; goal: climb into the swather cab by haying
            POS 10 · Mod 95
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 22)], []),

        // KVH "Code / Min / Units" table (97112 23, 97110 15 — both match); "Individual video session (one pt, one PT)"; cushion stance, wall-clock step-and-reach, hallway head turns; sit-to-stand and hip work with doses; neuropathy and hip weakness; seconds and 30s CST: passes.
        ["v6-h72-kvh-code-min-units-table"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PT Treatment Note (video)
            Code     Min    Units
            97112    23     2
            97110    15     1
            Individual video session (one pt, one PT); granddaughter on camera guarding.
            97112: couch-cushion stance feet apart → together, eyes open → closed; step-and-reach to sticky notes on the wall at 2, 12 and 10 o'clock; head turns walking the hall
            97110: sit-to-stand 3 x 8; standing hip abduction 2 x 12 each; heel raises 2 x 15
            Deficits: reduced sensation in both feet (neuropathy) — sways on soft surfaces; hip abductors weak
            Cushion, feet together, eyes closed 7 s (2 s at eval); 30s CST 10
            POS 10 · Mod 95
            """,
            ["G62.9", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Casco Bay military clock times per code (NMR 0802–0824 = 22, TE 0824–0837 = 13, both match); "one-on-one, only pt on the video"; yoga-mat SLS eyes closed, clock reaches; calf raises, band eversion with doses; L ankle proprioception and peroneal weakness; seconds: passes.
        ["v6-h72-casco-bay-military-clock-times"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — Video Visit · Portland
            NMR 97112   0802–0824   one-on-one, only pt on the video
            TE  97110   0824–0837
            NMR: single-leg stance on a folded yoga mat, eyes closed; clock reaches with the R foot standing on the L; catch-and-throw on the mat
            TE: calf raises off the stair edge 3 x 12; band eversion 3 x 15; step-downs 2 x 10
            Deficits: L ankle proprioception after a lateral sprain on the Back Cove path — rolled it twice since; peroneals weak
            SLS on the mat eyes closed 11 s (4 s in week 1); eversion band green → blue
            POS 10 · Mod 95
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 13)], []),

        // Saguaro "TA 97530 (24 min)" and "TE 97110 (14 min)" both match; floor recovery from the rug, laundry trips with SBA; bridges, abduction, sit-to-stand with doses; lay on the floor after a fall, hip and quad weakness: passes.
        ["v6-h72-saguaro-codes-with-minutes-in-brackets"] = new(
            """
            SAGUARO HOME REHAB · Tele-rehab · Sun City West, AZ
            TA 97530 (24 min): getting up from the floor on the Arizona-room rug — roll, hands and knees, half-kneel at the chair, up — x 3; laundry basket from the dryer to the bed, 3 trips; SBA from her son
            TE 97110 (14 min): bridges 2 x 12; side-lying hip abduction 2 x 10 each; sit-to-stand 2 x 10
            Why: fell last month and lay on the floor until her son found her — can't get up off the floor alone; hip and quad weakness
            POS 10 · Mod 95
            """,
            ["R29.6", "M62.81"], [PT("97530", 24), PT("97110", 14)], []),

        // Champlain PT then OT back to back on one link: "PT — 97112 — 21 min, one-on-one" and "OT — 97530 — 18 min" each match their own discipline's line; stepping strategies to tape marks; shirt and pill organiser; postural instability and slow hands; k of 10 and counts: passes.
        ["v6-h72-champlain-pt-then-ot-on-one-link"] = new(
            """
            CHAMPLAIN UNIVERSITY — Hybrid PD Program (video week) · PT, then OT, back to back on the same link
            PT — 97112 — 21 min, one-on-one (just him and the PT): stepping strategies to tape marks on the floor, forward, sideways and backward on my cue; weight shifts to his limits in standing
               reactive steps slow and too small to catch himself backward; stepped to the back tape mark 8 of 10 (3 of 10 at intake)
            OT — 97530 — 18 min: button-down shirt on and off standing, then a pullover; filling the week's pill organiser from the bottles
               slow, small hand movements — can't fill his pill box on Sunday without spilling; 2 pills dropped (7 last week); shirt with SBA
            POS 10 · Mod 95
            """,
            ["G20.A1"], [PT("97112", 21), OT("97530", 18)], []),

        // KVH "Video froze twice … I stopped the clock each time" and "97112 — 22 min — one-on-one" (matches); VOR x1 at a fridge card, head turns walking; post-concussion dizziness with head motion after an I-64 wreck; seconds and steps: passes.
        ["v6-h72-kvh-clock-stopped-for-the-freezes"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PT Treatment Note (video)
            Video froze twice at her end; I stopped the clock each time. Billed time is treatment time only.
            97112 — 22 min — one-on-one (just her and me on MyChart Video)
              VOR x1 to a card on the refrigerator, standing feet together; walking the hallway with head turns side to side, then up and down
            Deficit: post-concussion vestibular symptoms — dizziness, blurred gaze and unsteadiness with head motion since the car wreck on I-64 in January
            VOR x1 standing 30 s before symptoms (10 s at eval); 12 steps with head turns without veering (6 at eval)
            POS 10 · Mod 95
            """,
            ["S06.0X0D", "R26.81"], [PT("97112", 22)], []),

        // Saguaro PTA "Ther ex 97110 — 25 min" against a 15-min PTA line: mismatch; ankle-cuff knee extension, marching, mini squats, heel raises with doses; knee OA weakness with a casita step complete.
        ["v6-h72-saguaro-pta-therex-25-against-15"] = new(
            """
            SAGUARO HOME REHAB · Tele-rehab · PTA
            Ther ex 97110 — 25 min
              seated knee extension with a 3-lb cuff 3 x 10 each; standing marching at the counter 2 x 20; mini squats 2 x 10; heel raises 2 x 15
            Knee OA both sides — quads weak, knees ache stepping up into the casita
            POS 10 · Mod 95
            """,
            ["M17.0"], [PTA("97110", 15)], [At(Mismatch, "97110")]),

        // Champlain "NMR 97112 — 28 min" against a 16-min line: mismatch; otherwise complete (individual, limits-of-stability shifts and stepping strategy; postural instability; k of 10).
        ["v6-h72-champlain-nmr-28-against-16"] = new(
            """
            CHAMPLAIN UNIVERSITY — Hybrid PD Program · PT (video week)
            NMR 97112 — 28 min — individual, PT + pt only on the call
              weight shifts to his limits of stability in standing; stepping-strategy drills forward and back to tape marks
            Deficit: postural instability — small, late steps catching himself backward
            Back-step to the tape mark 6 of 10
            POS 10 · Mod 95
            """,
            ["G20.A1"], [PT("97112", 16)], [At(Mismatch, "97112")]),

        // Casco Bay welder: 97110 15 matches but "97530 — 24 min" against a 12-min line: mismatch on 97530; bird dog, side plank, hinge with doses; salt-bag lifts and kneeling weld-position work with counts; lumbar strain with a full-duty goal.
        ["v6-h72-casco-bay-second-code-24-against-12"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — Video Visit · South Portland
            Bath Iron Works welder, lumbar strain — pain bending into the hull sections; goal: full duty.
            97110 — 15 min: bird dog 2 x 10 each; side plank from the knees 3 x 20 s; hip hinge with a broom handle along the spine 2 x 10
            97530 — 24 min: lifting a 20-lb bag of water-softener salt floor → counter x 8; kneeling into a weld position on the garage floor and back up x 5
            POS 10 · Mod 95
            """,
            ["S39.012D"], [PT("97110", 15), PT("97530", 12)], [At(Mismatch, "97530")]),

        // KVH "Total treatment time 38 min (ther ex and functional training together)" is the only time for two codes: separate time missing; both sections complete (heel slides, SLR, sit-to-stand with doses; tub transfer and reacher with SBA and counts; knee weakness after TKA).
        ["v6-h72-kvh-38-minutes-together"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PT Treatment Note (video)
            Total treatment time 38 min (ther ex and functional training together)
            Ther ex: heel slides 2 x 15; straight-leg raises 2 x 10; sit-to-stand 3 x 8
            Functional: tub transfer with the tub bench x 3, SBA from her husband; picking up the TV remote and a shoe from the floor with the reacher x 5
            Deficits: R knee weak and stiff after the TKA; can't step over the tub wall
            POS 10 · Mod 95
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 23), PT("97530", 15)], [SepTime]),

        // Musselshell three codes: 97112 16 and 97110 14 have minutes, the gait section (97116) has none: separate time missing; every section complete (one-on-one; tandem and blanket stance; doses; cane on the gravel with distance and SBA; hemiparesis and gait; seconds).
        ["v6-h72-musselshell-gait-section-unminuted"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT
            97112 — 16 min, one-on-one (him and me only): L-leg stance on the saddle blanket; tandem at the counter with head turns
            97110 — 14 min: sit-to-stand 3 x 8; L side-lying hip abduction 2 x 12; heel raises 2 x 15
            97116: quad cane across the gravel yard to the shop and back, 3 x 100 ft, SBA by his son; cue for L knee bend in swing
            Deficits: L hemiparesis after the stroke — poor L-leg weight acceptance, L hip weak, L toe catches on the gravel
            L stance on the blanket 5 s; tandem 8 s
            POS 10 · Mod 95
            """,
            ["I69.354", "R26.89"], [PT("97112", 16), PT("97110", 14), PT("97116", 12)], [SepTime]),

        // Casco Bay hybrid clinic day, three codes with minutes (97140 10, 97110 15, 97112 13) all match; GH glides and PROM; band and cane exercises with doses; rhythmic stabilisation one-on-one; stiffness, cuff weakness and shoulder position sense after a repair; degrees: passes.
        ["v6-h72-casco-bay-clinic-day-three-codes"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — Portland clinic (in-person week of the hybrid plan; video on the off weeks)
            R shoulder, 14 wks after a rotator cuff repair.
            97140 — 10 min: GH posterior and inferior glides gr III; PROM into ER and flexion at end range
            97110 — 15 min: ER and IR with the yellow band 3 x 12; cane flexion in supine 2 x 15; scapular retraction 2 x 15
            97112 — 13 min, one-on-one in the treatment room: rhythmic stabilisation at 90° flexion in supine, eyes closed; ball circles on the wall
            Deficits: R shoulder stiffness (ER, flexion); cuff weakness; poor shoulder position sense after the repair
            ER 38° → 46°; flexion 135°; joint position error at 90° flexion 7° → 4° (inclinometer)
            """,
            ["M75.121", "Z47.89"], [PT("97140", 10), PT("97110", 15), PT("97112", 13)], []),

        // Saguaro "NMR 97112 = 2 units (24 min) · TE 97110 = 1 unit (14 min)" both match; "private video session, only this member"; stepping over a hose, reaching on a bath mat; heel raises, squats, marching with doses; postural control and hip weakness; 4-stage seconds and 30s CST: passes.
        ["v6-h72-saguaro-units-with-their-minutes"] = new(
            """
            SAGUARO HOME REHAB · Tele-rehab
            NMR 97112 = 2 units (24 min) · TE 97110 = 1 unit (14 min)
            Private video session — only this member on the call; husband guarding.
            NMR: stepping over a garden hose laid across the patio forward and sideways; standing on a folded bath mat reaching to the counter, then eyes closed; tandem with head turns
            TE: heel raises 2 x 15; mini squats at the counter 2 x 10; standing marching 2 x 20
            Deficits: postural control — sways and steps with head turns, catches her toe on the patio edge; hip weakness both sides
            4-stage: tandem 8 s (2 s at SOC); 30s CST 10
            POS 10 · Mod 95
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24), PT("97110", 14)], []),

        // KVH PTA minutes after the description ("… — 97116, 14 minutes" and "… — 97110, 12 minutes") both match; rollator hallway with distance and SBA; counter exercises with doses; shuffling gait and weak hips after a hip fracture: passes.
        ["v6-h72-kvh-pta-minutes-after-the-description"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PTA Treatment Note (video)
            Walking the hallway with the rollator, 4 x 40 ft, turning at the bathroom door, SBA by her grandson — 97116, 14 minutes
            Standing hip abduction and extension at the counter 2 x 12 each, mini squats 2 x 10, heel raises 2 x 15 — 97110, 12 minutes
            Deficits: short shuffling steps and L hip weakness since the L hip fracture; turns on a fixed foot
            POS 10 · Mod 95
            """,
            ["S72.002D", "R26.89"], [PTA("97116", 14), PTA("97110", 12)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code video visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h72-empty-nmr-te-video"] = new(
            "",
            ["G20.A1"], [PT("97112", 22), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // Empty note on an OT 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h72-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 20)], [At(NoteMissing, "97530"), Dx]),

        // A note of tabs, spaces and a line break only (cells are trimmed) on a PTA 97116 with a diagnosis: note missing only.
        ["v7-h72-tabs-and-spaces-pta-97116"] = new(
            "\t  \n \t",
            ["R26.89"], [PTA("97116", 14)], [At(NoteMissing, "97116")]),

        // 97110's meaning at Saguaro: soup-can presses, curls and raises, band rows with doses (technique and measure), arms too weak for the laundry basket and the upper cabinet (deficit); 17 matches: passes.
        ["v7-h72-saguaro-97110-soup-cans"] = new(
            """
            SAGUARO HOME REHAB · Tele-rehab
            97110 — 17 min
              seated overhead press with two soup cans 2 x 12; biceps curls with the cans 2 x 12; lateral raises to shoulder height 2 x 10; seated rows with the band on the door knob 2 x 15
            Arms and shoulders too weak since the hospital stay to lift the laundry basket onto the dryer or reach the upper cabinet
            POS 10 · Mod 95
            """,
            ["M62.81"], [PT("97110", 17)], []),

        // 97530's meaning at Musselshell: loading split wood into the stove box with squats, carries and kneeling with counts and distance (technique and measure), knee OA, can't get up from kneeling at the stove (deficit); 21 matches: passes.
        ["v7-h72-musselshell-97530-the-wood-box"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT
            97530 — 21 min
              squat to pick up three split pieces from the porch pile, carry them 20 ft to the wood box by the stove, x 6
              kneel on the hearth to feed the stove and stand back up using the wood box edge, x 4
            Both knees arthritic — can't get up from kneeling at the stove without his wife; has to stop carrying wood partway across the kitchen
            POS 10 · Mod 95
            """,
            ["M17.0"], [PT("97530", 21)], []),

        // 97140's meaning at Casco Bay on a clinic week: patellar mobilisation by grade, tibiofemoral glides, quad STM (technique), R knee flexion stiffness after TKA (deficit), flexion degrees (measure); 12 matches: passes.
        ["v7-h72-casco-bay-97140-patellar-mobs"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — Falmouth clinic (in-person week; video next Friday)
            97140 — 12 min
              superior and inferior patellar glides gr III; tibiofemoral posterior glides at end-range flexion; STM distal quad and lateral retinaculum
            R knee stiff bending 7 wks after the TKA — can't get down into the skiff
            Knee flexion 98° → 106°
            """,
            ["Z96.651", "M25.661"], [PT("97140", 12)], []),

        // 97116's meaning at KVH: rollator down a single-wide's hallway and its three metal steps with distance and SBA (technique and measure), shuffling with a catching R toe after a hip fracture (deficit); 15 matches: passes.
        ["v7-h72-kvh-97116-single-wide-hall-and-steps"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PT Treatment Note (video)
            97116 — 15 min
              rollator down the single-wide's hallway 3 x 50 ft; the three metal steps at the front door with the rail, step-to, up and down x 2; SBA by her grandson
            Shuffles and catches the R toe since the R hip fracture; afraid of the metal steps in the rain
            POS 10 · Mod 95
            """,
            ["S72.001D", "R26.89"], [PT("97116", 15)], []),

        // Generic 97110: "Video visit. Pt did HEP on camera. Tolerated well. 20 min." — no exercise, region or number but its minutes (which match).
        ["v7-h72-generic-97110-hep-on-camera"] = new(
            "Video visit. Pt did HEP on camera. Tolerated well. 20 min. POS 10, mod 95.",
            ["M17.11"], [PT("97110", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic 97112 + 97116 with minutes for each (18 and 12, both match): only generic phrases for both codes, no one-on-one statement.
        ["v7-h72-generic-nmr-gait-telehealth"] = new(
            "Telehealth (POS 02). 97112 18 min, 97116 12 min. Balance and gait training done. Pt doing better. Continue POC.",
            ["R26.81"], [PT("97112", 18), PT("97116", 12)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // Generic audio-only 97530: "Functional activities per plan. Pt reports doing well. 16 min." — no activity, deficit or goal named, no number but its minutes.
        ["v7-h72-generic-97530-audio-only"] = new(
            "Audio-only call. Functional activities per plan. Pt reports doing well. 16 min.",
            ["M62.81"], [PT("97530", 16)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // KVH St. Albans, husband guarding, verbal consent confirmed: 97110 14 and 97112 22 ("one-on-one, this pt alone on the call with me") match; stair and counter work with doses; towel side-steps and soup-can toe taps; hip weakness and postural control; tandem seconds and 30s CST: passes.
        ["vord-h72-kvh-st-albans-te-nmr"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PT Treatment Note (video)
            Pt at home, St. Albans; laptop on the dining table, husband guarding. Verbal consent for today's video visit confirmed.
            97110 — 14 min: sit-to-stand from the dining chair 3 x 8; standing hip abduction at the counter 2 x 12 each; step-ups onto the bottom stair 2 x 10
            97112 — 22 min — one-on-one, this pt alone on the call with me: tandem stance at the counter with head turns; side-stepping over a folded towel; single-leg stance touching the other toe to three soup cans in turn
            Deficits: hip abductors weak both sides; postural control — sways and steps out of tandem; fell on the church steps in December
            Tandem 8 s each way (3 s at eval); 30s CST 10
            POS 10 · Mod 95
            """,
            ["R26.81", "Z91.81"], [PT("97110", 14), PT("97112", 22)], []),

        // Musselshell PTA in calving season: step-ups, flour-sack squats, band hip extension, heel raises with doses; L quad weakness after a meniscectomy with a calf-tagging goal; 20 matches: passes.
        ["vord-h72-musselshell-pta-calving-season"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT · PTA daily note
            Video to the ranch east of Roundup (calving season — squeezed in between checks).
            97110 — 20 min: step-ups onto the mudroom step 3 x 10 each; squats to the kitchen chair holding a 10-lb sack of flour 3 x 8; standing hip extension with the band tied to the table leg 2 x 12; heel raises 2 x 15
            L knee after the partial meniscectomy in January — L quad weak, knee aches getting up from kneeling in the calving pen; goal: kneel and stand to tag calves
            POS 10 · Mod 95
            """,
            ["S83.242D"], [PTA("97110", 20)], []),

        // Musselshell 97116 15 and 97110 12 match; walker → cane with distance, back-door steps, SBA; bridges, abduction, sit-to-stand with doses; L hip weakness and Trendelenburg lurch after ORIF: passes.
        ["vord-h72-musselshell-gait-and-te-after-hip-fx"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT
            97116 — 15 min: walker → cane in the house, 4 x 60 ft kitchen to bedroom and back; the 3 steps at the back door with the rail, step-to; SBA by her son-in-law
            97110 — 12 min: bridges 2 x 12; side-lying hip abduction 2 x 10 each; sit-to-stand 2 x 8
            Deficits: L hip weakness with a Trendelenburg lurch since the L hip ORIF; still needs the walker outside
            POS 10 · Mod 95
            """,
            ["S72.002D", "R26.89"], [PT("97116", 15), PT("97110", 12)], []),

        // Casco Bay Peaks Island video: "one-on-one — just the two of us on the video visit"; single-leg squats on a beach towel, lateral step-downs, ball catches; quad control after a patellar dislocation; k of 10 and seconds; 21 matches: passes.
        ["vord-h72-casco-bay-peaks-island-nmr"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — Video Visit (pt on Peaks Island; clinic visits when the ferry schedule allows)
            97112 — 21 min, one-on-one — just the two of us on the video visit
              single-leg mini squats on a folded beach towel watching the knee in the mirror; lateral step-down off the bottom stair on a 3-count; single-leg balance catching a tennis ball bounced off the fridge
            Deficit: R knee dynamic valgus and poor quad control since the patellar dislocation in November
            Lateral step-down with the knee over the second toe 8 of 10 (4 of 10 in week 2); SLS on the towel R 26 s
            POS 10 · Mod 95
            """,
            ["S83.004D"], [PT("97112", 21)], []),

        // Casco Bay Portland clinic week, a Maine Med nurse: 97140 11 and 97110 13 match; cervical lateral glides and thoracic PAs with grade, levator STM; chin tucks, rows, prone Ts with doses; neck pain charting and rotation loss; degrees: passes.
        ["vord-h72-casco-bay-clinic-week-neck"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — Portland clinic (in-person week; video on alternate weeks)
            Maine Med nurse — neck pain by the end of a shift charting at the workstation; R rotation limited.
            97140 — 11 min: C5-6 / C6-7 R lateral glides gr III; T2-5 central PA mobs gr III; STM R levator
            97110 — 13 min: chin tucks 2 x 10 with 5-s holds; rows with the blue band 3 x 12; prone Ts 2 x 10
            Cervical rotation R 54° → 63°
            """,
            ["M54.2"], [PT("97140", 11), PT("97110", 13)], []),

        // Saguaro OT in the casita kitchen: microwave meal, walker-tray carries, seated rests; short of breath and unsteady at the counter with COPD; counts and SBA; 20 matches: passes.
        ["vord-h72-saguaro-ot-casita-kitchen"] = new(
            """
            SAGUARO HOME REHAB · OT tele-rehab · member's casita, Green Valley
            OT 97530 — 20 min
              heating a frozen meal: fridge → counter → microwave, plate onto the walker tray, tray to the table, 3 trips
              standing at the counter to make a sandwich in two stretches with a seated rest on the stool between, pursed-lip breathing through each
            Short of breath and unsteady standing at the counter (COPD); stopped cooking for herself
            Walker-tray carries 3 of 3 without spilling; SBA from her neighbor
            POS 10 · Mod 95
            """,
            ["J44.9", "R26.81"], [OT("97530", 20)], []),

        // Saguaro 97112 20 ("one-on-one by video, only this member on the call") and 97116 12 match; weight shifts, tape stepping, eyes-closed stance; cane walks with distance and SBA; postural control and short steps; tandem seconds: passes.
        ["vord-h72-saguaro-nmr-and-gait"] = new(
            """
            SAGUARO HOME REHAB · Tele-rehab · Surprise, AZ
            97112 — 20 min — one-on-one by video, only this member on the call (husband guarding): weight shifts to her limits at the counter; quick steps to tape marks forward and back; feet-together stance eyes closed
            97116 — 12 min: cane walks from the Arizona room to the front door and back, 3 x 60 ft, cue for heel strike and a longer L step; SBA by her husband
            Deficits: postural control — late stepping, falls backward; short shuffling L step
            Tandem 6 s (2 s at SOC); feet together eyes closed 20 s
            POS 10 · Mod 95
            """,
            ["R26.81", "R29.6"], [PT("97112", 20), PT("97116", 12)], []),

        // Champlain clinic week (in person, no telehealth modifier): "PT and pt alone in the small treatment room"; dual-task walking and obstacle stepping; freezing with dual task; dual-task TUG and Mini-BESTest; 23 matches: passes.
        ["vord-h72-champlain-clinic-week-in-person"] = new(
            """
            CHAMPLAIN UNIVERSITY — Movement Disorders Rehab Clinic · Hybrid PD Program (clinic week 4 — in person, no telehealth modifier)
            97112 — 23 min — PT and pt alone in the small treatment room
              dual-task walking (naming animals, then counting back by threes) around cones; stepping over low hurdles without slowing; stop-and-turn on a clap
            Deficit: freezing and shortened steps under dual task; slowed turning
            TUG 11.2 s, dual-task TUG 15.9 s (19.6 s at intake); Mini-BESTest 21/28
            """,
            ["G20.A2"], [PT("97112", 23)], []),

        // Champlain PTA video: sit-to-stand, wall push-ups, band rows, heel raises with doses; hip and trunk extensor weakness with stooped posture; 18 matches: passes.
        ["vord-h72-champlain-pta-te-video"] = new(
            """
            CHAMPLAIN UNIVERSITY — Hybrid PD Program · PTA (video week)
            97110 — 18 min: sit-to-stand 3 x 10; wall push-ups 2 x 12; standing rows with the band on the door 2 x 15; heel raises 2 x 15
            Hip and trunk extensor weakness; stooped posture by the end of the day
            POS 10 · Mod 95
            """,
            ["G20.A1"], [PTA("97110", 18)], []),

        // KVH OT video after a stroke: towel slides, yardstick AAROM, soup-can wrist and elbow work with doses; L arm weakness, can't lift to comb her hair; 17 matches: passes.
        ["vord-h72-kvh-ot-arm-after-stroke"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · OT Treatment Note (video)
            OT 97110 — 17 min
              table slides with a towel under the L hand 3 x 10; AAROM shoulder flexion holding a yardstick with both hands 2 x 10; elbow flexion and wrist extension with a soup can 2 x 12
            L arm weak since the R CVA — can't lift it to comb her hair or reach the kitchen light switch
            POS 10 · Mod 95
            """,
            ["I69.354"], [OT("97110", 17)], []),

        // Saguaro PTA to the HOA mailbox cluster with the cane: distance, curb practice, SBA; slow, wide-based gait and fear of curbs after a fall; 18 matches: passes.
        ["vord-h72-saguaro-pta-walk-to-the-mailbox"] = new(
            """
            SAGUARO HOME REHAB · Tele-rehab · PTA
            97116 — 18 min
              walking to the HOA mailbox cluster and back with the cane, 2 x 250 ft; up and down the curb at the corner x 4; SBA by her husband, who carried the tablet
            Slow, cautious, wide-based gait since the fall in February; afraid of curbs
            POS 10 · Mod 95
            """,
            ["R26.89", "Z91.81"], [PTA("97116", 18)], []),

        // Casco Bay complete 97110 (band rows, ER, wall slides with doses; R shoulder pain hauling lines) sent with no diagnosis.
        ["vord-h72-casco-bay-no-diagnosis"] = new(
            """
            CASCO BAY PHYSICAL THERAPY — Video Visit
            97110 — 16 min: band rows 3 x 12; band ER 3 x 12; wall slides 2 x 10
            R shoulder pain hauling lines on the boat; can't reach overhead to the wheelhouse shelf
            POS 10 · Mod 95
            """,
            [], [PT("97110", 16)], [Dx]),

        // KVH complete 97530 (kitchen-to-table carries and low-cabinet reaches with counts; knee OA, can't carry supper to the table) with the ICD-9 code 715.36 as its diagnosis: not well formed.
        ["vord-h72-kvh-icd9-code"] = new(
            """
            KANAWHA VALLEY HEALTH — Virtual Rehab · PT Treatment Note (video)
            97530 — 18 min: carrying a covered dish from the stove to the table, 20 ft, x 6; squatting to a low cabinet for the stockpot and back up x 5
            Both knees arthritic — can't carry supper to the table or get into the low cabinets
            POS 10 · Mod 95
            """,
            ["715.36"], [PT("97530", 18)], [Dx]),

        // Generic two-code video note with a shared total ("Exercise and balance work, 35 min total"): no technique, deficit or measure for either code, no one-on-one, no minutes for each.
        ["vord-h72-generic-two-codes-video-total"] = new(
            "Video visit, pt at home. Exercise and balance work, 35 min total. Pt tolerated well. Continue plan of care.",
            ["R26.81"], [PT("97110", 20), PT("97112", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // Musselshell PTA "NMR 97112 — 12 min" against a 24-min PTA line: mismatch; one-on-one, blanket stance and cabinet reaches, ankle proprioception and seconds complete.
        ["vord-h72-musselshell-pta-nmr-time-differs"] = new(
            """
            MUSSELSHELL VALLEY HOSPITAL — Tele-PT · PTA daily note
            NMR 97112 — 12 min — PTA and pt one-on-one on the call
              single-leg stance on the folded saddle blanket; reaching to the top cabinet standing on the blanket; eyes-closed stance at the counter
              R ankle proprioception poor since the fracture
              SLS R on the blanket 11 s
            POS 10 · Mod 95
            """,
            ["S82.61XD"], [PTA("97112", 24)], [At(Mismatch, "97112")]),

        // Champlain OT "OT 97530 — 30 min" against a 17-min OT line: mismatch; medication set-up and jar opening with counts, slow hands complete.
        ["vord-h72-champlain-ot-time-differs"] = new(
            """
            CHAMPLAIN UNIVERSITY — Hybrid PD Program · OT (video week)
            OT 97530 — 30 min
              opening pill bottles and filling the AM/PM organiser for the week; opening the pickle jar with the rubber gripper
              slow, small hand movements — can't manage the childproof caps
              organiser filled with 1 pill dropped; jar opened 3 of 3 with the gripper
            POS 10 · Mod 95
            """,
            ["G20.A1"], [OT("97530", 17)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
