using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-eighty-first held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07 (the twenty-third session, blind, beside the hundred-and-seventy-ninth). The set is a random week of
/// notes captured through general-purpose online form builders and exported as text: each question's full wording,
/// then its answer on the next line or after a colon ("How was the treatment delivered? (select one)" / "One-on-one with
/// the therapist"), multi-select answers joined by commas or semicolons, "Other (please specify):" write-ins, required
/// questions answered "N/A", skipped optional questions exported with an empty answer or "—", rating-scale questions
/// answered with a number, matrix questions exported as "Row — Column" pairs, and a few submissions edited after
/// submitting with the edit noted — about two thirds ordinary and complete (68 of 102), single- and multi-code visits (97110, 97112,
/// 97116, 97140, 97530, up to three in a visit), by PTs and PTAs (a student's visit billed under the PT who directed
/// it), from three employers no earlier set has, each with its own form and its own question wording:
/// <list type="number">
/// <item>a mobile outpatient physical-therapy company whose therapists submit a form from their phones after each
/// home-based outpatient visit ("Wayfarer Mobile Physical Therapy", WMPT: Otsego, Chenango and Delaware counties, New
/// York — Oneonta, Cooperstown, Norwich, Sidney and Delhi; the "WMPT Visit Submission" form with "Which codes are you
/// billing for this visit? (select all that apply)", a matrix "Minutes for each code you selected" exported as "97112 —
/// 23", "How was the treatment delivered? (select one)", "Describe the skilled interventions you performed", "What
/// impairment(s) did you treat today?", "Objective measures today (test name and result)", "Who else was present?
/// (optional)" and "Anything the office should know? (optional)"): Bridget Kowalczyk (PT, DPT), Theo Amankwah (PT),
/// Lacey Pruitt (PTA) and Jonah Reese (PT); a hop grower outside Cooperstown, a retired bus driver, a quilter, a
/// farmhouse staircase with a cat on it, a woodstove, a gravel drive to the mailbox, a daughter in the kitchen and a
/// home health aide folding laundry;</item>
/// <item>a university sports-medicine clinic whose students submit the note and whose clinical instructor co-signs
/// ("Ironwood State University Sports Medicine &amp; Physical Therapy Clinic", ISU-SMPT: the field-house clinic in
/// Marquette, Michigan, and the Negaunee satellite; the "SPT Daily Note" form with "Student physical therapist
/// (SPT)", "Clinical instructor (CI)", "CPT code(s) billed", "Minutes — 97112" boxes, "Treatment format (select one)",
/// "Interventions (list each with parameters)", "Impairment(s) targeted", "Outcome measures (name: score)", a rating
/// "Student confidence today (1–5)", a "Self-reflection" question and "CI co-signature"): the students Kaylee Brandt,
/// Marcus Oyelaran, Hannah Lindqvist and Eli Santangelo, their instructors Teresa Vukovich (PT, DPT, SCS) and Arne
/// Halvorsen (PT, DPT, OCS); a retired hockey coach, a masters Nordic skier, an emeritus geology professor, a curler, a
/// snowshoer on the Presque Isle trails, an ore-dock retiree and a pickleball player;</item>
/// <item>a pelvic-and-vestibular private practice whose single therapist built her own form ("Halyard Pelvic &amp;
/// Vestibular Physical Therapy", Port Townsend, Washington; Inés Calloway, PT, DPT, WCS, and her form "Halyard PT —
/// after-visit form" in her own voice: "What did we bill today?", "How long for each? (minutes)", "Was it just you and
/// me the whole time? (required)", "Which system did we work on?", "Tell me what we did (techniques, positions, cues)",
/// "What's the problem we're chasing?", "Numbers! (scores, seconds, microvolts, grades)" and "How did she/he feel
/// leaving? (1–10)"); a ferry deckhand, a wooden-boat builder, a retired marine-science teacher, a rower on the bay, a
/// grandmother lifting a toddler, a choir alto, and a husband holding the phone.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many form exports, applying
/// the contract to what the answers say: a question states nothing by itself, an answer is read with its question, an
/// empty answer, "—" and "N/A" state nothing, a multi-select answer states each option it lists, an "Other (please
/// specify):" write-in is read as written, a matrix pair "Row — Column" is the row's answer, a rating-scale number is
/// the writer's rating and not a measure, and an edited submission is read as edited:
/// <list type="bullet">
/// <item>class 1 (v1-h181-…): one-on-one in these forms' answers ("How was the treatment delivered? (select one)" /
/// "One-on-one with the therapist" with a daughter in the kitchen and "Who else was present? (optional): Home health aide
/// (folding laundry in the next room)", "Treatment format (select one): Individual — one patient, the student and
/// the CI", "Was it just you and me the whole time? (required): Yes — her husband held the phone to video the home
/// program"), notes that negate it (an "Other (please specify):" write-in "split between this pt and
/// the hockey player on the next plinth", a PTA who saw a neighbour in the same community room taking turns) or never
/// state it (the old student form without the format question, a mobile note whose delivery question was
/// removed from the form that week), and the codes without a one-on-one check (a PT's 97110 in a small group);</item>
/// <item>class 2 (v2-h181-…): answer states as these exports leave them: the required delivery question answered
/// "N/A", the same question skipped with "—", "Was it just you and me the whole time?" exported with an empty answer,
/// "Impairment(s) targeted:" empty, "Numbers!:" answered "N/A", "Describe the skilled interventions you performed:
/// Other (please specify):" with nothing written, a minutes matrix with one row left empty, a multi-select of techniques
/// ticked, and an unrelated optional question skipped beside a complete note;</item>
/// <item>class 3 (v3-h181-…): named methods and programmes as techniques (the Knack before a cough, sEMG biofeedback
/// up-training of the pelvic floor, Cawthorne-Cooksey exercises with habituation, Mulligan SNAGs, Maitland PA
/// glides, Copenhagen adductor planks, blood-flow-restriction leg press, Tai Ji Quan: Moving for Better Balance forms,
/// PNF D1 patterns), Copenhagen planks with no dose, and PNF patterns with the impairment answer left empty;</item>
/// <item>class 4 (v4-h181-…): deficits stated as findings in these writers' words (a pelvic floor that fires after the
/// cough instead of before it, a head turn at the ferry rail that sets off the room spinning, a knee that buckles
/// stepping down off the porch, a curler who can't hold the slide, a pelvic floor that won't let go) and notes that
/// state none ("What impairment(s) did you treat today? None noted", "What's the problem we're chasing? Still figuring
/// that out", "Impairment(s) targeted: see eval");</item>
/// <item>class 5 (v5-h181-…): measures in every usual form (Modified Oxford grades, sEMG microvolts at rest and on a
/// squeeze, a PERFECT score, mCTSIB conditions in seconds, dynamic visual acuity lines, FGA and Mini-BESTest, a
/// Y-balance reach in centimetres, 30-second chair-stand counts, doses for 97110, distance and assistance for gait)
/// and notes with none ("Objective measures today (test name and result): will test next visit", "Numbers!: forgot
/// the stopwatch", "Outcome measures (name: score): —");</item>
/// <item>class 6 (v6-h181-…): minutes in these forms' shapes (matrix pairs "97112 — 23" and "97110 — 15", boxes
/// "Minutes — 97112: 24", "How long for each? (minutes): 97112 — 25; 97140 — 12", a clock range on the code's own line,
/// an edit that corrected a code's minutes to the billed value) and true mismatches (a matrix pair of 30 on an 18-minute
/// line, a box of 15 on a 27-minute line, an edited submission whose new value still differs) and truly missing
/// separate time (the whole matrix skipped with "—" on a two-code visit, only "Total treatment time (minutes): 38",
/// one row's minutes answered "N/A");</item>
/// <item>class 7 (v7-h181-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110, 97530, 97140 and 97116 in each employer's form, and wholly generic notes:
/// a mobile form answered "Balance training" / "Tolerated well" / "Continue POC", a student form with "Worked on
/// balance and coordination" and "Pt did great", and a two-code form with nothing but "Ther ex and manual as usual";</item>
/// <item>ordinary (vord-h181-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), with their harmless leftovers (skipped optional questions, rating-scale answers, a student's
/// self-reflection, a CI's co-signature, a note that the submission was edited), and the ordinary weak ones: a
/// complete note with no diagnosis, a diagnosis column filled "N/A" by a required question, a PTA's minutes that
/// differ from the line.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — daughters, husbands, an aide, a
/// clinical instructor and a student (none of them a patient; the hockey player on the next plinth and the neighbour in
/// the community room are), dates of service and submission times, ages, step heights in inches, loads in pounds,
/// band colours, distances in feet, reach in centimetres, microvolts, seconds, degrees, counts, rating-scale answers
/// and a toddler's weight — and each is written so that a reviewer cannot take it for a billed code's minutes; a
/// code's minutes are written next to the code (a matrix pair "97112 — 23", a box "Minutes — 97112: 24"), in the
/// answer that lists the codes and their minutes, or as a clock range on the code's own line; no note gives minutes to
/// a visit, a drill, a rest or a test, except the one that gives the visit only a total ("Total treatment time
/// (minutes): 38"); notes failed for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY
/// is expected only where the note names no technique, deficit or measure at all. A 97112 passes the measure check
/// only on an objective measure with a number and fails it only when the note has no number but its code, its minutes
/// and numbers that are plainly something else; for the other codes a dose (sets, repetitions, load, hold, distance,
/// assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver, aide or a
/// supervising clinical instructor in the room does not undo a one-on-one statement, another patient treated in the
/// same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the form answers that could honestly be read two ways: a skipped question whose wording
/// itself states something ("Treated one-on-one for the entire session (leave blank if not)", "Impairment: pelvic floor
/// weakness — edit if different"), a multi-select answer that lists both "One-on-one" and "Concurrent" or "Group", a
/// rating-scale number as a 97112's only number, a matrix pair whose column could be minutes or a score ("Berg — 45"), a
/// "Same as last visit" answer, an edited submission that does not say which answer it changed, and a student's
/// self-reflection that contradicts what the submitted answers state.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 80 of 102 cases agree (100 needed), and 17 of the 68 notes the reviewer passes got a finding, on the analyzer of ed6bb95 (the 2026-12-07 twenty-third session after the hundred-and-seventy-third to hundred-and-seventy-eighth sets were worked through, before the first review of the session and any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, 6ede27d): 102 of 102, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredEightyFirstTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these forms' answers, negated, unstated

        // WMPT phone form, "How was the treatment delivered? (select one)" / "One-on-one with the therapist", daughter in the kitchen; weight shifts at the kitchen counter with perturbations, tandem along the hallway runner, stepping over the cat's bed; delayed ankle strategy and postural sway; Berg and perturbations; matrix "97112 — 23" matches: passes.
        ["v1-h181-wm-one-on-one-daughter-in-kitchen"] = new(
            """
            WMPT Visit Submission
            Therapist name: Bridget Kowalczyk, PT, DPT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 23
            How was the treatment delivered? (select one)
            One-on-one with the therapist
            Who else was present? (optional)
            Daughter (in the kitchen making lunch)
            Describe the skilled interventions you performed
            Perturbations at the pelvis while she stood at the kitchen counter, tandem stance and tandem walking along the hallway runner, stepping over the cat's bed without looking down
            What impairment(s) did you treat today?
            Delayed ankle strategy and increased postural sway, falls backward reaching into the upper cupboard
            Objective measures today (test name and result)
            Berg 43/56; recovered 6 of 10 backward perturbations with a single step
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // WMPT, one-on-one selected and "Who else was present? (optional): Home health aide (folding laundry in the next room)"; gaze stabilisation X1 at the refrigerator magnet, head-turn walking in the hall; R vestibular hypofunction; DGI and DVA; matrix "97112 — 24" matches: passes.
        ["v1-h181-wm-one-on-one-aide-folding-laundry"] = new(
            """
            WMPT Visit Submission
            Therapist name: Theo Amankwah, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 24
            How was the treatment delivered? (select one): One-on-one with the therapist
            Who else was present? (optional): Home health aide (folding laundry in the next room)
            Describe the skilled interventions you performed: gaze stabilization X1 viewing with a refrigerator magnet as the target, sitting then standing; walking the hallway with horizontal head turns, stopping on my cue; feet together on a couch cushion with eyes closed
            What impairment(s) did you treat today?: R vestibular hypofunction after neuritis, oscillopsia turning his head to back the truck out
            Objective measures today (test name and result): DGI 16/24; dynamic visual acuity 4 lines lost (6 at eval)
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // ISU student form, "Treatment format (select one): Individual — one patient, the student and the CI"; rhythmic stabilisation in half-kneel, reactive stepping on the perturbation mat, single-leg stance on the Airex with ball toss; R knee and hip neuromuscular control after ACL reconstruction; Y-balance and hop count; "Minutes — 97112: 25" matches; CI co-signed: passes.
        ["v1-h181-isu-individual-student-and-ci"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Kaylee Brandt
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Minutes — 97112: 25
            Treatment format (select one): Individual — one patient, the student and the CI
            Interventions (list each with parameters): rhythmic stabilization in half-kneel, both sides; reactive stepping to CI pushes on the perturbation mat; single-leg stance on the Airex with medicine-ball tosses from the side
            Impairment(s) targeted: R knee and hip neuromuscular control after ACL reconstruction — valgus collapse on landing and a late hip strategy
            Outcome measures (name: score): Y-balance anterior reach R 58 cm vs L 66 cm; single-leg stance on Airex R 21 s
            Student confidence today (1–5): 4
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS. Present and directing the entire billed service.
            """,
            ["S83.511D"], [PT("97112", 25)], []),

        // ISU student form, "Treatment format (select one): Other (please specify): split between this pt and the hockey player on the next plinth, CI supervising both" — another patient treated in the block: one-on-one missing; techniques, deficit and measure present.
        ["v1-h181-isu-other-split-with-hockey-player"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Marcus Oyelaran
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97112
            Minutes — 97112: 22
            Treatment format (select one): Other (please specify): split between this pt and the hockey player on the next plinth, CI supervising both
            Interventions (list each with parameters): BAPS board level 3 clockwise and counter, foam stance with head turns, lateral hops to stick on the foam pad
            Impairment(s) targeted: L ankle proprioception after a lateral sprain on the curling ice; she rolls it stepping off the hack
            Outcome measures (name: score): BAPS level 3 for 30 s without an edge touch; 5 of 8 hops stuck
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Halyard form, "Was it just you and me the whole time? (required): Yes — her husband held the phone to video the home program"; habituation to the Motion Sensitivity positions, gaze stabilisation X2, walking with head turns on the deck boards; L vestibular hypofunction; MSQ and FGA; "97112 — 25" matches: passes.
        ["v1-h181-hal-just-you-and-me-husband-filming"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 25
            Was it just you and me the whole time? (required): Yes — her husband held the phone to video the home program
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): habituation to the two worst Motion Sensitivity positions (sit to supine, turning to the L in supine); gaze stabilization X2 with the card moving opposite the head; walking the hallway with head turns, then on the porch deck boards
            What's the problem we're chasing?: L vestibular hypofunction; the boat deck sets her spinning when she turns her head to the L
            Numbers! (scores, seconds, microvolts, grades): MSQ 22 (31 at eval); FGA 19/30
            How did she feel leaving? (1–10): 7
            """,
            ["H81.22"], [PT("97112", 25)], []),

        // WMPT PTA at a senior apartment, "How was the treatment delivered? (select one): Other (please specify): did Mrs. Ferris and her neighbour together in the community room, taking turns" — another patient treated in the block: one-on-one missing.
        ["v1-h181-wm-pta-neighbour-in-community-room"] = new(
            """
            WMPT Visit Submission
            Therapist name: Lacey Pruitt, PTA
            Visit location (select one): Other (please specify): community room, Riverside senior apartments, Norwich
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 21
            How was the treatment delivered? (select one): Other (please specify): did Mrs. Ferris and her neighbour together in the community room, taking turns
            Describe the skilled interventions you performed: foam stance with eyes closed, tandem walking along the carpet edge, stepping strategy drills to my pushes
            What impairment(s) did you treat today?: loss of sensation in both feet with the neuropathy, can't feel the floor in the dark
            Objective measures today (test name and result): tandem stance 8 s; 4 of 8 pushes recovered without a hand
            """,
            ["E11.42"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // ISU on the old form (v2) with no treatment-format question at all; Frenkel exercises, heel-to-shin on the mat, stepping to targets; trunk and L limb ataxia after a cerebellar stroke; SARA and target hits; "Minutes — 97112: 23" matches; nothing says one-on-one: one-on-one missing.
        ["v1-h181-isu-old-form-no-format-question"] = new(
            """
            SPT Daily Note — old form (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Hannah Lindqvist
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Minutes — 97112: 23
            Interventions (list each with parameters): Frenkel exercises in supine and sitting; heel-to-shin slides along the mat; stepping to numbered floor targets on cue
            Impairment(s) targeted: L limb and trunk ataxia after the cerebellar stroke, overshoots the step and sways wide
            Outcome measures (name: score): SARA 11 (14 at eval); hit 7 of 10 floor targets
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["I69.393"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // WMPT submission with no delivery question (the office dropped it from the form that week) and nothing else about delivery; perturbations on the porch, step-ups with head turns; postural control; TUG and perturbations; "97112 — 22" matches: one-on-one missing.
        ["v1-h181-wm-no-delivery-question"] = new(
            """
            WMPT Visit Submission
            Therapist name: Jonah Reese, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 22
            Describe the skilled interventions you performed: lateral and backward perturbations at the hips on the front porch, step-ups onto the porch step with head turns, catching a beach ball off balance
            What impairment(s) did you treat today?: poor postural control after the L CVA, loses his balance backward on the porch step
            Objective measures today (test name and result): TUG 15.2 s; 5 of 10 perturbations without grabbing the rail
            Anything the office should know? (optional): —
            """,
            ["I69.354"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ISU PT's 97110 in a small group of three at the curling-club strength session, "Treatment format (select one): Group"; 97110 has no one-on-one check; squats, step-downs and bridges with doses; L quad and glute weakness: passes.
        ["v1-h181-isu-97110-small-group"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Eli Santangelo
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97110
            Minutes — 97110: 18
            Treatment format (select one): Group
            Interventions (list each with parameters): goblet squats 15 lb 3x10; lateral step-downs off a 6 in step 3x8; bridges with the blue band 3x12
            Impairment(s) targeted: L quadriceps and gluteal weakness after the L TKA, he can't get down into the slide delivery
            Outcome measures (name: score): —
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["Z96.652", "M62.81"], [PT("97110", 18)], []),

        // ---------------------------------------------------------------- class 2: answer states as these exports leave them

        // WMPT, the required delivery question answered "N/A"; technique, deficit and measure present; "97112 — 22" matches: one-on-one missing.
        ["v2-h181-wm-delivery-required-na"] = new(
            """
            WMPT Visit Submission
            Therapist name: Bridget Kowalczyk, PT, DPT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 22
            How was the treatment delivered? (select one)
            N/A
            Describe the skilled interventions you performed
            Rocker board A/P with eyes closed at the kitchen table, tandem stance on the bath mat, reaching outside his base of support for the mugs on the top shelf
            What impairment(s) did you treat today?
            Proprioceptive loss in both ankles, he sways and grabs the counter when the lights are off
            Objective measures today (test name and result)
            Rocker board A/P 12 s without an edge touch; tandem stance 9 s
            """,
            ["R26.89", "G62.9"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // WMPT, the delivery question skipped and exported with "—"; complete otherwise; "97112 — 24" matches: one-on-one missing.
        ["v2-h181-wm-delivery-skipped-dash"] = new(
            """
            WMPT Visit Submission
            Therapist name: Jonah Reese, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 24
            How was the treatment delivered? (select one): —
            Describe the skilled interventions you performed: step-and-stick onto the folded blanket, L leg leading; weight shifts onto the L with tapping to the glute med; reactive steps to pushes at the pelvis in the living room
            What impairment(s) did you treat today?: L hemiparesis after the R CVA — poor weight acceptance on the L and a late L step
            Objective measures today (test name and result): FGA 14/30; step-and-stick 5 of 10 without a hand on the recliner
            """,
            ["I69.354"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Halyard, an earlier version of her form where "Was it just you and me the whole time?" was optional, exported with an empty answer; sEMG down-training and diaphragmatic breathing; pelvic floor overactivity; microvolts; "97112 — 23" matches: one-on-one missing.
        ["v2-h181-hal-just-you-and-me-empty"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 23
            Was it just you and me the whole time?

            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): pelvic floor down-training with sEMG biofeedback in hook-lying then sitting; diaphragmatic breathing with the lengthening cue on the exhale; contract-and-fully-let-go sets watching the screen
            What's the problem we're chasing?: pelvic floor overactivity — her muscles won't let go, straining to void
            Numbers! (scores, seconds, microvolts, grades): sEMG resting tone 7.8 µV down to 3.1 µV by the end; full return to baseline in 6 s after a squeeze
            """,
            ["N36.44", "M62.89"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ISU, "Impairment(s) targeted:" answered nothing; PNF D2 patterns, rhythmic stabilisation and perturbation training named; Mini-BESTest and holds given; individual; "Minutes — 97112: 22" matches: deficit missing.
        ["v2-h181-isu-impairment-left-empty"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Eli Santangelo
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Minutes — 97112: 22
            Treatment format (select one): Individual
            Interventions (list each with parameters): PNF D2 flexion and extension patterns of the R arm in standing; rhythmic stabilization in tall kneeling; perturbation training on the mat, anterior and posterior
            Impairment(s) targeted:
            Outcome measures (name: score): Mini-BESTest 19/28; tall-kneel hold against CI pushes 20 s
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["I69.351"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Halyard, "Numbers! (scores, seconds, microvolts, grades): N/A" and no other number but the code and its minutes (no rating asked that day); the Knack before coughs and lifts, quick flicks; delayed pelvic floor timing; "Yes" to just you and me; "97112 — 22" matches: measure missing.
        ["v2-h181-hal-numbers-answered-na"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 22
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): the Knack — pre-contracting the pelvic floor before a cough, a sneeze and a lift of the grocery bag; quick flicks in sitting then standing with the "lift the blueberry" cue
            What's the problem we're chasing?: delayed pelvic floor recruitment — it fires after the cough instead of before it, so she leaks singing and coughing
            Numbers! (scores, seconds, microvolts, grades): N/A
            """,
            ["N39.3"], [PT("97112", 22)], [At(Measure, "97112")]),

        // WMPT, "Intervention type (select all that apply): Other (please specify):" with nothing written and the description skipped with "—"; deficit and measures answered; one-on-one; "97112 — 21" matches: technique missing.
        ["v2-h181-wm-intervention-other-left-blank"] = new(
            """
            WMPT Visit Submission
            Therapist name: Theo Amankwah, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 21
            How was the treatment delivered? (select one): One-on-one with the therapist
            Intervention type (select all that apply): Other (please specify):
            Describe the skilled interventions you performed: —
            What impairment(s) did you treat today?: impaired postural control and slowed reactive stepping after the fall on the barn ramp
            Objective measures today (test name and result): Berg 41/56; TUG 14.8 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 21)], [At(Tech, "97112")]),

        // ISU two-code form with the 97110 minute box left empty ("Minutes — 97110:") and "Minutes — 97112: 23"; both codes complete: separate time missing.
        ["v2-h181-isu-one-minute-box-empty"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Kaylee Brandt
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97112, 97110
            Minutes — 97112: 23
            Minutes — 97110:
            Treatment format (select one): Individual
            Interventions (list each with parameters): NMR: single-leg stance on the Airex with head turns, lateral hops to stick, reactive stepping on the perturbation mat. Ther ex: step-ups onto the box 3x10, Bulgarian split squats 3x8, side-lying hip abduction with a 3 lb cuff 3x15.
            Impairment(s) targeted: R ankle and knee proprioception after the ACL reconstruction, R hip abductor weakness with a Trendelenburg on the step-down
            Outcome measures (name: score): single-leg stance on Airex R 18 s; 6 of 10 hops stuck
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["S83.511D", "M62.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // ISU, a multi-select "Techniques (select all that apply): Gaze stabilization (VOR x1); Habituation; Optokinetic stimulation" read as ticked; post-concussion dizziness and visual motion sensitivity; DVA and VOMS; individual; "Minutes — 97112: 24" matches: passes.
        ["v2-h181-isu-multiselect-techniques-ticked"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Marcus Oyelaran
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Minutes — 97112: 24
            Treatment format (select one): Individual
            Techniques (select all that apply): Gaze stabilization (VOR x1); Habituation; Optokinetic stimulation
            Interventions (list each with parameters): VOR x1 horizontal and vertical against the busy wallpaper; habituation to the quick turns that set him off; optokinetic stripes on the screen while standing on foam
            Impairment(s) targeted: post-concussion dizziness and visual motion sensitivity, the grocery-store aisles make him sick
            Outcome measures (name: score): VOMS horizontal VOR symptoms 3 (6 last week); dynamic visual acuity 2 lines lost
            Student confidence today (1–5): 3
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["S06.0X0D", "F07.81"], [PT("97112", 24)], []),

        // WMPT complete note with both optional questions skipped (one exported empty, one "—"); one-on-one; perturbations and foam work; ankle proprioception; tandem and perturbation counts; "97112 — 22" matches: passes.
        ["v2-h181-wm-optional-questions-skipped"] = new(
            """
            WMPT Visit Submission
            Therapist name: Lacey Pruitt, PTA
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 22
            How was the treatment delivered? (select one): One-on-one with the therapist
            Who else was present? (optional):
            Describe the skilled interventions you performed: foam stance eyes closed in the doorway, tandem walking along the quilt-room wall, lateral perturbations at the shoulders
            What impairment(s) did you treat today?: decreased proprioception in both feet, she loses her balance when she can't see the floor
            Objective measures today (test name and result): tandem stance 11 s; 7 of 10 lateral perturbations without a step
            Anything the office should know? (optional): —
            """,
            ["E11.42", "R26.81"], [PTA("97112", 22)], []),

        // Halyard 97110 with "Numbers!:" skipped as "—" but the doses written in what we did (a dose is a 97110's measure); hip and pelvic girdle weakness; "97110 — 18" matches: passes.
        ["v2-h181-hal-97110-numbers-dash-doses-written"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97110
            How long for each? (minutes): 97110 — 18
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): bridges with a ball squeeze 3x12; side-lying clamshells with the green band 3x15; sit-to-stands holding a 10 lb kettlebell 3x10 with an exhale on the rise
            What's the problem we're chasing?: weak hip abductors and glutes around a weak pelvic floor after her second baby; she leaks lifting the toddler out of the car seat
            Numbers! (scores, seconds, microvolts, grades): —
            """,
            ["N39.3", "M62.81"], [PT("97110", 18)], []),

        // ---------------------------------------------------------------- class 3: named methods and programmes as techniques

        // Halyard, sEMG biofeedback up-training of the pelvic floor with quick flicks and endurance holds; weak, slow pelvic floor recruitment; Modified Oxford and PERFECT; "Yes" to just you and me; "97112 — 24" matches: passes.
        ["v3-h181-hal-semg-biofeedback-uptraining"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 24
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): sEMG biofeedback up-training of the pelvic floor in supine, then sitting on the rowing-machine seat; quick flicks to the screen line; endurance holds with the "close and lift" cue, keeping the glutes quiet
            What's the problem we're chasing?: weak, slow pelvic floor recruitment; she leaks on the drive stroke when she rows hard on the bay
            Numbers! (scores, seconds, microvolts, grades): Modified Oxford 2/5 (1/5 at eval); PERFECT 2/5/6/8; sEMG peak 18 µV
            How did she feel leaving? (1–10): 8
            """,
            ["N39.3"], [PT("97112", 24)], []),

        // WMPT, Cawthorne-Cooksey head and eye exercises progressed to standing and the habituation turns; L vestibular hypofunction; DGI and MSQ; one-on-one; "97112 — 23" matches: passes.
        ["v3-h181-wm-cawthorne-cooksey-and-habituation"] = new(
            """
            WMPT Visit Submission
            Therapist name: Bridget Kowalczyk, PT, DPT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 23
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: Cawthorne-Cooksey head and eye exercises progressed from sitting to standing; habituation to rolling to the L in bed and bending to the woodstove; walking the gravel drive to the mailbox with head turns
            What impairment(s) did you treat today?: L vestibular hypofunction, dizzy every time he bends to load the woodstove
            Objective measures today (test name and result): DGI 18/24; Motion Sensitivity Quotient 17 (28 at eval)
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // ISU 97140, Mulligan SNAGs to C5-6 and sustained natural apophyseal glides into rotation, suboccipital release; R cervical rotation stiffness turning to watch the hockey bench; degrees; "Minutes — 97140: 12" matches: passes.
        ["v3-h181-isu-mulligan-snags-97140"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Hannah Lindqvist
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97140
            Minutes — 97140: 12
            Treatment format (select one): Individual
            Interventions (list each with parameters): Mulligan SNAGs at C5-6 into R rotation, 3 sets of 6; suboccipital release; STM to the R levator scapulae
            Impairment(s) targeted: R cervical rotation stiffness, the retired coach can't turn to watch the bench from the top of the stands
            Outcome measures (name: score): cervical rotation R 48° before, 61° after
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // WMPT two-code, Maitland grade III PA glides to L4-5 (97140) and prone press-ups, bird-dogs and bridges with doses (97110); low-back stiffness and weak trunk extensors; matrix "97140 — 11" and "97110 — 16" match: passes.
        ["v3-h181-wm-maitland-glides-and-ther-ex"] = new(
            """
            WMPT Visit Submission
            Therapist name: Jonah Reese, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97140, 97110
            Minutes for each code you selected:
            97140 — 11
            97110 — 16
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: Manual: Maitland grade III central PA glides L4-5, 3 bouts of 30 s, on the massage table I carry. Exercise: prone press-ups 2x10, bird-dogs 3x8 each side, bridges 3x12.
            What impairment(s) did you treat today?: L4-5 stiffness and weak lumbar extensors; the retired bus driver can't stand up straight after sitting
            Objective measures today (test name and result): lumbar extension 15° to 22° after the glides
            """,
            ["M54.50", "M62.830"], [PT("97140", 11), PT("97110", 16)], []),

        // ISU 97110, Copenhagen adductor planks and blood-flow-restriction leg press with doses and cuff pressure; L adductor and quad weakness; "Minutes — 97110: 20" matches: passes.
        ["v3-h181-isu-copenhagen-and-bfr-97110"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Eli Santangelo
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97110
            Minutes — 97110: 20
            Treatment format (select one): Individual
            Interventions (list each with parameters): Copenhagen adductor planks, short lever, 3x20 s each side; blood-flow-restriction leg press, cuff at 80% limb occlusion pressure, 30/15/15/15 at 30 lb
            Impairment(s) targeted: L adductor and quadriceps weakness after the groin strain; the masters Nordic skier can't push off on the skate stride
            Outcome measures (name: score): —
            Student confidence today (1–5): 4
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["S76.212D", "M62.81"], [PT("97110", 20)], []),

        // WMPT, Tai Ji Quan: Moving for Better Balance forms with the weight shifts and single-leg transitions described; poor weight transfer and a narrow limit of stability; FRT and TUG; one-on-one; "97112 — 22" matches: passes.
        ["v3-h181-wm-tai-ji-quan-forms"] = new(
            """
            WMPT Visit Submission
            Therapist name: Theo Amankwah, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 22
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: Tai Ji Quan: Moving for Better Balance — "Brush Knee" and "Repulse Monkey" forms with slow weight transfer front to back foot and single-leg transitions, then the same stepping to the side along the couch
            What impairment(s) did you treat today?: slowed weight transfer and a narrow limit of stability; he stalls over the back foot turning at the sink
            Objective measures today (test name and result): Functional Reach 7 in; TUG 13.9 s
            """,
            ["R26.89", "Z91.81"], [PT("97112", 22)], []),

        // ISU 97110, Copenhagen adductor planks and side-lying adduction named with no dose, no result and no number but the code and its minutes (no rating asked); adductor weakness: measure missing.
        ["v3-h181-isu-copenhagen-no-dose"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Marcus Oyelaran
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97110
            Minutes — 97110: 17
            Treatment format (select one): Individual
            Interventions (list each with parameters): Copenhagen adductor planks, short lever; side-lying hip adduction
            Impairment(s) targeted: R adductor weakness after the groin strain, pain pushing off on the pickleball court
            Outcome measures (name: score): —
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["S76.211D"], [PT("97110", 17)], [At(Measure, "97110")]),

        // WMPT, PNF D1 flexion and extension patterns for the leg and rhythmic stabilisation named, "What impairment(s) did you treat today?:" left empty; one-on-one; Berg given; "97112 — 21" matches: deficit missing.
        ["v3-h181-wm-pnf-d1-impairment-empty"] = new(
            """
            WMPT Visit Submission
            Therapist name: Bridget Kowalczyk, PT, DPT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 21
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: PNF D1 flexion and extension patterns of the R leg in side-lying and standing at the counter; rhythmic stabilization in sitting on the edge of the bed
            What impairment(s) did you treat today?:
            Objective measures today (test name and result): Berg 39/56
            """,
            ["I69.351"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits in these writers' words, and none

        // Halyard, "What's the problem we're chasing?: the pelvic floor fires after the cough instead of before it"; the Knack with coughs and the kettle lift, quick flicks in standing; Modified Oxford and a cough-test count; "97112 — 22" matches: passes.
        ["v4-h181-hal-fires-after-the-cough"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 22
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): the Knack with a voluntary cough in sitting, standing and lifting the kettle; quick flicks in standing; timing drills — squeeze on my "now", cough on the second cue
            What's the problem we're chasing?: her pelvic floor fires after the cough instead of before it; the choir alto leaks on the high notes and every cough
            Numbers! (scores, seconds, microvolts, grades): Modified Oxford 3/5; dry on 4 of 5 standing coughs with the Knack (1 of 5 last week)
            How did she feel leaving? (1–10): 9
            """,
            ["N39.3"], [PT("97112", 22)], []),

        // Halyard, "a head turn at the ferry rail sets the car deck spinning"; gaze stabilisation X1 with the card on a busy background, walking with head turns on the ramp; R vestibular hypofunction; DVA and FGA; "97112 — 25" matches: passes.
        ["v4-h181-hal-head-turn-at-the-ferry-rail"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 25
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): gaze stabilization X1 with the card on the ferry-schedule poster, standing then walking; walking the clinic ramp with head turns; standing on the foam with eyes closed and head nods
            What's the problem we're chasing?: R vestibular hypofunction — a quick head turn at the ferry rail sets the car deck spinning for the deckhand, and he veers R on the ramp
            Numbers! (scores, seconds, microvolts, grades): dynamic visual acuity 3 lines lost (5 at eval); FGA 21/30
            """,
            ["H81.21"], [PT("97112", 25)], []),

        // WMPT, "knee buckles stepping down off the porch"; step-downs with perturbations, eccentric control drills on the porch step with mirror feedback; quadriceps motor control; step-down count and FGA; one-on-one; "97112 — 22" matches: passes.
        ["v4-h181-wm-knee-buckles-off-the-porch"] = new(
            """
            WMPT Visit Submission
            Therapist name: Jonah Reese, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 22
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: step-downs off the porch step with light perturbations at the knee, slow eccentric lowering with the hall mirror for feedback, tap-downs on the bottom stair with the cat moved out of the way
            What impairment(s) did you treat today?: poor quadriceps motor control on the R — the knee buckles stepping down off the porch with the hop baskets
            Objective measures today (test name and result): 7 of 10 step-downs without a buckle; FGA 20/30
            """,
            ["Z96.651", "R26.89"], [PT("97112", 22)], []),

        // ISU, the curler who "can't hold the slide" — single-leg balance in a lunge on the slider board, perturbations at the trunk; L hip and trunk postural control; holds and Y-balance; individual; "Minutes — 97112: 24" matches: passes.
        ["v4-h181-isu-curler-cant-hold-the-slide"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Kaylee Brandt
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Minutes — 97112: 24
            Treatment format (select one): Individual
            Interventions (list each with parameters): lunge holds on the slider board with trunk perturbations; single-leg balance on the L in the delivery position with a broom on the floor; reactive reaching to CI cues
            Impairment(s) targeted: L hip and trunk postural control — the curler can't hold the slide out of the hack, tips over the L knee
            Outcome measures (name: score): slide-position hold 9 s (4 s last week); Y-balance posteromedial L 71 cm
            Student confidence today (1–5): 4
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["Z96.652"], [PT("97112", 24)], []),

        // Halyard, "the pelvic floor won't let go — she can't start the stream in the marina restroom"; reverse Kegels with sEMG, diaphragmatic breathing; microvolts; "97112 — 23" matches: passes.
        ["v4-h181-hal-pelvic-floor-wont-let-go"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 23
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): reverse Kegels with sEMG feedback in child's pose then sitting; diaphragmatic breathing with the "let the floor drop" cue; contract-relax pairs, relax held twice as long
            What's the problem we're chasing?: the pelvic floor won't let go — the boat builder can't start the stream in the marina restroom and sits with a clenched floor all day
            Numbers! (scores, seconds, microvolts, grades): sEMG resting tone 9.2 µV down to 3.8 µV; relax to baseline in 8 s
            """,
            ["R39.11", "M62.89"], [PT("97112", 23)], []),

        // WMPT, "What impairment(s) did you treat today?: None noted" with foam and perturbation work named and a Berg; one-on-one; "97112 — 22" matches: deficit missing.
        ["v4-h181-wm-impairment-none-noted"] = new(
            """
            WMPT Visit Submission
            Therapist name: Lacey Pruitt, PTA
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 22
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: foam stance with eyes closed, backward and lateral perturbations, stepping over the rolled towel
            What impairment(s) did you treat today?: None noted
            Objective measures today (test name and result): Berg 45/56
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // Halyard, "What's the problem we're chasing?: Still figuring that out" beside X1 viewing and habituation with a DGI; "97112 — 24" matches: deficit missing.
        ["v4-h181-hal-problem-still-figuring-out"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 24
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: —
            Tell me what we did (techniques, positions, cues): X1 viewing horizontal and vertical in sitting and standing; habituation to sit to supine with the head turned
            What's the problem we're chasing?: Still figuring that out
            Numbers! (scores, seconds, microvolts, grades): DGI 20/24
            """,
            ["H81.399"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // ISU, "Impairment(s) targeted: see eval" beside BAPS and perturbation work with holds; individual; "Minutes — 97112: 21" matches: deficit missing.
        ["v4-h181-isu-impairment-see-eval"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Eli Santangelo
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97112
            Minutes — 97112: 21
            Treatment format (select one): Individual
            Interventions (list each with parameters): BAPS board level 2 both directions; perturbation training on the mat; single-leg stance on the half foam roll
            Impairment(s) targeted: see eval
            Outcome measures (name: score): BAPS 25 s without an edge touch; half-roll stance 14 s
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["S93.401D"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and none

        // Halyard, Modified Oxford grade, sEMG microvolts at rest and on a squeeze and a PERFECT score; quick flicks and endurance holds in standing and the lift from the car seat; weak pelvic floor endurance; "97112 — 24" matches: passes.
        ["v5-h181-hal-oxford-semg-and-perfect"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 24
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): endurance holds and quick flicks in standing with sEMG feedback; pre-contraction timed to the lift of a weighted doll out of the car seat; exhale-on-effort cue
            What's the problem we're chasing?: poor pelvic floor endurance and late recruitment on lifting — the grandmother leaks lifting the toddler
            Numbers! (scores, seconds, microvolts, grades): Modified Oxford 3/5; PERFECT 3/6/8/10; sEMG rest 2.9 µV, squeeze 24 µV; dry on 5 of 6 lifts of the 22 lb doll
            How did she feel leaving? (1–10): 8
            """,
            ["N39.3", "N81.11"], [PT("97112", 24)], []),

        // ISU, mCTSIB as four conditions in seconds; foam stance with head turns, eyes-closed weight shifts, perturbations; somatosensory dependence on vision; individual; "Minutes — 97112: 23" matches: passes.
        ["v5-h181-isu-mctsib-four-conditions"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Hannah Lindqvist
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Minutes — 97112: 23
            Treatment format (select one): Individual
            Interventions (list each with parameters): foam stance with head turns; eyes-closed weight shifts on the foam; anterior and posterior perturbations on the firm floor, then on foam
            Impairment(s) targeted: reduced somatosensory use and over-reliance on vision; the emeritus geology professor sways on snow in the dark
            Outcome measures (name: score): mCTSIB firm EO 30 s, firm EC 30 s, foam EO 30 s, foam EC 12 s (6 s at eval)
            Self-reflection: should have progressed to head turns on foam sooner
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // WMPT 97530, sit-to-stand from the recliner, carrying split wood from the porch to the woodstove and loading it, with counts, load and assistance; L hip and trunk weakness; "97530 — 24" matches: passes.
        ["v5-h181-wm-97530-firewood-to-the-woodstove"] = new(
            """
            WMPT Visit Submission
            Therapist name: Theo Amankwah, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97530
            Minutes for each code you selected:
            97530 — 24
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: sit-to-stand from the recliner without pushing on the arms; carrying split wood in the canvas carrier from the porch to the woodstove, squatting to load it
            What impairment(s) did you treat today?: L hip and trunk weakness, she can't keep the woodstove going through the night on her own
            Objective measures today (test name and result): sit-to-stand 10x without arms, 30-second chair stand 11; 6 trips of about 12 lb each with SBA
            """,
            ["M62.81", "R26.89"], [PT("97530", 24)], []),

        // ISU, Y-balance reach in centimetres and FGA; reactive stepping and single-leg hops; R ankle proprioception; individual; "Minutes — 97112: 22" matches: passes.
        ["v5-h181-isu-y-balance-and-fga"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Marcus Oyelaran
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97112
            Minutes — 97112: 22
            Treatment format (select one): Individual
            Interventions (list each with parameters): reactive stepping to CI pushes; single-leg hops to stick on the R; star-excursion reaching on the R leg with eyes closed
            Impairment(s) targeted: R ankle proprioception after the sprain on the Presque Isle snowshoe trail; he rolls it on uneven snow
            Outcome measures (name: score): Y-balance composite R 84% vs L 93%; FGA 26/30
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // WMPT 97116, walker to cane across the kitchen, the gravel drive and two porch steps, with distances and assistance levels; L foot drag after a stroke; "97116 — 23" matches: passes.
        ["v5-h181-wm-97116-gravel-drive-distance"] = new(
            """
            WMPT Visit Submission
            Therapist name: Jonah Reese, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97116
            Minutes for each code you selected:
            97116 — 23
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: gait training from the rolling walker to the single-point cane across the kitchen, down the gravel drive to the mailbox and back, and the two porch steps with the rail; cues for L hip flexion in swing and heel strike
            What impairment(s) did you treat today?: L foot drag and a short R step after the R CVA
            Objective measures today (test name and result): 180 ft with the cane on gravel CGA; porch steps step-to with the rail SBA
            """,
            ["I69.354"], [PT("97116", 23)], []),

        // WMPT, "Objective measures today (test name and result): will test next visit" and no number but the code and its minutes; technique, deficit and one-on-one present: measure missing.
        ["v5-h181-wm-will-test-next-visit"] = new(
            """
            WMPT Visit Submission
            Therapist name: Bridget Kowalczyk, PT, DPT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 22
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: foam stance in the hallway with eyes closed, tandem walking along the quilt frame, lateral perturbations at the hips
            What impairment(s) did you treat today?: decreased proprioception in both feet with the neuropathy, the quilter loses her balance reaching across the frame
            Objective measures today (test name and result): will test next visit
            """,
            ["E11.42"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Halyard, "Numbers!: forgot the stopwatch, she looked steadier" and no number but the code and its minutes (no rating); gaze stabilisation and head-turn walking; L vestibular hypofunction; "97112 — 23" matches: measure missing.
        ["v5-h181-hal-forgot-the-stopwatch"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 23
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): gaze stabilization with the card held at arm's length, head moving and eyes on the card, standing on the foam; walking the hall with head turns and stopping on cue
            What's the problem we're chasing?: L vestibular hypofunction; the retired marine-science teacher gets the spins turning to look at the tide pools
            Numbers! (scores, seconds, microvolts, grades): forgot the stopwatch — she looked steadier than last time
            """,
            ["H81.22"], [PT("97112", 23)], [At(Measure, "97112")]),

        // ISU, "Outcome measures (name: score): —" and no number but the code and its minutes (no rating asked); PNF and perturbation work, trunk motor control; individual: measure missing.
        ["v5-h181-isu-outcome-measures-dash"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Kaylee Brandt
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97112
            Minutes — 97112: 24
            Treatment format (select one): Individual
            Interventions (list each with parameters): PNF rhythmic stabilization in sitting on the physioball; perturbation training in half-kneel; reaching across midline on the ball with eyes closed
            Impairment(s) targeted: poor trunk motor control after the R MCA stroke, leans to the L in sitting
            Outcome measures (name: score): —
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["I69.351"], [PT("97112", 24)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these forms' shapes, true mismatches, truly missing separate time

        // WMPT two-code, matrix pairs "97112 — 23" and "97110 — 15"; both codes complete; one-on-one: passes.
        ["v6-h181-wm-matrix-two-codes"] = new(
            """
            WMPT Visit Submission
            Therapist name: Theo Amankwah, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112, 97110
            Minutes for each code you selected:
            97112 — 23
            97110 — 15
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: Balance: backward perturbations at the hips in the kitchen, tandem walking on the runner, step-and-stick to the bath mat. Strength: sit-to-stands from the kitchen chair 3x10, standing hip abduction with the yellow band 3x12, heel raises at the counter 3x15.
            What impairment(s) did you treat today?: delayed stepping reaction backward; weak hip abductors and calves, the hop grower can't walk the rows on the slope
            Objective measures today (test name and result): Berg 46/56; 7 of 10 backward perturbations with one step
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Halyard two-code, "How long for each? (minutes): 97112 — 25; 97140 — 12" on one line; sEMG down-training and scar and adductor soft-tissue work, both complete: passes.
        ["v6-h181-hal-how-long-each-on-one-line"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112, 97140
            How long for each? (minutes): 97112 — 25; 97140 — 12
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): Re-ed: down-training with sEMG in hook-lying, diaphragmatic breathing with the lengthening cue, contract then fully release. Manual: scar mobilization along the C-section scar, soft tissue mobilization to the adductors and obturator internus, 3 x 90 s holds.
            What's the problem we're chasing?: pelvic floor overactivity with pain sitting on the rowing seat; the C-section scar is stuck down on the L
            Numbers! (scores, seconds, microvolts, grades): sEMG rest 8.4 µV to 3.6 µV; scar moves freely in 3 of 4 directions (1 of 4 at eval)
            """,
            ["M62.89", "L90.5"], [PT("97112", 25), PT("97140", 12)], []),

        // ISU, a clock range on the code's own line "Time — 97112: 14:05–14:28" (23 minutes) on a 23-minute line; individual; complete: passes.
        ["v6-h181-isu-clock-range-on-the-code-line"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Eli Santangelo
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Time — 97112: 14:05–14:28
            Treatment format (select one): Individual
            Interventions (list each with parameters): step-and-stick onto foam, R leading; weight shifts onto the R with tapping to the quads; reactive steps to CI pushes
            Impairment(s) targeted: R hemiparesis after the L CVA, poor R weight acceptance and a late R step
            Outcome measures (name: score): FGA 17/30; step-and-stick 7 of 10 without a hand
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // Halyard, an edit noted: "Edited after submitting: changed 97112 minutes from 30 to 24 — I typed the slot length"; the edited 24 matches the line; complete: passes.
        ["v6-h181-hal-edit-corrected-the-minutes"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 24
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): habituation to rolling R and to bending to the floor; gaze stabilization X2 standing; walking with head turns on the deck boards out back
            What's the problem we're chasing?: R vestibular hypofunction with motion sensitivity bending over the boat hull
            Numbers! (scores, seconds, microvolts, grades): MSQ 14 (26 at eval); DGI 21/24
            (This response was edited after submitting by Inés Calloway: changed 97112 minutes from 30 to 24 — I typed the slot length.)
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // WMPT, matrix pair "97112 — 30" on an 18-minute line: mismatch; otherwise complete.
        ["v6-h181-wm-matrix-thirty-on-eighteen"] = new(
            """
            WMPT Visit Submission
            Therapist name: Lacey Pruitt, PTA
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 30
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: rocker board M/L with eyes closed, tandem stance on the couch cushion, lateral perturbations
            What impairment(s) did you treat today?: proprioceptive loss in the L ankle after the fracture, rolls it on the barn floor
            Objective measures today (test name and result): rocker M/L 15 s without an edge touch; 6 of 10 perturbations without a step
            """,
            ["S82.62XD"], [PTA("97112", 18)], [At(Mismatch, "97112")]),

        // ISU, "Minutes — 97110: 15" on a 27-minute line: mismatch; squats, lunges and bridges with doses, knee weakness.
        ["v6-h181-isu-box-fifteen-on-twenty-seven"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Hannah Lindqvist
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97110
            Minutes — 97110: 15
            Treatment format (select one): Individual
            Interventions (list each with parameters): box squats 3x10; reverse lunges 3x8 each; bridges with a 10 lb plate 3x12; terminal knee extension with the black band 3x15
            Impairment(s) targeted: R quadriceps weakness after the R TKA, the ore-dock retiree can't rise from the low couch
            Outcome measures (name: score): —
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["Z96.651", "M62.81"], [PT("97110", 27)], [At(Mismatch, "97110")]),

        // Halyard, edited from 20 to 35 minutes ("changed 97112 minutes from 20 to 35") on a 22-minute line: the edited value stands and differs: mismatch; otherwise complete.
        ["v6-h181-hal-edited-value-still-differs"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 35
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): the Knack before coughs and before lifting the crab pot; quick flicks in standing; sEMG timing drills
            What's the problem we're chasing?: late pelvic floor recruitment, leaks hauling the crab pot onto the dock
            Numbers! (scores, seconds, microvolts, grades): Modified Oxford 3/5; dry on 3 of 5 coughs
            (This response was edited after submitting by Inés Calloway: changed 97112 minutes from 20 to 35.)
            """,
            ["N39.3"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // WMPT two-code with the whole minutes matrix skipped ("Minutes for each code you selected: —"); both codes complete: separate time missing.
        ["v6-h181-wm-minutes-matrix-skipped"] = new(
            """
            WMPT Visit Submission
            Therapist name: Jonah Reese, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112, 97116
            Minutes for each code you selected: —
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: Balance: foam stance with head turns, lateral perturbations in the doorway. Gait: cane training through the living room, the kitchen and the back steps, cues for a longer L step.
            What impairment(s) did you treat today?: impaired postural control and a short L step after the R CVA
            Objective measures today (test name and result): 6 of 10 perturbations without a step; 150 ft with the quad cane SBA; back steps with the rail CGA
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 14)], [SepTime]),

        // ISU two-code with only "Total treatment time (minutes): 38" and no minutes for either code; both codes complete: separate time missing.
        ["v6-h181-isu-total-treatment-time-only"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Marcus Oyelaran
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112, 97110
            Total treatment time (minutes): 38
            Treatment format (select one): Individual
            Interventions (list each with parameters): NMR: BAPS level 3, single-leg stance on Airex with ball toss, lateral hops to stick. Ther ex: calf raises off the step 3x15, banded ankle eversion with the green band 3x20, step-downs 3x10.
            Impairment(s) targeted: L ankle proprioception and peroneal weakness after the sprain on the pickleball court
            Outcome measures (name: score): single-leg stance on Airex L 16 s; 5 of 8 hops stuck
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["S93.402D"], [PT("97112", 24), PT("97110", 14)], [SepTime]),

        // Halyard two-code with "How long for each? (minutes): 97112 — 22; 97110 — N/A"; both codes complete: separate time missing.
        ["v6-h181-hal-one-code-minutes-na"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112, 97110
            How long for each? (minutes): 97112 — 22; 97110 — N/A
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): Re-ed: the Knack with coughs and lifts, quick flicks with sEMG. Exercise: bridges with a ball squeeze 3x12, squats to the bench 3x10, side planks from the knees 3x20 s.
            What's the problem we're chasing?: late pelvic floor recruitment with leaking on coughs; weak glutes and hip abductors
            Numbers! (scores, seconds, microvolts, grades): Modified Oxford 3/5; dry on 4 of 5 coughs
            """,
            ["N39.3", "M62.81"], [PT("97112", 22), PT("97110", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty export on a two-code visit with a diagnosis (the form's text field never reached the billing file): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h181-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A note of spaces and line breaks only on a 97140 with a diagnosis: note missing only.
        ["v7-h181-spaces-and-line-breaks-97140"] = new(
            " \n \n   \n",
            ["M54.2"], [PT("97140", 12)], [At(NoteMissing, "97140")]),

        // An empty note on a PTA's 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h181-empty-note-pta-97116-no-dx"] = new(
            "",
            [], [PTA("97116", 22)], [At(NoteMissing, "97116"), Dx]),

        // 97110's meaning on a WMPT form: wall slides, seated rows with the red band, shoulder flexion with a cane, with sets and reps (technique and measure), R shoulder weakness after a rotator-cuff repair (deficit); "97110 — 19" matches: passes.
        ["v7-h181-wm-97110-after-a-cuff-repair"] = new(
            """
            WMPT Visit Submission
            Therapist name: Bridget Kowalczyk, PT, DPT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97110
            Minutes for each code you selected:
            97110 — 19
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: wall slides 2x12; seated rows with the red band 3x12; supine shoulder flexion with the cane 2x15; sidelying ER with a 1 lb can of soup 3x10
            What impairment(s) did you treat today?: R shoulder flexion and external rotation weakness after the rotator-cuff repair; can't reach the hooks to hang the hop bines
            Objective measures today (test name and result): —
            """,
            ["M75.121", "Z98.890"], [PT("97110", 19)], []),

        // 97530's meaning on an ISU form: floor-to-stand through half-kneel, carrying the curling stone bag and lifting it onto the bench, with counts, load and assistance (technique and measure), hip and trunk weakness (deficit); "Minutes — 97530: 21" matches: passes.
        ["v7-h181-isu-97530-floor-to-stand-and-carry"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Kaylee Brandt
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97530
            Minutes — 97530: 21
            Treatment format (select one): Individual
            Interventions (list each with parameters): floor-to-stand through half-kneel using the bench 6x SBA; carrying a 20 lb gear bag 60 ft and lifting it onto the bench 5x; getting down to and up from the ice-level kneel position on the mat 4x
            Impairment(s) targeted: hip extensor and trunk weakness; he can't get up off the ice without grabbing the boards
            Outcome measures (name: score): —
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["M62.81", "Z96.641"], [PT("97530", 21)], []),

        // 97140's meaning on a Halyard form: myofascial release to the coccygeus and levator ani externally, sacroiliac grade III mobilisation (technique), sacral and coccyx pain sitting on the ferry bench (deficit), holds and bouts (measure); "97140 — 13" matches: passes.
        ["v7-h181-hal-97140-coccyx-and-si"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97140
            How long for each? (minutes): 97140 — 13
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): external myofascial release to the L coccygeus and levator ani in side-lying, 4 x 90 s holds; grade III L sacroiliac mobilization in prone, 3 bouts
            What's the problem we're chasing?: coccyx and L sacroiliac pain sitting on the hard ferry bench; the muscles beside the tailbone are guarded
            Numbers! (scores, seconds, microvolts, grades): hip internal rotation L 28° before, 36° after
            """,
            ["M53.3", "M53.2X8"], [PT("97140", 13)], []),

        // 97116's meaning on a WMPT PTA form: walker gait through the farmhouse doorways and the porch ramp with weight-shift cues (technique), R knee stiffness and a short stance on the R after a TKA (deficit), distance and assistance (measure); "97116 — 22" matches: passes.
        ["v7-h181-wm-pta-97116-porch-ramp"] = new(
            """
            WMPT Visit Submission
            Therapist name: Lacey Pruitt, PTA
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97116
            Minutes for each code you selected:
            97116 — 22
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: gait training with the rolling walker through the farmhouse doorways and down the porch ramp, cues for heel strike and full knee extension in stance on the R
            What impairment(s) did you treat today?: R knee stiffness and a short stance on the R after the TKA
            Objective measures today (test name and result): 220 ft with the walker SBA; porch ramp up and down CGA
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 22)], []),

        // WMPT generic: "Balance training" / "Tolerated well" / "Continue POC", impairment skipped, one-on-one selected — no technique, deficit or number but the code and its minutes.
        ["v7-h181-wm-generic-balance-training"] = new(
            """
            WMPT Visit Submission
            Therapist name: Theo Amankwah, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 22
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: Balance training
            What impairment(s) did you treat today?: —
            Objective measures today (test name and result): Tolerated well
            Anything the office should know? (optional): Continue POC
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // ISU generic: "Worked on balance and coordination" / "Pt did great", impairment "—", no rating asked — nothing named and no one-on-one answer (the format question skipped "—").
        ["v7-h181-isu-generic-pt-did-great"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Eli Santangelo
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Minutes — 97112: 23
            Treatment format (select one): —
            Interventions (list each with parameters): Worked on balance and coordination
            Impairment(s) targeted: —
            Outcome measures (name: score): Pt did great
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Halyard two-code generic: "ther ex and manual as usual, tolerated well", system skipped, minutes for each given (97110 — 15; 97140 — 10, matching) — nothing named for either code.
        ["v7-h181-hal-generic-two-codes-as-usual"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97110, 97140
            How long for each? (minutes): 97110 — 15; 97140 — 10
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: —
            Tell me what we did (techniques, positions, cues): ther ex and manual as usual, tolerated well
            What's the problem we're chasing?: continue POC
            Numbers! (scores, seconds, microvolts, grades): —
            """,
            ["M62.89"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes

        // WMPT Oneonta, one-on-one; perturbations and foam work at the kitchen island, a granddaughter at the table doing homework; ankle proprioception; Berg and perturbation counts; "97112 — 24" matches: passes.
        ["vord-h181-wm-oneonta-kitchen-island"] = new(
            """
            WMPT Visit Submission
            Therapist name: Bridget Kowalczyk, PT, DPT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 24
            How was the treatment delivered? (select one): One-on-one with the therapist
            Who else was present? (optional): granddaughter, doing homework at the table
            Describe the skilled interventions you performed: foam stance at the kitchen island with eyes closed; anterior and posterior perturbations; tandem walking along the counter with head turns
            What impairment(s) did you treat today?: decreased ankle proprioception with a slow ankle strategy; he's 84 and fell twice on the cellar stairs this fall
            Objective measures today (test name and result): Berg 42/56; 6 of 10 posterior perturbations with one step
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // WMPT Cooperstown, two-code 97112 and 97110 matrix; one-on-one; reactive stepping and step-ups with doses; hip weakness and delayed stepping; matching: passes.
        ["vord-h181-wm-cooperstown-two-codes"] = new(
            """
            WMPT Visit Submission
            Therapist name: Jonah Reese, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112, 97110
            Minutes for each code you selected:
            97112 — 22
            97110 — 16
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: Balance: reactive stepping to pushes in four directions, step-and-stick onto the braided rug, stepping over the dog's water bowl without looking. Strength: step-ups onto the 7 in stair 3x10, mini squats at the counter 3x12, standing hip abduction with the green band 3x12.
            What impairment(s) did you treat today?: delayed reactive stepping; hip and quad weakness on stairs; the retired usher wants back to the ballpark museum
            Objective measures today (test name and result): TUG 12.6 s; 8 of 12 pushes recovered with one step
            Anything the office should know? (optional): next visit Thursday 12/10
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 16)], []),

        // WMPT Norwich PTA 97110, lower-extremity strengthening with doses; L knee weakness after TKA; "97110 — 18" matches: passes.
        ["vord-h181-wm-norwich-pta-97110"] = new(
            """
            WMPT Visit Submission
            Therapist name: Lacey Pruitt, PTA
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97110
            Minutes for each code you selected:
            97110 — 18
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: long-arc quads with a 3 lb ankle weight 3x12; heel slides 2x15; sit-to-stands from the dining chair 3x8; standing terminal knee extension with the red band 3x15
            What impairment(s) did you treat today?: L quad weakness and limited knee flexion after the L TKA
            Objective measures today (test name and result): knee flexion 98° (91° last visit)
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 18)], []),

        // WMPT Sidney, X1 and habituation, vestibular hypofunction; wife present; DGI; "97112 — 23" matches: passes.
        ["vord-h181-wm-sidney-vestibular"] = new(
            """
            WMPT Visit Submission
            Therapist name: Theo Amankwah, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 23
            How was the treatment delivered? (select one): One-on-one with the therapist
            Who else was present? (optional): wife
            Describe the skilled interventions you performed: X1 viewing with the calendar as the target, standing on the carpet then on the pillow; habituation to looking up at the top cupboard and back down; walking to the mailbox with head turns
            What impairment(s) did you treat today?: L vestibular hypofunction, dizzy looking up and veering on the drive
            Objective measures today (test name and result): DGI 19/24; 3 lines lost on dynamic visual acuity
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // WMPT Delhi, three codes (97112, 97110, 97140) each in the matrix; one-on-one; all complete: passes.
        ["vord-h181-wm-delhi-three-codes"] = new(
            """
            WMPT Visit Submission
            Therapist name: Jonah Reese, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112, 97110, 97140
            Minutes for each code you selected:
            97112 — 15
            97110 — 13
            97140 — 10
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: Balance: tandem walk along the hall, single-leg stance at the counter with perturbations. Strength: bridges 3x12, clamshells with the blue band 3x15. Manual: grade III posterior glides to the R hip, 3 bouts of 30 s.
            What impairment(s) did you treat today?: impaired single-leg postural control on the R; R hip weakness and capsular stiffness with the OA
            Objective measures today (test name and result): single-leg stance R 6 s; hip IR R 18° to 24° after the glides
            """,
            ["M16.11", "R26.89"], [PT("97112", 15), PT("97110", 13), PT("97140", 10)], []),

        // WMPT, a submission edited after submitting to add a measure ("Edited after submitting: added the TUG"); complete; one-on-one; "97112 — 22" matches: passes.
        ["vord-h181-wm-edited-to-add-the-tug"] = new(
            """
            WMPT Visit Submission
            Therapist name: Bridget Kowalczyk, PT, DPT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 22
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: turning drills around the kitchen island with cues to step wide; obstacle negotiation over the throw rug and the cat's dish; backward walking along the counter
            What impairment(s) did you treat today?: freezing and festination turning in tight spaces with the Parkinson's
            Objective measures today (test name and result): TUG 16.4 s; 360° turn in 9 steps
            Edit history: edited after submitting by Bridget Kowalczyk — added the TUG and the turn count to the objective measures.
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // WMPT 97530 in the barn: lifting and carrying the hop-pole twine bucket, stepping over the sill; counts and loads; trunk and hip weakness; "97530 — 20" matches: passes.
        ["vord-h181-wm-97530-barn-chores"] = new(
            """
            WMPT Visit Submission
            Therapist name: Theo Amankwah, PT
            Visit location (select one): Other (please specify): patient's barn, same property
            Which codes are you billing for this visit? (select all that apply): 97530
            Minutes for each code you selected:
            97530 — 20
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: lifting the twine bucket from the floor with a hip hinge and carrying it across the barn; stepping over the door sill carrying it; reaching up to hang the coils on the pegs
            What impairment(s) did you treat today?: trunk and L hip weakness after the fall on the barn ramp; he rounds his back and catches his toe on the sill
            Objective measures today (test name and result): 8 lifts of the 15 lb bucket; 5 sill crossings loaded with SBA
            """,
            ["M62.81", "Z91.81"], [PT("97530", 20)], []),

        // WMPT 97140 and 97110, cervical: STM and glides with doses, chin tucks and rows; neck stiffness; matrix matches: passes.
        ["vord-h181-wm-cervical-two-codes"] = new(
            """
            WMPT Visit Submission
            Therapist name: Bridget Kowalczyk, PT, DPT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97140, 97110
            Minutes for each code you selected:
            97140 — 12
            97110 — 14
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: Manual: suboccipital release; L C4-5 unilateral PA glides grade III, 3 x 30 s; STM to the L upper trap. Exercise: chin tucks 3x10 with a 5 s hold; rows with the red band 3x12; scapular retraction 2x15.
            What impairment(s) did you treat today?: L cervical rotation stiffness and weak deep neck flexors; the quilter's neck locks up over the frame
            Objective measures today (test name and result): cervical rotation L 50° to 62°
            """,
            ["M54.2"], [PT("97140", 12), PT("97110", 14)], []),

        // WMPT PTA 97116 with the daughter present, walker to cane on the farmhouse stairs; distance and assist; "97116 — 21" matches: passes.
        ["vord-h181-wm-pta-97116-farmhouse-stairs"] = new(
            """
            WMPT Visit Submission
            Therapist name: Lacey Pruitt, PTA
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97116
            Minutes for each code you selected:
            97116 — 21
            How was the treatment delivered? (select one): One-on-one with the therapist
            Who else was present? (optional): daughter
            Describe the skilled interventions you performed: gait training with the cane through the first floor and on the farmhouse staircase (14 steps) with the rail, reciprocal pattern up, step-to down, cues for R knee flexion in swing
            What impairment(s) did you treat today?: R knee stiffness and a stiff-knee gait after the R TKA
            Objective measures today (test name and result): 200 ft with the cane modified independent; stairs CGA
            """,
            ["Z96.651"], [PTA("97116", 21)], []),

        // WMPT, required diagnosis question answered "N/A" so the diagnosis column carries "N/A"; otherwise complete: diagnosis missing.
        ["vord-h181-wm-diagnosis-na"] = new(
            """
            WMPT Visit Submission
            Therapist name: Jonah Reese, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 23
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: perturbations on the foam, tandem walking with head turns, stepping over the extension cord
            What impairment(s) did you treat today?: impaired postural control with backward loss of balance
            Objective measures today (test name and result): Berg 44/56; 7 of 10 perturbations with one step
            """,
            ["N/A"], [PT("97112", 23)], [Dx]),

        // WMPT PTA's matrix "97110 — 15" on a 26-minute line: mismatch; otherwise complete.
        ["vord-h181-wm-pta-fifteen-on-twenty-six"] = new(
            """
            WMPT Visit Submission
            Therapist name: Lacey Pruitt, PTA
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97110
            Minutes for each code you selected:
            97110 — 15
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: bridges 3x12; side-lying hip abduction 3x12; heel raises at the counter 3x15; marching in place holding the counter 2x20
            What impairment(s) did you treat today?: bilateral hip and calf weakness, shuffles to the bathroom at night
            Objective measures today (test name and result): —
            """,
            ["M62.81"], [PTA("97110", 26)], [At(Mismatch, "97110")]),

        // WMPT, one-on-one; motor-control drills for the Parkinson's with big steps and weight shifts, a home health aide present; gait speed and TUG; "97112 — 25" matches: passes.
        ["vord-h181-wm-parkinsons-big-steps"] = new(
            """
            WMPT Visit Submission
            Therapist name: Theo Amankwah, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 25
            How was the treatment delivered? (select one): One-on-one with the therapist
            Who else was present? (optional): home health aide (in the kitchen)
            Describe the skilled interventions you performed: amplitude-based motor-learning drills — big forward and side steps to tape lines in the hall; weight shifts with arm swing; quick direction changes on my clap
            What impairment(s) did you treat today?: bradykinesia and reduced step amplitude with the Parkinson's, freezes in the bedroom doorway
            Objective measures today (test name and result): gait speed 0.78 m/s; TUG 14.1 s
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // ISU field house, the retired hockey coach; individual; PNF and perturbations on the slide board; R hip postural control after a THA; Berg and holds; "Minutes — 97112: 22" matches; confidence rating and self-reflection: passes.
        ["vord-h181-isu-hockey-coach-tha"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Marcus Oyelaran
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Minutes — 97112: 22
            Treatment format (select one): Individual
            Interventions (list each with parameters): PNF D2 patterns for the R leg in standing; lateral perturbations on the slide board; single-leg stance on the R with stick-handling reaches
            Impairment(s) targeted: R hip postural control after the R THA, Trendelenburg lurch and a wobble in single-leg stance
            Outcome measures (name: score): Berg 50/56; single-leg stance R 11 s (4 s at eval)
            Student confidence today (1–5): 4
            Self-reflection: cue less, let him feel it in the mirror
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS. Present and directing the entire billed service.
            """,
            ["Z96.641"], [PT("97112", 22)], []),

        // ISU Negaunee satellite, two codes (97112 and 97116) each in its box; individual; complete: passes.
        ["vord-h181-isu-negaunee-nmr-and-gait"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic — Negaunee)
            Student physical therapist (SPT): Hannah Lindqvist
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97112, 97116
            Minutes — 97112: 16
            Minutes — 97116: 14
            Treatment format (select one): Individual
            Interventions (list each with parameters): NMR: foam stance with eyes closed, tandem walking with head turns, stepping strategy to CI pushes. Gait: cane training on the clinic hall and the snowy-ramp simulation mat, cues for heel strike on the L.
            Impairment(s) targeted: somatosensory loss in both feet; L foot slap on uneven ground
            Outcome measures (name: score): tandem stance 12 s; 300 ft with the cane SBA; ramp mat CGA
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["E11.42", "R26.89"], [PT("97112", 16), PT("97116", 14)], []),

        // ISU masters Nordic skier 97110 with doses; L hamstring weakness; "Minutes — 97110: 16" matches: passes.
        ["vord-h181-isu-nordic-skier-97110"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Eli Santangelo
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97110
            Minutes — 97110: 16
            Treatment format (select one): Individual
            Interventions (list each with parameters): Nordic hamstring lowers, assisted, 3x5; single-leg RDL with a 15 lb kettlebell 3x8; slider hamstring curls 3x10
            Impairment(s) targeted: L hamstring weakness after the strain double-poling up the hill
            Outcome measures (name: score): handheld dynamometer knee flexion L 52 lb vs R 61 lb
            Student confidence today (1–5): 5
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["S76.312D"], [PT("97110", 16)], []),

        // ISU, a clinic complete note with no diagnosis in the claim: diagnosis missing only.
        ["vord-h181-isu-no-diagnosis"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Kaylee Brandt
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97112
            Minutes — 97112: 23
            Treatment format (select one): Individual
            Interventions (list each with parameters): BAPS level 4; single-leg stance on the Airex with perturbations; hop-to-stick on the foam
            Impairment(s) targeted: L ankle proprioception after the second sprain on the court
            Outcome measures (name: score): BAPS level 4 for 20 s; 6 of 10 hops stuck
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            [], [PT("97112", 23)], [Dx]),

        // ISU, the emeritus geology professor's vestibular note with a matrix "Symptom response — Mild" pair; X1, habituation, gait with head turns; L vestibular hypofunction; DGI; individual; "Minutes — 97112: 24" matches: passes.
        ["vord-h181-isu-professor-vestibular-matrix"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Hannah Lindqvist
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Minutes — 97112: 24
            Treatment format (select one): Individual
            Interventions (list each with parameters): X1 viewing horizontal with a busy background; habituation to bending to look at rock samples on the floor; walking with head turns and pivots
            Symptom response (matrix):
            X1 viewing — Mild
            Habituation — Moderate
            Walking with head turns — Mild
            Impairment(s) targeted: L vestibular hypofunction, dizziness and veering when he bends and looks up
            Outcome measures (name: score): DGI 18/24 (14 at eval)
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // ISU 97140 and 97110 knee, patellar mobilisation and tibiofemoral glides with doses, quad sets and step-ups; R knee stiffness after TKA; both boxes match: passes.
        ["vord-h181-isu-knee-manual-and-ex"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Marcus Oyelaran
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97140, 97110
            Minutes — 97140: 10
            Minutes — 97110: 17
            Treatment format (select one): Individual
            Interventions (list each with parameters): Manual: superior and inferior patellar glides, grade III tibiofemoral posterior glides, 3 x 30 s each. Exercise: quad sets 2x15, step-ups 3x10, recumbent bike for warm-up not billed.
            Impairment(s) targeted: R knee flexion stiffness and quad lag after the R TKA; he can't get his foot back to stand from the bleachers
            Outcome measures (name: score): knee flexion R 104° to 110° after the glides; quad lag 5°
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["Z96.651", "M25.661"], [PT("97140", 10), PT("97110", 17)], []),

        // ISU curling club member 97530, sliding out of the hack with a stabilizer and sweeping, with counts and assist; L hip and knee control; "Minutes — 97530: 19" matches: passes.
        ["vord-h181-isu-curling-97530"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Kaylee Brandt
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97530
            Minutes — 97530: 19
            Treatment format (select one): Individual
            Interventions (list each with parameters): simulated delivery from the hack on the slide board with the stabilizer, 8 reps; sweeping drill with the broom while walking on the slider sock 4 lengths; getting down to one knee and back up 6x
            Impairment(s) targeted: L hip and knee weakness after the L TKA, she can't get up from one knee on the ice
            Outcome measures (name: score): 6 of 8 deliveries held without a hand down; kneel-to-stand SBA
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["Z96.652"], [PT("97530", 19)], []),

        // ISU ore-dock retiree 97116, gait with the cane on the indoor track and the stairs to the mezzanine, distance and assist; R foot drop; "Minutes — 97116: 22" matches: passes.
        ["vord-h181-isu-ore-dock-97116"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Eli Santangelo
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97116
            Minutes — 97116: 22
            Treatment format (select one): Individual
            Interventions (list each with parameters): gait training with the AFO and the cane on the indoor track, cues for hip flexion to clear the R foot; stairs up to the mezzanine with the rail
            Impairment(s) targeted: R foot drop and circumduction after the L CVA
            Outcome measures (name: score): 2 laps (about 400 ft) with the cane SBA; 12 stairs with the rail CGA
            Self-reflection: try the metronome next time
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["I69.351"], [PT("97116", 22)], []),

        // ISU, a submission edited after submitting with the edit noted ("CI edited: Treatment format changed from — to Individual"); complete: passes.
        ["vord-h181-isu-ci-edited-format"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Marcus Oyelaran
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Minutes — 97112: 23
            Treatment format (select one): Individual
            Interventions (list each with parameters): perturbation training on the foam; stepping strategy drills over the hurdles; tandem walk with ball catches
            Impairment(s) targeted: delayed stepping reactions and poor postural control after the fall on the icy library steps
            Outcome measures (name: score): Mini-BESTest 21/28; 7 of 10 pushes with one step
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            Edit history: edited after submitting by the CI — Treatment format changed from unanswered to Individual; the session was one patient with the student and the CI.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // ISU pickleball player, shoulder 97110 with doses; R rotator cuff weakness; "Minutes — 97110: 15" matches: passes.
        ["vord-h181-isu-pickleball-shoulder-97110"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Hannah Lindqvist
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97110
            Minutes — 97110: 15
            Treatment format (select one): Individual
            Interventions (list each with parameters): side-lying ER with a 2 lb dumbbell 3x12; prone Y and T 2x10; band ER at 90° with the red band 3x12; serratus wall slides 2x12
            Impairment(s) targeted: R rotator cuff and lower trap weakness, pain on the overhead smash
            Outcome measures (name: score): —
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["M75.41", "M62.81"], [PT("97110", 15)], []),

        // ISU, the snowshoer's ankle note with a rating and a second matrix ("Cueing — Verbal; Assistance — None") beside real measures; individual; "Minutes — 97112: 21" matches: passes.
        ["vord-h181-isu-snowshoer-matrix-cueing"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Kaylee Brandt
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Minutes — 97112: 21
            Treatment format (select one): Individual
            Interventions (list each with parameters): single-leg stance on the rocker with eyes closed; stepping over the snowshoe-width hurdles; lateral perturbations on the foam
            Cueing and assistance (matrix):
            Cueing — Verbal
            Assistance — None
            Impairment(s) targeted: R ankle proprioception after the sprain in the deep snow off the trail
            Outcome measures (name: score): rocker single-leg R 10 s eyes closed; 8 of 10 perturbations without a step
            Student confidence today (1–5): 3
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["S93.401D"], [PT("97112", 21)], []),

        // ISU two-code with a Parkinson's patient: motor-learning drills and gait; both boxes; individual: passes.
        ["vord-h181-isu-parkinsons-nmr-and-gait"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Eli Santangelo
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112, 97116
            Minutes — 97112: 15
            Minutes — 97116: 15
            Treatment format (select one): Individual
            Interventions (list each with parameters): NMR: reactive stepping to the pull test drill, large-amplitude weight shifts, turning in a box with visual targets. Gait: treadmill walking with visual cue lines, then overground with auditory cueing at 110 bpm.
            Impairment(s) targeted: retropulsion and festination with the Parkinson's; short steps with freezing at doorways
            Outcome measures (name: score): pull test recovered in 2 steps (4 last month); 10-m walk 0.92 m/s
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["G20.A1"], [PT("97112", 15), PT("97116", 15)], []),

        // ISU, "Treatment format (select one): Individual" with an athletic-training student observing (optional question answered); landing and cutting drills; L knee neuromuscular control after ACL reconstruction; landings and hop ratio; "Minutes — 97112: 24" matches: passes.
        ["vord-h181-isu-athletic-trainer-observing"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Hannah Lindqvist
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97112
            Minutes — 97112: 24
            Treatment format (select one): Individual
            Others present (optional): an athletic-training student observing
            Interventions (list each with parameters): drop-landing to stick with mirror feedback; perturbation on the single-leg squat; reactive cutting to CI hand signals
            Impairment(s) targeted: L knee valgus and poor neuromuscular control on landing after the ACL reconstruction
            Outcome measures (name: score): 8 of 10 landings without valgus; single-leg hop L 88% of R
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["S83.512D"], [PT("97112", 24)], []),

        // Halyard, the rower's pelvic floor NMR; "Yes" to just you and me; sEMG-guided timing on the rowing machine; leaks on the drive; Modified Oxford and dry strokes; "97112 — 23" matches; feeling rating: passes.
        ["vord-h181-hal-rower-on-the-erg"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 23
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): pelvic floor timing on the rowing machine — pre-contract at the catch, hold through the drive — with sEMG on the screen; quick flicks in the catch position; exhale cue on the drive
            What's the problem we're chasing?: late pelvic floor recruitment under load; she leaks on hard strokes and on the boat-ramp hill
            Numbers! (scores, seconds, microvolts, grades): Modified Oxford 3/5; dry through 40 of 50 hard strokes
            How did she feel leaving? (1–10): 8
            """,
            ["N39.3"], [PT("97112", 23)], []),

        // Halyard, vestibular with her husband driving her and waiting in the car; VOR x1 and x2, habituation; central compensation after vestibular neuritis; FGA and DVA; "97112 — 24" matches: passes.
        ["vord-h181-hal-husband-in-the-car"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 24
            Was it just you and me the whole time? (required): Yes (Tom waited in the car)
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): VOR x1 standing on foam; VOR x2 seated; habituation to looking over the shoulder as if reversing the car; tandem walk with head turns
            What's the problem we're chasing?: R vestibular hypofunction after neuritis; oscillopsia and unsteady on head turns, she's stopped driving
            Numbers! (scores, seconds, microvolts, grades): FGA 20/30; dynamic visual acuity 2 lines lost
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // Halyard, both systems — vestibular and pelvic floor in one 97112 block described; "Which system did we work on?: Both"; complete: passes.
        ["vord-h181-hal-both-systems"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 25
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Both
            Tell me what we did (techniques, positions, cues): gaze stabilization X1 standing with a bent knee, then the Knack with a cough while turning the head; habituation bending forward to the laundry basket while pre-contracting the pelvic floor
            What's the problem we're chasing?: L vestibular hypofunction with dizziness bending, and stress leaking on coughs and bending
            Numbers! (scores, seconds, microvolts, grades): DGI 19/24; dry on 4 of 5 coughs; Modified Oxford 3/5
            How did she feel leaving? (1–10): 6
            """,
            ["H81.22", "N39.3"], [PT("97112", 25)], []),

        // Halyard 97110 for the ferry deckhand's core and hips with doses; lumbopelvic weakness; "97110 — 16" matches: passes.
        ["vord-h181-hal-deckhand-97110"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97110
            How long for each? (minutes): 97110 — 16
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): dead bugs 3x10; Pallof press with the green band 3x12 each side; suitcase carry with a 25 lb kettlebell 4 x 40 ft; squats with exhale on the rise 3x10
            What's the problem we're chasing?: weak deep abdominals and hip stabilizers after the prostatectomy, leaks hauling the lines on the car deck
            Numbers! (scores, seconds, microvolts, grades): —
            """,
            ["N39.3", "Z90.79"], [PT("97110", 16)], []),

        // Halyard two-code 97112 and 97530, pelvic floor timing then lifting the grandchild's car seat and stroller; each minute on one line; complete: passes.
        ["vord-h181-hal-grandmother-two-codes"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112, 97530
            How long for each? (minutes): 97112 — 15; 97530 — 13
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): Re-ed: the Knack before lifts, quick flicks in standing with sEMG. Functional: lifting the car seat with the 22 lb weighted doll from the floor to the table 6x, folding and lifting the stroller into the trunk mock-up 4x, with the exhale-and-brace cue.
            What's the problem we're chasing?: late pelvic floor recruitment and weak trunk on lifting; the grandmother leaks lifting the toddler
            Numbers! (scores, seconds, microvolts, grades): Modified Oxford 3/5; dry on 5 of 6 car-seat lifts
            """,
            ["N39.3", "M62.81"], [PT("97112", 15), PT("97530", 13)], []),

        // Halyard, the wooden-boat builder's urge drills — urge suppression with quick flicks and distraction; overactive bladder with a slow pelvic floor; microvolts and a count; "97112 — 22" matches: passes.
        ["vord-h181-hal-boat-builder-urge-drills"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 22
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): urge-suppression drills — five quick flicks, breathe, walk calmly; sEMG training of fast-twitch recruitment in standing; rehearsal at the sink with running water
            What's the problem we're chasing?: urgency with a slow, weak pelvic floor; he can't make it from the boat shed to the restroom
            Numbers! (scores, seconds, microvolts, grades): sEMG quick-flick peak 14 µV (8 µV at eval); 5 quick flicks in 6 s
            """,
            ["N32.81", "R39.15"], [PT("97112", 22)], []),

        // Halyard, the submission edited to add the microvolts ("Edited after submitting: added the sEMG numbers"); down-training; overactive pelvic floor; "97112 — 24" matches: passes.
        ["vord-h181-hal-edited-to-add-microvolts"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 24
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): sEMG down-training in supported sitting; diaphragmatic breathing with rib expansion; hip-opening positions with pelvic floor lengthening on the exhale
            What's the problem we're chasing?: pelvic floor overactivity with pain sitting through the ferry crossing
            Numbers! (scores, seconds, microvolts, grades): sEMG resting tone 6.5 µV to 2.7 µV
            (This response was edited after submitting by Inés Calloway: added the sEMG numbers.)
            """,
            ["M62.89", "N94.89"], [PT("97112", 24)], []),

        // Halyard 97140 and 97110 after a C-section: scar mobilisation and abdominal wall myofascial release with doses, then TA activation and bridges; scar adhesion and weak abdominals; each minute: passes.
        ["vord-h181-hal-scar-and-abdominals"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97140, 97110
            How long for each? (minutes): 97140 — 11; 97110 — 14
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): Manual: scar mobilization in four directions, myofascial release to the lower abdominal wall, 3 x 60 s holds each. Exercise: transversus abdominis draw-in with heel slides 3x10, bridges 3x12, bird-dogs 2x10 each side.
            What's the problem we're chasing?: a stuck C-section scar pulling on the L and weak lower abdominals with a diastasis
            Numbers! (scores, seconds, microvolts, grades): diastasis 2 finger-widths at the umbilicus (3 at eval)
            """,
            ["L90.5", "M62.08"], [PT("97140", 11), PT("97110", 14)], []),

        // Halyard vestibular gait 97116 for the choir alto with head turns in the church aisle simulation; distance and assist; L hypofunction; "97116 — 18" matches: passes.
        ["vord-h181-hal-97116-head-turns"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97116
            How long for each? (minutes): 97116 — 18
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): gait training with head turns and pivots down the hallway and up and down the porch steps, cues to keep her eyes on the target and a steady step length
            What's the problem we're chasing?: veering and a wide, slow gait with L vestibular hypofunction
            Numbers! (scores, seconds, microvolts, grades): 250 ft with head turns without a step off line, SBA; gait speed 0.95 m/s
            """,
            ["H81.22"], [PT("97116", 18)], []),

        // Halyard, mCTSIB and a concussion: optokinetic habituation and gaze work; visual motion sensitivity; seconds; "97112 — 23" matches: passes.
        ["vord-h181-hal-concussion-optokinetic"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 23
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): optokinetic habituation with the moving-stripes video standing on the floor then on foam; saccades between two cards; walking past the busy bookshelf with head turns
            What's the problem we're chasing?: visual motion sensitivity after the concussion — the ferry wake and the grocery aisles set her off
            Numbers! (scores, seconds, microvolts, grades): mCTSIB foam eyes closed 18 s (7 s at eval); VOMS optokinetic symptoms 2 (5 at eval)
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // Halyard, PERFECT and a stop test, pelvic floor after prostatectomy in the Knack; "97112 — 21" matches: passes.
        ["vord-h181-hal-prostatectomy-knack"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 21
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): the Knack before standing up from a chair and before lifting the cooler; "shorten the penis" cue for the urethral sphincter; sEMG-guided holds in standing
            What's the problem we're chasing?: weak, late pelvic floor and sphincter recruitment after the prostatectomy; he leaks standing up from the galley bench
            Numbers! (scores, seconds, microvolts, grades): endurance hold 8 s (3 s at eval); sEMG peak 21 µV; dry on 4 of 5 sit-to-stands
            """,
            ["N39.3", "Z90.79"], [PT("97112", 21)], []),

        // Halyard, a rating answered with a number only beside a complete note and "What system?" answered "Vestibular"; X2 and habituation; motion sensitivity; MSQ and DGI; "97112 — 22" matches: passes.
        ["vord-h181-hal-glass-float-maker"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 22
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): X2 viewing seated then standing; habituation to turning toward the furnace and back; standing on foam with slow head tilts
            What's the problem we're chasing?: motion sensitivity with a R vestibular hypofunction; the glass-float maker gets dizzy turning from the bench to the glory hole
            Numbers! (scores, seconds, microvolts, grades): MSQ 11 (23 at eval); DGI 20/24
            How did he feel leaving? (1–10): 7
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // WMPT Oneonta PTA 97112 in a trailer's narrow hallway; one-on-one; perturbations and hallway drills; neuropathy; tandem and Berg; "97112 — 20" matches: passes.
        ["vord-h181-wm-pta-trailer-hallway"] = new(
            """
            WMPT Visit Submission
            Therapist name: Lacey Pruitt, PTA
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 20
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: tandem walking in the trailer hallway with eyes closed between steps; foam stance with perturbations at the shoulders; side-stepping with head turns
            What impairment(s) did you treat today?: somatosensory loss in both feet with the neuropathy, loses balance getting out of the shower
            Objective measures today (test name and result): tandem stance 10 s; Berg 45/56
            """,
            ["E11.42", "R26.81"], [PTA("97112", 20)], []),

        // WMPT Norwich, retired bus driver's 97112 and 97530 in the matrix; one-on-one; complete: passes.
        ["vord-h181-wm-bus-driver-nmr-and-activities"] = new(
            """
            WMPT Visit Submission
            Therapist name: Theo Amankwah, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112, 97530
            Minutes for each code you selected:
            97112 — 17
            97530 — 14
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: Balance: lateral perturbations on the foam, step-and-stick over the garden hose. Activities: getting in and out of the car in the driveway 5x, carrying the 10 lb recycling bin to the curb 3 trips, picking up the newspaper from the porch floor 6x.
            What impairment(s) did you treat today?: slowed reactive stepping and weak hips; the retired bus driver can't get out of his car without hauling on the door
            Objective measures today (test name and result): 7 of 10 perturbations without a step; car transfers SBA
            """,
            ["R26.81", "M62.81"], [PT("97112", 17), PT("97530", 14)], []),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
