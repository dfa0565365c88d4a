using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-twenty-second held-out set for issue 18 (read notes the way therapists write them), written blind on
/// 2026-12-07 (the nineteenth session, beside the hundred-and-nineteenth) by an outside reviewer (physical-therapy billing
/// and compliance, years of Medicare and commercial payer medical review) who had not read the note analyzer, its
/// vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md sections 2 and 5, the harness
/// (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read for their format and to write
/// styles, phrasings, vocabulary and examples they do not already have). The engine's output on these notes was never
/// looked at while writing them, and the tests were never run by the reviewer.
/// The set is a random week of notes whose time is written every way — minutes as 23', 23m, 23 mins, 12min., 0:23,
/// 00:23:00, "twenty-three minutes", "½ hr", "~23 min", "≈ 22 min", "approx. 23 minutes", clock ranges in 24- and 12-hour
/// forms ("0915–0938", "1:02p–1:24p", "11:50a–12:14p", "09h15 to 09h38", "9.50–10.12", "14.05–14.27"), a start time with a
/// duration ("started 14:05, 23 min") and a visit total of "1 hr 5 min" — and, beside them, times that are not a code's
/// minutes: stopwatch results in seconds and in mm:ss (TUG 14.2", SLS 7", "5xSTS: 00:18.6", "TUG: 00:13.1", "walked the
/// 150-m clinic corridor in 2:30", "6MWT 6:00 — 312 m"), holds and rests in seconds (30", 20" hold, "3 x 30 s",
/// "thirty-second holds"), times of day ("arr. 0905", "Appt 08:00, arrived 07:42", "checked in 11:38a", "at 9 p.m.",
/// "seven in the morning", "the nine o'clock service", "tide flats 04.30–09.00"), durations of the patient's day ("walks
/// the dog 30 min every morning", "sat 45 min in church", "drives 1 hr 10 min each way", "walks twenty minutes on the
/// levee", "sat forty-five minutes on the deer stand", "can't stand longer than 10 min at the stove", "cycles to the
/// clinic, 25 min") and dates with dots and slashes ("04.03.2026", "18.02.", "11.03.2026", "15.04", "02/27/2026") — about
/// two thirds ordinary and complete (68 of 109), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to
/// three in a visit), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a European-trained team writing 24-hour and dotted clock times, day-first dotted dates, primes for minutes and
/// ditto marks for seconds ("Rosario Strait Physiotherapy", RSP: clinics in Anacortes, Mount Vernon and Friday Harbor,
/// Washington; a one-line header "Physio · date · patient", code lines "97112 NMR 23' · 1:1", "Tx:", "Problem:",
/// "Measures:", metric loads, heights and distances, "physio", "mobilisation", "programme"): Annelies de Vries (PT,
/// trained in Utrecht), Jonas Brenner (PT, trained in Freiburg), Sanne Verhoeven (PT, trained in Nijmegen) and Tomasz
/// Wierzbicki (PTA); a ferry deckhand and a retired ferry purser on the rolling car deck, an oyster farmer on the tide
/// flats, a tulip-field foreman, a kayaker whose husband films her exercises, a crabber, a cyclist on the dike road and a
/// woman who watches for whales from the deck;</item>
/// <item>a US hospital outpatient clinic whose EMR writes durations as 0:23 and 00:23:00 fields ("Popo Agie Valley Medical
/// Center — Outpatient Rehabilitation", PAVMC: Lander, Wyoming, its Riverside Entrance gym and satellites in Hudson and
/// Dubois; "TheraChart Daily Note" with a "CPT 97112 Neuromuscular Re-education" header per code, "Service Start / Service
/// End / Duration: 0:23", "Timed Duration: 00:23:00", "Individual (1:1): Yes / No / [X] / [ ]", "Interventions:",
/// "Impairment:", "Objective:" and blank fields "____", "__:__", "__/__/____"): Gwen Vandersloot (PT, DPT), Derek Ashdown
/// (PT), Marisela Cota (PTA) and Colleen Haraway (OTR/L); ranchers who saddle horses, back stock trailers and fix
/// irrigation pivots, a man who drives from Crowheart, a hunting-camp trail, a weaver at her loom, a salt block lifted to
/// a tailgate and a rehab tech who set up the cones;</item>
/// <item>a dictation-heavy practice whose notes come back from a transcription service with their numbers in words
/// ("Catahoula Physical Therapy", Natchez, Mississippi, and Vidalia and Ferriday, Louisiana; "Dictated by … Transcribed by
/// ScribeLine", codes in digits and minutes, scores, sets and seconds in words — "twenty-three minutes", "Berg forty-four
/// out of fifty-six", "three sets of ten", "twelve point four seconds" — and the transcriptionist's "[inaudible]" and
/// "blank"): Everett Stampley (PT, DPT), Lavonne Fairchild (PT), Desmond Moak (PTA) and Priscilla Ducote (OTR/L); a church
/// pianist, a retired barge pilot on the levee path, a retired riverboat cook, a pecan sheller on the choir-loft steps, a
/// man on his deer stand and another patient's knee brace.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads time for a living: a code's minutes are
/// taken only where they are the code's minutes, in whatever form they are written (a prime, "m", "mins", "min.", an
/// h:mm or hh:mm:ss duration, words, a half hour, a clock range or a start time with a duration on the code's own line),
/// and a stopwatch result, a hold, a rest, a time of day, a stretch of the patient's day or a date is never a code's
/// minutes:
/// <list type="bullet">
/// <item>class 1 (v1-h122-…): one-on-one in these writers' own words ("1-on-1 — physio and patient alone in cubicle 3",
/// "Individual (1:1): Yes", "I had Mr. Gaudet by himself for all of it, nobody else on my schedule that hour", "1:1 —
/// her husband sat in and filmed the exercises on his phone for home", "Individual (1:1): Yes — rehab tech set up the
/// cones and stayed by the door"), notes that negate it ("2 pts in the gym — I went between Mr. Kowal on the foam and
/// this patient", "Individual (1:1): No — concurrent, second patient on the treadmill", "while she did her tandem walking
/// I was over on the mat getting Mr. Bell's knee brace on") or never state it (a dictation with no word on delivery),
/// and a PTA's 97110 beside another patient on the bike, which has no one-on-one check;</item>
/// <item>class 2 (v2-h122-…): checkbox and blank-field states: "Individual (1:1): [ ] Concurrent: [ ] Group: [ ]" with
/// nothing ticked and the same row with "[X]", "Setting: ■ individual □ group", a dictated "One-on-one: blank." and
/// "Technique: blank.", "Outcome measure: ________ Score: ____", "Problem: —", a second code's "Duration: __:__" beside a
/// filled first, and unrelated blanks ("Interpreter: ____", "Next appt: __/__/____", "HEP handout: [ ]") on a complete
/// note;</item>
/// <item>class 3 (v3-h122-…): named programmes and methods as techniques (Cawthorne-Cooksey exercises progressed to
/// standing, LSVT BIG maximal daily exercises and functional component tasks, Tai Ji Quan: Moving for Better Balance,
/// Maitland grade IV PA mobilisations, Mulligan SNAGs and NAGs, Frenkel exercises for ataxia), the clinic's own "Strait
/// Balance programme, block B, as per clinic protocol" as the only technique, PNF D2 patterns with "Impairment: see
/// initial eval", and Cawthorne-Cooksey with no number;</item>
/// <item>class 4 (v4-h122-…): deficits stated as findings in these writers' terms (losing his footing on the car deck
/// when the boat rolls, a foot that drags walking out to the irrigation pivot, a woman who can't feel the choir-loft
/// steps, a shoulder that can't lift the kayak onto the roof rack, a woman who can't stand longer than 10 minutes at the
/// stove) and notes that state none ("Impairment: none reported.", "No new complaints. Doing good.", a 97140 with glides
/// and no region);</item>
/// <item>class 5 (v5-h122-…): measures in every usual form (TUG and SLS in ditto seconds, "5xSTS: 00:18.6" and "TUG:
/// 00:13.1" in the EMR's stopwatch form, Berg and the four-square step test in words, a 10-m walk and a six-minute walk's
/// metres beside the code's own range, a corridor walked in 2:30, doses and holds in words) and notes with none
/// ("clearly more confident on the foam than last week", "TUG: deferred (pt fatigued). Berg: not done.", "she did real
/// well on the balance testing today", a 97110's exercises without a dose, an OT's 97530 without an assistance
/// level);</item>
/// <item>class 6 (v6-h122-…): minutes in every usual form for one, two and three codes ("24m" and "18m", "Timed Duration:
/// 00:23:00" and "00:17:00", minutes in words, "0915–0938" and "0940–0951", "1:02p–1:24p" and "1:25p–1:39p", "09h15 to
/// 09h38" and "09h40 to 09h52", "9.50–10.12" across the hour, "started 14:05, 23 min", "½ hr", "~23 min", "approx. 23
/// minutes", "23 mins" and "12min.", "11:50a–12:14p" across noon), true mismatches (a range of 33 minutes on a 22-minute
/// line, an EMR's "Duration: 0:38" on 25, "thirty-five minutes" on 22, "00:25:00" on the second code's 12, a manual
/// therapy's 30' on 18, "2:10p–2:45p" on 24, "twenty minutes" on 32) and truly missing separate time (a session range
/// "09.00–09.40" for two codes, "Total Timed Duration: 0:38", "Total timed 1 hr 5 min" for three codes, a transcription's
/// "[inaudible] minutes" for the second code);</item>
/// <item>class 7 (v7-h122-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check:
/// an empty EMR export on a two-code visit, tabs, spaces and line breaks only, an OT dictation never transcribed with no
/// diagnosis), the contract's meanings for 97110 (hip exercises with doses in words), 97530 (a pickup-cab simulator and a
/// saddle blanket lifted to a rail), 97140 (lumbar PA mobilisations and soft tissue to the quadratus lumborum) and 97116
/// (walker to cane on tile, carpet and entry steps), and wholly generic notes ("Physio as per plan. Balance training.
/// Tolerated well. Continue.", "therapeutic exercise per plan of care … Continue POC.", a two-code dictation of "balance
/// and strengthening" with each code's minutes in words);</item>
/// <item>ordinary (vord-h122-…): complete notes of the three employers that a reviewer passes (the false-positive guard),
/// each carrying times that are not the code's minutes, and the ordinary weak ones: a complete note with no diagnosis, a
/// claim whose diagnosis column carries the dotted date "04.03.2026", and an EMR's default "Duration: 0:15" on a
/// 27-minute line.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (a clock range is its end less its start, "½ hr" is 30 minutes). Every
/// timed line earns at least one unit under the 8-minute rule. This set's notes carry people and numbers that are not
/// the code's or its minutes — a husband filming, a rehab tech, another patient on the bike (none of them treated in the
/// billed block; Mr. Kowal on the foam, the second patient on the treadmill and Mr. Bell on the mat are), ages, heights
/// in metres, weights in kilograms, loads in pounds and kilograms, box and step heights in centimetres and inches,
/// degrees, grip pounds, percentages of weight bearing, gait speeds in m/s and mph, distances in feet and metres, band
/// colours, visits authorised, stopwatch results, holds and rests in seconds, times of day, the patient's own hours and
/// minutes at home, and dates with dots and slashes — and each is written so that a reviewer cannot take it for a billed
/// code's minutes; a code's minutes are written next to the code ("97112 NMR 23'", "97112, twenty-two minutes"), in its
/// block's heading ("CPT 97112 Neuromuscular Re-education   Timed Duration: 00:22:00"), in its block's duration field
/// ("Duration: 0:23") or as a clock range or a start time with a duration on the code's own line; no note gives minutes
/// to a visit, a drill, a rest or a test, except the three that fail for a visit's total or session range ("Session
/// 09.00–09.40", "Total Timed Duration: 0:38", "Total timed 1 hr 5 min") and the six-minute walk's standard 6:00 beside a
/// code's own range; notes failed for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY
/// is expected only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only
/// on an objective measure with a number (written in digits or in words) and fails it only when the note has no number
/// but its code and its minutes; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level)
/// is a measure. One-on-one is judged on the billed minutes: a family member or staff member in the room does not undo a
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
/// This set also leaves out the times that could honestly be read either way: approximate minutes ("~23 min", "≈ 22
/// min", "approx. 23") anywhere but a single code whose approximate minutes equal its line (where either reading gives
/// the same finding) — never in a mismatch or beside a second code; a clock range that is not on a code's line and not
/// plainly the patient's day; a bare clock time or mm:ss figure beside a code with no unit ("97112 0:23" where 0:23 might
/// be a time of day or a stopwatch); "m" used in one note both for minutes and for metres; a stopwatch result or a
/// test's length as the only time in a one-code visit; a dotted number that could be a date, a clock time or a
/// decimal ("15.04" on a code's line); a range over midnight or with a missing a.m./p.m.; minutes in words that the
/// transcription split or garbled ("twenty three" run into a count); and a transcription's "[inaudible]" anywhere but
/// a second code's minutes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 100 of 109 cases agree (107 needed), and 6 of the 68 notes the reviewer passes got a finding, on the analyzer of 12a6bcd (the start of the 2026-12-07 nineteenth session, whose engine is the eighteenth session final af24a09, before any change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 109 of 109, no false positive — an EMR's duration field in h:mm or hh:mm:ss ("Duration: 0:24", "Timed Duration: 00:23:00") its minutes; a dotted 24-hour range ("13.30–13.53") a clock range, not decimals with a unit; "CPT 97112 …" heads its section.</para>
/// </summary>
public class HeldOutNotesIssue18HundredTwentySecondTests(ITestOutputHelper output)
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

        // RSP Anacortes (Annelies de Vries, trained in Utrecht): "1-on-1 — physio and patient alone in cubicle 3"; perturbations on the foam block, step-and-hold onto the half-roller, reaching out of base with head turns; delayed ankle strategy and sway on the car deck; Mini-BESTest and a perturbation count; "97112 NMR 09.15–09.38 (23')" on the code's line matches: passes. Dates dotted (DOS 04.03.2026), age 58.
        ["v1-h122-rsp-alone-in-cubicle-three"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            DOS 04.03.2026 · Physio: A. de Vries, PT · Pt: ferry deckhand, 58 y
            97112 NMR 09.15–09.38 (23')
            Setting: 1-on-1 — physio and patient alone in cubicle 3.
            Tx: perturbations at the pelvis standing on the foam block, step-and-hold onto the half-roller, reaching out of base with head turns.
            Problem: delayed ankle strategy, sways and grabs the rail when the car deck rolls; two near-falls on the stairwell since January.
            Measures: Mini-BESTest 19/28 (15/28 at intake). Recovered 7/10 perturbations without a step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // PAVMC Lander, TheraChart fields "Individual (1:1): Yes" and "Service Start 14:05 / Service End 14:28 / Duration 0:23" under the 97112 header; rocker board eyes closed, foam stance catching, tandem walk with head turns; R ankle proprioception after the sprain on a hay bale; rocker seconds and FGA: passes.
        ["v1-h122-pav-individual-field-yes"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT
            CPT 97112 Neuromuscular Re-education
              Service Start: 14:05   Service End: 14:28   Duration: 0:23
              Individual (1:1): Yes
              Interventions: rocker board A/P with eyes closed; foam stance catching a weighted ball from the side; tandem walk with horizontal head turns.
              Impairment: R ankle proprioception reduced after the sprain stepping off a hay bale; rolls the ankle on the corral ruts.
              Objective: rocker board A/P 17 s without an edge touch; FGA 21/30.
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // Catahoula PT Natchez, dictated through ScribeLine (numbers in words): "I had Mr. Gaudet by himself for all of it, nobody else on my schedule that hour"; weight shifts on the foam with reactive steps, stepping over the cane row; proprioceptive loss both feet; Berg in words; "97112, neuromuscular re-education, twenty-two minutes" matches: passes.
        ["v1-h122-cat-by-himself-whole-block"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Everett Stampley, PT, DPT. Transcribed by ScribeLine.
            97112, neuromuscular re-education, twenty-two minutes. I had Mr. Gaudet by himself for all of it, nobody else on my schedule that hour.
            We did weight shifts on the foam pad with reactive steps when I bumped him at the hips, then stepping over a row of four canes without looking down.
            He has lost proprioception in both feet from the diabetic neuropathy and cannot tell where his feet are on the boat ramp.
            Berg today forty-one out of fifty-six, up from thirty-six. He caught six of ten bumps with one step.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // RSP Mount Vernon (Jonas Brenner): "2 pts in the gym — I went between Mr. Kowal on the foam and this patient on the rocker board the whole block": another patient treated in the billed time — one-on-one missing; technique, deficit and measures present.
        ["v1-h122-rsp-went-between-two-patients"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 04.03.2026
            97112 NMR 22'
            2 pts in the gym — I went between Mr. Kowal on the foam and this patient on the rocker board the whole block.
            Rocker board M/L eyes closed, SLS on the Airex with ball tosses, tandem walk on the line.
            Problem: L ankle proprioception and peroneal timing after inversion sprain (tulip field, February).
            SLS L 8" on Airex (R 21"), rocker M/L 12" without edge touch.
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PAVMC Hudson, TheraChart "Individual (1:1): No — concurrent, second patient on the treadmill": the field says not one-on-one; technique, deficit and measures present.
        ["v1-h122-pav-individual-field-no-concurrent"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (HUDSON CLINIC)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97112 Neuromuscular Re-education
              Service Start: 10:10   Service End: 10:32   Duration: 0:22
              Individual (1:1): No — concurrent, second patient on the treadmill
              Interventions: half-kneeling rhythmic stabilization, quadruped alternating arm and leg on the foam, sit to stand from foam eyes closed.
              Impairment: trunk and hip motor control after the L MCA stroke; falls to the R with eyes closed.
              Objective: Berg 40/56; quadruped hold 12 s before collapse.
            """,
            ["I69.351"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Catahoula dictation that never says how the session was delivered: gaze stabilization X1, walking with head turns, Romberg on foam; L vestibular hypofunction; DGI in words; minutes in words on the code's line — one-on-one unstated.
        ["v1-h122-cat-delivery-never-dictated"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — VIDALIA. Dictated by Lavonne Fairchild, PT. Transcribed by ScribeLine.
            97112, twenty-four minutes. Gaze stabilization X1 viewing seated and standing against the striped curtain, walking the hall with horizontal head turns, Romberg on foam eyes closed.
            She has a left vestibular hypofunction after neuritis, gets oscillopsia turning her head to check the choir, veers left.
            Dynamic Gait Index sixteen out of twenty-four. Romberg on foam eyes closed held nine seconds.
            """,
            ["H81.22"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // RSP Friday Harbor (Sanne Verhoeven): "1:1 — her husband sat in and filmed the exercises on his phone for home"; family in the room does not undo one-on-one; D1/D2 PNF patterns in standing with rhythmic stabilization, step-out reactions; motor recruitment of the L hip; 30-s chair stand and a step count; "97112 NMR 0905–0929 (24')" matches: passes.
        ["v1-h122-rsp-husband-filmed-for-home"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 04.03.2026 · kayaker, 67 y
            97112 NMR 0905–0929 (24')
            1:1 — her husband sat in and filmed the exercises on his phone for home.
            PNF D1/D2 patterns in standing with rhythmic stabilization at the pelvis; step-out reactions forward and to the L on cue.
            Problem: poor L glute med recruitment and late L protective step since the hip replacement.
            30-s chair stand 10 reps; 6/8 step-outs L without a second step.
            """,
            ["Z96.642", "R26.89"], [PT("97112", 24)], []),

        // PAVMC Dubois PTA (Marisela Cota): "Individual (1:1): Yes — rehab tech set up the cones and stayed by the door"; staff in the room do not undo it; cone weaving with direction changes, obstacle stepping, braiding; ataxia; cone-course seconds and FGA; Duration 0:21 matches: passes.
        ["v1-h122-pav-pta-tech-set-up-cones"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (DUBOIS)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA (supervising PT: G. Vandersloot)
            CPT 97112 Neuromuscular Re-education
              Duration: 0:21
              Individual (1:1): Yes — rehab tech set up the cones and stayed by the door
              Interventions: weaving through 6 cones with direction changes on cue, stepping over obstacles of 4 and 8 in, braiding along the wall rail.
              Impairment: truncal and L limb ataxia (cerebellar stroke); wide base, overshoots the turns.
              Objective: cone course 31 s (38 s last week); FGA 14/30.
            """,
            ["I69.393"], [PTA("97112", 21)], []),

        // Catahoula dictation: "While she did her tandem walking I was over on the mat getting Mr. Bell's knee brace on" — the therapist attended someone else during the block: one-on-one missing; tandem, foam, perturbations, proprioception, Berg in words present.
        ["v1-h122-cat-brace-on-another-patient-meanwhile"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — FERRIDAY. Dictated by Everett Stampley, PT, DPT. Transcribed by ScribeLine.
            97112, twenty-three minutes. Tandem walking in the bars, then foam stance with my perturbations at the shoulders. While she did her tandem walking I was over on the mat getting Mr. Bell's knee brace on.
            Deficit is proprioception in both ankles and a slow stepping response.
            Berg forty-six out of fifty-six. Five of eight perturbations without a step.
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // RSP PTA (Tomasz Wierzbicki) 97110 while another patient pedals the bike beside him: 97110 has no one-on-one check; bridges, sidelying abduction, step-ups with doses; R hip weakness; "97110 TE 16'" matches: passes.
        ["v1-h122-rsp-pta-97110-beside-the-bike"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            T. Wierzbicki, PTA · 04.03.2026
            97110 TE 16' (Mr. Halvorsen on the bike next to us)
            Bridges 3×12, sidelying hip abduction 3×10 with 1 kg cuff, step-ups onto the 20 cm box 3×8.
            R hip abductor and extensor weakness; R hip drops on the ferry gangway.
            """,
            ["M62.81", "Z96.641"], [PTA("97110", 16)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // PAVMC TheraChart delivery row "Individual (1:1): [ ]  Concurrent: [ ]  Group: [ ]" with nothing ticked and nothing typed about delivery: one-on-one unstated; perturbations, foam, vestibular hypofunction and DGI present; Duration 0:24 matches.
        ["v2-h122-pav-delivery-row-nothing-ticked"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97112 Neuromuscular Re-education
              Duration: 0:24
              Individual (1:1): [ ]   Concurrent: [ ]   Group: [ ]
              Interventions: gaze stabilization X1 with the target on the hallway wall, feet together on foam, perturbations at the pelvis.
              Impairment: R vestibular hypofunction; unsteady turning his head to back the horse trailer.
              Objective: DGI 18/24.
            """,
            ["H81.21"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // PAVMC the same row ticked "Individual (1:1): [X]": one-on-one stated; step-and-stick onto foam, lateral stepping with perturbations; motor timing after a TBI; FGA and step-and-stick count; Duration 0:22 matches: passes.
        ["v2-h122-pav-delivery-row-individual-ticked"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT
            CPT 97112 Neuromuscular Re-education
              Duration: 0:22
              Individual (1:1): [X]   Concurrent: [ ]   Group: [ ]
              Interventions: step-and-stick onto the foam pad leading with either leg; lateral stepping along the rail with perturbations at the shoulders.
              Impairment: motor timing and sequencing after the TBI (rollover on the Sinks Canyon road); late foot placement.
              Objective: FGA 19/30; step-and-stick 7/10 without a hand.
            """,
            ["S06.2X1S"], [PT("97112", 22)], []),

        // RSP paper-style form typed in, "Setting: ■ individual □ group", the filled square ticked; rocker board, Airex reaching, half-kneel rhythmic stabilization; somatosensory loss after chemotherapy; Mini-BESTest; "97112 NMR 14.05–14.27" (22 min) matches: passes.
        ["v2-h122-rsp-filled-square-individual"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            Physio: J. Brenner, PT · 04.03.2026
            97112 NMR 14.05–14.27
            Setting: ■ individual □ group
            Tx: rocker board A/P with eyes closed, reaching out of base on the Airex, half-kneel rhythmic stabilization.
            Problem: somatosensory loss both feet after chemotherapy; relies on vision, loses balance in the dark.
            Measures: Mini-BESTest 20/28.
            """,
            ["G62.0", "R26.81"], [PT("97112", 22)], []),

        // Catahoula dictation template read aloud with its blank: "One-on-one: blank." — nothing stated about delivery: one-on-one missing; habituation to the provoking positions, X1 gaze work, motion sensitivity and a DGI in words present.
        ["v2-h122-cat-one-on-one-dictated-blank"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Lavonne Fairchild, PT. Transcribed by ScribeLine.
            Code 97112, twenty-one minutes. One-on-one: blank.
            Interventions: habituation to the positions that provoke her, sit to supine and rolling to the right, three times each, then gaze stabilization X1 with the card at arm's length.
            Deficit: motion sensitivity and poor gaze stability from the right vestibular loss.
            Measures: Dynamic Gait Index seventeen out of twenty-four.
            """,
            ["H81.21"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // PAVMC "Outcome measure: ________  Score: ____" left blank, no other number but the code and its Duration 0:22: measure missing; 1:1 ticked, perturbations and foam, proprioception named.
        ["v2-h122-pav-outcome-measure-blank"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (HUDSON CLINIC)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97112 Neuromuscular Re-education
              Duration: 0:22
              Individual (1:1): [X]
              Interventions: perturbations on the foam, stepping over the hurdles, tandem stance on the balance beam.
              Impairment: decreased proprioception both ankles; wobbles on the gravel at the mailbox.
              Outcome measure: ________   Score: ____
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // RSP form with "Problem: —" left as a dash and nothing else naming a deficit: deficit missing; 1:1, perturbations on the half-roller and foam, Mini-BESTest present; "97112 NMR 23'" matches.
        ["v2-h122-rsp-problem-left-as-dash"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 04.03.2026
            97112 NMR 23'
            Setting: 1:1
            Tx: perturbations standing on the half-roller and the foam block, stepping to targets on the floor.
            Problem: —
            Measures: Mini-BESTest 21/28; 8/10 perturbations recovered without a step.
            """,
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // PAVMC two codes, the 97140 block's "Duration: __:__" left blank beside a filled 97110 block (Duration 0:15): minutes not given for each code — separate time missing; both blocks complete otherwise.
        ["v2-h122-pav-second-duration-field-blank"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT
            CPT 97110 Therapeutic Exercise
              Duration: 0:15
              Interventions: prone rows 3 x 12 with 4 lb, sidelying ER 3 x 10 with 2 lb, wall slides 2 x 10.
              Impairment: R rotator cuff and scapular weakness; can't lift the saddle onto the horse.
            CPT 97140 Manual Therapy
              Duration: __:__
              Interventions: posterior glenohumeral glides grade III, 3 x 30 s; soft tissue mobilization to the R posterior cuff.
              Impairment: R shoulder posterior capsule tightness, IR limited.
            """,
            ["M75.111"], [PT("97110", 15), PT("97140", 12)], [SepTime]),

        // Catahoula dictation "Technique: blank." with no technique dictated elsewhere: technique missing; one-on-one, deficit and Berg in words present, so not generic.
        ["v2-h122-cat-technique-dictated-blank"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — FERRIDAY. Dictated by Desmond Moak, PTA. Transcribed by ScribeLine.
            97112, twenty minutes, one on one with me the whole time.
            Technique: blank.
            Deficit: postural control and a late stepping strategy after the fall off the porch.
            Measures: Berg forty-five out of fifty-six.
            """,
            ["R26.81", "W10.8XXD"], [PTA("97112", 20)], [At(Tech, "97112")]),

        // PAVMC complete 97112 with unrelated TheraChart fields left blank ("Interpreter: ____", "Next appt: __/__/____", "HEP handout: [ ]"): stated 1:1, BAPS board and foam work, ankle proprioception, BAPS seconds and perturbations; Duration 0:23 matches: passes.
        ["v2-h122-pav-unrelated-fields-blank"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (DUBOIS)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA
            CPT 97112 Neuromuscular Re-education
              Duration: 0:23
              Individual (1:1): [X]
              Interpreter: ____
              Interventions: BAPS board level 3 clockwise and counter, single-leg stance on the foam with ball toss, lateral perturbations.
              Impairment: L ankle proprioception after the fracture; turns the ankle on the trail.
              Objective: BAPS 20 s without an edge touch; 6/10 perturbations without a step.
              Next appt: __/__/____   HEP handout: [ ]
            """,
            ["S82.892D"], [PTA("97112", 23)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // RSP Cawthorne-Cooksey exercises progressed to standing with eyes closed and ball throws between the hands; vestibular hypofunction; DGI and Romberg seconds (written 25"); "1:1"; "97112 NMR ≈ 22 min", a single code whose approximate minutes equal its line: passes.
        ["v3-h122-rsp-cawthorne-cooksey-standing"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 04.03.2026
            97112 NMR ≈ 22 min — 1:1
            Cawthorne-Cooksey programme progressed to standing: head and eye movements with eyes open then closed, ball thrown hand to hand above eye level, turning on the spot.
            Problem: L vestibular hypofunction (neuritis in December); dizzy and unsteady turning to look astern.
            DGI 18/24 (14/24 at intake); sharpened Romberg eyes closed 25".
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // PAVMC LSVT BIG maximal daily exercises and functional component tasks; hypokinesia and small steps with Parkinson's; 10-m walk speed and step counts; "Individual (1:1): Yes"; Duration 0:25: passes.
        ["v3-h122-pav-lsvt-big"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT (LSVT BIG certified)
            CPT 97112 Neuromuscular Re-education
              Duration: 0:25
              Individual (1:1): Yes
              Interventions: LSVT BIG maximal daily exercises (floor to ceiling, side to side, forward and backward steps) x 16 each; functional component tasks: sit to stand and getting out of the pickup with big movements.
              Impairment: hypokinesia and shuffling small steps with Parkinson's disease; freezes at the pickup door.
              Objective: 10-m walk 0.94 m/s (0.78 at eval), 15 steps for 10 m (21 at eval).
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // Catahoula dictation, Tai Ji Quan: Moving for Better Balance forms with weight shifting; poor weight transfer and postural control; Berg and timed up and go in words; "one on one"; twenty-three minutes on the code's line: passes.
        ["v3-h122-cat-tai-ji-quan-forms"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Everett Stampley, PT, DPT. Transcribed by ScribeLine.
            97112, twenty-three minutes, one on one. Tai Ji Quan: Moving for Better Balance, the first four forms with slow weight shifting side to side and forward and back, then single-leg transfer with the other foot unweighted.
            She has poor weight transfer and postural control, church pianist, stumbles stepping down off the organ bench.
            Berg forty-seven out of fifty-six. Timed up and go twelve point four seconds.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // RSP 97140 Maitland grade IV PA mobilisations at L4/L5 3 × 60 s and unilateral PAs on the R; low back stiffness; doses; "97140 MT 11'"; with a 97110 block (prone press-ups and bird-dogs with doses) of 14': passes.
        ["v3-h122-rsp-maitland-grade-four"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 04.03.2026 · oyster farmer, 49 y, works the tide flats 04.30–09.00
            97140 MT 11'
            Maitland grade IV central PA mobilisations L4/L5 3 × 60 s, unilateral PAs R L5 3 × 45 s.
            Problem: L4/L5 hypomobility and R-sided low back stiffness bending over the oyster bags.
            97110 TE 14'
            Prone press-ups 2 × 10, bird-dogs 3 × 8 with 5" hold, hip hinge with dowel 2 × 10.
            Problem: lumbar extensor endurance and poor hip hinge.
            """,
            ["M54.50", "M99.03"], [PT("97140", 11), PT("97110", 14)], []),

        // PAVMC 97140 Mulligan SNAGs C5–C6 rotation and NAGs; R cervical rotation limited; 3 x 6 dose and rotation degrees; Duration 0:12 matches: passes.
        ["v3-h122-pav-mulligan-snags"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (RIVERSIDE ENTRANCE, LANDER)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97140 Manual Therapy
              Duration: 0:12
              Interventions: Mulligan SNAGs C5–C6 into R rotation 3 x 6; NAGs C4–C6 2 x 8.
              Impairment: R cervical rotation limited, can't check his blind spot backing the stock trailer.
              Objective: R rotation 52° (40° at eval).
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // Catahoula dictation, Frenkel exercises supine to standing for ataxia; SARA and heel-to-shin in words; "one-on-one, nobody else in the room"; twenty-four minutes: passes.
        ["v3-h122-cat-frenkel-for-ataxia"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — VIDALIA. Dictated by Lavonne Fairchild, PT. Transcribed by ScribeLine.
            97112, neuromuscular re-education, twenty-four minutes, one-on-one, nobody else in the room.
            Frenkel exercises progressed from supine heel slides to targets to standing foot placement on the numbered squares, slow and then to the metronome.
            Problem is bilateral lower limb ataxia from the cerebellar degeneration, overshoots every step.
            SARA eighteen out of forty, was twenty-one. Hit eight of ten foot targets.
            """,
            ["G11.10", "R27.0"], [PT("97112", 24)], []),

        // RSP the clinic's own "Strait Balance programme, block B" as the only thing said about what was done: technique missing; 1:1, deficit and Mini-BESTest present.
        ["v3-h122-rsp-clinic-programme-block-only"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 04.03.2026
            97112 NMR 21' · 1:1
            Tx: Strait Balance programme, block B, as per clinic protocol.
            Problem: postural control and delayed reactive stepping after the fall on the ferry ramp.
            Measures: Mini-BESTest 18/28.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 21)], [At(Tech, "97112")]),

        // PAVMC PNF D2 flexion/extension with rhythmic initiation and combination of isotonics, "Impairment: see initial eval" as the only deficit: deficit missing; 1:1 and measures present.
        ["v3-h122-pav-pnf-impairment-see-eval"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT
            CPT 97112 Neuromuscular Re-education
              Duration: 0:23
              Individual (1:1): Yes
              Interventions: PNF D2 flexion/extension patterns with rhythmic initiation, then combination of isotonics in standing.
              Impairment: see initial eval.
              Objective: 9-hole peg L 38 s; reach out of base 9 in.
            """,
            ["I69.332"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // Catahoula dictation, Cawthorne-Cooksey eye and head movements and walking turns with no number but the code and its minutes ("twenty minutes"): measure missing; one-on-one, vestibular loss present.
        ["v3-h122-cat-cawthorne-no-number"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Everett Stampley, PT, DPT. Transcribed by ScribeLine.
            97112, twenty minutes, one-on-one. Cawthorne-Cooksey eye and head movements seated, then standing, then walking across the room turning on command.
            Deficit is her right vestibular loss with motion sensitivity and gait veering.
            She looked steadier than last time and says the dizziness is better.
            """,
            ["H81.21"], [PT("97112", 20)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // RSP ferry purser: "loses his footing on the car deck when the boat rolls — L ankle proprioception and peroneal reaction time reduced"; rocker board, perturbations on foam; SLS seconds written 9" and 18"; "1:1"; "97112 NMR 0930–0953" (23 min): passes. He walks the dog "30 min every morning at 06.00" — the patient's day, not the code's.
        ["v4-h122-rsp-footing-on-the-car-deck"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 04.03.2026 · retired ferry purser, 71 y
            97112 NMR 0930–0953 · 1:1
            Home: walks the dog 30 min every morning at 06.00, no falls on the walk.
            Tx: rocker board M/L eyes closed, perturbations at the shoulders standing on the foam, SLS with head turns.
            Problem: loses his footing on the car deck when the boat rolls — L ankle proprioception and peroneal reaction time reduced.
            SLS L 9" (R 18"); rocker M/L 14" without edge touch.
            """,
            ["R26.81", "S93.402S"], [PT("97112", 23)], []),

        // PAVMC 97116 by a PTA: "R foot drags as he tires walking out to the irrigation pivot — foot clearance and R ankle dorsiflexor weakness"; gait with the AFO, obstacle course, stairs; distance and assistance; Duration 0:24: passes.
        ["v4-h122-pav-pta-foot-drags-to-the-pivot"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (HUDSON CLINIC)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA
            CPT 97116 Gait Training
              Duration: 0:24
              Interventions: gait training with the new R AFO on level tile, the gravel path and the ramp; stepping over the garden-hose line; stairs with one rail.
              Impairment: R foot drags as he tires walking out to the irrigation pivot — foot clearance and R ankle dorsiflexor weakness.
              Objective: 600 ft with AFO and SPC, SBA; 12 stairs reciprocal with one rail, CGA.
            """,
            ["M21.371", "G57.31"], [PTA("97116", 24)], []),

        // Catahoula dictation, a pecan sheller: "she can't feel the steps going up to the choir loft, decreased light touch and vibration both feet"; foam and narrow-base work; Semmes-Weinstein and tandem in words; one on one; twenty-two minutes: passes.
        ["v4-h122-cat-cant-feel-the-choir-loft-steps"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Lavonne Fairchild, PT. Transcribed by ScribeLine.
            97112, twenty-two minutes, one on one. Narrow-base and tandem stance on foam, stepping up and down the six-inch step without looking at her feet, marching on the foam strip.
            She cannot feel the steps going up to the choir loft; decreased light touch and vibration in both feet, so somatosensory loss.
            Monofilament felt at two of ten sites on each foot. Tandem stance on the floor eleven seconds.
            """,
            ["E11.42", "R20.2"], [PT("97112", 22)], []),

        // RSP 97110: "R shoulder external rotator weakness — can't lift the kayak onto the roof rack"; ER with band, prone Y and T, wall push-ups with doses; "97110 TE 30'" matches: passes.
        ["v4-h122-rsp-kayak-onto-the-roof-rack"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 04.03.2026
            97110 TE 30'
            ER with the green band 3×12, prone Y and T 3×10 with 0.5 kg, wall push-ups 2×15, serratus punches 3×12 with 2 kg.
            Problem: R shoulder external rotator and lower trapezius weakness — can't lift the kayak onto the roof rack.
            """,
            ["M75.101"], [PT("97110", 30)], []),

        // PAVMC "Impairment: none reported" as the only deficit line: deficit missing; 1:1, perturbations, foam and a Berg present.
        ["v4-h122-pav-impairment-none-reported"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (DUBOIS)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97112 Neuromuscular Re-education
              Duration: 0:22
              Individual (1:1): Yes
              Interventions: perturbations on the foam, tandem walking, stepping over the hurdles.
              Impairment: none reported.
              Objective: Berg 48/56.
            """,
            ["R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Catahoula dictation naming no deficit ("No new complaints. Doing good."): deficit missing; one on one, rocker board and perturbations, Berg in words present.
        ["v4-h122-cat-no-new-complaints"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — FERRIDAY. Dictated by Desmond Moak, PTA. Transcribed by ScribeLine.
            97112, twenty-one minutes, one on one. Rocker board front to back eyes closed, perturbations standing on the foam, tandem walk along the tape.
            No new complaints. Doing good.
            Berg forty-nine out of fifty-six.
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // RSP 97140 with no region or impairment at all ("grade III glides and soft-tissue mobilisation, 3 × 30 s each"): deficit missing; technique and dose present; "97140 MT 12'".
        ["v4-h122-rsp-glides-no-region"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 04.03.2026
            97140 MT 12'
            Grade III glides and soft-tissue mobilisation, 3 × 30 s each. Tolerated well.
            """,
            ["M25.612"], [PT("97140", 12)], [At(Deficit, "97140")]),

        // PAVMC OT 97530: "can't stand longer than 10 min at the stove before she has to sit — standing tolerance and L hip weakness"; kitchen task with reaching to the upper cabinet, carrying pans; assistance and reps; Duration 0:24 — the 10 min is her day's tolerance, not the code's: passes.
        ["v4-h122-pav-ot-ten-minutes-at-the-stove"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Colleen Haraway, OTR/L
            CPT 97530 Therapeutic Activities
              Duration: 0:24
              Interventions: simulated meal prep at the therapy kitchen — reaching to the upper cabinet 10x, carrying a 5 lb pot from the sink to the stove 6 trips, standing at the counter chopping.
              Impairment: can't stand longer than 10 min at the stove before she has to sit — standing tolerance and L hip weakness after the fracture.
              Objective: modified independent with the counter for support; finished the chopping without sitting.
            """,
            ["S72.002D"], [OT("97530", 24)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // RSP seconds written with the ditto mark: TUG 14.2", SLS 7" — minutes with the prime on the code's line ("97112 NMR 23'"); 1:1; perturbations, foam, stepping strategy drills; delayed stepping: passes.
        ["v5-h122-rsp-tug-in-ditto-seconds"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 04.03.2026 · tulip-field foreman, 63 y
            97112 NMR 23' · 1:1
            Tx: perturbations forward and back on the foam, stepping-strategy drills to the floor targets, braiding along the bars.
            Problem: delayed stepping reaction and backward sway; fell between the tulip rows in February.
            TUG 14.2" (17.9" at intake); SLS R 7", L 11".
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // PAVMC stopwatch fields in the EMR's own form: "5xSTS: 00:18.6" and "TUG: 00:13.1" beside "Timed Duration: 00:22:00" for the code; 1:1 stated; sit-to-stand from foam, perturbations; LE motor control after a stroke: passes.
        ["v5-h122-pav-five-times-sit-to-stand-stopwatch"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97112 Neuromuscular Re-education   Timed Duration: 00:22:00
              Individual (1:1): Yes
              Interventions: sit to stand from the foam cushion with eyes closed, perturbations standing, step-ups with a 2-second stick.
              Impairment: R LE motor control and weight acceptance after the L MCA stroke.
              Objective: 5xSTS: 00:18.6 (00:24.0 at eval)   TUG: 00:13.1
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // Catahoula dictation, Berg and the four-square step test in words ("Berg forty-four out of fifty-six, four square step test fifteen point two seconds"); one-on-one; multidirectional stepping and foam; postural control; twenty-three minutes: passes.
        ["v5-h122-cat-berg-in-words"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — VIDALIA. Dictated by Lavonne Fairchild, PT. Transcribed by ScribeLine.
            97112, twenty-three minutes. I was one-on-one with Mrs. Tillman the entire time.
            Multidirectional stepping over the cane square, then foam stance with ball catches and reactive steps.
            Deficit: postural control and a slow stepping strategy, retired riverboat cook, trips on the galley-style step into her kitchen.
            Berg forty-four out of fifty-six. Four square step test fifteen point two seconds.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // RSP 97116: 10-m walk 0.82 m/s and a 6MWT of 312 m (the test's standard 6:00, one standing rest) — the code's own minutes on its line "97116 Gait 09.40–10.04 (24')"; gait with the rollator and without on grass; step length and L stance; passes.
        ["v5-h122-rsp-six-minute-walk-beside-the-code"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            T. Wierzbicki, PTA · 04.03.2026
            97116 Gait 09.40–10.04 (24')
            Gait training with the rollator in the corridor, then without on the grass strip by the marina lot; cueing heel strike and longer L step.
            Problem: short L step and reduced L stance time after the TKA.
            10-m walk 0.82 m/s. 6MWT 6:00 — 312 m, one standing rest.
            """,
            ["Z96.652"], [PTA("97116", 24)], []),

        // PAVMC 97116: "walked the 150-m clinic corridor in 2:30" (a stopwatch result) with the code's "Duration: 0:21"; gait with the cane on tile and gravel; antalgic gait after the knee; distance and assistance: passes.
        ["v5-h122-pav-corridor-walk-in-two-thirty"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (RIVERSIDE ENTRANCE, LANDER)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA
            CPT 97116 Gait Training
              Duration: 0:21
              Interventions: gait training with the SPC on tile and the gravel path, heel-toe pattern, turns around the cones.
              Impairment: antalgic gait with shortened R stance after the R TKA.
              Objective: walked the 150-m clinic corridor in 2:30 with SPC, supervision; 400 ft on gravel with SPC, CGA.
            """,
            ["Z96.651"], [PTA("97116", 21)], []),

        // Catahoula dictation, 97110 doses in words with holds in seconds ("three sets of ten, thirty-second holds on the stretches"); L knee quadriceps weakness and flexion contracture; "97110, fifteen minutes"; 97112 block one on one with perturbations, proprioception and Berg in words, "twenty minutes": passes.
        ["v5-h122-cat-doses-and-holds-in-words"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Everett Stampley, PT, DPT. Transcribed by ScribeLine.
            97110, therapeutic exercise, fifteen minutes. Quad sets and straight leg raises three sets of ten, terminal knee extension with the red band three sets of fifteen, prone hangs and hamstring stretches with thirty-second holds, four of each.
            Left quadriceps weakness and a ten-degree flexion contracture of the left knee.
            97112, neuromuscular re-education, twenty minutes, one on one the whole twenty. Perturbations on the foam and tandem walking with head turns.
            Deficit there is proprioception of the left knee and ankle. Berg forty-eight out of fifty-six.
            """,
            ["M17.12", "R26.81"], [PT("97110", 15), PT("97112", 20)], []),

        // RSP 97112 with no number but its code and minutes: "clearly more confident on the foam than last week": measure missing; 1:1, perturbations and foam, postural control present.
        ["v5-h122-rsp-more-confident-no-number"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT
            97112 NMR 22' · 1:1
            Tx: perturbations standing on the foam, step-and-hold onto the half-roller, reaching out of base.
            Problem: postural control and delayed reactive stepping.
            Clearly more confident on the foam than last week.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PAVMC "TUG: deferred (pt fatigued)" and "Berg: not done", no other number but the code's Duration 0:23: measure missing; 1:1, technique, deficit present.
        ["v5-h122-pav-tests-deferred"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (HUDSON CLINIC)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97112 Neuromuscular Re-education
              Duration: 0:23
              Individual (1:1): Yes
              Interventions: rocker board eyes closed, foam stance with head turns, lateral perturbations.
              Impairment: bilateral ankle proprioception reduced with the peripheral neuropathy.
              Objective: TUG: deferred (pt fatigued). Berg: not done.
            """,
            ["G62.9"], [PT("97112", 23)], [At(Measure, "97112")]),

        // Catahoula dictation "she did real well on the balance testing" with no score: measure missing; one on one, vestibular work, deficit present; twenty-one minutes in words.
        ["v5-h122-cat-did-well-on-the-testing"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — FERRIDAY. Dictated by Desmond Moak, PTA. Transcribed by ScribeLine.
            97112, twenty-one minutes, one on one. Gaze stabilization with the letter card, walking with head turns up and down the hall, standing on foam with eyes closed.
            Deficit: left vestibular hypofunction, she bumps the wall turning her head.
            She did real well on the balance testing today.
            """,
            ["H81.22"], [PTA("97112", 21)], [At(Measure, "97112")]),

        // PAVMC 97110 with exercises and region but no dose ("bridges, clamshells, sidelying hip abduction, step-ups"): measure missing; Duration 0:18.
        ["v5-h122-pav-97110-no-dose"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (DUBOIS)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA
            CPT 97110 Therapeutic Exercise
              Duration: 0:18
              Interventions: bridges, clamshells with the band, sidelying hip abduction, step-ups on the low step.
              Impairment: L hip abductor and extensor weakness; Trendelenburg on the L.
            """,
            ["M62.81"], [PTA("97110", 18)], [At(Measure, "97110")]),

        // Catahoula OT 97530 with activities and deficit but no assistance level, count or load: measure missing; "97530, twenty-two minutes".
        ["v5-h122-cat-ot-97530-no-measure"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Priscilla Ducote, OTR/L. Transcribed by ScribeLine.
            97530, therapeutic activities, twenty-two minutes. Practiced getting in and out of the tub with the transfer bench, then carrying the laundry basket from the washer to the bed and folding standing at the bed.
            She has reduced trunk control and a weak right grasp after the stroke and is afraid of the tub.
            Getting more confident.
            """,
            ["I69.351"], [OT("97530", 22)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in every usual form, true mismatches, truly missing separate time

        // RSP two codes with minutes written "24m" and "18m" after each code (no metres anywhere in the note); 97112 1:1 with rocker and perturbations, proprioception, SLS seconds; 97110 with doses for the R hip: passes.
        ["v6-h122-rsp-minutes-as-m-two-codes"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 04.03.2026
            97112 NMR 24m · 1:1
            Rocker board A/P eyes closed, perturbations on the foam block, SLS with ball toss.
            Problem: R ankle proprioception after the fracture; turns the ankle on the beach stones.
            SLS R 6" (L 19"); 7/10 perturbations recovered.
            97110 TE 18m
            Side-lying hip abduction 3×12 with 1 kg, bridges 3×15, calf raises 3×15 on the step.
            Problem: R hip abductor and calf weakness.
            """,
            ["S82.891D"], [PT("97112", 24), PT("97110", 18)], []),

        // PAVMC EMR fields "Timed Duration: 00:23:00" and "Timed Duration: 00:17:00" under each code's header: minutes for each code, both matching; both blocks complete: passes.
        ["v6-h122-pav-hh-mm-ss-fields-two-codes"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT
            CPT 97112 Neuromuscular Re-education   Timed Duration: 00:23:00
              Individual (1:1): Yes
              Interventions: perturbations in tandem stance, foam stance with head turns, backward walking on the line.
              Impairment: postural control and backward sway after the fall from the hay loft ladder.
              Objective: Berg 43/56; backward walk 10 ft, 2 side-steps off the line.
            CPT 97110 Therapeutic Exercise   Timed Duration: 00:17:00
              Interventions: leg press 3 x 12 at 70 lb, step-ups 3 x 10 on the 6 in step, hip abduction machine 3 x 12 at 30 lb.
              Impairment: bilateral hip and knee extensor weakness.
            """,
            ["R26.81", "W11.XXXD"], [PT("97112", 23), PT("97110", 17)], []),

        // Catahoula dictation with each code's minutes in words ("97112 … twenty-three minutes", "97140 … eleven minutes"); 97112 one-on-one with PNF and perturbations, Berg in words; 97140 soft tissue and joint mobilization to the L ankle with doses in words: passes.
        ["v6-h122-cat-minutes-in-words-two-codes"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Everett Stampley, PT, DPT. Transcribed by ScribeLine.
            97112, neuromuscular re-education, twenty-three minutes, one on one. PNF D1 and D2 patterns of the left leg in standing, then perturbations on the foam.
            Deficit is left ankle proprioception and a late ankle strategy since the fracture, retired barge pilot, unsteady on the levee path.
            Berg forty-six out of fifty-six. Single-leg stance left six seconds.
            97140, manual therapy, eleven minutes. Talocrural posterior glides grade three, three sets of thirty seconds, and soft tissue mobilization to the left gastroc.
            Left ankle dorsiflexion is limited to five degrees.
            """,
            ["S82.892D"], [PT("97112", 23), PT("97140", 11)], []),

        // RSP 24-hour clock ranges on each code's line, "97112 NMR 0915–0938" (23) and "97140 MT 0940–0951" (11), and the patient's arrival "arr. 0905" on the header: passes.
        ["v6-h122-rsp-24-hour-ranges-two-codes"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 04.03.2026 · arr. 0905
            97112 NMR 0915–0938 · 1:1
            Perturbations standing on the Airex, half-kneel rhythmic stabilization, step-and-hold onto the half-roller.
            Problem: trunk and hip motor control after the lumbar fusion; loses balance reaching into the boat.
            Mini-BESTest 22/28; half-kneel hold 25".
            97140 MT 0940–0951
            Soft-tissue mobilisation to the R thoracolumbar paraspinals and R hip flexor stretch with contract-relax, 3 × 30".
            Problem: R hip flexor and thoracolumbar tightness.
            """,
            ["M96.1", "R26.89"], [PT("97112", 23), PT("97140", 11)], []),

        // PAVMC 12-hour ranges on each code's line, "97112 1:02p–1:24p" (22) and "97110 1:25p–1:39p" (14): passes.
        ["v6-h122-pav-12-hour-ranges-two-codes"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (RIVERSIDE ENTRANCE, LANDER)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97112 Neuromuscular Re-education   1:02p–1:24p
              Individual (1:1): Yes
              Interventions: BAPS board level 4, SLS on foam with ball catches, lateral perturbations at the hips.
              Impairment: L ankle proprioception reduced after the sprain; rolls it on the arena dirt.
              Objective: SLS L on foam 9 s (R 22 s); 6/10 perturbations without a step.
            CPT 97110 Therapeutic Exercise   1:25p–1:39p
              Interventions: eccentric heel drops 3 x 15, banded eversion 3 x 15 with blue band, lateral band walks 3 x 20 ft.
              Impairment: L peroneal and calf weakness.
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 14)], []),

        // RSP French-style ranges "97112 NMR 09h15 to 09h38" (23) and "97110 TE 09h40 to 09h52" (12): passes.
        ["v6-h122-rsp-h-separated-ranges-two-codes"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 04.03.2026
            97112 NMR 09h15 to 09h38 · individual, only the two of us in the gym
            Gaze stabilisation X1 standing on foam, walking with head turns along the window, turning 180° on cue.
            Problem: R vestibular hypofunction; veers R and gets dizzy turning to look for whales from the deck.
            DGI 19/24; 180° turn in 3 steps (5 at intake).
            97110 TE 09h40 to 09h52
            Sit to stand 3×10 from the low chair, step-ups 3×10 on 15 cm, wall sits 3 × 20".
            Problem: bilateral quadriceps weakness.
            """,
            ["H81.21"], [PT("97112", 23), PT("97110", 12)], []),

        // RSP a dotted range across the hour on the code's line, "97112 NMR 9.50–10.12" (22); the next visit written as a dotted date "11.03.2026": passes.
        ["v6-h122-rsp-dotted-range-across-the-hour"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            T. Wierzbicki, PTA · 04.03.2026
            97112 NMR 9.50–10.12 · 1:1
            Tandem walk on the line with head turns, foam stance eyes closed, lateral pushes at the shoulders.
            Problem: somatosensory loss both feet (B12 deficiency neuropathy); unsteady in the dark.
            Tandem stance 12" (6" at intake); 5/8 pushes without a step.
            Next: Wed 11.03.2026.
            """,
            ["E53.8", "G63"], [PTA("97112", 22)], []),

        // PAVMC start time with a duration on the code's line, "97112 — started 14:05, 23 min": passes.
        ["v6-h122-pav-start-time-with-duration"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (DUBOIS)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA
            CPT 97112 — started 14:05, 23 min
              Individual (1:1): Yes
              Interventions: step-and-stick onto the foam, stepping over the 6-in hurdles, braiding along the rail.
              Impairment: L LE motor timing after the R stroke; catches the L toe on the threshold.
              Objective: FGA 16/30; step-and-stick 8/10 without a hand.
            """,
            ["I69.354"], [PTA("97112", 23)], []),

        // Catahoula "97110, therapeutic exercise, ½ hr" on a 30-minute line: passes (doses in words, R shoulder).
        ["v6-h122-cat-half-hour"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — VIDALIA. Dictated by Lavonne Fairchild, PT. Transcribed by ScribeLine.
            97110, therapeutic exercise, ½ hr. Rows with the green band three sets of fifteen, shoulder flexion to the shelf with a one-pound weight three sets of ten, sidelying external rotation three sets of twelve, wall slides two sets of ten.
            Right shoulder weakness after the rotator cuff repair, cannot reach the hymnals on the top shelf.
            """,
            ["Z98.890", "M75.121"], [PT("97110", 30)], []),

        // Catahoula "97112, ~23 min", a single code whose approximate minutes equal its line: passes.
        ["v6-h122-cat-tilde-minutes-single-code"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — FERRIDAY. Dictated by Desmond Moak, PTA. Transcribed by ScribeLine.
            97112, ~23 min, one on one the whole way. Rocker board eyes closed, perturbations on the foam, stepping over the cones.
            Deficit: ankle proprioception and a slow ankle strategy.
            Berg fifty out of fifty-six; rocker board eighteen seconds without touching down.
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // PAVMC "97116 Gait Training approx. 23 minutes", a single code whose approximate minutes equal its line; gait with the walker to the cane, curb and ramp, distance and assistance: passes.
        ["v6-h122-pav-approx-minutes-single-code"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (HUDSON CLINIC)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT
            CPT 97116 Gait Training approx. 23 minutes
              Interventions: gait training from the FWW to the SPC in the hall, up and down the curb and the ramp at the entrance.
              Impairment: decreased R stance time and step length after the R hip fracture.
              Objective: 300 ft with SPC, CGA; curb with SPC, min A x 1.
            """,
            ["S72.001D"], [PT("97116", 23)], []),

        // PAVMC "97530 — 23 mins" and "97110 — 12min." by one PT, both matching: passes.
        ["v6-h122-pav-mins-and-min-dot-two-codes"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97530 — 23 mins
              Interventions: floor to stand transfers 5x, lifting a 25 lb salt block from the floor to the tailgate height 8x, carrying two 10 lb buckets 100 ft.
              Impairment: lifting mechanics and lumbar endurance for ranch work after the lumbar strain.
            CPT 97110 — 12min.
              Interventions: deadlift with kettlebell 3 x 8 at 20 lb, side planks 3 x 20 s each side.
              Impairment: lumbar extensor and lateral trunk weakness.
            """,
            ["S39.012D"], [PT("97530", 23), PT("97110", 12)], []),

        // PAVMC 12-hour range across noon on the code's line, "97112 11:50a–12:14p" (24 min), and the patient's arrival "checked in 11:38a": passes.
        ["v6-h122-pav-range-across-noon"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT · pt checked in 11:38a
            CPT 97112 Neuromuscular Re-education   11:50a–12:14p
              Individual (1:1): Yes
              Interventions: sensory reintegration on foam with eyes closed, head turns while walking, perturbations in tandem.
              Impairment: vestibular and somatosensory loss after the ototoxic antibiotics; wide-based gait.
              Objective: CTSIB cond 4: 11 s (30 s max); DGI 15/24.
            """,
            ["H81.93", "R26.89"], [PT("97112", 24)], []),

        // RSP clock range on the code's line "97112 NMR 0915–0948" (33 min) on a 22-minute line: mismatch; note otherwise complete.
        ["v6-h122-rsp-range-mismatch"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 04.03.2026
            97112 NMR 0915–0948 · 1:1
            Perturbations on the foam, rocker board eyes closed, step-and-hold to targets.
            Problem: L ankle proprioception and delayed ankle strategy.
            SLS L 10" (R 24"); rocker A/P 15".
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // PAVMC "Duration: 0:38" carried in the EMR on a 25-minute 97112 line: mismatch; otherwise complete.
        ["v6-h122-pav-duration-field-mismatch"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (HUDSON CLINIC)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97112 Neuromuscular Re-education
              Duration: 0:38
              Individual (1:1): Yes
              Interventions: PNF rhythmic stabilization in sitting and standing, weight shifts onto the R with perturbations.
              Impairment: R LE motor recruitment and weight acceptance after the L stroke.
              Objective: Berg 37/56; 62% weight on the R in standing.
            """,
            ["I69.351"], [PT("97112", 25)], [At(Mismatch, "97112")]),

        // Catahoula dictation "97110, thirty-five minutes" on a 22-minute line: mismatch; exercises with doses in words and the region present.
        ["v6-h122-cat-words-mismatch"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Everett Stampley, PT, DPT. Transcribed by ScribeLine.
            97110, therapeutic exercise, thirty-five minutes. Leg press three sets of ten at sixty pounds, step-ups on the eight-inch step three sets of ten, hamstring curls with the yellow band three sets of fifteen.
            Right knee extensor and flexor weakness after the total knee.
            """,
            ["Z96.651"], [PT("97110", 22)], [At(Mismatch, "97110")]),

        // PAVMC two codes in hh:mm:ss fields, 97112 "00:23:00" matching and 97110 "00:25:00" on a 12-minute line: mismatch on 97110 only.
        ["v6-h122-pav-hh-mm-ss-second-code-mismatch"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT
            CPT 97112 Neuromuscular Re-education   Timed Duration: 00:23:00
              Individual (1:1): Yes
              Interventions: foam stance with head turns, tandem walking, perturbations at the pelvis.
              Impairment: proprioception and postural control with the neuropathy.
              Objective: Berg 44/56; tandem 8 s.
            CPT 97110 Therapeutic Exercise   Timed Duration: 00:25:00
              Interventions: seated knee extension 3 x 12 with 3 lb, standing hip abduction 3 x 12, heel raises 3 x 15.
              Impairment: bilateral LE weakness.
            """,
            ["G62.9"], [PT("97112", 23), PT("97110", 12)], [At(Mismatch, "97110")]),

        // RSP "97140 MT 30'" on an 18-minute line with a matching "97110 TE 15'": mismatch on 97140.
        ["v6-h122-rsp-prime-mismatch-on-manual"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 04.03.2026
            97140 MT 30'
            Lateral glides of the R elbow with movement (Mulligan MWM) 3 × 10, soft-tissue mobilisation to the wrist extensors.
            Problem: R lateral elbow pain gripping the oars.
            97110 TE 15'
            Eccentric wrist extension 3×15 with 1 kg, grip with the putty 3×20.
            Problem: R wrist extensor weakness.
            """,
            ["M77.11"], [PT("97140", 18), PT("97110", 15)], [At(Mismatch, "97140")]),

        // RSP two codes with only a session range "Session 09.00–09.40" and no minutes for either code: separate time missing.
        ["v6-h122-rsp-session-range-only"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 04.03.2026
            Session 09.00–09.40 · 1:1
            NMR: perturbations on the foam, tandem walk with head turns, step-and-hold onto the half-roller. Problem: postural control and a late stepping reaction. Mini-BESTest 20/28.
            TE: bridges 3×12, side-lying abduction 3×12 with 1 kg, sit to stand 3×10. Problem: bilateral hip weakness.
            """,
            ["R26.81"], [PT("97112", 25), PT("97110", 15)], [SepTime]),

        // PAVMC "Total Timed Duration: 0:38" for two codes whose blocks carry no minutes: separate time missing.
        ["v6-h122-pav-total-timed-only"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (DUBOIS)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA
            Total Timed Duration: 0:38
            CPT 97112 Neuromuscular Re-education
              Individual (1:1): Yes
              Interventions: BAPS board, foam stance with ball catches, lateral perturbations.
              Impairment: R ankle proprioception after the sprain.
              Objective: SLS R on foam 8 s; 6/10 perturbations without a step.
            CPT 97110 Therapeutic Exercise
              Interventions: heel raises 3 x 15, banded eversion 3 x 15, step-downs 3 x 10 from 6 in.
              Impairment: R calf and peroneal weakness.
            """,
            ["S93.401D"], [PTA("97112", 23), PTA("97110", 15)], [SepTime]),

        // Catahoula three codes with only "Total timed 1 hr 5 min": separate time missing; each code's content present.
        ["v6-h122-cat-one-hour-five-total"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Everett Stampley, PT, DPT. Transcribed by ScribeLine.
            Total timed 1 hr 5 min, one on one throughout.
            97112: perturbations on the foam, tandem walking with head turns. Deficit is postural control after the stroke. Berg forty out of fifty-six.
            97110: leg press three sets of ten at fifty pounds, step-ups three sets of ten. Left leg weakness.
            97530: floor transfers three times, carrying a grocery bag up the four porch steps, minimal assist.
            Left-sided weakness limits getting up off the floor and carrying groceries.
            """,
            ["I69.354"], [PT("97112", 25), PT("97110", 25), PT("97530", 15)], [SepTime]),

        // Catahoula transcription "[inaudible] minutes" for the 97110 beside "97112, twenty-two minutes": separate time missing.
        ["v6-h122-cat-inaudible-minutes"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — VIDALIA. Dictated by Lavonne Fairchild, PT. Transcribed by ScribeLine.
            97112, twenty-two minutes, one-on-one. Gaze stabilization X1 standing, walking with head turns, foam stance eyes closed.
            Deficit: right vestibular hypofunction. Dynamic Gait Index eighteen out of twenty-four.
            97110, [inaudible] minutes. Sit to stand three sets of ten, step-ups three sets of ten, calf raises three sets of fifteen.
            Bilateral leg weakness.
            """,
            ["H81.21"], [PT("97112", 22), PT("97110", 14)], [SepTime]),

        // PAVMC 12-hour range "97116 2:10p–2:45p" (35 min) on a 24-minute line: mismatch.
        ["v6-h122-pav-12-hour-range-mismatch"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (RIVERSIDE ENTRANCE, LANDER)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA
            CPT 97116 Gait Training   2:10p–2:45p
              Interventions: gait training with the SPC on tile and the parking-lot ramp, turns and stops on cue.
              Impairment: shuffling gait and short steps; drags the L foot when tired.
              Objective: 450 ft with SPC, SBA; ramp with SPC, CGA.
            """,
            ["R26.89"], [PTA("97116", 24)], [At(Mismatch, "97116")]),

        // Catahoula dictation "97112 … twenty minutes" on a 32-minute line: mismatch.
        ["v6-h122-cat-twenty-on-thirty-two"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — FERRIDAY. Dictated by Desmond Moak, PTA. Transcribed by ScribeLine.
            97112, neuromuscular re-education, twenty minutes, one on one. Perturbations on the foam, rocker board, tandem walking on the line.
            Deficit: ankle proprioception and postural control.
            Berg forty-three out of fifty-six.
            """,
            ["R26.81"], [PTA("97112", 32)], [At(Mismatch, "97112")]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // PAVMC TheraChart export with the note empty on a two-code visit: DOC_NOTE_MISSING on each line.
        ["v7-h122-pav-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // RSP PTA note of tabs, spaces and line breaks only on a 97110 line: DOC_NOTE_MISSING.
        ["v7-h122-rsp-whitespace-only-97110"] = new(
            " \t \n  \n\t ",
            ["M62.81"], [PTA("97110", 18)], [At(NoteMissing, "97110")]),

        // Catahoula OT dictation never transcribed (empty) and no diagnosis on the claim: DOC_NOTE_MISSING and the diagnosis check.
        ["v7-h122-cat-ot-untranscribed-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // Catahoula 97110 as the contract means it: named exercises (sidelying hip abduction, bridges, clamshells with the band) with doses in words, the L hip as the region; "97110 … eighteen minutes": passes.
        ["v7-h122-cat-97110-hip-exercises"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Desmond Moak, PTA. Transcribed by ScribeLine.
            97110, therapeutic exercise, eighteen minutes. Sidelying hip abduction three sets of twelve, bridges three sets of fifteen with a five-second hold, clamshells with the red band three sets of fifteen, standing hip extension at the counter two sets of twelve.
            Left hip abductor and extensor weakness, she drops her left hip going up the church steps.
            """,
            ["M25.552", "M62.81"], [PTA("97110", 18)], []),

        // PAVMC OT 97530 as the contract means it: getting into a pickup cab from a step stool and lifting a saddle blanket onto a rail, with assistance levels and counts; reduced trunk control and L shoulder reach; "Duration: 0:23": passes.
        ["v7-h122-pav-ot-97530-pickup-and-saddle-blanket"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Colleen Haraway, OTR/L
            CPT 97530 Therapeutic Activities
              Duration: 0:23
              Interventions: transfers in and out of the pickup-cab simulator from a step stool 5x; lifting a saddle blanket onto the rail at shoulder height 8x; reaching into the overhead cupboard for the feed scoop.
              Impairment: reduced trunk control and L shoulder reach after the stroke; can't get into his own truck.
              Objective: cab transfer min A x 1 (mod A at eval); blanket to rail with SBA.
            """,
            ["I69.352"], [OT("97530", 23)], []),

        // RSP 97140 as the contract means it: grade III lumbar PA mobilisations L3–L5 and soft-tissue mobilisation to the R quadratus lumborum with doses; lumbar hypomobility; "97140 MT 12'": passes.
        ["v7-h122-rsp-97140-lumbar-mobilisation"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 04.03.2026
            97140 MT 12'
            Central PA mobilisations grade III L3–L5, 3 × 45"; soft-tissue mobilisation to the R quadratus lumborum 2 × 60".
            Problem: L3–L5 hypomobility and R QL guarding; stiff getting out of the car after the drive from La Conner.
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // PAVMC PTA 97116 as the contract means it: gait training with the FWW to the SPC on tile, carpet and the 4 entry steps, with distance and assistance; short R step after a hip replacement; "Duration: 0:22": passes.
        ["v7-h122-pav-pta-97116-walker-to-cane"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (HUDSON CLINIC)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA
            CPT 97116 Gait Training
              Duration: 0:22
              Interventions: gait training progressing from the FWW to the SPC on tile and carpet; the 4 entry steps with one rail, step-to pattern.
              Impairment: short R step and reduced R stance after the R THA.
              Objective: 250 ft with SPC, CGA; 4 steps with rail and SPC, min A x 1.
            """,
            ["Z96.641"], [PTA("97116", 22)], []),

        // RSP wholly generic 97112 ("Physio as per plan. Tolerated well. Continue.") with "97112 NMR 22'": technique, generic, deficit, measure and one-on-one.
        ["v7-h122-rsp-generic-97112"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT
            97112 NMR 22'
            Physio as per plan. Balance training. Tolerated well. Continue.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // PAVMC wholly generic 97110 ("Pt tolerated therapeutic exercise well. Continue POC.") with "Duration: 0:20": technique, generic, deficit and measure.
        ["v7-h122-pav-generic-97110"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (DUBOIS)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97110 Therapeutic Exercise
              Duration: 0:20
              Interventions: therapeutic exercise per plan of care.
              Assessment: Pt tolerated therapeutic exercise well. Continue POC.
            """,
            ["M62.81"], [PT("97110", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Catahoula wholly generic two-code dictation with each code's minutes in words: every content check on both lines and one-on-one on 97112, no separate-time finding.
        ["v7-h122-cat-generic-two-codes-minutes-each"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — FERRIDAY. Dictated by Desmond Moak, PTA. Transcribed by ScribeLine.
            97112, twenty minutes, and 97110, fifteen minutes. Patient seen for balance and strengthening. Tolerated treatment well. Continue plan of care.
            """,
            ["R26.81"], [PTA("97112", 20), PTA("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary notes of the three employers

        // RSP 97112 (1:1; perturbations and half-roller; delayed stepping; Mini-BESTest) — "sat 45 min in church on Sunday without a backrest" is the patient's week, "97112 NMR 23'" the code's: passes.
        ["vord-h122-rsp-sat-in-church"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 04.03.2026 · 77 y, 1.62 m, 58 kg
            97112 NMR 23' · 1:1
            S: sat 45 min in church on Sunday without a backrest; no falls since 18.02.
            Tx: perturbations standing on the half-roller, step-and-hold to floor targets, reaching out of base on foam.
            Problem: delayed stepping reaction and backward loss of balance.
            Mini-BESTest 21/28; 8/10 perturbations recovered with one step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // PAVMC 97112 (1:1; X1 viewing and head-turn walking; vestibular hypofunction; DGI) — "drives 1 hr 10 min each way from Crowheart" and "appt 08:00, arrived 07:42" are not the code's minutes; Duration 0:22: passes.
        ["vord-h122-pav-drives-from-crowheart"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT
            Appt 08:00, arrived 07:42. Pt drives 1 hr 10 min each way from Crowheart.
            CPT 97112 Neuromuscular Re-education
              Duration: 0:22
              Individual (1:1): Yes
              Interventions: gaze stabilization X1 viewing with the busy background, walking with head turns, standing on foam with eyes closed.
              Impairment: L vestibular hypofunction; loses balance turning to check traffic.
              Objective: DGI 19/24; DVA 2 lines lost.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // Catahoula dictation 97110 (knee exercises with doses in words; R quad weakness) — "walks twenty minutes on the levee every morning" is her day; "97110, sixteen minutes": passes.
        ["vord-h122-cat-walks-the-levee"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — VIDALIA. Dictated by Lavonne Fairchild, PT. Transcribed by ScribeLine.
            She walks twenty minutes on the levee every morning now without the cane.
            97110, therapeutic exercise, sixteen minutes. Mini squats three sets of twelve, step-ups on the six-inch step three sets of ten, terminal knee extension with the green band three sets of fifteen.
            Right quadriceps weakness after the knee replacement, slow on stairs.
            """,
            ["Z96.651"], [PT("97110", 16)], []),

        // RSP 97116 by the PTA (gait with poles on the marina boardwalk; L foot clearance; distance) — "walks 2 × 20 min daily with the dog" is home activity; "97116 Gait 10.05–10.27" (22 min) on the code's line: passes.
        ["vord-h122-rsp-pta-nordic-poles"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            T. Wierzbicki, PTA · 04.03.2026
            Home: walks 2 × 20 min daily with the dog.
            97116 Gait 10.05–10.27
            Gait training with Nordic poles on the marina boardwalk and the ramp; cueing L heel strike and hip flexion at swing.
            Problem: L foot clearance and short L step after the stroke.
            400 m with poles, supervision; ramp up and down ×3 without a catch.
            """,
            ["I69.354"], [PTA("97116", 22)], []),

        // PAVMC 97140 (posterior hip glides with a belt and soft tissue to the TFL; R hip capsular stiffness; doses and degrees) with "Duration: 0:11" and the date of the fall "01/06/2026": passes.
        ["vord-h122-pav-hip-glides-with-a-belt"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (RIVERSIDE ENTRANCE, LANDER)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97140 Manual Therapy
              Duration: 0:11
              Interventions: inferior and lateral hip distraction with the belt grade III, 3 x 30 s; soft tissue mobilization to the R TFL and glute med.
              Impairment: R hip capsular stiffness after the fall; IR limited; fell on the ice 01/06/2026.
              Objective: R hip IR 18° (12° at eval).
            """,
            ["M25.651"], [PT("97140", 11)], []),

        // Catahoula two codes, minutes in words on each code's line (97112 twenty-two, 97530 fifteen); 97112 one on one with foam and perturbations, proprioception, Berg; 97530 floor transfers and carrying with assistance levels: passes.
        ["vord-h122-cat-nmr-and-activities"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Everett Stampley, PT, DPT. Transcribed by ScribeLine.
            97112, twenty-two minutes, one on one. Foam stance with perturbations, tandem walking with head turns, stepping over the cane row.
            Deficit: proprioception in both ankles and a slow stepping response. Berg forty-five out of fifty-six.
            97530, fifteen minutes. Floor to standing using the chair three times, carrying a laundry basket down the four back steps twice.
            She needs to get up off the floor and carry the wash outside; floor transfer with contact guard, steps with standby assist.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22), PT("97530", 15)], []),

        // RSP 97112 with a dotted referral date and a stopwatch result: "referral dated 12.02.2026, 12 visits", TUG 11.8", "97112 NMR 24'", 1:1, rocker and foam, L ankle proprioception: passes.
        ["vord-h122-rsp-referral-dated-dotted"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 04.03.2026 · referral dated 12.02.2026, 12 visits
            97112 NMR 24' · 1:1
            Rocker board M/L eyes closed, foam SLS with ball catches, lateral hops to a stick onto the foam.
            Problem: L ankle proprioception and peroneal timing after repeated sprains on the trails.
            TUG 11.8"; SLS L foam 14" (R 26").
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // PAVMC OT 97530 (bathroom transfers and grooming standing; reduced standing balance and R hand dexterity; assistance levels) — "Duration: 0:21", and "she sits 45 min at the loom before her back aches": passes.
        ["vord-h122-pav-ot-loom-weaver"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Colleen Haraway, OTR/L
            CPT 97530 Therapeutic Activities
              Duration: 0:21
              Interventions: toilet and tub-bench transfers, standing at the sink for grooming with reaching to the mirror shelf, fastening buttons standing.
              Impairment: reduced standing balance and R hand dexterity; she weaves and sits 45 min at the loom before her back aches.
              Objective: tub-bench transfer SBA (min A last week); buttons 5 of 6 standing.
            """,
            ["I69.331"], [OT("97530", 21)], []),

        // Catahoula PTA 97116 (gait with the quad cane on the ramp and curb; R knee hyperextension; distance and assistance in words) "twenty-one minutes": passes.
        ["vord-h122-cat-pta-quad-cane-ramp"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — FERRIDAY. Dictated by Desmond Moak, PTA. Transcribed by ScribeLine.
            97116, gait training, twenty-one minutes. Gait with the small-base quad cane on the tile, the front ramp and the curb, cueing to keep the right knee soft at midstance.
            Problem is right knee hyperextension and a short left step after the stroke.
            Walked two hundred feet with the quad cane, standby assist; curb with contact guard.
            """,
            ["I69.351"], [PTA("97116", 21)], []),

        // RSP two codes with 24-hour ranges on their lines, "97112 NMR 13.30–13.53" (23) and "97110 TE 13.55–14.10" (15): passes.
        ["vord-h122-rsp-afternoon-ranges"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 04.03.2026
            97112 NMR 13.30–13.53 · 1:1, no one else in the gym
            Half-kneel rhythmic stabilisation, tall-kneel ball catches, step-and-hold onto the Airex.
            Problem: trunk motor control and delayed hip strategy after the stroke.
            Berg 46/56; half-kneel 30" without a hand.
            97110 TE 13.55–14.10
            Sit to stand 3×10 with 4 kg, step-ups 3×10 onto 20 cm, bridges 3×12.
            Problem: L hip and knee extensor weakness.
            """,
            ["I69.354"], [PT("97112", 23), PT("97110", 15)], []),

        // PAVMC 97112 by a PTA (1:1; step training over hurdles and braiding; L foot clearance and motor timing; FGA and 10MWT) "Duration: 0:24"; "last fall 02/27/2026 at 9 p.m." is not the code's: passes.
        ["vord-h122-pav-pta-hurdles-and-braiding"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (HUDSON CLINIC)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA
            CPT 97112 Neuromuscular Re-education
              Duration: 0:24
              Individual (1:1): Yes
              Subjective: last fall 02/27/2026 at 9 p.m. in the barn, no injury.
              Interventions: stepping over 4-in and 8-in hurdles, braiding along the rail, tandem walking with a ball pass.
              Impairment: L foot clearance and motor timing; catches the L toe in the dark.
              Objective: FGA 17/30; 10MWT 0.88 m/s.
            """,
            ["R26.89", "Z91.81"], [PTA("97112", 24)], []),

        // Catahoula 97140 (soft tissue to the L upper trapezius and levator, cervical retraction mobilization; L neck; degrees and doses in words) "twelve minutes": passes.
        ["vord-h122-cat-neck-soft-tissue"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Lavonne Fairchild, PT. Transcribed by ScribeLine.
            97140, manual therapy, twelve minutes. Soft tissue mobilization to the left upper trapezius and levator scapulae, then cervical lateral glides grade three to the left, three sets of thirty seconds.
            Left-sided neck stiffness and guarding, she plays piano at the nine o'clock service and can't turn to the choir.
            Left rotation sixty degrees, was forty-five.
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // PAVMC two codes with "Duration: 0:23" and "Duration: 0:14" under their headers (97112 1:1 with perturbations and foam, proprioception, Berg; 97110 with doses for the knees): passes.
        ["vord-h122-pav-two-duration-fields"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (DUBOIS)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97112 Neuromuscular Re-education
              Duration: 0:23
              Individual (1:1): Yes
              Interventions: perturbations on the foam, tandem stance with head turns, stepping to the clock-face targets.
              Impairment: bilateral ankle proprioception reduced; unsteady on the hunting-camp trail.
              Objective: Berg 47/56; tandem R in front 15 s.
            CPT 97110 Therapeutic Exercise
              Duration: 0:14
              Interventions: leg press 3 x 10 at 80 lb, step-downs 3 x 10 from 6 in, wall sits 3 x 30 s.
              Impairment: bilateral quadriceps weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], []),

        // Catahoula OT 97530 (meal prep and laundry with the walker; standing balance and activity tolerance; assistance and counts in words) "twenty-four minutes"; she "can only stand ten minutes at the sink" at home: passes.
        ["vord-h122-cat-ot-meal-prep"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Priscilla Ducote, OTR/L. Transcribed by ScribeLine.
            97530, therapeutic activities, twenty-four minutes. Meal prep at the therapy kitchen with the walker tray, moving four items from the refrigerator to the counter, then loading the washer and carrying the wet clothes to the dryer.
            She can only stand ten minutes at the sink at home; poor standing balance and activity tolerance after the heart surgery.
            Meal prep with standby assist, laundry transfer with contact guard, two rest breaks seated.
            """,
            ["Z95.1", "R53.81"], [OT("97530", 24)], []),

        // RSP 97110 with "97110 TE 19'" (shoulder exercises with doses; R shoulder flexion weakness); "20" hold" written with the ditto: passes.
        ["vord-h122-rsp-shoulder-ex-holds"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 04.03.2026
            97110 TE 19'
            Active-assisted flexion with the pulley 2×15, wall walks with 20" hold 2×8, isometric ER at the wall 10 × 10", scaption to 90° 3×10 with 0.5 kg.
            Problem: R shoulder flexion and abduction weakness after the proximal humerus fracture.
            """,
            ["S42.201D"], [PT("97110", 19)], []),

        // PAVMC 97116 (gait on the treadmill with harness and then overground; L hemiparetic gait; speed, distance, assistance) "started 09:40, 25 min": passes.
        ["vord-h122-pav-treadmill-then-overground"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT
            CPT 97116 Gait Training — started 09:40, 25 min
              Interventions: treadmill gait with the harness at 1.2 mph, cueing L heel strike, then overground with the hemi-walker.
              Impairment: L hemiparetic gait with circumduction and short R step.
              Objective: treadmill 1.2 mph with 0% unweighting; 180 ft overground, min A x 1.
            """,
            ["I69.354"], [PT("97116", 25)], []),

        // Catahoula PTA 97112 (one on one, nobody else in the gym at 7 a.m.; X2 viewing and foam; vestibular hypofunction; DGI in words) "twenty-two minutes": passes.
        ["vord-h122-cat-pta-early-morning-gaze"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — FERRIDAY. Dictated by Desmond Moak, PTA. Transcribed by ScribeLine.
            97112, twenty-two minutes, one on one, nobody else in the gym at seven in the morning. Gaze stabilization X2 viewing seated and standing, then standing on foam with head turns.
            Deficit: bilateral vestibular hypofunction, he bounces the horizon when he walks.
            Dynamic Gait Index seventeen out of twenty-four.
            """,
            ["H81.23"], [PTA("97112", 22)], []),

        // RSP 97140 + 97110 with primes (11' and 15'), L knee: patellar mobilisations and tibiofemoral glides with doses; knee strengthening with doses: passes.
        ["vord-h122-rsp-knee-manual-and-exercise"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 04.03.2026
            97140 MT 11'
            Patellar mobilisations superior/inferior 3 × 30", tibiofemoral posterior glides grade III into flexion 3 × 30".
            Problem: L knee flexion limited to 95° after the TKA.
            97110 TE 15'
            Stationary bike rocking to full revolutions, heel slides 2×15, step-ups 3×10 onto 15 cm.
            Problem: L knee flexion ROM and quadriceps weakness.
            """,
            ["Z96.652"], [PT("97140", 11), PT("97110", 15)], []),

        // PAVMC 97112 (1:1; motor-control drills for the trunk on the ball and perturbations; ataxia; SARA and tandem) "Timed Duration: 00:24:00": passes.
        ["vord-h122-pav-trunk-ataxia"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT
            CPT 97112 Neuromuscular Re-education   Timed Duration: 00:24:00
              Individual (1:1): Yes
              Interventions: trunk motor-control drills sitting on the therapy ball with arm reaches, tall kneeling with perturbations, slow reciprocal stepping to the metronome.
              Impairment: truncal ataxia after the cerebellar bleed; sways and overshoots reaching.
              Objective: SARA 12/40 (15 at eval); tandem stance 4 s.
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // Catahoula 97110 (hip and back exercise with doses in words; lumbar extensor and glute weakness) "seventeen minutes"; "sat forty-five minutes on the deer stand Saturday" is his weekend: passes.
        ["vord-h122-cat-deer-stand"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — VIDALIA. Dictated by Everett Stampley, PT, DPT. Transcribed by ScribeLine.
            He sat forty-five minutes on the deer stand Saturday without the back pain he had last month.
            97110, therapeutic exercise, seventeen minutes. Bird dogs three sets of ten, bridges with a five-second hold three sets of twelve, side planks from the knees three times thirty seconds each side.
            Lumbar extensor and gluteal weakness, chronic low back pain.
            """,
            ["M54.50"], [PT("97110", 17)], []),

        // RSP 97530 by the PT (ladder climbing and lifting crab pots on the clinic's stairs; R knee and lifting mechanics; counts and loads) "97530 TA 20'": passes.
        ["vord-h122-rsp-crab-pots-and-ladder"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 04.03.2026 · crabber, back on the boat 15.04
            97530 TA 20'
            Climbing the 6-rung practice ladder ×5 with a bucket in one hand; lifting a 12 kg weighted crate from the floor to a 90 cm rail ×10; stepping on and off a rocking platform carrying the crate ×6.
            Problem: R knee strength and lifting mechanics after the meniscectomy; needs to climb down to the dock and haul pots.
            """,
            ["Z98.890", "M23.221"], [PT("97530", 20)], []),

        // PAVMC two codes by a PT: 97112 "Duration: 0:22" (1:1; PNF and perturbations; motor recruitment; Berg) and 97140 "Duration: 0:10" (soft tissue to the calf with a dose; ankle DF): passes.
        ["vord-h122-pav-nmr-and-manual"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (RIVERSIDE ENTRANCE, LANDER)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97112 Neuromuscular Re-education
              Duration: 0:22
              Individual (1:1): Yes
              Interventions: PNF D1 patterns of the L LE in standing with rhythmic stabilization, lateral perturbations.
              Impairment: L hip motor recruitment and weight shift after the L THA.
              Objective: Berg 49/56; 7/10 perturbations without a step.
            CPT 97140 Manual Therapy
              Duration: 0:10
              Interventions: soft tissue mobilization to the L gastroc-soleus, talocrural posterior glides grade III 3 x 30 s.
              Impairment: L ankle DF limited to 4°.
            """,
            ["Z96.642", "M25.672"], [PT("97112", 22), PT("97140", 10)], []),

        // RSP 97112 with a French-style range "97112 NMR 09h05 to 09h27" (22 min); "cycles to the clinic, 25 min" is how she came: passes.
        ["vord-h122-rsp-cycles-to-the-clinic"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 04.03.2026 · cycles to the clinic, 25 min, on the dike road
            97112 NMR 09h05 to 09h27 · 1:1
            Perturbations at the pelvis in tandem, foam stance with eyes closed, step-and-hold onto the half-roller.
            Problem: somatosensory loss L foot after the L5 radiculopathy; unsteady getting off the bike.
            Mini-BESTest 23/28; tandem eyes closed 9".
            """,
            ["M54.17", "R26.81"], [PT("97112", 22)], []),

        // Catahoula two codes with minutes in words, "97116 … twenty-five minutes" and "97110 … thirteen minutes"; gait on the sidewalk and curb with distances and assistance; ankle exercises with doses: passes.
        ["vord-h122-cat-gait-and-ankle-exercise"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Lavonne Fairchild, PT. Transcribed by ScribeLine.
            97116, gait training, twenty-five minutes. Gait with the rolling walker on the sidewalk outside, up and down the curb at the corner, turning in the parking lot.
            Problem is decreased left push-off and step length after the ankle fracture.
            Walked three hundred feet with the rolling walker, supervision; curb with contact guard.
            97110, therapeutic exercise, thirteen minutes. Calf raises three sets of fifteen, ankle alphabet twice, towel scrunches three sets of twenty.
            Left ankle plantarflexor weakness.
            """,
            ["S82.892D"], [PT("97116", 25), PT("97110", 13)], []),

        // PAVMC OT 97110 (hand and wrist exercises with doses; R grip weakness after the distal radius fracture; pounds) "Duration: 0:16": passes.
        ["vord-h122-pav-ot-hand-exercise"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Colleen Haraway, OTR/L
            CPT 97110 Therapeutic Exercise
              Duration: 0:16
              Interventions: putty gross grasp 3 x 20 (yellow), wrist curls 3 x 12 with 1 lb, pronation/supination with the hammer 3 x 10.
              Impairment: R grip and wrist extensor weakness after the distal radius fracture; can't hold the fly rod.
              Objective: grip R 38 lb (L 70 lb).
            """,
            ["S52.501D"], [OT("97110", 16)], []),

        // PAVMC complete 97112 (1:1; rocker and perturbations; ankle proprioception; rocker seconds and Berg) sent with no diagnosis.
        ["vord-h122-pav-no-diagnosis"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (HUDSON CLINIC)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97112 Neuromuscular Re-education
              Duration: 0:22
              Individual (1:1): Yes
              Interventions: rocker board eyes closed, perturbations on the foam.
              Impairment: L ankle proprioception after the sprain.
              Objective: rocker 13 s; Berg 50/56.
            """,
            [], [PT("97112", 22)], [Dx]),

        // RSP complete 97112 (1:1; foam perturbations; postural control; Mini-BESTest) whose diagnosis column carries the dotted date of service "04.03.2026": not an ICD-10-CM code.
        ["vord-h122-rsp-date-in-the-diagnosis-column"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 04.03.2026
            97112 NMR 21' · 1:1
            Perturbations on the foam block, step-and-hold to targets.
            Problem: postural control and a late stepping reaction.
            Mini-BESTest 22/28.
            """,
            ["04.03.2026"], [PT("97112", 21)], [Dx]),

        // PAVMC PTA 97110 whose TheraChart duration defaulted to "0:15" on a 27-minute line: mismatch; otherwise complete (hip and knee exercises with doses, L hip weakness).
        ["vord-h122-pav-default-duration-on-27"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (DUBOIS)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA
            CPT 97110 Therapeutic Exercise
              Duration: 0:15
              Interventions: bridges 3 x 15, sidelying hip abduction 3 x 12 with 2 lb, step-ups 3 x 10 on the 6 in step, mini squats 3 x 12.
              Impairment: L hip abductor and quadriceps weakness.
            """,
            ["M62.81"], [PTA("97110", 27)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
