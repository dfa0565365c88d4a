using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-eighteenth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, blind beside the hundred-and-sixteenth) is a random week of long narrative notes with
/// digressions — 250 to 500 words a note, the patient's story, family, work, hobbies, pets, weather, travel and
/// appointments woven in with their own numbers (ages, dates, years, distances, prices, scores of games, times of day,
/// room, bus and highway numbers), other people named throughout (spouses, grandchildren, neighbours, other clinicians,
/// a student), the therapist's reasoning in full sentences and the billed codes' minutes somewhere in the middle or at
/// the end — about two thirds ordinary and complete (66 of 102), single- and multi-code visits (97110, 97112, 97116,
/// 97140, 97530, up to three in a visit, a PT's and an OT's code on one visit), by PTs, a PTA and OTs, from three
/// employers:
/// <list type="number">
/// <item>a rural solo practitioner who writes every note as a letter to the referring provider ("Ruby Valley Physical
/// Therapy", RVPT: Nell Tregoning, PT, alone in a storefront on Main Street in Sheridan, Montana, with Thursdays in a
/// borrowed room at the Twin Bridges senior center; "Dear Dr. Quarrie," or "Dear Joanne," to Dr. Alastair Quarrie at
/// the Sheridan clinic and Joanne Burgwin, PA-C, in Ennis, signed "With regards, Nell", a printed letterhead form with
/// an "Attended throughout: ____" line at its foot, and the billed codes in a closing "For the record" sentence):
/// ranchers and their wives, a brand inspector, a fly-fishing guide on the Beaverhead, a retired school-bus driver, a
/// hunting outfitter, a 4-H granddaughter and her steer, Biscuit the blue heeler under the desk, snow on the Tobacco
/// Roots, the Griz and the Cats, the Madison County fair and the drive over the hill to Dillon;</item>
/// <item>a university residency clinic whose residents write reflective narratives ("Upper Cumberland University —
/// Doctor of Physical Therapy Residency Clinic", UCU: the teaching clinic on the Cookeville campus in Tennessee and its
/// satellite in Crossville; the "Resident Reflective Daily Note" with the headings "What happened", "What I was
/// thinking", "What went well and what didn't", "What I will do next", "Billing" and "Mentor co-sign", a "Direct 1:1
/// contact: [ ] yes [ ] no" row, a "Technique(s): ____" and an "Outcome measure: ____ Score: ____" row, minute boxes
/// "97112 [ 24 ] min", and first-person reasoning about what the resident noticed and would change): Dr. Ines Calloway
/// (PT, DPT, neurologic resident), Dr. Owen Pritchett (PT, DPT, orthopaedic resident), their mentor Dr. Harriet
/// Szczepanik (PT, DPT, NCS), Delia Ruckman (PTA), Mariela Santangelo (OTR/L, hand fellow) and Wren Tolliver (SPT, a
/// second-year student on her first full-time rotation); a tomato grower from Sparta Highway, a retired Tennessee Tech
/// chemistry professor, a fiddler at the Thursday bluegrass jam, a Cane Creek Park walker, a woman who quilts at the
/// Putnam County library, a Golden Eagles football score and Center Hill Lake;</item>
/// <item>a concierge practice that writes for patients who read their notes ("Little Traverse Concierge Physical
/// Therapy", LTC: home and cottage visits in Harbor Springs, Petoskey, the Bay View cottages and around Walloon Lake,
/// Michigan; notes addressed to the patient — "Hi Margaret, here's today's note" — under "What we did", "What I
/// noticed", "Your numbers", "Homework" and "For your insurance", a header row "Session: ● private ○ partner ○ small
/// group", the codes spelled out for the patient "Balance retraining (neuromuscular re-education, 97112) — 24
/// minutes"): Ottoline Marsh (PT, DPT, owner), Rafael Quintanilla (PT) and Leonie Faure (OTR/L); a retired surgeon who
/// sails a Catalina on Little Traverse Bay, a Petoskey-stone hunter on the breakwall, a Bay View chautauqua soprano, a
/// golfer at the Little Harbor club, a grandson up from Chicago, a housekeeper, a husband out on the boat, a dog
/// named Pilot, a golden retriever named Goldie and a winter in Naples.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads long narrative notes for a living:
/// the reviewer finds each class in the narrative as a careful reader would, wherever in the story it sits, and does
/// not take the story's people, numbers or past events for today's service — a grandson's age, a price at the pump, a
/// football score, the 7:40 shuttle, Room 214, a highway number and a fall two winters ago are not a measure, a minute or a
/// technique of today's visit:
/// <list type="bullet">
/// <item>class 1 (v1-h118-…): one-on-one in these writers' own words ("I had her to myself in the back room for all of
/// the balance work", "I stayed one-on-one with Mr. Rowe through the whole neuromuscular block while Dr. Szczepanik
/// watched from the doorway and Wren took notes", "it was just the two of us on your porch for all of it — Tom was
/// out on the boat", "you didn't share me with anyone for the balance work", "direct, one-to-one contact for the whole
/// block", "nobody in the room but Mrs. Pruitt, me and Biscuit under the desk", "Wren was treating a different
/// patient at the next plinth; I stayed one-on-one with Mrs. Hale"), notes that negate it (a rancher and his wife both
/// on the caseload worked together in the back room taking turns, a PTA guarding one patient on the stairs while
/// another stood on the foam, a sister and a patient coached together on a cottage deck) or never state it (a
/// letter, a resident's reflection), and the codes without a one-on-one check: an OT's 97530 in a teaching-kitchen
/// pair and a 97110 with a husband on the next bike;</item>
/// <item>class 2 (v2-h118-…): checkbox and blank-field states on these templates: "Direct 1:1 contact: [X] yes [ ] no"
/// and the same row with nothing ticked, "Session: ● private ○ partner ○ small group" and the row with no dot filled,
/// the letterhead's "Attended throughout: ____" blank and the same line filled in by hand, "Outcome measure: ____
/// Score: ____" left blank with no number anywhere, "Focus area: ____" left blank with no deficit anywhere, a blank
/// "Technique(s): ____" above a narrative that names them, and an unrelated "☐ Reviewed with mentor" left unticked
/// on a complete note;</item>
/// <item>class 3 (v3-h118-…): named programmes and methods as techniques (Cawthorne-Cooksey head and eye progressions,
/// PD Warrior's agility and dual-task drills, Kabat's PNF patterns with rhythmic initiation and slow reversal, Frenkel
/// exercises for ataxia, Mulligan mobilisation with movement, Maitland grade IV glides, the Spencer technique for a
/// frozen shoulder, Schroth rotational angular breathing with doses, body-weight-supported treadmill training), a
/// practice's own handout ("the Steady Feet sheet", "your Harbor Balance routine") as the only technique, an Otago
/// programme with no dose and no number, and gaze-stabilisation work with no deficit;</item>
/// <item>class 4 (v4-h118-…): deficits stated as findings inside the story (a rancher who can no longer feel the
/// stirrup and looks down to find it, a fly caster whose right hand comes through late, a woman who reached for the
/// pews in the dark church aisle on Christmas Eve, a professor who overshoots his coffee cup, a tomato grower whose
/// right hip drops pushing the wheelbarrow up the ramp, a grandmother who cannot lift the baby out of the car seat, a
/// sailor who cannot turn to see the bow, a woman who steps too late when the dog pulls, numb feet after chemotherapy)
/// and notes that state none (a letter of news and numbers, "Problem list: unchanged from evaluation", "Why it
/// matters: see your plan");</item>
/// <item>class 5 (v5-h118-…): measures in every usual form ("Berg 46 of 56", "TUG 10.8 seconds", "Mini-BESTest 19/28",
/// "five times sit to stand 14.2 s", "FGA 22 out of 30", "0.92 metres per second", an SOT composite, "caught 8 of 10
/// pushes", doses for 97110, distance and assistance for 97116, counts for 97530) and notes with none ("she's
/// steadier, Walt says so too", "I meant to do the Berg but we ran out of time", "you felt more confident today", an
/// exercise list with no doses, a walk to the end of the dock and back);</item>
/// <item>class 6 (v6-h118-…): minutes in these writers' forms (a letter's "For the record, I billed neuromuscular
/// re-education (97112), 24 minutes, and therapeutic exercise (97110), 14 minutes", a resident's "Billing: 97112 × 23
/// min; 97116 × 15 min", minute boxes, "For your insurance: Balance retraining (97112) — 25 minutes", a clock range on
/// the code's own line, minutes in words, a PT's and an OT's code each with its minutes, three codes each with its
/// minutes), true mismatches (a letter's 35 on a 22-minute line, a resident's 24 on a 12-minute 97110, the
/// concierge's 30 on an 18-minute 97116) and truly missing separate time (a letter's "all told we worked forty
/// minutes", a 97140 left without minutes beside a 97112 that has them, "All told, you and I worked 38 minutes
/// today" under the two codes);</item>
/// <item>class 7 (v7-h118-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty note on a two-code visit, spaces and line breaks on a PTA's 97112, an empty OT note with no
/// diagnosis), the contract's meanings for 97110 (step-ups, leg press and hip work for a strawberry grower), 97530
/// (a saddle lifted onto the rack, water buckets carried and rising from kneeling at the stock tank, by the solo PT),
/// 97140 (thoracic glides, rib mobilisation and soft tissue work for a golfer) and 97116 (a walker to a cane on the Bay View boardwalk), and wholly generic notes: a letter of ranch news
/// with "we did his balance exercises and he tolerated them well", a concierge note of two codes with only a total,
/// and a resident's "therapeutic exercise per plan" 97110;</item>
/// <item>ordinary (vord-h118-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), long and full of their patients' lives, and the ordinary weak ones: a complete note with no diagnosis and a
/// claim whose diagnosis is written as words ("gait instability") instead of a code.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — spouses, grandchildren, neighbours,
/// a housekeeper, a mentor and a student (none of them a patient; the rancher's wife in the back room, the man on
/// the foam while the PTA guarded the stairs and the sister on the deck are), ages, dates, years on a ranch or at a
/// university, distances in miles, prices, scores of games, times of day, room, bus and highway numbers, heights,
/// weights, loads in pounds, degrees and counts — and each is written so that a reviewer cannot take it for a billed
/// code's minutes; no story number is written in minutes, and a code's minutes are written next to the code (in a
/// sentence naming the code, "97112 — 24 min", "Billing: 97112 × 23 min"), in its block's heading, in a minute box or
/// as a clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the
/// three that give the visit a total ("all told we worked forty minutes", "All told, you and I worked 38 minutes
/// today" and the concierge's generic two-code note). Notes failed for want of a measure carry no number but their code and its minutes (their
/// stories are told without ages, dates or prices). DOC_GENERIC_ONLY is expected only where the note names no
/// technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number
/// and fails it only when the note has no number but its code and its minutes; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a
/// family member, caregiver, housekeeper, mentor or student in the room does not undo a one-on-one statement, another
/// patient treated in the same block does, and a clinician treating someone else in the same room does not undo the
/// billing clinician's own one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what a long story could honestly be read either way on: a past visit's techniques,
/// minutes or one-on-one told in the story as if they were today's (a letter's "last Tuesday we spent the whole
/// half hour on the foam"), a story's durations in minutes (a drive, a church service, a wait at the pharmacy), a
/// story number standing alone beside a code or a test name, a deficit that only the story's diagnosis names (a stroke
/// two years ago with no impairment today), a student treating the billed patient while the resident watched, and a
/// spouse who joined in the billed exercises as a second patient of no code; and a visit's total written in the
/// sentence that names the codes (which the contract would give to the code beside it) — every total here stands on
/// its own line or in a paragraph that names no code.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 86 of 102 cases agree (100 needed), and 10 of the 66 notes the reviewer passes got a finding, on the analyzer of d74bfab (the 2026-12-07 eighteenth session after the hundred-and-eleventh to hundred-and-fifteenth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 100 of 102, 1 false positive — "I had her alone in the back room", "I kept her to myself for all of it", "I had him by himself for both parts", "It was just her and me in the back room for the whole of the balance work", "Attended throughout: yes", "you didn't share me with anyone", a chosen "● private" on the session's row; "the ankle does not know where it is". Left: "For the balance part, it was just him and me in the room" (the balance part is the billed 97112, which the analyzer does not tie to it).</para>
/// <para>Later (2026-12-07, nineteenth session): 101 of 102, no false positive — "For the balance part, it was just him and me in the room" read as one-on-one for the 97112 (the part named before the clause is that code's); the false-positive fact runs again.</para>
/// </summary>
public class HeldOutNotesIssue18HundredEighteenthTests(ITestOutputHelper output)
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

        // RVPT letter to Dr. Quarrie: "I had her to myself in the back room for all of the balance work"; a grandson of 17, diesel at $4.09, 38 calves of 140, a Griz score; eyes-closed foam with head turns, pelvic pushes with stepping, a hurdle line of bucket lids; late stepping reaction, visual dependence, slow ankles with neuropathy; Berg and 6 of 10 pushes; "neuromuscular re-education (97112), 24 minutes" matches: passes.
        ["v1-h118-rvpt-to-myself-in-the-back-room"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Vera Lindeman came in this morning for the 9:15 appointment, driven the 11 miles from Alder by her grandson Cody, who is 17 now and got his license in January. She told me diesel at the Cenex is back up to $4.09 and that calving is going slow this year, 38 calves on the ground out of 140 heifers. She is 79 and still does the chores at the home place with her son, which is exactly why you sent her to me after the fall in the loafing shed in December.

            What I see is a late and small stepping reaction: when her weight goes past her toes she does not get a foot out in time, and she leans on her eyes heavily. Close her eyes on the foam and she sways into my hands within a few breaths. Her ankles are slow to correct, which fits the neuropathy in both feet you documented last fall.

            I had her to myself in the back room for all of the balance work. We started with standing on the foam pad, eyes closed, with slow head turns; then I gave her pushes at the pelvis from each direction and had her step to recover; then we finished stepping over the row of feed-bucket lids I keep as a hurdle line, without letting her look down.

            Her Berg today was 43 of 56 (37 in January), and she caught 6 of 10 backward pushes with a single step, which is better than anything she managed before Christmas.

            Cody waited out in the pickup with the dog and the replay of the Cat-Griz game. The Griz lost 24 to 17 in November and he is still sore about it.

            I plan to keep her twice a week through the end of March and add carrying a bucket while stepping, since that is what she does at the home place every morning.

            For the record, I billed neuromuscular re-education (97112), 24 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["R26.81", "G62.9"], [PT("97112", 24)], []),

        // UCU reflective note: "I stayed one-on-one with Mr. Rowe through the whole neuromuscular block while Dr. Szczepanik watched from the doorway and Wren took notes" (mentor and student not patients); shuttle route 4, a 31-28 score, 34 years teaching; rhythmic stabilisation in tall kneeling, metronome stepping to floor targets, foam perturbations; truncal ataxia, timing and sequencing; SARA and target hits; "Billing: 97112 × 24 min" matches: passes.
        ["v1-h118-ucu-mentor-in-the-doorway"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Harlan Rowe

            What happened: Mr. Rowe came over on the campus shuttle, route 4, a little before 1 p.m., still grumbling about the Golden Eagles losing 31–28 on Saturday. He retired in 2019 after 34 years teaching chemistry here and now judges the county science fair; his wife Dorothy dropped him off and went across to the library to return her book-club novel. I stayed one-on-one with Mr. Rowe through the whole neuromuscular block while Dr. Szczepanik watched from the doorway and Wren took notes for her case presentation. We did rhythmic stabilization in tall kneeling on the mat, then stepping to numbered targets on the floor grid to a metronome set at 96 beats, and then feet-together standing on the foam while I gave small perturbations at the trunk.

            What I was thinking: his ataxia is more truncal than limb. The timing and sequencing of his steps fall apart when the beat speeds up, he overshoots the far targets, and his trunk wobbles before his feet do. I wanted the kneeling work first to give him a stable trunk before I asked for the stepping.

            What went well and what didn't: the kneeling went well and he enjoyed the metronome because it reminded him of titrations in the lab. He was sloppy on the diagonal targets and I waited too long to slow the beat. His SARA today was 11.5 (13 at intake), and he hit 14 of 20 targets cleanly.

            What I will do next: move the stepping onto the foam strip and add a cognitive task, since he tells me he trips when Dorothy talks to him on the stairs at home.

            Billing: 97112 × 24 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // LTC patient-facing note: "it was just the two of us on your porch for all of it — Tom was out on the boat"; Walloon Lake, a 1962 cottage, a granddaughter of 6, the 4:30 ferry; X1 viewing on the porch, head-turn walking along the rail, cushion stance with eyes closed; L vestibular hypofunction, oscillopsia; DGI and DVA lines; "(97112) — 25 minutes" matches: passes.
        ["v1-h118-ltc-just-the-two-of-us-on-the-porch"] = new(
            """
            Little Traverse Concierge Physical Therapy
            Hi Margaret, here's today's note, as promised.

            What we did: it was just the two of us on your porch for all of it — Tom was out on the boat with your neighbour Dick, and Pilot was asleep under the swing. We started with your gaze exercise (the X1 viewing one): the business card taped to the porch post, your head turning side to side while your eyes stay on the letters, first sitting on the glider and then standing. Then we walked the length of the porch rail turning your head to look at the lake and back on my count, and finished standing on the couch cushion with your eyes closed.

            What I noticed: the left inner ear is still the weak side after the neuritis in October. When you turn your head quickly to the left the words on the card jump (that's the oscillopsia we talked about), and on the cushion you drift left when your eyes close. That is why we keep doing the card even though it's boring.

            Your numbers: Dynamic Gait Index 18 of 24 (it was 13 when we started). On the eye chart you lost 3 lines with your head moving, down from 5.

            Life things: you told me the cottage was built in 1962 by your father and that Ellie, who is 6, is coming up from Evanston on the 14th. You want to be able to walk her down to the dock and stand there without holding the post. You also said the 4:30 ferry to Mackinac is the one you'd like to try in June — I think that's a fine goal.

            Homework: the card exercise three times a day, and the porch walk with head turns once, with Tom nearby.

            For your insurance: Balance retraining (neuromuscular re-education, 97112) — 25 minutes.

            Ottoline Marsh, PT, DPT
            """,
            ["H81.22"], [PT("97112", 25)], []),

        // LTC Rafael: "you didn't share me with anyone for the balance work"; a 1978 Catalina, Naples since 2011, golf at 8 a.m.; large-amplitude stepping, backward stepping to cues, reactive steps to pulls; small steps and slow backward reactions in Parkinson's; Mini-BESTest and pull-test steps; "(97112) — 23 minutes" matches: passes.
        ["v1-h118-ltc-you-did-not-share-me"] = new(
            """
            Little Traverse Concierge Physical Therapy — Harbor Springs
            Hi Richard, here's the note from this morning's visit.

            What we did: you didn't share me with anyone for the balance work today; Anne had gone into Petoskey for her hair appointment and the housekeeper was upstairs. We did big stepping in every direction on the living-room rug, reaching the arms wide with each step the way we practised; backward steps when I called "back", with me behind you; and reactive steps, where I pulled gently at your hips from behind and you stepped to catch yourself.

            What I noticed: your steps get small and quick when you are tired or turning, which is the Parkinson's pulling your movements smaller, and when I pull you backward your feet are slow to get out behind you. Your first step back was better today than last week, but the second step is still short.

            Your numbers: Mini-BESTest 19 of 28 (16 in January). On the pull test you took 3 steps to recover, down from 5.

            Life things: you told me again about the 1978 Catalina you had on Little Traverse Bay until you sold it, and that you've wintered in Naples since 2011 but decided to stay up here this year for the grandkids. You'd like to be back on the golf course when the Little Harbor club opens, with your 8 a.m. tee time on Tuesdays. We talked about what that will take: stepping backward out of a bunker, turning on a slope and standing still over a putt.

            Homework: the big steps twice a day in the hallway, ten in each direction, and ask Anne to call "back" at random while you're walking to the kitchen.

            For your insurance: Balance retraining (neuromuscular re-education, 97112) — 23 minutes.

            Rafael Quintanilla, PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // UCU ortho resident: "This was direct, one-to-one contact for the whole block"; a Cookeville High point guard, 17, the Highway 111 drive, a 58-54 game; rocker board perturbations, single-leg foam stance with ball tosses, hop-and-stick; R knee proprioception and quad timing after ACL reconstruction; Y-balance reach and hop-and-stick count; minute box "97112 [ 22 ] min" matches: passes.
        ["v1-h118-ucu-direct-one-to-one-contact"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Owen Pritchett, PT, DPT (orthopaedic resident)
            Patient: Kaylee Hensley
            97112 [ 22 ] min

            What happened: Kaylee is 17, a point guard at Cookeville High, five months out from her right ACL reconstruction with a patellar-tendon graft. Her mom drove her in from the Highway 111 side after school and sat in the waiting room grading papers. She told me the team won 58–54 on Friday and she sat on the bench in her warm-ups cheering, which she hated. This was direct, one-to-one contact for the whole block. We did rocker-board work with me perturbing the board in both directions, single-leg stance on the foam catching and throwing a weighted ball to me from different angles, and hop-and-stick landings off a low step onto the foam.

            What I was thinking: her strength numbers from last week are good, but her knee proprioception on the right is still poor. She doesn't know where the knee is under her when she lands, her quad fires late and the knee drifts into valgus on the stick. That timing problem is what puts the graft at risk on the court, not her quad size.

            What went well and what didn't: she was far better on the rocker board than I expected. The hop-and-stick was messy when she was tired. I should have put it first.

            Numbers: Y-balance anterior reach 61 cm on the right and 68 cm on the left; 7 of 10 hop-and-stick landings with no valgus collapse.

            What I will do next: hop-and-stick first, then the perturbation work, and start cutting patterns on the foam once she lands 9 of 10.

            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // RVPT letter to Joanne: "nobody in the room but Mrs. Pruitt, me and Biscuit under the desk"; a 1996 Ford, the Madison County fair, a 4-H steer of 1,240 pounds; BAPS board circles, tandem walking on the tape line with head turns, reactive stepping; R ankle proprioception after a sprain; SLS and BAPS counts; "neuromuscular re-education (97112), 22 minutes" matches: passes.
        ["v1-h118-rvpt-only-me-and-biscuit"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Joanne,

            Thank you for sending Ardith Pruitt over from Ennis. She drove herself the 24 miles in her 1996 Ford and said the road over the hill was clear for once, though the Tobacco Roots have a fresh coat down to about the 7,000-foot line. She is 71, still keeps the books for her son's hay outfit and helps her granddaughter Jolene with the 4-H steer, who weighed in at 1,240 pounds last week and is headed for the Madison County fair in August.

            She turned her right ankle stepping off the tailgate in January. The ligaments have healed as you expected, but the ankle does not know where it is. On uneven ground in the corral she rolls it or grabs the panel, and standing on the right leg alone she hunts with her hips and arms for balance.

            Nobody was in the room but Mrs. Pruitt, me and Biscuit asleep under the desk for the whole of the balance work. I had her on the BAPS board on the right leg, circles clockwise and counter, then tandem walking on the tape line on my floor with head turns, then reactive stepping, where I nudged her at the shoulder and she had to catch herself on the right foot.

            She stood on the right leg alone for 12 seconds today (4 at her first visit) and ran 8 clean circles on the BAPS board at level 3 before touching the edge.

            She asked whether she can go to the branding at her cousin's on the 21st. I told her yes if she stays on the fence side and wears her lace-up boots.

            For the record, I billed neuromuscular re-education (97112), 22 minutes.

            With regards,
            Nell
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // UCU: "Wren was treating a different patient at the next plinth under Dr. Szczepanik; I stayed one-on-one with Mrs. Hale" (another clinician's patient, not the billing clinician's); a quilt of 1,600 pieces, the Putnam County library on Tuesday, a grandson at Fort Campbell; PNF trunk chops and lifts, seated perturbations, reaching out of base on the foam; postural control and sensory loss after a thalamic stroke; Berg and reach; "Billing: 97112 × 23 min" matches: passes.
        ["v1-h118-ucu-student-at-the-next-plinth"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Wanda Hale

            What happened: Mrs. Hale is 74 and has been quilting with the group at the Putnam County library every Tuesday since 2008; she brought a picture of the quilt she's finishing for her grandson at Fort Campbell, 1,600 pieces in a lone-star pattern. Wren was treating a different patient at the next plinth under Dr. Szczepanik's supervision; I stayed one-on-one with Mrs. Hale for the whole of our block. We started with PNF chops and lifts from sitting, moved to seated perturbations on the edge of the plinth while she held her trunk still, and finished standing on the foam reaching out past her base to clothespins on the bar.

            What I was thinking: since her left thalamic stroke last summer she has reduced sensation down the right side and her postural control falls apart when she can't see her right foot. She sits crooked without knowing it and leans right until she catches herself. The chops give her a rotation she has lost, and the perturbations make her find her midline without looking.

            What went well and what didn't: the chops were good; the perturbations frightened her at first and I had to grade them down. I noticed her hand went to the plinth edge whenever Wren's patient laughed, so the room was more distracting than I'd like.

            Numbers: Berg 41 of 56 (35 three weeks ago); forward reach on the foam 8 inches.

            What I will do next: book the quiet room for her Thursdays, and add a lap-tray task so she reaches while sitting, since that is how she pins the quilt.

            Billing: 97112 × 23 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["I69.351", "R20.8"], [PT("97112", 23)], []),

        // RVPT letter: Earl and June Haskins both on the caseload, "I worked them both together in the back room, taking turns on the foam and the pushes" — another patient treated inside the block: one-on-one missing on Earl's 97112; 52 years married, 2,300 acres, a 1974 Farmall; foam, pushes, hurdle stepping; slow hip strategy and sway; Berg and pushes present.
        ["v1-h118-rvpt-rancher-and-wife-together"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Earl Haskins came in with June this afternoon, as they do every Monday and Wednesday now that you have both of them on my list. They have been married 52 years, run 2,300 acres up the Ruby with their son, and Earl still starts the 1974 Farmall every morning to feed, which is the whole reason he wants his balance back. June's hip is coming along well and I'll write about her separately.

            Since he slipped on the ice by the stock tank in January, Earl's hip strategy is slow: when he loses his balance backward his hips don't move and he goes over like a post. He also sways more than I like with his eyes shut, and he tells me he grabs the feeder rail in the dark of the morning.

            I worked them both together in the back room today, taking turns on the foam and the pushes: while June held her foam stance, Earl stepped over the hurdle line of bucket lids, and then they swapped. For Earl that was foam standing with eyes closed and head turns, backward pushes at the shoulders with a step to recover, and the hurdle line forward and sideways.

            Earl's Berg was 45 of 56 today (40 in January) and he recovered 5 of 10 backward pushes with a single step.

            They brought me a dozen eggs and a story about the neighbour's bull getting through the fence on Sunday. June says she wants to go to the Cattlemen's dinner in Dillon on the 28th and dance one slow one with him. I think that's a fine goal for both of them.

            For the record, I billed neuromuscular re-education (97112), 24 minutes, for Earl.

            With regards,
            Nell Tregoning, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // UCU PTA: "I had Mr. Ogle standing on the foam in the corner while I guarded Mrs. Dyer on the practice stairs" — another patient treated in the billed block: one-on-one missing; a 1,000-acre tobacco farm, a fiddle at the Thursday jam, a son at the Cummins plant; foam head turns, tandem walking, step-and-hold; somatosensory loss in the feet; Berg and tandem seconds; "97112 — 21 min" matches.
        ["v1-h118-ucu-pta-stairs-and-foam"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (CROSSVILLE SATELLITE)
            Daily Note — Delia Ruckman, PTA (supervising PT: Owen Pritchett, PT, DPT)
            Patient: Clyde Ogle
            97112 — 21 min

            What happened: Mr. Ogle is 81, grew up on a tobacco farm of a thousand acres out toward Pleasant Hill and still plays fiddle at the Thursday bluegrass jam on the square. His son works second shift at the Cummins plant and brought him in on his way. Today the clinic was short-handed because Brenda was out sick, so I had Mr. Ogle standing on the foam in the corner while I guarded Mrs. Dyer on the practice stairs across from him, and went back and forth to cue him. With him we did foam standing with head turns to the right and left, tandem walking along the hallway tape, and step-and-hold onto the foam strip, holding three counts on each landing.

            What I was thinking: his diabetic neuropathy has taken most of the feeling from both feet. He can't tell where his feet are on the foam, he watches them the whole time, and when he looks up to turn his head he sways until he grabs the rail.

            What went well and what didn't: the step-and-hold was the best I've seen from him. The tandem walking is still choppy and he reaches for the wall at the turn.

            Numbers: Berg 42 of 56 today. Tandem stance 7 seconds with the right foot in front, 4 with the left.

            What I will do next: talk to Owen about his Thursday jam, because he stands to play and says he has to lean on the piano. I'd like to work standing while he holds a fiddle case.
            """,
            ["E11.42"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // LTC Rafael: "I coached you and Ruth together on the deck, one on each end" — the sister is his patient too: another patient in the billed block: one-on-one missing; Bay View cottage since 1951, a chautauqua soprano, lemonade at $3; rhythmic stabilisation, tandem on the deck boards, reactive steps; ankle proprioception and sway after a fall; FGA and perturbations present.
        ["v1-h118-ltc-sister-on-the-deck"] = new(
            """
            Little Traverse Concierge Physical Therapy — Bay View
            Hi Eleanor, here's today's note.

            What we did: since you and Ruth are both seeing me this month and wanted to do it together, I coached you and Ruth together on the deck, one on each end, going back and forth between you. For you that was rhythmic stabilization standing (me pushing gently at your shoulders and hips in different directions while you held still), tandem walking along one deck board with your head turning to watch the bay, and reactive steps when I nudged you forward and back.

            What I noticed: your ankles are slow to tell you where you are after the fall on the cottage steps in November, and you sway more than you realise when you look away from your feet. Your hips still do most of the work where the ankles should.

            Your numbers: Functional Gait Assessment 21 of 30 (17 in January). You recovered 7 of 10 of my nudges with one step.

            Life things: your family has had the cottage on Glendale since 1951 and you told me you sang soprano in the chautauqua choir for 30 summers. The granddaughters want to sell lemonade at the end of the walk again at $3 a cup, and you'd like to stand behind the table for the afternoon. That's a good goal. You also mentioned your cardiologist appointment in Traverse City on the 19th; bring your walking poles for the parking structure.

            Homework: the deck-board walk with head turns once a day, with Ruth beside you, and the heel-to-toe standing at the counter.

            For your insurance: Balance retraining (neuromuscular re-education, 97112) — 24 minutes.

            Rafael Quintanilla, PT
            """,
            ["S93.491D", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // RVPT letter, complete except for attendance: nothing says how he was seen; a brand inspector for 31 years, a 240-mile week, a Bobcats score; perturbations on the wobble board, stepping over a lariat, eyes-closed foam; slow ankle strategy and visual dependence; Berg and FGA present; "(97112), 23 minutes" matches: one-on-one not stated.
        ["v1-h118-rvpt-letter-unstated"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Walt Brennan came in at 10 this morning. He has been the state brand inspector for this end of the county for 31 years and still drives about 240 miles a week between sale barns and ranch gates, which he plans to keep doing until he is 70, two years from now. He told me the Bobcats looked good in the spring scrimmage and that his wife Colleen has started making him use the railing on the porch steps since he went down in the chute alley in December.

            His problem is mostly his ankles and his eyes. His ankle strategy is slow: on a tilting surface he doesn't make the small corrections at the ankle and jumps straight to his hips or a step. And he leans on his vision far too much; on the foam with his eyes shut he sways hard to the left.

            Today we did perturbations on the wobble board, with me tipping it slowly in each direction while he corrected at the ankles; stepping over a lariat laid in loops on the floor, forward and sideways, without looking at it; and standing on the foam with his eyes closed and head turns to each side.

            His Berg was 47 of 56 (42 in January) and his Functional Gait Assessment 23 of 30.

            He asked me to write down for you that he wants to be cleared to climb the sorting-alley catwalk at the Dillon sale barn by the first of May. I think that is realistic if the ankle work keeps coming along.

            For the record, I billed neuromuscular re-education (97112), 23 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // UCU reflection with every element but attendance: nothing says how he was seen; a tomato stand at $2.50 a pound, Sparta Highway, a granddaughter's wedding on June 6; Cawthorne-style habituation head movements, walking with pivots, foam with head nods; R vestibular hypofunction and motion sensitivity; DGI and MSQ; "Billing: 97112 × 24 min" matches: one-on-one not stated.
        ["v1-h118-ucu-reflection-unstated"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Dale Whitaker

            What happened: Mr. Whitaker sells tomatoes from a stand on Sparta Highway, $2.50 a pound, and the first planting goes in the greenhouse next week. He is 63 and drove himself for the first time since the vestibular neuritis in November. His granddaughter's wedding is on June 6 at a barn outside Baxter and he is determined to dance with her. We worked on habituation head movements in sitting and standing, the ones that stir up his dizziness, slowed down so it rose only a little; walking the hallway with a pivot on my call; and standing on the foam with head nods up and down.

            What I was thinking: his right vestibular hypofunction is compensating, but he still has motion sensitivity with quick turns and looking up, and he has been avoiding those movements, which keeps them provoking. I wanted the habituation to sit right at the edge of his symptoms without pushing him past it.

            What went well and what didn't: the pivots were good; the head nods on the foam were too much and I backed them off to sitting, which was the right call but I should have started there.

            Numbers: Dynamic Gait Index 17 of 24. His Motion Sensitivity Quotient dropped to 22 (38 at evaluation).

            What I will do next: add looking up to a shelf while standing on the foam, because he says reaching into the greenhouse rafters is what bothers him most, and give him the head nods at home only in sitting for now.

            Billing: 97112 × 24 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["H81.21"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // UCU OT 97530 in the teaching kitchen with a second patient at the other counter (97530 has no one-on-one check); the church potluck for 60, a 9x13 pan, a 1957 stove; standing at the counter, transferring a casserole dish to the oven, unloading the dishwasher with counts and assistance; R hemiparesis with weak grasp and standing tolerance; "Billing: 97530 × 24 min" matches: passes.
        ["v1-h118-ucu-ot-kitchen-pair-97530"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE) — OT TEACHING KITCHEN
            Reflective Daily Note — Mariela Santangelo, OTR/L (hand fellow)
            Patient: Peggy Sue Maynard

            What happened: Mrs. Maynard and another of our patients, Mr. Gentry, shared the teaching kitchen today, each at their own counter, and I moved between them. Mrs. Maynard is 68 and has cooked for the First Baptist potluck every fourth Sunday since 1985, about 60 people, and she wants to carry her own 9x13 pan to the fellowship hall again. Her husband Roy restored the 1957 stove in their kitchen himself, so the oven door is heavy and low. We worked standing at the counter: she assembled a casserole, lifted the filled dish and set it in the oven using both hands, and then unloaded the dishwasher into the upper cabinet.

            What I was thinking: since her left-hemisphere stroke her right hand grasp is weak and lets go under load, and she tires standing after a short while and starts leaning on the counter with her left forearm. I wanted the casserole transfer because it combines the grasp with the stand-and-turn that scares her at home.

            What went well and what didn't: the transfer went better than I feared, with a towel folded as a thicker handle. She dropped a plastic cup from the dishwasher when she reached above her shoulder.

            Numbers: the 2-pound casserole dish into the oven 4 times with stand-by assist; 14 items put away from the dishwasher with contact guard for the upper shelf; standing 11 of the 12 tasks without leaning.

            What I will do next: add a built-up handle to her oven mitt and practise the hall carry with the dish.

            Billing: 97530 × 24 min.
            """,
            ["I69.351"], [OT("97530", 24)], []),

        // LTC 97110 with the husband riding the other bike beside her (97110 has no one-on-one check; he is not billed here); Walloon Lake, a 14-foot kayak, the 6:15 sunrise; step-ups, sit-to-stands, bridges and band walks with doses; L knee and hip weakness after a knee replacement; "(97110) — 18 minutes" matches: passes.
        ["v1-h118-ltc-97110-husband-on-the-next-bike"] = new(
            """
            Little Traverse Concierge Physical Therapy — Walloon Lake
            Hi Judith, here's today's note.

            What we did: we worked in your basement gym. Bill rode the other bike next to you the whole time, complaining happily about the Lions, and that's fine by me. You warmed up on your bike and then we did step-ups onto the bottom stair, sit-to-stands from the low chair by the window, bridges on the mat, and side-stepping with the green band around your knees the length of the room.

            What I noticed: your left knee is ten weeks out from the replacement and bends well now, but your left quad and hip muscles are still weak. Your left knee buckles a little on the step down, and your hip drops on the left when you stand on that leg. That hip drop is what makes you waddle when you are tired, and it is what we are strengthening.

            Your numbers: step-ups 3 sets of 12 on a 7-inch step; sit-to-stands 3 sets of 10 from the 17-inch chair without your hands; bridges 3 sets of 15 with a 5-second hold; band walks 4 lengths each way with the green band. Knee bend was 118 degrees.

            Life things: you told me you want to paddle your 14-foot kayak across to the state park side of the lake by July, and that the sunrise over the water was at 6:15 this morning and you watched it from the dock for the first time since surgery. Your daughter Karen is driving up from Ann Arbor on the 12th with the twins, who are 4.

            Homework: the step-ups and the bridges every day; band walks every other day. Keep riding with Bill.

            For your insurance: Strengthening exercise (therapeutic exercise, 97110) — 18 minutes.

            Ottoline Marsh, PT, DPT
            """,
            ["Z96.652", "M62.81"], [PT("97110", 18)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states on these templates

        // UCU "Direct 1:1 contact: [X] yes [ ] no" ticked; a concussion in a rec-league soccer game, a 3.4 GPA, Room 214, the 7:40 shuttle; saccades and smooth pursuit in standing, X1 viewing while walking, foam stance with head turns; vestibulo-ocular deficit and visual motion sensitivity; DGI and near point of convergence; minute box "97112 [ 23 ] min" matches: passes.
        ["v2-h118-ucu-direct-contact-ticked"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Owen Pritchett, PT, DPT (orthopaedic resident)
            Patient: Marisol Tran
            Direct 1:1 contact: [X] yes [ ] no
            97112 [ 23 ] min

            What happened: Marisol is a junior in mechanical engineering with a 3.4 GPA she is worried about. She took a header from a teammate's knee in an intramural soccer game on February 8 and has had headaches and dizziness in busy places ever since. She came over from her 11 a.m. statics lecture in Room 214 of Brown Hall and has to be back on the 7:40 shuttle tomorrow for a lab, so we talked about how to pace the week. We worked standing on saccades between two letters taped on the wall and smooth pursuit of my pen, then X1 viewing of a letter while walking toward the wall, and then standing on the foam with head turns while she named the letters I held up.

            What I was thinking: her vestibulo-ocular reflex is not keeping up with quick head movement, and busy visual scenes (the dining hall, the library stacks) flood her. The foam adds the balance piece, because she stumbles when she turns her head in a crowd. I kept everything at the level where her symptoms rose a little and settled before the next round.

            What went well and what didn't: the saccades went well. Walking X1 made her headache rise more than I liked and I had to take it back to standing. I should have asked her rating before every round rather than every other.

            Numbers: Dynamic Gait Index 19 of 24; near point of convergence 9 cm (14 cm at evaluation).

            What I will do next: send a note to the Office of Disability Services about extra time on her midterm and add a busy-background card for the walking X1.

            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // UCU "Direct 1:1 contact: [ ] yes [ ] no" with nothing ticked and nothing in the narrative on how she was seen: not stated; an 1,800-mile drive, Cane Creek Park, two dachshunds; PNF stepping with resistance, weight shifts onto the L with tapping, step-ups with a hold; L hemiparesis with poor weight acceptance; Berg and stance percentage present; "97112 [ 24 ] min" matches.
        ["v2-h118-ucu-direct-contact-nothing-ticked"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Bettye Ledbetter
            Direct 1:1 contact: [ ] yes [ ] no
            97112 [ 24 ] min

            What happened: Mrs. Ledbetter and her husband drove back from visiting their son in Phoenix last week, about 1,800 miles in four days, and she felt it in her legs. She is 70, walks at Cane Creek Park with her two dachshunds, Pickles and Dumpling, and wants to do the full loop around the lake again, which she says is a little over a mile. Her husband Ray read the paper in the waiting room. We did PNF stepping forward and back with resistance at the pelvis, weight shifts onto her left leg while I tapped the glute med to wake it up, and step-ups onto a block with the left leg leading and a hold at the top.

            What I was thinking: since her right-hemisphere stroke in 2024 she has a left hemiparesis. She doesn't trust the left leg, keeps her weight on the right and hurries off the left in stance, and the left hip doesn't switch on until she is already falling into it. The tapping was to get the hip to fire earlier in stance.

            What went well and what didn't: the tapping worked better than the verbal cues. The step-ups were hard and she got frustrated after the third set; I should have mixed them in earlier.

            Numbers: Berg 44 of 56 today. On the scale she put 38% of her weight through the left leg standing quietly (29% in January).

            What I will do next: keep the tapping, add side-stepping along the counter, and talk with her about a cane for the park loop until her left stance is longer.

            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["I69.354"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // LTC header "Session: ● private ○ partner ○ small group" filled; a Petoskey stone of 3 pounds, the Bear River, a 1999 Buick, Naples on the 28th; foam stance with ball toss, stepping over the dog's toys, lateral pushes; bilateral foot neuropathy and ankle strategy; mCTSIB and perturbations; "(97112) — 22 minutes" matches: passes.
        ["v2-h118-ltc-session-private-filled"] = new(
            """
            Little Traverse Concierge Physical Therapy — Petoskey
            Session: ● private ○ partner ○ small group
            Hi Gordon, here's today's note.

            What we did: we worked in your front room by the window where the light is best. You had a new find on the sill, a Petoskey stone of about 3 pounds from the breakwall, which you polished on your wet wheel over the weekend. We did standing on the blue foam while catching and tossing the ball back to me from different angles, stepping over Pilot's toys scattered across the rug without looking down, and side pushes at your hips where you had to hold steady or take one step.

            What I noticed: the numbness in both feet from the neuropathy means your ankles are late to correct, so your hips jerk instead. When I pushed from the left you stepped wide every time. When you looked at the ball your feet moved without you knowing.

            Your numbers: on the four-condition standing test (mCTSIB) you held 30, 30, 18 and 6 seconds, the last on foam with eyes closed. You held 7 of 10 of my pushes without stepping.

            Life things: you told me that the Bear River had ice along the edges this morning when you walked the dog, and that your 1999 Buick finally needs new tires before you drive down to your sister's for her 80th. You fly to Naples on the 28th and want to walk the sand without your cane. That's a good reason to keep doing the foam work; sand is foam.

            Homework: foam standing twice a day by the counter, with the timer on your phone.

            For your insurance: Balance retraining (neuromuscular re-education, 97112) — 22 minutes.

            Rafael Quintanilla, PT
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // LTC header row "Session: ○ private ○ partner ○ small group" with no dot filled and nothing in the note on how she was seen: not stated; a Little Harbor golf scorecard of 96, a 2014 Lexus, a daughter at Northwestern; Cawthorne-style eye and head movements, walking head turns on the lawn, foam stance; vestibular hypofunction; DGI and DVA present; "(97112) — 23 minutes" matches.
        ["v2-h118-ltc-session-row-empty"] = new(
            """
            Little Traverse Concierge Physical Therapy — Harbor Springs
            Session: ○ private ○ partner ○ small group
            Hi Patricia, here's today's note.

            What we did: we started inside because of the wind off the bay, then went out on the lawn once it let up. Indoors we did your eye and head movements: eyes following my finger, then quick looks between two cards, then your head moving while you kept your eyes on one card, first sitting and then standing. Outside we walked the length of the lawn to the cedar hedge turning your head to look at the boats on my count, and finished standing on the foam pad with your feet together and head nods.

            What I noticed: your left inner ear is the weaker side since the viral infection last fall, and you still drift left when you turn your head fast. You told me the grocery aisles at Glen's are the worst, which makes sense: lots of motion past your eyes.

            Your numbers: Dynamic Gait Index 19 of 24 (14 in December). On the eye chart you lost 2 lines with your head moving, down from 4.

            Life things: your scorecard from the Little Harbor club last September is still on the fridge, a 96, and you want to break 100 again this summer. You drive a 2014 Lexus and feel fine behind the wheel now except when you check your blind spot, which we'll work on. Your daughter Claire is finishing at Northwestern in June and you're planning the drive down on I-94.

            Homework: the card exercises three times a day and the lawn walk with head turns once.

            For your insurance: Balance retraining (neuromuscular re-education, 97112) — 23 minutes.

            Ottoline Marsh, PT, DPT
            """,
            ["H81.22"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // RVPT letter on the letterhead form with "Attended throughout: ____" left blank at its foot and nothing in the letter on how he was seen: not stated; a hunting outfitter, 14 hunters, a mule of 1,100 pounds, elk season; tandem on a 2x6, stepping stones of feed sacks, pushes on the foam; proprioception and slow ankle correction after a tib-fib fracture; Berg and SLS; "(97112), 22 minutes" matches.
        ["v2-h118-rvpt-attended-throughout-blank"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Jake Ostrander came in at 2 this afternoon, a little stiff from shoeing his string yesterday. He has outfitted elk hunters in the Gravelly Range for 22 years and took 14 hunters out last fall before his mule Dolly, all 1,100 pounds of her, rolled on his left leg coming down the switchbacks on October 19. You know the rest: the tibia and fibula plated in Butte and six weeks of nothing on it.

            The bone has healed. What hasn't come back is knowing where his left foot is. He can't feel the ground well through the boot, his ankle is slow to correct when the ground tips, and he tells me he steps off the porch and the foot "isn't where I put it". On a trail that's how he'll go down again.

            We did tandem walking on a 2x6 laid flat on my floor, forward and backward; stepping from feed sack to feed sack laid out as stepping stones at odd angles; and standing on the left leg on the foam while I pushed him at the shoulders from the front, side and back.

            His Berg was 50 of 56 today, and he stood on the left leg alone on the floor for 14 seconds (6 on the first of February).

            He wants to be packing salt into the Gravellies by the middle of May and is already talking about the September bow season. I told him the first goal is the barn aisle in the dark without a hand on the wall.

            For the record, I billed neuromuscular re-education (97112), 22 minutes.

            With regards,
            Nell Tregoning, PT

            Attended throughout: ____
            """,
            ["S82.202D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // RVPT the same letterhead foot filled by hand: "Attended throughout: yes, start to finish, just the two of us — N.T."; a retired school-bus driver of 38 years, route 7, the Sheridan Panthers 52-48; rocker board, reactive stepping, head turns walking the sidewalk; R hemiparesis and slow stepping; Berg and 10-metre walk speed; "(97112), 25 minutes" matches: passes.
        ["v2-h118-rvpt-attended-throughout-filled"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Joanne,

            Lorraine Gustafson drove bus route 7 for the Sheridan schools for 38 years before she retired in 2017, and she still knows every child's grandparents in the valley. Her husband Duane dropped her off at 11 and went to the hardware store for stock-tank heater parts. She told me the Panthers beat Twin Bridges 52 to 48 on Friday in overtime and the gym was so loud she had to step outside, which is where she noticed her right foot catching on the threshold.

            Since the stroke in September her right side is slow. Her right leg is late to step when she loses her balance and she can't stop herself with it, and she carries her weight on the left. Her right ankle doesn't lift on time on the swing through, so the toe catches on anything raised.

            Today we did the rocker board side to side with her holding weight on the right for a count of three; reactive stepping where I tipped her toward the right and she had to catch herself with that foot; and walking the sidewalk out front along Main Street turning her head to read the shop windows I called out, with me on her right.

            Her Berg is 42 of 56 (34 in October) and her 10-metre walk was 0.81 metres per second today.

            She would like to ride along on the Pioneer Days parade float in June. I think we can get her up and down the float steps if the rocker work keeps coming.

            For the record, I billed neuromuscular re-education (97112), 25 minutes.

            With regards,
            Nell Tregoning, PT

            Attended throughout: yes, start to finish, just the two of us — N.T.
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // UCU "Outcome measure: ____ Score: ____" left blank and no number anywhere but the code and its minutes (the story is told without ages or dates): measure missing; one-on-one in the narrative; rhythmic stabilisation in standing, stepping over hurdles with head turns, foam reaches; postural control and slow stepping in Parkinson's present.
        ["v2-h118-ucu-outcome-measure-blank"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Virgil Atwood
            Outcome measure: ____ Score: ____

            What happened: Mr. Atwood came in with his daughter Rhonda, who teaches at the elementary school in Algood and had the afternoon off. He was a machinist at the old Fleetguard plant most of his working life and still tinkers in his garage, building birdhouses that he sells at the Saturday market on the square. He wanted to tell me about a cardinal pair that moved into one. I was one-on-one with him for the whole block while Rhonda sat in the corner. We did rhythmic stabilization in standing, my hands on his shoulders and pelvis and him holding against changing pushes; stepping over a line of small hurdles with his head turning to look at cards on the wall; and reaching from the foam pad to clothespins on the bar at different heights.

            What I was thinking: his Parkinson's has made his postural control poor when he reaches or turns his head, and his steps are short and slow to get going when he is caught off guard. The stabilization gives him a stiff base to react from, and the hurdles force a bigger step while he looks away from his feet.

            What went well and what didn't: the stabilization went well. He froze at the hurdles and I had to give him a rhythm to count out loud. I forgot to get his outcome measure today because we ran long talking about the birdhouses.

            What I will do next: do the outcome measure first thing next visit, before he is tired, and bring a metronome for the hurdles.

            Billing: 97112 × 22 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Measure, "97112")]),

        // LTC "Focus area: ________" left blank and nothing in the note names a deficit, system or body region: deficit missing; "Session: ● private" and "just you and me"; perturbations on the foam, tandem on the dock boards with head turns, stepping over the rope; FGA and perturbation count; a Bay View sailing race, a 1987 Tartan, a 3-1 Red Wings score.
        ["v2-h118-ltc-focus-area-blank"] = new(
            """
            Little Traverse Concierge Physical Therapy — Harbor Springs
            Session: ● private ○ partner ○ small group
            Focus area: ________
            Hi Charles, here's today's note.

            What we did: it was just you and me on the dock for the whole session; Susan was up at the house on a call with the architect about the boathouse. We did perturbations while you stood on the foam pad (me giving small pushes from the front, back and sides while you held your ground), heel-to-toe walking along a single dock board with your head turning to the left to watch the bay and back, and stepping over the coiled mooring line forward and sideways on my call.

            What I noticed: you were far more confident on the dock than last week. You talked the whole time, which is good practice in itself, and you didn't stop to look down once on the dock boards.

            Your numbers: Functional Gait Assessment 24 of 30 (20 on the 3rd of February). You held 8 of 10 of my pushes on the foam without stepping.

            Life things: you told me the 1987 Tartan is coming out of storage in Boyne City on May 15 and that you've entered the Wednesday night races out of the Little Traverse Yacht Club again, your 41st season. The Red Wings won 3–1 last night and you were up too late watching it. Your grandson Henry, who is 12, will crew for you in July.

            Homework: the dock-board walk with head turns once a day, and the foam pushes with Susan when she has a moment.

            For your insurance: Balance retraining (neuromuscular re-education, 97112) — 24 minutes.

            Ottoline Marsh, PT, DPT
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // UCU "Technique(s): ____" row left blank above a narrative that names them (PNF D1 and D2 patterns with rhythmic initiation, perturbed quiet standing, split-stance weight shifts): the filled-in text names the techniques; "Direct 1:1 contact: [X] yes"; L proprioception and recruitment after a stroke; Berg and 10MWT; "Billing: 97112 × 22 min" matches: passes.
        ["v2-h118-ucu-technique-row-blank-narrative-names-them"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (CROSSVILLE SATELLITE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Arlen Cooley
            Direct 1:1 contact: [X] yes [ ] no
            Technique(s): ____

            What happened: I left the technique row blank again, so here it is in words. Mr. Cooley is 77 and came in with his wife Nadine after their standing 10 a.m. coffee at the Cumberland Mountain General Store. He retired in 2006 from the county highway department, where he ran a grader for 29 years, and he is proud that he still cuts his own firewood, three cords this winter. We did PNF D1 and D2 patterns for the left leg in side-lying and then standing with rhythmic initiation; perturbed quiet standing, where I gave small unexpected pushes at the pelvis while he talked to Nadine; and split-stance weight shifts with the left leg forward, holding at the end of each shift.

            What I was thinking: after his right-hemisphere infarct he has poor proprioception in the left leg and slow recruitment of the left hip extensors and abductors. He loses track of the leg unless he looks at it, and when I push him toward the left the hip gives before it fires. The PNF patterns are to rebuild the timing of that recruitment.

            What went well and what didn't: rhythmic initiation worked well; he could feel the pattern by the third round. The pushes were too big at first and he stepped out with the right every time.

            Numbers: Berg 46 of 56; 10-metre walk 0.88 metres per second.

            What I will do next: smaller pushes and more of them, and add carrying a split log from the porch to the stove in standing, since that is the task he wants back.

            Billing: 97112 × 22 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // UCU complete note with an unrelated "☐ Reviewed with mentor" box left unticked (not one of the elements); a fiddler at the Thursday jam, 57 years playing, a 1936 Gibson; weight shifts on the rocker board, crossover stepping, foam stance with arm raises; "Direct 1:1 contact: [X] yes"; ataxia and timing after a cerebellar stroke; SARA and Berg; "97112 [ 24 ] min" matches: passes.
        ["v2-h118-ucu-mentor-review-box-unticked"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Royce Dunagan
            Direct 1:1 contact: [X] yes [ ] no
            97112 [ 24 ] min
            ☐ Reviewed with mentor

            What happened: Mr. Dunagan has played fiddle for 57 years and brought his 1936 Gibson mandolin to show Wren, who plays a little. He still goes to the Thursday night jam at the old depot but sits for all of it now, which he hates, because he stood for every tune until his cerebellar stroke last April. His son Travis brought him and waited in the truck listening to the Titans post-game. We did weight shifts on the rocker board front to back and side to side, crossover stepping along the tape line to the right and left, and standing on the foam lifting his arms overhead as if raising the fiddle.

            What I was thinking: his ataxia is worst in his trunk and legs together. The timing of his stepping is off; he throws the leg and the foot lands late and wide. When his arms go up his trunk sways and he has to put a hand down. The rocker board gives him a small controlled target to correct to before I ask him to step.

            What went well and what didn't: the arm raises were the best part, because he understood why. The crossover stepping to the left was poor and I had to stay very close.

            Numbers: SARA 10 (12.5 at intake); Berg 45 of 56.

            What I will do next: try him standing with the mandolin strapped on, since his goal is to stand up for one tune at the jam by summer. I still need to talk over the plan with Dr. Szczepanik, which is why the review box is empty.

            Mentor co-sign: pending
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // RVPT letter: Cawthorne-Cooksey progression (eye movements, head movements sitting and standing, ball tossed overhead, walking with turns); "I had him on his own in the back room"; R vestibular hypofunction with dizziness on turning; DGI and DVA; a fishing guide on the Beaverhead, 180 days a year, a 16-foot drift boat; "(97112), 23 minutes" matches: passes.
        ["v3-h118-rvpt-cawthorne-cooksey-fishing-guide"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Tucker Bray came over from Twin Bridges for his 8 a.m. slot, before the wind comes up. He guides on the Beaverhead and the Big Hole about 180 days a season out of a 16-foot drift boat and is booked solid from the salmonfly hatch in June. He is 44 and has two boys, 9 and 12, who both want to row like their dad.

            You sent him with a right vestibular hypofunction after the neuritis in January. He still gets dizzy and sees the bank swim when he turns his head fast to watch a fly, and he sways on the rocking floor of the boat when he looks downstream.

            I had him on his own in the back room for the whole session. We followed the Cawthorne-Cooksey progression: eye movements up and down and side to side, slow then fast; head movements with the eyes open, sitting then standing; tossing a ball from hand to hand above eye level and then below the knee; and finally walking across the room and turning on my call, first with eyes open and then looking up at the ceiling.

            His Dynamic Gait Index was 20 of 24 today (15 at evaluation) and on the eye chart he lost 2 lines with his head moving (5 at evaluation).

            He asked whether he can row the Hog Hole stretch with a client on the 15th of April. I told him to take his brother-in-law instead of a paying client the first time, and to let someone else tie the knots while the boat is rocking.

            For the record, I billed neuromuscular re-education (97112), 23 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // UCU PD Warrior: agility and dual-task drills from the PD Warrior programme (big fast steps, a coin-sorting dual task while walking, pivot turns to a clap) with "I was one-on-one with her the whole block"; small slow steps and freezing at turns; Mini-BESTest and a 360-degree turn count; a hymn-book of 1956, a granddaughter at MTSU; "Billing: 97112 × 24 min" matches: passes.
        ["v3-h118-ucu-pd-warrior-dual-task"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Opal Carver

            What happened: Mrs. Carver is 75 and plays piano for the Wednesday night service at Bethel Methodist out of a hymnal her mother bought in 1956. Her granddaughter Kelsey is a nursing student at MTSU and drove her today because the roads were wet. I was one-on-one with her the whole block. We used the PD Warrior drills: big, fast forward and backward steps with an arm swing, a walking dual task where she sorted coins from one pocket to the other while walking the hall, and pivot turns when I clapped, turning toward whichever side I called.

            What I was thinking: her Parkinson's shows up as small, slow steps that shrink further when she has to think, and she freezes at turns, especially in the narrow aisle at the church where she can't see her feet. Dual-task walking is exactly where she gets into trouble.

            What went well and what didn't: the big steps were lovely and she laughed. Sorting coins, she slowed to a shuffle within a few steps. I should have started the dual task with something simpler, maybe naming hymns.

            Numbers: Mini-BESTest 17 of 28 (14 in January); a full 360-degree turn took her 6 steps to the right and 9 to the left.

            What I will do next: hymn-naming while walking, then coins, and practise turns in the narrow space between two plinths to mimic the church aisle.

            Billing: 97112 × 24 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // LTC Kabat's PNF patterns (D1 and D2 leg patterns with rhythmic initiation and slow reversal) and stabilising reversals in standing, "one-on-one with me, no one else booked"; L hip and trunk motor control after a stroke; Berg and single-leg stance; a Bay View soprano, a concert on July 20, the 1890 auditorium; "(97112) — 24 minutes" matches: passes.
        ["v3-h118-ltc-kabat-pnf-soprano"] = new(
            """
            Little Traverse Concierge Physical Therapy — Bay View
            Hi Evelyn, here's today's note.

            What we did: one-on-one with me, no one else booked, in your sitting room with the piano pushed back. We used the Kabat patterns of PNF, the diagonal ones I showed you: first the D1 and D2 patterns for your left leg lying on your side, using rhythmic initiation (me moving the leg, then you helping, then you doing it against my hand) and then slow reversals back and forth. Then we stood at the piano and did stabilising reversals, me pushing at your hips and shoulders while you held still.

            What I noticed: since the stroke last spring your left hip and trunk don't switch on when you need them. Your motor control on the left is the problem: the strength is there when you think about it, but the muscles come on late, so your hip sags on the left when you stand on that leg.

            Your numbers: Berg Balance Scale 47 of 56 (41 in January). Standing on your left leg alone, 6 seconds (2 in January).

            Life things: you sang soprano in the Bay View Music Festival chorus for 23 summers and want to stand for the whole of the July 20 concert in John M. Hall, the 1890 auditorium with the wooden benches. You'd like to walk there from the cottage, about 400 yards, with your walking stick. Your son Peter arrives on the 9th from Grand Rapids.

            Homework: standing at the piano with your weight on the left leg while you sing one verse; Peter can give you the gentle pushes.

            For your insurance: Balance retraining (neuromuscular re-education, 97112) — 24 minutes.

            Rafael Quintanilla, PT
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // RVPT letter: Frenkel exercises (heel to targets in supine and sitting, stepping into footprints on the floor to a count) with "just the two of us in the room"; limb ataxia and dysmetria; SARA heel-shin and target accuracy; a retired telephone lineman of 33 years, a 1968 Ford, a wedding in Bozeman on June 14; "(97112), 22 minutes" matches: passes.
        ["v3-h118-rvpt-frenkel-lineman"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Gerald Voight came in at 1:30 with his wife Marlys, who went down the street to the Ruby Valley Hotel for coffee. He climbed poles for Mountain Bell and then Qwest for 33 years and can still tell you which line feeds which ranch between here and Alder. He is 72 and restoring a 1968 Ford pickup in his shop, and his granddaughter is getting married in Bozeman on June 14, where he wants to walk her to the arch across the lawn.

            His spinocerebellar ataxia shows up mostly in his legs. When he aims his foot, it overshoots and then corrects, and the timing of his steps wanders so that he lands too wide and too late. He tells me the shop floor is fine but the lawn will be the trouble.

            It was just the two of us in the room the whole time. We did Frenkel exercises: lying down, sliding his heel to targets I marked on his other shin, then lifting the heel to my fingers held at different heights; sitting, placing his foot on taped marks on the floor to my count; and standing, stepping into painted footprints in a line across the floor, slowly and to the beat of my counting.

            His SARA heel-to-shin item was 2 on each side (3 at evaluation), and he put 15 of 20 steps inside the footprints today, up from 9.

            I'd like to take the footprints outside onto the church lawn in May, if you agree, since that's where the wedding is.

            For the record, I billed neuromuscular re-education (97112), 22 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["G11.8", "R27.0"], [PT("97112", 22)], []),

        // UCU Mulligan mobilisation with movement for ankle dorsiflexion (belt-assisted weight-bearing MWM in lunge) and talocrural posterior glides; stiff R ankle after an ankle fracture; dorsiflexion degrees and knee-to-wall distance; a hiker at Burgess Falls, a 2022 sprain, the 136-foot falls; "97140 [ 12 ] min" matches: passes.
        ["v3-h118-ucu-mulligan-mwm-ankle"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Owen Pritchett, PT, DPT (orthopaedic resident)
            Patient: Brandon Leffew
            97140 [ 12 ] min

            What happened: Brandon is 34, a lineman for the electric co-op, and broke his right ankle in October stepping off a bucket-truck outrigger. He has a trip planned with his wife Ashley to hike down to the base of Burgess Falls, the 136-foot drop, on their anniversary in April, and he turned the same ankle on that trail in 2022. Wren ran the ankle measurements at the start with me checking. Then I did Mulligan mobilisation with movement: a belt-assisted posterior glide of the talus while he lunged his knee forward over the foot in standing, sets of ten; and talocrural posterior glides in supine, grade III, to finish.

            What I was thinking: his right ankle is stiff in dorsiflexion from the cast and the fracture. He can't get his knee over his toes on a step, so on the stairs and on a downhill trail he turns his foot out to cheat, which loads the inside of the knee. I chose the weight-bearing MWM because he gets more range with it than with the table glides alone.

            What went well and what didn't: the MWM gave him a clear gain and no pain. The supine glides were less useful. I'd drop them next time.

            Numbers: dorsiflexion 6 degrees before and 13 degrees after on the right (20 on the left); knee to wall 4 cm before, 9 cm after.

            What I will do next: teach him the self-MWM with a belt around the banister for home, and start step-downs once he has 15 degrees.

            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["S82.891D"], [PT("97140", 12)], []),

        // LTC Maitland grade IV central PA glides at L4 and L5 with soft-tissue work to the L erector spinae; lumbar hypomobility and stiffness turning to the L; extension and rotation degrees; a surgeon retired in 2018, a Catalina 30, the Naples condo; "(97140) — 11 minutes" matches: passes.
        ["v3-h118-ltc-maitland-grade-four"] = new(
            """
            Little Traverse Concierge Physical Therapy — Harbor Springs
            Hi Dr. Lindahl (I know, I know — Frank), here's today's note.

            What we did: on the portable table in your study we did Maitland mobilisations: central posterior-to-anterior glides at the two lowest lumbar levels, grade IV (small, firm pushes at the end of the range), three rounds at each level, with a rest between. Then I worked the soft tissue along the long muscles on the left side of your low back.

            What I noticed: your lower back is stiff at those two levels, especially when you lean back or turn to the left, and the muscles on the left guard. That's what you feel when you twist to reach the winch on the boat, and it's the same movement that ended your round at the Little Harbor club on the 9th hole.

            Your numbers: standing back-bend went from 12 to 20 degrees after the glides, and turning left in sitting from 30 to 38 degrees.

            Life things: you retired from orthopaedics at Northern Michigan in 2018 and claim you never once referred a patient to physical therapy, which I'm choosing not to believe. The Catalina 30 goes back in the water at the end of May and you want to single-hand her across to Charlevoix by July. Mary Beth is flying back from the Naples condo on the 22nd.

            Homework: the press-ups on the bed twice a day, and the seated rotation stretch with the towel. No lifting the outboard by yourself.

            For your insurance: Joint mobilisation (manual therapy, 97140) — 11 minutes.

            Rafael Quintanilla, PT
            """,
            ["M54.50", "M99.03"], [PT("97140", 11)], []),

        // RVPT letter: the Spencer technique for a frozen shoulder (the seven stages, with the scapula fixed) and inferior glides; R adhesive capsulitis with flexion and ER loss; degrees before and after; a ranch wife of 66 who hangs wash and saddles a 15-hand gelding; "manual therapy (97140), 13 minutes" matches: passes.
        ["v3-h118-rvpt-spencer-frozen-shoulder"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Joanne,

            Doris Kreitzer is 66 and has hung her wash on the line behind the house every Monday for 40 years, winter included, and she wants to saddle her 15-hand gelding, Dutch, for the trail ride on the Fourth of July. She drove the 42 miles from Ennis in her husband's truck this morning because hers has a flat, and she brought me a loaf of sourdough, which Biscuit tried to eat.

            Her right shoulder has been frozen since October. She can't lift her arm past her ear or reach behind her to tuck in a shirt, and the capsule is tight in every direction, worst into external rotation. Clothespins on the high line are out of reach and she can't swing the saddle up.

            Today I used the Spencer technique, seven stages with her lying on her left side and her shoulder blade held still with my hand: flexion, extension, circumduction with compression and then with traction, abduction, adduction with external rotation, internal rotation behind the back, and finishing with a stretch and pump. I added inferior glides of the humeral head, grade III, in between the stages where she was tightest.

            Her flexion went from 112 to 124 degrees and her external rotation from 18 to 27 degrees today.

            She asked me to tell you the steroid shot in February helped for about a week and a half. She is not keen on another. I'd like to give the manual work three more weeks before you decide.

            For the record, I billed manual therapy (97140), 13 minutes.

            With regards,
            Nell
            """,
            ["M75.01"], [PT("97140", 13)], []),

        // UCU Schroth: rotational angular breathing in side-lying and the "muscle cylinder" exercise, sets and holds; R thoracic curve, trunk asymmetry and back pain; Cobb angle from the X-ray and holds; a library quilter of 58, a granddaughter's 14th birthday and recital; "Billing: 97110 × 20 min" matches: passes.
        ["v3-h118-ucu-schroth-quilter"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Owen Pritchett, PT, DPT (orthopaedic resident)
            Patient: Linda Marcum

            What happened: Mrs. Marcum is 58 and is finishing a double-wedding-ring quilt at the Putnam County library quilting circle for her granddaughter's 14th birthday, which falls on the day of her piano recital at the Cookeville Performing Arts Center in May. She has had a scoliosis since she was a girl and the back pain has worsened since she started leaning over the quilting frame for hours. We did Schroth exercises: rotational angular breathing lying on her left side over a rolled towel, breathing into the concave side of her ribs; then the "muscle cylinder" in side-lying with her top arm and leg lifted and held; then seated corrections at the frame height we measured at her last visit.

            What I was thinking: her right thoracic curve pulls her ribs back on the right and drops the left shoulder, and her trunk muscles on the concave side are weak and can't hold the corrected position. She doesn't feel the asymmetry until she sees it in the mirror, which is why I use the mirror for every set.

            What went well and what didn't: the breathing was excellent; she felt the ribs move for the first time. The muscle cylinder was too long a hold and she shook by the second set.

            Numbers: rotational breathing 3 sets of 8 breaths; muscle cylinder 3 holds of 10 seconds each side; seated corrections 2 sets of 10. Her last X-ray showed a Cobb angle of 34 degrees.

            What I will do next: shorter cylinder holds and more of them, and check her frame set-up at the library on the 17th.

            Billing: 97110 × 20 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["M41.24", "M54.6"], [PT("97110", 20)], []),

        // UCU body-weight-supported treadmill training with the harness and manual stepping assist at the L foot; L foot drop and short R step after a stroke; speed, support percentage and distance with assistance; Wren setting the harness; a retired Tennessee Tech groundskeeper of 41 years, Highway 70, a 3-bedroom ranch house; "Billing: 97116 × 22 min" matches: passes.
        ["v3-h118-ucu-bwstt-groundskeeper"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Curtis Pippin

            What happened: Mr. Pippin kept the lawns on the Tennessee Tech quad for 41 years and can name every oak by the year it went in. He lives in a three-bedroom ranch house off Highway 70 with his wife Geneva and their bird dog, Sadie. Wren fitted the harness with me checking the straps. Then we did body-weight-supported treadmill training: the harness unloading part of his weight, the belt speed set slow, and me seated at the side guiding his left foot forward in swing while Wren cued his right step length from behind.

            What I was thinking: his right-hemisphere stroke left him with a left foot that drops and drags, and he compensates by taking a short, quick right step to get off the left leg. On the treadmill with support he can practise a symmetric pattern many more times than he could on the ground, and I can feel when the left foot starts clearing on its own.

            What went well and what didn't: he started clearing the left foot on his own near the end. I let the speed creep up too fast in the middle and the pattern broke down.

            Numbers: 30% body-weight support, belt at 1.2 mph, 420 feet in total with moderate assistance at the left foot, falling to minimal assistance for the last 100 feet.

            What I will do next: drop the support to 20%, keep the speed steady, and try overground walking in the hall with the same cues at the end of the session.

            Billing: 97116 × 22 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["I69.354", "M21.372"], [PT("97116", 22)], []),

        // RVPT letter: "we went through the Steady Feet sheet I gave her, all of it, in order" as the only description of what was done — names no technique; "I had her to myself"; slow ankle reactions and poor proprioception in the feet; Berg and TUG; a county commissioner's wife, a 1,400-acre place, a quilt raffle at $5 a ticket: technique missing.
        ["v3-h118-rvpt-steady-feet-sheet-only"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Irene Schaal came in at 9 with her husband Ken, who is on the county commission and had a meeting at the courthouse in Virginia City at 10:30, so he dropped her and left. They run a 1,400-acre place on the Ruby above Laurin, and she is 74. She is selling raffle tickets for the senior center's quilt at $5 apiece and sold me three before we started.

            She has poor proprioception in both feet from the neuropathy, and her ankles are slow to react. When the ground tips she doesn't correct at the ankle and ends up grabbing. She also tells me she has to look at the ground the whole way to the mailbox, which is about a quarter mile.

            I had her to myself for the whole session. We went through the Steady Feet sheet I gave her at her first visit, all of it, in order, so I could watch how she was doing it at home and correct her.

            Her Berg today was 46 of 56 (41 at the start of February), and her Timed Up and Go was 11.9 seconds (14.6).

            Ken asked me whether she should keep going to the Wednesday dances at the Grange. I said yes, with him, and the slow ones first. He also said the road grader hadn't been up their lane since the 20th, and the ruts worry me more than the dance floor does.

            I'd like to see her through the end of March and then let her carry on with the sheet at home.

            For the record, I billed neuromuscular re-education (97112), 22 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // LTC "we went through your Harbor Balance routine together" as the whole intervention — a practice's handout, no technique named; "private, just us"; ankle and hip reactions slow and visual dependence; FGA and TUG; a chautauqua lecture at 10 a.m., a granddaughter's tennis match 6-4, a 1,100-square-foot cottage: technique missing.
        ["v3-h118-ltc-harbor-balance-routine-only"] = new(
            """
            Little Traverse Concierge Physical Therapy — Petoskey
            Session: ● private ○ partner ○ small group
            Hi Joan, here's today's note.

            What we did: it was a private session, just us in your kitchen, since Hal was at the 10 a.m. lecture at the Bay View chautauqua. We went through your Harbor Balance routine together, start to finish, the way it's printed on the laminated card on your fridge, so I could see how you've been doing it on your own and tweak it.

            What I noticed: your ankles are slow to react when you lose your balance, so your hips and arms take over, and you rely on your eyes a great deal: in the dim hallway at night you feel for the wall. That's the same pattern we saw at your first visit, but it's smaller now.

            Your numbers: Functional Gait Assessment 22 of 30 (18 in January). Timed Up and Go 10.4 seconds, down from 12.7.

            Life things: your granddaughter Maya won her tennis match at Petoskey High 6–4, 6–3 on Saturday and you watched from the bleachers, which you said was the first time you'd climbed them in two years. Your cottage is only 1,100 square feet, but it has those two steps down into the sunroom with no rail, and we agreed a rail would be a good idea. Ray from the hardware store can put one in on the 11th.

            Homework: keep doing the routine once a day, the way it's printed, and call me if the card stops making sense.

            For your insurance: Balance retraining (neuromuscular re-education, 97112) — 23 minutes.

            Ottoline Marsh, PT, DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // RVPT letter: the Otago programme's strength set named (front and side strengthening, calf and toe raises, sit to stands) with no sets, repetitions, load or level and no number in the letter but its code and its minutes (the letterhead carries no street number): measure missing on 97110; hip and thigh weakness, can't rise from the low chair, present.
        ["v3-h118-rvpt-otago-no-dose"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Mabel Runnion came in this afternoon with her neighbour Clara, who drives her to town on the days her son is haying or feeding. Mabel has lived on the same place below the Ruby dam since she married, raised her children there, and still bakes the pies for the church bazaar every fall. She told me the wind took the roof off the calving shed on Sunday night and that her son and a couple of the Hanson boys had it back on by supper. She thought I'd want to know that she had supervised from a kitchen chair in the yard.

            Her problem is weakness in her hips and thighs, both sides, worse on the right. She cannot get up from the low chair at the kitchen table without pushing on the table and rocking, and she is slow on the porch steps, pulling herself up by the rail with both hands. That weakness is the main reason for her falls last winter, as you said in your referral.

            We worked through the strength part of the Otago programme: the front knee strengthening and side hip strengthening with the cuff weights, calf raises and toe raises holding the counter, and sit to stands from my chair, keeping her arms crossed when she could. I corrected her form on the side hip lifts, where she has been leaning her trunk.

            She is doing these at home most days, and Clara has been reminding her. She wants to be able to get up and down from the church pew without help by the spring bazaar.

            For the record, I billed therapeutic exercise (97110), 20 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["M62.81", "R29.6"], [PT("97110", 20)], [At(Measure, "97110")]),

        // UCU gaze-stabilisation work named (X1 viewing on a plain then a checkerboard background, walking X1 toward the wall) with a DGI and "one-on-one"; the reflection discusses only the progression and the story, and no deficit, system or body region is stated anywhere: deficit missing; a Golden Eagles basketball score 71-66, Room 108, the 3:15 bus.
        ["v3-h118-ucu-gaze-stabilisation-no-deficit"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Owen Pritchett, PT, DPT (orthopaedic resident)
            Patient: Denise Fryar

            What happened: Mrs. Fryar works the front desk at the Hooper Eblen Center and was still buzzing about the Golden Eagles beating Morehead 71–66 on Saturday. She came straight from her shift and has to catch the 3:15 city bus back, so we started on time in Room 108. I was one-on-one with her the whole block. We did gaze-stabilisation exercises: X1 viewing of a letter on a plain white card with her head turning side to side, first sitting, then standing; the same with the letter on a checkerboard background; and then walking toward the wall while keeping the letter in focus and turning her head.

            What I was thinking: I wanted to see whether she could hold the letter clear against the busy background before I progressed the walking, since last week we jumped straight to walking. I also wanted to keep the speed of the head turns steady, because she tends to speed up when she's nervous.

            What went well and what didn't: the checkerboard went better than I expected. The walking version was hard; she slowed right down and I should have set the metronome.

            Numbers: Dynamic Gait Index 20 of 24 (16 two weeks ago).

            What I will do next: metronome for the walking X1 at the speed she holds sitting, and try it in the hallway outside the arena offices, since that is where she works.

            Billing: 97112 × 21 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["H81.23"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings inside the story, or none stated

        // RVPT letter: "she can't feel the stirrup any more and has to look down to find it" (somatosensory loss in the feet as a finding); eyes-closed stance on the saddle-pad foam, stepping to targets without looking, pushes; "only the two of us in the room"; monofilament and Berg; a barrel racer of the 1970s, a 22-year-old mare, a $65 farrier bill; "(97112), 24 minutes" matches: passes.
        ["v4-h118-rvpt-cannot-feel-the-stirrup"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Darlene Fenwick ran barrels at every rodeo between Dillon and Livingston in the 1970s and still rides her 22-year-old mare, Pepper, up the bench behind the house most mornings. She came in at 10 fuming about the farrier's new price, $65 a trim, and about the wind, which knocked her garbage cans clear to the county road.

            Here is the finding that matters: she told me she can't feel the stirrup any more and has to look down to find it with her foot, and that on the ground she doesn't know whether she's standing on the edge of a rut until she looks. That is the diabetic neuropathy taking her feet away, and it is why she has started to lean on her eyes for every step.

            It was only the two of us in the room for the whole session. We did standing on the thick foam (I called it her saddle pad and she liked that) with her eyes closed, then stepping onto targets on the floor without looking down, with me calling the target number, and then small pushes at her hips while she stood on the foam, to make her ankles do the work.

            Her monofilament testing showed 4 of 10 sites felt on the right foot and 5 of 10 on the left; her Berg today was 45 of 56.

            She asked me to tell you she wants to ride in the Pioneer Days grand entry in June. I told her we'd work on getting her foot into the stirrup without looking, and that she should use the mounting block until then.

            For the record, I billed neuromuscular re-education (97112), 24 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["E11.42"], [PT("97112", 24)], []),

        // LTC Rafael: "when you cast, your right hand comes through late, after your shoulder has already stopped" (timing and sequencing of the R arm after a stroke as the finding); PNF D2 flexion with timing for emphasis, rhythmic stabilisation in standing, reaching to targets on a cue; "private — just you and me on the lawn"; Fugl-Meyer UE and target hits; a fly-tying bench, a 9-foot 5-weight rod, the Bear River; "(97112) — 22 minutes" matches: passes.
        ["v4-h118-ltc-right-hand-comes-through-late"] = new(
            """
            Little Traverse Concierge Physical Therapy — Petoskey
            Session: ● private ○ partner ○ small group
            Hi Walter, here's today's note.

            What we did: private, just you and me on the lawn by the river for all of it. You brought the 9-foot 5-weight rod from the garage so I could see the cast. Then we did PNF diagonal patterns for your right arm, the D2 pattern up and out, with me holding back the strong part of the movement so the late part could catch up (we call that timing for emphasis); rhythmic stabilisation standing, me pushing at your shoulders and hips; and reaching to targets I held in different places, on my "go".

            What I noticed: when you cast, your right hand comes through late, after your shoulder has already stopped, so the loop dies and the line piles up. That's the stroke: the timing and sequencing between your shoulder, elbow and hand on the right side is off, and your right arm is slow to start when I call "go". Your balance was fine today; it's the arm.

            Your numbers: Fugl-Meyer upper extremity 48 of 66 (42 in January). You touched 13 of 20 targets on time with the right hand.

            Life things: you tied a dozen flies at your bench on Sunday, Hendricksons for the opener on the last Saturday in April, and you want to fish the Bear River below the Mitchell Street bridge by then. Your wife Lois says you've been practising the cast in the driveway with a yarn line, which is perfect.

            Homework: the yarn-line cast in the driveway, slow, thinking "elbow, then hand".

            For your insurance: Balance and movement retraining (neuromuscular re-education, 97112) — 22 minutes.

            Rafael Quintanilla, PT
            """,
            ["I69.331"], [PT("97112", 22)], []),

        // UCU: "on Christmas Eve she reached for the pews all the way up the dark aisle" (visual dependence and somatosensory loss as the findings); eyes-closed and dim-light stance on foam, walking in the darkened gym with head turns, pushes; "Direct 1:1 contact: [X] yes"; mCTSIB and FGA; a candlelight service at 11 p.m., 212 people, the 1898 church; "97112 [ 23 ] min" matches: passes.
        ["v4-h118-ucu-reached-for-the-pews"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Joyce Kittrell
            Direct 1:1 contact: [X] yes [ ] no
            97112 [ 23 ] min

            What happened: Mrs. Kittrell told me the story that brought her in. At the 11 p.m. candlelight service on Christmas Eve, with 212 people in the 1898 sanctuary at First Presbyterian and the lights down, she reached for the pews all the way up the dark aisle to the communion rail and nearly sat down in a stranger's lap. She is 69 and otherwise walks two miles a day. We worked in the small gym with the lights dimmed: standing on the foam with eyes open and then closed, walking the length of the room with the overhead lights off and only the exit sign, turning her head on my call, and pushes at the pelvis on the foam.

            What I was thinking: her peripheral neuropathy means her feet tell her little, so she leans on her vision for balance, and when the lights go down she has nothing left. The job is to make her feet and inner ears do more of the work so the dark is less of a cliff.

            What went well and what didn't: she managed the dark walk better than she feared. On the foam with her eyes closed she still grabbed for the bar within a few seconds, and I was too quick to let her hold it.

            Numbers: mCTSIB 30, 30, 21 and 5 seconds; Functional Gait Assessment 20 of 30.

            What I will do next: more foam with eyes closed and a longer wait before my hand goes to her, and a talk with her about a small flashlight in her purse for the Easter vigil.

            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["G62.9", "R26.81"], [PT("97112", 23)], []),

        // UCU: "he overshoots his coffee cup and knocks it over" (upper-limb dysmetria and intention tremor as the findings); Frenkel-style targeted reaching, weighted-wrist reaching to targets, rhythmic stabilisation at the shoulder; "I stayed one-on-one with him"; SARA and nine-hole peg; a retired physics professor of 72, a Tech lecture hall 141, a Volvo of 2003; "Billing: 97112 × 22 min" matches: passes.
        ["v4-h118-ucu-overshoots-the-coffee-cup"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Dr. Emil Hrabowski

            What happened: Dr. Hrabowski taught physics at Tech for 38 years, mostly in lecture hall 141 in Bruner Hall, and still drives his 2003 Volvo to the faculty emeritus lunch on Fridays. He is 72. His wife Ruth says the thing that upset him most this winter is that he overshoots his coffee cup and knocks it over, two or three times a week, and has started drinking from a travel mug with a lid. I stayed one-on-one with him through the whole block. We did targeted reaching to coloured dots on the wall board, slowly, stopping on each dot; the same reaching with a light wrist weight to damp the tremor; and rhythmic stabilisation at the right shoulder with his arm out in front.

            What I was thinking: his cerebellar degeneration gives him dysmetria in the right arm and an intention tremor that gets worse as his hand closes in on a target. The proximal stability work is to give the hand a steadier base, and the weight is an old trick that helps some people and not others.

            What went well and what didn't: the weight helped more than I expected, which I'll tell the OT. The shoulder stabilisation bored him and I cut it short.

            Numbers: SARA 9.5 (11 at intake); nine-hole peg test 41 seconds on the right, 29 on the left.

            What I will do next: try the weighted cuff at home for his coffee and talk to Mariela about a weighted mug.

            Billing: 97112 × 22 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["G31.9", "R27.8"], [PT("97112", 22)], []),

        // UCU 97110: "his right hip drops every time he pushes the wheelbarrow up the ramp into the greenhouse" (R hip abductor weakness as the finding); side-lying abduction, lateral step-ups, band walks and single-leg RDLs with doses; a tomato grower off Sparta Highway, 3,000 plants, $2.50 a pound; "Billing: 97110 × 19 min" matches: passes.
        ["v4-h118-ucu-hip-drops-on-the-wheelbarrow-ramp"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Owen Pritchett, PT, DPT (orthopaedic resident)
            Patient: Lonnie Swallows

            What happened: Mr. Swallows grows about 3,000 tomato plants a year in two hoop houses off Sparta Highway and sells them at $2.50 a pound from a stand his father built in 1971. He is 61. He told me his right hip drops every time he pushes the loaded wheelbarrow up the plywood ramp into the greenhouse, and by the end of the day he is limping and his low back aches. Wren watched the session for her musculoskeletal case log. We did side-lying hip abduction with a cuff weight, lateral step-ups onto a box, band walks sideways, and single-leg Romanian deadlifts holding a kettlebell.

            What I was thinking: the drop is a weak right hip abductor, the Trendelenburg we saw at his evaluation, made worse by the load and the slope. Strength is the fix, but he also has to hold the pelvis level while he pushes, which is why I put the single-leg work in.

            What went well and what didn't: the step-ups were good and his pelvis stayed level for most of them. The deadlifts were shaky on the right and he lost the hinge.

            Numbers: side-lying abduction 3 sets of 12 with 3 pounds; lateral step-ups 3 sets of 10 on an 8-inch box; band walks 4 lengths each way with the blue band; single-leg RDL 2 sets of 8 with 15 pounds.

            What I will do next: film him on the ramp with a loaded barrow if he'll bring his phone video, and progress the step height.

            Billing: 97110 × 19 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["M62.81", "M25.551"], [PT("97110", 19)], []),

        // LTC OT 97530: "you can't lift Theo out of his car seat without twisting and holding your breath" (L shoulder weakness after a rotator-cuff repair and a lifting goal as the finding); lifting a weighted car seat from the back seat, carrying a laundry basket up the stairs, putting groceries on the high shelf with counts and weight; a grandson of 8 months, 19 pounds, a 2021 Subaru; "(97530) — 23 minutes" matches: passes.
        ["v4-h118-ltc-ot-cannot-lift-theo-out-of-the-car-seat"] = new(
            """
            Little Traverse Concierge Physical Therapy — Harbor Springs
            Hi Nancy, here's today's note from Leonie.

            What we did: we worked in your garage and your kitchen. We practised lifting the infant car seat out of the back of your 2021 Subaru with a bag of flour and cans inside it to weigh what Theo weighs, turning your feet instead of your back; carrying the laundry basket up the stairs to the bedroom; and lifting groceries to the high shelf over the fridge.

            What I noticed: you told me on Sunday that you can't lift Theo out of his car seat without twisting and holding your breath. That's because your left shoulder is still weak after the rotator-cuff repair in October, so you twist your trunk to get the arm out of the way. Your left arm gives out when the weight is out in front of you and above your chest.

            Your numbers: the car seat at 19 pounds (what Theo weighed at his 8-month check), out and back in 6 times with your feet turning and no breath-holding; the laundry basket up the stairs 3 times with about 10 pounds in it; 12 cans to the high shelf, using the step stool for the last 4.

            Life things: Theo is 8 months old and your daughter Beth goes back to work at McLaren Northern Michigan on the 16th, which is when you start watching him three days a week. You'd like to be able to take him to story time at the Harbor Springs library on Thursdays.

            Homework: the car-seat lift with the flour bag, 5 times a day, and keep heavy things on the lower shelves for now.

            For your insurance: Daily-task practice (therapeutic activities, 97530) — 23 minutes.

            Leonie Faure, OTR/L
            """,
            ["Z98.890", "M75.102"], [OT("97530", 23)], []),

        // LTC 97140: "you can't turn your head far enough to see the bow when you back out of the slip" (cervical rotation stiffness as the finding); upper cervical SNAGs, unilateral PA glides at C5-6 and soft-tissue work to the levator; rotation degrees; a Catalina 22, slip 14 at the Harbor Springs marina, a 1964 wedding; "(97140) — 12 minutes" matches: passes.
        ["v4-h118-ltc-cannot-turn-to-see-the-bow"] = new(
            """
            Little Traverse Concierge Physical Therapy — Harbor Springs
            Hi Dennis, here's today's note.

            What we did: on the portable table in your den I did hands-on work for your neck: sustained natural apophyseal glides (the SNAGs, where I hold the joint while you turn) at the top of your neck, unilateral pressure glides on the right side low in your neck at C5-6, and soft-tissue work along the levator muscle from your shoulder blade up to your neck.

            What I noticed: you can't turn your head far enough to the right to see the bow when you back out of slip 14, so you twist your whole body and let go of the tiller. Your neck is stiff turning right, mostly low down, and the muscle between the shoulder blade and the neck is tight and tender. Turning left is fine.

            Your numbers: turning right went from 48 to 61 degrees after the glides; left is 70.

            Life things: you and Carol were married at Holy Childhood in 1964 and you've kept a boat at the Harbor Springs marina every summer since. This year it's the Catalina 22, which goes in on Memorial Day weekend, and you'd like to single-hand her out past the breakwall to watch the sunset races on Wednesdays. You also told me the grandkids have booked the third week of July, all seven of them.

            Homework: the towel-assisted rotation twice a day and the chin tucks by the window.

            For your insurance: Hands-on joint work (manual therapy, 97140) — 12 minutes.

            Rafael Quintanilla, PT
            """,
            ["M54.2", "M47.812"], [PT("97140", 12)], []),

        // RVPT letter: "when the dog lunges after a cat she steps too late and goes down on her hands" (delayed reactive stepping and hip strategy as the findings); pulls at the waist with a leash, reactive steps to tugs from each side, step-and-stop on a whistle; "nobody else in the room but us"; pull-test steps and a Mini-BESTest; a border collie of 3, a $240 vet bill, a Thanksgiving of 19; "(97112), 23 minutes" matches: passes.
        ["v4-h118-rvpt-steps-too-late-when-the-dog-pulls"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Joanne,

            Marilyn Ecklund brought Skip, her 3-year-old border collie, into town with her today because he'd had his shots at the vet in Twin Bridges, $240 with the heartworm test, which she considered robbery. Skip sat with Biscuit under my desk and the two of them behaved better than most of my patients.

            She has fallen three times since Thanksgiving, when she hosted 19 for dinner, and each time it was the dog. When he lunges after a cat she steps too late and goes down on her hands. Her reactive stepping is slow, especially to the right and backward, and her hip strategy is late when the pull comes from the side. She does fine on quiet ground. It's the sudden tug that beats her.

            Nobody else was in the room but the two of us and the dogs for the whole session. We did pulls at her waist with a leash held behind her, so she had to resist and then step; reactive steps to my tugs from each side and from behind; and step-and-stop, walking the length of the room and stopping dead on my whistle.

            On the pull test she took 2 steps to recover today (4 at her first visit). Her Mini-BESTest was 21 of 28, and the reactive-control section improved most.

            I've told her to walk Skip on a short lead with a waist belt rather than holding the leash in her hand, and her son is building a fence so Skip can run in the yard instead.

            For the record, I billed neuromuscular re-education (97112), 23 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["R29.6", "R26.81"], [PT("97112", 23)], []),

        // LTC: "the numbness in your feet from the chemo (the neuropathy) means you can't tell when you're on the edge of the rug" (chemotherapy-induced somatosensory loss as the finding); textured-surface standing, eyes-closed foam with head turns, stepping over the dog's bed; "just you and me"; monofilament and mCTSIB; a 1957 Chris-Craft, a Ride for Recovery on June 8, a 2.3-mile loop; "(97112) — 24 minutes" matches: passes.
        ["v4-h118-ltc-numb-feet-after-chemo"] = new(
            """
            Little Traverse Concierge Physical Therapy — Walloon Lake
            Session: ● private ○ partner ○ small group
            Hi Susan, here's today's note.

            What we did: just you and me in the sunroom; Mark had taken the kids to the ski hill. We did standing on the textured mats (the bumpy ones) barefoot, then on the foam pad with your eyes closed and your head turning side to side, and finally walking across the room stepping over Pilot's bed and the rolled towel without looking down.

            What I noticed: the numbness in your feet from the chemo, the neuropathy your oncologist warned you about, means you can't tell when you're on the edge of the rug or the edge of a step, so you're watching your feet all the time. With your eyes closed on the foam your feet give you almost nothing and you sway until you reach for me.

            Your numbers: on the monofilament test you felt 6 of 10 spots on the right foot and 5 of 10 on the left (3 and 3 in January). On the four standing conditions you held 30, 30, 25 and 9 seconds.

            Life things: you finished your last infusion on December 12 and the port comes out on the 20th. Mark is restoring his dad's 1957 Chris-Craft in the barn and wants you in it for the Fourth. You've signed up for the Ride for Recovery on June 8, the 2.3-mile walking loop around the lake, and you'd like to walk it without poles.

            Homework: barefoot on the bumpy mat while you brush your teeth, and the foam with eyes closed, counter in reach.

            For your insurance: Balance retraining (neuromuscular re-education, 97112) — 24 minutes.

            Ottoline Marsh, PT, DPT
            """,
            ["G62.0", "T45.1X5S"], [PT("97112", 24)], []),

        // RVPT letter of news and numbers with technique, measures and "I had him to myself", but no deficit, system, impairment or body region stated anywhere (no reason for the work, no fall, no finding): deficit missing; a hay price of $210 a ton, a 4-H granddaughter's steer, a 31-24 Griz score.
        ["v4-h118-rvpt-letter-of-news-no-deficit"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Lyle Bertagnolli came in at 3 with his granddaughter Kenzie, who is 11 and showing her first 4-H steer at the Madison County fair in August. The steer's name is Moose and he weighs about 900 pounds now. Lyle told me hay has gone to $210 a ton and he is glad he put up his own, and that he watched the Griz beat Idaho 31 to 24 on the replay three times.

            I had him to myself in the back room for the whole session while Kenzie did her homework at the front desk. We did perturbation training on the foam, with me giving pushes from each direction while he held his ground; tandem walking along the tape line with head turns; and stepping over the bucket-lid hurdles forward and sideways.

            His Berg today was 48 of 56 and his Functional Gait Assessment 24 of 30. He recovered 8 of 10 of my pushes without a step.

            He wanted me to pass on that his wife Rose has her cataract surgery in Butte on the 17th and he will be driving her, so he'll miss that Tuesday. He'll come Wednesday instead.

            Kenzie drew a picture of Moose for the wall, and it is now taped over my desk beside last year's calendar from the feed store. The fair board has moved the steer weigh-in up a day this year, and Kenzie is worried Moose won't load in the trailer.

            For the record, I billed neuromuscular re-education (97112), 23 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // UCU "Problem list: unchanged from evaluation" as the only word on the problem, with techniques, a Mini-BESTest and "direct one-on-one": a reference to another document states no deficit here — deficit missing; a gospel quartet, Highway 111, a 1,200-seat auditorium, the 6:30 a.m. shift.
        ["v4-h118-ucu-problem-list-unchanged"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Hollis Brewington
            Problem list: unchanged from evaluation.

            What happened: Mr. Brewington sings bass in a gospel quartet that has toured the churches of the Upper Cumberland since 1988, and they just sang for a 1,200-seat auditorium in Knoxville, the biggest crowd they have had. He works the 6:30 a.m. shift at the distribution center on Highway 111 and comes to us on his lunch break. His wife Darlene drove him today because it was raining. It was direct one-on-one time for the whole block. We did perturbation training standing on the foam, with me nudging him from each direction; walking the hallway with head turns to read the signs on the office doors; and stepping over a row of low hurdles forward and sideways, then backward.

            What I was thinking: I wanted to build the perturbations up gradually through the session and see whether he held his ground better at the end than at the beginning, and whether the head-turn walking stayed straight when I called the turns faster.

            What went well and what didn't: the perturbations were better at the end, which was the point. The backward hurdles were too hard and I should have kept him going forward and sideways only.

            Numbers: Mini-BESTest 22 of 28 (19 three weeks ago); 9 of 10 pushes held without a step by the last round.

            What I will do next: add singing while he walks the hall, since he asked. The quartet has a revival in Crossville in April and he wants to practise the new songs with us.

            Billing: 97112 × 23 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // LTC "Why it matters: see your plan" in place of the clinician's finding, and nothing else states a deficit, system or body region: deficit missing; "private"; rhythmic stabilisation, foam stepping with head turns, stepping over the garden hose; FGA and TUG; a garden club of 34 members, a $12 plant sale, the 8:05 Emmet County bus.
        ["v4-h118-ltc-why-it-matters-see-your-plan"] = new(
            """
            Little Traverse Concierge Physical Therapy — Petoskey
            Session: ● private ○ partner ○ small group
            Hi Roberta, here's today's note.

            What we did: on the back patio, since the sun was out for the first time in a week. Rhythmic stabilisation in standing first (my hands on you, pushing in changing directions while you held still), then stepping onto and off the foam pad while turning your head to look at the bird feeder and back, and finally stepping over the garden hose laid out in loops across the patio.

            Why it matters: see your plan.

            Your numbers: Functional Gait Assessment 23 of 30 (19 in January). Timed Up and Go 9.8 seconds, from 11.5.

            Life things: you are president of the Petoskey Garden Club this year, all 34 members, and the spring plant sale on May 17 needs you at the cash box selling flats at $12 each. You told me you took the 8:05 Emmet County bus into town on Saturday for the first time since the winter, and that the driver, Ron, remembered you from before. Your grandson Eli is 16 and learning to drive, so you've been the passenger on the back roads out past Bay View, gripping the handle.

            Homework: the head-turn stepping by the kitchen counter twice a day and the hose steps on the patio when it's dry.

            Next visit: Thursday at 1 p.m., and I'll bring the tall foam.

            For your insurance: Balance retraining (neuromuscular re-education, 97112) — 22 minutes.

            Ottoline Marsh, PT, DPT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // RVPT letter with "Berg 46 of 56" and "TUG 10.8 seconds"; "I had her alone in the back room"; clock stepping, foam stance with eyes closed, pushes at the pelvis; posterior sway and late stepping after a hip fracture; a retired postmistress of 29 years, zip 59749, a $1.25 cup of coffee; "(97112), 22 minutes" matches: passes.
        ["v5-h118-rvpt-berg-of-56-and-tug-seconds"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Hazel Tomsheck ran the Sheridan post office for 29 years and will tell anyone that 59749 is the best zip code in Montana. She came in at 11 after her $1.25 cup of coffee at the café across the street and told me the new postmaster still doesn't know who lives where. She is 82, and the fall in her kitchen in November cost her the left hip, pinned in Butte.

            The hip has healed. What I see now is that she sways backward when she stands still, and when she loses her balance she is late to step, especially backward and to the left. She has started shuffling in the kitchen to avoid having to step at all, which only makes it worse.

            I had her alone in the back room for the whole of the balance work. We did clock stepping, with her standing in the middle of a clock face taped on the floor and stepping to the hour I called, then back to the centre; standing on the foam with her eyes closed; and small pushes at the pelvis from behind and from each side with a step to recover.

            Her Berg is 46 of 56 (38 in January) and her Timed Up and Go 10.8 seconds (15.2 at the start).

            Her daughter in Missoula wants her to move into town. I think she can stay in the house another winter if she keeps the night-light on and keeps coming to see me through April.

            For the record, I billed neuromuscular re-education (97112), 22 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["S72.002D", "R26.81"], [PT("97112", 22)], []),

        // UCU PTA with "Mini-BESTest 19/28" and "five times sit to stand 14.2 s"; "one-on-one, no one else on my list for that block"; stepping strategy drills to cues, weight shifts on the rocker board, reactive steps; slow anticipatory postural adjustments in Parkinson's; a 1,000-piece puzzle, a 1949 Farmall Cub, the Crossville farmers' market; "97112 — 23 min" matches: passes.
        ["v5-h118-ucu-pta-mini-best-and-five-times-sit-to-stand"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (CROSSVILLE SATELLITE)
            Daily Note — Delia Ruckman, PTA (supervising PT: Ines Calloway, PT, DPT)
            Patient: Harold Stiltner
            97112 — 23 min

            What happened: Mr. Stiltner is 76 and is restoring a 1949 Farmall Cub in the barn with his grandson Tyler, who is 15. He and his wife Fern sell honey at the Crossville farmers' market on Saturdays, and they just finished a 1,000-piece puzzle of the Smokies on the dining table, which took them since New Year's. I had him one-on-one, no one else on my list for that block. We did stepping-strategy drills, him stepping out in the direction I called as fast as he could and back; weight shifts on the rocker board side to side; and reactive steps when I let go of his gait belt after leaning him forward.

            What I was thinking: his Parkinson's slows his anticipatory postural adjustments, so he doesn't shift his weight before he steps and the first step comes out short or not at all. The stepping drills are for exactly that, and the lean-and-release makes him react without planning.

            What went well and what didn't: the lean-and-release forward was good, he got a big step out. Backward he still took three small steps and I had to catch the belt.

            Numbers: Mini-BESTest 19/28 (Ines scored 16 at the re-eval). Five times sit to stand 14.2 s from the standard chair without arms.

            What I will do next: ask Ines whether we can add backward release, and have Tyler video the way he gets on and off the tractor seat so we can practise it.
            """,
            ["G20.A1"], [PTA("97112", 23)], []),

        // LTC with "FGA 22 out of 30" and "0.92 metres per second"; "just the two of us"; walking with head turns on the Bay View boardwalk, tandem on the curb edge, stepping around cones; L ankle proprioception and postural control after a fibula fracture; a 1906 cottage, a granddaughter's cello recital, the 5:10 boat; "(97112) — 24 minutes" matches: passes.
        ["v5-h118-ltc-fga-out-of-thirty-and-gait-speed"] = new(
            """
            Little Traverse Concierge Physical Therapy — Bay View
            Hi Martha, here's today's note.

            What we did: just the two of us on the boardwalk in front of your cottage, since Jim was off at the hardware store. We walked the boardwalk turning your head on my call to look at the bay and back, walked heel-to-toe along the edge of the curb by the chapel, and wove around the cones I set out on the lawn, changing direction when I clapped.

            What I noticed: your left ankle still doesn't know where it is after the fibula fracture in October, so on uneven boards you wobble at the ankle and then your whole body sways, and you grab for the rail. Your postural control is good on the flat but falls apart when you turn your head or the surface changes.

            Your numbers: Functional Gait Assessment 22 out of 30 (16 in December). Your walking speed on the boardwalk was 0.92 metres per second, and 1.1 is where we'd like to be for crossing the road by the Evelyn Hall.

            Life things: the cottage was built in 1906 by your great-grandfather and has been in the family ever since. Your granddaughter Lily, who is 10, has her cello recital at the Petoskey middle school on the 22nd, and you'd like to walk up the bleachers to sit with her parents. You're thinking of taking the 5:10 boat over to Mackinac in July.

            Homework: the boardwalk head turns once a day, and heel-to-toe at the kitchen counter.

            For your insurance: Balance retraining (neuromuscular re-education, 97112) — 24 minutes.

            Ottoline Marsh, PT, DPT
            """,
            ["S82.402D"], [PT("97112", 24)], []),

        // UCU with an SOT composite score and condition scores from the NeuroCom; "I was one-on-one with her throughout"; sensory reweighting on sway-referenced foam, eyes-closed head turns, optokinetic background while standing; vestibular dependence and poor use of vestibular input after a labyrinthitis; a retired bank teller of 40 years, a 2017 Honda Fit, a revival on May 4; "Billing: 97112 × 24 min" matches: passes.
        ["v5-h118-ucu-sot-composite"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Ernestine Pugh

            What happened: Miss Pugh was a teller at the First National Bank on the square for 40 years and still knows everyone's balance by heart, she says, though she's too polite to tell. She drove herself in her 2017 Honda Fit and parked in the visitor lot, space 12, so she could walk the long way for practice. I was one-on-one with her throughout the block. We used the NeuroCom for sensory reweighting: standing with the platform sway-referenced and her eyes closed, turning her head slowly; then the same with the visual surround moving; and finally standing on foam in front of the optokinetic stripes on the screen while she called out the colours.

            What I was thinking: after the labyrinthitis in the fall she has learned to lean on her eyes and her feet and ignore her inner ears, and when both of those are taken away (dark, soft ground) she has nothing. The reweighting drills force her to use the vestibular input she still has.

            What went well and what didn't: she did better with eyes closed than with the moving surround, which surprised me. The stripes made her queasy after a while, and I stopped them before she asked, which I think was right.

            Numbers: SOT composite 61 (48 in January); condition 5 average 42, condition 6 average 28.

            What I will do next: keep the sway-referenced work and add walking on the foam strip at home with the hall light dimmed. She has a church revival on May 4 and wants to stand through the singing.

            Billing: 97112 × 24 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["H83.02"], [PT("97112", 24)], []),

        // LTC with "you caught 8 of 10 pushes" as the only measure (a perturbation count with a number); "no one else but us"; backward stepping to pushes, step-and-hold on the foam, rhythmic stabilisation; slow backward stepping and retropulsion in Parkinson's; a 1974 Bay Harbor house, a 90th birthday on the 30th, 22 grandchildren; "(97112) — 21 minutes" matches: passes.
        ["v5-h118-ltc-caught-eight-of-ten-pushes"] = new(
            """
            Little Traverse Concierge Physical Therapy — Harbor Springs
            Hi George, here's today's note.

            What we did: no one else but us in the living room today; Dorothy had gone to the Bay Harbor pharmacy and the housekeeper had the day off. We did pushes from behind at your shoulders and hips, you stepping back to catch yourself; step-and-hold onto the foam pad, holding for my count after each landing; and rhythmic stabilisation standing, me pushing in changing directions while you held still.

            What I noticed: your Parkinson's pulls you backward when you stop or look up, and when you start to go you take a string of little steps instead of one big one. That's the retropulsion we've been working on. Your first backward step was bigger today, and you said "big step" out loud without me reminding you.

            Your numbers: you caught 8 of 10 of my backward pushes with one or two steps (5 of 10 when we started).

            Life things: you and Dorothy built this house in 1974 when Bay Harbor was still a cement plant, and you love telling me how the lake looked then. You turn 90 on the 30th and there's a party at the Little Harbor club with all 22 grandchildren and great-grandchildren, and you want to stand up for the toast and walk to the head table without your cane.

            Homework: the step-and-hold at the counter and "big step back" on your way to bed, with Dorothy close.

            For your insurance: Balance retraining (neuromuscular re-education, 97112) — 21 minutes.

            Rafael Quintanilla, PT
            """,
            ["G20.A1", "R29.6"], [PT("97112", 21)], []),

        // RVPT 97110 with doses: leg press, step-ups, heel raises and band rows; R quad and calf weakness after a knee replacement and tired legs on the hay-wagon ladder; a 1,500-bale stack, a grandson in the Navy, a $14 haircut; "therapeutic exercise (97110), 20 minutes" matches: passes.
        ["v5-h118-rvpt-97110-doses-hay-wagon"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Vern Ottesen came in at 8:30 with a fresh $14 haircut from the barber next door, looking sharp because his grandson Eric is home on leave from the Navy on the 9th. Vern is 73 and still climbs the hay-wagon ladder to throw down bales from the stack, all 1,500 of them this winter, and he wants to keep doing it until the grass comes.

            He is four months out from his right knee replacement. The knee bends well, but his right quadriceps and calf are still weak, and he tires on the ladder and comes down the last rungs with his left leg doing all the work. He also told me his right knee feels "soft" stepping off the wagon tongue.

            Today's exercise: leg press on my old machine, 3 sets of 12 at 90 pounds; forward step-ups onto an 8-inch step leading with the right, 3 sets of 10; heel raises on the right leg alone at the counter, 3 sets of 15; and seated band rows with the heavy band, 3 sets of 12, because he wants his arms for the ladder too.

            His knee bends to 121 degrees and straightens fully. I'd like him on a higher step by the end of March.

            He asked me to tell you the swelling at the knee is gone except after a long day of feeding. I told him to ice it then and call you if it doesn't go down overnight.

            For the record, I billed therapeutic exercise (97110), 20 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["Z96.651", "M62.81"], [PT("97110", 20)], []),

        // UCU PTA 97116 with distances and assistance levels: rollator to cane on the clinic hallway, the ramp and the parking-lot curb, cues for heel strike and step length; short L step and hip hike after a hip replacement; 300 feet SBA and curb CGA; a Cane Creek walker, a 5K on Memorial Day, lot C; "97116 — 21 min" matches: passes.
        ["v5-h118-ucu-pta-97116-distance-and-assist"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Daily Note — Delia Ruckman, PTA (supervising PT: Owen Pritchett, PT, DPT)
            Patient: Rosalind Goff
            97116 — 21 min

            What happened: Mrs. Goff walked the Cane Creek Park loop every morning at 6 for twenty years before her left hip gave out, and she wants to walk the Memorial Day 5K with her church friends, even if it takes them all morning. She is 67 and had the hip replaced on January 20. Her husband Lamar parked in lot C and read his Louis L'Amour in the waiting room. We did gait training, going from the rollator to a single-point cane: the length of the clinic hallway with cues for heel strike on the left and an even step length, then up and down the ramp by the front entrance, and then the curb at the edge of the parking lot.

            What I was thinking: she takes a short step with her right because she doesn't want to stay on the left hip long, and she hikes the left hip to clear the foot. Both are habit as much as weakness now. Cueing "heel first, equal steps" helped more than cueing the hip.

            What went well and what didn't: the hallway was smooth once she stopped watching her feet. On the ramp going down she reverted to the short step.

            Numbers: rollator 200 feet with supervision, then single-point cane 300 feet with stand-by assistance; ramp up and down twice with stand-by assistance; curb up and down 4 times with contact guard.

            What I will do next: ask Owen to check whether she is ready for the cane at home, and practise the ramp first next time while she's fresh.
            """,
            ["Z96.642", "R26.89"], [PTA("97116", 21)], []),

        // LTC OT 97530 with counts and loads: carrying firewood from the porch to the stove, kneeling to lay the fire, reaching the canning jars on the top shelf; L shoulder and trunk weakness after a mastectomy and reconstruction; 8 logs of about 6 pounds, 10 jars; a 1923 farmhouse, a 4 a.m. hunting season, a sister in Lansing; "(97530) — 22 minutes" matches: passes.
        ["v5-h118-ltc-ot-97530-firewood-counts"] = new(
            """
            Little Traverse Concierge Physical Therapy — Walloon Lake
            Hi Carol, here's today's note from Leonie.

            What we did: we worked on the jobs you told me matter most in your 1923 farmhouse. First, carrying split wood from the porch pile to the wood stove in the front room, a few logs at a time against your body; then kneeling on the hearth rug to lay and light the fire and getting back up; and last, reaching the canning jars from the top shelf in the pantry and setting them on the counter.

            What I noticed: your left shoulder and the muscles along your left side are still weak and tight after the mastectomy and reconstruction in September, so you lift with your right arm only and twist to protect the left. Reaching up to the top shelf on the left is where you stop. Getting up from kneeling was better than I expected.

            Your numbers: 8 logs carried, about 6 pounds each, 2 at a time, 4 trips, no rest needed; down to kneel and back up 3 times with a hand on the chair; 10 jars from the top shelf with the left hand leading, the last 3 with the step stool.

            Life things: Don still gets up at 4 a.m. in deer season, and you said you're done pretending to like venison. Your sister Ruth is coming up from Lansing on the 14th to help with the maple syrup, and you want to be able to carry the sap buckets yourself, which we'll work towards.

            Homework: the pantry reach with light jars once a day, and the doorway stretch morning and evening.

            For your insurance: Daily-task practice (therapeutic activities, 97530) — 22 minutes.

            Leonie Faure, OTR/L
            """,
            ["Z90.12", "M62.81"], [OT("97530", 22)], []),

        // RVPT letter with no number but its code and its minutes (no street number, ages, dates or prices): "she's steadier, and Walt says so too" is the only word on how she is doing — measure missing; "I had her alone in the back room"; foam stance with head turns, pushes, hurdle stepping; slow ankle reactions and sway with the neuropathy present.
        ["v5-h118-rvpt-walt-says-so-too"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Bernice Alderdice came in this morning with her husband Walt, who spent the session on the bench out front talking cattle prices with whoever walked by. They've been on the same place up Mill Creek since before I was born, and she still keeps a milk cow, which she told me is mostly for the barn cats now. She brought a jar of chokecherry jelly for the office and a complaint about the county plough, which left a berm at the end of their lane she has to climb over to get the mail.

            Her balance problem is the same one you described: the neuropathy in both feet has taken away most of what her feet tell her, her ankles are slow to react when the ground tips, and she sways when she turns her head or looks up. She tells me she grabs the fence going out to the cow in the morning dark.

            I had her alone in the back room for all of it. We did foam standing with head turns to each side, eyes open and then closed; pushes at the pelvis from each direction with a step to recover; and stepping over the row of bucket-lid hurdles, forward and then sideways, without looking down.

            She's steadier, and Walt says so too. He says she went out to the cow without the flashlight on Sunday and came back without mud on her knees. I was glad to hear it.

            I'd like to keep seeing her through the end of the month and then space her visits out.

            For the record, I billed neuromuscular re-education (97112), 23 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // UCU "I meant to do the Berg but we ran out of time" and no number anywhere but the code and its minutes: measure missing; "I stayed one-on-one with him"; PNF weight shifting in standing, tandem on the balance beam, stepping over cones with head turns; R ankle proprioception and slow ankle strategy after a sprain present.
        ["v5-h118-ucu-meant-to-do-the-berg"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Owen Pritchett, PT, DPT (orthopaedic resident)
            Patient: Dwayne Poteet

            What happened: Mr. Poteet drives a log truck out of Monterey and rolled his right ankle stepping down from the cab onto a pine cone on the landing, of all things. He says he's stepped down from that cab more times than he can count. His wife Teresa came in with him and sat in the corner knitting a baby blanket for the grandchild due at the end of spring. I stayed one-on-one with him the whole block. We did PNF weight shifting in standing, with me resisting at the pelvis in diagonals; tandem walking on the low balance beam, forward and back; and stepping over cones along the hallway while turning his head to read the room numbers I called out.

            What I was thinking: the ligaments have settled but his right ankle proprioception is poor. He doesn't know where the foot is when he lands on uneven ground and his ankle strategy is slow, so he catches himself with a big hip movement or a hop. On a log landing in the mud that's how he'll roll it again.

            What went well and what didn't: the beam went well, better than last week. The cones with the head turns were harder and he clipped a few. I meant to do the Berg but we ran out of time because we talked about his truck's new cab steps.

            What I will do next: Berg first thing, before we start. Then single-leg work on the foam, and I want him to bring his work boots so we can practise the step-down from a box in them.

            Billing: 97112 × 22 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // LTC "you felt more confident today" as the only word on progress and no number anywhere but the code and its minutes: measure missing; "private, just the two of us"; perturbations on the foam, walking the hallway with head turns, stepping over the rug rolls; visual dependence and slow stepping after a fall present.
        ["v5-h118-ltc-you-felt-more-confident"] = new(
            """
            Little Traverse Concierge Physical Therapy — Petoskey
            Session: ● private ○ partner ○ small group
            Hi Dorothea, here's today's note.

            What we did: a private session, just the two of us in the upstairs hallway, since it's the longest straight stretch in the house. We did perturbations while you stood on the foam pad (small pushes from me at your hips and shoulders, in every direction, while you held your ground), walking the hallway turning your head on my call to look into each bedroom and back, and stepping over the rolled-up rugs I laid across the hall.

            What I noticed: since your fall on the church steps at Christmas you've been watching the floor the whole time you walk, and you lean on your eyes for balance. When you turn your head you slow down and your steps get short. When I push you, you're slow to take a step, and you'd rather grab the wall.

            How you're doing: you felt more confident today, and you said so yourself, and you didn't reach for the wall once on the rug steps.

            Life things: your nephew Paul came up from Detroit over the weekend and fixed the loose board on the back porch, which is one less thing to worry about. You're planning to go to the Bay View Sunday service when it opens for the summer and want to manage the steps up to the auditorium with just the rail. The dog next door, a beagle named Chester, has been getting into your tulip bed again.

            Homework: the head-turn walk in the hallway once a day and the foam by the kitchen counter.

            For your insurance: Balance retraining (neuromuscular re-education, 97112) — 23 minutes.

            Ottoline Marsh, PT, DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // UCU PTA 97110 exercise list with no sets, repetitions, load or hold and no number but the code and its minutes: measure missing on 97110; bridges, clamshells, mini-squats, step-ups and band rows; L hip and knee weakness after a knee replacement and trouble on the church steps present.
        ["v5-h118-ucu-pta-97110-list-without-doses"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Daily Note — Delia Ruckman, PTA (supervising PT: Owen Pritchett, PT, DPT)
            Patient: Mavis Dillehay
            97110 — 20 min

            What happened: Mrs. Dillehay came in with her son Darrell, who works at the tire plant and was on his day off. She plays piano for the Sunday school at Algood Church of God and has been missing it because she can't manage the steps up to the choir loft. She brought me a slice of chess pie in foil, which I ate at lunch and did not regret. We did bridges on the mat, side-lying clamshells with the band, mini-squats at the counter, forward step-ups onto the low step leading with the left, and standing band rows because she says her arms are weak from pulling on the rail.

            What I was thinking: her left knee replacement is healing fine, but the quadriceps and hip muscles on the left are weak, so on the steps she pulls with her arms and lets the left knee buckle a little. She also tires quickly. The step-ups are the main event and everything else builds up to them.

            What went well and what didn't: the bridges and the clamshells were good. The step-ups were shaky and she wanted the rail with both hands, so I let her, which I'll ask Owen about.

            What I will do next: ask Owen whether to add the taller step, and teach Darrell to spot her on the steps at home so she can practise with him.

            I forgot to write down the sets and reps today in my hurry to get to the next patient, and I'll make sure I do next time.
            """,
            ["Z96.652", "M62.81"], [PTA("97110", 20)], [At(Measure, "97110")]),

        // LTC 97116 "we walked to the end of the dock and back" with cues but no distance, no assistance level and no number but the code and its minutes: measure missing on 97116; gait training with the cane, cues for heel strike and an even step; a short R step and a limp after a hip fracture present.
        ["v5-h118-ltc-97116-to-the-end-of-the-dock"] = new(
            """
            Little Traverse Concierge Physical Therapy — Walloon Lake
            Hi Arthur, here's today's note.

            What we did: walking practice with your cane. We started on the driveway, went down the path through the cedars to the lake, and then walked to the end of the dock and back, stopping at the end to look out at the water. I cued you for heel first on the right, an even step with each foot, and keeping the cane in your left hand moving with your right leg.

            What I noticed: since the hip fracture your right step is short and you limp, because you don't want to stay on the right leg, and you let the cane drift out to the side. On the dock boards your step got shorter still, which makes sense. They move a little, and you're watching them.

            How you did: better on the way back than on the way out, and your step evened out coming back up the dock. You didn't stop to rest on the path this time.

            Life things: Helen says the loons are back early this year and you heard them from the porch on Sunday night. Your grandson Will is coming up from Ann Arbor to put the boat lift in, and you'd like to walk down and supervise from the end of the dock, with coffee. You've also decided to let the neighbour's boy mow this summer, which I think is wise.

            Homework: the driveway walk with the cane, heel first, every day, and the dock with Helen beside you.

            For your insurance: Walking practice (gait training, 97116) — 22 minutes.

            Rafael Quintanilla, PT
            """,
            ["S72.001D"], [PT("97116", 22)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // RVPT letter closing "For the record, I billed neuromuscular re-education (97112), 24 minutes, and therapeutic exercise (97110), 14 minutes" — both match; "just him and me"; foam with pushes, hurdle stepping with head turns; step-ups, heel raises and bridges with doses; slow stepping and calf weakness after an ankle fracture; Berg; a sheep rancher with 600 ewes, a Basque dinner at $28 a plate: passes.
        ["v6-h118-rvpt-for-the-record-two-codes"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Pete Etchart runs about 600 ewes on the bench west of town and lambing starts on the 20th, so he is in a hurry to be good on his feet. He came in at 7:30 before feeding and told me his daughter Marie is putting on the Basque dinner at the Elks in Dillon again on the 28th, $28 a plate, and that I should go for the chorizo if nothing else.

            His left ankle fracture from the fall off the lambing-shed step in December has healed, but two things are left. His stepping reactions are slow: when he is knocked off balance he doesn't get the left foot out in time and ends up hopping on the right. And his left calf is weak, so he can't push off or stand on his toes to reach the top of the feeder.

            For the balance part, it was just him and me in the room. We did pushes at the pelvis on the foam with a step to recover, and stepping over the bucket-lid hurdles with head turns. His Berg today was 49 of 56 (44 in January).

            For the strength part, we did step-ups onto an 8-inch step leading with the left, 3 sets of 10; single-leg heel raises on the left at the counter, 3 sets of 12; and bridges with a 5-second hold, 2 sets of 15.

            He wants to be out in the lambing shed at night without a cane by the time the first ewes drop, and I think he'll make it.

            For the record, I billed neuromuscular re-education (97112), 24 minutes, and therapeutic exercise (97110), 14 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["S82.62XD", "R26.81"], [PT("97112", 24), PT("97110", 14)], []),

        // UCU "Billing: 97112 × 23 min; 97116 × 15 min" — both match; "I was one-on-one with her the whole time"; perturbations, tandem on the beam, obstacle stepping; cane gait in the hallway and stairs with cues, distance and SBA; R hemiparesis and a short L step after a stroke; Berg; a hospice volunteer, a Golden Eagles game at 2 p.m., the Algood water tower: passes.
        ["v6-h118-ucu-billing-line-two-codes"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Loretta Huddleston

            What happened: Mrs. Huddleston is 64 and has volunteered with the hospice in Cookeville for 12 years, sitting with patients overnight. She wants to go back to it in the spring. Her husband Gene drove her and then went to the 2 p.m. Golden Eagles game, which they lost, he texted, 62–70. I was one-on-one with her the whole time. We started with balance work: perturbations at the pelvis while she stood, tandem walking on the low beam with me guarding, and stepping over obstacles in the hallway. Then we did gait training with her quad cane: the length of the hall and back with cues for a longer left step and bringing the right foot through, and then the practice stairs, up and down with the rail.

            What I was thinking: after her left-hemisphere stroke last April her right side is weak and her postural reactions on the right are slow, so when she loses balance she can't use the right leg to catch herself. When she walks she takes a short step with the left because she doesn't trust standing on the right.

            What went well and what didn't: the tandem walking was the best she's done. On the stairs she still leads with the wrong leg going down.

            Numbers: Berg 45 of 56. Quad cane 350 feet with stand-by assistance; stairs, 12 steps up and down with the rail and contact guard.

            What I will do next: practise the stairs first. She says the hospice house has two steps up to the front porch and no rail.

            Billing: 97112 × 23 min; 97116 × 15 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], []),

        // LTC "For your insurance: Balance retraining (97112) — 25 minutes. Walking practice (97116) — 12 minutes." — both match; "private"; rhythmic stabilisation, foam head turns, stepping around the deck chairs; walking on the gravel path with the cane, distance and SBA; ankle proprioception and a short step after an ankle fracture; FGA; a tennis club, a 1931 cottage, a granddaughter's wedding on August 9: passes.
        ["v6-h118-ltc-for-your-insurance-two-codes"] = new(
            """
            Little Traverse Concierge Physical Therapy — Harbor Springs
            Session: ● private ○ partner ○ small group
            Hi Ingrid, here's today's note.

            What we did: two parts today. First, balance: rhythmic stabilisation standing on the deck (me pushing gently at your shoulders and hips in changing directions while you held still), standing on the foam with your head turning to look at the bay and back, and weaving between the deck chairs on my call. Then walking: down the gravel path to the road and back with your cane, working on a longer step with the right and landing on your heel.

            What I noticed: your left ankle still doesn't know where it is after the fracture, so on the foam and on the gravel it wobbles and you catch yourself with your hips. Walking, your right step is short because you hurry off the left leg.

            Your numbers: Functional Gait Assessment 21 of 30 (17 in January). You walked the gravel path and back, about 500 feet, with me on stand-by and no stumbles.

            Life things: your family has had the cottage since 1931, and your granddaughter Sofie is getting married on the lawn on August 9. You want to walk her grandfather's path from the porch to the arbor without your cane. You also told me the Harbor Springs tennis club is opening in May and you'd like to at least go and watch the Tuesday doubles.

            Homework: foam with head turns at the kitchen counter, and the gravel walk with Bert.

            For your insurance:
            Balance retraining (neuromuscular re-education, 97112) — 25 minutes.
            Walking practice (gait training, 97116) — 12 minutes.

            Ottoline Marsh, PT, DPT
            """,
            ["S82.892D", "R26.89"], [PT("97112", 25), PT("97116", 12)], []),

        // UCU PTA clock range on the code's own line "97116 gait training 2:10–2:32 p.m." (22 min) — matches; walker to cane on the hallway and the outdoor ramp with cues, distance and CGA; short steps and forward lean after a spinal stenosis surgery; a retired 4th-grade teacher, the 7:40 church bus, 38 years in a classroom: passes.
        ["v6-h118-ucu-pta-clock-range-on-the-code-line"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Daily Note — Delia Ruckman, PTA (supervising PT: Owen Pritchett, PT, DPT)
            Patient: Nadine Pippenger
            97116 gait training 2:10–2:32 p.m.

            What happened: Mrs. Pippenger taught fourth grade at Capshaw Elementary for 38 years and says half of Cookeville still calls her "Miss P". She had a lumbar decompression for spinal stenosis on January 6 and wants to ride the 7:40 church bus to Sunday school again, which means walking from her front door to the curb at the end of her driveway. Her daughter Tammy brought her and sat in the waiting room on the phone with her own kids. We did gait training going from the rolling walker to a single-point cane, first on the clinic hallway and then outside on the ramp by the front door, with cues to stand tall, look ahead and take an even step.

            What I was thinking: she walks with short, shuffling steps and leans forward over the walker, which is an old habit from before the surgery when leaning forward eased the leg pain. Now that the pain is gone, the lean is just a habit and it's shortening her steps.

            What went well and what didn't: when I cued "look at the exit sign" she stood taller right away. On the ramp going down she took tiny steps and grabbed my arm.

            Numbers: rolling walker 250 feet with supervision; single-point cane 150 feet with contact guard; ramp up and down once with contact guard.

            What I will do next: ask Owen about progressing to the cane at home, and practise the ramp first while she's fresh.
            """,
            ["M48.062", "Z98.890"], [PTA("97116", 22)], []),

        // UCU minute boxes "97112 [ 24 ] min" and "97140 [ 10 ] min" — both match; "Direct 1:1 contact: [X] yes"; single-leg stance on foam with perturbations, hop-and-stick; talocrural glides grade III and soft-tissue work to the calf; ankle proprioception and dorsiflexion stiffness after a sprain; Y-balance and degrees; a Tech softball catcher, jersey 22, a 4-3 extra-innings win: passes.
        ["v6-h118-ucu-minute-boxes-nmr-and-manual"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Owen Pritchett, PT, DPT (orthopaedic resident)
            Patient: Jordyn Maddux
            Direct 1:1 contact: [X] yes [ ] no
            97112 [ 24 ] min
            97140 [ 10 ] min

            What happened: Jordyn catches for the Tech softball team, number 22, and sat out the 4–3 extra-innings win over Belmont on Sunday with her left ankle in a brace. She rolled it sliding into second in practice on February 12. She's 20, a nursing major, and worried about her clinical rotation at Cookeville Regional starting in April because she'll be on her feet for twelve-hour shifts. I started with manual therapy: posterior talocrural glides, grade III, and soft-tissue work to the calf and the peroneals. Then the balance block: single-leg stance on the foam with me giving perturbations at the hips and shoulders, then hop-and-stick landings off a low step.

            What I was thinking: her left ankle dorsiflexion is stiff, which keeps her from getting down into her catcher's squat, and her ankle proprioception is poor: when I perturb her on the foam, her ankle wobbles and she grabs for me. The manual work first is to free the ankle before asking it to balance.

            What went well and what didn't: the glides gave her a real gain, and her squat was deeper afterwards. The hop-and-stick was still wobbly when she was tired, but her landings were better than last week.

            Numbers: dorsiflexion 8 degrees before and 14 after (left), 22 on the right; Y-balance anterior reach 58 cm on the left and 66 cm on the right; 6 of 10 clean landings.

            What I will do next: catcher's squat with a throw from the knee on the foam.

            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["S93.402D"], [PT("97112", 24), PT("97140", 10)], []),

        // LTC a PT's 97112 and an OT's 97530 on one visit, each with its minutes ("Ottoline — balance retraining (97112): 22 minutes", "Leonie — daily-task practice (97530): 23 minutes") — both match; "one-on-one with me"; foam perturbations and tandem with head turns, Berg; dressing and the shower transfer with counts and assistance; L hemiparesis after a stroke; a 1948 Chris-Craft, a Cubs game: passes.
        ["v6-h118-ltc-pt-and-ot-each-with-their-minutes"] = new(
            """
            Little Traverse Concierge Physical Therapy — Harbor Springs
            Hi Raymond, here's the note from both of us today.

            From Ottoline: we worked one-on-one in your sunroom for the balance part. Perturbations on the foam pad (little pushes from me in every direction while you held your ground), then heel-to-toe walking along the edge of the rug turning your head to look at the window and back. Since your stroke in November, your left leg is slow to react and your postural control on the left is poor: when I push from the left, you fall into it before the leg catches you. Your Berg Balance Scale was 43 of 56 today (36 in December).

            From Leonie: we worked in your bedroom and bathroom on getting dressed and getting in and out of the shower. You put on your shirt and trousers sitting on the bed, leading with your left arm and leg, and we practised the tub transfer with the bench. Your left hand still doesn't grip the buttons well and you lose your balance leaning forward to pull up your socks. You dressed your upper half with set-up only and your lower half with minimal assistance; tub-bench transfer 3 times with contact guard.

            Life things: you told us you've owned the 1948 Chris-Craft since 1979, and you'd like to ride in it at the Walloon Lake boat show in August. Your grandson Drew drove up from Chicago for the Cubs' home opener and is taking you to watch it at the pub in town on Sunday.

            Homework: foam standing at the counter with Dorothy nearby, and dressing with the button hook each morning.

            For your insurance:
            Ottoline — balance retraining (neuromuscular re-education, 97112): 22 minutes.
            Leonie — daily-task practice (therapeutic activities, 97530): 23 minutes.
            """,
            ["I69.354"], [PT("97112", 22), OT("97530", 23)], []),

        // RVPT letter with the minutes in words: "I billed twenty-three minutes of neuromuscular re-education (97112)" — matches; "just the two of us"; rocker board, foam stance with eyes closed, stepping to targets; ankle proprioception and slow ankle strategy after a sprain; SLS seconds and Berg; a saddlemaker of 41 years, a $2,800 saddle, the 4-H horse show: passes.
        ["v6-h118-rvpt-minutes-in-words"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Joanne,

            Ray Kessler has been building saddles in his shop behind the house in Alder for 41 years. He told me the one on his bench now is going to a ranch in Wyoming for $2,800, which he says is too little. He is 67 and came in at 2 on his way back from the feed store, where he'd bought 300 pounds of oats for his granddaughter's horse, who is entered in the 4-H horse show in July.

            He rolled his right ankle stepping off his shop stool onto a spool of latigo in January, and the ankle has healed but doesn't know where it is. His ankle proprioception is poor on the right and his ankle strategy is slow, so he corrects with his hips and reaches for the bench. On the uneven ground of the corral he's been careful, which is to say he's been stiff.

            It was just the two of us, with Biscuit under the desk. We did the rocker board forward and back and side to side on the right leg; standing on the foam with his eyes closed; and stepping to targets on the floor as I called out the colours, without looking down.

            He stood on the right leg alone for 16 seconds today (5 in January) and his Berg was 51 of 56.

            He asks whether he can help his granddaughter with the horse at the show. I said yes, but on the rail side, and in his boots, not those moccasins.

            For the record, I billed twenty-three minutes of neuromuscular re-education (97112).

            With regards,
            Nell
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // UCU three codes, each with its minutes on the billing line ("97112 × 22 min; 97110 × 15 min; 97140 × 9 min") — all match; "one-on-one"; perturbation training and hop-and-stick; squats and step-downs with doses; patellar mobilisation and STM; knee proprioception, quad weakness and stiffness after an ACL reconstruction; Y-balance, doses and degrees; a cheerleader of 19, a 2-1 soccer score: passes.
        ["v6-h118-ucu-three-codes-on-the-billing-line"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Owen Pritchett, PT, DPT (orthopaedic resident)
            Patient: Abigail Norrod

            What happened: Abby is 19, a sophomore on the Tech cheer team, four months out from her left ACL reconstruction. Her roommate drove her over after their 10 a.m. biology lab and stayed to watch the soccer team win 2–1 on the field across the street. I was one-on-one with her for the balance work and stayed with her through the rest. We did three things: manual therapy first (patellar mobilisations in all directions and soft-tissue work to the lateral thigh and the scar), then strengthening (goblet squats and lateral step-downs), and then balance (perturbation training on the foam in single-leg stance and hop-and-stick landings).

            What I was thinking: her left knee is still stiff at the end of bending, the quad is weak and her knee proprioception is poor, so she lands with her knee drifting in. Getting the kneecap moving first gives her more bend for the squats, and the squats give her strength for the landing work.

            What went well and what didn't: the patellar mobilisations gave her 6 more degrees. The step-downs were the weakest part; her knee dove in on the last few.

            Numbers: knee flexion 124 before and 130 degrees after; goblet squats 3 sets of 10 with 15 pounds; lateral step-downs from a 6-inch step, 3 sets of 8; Y-balance anterior reach 60 cm on the left, 67 cm on the right; 7 of 10 clean landings.

            What I will do next: step-downs in front of the mirror.

            Billing: 97112 × 22 min; 97110 × 15 min; 97140 × 9 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["S83.512D"], [PT("97112", 22), PT("97110", 15), PT("97140", 9)], []),

        // RVPT letter "For the record, I billed neuromuscular re-education (97112), 35 minutes" on a 22-minute line: mismatch on 97112; otherwise complete ("just her and me"; foam head turns, pushes, stepping over the lariat; sway and slow ankle correction with neuropathy; Berg and TUG); a school-board meeting at 7 p.m., a 4-H sewing club of 9 girls.
        ["v6-h118-rvpt-thirty-five-on-a-twenty-two-minute-line"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Colleen Brennan came in at 4 after a long day at the school office. She has the school board meeting at 7 tonight, where they are voting on the new bus barn, and she keeps the board's records, so she wanted to be done in time. She also leads the 4-H sewing club, 9 girls this year, and they are working on aprons for the fair.

            Her balance problem is the neuropathy in both feet. She can't feel the ground well, so her ankles are slow to correct and she sways when she closes her eyes or turns her head, and she has started to hold the wall in the dark hallway at school after the lights go off.

            It was just her and me in the back room for the whole of the balance work. We did foam standing with head turns, eyes open and then closed; pushes at her hips from each direction with a step to recover; and stepping over the loops of a lariat laid on the floor, forward and sideways, without looking down.

            Her Berg is 48 of 56 (43 in January) and her Timed Up and Go 9.6 seconds.

            She asks whether she can walk the track at the school in the evenings. I said yes, with a friend, and in daylight until the ankles are better.

            For the record, I billed neuromuscular re-education (97112), 35 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // UCU minute boxes "97112 [ 25 ] min" (matches) and "97110 [ 24 ] min" on a 12-minute 97110 line: mismatch on 97110; otherwise complete ("Direct 1:1 contact: [X] yes"; PNF and foam perturbations with Berg; sit-to-stands, step-ups and bridges with doses; L hip weakness and postural control after a stroke); a Putnam County fair, a $4 funnel cake.
        ["v6-h118-ucu-twenty-four-on-a-twelve-minute-97110"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Vernon Maxwell
            Direct 1:1 contact: [X] yes [ ] no
            97112 [ 25 ] min
            97110 [ 24 ] min

            What happened: Mr. Maxwell is 70 and has run the funnel-cake stand at the Putnam County fair every August since 1994, $4 a plate, and he wants to be on his feet at the fryer again this summer. His wife Judy brought him and went across to the campus bookstore for a Tech sweatshirt for their grandson. We started with the balance work: PNF patterns for the left leg in standing, then perturbations on the foam at the pelvis and shoulders. After that we did strengthening: sit-to-stands from the low mat, step-ups with the left leading, and bridges.

            What I was thinking: since his right-hemisphere stroke in 2024 his left hip is weak and his postural control is poor when he is pushed toward the left. The left leg doesn't catch him, so he grabs. Strength in the hip and the balance reactions go together, which is why I paired them.

            What went well and what didn't: the PNF was smooth and he understood the pattern quickly. The perturbations toward the left were still poor.

            Numbers: Berg 44 of 56; sit-to-stands 3 sets of 10 from the 18-inch mat; step-ups 3 sets of 8 on a 6-inch step; bridges 2 sets of 12.

            What I will do next: stand at a counter the height of the fryer and practise turning and reaching while I give small pushes from the left.

            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["I69.354"], [PT("97112", 25), PT("97110", 12)], [At(Mismatch, "97110")]),

        // LTC "Walking practice (gait training, 97116) — 30 minutes" on an 18-minute line: mismatch on 97116; otherwise complete (walker to cane on the driveway and the lawn with cues, distance and SBA; a short R step and hip weakness after a hip replacement); a golden retriever of 7, a 1,400-foot driveway, the Tunnel of Trees.
        ["v6-h118-ltc-thirty-on-an-eighteen-minute-97116"] = new(
            """
            Little Traverse Concierge Physical Therapy — Harbor Springs
            Hi Bernard, here's today's note.

            What we did: walking practice with your new cane. We went down the driveway to the road and back, on the lawn around the flower beds, and up and down the two porch steps with the rail. I cued you to land on your heel on the right, to take an even step with each foot, and to keep the cane moving with your right leg.

            What I noticed: your right hip is still weak after the replacement in December, so you take a short step with the left to hurry off the right leg, and your body leans right over the hip when you stand on it. On the lawn, where it's soft, the lean gets bigger.

            Your numbers: about 600 feet on the driveway with the cane, me on stand-by; the lawn loop, about 200 feet, with contact guard on the soft part; porch steps up and down 3 times with the rail and stand-by.

            Life things: your driveway is 1,400 feet from the house to M-119, and you want to walk down for the mail by Memorial Day, when the Tunnel of Trees gets busy with bikes. Goldie, who is 7, walked the whole way with us and sat down at the road to wait, which you said she never does for anyone else. Your daughter is flying in from Denver on the 12th to help with the garden.

            Homework: the driveway walk once a day, with Marjorie or with Goldie, and the heel-first cue.

            For your insurance: Walking practice (gait training, 97116) — 30 minutes.

            Rafael Quintanilla, PT
            """,
            ["Z96.641"], [PT("97116", 18)], [At(Mismatch, "97116")]),

        // RVPT two codes with only "all told we worked forty minutes" and no minutes for either code: separate time missing; both parts complete ("only the two of us"; foam with head turns, pushes and hurdles, Berg; step-ups, heel raises and bridges with doses; slow stepping and hip weakness after a fall); a rodeo-queen granddaughter, the 4th of July parade at 10 a.m.
        ["v6-h118-rvpt-all-told-forty-minutes"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Evelyn Stoddard came in at 9 with her granddaughter Tess, who is running for Ruby Valley rodeo queen this summer and practised her speech for us in the waiting room. Evelyn is 76 and has been on the rodeo committee since 1983. She wants to ride in the 4th of July parade, which lines up at 10 a.m. at the fairgrounds, in the back of the committee's convertible, and she wants to climb in and out of it without being lifted.

            Since her fall off the back step in January, her stepping reactions have been slow, and her hips are weak on both sides, the right more than the left. She steps late when she loses her balance and her right hip drops when she stands on that leg.

            We did two things today, and it was only the two of us in the room for both. For her balance: foam standing with head turns, pushes at the pelvis with a step to recover, and stepping over the bucket-lid hurdles. Her Berg today was 47 of 56 (41 in January). For her strength: step-ups onto a 6-inch step, 3 sets of 10 each leg; heel raises at the counter, 3 sets of 15; and bridges, 3 sets of 12.

            Tess says her grandmother is the reason she rides at all. I told Evelyn she'll be in that convertible if she keeps this up.

            All told we worked forty minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 25), PT("97110", 15)], [SepTime]),

        // UCU "97112 [ 23 ] min" (matches) with the 97140 box left "[ ]" and no minutes for the manual therapy anywhere: separate time missing; both parts complete ("Direct 1:1 contact: [X] yes"; foam perturbations and hop-and-stick with Y-balance; talocrural glides and STM with degrees; ankle proprioception and stiffness after a sprain); a Tech rodeo-club barrel racer, a 16.2-second run.
        ["v6-h118-ucu-manual-box-left-empty"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Owen Pritchett, PT, DPT (orthopaedic resident)
            Patient: Callie Brewer
            Direct 1:1 contact: [X] yes [ ] no
            97112 [ 23 ] min
            97140 [ ] min

            What happened: Callie runs barrels for the Tech rodeo club and turned in a 16.2-second run at the Murfreesboro college rodeo before her horse stumbled coming out of the third barrel in the practice pen on February 2 and she came off onto her right ankle. She is 21 and wants to be back for the spring rodeo in Martin on April 11. Her boyfriend Colt waited in the truck. I started with manual therapy: posterior talocrural glides, grade III, and soft-tissue work to the peroneals and the calf. Then the balance block: single-leg stance on the foam with perturbations at the pelvis and shoulders, and hop-and-stick landings off a low step.

            What I was thinking: her right ankle is stiff into dorsiflexion after the sprain, and her ankle proprioception is poor, so when I push her on the foam her ankle wobbles and she catches herself with a hop. In the saddle, she needs the ankle to bend and to tell her where the stirrup is.

            What went well and what didn't: the glides gave her more bend. The landings were still wobbly to the outside.

            Numbers: dorsiflexion 7 degrees before, 12 after (right), 18 on the left; Y-balance anterior reach 59 cm on the right and 65 cm on the left; 6 of 10 clean landings.

            What I will do next: add landing with a turn, and try the saddle on the stand in the barn at the ag farm.

            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["S93.401D"], [PT("97112", 23), PT("97140", 10)], [SepTime]),

        // LTC two codes with only "All told, you and I worked 38 minutes today" on its own line and no minutes for either: separate time missing; both parts complete ("private"; rhythmic stabilisation and foam head turns with FGA; cane gait on the beach path with distance and SBA; ankle proprioception and a short step after a fall); a Petoskey-stone hunter, 46 stones in a coffee can, the Bear River bridge.
        ["v6-h118-ltc-thirty-eight-minutes-together"] = new(
            """
            Little Traverse Concierge Physical Therapy — Petoskey
            Session: ● private ○ partner ○ small group
            Hi Phyllis, here's today's note.

            What we did: two things, as usual. Balance first, in your living room: rhythmic stabilisation standing (my hands at your shoulders and hips, pushing in changing directions while you held still), then standing on the foam pad with your head turning to look at the window and back. Then walking with your cane down the path to the beach at Magnus Park, working on a longer step with your left and landing on your heel.

            What I noticed: since your fall on the ice in January your right ankle is slow to tell you where it is, so on the foam and on the sand path you wobble and catch yourself with your hips. Walking, your left step is short because you hurry off the right leg.

            Your numbers: Functional Gait Assessment 20 of 30 (16 in January). On the beach path, about 400 feet down and back with the cane, me on stand-by.

            Life things: you showed me your coffee can of Petoskey stones, 46 from this winter alone, picked off the breakwall before the ice came in. Your son Greg is coming up from Grand Rapids on the 18th to fix the storm door, and you'd like to walk with him to the Bear River bridge downtown for ice cream when the shop opens in May.

            Homework: foam with head turns at the counter, and the path with your cane and Greg.

            For your insurance: Balance retraining (neuromuscular re-education, 97112) and walking practice (gait training, 97116).

            All told, you and I worked 38 minutes today.

            Ottoline Marsh, PT, DPT
            """,
            ["S93.491D", "Z91.81"], [PT("97112", 20), PT("97116", 18)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a two-code visit with a diagnosis (the letter was never typed): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h118-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 24), PT("97110", 14)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A note of spaces and line breaks only on a PTA's 97112 (cells are trimmed), with a diagnosis: note missing only.
        ["v7-h118-spaces-and-line-breaks-pta-97112"] = new(
            "   \n \n      \n  ",
            ["G20.A1"], [PTA("97112", 21)], [At(NoteMissing, "97112")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h118-empty-note-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on a UCU note: step-ups, leg press, side-lying hip abduction and wall sits with sets, reps, loads and holds (technique and measure), R knee and hip weakness after a knee arthroscopy and trouble kneeling in the strawberry rows (deficit); "Billing: 97110 × 21 min" matches: passes.
        ["v7-h118-ucu-97110-strawberry-grower"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Owen Pritchett, PT, DPT (orthopaedic resident)
            Patient: Garland Tabor

            What happened: Mr. Tabor grows strawberries on 6 acres outside Baxter and opens the U-pick on the first Saturday in May, $4.50 a quart. He is 59 and had a right knee arthroscopy for a meniscus tear on January 28. He told me he spent the weekend laying straw between the rows with his nephew and felt the knee every time he got up from kneeling. Wren led the warm-up on the bike while I watched. Then we did forward step-ups onto a box, the leg press, side-lying hip abduction with a cuff weight, and wall sits.

            What I was thinking: his right quadriceps is weak and slow to switch on after the scope, and his right hip abductors are weak too, so getting up from kneeling he pushes off his left leg and his right knee wobbles in. The step-ups and the leg press are for the quad, the side-lying work for the hip, and the wall sits for holding a bent knee, which is what kneeling and squatting in the rows need.

            What went well and what didn't: the leg press was strong and pain-free. The wall sits made his knee ache by the third hold, so I shortened them.

            Numbers: step-ups 3 sets of 10 on a 10-inch box; leg press 3 sets of 12 at 110 pounds; side-lying abduction 3 sets of 12 with 4 pounds; wall sits 3 holds of 20 seconds at about 60 degrees of knee bend.

            What I will do next: half-kneel to stand practice so he can get up from the rows without pushing on his left, and a foam kneeling pad for the field.

            Billing: 97110 × 21 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["S83.231D", "M62.81"], [PT("97110", 21)], []),

        // 97530's meaning on an RVPT letter by the PT: lifting a saddle onto the rack, carrying two water buckets across the yard, getting up from kneeling at the stock tank, with counts, loads and assistance (technique and measure), low-back and hip weakness and a ranch-chores goal (deficit); "therapeutic activities (97530), 22 minutes" matches: passes.
        ["v7-h118-rvpt-97530-saddle-and-buckets"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Joanne,

            Linda Haugen came in at 1 today with a 40-pound bag of dog food in the back of her truck that she had loaded herself at the Ace in Ennis, which she considered a victory and I considered a lecture. She is 58, runs cow-calf pairs with her husband Dean on the Madison, and wants to be back to her own chores by turnout in May.

            Her low back has been the trouble since she strained it lifting a hay bale in December, and her hips are weak, so she lifts with her back bent and her knees straight and then pays for it all night. She cannot saddle her horse or carry two water buckets without stopping, and getting up from kneeling at the stock tank is slow and she pulls on the tank rim.

            So we practised her chores. She lifted my old roping saddle, about 30 pounds, from the floor onto the sawhorse I keep as a rack, bending at the hips and knees and keeping it close; carried two 2-gallon water buckets across the parking lot and back; and got down to kneel on a folded blanket by the step and back up again, using a half-kneel and her legs.

            She lifted the saddle 6 times with good form and stand-by assistance, carried the buckets 4 trips of about 80 feet each, and got up from kneeling 5 times with one hand on her thigh and none on the step.

            Dean wants to know whether she can help brand on the 3rd. Roping from horseback, no. Running the vaccine gun, yes.

            For the record, I billed therapeutic activities (97530), 22 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["M54.50", "M62.81"], [PT("97530", 22)], []),

        // 97140's meaning on an LTC note: thoracic PA glides grade III to IV, rib mobilisation and soft-tissue work to the rhomboids (technique), mid-back stiffness limiting rotation in the golf backswing (deficit), rotation degrees (measure); "(97140) — 10 minutes" matches: passes.
        ["v7-h118-ltc-97140-golfer-thoracic"] = new(
            """
            Little Traverse Concierge Physical Therapy — Harbor Springs
            Hi Tom, here's today's note.

            What we did: on the portable table in your study: posterior-to-anterior glides through the middle of your back, grade III moving to IV, at the levels that were stiffest; gentle mobilisation of the ribs on the right side where they meet the spine; and soft-tissue work along the rhomboids between your shoulder blades.

            What I noticed: your mid-back is stiff, especially turning to the right, and that's what limits your backswing. Your shoulders can't turn because the middle of your back won't, so your arms do all the work and your low back takes the twist. The rhomboids on the right were tight and tender.

            Your numbers: seated rotation to the right went from 34 to 45 degrees after the glides; to the left is 50.

            Life things: you shot an 84 at the Bay Harbor course last September, your best round since 2015, and you'd like to play the member-guest in July with your son-in-law Kevin. You told me the club pro, Dave, said your swing looks like you're "swinging in a phone booth", which you did not think was funny. Your knees and hips looked fine in the screen we did last week, and your shoulders move well on their own, so I'm confident the fix is in the middle of your back. You and Pam fly back from Scottsdale on the 2nd, and the course opens the week after.

            Homework: the open-book rotation on your side twice a day and the foam-roller extension over the towel.

            For your insurance: Hands-on joint work (manual therapy, 97140) — 10 minutes.

            Rafael Quintanilla, PT
            """,
            ["M54.6", "M99.02"], [PT("97140", 10)], []),

        // 97116's meaning on an LTC note: walker to cane on the Bay View boardwalk and the chapel steps with cues (technique), a short L step and hip drop after a hip fracture (deficit), distances and assistance levels (measure); "(97116) — 23 minutes" matches: passes.
        ["v7-h118-ltc-97116-walker-to-cane-boardwalk"] = new(
            """
            Little Traverse Concierge Physical Therapy — Bay View
            Hi Frances, here's today's note.

            What we did: walking practice. We started with your walker on the boardwalk in front of the cottage, then switched to the cane for the stretch past the Evelyn Hall, and finished on the three steps up to the chapel with the rail. I cued you to land on your left heel, to take an equal step with each foot, and to stand tall instead of watching the boards.

            What I noticed: since the hip fracture in November your left hip is weak, so it drops when you stand on the right and you take a short step with the right foot to get off the left leg quickly. With the cane the short step shows more; with the walker you lean on your arms to hide it.

            Your numbers: walker 400 feet on the boardwalk with supervision; cane 250 feet with stand-by assistance; chapel steps up and down twice with the rail and contact guard.

            Life things: your family has summered in Bay View since 1924, and you've played the organ at the Sunday evening vespers since you were 19. You'd like to walk to vespers with just the cane by the Fourth of July. Your grandson Nate, who is 14, has offered to carry your music bag, which is a relief to both of us.

            Homework: the cane walk on the boardwalk every day with someone beside you, and the heel-first cue.

            For your insurance: Walking practice (gait training, 97116) — 23 minutes.

            Ottoline Marsh, PT, DPT
            """,
            ["S72.002D"], [PT("97116", 23)], []),

        // RVPT wholly generic letter: ranch news, "I had him to myself", "we did his balance exercises and he tolerated them well … continue the plan of care" and no technique, deficit, body region or number but the code and its minutes: technique, generic, deficit and measure (one-on-one stated).
        ["v7-h118-rvpt-generic-letter-of-ranch-news"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Orville Spangler came in this morning in good spirits. He had been out early helping his son move the heifers down from the upper pasture before the weather turned, and he told me the whole story of the one that went through the fence and down the creek and had to be brought back by the neighbour's boy on horseback. His wife Edna sent along a loaf of her rhubarb bread, which Biscuit has been eyeing ever since. Edna has also taken up quilting again and is making one for the church raffle.

            He talked about the price of hay and about whether the county will ever fix the bridge on the Duncan District Road, which he says has been washboard since the flood, and about his grandson, who is home from college in Bozeman for the break and has been no help at all with the calving, being more interested in his phone.

            I had him to myself for the session. We did his balance exercises and he tolerated them well. He was in good spirits the whole time and had no complaints. He is doing his home program most days, he says, though Edna says otherwise, and I believe Edna.

            He asks whether he can go to the stockgrowers' meeting in Dillon next month. I told him I didn't see why not.

            Plan: continue the plan of care as written and keep up the home program.

            For the record, I billed neuromuscular re-education (97112), 22 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // LTC wholly generic two-code note with only "All told, you and I worked 35 minutes today": "your exercises and the hands-on work … you did great … keep it up" — nothing named for either code and no minutes for each: technique, generic, deficit and measure on each line, and separate time missing.
        ["v7-h118-ltc-generic-two-codes-total-only"] = new(
            """
            Little Traverse Concierge Physical Therapy — Harbor Springs
            Hi Lorraine, here's today's note.

            What we did: your exercises and the hands-on work, the same as last time. We kept to the routine you know, since it's working.

            What I noticed: you did great today! You were cheerful from the moment I walked in, and you tolerated everything well. We're making good progress toward your goals, and I'm really pleased with how things are going.

            Life things: you told me all about the grandchildren's visit over the holidays, the new puppy your daughter brought along, who chewed the dining-room chair, and the snowstorm that kept them an extra few days. You've been reading the new mystery from the library book club and can't put it down, and you're looking forward to the spring luncheon at the church, where you're in charge of the centrepieces again. Your neighbour Mrs. Kowalski has been bringing in your mail and your paper while the driveway is icy, and you'd like to return the favour by baking her a pie, which I think is a lovely idea. You also mentioned that your son may be coming up from Detroit in the spring to help paint the porch, if his work allows.

            Homework: keep doing your exercises every day, the way we practised them together, and call me if anything changes. Keep it up!

            Next visit: same time next week.

            For your insurance: Exercise (therapeutic exercise, 97110) and hands-on work (manual therapy, 97140).

            All told, you and I worked 35 minutes today.

            Rafael Quintanilla, PT
            """,
            ["M62.81"], [PT("97110", 23), PT("97140", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // UCU resident's wholly generic 97110: "Therapeutic exercise per plan of care. Patient tolerated treatment well. Will continue to progress as tolerated." inside a reflection about the clinic's day — no exercise, region, impairment or dose and no number but the code and its minutes: technique, generic, deficit and measure.
        ["v7-h118-ucu-generic-97110-per-plan"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Owen Pritchett, PT, DPT (orthopaedic resident)
            Patient: Clifford Vaughn
            97110 [ 20 ] min

            What happened: Mr. Vaughn came in on time, despite the rain, with his wife Bonnie, who brought him a thermos of coffee and sat in the waiting room with her crossword. He told me about his weekend: the church fish fry, where he ran the hush-puppy fryer, his grandson's baseball game, which they lost in the last inning, and a long drive up to Crossville to see his sister, who has just moved into a new apartment near the golf course. Therapeutic exercise per plan of care. Patient tolerated treatment well.

            What I was thinking: I was thinking mostly about keeping things moving, since the clinic was busy and Wren had her practical exam in the afternoon and I wanted to help her prepare. Mr. Vaughn is easy to work with and always in good humour, and he likes to talk, so I let him.

            What went well and what didn't: the session went well overall. He was motivated and cooperative, and he thanked Wren on the way out for listening to his fish-fry story all the way through. I could have been more organised, as I ran behind with my next patient.

            What I will do next: will continue to progress as tolerated. Continue plan of care. I'll ask Dr. Szczepanik about how to structure my notes better so I'm not catching up at the end of the day.

            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["M17.11"], [PT("97110", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary notes

        // RVPT 97116 letter: walker to cane on the sidewalk, the curb at the corner and the church steps with cues, distances and assistance; a short R step and hip weakness after a hip replacement; an organist of 52 years, the 10:30 service, the 1902 church; "gait training (97116), 21 minutes" matches: passes.
        ["vord-h118-rvpt-97116-to-the-church-steps"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Agnes Trask has played the organ at the Sheridan Methodist church for 52 years, and she missed her first Easter last year after the fall that broke her hip. She is 84. She came in at 11 with her neighbour Phyllis, who waited at the café with a piece of pie. Agnes wants to walk into the 1902 church for the 10:30 service on Easter morning with a cane, up the four steps at the front door, and sit down at the organ by herself.

            Since her left hip replacement in October her left hip is weak, so she leans over it when she stands on it and takes a short step with the right to get off it quickly. She also watches her feet the whole time.

            Today we did gait training. She walked with her walker along the Main Street sidewalk to the corner by the bank, then with the cane back to the office, and then we practised the curb at the corner and the front steps of the Methodist church, which is just across the street, up and down with the rail. I cued her to look up at the steeple and to take an equal step with each foot.

            She walked 350 feet with the walker and supervision, 300 feet with the cane and stand-by assistance, and did the church steps up and down twice with the rail and contact guard.

            Phyllis has offered to drive her every Sunday, which solves the hardest part.

            For the record, I billed gait training (97116), 21 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["Z96.642", "R26.89"], [PT("97116", 21)], []),

        // RVPT 97112 + 97116 letter, each with its minutes in the closing sentence, both match; "I had him by himself"; foam perturbations and tandem with head turns, Berg; cane gait on the gravel lot with distance and SBA; R hemiparesis after a stroke; a retired game warden of 30 years, a $9 elk-drawing fee, a Bobcats score: passes.
        ["vord-h118-rvpt-game-warden-nmr-and-gait"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Joanne,

            Hank Sorensen was a game warden in this district for 30 years and still puts in for an elk tag every spring, $9 for the drawing, just to keep his name in. He came in at 2 with his wife Lois, who went to the library, and told me the Bobcats won 38 to 21 and that he watched it from the recliner with his right hand on the remote, which he was proud of.

            Since his stroke in August his right side is slow. His balance reactions on the right are late, so when he tips toward the right he can't catch himself with that leg, and when he walks his right foot doesn't clear well and he takes a short step with the left.

            I had him by himself in the back room for both parts. For balance, we did perturbations on the foam pad from each direction and tandem walking along the tape line with head turns. His Berg was 44 of 56 (37 in October). For walking, we went out to the gravel lot behind the building with his cane, working on lifting the right foot and taking a longer step with the left. He walked 400 feet on the gravel with stand-by assistance and only one catch of the toe.

            He wants to walk out to his tree stand behind the house by September. I think the gravel lot is a good start.

            For the record, I billed neuromuscular re-education (97112), 23 minutes, and gait training (97116), 15 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], []),

        // UCU PTA 97112: "I was one-on-one with her, no other patient on my schedule"; rocker board, foam stance with ball toss, stepping to targets; diabetic neuropathy with somatosensory loss and slow ankle strategy; mCTSIB and Berg; a church secretary of 27 years, the 9 a.m. Bible study, a 1985 Buick; "97112 — 22 min" matches: passes.
        ["vord-h118-ucu-pta-neuropathy-nmr"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Daily Note — Delia Ruckman, PTA (supervising PT: Ines Calloway, PT, DPT)
            Patient: Geneva Stockton
            97112 — 22 min

            What happened: Mrs. Stockton has been the secretary at Washington Avenue Baptist for 27 years and came straight from the 9 a.m. Bible study she leads on Wednesdays. She still drives her late husband's 1985 Buick, which she says has 212,000 miles on it and has never let her down. I was one-on-one with her, no other patient on my schedule for that block. We did weight shifts on the rocker board, forward and back and side to side; standing on the foam while tossing a ball back and forth with me; and stepping to coloured targets on the floor without looking down.

            What I was thinking: her diabetic neuropathy has taken most of the feeling from her feet, so she has poor somatosensory input and a slow ankle strategy. She corrects with her hips or grabs. The foam and the targets make her use what feeling she has left and rely on her eyes less.

            What went well and what didn't: the ball toss went well; she forgot about her feet. The targets without looking were hard and she peeked.

            Numbers: mCTSIB 30, 30, 20 and 7 seconds; Berg 46 of 56.

            What I will do next: tell Ines the foam with eyes closed is coming along, and add walking on the grass outside the clinic, since the church lawn is where she stumbles after the Sunday dinner on the grounds.
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // UCU OT 97530 hand fellow: gardening tasks after a carpal tunnel release (pinching seedlings, turning the hose spigot, lifting a flat of pansies), with counts, weights and grip; R hand weakness and numbness; a Master Gardener, 40 raised beds, the Hidden Hollow garden; "Billing: 97530 × 21 min" matches: passes.
        ["vord-h118-ucu-ot-97530-master-gardener"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE) — HAND CLINIC
            Reflective Daily Note — Mariela Santangelo, OTR/L (hand fellow)
            Patient: Frances Loftis

            What happened: Mrs. Loftis is a Master Gardener and looks after the 40 raised beds at the Hidden Hollow community garden with six other volunteers. She is 66 and had a right carpal tunnel release on January 30. Spring planting starts in April and she can't manage the small seedlings. We did her gardening tasks at the table and the sink: pinching seedlings out of a cell tray and setting them into a pot, turning the stiff hose spigot I have mounted on a board, and lifting a flat of pansies from the floor to the counter.

            What I was thinking: the nerve is recovering, but her right hand is still weak and her thumb and first two fingers are numb at the tips, so she drops the small seedlings and can't tell how hard she's pinching. The tasks are her real ones, and the feedback is whether the seedling survives.

            What went well and what didn't: the spigot was easy now, which pleased her. Pinching was clumsy; she crushed two seedlings before she slowed down.

            Numbers: 12 seedlings moved with 2 crushed; spigot turned on and off 10 times; the flat, about 8 pounds, lifted floor to counter 4 times; grip 38 pounds on the right and 52 on the left.

            What I will do next: larger seedlings first, and a foam-handled trowel for the beds.

            Billing: 97530 × 21 min.
            """,
            ["G56.01", "Z98.890"], [OT("97530", 21)], []),

        // UCU 97116 + 97110 with both on the billing line, both match; cane gait in the hall and outdoors on the sidewalk with cues, distance and SBA; sit-to-stands, step-ups and side-stepping with doses; L knee weakness after a knee replacement; a retired Cummins machinist, a bass boat on Center Hill Lake: passes.
        ["vord-h118-ucu-gait-and-exercise-after-tka"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Owen Pritchett, PT, DPT (orthopaedic resident)
            Patient: Roy Cantrell

            What happened: Mr. Cantrell retired from the Cummins plant in 2020 after 31 years as a machinist and wants to get his bass boat back on Center Hill Lake by the first of May. He is 69 and had his left knee replaced on January 9. His wife Barbara dropped him off and went to Walmart. We did two things: gait training with his cane, first in the clinic hallway and then outside on the sidewalk and the curb along Dixie Avenue, cueing him to bend the left knee as he swings through and land on the heel; and then strengthening, with sit-to-stands, forward step-ups and side-stepping with a band.

            What I was thinking: his left quadriceps is still weak, so he walks with the knee stiff and swings the leg around, and on the curb he leads with the right both up and down. Strengthening the quad and practising the bend in walking go together.

            What went well and what didn't: the hallway was smooth. Outside, the wind and the traffic distracted him and the stiff knee came back.

            Numbers: cane 450 feet on the sidewalk with stand-by assistance, curb up and down 4 times with contact guard; sit-to-stands 3 sets of 10 from an 18-inch chair; step-ups 3 sets of 10 on a 6-inch step; side-stepping 4 lengths each way with the green band. Knee flexion 112 degrees.

            What I will do next: the boat ramp is steep and wet. I'll use the clinic ramp next time.

            Billing: 97116 × 16 min; 97110 × 15 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["Z96.652", "M62.81"], [PT("97116", 16), PT("97110", 15)], []),

        // UCU 97140: cervical lateral glides, upper-thoracic mobilisation and suboccipital release; R cervical stiffness and headache looking up; rotation and extension degrees; a Tech music professor who plays the cello, 18 students, a concert on April 25; "97140 [ 11 ] min" matches: passes.
        ["vord-h118-ucu-97140-cellist-neck"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Owen Pritchett, PT, DPT (orthopaedic resident)
            Patient: Dr. Miriam Achterhof
            97140 [ 11 ] min

            What happened: Dr. Achterhof teaches cello at Tech, 18 students this semester, and has a faculty recital in Wattenbarger Auditorium on April 25. She is 52 and has had neck pain and headaches since she spent the whole of winter break marking juries and practising the Elgar. She came in between her 2 p.m. and 4 p.m. lessons. I did manual therapy: lateral glides of the mid-cervical segments on the right, grade III; posterior-to-anterior mobilisation of the upper thoracic spine; and a suboccipital release to finish.

            What I was thinking: her neck is stiff turning right and looking up, which is exactly the position she holds to read the music stand and watch the pianist at the same time. The stiffness and the headache track together, so when the segments move better, the headache settles.

            What went well and what didn't: the lateral glides gave the most change. The thoracic work was uncomfortable for her and didn't add much; I'd shorten it.

            Numbers: cervical rotation right 55 before and 68 degrees after; extension 40 before and 48 after; headache 5 out of 10 on arrival and 2 out of 10 on leaving.

            What I will do next: look at her chair and stand height in the studio, and teach her a self-glide with a towel for between lessons.

            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["M54.2", "G44.209"], [PT("97140", 11)], []),

        // UCU 97112 + 97530 on the billing line, both match; "one-on-one with me the whole time"; perturbations in standing and stepping over hurdles, Mini-BESTest; getting up from the floor and carrying a laundry basket on the stairs with counts and assistance; postural control and leg weakness in Parkinson's; a clogger at the Thursday jam, a 1964 Martin guitar: passes.
        ["vord-h118-ucu-nmr-and-activities-clogger"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Wilma Jean Ferrell

            What happened: Mrs. Ferrell clogged at the Thursday bluegrass jam for 25 years until her Parkinson's made her stop last spring, and her husband Bobby still plays his 1964 Martin guitar there every week. She is 72. She told me she fell getting up off the floor after playing with her great-grandson over Christmas and lay there until Bobby came in from the shop. I was one-on-one with her the whole time. We did balance work first: perturbations in standing from each direction, then stepping over a row of low hurdles with big steps. Then functional activities: getting down to the floor on the mat and back up through half-kneeling with a chair, and carrying a laundry basket up and down the practice stairs.

            What I was thinking: her postural control is poor, especially backward, and her legs are weak getting up from low places, so the floor is her biggest fear. The floor transfer is the thing that will keep her from lying there again.

            What went well and what didn't: the hurdles were good, she loved the big steps. The floor transfer was slow but she did it with the chair each time.

            Numbers: Mini-BESTest 18 of 28. Floor to stand 3 times with the chair and contact guard; laundry basket with about 5 pounds in it up and down 8 stairs twice with the rail and stand-by assistance.

            What I will do next: teach Bobby the floor transfer so he can coach her at home.

            Billing: 97112 × 22 min; 97530 × 14 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["G20.A1", "R29.6"], [PT("97112", 22), PT("97530", 14)], []),

        // LTC 97110 shoulder: band external rotation, rows, wall slides and scaption with doses; L shoulder weakness and limited reach after a proximal humerus fracture; elevation degrees; a watercolourist who paints on Lake Michigan, a gallery show on June 21, a 1950s easel: passes.
        ["vord-h118-ltc-97110-watercolour-shoulder"] = new(
            """
            Little Traverse Concierge Physical Therapy — Harbor Springs
            Hi Beatrice, here's today's note.

            What we did: shoulder strengthening in your studio, with the easel pushed back. We did external rotation with the yellow band, elbow at your side; rows with the red band tied to the door handle; wall slides with the towel, reaching up the wall as far as it would go; and scaption (lifting your arm up at an angle, thumb up) with the 1-pound weight.

            What I noticed: your left shoulder is still weak after the fracture at the top of the arm in November, so you can't hold your arm up long enough to paint at the top of a big sheet, and you hike your shoulder to cheat. The muscles that turn the arm out are the weakest, which is why your brush arm gets tired so fast.

            Your numbers: external rotation 3 sets of 12 with the yellow band; rows 3 sets of 15 with the red band; wall slides 2 sets of 10; scaption 3 sets of 10 with 1 pound. Your arm lifts to 132 degrees now (96 in December).

            Life things: you've painted the lake from the same spot on the bluff since 1988, and your show at the gallery on Main Street opens on June 21, with 24 new watercolours. The easel was your mother's, from the 1950s, and it's too low. We agreed you'd raise the paper rather than your arm for now.

            Homework: the bands and wall slides once a day, scaption every other day.

            For your insurance: Strengthening exercise (therapeutic exercise, 97110) — 19 minutes.

            Ottoline Marsh, PT, DPT
            """,
            ["S42.292D", "M62.81"], [PT("97110", 19)], []),

        // LTC 97112 vestibular: "one-on-one, just us"; X1 and X2 viewing, walking with head turns on the lawn, foam stance with head nods; R vestibular hypofunction after neuritis; DGI and DVA; a retired airline pilot, 28,000 hours, a Piper Cub at Pellston airport: passes.
        ["vord-h118-ltc-pilot-vestibular"] = new(
            """
            Little Traverse Concierge Physical Therapy — Petoskey
            Hi Captain Holm (you insisted), here's today's note.

            What we did: one-on-one, just us, on your back deck and lawn. Gaze stabilisation first: X1 viewing with the card on the deck post, your head turning side to side and then up and down, and then X2 viewing, where the card and your head move in opposite directions. Then walking across the lawn turning your head on my call, and standing on the foam pad with head nods.

            What I noticed: your right inner ear is the weaker one after the neuritis in January. When you turn your head quickly to the right, the card blurs and you feel the world lag a beat behind, and on the foam you sway to the right when you look down. X2 was hard, as I expected; it's the hardest one.

            Your numbers: Dynamic Gait Index 20 of 24 (15 in January). On the eye chart you lost 2 lines with your head moving (4 in January).

            Life things: you flew 28,000 hours for Northwest before you retired in 2009 and you still own a Piper Cub that lives in a hangar at Pellston. You want your medical renewed so you can fly her over the Straits this summer, and your flight surgeon wants a note from me, which I'll send when you're ready. Your wife Karin says you've been practising the card exercise in the car, as a passenger, which is fine.

            Homework: X1 three times a day, X2 once, and the lawn walk with head turns.

            For your insurance: Balance retraining (neuromuscular re-education, 97112) — 23 minutes.

            Rafael Quintanilla, PT
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // LTC OT 97530 kitchen: standing to make jam, lifting the stockpot from the stove to the counter, reaching the top cupboard with counts, weight and assistance; R hemiparesis with weak grasp and standing tolerance after a stroke; a cherry orchard near Traverse City, 14 jars, a $6 jar at the farm stand: passes.
        ["vord-h118-ltc-ot-97530-cherry-jam"] = new(
            """
            Little Traverse Concierge Physical Therapy — Harbor Springs
            Hi Rosemary, here's today's note from Leonie.

            What we did: jam day in your kitchen, with the frozen cherries from your brother's orchard near Traverse City. You stood at the counter pitting and stirring, lifted the stockpot from the stove to the counter with both hands, and reached into the top cupboard for the jars and lids.

            What I noticed: since the stroke in October your right hand is weak and slow to let go, and you tire standing and start to lean on the counter with your left elbow. Lifting the pot with both hands was the hardest because your right grip gives first.

            Your numbers: you stood at the counter for the whole task with two short sitting breaks; the stockpot, about 7 pounds with the water, lifted from the stove to the counter 3 times with contact guard; 14 jars taken down from the top cupboard with your right hand, stand-by assistance, and only one dropped lid.

            Life things: your brother sells the jam at his farm stand for $6 a jar, and you've made it every July since 1979. You'd like to make the summer batch with your granddaughter Emma, who is 9, without anyone else in the kitchen. Your husband Joe has promised to stay out of the way, which we both doubt.

            Homework: the jar reach with empty jars once a day, and the foam grip on the wooden spoon.

            For your insurance: Daily-task practice (therapeutic activities, 97530) — 24 minutes.

            Leonie Faure, OTR/L
            """,
            ["I69.351"], [OT("97530", 24)], []),

        // LTC 97116: rollator to cane on the Petoskey waterfront trail with cues for step length and heel strike, distance and assistance; shuffling gait and a short L step after a hip fracture; a bus 10 stop, the 2:15 train museum tour, a 1912 depot: passes.
        ["vord-h118-ltc-97116-waterfront-trail"] = new(
            """
            Little Traverse Concierge Physical Therapy — Petoskey
            Hi Ethel, here's today's note.

            What we did: walking practice on the waterfront trail below Bayfront Park. We started with your rollator from the parking lot to the old 1912 depot, then switched to the cane for the stretch along the water to the marina, and practised the curb at the crossing by the bus 10 stop. I cued you to take a longer step with your left, to land on your heel, and to look at the lighthouse rather than your feet.

            What I noticed: since your hip fracture in December you shuffle, with short steps, especially with the left foot, and you lean forward over the rollator. With the cane your steps get longer when you look up, and shorter when you look down at the trail.

            Your numbers: rollator 500 feet with supervision; cane 300 feet with stand-by assistance; the curb up and down 3 times with contact guard.

            Life things: the depot is now the historical museum, and you'd like to take the 2:15 tour with your book club in May, which means about 200 feet from the parking lot and standing for the talk. You worked at the Petoskey post office for 33 years and knew every address on this side of the bay. Your son Leonard is driving up from Saginaw on the 6th.

            Homework: the cane walk in the hallway at home every day and the curb by your driveway with someone beside you.

            For your insurance: Walking practice (gait training, 97116) — 22 minutes.

            Ottoline Marsh, PT, DPT
            """,
            ["S72.002D", "R26.89"], [PT("97116", 22)], []),

        // RVPT 97110 + 97140 letter, each with its minutes in the closing sentence, both match; band rows, ER and overhead press with doses; posterior glides and STM to the posterior cuff; R shoulder stiffness and weakness after a rotator-cuff repair; ER and flexion degrees; a hay hauler with a 1,100-bale stack, a $3.10 gallon of gas: passes.
        ["vord-h118-rvpt-shoulder-exercise-and-manual"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Clint Rasmussen came in at 4 after hauling hay all day for the Dunn outfit, 1,100 bales stacked on the flatbed and none of them thrown by him, on my orders. He told me gas is $3.10 in Twin Bridges and $3.35 here and that he drives the extra miles out of principle. He is 56 and had his right rotator cuff repaired in Butte in November.

            His right shoulder is stiff, especially turning out and reaching overhead, and the cuff is still weak, so he hikes the shoulder to get the arm up and can't hold it there. He wants to throw bales again by haying season and to reach the top of the stack.

            First, manual therapy: posterior and inferior glides of the right shoulder, grade III, and soft-tissue work to the back of the cuff and the upper trap. His external rotation went from 38 to 47 degrees and flexion from 140 to 151.

            Then exercise: rows with the heavy band, 3 sets of 15; side-lying external rotation with 2 pounds, 3 sets of 12; and overhead press with 5-pound dumbbells to the top of his range, 3 sets of 10, watching in the mirror that he didn't hike.

            He asks whether he can rope at the branding on the 3rd. Not yet. He can run the gate.

            For the record, I billed manual therapy (97140), 12 minutes, and therapeutic exercise (97110), 16 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["M75.111", "Z98.890"], [PT("97140", 12), PT("97110", 16)], []),

        // RVPT 97112 vestibular letter: "I kept her to myself for all of it"; X1 viewing against the feed-store calendar, walking with head turns along Main Street, foam stance with head nods; L vestibular hypofunction after neuritis; DGI and DVA; a librarian of 24 years, 6,000 books, a bookmobile route: passes.
        ["vord-h118-rvpt-librarian-vestibular"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Joanne,

            Margaret Olsen has run the Sheridan library for 24 years, all 6,000 books of it, and drove the county bookmobile route to Alder and Laurin on Fridays until the dizziness started in January. She came in at 10 and told me the library board finally approved the new roof, and that the Friends of the Library sold $640 of pies at the bake sale.

            You referred her with a left vestibular hypofunction after the neuritis. She still gets dizzy turning her head quickly to the left, sees the shelves jump when she walks down the stacks reading spines, and veers to the left when she walks and turns her head.

            I kept her to myself for all of it. We did X1 viewing with her eyes on the feed-store calendar on my wall while her head turned side to side and then up and down, first sitting and then standing; walking along Main Street turning her head to read the shop signs I called; and standing on the foam with head nods, eyes open.

            Her Dynamic Gait Index was 18 of 24 today (12 at evaluation), and on the eye chart she lost 3 lines with her head moving (6 at evaluation).

            She would like to drive the bookmobile again by May. I told her the driving is up to you, but that I'd like her walking the stacks reading spines without veering first.

            For the record, I billed neuromuscular re-education (97112), 22 minutes.

            With regards,
            Nell
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // UCU 97112: "I was one-on-one with him for the whole block"; ankle-strategy training on the tilt board, foam stance with head turns, stepping over hurdles with an AFO; CMT with distal proprioceptive loss and foot drop; mCTSIB and FGA; a Tech engineering student of 22, Room 309, a 3-mile commute by bike: passes.
        ["vord-h118-ucu-cmt-student-nmr"] = new(
            """
            UPPER CUMBERLAND UNIVERSITY — DPT RESIDENCY CLINIC (COOKEVILLE)
            Resident Reflective Daily Note — Ines Calloway, PT, DPT (neurologic resident)
            Patient: Micah Abernethy

            What happened: Micah is 22, a senior in electrical engineering, and came over from his senior-design lab in Room 309 of Prescott Hall. He rides his bike the 3 miles from his apartment most days, and he fell off it at a stop sign in January when he couldn't get his foot down in time. I was one-on-one with him for the whole block. We did ankle-strategy training on the tilt board, me tipping it slowly forward and back while he corrected at the ankles; foam stance with head turns; and stepping over a row of hurdles in his AFOs, then without them.

            What I was thinking: his Charcot-Marie-Tooth has taken the feeling from his feet and the strength from his ankles, so he has poor distal proprioception and foot drop on both sides. His ankle strategy is barely there, and he uses his hips for everything. The tilt board makes his ankles do whatever they still can.

            What went well and what didn't: the tilt board was better than I expected; he's strong above the knee and willing. Without his AFOs on the hurdles he caught his toe twice, which is useful information for his bike.

            Numbers: mCTSIB 30, 30, 14 and 4 seconds; Functional Gait Assessment 21 of 30.

            What I will do next: practise the stop-and-put-a-foot-down on the stationary bike with him clipped out, and talk with the orthotist about an AFO he can ride in.

            Billing: 97112 × 23 min.
            Mentor co-sign: H. Szczepanik, PT, DPT, NCS
            """,
            ["G60.0"], [PT("97112", 23)], []),

        // LTC complete 97112 ("private, just you and me"; perturbations on the foam and tandem on the deck boards with head turns; ankle proprioception and sway after a sprain; FGA and perturbations) sent with no diagnosis on the claim.
        ["vord-h118-ltc-complete-nmr-no-diagnosis"] = new(
            """
            Little Traverse Concierge Physical Therapy — Harbor Springs
            Session: ● private ○ partner ○ small group
            Hi Lucille, here's today's note.

            What we did: private, just you and me on the deck, for all of it. Perturbations while you stood on the foam pad (little pushes at your hips and shoulders in every direction), heel-to-toe walking along one deck board turning your head to look at the harbour and back, and stepping on and off the foam onto the deck while catching the ball.

            What I noticed: your right ankle still doesn't tell you where it is since you sprained it stepping off the launch in September, so you wobble at the ankle and then sway from your hips. When you turn your head, the sway is bigger and you reach for the rail.

            Your numbers: Functional Gait Assessment 23 of 30 (18 in November). You held 7 of 10 of my pushes on the foam without stepping.

            Life things: you've crewed on your husband Walt's Tartan 34 in the Wednesday races since 1996, and you'd like to be back on the foredeck by the first race in June. You also told me you're hosting the Harbor Springs garden walk on July 12, with 300 people through your yard, and you want to stand at the gate and greet them.

            Homework: the deck-board walk with head turns once a day, and standing on the right foot while you brush your teeth.

            For your insurance: Balance retraining (neuromuscular re-education, 97112) — 24 minutes.

            Ottoline Marsh, PT, DPT
            """,
            [], [PT("97112", 24)], [Dx]),

        // RVPT complete 97112 letter ("only the two of us"; rocker board, foam with eyes closed and pushes; slow ankle strategy and sway after a fall; Berg and TUG) with the claim's diagnosis written as words, "gait instability", not an ICD-10-CM code: diagnosis missing.
        ["vord-h118-rvpt-diagnosis-written-as-words"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Ruth Ann Kimmel came in at 9 today with her husband Les, who has been driving her since she fell in the church parking lot on January 11. She is 77, has taught Sunday school for 46 years, and plays bridge on Tuesdays with the same three women she has played with since 1979. Les waited out front and told anyone who would listen that the Griz will go 11 and 1 this fall.

            Her trouble is her ankles and her eyes. Her ankle strategy is slow, so when the ground tips she jumps straight to her hips or a step, and she sways when her eyes close or when she turns her head. On the icy lot she had neither.

            It was only the two of us in the room. We did the rocker board forward and back, standing on the foam with her eyes closed, and pushes at her hips on the foam with a step to recover.

            Her Berg today was 46 of 56 (40 in January), and her Timed Up and Go was 11.2 seconds (14.0).

            She wants to walk from the car into church without Les's arm by Easter. I think she can, if the lot is sanded.

            I noticed the front desk sent your referral through with "gait instability" in the diagnosis box; I've left it as it came.

            For the record, I billed neuromuscular re-education (97112), 22 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["gait instability"], [PT("97112", 22)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
