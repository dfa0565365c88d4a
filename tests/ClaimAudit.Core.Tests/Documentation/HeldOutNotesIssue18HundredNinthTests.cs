using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-ninth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set is a random week of notes written for or beside the patient — after-visit summaries and patient-portal
/// messages mixed into the clinical note ("Today you worked on …", "Your home program", "Why we're doing this",
/// "Your numbers"), notes in the second person or addressed to a parent or a caregiver ("Dear Mrs. Alvarez", "Hi Dad!",
/// "Notes for home"), plain-language summaries written for a health-literacy programme (short sentences, no
/// abbreviations, "your inner ear", "the muscle on the front of your thigh"), and clinicians' notes that quote what was
/// told to the patient ("Told her: 'It's just you and me for the balance part today'") — in which the clinical content
/// (what the therapist did, why, how much, how long, alone with the patient or not) has to be read from among the
/// patient-facing text: thanks, praise and cheer ("Great job today!"), appointment reminders, parking and
/// arrival instructions, home-programme lists, teach-back lines and sign-offs. About two thirds are ordinary and complete
/// (71 of 110), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, two in a visit, a PT's and an OT's
/// code on one visit), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a health system whose EMR appends the after-visit summary to the note in the billing export ("St. Brendan
/// Health", SBH Outpatient Rehabilitation: the Lakeside campus's third-floor gym in Duluth, Minnesota, the Hermantown
/// clinic, the Cloquet clinic and the Two Harbors clinic): a daily-note template (S: / Treatment: / Assessment: / Plan:
/// and a "Time:" line per code) followed by "----- AFTER VISIT SUMMARY (given to patient) -----" with its headings
/// ("What we worked on today", "Your home exercise program", "Your next visit", "Questions? Call the rehab desk"),
/// the health-literacy programme's "Plain-language summary (read at a 5th-grade level)" and "Teach-back:" lines, a
/// "Visit type: [X] Individual (one-on-one) [ ] Group" box, an unfilled SmartList left as "{YES/NO:20234}" and an
/// unfilled wildcard left as "***": Anneli Koski (PT, DPT), Marcus Dahl (PT), Renee Bergquist (PTA) and Joy Oyelaran
/// (OTR/L); a retired ore-dock worker whose ankle gives on the ice of the Lakewalk, a woman with Parkinson's disease
/// doing PWR! Moves, a man whose feet cannot feel the floor after chemotherapy, a fisherman's wife dizzy since a virus,
/// a lift-bridge operator after a knee replacement and a Bioness L300 on a man's left leg after a stroke;</item>
/// <item>a direct-access practice that emails a visit summary to every patient and bills from it ("Ridgeback Physical
/// Therapy", RBPT, Boise, Idaho: the North End clinic on 13th Street, the Meridian clinic and sessions on the Boise
/// River Greenbelt and the Camel's Back Park hill): "Subject: Your visit summary", "Hi Gary,", "Here's what we did",
/// "Why we're doing it", "Your numbers", "Homework", a "For your insurance:" footer naming each code with its minutes,
/// "semi-private" sessions with two patients, and sign-offs ("— Cody"): Cody Lindqvist (PT, DPT, the owner), Hana
/// Moreno (PT) and Jess Kowalczyk (PTA); a trail runner with Achilles tendinopathy on the Alfredson protocol, a
/// pickleball player's ankle, a husband and wife seen together, a retired smokejumper's neck and Graston
/// work on a plantar fascia;</item>
/// <item>a paediatric and young-adult clinic whose notes are written to parents ("Lantern Hill Pediatric &amp; Young
/// Adult Therapy", LHP, Grand Rapids, Michigan: the Knapp's Corner clinic with its sensory gym and spider cage, the
/// Wyoming clinic, and a transition-age group's visits to a grocery and the Rapid bus): "Dear Mrs. Alvarez,", "Hi
/// Dad!", "What we did", "What we're working on", "How she did", "Try this at home", sticker charts, animal walks,
/// obstacle courses, a peanut ball, a scooter board and a balance beam, and parent forms with "☑ Worked one-on-one with
/// your child ☐ Group ☐ Co-treat" boxes and blank lines ("What we're working on: ______"): Priyanka Shah (PT, DPT), Ben
/// Okafor (PT), Lauren Tate (PTA) and Mei Chen (OTR/L); children of 4 to 12 with cerebral palsy, Down syndrome,
/// developmental coordination disorder, idiopathic toe walking and a concussion from a trampoline, and young adults of
/// 18 to 24 with cerebral palsy, spina bifida and an ACL reconstruction, with grandmothers, baby sisters, twin
/// brothers, school aides and job coaches in the room.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads the whole export, the patient-facing part
/// as well as the clinical part, applying the contract and reading what a human reads from such a note — a one-on-one
/// statement, a deficit or a measure written for the patient counts as much as one written in the chart, a blank line, a
/// "***" or an unfilled "{YES/NO:…}" says nothing, praise and reminders are neither a technique nor a measure:
/// <list type="bullet">
/// <item>class 1 (v1-h109-…): one-on-one in these writers' own words ("Today Anneli worked with you one-on-one for all of
/// your balance work", "You had me to yourself the whole session — Linda watched from the chair and took video", "I
/// worked only with Leo the whole time; Grandma and his baby sister watched from the mat", "Told her: 'It's just you and
/// me for the balance part today, nobody else on my schedule'", "Jayden's school aide came along and watched, I worked
/// with Jayden by himself the whole time"), notes that negate it (two friends on the obstacle course together, both on
/// the caseload; a PTA also helping another patient at the parallel bars; "This was a shared session, not one-on-one";
/// a husband and wife taking turns on the rocker board) or never state it (an email whose daughter drove her), and the
/// codes without a one-on-one check: a 97530 partner drill with a second patient and a 97110 beside a twin brother who is
/// also on the caseload;</item>
/// <item>class 2 (v2-h109-…): checkbox and blank-field states of patient-facing templates: "[X] Individual (one-on-one)
/// [ ] Group", "[ ] Individual [X] Group", an unfilled SmartList "One-on-one: {YES/NO:20234}", an unfilled "Today we
/// measured: ***", "One-on-one session: ✔ Yes", "☑ Worked one-on-one with your child", a parent form's blank "What we're
/// working on: ______", "Your numbers today: (none recorded)", "Your home exercise program: (No home exercises were
/// entered for this visit)" under a complete note, an OT form's blank "How much help she needed: ____", an AVS time box
/// left empty for the second code and "☐ One-on-one ☑ Semi-private (two patients)";</item>
/// <item>class 3 (v3-h109-…): named programmes and methods as techniques (PWR! Moves, the Alfredson heel-drop
/// protocol, Maitland graded mobilisations, a universal exercise unit ("spider cage") with perturbations, Graston
/// instrument-assisted soft-tissue work, NDT handling at key points of control, blood-flow-restriction training, the
/// Bioness L300 during gait training, animal walks on an obstacle course), the Stepping On exercises with no deficit,
/// PWR! Moves with no number and McKenzie repeated extension with no dose;</item>
/// <item>class 4 (v4-h109-…): deficits stated as findings in plain words ("your right ankle doesn't tell your brain where
/// it is as well as the left one yet", "your left inner ear isn't sending its signal as strongly", "her tummy and back
/// muscles can't keep her tall on the peanut ball", "your feet can't feel the floor well since the chemo", "the world
/// jumps when you turn your head fast", "his arms and legs don't take turns yet", "the muscle on the front of your
/// thigh is still weak", "his toes catch because his ankle doesn't lift") and notes that state none ("No impairments
/// found today — you're doing great!", "nothing holding you back that I could find", "no concerns with Mia's body
/// today");</item>
/// <item>class 5 (v5-h109-…): measures in every usual form and in the patient's ("Your balance score (Berg) went from 38 to
/// 44 out of 56", "You stood on your right foot for 9 seconds — last week it was 4", "7 of 10 beam crossings earned a
/// sticker", "forty-four out of fifty-six", "FGA 22/30", "Pediatric Balance Scale 41/56", a "Your numbers" table with a
/// Timed Up and Go) and notes with none ("You told me you feel steadier", "You looked way more solid than last week!",
/// "You said she's tripping less at home", a 97530 with no count, no load and no help level);</item>
/// <item>class 6 (v6-h109-…): minutes in these writers' forms (an AVS "Time with your therapist" table, a "For your
/// insurance:" footer, clock ranges on each code's line, a PT's and an OT's code, headings "Balance work (97112) — 24
/// minutes", a parent letter's "Billing:" line, minutes written in words, a code after its description) and true
/// mismatches (35 against 23, a PTA's 30 against 18, a second code's 28 against 15) and truly missing separate time (an
/// AVS "Total time with your therapist", an email's "Total timed", a second code "(not entered)");</item>
/// <item>class 7 (v7-h109-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check; an empty note, and one holding only spaces and line breaks), the contract's meanings for 97110 (knee range and
/// quad work after a knee replacement with doses), 97140 (cervical mobilisation and soft-tissue work with a range),
/// 97530 (a young adult's lower-body dressing and a grocery bag carried up the bus step) and 97116 (walker to cane with
/// distance and assistance, and a toe-walker's heel-first gait), a wholly generic 97112 with a cheerful AVS, a generic
/// 97110 + 97530 with minutes for each, a generic OT 97530 letter to a parent, and a generic 97112 portal message that
/// does state one-on-one;</item>
/// <item>ordinary (vord-h109-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (781.2) on the claim, a generic
/// two-code AVS with only a total, a PTA's gait minutes that differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (a code's minutes given once in the clinical note and again, the same, in
/// the after-visit summary are that code's minutes once). Every timed line earns at least one unit under the 8-minute
/// rule. This set's notes carry people and numbers that are not the code's or its minutes — wives, husbands, daughters,
/// grandmothers, baby sisters, school aides and job coaches (none of them a patient; the friend on the obstacle course,
/// the second patient at the parallel bars, the husband on the rocker board and the semi-private partner are), ages,
/// dates of service and of the next visit, appointment times of day, phone extensions, room and floor numbers, bus
/// route numbers, dates of operations, step and box heights, band colours, weights in pounds, cuff pressures,
/// distances in feet and miles, and counts of stickers, hops and laps — and each is written so
/// that a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code, on a
/// "Time:" line, in a "For your insurance:" footer, a "Billing:" line or a "Time with your therapist" table row with the
/// code on it, in the heading of the code's block, as a clock range on the code's own line, or in words beside the code;
/// no note gives minutes to a visit, a drill, a rest, a home exercise, an appointment or a test, except the three that
/// give the visit a total (an AVS "Total time with your therapist" in two notes and an email's "Total timed")
/// instead of each code's minutes, which are failed for that. The notes failed for want of a measure
/// carry no number but their code and its minutes (no date, age, appointment time or "1:1" in them: one-on-one is
/// written in words there). DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at
/// all. A 97112 passes the measure check only on an objective measure with a number and fails it only when the note has
/// no number but its code and its minutes; for the other codes a dose (sets, repetitions, load, hold, distance,
/// assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver or staff
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
/// This set also leaves out the patient-facing text that could honestly be read either way: a one-on-one, a deficit or a
/// measure found only in the home programme (what the patient is to do, not what was done today), an after-visit
/// summary whose minutes or content disagree with the clinical note above it (which of the two the claim rests on), a
/// home exercise's dose as the only dose of a 97110 done in the clinic, "you did great with your balance" as the only
/// description beside a named technique, a parent's or patient's own report ("Mom says she can hop now") as the only
/// number, a goal's target ("goal: 45/56") as the only number, an appointment's length ("your next visit is a 45-minute
/// visit"), a summary addressed to the wrong patient's name or carried over from another visit, and a note that says
/// the child "played" or "had fun" on equipment without saying what the therapist did with it.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 92 of 110 cases agree (108 needed), and 12 of the 71 notes the reviewer passes got a finding, on the analyzer of e8f0d6e (the 2026-12-06 seventeenth session after the hundred-and-third to hundred-and-seventh sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 105 of 110, 2 false positives — deficits in a patient's or parent's plain words ("your left inner ear isn't sending its signal as strongly", "doesn't tell your brain where it is", "her tummy and back muscles can't keep her tall", "the world jumps", "position sense is still slow"), "You had me to yourself", "Just you and me", "I worked only with Leo the whole time", "Total time with your therapist" as a total, a spider cage and bumps at the hips as perturbations. Left: "You had me to yourself the whole session - Linda … took video for home" (a spaced hyphen is no dash, and "for home" reads as the home programme), "Today I worked with Amara by herself using NDT handling" (no whole-session phrase), a semi-private box ticked that also hides the deficit, a second code with no entry that hides a technique, and a generic note's one-on-one sentence.</para>
/// <para>Later (2026-12-07, eighteenth session): 107 of 110, no false positive — "You had me to yourself the whole session - Linda … took video for home" (what the video was for is no home session) and "Today I worked with Amara by herself using NDT handling - … half kneeling" (how it was done after "by herself"; half kneeling a position) are one-on-one; the false-positive fact runs again, the agreement fact stays skipped (three findings a patient-facing summary hides or adds).</para>
/// <para>Later (2026-12-07, nineteenth session): 110 of 110, no false positive — "position sense is still off", "the beam with bumps", "hopping in the hoops" and "It was just us the whole time" read; the agreement fact runs again.</para>
/// </summary>
public class HeldOutNotesIssue18HundredNinthTests(ITestOutputHelper output)
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

        // SBH daily note with its after-visit summary appended; the clinical part never says one-on-one, the AVS does ("Today Anneli worked with you one-on-one for all of your balance work"); foam stance with head turns, rocker board eyes closed, perturbations at the pelvis; R ankle proprioception after sprains on the Lakewalk ice; rocker seconds and perturbations; Time 23 matches: passes.
        ["v1-h109-sbh-one-on-one-only-in-the-avs"] = new(
            """
            SBH Outpatient Rehabilitation - Lakeside campus, 3rd floor gym
            S: Pt (67) retired ore-dock worker, R ankle "gives" on the ice of the Lakewalk, 2 sprains this winter.
            Treatment: NMR - rocker board A/P and M/L eyes open then closed; foam stance with head turns; perturbations at the pelvis in staggered stance.
            Assessment: decreased R ankle proprioception, late ankle strategy on the foam. Rocker board M/L 14 sec without edge touch (6 sec on 2/19); 8 of 10 perturbations without a step.
            Plan: progress to single-leg stance on foam.
            Time: 97112 NMR 23 min
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: Today Anneli worked with you one-on-one for all of your balance work. You stood on the rocker board and the soft foam, and Anneli gave you small pushes at the hips.
            Your home exercise program: stand at the kitchen counter on your right foot, 3 times, fingertips on the counter.
            Your next visit: Thursday 3/6 at 9:40 AM, Lakeside campus, 3rd floor.
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // RBPT emailed visit summary: "You had me to yourself the whole session - Linda watched from the chair and took video for home" (a wife, not a patient); lateral hops on the BOSU, perturbations in single-leg stance, star excursion reaches; pickleball ankle proprioception; Y-balance reach and holds; "For your insurance: 97112 - 24 min": passes.
        ["v1-h109-rbpt-had-me-to-yourself-wife-took-video"] = new(
            """
            Subject: Your visit summary - Tue 3/4, North End clinic
            Hi Gary,
            You had me to yourself the whole session - Linda watched from the chair and took video for home.
            Here's what we did: lateral hops onto the BOSU and stick the landing, single-leg stance on the foam pad while I gave you pushes at the shoulders, star excursion reaches on your left leg.
            Why we're doing it: your left ankle's position sense (proprioception) is still behind the right since the sprain at pickleball on 1/28, so it reacts late when you land.
            Your numbers: Y-balance anterior reach 61 cm left vs 68 cm right (55 cm two weeks ago). Held 9 of 10 landings without a touch-down.
            Homework: the single-leg clock reaches, 3 rounds a day.
            For your insurance: 97112 neuromuscular re-education - 24 min
            - Cody
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // LHP letter to a parent: "I worked only with Leo the whole time - Grandma and his baby sister watched from the mat"; balance beam with perturbations at the hips, tall kneeling on the peanut ball, stepping over hurdles; postural control and ankle proprioception with diplegic CP; beam steps and Pediatric Balance Scale; Billing 97112 22 min: passes.
        ["v1-h109-lhp-grandma-and-baby-sister-watched"] = new(
            """
            Dear Mrs. Alvarez,
            Leo (age 6) had a busy session at Knapp's Corner today. I worked only with Leo the whole time - Grandma and his baby sister watched from the mat.
            What we did: walking the low balance beam while I gave small bumps at his hips, tall kneeling on the peanut ball, stepping over the 4-inch hurdles without holding my hand.
            What we're working on: his postural control and the feeling of where his feet are (proprioception) - with his diplegic CP his trunk tips and he catches himself late.
            How he did: 8 steps on the beam before stepping off (5 last month). Pediatric Balance Scale 34/56.
            Try this at home: kneeling tall on the couch cushion while you play catch.
            Billing: 97112 neuromuscular re-education, 22 min
            Priyanka Shah, PT, DPT
            """,
            ["G80.1"], [PT("97112", 22)], []),

        // LHP letter: "Ava and her friend Sophie (also one of my kiddos) did the obstacle course together - I coached both of them, taking turns" - another patient treated inside the block; perturbations on the beam, scooter board, ball catches on the wobble board; postural control with Down syndrome; beam steps and PBS present: one-on-one missing.
        ["v1-h109-lhp-two-friends-on-the-obstacle-course"] = new(
            """
            Hi Mr. and Mrs. Patel,
            Ava and her friend Sophie (also one of my kiddos) did the obstacle course together today - I coached both of them, taking turns at each station.
            What we did: walking the beam while I bumped her shoulders, prone on the scooter board pulling with her arms, catching the ball standing on the wobble board.
            What we're working on: her postural control and low tone with Down syndrome - she sits down instead of stepping when she tips.
            How she did: 6 of 10 bumps on the beam with a step instead of sitting. Pediatric Balance Scale 38/56.
            Billing: 97112 - 24 min
            Ben Okafor, PT
            """,
            ["Q90.9"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // SBH PTA note + AVS: "Renee was also helping another patient on the parallel bars while you did your foam work" - the PTA attended another patient during the block; foam stance, tandem with head turns, reactive steps; neuropathy with lost foot sensation; tandem seconds present: one-on-one missing.
        ["v1-h109-sbh-pta-another-patient-at-the-parallel-bars"] = new(
            """
            SBH Outpatient Rehabilitation - Hermantown clinic
            Treatment: NMR - foam stance feet together eyes closed; tandem walking with head turns; reactive steps to nudges at the hips.
            Assessment: somatosensory loss both feet (peripheral neuropathy), relies on vision; tandem stance 11 sec eyes open, 3 sec eyes closed.
            Time: 97112 NMR 20 min - R. Bergquist, PTA
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: standing on the soft foam with your eyes closed and walking heel to toe while turning your head. Renee was also helping another patient on the parallel bars while you did your foam work.
            Your next visit: Monday 3/9 at 1:15 PM.
            """,
            ["G62.9"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // RBPT emailed summary with no one-on-one statement anywhere ("Your daughter drove you today"); gaze stabilisation with the card, walking with head turns, feet together on foam; L vestibular hypofunction after neuritis; DGI present: one-on-one missing.
        ["v1-h109-rbpt-daughter-drove-never-stated"] = new(
            """
            Subject: Your visit summary - Meridian clinic
            Hi Marjorie,
            Your daughter drove you today, and I'm glad she came in to see the exercises.
            Here's what we did: gaze stabilization with the letter card at arm's length, head side to side and up and down, sitting then standing; walking the hall turning your head to read the signs; standing feet together on the foam.
            Why we're doing it: your left inner ear (vestibular system) is still weak after the neuritis in December, so your eyes bounce and you drift left when you turn your head.
            Your numbers: Dynamic Gait Index 16/24 (13 on 2/11).
            For your insurance: 97112 neuromuscular re-education - 22 min
            - Hana
            """,
            ["H81.22"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SBH note quoting what the therapist told the patient: "Told her: 'It's just you and me for the balance part today, nobody else on my schedule'"; PWR!-style weight shifts, stepping-strategy drill to pulls, turning in place with cues; Parkinson's postural instability with retropulsion; pull test and Mini-BESTest; Time 24 matches: passes.
        ["v1-h109-sbh-quoted-just-you-and-me"] = new(
            """
            SBH Outpatient Rehabilitation - Cloquet clinic
            S: Pt (74) with PD, 2 backward falls in the garage since Christmas.
            Told her at the start: "It's just you and me for the balance part today, nobody else on my schedule."
            Treatment: NMR - stepping-strategy drill to backward pulls at the shoulders, large lateral weight shifts, 180-degree turns in place with a count.
            Assessment: postural instability with retropulsion, late and short backward step. Pull test 3 steps (4 on 2/20). Mini-BESTest 18/28.
            Time: 97112 NMR 24 min - M. Dahl, PT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: big steps backward when Marcus pulled, and turning in place with big steps.
            """,
            ["G20.A1", "Z91.81"], [PT("97112", 24)], []),

        // RBPT 97530 partner drill with another patient ("you and Tom tossed the med ball back and forth on the lunges") - 97530 has no one-on-one check; lunge-and-toss, carrying the kayak-weight bag up the Camel's Back hill steps, lifting from the floor; R hip and core weakness; loads and reps; For your insurance 97530 - 25 min: passes.
        ["v1-h109-rbpt-97530-partner-drill-with-another-patient"] = new(
            """
            Subject: Your visit summary
            Hi Janelle,
            Today you and Tom tossed the med ball back and forth on the lunges (he's working on his knee), then you did the carry on your own.
            Here's what we did: walking lunge with a 6 lb med ball toss 3x8; carrying the 30 lb sandbag up the Camel's Back Park hill steps 4 trips; deadlifting the 25 lb kettlebell from the floor like your kayak 3x10.
            Why we're doing it: your right hip and core are still weak after the labral repair in October, so your knee dives in on the lunge and you can't lift the kayak onto the car.
            For your insurance: 97530 therapeutic activities - 25 min
            - Cody
            """,
            ["M24.151", "M62.81"], [PT("97530", 25)], []),

        // LHP PTA 97110 beside a twin brother also on the caseload ("Mateo and his twin Diego both had therapy with me side by side today") - 97110 has no one-on-one check; heel raises, squats, step-ups, bridges with counts; calf and hip weakness with toe walking; reps and holds; Billing 97110 18 min: passes.
        ["v1-h109-lhp-pta-97110-twin-brother-side-by-side"] = new(
            """
            Hi Dad!
            Mateo and his twin Diego both had therapy with me side by side today in the Wyoming clinic gym.
            What we did with Mateo: heel raises on the step 3 sets of 10, squats to the little bench 3 sets of 8, step-ups on the 6-inch box 2 sets of 10 each leg, bridges with a 5-second hold 10 times.
            What we're working on: his calf and hip weakness - he walks on his toes and his hips drop when he climbs.
            Billing: 97110 therapeutic exercise 18 min
            Lauren Tate, PTA
            """,
            ["R26.89", "M62.81"], [PTA("97110", 18)], []),

        // SBH AVS saying "This was a shared session (not one-on-one): you worked at the balance station while Marcus finished with another patient"; tandem on the foam beam, perturbations, head-turn walking; vestibular hypofunction; FGA present: one-on-one missing.
        ["v1-h109-sbh-shared-session-not-one-on-one"] = new(
            """
            SBH Outpatient Rehabilitation - Two Harbors clinic
            Treatment: NMR - tandem walking on the foam beam; perturbations at the trunk in feet-together stance; walking with head turns and stops on cue.
            Assessment: bilateral vestibular hypofunction after gentamicin (2024); unsteady with head turns, wide base. FGA 17/30.
            Time: 97112 NMR 22 min - M. Dahl, PT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            This was a shared session (not one-on-one): you worked at the balance station while Marcus finished with another patient.
            Your next visit: Friday 3/7 at 8:00 AM.
            """,
            ["H81.23"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // LHP letter: "Jayden's school aide Ms. Brown came along and watched; I worked with Jayden by himself the whole time" (staff, not a patient); perturbations in half kneel, beam with head turns, catching on the trampoline; post-concussion vestibular and visual-motion problems; DGI and catches; Billing 97112 23 min: passes.
        ["v1-h109-lhp-school-aide-watched-by-himself"] = new(
            """
            Dear Mr. Ortiz,
            Jayden's school aide Ms. Brown came along today and watched so she can help at recess; I worked with Jayden by himself the whole time.
            What we did: perturbations in half kneeling, walking the beam while turning his head to find the pictures on the wall, catching the ball while standing on the mini trampoline.
            What we're working on: since the concussion on the trampoline in January his inner ear and eyes don't work together (vestibular and visual motion) - he gets dizzy and sways when he turns his head.
            How he did: Dynamic Gait Index 19/24 (15 on 2/12). 9 of 10 catches without stepping off.
            Billing: 97112 - 23 min
            Ben Okafor, PT
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // RBPT email to a husband and wife: "You and Dave both had your sessions at the same time today, and you took turns on the rocker board" - another patient in the block; rocker board, foam perturbations, tandem with head turns; proprioception after a fracture; rocker seconds present: one-on-one missing.
        ["v1-h109-rbpt-husband-and-wife-took-turns"] = new(
            """
            Subject: Your visit summary
            Hi Carol,
            You and Dave both had your sessions at the same time today, and you took turns on the rocker board.
            Here's what we did: rocker board front to back and side to side, standing on the foam while I nudged your hips, heel-to-toe walking turning your head.
            Why we're doing it: your right ankle's position sense is down after the fracture in the fall, so you catch yourself late.
            Your numbers: rocker board side to side 12 seconds without the edge touching (7 last week).
            For your insurance: 97112 - 23 min
            - Jess Kowalczyk, PTA
            """,
            ["S82.891D"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states of patient-facing templates

        // SBH AVS box "Visit type: [X] Individual (one-on-one with your therapist) [ ] Group"; perturbations on the foam, stepping over cones with head turns, SLS at the bar; ankle proprioception and a slow stepping reaction; Berg and SLS; Time 25 matches: passes.
        ["v2-h109-sbh-avs-individual-box-ticked"] = new(
            """
            SBH Outpatient Rehabilitation - Lakeside campus
            Treatment: NMR - perturbations standing on the Airex pad, forward and lateral; stepping over cones with head turns; single-leg stance at the bar with ball taps.
            Assessment: decreased bilateral ankle proprioception and a slow stepping reaction to lateral pushes. Berg 45/56 (41 on 2/12). SLS R 6 sec, L 8 sec.
            Time: 97112 NMR 25 min - A. Koski, PT, DPT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            Visit type: [X] Individual (one-on-one with your therapist) [ ] Group
            What we worked on today: standing on the soft pad while Anneli gave you pushes, stepping over cones.
            """,
            ["R26.81"], [PT("97112", 25)], []),

        // SBH AVS box "Visit type: [ ] Individual [X] Group" and nothing else about attendance; foam stance, tandem with head turns, perturbations; somatosensory loss; tandem seconds present: one-on-one missing.
        ["v2-h109-sbh-avs-group-box-ticked"] = new(
            """
            SBH Outpatient Rehabilitation - Cloquet clinic
            Treatment: NMR - feet-together stance on foam eyes closed; tandem walk with head turns; perturbations at the pelvis.
            Assessment: somatosensory loss both feet after chemotherapy (CIPN); tandem stance 9 sec eyes open.
            Time: 97112 NMR 21 min - M. Dahl, PT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            Visit type: [ ] Individual [X] Group
            What we worked on today: standing on foam with your eyes closed, walking heel to toe.
            """,
            ["G62.0", "T45.1X5S"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // SBH AVS with an unfilled SmartList "One-on-one: {YES/NO:20234}" as the only attendance line; gaze stabilisation, head-turn walking, foam with eyes closed; vestibular hypofunction; DGI present: one-on-one missing.
        ["v2-h109-sbh-unfilled-smartlist-one-on-one"] = new(
            """
            SBH Outpatient Rehabilitation - Two Harbors clinic
            Treatment: NMR - gaze stabilization VOR x1 seated and standing; walking with horizontal head turns; feet together on foam eyes closed.
            Assessment: R vestibular hypofunction after the virus in January, oscillopsia with quick head turns. DGI 17/24.
            One-on-one: {YES/NO:20234}
            Time: 97112 NMR 22 min - A. Koski, PT, DPT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: keeping your eyes on the letter while you turned your head.
            """,
            ["H81.21"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SBH note whose only measure line is an unfilled wildcard "Today we measured: ***"; one-on-one in words, rocker board, perturbations, tandem on foam; ankle proprioception; no number but the code and its minutes: measure missing.
        ["v2-h109-sbh-wildcard-today-we-measured"] = new(
            """
            SBH Outpatient Rehabilitation - Hermantown clinic
            Treatment: NMR, one-on-one the whole time - rocker board front to back and side to side; perturbations at the hips on foam; tandem stance on foam with head turns.
            Assessment: decreased L ankle proprioception, late ankle strategy on the foam.
            Time: 97112 NMR 22 min
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: the rocker board and the soft foam.
            Today we measured: ***
            Your next visit: ***
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // RBPT email form line "One-on-one session: ✔ Yes"; reactive stepping to pulls on the Greenbelt path edge, tandem on the curb, SLS on grass with head turns; L ankle proprioception and delayed stepping; SLS and pulls; insurance footer 97112 - 23 min: passes.
        ["v2-h109-rbpt-one-on-one-session-check-yes"] = new(
            """
            Subject: Your visit summary - Boise River Greenbelt session
            Hi Ron,
            One-on-one session: ✔ Yes
            Here's what we did: reactive steps when I pulled on the belt from behind and the side, tandem walking on the curb at the path edge, single-leg stance on the grass turning your head.
            Why we're doing it: your left ankle's sense of position and your stepping reaction are slow since the stroke in 2024, so you catch your foot on the path.
            Your numbers: single-leg stance L 5 sec (2 on 2/18), 7 of 10 pulls caught with one step.
            For your insurance: 97112 - 23 min
            - Cody
            """,
            ["I69.398", "R26.89"], [PT("97112", 23)], []),

        // LHP parent form boxes "☑ Worked one-on-one with your child ☐ Group ☐ Co-treat"; spider-cage perturbations, beam with head turns, hopping on a line; postural control with DCD; beam steps and hops; Billing 97112 24 min: passes.
        ["v2-h109-lhp-parent-form-one-on-one-box"] = new(
            """
            Lantern Hill Pediatric & Young Adult Therapy - parent note
            Child: Owen (age 9)
            ☑ Worked one-on-one with your child ☐ Group ☐ Co-treat
            What we did: standing in the spider cage while I bumped him from the side, walking the beam while turning his head to find the pictures, hopping along the tape line on one foot.
            What we're working on: postural control and motor planning with his developmental coordination disorder - he tips and grabs when he turns.
            How he did: 12 beam steps without stepping off (7 in January), 6 hops on his left foot.
            Billing: 97112 - 24 min
            Priyanka Shah, PT, DPT
            """,
            ["R27.8"], [PT("97112", 24)], []),

        // LHP parent form with "What we're working on: ______" left blank and no deficit anywhere; one-on-one box ticked, beam with bumps, peanut ball, hurdles; beam steps; Billing 97112 22 min: deficit missing.
        ["v2-h109-lhp-parent-form-working-on-blank"] = new(
            """
            Lantern Hill Pediatric & Young Adult Therapy - parent note
            Child: Ruby (age 7)
            ☑ Worked one-on-one with your child ☐ Group ☐ Co-treat
            What we did: walking the low beam while I gave bumps at her shoulders, tall kneeling on the peanut ball, stepping over the hurdles.
            What we're working on: ______
            How she did: 10 of 10 beam steps, 8 of 10 bumps without stepping off.
            Billing: 97112 - 22 min
            Ben Okafor, PT
            """,
            ["R27.8"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // RBPT email "Your numbers today: (none recorded)" on a 97110 with no dose anywhere; Copenhagen planks, Nordic hamstring lowers, single-leg bridges; L hamstring and adductor weakness after a strain; no number but the code and its minutes: measure missing.
        ["v2-h109-rbpt-numbers-none-recorded-97110"] = new(
            """
            Subject: Your visit summary
            Hi Derek,
            Here's what we did: Copenhagen side planks, Nordic hamstring lowers with me holding your ankles, single-leg bridges on the bench.
            Why we're doing it: your left hamstring and inner-thigh muscles are still weak since the strain, and they give out when you sprint.
            Your numbers today: (none recorded)
            For your insurance: 97110 therapeutic exercise - 16 min
            - Hana
            """,
            ["S76.312D"], [PT("97110", 16)], [At(Measure, "97110")]),

        // SBH complete note with an empty home-programme field in the AVS ("Your home exercise program: (No home exercises were entered for this visit)"); one-on-one in the chart, perturbations, foam with catch and throw, stepping over obstacles; slow postural reactions after a stroke; Berg and perturbations; Time 24 matches: passes.
        ["v2-h109-sbh-hep-not-entered-complete-note"] = new(
            """
            SBH Outpatient Rehabilitation - Lakeside campus
            S: Pt (79) lives with his wife in a split-level in Lakeside, 1 fall on the stairs in February.
            Treatment: NMR, 1:1 entire session - perturbations at the pelvis in stride stance; foam stance with catch and throw; stepping over obstacles with the R leg leading.
            Assessment: slow postural reactions and delayed R hip/ankle strategies after the L MCA stroke (10/2025). Berg 43/56. 7 of 10 perturbations recovered without a hand on the bar.
            Time: 97112 NMR 24 min - A. Koski, PT, DPT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: catching yourself when Anneli pushed, catching and throwing the ball on the foam.
            Your home exercise program: (No home exercises were entered for this visit)
            Questions? Call the rehab desk at extension 4417.
            """,
            ["I69.398", "R26.81"], [PT("97112", 24)], []),

        // LHP OT form with "How much help she needed: ____" blank and no count, load or assist anywhere; buttoning a shirt, zipping a coat, stringing beads; fine-motor and bilateral coordination with hemiplegic CP; no number but the code and its minutes: measure missing.
        ["v2-h109-lhp-ot-help-needed-blank-97530"] = new(
            """
            Lantern Hill Pediatric & Young Adult Therapy - parent note
            What we did: buttoning her school shirt, zipping her winter coat, stringing large beads, opening her lunch containers.
            What we're working on: her right hand's fine motor control and using both hands together - with her hemiplegic CP the right hand doesn't hold while the left pulls.
            How much help she needed: ____
            Billing: 97530 - 23 min
            Mei Chen, OTR/L
            """,
            ["G80.2"], [OT("97530", 23)], [At(Measure, "97530")]),

        // SBH AVS time box with the second code's box empty ("97112 [ 22 ] min  97110 [ __ ] min"); both sections complete (perturbations, foam, one-on-one, proprioception, Berg; leg press, step-ups with doses, quad weakness): separate time missing.
        ["v2-h109-sbh-time-box-empty-second-code"] = new(
            """
            SBH Outpatient Rehabilitation - Hermantown clinic
            Treatment:
            97112 NMR, one-on-one - perturbations on the foam pad, tandem with head turns, SLS with ball taps. Decreased R ankle proprioception after the fracture; Berg 46/56.
            97110 TE - leg press 70 lb 3x12, step-ups 6-inch box 3x10, bridges 2x15. R quad and hip weakness, can't do stairs step over step.
            Time: 97112 [ 22 ] min   97110 [ __ ] min
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: balance on the foam and leg strengthening.
            """,
            ["S82.201D"], [PT("97112", 22), PT("97110", 14)], [SepTime]),

        // RBPT semi-private template "☐ One-on-one ☑ Semi-private (two patients)"; rocker board, foam perturbations, head-turn walking; proprioception after an ankle sprain; SLS present: one-on-one missing.
        ["v2-h109-rbpt-semi-private-box-ticked"] = new(
            """
            Subject: Your visit summary
            Hi Teresa,
            Session: ☐ One-on-one ☑ Semi-private (two patients)
            Here's what we did: rocker board side to side, standing on the foam while I nudged your shoulders, walking the hallway turning your head.
            Why we're doing it: your right ankle's position sense is still off since the sprain on the trail, so it rolls on uneven ground.
            Your numbers: single-leg stance on foam R 7 sec (3 on 2/20).
            For your insurance: 97112 - 22 min
            - Jess Kowalczyk, PTA
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // SBH PWR! Moves (PWR!Up, PWR!Rock, PWR!Twist, PWR!Step) as the technique, one-on-one, reduced amplitude and postural instability in PD, Mini-BESTest; Time 24 matches: passes.
        ["v3-h109-sbh-pwr-moves"] = new(
            """
            SBH Outpatient Rehabilitation - Lakeside campus
            Treatment: NMR, 1:1 - PWR! Moves in standing: PWR!Up, PWR!Rock with big lateral weight shifts, PWR!Twist, PWR!Step with large steps to targets on the floor.
            Assessment: PD (dx 2021), reduced movement amplitude and postural instability, small shuffling steps on turns. Mini-BESTest 19/28 (16 on 2/5).
            Time: 97112 NMR 24 min - A. Koski, PT, DPT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            Plain-language summary (read at a 5th-grade level): Today you did your PWR! Moves. Make every move big. Big steps help you not trip.
            Your home exercise program: PWR!Up and PWR!Rock, 10 each, morning and night.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // RBPT Alfredson heel-drop protocol with its dose (3x15 straight knee and bent knee off the step, backpack load), L Achilles tendinopathy in a trail runner, VISA-A; insurance footer 97110 - 17 min: passes.
        ["v3-h109-rbpt-alfredson-heel-drops-97110"] = new(
            """
            Subject: Your visit summary
            Hi Megan,
            Here's what we did: the Alfredson heel-drop protocol off the step - 3x15 straight knee and 3x15 bent knee on your left leg, with 10 lb in the backpack now; then soleus wall sits 3x30 sec.
            Why we're doing it: your left Achilles tendon (tendinopathy) still hurts at the start of your trail runs and the calf is weaker than the right.
            Your numbers: VISA-A 64/100 (51 at the start). Single-leg heel raises L 18, R 27.
            For your insurance: 97110 therapeutic exercise - 17 min
            - Cody
            """,
            ["M76.62"], [PT("97110", 17)], []),

        // SBH Maitland grade III-IV central PA glides at L4-5 and grade III unilateral PAs on the R, with lumbar extension stiffness and R buttock pain; fingertips-to-floor and extension range; Time 12 matches: passes.
        ["v3-h109-sbh-maitland-grades-97140"] = new(
            """
            SBH Outpatient Rehabilitation - Cloquet clinic
            Treatment: MT - Maitland grade III-IV central PA glides L4 and L5, 3 bouts of 30 sec each level; grade III unilateral PAs R L5; STM to the R lumbar paraspinals.
            Assessment: lumbar extension hypomobility with R buttock pain; extension 10 -> 20 degrees after; fingertips to floor 14 cm.
            Time: 97140 MT 12 min - M. Dahl, PT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: Marcus moved the joints of your low back to loosen them.
            """,
            ["M54.16"], [PT("97140", 12)], []),

        // LHP universal exercise unit ("spider cage") with bungee cords and perturbations at the pelvis, one-on-one, trunk postural control with spastic diplegia; standing seconds and reach; Billing 97112 23 min: passes.
        ["v3-h109-lhp-spider-cage-perturbations"] = new(
            """
            Dear Mr. and Mrs. Nguyen,
            I had Eli one-on-one in the spider cage today (the universal exercise unit) - bungee cords at his belt so he can stand without his walker while I give perturbations at his pelvis, then reaching for the rings across his body.
            What we're working on: his trunk postural control with spastic diplegia - he leans back and locks his knees when he reaches.
            How he did: stood 45 seconds in the cage with only the bungees (20 seconds in January), reached across midline 8 of 10 times.
            Billing: 97112 - 23 min
            Priyanka Shah, PT, DPT
            """,
            ["G80.1"], [PT("97112", 23)], []),

        // RBPT Graston instrument-assisted soft-tissue mobilisation to the plantar fascia and calf, with R plantar fasciitis; dorsiflexion range; insurance footer 97140 - 11 min: passes.
        ["v3-h109-rbpt-graston-plantar-fascia-97140"] = new(
            """
            Subject: Your visit summary
            Hi Aaron,
            Here's what we did: Graston (instrument-assisted soft-tissue mobilization) along the bottom of your right foot and up the calf, then a talocrural posterior glide.
            Why we're doing it: the plantar fascia on your right foot (plantar fasciitis) is tight and your calf limits how far your ankle bends, so the first steps in the morning hurt.
            Your numbers: ankle dorsiflexion R 6 -> 12 degrees after, L 15.
            For your insurance: 97140 manual therapy - 11 min
            - Hana
            """,
            ["M72.2"], [PT("97140", 11)], []),

        // LHP NDT handling at key points of control (pelvis and shoulders) for weight shift in tall kneeling and half kneeling, one-on-one, postural control and hip recruitment with CP; holds and reaches; Billing 97112 24 min: passes.
        ["v3-h109-lhp-ndt-handling-key-points"] = new(
            """
            Dear Ms. Washington,
            Today I worked with Amara by herself using NDT handling - my hands at her pelvis and shoulders (key points of control) to guide her weight shift in tall kneeling and half kneeling, then reaching to the shelf.
            What we're working on: her postural control and getting her hip muscles to turn on (motor recruitment) with her CP, so she can get up from the floor at school.
            How she did: held tall kneeling 25 seconds without my hands (10 seconds last month), half kneel to stand 3 of 5 times with one hand on the bench.
            Billing: 97112 - 24 min
            Priyanka Shah, PT, DPT
            """,
            ["G80.1"], [PT("97112", 24)], []),

        // SBH "Stepping On" exercises as the technique with one-on-one and numbers, but no deficit or system named anywhere (chart or AVS): deficit missing.
        ["v3-h109-sbh-stepping-on-no-deficit"] = new(
            """
            SBH Outpatient Rehabilitation - Two Harbors clinic
            Treatment: NMR, one-on-one - the Stepping On exercises: sideways walking, heel-to-toe stand and walk, stepping up and over the block, heel and toe raises at the counter.
            Assessment: pt engaged and motivated, doing the program at home. Tandem stance 18 sec (11 on 2/10). TUG 11.9 sec.
            Time: 97112 NMR 21 min - R. Bergquist, PTA
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: your Stepping On exercises.
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // RBPT PWR! Moves with one-on-one in words and a deficit but no number anywhere but the code and its minutes ("You're getting bigger and faster"): measure missing.
        ["v3-h109-rbpt-pwr-moves-no-number"] = new(
            """
            Subject: Your visit summary
            Hi Walt,
            It was just you and me in the gym today.
            Here's what we did: PWR! Moves - PWR!Up against the wall, PWR!Rock side to side, PWR!Twist reaching back, PWR!Step with big steps to the cones.
            Why we're doing it: Parkinson's makes your steps small and your balance reactions slow (postural instability), so you shuffle and tip on turns.
            How it went: you're getting bigger and faster every week!
            For your insurance: 97112 - 22 min
            - Cody
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Measure, "97112")]),

        // LHP young adult's blood-flow-restriction training with its dose (cuff at 80 % limb occlusion, 30/15/15/15 leg press and knee extension), quad weakness after an ACL reconstruction, thigh girth; Billing 97110 16 min: passes.
        ["v3-h109-lhp-bfr-after-acl-97110"] = new(
            """
            Hi Jordan (and Mom, who asked for a copy),
            Here's what we did: blood flow restriction (BFR) training with the cuff on your right thigh at 80% limb occlusion pressure - leg press 30/15/15/15 at 40 lb, then knee extension 30/15/15/15 at 10 lb.
            Why: your right quad is still weak and smaller after the ACL reconstruction on 11/14, and the knee buckles on the stairs at school.
            Your numbers: thigh girth 10 cm above the kneecap R 44.5 cm, L 47 cm.
            Billing: 97110 therapeutic exercise - 16 min
            Ben Okafor, PT
            """,
            ["Z98.890", "S83.511D"], [PT("97110", 16)], []),

        // SBH Bioness L300 worn during gait training in the hall and on the ramp, L foot drop after a stroke, distance and assistance; Time 22 matches: passes.
        ["v3-h109-sbh-bioness-l300-gait-97116"] = new(
            """
            SBH Outpatient Rehabilitation - Lakeside campus
            Treatment: GT with the Bioness L300 on the L peroneal nerve - hallway and the parking-ramp slope with a quad cane, cues for L heel strike and a longer R step.
            Assessment: L foot drop and L knee hyperextension in stance after the R CVA (8/2025). 600 ft with the quad cane and SBA; ramp with CGA.
            Time: 97116 GT 22 min - A. Koski, PT, DPT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: walking with your Bioness on the hall and the ramp.
            """,
            ["I69.354"], [PT("97116", 22)], []),

        // RBPT McKenzie repeated extension in lying and standing with the centralising low back pain but no sets, reps or other dose anywhere and no number but the code and its minutes: measure missing.
        ["v3-h109-rbpt-mckenzie-extension-no-dose-97110"] = new(
            """
            Subject: Your visit summary
            Hi Luis,
            Here's what we did: McKenzie repeated extension lying on your stomach, then standing back-bends against the counter, then sitting posture with the lumbar roll.
            Why we're doing it: the pain in your low back that runs into your right buttock gets better when you bend backward, so we're using that.
            Homework: the press-ups every couple of hours.
            For your insurance: 97110 therapeutic exercise - 14 min
            - Hana
            """,
            ["M54.41"], [PT("97110", 14)], [At(Measure, "97110")]),

        // LHP animal-walk obstacle course as 97530 (bear walks, crab walks, frog jumps, the climbing wall) with counts and laps, core and shoulder weakness with low tone so he can't climb the playground ladder; Billing 97530 25 min: passes.
        ["v3-h109-lhp-animal-walk-obstacle-course-97530"] = new(
            """
            Hi Mrs. Lindgren,
            What we did: an animal-walk obstacle course - bear walks up the wedge, crab walks to the cones, frog jumps over 3 lines, then up the rock wall to ring the bell. 5 laps.
            What we're working on: Caleb's core and shoulder weakness with his low tone - he can't climb the playground ladder at recess and slides off the monkey bars.
            How he did: 5 laps with only 2 rests, reached the bell 4 of 5 times with a hand at his hips.
            Billing: 97530 therapeutic activities - 25 min
            Lauren Tate, PTA
            """,
            ["M62.81", "R27.8"], [PTA("97530", 25)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings in plain words, and notes stating none

        // SBH plain-language summary carrying the deficit ("your right ankle doesn't tell your brain where it is as well as the left one yet"); the chart names only the techniques; one-on-one, rocker board, foam with perturbations; rocker seconds and perturbations; Time 23 matches: passes.
        ["v4-h109-sbh-ankle-doesnt-tell-your-brain"] = new(
            """
            SBH Outpatient Rehabilitation - Hermantown clinic
            Treatment: NMR 1:1 - rocker board eyes closed; foam stance with perturbations at the hips; single-leg reaches on foam.
            Measures: rocker board A/P 16 sec without edge touch; recovered 8 of 10 perturbations.
            Time: 97112 NMR 23 min - M. Dahl, PT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            Plain-language summary (read at a 5th-grade level): Your right ankle does not tell your brain where it is as well as the left one yet. That is why it rolls on the ice. The wobbly board and the foam teach it again.
            Teach-back: patient said "my ankle has to learn where it is again."
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // RBPT email: "your left inner ear isn't sending its signal as strongly, so your eyes and your feet have to do more of the work" (vestibular hypofunction in plain words); one-on-one, gaze stabilisation, head-turn walking, foam with eyes closed; DGI; insurance footer 97112 - 24 min: passes.
        ["v4-h109-rbpt-left-inner-ear-signal"] = new(
            """
            Subject: Your visit summary
            Hi Patricia,
            Just you and me today, the whole session.
            Here's what we did: gaze stabilization with the X on the wall, head side to side while you kept the X clear; walking the hallway turning your head; standing on the foam with your eyes closed.
            Why we're doing it: your left inner ear isn't sending its signal as strongly since the virus, so your eyes and your feet have to do more of the work - that's why the world swims when you turn.
            Your numbers: Dynamic Gait Index 18/24 (14 on 2/13).
            For your insurance: 97112 - 24 min
            - Hana
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // LHP letter: "her tummy and back muscles can't keep her tall on the peanut ball yet, so she flops to the side" (trunk postural control); one-on-one, peanut ball bounces with perturbations, tall kneeling reaches; sitting seconds and reaches; Billing 97112 22 min: passes.
        ["v4-h109-lhp-tummy-and-back-on-the-peanut-ball"] = new(
            """
            Dear Mrs. Brooks,
            I worked one-on-one with Hazel (age 4) today.
            What we did: sitting on the peanut ball while I bounced and tipped it (perturbations), reaching for the puzzle pieces to each side, tall kneeling at the bench.
            What we're working on: her tummy and back muscles can't keep her tall on the peanut ball yet, so she flops to the side instead of catching herself.
            How she did: sat on the ball 30 seconds without my hands (12 in January), caught herself 5 of 8 tips.
            Billing: 97112 - 22 min
            Priyanka Shah, PT, DPT
            """,
            ["R62.50", "M62.81"], [PT("97112", 22)], []),

        // SBH plain-language summary: "your feet can't feel the floor well since the chemo, so your eyes do the balancing" (somatosensory loss); one-on-one in the chart; foam with eyes closed, tandem, stepping over obstacles; tandem seconds and Berg; Time 22 matches: passes.
        ["v4-h109-sbh-feet-cant-feel-the-floor"] = new(
            """
            SBH Outpatient Rehabilitation - Lakeside campus
            Treatment: NMR, one-on-one entire time - standing on foam eyes open then closed; tandem stance and walk along the wall; stepping over the cane on the floor without looking down.
            Measures: tandem stance 14 sec eyes open (8 on 2/17); Berg 44/56.
            Time: 97112 NMR 22 min - A. Koski, PT, DPT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            Plain-language summary (read at a 5th-grade level): Your feet can't feel the floor well since the chemo. So your eyes do the balancing. In the dark you sway. We practise with your eyes closed so your body learns other ways.
            Your next visit: Tuesday 3/10 at 11:00 AM.
            """,
            ["G62.0", "T45.1X5S"], [PT("97112", 22)], []),

        // RBPT quoting what was told to the patient: "I told you: 'the world jumps when you turn your head fast because your eyes can't hold still yet'" (oscillopsia from vestibular loss); one-on-one, VOR x1 and x2, head-turn walking; gaze-stabilisation speed and DGI; insurance footer 97112 - 23 min: passes.
        ["v4-h109-rbpt-the-world-jumps"] = new(
            """
            Subject: Your visit summary
            Hi Stan,
            One-on-one session today, just us.
            Here's what we did: gaze stabilization x1 and x2 with the card, walking with head turns, standing on the foam with head turns.
            Why we're doing it: like I told you, "the world jumps when you turn your head fast because your eyes can't hold still yet" - your inner ears aren't steadying your eyes since the gentamicin.
            Your numbers: gaze stabilization at 2 beats per second for 30 seconds without blur (1 per second last week). Dynamic Gait Index 15/24.
            For your insurance: 97112 - 23 min
            - Cody
            """,
            ["H81.23"], [PT("97112", 23)], []),

        // LHP letter: "his arms and legs don't take turns smoothly yet - the jumping jacks come out all at once" (timing and sequencing with DCD); one-on-one, skipping, jumping jacks to a metronome, cross-crawl; counts; Billing 97112 24 min: passes.
        ["v4-h109-lhp-arms-and-legs-dont-take-turns"] = new(
            """
            Hi Mr. Kowalski,
            I worked only with Theo today.
            What we did: skipping down the hallway, jumping jacks to the metronome beat, cross-crawl marching touching opposite hand to knee, then hopscotch.
            What we're working on: his timing and sequencing with the coordination disorder (DCD) - his arms and legs don't take turns smoothly yet, so the jumping jacks come out all at once and he trips on the skip.
            How he did: 8 jumping jacks in rhythm (3 last month), skipped 20 feet without a break.
            Billing: 97112 - 24 min
            Ben Okafor, PT
            """,
            ["R27.8"], [PT("97112", 24)], []),

        // SBH AVS: "No impairments found today - you're doing great!" and no deficit anywhere; one-on-one, perturbations, foam with head turns; Berg; Time 22 matches: deficit missing.
        ["v4-h109-sbh-no-impairments-found-today"] = new(
            """
            SBH Outpatient Rehabilitation - Cloquet clinic
            Treatment: NMR, 1:1 - perturbations in stride stance on foam; foam stance with head turns; stepping over hurdles.
            Measures: Berg 49/56.
            Time: 97112 NMR 22 min - M. Dahl, PT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we found: No impairments found today - you're doing great!
            Your next visit: Wednesday 3/11 at 2:30 PM.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // RBPT email: "Good news: nothing holding you back that I could find" with one-on-one, techniques and numbers but no deficit or system: deficit missing.
        ["v4-h109-rbpt-nothing-holding-you-back"] = new(
            """
            Subject: Your visit summary
            Hi Dana,
            It was just the two of us this morning.
            Here's what we did: perturbations on the BOSU, single-leg hops to targets, tandem on the foam with head turns.
            Good news: nothing holding you back that I could find.
            Your numbers: single-leg hop test 94% of the other side; Y-balance composite 96%.
            For your insurance: 97112 - 21 min
            - Hana
            """,
            ["S83.512D"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // LHP letter: "No concerns with Mia's body today - everything looked typical for her age" with one-on-one, techniques and numbers but no deficit: deficit missing.
        ["v4-h109-lhp-no-concerns-with-mias-body"] = new(
            """
            Dear Mrs. Fischer,
            I worked one-on-one with Mia (age 8) today.
            What we did: walking the beam with head turns, perturbations on the wobble board, hopping in and out of the hoops.
            What we're working on: No concerns with Mia's body today - everything looked typical for her age.
            How she did: 15 of 15 beam steps, 10 of 10 bumps without stepping off.
            Billing: 97112 - 22 min
            Ben Okafor, PT
            """,
            ["Z87.820"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SBH plain-language 97110: "the muscle on the front of your right thigh is still weak since the new knee" (quad weakness); quad sets, straight-leg raises, mini squats with doses; extension lag; Time 18 matches: passes.
        ["v4-h109-sbh-muscle-on-the-front-of-your-thigh-97110"] = new(
            """
            SBH Outpatient Rehabilitation - Two Harbors clinic
            Treatment: TE - quad sets 2x15 with 5 sec hold; straight-leg raises 2 lb 3x10; mini squats at the counter 3x10; terminal knee extension with the blue band 3x15.
            Time: 97110 TE 18 min - R. Bergquist, PTA
            ----- AFTER VISIT SUMMARY (given to patient) -----
            Plain-language summary (read at a 5th-grade level): The muscle on the front of your right thigh is still weak since the new knee. That is why the knee bends when you stand up. Your knee does not straighten all the way yet (it is 7 degrees short).
            Your home exercise program: quad sets and straight-leg raises, 2 times a day.
            """,
            ["Z96.651"], [PTA("97110", 18)], []),

        // LHP 97116: "his toes catch because his right ankle doesn't lift when he swings his leg" (dorsiflexor weakness / foot drop); heel-first walking on the treadmill, the ramp and the stairs with cues; distance and assistance; Billing 97116 20 min: passes.
        ["v4-h109-lhp-toes-catch-ankle-doesnt-lift-97116"] = new(
            """
            Hi Mrs. Reyes,
            What we did: gait training on the treadmill at 1.2 mph with cues for heel first, then the ramp and the stairs with his AFO on, then walking the hallway carrying his backpack.
            What we're working on: Marco's toes catch because his right ankle doesn't lift when he swings his leg (weak ankle muscles with his hemiplegic CP), so he trips on the carpet edges.
            How he did: 400 feet without a trip, stairs up and down with one rail and stand-by help.
            Billing: 97116 gait training - 20 min
            Lauren Tate, PTA
            """,
            ["G80.2"], [PTA("97116", 20)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form and the patient's, and notes with none

        // SBH AVS "Your balance score (Berg) went from 38 to 44 out of 56"; one-on-one, perturbations, foam with catch and throw; slow stepping reaction after a stroke; Time 24 matches: passes.
        ["v5-h109-sbh-berg-went-from-to"] = new(
            """
            SBH Outpatient Rehabilitation - Lakeside campus
            Treatment: NMR, 1:1 - lateral perturbations at the pelvis; foam stance with catch and throw; stepping over the cones leading with the L.
            Assessment: slow stepping reaction and poor L weight acceptance after the R CVA.
            Time: 97112 NMR 24 min - A. Koski, PT, DPT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            Your balance score (Berg) went from 38 to 44 out of 56 since January. Great work!
            """,
            ["I69.398"], [PT("97112", 24)], []),

        // RBPT "You stood on your right foot for 9 seconds - last week it was 4"; one-on-one, BOSU, perturbations, star reaches; R ankle proprioception; insurance footer 97112 - 22 min: passes.
        ["v5-h109-rbpt-stood-on-your-right-foot"] = new(
            """
            Subject: Your visit summary
            Hi Bev,
            You had my full attention the whole session - nobody else on my schedule.
            Here's what we did: standing on the BOSU while I nudged you, star reaches on your right leg, stepping off the curb and stopping.
            Why we're doing it: your right ankle's sense of position is slow to react since the sprain.
            Your numbers: you stood on your right foot for 9 seconds - last week it was 4.
            For your insurance: 97112 - 22 min
            - Jess Kowalczyk, PTA
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // LHP sticker chart: "7 of 10 beam crossings earned a sticker"; one-on-one, beam with head turns and bumps; postural control with Down syndrome; Billing 97112 23 min: passes.
        ["v5-h109-lhp-sticker-chart"] = new(
            """
            Hi Mrs. O'Brien,
            I worked one-on-one with Nora today.
            What we did: walking the beam turning her head to find the stuffed animals, bumps at her shoulders on the beam, standing on the wobble cushion to pop bubbles.
            What we're working on: her postural control - with Down syndrome her muscles are loose and she sits down when she tips.
            How she did: 7 of 10 beam crossings earned a sticker on her chart (4 of 10 last month).
            Billing: 97112 - 23 min
            Priyanka Shah, PT, DPT
            """,
            ["Q90.9"], [PT("97112", 23)], []),

        // SBH plain-language measure in words ("forty-four out of fifty-six on the balance test"); one-on-one, perturbations, tandem with head turns; proprioception; Time 22 matches: passes.
        ["v5-h109-sbh-measure-in-words"] = new(
            """
            SBH Outpatient Rehabilitation - Hermantown clinic
            Treatment: NMR one-on-one - perturbations on the foam; tandem walking with head turns; stepping over the hurdles.
            Assessment: decreased proprioception both ankles, sways on soft ground.
            Time: 97112 NMR 22 min - M. Dahl, PT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            Plain-language summary (read at a 5th-grade level): You scored forty-four out of fifty-six on the balance test today. That is better than last time.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // RBPT "FGA 22/30" on a trail walk; one-on-one, head-turn walking on the trail, stepping over roots, pivot turns; vestibular hypofunction; insurance footer 97112 - 25 min: passes.
        ["v5-h109-rbpt-fga-on-the-trail"] = new(
            """
            Subject: Your visit summary - Camel's Back Park
            Hi Glen,
            One-on-one, you and me on the trail the whole time.
            Here's what we did: walking the Camel's Back trail turning your head side to side, stepping over roots and rocks, pivot turns on the slope, walking with eyes on the horizon then down.
            Why we're doing it: your right inner ear is still weak (vestibular hypofunction), so uneven ground and head turns throw you.
            Your numbers: FGA 22/30 (18 on 2/4).
            For your insurance: 97112 - 25 min
            - Cody
            """,
            ["H81.21"], [PT("97112", 25)], []),

        // LHP "Pediatric Balance Scale 41/56"; one-on-one, beam, hopping, perturbations on the tilt board; ataxia after a cerebellar tumour; Billing 97112 24 min: passes.
        ["v5-h109-lhp-pediatric-balance-scale"] = new(
            """
            Dear Mr. and Mrs. Haddad,
            Today it was just Yusuf and me in the sensory gym.
            What we did: tilt board perturbations in kneeling and standing, walking the beam, hopping in and out of the hoops, stepping stones.
            What we're working on: his ataxia since the cerebellar tumour surgery - his body overshoots and sways when he moves fast.
            How he did: Pediatric Balance Scale 41/56 (35 in December).
            Billing: 97112 - 24 min
            Ben Okafor, PT
            """,
            ["D33.1", "R27.0"], [PT("97112", 24)], []),

        // SBH AVS "You told me you feel steadier" as the only outcome, no number but the code and its minutes; one-on-one, foam, perturbations; proprioception: measure missing.
        ["v5-h109-sbh-you-told-me-you-feel-steadier"] = new(
            """
            SBH Outpatient Rehabilitation - Cloquet clinic
            Treatment: NMR, one-on-one - foam stance with perturbations at the hips; rocker board; tandem walk with head turns.
            Assessment: decreased ankle proprioception, late ankle strategy.
            Time: 97112 NMR 23 min
            ----- AFTER VISIT SUMMARY (given to patient) -----
            How you did: You told me you feel steadier on the stairs. Keep it up!
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // RBPT "You looked way more solid than last week!" as the only outcome, no number but the code and its minutes; one-on-one, BOSU perturbations, head-turn walking; vestibular: measure missing.
        ["v5-h109-rbpt-way-more-solid-than-last-week"] = new(
            """
            Subject: Your visit summary
            Hi Kim,
            Just the two of us again today.
            Here's what we did: perturbations on the BOSU, walking with head turns, feet together on the foam with eyes closed.
            Why we're doing it: your left inner ear (vestibular system) is still weak, so you sway with head turns.
            Your numbers: you looked way more solid than last week!
            For your insurance: 97112 - 22 min
            - Hana
            """,
            ["H81.22"], [PT("97112", 22)], [At(Measure, "97112")]),

        // LHP "You said she's tripping less at home" as the only outcome, no number but the code and its minutes; one-on-one, beam with bumps, wobble board catches; postural control: measure missing.
        ["v5-h109-lhp-tripping-less-at-home"] = new(
            """
            Dear Mrs. Kaur,
            I worked one-on-one with Simran today.
            What we did: walking the beam while I bumped her hips, catching the ball on the wobble board, stepping over the pool noodles.
            What we're working on: her postural control - her trunk is slow to catch her when she tips.
            How she did: you said she's tripping less at home, and she was proud of herself today.
            Billing: 97112 - 22 min
            Priyanka Shah, PT, DPT
            """,
            ["R27.8"], [PT("97112", 22)], [At(Measure, "97112")]),

        // SBH OT 97530 with no count, load or help level anywhere and no number but the code and its minutes; putting groceries away, reaching to the upper cupboard, carrying a pan; R shoulder weakness: measure missing.
        ["v5-h109-sbh-ot-97530-no-count-or-assist"] = new(
            """
            SBH Outpatient Rehabilitation - Lakeside campus
            Treatment: TA - putting groceries away in the clinic kitchen, reaching to the upper cupboard, carrying a pan from the stove to the sink.
            Assessment: R shoulder weakness and pain after the rotator cuff repair, she hikes her shoulder to reach up.
            Time: 97530 TA 20 min - J. Oyelaran, OTR/L
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: kitchen tasks, reaching up high.
            """,
            ["Z98.890", "M75.121"], [OT("97530", 20)], [At(Measure, "97530")]),

        // RBPT "Your numbers" table with a Timed Up and Go ("Timed Up and Go | 11.2 sec | last time 14.0"); one-on-one, perturbations, obstacle stepping; slow stepping strategy; insurance footer 97112 - 23 min: passes.
        ["v5-h109-rbpt-numbers-table-tug"] = new(
            """
            Subject: Your visit summary
            Hi Frank,
            Just you and me, start to finish.
            Here's what we did: perturbations from behind and the sides, stepping over the hurdles, quick turns around the cones.
            Why we're doing it: your stepping reaction is slow when you lose your balance (postural control), which is how you fell in the driveway.
            Your numbers:
            Test | Today | Last time
            Timed Up and Go | 11.2 sec | 14.0 sec
            Perturbations caught with one step | 8 of 10 | 5 of 10
            For your insurance: 97112 - 23 min
            - Cody
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // SBH AVS "Time with your therapist" table with a row per code (97112 23, 97110 15), both match; one-on-one, perturbations, foam, proprioception, Berg; leg press, step-ups with doses, quad weakness: passes.
        ["v6-h109-sbh-avs-time-table-two-codes"] = new(
            """
            SBH Outpatient Rehabilitation - Hermantown clinic
            Treatment: NMR 1:1 - perturbations on foam, tandem walk with head turns, SLS with ball toss. Decreased L ankle proprioception; Berg 47/56.
            TE - leg press 60 lb 3x12, lateral step-ups 4-inch box 3x10, bridges 2x15. L quad and glute weakness after the tibial plateau fracture.
            ----- AFTER VISIT SUMMARY (given to patient) -----
            Time with your therapist:
            Balance training (97112) ........ 23 min
            Strengthening (97110) ........... 15 min
            """,
            ["S82.142D"], [PT("97112", 23), PT("97110", 15)], []),

        // RBPT "For your insurance:" footer with both codes (97112 - 22 min; 97140 - 12 min), both match; one-on-one, perturbations, proprioception, SLS; talocrural glides and STM to the calf with dorsiflexion range: passes.
        ["v6-h109-rbpt-insurance-footer-two-codes"] = new(
            """
            Subject: Your visit summary
            Hi Sam,
            You had me one-on-one the whole visit.
            Here's what we did: first I mobilized your left ankle joint (posterior glides) and loosened the calf by hand; then balance work - single-leg stance on foam while I pushed, hops to the targets.
            Why we're doing it: your left ankle is stiff and its position sense is slow since the sprain, so it rolls on the court.
            Your numbers: dorsiflexion L 8 -> 13 degrees; single-leg stance on foam 11 sec (5 on 2/20).
            For your insurance:
            97112 neuromuscular re-education - 22 min
            97140 manual therapy - 12 min
            - Cody
            """,
            ["S93.402D"], [PT("97112", 22), PT("97140", 12)], []),

        // LHP clock ranges on each code's line ("97112 3:05-3:28 pm", "97110 3:28-3:43 pm" = 23 and 15), both match; one-on-one, beam, perturbations, postural control, PBS; squats, step-ups with counts, hip weakness: passes.
        ["v6-h109-lhp-clock-ranges-on-each-code"] = new(
            """
            Dear Mrs. Jensen,
            I worked one-on-one with Liam today.
            Balance: the beam with bumps, the wobble board, hopping on the tape line. His postural control with the CP is still slow - he tips toward his right. Pediatric Balance Scale 39/56.
            Strength: squats to the bench 3 sets of 10, step-ups on the 6-inch box 2 sets of 10, bridges 2 sets of 12. His hip muscles are weak, so he climbs with his hands.
            Billing:
            97112 3:05-3:28 pm
            97110 3:28-3:43 pm
            Ben Okafor, PT
            """,
            ["G80.1"], [PT("97112", 23), PT("97110", 15)], []),

        // SBH PT 97112 (22) and OT 97530 (24) on one visit, each on its own "Time:" line, both match; one-on-one, perturbations, foam, somatosensory loss, tandem; OT laundry and the tub bench with assist, R hand weakness: passes.
        ["v6-h109-sbh-pt-and-ot-codes-one-visit"] = new(
            """
            SBH Outpatient Rehabilitation - Lakeside campus
            PT: NMR one-on-one - perturbations on foam, tandem with head turns, stepping over obstacles. Somatosensory loss both feet; tandem 10 sec.
            Time: 97112 NMR 22 min - A. Koski, PT, DPT
            OT: TA - loading the washer and carrying the basket 10 ft, tub transfer bench in and out 4x with CGA. R hand weakness after the stroke, drops the laundry.
            Time: 97530 TA 24 min - J. Oyelaran, OTR/L
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: balance with Anneli, laundry and the tub bench with Joy.
            """,
            ["I69.351", "G62.9"], [PT("97112", 22), OT("97530", 24)], []),

        // RBPT block headings "Balance work (97112) - 24 minutes" and "Strength (97110) - 13 minutes", both match; one-on-one, perturbations, proprioception, SLS; lunges and RDLs with doses, hip weakness: passes.
        ["v6-h109-rbpt-block-headings-with-minutes"] = new(
            """
            Subject: Your visit summary
            Hi Maria,
            Just you and me today.
            Balance work (97112) - 24 minutes
            Single-leg stance on foam while I tapped your hips, star reaches, hops to targets. Your right knee's position sense is still slow after the ACL surgery. Single-leg stance on foam 14 sec, 7 of 10 hops stuck.
            Strength (97110) - 13 minutes
            Reverse lunges with 15 lb dumbbells 3x8, single-leg RDL 3x10, side planks 3x20 sec. Right hip and quad weakness.
            - Hana
            """,
            ["S83.511D"], [PT("97112", 24), PT("97110", 13)], []),

        // LHP parent letter's "Billing:" line for a single 97530 (25 min) matching; scooter board, climbing wall, carrying the tray; shoulder weakness with low tone; counts and assist: passes.
        ["v6-h109-lhp-billing-line-single-97530"] = new(
            """
            Dear Mr. Dominguez,
            What we did: prone on the scooter board pulling along the rope 6 lengths, climbing the rock wall to the bell 4 times with a hand at his back, carrying the lunch tray 30 feet without spilling.
            What we're working on: Lucas's shoulder and core weakness with low tone - he can't carry his tray at school or hold himself up on the playground bars.
            Billing: 97530 therapeutic activities (25 minutes)
            Lauren Tate, PTA
            """,
            ["M62.81"], [PTA("97530", 25)], []),

        // SBH "Time: 97112 NMR 35 min" against a 23-min line: mismatch; otherwise complete (one-on-one, perturbations, foam, proprioception, Berg).
        ["v6-h109-sbh-35-against-23"] = new(
            """
            SBH Outpatient Rehabilitation - Two Harbors clinic
            Treatment: NMR 1:1 - perturbations on foam, rocker board eyes closed, tandem walk with head turns.
            Assessment: decreased R ankle proprioception. Berg 46/56.
            Time: 97112 NMR 35 min - M. Dahl, PT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: the wobble board and the foam.
            """,
            ["S93.401D"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // RBPT PTA footer "97110 - 30 min" against an 18-min PTA line: mismatch; otherwise complete (squats, step-ups, bridges with doses; quad weakness).
        ["v6-h109-rbpt-pta-30-against-18"] = new(
            """
            Subject: Your visit summary
            Hi Ed,
            Here's what we did: box squats 3x10, step-ups on the 8-inch step 3x10, bridges 3x15, wall sits 3x30 sec.
            Why we're doing it: both of your thigh muscles are weak since the hospital stay, so getting up from the couch is hard.
            For your insurance: 97110 therapeutic exercise - 30 min
            - Jess Kowalczyk, PTA
            """,
            ["M62.81", "R53.81"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // LHP second code's "28 min" against a 15-min line while the first code's 22 matches: mismatch on 97110; otherwise complete.
        ["v6-h109-lhp-second-code-28-against-15"] = new(
            """
            Dear Mrs. Carter,
            I worked one-on-one with Grace today.
            Balance (97112 - 22 min): the beam with bumps and the tilt board. Her postural control is slow with the spina bifida; 9 of 10 beam steps.
            Strength (97110 - 28 min): sit to stand from the low bench 3 sets of 8, bridges 3 sets of 10, kneeling walks 4 lengths. Her hip muscles are weak.
            Priyanka Shah, PT, DPT
            """,
            ["Q05.7"], [PT("97112", 22), PT("97110", 15)], [At(Mismatch, "97110")]),

        // SBH AVS "Total time with your therapist: 38 minutes" for two timed codes and no minutes for each; both sections complete: separate time missing.
        ["v6-h109-sbh-avs-total-time-only"] = new(
            """
            SBH Outpatient Rehabilitation - Cloquet clinic
            Treatment: NMR 1:1 - perturbations on foam, tandem with head turns; decreased L ankle proprioception; Berg 45/56.
            TE - leg press 50 lb 3x12, step-ups 3x10; L quad weakness after the TKA.
            ----- AFTER VISIT SUMMARY (given to patient) -----
            Total time with your therapist: 38 minutes
            """,
            ["Z96.652", "R26.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // RBPT "Total timed: 37 min" for 97112 and 97140 and no minutes for each; both complete: separate time missing.
        ["v6-h109-rbpt-total-timed-only"] = new(
            """
            Subject: Your visit summary
            Hi Rita,
            One-on-one, just us.
            Here's what we did: cervical joint mobilization and soft-tissue work to your neck, then balance - gaze stabilization and walking with head turns.
            Why we're doing it: your neck is stiff turning right and the dizziness with head turns is from the neck (cervicogenic), so your balance is off.
            Your numbers: neck rotation R 50 -> 62 degrees; DGI 19/24.
            For your insurance: neuromuscular re-education (97112) and manual therapy (97140).
            Total timed: 37 min
            - Cody
            """,
            ["M53.0"], [PT("97112", 25), PT("97140", 12)], [SepTime]),

        // LHP "97112 - 23 min; 97530 - (not entered)" with both sections complete: separate time missing.
        ["v6-h109-lhp-second-code-not-entered"] = new(
            """
            Hi Mrs. Thompson,
            I worked one-on-one with Ella today.
            Balance: the beam with bumps and hopping in the hoops. Her postural control with Down syndrome is still slow - she sits when she tips. 6 of 10 bumps with a step.
            Play skills: climbing onto the big-kid swing 4 times with help at her hips, carrying the basket of balls 20 feet. Her legs and core are weak.
            Billing: 97112 - 23 min; 97530 - (not entered)
            Ben Okafor, PT
            """,
            ["Q90.9"], [PT("97112", 23), PT("97530", 14)], [SepTime]),

        // SBH plain-language minutes in words beside the code ("twenty-three minutes of neuromuscular re-education (97112)"), matching; one-on-one, perturbations, foam, vestibular; DGI: passes.
        ["v6-h109-sbh-minutes-in-words"] = new(
            """
            SBH Outpatient Rehabilitation - Lakeside campus
            Treatment: NMR one-on-one - gaze stabilization, walking with head turns, foam stance eyes closed.
            Assessment: L vestibular hypofunction; DGI 18/24.
            ----- AFTER VISIT SUMMARY (given to patient) -----
            Plain-language summary (read at a 5th-grade level): You had twenty-three minutes of neuromuscular re-education (97112) with Anneli today.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // RBPT codes after their descriptions ("Manual therapy to your neck, 97140, 12 min; exercises for your neck and shoulder blades, 97110, 14 min"), both match; glides and STM with range; chin tucks and rows with doses, neck and scapular weakness: passes.
        ["v6-h109-rbpt-code-after-description"] = new(
            """
            Subject: Your visit summary
            Hi Doug,
            Here's what we did: manual therapy to your neck, 97140, 12 min - upper cervical glides and soft-tissue work to the upper traps; exercises for your neck and shoulder blades, 97110, 14 min - chin tucks 3x10 with 5 sec holds, rows with the green band 3x15, prone Y's 2x10.
            Why we're doing it: your neck is stiff turning left and the deep neck and shoulder-blade muscles are weak after all those years as a smokejumper.
            Your numbers: rotation L 55 -> 66 degrees.
            - Cody
            """,
            ["M54.2"], [PT("97140", 12), PT("97110", 14)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a 97112 with a diagnosis: note missing only.
        ["v7-h109-empty-note-97112"] = new(
            "",
            ["R26.81"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // A note holding only spaces and line breaks (an AVS export that came through blank) on a 97112 and a 97110: note missing on each line.
        ["v7-h109-blank-export-two-codes"] = new(
            "   \r\n  \r\n   ",
            ["M62.81"], [PT("97112", 22), PT("97110", 14)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // 97110's meaning on an SBH PTA note: quad sets, heel slides, SAQ, the recumbent bike with holds, loads and reps (technique and measure), L knee range and quad strength after a knee replacement with range (deficit), for a lift-bridge operator; Time 20 matches: passes.
        ["v7-h109-sbh-97110-knee-after-tka"] = new(
            """
            SBH Outpatient Rehabilitation - Lakeside campus
            S: Pt (63) lift-bridge operator, L TKA 2/3, wants to climb the 42 steps to the operator's house by May.
            Treatment: TE - quad sets 2x15 with 5 sec hold; heel slides with the strap 3x10; SAQ 3 lb 3x12; recumbent bike for ROM, seat 8, full revolutions.
            Assessment: L knee flexion and quad strength limited after the TKA; AROM 4-98 degrees (8-84 on 2/20).
            Time: 97110 TE 20 min - R. Bergquist, PTA
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: bending and straightening your new knee and making the thigh muscle stronger.
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 20)], []),

        // 97140's meaning on an RBPT email: cervical mobilisation (grade III rotation glides C4-6) and soft-tissue work to the levator, neck stiffness, rotation degrees; footer 97140 - 10 min: passes.
        ["v7-h109-rbpt-97140-neck"] = new(
            """
            Subject: Your visit summary
            Hi Pam,
            Here's what we did: joint mobilization to the middle of your neck (grade III rotation glides C4 to C6) and soft-tissue work to the levator and upper trap on the right.
            Why we're doing it: your neck is stiff turning right since the car accident in January.
            Your numbers: rotation R 48 -> 60 degrees.
            For your insurance: 97140 manual therapy - 10 min
            - Hana
            """,
            ["S13.4XXD"], [PT("97140", 10)], []),

        // 97530's meaning on an LHP OT note for a young adult: lower-body dressing with a reacher and a sock aid, a grocery bag carried up the Rapid bus's step, with counts and assist; spina bifida with hip weakness and poor sitting balance; Billing 97530 24 min: passes.
        ["v7-h109-lhp-ot-97530-young-adult-dressing-and-bus"] = new(
            """
            Hi Kayla (copy to your mom, as you asked),
            What we did: putting on your pants and shoes with the reacher and the sock aid from your wheelchair, 2 times with verbal cues only; carrying a 5 lb grocery bag up the step of the Rapid bus mock-up 3 times with stand-by help.
            What we're working on: your hip weakness and sitting balance with the spina bifida, so you can dress for work and shop on your own.
            Billing: 97530 therapeutic activities - 24 min
            Mei Chen, OTR/L
            """,
            ["Q05.7"], [OT("97530", 24)], []),

        // 97116's meaning on an SBH note: rolling walker to a straight cane in the hall and on the curb, with distance and assistance levels; short L step and Trendelenburg after a hip fracture; Time 21 matches: passes.
        ["v7-h109-sbh-97116-walker-to-cane"] = new(
            """
            SBH Outpatient Rehabilitation - Cloquet clinic
            Treatment: GT - rolling walker to straight cane in the hallway and on the curb outside the entrance, cues for a longer L step and heel strike.
            Assessment: short L step and R Trendelenburg after the R hip fracture (ORIF 1/15). 500 ft with the cane and SBA; curb up and down with CGA.
            Time: 97116 GT 21 min - M. Dahl, PT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: walking with the cane instead of the walker.
            """,
            ["S72.001D"], [PT("97116", 21)], []),

        // 97116's meaning on an LHP letter: heel-first walking for an idiopathic toe walker on the treadmill incline and the ramp, with distance and cues; calf tightness and toe walking; Billing 97116 18 min: passes.
        ["v7-h109-lhp-97116-toe-walker-heel-first"] = new(
            """
            Hi Mrs. Schultz,
            What we did: gait training for heel-first walking - the treadmill at a 10% incline, walking up the ramp backward, then the hallway with heel-first cues every few steps.
            What we're working on: Noah (age 5) walks on his toes; his calves are tight (ankle bends only to 0 degrees with the knee straight).
            How he did: 200 feet heel-first with 3 reminders (8 reminders last month).
            Billing: 97116 gait training - 18 min
            Lauren Tate, PTA
            """,
            ["R26.89"], [PTA("97116", 18)], []),

        // A wholly generic SBH 97112 ("Balance training. Tolerated well. Continue POC.") with a cheerful AVS ("Great job today! Keep practising your exercises at home."): no technique, deficit, measure or one-on-one statement.
        ["v7-h109-sbh-generic-97112-cheerful-avs"] = new(
            """
            SBH Outpatient Rehabilitation
            Treatment: Balance training. Tolerated well. Continue POC.
            Time: 97112 NMR 22 min
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: Great job today! Keep practising your exercises at home. See you next time!
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // A generic RBPT 97110 + 97530 with minutes for each ("You worked hard on your exercises and activities today. Keep it up!"): no technique, deficit or measure for either.
        ["v7-h109-rbpt-generic-97110-and-97530"] = new(
            """
            Subject: Your visit summary
            Hi Joan,
            You worked hard on your exercises and activities today. Keep it up!
            For your insurance: 97110 - 15 min; 97530 - 12 min
            - Jess Kowalczyk, PTA
            """,
            ["M62.81"], [PTA("97110", 15), PTA("97530", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // A generic LHP OT 97530 letter ("Noah had a great session! He participated in therapeutic activities and did a great job."): no technique, deficit or measure.
        ["v7-h109-lhp-generic-ot-97530-letter"] = new(
            """
            Dear Mrs. Kim,
            Noah had a great session! He participated in therapeutic activities and did a great job. See you next week!
            Billing: 97530 - 23 min
            Mei Chen, OTR/L
            """,
            ["R27.8"], [OT("97530", 23)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // A generic RBPT 97112 portal message that does state one-on-one ("It was just us the whole time") and nothing else clinical: no technique, deficit or measure.
        ["v7-h109-rbpt-generic-97112-one-on-one-stated"] = new(
            """
            Subject: Your visit summary
            Hi Lou,
            It was just us the whole time today. We did your balance exercises and you tolerated everything well. Continue with the plan!
            For your insurance: 97112 - 21 min
            - Hana
            """,
            ["R26.81"], [PT("97112", 21)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // ---------------------------------------------------------------- ordinary notes

        // SBH vestibular 97112 with AVS: one-on-one, gaze stabilisation x1 and x2, head-turn walking in the hall, foam with eyes closed; L vestibular hypofunction in a fisherman's wife dizzy since a virus; DGI and gaze speed; Time 23 matches: passes.
        ["vord-h109-sbh-vestibular-fishermans-wife"] = new(
            """
            SBH Outpatient Rehabilitation - Two Harbors clinic
            S: Pt (58), husband fishes out of Knife River; dizzy with head turns since a virus before Christmas.
            Treatment: NMR, one-on-one - VOR x1 and x2 with the card at 2 ft, walking the hall with head turns and stops, feet together on foam eyes closed.
            Assessment: L vestibular hypofunction, oscillopsia with quick turns. DGI 17/24 (13 on 2/6); VOR x1 at 2 Hz for 30 sec with mild symptoms.
            Time: 97112 NMR 23 min - A. Koski, PT, DPT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: keeping your eyes on the letter while you move your head.
            Your home exercise program: the card exercise, 3 times a day.
            Your next visit: Friday 3/7 at 10:20 AM, Two Harbors.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // SBH two codes on their own Time lines (97112 22, 97110 14), both match; one-on-one, perturbations, foam, proprioception, Berg; leg press and step-ups with doses, quad weakness: passes.
        ["vord-h109-sbh-97112-and-97110-time-lines"] = new(
            """
            SBH Outpatient Rehabilitation - Hermantown clinic
            Treatment: NMR one-on-one - perturbations on foam, SLS with ball taps, stepping over hurdles. Decreased R ankle proprioception after the fracture; Berg 48/56.
            Time: 97112 NMR 22 min
            TE - leg press 80 lb 3x12, step-ups 6-inch box 3x10, calf raises 3x15. R quad and calf weakness.
            Time: 97110 TE 14 min
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: balance and leg strength.
            """,
            ["S82.891D"], [PT("97112", 22), PT("97110", 14)], []),

        // SBH OT 97530 in the clinic kitchen: stove-to-sink carries, reaching to the upper cupboard with the L arm, with counts, loads and assist; L shoulder weakness after a proximal humerus fracture; Time 23 matches: passes.
        ["vord-h109-sbh-ot-kitchen-97530"] = new(
            """
            SBH Outpatient Rehabilitation - Lakeside campus
            Treatment: TA - carrying a 3 lb pot from the stove to the sink 6x, putting cans away on the upper shelf with the L arm 10x, unloading the dishwasher with SBA.
            Assessment: L shoulder flexion weakness after the proximal humerus fracture (12/2025), hikes the shoulder reaching up.
            Time: 97530 TA 23 min - J. Oyelaran, OTR/L
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: kitchen tasks with your left arm.
            """,
            ["S42.202D"], [OT("97530", 23)], []),

        // SBH PTA 97116 on the Lakewalk path and the clinic stairs with distance and SBA; short R step and R knee stiffness after a knee replacement; Time 20 matches: passes.
        ["vord-h109-sbh-pta-97116-lakewalk"] = new(
            """
            SBH Outpatient Rehabilitation - Lakeside campus
            Treatment: GT - single-point cane on the Lakewalk path and back, then the 14 clinic stairs reciprocal with one rail; cues for R heel strike and knee bend in swing.
            Assessment: short R step and stiff-knee gait after the R TKA. 1,000 ft SPC SBA; stairs reciprocal with CGA.
            Time: 97116 GT 20 min - R. Bergquist, PTA
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: walking with the cane outside and stairs.
            """,
            ["Z96.651"], [PTA("97116", 20)], []),

        // SBH 97140 shoulder: GH posterior and inferior glides grade III and STM to the posterior cuff with range; adhesive capsulitis; Time 12 matches: passes.
        ["vord-h109-sbh-97140-frozen-shoulder"] = new(
            """
            SBH Outpatient Rehabilitation - Cloquet clinic
            Treatment: MT - GH posterior and inferior glides grade III, 4 bouts of 30 sec; STM to the posterior cuff and pec minor.
            Assessment: R adhesive capsulitis, ER 25 -> 34 degrees after, flexion 120 degrees.
            Time: 97140 MT 12 min - M. Dahl, PT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: loosening your right shoulder joint.
            """,
            ["M75.01"], [PT("97140", 12)], []),

        // SBH plain-language 97112 for the health-literacy programme with teach-back; one-on-one, perturbations, tandem with head turns, stepping over obstacles; somatosensory loss; tandem seconds and TUG; Time 24 matches: passes.
        ["vord-h109-sbh-plain-language-teach-back"] = new(
            """
            SBH Outpatient Rehabilitation - Hermantown clinic
            Treatment: NMR 1:1 - perturbations in stride stance, tandem walk with head turns, stepping over shoe boxes.
            Assessment: somatosensory loss both feet (diabetic neuropathy), sways with eyes closed. Tandem 12 sec (6 on 2/18); TUG 12.8 sec.
            Time: 97112 NMR 24 min - A. Koski, PT, DPT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            Plain-language summary (read at a 5th-grade level): Your feet do not feel the floor well. We trained your body to catch you when you tip. You walked heel to toe. You stepped over boxes.
            Teach-back: patient said "I will look where I step and use the night light."
            """,
            ["E11.42"], [PT("97112", 24)], []),

        // RBPT runner 97110: hip abductor and glute strengthening with doses, R hip weakness with knee valgus on runs; single-leg squat counts; footer 97110 - 16 min: passes.
        ["vord-h109-rbpt-runner-hip-strength-97110"] = new(
            """
            Subject: Your visit summary
            Hi Ellie,
            Here's what we did: side-lying hip abduction with 3 lb 3x15, single-leg bridges 3x12, lateral band walks with the black band 3 lengths, step-downs off the 6-inch box 3x10.
            Why we're doing it: your right hip muscles are weak, so your knee dives in on the downhill miles of your Greenbelt runs.
            Your numbers: single-leg squats with a level knee 8 of 10 (4 of 10 on 2/12).
            For your insurance: 97110 therapeutic exercise - 16 min
            - Cody
            """,
            ["M76.31"], [PT("97110", 16)], []),

        // RBPT 97112 ankle: one-on-one, BOSU perturbations, lateral hops, star reaches; L ankle proprioception after a sprain; Y-balance and hops; footer 97112 - 23 min: passes.
        ["vord-h109-rbpt-ankle-proprioception-97112"] = new(
            """
            Subject: Your visit summary
            Hi Marcus,
            Just you and me for the whole balance block - no one else on my schedule.
            Here's what we did: perturbations on the BOSU, lateral hops over the line and stick, star excursion reaches on the left.
            Why we're doing it: your left ankle's position sense (proprioception) is still behind after the sprain on the court.
            Your numbers: Y-balance anterior L 63 cm, R 69 cm; 9 of 10 hops stuck.
            For your insurance: 97112 - 23 min
            - Hana
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // RBPT 97140 + 97110 with minutes each in the footer (12, 15), both match; lumbar PA glides and STM with range; core and hip exercises with doses, low back: passes.
        ["vord-h109-rbpt-low-back-97140-and-97110"] = new(
            """
            Subject: Your visit summary
            Hi Jim,
            Here's what we did: first, joint mobilization to your low back (PA glides L3 to L5) and soft-tissue work to the paraspinals; then exercises - bird dogs 3x10, dead bugs 3x10, bridges 3x15, hip hinge with the dowel 2x10.
            Why we're doing it: your low back is stiff and your core and hip muscles are weak, so lifting the drift boat hurts.
            Your numbers: fingertips to floor 10 cm (22 cm at the start).
            For your insurance:
            97140 manual therapy - 12 min
            97110 therapeutic exercise - 15 min
            - Cody
            """,
            ["M54.50"], [PT("97140", 12), PT("97110", 15)], []),

        // RBPT PTA 97530: floor to stand, carrying the laundry basket on the stairs, getting in and out of the truck with counts and assist; hip and quad weakness; footer 97530 - 22 min: passes.
        ["vord-h109-rbpt-pta-97530-floor-and-truck"] = new(
            """
            Subject: Your visit summary
            Hi Norm,
            Here's what we did: getting down to the floor and back up through half kneel with the chair 5 times with stand-by help; carrying a 10 lb laundry basket up and down 6 stairs 3 times; getting in and out of your truck's cab using the grab handle 4 times.
            Why we're doing it: your hips and thighs are weak since the hospital stay, and you couldn't get up after the fall in the shop.
            For your insurance: 97530 therapeutic activities - 22 min
            - Jess Kowalczyk, PTA
            """,
            ["M62.81", "Z91.81"], [PTA("97530", 22)], []),

        // RBPT 97116 after a hip replacement: walker to cane on the Greenbelt with distance and assistance; antalgic gait and Trendelenburg; footer 97116 - 21 min: passes.
        ["vord-h109-rbpt-97116-greenbelt-after-tha"] = new(
            """
            Subject: Your visit summary
            Hi Helen,
            Here's what we did: gait training on the Greenbelt - from the walker to the cane, cues for an even step and standing tall over your left leg.
            Why we're doing it: after your left hip replacement (2/2) you still limp and your hip drops on the other side (Trendelenburg).
            Your numbers: 900 feet with the cane and stand-by help; half a mile total with the walker last week.
            For your insurance: 97116 gait training - 21 min
            - Hana
            """,
            ["Z96.642"], [PT("97116", 21)], []),

        // RBPT quoting the patient-facing explanation in the clinician's note ("Explained to pt: 'your brain has to relearn which foot is where'"); one-on-one, foam perturbations, tandem; proprioception after a knee replacement; SLS seconds; footer 97112 - 22 min: passes.
        ["vord-h109-rbpt-explained-to-pt-quote"] = new(
            """
            Subject: Your visit summary
            Hi Gwen,
            One-on-one with me the whole balance block.
            Here's what we did: standing on the foam while I pushed at your hips, heel-to-toe walking, single-leg stance at the counter with head turns.
            Why we're doing it: like I explained, "your brain has to relearn which foot is where" - the new knee's position sense (proprioception) is still low.
            Your numbers: single-leg stance R 7 sec (3 on 2/17), 6 of 10 pushes caught without a step.
            For your insurance: 97112 - 22 min
            - Cody
            """,
            ["Z96.651", "R26.81"], [PT("97112", 22)], []),

        // LHP 97110 for a toe walker: calf stretches, heel walking, squats with counts and holds; calf tightness and weakness; Billing 97110 15 min: passes.
        ["vord-h109-lhp-toe-walker-97110"] = new(
            """
            Hi Mr. Vandenberg,
            What we did: calf stretches on the wedge 4 holds of 30 seconds each leg, heel walking 4 lengths of the hall, squats to the little bench 3 sets of 10.
            What we're working on: Ethan's tight and weak calves - he walks on his toes and his ankles bend only to neutral.
            Billing: 97110 therapeutic exercise - 15 min
            Lauren Tate, PTA
            """,
            ["R26.89"], [PTA("97110", 15)], []),

        // LHP young adult with CP on 97112: one-on-one, perturbations, stepping over obstacles on the way to the Rapid bus stop, tandem; postural control with spastic diplegia; Berg; Billing 97112 24 min: passes.
        ["vord-h109-lhp-young-adult-cp-97112"] = new(
            """
            Hi Tyler,
            Today it was one-on-one, just you and me (your job coach Ana waited in the lobby).
            What we did: perturbations while you stood with your forearm crutches put away, stepping over the curb and the grate on the way to the Route 4 bus stop, tandem walking along the sidewalk line.
            Why: your postural control with the spastic diplegia - your knees lock and you fall back when you get bumped on the bus.
            Your numbers: Berg 42/56 (37 in January).
            Billing: 97112 - 24 min
            Ben Okafor, PT
            """,
            ["G80.1"], [PT("97112", 24)], []),

        // LHP OT 97530 for a child with Down syndrome: buttons, zipper and shoe velcro with counts and cues; fine motor and hand weakness; Billing 97530 22 min: passes.
        ["vord-h109-lhp-ot-dressing-97530"] = new(
            """
            Dear Mrs. Afolabi,
            What we did: buttoning 5 large buttons on her practice vest, zipping her coat 3 times with the zipper started, opening and closing her shoe straps 4 times.
            What we're working on: Zainab's hand weakness and fine motor control with Down syndrome, so she can get ready for recess on her own.
            How she did: 4 of 5 buttons on her own, zipper with one cue.
            Billing: 97530 therapeutic activities - 22 min
            Mei Chen, OTR/L
            """,
            ["Q90.9"], [OT("97530", 22)], []),

        // LHP 97116 + 97112 with minutes each on the Billing line (18, 22), both match; gait with the walker and cues with distance; one-on-one, beam, perturbations, postural control, PBS: passes.
        ["vord-h109-lhp-97116-and-97112"] = new(
            """
            Dear Mr. and Mrs. Ramirez,
            I worked one-on-one with Sofia today.
            Walking: with her posterior walker down the hall and up the ramp, cues for heel first and a longer step; 300 feet with stand-by help. Her knees bend and her steps are short with the CP.
            Balance: the beam with bumps and kneeling on the tilt board. Her trunk postural control is still slow. Pediatric Balance Scale 28/56.
            Billing: 97116 - 18 min; 97112 - 22 min
            Priyanka Shah, PT, DPT
            """,
            ["G80.1"], [PT("97116", 18), PT("97112", 22)], []),

        // LHP PTA 97110 for a young adult with spina bifida: rows, push-ups on the wheelchair, shoulder press with loads; shoulder and core weakness for transfers; Billing 97110 17 min: passes.
        ["vord-h109-lhp-pta-wheelchair-strength-97110"] = new(
            """
            Hi Andre,
            Here's what we did: seated rows with the green band 3x15, wheelchair push-ups 3x8, shoulder press 4 lb 3x10, trunk rotations with the 2 kg ball 2x10.
            Why: your shoulders and core are weak for the transfers at your job at the library, with the spina bifida.
            Billing: 97110 therapeutic exercise - 17 min
            Lauren Tate, PTA
            """,
            ["Q05.7"], [PTA("97110", 17)], []),

        // LHP 97112 concussion follow-up: one-on-one, gaze stabilisation, head-turn walking in the gym, ball catches turning; vestibular-ocular symptoms after a concussion; DGI and catches; Billing 97112 23 min: passes.
        ["vord-h109-lhp-concussion-gaze-97112"] = new(
            """
            Hi Mrs. Walsh,
            I saw Ryan (age 12) one-on-one today.
            What we did: gaze stabilization with the card, walking the gym turning his head to read the numbers on the wall, catching the ball while turning.
            What we're working on: his inner ear and eye teamwork (vestibular-ocular) since the concussion - he gets a headache and sways with fast head turns.
            How he did: Dynamic Gait Index 21/24; 9 of 10 catches with no symptoms.
            Billing: 97112 - 23 min
            Ben Okafor, PT
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // SBH PTA 97110 shoulder after a rotator cuff repair: pulleys, wand flexion, isometrics with doses; R shoulder weakness and range; Time 16 matches: passes.
        ["vord-h109-sbh-pta-cuff-repair-97110"] = new(
            """
            SBH Outpatient Rehabilitation - Cloquet clinic
            Treatment: TE - pulleys flexion 2x15, wand flexion supine 2x10, submax ER and IR isometrics 10x5 sec, scap retractions 2x15.
            Assessment: R shoulder weakness and limited flexion after the rotator cuff repair (12/12); AAROM flexion 135 degrees.
            Time: 97110 TE 16 min - R. Bergquist, PTA
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: moving your right shoulder and making it stronger.
            """,
            ["Z98.890", "M75.121"], [PTA("97110", 16)], []),

        // SBH 97112 + 97116 each on its Time line (23, 15), both match; one-on-one, perturbations, foam, ataxia, SARA; gait with the rollator on the ramp with distance: passes.
        ["vord-h109-sbh-ataxia-97112-and-97116"] = new(
            """
            SBH Outpatient Rehabilitation - Lakeside campus
            Treatment: NMR one-on-one - Frenkel-style heel-to-target stepping, perturbations on foam, tandem with weighted vest 2 lb.
            Assessment: cerebellar ataxia with truncal sway and dysmetria. SARA 13/40.
            Time: 97112 NMR 23 min
            GT - rollator on the ramp and the hall, cues for a narrower base; 450 ft with SBA. Wide-based staggering gait.
            Time: 97116 GT 15 min
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: stepping to targets and walking with your rollator.
            """,
            ["G11.1"], [PT("97112", 23), PT("97116", 15)], []),

        // RBPT 97112 for a woman with MS: one-on-one, perturbations, tandem on foam, stepping over hurdles; proprioception and motor control with MS; FGA; footer 97112 - 25 min: passes.
        ["vord-h109-rbpt-ms-97112"] = new(
            """
            Subject: Your visit summary
            Hi Laura,
            One-on-one today, start to finish.
            Here's what we did: perturbations at your hips, tandem walking on the foam beam, stepping over the hurdles with your right leg leading.
            Why we're doing it: MS has dulled the position sense in your right leg and slowed its control (proprioception and motor control), so it catches on curbs.
            Your numbers: FGA 20/30 (16 on 2/5).
            For your insurance: 97112 - 25 min
            - Hana
            """,
            ["R26.89"], [PT("97112", 25)], []),

        // LHP OT 97530 young adult at the grocery: carrying a basket, reaching the top shelf, bagging with counts and assist; L hand weakness with hemiplegic CP; Billing 97530 24 min: passes.
        ["vord-h109-lhp-ot-grocery-97530"] = new(
            """
            Hi Destiny (and Grandma, who drove),
            What we did at the grocery on Plainfield: carrying the basket on your left arm down 3 aisles, reaching the top shelf for the cereal 5 times, bagging 12 items using both hands with stand-by help.
            Why: your left hand is weak and slow with the hemiplegic CP, so you drop things when you use both hands at work.
            Billing: 97530 therapeutic activities - 24 min
            Mei Chen, OTR/L
            """,
            ["G80.2"], [OT("97530", 24)], []),

        // SBH 97140 knee: patellar glides and tibiofemoral glides with flexion range after a knee replacement; Time 11 matches: passes.
        ["vord-h109-sbh-97140-knee-glides"] = new(
            """
            SBH Outpatient Rehabilitation - Two Harbors clinic
            Treatment: MT - patellar glides sup and inf, tib-fem A-P glides grade III 3x30 sec, STM to the distal quad.
            Assessment: L knee stiffness after the TKA; flexion 96 -> 104 degrees after.
            Time: 97140 MT 11 min - M. Dahl, PT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: loosening your knee.
            """,
            ["Z96.652"], [PT("97140", 11)], []),

        // RBPT complete 97112 (one-on-one, BOSU perturbations, hops; ankle proprioception; Y-balance) sent with no diagnosis.
        ["vord-h109-rbpt-no-diagnosis"] = new(
            """
            Subject: Your visit summary
            Hi Tina,
            Just the two of us today.
            Here's what we did: perturbations on the BOSU, lateral hops and stick, star reaches.
            Why we're doing it: your right ankle's position sense is slow since the sprain.
            Your numbers: Y-balance anterior R 60 cm, L 66 cm.
            For your insurance: 97112 - 22 min
            - Hana
            """,
            [], [PT("97112", 22)], [Dx]),

        // SBH complete 97112 (one-on-one, perturbations, foam; slow stepping reaction; Berg) with the referral's ICD-9 code 781.2 on the claim: not a well-formed ICD-10-CM code.
        ["vord-h109-sbh-icd9-781-2"] = new(
            """
            SBH Outpatient Rehabilitation - Cloquet clinic
            Treatment: NMR 1:1 - perturbations in stride stance, foam stance with head turns, stepping over hurdles.
            Assessment: slow stepping reaction and wide-based unsteady gait. Berg 41/56.
            Time: 97112 NMR 24 min - M. Dahl, PT
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: catching your balance.
            """,
            ["781.2"], [PT("97112", 24)], [Dx]),

        // SBH generic two-code AVS with only "Total time with your therapist: 37 minutes" and "You did a great job with your exercises and balance today!": no technique, deficit or measure for either code, no one-on-one for the 97112, no minutes for each.
        ["vord-h109-sbh-generic-two-codes-total"] = new(
            """
            SBH Outpatient Rehabilitation
            Treatment: Pt tolerated treatment well. Continue POC.
            ----- AFTER VISIT SUMMARY (given to patient) -----
            You did a great job with your exercises and balance today!
            Total time with your therapist: 37 minutes
            """,
            ["R26.81"], [PT("97112", 22), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // RBPT PTA footer "97116 - 32 min" against a 20-min PTA line: mismatch; otherwise complete (cane gait on the Greenbelt with distance and SBA; short L step after a hip fracture).
        ["vord-h109-rbpt-pta-gait-32-against-20"] = new(
            """
            Subject: Your visit summary
            Hi Howard,
            Here's what we did: gait training with your cane on the Greenbelt, cues for a longer left step; 800 feet with stand-by help.
            Why we're doing it: your left step is short and your hip drops since the hip fracture.
            For your insurance: 97116 gait training - 32 min
            - Jess Kowalczyk, PTA
            """,
            ["S72.002D"], [PTA("97116", 20)], [At(Mismatch, "97116")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
