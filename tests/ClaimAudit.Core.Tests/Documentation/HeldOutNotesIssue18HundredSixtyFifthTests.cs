using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-sixty-fifth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read for
/// their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's output on
/// these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-second session, blind) is the next week (Monday 14 – Friday 18 December 2026) of
/// the clinics of the hundred-and-sixty-second to hundred-and-sixty-fourth sets, each clinic in its own style and on its
/// own templates, at most eight notes from any one clinic (fourteen clinics, seven or eight notes each): the same
/// writers, new patients and returning ones, new wording; for the whole-episode clinics of the hundred-and-sixty-fourth
/// set, whose nine episodes ended at discharge, new patients' first visits. No style is new. About two thirds are
/// ordinary and complete (70 of 108), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to two
/// in a visit), by PTs, PTAs and OTs, from these employers:
/// <list type="number">
/// <item>the whole-episode clinics of the hundred-and-sixty-fourth set, with new patients: Wexford Commons Orthopaedic
/// Physical Therapy (WCOPT: the Wexford office on Route 19 and the Warrendale office by the sports dome; Brett Szalai's
/// pipe-separated header "Visit 1 of 12 | …", "97110 Therapeutic exercise — 24 min: …", "Problem list:", "Objective
/// today:" and his ACL template's "Attendance:" line; Jill Ostrowicz-Penn's "Billed: 97140 (12 min) / 97110 (24 min)",
/// "Manual:", "Ex:", "Impairment:", "Data:", "Next:"; Nicole Ferrante's "TE 97110 (25 min) —" shorthand); Benedictine
/// Coulee Medical Center's neuro outpatient clinic (BCMC: Sparta and Tomah; Teodora Vance's "Delivery: ☒ 1:1 ☐
/// concurrent ☐ group" and bracketed headings "97112 NEUROMUSCULAR RE-EDUCATION [24 min]", Jonah Brightwater's bullets,
/// Lise Aamodt's "FOLLOW-UP #1 … Seen individually … Target: … Today's numbers:", Rafe Ekwueme covering in plain
/// narrative); Dismal River Community Hospital's therapy department (DRCH: Thedford and the Mullen outreach room;
/// Darlene Vrbka's "OP PT Daily Note — Rx #1", "Seen by:", "Time: 97110 = 23 min; 97116 = 15 min", Trent Mlnarik
/// covering);</item>
/// <item>the intensive programmes and device clinics of the hundred-and-sixty-second set in the next week of their
/// winter programmes: Minnesota River Children's Hospital's Intensive Therapy Program (MRCH ITP: Mankato and Owatonna,
/// days 6 to 10 of the winter intensive; "ITP SESSION NOTE", "Session: ☒ AM ☐ PM", "Treating therapist this session:",
/// "This session only: 97112 · 23 min", "Ratio: ☒ 1:1 ☐ 1:2 ☐ group", "Targets:", "Activities:", "Data:"): Solveig
/// Haugland-Rice, Dario Quintanilla (PTA) and Merritt Oyelaran (OTR/L); Red Butte Vestibular &amp; Concussion Clinic
/// (RBVC: West Sedona, east Flagstaff and Williams, the next Intensive Week; "Sess A ▸ 97112 ▸ 23 min", "Day sheet:", "Tx:
/// ☒ gaze stab ☐ habituation ☐ OKN"): Marisol Etsitty-Crane, Graydon Pike and Juniper Halvorsen (PTA); Sawtooth
/// Performance Lab (SPL: Boise, Eagle and McCall; "SESSION REPORT · Athlete:", "BLOCK A · 97112 NMR · 23 min",
/// "Attendance:", "Work:", "Limiter:", "☑ 1:1 ☐ semi-private", "DATA PASTE ▼"): Tamsin Reeve, Jordan Okafor, Mateo
/// Arriaga and Brielle Sato (PTA); Northwoods Lakes Medical Center's Balance Center (NLMC: Brainerd, Baxter and Crosby;
/// "Service: 97112 Neuromuscular reeducation — 24 minutes", "Attendance:", "Treatment:", "Impairment:", "▶ Imported
/// device report"): Ingeborg Halvorsen, Curtis Lindahl, Marisa Pelletier (PTA) and Delphine Ostrowski (OTR/L); High
/// Desert NeuroRecovery (HDNR: Bend, Redmond and Prineville; "Visit note | clinician | Pt:", "97112 neuro re-ed: 22 min |
/// 1:1", "97530 [ __ ] min", "What I did:", "Why:", "Device paste:"): Priya Venkataraman, Eamon Gallagher, Ruthanne Keel
/// (PTA) and Sol Márquez (OTR/L); White River Physical Therapy &amp; Balance (WRPT: Berryville, Eureka Springs and Green
/// Forest; "Svc:", "Attendance: [ ] 1:1 [ ] concurrent [ ] group", "What we did:", "Why:", "Numbers:", "[CO query: …]"):
/// Joel Tackett, Brenna Ellingboe, Kacey Ormsby (PTA) and Dwight Kemper (OTR/L); Quoddy Bay Regional Hospital (QBRH:
/// Calais, Eastport and Lubec; "CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN", "DELIVERY: ☒ Individual ☐ Concurrent ☐ Group",
/// "OUTCOME MEASURE: ____ SCORE: ____"): Nora Cobb, Everett Sewall and Lucienne Dufour (PTA);</item>
/// <item>four practices of the hundred-and-sixty-third set's Monday in their own templates: Lakeside Macomb Hospital
/// (LMH: Warren and Sterling Heights; "Timed Procedures", "97112 Neuromuscular Re-ed: 24 Minutes", "Delivery:", "***"
/// left in a field): Dariusz Nowicki, Renee Kaminski (OTR/L) and LaToya Grant (PTA); Little Colorado River Therapy (LCRT:
/// Winslow and Holbrook; "Svc: NMR 97112 | Time: 23 minutes | 1:1: Y", "Activity:", "Problem:", "Measure:"): L. Begay,
/// W. Yazzie (PTA) and E. Hartman; Sheboygan Harbor Medical Center's neuro clinic (SHMC: "NEURO OP DAILY NOTE — ALL
/// SECTIONS REQUIRED", "CHARGES / TIMED SERVICES", "DELIVERY MODE", "IMPAIRMENTS ADDRESSED" typed or as its row of
/// boxes, "OUTCOME MEASURES", "ATTESTATION"): Kayla Nienhuis (PTA), Annika Vandervelde and Luis Ochoa-Brandt; Touchet
/// Valley Physical Therapy (TVPT: Walla Walla; "SERVICE:", "DELIVERY: One-on-one for the entire billed service? Y / N",
/// "WHAT I DID AND WHY:", "DEFICIT ADDRESSED:", "OBJECTIVE:", "NOTE TO REVIEWER:"): Owen Takacs, Brianna Ferrell (PTA)
/// and Celeste Vandergriff.</item>
/// </list>
/// This week's people: a rural mail carrier after a left knee replacement, a high-school lacrosse midfielder after an
/// ACL reconstruction, a church-choir alto with a frozen shoulder, a snowplough driver after a stroke, a polka
/// accordionist with Parkinson's disease, a school cafeteria cook with vestibular neuritis, a county road-grader
/// operator after an ankle fracture, a 4-H leader who fell in the show barn, a six-year-old who wants to climb the
/// slide ladder, a Sedona pink-jeep mechanic, a Flagstaff ski-lift operator, a Nordic biathlete, a hockey defenceman, an
/// ice-fishing guide on Mille Lacs, a Christmas-tree farm hand, a Redmond smokejumper, a poultry-house manager, a lobster
/// boat sternman, a sardine-cannery retiree, a Warren tool-and-die retiree, a Hopi silversmith, a Winslow railroad
/// brakeman, a cheese-plant worker, a wheat-harvest custom cutter and an onion-shed sorter — with a mother filming for
/// the home program, a sister by the window, a student PT observing, an aide at the harness controls, a wife in the
/// truck, a grandson interpreting and a husband in the lobby (none of them a patient), and the patients treated
/// alongside (the other ACL athlete on the rocker boards, a second child in a 1:2 session, Mr. Tewa and Mrs. Sandoval on
/// the foam path, a teammate on the slideboard, a balance class of four, a brother treated at the same time, Mr. Licari at
/// the counter, Mrs. Whitman's husband on the circuit).
/// Each note's DOC_* findings were judged by hand as a payer reviewer reading one visit at a time, applying the contract
/// to what that note says — a blank, an unticked box, an unanswered "Y / N", "***", "see eval" and "as before" state
/// nothing, a ticked box states what it names, and a sentence is read as written:
/// <list type="bullet">
/// <item>class 1 (v1-h165-…): one-on-one in these writers' own words ("Attendance: one-on-one w/ Brett — his mom filmed
/// the landings from the window bench for his coach", "Ratio: ☒ 1:1 — mom filmed from the mat for the home program",
/// "1:1 — Graydon and Ms. Yellowhorse; her sister read by the window", "1:1 — our aide ran the harness controls",
/// "Delivery: Individual — a student PT from Wayne State observed", "1:1: Y — grandson interpreting in Hopi",
/// "One-on-one … ? Y — her husband waited in the lobby"), notes that negate it (two ACL athletes on the rocker boards "back and forth", Mr.
/// Licari's balance session run beside hers at the counter, two patients on the foam path "alternating", a teammate on
/// the slideboard cued in turns, a balance class of four with Group ticked, a brother treated at the same time with
/// "1:1: N", a husband and wife, both patients, doing the balance circuit together with "? N");</item>
/// <item>class 2 (v2-h165-…): checkbox and blank-field states: Concurrent ticked on the neuro template, the ITP's "☒ 1:2"
/// and its ratio row with nothing ticked, the RBVC "Tx:" row with no box ticked and no technique written, "☑ 1:1 ☐
/// semi-private" ticked, NLMC's "Attendance: ______", HDNR's "97110 [ __ ] min" beside a billed 97110, WRPT's "[X] 1:1"
/// and the same row unticked, "OUTCOME MEASURE: ____ SCORE: ____", LMH's "Objective: ***", SHMC's "[X] vestibular"
/// ticked as the only deficit;</item>
/// <item>class 3 (v3-h165-…): named programmes and methods as techniques: Tai Ji Quan: Moving for Better Balance forms,
/// the Copenhagen adduction protocol with its dose, Frenkel exercises for ataxia and perturbation-based balance training
/// on the SHMC treadmill, each with what was done and its numbers;</item>
/// <item>class 4 (v4-h165-…): deficits stated as findings (feet that won't stay under him when the auger kicks on the
/// lake ice, a knee that folds stepping down from the grader cab, a child who can't take the slide ladder foot over
/// foot) and notes that state none ("Target: see initial eval", HDNR's "Why:" left empty, LCRT's "Problem: as
/// before");</item>
/// <item>class 5 (v5-h165-…): measures in every usual form (Berg with the eval's score in brackets, tandem seconds by
/// leg, the CDC four-stage test's stage, wobble-disc seconds and protective reactions out of ten, CTSIB seconds with a cap, a
/// 5xSTS time, a squeeze-dynamometer value) and notes with none (SPL's "DATA PASTE ▼ (sensor did not sync)", RBVC's
/// "DGI ___ DVA ___", QBRH's "OUTCOME MEASURE: ____ SCORE: ____", SHMC's "OUTCOME MEASURES: deferred", Brett's busy-day
/// exercise list with no doses);</item>
/// <item>class 6 (v6-h165-…): minutes in these templates' forms and true mismatches (Jill's "97140 (22 min)" on a
/// 10-minute line, Darlene's "97116 = 14 min" on a 26-minute line, an AM session's "23 min" pasted on a 12-minute PM
/// session, SPL's "BLOCK A · 97112 NMR · 30 min" on an 18-minute block, LCRT's "Time: 24 minutes" on a 35-minute line,
/// SHMC's "97530 — 15 min" on a 26-minute line) and truly missing separate time (Teodora's "97116 GAIT TRAINING [__
/// min]", NLMC's "Service: 97110 Therapeutic exercise — ___ minutes", WRPT's "Svc: 97112 NMR and 97110 ther ex" with
/// only "Total timed: 38 min" at the foot, LMH's "97116 Gait Training:
/// *** Minutes", HDNR's empty 97110 minute box);</item>
/// <item>class 7 (v7-h165-…): an empty SHMC note with no diagnosis, the contract's meanings for 97110 (HDNR's hip and
/// trunk programme for a custom harvester), 97530 (the ITP's ladder-and-slide circuit), 97140 (Jill's thoracic glides and
/// LMH's lumbar mobilisation) and 97116 (Darlene's walker-to-cane gait across the Mullen gravel lot), and wholly generic
/// notes (RBVC's "Per plan. Tolerated well. Continue.", LCRT's "ther ex per plan");</item>
/// <item>ordinary (vord-h165-…): the complete notes of every clinic that a reviewer passes (the false-positive guard),
/// with their harmless leftovers, and the ordinary weak ones: a complete DRCH note whose claim went out with no
/// diagnosis and a TVPT claim whose diagnosis field says "see referral".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — mothers, sisters, a student, an aide,
/// a grandson, a husband (none of them a patient; the other athletes, the second child, the class members, the brother
/// and Mr. Licari are), visit and session counts ("Visit 1 of 12", "Rx #1", "day 7 of 10"), dates of service, ages,
/// post-op weeks, step and box heights in inches, loads in pounds, knee and shoulder degrees, reach in centimetres,
/// distances in feet, counts of trials, catches, rungs and trips — and each is written so that a reviewer cannot take it
/// for a billed code's minutes; a code's minutes are written next to the code ("97110 Therapeutic exercise — 24 min",
/// "Time: 97112 = 24 min", "Svc: NMR 97112 | Time: 23 minutes"), in its block's heading ("97112 NEUROMUSCULAR
/// RE-EDUCATION [24 min]", "BLOCK A · 97140 manual · 12 min"), or in its service line; no note gives minutes to a visit,
/// a drill, a rest or a test, except the one that fails for a visit total; notes failed for want of a measure carry no
/// number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit
/// or measure at all. A 97112 passes the measure check only on an objective measure with a number; for the other codes
/// a dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed
/// minutes: a family member, caregiver, interpreter, student or staff member in the room does not undo a one-on-one
/// statement, another patient treated in the same block does, and a therapist attending someone else during the block
/// is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what this week's templates make arguable: a ticked "☒ 1:1" box beside an unticked-but-circled
/// "1:2", a child's session whose ratio changed halfway through the block, Brandt-Daroff habituation (too near
/// repositioning for BPPV to call), a ticked impairment box that names only "balance" or "strength" as the only
/// deficit, a device paste whose numbers belong to the previous athlete, an intensive's day count written beside the
/// minutes on the same line ("Day 7 · 23"), and a substitute's note that names only the regular clinician's protocol.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 107 of 108 cases agree (106 needed), and none of the 70 notes the reviewer passes got a finding, on the analyzer of 761c33f (the 2026-12-07 twenty-second session after the hundred-and-fifty-sixth to hundred-and-sixty-fourth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, ed4cfb9): 107 of 108, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSixtyFifthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- WCOPT: Wexford Commons Orthopaedic PT, new patients' first visits

        // WCOPT Brett's TKA template, a new patient's visit 1 (a rural mail carrier after a L TKA): exercises and manual with doses, L knee stiffness and quad weakness, knee ROM; 97110 23 and 97140 13 next to the codes match: passes.
        ["vord-h165-wc-kostelnik-v01"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit 1 of 12 | Kostelnik, Ray (66) | DOS 12/14/2026 | Brett Szalai, PT, DPT, OCS
            S: Wants to be back on his rural route by March; the mail jeep has a high step.
            97110 Therapeutic exercise — 23 min: quad sets 2x10 with a 5 sec hold, heel slides with the strap 3x10, SAQ over the bolster 2x12, ankle pumps 2x20
            97140 Manual therapy — 13 min: patellar mobs superior/inferior grade II, 3 bouts of 30; STM to the medial quad above the incision
            Problem list: L knee flexion and extension stiffness and L quad weakness after the L TKA on 12/03; can't get up into the mail jeep or do his porch steps step over step
            Objective today: L knee flexion AROM 84°, extension lacks 10°; quad lag on SLR
            A: Typical for ten days out; swelling moderate.
            P: Bike next visit.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 23), PT("97140", 13)], []),

        // WCOPT Brett's ACL template, a new patient (a lacrosse midfielder): "Attendance: one-on-one w/ Brett — his mom filmed the landings from the window bench for his coach" (family, not a patient); step-downs and leg press with doses; single-leg foam stance with stick-catches and perturbations; quad deficit and poor knee proprioception; Y-balance and perturbation count; 97110 21 and 97112 17 match: passes.
        ["v1-h165-wc-marchetti-mom-on-the-window-bench"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office (sports dome)
            Visit 1 of 12 | Marchetti, Luca (16) | DOS 12/14/2026 | Brett Szalai, PT, DPT, OCS
            Attendance: one-on-one w/ Brett — his mom filmed the landings from the window bench for his coach
            97110 Therapeutic exercise — 21 min: leg press 70 lb 3x12, forward step-downs off the 6 in step 3x10, hamstring curls on the ball 3x10
            97112 Neuromuscular re-ed — 17 min: single-leg stance on the foam pad catching a lacrosse stick tossed from the side; manual perturbations at the pelvis in single-leg stance
            Problem list: L quad strength deficit and poor L knee proprioception with the knee diving in on the step-down after the L ACL reconstruction on 11/02
            Objective today: Y-balance anterior reach L 55 cm, R 66 cm; 4 of 10 perturbations held without touching down
            A/P: Six weeks out. Progress to hops when the quad index allows.
            """,
            ["S83.512D", "Z47.89"], [PT("97110", 21), PT("97112", 17)], []),

        // WCOPT Brett's ACL template, another new athlete: "Attendance: w/ Brett and Tyler D. (the other ACL kid) on the rocker boards together, back and forth between them" — another patient treated in the 97112 block: one-on-one missing; techniques, deficit, numbers and minutes present.
        ["v1-h165-wc-ruscitto-two-athletes-on-the-rocker-boards"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office (sports dome)
            Visit 1 of 12 | Ruscitto, Gianna (19) | DOS 12/15/2026 | Brett Szalai, PT, DPT, OCS
            Attendance: w/ Brett and Tyler D. (the other ACL kid) on the rocker boards together, back and forth between them
            97110 Therapeutic exercise — 20 min: leg press 60 lb 3x12, bridges on the ball 3x12, TKE with the black band 3x15
            97112 Neuromuscular re-ed — 18 min: rocker board A/P and M/L in single-leg stance, eyes open then closed; single-leg stance on the foam with ball tosses
            Problem list: R quad weakness and R knee proprioceptive deficit after the R ACL reconstruction on 10/28; knee wobbles planting to cut on the soccer field
            Objective today: rocker board M/L 12 sec R, 24 sec L without an edge touch; quad index 62%
            A/P: Same plan next visit.
            """,
            ["S83.511D", "Z47.89"], [PT("97110", 20), PT("97112", 18)], [At(OneOnOne, "97112")]),

        // WCOPT Jill's template, a new patient's treatment 1 (a church-choir alto with adhesive capsulitis): GH glides and PROM, pulley and wand work with doses, stiffness, PROM degrees; "Billed: 97140 (14 min) / 97110 (23 min)" matches: passes.
        ["vord-h165-wc-yablonski-tx1"] = new(
            """
            WCOPT Wexford | Yablonski, M. (58) | Tx #1 | 12/14/2026 | J. Ostrowicz-Penn PT, DPT
            Billed: 97140 (14 min) / 97110 (23 min)
            Manual: GH inferior and posterior glides grade III, long-axis distraction, PROM into ER in the scapular plane
            Ex: overhead pulley flexion 2x15, wand ER in supine 3x10, sleeper stretch 3 holds of 30 sec, scapular rows with the green band 3x12
            Impairment: R shoulder capsular stiffness (adhesive capsulitis) with loss of ER and elevation; can't reach to fasten her choir robe or lift the hymnal box to the loft shelf
            Data: PROM flexion 122°, ER 18°, IR to the sacrum
            Next: Re-measure at Tx #4.
            """,
            ["M75.01"], [PT("97140", 14), PT("97110", 23)], []),

        // WCOPT Jill's template, treatment 1 for a new post-op shoulder: "Billed: 97140 (22 min) / 97110 (24 min)" but the 97140 line is 10 minutes — mismatch on 97140 (12 apart); 97110's 24 matches; content complete.
        ["v6-h165-wc-dibenedetto-manual-twenty-two-on-ten"] = new(
            """
            WCOPT Warrendale | DiBenedetto, S. (61) | Tx #1 | 12/15/2026 | J. Ostrowicz-Penn PT, DPT
            Billed: 97140 (22 min) / 97110 (24 min)
            Manual: GH posterior glides grade II, PROM flexion and ER in the scapular plane, STM to the upper trap
            Ex: pendulums 2x30, table slides 2x15, isometric ER against the wall 10 holds of 5 sec, grip putty 2x20
            Impairment: L shoulder stiffness and L cuff weakness after the L subacromial decompression on 11/30; can't reach the register keys at the hardware store
            Data: PROM flexion 104°, ER 30°
            Next: AAROM per protocol next week.
            """,
            ["Z98.890", "M75.42"], [PT("97140", 10), PT("97110", 24)], [At(Mismatch, "97140")]),

        // WCOPT Nicole Ferrante (PTA) covering Jill's new shoulder patient in her shorthand ("TE 97110 (25 min) —", "MT 97140 (12 min) —"): exercises with doses, mobs with bouts, shoulder stiffness and weakness, flexion degrees; minutes match the PTA lines: passes.
        ["vord-h165-wc-yablonski-tx2-pta-ferrante"] = new(
            """
            WCOPT Wexford
            Yablonski, M. — seen by N. Ferrante PTA for J. Ostrowicz-Penn (at the Warrendale office today)
            TE 97110 (25 min) — overhead pulley 2x15, wand flexion and ER 3x10, wall walks 2x8, rows green band 3x12
            MT 97140 (12 min) — GH inferior glides grade III 3 bouts of 30, posterior glides grade III 3 bouts of 30
            Why: R shoulder capsular stiffness and loss of ER and elevation; choir robe zipper still out of reach
            Flexion PROM 128° today. No increase in pain after.
            Next: per Jill's POC.
            """,
            ["M75.01"], [PTA("97110", 25), PTA("97140", 12)], []),

        // WCOPT Brett's TKA template on a Thursday when he ran behind: the header's numbers left off, exercises and mobs named without doses, grades, bouts or degrees; deficit stated; no number but the codes and their minutes: measure missing on both lines.
        ["v5-h165-wc-kostelnik-busy-day-no-doses"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit | Kostelnik, Ray | Brett Szalai, PT, DPT, OCS
            S: Sore after shoveling the walk.
            97110 Therapeutic exercise — 24 min: quad sets, heel slides, SAQ, recumbent bike for range
            97140 Manual therapy — 12 min: patellar mobs, STM to the medial quad
            Problem list: L knee flexion and extension stiffness and L quad weakness after the L TKA; can't get up into the mail jeep or do his porch steps step over step
            Objective today: not measured, ran out of time
            A/P: Measure next visit.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 24), PT("97140", 12)], [At(Measure, "97110"), At(Measure, "97140")]),

        // WCOPT Jill's template with a single code, a new patient with mechanical neck pain: "Billed: 97140 (13 min)" — thoracic PA glides, cervical SNAG-free rotation mobs and STM to the levator, neck stiffness, rotation degrees: the contract's meaning for 97140; passes.
        ["v7-h165-wc-haldeman-97140-thoracic-glides"] = new(
            """
            WCOPT Wexford | Haldeman, P. (47) | Tx #1 | 12/16/2026 | J. Ostrowicz-Penn PT, DPT
            Billed: 97140 (13 min)
            Manual: central PA glides T3 to T6 grade III, cervical rotation mobs C4/5 grade II, STM to the R levator scapulae and upper trap
            Impairment: cervicothoracic stiffness with loss of R rotation; she can't turn to check her blind spot backing the school van
            Data: cervical rotation R 52°, L 70°
            Next: Add chin tucks and thoracic extension over the towel for home.
            """,
            ["M54.2", "M99.01"], [PT("97140", 13)], []),

        // ---------------------------------------------------------------- BCMC: Benedictine Coulee neuro outpatient, new patients

        // BCMC Teodora's neuro template, a new patient's visit 1 (a snowplough driver after a R MCA stroke): "☒ 1:1"; weight shifts, step-and-stick and stride-stance perturbations; hemi-walker gait with distance and assistance; L hemiparesis; Berg and 10-metre walk; bracketed 97112 24 and 97116 15 match: passes.
        ["vord-h165-bc-gruenke-v01"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Treatment note | Visit 1 | 12/14/2026 | T. Vance, PT, DPT, NCS
            Delivery: ☒ 1:1 ☐ concurrent ☐ group
            97112 NEUROMUSCULAR RE-EDUCATION [24 min]
              weight shifts onto the L with tapping to the L quad and glute; step-and-stick with the R onto the 4-inch step so the L takes the load; perturbations at the pelvis in stride stance
            97116 GAIT TRAINING [15 min]
              hemi-walker and the L AFO in the rehab hallway, 120 ft x2, minimal assist, cues for L heel strike and a longer R step
            Neuro impairments: L hemiparesis after the R MCA stroke in October: poor L weight acceptance, L knee buckling in early stance, delayed L step
            Measures: Berg 29/56; 10-metre walk 0.38 m/s with the hemi-walker
            Response/plan: Wife Darla takes the home program sheet; he wants to ride along in the plough truck by spring.
            """,
            ["I69.354", "R26.89"], [PT("97112", 24), PT("97116", 15)], []),

        // BCMC Teodora's template with Concurrent ticked ("☐ 1:1 ☒ concurrent ☐ group") and nothing else about delivery — a concurrent session is two patients in the billed time: one-on-one missing; otherwise complete; bracketed 97112 23 and 97116 14 match.
        ["v2-h165-bc-lemke-concurrent-ticked"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Treatment note | Visit 3 | 12/16/2026 | T. Vance, PT, DPT, NCS
            Delivery: ☐ 1:1 ☒ concurrent ☐ group
            97112 NEUROMUSCULAR RE-EDUCATION [23 min]
              reactive stepping to pushes in four directions; tandem walking along the mirror; turning in a tight square around the cones
            97116 GAIT TRAINING [14 min]
              straight cane on the skywalk, 300 ft with stand-by assist; stairs with one rail x4
            Neuro impairments: R hemiparesis after the L pontine stroke: slow R step, R toe catching in swing, postural sway on turns
            Measures: Berg 45/56; 7 of 10 pushes recovered with one step
            Response/plan: Stairs with no rail next.
            """,
            ["I69.351", "R26.89"], [PT("97112", 23), PT("97116", 14)], [At(OneOnOne, "97112")]),

        // BCMC Jonah's bullets, a new PD patient's session 1 (a polka accordionist): "1:1 with Jonah for all billed time"; big-amplitude stepping, backward pulls, sit-to-stand and floor-to-stand with counts; hypokinesia and slow postural responses; TUG and pull test; 97112 25 and 97530 13 match: passes.
        ["vord-h165-bc-wozniak-s01"] = new(
            """
            BCMC Neuro OP — Tomah satellite | PD plan | session 1 of 12 | 12/15/2026
            Stan Wozniak, 72 — Jonah Brightwater, PT, DPT
            • 1:1 with Jonah for all billed time
            • 97112 — 25 min — big side steps and back steps to floor targets; backward pulls at the shoulders with a step to recover; turning a half circle around the cone with big steps
            • 97530 — 13 min — sit to stand from the low mat x10 with stand-by assist; half-kneel to stand at the bench x4 with one hand
            • Targets: hypokinesia with short, shuffling steps and freezing at doorways; slow postural responses backward; he wants to stand to play the accordion at the Legion dance
            • Numbers: TUG 14.6 sec; pull test 5 steps to recover
            • Next: Home sheet for the big moves.
            """,
            ["G20.A1", "R26.89"], [PT("97112", 25), PT("97530", 13)], []),

        // BCMC Jonah's bullets, session 3 for the accordionist: Tai Ji Quan: Moving for Better Balance forms as the named method (weight-shift "rock the boat", single-leg step forward and back), "1:1 with Jonah"; postural control and weight shift; counts and TUG; 97112 26 matches: passes.
        ["v3-h165-bc-wozniak-s03-tai-ji-quan"] = new(
            """
            BCMC Neuro OP — Tomah satellite | PD plan | session 3 of 12 | 12/17/2026
            Stan Wozniak, 72 — Jonah Brightwater, PT, DPT
            • 1:1 with Jonah for all billed time
            • 97112 — 26 min — Tai Ji Quan: Moving for Better Balance forms: rock the boat weight shifts forward and back, step forward and back on a single leg, brush knee with a slow turn of the trunk
            • Targets: slow postural responses and poor lateral weight shift with the PD; freezes on the turn at the bandstand
            • Numbers: TUG 13.9 sec; held single-leg step 6 of 8 without a hand
            • Next: Add the hand-holding form.
            """,
            ["G20.A1", "R26.89"], [PT("97112", 26)], []),

        // BCMC Lise's follow-up template, a new patient (a school cafeteria cook with vestibular neuritis): "Seen individually."; X1 viewing seated and standing, foam stance with head turns; R vestibular hypofunction; DVA and foam seconds; 97112 27 matches: passes.
        ["vord-h165-bc-thielen-f1"] = new(
            """
            BCMC NEURO OUTPATIENT — FOLLOW-UP #1 | 12/14/2026 | Nadine Thielen, 55 | L. Aamodt, PT, DPT
            Seen individually.
            97112 (27 min):
             - X1 viewing at arm's length, seated then standing, horizontal, 4 sets
             - feet together on firm and foam, eyes open, with slow head turns
             - walking the hall reading the menu card on the wall to her side
            Target: R vestibular hypofunction after neuritis in November — the steam tables swim when she turns to the line, veers R carrying trays
            Today's numbers: DVA lost 4 lines; mCTSIB foam eyes closed 9 sec
            Plan: X1 with a busier background next time.
            """,
            ["H81.21", "R42"], [PT("97112", 27)], []),

        // BCMC Lise's follow-up #2 for the cook: "Target: see initial eval" — no deficit or system in the note; foam stance, tandem walking and stepping over the hurdles named (no region, no system); numbers; "Seen individually."; 97112 25 matches: deficit missing.
        ["v4-h165-bc-thielen-f2-target-see-initial-eval"] = new(
            """
            BCMC NEURO OUTPATIENT — FOLLOW-UP #2 | 12/16/2026 | Nadine Thielen, 55 | L. Aamodt, PT, DPT
            Seen individually.
            97112 (25 min):
             - standing on foam, eyes closed, feet apart then together
             - tandem walking forward and back along the tape line
             - stepping over the hurdle row and stopping on cue
            Target: see initial eval
            Today's numbers: mCTSIB foam eyes closed 14 sec; tandem walk 10 steps without a side step
            Plan: Same.
            """,
            ["H81.21", "R42"], [PT("97112", 25)], [At(Deficit, "97112")]),

        // BCMC Rafe Ekwueme covering Teodora's new stroke patient in plain narrative: "Saw Mr. Gruenke one-on-one for everything"; perturbations, stepping strategy and step-ups; hemi-walker gait with distance and assistance; L hemiparesis; Berg and pushes; "NMR 97112: 25 min" and "Gait 97116: 13 min" match: passes.
        ["vord-h165-bc-gruenke-v02-covering-ekwueme"] = new(
            """
            Benedictine Coulee Neuro OP (Sparta) — covering for T. Vance, at the stroke conference.
            Saw Mr. Gruenke one-on-one for everything. Darla sat in the lobby with her knitting.
            NMR 97112: 25 min. Perturbations at the pelvis in stride stance, stepping-strategy drills forward and to the L on my cue, L step-ups onto the 4-inch step with the R hovering.
            Gait 97116: 13 min. Hemi-walker with the AFO down the hallway, 150 ft x2 with minimal assist; worked on L heel strike and not hiking the hip.
            He still has the L hemiparesis with L knee buckling in early stance.
            Berg 31/56 today; 4 of 10 pushes recovered with one step.
            R. Ekwueme, PT
            """,
            ["I69.354", "R26.89"], [PT("97112", 25), PT("97116", 13)], []),

        // BCMC Teodora's template with the 97116 heading's minute bracket left empty ("97116 GAIT TRAINING [__ min]") on a two-code visit: no minutes for the second timed code — separate time missing; content complete; 97112's 24 matches.
        ["v6-h165-bc-lemke-gait-bracket-empty"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Treatment note | Visit 4 | 12/18/2026 | T. Vance, PT, DPT, NCS
            Delivery: ☒ 1:1 ☐ concurrent ☐ group
            97112 NEUROMUSCULAR RE-EDUCATION [24 min]
              single-leg stance on the R with L toe taps to the cones; reactive steps to pushes; tandem on the foam beam
            97116 GAIT TRAINING [__ min]
              straight cane on the skywalk, 400 ft with stand-by assist; curb up and down x4 with contact guard
            Neuro impairments: R hemiparesis after the L pontine stroke: slow R step, R toe catching in swing, postural sway on turns
            Measures: Berg 47/56; single-leg stance R 6 sec
            Response/plan: Community curbs next week.
            """,
            ["I69.351", "R26.89"], [PT("97112", 24), PT("97116", 15)], [SepTime]),

        // ---------------------------------------------------------------- DRCH: Dismal River Community Hospital therapy department, new patients

        // DRCH Darlene's daily note, a new patient's Rx #1 (a county road-grader operator after a L ankle ORIF): ankle exercises with doses and walker-to-crutch gait with distance and assistance; L ankle stiffness and weakness — a knee that folds stepping down from the grader cab; "Time: 97110 = 25 min; 97116 = 12 min" matches: passes.
        ["v4-h165-dr-kucera-rx1-grader-cab"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #1 — 12/14/2026
            Seen by: D. Vrbka PT
            Time: 97110 = 25 min; 97116 = 12 min
            Treatment: ther ex — ankle alphabet x2, towel scrunches 2x20, seated heel raises 2x15, DF stretch with the strap 3 holds of 30 sec; gait — axillary crutches to the front-wheeled walker in the hall, 100 ft x2 with stand-by assist, 50% weight bearing
            Problem: L ankle stiffness into DF and L calf weakness after the L bimalleolar ORIF in October; his L knee folds when he steps down off the grader cab onto the ladder
            Objective: L ankle DF -4°, PF 30°; gait 100 ft stand-by assist
            Plan: Cleared to full weight bearing 12/21 per Dr. Kanode.
            """,
            ["S82.842D"], [PT("97110", 25), PT("97116", 12)], []),

        // DRCH Darlene's daily note, a new balance patient's Rx #1 (a 4-H leader who fell in the show barn): "1:1 in the therapy gym"; foam and eyes-closed stance, stepping over the lead rope, lateral pushes; strengthening with doses; postural sway and slow stepping; Berg with the eval's score and tandem seconds; 97112 24 and 97110 13 match: passes.
        ["vord-h165-dr-hanna-rx1"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #1 — 12/15/2026
            Seen by: D. Vrbka PT — 1:1 in the therapy gym
            Time: 97112 = 24 min; 97110 = 13 min
            Treatment: NMR — feet together on firm and foam with eyes open and closed, stepping over a lead rope laid in the hall and stopping on cue, lateral pushes at the hips; ther ex — sit to stand 2x10, side-stepping with the red band 2 laps, heel raises 2x15
            Problem: increased postural sway and a slow protective step since she fell in the show barn at the county fair; weak hips
            Objective: Berg 41/56 (eval 38); tandem R in front 7 sec, L in front 4 sec
            Plan: Home program; no ladder in the hay loft.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24), PT("97110", 13)], []),

        // DRCH Darlene's daily note, the 4-H leader's Rx #2: "ran her with Mr. Licari's balance session, both at the counter on the foam, taking turns" — another patient treated in the billed block: one-on-one missing; techniques, deficit, numbers and minutes present.
        ["v1-h165-dr-hanna-rx2-mr-licari-at-the-counter"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #2 — 12/17/2026
            Seen by: D. Vrbka PT — ran her with Mr. Licari's balance session, both at the counter on the foam, taking turns
            Time: 97112 = 23 min; 97110 = 14 min
            Treatment: NMR — foam stance with head turns, tandem at the counter, reaching to the cones off the foam; ther ex — sit to stand 2x12, side-stepping with the red band 3 laps, bridges 2x12
            Problem: increased postural sway and a slow protective step since the fall in the show barn; weak hips
            Objective: Berg 43/56; tandem R in front 10 sec
            Plan: Same.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97110", 14)], [At(OneOnOne, "97112")]),

        // DRCH Trent Mlnarik (PTA) covering on Darlene's outreach day, single code: step-ups, band walks and heel raises with doses and loads; L ankle and calf weakness; "Time: 97110 = 24 min" matches: passes.
        ["vord-h165-dr-kucera-rx2-pta-mlnarik"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #2 — 12/16/2026
            Seen by: T. Mlnarik PTA (D. Vrbka PT at the Mullen clinic today)
            Time: 97110 = 24 min
            Treatment: ther ex — step-ups onto the 4-inch step 3x10, standing heel raises holding the bars 3x12, lateral band walks with the green band 3 laps, ankle eversion with the red band 2x15
            Problem: L ankle stiffness into DF and L calf weakness after the L bimalleolar ORIF; L knee folds stepping down off the grader cab
            Objective: Heel raises on the L 8 before fatigue
            Plan: Back to Darlene Friday.
            """,
            ["S82.842D"], [PTA("97110", 24)], []),

        // DRCH Darlene's Rx #3 for the grader operator: "Time: 97110 = 23 min; 97116 = 14 min" but the 97116 line is 26 minutes (the gait block ran long on the ramp) — mismatch on 97116 (12 apart); 97110's 23 matches; content complete.
        ["v6-h165-dr-kucera-rx3-gait-fourteen-on-twenty-six"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #3 — 12/18/2026
            Seen by: D. Vrbka PT
            Time: 97110 = 23 min; 97116 = 14 min
            Treatment: ther ex — step-ups 6-inch 3x10, heel raises 3x12, DF stretch on the slant board 3 holds of 30 sec; gait — single-point cane in the hall and on the ramp, 250 ft with stand-by assist, cues for L push-off
            Problem: L ankle stiffness into DF and L calf weakness after the L bimalleolar ORIF; L knee folds stepping down off the grader cab
            Objective: L ankle DF 2°; ramp up and down x3 stand-by assist
            Plan: Ladder simulation next week.
            """,
            ["S82.842D"], [PT("97110", 23), PT("97116", 26)], [At(Mismatch, "97116")]),

        // DRCH Darlene's Rx #1 for a new fall-risk patient, measures in her forms: Berg with the eval's score in brackets, tandem seconds by leg and the CDC four-stage test's stage; "1:1 in the therapy gym"; rocker board, foam head turns and perturbations; proprioceptive and postural deficits; 97112 25 matches: passes.
        ["v5-h165-dr-pospisil-rx1-measures-in-her-forms"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #1 — 12/16/2026
            Seen by: D. Vrbka PT — 1:1 in the therapy gym
            Time: 97112 = 25 min
            Treatment: NMR — rocker board A/P with eyes closed, foam stance with head turns, perturbations at the shoulders forward and back
            Problem: impaired proprioception in both feet and poor postural control; caught her toe on the cattle guard and fell walking to the mailbox
            Objective: Berg 39/56 (eval [35/56]); tandem R 5 sec, L 3 sec; four-stage balance test stage 2
            Plan: Grab bar for the tub ordered.
            """,
            ["R26.81", "E11.42"], [PT("97112", 25)], []),

        // DRCH Darlene's outreach note at the Mullen clinic: walker to single-point cane across the hallway, the gravel lot and the curb with distances and assistance; short R step and wide base after a R hip fracture — the contract's meaning for 97116; "Time: 97116 = 22 min" matches: passes.
        ["v7-h165-dr-svoboda-97116-gravel-lot"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN CLINIC)
            OP PT Daily Note — Rx #1 — 12/17/2026
            Seen by: D. Vrbka PT
            Time: 97116 = 22 min
            Treatment: gait — front-wheeled walker to single-point cane in the outreach hallway 150 ft x2 with contact guard; cane across the gravel lot to his pickup 80 ft with contact guard; curb up and down x3 with minimal assist; cues for a longer R step and heel strike
            Problem: short R step, wide base and a R trunk lean after the R hip fracture repair in November; wants to walk the gravel to the sale barn
            Objective: cane 150 ft contact guard in the hall
            Plan: Back here at Mullen next Thursday.
            """,
            ["S72.001D"], [PT("97116", 22)], []),

        // DRCH Darlene's complete note for the 4-H leader's neighbour (foam and perturbations, strength with doses, 1:1, deficit, Berg; minutes match) whose claim went out with no diagnosis: diagnosis missing only.
        ["vord-h165-dr-novak-rx1-no-diagnosis"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #1 — 12/18/2026
            Seen by: D. Vrbka PT — 1:1 in the therapy gym
            Time: 97112 = 22 min; 97110 = 15 min
            Treatment: NMR — foam stance eyes closed, lateral perturbations at the hips, stepping over the hurdles; ther ex — sit to stand 2x10, heel raises 2x15, hip abduction 2 lb cuff 2x12
            Problem: postural sway and a late protective step; weak hips and ankles; two falls in the calving barn this fall
            Objective: Berg 44/56; foam eyes closed 11 sec
            Plan: Home program.
            """,
            [], [PT("97112", 22), PT("97110", 15)], [Dx]),

        // ---------------------------------------------------------------- MRCH ITP: the winter intensive's second week

        // MRCH Mankato AM, Solveig: "Ratio: ☒ 1:1"; half-kneel to stand on the foam, stepping stones, perturbations on the therapy ball; trunk and L hip motor control with diplegic CP; stepping-stone count and single-leg seconds; "This session only: 97112 · 24 min" matches: passes.
        ["vord-h165-mrch-solveig-am-stepping-stones"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Winter intensive, day 6 of 10
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 24 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: trunk and L hip motor control with spastic diplegic CP, age 9; she crouches and loses her balance stepping off the school bus
            Activities: half-kneel to stand from the foam block leading with each leg; crossing the stepping stones without a hand; perturbations sitting and kneeling on the therapy ball
            Data: stepping stones 7 of 10 crossings with no hand; single-leg stance L 3 sec (1 on day 1)
            """,
            ["G80.1"], [PT("97112", 24)], []),

        // MRCH Owatonna PM, Solveig: "Ratio: ☒ 1:1 — mom filmed from the mat for the home program" (family, not a patient); tall-kneel ball catches, balance-beam walking, reactive steps on the trampoline edge; postural control with ataxic CP; beam steps and catches; 97112 22 matches: passes.
        ["v1-h165-mrch-mom-filmed-from-the-mat"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Winter intensive, day 7 of 10
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 22 min
            Ratio: ☒ 1:1 — mom filmed from the mat for the home program
            Targets: postural control and timing of trunk responses with ataxic CP, age 6; he topples sideways when a classmate bumps him in line
            Activities: tall-kneel catching a ball tossed off to each side; walking the low balance beam heel to toe; reactive steps off the mini-trampoline edge to my push at the hips
            Data: balance beam 8 steps before a step-off; 6 of 10 catches held in tall kneel
            """,
            ["G80.4"], [PT("97112", 22)], []),

        // MRCH Mankato PM: "Ratio: ☐ 1:1 ☒ 1:2 ☐ group" ticked (two children in the block) on a 97112 — one-on-one missing; techniques, targets and data present; 97112 23 matches.
        ["v2-h165-mrch-one-to-two-ticked"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Winter intensive, day 7 of 10
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 23 min
            Ratio: ☐ 1:1  ☒ 1:2  ☐ group
            Targets: trunk and L hip motor control with spastic diplegic CP, age 9; she crouches and loses her balance stepping off the school bus
            Activities: stepping stones with a beanbag on her head; half-kneel to stand on the foam; tandem walking on the balance beam
            Data: stepping stones 8 of 10 crossings with no hand; beam 6 steps before a step-off
            """,
            ["G80.1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // MRCH Owatonna AM: the ratio row saved with nothing ticked ("Ratio: ☐ 1:1 ☐ 1:2 ☐ group") and nothing else about delivery — one-on-one missing; the rest present; 97112 24 matches.
        ["v2-h165-mrch-ratio-row-empty"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Winter intensive, day 8 of 10
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 24 min
            Ratio: ☐ 1:1  ☐ 1:2  ☐ group
            Targets: postural control and timing of trunk responses with ataxic CP, age 6; he topples sideways when bumped in line
            Activities: tall-kneel ball catches off to the side; low beam heel to toe; quadruped on the therapy ball with perturbations
            Data: beam 10 steps before a step-off; quadruped held 12 sec on the ball
            """,
            ["G80.4"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // MRCH Mankato, Dario (PTA): a 97116 (posterior walker to forearm crutches in the hall and up the ramp, cues for heel strike) with distances and assistance; crouch gait with diplegic CP; 97116 21 matches: passes.
        ["vord-h165-mrch-dario-97116-forearm-crutches"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Winter intensive, day 8 of 10
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97116 · 21 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: crouch gait with short steps and toe-walking on the R with spastic diplegic CP, age 11; can't keep up with his class in the school hallway
            Activities: gait training from the posterior walker to forearm crutches in the hall with cues for heel strike and longer steps; up and down the ramp with the crutches
            Data: forearm crutches 200 ft with contact guard; ramp x3 with stand-by assist
            """,
            ["G80.1"], [PTA("97116", 21)], []),

        // MRCH Owatonna, Merritt (OT): the ladder-and-slide circuit — climbing the slide ladder foot over foot, carrying a bucket of beanbags up and sliding down, crawling through the tunnel — with rungs and trips: the contract's meaning for 97530; L hemiplegia and bilateral coordination; 97530 20 matches: passes.
        ["v7-h165-mrch-merritt-97530-slide-ladder"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Winter intensive, day 9 of 10
            Treating therapist this session: Merritt Oyelaran, OTR/L
            This session only: 97530 · 20 min
            Ratio: ☐ 1:1  ☐ 1:2  ☒ group (three kids on the playground circuit)
            Targets: L hand use and bilateral coordination with L hemiplegic CP, age 6; she can't take the slide ladder foot over foot or hold on with the L hand at recess
            Activities: climbing the slide ladder gripping each rung with both hands; carrying a bucket of beanbags up the steps and sliding down holding it in the L; crawling through the tunnel with weight on the L hand
            Data: ladder 5 rungs foot over foot with stand-by assist; bucket carried 4 trips with the L hand
            """,
            ["G80.2"], [OT("97530", 20)], []),

        // MRCH Mankato, Solveig, measures in the ITP's forms: wobble-disc seconds with day 1's in brackets and catches out of ten; "Ratio: ☒ 1:1"; wobble disc, kneel-walk and reactive sitting work; trunk postural control; 97112 23 matches: passes.
        ["v5-h165-mrch-wobble-disc-seconds"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Winter intensive, day 9 of 10
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 23 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: trunk postural control and delayed protective reactions with hypotonic CP, age 5; she falls from sitting on the classroom bench
            Activities: standing on the wobble disc with hand-held assist then none; kneel-walking across the mat; sitting on the peanut ball with lateral pushes
            Data: wobble disc 9 sec hands-free (day 1: [2 sec]); protective arm out 7 of 10 lateral pushes
            """,
            ["G80.8"], [PT("97112", 23)], []),

        // MRCH Owatonna PM: "This session only: 97112 · 23 min" pasted from the morning's note onto the 12-minute afternoon line (the session ended early when he fell asleep) — mismatch on 97112 (11 apart); "Ratio: ☒ 1:1", technique, target and data present.
        ["v6-h165-mrch-am-minutes-on-the-pm-session"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Winter intensive, day 10 of 10
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 23 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: postural control and timing of trunk responses with ataxic CP, age 6; topples sideways when bumped
            Activities: tall-kneel ball catches; low beam heel to toe. Session ended early, he fell asleep on the mat.
            Data: beam 11 steps before a step-off
            """,
            ["G80.4"], [PT("97112", 12)], [At(Mismatch, "97112")]),

        // ---------------------------------------------------------------- RBVC: Red Butte Vestibular & Concussion, the next Intensive Week

        // RBVC West Sedona Mon, Marisol, a new patient (a pink-jeep mechanic): "1:1 — Marisol and Mr. Lomayestewa"; X1 viewing on foam, head-turn walking on the gravel path, habituation lying back on the creeper; L vestibular hypofunction; DGI and DVA; "Sess A ▸ 97112 ▸ 23 min" matches: passes.
        ["vord-h165-rbvc-jeep-mechanic-mon"] = new(
            """
            RBVC West Sedona — Intensive Week — Mon
            Sess A ▸ 97112 ▸ 23 min
            1:1 — Marisol and Mr. Lomayestewa.
            Tx: X1 viewing standing on foam, horizontal then vertical; walking the gravel path with yaw head turns; habituation lying back onto the mechanic's creeper and sitting up
            L vestibular hypofunction; the garage spins when he rolls out from under a jeep.
            DGI 16/24; DVA lost 4 lines.
            M. Etsitty-Crane PT DPT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // RBVC Williams Tue, the "Tx:" row saved with no box ticked ("☐ gaze stab ☐ habituation ☐ OKN") and no technique written anywhere; 1:1, deficit and numbers present: technique missing only.
        ["v2-h165-rbvc-tx-row-unticked"] = new(
            """
            RBVC Williams — Intensive Week — Tue
            Sess B ▸ 97112 ▸ 22 min
            1:1 — Graydon and Mr. Sixkiller.
            Tx: ☐ gaze stab ☐ habituation ☐ OKN
            R vestibular hypofunction after neuritis; the ski lift cables swim when he looks up to check the chairs.
            DGI 18/24; DVA lost 3 lines.
            G. Pike PT
            """,
            ["H81.21"], [PT("97112", 22)], [At(Tech, "97112")]),

        // RBVC east Flagstaff Mon, Graydon, a new patient (a ski-lift operator): "1:1 — Graydon and Ms. Yellowhorse; her sister read by the window" (family, not a patient); OKN stripes while stepping, X2 viewing, head turns on foam; visual motion sensitivity after concussion; DGI and VOMS; 97112 24 matches: passes.
        ["v1-h165-rbvc-sister-by-the-window"] = new(
            """
            RBVC east Flagstaff — Intensive Week — Mon
            Sess A ▸ 97112 ▸ 24 min
            Tx: ☒ gaze stab ☐ habituation ☒ OKN
            1:1 — Graydon and Ms. Yellowhorse; her sister read by the window.
            OKN stripes on the projector while marching in place; X2 viewing seated; feet together on foam with head turns.
            Visual motion sensitivity and vestibulo-ocular dysfunction after the concussion on the bunny-hill lift; the moving chairs make her sick.
            DGI 19/24; VOMS symptom total 14 (22 on eval).
            G. Pike PT
            """,
            ["S06.0X0D", "H81.8X3"], [PT("97112", 24)], []),

        // RBVC Williams Wed, Juniper (PTA): "Ran Sess A for Mr. Tewa and Mrs. Sandoval together on the foam path, alternating" — another patient treated in the billed session: one-on-one missing; techniques, deficit and numbers present.
        ["v1-h165-rbvc-two-on-the-foam-path"] = new(
            """
            RBVC Williams — Intensive Week — Wed
            Sess A ▸ 97112 ▸ 23 min
            Ran Sess A for Mr. Tewa and Mrs. Sandoval together on the foam path, alternating.
            Tx: walking the foam path with head turns; X1 viewing standing; stepping over the hurdles and stopping on cue
            Bilateral vestibular hypofunction; Mr. Tewa staggers in the dark on the trail behind his house.
            DGI 15/24; foam eyes closed 6 sec.
            J. Halvorsen PTA
            """,
            ["H81.23"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // RBVC east Flagstaff Wed, Graydon's Sess B: "1:1 — just Graydon and Mr. Whitehat"; habituation to the MSQ's worst positions, walking with pitch head turns, foam with eyes closed; R vestibular hypofunction; MSQ and DGI; 97112 21 matches: passes.
        ["vord-h165-rbvc-whitehat-wed-b"] = new(
            """
            RBVC east Flagstaff — Intensive Week — Wed
            Sess B ▸ 97112 ▸ 21 min
            Day sheet: Mon A ✓ B ✓ · Tue A ✓ B ✓ · Wed A ✓ B ✓
            1:1 — just Graydon and Mr. Whitehat.
            Tx: habituation to his worst MSQ positions (supine to sit, sit to nose to R knee); walking the hall with pitch head turns; foam stance with eyes closed
            R vestibular hypofunction; the dizziness on bending stops him checking the tire chains.
            MSQ 18 (31 on eval); DGI 20/24.
            G. Pike PT
            """,
            ["H81.21"], [PT("97112", 21)], []),

        // RBVC Williams Thu, Juniper (PTA): "DGI ___ DVA ___" never filled and no other number; 1:1, techniques and deficit present; no number but the code and its minutes: measure missing.
        ["v5-h165-rbvc-dgi-dva-blanks"] = new(
            """
            RBVC Williams — Intensive Week — Thu
            Sess A ▸ 97112 ▸ 22 min
            One-on-one — Juniper and Mrs. Sandoval.
            Tx: gaze stabilization standing on foam; walking the hall with head turns; tandem on the firm beam
            Bilateral vestibular hypofunction; she staggers on the gravel drive at night.
            DGI ___ DVA ___
            J. Halvorsen PTA
            """,
            ["H81.23"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // RBVC West Sedona Thu, Marisol's jeep mechanic, Sess B: "1:1 — Marisol and Mr. Lomayestewa; his wife waited in the truck"; X1 viewing walking, habituation on the creeper, foam with head turns; L vestibular hypofunction; DGI and DVA improved; 97112 22 matches: passes.
        ["vord-h165-rbvc-jeep-mechanic-thu"] = new(
            """
            RBVC West Sedona — Intensive Week — Thu
            Sess B ▸ 97112 ▸ 22 min
            1:1 — Marisol and Mr. Lomayestewa; his wife waited in the truck.
            Tx: X1 viewing while walking the hall; habituation rolling out on the creeper and sitting up, both directions; foam stance with yaw head turns
            L vestibular hypofunction; less spinning under the jeeps.
            DGI 20/24; DVA lost 2 lines (4 on Mon).
            M. Etsitty-Crane PT DPT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // RBVC West Sedona Fri, a catch-up note left as "Per plan. Tolerated well. Continue." under the session line — no technique, deficit, measure or one-on-one: wholly generic.
        ["v7-h165-rbvc-generic-friday"] = new(
            """
            RBVC West Sedona — Intensive Week — Fri
            Sess A ▸ 97112 ▸ 21 min
            Per plan. Tolerated well. Continue.
            M. Etsitty-Crane PT DPT
            """,
            ["H81.22"], [PT("97112", 21)], [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- SPL: Sawtooth Performance Lab

        // SPL Boise, Tamsin, a new athlete (a Nordic biathlete): "Attendance: 1:1"; single-leg squats to a stick on the half dome with rifle-weight vest, reactive hops, eyes-closed stance on the foam; R ankle proprioception after a sprain; hold seconds and wobble events; Block A 23 matches: passes.
        ["vord-h165-spl-biathlete-block-a"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE
            SESSION REPORT · Athlete: Kaija Lindgren (Nordic biathlete) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 23 min
            Attendance: 1:1
            Work: single-leg squat to a stick on the half dome wearing the 8 lb vest; lateral hops onto the foam to a stick; single-leg stance with eyes closed on the foam, holding the prone-to-stand sequence
            Limiter: R ankle proprioception after the inversion sprain on the range; the ankle gives on the icy standing mat
            DATA PASTE ▼
              SL hold EC on foam · R 11 s | L 27 s
              lateral hop sticks · R 5 of 10 | L 9 of 10
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // SPL McCall, Mateo, two blocks for a hockey defenceman: hip posterior glides and distraction in Block A, Copenhagen adduction protocol (short lever, 3x6 each side) and lateral lunges in Block B; adductor weakness with groin pain and hip stiffness; squeeze dynamometer and IR degrees; "BLOCK A · 97140 manual · 12 min" and "BLOCK B · 97110 ther ex · 24 min" match: passes.
        ["v3-h165-spl-copenhagen-adduction"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Brody Kessler (hockey defenceman) · Clinician: Mateo Arriaga, PT
            BLOCK A · 97140 manual · 12 min
            Work: L hip posterior glides with a belt in 90° flexion, grade III; long-axis distraction, grade IV
            BLOCK B · 97110 ther ex · 24 min
            Work: Copenhagen adduction protocol, short lever, 3x6 each side; lateral lunges with the 25 lb kettlebell 3x8; slideboard adductor pull-ins 3x10
            Limiter: L adductor weakness with groin pain on the stride push and L hip stiffness into internal rotation
            DATA PASTE ▼
              adductor squeeze (dynamometer) 31 kg | L hip IR 24°
            """,
            ["S76.212D", "M25.652"], [PT("97140", 12), PT("97110", 24)], []),

        // SPL Eagle, Brielle (PTA): "Attendance: semi-private — Kade and his teammate both on the slideboard, I cued them in turns" — another patient treated in the block: one-on-one missing; technique, limiter and data present.
        ["v1-h165-spl-teammate-on-the-slideboard"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Kade Burris (hockey forward) · Clinician: Brielle Sato, PTA
            BLOCK A · 97112 NMR · 22 min
            Attendance: semi-private — Kade and his teammate both on the slideboard, I cued them in turns
            Work: slideboard strides to a stick on one leg; reactive stops to a called colour; single-leg stance on the foam with stick handling
            Limiter: L knee proprioception and late quad firing after the MCL sprain; the knee wobbles on the crossover
            DATA PASTE ▼
              SL hold EC on foam · L 13 s | R 24 s
            """,
            ["S83.412D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // SPL Eagle, Jordan: "☑ 1:1 ☐ semi-private" ticked; drop landings to a stick, band-resisted lateral bounds, eyes-closed foam; R knee proprioception; landing error score and hold seconds; Block A 24 matches: passes.
        ["v2-h165-spl-one-to-one-box-ticked"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Talia Moreno (club volleyball) · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 24 min
            Attendance: ☑ 1:1 ☐ semi-private
            Work: drop landings off the 12 in box to a stick; band-resisted lateral bounds to a stick; single-leg stance with eyes closed on the foam
            Limiter: R knee proprioception and valgus collapse on landing after the patellar dislocation
            DATA PASTE ▼
              LESS landing errors 6 (9 on 12/07)
              SL hold EC on foam · R 16 s | L 25 s
            """,
            ["S83.004D"], [PT("97112", 24)], []),

        // SPL Eagle, Jordan: "DATA PASTE ▼ (sensor did not sync)" and no number anywhere else; 1:1, techniques and limiter present; no number but the code and its minutes: measure missing.
        ["v5-h165-spl-sensor-did-not-sync"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Talia Moreno (club volleyball) · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 23 min
            Attendance: ☑ one-on-one ☐ semi-private
            Work: drop landings to a stick; lateral bounds against the band; single-leg stance with eyes closed on the foam with ball tosses
            Limiter: R knee proprioception and valgus collapse on landing after the patellar dislocation
            DATA PASTE ▼
              (sensor did not sync)
            """,
            ["S83.004D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // SPL Boise, Tamsin: "BLOCK A · 97112 NMR · 30 min" carried from last week's report onto an 18-minute block — mismatch on 97112 (12 apart); Block B 97110 20 matches; content complete.
        ["v6-h165-spl-thirty-on-eighteen"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE
            SESSION REPORT · Athlete: Kaija Lindgren (Nordic biathlete) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 30 min
            Attendance: 1:1
            Work: lateral hops onto the foam to a stick; eyes-closed single-leg stance on the half dome; reactive catches in single-leg stance
            BLOCK B · 97110 ther ex · 20 min
            Work: single-leg calf raises off the step 3x15, banded eversion 3x15, Bulgarian split squats 20 lb 3x8
            Limiter: R ankle proprioception and peroneal weakness after the inversion sprain; the ankle gives on the icy standing mat
            DATA PASTE ▼
              SL hold EC on foam · R 17 s | L 27 s
            """,
            ["S93.401D"], [PT("97112", 18), PT("97110", 20)], [At(Mismatch, "97112")]),

        // SPL McCall, Brielle (PTA): a 97530 for a ranch hand (lifting hay bales from the floor to the truck-bed height, carrying two water buckets, stepping up into the tractor cab) with loads, trips and assistance; low back and hip weakness; Block A 22 matches: passes.
        ["vord-h165-spl-pta-97530-hay-bales"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Wade Tolliver (ranch hand, Long Valley) · Clinician: Brielle Sato, PTA
            BLOCK A · 97530 functional · 22 min
            Work: lifting a 40 lb practice bale from the floor to the tailgate-height platform with a hip hinge; carrying two 25 lb water buckets across the gym; stepping up into the tractor-cab simulator with three points of contact
            Limiter: low back pain and weak hip extensors after the lumbar strain; can't throw bales or carry water to the stock tank
            DATA PASTE ▼
              bale lifts 8 with good mechanics; bucket carry 4 trips independent; cab step-ups 6 with stand-by assist
            """,
            ["S39.012D"], [PTA("97530", 22)], []),

        // SPL Boise, Tamsin's second new athlete: "Attendance: 1:1 — her coach watched through the glass" (not a patient); perturbation catches on the Bosu, single-leg hops to a stick, eyes-closed stance; L ankle proprioception; hold seconds and hop sticks; Block A 22 matches: passes.
        ["vord-h165-spl-coach-through-the-glass"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE
            SESSION REPORT · Athlete: Maren Solheim (freestyle skier) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 22 min
            Attendance: 1:1 — her coach watched through the glass
            Work: perturbation catches standing on the Bosu; single-leg hops forward to a stick; single-leg stance with eyes closed on the foam
            Limiter: L ankle proprioception after the high ankle sprain; lands unstable off the rail
            DATA PASTE ▼
              SL hold EC on foam · L 14 s | R 26 s
              forward hop sticks · L 6 of 10 | R 10 of 10
            """,
            ["S93.432D"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- NLMC: Northwoods Lakes Medical Center Balance Center

        // NLMC Brainerd, Ingeborg, a new patient (an ice-fishing guide on Mille Lacs): "Attendance: 1:1"; rocker board eyes closed, foam stance with perturbations, stepping over the ice-auger handle; feet that won't stay under him when the auger kicks on the lake ice — proprioceptive loss and a late step; Berg and rocker seconds; 24 minutes matches: passes.
        ["v4-h165-nlmc-auger-kicks-on-the-ice"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD CLINIC
            TREATMENT NOTE · Pt: Arne Skogstad · Clinician: Ingeborg Halvorsen, PT, DPT
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: 1:1
            Treatment: rocker board A/P with eyes closed; foam stance with perturbations at the shoulders; stepping over the ice-auger handle laid on the floor and stopping on cue
            Impairment: proprioceptive loss in both feet with the neuropathy and a late protective step; his feet won't stay under him when the auger kicks on the lake ice
            ▶ Imported device report — none; typed: Berg 45/56; rocker board 8 sec without an edge touch
            """,
            ["E11.42", "R26.81"], [PT("97112", 24)], []),

        // NLMC Baxter, Curtis: "Attendance: ______" never filled and nothing else about delivery — one-on-one missing; techniques, impairment and device numbers present; 22 minutes matches.
        ["v2-h165-nlmc-attendance-blank"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER CLINIC
            TREATMENT NOTE · Pt: Lorraine Vick · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: ______
            Treatment: sensory organization training on the platform with sway-referenced vision; reactive stepping to the platform translations; tandem on the foam beam
            Impairment: poor use of vestibular input for balance with vision taken away; she falls in the dark on her way to the bathroom
            ▶ Imported device report — SOT composite 54; condition 5 falls 2 of 3
            """,
            ["R26.81", "H81.93"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // NLMC Baxter, Curtis, two services for a Christmas-tree farm hand: "Attendance: 1:1 the whole visit"; platform perturbations and foam head turns; cane gait on the winter-walk mat with distance and assistance; proprioceptive loss and a wide, shuffling gait; device and typed numbers; 23 and 14 minutes match: passes.
        ["vord-h165-nlmc-tree-farm-two-services"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER CLINIC
            TREATMENT NOTE · Pt: Duane Hokanson · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Service: 97116 Gait training — 14 minutes
            Attendance: 1:1 the whole visit
            Treatment: platform perturbations forward and back with a step to recover; foam stance with head turns; gait training with the straight cane across the winter-walk mat and the ramp with cues for a narrower base
            Impairment: proprioceptive loss in both feet and a wide, shuffling gait; he can't walk the snowy tree rows to tag the balsams
            ▶ Imported device report — platform: 6 of 10 perturbations recovered with one step; typed: cane 300 ft stand-by assist on the mat
            """,
            ["E11.42", "R26.89"], [PT("97112", 23), PT("97116", 14)], []),

        // NLMC Crosby, Marisa (PTA): a 97110 (sit to stand from the low chair, step-ups, hip abduction with the cuff weight) with doses; R hip and quad weakness; 21 minutes matches: passes.
        ["vord-h165-nlmc-pta-97110-sit-to-stand"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY CLINIC
            TREATMENT NOTE · Pt: Elsie Mattila · Clinician: Marisa Pelletier, PTA
            Service: 97110 Therapeutic exercise — 21 minutes
            Treatment: sit to stand from the low chair 3x8; step-ups onto the 6 in step 3x10; standing hip abduction with the 3 lb cuff 3x12; heel raises 2x15
            Impairment: R hip and quad weakness after the R hip fracture; she can't get up from her sauna bench
            ▶ Imported device report — none
            """,
            ["S72.001D"], [PTA("97110", 21)], []),

        // NLMC Crosby, Delphine (OT): a 97530 (hanging wash on the indoor line, carrying the basket down two steps, reaching to the cupboard for the coffee can) with trips and assistance; L hemiparesis and reach; 20 minutes matches: passes.
        ["vord-h165-nlmc-ot-97530-wash-line"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY CLINIC
            TREATMENT NOTE · Pt: Ida Koskela · Clinician: Delphine Ostrowski, OTR/L
            Service: 97530 Therapeutic activities — 20 minutes
            Treatment: hanging wet towels on the indoor line reaching overhead with the L; carrying the laundry basket down two steps; reaching to the top cupboard for the coffee can and setting it on the counter
            Impairment: L hemiparesis after the R stroke; weak L shoulder flexion and she can't reach her clothesline or carry the basket to the basement
            ▶ Imported device report — none; typed: basket 3 trips with stand-by assist; towels hung 8 with the L hand
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // NLMC Brainerd, Ingeborg, two services with the second service's minutes never filled ("Service: 97110 Therapeutic exercise — ___ minutes"): no minutes for the second timed code — separate time missing; content complete; 97112's 24 matches.
        ["v6-h165-nlmc-second-service-minutes-blank"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD CLINIC
            TREATMENT NOTE · Pt: Arne Skogstad · Clinician: Ingeborg Halvorsen, PT, DPT
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Service: 97110 Therapeutic exercise — ___ minutes
            Attendance: 1:1
            Treatment: rocker board with eyes closed, foam stance with perturbations; heel raises 3x15, ankle DF with the blue band 3x15, sit to stand 3x10
            Impairment: proprioceptive loss in both feet with the neuropathy; weak ankles; his feet won't stay under him on the lake ice
            ▶ Imported device report — none; typed: Berg 47/56; rocker board 11 sec
            """,
            ["E11.42", "R26.81"], [PT("97112", 24), PT("97110", 13)], [SepTime]),

        // NLMC Brainerd, Ingeborg, the ice-fishing guide's second visit: "Attendance: 1:1 — his wife read in the waiting area"; platform translations with a step to recover, foam stance with eyes closed, stepping onto the tilt board; proprioceptive loss and a late step; device SOT and Berg; 23 minutes matches: passes.
        ["vord-h165-nlmc-skogstad-second-visit"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD CLINIC
            TREATMENT NOTE · Pt: Arne Skogstad · Clinician: Ingeborg Halvorsen, PT, DPT
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: 1:1 — his wife read in the waiting area
            Treatment: platform translations forward and back with a step to recover; foam stance with eyes closed and head turns; stepping on and off the tilt board without a hand
            Impairment: proprioceptive loss in both feet with the neuropathy and a late protective step on the lake ice
            ▶ Imported device report — SOT composite 61; typed: Berg 46/56
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // NLMC Baxter, Marisa (PTA): a 97116 (four-wheeled walker to straight cane on the hallway and the curb, cues for heel strike) with distance and assistance; short, shuffling steps after a fall; "Attendance: 1:1 — husband in the lobby"; 19 minutes matches: passes.
        ["vord-h165-nlmc-pta-97116-curb"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER CLINIC
            TREATMENT NOTE · Pt: Bernadette Ruud · Clinician: Marisa Pelletier, PTA
            Service: 97116 Gait training — 19 minutes
            Attendance: 1:1 — husband in the lobby
            Treatment: gait training from the four-wheeled walker to the straight cane in the hallway, cues for heel strike and a longer L step; curb up and down with the cane
            Impairment: short, shuffling steps and a forward trunk after the fall on the church steps; afraid of the curb at the post office
            ▶ Imported device report — none; typed: straight cane 250 ft stand-by assist; curb x4 contact guard
            """,
            ["R26.89", "Z91.81"], [PTA("97116", 19)], []),

        // ---------------------------------------------------------------- HDNR: High Desert NeuroRecovery

        // HDNR Bend, Priya, a new patient: "97112 neuro re-ed: 23 min | 1:1"; split-belt treadmill stepping, perturbations in the harness, crossing the obstacle course with a stop; ataxia and delayed stepping after a cerebellar stroke; Sway app tandem and Mini-BESTest: passes.
        ["vord-h165-hdnr-priya-cerebellar-new"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Loretta Haskins (poultry-house manager)
            97112 neuro re-ed: 23 min | 1:1
            What I did: split-belt treadmill stepping in the harness with the L belt faster; manual perturbations at the pelvis while walking; crossing the obstacle course and stopping on the line
            Why: truncal ataxia and a delayed, wide stepping reaction after the R cerebellar stroke; she staggers between the feeder lines in the broiler house
            Device paste: Sway app — tandem EO 7.6 s · Mini-BESTest 16/28
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // HDNR Redmond, Eamon, a new patient (a smokejumper after a concussion): "97112 neuro re-ed: 22 min | 1:1 — our aide ran the harness controls" (staff, not a patient); head-turn walking, landing-roll progressions, gaze stabilisation while stepping; vestibular and postural deficits; device numbers: passes.
        ["v1-h165-hdnr-aide-ran-the-harness"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Eamon Gallagher, PT | Pt: Cody Ashby (smokejumper)
            97112 neuro re-ed: 22 min | 1:1 — our aide ran the harness controls
            What I did: walking the track with yaw and pitch head turns in the harness; parachute landing-roll progressions from kneeling and from the low box; X1 viewing while stepping side to side
            Why: vestibulo-ocular and postural control deficits after the concussion on the training jump; he loses his line on the pack-out with head turns
            Device paste: Sway app — balance 71 | reaction 84 · DGI 20/24
            """,
            ["S06.0X1D"], [PT("97112", 22)], []),

        // HDNR Prineville, Ruthanne (PTA): a 97116 (hemi-walker to quad cane on the track and the gravel path, cues for L heel strike) with distance and assistance; L foot drop and short step after a stroke; "97116 gait: 20 min" matches: passes.
        ["vord-h165-hdnr-ruthanne-97116-gravel"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Ruthanne Keel, PTA | Pt: Homer Stiles
            97116 gait: 20 min
            What I did: gait training from the hemi-walker to the quad cane on the indoor track, then on the gravel path out back; cues for L heel strike and a longer R step
            Why: L foot drop and a short, stiff L step after the R stroke; he wants to walk to his shop behind the house
            Device paste: (none) · typed: quad cane 220 ft contact guard on the track, gravel path 60 ft minimal assist
            """,
            ["I69.354"], [PTA("97116", 20)], []),

        // HDNR Bend, Sol (OT): a 97530 (loading the dishwasher, carrying a coffee pot to the table, standing to fold towels at the counter) with counts and assistance; L hemiparesis and standing tolerance; "97530 ther act: 19 min" matches: passes.
        ["vord-h165-hdnr-sol-97530-kitchen"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Sol Márquez, OTR/L | Pt: Imelda Ruiz
            97530 ther act: 19 min
            What I did: loading the dishwasher from the sink, carrying the coffee pot to the table, standing at the counter to fold towels with the L hand assisting
            Why: L hemiparesis after the R stroke; weak L grasp and she leans on the counter to stand through a task
            Device paste: (none) · typed: 12 dishes loaded with stand-by assist; coffee pot carried 3 trips independent; folded 10 towels standing without a lean
            """,
            ["I69.354"], [OT("97530", 19)], []),

        // HDNR Redmond, Eamon, two codes with the 97110 minute box never filled ("97110 [ __ ] min") beside "97112 neuro re-ed: 24 min | 1:1": no minutes for the second timed code — separate time missing; each code complete.
        ["v2-h165-hdnr-ther-ex-minute-box-blank"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Eamon Gallagher, PT | Pt: Cody Ashby (smokejumper)
            97112 neuro re-ed: 24 min | 1:1
            97110 [ __ ] min
            What I did: NMR — walking the track with head turns, landing-roll progressions from the low box, X1 viewing while stepping. Ther ex — goblet squats 35 lb 3x10, single-leg RDL 20 lb 3x8 each, farmer carries 50 lb 4 laps
            Why: vestibulo-ocular and postural control deficits after the concussion; deconditioned legs and trunk for the 110 lb pack-out
            Device paste: Sway app — balance 78 · DGI 22/24
            """,
            ["S06.0X1D"], [PT("97112", 24), PT("97110", 14)], [SepTime]),

        // HDNR Bend, Priya, a 97110 for a new patient (a wheat-harvest custom cutter with a lumbar strain): hip hinges, bird dogs, side planks and step-ups with doses and loads for the low back and hip extensors — the contract's meaning for 97110; "97110 ther ex: 22 min" matches: passes.
        ["v7-h165-hdnr-97110-custom-cutter"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Travis Ebeling (custom harvester)
            97110 ther ex: 22 min
            What I did: hip hinge with the dowel 3x10; bird dogs 3x10 each side with a 3 sec hold; side planks 3 holds of 20 sec each side; step-ups onto the 12 in box carrying 15 lb 3x8
            Why: low back pain with weak hip extensors and trunk endurance after the lumbar strain; he can't climb into the combine cab or grease the header bent over
            Device paste: (none) · typed: doses above
            """,
            ["S39.012D"], [PT("97110", 22)], []),

        // HDNR Prineville, Eamon: "Why:" left empty and no deficit or system anywhere else; 1:1, techniques (target stepping, backward walking with a stop, perturbations on the foam) and Mini-BESTest present: deficit missing.
        ["v4-h165-hdnr-why-left-empty"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Eamon Gallagher, PT | Pt: Verna Dodd
            97112 neuro re-ed: 21 min | 1:1
            What I did: stepping to called targets on the floor grid; backward walking with a stop on cue; perturbations standing on the foam pad
            Why:
            Device paste: (none) · typed: Mini-BESTest 19/28; 6 of 10 perturbations caught with one step
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- WRPT: White River Physical Therapy & Balance

        // WRPT Berryville, Joel, a new patient: "Attendance: [X] 1:1 [ ] concurrent [ ] group"; rocker board, foam head turns and pushes; proprioceptive loss with neuropathy; Berg and rocker seconds; 23 matches: passes.
        ["v2-h165-wr-joel-one-to-one-ticked"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note 12/14/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: rocker board A/P with eyes closed; foam stance with head turns to the feeder lines taped on the wall; reactive steps to pushes at the hips
            Why: proprioceptive loss in both feet with the neuropathy; he trips over the cattle panels feeding the steers in the dark
            Numbers: Berg 42/56; rocker board 9 sec without an edge touch
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // WRPT Eureka Springs, Brenna: the attendance row saved unticked ("Attendance: [ ] 1:1 [ ] concurrent [ ] group") with nothing else about delivery — one-on-one missing; the rest present; 22 matches.
        ["v2-h165-wr-brenna-attendance-unticked"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 12/15/2026 — Brenna Ellingboe, PT, DPT
            Svc: 97112 NMR — 22 min
            Attendance: [ ] 1:1 [ ] concurrent [ ] group
            What we did: X1 viewing standing on foam; walking the hall with head turns; habituation bending to the bottom shelf and back up
            Why: L vestibular hypofunction; the gift-shop clerk gets dizzy bending to restock the low shelves
            Numbers: DGI 17/24; DVA lost 3 lines
            """,
            ["H81.22"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // WRPT Eureka Springs, Brenna, two codes for a new patient: "Attendance: [X] 1:1"; foam perturbations and tandem; step-ups and bridges with doses; postural sway and hip weakness; Berg and tandem; "Svc: 97112 NMR — 24 min" and "Svc: 97110 ther ex — 13 min" match: passes.
        ["vord-h165-wr-brenna-two-codes"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 12/16/2026 — Brenna Ellingboe, PT, DPT
            Svc: 97112 NMR — 24 min
            Svc: 97110 ther ex — 13 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: NMR — perturbations at the pelvis on the foam, tandem walking with head turns, stepping over the hurdles to a stop. Ther ex — step-ups on the 6 in step 3x10, bridges 3x12, side-lying hip abduction 3x10
            Why: increased postural sway and a slow step after the fall on the Spring Street stairs; weak hips
            Numbers: Berg 44/56; tandem 12 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24), PT("97110", 13)], []),

        // WRPT Green Forest, Kacey (PTA): a 97116 (rollator to straight cane in the hall and over the gravel at the door, cues for step length) with distance and assistance; short R step after a hip replacement; 18 matches: passes.
        ["vord-h165-wr-kacey-97116-cane"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 12/16/2026 — Kacey Ormsby, PTA
            Svc: 97116 gait — 18 min
            What we did: gait training from the rollator to the straight cane in the hall; out the side door over the gravel; cues for an equal R step and upright trunk
            Why: short R step and a R trunk lean after the R THA; can't walk out to her hen house
            Numbers: straight cane 300 ft SBA in the hall; gravel 40 ft CGA
            """,
            ["Z96.641"], [PTA("97116", 18)], []),

        // WRPT Berryville, Dwight (OT): a 97530 (carrying egg flats, stooping to the nest boxes, stepping over the door sill with a bucket) with counts and assistance; R shoulder weakness and reach; "Svc: 97530 ther act — 21 min (Dwight Kemper, OTR/L)" matches: passes.
        ["vord-h165-wr-dwight-97530-egg-flats"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note 12/17/2026
            Svc: 97530 ther act — 21 min (Dwight Kemper, OTR/L)
            What we did: carrying stacked egg flats across the clinic, stooping to the low shelf to gather from the practice nest boxes, stepping over the door sill with a half-full feed bucket
            Why: R shoulder weakness and limited overhead reach after the R rotator cuff repair; she can't carry the flats or reach the top nest row
            Numbers: egg flats 5 trips independent; feed bucket over the sill 4 times with SBA
            """,
            ["M75.121", "Z98.890"], [OT("97530", 21)], []),

        // WRPT Green Forest, Joel, both codes on one service line and only "Total timed: 38 min" at the foot of the note: no minutes for each timed code — separate time missing; content complete.
        ["v6-h165-wr-joel-one-line-for-two-codes"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 12/18/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR and 97110 ther ex
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: NMR — rocker board with eyes closed, foam stance with head turns, pushes at the hips. Ther ex — heel raises 3x15, ankle DF with the blue band 3x15, sit to stand 3x10
            Why: proprioceptive loss in both feet with the neuropathy; weak ankles; he trips on the cattle panels
            Numbers: Berg 46/56; rocker board 12 sec
            Total timed: 38 min
            """,
            ["E11.42"], [PT("97112", 24), PT("97110", 14)], [SepTime]),

        // WRPT Eureka Springs, Kacey (PTA): a 97110 with the compliance officer's closed query ("[CO query: …]", "[CO: resolved LM]"); step-ups, wall sits and leg press with doses; L quad weakness after a TKA; 19 matches: passes.
        ["vord-h165-wr-kacey-97110-co-query"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 12/17/2026 — Kacey Ormsby, PTA
            Svc: 97110 ther ex — 19 min
            What we did: lateral step-ups on the 6 in step 3x10; wall sits 3 holds of 20 sec; leg press 3x12 @ 60 lb; TKE with the green band 3x15
            Why: L quad weakness after the L TKA; she can't get up the steps of the Crescent Hotel where she works
            Numbers: doses above
            [CO query: region for the wall sits?]
            [CO: resolved LM]
            """,
            ["Z96.652"], [PTA("97110", 19)], []),

        // ---------------------------------------------------------------- QBRH: Quoddy Bay Regional Hospital

        // QBRH Calais, Nora, a new patient (a lobster-boat sternman): Individual ticked; perturbations on the rocker board, tandem on foam with head turns, stepping onto the moving platform; L vestibular hypofunction and sway; FGA with the eval's score; 24 matches: passes.
        ["vord-h165-qbrh-nora-sternman"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rocker board A/P with eyes closed and perturbations at the shoulders; tandem on the foam with head turns; stepping on and off the tilting platform to mimic the rail of a rolling boat
            IMPAIRMENT: L vestibular hypofunction with postural sway; he grabs the rail hauling traps when the boat rolls
            OUTCOME MEASURE: FGA    SCORE: 17/30 (14/30 at eval)
            Nora Cobb, PT, DPT, NCS
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // QBRH Eastport, Everett: "OUTCOME MEASURE: ____ SCORE: ____" never filled and no other number; Individual ticked, techniques and impairment present; no number but the code and its minutes: measure missing.
        ["v5-h165-qbrh-outcome-measure-blanks"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: foam stance with eyes closed; reactive steps to pushes at the pelvis; walking the corridor with head turns to the cards on the wall
            IMPAIRMENT: proprioceptive loss in both feet and a late step; the cannery retiree stumbles on the wet breakwater planks
            OUTCOME MEASURE: ____    SCORE: ____
            Everett Sewall, PT
            """,
            ["G62.9"], [PT("97112", 22)], [At(Measure, "97112")]),

        // QBRH Eastport, Everett, two codes for a sardine-cannery retiree: Individual ticked; foam and pushes; step-ups and heel raises with doses; proprioceptive loss and ankle weakness; Berg; "CPT 97112 … — 23 MIN" and "CPT 97110 … — 14 MIN" match: passes.
        ["vord-h165-qbrh-everett-two-codes"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            CPT 97110 THERAPEUTIC EXERCISE — 14 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: NMR — foam stance with eyes closed, reactive steps to pushes, tandem with head turns. Ther ex — heel raises 3x12, step-ups on the 6 in step 3x10, ankle DF with the red band 2x15
            IMPAIRMENT: proprioceptive loss in both feet and weak ankles; she worked the packing line at the sardine cannery forty years and now stumbles on the wet breakwater planks
            OUTCOME MEASURE: Berg    SCORE: 43/56
            Everett Sewall, PT
            """,
            ["G62.9"], [PT("97112", 23), PT("97110", 14)], []),

        // QBRH Lubec, Lucienne (PTA): a 97110 (sit to stand, step-ups, hip abduction with the cuff) with doses; R hip weakness after a fall; "CPT 97110 THERAPEUTIC EXERCISE — 20 MIN" matches: passes.
        ["vord-h165-qbrh-lucienne-97110"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97110 THERAPEUTIC EXERCISE — 20 MIN
            INTERVENTIONS: sit to stand from the low chair 3x10; step-ups on the 4 in step 3x10; standing hip abduction with the 2 lb cuff 3x12; marching in place 2x20
            IMPAIRMENT: R hip abductor weakness after the fall on the ice at the lighthouse lot
            OUTCOME MEASURE: doses above    SCORE: —
            Lucienne Dufour, PTA
            """,
            ["M62.81", "Z91.81"], [PTA("97110", 20)], []),

        // QBRH Calais, Nora: Group ticked ("☐ Individual ☐ Concurrent ☒ Group — balance class of four") on a billed 97112 — other patients in the block: one-on-one missing; the rest present.
        ["v1-h165-qbrh-group-ticked-class-of-four"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☐ Individual ☐ Concurrent ☒ Group — balance class of four
            INTERVENTIONS: tandem on the foam beam; stepping over the hurdles to a stop; reactive steps to pushes
            IMPAIRMENT: bilateral vestibular loss; she staggers on the wharf gravel at night
            OUTCOME MEASURE: FGA    SCORE: 18/30
            Nora Cobb, PT, DPT, NCS
            """,
            ["H81.93"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // QBRH Eastport, Everett: Frenkel exercises for ataxia as the named method (heel-to-shin to marks on the mat, stepping to footprints on a count), Individual ticked; cerebellar ataxia and dysmetria; footprint accuracy and tandem seconds; 22 matches: passes.
        ["v3-h165-qbrh-frenkel"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: Frenkel exercises — supine heel-to-shin sliding to marks on the mat, then sitting, then standing stepping to painted footprints on a count
            IMPAIRMENT: cerebellar ataxia with dysmetria of both legs after the cerebellar stroke; he overshoots the step onto the wharf ladder
            OUTCOME MEASURE: footprints hit    SCORE: 14 of 20 (tandem 5 sec)
            Everett Sewall, PT
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // QBRH Calais, Nora, the sternman's second visit: Individual ticked; tilting-platform stepping, head turns on the foam beam, perturbations while reaching overhead to a rope; L vestibular hypofunction and sway; FGA; 23 matches: passes.
        ["vord-h165-qbrh-nora-sternman-second"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: stepping on and off the tilting platform; walking the foam beam with head turns; perturbations at the hips while he reaches overhead to pull a rope
            IMPAIRMENT: L vestibular hypofunction with postural sway; still reaching for the rail when the boat rolls
            OUTCOME MEASURE: FGA    SCORE: 19/30
            Nora Cobb, PT, DPT, NCS
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // QBRH Lubec, Everett: a 97116 (quad cane to straight cane in the corridor and on the ramp to the parking lot, cues for a longer L step) with distance and assistance; L hemiparesis with a short step; "CPT 97116 GAIT TRAINING — 16 MIN" matches: passes.
        ["vord-h165-qbrh-everett-97116-ramp"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97116 GAIT TRAINING — 16 MIN
            INTERVENTIONS: gait training from the quad cane to the straight cane in the corridor; up and down the ramp to the parking lot; cues for a longer L step and L heel strike
            IMPAIRMENT: L hemiparesis after the R stroke with a short, stiff L step; wants to walk down to the Lubec breakwater
            OUTCOME MEASURE: distance / assist    SCORE: 250 ft straight cane SBA; ramp x2 CGA
            Everett Sewall, PT
            """,
            ["I69.354"], [PT("97116", 16)], []),

        // ---------------------------------------------------------------- LMH: Lakeside Macomb Hospital outpatient rehab

        // LMH Warren, Dariusz, a new patient (a tool-and-die retiree): "Delivery: Individual"; tandem on the foam beam, perturbations in stride stance, stepping over the shop-floor cords; sway and a slow step; Berg and tandem seconds; "97112 Neuromuscular Re-ed: 23 Minutes" matches: passes.
        ["vord-h165-lmh-dariusz-tool-and-die"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (WARREN)
            Timed Procedures
            97112 Neuromuscular Re-ed: 23 Minutes
            Delivery: Individual
            NMR: tandem on the foam beam with head turns, perturbations in stride stance, stepping over extension cords laid like his shop floor and stopping on cue.
            Problem: postural sway and a slow protective step; he caught a cord in his garage shop and went down on the concrete.
            Objective: Berg 45/56; tandem on foam 7 sec.
            Dariusz Nowicki, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // LMH Sterling Heights, Dariusz: "Objective: ***" left as the template's placeholder and no other number; individual, techniques and problem present; no number but the code and its minutes: measure missing.
        ["v2-h165-lmh-objective-asterisks"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (STERLING HEIGHTS)
            Timed Procedures
            97112 Neuromuscular Re-ed: 22 Minutes
            Delivery: Individual
            NMR: rocker board with eyes closed, foam stance with head turns, reactive steps to pushes at the hips.
            Problem: proprioceptive loss in both feet with the neuropathy; he can't feel the clutch pedal and stumbles in the dark driveway.
            Objective: ***
            Dariusz Nowicki, PT
            """,
            ["E11.42"], [PT("97112", 22)], [At(Measure, "97112")]),

        // LMH Sterling Heights, Renee (OT): a 97530 (unloading the dishwasher to the upper cabinet, carrying a laundry basket, reaching to the closet rod) with counts and assistance; L shoulder weakness after a fracture; 18 Minutes matches: passes.
        ["vord-h165-lmh-renee-97530-closet-rod"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (STERLING HEIGHTS)
            Timed Procedures
            97530 Therapeutic Activities: 18 Minutes
            Activities: unloading plates from the dishwasher to the upper cabinet with the L, carrying a laundry basket across the kitchen, hanging shirts on the closet rod.
            Problem: L shoulder weakness and limited elevation after the L proximal humerus fracture; she can't hang her husband's work shirts.
            Objective: 8 plates to the upper shelf with SBA; 6 shirts hung; basket 3 trips independent.
            Renee Kaminski, OTR/L
            """,
            ["S42.202D"], [OT("97530", 18)], []),

        // LMH Roseville, LaToya (PTA), two procedures: exercises with doses and walker-to-cane gait with distance and assistance; R hip weakness and a short step after a THA; "97110 Therapeutic Exercise: 22 Minutes" and "97116 Gait Training: 15 Minutes" match: passes.
        ["vord-h165-lmh-latoya-two-procedures"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (ROSEVILLE)
            Timed Procedures
            97110 Therapeutic Exercise: 22 Minutes
            97116 Gait Training: 15 Minutes
            TherEx: sit-to-stand 3x10, standing hip abduction with the 2 lb cuff 3x12, step-ups on the 4 in step 3x10.
            Gait: walker to straight cane in the hallway, cues for an equal R step and heel strike.
            Problem: R hip weakness and a short R step after the R THA; she wants to walk into the Roseville library on her own.
            Objective: straight cane 200 ft SBA.
            LaToya Grant, PTA
            """,
            ["Z96.641"], [PTA("97110", 22), PTA("97116", 15)], []),

        // LMH Roseville, LaToya (PTA), two procedures with the second's minutes left as the template's "***" ("97116 Gait Training: *** Minutes"): no minutes for the second timed code — separate time missing; content complete; 97110's 23 matches.
        ["v6-h165-lmh-gait-minutes-asterisks"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (ROSEVILLE)
            Timed Procedures
            97110 Therapeutic Exercise: 23 Minutes
            97116 Gait Training: *** Minutes
            TherEx: sit-to-stand 3x12, side-stepping with the red band 3 laps, heel raises 3x15.
            Gait: straight cane in the hallway and up the ramp, cues for heel strike.
            Problem: R hip weakness and a short R step after the R THA.
            Objective: straight cane 300 ft SBA; ramp x2 CGA.
            LaToya Grant, PTA
            """,
            ["Z96.641"], [PTA("97110", 23), PTA("97116", 14)], [SepTime]),

        // LMH Warren, Dariusz: a 97140 (central PA glides at L3 to L5 grade III, side-lying rotation mobilisation, STM to the paraspinals) for lumbar stiffness — the contract's meaning for 97140; flexion fingertip-to-floor centimetres; "97140 Manual Therapy: 12 Minutes" matches: passes.
        ["v7-h165-lmh-97140-lumbar-mobs"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (WARREN)
            Timed Procedures
            97140 Manual Therapy: 12 Minutes
            Manual: central PA glides L3 to L5 grade III, side-lying lumbar rotation mobilization grade III, STM to the L lumbar paraspinals.
            Problem: lumbar stiffness and L paraspinal guarding; he can't bend to change the oil on his Silverado.
            Objective: fingertip to floor 24 cm (31 cm at eval); lumbar flexion 45°.
            Dariusz Nowicki, PT
            """,
            ["M54.50", "M99.03"], [PT("97140", 12)], []),

        // LMH Sterling Heights, Dariusz: "Delivery: Individual — a student PT from Wayne State observed" (a student, not a patient); X1 viewing, habituation and foam head turns; R vestibular hypofunction; DGI and DVA; 24 Minutes matches: passes.
        ["v1-h165-lmh-student-observed"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (STERLING HEIGHTS)
            Timed Procedures
            97112 Neuromuscular Re-ed: 24 Minutes
            Delivery: Individual — a student PT from Wayne State observed
            NMR: X1 viewing standing on foam, habituation rolling to the R and sitting up, walking the hall with head turns.
            Problem: R vestibular hypofunction; the assembly-line inspector gets dizzy turning to check parts on the conveyor.
            Objective: DGI 18/24; DVA lost 3 lines.
            Dariusz Nowicki, PT
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- LCRT: Little Colorado River Therapy

        // LCRT Winslow, L. Begay, a new patient (a railroad brakeman): "1:1: Y"; perturbations on the foam, stepping over the rail ties taped on the floor, tandem with head turns; postural sway and a late step; Berg and pushes; "Time: 23 minutes" on the code's service line matches: passes.
        ["vord-h165-lcrt-begay-brakeman"] = new(
            """
            Little Colorado River Therapy — Winslow
            Svc: NMR 97112 | Time: 23 minutes | 1:1: Y
            Activity: perturbations at the pelvis on the foam, stepping over rail ties taped on the floor to a stop, tandem walking with head turns
            Problem: postural sway and a late protective step; the brakeman stumbled on the ballast walking the yard at night
            Measure: Berg 46/56; 6 of 10 pushes recovered with one step
            L. Begay, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // LCRT Holbrook, L. Begay: "1:1: N — worked him and his brother at the same time, both on the foam" — another patient treated in the block: one-on-one missing; the rest present.
        ["v1-h165-lcrt-brother-at-the-same-time"] = new(
            """
            Little Colorado River Therapy — Holbrook
            Svc: NMR 97112 | Time: 22 minutes | 1:1: N — worked him and his brother at the same time, both on the foam
            Activity: foam stance with head turns, rocker board with eyes closed, reactive steps to pushes
            Problem: proprioceptive loss in both feet with the neuropathy; the silversmith trips on the rug in his workshop
            Measure: Berg 44/56; rocker board 9 sec
            L. Begay, PT, DPT
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // LCRT Holbrook, W. Yazzie (PTA): "Svc: TE 97110 | Time: 21 minutes"; step-ups, leg press and bridges with doses; L quad weakness after a TKA; passes.
        ["vord-h165-lcrt-yazzie-97110"] = new(
            """
            Little Colorado River Therapy — Holbrook
            Svc: TE 97110 | Time: 21 minutes
            Activity: forward step-ups onto the 6 in step 3x10, leg press 60 lb 3x12, bridges 3x15, TKE with the green band 3x15
            Problem: L quad weakness after the L TKA; she can't climb into the cab of her truck at the trading post
            Measure: doses above; L quad 4-/5
            W. Yazzie, PTA
            """,
            ["Z96.652"], [PTA("97110", 21)], []),

        // LCRT Winslow, E. Hartman: "Problem: as before" and no deficit or system anywhere else; 1:1, techniques (foam stance, stepping over the hurdles, pushes) and Berg present: deficit missing.
        ["v4-h165-lcrt-problem-as-before"] = new(
            """
            Little Colorado River Therapy — Winslow
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: foam stance with eyes closed, stepping over the hurdles to a stop, reactive steps to pushes forward and back
            Problem: as before
            Measure: Berg 47/56; 7 of 10 pushes recovered with one step
            E. Hartman, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // LCRT Winslow, E. Hartman: "1:1: Y — grandson interpreting in Hopi" (family, not a patient); foam stance with head turns, stepping over the rope to a stop, rocker board; postural sway and a slow step; Berg and rocker seconds; "Time: 21 minutes" matches: passes.
        ["v1-h165-lcrt-grandson-interpreting-in-hopi"] = new(
            """
            Little Colorado River Therapy — Winslow
            Svc: NMR 97112 | Time: 21 minutes | 1:1: Y — grandson interpreting in Hopi
            Activity: foam stance with head turns, stepping over a rope laid on the floor to a stop, rocker board A/P with eyes closed
            Problem: postural sway and a slow protective step; the silversmith lost her footing on the mesa path to the village
            Measure: Berg 45/56; rocker board 10 sec without an edge touch
            E. Hartman, PT
            """,
            ["R26.81"], [PT("97112", 21)], []),

        // LCRT Holbrook, E. Hartman: "Svc: Gait 97116 | Time: 17 minutes"; walker to cane on the sidewalk and curb with distance and assistance; short R step after a hip fracture; passes.
        ["vord-h165-lcrt-hartman-97116-curb"] = new(
            """
            Little Colorado River Therapy — Holbrook
            Svc: Gait 97116 | Time: 17 minutes | 1:1: Y
            Activity: gait training from the front-wheeled walker to the single-point cane on the sidewalk outside, up and down the curb, cues for a longer R step
            Problem: short R step and a R trunk lean after the R hip fracture; wants to walk to the chapter house
            Measure: cane 250 ft SBA; curb x4 CGA
            E. Hartman, PT
            """,
            ["S72.001D"], [PT("97116", 17)], []),

        // LCRT Winslow, L. Begay: "Time: 24 minutes" on a 35-minute line (the block ran long) — mismatch on 97112 (11 apart); content complete.
        ["v6-h165-lcrt-twenty-four-on-thirty-five"] = new(
            """
            Little Colorado River Therapy — Winslow
            Svc: NMR 97112 | Time: 24 minutes | 1:1: Y
            Activity: stepping over rail ties to a stop, tandem on the foam beam, perturbations at the pelvis
            Problem: postural sway and a late protective step; stumbles on the ballast in the yard
            Measure: Berg 48/56; 8 of 10 pushes recovered with one step
            L. Begay, PT, DPT
            """,
            ["R26.81"], [PT("97112", 35)], [At(Mismatch, "97112")]),

        // LCRT Holbrook, W. Yazzie (PTA): a catch-up note "ther ex per plan, tolerated well" under the service line — no technique, deficit or measure: wholly generic on the 97110.
        ["v7-h165-lcrt-generic-ther-ex"] = new(
            """
            Little Colorado River Therapy — Holbrook
            Svc: TE 97110 | Time: 23 minutes
            Activity: ther ex per plan
            Problem:
            Measure:
            Tolerated well. Continue plan of care.
            W. Yazzie, PTA
            """,
            ["Z96.652"], [PTA("97110", 23)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- SHMC: Sheboygan Harbor Medical Center neuro clinic

        // SHMC Annika, a new patient (a cheese-plant worker after a stroke): every required section typed; Individual; perturbations in stride stance, step-and-stick, tandem on foam; R hemiparesis with poor weight acceptance and postural control; Berg and TUG; 24 matches: passes.
        ["vord-h165-shmc-annika-cheese-plant"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            Identity verified with two identifiers: yes. Allergies reviewed: latex. Precautions: fall risk.
            Infection prevention: hand hygiene performed. Advance directive on file: no. Interpreter needed: no.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: [X] Individual [ ] Concurrent [ ] Group
            INTERVENTIONS: perturbations at the pelvis in stride stance; step-and-stick onto the foam leading with the R; tandem stance on foam with eyes closed.
            IMPAIRMENTS ADDRESSED: R hemiparesis with poor R weight acceptance and impaired postural control after the L MCA stroke; she can't stand at the brining vats.
            OUTCOME MEASURES: Berg 38/56; TUG 16.2 sec.
            PATIENT / FAMILY EDUCATION: home program reviewed with her daughter.
            ATTESTATION: I personally furnished the services above. — Annika Vandervelde, PT, DPT, NCS
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // SHMC Annika: "IMPAIRMENTS ADDRESSED: [ ] balance [X] vestibular [ ] strength [ ] sensation [ ] coordination" — a ticked box naming the system is the deficit; Individual; X1 viewing, head-turn walking, foam eyes closed; DGI and DVA; 22 matches: passes.
        ["v2-h165-shmc-vestibular-box-ticked"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            Identity verified with two identifiers: yes. Allergies reviewed: NKDA. Precautions: none.
            Infection prevention: hand hygiene performed. Advance directive on file: yes. Interpreter needed: no.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 22 min
            DELIVERY MODE: [X] Individual [ ] Concurrent [ ] Group
            INTERVENTIONS: X1 viewing standing on foam; walking the hall with head turns; feet together on foam with eyes closed.
            IMPAIRMENTS ADDRESSED: [ ] balance [X] vestibular [ ] strength [ ] sensation [ ] coordination
            OUTCOME MEASURES: DGI 17/24; DVA lost 3 lines.
            PATIENT / FAMILY EDUCATION: home program reviewed.
            ATTESTATION: I personally furnished the services above. — Annika Vandervelde, PT, DPT, NCS
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // SHMC Luis: perturbation-based balance training on the treadmill (belt accelerations and decelerations to trigger a recovery step) as the named method, Individual; slow, short protective steps; step recoveries counted and Mini-BESTest; 23 matches: passes.
        ["v3-h165-shmc-perturbation-based-balance-training"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            Identity verified with two identifiers: yes. Allergies reviewed: NKDA. Precautions: harness for treadmill.
            Infection prevention: hand hygiene performed. Advance directive on file: yes. Interpreter needed: no.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min
            DELIVERY MODE: [X] Individual [ ] Concurrent [ ] Group
            INTERVENTIONS: perturbation-based balance training on the treadmill in the harness — unannounced belt accelerations and decelerations to trigger a recovery step; then manual pushes in standing.
            IMPAIRMENTS ADDRESSED: slow, short protective stepping reactions and postural instability; three falls on the harbour walk this year.
            OUTCOME MEASURES: 7 of 12 treadmill perturbations recovered with a single step; Mini-BESTest 20/28.
            PATIENT / FAMILY EDUCATION: fall plan reviewed.
            ATTESTATION: I personally furnished the services above. — Luis Ochoa-Brandt, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // SHMC Luis, a new patient (a harbour-walk faller with Parkinson's disease): Individual; large-amplitude stepping to targets, backward pushes with a recovery step, turning in a square; hypokinesia and slow postural responses; TUG and pull test; 24 matches: passes.
        ["vord-h165-shmc-luis-parkinsons"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            Identity verified with two identifiers: yes. Allergies reviewed: NKDA. Precautions: fall risk.
            Infection prevention: hand hygiene performed. Advance directive on file: yes. Interpreter needed: no.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: [X] Individual [ ] Concurrent [ ] Group
            INTERVENTIONS: large-amplitude stepping to floor targets; backward pushes at the shoulders with a recovery step; turning in a square around the cones.
            IMPAIRMENTS ADDRESSED: hypokinesia with freezing in doorways and slow backward postural responses with Parkinson's disease.
            OUTCOME MEASURES: TUG 13.1 sec; pull test 4 steps to recover.
            PATIENT / FAMILY EDUCATION: cueing strategies for doorways reviewed with his wife.
            ATTESTATION: I personally furnished the services above. — Luis Ochoa-Brandt, PT
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // SHMC Luis: "OUTCOME MEASURES: deferred — patient fatigued" and no other number (the policy number left off this printout); Individual, techniques and impairment present; no number but the code and its minutes: measure missing.
        ["v5-h165-shmc-outcome-measures-deferred"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            Identity verified with two identifiers: yes. Allergies reviewed: NKDA. Precautions: none.
            Infection prevention: hand hygiene performed. Advance directive on file: yes. Interpreter needed: no.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 22 min
            DELIVERY MODE: [X] Individual [ ] Concurrent [ ] Group
            INTERVENTIONS: reactive stepping to pushes in four directions; stepping over the hurdles to a stop; tandem on the foam beam.
            IMPAIRMENTS ADDRESSED: slow protective stepping and postural instability; falls on the harbour walk.
            OUTCOME MEASURES: deferred — patient fatigued.
            PATIENT / FAMILY EDUCATION: fall plan reviewed.
            ATTESTATION: I personally furnished the services above. — Luis Ochoa-Brandt, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // SHMC Kayla (PTA): a 97110 (sit to stand, step-ups, hip abduction with the cuff) with doses; L hip weakness after a stroke; 20 matches: passes.
        ["vord-h165-shmc-kayla-97110"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            Identity verified with two identifiers: yes. Allergies reviewed: NKDA. Precautions: fall risk.
            Infection prevention: hand hygiene performed. Advance directive on file: yes. Interpreter needed: no.
            CHARGES / TIMED SERVICES: 97110 Therapeutic exercise — 20 min
            DELIVERY MODE: [X] Individual [ ] Concurrent [ ] Group
            INTERVENTIONS: sit to stand from the mat 3x10; step-ups onto the 4 in step leading with the L 3x10; standing hip abduction with the 2 lb cuff 3x12.
            IMPAIRMENTS ADDRESSED: L hip and knee weakness after the R stroke; she can't get up from the pew at St. Dominic's.
            OUTCOME MEASURES: doses above; L hip abduction 3/5.
            PATIENT / FAMILY EDUCATION: home program updated.
            ATTESTATION: I personally furnished the services above. — Kayla Nienhuis, PTA
            """,
            ["I69.354"], [PTA("97110", 20)], []),

        // SHMC Annika, two codes: "97112 … — 23 min; 97530 Therapeutic activities — 15 min" but the 97530 line is 26 minutes — mismatch on 97530 (11 apart); 97112's 23 matches; content complete.
        ["v6-h165-shmc-functional-fifteen-on-twenty-six"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            Identity verified with two identifiers: yes. Allergies reviewed: latex. Precautions: fall risk.
            Infection prevention: hand hygiene performed. Advance directive on file: no. Interpreter needed: no.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min; 97530 Therapeutic activities — 15 min
            DELIVERY MODE: [X] Individual [ ] Concurrent [ ] Group
            INTERVENTIONS: NMR — perturbations in stride stance, step-and-stick onto the foam. Functional — carrying a 10 lb cheese block from the cooler shelf to the counter, stepping over a floor hose, floor to stand from half-kneel.
            IMPAIRMENTS ADDRESSED: R hemiparesis with poor R weight acceptance and impaired postural control after the L MCA stroke.
            OUTCOME MEASURES: Berg 40/56; cheese block carried 5 trips with SBA; floor to stand x3 with CGA.
            PATIENT / FAMILY EDUCATION: home program reviewed with her daughter.
            ATTESTATION: I personally furnished the services above. — Annika Vandervelde, PT, DPT, NCS
            """,
            ["I69.351"], [PT("97112", 23), PT("97530", 26)], [At(Mismatch, "97530")]),

        // SHMC: the note field went out empty (the note stayed in draft) on a 97112 line whose claim also has no diagnosis: note missing and diagnosis missing, nothing else.
        ["v7-h165-shmc-empty-note-no-diagnosis"] = new(
            "",
            [], [PT("97112", 23)], [At(NoteMissing, "97112"), Dx]),

        // ---------------------------------------------------------------- TVPT: Touchet Valley Physical Therapy

        // TVPT Owen, a new patient (an onion-shed sorter): "One-on-one for the entire billed service? Y"; perturbations on the foam, stepping over the onion sacks, tandem with head turns; postural sway and slow stepping; Berg and pushes; 23 matches: passes.
        ["vord-h165-tvpt-owen-onion-shed"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Owen Takacs, PT
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: perturbations at the pelvis on the foam, stepping over empty onion sacks to a stop and tandem walking with head turns, because his postural sway and slow step put him on the floor of the sorting shed twice this fall.
            DEFICIT ADDRESSED: postural control and slow protective stepping.
            OBJECTIVE: Berg 45/56; 7 of 10 pushes recovered with one step.
            NOTE TO REVIEWER: each element required for this service is documented above.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // TVPT Celeste: "One-on-one for the entire billed service? N — Mrs. Whitman and her husband, both my patients, did the balance circuit together" — other patients in the block: one-on-one missing; the rest present.
        ["v1-h165-tvpt-husband-and-wife-circuit"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Celeste Vandergriff, PT, DPT
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: One-on-one for the entire billed service? N — Mrs. Whitman and her husband, both my patients, did the balance circuit together
            WHAT I DID AND WHY: rocker board, foam stance with head turns and reactive steps to pushes, because her proprioceptive loss has her stumbling on the vineyard rows.
            DEFICIT ADDRESSED: proprioceptive loss in both feet.
            OBJECTIVE: Berg 46/56; rocker board 12 sec.
            NOTE TO REVIEWER: each element required for this service is documented above.
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // TVPT Owen: "One-on-one for the entire billed service? Y — her husband waited in the lobby" (family, not a patient); X2 viewing, habituation and head-turn walking; R vestibular hypofunction; DGI and DVA; 24 matches: passes.
        ["v1-h165-tvpt-husband-in-the-lobby"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Owen Takacs, PT
            SERVICE: 97112 Neuromuscular re-education — 24 min
            DELIVERY: One-on-one for the entire billed service? Y — her husband waited in the lobby
            WHAT I DID AND WHY: X2 viewing standing, habituation turning in bed to the R and walking the hall with head turns, because the room spins when she reaches up into the cherry trees.
            DEFICIT ADDRESSED: R vestibular hypofunction.
            OBJECTIVE: DGI 19/24; DVA lost 2 lines.
            NOTE TO REVIEWER: each element required for this service is documented above.
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // TVPT Brianna (PTA): a 97110 (step-ups, leg press, wall sits) with doses; R quad weakness after a TKA; 21 matches: passes.
        ["vord-h165-tvpt-brianna-97110"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Brianna Ferrell, PTA
            SERVICE: 97110 Therapeutic exercise — 21 min
            WHAT I DID AND WHY: forward step-ups on the 6 in step 3x10, leg press 70 lb 3x12 and wall sits 3 holds of 30 sec, because her R quad weakness keeps her off the ladder in the orchard.
            DEFICIT ADDRESSED: R quad weakness after the R TKA.
            OBJECTIVE: doses above; R quad 4/5.
            NOTE TO REVIEWER: each element required for this service is documented above.
            """,
            ["Z96.651"], [PTA("97110", 21)], []),

        // TVPT Celeste, two codes: "Y" answered; foam and pushes; thoracic and rib mobilisation; proprioceptive loss and thoracic stiffness; Berg and rotation degrees; "97112 … — 24 min" and "97140 … — 12 min" match: passes.
        ["vord-h165-tvpt-celeste-two-codes"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Celeste Vandergriff, PT, DPT
            SERVICE: 97112 Neuromuscular re-education — 24 min
            SERVICE: 97140 Manual therapy — 12 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: foam stance with eyes closed and reactive steps to pushes for his proprioceptive loss; thoracic PA glides grade III and rib mobilization to get back the rotation he needs to look over his shoulder on the tractor.
            DEFICIT ADDRESSED: proprioceptive loss in both feet; thoracic stiffness.
            OBJECTIVE: Berg 47/56; thoracic rotation R 30°, L 42°.
            NOTE TO REVIEWER: each element required for this service is documented above.
            """,
            ["E11.42", "M54.6"], [PT("97112", 24), PT("97140", 12)], []),

        // TVPT Owen, measures in their forms: CTSIB foam eyes closed "30 s (cap)" and a 5xSTS time; "Y" answered; foam stance, stepping strategies, sit-to-stand pacing; sensory reweighting deficit; 22 matches: passes.
        ["v5-h165-tvpt-ctsib-cap-and-5xsts"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Owen Takacs, PT
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: foam stance with eyes closed and head turns, stepping strategies to pushes and sit-to-stand onto the foam, because she relies on her eyes and loses her balance in the dark packing house.
            DEFICIT ADDRESSED: poor somatosensory and vestibular reweighting for balance.
            OBJECTIVE: CTSIB foam EC 30 s (cap; 11 s at eval); 5xSTS 12.4 s.
            NOTE TO REVIEWER: each element required for this service is documented above.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // TVPT Brianna (PTA): a complete 97110 (bridges, clamshells, step-ups with doses; L hip weakness) whose claim's diagnosis field went out as "see referral": not a well-formed ICD-10-CM code — diagnosis missing only.
        ["vord-h165-tvpt-dx-see-referral"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Brianna Ferrell, PTA
            SERVICE: 97110 Therapeutic exercise — 19 min
            WHAT I DID AND WHY: bridges 3x15, clamshells with the blue band 3x12 and lateral step-ups 3x10, because his L hip weakness makes him drop the hip on the stairs of the grain elevator.
            DEFICIT ADDRESSED: L hip abductor and extensor weakness.
            OBJECTIVE: doses above.
            NOTE TO REVIEWER: each element required for this service is documented above.
            """,
            ["see referral"], [PTA("97110", 19)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
