using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The two-hundred-and-fifteenth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (the two-hundred-and-twelfth, -eleventh, -tenth and -ninth read for their format; the
/// hundred-and-ninety-third, the forty-eighth and the other template sets skimmed only to keep clear of their clinics,
/// their EMRs' print forms and their phrasings). The engine's output on these notes was never looked at while writing
/// them, and the tests were never run by the reviewer. Written 2026-12-08 (blind), the set is notes of late November
/// and early December 2026 built from EMR SMART PHRASES, DOT PHRASES AND TEMPLATES LEFT PARTLY FILLED: picklists
/// printed with every option, with or without the one chosen ("{individually/in a group/concurrently:individually}",
/// "Patient was seen {individually/in a group/concurrently}", "{yes/no:yes}", "{yes/no:...}"), "***" and "___" blanks
/// left in place, "@NAME@"- and "[PATIENT]"-style tokens that never resolved, auto-pulled data blocks (the last visit's
/// flowsheet values carried forward, problem-list lines, the plan of care copied in from the evaluation, the last
/// visit's charges), default text the clinician never changed beside text they typed, and dropdowns exported as "Field:
/// Value" with "-- Select --" where nothing was chosen. About two thirds are ordinary and complete (71 of 108), single-
/// and two-code visits (97110, 97112, 97116, 97140, 97530; a PT's and an OT's code on one visit), by PTs, PTAs and OTs,
/// from five clinics on five different EMR families, none of them an earlier file's:
/// <list type="number">
/// <item>Conecuh River Rehab (CRR, Brewton, Alabama), a hospital-affiliated outpatient clinic on an ambulatory EMR
/// whose dot phrases (".CRRPTNMR", ".CRRPTGAIT", ".CRRPTORTHO", ".CRROTDAILY") expand with @NAME@, @AGE@ and @SEX@
/// tokens (resolved, or left as typed when the merge failed), picklists printed with all their options and the chosen
/// one after a colon ("Patient was seen {individually/in a group/concurrently:individually} for all timed minutes.",
/// the whole list and no colon when nothing was chosen), "***" wildcards, and the code line "97112 Neuromuscular
/// re-education — 23 min" under "Treatment:";</item>
/// <item>Verdigris Valley Therapy (VVT, Claremore, Oklahoma), a web therapy EMR whose export prints every dropdown as
/// "Field: Value" ("Treatment Type: Individual (1:1)", "Primary Focus: Proprioception", "Impairment: -- Select --"),
/// toggles as "Yes", "No" or "(not answered)", the exercise flowsheet as "Exercise | Sets | Reps | Load | Notes" rows,
/// the default assessment "Patient tolerated treatment well with no adverse reactions." and a "Billing:" block with
/// "97112 Neuromuscular Re-education — 23 min (2 units)";</item>
/// <item>Nodaway Valley Physical Therapy (NVPT, Maryville, Missouri), a therapy-specialty EMR with a form template of
/// "[X]" and "[ ]" boxes and "___" blanks, a "Carried forward from last visit (date) — auto:" line of the last visit's
/// values at the top, the unchanged default "Pt tolerated tx well. Cont POC." at the bottom and "CPT 97112 Neuro re-ed
/// — Minutes: 24" rows;</item>
/// <item>Mattaponi Rehab &amp; Balance (MRB, West Point, Virginia), a community hospital's EMR with bracketed tokens
/// ("[PATIENT]", "[HE/SHE]", "[REFERRING PROVIDER]", "[MINUTES]") left when they did not resolve, a "PROBLEM LIST
/// (pulled from chart)" block, a "PLAN OF CARE (copied from initial evaluation …)" block, a "LAST VISIT (auto-pulled
/// …)" block, yes/no picklists "{yes/no:yes}" and, unanswered, "{yes/no:...}", and charge lines "Charge: 97112
/// Neuromuscular reeducation | Min: 22" under "TODAY'S TREATMENT";</item>
/// <item>Little Miami Rehabilitation (LMR, Loveland, Ohio), a PT and OT practice on a practice-management EMR whose
/// note builder prints radio groups as "Delivery: (•) Individual ( ) Concurrent ( ) Group", checklists as "☑" and "☐"
/// with "Other: ____", an amended field as "[struck …]" with the corrected value after it, the default "Skilled
/// intervention required for safety and progression." and "Timed minutes — 97112: 23 | 97110: 15" or clock ranges per
/// code.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these five templates, applying the
/// contract to what the clinician chose or typed: a picklist's chosen value, a selected radio button, a ticked box, a
/// dropdown's value and a filled blank state what they name, and a chosen "no", "in a group", "concurrently",
/// "Concurrent" or a ticked "concurrent" their opposite; a picklist printed whole with nothing chosen, "***", "___",
/// "-- Select --", "(not answered)", an empty radio group, an unticked box, an unresolved token ("@NAME@",
/// "@DEFICITS@", "[MINUTES]") and the printed options of a checklist state nothing; a struck value is withdrawn and its
/// correction stands; an auto-pulled block from another date (the last visit's values or note, the evaluation's plan of
/// care with its planned interventions and goals, the last visit's charges) and the problem list say nothing about this
/// visit's service — not its technique, its target, its measure, its attendance or its minutes; the template's
/// unchanged default sentences ("Patient tolerated treatment well …", "Pt tolerated tx well. Cont POC.", "Skilled
/// intervention required for safety and progression.") say nothing either way; a programme's name, stage, level or
/// block is not a technique; and a named test with no number is not a measure:
/// <list type="bullet">
/// <item>class 1 (v1-h215-…): one-on-one in these writers' own words, typed beside a picklist, dropdown, radio group or
/// boxes left empty ("I had Mr. Cottle to myself in the back gym …, nobody else on my schedule in that slot", "the only
/// patient on the floor with me for her whole balance block", "alone in the vestibular room with the door closed", "she
/// was the only patient I treated during her session" with the daughter learning the home program, "one-on-one with me
/// start to finish" with the wife by the door under unresolved @NAME@ tokens), notes that negate it (a VVT PTA who
/// stepped over to Mr. Berryhill on the bike, an LMR PT going back and forth between two patients) or never state it (a
/// CRR PTA's picklist printed whole, an MRB PTA's "{yes/no:...}" whose only one-on-one words are in the last visit's
/// auto-pulled note), and an LMR OT's 97530 with "(•) Group" at the kitchen, which has no one-on-one check;</item>
/// <item>class 2 (v2-h215-…): box, radio, picklist and blank states — ticked ("[X] one-on-one for all timed minutes",
/// "(•) Individual", "{yes/no:yes}", a ticked "[X] coordination" beside unticked systems, "☑ perturbation training"),
/// ticked the other way ("[X] concurrent", "{yes/no:no}"), struck and corrected ("[struck: (•) Group …] (•) Individual"
/// and the reverse) and blank (a measures row of "Berg ___/56 TUG ___ s", a row of impairment boxes none ticked, a
/// technique checklist none ticked);</item>
/// <item>class 3 (v3-h215-…): named protocols and techniques (Cawthorne–Cooksey exercises, PNF rhythmic stabilisation
/// and D2 flexion patterns, Maitland grade III posterior–anterior mobilisation for 97140, McKenzie repeated extension
/// in lying for 97110, the CO-OP approach's Goal–Plan–Do–Check for an OT's 97530, body-weight-supported treadmill
/// training for 97116), a 97112 whose techniques are only in the copied plan of care with today's treatment left "***",
/// and a programme's name and level alone ("Solid Footing Pathway — Stage 3, all stations", "Stride Forward program,
/// Level 4 — full circuit", "Upright Path, block B");</item>
/// <item>class 4 (v4-h215-…): deficits stated as findings (absent vibration at the great toes and a sharpened Romberg,
/// lateropulsion with an impaired sense of vertical after a lateral medullary stroke, a left foot drop with hip hiking
/// for a 97116, a grip and pinch deficit for an OT's 97110, lost plantar sensation by monofilament typed under an
/// auto-pulled problem list) and notes that state none ("Impairment: -- Select --", a problem list of unrelated
/// conditions as the only candidate, "Deficits addressed: @DEFICITS@", a 97116 with "Gait Deviations: -- Select
/// --");</item>
/// <item>class 5 (v5-h215-…): measures in every usual form (an mCTSIB row per condition in seconds, counts of
/// perturbations recovered, sets, repetitions and load for a 97110, distance with stand-by assistance for a 97116, gait
/// speed and an FGA) and notes with none ("Objective measures: ***", the last visit's values auto-pulled beside "not
/// re-tested today", "Outcome Measure: Berg Balance Scale | Score:" empty, an outcome picklist printed whole with
/// "Score: ***", a 97110 flowsheet with every "Sets: ___ Reps: ___" empty);</item>
/// <item>class 6 (v6-h215-…): minutes in these templates' forms (two billing lines, a PT's and an OT's clock ranges,
/// the only code's minutes in the prose, an unresolved minutes token on the only code, today's charge line beside the
/// last visit's auto-pulled charges), true mismatches (a CRR "— 34 min" on a 22-minute line, a VVT 97110 "— 28 min" on
/// 15, an MRB 97116 "| Min: 28" on 16) and truly missing separate time (a second code's "Minutes: ___", an LMR "Total
/// timed:" only, a second code's "| Min: [MINUTES]");</item>
/// <item>class 7 (v7-h215-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110, 97530, 97140 and 97116, a 97140 with technique and region but no number,
/// and wholly generic notes under chosen picklists, answered dropdowns and tokens, resolved or not;</item>
/// <item>ordinary (vord-h215-…): complete notes of these five clinics a reviewer passes (the false-positive guard),
/// each carrying the harmless leftovers of its template — "***" in a subjective or plan line, unresolved tokens in a
/// header or a sentence, picklists in fields that do not matter (hip precautions, assistive device, the plan, the home
/// program handout), "{yes/no:...}" left on a 97530 or a 97116, which has no one-on-one check, "-- Select --" in unused
/// dropdowns, "Other: ___" blanks, the last visit's values, the problem list and the plan of care copied in beside
/// today's own words, default sentences beside typed ones — and the ordinary weak one: a complete note whose problem
/// list prints ICD codes while the claim carries no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry numbers that are not the code's or its minutes — ages, dates of the last visit and of the
/// evaluation, visit counts, the plan of care's frequency and goal targets, the last visit's scores and charges in an
/// auto-pulled block, problem-list ICD codes, template version numbers, a blank's printed maximum ("Berg ___/56"), step
/// and box heights, loads, distances, degrees, seconds, counts of perturbations, repetitions and trials, test scores
/// out of their maximum, a programme's stage, level or block — and each is written so that a reviewer cannot take it
/// for a billed code's minutes, except the one auto-pulled block of the last visit's charges, dated and labelled as the
/// last visit's; a code's minutes are written next to the code or its service (a code line under "Treatment:", a
/// billing block, a "CPT … Minutes:" row, a charge line, a "Timed minutes —" line, a clock range on the code's own
/// line, the prose beside the only code's work); no note gives minutes to a drill, a rest, a test or a home exercise,
/// except the note that gives two codes only a total; notes failed for want of a measure carry no number taken today
/// but their code and its minutes (and ages, dates, visit counts, a blank's printed maximum and the auto-pulled block
/// the note says was not re-tested). DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or
/// measure at all. A 97112 passes the measure check only on an objective measure with a number and fails it only when
/// the note has no number taken today but its code, its minutes and numbers that are plainly something else; for the
/// other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on
/// the billed minutes: a family member, caregiver, interpreter, student or staff member in the room does not undo a
/// one-on-one statement, another patient treated in the same block does, and a therapist attending someone else during
/// the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges for a code, minutes of an exercise, a rest or a test, canalith repositioning, three-character or
/// dotless diagnosis codes, and any line with a code that has no documentation profile (heat, TENS, evaluations and
/// group classes stay in the notes, never on a line).
/// This set also leaves out what half-filled templates could honestly leave in doubt: a template's unchanged default
/// sentence as the only one-on-one statement, deficit or measure (is a default the clinician's statement?); a chosen
/// picklist value that contradicts the free text beside it; a note of nothing but an expanded template with every field
/// blank (empty or generic?); an unexpanded dot phrase (".CRRPTNMR" alone) as the whole note; "per plan of care" or
/// "see POC" as the day's technique beside a copied plan; an auto-pulled block with no date, or one dated today; the
/// last visit's values as the only number with no word on whether anything was re-tested; a problem-list line that
/// names a neuromuscular condition as the only deficit; a programme's level beside drills that may be that level's
/// content; a token that may have resolved to something the print lost; a struck value with no word of what stands; and
/// a minutes token or blank on a code that is the visit's only timed code in a note that also gives a visit total.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 83 of 108 cases agree (106 needed), and 15 of the 71 notes the reviewer passes got a finding, on the analyzer of 6fb00a5 (the 2026-12-08 twenty-ninth session, after the two-hundred-and-twelfth set's misses were worked through; nothing was changed for this set) — its first run.</para>
/// <para>After: development data, worked through in the same session (engine code ba1a9a9, after two reviews): 106 of 108, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18TwoHundredFifteenthTests(ITestOutputHelper output)
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

        // CRR dot phrase, Delphine Hadley: the attendance picklist printed whole with nothing chosen, but she typed "I had Mr. Cottle to myself in the back gym for all of his balance work — nobody else was on my schedule in that slot"; Airex, rocker perturbations, tandem with ball toss; plantar sensation and ankle proprioception lost to neuropathy; seconds and counts; 23 min matches: passes.
        ["v1-h215-crr-picklist-whole-typed-to-myself"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: Wendell Cottle · 74 y.o. male
            Treating therapist: Delphine Hadley, PT, DPT

            Wendell is a 74 y.o. male seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: "My feet feel like they're packed in sawdust." Caught himself on the porch rail Sunday evening stepping down in the dark.
            Treatment:
            97112 Neuromuscular re-education — 23 min
              Airex pad standing with eyes closed and slow head turns; rocker board front-to-back with light perturbations at the pelvis; tandem walking on the floor tape while tossing a ball hand to hand.
            Patient was seen {individually/in a group/concurrently} for all timed minutes.
              I had Mr. Cottle to myself in the back gym for all of his balance work — nobody else was on my schedule in that slot.
            Objective measures: Airex eyes closed 9 s (last week 4 s); recovered 6/10 pelvic perturbations without a step.
            Assessment: Diabetic neuropathy with loss of plantar sensation and ankle proprioception; he leans on his vision and loses his balance in low light.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // CRR dot phrase, Marcus Tullis (PTA): complete (rhythmic stabilisation at the pelvis, glute med tapping, foot taps; delayed L hip abductor recruitment after stroke; SLS seconds and taps; 22 min) but the attendance picklist is printed whole with nothing chosen and nothing typed: one-on-one missing.
        ["v1-h215-crr-pta-picklist-whole-nothing-typed"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: Velma Dees · 68 y.o. female
            Treating: Marcus Tullis, PTA (supervising PT: Delphine Hadley, PT, DPT)

            Velma is a 68 y.o. female seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: Says her left leg "goes to sleep" under her when she turns at the stove.
            Treatment:
            97112 Neuromuscular re-education — 22 min
              Rhythmic stabilization at the pelvis in L single-leg stance; weight shifts onto the L leg with tapping over the L glute med for facilitation; R foot taps to a 4" step to load the L stance leg.
            Patient was seen {individually/in a group/concurrently} for all timed minutes.
            Objective measures: L single-leg stance 3 s (1 s at eval); 7/10 R foot taps without reaching for the bars.
            Assessment: L hemiparesis after R MCA stroke — delayed L hip abductor recruitment in stance; trunk leans to the L during turns.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["I69.354"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // VVT export, Cody Lassiter: "Treatment Type: -- Select --" but the comment "Loretta was the only patient on the floor with me for her whole balance block"; VOR x1 rows and head-turn walking; L vestibular hypofunction; DVA and DGI; 24 min matches: passes.
        ["v1-h215-vvt-select-left-typed-only-patient-on-floor"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Loretta Fixico            DOS: 12/01/2026
            Provider: Cody Lassiter, PT
            Visit Type: Treatment
            Treatment Type: -- Select --
            Primary Focus: Vestibular
            Precautions: Fall risk
            Subjective: Dizziness now only with quick looks over her L shoulder when she backs the truck out.
            Interventions:
              Exercise | Sets | Reps | Load | Notes
              VOR x1 horizontal, plain wall target | 3 | 30 s | -- | standing, metronome
              VOR x1 vertical, checkerboard target | 2 | 30 s | -- | standing, feet together
              Walking with head turns to wall targets | 3 | 40 ft | -- | hallway
            Comments: Loretta was the only patient on the floor with me for her whole balance block — we started before the rest of the morning schedule came in.
            Objective Measures: Dynamic visual acuity 3 lines lost (5 at eval); DGI 19/24.
            Assessment: Patient tolerated treatment well with no adverse reactions. L vestibular hypofunction — gaze slips with fast head turns toward the L, improving.
            Plan: Progress VOR x1 speed next visit.
            Billing:
              97112 Neuromuscular Re-education — 24 min (2 units)
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // VVT export, Shawna McIntosh (PTA): "Treatment Type: -- Select --" and the comment "Mr. Berryhill was on the recumbent bike at station 2 during her session and I stepped over twice to adjust his seat and check his heart rate": another patient attended in the block — one-on-one missing; otherwise complete.
        ["v1-h215-vvt-pta-stepped-over-to-bike-patient"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Bernice Holata            DOS: 12/02/2026
            Provider: Shawna McIntosh, PTA (supervising: Cody Lassiter, PT)
            Visit Type: Treatment
            Treatment Type: -- Select --
            Primary Focus: Postural control
            Subjective: Two near-falls getting up out of the recliner this week.
            Interventions:
              Exercise | Sets | Reps | Load | Notes
              Perturbations in standing, feet apart then semi-tandem | 2 | 10 | -- | pushes at sternum and pelvis
              Stepping strategy drill, lateral and backward | 2 | 8 | -- | cued to step, not reach
              Foam stance with ball reach | 2 | 6 | -- | Airex
            Comments: Mr. Berryhill was on the recumbent bike at station 2 during her session and I stepped over twice to adjust his seat and check his heart rate.
            Objective Measures: Recovered 7/10 posterior pushes with a single step (4/10 last week); Berg 43/56.
            Assessment: Patient tolerated treatment well with no adverse reactions. Slow, small backward stepping reaction; hip strategy only.
            Plan: Continue plan of care.
            Billing:
              97112 Neuromuscular Re-education — 22 min (2 units)
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // NVPT form, Brenda Kurtz: every attendance box left empty, but "Mrs. Dvorak and I were alone in the vestibular room with the door closed for the whole of her neuro re-ed"; X1 viewing, habituation walking, foam EC; vestibular ticked; DGI and foam seconds today beside the carried-forward line; 24 min matches: passes.
        ["v1-h215-nvpt-boxes-empty-typed-alone-door-closed"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 11/30/2026
            Patient: Ardith Dvorak                     Therapist: Brenda Kurtz, PT, DPT
            Carried forward from last visit (11/23/2026) — auto: DHI 52/100 · DGI 15/24 · HEP: gaze X1 seated
            -----------------------------------------------------------------
            S: Pt reports she can read the hymnal again, but the grocery aisles still "swim."
            CPT 97112 Neuro re-ed — Minutes: 24
            Attendance: [ ] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions: Gaze stabilization X1 viewing in standing, horizontal and vertical, against the busy background; habituation walking down the hallway with head turns past the patterned curtain; foam stance eyes closed. Mrs. Dvorak and I were alone in the vestibular room with the door closed for the whole of her neuro re-ed.
            Impairments addressed: [ ] proprioception  [X] vestibular  [X] postural control  [ ] coordination  [ ] motor control
            Measures today: DGI 18/24   Foam EC 14 s   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["H81.23"], [PT("97112", 24)], []),

        // MRB, Ellis Gwathmey: "One-on-one for all billed minutes? {yes/no:...}" unanswered, but typed "her daughter … sat in to learn the home program; Mrs. Croxton was the only patient I treated during her session" (family, not a patient) under an unresolved [HE/SHE]; large-amplitude stepping, backward-step recovery, turning with a floor line; pull test and turn; 22 min matches: passes.
        ["v1-h215-mrb-yesno-dots-typed-only-patient-daughter-learning"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Evangeline Croxton   Age: 71   Referring: [REFERRING PROVIDER]
            PROBLEM LIST (pulled from chart 12/01/2026):
              - Parkinson's disease without dyskinesia, without mention of fluctuations (G20.A1)
              - Essential (primary) hypertension (I10)
            TODAY'S TREATMENT (12/01/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 22
              Large-amplitude stepping in all directions to floor targets with the metronome; backward-step recovery drill after posterior pulls at the shoulders; turning in a tight square along a taped floor line to break freezing.
              One-on-one for all billed minutes? {yes/no:...}
              [HE/SHE] came with her daughter, who sat in to learn the home program; Mrs. Croxton was the only patient I treated during her session.
            MEASURES: Pull test — 2 steps to recover (3 last week). Turn in place 5.1 s with 1 freeze.
            ASSESSMENT: Reduced step amplitude and delayed backward protective stepping; freezing at turns.
            PLAN: Continue 2x/week per POC.
            Therapist: Ellis Gwathmey, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // MRB, Tamika Beverley (PTA): "{yes/no:...}" unanswered today; the only one-on-one words are inside the LAST VISIT block auto-pulled from the 11/23/2026 note, which says nothing about today's service; foam beam, rocker perturbations, step-ups with a hold; delayed ankle strategy; Berg and tandem today; 22 min matches: one-on-one missing.
        ["v1-h215-mrb-pta-one-on-one-only-in-last-visit-block"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Roland Gresham   Age: 77   Referring: Dr. Anne Pollard
            LAST VISIT (auto-pulled from the 11/23/2026 note):
              "Pt treated one-on-one for all billed minutes. Berg 42/56. Tandem stance 6 s."
            TODAY'S TREATMENT (12/01/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 22
              Tandem walking on the foam beam forward and backward; perturbations on the rocker board front to back; step-ups to a 6" box with a three-count hold on the stance leg.
              One-on-one for all billed minutes? {yes/no:...}
            MEASURES: Berg 45/56; tandem stance on the floor 11 s.
            ASSESSMENT: Impaired postural control — delayed ankle strategy on the rocker with late recovery to midline; sway increases on foam.
            PLAN: Progress the beam to eyes closed.
            Therapist: Tamika Beverley, PTA (supervising PT: Ellis Gwathmey, PT, DPT)
            """,
            ["R26.81", "M62.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // LMR note builder, Jocelyn Kessler: an empty radio group and "I was going back and forth between Mrs. Schade on the foam path and Mr. Roebuck at the parallel bars for the whole block": another patient treated in the block — one-on-one missing; otherwise complete.
        ["v1-h215-lmr-radio-empty-back-and-forth-two-patients"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Daily Note (Note Builder)
            Pt: Doris Schade · Visit 6 of 12
            Clinician: Jocelyn Kessler, PT
            Delivery: ( ) Individual ( ) Concurrent ( ) Group
            Techniques: ☑ perturbation training ☑ unstable surface work ☐ PNF patterns ☐ gaze stabilization ☐ Other: ____
            Narrative: Foam stance with perturbations at the shoulders, feet together then staggered; half-roller stance flat side down, then round side down; stepping over 6" hurdles along the foam path. I was going back and forth between Mrs. Schade on the foam path and Mr. Roebuck at the parallel bars for the whole block.
            Impairment: Peripheral neuropathy — decreased proprioception at both ankles, excessive sway with eyes closed.
            Measures: Foam feet together EO 20 s, EC 7 s; 5/8 hurdles cleared without a touch.
            Skilled intervention required for safety and progression.
            Timed minutes — 97112: 23
            """,
            ["G62.9", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // LMR OT, Mara Voss: "(•) Group" — a kitchen group with two other clients; a 97530 has no one-on-one check; grilled cheese at the stove with a built-up handle and a rolling cart (technique), R hemiparesis with decreased dexterity and standing balance, goal to make his own lunch (deficit), contact guard / stand-by and 2 of 3 flips (measure); 20 min matches: passes.
        ["v1-h215-lmr-ot-97530-kitchen-group-no-check"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            OT Daily Note (Note Builder)
            Pt: Elmer Ruhl · Visit 9 of 16
            Clinician: Mara Voss, OTR/L
            Delivery: ( ) Individual ( ) Concurrent (•) Group
            Activities: ☑ meal preparation ☑ standing tolerance at counter ☐ laundry ☐ Other: ____
            Narrative: Kitchen group with two other clients. Elmer made a grilled cheese at the stove — got the pan out of the low cabinet, buttered the bread with his R hand using a built-up knife handle, flipped the sandwich with a spatula and took the plate to the table on the rolling cart.
            Goal / impairment: R hemiparesis after L MCA stroke — decreased R hand dexterity and standing balance keep him from cooking at home; goal to make his own lunch.
            Measures: Contact guard for the low-cabinet reach, stand-by assist for the rest; 2 of 3 flips without dropping the sandwich.
            Skilled intervention required for safety and progression.
            Timed minutes — 97530: 20
            """,
            ["I69.351"], [OT("97530", 20)], []),

        // CRR dot phrase, Bo Weatherford: @NAME@, @AGE@ and @SEX@ never resolved; "One-on-one with me start to finish; his wife waited in the chair by the door and was not treated"; Frenkel-style heel-to-shin and foot-to-target stepping, quadruped rhythmic stabilisation, ladder foot placement; R leg dysmetria and timing after a cerebellar infarct; heel-to-shin and ladder counts; 23 min matches: passes.
        ["v1-h215-crr-tokens-unresolved-one-on-one-wife-by-door"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: @NAME@ · @AGE@ @SEX@
            Treating therapist: Bo Weatherford, PT

            @NAME@ is a @AGE@ @SEX@ seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: Mr. Pettaway says since the stroke he walks "like I'm on a boat deck." Wife drove him in.
            Treatment:
            97112 Neuromuscular re-education — 23 min
              Frenkel-style heel-to-shin and foot-to-target stepping in standing, slow and paced to counts; rhythmic stabilization in quadruped; walking the floor ladder with targeted foot placement.
              One-on-one with me start to finish; his wife waited in the chair by the door and was not treated.
            Objective measures: Heel-to-shin on target R 3/5, L 5/5; ladder foot placement 14/20 squares clean (9/20 at eval).
            Assessment: R-sided ataxia after a cerebellar infarct — dysmetria of the R leg and poor timing of foot placement.
            Plan: Next visit ***.
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: ticked, unticked, struck and blank — boxes, radio buttons, picklists, blanks

        // NVPT form, Brenda Kurtz: "[X] one-on-one for all timed minutes"; BAPS, half-roller SLS, lateral hops to a stick; [X] proprioception with a late peroneal response typed; SLS EC seconds and Y-balance reach; 23 min matches: passes.
        ["v2-h215-nvpt-box-ticked-one-on-one"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/01/2026
            Patient: Clifford Auffert                  Therapist: Brenda Kurtz, PT, DPT
            Carried forward from last visit (11/24/2026) — auto: SLS R EC 5 s · HEP: towel SLS, heel raises
            -----------------------------------------------------------------
            S: Stepped in a rut feeding cattle Saturday; ankle "gave" but he caught it.
            CPT 97112 Neuro re-ed — Minutes: 23
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions: BAPS board R, clockwise and counterclockwise with a light touch on the bar; SLS R on the half-foam roller with ball catches; lateral hops onto the foam square, stick the landing.
            Impairments addressed: [X] proprioception  [ ] vestibular  [ ] postural control  [ ] coordination  [ ] motor control
              Late peroneal response when the R foot lands on an uneven surface after the sprain.
            Measures today: SLS R EC 8 s   Y-balance anterior reach R 58 cm / L 66 cm   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // NVPT form, Logan Schieber (PTA): "[ ] one-on-one … [X] concurrent": a ticked concurrent box — one-on-one missing; otherwise complete (foam, tandem beam, perturbations; postural control ticked with a typed finding; Berg and tandem seconds; 22 min).
        ["v2-h215-nvpt-pta-box-ticked-concurrent"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/01/2026
            Patient: Irma Hegeman                      Therapist: Logan Schieber, PTA (sup. Brenda Kurtz, PT, DPT)
            Carried forward from last visit (11/24/2026) — auto: Berg 38/56 · HEP: sit-to-stand, counter marching
            -----------------------------------------------------------------
            S: Daughter says she has stopped using the walker in the house.
            CPT 97112 Neuro re-ed — Minutes: 22
            Attendance: [ ] one-on-one for all timed minutes  [X] concurrent  [ ] group
            Interventions: Foam stance feet together with reaching to cones; tandem walk along the balance beam, hands free; small anterior and posterior perturbations at the pelvis in standing.
            Impairments addressed: [ ] proprioception  [ ] vestibular  [X] postural control  [ ] coordination  [ ] motor control
              Sways backward over her heels and grabs for support when reaching forward.
            Measures today: Berg 41/56   Tandem stance 5 s   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // LMR note builder, Derek Ashbrook (PTA): "Delivery: (•) Individual ( ) Concurrent ( ) Group"; rocker perturbations, step-downs, cone taps; R knee proprioception and late quad timing after TKA; step-downs and SLS; 22 min matches: passes.
        ["v2-h215-lmr-pta-radio-individual"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Daily Note (Note Builder)
            Pt: Norbert Kappes · Visit 8 of 12
            Clinician: Derek Ashbrook, PTA (supervising: Jocelyn Kessler, PT)
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Techniques: ☑ perturbation training ☐ PNF patterns ☐ gaze stabilization ☑ unstable surface work ☐ Other: ____
            Narrative: Rocker board perturbations front to back and side to side; controlled step-downs off a 4" step onto the foam pad; R single-leg stance with L toe taps to cones in a half circle.
            Impairment: R knee proprioception impaired after TKA; late quad firing on step-down, knee wobbles into valgus.
            Measures: Controlled step-downs 8/10; R SLS 9 s.
            Skilled intervention required for safety and progression.
            Timed minutes — 97112: 22
            """,
            ["Z96.651"], [PTA("97112", 22)], []),

        // LMR note builder, Jocelyn Kessler: a "Group" radio struck as entered in error and "(•) Individual" selected in its place — the correction stands; X1 viewing, VOR cancellation, head-turn walking; R vestibular hypofunction with oscillopsia; DGI and FGA; 23 min matches: passes.
        ["v2-h215-lmr-struck-group-corrected-individual"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Daily Note (Note Builder)
            Pt: Gail Wendling · Visit 4 of 10
            Clinician: Jocelyn Kessler, PT
            Delivery: [struck: ( ) Individual ( ) Concurrent (•) Group — entered in error, J. Kessler, PT, 12/02/2026] (•) Individual ( ) Concurrent ( ) Group
            Techniques: ☐ perturbation training ☐ PNF patterns ☑ gaze stabilization ☐ unstable surface work ☑ Other: VOR cancellation
            Narrative: X1 viewing horizontal and vertical in standing, then walking; VOR cancellation with the thumb target while turning in the chair; walking the hallway with head turns on cue.
            Impairment: R peripheral vestibular hypofunction — oscillopsia with quick head turns, veers on head turns while walking.
            Measures: DGI 20/24; FGA 21/30.
            Skilled intervention required for safety and progression.
            Timed minutes — 97112: 23
            """,
            ["H81.391"], [PT("97112", 23)], []),

        // LMR note builder, Derek Ashbrook (PTA): "(•) Individual" struck as entered in error and "(•) Concurrent" selected in its place — the correction stands: one-on-one missing; otherwise complete.
        ["v2-h215-lmr-pta-struck-individual-corrected-concurrent"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Daily Note (Note Builder)
            Pt: Lorraine Beigel · Visit 10 of 12
            Clinician: Derek Ashbrook, PTA (supervising: Jocelyn Kessler, PT)
            Delivery: [struck: (•) Individual ( ) Concurrent ( ) Group — entered in error, D. Ashbrook, PTA, 12/03/2026] ( ) Individual (•) Concurrent ( ) Group
            Techniques: ☑ perturbation training ☐ PNF patterns ☐ gaze stabilization ☑ unstable surface work ☐ Other: ____
            Narrative: Stance on the Airex with perturbations at the hips; backward and lateral stepping reactions after release from a lean; tandem walking on the foam beam.
            Impairment: Impaired postural control — no stepping strategy backward, falls into the therapist's hands on release.
            Measures: Backward stepping reaction effective on 3/8 releases; tandem beam 7 steps.
            Skilled intervention required for safety and progression.
            Timed minutes — 97112: 22
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // NVPT form, Brenda Kurtz: complete but "Measures today: Berg ___/56   TUG ___ s   Other: ___" left blank and the carried-forward line holds no score; no number taken today but the code and its minutes: measure missing.
        ["v2-h215-nvpt-measures-row-blank"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/02/2026
            Patient: LaVonne Pfannenstiel              Therapist: Brenda Kurtz, PT, DPT
            Carried forward from last visit (11/25/2026) — auto: HEP: heel-toe walking at the counter, marching in place
            -----------------------------------------------------------------
            S: Reports tripping over the rug by the kitchen sink; no fall.
            CPT 97112 Neuro re-ed — Minutes: 24
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions: Perturbation training in standing with pushes in all directions; foam stance with eyes closed and head turns; stepping over obstacles on the foam path with a dual task (naming grocery items).
            Impairments addressed: [X] proprioception  [ ] vestibular  [X] postural control  [ ] coordination  [ ] motor control
              Decreased proprioception in both feet from neuropathy; late, short stepping reactions.
            Measures today: Berg ___/56   TUG ___ s   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["E11.42"], [PT("97112", 24)], [At(Measure, "97112")]),

        // NVPT form, Logan Schieber (PTA): every "Impairments addressed" box unticked and no target typed anywhere (PNF lifts and chops, rhythmic stabilisation, beam tandem; beam steps and SLS seconds; [X] one-on-one; 22 min): deficit missing.
        ["v2-h215-nvpt-pta-impairment-boxes-none-ticked"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/02/2026
            Patient: Wilbur Schmitz                    Therapist: Logan Schieber, PTA (sup. Brenda Kurtz, PT, DPT)
            Carried forward from last visit (11/25/2026) — auto: HEP: lifts and chops with a towel
            -----------------------------------------------------------------
            S: Pt reports going to the Christmas bazaar at church Saturday with his wife.
            CPT 97112 Neuro re-ed — Minutes: 22
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions: PNF D1/D2 lifts and chops in half-kneeling with the light ball; rhythmic stabilization at the shoulders in tall kneeling; tandem walking on the balance beam.
            Impairments addressed: [ ] proprioception  [ ] vestibular  [ ] postural control  [ ] coordination  [ ] motor control
            Measures today: Tandem on beam 12 steps without stepping off   SLS L 7 s   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["R26.89"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // NVPT form, Brenda Kurtz: only "[X] coordination" ticked among the impairment boxes — a ticked box states its system; target foot taps, figure-8 cone walking, braiding; foot taps in 10 s and figure-8 time; [X] one-on-one; 23 min matches: passes.
        ["v2-h215-nvpt-impairment-box-coordination-ticked"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/03/2026
            Patient: Darrel Hilsabeck                  Therapist: Brenda Kurtz, PT, DPT
            Carried forward from last visit (11/30/2026) — auto: Foot taps 11 in 10 s · Figure-8 walk 15.8 s
            -----------------------------------------------------------------
            S: Pt says he is steadier getting in and out of the combine cab.
            CPT 97112 Neuro re-ed — Minutes: 23
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions: Alternating foot taps to numbered floor targets called at random; figure-8 walking around two cones at speed; braiding (carioca) along the hallway rail.
            Impairments addressed: [ ] proprioception  [ ] vestibular  [ ] postural control  [X] coordination  [ ] motor control
            Measures today: Foot taps 14 in 10 s   Figure-8 walk 13.2 s   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["R27.0"], [PT("97112", 23)], []),

        // LMR note builder, Jocelyn Kessler: the technique checklist printed with every box unticked and "Other: ____" blank, and nothing typed about what was done; L ankle proprioception and late peroneal reaction typed; SLS seconds; "(•) Individual"; 22 min matches: technique missing.
        ["v2-h215-lmr-technique-checklist-none-ticked"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Daily Note (Note Builder)
            Pt: Shelby Rueter · Visit 3 of 8
            Clinician: Jocelyn Kessler, PT
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Techniques: ☐ perturbation training ☐ PNF patterns ☐ gaze stabilization ☐ unstable surface work ☐ Other: ____
            Narrative: Arrived on time; walked in without the brace today.
            Impairment: L ankle proprioception impaired after the inversion sprain; late peroneal reaction on uneven ground.
            Measures: SLS L eyes open 14 s, eyes closed 4 s.
            Skilled intervention required for safety and progression.
            Timed minutes — 97112: 22
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Tech, "97112")]),

        // LMR note builder, Derek Ashbrook (PTA): "☑ PNF patterns" and "☑ unstable surface work" ticked with the narrative beside them; L hemiparesis with poor pelvic control; step-ups and SLS; "(•) Individual"; 23 min matches: passes.
        ["v2-h215-lmr-pta-technique-checklist-ticked"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Daily Note (Note Builder)
            Pt: Virgil Stegman · Visit 11 of 16
            Clinician: Derek Ashbrook, PTA (supervising: Jocelyn Kessler, PT)
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Techniques: ☐ perturbation training ☑ PNF patterns ☐ gaze stabilization ☑ unstable surface work ☐ Other: ____
            Narrative: PNF pelvic patterns (anterior elevation / posterior depression) in R sidelying; L stance on the foam pad with R step-ups onto the 4" step; weight shifts onto the L leg on the Airex.
            Impairment: L hemiparesis after R stroke — poor pelvic control and delayed L hip extensor activation in stance.
            Measures: L stance on foam 6 s; 9/10 step-ups without the L knee buckling.
            Skilled intervention required for safety and progression.
            Timed minutes — 97112: 23
            """,
            ["I69.354"], [PTA("97112", 23)], []),

        // MRB, Ellis Gwathmey: "One-on-one for all billed minutes? {yes/no:no}" — a chosen "no": one-on-one missing; otherwise complete (habituation head movements in sitting and standing, overhead ball tracking, walking with quick turns; L vestibular hypofunction with motion sensitivity; DGI and provoked turns out of 10; 22 min).
        ["v2-h215-mrb-yesno-chosen-no"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Harlan Trice   Age: 58   Referring: Dr. Miriam Oyelaran
            PROBLEM LIST (pulled from chart 12/02/2026):
              - Vestibular neuronitis, left ear (H81.22)
            TODAY'S TREATMENT (12/02/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 22
              Habituation: repeated head pitch and yaw in sitting, then standing; ball toss overhead tracking with the eyes; walking with quick 180-degree turns on cue.
              One-on-one for all billed minutes? {yes/no:no}
            MEASURES: DGI 17/24; symptoms provoked on 4 of 10 quick turns (7 of 10 last week).
            ASSESSMENT: L vestibular hypofunction with motion sensitivity on quick turns; postural sway when turning.
            PLAN: Continue habituation; add busy-background gaze work.
            Therapist: Ellis Gwathmey, PT, DPT
            """,
            ["H81.22"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // MRB, Tamika Beverley (PTA): "One-on-one for all billed minutes? {yes/no:yes}" under an unresolved [PATIENT] token; tandem beam, rocker perturbations, foam reaches; postural control and ankle strategy; Berg and reach; 21 min matches: passes.
        ["v2-h215-mrb-pta-yesno-chosen-yes"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: [PATIENT]   Age: 80   Referring: Dr. Anne Pollard
            TODAY'S TREATMENT (12/03/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 21
              Mrs. Lumpkin: tandem walking on the foam beam with head turns; rocker board perturbations side to side; reaching out of her base of support on the Airex to cones at knee and shoulder height.
              One-on-one for all billed minutes? {yes/no:yes}
            MEASURES: Berg 46/56 (44 two weeks ago); functional reach 9 in.
            ASSESSMENT: Impaired postural control with a late ankle strategy; steps instead of swaying when reaching.
            PLAN: Continue per POC; progress to eyes closed on the beam.
            Therapist: Tamika Beverley, PTA (supervising PT: Ellis Gwathmey, PT, DPT)
            """,
            ["R26.81"], [PTA("97112", 21)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and techniques; a programme's name or level alone

        // CRR dot phrase, Delphine Hadley: Cawthorne–Cooksey exercises spelled out (eye and head movements, bending to the floor in sitting, ball above eye level, walking eyes open and closed); L peripheral vestibular loss; DGI and foam Romberg; picklist chosen "individually"; 23 min matches: passes.
        ["v3-h215-crr-cawthorne-cooksey"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: Hattie Brackin · 63 y.o. female
            Treating therapist: Delphine Hadley, PT, DPT

            Hattie is a 63 y.o. female seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: Still dizzy bending to the bottom shelf at the Piggly Wiggly; better rolling over in bed.
            Treatment:
            97112 Neuromuscular re-education — 23 min
              Cawthorne–Cooksey exercises: eye movements up and down and side to side, slow then fast; head movements with eyes open, then closed; bending to pick objects off the floor in sitting; standing ball toss hand to hand above eye level; walking across the gym with eyes open, then closed.
            Patient was seen {individually/in a group/concurrently:individually} for all timed minutes.
            Objective measures: DGI 16/24; Romberg on foam, eyes closed, 8 s.
            Assessment: L peripheral vestibular loss, poorly compensated — dizziness and unsteadiness with head movement and bending.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["H81.392"], [PT("97112", 23)], []),

        // VVT export, Cody Lassiter: "Treatment Type: Individual (1:1)"; flowsheet rows of PNF D2 flexion with manual resistance, trunk rhythmic stabilisation and a PNF pelvic pattern; R hemiparesis with poor trunk stability and scapular recruitment; reach trials and sitting perturbations; 24 min matches: passes.
        ["v3-h215-vvt-pnf-d2-and-rhythmic-stabilisation"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Dwayne Chupco             DOS: 12/02/2026
            Provider: Cody Lassiter, PT
            Visit Type: Treatment
            Treatment Type: Individual (1:1)
            Primary Focus: Motor control
            Precautions: -- Select --
            Subjective: Can get his R hand to the steering wheel but "the shoulder hikes up."
            Interventions:
              Exercise | Sets | Reps | Load | Notes
              PNF D2 flexion R UE, supine then sitting | 2 | 8 | manual | resistance through range, quick stretch at start
              Rhythmic stabilization, trunk, sitting on the mat | 3 | 20 s | manual | alternating pushes at shoulders
              PNF pelvic pattern, posterior depression | 2 | 10 | manual | L sidelying
            Objective Measures: Reach to the 2nd shelf R 4/5 trials without trunk lean; recovered 8/10 sitting perturbations.
            Assessment: Patient tolerated treatment well with no adverse reactions. R hemiparesis after L MCA stroke — poor trunk stability, delayed R scapular motor recruitment with shoulder hiking.
            Plan: Continue plan of care.
            Billing:
              97112 Neuromuscular Re-education — 24 min (2 units)
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // MRB, Ellis Gwathmey: the techniques are only in the PLAN OF CARE copied from the 10/28/2026 evaluation ("gaze stabilization (X1/X2), habituation, perturbation training …"); today's "Interventions: ***" was never filled; bilateral vestibular hypofunction typed; DGI and tandem today; "{yes/no:yes}"; 23 min matches: technique missing.
        ["v3-h215-mrb-techniques-only-in-copied-poc-today-stars"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Cornelius Ambrose   Age: 69   Referring: Dr. Miriam Oyelaran
            PLAN OF CARE (copied from initial evaluation 10/28/2026):
              Frequency: 2x/week x 8 weeks.
              Planned interventions: gaze stabilization (X1/X2), habituation, perturbation training, foam and compliant-surface balance work, gait with head turns, HEP.
              Goals: DGI ≥ 20/24; tandem stance ≥ 20 s; back to his Thursday bowling league.
            TODAY'S TREATMENT (12/03/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 23
              Interventions: ***
              One-on-one for all billed minutes? {yes/no:yes}
            MEASURES: DGI 18/24; tandem stance 12 s.
            ASSESSMENT: Bilateral vestibular hypofunction — oscillopsia when walking, veers with head turns; slowly improving.
            PLAN: ***
            Therapist: Ellis Gwathmey, PT, DPT
            """,
            ["H81.23"], [PT("97112", 23)], [At(Tech, "97112")]),

        // CRR dot phrase, Marcus Tullis (PTA): "Solid Footing Pathway — Stage 3, all stations completed" is the whole treatment — a programme's name and stage, no technique; postural control and ankle strategy typed; Berg and reach; picklist "individually"; 22 min matches: technique missing.
        ["v3-h215-crr-pta-solid-footing-stage-only"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: Otis Findley · 81 y.o. male
            Treating: Marcus Tullis, PTA (supervising PT: Delphine Hadley, PT, DPT)

            Otis is an 81 y.o. male seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: No falls since last week. Grandson is putting a rail on the back steps.
            Treatment:
            97112 Neuromuscular re-education — 22 min
              Solid Footing Pathway — Stage 3, all stations completed.
            Patient was seen {individually/in a group/concurrently:individually} for all timed minutes.
            Objective measures: Berg 44/56; functional reach 8 in.
            Assessment: Decreased postural control — sways past his limits of stability when he reaches, little ankle strategy.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // NVPT form, Brenda Kurtz: "Stride Forward program, Level 4 — full circuit x2" is the only intervention — a programme's name and level, no technique; [X] proprioception with a typed finding; mCTSIB foam EC and TUG; [X] one-on-one; 24 min matches: technique missing.
        ["v3-h215-nvpt-stride-forward-level-only"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/03/2026
            Patient: Marjorie Rosenbohm                Therapist: Brenda Kurtz, PT, DPT
            Carried forward from last visit (11/30/2026) — auto: HEP: Stride Forward handout, Level 3
            -----------------------------------------------------------------
            S: Walked the Christmas lights at the Kissing Bridge with her husband, no stumbles.
            CPT 97112 Neuro re-ed — Minutes: 24
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions: Stride Forward program, Level 4 — full circuit x2.
            Impairments addressed: [X] proprioception  [ ] vestibular  [ ] postural control  [ ] coordination  [ ] motor control
              Reduced joint position sense at both ankles; relies on vision, sways with eyes closed.
            Measures today: mCTSIB foam EC 12 s   TUG 11.6 s   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["G62.9"], [PT("97112", 24)], [At(Tech, "97112")]),

        // LMR OT, Mara Voss: the CO-OP approach's Goal–Plan–Do–Check on packing her lunch and setting the table (technique); planning and sequencing deficits after stroke with a goal of packing her lunch for work (deficit); steps without a prompt and cues (measure); 25 min matches: passes.
        ["v3-h215-lmr-ot-97530-co-op-goal-plan-do-check"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            OT Daily Note (Note Builder)
            Pt: Rosalind Heckert · Visit 5 of 12
            Clinician: Mara Voss, OTR/L
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Activities: ☑ meal preparation ☐ standing tolerance at counter ☐ laundry ☑ Other: table setting
            Narrative: CO-OP approach (Cognitive Orientation to daily Occupational Performance) — Goal–Plan–Do–Check on packing her lunch and then setting the table for two: she named the goal, wrote her plan on the index card, carried it out in the clinic kitchen and checked the result against the card.
            Goal / impairment: Planning and sequencing deficits after her L frontal stroke; goal to pack her own lunch for her shifts at the library.
            Measures: Lunch packed with 6 of 8 steps done without a prompt (4 of 8 last week); 1 verbal cue to check the plan.
            Skilled intervention required for safety and progression.
            Timed minutes — 97530: 25
            """,
            ["I69.314"], [OT("97530", 25)], []),

        // VVT export, Cody Lassiter: 97140 — Maitland grade III central and unilateral PA mobilisation at L4 and L5 (technique), low back with R leg pain and lost extension (region), bouts, extension and SLR degrees (measure); 16 min matches: passes.
        ["v3-h215-vvt-97140-maitland-pa-glides"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Travis Harjo              DOS: 12/03/2026
            Provider: Cody Lassiter, PT
            Visit Type: Treatment
            Treatment Type: Individual (1:1)
            Primary Focus: Lumbar spine
            Subjective: R leg pain now stops at the knee; sleeps through most nights.
            Manual Therapy:
              Technique | Grade | Bouts | Notes
              Central PA mobilization L4, L5 (Maitland) | III | 3 x 30 s | prone
              Unilateral PA R L5 (Maitland) | III | 3 x 30 s | prone
            Objective Measures: Lumbar extension 15° before, 22° after; SLR R 55°.
            Assessment: Patient tolerated treatment well with no adverse reactions. Low back pain with R L5 radicular symptoms and hypomobile L4-5 segment, extension limited.
            Plan: Continue plan of care; add prone press-ups to HEP.
            Billing:
              97140 Manual Therapy — 16 min (1 unit)
            """,
            ["M54.16"], [PT("97140", 16)], []),

        // NVPT form, Brenda Kurtz: 97110 — McKenzie repeated extension in lying and prone-on-elbows holds (technique), R leg symptoms centralising and lost lumbar extension (region and impairment), sets, repetitions and holds (measure); 15 min matches: passes.
        ["v3-h215-nvpt-97110-mckenzie-repeated-extension"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/02/2026
            Patient: Rodney Schieferdecker              Therapist: Brenda Kurtz, PT, DPT
            Carried forward from last visit (11/25/2026) — auto: HEP: press-ups 10 reps every 2 hours
            -----------------------------------------------------------------
            S: Pain out of the R calf; only in the buttock since the weekend.
            CPT 97110 Ther ex — Minutes: 15
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions: McKenzie repeated extension in lying 3 x 10, with overpressure on the last set; prone on elbows holds 3 x 30 s; standing extension 2 x 10 at the counter.
            Impairments addressed: [ ] proprioception  [ ] vestibular  [ ] postural control  [ ] coordination  [ ] motor control
              Lumbar derangement — R leg symptoms centralizing to the buttock; lumbar extension loss moderate → minimal after the sets.
            Measures today: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["M54.16"], [PT("97110", 15)], []),

        // MRB, Ellis Gwathmey: 97116 — body-weight-supported treadmill training with manual assist at the L foot, then overground with the quad cane (technique), toe drag and short L stance (deficit), unloading, speed, feet, assist and 10MWT (measure); 23 min matches: passes.
        ["v3-h215-mrb-97116-body-weight-supported-treadmill"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Lucius Tignor   Age: 66   Referring: Dr. Pradeep Menon
            PROBLEM LIST (pulled from chart 12/02/2026):
              - Hemiplegia and hemiparesis following cerebral infarction affecting left non-dominant side (I69.354)
              - Type 2 diabetes mellitus without complications (E11.9)
            TODAY'S TREATMENT (12/02/2026):
              Charge: 97116 Gait training | Min: 23
              Body-weight-supported treadmill training in the harness, 30% unloading at 0.8 mph, manual assist at the L foot for clearance and L hip for weight shift; then overground gait with the quad cane.
              One-on-one for all billed minutes? {yes/no:yes}
            MEASURES: Overground 150 ft x2 with quad cane, min A; 10MWT 0.42 m/s (0.35 at eval).
            ASSESSMENT: L hemiparetic gait — toe drag in L swing, short L stance time, trunk leans over the cane.
            PLAN: Drop unloading to 20% next visit.
            Therapist: Ellis Gwathmey, PT, DPT
            """,
            ["I69.354"], [PT("97116", 23)], []),

        // LMR note builder, Jocelyn Kessler: "☑ Other: Upright Path, block B" and "Upright Path, block B — all stations, second round" are the whole treatment — a programme's name and block, no technique; narrow limits of stability typed; Mini-BESTest and four-square step; "(•) Individual"; 23 min matches: technique missing.
        ["v3-h215-lmr-upright-path-block-only"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Daily Note (Note Builder)
            Pt: Eugene Froelich · Visit 7 of 12
            Clinician: Jocelyn Kessler, PT
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Techniques: ☐ perturbation training ☐ PNF patterns ☐ gaze stabilization ☐ unstable surface work ☑ Other: Upright Path, block B
            Narrative: Upright Path, block B — all stations, second round.
            Impairment: Decreased postural control with narrow limits of stability; late, short steps when pushed backward.
            Measures: Mini-BESTest 20/28; Four Square Step Test 14.2 s.
            Skilled intervention required for safety and progression.
            Timed minutes — 97112: 23
            """,
            ["R26.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // CRR dot phrase, Bo Weatherford: vibration absent at both great toes and a sharpened Romberg lost at 3 s — somatosensory loss from diabetic neuropathy (deficit); foam EC, compliant-beam tandem, barefoot textured-mat stepping for plantar input (technique); Romberg and foam seconds; picklist "individually"; 23 min matches: passes.
        ["v4-h215-crr-vibration-absent-sharpened-romberg"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: Cleveland Peavy · 70 y.o. male
            Treating therapist: Bo Weatherford, PT

            Cleveland is a 70 y.o. male seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: Can't feel the pedals in the truck in the mornings; wife does the night driving now.
            Treatment:
            97112 Neuromuscular re-education — 23 min
              Foam stance eyes closed with arms crossed; tandem walking on the compliant beam; barefoot stepping across the textured mats for plantar input (sensory reintegration), eyes on a distant target.
            Patient was seen {individually/in a group/concurrently:individually} for all timed minutes.
            Objective measures: Vibration (128 Hz fork) absent at both great toes, diminished at the malleoli. Sharpened Romberg lost at 3 s; foam stance eyes open 25 s.
            Assessment: Somatosensory loss in both feet from diabetic neuropathy; depends on vision for balance.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // VVT export, Shawna McIntosh (PTA): "Primary Focus: -- Select --" and "Impairment: -- Select --", nothing typed but the default assessment (perturbations, foam, tandem rows; Berg and tandem; "Individual (1:1)"; 22 min): deficit missing.
        ["v4-h215-vvt-pta-impairment-select-left"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Wanda Bigpond             DOS: 12/03/2026
            Provider: Shawna McIntosh, PTA (supervising: Cody Lassiter, PT)
            Visit Type: Treatment
            Treatment Type: Individual (1:1)
            Primary Focus: -- Select --
            Impairment: -- Select --
            Subjective: Says her granddaughter's basketball team won on Friday night.
            Interventions:
              Exercise | Sets | Reps | Load | Notes
              Perturbations in standing, anterior-posterior and lateral | 2 | 10 | -- | at pelvis
              Foam stance, eyes closed, head turns | 3 | 20 s | -- | Airex
              Tandem walk on the beam, forward and backward | 2 | 15 ft | -- | hands free
            Objective Measures: Berg 47/56; tandem stance 15 s.
            Assessment: Patient tolerated treatment well with no adverse reactions.
            Plan: Continue plan of care.
            Billing:
              97112 Neuromuscular Re-education — 22 min (2 units)
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // MRB, Ellis Gwathmey: the only candidate for a target is the PROBLEM LIST pulled from the chart (knee osteoarthritis, hypertension, hyperlipidemia) — nothing typed today names a deficit or system (foam beam, rocker perturbations, step-and-hold; Berg and tandem; "{yes/no:yes}"; 22 min): deficit missing.
        ["v4-h215-mrb-problem-list-only"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Ida Mae Fauntleroy   Age: 76   Referring: Dr. Anne Pollard
            PROBLEM LIST (pulled from chart 12/03/2026):
              - Unilateral primary osteoarthritis, right knee (M17.11)
              - Essential (primary) hypertension (I10)
              - Hyperlipidemia, unspecified (E78.5)
            TODAY'S TREATMENT (12/03/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 22
              Tandem walking on the foam beam; rocker board perturbations front to back; forward step onto the Airex and hold.
              One-on-one for all billed minutes? {yes/no:yes}
            MEASURES: Berg 48/56; tandem stance 18 s.
            ASSESSMENT: Progressing toward goals.
            PLAN: Continue per POC.
            Therapist: Ellis Gwathmey, PT, DPT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // CRR dot phrase, Marcus Tullis (PTA): "Deficits addressed: @DEFICITS@" — a token meant to pull the evaluation's deficits that never resolved — and "Assessment: ***" (half-kneeling chops, rocker perturbations, foam step-ups; SLS and perturbations; picklist "individually"; 22 min): deficit missing.
        ["v4-h215-crr-pta-deficits-token-unresolved"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: Lonnie Jernigan · 59 y.o. male
            Treating: Marcus Tullis, PTA (supervising PT: Delphine Hadley, PT, DPT)

            Lonnie is a 59 y.o. male seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: Back at the lumber yard half days.
            Deficits addressed: @DEFICITS@
            Treatment:
            97112 Neuromuscular re-education — 22 min
              PNF chops and lifts in half-kneeling with the medicine ball; rocker board perturbations side to side; step-ups onto the foam block with a stick landing.
            Patient was seen {individually/in a group/concurrently:individually} for all timed minutes.
            Objective measures: SLS R 6 s; held 5/8 rocker perturbations without a hand down.
            Assessment: ***
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["R26.89"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // VVT export, Cody Lassiter: 97116 with "Primary Focus: -- Select --" and "Gait Deviations: -- Select --" and no region, impairment or goal typed (rolling-walker gait on tile and carpet, stair training; feet and assist levels; 18 min): deficit missing for the 97116.
        ["v4-h215-vvt-97116-gait-deviations-select-left"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Harold Tsosie             DOS: 12/03/2026
            Provider: Cody Lassiter, PT
            Visit Type: Treatment
            Treatment Type: Individual (1:1)
            Primary Focus: -- Select --
            Gait Deviations: -- Select --
            Assistive Device: Rolling walker
            Subjective: Nothing new.
            Interventions:
              Exercise | Sets | Reps | Load | Notes
              Gait training, rolling walker, tile and carpet | 2 | 150 ft | -- | CGA
              Stair training, reciprocal, one rail | 1 | 12 steps | -- | min A
            Objective Measures: See flowsheet.
            Assessment: Patient tolerated treatment well with no adverse reactions.
            Plan: Continue plan of care.
            Billing:
              97116 Gait Training — 18 min (1 unit)
            """,
            ["Z96.641"], [PT("97116", 18)], [At(Deficit, "97116")]),

        // LMR note builder, Derek Ashbrook (PTA): 97116 — L foot drop with dorsiflexors 2/5, hip hiking and circumduction in swing (deficit); gait with and without the AFO, ramp, obstacle stepping, heel-strike cues (technique); feet, SBA and toe catches (measure); 20 min matches: passes.
        ["v4-h215-lmr-pta-97116-foot-drop-hip-hike"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Daily Note (Note Builder)
            Pt: Kenneth Overbeck · Visit 6 of 12
            Clinician: Derek Ashbrook, PTA (supervising: Jocelyn Kessler, PT)
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Techniques: ☐ perturbation training ☐ PNF patterns ☐ gaze stabilization ☐ unstable surface work ☑ Other: gait training with AFO
            Narrative: Gait training with the L AFO on and off, level floor and the ramp; cues for heel strike and knee flexion in L swing; stepping over 4" obstacles with the L leading.
            Impairment: L foot drop, dorsiflexors 2/5, with hip hiking and circumduction in L swing.
            Measures: 200 ft x2 with AFO and stand-by assist, no toe catches; without AFO 4 toe catches in 100 ft.
            Skilled intervention required for safety and progression.
            Timed minutes — 97116: 20
            """,
            ["M21.372"], [PTA("97116", 20)], []),

        // CRR dot phrase, Delphine Hadley: lateropulsion to the L with impaired sense of vertical after a lateral medullary stroke (deficit); mirror and door-frame vertical feedback, Airex weight shifts to the R, sidestepping along the rail (technique); Berg and lean corrections (measure); picklist "individually"; 23 min matches: passes.
        ["v4-h215-crr-lateropulsion-after-medullary-stroke"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: Estelle Lambert · 72 y.o. female
            Treating therapist: Delphine Hadley, PT, DPT

            Estelle is a 72 y.o. female seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: "Feels like somebody's pulling me to the left." Sister brought her.
            Treatment:
            97112 Neuromuscular re-education — 23 min
              Visual vertical feedback with the mirror grid and the door-frame line in standing; weight shifts toward the R on the Airex with a hand target; sidestepping to the R along the hallway rail.
            Patient was seen {individually/in a group/concurrently:individually} for all timed minutes.
            Objective measures: Berg 39/56; corrected her L lean without a cue on 6/10 trials.
            Assessment: Lateropulsion to the L with an impaired sense of vertical after a L lateral medullary stroke.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["I69.398"], [PT("97112", 23)], []),

        // LMR OT, Mara Voss: 97110 — putty grip and pinch, wrist curls with a weight, finger extension against a band (technique); R grip 24 lb against 61 and lateral pinch 8 lb against 17 after a distal radius fracture, can't open jars (deficit); sets, repetitions and loads (measure); 16 min matches: passes.
        ["v4-h215-lmr-ot-97110-grip-and-pinch-after-radius-fracture"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            OT Daily Note (Note Builder)
            Pt: Bernadette Wuebbels · Visit 7 of 12
            Clinician: Mara Voss, OTR/L
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Activities: ☐ meal preparation ☐ standing tolerance at counter ☐ laundry ☑ Other: hand strengthening
            Narrative: Green putty gross grip and three-jaw pinch 3 x 15 each; wrist flexion and extension curls with 1 lb, 3 x 12; finger extension against a rubber band 3 x 15.
            Goal / impairment: R grip 24 lb vs L 61 lb, lateral pinch 8 lb vs 17 lb, six weeks out of the cast after a distal radius fracture; can't open jars or wring out a dishcloth.
            Measures: as above.
            Skilled intervention required for safety and progression.
            Timed minutes — 97110: 16
            """,
            ["S52.531D"], [OT("97110", 16)], []),

        // MRB, Tamika Beverley (PTA): plantar sensation absent at 5 of 10 monofilament sites on each foot and reduced ankle proprioception, typed beside an auto-pulled problem list (deficit); textured-mat barefoot stance, foam EC, stepping stones (technique); monofilament and foam EC (measure); "{yes/no:yes}"; 22 min matches: passes.
        ["v4-h215-mrb-pta-plantar-sensation-beside-problem-list"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Percy Mallory   Age: 73   Referring: Dr. Pradeep Menon
            PROBLEM LIST (pulled from chart 12/03/2026):
              - Type 2 diabetes mellitus with diabetic polyneuropathy (E11.42)
              - Chronic kidney disease, stage 3a (N18.31)
            TODAY'S TREATMENT (12/03/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 22
              Barefoot stance on the textured mats, eyes open then closed; foam stance eyes closed; stepping-stone walk across the rubber domes.
              One-on-one for all billed minutes? {yes/no:yes}
            MEASURES: Semmes-Weinstein 5.07 monofilament absent at 5 of 10 sites on each foot; foam stance EC 10 s.
            ASSESSMENT: Decreased plantar sensation and ankle proprioception in both feet; loses balance on uneven ground in the dark.
            PLAN: Continue per POC.
            Therapist: Tamika Beverley, PTA (supervising PT: Ellis Gwathmey, PT, DPT)
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // NVPT form, Brenda Kurtz: an mCTSIB row with seconds for each condition (measure); foam EC with head turns and eyes-closed weight shifts on the foam (technique); [X] vestibular and [X] postural control with a typed finding; [X] one-on-one; 24 min matches: passes.
        ["v5-h215-nvpt-mctsib-row"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/03/2026
            Patient: Norma Jean Ottmann                Therapist: Brenda Kurtz, PT, DPT
            Carried forward from last visit (11/30/2026) — auto: mCTSIB foam EC 6 s
            -----------------------------------------------------------------
            S: Got dizzy in the dark hallway at her son's house over Thanksgiving.
            CPT 97112 Neuro re-ed — Minutes: 24
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions: Foam stance eyes closed with slow head turns; weight shifts forward and back on the foam with eyes closed; walking on the gym mats in dim light with head turns.
            Impairments addressed: [ ] proprioception  [X] vestibular  [X] postural control  [ ] coordination  [ ] motor control
              Poor use of vestibular input when vision and the surface are taken away.
            Measures today: mCTSIB — firm EO 30 s | firm EC 30 s | foam EO 30 s | foam EC 11 s   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["H81.8X3"], [PT("97112", 24)], []),

        // CRR dot phrase, Bo Weatherford: "Objective measures: ***" never filled and no number taken today anywhere (foam-beam tandem, standing perturbations, gaze stabilisation with head turns while walking; R vestibular hypofunction; picklist "individually"; 22 min): measure missing.
        ["v5-h215-crr-objective-measures-stars"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: Jolene Kimbrough · 67 y.o. female
            Treating therapist: Bo Weatherford, PT

            Jolene is a 67 y.o. female seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: Turning her head to back out of the church parking lot still sets off the spinning.
            Treatment:
            97112 Neuromuscular re-education — 22 min
              Tandem walking on the foam beam; perturbations in standing at the shoulders and pelvis; gaze stabilization on a card target with head turns while walking the hallway.
            Patient was seen {individually/in a group/concurrently:individually} for all timed minutes.
            Objective measures: ***
            Assessment: R vestibular hypofunction — gaze unstable with head turns, widens her base and slows when she looks to the side.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["H81.21"], [PT("97112", 22)], [At(Measure, "97112")]),

        // MRB, Ellis Gwathmey: the only scores are in the LAST VISIT block auto-pulled from the 11/24/2026 flowsheet, and today's MEASURES line says "Not re-tested today"; foam, rocker and stepping work; delayed stepping reactions; "{yes/no:yes}"; 22 min matches: measure missing.
        ["v5-h215-mrb-last-visit-values-not-retested"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Mildred Saunders   Age: 84   Referring: Dr. Anne Pollard
            LAST VISIT (auto-pulled from the 11/24/2026 flowsheet):
              Berg 41/56 · TUG 14.8 s · Tandem stance 4 s
            TODAY'S TREATMENT (12/02/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 22
              Foam stance with reaching across midline; rocker board perturbations front to back; lean-and-release for forward and backward stepping reactions.
              One-on-one for all billed minutes? {yes/no:yes}
            MEASURES: Not re-tested today; re-assessment due at the progress note.
            ASSESSMENT: Impaired postural control — delayed, short compensatory stepping reactions, worst backward; sway increases on foam.
            PLAN: Continue per POC.
            Therapist: Ellis Gwathmey, PT, DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // VVT export, Cody Lassiter: "Outcome Measure: Berg Balance Scale | Score:" with the score empty — a named test with no number — and the flowsheet's dose columns all "--" (large-amplitude stepping, turning practice, reaching; step amplitude and freezing; "Individual (1:1)"; 23 min): measure missing.
        ["v5-h215-vvt-outcome-dropdown-score-empty"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Earl Deerinwater          DOS: 12/02/2026
            Provider: Cody Lassiter, PT
            Visit Type: Treatment
            Treatment Type: Individual (1:1)
            Primary Focus: Postural control
            Subjective: Froze in the doorway to the church fellowship hall on Sunday.
            Interventions:
              Exercise | Sets | Reps | Load | Notes
              Large-amplitude stepping to floor targets, all directions | -- | -- | -- | metronome cueing
              Turning practice through the doorway with a visual floor line | -- | -- | -- | breaks freezing
              Reaching out of base of support to cones | -- | -- | -- | standing
            Objective Measures:
              Outcome Measure: Berg Balance Scale | Score:
            Assessment: Patient tolerated treatment well with no adverse reactions. Parkinsonian postural instability — small steps, freezing at doorways, slow to recover when reaching.
            Plan: Continue plan of care.
            Billing:
              97112 Neuromuscular Re-education — 23 min (2 units)
            """,
            ["G20.A1"], [PT("97112", 23)], [At(Measure, "97112")]),

        // LMR note builder, Jocelyn Kessler: 97110 — sidelying hip abduction with 2 lb, banded bridges, sit-to-stand with a weighted vest (technique), L hip abductor weakness with a Trendelenburg on stairs after THA (deficit), sets, repetitions and loads (measure); 14 min matches: passes.
        ["v5-h215-lmr-97110-sets-reps-load"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Daily Note (Note Builder)
            Pt: Dolores Nieberding · Visit 9 of 12
            Clinician: Jocelyn Kessler, PT
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Techniques: ☐ perturbation training ☐ PNF patterns ☐ gaze stabilization ☐ unstable surface work ☑ Other: therapeutic exercise
            Narrative: Sidelying L hip abduction 3 x 12 with 2 lb; bridges with the blue band at the knees 3 x 15; sit-to-stand from an 18" chair with the 5 lb vest 3 x 10.
            Impairment: L hip abductor weakness 3+/5 with a Trendelenburg lurch on the stairs after L THA.
            Measures: as listed.
            Skilled intervention required for safety and progression.
            Timed minutes — 97110: 14
            """,
            ["Z96.642"], [PT("97110", 14)], []),

        // VVT export, Shawna McIntosh (PTA): 97116 — sidewalk and curb gait with a single-point cane (technique), "Gait Deviations: Decreased stance time R" chosen and stiff R knee typed (deficit), 300 ft with stand-by and curb repetitions with contact guard (measure); 17 min matches: passes.
        ["v5-h215-vvt-pta-97116-distance-stand-by"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Gloria Wildcat             DOS: 12/03/2026
            Provider: Shawna McIntosh, PTA (supervising: Cody Lassiter, PT)
            Visit Type: Treatment
            Treatment Type: -- Select --
            Primary Focus: Gait
            Gait Deviations: Decreased stance time R
            Assistive Device: Single-point cane
            Subjective: Wants to walk from the parking lot into the casino for her bingo night without the walker.
            Interventions:
              Exercise | Sets | Reps | Load | Notes
              Gait training, SPC, outdoor sidewalk | 2 | 300 ft | -- | SBA
              Curb step up and down, 6" | 1 | 5 | -- | CGA
            Objective Measures: as in flowsheet.
            Assessment: Patient tolerated treatment well with no adverse reactions. R knee still stiff after TKA; short R stance, slow over the curb.
            Plan: Continue plan of care.
            Billing:
              97116 Gait Training — 17 min (1 unit)
            """,
            ["Z96.651"], [PTA("97116", 17)], []),

        // CRR dot phrase, Delphine Hadley: counts in the usual form — "recovered 9/12 perturbations with a single step; 5/6 forward lean-and-release" (measure); manual perturbation training and lean-and-release (technique); slow compensatory stepping (deficit); picklist "individually"; 23 min matches: passes.
        ["v5-h215-crr-perturbation-counts"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: Amos Driggers · 79 y.o. male
            Treating therapist: Delphine Hadley, PT, DPT

            Amos is a 79 y.o. male seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: Fell in the yard two weeks ago reaching for the water hose; no injury.
            Treatment:
            97112 Neuromuscular re-education — 23 min
              Manual perturbation training in standing, unexpected pushes in all directions; lean-and-release forward and backward to train compensatory stepping.
            Patient was seen {individually/in a group/concurrently:individually} for all timed minutes.
            Objective measures: Recovered 9/12 perturbations with a single step (5/12 at eval); forward lean-and-release 5/6 with one step.
            Assessment: Slow, multiple-step compensatory stepping reactions; postural control improving.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["R29.6"], [PT("97112", 23)], []),

        // LMR note builder, Derek Ashbrook (PTA): 97110 with the exercises named and the quad weakness after TKA typed, but every "Sets: ___ Reps: ___ Load: ___" left blank and no number anywhere: measure missing for the 97110.
        ["v5-h215-lmr-pta-97110-dose-blanks"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Daily Note (Note Builder)
            Pt: Gerald Brockhoff · Visit 5 of 12
            Clinician: Derek Ashbrook, PTA (supervising: Jocelyn Kessler, PT)
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Techniques: ☐ perturbation training ☐ PNF patterns ☐ gaze stabilization ☐ unstable surface work ☑ Other: therapeutic exercise
            Narrative: Quad sets, straight-leg raises, short-arc quads and terminal knee extension with the band, R leg.
              Sets: ___   Reps: ___   Load: ___
            Impairment: R quadriceps weakness with an extensor lag after TKA; has to lead with the L going up the stairs.
            Measures: ___
            Skilled intervention required for safety and progression.
            Timed minutes — 97110: 15
            """,
            ["Z96.651"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // MRB, Ellis Gwathmey: FGA and comfortable and fast gait speed (measure); walking with head turns and pivots, dual-task walking, obstacle course on foam (technique); impaired dynamic postural control with head turns and talking (deficit); "{yes/no:yes}"; 23 min matches: passes.
        ["v5-h215-mrb-fga-and-gait-speed"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Thaddeus Bagby   Age: 68   Referring: [REFERRING PROVIDER]
            TODAY'S TREATMENT (12/03/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 23
              Walking with head turns and quick pivots on cue; dual-task walking, counting backward by threes; obstacle course over the foam path and around cones.
              One-on-one for all billed minutes? {yes/no:yes}
            MEASURES: FGA 19/30; gait speed 0.86 m/s comfortable, 1.05 m/s fast.
            ASSESSMENT: Impaired dynamic postural control — slows and veers when he turns his head or talks while walking.
            PLAN: Continue per POC.
            Therapist: Ellis Gwathmey, PT, DPT
            """,
            ["R26.89"], [PT("97112", 23)], []),

        // CRR dot phrase, Marcus Tullis (PTA): "Outcome measure: {Berg/TUG/FGA/DGI}  Score: ***" — a picklist printed whole and a blank score — and no other number taken today (half-kneeling PNF chops, rocker perturbations, foam stepping; L hemiparesis with late hip activation; picklist "individually"; 22 min): measure missing.
        ["v5-h215-crr-pta-outcome-picklist-whole-score-stars"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: Inez Hobbs · 77 y.o. female
            Treating: Marcus Tullis, PTA (supervising PT: Delphine Hadley, PT, DPT)

            Inez is a 77 y.o. female seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: Her left foot still catches on the kitchen threshold.
            Treatment:
            97112 Neuromuscular re-education — 22 min
              PNF chops and lifts in half-kneeling; rocker board perturbations side to side; stepping onto and off the foam with the L leg leading.
            Patient was seen {individually/in a group/concurrently:individually} for all timed minutes.
            Outcome measure: {Berg/TUG/FGA/DGI}  Score: ***
            Assessment: L hemiparesis after R stroke — late L hip and ankle activation, loses her balance to the L on uneven ground.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["I69.354"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches and truly missing separate time

        // VVT export, Cody Lassiter: two billing lines "97112 … — 23 min" and "97110 … — 15 min", both matching; NMR rows (BOSU SLS with catches, rocker perturbations, hop and stick) and TE rows (leg press, step-ups, curls with loads); L knee neuromuscular control and quad weakness after ACL reconstruction; hop-and-stick and Y-balance: passes.
        ["v6-h215-vvt-two-billing-lines"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Kaden Whitehorn           DOS: 12/01/2026
            Provider: Cody Lassiter, PT
            Visit Type: Treatment
            Treatment Type: Individual (1:1)
            Primary Focus: Knee
            Subjective: Five months out from L ACL reconstruction; wants to play church-league basketball after New Year's.
            Interventions:
              Exercise | Sets | Reps | Load | Notes
              NMR: SLS L on BOSU with ball catches | 3 | 30 s | -- | flat side down
              NMR: rocker board perturbations, L stance | 2 | 10 | -- | therapist taps
              NMR: hop and stick, L | 2 | 5 | -- | cue knee over toes
              TE: leg press | 3 | 10 | 80 lb | both legs
              TE: step-ups L, 8" box | 3 | 12 | 10 lb dumbbells | slow lowering
              TE: hamstring curls | 3 | 12 | 30 lb | machine
            Objective Measures: Hop and stick 8/10 without valgus; Y-balance anterior reach L 61 cm / R 68 cm.
            Assessment: Patient tolerated treatment well with no adverse reactions. L knee proprioception and neuromuscular control still reduced — knee drifts into valgus on landing; L quad weakness on the step-ups.
            Plan: Continue plan of care.
            Billing:
              97112 Neuromuscular Re-education — 23 min (2 units)
              97110 Therapeutic Exercise — 15 min (1 unit)
            """,
            ["S83.512D"], [PT("97112", 23), PT("97110", 15)], []),

        // NVPT form, Logan Schieber (PTA): "CPT 97112 Neuro re-ed — Minutes: 23" but "CPT 97110 Ther ex — Minutes: ___" left blank on a two-code visit, both sections otherwise complete: separate time missing.
        ["v6-h215-nvpt-pta-second-code-minutes-blank"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/03/2026
            Patient: Dale Kemerling                    Therapist: Logan Schieber, PTA (sup. Brenda Kurtz, PT, DPT)
            Carried forward from last visit (11/30/2026) — auto: Berg 45/56 · HEP: heel raises, tandem at counter
            -----------------------------------------------------------------
            S: Back to feeding the hogs mornings; unsure of himself on the icy lane.
            CPT 97112 Neuro re-ed — Minutes: 23
            CPT 97110 Ther ex — Minutes: ___
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions:
              Neuro re-ed: foam stance eyes closed with head turns; rocker board perturbations; tandem walk on the beam.
              Ther ex: heel raises off the step 3 x 15; sidelying hip abduction 3 x 12 with 3 lb; mini squats 3 x 10.
            Impairments addressed: [X] proprioception  [ ] vestibular  [X] postural control  [ ] coordination  [ ] motor control
              Decreased ankle proprioception with a late ankle strategy; hip abductors and calves 4-/5.
            Measures today: Berg 48/56   Tandem 14 s   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["R26.81", "M62.81"], [PTA("97112", 23), PTA("97110", 14)], [SepTime]),

        // LMR note builder, Jocelyn Kessler: "Timed minutes — 97112: ___ | 97116: ___ | Total timed: 38" — both codes' blanks left and only a total on a two-code visit, both sections otherwise complete: separate time missing.
        ["v6-h215-lmr-code-blanks-total-only"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Daily Note (Note Builder)
            Pt: Marvin Tepe · Visit 8 of 16
            Clinician: Jocelyn Kessler, PT
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Techniques: ☑ perturbation training ☐ PNF patterns ☐ gaze stabilization ☑ unstable surface work ☑ Other: gait training
            Narrative: NMR — perturbations on the Airex in stance and semi-tandem; stepping over hurdles on the foam path. Gait — walking with the rollator on the indoor track and up the ramp, cues for longer steps and upright posture.
            Impairment: Parkinson's disease — small shuffling steps, flexed posture, slow protective reactions, loses his balance backward.
            Measures: Recovered 6/10 backward perturbations; gait 400 ft x2 with the rollator, supervision; step length 16 in.
            Skilled intervention required for safety and progression.
            Timed minutes — 97112: ___ | 97116: ___ | Total timed: 38
            """,
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // CRR dot phrase, Delphine Hadley: "97112 Neuromuscular re-education — 34 min" on a 22-minute line (X1 viewing, habituation transitions, foam with head turns; L vestibular hypofunction; DGI and DVA; picklist "individually"): time mismatch.
        ["v6-h215-crr-mismatch-97112"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: Reba Nall · 66 y.o. female
            Treating therapist: Delphine Hadley, PT, DPT

            Reba is a 66 y.o. female seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: Dizzy looking up to hang the Christmas wreath; had to sit down on the porch step.
            Treatment:
            97112 Neuromuscular re-education — 34 min
              Gaze stabilization X1 viewing, horizontal, in standing and then walking; habituation — rolling and sit-to-supine transitions; foam stance with head turns.
            Patient was seen {individually/in a group/concurrently:individually} for all timed minutes.
            Objective measures: DGI 17/24; dynamic visual acuity 4 lines lost.
            Assessment: L vestibular hypofunction after neuritis — gaze unstable and symptoms provoked with head movement.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["H81.22"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // MRB, Ellis Gwathmey: the LAST VISIT block auto-pulled from the 11/30/2026 charges lists "97112 … | Min: 38" and a 97116, but today's charge line "97112 … | Min: 23" matches the one 23-minute line — the other date's charges say nothing about today: passes.
        ["v6-h215-mrb-last-visit-charges-block-today-matches"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Beulah Cosby   Age: 78   Referring: Dr. Pradeep Menon
            LAST VISIT (auto-pulled from the 11/30/2026 charges):
              97112 Neuromuscular reeducation | Min: 38
              97116 Gait training | Min: 15
            TODAY'S TREATMENT (12/03/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 23
              Perturbation training on the rocker board; tandem walking on the foam beam with head turns; step-and-hold onto the Airex in all directions.
              One-on-one for all billed minutes? {yes/no:yes}
              No gait training today — her ride came early.
            MEASURES: Berg 45/56; tandem on the beam 10 steps without stepping off.
            ASSESSMENT: Impaired postural control with a late ankle strategy on perturbations.
            PLAN: Continue per POC.
            Therapist: Ellis Gwathmey, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // CRR dot phrase, Bo Weatherford: "97112 Neuromuscular re-education — @TIMEDMIN@ min" — a minutes token that never resolved on the visit's only timed code states no minutes, so nothing can mismatch and separate time does not apply; half-kneeling rhythmic stabilisation, rocker perturbations, foam tandem; R knee proprioception after TKA; counts; picklist "individually": passes.
        ["v6-h215-crr-minutes-token-on-only-code"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: Hollis Crenshaw · 71 y.o. male
            Treating therapist: Bo Weatherford, PT

            Hollis is a 71 y.o. male seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: Knee "doesn't know where it is" stepping down off the boat ramp.
            Treatment:
            97112 Neuromuscular re-education — @TIMEDMIN@ min
              Rhythmic stabilization in half-kneeling; rocker board perturbations front to back; tandem walking on foam with a ball toss.
            Patient was seen {individually/in a group/concurrently:individually} for all timed minutes.
            Objective measures: Tandem on foam 8 steps without stepping off; held 7/10 rocker perturbations.
            Assessment: Decreased R knee proprioception and late quad activation after R TKA.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["Z96.651"], [PT("97112", 22)], []),

        // MRB, Tamika Beverley (PTA): "Charge: 97112 … | Min: 22" but "Charge: 97116 Gait training | Min: [MINUTES]" — an unresolved token on the second code of a two-code visit, both sections otherwise complete: separate time missing.
        ["v6-h215-mrb-pta-second-code-minutes-token"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Sylvester Jett   Age: 70   Referring: Dr. Miriam Oyelaran
            TODAY'S TREATMENT (12/02/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 22
              Stepping strategy drills after lean-and-release; foam stance with head turns; sidestepping over cones.
              Charge: 97116 Gait training | Min: [MINUTES]
              Gait with the rollator out to the parking lot and back over the gravel edge; cues for heel strike and longer steps.
              One-on-one for all billed minutes? {yes/no:yes}
            MEASURES: Backward stepping reaction effective 6/10; gait 250 ft x2 with rollator, CGA on the gravel.
            ASSESSMENT: Delayed stepping reactions and poor postural control backward; short, shuffling steps with toe-first contact.
            PLAN: Continue per POC.
            Therapist: Tamika Beverley, PTA (supervising PT: Ellis Gwathmey, PT, DPT)
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22), PTA("97116", 15)], [SepTime]),

        // LMR combined PT and OT note: "97112 (PT): 0902–0925 = 23 | 97530 (OT): 0930–0948 = 18", each clock range on its code and matching; PT perturbations and half-roller work for late R activation (Berg, perturbations held); OT laundry tasks for R arm weakness with a goal (stand-by, one loss of balance): passes.
        ["v6-h215-lmr-pt-and-ot-clock-ranges"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Combined Visit Note (Note Builder) — PT and OT
            Pt: Agnes Wuestefeld · PT visit 6 of 12 · OT visit 4 of 8
            PT — Jocelyn Kessler, PT
              Delivery: (•) Individual ( ) Concurrent ( ) Group
              Techniques: ☑ perturbation training ☐ PNF patterns ☐ gaze stabilization ☑ unstable surface work ☐ Other: ____
              Narrative: Perturbations at the pelvis on the Airex; stepping onto the half-roller and holding; reaching to cones on the foam.
              Impairment: R hemiparesis after L stroke — late R ankle and hip activation, loses her balance to the R.
              Measures: Berg 42/56; held 7/10 perturbations.
            OT — Mara Voss, OTR/L
              Delivery: (•) Individual ( ) Concurrent ( ) Group
              Activities: ☐ meal preparation ☐ standing tolerance at counter ☑ laundry ☐ Other: ____
              Narrative: Loaded the front-loading washer from a laundry basket, moved the wet clothes to the dryer, folded towels standing at the counter.
              Goal / impairment: R arm weakness and decreased standing balance after stroke; goal to do her own laundry in the basement.
              Measures: Stand-by assist throughout; 1 loss of balance reaching into the dryer, self-corrected.
            Timed minutes — 97112 (PT): 0902–0925 = 23 | 97530 (OT): 0930–0948 = 18
            Skilled intervention required for safety and progression.
            """,
            ["I69.351"], [PT("97112", 23), OT("97530", 18)], []),

        // VVT export, Cody Lassiter: billing "97110 Therapeutic Exercise — 28 min" on a 15-minute line beside a matching 97112 (BAPS, foam SLS; heel raises and band work; L ankle instability with slow peroneal response and weak evertors; SLS seconds): time mismatch on the 97110.
        ["v6-h215-vvt-mismatch-97110"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Ruby Hummingbird          DOS: 12/02/2026
            Provider: Cody Lassiter, PT
            Visit Type: Treatment
            Treatment Type: Individual (1:1)
            Primary Focus: Balance / Proprioception
            Subjective: Rolled the L ankle again stepping off the porch at the stomp dance grounds.
            Interventions:
              Exercise | Sets | Reps | Load | Notes
              NMR: BAPS board L, level 3 | 3 | 10 | -- | clockwise and counterclockwise
              NMR: SLS L on foam with head turns | 3 | 20 s | -- | Airex
              TE: heel raises | 3 | 15 | body weight | off the step
              TE: band eversion and dorsiflexion | 3 | 15 | green band | seated
            Objective Measures: SLS L on foam 12 s (R 25 s).
            Assessment: Patient tolerated treatment well with no adverse reactions. L ankle instability after repeated sprains — decreased proprioception, slow peroneal response; evertors 4-/5.
            Plan: Continue plan of care.
            Billing:
              97112 Neuromuscular Re-education — 22 min (2 units)
              97110 Therapeutic Exercise — 28 min (2 units)
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 15)], [At(Mismatch, "97110")]),

        // NVPT form, Brenda Kurtz: "CPT 97112 Neuro re-ed — Minutes: ___" left blank, but the prose says "We spent 22 minutes on neuro re-ed today" — the only code's minutes in its own words, matching the line; PNF patterns and rhythmic stabilisation; motor control ticked with a typed finding; reach and sit-to-stand counts; [X] one-on-one: passes.
        ["v6-h215-nvpt-only-code-minutes-in-prose"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/02/2026
            Patient: Edwin Gerdes                      Therapist: Brenda Kurtz, PT, DPT
            Carried forward from last visit (11/25/2026) — auto: HEP: weight shifts at the counter
            -----------------------------------------------------------------
            S: Wife says he is using the R hand to hold his coffee cup again.
            CPT 97112 Neuro re-ed — Minutes: ___
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions: PNF D1 flexion and extension of the R arm with manual resistance, sitting; rhythmic stabilization at the trunk in sitting on the ball; weight shifts onto the R leg in standing with tapping at the R quad. We spent 22 minutes on neuro re-ed today.
            Impairments addressed: [ ] proprioception  [ ] vestibular  [ ] postural control  [ ] coordination  [X] motor control
              R hemiparesis after L stroke — poor R scapular and quad recruitment, trunk collapses to the R.
            Measures today: Reach to the cupboard R 3/5 without trunk lean   Sit-to-stand with equal weight bearing 6/10   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // MRB, Ellis Gwathmey: "Charge: 97116 Gait training | Min: 28" on a 16-minute line (walker gait, ramp and steps; step-to pattern after hip fracture; feet and assist levels): time mismatch on the 97116.
        ["v6-h215-mrb-97116-mismatch"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Cora Bland   Age: 83   Referring: Dr. Pradeep Menon
            PROBLEM LIST (pulled from chart 12/01/2026):
              - Fracture of unspecified part of neck of right femur, subsequent encounter (S72.001D)
            TODAY'S TREATMENT (12/01/2026):
              Charge: 97116 Gait training | Min: 28
              Gait training with the rolling walker on the level floor, then the hallway ramp and four steps with a rail; cues for a step-through pattern and keeping the walker close.
              One-on-one for all billed minutes? {yes/no:yes}
            MEASURES: 200 ft x2 with RW and CGA; four steps with a rail, min A.
            ASSESSMENT: Step-to pattern with a short R step after R hip fracture; forward flexed, walker too far ahead.
            PLAN: Continue per POC.
            Therapist: Ellis Gwathmey, PT, DPT
            """,
            ["S72.001D"], [PT("97116", 16)], [At(Mismatch, "97116")]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for 97110, 97530, 97140 and 97116, and wholly generic notes

        // An empty note (the visit went out before the dot phrase was even expanded) on a 97112 with a diagnosis: DOC_NOTE_MISSING on the line and nothing else.
        ["v7-h215-empty-note-97112"] = new(
            "",
            ["R26.81"], [PT("97112", 22)], [At(NoteMissing, "97112")]),

        // A note of spaces, tabs and line breaks only on a PT 97112 and an OT 97530 visit with no diagnosis: note missing on each line and diagnosis missing.
        ["v7-h215-whitespace-pt-97112-ot-97530-no-dx"] = new(
            " \n\t \n\n   \t",
            [], [PT("97112", 22), OT("97530", 18)], [At(NoteMissing, "97112"), At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on an NVPT PTA note: sidelying ER, prone rows, wall slides and scaption (technique), R rotator cuff weakness with a painful arc and a top-cupboard goal (deficit), sets, repetitions and loads (measure); 16 min matches: passes.
        ["v7-h215-nvpt-pta-97110-rotator-cuff"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/01/2026
            Patient: Shirley Auxier                    Therapist: Logan Schieber, PTA (sup. Brenda Kurtz, PT, DPT)
            Carried forward from last visit (11/24/2026) — auto: HEP: pendulums, table slides
            -----------------------------------------------------------------
            S: Reaching into the upper cabinet for the good dishes is still the hard part.
            CPT 97110 Ther ex — Minutes: 16
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions: Sidelying ER with 2 lb 3 x 12; prone rows with 3 lb 3 x 12; wall slides 2 x 10; scaption to shoulder height with 1 lb 3 x 10.
            Impairments addressed: [ ] proprioception  [ ] vestibular  [ ] postural control  [ ] coordination  [ ] motor control
              R rotator cuff weakness (ER 4-/5) with a painful arc; goal to reach the top cupboard shelf.
            Measures today: as dosed above   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["M75.121"], [PTA("97110", 16)], []),

        // 97530's meaning on an LMR OT note: a grocery put-away from the car-trunk mock-up to the counter, upper shelf and fridge door, reacher for the low shelf (activities), decreased L shoulder reach and activity tolerance after shoulder replacement with a grocery goal (deficit), stand-by and items shelved (measure); 22 min matches: passes.
        ["v7-h215-lmr-ot-97530-grocery-put-away"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            OT Daily Note (Note Builder)
            Pt: Myrtle Scheve · Visit 6 of 10
            Clinician: Mara Voss, OTR/L
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Activities: ☐ meal preparation ☑ standing tolerance at counter ☐ laundry ☑ Other: grocery put-away
            Narrative: Carried the grocery bags from the car-trunk mock-up to the counter, put cans on the upper shelf and the milk jug in the fridge door, and used the reacher for the low shelf.
            Goal / impairment: Decreased L shoulder reach overhead and low activity tolerance after L reverse shoulder replacement; goal to put away her own groceries.
            Measures: Stand-by assist; 12 items shelved, 2 to the upper shelf with the L hand; one seated rest.
            Skilled intervention required for safety and progression.
            Timed minutes — 97530: 22
            """,
            ["Z96.612", "M62.81"], [OT("97530", 22)], []),

        // 97140's meaning on an MRB note: STM and myofascial release to the R upper trapezius and levator, grade III unilateral PA glides at R C5-6, suboccipital release (technique), R neck pain with limited rotation and headaches (region), rotation degrees before and after (measure); 15 min matches: passes.
        ["v7-h215-mrb-97140-cervical"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Vernon Tignor   Age: 57   Referring: [REFERRING PROVIDER]
            TODAY'S TREATMENT (12/02/2026):
              Charge: 97140 Manual therapy | Min: 15
              Soft tissue mobilization and myofascial release to the R upper trapezius and levator scapulae; grade III unilateral PA glides at R C5-6; suboccipital release.
              One-on-one for all billed minutes? {yes/no:...}
            MEASURES: Cervical rotation R 50° before, 62° after; L 70°.
            ASSESSMENT: R-sided neck pain with limited rotation and headaches at the end of his shifts driving the log truck.
            PLAN: Continue per POC.
            Therapist: Ellis Gwathmey, PT, DPT
            """,
            ["M54.2"], [PT("97140", 15)], []),

        // 97116's meaning on a CRR PTA gait dot phrase: quad-cane gait on level floor, grass and the curb with heel-strike and step-length cues (technique), L hemiparetic gait with short L stance and knee hyperextension (deficit), feet with contact guard, stand-by and min assist (measure); 18 min matches: passes.
        ["v7-h215-crr-pta-97116-quad-cane-grass-and-curb"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTGAIT v2)
            Patient: Thurman Gibbs · 75 y.o. male
            Treating: Marcus Tullis, PTA (supervising PT: Delphine Hadley, PT, DPT)

            Thurman is a 75 y.o. male seen today for {neuromuscular re-education/therapeutic exercise/gait training:gait training}.
            Subjective: Wants to walk out to the mailbox across the yard by himself.
            Treatment:
            97116 Gait training — 18 min
              Gait training with the quad cane on the level floor, then out on the grass and up and down the curb; cues for L heel strike and equal step length.
            Assistive device: {none/SPC/quad cane/RW/rollator:quad cane}
            Objective measures: 250 ft x2 with the quad cane, SBA on level, CGA on the grass; curb with min A.
            Assessment: L hemiparetic gait after R stroke — short L stance, L knee snaps back into hyperextension in stance.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["I69.354"], [PTA("97116", 18)], []),

        // A wholly generic CRR dot phrase under a chosen picklist ("Balance training and coordination exercises as per plan of care. Patient tolerated well.", "Progressing toward goals."): no technique, deficit or measure for the 97112.
        ["v7-h215-crr-generic-97112-picklist-chosen"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: Willard Moye · 70 y.o. male
            Treating therapist: Bo Weatherford, PT

            Willard is a 70 y.o. male seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: Patient reports feeling good today.
            Treatment:
            97112 Neuromuscular re-education — 22 min
              Balance training and coordination exercises as per plan of care. Patient tolerated well.
            Patient was seen {individually/in a group/concurrently:individually} for all timed minutes.
            Objective measures: Patient tolerated treatment well.
            Assessment: Progressing toward goals.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // A wholly generic VVT PTA 97110 ("Therapeutic exercises as tolerated per HEP review.", "Primary Focus: -- Select --", "Objective Measures: (not answered)", the default assessment): no technique, deficit or measure.
        ["v7-h215-vvt-pta-generic-97110"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Opal Starr                DOS: 12/01/2026
            Provider: Shawna McIntosh, PTA (supervising: Cody Lassiter, PT)
            Visit Type: Treatment
            Treatment Type: Individual (1:1)
            Primary Focus: -- Select --
            Subjective: No new complaints.
            Interventions: Therapeutic exercises as tolerated per HEP review.
            Objective Measures: (not answered)
            Assessment: Patient tolerated treatment well with no adverse reactions.
            Plan: Continue plan of care.
            Billing:
              97110 Therapeutic Exercise — 15 min (1 unit)
            """,
            ["M62.81"], [PTA("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // A wholly generic MRB PTA note with the one-on-one question unanswered ("balance activities, continue per plan. Tolerated well.", "MEASURES: ***"): no technique, deficit, measure or one-on-one statement.
        ["v7-h215-mrb-pta-generic-97112-yesno-dots"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: [PATIENT]   Age: 74   Referring: Dr. Anne Pollard
            TODAY'S TREATMENT (12/02/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 22
              Neuromuscular re-ed: balance activities, continue per plan. Tolerated well.
              One-on-one for all billed minutes? {yes/no:...}
            MEASURES: ***
            ASSESSMENT: Tolerated treatment well.
            PLAN: Continue per POC.
            Therapist: Tamika Beverley, PTA (supervising PT: Ellis Gwathmey, PT, DPT)
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // A wholly generic LMR OT 97530 ("Functional activities per plan of care. Client participated well.", every activity box unticked, "Goal / impairment: ___", "Measures: ___"): no technique, deficit or measure.
        ["v7-h215-lmr-ot-generic-97530"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            OT Daily Note (Note Builder)
            Pt: Clarence Hoelscher · Visit 3 of 8
            Clinician: Mara Voss, OTR/L
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Activities: ☐ meal preparation ☐ standing tolerance at counter ☐ laundry ☐ Other: ____
            Narrative: Functional activities per plan of care. Client participated well.
            Goal / impairment: ___
            Measures: ___
            Skilled intervention required for safety and progression.
            Timed minutes — 97530: 20
            """,
            ["M62.81"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // VVT export, Cody Lassiter: 97140 with its techniques (STM to the R upper trapezius and levator, suboccipital release) and region (R neck pain and guarding) but every grade and bout "--" and no number at all ("rotation less guarded"): measure missing for the 97140.
        ["v7-h215-vvt-97140-no-number"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Delbert Goforth           DOS: 12/03/2026
            Provider: Cody Lassiter, PT
            Visit Type: Treatment
            Treatment Type: Individual (1:1)
            Primary Focus: Cervical spine
            Subjective: Neck tight after the long drive back from Tulsa.
            Manual Therapy:
              Technique | Grade | Bouts | Notes
              STM, R upper trapezius and levator scapulae | -- | -- | supine
              Suboccipital release | -- | -- | supine
            Objective Measures: Cervical rotation to the R less guarded after treatment.
            Assessment: Patient tolerated treatment well with no adverse reactions. R-sided neck pain with muscle guarding in the upper trapezius and levator.
            Plan: Continue plan of care.
            Billing:
              97140 Manual Therapy — 14 min (1 unit)
            """,
            ["M54.2"], [PT("97140", 14)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary: complete notes of these clinics, with their templates' harmless leftovers

        // CRR dot phrase, Delphine Hadley: "Subjective: ***" left; barefoot stepping stones, foam EC with head turns, tandem beam; somatosensory loss in both feet; foam seconds and stones; picklist "individually"; 23 min matches: passes.
        ["vord-h215-crr-subjective-stars-neuropathy"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: Ottie Lee Sasser · 69 y.o. female
            Treating therapist: Delphine Hadley, PT, DPT

            Ottie Lee is a 69 y.o. female seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: ***
            Treatment:
            97112 Neuromuscular re-education — 23 min
              Barefoot walk along the stepping-stone path; foam stance with eyes closed and head turns; tandem walking on the balance beam with a light touch, then hands free.
            Patient was seen {individually/in a group/concurrently:individually} for all timed minutes.
            Objective measures: Foam EC 9 s (6 s last week); stepping stones 10/12 without reaching for the rail.
            Assessment: Somatosensory loss in both feet from neuropathy; sways and reaches when she cannot see her feet.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // CRR dot phrase, Marcus Tullis (PTA): two code lines under "Treatment:", "97112 … — 22 min" and "97110 … — 14 min", both matching; rocker perturbations and foam reaching for a late ankle strategy; heel raises, hip abduction and sit-to-stands with doses for weak calves and hips; Berg and tandem; picklist "individually": passes.
        ["vord-h215-crr-pta-97112-and-97110"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: Royce Hataway · 80 y.o. male
            Treating: Marcus Tullis, PTA (supervising PT: Delphine Hadley, PT, DPT)

            Royce is an 80 y.o. male seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education/therapeutic exercise}.
            Subjective: Got up twice in the night without falling; using the night-light now.
            Treatment:
            97112 Neuromuscular re-education — 22 min
              Rocker board perturbations front to back; reaching to cones out of his base on the foam; step-and-hold onto the Airex.
            97110 Therapeutic exercise — 14 min
              Heel raises 3 x 15 at the counter; standing hip abduction with 2 lb 3 x 12 each side; sit-to-stand from a standard chair 3 x 10 without arms.
            Patient was seen {individually/in a group/concurrently:individually} for all timed minutes.
            Objective measures: Berg 44/56; tandem stance 9 s.
            Assessment: Impaired postural control — late ankle strategy, a step or a grab on small perturbations; calf and hip abductor weakness 4-/5.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["R26.81", "M62.81"], [PTA("97112", 22), PTA("97110", 14)], []),

        // CRR OT dot phrase, Ruth Ann Godwin: 97530 tub-bench transfers and standing lower-body dressing with the reacher and sock aid (activities), standing balance and posterior hip precautions after THA with a bathing goal (deficit), min A to CGA and trials (measure); 24 min matches: passes.
        ["vord-h215-crr-ot-97530-tub-bench-after-tha"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            OT Daily Note (.CRROTDAILY v2)
            Patient: Lurleen Dubose · 73 y.o. female
            Treating therapist: Ruth Ann Godwin, OTR/L

            Lurleen is a 73 y.o. female seen today for {ADL retraining/therapeutic activities/therapeutic exercise:therapeutic activities}.
            Hip precautions: {posterior/anterior/none:posterior}
            Subjective: Daughter has put a tub bench in the hall bath.
            Treatment:
            97530 Therapeutic activities — 24 min
              Tub-bench transfers in the ADL bathroom, leg lift in and out keeping her precautions; standing lower-body dressing at the sink with the reacher and sock aid.
            Objective measures: Tub-bench transfer min A on the first trial, CGA on trials 2 and 3; sock aid on her own after one demonstration.
            Assessment: Decreased standing balance and hip flexion limited by posterior precautions after L THA; goal to bathe and dress without her daughter's help.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 24)], []),

        // CRR dot phrase, Bo Weatherford: the header's @NAME@, @AGE@ and @SEX@ unresolved; optokinetic stripe habituation and X1 viewing while walking; visual motion sensitivity after vestibular neuritis; DGI; picklist "individually"; 22 min matches: passes.
        ["vord-h215-crr-tokens-unresolved-optokinetic"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: @NAME@ · @AGE@ @SEX@
            Treating therapist: Bo Weatherford, PT

            @NAME@ is a @AGE@ @SEX@ seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: Mrs. Tillery says Walmart's aisles bother her less; the ceiling fan still does.
            Treatment:
            97112 Neuromuscular re-education — 22 min
              Habituation to the optokinetic stripes on the laptop in sitting, then standing; X1 viewing while walking the hallway; walking past the moving-stripe screen with head turns.
            Patient was seen {individually/in a group/concurrently:individually} for all timed minutes.
            Objective measures: DGI 21/24 (18/24 at eval).
            Assessment: Visual motion sensitivity after R vestibular neuritis; unsteady in busy visual surroundings.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // CRR gait dot phrase, Delphine Hadley: 97116 — SPC gait on level floor and the ramp with heel-toe and arm-swing cues (technique), antalgic R gait with short R stance from knee OA (deficit), feet with stand-by and 10MWT (measure); device picklist chosen; 20 min matches: passes.
        ["vord-h215-crr-97116-spc-knee-oa"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTGAIT v2)
            Patient: Garland Boutwell · 64 y.o. male
            Treating therapist: Delphine Hadley, PT, DPT

            Garland is a 64 y.o. male seen today for {neuromuscular re-education/therapeutic exercise/gait training:gait training}.
            Subjective: Knee sore after a day on the tractor; wants to get off the walker before deer season ends.
            Treatment:
            97116 Gait training — 20 min
              Gait training with the SPC on the level floor and the ramp; cues for heel-toe progression, equal step length and arm swing.
            Assistive device: {none/SPC/quad cane/RW/rollator:SPC}
            Objective measures: 300 ft with the SPC, SBA; 10MWT 0.9 m/s.
            Assessment: Antalgic R gait from knee OA — short R stance, stiff-knee swing.
            Plan: {Continue plan of care/Update plan of care/Discharge:Continue plan of care}. Next visit ***.
            """,
            ["M17.11"], [PT("97116", 20)], []),

        // CRR dot phrase, Bo Weatherford: 97140 — talocrural AP glides and subtalar distraction (technique), R ankle stiffness after the sprain with dorsiflexion limited (region), dorsiflexion degrees (measure); plan picklist chosen "Update plan of care"; 15 min matches: passes.
        ["vord-h215-crr-97140-ankle-glides"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTORTHO v1)
            Patient: Dewey Mixon · 47 y.o. male
            Treating therapist: Bo Weatherford, PT

            Dewey is a 47 y.o. male seen today for {manual therapy/therapeutic exercise/gait training:manual therapy}.
            Subjective: Ankle stiff first thing in the morning and coming down the deer stand ladder.
            Treatment:
            97140 Manual therapy — 15 min
              Talocrural AP glides, grade III, in supine; subtalar distraction; STM to the R gastrocnemius and soleus.
            Objective measures: R ankle dorsiflexion, knee straight, 6° before and 11° after (L 15°).
            Assessment: R ankle stiffness after the lateral sprain; dorsiflexion limited, compensates with toe-out.
            Plan: {Continue plan of care/Update plan of care/Discharge:Update plan of care}. Next visit ***.
            """,
            ["S93.401D"], [PT("97140", 15)], []),

        // CRR dot phrase, Delphine Hadley: the plan picklist chosen "Discharge" with the home program; PNF D2 flexion and rhythmic stabilisation, beam tandem; L hemiparesis with late scapular and hip recruitment; Berg and beam steps; picklist "individually"; 23 min matches: passes.
        ["vord-h215-crr-discharge-picklist-chosen"] = new(
            """
            CONECUH RIVER REHAB · Brewton, AL
            PT Daily Note (.CRRPTNMR v3)
            Patient: Mavis Ellisor · 71 y.o. female
            Treating therapist: Delphine Hadley, PT, DPT

            Mavis is a 71 y.o. female seen today for {neuromuscular re-education/therapeutic exercise/gait training:neuromuscular re-education}.
            Subjective: Drove herself to the beauty shop on Saturday; ready to go it alone.
            Treatment:
            97112 Neuromuscular re-education — 23 min
              PNF D2 flexion of the L arm with manual resistance; rhythmic stabilization in standing; tandem walking on the beam with head turns; reviewed the home program.
            Patient was seen {individually/in a group/concurrently:individually} for all timed minutes.
            Objective measures: Berg 51/56 (42/56 at eval); beam tandem 15 steps without stepping off.
            Assessment: L hemiparesis after R stroke with late scapular and hip recruitment, now functional for the home and the community.
            Plan: {Continue plan of care/Update plan of care/Discharge:Discharge}. Home program handout {given/mailed/declined:given}.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // VVT export, Cody Lassiter: "Precautions: -- Select --" and "Next Appointment: -- Select --" in unused dropdowns; foam, rocker and stepping-stone rows; "Primary Focus: Proprioception" chosen with a typed finding; foam seconds and stones; "Individual (1:1)"; 23 min matches: passes.
        ["vord-h215-vvt-unused-dropdowns-select"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Vernell Scott             DOS: 12/02/2026
            Provider: Cody Lassiter, PT
            Visit Type: Treatment
            Treatment Type: Individual (1:1)
            Primary Focus: Proprioception
            Precautions: -- Select --
            Subjective: Feet numb to the ankles; catches himself on the door frames at night.
            Interventions:
              Exercise | Sets | Reps | Load | Notes
              Foam stance, eyes closed | 3 | 20 s | -- | Airex, arms crossed
              Rocker board, anterior-posterior | 2 | 10 | -- | with perturbations
              Stepping-stone walk | 2 | 12 stones | -- | barefoot
            Objective Measures: Foam EC 8 s; stepping stones 11/12 without a hand.
            Assessment: Patient tolerated treatment well with no adverse reactions. Peripheral neuropathy — reduced proprioception in both feet, relies on vision.
            Plan: Continue plan of care.
            Next Appointment: -- Select --
            Billing:
              97112 Neuromuscular Re-education — 23 min (2 units)
            """,
            ["G62.9"], [PT("97112", 23)], []),

        // VVT export, Shawna McIntosh (PTA): two billing lines, 97112 22 and 97116 16, both matching; perturbation and foam rows for a late R hip response; cane gait rows on the grass and the curb for short R steps; Berg, feet and assist: passes.
        ["vord-h215-vvt-pta-97112-and-97116"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Lorene Panther            DOS: 12/03/2026
            Provider: Shawna McIntosh, PTA (supervising: Cody Lassiter, PT)
            Visit Type: Treatment
            Treatment Type: Individual (1:1)
            Primary Focus: Postural control
            Gait Deviations: Decreased step length R
            Subjective: Wants to walk the grandkids to the school bus stop.
            Interventions:
              Exercise | Sets | Reps | Load | Notes
              NMR: perturbations in standing, R stance bias | 2 | 10 | -- | at pelvis
              NMR: foam stance with reaching to R | 2 | 8 | -- | Airex
              Gait: SPC on grass | 2 | 150 ft | -- | CGA
              Gait: curb up and down, 6" | 1 | 4 | -- | min A
            Objective Measures: Berg 45/56.
            Assessment: Patient tolerated treatment well with no adverse reactions. R hemiparesis after L stroke — late R hip response to perturbations; short R step and toe drag on the grass.
            Plan: Continue plan of care.
            Billing:
              97112 Neuromuscular Re-education — 22 min (2 units)
              97116 Gait Training — 16 min (1 unit)
            """,
            ["I69.351"], [PTA("97112", 22), PTA("97116", 16)], []),

        // VVT export, Kendra Proctor (OT): 97530 car-simulator transfers and loading the walker into the trunk (activities), trunk control and R knee flexion after TKA with a goal of driving to church (deficit), contact guard and min assist with trials (measure); "Treatment Type: -- Select --" does not matter for a 97530; 23 min matches: passes.
        ["vord-h215-vvt-ot-97530-car-transfers"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            OT Daily Note (export)
            Patient: Nadine Beaver             DOS: 12/02/2026
            Provider: Kendra Proctor, OTR/L
            Visit Type: Treatment
            Treatment Type: -- Select --
            Primary Focus: ADL / IADL
            Subjective: Wants to drive herself to church by Christmas.
            Interventions:
              Activity | Trials | Assist | Notes
              Car transfer, car simulator, driver side | 3 | CGA | swing legs in with R knee flexion
              Fold walker and load into trunk | 2 | min A | cues to step in close
            Objective Measures: as in table.
            Assessment: Patient tolerated treatment well with no adverse reactions. Limited R knee flexion and decreased trunk control after R TKA make the car transfer unsafe; goal to drive to church on her own.
            Plan: Continue plan of care.
            Billing:
              97530 Therapeutic Activities — 23 min (2 units)
            """,
            ["Z96.651"], [OT("97530", 23)], []),

        // VVT export, Cody Lassiter: 97110 — bird dogs, dead bugs, hip hinges with a kettlebell and farmer carries (technique), lumbar stabiliser weakness and low back pain lifting hay (deficit), sets, repetitions and loads (measure); 18 min matches: passes.
        ["vord-h215-vvt-97110-lumbar-stabilisers"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Trent Bushyhead           DOS: 12/01/2026
            Provider: Cody Lassiter, PT
            Visit Type: Treatment
            Treatment Type: -- Select --
            Primary Focus: Lumbar spine
            Subjective: Back sore after stacking square bales on Saturday.
            Interventions:
              Exercise | Sets | Reps | Load | Notes
              Bird dog | 3 | 10 | -- | 3 s hold
              Dead bug | 3 | 10 | -- |
              Hip hinge | 3 | 10 | 25 lb kettlebell |
              Farmer carry | 3 | 60 ft | 30 lb each hand |
            Objective Measures: as in flowsheet.
            Assessment: Patient tolerated treatment well with no adverse reactions. Low back pain with weak lumbar stabilizers; loses neutral spine lifting from the floor.
            Plan: Continue plan of care.
            Billing:
              97110 Therapeutic Exercise — 18 min (1 unit)
            """,
            ["M54.50"], [PT("97110", 18)], []),

        // VVT export, Cody Lassiter: the default assessment sentence beside typed findings and "Visit #: 7"; X1 viewing and habituation rows; "Primary Focus: Vestibular"; DGI and DVA; "Individual (1:1)"; 24 min matches: passes.
        ["vord-h215-vvt-default-beside-typed-vestibular"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Marlene Tehee             DOS: 12/03/2026
            Provider: Cody Lassiter, PT
            Visit Type: Treatment
            Visit #: 7
            Treatment Type: Individual (1:1)
            Primary Focus: Vestibular
            Subjective: Spinning only when she bends to feed the chickens.
            Interventions:
              Exercise | Sets | Reps | Load | Notes
              X1 viewing, horizontal, standing on foam | 3 | 30 s | -- | busy background
              Habituation: bending to floor and back | 2 | 8 | -- | eyes open
              Walking with head turns | 3 | 40 ft | -- | hallway
            Objective Measures: DGI 20/24; DVA 2 lines lost.
            Assessment: Patient tolerated treatment well with no adverse reactions. L peripheral vestibular hypofunction with head-movement provoked dizziness and gaze instability, compensating.
            Plan: Continue plan of care.
            Billing:
              97112 Neuromuscular Re-education — 24 min (2 units)
            """,
            ["H81.392"], [PT("97112", 24)], []),

        // VVT export, Shawna McIntosh (PTA): "Treatment Type: -- Select --" but the toggle "Constant Attendance (1:1): Yes" answered; foam, rocker and tandem rows; "Primary Focus: Postural control" with a typed finding; Berg and tandem; 22 min matches: passes.
        ["vord-h215-vvt-pta-constant-attendance-toggle-yes"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Clydine Wolfe             DOS: 12/01/2026
            Provider: Shawna McIntosh, PTA (supervising: Cody Lassiter, PT)
            Visit Type: Treatment
            Treatment Type: -- Select --
            Constant Attendance (1:1): Yes
            Primary Focus: Postural control
            Subjective: Stood through the whole Sunday service.
            Interventions:
              Exercise | Sets | Reps | Load | Notes
              Foam stance with reaching across midline | 2 | 8 | -- | Airex
              Rocker board, medial-lateral | 2 | 10 | -- | perturbations at pelvis
              Tandem walk, forward and backward | 2 | 20 ft | -- | hands free
            Objective Measures: Berg 48/56; tandem stance 12 s.
            Assessment: Patient tolerated treatment well with no adverse reactions. Impaired postural control — late lateral weight shift, sways toward the L.
            Plan: Continue plan of care.
            Billing:
              97112 Neuromuscular Re-education — 22 min (2 units)
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // VVT export, Cody Lassiter: two billing lines, 97112 23 and 97140 12, both matching; BAPS and foam hop rows for R ankle proprioception; talocrural glides for stiffness after the fibula fracture; SLS and dorsiflexion degrees: passes.
        ["vord-h215-vvt-97112-and-97140-ankle-fracture"] = new(
            """
            Verdigris Valley Therapy — Claremore, OK
            Daily Note (export)
            Patient: Cheyenne Rider            DOS: 12/02/2026
            Provider: Cody Lassiter, PT
            Visit Type: Treatment
            Treatment Type: Individual (1:1)
            Primary Focus: Ankle
            Subjective: Back to barrel-racing practice at a walk only.
            Interventions:
              Exercise | Sets | Reps | Load | Notes
              NMR: BAPS R, level 2 | 3 | 10 | -- | both directions
              NMR: SLS R on foam with ball toss | 3 | 20 s | -- |
            Manual Therapy:
              Technique | Grade | Bouts | Notes
              Talocrural AP glides R | III | 3 x 30 s | supine
            Objective Measures: SLS R on foam 14 s (L 30 s); R dorsiflexion 8° before, 13° after.
            Assessment: Patient tolerated treatment well with no adverse reactions. R ankle proprioception reduced and talocrural stiffness after the lateral malleolus fracture.
            Plan: Continue plan of care.
            Billing:
              97112 Neuromuscular Re-education — 23 min (2 units)
              97140 Manual Therapy — 12 min (1 unit)
            """,
            ["S82.61XD"], [PT("97112", 23), PT("97140", 12)], []),

        // NVPT form, Brenda Kurtz: the carried-forward line of the 11/24/2026 scores beside today's own; perturbations, foam tandem, obstacle stepping; [X] postural control with a typed finding; Berg and TUG today; [X] one-on-one; 24 min matches: passes.
        ["vord-h215-nvpt-carried-forward-beside-today"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/01/2026
            Patient: Velda Huntsinger                  Therapist: Brenda Kurtz, PT, DPT
            Carried forward from last visit (11/24/2026) — auto: Berg 40/56 · TUG 16.1 s · HEP: tandem at counter
            -----------------------------------------------------------------
            S: Made it through Thanksgiving at her daughter's in Skidmore without a fall.
            CPT 97112 Neuro re-ed — Minutes: 24
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions: Perturbations in standing, feet apart then semi-tandem; tandem walking on the foam path; stepping over obstacles of different heights while carrying a tray.
            Impairments addressed: [ ] proprioception  [ ] vestibular  [X] postural control  [ ] coordination  [ ] motor control
              Slow reactive stepping and narrow limits of stability; loses her balance when she carries something.
            Measures today: Berg 43/56   TUG 14.0 s   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // NVPT form, Logan Schieber (PTA): two CPT rows "Neuro re-ed — Minutes: 22" and "Gait — Minutes: 15", both matching; weight shifts with tapping and foam step-ups for late L hip activation; hemi-walker gait with heel-strike cues for toe drag; SLS, feet and assist: passes.
        ["vord-h215-nvpt-pta-97112-and-97116"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/02/2026
            Patient: Harvey Stiens                     Therapist: Logan Schieber, PTA (sup. Brenda Kurtz, PT, DPT)
            Carried forward from last visit (11/30/2026) — auto: HEP: weight shifts, heel raises
            -----------------------------------------------------------------
            S: Son put a grab bar by the back door.
            CPT 97112 Neuro re-ed — Minutes: 22
            CPT 97116 Gait — Minutes: 15
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions:
              Neuro re-ed: weight shifts onto the L leg with tapping at the L glute med; L stance on the foam with R step-ups onto a 4" step; rhythmic stabilization at the pelvis.
              Gait: hemi-walker on level floor and carpet, cues for L heel strike and knee flexion in swing.
            Impairments addressed: [ ] proprioception  [ ] vestibular  [ ] postural control  [ ] coordination  [X] motor control
              L hemiparesis after R stroke — late L hip activation in stance, L toe drag in swing.
            Measures today: L SLS 4 s   Gait 120 ft x2 with hemi-walker, CGA   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["I69.354"], [PTA("97112", 22), PTA("97116", 15)], []),

        // NVPT form, Brenda Kurtz: 97140 — posterior and inferior glenohumeral glides and STM to the posterior cuff (technique), R adhesive capsulitis with a capsular pattern (region), ER and flexion degrees (measure); 13 min matches: passes.
        ["vord-h215-nvpt-97140-frozen-shoulder"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/02/2026
            Patient: Loretta Jennings                  Therapist: Brenda Kurtz, PT, DPT
            Carried forward from last visit (11/25/2026) — auto: ER 30° · Flexion 115°
            -----------------------------------------------------------------
            S: Can almost get her coat on without help.
            CPT 97140 Manual — Minutes: 13
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions: Grade III-IV posterior and inferior glenohumeral glides in supine; STM to the posterior cuff and teres minor.
            Impairments addressed: [ ] proprioception  [ ] vestibular  [ ] postural control  [ ] coordination  [ ] motor control
              R adhesive capsulitis — capsular pattern, ER most limited.
            Measures today: ER 38° after mobs   Flexion 122°   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["M75.01"], [PT("97140", 13)], []),

        // NVPT form, Brenda Kurtz: "Other: DVA 2 lines lost" filled in beside the DGI; X2 viewing, walking with head turns, repeated bending for habituation; [X] vestibular; [X] one-on-one; 23 min matches: passes.
        ["vord-h215-nvpt-other-blank-filled-vestibular"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/03/2026
            Patient: Kermit Ruckman                    Therapist: Brenda Kurtz, PT, DPT
            Carried forward from last visit (11/30/2026) — auto: DGI 17/24
            -----------------------------------------------------------------
            S: Back to reading the markets on his phone in the pickup without getting queasy.
            CPT 97112 Neuro re-ed — Minutes: 23
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions: X2 viewing in standing, horizontal; walking with head turns to called targets; repeated bending to the floor and back up in standing for habituation.
            Impairments addressed: [ ] proprioception  [X] vestibular  [ ] postural control  [ ] coordination  [ ] motor control
              Bilateral vestibular hypofunction — oscillopsia with head turns, symptoms on bending.
            Measures today: DGI 20/24   Other: DVA 2 lines lost
            Pt tolerated tx well. Cont POC.
            """,
            ["H81.23"], [PT("97112", 23)], []),

        // NVPT form, Logan Schieber (PTA): 97110 — quad sets, straight-leg raises, step-ups, terminal knee extension with doses (technique), R knee OA with quad weakness and stair difficulty (deficit), sets, repetitions, heights and bands (measure); 17 min matches: passes.
        ["vord-h215-nvpt-pta-97110-knee-oa"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/01/2026
            Patient: Duane Auffenberg                  Therapist: Logan Schieber, PTA (sup. Brenda Kurtz, PT, DPT)
            Carried forward from last visit (11/24/2026) — auto: HEP: quad sets, SLR
            -----------------------------------------------------------------
            S: Knee aches going down the basement stairs to the deep freeze.
            CPT 97110 Ther ex — Minutes: 17
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions: Quad sets 2 x 15 with 5 s holds; straight-leg raises with 2 lb 3 x 10; forward step-ups onto a 6" step 3 x 10; terminal knee extension with the green band 3 x 15.
            Impairments addressed: [ ] proprioception  [ ] vestibular  [ ] postural control  [ ] coordination  [ ] motor control
              R knee OA with quad weakness 4-/5; difficulty descending stairs.
            Measures today: as dosed   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["M17.11"], [PTA("97110", 17)], []),

        // NVPT form, Brenda Kurtz: large-amplitude reciprocal movements to a metronome, stepping to targets, cued sit-to-stand; [X] coordination and [X] motor control with a typed Parkinson finding; 5xSTS and turn steps; [X] one-on-one; 24 min matches: passes.
        ["vord-h215-nvpt-parkinson-amplitude"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/03/2026
            Patient: Leonard Bix                       Therapist: Brenda Kurtz, PT, DPT
            Carried forward from last visit (11/30/2026) — auto: 5xSTS 16.8 s
            -----------------------------------------------------------------
            S: Wife says he's shuffling less in the mornings.
            CPT 97112 Neuro re-ed — Minutes: 24
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions: Large-amplitude reciprocal arm and leg movements to the metronome; big steps to floor targets forward, sideways and back; sit-to-stand with cues for forward weight shift and a big push-off.
            Impairments addressed: [ ] proprioception  [ ] vestibular  [ ] postural control  [X] coordination  [X] motor control
              Parkinson's disease — bradykinesia and small, poorly timed steps; slow to shift weight forward to rise.
            Measures today: 5xSTS 14.2 s   360° turn 8 steps   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // NVPT form, Logan Schieber (PTA): foam stance, heel-toe walking, hurdles with ankle-strategy cues after Guillain-Barré; [X] proprioception with distal weakness and sensory loss typed; Berg and tandem; [X] one-on-one; 22 min matches: passes.
        ["vord-h215-nvpt-pta-guillain-barre-recovery"] = new(
            """
            NODAWAY VALLEY PHYSICAL THERAPY — Maryville, MO
            DAILY TREATMENT NOTE                       Date: 12/03/2026
            Patient: Brent Ackley                      Therapist: Logan Schieber, PTA (sup. Brenda Kurtz, PT, DPT)
            Carried forward from last visit (11/30/2026) — auto: HEP: heel-toe walking at the counter
            -----------------------------------------------------------------
            S: Walked the length of the Hy-Vee without the cart for support.
            CPT 97112 Neuro re-ed — Minutes: 22
            Attendance: [X] one-on-one for all timed minutes  [ ] concurrent  [ ] group
            Interventions: Foam stance with eyes closed; heel-toe walking on the line; stepping over hurdles with cues for an ankle strategy rather than a hip strategy.
            Impairments addressed: [X] proprioception  [ ] vestibular  [ ] postural control  [ ] coordination  [ ] motor control
              Distal weakness and proprioceptive loss in both feet, recovering after Guillain-Barré syndrome.
            Measures today: Berg 46/56   Tandem 10 s   Other: ___
            Pt tolerated tx well. Cont POC.
            """,
            ["G61.0"], [PTA("97112", 22)], []),

        // MRB, Ellis Gwathmey: the PLAN OF CARE copied from the evaluation beside today's own typed treatment (X1 viewing on foam, head-turn walking, habituation), finding and DGI; "{yes/no:yes}"; 23 min matches: passes.
        ["vord-h215-mrb-poc-copied-beside-today"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Lorenzo Pendergrass   Age: 62   Referring: Dr. Miriam Oyelaran
            PLAN OF CARE (copied from initial evaluation 11/04/2026):
              Frequency: 2x/week x 6 weeks.
              Planned interventions: gaze stabilization, habituation, balance retraining, gait with head turns, HEP.
              Goals: DGI ≥ 21/24; return to work on the tugboat.
            TODAY'S TREATMENT (12/02/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 23
              X1 viewing on the foam, horizontal and vertical; walking with head turns to called targets; habituation — quick pivots in standing.
              One-on-one for all billed minutes? {yes/no:yes}
            MEASURES: DGI 19/24 today (15/24 at eval).
            ASSESSMENT: R vestibular hypofunction after neuritis — gaze slips and unsteadiness with quick head turns, improving.
            PLAN: Continue per POC.
            Therapist: Ellis Gwathmey, PT, DPT
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // MRB, Tamika Beverley (PTA): "[HE/SHE]" and "[REFERRING PROVIDER]" unresolved and a problem list pulled in; rocker perturbations, tandem on foam, step-and-hold; late ankle strategy typed; Berg and tandem; "{yes/no:yes}"; 22 min matches: passes.
        ["vord-h215-mrb-pta-tokens-and-problem-list"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Henrietta Custis   Age: 79   Referring: [REFERRING PROVIDER]
            PROBLEM LIST (pulled from chart 12/01/2026):
              - Unsteadiness on feet (R26.81)
              - Age-related osteoporosis without current pathological fracture (M81.0)
            TODAY'S TREATMENT (12/01/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 22
              [HE/SHE] worked on rocker board perturbations side to side, tandem stance on the foam, and step-and-hold onto the Airex forward and sideways.
              One-on-one for all billed minutes? {yes/no:yes}
            MEASURES: Berg 44/56; tandem on foam 7 s.
            ASSESSMENT: Impaired postural control — late ankle strategy with early hip strategy on small perturbations; sways on foam.
            PLAN: Continue per POC.
            Therapist: Tamika Beverley, PTA (supervising PT: Ellis Gwathmey, PT, DPT)
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // MRB OT, Hollis Pendleton: 97530 kitchen retrieval from low and high cabinets and carrying a pot from sink to stove (activities), dynamic standing balance and R hand coordination after stroke with a Sunday-dinner goal (deficit), contact guard and items without loss of balance (measure); 21 min matches: passes.
        ["vord-h215-mrb-ot-97530-sunday-dinner"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note — OT
            Patient: Geneva Tyree   Age: 68   Referring: Dr. Pradeep Menon
            TODAY'S TREATMENT (12/03/2026):
              Charge: 97530 Therapeutic activities | Min: 21
              Retrieved pans and canned goods from the low and high cabinets; filled a pot at the sink and carried it to the stove; wiped down the counter standing.
              One-on-one for all billed minutes? {yes/no:...}
            MEASURES: Contact guard throughout; 8 of 10 items retrieved without a loss of balance.
            ASSESSMENT: Decreased dynamic standing balance and R hand coordination after L stroke; goal to cook Sunday dinner for the family again.
            PLAN: Continue per POC.
            Therapist: Hollis Pendleton, OTR/L
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // MRB, Ellis Gwathmey: two charge lines, 97112 22 and 97110 15, both matching; foam perturbations and stepping for a late stepping reaction; sit-to-stands, heel raises and hip abduction with doses for weakness; Berg: passes.
        ["vord-h215-mrb-97112-and-97110"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Archibald Lemon   Age: 81   Referring: Dr. Anne Pollard
            TODAY'S TREATMENT (12/02/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 22
              Perturbations on the foam in all directions; lateral and backward stepping reactions after release.
              Charge: 97110 Therapeutic exercise | Min: 15
              Sit-to-stand 3 x 10 from the mat; heel raises 3 x 15; standing hip abduction with 2 lb 3 x 12.
              One-on-one for all billed minutes? {yes/no:yes}
            MEASURES: Berg 43/56; backward stepping reaction effective 5/8.
            ASSESSMENT: Impaired postural control — late, short stepping reactions; generalized LE weakness 4-/5, hips and calves.
            PLAN: Continue per POC.
            Therapist: Ellis Gwathmey, PT, DPT
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 15)], []),

        // MRB, Ellis Gwathmey: the LAST VISIT block of the 11/23/2026 scores beside today's own Berg and TUG; dual-task walking, obstacle stepping, perturbations; postural control typed; "{yes/no:yes}"; 23 min matches: passes.
        ["vord-h215-mrb-last-visit-block-beside-today"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Wendell Hundley   Age: 76   Referring: Dr. Pradeep Menon
            LAST VISIT (auto-pulled from the 11/23/2026 flowsheet):
              Berg 38/56 · TUG 17.2 s
            TODAY'S TREATMENT (12/01/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 23
              Dual-task walking while naming the days of the week backward; obstacle stepping over the foam blocks; perturbations in standing at the pelvis.
              One-on-one for all billed minutes? {yes/no:yes}
            MEASURES: Berg 41/56; TUG 15.5 s.
            ASSESSMENT: Impaired postural control — stops walking to talk, late reactions to perturbations.
            PLAN: Continue per POC.
            Therapist: Ellis Gwathmey, PT, DPT
            """,
            ["R26.89"], [PT("97112", 23)], []),

        // MRB, Ellis Gwathmey: a complete note whose PROBLEM LIST prints "Unsteadiness on feet (R26.81)" while the claim carries no diagnosis code — the claim's diagnosis is what is checked: diagnosis missing and nothing else.
        ["vord-h215-mrb-problem-list-codes-claim-without-dx"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Ottoline Blassingame   Age: 82   Referring: Dr. Anne Pollard
            PROBLEM LIST (pulled from chart 12/03/2026):
              - Unsteadiness on feet (R26.81)
              - History of falling (Z91.81)
            TODAY'S TREATMENT (12/03/2026):
              Charge: 97112 Neuromuscular reeducation | Min: 22
              Foam stance with head turns; tandem walking along the rail; rocker board perturbations front to back.
              One-on-one for all billed minutes? {yes/no:yes}
            MEASURES: Berg 42/56; tandem stance 8 s.
            ASSESSMENT: Decreased proprioception and a late ankle strategy; sways backward on foam.
            PLAN: Continue per POC.
            Therapist: Ellis Gwathmey, PT, DPT
            """,
            [], [PT("97112", 22)], [Dx]),

        // MRB, Tamika Beverley (PTA): 97116 — walker-to-cane gait with cues for hip extension and step length, curb practice (technique), Trendelenburg and short L step after R THA (deficit), feet with stand-by and curb with contact guard (measure); 17 min matches: passes.
        ["vord-h215-mrb-pta-97116-after-hip-replacement"] = new(
            """
            MATTAPONI REHAB & BALANCE — West Point, VA
            Outpatient Therapy Daily Note
            Patient: Rufus Gresham   Age: 72   Referring: [REFERRING PROVIDER]
            TODAY'S TREATMENT (12/02/2026):
              Charge: 97116 Gait training | Min: 17
              Gait training, rolling walker to SPC in the hallway; cues for R hip extension at terminal stance and equal step length; curb up and down with the SPC.
              One-on-one for all billed minutes? {yes/no:...}
            MEASURES: 250 ft x2 with the SPC, SBA; curb with CGA.
            ASSESSMENT: R Trendelenburg gait and short L step after R THA.
            PLAN: Continue per POC.
            Therapist: Tamika Beverley, PTA (supervising PT: Ellis Gwathmey, PT, DPT)
            """,
            ["Z96.641"], [PTA("97116", 17)], []),

        // LMR note builder, Jocelyn Kessler: "☐ Other: ____" left blank beside two ticked techniques; perturbations and half-roller work; decreased ankle proprioception typed; foam seconds and perturbations; "(•) Individual"; 22 min matches: passes.
        ["vord-h215-lmr-other-blank-beside-ticked"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Daily Note (Note Builder)
            Pt: Imogene Rahe · Visit 5 of 12
            Clinician: Jocelyn Kessler, PT
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Techniques: ☑ perturbation training ☐ PNF patterns ☐ gaze stabilization ☑ unstable surface work ☐ Other: ____
            Narrative: Perturbations at the shoulders on the Airex, feet together; half-roller stance, round side down; stepping on and off the foam in all directions.
            Impairment: Decreased ankle proprioception with excessive sway on soft surfaces.
            Measures: Foam feet together EC 10 s; held 6/10 perturbations without a step.
            Skilled intervention required for safety and progression.
            Timed minutes — 97112: 22
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // LMR note builder, Derek Ashbrook (PTA): "Timed minutes — 97112: 23 | 97110: 15", both matching; rocker and foam step-down work for late quad firing after TKA; leg press, step-ups and bridges with doses for quad weakness; step-downs and SLS: passes.
        ["vord-h215-lmr-pta-97112-and-97110-tka"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Daily Note (Note Builder)
            Pt: Bernard Heitkamp · Visit 10 of 16
            Clinician: Derek Ashbrook, PTA (supervising: Jocelyn Kessler, PT)
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Techniques: ☑ perturbation training ☐ PNF patterns ☐ gaze stabilization ☑ unstable surface work ☑ Other: therapeutic exercise
            Narrative: NMR — rocker board perturbations in R stance; controlled step-downs onto the foam. Ther ex — leg press 3 x 12 at 70 lb; forward step-ups onto a 6" step 3 x 10; bridges 3 x 15.
            Impairment: R knee proprioception reduced and quad firing late on step-down after R TKA; R quad weakness 4-/5.
            Measures: Controlled step-downs 9/10; R SLS 12 s.
            Skilled intervention required for safety and progression.
            Timed minutes — 97112: 23 | 97110: 15
            """,
            ["Z96.651"], [PTA("97112", 23), PTA("97110", 15)], []),

        // LMR OT, Mara Voss: 97110 — tendon glides, putty pinch and wrist curls (technique), R hand weakness and stiffness after carpal tunnel release with a crocheting goal (deficit), repetitions, holds, sets and load (measure); 14 min matches: passes.
        ["vord-h215-lmr-ot-97110-after-carpal-tunnel-release"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            OT Daily Note (Note Builder)
            Pt: Colleen Gausman · Visit 4 of 8
            Clinician: Mara Voss, OTR/L
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Activities: ☐ meal preparation ☐ standing tolerance at counter ☐ laundry ☑ Other: hand exercise
            Narrative: Tendon glides 10 reps each position with 3 s holds; yellow putty key and tip pinch 2 x 15; wrist curls with 1 lb 3 x 12.
            Goal / impairment: R hand weakness and finger stiffness after carpal tunnel release; goal to crochet the baby blanket for her granddaughter.
            Measures: as dosed; grip R 31 lb.
            Skilled intervention required for safety and progression.
            Timed minutes — 97110: 14
            """,
            ["G56.01"], [OT("97110", 14)], []),

        // LMR note builder, Jocelyn Kessler: "Timed minutes — 97116: 1015–1032 = 17", a clock range on the code matching the line; rollator gait with step-length cues and a metronome on the track and outdoors (technique), short shuffling steps and slow gait (deficit), feet, supervision and gait speed (measure): passes.
        ["vord-h215-lmr-97116-clock-range"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Daily Note (Note Builder)
            Pt: Edna Sollmann · Visit 7 of 12
            Clinician: Jocelyn Kessler, PT
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Techniques: ☐ perturbation training ☐ PNF patterns ☐ gaze stabilization ☐ unstable surface work ☑ Other: gait training
            Narrative: Gait training with the rollator on the indoor track and out on the parking-lot sidewalk; step-length cues to taped lines and a metronome for cadence.
            Impairment: Short, shuffling steps and slow gait after a long hospital stay; wants to walk into church on her own.
            Measures: 500 ft x2 with the rollator, supervision; gait speed 0.71 m/s (0.58 at eval).
            Skilled intervention required for safety and progression.
            Timed minutes — 97116: 1015–1032 = 17
            """,
            ["R26.2"], [PT("97116", 17)], []),

        // LMR note builder, Jocelyn Kessler: "☑ gaze stabilization" ticked with X1 viewing, VOR cancellation and head-turn walking; L vestibular hypofunction typed; DGI and DVA; "(•) Individual"; 23 min matches: passes.
        ["vord-h215-lmr-gaze-ticked-vestibular"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Daily Note (Note Builder)
            Pt: Francis Gerwe · Visit 6 of 10
            Clinician: Jocelyn Kessler, PT
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Techniques: ☐ perturbation training ☐ PNF patterns ☑ gaze stabilization ☐ unstable surface work ☐ Other: ____
            Narrative: X1 viewing, horizontal and vertical, standing on the foam; VOR cancellation turning in the swivel chair; walking the hallway with head turns.
            Impairment: L vestibular hypofunction — gaze instability with quick head turns, veers on the walk.
            Measures: DGI 19/24; DVA 3 lines lost.
            Skilled intervention required for safety and progression.
            Timed minutes — 97112: 23
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // LMR note builder, a PT's 97112 and an OT's 97530 on one visit: "Timed minutes — 97112 (PT): 22 | 97530 (OT): 20", both matching; PT PNF and foam work for late L hip activation (SLS and step-ups); OT bed-making and laundry folding for L arm use and standing balance with a goal (stand-by, cues): passes.
        ["vord-h215-lmr-pt-97112-ot-97530-minutes-line"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Combined Visit Note (Note Builder) — PT and OT
            Pt: Rita Mae Brockman · PT visit 9 of 16 · OT visit 7 of 12
            PT — Jocelyn Kessler, PT
              Delivery: (•) Individual ( ) Concurrent ( ) Group
              Techniques: ☐ perturbation training ☑ PNF patterns ☐ gaze stabilization ☑ unstable surface work ☐ Other: ____
              Narrative: PNF pelvic patterns in R sidelying; L stance on the foam with R step-ups onto a 4" step; rhythmic stabilization in standing.
              Impairment: L hemiparesis after R stroke — late L hip activation in stance.
              Measures: L SLS on foam 5 s; 8/10 step-ups without the L knee buckling.
            OT — Mara Voss, OTR/L
              Delivery: (•) Individual ( ) Concurrent ( ) Group
              Activities: ☐ meal preparation ☑ standing tolerance at counter ☑ laundry ☑ Other: bed making
              Narrative: Made the bed in the ADL room, tucking the sheet with both hands; folded a basket of towels standing at the counter, using the L hand as a helper.
              Goal / impairment: Decreased L arm use and standing balance after R stroke; goal to make her bed and fold laundry at home.
              Measures: Stand-by assist; 2 verbal cues to use the L hand.
            Timed minutes — 97112 (PT): 22 | 97530 (OT): 20
            Skilled intervention required for safety and progression.
            """,
            ["I69.354"], [PT("97112", 22), OT("97530", 20)], []),

        // LMR note builder, Jocelyn Kessler: 97140 — grade III thoracic PA mobilisation and rib mobilisation (technique), mid-back pain with stiff T5-T8 segments (region), rotation degrees (measure); 12 min matches: passes.
        ["vord-h215-lmr-97140-thoracic"] = new(
            """
            Little Miami Rehabilitation — Loveland, OH
            Daily Note (Note Builder)
            Pt: Raymond Tenkman · Visit 3 of 8
            Clinician: Jocelyn Kessler, PT
            Delivery: (•) Individual ( ) Concurrent ( ) Group
            Techniques: ☐ perturbation training ☐ PNF patterns ☐ gaze stabilization ☐ unstable surface work ☑ Other: manual therapy
            Narrative: Grade III central PA mobilization T5 through T8 in prone; R rib mobilization with breathing; STM to the R rhomboids.
            Impairment: Mid-back pain with stiff T5-T8 segments; hurts to turn to back the car out.
            Measures: Seated thoracic rotation R 35° before, 45° after (L 50°).
            Skilled intervention required for safety and progression.
            Timed minutes — 97140: 12
            """,
            ["M54.6"], [PT("97140", 12)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
