using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The two-hundred-and-twelfth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (the two-hundred-and-fifth and two-hundred-and-sixth read for their format; the two-hundred-and-first to
/// two-hundred-and-fifth read for these clinics' templates, apps and voices, and so as to write patients, sentences and
/// numbers they do not already have). The engine's output on these notes was never looked at while writing them, and
/// the tests were never run by the reviewer. Written 2026-12-08 (blind), the set is one random Wednesday's notes,
/// Wednesday 1/6/2027 (Epiphany: Three Kings' Day and the rosca de reyes, Twelfth Night and the first king cake,
/// Theophany on the new calendar and Christmas Eve on the old), drawn across ALL the clinics of the
/// two-hundred-and-first to two-hundred-and-fifth sets — the patient-portal letter clinics, the clinics of therapists
/// trained abroad, the telehealth and hybrid clinics, the long medical-necessity clinics and the tablet- and phone-app
/// clinics — each clinic in its own template, voice and vocabulary as those files show them, and none with more than
/// three notes: no new styles, only new patients and new wording inside the same templates. It measures how the
/// analyzer does across styles it has seen, with notes it has not; it is run once, at the end of the session. About two
/// thirds are ordinary and complete (72 of 109), single- and two-code visits (97110, 97112, 97116, 97140, 97530; a PT's
/// and an OT's code on one visit), by PTs, PTAs and OTs, from all forty clinics:
/// <list type="number">
/// <item>the patient-portal letter clinics of the two-hundred-and-first set: Root River PT (RRPT: "Hi Marlys,", "What
/// we did together", "— For your insurance plan —" with "CPT 97112 Neuromuscular re-education: 23 minutes"), Davis
/// Mountains Therapy (DMT: "What we worked on:", minutes only in the prose, "Your hand exercises today took 16
/// minutes."), Apalachicola Bay Rehab (ABR: the "Billing section (for your insurer)" with "Minutes: 22" and the boxes
/// "☒ One-on-one the whole time ☐ Shared with another patient"), Gila Wilderness Rehab (GWR: "Today —", "Why —", "Your
/// progress —" and "Balance retraining today: 21 minutes."), Lamoille Valley Rehab (LVR: "For your insurer:" with "—
/// 97110 Therapeutic exercise · 26 minutes · one-on-one: —"), Kenai Peninsula Therapy (KPT: "Your visit in plain
/// words", "Insurance summary:"), Hermann Riverfront PT (HRPT: "A note for you, Mr. Gerling", "Why we do this:") and
/// Berea Knobs Therapy (BKT: "What we did today (checked items):" with "[x]" and "[ ]", "Billing boxes:");</item>
/// <item>the clinics of therapists trained abroad of the two-hundred-and-second set: Serramonte Rehab Services (SRS:
/// "PT DAILY NOTE", "CPT 97112 NMR - 23 mins", "Mode of tx: [x] 1:1 [ ] concurrent [ ] group", "pt verbalized",
/// "already"), Irving Neuro Physio &amp; Balance Centre (INPB: "C/O:", "O/E:", "Rx given:", "Time: 97112 – 23 mins"),
/// Landover Hills Physiotherapy &amp; Wellness (LHPW: the "REVIEW NOTE", "Pt was reviewed today.", "Duration: 97110 —
/// 16 mins"), Pilsen Family Rehab (PFR: "Treatment realized:", "Modality of attention: ✔ individual (one to one) ☐
/// group", "Time: 97112 = 24 min, 97116 = 16 min"), Greenpoint Rehabilitation &amp; Physiotherapy (GRP: the "Daily
/// therapy card", "- 97112 neuromuscular re-education, 24 min.", "Form of therapy:", the "Stabilny Krok" stages),
/// Wilshire Balance &amp; Rehab (WBR: the numbered "Daily Note", "- 97112 NMR : 22min", "3. 1:1"), Brookhurst PT (BPT:
/// "Pt was received in the clinic", "Pt is suffering from:", "One-on-one: ☒ Yes ☐ No", the "Brookhurst Balance Ladder"
/// rungs) and Concord Street Physiotherapy (CSP: the "Evolution note", "Conduct:", "Attendance:", "Evaluation:",
/// "Evolution:");</item>
/// <item>the telehealth and hybrid clinics of the two-hundred-and-third set: Henrys Fork PT (HFPT: the ClearVisit
/// boilerplate, "97112 Neuromuscular re-education — 22 min", "One-on-one:"), Chickasaw Bluff Rehab (CBR: the VidaCare
/// Connect flowsheet, "Session: [x] 1:1 (one patient on the link)", "Code / minutes:", "Measures: Berg ____ TUG ____
/// sec …"), Sioux Prairie Health (SPH: the pasted StrideLog RTM export, "Today, on video:", "Billed: Neuromuscular
/// re-education (97112), 22 minutes."), Fremont River Therapy (FRT: "Interventions (CPT) — minutes:" and the PTA
/// checklist of "☑" / "☐"), Shawano Lake Rehab (SLR: "Hybrid Plan of Care · VIDEO WEEK", "97112 neuromuscular
/// re-education — 23 minutes."), Davis Mountains Rehab (DMR: the bilingual "TELESALUD / TELEHEALTH VISIT", "Uno a uno /
/// One-on-one: ☒ Sí / Yes ☐ No"), Tug Hill PT (THPT: terse S/O/A/P, "NMR (97112) 22'", "1:1 (Y/N): Y", military clock
/// ranges "0832–0855 = 23'") and Kodiak Island Rehab (KIR: village "TELEHEALTH ENCOUNTER" notes with the health aide
/// and "IN-PERSON VISIT, KODIAK" on the hybrid plan, "Service and time:", "Finding:", "Measures:");</item>
/// <item>the long medical-necessity clinics of the two-hundred-and-fourth set: Gyp Hills PT (GHPT: capital headings, a
/// GOALS table, "Delivery (97112): [X] One-on-one [ ] Concurrent [ ] Group", "Total timed minutes this visit:"),
/// Steptoe Valley Rehab (SVR: "Today — services and time:", "Attendance:", "Goal progress:" lines), Cobscook Bay PT
/// (CBPT: the numbered "Daily note (MA review format)", "5) Treatment (CPT, minutes, attendance)" with a clock range on
/// each bullet), Cane River Neuro &amp; Vestibular (CRNR: the "UR SUMMARY" line and long S / O / A / P paragraphs), Big
/// Bend Balance &amp; PT (BBPT: the "Medical necessity criteria addressed:" checklist), Tygart Valley Therapy (TVT:
/// "[97112 NMR] 22 min", "1:1 for all NMR time: (Y) / N"), Lamoille Valley Physical &amp; Occupational Therapy (LVPOT:
/// "Note prepared for concurrent review", "(97112; 23 min)", an "IE | Today | Target" table) and Bordeaux Creek Therapy
/// (BCT: the boxed "CONCURRENT REVIEW SUMMARY", "Service · Time" dotted leaders, "One-on-one: Yes ☒ No ☐");</item>
/// <item>the tablet- and phone-app clinics of the two-hundred-and-fifth set: TapTrack Rehab at Wapsipinicon River PT
/// (WAPSI) and Medicine Bow Rehab (MBR) ("▍97112 Neuromuscular re-ed ⏱ 00:22:10", "1:1 ● ON · Concurrent ○ OFF · Group
/// ○ OFF", "Chips:", a timer struck and replaced in the therapist's edit), StepLog at Waccamaw Lake Balance &amp;
/// Motion (WLBM) and Sardis Lake Therapy (SLT) ("🧠 97112 Neuromuscular re-ed · ⏱ 22 min" or "⏱ ▶ 2:10 ⏹ 2:42", "👤 1:1 ✅
/// · 👥 Group ❌"), TheraTiles at Allagash Valley Rehab (AVR) and Culebra Range Neuro PT (CRNPT) ("▦ Code: … · ⏱
/// 00:23:12", "▦ Attendance: ● 1:1 ○ Concurrent ○ Group", ✅ and ❌ items, a progress bar with its count) and PingNote at
/// Leelanau Shores PT (LSPT) and Neches River Therapy (NRT) ("97112 Neuromuscular re-ed ▸ 22 min", "Who:", "Why ⚠️:",
/// "Numbers 📈:").</item>
/// </list>
/// This Wednesday's people: a husband by the coffee pot in the lobby, a wife translating into Telugu, a grandson who
/// drove his grandmother in on Twelfth Night and sat in the corner, a wife guarding behind a kitchen chair on video, a
/// granddaughter filming the drills for home, a son guarding on a video call, a wife waiting in the car, a sister in
/// the lobby with the coats, an interpreter daughter on a Hmong video visit, a health aide at a village clinic, a
/// granddaughter fresh from the rosca de reyes at her mother's, a son with a sacristan on the day of the Epiphany
/// procession and a daughter waiting in the car (none of them a patient; Mr. Gallegos on the next mat, Mrs. Han at the
/// parallel bar, Mr. Hollstein on the second balance station, Mr. Mahar on the rocker board, three others at the foam
/// beam and two clients at the kitchen counter are); a king-cake baker, a grader operator, a seed-potato sorter, a
/// logger on frozen skid trails, a scallop shucker, a freight conductor, a railway dispatcher, a retired copper-pit
/// hoistman, a timber-frame joiner, a dulcimer player, a meals-on-wheels driver, a church organist, a weaver, a broom
/// maker, a snowshoe guide, a setnetter carrying the star, a cross-country ski instructor and a sacristan.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these forty clinics' templates and
/// apps, applying the contract to what the filled-in text says: a statement written to the patient counts as much as
/// one in a chart; a ticked box ("☒", "[x]", "☑", "✔"), a selected toggle ("● ON", "●"), a ✅, a circled "(Y)", "1:1
/// (Y/N): Y", "Sí / Yes" ticked and a filled blank state what they name, and a ticked "No", "Shared", "Concurrent" or
/// "👥 Group ✅", or a crossed "1:1 ❌", their opposite; an unticked box, an empty blank ("____"), "○ OFF", "—" and
/// "(skipped)" state nothing; a timer struck and replaced in the therapist's edit gives the edit's minutes, an
/// auto-filled timer "⏱ 00:22:10" gives its code 22 minutes (every timer here is under half a minute past its minute)
/// and a start and stop clock gives its code the span; a programme's name, stage, level, card or rung is not a
/// technique; a named test with no number is not a measure; "without changes in relation to the previous session",
/// "Same as before, no change." and "you told me you want to keep coming" name no deficit; "steadier … we'll measure it
/// again soon" and "not re-tested" are no measure; and a holiday remark (Día de Reyes, Twelfth Night, Theophany,
/// Orthodox Christmas Eve) changes nothing a reviewer checks:
/// <list type="bullet">
/// <item>class 1 (v1-h212-…): one-on-one in these writers' own words (RRPT "I worked with you alone for all of your
/// balance work today — no other patient was with us" with the husband by the coffee pot, INPB "Mode: individual
/// session — only this physio and this pt in the cubicle from start till end of NMR" with the wife translating, CRNR
/// "one-on-one, the PT with Mrs. Lacour only for the whole block" with the grandson in the corner, SPH "he was the only
/// patient on my link and in my care for the whole neuromuscular re-education", PingNote "Who: 👤 she was the only
/// patient on my list for the whole block, one-on-one", HFPT "she was the only patient in my care for the whole 97112",
/// a BPT PTA's "Pt was treated by me alone, no other patient was under my care during all the NMR"), notes that negate
/// it (a GWR PTA who "split my time between the two of you" with Mr. Gallegos, a WBR PTA's "3. 1:1 — No. Mrs. Han was
/// on the parallel bar same time, I give cue to two patient.", a BCT PTA's "Yes ☐ No ☒ — Mr. Hollstein was on the
/// second balance station the whole block", a CBPT PTA's "shared — Mr. Mahar did his rocker-board work beside him") or
/// never state it (a THPT PTA's clinic-week note), and an FRT OT's 97530 with two other clients at the kitchen counter,
/// which has no one-on-one check;</item>
/// <item>class 2 (v2-h212-…): checkbox, toggle and blank states — ticked (ABR "☒ One-on-one the whole time", SRS "Mode
/// of tx: [x] 1:1", CBR "Session: [x] 1:1" with a TUG filled beside blank Berg and tandem fields, DMR "☒ Sí / Yes",
/// THPT "1:1 (Y/N): Y", TVT "1:1 for all NMR time: (Y) / N", TheraTiles "● 1:1" beside an activity crossed ❌), ticked
/// the other way (an ABR PTA's "☐ One-on-one the whole time ☒ Shared with another patient", TapTrack "1:1 ○ OFF ·
/// Concurrent ● ON", StepLog "👤 1:1 ❌ · 👥 Group ✅") and blank (an SRS PTA's "Mode of tx: [ ] 1:1 [ ] concurrent [ ]
/// group", a CBR PTA's "Measures: Berg ____ TUG ____ sec Tandem EC ____ sec Other: ____", BBPT's objective criterion
/// left unticked with "Berg ____/56 · TUG ____ s · Functional reach ____ in");</item>
/// <item>class 3 (v3-h212-…): named protocols and techniques (facilitation by the Bobath concept with key points of
/// control, PNF rhythmic stabilisation, slow reversals and combination of isotonics, a PTA's PNF alternating isometrics
/// and stabilising reversals, Mulligan mobilisation with movement for 97140, the Alfredson heel-drop programme spelled
/// out for 97110, modified constraint-induced movement therapy with shaping tasks by an OT, sensory organisation
/// training on the Balance Master, backward chaining of loading a woodstove for an OT's 97530), and a programme's
/// stage, level, card or rung as the only technique ("Stabilny Krok programme, stage III, all exercises from the card",
/// "✅ Steady Strides programme, level 5", "Steady Plains Program, Level 4 card, start to finish", "Brookhurst Balance
/// Ladder — rung 5");</item>
/// <item>class 4 (v4-h212-…): deficits stated as findings (a grip of 22 lb against 58 and a wrist that will not turn
/// the palm up, for an OT's 97110; a sharpened Romberg lost at 3 seconds with vibration absent at both great toes;
/// ataxia of the right arm and leg after a cerebellar stroke; a knee that buckles in midstance from a quad lag, for a
/// 97116; contraversive pushing after a right-hemisphere stroke; impaired anticipatory postural adjustments reaching
/// overhead) and notes that state none (an HRPT PTA's "Why we do this: you told me you want to keep coming twice a week
/// until spring", CSP "Evaluation: without changes in relation to the previous session.", TapTrack "⚠️ Impairment: —",
/// a WBR PTA's 97116 with "Same as before, no change." and no region anywhere);</item>
/// <item>class 5 (v5-h212-…): measures in every usual form (a TUG against November with tugs caught, 400 feet with the
/// cane and stand-by for a 97116, sets, repetitions, holds, kilograms and a step in centimetres for a 97110, the four
/// mCTSIB conditions in seconds, fingertip-to-floor inches and lumbar degrees for a 97140, counts and assistance for an
/// OT's 97530) and notes with none (a KPT PTA's "steadier on the foam than last time — we'll measure it again soon", an
/// LHPW PTA's 97110 list with no dose, "📈 Measures: — (skipped, ran long)", an FRT PTA's 97116 with no distance or
/// assistance, an SVR PTA's "not re-tested; the Berg and the foam stance times are due at the visit-10
/// re-assessment");</item>
/// <item>class 6 (v6-h212-…): minutes in these templates' forms (SRS's two code lines, PFR's "97112 = 24 min, 97116 =
/// 16 min", a WBR PT's and OT's lines, CBPT clock ranges with their minutes, BCT's two dotted leaders, THPT military
/// clock ranges, two TheraTiles timers, a KPT insurance summary with a PT's and an OT's code, a TapTrack timer struck
/// and replaced by the edit's matching minutes), true mismatches (an LVR "— 97110 Therapeutic exercise · 26 minutes" on
/// a 14-minute line, an HFPT "— 34 min" on a 22-minute line, a StepLog "⏱ ▶ 2:10 ⏹ 2:42" on a 20-minute line) and truly
/// missing separate time (GHPT's two codes under one heading with only "Total timed minutes this visit: 37.", a KIR
/// in-person note giving two codes only a total on its own line);</item>
/// <item>class 7 (v7-h212-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty 97112, a whitespace-only PTA 97116 and 97110 with no diagnosis), the contract's meanings for 97110
/// (a PingNote PTA's rotator-cuff work with a pruning-ladder goal), 97530 (a BBPT PTA's rosca trays, cooler and trailer
/// step, a TVT OT's firehouse-breakfast skillet and tray), 97140 (INPB patellar and tibiofemoral mobilisation after a
/// knee replacement) and 97116 (a DMR PTA's cane walk to the corral over video), and wholly generic notes (ABR's "we
/// did your balance exercises and some coordination work together … tolerated everything well!" under a ticked
/// one-on-one box, a PFR PTA's "exercises of balance and of coordination according to the plan" with no modality line,
/// a CSP OT's "Functional activities according to the plan", a GRP PTA's "general exercises, as tolerated");</item>
/// <item>ordinary (vord-h212-…): complete notes of these clinics a reviewer passes (the false-positive guard) — with
/// the day's holiday remarks, family in the lobby, the car or the room, an interpreter, a health aide, an RTM block,
/// goal tables and targets, star and face ratings, an item left unticked for the ice — and the ordinary weak ones: two
/// complete notes with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — husbands, wives, sons, daughters,
/// grandsons, granddaughters, a sister, interpreters and a health aide (none of them a patient; Mr. Gallegos, Mrs. Han,
/// Mr. Hollstein, Mr. Mahar, the three others at the foam beam and two clients at the kitchen counter are), ages,
/// authorization and reference numbers, visit counts, dates and certification periods, spinal levels, step, box and
/// rail heights in inches and centimetres, loads in pounds and kilograms, distances in feet, degrees, centimetres and
/// inches of reach, seconds, the seconds of a timer, clock times on a code's line, BAPS levels, test scores out of
/// their maximum, a Sensory Organization Test's condition numbers, counts of nudges, pushes, tugs, taps, landings,
/// step-overs, plates, bowls, logs, heddles, pegs, caps and roscas, a programme's stage, level, card or rung, and a
/// "1:1" label — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes
/// are written next to the code or its service (in a billing block, a code line, a tile or block heading, a dotted
/// leader, an insurance summary, a services line, a table of codes, a flowsheet row, the service's own closing line,
/// the prose beside the only code's work), in the therapist's edit of a timer, as a timer on the code's own block or
/// tile, or as a clock range or a start and stop clock on the code's own line; no note gives minutes to a drill, a
/// rest, a test or a home exercise, except the two that give two codes only a total; notes failed for want of a measure
/// carry no number taken today but their code and its minutes (and a "1:1" label, and in the long notes dates, ages,
/// visit counts and reference numbers). DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or
/// measure at all. A 97112 passes the measure check only on an objective measure with a number and fails it only when
/// the note has no number but its code, its minutes and numbers that are plainly something else; for the other codes a
/// dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed
/// minutes: a family member, caregiver, interpreter, health aide, student or staff member in the room or on the call
/// does not undo a one-on-one statement, another patient treated in the same block does, and a therapist attending
/// someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges for a code, minutes of an exercise, a rest or a test, canalith repositioning, three-character or
/// dotless diagnosis codes, and any line with a code that has no documentation profile (heat, TENS, evaluations and
/// group classes stay in the notes, never on a line).
/// This set also leaves out what one Wednesday across forty templates could honestly leave in doubt: a one-on-one
/// statement only in Spanish, Hmong or Telugu, an equipment name that implies a body region (a BAPS board) as a note's
/// only deficit, a technique in a digit-bearing name ("VOR x1") in a note failed for want of a measure, ⬆️ or ⬇️ beside
/// a score where lower is better, a timer thirty seconds or more past its minute on a passing line, a timer struck with
/// nothing in its place, a visit total written next to a code's own description, a caregiver furnishing part of a
/// billed service on video (spotting and guarding are in, perturbing or releasing is out), a programme's level beside
/// drills that may be that level's content, a plan-of-care recap listing techniques beside a programme card as the
/// day's work, an earlier visit's score as a note's only number without a word on whether anything was re-tested today,
/// a holiday or new-year remark beside a code's line, a new year's re-evaluation or progress report whose scores may be
/// another day's, and a struck box or chip with no word of what stands.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 101 of 109 cases agree (107 needed), and 3 of the 72 notes the reviewer passes got a finding, on the analyzer of 872dc2e (the 2026-12-08 twenty-eighth session engine as its round ended, after the two-hundred-and-seventh to two-hundred-and-eleventh sets were worked through and two reviews; nothing was changed for this set) — its first and only run in the session, the held-out figure.</para>
/// <para>After: development data in the twenty-ninth session, worked through (engine code ba1a9a9, after two reviews): 108 of 109, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18TwoHundredTwelfthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in the writers' own words, negated, unstated

        // RRPT letter, Ingrid Solberg: "I worked with you alone for all of your balance work today — no other patient was with us, and your husband waited out by the coffee pot in the lobby" (family, not a patient); foam nudges, half-roller step-and-hold, tandem beanbag toss; foot sensation lost to chemotherapy; foam seconds and nudges; billing block 97112 23 matches: passes.
        ["v1-h212-rrpt-alone-husband-by-the-coffee"] = new(
            """
            Root River Physical Therapy — Lanesboro, Minnesota
            Your visit note (you can read this in your portal)

            Hi Marlys,

            What we did together
            I worked with you alone for all of your balance work today — no other patient was with us, and your husband waited out by the coffee pot in the lobby. You stood with your feet together on the thick foam while I gave small, unexpected nudges at your hips, stepped sideways onto the half foam roller and held still, and walked heel to toe along the tape while passing a beanbag from hand to hand.

            Why it matters
            The chemotherapy last spring damaged the nerves in your feet, so they don't tell your brain clearly where the floor is. That is why the icy church steps on Sunday felt so risky.

            How you did
            Feet together on the foam with your eyes closed: 11 seconds (last week 5). You held your ground on 7 of 10 nudges without taking a step.

            Keep going
            Feet-together standing at the kitchen counter with your eyes closed, 5 holds each morning. Happy New Year — you're off to a strong start!

            Ingrid Solberg, PT, DPT

            — For your insurance plan —
            CPT 97112 Neuromuscular re-education: 23 minutes
            """,
            ["G62.0", "R26.81"], [PT("97112", 23)], []),

        // GWR letter, Eli Trujillo (PTA): "Mr. Gallegos was doing his stretches on the mat next to you, and I split my time between the two of you": another patient attended in the block — one-on-one missing; rocker tips, foam step-and-hold, ball catches on one leg; R ankle slow to react after a sprain; seconds and counts; 21 minutes matches.
        ["v1-h212-gwr-pta-split-time-with-mr-gallegos"] = new(
            """
            Gila Wilderness Rehab · Silver City, New Mexico
            Visit note — you can read this in your portal

            Today — Mr. Gallegos was doing his stretches on the mat next to you, and I split my time between the two of you, coaching you through your balance work and checking his form. You stood on the rocker board while I tipped it front to back, stepped forward onto the foam and held still, and caught the ball while standing on your right leg.

            Why — Since you sprained your right ankle on the Catwalk trail, the ankle is slow to react when your foot lands on a rock, so it rolls before you can catch it.

            Your progress — Right-leg stance on the foam, 9 seconds (last week 4). You held still after 6 of 10 step-ons.

            At home — Stand on your right leg while you brush your teeth, holding the sink.

            Balance retraining today: 21 minutes.

            Eli Trujillo, PTA (supervising PT: Benita Chávez, PT, DPT)
            """,
            ["S93.401D"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // INPB, Dr. Lakshmi Narayanan: "Mode: individual session — only this physio and this pt in the cubicle from start till end of NMR; wife present for translation into Telugu, not treated." (family interpreting, not a patient); foam eyes closed, wobble board, line walking with head turns; reduced proprioception of both feet with toe position sense; Berg and tandem; "Time: 97112 – 23 mins": passes.
        ["v1-h212-inpb-only-physio-and-pt-wife-translating"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Dr. Lakshmi Narayanan, PT

            C/O: Pt c/o both feet "like walking on cotton" and swaying in the temple corridor when the lights are dim.
            O/E: Reduced proprioception both feet — great toe position sense correct on 2 of 5 trials Rt, 3 of 5 Lt; vibration reduced at both malleoli.
            Rx given:
            - NMR: standing on foam with eyes closed, weight shifts on the wobble board front-back and side-side, heel-toe walking on the line with head turns
            Mode: individual session — only this physio and this pt in the cubicle from start till end of NMR; wife present for translation into Telugu, not treated.
            Time: 97112 – 23 mins
            Outcome measure: Berg 47/56; tandem stance Rt foot in front 9 secs.
            Advice: Night light in the corridor; foam standing at the kitchen counter with family help.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // THPT clinic week, Garrett Moser (PTA): a complete terse note (rocker with perturbations, foam SLS with ball toss, step-downs to a stick; R knee proprioception after TKA; SLS and step-downs; "NMR (97112) 22'") with no word on attendance and no checklist: one-on-one missing.
        ["v1-h212-thpt-pta-no-attendance-word"] = new(
            """
            TUG HILL PT — Lowville NY — DAILY NOTE
            Visit: CLINIC (hybrid plan clinic wk). Pt drove in from Croghan w/ his sister.
            S: R TKA in Oct; knee "wobbles" stepping down off the milk-house step.
            O: NMR (97112) 22'
               Rocker bd A/P + M/L w/ perturb at pelvis; SLS R on foam w/ ball toss; step-downs off 4" step to stick landing.
            A: ↓ R knee proprioception w/ late quad response on step-down.
               SLS R 7 sec on foam; 6/10 step-downs w/o wobble.
            P: progress to 6" step. Per PT.
            G. Moser, PTA (supervising: B. Zehr, PT)
            """,
            ["Z96.651"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // WBR, Min-jun Choi (PTA): "3. 1:1 — No. Mrs. Han was on the parallel bar same time, I give cue to two patient.": another patient in the block — one-on-one missing; rocker perturbation, tapping, foam-beam tandem with head turn; L hemiparesis with late hip activation; Berg and beam steps present; 22min matches.
        ["v1-h212-wbr-pta-mrs-han-at-the-bar"] = new(
            """
            WILSHIRE BALANCE & REHAB — Los Angeles, CA (Koreatown)
            Daily Note
            Therapist: Min-jun Choi, PTA (supervising PT: Ji-hye Park, PT, DPT)

            1. Subjective
            Patient said when she carry the rice bag from the market her body fall to the left side. Daughter drive her today.
            2. Treatment
            - 97112 NMR : 22min
              Perturbation on rocker board, left side weight shift with tapping on left gluteus, tandem walk on foam beam with head turn.
            3. 1:1
            No. Mrs. Han was on the parallel bar same time, I give cue to two patient.
            4. Assessment
            Left hemiparesis after stroke, late left hip muscle activation, lateral lean to left side.
            Berg 44/56. Tandem on foam beam 6 steps without step-off.
            5. Plan
            Continue, add carrying practice.
            """,
            ["I69.354"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // CRNR long note, Simone Metoyer: "Neuromuscular re-education (97112), 23 minutes — one-on-one, the PT with Mrs. Lacour only for the whole block; her grandson watched from the corner and was not treated"; target stepping without vision, foam perturbations, counter-to-counter turns; L sensory ataxia after a thalamic stroke; Berg, target hits and foam seconds today beside the evaluation's; Twelfth Night king cakes: passes.
        ["v1-h212-crnr-pt-and-mrs-lacour-only-grandson-in-corner"] = new(
            """
            CANE RIVER NEURO & VESTIBULAR — Natchitoches, Louisiana
            UR SUMMARY (for the plan's reviewer): left-sided sensory ataxia after a right thalamic stroke (09/2026); visit 7 of 12 authorized by Bayou Heritage Medicare Advantage HMO (auth BH-27-00418); Berg up eight points since the evaluation; expected to meet goals within the authorization.

            S: Mrs. Lacour, 74, bakes king cakes for the church hall and carried the first batch over this morning for Twelfth Night. She says her left foot "doesn't know where it lands" on the hall's old wood floor, worse at dusk, and she grabs the counter turning from the oven. One near-fall on the carport step on New Year's Eve; no falls. Her grandson Remy drove her today.

            Plan of care recap: evaluation 11/16/2026, certified through 02/08/2027 by Dr. Sers, twice a week; neuromuscular re-education, gait training, therapeutic exercise, home programme.

            Precautions: gait belt for standing work; on clopidogrel — report bruising. Comorbidities: hypertension, type 2 diabetes (oral), hyperlipidemia, cataracts (both eyes, surgery pending).

            O: Neuromuscular re-education (97112), 23 minutes — one-on-one, the PT with Mrs. Lacour only for the whole block; her grandson watched from the corner and was not treated.
            Stepping to numbered floor targets with the left foot without looking down, then with eyes closed on the PT's call; standing on foam with feet together and eyes closed while the PT gave small perturbations at the pelvis; turning from a counter mock-up to a second counter with a sheet pan held in both hands, feet placed to tape marks.
            Berg 45/56 today (37/56 at evaluation). Left-foot target placement inside the circle on 7 of 10 with eyes closed (3 of 10 at visit 3). Feet together on foam, eyes closed, 12 seconds.

            A: Sensory ataxia of the left leg from loss of position sense after the right thalamic stroke, with delayed postural responses when vision is reduced; improving. Skilled intervention is required because the target distances, the surface and the perturbation size are set by the PT from her accuracy and her sway on each trial.
            Goals: Berg ≥ 50/56 (progressing); turn from the oven to the counter with a pan without a grab (progressing); the carport step at dusk without a near-fall (progressing).

            P: Home: target stepping with her grandson calling the numbers, once a day; feet together at the counter with eyes closed. Next visit: foam with the pan turns; re-test Berg at visit 10.
            """,
            ["I69.393", "R26.81"], [PT("97112", 23)], []),

        // SPH RTM video, Caden Waldner (PTA): "one-on-one — he was the only patient on my link and in my care for the whole neuromuscular re-education; his wife Arlys guarded from behind his chair"; broom-handle step-overs, towel stance with head turns, backward stepping; L foot drop with poor ankle and knee control after stroke; counts and seconds on camera; RTM block; billed 22 minutes: passes.
        ["v1-h212-sph-pta-only-patient-on-the-link"] = new(
            """
            Sioux Prairie Health — Virtual Physical Therapy & RTM
            Madison, South Dakota
            Video visit note — Caden Waldner, PTA (supervising PT: Kirsten Ulvestad, PT)

            Telehealth attestation: I conducted this visit by synchronous two-way audio and video. The patient agreed to a video visit. Patient location: his farmhouse near Nunda, SD. My location: Sioux Prairie Health, Madison.

            --- StrideLog RTM export (pasted) ---
            Reporting window: previous 7 days
            Days with exercise logged: 4 of 7
            Pain log (0-10), daily average: 1
            Patient message: "snowed in Monday, did the kitchen ones"
            --- end of export ---

            Today, on video: one-on-one — he was the only patient on my link and in my care for the whole neuromuscular re-education; his wife Arlys guarded from behind his chair.
            Neuromuscular re-education: stepping over a broom handle laid on the kitchen floor to a stick landing, leading with the left; standing on a folded bath towel with feet together and head turns; backward stepping along the counter.
            Deficit: left foot drop with poor ankle and knee control in stance after the stroke — the left toe catches on the rag rug.
            Measured today on camera: 8 of 10 broom-handle step-overs without a catch; towel stance with head turns 15 seconds.
            Billed: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["I69.354", "M21.372"], [PTA("97112", 22)], []),

        // BCT, Kendra Ecoffey (PTA): "One-on-one: Yes ☐ No ☒ — Mr. Hollstein was on the second balance station the whole block and I moved back and forth between them": not one-on-one — one-on-one missing; BOSU catches, box step-downs, lateral hops onto foam; R ankle proprioception after a sprain; BOSU seconds and landings; dotted line 22 min matches.
        ["v1-h212-bct-pta-back-and-forth-with-hollstein"] = new(
            """
            BORDEAUX CREEK THERAPY — Chadron, Nebraska
            ┌ CONCURRENT REVIEW SUMMARY ─────────────────────────
            │ Plan: Sandhills Employer Health Plan PPO (commercial) · ref SEH-27-0061
            │ Visits: 9 used of 16 approved for the plan year
            │ Goal status: 2 progressing
            │ Next review: at visit 12
            └─────────────────────────────────────────────────────
            DAILY NOTE · Kendra Ecoffey, PTA (supervising PT: Wes Kuska, PT) · 01/06/2027

            Subjective: Mr. Raben, 58, runs the county road grader and climbs its ladder many times a shift. He says the right ankle "rolls" stepping off the bottom rung onto frozen ruts and he has to grab the handrail. No falls since the last visit.

            Plan of care: evaluation 11/30/2026; certified through 02/22/2027 by Dr. Lowry, twice a week: neuromuscular re-education, therapeutic exercise, return-to-work progression, home programme.

            Precautions: lace-up brace at work. Comorbidities: hypertension, hyperlipidemia.

            Service · Time
            97112 neuromuscular re-education ........ 22 min
            One-on-one: Yes ☐ No ☒ — Mr. Hollstein was on the second balance station the whole block and I moved back and forth between them.

            What was done: single-leg stance on the BOSU with ball catches; step-downs off an 8-inch box to a stick landing on the right; lateral hops onto foam with a hold.

            Objective: single-leg stance on the BOSU right 10 seconds, left 24 seconds; 6 of 10 step-down landings stuck.

            Assessment: right ankle proprioceptive deficit with a late peroneal response after the sprain in October; improving. Skilled because the surface, the box height and the hop distance are chosen from each landing.

            Goals: single-leg stance on the BOSU right ≥ 20 seconds (progressing); off the grader ladder onto frozen ground without a roll (progressing).

            Plan: grader-ladder mock-up next visit.
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // FRT in clinic, Kjersti Nebeker (OT) 97530: "two other clients worked at the kitchen counter during the same block; I moved among the three" — 97530 has no one-on-one check; kneading dough, lifting the flour canister, carrying a baking sheet to the oven; L shoulder weakness after a cuff repair with a baking goal; counts, assistance and degrees; 19 min: passes.
        ["v1-h212-frt-ot-97530-two-clients-at-the-counter"] = new(
            """
            FREMONT RIVER THERAPY — Loa, Utah
            Daily Treatment Note (in clinic)
            Treating clinician: Kjersti Nebeker, OTR/L

            Client: Mrs. Jorgensen wants to bake the rolls for the ward dinner by herself again.
            Interventions (CPT) — minutes:
              Therapeutic activities (97530) — 19 min
            Attendance: two other clients worked at the kitchen counter during the same block; I moved among the three.
            Treatment: kneading and shaping roll dough standing at the counter, lifting the 5-lb flour canister down from the upper cupboard, and carrying a loaded baking sheet to the oven and sliding it onto the rack.
            Impairment: left shoulder weakness and limited elevation after the rotator cuff repair; goal to bake for the ward dinner on her own.
            Objective: flour canister lifted down 4 times with stand-by assistance; baking sheet to the oven 3 of 3 with contact guard; shoulder flexion left 128 degrees.
            Plan: add the top shelf next visit.
            Kjersti Nebeker, OTR/L
            """,
            ["M75.102", "Z98.890"], [OT("97530", 19)], []),

        // PingNote LSPT, Nate Szymanski (PTA): "Who: 👤 she was the only patient on my list for the whole block, one-on-one; her granddaughter filmed the drills for home" (family, not a patient); BAPS, foam ball catches, step-downs to a stick; L ankle proprioception after a fracture; SLS and step-downs; 22 min: passes.
        ["v1-h212-lspt-pta-only-patient-granddaughter-filming"] = new(
            """
            PingNote ◆ Quick visit
            Leelanau Shores Physical Therapy · Suttons Bay, MI
            By Nate Szymanski, PTA (supervising PT: Gretchen Vander Ark, PT)
            🤖 App summary: Neuromuscular re-ed for left ankle position sense after the fracture.
            — — —
            97112 Neuromuscular re-ed ▸ 22 min
            Who: 👤 she was the only patient on my list for the whole block, one-on-one; her granddaughter filmed the drills for home.
            Did: BAPS board clockwise and counter-clockwise in standing, single-leg stance on foam catching a ball, lateral step-downs off a 4-inch step to a stick landing.
            Why ⚠️: left ankle proprioception reduced after the ankle fracture; she slipped on the iced boat ramp at the marina in December.
            Numbers 📈: single-leg stance left 8 s on foam ⬆️ · 7 of 10 step-downs stuck
            Next ➡️: outdoor uneven ground once the snow is off
            PingNote key: ⬆️ better than last visit · ⬇️ worse than last visit · ➡️ plan for next visit
            """,
            ["S82.892D"], [PTA("97112", 22)], []),

        // HFPT video, Annelise Truscott: "One-on-one: she was the only patient in my care for the whole 97112; her son Kade guarded from behind the kitchen chair"; VOR x1 to a sticky note, hallway head turns, cushion stance eyes closed; R vestibular hypofunction; DGI and cushion seconds on camera; 22 min: passes.
        ["v1-h212-hfpt-only-patient-son-guarding"] = new(
            """
            HENRYS FORK PHYSICAL THERAPY — Ashton, Idaho
            ClearVisit telehealth encounter · Clinician: Annelise Truscott, PT, DPT

            This service was delivered via real-time audio-video telecommunication. The patient gave verbal consent to receive care by telehealth and was told she may decline or stop at any time. Patient location: home, St. Anthony, ID. Provider location: HFPT clinic, Ashton, ID.
            Others on the call: son (Kade), guarding.

            Subjective: Mrs. Hillam drove the potato truck for forty harvests; she says the snowbanks along her walk "make the whole yard swim" when she turns her head.

            Treatment:
            97112 Neuromuscular re-education — 22 min
            One-on-one: she was the only patient in my care for the whole 97112; her son Kade guarded from behind the kitchen chair.
            - NMR: gaze stabilization VOR x1 to a sticky note on the fridge, seated then standing; walking the hallway with head turns to the pictures on each wall; standing on a couch cushion with feet together and eyes closed

            Assessment: right vestibular hypofunction after the neuritis in November, with oscillopsia on quick head turns and sway when vision is taken away.
            Objective: DGI 17/24 (scored on camera with her son guarding); cushion stance eyes closed 14 seconds.
            Plan: the shoveled path with head turns next video visit.

            Annelise Truscott, PT, DPT — e-signed
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // BPT, Marina Fahmy (PTA): no box row, and "Pt was treated by me alone, no other patient was under my care during all the NMR; his wife was waiting in the car" (family, not a patient); weight shifting with approximation and tapping, step-stance knee control, cone turns; L hemiparesis with delayed reactions and knee hyperextension; Berg and turning steps; 22 mins: passes.
        ["v1-h212-bpt-pta-treated-by-me-alone"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Marina Fahmy, PTA (supervising PT: Dr. Mina Girgis, PT, DPT)

            Pt was received in the clinic walking with his cane, he works as cashier at the bakery and complains that he loses his balance when he turns quickly to the shelves.
            Pt is suffering from: Lt hemiparesis after Rt MCA stroke, with delayed Lt ankle and hip reactions and Lt knee hyperextension in stance.
            Program applied (97112):
            - Weight shifting to the Lt with approximation through the Lt hip and tapping on the Lt gluteus medius
            - Step-stance with the Lt leg in front, small controlled knee bends without locking
            - Turning 180 degrees both directions between two cones with cueing to step not pivot
            Pt was treated by me alone, no other patient was under my care during all the NMR; his wife was waiting in the car.
            Measurements: Berg 41/56; turning 180 degrees in 4 steps (was 7 steps).
            Time: 97112 — 22 mins
            Recommendation: Practice step-stance at the kitchen counter daily.
            """,
            ["I69.354"], [PTA("97112", 22)], []),

        // CBPT, Renee Leighton (PTA): "Attendance: shared — Mr. Mahar did his rocker-board work beside him and I cued both of them through the block": another patient in the block — one-on-one missing; foam SLS with perturbations, foam-beam tandem, step-downs to a stick; L knee proprioception after TKA; SLS, step-downs and Berg present; 22 minutes matches.
        ["v1-h212-cbpt-pta-shared-with-mr-mahar"] = new(
            """
            COBSCOOK BAY PHYSICAL THERAPY — Pembroke, Maine
            Daily note (MA review format)

            1) Authorization: Downeast Advantage Choice (HMO-POS) · auth DAC-8114 · visits used 6 of 12 · period 12/14/2026 to 02/12/2027
            2) Plan of care summary: left total knee arthroplasty 10/21/2026; the knee gives way on the wharf ramp. POC certified 11/09/2026 – 02/01/2027 by Dr. Ames, twice a week. Interventions in the plan: neuromuscular re-education, therapeutic exercise, gait training, HEP. Treating: Renee Leighton, PTA (supervising PT: Hollis Pottle, PT).
            3) Subjective: Mr. Crowell, 68, rakes blueberries in August and hauls traps for his son the rest of the year. The ferry wharf's ramp was iced at low tide this morning and he used the rail the whole way down. No falls.
            4) Precautions / comorbidities: no kneeling on the left. Comorbidities: hypertension, gout, sleep apnea.
            5) Treatment (CPT, minutes, attendance):
               • 97112 Neuromuscular re-education — 22 minutes. Attendance: shared — Mr. Mahar did his rocker-board work beside him and I cued both of them through the block. Single-leg stance on the left on foam with perturbations at the pelvis; tandem walking on a foam beam; step-downs off a 6-inch step to a stick landing on the left.
            6) Objective: single-leg stance on the left on foam 7 seconds; 6 of 10 step-downs without a knee wobble; Berg 48/56.
            7) Goals:
               STG 1 — single-leg stance on the left ≥ 10 seconds — progressing
               LTG 1 — walk the wharf ramp at low tide without the rail — progressing
            8) Medical necessity statement: reduced left knee proprioception with a late quadriceps response on landing after the arthroplasty. Skilled intervention is required because the perturbations and landings are graded from the knee's control on each trial.
            9) HEP: single-leg stance at the sink; step-downs off the bottom stair with the rail.
            10) Plan: outdoor ramp practice; PT re-assessment at visit 8.
            """,
            ["Z96.652"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, toggle and blank states

        // ABR letter, Lucinda Pridgeon: "☒ One-on-one the whole time ☐ Shared with another patient"; rocker tipped like a boat wake, shoves on foam, foam-block step-ups without the rail; L leg slow to push and catch and L foot sense after a stroke; rocker seconds and shoves; "Minutes: 22" matches: passes.
        ["v2-h212-abr-one-on-one-box-ticked"] = new(
            """
            Apalachicola Bay Rehab · Apalachicola, Florida
            Your visit note — shared with you in your patient portal

            Hello Mr. Sasser,

            Here's what we did today so you can climb back aboard the oyster skiff steady.

            Balance: you stood on the rocker board while I tipped it side to side like a boat wake, held your ground on the foam while I gave you small shoves at the shoulders, and stepped up onto the foam block and back down without reaching for the rail.

            Why we did it: since the stroke in the fall, your left leg is slow to push off and slow to catch you, and your left foot doesn't feel where the deck is.

            How you did: rocker board level for 12 seconds (last week 5). You held your ground on 6 of 10 shoves.

            Lucinda Pridgeon, PT

            Billing section (for your insurer)
            Service: 97112 Neuromuscular re-education     Minutes: 22
            ☒ One-on-one the whole time   ☐ Shared with another patient
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // ABR letter, Tyrell Gaskin (PTA): "☐ One-on-one the whole time ☒ Shared with another patient" and no other word on attendance: shared time — one-on-one missing; head-turn tandem walking, foam eyes closed, release-from-lean catch steps; R vestibular loss after an infection; DGI and foam seconds present; "Minutes: 22".
        ["v2-h212-abr-pta-shared-box-ticked"] = new(
            """
            Apalachicola Bay Rehab · Apalachicola, Florida
            Your visit note — shared with you in your patient portal

            Hello Mrs. Varnes,

            Today we worked on your balance for the loading dock.

            Balance: you walked heel to toe along the tape while turning your head to each side, stood on the foam with your eyes closed, and practised a quick step to catch yourself when I let go of the gait belt from a small lean.

            Why we did it: the balance nerve in your right inner ear was damaged by the infection last summer, so your body leans on your eyes and you sway in the dark walk-in cooler.

            How you did: Dynamic Gait Index 18 out of 24 (it was 13). Foam stance with your eyes closed, 9 seconds.

            Tyrell Gaskin, PTA (with Lucinda Pridgeon, PT)

            Billing section (for your insurer)
            Service: 97112 Neuromuscular re-education     Minutes: 22
            ☐ One-on-one the whole time   ☒ Shared with another patient
            """,
            ["H81.21"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // SRS, Marivic Dimaculangan: "Mode of tx: [x] 1:1 [ ] concurrent [ ] group"; half-kneel to stand with rhythmic stabilisation, stepping-strategy perturbations, foam eyes closed with head turns; delayed stepping reaction after R hip ORIF; Berg and pushes recovered; "CPT 97112 NMR - 23 mins": passes.
        ["v2-h212-srs-mode-one-to-one-ticked"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Marivic Dimaculangan, PT

            S: Pt verbalized he went to the Three Kings mass at St. Andrew and was "swaying" when standing up from kneeling. Son drove him.
            O:
            CPT 97112 NMR - 23 mins
            Mode of tx: [x] 1:1  [ ] concurrent  [ ] group
            Tx done: half-kneel to stand with rhythmic stabilization at the pelvis, stepping strategy practice with perturbations forward and backward, standing on the foam with eyes closed and head turns.
            Pt response: pt was able to recover with one step already on most of the pushes.
            A: Delayed stepping reaction and poor postural control on rising from kneeling s/p Rt hip ORIF.
            Berg 46/56; 8 of 10 backward pushes recovered with one step.
            P: Continue NMR, add kneeling on the cushion.
            """,
            ["S72.001D"], [PT("97112", 23)], []),

        // SRS, Arnel Cabrera (PTA): "Mode of tx: [ ] 1:1 [ ] concurrent [ ] group" — nothing ticked — and no other word on attendance: one-on-one missing; Airex eyes closed, foam-beam tandem, rocker with ball catch; diabetic loss of foot sensation; tandem steps and Airex seconds present; 22 mins.
        ["v2-h212-srs-pta-mode-nothing-ticked"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Arnel Cabrera, PTA (supervising PT: Marivic Dimaculangan, PT)

            S: Pt verbalized her feet still feel "numb like wearing thick socks" when she walks down the hill to the BART station.
            O:
            CPT 97112 NMR - 22 mins
            Mode of tx: [ ] 1:1  [ ] concurrent  [ ] group
            Tx done: standing on the Airex with eyes closed, tandem walking on the foam beam, rocker board side to side with ball catch.
            Pt response: pt needed less hand support on the beam already.
            A: Decreased somatosensation of both feet from diabetic neuropathy, relies on vision.
            Tandem on the foam beam 7 steps; Airex eyes closed 10 secs.
            P: Continue POC.
            """,
            ["E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // CBR flowsheet, Vernita Gathright: "Session: [x] 1:1 (one patient on the link)", two technique boxes ticked with an "Other:" drill; delayed backward stepping with a posterior lean; TUG filled and a count in "Other:", Berg and tandem left blank; 23 min: passes.
        ["v2-h212-cbr-session-one-to-one-ticked"] = new(
            """
            CHICKASAW BLUFF REHAB · Grenada, MS
            TELE-REHAB FLOWSHEET (VidaCare Connect)
            Visit: [x] Video  [ ] Audio only  [ ] In clinic
            Consent to telehealth: [x] verbal, today
            Pt location: home, Holcomb   Provider location: CBR office, Grenada
            Caregiver on camera: [x] yes — wife, spotting
            Session: [x] 1:1 (one patient on the link)  [ ] Group class
            Pt report: stumbled backward off the porch step carrying firewood on New Year's Day; caught the post, no fall
            Code / minutes: 97112 — 23 min
            Techniques: [x] weight shifts / reaching  [ ] compliant surface (foam, cushion)  [ ] gaze stabilization  [x] stepping strategy drills  Other: backward stepping to a tape mark on a called cue, then with an armload of towels
            Impairment: delayed backward stepping reaction with a posterior lean (postural control)
            Measures: Berg ____  TUG 13 sec  Tandem EC ____ sec  Other: 7 of 10 called backward steps to the mark
            Response / plan: the porch step with an armload next visit
            Therapist: Vernita Gathright, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // CBR flowsheet, Terrence Bolden (PTA): "Measures: Berg ____ TUG ____ sec Tandem EC ____ sec Other: ____" all blank and no other number but the code's minutes: measure missing; "[x] 1:1", foam and gaze boxes ticked, L vestibular hypofunction named.
        ["v2-h212-cbr-pta-measure-blanks-empty"] = new(
            """
            CHICKASAW BLUFF REHAB · Grenada, MS
            TELE-REHAB FLOWSHEET (VidaCare Connect)
            Visit: [x] Video  [ ] Audio only  [ ] In clinic
            Consent to telehealth: [x] verbal, today
            Pt location: home, Gore Springs   Provider location: CBR office, Grenada
            Caregiver on camera: [x] yes — daughter, spotting
            Session: [x] 1:1 (one patient on the link)  [ ] Group class
            Pt report: the catfish pond bank "tilts" when she turns her head to watch the cork
            Code / minutes: 97112 — 22 min
            Techniques: [ ] weight shifts / reaching  [x] compliant surface (foam, cushion)  [x] gaze stabilization  [ ] stepping strategy drills  Other: ______
            Impairment: left vestibular hypofunction with blurred vision on quick head turns
            Measures: Berg ____  TUG ____ sec  Tandem EC ____ sec  Other: ____
            Response / plan: tired after the gaze sets; testing next visit
            Therapist: Terrence Bolden, PTA (supervising PT: Vernita Gathright, PT)
            """,
            ["H81.22"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // DMR bilingual video, Yesenia Marroquín: "Uno a uno / One-on-one: ☒ Sí / Yes ☐ No"; broom-handle step-overs to a stick, foam with head turns, reaching on foam; R ankle proprioception and late ankle strategy after a fracture; SLS and step-overs; "Tiempo / Time: 97112 — 22 min": passes.
        ["v2-h212-dmr-si-yes-ticked"] = new(
            """
            DAVIS MOUNTAINS REHAB — Fort Davis, Texas
            TELESALUD / TELEHEALTH VISIT
            Servicio por video en tiempo real / Service delivered via real-time audio-video. Consentimiento verbal / Verbal consent: obtenido / obtained.
            Paciente / Patient: en casa / at home, Valentine. Terapeuta / Therapist: DMR clinic, Fort Davis.
            Terapeuta / Therapist: Yesenia Marroquín, PT

            Tiempo / Time: 97112 — 22 min
            Uno a uno / One-on-one: ☒ Sí / Yes  ☐ No
            Técnica / Technique: stepping over a broom handle to a stick landing, leading with the right; standing on the mailed foam pad with feet together and head turns; reaching to cups on the top shelf while standing on the foam.
            Déficit / Deficit: propiocepción del tobillo derecho / right ankle proprioception, with a late ankle strategy after the fracture — she rolls the ankle on the caliche drive.
            Medidas / Measures: single-leg stance right 6 s on the foam; 7 of 10 step-overs stuck.
            """,
            ["S82.891D"], [PT("97112", 22)], []),

        // THPT video, Bethany Zehr: "TH checklist: … 1:1 (Y/N): Y", boxes ☒ foam/cushion EC, ☒ tandem at counter, ☒ step-over-and-stick (☐ VOR x1); CIPN with late L dorsiflexion; tandem, cushion and step-overs; 23': passes.
        ["v2-h212-thpt-checklist-one-to-one-y"] = new(
            """
            TUG HILL PT — Lowville NY — DAILY NOTE
            Visit: VIDEO (A/V) d/t LES — clinic appt converted. Pt home in Martinsburg, PT in clinic. Verbal consent TH.
            TH checklist: Pt ID verified ☒  Chair behind pt ☒  Spotter present ☒ (husband)  1:1 (Y/N): Y
            S: Retired school-bus driver; L foot "doesn't feel the pedal"; catches her toe on the mudroom threshold.
            O: NMR (97112) 23'
               ☒ foam/cushion EC  ☐ VOR x1  ☒ tandem at counter w/ head turns  ☒ step-over-and-stick (broom handle)
            A: ↓ somatosensation B feet (CIPN) + late L ankle DF → toe catch.
               Tandem 6 sec; cushion EC 9 sec; 7/10 step-overs clean.
            P: add the porch steps once shoveled.
            B. Zehr, PT
            """,
            ["G62.0"], [PT("97112", 23)], []),

        // TVT long note, Roberta Shingleton: "1:1 for all NMR time: (Y) / N" with the Y circled; large-amplitude stepping, graded pulls, doorway passes with a floor line and a count; Parkinson's freezing and retropulsion; Mini-BESTest, pull-test steps and doorway passes today beside the goal lines; "[97112 NMR] 22 min": passes.
        ["v2-h212-tvt-one-to-one-y-circled"] = new(
            """
            TYGART VALLEY THERAPY — Elkins, West Virginia
            Daily Note (Extended — MA review)
            Payer/auth: Mountaineer Advantage Plus (HMO-POS) · auth MAP-60233 · visit 5 of 12 · UR: Allegheny Care Review
            Clinician: Roberta Shingleton, PT · DOS 01/06/2027

            Chief complaint / interval: Mrs. Halterman, 71, taught music at Elkins High for thirty years and plays the hammered dulcimer at the Augusta winter jam on Thursdays. Parkinson's disease since 2022. She froze twice in the doorway of the jam room over the holidays and fell back against the door frame once, without injury. Her husband drives her.

            POC: certified 12/02/2026 – 03/01/2027, twice a week; neuromuscular re-education, gait training, therapeutic exercise, caregiver training, HEP.

            Problem list: freezing of gait at doorways and turns, small shuffling steps, delayed backward stepping (retropulsion), reduced trunk rotation.

            Precautions: orthostatic drop on rising — pause before walking. PMH: osteoporosis, hypertension, depression.

            Goals:
            STG 1 — Mini-BESTest ≥ 20/28 · baseline 14/28 · last 16/28 · target 20/28
            STG 2 — through a doorway without a freeze on 5 of 5 · baseline 1 of 5 · last 3 of 5
            LTG 1 — walk into the jam room carrying the dulcimer case without a freeze

            Treatment:
            [97112 NMR] 22 min
            1:1 for all NMR time: (Y) / N
            - Large-amplitude stepping forward, back and to the sides to floor targets on a count
            - Reactive backward stepping after a pull at the shoulders, graded from small to moderate
            - Doorway approach and pass-through with a floor-line visual cue, then with a rhythmic verbal count, then with no cue

            Objective today: Mini-BESTest 18/28; pull test 2 steps to recover; doorway pass-through 4 of 5 without a freeze with the floor line, 3 of 5 without it.

            Skilled rationale: Parkinsonian freezing of gait and delayed protective stepping; the cue type, the pull size and the doorway set-up are chosen by the therapist from each trial, and she has fallen backward once this month.

            Education: a floor-tape line at the jam-room door; say "one-two" before the threshold.

            HEP: big steps around the kitchen island; backward steps to the counter with her husband behind her.

            Plan: add carrying the dulcimer case through the doorway; Mini-BESTest again at visit 8.
            """,
            ["G20.A1", "R26.89"], [PT("97112", 22)], []),

        // TheraTiles CRNPT, Adelita Quintana: "▦ Attendance: ● 1:1 ○ Concurrent ○ Group"; half-kneel rhythmic stabilisation, reaching on foam, target stepping without looking (a treadmill item crossed ❌); L hemiparesis with poor trunk control and L leg position sense; Berg and a bar count; ⏱ 00:23:12 on a 23-minute line: passes.
        ["v2-h212-crnpt-attendance-one-to-one-selected"] = new(
            """
            ▦ TheraTiles · Session
            Culebra Range Neuro PT — Fort Garland, CO
            Therapist: Adelita Quintana, PT, NCS
            ▦ Code: 97112 Neuromuscular re-education · ⏱ 00:23:12
            ▦ Attendance: ● 1:1 ○ Concurrent ○ Group
            ▦ Activities: ✅ rhythmic stabilization in half-kneel · ✅ reaching across the body standing on foam · ✅ stepping to floor targets with the left foot without looking · ❌ treadmill (belt slipping)
            ▦ Progress: Berg 43/56 · targets hit ▓▓▓▓▓░ 5/6
            ▦ Impairment: left hemiparesis with poor trunk control and impaired left-leg position sense after the stroke; she wants to walk in the Los Reyes procession tonight.
            ▦ Effort ★★★★☆ · Mood 🙂
            Tiles key: ● selected · ○ not selected · ✅ done today · ❌ not done today · ▓ done ░ not done · ★ effort as the therapist rated it
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // BBPT long note, Ignacio Baeza: "☐ Objective, measurable functional deficit documented at this visit" unticked and "Objective today: Berg ____/56 · TUG ____ s · Functional reach ____ in (not tested …)", goals in words only, and no number taken today: measure missing; one-on-one, target stepping, tapping, rope step-overs, L position sense after a stroke present; 23 minutes.
        ["v2-h212-bbpt-objective-box-unticked-blanks"] = new(
            """
            BIG BEND BALANCE & PHYSICAL THERAPY — Alpine, Texas
            Daily note · Sotol Senior Advantage (HMO) · auth SSA-41502 · visit 6 of 12 · UR nurse: M. Ybarra, RN
            Treating therapist: Ignacio Baeza, PT, DPT · 01/06/2027

            Medical necessity criteria addressed:
            ☐ Objective, measurable functional deficit documented at this visit
            ☑ Skilled service that requires a licensed therapist
            ☑ Reasonable expectation of improvement within the plan of care
            ☐ Progress toward written goals

            History / interval: Mr. Ontiveros, 79, was a freight conductor on the Sunset Route out of Alpine and now walks to the depot to watch the trains. Right-hemisphere stroke in October. His granddaughter brought him today; they had rosca de reyes at her mother's this morning and he found the baby in his slice. He says his left foot "lands wherever it wants" on the depot platform's broken concrete.

            Plan of care: certified 11/09/2026 to 02/05/2027 by Dr. Trevino, twice a week: neuromuscular re-education, gait training, therapeutic exercise, home programme.

            Precautions: gait belt; on apixaban. Comorbidities: atrial fibrillation, hypertension, chronic kidney disease.

            Treatment: 97112 neuromuscular re-education, 23 minutes, one-on-one.
            Neuromuscular re-education: stepping the left foot to floor targets on a called letter without looking down; weight shifts onto the left leg with tapping over the left gluteus medius; stepping over a low rope and holding the landing on the left.

            Objective today: Berg ____/56 · TUG ____ s · Functional reach ____ in (not tested — he asked to stop after the stepping work).

            Goals (baseline → today → target): walk the depot platform without a stumble: unable → not re-tested → with the cane, stand-by.

            Assessment: left hemiparesis with impaired left-leg position sense and delayed weight acceptance after the right-hemisphere stroke. Skilled care is needed because the target distance and the tapping are set by the therapist from each step, and he is on an anticoagulant.

            Home: target stepping with his granddaughter calling the letters.

            Plan: Berg and TUG first thing next visit.
            """,
            ["I69.354"], [PT("97112", 23)], [At(Measure, "97112")]),

        // TapTrack WAPSI, Brody Vrba (PTA): "1:1 ○ OFF · Concurrent ● ON · Group ○ OFF" and no other word on attendance: concurrent — one-on-one missing; rocker perturbations, foam SLS with head turns, hurdles to a stick; R ankle proprioception after a sprain on ice; SLS and landings present; ⏱ 00:22:10.
        ["v2-h212-wapsi-pta-concurrent-toggle-on"] = new(
            """
            TapTrack Rehab ▸ Visit note
            🏥 Wapsipinicon River PT · Anamosa, IA
            👤 Brody Vrba, PTA (supervising PT: Lena Sobotka, PT, DPT)
            ▍97112 Neuromuscular re-ed   ⏱ 00:22:10
            1:1 ○ OFF · Concurrent ● ON · Group ○ OFF
            Chips: [Rocker board] [Perturbation] [Foam] [Hurdles]
            ⚠️ Impairment: right ankle proprioception and late peroneal timing after the sprain on the ice at the grain elevator
            📈 Measures: single-leg stance right 8 s on foam · 7 of 10 hurdle landings stuck
            ✍️ Typed: rocker board with perturbations at the hips, single-leg stance on foam with head turns, stepping over hurdles to a stick landing on the right.
            Auto-summary: Neuromuscular re-ed, right ankle.
            TapTrack key: ● ON = selected · ○ OFF = not selected · [chip] = swiped in today · ⏱ = the code's timed minutes
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // StepLog SLT, Cody Wickliffe (PTA): "👤 1:1 ❌ · 👥 Group ✅ (three others at the foam beam)" on a 97112: not one-on-one — one-on-one missing; foam-beam tandem, pushes at the hips, foam eyes closed; slow stepping reactions and neuropathic foot sensation; Berg and foam seconds present; ⏱ 22 min.
        ["v2-h212-slt-pta-one-to-one-crossed-group-ticked"] = new(
            """
            📱 StepLog — session card
            Sardis Lake Therapy · Clayton, OK
            ✍️ Cody Wickliffe, PTA (supervising PT: Joanna Bohanan, PT)
            Key: ✅ yes / done · ❌ no / not done · ⬆️ up since last time
            ━━━━━━━━━━━━
            🧠 97112 Neuromuscular re-ed · ⏱ 22 min
            👤 1:1 ❌ · 👥 Group ✅ (three others at the foam beam)
            🔁 Did: tandem walking on the foam beam ✅ · stepping reactions to pushes at the hips ✅ · standing on foam with eyes closed ✅
            ⚠️ Problem: slow stepping reactions and reduced foot sensation from neuropathy; she tripped over a dock cleat at the marina.
            📈 Numbers: Berg 45/56 ⬆️ · foam eyes closed 10 s
            """,
            ["G62.9"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and techniques (and a programme's level alone)

        // PFR, Guadalupe Orozco Medina: facilitation by the Bobath concept (NDT) with key points of control, sit to stand with facilitation, step-stance push-off; "✔ individual (one to one) … only the patient and me in the cubicle"; R hemiparesis with poor selective hip and knee extensor activation; Berg and unsupported standing seconds; Día de Reyes; "97112 = 23 min": passes.
        ["v3-h212-pfr-bobath-facilitation-key-points"] = new(
            """
            PILSEN FAMILY REHAB — Chicago, IL
            Session note
            Physical therapist: Guadalupe Orozco Medina, PT

            Subjective: The patient refers that today is Día de Reyes and she wants to stand at the table to cut the rosca with her grandchildren tonight without holding the chair.
            Treatment realized:
            Neuromuscular re-education (97112): facilitation according to the Bobath concept (NDT) — weight transfer to the right leg with key points of control at the pelvis and the right knee, sit to stand with facilitation of the right quadriceps and of trunk extension, and step-stance with the right leg behind with facilitation of the push-off.
            Modality of attention: ✔ individual (one to one) ☐ group — only the patient and me in the cubicle.
            Observations: Right hemiparesis after the ischemic stroke, with poor selective activation of the right hip and knee extensors and the weight carried on the left. Berg 39/56 (before 34/56). Standing at the table without support 40 seconds.
            Time: 97112 = 23 min
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // GRP, mgr Agnieszka Wójcik: PNF rhythmic stabilisation of the trunk, slow reversals of the pelvis, combination of isotonics for sit to stand; "individual, 1:1 – only therapist and patient during all the time"; poor trunk control and delayed L trunk and hip activation after stroke; Trunk Impairment Scale and Berg; "97112 … 24 min.": passes.
        ["v3-h212-grp-pnf-trunk-reversals"] = new(
            """
            GREENPOINT REHABILITATION & PHYSIOTHERAPY — Brooklyn, NY
            Daily therapy card
            Physiotherapist: mgr Agnieszka Wójcik, PT

            Patient condition: Patient after stroke, walks with cane, trunk falls to the left side when turning, afraid on the subway stairs at Nassau Avenue.
            Applied therapy:
            - 97112 neuromuscular re-education, 24 min. — PNF: rhythmic stabilization of the trunk in sitting and in half-kneeling, slow reversals of the pelvis (anterior elevation – posterior depression) in side-lying on the right, combination of isotonics for sit to stand.
            Form of therapy: individual, 1:1 – only therapist and patient during all the time.
            Assessment: Poor trunk control and delayed activation of left trunk and hip muscles after right-hemisphere stroke.
            Tests: Trunk Impairment Scale 12/23; Berg 41/56.
            Recommendations: Exercises at home with daughter – bridging, weight shift in sitting.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // CSP, Thaís Albuquerque 97140: Mulligan mobilisation with movement for dorsiflexion in a lunge, posterior talocrural glides grade III, calf soft tissue; R ankle dorsiflexion limited after a fibula fracture; knee-to-wall centimetres before and after; "97140 Manual therapy — 12 min": passes.
        ["v3-h212-csp-97140-mulligan-mobilisation-with-movement"] = new(
            """
            CONCORD STREET PHYSIOTHERAPY — Framingham, MA
            Evolution note
            Physiotherapist: Thaís Albuquerque, PT

            Complaint: Patient is baker in the Brazilian bakery on Concord Street, referred pain and stiffness in the right ankle when squatting to the low oven since the fracture.
            Conduct:
            97140 Manual therapy — 12 min
            - Mobilization with movement (Mulligan) for dorsiflexion in weight bearing: lunge with posterior glide of the talus with the belt, 3 series of 10
            - Posterior talocrural glides grade III in supine, 3 series of 30 seconds
            - Soft tissue mobilization of the gastrocnemius and soleus
            Attendance: individual.
            Evaluation: Limitation of the dorsiflexion of the right ankle after the fracture of the fibula, with stiffness of the talocrural joint. Knee-to-wall right 5 cm before, 9 cm after (left 13 cm).
            Evolution: Patient evolves with less pain in the squat.
            """,
            ["S82.61XD", "M25.671"], [PT("97140", 12)], []),

        // KPT letter, Tove Karlsen 97110: the Alfredson heel-drop programme spelled out (straight- and bent-knee eccentric drops with a pack, sets and repetitions), single-leg and seated calf raises with doses; L Achilles tendinopathy and calf weakness; heel-raise count; insurance summary 97110 15: passes.
        ["v3-h212-kpt-97110-alfredson-heel-drops"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Mr. Kvasnikoff,

            Today you did the Alfredson heel-drop programme for your left Achilles: you rose up on both feet on the edge of the step, then lowered slowly on your left heel alone below the step, 3 sets of 15 with the knee straight and 3 sets of 15 with the knee bent, carrying a 10-pound pack. Then single-leg calf raises on the flat floor, 2 sets of 12, and seated calf raises with a 25-pound plate on your knee, 3 sets of 15.

            Here's why: your left Achilles tendon is thickened and sore, and your left calf is weaker than the right, so it aches after a day on your feet behind the meat counter and on the icy boat-harbor ramp.

            Your progress: 18 single-leg heel raises on the left (right 27); the morning stiffness is down to a few steps.

            Tove Karlsen, PT, DPT

            Insurance summary: Therapeutic exercise (97110), 15 minutes.
            """,
            ["M76.62"], [PT("97110", 15)], []),

        // LVPOT long note, Jonah Tetreault (OT) 97112: modified constraint-induced movement therapy with shaping tasks graded by distance and size, tactile cueing over the wrist extensors, weight bearing through the open hand; "One-to-one with the OT for the whole block; his wife Deb waited in the lobby"; R hemiparesis with weak extension and poor release; Fugl-Meyer, Box and Block and pegs today; "(97112; 23 min)": passes.
        ["v3-h212-lvpot-ot-constraint-induced-shaping"] = new(
            """
            LAMOILLE VALLEY PHYSICAL & OCCUPATIONAL THERAPY — Morrisville, Vermont
            Note prepared for concurrent review · Champlain Senior Advantage (HMO) · request CSA-121734 · visit 6 of 16
            Occupational therapy · Jonah Tetreault, OTR/L · 01/06/2027

            Clinical summary: Mr. Gillen, 68, cuts joinery for timber frames and wants to hold a chisel and mallet again. Left-hemisphere stroke 10/02/2026 with right hemiparesis, right-hand dominant. He wears a mitt on the left hand at home on the modified constraint-induced schedule. Plan of care certified 11/10/2026 – 02/02/2027 (Dr. Morse), three times a week: neuromuscular re-education of the right upper extremity, therapeutic activities, home program.

            Since last visit: he wore the mitt most afternoons; on Monday he carried his coffee mug across the kitchen in the right hand without spilling.

            Precautions: right shoulder subluxation — support the arm at rest; no overhead reaching past 90 degrees. Comorbidities: hypertension, hyperlipidemia, obstructive sleep apnea.

            Today's care
            Neuromuscular re-education (97112; 23 min). One-to-one with the OT for the whole block; his wife Deb waited in the lobby.
            - Modified constraint-induced movement therapy with the left hand in the mitt: shaping tasks for the right hand graded by distance and object size — reaching to and releasing pegs into a board, flipping playing cards, lifting wooden blocks and turning them over
            - Tactile cueing over the right wrist extensors during release
            - Weight bearing through the right open hand on the table between tasks

            Findings today: right hemiparesis with weak wrist and finger extension and poor graded release. Fugl-Meyer upper extremity 38/66 (31/66 at evaluation); Box and Block right 14 blocks (left 55); 9 of 12 pegs released into the board.

            Goals
            | Goal | IE 11/10 | Today | Target 02/02 |
            |---|---|---|---|
            | Fugl-Meyer UE | 31/66 | 38/66 | ≥ 44/66 |
            | Box and Block right | 6 | 14 | ≥ 25 |

            Why skilled: the OT grades each shaping task from his last trials and decides when to add speed or resistance; the subluxed shoulder has to be protected.

            Home program: mitt afternoons; the peg and card tasks with Deb counting.

            Next: add holding a chisel handle; re-test Box and Block at visit 9.
            """,
            ["I69.351"], [OT("97112", 23)], []),

        // SVR long note, Marisol Arrate: sensory organization training on the Balance Master with sway-referenced support and vision, foam with head turns, optokinetic hallway walking; "individual — Mrs. Zunino was my only patient for the whole neuromuscular re-education"; post-concussion visual dependence; SOT composite and conditions and DGI today; 23 min: passes.
        ["v3-h212-svr-balance-master-sensory-organization-training"] = new(
            """
            STEPTOE VALLEY REHAB · Ely, Nevada
            Daily Note — extended for utilization review
            Plan: Silver State Employers PPO (UR: Sagebrush Health Management) · Ref. SS-1022-26 · visit 7 of 12 approved
            Clinician: Marisol Arrate, PT, DPT · Date of service 01/06/2027

            Interval history: Mrs. Zunino, 62, dispatches for the Nevada Northern Railway and slipped on the ice outside the engine house in November, striking her head (concussion, no loss of consciousness). She is back to half shifts. The crowds and the steam at the holiday train rides made her "seasick", and she still grabs the counter when the dispatch-room screens scroll. No falls since.

            Plan of care: certified 12/01/2026 to 02/23/2027, two visits a week, for vestibular and balance rehabilitation (sensory organization training, habituation, gaze stabilization, dual-task gait) and a graded return to full shifts. Referring: Dr. Ainhoa Goicoechea.

            Precautions: stop visual-motion work if headache rises above her usual. Comorbidities: migraine without aura, hypothyroidism.

            Today — services and time: Neuromuscular re-education (97112), 23 min.
            Attendance: individual — Mrs. Zunino was my only patient for the whole neuromuscular re-education; her husband waited in the lobby.

            What was done and why: sensory organization training on the Balance Master — standing with sway-referenced support, then with sway-referenced support and vision together, chasing weight-shift targets on the screen, to move her reliance off vision and onto the vestibular system; standing on foam with eyes closed and slow head turns; walking the hallway past the optokinetic video projected on the wall. Each progression was set from her sway and her symptoms on the trial before.

            Response: mild visual discomfort with the projected video, settled within seconds; no headache.

            Objective today: Sensory Organization Test composite 66 (52 at evaluation); condition 5 equilibrium score 48, condition 6 equilibrium score 41. Dynamic Gait Index 20/24.

            Goal progress:
            LTG 1 — SOT composite ≥ 70 · baseline 52 · today 66 · progressing
            LTG 2 — a full dispatch shift with the screens scrolling, without symptoms · baseline unable · today half shifts · progressing

            Justification for continued skilled care: visual dependence with reduced use of vestibular input for balance after the concussion, and visual-motion sensitivity. The sway-referenced conditions and the optokinetic dose are graded by the therapist trial by trial from her sway and symptoms.

            Home exercise program: foam stance with eyes closed at the counter; walking the grocery aisle slowly with head turns, her husband beside her.

            Plan: add dual-task walking; SOT again at visit 10.
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // StepLog WLBM, DeShawn Register (PTA): PNF alternating isometrics, rhythmic stabilisation in half-kneel and stabilising reversals in a staggered stance, all ✅; "👤 1:1 ✅"; poor trunk and pelvic stability with delayed activation from cervical myelopathy; Trunk Impairment Scale and half-kneel hold; ⏱ 22 min: passes.
        ["v3-h212-wlbm-pta-pnf-stabilising-reversals"] = new(
            """
            📱 StepLog — session card
            Waccamaw Lake Balance & Motion · Lake Waccamaw, NC
            ✍️ DeShawn Register, PTA (supervising PT: Marisa Quattlebaum, PT, NCS)
            Key: ✅ yes / done · ❌ no / not done · ⬆️ up since last time
            ━━━━━━━━━━━━
            🧠 97112 Neuromuscular re-ed · ⏱ 22 min
            👤 1:1 ✅
            🔁 Did: PNF alternating isometrics at the trunk in sitting ✅ · rhythmic stabilization in half-kneel ✅ · PNF stabilizing reversals standing in a staggered stance ✅
            ⚠️ Problem: poor trunk and pelvic stability with delayed muscle activation from the cervical myelopathy; she sways reaching into the back seat of the church van.
            📈 Numbers: Trunk Impairment Scale 14/23 ⬆️ · half-kneel hold 20 s
            ➡️ Next: add reaching outside her base
            """,
            ["M47.12", "R26.81"], [PTA("97112", 22)], []),

        // TapTrack MBR, Ruth Ann Bessey (OT) 97530: backward chaining of loading the woodstove (the last step first, then the whole chain) and log carries in a canvas carrier; R grip and shoulder weakness after a humerus fracture with a woodstove goal; loads finished, carries with assistance and grip pounds; ⏱ 00:18:09: passes.
        ["v3-h212-mbr-ot-97530-backward-chaining-woodstove"] = new(
            """
            TapTrack Rehab ▸ Visit note
            🏥 Medicine Bow Rehab · Saratoga, WY
            👤 Ruth Ann Bessey, OTR/L
            ▍97530 Therapeutic activities   ⏱ 00:18:09
            Chips: [Backward chaining] [Woodstove] [Carry]
            ⚠️ Impairment: right grip and shoulder weakness after the proximal humerus fracture; 🎯 goal to keep the cabin's woodstove going herself
            📈 Measures: 5 of 5 stove loads finished on her own · carried 4 split logs 25 ft in the canvas carrier with stand-by assist · grip right 24 lb
            ✍️ Typed: backward chaining of loading the woodstove — she did the last step (closing and latching the door) first, then added setting the log on the coals, then opening the door with the glove, then carrying from the wood box — and carrying split logs in the canvas carrier.
            Auto-summary: Therapeutic activities, right arm.
            TapTrack key: ● ON = selected · ○ OFF = not selected · [chip] = swiped in today · ⏱ = the code's timed minutes
            """,
            ["S42.201D"], [OT("97530", 18)], []),

        // GRP, Tomasz Kowalczyk (PTA): "Stabilny Krok programme, stage III, all exercises from the card" as the only thing done: a programme's stage names no technique — technique missing; "individual, 1:1 – no other patient with me", disturbed deep sensation of the feet, Berg and tandem present; 22 min.
        ["v3-h212-grp-pta-stabilny-krok-stage-three-card"] = new(
            """
            GREENPOINT REHABILITATION & PHYSIOTHERAPY — Brooklyn, NY
            Daily therapy card
            Physiotherapist: Tomasz Kowalczyk, PTA (supervising: mgr Agnieszka Wójcik, PT)

            Patient condition: Patient with polyneuropathy, feet numb, unstable on the icy sidewalk on Manhattan Avenue, one fall in December.
            Applied therapy:
            - 97112 neuromuscular re-education, 22 min. — Stabilny Krok programme, stage III, all exercises from the card.
            Form of therapy: individual, 1:1 – no other patient with me during the exercises.
            Assessment: Disturbed deep sensation of both feet, patient uses the eyes to keep balance.
            Tests: Berg 45/56; tandem stance 6 s.
            Recommendations: Continue stage III at home.
            """,
            ["G62.9"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // TheraTiles AVR, Yvette Cyr: the only activity "✅ Steady Strides programme, level 5": a programme's level names no technique — technique missing; "● 1:1", neuropathic loss of foot proprioception, Berg and TUG present; ⏱ 00:22:07.
        ["v3-h212-avr-steady-strides-level-five-only"] = new(
            """
            ▦ TheraTiles · Session
            Allagash Valley Rehab — Fort Kent, ME
            Therapist: Yvette Cyr, PT
            ▦ Code: 97112 Neuromuscular re-education · ⏱ 00:22:07
            ▦ Attendance: ● 1:1 ○ Concurrent ○ Group
            ▦ Activities: ✅ Steady Strides programme, level 5
            ▦ Progress: Berg 48/56 · TUG 11 s
            ▦ Impairment: reduced proprioception in both feet from the diabetic neuropathy; he stumbles on the packed snow by the woodshed.
            ▦ Effort ★★★★☆ · Mood 🙂
            Tiles key: ● selected · ○ not selected · ✅ done today · ❌ not done today · ▓ done ░ not done · ★ effort as the therapist rated it
            """,
            ["E11.42"], [PT("97112", 22)], [At(Tech, "97112")]),

        // GHPT long note, Wade Ostrander (PTA): "• Steady Plains Program, Level 4 card, start to finish" as the only treatment bullet, the recap naming only services: no technique — technique missing; delivery row one-on-one, neuropathic somatosensory loss, Berg and foam seconds today; 22 minutes.
        ["v3-h212-ghpt-pta-steady-plains-level-four-card"] = new(
            """
            GYP HILLS PHYSICAL THERAPY — Medicine Lodge, Kansas
            DAILY TREATMENT NOTE — MEDICAL NECESSITY FORMAT
            Payer: Prairie Sun Medicare Advantage (HMO) · UR vendor: CareAxis · Auth PS-27-00213 · visit 4 of 12 authorized (12/21/2026 – 02/26/2027)
            Patient: L. Unruh, 76 F · Treating: Wade Ostrander, PTA (supervising PT Lorna Skiles, PT, DPT) · DOS 01/06/2027

            PLAN OF CARE RECAP: Diabetic peripheral neuropathy with two falls last fall. Certified 12/16/2026 to 03/10/2027, twice a week: neuromuscular re-education, gait training, therapeutic exercise, home programme.

            PRECAUTIONS: check both feet at each visit (intact today). Gait belt for standing work.

            COMORBIDITIES: type 2 diabetes on insulin, hypertension, macular degeneration (left eye).

            INTERVAL HISTORY: She drives meals for the senior center on Tuesdays and Thursdays and steps down out of the van with a tray at every stop. The church steps were icy Sunday and she went in by the side ramp. No falls this week.

            GOALS
            | # | Goal | Baseline (IE 12/16) | Visit 3 (12/30) | Target (by 03/10) |
            |---|---|---|---|---|
            | 1 | Berg | 40/56 | 43/56 | ≥ 48/56 |
            | 2 | Step down from the van with a tray | contact guard | stand-by | independent |

            TODAY'S SKILLED TREATMENT
            97112 Neuromuscular re-education — 22 minutes
            Delivery (97112): [X] One-on-one [ ] Concurrent [ ] Group
            • Steady Plains Program, Level 4 card, start to finish

            TODAY'S OBJECTIVE DATA: Berg 45/56 today. Feet-together stance on foam with eyes closed, 8 seconds.

            ASSESSMENT / SKILLED NEED: Reduced somatosensation in both feet from the diabetic neuropathy, with sway and stepping when vision is reduced. Skilled intervention is required because progression is judged by the clinician from her sway and her feet are insensate.

            HOME PROGRAMME: the Level 4 home sheet daily with her husband nearby.

            NEXT VISIT: the Level 5 card; van step with a tray.
            """,
            ["E11.42", "Z91.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // BPT, Dr. Mina Girgis: "Program applied (97112): - Brookhurst Balance Ladder — rung 5" as the only thing done: a programme's rung names no technique — technique missing; "☒ Yes", bilateral vestibular hypofunction, DGI and DVA present; 23 mins.
        ["v3-h212-bpt-balance-ladder-rung-five-only"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Dr. Mina Girgis, PT, DPT

            Pt was received in the clinic with her daughter, she is a retired seamstress from the garment district and complains that she sways when she looks up to the top shelf of the fabric store.
            Pt is suffering from: Bilateral vestibular hypofunction after gentamicin, oscillopsia with walking and head movement.
            Program applied (97112):
            - Brookhurst Balance Ladder — rung 5
            One-on-one: ☒ Yes ☐ No
            Measurements: DGI 15/24; DVA 4 lines loss.
            Time: 97112 — 23 mins
            Recommendation: Rung 5 at home with the daughter.
            """,
            ["H81.8X3"], [PT("97112", 23)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // DMT letter, Dalton Pruett (OT) 97110: "your left grip is weak — 22 pounds today against 58 on the right — and the wrist won't turn your palm all the way up" after a wrist fracture, with a mop and comal goal; putty, wrist curls, hammer rotation and clothespins with doses; "Your hand exercises today took 16 minutes." matches: passes.
        ["v4-h212-dmt-ot-97110-grip-weak-after-wrist-fracture"] = new(
            """
            Davis Mountains Therapy · Fort Davis, Texas
            Note shared with you through the patient portal
            Written by Dalton Pruett, OTR/L

            Mrs. Granado, here is what we did today and why.

            What we worked on: squeezing the green putty with your left hand, 3 sets of 15; wrist curls up and down with the 2-pound weight, 3 sets of 12 each way; turning your palm up and down holding the hammer near its head, 2 sets of 15; and pinching clothespins onto the rim of a coffee can, 20 pins.

            Why it matters: since you broke your left wrist on the ice in the observatory parking lot, your left grip is weak — 22 pounds today against 58 on the right — and the wrist won't turn your palm all the way up, so you can't wring out the mop or lift the comal off the stove.

            How you did: every set with no rise in pain, and you turned the hammer a little farther each set.

            For home: putty squeezes twice a day.

            Your hand exercises today took 16 minutes.

            Dalton Pruett, OTR/L
            """,
            ["S52.502D"], [OT("97110", 16)], []),

        // KIR village telehealth, Elias Shuravloff (PTA): "Finding: sharpened Romberg lost at 3 seconds; vibration absent at both great toes; he sways and steps as soon as his eyes close — somatosensory loss"; blanket stance eyes closed, broom-handle step-overs, hallway head turns; one-to-one on the link with the health aide guarding; Starring tomorrow; 22 minutes: passes.
        ["v4-h212-kir-pta-romberg-and-vibration-finding"] = new(
            """
            KODIAK ISLAND REHAB — TELEHEALTH ENCOUNTER
            Patient site: Port Lions village clinic · Provider site: KIR, Kodiak
            Connection: satellite, real-time audio and video; consent confirmed on camera.
            Clinician: Elias Shuravloff, PTA (supervising PT: Ingrid Brevik, PT, DPT)

            Service and time: 97112 neuromuscular re-education, 22 minutes.
            Attendance: one-to-one on the link for the whole 97112 time; the health aide guarded at his side.
            History: Mr. Squartsoff, a retired setnetter, wants to carry the star from house to house for Starring tomorrow night. His feet have been numb for years from the diabetes.
            Treatment: feet-together and semi-tandem stance on a folded blanket with eyes closed; stepping over the aide's broom handle to a stick landing; walking the clinic hallway turning his head toward the pictures on each wall.
            Finding: sharpened Romberg lost at 3 seconds; vibration absent at both great toes; he sways and steps as soon as his eyes close — somatosensory loss in both feet.
            Measures: semi-tandem on the blanket with eyes closed 6 seconds; 7 of 10 step-overs stuck.
            Plan: the gravel path with the star pole next visit.
            Elias Shuravloff, PTA
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // SLR video week, Gretchen Wendorf: "Deficit: ataxia of the right arm and leg after the right cerebellar stroke — he overshoots the cup reaching, his right heel wanders off the shin, and his trunk sways in narrow stance"; heel-to-target taps, stepping to a count hands-free, counter tandem; one-on-one with his daughter interpreting in Hmong; taps, tandem seconds and heel-to-shin trials; 23 minutes: passes.
        ["v4-h212-slr-right-limb-ataxia-cerebellar"] = new(
            """
            SHAWANO LAKE REHAB — Hybrid Plan of Care · VIDEO WEEK
            Clinician: Gretchen Wendorf, PT
            Telehealth: synchronous audio-video through the patient portal's video room; consent confirmed; patient at home near Bonduel, therapist in the clinic office.

            97112 neuromuscular re-education — 23 minutes. One-on-one the whole time; his daughter Mai interpreted in Hmong and held the tablet. Slow, controlled heel-to-target taps onto tape squares on the kitchen floor, stepping in place to a count with his hands off the counter, and tandem stance at the counter with eyes open and then closed.

            Deficit: ataxia of the right arm and leg after the right cerebellar stroke — he overshoots the cup when he reaches, his right heel wanders off the shin, and his trunk sways in narrow stance. He wants to walk out to his ice-fishing shanty on the lake.
            Measures: 6 of 10 taps inside the tape square; tandem stance 5 seconds; heel-to-shin right 3 of 5 without drifting off.
            Gretchen Wendorf, PT
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // PingNote NRT, Luis Cantu (PTA) 97116: "Why ⚠️: left knee buckles in midstance from a quad lag after the total knee; 🎯 goal to walk from his truck to the feed-store door without the walker"; cane gait on the loop and gravel with soft-knee cues, curb cut; feet, assistance and buckles counted; 17 min: passes.
        ["v4-h212-nrt-pta-97116-knee-buckles-midstance"] = new(
            """
            PingNote ◆ Quick visit
            Neches River Therapy · Woodville, TX
            By Luis Cantu, PTA (supervising PT: Beau Sheffield, PT, DPT)
            🤖 App summary: Gait training, left knee after replacement.
            — — —
            97116 Gait training ▸ 17 min
            Did: gait training with a single-point cane on the clinic loop and the gravel drive, cueing a soft knee at heel strike and a full push-off; up and down the curb cut.
            Why ⚠️: left knee buckles in midstance from a quad lag after the total knee; 🎯 goal to walk from his truck to the feed-store door without the walker.
            Numbers 📈: 400 ft with the cane, stand-by assist · knee buckled on 2 of 20 counted steps (1 of 20 last visit)
            Next ➡️: the feed-store parking lot
            PingNote key: ⬆️ better than last visit · ⬇️ worse than last visit · ➡️ plan for next visit
            """,
            ["Z96.652", "R26.89"], [PTA("97116", 17)], []),

        // PingNote LSPT, Gretchen Vander Ark: "Why ⚠️: contraversive pushing (pusher behaviour) after the right-hemisphere stroke — he pushes hard toward his weak left side and resists correction"; upright practice to a vertical tape line, reaches to the right, weight shift to the right, sit-to-stand toward the right; "Who: 👤 1:1 — his wife sat in to learn the guarding"; Burke Lateropulsion Scale (no arrow) and a count; 24 min: passes.
        ["v4-h212-lspt-contraversive-pushing"] = new(
            """
            PingNote ◆ Quick visit
            Leelanau Shores Physical Therapy · Suttons Bay, MI
            By Gretchen Vander Ark, PT
            🤖 App summary: Neuromuscular re-ed after stroke, pushing to the left.
            — — —
            97112 Neuromuscular re-ed ▸ 24 min
            Who: 👤 1:1 — his wife sat in to learn the guarding
            Did: sitting and then standing at the mirror with a vertical tape line to find upright, reaching toward the right (stronger) side to targets, weight shifts onto the right leg with the left arm supported, sit-to-stand toward the right.
            Why ⚠️: contraversive pushing (pusher behaviour) after the right-hemisphere stroke — he pushes hard toward his weak left side and resists correction, so he slides off the left edge of the bed.
            Numbers 📈: Burke Lateropulsion Scale 9 (12 last week) · 6 of 10 reaches to the right target without pushing
            Next ➡️: car transfer toward the right
            PingNote key: ⬆️ better than last visit · ⬇️ worse than last visit · ➡️ plan for next visit
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // CBPT, Hollis Pottle: "8) Medical necessity statement: impaired anticipatory postural adjustments — she does not bring her weight forward before reaching overhead and falls back onto her heels — with a delayed backward step"; overhead reaches on foam after a tap, overhead ball catches, step-back to a mark; one-on-one; functional reach, reaches and Berg today; a scallop-shucking shed; 23 minutes: passes.
        ["v4-h212-cbpt-anticipatory-postural-adjustments"] = new(
            """
            COBSCOOK BAY PHYSICAL THERAPY — Pembroke, Maine
            Daily note (MA review format)

            1) Authorization: Downeast Advantage Choice (HMO-POS) · auth DAC-8207 · visits used 3 of 10 · period 12/28/2026 to 02/26/2027
            2) Plan of care summary: falls backward reaching overhead; one fall in November in her son's scallop shed. POC certified 12/21/2026 – 03/15/2027 by Dr. Ames, twice a week. Interventions in the plan: neuromuscular re-education, gait training, therapeutic exercise, HEP. Treating PT: Hollis Pottle, PT.
            3) Subjective: Mrs. Seeley, 81, shucks scallops at her son's shed through the winter season and reaches to the top shelf for the buckets. She has kept to the lower shelf since the fall. No falls since.
            4) Precautions / comorbidities: osteoporosis — gait belt for all standing work. Comorbidities: osteoporosis, hypertension, hypothyroidism.
            5) Treatment (CPT, minutes, attendance):
               • 97112 Neuromuscular re-education — 23 minutes. Attendance: one-on-one, the PT and Mrs. Seeley only. Reaching overhead to a shelf while standing on foam with the feet planted, after a light tap at the sternum or the back; catching and returning a weighted ball overhead; stepping back to a marked spot after a forward reach.
            6) Objective: functional reach 8 inches (5 at evaluation); 7 of 10 overhead reaches without a backward step; Berg 46/56.
            7) Goals:
               STG 1 — functional reach ≥ 10 inches — progressing
               LTG 1 — lift a bucket down from the top shelf without a backward step — progressing
            8) Medical necessity statement: impaired anticipatory postural adjustments — she does not bring her weight forward before reaching overhead and falls back onto her heels — with a delayed backward step. Skilled intervention is required because the reach height, the surface and the tap are graded by the PT from each trial in a patient with osteoporosis.
            9) HEP: overhead reaches at the kitchen counter with her son standing by.
            10) Plan: a bucket from the shelf next visit; re-assess at visit 6.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // HRPT letter, Dustin Brune (PTA): "Why we do this: you told me you want to keep coming twice a week until spring, and practice is what makes the difference!" and nothing else names an impairment, system or goal: deficit missing; "just the two of us … no one else on my schedule", cone step-and-stop, foam tandem with beanbag, pushes; Berg and pushes; 23 minutes.
        ["v4-h212-hrpt-pta-why-only-keep-coming"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mrs. Struckhoff (shared in your MyChart portal)

            It was just the two of us for your 23 minutes of balance retraining today — no one else was on my schedule.

            We practised stepping over the line of cones and stopping still on one foot, standing heel to toe on the foam while you tossed the beanbag from hand to hand, and catching yourself with a quick step when I gave a small push at your shoulder.

            Why we do this: you told me you want to keep coming twice a week until spring, and practice is what makes the difference!

            How you did: Berg balance score 47 out of 56. You caught yourself with one step on 8 of 10 pushes.

            At home: keep up your sheet from last week.

            Dustin Brune, PTA (with Lorna Kemper, PT)
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // CSP, Thaís Albuquerque: "Evaluation: without changes in relation to the previous session." and nothing else names a deficit ("referred nothing new"): deficit missing; foam-beam tandem with head turns, rocker catches, BOSU step-ups with holds; one-on-one; Berg and beam steps; 23 min.
        ["v4-h212-csp-evaluation-without-changes"] = new(
            """
            CONCORD STREET PHYSIOTHERAPY — Framingham, MA
            Evolution note
            Physiotherapist: Thaís Albuquerque, PT

            Complaint: Patient came for the session, referred nothing new, came by bus with the neighbor.
            Conduct:
            97112 Neuromuscular re-education — 23 min
            - Tandem walking on the foam beam with head turns
            - Rocker board front to back with ball catches
            - Step-ups onto the BOSU with stabilization of 5 seconds
            Attendance: one-on-one, the physiotherapist only with this patient in the room.
            Evaluation: without changes in relation to the previous session.
            Berg 48/56; tandem on the foam beam 9 steps without stepping off.
            Evolution: Patient evolves well, continues the plan.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // TapTrack MBR, Wes Okerlund (PTA): "⚠️ Impairment: —" and nothing else names a deficit (the auto-summary only "Neuromuscular re-ed"): deficit missing; "1:1 ● ON", rocker, foam head turns, tandem perturbations; Berg and SLS present; ⏱ 00:22:12.
        ["v4-h212-mbr-pta-impairment-dash"] = new(
            """
            TapTrack Rehab ▸ Visit note
            🏥 Medicine Bow Rehab · Saratoga, WY
            👤 Wes Okerlund, PTA (supervising PT: Tova Halvorsrud, PT)
            ▍97112 Neuromuscular re-ed   ⏱ 00:22:12
            1:1 ● ON · Concurrent ○ OFF · Group ○ OFF
            Chips: [Rocker board] [Foam] [Perturbation] [Head turns]
            ⚠️ Impairment: —
            📈 Measures: Berg 49/56 · single-leg stance on foam 11 s
            ✍️ Typed: rocker board front to back, foam stance with head turns, perturbations at the shoulders in tandem stance. Back after the holidays with elk-camp stories.
            Auto-summary: Neuromuscular re-ed.
            TapTrack key: ● ON = selected · ○ OFF = not selected · [chip] = swiped in today · ⏱ = the code's timed minutes
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // WBR, Min-jun Choi (PTA) 97116: walker gait in the hallway and the parking lot with cone turns and a cue to stay close to the walker, "4. Assessment — Same as before, no change." and no body region, impairment or goal anywhere: deficit missing on the 97116; feet and assistance present; 16min.
        ["v4-h212-wbr-pta-97116-same-as-before"] = new(
            """
            WILSHIRE BALANCE & REHAB — Los Angeles, CA (Koreatown)
            Daily Note
            Therapist: Min-jun Choi, PTA (supervising PT: Ji-hye Park, PT, DPT)

            1. Subjective
            Patient said he walk to the Korean market with son on Sunday. Son come with him today.
            2. Treatment
            - 97116 Gait : 16min
              Gait training with four-wheel walker in hallway and outside to parking lot, turning around the cones, cue to stay close to the walker.
            3. 1:1
            Yes.
            4. Assessment
            Same as before, no change.
            250 ft x 2 with four-wheel walker and stand-by assist.
            5. Plan
            Continue.
            """,
            ["R26.89"], [PTA("97116", 16)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // HRPT letter, Lorna Kemper: "timed up-and-go 11.6 seconds (it was 17.2 in November)" and tugs caught as a count; big steps to floor marks, step-around turns, backward catch steps to a tug; Parkinson's small steps and slow reactions; "I worked with you alone for the whole 22 minutes of your balance retraining; your son waited in the truck": passes.
        ["v5-h212-hrpt-tug-against-november"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mr. Gerling (shared in your MyChart portal)

            I worked with you alone for the whole 22 minutes of your balance retraining; your son waited in the truck.

            We practised big steps forward, sideways and back to the marks on the floor, turning around the cone with small stepping turns instead of a pivot, and catching yourself with a step backward when I gave a gentle tug at your belt.

            Why we do this: the Parkinson's makes your steps small and your balance reactions slow, so you nearly went over backward on the wet cellar stairs at the winery last week.

            How you did: timed up-and-go 11.6 seconds (it was 17.2 in November). You caught yourself with one backward step on 7 of 10 tugs.

            At home: big steps along the hallway, 4 lengths, morning and evening.

            Lorna Kemper, PT
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // GWR letter, Benita Chávez 97116: "You walked 400 feet with the cane and I only stood by", both curbs with a steadying hand; cane walking on the hallway and the Bullard Street sidewalk with a longer left step and heel landing, curbs cane first; L leg weakness and a short step after a stroke; "Gait training today: 16 minutes." matches: passes.
        ["v5-h212-gwr-97116-four-hundred-feet-stood-by"] = new(
            """
            Gila Wilderness Rehab · Silver City, New Mexico
            Visit note — you can read this in your portal

            Today — We walked together with your new single-point cane down the hallway, out the side door and along the sidewalk to the corner of Bullard Street and back, practising a longer step with your left leg and landing on your heel. We finished with the curbs at the corner, cane down first.

            Why — Since the stroke, your left leg is weak and your left step is short, so you drag your toe on the uneven sidewalks downtown.

            Your progress — You walked 400 feet with the cane and I only stood by, with no toe drags on the way back. Both curbs with me just steadying you at the elbow.

            At home — Walk the hallway with the cane three times a day.

            Gait training today: 16 minutes.

            Benita Chávez, PT, DPT
            """,
            ["I69.354", "R26.89"], [PT("97116", 16)], []),

        // INPB, Dr. Lakshmi Narayanan 97110: sets, repetitions, holds, kilograms and a step height (static quads, SLR with 1 kg, TKE with band, step-ups on 15 cm, mini squats); L quadriceps weakness with an extension lag after TKR; five-times sit to stand; "Time: 97110 – 17 mins": passes.
        ["v5-h212-inpb-97110-sets-reps-kilograms"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Dr. Lakshmi Narayanan, PT

            C/O: Pt c/o difficulty getting up from the floor after prayers and climbing the temple steps since the Lt knee replacement in the autumn.
            O/E: Lt quadriceps weakness with extension lag 10 degrees; knee flexion 105 degrees.
            Rx given:
            - Therapeutic exercise: static quads with towel roll, 10 holds of 10 secs; straight leg raise with 1 kg ankle weight 3 x 10; terminal knee extension with red band 3 x 15; step-ups on 15 cm step 3 x 10; mini squats at the bar 3 x 12
            Mode: one-to-one.
            Time: 97110 – 17 mins
            Outcome measure: 5 times sit to stand 16 secs.
            Advice: Step-ups at home at the bottom stair.
            """,
            ["Z96.652"], [PT("97110", 17)], []),

        // StepLog WLBM, Marisa Quattlebaum: the four mCTSIB conditions in seconds with the foam eyes-closed against last time; foam head turns, hall head turns, VOR x1 on foam (tandem beam ❌); "👤 1:1 ✅ — just her and me; her sister waited in the lobby with the coats"; L vestibular hypofunction; ⏱ 23 min: passes.
        ["v5-h212-wlbm-mctsib-four-conditions"] = new(
            """
            📱 StepLog — session card
            Waccamaw Lake Balance & Motion · Lake Waccamaw, NC
            ✍️ Marisa Quattlebaum, PT, NCS
            Key: ✅ yes / done · ❌ no / not done · ⬆️ up since last time
            ━━━━━━━━━━━━
            🧠 97112 Neuromuscular re-ed · ⏱ 23 min
            👤 1:1 ✅ — just her and me; her sister waited in the lobby with the coats
            🔁 Did: foam stance with eyes closed and slow head turns ✅ · walking the hall with head turns to letters on the wall ✅ · VOR x1 standing on foam ✅ · tandem on the foam beam ❌ (next time)
            ⚠️ Problem: left vestibular hypofunction with sway on the foam once her eyes close; she weaves on the lake boardwalk when she looks out toward the water.
            📈 Numbers: mCTSIB firm eyes open 30 s · firm eyes closed 30 s · foam eyes open 30 s · foam eyes closed 12 s ⬆️ (7 s last time)
            ➡️ Next: boardwalk-rail mock-up
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // BCT, Wes Kuska 97140: "fingertip-to-floor 14 inches before, 9 inches after" with lumbar flexion degrees; central PAs, side-lying rotation and paraspinal soft tissue; lumbar segmental hypomobility with guarding; dotted line 13 min matches: passes.
        ["v5-h212-bct-97140-fingertip-to-floor"] = new(
            """
            BORDEAUX CREEK THERAPY — Chadron, Nebraska
            ┌ CONCURRENT REVIEW SUMMARY ─────────────────────────
            │ Plan: Panhandle Prime Advantage (HMO) · auth PPA-27-0047
            │ Visits: 4 used of 10 approved (12/21/2026 – 02/19/2027)
            │ Goal status: 3 progressing
            │ Next authorization request: not yet
            └─────────────────────────────────────────────────────
            DAILY NOTE · Wes Kuska, PT · 01/06/2027

            Subjective: Mr. Dvorak, 70, feeds hay to his cows on the place north of town every morning. Bending to cut the twine on the big bales, his low back "locks up" and he has to walk it off against the pickup. Morning stiffness is shorter than last week.

            Plan of care: evaluation 12/16/2026; certified through 03/10/2027 by Dr. Lowry, twice a week: manual therapy, therapeutic exercise, home programme.

            Precautions: osteopenia — no grade V thrust. Comorbidities: hypertension, osteopenia, right hearing loss.

            Service · Time
            97140 manual therapy ........ 13 min
            One-on-one: Yes ☒ No ☐

            What was done: central posteroanterior mobilizations L3 to L5, grade III; side-lying lumbar rotation mobilization to the right, grade III; soft-tissue mobilization to the lumbar paraspinals and quadratus lumborum.

            Objective: fingertip-to-floor 14 inches before, 9 inches after; lumbar flexion 45 degrees before, 60 degrees after.

            Assessment: lumbar segmental hypomobility with paraspinal guarding and limited flexion; improving. Skilled because the grade and the direction are chosen from the end-feel and his response at each level.

            Goals: bend to cut bale twine without the back locking (progressing).

            Plan: add the hip-hinge practice with the twine knife.
            """,
            ["M54.50", "M62.830"], [PT("97140", 13)], []),

        // TheraTiles CRNPT, Consuelo Sisneros (OT) 97530: counts and assistance ("4 plates carried with stand-by assist · 6 bowls down from the shelf with contact guard · 3 tasks in a row standing"); ladling at the counter, plates on the walker tray, shelf reaches; L hip weakness and short standing tolerance after a hip fracture with a posole goal; ⏱ 00:20:14: passes.
        ["v5-h212-crnpt-ot-97530-plates-and-bowls-counted"] = new(
            """
            ▦ TheraTiles · Session
            Culebra Range Neuro PT — Fort Garland, CO
            Therapist: Consuelo Sisneros, OTR/L
            ▦ Code: 97530 Therapeutic activities · ⏱ 00:20:14
            ▦ Activities: ✅ standing at the counter to stir and ladle from the big pot · ✅ carrying plates to the table on the walker tray · ✅ reaching to the second shelf for bowls with one hand on the counter
            ▦ Progress: 4 plates carried with stand-by assist · 6 bowls down from the shelf with contact guard · 3 tasks in a row standing without a seated rest
            ▦ Impairment: left hip weakness and short standing tolerance after the hip fracture; 🎯 goal to cook the family's Día de Reyes posole.
            ▦ Mood 🙂
            Tiles key: ● selected · ○ not selected · ✅ done today · ❌ not done today · ▓ done ░ not done · ★ effort as the therapist rated it
            """,
            ["S72.002D"], [OT("97530", 20)], []),

        // KPT letter, Jace Moody (PTA): "Your progress: steadier on the foam than last time — we'll measure it again soon." and no number but the code's minutes: measure missing; one-on-one, foam eyes closed with nudges, step-and-freeze, head-turn tandem; R ankle slow after a fall on the smokehouse path.
        ["v5-h212-kpt-pta-steadier-measure-again-soon"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Mrs. Oskolkoff,

            It was just you and me for your balance work — no other patient with us.

            Today you stood on the foam with your eyes closed while I gave little nudges at your hips, stepped forward onto the foam and froze there, and walked heel to toe along the tape turning your head toward the windows.

            Here's why: since your fall on the icy smokehouse path in November, your right ankle reacts late and doesn't sense the slope under your boot.

            Your progress: steadier on the foam than last time — we'll measure it again soon.

            Jace Moody, PTA (supervising PT: Tove Karlsen, PT, DPT)

            Insurance summary: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // LHPW review note, Chiamaka Obi (PTA) 97110: quadriceps setting, SLR, bridging, sit to stand, step-ups and calf raises named with no sets, repetitions, load or hold ("Outcome: Pt did all the exercises."): measure missing on the 97110; R quad and hip extensor weakness after TKR; "Duration: 97110 — 16 mins".
        ["v5-h212-lhpw-pta-97110-no-dose"] = new(
            """
            LANDOVER HILLS PHYSIOTHERAPY & WELLNESS — Landover Hills, MD
            REVIEW NOTE
            Physiotherapist: Chiamaka Obi, PTA (supervising: Oluwaseun Adebayo, PT)

            Pt was reviewed today. Pt came with her daughter.
            Complaint: Pt complained that her right knee is weak and she finds it hard to rise from the pew at church.
            On assessment: Right quadriceps and hip extensor weakness after right total knee replacement.
            Treatment: Therapeutic exercise — quadriceps setting, straight leg raise, bridging, sit to stand from the chair, step-ups on the stair, calf raises.
            Duration: 97110 — 16 mins
            Outcome: Pt did all the exercises.
            Plan: To continue.
            """,
            ["Z96.651", "M62.81"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // TapTrack MBR, Tova Halvorsrud: "📈 Measures: — (skipped, ran long)" and no number but the code's timer: measure missing; "1:1 ● ON", gaze stabilisation to a card, foam head turns, hall head turns; R vestibular hypofunction; ⏱ 00:23:08.
        ["v5-h212-mbr-measures-skipped-ran-long"] = new(
            """
            TapTrack Rehab ▸ Visit note
            🏥 Medicine Bow Rehab · Saratoga, WY
            👤 Tova Halvorsrud, PT
            ▍97112 Neuromuscular re-ed   ⏱ 00:23:08
            1:1 ● ON · Concurrent ○ OFF · Group ○ OFF
            Chips: [Gaze stabilization] [Foam] [Head turns]
            ⚠️ Impairment: right vestibular hypofunction after the neuritis — the horses "slide" when he turns his head at the feed bunk
            📈 Measures: — (skipped, ran long)
            ✍️ Typed: gaze stabilization with the eyes on a card held at arm's length while the head turns, sitting then standing; foam stance with head turns; walking the hall with head turns toward called pictures.
            Auto-summary: Neuromuscular re-ed, vestibular.
            TapTrack key: ● ON = selected · ○ OFF = not selected · [chip] = swiped in today · ⏱ = the code's timed minutes
            """,
            ["H81.21"], [PT("97112", 23)], [At(Measure, "97112")]),

        // FRT in clinic, Shayla Torgerson (PTA) 97116: walker gait in the hallway and across the snow-packed lot with heel-strike and trunk cues and cone turns, R ankle weakness and a short step after a tibial plateau fracture with a hay-barn goal, and no distance, assistance level or other number: measure missing on the 97116; 18 min.
        ["v5-h212-frt-pta-97116-no-distance-or-assist"] = new(
            """
            FREMONT RIVER THERAPY — Loa, Utah
            Daily Treatment Note (in clinic, PTA on site)
            Treating clinician: Shayla Torgerson, PTA
            Supervision: Heber Lyman, PT, supervising by real-time video from the Richfield clinic.

            Patient: Mr. Taft wants to walk out to check the hay barn on his own once the snow settles.
            Interventions (CPT) — minutes:
              Gait training (97116) — 18 min
            Treatment: gait training with the front-wheeled walker in the clinic hallway and out across the snow-packed parking lot, cues for heel strike on the right and an upright trunk; turns around the cones.
            Impairment: right ankle weakness and a short right step after the tibial plateau fracture; goal to walk to the hay barn.
            Plan: try the quad cane next visit.
            Shayla Torgerson, PTA
            """,
            ["S82.141D"], [PTA("97116", 18)], [At(Measure, "97116")]),

        // SVR long note, Bev Lusk (PTA): "Objective today: not re-tested; the Berg and the foam stance times are due at the visit-10 re-assessment", goal lines in words, and no number taken today (only the plan's reference, visit counts, dates and the code's minutes): measure missing; one-on-one, foam eyes closed, foam-beam tandem, dim-light rope step-overs, neuropathic somatosensory loss present; Theophany service; 22 min.
        ["v5-h212-svr-pta-not-retested-due-at-visit-ten"] = new(
            """
            STEPTOE VALLEY REHAB · Ely, Nevada
            Daily Note — extended for utilization review
            Plan: Great Basin Senior Advantage PPO (UR: Sagebrush Health Management) · Ref. GB-1108-26 · visit 8 of 12 approved
            Clinician: Bev Lusk, PTA (supervising PT: Marisol Arrate, PT, DPT) · Date of service 01/06/2027

            Interval history: Mr. Kalafatis, 77, ran a hoist at the copper pit for thirty years and walks to the Greek church in McGill. He says the gravel of the church lot "moves under him" after dark; he held his son's arm going out of the Theophany service this morning. No falls.

            Plan of care: certified 11/30/2026 to 02/22/2027, two visits a week: neuromuscular re-education, gait training, therapeutic exercise, home programme.

            Precautions: check both feet for sores (intact today). Comorbidities: type 2 diabetes with neuropathy, hypertension, chronic obstructive pulmonary disease.

            Today — services and time: Neuromuscular re-education (97112), 22 min.
            Attendance: one-on-one; he was my only patient for the whole neuromuscular re-education.

            What was done and why: standing on foam with feet together and eyes closed, to make him use what his feet and inner ears report; tandem walking on a foam beam with the room lights lowered; stepping over a rope to a stick landing in the dimmed gym, as in the church lot after dark.

            Response: swayed most in the dimmed room; no loss of balance.

            Objective today: not re-tested; the Berg and the foam stance times are due at the visit-10 re-assessment.

            Goal progress:
            LTG 1 — walk the church lot after dark without holding an arm · baseline unable · today holds his son's arm · progressing
            LTG 2 — independent with the home programme · met

            Justification for continued skilled care: reduced somatosensation in both feet from the diabetic neuropathy, with sway and stepping in low light. The surface and the lighting are graded by the clinician from his sway on each trial.

            Home exercise program: feet-together stance at the counter with a night light on; walking the hallway at dusk with his son.

            Plan: re-assessment with the supervising PT at visit 10.
            """,
            ["E11.42"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, truly missing separate time

        // SRS, Marivic Dimaculangan: two code lines "CPT 97112 NMR - 23 mins" and "CPT 97110 TE - 14 mins", both matching; "[x] 1:1"; foam SLS with ball toss, step-downs to a stick, rocker perturbations; sit to stand, hip abduction, bridging, heel raises with doses; L knee proprioception and quad and abductor weakness after TKR; SLS and step-downs: passes.
        ["v6-h212-srs-two-code-lines"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Marivic Dimaculangan, PT

            S: Pt verbalized her knee "buckles" going down the steep driveway to get the mail, and she is scared when it rains.
            O:
            CPT 97112 NMR - 23 mins
            CPT 97110 TE - 14 mins
            Mode of tx: [x] 1:1  [ ] concurrent  [ ] group
            Tx done (NMR): single leg stance on the foam with ball toss, step-downs from a 4 inch step with stick landing, rocker board with perturbations.
            Tx done (TE): sit to stand 3 x 10, side-lying hip abduction with 2 lb 3 x 12, bridging 3 x 12, heel raises 3 x 15.
            Pt response: pt was able to land softer on the step-downs already.
            A: Decreased Lt knee proprioception with buckling on step-downs, and Lt quads and hip abductor weakness s/p Lt TKR.
            SLS Lt on foam 6 secs; 7 of 10 step-downs without buckling.
            P: Add downhill ramp walking.
            """,
            ["Z96.652"], [PT("97112", 23), PT("97110", 14)], []),

        // PFR, Guadalupe Orozco Medina: "Time: 97112 = 24 min, 97116 = 16 min", both matching; "✔ individual (one to one)"; stepping-strategy perturbations, foam SLS catches, obstacle walking with stops; cane gait with heel-strike and step-length indications and turns; R ankle proprioception and delayed stepping after a malleolus fracture; SLS, perturbations and feet with supervision: passes.
        ["v6-h212-pfr-two-codes-equals-signs"] = new(
            """
            PILSEN FAMILY REHAB — Chicago, IL
            Session note
            Physical therapist: Guadalupe Orozco Medina, PT

            Subjective: The patient refers that he slipped on the ice at the bus stop on 18th Street before Christmas and now he walks with fear; his wife accompanies him.
            Treatment realized:
            Neuromuscular re-education (97112): stepping strategy training with perturbations at the pelvis in forward and backward direction, single leg stance on the foam with ball catches, walking over obstacles with sudden stops on command.
            Gait training (97116): walking with the cane in the hallway and on the ramp, indications for the heel strike on the right and a longer left step, turns of 180 degrees.
            Modality of attention: ✔ individual (one to one) ☐ group
            Observations: Delayed stepping reaction and reduced proprioception of the right ankle after the fracture of the malleolus, with a short left step. Single leg stance right 5 seconds on the foam; 6 of 10 perturbations recovered with one step. Walked 300 feet with the cane and supervision.
            Time: 97112 = 24 min, 97116 = 16 min
            """,
            ["S82.51XD"], [PT("97112", 24), PT("97116", 16)], []),

        // WBR, a PT's and an OT's lines on one note ("- 97112 NMR : 23min (Ji-hye Park, PT)", "- 97530 Ther Act : 15min (Soo-ah Lim, OT)"), both matching; "Yes, only therapist and patient each time"; tapping, step-stance push-off, reaching on foam; rice-cake cutting, pot carries, upper-cabinet reaches; L hemiparesis; Berg, carries and bowls with assistance: passes.
        ["v6-h212-wbr-pt-and-ot-lines"] = new(
            """
            WILSHIRE BALANCE & REHAB — Los Angeles, CA (Koreatown)
            Daily Note
            Therapist: Ji-hye Park, PT, DPT / Soo-ah Lim, OTR/L

            1. Subjective
            Patient said she want to make tteokguk for her grandson again, the New Year soup. Husband come with her.
            2. Treatment
            - 97112 NMR : 23min (Ji-hye Park, PT)
              Weight shift to left with tapping on left gluteus medius, step-stance with left leg behind and push-off, reaching across body standing on foam.
            - 97530 Ther Act : 15min (Soo-ah Lim, OT)
              Standing at kitchen counter cutting rice cake with left hand stabilizing, carrying pot from sink to stove, reaching to upper cabinet for bowls.
            3. 1:1
            Yes, only therapist and patient each time, husband sit in waiting room.
            4. Assessment
            Left hemiparesis after stroke, late left hip muscle activation and left arm weak, standing long time is hard for her.
            Berg 45/56. Pot carry 3 times with stand-by assist; 6 bowls from upper cabinet with contact guard.
            5. Plan
            Next time cooking whole soup.
            """,
            ["I69.354"], [PT("97112", 23), OT("97530", 15)], []),

        // CBPT, Hollis Pottle: a clock range with its minutes on each code's bullet ("97112 … — 9:02 to 9:25, 23 minutes", "97110 … — 9:25 to 9:39, 14 minutes"), both matching; one-on-one; foam SLS perturbations, bolster step-overs, beam tandem; hip abduction, bridges, step-ups, hip extension with doses; R hip proprioception and abductor weakness after THA; SLS, landings and Berg: passes.
        ["v6-h212-cbpt-clock-ranges-two-codes"] = new(
            """
            COBSCOOK BAY PHYSICAL THERAPY — Pembroke, Maine
            Daily note (MA review format)

            1) Authorization: Downeast Advantage Choice (HMO-POS) · auth DAC-8150 · visits used 8 of 12 · period 12/07/2026 to 02/05/2027
            2) Plan of care summary: right total hip arthroplasty 10/14/2026; unsteady on the Reversing Falls trail and on the woodpile. POC certified 11/02/2026 – 01/25/2027 by Dr. Ames, twice a week. Interventions in the plan: neuromuscular re-education, therapeutic exercise, gait training, HEP. Treating PT: Hollis Pottle, PT.
            3) Subjective: Mr. Pike, 72, cuts and stacks the firewood for the church hall. He walked the Reversing Falls trail with poles on Saturday and felt the right hip "give" once on the roots. No falls.
            4) Precautions / comorbidities: hip precautions lifted at the surgeon's last visit. Comorbidities: hypertension, benign prostatic hypertrophy.
            5) Treatment (CPT, minutes, attendance):
               • 97112 Neuromuscular re-education — 9:02 to 9:25, 23 minutes. Attendance: one-on-one, the PT and Mr. Pike only. Single-leg stance on the right on foam with perturbations at the pelvis; stepping over a log-sized bolster to a stick landing on the right; tandem walking on the foam beam with head turns.
               • 97110 Therapeutic exercise — 9:25 to 9:39, 14 minutes. Side-lying hip abduction with a 3-lb cuff 3 x 12; bridges with a band 3 x 12; step-ups onto an 8-inch step 3 x 10; standing hip extension with the blue band 2 x 15.
            6) Objective: single-leg stance on the right on foam 9 seconds (left 15); 8 of 10 bolster landings stuck; Berg 50/56.
            7) Goals:
               STG 1 — single-leg stance on the right on foam ≥ 12 seconds — progressing
               LTG 1 — the Reversing Falls trail without a hip "give" — progressing
            8) Medical necessity statement: reduced right hip proprioception and a delayed gluteus medius response on single-leg loading, with hip abductor weakness, after the arthroplasty. Skilled intervention is required because the perturbations and the landing heights are graded from each trial and the strengthening is dosed to the healing hip.
            9) HEP: single-leg stance at the counter; side-lying abduction 2 x 12; bridges.
            10) Plan: uneven-ground walking with a log carry; re-assess at visit 10.
            """,
            ["Z96.641"], [PT("97112", 23), PT("97110", 14)], []),

        // BCT, Wes Kuska: two dotted leaders ("97112 neuromuscular re-education ........ 23 min", "97116 gait training ........ 15 min"), both matching; "Yes ☒"; tapping, gate-rail step-overs, tandem head turns; quad-cane gait on gravel and grass; R hemiparesis with delayed hip activation and a short L step; Berg, step-overs and feet with contact guard: passes.
        ["v6-h212-bct-two-dotted-leaders"] = new(
            """
            BORDEAUX CREEK THERAPY — Chadron, Nebraska
            ┌ CONCURRENT REVIEW SUMMARY ─────────────────────────
            │ Plan: Panhandle Prime Advantage (HMO) · auth PPA-27-0032
            │ Visits: 6 used of 12 approved (12/07/2026 – 02/26/2027)
            │ Goal status: 1 met, 2 progressing
            │ Next authorization request: at the re-assessment
            └─────────────────────────────────────────────────────
            DAILY NOTE · Wes Kuska, PT · 01/06/2027

            Subjective: Mrs. Vogler, 67, works the gates at the sale barn on sale days. Left-hemisphere stroke in September. She says she tips to the right stepping over the alley gate rails and her right foot "slaps" on the gravel lot. No falls; her husband drove her.

            Plan of care: evaluation 10/28/2026; certified through 01/20/2027 by Dr. Lowry, twice a week: neuromuscular re-education, gait training, therapeutic exercise, home programme.

            Precautions: gait belt; on clopidogrel. Comorbidities: hypertension, type 2 diabetes (diet), hypothyroidism.

            Service · Time
            97112 neuromuscular re-education ........ 23 min
            97116 gait training ........ 15 min
            One-on-one: Yes ☒ No ☐

            What was done: NMR — weight shifts onto the right leg with tapping over the right gluteus medius; stepping over a 10-inch gate-rail mock-up leading with the right and holding the landing; tandem stance with head turns. Gait — walking with the quad cane across the gravel lot and the grass strip, cues for right heel strike and a longer left step.

            Objective: Berg 44/56; 7 of 10 rail step-overs without a touch-down; 280 feet on gravel and grass with the quad cane, contact guard.

            Assessment: right hemiparesis with delayed right hip activation and poor right stance control after the stroke, and a short left step. Skilled because the tapping, the rail height and the surface are chosen from each trial.

            Goals: over the alley gate rail without a touch-down (progressing); the sale-barn lot with the quad cane, stand-by (progressing).

            Plan: a real gate at the county fairgrounds barn next visit.
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], []),

        // THPT clinic week, Bethany Zehr: military clock ranges with their minutes on each code's line ("NMR (97112) 0832–0855 = 23'", "MT (97140) 0855–0906 = 11'"), both matching; 1:1 with the wife in the waiting room; BAPS, foam SLS head turns, lateral hops; talocrural and subtalar glides, calf STM; R ankle proprioception and dorsiflexion after ORIF; SLS, hops and knee-to-wall: passes.
        ["v6-h212-thpt-clock-ranges-nmr-and-manual"] = new(
            """
            TUG HILL PT — Lowville NY — DAILY NOTE
            Visit: CLINIC (hybrid plan clinic wk). Pt drove in from Glenfield.
            S: Logger; R ankle ORIF in Sept; rolls it on frozen skid trails. Wife came.
            O: NMR (97112) 0832–0855 = 23'
               1:1 w/ PT entire NMR; wife in waiting rm.
               BAPS lvl 3→4; SLS R on foam w/ head turns; lateral hops onto foam to stick.
               MT (97140) 0855–0906 = 11'
               Talocrural post glides gr III–IV; subtalar lat glides; STM gastroc-soleus.
            A: ↓ R ankle proprioception + late peroneal response; ↓ DF after ORIF.
               SLS R foam 8 sec (L 25); 6/10 hops stuck; DF knee-to-wall R 6 cm → 9 cm.
            P: uneven ground + log step-overs next.
            B. Zehr, PT
            """,
            ["S82.851D"], [PT("97112", 23), PT("97140", 11)], []),

        // TheraTiles CRNPT, Fidel Atencio (PTA): two tile timers "⏱ 00:22:06" (97112) and "⏱ 00:14:09" (97116) on lines of 22 and 14; "● 1:1"; pushes, foam head turns, hose step-overs; cane gait on the gravel drive and church ramp, cone turns; R knee proprioception and slow stepping after TKA; Berg, pushes and feet: passes.
        ["v6-h212-crnpt-pta-two-tile-timers"] = new(
            """
            ▦ TheraTiles · Session
            Culebra Range Neuro PT — Fort Garland, CO
            Therapist: Fidel Atencio, PTA (supervising PT: Adelita Quintana, PT, NCS)
            ▦ Attendance: ● 1:1 ○ Concurrent ○ Group
            ▦ 97112 Neuromuscular re-education · ⏱ 00:22:06
               ✅ stepping reactions to pushes at the pelvis · ✅ foam stance with head turns · ✅ stepping over the garden hose to a stick landing
               Progress: Berg 46/56 · 7 of 10 pushes recovered in one step
            ▦ 97116 Gait training · ⏱ 00:14:09
               ✅ cane gait on the gravel drive and the church ramp with a longer left step · ✅ turns around the cones
               Progress: 350 ft with the cane, stand-by assist
            ▦ Impairment: right knee proprioception and slow stepping reactions after the total knee, with a short stance on the right; she walks the church ramp for the procession.
            ▦ Effort ★★★★★ · Mood 🙂
            Tiles key: ● selected · ○ not selected · ✅ done today · ❌ not done today · ▓ done ░ not done · ★ effort as the therapist rated it
            """,
            ["Z96.651"], [PTA("97112", 22), PTA("97116", 14)], []),

        // KPT letter, a PT's and an OT's codes in one insurance summary ("Neuromuscular re-education (97112), 23 minutes, Tove Karlsen, PT; therapeutic activities (97530), 18 minutes, Rhea Nilsen, OTR/L"), both matching; "it was just the two of us" for the balance work; foam pushes, side step-ons, tape tandem; bucket carries, parka hook, boots; R side after a stroke; seconds, pushes, carries and hangs: passes.
        ["v6-h212-kpt-pt-and-ot-in-the-insurance-summary"] = new(
            """
            Kenai Peninsula Therapy · Soldotna, Alaska
            Your visit in plain words (shared with you in the portal)

            Dear Mr. Evanoff,

            You saw both of us today.

            With Tove (balance): it was just the two of us. You stood on the foam with your feet together while Tove gave small pushes at your shoulders, stepped sideways onto the foam and held still, and walked heel to toe on the tape line with your eyes on the far wall. Since the stroke, your right leg is slow to catch you and your right foot doesn't feel the ground well. You held the feet-together stance on the foam for 14 seconds (last week 8) and caught yourself with one step on 6 of 10 pushes.

            With Rhea (everyday tasks): you carried a bucket of water from the sink to the door, hung your parka on the high hook, and pulled your boots on sitting on the bench. Your right arm is weak and slow since the stroke, and your goal is to haul water and split kindling again. You carried the bucket 5 times with Rhea standing by and hung the parka 4 of 4 times.

            Tove Karlsen, PT, DPT · Rhea Nilsen, OTR/L

            Insurance summary: Neuromuscular re-education (97112), 23 minutes, Tove Karlsen, PT; therapeutic activities (97530), 18 minutes, Rhea Nilsen, OTR/L.
            """,
            ["I69.351"], [PT("97112", 23), OT("97530", 18)], []),

        // TapTrack WAPSI, Lena Sobotka: the timer struck and replaced "⏱ ~~00:33:12~~ 23 min (edited by LS: timer left running while she changed shoes)" on a 23-minute line: the edit stands — matches; "1:1 ● ON"; foam SLS perturbations, step-and-stick, foam eyes closed; L knee proprioception after TKA; SLS and landings: passes.
        ["v6-h212-wapsi-timer-struck-and-replaced-matching"] = new(
            """
            TapTrack Rehab ▸ Visit note
            🏥 Wapsipinicon River PT · Anamosa, IA
            👤 Lena Sobotka, PT, DPT
            ▍97112 Neuromuscular re-ed   ⏱ ~~00:33:12~~ 23 min (edited by LS: timer left running while she changed shoes)
            1:1 ● ON · Concurrent ○ OFF · Group ○ OFF
            Chips: [Perturbation] [Foam] [Step-and-stick] [Eyes closed]
            ⚠️ Impairment: left knee proprioception and a slow quadriceps response on landing after the total knee; the knee buckles stepping down off the hay wagon
            📈 Measures: single-leg stance left on foam 7 s · 8 of 10 step-and-sticks without a buckle
            ✍️ Typed: single-leg stance on foam with perturbations at the pelvis, step-and-stick off a 6-inch step, foam stance with eyes closed.
            Auto-summary: Neuromuscular re-ed, left knee.
            TapTrack key: ● ON = selected · ○ OFF = not selected · [chip] = swiped in today · ⏱ = the code's timed minutes
            """,
            ["Z96.652"], [PT("97112", 23)], []),

        // LVR letter, Hazel Prescott: "— 97110 Therapeutic exercise · 26 minutes" on a 14-minute 97110 line, with "— 97112 … · 22 minutes · one-on-one: yes" matching: time mismatch on the 97110; both parts complete (foam nudges, hurdle stops, tandem head turns; kettlebell sit-to-stands, step-ups, heel raises with doses; late ankle reactions and leg weakness after a fall; seconds and counts).
        ["v6-h212-lvr-97110-twenty-six-on-fourteen"] = new(
            """
            Lamoille Valley Rehab · Morrisville, Vermont
            Your visit note — shared with you in the patient portal

            Hi Gerald,

            What you worked on: for balance, standing on the foam with your feet together while I nudged your hips, stepping over the low hurdles and stopping on one leg, and turning your head side to side while you stood heel to toe. For strength, sit-to-stands from the low chair holding the 10-pound kettlebell, 3 sets of 10; step-ups onto the 6-inch step, 3 sets of 10 each leg; and heel raises, 3 sets of 15.

            Why: since your fall on the icy barn ramp in November, your ankles react late when you start to tip, and your thigh and calf muscles are weak, so the ramp and the snowbanks along the barnyard are risky.

            What we measured: feet together on the foam, 16 seconds (last visit 9); 8 of 10 hurdle stops held on one leg.

            Hazel Prescott, PT

            For your insurer:
            — 97112 Neuromuscular re-education · 22 minutes · one-on-one: yes
            — 97110 Therapeutic exercise · 26 minutes · one-on-one: —
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 14)], [At(Mismatch, "97110")]),

        // HFPT video, Annelise Truscott: "97112 Neuromuscular re-education — 34 min" on a 22-minute line: time mismatch; otherwise complete (only patient in her care, wife guarding; cushion SLS reaches, stair step-and-stick, hallway tandem head turns; L ankle proprioception after a sprain; SLS and landings).
        ["v6-h212-hfpt-thirty-four-written-twenty-two-billed"] = new(
            """
            HENRYS FORK PHYSICAL THERAPY — Ashton, Idaho
            ClearVisit telehealth encounter · Clinician: Annelise Truscott, PT, DPT

            This service was delivered via real-time audio-video telecommunication. The patient gave verbal consent to receive care by telehealth and was told he may decline or stop at any time. Patient location: home, Drummond, ID. Provider location: HFPT clinic, Ashton, ID.
            Others on the call: wife (Jeanette), guarding.

            Subjective: Mr. Baum sorts seed potatoes in the cellar and rolled his left ankle on the conveyor step in November; it still turns on the frozen ruts by the cellar door.

            Treatment:
            97112 Neuromuscular re-education — 34 min
            One-on-one: he was my only patient for the whole 97112; his wife guarded from his left side.
            - NMR: single-leg stance on a couch cushion reaching to cups on the counter, step-and-stick off the bottom stair leading with the left, tandem walking along the hallway with head turns

            Assessment: left ankle proprioceptive deficit with a late peroneal response after the sprain.
            Objective: single-leg stance left 8 seconds on the cushion; 7 of 10 landings stuck.
            Plan: the cellar-door ruts with his boots on, next video visit.

            Annelise Truscott, PT, DPT — e-signed
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // StepLog SLT, Joanna Bohanan: a start and stop clock "⏱ ▶ 2:10 ⏹ 2:42" (32 minutes) on a 20-minute 97112 line: time mismatch; otherwise complete ("👤 1:1 ✅", BAPS circles, hops onto foam, ball catches on one leg; R ankle proprioception after a sprain off the bass boat; SLS and hops).
        ["v6-h212-slt-clock-span-thirty-two-on-twenty"] = new(
            """
            📱 StepLog — session card
            Sardis Lake Therapy · Clayton, OK
            ✍️ Joanna Bohanan, PT
            Key: ✅ yes / done · ❌ no / not done · ⬆️ up since last time
            ━━━━━━━━━━━━
            🧠 97112 Neuromuscular re-ed · ⏱ ▶ 2:10 ⏹ 2:42
            👤 1:1 ✅
            🔁 Did: BAPS board circles on the right ✅ · hops onto foam and hold ✅ · ball catches standing on the right leg ✅
            ⚠️ Problem: right ankle proprioception reduced after the sprain stepping off the bass boat; it rolls on the boat ramp.
            📈 Numbers: single-leg stance right 9 s ⬆️ · 8 of 10 hops held
            """,
            ["S93.401D"], [PT("97112", 20)], [At(Mismatch, "97112")]),

        // GHPT long note, Lorna Skiles: both codes under one heading ("Neuromuscular re-education (97112) and therapeutic exercise (97110)") and only "Total timed minutes this visit: 37." for lines of 23 and 14: separate time missing; both parts complete (delivery row one-on-one; foam SLS taps, step-up-and-pivot, beam tandem; leg press, TKE, abduction, heel raises with doses; L knee proprioception and quad weakness after TKA; SLS and pivots today).
        ["v6-h212-ghpt-total-only-for-two-codes"] = new(
            """
            GYP HILLS PHYSICAL THERAPY — Medicine Lodge, Kansas
            DAILY TREATMENT NOTE — MEDICAL NECESSITY FORMAT
            Payer: Prairie Sun Medicare Advantage (HMO) · UR vendor: CareAxis · Auth PS-27-00158 · visit 7 of 14 authorized (12/07/2026 – 02/12/2027)
            Patient: M. Goering, 73 F · Therapist: Lorna Skiles, PT, DPT · DOS 01/06/2027

            PLAN OF CARE RECAP: Left total knee arthroplasty 10/20/2026 (Dr. Wedel). Certified 11/02/2026 through 01/29/2027, twice a week: neuromuscular re-education, therapeutic exercise, gait training, home programme.

            PRECAUTIONS: no kneeling on the left until cleared.

            COMORBIDITIES: hypertension, right knee osteoarthritis, hypothyroidism.

            INTERVAL HISTORY: She plays the organ at the Lutheran church and climbs the steps to the organ loft. She says the left knee "wobbles" on the top step when she turns to sit on the bench, and she took the side door Sunday because the front steps were icy. No falls.

            GOALS
            | # | Goal | Baseline (IE 11/02) | Visit 5 (12/23) | Target (by 01/29) |
            |---|---|---|---|---|
            | 1 | Single-leg stance, left | 1 s | 6 s | ≥ 12 s |
            | 2 | Up the loft steps and turn to the bench without the rail | unable | with the rail | no rail |

            TODAY'S SKILLED TREATMENT
            Neuromuscular re-education (97112) and therapeutic exercise (97110)
            Delivery (97112): [X] One-on-one [ ] Concurrent [ ] Group
            • NMR: single-leg stance on the left on foam with ball taps to a wall target; step-up onto a 7-inch step and pivot to sit on a bench, as at the organ loft; tandem walking on a foam beam
            • Ther ex: leg press 3 x 10 at 80 lb; terminal knee extension with the green band 3 x 15; side-lying hip abduction 3 x 12; heel raises 3 x 15

            TODAY'S OBJECTIVE DATA: Single-leg stance left 9 seconds on the floor, 4 seconds on foam. Step-up-and-pivot: 7 of 10 without a knee wobble.

            Total timed minutes this visit: 37.

            ASSESSMENT / SKILLED NEED: Reduced left knee proprioception with a late quadriceps response on the step-up and pivot after the arthroplasty, and left quadriceps weakness. Skilled intervention is required because the step height and the pivot are progressed by the physical therapist from the knee's control on each repetition.

            HOME PROGRAMME: single-leg stance at the counter; step-ups on the bottom stair 2 x 10; heel raises.

            NEXT VISIT: organ-loft steps mock-up with the bench; discharge planning at visit 12.
            """,
            ["Z96.652"], [PT("97112", 23), PT("97110", 14)], [SepTime]),

        // KIR in person, Ingrid Brevik: "Service and time: 97112 neuromuscular re-education; 97116 gait training." and, on its own line at the end, "Time with me in the clinic, both services together: 37 minutes." for lines of 22 and 15: separate time missing; both parts complete (one-to-one; tapping, step-and-stick, rocker; quad-cane gait in the hallway and on the ramp; L hemiparesis; Berg, landings and feet with contact guard).
        ["v6-h212-kir-two-codes-one-total-at-the-end"] = new(
            """
            KODIAK ISLAND REHAB — IN-PERSON VISIT, KODIAK
            Hybrid plan: village video visits, in-person visits when he comes to town (flew in from Old Harbor yesterday to spend Orthodox Christmas with his sister).
            Clinician: Ingrid Brevik, PT, DPT

            Service and time: 97112 neuromuscular re-education; 97116 gait training.
            Attendance: one-to-one with me throughout.
            Neuromuscular re-education: weight shifts onto the left leg with tapping over the left gluteus medius, step-and-stick onto foam leading with the left, and rocker board side to side with his hands off the rail.
            Gait training: quad cane down the clinic hallway and up and down the ramp, cues for left heel strike and a longer right step.
            Finding: left hemiparesis with late left hip and knee control in stance after the stroke, and a short right step.
            Measures: Berg 42/56; 6 of 10 step-and-sticks held; 200 feet with the quad cane and contact guard.
            Time with me in the clinic, both services together: 37 minutes.
            Ingrid Brevik, PT, DPT
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for 97110, 97530, 97140 and 97116, and wholly generic notes

        // An empty note (the visit was exported before the note was signed) on a 97112 with a diagnosis: DOC_NOTE_MISSING on the line and nothing else.
        ["v7-h212-empty-note-97112"] = new(
            "",
            ["R26.81"], [PT("97112", 22)], [At(NoteMissing, "97112")]),

        // A note of spaces and line breaks only on a PTA's two-code visit (97116, 97110) with no diagnosis: note missing on each line and diagnosis missing.
        ["v7-h212-whitespace-only-pta-97116-97110-no-dx"] = new(
            "   \n \n\n  ",
            [], [PTA("97116", 15), PTA("97110", 12)], [At(NoteMissing, "97116"), At(NoteMissing, "97110"), Dx]),

        // 97110's meaning on a PingNote LSPT PTA note: banded external rotation, rows, scaption with a weight and wall slides (technique), sets, repetitions and load (measure), R rotator cuff weakness with a pruning-ladder goal (deficit); 16 min matches: passes.
        ["v7-h212-lspt-pta-97110-orchard-pruning-shoulder"] = new(
            """
            PingNote ◆ Quick visit
            Leelanau Shores Physical Therapy · Suttons Bay, MI
            By Nate Szymanski, PTA (supervising PT: Gretchen Vander Ark, PT)
            🤖 App summary: Therapeutic exercise, right shoulder.
            — — —
            97110 Therapeutic exercise ▸ 16 min
            Did: side-lying external rotation with a 2-lb weight 3 × 12, banded rows with the green band 3 × 15, scaption to shoulder height with a 2-lb weight 3 × 10, wall slides with a towel 2 × 12.
            Why ⚠️: right rotator cuff weakness with a painful arc after the partial tear; 🎯 goal to prune the cherry trees from the orchard ladder this winter.
            Numbers 📈: all sets with no pain above the shoulder; external rotation 3 × 12 at 2 lb ⬆️ (1 lb last visit)
            Next ➡️: overhead reach with the pruning loppers
            PingNote key: ⬆️ better than last visit · ⬇️ worse than last visit · ➡️ plan for next visit
            """,
            ["M75.111"], [PTA("97110", 16)], []),

        // 97530's meaning on a BBPT long note by a PTA: carrying sheet pans of rosca from the rack to the table, lifting the cooler into the truck bed, stepping up into the market trailer (technique), counts, loads and assistance (measure), low back and hip weakness after a fusion with a market-booth goal (deficit); 21 minutes matches: passes.
        ["v7-h212-bbpt-pta-97530-rosca-trays-and-cooler"] = new(
            """
            BIG BEND BALANCE & PHYSICAL THERAPY — Alpine, Texas
            Daily note · Trans-Pecos Select PPO (commercial) · UR nurse: J. Carrasco, RN · visits used 8 of 20 for the plan year
            Treating therapist: Trish Holguin, PTA (supervising PT: Ignacio Baeza, PT, DPT) · 01/06/2027

            Medical necessity criteria addressed:
            ☑ Objective, measurable functional deficit documented at this visit
            ☑ Skilled service that requires a licensed therapist
            ☑ Reasonable expectation of improvement within the plan of care
            ☑ Progress toward written goals

            History / interval: Mrs. Dutchover, 56, bakes pan dulce for the Saturday farmers' market and had her biggest week of the year for Día de Reyes — forty roscas, baked with her daughter carrying the trays. L4–L5 fusion in August. She says her back "gives out" lifting the cooler into the truck and stepping up into her market trailer.

            Plan of care: certified 10/19/2026 to 01/29/2027 by Dr. Halbert, twice a week: therapeutic exercise, therapeutic activities, home programme.

            Precautions: no lifting over 30 lb until the surgeon's next visit; hip hinge for all lifts. Comorbidities: obesity, prediabetes.

            Treatment: 97530 therapeutic activities, 21 minutes.
            Therapeutic activities: carrying sheet pans of rosca from the cooling rack to the market table with a hip hinge at each end; lifting the 25-lb cooler from the floor into a truck-bed-height platform and back; stepping up into the trailer mock-up (a 14-inch step) with a tray in both hands.

            Objective today: 8 sheet-pan carries with stand-by assistance; cooler lifted 5 times at 25 lb with good hinge form and no back pain; trailer step-up with the tray 4 of 4 with contact guard.

            Goals (baseline → today → target): cooler into the truck: unable → 25 lb, stand-by → 30 lb, independent; trailer step with a tray: with help → contact guard → independent.

            Assessment: low back and hip extensor weakness with poor lifting mechanics after the lumbar fusion; goal to run her market booth without her daughter lifting. Skilled care is needed because the load and the step height are set from her form on each trial within the surgeon's limits.

            Home: hip-hinge practice with an empty pan; bridges; no cooler lifts alone yet.

            Plan: full market set-up next visit.
            """,
            ["Z98.1", "M62.81"], [PTA("97530", 21)], []),

        // 97140's meaning on an INPB note: patellar mobilisation, tibiofemoral glides and quadriceps soft-tissue release (technique), knee flexion degrees before and after (measure), L knee stiffness after TKR (deficit); "Time: 97140 – 12 mins": passes.
        ["v7-h212-inpb-97140-knee-stiffness-after-tkr"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Dr. Lakshmi Narayanan, PT

            C/O: Pt c/o Lt knee tightness, cannot bend enough to sit cross-legged or get into the car easily.
            O/E: Lt knee stiffness after TKR, flexion 98 degrees, patella mobility reduced superior-inferior.
            Rx given:
            - Manual therapy: patellar mobilisation superior-inferior and medial-lateral, tibiofemoral posterior glides grade III in flexion, soft tissue release of the quadriceps and the lateral retinaculum
            Mode: one-to-one.
            Time: 97140 – 12 mins
            Outcome measure: knee flexion 98 degrees before, 106 degrees after.
            Advice: Heel slides at home with towel.
            """,
            ["Z96.652", "M25.662"], [PT("97140", 12)], []),

        // 97116's meaning on a DMR bilingual video note by a PTA: cane gait on the porch, the ramp and out to the corral gate with heel-first cues (technique), feet and stand-by assistance (measure), R foot drop after a stroke with a goal of the corral (deficit); "Tiempo / Time: 97116 — 17 min": passes.
        ["v7-h212-dmr-pta-97116-cane-to-the-corral"] = new(
            """
            DAVIS MOUNTAINS REHAB — Fort Davis, Texas
            TELESALUD / TELEHEALTH VISIT
            Servicio por video en tiempo real / Service delivered via real-time audio-video. Consentimiento verbal / Verbal consent: obtenido / obtained.
            Paciente / Patient: en casa / at home, south of Valentine. Terapeuta / Therapist: DMR clinic, Fort Davis.
            Terapeuta / Therapist: Joaquín Olivas, PTA (supervising PT: Yesenia Marroquín, PT)

            Tiempo / Time: 97116 — 17 min
            Técnica / Technique: gait training with the single-point cane across the porch, down the ramp and out to the corral gate, cueing a heel-first landing on the right and a longer left step; turning at the gate.
            Déficit / Deficit: pie caído derecho / right foot drop after the stroke, catching the toe on the ramp; goal to walk to the corral to feed the horses.
            Medidas / Measures: 220 ft with the cane and stand-by assistance (his son walking beside him); toe caught 1 time on the ramp.
            """,
            ["I69.351", "M21.371"], [PTA("97116", 17)], []),

        // 97530's meaning on a TVT long note by an OT: lifting the cast-iron skillet, carrying a tray of plates, opening the dishwasher rack and lifting the stock pot (technique), counts, loads and assistance with grip pounds (measure), R wrist and grip weakness after a radius fracture with a firehouse-breakfast goal (deficit); "[97530 Ther Act] 21 min": passes.
        ["v7-h212-tvt-ot-97530-firehouse-breakfast"] = new(
            """
            TYGART VALLEY THERAPY — Elkins, West Virginia
            Daily Note (Extended — MA review)
            Payer/auth: Mountaineer Advantage Plus (HMO-POS) · auth MAP-60107 · visit 9 of 14 · UR: Allegheny Care Review
            Clinician: Caleb Vandevender, OTR/L · DOS 01/06/2027

            Chief complaint / interval: Mrs. Teter, 70, cooks the volunteer fire department's Saturday pancake breakfasts. She fell on the ice in the firehouse lot in October and broke her right wrist (closed reduction, cast off 11/30). She says she cannot lift the big skillet or carry a full tray, and her hand "quits" wringing the dishrag.

            POC: certified 12/02/2026 – 02/24/2027, twice a week; therapeutic exercise, therapeutic activities, HEP.

            Problem list: right wrist stiffness, right grip and wrist extensor weakness, difficulty with heavy kitchen tasks.

            Precautions: no heavy loading through the extended wrist; ice after activity. PMH: osteoporosis, hypertension.

            Goals:
            STG 1 — lift the 8-lb skillet from the stove to the counter with the right hand · baseline unable · last two hands · target right hand
            LTG 1 — cook a firehouse breakfast without help

            Treatment:
            [97530 Ther Act] 21 min
            - Lifting the cast-iron skillet (5 lb, then 8 lb) from a stove-height shelf to the counter, right hand on the handle and left under the pan
            - Carrying a tray of six plates from the counter to a table 20 feet away
            - Pulling out and pushing in the dishwasher rack and lifting a half-full stock pot onto the burner

            Objective today: 8-lb skillet lifted 4 times with both hands, 5-lb skillet 5 times with the right hand alone, stand-by assistance; tray carried 3 times with contact guard at the turn; grip right 34 lb (left 56).

            Skilled rationale: right wrist and grip weakness after the distal radius fracture; the OT grades the load and the grip position for each task from her wrist pain and control, with osteoporosis and a fall on the ice behind her.

            HEP: putty squeezes; wrist curls with 1 lb; carrying a half-full pitcher.

            Plan: the pancake griddle and the coffee urn next visit.
            """,
            ["S52.501D"], [OT("97530", 21)], []),

        // A wholly generic ABR letter with the one-on-one box ticked ("we did your balance exercises and some coordination work together … tolerated everything well!"): no technique, deficit or measure for the 97112.
        ["v7-h212-abr-generic-97112-box-ticked"] = new(
            """
            Apalachicola Bay Rehab · Apalachicola, Florida
            Your visit note — shared with you in your patient portal

            Hello Mr. Shiver,

            Today we did your balance exercises and some coordination work together. You did a great job and tolerated everything well!

            Keep it up — see you Friday.

            Lucinda Pridgeon, PT

            Billing section (for your insurer)
            Service: 97112 Neuromuscular re-education     Minutes: 22
            ☒ One-on-one the whole time   ☐ Shared with another patient
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // A wholly generic PFR PTA note with no modality line ("exercises of balance and of coordination according to the plan. The patient tolerated well."): no technique, deficit, measure or one-on-one statement.
        ["v7-h212-pfr-pta-generic-balance-and-coordination"] = new(
            """
            PILSEN FAMILY REHAB — Chicago, IL
            Session note
            Physical therapist: Rodrigo Esparza, PTA (supervising: Guadalupe Orozco Medina, PT)

            Subjective: The patient refers that she feels good today.
            Treatment realized: exercises of balance and of coordination according to the plan. The patient tolerated well.
            Observations: Continue with the same treatment.
            Time: 97112 = 22 min
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // A wholly generic CSP OT 97530 ("Functional activities according to the plan", "patient participated in the activities"): no technique, deficit or measure.
        ["v7-h212-csp-ot-generic-97530-functional-activities"] = new(
            """
            CONCORD STREET PHYSIOTHERAPY — Framingham, MA
            Evolution note
            Occupational therapist: Rafael Nogueira, OTR/L

            Complaint: Patient came for the session, without new complaints.
            Conduct:
            97530 Therapeutic activities — 20 min
            - Functional activities according to the plan
            Attendance: individual.
            Evaluation: patient participated in the activities.
            Evolution: Good evolution, continue.
            """,
            ["M62.81"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // A wholly generic GRP PTA 97110 ("general exercises, as tolerated", "Tests: —"): no technique, deficit or measure.
        ["v7-h212-grp-pta-generic-97110-as-tolerated"] = new(
            """
            GREENPOINT REHABILITATION & PHYSIOTHERAPY — Brooklyn, NY
            Daily therapy card
            Physiotherapist: Tomasz Kowalczyk, PTA (supervising: mgr Agnieszka Wójcik, PT)

            Patient condition: Patient feels good, no new complaints.
            Applied therapy:
            - 97110 therapeutic exercise, 15 min. — general exercises, as tolerated.
            Form of therapy: individual.
            Assessment: Patient tolerated therapy well.
            Tests: —
            Recommendations: Continue.
            """,
            ["M62.81"], [PTA("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary: complete notes of these clinics a reviewer passes

        // RRPT letter, Caleb Hovland (PTA): 97112 22 and 97110 13 in the billing block; "For the balance part it was just you and me — no other patient with us"; rocker tips, foam landings, beam tandem; leg press, single-leg bridges, lateral step-ups with doses; R knee proprioception and thigh and hip weakness after TKA; rocker seconds and landings: passes.
        ["vord-h212-rrpt-pta-knee-bike-trail-two-codes"] = new(
            """
            Root River Physical Therapy — Lanesboro, Minnesota
            Your visit note (you can read this in your portal)

            Hi Duane,

            What we did together
            For the balance part it was just you and me — no other patient with us. You stood on the rocker board while I tipped it, stepped forward onto the foam and held the landing on your right leg, and walked the foam beam heel to toe. For strength, you did the leg press with 70 pounds, 3 sets of 10; single-leg bridges on your right, 3 sets of 8; and lateral step-ups onto the 6-inch step, 3 sets of 10.

            Why it matters
            Since the total knee in October, your right knee doesn't tell your brain clearly where it is, and your thigh and hip muscles are weak, so you don't trust it on the frozen bike trail when you walk the dog.

            How you did
            Right-leg stance on the rocker board, 9 seconds (last week 4). You held 7 of 10 foam landings without a wobble.

            Keep going
            Bridges on the bed, 2 sets of 10. Nice work!

            Caleb Hovland, PTA (with Ingrid Solberg, PT, DPT)

            — For your insurance plan —
            CPT 97112 Neuromuscular re-education: 22 minutes
            CPT 97110 Therapeutic exercise: 13 minutes
            """,
            ["Z96.651"], [PTA("97112", 22), PTA("97110", 13)], []),

        // DMT letter, Rosa Villarreal, happy Día de Reyes: hose step-overs to a stop, foam pushes from each side, tandem carrying a plate; L leg slow to take weight and to catch after a stroke; Berg and step-overs; "Your balance work today lasted 22 minutes, and it was just the two of us the whole time": passes.
        ["vord-h212-dmt-dia-de-reyes-stroke-balance"] = new(
            """
            Davis Mountains Therapy · Fort Davis, Texas
            Note shared with you through the patient portal
            Written by Rosa Villarreal, PT

            Mrs. Ybáñez, here is what we did today and why — and happy Día de Reyes!

            What we worked on: you stepped over the garden hose I laid across the hallway and stopped still on your left foot, stood on the foam with your feet close together while I gave small pushes at your hips from each side, and walked heel to toe along the tape carrying a plate, the way you carry the rosca to the table. Your balance work today lasted 22 minutes, and it was just the two of us the whole time.

            Why it matters: since the stroke in August, your left leg is slow to take your weight and slow to catch you when you tip to the left.

            How you did: Berg balance score 44 out of 56 (it was 38 in October). You stopped still on 8 of 10 hose step-overs.

            For home: the heel-to-toe walk along the kitchen counter, 4 lengths, twice a day.

            Rosa Villarreal, PT
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // GWR letter, Benita Chávez: "Balance retraining today: 21 minutes." and "Gait training today: 14 minutes." on lines of 21 and 14; "just you and me for the balance part"; foam head turns, step-and-stick, tape tandem; trekking-pole gait on the gravel lot; R hip slow to switch on and ankle sense after a hip fracture; seconds, landings and feet stood by: passes.
        ["vord-h212-gwr-hip-fracture-balance-and-poles"] = new(
            """
            Gila Wilderness Rehab · Silver City, New Mexico
            Visit note — you can read this in your portal

            Today — It was just you and me for the balance part; no one else was on my list. You stood on the foam with your feet together turning your head to the pictures on each wall, stepped forward onto the foam and stuck the landing, and walked heel to toe along the tape. Then we walked with your trekking poles out the back door and around the gravel lot, practising an even rhythm and a heel-first landing on the right.

            Why — Since the hip fracture, the muscles around your right hip are slow to switch on and your right ankle doesn't sense uneven ground well, so the gravel path to the cliff dwellings feels risky and your right step has gotten short.

            Your progress — Feet-together stance on the foam with head turns, 18 seconds (last week 9). 7 of 10 landings stuck. You walked 500 feet on the gravel with the poles and I only stood by.

            At home — Heel-to-toe along the counter, three times a day.

            Balance retraining today: 21 minutes.
            Gait training today: 14 minutes.

            Benita Chávez, PT, DPT
            """,
            ["S72.141D", "R26.89"], [PT("97112", 21), PT("97116", 14)], []),

        // LVR letter, Nadia Lessard (OT) 97530: wood carries to the stove, loading it, scooping ashes, hanging the barn coat on high hooks; R shoulder weakness after surgery with a woodstove goal; armloads, loads, hangs and reach degrees; "— 97530 Therapeutic activities · 20 minutes": passes.
        ["vord-h212-lvr-ot-97530-woodstove-winter"] = new(
            """
            Lamoille Valley Rehab · Morrisville, Vermont
            Your visit note — shared with you in the patient portal

            Hi Rita,

            What you worked on: carrying armloads of split wood from the porch box to the woodstove in our kitchen mock-up, loading the stove with your right hand, bending to scoop ashes into the bucket, and hanging your barn coat and snow pants on the high hooks.

            Why: since your right shoulder surgery, the shoulder is weak for lifting and reaching, and your goal is to keep the woodstove going by yourself this winter.

            What we measured: 6 armloads of 3 splits each carried 15 feet with me standing by; the stove loaded 4 of 4 times; coat hung on the high hook 3 of 3 times; right shoulder reach 125 degrees.

            Nadia Lessard, OTR/L

            For your insurer:
            — 97530 Therapeutic activities · 20 minutes
            """,
            ["M75.101", "Z98.890"], [OT("97530", 20)], []),

        // HRPT letter, Dustin Brune (PTA) 97110: "Our strengthening work today took 15 minutes."; weighted sit-to-stands, side-lying hip lifts with a cuff, bridges, step-ups with doses; L hip weakness after THA with vineyard-pruning and winery-stairs goals: passes.
        ["vord-h212-hrpt-pta-97110-vineyard-pruning-hip"] = new(
            """
            Hermann Riverfront Physical Therapy — Hermann, Missouri
            A note for you, Mr. Hackmann (shared in your MyChart portal)

            Our strengthening work today took 15 minutes.

            We did sit-to-stands from the low chair holding a 10-pound weight, 3 sets of 10; side-lying leg lifts for your left hip with a 3-pound cuff, 3 sets of 12; bridges, 3 sets of 12; and step-ups onto the 6-inch step leading with your left leg, 3 sets of 10.

            Why we do this: since your left hip replacement, the muscles around that hip are weak, so you dip to the left walking the vineyard rows at pruning time and pull yourself up the winery stairs by the rail.

            How you did: every set with good form, and the step-ups went from a hand on the rail to no hand by the last set.

            At home: bridges and side-lying leg lifts, 2 sets of 12, every other day.

            Dustin Brune, PTA (with Lorna Kemper, PT)
            """,
            ["Z96.642"], [PTA("97110", 15)], []),

        // BKT letter, Corinne Abney: 97112 22 and 97530 16 ticked with their minutes, one-on-one ticked; foam tandem head turns, broom-handle step-overs, hip pushes; loom-bench carries and threading heddles standing (a trail walk left unticked); L side slow and foot sense after a stroke with a weaving goal; seconds, step-overs, carries and heddles: passes.
        ["vord-h212-bkt-weaver-97112-97530"] = new(
            """
            Berea Knobs Therapy · Berea, Kentucky
            Your therapy note (shared with you in the portal)

            Hello Mrs. Coyle,

            What we did today (checked items):
            [x] Standing heel to toe on the foam while turning your head to each side
            [x] Stepping over the broom handle and holding still on your left leg
            [x] Small pushes at your hips while you stood on the foam
            [x] Carrying your loom bench across the room and setting it at the loom
            [x] Reaching up to the top of the loom to thread the heddles while standing
            [ ] Walking outside on the knobs trail (too icy today)

            Why it matters: since your stroke in the fall, your left leg is slow to respond and your left foot doesn't feel the floor well, so you wobble stepping onto the loom treadles. Your goal is to weave at the craft school again.

            Your numbers today: heel-to-toe on the foam 10 seconds (last week 5); 7 of 10 step-overs held still. Bench carried 4 times with me standing by; 12 heddles threaded standing without a seated rest.

            Billing boxes:
            [x] 97112 Neuromuscular re-education — 22 min
            [x] 97530 Therapeutic activities — 16 min
            [x] One-on-one   [ ] Shared time

            Corinne Abney, PT
            """,
            ["I69.354"], [PT("97112", 22), PT("97530", 16)], []),

        // BKT letter, Silas Rowlette (PTA): a complete 97110 (wall sits, step-ups, leg press, banded side steps with doses; thigh and hip weakness after a knee scope with a broom-shop goal; "[x] 97110 Therapeutic exercise — 17 min") sent with no diagnosis: diagnosis missing only.
        ["vord-h212-bkt-pta-complete-97110-no-diagnosis"] = new(
            """
            Berea Knobs Therapy · Berea, Kentucky
            Your therapy note (shared with you in the portal)

            Hello Mr. Hensley,

            What we did today (checked items):
            [x] Wall sits, 3 holds of 30 seconds
            [x] Step-ups onto the 8-inch step, 3 sets of 10 each leg
            [x] Leg press with 90 pounds, 3 sets of 12
            [x] Side-stepping with the band around your ankles, 3 trips of 20 feet

            Why it matters: your thigh and hip muscles are weak since the knee scope in November, and your goal is to carry the broom-corn bundles up the shop stairs again.

            Your numbers today: every set done; step-ups with no hand on the rail.

            Billing boxes:
            [x] 97110 Therapeutic exercise — 17 min
            [x] One-on-one   [ ] Shared time

            Silas Rowlette, PTA (with Corinne Abney, PT)
            """,
            [], [PTA("97110", 17)], [Dx]),

        // LHPW review note, Oluwaseun Adebayo: "Writer treated pt one-on-one for the entire neuromuscular re-education; husband sat in the waiting area"; VOR x1 sitting and standing, corridor head turns, foam eyes closed; R vestibular hypofunction with a positive head impulse; DGI and DVA; "Duration: 97112 — 22 mins": passes.
        ["vord-h212-lhpw-vestibular-bus-stop"] = new(
            """
            LANDOVER HILLS PHYSIOTHERAPY & WELLNESS — Landover Hills, MD
            REVIEW NOTE
            Physiotherapist: Oluwaseun Adebayo, PT

            Pt was reviewed today. Pt came with her husband.
            Complaint: Pt complained that she feels "the ground is moving" when she turns her head quickly to check traffic at the bus stop.
            On assessment: Right vestibular hypofunction after vestibular neuritis; head impulse test positive to the right with a catch-up saccade.
            Treatment: Writer treated pt one-on-one for the entire neuromuscular re-education; husband sat in the waiting area.
            - Neuromuscular re-education: gaze stabilisation (VOR x1) with a letter card, sitting then standing; walking the corridor with head turns to the right and left; standing on foam with eyes closed
            Duration: 97112 — 22 mins
            Outcome: DGI 19/24 (previous review 15/24); dynamic visual acuity 2-line loss.
            Plan: To continue; add head turns while walking outside.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // HFPT video, Wade Sorrels (PTA) 97110: weighted sit-to-stands with a potato bag, stair step-ups, banded hip abduction, wall sits with doses; quad and hip abductor weakness after a pneumonia stay with a tractor-cab goal; 30-second chair stand on camera; "97110 Therapeutic exercise — 16 min": passes.
        ["vord-h212-hfpt-pta-97110-tractor-cab"] = new(
            """
            HENRYS FORK PHYSICAL THERAPY — Ashton, Idaho
            ClearVisit telehealth encounter · Clinician: Wade Sorrels, PTA (supervising PT: Annelise Truscott, PT, DPT)

            This service was delivered via real-time audio-video telecommunication. The patient gave verbal consent to receive care by telehealth and was told he may decline or stop at any time. Patient location: home, Tetonia, ID. Provider location: HFPT clinic, Ashton, ID.
            Others on the call: none.

            Subjective: Mr. Hess feeds his cows from the bale processor every morning and has to climb up into the tractor cab; since the hospital stay for pneumonia in December his legs "give out" on the cab steps.

            Treatment:
            97110 Therapeutic exercise — 16 min
            - Sit-to-stand from a kitchen chair holding a 10-lb bag of potatoes, 3 x 10
            - Step-ups onto the bottom stair, 3 x 12 each leg
            - Standing hip abduction with the mailed red band, 3 x 15 each side
            - Wall sits, 3 holds of 30 seconds

            Assessment: quadriceps and hip abductor weakness in both legs after the hospital stay; goal to climb into the tractor cab to feed.
            Objective: 30-second chair stand 9 on camera; doses as above.
            Plan: add a weighted backpack to the step-ups.

            Wade Sorrels, PTA — e-signed
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // CBR two-code flowsheet, Vernita Gathright: "Code / minutes: 97112 — 22 min; 97110 — 13 min", both matching; "[x] 1:1"; technique boxes with porch-step landings, ther-ex boxes with doses; L knee proprioception and quad weakness after TKA; Berg, TUG and landings: passes.
        ["vord-h212-cbr-two-code-flowsheet-church-van"] = new(
            """
            CHICKASAW BLUFF REHAB · Grenada, MS
            TELE-REHAB FLOWSHEET (VidaCare Connect)
            Visit: [x] Video  [ ] Audio only  [ ] In clinic
            Consent to telehealth: [x] verbal, today
            Pt location: home, Elliott   Provider location: CBR office, Grenada
            Caregiver on camera: [x] yes — son, spotting
            Session: [x] 1:1 (one patient on the link)  [ ] Group class
            Pt report: knee "gives" stepping down off the church van; no falls over the holidays
            Code / minutes: 97112 — 22 min; 97110 — 13 min
            Techniques (97112): [x] weight shifts / reaching  [x] compliant surface (foam, cushion)  [ ] gaze stabilization  [x] stepping strategy drills  Other: step-downs off the porch step to a stick landing
            Ther ex (97110): [x] sit-to-stand 3 x 10  [x] step-ups on the porch step 3 x 10  [x] standing hip abduction with band 3 x 12  [ ] bridges ___
            Impairment: left knee proprioceptive deficit with buckling on step-downs, and left quadriceps weakness, after the total knee
            Measures: Berg 48  TUG 11 sec  Tandem EC ____ sec  Other: 8 of 10 step-downs stuck
            Response / plan: church-van step mock-up next visit
            Therapist: Vernita Gathright, PT
            """,
            ["Z96.652"], [PT("97112", 22), PT("97110", 13)], []),

        // SPH RTM video, Kirsten Ulvestad: a complete 97112 (one-on-one with no other member on the link; pillow SLS with ball taps, step-overs to a stick, counter tandem with head turns; L ankle proprioception after a fracture; SLS and step-overs measured on camera; RTM block; billed 22 minutes) sent with no diagnosis: diagnosis missing only.
        ["vord-h212-sph-complete-97112-no-diagnosis"] = new(
            """
            Sioux Prairie Health — Virtual Physical Therapy & RTM
            Madison, South Dakota
            Video visit note — Kirsten Ulvestad, PT

            Telehealth attestation: I conducted this visit by synchronous two-way audio and video. The patient agreed to a video visit. Patient location: her farmhouse near Ramona, SD. My location: Sioux Prairie Health, Madison.

            --- StrideLog RTM export (pasted) ---
            Reporting window: previous 7 days
            Days with exercise logged: 6 of 7
            Pain log (0-10), daily average: 2
            Patient message: "the ankle felt solid feeding the cats on the ice"
            --- end of export ---

            Today, on video: one-on-one — no other member on the link and no one else in my care during the block.
            Neuromuscular re-education: single-leg stance on a bed pillow on the left with ball taps against the fridge, stepping over a dish towel rolled on the floor to a stick landing on the left, and tandem walking along the counter with head turns.
            Deficit: left ankle proprioceptive deficit with a late ankle strategy after the ankle fracture; she rolls it on frozen ruts in the yard.
            Measured today on camera: single-leg stance left 8 seconds on the pillow; 7 of 10 step-overs stuck.
            Billed: Neuromuscular re-education (97112), 22 minutes.
            """,
            [], [PT("97112", 22)], [Dx]),

        // FRT PTA checklist in clinic, Shayla Torgerson: "Attendance: ☑ one-on-one with the PTA for all 97112 minutes ☐ shared / concurrent"; impairment and technique boxes ticked (postural control, proprioception; perturbation training, rocker board, foam-beam tandem; PNF unticked); R knee after a meniscus repair; Berg and beam steps; 22 min: passes.
        ["vord-h212-frt-pta-checklist-knee-on-the-ditch-bank"] = new(
            """
            FREMONT RIVER THERAPY — Loa, Utah · PTA Daily Checklist (in clinic)
            PTA: Shayla Torgerson   Supervising PT: Heber Lyman (real-time video, Richfield)
            PT available on video throughout: ☑
            Attendance: ☑ one-on-one with the PTA for all 97112 minutes   ☐ shared / concurrent
            Neuromuscular re-education (97112) — 22 min
            Impairments addressed: ☑ balance / postural control  ☑ proprioception  ☐ vestibular  ☐ coordination
            Techniques: ☑ perturbation training  ☑ rocker board  ☐ PNF  ☑ foam beam tandem
            Notes: right knee meniscus repair in October; the knee "wobbles" on the frozen ditch bank cutting ice off the headgate.
            Objective: Berg 50/56; tandem on the foam beam 10 steps without a step-off; single-leg stance right 12 seconds.
            Shayla Torgerson, PTA
            """,
            ["S83.241D", "R26.81"], [PTA("97112", 22)], []),

        // SLR video week, Pakou Xiong (OT): 97112 (23 minutes, "One-to-one the whole time; Mrs. Lor's daughter interpreted in Hmong") and 97530 (15 minutes), each complete: rice-bowl object finding and cloth textures with vision blocked, weight bearing through the hand; paj ntaub stitching, needle threading, cutting thread; R hand sensation and fine motor after a stroke with a sewing goal; objects, stitches and threading: passes.
        ["vord-h212-slr-ot-hand-sensation-and-paj-ntaub"] = new(
            """
            SHAWANO LAKE REHAB — Hybrid Plan of Care · VIDEO WEEK
            Clinician: Pakou Xiong, OTR/L
            Telehealth: synchronous audio-video through the patient portal's video room; consent confirmed; client at home in Shawano, therapist in the clinic office.

            97112 neuromuscular re-education — 23 minutes. One-to-one the whole time; Mrs. Lor's daughter interpreted in Hmong and held the phone. Sensory re-education of the right hand: finding dried beans and buttons in a bowl of rice with her eyes closed, matching cloth textures with her vision blocked by a towel, and weight bearing through the open right hand on the table while she reached with the left.
            97530 therapeutic activities — 15 minutes. Stitching a paj ntaub square with a blunt needle along a drawn line, threading the needle, and cutting the thread with her own scissors.

            Deficit: reduced light touch and stereognosis in the right hand after the left-hemisphere stroke, with poor fine-motor control; goal to sew paj ntaub for her granddaughter's New Year clothes.
            Measures: 6 of 10 objects found by touch; 8 stitches along the line with stand-by assistance; needle threaded 2 of 4 tries.
            Pakou Xiong, OTR/L
            """,
            ["I69.398", "R20.8"], [OT("97112", 23), OT("97530", 15)], []),

        // KIR village telehealth, Ingrid Brevik: "one-to-one on the link for the whole 97112 time; the health aide stood behind her and her granddaughter held the tablet"; counter weight shifts hands-off, towel step-overs, tandem head turns; L hemiparesis with delayed weight acceptance and knee control; Berg, step-overs and tandem; Christmas Eve on the Orthodox calendar; 23 minutes: passes.
        ["vord-h212-kir-larsen-bay-christmas-eve-boardwalk"] = new(
            """
            KODIAK ISLAND REHAB — TELEHEALTH ENCOUNTER
            Patient site: Larsen Bay village clinic · Provider site: KIR, Kodiak
            Connection: satellite, real-time audio and video; consent confirmed on camera.
            Clinician: Ingrid Brevik, PT, DPT

            Service and time: 97112 neuromuscular re-education, 23 minutes.
            Attendance: one-to-one on the link for the whole 97112 time; the health aide stood behind her and her granddaughter held the tablet.
            History: Mrs. Aga wants to walk the icy boardwalk to church for the Christmas Eve service tonight (Orthodox calendar). Left-sided weakness since her stroke last spring.
            Treatment: weight shifts onto the left leg at the counter with her hand off, stepping over a rolled towel leading with the left and holding the landing, and tandem stance with head turns.
            Finding: left hemiparesis with delayed weight acceptance and poor knee control on the left in stance.
            Measures: Berg 45/56 (scored on camera with the aide guarding); 7 of 10 step-overs held; tandem stance 8 seconds.
            Plan: boardwalk practice with the aide next visit.
            Ingrid Brevik, PT, DPT
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // GHPT long note, Wade Ostrander (PTA) 97116: four-wheeled walker gait on the sidewalk, the curb with the rail, double doors and a turn to the counter (technique), feet and assistance (measure), R hip abductor weakness and a short left step after a hemiarthroplasty with a post-office goal (deficit); "97116 Gait training — 19 minutes": passes.
        ["vord-h212-ghpt-pta-97116-post-office-walker"] = new(
            """
            GYP HILLS PHYSICAL THERAPY — Medicine Lodge, Kansas
            DAILY TREATMENT NOTE — MEDICAL NECESSITY FORMAT
            Payer: Prairie Sun Medicare Advantage (HMO) · UR vendor: CareAxis · Auth PS-27-00096 · visit 9 of 16 authorized (11/30/2026 – 02/19/2027)
            Patient: H. Friesen, 81 M · Treating: Wade Ostrander, PTA (supervising PT Lorna Skiles, PT, DPT) · DOS 01/06/2027

            PLAN OF CARE RECAP: Right hip hemiarthroplasty after a fall 10/11/2026. Certified 11/23/2026 to 02/15/2027 by Dr. Fenstermacher, twice a week: gait training, therapeutic exercise, neuromuscular re-education, home programme.

            PRECAUTIONS: posterior hip precautions; gait belt for all walking.

            COMORBIDITIES: chronic obstructive pulmonary disease, hypertension, macular degeneration.

            INTERVAL HISTORY: He walks to the post office on Main Street for his mail every morning; this week the sidewalks were icy and his daughter drove him. No falls.

            GOALS
            | # | Goal | Baseline (IE 11/23) | Visit 6 (12/21) | Target (by 02/15) |
            |---|---|---|---|---|
            | 1 | Distance with the four-wheeled walker | 60 ft, contact guard | 200 ft, stand-by | 600 ft, modified independent |
            | 2 | The post-office step with the rail | unable | contact guard | stand-by |

            TODAY'S SKILLED TREATMENT
            97116 Gait training — 19 minutes
            • Four-wheeled walker on the clinic sidewalk and around the building, cues for a longer left step and an upright trunk with the walker kept close
            • Up and down the 6-inch curb at the corner with the rail, step-to pattern, right leading up
            • Through the clinic's double doors and a turn to the counter, as at the post office

            TODAY'S OBJECTIVE DATA: 320 feet with the walker and stand-by assistance; curb up and down 4 times with contact guard; doors and turn with stand-by assistance.

            ASSESSMENT / SKILLED NEED: Right hip abductor weakness and a short right stance after the hemiarthroplasty, with a short left step and a forward trunk lean that break down on the curb and in the turn. Skilled intervention is required because the surfaces, the curb technique and the cueing are decided by the clinician from each pass, with hip precautions in force.

            HOME PROGRAMME: walker walks in the hallway three times a day; standing hip abduction at the counter.

            NEXT VISIT: the post-office step mock-up; supervising PT re-assessment at visit 12.
            """,
            ["S72.031D", "Z96.641"], [PTA("97116", 19)], []),

        // SVR long note, Dwight Kimura (OT) 97530: stocking a shelf unit at three heights, carrying a box of calendars, hanging caps above shoulder height, folding at the counter (technique), counts, loads, assistance and shoulder flexion today (measure), R shoulder weakness and limited elevation after a humerus fracture with a gift-shop goal (deficit); "Therapeutic activities (97530), 22 min": passes.
        ["vord-h212-svr-ot-97530-depot-gift-shop-shelves"] = new(
            """
            STEPTOE VALLEY REHAB · Ely, Nevada
            Daily Note — extended for utilization review
            Plan: Great Basin Senior Advantage PPO (UR: Sagebrush Health Management) · Ref. GB-1131-26 · visit 9 of 14 approved
            Clinician: Dwight Kimura, OTR/L · Date of service 01/06/2027

            Interval history: Mr. Demos, 80, volunteers in the Nevada Northern Railway depot's gift shop and keeps the shelves stocked. He fractured the right proximal humerus on the ice outside the post office on 10/28/2026 (treated without surgery). He can reach the middle shelf now but not the top, and a box of calendars "pulls the arm down".

            Plan of care: certified 11/16/2026 to 02/08/2027, twice a week: therapeutic exercise, therapeutic activities, home programme.

            Precautions: no lifting over 10 lb with the right arm until the orthopedist's visit on 01/20; stop overhead work if pain climbs. Comorbidities: hypertension, type 2 diabetes, hearing loss.

            Today — services and time: Therapeutic activities (97530), 22 min.

            What was done and why: stocking a shelf unit at three heights with boxed calendars and mugs, right arm leading; carrying a 6-lb box of calendars from the stock-room door to the shelf, 20 feet; hanging souvenir caps on the pegboard above shoulder height; folding and stacking T-shirts standing at the counter. The reach height and the box weight were set from how the shoulder held on each trip.

            Response: tired at the top shelf by the end; no pain afterward.

            Objective today: 12 items placed on the top shelf with stand-by assistance; 5 carries of the 6-lb box without losing control of it; 10 caps hung above shoulder height; right shoulder flexion 138 degrees (120 at evaluation).

            Goal progress:
            LTG 1 — stock the top shelf with 5-lb items · baseline unable · today light items with stand-by · progressing
            LTG 2 — carry a 10-lb box 20 feet · baseline 2 lb · today 6 lb · progressing

            Justification for continued skilled care: right shoulder weakness and limited elevation after the proximal humerus fracture. The OT grades the reach height and the loads against the healing fracture and his response on each trip.

            Home exercise program: wall walks; a 2-lb can to the second cupboard shelf; no boxes alone.

            Plan: the 8-lb box after the orthopedist clears him.
            """,
            ["S42.211D"], [OT("97530", 22)], []),

        // CRNR long note, Darnell Prudhomme (PTA): "Neuromuscular re-education (97112), 23 minutes, one-on-one with the PTA; gait training (97116), 15 minutes", both matching; big-amplitude stepping, graded pulls, counted turns; paver-path gait with a laser cane line and surface crossings; Parkinson's freezing and delayed protective stepping; FGA, pull test, feet and freezes; Twelfth Night lights on Front Street: passes.
        ["vord-h212-crnr-pta-parkinsons-front-street-lights"] = new(
            """
            CANE RIVER NEURO & VESTIBULAR — Natchitoches, Louisiana
            UR SUMMARY (for the plan's reviewer): Parkinson's disease with freezing of gait and falls; visit 6 of 12 authorized by Bayou Heritage Medicare Advantage HMO (auth BH-27-00377); FGA up five points; on track for the goals.

            S: Mr. Rachal, 76, a retired paper-mill electrician, walks Front Street with his wife to see the Christmas lights, which stay up through tonight, Twelfth Night. He froze twice stepping from the sidewalk onto the brick crosswalk over the weekend, and his wife caught him once. She came today and waited in the lobby.

            Plan of care recap: evaluation 11/30/2026, certified through 02/22/2027 by Dr. Sers, twice a week; neuromuscular re-education, gait training, therapeutic exercise, caregiver training, home programme.

            Precautions: orthostatic drop — sit if lightheaded after rising; gait belt. Comorbidities: hypertension, benign prostatic hypertrophy, constipation, mild hearing loss.

            O: Neuromuscular re-education (97112), 23 minutes, one-on-one with the PTA; gait training (97116), 15 minutes.
            Neuromuscular re-education: large-amplitude stepping to floor targets in four directions; reactive backward and sideways steps after a pull at the shoulders, graded; turning in place through a half circle on a count.
            Gait training: walking the clinic's brick-paver path with the laser line from his cane, cues for heel strike and a longer step; crossing from the concrete onto the pavers without a freeze; passing through the doorway to the lobby.
            Functional Gait Assessment 18/30 today (13/30 at evaluation). Pull test: 2 steps to recover. 400 feet on the paver path with stand-by assistance; 1 freeze in 6 crossings.

            A: Parkinsonian freezing of gait at surface changes and thresholds, with small steps and delayed protective stepping backward. Skilled intervention is required because the pull size, the cue and the crossing set-up are chosen by the clinician from each trial, and he has fallen backward before.
            Goals: FGA ≥ 22/30 (progressing); Front Street with his wife without a freeze (progressing).

            P: Home: big steps in the hallway; the laser line on every walk. Next visit: a curb with the laser line; supervising PT progress note at visit 8.
            Darnell Prudhomme, PTA (supervising PT: Simone Metoyer, PT, NCS)
            """,
            ["G20.A1", "R26.89"], [PTA("97112", 23), PTA("97116", 15)], []),

        // LVPOT long note, Annika Brault: "Neuromuscular re-education (97112; 22 min). One-to-one with the PT" and "Therapeutic exercise (97110; 14 min)", both complete — BOSU squats with perturbations, hop-to-stick, skating bounds; single-leg RDLs, split squats, band walks with doses; L knee proprioception with dynamic valgus and quad and hip weakness after ACL reconstruction; Y-balance, hops and squat depth today: passes.
        ["vord-h212-lvpot-ski-instructor-acl-two-codes"] = new(
            """
            LAMOILLE VALLEY PHYSICAL & OCCUPATIONAL THERAPY — Morrisville, Vermont
            Note prepared for concurrent review · Green Mountain Commercial PPO · request GMC-88412 · visit 14 of 24
            Physical therapy · Annika Brault, PT · 01/06/2027

            Clinical summary: Ms. Paquette, 44, teaches cross-country skiing at the touring center and coaches the middle-school ski team. Left ACL reconstruction (hamstring graft) 08/12/2026. Plan of care certified 08/26/2026 – 02/17/2027 (Dr. Morse), twice a week: neuromuscular re-education, therapeutic exercise, return-to-sport progression, home program.

            Since last visit: she skied the flat beginner loop on Sunday with her poles; the knee "shifted" once on a downhill turn in the ruts.

            Precautions: no cutting or pivoting drills on the left until the surgeon's six-month clearance. Comorbidities: none significant.

            Today's care
            Neuromuscular re-education (97112; 22 min). One-to-one with the PT; no one else in the gym at opening.
            - Single-leg mini-squats on the BOSU on the left with perturbations at the pelvis
            - Forward and lateral hop-to-stick onto foam on the left
            - Skating-stride bounds side to side onto a foam pad with a hold
            Therapeutic exercise (97110; 14 min)
            - Single-leg Romanian deadlift on the left with a 15-lb kettlebell 3 x 8
            - Split squats holding 20-lb dumbbells 3 x 10
            - Lateral band walks with the blue band 3 x 20 feet each way

            Findings today: left knee proprioceptive deficit with dynamic valgus on landing, and left quadriceps and hip abductor weakness. Y-balance anterior reach left 61 cm, right 68 cm; 7 of 10 lateral hops stuck; single-leg squat to 60 degrees of knee flexion without valgus.

            Goals
            | Goal | IE 08/26 | Today | Target 02/17 |
            |---|---|---|---|
            | Y-balance anterior asymmetry | 14 cm | 7 cm | under 4 cm |
            | Lateral hops stuck, left | unable | 7/10 | 10/10 |

            Why skilled: the perturbation size and the landing tasks are progressed by the PT from the knee's alignment on each repetition, inside the graft's healing timeline.

            Home program: single-leg balance on a pillow; split squats; band walks.

            Next: skating bounds with a turn; hop testing at visit 16.
            """,
            ["S83.512D"], [PT("97112", 22), PT("97110", 14)], []),

        // TVT long note, Misty Channell (PTA): "Attendance: one-to-one — just the PTA and Mr. Wimer in the gym; his daughter waited in the car"; foam eyes closed with head turns, the river-rock and gravel mat, leash step-overs to a stick; neuropathic somatosensory loss in both feet; foam seconds, step-overs and Berg today beside the goal lines; "[97112 NMR] 22 min": passes.
        ["vord-h212-tvt-pta-neuropathy-ridge-road-hounds"] = new(
            """
            TYGART VALLEY THERAPY — Elkins, West Virginia
            Daily Note (Extended — MA review)
            Payer/auth: Mountaineer Advantage Plus (HMO-POS) · auth MAP-60318 · visit 4 of 12 · UR: Allegheny Care Review
            Clinician: Misty Channell, PTA (supervising PT: Roberta Shingleton, PT) · DOS 01/06/2027

            Chief complaint / interval: Mr. Wimer, 78, cruised timber for forty years and still walks his coon hounds on the ridge road every evening. His feet are numb from a neuropathy of unknown cause, and he stumbled twice on the frozen ruts last week when the hounds pulled; no falls.

            POC: certified 12/16/2026 – 03/10/2027, twice a week; neuromuscular re-education, gait training, therapeutic exercise, HEP.

            Problem list: reduced somatosensation in both feet with reliance on vision; sway and stepping on uneven ground and in the dark.

            Precautions: check the feet for blisters (intact). PMH: hypertension, atrial fibrillation on apixaban, hearing loss.

            Goals:
            STG 1 — foam stance with eyes closed ≥ 15 s · baseline 3 s · last 8 s · target 15 s
            LTG 1 — walk the hounds on the ridge road without a stumble

            Treatment:
            [97112 NMR] 22 min
            Attendance: one-to-one — just the PTA and Mr. Wimer in the gym; his daughter waited in the car.
            - Foam stance with feet together and eyes closed, with slow head turns
            - Walking the uneven-surface mat (river-rock and gravel trays) with his eyes forward, not looking down
            - Stepping over a leash laid across the floor to a stick landing, as when the hounds cut across in front of him

            Objective today: foam stance with eyes closed 11 seconds; 8 of 10 leash step-overs stuck; Berg 47/56.

            Skilled rationale: reduced somatosensation in both feet from the neuropathy, with delayed stepping responses on uneven ground. The surfaces and the step-over timing are graded by the clinician from his sway on each trial; he is anticoagulated.

            Education: a headlamp on evening walks; short leashes on the ridge road.

            HEP: foam stance at the counter with a night light on; walking the gravel drive with his daughter.

            Plan: the outdoor gravel path next visit; PT progress note at visit 6.
            """,
            ["G62.9", "R26.81"], [PTA("97112", 22)], []),

        // TapTrack WAPSI, Lena Sobotka 97140: glenohumeral inferior and posterior glides, scapular mobilisation, pec minor and posterior cuff soft tissue (technique), flexion and external rotation degrees before and after (measure), R shoulder stiffness from adhesive capsulitis with a hay-loft latch goal (deficit); ⏱ 00:12:14: passes.
        ["vord-h212-wapsi-97140-frozen-shoulder-loft-latch"] = new(
            """
            TapTrack Rehab ▸ Visit note
            🏥 Wapsipinicon River PT · Anamosa, IA
            👤 Lena Sobotka, PT, DPT
            ▍97140 Manual therapy   ⏱ 00:12:14
            Chips: [Joint mobilization] [Soft tissue]
            ⚠️ Impairment: right shoulder stiffness from the adhesive capsulitis; can't reach up to the hay-loft latch
            📈 Measures: shoulder flexion right 128° before → 139° after · external rotation 30° → 38°
            ✍️ Typed: glenohumeral inferior and posterior glides grade III–IV, scapular mobilization in side-lying, soft-tissue mobilization to the pec minor and the posterior cuff.
            Auto-summary: Manual therapy, right shoulder.
            TapTrack key: ● ON = selected · ○ OFF = not selected · [chip] = swiped in today · ⏱ = the code's timed minutes
            """,
            ["M75.01"], [PT("97140", 12)], []),

        // StepLog WLBM, Marisa Quattlebaum: "🧠 97112 … · ⏱ 22 min" and "🚶 97116 … · ⏱ 15 min", both matching; "👤 1:1 ✅"; tapping, rope step-and-stick, foam reaching; quad-cane gait on the sidewalk and church ramp with a curb; R hemiparesis with late hip activation and a short L step; Berg, step-and-sticks, feet and assistance: passes.
        ["vord-h212-wlbm-stroke-nmr-and-gait-church-supper"] = new(
            """
            📱 StepLog — session card
            Waccamaw Lake Balance & Motion · Lake Waccamaw, NC
            ✍️ Marisa Quattlebaum, PT, NCS
            Key: ✅ yes / done · ❌ no / not done · ⬆️ up since last time
            ━━━━━━━━━━━━
            🧠 97112 Neuromuscular re-ed · ⏱ 22 min
            👤 1:1 ✅
            🔁 Did: weight shifts onto the right leg with tapping at the hip ✅ · step-and-stick over a rope leading with the right ✅ · standing on foam reaching across the body ✅
            📈 Numbers: Berg 43/56 ⬆️ · 6 of 10 step-and-sticks held
            🚶 97116 Gait training · ⏱ 15 min
            🔁 Did: quad-cane walking on the sidewalk and the church ramp with a right heel-strike cue ✅ · curb up and down ✅
            📈 Numbers: 260 ft with the quad cane, stand-by assist · curb 3 times with contact guard
            ⚠️ Problem: right hemiparesis after the stroke with late right hip activation in stance and a short left step; he wants to walk into the Wednesday-night supper at church.
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 15)], []),

        // StepLog SLT, Lacey Harjo (OT) 97110: wrist curls, putty pinches, hammer rotation, rubber-band finger extension with doses; L wrist and grip weakness after a Colles fracture with a fishing goal; grip pounds; "💪 97110 … · ⏱ 16 min": passes.
        ["vord-h212-slt-ot-97110-crappie-rod-grip"] = new(
            """
            📱 StepLog — session card
            Sardis Lake Therapy · Clayton, OK
            ✍️ Lacey Harjo, OTR/L
            Key: ✅ yes / done · ❌ no / not done · ⬆️ up since last time
            ━━━━━━━━━━━━
            💪 97110 Therapeutic exercise · ⏱ 16 min
            👤 1:1 ✅
            🔁 Did: wrist curls with 2 lb 3 × 12 ✅ · putty pinches 3 × 15 ✅ · pronation and supination with a hammer 3 × 10 ✅ · finger extension against a rubber band 3 × 15 ✅
            ⚠️ Problem: left wrist and grip weakness after the Colles fracture; 🎯 goal to hold the rod and set the hook on the crappie off the dock.
            📈 Numbers: grip left 31 lb (right 52) ⬆️
            """,
            ["S52.532D"], [OT("97110", 16)], []),

        // TheraTiles AVR, Normand Daigle (PTA): "⏱ 00:23:05" (97112) and "⏱ 00:13:12" (97110) on lines of 23 and 13; "● 1:1"; BAPS, wide foam step-ons, Airex catches; heel raises, banded eversion, step-downs with doses; L ankle proprioception and peroneal weakness after a sprain on the snowmobile trail; SLS and step-ons: passes.
        ["vord-h212-avr-pta-snowshoe-guide-ankle-two-codes"] = new(
            """
            ▦ TheraTiles · Session
            Allagash Valley Rehab — Fort Kent, ME
            Therapist: Normand Daigle, PTA (supervising PT: Yvette Cyr, PT)
            ▦ Attendance: ● 1:1 ○ Concurrent ○ Group
            ▦ 97112 Neuromuscular re-education · ⏱ 00:23:05
               ✅ BAPS board in standing on the left · ✅ wide snowshoe-stance steps onto foam with a hold · ✅ ball catches standing on the left on the Airex
               Progress: single-leg stance left 10 s on the Airex · 8 of 10 foam step-ons held
            ▦ 97110 Therapeutic exercise · ⏱ 00:13:12
               ✅ heel raises off a step 3×15 · ✅ banded eversion 3×15 · ✅ step-downs off a 6-inch step 3×10
            ▦ Impairment: left ankle proprioception and peroneal weakness after the sprain on the snowmobile trail; he guides snowshoe tours on the Allagash.
            ▦ Effort ★★★★☆ · Mood 🙂
            Tiles key: ● selected · ○ not selected · ✅ done today · ❌ not done today · ▓ done ░ not done · ★ effort as the therapist rated it
            """,
            ["S93.402D"], [PTA("97112", 23), PTA("97110", 13)], []),

        // PingNote NRT, Kendra Sonnier (OT) 97530: tackle box to the tailgate, rain gear on the high hook, top-cabinet reach, weighted casting motion (technique), loads, counts, assistance and flexion degrees (measure), R shoulder weakness after a cuff repair with a boat goal (deficit); 20 min: passes.
        ["vord-h212-nrt-ot-97530-tackle-box-and-tailgate"] = new(
            """
            PingNote ◆ Quick visit
            Neches River Therapy · Woodville, TX
            By Kendra Sonnier, OTR/L
            🤖 App summary: Therapeutic activities, right shoulder, after the rotator cuff repair.
            — — —
            97530 Therapeutic activities ▸ 20 min
            Who: 👤 1:1
            Did: lifting a tackle box from the floor to a truck-tailgate-height table, hanging his rain gear on the high hook, reaching into the top cabinet for the coffee can, casting motion with a weighted rod handle.
            Why ⚠️: right shoulder weakness and limited overhead reach after the rotator cuff repair; 🎯 goal to launch and run his own boat on Sam Rayburn this spring.
            Numbers 📈: tackle box (8 lb) to the tailgate 5 times, stand-by assist ⬆️ · rain gear hung 3 of 3 · shoulder flexion right 140°
            Next ➡️: the boat-trailer winch handle
            PingNote key: ⬆️ better than last visit · ⬇️ worse than last visit · ➡️ plan for next visit
            """,
            ["M75.121", "Z98.890"], [OT("97530", 20)], []),

        // BPT, Dr. Mina Girgis: "Time: 97112 — 23 mins; 97116 — 15 mins", both matching; "☒ Yes"; big-amplitude stepping, pull reactions, counted turns; corridor and parking-lot gait with heel-first cues and wide turns; Parkinson's small steps, freezing at turns and delayed backward stepping; Mini-BESTest, pull test, feet and a freeze: passes.
        ["vord-h212-bpt-parkinsons-epiphany-procession"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Dr. Mina Girgis, PT, DPT

            Pt was received in the clinic with his son, he is sacristan at his parish and complains that he cannot walk steady in the Epiphany procession tonight carrying the candle.
            Pt is suffering from: Parkinson's disease with small shuffling steps, freezing at turns and delayed backward stepping.
            Program applied (97112):
            - Big-amplitude stepping forward, backward and sideways to floor targets
            - Backward stepping reactions after a pull at the shoulders
            - Turning in place with a count of four steps
            Program applied (97116):
            - Gait training in the corridor and the parking lot with heel-first cues and longer steps, turning around the cone in a wide arc
            One-on-one: ☒ Yes ☐ No
            Measurements: Mini-BESTest 19/28; pull test 2 steps; walked 400 feet with 1 freeze at the turn.
            Time: 97112 — 23 mins; 97116 — 15 mins
            Recommendation: Big steps in the house 3 times daily.
            """,
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], []),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
