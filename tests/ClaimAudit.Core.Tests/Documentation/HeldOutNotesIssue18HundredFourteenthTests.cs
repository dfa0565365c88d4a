using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-fourteenth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set is a random week of notes assembled from conversations and logs — a PT's and a PTA's secure-messaging thread
/// pasted into the note (names, time stamps such as "[10:42 AM]" or "10:42", "Sent from my iPhone", replies quoting the
/// earlier message with "&gt;"), a Teams chat with the supervising PT, a voice memo transcribed with its time codes
/// ("[00:01:10]", "03:12 –", "[inaudible]", "[crosstalk]", a memo length), an EMR activity log with a clock time on every
/// line (session started and ended, a code's timer started and stopped, a clock range on a code's line), a kiosk's
/// check-in and check-out times and a day sheet with appointment slots — where the time stamps, clock times and
/// lengths of the conversation are not a code's minutes unless the writer states them as the code's time, and
/// one-on-one and the other elements are judged from what the messages say; about two thirds ordinary and complete
/// (71 of 106), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and
/// a PTA's code on one visit), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a practice whose PTAs text their supervising PT during the session ("Kettle River Physical Therapy", KRPT:
/// clinics in Hinckley, Moose Lake and Sandstone, Minnesota; the "CareText" secure-messaging thread pasted under the
/// billing line, each message with its sender and a time stamp, "Sent from my iPhone" tails, replies quoting the PT's
/// question with "&gt;", a structured "Delivery ▸ ✔ 1:1 ○ Group ○ Concurrent" quick-reply row and a Teams chat on the
/// clinic laptop): Maren Hautala (PT, DPT, supervising), Aaron Kivi (PT), and the PTAs Kayla Rask and Josh Pelto; a
/// retired casino cashier, a snowmobile-trail groomer, a logger, a fire-museum docent, an ice-fisherman on Mille Lacs,
/// a daughter in the lobby and the next patient on the bike;</item>
/// <item>a group whose therapists dictate a voice memo after each visit ("Oconee Rehab Associates", ORA: Athens,
/// Watkinsville and Madison, Georgia; the group's dictation app pasting the transcript with time codes, "Memo length",
/// "[inaudible]" and "[crosstalk]" where the app could not hear, and the therapist's billing sentence spoken into the
/// memo): Priya Anand (PT, DPT), Luke Haddock (PT), Derrick Faison (PTA) and Celeste Morrow (OTR/L); a poultry-house
/// worker, a retired Georgia Power lineman, a church-van driver, a woman who sells at the Athens farmers' market, a
/// football-Saturday tailgater and a wife waiting in the car;</item>
/// <item>a hospital department whose EMR keeps a time-stamped activity log ("Tuscarawas Valley Medical Center —
/// Outpatient Therapy", TVMC: New Philadelphia, Ohio, its Dover satellite with a check-in kiosk and its Sugarcreek
/// satellite with a printed day sheet, and the hospital's therapy pool): "09:02 Session started", "09:04 97112 timer
/// started", "09:26 97112 timer stopped — 22 min", "(not documented)" in an empty field, a kiosk line "Checked in
/// 08:51 · Checked out 09:47" and a day-sheet slot "10:00–10:45": Renee Stutzman (PT), Tom Gerber (PT), Ben Oyelaran
/// (PTA) and Sara Hochstetler (OTR/L); Amish and Mennonite patients (a son translating Pennsylvania Dutch, a buggy
/// step, an egg basket, a hayloft ladder), a retired steelworker from Dover and a Swiss-cheese maker.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many pasted threads,
/// dictations and logs, applying the contract to what the words say: a time stamp, a clock time, a time code, a memo's
/// length, a kiosk's check-in and check-out and a day sheet's slot are times of day or lengths of a recording, never a
/// code's minutes; a code's minutes are the ones the writer gives the code (next to it, in its log line, or as a clock
/// range on its own line); a quoted message says once what it says; and "[inaudible]", "[crosstalk]" and
/// "(not documented)" state nothing:
/// <list type="bullet">
/// <item>class 1 (v1-h114-…): one-on-one in these writers' own words (a PTA's text "1:1 w/ Mr. Sundquist the whole NMR
/// block, his daughter's out in the lobby", "Yes — just her, nobody else in the gym" under the PT's quoted "&gt; are
/// you 1:1 with her?", a memo's "it was just me and Mr. Jernigan the whole time, his wife stayed out in the car", a log
/// line "Treated one-on-one, PT and patient only", a son translating Pennsylvania Dutch, a Teams reply before the block
/// "can't, starting Mrs. Wickstrom's NMR now and I'm 1:1 with her the whole block"), notes that negate it (a PTA's text "got him on the foam and Mrs. Aho on
/// the bike, bouncing between them", a memo's "I had Mr. Tolbert on the mat doing his bridges while I was perturbing
/// her, so I was going back and forth", a log line "2nd pt placed on NuStep, PT alternating") or never state it (a
/// thread and a memo with everything else), and the codes without a one-on-one check (an OT's 97530 with two patients
/// and a PTA's 97110 beside the next patient on the bike);</item>
/// <item>class 2 (v2-h114-…): checkbox and blank-field states as these writers leave them: the messaging app's
/// quick-reply row with 1:1 selected and with nothing selected, the log's "Delivery mode: (not documented)" and
/// "Impairment: (not documented)", "[inaudible]" where the technique was spoken, an app form's "Measures: ___", a
/// kiosk's "Session type: ☒ Individual ☐ Group", and empty prompts beside typed or spoken text that states the element
/// (a memo's "Technique prompt: —" over a spoken narrative, the PT's quoted "&gt; Deficit?" answered in the reply, a
/// log's "Outcome measure: ____" above a typed Berg, an unfilled "Next appt: ___");</item>
/// <item>class 3 (v3-h114-…): named programmes and methods as techniques (the Bad Ragaz ring method in the therapy
/// pool, Redcord Neurac sling perturbations, Rood facilitation with quick brushing and tapping, Cyriax deep transverse
/// friction, Jones strain-counterstrain, blood-flow-restriction training with a cuff pressure and 30/15/15/15, Janda
/// sensorimotor training with the short foot, Dynamic Neuromuscular Stabilization in its developmental positions), the
/// hospital's "Falls Clinic Pathway B, step 3" as the only technique, a Nordic hamstring protocol with no dose and Neurac
/// and DNS with "Problem: per POC";</item>
/// <item>class 4 (v4-h114-…): deficits stated as findings in these writers' words (the floor that moves like the
/// hayloft when she looks up at the barn beams, a toe that catches on every threshold at the casino, feet that can't
/// feel the brake pedal, knees that buckle stepping off the church van, a hand that drops the egg basket, a man who
/// lists to the left like he is on the ice-house floor, a kneel in the garden she cannot get up from, a deficit carried
/// in the PT's quoted message) and notes that state none ("Deficit: see eval", "the problems are the same as last time",
/// the log's default "Impairment: WNL");</item>
/// <item>class 5 (v5-h114-…): measures in every usual form (the four-stage balance test by stage and seconds, gait speed
/// and a six-minute walk in feet, a sensory organisation test composite, a Tinetti POMA, a 30-second
/// chair stand with a TUG, distance, stairs and assistance for gait, counts and loads for 97530, degrees for 97140) and
/// notes with none ("Berg — didn't get to it today", "will text them after" with no later text, "Outcome: see
/// flowsheet", band exercises with no dose);</item>
/// <item>class 6 (v6-h114-…): minutes in these writers' forms (a closing text "97112 — 23 min / 97110 — 12 min", a
/// spoken billing sentence "97112, 22 minutes; 97140, 10 minutes", clock ranges on the codes' own log lines, a log's
/// "timer stopped — 22 min" on the code's line, a kiosk's check-in and check-out and a day-sheet slot beside the code's
/// minutes, a memo length beside spoken minutes, a PT's and a PTA's code each with its minutes, three codes by clock
/// range) and true mismatches (a PTA's "97112 — 33 min" on a 22-minute line, a log range of 32 minutes on a 20-minute
/// 97110, a spoken "97140, 22 minutes" on a 12-minute line) and truly missing separate time (a log with the session's
/// start and end and two codes, a memo with "total timed was 38 minutes", a thread giving one code's minutes and not the
/// other's);</item>
/// <item>class 7 (v7-h114-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: a thread that came through empty, tabs and line breaks only, an empty OT note with no diagnosis), the
/// contract's meanings for 97110 (leg press, step-ups and wall sits after a knee replacement), 97530 (hay bales to the wagon
/// bed and the hayloft ladder), 97140 (thoracic and rib mobilisation) and 97116 (cane on the sidewalk and the curb), and wholly
/// generic notes: a thread of "pt did great 👍 tolerated tx well, continue POC", a memo of "ther ex and manual as usual"
/// on two codes with no minutes, and an OT log of "functional activities, tolerated well";</item>
/// <item>ordinary (vord-h114-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), with their harmless time stamps, time codes, memo lengths, kiosk times, day-sheet slots and "Sent from my
/// iPhone" tails, and the ordinary weak ones: a complete note with no diagnosis and a claim whose diagnosis is "see
/// referral".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (a quoted message says once what it says). Every timed line
/// earns at least one unit under the 8-minute rule. This set's notes carry people and numbers that are not the code's
/// or its minutes — a daughter in the lobby, a wife in the car, a son translating, the supervising PT on the thread
/// (none of them a patient; Mrs. Aho on the bike, Mr. Tolbert on the mat and the second patient on the NuStep are),
/// time stamps, time codes, memo lengths, check-in and check-out times and appointment slots, ages, dates, step and
/// curb heights in inches, loads in pounds, cuff pressures, reach in centimetres, degrees, gait speeds, distances in
/// feet, numbers of stairs, eggs and trips — and each is written so that a reviewer cannot take it for a billed code's
/// minutes; a code's minutes are written next to the code ("97112 — 23 min", "97112, 22 minutes"), on the code's own
/// log line ("09:26 97112 timer stopped — 22 min") or as a clock range on the code's own line ("09:04–09:27 97112");
/// no note gives minutes to a visit, a drill, a rest or a test, except the one that gives the visit a total ("total
/// timed was 38 minutes"); notes failed for want of a measure carry no number but their code and its minutes (no time
/// stamps). DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112
/// passes the measure check only on an objective measure with a number and fails it only when the note has no number
/// but its code and its minutes; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level)
/// is a measure. One-on-one is judged on the billed minutes: a family member, interpreter or staff member in the room
/// or on the thread does not undo a one-on-one statement, another patient treated in the same block does, and a
/// therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what a conversation or a log could honestly be read either way on: a timer's start and
/// stop on separate log lines as the only carrier of a code's minutes, a timer readout ("97112 00:23:00", "23:00") as
/// the code's minutes, a kiosk's check-in-to-check-out span or a day sheet's slot as the only time given on a visit with
/// one timed code, a PTA's text sent to the
/// supervising PT in the middle of the billed block (whether the patient was attended while it was typed), minutes
/// that the supervising PT proposes in the thread ("do about 20 on the NMR") and the PTA never confirms, a quoted
/// message whose minutes or numbers differ from the reply's, spoken numbers the app transcribed as words, and a
/// measure or a technique heard only in part ("Berg was 4[inaudible]").
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 101 of 106 cases agree (104 needed), and 4 of the 71 notes the reviewer passes got a finding, on the analyzer of 3940f40 (the start of the 2026-12-07 eighteenth session, before any change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 106 of 106, no false positive — "Single-leg stance L 7 seconds, R 21." (a value for each side, nothing done) is the test, not a drill; Bad Ragaz ring method; plain-words deficits (trunk stabiliser timing, "the floor moves like the hayloft", "catches his L toe on every threshold").</para>
/// </summary>
public class HeldOutNotesIssue18HundredFourteenthTests(ITestOutputHelper output)
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

        // KRPT Hinckley PTA thread pasted under the billing line: "1:1 w/ Mr. Sundquist the whole NMR block, his daughter's out in the lobby"; foam perturbations, tandem with head turns, stepping over the cones; slow ankle strategy and sway; Berg and perturbation count; "97112 — 23 min" matches; time stamps are times of day: passes.
        ["v1-h114-kr-pta-text-daughter-in-the-lobby"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97112 — 23 min (Kayla Rask, PTA; supervising Maren Hautala, PT, DPT)
            CareText thread pasted:
            [10:42 AM] Kayla Rask: Done with Mr. Sundquist. 1:1 w/ him the whole NMR block, his daughter's out in the lobby.
            [10:43 AM] Kayla Rask: Perturbations standing on the foam, tandem walking w/ head turns, stepping over the cone row. Slow ankle strategy, sways back when he turns his head. Berg 45/56, 7 of 10 perturbations w/o a step.
            [10:47 AM] Maren Hautala: Thanks, cosigning.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // KRPT Moose Lake PTA text: "got him on the foam and Mrs. Aho on the bike, bouncing between them" — another patient inside the block: one-on-one missing; foam stance, rocker board, perturbations; proprioceptive loss in both feet; tandem seconds and Berg present.
        ["v1-h114-kr-pta-bouncing-between-two"] = new(
            """
            Kettle River Physical Therapy — Moose Lake
            97112 — 22 min (Josh Pelto, PTA)
            [2:16 PM] Josh Pelto: fyi short staffed, got him on the foam and Mrs. Aho on the bike, bouncing between them for his NMR
            [2:31 PM] Josh Pelto: foam stance eyes closed, rocker board A/P, perturbations at the hips. Proprioceptive loss both feet w/ the neuropathy. Tandem 8 sec, Berg 41/56.
            [2:33 PM] Maren Hautala: ok, thanks for the heads up
            """,
            ["E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // KRPT Sandstone: the PT's quoted question "> are you 1:1 with her?" answered "Yes — just her, nobody else in the gym"; rocker board eyes closed, half-kneel rhythmic stabilisation, foam step-and-hold; R ankle proprioception after a sprain on the groomer's step; SLS and rocker seconds; "97112 — 24 min" matches: passes.
        ["v1-h114-kr-quoted-question-answered-yes"] = new(
            """
            Kettle River Physical Therapy — Sandstone
            97112 — 24 min (Kayla Rask, PTA)
            [9:58 AM] Maren Hautala: Mrs. Tollefson today — are you 1:1 with her?
            [11:05 AM] Kayla Rask:
            > are you 1:1 with her?
            Yes — just her, nobody else in the gym. Rocker board eyes closed, half-kneel rhythmic stabilization, step-and-hold onto the foam. R ankle proprioception after she rolled it on the trail groomer's step. SLS R 9 sec (L 22), rocker board 12 sec w/o an edge touch.
            Sent from my iPhone
            """,
            ["S93.401D"], [PTA("97112", 24)], []),

        // ORA Athens voice memo with time codes: "it was just me and Mr. Jernigan the whole time, his wife stayed out in the car"; X1 viewing on the hallway checkerboard, head-turn walking, foam eyes closed; L vestibular hypofunction; DGI and gait speed; spoken "97112, 24 minutes" matches: passes.
        ["v1-h114-ora-memo-wife-in-the-car"] = new(
            """
            Oconee Rehab Associates — Athens — voice memo, Priya Anand, PT, DPT (transcribed)
            [00:00:03] Mr. Jernigan, 97112, 24 minutes.
            [00:00:09] It was just me and Mr. Jernigan the whole time, his wife stayed out in the car.
            [00:00:15] We did X1 viewing against the checkerboard in the hall, walking with head turns on cue, and feet together on foam with eyes closed.
            [00:00:27] L vestibular hypofunction, he still gets oscillopsia turning to check the poultry-house fans.
            [00:00:36] DGI 18 out of 24, gait speed 0.94 meters per second.
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // ORA Watkinsville memo: "I had Mr. Tolbert on the mat doing his bridges while I was perturbing her, so I was going back and forth" — another patient inside the block: one-on-one missing; perturbations, tandem on the beam, clock stepping; delayed stepping after a fall; Berg and TUG present.
        ["v1-h114-ora-memo-going-back-and-forth"] = new(
            """
            Oconee Rehab Associates — Watkinsville — voice memo, Luke Haddock, PT (transcribed)
            [00:00:02] Mrs. Pittard, 97112, 23 minutes.
            [00:00:08] I had Mr. Tolbert on the mat doing his bridges while I was perturbing her, so I was going back and forth.
            [00:00:17] Perturbations at the pelvis, tandem on the balance beam, clock stepping to called numbers.
            [00:00:26] Delayed stepping reaction to the L since the fall at the farmers' market. Berg 43 out of 56, TUG 13.2 seconds.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // TVMC New Philadelphia activity log with a log line "Treated one-on-one, PT and patient only"; PNF D2, foam stance with perturbations, hurdle stepping; L hip motor control after a stroke; FGA and 10MWT; the code's log line "timer stopped — 22 min" matches: passes.
        ["v1-h114-tv-log-one-on-one-line"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (New Philadelphia)
            08:58 Session started — Renee Stutzman, PT
            09:00 Treated one-on-one, PT and patient only
            09:01 97112 timer started
            09:01 Intervention: PNF D2 LE patterns with rhythmic initiation, foam stance with perturbations, stepping over the hurdles L leading
            09:12 Impairment: L hip flexor and abductor motor control after the R MCA stroke
            09:20 Measure: FGA 15/30; 10MWT 0.78 m/s
            09:23 97112 timer stopped — 22 min
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // TVMC Dover log "09:14 2nd pt placed on NuStep, PT alternating" inside the 97112 block: another patient treated in the billed time — one-on-one missing; rocker board, foam tandem, perturbations; proprioception after an ankle fracture; rocker seconds and Berg present.
        ["v1-h114-tv-log-second-patient-alternating"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Dover)
            09:05 Session started — Tom Gerber, PT
            09:06 97112 timer started
            09:14 2nd pt placed on NuStep, PT alternating between pts through end of block
            09:15 Intervention: rocker board A/P, tandem on foam, perturbations at the shoulders
            09:20 Impairment: R ankle proprioception after the bimalleolar fracture, rolls it on the gravel at the mill
            09:25 Measure: rocker board 11 sec w/o edge touch; Berg 47/56
            09:27 97112 timer stopped — 21 min
            """,
            ["S82.841D"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // KRPT thread with every element but delivery and nothing on one-on-one: not stated; foam reaches, stepping over the snowshoes, perturbations; L ankle and hip strategy after a fall on the ice house step; Berg and reach count present.
        ["v1-h114-kr-thread-delivery-never-said"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97112 — 22 min (Aaron Kivi, PT)
            [3:40 PM] Aaron Kivi: Mr. Lundeen's NMR: reaching to cones from the foam, stepping over a pair of snowshoes, perturbations at the pelvis
            [3:41 PM] Aaron Kivi: slow ankle and hip strategy since he fell off the ice house step
            [3:41 PM] Aaron Kivi: Berg 46/56, 8 of 12 reaches w/o a step
            """,
            ["R26.81", "W00.9XXD"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ORA Madison memo with everything but delivery and nothing on one-on-one: not stated; PNF rhythmic stabilisation, foam head turns, obstacle walking; postural control in Parkinson's; Mini-BESTest and step count present.
        ["v1-h114-ora-memo-delivery-never-said"] = new(
            """
            Oconee Rehab Associates — Madison — voice memo, Priya Anand, PT, DPT (transcribed)
            Memo length 01:52
            [00:00:04] Mr. Whitlow, 97112, 23 minutes.
            [00:00:10] Rhythmic stabilization in half kneel, head turns standing on the foam, walking the obstacle course of shoe boxes and a pool noodle.
            [00:00:24] Postural control with his Parkinson's, he gets retropulsive turning around in the church van aisle.
            [00:00:33] Mini-BESTest 17 out of 28, stepped over 9 of 10 obstacles without a touch.
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ORA OT 97530 memo with two patients in the kitchen (no one-on-one check): carrying groceries from the car trunk to the counter, putting cans away overhead; L shoulder weakness after a rotator-cuff repair; counts and assist; "97530, 22 minutes" matches: passes.
        ["v1-h114-ora-ot-97530-two-in-the-kitchen"] = new(
            """
            Oconee Rehab Associates — Athens — voice memo, Celeste Morrow, OTR/L (transcribed)
            [00:00:02] Ms. Hollis, 97530, 22 minutes. Two of us in the ADL kitchen, her and Mr. Cato.
            [00:00:11] Carrying grocery bags from the trunk mock-up to the counter, putting cans up on the second shelf, wiping the top of the fridge.
            [00:00:22] L shoulder weakness after the rotator cuff repair, she can't get the canned peaches up for the market table.
            [00:00:31] 6 bags carried, 10 cans to the shelf with stand-by assist.
            """,
            ["Z98.890", "M75.122"], [OT("97530", 22)], []),

        // KRPT PTA 97110 with the next patient on the bike beside them (no one-on-one check): leg press, step-ups, wall sits with doses; L quad weakness after a knee replacement; "97110 — 18 min" matches: passes.
        ["v1-h114-kr-pta-97110-next-patient-on-the-bike"] = new(
            """
            Kettle River Physical Therapy — Moose Lake
            97110 — 18 min (Josh Pelto, PTA)
            [1:12 PM] Josh Pelto: Mrs. Niemi done, Mr. Rajala was on the bike next to us the whole time
            [1:13 PM] Josh Pelto: leg press 80 lb 3x12, step-ups 6" 3x10, wall sits 3x30 sec. L quad weakness after the L TKA, can't do the basement stairs reciprocal yet.
            Sent from my iPhone
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 18)], []),

        // TVMC Sugarcreek log: "Treated individually; son translated Pennsylvania Dutch" (family interpreting, not a patient); foam stance, perturbations on the buggy-step mock-up, tandem; somatosensory loss in the feet; CTSIB seconds and Berg; clock range on the code's line 10:04–10:27 (23) matches; day-sheet slot is a time of day: passes.
        ["v1-h114-tv-son-translating"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (Sugarcreek)
            Day sheet 03/04/2026: 10:00–10:45  Yoder, Mose (age 71)  PT f/u  Rm 2
            ACTIVITY LOG
            10:02 Treated individually, PT and patient; his son translated Pennsylvania Dutch from the chair by the door
            10:04–10:27 97112 Neuromuscular re-education — foam stance eyes closed, perturbations stepping up onto the buggy-step mock-up, tandem along the wall
            10:28 Impairment: somatosensory loss both feet, can't feel the buggy step in the dark
            10:29 Measure: CTSIB foam eyes closed 9 sec; Berg 44/56 — Renee Stutzman, PT
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // KRPT Teams chat: the PT asks the PTA to fetch a patient and she answers before the block "can't, starting Mrs. Wickstrom's NMR now and I'm 1:1 with her the whole block"; Airex head turns, perturbations, stepping strategy; sway with vestibular loss; DGI and perturbations; "97112 — 25 min" matches: passes.
        ["v1-h114-kr-teams-cant-im-one-on-one"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97112 — 25 min (Kayla Rask, PTA)
            Teams chat, clinic laptop:
            Maren Hautala 12:58 PM: can you grab Mr. Ostlund from the waiting room?
            Kayla Rask 12:58 PM: can't, starting Mrs. Wickstrom's NMR now and I'm 1:1 with her the whole block — Aaron's free
            Kayla Rask 1:32 PM: Mrs. Wickstrom: Airex w/ head turns, perturbations at the shoulders, stepping strategy to the clock. Sways and steps out w/ head turns, R vestibular loss. DGI 16/24, 6 of 10 perturbations w/o a step.
            """,
            ["H81.21"], [PTA("97112", 25)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // KRPT quick-reply row with 1:1 selected ("Delivery ▸ ✔ 1:1 ○ Group ○ Concurrent"); BOSU perturbations, foam tandem, figure-eight walking; L ankle proprioception after a sprain on the snowmobile trailer; rocker seconds and FGA; "97112 — 22 min" matches: passes.
        ["v2-h114-kr-quick-reply-one-on-one-selected"] = new(
            """
            Kettle River Physical Therapy — Sandstone
            97112 — 22 min (Kayla Rask, PTA)
            Delivery ▸ ✔ 1:1  ○ Group  ○ Concurrent
            [4:10 PM] Kayla Rask: perturbations on the BOSU, tandem on the foam beam, figure-eight walking around the cones
            [4:10 PM] Kayla Rask: L ankle proprioception after she rolled it loading the snowmobile trailer
            [4:11 PM] Kayla Rask: rocker board 13 sec, FGA 22/30
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // KRPT quick-reply row left with nothing selected ("○ 1:1 ○ Group ○ Concurrent") and nothing else on delivery: not stated; rocker board, foam reaches, perturbations; proprioception after a knee replacement; SLS and Berg present.
        ["v2-h114-kr-quick-reply-nothing-selected"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97112 — 23 min (Josh Pelto, PTA)
            Delivery ▸ ○ 1:1  ○ Group  ○ Concurrent
            [11:20 AM] Josh Pelto: rocker board M/L, reaching out of base on the foam, perturbations at the hips
            [11:21 AM] Josh Pelto: R knee proprioception and quad timing after the R TKA, knee wobbles on the step-down
            [11:21 AM] Josh Pelto: SLS R 6 sec, Berg 47/56
            """,
            ["Z96.651", "Z47.1"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // TVMC log field "Delivery mode: (not documented)" and nothing else on delivery: not stated; half-kneel rhythmic stabilisation, foam stance with ball catches, tandem; trunk control after a cerebellar stroke; SARA and Berg present; the code's log line "timer stopped — 24 min" matches.
        ["v2-h114-tv-delivery-mode-not-documented"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (New Philadelphia)
            13:30 Session started — Tom Gerber, PT
            13:30 Delivery mode: (not documented)
            13:31 97112 timer started
            13:31 Intervention: half-kneel rhythmic stabilization, foam stance with ball catches, tandem walking in the hall
            13:40 Impairment: trunk ataxia and postural control after the cerebellar stroke
            13:50 Measure: SARA 11; Berg 40/56
            13:55 97112 timer stopped — 24 min
            """,
            ["I69.393"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // TVMC log field "Impairment: (not documented)" and nothing else names a deficit, system or region: deficit missing; "Treated one-on-one", foam perturbations, tandem with head turns, hurdle stepping; FGA and perturbations present.
        ["v2-h114-tv-impairment-not-documented"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Dover)
            14:02 Session started — Renee Stutzman, PT
            14:02 Treated one-on-one, PT and patient only
            14:03 97112 timer started
            14:03 Intervention: perturbations standing on the foam, tandem walking with head turns, stepping over the hurdles
            14:15 Impairment: (not documented)
            14:20 Measure: FGA 19/30; 7 of 10 perturbations without a step
            14:25 97112 timer stopped — 22 min
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ORA memo where the technique was spoken but transcribed "[inaudible]" and nothing else names one: technique missing; "just the two of us", L ankle proprioception after a sprain, SLS and Berg present, no generic phrase.
        ["v2-h114-ora-technique-inaudible"] = new(
            """
            Oconee Rehab Associates — Watkinsville — voice memo, Luke Haddock, PT (transcribed)
            [00:00:03] Mr. Cagle, 97112, 22 minutes, just the two of us in the back gym.
            [00:00:10] For the neuro re-ed block we did [inaudible] the whole block.
            [00:00:19] L ankle proprioception after he rolled it on the tailgate lot, he can't tell where his foot is on the grass.
            [00:00:28] Single-leg stance L 7 seconds, R 21. Berg 49 out of 56.
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Tech, "97112")]),

        // ORA memo with the measures transcribed "[inaudible]" and "[crosstalk]", no time codes, and no number but the code and its minutes: measure missing; "one on one", foam perturbations, tandem with head turns, hurdle stepping; postural control after a fall present.
        ["v2-h114-ora-measures-inaudible"] = new(
            """
            Oconee Rehab Associates — Madison — voice memo, Luke Haddock, PT (transcribed, no time codes)
            Mrs. Tribble, 97112, 22 minutes, one on one with me.
            Perturbations on the foam, tandem walking with head turns, stepping over the hurdles.
            Postural control after the fall at the church fellowship hall, she steps late and sways back.
            Berg was [inaudible]. TUG [crosstalk] — I'll re-test next visit.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // KRPT app form "Measures: ___" left blank, no time stamps, and no number but the code and its minutes: measure missing; "1:1 the whole block", rocker board, foam head turns, perturbations; vestibular and postural control present.
        ["v2-h114-kr-measures-blank"] = new(
            """
            Kettle River Physical Therapy — Moose Lake — CareText form
            97112 — 23 min (Aaron Kivi, PT)
            Delivery: 1:1 the whole block
            Interventions: rocker board eyes closed, head turns on the foam, perturbations at the shoulders
            Problem: R vestibular hypofunction and postural control, he sways out on the lake ice
            Measures: ___
            """,
            ["H81.21"], [PT("97112", 23)], [At(Measure, "97112")]),

        // TVMC Dover kiosk "Session type: ☒ Individual ☐ Group" with check-in and check-out times (times of day); stepping strategy, foam with head turns, perturbations; retropulsion in Parkinson's; pull test and Mini-BESTest; "97112 — 23 min" matches: passes.
        ["v2-h114-tv-kiosk-individual-ticked"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (Dover)
            Kiosk: Checked in 08:51 · Checked out 09:47 · Tablet 2
            Session type: ☒ Individual  ☐ Group
            97112 — 23 min: stepping-strategy drills backward and to the side, head turns standing on the foam, perturbations at the shoulders from behind
            Impairment: retropulsion and slow backward stepping with Parkinson's disease
            Measure: pull test 4 steps to recover; Mini-BESTest 16/28
            Tom Gerber, PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // ORA memo with the app's "Technique: (skipped)" prompt but the spoken narrative naming the work (PNF chops and lifts, foam stance perturbations, step-and-stick): the spoken text states it; one-on-one; trunk and hip control after a stroke; Berg and step count; "97112, 24 minutes" matches: passes.
        ["v2-h114-ora-technique-prompt-skipped"] = new(
            """
            Oconee Rehab Associates — Athens — voice memo, Priya Anand, PT, DPT (transcribed)
            Technique: (skipped)
            [00:00:02] Mr. Bickers, 97112, 24 minutes, one-on-one.
            [00:00:08] PNF chops and lifts in standing, perturbations on the foam, step-and-stick onto the Airex with the R leading.
            [00:00:20] Trunk and R hip motor control after the L CVA, he lurches when he steps off the church van.
            [00:00:30] Berg 42 out of 56, 6 of 10 step-and-sticks held.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // KRPT thread where the PT's question "> Deficit?" is quoted and answered in the reply ("L ankle proprioception, rolls it on the ice"); one-on-one; rocker board and foam perturbations; rocker seconds and SLS; "97112 — 21 min" matches: passes.
        ["v2-h114-kr-quoted-deficit-answered"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97112 — 21 min (Josh Pelto, PTA)
            [9:35 AM] Josh Pelto: Mr. Haapala done, 1:1 the whole block. Rocker board A/P and M/L, foam stance w/ perturbations. Rocker 16 sec, SLS L 10 sec.
            [9:37 AM] Maren Hautala: Deficit?
            [9:38 AM] Josh Pelto:
            > Deficit?
            L ankle proprioception, rolls it on the ice going out to the fish house
            """,
            ["S93.402D"], [PTA("97112", 21)], []),

        // TVMC log with its prompt "Outcome measure: ____ Score: ____" left, but a later line typed "Berg 46/56; TUG 11.9 sec"; one-on-one; foam and perturbations; ankle strategy deficit; code's line "timer stopped — 23 min" matches: passes.
        ["v2-h114-tv-outcome-prompt-left-berg-typed"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (New Philadelphia)
            15:10 Session started — Renee Stutzman, PT
            15:10 Treated one-on-one, PT and patient only
            15:11 97112 timer started
            15:11 Intervention: foam stance eyes closed, perturbations forward and back, heel-toe rocking at the counter
            15:18 Impairment: poor ankle strategy, sways from the hips when she reaches into the cheese vat
            15:20 Outcome measure: ____ Score: ____
            15:30 Berg 46/56; TUG 11.9 sec
            15:34 97112 timer stopped — 23 min
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // KRPT complete thread with an unrelated "Next appt: ___" left blank and a "Sent from my iPhone" tail; "1:1 w/ Kayla"; foam cone reaches, tandem, perturbations; somatosensory loss in the feet; Berg and tandem; "97112 — 24 min" matches: passes.
        ["v2-h114-kr-next-appt-blank"] = new(
            """
            Kettle River Physical Therapy — Moose Lake
            97112 — 24 min (Kayla Rask, PTA)
            Next appt: ___
            [2:55 PM] Kayla Rask: Mrs. Koski 1:1 w/ me the whole block. Cone reaches from the foam, tandem in the bars, perturbations at the pelvis. Somatosensory loss both feet, watches her feet on the casino carpet. Berg 44/56, tandem 11 sec.
            Sent from my iPhone
            """,
            ["E11.42"], [PTA("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // TVMC therapy-pool log: Bad Ragaz ring method (trunk and lower-extremity patterns with the therapist as the fixed point) and stepping against the pool's current; trunk control in MS; Berg and tandem; one-on-one; clock range on the code's line 11:02–11:26 (24) matches: passes.
        ["v3-h114-tv-bad-ragaz-pool"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — THERAPY POOL — ACTIVITY LOG
            11:00 Patient in pool, one-on-one with Renee Stutzman, PT; lifeguard on deck
            11:02–11:26 97112 Bad Ragaz ring method: trunk side-flexion and bilateral LE patterns with the PT as the fixed point; stepping forward and sideways against the current
            11:27 Impairment: trunk and LE motor control in multiple sclerosis, legs go where they want on land
            11:28 Measure (on deck after): Berg 41/56; tandem 6 sec
            """,
            ["R26.89", "M62.81"], [PT("97112", 24)], []),

        // KRPT Redcord Neurac: sling-supported bridging and side-lying hip abduction with perturbations to the ropes; lateral hip motor control and a Trendelenburg; SLS and step-down count; "1:1 in the sling room"; "97112 — 23 min" matches: passes.
        ["v3-h114-kr-redcord-neurac"] = new(
            """
            Kettle River Physical Therapy — Sandstone
            97112 — 23 min (Aaron Kivi, PT)
            [8:44 AM] Aaron Kivi: Mr. Bergquist, 1:1 in the sling room. Redcord Neurac: sling bridging w/ perturbations to the ropes, side-lying hip abduction in the slings, then standing step-downs w/ a hold.
            [8:45 AM] Aaron Kivi: L lateral hip motor control, Trendelenburg on stance, knee dives in stepping off the skidder.
            [8:45 AM] Aaron Kivi: SLS L 9 sec; 7 of 10 step-downs w/o the knee diving in.
            """,
            ["M62.81", "R26.89"], [PT("97112", 23)], []),

        // ORA Rood facilitation (quick brushing and tapping over the L anterior tibialis, approximation through the knee) with active dorsiflexion in sitting and stepping; L dorsiflexor recruitment after a stroke; heel-strike count and 10MWT; one-on-one; "97112, 22 minutes" matches: passes.
        ["v3-h114-ora-rood-facilitation"] = new(
            """
            Oconee Rehab Associates — Athens — voice memo, Priya Anand, PT, DPT (transcribed)
            [00:00:03] Mrs. Crump, 97112, 22 minutes, one-on-one.
            [00:00:09] Rood facilitation, quick brushing and tapping over the L anterior tib, approximation through the knee, then active dorsiflexion in sitting and in stepping.
            [00:00:21] L dorsiflexor recruitment after the R CVA, her toe drags on the porch boards.
            [00:00:30] Heel strike on 14 of 20 steps, 10-meter walk 0.61 meters per second.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // KRPT Cyriax deep transverse friction to the R common extensor origin in 3 bouts of 90 sec with a Mill's manipulation; lateral elbow tendinopathy from the chainsaw; pain-free grip pounds; "97140 — 10 min" matches: passes.
        ["v3-h114-kr-cyriax-friction"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97140 — 10 min (Maren Hautala, PT, DPT)
            [4:22 PM] Maren Hautala: Mr. Moilanen, Cyriax deep transverse friction to the R common extensor origin, 3 bouts of 90 sec, then Mill's manipulation x1.
            [4:22 PM] Maren Hautala: R lateral elbow tendinopathy from running the chainsaw, pain gripping the saw handle.
            [4:23 PM] Maren Hautala: pain-free grip 38 lb before, 51 lb after.
            """,
            ["M77.11"], [PT("97140", 10)], []),

        // ORA Jones strain-counterstrain to L iliacus and piriformis tender points, each position held 90 seconds; L hip and SI pain with tender points; hip internal rotation degrees; "97140, 11 minutes" matches: passes.
        ["v3-h114-ora-strain-counterstrain"] = new(
            """
            Oconee Rehab Associates — Madison — voice memo, Luke Haddock, PT (transcribed)
            [00:00:02] Mr. Dorsey, 97140, 11 minutes.
            [00:00:07] Jones strain-counterstrain to the L iliacus and L piriformis tender points, each position held 90 seconds and brought back slow.
            [00:00:18] L hip and SI pain with tender points, can't climb into the bucket truck seat without a catch.
            [00:00:27] Hip IR L 18 degrees before, 27 after; tender point 8 out of 10 down to 3.
            """,
            ["M53.3", "M25.552"], [PT("97140", 11)], []),

        // TVMC blood-flow-restriction training: cuff at 80% limb occlusion pressure (176 mmHg), leg press and knee extension at 30/15/15/15; L quad weakness after an ACL reconstruction; loads; code's log line "timer stopped — 16 min" matches: passes.
        ["v3-h114-tv-blood-flow-restriction"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Dover)
            16:00 Session started — Tom Gerber, PT
            16:01 97110 timer started
            16:02 Blood flow restriction cuff L thigh at 80% LOP (176 mmHg)
            16:03 Leg press 40 lb 30/15/15/15; seated knee extension 10 lb 30/15/15/15
            16:12 Impairment: L quad weakness and atrophy after the L ACL reconstruction, can't jump off the hay wagon
            16:17 97110 timer stopped — 16 min
            """,
            ["S83.512D"], [PT("97110", 16)], []),

        // ORA Janda sensorimotor training: short foot, half-step and full-step on the rocker board, mini-trampoline stance; chronic ankle instability; Y-balance reach in centimetres; one-on-one; "97112, 21 minutes" matches: passes.
        ["v3-h114-ora-janda-sensorimotor"] = new(
            """
            Oconee Rehab Associates — Athens — voice memo, Priya Anand, PT, DPT (transcribed)
            [00:00:02] Ms. Aycock, 97112, 21 minutes, one on one.
            [00:00:07] Janda sensorimotor training: short foot, half-step then full-step onto the rocker board, stance on the mini-trampoline with a ball toss.
            [00:00:19] Chronic R ankle instability, she turns it on the bleacher steps on game days.
            [00:00:27] Y-balance anterior reach R 58 centimeters, L 66.
            """,
            ["M25.371"], [PT("97112", 21)], []),

        // KRPT Dynamic Neuromuscular Stabilization in its developmental positions (3-month supine, side-lying, tripod, oblique sit) into a loaded step-up; trunk stabiliser timing after a lumbar fusion; SLS and step-up count; "1:1"; "97112 — 24 min" matches: passes.
        ["v3-h114-kr-dns-positions"] = new(
            """
            Kettle River Physical Therapy — Moose Lake
            97112 — 24 min (Maren Hautala, PT, DPT)
            [10:15 AM] Maren Hautala: Mrs. Heikkila 1:1 today. DNS: 3-month supine, side-lying, tripod and oblique sit positions, then into a step-up holding the 3-month breathing pattern.
            [10:16 AM] Maren Hautala: trunk stabilizer timing after the L4-5 fusion, she braces and holds her breath lifting the minnow bucket.
            [10:16 AM] Maren Hautala: SLS R 14 sec, L 11; 8 of 10 step-ups w/o breath holding.
            """,
            ["Z98.1", "M54.50"], [PT("97112", 24)], []),

        // TVMC "Falls Clinic Pathway B, step 3" as the whole of the intervention, naming no technique; one-on-one, deficit (slow stepping, sway) and Berg and TUG present, no generic phrase: technique missing.
        ["v3-h114-tv-falls-pathway-only"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (New Philadelphia)
            10:30 Session started — Renee Stutzman, PT
            10:30 Treated one-on-one, PT and patient only
            10:31 97112 timer started
            10:31 Intervention: Falls Clinic Pathway B, step 3
            10:45 Impairment: slow stepping reaction and sway with eyes closed after two falls in the barn
            10:50 Measure: Berg 45/56; TUG 12.8 sec
            10:54 97112 timer stopped — 23 min
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // ORA Nordic hamstring protocol with no sets, reps or load, no time codes, and no number but the code and its minutes: measure missing on 97110; R hamstring weakness after a strain present.
        ["v3-h114-ora-nordic-protocol-no-dose"] = new(
            """
            Oconee Rehab Associates — Athens — voice memo, Luke Haddock, PT (transcribed, no time codes)
            Mr. Sapp, 97110, 14 minutes.
            Nordic hamstring protocol, eccentric lowering with his feet held, then single-leg bridges and hip hinges with the kettlebell.
            R hamstring weakness after the strain, he pulled it chasing the dog across the pasture.
            """,
            ["S76.311D"], [PT("97110", 14)], [At(Measure, "97110")]),

        // KRPT Neurac sling perturbations and DNS positions with counts, "1:1", but "Problem: per POC" and no deficit, system or region anywhere: deficit missing.
        ["v3-h114-kr-neurac-dns-problem-per-poc"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97112 — 22 min (Aaron Kivi, PT)
            [1:50 PM] Aaron Kivi: Ms. Peura 1:1. Neurac sling perturbations in supine bridging, DNS tripod and oblique sit, step-and-hold onto the foam.
            [1:50 PM] Aaron Kivi: Problem: per POC
            [1:51 PM] Aaron Kivi: Berg 50/56; 8 of 10 step-and-holds.
            """,
            ["M62.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none stated

        // TVMC Sugarcreek: "the floor moves like the hayloft when she looks up at the barn beams" (a vestibular and visual-dependence deficit as a finding); VOR x1, head-up walking, foam eyes closed; DGI; one-on-one; clock range on the code's line 13:05–13:27 (22) matches: passes.
        ["v4-h114-tv-floor-moves-like-the-hayloft"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (Sugarcreek)
            Day sheet: 13:00–13:45  Miller, Ada  PT f/u  Rm 1
            ACTIVITY LOG
            13:03 Treated one-on-one, PT and patient only — Renee Stutzman, PT
            13:05–13:27 97112 VOR x1 viewing seated then standing, walking the hall looking up at the ceiling tiles, feet together on foam eyes closed
            13:28 Finding: says the floor moves like the hayloft when she looks up at the barn beams; reaches for the wall with head up
            13:29 Measure: DGI 15/24
            """,
            ["H81.10", "R26.81"], [PT("97112", 22)], []),

        // KRPT: "catches his L toe on every threshold at the casino" (a dorsiflexor deficit as a finding); heel-strike stepping over tape lines, toe taps to the metronome, obstacle stepping; one-on-one; 10MWT and heel-strike count; "97112 — 22 min" matches: passes.
        ["v4-h114-kr-toe-catches-every-threshold"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97112 — 22 min (Maren Hautala, PT, DPT)
            [3:05 PM] Maren Hautala: Mr. Paulsen 1:1. Heel-strike stepping over the tape lines, L toe taps to the metronome, stepping over the shoe boxes L leading.
            [3:06 PM] Maren Hautala: catches his L toe on every threshold at the casino where he still does the Tuesday shift.
            [3:06 PM] Maren Hautala: 10MWT 0.82 m/s; heel strike on 16 of 20 L steps.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // ORA: "can't feel the brake pedal, has to look down at her feet to drive the church van" (sensory loss as a finding); foam stance eyes closed, tandem, stepping over textures; monofilament sites and Berg; one-on-one; "97112, 23 minutes" matches: passes.
        ["v4-h114-ora-cant-feel-the-brake-pedal"] = new(
            """
            Oconee Rehab Associates — Madison — voice memo, Priya Anand, PT, DPT (transcribed)
            [00:00:03] Mrs. Ingram, 97112, 23 minutes, one-on-one.
            [00:00:09] Foam stance with eyes closed, tandem walking barefoot, stepping across the texture mats with her eyes up.
            [00:00:20] She can't feel the brake pedal and has to look down at her feet to drive the church van.
            [00:00:28] Monofilament felt at 4 of 10 sites on each foot. Berg 45 out of 56.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // ORA PTA 97530: "his knees buckle stepping off the church van" (quad control as the finding); step-downs off a 14 inch box holding a cooler, carrying folding chairs; counts, load and assist; "97530, 20 minutes" matches: passes.
        ["v4-h114-ora-pta-knees-buckle-off-the-van"] = new(
            """
            Oconee Rehab Associates — Watkinsville — voice memo, Derrick Faison, PTA (transcribed)
            [00:00:02] Mr. Gaines, 97530, 20 minutes.
            [00:00:07] Stepping down off the 14 inch box holding a 15 pound cooler, 8 times; carrying folding chairs across the gym and stacking them, 6 trips, stand-by assist.
            [00:00:20] His knees buckle stepping off the church van, quad control going down worse on the R.
            """,
            ["M62.81", "R26.89"], [PTA("97530", 20)], []),

        // TVMC OT 97530: "her R hand drops the egg basket" (grip and release as the finding); gathering eggs from the mock nest boxes into the basket, carrying it, washing and setting them in the carton; counts and grip; code's log line "timer stopped — 21 min" matches: passes.
        ["v4-h114-tv-ot-drops-the-egg-basket"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Sugarcreek)
            09:30 Session started — Sara Hochstetler, OTR/L
            09:31 97530 timer started
            09:31 Gathering wooden eggs from the mock nest boxes into the wire basket, carrying the basket 30 ft, washing and setting them into cartons
            09:45 Finding: her R hand drops the egg basket when she turns; weak R grip after the carpal tunnel release
            09:50 24 eggs gathered, 2 dropped; basket carried 3 trips; grip R 31 lb (L 48)
            09:52 97530 timer stopped — 21 min
            """,
            ["G56.01", "Z98.890"], [OT("97530", 21)], []),

        // KRPT: "he lists to the L like he's on the ice-house floor" (postural control and a lateral lean as the finding); weight shifts to the R with mirror feedback, foam stance with perturbations, sidestepping; one-on-one; Berg and weight-bearing percentage; "97112 — 24 min" matches: passes.
        ["v4-h114-kr-lists-like-the-ice-house-floor"] = new(
            """
            Kettle River Physical Therapy — Moose Lake
            97112 — 24 min (Aaron Kivi, PT)
            [11:40 AM] Aaron Kivi: Mr. Saari 1:1. Weight shifts to the R w/ mirror feedback, foam stance w/ perturbations from the L, sidestepping to the R along the bars.
            [11:41 AM] Aaron Kivi: he lists to the L like he's standing on the ice-house floor on Mille Lacs, L lateral lean since the R stroke.
            [11:41 AM] Aaron Kivi: Berg 39/56; 44% weight through the R on the scales (36% at eval).
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // ORA 97110: "can't get up from kneeling in the garden without crawling to the fence" (hip and quad weakness as the finding); half-kneel to stand, split squats, step-ups with doses; "97110, 17 minutes" matches: passes.
        ["v4-h114-ora-cant-get-up-from-the-garden"] = new(
            """
            Oconee Rehab Associates — Athens — voice memo, Luke Haddock, PT (transcribed)
            [00:00:02] Mrs. Willingham, 97110, 17 minutes.
            [00:00:07] Half-kneel to stand 3 sets of 6 each side, split squats holding the 10 pound dumbbell 3 sets of 8, step-ups onto the 8 inch step 3 sets of 10.
            [00:00:19] She can't get up from kneeling in the garden without crawling over to the fence, hip and quad weakness both sides.
            """,
            ["M62.81"], [PT("97110", 17)], []),

        // KRPT PTA 97110 whose deficit is carried in the PT's quoted message ("> work his L hip abductors, he Trendelenburgs on the stairs"); side-lying abduction, band walks, step-ups with doses; "97110 — 15 min" matches: passes.
        ["v4-h114-kr-deficit-in-the-quoted-message"] = new(
            """
            Kettle River Physical Therapy — Sandstone
            97110 — 15 min (Josh Pelto, PTA)
            [7:50 AM] Maren Hautala: work his L hip abductors, he Trendelenburgs on the stairs
            [8:40 AM] Josh Pelto:
            > work his L hip abductors, he Trendelenburgs on the stairs
            done — side-lying abduction 3# 3x12, band walks w/ the green band 4 lengths, lateral step-ups 6" 3x10
            Sent from my iPhone
            """,
            ["M62.81", "Z96.642"], [PTA("97110", 15)], []),

        // KRPT "Deficit: see eval" and nothing else names a deficit, system or region: deficit missing; "1:1", foam perturbations, rocker board, tandem; Berg and tandem present.
        ["v4-h114-kr-deficit-see-eval"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97112 — 23 min (Kayla Rask, PTA)
            [10:05 AM] Kayla Rask: Mrs. Aho 1:1. Perturbations on the foam, rocker board A/P, tandem walking in the hall.
            [10:05 AM] Kayla Rask: Deficit: see eval
            [10:06 AM] Kayla Rask: Berg 46/56, tandem 12 sec.
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // ORA memo "the problems are the same as last time" and no deficit, system or region anywhere: deficit missing; one-on-one, PNF rhythmic stabilisation, foam step-overs, perturbations; FGA and perturbation count present.
        ["v4-h114-ora-problems-same-as-last-time"] = new(
            """
            Oconee Rehab Associates — Watkinsville — voice memo, Luke Haddock, PT (transcribed)
            [00:00:02] Mr. Echols, 97112, 22 minutes, one-on-one.
            [00:00:08] Rhythmic stabilization in standing, stepping over the foam blocks, perturbations forward and back.
            [00:00:17] The problems are the same as last time.
            [00:00:21] FGA 20 out of 30, 8 of 10 perturbations without a step.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // TVMC log default "Impairment: WNL" left and no deficit anywhere: deficit missing; one-on-one, clock stepping, foam tandem, perturbations; Berg and TUG present.
        ["v4-h114-tv-impairment-wnl-default"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (New Philadelphia)
            11:15 Session started — Tom Gerber, PT
            11:15 Treated one-on-one, PT and patient only
            11:16 97112 timer started
            11:16 Intervention: clock stepping to called numbers, tandem on the foam beam, perturbations from behind
            11:30 Impairment: WNL
            11:35 Measure: Berg 47/56; TUG 11.4 sec
            11:38 97112 timer stopped — 22 min
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // KRPT four-stage balance test by stage and seconds ("stage 3 tandem 10 sec, stage 4 SLS 3 sec"); foam tandem, perturbations, stepping strategy; sway and slow stepping; one-on-one; "97112 — 23 min" matches: passes.
        ["v5-h114-kr-four-stage-balance-test"] = new(
            """
            Kettle River Physical Therapy — Moose Lake
            97112 — 23 min (Kayla Rask, PTA)
            [1:35 PM] Kayla Rask: Mrs. Lahti, 1:1 w/ me. Tandem on the foam, perturbations at the pelvis, stepping strategy out to the side.
            [1:35 PM] Kayla Rask: sways and steps late to the R, two near-falls on the church steps this month.
            [1:36 PM] Kayla Rask: 4-stage balance test: stage 3 tandem 10 sec, stage 4 SLS 3 sec.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // ORA 97116 with a gait speed and a six-minute walk in feet; cane gait on the sidewalk with cues for step length; short L step after a hip replacement; "97116, 22 minutes" matches: passes.
        ["v5-h114-ora-gait-speed-and-6mwt"] = new(
            """
            Oconee Rehab Associates — Athens — voice memo, Derrick Faison, PTA (transcribed)
            [00:00:02] Mr. Lumpkin, 97116, 22 minutes.
            [00:00:07] Gait training with the straight cane on the sidewalk out front and the parking lot, cues for a longer L step and an upright trunk.
            [00:00:18] Short L step and a L trunk lean after the L total hip.
            [00:00:25] Gait speed 0.92 meters per second, six-minute walk 1,120 feet with the cane, modified independent.
            """,
            ["Z96.642", "Z47.1"], [PTA("97116", 22)], []),

        // TVMC sensory organisation test composite ("SOT composite 61; condition 5 falls 2 of 3 trials"); foam eyes closed, sway-referenced standing, head turns; vestibular reliance; one-on-one; code's log line "timer stopped — 24 min" matches: passes.
        ["v5-h114-tv-sot-composite"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (New Philadelphia)
            08:00 Session started — Renee Stutzman, PT
            08:00 Treated one-on-one, PT and patient only
            08:01 97112 timer started
            08:01 Intervention: foam stance eyes closed, standing on the dome with head turns, walking with eyes closed along the wall
            08:10 Impairment: vestibular loss, she falls with vision and surface both taken away
            08:20 Measure: SOT composite 61; condition 5 falls on 2 of 3 trials
            08:25 97112 timer stopped — 24 min
            """,
            ["H81.23"], [PT("97112", 24)], []),

        // ORA 30-second chair stand and TUG as the 97112's measures; sit-to-stand with perturbations, foam step-ups, tandem; slow stepping and hip strategy after a fall; one-on-one; "97112, 22 minutes" matches: passes.
        ["v5-h114-ora-chair-stand-and-tug"] = new(
            """
            Oconee Rehab Associates — Madison — voice memo, Priya Anand, PT, DPT (transcribed)
            [00:00:02] Mr. Pruitt, 97112, 22 minutes, one-on-one.
            [00:00:07] Sit to stand with perturbations at the shoulders, step-ups onto the foam, tandem walking with a turn.
            [00:00:17] Slow stepping and a hip strategy since the fall off the deer stand ladder.
            [00:00:24] 30-second chair stand 9. TUG 12.1 seconds.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // TVMC PTA 97116 with distance, number of stairs and assistance levels; rolling-walker gait in the hall and the stairwell with cues; antalgic gait after a knee replacement; clock range on the code's line 14:10–14:31 (21) matches: passes.
        ["v5-h114-tv-pta-gait-distance-stairs-assist"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Dover)
            14:08 Session started — Ben Oyelaran, PTA
            14:10–14:31 97116 Gait training with the rolling walker, hall and stairwell, cues for heel strike and knee extension in stance
            14:32 Impairment: antalgic gait and short stance on the R after the R TKA
            14:33 Measure: 300 ft rolling walker SBA; 12 stairs with one rail CGA
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 21)], []),

        // KRPT 97530 with counts and loads: carrying split firewood in a canvas carrier, stacking it, kneeling to load the stove; low back and hip weakness; "97530 — 21 min" matches: passes.
        ["v5-h114-kr-97530-firewood-counts-and-loads"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97530 — 21 min (Aaron Kivi, PT)
            [2:10 PM] Aaron Kivi: Mr. Jokela: carrying split firewood in the canvas carrier 10 lb, 8 trips of 40 ft; stacking it waist to shoulder height, 3 rows; half-kneel to load the stove mock-up 6x.
            [2:11 PM] Aaron Kivi: low back and hip extensor weakness, he's been hauling wood one stick at a time since the strain.
            """,
            ["S39.012D", "M62.81"], [PT("97530", 21)], []),

        // ORA 97140 with degrees: posterior and inferior glenohumeral glides grade III, STM to the pec minor; R shoulder stiffness; flexion degrees before and after; "97140, 12 minutes" matches: passes.
        ["v5-h114-ora-97140-shoulder-degrees"] = new(
            """
            Oconee Rehab Associates — Watkinsville — voice memo, Luke Haddock, PT (transcribed)
            [00:00:02] Mr. Harden, 97140, 12 minutes.
            [00:00:07] Posterior and inferior glenohumeral glides grade III, soft tissue mobilization to the R pec minor and the posterior cuff.
            [00:00:17] R shoulder stiffness after the fall off the line truck, can't reach up to the hook.
            [00:00:24] Shoulder flexion 128 degrees before, 141 after; ER 35 to 44.
            """,
            ["M75.01"], [PT("97140", 12)], []),

        // TVMC Tinetti POMA as the measure; perturbations, foam tandem, obstacle stepping; gait and postural instability in an older farmer; one-on-one; code's log line "timer stopped — 23 min" matches: passes.
        ["v5-h114-tv-tinetti-poma"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Sugarcreek)
            12:30 Session started — Tom Gerber, PT
            12:30 Treated one-on-one, PT and patient only
            12:31 97112 timer started
            12:31 Intervention: perturbations in stance, tandem on the foam, stepping over the feed buckets
            12:45 Impairment: postural instability, wide base and late stepping reactions at 84 years old
            12:50 Measure: Tinetti POMA 19/28
            12:54 97112 timer stopped — 23 min
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // ORA memo "Berg — didn't get to it today" with no time codes and no number but the code and its minutes: measure missing; one-on-one, foam perturbations, tandem turns, stepping over cones; postural control present.
        ["v5-h114-ora-berg-didnt-get-to-it"] = new(
            """
            Oconee Rehab Associates — Athens — voice memo, Priya Anand, PT, DPT (transcribed, no time codes)
            Mrs. Dockery, 97112, 23 minutes, one-on-one.
            Perturbations standing on the foam, tandem walking with turns, stepping over the cones.
            Postural control is the problem, she sways and grabs the rail in the choir loft.
            Berg — didn't get to it today.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // KRPT "measures — will text them after" with no later message, no time stamps and no number but the code and its minutes: measure missing; "1:1", rocker board, foam head turns, perturbations; vestibular and ankle proprioception present.
        ["v5-h114-kr-will-text-them-after"] = new(
            """
            Kettle River Physical Therapy — Sandstone — CareText thread (time stamps not exported)
            97112 — 22 min (Josh Pelto, PTA)
            Josh Pelto: Mr. Hakala 1:1. Rocker board A/P, head turns on the foam, perturbations at the hips.
            Josh Pelto: vestibular loss and poor ankle proprioception, he stumbles on the snowmobile trail.
            Josh Pelto: measures — will text them after
            Maren Hautala: ok
            """,
            ["H81.23"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // TVMC summary view with the times hidden, "Outcome: see flowsheet", and no number but the code and its minutes: measure missing; one-on-one, PNF patterns, foam stance, hurdle stepping; L hip motor control after a stroke present.
        ["v5-h114-tv-outcome-see-flowsheet"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (summary view, times hidden)
            97112 — 22 min — Renee Stutzman, PT
            Treated one-on-one, PT and patient only
            Intervention: PNF lower-extremity patterns with rhythmic initiation, foam stance with reaches, stepping over the hurdles L leading
            Impairment: L hip motor control after the R CVA
            Outcome: see flowsheet
            """,
            ["I69.354"], [PT("97112", 22)], [At(Measure, "97112")]),

        // KRPT 97110 "hip band exercises" with no sets, reps or load, no time stamps, and no number but the code and its minutes: measure missing on 97110; clamshells, bridges, side-stepping; L hip abductor weakness present.
        ["v5-h114-kr-band-exercises-no-dose"] = new(
            """
            Kettle River Physical Therapy — Hinckley — CareText thread (time stamps not exported)
            97110 — 14 min (Kayla Rask, PTA)
            Kayla Rask: Mrs. Rova, hip band exercises: clamshells, bridges w/ the band, side-stepping in the bars.
            Kayla Rask: L hip abductor weakness, L hip drops going up the bleachers.
            """,
            ["M62.81"], [PTA("97110", 14)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // KRPT closing text "97112 — 23 min / 97110 — 12 min", both match; "1:1 the whole NMR"; foam perturbations and tandem with Berg; step-ups and bridges with doses; ankle proprioception and hip weakness; the time stamps are times of day: passes.
        ["v6-h114-kr-closing-text-two-codes"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            [9:02 AM] Kayla Rask: starting Mr. Wahlberg, 1:1 the whole NMR
            [9:40 AM] Kayla Rask: NMR: perturbations on the foam, tandem w/ head turns, step-and-stick. L ankle proprioception after the fracture. Berg 48/56.
            [9:41 AM] Kayla Rask: ther ex: step-ups 6" 3x10, bridges 3x15, heel raises 3x15. L hip and calf weakness.
            [9:42 AM] Kayla Rask: 97112 — 23 min / 97110 — 12 min
            """,
            ["S82.62XD"], [PTA("97112", 23), PTA("97110", 12)], []),

        // ORA spoken billing sentence "97112, 22 minutes; 97140, 10 minutes", both match; one-on-one; rocker board and perturbations with FGA; talocrural glides grade III and STM with dorsiflexion degrees; ankle proprioception and stiffness: passes.
        ["v6-h114-ora-spoken-billing-two-codes"] = new(
            """
            Oconee Rehab Associates — Athens — voice memo, Priya Anand, PT, DPT (transcribed)
            [00:00:02] Ms. Kimsey. Billing: 97112, 22 minutes; 97140, 10 minutes.
            [00:00:09] One-on-one. Rocker board eyes closed, perturbations on the foam, hop-and-stick. L ankle proprioception after the sprain on the stadium steps. FGA 24 out of 30.
            [00:00:24] Manual: talocrural posterior glides grade III, STM to the gastroc. L ankle dorsiflexion stiffness, 6 degrees before, 11 after.
            """,
            ["S93.402D"], [PT("97112", 22), PT("97140", 10)], []),

        // TVMC clock ranges on the codes' own log lines "09:04–09:27 97112" (23) and "09:27–09:41 97110" (14), both match; one-on-one; perturbations and foam with Berg; leg press and step-ups with doses; knee proprioception and quad weakness: passes.
        ["v6-h114-tv-two-clock-ranges"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (New Philadelphia)
            09:02 Session started — Tom Gerber, PT; treated one-on-one, PT and patient only
            09:04–09:27 97112 Neuromuscular re-ed: perturbations in single-leg stance on foam, step-and-hold off the 4 inch box; R knee proprioception after the ACL reconstruction; Berg 52/56, 6 of 8 holds
            09:27–09:41 97110 Ther ex: leg press 70 lb 3x12, lateral step-ups 8" 3x10; R quad weakness
            09:43 Session ended
            """,
            ["S83.511D"], [PT("97112", 23), PT("97110", 14)], []),

        // TVMC two codes each with a "timer stopped — N min" log line (97116 18, 97110 12), both match; cane gait with distance and SBA; hip exercise with doses; short step after a hip fracture: passes.
        ["v6-h114-tv-two-timer-stopped-lines"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Dover)
            10:00 Session started — Ben Oyelaran, PTA
            10:01 97116 timer started — gait training with the quad cane, hall and ramp, cues for a longer L step
            10:19 97116 timer stopped — 18 min
            10:20 97110 timer started — bridges 3x15, side-lying abduction 3 lb 3x12, heel raises 3x15
            10:32 97110 timer stopped — 12 min
            10:33 Impairment: short L step and L hip weakness after the L hip fracture; 400 ft quad cane SBA
            """,
            ["S72.002D"], [PTA("97116", 18), PTA("97110", 12)], []),

        // TVMC Dover kiosk check-in and check-out beside "97110 — 15 min" and "97140 — 10 min", both match; row, band and wall-slide work with doses; posterior glides and STM with degrees; R shoulder weakness and stiffness: passes.
        ["v6-h114-tv-kiosk-times-two-codes"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (Dover)
            Kiosk: Checked in 13:12 · Checked out 14:05 · Tablet 1
            97110 — 15 min: rows with the green band 3x15, wall slides 3x10, ER at 0 degrees with the red band 3x12. R shoulder weakness after the proximal humerus fracture.
            97140 — 10 min: posterior glides grade III, STM to the posterior cuff. R shoulder stiffness, flexion 112 to 121 degrees.
            Renee Stutzman, PT
            """,
            ["S42.201D"], [PT("97110", 15), PT("97140", 10)], []),

        // TVMC Sugarcreek day-sheet slot "14:00–14:45" beside an OT's "97530 — 23 min" that matches; hitching-rail and buggy-step practice, carrying the milk pail; L hip weakness; counts and assist: passes.
        ["v6-h114-tv-day-sheet-slot-ot-97530"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (Sugarcreek)
            Day sheet: 14:00–14:45  Hershberger, Lizzie  OT f/u  Rm 3
            97530 — 23 min: stepping up into the buggy-step mock-up and back down 6x CGA; carrying a half-full milk pail 20 ft 4 trips; reaching to the top pantry shelf standing 10x
            Impairment: L hip weakness after the L hemiarthroplasty, can't get up the buggy step
            Sara Hochstetler, OTR/L
            """,
            ["S72.002D", "Z96.642"], [OT("97530", 23)], []),

        // ORA memo with a length and "mm:ss –" time codes beside the spoken "97112, 23 minutes", which matches; one-on-one; gaze stabilisation and head-turn walking; vestibular hypofunction; DGI: passes.
        ["v6-h114-ora-memo-length-and-time-codes"] = new(
            """
            Oconee Rehab Associates — Madison — voice memo, Luke Haddock, PT (transcribed)
            Memo length 03:48
            00:03 – Mr. Poss, 97112, 23 minutes, just the two of us.
            00:10 – X1 and X2 viewing standing, walking the hall with head turns, tandem on the foam.
            00:52 – R vestibular hypofunction, dizzy looking up at the stadium lights.
            03:12 – DGI 17 out of 24. That's it.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // KRPT PTA closing text "97112 — 33 min" on a 22-min line: mismatch on 97112; otherwise complete (1:1; rocker board and foam perturbations; ankle proprioception; rocker seconds and Berg).
        ["v6-h114-kr-pta-33-on-22"] = new(
            """
            Kettle River Physical Therapy — Moose Lake
            [3:30 PM] Josh Pelto: Mr. Huhta 1:1. Rocker board A/P, foam stance w/ perturbations, step-and-stick. R ankle proprioception after the sprain on the dock. Rocker 12 sec, Berg 49/56.
            [3:31 PM] Josh Pelto: 97112 — 33 min
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(Mismatch, "97112")]),

        // TVMC clock range "10:02–10:34 97110" (32) on a 20-min line: mismatch on 97110; otherwise complete (leg press, step-ups, wall sits with doses; quad weakness after a knee replacement).
        ["v6-h114-tv-range-32-on-20"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (New Philadelphia)
            10:00 Session started — Ben Oyelaran, PTA
            10:02–10:34 97110 Ther ex: leg press 60 lb 3x12, step-ups 6" 3x10, wall sits 3x30 sec
            10:35 Impairment: L quad weakness after the L TKA, can't do the cellar steps reciprocal
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 20)], [At(Mismatch, "97110")]),

        // ORA spoken "97112, 22 minutes; 97140, 22 minutes" with the 97140 line at 12: mismatch on 97140; 97112 matches; both sections complete (one-on-one; perturbations and foam with Berg; lumbar PA glides with degrees; postural control and lumbar hypomobility).
        ["v6-h114-ora-97140-spoken-22-on-12"] = new(
            """
            Oconee Rehab Associates — Watkinsville — voice memo, Luke Haddock, PT (transcribed)
            [00:00:02] Mr. Bussey. 97112, 22 minutes; 97140, 22 minutes.
            [00:00:08] One-on-one. Perturbations on the foam, tandem with head turns. Postural control after the fall in the chicken house. Berg 46 out of 56.
            [00:00:21] Central PA glides L3 to L5 grade III, STM to the paraspinals. L4-5 hypomobility, flexion fingertips to 10 inches from the floor, 15 before.
            """,
            ["R26.81", "M54.50"], [PT("97112", 22), PT("97140", 12)], [At(Mismatch, "97140")]),

        // TVMC log with only "Session started" and "Session ended" times and two codes logged together afterwards with no minutes of their own: separate time missing; both sections complete (one-on-one; foam perturbations with FGA; band and step work with doses; postural control and hip weakness).
        ["v6-h114-tv-session-start-end-only"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (New Philadelphia)
            09:00 Session started — Renee Stutzman, PT; treated one-on-one, PT and patient only
            09:41 Session ended
            09:44 97112: perturbations on the foam, tandem with head turns; postural control and slow stepping; FGA 18/30
            09:44 97110: band hip abduction 3x15, step-ups 3x10; hip abductor weakness
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // ORA memo with "total timed was 38 minutes" and no minutes for either code: separate time missing; both sections complete (one-on-one; rocker board and perturbations with SLS; bridges and step-ups with doses; ankle proprioception and hip weakness).
        ["v6-h114-ora-total-timed-only"] = new(
            """
            Oconee Rehab Associates — Athens — voice memo, Priya Anand, PT, DPT (transcribed)
            [00:00:02] Mrs. Gober, neuro re-ed and ther ex, total timed was 38 minutes.
            [00:00:09] One-on-one. Rocker board eyes closed, perturbations on the foam. R ankle proprioception after the sprain. SLS R 8 seconds.
            [00:00:20] Bridges 3 sets of 15, step-ups onto the 6 inch step 3 sets of 10. R hip weakness.
            """,
            ["S93.401D"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // KRPT thread giving "97112 — 23 min" and nothing for the 97110: separate time missing; 97112 matches; both sections complete (1:1; foam and perturbations with Berg; bridges and clamshells with doses; ankle and hip deficits).
        ["v6-h114-kr-one-code-minutes-only"] = new(
            """
            Kettle River Physical Therapy — Sandstone
            [10:50 AM] Kayla Rask: Mrs. Sippola 1:1. 97112 — 23 min: foam stance w/ perturbations, tandem w/ head turns. L ankle proprioception. Berg 47/56.
            [10:51 AM] Kayla Rask: then ther ex: bridges 3x15, clamshells w/ the band 3x12. L hip abductor weakness.
            """,
            ["S93.402D", "M62.81"], [PTA("97112", 23), PTA("97110", 13)], [SepTime]),

        // KRPT a PT's 97112 and a PTA's 97110 on one visit, each with its minutes ("97112 — 23 min (Maren)", "97110 — 14 min (Josh)"), both match; 1:1 for the NMR; PNF and foam with Berg; leg press and step-ups with doses; knee proprioception and quad weakness: passes.
        ["v6-h114-kr-pt-and-pta-each-with-minutes"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            [8:35 AM] Maren Hautala: 97112 — 23 min (Maren): Mr. Nygaard 1:1 w/ me. PNF D2 w/ rhythmic initiation, foam stance w/ perturbations. R knee proprioception after the TKA. Berg 47/56.
            [9:05 AM] Josh Pelto: 97110 — 14 min (Josh): leg press 70 lb 3x12, step-ups 6" 3x10. R quad weakness.
            """,
            ["Z96.651", "Z47.1"], [PT("97112", 23), PTA("97110", 14)], []),

        // TVMC three codes by clock range on their own lines (23, 13, 10), all match; one-on-one; perturbations with FGA; squats and step-downs with doses; patellar glides with degrees; knee proprioception, quad weakness and patellar hypomobility: passes.
        ["v6-h114-tv-three-clock-ranges"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Dover)
            08:00 Session started — Tom Gerber, PT; treated one-on-one, PT and patient only
            08:02–08:25 97112 perturbations in single-leg stance on foam, hop-and-stick; L knee proprioception; FGA 25/30
            08:25–08:38 97110 goblet squats 20 lb 3x10, lateral step-downs 3x10; L quad weakness
            08:38–08:48 97140 patellar glides superior and medial, STM to the distal quad; L patellar hypomobility; flexion 116 to 123 degrees
            """,
            ["S83.512D"], [PT("97112", 23), PT("97110", 13), PT("97140", 10)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // A pasted thread that came through empty on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h114-empty-thread-two-codes"] = new(
            "",
            ["R26.81"], [PTA("97112", 23), PTA("97110", 12)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A transcript of tabs and line breaks only (cells are trimmed) on a PTA's 97110 with a diagnosis: note missing only.
        ["v7-h114-tabs-and-line-breaks-97110"] = new(
            "\t\n\t\n  ",
            ["Z96.651"], [PTA("97110", 16)], [At(NoteMissing, "97110")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h114-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on an ORA memo: leg press, step-ups and wall sits with loads, sets and reps (technique and measure), R quad weakness after a knee replacement (deficit); "97110, 18 minutes" matches: passes.
        ["v7-h114-ora-97110-after-a-knee-replacement"] = new(
            """
            Oconee Rehab Associates — Athens — voice memo, Derrick Faison, PTA (transcribed)
            [00:00:02] Mrs. Burrell, 97110, 18 minutes.
            [00:00:07] Leg press 50 pounds 3 sets of 12, forward step-ups onto the 6 inch step 3 sets of 10, wall sits 3 holds of 30 seconds, terminal knee extension with the blue band 3 sets of 15.
            [00:00:22] R quad weakness after the R total knee, she can't step up into the farmers' market truck.
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 18)], []),

        // 97530's meaning on a TVMC log: lifting 20 lb hay bales floor to wagon bed and climbing the hayloft-ladder mock-up, with counts, load and assist (technique and measure), hip and trunk weakness (deficit); clock range 15:02–15:24 (22) on the code's line matches: passes.
        ["v7-h114-tv-97530-hay-bales-and-ladder"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Sugarcreek)
            15:00 Session started — Tom Gerber, PT
            15:02–15:24 97530 lifting 20 lb hay bales from the floor to the wagon-bed height 8x; climbing the hayloft-ladder mock-up 6 rungs up and down 4x with SBA
            15:25 Impairment: hip extensor and trunk weakness, he can't get up the hayloft ladder since the back strain
            """,
            ["S39.012D", "M62.81"], [PT("97530", 22)], []),

        // 97140's meaning on a KRPT thread: thoracic central PA glides grade III and rib mobilisation with STM to the rhomboids (technique), thoracic stiffness with pain turning to back the trailer (deficit), rotation degrees (measure); "97140 — 11 min" matches: passes.
        ["v7-h114-kr-97140-thoracic-and-ribs"] = new(
            """
            Kettle River Physical Therapy — Sandstone
            97140 — 11 min (Maren Hautala, PT, DPT)
            [12:20 PM] Maren Hautala: Mr. Ojala: central PA glides T4-T8 grade III, R rib 5-7 mobilization in side-lying, STM to the R rhomboids.
            [12:21 PM] Maren Hautala: thoracic stiffness, pain turning to back the fish-house trailer.
            [12:21 PM] Maren Hautala: thoracic rotation R 30 to 42 degrees after.
            """,
            ["M54.6"], [PT("97140", 11)], []),

        // 97116's meaning on an ORA PTA memo: cane gait on the sidewalk and the curb with cues (technique), short R step and R knee hyperextension after a stroke (deficit), distance and assistance levels (measure); "97116, 21 minutes" matches: passes.
        ["v7-h114-ora-pta-97116-sidewalk-and-curb"] = new(
            """
            Oconee Rehab Associates — Madison — voice memo, Derrick Faison, PTA (transcribed)
            [00:00:02] Mr. Strickland, 97116, 21 minutes.
            [00:00:07] Gait training with the quad cane on the sidewalk and up and down the curb out front, cues for R knee control in stance and a longer L step.
            [00:00:19] R knee hyperextension in stance and a short L step after the L CVA.
            [00:00:27] 450 feet quad cane with stand-by assist, curb up and down with contact guard.
            """,
            ["I69.351"], [PTA("97116", 21)], []),

        // KRPT generic thread with no time stamps: "pt did great 👍 tolerated tx well, continue POC" — no technique, deficit, number but its code and minutes, or one-on-one statement on the 97112.
        ["v7-h114-kr-generic-thread-97112"] = new(
            """
            Kettle River Physical Therapy — Hinckley — CareText thread (time stamps not exported)
            97112 — 22 min (Josh Pelto, PTA)
            Josh Pelto: pt did great 👍 balance and coordination work, tolerated tx well, continue POC
            Maren Hautala: 👍
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ORA generic memo on two codes with no time codes and no minutes: "ther ex and manual as usual, tolerated well, continue plan of care" — nothing named for either code and no minutes for each.
        ["v7-h114-ora-generic-memo-two-codes"] = new(
            """
            Oconee Rehab Associates — Watkinsville — voice memo, Luke Haddock, PT (transcribed, no time codes)
            Mr. Tanner, ther ex and manual as usual. Tolerated well. Continue plan of care.
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // TVMC OT summary view with the times hidden: "97530 — 22 min / functional activities, tolerated well, continue POC" — nothing named; the minutes match.
        ["v7-h114-tv-ot-generic-97530"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (summary view, times hidden)
            97530 — 22 min — Sara Hochstetler, OTR/L
            Functional activities. Patient tolerated well. Continue POC.
            """,
            ["I69.351"], [OT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // KRPT Hinckley PTA 97112 thread with a "Sent from my iPhone" tail: "1:1 w/ her the whole block"; foam perturbations, tandem turns, cone step-overs; L ankle proprioception after a fracture; rocker seconds and FGA; "97112 — 22 min" matches: passes.
        ["vord-h114-kr-hinckley-ankle-nmr"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97112 — 22 min (Kayla Rask, PTA)
            [11:48 AM] Kayla Rask: Mrs. Ostman finished, 1:1 w/ her the whole block. Perturbations on the foam, tandem w/ turns, stepping over the cones. L ankle proprioception after the fracture, she rolls it stepping off the tour bus at the fire museum. Rocker board 14 sec, FGA 23/30.
            Sent from my iPhone
            """,
            ["S82.52XD"], [PTA("97112", 22)], []),

        // KRPT Moose Lake PT 97110 with doses; R hip and knee weakness after a logging injury; "97110 — 17 min" matches: passes.
        ["vord-h114-kr-moose-lake-97110"] = new(
            """
            Kettle River Physical Therapy — Moose Lake
            97110 — 17 min (Aaron Kivi, PT)
            [9:15 AM] Aaron Kivi: Mr. Karjala: goblet squats 25 lb 3x10, step-ups 8" 3x10, hip abduction w/ the cable 15 lb 3x12. R hip and quad weakness since the skidder tipped, he can't climb into the cab w/o pulling on the rail.
            """,
            ["S72.001D"], [PT("97110", 17)], []),

        // KRPT Sandstone PTA 97116: walker to cane in the hall and the parking lot with cues; shuffling gait in Parkinson's; distance and SBA; "97116 — 20 min" matches: passes.
        ["vord-h114-kr-sandstone-gait-97116"] = new(
            """
            Kettle River Physical Therapy — Sandstone
            97116 — 20 min (Josh Pelto, PTA)
            [2:40 PM] Josh Pelto: Mr. Rautio: gait training walker to cane in the hall and out to the parking lot, cues for big steps and heel strike, turns around the cones.
            [2:41 PM] Josh Pelto: shuffling gait and freezing in doorways w/ his Parkinson's.
            [2:41 PM] Josh Pelto: 350 ft cane SBA, 2 freezes in 4 doorways.
            """,
            ["G20.A1"], [PTA("97116", 20)], []),

        // KRPT two codes "97112 — 23 min" and "97140 — 10 min", both match; 1:1; rocker board and perturbations with Berg; STM and ankle glides with degrees; ankle proprioception and stiffness: passes.
        ["vord-h114-kr-nmr-and-manual"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            [4:05 PM] Maren Hautala: Mr. Vainio, 1:1 w/ me.
            [4:05 PM] Maren Hautala: 97112 — 23 min: rocker board eyes closed, foam perturbations, step-and-stick. L ankle proprioception. Berg 50/56.
            [4:06 PM] Maren Hautala: 97140 — 10 min: talocrural glides grade III, STM to the L gastroc. L ankle DF 4 to 10 degrees.
            """,
            ["S93.402D"], [PT("97112", 23), PT("97140", 10)], []),

        // KRPT Teams chat 97530: the PT's summary of a snowmobile-trail groomer's tasks (climbing onto the groomer-cab mock-up, lifting the fuel can, dragging the sled); low back and hip weakness; counts and loads; "97530 — 22 min" matches: passes.
        ["vord-h114-kr-teams-97530-groomer"] = new(
            """
            Kettle River Physical Therapy — Sandstone
            97530 — 22 min (Aaron Kivi, PT)
            Teams chat, clinic laptop:
            Aaron Kivi 3:15 PM: Mr. Kangas: stepping up into the groomer-cab mock-up 6x, lifting the 5 gal fuel can (35 lb) to the rack 5x, dragging the loaded sled 60 ft 3 trips
            Aaron Kivi 3:16 PM: low back and hip extensor weakness, he has to grab the cab door to get up into the groomer
            Maren Hautala 3:20 PM: 👍
            """,
            ["S39.012D", "M62.81"], [PT("97530", 22)], []),

        // KRPT quoted reply "> how'd Mrs. Pelkonen do?" answered with a complete 97112; "1:1 the whole time"; PNF and foam work; postural control after a stroke; Berg; "97112 — 24 min" matches: passes.
        ["vord-h114-kr-quoted-how-did-she-do"] = new(
            """
            Kettle River Physical Therapy — Moose Lake
            97112 — 24 min (Kayla Rask, PTA)
            [12:10 PM] Maren Hautala: how'd Mrs. Pelkonen do?
            [12:30 PM] Kayla Rask:
            > how'd Mrs. Pelkonen do?
            good — 1:1 the whole time. PNF D2 w/ rhythmic initiation, foam stance w/ perturbations, stepping over the hurdles. R postural control after the L CVA, leans R reaching. Berg 40/56 (36 last month).
            """,
            ["I69.351"], [PTA("97112", 24)], []),

        // ORA 97112 memo: "one-on-one"; perturbations, rocker board, foam head turns; vestibular and ankle proprioception; DGI and SLS; "97112, 23 minutes" matches: passes.
        ["vord-h114-ora-athens-nmr"] = new(
            """
            Oconee Rehab Associates — Athens — voice memo, Priya Anand, PT, DPT (transcribed)
            [00:00:02] Ms. Echols, 97112, 23 minutes, one-on-one.
            [00:00:07] Rocker board eyes closed, perturbations on the foam, head turns walking the hall.
            [00:00:17] R vestibular hypofunction and poor ankle proprioception, she veers walking across the quad on campus.
            [00:00:26] DGI 19 out of 24, single-leg stance R 12 seconds.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // ORA 97110 memo with doses; L shoulder weakness after a rotator-cuff repair; "97110, 16 minutes" matches: passes.
        ["vord-h114-ora-97110-shoulder"] = new(
            """
            Oconee Rehab Associates — Madison — voice memo, Luke Haddock, PT (transcribed)
            [00:00:02] Mr. Cofer, 97110, 16 minutes.
            [00:00:07] Side-lying ER 2 pounds 3 sets of 12, prone T's and Y's 2 sets of 10, rows with the green band 3 sets of 15, scaption to 90 degrees 2 sets of 10.
            [00:00:20] L shoulder weakness after the rotator cuff repair, he can't reach the lineman's bag on the truck shelf.
            """,
            ["Z98.890", "M75.122"], [PT("97110", 16)], []),

        // ORA OT 97530 memo: standing at the market table bagging produce, lifting crates, making change; R hemiparesis; counts and assist; "97530, 23 minutes" matches: passes.
        ["vord-h114-ora-ot-97530-market-table"] = new(
            """
            Oconee Rehab Associates — Athens — voice memo, Celeste Morrow, OTR/L (transcribed)
            [00:00:02] Mrs. Hulsey, 97530, 23 minutes.
            [00:00:07] Standing at the mock market table bagging tomatoes with the R hand, lifting 8 pound crates from the floor to the table, counting out change.
            [00:00:19] R hemiparesis, weak R grasp and she can't stand at the table without leaning on it.
            [00:00:27] 12 bags filled, 5 crates lifted with stand-by assist, stood the whole task without leaning.
            """,
            ["I69.351"], [OT("97530", 23)], []),

        // ORA PTA two codes spoken "97116, 18 minutes; 97110, 12 minutes", both match; cane gait with distance and SBA; hip exercise with doses; short step after a hip fracture: passes.
        ["vord-h114-ora-pta-gait-and-ther-ex"] = new(
            """
            Oconee Rehab Associates — Watkinsville — voice memo, Derrick Faison, PTA (transcribed)
            [00:00:02] Mrs. Almond. 97116, 18 minutes; 97110, 12 minutes.
            [00:00:08] Gait with the straight cane around the building and the curb, cues for a longer R step. 500 feet cane SBA.
            [00:00:19] Bridges 3 sets of 15, standing hip abduction 3 sets of 12, heel raises 3 sets of 15. L hip weakness and a short R step after the L hip fracture.
            """,
            ["S72.002D"], [PTA("97116", 18), PTA("97110", 12)], []),

        // ORA 97140 memo: suboccipital release and C4-5 unilateral PA glides with STM; R cervical stiffness; rotation degrees; "97140, 10 minutes" matches: passes.
        ["vord-h114-ora-97140-neck"] = new(
            """
            Oconee Rehab Associates — Athens — voice memo, Luke Haddock, PT (transcribed)
            [00:00:02] Ms. Rakestraw, 97140, 10 minutes.
            [00:00:07] Suboccipital release, unilateral PA glides C4-5 on the R grade III, STM to the upper trap and levator.
            [00:00:16] R cervical rotation stiffness, she can't check her blind spot pulling the church van out.
            [00:00:24] Rotation R 48 degrees before, 60 after.
            """,
            ["M54.2"], [PT("97140", 10)], []),

        // ORA 97112 memo with a harmless "[crosstalk]" where the front desk interrupted; "just me and her"; foam tandem, perturbations, obstacle walking; postural control after a fall; Berg and TUG; "97112, 22 minutes" matches: passes.
        ["vord-h114-ora-crosstalk-front-desk"] = new(
            """
            Oconee Rehab Associates — Madison — voice memo, Priya Anand, PT, DPT (transcribed)
            [00:00:02] Mrs. Sims, 97112, 22 minutes, just me and her in the gym.
            [00:00:08] Tandem on the foam, perturbations at the shoulders, obstacle walking over the shoe boxes. [crosstalk] — sorry, front desk.
            [00:00:22] Postural control after the fall at the poultry house, she steps late and sways back.
            [00:00:31] Berg 47 out of 56, TUG 11.6 seconds.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // TVMC 97112 log: one-on-one; X1 viewing, head-turn walking, foam eyes closed; L vestibular hypofunction; DGI; code's log line "timer stopped — 24 min" matches: passes.
        ["vord-h114-tv-new-phila-vestibular"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (New Philadelphia)
            13:00 Session started — Renee Stutzman, PT
            13:00 Treated one-on-one, PT and patient only
            13:01 97112 timer started
            13:01 Intervention: X1 viewing against the checkerboard, walking with head turns, feet together on foam eyes closed
            13:12 Impairment: L vestibular hypofunction, dizzy turning his head at the cheese-plant line
            13:20 Measure: DGI 18/24
            13:25 97112 timer stopped — 24 min
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // TVMC PTA 97116 log with its "timer stopped — 22 min" line; rolling walker to cane on the hall and the ramp; short step after a hip replacement; distance and CGA: passes.
        ["vord-h114-tv-pta-gait-timer"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Dover)
            11:00 Session started — Ben Oyelaran, PTA
            11:01 97116 timer started
            11:01 Gait training rolling walker to cane, hall and ramp, cues for heel strike and a longer R step
            11:15 Impairment: short R step and decreased L stance after the L THA
            11:20 Measure: 250 ft cane CGA, ramp with SBA
            11:23 97116 timer stopped — 22 min
            """,
            ["Z96.642", "Z47.1"], [PTA("97116", 22)], []),

        // TVMC Dover OT 97530 with the kiosk times (times of day) and "97530 — 21 min" that matches; dressing and bathroom transfers after a hip fracture with the reacher; counts and assist: passes.
        ["vord-h114-tv-ot-kiosk-dressing"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (Dover)
            Kiosk: Checked in 10:55 · Checked out 11:42 · Tablet 3
            97530 — 21 min: lower-body dressing with the reacher and sock aid, toilet transfers with the grab bar 5x, tub-bench transfer 3x with SBA
            Impairment: R hip weakness and hip precautions after the R hemiarthroplasty
            Sara Hochstetler, OTR/L
            """,
            ["S72.001D", "Z96.641"], [OT("97530", 21)], []),

        // TVMC 97112 + 97110 with their "timer stopped" lines (22 and 13), both match; one-on-one; foam and perturbations with Berg; leg press and bridges with doses; postural control and hip weakness: passes.
        ["vord-h114-tv-nmr-and-ther-ex-timers"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (New Philadelphia)
            14:00 Session started — Tom Gerber, PT; treated one-on-one, PT and patient only
            14:01 97112 timer started — foam stance with perturbations, tandem with head turns; postural control after the fall; Berg 45/56
            14:23 97112 timer stopped — 22 min
            14:24 97110 timer started — leg press 60 lb 3x12, bridges 3x15; hip extensor weakness
            14:37 97110 timer stopped — 13 min
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 13)], []),

        // TVMC Sugarcreek 97140 with the day-sheet slot (a time of day) and "97140 — 12 min" that matches; lumbar PA glides and STM; L4-5 hypomobility; flexion inches: passes.
        ["vord-h114-tv-sugarcreek-manual-day-sheet"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (Sugarcreek)
            Day sheet: 11:00–11:45  Troyer, Eli  PT f/u  Rm 2
            97140 — 12 min: central PA glides L3-L5 grade III, STM to the lumbar paraspinals
            Impairment: L4-5 hypomobility, he can't bend to harness the horse
            Measure: flexion fingertips to 9 inches from the floor (14 before) — Renee Stutzman, PT
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // TVMC Dover 97112 with kiosk times and the individual box ticked; clock stepping, foam tandem, perturbations; retropulsion in Parkinson's; Mini-BESTest; clock range 09:05–09:28 (23) on the code's line matches: passes.
        ["vord-h114-tv-dover-parkinsons-nmr"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (Dover)
            Kiosk: Checked in 08:58 · Checked out 09:40 · Tablet 2
            Session type: ☒ Individual  ☐ Group
            09:05–09:28 97112 clock stepping backward and sideways, tandem on the foam, perturbations from behind
            Impairment: retropulsion and small steps with Parkinson's disease, the retired steelworker backs into the door frame
            Measure: Mini-BESTest 18/28 — Tom Gerber, PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // KRPT Sandstone 97112 with the quick-reply row "✔ 1:1"; Airex head turns, perturbations, step-and-stick; L vestibular loss; DGI; "97112 — 21 min" matches: passes.
        ["vord-h114-kr-sandstone-vestibular"] = new(
            """
            Kettle River Physical Therapy — Sandstone
            97112 — 21 min (Maren Hautala, PT, DPT)
            Delivery ▸ ✔ 1:1  ○ Group  ○ Concurrent
            [10:25 AM] Maren Hautala: Mr. Lindahl: Airex w/ head turns, perturbations at the shoulders, step-and-stick to the foam.
            [10:25 AM] Maren Hautala: L vestibular loss, he loses his footing turning to look behind the ice auger.
            [10:26 AM] Maren Hautala: DGI 17/24.
            """,
            ["H81.22"], [PT("97112", 21)], []),

        // ORA 97112 memo: "one-on-one, his wife stayed out in the car again"; PNF D2, foam reach-outs, stepping over hurdles; R hip motor control after a stroke; FGA and gait speed; "97112, 24 minutes" matches: passes.
        ["vord-h114-ora-watkinsville-stroke-nmr"] = new(
            """
            Oconee Rehab Associates — Watkinsville — voice memo, Luke Haddock, PT (transcribed)
            [00:00:02] Mr. Thurmond, 97112, 24 minutes, one-on-one, his wife stayed out in the car again.
            [00:00:09] PNF D2 lower extremity with rhythmic initiation, reaching out of base on the foam, stepping over the hurdles R leading.
            [00:00:21] R hip motor control after the L CVA, he catches his R foot on the garden hose.
            [00:00:30] FGA 16 out of 30, gait speed 0.74 meters per second.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // TVMC complete 97112 (one-on-one; foam perturbations and tandem; postural control; Berg; timer stopped — 22 min) sent with no diagnosis.
        ["vord-h114-tv-no-diagnosis"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Dover)
            15:00 Session started — Renee Stutzman, PT
            15:00 Treated one-on-one, PT and patient only
            15:01 97112 timer started
            15:01 Intervention: perturbations on the foam, tandem walking with head turns
            15:15 Impairment: postural control and slow stepping after the fall
            15:20 Measure: Berg 45/56
            15:23 97112 timer stopped — 22 min
            """,
            [], [PT("97112", 22)], [Dx]),

        // ORA complete 97112 ("one-on-one"; rocker board and perturbations; ankle proprioception; rocker seconds) with the claim's diagnosis "see referral": not a well-formed ICD-10-CM code.
        ["vord-h114-ora-dx-see-referral"] = new(
            """
            Oconee Rehab Associates — Athens — voice memo, Priya Anand, PT, DPT (transcribed)
            [00:00:02] Mr. Hogan, 97112, 22 minutes, one-on-one.
            [00:00:07] Rocker board eyes closed, perturbations on the foam.
            [00:00:14] L ankle proprioception after the sprain.
            [00:00:20] Rocker board 15 seconds, 7 of 10 perturbations without a step.
            """,
            ["see referral"], [PT("97112", 22)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
