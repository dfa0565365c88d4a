using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-sixty-eighth held-out set for issue 18 (read notes the way therapists write them), written blind on
/// 2026-12-07 in the twenty-second session by an outside reviewer (physical-therapy billing and compliance, years of
/// Medicare and commercial payer medical review) who had not read the note analyzer, its vocabulary files, its unit tests,
/// its oracle or the samples — only PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the
/// earlier held-out files in this folder (read for their format and to write styles, phrasings, vocabulary and examples
/// they do not already have). The engine's output on these notes was never looked at while writing them, and the tests
/// were never run by the reviewer.
/// The set is notes full of the patient's own words: long quoted Subjectives and quotes all through the note ("I was all
/// alone in the house when I went down", "my walking group left me behind", "we did this in class at the Y", "it takes
/// me twenty minutes to get dressed", "my wife says I shuffle"), the patient's and the care partner's words about home,
/// family, classes, groups, other people and times of day that are not about today's session, beside the clinician's
/// own statements of what was done, one-on-one, the deficit and the numbers — about two thirds ordinary and complete (68
/// of 101), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, a PT's and an OT's code on one visit), by
/// PTs, PTAs and OTs, from three employers no earlier set has, each with its own habit of quoting:
/// <list type="number">
/// <item>a geriatric-focused private practice ("Hollyhock Lane Geriatric Physical Therapy", HLG: offices in Fairhope and
/// Daphne, Alabama, and a house-call room at the Point Clear Landing retirement community), whose template opens with "IN
/// HER OWN WORDS:" / "IN HIS OWN WORDS:", a long verbatim quote closed "(quoted as said)", then "WHAT WE DID: 97112 · 23
/// min", "WHY:" and "MEASURED:" and a row "1:1 for billed time: ☐ Yes ☐ No": Mariah Greenlee (PT, DPT, GCS, owner),
/// Thomas Ashby (PT), Luanne Pressley (PTA) and Fern Ocampo (OTR/L); a woman who lay on her kitchen floor until the
/// mail came, a bridge-club hostess with a card table, a man who fishes off the pier, a porch swing on the bay, the
/// longest hallway in Baldwin County, pralines, a grandson home from LSU and the community aide holding the walker;</item>
/// <item>a Parkinson's and movement-disorders clinic ("Wintergreen Movement Disorders Center — Therapy Services", WMDC:
/// Lynchburg and Bedford, Virginia), whose notes record the medication state and dose time and quote each speaker on a
/// line of their own ("Pt says:", "Wife says:", "Daughter says:", "Husband says:"), then "97112 — 23 min", "Deficit:" and
/// "Measures:", and a row "Delivery: ☐ Individual ☐ Group (PWR! class) ☐ Co-treat": Colleen Marsh (PT, DPT, NCS), Isaac
/// Brandt (PT), Tovah Lerner (PTA) and Benedikt Varga (OTR/L); a walking group at the river walk, a boxing class at the Y,
/// an organist whose foot misses the pedals, a johnboat on Smith Mountain Lake, a check the bank called about, a pill box, the
/// Kroger cart and a wife learning the doorway cues;</item>
/// <item>a women's health and pelvic/balance practice ("Saltmeadow Women's Health &amp; Balance PT", SWH: Mystic and Old
/// Saybrook, Connecticut, and Westerly, Rhode Island), whose notes quote in curly quotes under "She reports:" and "Her
/// goal, in her words:", then "Neuromuscular re-education 97112 (23 min) · 1:1", "Impairment:" and "Objective:": Noor
/// Haddad-Quinn (PT, DPT, WCS), Abigail Tisdale (PT, DPT), Marisol Vega (PTA) and Hana Okafor (OTR/L); twins and a car
/// seat, a tomato bed, lobster traps, a Bermuda cruise, a Zumba grapevine, a barre teacher, the sail back from Block
/// Island and a mother who came to see what her daughter pays for.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer, by what the clinician documented about today's
/// session: the patient's and the family's quoted words describe the patient's life — they can state a deficit or a
/// functional goal, never the session's attendance or its minutes — so "alone in the house", "my walking group", "class
/// at the Y" and "she had me alone in the room last time" neither state nor undo one-on-one, and "twenty minutes to get
/// dressed" or "forty-five minutes to button a shirt" are not a code's minutes:
/// <list type="bullet">
/// <item>class 1 (v1-h168-…): one-on-one in these writers' own words ("1:1 — Mrs. Tillman and I, nobody else in the
/// gym", "I had him to myself for the whole re-ed block; his wife sat in on it", "1:1, Delmer only — no class today,
/// just the two of us", "One-on-one throughout — his wife sat in the corner chair", "one-on-one for the whole re-ed; the
/// community aide held the walker and did not treat anyone", "just Colleen and Mr. Saufley for the whole 97112, his
/// daughter listening from the door") beside quotes about being alone, a walking group and a class; notes where only the
/// patient's words speak of being alone or of a class, or of last week's visit, and the clinician states nothing; notes
/// that negate it (a PTA working two men at the boxing bags, two women on the two foam lanes at once), and an OT's
/// 97530 in a kitchen group of three, a code without a one-on-one check;</item>
/// <item>class 2 (v2-h168-…): checkbox and blank-field states: "1:1 for billed time: ☒ Yes ☐ No" and the same row with
/// neither ticked, the Wintergreen delivery row with "☒ Individual" and with nothing ticked beside "I go to the PWR
/// class on Fridays", "Impairment: ____", "Objective: Berg ___  TUG ___ sec", a single code's "97112 · __ min" (no
/// finding for one timed code) and a second code's "97110 — ___ min";</item>
/// <item>class 3 (v3-h168-…): named programmes and methods as techniques (LSVT BIG maximal daily exercises with their
/// repetitions, Tai Ji Quan: Moving for Better Balance forms, rhythmic auditory stimulation with a metronome in beats
/// per minute, the Knack with surface EMG biofeedback, the Meeks method for osteoporosis, myofascial release and scar
/// mobilisation of a Pfannenstiel scar), a practice's own "Hollyhock Steady Steps, card 4, per clinic handout" as the
/// only technique, LSVT BIG named with no dose and no number, and FallProof stations with no deficit;</item>
/// <item>class 4 (v4-h168-…): deficits stated as the clinician's findings (a woman who turns in the bathroom holding the
/// sink and sways looking up at the shower head, a foot that drags and catches on the threshold, slowed fine-motor
/// sequencing beside "forty-five minutes to button a shirt"), a 97110's and a 97530's target given only as the patient's
/// quoted functional goal (tea parties on the floor with a granddaughter, getting up out of the tomato bed), and notes
/// that state none ("WHY: no new problems today", "Deficit: see POC", "Impairments: within functional limits", manual
/// therapy with no region);</item>
/// <item>class 5 (v5-h168-…): measures in every usual form (30-second chair stand and 4-stage balance, TUG and
/// TUG-cognitive with UPDRS III item scores, the PERFECT scale, rollator distance and assistance for 97116) and notes
/// with none ("she says she feels better", "wife says he freezes less", exercises "as tolerated", a 97112 whose only
/// numbers are the patient's age and falls in words);</item>
/// <item>class 6 (v6-h168-…): minutes in these templates' forms (two "WHAT WE DID: 97112 · 23 min" blocks, a clock range
/// "97112 10:05–10:29" on the code's own line beside a dose time, headings "NEUROMUSCULAR RE-EDUCATION — 97112 — 22
/// minutes", a PT's and an OT's code on one visit, a minute box "97110 [ 14 ] min"), true mismatches (30 on an
/// 18-minute line beside "a half hour on the church steps", a 97110's 25 on 14, 12 on 22) and truly missing separate
/// time ("Total timed: 36 min" for two codes, two codes with no minutes at all);</item>
/// <item>class 7 (v7-h168-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check:
/// an empty two-code note, spaces and line breaks with no diagnosis), the contract's meanings for 97110 (hip exercises
/// after a hip fracture), 97530 (the car seat, the doll and the laundry basket postpartum), 97140 (knee glides after a
/// TKA) and 97116 (the U-Step walker through doorways), and wholly generic notes: "Balance training. Tolerated well.
/// Continue POC." under a quote about pralines, a two-code "per plan" note with minutes for each, and "manual therapy as
/// indicated";</item>
/// <item>ordinary (vord-h168-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), each with the patient's or the family's words about home, classes, groups and times of day, and the ordinary
/// weak ones: a complete note with no diagnosis and one whose diagnosis is written "PD".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — wives, husbands, daughters, a grandson,
/// a niece, a community aide (none of them a patient; Mr. Rakes at the bags and Mrs. Arruda on the other foam lane
/// are), ages, dates, years since diagnosis, heights, step heights in inches, loads in pounds, cue rates in beats per
/// minute, degrees, centimetres, microvolts, letter heights, distances, stairs, counts of falls, pushes and doorways,
/// times of day and dose times, and the patients' own durations of home tasks in words — and each is written so that a
/// reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code ("97112 · 23
/// min", "97112 — 23 min", "97112 (23 min)"), in its block's heading, in a minute box or as a clock range on the code's
/// own line; no note gives minutes to a visit, a drill, a rest or a test, except the one that gives the visit a total
/// ("Total timed: 36 min"); notes failed for want of a measure carry no number but their code and its minutes (and, in
/// one, the patient's age and falls written in words). DOC_GENERIC_ONLY is expected only where the note names no
/// technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number;
/// for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is
/// judged on the billed minutes: a family member, caregiver or staff member in the room does not undo a one-on-one
/// statement, another patient treated in the same block does, and a therapist attending someone else during the block is
/// not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the quotes that could honestly be read either way: the patient's words about today's
/// session as the only one-on-one statement ("you had me all to yourself today"), a patient's or care partner's quoted
/// time in digits that could be today's ("I was on that bike 20 minutes"), a 97112 whose only neuromuscular deficit is
/// in the patient's or the family's words ("my wife says I shuffle" with nothing from the clinician), a quoted score or
/// count the clinician did not record herself, and a quote that says a class or group met in the clinic the same hour.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 98 of 101 cases agree (99 needed), and 2 of the 68 notes the reviewer passes got a finding, on the analyzer of 761c33f (the 2026-12-07 twenty-second session after the hundred-and-fifty-sixth to hundred-and-sixty-fourth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, ed4cfb9): 100 of 101, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSixtyEighthTests(ITestOutputHelper output)
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

        // HLG Fairhope, long quoted Subjective ("I was all alone in the house when I went down …"), then Mariah's "1:1 — Mrs. Tillman and I, nobody else in the gym"; perturbations on foam, step-and-stick, tandem with head turns; delayed stepping reaction; Berg and perturbation count; "97112 · 24 min" matches: passes.
        ["v1-h168-hlg-alone-in-the-house-and-one-on-one"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Tillman, Ora (84) · DOS 12/07/2026 · Mariah Greenlee, PT, DPT, GCS
            IN HER OWN WORDS: "I was all alone in the house when I went down, and I laid there on the kitchen floor until my neighbor came by with the mail. I don't want that again. My daughter calls me every morning at eight now." (quoted as said)
            WHAT WE DID: 97112 · 24 min
            1:1 — Mrs. Tillman and I, nobody else in the gym for the whole block.
            Perturbations at the pelvis standing on foam, four directions; step-and-stick onto the Airex; tandem walking along the rail with head turns.
            WHY: delayed stepping reaction and posterior sway; she steps late to the L.
            MEASURED: Berg 42/56 (37 at eval); 6 of 10 perturbations recovered with one step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // HLG Fairhope, the patient's "I was all alone in the house when I went down" is the only "alone" in the note and Thomas never says how he delivered the block: one-on-one unstated; technique, deficit and measure present.
        ["v1-h168-hlg-alone-in-the-house-only"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Boudreaux, Lyle (81) · Thomas Ashby, PT
            IN HIS OWN WORDS: "I was all alone in the house when I went down. Got up by crawling to the couch. My boy in Mobile doesn't know yet." (quoted as said)
            WHAT WE DID: 97112 · 22 min
            Rocker board A/P with eyes closed; lateral weight shifts on foam with reaching to the cones; reactive steps to light pushes at the shoulders.
            WHY: impaired ankle strategy and proprioception both feet (neuropathy); he falls backward.
            MEASURED: rocker board 11 sec without an edge touch; Berg 40/56.
            """,
            ["E11.42", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // WMDC Lynchburg: Pt says "my walking group left me behind at the river walk"; Colleen "had him to myself for the whole re-ed block; his wife sat in on it"; large-amplitude stepping to targets, turning practice with a count, dual-task walking; freezing at turns; Mini-BEST and FOG count; "97112 — 25 min" matches: passes.
        ["v1-h168-wmdc-walking-group-left-me-behind"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Harlan Mabry, 73 · Dx yr 2019 · Med state at session: ON (carbidopa-levodopa taken 9:30 am)
            Pt says: "My walking group left me behind at the river walk on Saturday. I kept stopping at the bridge."
            Wife says: "He freezes every time he turns around in the kitchen."
            97112 — 25 min. I had him to myself for the whole re-ed block; his wife sat in on it.
            Large-amplitude stepping to floor targets; 180° turns with an external count; walking while naming animals (dual task).
            Deficit: freezing of gait at turns and doorways, reduced step amplitude.
            Measures: Mini-BESTest 17/28; 2 freezing episodes in 6 turns (5 of 6 at eval).
            """,
            ["G20.B2"], [PT("97112", 25)], []),

        // WMDC Bedford: Pt says "we did this in class at the Y"; Isaac's note names the block and its work but never says how it was delivered; the "class" is the patient's Tuesday class, not today's session: one-on-one unstated.
        ["v1-h168-wmdc-class-at-the-y-unstated"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Eunice Coles, 69 · Med state: ON
            Pt says: "Oh, we did this in class at the Y, the boxing one on Tuesdays. I like the bag work better."
            97112 — 23 min: forward and backward stepping to a metronome beat; reaching out of base of support on foam; sit-to-stand with a big arm swing.
            Deficit: reduced postural control with a backward loss of balance (retropulsion); short shuffling steps.
            Measures: pull test 3 steps to recover; Mini-BESTest 19/28.
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // WMDC Bedford, same kind of "class at the Y" quote, but Isaac writes "1:1, Eunice only — no class today, just the two of us": passes.
        ["v1-h168-wmdc-class-at-the-y-with-one-on-one"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Delmer Ayers, 71 · Med state: ON, wearing off by afternoon
            Pt says: "We did this in class at the Y. The teacher has us march with the music."
            97112 — 22 min · 1:1, Delmer only — no class today, just the two of us in the back gym.
            Weight shifts over a wide base with reaching to the wall targets; marching to an auditory cue; backward stepping with a recovery step.
            Deficit: postural instability with retropulsion; festinating steps when he hurries.
            Measures: TUG 14.2 sec; pull test 2 steps to recover.
            """,
            ["G20.A2"], [PT("97112", 22)], []),

        // WMDC Lynchburg PTA running the "boxing" circuit: Tovah "worked Mr. Eubank and Mr. Rakes at the same time at the bag stations" — another patient in the block: one-on-one missing.
        ["v1-h168-wmdc-pta-two-at-the-bags"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Clayton Eubank, 77 · Med state: ON
            Pt says: "Ready to hit something today."
            97112 — 21 min. Worked Mr. Eubank and Mr. Rakes at the same time at the bag stations, going back and forth.
            Stepping punches with a forward lunge; lateral shuffles to the cone and back; stance on foam with eyes closed.
            Deficit: impaired postural responses and reduced step length.
            Measures: 4 of 8 lateral pushes without a step; Mini-BESTest 18/28.
            """,
            ["G20.A1"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // SWH Mystic, curly quotes: “my wife says I shuffle” is a patient quote; Noor's “One-on-one throughout — his wife sat in the corner chair”; rhythmic stabilization in half-kneel, foam stance, step-and-stick; L hip postural control after a fall; Berg and tandem; “97112 (24 min)” matches: passes.
        ["v1-h168-swh-my-wife-says-i-shuffle"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS
            He reports: “My wife says I shuffle. I don’t feel like I do, but she’d know.”
            His goal, in his words: “Walk the dog down to the drawbridge without her holding my arm.”
            Neuromuscular re-education 97112 (24 min). One-on-one throughout — his wife sat in the corner chair.
            Rhythmic stabilization in half-kneeling; foam stance with head turns; step-and-stick onto the Airex.
            Impairment: reduced hip strategy and a late protective step to the L.
            Objective: Berg 46/56; tandem stance 8 sec R in front.
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // SWH Old Saybrook: “She had me alone in the room last time too” is the patient's remark about last visit; Abigail states nothing about today's delivery: unstated.
        ["v1-h168-swh-last-time-too-is-not-today"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Old Saybrook
            Visit note · Abigail Tisdale, PT, DPT
            She reports: “Last week was the best. Dr. Haddad-Quinn had me alone in the room and I finally got the squeeze right.”
            Neuromuscular re-education 97112 (22 min): pelvic floor motor control with a pre-contraction before a cough (the Knack), quick-flick timing in standing, balance on foam with a pelvic brace.
            Impairment: delayed pelvic floor recruitment with cough; leaks on a sneeze.
            Objective: 8 of 10 pre-contractions timed before the cough; single-leg stance 12 sec.
            """,
            ["N39.3"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SWH Westerly: two patients seen together in the balance room ("Marisol had Mrs. Pease and Mrs. Arruda on the two foam lanes at once"): one-on-one missing even though each patient's quote is personal.
        ["v1-h168-swh-two-foam-lanes"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Marisol Vega, PTA
            She reports: “I’m walking the beach every morning now, but only at low tide.”
            97112 (20 min): Mrs. Pease and Mrs. Arruda on the two foam lanes at once, I moved between them. Tandem walking on the foam lane, lateral stepping over the rope, feet-together with eyes closed.
            Impairment: somatosensory loss in both feet, sways with vision removed.
            Objective: feet-together eyes closed 14 sec; tandem on the lane 6 steps without a touch.
            """,
            ["R26.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // HLG Brevard-style house-call room at Point Clear Landing: the aide stays to help with the walker, Luanne writes "one-on-one for the whole re-ed; the aide held the walker and did not treat anyone"; quoted "it takes me twenty minutes to get dressed" stays the patient's life; foam, stepping, head turns; sway; 4-stage balance; 97112 23 matches: passes.
        ["v1-h168-hlg-aide-held-walker-twenty-minutes-dressed"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — house-call room, Point Clear Landing
            Prejean, Viola (88) · Luanne Pressley, PTA
            IN HER OWN WORDS: "It takes me twenty minutes to get dressed in the morning, and I have to sit on the bed for the stockings. I used to be quick." (quoted as said)
            WHAT WE DID: 97112 · 23 min — one-on-one for the whole re-ed; the community aide held the walker and did not treat anyone.
            Feet-together and semi-tandem stance on foam; stepping to floor targets with a reach; standing head turns at the counter.
            WHY: poor postural control with increased sway when vision is taken away.
            MEASURED: 4-stage balance test: semi-tandem 10 sec, tandem 3 sec.
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // OT 97530 (no one-on-one check for the code) at HLG Fairhope in a kitchen threesome: Fern's kitchen group of three; the code passes on its own contract: activities, goal, assist and count.
        ["v1-h168-hlg-ot-kitchen-threesome-97530"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office, therapy kitchen
            Guidry, Nell (79) · Fern Ocampo, OTR/L
            IN HER OWN WORDS: "I want to bake the pound cake for church again. My sister says I'm too slow in the kitchen."
            97530 · 26 min, kitchen group with two other residents of Point Clear Landing: carrying items from the fridge to the counter with a rolling cart, reaching to the second shelf, standing at the counter to mix.
            Goal: safe meal preparation standing at the counter.
            Measured: 6 trips with the cart at supervision; stood 4 bouts at the counter without a rest.
            """,
            ["R26.89"], [OT("97530", 26)], []),

        // WMDC: the care partner quoted ("I do all the driving now, he won't") and the clinician's own "just Colleen and Mr. Saufley for the whole 97112, his daughter listening from the door": passes.
        ["v1-h168-wmdc-daughter-at-the-door"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Warren Saufley, 80 · Med state: ON, dyskinesia mild
            Daughter says: "I do all the driving now. He won't get back behind the wheel."
            Pt says: "My feet stick to the floor at the grocery store."
            97112 — 24 min; just Colleen and Mr. Saufley for the whole 97112, his daughter listening from the door.
            Visual floor-line cueing through a doorway; weight shift before step initiation; turning in a small box with a counted rhythm.
            Deficit: freezing of gait with step initiation and in narrow spaces.
            Measures: FOG episodes 1 of 5 doorway passes; TUG 16.8 sec.
            """,
            ["G20.B2"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // HLG template row "1:1 for billed time: ☒ Yes ☐ No" ticked, quote about her bridge club; foam, perturbations, head turns; sway; Berg and TUG; "97112 · 22 min" matches: passes.
        ["v2-h168-hlg-one-on-one-box-ticked"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Sonnier, Estelle (82) · Thomas Ashby, PT
            IN HER OWN WORDS: "The bridge club meets at my house on Thursdays and I have to carry the card table in from the garage." (quoted as said)
            WHAT WE DID: 97112 · 22 min
            1:1 for billed time: ☒ Yes ☐ No
            Perturbations at the pelvis on foam; standing head turns on the Airex; side-stepping over the rope with a carry.
            WHY: postural control with dual-task carrying; she veers and catches herself on the wall.
            MEASURED: Berg 45/56; TUG with a carry 13.4 sec.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // HLG the same row left "☐ Yes ☐ No" (neither ticked), nothing else on delivery; the quote mentions her "exercise class at church": one-on-one unstated.
        ["v2-h168-hlg-one-on-one-box-blank"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Landry, Pearl (86) · Thomas Ashby, PT
            IN HER OWN WORDS: "We do the chair exercises in class at church after Wednesday supper. I can't do the standing part." (quoted as said)
            WHAT WE DID: 97112 · 23 min
            1:1 for billed time: ☐ Yes ☐ No
            Rocker board with eyes closed at the counter; step-and-stick to the four corners; reactive steps to pushes.
            WHY: reduced ankle strategy and slow stepping responses.
            MEASURED: Berg 39/56; rocker board 9 sec.
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // WMDC row "Delivery: ☐ Individual ☐ Group (PWR! class) ☐ Co-treat" with no box ticked; the patient's "I go to the PWR class on Fridays" is his life: one-on-one unstated.
        ["v2-h168-wmdc-delivery-row-unticked"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Rufus Tinsley, 74 · Med state: OFF (late dose)
            Pt says: "I go to the PWR class on Fridays. Nobody there freezes like me."
            97112 — 22 min
            Delivery: ☐ Individual ☐ Group (PWR! class) ☐ Co-treat
            PWR! Moves in standing (PWR! Up, Rock, Twist, Step); weight shifts with a visual target; turning in place to a count.
            Deficit: freezing at turns, reduced trunk rotation and step amplitude.
            Measures: 360° turn 6.4 sec; FOG-Q 14/24.
            """,
            ["G20.B2"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // WMDC the same row with "☒ Individual" ticked: passes.
        ["v2-h168-wmdc-delivery-row-individual"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Opal Kinzer, 68 · Med state: ON
            Pt says: "My hand shakes worst at supper time."
            97112 — 24 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            PWR! Moves in quadruped and standing; reactive stepping to pushes from behind; walking with large arm swing around the cones.
            Deficit: retropulsion and a slow protective step backward.
            Measures: pull test 4 steps to recover (6 at eval); Mini-BESTest 20/28.
            """,
            ["G20.A2"], [PT("97112", 24)], []),

        // SWH "Impairment: ____" blank, the patient's quote is about a grandchild's christening: no deficit anywhere; technique, measure and one-on-one present.
        ["v2-h168-swh-impairment-blank"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Abigail Tisdale, PT, DPT
            She reports: “We christened the baby Sunday at St. Patrick’s and I stood through the whole thing.”
            97112 (23 min) · Delivery: 1:1
            Interventions: single-leg stance on the half foam roll with ball toss; tandem walking with head turns; lateral perturbations at the pelvis.
            Impairment: ____
            Objective: single-leg stance 15 sec R, 11 sec L; 7 of 10 perturbations without a step.
            """,
            ["M81.0"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // SWH "Objective: Berg ___  TUG ___ sec" blank, and a quote without numbers: no measure for the 97112.
        ["v2-h168-swh-objective-blanks"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Old Saybrook
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS
            She reports: “I feel steadier getting off the ferry, but the ramp still scares me.”
            97112 (22 min) · Delivery: 1:1 — just the two of us in the balance room
            Interventions: step-and-stick onto foam; tandem stance with eyes closed; reactive steps to pushes at the shoulders.
            Impairment: delayed stepping reaction and poor proprioception after the ankle fracture.
            Objective: Berg ___  TUG ___ sec
            """,
            ["S82.891D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // HLG "WHAT WE DID: 97112 · __ min" blank on a single-code visit: no minutes stated, which is no finding for one timed code; everything else there: passes.
        ["v2-h168-hlg-minute-blank-single-code"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Fontenot, Alma (83) · Mariah Greenlee, PT, DPT, GCS
            IN HER OWN WORDS: "My grandson put a grab bar by the tub, so now I can't blame the tub."
            WHAT WE DID: 97112 · __ min
            1:1 — just Alma and me.
            Stepping over obstacles on foam; feet-together with head turns; perturbations at the hips.
            WHY: impaired reactive balance and lateral sway.
            MEASURED: Berg 44/56; 7 of 10 perturbations without a step.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // WMDC two codes with "97110 — ___ min" left blank beside "97112 — 24 min": the 97110 has no minutes of its own, separate time missing.
        ["v2-h168-wmdc-second-minute-box-blank"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Nolan Pettry, 72 · Med state: ON
            Pt says: "I can't get out of the recliner without rocking three times."
            97112 — 24 min; 1:1 the whole block. Large-amplitude reaching and stepping to targets; turning in place with counting.
            Deficit (NMR): reduced step amplitude and freezing on turns. Measures: Mini-BESTest 16/28.
            97110 — ___ min: sit-to-stand from a low chair 3x8, seated trunk rotation with the ball 2x15, bridges 3x10.
            Deficit (TE): hip and trunk extensor weakness, can't rise from the recliner without rocking.
            """,
            ["G20.A1"], [PT("97112", 24), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // WMDC LSVT BIG maximal daily exercises (floor to ceiling, side to side, forward step, sideways step, backward step) with repetitions, a 97110 in its own voice; bradykinesia and small-amplitude movement; reps and a sit-to-stand time; "97110 — 16 min" matches: passes.
        ["v3-h168-wmdc-lsvt-big-daily-exercises"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Ruby Hensley, 66 · LSVT BIG week 2, session 6 of 16 · Med state: ON
            Pt says: "My husband says I walk like I'm in church — tiny steps so nobody hears me."
            97110 — 16 min: LSVT BIG maximal daily exercises — floor to ceiling 8 reps, side to side 8 reps each way, forward step 10 each leg, sideways step 10 each leg, backward step 10 each leg, forward rock and reach 10, sideways rock and reach 10.
            Target: bradykinesia and small-amplitude movement of the trunk and legs; short steps.
            5x sit-to-stand 15.1 sec (18.9 at eval).
            """,
            ["G20.A1"], [PT("97110", 16)], []),

        // HLG Tai Ji Quan: Moving for Better Balance forms in standing with weight transfer and a single-leg phase; poor lateral weight shift and a narrow base; Berg and single-leg stance; "1:1 — Thomas and Mr. Broussard"; 97112 · 23 min matches: passes.
        ["v3-h168-hlg-tai-ji-quan-forms"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Broussard, Emile (78) · Thomas Ashby, PT
            IN HIS OWN WORDS: "I used to do tai chi in the park with the Vietnamese ladies before the storm took the pavilion. They were better than me." (quoted as said)
            WHAT WE DID: 97112 · 23 min — 1:1, Thomas and Mr. Broussard, nobody else on the floor
            Tai Ji Quan: Moving for Better Balance — the eight-form routine in standing with slow weight transfer, "part the wild horse's mane" into a single-leg phase, and the mini-therapeutic movements at the counter.
            WHY: poor lateral weight shift onto the L and a narrow, hesitant base of support.
            MEASURED: Berg 47/56; single-leg stance L 6 sec (2 at eval).
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // WMDC rhythmic auditory stimulation — metronome at 104 bpm for overground walking, then beat-matched turning; festination and step-length variability; gait speed and a step count; "1:1"; 97112 — 22 min matches: passes (the bpm is a cue rate, not minutes).
        ["v3-h168-wmdc-rhythmic-auditory-stimulation"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Burl Vest, 76 · Med state: ON, 2 hr after dose
            Pt says: "At church I can't keep up with the recessional. I start running and can't stop."
            97112 — 22 min, 1:1 with Isaac, no other patients in the gym.
            Rhythmic auditory stimulation: metronome at 104 bpm for overground walking down the hall, then beat-matched turns around the cone; cue faded on the last two laps.
            Deficit: festination with step-length variability; loses the rhythm at turns.
            Measures: 10MWT 0.88 m/s cued, 0.71 m/s uncued; 24 steps for the 10 m cued.
            """,
            ["G20.B1"], [PT("97112", 22)], []),

        // SWH pelvic floor motor control with surface EMG biofeedback and the Knack before a cough and a lift; delayed pelvic floor recruitment; EMG peaks and timed holds; "1:1 in the private room"; 97112 (23 min) matches: passes.
        ["v3-h168-swh-knack-with-biofeedback"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS
            She reports: “I leak every time I pick up the twins together. My mother-in-law says that’s just what happens after babies — I don’t believe her.”
            Her goal, in her words: “Lift both boys into the car seat without crossing my legs first.”
            Neuromuscular re-education 97112 (23 min), 1:1 in the private room.
            Pelvic floor motor control with surface EMG biofeedback, supine to standing; the Knack (pre-contraction) before a cough and before a lift of a weighted doll.
            Impairment: delayed pelvic floor recruitment and poor coordination with abdominal pressure.
            Objective: EMG peak 24 µV (15 at eval); 7 of 10 pre-contractions timed before the cough.
            """,
            ["N39.3"], [PT("97112", 23)], []),

        // SWH the Meeks method (supine spinal extension decompression, shoulder press-downs, bent-knee fallouts) with holds and reps for osteoporosis, as a 97110; thoracic kyphosis and extensor weakness; doses; "97110 (17 min)" matches: passes.
        ["v3-h168-swh-meeks-method-97110"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Old Saybrook
            Visit note · Abigail Tisdale, PT, DPT
            She reports: “I’m four feet eleven now. I was five foot one at my wedding.”
            Therapeutic exercise 97110 (17 min): Meeks method — supine decompression with the towel roll, 3 holds of 60 sec, shoulder press-downs 10 x 5 sec, bent-knee fallouts 2x10, prone head lifts 2x8.
            Impairment: thoracic spinal extensor weakness with increasing kyphosis; osteoporosis.
            """,
            ["M81.0"], [PT("97110", 17)], []),

        // SWH myofascial release to the C-section scar and lower abdominal wall, scar mobilisation in three directions; restricted scar and pain with bending; parameters in rounds; 97140 (11 min) matches: passes.
        ["v3-h168-swh-c-section-scar-mfr"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS
            She reports: “It pulls when I bend down for the laundry basket. My sister had the same thing after her second.”
            Manual therapy 97140 (11 min): myofascial release to the lower abdominal wall; scar mobilization to the Pfannenstiel scar in three directions, 4 rounds each; skin rolling along the scar.
            Impairment: adherent C-section scar with restricted lower abdominal tissue mobility, pain bending forward.
            Objective: forward bend to mid-shin before the pull (knee before treatment).
            """,
            ["L90.5"], [PT("97140", 11)], []),

        // HLG branded programme only: "Hollyhock Steady Steps, card 4, per clinic handout" is the whole of the intervention; one-on-one, deficit and a number present, no generic phrase: technique missing.
        ["v3-h168-hlg-steady-steps-card-only"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Comeaux, Hilda (80) · Luanne Pressley, PTA
            IN HER OWN WORDS: "I keep the card on the refrigerator. My great-niece checks that I do it." (quoted as said)
            WHAT WE DID: 97112 · 21 min — 1:1
            Hollyhock Steady Steps, card 4, per clinic handout.
            WHY: slow stepping responses and sway with eyes closed.
            MEASURED: Berg 41/56; TUG 14.6 sec.
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Tech, "97112")]),

        // WMDC LSVT BIG maximal daily exercises named as a 97110 with no repetitions or load, and no number in the note but the code and its minutes: measure missing on 97110; small-amplitude movement present.
        ["v3-h168-wmdc-lsvt-big-no-dose"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Vernon Staton · Med state: ON
            Pt says: "My granddaughter does the moves with me in the living room. She thinks it's a dance."
            97110 — 15 min: LSVT BIG maximal daily exercises — floor to ceiling, side to side, forward and backward stepping, rock and reach.
            Target: bradykinesia and small-amplitude arm swing and stepping.
            """,
            ["G20.A1"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // SWH FallProof-style multisensory stations named with counts and "1:1", but no deficit, system or region anywhere (the quote is about a cruise): deficit missing.
        ["v3-h168-swh-fallproof-no-deficit"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Marisol Vega, PTA
            She reports: “We booked the Bermuda cruise for April! My husband wants the balcony.”
            97112 (22 min) · 1:1
            FallProof multisensory stations: foam stance with eyes closed, head turns on the half roll, stepping over the hurdles to a called color.
            Objective: foam eyes closed 19 sec; 9 of 12 hurdle steps to the called color.
            """,
            ["M81.0"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none stated

        // HLG: "she can't turn around in the bathroom without holding the sink; she sways when she looks up at the shower head" as Mariah's finding; turning drills, head-up reaching on foam, stepping around the cones; Berg and a 180° turn count; "1:1"; 97112 · 24 min matches: passes.
        ["v4-h168-hlg-turns-holding-the-sink"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Theriot, Mavis (85) · Mariah Greenlee, PT, DPT, GCS
            IN HER OWN WORDS: "My late husband built that bathroom and it was always too small. I hold on to the sink to turn around, and I don't look up anymore." (quoted as said)
            WHAT WE DID: 97112 · 24 min — 1:1, Mavis and me
            Small-base turning drills in the parallel bars then free; reaching up to the top shelf standing on foam; stepping around the cones with a direction change on cue.
            WHY: she cannot turn in a small space without holding on and she sways posteriorly with neck extension — impaired postural control with head and trunk movement.
            MEASURED: 180° turn in 4 steps (7 at eval); Berg 43/56.
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // WMDC 97116: "his L foot drags and catches the toe on the threshold" as Isaac's finding; gait training with the laser cane and floor stripes, turns, doorway passes; distance and assist; "97116 — 18 min" matches: passes.
        ["v4-h168-wmdc-foot-drags-at-threshold-97116"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Grady Hostetter, 79 · Med state: ON
            Pt says: "The UPS man found me on the porch. I caught my foot going out the door."
            97116 — 18 min: gait training with the laser cane, then stepping over the floor stripes; 6 doorway passes; turning around the chair.
            Deficit: his L foot drags with a reduced heel strike and he catches the toe on door thresholds; short step length on the L.
            Walked 320 ft with the laser cane, contact guard; 150 ft without the cane, min assist at turns.
            """,
            ["G20.A2", "Z91.81"], [PT("97116", 18)], []),

        // SWH 97110 whose only target is the patient's quoted functional goal ("get down on the floor with my granddaughter and back up again"); exercises with doses; "97110 (18 min)" matches: passes (a functional goal is a 97110's target).
        ["v4-h168-swh-floor-with-granddaughter-goal"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Old Saybrook
            Visit note · Abigail Tisdale, PT, DPT
            Her goal, in her words: “Get down on the floor with my granddaughter for tea parties and back up again without the coffee table.”
            Therapeutic exercise 97110 (18 min): half-kneel to stand holding the plinth 2x6 each side, step-ups on the 6 in step 2x10, goblet squats with the 8 lb kettlebell 3x8, side-lying hip abduction 2x12.
            """,
            ["M62.81"], [PT("97110", 18)], []),

        // SWH OT-free 97530 by a PT: floor transfer practice toward the quoted goal of getting up after a fall in the garden; assist level and reps; "97530 (16 min)" matches: passes.
        ["v4-h168-swh-garden-floor-recovery-97530"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS
            She reports: “I went down in the tomato bed in August and couldn’t get up. I sat there till my neighbor came home from work.”
            Her goal, in her words: “Get myself up off the ground if it happens again.”
            Therapeutic activities 97530 (16 min): floor-recovery sequence — side-sit to quadruped to half-kneel to stand using the garden bench; kneeling to pull weeds from a raised tub and standing back up.
            Objective: floor to stand 4 of 4 trials with stand-by assist using the bench; 3 kneel-to-stand transitions without hands.
            """,
            ["Z91.81", "M62.81"], [PT("97530", 16)], []),

        // HLG "WHY: no new problems today" and a quote about the Christmas parade: no deficit for the 97112; technique, measure and one-on-one present.
        ["v4-h168-hlg-no-new-problems"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Hebert, Claude (77) · Thomas Ashby, PT
            IN HIS OWN WORDS: "The Christmas parade comes right down our street Saturday. The grandkids are coming." (quoted as said)
            WHAT WE DID: 97112 · 22 min — 1:1
            Perturbations on the foam, tandem walking with head turns, rocker board with eyes closed.
            WHY: no new problems today.
            MEASURED: Berg 48/56; tandem 12 sec.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // WMDC "Deficit: see POC" is a pointer, not a deficit, and the quote is about the Apple Harvest festival: deficit missing on the 97112.
        ["v4-h168-wmdc-deficit-see-poc"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Della Rucker, 70 · Med state: ON
            Pt says: "We're going to the apple harvest festival this weekend if it doesn't rain."
            97112 — 23 min; 1:1 the whole block.
            Stepping to targets with a visual cue; reactive steps to pushes from behind; turning in a box.
            Deficit: see POC.
            Measures: Mini-BESTest 21/28; pull test 2 steps.
            """,
            ["G20.A1"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // SWH 97140 "soft tissue mobilization and myofascial release, 4 rounds" with no body region, tissue or impairment anywhere (the quote is about her daughter's wedding): deficit missing on 97140.
        ["v4-h168-swh-manual-no-region"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Abigail Tisdale, PT, DPT
            She reports: “My daughter’s wedding is at the Inn in June. I already have the dress.”
            Manual therapy 97140 (12 min): soft tissue mobilization and myofascial release, 4 rounds, then skin rolling.
            """,
            ["M62.89"], [PT("97140", 12)], [At(Deficit, "97140")]),

        // HLG default "Impairments: within functional limits" not changed, and nothing else names a deficit: deficit missing on the 97112.
        ["v4-h168-hlg-within-functional-limits"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — house-call room, Point Clear Landing
            Arceneaux, Lorena (90) · Luanne Pressley, PTA
            IN HER OWN WORDS: "They moved bingo to the afternoon, so I had to move you." (quoted as said)
            WHAT WE DID: 97112 · 20 min — 1:1, no one else in the room
            Semi-tandem and tandem on foam at the counter; reaching to targets out of the base; step-and-stick.
            WHY: Impairments: within functional limits.
            MEASURED: tandem 7 sec; 4 of 6 step-and-stick without a touch.
            """,
            ["R26.81"], [PTA("97112", 20)], [At(Deficit, "97112")]),

        // WMDC OT 97530 by Benedikt: "it takes me forty-five minutes to button a shirt" (the patient's words) beside the OT's own finding of slowed fine-motor sequencing; buttoning board, zipper, sock aid; counts and a timed button row; "97530 — 24 min" matches: passes.
        ["v4-h168-wmdc-ot-buttons-forty-five-minutes"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Jasper Coyner, 75 · OT · Benedikt Varga, OTR/L · Med state: ON
            Pt says: "It takes me forty-five minutes to button a shirt. My wife does my cuffs."
            97530 — 24 min: buttoning board with large then small buttons, zipping his jacket with the pull tab, sock aid and long-handled shoe horn, cuff buttons with a button hook.
            Deficit: slowed, small-amplitude fine-motor sequencing (bradykinesia, micro-movements) limiting upper-body dressing.
            Measured: 5-button row in 108 sec (160 sec at eval); jacket on and zipped with set-up only.
            """,
            ["G20.A1"], [OT("97530", 24)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // HLG 30-second chair stand and 4-stage balance as the numbers, "1:1"; foam, perturbations; sway; 97112 · 22 min matches: passes.
        ["v5-h168-hlg-chair-stand-and-four-stage"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Guillory, Ned (82) · Mariah Greenlee, PT, DPT, GCS
            IN HIS OWN WORDS: "I sit on the tailgate to put my boots on now. My wife says one day I'll sit right off the end." (quoted as said)
            WHAT WE DID: 97112 · 22 min — 1:1
            Perturbations at the pelvis on foam; standing with feet together on the Airex with head turns; step-and-stick to the sides.
            WHY: poor lateral postural control; loses balance stepping sideways.
            MEASURED: 30-second chair stand 9 stands; 4-stage balance: tandem 6 sec, single leg 2 sec.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // WMDC MDS-UPDRS Part III item scores and a dual-task TUG difference; "1:1"; 97112 — 24 min matches: passes.
        ["v5-h168-wmdc-updrs-items-and-tug-cog"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Iris Wampler, 71 · Med state: ON
            Pt says: "I do fine walking until somebody talks to me."
            97112 — 24 min, 1:1 start to finish.
            Dual-task walking with serial 3s; stepping to floor targets while naming fruits; turns with a cognitive load.
            Deficit: dual-task interference with gait — step length shortens and freezing with conversation.
            Measures: TUG 11.9 sec, TUG-cognitive 17.3 sec; UPDRS III item 3.10 (gait) 2, item 3.12 (postural stability) 1.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // SWH pelvic measures in the clinic's form (PERFECT: P3 E6 R5 F8) beside a quote with no number; the Knack and quick flicks with a balance reach; "1:1"; 97112 (21 min) matches: passes.
        ["v5-h168-swh-perfect-scale"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS
            She reports: “I stopped going to Zumba because of the jumping part. The instructor keeps asking where I went.”
            Neuromuscular re-education 97112 (21 min) · 1:1
            Pelvic floor contraction timing with quick flicks in standing; the Knack before a small hop; single-leg reach with a pelvic brace.
            Impairment: poor pelvic floor endurance and delayed recruitment with impact.
            Objective: PERFECT — Power 3, Endurance 6 sec, Repetitions 5, Fast 8.
            """,
            ["N39.3"], [PT("97112", 21)], []),

        // HLG gait 97116 with distance and assistance as its measure ("230 ft with the rollator, stand-by"); shuffle and narrow base; "97116 · 17 min" matches: passes.
        ["v5-h168-hlg-rollator-distance-97116"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — house-call room, Point Clear Landing
            Dupuis, Marcel (89) · Luanne Pressley, PTA
            IN HIS OWN WORDS: "I walk down to the dining room for lunch. It's the longest hallway in Baldwin County." (quoted as said)
            WHAT WE DID: 97116 · 17 min
            Gait training with the rollator down the long hall: heel-strike cues, wider base, turning at the elevator bank; 2 passes over the threshold to the courtyard.
            WHY: short shuffling steps with a narrow base; hesitates at thresholds.
            MEASURED: 230 ft with the rollator, stand-by assist; 2 threshold passes without a catch.
            """,
            ["R26.89"], [PTA("97116", 17)], []),

        // HLG "MEASURED: she says she feels better" and no number but the code and its minutes: measure missing on the 97112.
        ["v5-h168-hlg-she-says-better"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Bergeron, Olive · Mariah Greenlee, PT, DPT, GCS
            IN HER OWN WORDS: "I feel better. I walked to the mailbox and back without the cane, and my son didn't even know." (quoted as said)
            WHAT WE DID: 97112 · 23 min — 1:1
            Perturbations on foam; step-and-stick; tandem walking with head turns.
            WHY: delayed stepping reaction and lateral sway.
            MEASURED: she says she feels better and steadier.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // WMDC "Measures: wife says he freezes less" and the care partner's quote are the only measure; no number but the code and its minutes: measure missing on the 97112.
        ["v5-h168-wmdc-wife-says-freezes-less"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Homer Dudley · Med state: ON
            Wife says: "He freezes less in the hallway since you gave him the stripes."
            97112 — 22 min; 1:1 with Colleen.
            Visual stripe cueing through the doorway; weight shift before step initiation; turning in a small box.
            Deficit: freezing of gait at doorways and on turns.
            Measures: wife says he freezes less.
            """,
            ["G20.B2"], [PT("97112", 22)], [At(Measure, "97112")]),

        // SWH 97110 "bridges, clamshells, bird dogs — as tolerated", no sets, reps or load and no number but the code and its minutes: measure missing on 97110.
        ["v5-h168-swh-as-tolerated-no-dose"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Marisol Vega, PTA
            She reports: “The baby sleeps through the night now, so I actually did my homework.”
            Therapeutic exercise 97110 (16 min): bridges with a pelvic floor contraction, clamshells with the band, bird dogs — as tolerated.
            Impairment: weak gluteals and deep abdominals after the pregnancy, diastasis at the umbilicus.
            """,
            ["M62.08"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // WMDC 97112 whose numbers are only the patient's ("I fell three times since Easter", "seventy-four years old") — plainly not a measure of today — and the clinician records no score: measure missing.
        ["v5-h168-wmdc-only-the-patients-numbers"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Lloyd Farris · Med state: ON
            Pt says: "I'm seventy-four years old and I've fallen three times since Easter. Every time it was backward."
            97112 — 23 min, 1:1.
            Backward stepping with a recovery step; reactive steps to pushes from behind; reaching forward over a wide base.
            Deficit: retropulsion with a delayed backward protective step.
            Measures: recovered better on the pushes than last visit.
            """,
            ["G20.A1", "Z91.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in every usual form, true mismatches, missing separate time

        // HLG two codes each with its minutes ("97112 · 23 min", "97116 · 15 min"); the quote's "twenty minutes to walk to the mailbox" is the patient's life; both complete: passes.
        ["v6-h168-hlg-two-codes-mailbox-twenty-minutes"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Melancon, Ida (83) · Mariah Greenlee, PT, DPT, GCS
            IN HER OWN WORDS: "It takes me twenty minutes to walk to the mailbox and back, and I rest on the Hendersons' wall halfway." (quoted as said)
            WHAT WE DID: 97112 · 23 min — 1:1. Perturbations on foam, step-and-stick, head turns walking the rail. WHY: delayed stepping reaction, sways with head turns. MEASURED: Berg 44/56.
            WHAT WE DID: 97116 · 15 min. Gait training with the single-point cane on the sidewalk loop and the curb cut; heel-strike and step-length cues. WHY: short L step, reduced gait endurance. MEASURED: 400 ft with the cane, supervision; 2 curbs with stand-by assist.
            """,
            ["R26.81", "R26.89"], [PT("97112", 23), PT("97116", 15)], []),

        // WMDC clock range on the code's own line ("97112 10:05–10:29"), med dose at 8:30 am elsewhere; 24 minutes match: passes.
        ["v6-h168-wmdc-clock-range-on-code-line"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Sadie Craddock, 72 · Med state: ON (dose at 8:30 am)
            Pt says: "Mornings are my good time. By four o'clock I'm stuck to the floor."
            97112 10:05–10:29, 1:1 with Colleen.
            Large-amplitude stepping to targets; turning practice with counting out loud; stepping over the floor stripes.
            Deficit: reduced step amplitude and start hesitation.
            Measures: Mini-BESTest 19/28; 10 m walk 13 steps.
            """,
            ["G20.B2"], [PT("97112", 24)], []),

        // SWH two codes in headings ("NEUROMUSCULAR RE-EDUCATION — 97112 — 22 minutes", "MANUAL THERAPY — 97140 — 10 minutes"); both complete: passes.
        ["v6-h168-swh-headings-two-codes"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Old Saybrook
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS
            She reports: “I’m back at the garden club, but I sit for the potting part.”
            NEUROMUSCULAR RE-EDUCATION — 97112 — 22 minutes
            1:1. Rhythmic stabilization in tall kneeling; foam stance with head turns; pelvic floor contraction timed with a step-up.
            Impairment: poor trunk and pelvic postural control; sways with head turns. Objective: single-leg stance 9 sec R, 7 sec L; Berg 49/56.
            MANUAL THERAPY — 97140 — 10 minutes
            Myofascial release to the R adductors and obturator internus region, external only, 3 rounds; trigger point release.
            Impairment: R adductor and deep hip rotator tension with pelvic pain. Objective: hip ER 35° to 45° after.
            """,
            ["N94.89", "R26.81"], [PT("97112", 22), PT("97140", 10)], []),

        // WMDC a PT's 97112 and an OT's 97530 on one visit, each with its minutes; both complete: passes.
        ["v6-h168-wmdc-pt-and-ot-same-day"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Arlo Dameron, 78 · Med state: ON
            Pt says: "My wife says I shuffle, and my handwriting's gotten so small the bank called about a check."
            PT (Isaac Brandt): 97112 — 23 min, 1:1. Big stepping to targets, backward stepping with a recovery step, pull-test practice. Deficit: retropulsion, small steps. Measures: pull test 3 steps; TUG 13.1 sec.
            OT (Benedikt Varga): 97530 — 18 min. Handwriting with large-amplitude letters on lined paper, writing a check, cutting food with built-up utensils. Deficit: micrographia and slowed fine-motor sequencing limiting writing and feeding. Measured: letter height 7 mm (4 at eval); 3 checks written legibly.
            """,
            ["G20.A1"], [PT("97112", 23), OT("97530", 18)], []),

        // SWH minute box "97110 [ 14 ] min" on a single code: passes.
        ["v6-h168-swh-minute-box"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Marisol Vega, PTA
            She reports: “I carry the laundry up two flights at my daughter’s place.”
            97110 [ 14 ] min: transverse abdominis bracing with heel slides 2x10, dead bugs 2x8, side planks from the knees 3 holds of 20 sec, squats with a pelvic floor contraction 2x10.
            Impairment: deep abdominal weakness with a 2-finger diastasis above the umbilicus.
            """,
            ["M62.08"], [PTA("97110", 14)], []),

        // HLG "97112 · 30 min" written on an 18-minute line: mismatch; otherwise complete.
        ["v6-h168-hlg-thirty-on-eighteen"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Duhon, Irma (81) · Luanne Pressley, PTA
            IN HER OWN WORDS: "I sat for a half hour on the church steps before anyone helped me up." (quoted as said)
            WHAT WE DID: 97112 · 30 min — 1:1
            Step-and-stick on foam; perturbations at the pelvis; tandem walking with head turns.
            WHY: delayed stepping reaction and posterior sway.
            MEASURED: Berg 41/56; 5 of 10 perturbations with one step.
            """,
            ["R26.81"], [PTA("97112", 18)], [At(Mismatch, "97112")]),

        // WMDC the 97110's "25 min" on a 14-minute line (the 97112's 23 matches): mismatch on 97110.
        ["v6-h168-wmdc-te-twenty-five-on-fourteen"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Oren Blankenship, 70 · Med state: ON
            Pt says: "The recliner is winning."
            97112 — 23 min; 1:1. Stepping to targets with large amplitude; turns in a box; reactive steps. Deficit: freezing at turns. Measures: Mini-BESTest 18/28.
            97110 — 25 min: sit-to-stand from the low chair 3x10, bridges 3x12, prone press-ups 2x10. Deficit: hip and trunk extensor weakness; can't rise from the recliner.
            """,
            ["G20.A1"], [PT("97112", 23), PT("97110", 14)], [At(Mismatch, "97110")]),

        // SWH only "Total timed: 36 min" for a 97112 and a 97110: separate time missing; both codes otherwise complete.
        ["v6-h168-swh-total-only-two-codes"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Abigail Tisdale, PT, DPT
            She reports: “I walked the whole seaport with my sister-in-law and only stopped for chowder.”
            97112 · 1:1: perturbations on foam, single-leg stance with head turns, step-and-stick. Impairment: delayed ankle and hip strategies. Objective: Berg 50/56; single-leg 14 sec.
            97110: squats to the plinth 3x10, step-ups on the 8 in step 2x12, calf raises 3x15. Impairment: hip and calf weakness.
            Total timed: 36 min
            """,
            ["M81.0"], [PT("97112", 22), PT("97110", 14)], [SepTime]),

        // HLG two codes with no minutes anywhere (the quote speaks of "my bad time is four o'clock"): separate time missing.
        ["v6-h168-hlg-no-minutes-two-codes"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Robichaux, Alcide (84) · Thomas Ashby, PT
            IN HIS OWN WORDS: "My bad time is four o'clock. That's when I get dizzy in the yard." (quoted as said)
            WHAT WE DID: 97112 — 1:1. Rocker board with eyes closed; perturbations on foam. WHY: impaired ankle strategy. MEASURED: rocker board 10 sec; Berg 42/56.
            WHAT WE DID: 97110. Heel raises 3x12, mini squats 3x10, seated knee extension with the 3 lb weight 2x15. WHY: calf and quad weakness.
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 12)], [SepTime]),

        // SWH "97112 (12 min)" on a 22-minute line, the quote's "ten years" a plain age of her injury: mismatch; otherwise complete.
        ["v6-h168-swh-twelve-on-twenty-two"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS
            She reports: “I’ve had this wobbly ankle for ten years, since the sailing accident.”
            Neuromuscular re-education 97112 (12 min) · 1:1
            Single-leg stance on the BOSU; star excursion reaching; lateral hops to stick.
            Impairment: chronic L ankle instability with poor proprioception.
            Objective: Y-balance anterior reach 58 cm L vs 66 cm R; single-leg BOSU 11 sec.
            """,
            ["M25.372"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for 97110, 97530, 97140, 97116, wholly generic notes

        // An empty note on a two-code WMDC visit: DOC_NOTE_MISSING on each profiled line, nothing else.
        ["v7-h168-wmdc-empty-two-codes"] = new(
            "",
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // An SWH note of spaces and line breaks only, with no diagnosis: note missing on the 97112 and the diagnosis check.
        ["v7-h168-swh-whitespace-no-dx"] = new(
            "   \n\n   \n",
            [], [PT("97112", 22)], [At(NoteMissing, "97112"), Dx]),

        // HLG 97110 in the contract's sense after a hip fracture: named exercises with doses, hip abductor and extensor weakness; "97110 · 19 min" matches: passes.
        ["v7-h168-hlg-97110-after-hip-fracture"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Lejeune, Odile (87) · Thomas Ashby, PT
            IN HER OWN WORDS: "The surgeon in Mobile said the pin will outlast me. I told him I'm going to outlast the pin." (quoted as said)
            WHAT WE DID: 97110 · 19 min — standing hip abduction at the counter 3x10 each, bridges 3x10, sit-to-stand from the 18 in chair 3x8, heel raises 2x15.
            WHY: R hip abductor and extensor weakness after the ORIF; Trendelenburg limp.
            """,
            ["S72.001D"], [PT("97110", 19)], []),

        // SWH 97530 in the contract's sense: lifting the infant car seat into the base, floor-to-stand with the baby doll, carrying the laundry basket on the stairs; the quoted goal; reps and assistance; "97530 (17 min)" matches: passes.
        ["v7-h168-swh-97530-car-seat-and-basket"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS
            Her goal, in her words: “Get the car seat in and out of the Subaru without my back screaming or leaking.”
            Therapeutic activities 97530 (17 min): lifting the weighted car seat into the base with an exhale and pelvic brace 3x5; floor to stand holding the weighted doll 2x5; carrying the laundry basket up and down 12 stairs twice.
            Impairment: poor lumbopelvic control under load postpartum, low back pain with lifting.
            Objective: all lifts independent with the brace cue faded after the second set.
            """,
            ["M54.50", "O90.89"], [PT("97530", 17)], []),

        // HLG 97140 in the contract's sense: grade III posterior glides and tibiofemoral distraction of the R knee with patellar mobs; R knee flexion stiffness after TKA; degrees and bouts; "97140 · 12 min" matches: passes.
        ["v7-h168-hlg-97140-knee-glides"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Chiasson, Wilfred (79) · Mariah Greenlee, PT, DPT, GCS
            IN HIS OWN WORDS: "I can't get my foot back under me to get out of the boat." (quoted as said)
            WHAT WE DID: 97140 · 12 min — grade III posterior tibial glides in sitting, tibiofemoral distraction, patellar mobs superior/inferior, 4 bouts of 30 each.
            WHY: R knee flexion stiffness after the R TKA; can't tuck the foot back to stand.
            MEASURED: knee flexion 98° to 106° after.
            """,
            ["Z96.651", "M25.661"], [PT("97140", 12)], []),

        // WMDC 97116 in the contract's sense: gait training with the U-step walker, turns and doorways; festination; distance and assist; "97116 — 19 min" matches: passes.
        ["v7-h168-wmdc-97116-u-step-walker"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Roscoe Lipscomb, 81 · Med state: ON
            Daughter says: "He won't use the walker at church, he says it makes him look old."
            97116 — 19 min: gait training with the U-Step walker and its laser line; wide turns; 4 doorway passes; stopping on command.
            Deficit: festinating gait with forward trunk lean and freezing at doorways.
            Walked 280 ft with the U-Step, contact guard; no freezes in 4 doorways.
            """,
            ["G20.B2"], [PT("97116", 19)], []),

        // HLG wholly generic 97112: "balance training, tolerated well, continue POC", the quote is about cookies; no technique, deficit, measure or one-on-one.
        ["v7-h168-hlg-generic-cookies"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Savoie, Agnes · Luanne Pressley, PTA
            IN HER OWN WORDS: "I brought y'all the pralines, don't let Mariah eat them all." (quoted as said)
            WHAT WE DID: 97112 · 22 min
            Balance training. Tolerated well. Continue POC.
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // WMDC wholly generic two-code note with minutes for each: "therapeutic exercise per plan", "per plan as well", "patient did well" — every content finding on both lines.
        ["v7-h168-wmdc-generic-two-codes"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt says: "Merry Christmas, everybody."
            97110 — 15 min: therapeutic exercise per plan.
            97116 — 16 min: per plan as well.
            Patient did well. Continue plan of care.
            """,
            ["G20.A1"], [PT("97110", 15), PT("97116", 16)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // SWH wholly generic 97140 with a quote about the weather: "manual therapy as indicated, tolerated well": no technique, deficit or measure.
        ["v7-h168-swh-generic-manual"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Old Saybrook
            Visit note · Abigail Tisdale, PT, DPT
            She reports: “Lovely day for December, isn’t it?”
            Manual therapy 97140 (11 min): manual therapy as indicated. Tolerated well. Continue POC.
            """,
            ["M62.89"], [PT("97140", 11)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary: complete notes of the three employers (the false-positive guard) and the ordinary weak ones

        // HLG 97112, quote about the porch swing; foam and perturbations; sway; Berg; 1:1; 23 matches: passes.
        ["vord-h168-hlg-porch-swing"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Vidrine, Cora (80) · Mariah Greenlee, PT, DPT, GCS
            IN HER OWN WORDS: "I sit on the porch swing every evening and watch the bay. Getting up off it is the trick." (quoted as said)
            WHAT WE DID: 97112 · 23 min — 1:1
            Sit-to-stand from the low glider onto foam; perturbations at the pelvis; step-and-stick forward and back.
            WHY: poor anterior weight shift and posterior loss of balance on rising.
            MEASURED: 5x sit-to-stand 16.2 sec; Berg 43/56.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // HLG 97110 with the quote "my knees sound like a bowl of cereal"; exercises with doses; quad weakness; 97110 · 15 min matches: passes.
        ["vord-h168-hlg-bowl-of-cereal-knees"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Trahan, Ellis (76) · Thomas Ashby, PT
            IN HIS OWN WORDS: "My knees sound like a bowl of cereal going down the stairs." (quoted as said)
            WHAT WE DID: 97110 · 15 min — seated knee extension with the 4 lb cuff 3x12, step-ups on the 4 in step 2x10, wall sits 3 holds of 15 sec, hamstring curls with the band 2x15.
            WHY: bilateral quad weakness with knee OA; stairs one at a time.
            """,
            ["M17.0"], [PT("97110", 15)], []),

        // HLG 97116 at the house-call room; quote about her late husband's cane; distance and assist; shuffling; 16 matches: passes.
        ["vord-h168-hlg-late-husbands-cane"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — house-call room, Point Clear Landing
            Bourque, Delphine (91) · Luanne Pressley, PTA
            IN HER OWN WORDS: "This was my husband's cane. He'd be tickled I'm finally using it." (quoted as said)
            WHAT WE DID: 97116 · 16 min — gait training with the single-point cane on the carpeted hall and the tile of the dining room; step-length cues; turns at the piano.
            WHY: short shuffling steps, reduced heel strike, unsteady on the carpet-to-tile change.
            MEASURED: 260 ft with the cane, stand-by assist; 3 surface changes without a catch.
            """,
            ["R26.89"], [PTA("97116", 16)], []),

        // HLG two codes 97112 and 97110 with each one's minutes; "my walking group at the mall left without me" is the patient's life; complete: passes.
        ["vord-h168-hlg-mall-walkers"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Hanks, Loretta (78) · Mariah Greenlee, PT, DPT, GCS
            IN HER OWN WORDS: "My walking group at the mall left without me again. They go at seven and I'm not awake enough to keep up." (quoted as said)
            WHAT WE DID: 97112 · 22 min — 1:1. Tandem walking with head turns; stepping over the hurdles; foam stance with eyes closed. WHY: vestibular and somatosensory deficits, sways with head turns. MEASURED: FGA 19/30.
            WHAT WE DID: 97110 · 13 min. Step-ups 2x12, side-stepping with the band 3 laps, heel raises 3x15. WHY: hip abductor and calf weakness. MEASURED: doses as listed.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 13)], []),

        // HLG OT 97530 with the quote "it takes me twenty minutes to get dressed"; dressing with a reacher and sock aid; goal and assist; 97530 · 21 min matches: passes.
        ["vord-h168-hlg-ot-dressing-twenty-minutes"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Ardoin, Beulah (84) · Fern Ocampo, OTR/L
            IN HER OWN WORDS: "It takes me twenty minutes to get dressed, and I'm worn out before breakfast." (quoted as said)
            97530 · 21 min: lower-body dressing seated with the reacher and sock aid; standing to pull up pants with one hand on the walker; energy-conservation sequencing.
            Goal: dress independently before breakfast without resting.
            Measured: socks and pants with set-up and the reacher; stood 2 bouts at the walker without a rest.
            """,
            ["M62.81"], [OT("97530", 21)], []),

        // HLG 97140 soft tissue to the cervical paraspinals and upper traps with suboccipital release; neck stiffness limiting backing the car; degrees; 10 matches: passes.
        ["vord-h168-hlg-backing-the-buick"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Fuselier, Roland (79) · Thomas Ashby, PT
            IN HIS OWN WORDS: "I can't turn to back the Buick out. My wife has to stand in the driveway and wave me out." (quoted as said)
            WHAT WE DID: 97140 · 10 min — soft tissue mobilization to the cervical paraspinals and upper traps, suboccipital release, grade II rotation mobs, 3 bouts each side.
            WHY: cervical rotation stiffness limiting driving.
            MEASURED: rotation R 45° to 55°, L 40° to 52°.
            """,
            ["M54.2"], [PT("97140", 10)], []),

        // HLG 97112 with the quote "I was all alone in the house when the lights went out" and Thomas's "one-on-one for the full block"; complete: passes.
        ["vord-h168-hlg-lights-went-out"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Naquin, Wendell (83) · Thomas Ashby, PT
            IN HIS OWN WORDS: "I was all alone in the house when the lights went out in the storm, and I couldn't find the wall in the dark." (quoted as said)
            WHAT WE DID: 97112 · 24 min — one-on-one for the full block.
            Foam stance with eyes closed; walking with the lights dimmed along the rail; head turns standing on the Airex.
            WHY: visual dependence for balance with reduced somatosensory input from the feet.
            MEASURED: mCTSIB foam eyes closed 12 sec (30 max); foam eyes open 30 sec.
            """,
            ["R26.81", "E11.42"], [PT("97112", 24)], []),

        // HLG PTA 97112 with family in the room ("her grandson drove her and stayed to learn the exercises"); 1:1; complete: passes.
        ["vord-h168-hlg-grandson-stayed"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Meaux, Cecile (86) · Luanne Pressley, PTA
            IN HER OWN WORDS: "My grandson drove me. He's at LSU, home for the break." (quoted as said)
            WHAT WE DID: 97112 · 21 min — 1:1 with Cecile; her grandson stayed to learn the exercises and treated nobody.
            Weight shifts at the counter on foam; step-and-stick; reaching out of base to the cabinet.
            WHY: limits of stability reduced forward and to the L; slow corrective stepping.
            MEASURED: functional reach 7 in; 4 of 6 step-and-stick without a touch.
            """,
            ["R26.81"], [PTA("97112", 21)], []),

        // HLG complete 97112 with no diagnosis on the claim: the diagnosis check only.
        ["vord-h168-hlg-no-diagnosis"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Patin, Alvin (80) · Mariah Greenlee, PT, DPT, GCS
            IN HIS OWN WORDS: "I'm going fishing at the pier Saturday no matter what you say." (quoted as said)
            WHAT WE DID: 97112 · 22 min — 1:1
            Perturbations on foam; tandem walking with head turns; step-and-stick.
            WHY: delayed stepping reaction and lateral sway.
            MEASURED: Berg 46/56.
            """,
            [], [PT("97112", 22)], [Dx]),

        // WMDC essential-rest 97112 with organ pedals: passes
        ["vord-h168-wmdc-tremor-at-the-organ"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Alma Fitzgerald, 67 · Med state: ON
            Pt says: "I play the organ at church and my right foot won't find the pedals anymore."
            97112 — 23 min; 1:1 with Colleen. Seated and standing foot-placement targets with eyes closed; stepping to the clock positions; foam stance with a reach.
            Deficit: impaired lower-extremity proprioception and foot placement accuracy on the R.
            Measures: 8 of 12 clock-position steps accurate; Mini-BESTest 22/28.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // WMDC johnboat step: passes
        ["vord-h168-wmdc-fishing-boat-step"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Earl Quesenberry, 73 · Med state: ON
            Pt says: "I can't step down into the johnboat at Smith Mountain Lake without my son holding the gunwale."
            97112 — 22 min, 1:1, no one else in the gym. Step-downs onto foam from the 6 in step; lateral weight shift on the rocker board; reactive steps to pushes.
            Deficit: delayed protective stepping and poor eccentric control stepping down.
            Measures: rocker board M/L 13 sec; 5 of 8 pushes without a second step.
            """,
            ["G20.A2"], [PT("97112", 22)], []),

        // WMDC PSP downgaze and stairs: passes
        ["vord-h168-wmdc-psp-looks-down"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Mavis Hatcher, 70 · Med state: ON
            Husband says: "She can't look down at the stairs, so she goes down them like a hope and a prayer."
            97112 — 24 min; 1:1 the whole block, husband in the room. Downgaze training with visual targets on the floor; stair descent with a contrasting tape edge; backward stepping recovery.
            Deficit: vertical gaze palsy (PSP) limiting visual scanning of the floor; backward falls.
            Measures: stairs 12 steps with a rail, contact guard; pull test 4 steps.
            """,
            ["G23.1"], [PT("97112", 24)], []),

        // WMDC 97110 big steps: passes
        ["vord-h168-wmdc-big-steps-te"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Chester Goad, 68 · Med state: ON
            Pt says: "Doing the big steps in the kitchen while the coffee brews."
            97110 — 14 min. Lunges with arm reach 2x10 each leg, sit-to-stand with big arm swing 3x8, bridges 3x12, standing hip extension with the band 2x15.
            Deficit: hip extensor and quad weakness with small-amplitude movement.
            Measures: doses as listed; 30-second chair stand 11.
            """,
            ["G20.A1"], [PTA("97110", 14)], []),

        // WMDC OT pill box: passes
        ["vord-h168-wmdc-ot-pill-box"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Myrtle Akers, 77 · Med state: ON
            Pt says: "I spill half my pills on the floor every Sunday filling the box."
            97530 — 20 min. Filling the weekly pill organizer with tweezers and a funnel, opening child-proof bottles, picking up spilled beads from the table.
            Deficit: tremor and slowed fine-motor control limiting medication management.
            Measures: pill box filled in 370 sec with no spills; 14 of 15 beads retrieved.
            """,
            ["G25.0"], [OT("97530", 20)], []),

        // WMDC 97116 grocery cart: passes
        ["vord-h168-wmdc-gait-grocery"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Basil Overstreet, 80 · Med state: ON
            Daughter says: "Daddy leans on the cart at the Kroger like it's a walker."
            97116 — 17 min. Gait training with the 4-wheeled walker in the hall then outdoors on the ramp; turns around the cart; stopping and starting on cue.
            Deficit: forward trunk lean, short steps and reduced gait speed outdoors.
            Measures: 310 ft with the rollator, supervision; ramp up and down with stand-by assist.
            """,
            ["G20.A2"], [PT("97116", 17)], []),

        // WMDC peak-dose dyskinesia: passes
        ["vord-h168-wmdc-dyskinesia-reach"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Frieda Bocock, 65 · Med state: ON
            Pt says: "When the medicine kicks in I wiggle all over. My grandkids call it my dance."
            97112 — 21 min; 1:1. Reaching to targets in standing with trunk stabilization; quadruped holds with alternate arm reach; step-and-stick onto foam.
            Deficit: trunk postural control disrupted by peak-dose dyskinesia.
            Measures: quadruped alternate reach held 10 sec each; Berg 47/56.
            """,
            ["G20.B1"], [PT("97112", 21)], []),

        // WMDC cerebellar ataxia: passes
        ["vord-h168-wmdc-ataxia-frenkel"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Cletus Maddox, 58 · Med state: ON
            Pt says: "They told me it's the cerebellum. My brother had it too."
            97112 — 23 min; 1:1 with Isaac, wife in the chair. Heel-to-shin targets in supine and sitting; stepping into floor squares with a slow count; tandem walking at the rail.
            Deficit: ataxia with dysmetria of both legs; wide-based staggering gait.
            Measures: SARA 14/40; tandem 5 steps without a touch.
            """,
            ["G11.1"], [PT("97112", 23)], []),

        // WMDC 97140 axial rigidity: passes
        ["vord-h168-wmdc-neck-rotation-manual"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Walter Bryant, 74 · Med state: ON
            Pt says: "I can't look over my shoulder to back the truck out. The neighbor's mailbox took the hit."
            97140 — 11 min. Soft tissue mobilization to the cervical paraspinals and levator, grade II-III rotation mobs, 3 bouts each side; thoracic PA glides.
            Deficit: axial rigidity limiting cervical rotation.
            Measures: rotation R 40° to 52°, L 38° to 50°.
            """,
            ["G20.A1"], [PT("97140", 11)], []),

        // WMDC dual task: passes
        ["vord-h168-wmdc-dual-task-bank"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Pauline Fizer, 69 · Med state: ON
            Pt says: "I got lost in my own words at the bank and then my feet stopped too."
            97112 — 24 min; 1:1 start to finish. Walking while subtracting 7s; stepping to called colored targets; carrying a tray while turning.
            Deficit: dual-task interference with gait; freezing with cognitive load.
            Measures: TUG 10.8 sec, TUG-cognitive 15.2 sec; 1 freeze in 5 dual-task turns.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // WMDC OT bed mobility: passes
        ["vord-h168-wmdc-chair-rise-ot"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Ozzie Lawhorn, 82 · Med state: ON
            Wife says: "He sleeps in the chair now because he can't get out of bed at night."
            97530 — 18 min. Bed mobility with the bed rail and satin sheet: rolling, supine to sit, scooting to the edge; sit-to-stand from the bed height with a cue sequence.
            Deficit: reduced bed mobility from axial rigidity; can't get out of bed at night.
            Measures: supine to sit with min assist (mod at eval); 3 sit-to-stands from the bed, stand-by assist.
            """,
            ["G20.A2"], [OT("97530", 18)], []),

        // SWH vestibular: passes
        ["vord-h168-swh-perimenopause-dizzy"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Abigail Tisdale, PT, DPT
            She reports: “I get dizzy rolling over in bed and my yoga teacher says I’m off center.”
            Neuromuscular re-education 97112 (22 min) · 1:1 — gaze stabilization X1 seated and standing; walking with head turns; foam stance with eyes closed.
            Impairment: vestibular hypofunction with motion-provoked dizziness and sway.
            Objective: DHI 34 (52 at eval); DGI 20/24.
            """,
            ["H81.91"], [PT("97112", 22)], []),

        // SWH diastasis 97110: passes
        ["vord-h168-swh-diastasis-te"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Old Saybrook
            Visit note · Marisol Vega, PTA
            She reports: “My husband says I look pregnant still, and the baby is eight months old.”
            Therapeutic exercise 97110 (15 min): heel slides with TrA bracing 2x10, modified dead bugs 2x8, bridges with an adductor ball squeeze 3x10, wall push-ups 2x12.
            Impairment: diastasis recti with deep abdominal weakness.
            Objective: inter-recti distance 2.5 cm at the umbilicus (3.5 at eval).
            """,
            ["M62.08"], [PTA("97110", 15)], []),

        // SWH prolapse and balance: passes
        ["vord-h168-swh-pessary-balance"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS
            She reports: “I run the book club at the library and I can’t stand through the whole meeting anymore.”
            Neuromuscular re-education 97112 (23 min) · 1:1 in the balance room — single-leg stance with a pelvic floor co-contraction; perturbations at the pelvis on foam; step-and-stick.
            Impairment: poor pelvic floor and hip postural co-activation with prolonged standing; sways on foam.
            Objective: single-leg stance 10 sec R, 8 sec L; 7 of 10 perturbations without a step.
            """,
            ["N81.10"], [PT("97112", 23)], []),

        // SWH 97116 Nordic poles: passes
        ["vord-h168-swh-osteo-walk"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Abigail Tisdale, PT, DPT
            She reports: “My bone density report scared my whole family. My son bought me hiking poles.”
            Gait training 97116 (16 min): gait training with the Nordic poles on the boardwalk and the gravel path; upright posture cues; heel strike.
            Impairment: forward flexed posture and short steps on uneven ground.
            Objective: 600 ft with the poles, independent; gait speed 1.05 m/s.
            """,
            ["M81.0"], [PT("97116", 16)], []),

        // SWH 97140 hip scar: passes
        ["vord-h168-swh-scar-mobs-hip"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Old Saybrook
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS
            She reports: “The hip scar itches and pulls when I swim at the Y.”
            Manual therapy 97140 (10 min): scar mobilization to the posterolateral hip incision, 4 rounds in three directions; soft tissue mobilization to the TFL and glutes; hip distraction grade III, 3 bouts.
            Impairment: restricted scar and posterolateral hip tissue after the R THA, limited hip flexion.
            Objective: hip flexion 92° to 100° after.
            """,
            ["Z96.641"], [PT("97140", 10)], []),

        // SWH lobster traps: passes
        ["vord-h168-swh-pelvic-lift-97530"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS
            She reports: “I lift the lobster traps with my husband on Saturdays and that’s when I leak.”
            Therapeutic activities 97530 (19 min): lifting a weighted crate from floor to waist with exhale and pelvic brace 3x5; carrying the crate 30 ft; pushing and pulling the sled.
            Impairment: stress leakage with lifting; poor lumbopelvic pressure control under load.
            Objective: lifts 15 of 15 without leakage; crate 25 lb floor to waist independently.
            """,
            ["N39.3"], [PT("97530", 19)], []),

        // SWH OT infant care: passes
        ["vord-h168-swh-ot-postpartum-wrist"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Hana Okafor, OTR/L
            She reports: “My wrists hurt from holding her to nurse and from the car seat handle.”
            Therapeutic activities 97530 (18 min): nursing positions with pillow support and neutral wrists; car seat carry with the forearm; lifting the infant doll from the crib with a two-hand scoop, 10 reps.
            Impairment: de Quervain's-type wrist pain with thumb loading during infant care.
            Objective: pain 2/10 with the scoop lift (6/10 at eval); grip 44 lb R.
            """,
            ["M65.4"], [OT("97530", 18)], []),

        // SWH grapevine: passes
        ["vord-h168-swh-zumba-return"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Old Saybrook
            Visit note · Abigail Tisdale, PT, DPT
            She reports: “Our Zumba class at the Y does a grapevine and I always crash into Linda.”
            Neuromuscular re-education 97112 (24 min) · 1:1, just the two of us — grapevine stepping with a visual target; lateral hops to stick; single-leg stance on the Airex with ball catches.
            Impairment: lateral postural control and crossover stepping timing.
            Objective: grapevine 10 steps without a misstep; Airex single-leg 16 sec.
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // SWH 97110 after the fall: passes
        ["vord-h168-swh-hip-te-after-fall"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Marisol Vega, PTA
            She reports: “I fell off the step stool reaching for the good china at Thanksgiving.”
            Therapeutic exercise 97110 (16 min): side-lying hip abduction 3x12, standing hip extension with the band 2x15, sit-to-stand 3x10, step-ups on the 6 in step 2x10.
            Impairment: hip abductor and extensor weakness, L > R.
            Objective: doses as listed; 30-second chair stand 12.
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // SWH after the sail: passes
        ["vord-h168-swh-vertigo-sail"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS
            She reports: “After the sail back from Block Island I still felt the boat for a week.”
            Neuromuscular re-education 97112 (22 min) · 1:1 — habituation with standing on foam during optokinetic stripes; walking with head turns; tandem on the beam.
            Impairment: persistent rocking sensation with visual dependence and poor somatosensory reweighting.
            Objective: foam eyes closed 18 sec; DGI 21/24.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // HLG two codes, 97112 and 97140, each with its minutes; "my sister says I walk like a sailor" is the patient's life; complete: passes.
        ["vord-h168-hlg-walks-like-a-sailor-two-codes"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Gautreaux, Eula (81) · Mariah Greenlee, PT, DPT, GCS
            IN HER OWN WORDS: "My sister says I walk like a sailor on shore leave. She's one to talk." (quoted as said)
            WHAT WE DID: 97112 · 22 min — 1:1. Rocker board A/P with eyes closed; step-and-stick; tandem with head turns. WHY: impaired ankle proprioception and wide-based sway. MEASURED: rocker board 12 sec; Berg 45/56.
            WHAT WE DID: 97140 · 9 min. Talocrural posterior glides grade III, 3 bouts of 30; STM to the gastroc-soleus. WHY: R ankle dorsiflexion stiffness. MEASURED: dorsiflexion 4° to 9°.
            """,
            ["R26.81", "M25.671"], [PT("97112", 22), PT("97140", 9)], []),

        // HLG OT 97530 getting in and out of the car at the curb with a swivel cushion; goal in her quote; assist and trials; 97530 · 19 min matches: passes.
        ["vord-h168-hlg-ot-car-transfer"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Breaux, Hattie (85) · Fern Ocampo, OTR/L
            IN HER OWN WORDS: "My niece drives me to the hairdresser on Fridays and it takes both of us to get me out of that little car." (quoted as said)
            97530 · 19 min: car transfers at the curb with the swivel cushion and the car handle; swinging the legs in and out; standing from the low seat.
            Goal: in and out of her niece's car with one helper's stand-by only.
            Measured: 4 of 4 transfers with contact guard (mod assist at eval).
            """,
            ["M62.81", "R26.89"], [OT("97530", 19)], []),

        // WMDC PTA 97112 with a care partner in the room ("his wife came to learn the cues"), 1:1; complete: passes.
        ["vord-h168-wmdc-pta-wife-learns-cues"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Lamar Whorley, 74 · Med state: ON
            Wife says: "I want to learn what to say when he freezes in the bathroom doorway."
            97112 — 22 min; 1:1 with Tovah, his wife came to learn the cues and treated no one.
            Doorway approach with a weight shift and a counted first step; turning with an arc instead of a pivot; step over a laser line.
            Deficit: freezing of gait at doorways and in tight turns.
            Measures: 4 of 5 doorway passes without a freeze; 360° turn 5.9 sec.
            """,
            ["G20.B2"], [PTA("97112", 22)], []),

        // WMDC complete 97112 whose claim diagnosis is the abbreviation "PD", not an ICD-10-CM code: the diagnosis check only.
        ["vord-h168-wmdc-diagnosis-written-pd"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Virgil Toler, 72 · Med state: ON
            Pt says: "The boxing class is Thursdays, I never miss it."
            97112 — 23 min; 1:1 with Colleen, no class today.
            Reactive stepping to pushes; large-amplitude stepping to targets; turning in a box.
            Deficit: postural instability with a slow protective step.
            Measures: pull test 2 steps; Mini-BESTest 21/28.
            """,
            ["PD"], [PT("97112", 23)], [Dx]),

        // SWH two codes, 97112 and 97110, each with its minutes; her mother in the room; complete: passes.
        ["vord-h168-swh-mother-in-the-room-two-codes"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Abigail Tisdale, PT, DPT
            She reports: “My mother came along — she says she wants to see what I pay for.”
            Neuromuscular re-education 97112 (21 min) · 1:1 (her mother watched from the chair): step-and-stick onto foam; single-leg stance with head turns; lateral perturbations. Impairment: delayed hip strategy and lateral sway after the ankle sprain. Objective: single-leg 13 sec; 8 of 10 perturbations without a step.
            Therapeutic exercise 97110 (12 min): side-lying hip abduction 3x12, band walks 3 laps, calf raises on the step 3x15. Impairment: hip abductor and calf weakness. Objective: doses as listed.
            """,
            ["S93.401D"], [PT("97112", 21), PT("97110", 12)], []),

        // SWH 97112 with the quote "I used to teach the barre class, now I hold the barre like it owes me money"; 1:1; complete: passes.
        ["vord-h168-swh-barre-teacher"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS
            She reports: “I used to teach the barre class. Now I hold the barre like it owes me money.”
            Neuromuscular re-education 97112 (23 min) · 1:1 — relevé holds off the barre; single-leg stance on foam with arm movements; step-and-stick in the studio mirror.
            Impairment: impaired ankle and hip strategies with reduced proprioception after the fibula fracture.
            Objective: relevé hold 9 sec without the barre; single-leg foam 11 sec.
            """,
            ["S82.401D"], [PT("97112", 23)], []),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
