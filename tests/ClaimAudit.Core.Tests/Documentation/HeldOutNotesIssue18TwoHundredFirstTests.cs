using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The two-hundred-and-first held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read for
/// their format, and the hundred-and-ninth — the after-visit summaries and parent letters — only to keep clear of its
/// clinics, headings and phrasings). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer. Written 2026-12-07 (blind), the set is notes written TO THE PATIENT at eight
/// clinics that share every note through the patient portal (OpenNotes-style, 2026): the signed note is the letter the
/// patient reads — plain language in the second person and the first person plural ("You worked on …", "We practised
/// …", "I stayed right beside you the whole 20 minutes"), few or no abbreviations, warm encouragement, an explanation of
/// why each exercise matters, the problem named as the patient hears it ("your left ankle is slow to catch you when you
/// tip"), progress told as numbers ("you held the narrow stance for 14 seconds, up from 6 last week"), home-practice
/// reminders that are not today's care — with some clinics keeping a short billing block for the payer (codes and
/// minutes, and at some a one-on-one box) under the friendly text and others putting the minutes only in the prose.
/// About two thirds are ordinary and complete (72 of 110), single- and multi-code visits (97110, 97112, 97116, 97140,
/// 97530, up to three codes, a PT and an OT on one visit), by PTs, PTAs and OTs:
/// <list type="number">
/// <item>Root River Physical Therapy in Lanesboro, Minnesota (RRPT: Ingrid Solberg, PT, DPT; Caleb Hovland, PTA — the
/// bike trail along the river, a cheese-shop clerk, the church basement, a neighbour on the same foam beam): "Your visit
/// note (you can read this in your portal)", "Hi Arlene,", the headings "What we did together", "Why it matters", "How
/// you did" and "Keep going", and the block "— For your insurance plan —" with "CPT 97112 Neuromuscular re-education: 23
/// minutes";</item>
/// <item>Davis Mountains Therapy in Fort Davis, Texas (DMT: Rosa Villarreal, PT; Luz Ybarra, PTA; Dalton Pruett, OTR/L —
/// a ranch hand off the feed truck, a docent at the observatory's star parties, a rock hound, a retired Border Patrol
/// agent): "Note shared with you through the patient portal", paragraphs opening "What we worked on:", "Why it
/// matters:", "How you did:" and "For home:", and the minutes only in the prose ("Your balance work today lasted 22
/// minutes.", "The balance part of today took 23 minutes; the leg-strengthening part took 12 minutes.");</item>
/// <item>Apalachicola Bay Rehab in Apalachicola, Florida (ABR: Lucinda Pridgeon, PT; Tyrell Gaskin, PTA — a shrimper
/// straight off the boat, a net mender, an oyster-house shucker, a woman off the loading dock): a letter and a "Billing section (for
/// your insurer)" with "Service: 97112 Neuromuscular re-education     Minutes: 22" and the boxes "☒ One-on-one the whole
/// time   ☐ Shared with another patient", ticked, left empty and struck and re-ticked with the therapist's initials, and
/// now and then a box list of what was worked on or of the help needed;</item>
/// <item>Gila Wilderness Rehab in Silver City, New Mexico (GWR: Benita Chávez, PT, DPT; Eli Trujillo, PTA — a retired
/// copper-mine hand, a trail-ride outfitter, a hot-springs attendant, a university groundskeeper): short paragraphs headed
/// "Today —", "Why —", "Your progress —" and "At home —", and the minutes in a closing line in words for the patient
/// ("Balance retraining today: 22 minutes.") without a code;</item>
/// <item>Lamoille Valley Rehab in Morrisville, Vermont (LVR: Hazel Prescott, PT; Owen Tatro, PTA; Nadia Lessard, OTR/L — a
/// sugarmaker and his sap buckets, a dairy farmer, a snowmobile-trail groomer, a covered-bridge painter): "Hi Bernice,",
/// "What you worked on:", "Why:", "What we measured:", and "For your insurer:" with a line per code "— 97112
/// Neuromuscular re-education · 23 minutes · one-on-one: yes" ("no", or "—" when left blank);</item>
/// <item>Kenai Peninsula Therapy in Soldotna, Alaska (KPT: Tove Karlsen, PT, DPT; Jace Moody, PTA; Rhea Nilsen, OTR/L — a
/// dipnetter on the Kenai River, a cannery worker, a smokehouse full of salmon strips, a boat deck): "Your visit in plain
/// words (shared with you in the portal)", "Dear Mrs. Petrov,", "Here's why:", "Your progress:", and the closing line
/// "Insurance summary: Neuromuscular re-education (97112), 22 minutes.";</item>
/// <item>Hermann Riverfront Physical Therapy in Hermann, Missouri (HRPT: Lorna Kemper, PT; Dustin Brune, PTA — a
/// vineyard hand on the slopes, a sausage maker, a barge deckhand, a Katy Trail cyclist): "A note for you, Mr. Rauch
/// (shared in your MyChart portal)", "Why we do this:", "How you did:", "At home:", written in "we", and the minutes
/// only in the prose ("Our balance work today took 24 minutes.");</item>
/// <item>Berea Knobs Therapy in Berea, Kentucky (BKT: Corinne Abney, PT; Silas Rowlette, PTA; Aubrey Lakes, OTR/L — a
/// broom maker, a weaver at the craft school, a college grounds worker, a hiker on the knobs): "What we did today
/// (checked items):" with "[x]" and "[ ]" items, "Your numbers today:", and "Billing boxes:" with "[x] 97112
/// Neuromuscular re-education — 22 min" and "[x] One-on-one   [ ] Shared time", ticked, unticked or left as a blank
/// "One-on-one (yes or no): ______".</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer reading the signed text the patient also reads,
/// applying the contract to what the filled-in text says: a statement written to the patient counts as much as one in a
/// chart ("It was just the two of us for the whole balance part", "You had my full attention the whole time, with no
/// other patients"), a technique named plainly is named ("I gave you small nudges at the hips to train your balance
/// reactions", "you kept your eyes on the letter while turning your head"), a problem told as the patient hears it is a
/// deficit when it names the system or the impairment ("your left ankle is slow to catch you when you tip", "your feet
/// don't feel the floor well because of the nerve damage from diabetes"), a number in words is a number, praise,
/// thanks and reminders are neither a technique nor a measure, a home-practice reminder is not today's care, a ticked
/// box ("☒", "[x]") states what its label names, an empty box or a blank line states nothing, a struck box states
/// nothing and the box ticked in its place states its label, "one-on-one: no" states its opposite and "—" nothing, and a
/// programme's name or level is not a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h201-…): one-on-one in the writers' everyday words ("I stayed right beside you the whole 22
/// minutes, and you were the only patient I was working with", "It was just the two of us … your daughter waited in
/// the lobby", "Nobody else was on my schedule during your balance work", "Your husband sat in to learn the home
/// exercises, but I was treating only you", "I did not step away from you once, and I had no other patient with me", a
/// student who helped set up), notes that negate it ("While you worked through these on your own …, I was helping
/// another patient on the parallel bars", two patients sharing the balance station with "one-on-one: no", "I was going
/// back and forth between you and another patient", "This wasn't a one-on-one session: your neighbour Mr. Bakken …") or
/// never state it (an HRPT PTA's complete letter), and an OT's 97530 beside two other people and a PTA's 97110 between
/// another patient's sets, which have no one-on-one check;</item>
/// <item>class 2 (v2-h201-…): checkbox and blank states (ABR's one-on-one box ticked, both boxes left empty, the
/// one-on-one box struck and "Shared" ticked, "Shared" struck and one-on-one ticked; BKT's blank "One-on-one (yes or
/// no): ______", a list of techniques with some ticked and some not, a list whose only ticked item is "Balance exercises",
/// a numbers list left "[ ] Berg balance test ____" and the same list filled; LVR's "one-on-one: yes" and a 97110 line
/// left "—"; ABR's box lists of what was worked on and of the help needed on a 97116);</item>
/// <item>class 3 (v3-h201-…): named protocols and techniques told plainly (PNF diagonal patterns, treadmill perturbation
/// training, Frenkel exercises, Spanish squats and isometric holds for a 97110, muscle energy technique and Kaltenborn
/// traction for a 97140, metronome-paced walking for a 97116, sensory re-education with the rice bin for an OT's 97112,
/// a shrimp-boat work simulation for a 97530, moving-stripes visual habituation), and a programme's name or level as the
/// only technique ("Steady Feet, level 3", "the River Strong balance circuit", "Level B of the Gila Strong programme",
/// "Knobs Steady Steps — week 5", "the Ready-for-Home programme, module 2");</item>
/// <item>class 4 (v4-h201-…): deficits told as the patient hears them (the slow left ankle, the brain that cannot sort
/// what the eyes, inner ears and feet say after a concussion, a right leg the brain gets poor reports from, hip muscles
/// slow to fire after a hip fracture, a spinal cord squeezed in the neck, a shoulder that will not lift to the
/// smokehouse rack, weak hip muscles after a replacement, a foot that drops after a nerve injury, a stiff upper neck for
/// a 97140) and notes that state none (praise and numbers only, a 97116 walk with a new cane and no impairment or
/// goal);</item>
/// <item>class 5 (v5-h201-…): measures in every usual form (the narrow stance in seconds against last week, a Berg in
/// words, a timed up-and-go against the first visit, nudges caught as a count, feet and stand-by help for a 97116, sets,
/// repetitions and pounds for a 97110, knee bend in degrees for a 97140, carries and help for an OT's 97530) and notes
/// with none ("so much steadier than last week", a 97110 list with no dose, a 97116 with no distance or help, "We'll
/// re-check your balance score next visit", a 97140 where the neck "turned more easily");</item>
/// <item>class 6 (v6-h201-…): minutes in the usual forms (the service's name and its minutes in the prose for two codes,
/// "the balance part … the leg-strengthening part", a billing block of two and of three codes, "the whole 20 minutes"
/// beside the only code, a PT's and an OT's lines, minutes in words, a clock range with its minutes on a ticked code
/// line), true mismatches (a prose "30 minutes" of balance work on a 20-minute line, a billing block's 25 on a
/// 15-minute 97110, a walking practice that "lasted 35 minutes" on a 22-minute 97116) and truly missing separate time (a
/// visit total for two codes, minutes for the balance part only);</item>
/// <item>class 7 (v7-h201-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check),
/// the contract's meanings for 97110 (an RRPT PTA's legs and trunk for the bike trail), 97530 (an LVR OT's milking-parlor
/// tasks), 97140 (a KPT shoulder mobilisation), 97116 (an HRPT walk on the levee path and a BKT cane walk), and wholly
/// generic, encouraging notes ("You did great with your balance exercises today!", "therapeutic exercise … therapeutic
/// activities … You worked hard!", "It was just you and me today. We did balance and coordination exercises.",
/// "everyday activities as tolerated");</item>
/// <item>ordinary (vord-h201-…): complete notes of these clinics a reviewer passes (the false-positive guard) — with
/// praise, reminders, a family member in the room, a home programme with its own doses beside today's numbers — and the
/// ordinary weak ones: two complete notes with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — a daughter, husbands, a son, a
/// sister, a home aide, a neighbour, a student, other patients named (Mr. Bakken, Mr. Gagnon, Mr. Combs), seconds, counts of nudges, steps,
/// cones, objects and jars, holds and repetitions at home, loads in pounds, distances in feet and inches, degrees,
/// test scores "out of" their maximum, millimetres, months and weeks — and each is written so that a reviewer cannot
/// take it for a billed code's minutes; a code's minutes are written next to the code in a billing block, next to the
/// service's name or the patient's words for it in the prose ("Your balance work today lasted 22 minutes.", "We spent
/// 22 minutes on neuromuscular re-education (the balance retraining)"), beside the only code's work ("the whole 23
/// minutes of your balance work"), or as a clock range with its minutes on the code's own line; no note gives minutes
/// to a drill, a rest, a test or a home exercise, except the one that gives two codes only a visit total; notes failed
/// for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the
/// note names no technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure
/// with a number and fails it only when the note has no number but its code, its minutes and numbers that are plainly
/// something else; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure.
/// One-on-one is judged on the billed minutes: a family member, caregiver, interpreter, student or staff member in the
/// room does not undo a one-on-one statement, another patient treated in the same block does, and a therapist attending
/// someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges for a code, minutes of an exercise, a rest or a test, canalith repositioning, three-character or
/// dotless diagnosis codes, and any line with a code that has no documentation profile (heat, TENS, evaluations and
/// group classes stay in the notes, never on a line).
/// This set also leaves out what a note written to the patient could honestly leave in doubt: a technique, a deficit or
/// a number given only in the home-practice reminder while today's care is told generically, home practice given in
/// minutes, "I stayed right beside you" with no word that no one else was being treated (each such sentence here says
/// so), a symptom ("the wobbliness", "dizzy spells") as the only problem named, a note of nothing but a greeting and
/// thanks (every encouraging note here also says what was done in generic words), praise in numbers ("a 10 out of 10
/// effort"), the patient's own rating of confidence or pain as the only number, a one-on-one box ticked beside a
/// sentence telling of another patient, a box ticked on a line whose label is cut off or unclear, a struck box with
/// nothing ticked in its place, minutes given to the patient's words for a service that could name either of two billed
/// codes ("your exercises" on a visit with 97110 and 97530), and an appointment time or a clock time anywhere but on a
/// code's line.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 77 of 110 cases agree (108 needed), and 23 of the 72 notes the reviewer passes got a finding, on the analyzer of c0bf95d (the 2026-12-07 twenty-seventh session at its start, after the twenty-sixth session skipped facts of the 198th and 200th sets were worked through; nothing was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (engine code 41ca737, after two reviews): 106 of 110, 3 false positives. Then the next session (2026-12-08, engine code 872dc2e): 109 of 110, no false positive — met.</para>
/// </summary>
public class HeldOutNotesIssue18TwoHundredFirstTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in the writers' everyday words, negated, unstated

        // DMT, Rosa Villarreal: "I stayed right beside you the whole 22 minutes, and you were the only patient I was working with"; rocker board tips, foam eyes closed, hose step-and-hold; L ankle position sense after a sprain; foam seconds and nudge count; prose minutes 22 match: passes.
        ["v1-h201-dmt-right-beside-you-only-patient"] = new(
            """
            Davis Mountains Therapy · Fort Davis, Texas
            Note shared with you through the patient portal
            Written by Rosa Villarreal, PT

            Mr. Cordero, here is what we did today and why.

            You told me the ranch road "tilts" under you when you step down off the feed truck, and that you nearly went down by the water trough on Sunday.

            What we worked on: you stood on the rocker board while I tipped it under you, front to back and then side to side, so your ankles had to answer. Then you stood on the thick foam pad with your eyes closed, and we finished with stepping over the garden hose I laid across the floor, stopping and holding still on the far side.

            Why it matters: since the sprain, your left ankle doesn't feel the ground well — your body's sense of where the foot is, called proprioception, is dulled on that side. These drills wake that sense up so the ankle reacts in time.

            How you did: you kept your balance on the foam with your eyes closed for 17 seconds, up from 8 last week, and you held still after 7 of 10 hose crossings.

            I stayed right beside you the whole 22 minutes, and you were the only patient I was working with.

            For home: stand at the kitchen counter on your left foot, 5 holds, twice a day. You're doing the work, and it shows.

            Rosa Villarreal, PT
            """,
            ["S93.402D", "R26.81"], [PT("97112", 22)], []),

        // RRPT, Ingrid Solberg: "It was just the two of us for the whole balance part of your visit; your daughter waited in the lobby"; rocker board, foam step-ins with head turns; diabetic loss of foot sensation; rocker seconds and Berg; billing block 97112 23 matches: passes.
        ["v1-h201-rrpt-just-two-of-us-daughter-in-lobby"] = new(
            """
            Root River Physical Therapy — Lanesboro, Minnesota
            Your visit note (you can read this in your portal)

            Hi Arlene,

            Thank you for coming in on such a blustery morning. Here's a summary of our visit.

            What we did together
            It was just the two of us for the whole balance part of your visit; your daughter waited in the lobby with her coffee. We practised standing on the rocker board, tipping it front to back and then side to side, and you stepped forward and back onto the foam pad while turning your head to read the cards on the wall.

            Why it matters
            Your feet don't feel the floor well because of the nerve damage from diabetes, so you lean on your eyes to stay upright. When it gets dark or you turn your head, you lose that help. Working on soft and moving surfaces trains your body to use the signals it still has.

            How you did
            You kept the rocker board level for 18 seconds side to side, compared with 9 seconds two weeks ago. Your Berg balance score today was 45 out of 56.

            Keep going
            Please keep up the counter exercises we went over. You're making real gains.

            Ingrid Solberg, PT, DPT

            — For your insurance plan —
            CPT 97112 Neuromuscular re-education: 23 minutes
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // HRPT, Lorna Kemper: "Nobody else was on my schedule during your balance work — I worked with you alone the whole time"; big-step turns, stepping to pulls, dual-task walking; Parkinson's slow balance reactions; pull-test steps and turn seconds; prose 24 minutes matches: passes.
        ["v1-h201-hrpt-nobody-else-on-schedule"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mr. Hoelscher (shared in your MyChart portal)

            Good to see you today! Here is what we did.

            Nobody else was on my schedule during your balance work — I worked with you alone the whole time. Our balance work today took 24 minutes.

            We practised turning in place with big, deliberate steps to a count, stepping backward and to the side to catch yourself when I gave you a quick, gentle pull at the shoulders, and walking while you named the river towns from here to St. Louis.

            Why we do this: Parkinson's makes your steps small and your balance reactions slow, so when you're pulled off balance your feet don't move fast enough to catch you. Practising big steps and quick catching steps retrains those reactions.

            How you did: on the pull test you needed 2 steps to recover, down from 4 at your first visit. Turning a full circle took you 6 seconds each way.

            At home: practise the big-step turns in the kitchen, 5 each way, holding the counter.

            Lorna Kemper, PT
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // KPT, Tove Karlsen: "Your husband sat in today to learn the home exercises, but I was treating only you the whole time" (family, not a patient); gaze stabilisation sitting and standing, head-turn walking; R vestibular nerve hurt by a virus; DGI and eye-chart lines; insurance summary 97112 22: passes.
        ["v1-h201-kpt-husband-learning-home-exercises"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Mrs. Petrov,

            Your husband sat in today to learn the home exercises, but I was treating only you the whole time.

            Today you worked on keeping your eyes steady while your head moves (gaze-stabilisation exercises). You kept your eyes on the letter E taped to the wall while turning your head side to side, first sitting and then standing, and then you walked down the hall turning your head toward the pictures on each side.

            Here's why: the balance nerve from your right inner ear was hurt by the virus, so quick head turns make the world jump and you feel unsteady on the river bank. These exercises train your brain to make up for it.

            Your progress: on the walking balance test (the Dynamic Gait Index) you scored 19 out of 24, up from 14 in November. Reading the eye chart while I moved your head, you lost 3 lines, down from 5.

            Keep doing the head turns with the letter card, 3 times a day. You're well on your way.

            Tove Karlsen, PT, DPT

            Insurance summary: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // GWR, Benita Chávez: "While you worked through these on your own at the balance corner, I was helping another patient on the parallel bars and checked on you between his sets": the therapist attended another patient in the block — one-on-one missing; foam eyes closed, rocker, step-up-and-hold; R ankle proprioception after a fracture; seconds present.
        ["v1-h201-gwr-helping-another-patient-at-bars"] = new(
            """
            Gila Wilderness Rehab · Silver City, New Mexico
            Visit note — you can read this in your portal

            Today — You stood on the foam pad with your feet together and your eyes closed, then on the rocker board tipping it side to side, and finished by stepping up onto the low step and holding still on your right leg. While you worked through these on your own at the balance corner, I was helping another patient on the parallel bars and checked on you between his sets.

            Why — The sense of where your right foot is (proprioception) is still poor since the ankle fracture, and your ankle reacts late when the ground shifts under you on the trail.

            Your progress — Right-leg stand 9 seconds, up from 4 two weeks ago. You kept the rocker board level for 15 seconds.

            At home — Keep practising the one-leg stand at the sink. You're getting there!

            Balance retraining today: 22 minutes.

            Benita Chávez, PT, DPT
            """,
            ["S82.891D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // LVR, Owen Tatro (PTA): "You and Mr. Gagnon … shared the balance station today and took turns on the foam beam while I coached you both" and "one-on-one: no": another patient in the block — one-on-one missing; foam-beam tandem, wobble board with pushes, hurdles; slow balance reactions and ankle sensing; beam steps and TUG.
        ["v1-h201-lvr-pta-shared-station-with-gagnon"] = new(
            """
            Lamoille Valley Rehab · Morrisville, Vermont
            Your visit note — shared with you in the patient portal

            Hi Bernice,

            You and Mr. Gagnon, who also comes in for his balance therapy on Tuesdays, shared the balance station today and took turns on the foam beam while I coached you both.

            What you worked on: walking heel to toe along the foam beam, standing on the wobble board while I gave small pushes at your shoulders, and stepping sideways over the low hurdles.

            Why: since your fall in the sugarhouse, your body's automatic balance reactions are slow, and your ankles don't sense uneven ground well.

            What we measured: you walked 8 heel-to-toe steps on the beam without stepping off (last visit 5). Your timed up-and-go was 11.8 seconds.

            Owen Tatro, PTA (working with Hazel Prescott, PT)

            For your insurer:
            — 97112 Neuromuscular re-education · 23 minutes · one-on-one: no
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // HRPT, Dustin Brune (PTA): a complete letter (foam stance with beanbag toss, broom-handle step-overs, tilt board; L leg late to respond and poor L foot position sense after a stroke; foam seconds and Berg; prose 23 minutes) with nothing about attendance: one-on-one missing.
        ["v1-h201-hrpt-pta-never-says-attendance"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mrs. Oncken (shared in your MyChart portal)

            What a good session! Here is what we did.

            We worked for 23 minutes on your balance retraining. You stood with one foot in front of the other on the foam cushion while tossing the beanbag from hand to hand, practised stepping over the broom handle with your left foot first, and stood on the tilt board while I tipped it gently so your ankles had to answer.

            Why we do this: since the stroke, your left leg is late to respond when you lose your balance, and you can't feel where your left foot is as well as your right. That is why the vineyard rows felt so hard last fall.

            How you did: you stayed on the foam for 11 seconds with the beanbag toss, up from 5. Your Berg balance score was 41 out of 56.

            At home: step over the broom handle at the counter, 10 times leading with the left.

            Dustin Brune, PTA (working under Lorna Kemper, PT)
            """,
            ["I69.354"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // LVR, Nadia Lessard (OT) 97530: "You worked at the kitchen station today while two other people had their therapy in the same room" and "one-on-one: no" — 97530 has no one-on-one check; kettle, dishwasher, jars, sap-pail lifts; R grip weakness after a wrist fracture with a sugaring goal; lifts, grip pounds and jars: passes.
        ["v1-h201-lvr-ot-97530-kitchen-two-others"] = new(
            """
            Lamoille Valley Rehab · Morrisville, Vermont
            Your visit note — shared with you in the patient portal

            Hi Armand,

            You worked at the kitchen station today while two other people had their therapy in the same room.

            What you worked on: carrying the kettle from the stove to the table, unloading the dishwasher into the top cupboard, and opening jars with your right hand. You also lifted a pail with 10 pounds of water from the floor to the counter, like the sap buckets at your sugarhouse.

            Why: since the wrist fracture, your right hand's grip is weak and your wrist tires quickly, so you drop things and can't hang buckets yet. Your goal is to tap your own maples this spring.

            What we measured: you lifted the 10-pound pail 6 times without setting it down early. Your right grip was 38 pounds (left 71). You opened 4 of 5 jars with no help.

            Nadia Lessard, OTR/L

            For your insurer:
            — 97530 Therapeutic activities · 20 minutes · one-on-one: no
            """,
            ["S52.501D"], [OT("97530", 20)], []),

        // BKT, Silas Rowlette (PTA) 97110: "While you did your sets, I checked in on Mr. Combs at the next mat between them" with "[ ] One-on-one [x] Shared time" — 97110 has no one-on-one check; sit-to-stands, step-ups, side-lying lifts with doses; hip and thigh weakness after pneumonia; 16 min matches: passes.
        ["v1-h201-bkt-pta-97110-checked-on-mr-combs"] = new(
            """
            Berea Knobs Therapy · Berea, Kentucky
            Your therapy note (shared with you in the portal)

            Hello Mr. Estep,

            What we did today (checked items):
            [x] Sit-to-stand from the low chair holding a 10-pound weight, 3 sets of 10
            [x] Step-ups onto the 6-inch step, 3 sets of 10 each leg
            [x] Side-lying leg lifts for your hips, 2 sets of 15 each side
            [ ] Stationary bike

            While you did your sets, I checked in on Mr. Combs at the next mat between them, so you didn't have me to yourself this time.

            Why it matters: the big muscles of your hips and thighs got weak during your bout of pneumonia, which is why getting up from the low stool at the broom shop is hard. Stronger hips and thighs make standing up and climbing stairs easier.

            Billing boxes:
            [x] 97110 Therapeutic exercise — 16 min
            [ ] One-on-one   [x] Shared time

            Silas Rowlette, PTA (supervised by Corinne Abney, PT)
            """,
            ["M62.81", "J18.9"], [PTA("97110", 16)], []),

        // DMT, Luz Ybarra (PTA): "I did not step away from you once, and I had no other patient with me during that time"; half-roller stance, nudges in feet-together stance, tape-line head-turn walking; foot sensation lost after chemotherapy; eyes-closed seconds and nudges; prose 21 minutes matches: passes.
        ["v1-h201-dmt-pta-did-not-step-away"] = new(
            """
            Davis Mountains Therapy · Fort Davis, Texas
            Note shared with you through the patient portal
            Written by Luz Ybarra, PTA, with Rosa Villarreal, PT, supervising

            Mrs. Hinojosa, thank you for bringing your walking stick today — it helped me see how you use it.

            During your balance work I did not step away from you once, and I had no other patient with me during that time. Your balance work lasted 21 minutes.

            What we worked on: you stood on the half foam roller, first on your heels and then on your toes; I nudged you gently at the shoulders and hips in different directions while you stood with your feet close together; and you walked along the tape line turning your head to name the colored cones.

            Why it matters: the nerves in your feet send weaker signals since the chemotherapy, so you can't tell when the gravel shifts under you in the observatory parking lot. These drills make the rest of your balance system work harder to make up for it.

            How you did: feet-together standing with your eyes closed, 12 seconds (it was 4). You recovered without taking a step on 6 of 10 nudges.

            For home: the feet-together stand at the counter, 3 holds, morning and evening. I'm proud of how hard you're working.

            Luz Ybarra, PTA
            """,
            ["G62.0", "R26.81"], [PTA("97112", 21)], []),

        // KPT, Tove Karlsen: "I was going back and forth between you and another patient during your balance work today": not one-on-one — one-on-one missing; foam eyes closed, rocker single-leg stance, release-and-catch drill; R side slow to react after a stroke; seconds and catches.
        ["v1-h201-kpt-back-and-forth-another-patient"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Mr. Sundberg,

            I was going back and forth between you and another patient during your balance work today, so I set you up at each station and checked how you were doing each time I came back.

            Today you stood on the foam with your eyes closed, practised standing on your right leg on the rocker board, and stepped out to catch yourself when I let go of my hand at your chest — the lean-and-release drill.

            Here's why: the stroke left your right side slow to react, so when the boat rocks or you step onto the dock, your right leg doesn't catch you in time.

            Your progress: right-leg stance 7 seconds (it was 3 last month), and you caught yourself with one step on 5 of 8 releases.

            Tove Karlsen, PT, DPT

            Insurance summary: Neuromuscular re-education (97112), 24 minutes.
            """,
            ["I69.351"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // GWR, Benita Chávez: "You had my full attention the whole time, with no other patients"; ball sitting with rhythmic stabilisation, chops and lifts, standing reaches; trunk sway and overshooting reach from a cerebellar stroke (ataxia); ball seconds and reach inches; 25 minutes matches: passes.
        ["v1-h201-gwr-full-attention-no-other-patients"] = new(
            """
            Gila Wilderness Rehab · Silver City, New Mexico
            Visit note — you can read this in your portal

            Today — You had my full attention the whole time, with no other patients. You sat on the big ball while I held your pelvis and pushed gently in changing directions and you held steady against me (this is called rhythmic stabilization). Then we did diagonal chops and lifts with your arms while you sat on the ball, and finished with reaching out to cones set to each side while standing.

            Why — The stroke affected the coordination center at the back of your brain (the cerebellum), so your trunk sways and your reach overshoots the target. This is called ataxia. A steadier trunk gives your arms and legs a stable base.

            Your progress — You sat on the ball without using your hands for 40 seconds (it was 15). Reach to the side: 9 inches on the left and 11 inches on the right.

            At home — Sit tall on the edge of the bed without leaning on your hands, 5 holds a day. Keep it up!

            Balance retraining today: 25 minutes.

            Benita Chávez, PT, DPT
            """,
            ["I69.393"], [PT("97112", 25)], []),

        // RRPT, Ingrid Solberg: "This wasn't a one-on-one session: your neighbour Mr. Bakken had his balance session at the same time, and the two of you shared the foam beam": another patient in the block — one-on-one missing; foam-beam tandem, wobble-board stance, cone step-overs with head turns; L ankle sensing after nerve compression; seconds and cones.
        ["v1-h201-rrpt-not-one-on-one-neighbour-bakken"] = new(
            """
            Root River Physical Therapy — Lanesboro, Minnesota
            Your visit note (you can read this in your portal)

            Hi Dale,

            What we did together
            This wasn't a one-on-one session: your neighbour Mr. Bakken had his balance session at the same time, and the two of you shared the foam beam while I coached you both. You walked heel to toe on the foam beam, stood on one foot on the wobble board, and practised stepping over the cones while turning your head.

            Why it matters
            The nerve to your left leg was pinched in your back for a long time, and now your left ankle doesn't sense slopes or react quickly — which is why the soft shoulder of the bike trail caught you.

            How you did
            Left-leg stance on the wobble board, 10 seconds (right 22). You crossed 9 of 10 cones without a touch.

            Keep going
            You're stronger every week. See you Thursday.

            Ingrid Solberg, PT, DPT

            — For your insurance plan —
            CPT 97112 Neuromuscular re-education: 22 minutes
            """,
            ["M54.17", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // HRPT, Lorna Kemper: "A physical therapy student … watched today and helped me set up the equipment, but you were my only patient the whole 23 minutes of your balance work" (a student, not a patient; the only code's minutes match); head-turn walking, foam with nods, gaze holds; bilateral vestibular loss after an antibiotic; FGA and foam seconds: passes.
        ["v1-h201-hrpt-student-helped-only-patient"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mr. Rauch (shared in your MyChart portal)

            A physical therapy student from the university watched today and helped me set up the equipment, but you were my only patient the whole 23 minutes of your balance work.

            We practised walking in the hallway while turning your head left and right, standing with your feet together on the foam pad while you nodded yes and shook your head no, and keeping your eyes on the card while I turned your head for you.

            Why we do this: the balance organs in both of your inner ears were damaged by the strong antibiotic you had in the hospital, so your vision bounces when you walk the deck of the barge. These exercises train your eyes and your muscles to take over.

            How you did: your walking balance score (the Functional Gait Assessment) was 18 out of 30, up from 13. You held the foam stance with head turns for 20 seconds.

            At home: the eyes-on-the-card head turns, 3 times a day, sitting.

            Lorna Kemper, PT
            """,
            ["H81.93"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank states

        // ABR, Lucinda Pridgeon: "☒ One-on-one the whole time ☐ Shared with another patient"; rocker board rocked like a deck, push-and-catch steps, foam eyes closed with head turns; R ankle sensing and slow catch after a sprain; rocker seconds and pushes; Minutes: 22 matches: passes.
        ["v2-h201-abr-one-on-one-box-ticked"] = new(
            """
            Apalachicola Bay Rehab · Apalachicola, Florida
            Your visit note — shared with you in your patient portal

            Hello Mr. Shiver,

            Thanks for coming in straight off the boat. Here's what we did.

            You stood on the rocker board and kept it level while I rocked it, the way the deck moves when a wake comes through. You practised stepping out to catch yourself when I gave you a quick push at the shoulders, and you stood on the foam with your eyes closed while turning your head.

            Why we did it: since the sprain, your right ankle doesn't sense a rocking surface well, and it's slow to catch you when you tip. These drills train the ankle to feel and react faster.

            How you did: you kept the rocker board level for 20 seconds (last week 8). You caught yourself with one step on 8 of 10 pushes.

            For home: stand on one foot on a folded towel while you brush your teeth.

            Lucinda Pridgeon, PT

            Billing section (for your insurer)
            Service: 97112 Neuromuscular re-education     Minutes: 22
            ☒ One-on-one the whole time   ☐ Shared with another patient
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // ABR, Tyrell Gaskin (PTA): both attendance boxes left empty ("☐ One-on-one the whole time ☐ Shared with another patient") and no word on attendance: one-on-one missing; gaze exercise sitting and on foam, head-turn walking past boat names; L vestibular nerve inflamed; DGI and seconds.
        ["v2-h201-abr-pta-both-boxes-empty"] = new(
            """
            Apalachicola Bay Rehab · Apalachicola, Florida
            Your visit note — shared with you in your patient portal

            Hello Mrs. Millender,

            Here's a recap of today's visit.

            You practised the gaze exercise — keeping your eyes on the X card while moving your head side to side and then up and down — first sitting, then standing on the foam. Then we walked the hallway while you turned your head to read the names of the boats taped to the walls.

            Why we did it: the balance nerve on your left side was inflamed last month, and your brain hasn't yet learned to make up for it, so turning your head makes things jump and you drift to the left when you walk.

            How you did: your Dynamic Gait Index was 17 out of 24 (last week 14). You did the gaze exercise standing on the foam for 30 seconds at a stretch.

            You're doing beautifully. Keep it up!

            Tyrell Gaskin, PTA (with Lucinda Pridgeon, PT)

            Billing section (for your insurer)
            Service: 97112 Neuromuscular re-education     Minutes: 24
            ☐ One-on-one the whole time   ☐ Shared with another patient
            """,
            ["H81.22"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // ABR, Lucinda Pridgeon: "~~☒ One-on-one the whole time~~ ☒ Shared with another patient (corrected by L. Pridgeon before sharing)": the struck box states nothing and the ticked one states shared time — one-on-one missing; foam stance with reaches, perturbations, curb step-downs; hip and ankle strategy slow after a hip fracture; Berg and counts.
        ["v2-h201-abr-one-on-one-struck-shared-ticked"] = new(
            """
            Apalachicola Bay Rehab · Apalachicola, Florida
            Your visit note — shared with you in your patient portal

            Hello Mrs. Wing,

            It was good to hear about the blessing of the fleet! Here's what we did.

            You stood on the foam pad and reached for the clothespins I clipped to the line out to your sides, I gave you small pushes at the hips and shoulders while you stood with your feet close together, and you practised stepping down off the curb block and stopping still.

            Why we did it: since your hip fracture, your body is slow to shift your hips and ankles to keep you upright when you lean or get bumped, and your right leg is slow to step out and catch you.

            How you did: your Berg balance score was 44 out of 56 (it was 38 at your first visit). You stopped still after 7 of 10 curb step-downs.

            Lucinda Pridgeon, PT

            Billing section (for your insurer)
            Service: 97112 Neuromuscular re-education     Minutes: 23
            ~~☒ One-on-one the whole time~~   ☒ Shared with another patient (corrected by L. Pridgeon before sharing)
            """,
            ["S72.001D", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ABR, Tyrell Gaskin (PTA): "~~☒ Shared with another patient~~ ☒ One-on-one the whole time (corrected by T. Gaskin — the wrong box was ticked at first)": the ticked box states one-on-one — passes; foam tandem, rocker, perturbations; neuropathy foot sensation; tandem seconds; Minutes 22 match.
        ["v2-h201-abr-pta-shared-struck-one-on-one-ticked"] = new(
            """
            Apalachicola Bay Rehab · Apalachicola, Florida
            Your visit note — shared with you in your patient portal

            Hello Mr. Lolley,

            Here's what we did today to get you back on the oyster-house floor.

            You stood heel to toe on the foam pad, stood on the rocker board while tipping it forward and back, and held your ground while I gave you light pushes from different sides.

            Why we did it: your feet have lost much of their feeling from the neuropathy, so on a wet, uneven floor your body doesn't get the message that you're starting to tip. These drills teach you to use the feeling you still have plus your hips and trunk.

            How you did: heel-to-toe on the foam for 12 seconds, up from 5. You held your ground without a step on 6 of 10 pushes.

            For home: heel-to-toe standing at the kitchen counter, 3 holds each side.

            Tyrell Gaskin, PTA (with Lucinda Pridgeon, PT)

            Billing section (for your insurer)
            Service: 97112 Neuromuscular re-education     Minutes: 22
            ~~☒ Shared with another patient~~   ☒ One-on-one the whole time (corrected by T. Gaskin — the wrong box was ticked at first)
            """,
            ["G62.9"], [PTA("97112", 22)], []),

        // BKT, Corinne Abney: "One-on-one (yes or no): ______" left blank and no word on attendance: one-on-one missing; ticked technique items (BOSU stance, hip nudges, head-turn walking); knee position sense after a replacement; numbers present; 22 min matches.
        ["v2-h201-bkt-one-on-one-line-blank"] = new(
            """
            Berea Knobs Therapy · Berea, Kentucky
            Your therapy note (shared with you in the portal)

            Hello Ms. Coffey,

            What we did today (checked items):
            [x] Standing on the BOSU dome (the half ball) with your left foot forward
            [x] Small nudges at your hips while you stood on the foam, to practise catching yourself
            [x] Walking the hallway while turning your head toward the weavings on the wall
            [ ] Stepping over hurdles

            Why it matters: since your left knee was replaced, the knee doesn't tell your brain well where it is or when it's bending, so it wobbles when you step down and you don't trust it.

            Your numbers today: left-leg stance on the foam 8 seconds (right 19). Timed up-and-go 10.6 seconds.

            Billing boxes:
            [x] 97112 Neuromuscular re-education — 22 min
            One-on-one (yes or no): ______

            Corinne Abney, PT
            """,
            ["Z96.652", "M25.662"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // BKT, Corinne Abney: technique items ticked ("Rocker board, tipping front to back", "Catching the ball while standing on the foam") beside one left unticked, "[x] One-on-one"; ankle sense after a sprain on the knobs; seconds and catches; 23 min matches: passes.
        ["v2-h201-bkt-technique-items-some-ticked"] = new(
            """
            Berea Knobs Therapy · Berea, Kentucky
            Your therapy note (shared with you in the portal)

            Hello Mr. Napier,

            What we did today (checked items):
            [x] Rocker board, tipping it front to back and then side to side
            [x] Catching the ball while standing on one foot on the foam
            [ ] Walking with head turns
            [x] Hopping forward onto the foam and sticking the landing

            Why it matters: you rolled your right ankle coming down Pilot Knob, and since then the ankle doesn't sense its position well and reacts late when the trail tilts.

            Your numbers today: right-leg stance on the foam 14 seconds (left 26). You caught 8 of 10 tosses without putting the other foot down.

            At home: stand on one foot on a pillow, 5 holds each side, and keep up the ankle circles.

            Billing boxes:
            [x] 97112 Neuromuscular re-education — 23 min
            [x] One-on-one   [ ] Shared time

            Corinne Abney, PT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // BKT, Silas Rowlette (PTA): the only ticked item is "[x] Balance exercises" while the named items stay unticked: no technique — technique missing; one-on-one ticked; proprioception and slow reactions after a fall; Berg and TUG.
        ["v2-h201-bkt-pta-only-balance-exercises-ticked"] = new(
            """
            Berea Knobs Therapy · Berea, Kentucky
            Your therapy note (shared with you in the portal)

            Hello Mrs. Hensley,

            What we did today (checked items):
            [ ] Rocker board
            [ ] Foam pad with your eyes closed
            [ ] Nudges at the hips
            [x] Balance exercises

            Why it matters: since your fall on the porch steps, your feet and ankles don't sense the ground as well as they used to, and your body reacts slowly when you start to tip backward.

            Your numbers today: Berg balance test 43 out of 56. Timed up-and-go 13.9 seconds.

            Billing boxes:
            [x] 97112 Neuromuscular re-education — 22 min
            [x] One-on-one   [ ] Shared time

            Silas Rowlette, PTA (supervised by Corinne Abney, PT)
            """,
            ["R29.6", "R26.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // BKT, Corinne Abney: "Your numbers today: [ ] Berg balance test ____ [ ] Timed up-and-go ____" left empty and no other number but the code and its minutes: measure missing; rocker, foam eyes closed, perturbations; vestibular loss; one-on-one ticked.
        ["v2-h201-bkt-numbers-list-left-empty"] = new(
            """
            Berea Knobs Therapy · Berea, Kentucky
            Your therapy note (shared with you in the portal)

            Hello Mr. Fugate,

            What we did today (checked items):
            [x] Keeping your eyes on the target card while turning your head
            [x] Standing on the foam with your eyes closed
            [x] Small pushes at the shoulders while you stood on the rocker board

            Why it matters: the balance organ in your left inner ear was damaged by the shingles, so your brain gets mixed messages when you move your head, and you sway when it's dark.

            Your numbers today:
            [ ] Berg balance test ____
            [ ] Timed up-and-go ____

            You did really well today. Keep practising the card exercise at home!

            Billing boxes:
            [x] 97112 Neuromuscular re-education — 23 min
            [x] One-on-one   [ ] Shared time

            Corinne Abney, PT
            """,
            ["H81.22"], [PT("97112", 23)], [At(Measure, "97112")]),

        // BKT, Silas Rowlette (PTA): the same numbers list filled on one row ("[x] Berg balance test 46 out of 56") and the other left "[ ] Timed up-and-go ____"; hurdle step-overs, foam tandem, hip nudges; L leg late after a stroke; one-on-one ticked; 24 min matches: passes.
        ["v2-h201-bkt-pta-numbers-list-one-row-filled"] = new(
            """
            Berea Knobs Therapy · Berea, Kentucky
            Your therapy note (shared with you in the portal)

            Hello Mr. Lakes,

            What we did today (checked items):
            [x] Stepping over the low hurdles leading with your left leg
            [x] Heel-to-toe standing on the foam
            [x] Nudges at the hips while you stood on your left leg at the bar

            Why it matters: since the stroke, your left leg is late to move and late to catch you, and the muscles of your left hip turn on slowly when you put weight on that side.

            Your numbers today:
            [x] Berg balance test 46 out of 56
            [ ] Timed up-and-go ____

            Billing boxes:
            [x] 97112 Neuromuscular re-education — 24 min
            [x] One-on-one   [ ] Shared time

            Silas Rowlette, PTA (supervised by Corinne Abney, PT)
            """,
            ["I69.354"], [PTA("97112", 24)], []),

        // LVR, Hazel Prescott: "— 97112 Neuromuscular re-education · 22 minutes · one-on-one: yes"; snowshoe-stance foam, perturbations, head-turn walking; somatosensory loss in the feet; foam seconds and FGA: passes.
        ["v2-h201-lvr-line-one-on-one-yes"] = new(
            """
            Lamoille Valley Rehab · Morrisville, Vermont
            Your visit note — shared with you in the patient portal

            Hi Maurice,

            What you worked on: standing on the foam with your feet wide like you're on snowshoes and then narrowing them, small pushes at your shoulders while you stood there, and walking the hallway while turning your head side to side.

            Why: your feet have lost some of their feeling, so when the snow crust gives way under you on the trail, you don't sense it in time to catch yourself. We train your hips and eyes to help out.

            What we measured: narrow stance on the foam, 16 seconds (last visit 9). Functional Gait Assessment 20 out of 30.

            Keep up the good work — you're getting steadier every week.

            Hazel Prescott, PT

            For your insurer:
            — 97112 Neuromuscular re-education · 22 minutes · one-on-one: yes
            """,
            ["G60.9"], [PT("97112", 22)], []),

        // LVR, Hazel Prescott: two lines, "97112 … · 23 minutes · one-on-one: yes" and "97110 … · 14 minutes · one-on-one: —" (97110 has no one-on-one check); rocker and hurdles, leg press and step-ups with doses; knee position sense and quad weakness after a replacement; seconds and doses: passes.
        ["v2-h201-lvr-two-lines-97110-left-dash"] = new(
            """
            Lamoille Valley Rehab · Morrisville, Vermont
            Your visit note — shared with you in the patient portal

            Hi Ginette,

            What you worked on: for balance, you stood on the rocker board tipping it forward and back and stepped over the low hurdles leading with your right leg. For strength, you did the leg press with 50 pounds, 3 sets of 10, and step-ups onto the 6-inch step, 3 sets of 10 with your right leg.

            Why: since your right knee was replaced, the knee doesn't tell you where it is when it bends, and the muscle on the front of your thigh is weak, so the knee buckles going down the barn steps.

            What we measured: right-leg stance 12 seconds (it was 5). You cleared 9 of 10 hurdles without a toe catch.

            Hazel Prescott, PT

            For your insurer:
            — 97112 Neuromuscular re-education · 23 minutes · one-on-one: yes
            — 97110 Therapeutic exercise · 14 minutes · one-on-one: —
            """,
            ["Z96.651", "M62.81"], [PT("97112", 23), PT("97110", 14)], []),

        // ABR, Lucinda Pridgeon: the problem told by box ("What we're working on: ☒ the sense of where your feet are (proprioception) ☐ your inner-ear balance ☐ leg strength"); foam step-and-stick, rocker, ball catches; one-on-one box ticked; seconds and counts; Minutes 23 match: passes.
        ["v2-h201-abr-working-on-box-ticked"] = new(
            """
            Apalachicola Bay Rehab · Apalachicola, Florida
            Your visit note — shared with you in your patient portal

            Hello Mr. Creamer,

            Here's what we did to get you steady on the net loft stairs again.

            What we're working on:
            ☒ the sense of where your feet are (proprioception)
            ☐ your inner-ear balance
            ☐ leg strength

            You stepped forward onto the foam and held still, stood on the rocker board tipping it side to side, and caught the ball while standing on the foam with your feet close together.

            How you did: you held still after 8 of 10 step-ons. Rocker board level for 17 seconds (it was 10).

            For home: step-and-hold onto a pillow, 10 each leg.

            Lucinda Pridgeon, PT

            Billing section (for your insurer)
            Service: 97112 Neuromuscular re-education     Minutes: 23
            ☒ One-on-one the whole time   ☐ Shared with another patient
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // ABR, Tyrell Gaskin (PTA) 97116: the help box ticked "☒ a steadying hand now and then (contact guard)" and the distance in prose; cane walking on the seawall path with a heel-first cue, curb practice; R foot drop after a stroke; feet and help; Minutes 15 match: passes.
        ["v2-h201-abr-pta-97116-help-box-ticked"] = new(
            """
            Apalachicola Bay Rehab · Apalachicola, Florida
            Your visit note — shared with you in your patient portal

            Hello Mrs. Varnes,

            Today we worked on your walking. You walked with your cane along the seawall path out back, landing on your right heel first each step, and practised stepping up and down the curb at the end of the path.

            Why we did it: since the stroke, your right foot drops and your toes catch, and your right knee snaps back when you put weight on it. Walking practice with a heel-first landing helps your leg learn a safer pattern.

            How far you went: 220 feet with the cane, 4 curb ups-and-downs.

            How much help you needed:
            ☐ none
            ☒ a steadying hand now and then (contact guard)
            ☐ a lot of help

            Tyrell Gaskin, PTA (with Lucinda Pridgeon, PT)

            Billing section (for your insurer)
            Service: 97116 Gait training     Minutes: 15
            ☒ One-on-one the whole time   ☐ Shared with another patient
            """,
            ["I69.351", "M21.371"], [PTA("97116", 15)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and techniques

        // DMT, Rosa Villarreal: PNF diagonal patterns (D1 and D2) for the R arm and leg, then weight shifts with approximation at the pelvis; R side muscles switch on late and weakly after a stroke; Berg and block step-overs; "It was only you and me in the gym"; prose 23 minutes matches: passes.
        ["v3-h201-dmt-pnf-diagonals-after-stroke"] = new(
            """
            Davis Mountains Therapy · Fort Davis, Texas
            Note shared with you through the patient portal
            Written by Rosa Villarreal, PT

            Mr. Pruneda, here is what we did today and why.

            What we worked on: I guided your right arm and right leg through diagonal patterns — the movements therapists call PNF patterns (D1 and D2) — with you pushing against my hands as the pattern went from across your body and down to up and out. Then, standing at the counter, you shifted your weight onto your right leg while I pressed down through your hips to help the muscles switch on.

            Why it matters: since the stroke, the muscles on your right side switch on late and weakly, so your right leg doesn't hold you when you step and your foot scuffs. The patterns train your brain to fire those muscles together, in the right order.

            How you did: your Berg balance score was 43 out of 56 (it was 36 a month ago). You stepped over the 4-inch block with your right leg 8 of 10 times without catching your toe.

            It was only you and me in the gym for this part. Your balance and movement retraining lasted 23 minutes.

            For home: the weight shifts at the counter, 10 each way, twice a day.

            Rosa Villarreal, PT
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // KPT, Jace Moody (PTA): treadmill perturbation training ("the belt speeds up or slows down for a moment and you practise catching yourself") and slip-recovery steps; slow reactive stepping on ice; one-on-one; catches and TUG; insurance summary 97112 22: passes.
        ["v3-h201-kpt-pta-treadmill-perturbation-training"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Mr. Yakovlev,

            Today you did perturbation training on the treadmill: while you walked wearing the safety harness, the belt suddenly sped up or slowed down for a moment, and you practised catching yourself with a quick step. Afterwards, on the mat, you practised slip-recovery steps when I slid the towel under your foot.

            It was just you and me for all of it — I didn't have anyone else on my schedule during your session.

            Here's why: your body's quick stepping reactions are slow, so when your boot slips on the ice at the cannery, your feet don't get under you in time. This training speeds those reactions up.

            Your progress: you recovered with a single step on 9 of 12 belt changes (last week 5 of 12). Your timed up-and-go was 9.8 seconds.

            You're doing great — see you on Thursday.

            Jace Moody, PTA (supervising PT: Tove Karlsen, PT, DPT)

            Insurance summary: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["R29.6", "Z91.81"], [PTA("97112", 22)], []),

        // RRPT, Ingrid Solberg: Frenkel exercises (slow heel placement to marks, lying then sitting then standing), plus stepping to floor targets; sensory ataxia from low B12 with lost position sense; target hits and Romberg seconds; one-on-one; billing block 97112 24: passes.
        ["v3-h201-rrpt-frenkel-exercises-sensory-ataxia"] = new(
            """
            Root River Physical Therapy — Lanesboro, Minnesota
            Your visit note (you can read this in your portal)

            Hi Gordon,

            What we did together
            You had me all to yourself today; nobody else was in the gym. We did Frenkel exercises: slow, careful heel slides to the marks on the board, first lying down, then sitting, then standing, with you watching your foot land on each mark. Then you stepped onto the numbered floor targets I called out.

            Why it matters
            Low vitamin B12 damaged the nerves that tell your brain where your legs are, so your steps land in the wrong place and you sway with your eyes closed — this is called sensory ataxia. Watching and placing your feet precisely teaches your eyes to stand in for that missing sense.

            How you did
            You hit 14 of 20 floor targets on the first try (last week 8). You stood with your feet together and your eyes closed for 9 seconds.

            Keep going
            Do the heel slides on the bed every morning, 10 each leg.

            Ingrid Solberg, PT, DPT

            — For your insurance plan —
            CPT 97112 Neuromuscular re-education: 24 minutes
            """,
            ["E53.8", "R27.0"], [PT("97112", 24)], []),

        // HRPT, Lorna Kemper 97110: Spanish squats with the strap, isometric wall-sit holds and decline single-leg squats with doses; R patellar tendon and quad weakness; prose 15 minutes matches: passes.
        ["v3-h201-hrpt-97110-spanish-squats-isometrics"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Ms. Klenke (shared in your MyChart portal)

            Great work today! Strengthening today took 15 minutes.

            We did Spanish squats with the strap behind your knees, 5 holds of 45 seconds; isometric wall-sits for the tendon below your kneecap, 4 holds of 30 seconds; and slow single-leg squats on the slant board on your right leg, 3 sets of 8.

            Why we do this: the tendon just below your right kneecap (the patellar tendon) is irritated from all the hills on the Katy Trail, and the big muscle on the front of your thigh has gotten weak. Steady holds calm the tendon down, and the squats build the thigh back up.

            At home: the wall-sit holds, 4 a day.

            Lorna Kemper, PT
            """,
            ["M76.51"], [PT("97110", 15)], []),

        // GWR, Benita Chávez 97140: muscle energy technique at the R sacroiliac joint and Kaltenborn grade III long-axis traction of the R hip; R hip and SI stiffness; internal rotation degrees; "Hands-on treatment today: 12 minutes." matches: passes.
        ["v3-h201-gwr-97140-muscle-energy-kaltenborn"] = new(
            """
            Gila Wilderness Rehab · Silver City, New Mexico
            Visit note — you can read this in your portal

            Today — I used muscle energy technique on your right sacroiliac joint (where your low back meets your pelvis): you pushed your knee gently against my hand while I held, then relaxed as I took up the slack. Then I gave your right hip long-axis traction — a steady pull along the leg at Kaltenborn grade III — to loosen the joint capsule.

            Why — Your right hip joint and the joint at the back of your pelvis have gotten stiff, so your hip won't turn in when you swing up onto your horse, and your back aches after a day of trail rides.

            Your progress — Right hip turning in: 18 degrees before, 27 degrees after. Left hip 35 degrees.

            At home — The knee-to-chest stretch, 3 holds of 30 seconds, morning and night.

            Hands-on treatment today: 12 minutes.

            Benita Chávez, PT, DPT
            """,
            ["M16.11", "M25.651"], [PT("97140", 12)], []),

        // LVR, Hazel Prescott 97116: metronome-paced walking (rhythmic auditory cueing) and large-step doorway practice; Parkinson's short steps and freezing; 10-metre walk seconds and feet with no freezes; "— 97116 Gait training · 18 minutes · one-on-one: yes": passes.
        ["v3-h201-lvr-97116-metronome-paced-walking"] = new(
            """
            Lamoille Valley Rehab · Morrisville, Vermont
            Your visit note — shared with you in the patient portal

            Hi Lucien,

            What you worked on: walking to the beat of a metronome (this is called rhythmic cueing), set a little faster than your usual pace, so each step lands on the click; then walking through the doorways and turning in the hall with big steps, saying "big step" out loud at each door.

            Why: Parkinson's shortens your steps, and your feet sometimes freeze in doorways and when you turn in the milking parlor. A steady beat gives your brain an outside rhythm to follow.

            What we measured: you walked the 10-metre walkway in 8.2 seconds (last month 10.6). You walked 400 feet around the clinic with no freezing at the 3 doorways.

            Hazel Prescott, PT

            For your insurer:
            — 97116 Gait training · 18 minutes · one-on-one: yes
            """,
            ["G20.A1", "R26.89"], [PT("97116", 18)], []),

        // BKT, Aubrey Lakes (OT) 97112: sensory re-education (finding objects in a rice bin by touch, textures graded rough to smooth, eyes closed); dulled fingertip feeling after carpal tunnel release; objects named and two-point discrimination mm; one-on-one ticked; 20 min matches: passes.
        ["v3-h201-bkt-ot-sensory-reeducation-rice-bin"] = new(
            """
            Berea Knobs Therapy · Berea, Kentucky
            Your therapy note (shared with you in the portal)

            Hello Mrs. Blanton,

            What we did today (checked items):
            [x] Sensory re-education: finding buttons, keys and coins hidden in the rice bin with your eyes closed and naming them by touch
            [x] Texture sorting with your eyes closed, from the roughest sandpaper to the smoothest silk
            [ ] Putty exercises

            Why it matters: since the surgery on your right wrist, the feeling in your thumb and first two fingertips is dulled, so you can't feel the thread when you weave and you drop small things. Practising touch without looking retrains your brain to read the signals your fingers send.

            Your numbers today: you named 7 of 10 objects by touch (last week 4). Two-point discrimination on your index fingertip: 7 millimeters (it was 10).

            Billing boxes:
            [x] 97112 Neuromuscular re-education — 20 min
            [x] One-on-one   [ ] Shared time

            Aubrey Lakes, OTR/L
            """,
            ["G56.01"], [OT("97112", 20)], []),

        // ABR, Lucinda Pridgeon 97530: a shrimp-boat work simulation (hauling a weighted cast-net bag, lifting the ice chest onto the gunwale, climbing the dock ladder); low back and hip weakness after a disc injury; counts and pounds; Minutes 24 match: passes.
        ["v3-h201-abr-97530-shrimp-boat-work-simulation"] = new(
            """
            Apalachicola Bay Rehab · Apalachicola, Florida
            Your visit note — shared with you in your patient portal

            Hello Captain Shiver,

            Today was all about getting you back on the boat. We set up a work simulation in the gym: you hauled the weighted net bag hand over hand up onto the table like pulling in the cast net, lifted the 25-pound ice chest from the floor up to the gunwale height, and climbed up and down the ladder we use for the dock.

            Why we did it: your low back and the muscles around your hips are still weak and guarded since the disc injury, so bending and lifting on a rocking deck is hard. Practising the real movements with good form gets you ready for the season.

            How you did: 5 ice-chest lifts with good form, 8 net hauls, and 4 ladder climbs holding the rail with one hand.

            Lucinda Pridgeon, PT

            Billing section (for your insurer)
            Service: 97530 Therapeutic activities     Minutes: 24
            ☒ One-on-one the whole time   ☐ Shared with another patient
            """,
            ["M51.16"], [PT("97530", 24)], []),

        // GWR, Eli Trujillo (PTA): visual-motion habituation (standing while the moving-stripes video plays, then walking the busy-pattern hallway) and foam head turns; the brain overreacting to busy motion after a vestibular injury; seconds and DGI; one-on-one; 22 minutes matches: passes.
        ["v3-h201-gwr-pta-moving-stripes-habituation"] = new(
            """
            Gila Wilderness Rehab · Silver City, New Mexico
            Visit note — you can read this in your portal

            Today — You stood in front of the screen while the moving-stripes video played (visual-motion habituation), first with your feet apart, then feet together, and then on the foam. After that you walked the hallway with the busy checkered floor while turning your head. I was with you alone for the whole session; no one else was on my list.

            Why — Since the inner-ear injury, your brain overreacts to busy motion, like the crowd at the Saturday market or the steam moving at the hot springs, and you sway and feel sick. Repeated, gentle exposure teaches your brain to settle down.

            Your progress — You watched the stripes on the foam for 45 seconds (last week 15). Dynamic Gait Index 18 out of 24.

            At home — The checkered-card exercise, 3 times a day.

            Balance retraining today: 22 minutes.

            Eli Trujillo, PTA (supervising PT: Benita Chávez, PT, DPT)
            """,
            ["H81.92"], [PTA("97112", 22)], []),

        // RRPT, Caleb Hovland (PTA): "You did Steady Feet, level 3, our clinic's balance programme" as the only thing done: a programme's level names no technique — technique missing; one-on-one, foot sensation from neuropathy, Berg and TUG present.
        ["v3-h201-rrpt-pta-steady-feet-level-three-only"] = new(
            """
            Root River Physical Therapy — Lanesboro, Minnesota
            Your visit note (you can read this in your portal)

            Hi Loretta,

            What we did together
            It was just you and me for your balance session today. You did Steady Feet, level 3, our clinic's balance programme, and you moved up from level 2 this week — well done!

            Why it matters
            The neuropathy has dulled the feeling in both feet, so you don't notice when you start to tip on the church basement's uneven floor.

            How you did
            Berg balance score 47 out of 56. Timed up-and-go 10.9 seconds.

            Keep going
            Keep up your Steady Feet home sheet. See you next week!

            Caleb Hovland, PTA (with Ingrid Solberg, PT, DPT)

            — For your insurance plan —
            CPT 97112 Neuromuscular re-education: 22 minutes
            """,
            ["G62.9"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // HRPT, Lorna Kemper: "We went through the River Strong balance circuit, all the stations" as the only thing done: names no technique — technique missing; one-on-one, slow reactions and ankle sense after a fall, Berg and TUG present; prose 23 minutes matches.
        ["v3-h201-hrpt-river-strong-circuit-only"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mrs. Gerlemann (shared in your MyChart portal)

            It was just the two of us for your whole balance session, which lasted 23 minutes.

            We went through the River Strong balance circuit, all the stations, and you finished it with energy to spare.

            Why we do this: since your fall in the wine cellar, your ankles don't sense the ground well and your body is slow to react when you start to tip.

            How you did: Berg balance score 45 out of 56, up from 39. Timed up-and-go 11.2 seconds.

            At home: keep doing your River Strong home set.

            Lorna Kemper, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // GWR, Benita Chávez 97110: "Level B of the Gila Strong programme" as the only exercises named: no technique — technique missing; knee and hip weakness after a knee replacement, knee bend degrees present; 14 minutes matches.
        ["v3-h201-gwr-97110-gila-strong-level-b-only"] = new(
            """
            Gila Wilderness Rehab · Silver City, New Mexico
            Visit note — you can read this in your portal

            Today — You moved up to Level B of the Gila Strong programme and worked through it without a rest break. That's a big step!

            Why — Since your left knee replacement, the muscles around your left knee and hip are weak, so the campus stairs and kneeling in the flower beds are hard.

            Your progress — Left knee bend 112 degrees (it was 98 a month ago); straightening is 3 degrees short of straight.

            At home — Keep up Level B on your own.

            Strengthening today: 14 minutes.

            Benita Chávez, PT, DPT
            """,
            ["Z96.652", "M62.81"], [PT("97110", 14)], [At(Tech, "97110")]),

        // BKT, Corinne Abney: the only ticked item is "[x] Knobs Steady Steps — week 5": a programme's week names no technique — technique missing; one-on-one ticked, vestibular loss, DGI and TUG present.
        ["v3-h201-bkt-knobs-steady-steps-week-five-only"] = new(
            """
            Berea Knobs Therapy · Berea, Kentucky
            Your therapy note (shared with you in the portal)

            Hello Mr. Cornett,

            What we did today (checked items):
            [x] Knobs Steady Steps — week 5

            Why it matters: the balance organ in your right inner ear isn't working as it should since the infection, so you get dizzy and drift to the right when you turn your head on the trail.

            Your numbers today: Dynamic Gait Index 16 out of 24. Timed up-and-go 12.2 seconds.

            Billing boxes:
            [x] 97112 Neuromuscular re-education — 22 min
            [x] One-on-one   [ ] Shared time

            Corinne Abney, PT
            """,
            ["H81.21"], [PT("97112", 22)], [At(Tech, "97112")]),

        // DMT, Dalton Pruett (OT) 97530: "the Ready-for-Home programme, module 2" as the only activity named: no technique — technique missing; L arm weakness and clumsiness after a stroke with a cooking goal, grip pounds present; prose 20 minutes matches.
        ["v3-h201-dmt-ot-97530-ready-for-home-module-two"] = new(
            """
            Davis Mountains Therapy · Fort Davis, Texas
            Note shared with you through the patient portal
            Written by Dalton Pruett, OTR/L

            Mrs. Carrasco, here is what we did today.

            What we worked on: you finished module 2 of our Ready-for-Home programme today. Your everyday-tasks practice (therapeutic activities) lasted 20 minutes.

            Why it matters: since the stroke, your left arm and hand are weak and clumsy, so cooking for the family and carrying pots to the table are hard. Your goal is to make tamales again for Christmas Eve.

            How you did: your left grip was 22 pounds today (right 48).

            For home: keep working on the module 2 handout. ¡Muy bien!

            Dalton Pruett, OTR/L
            """,
            ["I69.354"], [OT("97530", 20)], [At(Tech, "97530")]),

        // ---------------------------------------------------------------- class 4: deficits told as the patient hears them, and notes that state none

        // DMT, Rosa Villarreal: the only problem named is "your left ankle is slow to catch you when you tip" (a delayed ankle reaction — postural control); "I gave you small nudges at the hips to train your balance reactions", foam stance; one-on-one; nudges and seconds; prose 22 minutes matches: passes.
        ["v4-h201-dmt-left-ankle-slow-to-catch-you"] = new(
            """
            Davis Mountains Therapy · Fort Davis, Texas
            Note shared with you through the patient portal
            Written by Rosa Villarreal, PT

            Mr. Lujan, good to see you back from the roundup.

            What we worked on: I gave you small nudges at the hips to train your balance reactions — forward, backward and to each side — first on the firm floor and then on the foam pad, and you stood on the foam while reaching to each side for the horseshoes I held out.

            Why it matters: your left ankle is slow to catch you when you tip, so your hips and arms end up doing the work and you stumble. Every nudge is a chance for the ankle to answer a little sooner.

            How you did: you recovered with your ankle alone, without a step, on 6 of 10 nudges (last week 2 of 10). Left-leg stand 11 seconds.

            This was one-on-one time, just you and me. Your balance work today lasted 22 minutes.

            For home: the left-leg stand at the counter, 5 holds a day.

            Rosa Villarreal, PT
            """,
            ["M25.372", "R26.81"], [PT("97112", 22)], []),

        // KPT, Tove Karlsen: "your brain has trouble sorting out what your eyes, your inner ears and your feet are telling it" after a concussion (sensory integration); foam with the moving-dots video, walking with called turns, head-turn catches; one-on-one; DGI and foam seconds; insurance summary 97112 23: passes.
        ["v4-h201-kpt-brain-cannot-sort-eyes-ears-feet"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Ms. Ahlgren,

            It was just you and me for the whole session today.

            Today you stood on the foam pad while the moving-dots video played on the screen, walked the hallway while I called out sudden turns, and caught the ball while turning your head side to side.

            Here's why: since the concussion at hockey, your brain has trouble sorting out what your eyes, your inner ears and your feet are telling it, so busy places like the grocery store make you sway and feel sick. These drills practise that sorting so it gets easier.

            Your progress: Dynamic Gait Index 20 out of 24 (it was 15). You stood on the foam with the dots playing for 25 seconds.

            Rest when you need to, and keep up the head-turn walking at home.

            Tove Karlsen, PT, DPT

            Insurance summary: Neuromuscular re-education (97112), 23 minutes.
            """,
            ["F07.81"], [PT("97112", 23)], []),

        // RRPT, Caleb Hovland (PTA): "your brain gets poor reports from your right leg about where it is" after a stroke (position sense); stepping to floor targets without looking, rocker shifts, tapping at the glutes; one-on-one; targets and seconds; billing block 97112 23: passes.
        ["v4-h201-rrpt-pta-poor-reports-from-right-leg"] = new(
            """
            Root River Physical Therapy — Lanesboro, Minnesota
            Your visit note (you can read this in your portal)

            Hi Myrtle,

            What we did together
            I worked with you one-on-one the whole time. You stepped your right foot onto the taped targets on the floor without looking down, shifted your weight side to side on the rocker board, and stood on your right leg at the bar while I tapped the muscles of your right buttock to wake them up.

            Why it matters
            Since the stroke, your brain gets poor reports from your right leg about where it is, so your right foot lands in the wrong place unless you watch it. That's why the cheese-shop floor feels so tricky.

            How you did
            You hit 11 of 15 targets without looking (last week 6). Right-leg stand at the bar, 7 seconds.

            Keep going
            Practise the target steps at home with tape on the kitchen floor, 10 each day.

            Caleb Hovland, PTA (with Ingrid Solberg, PT, DPT)

            — For your insurance plan —
            CPT 97112 Neuromuscular re-education: 23 minutes
            """,
            ["I69.351"], [PTA("97112", 23)], []),

        // HRPT, Lorna Kemper: "the muscles around your right hip are slow to fire when you shift your weight" after a hip fracture (motor recruitment and timing); tapping facilitation, step-and-hold, resisted side steps with a band at the pelvis; one-on-one; Berg and step counts; prose 22 minutes matches: passes.
        ["v4-h201-hrpt-hip-muscles-slow-to-fire"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mr. Stuckenschneider (shared in your MyChart portal)

            I worked with you one-on-one for all 22 minutes of your balance retraining today.

            We practised shifting your weight onto your right leg while I tapped the side of your hip to switch the muscles on, stepping out onto your right leg and holding still, and side-stepping against my hands at your pelvis.

            Why we do this: since the hip fracture, the muscles around your right hip are slow to fire when you shift your weight, so your body lurches to the right and you grab for the counter when you make sausage at the shop.

            How you did: Berg balance score 42 out of 56, up from 35. You held still after 7 of 10 step-outs.

            At home: the step-out-and-hold at the counter, 10 each day.

            Lorna Kemper, PT
            """,
            ["S72.001D"], [PT("97112", 22)], []),

        // LVR, Hazel Prescott: "the pressure on the spinal cord in your neck dulled the signals to your legs, so your feet land late and in the wrong spot" (cervical myelopathy: timing and position sense); foam tandem, ladder stepping, eyes-closed stance; one-on-one: yes; seconds and ladder; 24 minutes: passes.
        ["v4-h201-lvr-spinal-cord-squeezed-in-neck"] = new(
            """
            Lamoille Valley Rehab · Morrisville, Vermont
            Your visit note — shared with you in the patient portal

            Hi Roland,

            What you worked on: heel-to-toe standing on the foam, stepping in and out of the squares of the floor ladder in a set pattern, and standing with your feet together and your eyes closed while I stood close by.

            Why: the pressure on the spinal cord in your neck dulled the signals to and from your legs, so your feet land late and in the wrong spot and you can't feel well where they are. That's why grooming the snowmobile trails got so hard this winter.

            What we measured: feet together, eyes closed, 14 seconds (last visit 6). You stepped through the ladder pattern 5 times without a miss.

            Hazel Prescott, PT

            For your insurer:
            — 97112 Neuromuscular re-education · 24 minutes · one-on-one: yes
            """,
            ["M47.12"], [PT("97112", 24)], []),

        // KPT, Rhea Nilsen (OT) 97530: "your left shoulder can't lift above your chest since the rotator cuff repair, so you can't reach the top of the smokehouse rack"; hanging strips on the rack, overhead cupboard, carrying a tote; counts, pounds and degrees; insurance summary 97530 18: passes.
        ["v4-h201-kpt-ot-97530-smokehouse-rack"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Mrs. Kuzmin,

            Today you practised hanging strips of salmon on the tall drying rack we set up, putting cans away on the top shelf of the cupboard, and carrying a tote of jars from the counter to the table.

            Here's why: your left shoulder can't lift above your chest since the rotator cuff repair, and it tires fast, so you can't reach the top of the smokehouse rack or lift a full tote. Your goal is to put up your own fish this summer.

            Your progress: you hung 12 strips on the top rail before resting (last week 5). You carried the 8-pound tote 4 times. Left shoulder lifting forward, 125 degrees.

            Rhea Nilsen, OTR/L

            Insurance summary: Therapeutic activities (97530), 18 minutes.
            """,
            ["M75.102", "Z98.890"], [OT("97530", 18)], []),

        // ABR, Tyrell Gaskin (PTA) 97110: "the muscles around your left hip are weak since the replacement, which is why you lean to the left when you walk"; bridges, side-lying lifts, band side steps with doses; Minutes 15 match: passes.
        ["v4-h201-abr-pta-97110-hip-weak-after-replacement"] = new(
            """
            Apalachicola Bay Rehab · Apalachicola, Florida
            Your visit note — shared with you in your patient portal

            Hello Mrs. Sapp,

            Today you did bridges, 3 sets of 12; side-lying leg lifts on your left side, 3 sets of 10 with the 2-pound ankle weight; and side steps with the green band around your knees, 3 trips of 20 feet each way.

            Why we did it: the muscles around your left hip are weak since the replacement, which is why you lean to the left when you walk down to the church. Stronger hip muscles keep your pelvis level.

            For home: the bridges, 2 sets of 10 every evening.

            Tyrell Gaskin, PTA (with Lucinda Pridgeon, PT)

            Billing section (for your insurer)
            Service: 97110 Therapeutic exercise     Minutes: 15
            ☐ One-on-one the whole time   ☐ Shared with another patient
            """,
            ["Z96.642", "M62.81"], [PTA("97110", 15)], []),

        // BKT, Silas Rowlette (PTA) 97116: "your left foot drops and catches because the muscle that lifts it is weak after the nerve injury"; walking with the ankle brace, heel-first cues, stepping over a rope, ramp; feet and stand-by help; 16 min matches: passes.
        ["v4-h201-bkt-pta-97116-foot-drops-after-nerve-injury"] = new(
            """
            Berea Knobs Therapy · Berea, Kentucky
            Your therapy note (shared with you in the portal)

            Hello Mr. Gabbard,

            What we did today (checked items):
            [x] Walking practice in your new ankle brace, landing heel first
            [x] Stepping over the rope on the floor without catching your toe
            [x] Walking up and down the ramp

            Why it matters: your left foot drops and catches because the muscle that lifts it is weak after the nerve injury at your knee, so you trip on the campus sidewalks.

            Your numbers today: 350 feet in the brace with me just standing by (stand-by help). 9 of 10 rope step-overs without a catch.

            Billing boxes:
            [x] 97116 Gait training — 16 min
            [x] One-on-one   [ ] Shared time

            Silas Rowlette, PTA (supervised by Corinne Abney, PT)
            """,
            ["G57.32", "M21.372"], [PTA("97116", 16)], []),

        // DMT, Rosa Villarreal 97140: "your neck is stiff turning to the right, and the joints at the top of your neck don't glide well"; C1-2 rotation mobilisation, suboccipital release, upper-trap soft tissue work; rotation degrees; prose 11 minutes matches: passes.
        ["v4-h201-dmt-97140-upper-neck-stiff"] = new(
            """
            Davis Mountains Therapy · Fort Davis, Texas
            Note shared with you through the patient portal
            Written by Rosa Villarreal, PT

            Mr. Gallegos, here is what we did today and why.

            What we worked on: hands-on treatment for your neck — gentle gliding of the top two joints of your neck to help them turn (a rotation mobilization at C1–C2), a slow release of the muscles at the base of your skull, and soft tissue work along the muscle at the top of your right shoulder. The hands-on treatment took 11 minutes.

            Why it matters: your neck is stiff turning to the right, and the joints at the top of your neck don't glide well, so you can't check your blind spot on the drive to the rock shows.

            How you did: turning your head to the right, 48 degrees before and 62 degrees after (left is 70).

            For home: the chin tucks, 10 each morning. Take care of that neck!

            Rosa Villarreal, PT
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // KPT, Jace Moody (PTA): a letter with technique, one-on-one and numbers but no problem named at all ("You were amazing today!"): deficit missing; insurance summary 97112 22.
        ["v4-h201-kpt-pta-praise-and-numbers-no-problem"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Mr. Halvorsen,

            You were amazing today!

            You stood on the rocker board while I tipped it under you, caught the ball while standing on one foot on the foam, and stepped out to catch yourself when I let go of the strap around your waist. I worked with you one-on-one the whole time.

            Your progress: on the foam you stood on one foot for 13 seconds (last week 7), and you caught yourself with a single step on 7 of 10 releases.

            See you Monday — and good luck with the dipnet!

            Jace Moody, PTA (supervising PT: Tove Karlsen, PT, DPT)

            Insurance summary: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // RRPT, Ingrid Solberg: one-on-one, perturbations on foam, tandem with head turns, BAPS, counts, and the "Why it matters" heading holding only cheer: no deficit — deficit missing; billing block 97112 23.
        ["v4-h201-rrpt-why-it-matters-only-cheer"] = new(
            """
            Root River Physical Therapy — Lanesboro, Minnesota
            Your visit note (you can read this in your portal)

            Hi Verna,

            What we did together
            It was just the two of us for your session today. You stood on the foam while I gave you quick pushes at the shoulders, walked heel to toe along the line turning your head to each side, and circled the BAPS board clockwise and counterclockwise.

            Why it matters
            You're doing wonderfully, and I love seeing you each week. Keep it up!

            How you did
            Heel-to-toe on the line, 12 steps without stepping off (last week 7). BAPS board circles at level 3 with no hand on the bar, 10 each way.

            Ingrid Solberg, PT, DPT

            — For your insurance plan —
            CPT 97112 Neuromuscular re-education: 23 minutes
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // HRPT, Dustin Brune (PTA) 97116: a walk with a new cane on the ramp, the gravel lot and the levee curb with distance and stand-by help, and no impairment, body region or goal named: deficit missing; prose 14 minutes matches.
        ["v4-h201-hrpt-pta-97116-new-cane-no-problem-named"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mr. Poeschel (shared in your MyChart portal)

            Today we spent 14 minutes on walking practice with your new cane. We walked the hallway, went up and down the ramp, crossed the gravel parking lot, and stepped up and down the curb by the levee path. You used the cane just the way we practised last time.

            How you did: 300 feet in all, with me standing by but not needing to help (stand-by help), and 4 curb ups-and-downs.

            Way to go! See you next week.

            Dustin Brune, PTA (working under Lorna Kemper, PT)
            """,
            ["R26.89"], [PTA("97116", 14)], [At(Deficit, "97116")]),

        // GWR, Benita Chávez: step-and-stick, foam ball catches, hip pushes, one-on-one and numbers, with "Why — We'll go over what the tests show at your next visit": no deficit stated — deficit missing; 22 minutes matches.
        ["v4-h201-gwr-why-left-for-next-visit"] = new(
            """
            Gila Wilderness Rehab · Silver City, New Mexico
            Visit note — you can read this in your portal

            Today — We did step-and-stick onto the foam, you caught the ball while standing on the foam with your feet close together, and you held steady against small pushes at your hips. It was just you and me the whole time.

            Why — We'll go over what the tests show at your next visit.

            Your progress — Foam stance with ball catches for 20 seconds. You stuck 8 of 10 landings.

            At home — Keep walking the loop at the park with your husband.

            Balance retraining today: 22 minutes.

            Benita Chávez, PT, DPT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // RRPT, Ingrid Solberg: "you held the narrow stance for 14 seconds, up from 6 last week"; narrow stance on foam with head turns, pushes at the shoulders, step-and-hold; R ankle sense after a bike crash; one-on-one; billing block 97112 22: passes.
        ["v5-h201-rrpt-narrow-stance-fourteen-up-from-six"] = new(
            """
            Root River Physical Therapy — Lanesboro, Minnesota
            Your visit note (you can read this in your portal)

            Hi Wendell,

            What we did together
            I was with you one-on-one the whole session. You stood in the narrow stance (feet heel to toe) on the foam while turning your head side to side, held steady while I gave small pushes at your shoulders, and stepped forward onto your right foot and held still.

            Why it matters
            Since you went over the handlebars on the trail, your right ankle doesn't sense its position well and is slow to react, so the gravel shoulder throws you off.

            How you did
            You held the narrow stance for 14 seconds, up from 6 last week!

            Keep going
            Practise the narrow stance at the kitchen counter, 5 holds a day.

            Ingrid Solberg, PT, DPT

            — For your insurance plan —
            CPT 97112 Neuromuscular re-education: 22 minutes
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // KPT, Tove Karlsen: the only measure a Berg in words ("forty-six out of fifty-six, up from thirty-nine"); rocker board, foam eyes closed, perturbations; feet sensation from neuropathy; one-on-one; insurance summary 97112 24: passes.
        ["v5-h201-kpt-berg-in-words"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Mr. Oskolkoff,

            I worked with only you during today's session.

            Today you stood on the rocker board tipping it forward and back, stood on the foam with your eyes closed, and kept your footing while I gave you small pushes from different sides.

            Here's why: your feet have lost much of their feeling from the neuropathy, so on the slick boat ramp you don't sense yourself starting to slip.

            Your progress: your Berg balance score was forty-six out of fifty-six, up from thirty-nine when we started. That's a real jump!

            Tove Karlsen, PT, DPT

            Insurance summary: Neuromuscular re-education (97112), 24 minutes.
            """,
            ["E11.42"], [PT("97112", 24)], []),

        // HRPT, Dustin Brune (PTA): the timed up-and-go against the first visit ("12.4 seconds; at your first visit it took 19"); sit-to-stand with pushes, turn-and-walk with head turns, backward stepping; slow postural reactions with Parkinson's; one-on-one; prose 23 minutes matches: passes.
        ["v5-h201-hrpt-pta-tug-against-first-visit"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mrs. Sieckmann (shared in your MyChart portal)

            It was just the two of us for your 23 minutes of balance retraining today.

            We practised standing up from the chair and holding steady while I gave light pushes at your shoulders, turning and walking off while turning your head, and stepping backward to catch yourself when you leaned back against my hands.

            Why we do this: Parkinson's has slowed the automatic reactions that keep you upright, especially when you step back or turn.

            How you did: the stand-up-walk-and-sit-down test (timed up-and-go) took you 12.4 seconds; at your first visit it took 19.

            Dustin Brune, PTA (working under Lorna Kemper, PT)
            """,
            ["G20.A1"], [PTA("97112", 23)], []),

        // GWR, Eli Trujillo (PTA): nudges caught as a count ("you caught yourself with one step on 8 of 10 nudges"); nudges in standing, foam head turns, tandem; L ankle late to react after a sprain at the hot springs; one-on-one; 21 minutes matches: passes.
        ["v5-h201-gwr-pta-caught-eight-of-ten-nudges"] = new(
            """
            Gila Wilderness Rehab · Silver City, New Mexico
            Visit note — you can read this in your portal

            Today — I gave you nudges from the front, back and sides while you stood with your feet together, then you stood on the foam turning your head, and walked heel to toe along the tape. I stayed right beside you the whole time and had no other patient during your session.

            Why — Your left ankle reacts late when you start to tip since the sprain on the wet steps at the hot springs, and it doesn't sense wet, uneven stone well.

            Your progress — You caught yourself with one step on 8 of 10 nudges (last time 4 of 10).

            At home — Heel-to-toe walking along the hallway, holding the wall if you need it.

            Balance retraining today: 21 minutes.

            Eli Trujillo, PTA (supervising PT: Benita Chávez, PT, DPT)
            """,
            ["S93.402D"], [PTA("97112", 21)], []),

        // LVR, Owen Tatro (PTA) 97116: "300 feet with the cane, and I only needed to stand by"; cane walking on the path with heel strike, a slope and a threshold; L knee weakness and short stride after a replacement; 97116 · 15 minutes: passes.
        ["v5-h201-lvr-pta-97116-three-hundred-feet-stand-by"] = new(
            """
            Lamoille Valley Rehab · Morrisville, Vermont
            Your visit note — shared with you in the patient portal

            Hi Florence,

            What you worked on: walking with your cane on the path behind the clinic, landing on your left heel and straightening your left knee as you stepped through; walking up and down the grassy slope; and stepping over the barn-door threshold we built.

            Why: since your left knee replacement, the knee stays bent when you step and the thigh muscles are weak, so your steps are short and you limp.

            What we measured: you walked 300 feet with the cane, and I only needed to stand by. 6 threshold step-overs without catching your foot.

            Owen Tatro, PTA (working with Hazel Prescott, PT)

            For your insurer:
            — 97116 Gait training · 15 minutes · one-on-one: yes
            """,
            ["Z96.652", "R26.89"], [PTA("97116", 15)], []),

        // ABR, Lucinda Pridgeon 97110: sets, repetitions and pounds (leg press, step-ups, calf raises); R thigh and calf weakness after a knee scope; Minutes 16 match: passes.
        ["v5-h201-abr-97110-sets-reps-pounds"] = new(
            """
            Apalachicola Bay Rehab · Apalachicola, Florida
            Your visit note — shared with you in your patient portal

            Hello Mr. Tolliver,

            Today you did the leg press with 70 pounds, 3 sets of 12; step-ups onto the 8-inch box on your right leg, 3 sets of 10; and calf raises on your right leg alone, 3 sets of 15.

            Why we did it: the muscles on the front of your right thigh and in your right calf are still weak since the knee scope, so climbing onto the boat and kneeling to mend nets are hard.

            For home: the step-ups on your porch step, 2 sets of 10.

            Lucinda Pridgeon, PT

            Billing section (for your insurer)
            Service: 97110 Therapeutic exercise     Minutes: 16
            ☐ One-on-one the whole time   ☐ Shared with another patient
            """,
            ["M23.221", "M62.81"], [PT("97110", 16)], []),

        // BKT, Corinne Abney 97140: knee bend in degrees ("105 degrees, up from 92 when we started today"); patellar glides, tibiofemoral mobilisation, scar work; L knee stiffness after a replacement; 12 min matches: passes.
        ["v5-h201-bkt-97140-knee-bend-degrees"] = new(
            """
            Berea Knobs Therapy · Berea, Kentucky
            Your therapy note (shared with you in the portal)

            Hello Mrs. Dyehouse,

            What we did today (checked items):
            [x] Gliding your kneecap up, down and side to side
            [x] Joint mobilization: gliding your shin bone backward on your thigh bone to help the knee bend
            [x] Massage along your scar to loosen it
            [ ] Ice

            Why it matters: your left knee is stiff since the replacement and won't bend enough for you to sit at the loom or climb into the truck.

            Your numbers today: your knee bent to 105 degrees, up from 92 when we started today.

            Billing boxes:
            [x] 97140 Manual therapy — 12 min
            [x] One-on-one   [ ] Shared time

            Corinne Abney, PT
            """,
            ["Z96.652", "M25.662"], [PT("97140", 12)], []),

        // DMT, Dalton Pruett (OT) 97530: carries and help ("you carried the laundry basket 40 feet 4 times with no help"); basket carries, hanging clothes on the line, folding at the counter; R shoulder and grip weakness after a fall; prose 19 minutes matches: passes.
        ["v5-h201-dmt-ot-97530-laundry-basket-carries"] = new(
            """
            Davis Mountains Therapy · Fort Davis, Texas
            Note shared with you through the patient portal
            Written by Dalton Pruett, OTR/L

            Mrs. Ornelas, here is today's note.

            What we worked on: carrying the laundry basket from the washer to the clothesline we set up, reaching up to hang the clothes with the pins, and folding the towels standing at the counter. Your everyday-tasks practice lasted 19 minutes.

            Why it matters: since your fall, your right shoulder and your grip are weak, so carrying the basket and pinning the sheets on the line wear you out. You told me you want to do your own wash again.

            How you did: you carried the laundry basket 40 feet 4 times with no help, and you hung 10 towels before needing a rest.

            Dalton Pruett, OTR/L
            """,
            ["M62.81", "S42.201D"], [OT("97530", 19)], []),

        // KPT, Jace Moody (PTA): "You were so much steadier than last week!" and no number but the code and its minutes; foam eyes closed, rocker, perturbations; one-on-one; L ankle sense after a sprain: measure missing.
        ["v5-h201-kpt-pta-so-much-steadier-no-number"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Ms. Tikhonov,

            I worked with you one-on-one for the whole session.

            Today you stood on the foam with your eyes closed, rocked the rocker board side to side, and held your ground while I gave small pushes at your hips.

            Here's why: since you rolled your left ankle on the riverbank, the ankle doesn't sense the ground well and is slow to catch you.

            Your progress: you were so much steadier than last week! You didn't need the bar at all on the rocker board.

            Jace Moody, PTA (supervising PT: Tove Karlsen, PT, DPT)

            Insurance summary: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["S93.402D"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // HRPT, Lorna Kemper 97110: leg press, bridges, wall squats and band rows named with no sets, repetitions, load or hold; R hip and thigh weakness after a hip replacement; prose 15 minutes matches: measure missing.
        ["v5-h201-hrpt-97110-exercises-no-dose"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mr. Kallmeyer (shared in your MyChart portal)

            We spent 15 minutes on strengthening today. You did the leg press, bridges, wall squats and rows with the band.

            Why we do this: the muscles around your right hip and the front of your right thigh are weak since the hip replacement, so climbing the vineyard slope is still hard.

            You worked hard today. Keep it up!

            Lorna Kemper, PT
            """,
            ["Z96.641", "M62.81"], [PT("97110", 15)], [At(Measure, "97110")]),

        // GWR, Benita Chávez 97116: walking with the walker in the hallway, on the ramp and the sidewalk with heel-first landings; L leg weakness after a stroke; no distance, assistance or other number: measure missing; 14 minutes matches.
        ["v5-h201-gwr-97116-no-distance-or-help"] = new(
            """
            Gila Wilderness Rehab · Silver City, New Mexico
            Visit note — you can read this in your portal

            Today — Walking practice with your walker. We walked the hallway, went up and down the ramp, and went out on the sidewalk, working on landing on your left heel and taking an even step with each leg.

            Why — Since the stroke, your left leg is weak and your left knee snaps back, so your steps are uneven and you tire quickly on the way to the mailbox.

            Your progress — Your steps were more even today, and you stood taller.

            At home — Use the walker for all your walking in the house.

            Walking practice today: 14 minutes.

            Benita Chávez, PT, DPT
            """,
            ["I69.354"], [PT("97116", 14)], [At(Measure, "97116")]),

        // RRPT, Caleb Hovland (PTA): "We'll re-check your balance score next visit" and no number but the code and its minutes; tandem on foam, perturbations, head-turn walking; one-on-one; vestibular loss after a virus: measure missing.
        ["v5-h201-rrpt-pta-recheck-score-next-visit"] = new(
            """
            Root River Physical Therapy — Lanesboro, Minnesota
            Your visit note (you can read this in your portal)

            Hi Harlan,

            What we did together
            I worked with you one-on-one the whole time. You stood heel to toe on the foam, held steady while I gave you small pushes, and walked the hallway turning your head to read the signs.

            Why it matters
            The virus weakened the balance nerve from your left inner ear, so turning your head makes things blur and you veer to the left.

            How you did
            You looked more confident today. We'll re-check your balance score next visit.

            Caleb Hovland, PTA (with Ingrid Solberg, PT, DPT)

            — For your insurance plan —
            CPT 97112 Neuromuscular re-education: 22 minutes
            """,
            ["H81.22"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // DMT, Rosa Villarreal 97140: glenohumeral posterior glides, scapular mobilisation, soft tissue work to the R shoulder; R shoulder stiffness after a fall; "your shoulder moved more freely afterwards" and no number but the minutes: measure missing.
        ["v5-h201-dmt-97140-shoulder-moved-more-freely"] = new(
            """
            Davis Mountains Therapy · Fort Davis, Texas
            Note shared with you through the patient portal
            Written by Rosa Villarreal, PT

            Mr. Ramos, here is what we did today and why.

            What we worked on: hands-on treatment for your right shoulder — gliding the ball of the shoulder backward in its socket, moving your shoulder blade on your ribs, and soft tissue work to the muscles at the back of your shoulder. Hands-on treatment today took 12 minutes.

            Why it matters: your right shoulder joint is stiff since your fall at the rock shop, so you can't reach behind you to tuck in your shirt or reach up to the high shelves.

            How you did: your shoulder moved more freely afterwards, and reaching overhead felt easier.

            Rosa Villarreal, PT
            """,
            ["M25.611"], [PT("97140", 12)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in the usual forms, true mismatches and truly missing separate time

        // HRPT, Lorna Kemper: "We spent 22 minutes on neuromuscular re-education (the balance retraining) and 15 minutes on therapeutic exercise (the strengthening)", both matching; one-on-one; rocker, perturbations, foam head turns; leg press, step-ups, bridges with doses; L ankle sense and calf and hip weakness after a fracture; seconds and counts: passes.
        ["v6-h201-hrpt-two-services-named-with-minutes"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mrs. Bruckerhoff (shared in your MyChart portal)

            We spent 22 minutes on neuromuscular re-education (the balance retraining) and 15 minutes on therapeutic exercise (the strengthening). I worked with you one-on-one for all of the balance retraining.

            Balance retraining: you stood on the rocker board while I tipped it, held your ground against small pushes at your hips while standing on the foam, and turned your head side to side on the foam with your feet close together.

            Strengthening: leg press with 60 pounds, 3 sets of 10; step-ups onto the 6-inch step with your left leg, 3 sets of 10; bridges, 2 sets of 15.

            Why we do this: since the ankle fracture, your left ankle doesn't sense the ground well and is slow to catch you, and the muscles of your left calf and hip are weak, so the cellar stairs at the winery are hard.

            How you did: rocker board level for 16 seconds (it was 7). You held your ground on 7 of 10 pushes.

            Lorna Kemper, PT
            """,
            ["S82.892D", "M62.81"], [PT("97112", 22), PT("97110", 15)], []),

        // DMT, Rosa Villarreal: lay names only, "The balance part of today took 23 minutes; the leg-strengthening part took 12 minutes", both matching; one-on-one; foam, perturbations, step-and-hold; sit-to-stands, side steps, heel raises with doses; ankle position sense and hip weakness; seconds and counts: passes.
        ["v6-h201-dmt-balance-part-and-strengthening-part"] = new(
            """
            Davis Mountains Therapy · Fort Davis, Texas
            Note shared with you through the patient portal
            Written by Rosa Villarreal, PT

            Mrs. Dominguez, here is what we did today and why.

            The balance part of today took 23 minutes; the leg-strengthening part took 12 minutes. For the balance part it was just the two of us, with no one else on my schedule.

            What we worked on: for balance, you stood on the foam with your eyes closed, held steady against my nudges at your hips, and stepped forward onto the foam and held still. For strength, you did sit-to-stands from the low chair, 3 sets of 10; side steps with the band around your ankles, 3 trips of 15 feet each way; and heel raises, 3 sets of 15.

            Why it matters: your feet and ankles don't tell your brain well where they are since the nerve damage from diabetes, and your hip muscles are weak, so the rocky path up to the observatory domes is risky for you.

            How you did: eyes-closed foam stance, 13 seconds (last week 7). You held still after 8 of 10 step-ons.

            Rosa Villarreal, PT
            """,
            ["E11.42", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // RRPT, Ingrid Solberg: the billing block of two codes ("CPT 97112 … 22 minutes", "CPT 97140 … 10 minutes"), both matching; one-on-one; BAPS, hop-and-hold, foam catches; talocrural glides and calf soft tissue; ankle sense and stiffness after a sprain; seconds and degrees: passes.
        ["v6-h201-rrpt-billing-block-two-codes"] = new(
            """
            Root River Physical Therapy — Lanesboro, Minnesota
            Your visit note (you can read this in your portal)

            Hi Tessa,

            What we did together
            I worked with you one-on-one for your balance work. You circled the BAPS board with your left foot, hopped forward onto the foam and held the landing, and caught the ball standing on your left leg on the foam. Then I did hands-on work on your ankle: gliding the ankle joint backward to free up the bend, and loosening your calf muscles.

            Why it matters
            Since the sprain at volleyball, your left ankle doesn't sense its position well and reacts late, and the joint is stiff, so it won't bend enough for you to squat behind the cheese counter.

            How you did
            Left-leg stance on the foam, 15 seconds (right 30). Ankle bend with your knee forward, 8 degrees before and 14 degrees after.

            Ingrid Solberg, PT, DPT

            — For your insurance plan —
            CPT 97112 Neuromuscular re-education: 22 minutes
            CPT 97140 Manual therapy: 10 minutes
            """,
            ["S93.402D"], [PT("97112", 22), PT("97140", 10)], []),

        // GWR, Benita Chávez: "I stayed right beside you the whole 20 minutes, and no one else was with me" as the only minutes of the only code (20); foam head turns, step-and-stick, perturbations; R vestibular loss; DGI and seconds: passes.
        ["v6-h201-gwr-right-beside-you-whole-twenty"] = new(
            """
            Gila Wilderness Rehab · Silver City, New Mexico
            Visit note — you can read this in your portal

            Today — I stayed right beside you the whole 20 minutes, and no one else was with me. You stood on the foam turning your head side to side and up and down, stepped forward onto the foam and stuck the landing, and held steady while I gave small pushes at your shoulders.

            Why — The balance organ in your right inner ear lost strength after the infection, so your head turns make you unsteady on the mine-tour trail.

            Your progress — Dynamic Gait Index 19 out of 24. Head turns on the foam for 25 seconds without a step.

            At home — Head turns while standing at the counter.

            Benita Chávez, PT, DPT
            """,
            ["H81.21"], [PT("97112", 20)], []),

        // KPT, Tove Karlsen: three codes in the insurance summary (97112 22, 97110 12, 97140 9), all matching; one-on-one; rocker and hop-to-stick; squats and step-downs with doses; patellar and tibiofemoral mobilisation; knee sense, quad weakness and stiffness after an ACL reconstruction; seconds, doses and degrees: passes.
        ["v6-h201-kpt-three-codes-insurance-summary"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Mr. Vasiliev,

            For your balance work it was just you and me.

            Today you stood on your right leg on the rocker board and hopped forward onto the foam to stick the landing. For strength, you did goblet squats holding 25 pounds, 3 sets of 10, and slow step-downs off the 8-inch box on your right leg, 3 sets of 8. To finish, I moved your kneecap and gently glided your shin bone forward and back to help the knee straighten.

            Here's why: since the ACL reconstruction, your right knee doesn't sense its position well, the thigh muscle is weak, and the knee is stiff, so you can't trust it on the slippery dock.

            Your progress: right-leg stance on the rocker, 12 seconds (left 25). 7 of 10 landings stuck. Knee straightening went from 5 degrees short to 1 degree short.

            Tove Karlsen, PT, DPT

            Insurance summary: Neuromuscular re-education (97112), 22 minutes; therapeutic exercise (97110), 12 minutes; manual therapy (97140), 9 minutes.
            """,
            ["S83.511D"], [PT("97112", 22), PT("97110", 12), PT("97140", 9)], []),

        // LVR, a PT's and an OT's lines on one visit ("97112 … 23 minutes · one-on-one: yes" by Hazel Prescott, "97530 … 20 minutes" by Nadia Lessard), both matching; foam, perturbations, tandem; carrying and reaching tasks; stroke with L side position sense and weak L arm; seconds, counts and help: passes.
        ["v6-h201-lvr-pt-and-ot-on-one-visit"] = new(
            """
            Lamoille Valley Rehab · Morrisville, Vermont
            Your visit note — shared with you in the patient portal

            Hi Yvette,

            You saw both of us today.

            With Hazel (balance): you stood on the foam with your feet close together, held steady while she gave small pushes at your hips, and walked heel to toe along the line. Since the stroke, your brain doesn't get clear messages about where your left leg is, and it's slow to react, so you tip to the left. You held the heel-to-toe stance for 9 seconds (last week 4) and recovered from 6 of 10 pushes without a step.

            With Nadia (everyday tasks): you carried a basket of yarn from the shelf to the table, reached up to put mugs away, and wiped the counter with your left hand. Your left arm is weak and slow since the stroke, and your goal is to cook for your grandkids. You carried the basket 5 times with me just standing by, and put away 8 mugs.

            Hazel Prescott, PT · Nadia Lessard, OTR/L

            For your insurer:
            — 97112 Neuromuscular re-education · 23 minutes · one-on-one: yes (Hazel Prescott, PT)
            — 97530 Therapeutic activities · 20 minutes (Nadia Lessard, OTR/L)
            """,
            ["I69.354"], [PT("97112", 23), OT("97530", 20)], []),

        // DMT, Luz Ybarra (PTA): minutes in words ("Your balance work today lasted twenty-five minutes") on a 25-minute line; one-on-one; rocker, foam catches, perturbations; ankle sense after a sprain; seconds and counts: passes.
        ["v6-h201-dmt-pta-minutes-in-words"] = new(
            """
            Davis Mountains Therapy · Fort Davis, Texas
            Note shared with you through the patient portal
            Written by Luz Ybarra, PTA, with Rosa Villarreal, PT, supervising

            Mr. Esparza, here is what we did today.

            Your balance work today lasted twenty-five minutes, and I was with you alone the whole time.

            What we worked on: you stood on the rocker board tipping it side to side, caught the ball standing on one foot on the foam, and held steady while I gave you small pushes at the shoulders.

            Why it matters: since you twisted your right ankle on the canyon trail, the ankle doesn't sense uneven ground and reacts late.

            How you did: right-leg stance on the foam, 10 seconds (left 24). You caught 7 of 10 balls without putting your other foot down.

            Luz Ybarra, PTA
            """,
            ["S93.401D"], [PTA("97112", 25)], []),

        // BKT, Corinne Abney: a clock range with its minutes on the ticked code line ("[x] 97112 Neuromuscular re-education — 10:05 to 10:28, 23 min"); BOSU, foam eyes closed, step-and-hold; knee position sense after a sprain; seconds and counts; one-on-one ticked: passes.
        ["v6-h201-bkt-clock-range-on-code-line"] = new(
            """
            Berea Knobs Therapy · Berea, Kentucky
            Your therapy note (shared with you in the portal)

            Hello Miss Sizemore,

            What we did today (checked items):
            [x] Standing on the BOSU dome on your right leg
            [x] Standing on the foam with your eyes closed
            [x] Stepping forward onto your right leg and holding still

            Why it matters: since you twisted your right knee on the stage at the dance festival, the knee doesn't sense its position well and wobbles when you land.

            Your numbers today: right-leg stance on the BOSU 11 seconds (left 20). You held still after 9 of 10 step-ons.

            Billing boxes:
            [x] 97112 Neuromuscular re-education — 10:05 to 10:28, 23 min
            [x] One-on-one   [ ] Shared time

            Corinne Abney, PT
            """,
            ["S83.411D"], [PT("97112", 23)], []),

        // ABR, Tyrell Gaskin (PTA): two service lines ("97116 Gait training  Minutes: 14", "97110 Therapeutic exercise  Minutes: 12"), both matching; cane walking on the boardwalk with distance and help; hip and thigh exercises with doses; hip weakness and a short stride after a hip fracture: passes.
        ["v6-h201-abr-pta-two-service-lines"] = new(
            """
            Apalachicola Bay Rehab · Apalachicola, Florida
            Your visit note — shared with you in your patient portal

            Hello Mr. Lanier,

            Today we worked on walking and on strength.

            Walking: you walked with your cane on the boardwalk out back, taking even steps and landing on your right heel, and turned around at the end without stopping. You went 250 feet with me holding the gait belt lightly (contact guard).

            Strength: sit-to-stands from the bench, 3 sets of 8; standing hip kicks out to the side with the 3-pound weight, 2 sets of 12 each leg; and mini-squats at the counter, 2 sets of 10.

            Why we did it: since your hip fracture, the muscles around your right hip and thigh are weak, so your right step is short and you tire on the way to the dock.

            Tyrell Gaskin, PTA (with Lucinda Pridgeon, PT)

            Billing section (for your insurer)
            Service: 97116 Gait training     Minutes: 14
            Service: 97110 Therapeutic exercise     Minutes: 12
            ☐ One-on-one the whole time   ☒ Shared with another patient
            """,
            ["S72.001D", "M62.81"], [PTA("97116", 14), PTA("97110", 12)], []),

        // HRPT, Lorna Kemper: "we spent 30 minutes on your balance work" on a 20-minute 97112 line: time mismatch; the note otherwise complete (one-on-one, foam, perturbations, head-turn walking; vestibular; DGI).
        ["v6-h201-hrpt-thirty-minutes-on-twenty-line"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mr. Dierberg (shared in your MyChart portal)

            Today we spent 30 minutes on your balance work, just the two of us the whole time.

            We practised standing on the foam while turning your head, holding steady against small pushes at your shoulders, and walking the hallway while looking side to side at the pictures.

            Why we do this: the balance nerve from your left inner ear was damaged by the virus, so your eyes bounce when you turn your head on the barge and you drift to the left.

            How you did: Dynamic Gait Index 18 out of 24, up from 13. You stood on the foam with head turns for 20 seconds.

            Lorna Kemper, PT
            """,
            ["H81.22"], [PT("97112", 20)], [At(Mismatch, "97112")]),

        // RRPT, Caleb Hovland (PTA): the billing block's "CPT 97110 Therapeutic exercise: 25 minutes" on a 15-minute 97110 line, with 97112 22 matching: time mismatch on the 97110; both parts complete.
        ["v6-h201-rrpt-pta-97110-twenty-five-on-fifteen"] = new(
            """
            Root River Physical Therapy — Lanesboro, Minnesota
            Your visit note (you can read this in your portal)

            Hi Clarence,

            What we did together
            I worked with you one-on-one for the balance part. You stood on the foam with your eyes closed, stepped over the cones leading with your left leg, and held steady on the rocker board. For strength, you did leg presses with 80 pounds, 3 sets of 10, and step-ups onto the 6-inch step, 3 sets of 10 with your left leg.

            Why it matters
            Since your left knee replacement, the knee doesn't sense where it is, and the muscle on the front of your thigh is weak, so the steps into the church hall are hard.

            How you did
            Eyes-closed foam stance 14 seconds (last week 8). You cleared 9 of 10 cones.

            Caleb Hovland, PTA (with Ingrid Solberg, PT, DPT)

            — For your insurance plan —
            CPT 97112 Neuromuscular re-education: 22 minutes
            CPT 97110 Therapeutic exercise: 25 minutes
            """,
            ["Z96.652"], [PTA("97112", 22), PTA("97110", 15)], [At(Mismatch, "97110")]),

        // KPT, Tove Karlsen: only a visit total ("Your treatment today totalled 40 minutes") for 97112 25 and 97110 15: separate time missing; both parts complete (one-on-one, rocker, perturbations, hop-and-hold; step-ups, squats with doses; ankle sense and calf weakness; seconds).
        ["v6-h201-kpt-visit-total-for-two-codes"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Mrs. Andreev,

            Your treatment today totalled 40 minutes. For the balance work, it was just you and me.

            Balance: you stood on the rocker board tipping it front to back, held steady against small pushes at your hips, and hopped forward onto the foam and held the landing.

            Strength: step-ups onto the 8-inch step, 3 sets of 10 on your right leg; squats holding 15 pounds, 3 sets of 12; and calf raises on your right leg, 3 sets of 12.

            Here's why: since the ankle fracture, your right ankle doesn't sense the ground well and is slow to react, and your calf muscles are weak, so walking on the beach gravel is hard.

            Your progress: right-leg stance on the rocker, 9 seconds (left 20).

            Tove Karlsen, PT, DPT

            Insurance summary: Neuromuscular re-education (97112) and therapeutic exercise (97110).
            """,
            ["S82.891D"], [PT("97112", 25), PT("97110", 15)], [SepTime]),

        // GWR, Benita Chávez: "Balance retraining today: 22 minutes." and the strengthening given no minutes, on 97112 22 and 97110 13: separate time missing; both parts complete.
        ["v6-h201-gwr-minutes-for-balance-part-only"] = new(
            """
            Gila Wilderness Rehab · Silver City, New Mexico
            Visit note — you can read this in your portal

            Today — Balance: you stood on the foam with your eyes closed, stepped over the low hurdles, and held steady while I gave small pushes at your hips. It was just you and me for the balance work. Strength: bridges, 3 sets of 12; side-lying leg lifts, 3 sets of 10 each side; and sit-to-stands, 2 sets of 10.

            Why — The nerves in your feet are damaged from diabetes, so you don't feel the ground well, and your hip muscles are weak, so you stumble on the campus lawns.

            Your progress — Eyes-closed foam stance 11 seconds (last week 5). 8 of 10 hurdles cleared without a touch.

            Balance retraining today: 22 minutes.

            Benita Chávez, PT, DPT
            """,
            ["E11.42", "M62.81"], [PT("97112", 22), PT("97110", 13)], [SepTime]),

        // DMT, Luz Ybarra (PTA) 97116: "Our walking practice today lasted 35 minutes" on a 22-minute 97116 line: time mismatch; cane walking on gravel and a slope, R foot drop, feet and help present.
        ["v6-h201-dmt-pta-97116-thirty-five-on-twenty-two"] = new(
            """
            Davis Mountains Therapy · Fort Davis, Texas
            Note shared with you through the patient portal
            Written by Luz Ybarra, PTA, with Rosa Villarreal, PT, supervising

            Mr. Baeza, here is what we did today.

            Our walking practice today lasted 35 minutes. You walked with your cane on the gravel drive and up and down the slope by the creek, lifting your right toes and landing heel first.

            Why it matters: since the back surgery, the muscle that lifts your right foot is weak and your toes catch on rocks, so you've tripped twice on the ranch road.

            How you did: 320 feet with the cane, with me holding the gait belt lightly (contact guard) on the slope.

            Luz Ybarra, PTA
            """,
            ["M21.371", "M54.16"], [PTA("97116", 22)], [At(Mismatch, "97116")]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note (the portal letter was never written) on a 97112 with a diagnosis: DOC_NOTE_MISSING on the line and nothing else.
        ["v7-h201-empty-note-97112"] = new(
            "",
            ["R26.81"], [PT("97112", 22)], [At(NoteMissing, "97112")]),

        // A note of line breaks and spaces only on a two-code visit (97110, 97140) with no diagnosis: note missing on each line and diagnosis missing.
        ["v7-h201-blank-lines-only-97110-97140-no-dx"] = new(
            "\n   \n\n ",
            [], [PT("97110", 15), PT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140"), Dx]),

        // An empty note on an OT's 97530 with no diagnosis: note missing on the line and diagnosis missing.
        ["v7-h201-empty-note-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 19)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on an RRPT PTA letter: single-leg press, single-leg bridges, side planks, bird dogs (technique), sets, repetitions, pounds and holds (measure), thigh, hip and trunk weakness with a bike-trail goal (deficit); billing block 97110 17 matches: passes.
        ["v7-h201-rrpt-pta-97110-bike-trail-legs-and-trunk"] = new(
            """
            Root River Physical Therapy — Lanesboro, Minnesota
            Your visit note (you can read this in your portal)

            Hi Sigrid,

            What we did together
            You did single-leg presses with 40 pounds, 3 sets of 10 each leg; single-leg bridges, 3 sets of 8 each side; side planks from your knees, 4 holds of 20 seconds each side; and bird dogs, 2 sets of 10.

            Why it matters
            Since your back surgery, the muscles of your thighs, hips and trunk are weak, so you can't ride the bike trail to Whalan and back without your back aching. Your goal is the whole trail by June.

            Keep going
            The bridges and bird dogs every other day at home, 2 sets of 10.

            Caleb Hovland, PTA (with Ingrid Solberg, PT, DPT)

            — For your insurance plan —
            CPT 97110 Therapeutic exercise: 17 minutes
            """,
            ["M54.50", "M62.81"], [PTA("97110", 17)], []),

        // 97530's meaning on an LVR OT letter: milking-parlor tasks (attaching the milker unit at udder height, lifting a pail, stepping down into the pit) with counts, pounds and help (measure) and R shoulder and grip weakness with a milking goal (deficit); 97530 · 21 minutes: passes.
        ["v7-h201-lvr-ot-97530-milking-parlor-tasks"] = new(
            """
            Lamoille Valley Rehab · Morrisville, Vermont
            Your visit note — shared with you in the patient portal

            Hi Normand,

            What you worked on: reaching forward and up to hang the milker unit on the rail at udder height, lifting a pail with 15 pounds of water from the floor onto the bench, and stepping down the 3 steps into the pretend parlor pit while carrying the pail in your left hand.

            Why: since the rotator cuff surgery, your right shoulder is weak when you reach forward and your grip tires, so morning milking takes you twice as long. Your goal is to do the morning milking on your own again.

            What we measured: you hung the milker unit 10 times before your shoulder tired (last week 6). You lifted the 15-pound pail 5 times. You did the pit steps 3 times with me just standing by.

            Nadia Lessard, OTR/L

            For your insurer:
            — 97530 Therapeutic activities · 21 minutes · one-on-one: yes
            """,
            ["M75.101", "Z98.890"], [OT("97530", 21)], []),

        // 97140's meaning on a KPT letter: glenohumeral inferior and posterior glides grade III, scapular mobilisation, soft tissue work to the posterior cuff (technique), L shoulder stiffness (deficit), elevation and rotation degrees (measure); insurance summary 97140 12: passes.
        ["v7-h201-kpt-97140-shoulder-mobilisation"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Mrs. Grigoriev,

            Today I did hands-on treatment for your left shoulder: I glided the ball of the shoulder downward and backward in its socket (grade III mobilizations), moved your shoulder blade on your ribs, and worked on the tight muscles at the back of your shoulder.

            Here's why: your left shoulder has stiffened up (frozen shoulder), so you can't reach up to the top shelf at the cannery or fasten your bra behind your back.

            Your progress: lifting your arm forward went from 118 degrees to 131 degrees. Turning your arm out, 30 degrees (it was 20).

            Keep up the pulley at home, 10 times twice a day.

            Tove Karlsen, PT, DPT

            Insurance summary: Manual therapy (97140), 12 minutes.
            """,
            ["M75.02"], [PT("97140", 12)], []),

        // 97116's meaning on an HRPT PTA letter: walking on the levee path and grass with a rolling walker, stepping up the curb, turning (technique), distance and assistance (measure), R leg weakness and short step after a stroke with a goal of the river walk (deficit); prose 16 minutes matches: passes.
        ["v7-h201-hrpt-pta-97116-levee-path-walk"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mrs. Gleiforst (shared in your MyChart portal)

            Our walking practice today took 16 minutes. We walked with your rolling walker along the levee path and onto the grass, stepped up and down the curb at the parking lot, and practised turning around without letting the walker get ahead of you. I reminded you to push off with your right toes and take a full step with your right leg.

            Why we do this: since the stroke, your right leg is weak and your right step is short, so you tire and shuffle. Your goal is to walk the river walk to the Maifest tents in May.

            How you did: 400 feet in all, with me holding the gait belt lightly (contact guard) on the grass and just standing by on the path. 3 curb ups-and-downs.

            Dustin Brune, PTA (working under Lorna Kemper, PT)
            """,
            ["I69.351", "R26.89"], [PTA("97116", 16)], []),

        // 97116's meaning on a BKT letter: cane walking on the sidewalk and the craft-school steps with a step-through pattern (technique), feet and help (measure), L knee weakness and a limp after a fracture (deficit); 15 min matches: passes.
        ["v7-h201-bkt-97116-cane-walk-craft-school"] = new(
            """
            Berea Knobs Therapy · Berea, Kentucky
            Your therapy note (shared with you in the portal)

            Hello Ms. Gentry,

            What we did today (checked items):
            [x] Walking with your cane on the sidewalk, stepping through evenly with both legs
            [x] Going up and down the 4 steps at the craft school entrance with the cane and the rail
            [x] Walking and turning in the weaving room between the looms

            Why it matters: since you broke your left kneecap, your left knee is weak and stiff, so you limp and hold your breath on stairs.

            Your numbers today: 500 feet on the sidewalk with me standing by; stairs with the cane and rail, with a steadying hand on the way down (contact guard).

            Billing boxes:
            [x] 97116 Gait training — 15 min
            [x] One-on-one   [ ] Shared time

            Corinne Abney, PT
            """,
            ["S82.002D"], [PT("97116", 15)], []),

        // A wholly generic, encouraging KPT 97112 letter ("You did great with your balance exercises today! Keep it up.") with its insurance summary: no technique, deficit, measure or one-on-one statement.
        ["v7-h201-kpt-generic-97112-you-did-great"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Mr. Chernoff,

            You did great with your balance exercises today! Keep it up, and we'll see you next week.

            Tove Karlsen, PT, DPT

            Insurance summary: Neuromuscular re-education (97112), 20 minutes.
            """,
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // A wholly generic HRPT 97110 + 97530 letter with minutes for each ("We did therapeutic exercise for 15 minutes and therapeutic activities for 12 minutes. You worked hard!"): no technique, deficit or measure for either.
        ["v7-h201-hrpt-generic-97110-and-97530"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mr. Grannemann (shared in your MyChart portal)

            We did therapeutic exercise for 15 minutes and therapeutic activities for 12 minutes. You worked hard and tolerated everything well! Keep doing your exercises at home.

            Lorna Kemper, PT
            """,
            ["M62.81"], [PT("97110", 15), PT("97530", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // A wholly generic GWR 97112 that does state one-on-one ("It was just you and me today. We did balance and coordination exercises. You tolerated them well."): no technique, deficit or measure.
        ["v7-h201-gwr-generic-97112-just-you-and-me"] = new(
            """
            Gila Wilderness Rehab · Silver City, New Mexico
            Visit note — you can read this in your portal

            Today — It was just you and me today. We did balance and coordination exercises. You tolerated them well.

            Your progress — You're doing great. Keep it up!

            At home — Continue your home program.

            Balance retraining today: 22 minutes.

            Benita Chávez, PT, DPT
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // A wholly generic LVR OT 97530 letter ("You practised everyday activities as tolerated. Great effort!"): no technique, deficit or measure.
        ["v7-h201-lvr-ot-generic-97530-everyday-activities"] = new(
            """
            Lamoille Valley Rehab · Morrisville, Vermont
            Your visit note — shared with you in the patient portal

            Hi Gerard,

            You practised everyday activities as tolerated. Great effort! Continue with the plan, and see you next time.

            Nadia Lessard, OTR/L

            For your insurer:
            — 97530 Therapeutic activities · 18 minutes · one-on-one: yes
            """,
            ["R53.1"], [OT("97530", 18)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary: complete notes of these clinics a reviewer passes, and the ordinary weak ones

        // RRPT, Caleb Hovland (PTA): 97112 22 and 97110 14 in the billing block; "just the two of us for the balance part — your son sat by the window"; foam tandem, hurdles, perturbations; leg press and step-ups with doses; L side slow after a stroke and quad weakness; seconds and counts: passes.
        ["vord-h201-rrpt-pta-97112-97110-son-by-window"] = new(
            """
            Root River Physical Therapy — Lanesboro, Minnesota
            Your visit note (you can read this in your portal)

            Hi Orville,

            What we did together
            It was just the two of us for the balance part — your son sat by the window and read the paper. You stood heel to toe on the foam, stepped over the low hurdles leading with your left leg, and held steady while I gave small pushes at your hips. For strength, you did the leg press with 60 pounds, 3 sets of 10, and step-ups onto the 4-inch step with your left leg, 3 sets of 10.

            Why it matters
            Since the stroke, your left leg is slow to move and slow to catch you, and the muscle on the front of your left thigh is weak, so curbs on Parkway Avenue catch your toe.

            How you did
            Heel-to-toe on the foam, 8 seconds (last week 3). You cleared 8 of 10 hurdles without a toe catch.

            Keep going
            Step-ups on the bottom stair at home, 2 sets of 10. You're doing the hard work!

            Caleb Hovland, PTA (with Ingrid Solberg, PT, DPT)

            — For your insurance plan —
            CPT 97112 Neuromuscular re-education: 22 minutes
            CPT 97110 Therapeutic exercise: 14 minutes
            """,
            ["I69.354", "M62.81"], [PTA("97112", 22), PTA("97110", 14)], []),

        // DMT, Rosa Villarreal: a retired Border Patrol agent's vestibular letter (gaze stabilisation, head-turn walking on the gravel, foam with nods; L vestibular loss after neuritis; DGI and seconds); "I was with you alone the whole time"; prose 23 minutes matches: passes.
        ["vord-h201-dmt-border-patrol-vestibular"] = new(
            """
            Davis Mountains Therapy · Fort Davis, Texas
            Note shared with you through the patient portal
            Written by Rosa Villarreal, PT

            Mr. Terrazas, here is what we did today and why.

            What we worked on: you kept your eyes locked on the card while turning your head side to side and up and down (the gaze-stabilising exercise), walked the gravel path outside turning your head toward the mountains on each side, and stood on the foam nodding yes and shaking no. Your balance work today lasted 23 minutes, and I was with you alone the whole time.

            Why it matters: the balance nerve on your left side was inflamed by a virus, and the left inner ear still sends a weak signal, so looking side to side while you walk makes the land swim and you drift.

            How you did: Dynamic Gait Index 21 out of 24 (it was 16). Foam stance with head turns, 25 seconds.

            For home: the card exercise, 3 times a day — you're nearly there!

            Rosa Villarreal, PT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // ABR, Lucinda Pridgeon: 97112 22 and 97140 10 as two service lines with the one-on-one box ticked; rocker, perturbations, foam step-and-stick; talocrural and subtalar mobilisation; ankle sense and stiffness after a fracture; seconds, counts and degrees: passes.
        ["vord-h201-abr-97112-97140-two-service-lines"] = new(
            """
            Apalachicola Bay Rehab · Apalachicola, Florida
            Your visit note — shared with you in your patient portal

            Hello Ms. Estes,

            Here's what we did today so you can get back to shucking on your feet all shift.

            Balance: you stood on the rocker board while I tipped it, held steady against small pushes at your shoulders on the foam, and stepped forward onto the foam and held still.

            Hands-on: I glided your ankle joint backward and worked the joint below it side to side to loosen them.

            Why we did it: since your ankle fracture, your left ankle is stiff and doesn't sense the wet floor well, and it's slow to catch you when you slip.

            How you did: rocker board level for 14 seconds (last week 6). 7 of 10 step-ons held still. Ankle bend 10 degrees before and 16 degrees after.

            Lucinda Pridgeon, PT

            Billing section (for your insurer)
            Service: 97112 Neuromuscular re-education     Minutes: 22
            Service: 97140 Manual therapy     Minutes: 10
            ☒ One-on-one the whole time   ☐ Shared with another patient
            """,
            ["S82.892D", "M25.672"], [PT("97112", 22), PT("97140", 10)], []),

        // GWR, Eli Trujillo (PTA): a retired copper-mine hand with neuropathy (foam eyes closed, rocker, perturbations; foot sensation lost; seconds and counts); "You had me to yourself — no one else was on my list"; 21 minutes matches: passes.
        ["vord-h201-gwr-pta-copper-mine-neuropathy"] = new(
            """
            Gila Wilderness Rehab · Silver City, New Mexico
            Visit note — you can read this in your portal

            Today — You had me to yourself — no one else was on my list during your session. You stood on the foam with your eyes closed, rocked the rocker board side to side, and kept your feet planted while I gave small pushes at your hips and shoulders.

            Why — Your feet have lost much of their feeling from the neuropathy, so in the dark your body can't tell when you start to sway, and you've had two near-falls on the way to the bathroom at night.

            Your progress — Eyes-closed foam stance, 10 seconds (last week 4). You kept your feet planted on 6 of 10 pushes.

            At home — Leave the hall light on at night, and do the feet-together stand at the counter, 5 holds a day.

            Balance retraining today: 21 minutes.

            Eli Trujillo, PTA (supervising PT: Benita Chávez, PT, DPT)
            """,
            ["G62.9", "Z91.81"], [PTA("97112", 21)], []),

        // LVR, Hazel Prescott: 97112 22 "one-on-one: yes" and 97116 15 "one-on-one: —"; foam, perturbations, head turns; walking on the snowy-path mat with poles; ankle sense and short stride after a fall; seconds, counts, feet and help: passes.
        ["vord-h201-lvr-97112-97116-dairy-farmer"] = new(
            """
            Lamoille Valley Rehab · Morrisville, Vermont
            Your visit note — shared with you in the patient portal

            Hi Leonard,

            What you worked on: for balance, standing on the foam with your eyes closed, holding steady while I gave you small pushes, and turning your head while standing heel to toe. For walking, you walked with your two hiking poles on the bumpy mat and the ramp, taking longer steps and landing heel first.

            Why: since your fall in the barnyard, your ankles don't sense uneven ground well and react late, and your steps have gotten short and shuffling.

            What we measured: eyes-closed foam stance 12 seconds (last visit 7); 7 of 10 pushes with no step. You walked 450 feet with the poles with me just standing by.

            Hazel Prescott, PT

            For your insurer:
            — 97112 Neuromuscular re-education · 22 minutes · one-on-one: yes
            — 97116 Gait training · 15 minutes · one-on-one: —
            """,
            ["R26.81", "R29.6"], [PT("97112", 22), PT("97116", 15)], []),

        // KPT, Rhea Nilsen (OT) 97112: "I was working only with you"; graded reach-to-grasp with forced use, weight bearing through the hand with rhythmic stabilisation, sorting fishing tackle with eyes closed; R hand recruitment and sensation after a stroke; Box and Block and nine-hole peg; insurance summary 97112 23: passes.
        ["vord-h201-kpt-ot-97112-hand-after-stroke"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Mr. Kashevarof,

            I was working only with you during today's session.

            Today you leaned your weight through your open right hand on the table while I pushed your shoulder gently in changing directions and you held steady (rhythmic stabilization). Then you reached for and grasped the fishing floats I set at different distances, and finally you sorted lures from sinkers in the tackle box with your eyes closed, by feel.

            Here's why: since the stroke, the muscles of your right hand switch on slowly and weakly, and your fingertips don't feel small things well, so you can't tie your flies or handle your net.

            Your progress: Box and Block test 18 blocks with your right hand (last month 9). Nine-hole peg test 62 seconds.

            Rhea Nilsen, OTR/L

            Insurance summary: Neuromuscular re-education (97112), 23 minutes.
            """,
            ["I69.331"], [OT("97112", 23)], []),

        // HRPT, Lorna Kemper: a sausage maker's letter with the home programme's doses beside today's numbers (stepping to pulls, foam with head turns, tandem; slow reactions and ankle sense after falls; Berg and pulls); "just the two of us"; prose 24 minutes matches: passes.
        ["vord-h201-hrpt-sausage-maker-home-doses"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mr. Wehmeyer (shared in your MyChart portal)

            It was just the two of us for your 24 minutes of balance retraining today.

            We practised catching yourself with a quick step when I gave you a gentle pull at the waist, standing on the foam while turning your head to each side, and walking heel to toe along the tape line.

            Why we do this: after your falls in the smokehouse, your body is slow to react when you start to tip, and your ankles don't sense the slick floor well.

            How you did: Berg balance score 46 out of 56 (it was 40). You caught yourself with one step on 8 of 10 pulls.

            At home: heel-to-toe walking along the counter, 4 lengths, and the head turns standing, 10 each way, twice a day.

            Lorna Kemper, PT
            """,
            ["R29.6", "R26.81"], [PT("97112", 24)], []),

        // BKT, Corinne Abney: 97112 23 and 97530 15 ticked with their minutes, one-on-one ticked; BOSU, perturbations, head-turn walking; mower-seat transfers, bag lifts, raking; R knee position sense and weakness after an ACL repair with a grounds-crew goal; seconds, counts and pounds: passes.
        ["vord-h201-bkt-97112-97530-grounds-crew"] = new(
            """
            Berea Knobs Therapy · Berea, Kentucky
            Your therapy note (shared with you in the portal)

            Hello Mr. Isaacs,

            What we did today (checked items):
            [x] Standing on the BOSU on your right leg while I gave small pushes at your hips
            [x] Walking with head turns along the hallway
            [x] Climbing on and off the riding-mower seat we set up
            [x] Lifting 40-pound bags of mulch from the floor to the cart
            [x] Raking across the turf mat with a split stance

            Why it matters: since your ACL repair, your right knee doesn't sense its position well and the thigh muscle is weak, so climbing off the mower and lifting mulch on the college grounds crew feel risky. Your goal is full duty by spring.

            Your numbers today: right-leg BOSU stance 12 seconds (left 27); 8 of 10 pushes held. 6 mower transfers with no help; 5 mulch-bag lifts with good form.

            Billing boxes:
            [x] 97112 Neuromuscular re-education — 23 min
            [x] 97530 Therapeutic activities — 15 min
            [x] One-on-one   [ ] Shared time

            Corinne Abney, PT
            """,
            ["S83.511D"], [PT("97112", 23), PT("97530", 15)], []),

        // DMT, Dalton Pruett (OT) 97530 with her husband in the room: star-party set-up tasks (carrying the folding chairs, lifting the telescope case, stepping up the platform) with counts, pounds and help; L shoulder and back weakness; prose 20 minutes matches: passes.
        ["vord-h201-dmt-ot-97530-star-party-setup"] = new(
            """
            Davis Mountains Therapy · Fort Davis, Texas
            Note shared with you through the patient portal
            Written by Dalton Pruett, OTR/L

            Mrs. Whitfield, your husband came along today and cheered you on — here is our note.

            What we worked on: setting up for a star party, just like at the observatory — carrying folding chairs across the room, lifting the 12-pound telescope case from the floor to the table, and stepping up onto the low platform and back down while holding the eyepiece box. Your everyday-tasks practice (therapeutic activities) lasted 20 minutes.

            Why it matters: since your fall, your left shoulder and your back muscles are weak and tire fast, so carrying the gear to the viewing field wears you out. Your goal is to host the next public star party.

            How you did: 6 chairs carried; 4 telescope-case lifts with good form; 5 platform step-ups with me just standing by.

            Dalton Pruett, OTR/L
            """,
            ["M62.81", "M25.512"], [OT("97530", 20)], []),

        // ABR, Tyrell Gaskin (PTA): a net mender's letter with her sister in the room (rocker, foam catches, perturbations; ankle sense and slow reactions after a fall; seconds and counts); one-on-one box ticked; Minutes 22 match: passes.
        ["vord-h201-abr-pta-net-mender-sister-in-room"] = new(
            """
            Apalachicola Bay Rehab · Apalachicola, Florida
            Your visit note — shared with you in your patient portal

            Hello Mrs. Kilbourn,

            It was nice to meet your sister today! Here's what we did.

            You stood on the rocker board tipping it side to side, caught the beanbag standing on the foam with your feet close together, and held steady while I gave small pushes from the front and back.

            Why we did it: since your fall off the loading dock, your ankles don't sense the ground as well and your body reacts slowly when you start to tip backward.

            How you did: feet together on the foam, 18 seconds (last week 9). You held steady on 7 of 10 backward pushes.

            For home: feet-together standing at the kitchen counter, 3 holds, twice a day.

            Tyrell Gaskin, PTA (with Lucinda Pridgeon, PT)

            Billing section (for your insurer)
            Service: 97112 Neuromuscular re-education     Minutes: 22
            ☒ One-on-one the whole time   ☐ Shared with another patient
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // GWR, Benita Chávez: 97140 and 97110 each with its closing line ("Hands-on treatment today: 10 minutes." "Strengthening today: 13 minutes."), both matching; lumbar PAs and hip flexor soft tissue; bridges, bird dogs, dead bugs with doses; low back stiffness and core weakness; degrees and doses: passes.
        ["vord-h201-gwr-97140-97110-two-closing-lines"] = new(
            """
            Gila Wilderness Rehab · Silver City, New Mexico
            Visit note — you can read this in your portal

            Today — Hands-on: I pressed gently on the joints of your low back, one level at a time, to loosen them (grade III mobilizations from L3 to L5), and worked the tight muscles at the front of your hips. Strength: bridges, 3 sets of 12; bird dogs, 3 sets of 10; and dead bugs, 2 sets of 10.

            Why — Your low back is stiff and your deep core muscles are weak since you strained it saddling horses for the trail rides, so bending and lifting the saddle hurt.

            Your progress — Bending backward went from 10 degrees to 18 degrees after the hands-on work.

            At home — Bridges and bird dogs, 2 sets of 10, every day.

            Hands-on treatment today: 10 minutes.
            Strengthening today: 13 minutes.

            Benita Chávez, PT, DPT
            """,
            ["M54.50", "S39.012D"], [PT("97140", 10), PT("97110", 13)], []),

        // LVR, Owen Tatro (PTA) 97110: a covered-bridge painter's shoulder and upper-back exercises with doses and a ladder goal; 97110 · 16 minutes: passes.
        ["vord-h201-lvr-pta-97110-bridge-painter"] = new(
            """
            Lamoille Valley Rehab · Morrisville, Vermont
            Your visit note — shared with you in the patient portal

            Hi Russell,

            What you worked on: rows with the blue band, 3 sets of 15; overhead presses with 3-pound dumbbells, 3 sets of 10; wall slides, 2 sets of 12; and side-lying shoulder rotations with a 2-pound weight, 3 sets of 12.

            Why: your right shoulder muscles and the muscles between your shoulder blades are weak since the tendon irritation, so holding the brush overhead on the bridge trusses tires you fast. Your goal is to finish painting the Fisher Bridge trim this summer.

            What we measured: doses as above — up from 2 sets last week.

            Owen Tatro, PTA (working with Hazel Prescott, PT)

            For your insurer:
            — 97110 Therapeutic exercise · 16 minutes · one-on-one: —
            """,
            ["M75.41", "M62.81"], [PTA("97110", 16)], []),

        // KPT, Jace Moody (PTA) 97116: walking with a single-point cane on the clinic loop and the gravel lot, curb practice, step-through pattern; L hip weakness and a Trendelenburg limp after a hip replacement; feet and help; insurance summary 97116 16: passes.
        ["vord-h201-kpt-pta-97116-gravel-lot-cane"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Mrs. Larsen,

            Today we practised walking with your cane: laps of the clinic, then out across the gravel lot, and up and down the curb. We worked on stepping through evenly and keeping your hips level instead of dipping.

            Here's why: since your left hip replacement, the muscles on the side of your left hip are weak, so your body dips to the right with each step and you tire on the way to the fish-cleaning station.

            Your progress: 380 feet with the cane, with me standing by on the gravel (stand-by help). 4 curb ups-and-downs with a steadying hand (contact guard).

            Jace Moody, PTA (supervising PT: Tove Karlsen, PT, DPT)

            Insurance summary: Gait training (97116), 16 minutes.
            """,
            ["Z96.642", "R26.89"], [PTA("97116", 16)], []),

        // HRPT, Lorna Kemper: 97112 22 and 97116 14 named with their minutes in the prose ("neuromuscular re-education, 22 minutes … gait training, 14 minutes"); one-on-one for the balance work; perturbations, foam, hurdles; metronome walking; Parkinson's reactions and short steps; pull test, seconds and feet: passes.
        ["vord-h201-hrpt-97112-97116-named-in-prose"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mr. Kottwitz (shared in your MyChart portal)

            Today's visit had two parts: neuromuscular re-education (balance retraining), 22 minutes, and gait training (walking practice), 14 minutes. I was with you one-on-one for the whole balance part.

            Balance: you caught yourself with quick steps when I gave you gentle pulls at the shoulders, stood on the foam turning your head, and stepped over the low hurdles with big steps.

            Walking: you walked to the metronome's beat in the hallway and around the cones, taking big steps and swinging your arms.

            Why we do this: Parkinson's has made your balance reactions slow and your steps short, so you shuffle and nearly fell on the ramp to the boat dock.

            How you did: on the pull test you needed 2 steps to recover (it was 5). You walked 360 feet to the beat with me just standing by.

            Lorna Kemper, PT
            """,
            ["G20.A1"], [PT("97112", 22), PT("97116", 14)], []),

        // BKT, Silas Rowlette (PTA) with a home aide in the room: hip nudges, foam tandem, stepping over sticks; L side slow after a stroke; Berg and counts; "[x] One-on-one"; 22 min matches: passes.
        ["vord-h201-bkt-pta-home-aide-in-room"] = new(
            """
            Berea Knobs Therapy · Berea, Kentucky
            Your therapy note (shared with you in the portal)

            Hello Mrs. Begley,

            Your home aide, Tonya, came in with you today to learn the exercises — thank you, Tonya!

            What we did today (checked items):
            [x] Small nudges at your hips while you stood at the bar, to practise catching yourself
            [x] Heel-to-toe standing on the foam
            [x] Stepping over the walking sticks laid on the floor, leading with your left leg

            Why it matters: since the stroke, your left side reacts slowly, your left foot doesn't clear the ground well, and your brain gets weak messages from your left leg about where it is.

            Your numbers today: Berg balance test 40 out of 56 (last month 34). You stepped over 7 of 10 sticks without a touch.

            Billing boxes:
            [x] 97112 Neuromuscular re-education — 22 min
            [x] One-on-one   [ ] Shared time

            Silas Rowlette, PTA (supervised by Corinne Abney, PT)
            """,
            ["I69.354"], [PTA("97112", 22)], []),

        // RRPT, Ingrid Solberg: a complete 97112 letter (one-on-one, rocker, foam perturbations, head-turn walking; L vestibular loss; DGI and seconds; billing block 97112 23) sent with no diagnosis: diagnosis missing only.
        ["vord-h201-rrpt-complete-97112-no-diagnosis"] = new(
            """
            Root River Physical Therapy — Lanesboro, Minnesota
            Your visit note (you can read this in your portal)

            Hi Evelyn,

            What we did together
            I worked with you one-on-one the whole time. You stood on the rocker board tipping it front to back, held steady on the foam while I gave small pushes at your shoulders, and walked the hallway turning your head toward the quilts on the walls.

            Why it matters
            The balance nerve from your left inner ear was weakened by the virus, so turning your head makes things blur and you drift to the left.

            How you did
            Dynamic Gait Index 19 out of 24 (it was 15). Rocker board level for 16 seconds.

            Ingrid Solberg, PT, DPT

            — For your insurance plan —
            CPT 97112 Neuromuscular re-education: 23 minutes
            """,
            [], [PT("97112", 23)], [Dx]),

        // DMT, Luz Ybarra (PTA): a complete 97110 letter (step-ups, sit-to-stands, band side steps with doses; hip and thigh weakness with a goal of the porch steps; prose 15 minutes) sent with no diagnosis: diagnosis missing only.
        ["vord-h201-dmt-pta-complete-97110-no-diagnosis"] = new(
            """
            Davis Mountains Therapy · Fort Davis, Texas
            Note shared with you through the patient portal
            Written by Luz Ybarra, PTA, with Rosa Villarreal, PT, supervising

            Mr. Acosta, here is what we did today.

            What we worked on: step-ups onto the 6-inch step, 3 sets of 10 each leg; sit-to-stands from the low chair holding 8 pounds, 3 sets of 10; and side steps with the band around your knees, 3 trips of 20 feet each way. Your strengthening today lasted 15 minutes.

            Why it matters: the muscles of your hips and thighs are weak, so the porch steps at the ranch house are hard. Your goal is to climb them without the rail.

            Luz Ybarra, PTA
            """,
            [], [PTA("97110", 15)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
