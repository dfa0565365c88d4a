using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-sixty-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read for
/// their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's output on
/// these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-second session, blind beside the hundred-and-sixty-second) is whole episodes of
/// care: nine patients, each followed visit by visit from the first treatment to discharge (eleven to thirteen visits
/// each) by the same clinician, each note written on that clinician's own template with the same sentences re-used visit
/// after visit and today's changes in the same places — progress numbers moving, a re-assessment visit in the middle, a
/// substitute clinician's visit now and then, and a missed element on the odd busy day. Each case is one visit (its id
/// carries the patient and the visit number) and each note is judged on its own, never against the visit before it.
/// About two thirds are ordinary and complete (72 of 106), single- and multi-code visits (97110, 97112, 97116, 97140,
/// 97530, up to three in a visit), by PTs and PTAs, from three employers no earlier set has:
/// <list type="number">
/// <item>a suburban orthopaedic private practice ("Wexford Commons Orthopaedic Physical Therapy", WCOPT: the Wexford
/// office on Route 19 and the Warrendale office by the sports dome, north of Pittsburgh), Brett Szalai (PT, DPT, OCS;
/// a pipe-separated header "Visit 4 of 12 | Tarantola, Gina | DOS …", then "97110 Therapeutic exercise — 24 min: …"
/// lines, "Problem list:", "Objective today:", "A:" and "P:"; his ACL template adds "Attendance: one-on-one w/ Brett")
/// and Jill Ostrowicz-Penn (PT, DPT; "Billed: 97140 (12 min) / 97110 (24 min)", "Manual:", "Ex:", "Impairment:",
/// "Data:", "Next:"), with Nicole Ferrante (PTA) covering a visit in her own "TE 97110 (25 min) —" shorthand; a
/// grandmother back to the stairs of her split-level after a right total knee, a seventeen-year-old goalkeeper after an
/// ACL reconstruction whose father watches from the window bench, and a dental hygienist after a left rotator-cuff
/// repair who wants her top kitchen shelf back;</item>
/// <item>a hospital neuro outpatient clinic ("Benedictine Coulee Medical Center — Neuro Outpatient Rehabilitation",
/// BCMC: the Sparta pavilion and the Tomah satellite, Wisconsin, with the hospital's skywalk as a walking track), Teodora
/// Vance (PT, DPT, NCS; "Delivery: ☒ 1:1 ☐ concurrent ☐ group", bracketed headings "97112 NEUROMUSCULAR RE-EDUCATION
/// [24 min]", "Neuro impairments:", "Measures:", "Response/plan:"), Jonah Brightwater (PT, DPT, LSVT BIG certified;
/// bullets "• 97112 — 24 min — …", "• Targets:", "• Numbers:") and Lise Aamodt (PT, DPT; "FOLLOW-UP #n", "Seen
/// individually", "97112 (24 min):", "Target:", "Today's numbers:"), with Rafe Ekwueme (PT) covering in plain narrative;
/// a retired cranberry-marsh foreman after a left MCA stroke, a church organist with Parkinson's disease whose husband
/// is also on the caseload, and a school-bus driver with vestibular neuritis and her wife;</item>
/// <item>a rural critical-access hospital's therapy department ("Dismal River Community Hospital — Therapy
/// Department", DRCH: the hospital in Thedford, Nebraska, and its outreach room at the Mullen clinic), Darlene Vrbka
/// (PT, the department's only PT; "OP PT Daily Note — Rx #n", "Seen by: D. Vrbka PT", "Time: 97110 = 23 min; 97116 =
/// 15 min", "Treatment:", "Problem:", "Objective:", "Plan:"), with Trent Mlnarik (PTA) covering on her outreach days;
/// a widow after a right hip fracture whose granddaughter drives her in, a sandhills rancher with diabetic neuropathy
/// and falls whose wife crochets in the corner, and a hay hauler with a low-back strain.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer reading one visit at a time, applying the contract
/// to what that note says — a sentence carried from the visit before says what it says today, "see eval", "same as last
/// time" and "no change" state nothing, and a blank or an unticked box states nothing:
/// <list type="bullet">
/// <item>class 1 (v1-h164-…): one-on-one in these writers' own words ("Attendance: one-on-one w/ Brett — his dad
/// watched from the window bench", "Seen individually; her wife sat in to learn the home program", "1:1 — just him and
/// me in the gym; Bernice crocheted in the corner"), notes that negate it (the goalkeeper and another post-op athlete on
/// the rocker boards side by side, the organist's husband doing his own BIG session beside her, the rancher's balance
/// work done together with another patient at the parallel bars, the stroke patient and a support-group friend doing
/// step-and-stick side by side, both the therapist's patients) and notes that never state it (a busy day's deleted
/// attendance line, a substitute who left it out, the bullet deleted from a PD note);</item>
/// <item>class 2 (v2-h164-…): checkbox and blank-field states: the neuro template's "☒ 1:1" row ticked and the same row
/// with nothing ticked, "Objective: Berg ___ foam stance ___ sec" blanks on a rancher's busy day, "Time: 97112 = 23 min;
/// 97110 = ___ min";</item>
/// <item>class 3 (v3-h164-…): named programmes and methods as techniques: LSVT BIG maximal daily exercises, Otago level B
/// strengthening with its cuff weight, Cawthorne-Cooksey progression with X2 viewing, Maitland grade III posterior
/// glides and Mulligan mobilisation with movement, perturbation training after the roller-board and tilt-board
/// protocol for ACL athletes;</item>
/// <item>class 4 (v4-h164-…): deficits stated as findings (feet stuck to the floor in the bathroom doorway, a hip that
/// won't let her up the steps into St. Anne's without the rail) and a note that states none ("Target: same as last
/// time");</item>
/// <item>class 5 (v5-h164-…): measures in every usual form (foam eyes-closed trials "14, 19, 22 s", external rotation
/// degrees and reach counts, loads lifted floor to waist) and notes with none on a busy day ("Measures: ___", an
/// exercise list with no doses, a neuro block with its numbers line left empty);</item>
/// <item>class 6 (v6-h164-…): minutes in these templates' forms (a clock range on each code's own line in an
/// early-morning slot and at the outreach clinic, "[13 min]" headings) and true mismatches (a last visit's minutes carried forward — 24 on a 35-minute
/// 97110, "[25 min]" on a 13-minute 97116, "97116 = 25 min" on a 12-minute 97116, 25 on a 15-minute 97112, 38 on a 25-minute 97112, 22 on a 10-minute 97140,
/// 30 on an 18-minute 97530, 30 on a 15-minute 97110) and truly missing separate time (a two-code total "Ther ex +
/// manual: 38 min", "Total timed: 36 min", "Timed total 38 min (NMR + functional)", "Time: 38 min total", one code's
/// minutes left "___");</item>
/// <item>class 7 (v7-h164-…): an empty note on a two-code visit, the contract's meanings for 97530 (a laundry
/// basket to the dryer shelf, getting in and out of the car simulator), 97140 (central PA glides and soft tissue to the
/// quadratus lumborum) and 97116 (hemi-walker to a straight cane on the skywalk) — 97110's (exercises named with their doses for a region)
/// carried by the ordinary notes of four episodes — and wholly generic notes on a busy
/// day ("Neuro re-ed per POC. Pt tolerated well.", "Manual and functional activities per POC.");</item>
/// <item>ordinary (vord-h164-…): the complete visit notes of every episode that a reviewer passes (the false-positive
/// guard), the re-assessment visits and the substitutes' visits among them, and the ordinary weak ones: three complete
/// visits whose claims went out with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING — the visits of one episode are sent as different patients, so
/// the re-used sentences of a clinician's notes never make a clone); only DOC_* findings are compared, as "RULE@code" per
/// line and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — a father, a wife, a husband who is
/// also a patient, a granddaughter, a hired man (the other post-op athlete, the husband doing his own session, the
/// rancher's neighbour at the bars and the support-group friend are patients), visit counts ("Visit 4 of 12", "Rx #5",
/// "FOLLOW-UP #3"), dates of service, ages, post-op weeks, step heights in inches, loads in pounds, knee and shoulder
/// degrees, reach in centimetres, distances in feet, counts of landings, trials and steps, and a time of day — and each
/// is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the
/// code ("97110 Therapeutic exercise — 24 min", "97112 (24 min):", "Time: 97110 = 23 min"), in its block's heading
/// ("97116 GAIT TRAINING [13 min]") or as a clock range on the code's own line; no note gives minutes to a visit, a
/// drill, a rest or a test, except the four that fail for a visit total; notes failed for want of a measure carry no
/// number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit
/// or measure at all. A 97112 passes the measure check only on an objective measure with a number; for the other codes a
/// dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed
/// minutes: a family member, caregiver or staff member in the room does not undo a one-on-one statement, another patient
/// treated in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what an episode makes arguable: a note that points to the visit before it for the one
/// element it lacks ("1:1 as before", "measures as last visit") and a sentence carried forward that today's
/// lines contradict (yesterday's minutes for a code billed today with minutes within ten of them, last visit's
/// one-on-one line above today's note of a shared gym), a re-assessment whose scores are only self-rated (DHI, ABC,
/// KOOS), a substitute's note that names the regular clinician's plan as its technique, and a deficit named only by a
/// region inside an exercise on a visit whose problem line was left "see eval".
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 103 of 106 cases agree (104 needed), and 3 of the 72 notes the reviewer passes got a finding, on the analyzer of 0183516 (the 2026-12-07 twenty-second session after the hundred-and-fifty-sixth to hundred-and-sixty-first sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, ed4cfb9): 106 of 106, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSixtyFourthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- episode 1: WCOPT Wexford, Gina Tarantola, R TKA (Brett Szalai), 97110 + 97140

        // WCOPT Brett's TKA template, visit 1: exercises and manual with doses, R knee stiffness and quad weakness, knee ROM; 97110 24 and 97140 12 next to the codes match: passes.
        ["vord-h164-wc-tarantola-v01"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit 1 of 12 | Tarantola, Gina (64) | DOS 10/20/2026 | Brett Szalai, PT, DPT, OCS
            S: Sore but sleeping in the recliner less. Using the walker in the house.
            97110 Therapeutic exercise — 24 min: quad sets 2x10 with a 5 sec hold, heel slides with the strap 3x10, SAQ over the bolster 2x15, supine hip abduction 2x10
            97140 Manual therapy — 12 min: patellar mobs superior/inferior grade II, 3 bouts of 30; STM to the distal quad around the incision
            Problem list: R knee flexion and extension stiffness and R quad weakness after the R TKA on 10/14; can't yet do the half-flight up to the bedrooms of her split-level step over step
            Objective today: R knee flexion AROM 88°, extension lacks 9°; quad lag on SLR
            A: Range and quad firing as expected at one week post-op; swelling moderate.
            P: Add the bike next visit.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 24), PT("97140", 12)], []),

        // WCOPT Brett's TKA template, visit 2: exercises and manual with doses, R knee stiffness and quad weakness, knee ROM; 97110 25 and 97140 11 next to the codes match: passes.
        ["vord-h164-wc-tarantola-v02"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit 2 of 12 | Tarantola, Gina (64) | DOS 10/22/2026 | Brett Szalai, PT, DPT, OCS
            S: Walked to the mailbox with the walker yesterday.
            97110 Therapeutic exercise — 25 min: quad sets 2x10 with a 5 sec hold, heel slides 3x12, SAQ 2x15, recumbent bike rocking for range, seat 9
            97140 Manual therapy — 11 min: patellar mobs grade II-III, 3 bouts of 30; STM to the distal quad and lateral retinaculum
            Problem list: R knee flexion and extension stiffness and R quad weakness after the R TKA on 10/14; can't yet do the half-flight up to the bedrooms of her split-level step over step
            Objective today: R knee flexion AROM 93°, extension lacks 7°
            A: Better quad set, flexion up 5°.
            P: Same; start step-ups when flexion passes 100°.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 25), PT("97140", 11)], []),

        // WCOPT Brett's TKA template, visit 3: exercises and manual with doses, R knee stiffness and quad weakness, knee ROM; 97110 24 and 97140 13 next to the codes match: passes.
        ["vord-h164-wc-tarantola-v03"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit 3 of 12 | Tarantola, Gina (64) | DOS 10/27/2026 | Brett Szalai, PT, DPT, OCS
            S: Went to her granddaughter's recital sitting on the aisle with the leg out.
            97110 Therapeutic exercise — 24 min: heel slides 3x12, SAQ 2x15 with a 2 lb weight, bike full revolutions seat 8, mini squats at the counter 2x10
            97140 Manual therapy — 13 min: tib-fem A/P glides grade III, 4 bouts of 30; patellar mobs
            Problem list: R knee flexion and extension stiffness and R quad weakness after the R TKA on 10/14; can't yet do the half-flight up to the bedrooms of her split-level step over step
            Objective today: R knee flexion AROM 99°, extension lacks 6°; SLR without a lag
            A: Full revolutions on the bike today.
            P: 4-inch step-ups next visit.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 24), PT("97140", 13)], []),

        // Visit 4: the template line still says "97110 Therapeutic exercise — 24 min" from visit 3 but the line is 35 minutes (a long step-up day): mismatch on 97110; 97140's 11 match and the note is otherwise complete.
        ["v6-h164-wc-tarantola-v04-last-visits-minutes"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit 4 of 12 | Tarantola, Gina (64) | DOS 10/29/2026 | Brett Szalai, PT, DPT, OCS
            S: Did the three steps into the garage with the rail and a cane.
            97110 Therapeutic exercise — 24 min: 4-inch step-ups 3x10 leading R, bike seat 8, heel slides 3x12, SAQ 2x15 with a 3 lb weight, terminal knee extension with the green band 3x15
            97140 Manual therapy — 11 min: tib-fem A/P glides grade III, 4 bouts of 30; flexion mobs in sitting
            Problem list: R knee flexion and extension stiffness and R quad weakness after the R TKA on 10/14; can't yet do the half-flight up to the bedrooms of her split-level step over step
            Objective today: R knee flexion AROM 104°, extension lacks 5°
            A: Step-ups with good control, mild valgus on the way down.
            P: 6-inch step next visit.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 35), PT("97140", 11)], [At(Mismatch, "97110")]),

        // Visit 5: the same template with today's doses and ROM; 97110 26 and 97140 12 match: passes.
        ["vord-h164-wc-tarantola-v05"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit 5 of 12 | Tarantola, Gina (64) | DOS 11/03/2026 | Brett Szalai, PT, DPT, OCS
            S: Back at church Sunday, used the cane.
            97110 Therapeutic exercise — 26 min: 6-inch step-ups 3x10, lateral step-ups 2x10, TKE green band 3x15, bike seat 7, mini squats 3x10
            97140 Manual therapy — 12 min: tib-fem A/P glides grade III-IV, 4 bouts of 30; STM to the hamstrings
            Problem list: R knee flexion and extension stiffness and R quad weakness after the R TKA on 10/14; can't yet do the half-flight up to the bedrooms of her split-level step over step
            Objective today: R knee flexion AROM 108°, extension lacks 4°
            A: Good week; quad endurance lagging on the lateral steps.
            P: Progress to the 8-inch step.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 26), PT("97140", 12)], []),

        // Visit 6, the mid-episode progress report on the same template (re-assessment not billed as a line): TUG, 30-second chair stands, ROM and stairs; exercise and manual with doses; 97110 25 and 97140 13 match: passes.
        ["vord-h164-wc-tarantola-v06-progress-report"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit 6 of 12 | Tarantola, Gina (64) | DOS 11/05/2026 | Brett Szalai, PT, DPT, OCS
            S: Progress report. Up the half-flight step over step with the rail, down step to step.
            97110 Therapeutic exercise — 25 min: 8-inch step-ups 3x10, lateral step-downs from 4 inches 2x10, leg press 50 lb 3x12, bike seat 7
            97140 Manual therapy — 13 min: tib-fem A/P glides grade IV, 4 bouts of 30; prone knee flexion contract-relax 5 reps
            Problem list: R knee flexion and extension stiffness and R quad weakness after the R TKA on 10/14; can't yet do the half-flight up to the bedrooms of her split-level step over step
            Objective today: Progress report: TUG 11.2 sec (18.9 at eval); 30-second chair stand 8 (4 at eval); R knee flexion 112°, extension lacks 3°; stairs step over step up, step to step down
            A: Meeting the range goal, strength goals partly met.
            P: Continue 2x/week through visit 12.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 25), PT("97140", 13)], []),

        // Visit 7, covered by Nicole Ferrante, PTA, in her own shorthand ("TE 97110 (25 min) — …", "MT 97140 (11 min) — …"): step-downs, leg press and bike with doses, patellar and tib-fem mobs with bouts, R knee stiffness and quad weakness, flexion degrees; minutes match the PTA lines: passes.
        ["vord-h164-wc-tarantola-v07-pta-ferrante"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Tarantola, Gina — seen by N. Ferrante PTA for B. Szalai (on the Warrendale schedule today)
            TE 97110 (25 min) — lateral step-downs 4 in 3x10, leg press 55 lb 3x12, bike seat 7, TKE blue band 3x15
            MT 97140 (11 min) — patellar mobs grade III 3 bouts of 30, tib-fem A/P glides grade III 3 bouts of 30
            Why: R quad weakness and R knee flexion stiffness after the TKA; knee wobbles on the step-down
            Knee flexion 114° today. Pt reports no increase in pain after.
            Next: per Brett's POC.
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 25), PTA("97140", 11)], []),

        // Visit 8, a busy Monday: Brett ran the two code lines together into "Ther ex + manual: 38 min" — no minutes for each of the two timed codes: separate time missing; technique, deficit and doses present.
        ["v6-h164-wc-tarantola-v08-one-total-for-two-codes"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit 8 of 12 | Tarantola, Gina (64) | DOS 11/10/2026 | Brett Szalai, PT, DPT, OCS
            S: Shoveled the first snow off her porch steps (told her not to).
            Ther ex + manual: 38 min — 8-inch step-ups 3x10, lateral step-downs 6 in 2x10, leg press 60 lb 3x12; tib-fem A/P glides grade IV 4 bouts of 30
            Problem list: R knee flexion and extension stiffness and R quad weakness after the R TKA on 10/14; can't yet do the half-flight up to the bedrooms of her split-level step over step
            Objective today: R knee flexion AROM 116°, extension lacks 2°
            A: Doing well.
            P: Same.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 26), PT("97140", 12)], [SepTime]),

        // Visit 9: template as usual; forward step-downs, leg press, single-leg stance at the counter with doses, tib-fem glides; R knee stiffness and quad weakness; ROM and step-down count; 97110 27 and 97140 10 match: passes.
        ["vord-h164-wc-tarantola-v09"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit 9 of 12 | Tarantola, Gina (64) | DOS 11/12/2026 | Brett Szalai, PT, DPT, OCS
            S: Hosted her sister's birthday dinner, on her feet a lot, knee achy at night.
            97110 Therapeutic exercise — 27 min: forward step-downs 4 in 3x8, leg press 60 lb 3x12, single-leg stance at the counter 5x10 sec, bike seat 6
            97140 Manual therapy — 10 min: tib-fem A/P glides grade IV, 3 bouts of 30
            Problem list: R knee flexion and extension stiffness and R quad weakness after the R TKA on 10/14; can't yet do the half-flight up to the bedrooms of her split-level step over step
            Objective today: R knee flexion AROM 117°; 8 of 8 forward step-downs without the knee dropping in
            A: Tolerating the step-downs now.
            P: Add walking on the treadmill at 1.8 mph.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 27), PT("97140", 10)], []),

        // Visit 10, written in a hurry with the header's visit count and date left off: exercises and mobs named without any dose, "Objective today: ___"; the deficit is stated; the note's only numbers are the codes and their minutes: measure missing on both lines.
        ["v5-h164-wc-tarantola-v10-no-doses-no-numbers"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Tarantola, Gina | Brett Szalai, PT, DPT, OCS
            S: Knee stiff after the car ride.
            97110 Therapeutic exercise — 23 min: step-ups, step-downs, leg press, bike
            97140 Manual therapy — 11 min: patellar mobs and tib-fem glides
            Problem list: R knee flexion and extension stiffness and R quad weakness after the R TKA; still slow on the half-flight up to the bedrooms
            Objective today: ___
            A: Steady.
            P: Same.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 23), PT("97140", 11)], [At(Measure, "97110"), At(Measure, "97140")]),

        // Visit 11: a complete note (treadmill, step-downs and leg press with doses, tib-fem glides, stiffness and quad weakness, ROM) sent with the claim's diagnosis field empty: diagnosis missing only.
        ["vord-h164-wc-tarantola-v11-no-diagnosis-on-claim"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit 11 of 12 | Tarantola, Gina (64) | DOS 11/17/2026 | Brett Szalai, PT, DPT, OCS
            S: Walked the whole Wexford Target with the cane folded in her bag.
            97110 Therapeutic exercise — 26 min: treadmill at 1.8 then 2.0 mph for a quarter mile; forward step-downs 6 in 3x8; leg press 65 lb 3x12
            97140 Manual therapy — 10 min: tib-fem A/P glides grade IV, 3 bouts of 30
            Problem list: R knee flexion and extension stiffness and R quad weakness after the R TKA on 10/14; can't yet do the half-flight up to the bedrooms of her split-level step over step
            Objective today: R knee flexion AROM 119°, extension lacks 1°
            A: Near discharge.
            P: Discharge visit next.
            """,
            [], [PT("97110", 26), PT("97140", 10)], [Dx]),

        // Visit 12, discharge on the same template: final TUG, chair stands and ROM, exercises and manual with doses, deficit carried; 97110 24 and 97140 9 match: passes.
        ["vord-h164-wc-tarantola-v12-discharge"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit 12 of 12 | Tarantola, Gina (64) | DOS 11/19/2026 | Brett Szalai, PT, DPT, OCS
            S: Discharge. Half-flight step over step both ways with a hand on the rail.
            97110 Therapeutic exercise — 24 min: forward step-downs 6 in 3x10, leg press 70 lb 3x12, single-leg stance 5x15 sec, review of the home program
            97140 Manual therapy — 9 min: tib-fem A/P glides grade IV, 2 bouts of 30
            Problem list: R knee flexion and extension stiffness and R quad weakness after the R TKA on 10/14; can't yet do the half-flight up to the bedrooms of her split-level step over step
            Objective today: Discharge: TUG 8.4 sec; 30-second chair stand 12; R knee flexion 121°, extension 0°
            A: Goals met but for the descent without the rail.
            P: D/C to the home program.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 24), PT("97140", 9)], []),

        // ---------------------------------------------------------------- episode 2: WCOPT Warrendale, Owen Pietrangeli, R ACL reconstruction (Brett Szalai), 97110 + 97112

        // WCOPT Brett's ACL template, visit 1 at the sports dome: leg press and step-downs with doses; single-leg stance on foam with ball tosses and perturbations; quad deficit and poor proprioception with valgus; Y-balance and perturbation count; attendance one-on-one; 97110 22 and 97112 16 match: passes.
        ["vord-h164-wc-pietrangeli-v01"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office (sports dome)
            Visit 1 of 12 | Pietrangeli, Owen (17) | DOS 10/19/2026 | Brett Szalai, PT, DPT, OCS
            Attendance: one-on-one w/ Brett for both codes
            97110 Therapeutic exercise — 22 min: leg press 80 lb 3x12, forward step-downs 6 in 3x10, bridges on the ball 3x12
            97112 Neuromuscular re-ed — 16 min: single-leg stance on the foam pad with ball tosses, manual perturbations at the hips in single-leg stance
            Problem list: R quad strength deficit and poor R knee proprioception with dynamic valgus on landing after the R ACL reconstruction on 09/15
            Objective today: Y-balance anterior reach R 58 cm, L 67 cm; 5 of 10 perturbations held without touching down
            A/P: Week five post-op; quad still lags. Progress the landings as the knee allows.
            """,
            ["S83.511D", "Z47.89"], [PT("97110", 22), PT("97112", 16)], []),

        // Visit 2: "one-on-one w/ Brett for both codes — his dad watched from the window bench" (a parent, not a patient); tilt-board perturbations and single-leg squats to a target; Y-balance and counts; 97110 23 and 97112 15 match: passes.
        ["v1-h164-wc-pietrangeli-v02-dad-on-the-window-bench"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office (sports dome)
            Visit 2 of 12 | Pietrangeli, Owen (17) | DOS 10/21/2026 | Brett Szalai, PT, DPT, OCS
            Attendance: one-on-one w/ Brett for both codes — his dad watched from the window bench
            97110 Therapeutic exercise — 23 min: leg press 90 lb 3x12, lateral step-downs 6 in 3x10, Nordic hamstring eccentrics with the partner strap 2x6
            97112 Neuromuscular re-ed — 15 min: tilt-board perturbations in single-leg stance, single-leg squat to a cone target with mirror feedback for knee alignment
            Problem list: R quad strength deficit and poor R knee proprioception with dynamic valgus on landing after the R ACL reconstruction on 09/15
            Objective today: Y-balance anterior reach R 60 cm; 6 of 10 perturbations held
            A/P: Better knee alignment with the mirror.
            """,
            ["S83.511D", "Z47.89"], [PT("97110", 23), PT("97112", 15)], []),

        // Visit 3: same template; leg press, step-downs and sled push with doses; roller-board perturbations and double-leg landings with a stick; quad and proprioceptive deficit; Y-balance and landing count; 97110 24 and 97112 14 match: passes.
        ["vord-h164-wc-pietrangeli-v03"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office (sports dome)
            Visit 3 of 12 | Pietrangeli, Owen (17) | DOS 10/26/2026 | Brett Szalai, PT, DPT, OCS
            Attendance: one-on-one w/ Brett for both codes
            97110 Therapeutic exercise — 24 min: leg press 100 lb 3x10, forward step-downs 8 in 3x8, sled push 90 lb 4 lengths of the turf
            97112 Neuromuscular re-ed — 14 min: roller-board perturbations in single-leg stance, double-leg landings off a 12-inch box with a 2-second stick
            Problem list: R quad strength deficit and poor R knee proprioception with dynamic valgus on landing after the R ACL reconstruction on 09/15
            Objective today: Y-balance anterior reach R 61 cm; 7 of 10 landings without valgus
            A/P: Landing better double-leg; not ready for single.
            """,
            ["S83.511D", "Z47.89"], [PT("97110", 24), PT("97112", 14)], []),

        // Visit 4, a crowded after-school slot: Brett deleted the attendance line with the old date and never put it back — nothing says one-on-one or individual: one-on-one missing; techniques, deficit, measures and minutes (97110 23, 97112 15) complete.
        ["v1-h164-wc-pietrangeli-v04-attendance-line-deleted"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office (sports dome)
            Visit 4 of 12 | Pietrangeli, Owen (17) | DOS 10/28/2026 | Brett Szalai, PT, DPT, OCS
            97110 Therapeutic exercise — 23 min: leg press 100 lb 3x12, Bulgarian split squats 3x8 each, sled push 4 lengths
            97112 Neuromuscular re-ed — 15 min: tilt-board perturbations with eyes closed, single-leg landings off a 6-inch box with a stick
            Problem list: R quad strength deficit and poor R knee proprioception with dynamic valgus on landing after the R ACL reconstruction on 09/15
            Objective today: Y-balance anterior reach R 62 cm; 6 of 10 single-leg landings without valgus
            A/P: Progressing.
            """,
            ["S83.511D", "Z47.89"], [PT("97110", 23), PT("97112", 15)], [At(OneOnOne, "97112")]),

        // Visit 5: same template; split squats, sled and leg press with doses; perturbations during ball catches and lateral hops to a stick; deficit; Y-balance and landing count; 97110 25 and 97112 13 match: passes.
        ["vord-h164-wc-pietrangeli-v05"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office (sports dome)
            Visit 5 of 12 | Pietrangeli, Owen (17) | DOS 11/02/2026 | Brett Szalai, PT, DPT, OCS
            Attendance: one-on-one w/ Brett for both codes
            97110 Therapeutic exercise — 25 min: leg press 110 lb 3x10, Bulgarian split squats 3x10 each, sled push 100 lb 4 lengths
            97112 Neuromuscular re-ed — 13 min: perturbations at the trunk during ball catches on the foam, lateral hops to a 2-second stick
            Problem list: R quad strength deficit and poor R knee proprioception with dynamic valgus on landing after the R ACL reconstruction on 09/15
            Objective today: Y-balance anterior reach R 63 cm; 7 of 10 lateral hops stuck without valgus
            A/P: Good session.
            """,
            ["S83.511D", "Z47.89"], [PT("97110", 25), PT("97112", 13)], []),

        // Visit 6: "Owen and the Pine-Richland sophomore (also post-op, also mine) worked the rocker boards side by side, me cueing both" in the neuro block — another patient treated in the billed time: one-on-one missing (the template's one-on-one line was overwritten); otherwise complete.
        ["v1-h164-wc-pietrangeli-v06-side-by-side-athletes"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office (sports dome)
            Visit 6 of 12 | Pietrangeli, Owen (17) | DOS 11/04/2026 | Brett Szalai, PT, DPT, OCS
            Attendance: Owen and the Pine-Richland sophomore (also post-op, also mine) worked the rocker boards side by side for the NMR block, me cueing both
            97110 Therapeutic exercise — 24 min: leg press 110 lb 3x12, single-leg RDL 3x8 with 20 lb
            97112 Neuromuscular re-ed — 15 min: rocker-board perturbations, single-leg landings off the 6-inch box with a stick
            Problem list: R quad strength deficit and poor R knee proprioception with dynamic valgus on landing after the R ACL reconstruction on 09/15
            Objective today: Y-balance anterior reach R 63 cm; 7 of 10 landings without valgus
            A/P: Fine.
            """,
            ["S83.511D", "Z47.89"], [PT("97110", 24), PT("97112", 15)], [At(OneOnOne, "97112")]),

        // Visit 7, the twelve-week re-assessment on the same template: single-leg hop and triple hop limb symmetry, quad index on the dynamometer, Y-balance; exercise with doses and perturbation training; one-on-one; 97110 22 and 97112 16 match: passes.
        ["vord-h164-wc-pietrangeli-v07-re-assessment"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office (sports dome)
            Visit 7 of 12 | Pietrangeli, Owen (17) | DOS 11/09/2026 | Brett Szalai, PT, DPT, OCS
            Attendance: one-on-one w/ Brett for both codes
            97110 Therapeutic exercise — 22 min: leg press 120 lb 3x10, single-leg RDL 3x8 with 25 lb
            97112 Neuromuscular re-ed — 16 min: perturbation training on the roller board, hop-and-stick series forward and lateral
            Problem list: R quad strength deficit and poor R knee proprioception with dynamic valgus on landing after the R ACL reconstruction on 09/15
            Objective today: Re-assessment: single hop LSI 78%, triple hop LSI 74%; quad index 71% on the handheld dynamometer; Y-balance anterior R 64 cm, L 68 cm
            A/P: Not yet cleared to run; re-test at visit 12.
            """,
            ["S83.511D", "Z47.89"], [PT("97110", 22), PT("97112", 16)], []),

        // Visit 8: "perturbation training per the Fitzgerald roller-board and tilt-board protocol, level 3" as the named method, with reactive cutting to a hand signal; deficit and counts; one-on-one; 97110 24 and 97112 14 match: passes.
        ["v3-h164-wc-pietrangeli-v08-perturbation-protocol"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office (sports dome)
            Visit 8 of 12 | Pietrangeli, Owen (17) | DOS 11/11/2026 | Brett Szalai, PT, DPT, OCS
            Attendance: one-on-one w/ Brett for both codes
            97110 Therapeutic exercise — 24 min: leg press 120 lb 3x12, lateral band walks 3 lengths of the turf, Copenhagen planks 3x20 sec
            97112 Neuromuscular re-ed — 14 min: perturbation training per the Fitzgerald roller-board and tilt-board protocol, level 3; reactive cuts to my hand signal
            Problem list: R quad strength deficit and poor R knee proprioception with dynamic valgus on landing after the R ACL reconstruction on 09/15
            Objective today: 8 of 10 reactive cuts with the knee over the toes; Y-balance anterior R 65 cm
            A/P: Light week at school.
            """,
            ["S83.511D", "Z47.89"], [PT("97110", 24), PT("97112", 14)], []),

        // Visit 9: the neuro line still reads "— 25 min" from an earlier long block but today's 97112 line is 15 minutes: mismatch on 97112; 97110 23 matches and the note is otherwise complete.
        ["v6-h164-wc-pietrangeli-v09-neuro-minutes-carried"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office (sports dome)
            Visit 9 of 12 | Pietrangeli, Owen (17) | DOS 11/16/2026 | Brett Szalai, PT, DPT, OCS
            Attendance: one-on-one w/ Brett for both codes
            97110 Therapeutic exercise — 23 min: leg press 130 lb 3x10, single-leg RDL 3x10 with 25 lb
            97112 Neuromuscular re-ed — 25 min: tilt-board perturbations with head turns, single-leg landings off the 12-inch box with a stick
            Problem list: R quad strength deficit and poor R knee proprioception with dynamic valgus on landing after the R ACL reconstruction on 09/15
            Objective today: 8 of 10 landings without valgus; Y-balance anterior R 65 cm
            A/P: Landing control much better.
            """,
            ["S83.511D", "Z47.89"], [PT("97110", 23), PT("97112", 15)], [At(Mismatch, "97112")]),

        // Visit 10: same template; exercise with doses, perturbations and deceleration drills; deficit; landing counts and Y-balance; one-on-one; 97110 21 and 97112 17 match: passes.
        ["vord-h164-wc-pietrangeli-v10"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office (sports dome)
            Visit 10 of 12 | Pietrangeli, Owen (17) | DOS 11/18/2026 | Brett Szalai, PT, DPT, OCS
            Attendance: one-on-one w/ Brett for both codes
            97110 Therapeutic exercise — 21 min: leg press 130 lb 3x12, Nordic eccentrics 3x6, sled push 120 lb 4 lengths
            97112 Neuromuscular re-ed — 17 min: perturbations at the pelvis during single-leg squats, deceleration to a stick from a shuffle
            Problem list: R quad strength deficit and poor R knee proprioception with dynamic valgus on landing after the R ACL reconstruction on 09/15
            Objective today: 9 of 10 decelerations without valgus; Y-balance anterior R 66 cm
            A/P: Ready to test next week.
            """,
            ["S83.511D", "Z47.89"], [PT("97110", 21), PT("97112", 17)], []),

        // Visit 11, a short neuro-only visit on a game-film night with the header's count and date and the Objective left empty: tilt-board and roller-board perturbations and landings named, deficit stated, one-on-one stated, no number but the code and its minutes: measure missing on 97112.
        ["v5-h164-wc-pietrangeli-v11-neuro-only-no-numbers"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office (sports dome)
            Pietrangeli, Owen | Brett Szalai, PT, DPT, OCS
            Attendance: one-on-one w/ Brett
            97112 Neuromuscular re-ed — 18 min: tilt-board and roller-board perturbations, single-leg landings off the box with a stick, reactive cuts to my hand signal
            Problem list: R knee proprioception and dynamic valgus on landing after the R ACL reconstruction
            Objective today: —
            A/P: Short one tonight, film session at school.
            """,
            ["S83.511D", "Z47.89"], [PT("97112", 18)], [At(Measure, "97112")]),

        // Visit 12, discharge to the sports-performance group: hop testing and quad index, exercise with doses, perturbations, deficit, one-on-one; 97110 22 and 97112 15 match: passes.
        ["vord-h164-wc-pietrangeli-v12-discharge"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office (sports dome)
            Visit 12 of 12 | Pietrangeli, Owen (17) | DOS 11/25/2026 | Brett Szalai, PT, DPT, OCS
            Attendance: one-on-one w/ Brett for both codes
            97110 Therapeutic exercise — 22 min: leg press 140 lb 3x10, single-leg RDL 3x10 with 30 lb, review of the gym program
            97112 Neuromuscular re-ed — 15 min: perturbation training on the roller board, hop-and-stick in four directions
            Problem list: R quad strength deficit and poor R knee proprioception with dynamic valgus on landing after the R ACL reconstruction on 09/15
            Objective today: Discharge: single hop LSI 88%, triple hop LSI 86%; quad index 84%; 10 of 10 landings without valgus
            A/P: D/C to the sports-performance group; cleared by the surgeon to jog.
            """,
            ["S83.511D", "Z47.89"], [PT("97110", 22), PT("97112", 15)], []),

        // ---------------------------------------------------------------- episode 3: WCOPT Warrendale, Carla Dombrowski, L rotator-cuff repair (Jill Ostrowicz-Penn), 97140 + 97110 (+ 97530)

        // WCOPT Jill's template ("Billed: 97140 (12 min) / 97110 (24 min)"), treatment 1 after a L cuff repair: GH glides and PROM, pendulums and table slides with doses, stiffness and weakness, PROM degrees; minutes match: passes.
        ["vord-h164-wc-dombrowski-v01"] = new(
            """
            WCOPT Warrendale | Dombrowski, C. (52) | Tx #1 | 10/20/2026 | J. Ostrowicz-Penn PT, DPT
            Billed: 97140 (12 min) / 97110 (24 min)
            Manual: GH inferior and posterior glides grade II, PROM flexion and ER in the scapular plane
            Ex: pendulums 2x30, table slides 2x15, scapular retraction 3x10, wrist and grip work with the putty
            Impairment: L shoulder flexion and ER stiffness and L cuff weakness after the L rotator cuff repair on 10/06; can't reach the top kitchen shelf or hold her arm up at the patient chair
            Data: PROM flexion 98°, ER 22°
            Next: AAROM when the surgeon clears it.
            """,
            ["M75.122", "Z98.890"], [PT("97140", 12), PT("97110", 24)], []),

        // Treatment 2: same template; glides and PROM, wand and table slides with doses; stiffness and weakness; PROM degrees; minutes match: passes.
        ["vord-h164-wc-dombrowski-v02"] = new(
            """
            WCOPT Warrendale | Dombrowski, C. (52) | Tx #2 | 10/23/2026 | J. Ostrowicz-Penn PT, DPT
            Billed: 97140 (13 min) / 97110 (23 min)
            Manual: GH posterior glides grade II-III, PROM flexion, ER and IR
            Ex: wand AAROM flexion 2x15, table slides 3x15, scapular retraction with the yellow band 3x10
            Impairment: L shoulder flexion and ER stiffness and L cuff weakness after the L rotator cuff repair on 10/06; can't reach the top kitchen shelf or hold her arm up at the patient chair
            Data: PROM flexion 106°, ER 28°
            Next: Pulleys next time.
            """,
            ["M75.122", "Z98.890"], [PT("97140", 13), PT("97110", 23)], []),

        // Treatment 3: "Maitland grade III posterior glides" and "Mulligan MWM for elevation" as the named manual methods, pulleys and wand with doses; stiffness; degrees; minutes match: passes.
        ["v3-h164-wc-dombrowski-v03-maitland-mulligan"] = new(
            """
            WCOPT Warrendale | Dombrowski, C. (52) | Tx #3 | 10/27/2026 | J. Ostrowicz-Penn PT, DPT
            Billed: 97140 (12 min) / 97110 (25 min)
            Manual: Maitland grade III GH posterior glides, 3 bouts of 30; Mulligan MWM for elevation 3x6
            Ex: pulleys 2x20, wand ER 3x12, isometric ER and IR 10x5 sec
            Impairment: L shoulder flexion and ER stiffness and L cuff weakness after the L rotator cuff repair on 10/06; can't reach the top kitchen shelf or hold her arm up at the patient chair
            Data: AAROM flexion 118°, ER 34°
            Next: Start AROM next visit.
            """,
            ["M75.122", "Z98.890"], [PT("97140", 12), PT("97110", 25)], []),

        // Treatment 4, Jill's early-morning slot written with clock ranges on each code's own line ("97140 7:05–7:17", "97110 7:17–7:41", 12 and 24 minutes): glides, AROM and band work with doses; minutes match: passes.
        ["v6-h164-wc-dombrowski-v04-clock-ranges"] = new(
            """
            WCOPT Warrendale | Dombrowski, C. (52) | Tx #4 | 10/30/2026 | J. Ostrowicz-Penn PT, DPT
            97140 7:05–7:17 am
            97110 7:17–7:41 am
            Manual: GH posterior and inferior glides grade III, 3 bouts of 30
            Ex: AROM flexion in supine 3x10, sidelying ER 3x10 unweighted, rows with the red band 3x12
            Impairment: L shoulder flexion and ER stiffness and L cuff weakness after the L rotator cuff repair on 10/06; can't reach the top kitchen shelf or hold her arm up at the patient chair
            Data: AROM flexion supine 120°, ER 38°
            Next: Seen before her clinic shift.
            """,
            ["M75.122", "Z98.890"], [PT("97140", 12), PT("97110", 24)], []),

        // Treatment 5: "Billed: 97140 (22 min)" left from a long manual day but today's 97140 is 10 minutes: mismatch on 97140; 97110's 25 match; otherwise complete.
        ["v6-h164-wc-dombrowski-v05-manual-minutes-carried"] = new(
            """
            WCOPT Warrendale | Dombrowski, C. (52) | Tx #5 | 11/03/2026 | J. Ostrowicz-Penn PT, DPT
            Billed: 97140 (22 min) / 97110 (25 min)
            Manual: GH posterior glides grade III, 2 bouts of 30
            Ex: standing AROM flexion 3x10, sidelying ER with 1 lb 3x10, rows red band 3x15
            Impairment: L shoulder flexion and ER stiffness and L cuff weakness after the L rotator cuff repair on 10/06; can't reach the top kitchen shelf or hold her arm up at the patient chair
            Data: AROM flexion standing 124°, ER 41°
            Next: Add 2 lb next visit.
            """,
            ["M75.122", "Z98.890"], [PT("97140", 10), PT("97110", 25)], [At(Mismatch, "97140")]),

        // Treatment 6, the re-assessment: AROM, ER strength on the handheld dynamometer and a QuickDASH beside them; glides and exercise with doses; minutes match: passes.
        ["vord-h164-wc-dombrowski-v06-re-assessment"] = new(
            """
            WCOPT Warrendale | Dombrowski, C. (52) | Tx #6 | 11/06/2026 | J. Ostrowicz-Penn PT, DPT
            Billed: 97140 (11 min) / 97110 (26 min)
            Manual: GH posterior glides grade III, 2 bouts of 30; PROM ER at 45° abduction
            Ex: sidelying ER 2 lb 3x10, prone rows 3x12, wall slides 3x10
            Impairment: L shoulder flexion and ER stiffness and L cuff weakness after the L rotator cuff repair on 10/06; can't reach the top kitchen shelf or hold her arm up at the patient chair
            Data: Re-assessment: AROM flexion 132°, ER 48°; ER strength 6.1 kg L vs 11.4 kg R on the dynamometer; QuickDASH 43 (68 at eval)
            Next: Continue; strength is the limit now.
            """,
            ["M75.122", "Z98.890"], [PT("97140", 11), PT("97110", 26)], []),

        // Treatment 7, covered by Nicole Ferrante, PTA ("TE 97110 (25 min) —", "MT 97140 (10 min) —"): band work and wall slides with doses, glides with bouts, L cuff weakness and stiffness, flexion degrees; minutes match the PTA lines: passes.
        ["vord-h164-wc-dombrowski-v07-pta-ferrante"] = new(
            """
            WCOPT Warrendale | Dombrowski, C. — seen by N. Ferrante PTA for J. Ostrowicz-Penn
            TE 97110 (25 min) — ER and IR with the red band 3x12, wall slides 3x10, prone Y's 2x10, serratus punches 2 lb 3x10
            MT 97140 (10 min) — GH posterior glides grade III 2 bouts of 30
            Why: L cuff weakness and end-range L shoulder stiffness after the repair; still shrugs reaching up
            AROM flexion 134° in standing.
            Next: per Jill's POC.
            """,
            ["M75.122", "Z98.890"], [PTA("97140", 10), PTA("97110", 25)], []),

        // Treatment 8 with a third code: 97530 (14 min) for a laundry basket lifted to the dryer shelf and cans reached to the top cabinet, named with loads and counts, the top-shelf goal as the deficit; 97140 10 and 97110 20 match: passes.
        ["v7-h164-wc-dombrowski-v08-97530-reach-and-lift"] = new(
            """
            WCOPT Warrendale | Dombrowski, C. (52) | Tx #8 | 11/10/2026 | J. Ostrowicz-Penn PT, DPT
            Billed: 97140 (10 min) / 97110 (20 min) / 97530 (14 min)
            Manual: GH posterior glides grade III, 2 bouts of 30
            Ex: ER with the green band 3x12, prone T's and Y's 2x10
            Functional (97530): laundry basket with 8 lb lifted from the floor to the dryer shelf 6 times; 1 lb cans from the counter to the top cabinet 10 times without shrugging
            Impairment: L shoulder flexion and ER stiffness and L cuff weakness after the L rotator cuff repair on 10/06; can't reach the top kitchen shelf or hold her arm up at the patient chair
            Data: AROM flexion 138°, ER 50°
            Next: More of the same.
            """,
            ["M75.122", "Z98.890"], [PT("97140", 10), PT("97110", 20), PT("97530", 14)], []),

        // Treatment 9: "Billed: 97140, 97110" and a separate "Total timed: 36 min" — no minutes for each code: separate time missing; techniques, impairment and data present.
        ["v6-h164-wc-dombrowski-v09-total-timed-only"] = new(
            """
            WCOPT Warrendale | Dombrowski, C. (52) | Tx #9 | 11/17/2026 | J. Ostrowicz-Penn PT, DPT
            Billed: 97140, 97110
            Total timed: 36 min
            Manual: GH posterior glides grade III, 2 bouts of 30
            Ex: ER green band 3x15, prone Y's 2x12, bodyblade in flexion 3x20 sec
            Impairment: L shoulder flexion and ER stiffness and L cuff weakness after the L rotator cuff repair on 10/06; can't reach the top kitchen shelf or hold her arm up at the patient chair
            Data: AROM flexion 140°, ER 55°
            Next: Discharge planning.
            """,
            ["M75.122", "Z98.890"], [PT("97140", 12), PT("97110", 24)], [SepTime]),

        // Treatment 10: measures in Jill's forms — "ER @ 90 abd 52° (35° on 11/06)", "reach to the top cabinet 10/10", dynamometer kilograms — with glides and exercise doses; minutes match: passes.
        ["v5-h164-wc-dombrowski-v10-measures-in-her-forms"] = new(
            """
            WCOPT Warrendale | Dombrowski, C. (52) | Tx #10 | 11/20/2026 | J. Ostrowicz-Penn PT, DPT
            Billed: 97140 (10 min) / 97110 (27 min)
            Manual: GH posterior glides grade III-IV, 2 bouts of 30; sleeper stretch hold 3x30 sec
            Ex: ER at 90° abduction with the green band 3x10, push-up plus on the wall 3x12, prone Y's 1 lb 3x10
            Impairment: L shoulder flexion and ER stiffness and L cuff weakness after the L rotator cuff repair on 10/06; can't reach the top kitchen shelf or hold her arm up at the patient chair
            Data: ER @ 90 abd 52° (35° on 11/06); top-cabinet reach 10/10 without a shrug; ER 8.9 kg
            Next: Last visit next week.
            """,
            ["M75.122", "Z98.890"], [PT("97140", 10), PT("97110", 27)], []),

        // Treatment 11, discharge: final AROM and strength, glides and exercise with doses, impairment carried; minutes match: passes.
        ["vord-h164-wc-dombrowski-v11-discharge"] = new(
            """
            WCOPT Warrendale | Dombrowski, C. (52) | Tx #11 | 11/24/2026 | J. Ostrowicz-Penn PT, DPT
            Billed: 97140 (9 min) / 97110 (28 min)
            Manual: GH posterior glides grade IV, 2 bouts of 30
            Ex: full gym program reviewed: ER/IR green band 3x15, rows 3x15, prone Y's 2 lb 3x10
            Impairment: L shoulder flexion and ER stiffness and L cuff weakness after the L rotator cuff repair on 10/06; can't reach the top kitchen shelf or hold her arm up at the patient chair
            Data: Discharge: AROM flexion 152°, ER 62°; ER 10.2 kg; QuickDASH 14
            Next: D/C to the home program; back to full days at the dental office.
            """,
            ["M75.122", "Z98.890"], [PT("97140", 9), PT("97110", 28)], []),

        // ---------------------------------------------------------------- episode 4: BCMC Sparta, Harold Wojtalewicz, L MCA stroke (Teodora Vance), 97112 + 97116

        // BCMC Teodora's neuro template, visit 1: weight shifting and stepping work for the R leg, gait with the device and distances, R hemiparesis, measures, "☒ 1:1"; bracketed 97112 25 and 97116 14 match: passes.
        ["vord-h164-bc-wojtalewicz-v01"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Treatment note | Visit 1 | 10/19/2026 | T. Vance, PT, DPT, NCS
            Delivery: ☒ 1:1 ☐ concurrent ☐ group
            97112 NEUROMUSCULAR RE-EDUCATION [25 min]
              weight shifts onto the R in standing with tapping to the R glute med; R foot on a step with L stepping up and down; sit to stand with the R foot back
            97116 GAIT TRAINING [14 min]
              4-wheeled walker and the R AFO in the rehab hallway, 150 ft x2, CGA, cues for R heel strike
            Neuro impairments: R hemiparesis after the L MCA stroke in August: poor R weight acceptance, R knee snapping back in stance, R foot dragging in swing
            Measures: Berg 31/56; 10-metre walk 0.42 m/s with the walker
            Response/plan: First treatment visit. Wife Pat takes the home program sheet.
            """,
            ["I69.351", "R26.89"], [PT("97112", 25), PT("97116", 14)], []),

        // BCMC Teodora's neuro template, visit 2: weight shifting and stepping work for the R leg, gait with the device and distances, R hemiparesis, measures, "☒ 1:1"; bracketed 97112 24 and 97116 15 match: passes.
        ["vord-h164-bc-wojtalewicz-v02"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Treatment note | Visit 2 | 10/21/2026 | T. Vance, PT, DPT, NCS
            Delivery: ☒ 1:1 ☐ concurrent ☐ group
            97112 NEUROMUSCULAR RE-EDUCATION [24 min]
              R knee control in stance with a towel roll behind the knee and tapping; step-and-stick with the L onto a 4-inch step; PNF pelvic patterns in sidelying
            97116 GAIT TRAINING [15 min]
              4-wheeled walker and AFO, 200 ft x2 CGA, then 40 ft with the hemi-walker
            Neuro impairments: R hemiparesis after the L MCA stroke in August: poor R weight acceptance, R knee snapping back in stance, R foot dragging in swing
            Measures: Berg 33/56; 5 of 10 step-and-stick without knee snapping back
            Response/plan: Better R knee control with the towel cue.
            """,
            ["I69.351", "R26.89"], [PT("97112", 24), PT("97116", 15)], []),

        // Visit 3: the template's delivery row ticked "☒ 1:1 ☐ concurrent ☐ group" (as on every passing visit of this episode), stated as one-on-one; everything else complete; 97112 26 and 97116 13 match: passes.
        ["v2-h164-bc-wojtalewicz-v03-tick-row-filled"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Treatment note | Visit 3 | 10/26/2026 | T. Vance, PT, DPT, NCS
            Delivery: ☒ 1:1 ☐ concurrent ☐ group
            97112 NEUROMUSCULAR RE-EDUCATION [26 min]
              tall kneeling on the mat with rhythmic stabilization; R weight acceptance on the Wii board with visual feedback; lateral stepping at the counter
            97116 GAIT TRAINING [13 min]
              hemi-walker and AFO in the hallway 120 ft x3 with CGA; turns to the R
            Neuro impairments: R hemiparesis after the L MCA stroke in August: poor R weight acceptance, R knee snapping back in stance, R foot dragging in swing
            Measures: Berg 35/56; R stance 38% of body weight on the Wii board
            Response/plan: Good session.
            """,
            ["I69.351", "R26.89"], [PT("97112", 26), PT("97116", 13)], []),

        // BCMC Teodora's neuro template, visit 4: weight shifting and stepping work for the R leg, gait with the device and distances, R hemiparesis, measures, "☒ 1:1"; bracketed 97112 25 and 97116 13 match: passes.
        ["vord-h164-bc-wojtalewicz-v04"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Treatment note | Visit 4 | 10/28/2026 | T. Vance, PT, DPT, NCS
            Delivery: ☒ 1:1 ☐ concurrent ☐ group
            97112 NEUROMUSCULAR RE-EDUCATION [25 min]
              forward and lateral step-ups leading with the R onto a 4-inch step; perturbations at the pelvis in stride stance; ball kicks with the L to load the R
            97116 GAIT TRAINING [13 min]
              hemi-walker and AFO, 150 ft x3 with CGA, with turns around cones
            Neuro impairments: R hemiparesis after the L MCA stroke in August: poor R weight acceptance, R knee snapping back in stance, R foot dragging in swing
            Measures: Berg 36/56; R stance 42% of body weight
            Response/plan: He wants to walk to the end of the driveway for the mail.
            """,
            ["I69.351", "R26.89"], [PT("97112", 25), PT("97116", 13)], []),

        // Visit 5: the gait heading still reads "[25 min]" (a long hallway day earlier) on a 13-minute 97116: mismatch on 97116; 97112 24 matches; complete otherwise.
        ["v6-h164-bc-wojtalewicz-v05-gait-bracket-carried"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Treatment note | Visit 5 | 11/02/2026 | T. Vance, PT, DPT, NCS
            Delivery: ☒ 1:1 ☐ concurrent ☐ group
            97112 NEUROMUSCULAR RE-EDUCATION [24 min]
              stepping over a foam half-roll leading with the R; R single-leg loading with L toe taps to cones; trunk rotation in sitting on the ball
            97116 GAIT TRAINING [25 min]
              hemi-walker and AFO 200 ft x2 with stand-by assist; the ramp to the chapel hallway
            Neuro impairments: R hemiparesis after the L MCA stroke in August: poor R weight acceptance, R knee snapping back in stance, R foot dragging in swing
            Measures: Berg 38/56; 7 of 10 step-overs without catching the R toe
            Response/plan: Stand-by assist now on level floors.
            """,
            ["I69.351", "R26.89"], [PT("97112", 24), PT("97116", 13)], [At(Mismatch, "97116")]),

        // BCMC Teodora's neuro template, visit 6: weight shifting and stepping work for the R leg, gait with the device and distances, R hemiparesis, measures, "☒ 1:1"; bracketed 97112 26 and 97116 14 match: passes.
        ["vord-h164-bc-wojtalewicz-v06"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Treatment note | Visit 6 | 11/04/2026 | T. Vance, PT, DPT, NCS
            Delivery: ☒ 1:1 ☐ concurrent ☐ group
            97112 NEUROMUSCULAR RE-EDUCATION [26 min]
              stepping strategies forward and back to cues; half-kneel to stand through the R; perturbations in stride stance
            97116 GAIT TRAINING [14 min]
              hemi-walker and AFO on the skywalk, 300 ft with stand-by assist
            Neuro impairments: R hemiparesis after the L MCA stroke in August: poor R weight acceptance, R knee snapping back in stance, R foot dragging in swing
            Measures: Berg 39/56; 10-metre walk 0.58 m/s
            Response/plan: Skywalk today; tired at the end.
            """,
            ["I69.351", "R26.89"], [PT("97112", 26), PT("97116", 14)], []),

        // Visit 7, the re-assessment on the same template (Berg, 10-metre walk, 6MWT feet, FGA): techniques, gait with device and distance, deficits, "☒ 1:1"; 97112 25 and 97116 15 match: passes.
        ["vord-h164-bc-wojtalewicz-v07-re-assessment"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Treatment note | Visit 7 | 11/09/2026 | T. Vance, PT, DPT, NCS
            Delivery: ☒ 1:1 ☐ concurrent ☐ group
            97112 NEUROMUSCULAR RE-EDUCATION [25 min]
              re-assessment drills: tandem stance at the counter, reactive steps to pushes at the pelvis, stepping over the foam half-roll
            97116 GAIT TRAINING [15 min]
              hemi-walker and AFO on the skywalk, 400 ft with stand-by assist; 6MWT done on the skywalk for the re-assessment
            Neuro impairments: R hemiparesis after the L MCA stroke in August: poor R weight acceptance, R knee snapping back in stance, R foot dragging in swing
            Measures: Re-assessment: Berg 41/56 (31 at start); 10-metre walk 0.64 m/s; 6MWT 610 ft; FGA 12/30
            Response/plan: Goals updated for a straight cane.
            """,
            ["I69.351", "R26.89"], [PT("97112", 25), PT("97116", 15)], []),

        // Visit 8, covered by Rafe Ekwueme, PT, in plain narrative: "Saw Harold one-on-one for all of it, Teodora out"; stepping-strategy drills and perturbations, straight-cane trial with distance and assistance, R hemiparesis; "NMR 97112: 24 min" and "Gait 97116: 14 min" match: passes.
        ["vord-h164-bc-wojtalewicz-v08-covering-ekwueme"] = new(
            """
            Benedictine Coulee Neuro OP (Sparta) — covering for T. Vance, who is out today.
            Saw Harold one-on-one for all of it. His wife Pat waited in the lobby.
            NMR 97112: 24 min. Stepping-strategy drills forward and back to my cue, perturbations at the pelvis in stride stance, R step-ups onto the 4-inch step.
            Gait 97116: 14 min. Tried the straight cane with the AFO on the hallway, 100 ft x2 with contact guard; back to the hemi-walker for the skywalk.
            He still has the R hemiparesis with poor weight acceptance and a late R step.
            Berg 41/56 today; 6 of 10 pushes recovered with one step.
            R. Ekwueme, PT
            """,
            ["I69.351", "R26.89"], [PT("97112", 24), PT("97116", 14)], []),

        // Visit 9, 97116 in the contract's meaning: hemi-walker to straight cane on the skywalk and the chapel ramp with distances and assistance, cueing R heel strike and knee control in stance; perturbation and stepping work in the 97112 block; "☒ 1:1"; 97112 23 and 97116 16 match: passes.
        ["v7-h164-bc-wojtalewicz-v09-97116-cane-on-the-skywalk"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Treatment note | Visit 9 | 11/16/2026 | T. Vance, PT, DPT, NCS
            Delivery: ☒ 1:1 ☐ concurrent ☐ group
            97112 NEUROMUSCULAR RE-EDUCATION [23 min]
              perturbations in stride stance; stepping over the half-roll leading with the R; tandem stance at the counter
            97116 GAIT TRAINING [16 min]
              straight cane and AFO on the skywalk, 300 ft with stand-by assist; up and down the chapel ramp x2 with contact guard; cueing R heel strike and a soft R knee in stance
            Neuro impairments: R hemiparesis after the L MCA stroke in August: poor R weight acceptance, R knee snapping back in stance, R foot dragging in swing
            Measures: Berg 43/56; 10-metre walk 0.71 m/s with the cane
            Response/plan: Cane in the house from now on.
            """,
            ["I69.351", "R26.89"], [PT("97112", 23), PT("97116", 16)], []),

        // Visit 10, a double-booked afternoon: the header's visit number and date left off, "Measures: ___", gait without distance or assistance; techniques, deficit and "☒ 1:1" present; no number but the codes and their minutes: measure missing on both lines.
        ["v5-h164-bc-wojtalewicz-v10-measures-left-blank"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Treatment note | T. Vance, PT, DPT, NCS
            Delivery: ☒ 1:1 ☐ concurrent ☐ group
            97112 NEUROMUSCULAR RE-EDUCATION [24 min]
              stepping over the half-roll leading with the R; perturbations in stride stance
            97116 GAIT TRAINING [14 min]
              straight cane and the AFO in the hallway, cueing R heel strike
            Neuro impairments: R hemiparesis after the L MCA stroke in August: poor R weight acceptance, R knee snapping back in stance, R foot dragging in swing
            Measures: ___
            Response/plan: Continue.
            """,
            ["I69.351", "R26.89"], [PT("97112", 24), PT("97116", 14)], [At(Measure, "97112"), At(Measure, "97116")]),

        // Visit 11: the delivery row saved with nothing ticked ("☐ 1:1 ☐ concurrent ☐ group") and nothing else about delivery: one-on-one missing; otherwise complete; 97112 25 and 97116 13 match.
        ["v2-h164-bc-wojtalewicz-v11-tick-row-empty"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Treatment note | Visit 11 | 11/19/2026 | T. Vance, PT, DPT, NCS
            Delivery: ☐ 1:1 ☐ concurrent ☐ group
            97112 NEUROMUSCULAR RE-EDUCATION [25 min]
              reactive stepping to pushes in four directions; single-leg stance on the R with L toe taps; turning in a tight square
            97116 GAIT TRAINING [13 min]
              straight cane and AFO on the skywalk, 400 ft with stand-by assist; curb up and down x3 with contact guard
            Neuro impairments: R hemiparesis after the L MCA stroke in August: poor R weight acceptance, R knee snapping back in stance, R foot dragging in swing
            Measures: Berg 44/56; 8 of 10 pushes recovered with one step
            Response/plan: Curb is the next goal.
            """,
            ["I69.351", "R26.89"], [PT("97112", 25), PT("97116", 13)], [At(OneOnOne, "97112")]),

        // Visit 12: the delivery row replaced by "Harold and Mr. Lindahl from his stroke support group (both on my schedule in that slot) did step-and-stick side by side at the counter" — another patient in the 97112 block: one-on-one missing; otherwise complete.
        ["v1-h164-bc-wojtalewicz-v12-support-group-friend"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Treatment note | Visit 12 | 11/23/2026 | T. Vance, PT, DPT, NCS
            Delivery: Harold and Mr. Lindahl from his stroke support group (both on my schedule in that slot) did step-and-stick side by side at the counter
            97112 NEUROMUSCULAR RE-EDUCATION [24 min]
              step-and-stick onto the 4-inch step leading with the R; single-leg stance on the R with L toe taps
            97116 GAIT TRAINING [14 min]
              straight cane and AFO, 400 ft on the skywalk with stand-by assist
            Neuro impairments: R hemiparesis after the L MCA stroke in August: poor R weight acceptance, R knee snapping back in stance, R foot dragging in swing
            Measures: Berg 45/56; step-and-stick 8 of 10 without a hand
            Response/plan: They egged each other on.
            """,
            ["I69.351", "R26.89"], [PT("97112", 24), PT("97116", 14)], [At(OneOnOne, "97112")]),

        // Visit 13, discharge on the same template: final Berg, gait speed and FGA, stepping and perturbation work, cane gait with distance and assistance, "☒ 1:1"; 97112 23 and 97116 15 match: passes.
        ["vord-h164-bc-wojtalewicz-v13-discharge"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            Treatment note | Visit 13 | 11/25/2026 | T. Vance, PT, DPT, NCS
            Delivery: ☒ 1:1 ☐ concurrent ☐ group
            97112 NEUROMUSCULAR RE-EDUCATION [23 min]
              reactive stepping to pushes; tandem walking along the counter; curb practice with the cane
            97116 GAIT TRAINING [15 min]
              straight cane and AFO, 500 ft on the skywalk, curb x3 with stand-by assist; home program walk reviewed
            Neuro impairments: R hemiparesis after the L MCA stroke in August: poor R weight acceptance, R knee snapping back in stance, R foot dragging in swing
            Measures: Discharge: Berg 46/56 (31 at start); 10-metre walk 0.78 m/s; FGA 17/30
            Response/plan: D/C; walks to the mailbox with the cane.
            """,
            ["I69.351", "R26.89"], [PT("97112", 23), PT("97116", 15)], []),

        // ---------------------------------------------------------------- episode 5: BCMC Tomah, Ruth Ann Hoogendoorn, Parkinson's disease (Jonah Brightwater), 97112 + 97530

        // BCMC Jonah's bullet template, session 1: big-amplitude stepping and backward perturbations in the 97112 bullet, functional transfers with counts in the 97530 bullet, hypokinesia and postural responses, numbers, "1:1 with Jonah"; 97112 26 and 97530 12 match: passes.
        ["vord-h164-bc-hoogendoorn-v01"] = new(
            """
            BCMC Neuro OP — Tomah satellite | PD plan (LSVT BIG) | session 1 of 12 | 10/20/2026
            Ruth Ann Hoogendoorn, 68 — Jonah Brightwater, PT, DPT
            • 1:1 with Jonah for all billed time
            • 97112 — 26 min — big forward and backward steps to floor targets; backward pulls at the shoulders with a step to recover; turning in a big arc
            • 97530 — 12 min — sit to stand from the low mat x10 with stand-by assist; rolling supine to side-lying with a big reach x5 each way
            • Targets: hypokinesia with small, shuffling steps and slow postural responses backward; she wants to get in and out of the car and up from the organ bench on her own
            • Numbers: TUG 13.8 sec; pull test 4 steps to recover
            • Next: Home program sheet for the BIG moves.
            """,
            ["G20.A1", "R26.89"], [PT("97112", 26), PT("97530", 12)], []),

        // Session 2: "LSVT BIG maximal daily exercises — floor-to-ceiling and side-to-side, 8 reps each" and BIG forward stepping as the named method; transfers with counts; hypokinesia; TUG and step length; 1:1; 97112 27 and 97530 11 match: passes.
        ["v3-h164-bc-hoogendoorn-v02-lsvt-big"] = new(
            """
            BCMC Neuro OP — Tomah satellite | PD plan (LSVT BIG) | session 2 of 12 | 10/22/2026
            Ruth Ann Hoogendoorn, 68 — Jonah Brightwater, PT, DPT
            • 1:1 with Jonah for all billed time
            • 97112 — 27 min — LSVT BIG maximal daily exercises: floor-to-ceiling and side-to-side 8 reps each, forward and backward BIG steps 8 each
            • 97530 — 11 min — sit to stand from the organ-bench height x10; getting up from the floor with the half-kneel method x2 with contact guard
            • Targets: hypokinesia with small, shuffling steps and slow postural responses backward; she wants to get in and out of the car and up from the organ bench on her own
            • Numbers: TUG 13.1 sec; step length 41 cm with BIG cueing
            • Next: She counts her BIG steps out loud.
            """,
            ["G20.A1", "R26.89"], [PT("97112", 27), PT("97530", 11)], []),

        // BCMC Jonah's bullet template, session 3: big-amplitude stepping and backward perturbations in the 97112 bullet, functional transfers with counts in the 97530 bullet, hypokinesia and postural responses, numbers, "1:1 with Jonah"; 97112 25 and 97530 13 match: passes.
        ["vord-h164-bc-hoogendoorn-v03"] = new(
            """
            BCMC Neuro OP — Tomah satellite | PD plan (LSVT BIG) | session 3 of 12 | 10/27/2026
            Ruth Ann Hoogendoorn, 68 — Jonah Brightwater, PT, DPT
            • 1:1 with Jonah for all billed time
            • 97112 — 25 min — BIG stepping over floor lines forward, sideways and back; backward pulls with recovery steps; walking with big arm swing and turns
            • 97530 — 13 min — car transfers at the car simulator x4 with stand-by assist; bed mobility rolling and supine to sit x5
            • Targets: hypokinesia with small, shuffling steps and slow postural responses backward; she wants to get in and out of the car and up from the organ bench on her own
            • Numbers: TUG 12.6 sec; pull test 3 steps
            • Next: Wants to drive to choir practice again.
            """,
            ["G20.A1", "R26.89"], [PT("97112", 25), PT("97530", 13)], []),

        // Session 4: "Gene (her husband, also on my caseload) did his own BIG session beside her; I cued them both" in place of the 1:1 bullet — another patient treated in the billed time: one-on-one missing on 97112; otherwise complete.
        ["v1-h164-bc-hoogendoorn-v04-husband-his-own-session"] = new(
            """
            BCMC Neuro OP — Tomah satellite | PD plan (LSVT BIG) | session 4 of 12 | 10/29/2026
            Ruth Ann Hoogendoorn, 68 — Jonah Brightwater, PT, DPT
            • Gene (her husband, also on my caseload) did his own BIG session beside her; I cued them both
            • 97112 — 25 min — BIG stepping forward and back to floor targets; backward pulls with recovery steps
            • 97530 — 13 min — sit to stand from the bench x10; car simulator x3 with stand-by assist
            • Targets: hypokinesia with small, shuffling steps and slow postural responses backward; she wants to get in and out of the car and up from the organ bench on her own
            • Numbers: TUG 12.4 sec; pull test 3 steps
            • Next: Next time apart.
            """,
            ["G20.A1", "R26.89"], [PT("97112", 25), PT("97530", 13)], [At(OneOnOne, "97112")]),

        // Session 5, Jonah behind all afternoon: the header's session count, date and age left off, "• Numbers:" empty, transfers without counts or assistance; techniques, targets and 1:1 present; no number but the codes and their minutes: measure missing on both lines.
        ["v5-h164-bc-hoogendoorn-v05-numbers-bullet-empty"] = new(
            """
            BCMC Neuro OP — Tomah satellite | PD plan (LSVT BIG)
            Ruth Ann Hoogendoorn — Jonah Brightwater, PT, DPT
            • 1:1 with Jonah for all billed time
            • 97112 — 24 min — BIG stepping over floor lines; backward pulls with recovery steps
            • 97530 — 14 min — car simulator and sit to stand from the bench
            • Targets: hypokinesia with small, shuffling steps and slow postural responses backward; she wants to get in and out of the car and up from the organ bench on her own
            • Numbers: 
            • Next: Re-check the numbers next time.
            """,
            ["G20.A1", "R26.89"], [PT("97112", 24), PT("97530", 14)], [At(Measure, "97112"), At(Measure, "97530")]),

        // Session 6, the re-assessment in the same bullets (Mini-BESTest, TUG, TUG cognitive, gait speed): backward pulls and BIG turns, floor recovery and car transfers with counts, 1:1; 97112 26 and 97530 12 match: passes.
        ["vord-h164-bc-hoogendoorn-v06-re-assessment"] = new(
            """
            BCMC Neuro OP — Tomah satellite | PD plan (LSVT BIG) | session 6 of 12 | 11/05/2026
            Ruth Ann Hoogendoorn, 68 — Jonah Brightwater, PT, DPT
            • 1:1 with Jonah for all billed time
            • 97112 — 26 min — re-assessment drills: backward pulls, BIG turns, tandem along the wall
            • 97530 — 12 min — floor recovery with the half-kneel method x2 with stand-by assist; car simulator x3 independent
            • Targets: hypokinesia with small, shuffling steps and slow postural responses backward; she wants to get in and out of the car and up from the organ bench on her own
            • Numbers: Re-assessment: Mini-BESTest 19/28 (14 at start); TUG 11.2 sec; TUG cognitive 14.6 sec; 10-metre walk 1.02 m/s
            • Next: Goals held; add dual-task.
            """,
            ["G20.A1", "R26.89"], [PT("97112", 26), PT("97530", 12)], []),

        // Session 7: the target written as a finding — "her feet stick to the floor in the bathroom doorway and she topples forward trying to get them going" (freezing of gait); cueing strategies through a taped doorway, transfers with counts; counts; 1:1; 97112 25 and 97530 13 match: passes.
        ["v4-h164-bc-hoogendoorn-v07-stuck-in-the-bathroom-doorway"] = new(
            """
            BCMC Neuro OP — Tomah satellite | PD plan (LSVT BIG) | session 7 of 12 | 11/09/2026
            Ruth Ann Hoogendoorn, 68 — Jonah Brightwater, PT, DPT
            • 1:1 with Jonah for all billed time
            • 97112 — 25 min — stepping through the taped doorway to a metronome and a laser line; weight shift side to side before the first step; backward pulls
            • 97530 — 13 min — turning in the bathroom mock-up and backing up to the toilet x5 with stand-by assist
            • Targets: her feet stick to the floor in the bathroom doorway and she topples forward trying to get them going; slow steps backward when pulled
            • Numbers: 6 of 8 doorway passes without a freeze; TUG 11.0 sec
            • Next: Laser cane trial next week.
            """,
            ["G20.A1", "R26.89"], [PT("97112", 25), PT("97530", 13)], []),

        // Session 8: the code bullets written without their minutes and one "• Timed total 38 min (NMR + functional)": separate time missing; techniques, targets, numbers and 1:1 present.
        ["v6-h164-bc-hoogendoorn-v08-timed-total-only"] = new(
            """
            BCMC Neuro OP — Tomah satellite | PD plan (LSVT BIG) | session 8 of 12 | 11/11/2026
            Ruth Ann Hoogendoorn, 68 — Jonah Brightwater, PT, DPT
            • 1:1 with Jonah for all billed time
            • 97112 — metronome stepping through the taped doorway, backward pulls with recovery steps
            • 97530 — getting up from the floor x2 and the car simulator x3 with stand-by assist
            • Timed total 38 min (NMR + functional)
            • Targets: hypokinesia with small, shuffling steps and slow postural responses backward; she wants to get in and out of the car and up from the organ bench on her own
            • Numbers: TUG 10.9 sec; 7 of 8 doorway passes without a freeze
            • Next: Same.
            """,
            ["G20.A1", "R26.89"], [PT("97112", 25), PT("97530", 13)], [SepTime]),

        // Session 9: a complete note (metronome stepping and pulls, bed and car transfers with counts, targets, numbers, 1:1, minutes 26 and 12) whose claim went out without a diagnosis: diagnosis missing only.
        ["vord-h164-bc-hoogendoorn-v09-no-diagnosis-on-claim"] = new(
            """
            BCMC Neuro OP — Tomah satellite | PD plan (LSVT BIG) | session 9 of 12 | 11/16/2026
            Ruth Ann Hoogendoorn, 68 — Jonah Brightwater, PT, DPT
            • 1:1 with Jonah for all billed time
            • 97112 — 26 min — stepping to a metronome with big arm swing; backward pulls with recovery steps; dual-task walking naming hymns
            • 97530 — 12 min — bed mobility rolling and supine to sit x5; car simulator x3 independent
            • Targets: hypokinesia with small, shuffling steps and slow postural responses backward; she wants to get in and out of the car and up from the organ bench on her own
            • Numbers: TUG 10.6 sec; pull test 2 steps
            • Next: Dual-task next time too.
            """,
            [], [PT("97112", 26), PT("97530", 12)], [Dx]),

        // Session 10, 97530 in the contract's meaning: getting into and out of the car simulator with the seat reclined, rolling and coming up from a low bed, lifting the hymnal bag off the back seat, each with counts and assistance, for her goal of driving to choir; BIG stepping in the 97112 bullet; 1:1; 97112 24 and 97530 15 match: passes.
        ["v7-h164-bc-hoogendoorn-v10-97530-car-and-bed"] = new(
            """
            BCMC Neuro OP — Tomah satellite | PD plan (LSVT BIG) | session 10 of 12 | 11/18/2026
            Ruth Ann Hoogendoorn, 68 — Jonah Brightwater, PT, DPT
            • 1:1 with Jonah for all billed time
            • 97112 — 24 min — BIG stepping to floor targets with dual-task naming; backward pulls
            • 97530 — 15 min — car simulator in and out x4 with the seat reclined, independent; low bed roll and sit up x4 with stand-by assist; hymnal bag 6 lb lifted off the back seat x5
            • Targets: hypokinesia with small, shuffling steps and slow postural responses backward; she wants to get in and out of the car and up from the organ bench on her own
            • Numbers: TUG 10.4 sec; 4 of 4 car transfers independent
            • Next: Drove herself to Tomah choir on Sunday.
            """,
            ["G20.A1", "R26.89"], [PT("97112", 24), PT("97530", 15)], []),

        // Session 11: the "1:1 with Jonah" bullet deleted while moving the bullets around, and nothing else says one-on-one or individual: one-on-one missing; otherwise complete.
        ["v1-h164-bc-hoogendoorn-v11-one-on-one-bullet-deleted"] = new(
            """
            BCMC Neuro OP — Tomah satellite | PD plan (LSVT BIG) | session 11 of 12 | 11/23/2026
            Ruth Ann Hoogendoorn, 68 — Jonah Brightwater, PT, DPT
            • 97112 — 25 min — backward pulls with recovery steps; BIG turns in a tight square; stepping through the taped doorway
            • 97530 — 13 min — floor recovery x2 independent; car simulator x3 independent
            • Targets: hypokinesia with small, shuffling steps and slow postural responses backward; she wants to get in and out of the car and up from the organ bench on her own
            • Numbers: TUG 10.2 sec; pull test 2 steps
            • Next: Discharge next visit.
            """,
            ["G20.A1", "R26.89"], [PT("97112", 25), PT("97530", 13)], [At(OneOnOne, "97112")]),

        // Session 12, discharge in the same bullets (Mini-BESTest, TUG, gait speed): pulls and BIG turns, floor recovery and car transfers with counts, 1:1; 97112 26 and 97530 12 match: passes.
        ["vord-h164-bc-hoogendoorn-v12-discharge"] = new(
            """
            BCMC Neuro OP — Tomah satellite | PD plan (LSVT BIG) | session 12 of 12 | 11/25/2026
            Ruth Ann Hoogendoorn, 68 — Jonah Brightwater, PT, DPT
            • 1:1 with Jonah for all billed time
            • 97112 — 26 min — backward pulls, BIG turns, dual-task walking
            • 97530 — 12 min — floor recovery x2 and car transfers x3, all independent
            • Targets: hypokinesia with small, shuffling steps and slow postural responses backward; she wants to get in and out of the car and up from the organ bench on her own
            • Numbers: Discharge: Mini-BESTest 22/28; TUG 9.9 sec; 10-metre walk 1.14 m/s
            • Next: D/C to the YMCA Rock Steady class.
            """,
            ["G20.A1", "R26.89"], [PT("97112", 26), PT("97530", 12)], []),

        // ---------------------------------------------------------------- episode 6: BCMC Sparta, Shelby Arneson, vestibular neuritis (Lise Aamodt), 97112

        // BCMC Lise's follow-up template, visit 1: gaze stabilisation and balance work named, L vestibular hypofunction, objective numbers, "Seen individually."; 97112 28 matches: passes.
        ["vord-h164-bc-arneson-v01"] = new(
            """
            BCMC NEURO OUTPATIENT — FOLLOW-UP #1 | 10/19/2026 | Shelby Arneson, 49 | L. Aamodt, PT, DPT
            Seen individually.
            97112 (28 min):
             - X1 viewing at arm's length, seated, horizontal and vertical, 3 sets
             - standing feet together on firm then foam, eyes open, with head turns
            Target: L vestibular hypofunction after neuritis in September — oscillopsia with head turns, veers L walking the bus aisle, the world jumps when she checks her mirrors
            Today's numbers: DVA lost 5 lines; mCTSIB foam eyes closed 6 sec
            Plan: X1 standing next time.
            """,
            ["H81.22", "R42"], [PT("97112", 28)], []),

        // BCMC Lise's follow-up template, visit 2: gaze stabilisation and balance work named, L vestibular hypofunction, objective numbers, "Seen individually."; 97112 27 matches: passes.
        ["vord-h164-bc-arneson-v02"] = new(
            """
            BCMC NEURO OUTPATIENT — FOLLOW-UP #2 | 10/21/2026 | Shelby Arneson, 49 | L. Aamodt, PT, DPT
            Seen individually.
            97112 (27 min):
             - X1 viewing standing against the busy checkerboard, 4 sets
             - walking the hall with horizontal head turns and a stop on cue
            Target: L vestibular hypofunction after neuritis in September — oscillopsia with head turns, veers L walking the bus aisle, the world jumps when she checks her mirrors
            Today's numbers: DVA lost 4 lines; FGA 16/30
            Plan: Add the foam.
            """,
            ["H81.22", "R42"], [PT("97112", 27)], []),

        // Visit 3: "Cawthorne-Cooksey progression, standing stage" and "X2 viewing" as the named methods; vestibular hypofunction; DVA and FGA; "Seen individually."; 97112 26 matches: passes.
        ["v3-h164-bc-arneson-v03-cawthorne-cooksey"] = new(
            """
            BCMC NEURO OUTPATIENT — FOLLOW-UP #3 | 10/26/2026 | Shelby Arneson, 49 | L. Aamodt, PT, DPT
            Seen individually.
            97112 (26 min):
             - Cawthorne-Cooksey progression, standing stage: ball tossed hand to hand above eye level, turning in a circle, sit to stand with eyes open then closed
             - X2 viewing with the card and head moving opposite, 3 sets
            Target: L vestibular hypofunction after neuritis in September — oscillopsia with head turns, veers L walking the bus aisle, the world jumps when she checks her mirrors
            Today's numbers: DVA lost 4 lines; FGA 18/30
            Plan: Bus-aisle simulation next.
            """,
            ["H81.22", "R42"], [PT("97112", 26)], []),

        // Visit 4: measures in Lise's own form — "Foam EC: 14, 19, 22 s (best 22)" and "DVA −3 lines" — with X1 walking and the narrow-aisle walk; deficit; "Seen individually."; 97112 25 matches: passes.
        ["v5-h164-bc-arneson-v04-foam-trials"] = new(
            """
            BCMC NEURO OUTPATIENT — FOLLOW-UP #4 | 10/28/2026 | Shelby Arneson, 49 | L. Aamodt, PT, DPT
            Seen individually.
            97112 (25 min):
             - X1 viewing while walking toward the target
             - walking a taped bus-width aisle with head turns to the L and R mirrors on the wall
            Target: L vestibular hypofunction after neuritis in September — oscillopsia with head turns, veers L walking the bus aisle, the world jumps when she checks her mirrors
            Today's numbers: Foam EC: 14, 19, 22 s (best 22); DVA −3 lines
            Plan: Outdoor walk next week.
            """,
            ["H81.22", "R42"], [PT("97112", 25)], []),

        // Visit 5: "97112 (38 min):" carried from the long first visit of her old template on a 25-minute line: mismatch on 97112; otherwise complete.
        ["v6-h164-bc-arneson-v05-thirty-eight-on-twenty-five"] = new(
            """
            BCMC NEURO OUTPATIENT — FOLLOW-UP #5 | 11/02/2026 | Shelby Arneson, 49 | L. Aamodt, PT, DPT
            Seen individually.
            97112 (38 min):
             - X1 viewing walking on the skywalk with the windows behind the target
             - tandem walking with head turns; standing on foam with eyes closed
            Target: L vestibular hypofunction after neuritis in September — oscillopsia with head turns, veers L walking the bus aisle, the world jumps when she checks her mirrors
            Today's numbers: FGA 20/30; foam EC 25 s
            Plan: Fine.
            """,
            ["H81.22", "R42"], [PT("97112", 25)], [At(Mismatch, "97112")]),

        // Visit 6, the re-assessment on the same template: FGA, DVA and mCTSIB with the self-rated DHI beside them; X1 walking and foam stance; "Seen individually."; 97112 26 matches: passes.
        ["vord-h164-bc-arneson-v06-re-assessment"] = new(
            """
            BCMC NEURO OUTPATIENT — FOLLOW-UP #6 | 11/04/2026 | Shelby Arneson, 49 | L. Aamodt, PT, DPT
            Seen individually.
            97112 (26 min):
             - re-assessment tests, then X1 viewing walking
             - foam stance with head turns, walking the aisle mock-up checking the mirrors
            Target: L vestibular hypofunction after neuritis in September — oscillopsia with head turns, veers L walking the bus aisle, the world jumps when she checks her mirrors
            Today's numbers: Re-assessment: FGA 22/30 (16 at start); DVA lost 2 lines; mCTSIB foam eyes closed 30 sec; DHI 34 (62 at start)
            Plan: Back to the bus route in January if it holds.
            """,
            ["H81.22", "R42"], [PT("97112", 26)], []),

        // Visit 7: "Target: same as last time" — the note names X1 viewing, head-turn walking and foam stance and gives FGA, but states no deficit or system of its own: deficit missing; "Seen individually." and minutes 24 match.
        ["v4-h164-bc-arneson-v07-target-same-as-last-time"] = new(
            """
            BCMC NEURO OUTPATIENT — FOLLOW-UP #7 | 11/09/2026 | Shelby Arneson, 49 | L. Aamodt, PT, DPT
            Seen individually.
            97112 (24 min):
             - X1 viewing walking toward the target
             - walking with head turns, feet together on foam with eyes closed
            Target: same as last time
            Today's numbers: FGA 23/30
            Plan: Same.
            """,
            ["H81.22", "R42"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // Visit 8, covered by Rafe Ekwueme, PT, in plain narrative: X1, head-turn walking and foam work, L vestibular hypofunction, FGA and DVA, "Neuro re-ed 97112, 25 min" — nothing says one-on-one or individual: one-on-one missing.
        ["v1-h164-bc-arneson-v08-covering-never-says-individual"] = new(
            """
            Benedictine Coulee Neuro OP (Sparta) — covering for L. Aamodt.
            Shelby came in after her route. Neuro re-ed 97112, 25 min: X1 viewing walking the skywalk, walking with head turns to mirror targets, feet together on foam with eyes closed.
            L vestibular hypofunction after the neuritis; still a little oscillopsia on fast L turns.
            FGA 24/30; DVA lost 2 lines.
            R. Ekwueme, PT
            """,
            ["H81.22", "R42"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Visit 9: "Seen individually; her wife Kari sat in to learn the home program." (family, not a patient): one-on-one stated; X2 and habituation walking; deficit; FGA and DVA; 97112 25 matches: passes.
        ["v1-h164-bc-arneson-v09-wife-sat-in"] = new(
            """
            BCMC NEURO OUTPATIENT — FOLLOW-UP #9 | 11/16/2026 | Shelby Arneson, 49 | L. Aamodt, PT, DPT
            Seen individually; her wife Kari sat in to learn the home program.
            97112 (25 min):
             - X2 viewing with the card, 3 sets
             - walking outdoors on the hospital loop with head turns at each lamp post
            Target: L vestibular hypofunction after neuritis in September — oscillopsia with head turns, veers L walking the bus aisle, the world jumps when she checks her mirrors
            Today's numbers: FGA 25/30; DVA lost 1 line
            Plan: Kari has the sheet.
            """,
            ["H81.22", "R42"], [PT("97112", 25)], []),

        // Visit 10, a sick-call day: the header's numbers and the individual line gone, "Neuro re-ed per POC. Pt tolerated well. Continue plan of care." under "97112 (24 min):" — no technique, deficit, measure or one-on-one: wholly generic.
        ["v7-h164-bc-arneson-v10-generic-busy-day"] = new(
            """
            BCMC NEURO OUTPATIENT — FOLLOW-UP | Shelby Arneson | L. Aamodt, PT, DPT
            97112 (24 min):
            Neuro re-ed per POC. Pt tolerated well. Continue plan of care.
            """,
            ["H81.22", "R42"], [PT("97112", 24)], [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Visit 11, discharge on the same template: FGA, DVA, mCTSIB; X1/X2 walking and the aisle drill; deficit; "Seen individually."; 97112 25 matches: passes.
        ["vord-h164-bc-arneson-v11-discharge"] = new(
            """
            BCMC NEURO OUTPATIENT — FOLLOW-UP #11 | 11/23/2026 | Shelby Arneson, 49 | L. Aamodt, PT, DPT
            Seen individually.
            97112 (25 min):
             - X1 and X2 viewing walking, review of the home program
             - walking the bus-width aisle with quick mirror checks both ways
            Target: L vestibular hypofunction after neuritis in September — oscillopsia with head turns, veers L walking the bus aisle, the world jumps when she checks her mirrors
            Today's numbers: Discharge: FGA 27/30; DVA lost 1 line; mCTSIB all four conditions 30 sec
            Plan: D/C; cleared by her doctor to drive the route.
            """,
            ["H81.22", "R42"], [PT("97112", 25)], []),

        // ---------------------------------------------------------------- episode 7: DRCH Thedford, Evelyn Chramosta, R hip fracture (Darlene Vrbka), 97110 + 97116

        // DRCH Darlene's daily note, Rx #1: hip exercises with doses and walker gait with distance and assistance, R hip weakness and guarded stance, "Time: 97110 = 24 min; 97116 = 13 min" matches: passes.
        ["vord-h164-dr-chramosta-v01"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #1 — 10/20/2026
            Seen by: D. Vrbka PT
            Time: 97110 = 24 min; 97116 = 13 min
            Treatment: ther ex — supine heel slides 2x10, glute sets 2x10 with a 5 sec hold, standing hip abduction at the counter 2x8; gait — front-wheeled walker in the hall 80 ft x2 with contact guard, cueing equal steps
            Problem: R hip weakness and a short, guarded R stance after the R hip fracture repair in October; unsteady on the walker turning; lives alone on the farm place
            Objective: Hip abduction 3-/5; gait 80 ft with contact guard
            Plan: Granddaughter Kaylee drives her in; home program given.
            """,
            ["S72.001D", "Z91.81"], [PT("97110", 24), PT("97116", 13)], []),

        // DRCH Darlene's daily note, Rx #2: hip exercises with doses and walker gait with distance and assistance, R hip weakness and guarded stance, "Time: 97110 = 23 min; 97116 = 14 min" matches: passes.
        ["vord-h164-dr-chramosta-v02"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #2 — 10/22/2026
            Seen by: D. Vrbka PT
            Time: 97110 = 23 min; 97116 = 14 min
            Treatment: ther ex — bridges 2x10, standing hip abduction and extension at the counter 2x10, sit to stand from the raised chair 2x5; gait — front-wheeled walker 120 ft x2 with stand-by assist
            Problem: R hip weakness and a short, guarded R stance after the R hip fracture repair in October; unsteady on the walker turning; lives alone on the farm place
            Objective: Sit to stand 5 reps with arms; gait 120 ft stand-by assist
            Plan: Progress standing work.
            """,
            ["S72.001D", "Z91.81"], [PT("97110", 23), PT("97116", 14)], []),

        // Rx #3: "97116 = 25 min" left from a long hallway day on a 12-minute 97116 line: mismatch on 97116; 97110 24 matches; otherwise complete.
        ["v6-h164-dr-chramosta-v03-gait-time-carried"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #3 — 10/27/2026
            Seen by: D. Vrbka PT
            Time: 97110 = 24 min; 97116 = 25 min
            Treatment: ther ex — bridges 3x10, step-ups onto a 4-inch step 2x8, mini squats at the counter 2x10; gait — front-wheeled walker 150 ft x2 with stand-by assist, turns both ways
            Problem: R hip weakness and a short, guarded R stance after the R hip fracture repair in October; unsteady on the walker turning; lives alone on the farm place
            Objective: Gait 150 ft stand-by assist; hip abduction 3/5
            Plan: Same.
            """,
            ["S72.001D", "Z91.81"], [PT("97110", 24), PT("97116", 12)], [At(Mismatch, "97116")]),

        // DRCH Darlene's daily note, Rx #4: hip exercises with doses and walker gait with distance and assistance, R hip weakness and guarded stance, "Time: 97110 = 25 min; 97116 = 12 min" matches: passes.
        ["vord-h164-dr-chramosta-v04"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #4 — 10/29/2026
            Seen by: D. Vrbka PT
            Time: 97110 = 25 min; 97116 = 12 min
            Treatment: ther ex — step-ups 4-inch 3x8, standing hip abduction with a 2 lb cuff 2x10, sit to stand 3x5; gait — four-wheeled walker 200 ft with stand-by assist, the ramp to the clinic door
            Problem: R hip weakness and a short, guarded R stance after the R hip fracture repair in October; unsteady on the walker turning; lives alone on the farm place
            Objective: Gait 200 ft stand-by assist; 5 sit to stands without arms
            Plan: Try the cane in the parallel bars.
            """,
            ["S72.001D", "Z91.81"], [PT("97110", 25), PT("97116", 12)], []),

        // Rx #5, covered by Trent Mlnarik, PTA, on Darlene's outreach day — same template with his name in "Seen by": hip exercises with doses, cane trial in the bars and walker gait with distance, deficit; minutes 97110 23 and 97116 14 on the PTA lines match: passes.
        ["vord-h164-dr-chramosta-v05-pta-mlnarik"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #5 — 11/03/2026
            Seen by: T. Mlnarik PTA (D. Vrbka PT at the Mullen clinic today)
            Time: 97110 = 23 min; 97116 = 14 min
            Treatment: ther ex — step-ups 4-inch 3x10, hip abduction 2 lb cuff 3x10, heel raises 2x12; gait — single-point cane in the parallel bars 4 lengths with contact guard, then four-wheeled walker 250 ft with stand-by assist
            Problem: R hip weakness and a short, guarded R stance after the R hip fracture repair in October; unsteady on the walker turning; lives alone on the farm place
            Objective: Cane in the bars 4 lengths contact guard
            Plan: Back to Darlene Wednesday.
            """,
            ["S72.001D", "Z91.81"], [PTA("97110", 23), PTA("97116", 14)], []),

        // Rx #6, the re-assessment on the same daily note (TUG, 30-second chair stand, manual muscle test, cane distance): exercises with doses, cane gait with assistance; minutes 24 and 13 match: passes.
        ["vord-h164-dr-chramosta-v06-re-assessment"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #6 — 11/05/2026
            Seen by: D. Vrbka PT
            Time: 97110 = 24 min; 97116 = 13 min
            Treatment: re-assessment, then ther ex — step-ups 6-inch 2x8, hip abduction 3 lb cuff 3x10; gait — single-point cane 100 ft with contact guard
            Problem: R hip weakness and a short, guarded R stance after the R hip fracture repair in October; unsteady on the walker turning; lives alone on the farm place
            Objective: Re-assessment: TUG 19.6 sec with the walker (28.4 at eval); 30-second chair stand 6 (2 at eval); hip abduction 3+/5; cane 100 ft contact guard
            Plan: Cane goal by Christmas.
            """,
            ["S72.001D", "Z91.81"], [PT("97110", 24), PT("97116", 13)], []),

        // Rx #7: the problem written as she says it — "her R hip won't let her up the steps into St. Anne's without hanging on the rail with both hands" — with step-ups and stair work with doses and cane gait with distance; "Time: 97110 = 25 min; 97116 = 12 min" matches: passes.
        ["v4-h164-dr-chramosta-v07-church-steps"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #7 — 11/10/2026
            Seen by: D. Vrbka PT
            Time: 97110 = 25 min; 97116 = 12 min
            Treatment: ther ex — step-ups 6-inch 3x8 leading R, lateral step-ups 2x8, hip abduction 3 lb cuff 3x10; gait — single-point cane 150 ft with stand-by assist, the four steps to the basement with one rail x2
            Problem: her R hip won't let her up the steps into St. Anne's without hanging on the rail with both hands; still stiff-legged on the R with the cane
            Objective: Cane 150 ft stand-by assist; steps with one rail and contact guard
            Plan: Sunday Mass is the test.
            """,
            ["S72.001D", "Z91.81"], [PT("97110", 25), PT("97116", 12)], []),

        // Rx #8: the note field went out empty (Darlene's note was saved to the next patient's chart) on a two-code visit with a diagnosis: note missing on each line, nothing else.
        ["v7-h164-dr-chramosta-v08-empty-note"] = new(
            "",
            ["S72.001D", "Z91.81"], [PT("97110", 24), PT("97116", 13)], [At(NoteMissing, "97110"), At(NoteMissing, "97116")]),

        // DRCH Darlene's daily note, Rx #9: hip exercises with doses and walker gait with distance and assistance, R hip weakness and guarded stance, "Time: 97110 = 26 min; 97116 = 12 min" matches: passes.
        ["vord-h164-dr-chramosta-v09"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #9 — 11/17/2026
            Seen by: D. Vrbka PT
            Time: 97110 = 26 min; 97116 = 12 min
            Treatment: ther ex — step-ups 6-inch 3x10, side-stepping with the band at the counter 3 lengths, heel raises 3x12; gait — single-point cane 300 ft outdoors on the sidewalk with stand-by assist
            Problem: R hip weakness and a short, guarded R stance after the R hip fracture repair in October; unsteady on the walker turning; lives alone on the farm place
            Objective: Cane 300 ft stand-by assist
            Plan: First time outside with the cane.
            """,
            ["S72.001D", "Z91.81"], [PT("97110", 26), PT("97116", 12)], []),

        // Rx #10, the Monday after the blizzard with the header's number and date left off: exercises and cane gait named without doses, distance or assistance; deficit stated; no number but the codes and their minutes: measure missing on both lines.
        ["v5-h164-dr-chramosta-v10-no-numbers"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note
            Seen by: D. Vrbka PT
            Time: 97110 = 23 min; 97116 = 14 min
            Treatment: ther ex — step-ups, side-stepping with the band, heel raises; gait — cane in the hall and on the ramp
            Problem: R hip weakness and a guarded R stance after the R hip fracture repair; unsteady turning with the cane
            Objective: Not done today
            Plan: Same.
            """,
            ["S72.001D", "Z91.81"], [PT("97110", 23), PT("97116", 14)], [At(Measure, "97110"), At(Measure, "97116")]),

        // Rx #11: the time line written "Time: 38 min total" with no code's minutes: separate time missing; techniques, deficit and doses present.
        ["v6-h164-dr-chramosta-v11-one-total"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #11 — 11/23/2026
            Seen by: D. Vrbka PT
            Time: 38 min total
            Treatment: ther ex — step-ups 6-inch 3x10, hip abduction 3 lb cuff 3x12; gait — single-point cane 300 ft with supervision, curb x2
            Problem: R hip weakness and a short, guarded R stance after the R hip fracture repair in October; unsteady on the walker turning; lives alone on the farm place
            Objective: Cane 300 ft with supervision; curb with contact guard
            Plan: Discharge Wednesday.
            """,
            ["S72.001D", "Z91.81"], [PT("97110", 25), PT("97116", 13)], [SepTime]),

        // Rx #12, discharge on the same daily note (TUG with the cane, chair stands, strength): exercises with doses and cane gait with distance and assistance; minutes 24 and 14 match: passes.
        ["vord-h164-dr-chramosta-v12-discharge"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #12 — 11/25/2026
            Seen by: D. Vrbka PT
            Time: 97110 = 24 min; 97116 = 14 min
            Treatment: ther ex — home program reviewed: step-ups 6-inch 3x10, hip abduction 3 lb 3x12, heel raises 3x15; gait — single-point cane 400 ft and the church-step mock-up with one rail, supervision
            Problem: R hip weakness and a short, guarded R stance after the R hip fracture repair in October; unsteady on the walker turning; lives alone on the farm place
            Objective: Discharge: TUG 13.1 sec with the cane; 30-second chair stand 9; hip abduction 4-/5
            Plan: D/C to the home program; Kaylee has the sheet.
            """,
            ["S72.001D", "Z91.81"], [PT("97110", 24), PT("97116", 14)], []),

        // ---------------------------------------------------------------- episode 8: DRCH Thedford, LeRoy Zulkoski, diabetic neuropathy and falls (Darlene Vrbka), 97112 + 97110

        // DRCH Darlene's daily note for the rancher, Rx #1: foam and eyes-closed balance work with perturbations, strengthening with doses, proprioceptive loss, balance numbers, "1:1 in the therapy gym"; 97112 24 and 97110 14 match: passes.
        ["vord-h164-dr-zulkoski-v01"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #1 — 10/19/2026
            Seen by: D. Vrbka PT — 1:1 in the therapy gym
            Time: 97112 = 24 min; 97110 = 14 min
            Treatment: NMR — feet together on firm and foam with eyes open and closed, lateral perturbations at the hips; ther ex — heel raises 2x12, ankle DF with the red band 2x15, sit to stand 2x8
            Problem: proprioceptive loss in both feet with the diabetic neuropathy — can't feel where his feet are in the dark barn, three falls since haying; weak ankles and hips
            Objective: Berg 40/56; foam eyes closed 4 sec
            Plan: Night-light for the barn; home program.
            """,
            ["E11.42", "R29.6"], [PT("97112", 24), PT("97110", 14)], []),

        // DRCH Darlene's daily note for the rancher, Rx #2: foam and eyes-closed balance work with perturbations, strengthening with doses, proprioceptive loss, balance numbers, "1:1 in the therapy gym"; 97112 25 and 97110 13 match: passes.
        ["vord-h164-dr-zulkoski-v02"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #2 — 10/21/2026
            Seen by: D. Vrbka PT — 1:1 in the therapy gym
            Time: 97112 = 25 min; 97110 = 13 min
            Treatment: NMR — semi-tandem on foam with eyes closed, rocker board A/P, reaching out of his base for cones; ther ex — heel raises 3x12, hip abduction sidelying 2x12, step-ups 6-inch 2x10
            Problem: proprioceptive loss in both feet with the diabetic neuropathy — can't feel where his feet are in the dark barn, three falls since haying; weak ankles and hips
            Objective: Berg 42/56; foam eyes closed 7 sec
            Plan: Same.
            """,
            ["E11.42", "R29.6"], [PT("97112", 25), PT("97110", 13)], []),

        // Rx #3: "D. Vrbka PT — 1:1, just him and me in the gym; Bernice crocheted in the corner" (his wife, not a patient): one-on-one stated; otherwise complete; 97112 24 and 97110 14 match: passes.
        ["v1-h164-dr-zulkoski-v03-bernice-crocheting"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #3 — 10/26/2026
            Seen by: D. Vrbka PT — 1:1, just him and me in the gym; Bernice crocheted in the corner
            Time: 97112 = 24 min; 97110 = 14 min
            Treatment: NMR — rocker board M/L with eyes closed, stepping over a hay-bale string on the floor without looking down; ther ex — heel raises 3x15, ankle DF red band 3x15, hip bridges 3x10
            Problem: proprioceptive loss in both feet with the diabetic neuropathy — can't feel where his feet are in the dark barn, three falls since haying; weak ankles and hips
            Objective: Berg 43/56; 6 of 10 string step-overs without looking down
            Plan: Wants to check cows at night again.
            """,
            ["E11.42", "R29.6"], [PT("97112", 24), PT("97110", 14)], []),

        // Rx #4, a day the sale barn ran late: the header's number and date left off, "Objective: Berg ___ foam stance ___ sec" never filled and the exercises written without doses; techniques, deficit and 1:1 present; no number but the codes and their minutes: measure missing on both lines.
        ["v2-h164-dr-zulkoski-v04-berg-and-foam-blanks"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note
            Seen by: D. Vrbka PT — 1:1 in the therapy gym
            Time: 97112 = 25 min; 97110 = 13 min
            Treatment: NMR — rocker board with eyes closed, foam stance with head turns, stepping over the string; ther ex — heel raises, ankle DF with the band, bridges
            Problem: proprioceptive loss in both feet with the diabetic neuropathy — can't feel where his feet are in the dark barn; weak ankles and hips
            Objective: Berg ___ foam stance ___ sec
            Plan: Re-test next time.
            """,
            ["E11.42", "R29.6"], [PT("97112", 25), PT("97110", 13)], [At(Measure, "97112"), At(Measure, "97110")]),

        // DRCH Darlene's daily note for the rancher, Rx #5: foam and eyes-closed balance work with perturbations, strengthening with doses, proprioceptive loss, balance numbers, "1:1 in the therapy gym"; 97112 24 and 97110 14 match: passes.
        ["vord-h164-dr-zulkoski-v05"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #5 — 11/02/2026
            Seen by: D. Vrbka PT — 1:1 in the therapy gym
            Time: 97112 = 24 min; 97110 = 14 min
            Treatment: NMR — tandem on foam, lateral perturbations standing on the rocker board, walking over the gravel tray with eyes closed; ther ex — heel raises 3x15, step-ups 6-inch 3x10, hip abduction 2 lb cuff 3x10
            Problem: proprioceptive loss in both feet with the diabetic neuropathy — can't feel where his feet are in the dark barn, three falls since haying; weak ankles and hips
            Objective: Berg 45/56; tandem on foam 9 sec
            Plan: Good week, no falls.
            """,
            ["E11.42", "R29.6"], [PT("97112", 24), PT("97110", 14)], []),

        // Rx #6, the re-assessment on the same daily note: Berg, mCTSIB, monofilament sites and TUG, perturbations on foam, strengthening with doses, 1:1; 97112 25 and 97110 13 match: passes.
        ["vord-h164-dr-zulkoski-v06-re-assessment"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #6 — 11/04/2026
            Seen by: D. Vrbka PT — 1:1 in the therapy gym
            Time: 97112 = 25 min; 97110 = 13 min
            Treatment: re-assessment, then NMR — mCTSIB conditions and perturbations on foam; ther ex — step-ups 8-inch 3x8, heel raises 3x15
            Problem: proprioceptive loss in both feet with the diabetic neuropathy — can't feel where his feet are in the dark barn, three falls since haying; weak ankles and hips
            Objective: Re-assessment: Berg 46/56 (40 at eval); mCTSIB foam eyes closed 14 sec (4 at eval); monofilament absent at 6 of 10 sites both feet; TUG 10.8 sec
            Plan: Re-certified for 6 more visits.
            """,
            ["E11.42", "R29.6"], [PT("97112", 25), PT("97110", 13)], []),

        // Rx #7: "D. Vrbka PT — did his and Mr. Sedlacek's balance work together at the parallel bars, back and forth" — another patient in the 97112 block: one-on-one missing; otherwise complete.
        ["v1-h164-dr-zulkoski-v07-two-ranchers-at-the-bars"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #7 — 11/09/2026
            Seen by: D. Vrbka PT — did his and Mr. Sedlacek's balance work together at the parallel bars, back and forth
            Time: 97112 = 24 min; 97110 = 14 min
            Treatment: NMR — tandem walking in the bars with eyes closed, foam stance with lateral pushes; ther ex — heel raises 3x15, step-ups 8-inch 3x8
            Problem: proprioceptive loss in both feet with the diabetic neuropathy — can't feel where his feet are in the dark barn, three falls since haying; weak ankles and hips
            Objective: Berg 47/56; 7 of 10 pushes without grabbing the bar
            Plan: Separate times next week.
            """,
            ["E11.42", "R29.6"], [PT("97112", 24), PT("97110", 14)], [At(OneOnOne, "97112")]),

        // Rx #8: "Otago level B — knee extensors and hip abductors with a 3 lb cuff 2x10, backward and sideways walking, tandem walk" as the named programme in ther ex, with foam and rocker NMR; deficit; Berg and counts; 1:1; 97112 23 and 97110 15 match: passes.
        ["v3-h164-dr-zulkoski-v08-otago-level-b"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #8 — 11/11/2026
            Seen by: D. Vrbka PT — 1:1 in the therapy gym
            Time: 97112 = 23 min; 97110 = 15 min
            Treatment: NMR — rocker board with eyes closed, foam stance with head turns, reactive steps to pushes; ther ex — Otago level B: knee extensors and hip abductors with a 3 lb cuff 2x10, calf raises 2x10, backward and sideways walking 4 lengths
            Problem: proprioceptive loss in both feet with the diabetic neuropathy — can't feel where his feet are in the dark barn, three falls since haying; weak ankles and hips
            Objective: Berg 48/56; 8 of 10 pushes recovered with one step
            Plan: Otago at home three days a week.
            """,
            ["E11.42", "R29.6"], [PT("97112", 23), PT("97110", 15)], []),

        // Rx #9: "Time: 97112 = 23 min; 97110 = ___ min" — the second code's minutes never filled in on a two-code visit: separate time missing; 97112's 23 match; otherwise complete.
        ["v2-h164-dr-zulkoski-v09-ther-ex-minutes-blank"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #9 — 11/16/2026
            Seen by: D. Vrbka PT — 1:1 in the therapy gym
            Time: 97112 = 23 min; 97110 = ___ min
            Treatment: NMR — tandem on foam with head turns, stepping over the string in the dark gym; ther ex — Otago level B with a 3 lb cuff 2x10, step-ups 8-inch 3x10
            Problem: proprioceptive loss in both feet with the diabetic neuropathy — can't feel where his feet are in the dark barn, three falls since haying; weak ankles and hips
            Objective: Berg 48/56; tandem on foam 15 sec
            Plan: Same.
            """,
            ["E11.42", "R29.6"], [PT("97112", 23), PT("97110", 13)], [SepTime]),

        // DRCH Darlene's daily note for the rancher, Rx #10: foam and eyes-closed balance work with perturbations, strengthening with doses, proprioceptive loss, balance numbers, "1:1 in the therapy gym"; 97112 24 and 97110 13 match: passes.
        ["vord-h164-dr-zulkoski-v10"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #10 — 11/18/2026
            Seen by: D. Vrbka PT — 1:1 in the therapy gym
            Time: 97112 = 24 min; 97110 = 13 min
            Treatment: NMR — walking the gravel tray with eyes closed, rocker board with ball catches; ther ex — Otago level B with a 4 lb cuff 2x10, heel raises 3x15
            Problem: proprioceptive loss in both feet with the diabetic neuropathy — can't feel where his feet are in the dark barn, three falls since haying; weak ankles and hips
            Objective: Berg 49/56; 9 of 10 string step-overs without looking down
            Plan: Near goals.
            """,
            ["E11.42", "R29.6"], [PT("97112", 24), PT("97110", 13)], []),

        // Rx #11: "97110 = 30 min" carried from a long strength day on today's 15-minute 97110: mismatch on 97110; 97112's 24 match; otherwise complete.
        ["v6-h164-dr-zulkoski-v11-ther-ex-thirty-on-fifteen"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #11 — 11/23/2026
            Seen by: D. Vrbka PT — 1:1 in the therapy gym
            Time: 97112 = 24 min; 97110 = 30 min
            Treatment: NMR — tandem on foam with eyes closed, lateral perturbations; ther ex — Otago level B with a 4 lb cuff 2x12, step-ups 8-inch 3x10
            Problem: proprioceptive loss in both feet with the diabetic neuropathy — can't feel where his feet are in the dark barn, three falls since haying; weak ankles and hips
            Objective: Berg 50/56; foam eyes closed 20 sec
            Plan: Discharge Wednesday.
            """,
            ["E11.42", "R29.6"], [PT("97112", 24), PT("97110", 15)], [At(Mismatch, "97110")]),

        // Rx #12, discharge on the same daily note (Berg, mCTSIB, TUG): foam, rocker and perturbation work, Otago with its cuff weight, deficit, 1:1; 97112 25 and 97110 14 match: passes.
        ["vord-h164-dr-zulkoski-v12-discharge"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #12 — 11/25/2026
            Seen by: D. Vrbka PT — 1:1 in the therapy gym
            Time: 97112 = 25 min; 97110 = 14 min
            Treatment: NMR — foam and rocker board review, perturbations; ther ex — Otago home program reviewed with the 4 lb cuff
            Problem: proprioceptive loss in both feet with the diabetic neuropathy — can't feel where his feet are in the dark barn, three falls since haying; weak ankles and hips
            Objective: Discharge: Berg 51/56; mCTSIB foam eyes closed 22 sec; TUG 9.2 sec; no falls in the episode
            Plan: D/C; night-lights in the barn.
            """,
            ["E11.42", "R29.6"], [PT("97112", 25), PT("97110", 14)], []),

        // ---------------------------------------------------------------- episode 9: DRCH Mullen outreach, Wendell Pesek, low-back strain (Darlene Vrbka), 97140 + 97530

        // DRCH Darlene's outreach note at Mullen, Rx #1: lumbar glides and soft tissue with grades and bouts, lifting and carrying tasks with loads and counts, low-back strain with sciatica and his lifting goal; "Time: 97140 = 12 min; 97530 = 24 min" matches: passes.
        ["vord-h164-dr-pesek-v01"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN CLINIC)
            OP PT Daily Note — Rx #1 — 08/26/2026
            Seen by: D. Vrbka PT
            Time: 97140 = 12 min; 97530 = 24 min
            Treatment: manual — central PA glides L4 and L5 grade II-III, 3 bouts of 30; STM to the L paraspinals; functional — hip hinge to a 10 lb box floor to waist x8, half-kneel to stand x6
            Problem: low-back strain lifting small square bales onto the flatbed, L-sided sciatica into the L calf; can't bend and lift or sit in the tractor cab through a load
            Objective: Lumbar flexion fingertips to mid-shin; SLR L 55°
            Plan: Lift with the hinge at home, no bales yet.
            """,
            ["S39.012D", "M54.42"], [PT("97140", 12), PT("97530", 24)], []),

        // DRCH Darlene's outreach note at Mullen, Rx #2: lumbar glides and soft tissue with grades and bouts, lifting and carrying tasks with loads and counts, low-back strain with sciatica and his lifting goal; "Time: 97140 = 11 min; 97530 = 25 min" matches: passes.
        ["vord-h164-dr-pesek-v02"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN CLINIC)
            OP PT Daily Note — Rx #2 — 09/02/2026
            Seen by: D. Vrbka PT
            Time: 97140 = 11 min; 97530 = 25 min
            Treatment: manual — central PA glides L4-5 grade III, 3 bouts of 30, L sidelying lumbar rotation grade III; functional — 15 lb box floor to waist x8, carrying a 20 lb bucket 50 ft x4
            Problem: low-back strain lifting small square bales onto the flatbed, L-sided sciatica into the L calf; can't bend and lift or sit in the tractor cab through a load
            Objective: SLR L 62°; lifted 15 lb x8 with a good hinge
            Plan: Same.
            """,
            ["S39.012D", "M54.42"], [PT("97140", 11), PT("97530", 25)], []),

        // Rx #3, 97140 in the contract's meaning: central PA glides L4-5 grade III, unilateral PA on the L at L5, soft tissue to the L quadratus lumborum and paraspinals, each with its grade or bouts; lifting tasks with loads; deficit; minutes 13 and 23 match: passes.
        ["v7-h164-dr-pesek-v03-97140-in-its-meaning"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN CLINIC)
            OP PT Daily Note — Rx #3 — 09/09/2026
            Seen by: D. Vrbka PT
            Time: 97140 = 13 min; 97530 = 23 min
            Treatment: manual — central PA glides L4-5 grade III 3 bouts of 30, unilateral PA L5 on the L grade III 2 bouts of 30, soft-tissue release to the L quadratus lumborum and paraspinals; functional — 20 lb box floor to waist x8, loading a 25 lb sack onto the tailgate x5
            Problem: low-back strain lifting small square bales onto the flatbed, L-sided sciatica into the L calf; can't bend and lift or sit in the tractor cab through a load
            Objective: SLR L 68°; lumbar flexion fingertips to the ankles
            Plan: Bale carry next visit.
            """,
            ["S39.012D", "M54.42"], [PT("97140", 13), PT("97530", 23)], []),

        // Rx #4, the time line in clock ranges on each code's own line ("97140 1:40–1:52 pm", "97530 1:52–2:16 pm", 12 and 24 minutes): glides and lifting tasks with doses, deficit: passes.
        ["v6-h164-dr-pesek-v04-clock-ranges"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN CLINIC)
            OP PT Daily Note — Rx #4 — 09/16/2026
            Seen by: D. Vrbka PT
            Time: 97140 1:40–1:52 pm
            97530 1:52–2:16 pm
            Treatment: manual — central PA glides L4-5 grade III 3 bouts of 30; functional — a 30 lb practice bale lifted floor to waist x6 and carried 40 ft x3, getting in and out of the tractor-seat mock-up x4
            Problem: low-back strain lifting small square bales onto the flatbed, L-sided sciatica into the L calf; can't bend and lift or sit in the tractor cab through a load
            Objective: Lifted the 30 lb bale x6 with a hinge; SLR L 70°
            Plan: Same.
            """,
            ["S39.012D", "M54.42"], [PT("97140", 12), PT("97530", 24)], []),

        // Rx #5: measures in Darlene's forms — "40 lb bale floor→flatbed height x5", loads, counts, feet and SLR degrees — with glides and lifting tasks; deficit; minutes 11 and 25 match: passes.
        ["v5-h164-dr-pesek-v05-loads-and-counts"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN CLINIC)
            OP PT Daily Note — Rx #5 — 09/23/2026
            Seen by: D. Vrbka PT
            Time: 97140 = 11 min; 97530 = 25 min
            Treatment: manual — central PA glides L4-5 grade III-IV 3 bouts of 30; functional — 40 lb bale floor to flatbed height x5, carried 60 ft x3, pitchfork reach to the manger x10
            Problem: low-back strain lifting small square bales onto the flatbed, L-sided sciatica into the L calf; can't bend and lift or sit in the tractor cab through a load
            Objective: 40 lb bale floor→flatbed height x5 without the L leg symptoms; SLR L 74°
            Plan: Back to light feeding chores.
            """,
            ["S39.012D", "M54.42"], [PT("97140", 11), PT("97530", 25)], []),

        // Rx #6, the re-assessment on the same outreach note (SLR degrees, flexion, lift test with the self-rated Oswestry beside them): glides and a bale lift-and-carry with doses; minutes 12 and 23 match: passes.
        ["vord-h164-dr-pesek-v06-re-assessment"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN CLINIC)
            OP PT Daily Note — Rx #6 — 09/30/2026
            Seen by: D. Vrbka PT
            Time: 97140 = 12 min; 97530 = 23 min
            Treatment: re-assessment, then manual — central PA glides L4-5 grade IV 2 bouts of 30; functional — 40 lb bale lift and carry x4
            Problem: low-back strain lifting small square bales onto the flatbed, L-sided sciatica into the L calf; can't bend and lift or sit in the tractor cab through a load
            Objective: Re-assessment: SLR L 76° (50° at eval); lumbar flexion fingertips to the floor; lifted 40 lb floor to waist x6; Oswestry 22% (48% at eval)
            Plan: Four more visits.
            """,
            ["S39.012D", "M54.42"], [PT("97140", 12), PT("97530", 23)], []),

        // Rx #7: "97530 = 30 min" from a long lifting day on today's 18-minute 97530: mismatch on 97530; 97140's 12 match; otherwise complete.
        ["v6-h164-dr-pesek-v07-functional-thirty-on-eighteen"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN CLINIC)
            OP PT Daily Note — Rx #7 — 10/07/2026
            Seen by: D. Vrbka PT
            Time: 97140 = 12 min; 97530 = 30 min
            Treatment: manual — central PA glides L4-5 grade IV 2 bouts of 30; functional — 45 lb bale lifted floor to waist x5 and carried 60 ft x2
            Problem: low-back strain lifting small square bales onto the flatbed, L-sided sciatica into the L calf; can't bend and lift or sit in the tractor cab through a load
            Objective: Lifted 45 lb x5 with a hinge
            Plan: Same.
            """,
            ["S39.012D", "M54.42"], [PT("97140", 12), PT("97530", 18)], [At(Mismatch, "97530")]),

        // Rx #8, covered by Trent Mlnarik, PTA, on the same outreach note: soft-tissue mobilisation and PA glides with grades, bale and feed-sack tasks with loads and counts, deficit; minutes 10 and 25 on the PTA lines match: passes.
        ["vord-h164-dr-pesek-v08-pta-mlnarik"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN CLINIC)
            OP PT Daily Note — Rx #8 — 10/14/2026
            Seen by: T. Mlnarik PTA (D. Vrbka PT at Thedford)
            Time: 97140 = 10 min; 97530 = 25 min
            Treatment: manual — soft-tissue mobilisation to the L paraspinals and QL, central PA glides L4-5 grade III 2 bouts of 30; functional — 50 lb feed sack lifted floor to tailgate x4, 45 lb bale carried 60 ft x3
            Problem: low-back strain lifting small square bales onto the flatbed, L-sided sciatica into the L calf; can't bend and lift or sit in the tractor cab through a load
            Objective: Lifted the 50 lb sack x4; no leg symptoms
            Plan: Back to Darlene next week.
            """,
            ["S39.012D", "M54.42"], [PTA("97140", 10), PTA("97530", 25)], []),

        // Rx #9, a blizzard-week catch-up note: header numbers gone, "Manual and functional activities per POC. Tolerated. Cont POC." under the time line — no technique, deficit or measure for either code: wholly generic on both lines; minutes 11 and 25 match.
        ["v7-h164-dr-pesek-v09-generic-busy-day"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN CLINIC)
            OP PT Daily Note
            Seen by: D. Vrbka PT
            Time: 97140 = 11 min; 97530 = 25 min
            Manual and functional activities per POC. Tolerated. Cont POC.
            """,
            ["S39.012D", "M54.42"], [PT("97140", 11), PT("97530", 25)], [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // DRCH Darlene's outreach note at Mullen, Rx #10: lumbar glides and soft tissue with grades and bouts, lifting and carrying tasks with loads and counts, low-back strain with sciatica and his lifting goal; "Time: 97140 = 12 min; 97530 = 24 min" matches: passes.
        ["vord-h164-dr-pesek-v10"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN CLINIC)
            OP PT Daily Note — Rx #10 — 10/28/2026
            Seen by: D. Vrbka PT
            Time: 97140 = 12 min; 97530 = 24 min
            Treatment: manual — central PA glides L4-5 grade IV 2 bouts of 30; functional — 50 lb bale floor to flatbed height x6, climbing into and out of the tractor cab x4
            Problem: low-back strain lifting small square bales onto the flatbed, L-sided sciatica into the L calf; can't bend and lift or sit in the tractor cab through a load
            Objective: Lifted 50 lb x6; SLR L 78°
            Plan: Discharge next visit.
            """,
            ["S39.012D", "M54.42"], [PT("97140", 12), PT("97530", 24)], []),

        // Rx #11, discharge: a complete outreach note (glides, bale lift and carry with loads, deficit, final numbers, minutes 11 and 24) whose claim was sent from the outreach clinic with the diagnosis field empty: diagnosis missing only.
        ["vord-h164-dr-pesek-v11-discharge-no-diagnosis"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN CLINIC)
            OP PT Daily Note — Rx #11 — 11/04/2026
            Seen by: D. Vrbka PT
            Time: 97140 = 11 min; 97530 = 24 min
            Treatment: manual — central PA glides L4-5 grade IV 2 bouts of 30; functional — home program review, 50 lb bale floor to flatbed x6 and carried 60 ft x3
            Problem: low-back strain lifting small square bales onto the flatbed, L-sided sciatica into the L calf; can't bend and lift or sit in the tractor cab through a load
            Objective: Discharge: SLR L 80°; fingertips to the floor; lifted 50 lb x6 without leg symptoms; Oswestry 10%
            Plan: D/C; back to hauling with a hired man on the stack.
            """,
            [], [PT("97140", 11), PT("97530", 24)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
