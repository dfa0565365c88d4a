using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-sixty-seventh held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read for
/// their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's output on
/// these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-second session, blind beside the hundred-and-sixty-fifth) is notes written
/// Assessment-first (APSO: Assessment and Plan before Subjective and Objective) and in other reordered layouts — the codes,
/// minutes and billing lines at the very end or at the very top, the plan for the next visit placed before today's
/// treatment, the objective numbers in a trailing table, the one-on-one statement in a closing attestation, and a few
/// hybrids where a clinician switched layout half-way through a note. The reviewer judges what was done today, wherever in
/// the note it is written; the plan for the next visit is not today's treatment, and a technique or a test named only for
/// next time was not done today. About two thirds are ordinary and complete (70 of 105), single- and multi-code visits
/// (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and an OT's code on one visit), by PTs, PTAs and OTs,
/// from three employers no earlier set has, each with its own ordering:
/// <list type="number">
/// <item>an academic health system whose outpatient rehabilitation template went APSO with its physician clinics
/// ("Quinebaug University Health", QUH: the outpatient rehabilitation floor of the Willimantic campus and its clinics in
/// Putnam and Danielson, Connecticut; the "QUH Rehab Daily Note (APSO)" built in the system's EMR, headed "A:", "P:",
/// "S:", "O:" in that order, with the EMR's "***" wildcards and unresolved SmartLists in braces where nothing was chosen,
/// and a "BILLING:" block as the last lines of the note): Dr. Sunniva Ekdahl (PT, DPT, NCS, who writes APSO as the
/// template asks), Simon Marchetti (PT, who starts APSO and slides back into SOAP half-way), Carla Pinheiro (PTA) and
/// Megan Rourke (OTR/L); a retired mill-machinist from the Quinebaug valley, a school-bus driver, a nursing professor, a
/// dairy-bar owner, a woman who checks her blind spot on Route 6, and daughters, a husband and a physical-therapy student
/// in the room;</item>
/// <item>a multi-specialty group's musculoskeletal clinic, down the hall from its orthopaedic surgeons and sports
/// medicine physicians ("Pembina Multispecialty Group — Musculoskeletal Clinic", PMG-MSK: Grand Forks, North Dakota, and
/// East Grand Forks and Thief River Falls, Minnesota), whose template puts a "CHARGES:" line at the very top, a "NEXT
/// VISIT:" section before "TODAY:", and the objective numbers in a trailing table with "| Test | Today | Eval |"
/// columns: Leif Ostby (PT, OCS), Dr. Keisha Monroe (PT, DPT), Troy Lindgren (PTA) and Rosa Echeverría (PT); a sugar-beet
/// truck driver, a hockey goalie, a curling-club skip, a grain-elevator manager, a snowmobile mechanic and a retired
/// air-base air-traffic controller;</item>
/// <item>a neuro-rehabilitation day programme whose patients come for the day by van ("Prairie Crossing Neuro-Rehab Day
/// Program", PCNDP: Scottsbluff, Nebraska, with day rooms in Alliance and Sidney), whose notes open with the day's
/// schedule, carry the session in the middle and close with an "ATTESTATION:" paragraph where the one-on-one statement,
/// the minutes and the signature go, with a "[X] / [ ]" delivery row in the attestation and the programme's own branded
/// balance ladder: Dr. Delphine Marsh (PT, DPT, NCS), Eli Kastner (PTA), Tamsin Ruiz (OTR/L) and Gus Mendenhall (PT); a
/// man after a brain injury from a hay-baler, a woman after a cerebellar stroke, a retired railroad conductor with
/// Parkinson's disease, a young rancher after a rollover, van drivers, wives and husbands learning to guard, and the
/// other participants of the balance circle.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many reordered notes, applying
/// the contract to what each note says was done today wherever it says it: a plan for next time is not today's treatment,
/// a test to be re-done next visit is not today's measure, an assessment at the top is read as a part of the same note, a
/// closing attestation is the clinician's statement, a "***" wildcard, an unresolved SmartList, a blank "___" and an
/// unticked row state nothing, and a trailing table's numbers are today's measures when they sit in its "Today" column:
/// <list type="bullet">
/// <item>class 1 (v1-h167-…): one-on-one in these writers' own words and places ("1:1 for the whole NMR block; her
/// daughter held her coat and watched" in an APSO objective, "seen one on one in the corner bay with the curtain
/// pulled", the day programme's closing "The 97112 time above was delivered one-on-one by the undersigned, constant
/// attendance throughout", "individual treatment — a DPT student watched from the doorway", "one-on-one; her husband, who
/// is learning to guard her at home, walked beside us"), notes that negate it (a balance circle with two other
/// participants in the billed block under the programme's "services provided in the therapeutic milieu", a PTA
/// alternating sets between her and the patient on the Total Gym, "concurrent with another patient on the next plinth —
/// not 1:1" in a closing line) or never state it (a hybrid that started APSO and switched to SOAP with no delivery word,
/// a day-programme note whose schedule and session say nothing of it), and the codes without a one-on-one check: an OT's
/// 97530 in a meal-preparation group and a 97110 with two other patients on the bikes;</item>
/// <item>class 2 (v2-h167-…): the APSO template's states ("Delivery: ***" left, the unresolved SmartList "{QUH REHAB
/// DELIVERY:31877}", the same SmartList answered "One-on-one (entire timed service)", "Problem: ***" and "Measures: ***"
/// left), the attestation's "[X] one-on-one [ ] concurrent [ ] group" row ticked and the same row with nothing ticked, a
/// trailing table whose "Today" cells were all left "—" with "not tested", and a technique row with boxes ticked;</item>
/// <item>class 3 (v3-h167-…): named programmes and methods (balance-based torso weighting with the vest's weights, the
/// Carr and Shepherd motor relearning programme for sit-to-stand, mirror therapy for a hand, Mulligan mobilisation with
/// movement for ankle dorsiflexion, Maitland grade IV central PAs, perturbation-based balance training on the treadmill,
/// blood flow restriction training with its cuff pressure), the day programme's branded "Prairie Ladder, rung 4, per
/// programme protocol" as the only technique, an Otago programme "reviewed" with no dose, and perturbation-based training
/// with no number;</item>
/// <item>class 4 (v4-h167-…): deficits stated as findings in these writers' terms, often in the assessment at the top
/// (she reaches for the counter before her weight moves, a foot that catches on the day-room threshold, a hand that
/// drops the cup when she looks away, the road that keeps moving after she checks her blind spot, a shoulder that won't
/// reach the back pocket) and notes that state none ("A: Stable. No new deficits.", "Targets: per IDT goals", a hybrid
/// whose "A: see below" is answered by nothing below);</item>
/// <item>class 5 (v5-h167-…): measures in every usual form (a trailing table's Y-balance reach in centimetres and
/// Mini-BESTest and Community Balance and Mobility Scale scores, the Postural Assessment Scale for Stroke, distance and
/// assistance for gait, transfer counts and assistance for 97530) and notes with none ("Berg deferred — re-test next
/// visit", "Measures: see flowsheet", "improved balance per team report", a 97112 whose only tests are in next visit's
/// plan, a 97110 progressed with no dose);</item>
/// <item>class 6 (v6-h167-…): minutes where these templates put them (the APSO note's closing "BILLING:" block, the
/// clinic's top "CHARGES:" line, the attestation's minutes, a clock range on the code's own line, the same minutes at
/// the top and in the billing block, three codes in a closing block, a single code whose minute blank was left "___")
/// and true mismatches (a billing block's 35 on a 23-minute line, a charges line's 30 on an 18-minute line, an
/// attestation's 20 on a 32-minute line) and truly missing separate time ("Total timed: 38 minutes" for two codes, one
/// code of two with its minutes);</item>
/// <item>class 7 (v7-h167-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check:
/// an empty two-code note, line breaks and spaces only, an empty OT note with no diagnosis), the contract's meanings for
/// 97110 (a hip abductor and quad programme written in APSO), 97530 (a tub-bench transfer and a laundry basket carried
/// to the day-room washer), 97140 (thoracic manipulation and rib mobilisation) and 97116 (a cane on the van ramp and the
/// gravel lot), and wholly generic notes: an APSO note of "tolerated well" and "continue POC" with a billing block, and a
/// day-programme note of "participated in program" under a one-on-one attestation;</item>
/// <item>ordinary (vord-h167-…): complete notes of the three employers that a reviewer passes (the false-positive guard),
/// with plans for next time that name what was not done today, assessments on top, schedules with times of day,
/// trailing tables, billing blocks with units beside the minutes, and the ordinary weak ones: a complete note with no
/// diagnosis, a claim whose diagnosis is "PENDING", and a charges line's minutes left from the last visit.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (minutes written at the top and again in the billing block are the same
/// minutes). Every timed line earns at least one unit under the 8-minute rule. This set's notes carry people and numbers
/// that are not the code's or its minutes — daughters, husbands, wives, a DPT student, a van driver, a tech (none of
/// them a patient; the participants of the balance circle, the patient on the Total Gym and the patient on the next
/// plinth are), ages, dates, times of day on the day programme's schedule (written "9 a.m.", "after lunch"), step and
/// curb heights in inches, loads in pounds, vest weights in ounces, cuff pressures in mmHg, degrees, centimetres, feet,
/// units billed, numbers of stairs, cones and trips — and each is written so that a reviewer cannot take it for a billed
/// code's minutes; a code's minutes are written next to the code ("97112 — 24 min", "97140 (12 min)", "97112: 25
/// minutes" in the attestation), in its block's heading, in a minute box or as a clock range on the code's own line;
/// no note gives minutes to a visit, a drill, a rest or a test, except the one that gives the visit a total ("Total
/// timed: 38 minutes"); notes failed for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY
/// is expected only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only
/// on an objective measure with a number and fails it only when the note has no number but its code, its minutes and
/// numbers that are plainly something else; for the other codes a dose (sets, repetitions, load, hold, distance,
/// assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver, student or
/// staff member in the room does not undo a one-on-one statement, another patient treated in the same block does, and
/// a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the reorderings that could honestly be read either way: a deficit named only in the plan
/// for next visit, a technique that the assessment says was "trialled" without the objective saying it was done,
/// minutes given to a code in the plan for next visit, a note whose top and bottom give one code different minutes, a
/// co-treatment by two disciplines in one block, a checkbox menu of techniques with nothing ticked as the only place a
/// technique is named, and a note whose sections belong to two different dates of service.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 105 of 105 cases agree (103 needed), and none of the 70 notes the reviewer passes got a finding, on the analyzer of 761c33f (the 2026-12-07 twenty-second session after the hundred-and-fifty-sixth to hundred-and-sixty-fourth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, ed4cfb9): 105 of 105, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSixtySeventhTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these writers' words and places, negated, unstated

        // QUH APSO note (A and P on top, then S and O, BILLING last): "1:1 for the whole NMR block; her daughter held her coat and watched" in the objective; perturbations on foam, tandem with head turns, stepping over the cane; delayed stepping reaction; Berg and perturbation count; "97112 — 23 min" matches: passes.
        ["v1-h167-quh-apso-daughter-held-the-coat"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic campus, 3rd floor outpatient rehab
            A: Delayed stepping reaction to the L and increased postural sway with head turns; she is catching more of the pushes than at the start of care.
            P: Continue NMR 2x/wk; next visit add dual-task stepping.
            S: 78-year-old retired mill machinist's widow, no falls since 11/02. "I don't grab the walls as much."
            O: 1:1 for the whole NMR block; her daughter held her coat and watched. Perturbations at the pelvis standing on foam in four directions, tandem walking along the rail with head turns, stepping over the cane laid on the floor.
            Berg 45/56 (40 at eval); recovered 8 of 10 perturbations with one step.
            BILLING: 97112 — 23 min
            Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // PMG-MSK, CHARGES line at the very top, "seen one on one in the corner bay with the curtain pulled"; BAPS board level 3, single-leg stance on foam with ball tosses, hop-and-stick; R ankle proprioception after a sprain on the ice; trailing table SLS and hop-and-stick; passes.
        ["v1-h167-pmg-corner-bay-curtain-pulled"] = new(
            """
            CHARGES: 97112 (22 min)
            PEMBINA MULTISPECIALTY GROUP — MUSCULOSKELETAL CLINIC, GRAND FORKS
            NEXT VISIT: progress to lateral hops, start return-to-skate checklist.
            TODAY: Seen one on one in the corner bay with the curtain pulled. BAPS board level 3 clockwise and counter, single-leg stance on foam with ball tosses, hop-and-stick off a 4 inch step.
            Problem: R ankle proprioception down after the inversion sprain on the rink ice; he rolls it stepping off the bench.
            | Test | Today | Eval |
            | SLS foam R (sec) | 21 | 8 |
            | Hop-and-stick held | 7/10 | 2/10 |
            Leif Ostby, PT, OCS
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // PCNDP day note with the schedule on top and the closing attestation "The 97112 time above was delivered one-on-one by the undersigned, constant attendance throughout"; weight shifting onto the L with tapping, step-and-hold onto foam, reactive stepping to pushes; L hemiparesis with poor weight acceptance; FGA and step count; attestation minutes 25 match: passes.
        ["v1-h167-pcndp-closing-attestation-one-on-one"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            Day: van arrival 8:30 a.m.; community meeting; PT block mid-morning; OT after lunch; van home at 3 p.m.
            Session: weight shifting onto the L with tapping to the L glute med, step-and-hold onto the foam with the L leading, reactive stepping to pushes at the pelvis.
            Focus: L hemiparesis after the R MCA stroke — poor weight acceptance on the L and a late L step.
            Results: FGA 16/30; 7 of 10 step-and-holds without touching the rail.
            ATTESTATION: The 97112 time above was delivered one-on-one by the undersigned, constant attendance throughout. 97112: 25 minutes. — Delphine Marsh, PT, DPT, NCS
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // PCNDP, the programme's closing default "services provided in the therapeutic milieu per program schedule" and the NMR block run as a balance circle with Mr. Hinojosa and Ms. Tejeda doing the same drills — other patients in the billed block: one-on-one missing; techniques, deficit and measures present.
        ["v1-h167-pcndp-balance-circle-two-others"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Alliance day room
            Session: balance circle with Mr. Hinojosa and Ms. Tejeda alongside him, all three doing the same drills while I moved around the circle — tandem stance at the counter, foam marching, catching a ball thrown from the side.
            Focus: ataxia and truncal sway after the cerebellar bleed; he widens his base and sways with every catch.
            Results: tandem 6 sec; 5 of 10 catches without a step.
            ATTESTATION: Services provided in the therapeutic milieu per program schedule. 97112: 24 minutes. — Eli Kastner, PTA
            """,
            ["I69.393"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // QUH hybrid: Simon starts APSO ("A:", "P:") and switches to SOAP half-way with a second "S:" and "O:", nowhere saying how she was seen: not stated; PNF D1/D2 with rhythmic initiation, stepping over the line, half-kneel rhythmic stabilisation; R hip motor recruitment; 10MWT and FGA present.
        ["v1-h167-quh-hybrid-no-delivery-word"] = new(
            """
            QUH Rehab Daily Note (APSO) — Putnam
            A: Better R hip timing on the stepping drills; still late on turns.
            P: Continue per POC.
            S: school-bus driver, back on light duty.
            -- (switching to my usual order) --
            S: No new complaints.
            O: PNF D1 and D2 lower extremity with rhythmic initiation, stepping over the taped line with the R leading, half-kneel rhythmic stabilization.
            Deficit: R hip flexor and abductor motor recruitment after the L pontine infarct.
            10MWT 0.82 m/s; FGA 18/30.
            BILLING: 97112 — 24 min
            Simon Marchetti, PT
            """,
            ["I69.354"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // PMG-MSK PTA alternating sets between this patient and another on the Total Gym for the whole block — another patient treated: one-on-one missing; rocker board, perturbations, single-leg squats on foam for knee proprioception after ACL repair; SLS and hop count present.
        ["v1-h167-pmg-pta-alternating-with-total-gym-patient"] = new(
            """
            CHARGES: 97112 (20 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, EAST GRAND FORKS
            NEXT VISIT: Y-balance retest.
            TODAY: Alternated sets between her and the patient on the Total Gym the whole block. Rocker board A/P eyes closed, perturbations on the foam, single-leg mini squats on foam in front of the mirror.
            Problem: L knee proprioception and quad timing after the ACL reconstruction (hockey goalie).
            | Test | Today | Eval |
            | SLS foam L (sec) | 17 | 6 |
            | Single-leg squats without valgus | 6/10 | 1/10 |
            Troy Lindgren, PTA
            """,
            ["S83.512D"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // QUH APSO with "Individual treatment — a DPT student watched from the doorway" (a student, not a patient); X1 viewing, gaze-fixed walking with head turns, feet together on foam; L vestibular hypofunction; DGI and dynamic visual acuity; passes.
        ["v1-h167-quh-student-in-the-doorway"] = new(
            """
            QUH Rehab Daily Note (APSO) — Danielson
            A: L vestibular hypofunction after neuritis, improving; oscillopsia only with fast head turns now, still veers L in the hallway.
            P: Progress X1 to standing on foam next visit.
            S: Nursing professor, back to lecturing, dizzy on the stairs of the lecture hall.
            O: Individual treatment — a DPT student watched from the doorway. X1 viewing seated and standing against the checkerboard, walking with horizontal head turns keeping gaze on the target, feet together on foam eyes closed.
            DGI 19/24; dynamic visual acuity down 2 lines (4 at eval).
            BILLING: 97112 — 22 min
            Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // PCNDP: "one-on-one; her husband, who is learning to guard her at home, walked beside us" (a caregiver); Frenkel-style heel slides to targets, tandem along the tape, stepping to the metronome; ataxia after a cerebellar stroke; SARA gait item and tandem steps; passes.
        ["v1-h167-pcndp-husband-learning-to-guard"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Sidney
            Day: 9 a.m. arrival with her husband; he stays for the PT block to learn guarding.
            Session: one-on-one; her husband, who is learning to guard her at home, walked beside us. Frenkel exercises: heel-to-shin slides to taped targets in supine, tandem walking along the tape line, stepping to the metronome beat.
            Focus: limb and gait ataxia after the L cerebellar stroke; overshoots the targets and scissors her steps.
            Results: 12 tandem steps before a side step (5 at eval); hit 8 of 10 targets with the L heel.
            ATTESTATION: 97112: 23 minutes. — Gus Mendenhall, PT
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // PCNDP OT 97530 in a meal-preparation group of four (no one-on-one check): standing at the counter to spread sandwiches, carrying plates to the table, loading the dishwasher; L neglect and standing tolerance; counts and assistance; attestation minutes 26 match: passes.
        ["v1-h167-pcndp-ot-meal-prep-group-97530"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            Session: lunch-prep group, four participants at the kitchen island. She spread sandwiches standing, carried plates one at a time from the counter to the table, loaded the dishwasher from the L side.
            Focus: L inattention and poor standing tolerance after the R parietal stroke; she misses the plates on her L.
            Results: stood through making 15 sandwiches without sitting; carried 6 plates with stand-by assist; found 4 of 5 items placed on her L with one cue.
            ATTESTATION: 97530: 26 minutes. — Tamsin Ruiz, OTR/L
            """,
            ["I69.354"], [OT("97530", 26)], []),

        // QUH closing line "Delivery: concurrent with another patient on the next plinth (not 1:1)" — negated: one-on-one missing; everything else present (quadruped with perturbations, half-kneel PNF chops, foam sit-to-stand; trunk postural control; Berg and quadruped hold).
        ["v1-h167-quh-concurrent-not-one-on-one"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic campus
            A: Trunk postural control improving; she still collapses to the R in quadruped when perturbed.
            P: Continue POC.
            S: Dairy-bar owner, wants to be back behind the counter for the spring opening.
            O: Quadruped with perturbations at the shoulders and hips, half-kneel PNF chops and lifts, sit-to-stand from the foam cushion eyes closed.
            Berg 41/56; quadruped hold against perturbation 12 sec.
            Delivery: concurrent with another patient on the next plinth (not 1:1).
            BILLING: 97112 — 21 min
            Carla Pinheiro, PTA
            """,
            ["I69.351"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // PMG-MSK 97110 with two other patients on the bikes (97110 has no one-on-one check); step-downs, split squats, hamstring curls with doses; R knee quad weakness after a meniscectomy; charges 24 match: passes.
        ["v1-h167-pmg-97110-two-others-on-the-bikes"] = new(
            """
            CHARGES: 97110 (24 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, THIEF RIVER FALLS
            NEXT VISIT: add lateral shuffles if no effusion.
            TODAY: two other patients were on the bikes behind us. Forward step-downs off the 6 inch step 3x10, split squats 3x8 holding 10 lb, hamstring curls on the machine 40 lb 3x12.
            Problem: R quad weakness and pain on stairs after the partial meniscectomy; snowmobile mechanic who kneels all day.
            Rosa Echeverría, PT
            """,
            ["S83.241D"], [PT("97110", 24)], []),

        // PCNDP day-programme note, schedule on top, session and results, attestation with only the minutes and signature — nothing says one-on-one or individual: not stated; clock stepping, backward walking with stop cues, big-amplitude turns; retropulsion with Parkinson's; pull test and Mini-BESTest present.
        ["v1-h167-pcndp-schedule-and-session-no-delivery"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            Day: van arrival 8:45 a.m.; stretch circle; PT block; speech after lunch.
            Session: clock stepping to called numbers, backward walking with a stop on cue, big-amplitude turns around the cones.
            Focus: retropulsion and slow backward stepping with Parkinson's disease; retired railroad conductor.
            Results: pull test 3 steps to recover; Mini-BESTest 17/28.
            ATTESTATION: 97112: 22 minutes. — Delphine Marsh, PT, DPT, NCS
            """,
            ["G20.A1"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states of these templates

        // QUH APSO "Delivery: ***" left as the EMR's wildcard and nothing else on how he was seen: not stated; rocker board, foam with head turns, lateral pushes; ankle proprioception with neuropathy; tandem and Berg present.
        ["v2-h167-quh-delivery-wildcard-left"] = new(
            """
            QUH Rehab Daily Note (APSO) — Putnam
            A: Proprioceptive loss in both feet with the diabetic neuropathy; he watches his feet on every surface change.
            P: Continue NMR, HEP updated.
            S: Retired mill machinist, walks the rail trail with his dog.
            O: Delivery: ***
            Rocker board A/P eyes open then closed, standing on foam with head turns, lateral pushes at the hips.
            Tandem 8 sec eyes open; Berg 46/56.
            BILLING: 97112 — 22 min
            Simon Marchetti, PT
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // QUH unresolved SmartList in the delivery slot ("{QUH REHAB DELIVERY:31877}") and no other statement: not stated; perturbations, stepping strategies, dual-task walking; postural instability after a fall; TUG and perturbation count present.
        ["v2-h167-quh-delivery-smartlist-unresolved"] = new(
            """
            QUH Rehab Daily Note (APSO) — Danielson
            A: Postural instability with slow stepping strategies since the fall on the ice in the church lot.
            P: 2x/wk, 4 more weeks.
            S: No falls this week.
            O: Delivery: {QUH REHAB DELIVERY:31877}
            Perturbations at the shoulders forward and back, stepping-strategy drills to floor targets, walking while counting backward by threes.
            TUG 13.4 sec; 6 of 10 perturbations recovered with one step.
            BILLING: 97112 — 24 min
            Carla Pinheiro, PTA
            """,
            ["R26.81", "W00.0XXD"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // QUH same SmartList answered "Delivery: One-on-one (entire timed service)"; half-kneel rhythmic stabilisation, tall-kneel to stand, foam step-ups with perturbation; hip and trunk motor control after a stroke; FGA and 5xSTS; passes.
        ["v2-h167-quh-delivery-smartlist-answered"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic campus
            A: Hip and trunk motor control improving after the R MCA stroke; L knee still buckles on the step-ups.
            P: Progress to community curbs next visit.
            S: Walked to the mailbox twice this week.
            O: Delivery: One-on-one (entire timed service)
            Half-kneel rhythmic stabilization, tall-kneel to stand through L half-kneel, step-ups onto the foam step with perturbations at the pelvis.
            FGA 17/30; 5xSTS 16.2 sec.
            BILLING: 97112 — 25 min
            Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // PCNDP attestation delivery row ticked "[X] one-on-one [ ] concurrent [ ] group"; seated reaching out of base on the foam wedge, perturbed sitting, scooting to the edge; trunk control after a TBI; Trunk Impairment Scale and reach inches; passes.
        ["v2-h167-pcndp-attestation-row-ticked"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Alliance day room
            Session: reaching out of base seated on the foam wedge, perturbations in unsupported sitting, scooting to the edge and back with the trunk upright.
            Focus: trunk control after the TBI from the hay-baler accident; falls to the R when he reaches.
            Results: Trunk Impairment Scale 14/23 (9 at admission); reached 11 inches to the R without a hand down.
            ATTESTATION: Delivery [X] one-on-one  [ ] concurrent  [ ] group. 97112: 24 minutes. — Gus Mendenhall, PT
            """,
            ["S06.2X9D"], [PT("97112", 24)], []),

        // PCNDP the same attestation row with nothing ticked and nothing else on delivery: not stated; step-and-stick, foam marching with head turns, reactive steps; L hemiparesis and late step; FGA and step count present.
        ["v2-h167-pcndp-attestation-row-none-ticked"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Sidney
            Session: step-and-stick onto the foam with the L leading, marching on foam with head turns, reactive steps to pushes at the pelvis.
            Focus: L hemiparesis with a late L step after the R capsular stroke.
            Results: FGA 14/30; 6 of 10 step-and-sticks without the rail.
            ATTESTATION: Delivery [ ] one-on-one  [ ] concurrent  [ ] group. 97112: 23 minutes. — Eli Kastner, PTA
            """,
            ["I69.354"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // PMG-MSK trailing table whose "Today" column was all left "—" with "not tested" and no number anywhere else but the code's minutes: measure missing; one-on-one, BAPS and perturbation work, ankle proprioception present.
        ["v2-h167-pmg-trailing-table-today-blank"] = new(
            """
            CHARGES: 97112 (21 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: retest the table below.
            TODAY: one-on-one. BAPS board clockwise and counter, perturbations standing on the foam, single-leg stance with head turns.
            Problem: L ankle proprioception after the sprain stepping off the beet truck.
            | Test | Today | Eval |
            | SLS foam L | — | not tested |
            | Star excursion | — | not tested |
            Dr. Keisha Monroe, PT, DPT
            """,
            ["S93.402D"], [PT("97112", 21)], [At(Measure, "97112")]),

        // QUH "Problem: ***" left and the assessment only about mood and schedule, no deficit or system anywhere: deficit missing; one-on-one, PNF and perturbation work, Berg present.
        ["v2-h167-quh-problem-wildcard-left"] = new(
            """
            QUH Rehab Daily Note (APSO) — Putnam
            A: Good session, motivated, wants to keep Tuesday mornings.
            P: Continue POC.
            S: Feeling well.
            O: One-on-one the whole block. PNF D2 upper extremity patterns in standing, perturbations on the foam, tandem walking with head turns.
            Problem: ***
            Berg 47/56.
            BILLING: 97112 — 22 min
            Simon Marchetti, PT
            """,
            ["R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // PMG-MSK technique row with its boxes ticked ("[x] BAPS board [x] perturbation [ ] PNF [ ] foam"); one-on-one; R knee proprioception after an ACL repair; trailing table Y-balance; passes.
        ["v2-h167-pmg-technique-row-ticked"] = new(
            """
            CHARGES: 97112 (23 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, EAST GRAND FORKS
            NEXT VISIT: start agility ladder.
            TODAY: 1:1 with Dr. Monroe. Techniques: [x] BAPS board  [x] perturbation  [ ] PNF  [ ] foam
            Problem: R knee proprioception and dynamic valgus after the ACL reconstruction; curling-club skip who lunges on the ice.
            | Test | Today | Eval |
            | Y-balance anterior R (cm) | 57 | 44 |
            Dr. Keisha Monroe, PT, DPT
            """,
            ["S83.511D"], [PT("97112", 23)], []),

        // QUH "Measures: ***" left, no number but the code's minutes: measure missing; one-on-one, gaze stabilisation and habituation, vestibular deficit present.
        ["v2-h167-quh-measures-wildcard-left"] = new(
            """
            QUH Rehab Daily Note (APSO) — Danielson
            A: R vestibular hypofunction, still symptomatic turning to check her blind spot.
            P: Progress X1 speed next visit.
            S: Drives the state road to work, dizzy merging.
            O: One-on-one. X1 viewing with a busy background, habituation head turns in sitting and standing, walking with diagonal head turns.
            Measures: ***
            BILLING: 97112 — 22 min
            Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["H81.21"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // PCNDP balance-based torso weighting (BBTW): vest weights placed for the backward loss of balance, then walking and turning with the vest; one-on-one in the attestation; truncal postural control after a TBI; weights in ounces, TUG and pull test; passes.
        ["v3-h167-pcndp-balance-based-torso-weighting"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            Session: balance-based torso weighting (BBTW) — assessed his loss of balance with resisted pushes, placed 1.5 lb of vest weights anterior-R (six 4 oz weights), then walking, turning and stepping over the hose with the vest on.
            Focus: truncal postural control after the TBI; he loses his balance backward and to the L with any push.
            Results: TUG 15.1 sec without the vest, 12.8 sec with it; recovered 7 of 10 backward pushes with the vest.
            ATTESTATION: [X] one-on-one  [ ] concurrent  [ ] group. 97112: 26 minutes. — Delphine Marsh, PT, DPT, NCS
            """,
            ["S06.2X9D", "R26.89"], [PT("97112", 26)], []),

        // QUH Carr and Shepherd motor relearning programme for sit-to-stand (foot placement, trunk forward, practice from lowering heights); one-on-one; L lower-limb motor control after a stroke; sit-to-stand counts and 5xSTS; passes.
        ["v3-h167-quh-carr-shepherd-sit-to-stand"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic campus
            A: L lower-limb motor control for sit-to-stand improving; still shifts weight to the R at lift-off.
            P: Lower the seat another 2 inches next visit.
            S: Her husband says she gets off the couch without him now.
            O: One-on-one. Motor relearning programme (Carr and Shepherd) for sit-to-stand: L foot placed back, trunk forward over the feet, practice from a 20 inch then 18 inch seat, weight-bearing symmetry with the scale under the L foot.
            5xSTS 18.4 sec; 8 of 10 stands with at least 40 percent of her weight through the L.
            BILLING: 97112 — 24 min
            Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // PCNDP OT mirror therapy for the R hand (mirror box, bilateral movements watching the reflection) under an individual attestation; somatosensory and motor loss of the R hand after a stroke; Fugl-Meyer UE and a grasp count; passes (an OT's 97112).
        ["v3-h167-pcndp-ot-mirror-therapy"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Sidney
            Session: mirror therapy with the mirror box — bilateral wrist extension, finger flexion and extension and cup-grasp watching the reflection of the L hand, then the same tasks with the R hand out of the box.
            Focus: motor and somatosensory loss of the R hand after the L MCA stroke; she can't find the cup without looking.
            Results: Fugl-Meyer UE 31/66 (24 at admission); grasped and released the cup 6 of 10 times with the R hand.
            ATTESTATION: Individual session, one-on-one with the undersigned. 97112: 22 minutes. — Tamsin Ruiz, OTR/L
            """,
            ["I69.331"], [OT("97112", 22)], []),

        // PMG-MSK Mulligan mobilisation with movement for ankle dorsiflexion (belt-assisted weight-bearing lunge) and talocrural posterior glides; stiff R ankle after a fracture; dorsiflexion degrees and knee-to-wall in the trailing table; charges 13 match: passes.
        ["v3-h167-pmg-mulligan-mwm-ankle"] = new(
            """
            CHARGES: 97140 (13 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: begin step-downs if dorsiflexion holds.
            TODAY: Mulligan mobilization with movement for R ankle dorsiflexion — belt-assisted weight-bearing lunge, 3 sets of 10; talocrural posterior glides grade III.
            Problem: stiff R ankle after the lateral malleolus fracture; can't squat to check the grain bins.
            | Test | Today | Eval |
            | DF R (deg) | 12 | 3 |
            | Knee-to-wall R (cm) | 9 | 2 |
            Leif Ostby, PT, OCS
            """,
            ["S82.61XD"], [PT("97140", 13)], []),

        // PMG-MSK Maitland grade IV central PAs at L4 and L5 with 97110 repeated-movement and core work; low back stiffness and pain with bending; doses and degrees; both codes' minutes on the charges line: passes.
        ["v3-h167-pmg-maitland-grade-iv-with-97110"] = new(
            """
            CHARGES: 97140 (12 min) · 97110 (16 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, THIEF RIVER FALLS
            NEXT VISIT: add lifting mechanics from the floor.
            TODAY: Maitland grade IV central PAs at L4 and L5, 3 bouts of 60 oscillations. Ther ex: prone press-ups 2x10, bird-dogs 3x10, side planks 3 x 20 sec each side.
            Problem: lumbar stiffness and pain with forward bending; grain-elevator manager climbing the man-lift.
            | Test | Today | Eval |
            | Lumbar flexion (fingertips to floor, cm) | 14 | 31 |
            Rosa Echeverría, PT
            """,
            ["M54.50"], [PT("97140", 12), PT("97110", 16)], []),

        // PCNDP branded "Prairie Ladder, rung 4, per programme protocol" as the only description of what was done: no technique named; one-on-one, ataxia deficit and a Berg present.
        ["v3-h167-pcndp-prairie-ladder-only"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            Session: Prairie Ladder, rung 4, per programme protocol.
            Focus: gait ataxia after the cerebellar stroke; wide base, lurches on turns.
            Results: Berg 39/56.
            ATTESTATION: [X] one-on-one  [ ] concurrent  [ ] group. 97112: 23 minutes. — Eli Kastner, PTA
            """,
            ["I69.393"], [PTA("97112", 23)], [At(Tech, "97112")]),

        // QUH Otago programme "reviewed and progressed" for a 97110 with no sets, repetitions, load or hold anywhere: measure missing; exercises named and hip and ankle weakness stated.
        ["v3-h167-quh-otago-reviewed-no-dose"] = new(
            """
            QUH Rehab Daily Note (APSO) — Putnam
            A: Hip abductor and ankle plantarflexor weakness, slowly improving.
            P: Continue the Otago home programme.
            S: Doing the programme most mornings before the dairy bar opens.
            O: Otago programme reviewed and progressed: sit-to-stands, side-hip strengthening with the cuff weight, calf raises, toe raises, backward walking.
            BILLING: 97110 — 18 min
            Carla Pinheiro, PTA
            """,
            ["M62.81"], [PTA("97110", 18)], [At(Measure, "97110")]),

        // QUH perturbation-based balance training on the treadmill (belt slips and trips at walking speed) with no number but the code's minutes: measure missing; one-on-one and reactive stepping deficit present.
        ["v3-h167-quh-pbt-treadmill-no-number"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic campus
            A: Slow reactive stepping; he freezes before stepping when the belt slips.
            P: Repeat next visit and retest.
            S: Fell in the shed in October, none since.
            O: One-on-one, harnessed on the treadmill. Perturbation-based balance training — unannounced belt slips and trips at his walking speed, forward and backward.
            BILLING: 97112 — 22 min
            Simon Marchetti, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PMG-MSK blood flow restriction training (cuff at 80 percent limb occlusion pressure, 30/15/15/15 leg press and knee extension) for quad weakness after a knee scope; pressures, loads and reps; charges 19 match: passes.
        ["v3-h167-pmg-blood-flow-restriction"] = new(
            """
            CHARGES: 97110 (19 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: BFR again, add step-ups.
            TODAY: Blood flow restriction training, cuff on the proximal L thigh at 80 percent of limb occlusion pressure (190 mmHg): leg press 30 lb 30/15/15/15, seated knee extension 5 lb 30/15/15/15.
            Problem: L quad atrophy and weakness after the knee arthroscopy; hockey goalie, can't hold his butterfly stance.
            Troy Lindgren, PTA
            """,
            ["S83.242D", "M62.552"], [PTA("97110", 19)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, often in the assessment on top

        // QUH APSO, the assessment on top states the deficit as a finding ("she reaches for the counter before her weight moves" — anticipatory postural adjustments); one-on-one; reaching from foam, catch-and-throw, stepping to targets; Functional Reach and Berg; passes.
        ["v4-h167-quh-reaches-before-weight-moves"] = new(
            """
            QUH Rehab Daily Note (APSO) — Danielson
            A: Anticipatory postural adjustments are late — she reaches for the counter before her weight moves, and her hips stay back on every reach.
            P: Add reaching to the high cupboard next visit.
            S: Back to church on Sundays with her daughter driving.
            O: One-on-one. Reaching out of base standing on foam to targets at shoulder height, throw-and-catch with a weighted ball, stepping to floor targets on a called colour.
            Functional Reach 8 inches (5 at eval); Berg 44/56.
            BILLING: 97112 — 23 min
            Carla Pinheiro, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // PCNDP, "her L foot catches on the threshold of the day-room door" — foot clearance with a dorsiflexor weakness named; one-on-one; high-stepping over hurdles, heel-strike cueing with the metronome, ankle tapping facilitation; clearance count and 10MWT; passes.
        ["v4-h167-pcndp-foot-catches-on-the-threshold"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Alliance day room
            Session: tapping facilitation to the L anterior tibialis, stepping over the hurdle row with the L leading, heel-strike stepping to the metronome.
            Focus: L dorsiflexor weakness and poor motor timing after the R MCA stroke; her L foot catches on the threshold of the day-room door.
            Results: cleared 9 of 10 hurdles without a catch (4 at admission); 10MWT 0.64 m/s.
            ATTESTATION: One-on-one with the undersigned for the block. 97112: 24 minutes. — Gus Mendenhall, PT
            """,
            ["I69.354", "M21.372"], [PT("97112", 24)], []),

        // QUH APSO assessment "Stable. No new deficits." and nothing else naming a deficit, system or region: deficit missing; one-on-one, tandem on foam, perturbations, Berg present.
        ["v4-h167-quh-stable-no-new-deficits"] = new(
            """
            QUH Rehab Daily Note (APSO) — Putnam
            A: Stable. No new deficits.
            P: Continue POC.
            S: No complaints.
            O: One-on-one. Tandem stance on foam, perturbations forward and back, stepping over the cane.
            Berg 48/56; tandem 14 sec.
            BILLING: 97112 — 21 min
            Simon Marchetti, PT
            """,
            ["R26.89"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // PCNDP "Targets: per IDT goals" as the only word on what was targeted: deficit missing; one-on-one, dual-task walking, foam turns, Mini-BESTest present.
        ["v4-h167-pcndp-targets-per-idt-goals"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            Session: dual-task walking naming the stops on the old Union Pacific line, turning on foam, stepping over the cones on cue.
            Targets: per IDT goals.
            Results: Mini-BESTest 18/28.
            ATTESTATION: [X] one-on-one  [ ] concurrent  [ ] group. 97112: 22 minutes. — Delphine Marsh, PT, DPT, NCS
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // PCNDP OT, "she drops the cup when she looks away" — R hand proprioception stated as a finding; one-on-one; weight-bearing through the hand, joint-position matching with vision occluded, textures; position-matching count and Nottingham; passes.
        ["v4-h167-pcndp-ot-drops-the-cup-looking-away"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            Session: weight-bearing through the R hand at the table, joint-position matching of the R wrist and fingers with vision occluded, graded texture discrimination.
            Focus: R hand proprioception after the L parietal stroke — she drops the cup when she looks away from it.
            Results: matched 7 of 10 wrist positions with eyes closed (3 at admission); Nottingham Sensory Assessment proprioception 2/3 at the wrist.
            ATTESTATION: One-on-one. 97112: 23 minutes. — Tamsin Ruiz, OTR/L
            """,
            ["I69.398", "R20.8"], [OT("97112", 23)], []),

        // QUH APSO "the road keeps moving after she checks her blind spot" — oscillopsia with head turns, L vestibular hypofunction named; one-on-one; X2 viewing, head-turn walking, standing on foam with head turns; DGI and DVA; passes.
        ["v4-h167-quh-road-keeps-moving-blind-spot"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic campus
            A: L vestibular hypofunction: the road keeps moving for a second after she turns to check her blind spot on Route 6.
            P: Add walking in the lobby with crowds next visit.
            S: Drove herself today.
            O: One-on-one. X2 viewing with the card moving opposite her head, walking with quick head turns to a called side, standing on foam with head turns.
            DGI 20/24; dynamic visual acuity down 2 lines.
            BILLING: 97112 — 24 min
            Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // PMG-MSK 97140 for a shoulder that won't reach the back pocket (R glenohumeral internal rotation stiffness); posterior capsule glides and sleeper-position stretch; degrees; charges 14 match: passes.
        ["v4-h167-pmg-shoulder-wont-reach-back-pocket"] = new(
            """
            CHARGES: 97140 (14 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, EAST GRAND FORKS
            NEXT VISIT: add towel IR stretch to HEP.
            TODAY: posterior glenohumeral glides grade III, 4 bouts of 30 sec; contract-relax into internal rotation in the sleeper position.
            Problem: R shoulder internal rotation stiffness — his hand won't reach his back pocket for the wallet.
            | Test | Today | Eval |
            | IR at 90 deg abduction R (deg) | 38 | 21 |
            Dr. Keisha Monroe, PT, DPT
            """,
            ["M25.611"], [PT("97140", 14)], []),

        // QUH hybrid whose "A: see below" is answered by nothing below but treatment and numbers — no deficit, system or region named: deficit missing; one-on-one, PNF, perturbations and Berg present.
        ["v4-h167-quh-hybrid-a-see-below"] = new(
            """
            QUH Rehab Daily Note (APSO) — Danielson
            A: see below
            P: see below
            -- SOAP from here --
            S: "Better."
            O: One-on-one. PNF rhythmic stabilization in standing, perturbations on foam, tandem walking with head turns.
            Berg 43/56.
            BILLING: 97112 — 23 min
            Simon Marchetti, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and none

        // PMG-MSK trailing table with Y-balance reach in centimetres in the Today column; one-on-one; hop-and-stick and lateral perturbation work for knee proprioception; passes.
        ["v5-h167-pmg-trailing-y-balance-table"] = new(
            """
            CHARGES: 97112 (24 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: sport-cord lateral bounds.
            TODAY: one on one. Lateral hop-and-stick, single-leg stance on the Airex with perturbations at the knee, reactive cone taps.
            Problem: L knee proprioception and neuromuscular control after the ACL graft; goalie who drops into the butterfly.
            | Test | Today | Eval |
            | Y-balance anterior L (cm) | 61 | 48 |
            | Y-balance posteromedial L (cm) | 92 | 74 |
            | Lateral hop-and-stick held | 8/10 | 3/10 |
            Leif Ostby, PT, OCS
            """,
            ["S83.512D"], [PT("97112", 24)], []),

        // QUH objective numbers in a trailing "Outcome | Score" table (Mini-BESTest and Community Balance and Mobility Scale); one-on-one; obstacle course, tandem on the balance beam, dual-task stepping; postural control with Parkinson's; passes.
        ["v5-h167-quh-trailing-outcome-score-table"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic campus
            A: Postural control and stepping amplitude improving with Parkinson's; still shuffles when she has to talk.
            P: Recheck outcomes in 4 weeks.
            S: 69-year-old retired school-bus driver.
            O: One-on-one. Obstacle course with big steps, tandem on the low balance beam, dual-task stepping to called targets.
            Outcome | Score
            Mini-BESTest | 21/28
            Community Balance and Mobility Scale | 44/96
            BILLING: 97112 — 25 min
            Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // PCNDP Postural Assessment Scale for Stroke as the measure; one-on-one; supported sitting to standing with facilitation at the trunk, lateral weight shifting, standing with the L leg loaded; postural control after a stroke; passes.
        ["v5-h167-pcndp-postural-assessment-scale-stroke"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Alliance day room
            Session: NDT facilitation at the trunk for sitting to standing, lateral weight shifting in standing with the L leg loaded, standing at the counter reaching across midline.
            Focus: postural control after the R MCA stroke; pushes back toward the L and can't keep midline.
            Results: Postural Assessment Scale for Stroke 24/36 (17 at admission); stood 40 seconds at midline without a hand.
            ATTESTATION: [X] one-on-one  [ ] concurrent  [ ] group. 97112: 25 minutes. — Delphine Marsh, PT, DPT, NCS
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // QUH "O: Berg deferred (fatigue) — re-test next visit." and no other number but the code's minutes: measure missing; one-on-one, perturbations, foam stepping, sensory deficit present.
        ["v5-h167-quh-berg-deferred-retest-next-visit"] = new(
            """
            QUH Rehab Daily Note (APSO) — Putnam
            A: Somatosensory loss in both feet; relies on vision, sways with eyes closed.
            P: Re-test Berg next visit.
            S: Tired, up early with the grandkids.
            O: One-on-one. Perturbations on the foam, stepping on and off the foam with eyes closed, tandem stance on foam.
            Berg deferred (fatigue) — re-test next visit.
            BILLING: 97112 — 22 min
            Carla Pinheiro, PTA
            """,
            ["G62.9"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // PMG-MSK "Measures: see flowsheet" and no trailing table this time: measure missing; one-on-one, BAPS and perturbations, ankle proprioception present.
        ["v5-h167-pmg-measures-see-flowsheet"] = new(
            """
            CHARGES: 97112 (20 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, THIEF RIVER FALLS
            NEXT VISIT: same.
            TODAY: 1:1. BAPS board, perturbations on the Airex, single-leg stance with head turns.
            Problem: R ankle proprioception after the sprain in the machine-shed.
            Measures: see flowsheet.
            Rosa Echeverría, PT
            """,
            ["S93.401D"], [PT("97112", 20)], [At(Measure, "97112")]),

        // PCNDP "improved balance per team report" as the only result: measure missing; one-on-one, Frenkel-type stepping and foam work, ataxia present.
        ["v5-h167-pcndp-improved-per-team-report"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Sidney
            Session: stepping onto floor targets to a slow count, tandem along the tape line, foam stance with eyes closed.
            Focus: gait ataxia after the cerebellar stroke.
            Results: improved balance per team report; wife says fewer stumbles at home.
            ATTESTATION: One-on-one with the undersigned. 97112: 23 minutes. — Eli Kastner, PTA
            """,
            ["I69.393"], [PTA("97112", 23)], [At(Measure, "97112")]),

        // PMG-MSK 97116 with distance and assistance (220 ft twice with SBA and a single-point cane, 12 stairs with a rail); antalgic gait after a hip replacement; charges 18 match: passes.
        ["v5-h167-pmg-gait-distance-and-assist-97116"] = new(
            """
            CHARGES: 97116 (18 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: outdoor surfaces if the sidewalk is clear.
            TODAY: gait training with a single-point cane, cues for equal step length and R heel strike; stair training step-over-step with one rail.
            Problem: antalgic gait and short L step after the R total hip; retired air-traffic controller at the base.
            | Test | Today | Eval |
            | Cane distance (ft) | 220 x 2, SBA | 80 with minimal assist |
            | Stairs | 12 with rail, SBA | 4 with minimal assist |
            Rosa Echeverría, PT
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 18)], []),

        // QUH OT 97530 with transfer counts and assistance (low mat to stand 6 times with minimal assist, toilet transfers 3 with CGA); R hemiparesis and sitting balance; passes.
        ["v5-h167-quh-ot-transfer-counts-97530"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic campus
            A: R hemiparesis limits his transfers; he still pushes off with the L only.
            P: Tub bench next visit.
            S: Wife helps at home.
            O: Functional transfer training: low mat to stand 6 times with minimal assist and cues for weight through the R foot; toilet transfers with the grab bar 3 times with CGA; reaching to the floor from sitting to pick up socks 5 times.
            BILLING: 97530 — 23 min
            Megan Rourke, OTR/L
            """,
            ["I69.351"], [OT("97530", 23)], []),

        // PCNDP whose only tests are in next visit's plan ("Plan next visit: re-check TUG and gait speed") and no result today: measure missing; one-on-one, big-step and turning drills, Parkinson's stepping deficit present.
        ["v5-h167-pcndp-tests-only-in-next-visit-plan"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            Plan next visit: re-check TUG and gait speed.
            Session: big-step walking to the beat, turning around the cone in wide arcs, stepping over a taped line when he freezes.
            Focus: freezing of gait and short steps with Parkinson's disease, worst in doorways.
            ATTESTATION: [X] one-on-one  [ ] concurrent  [ ] group. 97112: 24 minutes. — Gus Mendenhall, PT
            """,
            ["G20.A1"], [PT("97112", 24)], [At(Measure, "97112")]),

        // PMG-MSK 97110 "hip strengthening progressed, added lateral band walks and step-downs" with no sets, reps, load or hold: measure missing; exercises and hip abductor weakness present.
        ["v5-h167-pmg-97110-progressed-no-dose"] = new(
            """
            CHARGES: 97110 (22 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, EAST GRAND FORKS
            NEXT VISIT: continue.
            TODAY: hip strengthening progressed — added lateral band walks and step-downs, continued bridges and side-lying abduction.
            Problem: R hip abductor weakness with a Trendelenburg lurch on the stairs.
            Troy Lindgren, PTA
            """,
            ["M62.81", "M25.551"], [PTA("97110", 22)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes where these templates put them, true mismatches, missing separate time

        // QUH APSO with both codes' minutes only in the closing "BILLING:" block, units beside them ("97112 — 24 min (2 units)", "97116 — 14 min (1 unit)"); one-on-one; perturbations and foam work, gait with a cane on the ramp; postural control and short step; Berg and distance; passes.
        ["v6-h167-quh-billing-block-two-codes-at-the-end"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic campus
            A: Postural control better on foam; gait still short-stepped on the R after the stroke.
            P: Community distances next visit.
            S: Wants to walk into the dairy bar on opening day.
            O: One-on-one for the NMR. Perturbations on the foam pad, tandem along the rail, stepping over the cane.
            Gait training with the quad cane up and down the lobby ramp and across the skybridge, cues for R step length.
            Berg 46/56; walked 350 ft with the quad cane, SBA on the ramp.
            BILLING:
            97112 — 24 min (2 units)
            97116 — 14 min (1 unit)
            Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["I69.351"], [PT("97112", 24), PT("97116", 14)], []),

        // PMG-MSK minutes only on the top "CHARGES:" line for two codes ("97140 (12 min) · 97110 (26 min)"); cervical glides and suboccipital release, then deep neck flexor and scapular work with doses; neck pain and forward head; degrees; passes.
        ["v6-h167-pmg-charges-on-top-two-codes"] = new(
            """
            CHARGES: 97140 (12 min) · 97110 (26 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: add prone Y's and T's.
            TODAY: suboccipital release and C4-C6 lateral glides grade III. Deep neck flexor holds 10 x 10 sec, band rows 3x15 green, wall angels 2x12, chin tucks against the wall 2x10.
            Problem: neck pain and forward head posture; limited R rotation checking the mirrors on the beet truck.
            | Test | Today | Eval |
            | Cervical rotation R (deg) | 62 | 45 |
            | DNF endurance (sec) | 24 | 11 |
            Leif Ostby, PT, OCS
            """,
            ["M54.2"], [PT("97140", 12), PT("97110", 26)], []),

        // PCNDP single code whose minutes are only in the closing attestation ("97112: 25 minutes") after a schedule with times of day; one-on-one; step training with a metronome, foam turns, perturbations; ataxia; tandem steps and SARA gait; passes.
        ["v6-h167-pcndp-attestation-minutes-only"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Alliance day room
            Day: van at 8:15 a.m. from Hemingford; coffee circle; PT mid-morning; cards club after lunch.
            Session: stepping to a metronome beat, turning on the foam mat, perturbations at the pelvis in standing.
            Focus: truncal ataxia after the rollover TBI; the young rancher sways wide on every turn.
            Results: 10 tandem steps before a side step; SARA gait item 3 (5 at admission).
            ATTESTATION: One-on-one with the undersigned throughout. 97112: 25 minutes. — Delphine Marsh, PT, DPT, NCS
            """,
            ["S06.2X9D", "R27.0"], [PT("97112", 25)], []),

        // QUH billing block "97112 — 35 min" on a 23-minute line: mismatch; otherwise complete (one-on-one, PNF chops and lifts and foam stepping, trunk control, Berg).
        ["v6-h167-quh-billing-35-on-23"] = new(
            """
            QUH Rehab Daily Note (APSO) — Putnam
            A: Trunk control improving; still leans to the L on the stairs after the stroke.
            P: Continue POC.
            S: Mowed the lawn — on the rider.
            O: One-on-one. PNF chops and lifts in half-kneel, stepping on and off the foam step, perturbations at the trunk in standing.
            Berg 47/56.
            BILLING: 97112 — 35 min
            Simon Marchetti, PT
            """,
            ["I69.354"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // PMG-MSK charges line "97110 (30 min)" on an 18-minute 97110 line beside a matching 97140: mismatch on 97110 only; both codes otherwise complete.
        ["v6-h167-pmg-charges-30-on-18"] = new(
            """
            CHARGES: 97140 (12 min) · 97110 (30 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, THIEF RIVER FALLS
            NEXT VISIT: progress loads.
            TODAY: patellar mobilizations and soft-tissue release to the lateral retinaculum. Ther ex: quad sets 10 x 5 sec hold, SLR 3x10, mini squats 3x12, step-ups onto the 4 inch step 2x10.
            Problem: L knee stiffness and quad weakness after the TKA.
            | Test | Today | Eval |
            | Knee flexion L (deg) | 108 | 84 |
            Rosa Echeverría, PT
            """,
            ["Z96.652", "Z47.1"], [PT("97140", 12), PT("97110", 18)], [At(Mismatch, "97110")]),

        // PCNDP two timed codes with only "Total timed: 38 minutes" in the attestation and no minutes for each: separate time missing; both codes complete (one-on-one; NMR stepping and perturbations; gait with a walker on the van ramp; ataxia; tandem and distance).
        ["v6-h167-pcndp-total-timed-only-two-codes"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Sidney
            Session: NMR — stepping to floor targets, perturbations at the pelvis, tandem on the tape line. Gait training with the front-wheeled walker up the van ramp and across the gravel lot, cues for step width.
            Focus: gait and limb ataxia after the cerebellar stroke.
            Results: tandem 9 steps; walked 180 ft on the gravel with the walker, CGA.
            ATTESTATION: One-on-one throughout.
            Total timed: 38 minutes.
            — Gus Mendenhall, PT
            """,
            ["I69.393"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // QUH clock range on the code's own line ("97112 (10:05–10:29)" = 24 minutes) in the billing block; one-on-one; X1 and habituation; vestibular hypofunction; DGI; passes.
        ["v6-h167-quh-clock-range-on-the-billing-line"] = new(
            """
            QUH Rehab Daily Note (APSO) — Danielson
            A: Bilateral vestibular hypofunction after gentamicin; oscillopsia walking and at night.
            P: Dim-light walking next visit.
            S: Uses a flashlight in the barn now.
            O: One-on-one. X1 viewing seated and standing, walking with head turns on the carpet and the tile, standing on foam eyes closed near the corner.
            DGI 15/24.
            BILLING: 97112 (10:05–10:29)
            Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["H81.23"], [PT("97112", 24)], []),

        // PMG-MSK two codes with only one code's minutes on the charges line ("97140 (10 min)" on one line, "97110" alone on the next): separate time missing; both codes otherwise complete.
        ["v6-h167-pmg-one-of-two-codes-with-minutes"] = new(
            """
            CHARGES:
            97140 (10 min)
            97110
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: add farmer carries.
            TODAY: thoracic PA mobilizations grade III at T5-T8; open-book rotations 2x10 each side, band pull-aparts 3x15, prone I-Y-T 2x10.
            Problem: thoracic stiffness and R shoulder pain with overhead reach after the fall off the combine step.
            | Test | Today | Eval |
            | Thoracic rotation R (deg) | 40 | 25 |
            Dr. Keisha Monroe, PT, DPT
            """,
            ["M54.6", "M25.511"], [PT("97140", 10), PT("97110", 20)], [SepTime]),

        // PCNDP single code whose minute blank in the attestation was left ("97112: ___ minutes"): no minutes stated, nothing to mismatch, one timed code — passes (one-on-one, rhythmic stabilisation and foam work, postural control, Berg).
        ["v6-h167-pcndp-minute-blank-single-code"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            Session: rhythmic stabilization in standing, stepping off the foam in three directions, reaching to the cones from the foam pad.
            Focus: postural control after the brain-stem stroke; stiffens and steps late.
            Results: Berg 40/56 (33 at admission).
            ATTESTATION: [X] one-on-one  [ ] concurrent  [ ] group. 97112: ___ minutes. — Eli Kastner, PTA
            """,
            ["I69.398"], [PTA("97112", 22)], []),

        // QUH hybrid with the same minutes at the top ("97112 22 min") and again in the billing block: passes (one-on-one, PNF and perturbations, hemiparesis, FGA).
        ["v6-h167-quh-same-minutes-top-and-bottom"] = new(
            """
            97112 22 min
            QUH Rehab Daily Note (APSO) — Putnam
            A: R hemiparesis, weight acceptance on the R better.
            -- finished in SOAP --
            S: Walked the rail trail halfway.
            O: One-on-one. PNF D1 flexion with the R leg in standing, perturbations at the pelvis, step-and-hold onto the foam with the R.
            FGA 19/30.
            BILLING: 97112 — 22 min
            Simon Marchetti, PT
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // PCNDP two-code visit whose attestation gives the 97112 20 minutes on a 32-minute line (97530 matches): mismatch on 97112; both complete (one-on-one; perturbations and foam; laundry-carry and bed making; postural control and standing tolerance; Berg and counts).
        ["v6-h167-pcndp-attestation-20-on-32"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Alliance day room
            Session (PT): perturbations on the foam, tandem with head turns, stepping over the hose. Session (PT, functional): carrying the laundry basket from the day-room washer to the table, making the bed in the apartment suite.
            Focus: postural control and standing tolerance after the R MCA stroke.
            Results: Berg 43/56; carried the basket 4 trips with SBA; bed made standing without a rest.
            ATTESTATION: One-on-one throughout. 97112: 20 minutes. 97530: 14 minutes. — Gus Mendenhall, PT
            """,
            ["I69.354"], [PT("97112", 32), PT("97530", 14)], [At(Mismatch, "97112")]),

        // PMG-MSK three codes with all minutes in the closing block ("97140 — 10 min", "97110 — 15 min", "97112 — 13 min"); one-on-one; talar glides, calf and hip strengthening with doses, BAPS and perturbations; ankle stiffness and proprioception; degrees and SLS; passes.
        ["v6-h167-pmg-three-codes-closing-block"] = new(
            """
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, EAST GRAND FORKS
            NEXT VISIT: jog-walk on the treadmill.
            TODAY: talocrural posterior glides grade III; calf raises 3x15 off the step, lateral band walks 3 x 10 steps each way; then one-on-one BAPS board and perturbations on the Airex.
            Problem: L ankle stiffness and proprioceptive loss after the fracture.
            | Test | Today | Eval |
            | DF L (deg) | 14 | 5 |
            | SLS foam L (sec) | 19 | 4 |
            CHARGES (entered at close): 97140 — 10 min; 97110 — 15 min; 97112 — 13 min
            Troy Lindgren, PTA
            """,
            ["S82.62XD"], [PTA("97140", 10), PTA("97110", 15), PTA("97112", 13)], []),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // QUH two-code visit sent with an empty note: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h167-quh-empty-two-codes"] = new(
            "",
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // PCNDP note of line breaks and spaces only: DOC_NOTE_MISSING on the 97112 line.
        ["v7-h167-pcndp-whitespace-only"] = new(
            "\n   \n      \n",
            ["I69.393"], [PTA("97112", 22)], [At(NoteMissing, "97112")]),

        // QUH OT 97530 with an empty note and no diagnosis on the claim: DOC_NOTE_MISSING on the line and the diagnosis finding.
        ["v7-h167-quh-ot-empty-no-diagnosis"] = new(
            "",
            [], [OT("97530", 24)], [At(NoteMissing, "97530"), Dx]),

        // QUH 97110 in APSO: side-lying hip abduction, bridges with band, terminal knee extension and step-ups with doses for L hip abductor and quad weakness after a hip fracture; billing 25 matches: passes.
        ["v7-h167-quh-97110-apso-hip-and-quad"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic campus
            A: L hip abductor and quad weakness after the ORIF; Trendelenburg on the L still, less on the stairs.
            P: Add lateral step-ups next visit.
            S: 81-year-old, lives alone, daughter checks in daily.
            O: Side-lying L hip abduction 3x10 with a 2 lb cuff, bridges with a band at the knees 3x12, terminal knee extension with the red band 3x15, forward step-ups onto the 4 inch step 2x10 with one rail.
            BILLING: 97110 — 25 min
            Carla Pinheiro, PTA
            """,
            ["S72.002D"], [PTA("97110", 25)], []),

        // PCNDP OT 97530: tub-bench transfer in the apartment suite and carrying a laundry basket to the day-room washer, with assistance levels and counts; R hemiparesis and standing balance for home tasks; passes.
        ["v7-h167-pcndp-ot-tub-bench-and-laundry-97530"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            Session: tub-bench transfer in the apartment suite, in and out 3 times, minimal assist to lift the R leg over the rim; carried the half-full laundry basket from the day room to the washer 4 trips with CGA and loaded it standing.
            Focus: R hemiparesis and standing balance for bathing and laundry at home; the young rancher's mother wants him showering on his own.
            ATTESTATION: 97530: 27 minutes. — Tamsin Ruiz, OTR/L
            """,
            ["S06.2X9D", "G81.91"], [OT("97530", 27)], []),

        // PMG-MSK 97140: thoracic manipulation (supine thrust at T6) and first-rib mobilisation with doses for thoracic stiffness and rib pain; degrees; charges 11 match: passes.
        ["v7-h167-pmg-thoracic-manipulation-97140"] = new(
            """
            CHARGES: 97140 (11 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: ther ex only if the rib stays quiet.
            TODAY: supine thoracic thrust manipulation at T6, one cavitation; R first-rib inferior mobilizations grade III, 3 bouts of 30 sec; soft-tissue mobilization to the upper trapezius.
            Problem: upper thoracic stiffness and R first-rib pain with overhead reach.
            | Test | Today | Eval |
            | Cervical rotation R (deg) | 70 | 52 |
            Leif Ostby, PT, OCS
            """,
            ["M54.6", "M99.02"], [PT("97140", 11)], []),

        // PCNDP 97116: a cane on the van ramp and the gravel lot, distances and assistance; short R step and poor foot clearance after a stroke; passes.
        ["v7-h167-pcndp-cane-on-van-ramp-97116"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Alliance day room
            Session: gait training with the small-base quad cane down the van ramp and across the gravel lot to the picnic table, cues for R heel strike and step length; up and down the 6 inch curb by the door.
            Focus: short R step and poor R foot clearance after the L MCA stroke; catches his toe on the gravel.
            Results: 260 ft on the gravel with the quad cane, CGA; curb up and down 4 times with SBA.
            ATTESTATION: 97116: 18 minutes. — Eli Kastner, PTA
            """,
            ["I69.351"], [PTA("97116", 18)], []),

        // QUH APSO wholly generic with a billing block ("A: Tolerated tx well. P: Continue POC. S: No complaints. O: Balance training and ther ex as per POC."): every content finding on both codes and one-on-one missing on 97112; minutes are given per code.
        ["v7-h167-quh-generic-apso-with-billing"] = new(
            """
            QUH Rehab Daily Note (APSO) — Putnam
            A: Tolerated tx well.
            P: Continue POC.
            S: No complaints.
            O: Balance training and ther ex as per POC.
            BILLING: 97112 — 15 min; 97110 — 15 min
            Simon Marchetti, PT
            """,
            ["R26.89"], [PT("97112", 15), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // PCNDP wholly generic under a one-on-one attestation ("Participated in program. Balance activities. Good effort. Continue."): technique, generic, deficit and measure on 97112.
        ["v7-h167-pcndp-generic-participated-in-program"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Sidney
            Session: Participated in program. Balance activities. Good effort.
            Plan: Continue.
            ATTESTATION: [X] one-on-one  [ ] concurrent  [ ] group. 97112: 22 minutes. — Eli Kastner, PTA
            """,
            ["R26.89"], [PTA("97112", 22)], [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // ---------------------------------------------------------------- ordinary: complete notes of the three employers (and the ordinary weak ones)

        // QUH APSO 97112 vestibular note whose plan names next visit's optokinetic work (not done today); one-on-one; X1 and head-turn walking done today; R hypofunction; DGI and DVA; passes.
        ["vord-h167-quh-apso-vestibular-plan-names-next-visit"] = new(
            """
            QUH Rehab Daily Note (APSO) — Danielson
            A: R vestibular hypofunction, compensating; still off-balance turning quickly in the supermarket aisles.
            P: Next visit start optokinetic video in standing and walking in the busy lobby.
            S: 54-year-old nursing professor; headaches gone.
            O: One-on-one. X1 viewing at a faster metronome setting, walking the hallway with horizontal and vertical head turns, standing on foam with head turns.
            DGI 21/24; dynamic visual acuity down 1 line.
            BILLING: 97112 — 23 min
            Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // QUH PTA 97112 and 97110 with the minutes in the closing billing block; one-on-one for the NMR; perturbations and tandem, then leg press and step-ups with doses; postural control and hip weakness; Berg; passes.
        ["vord-h167-quh-pta-nmr-and-ther-ex-billing-block"] = new(
            """
            QUH Rehab Daily Note (APSO) — Putnam
            A: Postural control and L hip strength both improving; fewer losses of balance on turns.
            P: Continue 2x/wk.
            S: Walked the Putnam river trail with her husband Sunday.
            O: NMR one-on-one: perturbations at the pelvis on foam, tandem walking with head turns, stepping over the cane. Ther ex: leg press 60 lb 3x12, lateral step-ups onto the 4 inch step 3x10, side-lying hip abduction 3x12.
            Berg 47/56 (42 at eval).
            Problem list: impaired postural control, L hip abductor weakness.
            BILLING: 97112 — 16 min; 97110 — 14 min
            Carla Pinheiro, PTA
            """,
            ["R26.81", "M62.81"], [PTA("97112", 16), PTA("97110", 14)], []),

        // QUH OT 97530 in APSO: meal preparation standing at the counter, retrieving items from the low oven drawer, carrying a tray; R hemiparesis and standing balance; counts and assistance; passes.
        ["vord-h167-quh-ot-apso-kitchen-97530"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic campus
            A: R hemiparesis and standing balance limit kitchen tasks; safer today with the counter as her only support.
            P: Laundry task next visit.
            S: Wants to make Sunday dinner again.
            O: Meal preparation in the ADL kitchen: stood at the counter to cut and mix, retrieved pans from the low drawer 4 times with CGA, carried a tray with two mugs 20 ft with SBA, wiped down the stove with the R hand.
            BILLING: 97530 — 26 min
            Megan Rourke, OTR/L
            """,
            ["I69.351"], [OT("97530", 26)], []),

        // QUH 97116, a hybrid APSO-then-SOAP note; gait with a rolling walker to a cane in the corridor and on the outdoor walkway; short L step and trunk flexion; distance and assistance; passes.
        ["vord-h167-quh-hybrid-gait-97116"] = new(
            """
            QUH Rehab Daily Note (APSO) — Putnam
            A: Gait improving after the L hip fracture; still a short L step and leans on the walker.
            -- rest in SOAP --
            S: Wants to ditch the walker by Christmas.
            O: Gait training: rolling walker to straight cane in the corridor, then the outdoor walkway by the parking garage, cues for upright trunk and L step length.
            Cane 300 ft with CGA indoors; walker 400 ft outdoors with SBA.
            BILLING: 97116 — 19 min
            Simon Marchetti, PT
            """,
            ["S72.002D"], [PT("97116", 19)], []),

        // QUH 97140 and 97110 for low back pain in APSO with the billing block last; lumbar rotational mobilisations and soft tissue, then core and hip hinge work with doses; flexion degrees; passes.
        ["vord-h167-quh-lumbar-manual-and-ther-ex"] = new(
            """
            QUH Rehab Daily Note (APSO) — Danielson
            A: Lumbar stiffness and guarding easing; able to bend to the school-bus floor to pick up a backpack.
            P: Lifting from the floor next visit.
            S: Back driving the morning route.
            O: Side-lying lumbar rotational mobilizations grade III L3-L5, soft-tissue mobilization to the L paraspinals. Ther ex: hip hinge with a dowel 3x10, dead bugs 3x10, bird-dogs 3x10, side planks 3 x 20 sec.
            Lumbar flexion 55 deg (35 at eval).
            BILLING: 97140 — 12 min; 97110 — 18 min
            Simon Marchetti, PT
            """,
            ["M54.50"], [PT("97140", 12), PT("97110", 18)], []),

        // QUH 97112 for Parkinson's, PWR! Moves in standing and floor-to-stand, one-on-one; postural instability and small steps; Mini-BESTest and step length; passes.
        ["vord-h167-quh-parkinsons-pwr-moves"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic campus
            A: Postural instability and small steps with Parkinson's disease; bigger steps with the visual cue.
            P: Add dual-task to the PWR! Moves next visit.
            S: Retired mill machinist; on-time after the morning dose.
            O: One-on-one. PWR! Moves (PWR! Up, Rock, Twist, Step) in standing with amplitude cues, backward and lateral stepping to lines on the floor, turning in wide arcs around the cone.
            Mini-BESTest 19/28; step length 52 cm with the floor lines.
            BILLING: 97112 — 24 min
            Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // QUH 97112 with the plan for next visit placed first and naming treadmill perturbations not done today; today's foam and stepping work, one-on-one with her daughter present; sensory loss; Berg and tandem; passes.
        ["vord-h167-quh-plan-first-daughter-present"] = new(
            """
            QUH Rehab Daily Note (APSO) — Putnam
            P: Next visit: start treadmill perturbations in the harness; re-check the Berg in two weeks.
            A: Sensory loss in both feet with the neuropathy; she steadies better on foam with her eyes open.
            S: Daughter drove her in and stayed.
            O: One-on-one, her daughter in the room. Standing on foam eyes open then closed, stepping on and off the foam, tandem at the counter.
            Berg 44/56; tandem 11 sec eyes open.
            BILLING: 97112 — 22 min
            Carla Pinheiro, PTA
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // QUH 97110 in APSO after a rotator cuff repair: pulleys, active-assisted flexion with the wand, isometrics and scapular retraction with doses; R shoulder weakness and ROM; degrees; passes.
        ["vord-h167-quh-rotator-cuff-ther-ex"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic campus
            A: R shoulder flexion and strength improving at 8 weeks after the rotator cuff repair.
            P: Start light bands next visit if cleared by Dr. Pelletier.
            S: Sleeping in bed instead of the recliner.
            O: Pulleys 2x15, supine wand flexion 3x10, isometric ER and IR 10 x 5 sec holds, scapular retraction 3x15.
            AAROM flexion 145 deg (110 at 6 weeks).
            BILLING: 97110 — 20 min
            Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["S46.011D"], [PT("97110", 20)], []),

        // QUH a PT's 97112 and an OT's 97530 on one visit, each with its own minutes in the billing block; one-on-one for the NMR; stepping and perturbations; dressing standing at the closet; hemiparesis; FGA and dressing assistance; passes.
        ["vord-h167-quh-pt-nmr-and-ot-dressing"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic campus
            A: L hemiparesis; standing balance better for dressing and walking.
            P: PT and OT again Thursday.
            S: Wife helps with socks only now.
            O (PT, Ekdahl): One-on-one. Step-and-hold onto foam with the L, perturbations at the pelvis, walking with head turns. FGA 18/30.
            O (OT, Rourke): Dressing standing at the closet — shirt and pants on with SBA, socks seated with a sock aid, 3 trips to the dresser with CGA.
            BILLING: 97112 (Ekdahl) — 23 min; 97530 (Rourke) — 25 min
            """,
            ["I69.354"], [PT("97112", 23), OT("97530", 25)], []),

        // QUH 97112 after a concussion, APSO; one-on-one; gaze stabilisation and dual-task walking; vestibular-ocular deficits; VOMS and FGA; passes.
        ["vord-h167-quh-concussion-vestibular-ocular"] = new(
            """
            QUH Rehab Daily Note (APSO) — Danielson
            A: Vestibular-ocular deficits after the concussion; head turns and busy backgrounds still provoke her.
            P: Add sport-specific turns next visit.
            S: 16-year-old soccer player, back at school half days.
            O: One-on-one, her mother in the waiting room. X1 viewing against the busy poster, walking with head turns while catching a ball, dual-task walking naming animals.
            FGA 25/30; VOMS total 6 (14 at eval).
            BILLING: 97112 — 24 min
            Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["S06.0X0D"], [PT("97112", 24)], []),

        // QUH complete APSO 97112 (one-on-one; perturbations and tandem; postural control; Berg) sent with no diagnosis.
        ["vord-h167-quh-complete-no-diagnosis"] = new(
            """
            QUH Rehab Daily Note (APSO) — Putnam
            A: Postural control improving after the fall.
            P: Continue POC.
            S: No new falls.
            O: One-on-one. Perturbations on the foam, tandem walking with head turns.
            Berg 46/56.
            BILLING: 97112 — 22 min
            Simon Marchetti, PT
            """,
            [], [PT("97112", 22)], [Dx]),

        // QUH 97116 and 97112 in APSO, billing block last; one-on-one; gait with a cane on stairs and the ramp, then stepping and foam work; ataxic gait and postural control; distance and Berg; passes.
        ["vord-h167-quh-gait-and-nmr-billing-last"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic campus
            A: Gait ataxia after the cerebellar stroke, wide base narrowing; fewer lurches on turns.
            P: Community outing to the campus bookstore next visit.
            S: Wife reports no falls.
            O: One-on-one throughout. Gait training with the cane on the hospital stairs and the lobby ramp, cues for step width. NMR: stepping to floor targets, tandem on the tape line, foam stance with head turns.
            Cane 400 ft with SBA, 14 stairs with the rail; Berg 42/56.
            BILLING: 97116 — 13 min; 97112 — 24 min
            Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["I69.393"], [PT("97116", 13), PT("97112", 24)], []),

        // PMG-MSK 97140 and 97110 for knee osteoarthritis, charges on top, next visit before today, trailing table; tibiofemoral glides and soft tissue, then strengthening with doses; passes.
        ["vord-h167-pmg-knee-oa-manual-and-ther-ex"] = new(
            """
            CHARGES: 97140 (10 min) · 97110 (23 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: add the leg press if pain stays under control; recheck flexion.
            TODAY: tibiofemoral distraction and posterior glides grade III, patellar glides. Ther ex: sit-to-stands from a 20 inch box 3x10, heel raises 3x15, step-ups onto the 6 inch step 3x10, terminal knee extension with the blue band 3x15.
            Problem: R knee OA with quad weakness and stiffness; can't climb into the beet truck cab without pulling.
            | Test | Today | Eval |
            | Knee flexion R (deg) | 118 | 102 |
            | 30-sec chair stand | 11 | 7 |
            Rosa Echeverría, PT
            """,
            ["M17.11"], [PT("97140", 10), PT("97110", 23)], []),

        // PMG-MSK 97110 for shoulder impingement: scapular and cuff strengthening with doses; R rotator cuff weakness and painful arc; charges 24 match: passes.
        ["vord-h167-pmg-impingement-ther-ex"] = new(
            """
            CHARGES: 97110 (24 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, EAST GRAND FORKS
            NEXT VISIT: overhead press progression.
            TODAY: side-lying ER 3x12 with 3 lb, prone Y's and T's 2x10, band rows 3x15 with the green band, serratus wall slides 3x10.
            Problem: R rotator cuff weakness and a painful arc reaching overhead; curling-club skip who sweeps hard.
            | Test | Today | Eval |
            | ER strength R (lb, dynamometer) | 18 | 11 |
            Troy Lindgren, PTA
            """,
            ["M75.41"], [PTA("97110", 24)], []),

        // PMG-MSK 97112 for chronic ankle instability, charges on top; one-on-one; BAPS, foam hop-and-stick, perturbations; peroneal timing and proprioception; trailing table; passes.
        ["vord-h167-pmg-chronic-ankle-instability"] = new(
            """
            CHARGES: 97112 (23 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: cutting drills on the turf.
            TODAY: One-on-one. BAPS board level 4, single-leg stance on foam with perturbations, hop-and-stick onto the foam.
            Problem: R ankle proprioception and slow peroneal reaction with chronic instability; rolls it on every hockey season.
            | Test | Today | Eval |
            | SLS foam eyes closed R (sec) | 12 | 3 |
            | Hop-and-stick held | 8/10 | 2/10 |
            Leif Ostby, PT, OCS
            """,
            ["M25.371"], [PT("97112", 23)], []),

        // PMG-MSK 97116 after an ankle ORIF: gait from boot to shoe with a cane, stairs; antalgic gait, short stance; distance and assistance in the table; passes.
        ["vord-h167-pmg-gait-after-ankle-orif"] = new(
            """
            CHARGES: 97116 (17 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, THIEF RIVER FALLS
            NEXT VISIT: outdoor walking if the lot is sanded.
            TODAY: gait training out of the boot into a shoe with a single-point cane, cues for heel-toe and equal stance; stairs step-over-step.
            Problem: antalgic gait and short L stance after the L ankle ORIF.
            | Test | Today | Eval |
            | Distance with cane (ft) | 250, SBA | 60 with minimal assist |
            | Stairs | 10 with rail, SBA | not tried |
            Rosa Echeverría, PT
            """,
            ["S82.62XD"], [PT("97116", 17)], []),

        // PMG-MSK 97140 for cervical radicular-type pain: cervical traction by hand, upper-thoracic PAs and first-rib mobilisation with doses; neck region and rotation; passes.
        ["vord-h167-pmg-cervical-manual"] = new(
            """
            CHARGES: 97140 (12 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: reassess neuro screen.
            TODAY: manual cervical traction, 5 bouts of 30 sec; upper-thoracic central PAs grade III T1-T4; L first-rib mobilization.
            Problem: neck pain with L arm tingling and limited L rotation; the grain-elevator manager turning to back the truck.
            | Test | Today | Eval |
            | Cervical rotation L (deg) | 58 | 40 |
            Dr. Keisha Monroe, PT, DPT
            """,
            ["M54.12"], [PT("97140", 12)], []),

        // PMG-MSK PT 97530 lifting and carrying simulation for return to work at the grain elevator: floor-to-waist lifts, carries, ladder climbs with loads and counts; lumbar and grip endurance; passes.
        ["vord-h167-pmg-return-to-work-lifting-97530"] = new(
            """
            CHARGES: 97530 (25 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: job-site ladder height.
            TODAY: work simulation — floor-to-waist lifts of a 40 lb sack 3x5 with a hip hinge, 50 ft carries of a 30 lb bucket in each hand x 4, climbing the 8-rung ladder with a tool bag 4 times.
            Problem: low back pain and poor lifting mechanics limiting his return to the grain elevator.
            Rosa Echeverría, PT
            """,
            ["M54.50"], [PT("97530", 25)], []),

        // PMG-MSK 97110 after ACL reconstruction: squats, step-downs, leg press and Nordic curls with doses; quad and hamstring weakness; passes.
        ["vord-h167-pmg-acl-strength"] = new(
            """
            CHARGES: 97110 (26 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, EAST GRAND FORKS
            NEXT VISIT: jump-landing progression.
            TODAY: goblet squats 3x10 with 25 lb, lateral step-downs off the 8 inch step 3x8, single-leg leg press 3x12 at 70 lb, Nordic curls 2x5 assisted.
            Problem: L quad and hamstring weakness 5 months after the ACL reconstruction.
            | Test | Today | Eval |
            | Quad LSI (%) | 78 | 54 |
            Troy Lindgren, PTA
            """,
            ["S83.512D"], [PTA("97110", 26)], []),

        // PMG-MSK sports-medicine concussion referral, 97112; one-on-one; gaze stabilisation, head-turn walking on the turf, reactive drills; vestibular-ocular deficit; FGA and DVA; passes.
        ["vord-h167-pmg-goalie-concussion-nmr"] = new(
            """
            CHARGES: 97112 (22 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS (sports medicine referral)
            NEXT VISIT: on-ice drills if symptom free.
            TODAY: one-on-one. X1 viewing in goalie stance, walking the turf with head turns tracking a puck on a stick, reactive lateral shuffles to a called side.
            Problem: vestibular-ocular deficit after the concussion in the crease; blurs tracking the puck.
            | Test | Today | Eval |
            | FGA | 27/30 | 20/30 |
            | DVA lines lost | 1 | 4 |
            Leif Ostby, PT, OCS
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // PMG-MSK 97140 and 97112 for an ankle, charges on top; talocrural glides with dose; one-on-one BAPS and perturbations; stiffness and proprioception; degrees and SLS; passes.
        ["vord-h167-pmg-ankle-manual-and-nmr"] = new(
            """
            CHARGES: 97140 (10 min) · 97112 (15 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, THIEF RIVER FALLS
            NEXT VISIT: hop testing.
            TODAY: talocrural posterior glides grade III-IV, 4 bouts of 30 sec. Then one-on-one BAPS board and perturbations on the Airex.
            Problem: R ankle stiffness and proprioceptive loss after the sprain on the snowmobile trailer.
            | Test | Today | Eval |
            | DF R (deg) | 15 | 6 |
            | SLS foam R (sec) | 16 | 5 |
            Rosa Echeverría, PT
            """,
            ["S93.401D"], [PT("97140", 10), PT("97112", 15)], []),

        // PMG-MSK 97110 for lumbar stenosis: flexion-bias exercise, bike and hip strengthening with doses; neurogenic claudication and hip weakness; passes.
        ["vord-h167-pmg-lumbar-stenosis-ther-ex"] = new(
            """
            CHARGES: 97110 (21 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: walking program on the treadmill with an incline.
            TODAY: recumbent bike level 3 for warm-up, single knee-to-chest 3 x 30 sec each, posterior pelvic tilts 3x15, clamshells with the band 3x12, sit-to-stands 3x10.
            Problem: lumbar stenosis with leg symptoms walking past the second block and bilateral hip weakness.
            Dr. Keisha Monroe, PT, DPT
            """,
            ["M48.062"], [PT("97110", 21)], []),

        // PMG-MSK PTA charges line carrying last visit's "97110 (15 min)" on a 27-minute line: mismatch; otherwise complete (exercises with doses, knee weakness).
        ["vord-h167-pmg-pta-last-visits-minutes"] = new(
            """
            CHARGES: 97110 (15 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, EAST GRAND FORKS
            NEXT VISIT: same.
            TODAY: leg press 80 lb 3x12, step-ups onto the 6 inch step 3x10, wall sits 3 x 30 sec, bridges 3x15.
            Problem: R quad weakness after the TKA, slow on stairs.
            Troy Lindgren, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 27)], [At(Mismatch, "97110")]),

        // PMG-MSK 97110 and 97116 after a hip replacement, charges on top; strengthening with doses and gait with a cane; hip weakness and Trendelenburg gait; distance; passes.
        ["vord-h167-pmg-hip-replacement-ther-ex-and-gait"] = new(
            """
            CHARGES: 97110 (16 min) · 97116 (12 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: stairs without the rail.
            TODAY: standing hip abduction with the band 3x12, bridges 3x15, mini squats 3x10. Gait training with the cane, cues to keep the pelvis level on L stance.
            Problem: L hip abductor weakness and a Trendelenburg gait after the L THA.
            | Test | Today | Eval |
            | Cane distance (ft) | 500, mod I | 150, SBA |
            Leif Ostby, PT, OCS
            """,
            ["Z96.642", "Z47.1"], [PT("97110", 16), PT("97116", 12)], []),

        // PCNDP 97112, schedule on top, attestation closing with one-on-one and minutes, his wife learning to guard; perturbations and stepping strategies; postural control after a brain injury; Berg and perturbations; passes.
        ["vord-h167-pcndp-wife-learning-to-guard"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            Day: van arrival 8:30 a.m.; PT first block; group outing to the Monument after lunch (not billed).
            Session: perturbations at the shoulders and pelvis in standing, stepping-strategy drills to floor targets, walking over the foam and the mat edge. His wife practised guarding with the gait belt.
            Focus: postural control after the TBI from the hay-baler; slow stepping reactions.
            Results: Berg 45/56; recovered 8 of 10 perturbations with a step.
            ATTESTATION: One-on-one with the undersigned; his wife present to learn guarding. 97112: 24 minutes. — Delphine Marsh, PT, DPT, NCS
            """,
            ["S06.2X9D"], [PT("97112", 24)], []),

        // PCNDP 97112 and 97116 with both minutes in the attestation; one-on-one; foam and tandem work and gait with the walker outdoors; ataxia; tandem and distance; passes.
        ["vord-h167-pcndp-nmr-and-gait-attestation-minutes"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Sidney
            Session: tandem on the tape line, stepping to floor targets to a slow count, foam stance with head turns. Gait training with the 4-wheeled walker on the sidewalk to the corner and back, cues for a narrower base.
            Focus: gait and truncal ataxia after the cerebellar stroke.
            Results: tandem 11 steps; 600 ft on the sidewalk with the walker, SBA.
            ATTESTATION: [X] one-on-one  [ ] concurrent  [ ] group. 97112: 22 minutes. 97116: 16 minutes. — Gus Mendenhall, PT
            """,
            ["I69.393"], [PT("97112", 22), PT("97116", 16)], []),

        // PCNDP OT 97530 dressing in the apartment suite: pants and shoes standing, buttons with the R hand; R hemiparesis and fine motor; assistance and counts; passes.
        ["vord-h167-pcndp-ot-dressing-97530"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Alliance day room
            Session: dressing practice in the apartment suite — pants pulled up standing at the grab bar with SBA, shoes with elastic laces, shirt buttons with the R hand 5 of 6 done.
            Focus: R hemiparesis with weak R fine motor and standing balance for dressing.
            ATTESTATION: 97530: 24 minutes. — Tamsin Ruiz, OTR/L
            """,
            ["I69.351"], [OT("97530", 24)], []),

        // PCNDP an OT's 97112 and a PT's 97116 in one day, each block closing with its own attestation and minutes; weight-bearing, reaching and PNF chops; gait with the cane; R hemiparesis; reach and distance; passes.
        ["vord-h167-pcndp-ot-nmr-and-pt-gait-two-attestations"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            OT block: weight-bearing through the R arm at the counter, reaching across midline on the foam, PNF chops with the R hand leading.
            Focus: R upper-limb motor control and trunk control after the L MCA stroke.
            Results: reach 10 inches past midline; 7 of 10 chops without trunk collapse.
            ATTESTATION (OT): One-on-one. 97112: 23 minutes. — Tamsin Ruiz, OTR/L
            PT block: gait training with the quad cane across the day room and down the hallway, cues for R heel strike.
            Focus: short R step after the stroke.
            Results: 320 ft with the quad cane, CGA.
            ATTESTATION (PT): 97116: 15 minutes. — Gus Mendenhall, PT
            """,
            ["I69.351"], [OT("97112", 23), PT("97116", 15)], []),

        // PCNDP PTA 97112 for Parkinson's: big-amplitude stepping, cued turns, dual-task walking; one-on-one; freezing and festination; TUG and pull test; passes.
        ["vord-h167-pcndp-pta-parkinsons-big-steps"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Sidney
            Session: big-amplitude stepping to the floor lines, turning with a count-of-four cue, dual-task walking reciting the rail stops west of Sidney.
            Focus: freezing of gait and festination with Parkinson's disease; the retired conductor freezes at the day-room door.
            Results: TUG 12.9 sec; pull test 2 steps.
            ATTESTATION: One-on-one throughout. 97112: 23 minutes. — Eli Kastner, PTA
            """,
            ["G20.A1"], [PTA("97112", 23)], []),

        // PCNDP PTA 97116 with a hemi-walker: level floor and the ramp; L hemiparesis and knee hyperextension; distance and assistance; passes.
        ["vord-h167-pcndp-pta-hemi-walker-gait"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Alliance day room
            Session: gait training with the hemi-walker on the level floor and the ramp to the courtyard, cues to keep the L knee soft in stance.
            Focus: L hemiparesis with L knee hyperextension in stance.
            Results: 150 ft with the hemi-walker, minimal assist on the ramp, CGA on level.
            ATTESTATION: 97116: 20 minutes. — Eli Kastner, PTA
            """,
            ["I69.354"], [PTA("97116", 20)], []),

        // PCNDP PT 97530 floor transfers (down to the mat and up through half-kneel) with counts and assistance; L hemiparesis and fall recovery; passes.
        ["vord-h167-pcndp-floor-recovery-97530"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            Session: floor recovery practice — down to the mat and back up through R half-kneel to the chair, 4 times with minimal assist, then 2 times with CGA; scooting to the chair from across the mat.
            Focus: L hemiparesis; he cannot get up from the floor after a fall at home.
            ATTESTATION: 97530: 21 minutes. — Delphine Marsh, PT, DPT, NCS
            """,
            ["I69.354", "Z91.81"], [PT("97530", 21)], []),

        // PCNDP 97112 vestibular work after a TBI; one-on-one; gaze stabilisation, habituation and walking with head turns; vestibular hypofunction; DGI; passes.
        ["vord-h167-pcndp-vestibular-after-tbi"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Alliance day room
            Session: X1 viewing seated and standing, habituation head turns to the provoking side, walking the hallway with head turns.
            Focus: L vestibular hypofunction after the rollover TBI; dizzy and veering with head turns.
            Results: DGI 16/24 (11 at admission).
            ATTESTATION: [X] one-on-one  [ ] concurrent  [ ] group. 97112: 25 minutes. — Gus Mendenhall, PT
            """,
            ["S06.2X9D", "H81.92"], [PT("97112", 25)], []),

        // PCNDP PTA 97110 strengthening: sit-to-stands, heel raises, standing marches with cuff weights; bilateral leg weakness; doses; passes.
        ["vord-h167-pcndp-pta-leg-strengthening"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Sidney
            Session: sit-to-stands from the day-room chair 3x8, heel raises at the counter 3x12, standing marches with 2 lb cuff weights 3x10, seated knee extension 3x12.
            Focus: bilateral leg weakness after the long ICU stay.
            ATTESTATION: 97110: 19 minutes. — Eli Kastner, PTA
            """,
            ["M62.81"], [PTA("97110", 19)], []),

        // PCNDP complete 97112 (one-on-one; foam and tandem; postural control; Berg) with the claim's diagnosis "PENDING": not a well-formed code.
        ["vord-h167-pcndp-diagnosis-pending"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            Session: perturbations on the foam, tandem with head turns, stepping over the hose.
            Focus: postural control after the stroke.
            Results: Berg 41/56.
            ATTESTATION: One-on-one. 97112: 22 minutes. — Delphine Marsh, PT, DPT, NCS
            """,
            ["PENDING"], [PT("97112", 22)], [Dx]),

        // PCNDP 97112 for cerebellar ataxia; one-on-one; weighted-limb reaching, Frenkel-type heel placement, stepping to the metronome; ataxia; SARA and tandem; passes.
        ["vord-h167-pcndp-cerebellar-ataxia"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Sidney
            Day: 9 a.m. arrival; PT block before coffee.
            Session: reaching to targets with a 1 lb wrist weight on the L, Frenkel heel placement to taped marks in sitting and standing, stepping to the metronome.
            Focus: L limb ataxia and dysmetria after the cerebellar stroke.
            Results: SARA 12 (15 at admission); tandem 8 steps.
            ATTESTATION: One-on-one with the undersigned. 97112: 24 minutes. — Gus Mendenhall, PT
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // PCNDP an OT's 97530 and 97112 in one session, both minutes in the attestation; one-on-one; laundry folding standing on foam and reach drills; standing balance and R arm control; counts and reach; passes.
        ["vord-h167-pcndp-ot-laundry-and-nmr"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Alliance day room
            Session: folding laundry standing at the table, 12 towels with SBA; putting groceries away to the upper shelf, 8 items with CGA. NMR: rhythmic stabilization at the R shoulder in standing, weight shifts on the foam reaching to cones.
            Focus: standing balance and R arm motor control after the L MCA stroke.
            Results: reached 9 inches out of base on foam; 6 of 8 cones without a step.
            ATTESTATION: One-on-one throughout. 97530: 18 minutes. 97112: 15 minutes. — Tamsin Ruiz, OTR/L
            """,
            ["I69.351"], [OT("97530", 18), OT("97112", 15)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
