using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-forty-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-first session, blind beside the hundred-and-forty-first) is one Friday afternoon
/// and evening (6 March 2026) at a busy urban hospital's outpatient rehabilitation gym and its two satellite clinics in
/// Chicago — nine clinicians no earlier set has, physical therapy only: rushed end-of-week charting, notes finished late
/// with late-entry lines the next morning, shared patients handed between clinicians mid-session and at shift change, a
/// real fire alarm at 2:40 pm that emptied the gym down the stairwell, and the usual mix of balance, vestibular, neuro,
/// ortho, sports and gait patients — about two thirds ordinary and complete (69 of 107), single- and multi-code visits
/// (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a PTA's code on one visit), by PTs and PTAs,
/// from three employers:
/// <list type="number">
/// <item>the hospital's own outpatient gym ("St. Casimir Lakeshore Hospital — Outpatient Rehabilitation", SCLH: the
/// Pavilion B gym on the main campus; the EMR's "SCLH OP REHAB · PT DAILY NOTE · Pav B gym" header with "Timed:",
/// "Delivery:", "Tx:", "Impairment:", "Objective:" and "A/P:" lines and the EMR's "***" wildcards where nothing was
/// typed, and the neuro clinic's "SCLH OP Neuro Rehab" header): Dolores "Dee" Wachowski (PT, thirty years in the gym,
/// writing in long hand-me-down abbreviations — "Pt seen indiv. thruout", "c̄", "c̄o", "2°", "↓ proprioc.", "LOB",
/// "perturb.", "1:1 ✓", "NMR (97112) — 24 min"), Nathaniel Osei-Bonsu (PT, DPT, a new graduate who writes everything out
/// in first-person sentences, "Neuromuscular re-education (CPT 97112): 26 minutes."), Marisol Ocampo (PTA), Anjali
/// Subramaniam (PT, DPT, NCS, the neuro specialist: SMART Balance Master, ZeroG, HiMAT, Mini-BESTest, clock ranges) and
/// Helga Lindqvist (PT, floated down from inpatient 7 North, carrying her inpatient habits: "PT TREATMENT NOTE (OP) —
/// float coverage", "Pt received seated, gait belt on", "☑ Pt treated 1:1 for timed codes", "Assist level: ***",
/// "Timed code minutes: 97116 = 18 / 97110 = 10"); a CTA bus driver, a deli-counter worker, a retired bricklayer from
/// Back of the Yards, a Pilsen muralist who fell from a scaffold, a woman who has not taken the bus since her hip
/// fracture, el platforms and the Jewel-Osco, a husband interpreting Polish, a daughter filming the home programme on
/// her phone;</item>
/// <item>the hospital's joint-venture satellite clinics ("Lakeshore Motion PT", LMPT: Archer Avenue and Bridgeport; a
/// visit form of "Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group" rows with "Tx:", "Why:" and
/// "#s:" under each code, and its resident note "97112 | 21 min | 1-on-1"): Rosa Delgado-Finn (PT, the Archer Avenue
/// lead and residency mentor), Kelsey Drummond (PT, DPT, the sports resident: Dynavision, blood-flow restriction, Y-
/// balance, LSI, "Mentor co-sign to follow") and Terrence "TJ" Kowalczyk (PTA, Bridgeport, who writes "mins"); club
/// volleyball, soccer, rugby and hockey players, a softball pitcher, a warehouse forklift driver, a dispatcher, a retired
/// ICU nurse, a patient who lives above the laundry;</item>
/// <item>the per-diem agency that covers the hospital's Saturdays ("NorthPier Per Diem Therapy", NPD): Bogdan Petrescu
/// (PT), who worked Friday evening at Pavilion B and finished Friday's notes on Saturday morning, each headed "LATE ENTRY
/// — written Sat 03/07/2026 09:05 for Fri 03/06/2026", in "97112 x 22 min / 97110 x 11 min" and "Result:" form, with a
/// patient handed to him by Dee at shift change and an agency form whose "1:1:" and "Deficits:" lines he sometimes leaves
/// at their defaults.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many end-of-week notes,
/// applying the contract to what the note says: a late entry signed for the date of service is part of the record, an
/// EMR wildcard ("***"), an unmarked radio row or a blank ("____") states nothing, a marked box states what it marks, a
/// clinician handed a patient mid-session states one-on-one for the time that clinician billed, and the fire alarm is
/// off the clock:
/// <list type="bullet">
/// <item>class 1 (v1-h144-…): one-on-one in these writers' own words ("Pt seen indiv. thruout NMR, only pt on the mat", "I
/// provided this service one-on-one; I was with the patient continuously and no other patient was in my care", "1:1 c̄
/// me for NMR" before Dee handed the patient to a PTA for ther ex, "Treated one-to-one; I was not covering any other
/// patient during this session" from the float, "One-to-one throughout; her daughter filmed the HEP on her phone" through
/// the fire alarm, "1-on-1 with me; Dr. Delgado-Finn (mentor) observed from the doorway"), notes that negate it (a PTA
/// with two patients at the parallel bars, a PTA cueing "my 3:15 on the bike, back and forth" after the alarm, a new
/// graduate's Friday balance class with three other patients) or never state it (Dee's abbreviated note, a per-diem late
/// entry), and a PTA's 97110 beside another patient on the next mat, which has no one-on-one check;</item>
/// <item>class 2 (v2-h144-…): checkbox and blank-field states as these templates leave them: the LMPT attendance row
/// marked 1:1, marked concurrent and left unmarked; "Delivery: ***" alone and beside a narrative that states one-on-one;
/// "Impairment: ***" with no deficit elsewhere; "Berg: ***   TUG: ***" with no number; the float's "Assist level: ***"
/// beside a filled gait line and her "☑ Pt treated 1:1" row; Dee's "1:1 ✓"; the agency form's "1:1: N — the 5:30 pm
/// group was on the floor with us"; and an LMPT "Why: ____" left blank when the Tx line names the deficit;</item>
/// <item>class 3 (v3-h144-…): named programmes and methods as techniques (sensory reweighting on the SMART Balance
/// Master, Dynavision reaction-light training after a concussion, ZeroG body-weight-supported gait, Maitland grade IV
/// thoracic PA glides, perturbation-based training on the ActiveStep treadmill, Bertec visual-feedback weight-shift
/// games, ASTYM to the Achilles, blood-flow-restriction leg press with the Delfi cuff, PNF D1 and D2 lower-extremity
/// patterns with rhythmic stabilization), the hospital's in-house "StepSafe Falls Pathway — wk 4 routine" as the only
/// technique, a Copenhagen and Nordic programme "per the RTS protocol" with no dose, and Cawthorne-Cooksey exercises with
/// no number;</item>
/// <item>class 4 (v4-h144-…): deficits stated as findings in these writers' terms (a foot that slaps on the el stairs, feet
/// she cannot feel on the bathroom tile at night, a man who sways in a small figure-eight, a knee that snaps back at
/// midstance, a knee that caves in on the landing, a woman who steps too late when the bus lurches, a hand that overshoots
/// the cup, a shoulder that hikes lifting a box to the top shelf) and notes that state none ("Imp: none new",
/// "Impairment: Please see the initial evaluation dated 02/12/2026.", "Problem: no new problems — see H&amp;P", the agency
/// form's "Deficits: WNL");</item>
/// <item>class 5 (v5-h144-…): measures in every usual form (HiMAT and a 10 m walk speed in m/s, a Berg score written in
/// words and digits, "SLS (R) 12 s / (L) 5 s; Mini-BEST 20/28", functional reach in inches, a Y-balance composite in
/// percent, corridor laps converted to feet with an assistance level, doses written "3x10 @ 15#", "4 reps, min A") and
/// notes with none ("Obj: improving, LOB ↓", "noticeably better than last time, and her daughter agreed", "Y-balance
/// deferred (ran out of time)", "Measures: deferred — the fire alarm cut the session short", a 97110 "dose per
/// flowsheet");</item>
/// <item>class 6 (v6-h144-…): minutes in these writers' forms (Dee's "NMR 97112 — 22 min" and "TE 97110 — 13 min", three
/// codes written out "(CPT 97116): 15 minutes", clock ranges "97112 2:05–2:28 pm" and "97116 2:28–2:40 pm" before the
/// alarm, LMPT minute boxes with a 9-minute 97140, the float's "97116 = 18 / 97110 = 10", a shared patient's "(KD) 97530 —
/// 19 min" and "(RDF) 97140 — 10 min", a late entry's "97112 x 22 min / 97110 x 11 min", a PTA's "22 mins") and true
/// mismatches (Dee's 30 on an 18-minute line, a new graduate's 25 on a 13-minute gait line, a late entry's 28 copied onto
/// a 15-minute line) and truly missing separate time (the float's "Total timed 38 min", a PTA's "31 min between them"
/// after a hand-off, a gait block after the alarm with no minutes);</item>
/// <item>class 7 (v7-h144-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check:
/// a Friday note never started on a two-code visit, tabs and line breaks only, an empty 97112 with no diagnosis), the
/// contract's meanings for 97110 (scapular and cuff work after a rotator cuff repair), 97530 (the bus-step simulator
/// with a shopping bag and the car simulator), 97140 (prone hip glides and belt distraction) and 97116 (stairs, sidewalk
/// and curb with a cane), and wholly generic notes: Dee's one line "Balance ex. Pt tol well. Cont POC.", a per-diem late
/// entry for a two-code visit with nothing but "skilled PT per POC", and a new graduate's full sentences about "balance
/// and coordination exercises";</item>
/// <item>ordinary (vord-h144-…): complete notes of the three employers that a reviewer passes (the false-positive guard),
/// with their harmless leftovers (the late-entry lines with their dates and times of day, "VSS per pt report", "Pt
/// returned to the lobby with her grandson", the alarm mentioned without minutes, a hand-off at shift change), and the
/// ordinary weak ones: a complete note with no diagnosis, a claim whose diagnosis is the EMR wildcard "***", and the
/// float's default 15 minutes left on a 26-minute line.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — husbands, a daughter, a grandson, an
/// interpreting husband, a mentor in the doorway, the other clinician of a hand-off (none of them a patient; Mr. Ruiz at
/// the bars, the 3:15 on the bike, the Friday class and the 5:30 pm group are), dates of service and of late entries,
/// times of day (the 2:40 pm alarm, a 6:15 pm arrival, clock ranges), years laying brick, floor numbers, step and box
/// heights in inches, loads in pounds and the pound sign, band colours, reach and hop distances in centimetres and
/// inches, degrees, percentages of body weight, limb occlusion and LSI, gait speeds, treadmill speeds, feet walked,
/// numbers of stairs, laps, cones, targets, reps and errors — and each is written so that a reviewer cannot take it for a
/// billed code's minutes; a code's minutes are written next to the code ("NMR (97112) — 24 min", "Code: 97112 | Min:
/// 22", "97112 x 22 min", "97116 = 18"), in its block's heading, in a minute box or as a clock range on the code's own
/// line; no note gives minutes to a visit, a drill, a rest or a test, except the two that give the visit a total ("Total
/// timed 38 min", "31 min between them"); notes failed for want of a measure carry no number but their code and its
/// minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112
/// passes the measure check only on an objective measure with a number and fails it only when the note has no number
/// but its code, its minutes and numbers that are plainly something else; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a
/// family member, caregiver, interpreter or staff member in the room does not undo a one-on-one statement, another
/// patient treated in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what a Friday like this one makes arguable: one code's minutes split between two
/// clinicians on one line (a PT's and a PTA's share of the same 97112), a hand-off inside the billed block where the
/// note does not say who was with the patient between the two, a clock range broken by the fire alarm and resumed
/// (two ranges to be summed on one code's line), minutes written with a prime ("24'") where feet are written the same
/// way, a duration written "0:20", a bare number in parentheses after a code, a late entry that corrects the minutes of
/// the original note, and a late entry written by someone other than the treating clinician from another's account.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 102 of 107 cases agree (105 needed), and 2 of the 69 notes the reviewer passes got a finding, on the analyzer of 2232693 (the 2026-12-07 twenty-first session: its start c72e39a and one commit of readings made before any set of this round was seen) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (5565a36, the session's final code): 105 of 107, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFortyFourthTests(ITestOutputHelper output)
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

        // SCLH Pavilion B gym, Dee Wachowski's long-hand abbreviations: "Pt seen indiv. thruout NMR, only pt on the mat"; wt shifts on the Airex c̄ perturb., tandem c̄ head turns, SLS on the rocker; ↓ proprioc. (L) ankle, ↑ sway; Berg and LOB count; "NMR (97112) — 24 min" matches: passes.
        ["v1-h144-dee-seen-indiv-thruout"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            D. Wachowski PT
            NMR (97112) — 24 min
            Pt seen indiv. thruout NMR, only pt on the mat.
            Tx: wt shifts A/P & M/L on Airex c̄ perturb. @ pelvis; tandem amb c̄ head turns along the wall bar; SLS on rocker bd (L).
            Imp: ↓ proprioc. (L) ankle s/p inversion sprain stepping off the #9 Ashland bus, ↑ postural sway EC.
            Obj: Berg 47/56 (was 42 @ IE). LOB 3/10 perturb. (was 7/10).
            A/P: progressing, cont. POC. RTC Tues.
            """,
            ["S93.402D", "R26.89"], [PT("97112", 24)], []),

        // SCLH new graduate Nate Osei-Bonsu writes everything out: "I provided this service one-on-one; I was with the patient continuously and no other patient was in my care"; rhythmic stabilization in half-kneeling, perturbations, foam stance with eyes closed; postural control after a cerebellar stroke; mCTSIB seconds; minutes exact: passes.
        ["v1-h144-newgrad-written-out-one-on-one"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT
            Neuromuscular re-education (CPT 97112): 26 minutes.
            Delivery: I provided this service one-on-one; I was with the patient continuously and no other patient was in my care during the session.
            Interventions: I performed rhythmic stabilization in half-kneeling with alternating isometric holds at the shoulders and pelvis, followed by perturbations in standing on firm ground and then on the foam pad with eyes open and closed.
            Impairment: The patient has impaired postural control and truncal ataxia following a left cerebellar stroke, and she reports veering to the left when she walks to the Halsted Street bus stop.
            Objective: Modified CTSIB: firm eyes open 30 seconds, firm eyes closed 30 seconds, foam eyes open 21 seconds, foam eyes closed 6 seconds.
            Plan: Continue the plan of care as written.
            """,
            ["I69.393", "R27.0"], [PT("97112", 26)], []),

        // Shared patient: Dee ran the NMR block ("1:1 c̄ me for NMR") and handed Mrs. Kaminski to Marisol (PTA) at the bikes for ther ex; "NMR 97112 — 23 min" and "ther ex 97110 — 15 min (M. Ocampo PTA)" both match; foam, BAPS, perturbations; hip weakness and ↓ proprioception; Berg; doses: passes.
        ["v1-h144-handoff-dee-to-marisol"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            NMR 97112 — 23 min (D. Wachowski PT): 1:1 c̄ me for NMR. BAPS lvl 3 CW/CCW (R), foam stance c̄ ball toss, perturb. @ shoulders in tandem. Imp: ↓ proprioc. (R) knee/ankle s/p (R) TKA, ↑ sway. Obj: Berg 44/56; tandem 9 sec (R) fwd.
            Handed off to Marisol @ the bikes.
            Ther ex 97110 — 15 min (M. Ocampo PTA): recumbent bike warm-up, SAQ 3 lb 3x12, standing hip abd c̄ red band 3x10, mini squats 2x15. (R) quad and hip abd weakness, can't do the church steps reciprocally.
            """,
            ["Z96.651", "Z47.1"], [PT("97112", 23), PTA("97110", 15)], []),

        // Helga Lindqvist, float PT from inpatient 7 North covering the OP gym, inpatient habits ("pt received seated", "gait belt on"): "Treated one-to-one; I was not covering any other patient during this session"; gaze stabilization x1 and habituation; vestibular hypofunction; dynamic visual acuity lines; minutes match: passes.
        ["v1-h144-float-one-to-one-not-covering"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage from 7 North — H. Lindqvist, PT
            Pt received seated in the Pav B waiting area, gait belt on, ambulated to the gym.
            97112 neuromuscular re-ed: 22 min. Treated one-to-one; I was not covering any other patient during this session.
            Gaze stabilization x1 viewing horizontal and vertical, seated then standing on foam; habituation head turns walking the hallway.
            Problem: R vestibular hypofunction after vestibular neuritis, oscillopsia on the Red Line platform.
            Objective: dynamic visual acuity loses 3 lines with head movement (was 5); symptoms 2/10 after gaze work.
            RN not needed. Pt returned to lobby with her niece.
            """,
            ["H81.21", "R42"], [PT("97112", 22)], []),

        // Anjali Subramaniam, neuro specialist, through the real fire alarm: "One-to-one throughout; her daughter filmed the HEP on her phone"; the code's minutes "97112 — 25 min (clock stopped for the alarm)"; stepping strategy training with perturbations and dual-task walking; PD postural instability; push-and-release and Mini-BESTest: passes.
        ["v1-h144-neuro-fire-alarm-daughter-filming"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS
            97112 — 25 min (clock stopped for the alarm)
            One-to-one throughout; her daughter filmed the HEP on her phone.
            Building fire alarm at 2:40 pm, we went down the Pav B stairwell with the other gym patients and came back in at the all-clear; no treatment during the alarm.
            Tx: compensatory stepping training with backward and lateral pulls at the pelvis, large-amplitude stepping to targets, dual-task walking naming grocery items.
            Deficit: postural instability with a retropulsive response, Parkinson disease H&Y 3.
            Measures: push-and-release score 2 (3 backward steps needed); Mini-BESTest 17/28.
            """,
            ["G20.A1", "R26.81"], [PT("97112", 25)], []),

        // LMPT Archer Ave, sports resident Kelsey Drummond with her mentor watching: "1-on-1 with me; Dr. Delgado-Finn (mentor) observed from the doorway"; perturbation training on the tilt board, reactive hops with a Fitlight cue; knee proprioception after ACL reconstruction; Y-balance anterior reach and LSI: passes.
        ["v1-h144-resident-mentor-observed"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency)
            97112 | 21 min | 1-on-1 with me; Dr. Delgado-Finn (mentor) observed from the doorway
            Tx: perturbation training on the tilt board (R) SL, reactive hop-and-stick to Fitlight cues, eyes-closed SL balance on the half foam roller
            Why: (R) knee proprioceptive deficit and delayed quad activation s/p ACL reconstruction, club volleyball
            #s: Y-balance ANT reach (R) 58 cm vs (L) 66 cm, LSI 88%; 8 of 10 hop-and-sticks held
            Mentor co-sign to follow.
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 21)], []),

        // SCLH PTA Marisol Ocampo with two patients together: "Worked with Mrs. Nowak and Mr. Ruiz together at the parallel bars, cueing both through the weight shifts" — another patient treated in the block; otherwise complete (weight shifts, foam, perturbations; proprioception; Berg): one-on-one missing.
        ["v1-h144-pta-two-at-the-bars"] = new(
            """
            SCLH OP REHAB · PTA DAILY NOTE · Pav B gym — M. Ocampo, PTA
            97112 NMR — 22 min
            Worked with Mrs. Nowak and Mr. Ruiz together at the parallel bars, cueing both through the weight shifts.
            Tx: lateral weight shifts on the foam in the bars, perturbations at the pelvis, forward step-and-hold over the cane.
            Impairment: ↓ proprioception both feet, diabetic neuropathy; she shuffles on the ice by the el stairs.
            Objective: Berg 41/56; monofilament absent at 5 of 8 sites L foot.
            """,
            ["E11.42", "R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // LMPT Bridgeport PTA TJ Kowalczyk catching up the schedule after the alarm: "she did her foam stance while I set up and cued my 3:15 on the bike, back and forth" — attention divided with another patient; otherwise complete: one-on-one missing.
        ["v1-h144-tj-back-and-forth-with-the-bike-patient"] = new(
            """
            Lakeshore Motion PT — Bridgeport | PTA visit (T. Kowalczyk, PTA)
            97112 | 23 min
            Ran behind after the alarm — she did her foam stance while I set up and cued my 3:15 on the bike, back and forth.
            Tx: foam stance with head turns, step-ups onto the BOSU with a perturbation at the top, tandem walking on the line tape
            Why: impaired postural control and L ankle proprioception after a fall from a stepladder at the tavern
            #s: tandem stance 12 sec L foot back; FGA 21/30
            """,
            ["R26.81", "S93.402D"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // Dee's abbreviated NMR note with no delivery line at all: clock yard, foam c̄ EC, perturb.; ↓ proprioc., ataxia; Berg, tandem; minutes match: one-on-one missing only.
        ["v1-h144-dee-abbrev-no-delivery-line"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            D. Wachowski PT
            NMR (97112) — 25 min
            Tx: clock yd stepping to called #s, foam stance EC c̄ perturb. A/P, heel-toe amb c̄ horiz. head turns.
            Imp: B LE ataxia & ↓ proprioc. 2° MS, ↑ LOB turning in the kitchen.
            Obj: Berg 39/56; tandem 4 sec.
            A/P: cont. POC.
            """,
            ["G35", "R27.0"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Per-diem Bogdan Petrescu finishing Friday's visit on Saturday: "LATE ENTRY — written Sat 03/07/2026 08:50 for Fri 03/06/2026"; complete NMR content with the code's minutes but no word of delivery: one-on-one missing only.
        ["v1-h144-perdiem-late-entry-no-delivery"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Sat 03/07/2026 08:50 for visit Fri 03/06/2026 (evening slot).
            97112 NMR 24 min.
            Rocker board A/P and M/L with eyes closed, perturbations on the foam beam, step-over-and-stop drills at the cones.
            Problem: R ankle proprioception and slow ankle strategy after the R fibula ORIF; works the forklift at the Ashland Ave warehouse.
            Result: rocker board 11 sec without edge touch; 6/10 perturbations without a step.
            """,
            ["S82.401D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // SCLH PTA 97110 beside another patient on the next mat ("Mr. Ruiz on the next mat doing his own program"): 97110 has no one-on-one check; bridges, clamshells, sit-to-stand with doses; hip weakness; minutes match: passes.
        ["v1-h144-pta-97110-beside-another-patient"] = new(
            """
            SCLH OP REHAB · PTA DAILY NOTE · Pav B gym — M. Ocampo, PTA
            97110 ther ex — 17 min
            Mr. Ruiz on the next mat doing his own program while I worked with her.
            Bridges 3x12, side-lying clamshells with the green band 3x12 each, sit-to-stand from the low mat 3x8 without hands.
            Impairment: B hip extensor and abductor weakness, pulls up on the railing at the Damen station stairs.
            """,
            ["M62.81", "R26.89"], [PTA("97110", 17)], []),

        // Nate writes out that the NMR was a group: "The patient participated in the Friday balance class with three other patients, which I led" — a 97112 line in a group; otherwise complete: one-on-one missing.
        ["v1-h144-newgrad-friday-balance-class"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT
            Neuromuscular re-education (CPT 97112): 24 minutes.
            Delivery: The patient participated in the Friday balance class with three other patients, which I led.
            Interventions: The class performed stepping strategy practice with perturbations, tandem walking on the foam beam, and obstacle stepping over the hurdles.
            Impairment: The patient has delayed stepping reactions and impaired postural control after two falls on her back porch stairs.
            Objective: Timed Up and Go 13.4 seconds; four square step test 15.1 seconds.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states, unfilled wildcards and unanswered boxes

        // LMPT visit form with the attendance radio row filled "(x) 1:1 ( ) concurrent ( ) group"; SL stance on the Proprio board, perturbations, cone reaches; L ankle proprioception; SL stance seconds and star excursion cm; minutes match: passes.
        ["v2-h144-lmpt-attendance-row-1to1-marked"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: SL stance on the Proprio board L, perturbations at the shoulders on foam, SL cone reaches to three directions
            Why: L ankle proprioceptive deficit after the second sprain on the 31st St. Beach volleyball court
            #s: SL stance on foam L 18 sec (R 30 sec); posterolateral reach L 71 cm
            """,
            ["S93.402D", "M25.372"], [PT("97112", 22)], []),

        // LMPT form with the attendance row left "( ) 1:1 ( ) concurrent ( ) group" (nothing marked); content complete: one-on-one missing.
        ["v2-h144-lmpt-attendance-row-nothing-marked"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97112 | Min: 24 | Attendance: ( ) 1:1 ( ) concurrent ( ) group
            Tx: tandem walking on the foam beam with ball toss, perturbations in staggered stance, stepping over hurdles without looking down
            Why: impaired postural control and slow stepping reaction after a fall on the Halsted bus steps
            #s: FGA 20/30; 5 of 10 perturbations recovered with one step
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // SCLH EMR wildcard left in the delivery slot "Delivery: ***"; content complete: one-on-one missing.
        ["v2-h144-sclh-delivery-wildcard-unfilled"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            Timed: 97112 Neuromuscular re-ed — 23 min
            Delivery: ***
            Tx: D1 and D2 PNF patterns with rhythmic stabilization in tall-kneeling, perturbations on the rocker board.
            Impairment: trunk and hip motor control deficit after the L MCA stroke, R side slow to fire.
            Objective: Berg 40/56; tall-kneel hold 30 sec achieved on 2 of 3 tries.
            A/P: cont. POC.
            """,
            ["I69.351"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SCLH wildcard "Delivery: ***" left, but Nate typed the delivery into his narrative: "I was one-on-one with him for the entire neuromuscular re-education time"; complete: passes.
        ["v2-h144-sclh-delivery-wildcard-narrative-states-it"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            Timed: 97112 Neuromuscular re-ed — 22 min
            Delivery: ***
            Narrative: I was one-on-one with him for the entire neuromuscular re-education time. I performed gaze stabilization exercises (times one viewing) while he stood on the foam pad, then walking with head turns down the Pavilion B hallway.
            Impairment: He has left vestibular hypofunction with dizziness when he turns his head at the grocery checkout where he works.
            Objective: Dynamic Gait Index 17/24; dynamic visual acuity loss of 4 lines.
            """,
            ["H81.22", "R42"], [PT("97112", 22)], []),

        // SCLH "Impairment: ***" left unfilled and no deficit anywhere else (the note names only what was done and counts): deficit missing.
        ["v2-h144-sclh-impairment-wildcard-unfilled"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            Timed: 97112 NMR — 24 min
            Delivery: 1:1 thruout
            Tx: BAPS lvl 4 CW/CCW, SLS on Airex c̄ perturb. @ pelvis, retro amb on the line tape.
            Impairment: ***
            Obj: SLS on Airex (R) 14 sec; 8/10 perturb. c̄o LOB.
            """,
            ["M25.371"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // SCLH objective wildcards "Berg: ***   TUG: ***" left, no number in the note but the code and its minutes: measure missing.
        ["v2-h144-sclh-objective-wildcards-unfilled"] = new(
            """
            SCLH OP REHAB · PTA DAILY NOTE · Pav B gym — M. Ocampo, PTA
            Timed: 97112 NMR — 21 min
            Delivery: one-on-one, no other pt
            Tx: perturbations at the pelvis in narrow stance, foam stance with eyes closed, stepping over the cane and the shoe box.
            Impairment: impaired postural control and decreased proprioception in both feet from peripheral neuropathy.
            Objective: Berg: ***   TUG: ***
            """,
            ["G62.9", "R26.81"], [PTA("97112", 21)], [At(Measure, "97112")]),

        // Helga's inpatient-style template with "Assist level: ***" left, but the gait line gives distance and assistance; 97116 with cues on the hallway and the Pavilion B ramp; L knee buckling after a TKA: passes.
        ["v2-h144-float-assist-wildcard-left-gait-line-filled"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage — H. Lindqvist, PT
            Gait training (97116): 19 min
            Assist level: ***
            Gait: front-wheeled walker to single-point cane on the Pav B hallway and the ramp to the cafeteria, cues for L heel strike and knee extension at midstance; 260 ft with SPC CGA, ramp with FWW SBA.
            Problem: L knee buckling and a short R step after the L TKA.
            """,
            ["Z96.652", "Z47.1"], [PT("97116", 19)], []),

        // LMPT attendance row with "concurrent" marked "( ) 1:1 (x) concurrent ( ) group" on a 97112: states the service was not one-on-one; otherwise complete: one-on-one missing.
        ["v2-h144-lmpt-concurrent-marked"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97112 | Min: 22 | Attendance: ( ) 1:1 (x) concurrent ( ) group
            Tx: rocker board with eyes closed, foam stance with trunk rotation, lateral perturbations in tandem
            Why: decreased ankle strategy and R ankle proprioception after an ankle fracture
            #s: rocker board 9 sec; tandem on foam 7 sec
            """,
            ["S82.891D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // Helga's inpatient checkbox kept in the OP note "☑ Pt treated 1:1 for timed codes"; habituation and VOR x1, standing on foam; vestibular hypofunction; DGI and DVA; minutes match: passes.
        ["v2-h144-float-checkbox-ticked-1to1"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage — H. Lindqvist, PT
            ☑ Pt treated 1:1 for timed codes   ☐ Co-treat   ☐ Group
            97112 neuromuscular re-ed: 23 min
            VOR x1 horizontal on foam feet together, habituation to the Motion Sensitivity positions that bother her, walking with head turns on the hallway.
            Problem: vestibular hypofunction L with motion-provoked dizziness in the car wash line.
            Objective: DGI 18/24 (was 14); DVA 3 lines lost.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // Dee's tick mark "1:1 ✓"; PNF D2 flexion/extension with the band, perturbations on the half-roller; R UE/trunk motor recruitment after the stroke; reach cm and Berg: passes.
        ["v2-h144-dee-tick-mark-1to1"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR (97112) — 22 min   1:1 ✓
            Tx: PNF D2 flex/ext (R) UE c̄ yellow band in sitting then standing, half-roller stance c̄ perturb. A/P.
            Imp: ↓ motor recruitment (R) shoulder/trunk, ↓ postural control 2° (L) CVA.
            Obj: FRT 7 in (was 4); Berg 45/56.
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // NorthPier per-diem form answered "1:1: N — the 5:30 pm group was on the floor with us"; content complete: one-on-one missing.
        ["v2-h144-perdiem-1to1-answered-n"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Sat 03/07/2026 09:05 for Fri 03/06/2026.
            Code 97112 — 24 min
            1:1: N — the 5:30 pm group was on the floor with us and I ran both.
            Tx: foam stance with perturbations, tandem walking with head turns, BAPS CW/CCW.
            Problem: impaired proprioception L ankle and increased sway after the ankle sprain.
            Result: BAPS level 3 without support; tandem 10 sec.
            """,
            ["S93.402D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // LMPT form with "Why: ____" left blank, but the Tx line says "for her R ankle proprioceptive deficit"; 1:1 marked; complete: passes.
        ["v2-h144-lmpt-why-blank-deficit-in-tx-line"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (K. Drummond, PT, DPT, resident)
            Code: 97112 | Min: 20 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: for her R ankle proprioceptive deficit — SL balance on the wobble board with ball catches, reactive perturbations on the foam, lateral hop-and-stick
            Why: ____
            #s: SL wobble board R 16 sec; 7 of 10 hop-and-sticks held
            """,
            ["S93.401D"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // Anjali on the NeuroCom SMART Balance Master: sensory reweighting training in sway-referenced conditions and the limits-of-stability game; one-to-one; somatosensory dependence after a cerebellar stroke; SOT composite and condition 5 falls: passes.
        ["v3-h144-neuro-smart-balance-master-reweighting"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS
            97112 — 24 min, one-to-one
            Tx: sensory reweighting training on the SMART Balance Master — sway-referenced surface with eyes open, then sway-referenced vision; limits-of-stability target game with a 2-second hold at each target.
            Deficit: over-reliance on somatosensory input with poor use of vestibular cues, falls in the dark hallway at night; R cerebellar stroke.
            Measures: SOT composite 58 (was 49); condition 5 falls on 2 of 3 trials (was 3 of 3).
            """,
            ["I69.393", "R26.81"], [PT("97112", 24)], []),

        // Kelsey (resident) with the Dynavision board after a concussion: reaction training in mode A and with a balance pad, visual-motor drills; 1-on-1; visual-vestibular integration and slowed reaction; hits per trial and BESS errors: passes.
        ["v3-h144-resident-dynavision-after-concussion"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency)
            97112 | 22 min | 1-on-1
            Tx: Dynavision reaction-light training standing on the Airex pad, peripheral target hits while reading the center display aloud, saccade drills walking the hallway tape
            Why: slowed visual-motor reaction and visual-vestibular mismatch after a concussion in a CYO basketball game
            #s: Dynavision mode A 74 hits per trial (was 61); BESS 14 errors (was 22)
            """,
            ["S06.0X0D", "H81.8X3"], [PT("97112", 22)], []),

        // Anjali's ZeroG overhead body-weight support for gait: 97116 with 15% support, stepping over cones and turns, cues; R foot drop and short L step after the stroke; distance and assistance: passes.
        ["v3-h144-neuro-zerog-gait-97116"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS
            97116 — 21 min
            Gait training in the ZeroG overhead track with 15% body-weight support: overground walking around the gym, stepping over cones, 180-degree turns, cues for R hip flexion and heel strike.
            Deficit: R foot drop and a short L step after the L MCA stroke; drags the R toe on the Archer Ave curbs.
            Measures: 410 ft in the ZeroG with min A for turns, 120 ft with the quad cane CGA off the track.
            """,
            ["I69.354", "M21.371"], [PT("97116", 21)], []),

        // Dee's Maitland grade IV PA glides for 97140: "Maitland gr IV central PA T5-8, gr III unilat PA (R) T6"; thoracic stiffness with rotation; degrees; minutes match: passes.
        ["v3-h144-dee-maitland-thoracic-97140"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            Manual (97140) — 12 min
            Tx: Maitland gr IV central PA T5-8, gr III unilat PA (R) T6 3 x 30 sec, STM (R) rhomboid/mid trap.
            Imp: thoracic hypomobility c̄ ↓ rotation (R), pain reaching back to fasten her seat belt on the CTA bus she drives.
            Obj: seated thoracic rotation (R) 28° → 39°.
            """,
            ["M54.6", "M99.02"], [PT("97140", 12)], []),

        // Nate on the ActiveStep perturbation treadmill (written out): slip and trip perturbations at increasing belt speed with a harness; one-on-one; reactive stepping deficit; failed-recovery counts: passes.
        ["v3-h144-newgrad-activestep-perturbation-treadmill"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT
            Neuromuscular re-education (CPT 97112): 23 minutes, one-on-one, with the patient in the overhead harness the entire time.
            Interventions: perturbation-based balance training on the ActiveStep treadmill, with unannounced forward slips and backward trips at increasing magnitude.
            Impairment: The patient has a delayed and short compensatory step after three falls on the Division Street sidewalk this winter.
            Objective: He needed the harness to catch him on 3 of 12 trips today (was 8 of 12 on the first session).
            """,
            ["R26.81", "Z91.81", "W18.30XD"], [PT("97112", 23)], []),

        // Helga at the Bertec balance plate with visual-feedback weight-shift games: one-to-one; weight-bearing asymmetry after a hip fracture; percent loading and target hits: passes.
        ["v3-h144-float-bertec-weight-shift-games"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage — H. Lindqvist, PT
            97112 neuromuscular re-ed: 20 min — 1:1, no other pt.
            Bertec balance plate with visual feedback: weight-shift target games A/P and lateral, then the same on the foam overlay.
            Problem: she under-loads the L leg and loses her balance to the R after the L hip ORIF.
            Objective: L loading 38% of body weight at rest → 46% with feedback; 17 of 24 targets reached.
            """,
            ["S72.002D", "R26.89"], [PT("97112", 20)], []),

        // Rosa Delgado-Finn (LMPT) with ASTYM to the Achilles for 97140: the named instrument method and a calf stretch hold; mid-portion Achilles tendinopathy; dorsiflexion degrees: passes.
        ["v3-h144-lmpt-astym-achilles-97140"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97140 | Min: 10
            Tx: ASTYM to the R Achilles and medial gastroc, then talocrural posterior glides gr III
            Why: R mid-portion Achilles tendinopathy with calf tightness, limps on the back stairs of his two-flat
            #s: knee-to-wall DF R 8 cm → 11 cm
            """,
            ["M76.61"], [PT("97140", 10)], []),

        // Kelsey's blood-flow-restriction leg press for 97110: Delfi cuff at 80% limb occlusion, 30/15/15/15 reps at 40 lb, SAQ; quad atrophy after ACL reconstruction: passes.
        ["v3-h144-resident-bfr-leg-press-97110"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency)
            97110 | 16 min
            Tx: BFR with the Delfi cuff at 80% LOP on the R thigh — leg press 40 lb 30/15/15/15, SAQ 4 lb 30/15/15/15
            Why: R quad atrophy and extensor lag after ACL reconstruction (hamstring graft)
            #s: thigh girth 10 cm above the patella 2.5 cm less than L
            """,
            ["Z98.890", "S83.511D"], [PT("97110", 16)], []),

        // Dee names the hospital's in-house "StepSafe Falls Pathway — wk 4 routine" as the only thing done, with deficit, 1:1 and Berg: no technique named.
        ["v3-h144-dee-stepsafe-pathway-only"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR (97112) — 23 min   1:1 thruout
            Tx: StepSafe Falls Pathway — wk 4 routine per pathway binder.
            Imp: ↓ postural control & slow stepping reactions, 2 falls at the laundromat since Jan.
            Obj: Berg 43/56; TUG 14.2 sec.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // Kelsey's "Copenhagen adductor progression and Nordic hamstring curls per the RTS protocol" for 97110 with no dose and no number but the code and its minutes: measure missing.
        ["v3-h144-resident-copenhagen-nordic-no-dose"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency)
            97110 | 18 min
            Tx: Copenhagen adductor progression (short lever), Nordic hamstring curls with the partner strap, lateral lunges, per the RTS protocol
            Why: L adductor longus strain and hamstring weakness, high-school soccer midfielder
            #s: see flowsheet
            """,
            ["S76.212D"], [PT("97110", 18)], [At(Measure, "97110")]),

        // Helga's Cawthorne-Cooksey head and eye exercises and walking with head turns, one-to-one, for vestibular hypofunction, with no number but the code and its minutes: measure missing.
        ["v3-h144-float-cawthorne-cooksey-no-number"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage — H. Lindqvist, PT
            97112 neuromuscular re-ed: 22 min. Treated one-to-one.
            Cawthorne-Cooksey head and eye exercises seated and standing, then walking the hallway with head turns and ball toss.
            Problem: bilateral vestibular hypofunction after gentamicin, unsteady in the dark and on the uneven sidewalk.
            Tolerated with mild dizziness that settled with rest.
            """,
            ["H81.8X3", "T36.5X5S"], [PT("97112", 22)], [At(Measure, "97112")]),

        // TJ (PTA) at Bridgeport with PNF D1 and D2 lower-extremity patterns and rhythmic stabilization in side-lying and standing, 1:1 box marked; hip motor recruitment after a hip replacement; SLS seconds: passes.
        ["v3-h144-lmpt-pta-pnf-le-patterns"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97112 | Min: 21 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: PNF D1 and D2 LE patterns (R) with manual resistance, rhythmic stabilization in side-lying then in staggered stance
            Why: poor R glute med recruitment and lateral trunk lean after the R THA
            #s: SLS R 6 sec (was 2); Trendelenburg negative on 3 of 5 steps
            """,
            ["Z96.641", "Z47.1"], [PTA("97112", 21)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none stated

        // Dee's 97116 with the deficit as she saw it: "(L) foot slaps on the el stairs & toe catches on curbs"; SPC gait with cues, practice stairs and a curb cut-out; distance and assist: passes.
        ["v4-h144-dee-foot-slaps-on-the-el-stairs-97116"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            Gait (97116) — 18 min
            Tx: amb c̄ SPC on level tile, up/down the 4-step practice stairs & the curb cut-out, cues for (L) DF at initial contact & ↑ hip/knee flex in swing.
            Imp: (L) foot slaps on the el stairs & toe catches on curbs 2° peroneal n. palsy.
            Obj: 300 ft SPC SBA; stairs c̄ 1 rail CGA; curb mod I.
            """,
            ["G57.32", "M21.372"], [PT("97116", 18)], []),

        // Nate writes the deficit as the patient told it: "She cannot feel where her feet are on the bathroom tile at night and grabs the towel bar"; foam and eyes-closed stance, textured-surface stepping; one-on-one; Romberg and monofilament: passes.
        ["v4-h144-newgrad-cannot-feel-feet-on-the-tile"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT
            Neuromuscular re-education (CPT 97112): 25 minutes. I worked with her one-on-one for all of it.
            Interventions: I performed foam stance and eyes-closed stance training, stepping onto textured mats barefoot, and weight shifts onto each foot with verbal feedback on where her pressure was.
            Impairment: She cannot feel where her feet are on the bathroom tile at night and grabs the towel bar; sensation is reduced in both feet from her diabetic neuropathy.
            Objective: Sharpened Romberg 7 seconds; Semmes-Weinstein 5.07 absent at 6 of 10 sites on the left foot.
            """,
            ["E11.42", "R26.81"], [PT("97112", 25)], []),

        // Anjali describes truncal ataxia as she watched it: "he sways in a small figure-eight standing still and his feet drift apart to widen his base"; Frenkel-style heel-to-target stepping, quadruped with arm-leg lift, perturbations; one-to-one; SARA and tandem: passes.
        ["v4-h144-neuro-sways-in-a-figure-eight"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS
            97112 — 23 min, one-to-one
            Tx: heel-to-target stepping onto floor dots at a called pace, quadruped with alternate arm and leg lift, perturbations at the trunk in sitting and then standing.
            Deficit: he sways in a small figure-eight standing still and his feet drift apart to widen his base — truncal ataxia, SCA type 3.
            Measures: SARA 13/40; tandem stance 3 sec.
            """,
            ["G11.9", "R27.0"], [PT("97112", 23)], []),

        // Helga's 97116 with the finding "her L knee snaps back at midstance every step"; treadmill walking at the mirror with cues for a soft knee, cane gait in the hallway; distance and assist: passes.
        ["v4-h144-float-knee-snaps-back-97116"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage — H. Lindqvist, PT
            Gait training (97116): 20 min
            Gait: treadmill walking in front of the mirror at 1.2 mph with cues to keep a soft L knee, then overground with the SPC on the hallway, step-to on the ramp.
            Problem: her L knee snaps back at midstance every step (genu recurvatum) after the polio-related weakness flared.
            Objective: 350 ft SPC SBA with recurvatum on roughly 1 in 4 steps (was every step).
            """,
            ["B91", "M21.862"], [PT("97116", 20)], []),

        // Kelsey's 97530 with the deficit as a finding: "her R knee caves in on the single-leg landing and on the cut"; drop landings, deceleration to a cut, lateral bounds; counts and heights: passes.
        ["v4-h144-resident-knee-caves-in-97530"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency)
            97530 | 19 min
            Tx: drop landings off the 12 in box, deceleration to a 45-degree cut off a shuffle, lateral bounds with a stick — all with mirror feedback
            Why: her R knee caves in on the single-leg landing and on the cut; club soccer defender 7 mo after R ACL reconstruction
            #s: 3x6 drop landings, 3x5 cuts each way, 2x8 bounds; knee valgus on 4 of 18 landings (was 11)
            """,
            ["Z98.890", "S83.511D"], [PT("97530", 19)], []),

        // Marisol's 97112 with the finding "she steps too late when the bus lurches and ends up in a seat she didn't choose"; perturbations from behind, a jostled pole on the compliant mat, reactive stepping; one-on-one; TUG and perturbations: passes.
        ["v4-h144-pta-steps-too-late-when-the-bus-lurches"] = new(
            """
            SCLH OP REHAB · PTA DAILY NOTE · Pav B gym — M. Ocampo, PTA
            97112 NMR — 24 min, one-on-one
            Tx: unexpected pulls from behind and the side at the gait belt, reactive stepping off the foam, standing on the compliant mat while I jostle the pole she holds, like the bus.
            Impairment: she steps too late when the bus lurches and ends up in a seat she didn't choose — slow reactive stepping after her L hip fracture.
            Objective: recovered 7 of 12 pulls with one step; TUG 12.1 sec.
            """,
            ["S72.002D", "R26.81"], [PTA("97112", 24)], []),

        // Bogdan's late entry with the deficit as a finding: "his hand wavers and overshoots as it nears the cup"; PNF with approximation, weight-bearing through the arm, finger-to-target drills standing; 1:1; nose-to-finger errors and Berg: passes.
        ["v4-h144-perdiem-hand-overshoots-the-cup"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Sat 03/07/2026 09:20 for Fri 03/06/2026.
            97112 NMR 22 min, 1:1 the whole time.
            Tx: PNF D1 UE with approximation, weight-bearing through the L arm on the mat table with rocking, finger-to-target reaching in standing to targets on the mirror.
            Problem: his hand wavers and overshoots as it nears the cup, and he steadies himself on the counter to reach — L limb and gait ataxia after the cerebellar bleed.
            Result: finger-to-target overshoot on 6 of 10 reaches (was 9 of 10); Berg 46/56.
            """,
            ["I69.193", "R27.8"], [PT("97112", 22)], []),

        // TJ's 97110 with the deficit as seen: "R shoulder hikes up every time he lifts a box to the top shelf at the store"; scapular retraction, serratus punches, wall slides with doses: passes.
        ["v4-h144-lmpt-pta-shoulder-hikes-97110"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97110 | Min: 16
            Tx: rows with the blue band 3x15, serratus punches 3 lb 3x12, wall slides with the foam roller 2x12, prone Y and T 2x10
            Why: R shoulder hikes up every time he lifts a box to the top shelf at the store; R cuff and lower trap weakness
            """,
            ["M75.41", "M62.81"], [PTA("97110", 16)], []),

        // Dee's "Imp: none new" on a 97112 with technique, 1:1 and measure: no deficit stated.
        ["v4-h144-dee-imp-none-new"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR (97112) — 22 min   1:1 ✓
            Tx: perturb. @ pelvis in tandem, stepping over hurdles c̄o looking down, D2 UE chops in half-kneel.
            Imp: none new.
            Obj: Berg 48/56; 4SST 12.6 sec.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Nate's "Impairment: Please see the initial evaluation dated 02/12/2026." — the note itself targets nothing; technique, one-on-one and measure present: deficit missing.
        ["v4-h144-newgrad-impairment-see-evaluation"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT
            Neuromuscular re-education (CPT 97112): 22 minutes, provided one-on-one.
            Interventions: I performed perturbations at the pelvis in narrow stance, D1 and D2 chop and lift patterns in tall-kneeling, and obstacle stepping over the hurdles.
            Impairment: Please see the initial evaluation dated 02/12/2026.
            Objective: Berg Balance Scale 46/56; Timed Up and Go 11.8 seconds.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Helga's "Problem: no new problems — see H&P" on a 97112 with technique, 1:1 and a number: deficit missing.
        ["v4-h144-float-no-new-problems-see-h-and-p"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage — H. Lindqvist, PT
            97112 neuromuscular re-ed: 21 min — 1:1.
            Tandem walking on the line tape with ball toss, perturbations at the shoulders on the foam, rhythmic stabilization in standing.
            Problem: no new problems — see H&P.
            Objective: tandem stance 14 sec; Berg 49/56.
            """,
            ["R26.89"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // Bogdan's agency form default "Deficits: WNL" left over a complete NMR note that names nothing wrong: deficit missing.
        ["v4-h144-perdiem-deficits-wnl-default"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Sat 03/07/2026 09:35 for Fri 03/06/2026.
            97112 NMR 23 min, 1:1.
            Tx: rocker board A/P, tandem on the foam beam, perturbations in staggered stance.
            Deficits: WNL
            Result: rocker board 20 sec; FGA 24/30.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // Anjali's HiMAT and self-selected gait speed in m/s: one-to-one; high-level mobility deficit after TBI; bounding, skipping and hopping drills with perturbations; passes.
        ["v5-h144-neuro-himat-and-gait-speed"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS
            97112 — 24 min, one-to-one
            Tx: bounding and skipping down the gym with direction changes on a clap, hop-to-stick on targets, walking backward with perturbations at the pelvis.
            Deficit: high-level balance and motor timing deficits after a TBI (fell from a scaffold on a Pilsen mural job); he can't run for the bus.
            Measures: HiMAT 31/54 (was 22); 10 m walk test self-selected speed 1.04 m/s.
            """,
            ["S06.2X9D", "R26.89"], [PT("97112", 24)], []),

        // Nate writes the score out and in digits, "a Berg Balance Scale score of forty-four out of fifty-six (44/56)"; one-on-one; perturbations and rocker board; proprioception after an ankle fracture: passes.
        ["v5-h144-newgrad-berg-written-in-words-and-digits"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT
            Neuromuscular re-education (CPT 97112): 21 minutes, one-on-one throughout.
            Interventions: I performed rocker board training in both directions, foam stance with perturbations at the shoulders, and stepping onto and off the foam without looking.
            Impairment: She has decreased proprioception of the right ankle after her bimalleolar fracture.
            Objective: The patient achieved a Berg Balance Scale score of forty-four out of fifty-six (44/56), improved from thirty-eight at her evaluation.
            """,
            ["S82.841D"], [PT("97112", 21)], []),

        // Dee's seconds and a Mini-BESTest in her shorthand: "SLS (R) 12 s / (L) 5 s; Mini-BEST 20/28"; 1:1; clock yard, foam, perturbations; L hip/ankle strategy deficit: passes.
        ["v5-h144-dee-sls-seconds-and-mini-best"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR (97112) — 25 min   1:1 thruout, husband in the waiting rm.
            Tx: clock yd stepping, SLS on Airex c̄ ball toss, perturb. @ pelvis lateral.
            Imp: ↓ hip & ankle strategy (L), ↑ sway to the (L) since the hip fx.
            Obj: SLS (R) 12 s / (L) 5 s; Mini-BEST 20/28.
            """,
            ["S72.002D", "R26.81"], [PT("97112", 25)], []),

        // Helga's functional reach in inches as the NMR measure: 1:1; reaching outside the base of support on foam, rhythmic stabilization; postural control after a spine fusion: passes.
        ["v5-h144-float-functional-reach-inches"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage — H. Lindqvist, PT
            97112 neuromuscular re-ed: 22 min — pt treated 1:1.
            Reaching outside the base of support on the foam to cones at three heights, rhythmic stabilization in standing, perturbations at the trunk.
            Problem: poor postural control with stiff trunk strategy after the L3-S1 fusion.
            Objective: Functional Reach 8.5 in (was 6 in).
            """,
            ["Z98.1", "R26.81"], [PT("97112", 22)], []),

        // Kelsey's Y-balance composite percentages as the measure: 1-on-1; tilt board and reactive cone taps; knee proprioception after a meniscus repair: passes.
        ["v5-h144-resident-y-balance-composite"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency)
            97112 | 20 min | 1-on-1
            Tx: tilt board SL stance with eyes closed, reactive cone taps to called colors, SL RDL on the foam
            Why: L knee proprioception and quad timing deficit after the L medial meniscus repair, DePaul club hockey
            #s: Y-balance composite L 91% vs R 97%
            """,
            ["S83.242D"], [PT("97112", 20)], []),

        // Marisol's 97116 with laps of the corridor converted to feet and an assistance level: FWW to rollator, cues; shuffling, flexed posture in Parkinson disease: passes.
        ["v5-h144-pta-corridor-laps-to-feet-97116"] = new(
            """
            SCLH OP REHAB · PTA DAILY NOTE · Pav B gym — M. Ocampo, PTA
            97116 gait — 18 min
            Rollator gait around the Pav B corridor with cues for big steps and heel strike, turns at the elevator bank, stop-and-go on command.
            Impairment: shuffling, flexed posture and freezing at doorways (Parkinson disease).
            Objective: 2 laps of the corridor, about 420 ft, rollator CGA; 3 freezing episodes at doorways (was 6).
            """,
            ["G20.A1", "R26.89"], [PTA("97116", 18)], []),

        // Bogdan's 97110 doses in his own shorthand "3x10 @ 15#": late entry; leg press, hamstring curls, step-ups; knee weakness after a TKA: passes.
        ["v5-h144-perdiem-doses-in-pound-signs-97110"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Sat 03/07/2026 09:45 for Fri 03/06/2026.
            97110 ther ex 17 min.
            Leg press 3x10 @ 60#, seated HS curls 3x10 @ 15#, fwd step-ups 6" 2x12 (R).
            Problem: R quad and hamstring weakness after the R TKA, can't get up the two-flat's back porch stairs.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 17)], []),

        // TJ's 97530 with counts and an assistance level written "4 reps, min A": floor-to-stand via half-kneel, carrying the laundry basket up the practice steps; hip and trunk weakness: passes.
        ["v5-h144-lmpt-pta-floor-to-stand-min-assist-97530"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97530 | Min: 20
            Tx: floor-to-stand through half-kneel using the chair, 4 reps, min A; carrying a 10 lb laundry basket up and down the practice steps, 3 trips, SBA
            Why: hip extensor and trunk weakness, lives alone on the second floor with the laundry in the basement
            """,
            ["M62.81", "R26.89"], [PTA("97530", 20)], []),

        // Dee's "Obj: improving, LOB ↓" on a 97112 with no number but the code and its minutes: measure missing.
        ["v5-h144-dee-obj-improving-lob-down"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR (97112) — min: 23   1:1 ✓
            Tx: rocker bd A/P, foam c̄ EC, perturb. in tandem.
            Imp: ↓ proprioc. B ankles, ↑ sway EC.
            Obj: improving, LOB ↓.
            """,
            ["R26.89"], [PT("97112", 23)], [At(Measure, "97112")]),

        // Nate writes "Her balance was noticeably better than last time, and her daughter agreed" as the objective; no number but the code and its minutes: measure missing.
        ["v5-h144-newgrad-noticeably-better-than-last-time"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT
            Neuromuscular re-education (CPT 97112): 24 minutes, one-on-one.
            Interventions: I performed gaze stabilization exercises while standing on foam and walking with head turns in the hallway.
            Impairment: She has right vestibular hypofunction with unsteadiness when she turns to look for traffic.
            Objective: Her balance was noticeably better than last time, and her daughter agreed.
            """,
            ["H81.21"], [PT("97112", 24)], [At(Measure, "97112")]),

        // Kelsey's "#s: Y-balance deferred (ran out of time)" with no number but the code and its minutes: measure missing.
        ["v5-h144-resident-y-balance-deferred"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency)
            97112 | 22 min | 1-on-1
            Tx: SL perturbations on the half foam roller, reactive lateral hops to a stick, eyes-closed SL stance
            Why: R ankle proprioceptive deficit after the high ankle sprain, Loyola club rugby
            #s: Y-balance deferred (ran out of time)
            """,
            ["S93.431D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Anjali's "Measures: deferred — the fire alarm cut the session short" with no number but the code and its minutes: measure missing.
        ["v5-h144-neuro-measures-deferred-for-the-alarm"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS
            97112 — 21 min, one-to-one
            Tx: stepping strategy training with perturbations at the pelvis, dual-task walking with a tray of cups.
            Deficit: postural instability and slowed stepping in Parkinson disease.
            Measures: deferred — the fire alarm cut the session short; will retest Monday.
            """,
            ["G20.A1"], [PT("97112", 21)], [At(Measure, "97112")]),

        // Marisol's 97110 "ther ex per flowsheet" with exercises named and no dose and no number but the code and its minutes: measure missing.
        ["v5-h144-pta-ther-ex-per-flowsheet-no-dose"] = new(
            """
            SCLH OP REHAB · PTA DAILY NOTE · Pav B gym — M. Ocampo, PTA
            97110 ther ex — 16 min
            Bridges, clamshells with the band, sidestepping along the counter, mini squats — dose per flowsheet.
            Impairment: L hip abductor weakness, Trendelenburg lurch on the stairs at the Jackson Blue Line station.
            """,
            ["M62.81"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // Dee's two codes in her shorthand "NMR 97112 — 22 min" and "TE 97110 — 13 min", both match; 1:1; foam, BAPS, perturbations; hip strategy; Berg; bridges and step-ups with doses: passes.
        ["v6-h144-dee-two-codes-shorthand"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR 97112 — 22 min: 1:1 thruout. BAPS lvl 2 seated → standing, foam stance c̄ perturb., side-stepping over the hurdles. Imp: ↓ hip strategy & (R) ankle proprioc. Obj: Berg 46/56.
            TE 97110 — 13 min: bridges 3x12, fwd step-ups 6" 3x10 (R), heel raises 3x15. Imp: (R) glute & calf weakness.
            """,
            ["S82.891D", "R26.81"], [PT("97112", 22), PT("97110", 13)], []),

        // Nate's three codes written out, each with "(CPT …): N minutes" — 23, 15 and 10 all match; one-on-one for the NMR; gaze and foam work; cane gait with distance; hip exercises with doses: passes.
        ["v6-h144-newgrad-three-codes-written-out"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT
            Neuromuscular re-education (CPT 97112): 23 minutes. I provided this one-on-one. I performed gaze stabilization exercises standing on foam and tandem walking with head turns for his left vestibular hypofunction. His Dynamic Gait Index was 16/24.
            Gait training (CPT 97116): 15 minutes. I trained him with the single-point cane on the hallway and the stairs with cues for an even step length, because his left step is short. He walked 320 feet with stand-by assistance.
            Therapeutic exercise (CPT 97110): 10 minutes. He performed standing hip abduction with the red band, 3 sets of 12, and heel raises, 3 sets of 15, for his left hip and calf weakness.
            """,
            ["H81.22", "R26.89"], [PT("97112", 23), PT("97116", 15), PT("97110", 10)], []),

        // Anjali's clock ranges on the codes' own lines, "97112 2:05–2:28 pm" (23) and "97116 2:28–2:40 pm" (12), then the alarm at 2:40 ended the session; both match; one-to-one; perturbations and dual task; PD; Mini-BESTest; gait distance: passes.
        ["v6-h144-neuro-clock-ranges-then-the-alarm"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS
            97112 2:05–2:28 pm — one-to-one: backward and lateral pull perturbations, large-amplitude stepping to targets on the floor. Deficit: postural instability and retropulsion, Parkinson disease. Mini-BESTest 18/28.
            97116 2:28–2:40 pm — gait training with cues for heel strike and arm swing through the doorway course, turning to the L. Shuffling and doorway freezing. 380 ft without device, CGA at doorways.
            Fire alarm at 2:40 pm ended the session; we walked down the stairwell with the gym staff.
            """,
            ["G20.A1", "R26.81"], [PT("97112", 23), PT("97116", 12)], []),

        // LMPT minute boxes for two codes, "Code: 97112 | Min: 21" and "Code: 97140 | Min: 9", both match; 1:1 marked; wobble board and perturbations; ankle proprioception; SL stance seconds; talocrural glides with grade; DF stiffness and knee-to-wall cm: passes.
        ["v6-h144-lmpt-two-minute-boxes"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 21 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: wobble board SL, perturbations on the foam, SL stance with trunk rotation | Why: L ankle proprioception after the lateral sprain | #s: SL foam stance L 15 sec
            Code: 97140 | Min: 9
            Tx: talocrural posterior glides gr III, STM to the L peroneals | Why: L ankle DF stiffness | #s: knee-to-wall L 7 cm → 10 cm
            """,
            ["S93.402D"], [PT("97112", 21), PT("97140", 9)], []),

        // Helga's inpatient habit "Timed code minutes: 97116 = 18 / 97110 = 10", both match; walker to cane gait with distance and assist; hip and knee exercises with doses: passes.
        ["v6-h144-float-timed-code-minutes-equals"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage — H. Lindqvist, PT
            Timed code minutes: 97116 = 18 / 97110 = 10
            Gait: FWW to SPC on the hallway and the cafeteria ramp, cues for R stance time; 240 ft SPC CGA.
            Ther ex: sit-to-stand 2x10, standing hip abduction 2 lb 2x12, TKE with the band 2x15.
            Problem: R hip and quad weakness with a short L step after the R hip hemiarthroplasty.
            """,
            ["S72.001D", "R26.89"], [PT("97116", 18), PT("97110", 10)], []),

        // A shared patient: Kelsey ran the agility block and handed him to Rosa for manual — "(KD) 97530 — 19 min" and "(RDF) 97140 — 10 min", both match; cuts and ladder with counts; ankle glides; ankle instability and DF: passes.
        ["v6-h144-lmpt-shared-patient-two-clinicians"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (shared: K. Drummond, PT, DPT, resident / R. Delgado-Finn, PT)
            (KD) 97530 — 19 min: agility ladder in/out 4 passes, figure-eight runs around cones 6 reps, 45-degree cuts off a shuffle 3x5 each way. Why: R ankle giving way on cuts, Sunday-league soccer.
            Handed to Rosa at the table.
            (RDF) 97140 — 10 min: talocrural posterior glides gr III-IV, subtalar distraction. Why: R ankle DF stiffness. #s: DF R 6° → 11°.
            """,
            ["S93.401D", "M25.371"], [PT("97530", 19), PT("97140", 10)], []),

        // Bogdan's late entry, "97112 x 22 min / 97110 x 11 min", both match; 1:1; rocker board and perturbations; proprioception after a sprain; rocker seconds; calf raises and band eversion with doses: passes.
        ["v6-h144-perdiem-x-minutes-two-codes"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Sat 03/07/2026 10:05 for Fri 03/06/2026.
            97112 x 22 min / 97110 x 11 min
            NMR, 1:1: rocker board A/P and M/L eyes closed, perturbations on the foam, star reaches. L ankle proprioception after the inversion sprain at his warehouse job. Rocker 13 sec without edge touch.
            Ther ex: SL calf raises 3x12, eversion with the green band 3x15. L peroneal and calf weakness.
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 11)], []),

        // TJ writes "mins": "97112 NMR 22 mins" and "97110 ther ex 14 mins", both match; 1:1 marked; foam and BAPS; proprioception; BAPS level and SLS seconds; band rows with doses: passes.
        ["v6-h144-lmpt-pta-mins"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            97112 NMR 22 mins | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: BAPS CW/CCW standing, SL on foam with ball catches | Why: R ankle proprioception, slow to react on the loading dock | #s: SLS on foam R 11 sec
            97110 ther ex 14 mins
            Tx: heel raises 3x15, band eversion 3x12, step-downs 4 in 3x10 | Why: R peroneal and quad weakness
            """,
            ["S93.401D"], [PTA("97112", 22), PTA("97110", 14)], []),

        // Dee's "NMR 97112 — 30 min" on an 18-min line (the afternoon she carried the number from the patient before): mismatch on 97112; otherwise complete.
        ["v6-h144-dee-30-on-an-18-min-line"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR 97112 — 30 min   1:1 ✓
            Tx: foam stance c̄ EC, tandem c̄ head turns, perturb. @ pelvis.
            Imp: ↓ proprioc. B feet 2° neuropathy, ↑ sway EC.
            Obj: Berg 42/56; tandem 6 sec.
            """,
            ["E11.42", "R26.81"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // Nate's "Gait training (CPT 97116): 25 minutes" on a 13-min line, the 97112's 22 matching: mismatch on 97116; otherwise complete.
        ["v6-h144-newgrad-gait-25-on-13"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT
            Neuromuscular re-education (CPT 97112): 22 minutes, one-on-one. I performed perturbation training on the foam and obstacle stepping for her impaired postural control after the stroke. Her Berg score was 43/56.
            Gait training (CPT 97116): 25 minutes. I trained her with the quad cane on the hallway with cues for right knee flexion in swing, because her right foot drags. She walked 280 feet with contact guard assistance.
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 13)], [At(Mismatch, "97116")]),

        // Bogdan's late entry "97110 ther ex 28 min" on a 15-min line (copied from the patient before): mismatch on 97110; otherwise complete.
        ["v6-h144-perdiem-28-on-15"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Sat 03/07/2026 10:20 for Fri 03/06/2026.
            97110 ther ex 28 min.
            Prone hip extension 3x10, side-lying abduction 3 lb 3x12, wall sits 5 x 20 sec.
            Problem: L hip and quad weakness after the L THA.
            """,
            ["Z96.642", "Z47.1"], [PT("97110", 15)], [At(Mismatch, "97110")]),

        // Helga's two-code note with only "Total timed 38 min" and no minutes for either code: separate time missing; both codes otherwise complete.
        ["v6-h144-float-total-timed-only"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage — H. Lindqvist, PT
            Total timed 38 min.
            NMR (97112), 1:1: foam stance with eyes closed, perturbations in tandem, stepping over cones. Problem: impaired postural control and L ankle proprioception. Berg 45/56.
            Ther ex (97110): step-ups 6 in 3x10, bridges 3x12, hip abduction with the band 3x12. Problem: L hip abductor weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 24), PT("97110", 14)], [SepTime]),

        // Marisol's handoff note "Ther ex and gait training today, 31 min between them" with no minutes for either code: separate time missing; both otherwise complete.
        ["v6-h144-pta-31-min-between-them"] = new(
            """
            SCLH OP REHAB · PTA DAILY NOTE · Pav B gym — M. Ocampo, PTA (took over from D. Wachowski mid-session)
            Ther ex and gait training today, 31 min between them.
            Ther ex (97110): LAQ 3 lb 3x12, sit-to-stand 3x8, standing marching 2x20. R quad weakness after the TKA.
            Gait (97116): SPC on the hallway with cues for R heel strike and knee flexion; 300 ft SBA. Stiff-knee gait on the R.
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 17), PTA("97116", 14)], [SepTime]),

        // Anjali's 97112 with its minutes and a 97116 done after the alarm with none ("gait after the all-clear"): separate time missing; both otherwise complete.
        ["v6-h144-neuro-gait-after-the-alarm-no-minutes"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS
            97112 — 24 min, one-to-one: rhythmic stabilization in half-kneeling, perturbations on the foam, tandem walking with head turns. Deficit: truncal ataxia and poor postural control, MS. Mini-BESTest 16/28.
            97116 — gait after the all-clear: cues for a narrower base and steady cadence in the hallway with the rollator; wide-based ataxic gait. 300 ft rollator SBA.
            """,
            ["G35", "R27.0"], [PT("97112", 24), PT("97116", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note on a two-code visit with a diagnosis (the Friday note never started): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h144-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97116", 14)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of tabs and line breaks only on a PTA's 97110 with a diagnosis: note missing only.
        ["v7-h144-tabs-and-line-breaks-97110"] = new(
            "\t \n\t\t\n",
            ["M62.81"], [PTA("97110", 16)], [At(NoteMissing, "97110")]),

        // An empty note on a 97112 with no diagnosis: note missing and diagnosis missing.
        ["v7-h144-empty-note-97112-no-dx"] = new(
            "",
            [], [PT("97112", 22)], [At(NoteMissing, "97112"), Dx]),

        // 97110's meaning on a Dee note: scap squeezes, wall angels, prone Y/T and cuff-weight flexion with doses (technique and measure), R shoulder weakness after a cuff repair (deficit); minutes match: passes.
        ["v7-h144-dee-97110-after-a-cuff-repair"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            TE (97110) — 15 min
            Tx: scap squeezes 2x15, wall angels 2x10, prone Y/T 2x10 ea, supine flex c̄ 1 lb cuff wt 2x12.
            Imp: (R) RC & scapular weakness s/p (R) RCR, can't reach the top shelf of the deli case.
            """,
            ["Z98.890", "M75.121"], [PT("97110", 15)], []),

        // 97530's meaning on a Marisol note: the bus-step simulator with the rail and a shopping bag, car transfer in the hospital's car simulator, with counts and assist (technique and measure), hip weakness and a fear of the bus step (deficit); minutes match: passes.
        ["v7-h144-pta-97530-bus-step-and-car-transfer"] = new(
            """
            SCLH OP REHAB · PTA DAILY NOTE · Pav B gym — M. Ocampo, PTA
            97530 therapeutic activities — 20 min
            Up and down the 14 in bus-step simulator holding the rail with a shopping bag in the other hand, 6 reps SBA; car transfers in and out of the gym's car simulator, 4 reps with min cues for leg sequencing.
            Impairment: L hip extensor weakness after the hip fracture; she has not taken the bus since.
            """,
            ["S72.002D", "M62.81"], [PTA("97530", 20)], []),

        // 97140's meaning on a Kelsey note: prone hip PA glides and long-axis distraction with the belt (technique), R hip capsular stiffness with FAI (deficit), IR degrees (measure); minutes match: passes.
        ["v7-h144-resident-97140-hip-glides"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency)
            97140 | 11 min
            Tx: prone PA glides to the R hip gr III, long-axis distraction with the mobilization belt, STM to the R TFL
            Why: R hip capsular stiffness with FAI, pinches in the deep squat at CrossFit
            #s: hip IR R 18° → 25°
            """,
            ["M25.851", "M24.851"], [PT("97140", 11)], []),

        // 97116's meaning on a TJ note: stair and curb training with the cane and the rail (technique), R knee flexion weakness and a stiff-legged gait (deficit), steps, distance and assistance levels (measure); minutes match: passes.
        ["v7-h144-lmpt-pta-97116-stairs-and-curb"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97116 | Min: 17
            Tx: gait with the SPC on the sidewalk out front and up the 12 steps to the second floor with one rail, step-over-step, and the curb at the corner
            Why: stiff-legged R gait with poor knee flexion in swing after the tibial plateau ORIF
            #s: 12 steps with rail and cane SBA; curb CGA; 500 ft SPC mod I
            """,
            ["S82.141D"], [PTA("97116", 17)], []),

        // Dee's one-line generic NMR note: "NMR 97112 — 23 min. Balance ex. Pt tol well. Cont POC." — no technique, deficit, measure or one-on-one.
        ["v7-h144-dee-one-line-generic"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR 97112 — 23 min. Balance ex. Pt tol well. Cont POC.
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Bogdan's generic late entry for a two-code visit with no numbers and no minutes by code: "Pt seen for skilled PT per POC, tolerated treatment without complaint, progressing toward goals." — nothing named for either code and no separate time.
        ["v7-h144-perdiem-generic-late-entry-two-codes"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY for Friday's evening visit.
            Pt seen for skilled PT per POC, tolerated treatment without complaint, progressing toward goals. Continue POC.
            """,
            ["M62.81"], [PT("97110", 15), PT("97116", 13)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116"), SepTime]),

        // Nate's generic note written out in full sentences: "The patient participated in balance and coordination exercises … tolerated the session well … continue with the plan of care", one-on-one stated: technique, generic, deficit and measure.
        ["v7-h144-newgrad-generic-in-full-sentences"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT
            Neuromuscular re-education (CPT 97112): 22 minutes, provided one-on-one.
            The patient participated in balance and coordination exercises. She tolerated the session well and was motivated throughout. We will continue with the plan of care as established.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // ---------------------------------------------------------------- ordinary notes

        // Dee's NMR for a retired bricklayer from Back of the Yards: 1:1 thruout; perturbations, step-over-and-stop, foam with EC; ↓ ankle strategy and proprioc.; Berg and 4SST; minutes match: passes.
        ["vord-h144-dee-retired-bricklayer-nmr"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR (97112) — 24 min   1:1 thruout
            Tx: perturb. @ shoulders & pelvis in staggered stance, step-over-&-stop at the hurdles, foam stance c̄ EC & head turns.
            Imp: ↓ ankle strategy & B proprioc., laid brick 41 yrs, now stumbles on the uneven alley behind the two-flat.
            Obj: Berg 45/56; 4SST 13.1 sec.
            A/P: progressing, ↑ challenge next visit.
            """,
            ["R26.81", "G62.9"], [PT("97112", 24)], []),

        // Nate's 97116 after a stroke, written out: the hemi-walker to the quad cane on the hallway and the ramp, cues; R knee hyperextension and foot drag; distance and assistance: passes.
        ["vord-h144-newgrad-quad-cane-after-stroke"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT
            Gait training (CPT 97116): 20 minutes.
            Interventions: I progressed the patient from the hemi-walker to the large-base quad cane on the Pavilion B hallway and the ramp, with verbal and tactile cues for right knee control at midstance and toe clearance in swing.
            Impairment: He has right knee hyperextension in stance and drags his right foot after his left hemispheric stroke.
            Objective: He walked 240 feet with the quad cane with contact guard assistance and 60 feet on the ramp with minimal assistance.
            """,
            ["I69.351", "R26.89"], [PT("97116", 20)], []),

        // Marisol's NMR: "1:1 — just her and me in the back corner"; rocker board, foam step-ups, perturbations; ankle proprioception; rocker seconds and FGA: passes.
        ["vord-h144-pta-just-her-and-me-in-the-corner"] = new(
            """
            SCLH OP REHAB · PTA DAILY NOTE · Pav B gym — M. Ocampo, PTA
            97112 NMR — 23 min
            1:1 — just her and me in the back corner of the gym.
            Tx: rocker board A/P with eyes closed, step-ups onto the foam with a hold, perturbations at the pelvis in tandem.
            Impairment: L ankle proprioception and slow ankle strategy after the sprain on the icy Wentworth Ave sidewalk.
            Objective: rocker board 16 sec without touch-down; FGA 23/30.
            """,
            ["S93.402D", "R26.81"], [PTA("97112", 23)], []),

        // TJ's NMR and manual with boxes: 97112 21 min 1:1 marked, 97140 10 min; perturbations and BOSU; knee proprioception; SL squat counts; patellar mobilization and STM; knee flexion degrees: passes.
        ["vord-h144-lmpt-pta-nmr-and-manual"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97112 | Min: 21 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: perturbations on the BOSU flat side, SL squat to the box with mirror feedback, lateral step-and-stick | Why: L knee proprioception and valgus collapse after the patellar dislocation | #s: SL squat without valgus 7 of 10
            Code: 97140 | Min: 10
            Tx: patellar medial and superior glides, STM to the L lateral retinaculum and ITB | Why: L knee stiffness | #s: knee flexion 112° → 121°
            """,
            ["S83.005D", "M25.662"], [PTA("97112", 21), PTA("97140", 10)], []),

        // Helga's NMR and gait in her inpatient style: 97112 22 min 1:1, 97116 13 min; gait belt; reactive stepping and foam; postural control; Berg; cane gait with distance: passes.
        ["vord-h144-float-nmr-and-gait-inpatient-style"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage — H. Lindqvist, PT
            Pt received seated, gait belt on, VSS per pt report.
            97112 neuromuscular re-ed: 22 min, 1:1 — reactive stepping to lateral pulls, foam stance with eyes closed, tandem walking. Problem: impaired postural control after the fall at the Jewel-Osco. Berg 44/56.
            97116 gait training: 13 min — SPC on the hallway and the elevator lobby, cues for step length and turning. Problem: short, uneven steps. 300 ft SPC SBA.
            Pt returned to the lobby with her grandson.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22), PT("97116", 13)], []),

        // Anjali's first patient after the alarm: MS, one-to-one; the alarm mentioned without minutes; PNF trunk and rhythmic stabilization, perturbations; truncal ataxia; timed 25-foot walk in seconds and Mini-BESTest: passes.
        ["vord-h144-neuro-ms-after-the-alarm"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS
            97112 — 23 min, one-to-one (first patient back after the fire alarm, started late)
            Tx: PNF trunk chops and lifts in sitting on the therapy ball, rhythmic stabilization in tall-kneeling, perturbations in standing on firm and foam.
            Deficit: truncal ataxia and poor trunk control, relapsing-remitting MS; she holds the walls at the Blue Line station.
            Measures: timed 25-foot walk 8.9 sec; Mini-BESTest 19/28.
            """,
            ["G35", "R27.0"], [PT("97112", 23)], []),

        // Kelsey's 97530 and 97110: cutting, deceleration and ladder with counts; hip and knee strength with doses; landing mechanics after ACL reconstruction: passes.
        ["vord-h144-resident-rts-activities-and-strength"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency)
            97530 | 18 min
            Tx: deceleration from a jog to a stop on the line 3x6, 90-degree cuts 3x4 each way, agility ladder 5 passes
            Why: poor deceleration and landing control of the L knee, high-school basketball guard 8 mo after L ACL reconstruction
            97110 | 12 min
            Tx: Bulgarian split squats 20 lb 3x8, SL RDL 15 lb 3x10, lateral band walks 3 laps
            Why: L quad and glute weakness
            #s: L SL hop 142 cm vs R 158 cm (LSI 90%)
            """,
            ["Z98.890", "S83.512D"], [PT("97530", 18), PT("97110", 12)], []),

        // Bogdan's late entry for a gait visit: "97116 gait 19 min"; rollator on the sidewalk and into the elevator, curb cut; shuffling and festination in PD; distance and assistance: passes.
        ["vord-h144-perdiem-late-entry-gait"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Sat 03/07/2026 10:40 for Fri 03/06/2026 (his wife drove him in at 6:15 pm).
            97116 gait 19 min.
            Rollator gait on the sidewalk along Pavilion B, into and out of the elevator, up and down the curb cut, with cues for big steps and a stop before turns.
            Problem: shuffling and festination, Parkinson disease.
            Result: 520 ft rollator SBA; curb cut CGA; 2 festination episodes (was 5).
            """,
            ["G20.A1", "R26.89"], [PT("97116", 19)], []),

        // Rosa's 97110 and 97140 for a neck: "Code: 97110 | Min: 13", "Code: 97140 | Min: 12"; deep neck flexor training and rows with doses; cervical glides; cervical stiffness and weakness; rotation degrees: passes.
        ["vord-h144-lmpt-neck-ther-ex-and-manual"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97110 | Min: 13
            Tx: deep neck flexor holds 10 x 10 sec, rows with the green band 3x15, prone T 2x12 | Why: deep neck flexor and lower trap weakness, dispatcher at a desk all shift
            Code: 97140 | Min: 12
            Tx: C4-6 unilateral PA glides gr III on the L, suboccipital release, STM L upper trap | Why: L cervical rotation stiffness | #s: rotation L 55° → 66°
            """,
            ["M54.2", "M62.81"], [PT("97110", 13), PT("97140", 12)], []),

        // Dee's knee: "MT (97140) — 10 min" and "TE (97110) — 14 min"; tib-fem glides and patellar mobs; quad sets, SLR and LAQ with doses; knee flexion degrees; stiffness and weakness after a TKA: passes.
        ["vord-h144-dee-knee-manual-and-ther-ex"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            MT (97140) — 10 min: tib-fem post. glides gr III, patellar mobs sup/inf/med, STM distal quad. Imp: (L) knee flex stiffness s/p (L) TKA. Obj: flex 98° → 106°.
            TE (97110) — 14 min: QS 2x15, SLR 2x10, LAQ 2 lb 3x12, heel slides c̄ strap 2x15. Imp: (L) quad weakness c̄ extensor lag.
            """,
            ["Z96.652", "Z47.1"], [PT("97140", 10), PT("97110", 14)], []),

        // Nate's 97110 alone, written out: hip and trunk exercises with sets, repetitions and loads; hip weakness after a hip replacement: passes.
        ["vord-h144-newgrad-ther-ex-hip"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT
            Therapeutic exercise (CPT 97110): 18 minutes.
            Interventions: The patient performed standing hip abduction with a 3 pound ankle weight, 3 sets of 10 on each side; bridges, 3 sets of 12; and sit-to-stand from a standard chair, 3 sets of 8.
            Impairment: He has right hip abductor and extensor weakness after his right total hip arthroplasty, with a Trendelenburg pattern when he climbs the stairs to the Brown Line.
            """,
            ["Z96.641", "Z47.1"], [PT("97110", 18)], []),

        // Anjali's vestibular NMR with the husband interpreting Polish: one-to-one, "her husband interpreted from the chair"; VOR x1 and x2, habituation walking; vestibular hypofunction; DGI and DVA: passes.
        ["vord-h144-neuro-vestibular-husband-interprets"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS
            97112 — 22 min, one-to-one (her husband interpreted from the chair in Polish)
            Tx: VOR x1 and x2 viewing at the wall target standing on foam, walking the hallway with head turns to read signs, habituation to bending down.
            Deficit: L vestibular hypofunction with motion-provoked dizziness bending in the bakery case.
            Measures: DGI 19/24; DVA loses 2 lines (was 4).
            """,
            ["H81.22", "R42"], [PT("97112", 22)], []),

        // Marisol takes over Helga's gait patient: "97116 — 16 min (taken over from H. Lindqvist at the ramp)"; FWW gait with cues on the ramp and the hallway; L foot drop; distance and assistance: passes.
        ["vord-h144-pta-took-over-gait-from-the-float"] = new(
            """
            SCLH OP REHAB · PTA DAILY NOTE · Pav B gym — M. Ocampo, PTA
            97116 gait — 16 min (taken over from H. Lindqvist, PT, at the ramp)
            FWW gait up and down the Pavilion B ramp and the hallway, cues for L knee lift and heel first, posterior leaf AFO on.
            Impairment: L foot drop and circumduction after the R MCA stroke.
            Objective: 350 ft FWW CGA; ramp with min A for the descent.
            """,
            ["I69.354", "M21.372"], [PTA("97116", 16)], []),

        // Kelsey's shoulder NMR for a softball pitcher: 1-on-1; rhythmic stabilization at the wall with the ball, perturbations in prone plank, Bodyblade; shoulder proprioception and dynamic stability; joint position sense error in degrees and CKCUEST touches: passes.
        ["vord-h144-resident-pitcher-shoulder-nmr"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency)
            97112 | 21 min | 1-on-1
            Tx: rhythmic stabilization with the ball on the wall at 90° abduction, perturbations in prone plank on the BOSU, Bodyblade in the throwing position
            Why: R shoulder proprioceptive deficit and poor dynamic stability after the anterior subluxation, college softball pitcher
            #s: joint position sense error R 7° vs L 3°; CKCUEST 19 touches
            """,
            ["S43.011D"], [PT("97112", 21)], []),

        // Rosa's NMR for a retired nurse: "(x) 1:1"; perturbations, obstacle course with dual task, foam with head turns; postural control and slow stepping; TUG and 30-second chair stand count: passes.
        ["vord-h144-lmpt-retired-nurse-nmr"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 24 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: perturbations at the pelvis in narrow stance, obstacle course with counting backward by threes, foam stance with head turns
            Why: impaired postural control and slow stepping after two falls at home, retired ICU nurse
            #s: TUG 12.4 sec, TUG cognitive 15.9 sec; 30-second chair stand 9 reps
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // TJ's 97110 and 97530: "97110 ther ex 12 mins", "97530 ther act 15 mins"; rows and step-ups with doses; lifting a case of water from the floor to the counter and carrying it with counts; back and hip weakness: passes.
        ["vord-h144-lmpt-pta-ther-ex-and-ther-act"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            97110 ther ex 12 mins
            Tx: bird dogs 2x10 each, bridges 3x12, rows with the blue band 3x15 | Why: trunk extensor and glute weakness, low back pain
            97530 ther act 15 mins
            Tx: lifting a case of water from the floor to the counter with a hip hinge 8 reps, carrying it 50 ft 4 trips, loading the lower dishwasher rack 3 times | Why: can't lift at home without back pain | #s: hinge form correct on 7 of 8 lifts
            """,
            ["M54.50", "M62.81"], [PTA("97110", 12), PTA("97530", 15)], []),

        // Helga's 97110 alone: ankle pumps, heel raises, mini squats and step-ups with doses; calf and quad weakness after a long hospital stay: passes.
        ["vord-h144-float-ther-ex-after-the-hospital-stay"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage — H. Lindqvist, PT
            Ther ex (97110): 14 min
            Heel raises at the counter 3x12, mini squats 3x10, forward step-ups 4 in 2x10 each, seated marching with 2 lb 2x15.
            Problem: generalized LE weakness, B quad and calf, after the ICU stay for pneumonia; first time back on the el.
            """,
            ["M62.81", "R53.81"], [PT("97110", 14)], []),

        // Bogdan's late entry for a patient Dee handed him at shift change: "97112 x 21 min / 97110 x 12 min", 1:1 "from the hand-off to the end"; perturbations and foam; proprioception; BESS; calf work with doses: passes.
        ["vord-h144-perdiem-shift-change-handoff"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Sat 03/07/2026 10:55 for Fri 03/06/2026. Dee Wachowski handed me Mr. Oyelaran at shift change before any treatment.
            97112 x 21 min / 97110 x 12 min
            NMR, 1:1 from the hand-off to the end: perturbations on the foam in SL, eyes-closed tandem, hop-and-stick on the line. Problem: R ankle proprioceptive deficit after the sprain playing pickup at the Y. BESS 16 errors.
            Ther ex: SL heel raises 3x15, eversion with the blue band 3x15. Problem: R peroneal weakness.
            """,
            ["S93.401D"], [PT("97112", 21), PT("97110", 12)], []),

        // Anjali's three codes after the alarm: 97112 20 min one-to-one, 97116 13 min, 97110 10 min; weight shifting to the paretic side with perturbations; gait with the AFO; hip strengthening; hemiparesis; Berg, distance and doses: passes.
        ["vord-h144-neuro-three-codes-hemiparesis"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS
            97112 — 20 min, one-to-one: weight shifts onto the L leg with perturbations, stepping with the R onto a step to load the L, tall-kneeling with rhythmic stabilization. Deficit: L hemiparesis with poor weight acceptance on the L, R MCA stroke. Berg 41/56.
            97116 — 13 min: gait with the L AFO and the quad cane, cues for L hip extension at terminal stance; 260 ft CGA.
            97110 — 10 min: L hip abduction side-lying 2x12, bridges 3x10, L heel raises at the counter 2x10. L hip and calf weakness.
            """,
            ["I69.354", "R26.89"], [PT("97112", 20), PT("97116", 13), PT("97110", 10)], []),

        // Dee's complete NMR note with no diagnosis on the claim: diagnosis missing only.
        ["vord-h144-dee-complete-no-diagnosis"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR (97112) — 22 min   1:1 ✓
            Tx: BAPS lvl 3 standing, perturb. on Airex, tandem c̄ head turns.
            Imp: ↓ proprioc. (R) ankle s/p sprain on the Orange Line platform stairs.
            Obj: BAPS lvl 3 c̄o UE support; tandem 11 sec.
            """,
            [], [PT("97112", 22)], [Dx]),

        // Nate's complete NMR with the EMR's wildcard "***" as the claim's only diagnosis: diagnosis missing only.
        ["vord-h144-newgrad-wildcard-as-diagnosis"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT
            Neuromuscular re-education (CPT 97112): 23 minutes, one-on-one.
            Interventions: I performed perturbation training in tandem stance and on foam, and stepping over obstacles without looking down.
            Impairment: He has delayed stepping reactions and impaired postural control after a fall from the back porch.
            Objective: Timed Up and Go 12.9 seconds; Berg 47/56.
            """,
            ["***"], [PT("97112", 23)], [Dx]),

        // Helga's float note with the OP macro's default "Ther ex (97110): 15 min" left on a 26-min line: mismatch on 97110; otherwise complete.
        ["vord-h144-float-default-15-on-26"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage — H. Lindqvist, PT
            Ther ex (97110): 15 min
            Recumbent bike warm-up, leg press 50 lb 3x12, step-ups 6 in 3x10 each, hamstring curls with the band 3x12.
            Problem: B quad and hamstring weakness, deconditioning after the cardiac admission.
            """,
            ["M62.81", "Z86.79"], [PT("97110", 26)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
