using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-twenty-fifth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have). The
/// engine's output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, nineteenth session, blind beside the hundred-and-twenty-fourth) is a random week of
/// notes in which education, home programmes and caregiver training sit inside billed sessions — patient education and
/// teach-back, a home exercise programme reviewed or progressed (printed handouts with their numbers, app programmes
/// with their access codes such as "HEP code 7KX2Q" and "Medbridge access code 2MQ8VLP", QR codes and video links with
/// their running lengths), care-partner and family training to guard, cue or assist, fall-recovery and floor-transfer
/// teaching by back-chaining, precautions taught, and notes in which education is all that was written against a 97112
/// (which a reviewer does not accept as neuromuscular re-education on its own) beside notes in which the patient was
/// trained and education was added — about two thirds ordinary and complete (69 of 108), single- and
/// multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and an OT's code on one visit),
/// by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a hospital-based outpatient neuro clinic whose EMR template has an EDUCATION section with a
/// "Learner | Method | Response" grid ("Tamarack Valley Health — Outpatient Neuro Rehabilitation", TVH: the hospital
/// clinic in Grand Rapids, Minnesota, and its Iron Range satellites in Hibbing and Deer River; a "NEURO OP DAILY NOTE"
/// with "Delivery: ☒ 1:1 ☐ Concurrent ☐ Group", "Impairment:", "Objective:" and the grid filled in words or by
/// boxes — "Learner: ☒ Patient ☒ Spouse ☐ Other / Method: ☒ Demo ☐ Written ☒ Teach-back / Response: ☒ Return demo ☐
/// Needs reinforcement" — and a "Barriers to learning:" line): Solveig Haugen (PT, DPT, NCS), Dario Pellegrini (PT),
/// Brianna Kuusisto (PTA) and Mae Lindqvist (OTR/L); a retired taconite miner, a walleye guide on Lake Winnibigoshish,
/// a school-bus driver, a woman who knits for the Lutheran bazaar, a snowmobile-trail groomer, a Deaf patient with an
/// ASL interpreter, a pocket talker for a man who is hard of hearing, and spouses and daughters as learners;</item>
/// <item>a home-programme-centred orthopaedic practice ("Sawtooth Home Program Orthopedics", SHPO: clinics on the
/// Boise Bench, in Meridian and in Eagle, Idaho) whose notes open with the home programme's status and log what was done
/// in the clinic apart from what was handed out ("HEP: [x] reviewed [x] progressed [ ] new [ ] printed", "Medbridge
/// HEP code 4RB9M", "handout #5 v2 printed", "handout #14", "video link texted (runs 1:50)", "app log: 5 of 7 days") and a
/// "Code / time" line or a "CPT | min | units" grid: Tomasz Wren (PT, OCS), Rafael Ibarra (PT, DPT), Kaylee Ashdown
/// (PTA) and Jen Marchetti (PTA); a Boise River floater, a potato-warehouse forklift driver, a roofer, a Greenbelt
/// cyclist, a Bogus Basin ski patroller, a dental hygienist, a grandmother who babysits twins and a carry-on bag
/// lifted into an overhead bin;</item>
/// <item>a care-partner training programme for people with Parkinson's disease and dementia ("Harborlight Memory and
/// Movement — Care Partner Training Program", HMM: the South Portland clinic, a Westbrook adult day centre's therapy
/// room and the programme's practice apartment with a mock bathroom and a car-transfer frame, Maine), whose notes carry
/// "Care partner:", "Training focus:", "Patient trained:", "Care partner trained:", "Return demo:", "One-on-one
/// (Y/N):" and cue words in quotation marks ("big step", "nose over toes", "scoot, lean, push"), with metronome
/// cadences in beats per minute, laser-cane and floor-tape cues, H&amp;Y stages, MoCA scores and sundowning after four
/// in the afternoon: Ngozi Ferreira (PT, DPT), Hiroko Tanabe (PT), Walt Brannigan (PTA) and Colette Arsenault (OTR/L);
/// a retired lobsterman, a Casco Bay ferry deckhand, a church organist, a woman who walks the Maine Mall every morning,
/// and husbands, wives, daughters, a son on FaceTime and an adult-day aide as care partners.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer reads education-heavy notes: a technique counts
/// only where the patient was trained in it in the session, not where a handout was given, a video link sent, an app
/// programme assigned or the home programme merely reviewed; education, explanation and a handout are not
/// neuromuscular re-education (or exercise, or an activity) on their own; a care partner trained to guard or cue while
/// the patient practises is part of the patient's skilled session; an app code, a handout number, a page number, a
/// programme version and a video's running length are never a code's minutes:
/// <list type="bullet">
/// <item>class 1 (v1-h125-…): one-on-one in these writers' own words ("Delivery: 1:1, patient and PT only; wife
/// Arlene in the room as a learner", "1:1 the entire NMR time", "One-on-one with Mr. Pelletier; his daughter Renée joined
/// for the care-partner part", "1:1 — just Mrs. Côté and me; her son watched on FaceTime to learn the cues", "Individual
/// session, one patient; the ASL interpreter signed the whole block", "one-on-one; the adult-day aide pushed the
/// wheelchair behind us", "97112 — 22 min (1:1)"), notes that negate it (two patients with their care partners in the
/// Westbrook skills group, a PTA with this patient on the rocker board and Mr. Niemi on the foam beam, "Delivery:
/// concurrent — 2 pts") or never state it (an ortho note with its home programme and no delivery line, "Care partner
/// present: yes (wife)" as the only line about who was there), and codes without a one-on-one check (an OT's 97530
/// with a daughter learning, a PTA's 97110 beside another patient on the bike);</item>
/// <item>class 2 (v2-h125-…): checkbox and blank-field states as these templates leave them ("Delivery: ☒ 1:1",
/// "Delivery: ☐ 1:1 ☐ Concurrent ☐ Group" with nothing ticked, an education grid ticked and the same grid left
/// unticked beside a typed one-on-one line, "One-on-one (Y/N): Y" and "One-on-one (Y/N): ___", "HEP: [x] reviewed [x]
/// progressed [ ] new [ ] printed", "[x] joint mobs [x] STM [ ] IASTM", "Assist: ☒ CGA ☐ SBA", "Care partner: ______
/// (came alone today)", "Impairment: __________", "Sets ___ Reps ___ Load ___", "97112 — __ min / 97530 — __
/// min");</item>
/// <item>class 3 (v3-h125-…): named programmes and methods trained in the session as techniques (LSVT BIG maximal
/// daily exercises and a functional component, PWR! Moves with a care partner counting, a visual-conflict dome on foam
/// with optokinetic stripes on the clinic television, Tai Ji Quan: Moving for Better Balance forms, CO-OP's
/// goal–plan–do–check in a coffee task, the Silbernagel Achilles loading programme, strain-counterstrain and sacral
/// glides, back-chained floor recovery, PNF rhythmic initiation) beside education and hand-outs as the whole of the
/// session (a 97112 whose content is freezing-trigger education, a handout and a metronome app shown, a 97112 whose
/// content is the Otago booklet reviewed with a husband, a 97110 whose content is a printed home programme given, a
/// 97530 whose content is a patient and his wife talked through a car-transfer video, practice put off);</item>
/// <item>class 4 (v4-h125-…): deficits stated as findings in these writers' terms (feet he cannot feel on the dark
/// bathroom floor, steps that get shorter and shorter down the hall, a knee that gives way stepping off the forklift, a
/// foot that catches on the rug by afternoon in the heat, a woman who sits before she reaches the chair, a carry-on
/// that will not go into the overhead bin, a drift into the left wall while talking, a pelvis that drops on the stairs
/// named only in the home-programme paragraph) and notes that state none ("Impairment: see initial eval.", "Problem:
/// N/A — HEP check visit", "Problem list: unchanged", "Deficit: per POC");</item>
/// <item>class 5 (v5-h125-…): measures in every usual form (Mini-BESTest with five-times sit-to-stand, TUG with a
/// cognitive task and a freezing count on a figure-of-eight, Y-balance composite percentages, doses with band colours,
/// 10-metre walk speed with distance and assistance, assistance levels for a car transfer, Nine-Hole Peg Test and a
/// buttoning time, DGI with dynamic visual acuity lines) and notes with none ("wife says he's steadier getting to the
/// bathroom at night", "Berg deferred — to be done next visit", "HEP adherence per app: good" with exercises and no
/// dose, manual techniques with no grade or range, a tub-bench transfer that "needed my hands on her less");</item>
/// <item>class 6 (v6-h125-…): minutes in these templates' forms (headings "97112 — 24 min" with an education grid
/// between two codes, a "CPT | min | units" grid, a clock range on the code's own line beside a video "(runs 3:15)", an
/// app access code, a handout number and a video length in a note whose code has its own minutes, three codes of a PT
/// and an OT, "Billing: 97112 x 24 min (2 units)", a minute box "[ 22 ] min") and true mismatches (a template's 30 on an
/// 18-minute line, 15 on a 28-minute line, a second code's 25 on a 14-minute line, 20 on a 10-minute line) and truly
/// missing separate time ("Total timed treatment: 38 min" over two codes, "Treatment time 36 min (ther ex and
/// manual)", a two-code note whose only time is a floor-recovery video's running length);</item>
/// <item>class 7 (v7-h125-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty two-code note, spaces and line breaks on an OT's 97530, an empty 97112 with no diagnosis, an empty
/// PTA 97116), the contract's meanings for 97110 (leg press, split squats and step-downs after an ACL
/// reconstruction), 97530 (getting into and out of a car and onto a bus step with a care partner), 97140 (lumbar
/// central PA glides and soft-tissue work) and 97116 (hemi-walker to quad cane on the hall and the stairs), and wholly
/// generic notes ("Pt educated on HEP and fall prevention. Tolerated well. Continue POC." on a 97112, "HEP reviewed and
/// updated" on a 97110, "Care partner training completed. Patient participated well." on two codes);</item>
/// <item>ordinary (vord-h125-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), with their education grids, home-programme lines, app codes, handout numbers, cue words, precautions taught
/// and care partners, and the ordinary weak ones: a complete note with no diagnosis and a claim whose diagnosis is
/// written with a letter O for a zero ("G2O.A1").</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — spouses, daughters, a son on FaceTime,
/// an adult-day aide and an ASL interpreter (none of them a patient; the second pair in the Westbrook group, Mr. Niemi
/// on the foam beam and the patient of the concurrent session are), ages, dates, H&amp;Y stages, MoCA scores, app
/// access codes, handout and page numbers, programme versions, video running lengths in minutes and seconds, app-log
/// days, metronome beats per minute, step heights in inches, loads in pounds, band colours, reach in centimetres and
/// percentages, degrees, gait speeds, distances, counts of freezes, thresholds and repetitions, and times of day — and
/// each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to
/// the code ("97112 — 24 min", "97110 | 22 min | 1 unit", "Billing: 97112 x 24 min"), in its block's heading, in a
/// minute box or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a rest, a test or
/// the education, except the two that give the visit a total ("Total timed treatment: 38 min", "Treatment time 36
/// min"); notes failed for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is
/// expected only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only
/// on an objective measure with a number and fails it only when the note has no number but its code, its minutes and
/// numbers that are plainly something else; for the other codes a dose (sets, repetitions, load, hold, distance,
/// assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, care partner,
/// interpreter or staff member in the room does not undo a one-on-one statement, another patient treated in the same
/// block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the education cases that could honestly be read either way: a home-programme exercise
/// "reviewed and performed" with no word of how it was trained, a handout's printed dose copied into the note as the
/// only dose, a care partner trained in a technique while the patient only watched (or billed with the patient absent),
/// education given its own minutes inside a code's block, an app's adherence log or a diary count as the only number, a
/// diagnosis named as the only deficit ("Parkinson's", "dementia"), a cue word or a metronome cadence as the only
/// technique, and a group care-partner class billed under one patient's timed code with the other pair only watching.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 98 of 108 cases agree (106 needed), and 2 of the 69 notes the reviewer passes got a finding, on the analyzer of 0b70643 (the 2026-12-07 nineteenth session after the hundred-and-nineteenth to hundred-and-twenty-third sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 107 of 108, no false positive — education only is no technique trained (an education line, a home booklet reviewed, a video shown or talked through), a video's running length is no code's minutes, a clinic's programme named in the note's heading is no technique, freezing written in a deficit field is the deficit. Left: "G2O.A1" (a letter O for a zero) passes the diagnosis rule's form check — the form allows a letter third.</para>
/// </summary>
public class HeldOutNotesIssue18HundredTwentyFifthTests(ITestOutputHelper output)
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

        // TVH Grand Rapids: "Delivery: 1:1, patient and PT only; wife Arlene in the room as a learner"; perturbations in tandem, stepping-strategy drills to floor targets, foam stance with head turns; delayed protective stepping and L ataxia after a cerebellar stroke; Mini-BESTest and pushes; education grid for the wife's guarding; "97112 — 24 min" matches: passes.
        ["v1-h125-tvh-wife-as-learner-one-on-one"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Solveig Haugen, PT, DPT, NCS
            97112 — 24 min
            Delivery: 1:1, patient and PT only; wife Arlene in the room as a learner.
            Treatment: perturbation training in tandem stance at the pelvis and shoulders; stepping-strategy drills to tape targets on the floor, called in random order; feet together on foam with slow head turns.
            Impairment: delayed protective stepping and L limb ataxia after the L cerebellar infarct; he overshoots the target with the L foot.
            Objective: Mini-BESTest 17/28 (13 at eval). Recovered 6 of 10 lateral pushes with a single step.
            EDUCATION
            Learner | Method | Response
            Wife | demo + teach-back: gait-belt guarding from behind and to the L for foam stance at home | return demo correct after one cue
            Barriers to learning: none.
            """,
            ["I69.393", "Z91.81"], [PT("97112", 24)], []),

        // SHPO Meridian: "1:1 the entire NMR time"; BOSU perturbations, single-leg stance on foam with ball toss, star-excursion reaches; R ankle proprioception after a sprain on the Greenbelt gravel; Y-balance reach and SLS seconds; the Medbridge code 7KX2Q updated and a video link texted are not minutes; "97112 (23 min)" matches: passes.
        ["v1-h125-shpo-one-on-one-entire-nmr-time"] = new(
            """
            Sawtooth Home Program Orthopedics — Meridian
            HEP: [x] reviewed [x] progressed [ ] new [ ] printed — Medbridge HEP code 7KX2Q
            Code / time: 97112 (23 min) — 1:1 the entire NMR time
            Performed in clinic: perturbations standing on the flat side of the BOSU; single-leg stance on foam catching a ball tossed off to each side; star-excursion reaches on the R.
            Target: R ankle proprioception after the lateral sprain; she rolls it on the Greenbelt gravel when she looks at her bike.
            Data: Y-balance anterior reach R 58 cm / L 66 cm; SLS eyes closed R 6 sec (L 15 sec).
            HEP change: added single-leg stance on a pillow by the kitchen counter; video link texted (runs 1:50).
            R. Ibarra, PT, DPT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // HMM South Portland: "One-on-one with Mr. Pelletier; his daughter Renée joined for the care-partner part"; cue-word stepping through a mock doorway, weight shift before turning, backward steps to a nudge; freezing at doorways and retropulsion; freezes in 10 doorway passes and pull-test steps; "97112 — 25 min" matches: passes.
        ["v1-h125-hmm-daughter-joined-care-partner-part"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            Patient: Armand Pelletier, 81, retired lobsterman    Care partner: daughter Renée
            97112 — 25 min
            One-on-one with Mr. Pelletier; his daughter Renée joined for the care-partner part.
            Patient trained: "big step" cue through the mock doorway with floor-tape lines; weight shift to the outside foot before each turn; backward stepping to recover from a nudge at the shoulders.
            Deficit: freezing of gait at doorways and turns, retropulsion when he backs up to the kitchen chair.
            Data: froze on 4 of 10 doorway passes (8 of 10 at intake); pull test 3 steps to recover.
            Care partner trained: Renée guarded at the gait belt and gave the "big step" cue at the doorway; return demo correct twice.
            N. Ferreira, PT, DPT
            """,
            ["G20.A1", "R26.89"], [PT("97112", 25)], []),

        // HMM Westbrook adult day centre skills group: two patients with their care partners, "I moved between the two pairs" — another patient treated inside the billed block: one-on-one missing; stepping with nudges, quarter turns counted out loud, nose-over-toes sit-to-stand; freezing on turns and short steps; TUG present.
        ["v1-h125-hmm-westbrook-skills-group-two-pairs"] = new(
            """
            Harborlight Memory and Movement — Westbrook Adult Day, therapy room
            Care Partner Skills Group — Mr. Ouellette with his wife and Mrs. Bégin with her husband, side by side; I moved between the two pairs.
            97112 — 24 min
            Patient trained: stepping strategy to a nudge at the hips; turning in quarter turns while counting out loud; sit-to-stand with "nose over toes".
            Deficit: freezing on turns and short shuffling steps, he stops dead turning toward the bathroom.
            Data: TUG 16.4 sec with the rollator.
            Care partner trained: wife practised the count for turns and stood on his L.
            H. Tanabe, PT
            """,
            ["G20.A1"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // TVH Hibbing PTA with this patient on the rocker board and Mr. Niemi on the foam beam at the same time, alternating: another patient inside the block: one-on-one missing; rocker board, foam-beam tandem, reactive steps; somatosensory loss in both feet; rocker seconds and pushes present.
        ["v1-h125-tvh-pta-rocker-board-and-foam-beam"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (HIBBING)
            NEURO OP DAILY NOTE — Brianna Kuusisto, PTA
            97112 — 22 min
            Had this patient on the rocker board and Mr. Niemi on the foam beam at the same time, alternating between them.
            Treatment: rocker board A/P with eyes closed; tandem walking on the foam beam; reactive steps to pushes at the pelvis.
            Impairment: somatosensory loss in both feet with the neuropathy; he watches his feet to know where they are.
            Objective: rocker board A/P 12 sec without an edge touch; 5 of 8 pushes recovered without the rail.
            EDUCATION
            Learner | Method | Response
            Patient | verbal + night-light handout | verbalized understanding
            """,
            ["E11.42", "R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // SHPO Eagle 97112 after an ACL reconstruction with no delivery line at all: never stated — one-on-one missing; roller-board and tilt-board perturbation training, reactive single-leg catches; knee proprioception and quad timing; single-leg hop and Y-balance present; HEP progressed.
        ["v1-h125-shpo-eagle-acl-no-delivery-line"] = new(
            """
            Sawtooth Home Program Orthopedics — Eagle
            HEP: [x] reviewed [x] progressed — Medbridge HEP code 4RB9M, level 3
            Code / time: 97112 (22 min)
            Performed in clinic: perturbation training on the roller board and the tilt board, my hands on the boards in random directions; single-leg landings off the 6 inch box with a stick.
            Target: L knee proprioception and late quad firing on landing after the L ACL reconstruction; knee wobbles in when he lands.
            Data: single-leg hop L 88 cm (R 121 cm); knee valgus on 3 of 10 landings.
            T. Wren, PT, OCS
            """,
            ["S83.512D", "Z98.890"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // HMM note whose only line about who was there is "Care partner present: yes (wife)": one-on-one never stated — missing; dual-task walking with a serial subtraction, stepping over a taped line, reactive steps; freezing when talking while walking; TUG-cognitive present.
        ["v1-h125-hmm-care-partner-present-only"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            Patient: Lucien Thibodeau    Care partner present: yes (wife)
            97112 — 23 min
            Patient trained: walking while naming streets on the Portland peninsula; stepping over a taped line without slowing; reactive steps to a tap at the shoulder.
            Deficit: freezes and stops when he talks while walking; steps shorten under a second task.
            Data: TUG 12.9 sec; TUG with naming 19.7 sec.
            Return demo: wife gave the "walk, then talk" cue correctly.
            W. Brannigan, PTA
            """,
            ["G20.A1"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // TVH Deer River "Delivery: concurrent — 2 pts" (he and Mr. Salo took turns on the stairs): not one-on-one — missing; step-ups with PNF facilitation, stair descent with a pause, weight-shift drills; L hemiparesis with poor weight acceptance; FGA and counts present.
        ["v1-h125-tvh-concurrent-two-patients-on-the-stairs"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (DEER RIVER)
            NEURO OP DAILY NOTE — Dario Pellegrini, PT
            97112 — 21 min
            Delivery: concurrent — 2 pts; he and Mr. Salo took turns on the stairs.
            Treatment: step-ups leading with the L with PNF facilitation at the pelvis; stair descent with a pause on each step; lateral weight shifts onto the L with tapping to the glute med.
            Impairment: L hemiparesis after the R MCA stroke, poor weight acceptance on the L and a late L step.
            Objective: FGA 14/30; 7 of 10 step-ups without hands on the rail.
            """,
            ["I69.354"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // TVH OT 97530 (no one-on-one check) with a daughter learning: carrying a tray from counter to table, reaching to the upper cabinet, tub-bench transfers; L inattention and L arm weakness; assistance and distance; "97530 — 24 min" matches: passes.
        ["v1-h125-tvh-ot-97530-daughter-learning"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            OT DAILY NOTE — Mae Lindqvist, OTR/L
            97530 — 24 min
            Treatment: carrying a tray with two mugs from the counter to the table; reaching to the upper cabinet with the L hand; tub transfer bench in and out, L leg first.
            Impairment: L inattention and L arm weakness after the R CVA; she leaves the L side of the tray behind.
            Objective: tub bench transfer min assist x3; tray carried 15 ft with SBA, no spills on 2 of 3 trips.
            EDUCATION
            Learner | Method | Response
            Daughter | demo | return demo of tub-bench guarding, correct
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // SHPO Boise Bench PTA 97110 (no one-on-one check) with another patient on the bike next to them; printed handout #3 is not a dose; external rotation, rows and wall slides with doses; R shoulder weakness after a rotator cuff repair; "97110 (21 min)" matches: passes.
        ["v1-h125-shpo-pta-97110-next-patient-on-the-bike"] = new(
            """
            Sawtooth Home Program Orthopedics — Boise Bench
            HEP: [x] reviewed [ ] progressed [ ] new [x] printed (handout #3, shoulder phase 2)
            Code / time: 97110 (21 min)
            Another patient was on the bike next to us.
            Performed in clinic: side-lying ER 2 lb 3x12, rows with the green band 3x15, wall slides 2x12, prone Ts 2x10.
            Target: R shoulder ER and lower trap weakness after the R rotator cuff repair; the roofer can't hold the nail gun overhead.
            K. Ashdown, PTA
            """,
            ["M75.111", "Z98.890"], [PTA("97110", 21)], []),

        // HMM "1:1 — just Mrs. Côté and me; her son watched on FaceTime to learn the cues"; dual-task walking, reactive stepping, turning strategy; festination and freezing while talking; TUG with and without a task and gait speed; "97112 — 24 min" matches: passes.
        ["v1-h125-hmm-son-on-facetime"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            Patient: Yvette Côté, church organist    Care partner: son Marc (on FaceTime from Lewiston)
            97112 — 24 min
            1:1 — just Mrs. Côté and me; her son watched on FaceTime to learn the cues.
            Patient trained: walking the apartment hall while answering questions, a wide U-turn strategy at the end, reactive steps to a light push forward.
            Deficit: festination and freezing when she talks and walks; she speeds up and tips forward.
            Data: TUG 13.5 sec, TUG with a word list 18.2 sec; 10-metre walk 0.82 m/s.
            Care partner trained: Marc repeated the U-turn cue back correctly (teach-back).
            N. Ferreira, PT, DPT
            """,
            ["G20.A1", "F02.80"], [PT("97112", 24)], []),

        // TVH "Individual session, one patient; the ASL interpreter signed the whole block"; X1 viewing against a busy background, walking with head turns, foam with eyes closed; R vestibular hypofunction; DGI and dynamic visual acuity; "97112 — 22 min" matches: passes.
        ["v1-h125-tvh-asl-interpreter-individual"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Solveig Haugen, PT, DPT, NCS
            97112 — 22 min
            Individual session, one patient; the ASL interpreter signed the whole block.
            Treatment: gaze stabilization X1 viewing against the checkerboard, seated then standing; walking the hall with horizontal head turns; feet together on foam, eyes closed.
            Impairment: R vestibular hypofunction after neuritis; oscillopsia with head turns and he veers R.
            Objective: DGI 16/24; dynamic visual acuity lost 4 lines.
            EDUCATION
            Learner | Method | Response
            Patient (via ASL interpreter) | demo + written X1 card | return demo correct
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // SHPO "97112 — 22 min (1:1)" in the code line; tilt-board perturbations, single-leg catches, lateral hops to a stick; R knee proprioception after a meniscus repair on the ski hill; Y-balance composite; passes.
        ["v1-h125-shpo-one-on-one-in-the-code-line"] = new(
            """
            Sawtooth Home Program Orthopedics — Eagle
            Code / time: 97112 — 22 min (1:1)
            Performed in clinic: tilt-board perturbations in a mini squat; single-leg stance catching a ball; lateral hops to a stick landing.
            Target: R knee proprioception and quad control after the R meniscus repair; the ski patroller's knee shakes on the sled handles.
            Data: Y-balance composite R 86% / L 95%.
            HEP: progressed — added lateral hops; QR code on handout #9.
            T. Wren, PT, OCS
            """,
            ["S83.281D"], [PT("97112", 22)], []),

        // HMM "one-on-one; the adult-day aide pushed the wheelchair behind us" (staff, not a patient); backward walking, step-stance weight shifts, reactive steps; retropulsion and postural instability; pull test and push-and-release; "97112 — 23 min" matches: passes.
        ["v1-h125-hmm-aide-pushed-the-wheelchair"] = new(
            """
            Harborlight Memory and Movement — Westbrook Adult Day, therapy room
            Patient: Gerald Haskell    Care partner: adult-day aide (Tamsin)
            97112 — 23 min
            One-on-one; the adult-day aide pushed the wheelchair behind us for safety.
            Patient trained: backward walking with a big step cue, weight shifts in step stance, reactive backward steps to a release from my hands.
            Deficit: retropulsion and poor postural responses backward; he falls back into the chair.
            Data: pull test 4 steps; push-and-release 2 steps with a hand from me on the second.
            W. Brannigan, PTA
            """,
            ["G20.A1", "R29.6"], [PTA("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // TVH "Delivery: ☒ 1:1 ☐ Concurrent ☐ Group" ticked and the education grid ticked as boxes; PNF D2 chops and lifts in tall kneel, perturbations on foam, stepping to targets; trunk motor control and delayed stepping after a stroke; Berg and perturbations; "97112 — 23 min" matches: passes.
        ["v2-h125-tvh-delivery-box-ticked-grid-ticked"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (HIBBING)
            NEURO OP DAILY NOTE — Dario Pellegrini, PT
            97112 — 23 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: PNF D2 chops and lifts in tall kneeling; perturbations standing on foam; stepping to targets on cue, forward and across.
            Impairment: trunk motor control and delayed stepping reactions after the L pontine stroke; he lists to the R in kneeling.
            Objective: Berg 42/56; 6 of 10 perturbations recovered without a hand.
            EDUCATION
            Learner: ☒ Patient ☒ Spouse ☐ Other
            Method: ☒ Demo ☐ Written ☒ Teach-back
            Response: ☒ Return demo ☐ Needs reinforcement
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // TVH education grid left unticked ("Learner: ☐ Patient ☐ Spouse ☐ Other …") beside a typed "One-on-one, nobody else in the gym bay"; rhythmic stabilisation in sitting, weight shifts with a reach, stepping over a cane; truncal ataxia with MS; Mini-BESTest and sitting reach; "97112 — 24 min" matches: passes.
        ["v2-h125-tvh-grid-unticked-typed-one-on-one"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Solveig Haugen, PT, DPT, NCS
            97112 — 24 min
            Delivery: one-on-one, nobody else in the gym bay.
            Treatment: rhythmic stabilization sitting on the mat edge; standing weight shifts with a reach to the cone; stepping over a cane laid on the floor.
            Impairment: truncal ataxia with the MS; she sways in sitting when she lifts an arm.
            Objective: Mini-BESTest 15/28; sitting forward reach 28 cm without a hand down.
            EDUCATION
            Learner: ☐ Patient ☐ Spouse ☐ Other
            Method: ☐ Demo ☐ Written ☐ Teach-back
            Response: ☐ Return demo ☐ Needs reinforcement
            """,
            ["G35"], [PT("97112", 24)], []),

        // SHPO "HEP: [x] reviewed [x] progressed [ ] new [ ] printed — code Q7TR2" on a 97110 with doses; L hip abductor weakness with a Trendelenburg lurch; "97110 (22 min)" matches: passes.
        ["v2-h125-shpo-hep-brackets-97110"] = new(
            """
            Sawtooth Home Program Orthopedics — Boise Bench
            HEP: [x] reviewed [x] progressed [ ] new [ ] printed — Medbridge code Q7TR2
            Code / time: 97110 (22 min)
            Performed in clinic: side-lying hip abduction 3 lb 3x12, lateral band walks green band 3 x 20 ft, single-leg bridges 3x10, step-downs off the 4 inch step 2x10.
            Target: L hip abductor weakness, Trendelenburg lurch on the L walking the warehouse floor.
            J. Marchetti, PTA
            """,
            ["M16.12"], [PTA("97110", 22)], []),

        // HMM "One-on-one (Y/N): Y" and "Care partner trained (Y/N): Y — husband"; metronome walking at 100 bpm, floor-tape step lengths, amplitude cue on turns; short steps and freezing in the hallway; 10-metre walk and step count; "97112 — 24 min" matches: passes.
        ["v2-h125-hmm-yn-fields-answered"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            One-on-one (Y/N): Y
            Care partner trained (Y/N): Y — husband Dennis
            97112 — 24 min
            Training focus: external cueing for gait.
            Patient trained: walking to a metronome at 100 bpm; stepping onto floor-tape lines spaced for her target step length; a "big turn" cue at the end of the hall.
            Deficit: short shuffling steps and freezing halfway down the hall at home.
            Data: 10-metre walk 0.71 m/s with 21 steps (26 steps at intake).
            Return demo: Dennis set the metronome app and gave the cue correctly.
            H. Tanabe, PT
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // TVH OT 97530 with the grid ticked "Learner: ☒ Patient ☒ Other (son)"; upper-body dressing sequence and reaching into a low dresser drawer; R apraxia and sequencing after a L CVA; cue count and assistance; "97530 — 23 min" matches: passes.
        ["v2-h125-tvh-ot-97530-grid-ticked-son"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            OT DAILY NOTE — Mae Lindqvist, OTR/L
            97530 — 23 min
            Treatment: upper-body dressing sequence with a button-front shirt standing at the dresser; reaching into the low drawer and standing back up; pulling the shirt over the R arm first.
            Impairment: apraxia and poor sequencing after the L CVA; she starts with the wrong sleeve.
            Objective: shirt on with 2 verbal cues (6 at eval); stand from the low drawer reach with SBA.
            EDUCATION
            Learner: ☒ Patient ☐ Spouse ☒ Other (son)
            Method: ☒ Demo ☒ Written ☐ Teach-back
            Response: ☒ Return demo ☐ Needs reinforcement
            """,
            ["I69.318", "I69.351"], [OT("97530", 23)], []),

        // SHPO PTA 97140 "[x] joint mobs [x] STM [ ] IASTM" with the techniques typed after; L ankle DF stiffness after a fracture; DF degrees; "97140 (12 min)" matches: passes.
        ["v2-h125-shpo-pta-97140-technique-boxes"] = new(
            """
            Sawtooth Home Program Orthopedics — Meridian
            Code / time: 97140 (12 min)
            Manual: [x] joint mobs [x] STM [ ] IASTM
            Talocrural posterior glides grade III 3 x 30 sec; STM to the L gastroc-soleus and the scar at the lateral malleolus.
            Target: L ankle DF stiffness after the fibula ORIF; she can't get her heel down going down the Camel's Back trail.
            Data: DF knee bent L 4 to 10 degrees after.
            HEP: [x] reviewed — wall calf stretch, no change.
            K. Ashdown, PTA
            """,
            ["S82.62XD"], [PTA("97140", 12)], []),

        // HMM "Care partner: ______ (came alone today)" — an irrelevant blank; "1:1 the whole session"; step-stance perturbations, reaching out of base, sit-to-stand with a forward cue; postural instability and slow sit-to-stand; 5xSTS and FRT; "97112 — 22 min" matches: passes.
        ["v2-h125-hmm-care-partner-blank-came-alone"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            Patient: Doris Lapointe, walks the Maine Mall every morning    Care partner: ______ (came alone today)
            97112 — 22 min
            1:1 the whole session.
            Patient trained: perturbations in step stance, reaching out of her base to shelf targets, sit-to-stand with "nose over toes".
            Deficit: postural instability forward and a slow, two-try sit-to-stand.
            Data: 5xSTS 17.8 sec; functional reach 22 cm.
            W. Brannigan, PTA
            """,
            ["G20.A1"], [PTA("97112", 22)], []),

        // TVH PTA 97116 "Assist: ☒ CGA ☐ SBA" ticked with distance; hemi-walker gait on the hall with a sequence cue; L foot drag after a stroke; "97116 — 21 min" matches: passes.
        ["v2-h125-tvh-pta-97116-assist-box"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (DEER RIVER)
            GAIT NOTE — Brianna Kuusisto, PTA
            97116 — 21 min
            Gait training with the hemi-walker down the hall and back, cue "walker, weak leg, strong leg", working on L hip flexion in swing.
            Impairment: L foot drag and a short R step after the R CVA.
            Distance: 260 ft x2    Assist: ☒ CGA ☐ SBA
            """,
            ["I69.354"], [PTA("97116", 21)], []),

        // TVH "Delivery: ☐ 1:1 ☐ Concurrent ☐ Group" with nothing ticked and no other line about delivery: one-on-one missing; foam tandem with head turns, rocker board, perturbations; vestibular and somatosensory loss; DGI and rocker seconds present.
        ["v2-h125-tvh-delivery-nothing-ticked"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (HIBBING)
            NEURO OP DAILY NOTE — Dario Pellegrini, PT
            97112 — 23 min
            Delivery: ☐ 1:1 ☐ Concurrent ☐ Group
            Treatment: tandem stance on foam with head turns; rocker board M/L; perturbations at the pelvis.
            Impairment: bilateral vestibular loss and somatosensory loss in the feet; the school-bus driver can't stand in the dark.
            Objective: DGI 14/24; rocker board M/L 9 sec.
            EDUCATION
            Learner | Method | Response
            Patient | demo | return demo with cues
            """,
            ["H81.23", "G62.9"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // HMM "One-on-one (Y/N): ___" left blank and nothing else about delivery: one-on-one missing; stepping strategies, laser-cane stepping, weight shifts; freezing at the threshold; threshold counts present.
        ["v2-h125-hmm-one-on-one-yn-blank"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            One-on-one (Y/N): ___
            Care partner trained (Y/N): Y — wife Pauline
            97112 — 24 min
            Patient trained: stepping over the laser-cane line at the bathroom threshold; lateral weight shift before the first step; stepping strategies to a nudge.
            Deficit: freezing at the bathroom threshold at night.
            Data: 6 of 10 threshold crossings without a freeze.
            Return demo: Pauline switched the laser cane on and cued "step on the line".
            N. Ferreira, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // TVH "Impairment: __________" left blank and no deficit anywhere else: deficit missing; PNF rhythmic stabilisation in half-kneel, perturbations on foam, stepping-strategy drills; Berg and perturbations; 1:1 stated.
        ["v2-h125-tvh-impairment-blank"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Solveig Haugen, PT, DPT, NCS
            97112 — 24 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: PNF rhythmic stabilization in half-kneeling; perturbations standing on foam; stepping-strategy drills to called targets.
            Impairment: __________
            Objective: Berg 44/56; 7 of 10 perturbations with one step.
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // SHPO "Sets ___ Reps ___ Load ___" never filled: exercises named, deficit stated, no dose or number but the code and its minutes: measure missing.
        ["v2-h125-shpo-dose-blanks-97110"] = new(
            """
            Sawtooth Home Program Orthopedics — Eagle
            HEP: [x] reviewed [ ] progressed — code on file
            Code / time: 97110 (20 min)
            Performed in clinic: prone press-ups, bird dog, dead bugs, hip hinge with the dowel.
            Sets ___ Reps ___ Load ___
            Target: low back pain with trunk extensor weakness; the dental hygienist can't lean over the chair through the afternoon.
            R. Ibarra, PT, DPT
            """,
            ["M54.50"], [PT("97110", 20)], [At(Measure, "97110")]),

        // HMM two codes with both minute boxes left "__ min": truly missing separate time; otherwise complete (1:1; reactive stepping, cue-word turns; floor recovery by back-chaining with a care partner; freezing and falls; counts and assistance).
        ["v2-h125-hmm-two-codes-minute-blanks"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            One-on-one (Y/N): Y
            97112 — __ min
            Patient trained: reactive stepping to nudges; turning with the "clock turn" cue.
            Deficit: freezing on turns and backward loss of balance.
            Data: 360-degree turn in 8 steps; pull test 3 steps.
            97530 — __ min
            Patient trained: floor recovery by back-chaining — chair to half-kneel to side-sit and back up to the chair.
            Deficit: can't get up off the floor after a fall, hip and trunk weakness.
            Data: floor to chair with min assist x2; wife guarded at the gait belt.
            H. Tanabe, PT
            """,
            ["G20.A1", "R29.6"], [PT("97112", 24), PT("97530", 14)], [SepTime]),

        // ---------------------------------------------------------------- class 3: named programmes and methods trained in the session, education alone

        // HMM LSVT BIG maximal daily exercises trained in the session (floor to ceiling, side to side, forward, sideways and backward steps) and a functional component (getting out of the car); hypokinesia and small steps; 10-metre walk and step length; "One-on-one (Y/N): Y"; "97112 — 26 min" matches: passes.
        ["v3-h125-hmm-lsvt-big-trained"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            One-on-one (Y/N): Y
            97112 — 26 min
            Training focus: LSVT BIG, week 2, session 6.
            Patient trained: maximal daily exercises — floor to ceiling, side to side, forward step, sideways step, backward step, each with the BIG cue and my hands-on correction; functional component: getting out of the car frame with a big step out.
            Deficit: hypokinesia with small steps and a small arm swing; he shuffles getting out of the truck.
            Data: 10-metre walk 0.94 m/s; average step length 48 cm (39 cm at intake).
            Care partner trained: wife to give the BIG cue at the car door.
            N. Ferreira, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 26)], []),

        // HMM PWR! Moves (PWR!Up, Rock, Twist, Step) trained in standing with the care partner counting; axial rigidity and freezing on turns; 360-degree turn steps and seconds; "1:1, daughter counting"; "97112 — 23 min" matches: passes.
        ["v3-h125-hmm-pwr-moves-care-partner-counting"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            97112 — 23 min
            1:1, his daughter counting out loud for him.
            Patient trained: PWR! Moves in standing — PWR!Up, PWR!Rock, PWR!Twist and PWR!Step — with a pause and a big reach at the end of each, then turning in the hall using the PWR!Step pattern.
            Deficit: axial rigidity and freezing on turns; he turns en bloc.
            Data: 360-degree turn 7 steps, 4.8 sec (11 steps at intake).
            H. Tanabe, PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // TVH visual-conflict dome on foam and optokinetic stripes on the clinic television during weight shifts; visual dependence after vestibular neuritis; mCTSIB seconds; 1:1; "97112 — 24 min" matches: passes.
        ["v3-h125-tvh-visual-conflict-dome-and-okn"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Solveig Haugen, PT, DPT, NCS
            97112 — 24 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: standing on foam under the visual-conflict dome; weight shifts and reaches while optokinetic stripes scroll on the gym television; walking the hall past the busy lobby window.
            Impairment: visual dependence after the L vestibular neuritis; the walleye guide loses his footing watching the waves.
            Objective: mCTSIB foam eyes open 30 sec, foam eyes closed 11 sec.
            EDUCATION
            Learner | Method | Response
            Patient | demo + written | return demo
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // HMM Tai Ji Quan: Moving for Better Balance forms trained (weight shifting, single whip, step forward and back) with a chair beside; postural control and narrow base; functional reach and TUG; "one-on-one"; "97112 — 22 min" matches: passes.
        ["v3-h125-hmm-tai-ji-quan-moving-for-better-balance"] = new(
            """
            Harborlight Memory and Movement — Westbrook Adult Day, therapy room
            97112 — 22 min
            One-on-one in the therapy room.
            Patient trained: Tai Ji Quan: Moving for Better Balance — weight shifting side to side, single whip, stepping forward and back in the form, a chair beside her, my hands at the pelvis.
            Deficit: postural control with a narrow base; she sways and grabs for the wall when she turns her head.
            Data: functional reach 20 cm; TUG 14.9 sec.
            Care partner: adult-day aide shown the chair set-up.
            W. Brannigan, PTA
            """,
            ["F03.90", "R26.81"], [PTA("97112", 22)], []),

        // TVH OT CO-OP goal–plan–do–check trained in a coffee-making task; apraxia and sequencing after a stroke; cue count; "97530 — 25 min" matches: passes.
        ["v3-h125-tvh-ot-co-op-coffee-task"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            OT DAILY NOTE — Mae Lindqvist, OTR/L
            97530 — 25 min
            Treatment: CO-OP goal–plan–do–check with the coffee maker in the ADL kitchen — she set the goal, said her plan aloud, made the pot standing, and checked it against her plan; carried two mugs to the table.
            Impairment: sequencing and motor planning after the L CVA; she pours before the filter is in.
            Objective: coffee task with 2 verbal cues (6 last week); carried the mugs 12 ft SBA.
            EDUCATION
            Learner | Method | Response
            Patient + husband | verbal + written plan card | verbalized understanding
            """,
            ["I69.318"], [OT("97530", 25)], []),

        // SHPO Silbernagel Achilles loading programme, phase 2, trained in clinic with doses; R Achilles tendinopathy with calf endurance loss; "97110 (20 min)" matches; the HEP code is not minutes: passes.
        ["v3-h125-shpo-silbernagel-achilles"] = new(
            """
            Sawtooth Home Program Orthopedics — Boise Bench
            HEP: [x] reviewed [x] progressed — Medbridge HEP code 9LW4C (phase 2 videos)
            Code / time: 97110 (20 min)
            Performed in clinic: Silbernagel Achilles loading phase 2 — bilateral heel raises on the step edge 3x15, eccentric heel drops R 3x15, quick rebounding heel raises 3x20, seated heel raises with 20 lb on the knee 3x15.
            Target: R mid-portion Achilles tendinopathy, calf endurance loss; the Greenbelt cyclist can't stand on the pedals up the hill.
            T. Wren, PT, OCS
            """,
            ["M76.61"], [PT("97110", 20)], []),

        // SHPO strain-counterstrain to a piriformis tender point and sacral glides; R buttock pain with a stiff SI joint; tenderness grade and SLR degrees; "97140 (13 min)" matches: passes.
        ["v3-h125-shpo-strain-counterstrain-piriformis"] = new(
            """
            Sawtooth Home Program Orthopedics — Meridian
            Code / time: 97140 (13 min)
            Performed in clinic: strain-counterstrain to the R piriformis tender point, held 90 sec in the position of ease, x3; sacral PA glides grade III on the R.
            Target: R buttock pain and a stiff R SI joint; the forklift driver can't sit through his shift.
            Data: tender point 3/4 to 1/4 after; SLR R 62 to 70 degrees.
            HEP: [x] reviewed — figure-4 stretch, no change.
            R. Ibarra, PT, DPT
            """,
            ["M54.41"], [PT("97140", 13)], []),

        // HMM OT back-chained floor recovery (side-sit to half-kneel to chair) with the care partner taught not to lift; hip and trunk weakness, bradykinesia, falls at night; assistance counts; "97530 — 24 min" matches: passes.
        ["v3-h125-hmm-ot-back-chained-floor-recovery"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            Patient: Ruth Emery    Care partner: husband Carl
            97530 — 24 min
            Patient trained: floor recovery by back-chaining — started at the chair, then from half-kneel, then from side-sit on the mat, then from lying; rolled to her side, up to hands and knees, to the chair seat.
            Deficit: hip and trunk weakness and bradykinesia; two falls getting up at night, down for an hour last time.
            Data: lying to chair with CGA x3; side-sit to chair SBA.
            Care partner trained: Carl taught not to lift her — bring the chair, guard, cue the next step; teach-back correct.
            C. Arsenault, OTR/L
            """,
            ["G20.A1", "R29.6"], [OT("97530", 24)], []),

        // TVH PTA PNF rhythmic initiation for sit-to-stand and D1 patterns in standing; slow initiation and weak hip extension after an SCI; 5xSTS and sit-to-stand count; "1:1"; "97112 — 22 min" matches: passes.
        ["v3-h125-tvh-pta-pnf-rhythmic-initiation"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (HIBBING)
            NEURO OP DAILY NOTE — Brianna Kuusisto, PTA
            97112 — 22 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: PNF rhythmic initiation for sit-to-stand — passive, active-assisted, then resisted; D1 flexion patterns of the L leg in standing at the counter.
            Impairment: slow movement initiation and weak hip extension after the incomplete cervical SCI; the snowmobile-trail groomer falls back into the chair.
            Objective: 5xSTS 21.4 sec; 8 of 10 sit-to-stands without a push from the arms.
            """,
            ["S14.154S"], [PTA("97112", 22)], []),

        // HMM 97112 whose content is education only — freezing triggers explained, doorway strategies described, "PD and Falls" handout #6 given, a metronome app shown on his phone: no technique trained; deficit, one-on-one and a measure present: technique missing.
        ["v3-h125-hmm-education-only-freezing-handout"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            One-on-one (Y/N): Y
            97112 — 23 min
            Training focus: education.
            Education: freezing triggers explained (doorways, turning, crowds at the ferry terminal); doorway strategies described; "PD and Falls" handout #6 given; metronome app shown on his phone; wife's questions answered.
            Deficit: freezing of gait at doorways and on turns.
            Data: froze on 5 of 10 doorway passes on the walk in from the lobby.
            N. Ferreira, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 23)], [At(Tech, "97112")]),

        // TVH 97112 whose content is the Otago home booklet reviewed with the husband ("no changes; she reports doing it") — the programme named but not trained today: technique missing; deficit, one-on-one and a test result present.
        ["v3-h125-tvh-otago-booklet-reviewed-only"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (DEER RIVER)
            NEURO OP DAILY NOTE — Dario Pellegrini, PT
            97112 — 22 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: reviewed her Otago home booklet with her and her husband, pages 4 to 7; no changes; she reports doing it at the kitchen counter.
            Impairment: somatosensory loss in both feet from the neuropathy; she can't feel the floor in the dark.
            Objective: 4-stage balance test: tandem 6 sec.
            EDUCATION
            Learner | Method | Response
            Patient + husband | verbal + written | verbalized understanding
            """,
            ["G62.9", "Z91.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // SHPO 97110 whose content is a printed home programme given and explained ("to start tonight"), nothing performed in the clinic: no exercise trained and no dose or number but the code and its minutes — technique and measure missing; the deficit is stated.
        ["v3-h125-shpo-printed-hep-given-only-97110"] = new(
            """
            Sawtooth Home Program Orthopedics — Boise Bench
            HEP: [ ] reviewed [ ] progressed [x] new [x] printed
            Code / time: 97110 (18 min)
            Printed home programme given and explained; she is to start tonight and bring questions next visit. Nothing performed in the clinic today.
            Target: R quad weakness and a stiff R knee after the R TKA; she can't get up from the low couch while babysitting the twins.
            J. Marchetti, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 18)], [At(Tech, "97110"), At(Measure, "97110")]),

        // HMM OT 97530 whose content is the patient and his wife talked through a car-transfer video on the tablet, practice put off to the next visit — nothing trained: technique and measure missing (no number but the code and its minutes); the deficit is stated.
        ["v3-h125-hmm-ot-car-transfer-video-shown-only"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            Patient: Bernard Voisine    Care partner: wife Jeannine
            97530 — 20 min
            Talked both of them through the car-transfer video on the tablet; we will practise at the car frame next visit.
            Deficit: can't swing his legs into the car and sits down too far from the seat, hip flexor weakness and poor motor planning.
            C. Arsenault, OTR/L
            """,
            ["G20.A1", "F02.80"], [OT("97530", 20)], [At(Tech, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none stated

        // TVH retired taconite miner who "can't feel where his feet are on the dark bathroom floor" (somatosensory loss); foam stance eyes closed, rocker board, stepping over a rope; 1:1; mCTSIB and rocker seconds; "97112 — 23 min" matches: passes.
        ["v4-h125-tvh-feet-he-cannot-feel-in-the-dark"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (HIBBING)
            NEURO OP DAILY NOTE — Dario Pellegrini, PT
            97112 — 23 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: foam stance with eyes closed at the counter; rocker board A/P; stepping over a rope with a stop and hold.
            Impairment: he can't feel where his feet are on the dark bathroom floor at night — somatosensory loss from the neuropathy, 31 years underground at the mine.
            Objective: mCTSIB foam eyes closed 8 sec; rocker board A/P 15 sec.
            EDUCATION
            Learner | Method | Response
            Patient | verbal + written (night-light and shoes-on handout) | verbalized understanding
            """,
            ["G62.9", "Z91.81"], [PT("97112", 23)], []),

        // HMM "her steps get shorter and shorter down the hall" (sequence effect); floor-tape lines, metronome at 104 bpm, BIG cue; 10-metre walk step count; one-on-one; "97112 — 24 min" matches: passes.
        ["v4-h125-hmm-steps-shorter-and-shorter"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            One-on-one (Y/N): Y
            97112 — 24 min
            Patient trained: walking on floor-tape lines spaced for her step length; metronome at 104 bpm; a BIG cue every few steps from her husband, then from herself.
            Deficit: her steps get shorter and shorter down the hall until she stops (sequence effect).
            Data: 10-metre walk in 17 steps (22 at intake); gait speed 0.88 m/s.
            Care partner trained: husband to cue before the steps shrink, not after.
            H. Tanabe, PT
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // SHPO "the knee gives way stepping down off the forklift"; tilt-board perturbations, step-down holds, reactive side-steps; 1:1; single-leg squat valgus count and Y-balance; "97112 (22 min)" matches: passes.
        ["v4-h125-shpo-knee-gives-way-off-the-forklift"] = new(
            """
            Sawtooth Home Program Orthopedics — Meridian
            Code / time: 97112 (22 min) — 1:1
            Performed in clinic: tilt-board perturbations in a mini squat; step-down off the 6 inch step with a 3-sec hold; reactive side-steps to a pull on the band.
            Target: his R knee gives way stepping down off the forklift — quad and hip control lag on the step-down.
            Data: single-leg squat with knee valgus on 4 of 10 (9 of 10 at eval); Y-balance anterior reach R 61 cm.
            HEP: [x] progressed — code 5HM3P, step-downs added.
            R. Ibarra, PT, DPT
            """,
            ["M23.51", "M25.361"], [PT("97112", 22)], []),

        // TVH MS patient whose R foot "catches on the rug by afternoon when it's hot" (tibialis anterior recruitment); quick-stretch and tapping facilitation, high-knee stepping over a rope; 1:1; gait speed and catches; "97112 — 24 min" matches: passes.
        ["v4-h125-tvh-foot-catches-on-the-rug-in-the-heat"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Solveig Haugen, PT, DPT, NCS
            97112 — 24 min
            Delivery: 1:1.
            Treatment: tibialis anterior facilitation with quick stretch and tapping in sitting then standing; stepping over a rope with a high knee; heel-first stepping onto floor marks.
            Impairment: her R foot catches on the rug by afternoon when it's hot — poor R dorsiflexor recruitment with the MS fatigue.
            Objective: 10MWT 0.78 m/s; toe catches on 2 of 20 steps (7 of 20 at eval).
            EDUCATION
            Learner | Method | Response
            Patient | verbal | cooling vest reviewed, verbalized understanding
            """,
            ["G35"], [PT("97112", 24)], []),

        // HMM OT "she sits down before she reaches the chair" (motor planning, dementia); three-step sit-to-stand and stand-to-sit cue trained, care partner taught the same words; counts with SBA; "97530 — 22 min" matches: passes.
        ["v4-h125-hmm-ot-sits-before-she-reaches-the-chair"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            Patient: Marguerite Dostie, 84    Care partner: daughter Lise
            97530 — 22 min
            Patient trained: sit-to-stand and stand-to-sit at the kitchen chair with the three-step cue "scoot, nose over toes, push" and "feel the chair on your legs, then sit".
            Deficit: she sits down before she reaches the chair — motor planning and sequencing with the dementia; two near-falls at home this month.
            Data: 5 of 6 stand-to-sits with the cue and SBA; 0 of 6 without it last week.
            Care partner trained: Lise used the same words; return demo correct.
            C. Arsenault, OTR/L
            """,
            ["F03.90", "R26.89"], [OT("97530", 22)], []),

        // SHPO "can't lift her carry-on into the overhead bin" (R shoulder elevation weakness); exercises with doses; "97110 (20 min)" matches: passes.
        ["v4-h125-shpo-carry-on-into-the-overhead-bin"] = new(
            """
            Sawtooth Home Program Orthopedics — Eagle
            HEP: [x] reviewed [x] progressed — handout #14 printed
            Code / time: 97110 (20 min)
            Performed in clinic: scaption to shoulder height 2 lb 3x12, wall walks 2x10, serratus punches with the red band 3x15, overhead press with the dowel 2x12.
            Target: R shoulder elevation weakness — she can't lift her carry-on into the overhead bin for the flight to see her grandkids.
            K. Ashdown, PTA
            """,
            ["M75.41"], [PTA("97110", 20)], []),

        // TVH PTA 97116 "drifts into the L wall when she talks while walking" (L inattention); gait training with a dual task and a visual anchor on the L; distance and assistance; "97116 — 20 min" matches: passes.
        ["v4-h125-tvh-pta-drifts-into-the-wall"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            GAIT NOTE — Brianna Kuusisto, PTA
            97116 — 20 min
            Gait training with the single-point cane down the long hall, then while answering questions; red tape on the L doorframes as a visual anchor.
            Impairment: she drifts into the L wall when she talks while walking — L inattention after the R CVA.
            Data: 300 ft SBA; 2 drifts to the wall (5 last visit).
            """,
            ["I69.354", "R41.4"], [PTA("97116", 20)], []),

        // SHPO deficit stated only in the HEP paragraph ("her R glute med still lets the pelvis drop on the stairs"); exercises with doses; "97110 (21 min)" matches: passes.
        ["v4-h125-shpo-deficit-only-in-hep-paragraph"] = new(
            """
            Sawtooth Home Program Orthopedics — Boise Bench
            Code / time: 97110 (21 min)
            Performed in clinic: lateral step-downs off the 4 inch step 3x10, standing hip abduction at the cable 10 lb 3x12, single-leg RDL with a fingertip on the rail 2x10.
            HEP: [x] progressed — added the lateral step-downs, because her R glute med still lets the pelvis drop on the stairs down to the river.
            T. Wren, PT, OCS
            """,
            ["M25.551"], [PT("97110", 21)], []),

        // TVH "Impairment: see initial eval." and no deficit anywhere else: deficit missing; rocker board eyes closed, perturbations in tandem, hurdle stepping; 1:1; Berg and perturbations present.
        ["v4-h125-tvh-impairment-see-initial-eval"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (DEER RIVER)
            NEURO OP DAILY NOTE — Dario Pellegrini, PT
            97112 — 22 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: rocker board with eyes closed; perturbations at the pelvis in tandem stance; stepping over the hurdle row with a stop.
            Impairment: see initial eval.
            Objective: Berg 47/56; 8 of 10 perturbations without a step.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SHPO "Problem: N/A — HEP check visit" with exercises and doses and nothing targeted: deficit missing.
        ["v4-h125-shpo-problem-na-hep-check-visit"] = new(
            """
            Sawtooth Home Program Orthopedics — Meridian
            HEP: [x] reviewed [ ] progressed — Medbridge HEP code 8DX6N
            Code / time: 97110 (19 min)
            Performed in clinic: goblet squats 15 lb 3x10, split squats 3x8 each side, farmer carries 25 lb 4 x 60 ft.
            Problem: N/A — HEP check visit.
            J. Marchetti, PTA
            """,
            ["M17.11"], [PTA("97110", 19)], [At(Deficit, "97110")]),

        // HMM "Problem list: unchanged" and no deficit anywhere else: deficit missing; reactive stepping, dual-task walking, turning drills; one-on-one; TUG present.
        ["v4-h125-hmm-problem-list-unchanged"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            One-on-one (Y/N): Y
            97112 — 23 min
            Patient trained: reactive stepping to nudges in four directions; walking while carrying a tray; quarter-turn drills at the counter.
            Problem list: unchanged.
            Data: TUG 14.1 sec; 7 of 10 nudges recovered with one step.
            W. Brannigan, PTA
            """,
            ["G20.A1"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // SHPO "Deficit: per POC" and nothing else targeted: deficit missing; BOSU perturbations, single-leg catches, star-excursion reaches; "1:1"; Y-balance present.
        ["v4-h125-shpo-deficit-per-poc"] = new(
            """
            Sawtooth Home Program Orthopedics — Eagle
            Code / time: 97112 (21 min) — 1:1
            Performed in clinic: BOSU perturbations; single-leg stance on foam catching a ball; star-excursion reaches.
            Deficit: per POC.
            Data: Y-balance composite L 84% / R 93%.
            T. Wren, PT, OCS
            """,
            ["S93.402D"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // TVH Mini-BESTest with five-times sit-to-stand; perturbations, compensatory stepping, head turns on foam; postural responses after a stroke; 1:1; "97112 — 24 min" matches: passes.
        ["v5-h125-tvh-mini-bestest-and-5xsts"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Solveig Haugen, PT, DPT, NCS
            97112 — 24 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: lean-and-release compensatory stepping forward, back and to each side; head turns on foam; sit-to-stand from the low mat without hands.
            Impairment: slow, small compensatory steps and poor postural responses after the R thalamic stroke; the Lutheran bazaar knitter tips back reaching for yarn on the shelf.
            Objective: Mini-BESTest 19/28; 5xSTS 14.6 sec.
            EDUCATION
            Learner | Method | Response
            Patient + daughter | demo | return demo of the lean-and-release set-up for the kitchen, correct
            """,
            ["I69.398", "R26.81"], [PT("97112", 24)], []),

        // HMM TUG with a cognitive task and a freezing count on a figure-of-eight; dual-task walking and turns; freezing under a second task; one-on-one; "97112 — 23 min" matches: passes.
        ["v5-h125-hmm-tug-cognitive-and-figure-of-eight-freezes"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            One-on-one (Y/N): Y
            97112 — 23 min
            Patient trained: walking the figure-of-eight around two cones while counting backward by threes; turning strategy with a wide arc; stopping and starting on cue.
            Deficit: freezing and festination under a second task; he stops at the tight part of every turn.
            Data: TUG-cognitive 19.6 sec (TUG 12.4 sec); 3 freezes in 2 laps of the figure-of-eight.
            Care partner trained: wife to drop the conversation at the turns.
            N. Ferreira, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // SHPO Y-balance composite percentages both sides; single-leg hops to a stick, BOSU perturbations; L ankle proprioception after a sprain on the river; 1:1; "97112 (22 min)" matches: passes.
        ["v5-h125-shpo-y-balance-composite"] = new(
            """
            Sawtooth Home Program Orthopedics — Boise Bench
            Code / time: 97112 (22 min) — 1:1 the whole time
            Performed in clinic: BOSU perturbations, flat side up; single-leg hops forward and lateral to a stick landing; eyes-closed single-leg stance on the Airex.
            Target: L ankle proprioception after the sprain on the slippery rocks floating the Boise River.
            Data: Y-balance composite L 88% / R 97%; Airex SLS eyes closed L 7 sec.
            HEP: Medbridge HEP code 3VK7R — hops added; video link texted.
            R. Ibarra, PT, DPT
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // SHPO PTA 97110 with doses and band colours (green, blue, black); neck and scapular weakness with forward head at the dental chair; "97110 (23 min)" matches: passes.
        ["v5-h125-shpo-pta-doses-and-band-colours"] = new(
            """
            Sawtooth Home Program Orthopedics — Meridian
            HEP: [x] reviewed [x] progressed — handout #22 printed
            Code / time: 97110 (23 min)
            Performed in clinic: chin tucks 10 x 5 sec, rows with the blue band 3x15, ER with the green band 3x15, pull-aparts with the black band 2x12, prone Y 2x10.
            Target: deep neck flexor and lower trap weakness with a forward head; neck aches by the last patient in the dental chair.
            J. Marchetti, PTA
            """,
            ["M54.2"], [PTA("97110", 23)], []),

        // TVH PTA 97116 with 10-metre walk speed, distance and assistance; rollator gait with a cadence cue on the hall and the ramp; short steps and slow cadence with NPH; "97116 — 22 min" matches: passes.
        ["v5-h125-tvh-pta-97116-speed-distance-assist"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            GAIT NOTE — Brianna Kuusisto, PTA
            97116 — 22 min
            Gait training with the rollator on the hall and the front ramp, cues for a longer step and lifting the feet, turning at the doors.
            Impairment: short magnetic steps and slow cadence with the normal-pressure hydrocephalus; feet stick on turns.
            Data: 10-metre walk 0.66 m/s; 400 ft with the rollator SBA, CGA on the ramp.
            """,
            ["G91.2"], [PTA("97116", 22)], []),

        // HMM OT 97530 car transfer with assistance levels and counts, care partner guarding; hip weakness and poor motor planning; "97530 — 23 min" matches: passes.
        ["v5-h125-hmm-ot-car-transfer-assist-levels"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            Patient: Osborne Leavitt, ferry deckhand 40 years    Care partner: wife Nancy
            97530 — 23 min
            Patient trained: car transfer at the car frame — back up until the seat touches, hand on the door frame, sit, then swing the legs in one at a time.
            Deficit: hip flexor weakness and poor motor planning; he steps in head first.
            Data: car transfer min assist x2, then CGA x2; legs in without help on the last try.
            Care partner trained: Nancy guarded at the gait belt and held the door; return demo correct.
            C. Arsenault, OTR/L
            """,
            ["G20.A1", "F02.80"], [OT("97530", 23)], []),

        // TVH OT 97530 with a Nine-Hole Peg Test and a buttoning time; fine-motor activities (buttons, coins into a purse, opening pill bottles); R hand coordination after a stroke; "97530 — 22 min" matches: passes.
        ["v5-h125-tvh-ot-nine-hole-peg-and-buttons"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (HIBBING)
            OT DAILY NOTE — Mae Lindqvist, OTR/L
            97530 — 22 min
            Treatment: buttoning a cardigan, picking coins into a coin purse, opening and closing her pill bottles, all with the R hand.
            Impairment: R hand coordination and in-hand manipulation after the L CVA.
            Objective: Nine-Hole Peg Test R 38 sec (L 21 sec); 5 buttons in 62 sec.
            """,
            ["I69.331"], [OT("97530", 22)], []),

        // TVH DGI with dynamic visual acuity lines; X2 viewing, walking with head turns, pivot turns; bilateral vestibular hypofunction; 1:1; "97112 — 23 min" matches: passes.
        ["v5-h125-tvh-dgi-and-dynamic-visual-acuity"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Solveig Haugen, PT, DPT, NCS
            97112 — 23 min
            Delivery: 1:1, with a pocket talker for his hearing.
            Treatment: X2 viewing, target and head moving opposite; walking with vertical and horizontal head turns; pivot turns to each side on cue.
            Impairment: bilateral vestibular hypofunction after gentamicin; oscillopsia walking on the snowmobile trail.
            Objective: DGI 15/24; dynamic visual acuity lost 5 lines (7 at eval).
            """,
            ["H81.23", "T36.5X5S"], [PT("97112", 23)], []),

        // HMM "wife says he's steadier getting to the bathroom at night" as the only progress and no number but the code and its minutes: measure missing; one-on-one, techniques and deficit present.
        ["v5-h125-hmm-wife-says-steadier"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            One-on-one (Y/N): Y
            97112 — 22 min
            Patient trained: stepping strategies to nudges; turning in small arcs with a weight shift first; stepping over the laser-cane line.
            Deficit: postural instability and freezing on turns at night.
            Progress: wife says he's steadier getting to the bathroom at night.
            W. Brannigan, PTA
            """,
            ["G20.A1"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // TVH "Objective: Berg deferred — to be done next visit" and no number but the code and its minutes: measure missing; 1:1, techniques and deficit present.
        ["v5-h125-tvh-berg-deferred-next-visit"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (DEER RIVER)
            NEURO OP DAILY NOTE — Dario Pellegrini, PT
            97112 — 21 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: perturbations on foam; tandem walking with head turns; stepping over a rope with eyes up.
            Impairment: somatosensory loss in both feet and delayed stepping reactions.
            Objective: Berg deferred — to be done next visit.
            EDUCATION
            Learner | Method | Response
            Patient | verbal | verbalized understanding
            """,
            ["G62.9"], [PT("97112", 21)], [At(Measure, "97112")]),

        // SHPO "HEP adherence per app: good" with exercises named and no dose or number but the code and its minutes: measure missing; glute med weakness stated.
        ["v5-h125-shpo-hep-adherence-good-no-dose"] = new(
            """
            Sawtooth Home Program Orthopedics — Eagle
            HEP adherence per app: good.
            Code / time: 97110 (19 min)
            Performed in clinic: side-lying hip abduction, bridges with the band, lateral band walks, monster walks.
            Target: R glute med weakness; her knee collapses in on the stairs at the Bogus Basin lodge.
            K. Ashdown, PTA
            """,
            ["M25.561"], [PTA("97110", 19)], [At(Measure, "97110")]),

        // SHPO 97140 with manual techniques named and no grade, range or number but the code and its minutes: measure missing; R shoulder IR stiffness stated.
        ["v5-h125-shpo-97140-no-grade-no-range"] = new(
            """
            Sawtooth Home Program Orthopedics — Boise Bench
            Code / time: 97140 (12 min)
            Performed in clinic: posterior glides to the R glenohumeral joint; STM to the posterior cuff and the teres minor; cross-body stretch with my hand stabilizing the scapula.
            Target: R shoulder internal rotation stiffness, can't reach behind her back to tuck in her shirt.
            T. Wren, PT, OCS
            """,
            ["M25.611"], [PT("97140", 12)], [At(Measure, "97140")]),

        // HMM OT 97530 tub-bench transfer with the care partner where she "needed my hands on her less than last week" — no assistance level, count or number but the code and its minutes: measure missing; technique and deficit present.
        ["v5-h125-hmm-ot-tub-bench-hands-on-less"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            Patient: Theresa Gagnon    Care partner: husband Roland
            97530 — 21 min
            Patient trained: tub transfer bench in and out of the mock bathroom tub, sit first, then the legs over one at a time, with the grab bar.
            Deficit: hip weakness and poor sequencing with the dementia; she tries to step over the tub wall standing.
            Progress: she needed my hands on her less than last week; Roland guarded well.
            C. Arsenault, OTR/L
            """,
            ["F03.90", "M62.81"], [OT("97530", 21)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, truly missing separate time

        // TVH two headings "97112 — 24 min" and "97110 — 13 min" with the education grid between them, both match; 1:1, perturbations and foam stepping; sit-to-stand, heel raises and step-ups with doses; postural control and hip and calf weakness; FGA: passes.
        ["v6-h125-tvh-two-headings-grid-between"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Solveig Haugen, PT, DPT, NCS
            97112 — 24 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: perturbations in step stance; stepping on and off the foam to called targets; tandem walking with head turns.
            Impairment: postural control and slow stepping reactions after the R MCA stroke.
            Objective: FGA 17/30; 7 of 10 perturbations with one step.
            EDUCATION
            Learner | Method | Response
            Patient + wife | demo + teach-back of the home step-stance set-up at the counter | return demo correct
            97110 — 13 min
            Treatment: sit-to-stand from the mat 3x10, heel raises 3x15, step-ups onto the 4 inch step 2x10 L leading.
            Impairment: L hip extensor and calf weakness.
            """,
            ["I69.354"], [PT("97112", 24), PT("97110", 13)], []),

        // SHPO "CPT | min | units" grid: "97110 | 22 min | 1 unit" and "97140 | 12 min | 1 unit", both match; exercises with doses and glides with a grade and degrees; L knee stiffness and quad weakness after a TKA: passes.
        ["v6-h125-shpo-cpt-min-units-grid"] = new(
            """
            Sawtooth Home Program Orthopedics — Meridian
            CPT | min | units
            97110 | 22 min | 1 unit
            97140 | 12 min | 1 unit
            HEP: [x] reviewed [x] progressed — Medbridge HEP code 6TQ2B
            Performed in clinic (97110): recumbent bike for knee range, rocking then full revolutions, heel slides 2x15, quad sets 10 x 5 sec, mini squats 3x12, step-ups 4 inch 3x10.
            Performed in clinic (97140): tibiofemoral posterior glides grade III, patellar mobs superior and inferior, STM to the distal quad.
            Target: L knee flexion stiffness and quad weakness after the L TKA.
            Data: knee flexion 98 to 104 degrees after manual.
            R. Ibarra, PT, DPT
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 22), PT("97140", 12)], []),

        // HMM clock range on the code's own line "97530 13:40–14:05" (25 min) beside a floor-recovery video "(runs 3:15)": the range matches; back-chained floor recovery with the care partner; hip and trunk weakness; assistance: passes.
        ["v6-h125-hmm-clock-range-and-video-runs"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            97530 13:40–14:05
            Patient trained: floor recovery by back-chaining, side-sit to half-kneel to the chair, then from lying; his son guarding.
            Deficit: hip and trunk weakness, can't get off the floor after his falls in the garage.
            Data: half-kneel to chair SBA x3; lying to chair min assist x2.
            Home: sent the "Getting up from the floor" video link (runs 3:15) for his son.
            C. Arsenault, OTR/L
            """,
            ["G20.A1", "R29.6"], [OT("97530", 25)], []),

        // SHPO 97110 with an app access code "2MQ8VLP", handout #14 and a video length "4:20" in a note whose code has its own "97110 — 23 min": none of them are minutes; doses and hip weakness: passes.
        ["v6-h125-shpo-access-code-handout-video-not-minutes"] = new(
            """
            Sawtooth Home Program Orthopedics — Eagle
            97110 — 23 min
            Performed in clinic: hip thrusts 40 lb 3x10, Copenhagen planks 3 x 15 sec, lateral lunges 2x10 each side, single-leg bridges 2x12.
            Target: L hip adductor and glute weakness after the groin strain skiing at Bogus Basin.
            HEP: Medbridge access code 2MQ8VLP; handout #14 printed; Copenhagen plank video, 4:20, texted.
            T. Wren, PT, OCS
            """,
            ["S76.212D"], [PT("97110", 23)], []),

        // TVH three codes of a PT and an OT: "97112 — 23 min", "97116 — 12 min" (PT) and "97530 — 24 min" (OT), all match; 1:1, PNF and perturbations; cane gait with distance; kitchen tasks with assistance; L hemiparesis and inattention: passes.
        ["v6-h125-tvh-three-codes-pt-and-ot"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Solveig Haugen, PT, DPT, NCS / Mae Lindqvist, OTR/L
            97112 — 23 min (PT)
            Delivery: 1:1.
            Treatment: PNF pelvic patterns in side-lying then standing; perturbations in step stance; L weight acceptance onto a scale.
            Impairment: L hemiparesis with poor L weight acceptance after the R CVA.
            Objective: 62% weight on the L in quiet standing; Berg 40/56.
            97116 — 12 min (PT)
            Gait training with the quad cane on the hall, cues for L heel strike; 220 ft CGA.
            Impairment: L foot flat at contact and a short R step.
            97530 — 24 min (OT)
            Treatment: unloading the dishwasher to the upper cabinet, standing at the counter, L hand as helper.
            Impairment: L inattention and L arm weakness.
            Objective: dishwasher unloaded with SBA, 3 verbal cues to use the L hand.
            EDUCATION
            Learner | Method | Response
            Husband | demo | guarding on the cane, return demo correct
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 12), OT("97530", 24)], []),

        // HMM "Billing: 97112 x 24 min (2 units)", matches; one-on-one, cue-card stepping and turning; freezing at the kitchen doorway; freeze count: passes.
        ["v6-h125-hmm-billing-x-min-units"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            Billing: 97112 x 24 min (2 units)
            One-on-one (Y/N): Y
            Patient trained: reading the "BIG STEP" cue card taped at the kitchen doorway mock-up, stepping through without stopping; turning at the counter with a weight shift first.
            Deficit: freezing at the kitchen doorway and at the counter turn.
            Data: 7 of 10 doorway passes without a freeze.
            N. Ferreira, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // TVH PTA minute box "97116 [ 22 ] min", matches; walker gait, curb and ramp; short steps and flexed trunk after a fall; distance and assistance: passes.
        ["v6-h125-tvh-pta-minute-box-97116"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (DEER RIVER)
            GAIT NOTE — Brianna Kuusisto, PTA
            97116 [ 22 ] min
            Gait training with the front-wheeled walker on the hall, the curb by the entrance and the ramp, cues for an upright trunk and a longer step.
            Impairment: short steps and a flexed trunk after the hip fracture in January.
            Data: 350 ft SBA on the hall; curb and ramp CGA.
            """,
            ["S72.001D"], [PTA("97116", 22)], []),

        // SHPO template's "97110 (30 min)" on an 18-min line: mismatch on 97110; otherwise complete (doses; R knee weakness).
        ["v6-h125-shpo-template-30-on-18"] = new(
            """
            Sawtooth Home Program Orthopedics — Boise Bench
            Code / time: 97110 (30 min)
            Performed in clinic: leg press 50 lb 3x12, step-ups 6 inch 3x10, wall sits 5 x 20 sec.
            Target: R quad weakness and knee pain on the ladder for the roofer.
            HEP: [x] reviewed — code on file.
            J. Marchetti, PTA
            """,
            ["M17.11"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // TVH "97112 — 15 min" on a 28-min line: mismatch on 97112; otherwise complete (1:1, rocker and perturbations, proprioceptive loss, Berg).
        ["v6-h125-tvh-15-on-28"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (HIBBING)
            NEURO OP DAILY NOTE — Dario Pellegrini, PT
            97112 — 15 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: rocker board A/P and M/L; perturbations in tandem; stepping over the rope with eyes closed after the step.
            Impairment: proprioceptive loss in both ankles; he stumbles on the ice in the parking lot.
            Objective: Berg 45/56.
            """,
            ["R26.81", "G62.9"], [PT("97112", 28)], [At(Mismatch, "97112")]),

        // HMM two codes "97112 — 23 min" and "97530 — 25 min" on a 14-min 97530 line: mismatch on 97530; otherwise complete.
        ["v6-h125-hmm-second-code-25-on-14"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            One-on-one (Y/N): Y
            97112 — 23 min
            Patient trained: reactive stepping to nudges; weight shift before turning; stepping over the threshold strip.
            Deficit: freezing at thresholds and backward loss of balance.
            Data: pull test 3 steps; 8 of 10 threshold crossings without a freeze.
            97530 — 25 min
            Patient trained: getting in and out of bed with the log-roll and the bed rail, then to standing.
            Deficit: slow bed mobility, stuck on his back at night.
            Data: supine to sit with CGA x3; sit to stand SBA.
            H. Tanabe, PT
            """,
            ["G20.A1"], [PT("97112", 23), PT("97530", 14)], [At(Mismatch, "97530")]),

        // SHPO "Time: 97140 20 min" on a 10-min line: mismatch on 97140; otherwise complete (lumbar glides, STM, degrees; low back stiffness); the HEP code is not minutes.
        ["v6-h125-shpo-97140-20-on-10"] = new(
            """
            Sawtooth Home Program Orthopedics — Meridian
            Time: 97140 20 min
            Performed in clinic: central PA glides L3-L5 grade III; STM to the lumbar paraspinals.
            Target: lumbar extension stiffness; the potato-warehouse worker can't straighten up after stacking.
            Data: lumbar extension 10 to 18 degrees after.
            HEP: Medbridge HEP code 7KX2Q — press-ups, no change.
            R. Ibarra, PT, DPT
            """,
            ["M54.50"], [PT("97140", 10)], [At(Mismatch, "97140")]),

        // TVH "Total timed treatment: 38 min" over two codes with no minutes for each: separate time missing; otherwise complete.
        ["v6-h125-tvh-total-timed-over-two-codes"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Solveig Haugen, PT, DPT, NCS
            Codes: 97112, 97110
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Neuro re-ed: perturbations in step stance; X1 gaze stabilization standing; tandem walking with head turns.
            Impairment: vestibular hypofunction and postural control after the concussion.
            Objective: DGI 18/24.
            Ther ex: bridges 3x15, side-lying hip abduction 3x12, mini squats 3x12 — hip weakness.
            Total timed treatment: 38 min
            """,
            ["S06.0X0D", "H81.92"], [PT("97112", 25), PT("97110", 13)], [SepTime]),

        // SHPO "Treatment time 36 min (ther ex and manual)": separate time missing; otherwise complete.
        ["v6-h125-shpo-treatment-time-36-ther-ex-and-manual"] = new(
            """
            Sawtooth Home Program Orthopedics — Eagle
            HEP: [x] reviewed [x] progressed — handout #7
            Performed in clinic: rows with the blue band 3x15, ER with the green band 3x15, wall slides 2x12; posterior glides grade III to the L glenohumeral joint and STM to the posterior cuff.
            Target: L shoulder stiffness and cuff weakness after the frozen shoulder; she can't reach the top shelf.
            Data: L shoulder flexion 128 to 136 degrees after the glides.
            Treatment time 36 min (ther ex and manual)
            T. Wren, PT, OCS
            """,
            ["M75.02"], [PT("97110", 24), PT("97140", 12)], [SepTime]),

        // HMM two codes whose only time is the floor-recovery video's running length ("a four-minute video"): not a code's minutes — separate time missing; otherwise complete.
        ["v6-h125-hmm-only-time-is-a-video-length"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            Codes: 97112, 97530
            One-on-one (Y/N): Y
            Neuro re-ed — patient trained: reactive stepping to nudges; turns with a weight shift first; stepping over the threshold strip. Deficit: freezing on turns and retropulsion. Data: pull test 3 steps; 6 of 10 turns without a freeze.
            Therapeutic activities — patient trained: floor recovery by back-chaining from side-sit to the chair. Deficit: hip and trunk weakness, can't get up after a fall. Data: side-sit to chair CGA x2.
            Home: sent the care partners a four-minute video of the floor recovery.
            H. Tanabe, PT
            """,
            ["G20.A1", "R29.6"], [PT("97112", 24), PT("97530", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note on a TVH two-code visit: note missing on each profiled line, nothing else.
        ["v7-h125-empty-note-two-codes"] = new(
            "",
            ["I69.354"], [PT("97112", 24), PT("97110", 12)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A note of spaces and line breaks only on an HMM OT 97530: note missing only.
        ["v7-h125-spaces-and-line-breaks-ot-97530"] = new(
            "   \n\n  \n",
            ["G20.A1"], [OT("97530", 22)], [At(NoteMissing, "97530")]),

        // An empty note on a 97112 with no diagnosis: note missing and diagnosis missing.
        ["v7-h125-empty-note-97112-no-dx"] = new(
            "",
            [], [PT("97112", 23)], [At(NoteMissing, "97112"), Dx]),

        // An empty note on a TVH PTA 97116: note missing only.
        ["v7-h125-empty-note-pta-97116"] = new(
            "",
            ["R26.89"], [PTA("97116", 20)], [At(NoteMissing, "97116")]),

        // 97110's meaning on a SHPO note: leg press, split squats and step-downs with loads, sets and reps (technique and measure), L quad weakness after an ACL reconstruction (deficit); "97110 (22 min)" matches: passes.
        ["v7-h125-shpo-97110-after-acl-reconstruction"] = new(
            """
            Sawtooth Home Program Orthopedics — Eagle
            HEP: [x] progressed — Medbridge HEP code 4RB9M, level 4
            Code / time: 97110 (22 min)
            Performed in clinic: single-leg leg press L 60 lb 3x12, rear-foot-elevated split squats 3x8, eccentric step-downs off the 6 inch step 3x10, Nordic hamstring curls 2x5.
            Target: L quad and hamstring weakness after the L ACL reconstruction; can't squat to pick up the patrol toboggan.
            T. Wren, PT, OCS
            """,
            ["S83.512D"], [PT("97110", 22)], []),

        // 97530's meaning on an HMM note: getting into and out of the car and onto a bus step with the care partner guarding (technique), hip weakness and freezing at the step (deficit), assistance levels and counts (measure); "97530 — 23 min" matches: passes.
        ["v7-h125-hmm-97530-car-and-bus-step"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            Patient: Everett Soule    Care partner: wife Joan
            97530 — 23 min
            Patient trained: in and out of the car frame, then up the practice bus step with the rail and down again, a weight shift before each step.
            Deficit: hip weakness and freezing at the bus step; the Metro bus to the Maine Mall is his outing.
            Data: car in and out CGA x2; bus step up and down with SBA x4.
            Care partner trained: Joan guarded from below on the step; return demo correct.
            H. Tanabe, PT
            """,
            ["G20.A1"], [PT("97530", 23)], []),

        // 97140's meaning on a SHPO note: lumbar central PA glides and soft-tissue work (technique), lumbar stiffness (deficit), grade and degrees (measure); "97140 (11 min)" matches: passes.
        ["v7-h125-shpo-97140-lumbar-glides"] = new(
            """
            Sawtooth Home Program Orthopedics — Boise Bench
            Code / time: 97140 (11 min)
            Performed in clinic: central PA glides L4-L5 grade III-IV; STM to the R quadratus lumborum; side-lying lumbar rotation mobilization.
            Target: lumbar stiffness and R QL guarding; the roofer can't bend to the shingle bundle.
            Data: lumbar flexion fingertips to 12 cm from the floor after (24 cm before).
            K. Ashdown, PTA
            """,
            ["M54.50"], [PTA("97140", 11)], []),

        // 97116's meaning on a TVH note: hemi-walker to quad cane on the hall and the stairs (technique), L foot clearance and knee control after a stroke (deficit), distance and assistance (measure); "97116 — 21 min" matches: passes.
        ["v7-h125-tvh-97116-hemi-walker-to-quad-cane"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            GAIT NOTE — Dario Pellegrini, PT
            97116 — 21 min
            Gait training from the hemi-walker to the quad cane on the hall, then the four stairs to the gym with the rail, step-to pattern.
            Impairment: poor L foot clearance and L knee hyperextension in stance after the R CVA.
            Data: 180 ft quad cane CGA; stairs with the rail and min assist.
            EDUCATION
            Learner | Method | Response
            Patient + wife | demo | return demo of cane sequencing, correct
            """,
            ["I69.354"], [PT("97116", 21)], []),

        // TVH wholly generic education note on a 97112: "Pt educated on HEP and fall prevention. Tolerated well. Continue POC." — no technique, deficit, number but the code and its minutes, or one-on-one statement.
        ["v7-h125-tvh-generic-education-97112"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (HIBBING)
            97112 — 22 min
            Pt educated on HEP and fall prevention. Tolerated well. Continue POC.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // SHPO wholly generic 97110: "HEP reviewed and updated. Pt tolerated tx well. Continue per POC." — nothing named.
        ["v7-h125-shpo-generic-hep-reviewed-97110"] = new(
            """
            Sawtooth Home Program Orthopedics — Meridian
            Code / time: 97110 (20 min)
            HEP reviewed and updated. Pt tolerated tx well. Continue per POC.
            """,
            ["M25.561"], [PT("97110", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // HMM wholly generic two-code note: "Care partner training completed. Patient participated well. Continue plan." — nothing named for either code, no one-on-one and no minutes for each.
        ["v7-h125-hmm-generic-care-partner-training-two-codes"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program
            Codes: 97112, 97530
            Care partner training completed. Patient participated well. Continue plan.
            """,
            ["G20.A1"], [PT("97112", 23), PT("97530", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // ---------------------------------------------------------------- ordinary notes

        // TVH complete 97112 for MS with the education grid (cooling strategies, teach-back): 1:1; rhythmic stabilisation in standing, foam weight shifts, stepping over obstacles; ataxia and proprioceptive loss; Mini-BESTest and tandem seconds; "97112 — 23 min" matches: passes.
        ["vord-h125-tvh-ms-nmr-with-grid"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Solveig Haugen, PT, DPT, NCS
            97112 — 23 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: rhythmic stabilization in standing at the shoulders and pelvis; weight shifts on foam with a reach; stepping over low obstacles at a set pace.
            Impairment: L leg ataxia and proprioceptive loss with the MS; she overshoots stepping over the cord in the kitchen.
            Objective: Mini-BESTest 18/28; tandem stance 9 sec L in front.
            EDUCATION
            Learner | Method | Response
            Patient | verbal + teach-back: cooling breaks and pacing on hot days | teach-back correct
            Barriers to learning: fatigue late in the session.
            """,
            ["G35"], [PT("97112", 23)], []),

        // TVH PTA 97110 with doses and a printed home programme (handout #11); L hip and knee weakness after a stroke; "97110 — 18 min" matches: passes.
        ["vord-h125-tvh-pta-97110-handout-eleven"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (HIBBING)
            NEURO OP DAILY NOTE — Brianna Kuusisto, PTA
            97110 — 18 min
            Treatment: sit-to-stand from the mat 3x10, L step-ups 4 inch 3x10, bridges 3x15, standing hip abduction 2 lb 3x12.
            Impairment: L hip and knee extensor weakness after the R CVA; he can't climb into the school bus driver's seat.
            EDUCATION
            Learner | Method | Response
            Patient | written (handout #11) + demo | return demo of the sit-to-stands, correct
            """,
            ["I69.354"], [PTA("97110", 18)], []),

        // TVH OT 97530 lower-body dressing with a reacher and sock aid after a hip replacement, hip precautions taught; assistance levels; "97530 — 24 min" matches: passes.
        ["vord-h125-tvh-ot-dressing-hip-precautions"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (DEER RIVER)
            OT DAILY NOTE — Mae Lindqvist, OTR/L
            97530 — 24 min
            Treatment: lower-body dressing seated with the reacher and sock aid, pants over the operated leg first; standing at the counter to pull them up; getting shoes on with the long shoehorn.
            Impairment: R hip flexion limited by posterior precautions after the R THA, and standing tolerance.
            Objective: lower-body dressing min assist (mod assist last visit); stood at the counter through the task with SBA.
            EDUCATION
            Learner | Method | Response
            Patient + wife | demo + written | posterior hip precautions — no bending past 90, no crossing the legs — teach-back correct
            """,
            ["Z96.641", "Z47.1"], [OT("97530", 24)], []),

        // TVH two codes "97112 — 22 min" and "97116 — 14 min": 1:1, gaze stabilisation and head turns on foam; cane gait on the hall and outside with distance; vestibular hypofunction and veering; DGI: passes.
        ["vord-h125-tvh-97112-and-97116"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Dario Pellegrini, PT
            97112 — 22 min
            Delivery: 1:1, nobody else in the vestibular room.
            Treatment: X1 gaze stabilization standing on foam; standing head turns with eyes closed; walking with pitch and yaw head turns.
            Impairment: L vestibular hypofunction; veers L with head turns.
            Objective: DGI 17/24.
            97116 — 14 min
            Gait training with the single-point cane on the hall and the sidewalk outside, turning to look at the traffic; 600 ft SBA.
            Impairment: slows and veers L when he turns his head to check the traffic.
            """,
            ["H81.22"], [PT("97112", 22), PT("97116", 14)], []),

        // SHPO complete two-code note "97110 (24 min)" and "97140 (13 min)" with a printed handout and a video link; rotator cuff exercises with doses; glides with a grade and degrees; R shoulder weakness and stiffness: passes.
        ["vord-h125-shpo-shoulder-97110-97140"] = new(
            """
            Sawtooth Home Program Orthopedics — Eagle
            HEP: [x] reviewed [x] progressed [ ] new [x] printed — handout #5 v2; video link for sleeper stretch (runs 1:10)
            Code / time: 97110 (24 min)
            Performed in clinic: sidelying ER 3 lb 3x12, rows 20 lb 3x12, scaption 2 lb 3x10, sleeper stretch 3 x 30 sec.
            Code / time: 97140 (13 min)
            Performed in clinic: posterior GH glides grade III, STM to the infraspinatus.
            Target: R shoulder ER weakness and posterior capsule stiffness; the hygienist's shoulder aches holding the mirror.
            Data: IR at 90 degrees abduction 38 to 46 degrees after.
            R. Ibarra, PT, DPT
            """,
            ["M75.111"], [PT("97110", 24), PT("97140", 13)], []),

        // SHPO complete 97112 for the ankle, 1:1 stated, HEP code and video; perturbations, hops, eyes-closed stance; peroneal timing and proprioception; Y-balance: passes.
        ["vord-h125-shpo-ankle-nmr"] = new(
            """
            Sawtooth Home Program Orthopedics — Boise Bench
            Code / time: 97112 (23 min) — one-on-one
            Performed in clinic: perturbations on the rocker board, eyes-closed single-leg stance on the Airex, figure-8 hops on the ladder.
            Target: R ankle proprioception and slow peroneal reaction after the third sprain on the trail.
            Data: Y-balance posterolateral reach R 82 cm (L 94 cm); SLS eyes closed R 9 sec.
            HEP: Medbridge HEP code 2PJ6X; eyes-closed stance video texted.
            K. Ashdown, PTA
            """,
            ["S93.401D"], [PTA("97112", 23)], []),

        // SHPO PTA 97110 hip OA with HEP progressed and the app log; doses; L hip weakness and stiffness; "97110 (21 min)" matches: passes.
        ["vord-h125-shpo-pta-hip-oa-app-log"] = new(
            """
            Sawtooth Home Program Orthopedics — Meridian
            HEP: [x] reviewed [x] progressed — app log: 5 of 7 days
            Code / time: 97110 (21 min)
            Performed in clinic: sit-to-stand from a low chair 3x10, standing hip abduction 3 lb 3x12, bridges 3x15, hip flexor stretch 3 x 30 sec.
            Target: L hip abductor weakness and flexion stiffness with OA; she can't get off the floor after playing with the twins.
            J. Marchetti, PTA
            """,
            ["M16.12"], [PTA("97110", 21)], []),

        // SHPO 97140 cervical with a home-programme note; upper cervical mobs and STM; cervical rotation stiffness; degrees; "97140 (12 min)" matches: passes.
        ["vord-h125-shpo-cervical-97140"] = new(
            """
            Sawtooth Home Program Orthopedics — Boise Bench
            Code / time: 97140 (12 min)
            Performed in clinic: C1-2 rotation SNAGs with a towel, unilateral PA glides C4-5 R grade III, suboccipital release.
            Target: R cervical rotation stiffness; the cyclist can't shoulder-check on the Greenbelt.
            Data: cervical rotation R 55 to 66 degrees after.
            HEP: [x] reviewed — towel SNAG taught last week, no change.
            T. Wren, PT, OCS
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // SHPO 97116 after a TKA, gait without a device on the clinic loop and the stairs; stiff-knee gait; distance and assistance; "97116 (18 min)" matches: passes.
        ["vord-h125-shpo-97116-after-tka"] = new(
            """
            Sawtooth Home Program Orthopedics — Meridian
            Code / time: 97116 (18 min)
            Performed in clinic: gait training without the cane on the clinic loop, cues for heel strike and knee bend in swing; reciprocal stairs with one rail.
            Target: stiff-knee gait and a short R stance after the R TKA.
            Data: 500 ft without a device, SBA; 12 stairs reciprocal with the rail, modified independent.
            R. Ibarra, PT, DPT
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 18)], []),

        // HMM complete 97112 with a care partner: one-on-one; dual-task and cue-word walking, reactive steps; freezing and festination; TUG-cognitive and freezes; "97112 — 24 min" matches: passes.
        ["vord-h125-hmm-pd-nmr-care-partner"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            Patient: Wendell Curtis, H&Y 3, MoCA 24/30    Care partner: wife Ardith
            One-on-one (Y/N): Y
            97112 — 24 min
            Patient trained: walking the hall while carrying a cup, with the "long step" cue before the turn; reactive backward steps to a release; stepping over the taped line at the doorway.
            Deficit: freezing and festination when carrying or turning; backward loss of balance.
            Data: TUG with a cup 17.3 sec; 2 freezes in 6 hall lengths; pull test 2 steps.
            Care partner trained: Ardith to take the cup before the turn; return demo correct.
            N. Ferreira, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // HMM OT 97530 bathroom routine for dementia (toilet transfer with the rail, hand washing at the sink standing) with the care partner's cueing; sequencing and sit-to-stand weakness; assistance levels; "97530 — 22 min" matches: passes.
        ["vord-h125-hmm-ot-bathroom-routine-dementia"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            Patient: Alma Pinkham, MoCA 14/30    Care partner: daughter Sue
            97530 — 22 min
            Patient trained: toilet transfer with the wall rail, standing at the sink to wash hands, turning to the towel bar, one cue card per step taped to the mirror.
            Deficit: poor sequencing with the Alzheimer's dementia and weak sit-to-stand; sundowning after four in the afternoon.
            Data: toilet transfer CGA; sink task with 3 verbal cues (5 last week).
            Care partner trained: Sue to point to the next card rather than talk; return demo correct.
            C. Arsenault, OTR/L
            """,
            ["G30.1", "F02.80"], [OT("97530", 22)], []),

        // HMM PTA 97116 for dementia with the adult-day aide: walking the Westbrook loop with a rollator and a walking partner, cues to stop at the doors; shuffling gait; distance and assistance; "97116 — 20 min" matches: passes.
        ["vord-h125-hmm-pta-97116-westbrook-loop"] = new(
            """
            Harborlight Memory and Movement — Westbrook Adult Day, therapy room
            Patient: Cecil Nason    Care partner: adult-day aide
            97116 — 20 min
            Gait training with the rollator on the Westbrook loop, stopping at each set of doors and backing up to a chair to sit; cues for upright trunk and lifting the feet.
            Deficit: shuffling steps and a flexed trunk with the Lewy body dementia; he walks into the door frames.
            Data: 450 ft with the rollator SBA; 3 of 4 doors stopped without a cue.
            Care partner trained: the aide walked on his R and gave the stop cue.
            W. Brannigan, PTA
            """,
            ["G31.83", "F02.80"], [PTA("97116", 20)], []),

        // HMM two codes "97112 — 23 min" and "97530 — 15 min": one-on-one; perturbations and turning strategy; floor recovery; freezing and hip weakness; pull test and assistance: passes.
        ["vord-h125-hmm-97112-and-97530"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            One-on-one (Y/N): Y
            97112 — 23 min
            Patient trained: perturbations in standing, forward and back; turning strategy with a wide arc and a count.
            Deficit: retropulsion and freezing on turns.
            Data: pull test 3 steps; 360-degree turn 9 steps.
            97530 — 15 min
            Patient trained: floor recovery from side-sit to the chair by back-chaining, husband guarding.
            Deficit: hip and trunk weakness, can't get up after a fall.
            Data: side-sit to chair CGA x2.
            H. Tanabe, PT
            """,
            ["G20.A1", "R29.6"], [PT("97112", 23), PT("97530", 15)], []),

        // HMM OT 97530 for Lewy body dementia: kitchen task (making toast and carrying the plate) with visual cues; visual-spatial and sequencing deficits; assistance and cue count; "97530 — 21 min" matches: passes.
        ["vord-h125-hmm-ot-lewy-body-kitchen"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            Patient: Harold Bickford    Care partner: wife Irene
            97530 — 21 min
            Patient trained: making toast and carrying the plate to the table, with high-contrast tape on the counter edge and the table.
            Deficit: visual-spatial misjudgment and poor sequencing with the Lewy body dementia; he sets the plate down short of the table.
            Data: task with SBA and 2 verbal cues; plate carried 10 ft without a spill.
            C. Arsenault, OTR/L
            """,
            ["G31.83", "F02.80"], [OT("97530", 21)], []),

        // TVH 97112 after a stroke with sternal precautions taught (CABG last year): 1:1; PNF and step-stance perturbations; motor control; Berg; "97112 — 22 min" matches: passes.
        ["vord-h125-tvh-sternal-precautions-taught"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Solveig Haugen, PT, DPT, NCS
            97112 — 22 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: PNF D1 patterns of the L leg in standing; perturbations in step stance; stepping to targets without using the arms on the rail.
            Impairment: L leg motor control and delayed stepping after the R MCA stroke.
            Objective: Berg 43/56; 6 of 10 targets hit without a hand.
            EDUCATION
            Learner | Method | Response
            Patient | verbal + written | sternal precautions from the CABG reviewed (no pushing up with the arms), verbalized understanding
            """,
            ["I69.354", "Z95.1"], [PT("97112", 22)], []),

        // SHPO complete 97110 for a knee with a printed handout and a QR code; doses; R patellofemoral pain with quad weakness; "97110 (20 min)" matches: passes.
        ["vord-h125-shpo-patellofemoral-97110"] = new(
            """
            Sawtooth Home Program Orthopedics — Eagle
            HEP: [ ] reviewed [ ] progressed [x] new [x] printed — QR code on the handout
            Code / time: 97110 (20 min)
            Performed in clinic: Spanish squats with the strap 3 x 45 sec, TKE with the blue band 3x15, step-downs off the 4 inch step 3x10, side planks 3 x 20 sec.
            Target: R patellofemoral pain with quad and hip weakness; the river floater's knee aches climbing the bank.
            K. Ashdown, PTA
            """,
            ["M22.2X1"], [PTA("97110", 20)], []),

        // SHPO complete 97110 sent with no diagnosis: diagnosis missing only.
        ["vord-h125-shpo-complete-no-diagnosis"] = new(
            """
            Sawtooth Home Program Orthopedics — Meridian
            Code / time: 97110 (19 min)
            Performed in clinic: rows 20 lb 3x12, lat pull-downs 30 lb 3x10, prone Ys 2x10.
            Target: mid-back and scapular weakness, slumping at the warehouse terminal.
            """,
            [], [PT("97110", 19)], [Dx]),

        // HMM complete 97112 whose diagnosis was typed with a letter O for a zero ("G2O.A1"): diagnosis missing only.
        ["vord-h125-hmm-letter-o-for-zero-diagnosis"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            One-on-one (Y/N): Y
            97112 — 22 min
            Patient trained: reactive stepping to nudges; stepping over the laser-cane line.
            Deficit: freezing at thresholds and backward loss of balance.
            Data: pull test 3 steps; 7 of 10 thresholds without a freeze.
            W. Brannigan, PTA
            """,
            ["G2O.A1"], [PTA("97112", 22)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
