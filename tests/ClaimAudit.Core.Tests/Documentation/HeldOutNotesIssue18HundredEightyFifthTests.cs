using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-eighty-fifth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07 (the twenty-fourth session, blind, beside the hundred-and-eighty-second). The set is a random
/// week of visits shared between clinicians: a session handed off mid-visit ("took over from Sam at 10:20", "Pt started
/// w/ Dana for manual, then to me for NMR"), a PT and a PTA splitting a visit (each billing the codes they furnished,
/// each writing their part), a student under a therapist's line-of-sight supervision, a co-treatment with OT or speech
/// where each discipline bills its own minutes, a float or per-diem therapist covering one block, and one writer's note
/// about what another did — about two thirds ordinary and complete (66 of 102), single- and multi-code visits (97110, 97112,
/// 97116, 97140, 97530, up to three in a visit, a PT's and a PTA's codes on one visit, a PT's and an OT's code on one
/// visit), by PTs, PTAs and OTs (a student's visit billed under the PT who directed it), from three employers no earlier
/// set has, each with its own template and its own writers:
/// <list type="number">
/// <item>a large hospital system's outpatient neuro rehabilitation centre with PT/PTA teams ("Cedar Crest Health
/// Neuro Rehabilitation Institute — Outpatient", CCNRI: the Harmon Pavilion in Lincoln, Nebraska, and its satellite
/// gyms in Grand Island and Kearney; the "NEURO OP TEAM NOTE" with a "TEAM:" line naming the PT and the PTA, a
/// "HANDOFF:" line ("Sam → Dana at 10:20"), a "FURNISHED BY" column in its code table "CPT | Furnished by | Min", a
/// delivery row "☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent", "IMPAIRMENT TARGETED:", "OUTCOME MEASURE / SCORE:" and the
/// institute's "Neuro Pathway step" numbers): Priya Venkataraman (PT, DPT, NCS, team lead), Sam Okonkwo (PT), Dana
/// Lindqvist (PTA), Marcus Feld (PTA) and Hallie Brandt (OTR/L); a retired Union Pacific conductor, a corn-seed sales
/// rep, a Husker season-ticket holder who climbs to row 62, a hog-barn manager, the institute's sky-bridge as a walking
/// track, and a daughter who drives in from Hastings;</item>
/// <item>a university teaching clinic with students on every caseload ("Kaskaskia University Physical Therapy Faculty
/// Clinic", KU-PTC: the faculty clinic in the health-sciences building in Carbondale, Illinois, and the community site
/// in Marion; a student-written SOAP note with "SPT:", "CI:", "Supervision: ☒ line-of-sight ☐ in-room ☐ available",
/// "CI treating another pt during session? ☐ Y ☒ N", "Pt : clinician ☒ 1:1 ☐ 2:1", the CI's co-signature paragraph
/// "I was present, directed the service and treated no other patient during the timed minutes" and the student's
/// "CI feedback:" line): Dr. Renata Oyelaran (PT, DPT, CI), Dr. Glen Hoskins (PT, DPT, CI), Dr. Kim Tran (OTR/L,
/// fieldwork educator) and the students Jordan Pike, Amara Singh and Luis Echeverría (SPT, third year) and Becca
/// Wold (OTS); a retired coal miner, a soybean farmer, a Saluki basketball usher, a campus groundskeeper, a dean's
/// assistant, and a classmate's patient in the same circuit;</item>
/// <item>a private practice that staffs its Saturday clinic with float and per-diem therapists ("Harbor Point Physical
/// Therapy", HPPT: Bremerton and Port Orchard, Washington, its Saturday clinic in Silverdale; the "SAT CLINIC —
/// COVERAGE NOTE" with "Covering:", "Primary PT:", "Handed back to:", "Codes/min:" and the owner's Monday "reviewed —
/// TN" line): Tess Nakamura (PT, owner), Ollie Brandvold (PT, per diem), Keisha Monroe (PTA, float) and Ray Dunleavy
/// (PT, per diem, all lower case and ampersands); a shipyard welder, a ferry deckhand on the Seattle run, a Navy
/// retiree, a crabber, a woman who walks the Port Orchard boardwalk, and a husband in the chair by the window.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many shared-visit notes,
/// applying the contract to the visit as billed: the note's minutes for a code are that code's minutes whoever
/// furnished them, a PT's and a PTA's part of one note are read together as the visit's note, a hand-off from one
/// clinician to another does not undo one-on-one when the patient was with one clinician at a time, and a clinician
/// who leaves the patient for another patient in the block does:
/// <list type="bullet">
/// <item>class 1 (v1-h185-…): one-on-one in these writers' own words ("Took over from Sam at 10:20 … 1:1 the whole
/// way, first with Sam then with me, no other pt", "Pt started w/ Sam for manual, then to me for NMR — 1:1 with me for
/// all of it", "SPT Jordan treated pt 1:1 under my continuous line-of-sight supervision; I treated no one else", "OT
/// worked the same pt at the counter; PT 1:1 with pt, no other pts in the co-tx", "speech ran the word lists while I
/// ran the foam, just the three of us", "covered the NMR block 1:1, nobody else on my schedule till 11", "just me & pt,
/// husband in the chair by the window"), notes that negate it (a PTA with this patient and Mr. Ruelas on the two mats
/// "alternating sets", a student running this patient and a classmate's patient through the circuit together, a
/// per-diem therapist with Mrs. K on the bike and this patient on the foam "back & forth", a PT who got the patient
/// going on the foam and split the rest of the block with a new evaluation) or never state it (a hand-off note that
/// says who did what and nothing about anyone else), and the codes without a one-on-one check: a PTA's 97110 beside
/// another patient on the recumbent stepper;</item>
/// <item>class 2 (v2-h185-…): checkbox and blank-field states as these templates leave them: the delivery row ticked
/// with "HANDOFF: ______ AT: ____" left blank, the same row with nothing ticked, "IMPAIRMENT TARGETED: __________" with
/// no deficit anywhere, the student's boxes ticked and both left empty, "OUTCOME MEASURE: ______ SCORE: ____", a blank
/// "Covering:" beside a typed one-on-one sentence, a minute blank "97112 — __ min" beside a filled one, the team table
/// filled row by row, "1:1 entire block? Y", "TECHNIQUE: ________" over a typed narrative, and "Impairment: N/A";</item>
/// <item>class 3 (v3-h185-…): named programmes and methods as techniques (PNF D2 flexion with rhythmic stabilisation
/// after a hand-off, Herdman X1 viewing, NDT facilitation at the pelvis in an OT co-treatment, LSVT BIG, Mulligan
/// mobilisation with movement, Maitland grade III glides, the Otago exercises with their doses, Cawthorne-Cooksey
/// head and eye exercises, PWR! Moves) and notes whose only technique is a programme's step ("NMR per Neuro Pathway
/// step 3") or "balance program per CI";</item>
/// <item>class 4 (v4-h185-…): deficits stated as findings in these writers' terms (a foot that catches on the curb at
/// the sky-bridge, a man who veers left turning his head to the usher's aisle, a knee that snaps back at mid-stance, a
/// welder who cannot feel where his foot is on the pedal, a barge deckhand who sways on the rolling gangway, a hand that
/// overshoots the cup) and notes that state none ("Deficit: see Priya's eval", "No new problems.", a student's
/// "Problems: same as last visit");</item>
/// <item>class 5 (v5-h185-…): measures in every usual form (FGA, TUG with a counting task, mCTSIB conditions in
/// seconds, single-leg stance by side, gait speed in m/s, perturbations recovered out of ten, the Four Square Step Test,
/// doses for 97110, distance and assistance levels for 97116, assistance levels and counts for 97530) and notes with
/// none ("Berg deferred — Sam will do it Monday", "Measures: see the CI's flow sheet", "steadier per his daughter",
/// "reps per flowsheet");</item>
/// <item>class 6 (v6-h185-…): minutes in these templates' forms (the team table "97112 | Dana L., PTA | 23", "PT
/// portion: 97140 × 12 min / PTA portion: 97112 × 23 min", a clock range on the code's own line, "23' 97112", a block
/// heading with the furnisher's name and minutes, a PT's and an OT's code each with its minutes, a float's "Codes/min:"
/// line) and true mismatches (a float's "97110 — 25 min" on a 15-minute line, a PTA's part giving 26 against 14, a
/// student's "97112 — 35 min" counting the CI's demonstration on a 23-minute line, an OT's "97530 — 30 min" against 18)
/// and truly missing separate time ("Total for session (Sam + Dana): 38 min", codes listed under each name without
/// minutes, "Time: see the CI's schedule", "97112 — __ min");</item>
/// <item>class 7 (v7-h185-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty team note on a PT's and a PTA's codes, spaces and line breaks only, an empty student note with no
/// diagnosis), the contract's meanings for 97110 (a PTA's squats, step-ups and rows after a hand-off), 97530 (an OT
/// student's toilet transfers and sink reaching), 97140 (a per-diem therapist's soft-tissue work and thoracic glides) and 97116 (a
/// PTA's walker-to-cane training on the sky-bridge), and wholly generic notes ("Pt seen by Sam then Dana, tolerated
/// well, continue POC", a Saturday coverage note of boilerplate, a student's "worked on balance, did great");</item>
/// <item>ordinary (vord-h185-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), with their harmless leftovers (a blank "HANDOFF:" line, "Handed back to: ______", the owner's "reviewed —
/// TN", the student's "CI feedback:" line), and the ordinary weak ones: a complete note with no diagnosis, a claim
/// whose diagnosis is "see referral", a generic two-code hand-off note with only a total.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. A
/// code is billed on one line only, by the one role that furnished it (a PT(...) line or a PTA(...) line as the note
/// says, a student's code on the directing PT's line, an OT's on an OT(...) line); no code's minutes are split between
/// a PT and a PTA. This set's notes carry people and numbers that are not the code's or its minutes — team members who
/// handed off or took over, students and their clinical instructors, an OT and a speech-language pathologist in a
/// co-treatment, husbands and a daughter (none of them a patient; Mr. Ruelas on the other mat, Mrs. K on the bike, a
/// classmate's patient in the same circuit and a new evaluation are), times of day of a hand-off ("at 10:20"), dates,
/// ages, years on the railroad, step heights in inches, loads in pounds, band colours, distances in feet and metres,
/// row numbers in a stadium, degrees, gait speeds, counts of cones and cups — and each is written so that a reviewer
/// cannot take it for a billed code's minutes; a code's minutes are written next to the code ("97112 — 23 min",
/// "97112 | Dana L., PTA | 23"), in its block's heading, in a minute box or as a clock range on the code's own line; no
/// note gives minutes to a visit, a drill, a rest or a test, except the ones that fail for a visit total ("Total for
/// session (Sam + Dana): 38 min" and the generic hand-off note's total); notes failed for want of a measure carry no
/// number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique,
/// deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number and fails
/// it only when the note has no number but its code, its minutes and numbers that are plainly something else; for the
/// other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged
/// on the billed minutes: a family member, caregiver, student, co-treating OT or SLP or staff member with the same
/// patient does not undo a one-on-one statement, a hand-off from one clinician to another does not undo it, another
/// patient treated in the same block does, and a clinician attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the shared visits that could honestly be read either way: one code's minutes split
/// between a PT and a PTA (whose line carries which minutes), a hand-off whose two clinicians each give minutes for
/// the same code, a student left alone with the patient while the clinical instructor saw someone else, a clinical
/// instructor supervising two students with two patients in the same block, a co-treatment in which both disciplines
/// bill the same code without saying whose minutes are whose, a speech-language pathologist's minutes written beside
/// her own code in a PT's note, and a hand-off note whose writer cannot say whether the other clinician had a second
/// patient.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 87 of 102 cases agree (100 needed), and 5 of the 66 notes the reviewer passes got a finding, on the analyzer of fbef070 (the 2026-12-07 twenty-fourth session's start, before anything was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, 8d5b7b5): 100 of 102, 1 false positive.</para>
/// <para>After (the twenty-fifth session, 2026-12-07, final engine code e1617c8): 102 of 102, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredEightyFifthTests(ITestOutputHelper output)
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

        // CCNRI Harmon Pavilion team note: "Pt started w/ Sam for manual, then to me for NMR — 1:1 with me for all of it"; Sam's 97140 (STM and glides to the L ankle, 12) and Dana's 97112 (rocker board, foam perturbations, tandem on foam; L ankle proprioception and postural sway; Berg and perturbations, 23), each matching its PT or PTA line: passes.
        ["v1-h185-ccn-sam-manual-then-dana-nmr"] = new(
            """
            CEDAR CREST HEALTH NEURO REHABILITATION INSTITUTE — OUTPATIENT (HARMON PAVILION)
            NEURO OP TEAM NOTE    DOS 03/04/2026
            TEAM: PT Sam Okonkwo / PTA Dana Lindqvist
            HANDOFF: Sam → Dana after manual
            CPT | Furnished by | Min
            97140 | Sam O., PT | 12
            97112 | Dana L., PTA | 23
            Sam (PT): STM to the L peroneals and gastroc, talocrural posterior glides grade III; DF 4° → 9° after.
            Dana (PTA): Pt started w/ Sam for manual, then to me for NMR — 1:1 with me for all of it. Rocker board A/P with eyes open then closed, perturbations at the pelvis standing on foam, tandem walking on the foam beam.
            IMPAIRMENT TARGETED: L ankle proprioception and postural sway after the sprain on the depot steps; 2 near-falls this month.
            OUTCOME MEASURE / SCORE: Berg 45/56 (41 at eval); recovered 7 of 10 perturbations without a step.
            """,
            ["S93.402D", "R26.81"], [PT("97140", 12), PTA("97112", 23)], []),

        // CCNRI Lincoln, Priya's note: "Took over from Sam at 10:20 (he was called to a fall in the gym) — pt 1:1 the whole way, first with Sam then with me, no other pt"; PNF D2 UE patterns in tall kneeling, rhythmic stabilisation at the trunk, reaching on foam; trunk postural control and motor recruitment after a R MCA stroke; FGA and reach; 24 matches: passes.
        ["v1-h185-ccn-took-over-from-sam-at-1020"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Lincoln)
            Writer: Priya Venkataraman, PT, DPT, NCS
            97112 Neuromuscular re-education — 24 min
            HANDOFF: Took over from Sam at 10:20 (he was called to a fall in the gym). Pt 1:1 the whole way, first with Sam then with me, no other pt.
            Interventions: PNF D2 flexion/extension patterns of the L UE in tall kneeling, rhythmic stabilization at the trunk, reaching across midline standing on foam.
            Impairment: poor trunk postural control and delayed L hip and trunk motor recruitment after the R MCA stroke in August.
            Outcome: FGA 17/30 (14 at eval). Forward reach on foam 8 in, was 5 in.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // CCNRI Grand Island, Marcus (PTA) with this pt and Mr. Ruelas on the two mats "alternating sets" for the NMR: not one-on-one; otherwise complete (half-kneel perturbations, foam tandem; proprioception; Berg).
        ["v1-h185-ccn-marcus-alternating-two-mats"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Grand Island)
            TEAM: PT Priya V. (supervising) / PTA Marcus Feld
            97112 | Marcus F., PTA | 22
            Marcus: had this pt and Mr. Ruelas on the two mats for the NMR, alternating sets.
            Half-kneeling with perturbations at the shoulders, tandem stance on foam, stepping onto the 4-in step and holding.
            Impairment: bilateral foot proprioception loss from diabetic neuropathy, wide-based sway.
            Berg 43/56. Tandem on foam 6 s.
            """,
            ["E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // CCNRI Kearney hand-off note that says who did what and nothing about anyone else: one-on-one never stated; complete otherwise (gaze stabilisation X1, head turns walking; vestibular hypofunction; DGI).
        ["v1-h185-ccn-handoff-never-says-one-on-one"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Kearney)
            TEAM: PT Sam Okonkwo / PTA Dana Lindqvist
            HANDOFF: Sam started the session, Dana finished it.
            97112 | Sam O., PT | 21
            Gaze stabilization X1 viewing at 2 Hz seated then standing, walking with horizontal head turns along the hall rail, standing on foam with head nods.
            Impairment: R vestibular hypofunction after neuritis; dizziness 6/10 with quick head turns (was 8/10).
            DGI 16/24 (13 at eval).
            Dana: cleaned the foam and scheduled Tuesday.
            """,
            ["H81.21"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // KU-PTC Carbondale student SOAP: "SPT Jordan treated pt 1:1 under my continuous line-of-sight supervision; I treated no one else" (CI co-signature); BAPS level 3, rocker board, foam stance with ball toss; R ankle proprioception; SLS seconds; 23 on the CI's line matches: passes.
        ["v1-h185-ku-spt-line-of-sight-one-on-one"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Jordan Pike    CI: Renata Oyelaran, PT, DPT
            S: Pt (groundskeeper, 58) reports the R ankle "rolls" on the slope by the football stadium.
            O: 97112 — 23 min. BAPS board level 3 clockwise/counter-clockwise, rocker board eyes closed, foam stance with ball tosses to the rebounder.
            SLS R 7 s (was 3 s), L 22 s.
            A: R ankle proprioception and reactive ankle strategy improving.
            P: progress to single-leg hops next week.
            CI: SPT Jordan treated pt 1:1 under my continuous line-of-sight supervision; I treated no one else during the timed minutes. — R. Oyelaran, PT, DPT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // KU-PTC student ran this pt and a classmate's pt through the balance circuit together: not one-on-one; otherwise complete (cone taps on foam, tandem; somatosensory loss; Four Square Step Test).
        ["v1-h185-ku-two-students-one-circuit"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Amara Singh    CI: Glen Hoskins, PT, DPT
            S: Pt (retired coal miner) says his feet "feel like wood".
            O: 97112 — 22 min. Amara ran this pt and Luis's pt through the balance circuit together (foam cone taps, tandem along the tape line, eyes-closed stance on the Airex), trading stations.
            Four Square Step Test 16.2 s.
            A: somatosensory loss in both feet; relies on vision.
            P: continue.
            """,
            ["G62.9"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // KU-PTC co-treatment with OT: "OT worked the same pt at the counter; PT 1:1 with pt, no other pts in the co-tx"; PT 97112 20 (weight shifts with perturbation, PNF stabilising reversals; postural control; Berg) and OT 97530 18 (meal prep with SBA and counts) each matching its own line: passes.
        ["v1-h185-ku-ot-cotreat-each-own-minutes"] = new(
            """
            KU-PTC — PT/OT co-treatment note
            CI (PT): Renata Oyelaran, PT, DPT    OT: Kim Tran, OTR/L
            Delivery: OT worked the same pt at the counter; PT 1:1 with pt, no other pts in the co-tx.
            PT — 97112 — 20 min: lateral weight shifts at the counter with perturbations at the pelvis, PNF stabilizing reversals in standing, stepping to reach the top shelf.
            PT impairment: L hemiparesis with poor standing postural control.
            PT measure: Berg 38/56 (33 at eval).
            OT — 97530 — 18 min: made a grilled-cheese sandwich at the stove, carried the plate 10 ft to the table; SBA, 2 verbal cues for the L hand.
            OT: goal to cook lunch safely alone; L UE neglect and reduced standing tolerance at the counter.
            """,
            ["I69.354"], [PT("97112", 20), OT("97530", 18)], []),

        // HPPT Saturday clinic, Ollie (per diem) "covered the NMR block 1:1, nobody else on my schedule till 11"; foam-pad stepping, Airex with ball catches, rocker board; deck-sway proprioception; mCTSIB; Codes/min 97112 — 22 matches: passes.
        ["v1-h185-hp-ollie-covered-nmr-block"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE (Silverdale)
            Covering: Ollie Brandvold, PT (per diem)    Primary PT: Tess Nakamura
            Codes/min: 97112 — 22 min
            Covered the NMR block 1:1, nobody else on my schedule till 11.
            Stepping on and off the foam pad, Airex stance catching a weighted ball, rocker board side to side eyes closed.
            Deficit: impaired ankle proprioception and postural control; sways on the ferry car deck.
            mCTSIB foam eyes closed 11 s (was 6 s).
            Handed back to: Tess on Monday.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // HPPT Ray (per diem) "had mrs. k on the bike & this pt on the foam at the same time, back & forth": not one-on-one; otherwise complete (foam, rocker; proprioception; tandem seconds).
        ["v1-h185-hp-ray-back-and-forth"] = new(
            """
            harbor point pt — sat clinic coverage note
            covering: ray dunleavy pt (per diem)
            codes/min: 97112 — 23 min
            short staffed sat, had mrs. k on the bike & this pt on the foam at the same time, back & forth.
            foam stance w/ head turns, rocker board a/p, tandem on the beam.
            deficit: poor r ankle proprioception since the crab pot fell on it.
            tandem 8 s r foot back.
            """,
            ["S92.301D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // HPPT Keisha (float PTA) "just me & pt, husband in the chair by the window": one-on-one; half-kneel PNF chops, tandem with head turns; postural control; TUG; 21 matches: passes.
        ["v1-h185-hp-keisha-husband-by-the-window"] = new(
            """
            HARBOR POINT PT — SAT CLINIC — COVERAGE NOTE (Silverdale)
            Covering: Keisha Monroe, PTA (float)    Primary PT: Tess Nakamura
            Codes/min: 97112 — 21 min
            Just me & pt, husband in the chair by the window.
            PNF chops and lifts in half-kneeling, tandem walking with head turns, stepping over the 6-in hurdle without looking down.
            Deficit: impaired postural control and delayed stepping reaction; she catches her toe on the boardwalk planks.
            TUG 11.8 s (13.5 s two weeks ago).
            """,
            ["R26.89", "Z91.81"], [PTA("97112", 21)], []),

        // CCNRI PTA's 97110 "beside Mr. Ruelas on the recumbent stepper": 97110 has no one-on-one check; sit-to-stands, bridges, band rows with doses; hip and knee extensor weakness; 16 matches: passes.
        ["v1-h185-ccn-pta-97110-beside-stepper"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Grand Island)
            TEAM: PT Priya V. / PTA Marcus Feld
            97110 | Marcus F., PTA | 16
            Pt did her strengthening beside Mr. Ruelas on the recumbent stepper.
            Sit-to-stands from the 18-in mat 3x10, bridges 3x12, green band rows 3x15, standing hip abduction with 2-lb cuffs 2x12 each.
            Impairment: bilateral hip and knee extensor weakness (4-/5), needs hands to rise from the couch.
            """,
            ["G61.0"], [PTA("97110", 16)], []),

        // KU-PTC co-treatment with speech: "speech ran the word lists while I ran the foam, just the three of us"; foam stance with dual task, perturbations; dual-task postural control after a TBI; TUG cognitive; SLP bills her own; 97112 24 matches: passes.
        ["v1-h185-ku-speech-cotreat-three-of-us"] = new(
            """
            KU-PTC — PT note (co-treatment with speech-language pathology)
            CI (PT): Glen Hoskins, PT, DPT
            97112 — 24 min
            Speech ran the word lists while I ran the foam, just the three of us in the room; SLP bills her own time.
            Foam stance naming words by category, lateral perturbations during serial sevens, stepping to targets on call.
            Impairment: dual-task postural control after the TBI; loses balance when talking.
            TUG 12.1 s, TUG cognitive 17.4 s (22.0 s at eval).
            """,
            ["S06.2X0D"], [PT("97112", 24)], []),

        // CCNRI Priya's note about Dana's NMR ("Per Dana's hand-off: she was 1:1 with pt for the whole NMR"); Dana's minutes and the PTA line match; rocker, foam, perturbations; proprioception; Berg: passes.
        ["v1-h185-ccn-priya-writes-dana-nmr"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Harmon Pavilion)
            Writer: Priya Venkataraman, PT, DPT (note written from Dana's hand-off sheet)
            97112 | Dana L., PTA | 21
            Per Dana's hand-off: she was 1:1 with pt for the whole NMR.
            Rocker board A/P, foam stance with eyes closed, perturbations at the hips in tandem.
            Impairment: decreased bilateral LE proprioception, wide sway with eyes closed (peripheral neuropathy).
            Berg 47/56 (44 last month).
            """,
            ["G60.9"], [PTA("97112", 21)], []),

        // HPPT Ollie got the pt going on the foam, then "split the rest of the block between him and Mr. Fenn's eval": not one-on-one; otherwise complete (foam, rocker; vestibular; DGI).
        ["v1-h185-hp-split-with-new-eval"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE
            Covering: Ollie Brandvold, PT (per diem)
            Codes/min: 97112 — 24 min
            Got pt going on the foam, then split the rest of the block between him and Mr. Fenn's eval.
            Foam stance with head turns, walking with pitch head movements, rocker board eyes closed.
            Deficit: L vestibular hypofunction, veers when he turns his head on the ferry ramp.
            DGI 18/24.
            """,
            ["H81.22"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // CCNRI delivery row "☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent" ticked with "HANDOFF: ______ AT: ____" left blank (no hand-off); perturbations on foam, stepping strategies, tandem; ataxia and postural control; SARA and tandem steps; 23 matches: passes.
        ["v2-h185-ccn-delivery-ticked-handoff-blank"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Harmon Pavilion)
            TEAM: PT Sam Okonkwo / PTA ______
            HANDOFF: ______ AT: ____
            CPT | Furnished by | Min
            97112 | Sam O., PT | 23
            DELIVERY: ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            Interventions: perturbations standing on foam, forward and lateral stepping strategy drills, tandem walking with arms crossed.
            IMPAIRMENT TARGETED: truncal ataxia and poor postural control (cerebellar stroke 2025).
            OUTCOME MEASURE / SCORE: SARA 11/40; 9 consecutive tandem steps (4 at eval).
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // CCNRI delivery row with nothing ticked ("☐ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent") and one-on-one stated nowhere: DOC_ONE_ON_ONE_MISSING; content complete (rocker, foam, X1; vestibular; DGI).
        ["v2-h185-ccn-delivery-row-unticked"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Kearney)
            TEAM: PT Priya V. / PTA Dana Lindqvist
            CPT | Furnished by | Min
            97112 | Dana L., PTA | 22
            DELIVERY: ☐ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            Interventions: rocker board with eyes closed, foam stance with horizontal head turns, X1 viewing standing in the corner.
            IMPAIRMENT TARGETED: bilateral vestibular hypofunction (gentamicin), oscillopsia walking.
            OUTCOME MEASURE / SCORE: DGI 14/24.
            """,
            ["H81.23"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // CCNRI "IMPAIRMENT TARGETED: __________" left blank and no deficit, impairment or system anywhere else; one-on-one ticked; foam, rocker, lateral pushes; Berg and pushes: deficit missing.
        ["v2-h185-ccn-impairment-targeted-blank"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Lincoln)
            TEAM: PT Sam Okonkwo
            CPT | Furnished by | Min
            97112 | Sam O., PT | 22
            DELIVERY: ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            Interventions: tandem walking on the foam beam, rocker board A/P, lateral pushes at the shoulders standing on the Airex.
            IMPAIRMENT TARGETED: __________
            OUTCOME MEASURE / SCORE: Berg 42/56; stayed up on 6 of 10 pushes.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // KU-PTC student's boxes all ticked ("Supervision: ☒ line-of-sight", "CI treating another pt during session? ☐ Y ☒ N", "Pt : clinician ☒ 1:1"); PNF D1 LE, perturbations, foam; L hip motor recruitment; 10MWT; 22 matches: passes.
        ["v2-h185-ku-student-boxes-ticked"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note (Marion community site)
            SPT: Luis Echeverría    CI: Glen Hoskins, PT, DPT
            Supervision: ☒ line-of-sight ☐ in-room ☐ available
            CI treating another pt during session? ☐ Y ☒ N
            Pt : clinician ☒ 1:1 ☐ 2:1
            O: 97112 — 22 min. PNF D1 flexion LE patterns in side-lying then standing, perturbations in single-limb stance on the L, forward stepping onto foam.
            Gait speed 0.74 m/s on the 10MWT (0.61 at eval).
            A: L hip abductor and extensor motor recruitment delayed in stance after the stroke; Trendelenburg on the L.
            CI feedback: good hand placement on the pelvis.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // KU-PTC student's boxes left empty ("Pt : clinician ☐ 1:1 ☐ 2:1", "CI treating another pt? ☐ Y ☐ N") and one-on-one stated nowhere: DOC_ONE_ON_ONE_MISSING; content complete (X1 viewing, hall walking with head turns, foam; vestibular hypofunction; DGI).
        ["v2-h185-ku-student-boxes-empty"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Amara Singh    CI: Renata Oyelaran, PT, DPT
            Supervision: ☐ line-of-sight ☐ in-room ☐ available
            CI treating another pt during session? ☐ Y ☐ N
            Pt : clinician ☐ 1:1 ☐ 2:1
            O: 97112 — 21 min. X1 gaze stabilization yaw and pitch at the wall, walking the hall with head turns, foam stance eyes closed.
            DGI 17/24.
            A: L peripheral vestibular hypofunction; symptoms with quick head turns at the basketball games she ushers.
            """,
            ["H81.22"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // KU-PTC "Outcome measure: ______ Score: ____" blank and no number anywhere but the code and its minutes: measure missing; one-on-one, technique and deficit stated.
        ["v2-h185-ku-outcome-measure-blank"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Jordan Pike    CI: Glen Hoskins, PT, DPT
            Pt : clinician ☒ 1:1 ☐ 2:1
            O: 97112 — 23 min. Rocker board side to side, foam stance with ball catches, rhythmic stabilization in half-kneeling.
            Outcome measure: ______ Score: ____
            A: impaired postural control and R ankle proprioception; soybean farmer who steps off the combine ladder onto ruts.
            CI feedback: next time get a measure.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // HPPT "Covering: ______" blank beside a typed one-on-one sentence ("I was with pt 1:1 the whole NMR"); foam, rocker, perturbations; proprioception; SLS seconds; 20 matches: passes.
        ["v2-h185-hp-covering-blank-one-on-one-typed"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE (Silverdale)
            Covering: ______    Primary PT: Tess Nakamura
            Codes/min: 97112 — 20 min
            I was with pt 1:1 the whole NMR. — K. Monroe, PTA
            Foam SLS with ball taps, rocker board A/P, perturbations at the hips in tandem.
            Deficit: L ankle proprioception after the ferry-ramp sprain.
            SLS on foam L 6 s, R 19 s.
            """,
            ["S93.402D"], [PTA("97112", 20)], []),

        // HPPT "97112 — __ min" blank beside "97110 — 14 min" on a two-code visit: separate time missing; both parts complete.
        ["v2-h185-hp-nmr-minute-blank-two-codes"] = new(
            """
            HARBOR POINT PT — SAT CLINIC — COVERAGE NOTE
            Covering: Ollie Brandvold, PT (per diem)
            Codes/min: 97112 — __ min / 97110 — 14 min
            1:1 with pt throughout.
            NMR: foam stance with head turns, rocker board eyes closed, tandem on the beam. Deficit: postural control and ankle proprioception. Tandem 9 s.
            Ther ex: step-ups on the 6-in step 3x10, calf raises 3x15, band hip abduction 3x12; bilateral hip and calf weakness.
            """,
            ["R26.81"], [PT("97112", 24), PT("97110", 14)], [SepTime]),

        // CCNRI team table filled row by row ("97110 | Dana L., PTA | 15", "97112 | Sam O., PT | 23"); Sam 1:1; both parts complete: passes.
        ["v2-h185-ccn-team-table-filled"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Harmon Pavilion)
            TEAM: PT Sam Okonkwo / PTA Dana Lindqvist
            CPT | Furnished by | Min
            97112 | Sam O., PT | 23
            97110 | Dana L., PTA | 15
            DELIVERY (97112): ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            Sam: perturbations in tandem stance, stepping strategy drills off the 4-in step, foam stance with head turns. Impairment: delayed stepping reactions and postural control after the L pontine stroke. Berg 44/56; 8 of 10 perturbations recovered.
            Dana: sit-to-stands 3x10, mini squats 3x12, 3-lb ankle-weight marches 2x20, green band rows 3x15. Impairment: R hip flexor and quad weakness 4-/5.
            """,
            ["I69.351"], [PT("97112", 23), PTA("97110", 15)], []),

        // HPPT "1:1 entire block? Y"; Airex perturbations, rocker, tandem; proprioception; Four Square Step Test; 22 matches: passes.
        ["v2-h185-hp-one-on-one-yes"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE (Port Orchard)
            Covering: Ray Dunleavy, PT (per diem)    Primary PT: Tess Nakamura
            Codes/min: 97112 — 22 min
            1:1 entire block? Y
            airex perturbations front/back/sides, rocker board eyes closed, tandem on the beam w/ ball pass.
            deficit: impaired proprioception both feet & postural sway, welder who stands on grating all day.
            four square step test 13.6 s (15.9 s last sat).
            """,
            ["R26.89"], [PT("97112", 22)], []),

        // CCNRI "TECHNIQUE: ________" blank over a typed narrative naming PNF rhythmic stabilisation and perturbations; one-on-one; postural control; FGA; 22 matches: passes.
        ["v2-h185-ccn-technique-blank-narrative-below"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Kearney)
            TEAM: PT Priya Venkataraman
            97112 | Priya V., PT | 22
            DELIVERY: ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            TECHNIQUE: ________
            Narrative: PNF rhythmic stabilization in quadruped and tall kneeling, then perturbations at the pelvis in standing on the foam; ended with tandem walking past the nurses' station.
            IMPAIRMENT TARGETED: postural control and trunk motor recruitment, MS with R > L weakness.
            OUTCOME MEASURE / SCORE: FGA 19/30.
            """,
            ["R26.89"], [PT("97112", 22)], []),

        // KU-PTC "Impairment: N/A" with no deficit, impairment or system anywhere: deficit missing; one-on-one, technique and measure stated.
        ["v2-h185-ku-impairment-na"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Luis Echeverría    CI: Renata Oyelaran, PT, DPT
            Pt : clinician ☒ 1:1 ☐ 2:1
            O: 97112 — 22 min. BAPS board level 4, foam tandem with ball toss, lateral pushes in narrow stance.
            Recovered 7 of 10 pushes; tandem on foam 12 s.
            Impairment: N/A
            P: continue per CI.
            """,
            ["S93.491D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // CCNRI after a hand-off from Sam, Dana's PNF D2 flexion with rhythmic stabilisation ("1:1 with me from the hand-off on, nobody else"); scapular and trunk motor recruitment; reach and FGA; 22 on the PTA line matches: passes.
        ["v3-h185-ccn-pnf-d2-after-handoff"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Lincoln)
            TEAM: PT Sam Okonkwo / PTA Dana Lindqvist
            HANDOFF: Sam → Dana at the start of the NMR block
            97112 | Dana L., PTA | 22
            Dana: 1:1 with me from the hand-off on, nobody else. PNF D2 flexion of the R UE with rhythmic stabilization at end range, combination of isotonics in sit-to-stand, PNF pelvic elevation/depression in side-lying.
            IMPAIRMENT TARGETED: R scapular and trunk motor recruitment after the L MCA stroke; arm lags when he reaches for the seat-corn bag.
            OUTCOME MEASURE / SCORE: Functional reach 7 in (4 at eval); FGA 15/30.
            """,
            ["I69.351"], [PTA("97112", 22)], []),

        // KU-PTC student's Herdman X1 viewing (yaw and pitch, plain then checkerboard background) with the CI present 1:1; vestibular hypofunction; DGI and dizziness; 21 matches: passes.
        ["v3-h185-ku-herdman-x1-student"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Amara Singh    CI: Glen Hoskins, PT, DPT
            Pt : clinician ☒ 1:1 ☐ 2:1 (SPT with this pt only, CI in the room the whole time)
            O: 97112 — 21 min. Herdman X1 viewing, yaw then pitch, plain wall then checkerboard background; X1 in tandem; walking the hall with head turns.
            DGI 18/24 (15 at eval).
            A: R unilateral vestibular hypofunction; blurred vision with head turns grading papers.
            CI: I was present, directed the service and treated no other patient during the timed minutes. — G. Hoskins
            """,
            ["H81.21"], [PT("97112", 21)], []),

        // KU-PTC PT/OT co-treatment, the PT's NDT facilitation at the pelvis during weight shift and stepping (1:1, no other pt) and the OT's 97530 with assistance; hemiparesis and postural control; Berg; each discipline's minutes match: passes.
        ["v3-h185-ku-ndt-in-ot-cotreat"] = new(
            """
            KU-PTC — PT/OT co-treatment note
            PT: Renata Oyelaran, PT, DPT    OT: Kim Tran, OTR/L; OTS Becca Wold
            Delivery: both disciplines with this pt only; PT 1:1 for the NMR.
            PT 97112 — 21 min: NDT facilitation at the pelvis for weight shift onto the L, key-point facilitation for L stepping, trunk elongation in sitting.
            PT: L hemiparesis with impaired postural control and L stance motor control. Berg 36/56.
            OT 97530 — 16 min: laundry basket transfer from washer to dryer, folding towels standing; CGA, 3 verbal cues for the L hand.
            OT: goal to do her own laundry; L UE hemiparesis and reduced standing tolerance.
            """,
            ["I69.354"], [PT("97112", 21), OT("97530", 16)], []),

        // CCNRI LSVT BIG (maximal daily exercises, BIG stepping and reaching, functional component tasks), 1:1 with Priya; bradykinesia and reduced step amplitude and postural control in Parkinson's; TUG and step length; 24 matches: passes.
        ["v3-h185-ccn-lsvt-big"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Harmon Pavilion)
            97112 | Priya V., PT (LSVT BIG certified) | 24
            DELIVERY: ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            LSVT BIG session 9 of 16: maximal daily exercises (floor-to-ceiling, side-to-side, forward and sideways stepping with BIG reach), functional component tasks (sit-to-stand, rolling), hierarchy task walking to the sky-bridge with big steps.
            IMPAIRMENT TARGETED: hypokinesia with short shuffling steps, reduced postural control on turns (Parkinson's disease).
            OUTCOME MEASURE / SCORE: TUG 10.9 s (14.2 s at eval); 10-m walk 13 steps (19 at eval).
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // HPPT Saturday float's Mulligan mobilisation with movement for the shoulder (97140): named manual technique, region, ROM in degrees; 12 matches: passes.
        ["v3-h185-hp-mulligan-mwm-shoulder"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE (Bremerton)
            Covering: Ollie Brandvold, PT (per diem)    Primary PT: Tess Nakamura
            Codes/min: 97140 — 12 min
            Mulligan MWM for the R shoulder, posterolateral glide of the humeral head during active flexion, 3 sets of 10; STM to the R upper trap and levator.
            Problem: R shoulder flexion limited and painful overhead; can't reach the welding hood shelf.
            Flexion 128° → 146° after MWM.
            """,
            ["M25.611"], [PT("97140", 12)], []),

        // KU-PTC student's Maitland grade III-IV PA glides to the lumbar spine and side-glides (97140) with the CI present; hypomobility L4-5; ROM change; 13 matches: passes.
        ["v3-h185-ku-maitland-grade-iii"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Luis Echeverría    CI: Renata Oyelaran, PT, DPT
            O: 97140 — 13 min. Maitland central PA glides L4 and L5 grade III, 3 bouts of 30 s, progressing to grade IV; sustained side-glide to the R in standing 10 reps.
            A: L4-5 segmental hypomobility with R-sided low back pain when bending to rake leaves.
            Lumbar flexion fingertips to mid-shin (was knee level); extension 15° (was 8°).
            CI: present and directing; SPT with this pt only.
            """,
            ["M54.50"], [PT("97140", 13)], []),

        // CCNRI PTA's Otago exercises with their doses (97110): knee extension with 4-lb cuffs, hip abduction, calf raises, sit-to-stands; hip and ankle weakness; 18 matches: passes.
        ["v3-h185-ccn-otago-pta"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Grand Island)
            TEAM: PT Priya V. / PTA Marcus Feld
            97110 | Marcus F., PTA | 18
            Otago strengthening, level C: seated knee extension with 4-lb cuffs 2x10 each, side hip abduction 2x10 each, calf raises 2x15, toe raises 2x15, sit-to-stands with no hands 2x10.
            Impairment: bilateral hip abductor and ankle dorsiflexor weakness, 4-/5; 2 falls at the hog barn since summer.
            """,
            ["R26.81", "Z91.81"], [PTA("97110", 18)], []),

        // HPPT Cawthorne-Cooksey head and eye exercises (Ray, per diem, "1:1, only pt on my sched at 9"); vestibular and motion sensitivity; DGI and dizzy; 20 matches: passes.
        ["v3-h185-hp-cawthorne-cooksey"] = new(
            """
            harbor point pt — sat clinic coverage note (silverdale)
            covering: ray dunleavy pt (per diem)
            codes/min: 97112 — 20 min
            1:1, only pt on my sched at 9.
            cawthorne-cooksey head & eye exercises: eye movements up/down & side to side, head bending eyes open then closed, ball thrown hand to hand above eye level, walking across the room eyes open then closed.
            deficit: l vestibular hypofunction & motion sensitivity on the seattle ferry.
            dgi 19/24 (16 two wks ago).
            """,
            ["H81.22"], [PT("97112", 20)], []),

        // CCNRI PWR! Moves (PWR!Up, Rock, Twist, Step) in standing, 1:1 with Sam; axial rigidity and weight-shift postural control in Parkinson's; Mini-BESTest; 23 matches: passes.
        ["v3-h185-ccn-pwr-moves"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Kearney)
            97112 | Sam O., PT | 23
            DELIVERY: ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            PWR! Moves in standing: PWR!Up, PWR!Rock, PWR!Twist and PWR!Step, 2 rounds each, then PWR!Step to targets on call.
            IMPAIRMENT TARGETED: axial rigidity and slow weight shift, poor postural control stepping backward (Parkinson's).
            OUTCOME MEASURE / SCORE: Mini-BESTest 19/28 (16 at eval).
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // CCNRI whose only technique is the institute's pathway step ("NMR per Neuro Pathway step 3, progressed to step 4"): technique missing; one-on-one, deficit and measure stated.
        ["v3-h185-ccn-neuro-pathway-step-only"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Lincoln)
            TEAM: PT Sam Okonkwo / PTA Dana Lindqvist
            97112 | Dana L., PTA | 22
            DELIVERY: ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            NMR per Neuro Pathway step 3, progressed to step 4.
            IMPAIRMENT TARGETED: L ankle proprioception and postural control.
            OUTCOME MEASURE / SCORE: Berg 46/56.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // KU-PTC student's "balance program per CI" as the only technique: technique missing; one-on-one, deficit (somatosensory loss) and measure (mCTSIB seconds) stated.
        ["v3-h185-ku-balance-program-per-ci"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Jordan Pike    CI: Glen Hoskins, PT, DPT
            Pt : clinician ☒ 1:1 ☐ 2:1
            O: 97112 — 22 min. Balance program per CI.
            mCTSIB condition 4 (foam, eyes closed) 9 s, was 4 s.
            A: somatosensory loss both feet from chemo neuropathy.
            """,
            ["G62.0"], [PT("97112", 22)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and none

        // CCNRI Dana after Sam's hand-off: "his R foot catches on the curb cut at the sky-bridge — toe clearance and ankle DF timing"; 1:1; PNF D1 LE, metronome stepping, obstacle stepping; 10MWT and toe catches; 23 matches: passes.
        ["v4-h185-ccn-foot-catches-at-sky-bridge"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Harmon Pavilion)
            TEAM: PT Sam Okonkwo / PTA Dana Lindqvist
            HANDOFF: Sam → Dana for the NMR block
            97112 | Dana L., PTA | 23
            Dana: 1:1 with pt for all of the NMR. PNF D1 flexion of the R LE in standing, stepping to a metronome, stepping over the 4-in obstacle course with the R leading.
            Finding: his R foot catches on the curb cut at the sky-bridge — poor R ankle DF timing and toe clearance in swing.
            Gait speed 0.82 m/s; caught the toe 1 time in 6 laps (4 times at eval).
            """,
            ["I69.354"], [PTA("97112", 23)], []),

        // KU-PTC usher who "veers left when he turns his head to check the aisle row numbers" — vestibular; 1:1 with the SPT under line-of-sight; gaze stabilisation walking, foam head turns; FGA; 22 matches: passes.
        ["v4-h185-ku-usher-veers-left"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Amara Singh    CI: Renata Oyelaran, PT, DPT
            Supervision: ☒ line-of-sight   Pt : clinician ☒ 1:1
            S: Saluki usher, 67; "I go sideways when I look up at the row numbers."
            O: 97112 — 22 min. Walking with yaw head turns reading row cards on the wall, X2 viewing standing, foam stance with pitch head movements.
            A: veers left when he turns his head — L vestibular hypofunction with impaired gaze stability.
            FGA 20/30 (16 at eval).
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // HPPT Keisha (float PTA): "knee snaps back at mid-stance on the boardwalk — quad timing" (1:1); tapping to quads, mini-squat holds on foam, step-downs with perturbation; hyperextension count; 21 matches: passes.
        ["v4-h185-hp-knee-snaps-back"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE (Port Orchard)
            Covering: Keisha Monroe, PTA (float)    Primary PT: Tess Nakamura
            Codes/min: 97112 — 21 min
            1:1 with pt, nobody else on my Saturday list at 10.
            Tapping over the R quad during mini-squat holds on foam, step-downs off the 4-in step with perturbation at the pelvis, knee-control walking with a mirror.
            Finding: R knee snaps back at mid-stance on the boardwalk — poor quad timing and knee proprioception since the stroke.
            Hyperextension in 3 of 20 steps (11 of 20 last week).
            """,
            ["I69.351"], [PTA("97112", 21)], []),

        // HPPT Ray: welder "cannot feel where his foot is on the pedal" — foot position sense; 1:1; eyes-closed foot-target matching, foam stance; Semmes-Weinstein and matching; 22 matches: passes.
        ["v4-h185-hp-welder-foot-on-pedal"] = new(
            """
            harbor point pt — sat clinic coverage note
            covering: ray dunleavy pt (per diem)
            codes/min: 97112 — 22 min
            1:1 whole nmr, just me & him.
            eyes-closed foot-to-target matching on the floor grid, foam stance w/ eyes closed, rocker board a/p holding level.
            finding: can't feel where his r foot is on the truck pedal — lost foot position sense & plantar sensation (diabetic).
            semmes-weinstein 5.07 absent at 4 of 10 sites (6 of 10 at eval); matched the target within 1 in on 7 of 10 tries.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // CCNRI Hallie (OT) co-treat with Sam: a hand that overshoots the cup — dysmetria; OT 97530 with assistance and counts; Sam's 97116 with distance and CGA; each matches: passes.
        ["v4-h185-ccn-hand-overshoots-the-cup"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE — PT/OT co-treatment (Harmon Pavilion)
            TEAM: PT Sam Okonkwo / OT Hallie Brandt, OTR/L
            CPT | Furnished by | Min
            97116 | Sam O., PT | 15
            97530 | Hallie B., OTR/L | 17
            Sam: gait training with a rollator from the gym to the sky-bridge and back, 250 ft x 2, CGA on turns; wide-based staggering gait with truncal ataxia.
            Hallie: pouring water into cups and carrying them to the table, 8 of 10 without spilling, SBA; finding: her R hand overshoots the cup — dysmetria and intention tremor; goal to serve her own coffee.
            """,
            ["I69.393"], [PT("97116", 15), OT("97530", 17)], []),

        // KU-PTC deckhand "sways on the rolling ramp" — vestibular and somatosensory postural control; 1:1; rocker board with head turns, foam with perturbations; sway seconds; 23 matches: passes.
        ["v4-h185-ku-deckhand-sways-on-ramp"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note (Marion community site)
            SPT: Luis Echeverría    CI: Glen Hoskins, PT, DPT
            Pt : clinician ☒ 1:1 ☐ 2:1
            S: barge deckhand on the Ohio; sways on the rolling gangway.
            O: 97112 — 23 min. Rocker board with head turns, foam stance with perturbations at the shoulders, tandem on foam with eyes closed.
            A: postural control relying on vision; reduced vestibular and somatosensory use on moving surfaces.
            mCTSIB foam eyes closed 14 s (5 s at eval); recovered 8 of 10 perturbations.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // HPPT Tess's weekday note with a deficit stated as a function (feet "slap" on the ferry gangway) and impairment (DF motor control); 1:1; tapping, heel-walk holds, metronome stepping; counts; 20 matches: passes.
        ["v4-h185-hp-feet-slap-on-gangway"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — daily note (Bremerton) — Tess Nakamura, PT
            97112 — 20 min, 1:1 the whole time.
            Quick-stretch tapping to the L tibialis anterior, heel-walk holds along the rail, stepping to a metronome at 96 bpm with heel-first contact.
            Finding: L foot slaps down on the ferry gangway — poor L ankle dorsiflexor motor control and timing after the L peroneal nerve injury.
            Heel-first contact on 14 of 20 steps (6 of 20 at eval).
            """,
            ["S84.12XD"], [PT("97112", 20)], []),

        // CCNRI "Deficit: see Priya's eval" and nothing targeted anywhere: deficit missing; one-on-one, rocker, foam, perturbations and Berg stated.
        ["v4-h185-ccn-deficit-see-priyas-eval"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Grand Island)
            TEAM: PT Priya V. / PTA Marcus Feld
            97112 | Marcus F., PTA | 22
            DELIVERY: ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            Rocker board A/P, foam stance with ball catches, perturbations in tandem.
            Deficit: see Priya's eval.
            Berg 45/56; recovered 6 of 10 perturbations.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // HPPT Ollie "no new problems" and nothing targeted: deficit missing; one-on-one, PNF D2 and rocker, TUG stated.
        ["v4-h185-hp-no-new-problems"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE
            Covering: Ollie Brandvold, PT (per diem)    Primary PT: Tess Nakamura
            Codes/min: 97112 — 21 min
            1:1 w/ pt the whole block.
            PNF D2 UE patterns standing on foam, rocker board side to side, stepping over the cones.
            No new problems.
            TUG 10.4 s.
            """,
            ["R26.89"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // KU-PTC student note "Problems: same as last visit" and nothing targeted anywhere: deficit missing; one-on-one (line-of-sight, CI with no other pt), BAPS, foam, perturbations and SLS seconds stated.
        ["v4-h185-ku-problems-same-as-last-visit"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Jordan Pike    CI: Renata Oyelaran, PT, DPT
            Supervision: ☒ line-of-sight   CI treating another pt during session? ☐ Y ☒ N   Pt : clinician ☒ 1:1
            O: 97112 — 22 min. BAPS level 2, foam SLS with ball taps, perturbations in tandem.
            SLS L 11 s, R 18 s.
            A: Problems: same as last visit.
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and none

        // CCNRI FGA given as a score with its change, after a hand-off PT → PTA ("1:1 with Dana after Sam left for the 10:30 eval, no one else with her"); tandem on foam, perturbations, obstacle stepping; postural control; 22 on the PTA line matches: passes.
        ["v5-h185-ccn-fga-after-handoff"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Lincoln)
            TEAM: PT Sam Okonkwo / PTA Dana Lindqvist
            HANDOFF: Sam → Dana; 1:1 with Dana after Sam left for the 10:30 eval, no one else with her.
            97112 | Dana L., PTA | 22
            Tandem walking on the foam beam, lateral perturbations in narrow stance, obstacle stepping with a tray.
            IMPAIRMENT TARGETED: impaired postural control and delayed protective stepping (normal pressure hydrocephalus, post shunt).
            OUTCOME MEASURE / SCORE: FGA 21/30 (17 on 11/16).
            """,
            ["G91.2"], [PTA("97112", 22)], []),

        // KU-PTC TUG with a counting task, written "TUG-cog (counting back by 3s) 15.2 s"; student 1:1 under line-of-sight; dual-task stepping, foam with questions; dual-task postural control; 21 matches: passes.
        ["v5-h185-ku-tug-cog"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Amara Singh    CI: Glen Hoskins, PT, DPT
            Supervision: ☒ line-of-sight   Pt : clinician ☒ 1:1 ☐ 2:1
            O: 97112 — 21 min. Stepping to colored targets while counting back, foam stance answering questions, perturbations while carrying a tray.
            TUG 11.0 s; TUG-cog (counting back by 3s) 15.2 s (19.8 s at eval).
            A: dual-task postural control deficit; the dean's assistant trips when talking on the stairs.
            """,
            ["R26.81"], [PT("97112", 21)], []),

        // HPPT mCTSIB written as four conditions in seconds ("C1 30 / C2 30 / C3 22 / C4 8 s"); Ollie 1:1; foam eyes closed, rocker; somatosensory and vestibular; 23 matches: passes.
        ["v5-h185-hp-mctsib-four-conditions"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE (Silverdale)
            Covering: Ollie Brandvold, PT (per diem)    Primary PT: Tess Nakamura
            Codes/min: 97112 — 23 min
            1:1 with pt the whole NMR.
            Foam stance eyes closed with head turns, rocker board A/P, tandem on foam.
            Deficit: reduced somatosensory and vestibular contribution to postural control; Navy retiree who falls in the dark.
            mCTSIB: C1 30 s / C2 30 s / C3 22 s / C4 8 s (C4 3 s at eval).
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // CCNRI single-leg stance by side and perturbations out of ten; Marcus 1:1; rocker, foam SLS, perturbations; L ankle proprioception; 22 matches: passes.
        ["v5-h185-ccn-sls-by-side"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Grand Island)
            97112 | Marcus F., PTA | 22
            DELIVERY: ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            Rocker board eyes closed, foam SLS with ball taps, perturbations at the pelvis in SLS.
            IMPAIRMENT TARGETED: L ankle proprioception after the ankle ORIF.
            OUTCOME MEASURE / SCORE: SLS R 24 s, L 9 s; 7/10 perturbations recovered on the L.
            """,
            ["S82.852D"], [PTA("97112", 22)], []),

        // KU-PTC 97116 after a TKA with distance and assistance levels (student with the CI, 1:1 not needed for 97116); antalgic gait and knee flexion in swing; 18 matches: passes.
        ["v5-h185-ku-97116-distance-assist"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Luis Echeverría    CI: Renata Oyelaran, PT, DPT
            O: 97116 — 18 min. Gait training walker → single-point cane on level tile, 200 ft x 2 with SBA; 4 steps reciprocal with rail and cane, CGA; heel-strike and knee-bend cueing.
            A: antalgic gait with reduced R knee flexion in swing and short L step after the R TKA.
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 18)], []),

        // HPPT Keisha's 97530 with assistance levels and counts (floor transfers, carrying crab-pot line coils); weakness and a return-to-boat goal; 16 matches: passes.
        ["v5-h185-hp-97530-assist-and-counts"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE (Port Orchard)
            Covering: Keisha Monroe, PTA (float)    Primary PT: Tess Nakamura
            Codes/min: 97530 — 16 min
            Floor-to-stand transfers via half-kneel x5 with SBA, carrying a 15-lb coil of line 40 ft x 4 with supervision, step up onto the 12-in box like the boat rail x8 with CGA.
            Deficit: bilateral hip and trunk weakness after the back surgery; goal to get back on the crab boat.
            """,
            ["M51.16"], [PTA("97530", 16)], []),

        // CCNRI PTA's 97110 with sets, reps and load; R hip and knee weakness; 14 matches: passes.
        ["v5-h185-ccn-97110-doses"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Kearney)
            97110 | Dana L., PTA | 14
            Leg press 50 lb 3x12, step-ups on the 6-in step 3x10 R lead, bridges with the ball 3x12, side-lying hip abduction 2x15 R.
            Impairment: R hip extensor/abductor and quad weakness, 4-/5 after the GBS; can't climb the bleachers to row 62.
            """,
            ["G61.0"], [PTA("97110", 14)], []),

        // HPPT Four Square Step Test and gait speed; Ray 1:1; agility ladder, foam, stepping strategy; reactive stepping; 22 matches: passes.
        ["v5-h185-hp-four-square-and-gait-speed"] = new(
            """
            harbor point pt — sat clinic coverage note (bremerton)
            covering: ray dunleavy pt (per diem)
            codes/min: 97112 — 22 min
            1:1, just me & pt.
            agility ladder side steps & crossovers, stepping strategy drills off the foam, reactive stepping to pushes from behind.
            deficit: slow reactive stepping & postural control, falls backward off the dock ramp.
            four square step test 12.9 s; gait speed 1.02 m/s.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // CCNRI "Berg deferred — Sam will do it Monday" and no number but the code and its minutes: measure missing; one-on-one, technique and deficit stated.
        ["v5-h185-ccn-berg-deferred-to-monday"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Harmon Pavilion)
            97112 | Dana L., PTA | 22
            DELIVERY: ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            Foam stance with head turns, rocker board side to side, perturbations in tandem.
            IMPAIRMENT TARGETED: postural control and bilateral foot proprioception.
            OUTCOME MEASURE / SCORE: Berg deferred — Sam will do it Monday.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // KU-PTC student's "Measures: see the CI's flow sheet" and no number but the code and its minutes: measure missing; one-on-one, rhythmic stabilisation, rocker and foam, postural control stated.
        ["v5-h185-ku-measures-see-flow-sheet"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Amara Singh    CI: Renata Oyelaran, PT, DPT
            Pt : clinician ☒ 1:1 ☐ 2:1
            O: 97112 — 22 min. Rhythmic stabilization in half-kneeling, rocker board eyes closed, foam tandem with ball toss.
            Measures: see the CI's flow sheet.
            A: trunk and ankle postural control after the fall on the campus steps.
            """,
            ["R26.89"], [PT("97112", 22)], [At(Measure, "97112")]),

        // HPPT "steadier per his daughter" and no number: measure missing; one-on-one, technique, deficit stated.
        ["v5-h185-hp-steadier-per-daughter"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE
            Covering: Ollie Brandvold, PT (per diem)    Primary PT: Tess Nakamura
            Codes/min: 97112 — 21 min
            1:1 with pt, his daughter watched from the doorway.
            Perturbations on foam, rocker board A/P, tandem walking with head turns.
            Deficit: ataxia and poor postural control after the cerebellar bleed.
            Steadier per his daughter.
            """,
            ["I69.193"], [PT("97112", 21)], [At(Measure, "97112")]),

        // CCNRI Marcus's 97110 with "reps per flowsheet" and no dose or number: measure missing on 97110; exercises and region named.
        ["v5-h185-ccn-97110-reps-per-flowsheet"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Grand Island)
            97110 | Marcus F., PTA | 15
            Sit-to-stands, bridges, standing hip abduction and heel raises, reps per flowsheet.
            Impairment: bilateral hip and calf weakness after the ICU stay.
            """,
            ["M62.81"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, mismatches, missing separate time

        // CCNRI "PT portion: 97140 × 12 min / PTA portion: 97112 × 23 min", each matching its PT or PTA line; manual and NMR complete, 1:1 for the NMR: passes.
        ["v6-h185-ccn-pt-portion-pta-portion"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Harmon Pavilion)
            TEAM: PT Priya Venkataraman / PTA Dana Lindqvist
            PT portion: 97140 × 12 min — Priya: STM to the R hamstrings and calf, tibiofemoral extension mobs grade III; knee extension −12° → −6°; R knee flexion contracture after the long ICU stay.
            PTA portion: 97112 × 23 min — Dana, 1:1 with pt, no one else: stepping to targets on foam, perturbations in tandem, rocker board eyes closed; R knee proprioception and postural control; Berg 41/56, 6 of 10 perturbations recovered.
            """,
            ["M24.561", "R26.81"], [PT("97140", 12), PTA("97112", 23)], []),

        // CCNRI hand-off with a clock range on each code's own line ("97140 (Sam) 09:40–09:52", "97112 (Dana) 09:52–10:15"), 12 and 23 matching; complete: passes.
        ["v6-h185-ccn-clock-ranges-on-code-lines"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Lincoln)
            TEAM: PT Sam Okonkwo / PTA Dana Lindqvist
            97140 (Sam, PT) 09:40–09:52 — STM to the L upper trap and scalenes, first-rib mobilization grade III; cervical rotation L 48° → 60°.
            97112 (Dana, PTA) 09:52–10:15 — 1:1 with Dana after the hand-off: PNF D2 flexion of the L UE in standing, rhythmic stabilization, reaching on foam.
            IMPAIRMENT TARGETED: L scapular motor recruitment and postural control after the R MCA stroke; cervical hypomobility.
            OUTCOME MEASURE / SCORE: functional reach 9 in (6 at eval).
            """,
            ["I69.354", "M54.2"], [PT("97140", 12), PTA("97112", 23)], []),

        // HPPT Ray's "97112 nmr 23'" with the minute mark; 1:1; foam, rocker, perturbations; proprioception; tandem seconds; matches: passes.
        ["v6-h185-hp-prime-minutes"] = new(
            """
            harbor point pt — sat clinic coverage note (port orchard)
            covering: ray dunleavy pt (per diem)
            97112 nmr 23'
            1:1, nobody else in the gym till noon.
            foam stance w/ eyes closed, rocker board a/p, perturbations in tandem.
            deficit: poor r ankle proprioception & postural control after the slip on the shipyard gangway.
            tandem on foam 10 s (4 s at start of care); 7/10 perturbations w/o a step.
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // CCNRI block headings with the furnisher's name and minutes ("NEUROMUSCULAR RE-ED (97112) — Priya — 24 min", "GAIT TRAINING (97116) — Marcus — 16 min"), both matching; complete: passes.
        ["v6-h185-ccn-block-headings-with-names"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Kearney)
            NEUROMUSCULAR RE-ED (97112) — Priya — 24 min
            1:1 with Priya. Perturbations in stride stance, stepping strategy drills, foam tandem with head turns. Impairment: delayed reactive stepping and postural control (PSP). Mini-BESTest 15/28.
            GAIT TRAINING (97116) — Marcus — 16 min
            Rollator to the sky-bridge and back 300 ft x 2, SBA, weighted rollator; turns with cueing for wide steps; retropulsion on turns and short steps.
            """,
            ["G23.1"], [PT("97112", 24), PTA("97116", 16)], []),

        // KU-PTC student's time line "97112 — 22 min (SPT/CI); 97110 — 12 min (SPT/CI)", both matching; 1:1; complete: passes.
        ["v6-h185-ku-time-line-two-codes"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Jordan Pike    CI: Glen Hoskins, PT, DPT
            Pt : clinician ☒ 1:1 ☐ 2:1
            Time: 97112 — 22 min (SPT/CI); 97110 — 12 min (SPT/CI)
            O: NMR: BAPS level 3, rocker board eyes closed, foam SLS with ball tosses; SLS R 9 s (4 s at eval). Ther ex: calf raises 3x15, eccentric heel drops 3x12, band eversion 3x15 red.
            A: R ankle proprioception deficit and peroneal/calf weakness after the third sprain on the intramural court.
            """,
            ["S93.401D"], [PT("97112", 22), PT("97110", 12)], []),

        // HPPT float's "Codes/min: 97112 — 22 min; 97110 — 13 min", both matching; complete: passes.
        ["v6-h185-hp-codes-min-two-codes"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE (Silverdale)
            Covering: Keisha Monroe, PTA (float)    Primary PT: Tess Nakamura
            Codes/min: 97112 — 22 min; 97110 — 13 min
            NMR 1:1 with me: tandem on foam with head turns, rocker board side to side, perturbations in SLS. Deficit: postural control and L ankle proprioception. SLS L 8 s.
            Ther ex: step-ups 6-in 3x10, side steps with the green band 3 laps, heel raises 3x15; L hip abductor and calf weakness.
            Handed back to: ______
            """,
            ["R26.81"], [PTA("97112", 22), PTA("97110", 13)], []),

        // CCNRI three codes in the team table (PT 97140 10, PTA 97112 23, PTA 97110 12), all matching; complete: passes.
        ["v6-h185-ccn-three-codes-team-table"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Harmon Pavilion)
            TEAM: PT Sam Okonkwo / PTA Marcus Feld
            HANDOFF: Sam → Marcus after manual
            CPT | Furnished by | Min
            97140 | Sam O., PT | 10
            97112 | Marcus F., PTA | 23
            97110 | Marcus F., PTA | 12
            Sam: STM and grade III PA glides to the thoracic spine T4-T8; thoracic extension improved, forward-flexed posture.
            Marcus (1:1 for the NMR): perturbations in tandem, foam stance with head turns, stepping over obstacles; postural control and reactive stepping (Parkinson's); Berg 44/56.
            Marcus: prone press-ups 2x10, wall angels 2x10, seated rows with the blue band 3x12; thoracic extensor weakness.
            """,
            ["G20.A1"], [PT("97140", 10), PTA("97112", 23), PTA("97110", 12)], []),

        // HPPT float's "97110 — 25 min" on a 15-minute PTA line: mismatch; NMR 22 matches; both parts complete.
        ["v6-h185-hp-float-25-on-15"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE (Port Orchard)
            Covering: Keisha Monroe, PTA (float)
            97112 — 22 min, 1:1: rocker board eyes closed, foam tandem, perturbations at the hips; R ankle proprioception; tandem 12 s.
            97110 — 25 min: bridges 3x12, clamshells 3x15 blue band, step-ups 8-in 3x10; R hip weakness.
            """,
            ["S93.401D"], [PTA("97112", 22), PTA("97110", 15)], [At(Mismatch, "97110")]),

        // CCNRI PTA's part giving 26 against a 14-minute PTA 97110 line: mismatch; the PT's 97112 23 matches; both parts complete.
        ["v6-h185-ccn-pta-part-26-on-14"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Grand Island)
            TEAM: PT Priya V. / PTA Dana Lindqvist
            CPT | Furnished by | Min
            97112 | Priya V., PT | 23
            97110 | Dana L., PTA | 26
            Priya (1:1): perturbations in stride stance, foam tandem, stepping strategy drills; delayed stepping reactions and postural control; Berg 43/56.
            Dana: leg press 60 lb 3x10, step-ups 6-in 3x10, sit-to-stands 3x10; bilateral quad weakness.
            """,
            ["R26.81"], [PT("97112", 23), PTA("97110", 14)], [At(Mismatch, "97110")]),

        // KU-PTC student's "97112 — 35 min" counting the CI's demonstration on a 23-minute line: mismatch; complete otherwise.
        ["v6-h185-ku-student-35-on-23"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Luis Echeverría    CI: Renata Oyelaran, PT, DPT
            Pt : clinician ☒ 1:1 ☐ 2:1
            O: 97112 — 35 min (incl. CI demonstrating the perturbation set-up). Perturbations in narrow stance, rocker board, foam SLS.
            A: L ankle proprioception and postural control.
            SLS on foam L 7 s; 5 of 10 perturbations recovered.
            """,
            ["S93.402D"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // KU-PTC co-treat: the OT's "97530 — 30 min" against an 18-minute OT line: mismatch on 97530; the PT's 97112 20 matches; both complete.
        ["v6-h185-ku-ot-30-on-18"] = new(
            """
            KU-PTC — PT/OT co-treatment note
            PT: Glen Hoskins, PT, DPT    OT: Kim Tran, OTR/L
            Delivery: PT 1:1 with pt, OT with the same pt, no other pts.
            PT — 97112 — 20 min: PNF stabilizing reversals in standing, weight shifts with perturbation, foam stance; L postural control after the stroke; Berg 39/56.
            OT — 97530 — 30 min: tub transfer bench practice x4 with CGA, reaching into the dryer for 10 towels with SBA; L hemiparesis; goal to bathe at home.
            """,
            ["I69.354"], [PT("97112", 20), OT("97530", 18)], [At(Mismatch, "97530")]),

        // CCNRI "Total for session (Sam + Dana): 38 min" with two codes and no minutes for each: separate time missing; content complete.
        ["v6-h185-ccn-total-for-session-only"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Kearney)
            TEAM: PT Sam Okonkwo / PTA Dana Lindqvist
            Sam (97112, 1:1): foam tandem, perturbations, rocker board eyes closed; ataxia and postural control; SARA 9/40.
            Dana (97110): sit-to-stands 3x10, bridges 3x12, heel raises 3x15; hip and calf weakness.
            Total for session (Sam + Dana): 38 min
            """,
            ["I69.393"], [PT("97112", 24), PTA("97110", 14)], [SepTime]),

        // HPPT codes listed under each name with no minutes anywhere: separate time missing; content complete.
        ["v6-h185-hp-codes-under-names-no-minutes"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE (Silverdale)
            Ollie Brandvold, PT (per diem): 97140 — MWM for the L ankle DF in lunge, talar posterior glides grade III; DF 8° → 14°; L ankle stiffness after the fracture.
            Keisha Monroe, PTA (float): 97110 — heel raises 3x15, step-downs 4-in 3x10, lunges 2x10; L calf weakness.
            """,
            ["S82.62XD"], [PT("97140", 11), PTA("97110", 15)], [SepTime]),

        // KU-PTC two codes with "Time: see the CI's schedule" and no minutes: separate time missing; content complete.
        ["v6-h185-ku-time-see-schedule"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Amara Singh    CI: Glen Hoskins, PT, DPT
            Pt : clinician ☒ 1:1 ☐ 2:1
            Codes: 97112, 97116. Time: see the CI's schedule.
            O: NMR: rocker board, foam tandem with head turns, perturbations; postural control and L ankle proprioception; Berg 46/56.
            Gait: walker → cane on tile and carpet, 150 ft x 3 with SBA; L foot slap and short R step.
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 15)], [SepTime]),

        // CCNRI Dana's hand-off note with each code's minutes and its furnisher in brackets ("97140 — 11 min (Sam, PT)", "97112 — 24 min (me, 1:1 after the hand-off)"), both matching; manual and NMR complete: passes.
        ["v6-h185-ccn-minutes-in-prose-handoff"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Lincoln)
            Writer: Dana Lindqvist, PTA
            97140 — 11 min (Sam, PT): STM to the R calf and plantar fascia, talocrural glides grade III; DF 2° → 7°.
            97112 — 24 min (me, 1:1 after the hand-off): rocker board, foam SLS with ball taps, perturbations in tandem.
            IMPAIRMENT TARGETED: R ankle stiffness and proprioception after the Achilles repair.
            OUTCOME MEASURE / SCORE: SLS R 10 s (3 s at eval).
            """,
            ["S86.011D"], [PT("97140", 11), PTA("97112", 24)], []),

        // ---------------------------------------------------------------- class 7: empty notes, the other codes' meanings, wholly generic notes

        // Empty team note on a PT's 97140 and a PTA's 97112: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h185-ccn-empty-team-note"] = new(
            "",
            ["I69.354"], [PT("97140", 12), PTA("97112", 23)], [At(NoteMissing, "97140"), At(NoteMissing, "97112")]),

        // Spaces and line breaks only on a float PTA's 97110: note missing.
        ["v7-h185-hp-spaces-only-97110"] = new(
            "   \n  \n    ",
            ["M62.81"], [PTA("97110", 15)], [At(NoteMissing, "97110")]),

        // Empty student note with no diagnosis on the CI's 97112: note missing and diagnosis missing.
        ["v7-h185-ku-empty-student-note-no-dx"] = new(
            "",
            [], [PT("97112", 22)], [At(NoteMissing, "97112"), Dx]),

        // CCNRI PTA's 97110 after a hand-off: squats, step-ups and rows with doses; bilateral quad and scapular weakness; 16 matches: passes.
        ["v7-h185-ccn-97110-after-handoff"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Harmon Pavilion)
            HANDOFF: Priya → Marcus for ther ex
            97110 | Marcus F., PTA | 16
            Goblet squats to the 20-in box with a 10-lb kettlebell 3x10, step-ups on the 8-in step 3x10 each, TRX rows 3x12, farmer carries 20 lb 4 laps.
            Impairment: bilateral quad and scapular retractor weakness after the GBS; goal to climb into the combine cab.
            """,
            ["G61.0"], [PTA("97110", 16)], []),

        // KU-PTC OT student's 97530 (transfers and reaching tasks with assistance levels) under the OT fieldwork educator; R hemiparesis; toilet-transfer goal; 19 matches: passes.
        ["v7-h185-ku-ots-97530-transfers"] = new(
            """
            KU-PTC — OT note
            OTS: Becca Wold    FWE: Kim Tran, OTR/L
            97530 — 19 min: toilet transfers with the grab bar x5, min A → CGA; standing at the sink reaching for items on the R shelf 12 reps with SBA; picking socks off the floor with a reacher x6.
            Problem: R hemiparesis and poor standing balance reaching to the R; goal to toilet herself at night.
            FWE: present and directing throughout. — K. Tran, OTR/L
            """,
            ["I69.351"], [OT("97530", 19)], []),

        // HPPT float's 97140 (soft-tissue work to the thoracic paraspinals and grade III thoracic PA glides); thoracic hypomobility; rotation degrees; 12 matches: passes.
        ["v7-h185-hp-97140-thoracic"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE (Bremerton)
            Covering: Ollie Brandvold, PT (per diem)
            Codes/min: 97140 — 12 min
            STM to the R thoracic paraspinals and rhomboids, grade III central PA glides T5-T8, rib 6 mobilization in side-lying.
            Problem: thoracic hypomobility and R rhomboid guarding; the welder can't turn to look behind him on the hull.
            Thoracic rotation R 30° → 42°.
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // CCNRI PTA's 97116 (walker to cane on the sky-bridge, ramp and curb with distances and assistance); R foot drop; 22 matches: passes.
        ["v7-h185-ccn-97116-sky-bridge"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Harmon Pavilion)
            97116 | Dana L., PTA | 22
            Gait training walker → quad cane across the sky-bridge 400 ft x 2 with SBA, up and down the parking-garage ramp with CGA, curb step-up 6 in x4 with CGA; R AFO on.
            Impairment: R foot drop with toe drag and a short L step after the stroke.
            """,
            ["I69.351"], [PTA("97116", 22)], []),

        // CCNRI generic hand-off note "Pt seen by Sam then Dana, tolerated well, continue POC": nothing named, no deficit, no measure, no one-on-one for 97112.
        ["v7-h185-ccn-seen-by-sam-then-dana"] = new(
            """
            CCNRI — TEAM NOTE (Kearney)
            97112 | Dana L., PTA | 22
            Pt seen by Sam then Dana. Tolerated well. Continue POC.
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // HPPT Saturday coverage note of boilerplate only ("Pt seen for Saturday coverage. Therapeutic exercise per plan. Tolerated without complaint. Follow up with primary PT."): nothing named for the 97110.
        ["v7-h185-hp-saturday-boilerplate"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE
            Covering: Keisha Monroe, PTA (float)
            Codes/min: 97110 — 15 min
            Pt seen for Saturday coverage. Therapeutic exercise per plan. Tolerated without complaint. Follow up with primary PT Monday.
            """,
            ["M62.81"], [PTA("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // KU-PTC student's "worked on balance, did great" with 1:1 stated: generic, no technique, deficit or measure.
        ["v7-h185-ku-worked-on-balance-did-great"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Jordan Pike    CI: Renata Oyelaran, PT, DPT
            Pt : clinician ☒ 1:1 ☐ 2:1
            O: 97112 — 21 min. Worked on balance, did great!
            A: tolerated well.
            P: continue plan of care.
            """,
            ["R26.81"], [PT("97112", 21)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // ---------------------------------------------------------------- ordinary notes (the false-positive guard) and the ordinary weak ones

        // CCNRI retired conductor, Sam → Dana hand-off, team table (PT 97140 11, PTA 97112 24), "1:1 with Dana for the NMR, his wife in the lobby"; complete: passes.
        ["vord-h185-ccn-conductor-sam-to-dana"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Harmon Pavilion)
            TEAM: PT Sam Okonkwo / PTA Dana Lindqvist
            HANDOFF: Sam → Dana after manual
            CPT | Furnished by | Min
            97140 | Sam O., PT | 11
            97112 | Dana L., PTA | 24
            DELIVERY (97112): ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent — 1:1 with Dana for the NMR, his wife in the lobby.
            Sam: STM to the L hip flexors and TFL, hip posterior glides grade III; hip extension 0° → 8°.
            Dana: retired Union Pacific conductor, 34 years on the line; stepping up onto the 8-in step like the locomotive ladder with perturbations, foam tandem, rocker board eyes closed.
            IMPAIRMENT TARGETED: L hip tightness; postural control and L LE proprioception after the stroke.
            OUTCOME MEASURE / SCORE: Berg 48/56; TUG 10.2 s.
            """,
            ["I69.354"], [PT("97140", 11), PTA("97112", 24)], []),

        // CCNRI Priya single-code NMR for a seed rep with MS, 1:1; PNF, foam, perturbations; postural control and LE motor recruitment; FGA; 23: passes.
        ["vord-h185-ccn-seed-rep-ms"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Lincoln)
            97112 | Priya V., PT | 23
            DELIVERY: ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            Corn-seed sales rep, 46, walks the test plots. PNF D1 and D2 LE patterns in standing, perturbations on foam, stepping over furrow-height hurdles.
            IMPAIRMENT TARGETED: L LE motor recruitment and postural control with MS; fatigues by the end of a test-plot row.
            OUTCOME MEASURE / SCORE: FGA 22/30; 6MWT 1,210 ft.
            """,
            ["R26.89", "G37.9"], [PT("97112", 23)], []),

        // CCNRI Marcus's 97116 and 97110 on one visit, team table; complete: passes.
        ["vord-h185-ccn-hog-barn-gait-and-ther-ex"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Grand Island)
            TEAM: PT Priya V. (supervising) / PTA Marcus Feld
            CPT | Furnished by | Min
            97116 | Marcus F., PTA | 17
            97110 | Marcus F., PTA | 13
            Gait: hog-barn manager on a rollator → no device on the gym track, 250 ft x 3 with SBA, gravel mat and 2-in threshold with CGA; short step length and L knee buckling in stance.
            Ther ex: sit-to-stands 3x10, L quad sets with 5-s hold 2x15, step-ups 4-in 3x10; L quad weakness 3+/5.
            """,
            ["S72.002D"], [PTA("97116", 17), PTA("97110", 13)], []),

        // CCNRI Hallie (OT) and Sam co-treat "one pt, two clinicians, nobody else": PT 97112 21, OT 97530 16; complete: passes.
        ["vord-h185-ccn-sam-hallie-cotreat"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE — PT/OT co-treatment (Kearney)
            TEAM: PT Sam Okonkwo / OT Hallie Brandt, OTR/L
            DELIVERY: ☒ Co-tx — one pt, two clinicians, nobody else; PT 1:1 for the NMR.
            CPT | Furnished by | Min
            97112 | Sam O., PT | 21
            97530 | Hallie B., OTR/L | 16
            Sam: weight shifts to the R with tapping to the glutes, perturbations in stride stance, stepping strategy practice; R hemiparesis with poor stance postural control; Berg 37/56.
            Hallie: making the bed standing, pillowcase and fitted sheet, 2 rounds with CGA; carrying the laundry basket 20 ft with SBA; R UE weakness; goal to manage her own housework.
            """,
            ["I69.351"], [PT("97112", 21), OT("97530", 16)], []),

        // KU-PTC retired miner, student under line-of-sight, CI attestation; NMR 22 and 97116 14; complete: passes.
        ["vord-h185-ku-coal-miner-two-codes"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Luis Echeverría    CI: Glen Hoskins, PT, DPT
            Supervision: ☒ line-of-sight ☐ in-room ☐ available    Pt : clinician ☒ 1:1
            S: retired coal miner, 71; 31 years underground; "my feet don't tell me where the floor is."
            O: 97112 — 22 min: foam stance with eyes closed, rocker board A/P, tandem along the tape with perturbations. mCTSIB C4 7 s.
            97116 — 14 min: SPC on tile, carpet and the grass outside the health-sciences building, 300 ft with SBA; wide-based gait with visual dependence.
            A: somatosensory loss both feet, postural control reliant on vision.
            CI: I was present, directed the service and treated no other patient during the timed minutes. — G. Hoskins
            """,
            ["G62.9", "R26.89"], [PT("97112", 22), PT("97116", 14)], []),

        // KU-PTC soybean farmer, single NMR with the student, CI feedback line; complete: passes.
        ["vord-h185-ku-soybean-farmer"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Amara Singh    CI: Renata Oyelaran, PT, DPT
            Pt : clinician ☒ 1:1 ☐ 2:1 (CI in the room the whole time, no other pt)
            S: soybean farmer, 63; steps down from the combine onto ruts.
            O: 97112 — 24 min. Stepping down off the 8-in step onto foam with perturbations, rocker board eyes closed, BAPS level 4.
            A: R ankle proprioception and reactive ankle strategy after the sprain.
            SLS R on foam 9 s (2 s at eval); 8 of 10 step-downs landed without a correcting step.
            CI feedback: good progression; add dual task next week.
            """,
            ["S93.401D"], [PT("97112", 24)], []),

        // KU-PTC groundskeeper's 97140 and 97110 with the student; complete: passes.
        ["vord-h185-ku-groundskeeper-neck"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Jordan Pike    CI: Glen Hoskins, PT, DPT
            Time: 97140 — 11 min; 97110 — 14 min
            O: Manual: suboccipital release, cervical lateral glides C4-C6 grade III, upper trap STM; rotation R 55° → 66°.
            Ther ex: chin tucks 2x10 with 5-s hold, prone Y's and T's 2x10, band rows 3x15 green; cervical hypomobility and deep neck flexor and lower trap weakness; mows with his head turned.
            """,
            ["M54.2"], [PT("97140", 11), PT("97110", 14)], []),

        // KU-PTC speech co-treat "PT with this pt only; SLP with the same pt for her own minutes"; NMR 22; complete: passes.
        ["vord-h185-ku-speech-cotreat-tbi"] = new(
            """
            KU-PTC — PT note (co-treatment with speech-language pathology)
            PT: Renata Oyelaran, PT, DPT
            Delivery: PT with this pt only, 1:1; SLP with the same pt for her own minutes.
            97112 — 22 min: walking with head turns while naming animals, foam stance with perturbations during word recall, stepping to numbered targets on call.
            Impairment: dual-task postural control and gait after the TBI (ATV rollover in June).
            Measures: TUG 10.8 s, TUG-cog 14.9 s; walking-while-talking 11.6 s over 20 ft.
            """,
            ["S06.2X0D"], [PT("97112", 22)], []),

        // HPPT Tess weekday note, one code, "1:1 the whole time"; complete: passes.
        ["vord-h185-hp-tess-boardwalk-walker"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — daily note (Port Orchard) — Tess Nakamura, PT
            97112 — 22 min, 1:1 the whole time.
            Pt walks the Port Orchard boardwalk daily. Tandem walking on foam with head turns, perturbations in SLS, stepping over the 6-in hurdles.
            Finding: impaired postural control and L hip motor recruitment, Trendelenburg lurch on the planks.
            Berg 50/56; SLS L 12 s.
            """,
            ["R26.89"], [PT("97112", 22)], []),

        // HPPT Ollie's Saturday 97116 and 97110 for a Navy retiree after a THA; "reviewed — TN" footer; complete: passes.
        ["vord-h185-hp-navy-retiree-tha"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE (Bremerton)
            Covering: Ollie Brandvold, PT (per diem)    Primary PT: Tess Nakamura
            Codes/min: 97116 — 15 min; 97110 — 14 min
            Gait: SPC in the L hand, level 250 ft x 2 and the front ramp x2 with SBA; 5 stairs step-over-step with the rail, CGA; R Trendelenburg and short L step.
            Ther ex: side-lying hip abduction 3x12, bridges 3x12, standing hip extension with 2-lb cuff 2x15; R hip abductor weakness 3+/5 after the R THA.
            Handed back to: Tess, Monday.
            reviewed — TN 12/07
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 15), PT("97110", 14)], []),

        // HPPT Keisha's Saturday NMR for a ferry deckhand, husband-free, "1:1 — only pt on my list at 8"; complete: passes.
        ["vord-h185-hp-ferry-deckhand"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE (Bremerton)
            Covering: Keisha Monroe, PTA (float)    Primary PT: Tess Nakamura
            Codes/min: 97112 — 23 min
            1:1 — only pt on my list at 8.
            Deckhand on the Seattle run. Rocker board with head turns, foam stance catching a line-throw bag, perturbations in stride stance.
            Deficit: vestibular and ankle proprioceptive postural control after the concussion on the car deck.
            DGI 21/24 (17 at eval); caught 9 of 10 throws on foam.
            """,
            ["S06.0X0D"], [PTA("97112", 23)], []),

        // HPPT Ray's lower-case 97140 and 97530 for a crabber; complete: passes.
        ["vord-h185-hp-ray-crabber-two-codes"] = new(
            """
            harbor point pt — sat clinic coverage note (silverdale)
            covering: ray dunleavy pt (per diem)
            codes/min: 97140 — 10 min; 97530 — 18 min
            manual: stm to the r forearm extensors, radial head glides grade iii, elbow extension -10° → -4°.
            activity: hauling a 25-lb crab pot up the 3 steps x6 w/ sba, coiling 50 ft of line x3 independent, lifting the pot to waist-high table x8 w/ sba.
            problem: r elbow stiffness & grip weakness after the fracture; goal back on the boat by march.
            """,
            ["S52.121D"], [PT("97140", 10), PT("97530", 18)], []),

        // CCNRI Priya writing what Marcus did on the 97116 line ("per Marcus"); complete: passes.
        ["vord-h185-ccn-priya-writes-marcus-gait"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Grand Island)
            Writer: Priya Venkataraman, PT, DPT (from Marcus's hand-off sheet)
            97116 | Marcus F., PTA | 19
            Per Marcus: hemi-walker → quad cane on the gym track 200 ft x 3 with CGA, sit-to-stand-to-walk transitions x5, 4 stairs step-to with the rail, min A on the first.
            Impairment: L knee hyperextension in stance and L toe drag in swing after the R MCA stroke.
            """,
            ["I69.354"], [PTA("97116", 19)], []),

        // KU-PTC complete student NMR note with no diagnosis on the claim: diagnosis missing only.
        ["vord-h185-ku-complete-no-dx"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Jordan Pike    CI: Renata Oyelaran, PT, DPT
            Pt : clinician ☒ 1:1 ☐ 2:1
            O: 97112 — 22 min. Rocker board eyes closed, foam tandem, perturbations at the pelvis.
            A: L ankle proprioception and postural control.
            SLS L 8 s; Berg 49/56.
            """,
            [], [PT("97112", 22)], [Dx]),

        // HPPT complete NMR note whose claim diagnosis is "see referral": diagnosis missing only.
        ["vord-h185-hp-dx-see-referral"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE
            Covering: Ollie Brandvold, PT (per diem)
            Codes/min: 97112 — 21 min
            1:1 w/ pt throughout.
            Foam stance with head turns, rocker board, perturbations in tandem.
            Deficit: postural control and R ankle proprioception.
            Tandem on foam 11 s.
            """,
            ["see referral"], [PT("97112", 21)], [Dx]),

        // CCNRI generic two-code hand-off note with only a total ("Sam and Dana, ther ex and neuro re-ed per POC, tolerated well, 36 min total"): nothing named for either code, no one-on-one for 97112, no minutes for each.
        ["vord-h185-ccn-generic-handoff-total-only"] = new(
            """
            CCNRI — TEAM NOTE (Lincoln)
            Sam and Dana. Ther ex and neuro re-ed per POC. Tolerated well. Continue POC.
            36 min total
            """,
            ["R26.81"], [PT("97112", 22), PTA("97110", 14)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // CCNRI Dana's NMR with the daughter from Hastings in the room, "1:1 — her daughter watched"; complete: passes.
        ["vord-h185-ccn-daughter-from-hastings"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Kearney)
            97112 | Dana L., PTA | 22
            DELIVERY: ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent — her daughter (drove in from Hastings) watched from the mat table.
            Rhythmic stabilization in sitting and standing, lateral weight shifts on foam, reaching to cones placed 10 in outside her base.
            IMPAIRMENT TARGETED: sitting and standing postural control after the R thalamic stroke; leans L.
            OUTCOME MEASURE / SCORE: Berg 34/56 (28 at eval); reached 5 of 6 cones without losing her balance.
            """,
            ["I69.354"], [PTA("97112", 22)], []),

        // HPPT Tess's own weekday two-code visit (97140 10 and 97112 23, 1:1), both minutes next to the codes; ankle glides and STM, BAPS, foam SLS, perturbations; stiffness and proprioception; DF degrees and SLS seconds: passes.
        ["vord-h185-hp-tess-two-codes"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — daily note (Bremerton) — Tess Nakamura, PT
            97140 — 10 min: talocrural posterior glides grade III, STM to the L calf; DF 6° → 11°.
            97112 — 23 min, 1:1: BAPS level 3, foam SLS with ball tosses, perturbations in SLS.
            Problem: L ankle stiffness and proprioception after the sprain on the ferry stairs.
            SLS L on foam 8 s (3 s at eval).
            """,
            ["S93.402D"], [PT("97140", 10), PT("97112", 23)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
