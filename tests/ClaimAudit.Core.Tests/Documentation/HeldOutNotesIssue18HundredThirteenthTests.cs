using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-thirteenth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07) is a random week of notes organised as outlines and numbered structures — Roman-numeral
/// outlines (I. SUBJECTIVE, II. OBJECTIVE, III. ASSESSMENT, IV. PLAN with A./B./1./a./i. beneath them), legal-style
/// numbering (1., 1.1, 2.1(a), 3.1(b)), numbered problem lists and goal lists ("Problem #2", "Goal #4 (recover 8 of 10
/// perturbations)", "STG A"), nested bullets and sub-bullets indented with spaces and tabs and marked with dashes, "o"
/// and "▪", numbered interventions whose numbers, section numbers, field numbers and goal numbers sit next to the billed
/// minutes ("3.2 NMR (97112) – 24 min", "Intervention 2 of 3: Gait training (97116), 18 min", "05a CPT: 97112  06a Min:
/// 23", "A. NMR (97112) — see Goal #3"), page and step numbers ("refer to POC page 2", "protocol NMR-3, steps 1 to 4")
/// and dates in outline headings ("I. SUBJECTIVE (03/04/2026)") — about two thirds ordinary and complete (63 of 100),
/// single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to two in a visit, a PT's and an OT's code on
/// one visit), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a hospital system whose documentation policy requires a numbered outline ("Tri-Rivers Health Outpatient
/// Rehabilitation", TRH: the 5th Avenue clinic in Huntington, West Virginia, and clinics in Ironton, Ohio and Ashland,
/// Kentucky; policy RH-DOC-07's Roman-numeral outline with lettered and numbered items, "[ ] Individual [ ] Concurrent
/// [ ] Group" delivery rows, "☒ Problem list reviewed", "Intervention 1 of 3" lines and dated headings): Marisol Queen
/// (PT, DPT, NCS), Dwight Fultz (PT), Tamara Click (PTA) and Renee Adkins (OTR/L); a towboat deckhand, a retired
/// C&amp;O brakeman, a church-choir singer, a Marshall University groundskeeper, a coal-truck driver, a retired river
/// pilot, a tool-and-die maker at his home lathe, a man on a barge shift and a daughter who sat in;</item>
/// <item>a consultant-run practice whose notes read like reports, in numbered paragraphs and clauses ("Prescott &amp;
/// Lyle Rehabilitation Consultants", P&amp;L: the Canal Park office in Duluth, Minnesota and an office in Superior,
/// Wisconsin; "Treatment report" headings, "1. Background / 2. Findings / 3. Intervention / 4. Measures", clauses
/// "3.2(a)", lettered "Para. A — …" paragraphs, "The session was delivered on an individual basis throughout",
/// "[not completed]" and tab-indented clauses): Dr. Anselm Prescott (PT, DPT, OCS, principal), Harriet Lyle (PT, MSc),
/// Joel Nyberg (PTA) and Siobhan Kerrigan (OTR/L); an ore-dock foreman and an ore-dock electrician, a lake-ferry
/// captain, a charter-boat operator, a sauna builder, a hockey coach, a cross-country ski coach, a taconite-plant
/// millwright, a curling-club icemaker, a snowplough dispatcher, a commercial fisherman mending gill nets and a husband
/// also on caseload;</item>
/// <item>a chain whose daily-note template numbers every field ("StrideLine Physical Therapy", SLPT: clinics on Speedway
/// in Tucson, in Sierra Vista and in Nogales, Arizona; "SL Daily Note Form 12" with fields "01 Patient", "02 DOS", "03
/// Clinician", "05 CPT", "06 Minutes", "09 Technique", "10 Deficit", "11 Measure", "12 Delivery", "15 Goal status",
/// "20 Signature", lettered pairs "05a/06a", "1:1 Y / N: Y", and blank lines "____"): Lorenzo Ybarra (PT), Priya
/// Venkataraman (PT, DPT, LSVT BIG certified), Kimberly Hatch (PTA) and Dolores Pacheco (OTR/L); a Sabino Canyon
/// hiker, a copper-mine haul-truck driver, a farrier lifting a saddle, a girl with scoliosis, tortillas on the comal,
/// a pickup cab and a cooler, and the mercado steps in Nogales.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads outlined and numbered notes, applying
/// the contract to what the text says and where it says it: a section, clause, field, goal, intervention, step or page
/// number is a label and never minutes or a measure, a code's minutes are read where the writer put them in the outline
/// (in its item, its heading or its field pair), an unticked box row, a blank "____", a dash, "[not completed]", "see
/// flowsheet", "per eval" and "refer to POC page 2" state nothing, and a goal's target is not a measured result:
/// <list type="bullet">
/// <item>class 1 (v1-h113-…): one-on-one in these writers' own words ("II.C. Delivery: 1:1 for the whole NMR block —
/// his daughter sat in on the session", "3.1 The session was delivered on an individual basis throughout; no other
/// client was present", "12 Delivery: one-on-one, Lorenzo and pt only", "1:1 — DPT student observed only", a
/// sub-bullet "o one on one, no other clients in the gym"), notes that negate it ("concurrent — Mr. Blevins on the
/// adjacent mat ran the same stations with me", a client sharing the session with her husband also on caseload, "2 pts
/// — alternated with the pt at station 4") or never state it (a complete Roman outline with no delivery line, a
/// consultant's report), and the codes without a one-on-one check: an OT's 97530 in a kitchen group and a PTA's 97110
/// beside another patient on the bike;</item>
/// <item>class 2 (v2-h113-…): checkbox and blank-field states in outlines and forms: "[ ] Individual [ ] Concurrent
/// [ ] Group" unticked and "[X] Individual" ticked, "1:1 Y / N: Y" and "1:1 Y / N: ____", "10 Deficit: ____________",
/// "B. Technique: —", "Para. D — Outcome measures: [not completed]", "4. Delivery: [not completed]", "09 Technique: see
/// flowsheet", "☑ Individual ☐ Group", a ticked "☒ Problem list reviewed" over a numbered problem list that states the
/// deficit, unrelated numbered fields left "____", and "Berg ___/56 TUG ___ sec" blank beside a filled perturbation
/// count;</item>
/// <item>class 3 (v3-h113-…): named programmes and methods as techniques (Frenkel exercises, LSVT BIG maximal daily
/// movements, Mulligan SNAGs, the Otago strength set, Schroth rotational angular breathing and corrections, the motor
/// relearning programme for sit to stand, mirror therapy), a hospital protocol's number and steps ("Per hospital
/// protocol NMR-3, steps 1 to 4") as the only technique, the McGill curl-up, side plank and bird dog with no dose, and
/// sensory reintegration with "10 Deficit: per eval";</item>
/// <item>class 4 (v4-h113-…): deficits stated as findings (a knee that snaps back at the lathe, a woman who holds the
/// wall to turn in the shower, a man who cannot feel the ladder rungs at the ore dock, a toe that drags on the church
/// carpet, a loss of balance at the top pantry shelf, a shoulder that stops short at the seatbelt, fourteen steps to an
/// apartment) and notes that state none ("III. ASSESSMENT: no new impairments identified", "10 Deficit: refer to POC
/// page 2", "1. Findings: as per the initial assessment report of 2 February");</item>
/// <item>class 5 (v5-h113-…): measures in every usual form (mCTSIB as four nested conditions in seconds, "Goal #4
/// (recover 8 of 10 perturbations without a step): today 9 of 10", gait speed and Mini-BESTest in numbered paragraphs,
/// doses in "i./ii." sub-bullets, distance and assistance for gait, grip pounds and buttons for 97530) and notes with
/// none ("Objective measures: deferred to progress note", "progressing toward STG A and LTG B", "Measures to be repeated
/// at re-assessment", "Distance and assist not recorded", "looks steadier; the client agrees");</item>
/// <item>class 6 (v6-h113-…): minutes beside section, field, intervention and goal numbers ("3.2 NMR (97112) – 24 min",
/// Roman headings "B. Therapeutic Exercise (97110) — 15 minutes" under a dated "II. OBJECTIVE (03/04/2026)", "05a CPT:
/// 97112  06a Min: 23", "Intervention 2 of 3: Gait training (97116), 18 min", a clock range "05 CPT/time: 97116,
/// 1402–1425", tab-indented clauses "3.1(a) 97112 — 22 min", a PT's and an OT's section each with its minutes, "▪ 97110
/// — 14 min" bullets) and true mismatches ("2.1 NMR (97112) — 30 min" on 18, "06 Minutes: 12" on 24, "Intervention 1
/// of 2 — … (97110) (25 min)" on 14) and truly missing separate time ("A. NMR (97112) — see Goal #3" beside a 97110 with
/// its minutes, "06 Total timed: 38", "5. Total treatment time 36 minutes");</item>
/// <item>class 7 (v7-h113-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty two-code note, an outline's tabs and spaces with nothing typed, an empty OT note with no diagnosis),
/// the contract's meanings for 97110 (hinges, goblet squats and farmer carries), 97530 (a pickup cab and a cooler;
/// commode transfers and the dryer), 97140 (lumbar PA glides and a rotation mobilisation) and 97116 (rollator to cane on
/// a ramp and a curb), and wholly generic notes: a Roman outline of "Pt reports doing OK / Ther ex per flowsheet /
/// Tolerated well / Continue POC" and a lettered report of "Balance training delivered per plan";</item>
/// <item>ordinary (vord-h113-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), with their page numbers, dated headings, numbered clauses and field numbers, and the ordinary weak ones: a
/// complete note with no diagnosis, a claim whose diagnosis was exported as the problem-list label "Problem #1", and a
/// PTA's numbered paragraph of 30 minutes on a 19-minute line.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — daughters, a wife, a husband also on
/// caseload (a patient), a DPT student (staff), the patient at station 4 and Mr. Blevins on the adjacent mat (patients),
/// section, clause, field, item, intervention, problem, goal, page, step and protocol numbers, dates of service and of an
/// initial report, ages, a time of the church service, step and hurdle heights in inches, loads in pounds, band
/// colours, reach in centimetres, degrees, percentages of weight bearing, gait speeds, numbers of stairs, tortillas,
/// knots, cans, buttons and trips — and each is written so that a reviewer cannot take it for a billed code's
/// minutes; a code's minutes are written next to the code ("3.2 NMR (97112) – 24 min", "(97112): 23 minutes", "05 CPT:
/// 97112  06 Minutes: 22", "05a CPT: 97112  06a Min: 23"), in its item's or block's heading, or as a clock range on the
/// code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the two that give the visit a
/// total ("06 Total timed: 38", "5. Total treatment time 36 minutes"); notes failed for want of a measure carry no
/// number but their code and its minutes (their outlines are lettered and Roman, their paragraphs "Para. A").
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes the
/// measure check only on an objective measure with a number and fails it only when the note has no number but its
/// code and its minutes; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a
/// measure. One-on-one is judged on the billed minutes: a family member, caregiver, student or staff member in the room
/// does not undo a one-on-one statement, another patient treated in the same block does, and a therapist attending
/// someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the outlines that could honestly be read either way: a goal's target as the only number
/// ("Goal #2: tandem 30 sec" with no result for today), a section or item number written against the minutes with
/// nothing between them ("2.1 24 min"), an outline of headings with nothing typed under any of them (whether that is an
/// empty note), a one-on-one line placed under one code's item in a two-code outline, minutes written only in a
/// parent heading that covers two codes, a numbered list of codes whose minutes sit in a second numbered list, and a
/// field number that could be read as a count in the same field ("11 Measure: 11").
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 73 of 100 cases agree (98 needed), and 20 of the 63 notes the reviewer passes got a finding, on the analyzer of 3940f40 (the start of the 2026-12-07 eighteenth session, before any change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 100 of 100, no false positive — a form that numbers every field ("05 CPT: 97112    06 Minutes: 24", "10 Deficit:", "05a/06a") read without its field numbers, which had been taken for minutes.</para>
/// </summary>
public class HeldOutNotesIssue18HundredThirteenthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these writers' own words, negated, unstated

        // TRH Huntington Roman-numeral outline, "II.C. Delivery: 1:1 for the whole NMR block — his daughter sat in on the session" (family, not a patient); perturbations on the foam, tandem with head turns, stepping over the mop handle; delayed ankle strategy; Berg and perturbation count; "II.B. Neuromuscular re-education (97112) — 24 min" matches: passes.
        ["v1-h113-trh-daughter-sat-in"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            Daily Note (outline per policy RH-DOC-07)
            I. SUBJECTIVE (03/04/2026)
               A. Pt is a towboat deckhand, 52 y/o; reports two near-falls stepping over deck cleats this winter.
            II. OBJECTIVE
               A. Problem addressed: delayed ankle strategy and postural sway, worse to the L.
               B. Neuromuscular re-education (97112) — 24 min
                  1. Perturbations at the pelvis standing on the foam pad, four directions.
                  2. Tandem walking along the rail with head turns.
                  3. Stepping over the mop handle without looking down.
               C. Delivery: 1:1 for the whole NMR block — his daughter sat in on the session.
               D. Measures: Berg 46/56 (41 at eval); recovered 8 of 10 perturbations with one step.
            III. ASSESSMENT
               A. Sway down, steps quicker.
            IV. PLAN
               A. Continue NMR 2x/wk.
            — Marisol Queen, PT, DPT, NCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // P&L consultant report, "3.1 The session was delivered on an individual basis throughout; no other client was present" (one-on-one in a report's words); PNF D1 and D2 with rhythmic stabilisation, foam stance; trunk and hip motor control after a cerebellar stroke; SARA and Berg; "3.2 Neuromuscular re-education (97112): 23 minutes" matches: passes.
        ["v1-h113-pl-individual-basis-throughout"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — CANAL PARK, DULUTH
            Treatment report, 4 March 2026. Client: Mr. G. Haugen, ore-dock foreman (retired), age 71.
            1. Background
            1.1 Referred after a R cerebellar stroke in November.
            2. Findings
            2.1 Trunk and L hip motor control are poor; he overshoots reaching and widens his base to turn.
            3. Intervention
            3.1 The session was delivered on an individual basis throughout; no other client was present.
            3.2 Neuromuscular re-education (97112): 23 minutes.
            3.2(a) PNF D1 and D2 lower-extremity patterns with rhythmic stabilisation at the trunk.
            3.2(b) Foam stance with reaching to targets outside the base of support.
            4. Measures
            4.1 SARA 9/40 (12 at initial assessment). Berg 43/56.
            A. Prescott, PT, DPT, OCS
            """,
            ["I69.393", "R27.0"], [PT("97112", 23)], []),

        // SLPT Tucson numbered form, "12 Delivery: one-on-one, Lorenzo and pt only" beside "05 CPT: 97112  06 Minutes: 22" (field numbers beside the minutes); rocker board, foam stance with ball tosses, lateral perturbations; L ankle proprioception; rocker seconds and SLS seconds: passes.
        ["v1-h113-slpt-field-12-one-on-one"] = new(
            """
            StrideLine Physical Therapy — Tucson (Speedway) — SL Daily Note Form 12
            01 Patient: Reyes, Armando    02 DOS: 03/04/2026    03 Clinician: L. Ybarra, PT
            05 CPT: 97112    06 Minutes: 22
            09 Technique: rocker board A/P and M/L eyes closed; foam stance with ball tosses; lateral perturbations at the shoulders
            10 Deficit: L ankle proprioception after the inversion sprain on a Sabino Canyon trail
            11 Measure: rocker board 16 sec without edge touch (9 sec last week); SLS L on foam 11 sec
            12 Delivery: one-on-one, Lorenzo and pt only
            20 Signature: L. Ybarra, PT
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // TRH Ironton: "II.C. Delivery: concurrent — Mr. Blevins on the adjacent mat ran the same stations with me" — another patient treated in the block: one-on-one missing; otherwise complete (foam perturbations, tandem, cone step-overs; somatosensory loss in the feet; Berg).
        ["v1-h113-trh-concurrent-adjacent-mat"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE (03/04/2026)
               A. Retired C&O brakeman; says his feet feel like they're wrapped in cotton.
            II. OBJECTIVE
               A. Neuromuscular re-education (97112) — 23 min
                  1. Perturbations on the foam, eyes open then closed.
                  2. Tandem walking and stepping over cones.
               B. Impairment: somatosensory loss in both feet (diabetic neuropathy), sways with eyes closed.
               C. Delivery: concurrent — Mr. Blevins on the adjacent mat ran the same stations with me.
               D. Berg 42/56.
            III. ASSESSMENT: unchanged.
            IV. PLAN: continue.
            — Dwight Fultz, PT
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // P&L Superior office: "3.1 The client shared the session with a second client (her husband, also on caseload), the two alternating on the balance stations" — another patient: one-on-one missing; otherwise complete (perturbations, foam, head-turn walking; vestibular hypofunction; DGI).
        ["v1-h113-pl-shared-with-husband-on-caseload"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — SUPERIOR WI
            Treatment report, 4 March 2026. Client: Mrs. D. Lindahl.
            1. Findings
            1.1 L vestibular hypofunction; unsteady turning her head in the grocery aisles.
            2. Intervention
            2.1 Neuromuscular re-education (97112): 24 minutes.
            2.1(a) Gaze-stabilisation X1 viewing, walking with head turns, foam stance with perturbations.
            3. Delivery
            3.1 The client shared the session with a second client (her husband, also on caseload), the two alternating on the balance stations.
            4. Measures
            4.1 DGI 17/24.
            H. Lyle, PT, MSc
            """,
            ["H81.22"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // SLPT Sierra Vista PTA: "12 Delivery: 2 pts — alternated with the pt at station 4" — another patient: one-on-one missing; otherwise complete (BAPS, foam marching, tandem; R ankle proprioception; BAPS level and SLS seconds).
        ["v1-h113-slpt-pta-alternated-station-4"] = new(
            """
            StrideLine Physical Therapy — Sierra Vista — SL Daily Note Form 12
            01 Patient: Tso, Bernadette    03 Clinician: K. Hatch, PTA
            05 CPT: 97112    06 Minutes: 22
            09 Technique: BAPS board level 3 clockwise and counter; foam marching; tandem stance at the counter
            10 Deficit: R ankle proprioception after the fibula fracture
            11 Measure: SLS R 9 sec on the floor; BAPS level 3 without hand hold
            12 Delivery: 2 pts — alternated with the pt at station 4
            """,
            ["S82.401D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // TRH Ashland complete outline with no delivery line and nothing saying one-on-one or individual: not stated; clock stepping, backward walking, perturbations; retropulsion and slow backward steps in Parkinson's; pull test and TUG; heading 23 matches.
        ["v1-h113-trh-no-delivery-line"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — ASHLAND KY
            I. SUBJECTIVE (03/04/2026): sings in the church choir; worries about stepping back off the riser.
            II. OBJECTIVE
               A. Neuromuscular re-education (97112) — 23 min
                  1. Clock stepping to called numbers.
                  2. Backward walking with cues for big steps.
                  3. Posterior perturbations at the shoulders.
               B. Impairment: retropulsion and slow backward stepping (Parkinson's).
               C. Pull test: 3 steps to recover (5 at eval). TUG 13.1 sec.
            III. ASSESSMENT: improving.
            IV. PLAN: continue 2x/wk.
            — Marisol Queen, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // P&L report with numbered paragraphs that never say how the client was seen: not stated; Frenkel-style stepping to floor targets, foam tandem, perturbations; ataxic gait; SARA and tandem steps; "2.1 … (97112): 22 minutes" matches.
        ["v1-h113-pl-delivery-never-stated"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — CANAL PARK, DULUTH
            Treatment report, 4 March 2026. Client: Mr. P. Rask, lake-ferry captain.
            1. Findings
            1.1 Ataxic gait with a wide base and poor timing of foot placement.
            2. Intervention
            2.1 Neuromuscular re-education (97112): 22 minutes.
            2.1(a) Stepping to floor targets at a metronome beat; foam tandem stance; perturbations at the hips.
            3. Measures
            3.1 SARA 11/40; 7 consecutive tandem steps (4 at initial assessment).
            A. Prescott, PT, DPT
            """,
            ["R27.0"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SLPT OT 97530 "in the kitchen group with 2 other pts" (97530 has no one-on-one check); standing at the counter to make tortillas and carrying the comal to the stove; L hemiparesis and standing tolerance; counts and assist; "06 Minutes: 24" matches: passes.
        ["v1-h113-slpt-ot-kitchen-group-97530"] = new(
            """
            StrideLine Physical Therapy — Nogales — SL Daily Note Form 12
            01 Patient: Quiroz, Esperanza    03 Clinician: D. Pacheco, OTR/L
            05 CPT: 97530    06 Minutes: 24
            09 Technique: standing at the counter rolling tortillas, carrying the comal from the sink to the stove, reaching to the upper cabinet
            10 Deficit: L hemiparesis with poor standing tolerance and a weak L grasp
            11 Measure: 12 tortillas rolled standing, comal carried 3 trips with SBA
            12 Delivery: in the kitchen group with 2 other pts
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // TRH PTA 97110 "with another pt on the recumbent bike next to us" (97110 has no one-on-one check); leg press, step-ups, bridges with doses; R quad weakness after a knee replacement; heading 19 matches: passes.
        ["v1-h113-trh-pta-97110-another-pt-on-the-bike"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE (03/04/2026): groundskeeper; stairs to the press box are hard.
            II. OBJECTIVE
               A. Therapeutic exercise (97110) — 19 min, with another pt on the recumbent bike next to us
                  1. Leg press 70 lb 3x12.
                  2. Step-ups onto the 8 inch box 3x10.
                  3. Bridges 3x15.
               B. Impairment: R quad weakness after the R TKA.
            III. ASSESSMENT: stronger on the step.
            — Tamara Click, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 19)], []),

        // SLPT Tucson: "12 Delivery: 1:1 — DPT student observed only" (staff, not a patient); perturbations, foam head turns, stepping over hurdles; vestibular and postural deficits after a concussion; DGI and FGA; "06 Minutes: 23" matches: passes.
        ["v1-h113-slpt-student-observed-only"] = new(
            """
            StrideLine Physical Therapy — Tucson (Speedway) — SL Daily Note Form 12
            01 Patient: Ochoa, Luis    03 Clinician: P. Venkataraman, PT, DPT
            05 CPT: 97112    06 Minutes: 23
            09 Technique: walking with horizontal and vertical head turns; foam stance with perturbations; stepping over hurdles while naming colours
            10 Deficit: vestibular and postural control deficits after the concussion, veers with head turns
            11 Measure: DGI 19/24; FGA 21/30
            12 Delivery: 1:1 — DPT student observed only
            """,
            ["S06.0X0D", "H81.399"], [PT("97112", 23)], []),

        // P&L PTA, nested sub-bullet "o one on one, no other clients in the gym" under the NMR item; half-kneel rhythmic stabilisation, foam step-ups, reactive steps; R knee proprioception after an ACL repair; Y-balance and hop count; "(97112) — 21 minutes" matches: passes.
        ["v1-h113-pl-pta-sub-bullet-one-on-one"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — SUPERIOR WI
            Session note, 4 March 2026. Client: Ms. K. Saari, high-school hockey coach. J. Nyberg, PTA.
            1. Neuromuscular re-education (97112) — 21 minutes
                - half-kneel rhythmic stabilisation
                - foam step-ups with a reactive step off the pad
                    o one on one, no other clients in the gym
            2. Problem: R knee proprioception and giving way on the ice after the ACL reconstruction.
            3. Y-balance anterior reach R 58 cm (L 64 cm); 10 of 10 single-leg hops stuck.
            """,
            ["S83.511D"], [PTA("97112", 21)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states in numbered outlines and forms

        // TRH box row with nothing ticked ("C. Delivery: [ ] Individual [ ] Concurrent [ ] Group") and nothing else on delivery: not stated; otherwise complete (rocker board, foam perturbations, tandem; R ankle proprioception; rocker seconds and Berg); heading 22 matches.
        ["v2-h113-trh-delivery-row-none-ticked"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE (03/04/2026): coal-truck driver, rolled the R ankle stepping down from the cab.
            II. OBJECTIVE
               A. Neuromuscular re-education (97112) — 22 min
                  1. Rocker board A/P eyes closed.
                  2. Foam stance with perturbations at the pelvis.
                  3. Tandem walking on the line.
               B. Impairment: R ankle proprioception.
               C. Delivery: [ ] Individual [ ] Concurrent [ ] Group
               D. Rocker board 12 sec without an edge touch; Berg 51/56.
            IV. PLAN: continue.
            — Dwight Fultz, PT
            """,
            ["S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // TRH box row with Individual ticked ("[X] Individual [ ] Concurrent [ ] Group"); gaze stabilisation X1, head-turn walking, foam with eyes closed; L vestibular hypofunction; DGI and CTSIB seconds; heading 23 matches: passes.
        ["v2-h113-trh-delivery-individual-ticked"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — ASHLAND KY
            I. SUBJECTIVE (03/04/2026): dizzy turning to check the grandkids in the back seat.
            II. OBJECTIVE
               A. Neuromuscular re-education (97112) — 23 min
                  1. Gaze stabilisation X1 viewing, seated then standing.
                  2. Walking the hall with head turns.
                  3. Foam stance with eyes closed.
               B. Impairment: L vestibular hypofunction with motion-provoked dizziness.
               C. Delivery: [X] Individual [ ] Concurrent [ ] Group
               D. DGI 18/24; mCTSIB foam eyes closed 14 sec (6 at eval).
            — Marisol Queen, PT, DPT, NCS
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // SLPT "12 Delivery — 1:1 Y / N: Y" answered; perturbations, Airex tandem, stepping over the hurdle row; postural control after a fall in the copper-mine parking lot; Berg and TUG; "06 Minutes: 24" matches: passes.
        ["v2-h113-slpt-one-on-one-y-answered"] = new(
            """
            StrideLine Physical Therapy — Sierra Vista — SL Daily Note Form 12
            01 Patient: Dalby, Wren    03 Clinician: L. Ybarra, PT
            05 CPT: 97112    06 Minutes: 24
            09 Technique: perturbations in standing, Airex tandem stance, stepping over the hurdle row
            10 Deficit: postural control and a late stepping response after the fall in the mine parking lot
            11 Measure: Berg 47/56; TUG 11.4 sec
            12 Delivery — 1:1 Y / N: Y
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // SLPT "12 Delivery — 1:1 Y / N: ____" left blank and nothing else on delivery: not stated; otherwise complete (rocker board, foam reaches, perturbations; L knee proprioception; Y-balance).
        ["v2-h113-slpt-one-on-one-y-n-blank"] = new(
            """
            StrideLine Physical Therapy — Tucson (Speedway) — SL Daily Note Form 12
            01 Patient: Garnica, Tomás    03 Clinician: P. Venkataraman, PT, DPT
            05 CPT: 97112    06 Minutes: 23
            09 Technique: rocker board M/L, single-leg foam reaches to cones, perturbations in a split stance
            10 Deficit: L knee proprioception after the meniscus repair
            11 Measure: Y-balance anterior L 61 cm, R 67 cm
            12 Delivery — 1:1 Y / N: ____
            """,
            ["S83.242D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SLPT "10 Deficit: ____________" left blank and nothing else names a deficit, system or body region: deficit missing; one-on-one, rocker board, foam perturbations and tandem, and Berg present.
        ["v2-h113-slpt-deficit-field-blank"] = new(
            """
            StrideLine Physical Therapy — Nogales — SL Daily Note Form 12
            01 Patient: Ruelas, Maricela    03 Clinician: L. Ybarra, PT
            05 CPT: 97112    06 Minutes: 22
            09 Technique: rocker board eyes closed, foam stance with perturbations, tandem walking with head turns
            10 Deficit: ____________
            11 Measure: Berg 45/56; 7 of 10 perturbations recovered without a step
            12 Delivery: 1:1, only pt in the gym
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // TRH "B. Technique: —" left as a dash and nothing else names a technique: technique missing; one-on-one, deficit (R ankle proprioception and late hip strategy) and Berg present, no generic phrase.
        ["v2-h113-trh-technique-dash"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE (03/04/2026): no falls since last visit.
            II. OBJECTIVE
               A. Neuromuscular re-education (97112) — 21 min
               B. Technique: —
               C. Impairment: R ankle proprioception and a late hip strategy on uneven ground.
               D. Delivery: one-on-one, Dwight and pt only.
               E. Berg 49/56.
            — Dwight Fultz, PT
            """,
            ["R26.81"], [PT("97112", 21)], [At(Tech, "97112")]),

        // P&L lettered report whose measure paragraph reads "Outcome measures: [not completed]" and no number but the code and its minutes: measure missing; one-on-one, foam perturbations, head-turn walking, stepping over obstacles; vestibular and postural deficits present.
        ["v2-h113-pl-outcome-measures-not-completed"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — CANAL PARK, DULUTH
            Treatment report. Client: Mrs. R. Kangas.
            Para. A — Findings: unsteady on the icy sidewalk, vestibular hypofunction on the R with poor postural control in the dark.
            Para. B — Intervention: neuromuscular re-education (97112) — 23 minutes: foam stance with perturbations, walking with head turns, stepping over obstacles.
            Para. C — Delivery: one-on-one with the consultant throughout.
            Para. D — Outcome measures: [not completed]
            H. Lyle, PT, MSc
            """,
            ["H81.21"], [PT("97112", 23)], [At(Measure, "97112")]),

        // P&L "4. Delivery: [not completed]" and nothing else on delivery: not stated; otherwise complete (PNF rhythmic stabilisation, foam stepping, perturbations; L hip motor control after a hip fracture; Berg).
        ["v2-h113-pl-delivery-not-completed"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — SUPERIOR WI
            Treatment report, 4 March 2026. Client: Mr. E. Niemi, sauna builder.
            1. Findings: poor L hip motor control, Trendelenburg on the L, late stepping to the L after the hip fracture.
            2. Intervention — neuromuscular re-education (97112): 22 minutes.
            2.1 PNF rhythmic stabilisation in standing; foam stepping; lateral perturbations.
            3. Measures: Berg 44/56.
            4. Delivery: [not completed]
            A. Prescott, PT, DPT
            """,
            ["S72.002D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SLPT "09 Technique: see flowsheet" and the flowsheet is not in the note; nothing else names a technique: technique missing; one-on-one, deficit (postural control after a stroke) and Berg present, no generic phrase.
        ["v2-h113-slpt-technique-see-flowsheet"] = new(
            """
            StrideLine Physical Therapy — Tucson (Speedway) — SL Daily Note Form 12
            01 Patient: Holm, Greta    03 Clinician: P. Venkataraman, PT, DPT
            05 CPT: 97112    06 Minutes: 24
            09 Technique: see flowsheet
            10 Deficit: postural control and R hip recruitment after the L MCA stroke
            11 Measure: Berg 40/56
            12 Delivery: 1:1
            """,
            ["I69.351"], [PT("97112", 24)], [At(Tech, "97112")]),

        // TRH "☒ Problem list reviewed" above a numbered problem list ("Problem #1: L ankle proprioception — Goal #1") that states the deficit; BAPS and foam perturbations; Berg; individual; heading 22 matches: passes.
        ["v2-h113-trh-problem-list-box-ticked"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE (03/04/2026): mows the cemetery on a slope and rolled the L ankle.
            II. OBJECTIVE
               ☒ Problem list reviewed
                  Problem #1: L ankle proprioception — Goal #1
                  Problem #2: reduced confidence on slopes — Goal #2
               A. Neuromuscular re-education (97112) — 22 min
                  1. BAPS board level 4.
                  2. Foam stance with perturbations at the shoulders.
               B. Delivery: treated individually, one-on-one.
               C. Berg 52/56; SLS L 14 sec.
            — Tamara Click, PTA
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // SLPT complete note with unrelated numbered fields left blank ("14 Next appt: ____", "16 HEP link: ____", "18 Co-sign: ____"); 1:1; perturbations, foam tandem, obstacle course; somatosensory loss in the feet; 4-square step and Berg; "06 Minutes: 23" matches: passes.
        ["v2-h113-slpt-unrelated-fields-blank"] = new(
            """
            StrideLine Physical Therapy — Sierra Vista — SL Daily Note Form 12
            01 Patient: Whitehorse, Della    03 Clinician: L. Ybarra, PT
            05 CPT: 97112    06 Minutes: 23
            09 Technique: perturbations on the foam, foam tandem, obstacle course over a hose and a step
            10 Deficit: somatosensory loss in both feet, sways in the dark
            11 Measure: Four Square Step Test 14.2 sec; Berg 46/56
            12 Delivery: 1:1 with Lorenzo
            14 Next appt: ____
            16 HEP link: ____
            18 Co-sign: ____
            """,
            ["G62.9", "R26.81"], [PT("97112", 23)], []),

        // TRH "D. Berg ___/56   TUG ___ sec" left blank but "E. Recovered 8 of 10 perturbations" filled: a measure with a number in the filled part; one-on-one, perturbations and foam; postural control; heading 24 matches: passes.
        ["v2-h113-trh-berg-blank-perturbations-filled"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — ASHLAND KY
            I. SUBJECTIVE (03/04/2026): retired river pilot, lost his footing on the dock ramp.
            II. OBJECTIVE
               A. Neuromuscular re-education (97112) — 24 min
                  1. Perturbations at the pelvis on the foam, then the floor.
                  2. Step-and-hold onto the foam pad.
               B. Impairment: postural control, slow reactive stepping.
               C. Delivery: 1:1 for the full NMR time.
               D. Berg ___/56   TUG ___ sec
               E. Recovered 8 of 10 perturbations with a single step.
            — Marisol Queen, PT, DPT
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // P&L box row "Delivery: ☑ Individual ☐ Group" ticked; Cawthorne-Cooksey style head and eye movements in sitting and standing; L vestibular loss; DGI; "(97112): 22 minutes" matches: passes.
        ["v2-h113-pl-individual-box-ticked"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — CANAL PARK, DULUTH
            Treatment report, 4 March 2026. Client: Mr. J. Stavros, cross-country ski coach.
            1. Findings: L vestibular loss; dizzy and unsteady on head turns on the trail.
            2. Neuromuscular re-education (97112): 22 minutes — head and eye movements in sitting then standing, walking with head turns, ball toss overhead.
            3. Delivery: ☑ Individual ☐ Group
            4. Measures: DGI 20/24 (16 at initial assessment).
            A. Prescott, PT, DPT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // TRH Frenkel exercises for ataxia (heel-slides to targets in supine, stepping to floor marks at a count); cerebellar ataxia with dysmetria; SARA and foot-placement accuracy; "B.1 NMR (97112) — 23 min"; individual: passes.
        ["v3-h113-trh-frenkel-exercises"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE (03/04/2026): feet "land wherever they want."
            II. OBJECTIVE
               B. Interventions
                  B.1 NMR (97112) — 23 min
                     a. Frenkel exercises: heel slides to marked targets in supine, then stepping to floor marks at a count.
                     b. Delivery: one-on-one throughout.
               C. Impairment: cerebellar ataxia with dysmetria of both legs, wide-based gait.
               D. SARA 13/40; 14 of 20 foot placements on target (9 at eval).
            — Marisol Queen, PT, DPT, NCS
            """,
            ["G11.10"], [PT("97112", 23)], []),

        // SLPT LSVT BIG maximal daily movements and functional component tasks with amplitude cueing; small steps and bradykinesia in Parkinson's; step length and TUG; 1:1; "06 Minutes: 24" matches: passes.
        ["v3-h113-slpt-lsvt-big"] = new(
            """
            StrideLine Physical Therapy — Tucson (Speedway) — SL Daily Note Form 12
            01 Patient: Armijo, Reynaldo    03 Clinician: P. Venkataraman, PT, DPT (LSVT BIG certified)
            05 CPT: 97112    06 Minutes: 24
            09 Technique: LSVT BIG maximal daily movements (floor to ceiling, side to side, forward and backward steps) and functional component tasks (sit to stand, turning) with amplitude cueing
            10 Deficit: bradykinesia, small steps and reduced arm swing (Parkinson's)
            11 Measure: step length 52 cm (41 at eval); TUG 10.8 sec
            12 Delivery: 1:1, just Priya and pt
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // P&L Mulligan SNAGs to the cervical spine and a self-SNAG with a towel; C5-6 stiffness with pain turning to reverse the boat trailer; rotation degrees; "3.1 Manual therapy (97140): 11 minutes" matches: passes.
        ["v3-h113-pl-mulligan-snags-97140"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — CANAL PARK, DULUTH
            Treatment report, 4 March 2026. Client: Mr. O. Brekke, charter-boat operator, 58.
            2. Findings
            2.1 C5-6 hypomobility; pain and stiffness turning R to reverse the boat trailer.
            3. Intervention
            3.1 Manual therapy (97140): 11 minutes — Mulligan SNAGs to C5 and C6 into R rotation, 3 sets of 6; self-SNAG with a towel taught.
            4. Measures
            4.1 Cervical rotation R 48 to 62 degrees after.
            A. Prescott, PT, DPT, OCS
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // TRH PTA Otago strength exercises with cuff weights and doses; hip and knee weakness in an 84-year-old; "A. Therapeutic exercise (97110) — 16 min" matches: passes.
        ["v3-h113-trh-pta-otago-strength-97110"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — ASHLAND KY
            I. SUBJECTIVE (03/04/2026): 84 y/o, lives alone above the hardware store.
            II. OBJECTIVE
               A. Therapeutic exercise (97110) — 16 min
                  1. Otago strength set: knee extension 3 lb 2x10, hip abduction 3 lb 2x10, calf raises 2x10, toe raises 2x10.
                  2. Sit to stand from the kitchen chair 2x8.
               B. Impairment: bilateral hip abductor and quad weakness.
            — Tamara Click, PTA
            """,
            ["M62.81", "R26.81"], [PTA("97110", 16)], []),

        // SLPT Schroth corrections (rotational angular breathing, side-lying and sitting corrections) with holds and reps; R thoracic curve and L lumbar curve, trunk asymmetry; "06 Minutes: 18" matches: passes.
        ["v3-h113-slpt-schroth-97110"] = new(
            """
            StrideLine Physical Therapy — Tucson (Speedway) — SL Daily Note Form 12
            01 Patient: Lucero, Ximena (15 y/o)    03 Clinician: P. Venkataraman, PT, DPT
            05 CPT: 97110    06 Minutes: 18
            09 Technique: Schroth rotational angular breathing in side-lying, sitting corrections with elongation, muscle cylinder in side-lying
            10 Deficit: R thoracic and L lumbar scoliosis with trunk rotation and weak L thoracic extensors
            11 Measure: 3 sets of 5 breaths per position, 10 sec holds; scoliometer 9 degrees (12 at eval)
            """,
            ["M41.125"], [PT("97110", 18)], []),

        // P&L motor relearning programme (Carr and Shepherd) for sit to stand: practising the components (feet back, trunk forward) then the whole task with a raised seat; weak R leg loading after a stroke; weight-bearing percent and 5xSTS; one-on-one; "(97112): 22 minutes" matches: passes.
        ["v3-h113-pl-motor-relearning-sit-to-stand"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — SUPERIOR WI
            Treatment report, 4 March 2026. Client: Mrs. A. Laine.
            1. Findings: poor loading of the R leg and late trunk flexion rising from a chair (R hemiparesis).
            2. Intervention: neuromuscular re-education (97112): 22 minutes.
            2.1 Motor relearning programme for sit to stand: the missing components practised (feet back, trunk forward over the feet), then the whole task from a raised seat, seat lowered as control improved.
            2.2 The client was seen one-on-one.
            3. Measures: R leg weight bearing 41 percent at lift-off (30 at initial assessment); 5xSTS 17.9 sec.
            H. Lyle, PT, MSc
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // TRH OT mirror therapy for the R hand (bilateral movements behind the mirror box), graded grasp and release; R hand paresis after a stroke; Box and Blocks; "one-on-one"; "A. NMR (97112) — 21 min" matches: passes.
        ["v3-h113-trh-ot-mirror-therapy"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE (03/04/2026): wants to hold her hymnal with both hands.
            II. OBJECTIVE
               A. NMR (97112) — 21 min
                  1. Mirror therapy: bilateral wrist and finger extension with the R hand behind the mirror box.
                  2. Graded grasp and release of cones, then of the hymnal.
                  3. One-on-one, Renee and pt only.
               B. Impairment: R hand paresis with poor finger extension after the L MCA stroke.
               C. Box and Blocks R 18 (11 at eval).
            — Renee Adkins, OTR/L
            """,
            ["I69.331"], [OT("97112", 21)], []),

        // TRH "A.1 Per hospital protocol NMR-3, steps 1 to 4" as the whole of the intervention, naming no technique; one-on-one, deficit (postural control, sway with eyes closed) and Berg present, no generic phrase: technique missing.
        ["v3-h113-trh-protocol-steps-only"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE (03/04/2026): no new complaints.
            II. OBJECTIVE
               A. NMR (97112) — 22 min
                  A.1 Per hospital protocol NMR-3, steps 1 to 4.
               B. Impairment: postural control; sways with eyes closed.
               C. Delivery: 1:1.
               D. Berg 45/56.
            — Dwight Fultz, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // P&L lettered report: the McGill curl-up, side plank and bird dog with no sets, holds or reps and no number in the note but the code and its minutes: measure missing on 97110; core endurance deficit and back pain present.
        ["v3-h113-pl-mcgill-big-three-no-dose"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — CANAL PARK, DULUTH
            Treatment report. Client: Mr. T. Olander, grain-elevator worker.
            Para. A — Findings: poor trunk endurance; low back pain after shovelling at the elevator.
            Para. B — Therapeutic exercise (97110) — 15 minutes: the McGill curl-up, side plank from the knees and bird dog, technique coached.
            Para. C — Plan: progress holds next session.
            J. Nyberg, PTA
            """,
            ["M54.50"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // SLPT sensory reintegration with textures underfoot and weight shifts on the foam, but "10 Deficit: per eval" and nothing else names a deficit, system or region: deficit missing; 1:1 and a CTSIB measure present.
        ["v3-h113-slpt-sensory-reintegration-deficit-per-eval"] = new(
            """
            StrideLine Physical Therapy — Nogales — SL Daily Note Form 12
            01 Patient: Urias, Cruz    03 Clinician: L. Ybarra, PT
            05 CPT: 97112    06 Minutes: 23
            09 Technique: sensory reintegration — standing on textured mats, weight shifts on the foam, eyes-closed stance with a light touch fading out
            10 Deficit: per eval
            11 Measure: mCTSIB foam eyes closed 11 sec (4 at eval)
            12 Delivery: 1:1
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none stated

        // TRH: "Problem #2: his L knee snaps back when he stands at the lathe" (knee control after a stroke as the finding); mirror-feedback step-ups, small-range knee control at the counter, weight shifts in stride; one-on-one; degrees of hyperextension and step count; "II.A.1 NMR (97112) — 22 min" matches: passes.
        ["v4-h113-trh-knee-snaps-back-at-the-lathe"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE (03/04/2026): retired tool-and-die maker, still turns pens at his home lathe.
               Problem #2: his L knee snaps back when he stands at the lathe.
            II. OBJECTIVE
               A. Interventions
                  1. NMR (97112) — 22 min: step-ups with mirror feedback, small-range knee control at the counter, weight shifts in stride. One-on-one.
               B. Knee hyperextension in stance about 10 degrees (18 at eval); 12 of 15 step-ups without snapping back.
            — Dwight Fultz, PT
            """,
            ["I69.352"], [PT("97112", 22)], []),

        // SLPT: "10 Deficit: holds the wall to turn around in the shower" (postural control on turning as the finding); 180-degree turns with cues, foam turns, stepping strategy drills; 1:1; turn steps and Berg; "06 Minutes: 23" matches: passes.
        ["v4-h113-slpt-holds-the-wall-to-turn-in-the-shower"] = new(
            """
            StrideLine Physical Therapy — Sierra Vista — SL Daily Note Form 12
            01 Patient: Kowalski, Irene    03 Clinician: L. Ybarra, PT
            05 CPT: 97112    06 Minutes: 23
            09 Technique: 180-degree turns with step cues, turning on the foam, stepping-strategy drills to the clock
            10 Deficit: holds the wall to turn around in the shower; loses her balance turning to the L
            11 Measure: 180 turn in 5 steps (8 at eval); Berg 44/56
            12 Delivery: 1:1 with Lorenzo
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // P&L: "2.1 He cannot feel where his feet are on the ladder rungs at the ore dock" (proprioceptive loss as the finding); eyes-closed ladder-rung stepping on the floor, foam stance, joint-position matching; one-on-one; joint-position error and Romberg seconds; "(97112): 24 minutes" matches: passes.
        ["v4-h113-pl-cannot-feel-the-ladder-rungs"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — SUPERIOR WI
            Treatment report, 4 March 2026. Client: Mr. V. Ahola, ore-dock electrician, 61.
            2. Findings
            2.1 He cannot feel where his feet are on the ladder rungs at the ore dock (peripheral neuropathy).
            3. Intervention
            3.1 Neuromuscular re-education (97112): 24 minutes, one-on-one. Eyes-closed stepping onto rungs taped on the floor; foam stance; great-toe position matching.
            4. Measures
            4.1 Sharpened Romberg 8 sec (3 at initial assessment); great-toe position sense 6 of 10 correct.
            H. Lyle, PT, MSc
            """,
            ["G62.9"], [PT("97112", 24)], []),

        // TRH PTA 97116: "the R toe drags on the church carpet and she hikes the hip to clear it" (swing-phase deficit as the finding); cane gait with cues for knee flexion, carpet and threshold practice; distance and SBA; "A. Gait training (97116) — 21 min" matches: passes.
        ["v4-h113-trh-pta-toe-drags-on-the-church-carpet-97116"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — ASHLAND KY
            I. SUBJECTIVE (03/04/2026): choir member; worried about the aisle at the 11 o'clock service.
            II. OBJECTIVE
               A. Gait training (97116) — 21 min
                  1. Cane gait in the hall with cues for R knee flexion in swing.
                  2. Carpet runner and door-threshold practice.
               B. Problem: the R toe drags on the church carpet and she hikes the hip to clear it.
               C. 300 ft with the cane, SBA; thresholds with CGA.
            — Tamara Click, PTA
            """,
            ["I69.351"], [PTA("97116", 21)], []),

        // SLPT OT 97530: "10 Deficit: loses her balance reaching to the top pantry shelf" (reach and standing balance as the finding); pantry reaching, unloading groceries, carrying a gallon jug; counts and assist; "06 Minutes: 22" matches: passes.
        ["v4-h113-slpt-ot-top-pantry-shelf-97530"] = new(
            """
            StrideLine Physical Therapy — Tucson (Speedway) — SL Daily Note Form 12
            01 Patient: Benally, Loretta    03 Clinician: D. Pacheco, OTR/L
            05 CPT: 97530    06 Minutes: 22
            09 Technique: reaching to the top pantry shelf, unloading a grocery bag to the counter, carrying a gallon jug across the kitchen
            10 Deficit: loses her balance reaching to the top pantry shelf; weak L shoulder flexion
            11 Measure: 8 cans shelved overhead with SBA; jug carried 4 trips without a loss of balance
            """,
            ["M62.81", "R26.81"], [OT("97530", 22)], []),

        // P&L 97140: "2.1 The L shoulder stops short reaching back for the seatbelt" (shoulder stiffness as the finding); posterior and inferior glides grade III, STM to the posterior cuff; IR degrees; "3.1 Manual therapy (97140): 12 minutes" matches: passes.
        ["v4-h113-pl-shoulder-stops-short-at-the-seatbelt-97140"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — CANAL PARK, DULUTH
            Treatment report, 4 March 2026. Client: Mrs. B. Sundquist.
            2. Findings
            2.1 The L shoulder stops short reaching back for the seatbelt (capsular stiffness).
            3. Intervention
            3.1 Manual therapy (97140): 12 minutes. Posterior and inferior glenohumeral glides grade III, STM to the posterior cuff.
            4. Measures
            4.1 IR at 90 degrees abduction 28 to 39 degrees after.
            A. Prescott, PT, DPT
            """,
            ["M75.02"], [PT("97140", 12)], []),

        // TRH 97110: "Problem #3: can't climb the 14 steps to his apartment without pulling on the rail" (quad and hip weakness as the finding); step-ups, leg press, wall sits with doses; "A. Therapeutic exercise (97110) — 17 min" matches: passes.
        ["v4-h113-trh-fourteen-steps-to-the-apartment-97110"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE (03/04/2026)
               Problem #3: can't climb the 14 steps to his apartment without pulling on the rail — bilateral quad and hip extensor weakness.
            II. OBJECTIVE
               A. Therapeutic exercise (97110) — 17 min
                  1. Step-ups onto the 6 inch step 3x10.
                  2. Leg press 80 lb 3x12.
                  3. Wall sits 3 x 20 sec.
            — Dwight Fultz, PT
            """,
            ["M62.81"], [PT("97110", 17)], []),

        // TRH "III. ASSESSMENT: no new impairments identified" and nothing else names a deficit, system or region: deficit missing; one-on-one, perturbations, foam tandem and hurdles, Berg present.
        ["v4-h113-trh-no-new-impairments"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE (03/04/2026): no complaints.
            II. OBJECTIVE
               A. NMR (97112) — 23 min
                  1. Perturbations in standing.
                  2. Foam tandem stance.
                  3. Stepping over hurdles.
               B. Delivery: one-on-one.
               C. Berg 48/56.
            III. ASSESSMENT: no new impairments identified.
            — Marisol Queen, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // SLPT "10 Deficit: refer to POC page 2" and nothing else names a deficit, system or region: deficit missing; 1:1, rocker board, foam stepping, perturbations, Berg and TUG present.
        ["v4-h113-slpt-deficit-refer-to-poc-page-2"] = new(
            """
            StrideLine Physical Therapy — Nogales — SL Daily Note Form 12
            01 Patient: Sotelo, Abel    03 Clinician: K. Hatch, PTA
            05 CPT: 97112    06 Minutes: 22
            09 Technique: rocker board eyes closed, foam stepping, perturbations in standing
            10 Deficit: refer to POC page 2
            11 Measure: Berg 46/56; TUG 12.0 sec
            12 Delivery: 1:1
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // P&L "1. Findings: as per the initial assessment report of 2 February" and nothing else names a deficit, system or region: deficit missing; one-on-one, PNF rhythmic stabilisation, foam perturbations, DGI present.
        ["v4-h113-pl-findings-as-per-initial-report"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — SUPERIOR WI
            Treatment report, 4 March 2026. Client: Mr. L. Heikkinen.
            1. Findings: as per the initial assessment report of 2 February.
            2. Intervention: neuromuscular re-education (97112): 22 minutes, one-on-one — PNF rhythmic stabilisation in standing, foam stance with perturbations, stepping over obstacles.
            3. Measures: DGI 19/24.
            A. Prescott, PT, DPT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // TRH mCTSIB as four nested conditions in seconds ("a. firm EO 30 s … d. foam EC 9 s"); foam and eyes-closed stance, head turns, perturbations; somatosensory and vestibular reliance; one-on-one; heading 23 matches: passes.
        ["v5-h113-trh-mctsib-nested-conditions"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — ASHLAND KY
            I. SUBJECTIVE (03/04/2026): unsteady in the dark hallway at night.
            II. OBJECTIVE
               A. NMR (97112) — 23 min, one-on-one
                  1. Foam stance eyes closed with head turns.
                  2. Perturbations on the foam.
               B. Impairment: poor use of vestibular input; relies on vision and firm ground.
               C. mCTSIB
                  a. firm, eyes open: 30 s
                  b. firm, eyes closed: 30 s
                  c. foam, eyes open: 24 s
                  d. foam, eyes closed: 9 s
            — Marisol Queen, PT, DPT, NCS
            """,
            ["R26.81", "H81.23"], [PT("97112", 23)], []),

        // SLPT "15 Goal status: Goal #4 (recover 8 of 10 perturbations without a step): today 9 of 10" as the measure — a goal number beside an objective count; 1:1; perturbations and foam; late ankle strategy; "06 Minutes: 22" matches: passes.
        ["v5-h113-slpt-goal-4-nine-of-ten"] = new(
            """
            StrideLine Physical Therapy — Sierra Vista — SL Daily Note Form 12
            01 Patient: Fontaine, Gil    03 Clinician: L. Ybarra, PT
            05 CPT: 97112    06 Minutes: 22
            09 Technique: perturbations in standing on the floor and the foam, step-and-stick onto the foam
            10 Deficit: late ankle strategy, steps out with every nudge
            12 Delivery: 1:1
            15 Goal status: Goal #4 (recover 8 of 10 perturbations without a step): today 9 of 10 — met
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // P&L gait speed "4.1 10-metre walk 0.84 m/s (0.62 at initial assessment)" and Mini-BESTest for a 97112; dual-task walking and reactive stepping; slow reactive steps in Parkinson's; one-on-one; "(97112): 24 minutes" matches: passes.
        ["v5-h113-pl-gait-speed-and-mini-bestest"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — CANAL PARK, DULUTH
            Treatment report, 4 March 2026. Client: Mrs. F. Tormondsen.
            2. Findings: slow reactive stepping and freezing at doorways (Parkinson's).
            3. Intervention: neuromuscular re-education (97112): 24 minutes, one-on-one — dual-task walking while counting backwards, reactive stepping to pushes, doorway approaches with a visual line.
            4. Measures
            4.1 10-metre walk 0.84 m/s (0.62 at initial assessment).
            4.2 Mini-BESTest 19/28.
            H. Lyle, PT, MSc
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // TRH PTA 97110 doses in sub-bullets (i. 3 x 12, ii. 5 lb …); hip and ankle strengthening; R hip abductor and calf weakness; heading 15 matches: passes.
        ["v5-h113-trh-pta-doses-in-sub-bullets-97110"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE (03/04/2026): walks the floodwall path, calf cramps at the end.
            II. OBJECTIVE
               A. Therapeutic exercise (97110) — 15 min
                  1. Side-lying hip abduction
                     i. 3 x 12
                     ii. 5 lb cuff
                  2. Heel raises on the step
                     i. 3 x 15
               B. Impairment: R hip abductor and calf weakness.
            — Tamara Click, PTA
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // SLPT 97116 distance and assistance ("300 ft walker CGA → 450 ft cane SBA"); walker to cane on the clinic loop and the ramp; short L step after a hip fracture; "06 Minutes: 21" matches: passes.
        ["v5-h113-slpt-pta-distance-and-assist-97116"] = new(
            """
            StrideLine Physical Therapy — Nogales — SL Daily Note Form 12
            01 Patient: Madrid, Evangelina    03 Clinician: K. Hatch, PTA
            05 CPT: 97116    06 Minutes: 21
            09 Technique: gait training from the walker to the cane on the clinic loop and the front ramp, cues for an equal step length
            10 Deficit: short L step and decreased L stance time after the L hip fracture
            11 Measure: 300 ft walker CGA, then 450 ft cane SBA; ramp with SBA
            """,
            ["S72.002D"], [PTA("97116", 21)], []),

        // P&L OT 97530 grip pounds and buttons ("6 of 8 buttons"); buttoning a work shirt, zipping a parka, lacing boots; R hand weakness after a wrist fracture; "(97530): 23 minutes" matches: passes.
        ["v5-h113-pl-ot-grip-and-buttons-97530"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — SUPERIOR WI
            Treatment report, 4 March 2026. Client: Ms. H. Wirtanen, snowplough dispatcher.
            1. Findings: R hand weakness and poor pinch after the distal radius fracture; cannot zip her parka.
            2. Therapeutic activities (97530): 23 minutes — buttoning a work shirt, zipping the parka, lacing her boots.
            3. Measures: grip R 34 lb (L 62 lb); 6 of 8 buttons done without help.
            S. Kerrigan, OTR/L
            """,
            ["S52.501D"], [OT("97530", 23)], []),

        // TRH lettered outline "C. Objective measures: deferred to progress note" and no number in the note but the code and its minutes: measure missing; one-on-one, foam perturbations, tandem; postural control present.
        ["v5-h113-trh-measures-deferred"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE: fell on the basement stairs last month.
            II. OBJECTIVE
               A. NMR (97112) — 22 min, one-on-one: perturbations on the foam, tandem walking, stepping over the hose.
               B. Impairment: postural control, late stepping.
               C. Objective measures: deferred to progress note.
            — Dwight Fultz, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // TRH goal status in letters only ("progressing toward STG A and LTG B") and no number but the code and its minutes: measure missing; one-on-one, rocker board, foam reaches; ankle proprioception present.
        ["v5-h113-trh-goal-status-letters-only"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — ASHLAND KY
            I. SUBJECTIVE: steadier on the porch steps.
            II. OBJECTIVE
               A. NMR (97112) — 24 min: rocker board, foam reaches to cones, step-and-hold. One-on-one.
               B. Impairment: L ankle proprioception.
            III. ASSESSMENT
               A. Goal status: progressing toward STG A and LTG B.
            — Marisol Queen, PT, DPT
            """,
            ["S93.402D"], [PT("97112", 24)], [At(Measure, "97112")]),

        // P&L lettered report "Para. D — Measures to be repeated at re-assessment" and no number but the code and its minutes: measure missing; one-on-one, gaze stabilisation, foam head turns; vestibular hypofunction present.
        ["v5-h113-pl-measures-at-reassessment"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — CANAL PARK, DULUTH
            Treatment report. Client: Mr. W. Dahl.
            Para. A — Findings: R vestibular hypofunction; unsteady turning his head on the ski trail.
            Para. B — Neuromuscular re-education (97112) — 22 minutes: gaze stabilisation on a target card, foam stance with head turns.
            Para. C — The client was seen one-on-one.
            Para. D — Measures to be repeated at re-assessment.
            A. Prescott, PT, DPT
            """,
            ["H81.21"], [PT("97112", 22)], [At(Measure, "97112")]),

        // TRH PTA 97116 "distance and assist not recorded" and no number but the code and its minutes: measure missing on 97116; walker gait in the hall with cues for heel strike; shuffling steps after a hip replacement present.
        ["v5-h113-trh-pta-gait-distance-not-recorded-97116"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE: afraid of the curb at the pharmacy.
            II. OBJECTIVE
               A. Gait training (97116) — 20 min: walker gait in the hall with cues for heel strike and a longer step.
               B. Problem: shuffling steps and a flexed trunk after the R hip replacement.
               C. Distance and assist not recorded.
            — Tamara Click, PTA
            """,
            ["Z96.641"], [PTA("97116", 20)], [At(Measure, "97116")]),

        // P&L "Para. C — Observed: looks steadier; the client agrees" with no number but the code and its minutes: measure missing; one-on-one, perturbations and foam stepping; postural control present.
        ["v5-h113-pl-looks-steadier-client-agrees"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — SUPERIOR WI
            Treatment report. Client: Mrs. C. Pelto.
            Para. A — Findings: poor postural control, late stepping to the L.
            Para. B — Neuromuscular re-education (97112) — 23 minutes, one-on-one: perturbations in standing, foam stepping, crossover steps.
            Para. C — Observed: looks steadier; the client agrees.
            H. Lyle, PT, MSc
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes beside section, goal, step and field numbers; true mismatches; truly missing separate time

        // P&L legal-style numbering "3.2 NMR (97112) – 24 min" and "3.3 Therapeutic exercise (97110) – 13 min": the section numbers are not minutes, both match; one-on-one, PNF and foam with Berg; hip exercise with doses; hip motor control and weakness after a fracture: passes.
        ["v6-h113-pl-section-numbers-beside-minutes"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — CANAL PARK, DULUTH
            Treatment report, 4 March 2026. Client: Mrs. M. Lundgren, 77.
            2. Findings: poor L hip control and weakness after the L hip fracture; late stepping to the L.
            3. Intervention
            3.1 Delivered one-on-one.
            3.2 NMR (97112) – 24 min: PNF rhythmic stabilisation in standing, foam stance with lateral perturbations.
            3.3 Therapeutic exercise (97110) – 13 min: side-lying hip abduction 3 x 10, bridges 3 x 12, sit to stand 2 x 8.
            4. Measures: Berg 45/56.
            H. Lyle, PT, MSc
            """,
            ["S72.002D", "R26.81"], [PT("97112", 24), PT("97110", 13)], []),

        // TRH "II.B. Therapeutic Exercise (97110) — 15 minutes" and "II.C. Manual Therapy (97140) — 10 minutes" with dated heading "II. OBJECTIVE (03/04/2026)": both match; doses; glides with grade and degrees; knee stiffness and weakness after a replacement: passes.
        ["v6-h113-trh-roman-headings-two-codes"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE: can't bend the knee enough to get into the bass boat.
            II. OBJECTIVE (03/04/2026)
               A. Problem: R knee flexion stiffness and quad weakness after the R TKA.
               B. Therapeutic Exercise (97110) — 15 minutes
                  1. Heel slides 3x15; quad sets 3x10 with 5 sec holds; recumbent bike rocking for range.
               C. Manual Therapy (97140) — 10 minutes
                  1. Tibiofemoral posterior glides grade III; patellar mobilisation inferior.
               D. Knee flexion 98 to 106 degrees after.
            — Dwight Fultz, PT
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 15), PT("97140", 10)], []),

        // SLPT lettered field pairs "05a CPT: 97112  06a Min: 23" and "05b CPT: 97530  06b Min: 15": both match; 1:1; foam and perturbations with Berg; lifting and carrying tasks with counts; postural control and lifting weakness: passes.
        ["v6-h113-slpt-05a-06a-05b-06b"] = new(
            """
            StrideLine Physical Therapy — Tucson (Speedway) — SL Daily Note Form 12
            01 Patient: Carrillo, Rafael    03 Clinician: L. Ybarra, PT
            05a CPT: 97112    06a Min: 23
            05b CPT: 97530    06b Min: 15
            09a Technique: perturbations on the foam, tandem with head turns | 09b lifting the 20 lb water jug to the counter, carrying it 30 ft
            10 Deficit: postural control after the fall; hip and trunk weakness lifting
            11 Measure: Berg 47/56 | jug lifted 6 times and carried 3 trips with SBA
            12 Delivery: 1:1
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97530", 15)], []),

        // TRH PTA "Intervention 1 of 3: … (97110), 12 min", "Intervention 2 of 3: Gait training (97116), 18 min", "Intervention 3 of 3: HEP reviewed (not billed)": the intervention numbers are not minutes, both match; doses; distance and SBA; hip weakness and a short step: passes.
        ["v6-h113-trh-pta-intervention-2-of-3"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — ASHLAND KY
            I. SUBJECTIVE (03/04/2026): wants to walk to the mailbox at the end of the lane.
            II. OBJECTIVE
               Intervention 1 of 3: Therapeutic exercise (97110), 12 min — bridges 3x12, standing hip abduction 3x10 with the yellow band.
               Intervention 2 of 3: Gait training (97116), 18 min — cane gait on the hall and the gravel strip out back, cues for a longer L step; 350 ft SBA.
               Intervention 3 of 3: HEP reviewed (not billed).
            III. Problem: R hip abductor weakness and a short L step after the R hip fracture.
            — Tamara Click, PTA
            """,
            ["S72.001D"], [PTA("97110", 12), PTA("97116", 18)], []),

        // SLPT clock range on the code's own line "05 CPT/time: 97116, 1402–1425" (23 min) and no minute field: matches; walker gait on the clinic loop and the curb with distance and CGA; antalgic gait after an ankle ORIF: passes.
        ["v6-h113-slpt-pta-clock-range-97116"] = new(
            """
            StrideLine Physical Therapy — Nogales — SL Daily Note Form 12
            01 Patient: Villa, Octavio    03 Clinician: K. Hatch, PTA
            05 CPT/time: 97116, 1402–1425
            09 Technique: walker gait on the clinic loop and the curb cut outside, cues for heel-toe on the R
            10 Deficit: antalgic gait with short R stance after the R ankle ORIF
            11 Measure: 250 ft walker CGA; curb with min A
            """,
            ["S82.891D"], [PTA("97116", 23)], []),

        // P&L report with tab-indented clauses ("3.1(a)\t97112 — 22 min", "3.1(b)\t97140 — 11 min"): both match; one-on-one; foam and perturbations with rocker seconds; talocrural glides with degrees; ankle proprioception and stiffness after a fracture: passes.
        ["v6-h113-pl-tab-indented-clauses"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — SUPERIOR WI
            Treatment report, 4 March 2026. Client: Mr. R. Mattila, 44.
            2. Findings: L ankle proprioception and dorsiflexion stiffness after the fibula fracture.
            3.1 Treatment
            	3.1(a)	97112 — 22 min, one-on-one: rocker board, foam stance with perturbations.
            	3.1(b)	97140 — 11 min: talocrural posterior glides grade III, STM to the calf.
            4. Measures: rocker board 13 sec; dorsiflexion 6 to 11 degrees after.
            J. Nyberg, PTA
            """,
            ["S82.402D"], [PTA("97112", 22), PTA("97140", 11)], []),

        // TRH a PT's and an OT's code on one visit, "II.A. PT — NMR (97112) — 23 min" and "II.B. OT — Therapeutic activities (97530) — 22 min": both match; one-on-one for the NMR; foam and perturbations with Berg; tub-transfer and laundry tasks with counts and assist; postural control and L-side weakness after a stroke: passes.
        ["v6-h113-trh-pt-and-ot-sections"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE (03/04/2026): wife does the laundry now; he wants it back.
            II. OBJECTIVE
               A. PT — NMR (97112) — 23 min, one-on-one (D. Fultz)
                  1. Foam stance with perturbations; stepping over the cane laid on the floor.
                  2. Berg 41/56.
               B. OT — Therapeutic activities (97530) — 22 min (R. Adkins)
                  1. Tub-bench transfers 4x with CGA; carrying the laundry basket to the washer 3 trips with SBA.
            III. Problem: postural control and L-side weakness after the R MCA stroke.
            """,
            ["I69.354"], [PT("97112", 23), OT("97530", 22)], []),

        // P&L PTA nested bullets with ▪ marks, "▪ 97110 — 14 min" and "▪ 97116 — 20 min", each with sub-bullets; both match; doses; distance and SBA; knee weakness and a stiff-knee gait after a replacement: passes.
        ["v6-h113-pl-pta-square-bullets"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — SUPERIOR WI
            Session note, 4 March 2026. Client: Mr. D. Koski, curling-club icemaker. J. Nyberg, PTA.
            ▪ 97110 — 14 min
                ▪ terminal knee extension with the blue band 3 x 15
                ▪ step-ups onto the 6 inch step 3 x 10
            ▪ 97116 — 20 min
                ▪ gait in the hall and on the ramp without the cane, cues for knee flexion in swing
                ▪ 400 ft SBA
            ▪ Problem: L quad weakness and a stiff-knee gait after the L TKA.
            """,
            ["Z96.652"], [PTA("97110", 14), PTA("97116", 20)], []),

        // P&L "2.1 NMR (97112) — 30 min" on an 18-min line: mismatch on 97112; otherwise complete (one-on-one; rocker board and foam perturbations; ankle proprioception; rocker seconds).
        ["v6-h113-pl-30-min-on-an-18-min-line"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — CANAL PARK, DULUTH
            Treatment report, 4 March 2026. Client: Ms. E. Nordby.
            1. Findings: R ankle proprioception after the sprain on the lift bridge stairs.
            2. Intervention
            2.1 NMR (97112) — 30 min, one-on-one: rocker board, foam stance with perturbations.
            3. Measures: rocker board 15 sec without an edge touch.
            H. Lyle, PT, MSc
            """,
            ["S93.401D"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // SLPT "06 Minutes: 12" on a 24-min 97110 line: mismatch on 97110; otherwise complete (squats, lunges, rows with doses; shoulder and hip weakness).
        ["v6-h113-slpt-field-06-twelve-on-24"] = new(
            """
            StrideLine Physical Therapy — Sierra Vista — SL Daily Note Form 12
            01 Patient: Nakai, Vernon    03 Clinician: P. Venkataraman, PT, DPT
            05 CPT: 97110    06 Minutes: 12
            09 Technique: box squats 3x10, split-stance lunges 2x8 each, seated rows 25 lb 3x12
            10 Deficit: R hip extensor and scapular retractor weakness; can't lift the saddle onto the horse
            """,
            ["M62.81"], [PT("97110", 24)], [At(Mismatch, "97110")]),

        // TRH "Intervention 1 of 2 — Therapeutic exercise (97110) (25 min)" on a 14-min line, "Intervention 2 of 2 — Manual therapy (97140) (10 min)" matching: mismatch on 97110 only; both sections complete (doses; glides with degrees; lumbar stiffness and weakness).
        ["v6-h113-trh-intervention-1-of-2-mismatch"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE (03/04/2026): back stiff after the barge shift.
            II. OBJECTIVE
               Intervention 1 of 2 — Therapeutic exercise (97110) (25 min): bird dog 3x10, bridges 3x12, prone press-ups 2x10.
               Intervention 2 of 2 — Manual therapy (97140) (10 min): central PA glides L4 and L5 grade III.
            III. Problem: L4-5 hypomobility and weak lumbar extensors; lumbar flexion fingertips to mid-shin.
            — Dwight Fultz, PT
            """,
            ["M54.50"], [PT("97110", 14), PT("97140", 10)], [At(Mismatch, "97110")]),

        // TRH two codes, "B. Therapeutic exercise (97110) — 13 min" but the NMR item given only its goal number ("A. NMR (97112) — see Goal #3") and no minutes: separate time missing; both sections complete (one-on-one; foam and perturbations with Berg; hip exercise with doses; postural control and hip weakness).
        ["v6-h113-trh-nmr-see-goal-3-no-minutes"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — ASHLAND KY
            I. SUBJECTIVE (03/04/2026): no falls.
            II. OBJECTIVE
               A. NMR (97112) — see Goal #3
                  1. Foam stance with perturbations, tandem walking. One-on-one.
                  2. Berg 47/56.
               B. Therapeutic exercise (97110) — 13 min
                  1. Hip abduction 3x12 with the red band; sit to stand 3x8.
            III. Problem: postural control and hip abductor weakness.
            — Marisol Queen, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 13)], [SepTime]),

        // SLPT two codes listed "05a CPT: 97112 / 05b CPT: 97110" with "06 Total timed: 38" and no minutes for each: separate time missing; both sections complete (1:1; foam and perturbations with Berg; step-ups with doses; postural control and quad weakness).
        ["v6-h113-slpt-total-timed-only"] = new(
            """
            StrideLine Physical Therapy — Tucson (Speedway) — SL Daily Note Form 12
            01 Patient: Escobedo, Trini    03 Clinician: L. Ybarra, PT
            05a CPT: 97112
            05b CPT: 97110
            06 Total timed: 38
            09 Technique: foam stance with perturbations, tandem with head turns | step-ups 3x10, wall sits 3 x 30 sec
            10 Deficit: postural control; bilateral quad weakness
            11 Measure: Berg 46/56
            12 Delivery: 1:1
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // P&L 97140 and 97110 described in numbered clauses with no minutes and "5. Total treatment time 36 minutes": separate time missing; both clauses complete (glides and STM with degrees; exercise with doses; shoulder stiffness and cuff weakness).
        ["v6-h113-pl-total-treatment-time-only"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — CANAL PARK, DULUTH
            Treatment report, 4 March 2026. Client: Mr. N. Halvorsen.
            2. Findings: R shoulder stiffness and rotator cuff weakness; cannot reach the top bunk on the laker.
            3. Manual therapy (97140): posterior glenohumeral glides grade III; STM to the posterior cuff.
            4. Therapeutic exercise (97110): ER with the red band 3 x 12, wall slides 2 x 10, rows 3 x 12.
            5. Total treatment time 36 minutes. Flexion 142 to 151 degrees after.
            A. Prescott, PT, DPT, OCS
            """,
            ["M75.01", "M62.81"], [PT("97140", 12), PT("97110", 24)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h113-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 14)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A note of tabs, spaces and line breaks only (the outline's indentation with nothing typed) on a PTA's 97116 with a diagnosis: note missing only.
        ["v7-h113-tabs-and-spaces-only-97116"] = new(
            "\t\n   \t\n  \n",
            ["Z96.641"], [PTA("97116", 20)], [At(NoteMissing, "97116")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h113-empty-note-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on a P&L report: hip hinges with a dowel, goblet squats, farmer carries and step-downs with loads, sets and reps (technique and measure), hip and trunk weakness lifting (deficit); "(97110): 18 minutes" matches: passes.
        ["v7-h113-pl-97110-hinges-and-carries"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — CANAL PARK, DULUTH
            Treatment report, 4 March 2026. Client: Mr. K. Brandvold, taconite-plant millwright.
            1. Findings: hip extensor and trunk weakness; back tires lifting the pump housing.
            2. Therapeutic exercise (97110): 18 minutes.
            2.1 Hip hinges with a dowel 2 x 10; goblet squats 25 lb 3 x 10; farmer carries 30 lb each hand 4 x 60 ft; lateral step-downs 3 x 8.
            A. Prescott, PT, DPT, OCS
            """,
            ["M62.81", "M54.50"], [PT("97110", 18)], []),

        // 97530's meaning on an SLPT OT note: getting in and out of the pickup cab, loading a cooler into the truck bed and a car-door transfer, with counts and assist (technique and measure), L knee weakness after a replacement (deficit); "06 Minutes: 23" matches: passes.
        ["v7-h113-slpt-ot-97530-pickup-and-cooler"] = new(
            """
            StrideLine Physical Therapy — Sierra Vista — SL Daily Note Form 12
            01 Patient: Sandoval, Ramona    03 Clinician: D. Pacheco, OTR/L
            05 CPT: 97530    06 Minutes: 23
            09 Technique: in and out of the pickup cab using the grab handle, loading a 15 lb cooler into the truck bed, sedan car-door transfer
            10 Deficit: L knee weakness after the L TKA, can't lift the leg into the cab
            11 Measure: cab transfer 4x with SBA; cooler loaded 5x; car transfer modified independent
            """,
            ["Z96.652", "Z47.1"], [OT("97530", 23)], []),

        // 97140's meaning on a TRH note: lumbar PA glides grade IV, STM to the QL and a sidelying rotation mobilisation (technique), L4-5 hypomobility with pain bending to the bait cooler (deficit), flexion distance and degrees (measure); heading 12 matches: passes.
        ["v7-h113-trh-97140-lumbar-mobilisation"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE (03/04/2026): sore bending down to the bait cooler on the bank.
            II. OBJECTIVE
               A. Manual therapy (97140) — 12 min
                  1. Central PA glides L4 and L5 grade IV.
                  2. STM to the L quadratus lumborum; sidelying rotation mobilisation.
               B. Impairment: L4-5 hypomobility with central low back pain.
               C. Lumbar flexion fingertips 20 cm from the floor (28 before); extension 15 degrees.
            — Dwight Fultz, PT
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // 97116's meaning on an SLPT PTA note: rollator to cane on the clinic loop, the front ramp and a curb with cues for heel strike (technique), shuffling gait in Parkinson's (deficit), distance and assist (measure); "06 Minutes: 22" matches: passes.
        ["v7-h113-slpt-pta-97116-rollator-to-cane"] = new(
            """
            StrideLine Physical Therapy — Tucson (Speedway) — SL Daily Note Form 12
            01 Patient: Ortiz, Francisco    03 Clinician: K. Hatch, PTA
            05 CPT: 97116    06 Minutes: 22
            09 Technique: gait training from the rollator to the cane on the clinic loop, the front ramp and the curb, cues for heel strike and big steps
            10 Deficit: shuffling gait with festination (Parkinson's)
            11 Measure: 400 ft cane SBA; ramp and curb with CGA
            """,
            ["G20.A1"], [PTA("97116", 22)], []),

        // 97530's meaning on a TRH OT note: bed-to-commode transfers, reaching into the dryer and carrying a grocery bag with counts and assist (technique and measure), R-side weakness after a stroke (deficit); heading 21 matches: passes.
        ["v7-h113-trh-ot-97530-commode-and-dryer"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE (03/04/2026): daughter helps her at night.
            II. OBJECTIVE
               A. Therapeutic activities (97530) — 21 min
                  1. Bed-to-commode transfers 5x with CGA.
                  2. Reaching into the dryer and lifting wet towels to the basket, 3 loads.
                  3. Carrying a grocery bag 40 ft with SBA.
               B. Impairment: R-side weakness and poor standing balance after the L CVA.
            — Renee Adkins, OTR/L
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // TRH Roman outline with only generic phrases under each heading ("I. S: Pt reports doing OK. II. O: Ther ex per flowsheet. III. A: Tolerated well. IV. P: Continue POC.") on a 97110: no technique, deficit or measure at all.
        ["v7-h113-trh-generic-outline-97110"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — ASHLAND KY
            I. S: Pt reports doing OK.
            II. O: Ther ex per flowsheet (97110) — 15 min.
            III. A: Tolerated well.
            IV. P: Continue POC.
            """,
            ["M62.81"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // P&L lettered report wholly generic on a 97112 ("Para. A — Balance training delivered per plan. Para. B — Client tolerated the session well. Para. C — Continue plan of care."): no technique, deficit, measure or one-on-one statement.
        ["v7-h113-pl-generic-lettered-97112"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — SUPERIOR WI
            Treatment report. Neuromuscular re-education (97112) — 22 minutes.
            Para. A — Balance training delivered per plan.
            Para. B — Client tolerated the session well.
            Para. C — Continue plan of care.
            H. Lyle, PT, MSc
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes

        // TRH complete 97112 outline with a dated heading and the policy footer; one-on-one; perturbations, foam tandem, hurdle steps; R ankle proprioception; Berg and SLS; heading 22 matches: passes.
        ["vord-h113-trh-huntington-ankle-nmr"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE (03/04/2026): Marshall groundskeeper; turned the R ankle on the practice-field sprinkler head.
            II. OBJECTIVE
               A. NMR (97112) — 22 min, one-on-one
                  1. Perturbations on the foam.
                  2. Foam tandem stance.
                  3. Hurdle stepping, 6 inch hurdles.
               B. Impairment: R ankle proprioception.
               C. Berg 53/56; SLS R 18 sec.
            III. ASSESSMENT: steadier on the grass.
            IV. PLAN: continue 2x/wk, page 1 of 1.
            — Dwight Fultz, PT
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // TRH PTA 97110 with doses; L shoulder weakness after a cuff repair; heading 16 matches: passes.
        ["vord-h113-trh-pta-shoulder-97110"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE (03/04/2026): week 10 after the L cuff repair.
            II. OBJECTIVE
               A. Therapeutic exercise (97110) — 16 min
                  1. Side-lying ER 2 lb 3x12.
                  2. Prone rows 3 lb 3x12.
                  3. Wall walks 2x10.
               B. Impairment: L rotator cuff and scapular weakness.
            — Tamara Click, PTA
            """,
            ["M75.102", "Z98.890"], [PTA("97110", 16)], []),

        // TRH OT 97530 after a hip replacement: sock aid, reacher, tub-bench transfer with counts and assist; heading 22 matches: passes.
        ["vord-h113-trh-ot-hip-precautions-97530"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — ASHLAND KY
            I. SUBJECTIVE (03/04/2026): home alone while her husband drives the school bus.
            II. OBJECTIVE
               A. Therapeutic activities (97530) — 22 min
                  1. Lower-body dressing with the sock aid and reacher, 2 trials.
                  2. Tub-bench transfer 3x with SBA.
               B. Impairment: R hip weakness and hip precautions after the R THA.
            — Renee Adkins, OTR/L
            """,
            ["Z96.641", "Z47.1"], [OT("97530", 22)], []),

        // TRH 97112 + 97116 Roman sections, each with its minutes (21 and 17), both match; one-on-one; stepping strategy with Berg; cane gait with distance and SBA; postural control and a short step after a stroke: passes.
        ["vord-h113-trh-nmr-and-gait"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE (03/04/2026): wants to walk into the Sunday service without the walker.
            II. OBJECTIVE
               A. NMR (97112) — 21 min, one-on-one: stepping-strategy drills, foam stance with perturbations. Berg 42/56.
               B. Gait training (97116) — 17 min: cane gait in the hall with cues for a longer R step; 300 ft SBA.
            III. Problem: postural control and a short R step after the L CVA.
            — Marisol Queen, PT, DPT, NCS
            """,
            ["I69.351"], [PT("97112", 21), PT("97116", 17)], []),

        // TRH 97140 with the Roman outline; cervical glides and STM; stiffness; rotation degrees; heading 10 matches: passes.
        ["vord-h113-trh-cervical-manual-97140"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE (03/04/2026): neck stiff checking mirrors on the coal truck.
            II. OBJECTIVE
               A. Manual therapy (97140) — 10 min: C4-5 and C5-6 unilateral PA glides grade III on the L; STM to the L levator.
               B. Impairment: L cervical rotation stiffness.
               C. Rotation L 55 to 66 degrees after.
            — Dwight Fultz, PT
            """,
            ["M54.2"], [PT("97140", 10)], []),

        // P&L complete 97112 report with numbered paragraphs; one-on-one; PNF D2 and perturbations; L hip motor control; Berg and TUG; "(97112): 23 minutes" matches: passes.
        ["vord-h113-pl-duluth-pnf-nmr"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — CANAL PARK, DULUTH
            Treatment report, 4 March 2026. Client: Mrs. S. Ekstrom, 69.
            1. Findings: poor L hip motor control and late stepping to the L.
            2. Intervention: neuromuscular re-education (97112): 23 minutes, one-on-one.
            2.1 PNF D2 flexion and extension patterns in standing; lateral perturbations on the foam.
            3. Measures: Berg 46/56; TUG 11.9 sec.
            A. Prescott, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // P&L PTA 97110 report with doses; R knee weakness after an ACL repair; "(97110): 17 minutes" matches: passes.
        ["vord-h113-pl-pta-knee-97110"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — SUPERIOR WI
            Session note, 4 March 2026. Client: Mr. A. Rautio, 23, junior hockey. J. Nyberg, PTA.
            1. Therapeutic exercise (97110): 17 minutes.
            1.1 Leg press 90 lb 3 x 10; Nordic lowers 3 x 5; lateral band walks 3 x 20 ft.
            2. Problem: R quad and hamstring weakness after the R ACL reconstruction.
            """,
            ["S83.511D"], [PTA("97110", 17)], []),

        // P&L OT 97530 with clauses 2.1(a)–(c); fishing-net mending, tackle-box lifting, boat-ladder climbing; L hand and shoulder weakness; counts and assist; "(97530): 22 minutes" matches: passes.
        ["vord-h113-pl-ot-net-mending-97530"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — CANAL PARK, DULUTH
            Treatment report, 4 March 2026. Client: Mr. I. Sivertson, commercial fisherman. S. Kerrigan, OTR/L.
            1. Findings: L grip and shoulder weakness after the L proximal humerus fracture.
            2. Therapeutic activities (97530): 22 minutes.
            2.1(a) Mending a gill net, 20 knots tied.
            2.1(b) Lifting the tackle box from the floor to the bench, 6 lifts.
            2.1(c) Climbing the boat ladder mock-up, 3 ascents with SBA.
            """,
            ["S42.202D"], [OT("97530", 22)], []),

        // P&L 97116 with numbered paragraphs; cane gait on snow-packed path mock-up and the stairs; antalgic gait after an ankle fracture; distance and SBA; "(97116): 20 minutes" matches: passes.
        ["vord-h113-pl-winter-gait-97116"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — SUPERIOR WI
            Treatment report, 4 March 2026. Client: Mrs. J. Aho.
            1. Findings: antalgic gait with short L stance after the L bimalleolar fracture.
            2. Gait training (97116): 20 minutes — cane gait on the indoor track and the stairs, cues for equal stance; ice-cleat practice on the mat.
            3. Measures: 500 ft with the cane, SBA; 12 stairs with the rail, SBA.
            H. Lyle, PT, MSc
            """,
            ["S82.842D"], [PT("97116", 20)], []),

        // P&L 97112 + 97140, "3.1 … 22 minutes" and "3.2 … 10 minutes", both match; one-on-one; rocker board and foam with SLS seconds; talocrural glides with degrees; ankle proprioception and stiffness: passes.
        ["vord-h113-pl-ankle-nmr-and-manual"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — CANAL PARK, DULUTH
            Treatment report, 4 March 2026. Client: Ms. L. Berglund, trail runner.
            2. Findings: R ankle proprioception and dorsiflexion stiffness after the sprain on Spirit Mountain.
            3.1 NMR (97112): 22 minutes, one-on-one — rocker board, foam single-leg stance with perturbations. SLS foam R 12 sec.
            3.2 Manual therapy (97140): 10 minutes — talocrural posterior glides grade III. Dorsiflexion 8 to 13 degrees after.
            A. Prescott, PT, DPT, OCS
            """,
            ["S93.401D"], [PT("97112", 22), PT("97140", 10)], []),

        // SLPT complete 97112 form; 1:1; rocker board, foam head turns, hurdles; vestibular and postural deficits; DGI; "06 Minutes: 24" matches: passes.
        ["vord-h113-slpt-tucson-vestibular-nmr"] = new(
            """
            StrideLine Physical Therapy — Tucson (Speedway) — SL Daily Note Form 12
            01 Patient: Yazzie, Harold    02 DOS: 03/04/2026    03 Clinician: P. Venkataraman, PT, DPT
            05 CPT: 97112    06 Minutes: 24
            09 Technique: gaze stabilisation X1 standing on foam, walking with head turns, stepping over hurdles
            10 Deficit: R vestibular hypofunction with postural instability
            11 Measure: DGI 18/24 (14 at eval)
            12 Delivery: 1:1, only pt in the room
            20 Signature: P. Venkataraman, PT, DPT
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // SLPT PTA 97110 form with doses; L hip weakness; "06 Minutes: 15" matches: passes.
        ["vord-h113-slpt-pta-hip-97110"] = new(
            """
            StrideLine Physical Therapy — Sierra Vista — SL Daily Note Form 12
            01 Patient: Brannigan, Ted    03 Clinician: K. Hatch, PTA
            05 CPT: 97110    06 Minutes: 15
            09 Technique: clamshells with the green band, side-lying hip abduction, bridges
            10 Deficit: L hip abductor weakness, Trendelenburg on the L
            11 Measure: clamshells 3x15, abduction 3x12 with 3 lb, bridges 3x15
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // SLPT OT 97530 form; tortilla press, stove-top reach, carrying a pot; R hand weakness after a stroke; counts and assist; "06 Minutes: 21" matches: passes.
        ["vord-h113-slpt-ot-kitchen-97530"] = new(
            """
            StrideLine Physical Therapy — Nogales — SL Daily Note Form 12
            01 Patient: Valenzuela, Inés    03 Clinician: D. Pacheco, OTR/L
            05 CPT: 97530    06 Minutes: 21
            09 Technique: working the tortilla press with both hands, reaching to the back burner, carrying a pot of water 15 ft
            10 Deficit: R hand weakness and poor standing reach after the L CVA
            11 Measure: 10 tortillas pressed; pot carried 3 trips with SBA
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // SLPT two codes "05a/06a 97116 18" and "05b/06b 97110 13", both match; cane gait with distance; exercise with doses; knee weakness after a replacement: passes.
        ["vord-h113-slpt-gait-and-exercise"] = new(
            """
            StrideLine Physical Therapy — Sierra Vista — SL Daily Note Form 12
            01 Patient: Hollister, June    03 Clinician: L. Ybarra, PT
            05a CPT: 97116    06a Min: 18
            05b CPT: 97110    06b Min: 13
            09 Technique: cane gait on the clinic loop and the ramp | SAQ 3 lb 3x12, step-ups 3x10
            10 Deficit: stiff-knee gait and R quad weakness after the R TKA
            11 Measure: 350 ft cane SBA | doses as listed
            """,
            ["Z96.651"], [PT("97116", 18), PT("97110", 13)], []),

        // SLPT 97140 form; lumbar glides and STM; L4-5 stiffness; flexion degrees; "06 Minutes: 11" matches: passes.
        ["vord-h113-slpt-lumbar-manual-97140"] = new(
            """
            StrideLine Physical Therapy — Tucson (Speedway) — SL Daily Note Form 12
            01 Patient: Castañeda, Rudy    03 Clinician: L. Ybarra, PT
            05 CPT: 97140    06 Minutes: 11
            09 Technique: central PA glides L4 and L5 grade III, STM to the lumbar paraspinals
            10 Deficit: L4-5 hypomobility with low back pain getting off the haul truck
            11 Measure: lumbar flexion 60 to 72 degrees after
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // SLPT PTA 97112 form; 1:1; BAPS and foam with SLS seconds; ankle proprioception; "06 Minutes: 22" matches: passes.
        ["vord-h113-slpt-pta-baps-nmr"] = new(
            """
            StrideLine Physical Therapy — Nogales — SL Daily Note Form 12
            01 Patient: Leyva, Octavia    03 Clinician: K. Hatch, PTA
            05 CPT: 97112    06 Minutes: 22
            09 Technique: BAPS level 4, foam SLS with ball tosses, lateral perturbations
            10 Deficit: L ankle proprioception after the sprain at the mercado steps
            11 Measure: SLS L foam 10 sec (4 at eval)
            12 Delivery: one-on-one with Kimberly
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // TRH PTA 97116 with the Roman outline; walker gait with distance and CGA; hip-fracture gait; heading 23 matches: passes.
        ["vord-h113-trh-pta-walker-gait-97116"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — ASHLAND KY
            I. SUBJECTIVE (03/04/2026): lives on the second floor of the Winchester Avenue building.
            II. OBJECTIVE
               A. Gait training (97116) — 23 min: walker gait in the hall and on the stairs with cues for step-to pattern.
               B. Problem: short R step and poor R stance after the R hip fracture.
               C. 200 ft walker CGA; 8 stairs with the rail, min A.
            — Tamara Click, PTA
            """,
            ["S72.001D"], [PTA("97116", 23)], []),

        // TRH complete 97112 (one-on-one; foam perturbations and tandem; postural control; Berg) sent with no diagnosis.
        ["vord-h113-trh-no-diagnosis"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE (03/04/2026): no falls.
            II. OBJECTIVE
               A. NMR (97112) — 23 min, one-on-one: perturbations on the foam, tandem walking.
               B. Impairment: postural control, slow stepping.
               C. Berg 44/56.
            — Marisol Queen, PT, DPT
            """,
            [], [PT("97112", 23)], [Dx]),

        // SLPT complete 97112 (1:1; rocker board and perturbations; ankle proprioception; rocker seconds) with the claim's diagnosis exported as the problem-list label "Problem #1": not a well-formed ICD-10-CM code.
        ["vord-h113-slpt-dx-problem-1-label"] = new(
            """
            StrideLine Physical Therapy — Sierra Vista — SL Daily Note Form 12
            01 Patient: Ahumada, Celso    03 Clinician: L. Ybarra, PT
            05 CPT: 97112    06 Minutes: 22
            09 Technique: rocker board eyes closed, perturbations on the foam
            10 Deficit: R ankle proprioception after the sprain
            11 Measure: rocker board 14 sec
            12 Delivery: 1:1
            """,
            ["Problem #1"], [PT("97112", 22)], [Dx]),

        // P&L PTA "1. Therapeutic exercise (97110): 30 minutes" on a 19-min line: mismatch; otherwise complete (bridges, clamshells, step-ups with doses; hip weakness).
        ["vord-h113-pl-pta-30-on-19"] = new(
            """
            PRESCOTT & LYLE REHABILITATION CONSULTANTS — SUPERIOR WI
            Session note, 4 March 2026. Client: Mrs. P. Hautala. J. Nyberg, PTA.
            1. Therapeutic exercise (97110): 30 minutes — bridges 3 x 15, clamshells 3 x 12, step-ups 3 x 10.
            2. Problem: L hip abductor and extensor weakness.
            """,
            ["M62.81"], [PTA("97110", 19)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
