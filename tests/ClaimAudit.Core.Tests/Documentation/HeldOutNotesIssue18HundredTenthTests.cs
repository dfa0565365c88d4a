using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-tenth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set is a random week of notes written on templates and carrying the templates' leftovers — mail-merge fields
/// and EMR prompts left unfilled or half-filled («PatientName», &lt;&lt;LastName&gt;&gt;, «OneOnOne», "Error! MergeField
/// was not found in header record of data source.", {Deficit}, {Enter minutes}, [Insert technique], XX min, ___ reps,
/// TBD, ???), the template's own instructions left in ("(describe skilled intervention here)", "(delete if not
/// applicable)", "(type assessment below this line)"), paragraphs duplicated by copy and paste, default text the
/// clinician did not change ("Patient tolerated treatment well", "Patient was treated individually …", "No deficits
/// noted", a default "15 min") and template defaults that say something other than what was written below them — about
/// two thirds ordinary and complete (70 of 113), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a
/// visit, a PT's and an OT's code on one visit), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a physical-therapy franchise whose daily notes are Word mail-merge documents filled from the franchise's
/// scheduling database ("PeakForm Physical Therapy", PFPT: franchised clinics in Alamogordo, Hobbs and Deming, New
/// Mexico; "PFPT Daily Note v4.2.docx" with merge fields in guillemets, shown as &lt;&lt; &gt;&gt; where the document
/// was saved as plain text, the franchise's boilerplate "Patient tolerated today's session well and is progressing
/// toward goals", its branded balance programme "SteadyStride" with numbered levels, and a footer "Powered by PeakForm
/// ClinicLink"): Corinne Baca (PT, DPT, franchisee in Alamogordo), Tyler Nez (PT, Hobbs), Araceli Domínguez (PTA,
/// Hobbs) and Wes Harlan (PT, Deming); a pecan-orchard foreman, a retired missile-range technician, an oil-field pumper
/// whose truck has a high step, a woman who line-dances at the senior centre, the White Sands visitor-centre boardwalk,
/// and wives in the waiting room;</item>
/// <item>a hospital outpatient clinic whose EMR inserts default-text macros by dot phrase ("Allegheny Lakes Regional
/// Hospital Outpatient Rehabilitation", ALRH: the Park Avenue clinic in Meadville, Pennsylvania, its satellites in
/// Titusville and Cambridge Springs, and the hospital's therapy pool deck used as a walking track): ".PTNMR", ".PTGAIT",
/// ".OTADL" and ".PTMAN" expanding to headings in capitals with default sentences ("Patient was treated individually
/// (one-on-one) for the entire timed portion of this visit.", "Patient tolerated treatment well without adverse
/// reaction.", "Impairments: within normal limits.") and prompts in braces left where the
/// clinician did not type ({Deficit}, {Enter minutes}, {Delivery: Individual / Concurrent / Group}), and instructions
/// in parentheses: Gretchen Valone (PT, DPT, NCS), Paul Szymanski (PT), Kendra Oakes (PTA) and Lena Forsythe (OTR/L); a
/// dairy farmer who sways in the dark milking parlour, a French Creek canoe outfitter, a Titusville oil-museum docent, a retired tool-and-die
/// maker, a woman who bowls on Thursdays and snow on the hospital lot;</item>
/// <item>a travelling-therapist staffing agency whose clinicians carry their own Word templates from contract to
/// contract ("Northstar Travel Therapy", NTT: thirteen-week contracts at a critical-access hospital in Elko and a clinic
/// in Winnemucca, Nevada, a skilled-nursing facility's outpatient wing in Klamath Falls, Oregon, and a hospital's
/// outpatient gym in Sitka, Alaska): Dana Whitcomb (PT, her template's header still naming her last contract in Havre,
/// Montana, with "[Insert …]" brackets and "(delete if not applicable)" lines), Marcus Tillery (PTA, "XX" and "___"
/// blanks), Ingrid Solberg (OTR/L, "TBD" and "???" blanks and a "☐ / ☒" box row) and Ray Castellano (PT, who pastes his
/// last note and types over it, leaving paragraphs twice); a ranch cook, a Basque boarding-house owner, a casino
/// dealer, a mill-town retiree, a fisherman off the Sitka docks in XtraTufs, a phone interpreter for a Spanish-speaking
/// patient, and a son in the corner on his phone.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many templated notes,
/// applying the contract to what the filled-in text says: a placeholder, a merge field, a prompt, a blank, "XX", "TBD"
/// and "???" state nothing, a template's instruction is not the clinician's statement, a default sentence the clinician
/// signed is read as written unless the note below it shows it false, a paragraph pasted twice says once what it says,
/// and a half-filled line says what its filled part says:
/// <list type="bullet">
/// <item>class 1 (v1-h110-…): one-on-one in these writers' own words on their templates ("Delivery: 1:1 — Corinne and
/// Ramona, nobody else in the treatment room" under an unfilled «ReferralSource», "1:1 with Mr. &lt;&lt;LastName&gt;&gt;
/// for the whole NMR block — his wife stayed in the waiting room", the hospital's default "Patient was treated
/// individually (one-on-one) for the entire timed portion of this visit." kept and not contradicted, "Just me and Mrs.
/// Etcheverry the whole NMR block — her son sat in the corner on his phone", "one-on-one with me the whole time; our
/// tech set up the foam beam", "Individual session — just me and Sr. Arrieta; the Spanish interpreter was on speaker
/// phone"), notes that negate it (the hospital's default individual sentence above "I alternated between him and this
/// patient for the whole block", a PTA running two patients at the parallel bars, a PTA with two patients in the back
/// room "switching every few reps") or never state it (a franchise note with its delivery line deleted, a traveller's
/// pasted note), and the codes without a one-on-one check: an OT's 97530 in a kitchen group of three and a PTA's 97110
/// beside another patient on the NuStep;</item>
/// <item>class 2 (v2-h110-…): checkbox and blank-field states as these templates leave them: "Delivery: «OneOnOne»"
/// unfilled, "Error! MergeField was not found in header record of data source." in the delivery slot, "{Delivery:
/// Individual / Concurrent / Group}" unanswered, a "☒ Individual ☐ Concurrent ☐ Group ☐ Co-treat" row ticked and the same
/// row with nothing ticked, "Impairment: «Impairment»", "PROBLEM ADDRESSED: (describe impairment here)", "Tx: [Insert
/// technique]", "Berg: XX TUG: XX sec SLS: XX sec", "Distance: ___ ft Assist: ___", "Assist level: TBD Reps: ???", and
/// placeholders beside filled-in text that states the element ("TECHNIQUE: {Technique}" over a typed narrative,
/// "Delivery: [Insert: 1:1 / group]" over "1:1 — nobody else in the PT room", unrelated «ReferringMD», «NextAppt» and
/// «HEPLink» left unfilled);</item>
/// <item>class 3 (v3-h110-…): named programmes and methods as techniques (Herdman X1 and X2 viewing with habituation to
/// the Motion Sensitivity Quotient positions, PWR! Moves, NDT/Bobath facilitation at the pelvis, PNF rhythmic
/// stabilisation in half-kneeling and D2 patterns, McKenzie repeated extension, Kaltenborn grade III glides, Graston to
/// the plantar fascia, muscle energy technique for an anterior innominate, constraint-induced movement therapy with
/// shaping tasks), the franchise's branded "SteadyStride Level 3 per franchise protocol" as the only technique, an
/// Alfredson heel-drop protocol with no dose and PNF patterns with "IMPAIRMENTS: {Deficit}" left;</item>
/// <item>class 4 (v4-h110-…): deficits stated as findings in these writers' terms (a foot that slaps on the tile and
/// catches on the truck step, a woman who drifts to the right looking up at the ceiling fan, a knee that gives way
/// pivoting at the cookhouse grill, a line dancer who watches her feet, a hand that won't let go of the milk jug, feet
/// that go numb on a boat deck, a man who can't get out of his pickup without pulling on the door) and notes that state
/// none (the franchise default "No deficits noted.", the macro default "IMPAIRMENTS: within normal limits.", "Problem:
/// TBD (re-eval next week)"), the default "No deficits noted." with the clinician's finding typed under it, and a
/// problem paragraph pasted twice;</item>
/// <item>class 5 (v5-h110-…): measures in every usual form ("Berg: «BergScore»" beside a filled TUG and 5xSTS, CTSIB
/// as four conditions in seconds, "FGA [Insert score]" beside a gait speed and a perturbation count, seconds written
/// "11 s", distance and assistance levels for gait, doses for 97110, a dressing time and grip pounds for 97530, an
/// objective line pasted twice) and notes with none ("Berg TBD — TUG TBD", "OBJECTIVE: {Outcome measure} {Score}",
/// "Result: ??? (forgot the stopwatch)", "Sets: ___ Reps: ___ Load: ___", "looked steadier than last week, wife
/// agrees");</item>
/// <item>class 6 (v6-h110-…): minutes in these templates' forms (merged "CPT1 / Min1 / CPT2 / Min2 / CPT3 / Min3"
/// lines, the macro's headings "NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes", minute boxes "97116 [ 18 ] min" with an
/// unbilled code's box left "[ __ ] … (delete if not applicable)", a clock range on the code's own line, a PT's and an
/// OT's code each with its minutes, a paragraph pasted twice with the same minutes, a single code whose minute prompt
/// was left "{Enter minutes}") and true mismatches (the franchise's default 15 on a 27-minute line and 30 on a
/// 19-minute line, a traveller's "97112 — 30 min" carried from her last contract on an 18-minute line, "Min2: 28"
/// against 15, a PTA's heading of 32 against 20) and truly missing separate time ("97110 — XX min", both minute prompts
/// left beside "TOTAL TIMED: 38 minutes", "97140 — TBD min", a pasted generic note with "Total tx 36 min");</item>
/// <item>class 7 (v7-h110-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty merge on a two-code visit, spaces and line breaks only, an empty OT note with no diagnosis), the
/// contract's meanings for 97110 (rows, pull-downs and wall push-ups after a reverse shoulder replacement), 97530 (floor
/// to stand and a feed sack lifted to a tailgate), 97140 (suboccipital release and cervical glides) and 97116 (walker to
/// quad cane on a hallway, ramp and curb), and wholly generic notes: a franchise merge with every clinical field
/// unfilled and only its boilerplate, a hospital macro sent as inserted with "(describe skilled intervention here)"
/// under two headings, and an OT template with "[Insert activity]", "???" and "TBD";</item>
/// <item>ordinary (vord-h110-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), with their harmless leftovers («HEPLink», «NextAppt», "PLAN: {Plan}", "(type assessment below this line)", a
/// stale Havre header, the franchise footer and boilerplate), and the ordinary weak ones: a complete note with no
/// diagnosis, a claim whose diagnosis is the merge field "«Dx1»", a generic two-code note pasted twice with only a
/// total, a PTA's default minutes that differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (a paragraph pasted twice gives its code its minutes once). Every timed
/// line earns at least one unit under the 8-minute rule. This set's notes carry people and numbers that are not the
/// code's or its minutes — wives, a son, a phone interpreter, a tech who set up the beam (none of them a patient; the
/// patient on the next mat, the second man at the parallel bars and Mr. Benavidez in the back room are), dates of
/// service, years at a job, step and box heights in inches, loads in pounds, band colours, reach in inches and
/// centimetres, grip pounds, degrees, percentages of weight bearing, gait speeds, numbers of stairs, cones, cards,
/// jars and trips — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's
/// minutes are written next to the code ("CPT: 97112 Minutes: 24", "97112 — 24 min", "Min1: 23" on the line under
/// "CPT1: 97112"), in its block's heading, in a minute box or as a clock range on the code's own line; no note gives
/// minutes to a visit, a drill, a rest or a test, except the three that give the visit a total ("TOTAL TIMED: 38
/// minutes", "Total tx 36 min" and the generic pasted note's total); notes failed for want of a measure carry no
/// number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique,
/// deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number and fails
/// it only when the note has no number but its code, its minutes and numbers that are plainly something else; for the
/// other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged
/// on the billed minutes: a family member, caregiver, interpreter or staff member in the room does not undo a
/// one-on-one statement, another patient treated in the same block does (even under a template's default individual
/// sentence), and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the leftovers that could honestly be read either way: a template default that contradicts
/// the clinician's own words on the same element (a pre-ticked Group box beside "one-on-one the whole block", a default
/// "15 min" beside the clinician's different minutes for the same code), a paragraph pasted twice whose two copies
/// differ in their minutes or their numbers, a one-on-one sentence pasted from another patient's note with that
/// patient's name in it, a note made only of unfilled merge fields and prompts with no word of the clinician's
/// (whether that is an empty note), a placeholder whose example text names a technique or a test ("[e.g. perturbation,
/// foam]", "{Berg/TUG}") as the only carrier, half-filled numbers ("2X min", "4_/56"), and a franchise's branded
/// programme named beside a technique only the programme's manual describes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 105 of 113 cases agree (111 needed), and 3 of the 70 notes the reviewer passes got a finding, on the analyzer of e8f0d6e (the 2026-12-06 seventeenth session after the hundred-and-third to hundred-and-seventh sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 112 of 113, no false positive — a mail-merge template's numbered fields ("CPT1: 97112  Min1: 23"), a merge field never filled in («OneOnOne», &lt;&lt;Technique&gt;&gt;, [Insert score]) as nothing written, "I alternated between him and this patient" outweighing a default one-on-one sentence. Left: a branded programme's level ("SteadyStride Level 3") read as an activity named with its dose.</para>
/// </summary>
public class HeldOutNotesIssue18HundredTenthTests(ITestOutputHelper output)
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

        // PFPT Alamogordo merged note, "Delivery: 1:1 — Corinne and Ramona, nobody else in the treatment room" with an unfilled «ReferralSource» above it; perturbations at the pelvis on the foam pad, tandem walking with head turns, stepping over the hurdle row; delayed stepping reaction and postural sway; Berg and perturbations; "CPT: 97112   Minutes: 24" matches: passes.
        ["v1-h110-pf-merged-delivery-line-filled"] = new(
            """
            PeakForm Physical Therapy — Alamogordo
            DAILY NOTE    Patient: Ramona Ortega    DOS: 03/04/2026    Clinician: Corinne Baca, PT, DPT
            Referral source: «ReferralSource»
            CPT: 97112    Minutes: 24
            Delivery: 1:1 — Corinne and Ramona, nobody else in the treatment room
            Interventions: perturbations at the pelvis standing on the foam pad, forward, back and to each side; tandem walking along the mirror with head turns; stepping over the hurdle row without looking down
            Impairment: delayed stepping reaction and increased postural sway, worse to the L; two falls in the orchard rows since January
            Measures: Berg 44/56 (39 at eval). Recovered 7 of 10 perturbations with a single step.
            Assessment: Patient tolerated today's session well and is progressing toward goals.
            Powered by PeakForm ClinicLink
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // PFPT Hobbs half-filled merge: "1:1 with Mr. <<LastName>> for the whole NMR block — his wife stayed in the waiting room"; rocker board eyes closed, foam stance with ball catches, lateral perturbations; R ankle proprioception after a sprain on a pump jack pad; rocker seconds and perturbations; Minutes 22 matches: passes.
        ["v1-h110-pf-half-filled-last-name-one-on-one"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            Patient: Dale <<LastName>>    Clinician: Tyler Nez, PT
            CPT: 97112    Minutes: 22
            Delivery: 1:1 with Mr. <<LastName>> for the whole NMR block — his wife stayed in the waiting room
            Interventions: rocker board A/P and M/L with eyes closed; foam stance with ball catches from the side; lateral perturbations at the shoulders
            Impairment: R ankle proprioception down after the sprain on the pump jack pad; he rolls it on uneven caliche
            Measures: rocker board M/L 14 sec without an edge touch; 8 of 10 perturbations without a step
            Assessment: Patient tolerated today's session well and is progressing toward goals.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // ALRH .PTNMR macro whose default delivery sentence was left in ("Patient was treated individually (one-on-one) …"), but the note below says Paul alternated between her and another patient on the next mat for the whole block: another patient treated in the billed time — one-on-one missing; techniques, deficit and measures present.
        ["v1-h110-alrh-default-individual-with-second-patient"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            NEUROMUSCULAR RE-EDUCATION (97112): 23 minutes
            DELIVERY: Patient was treated individually (one-on-one) for the entire timed portion of this visit.
            INTERVENTIONS: Mr. Kightlinger was on the next mat doing his own neuro re-ed at the same time; I alternated between him and this patient for the whole block. Half-kneel rhythmic stabilization, quadruped alternate arm/leg on the foam, sit-to-stand from the foam with eyes closed.
            IMPAIRMENTS: trunk and hip motor control after the R MCA stroke; she loses it to the L when she closes her eyes.
            OBJECTIVE: Berg 38/56. Quadruped hold 15 sec without collapse.
            ASSESSMENT: Patient tolerated treatment well without adverse reaction.
            """,
            ["I69.354"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ALRH default sentence kept and nothing in the note contradicts it: "Patient was treated individually (one-on-one) for the entire timed portion of this visit."; X1 viewing on a busy background, walking the hall with head turns, feet together on foam; L vestibular hypofunction; DGI and dynamic visual acuity; heading minutes 22 match: passes.
        ["v1-h110-alrh-default-individual-kept"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (TITUSVILLE)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            DELIVERY: Patient was treated individually (one-on-one) for the entire timed portion of this visit.
            INTERVENTIONS: gaze stabilization X1 viewing against the checkerboard, seated then standing; walking the hall with horizontal head turns, stopping on cue; feet together on foam with eyes closed.
            IMPAIRMENTS: L vestibular hypofunction after neuritis; oscillopsia with head turns, veers L.
            OBJECTIVE: DGI 17/24. Dynamic visual acuity lost 3 lines (5 at eval).
            ASSESSMENT: Patient tolerated treatment well without adverse reaction.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // NTT Dana at Elko, template header still reading "Havre, MT": "Just me and Mrs. Etcheverry the whole NMR block — her son sat in the corner on his phone"; weight shifts onto the R with tapping, step-and-stick on the foam, reactive steps to pushes; R hemiparesis with poor weight acceptance; step-and-stick count and FGA; "97112 — 25 min" matches: passes.
        ["v1-h110-ntt-son-in-the-corner-on-his-phone"] = new(
            """
            Dana Whitcomb, PT — Daily Treatment Note
            [Facility: Northern Montana Hospital Rehab, Havre MT]
            97112 — 25 min
            Just me and Mrs. Etcheverry the whole NMR block — her son sat in the corner on his phone.
            Tx: weight shifts onto the R with tapping to the glute med; step-and-stick onto the foam, R leg leading; reactive steps to my pushes at the pelvis.
            Problem: R hemiparesis after the L CVA, poor weight acceptance on the R and a late R step.
            Data: step-and-stick 6 of 10 without a hand; FGA 15/30.
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // NTT Marcus (PTA) at Klamath Falls: "ran Mr. Dunlap and Mr. Ortiz together at the parallel bars, going back and forth" — another patient treated inside the block: one-on-one missing; tandem in the bars, foam marching, lateral pushes; proprioceptive loss in both feet; tandem seconds and pushes present.
        ["v1-h110-ntt-pta-two-patients-at-the-bars"] = new(
            """
            M. Tillery PTA — daily note
            97112 — 20 min
            Ran Mr. Dunlap and Mr. Ortiz together at the parallel bars today, going back and forth between them.
            Tandem stance in the bars, marching on the foam strip, lateral pushes at the hips.
            Problem: proprioceptive loss both feet with the neuropathy, can't tell where his feet are on the foam.
            Tandem 9 sec R in front, 6 sec L in front; 5 of 8 pushes without grabbing the bar.
            """,
            ["E11.42"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // PFPT Deming complete note with the delivery line deleted from the template and nothing saying one-on-one or individual: not stated; stepping-strategy drills to the clock, backward walking, foam cone reaches; slow backward stepping and retropulsion in Parkinson's; pull test and Mini-BESTest present.
        ["v1-h110-pf-deming-delivery-line-deleted"] = new(
            """
            PeakForm Physical Therapy — Deming
            Patient: Hector Valles    Clinician: Wes Harlan, PT
            CPT: 97112    Minutes: 23
            Interventions: stepping-strategy drills to the numbers on the floor clock, backward walking with a stop on cue, reaching to cones from the foam pad
            Impairment: slow backward stepping and retropulsion with Parkinson's disease
            Measures: pull test 3 steps to recover; Mini-BESTest 18/28
            Assessment: Patient tolerated today's session well and is progressing toward goals.
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // NTT Ingrid (OT) at Sitka, a 97530 in a cooking group of three (no one-on-one check): standing at the counter chopping and carrying a pot from sink to stove; R hemiparesis with weak grip and standing tolerance; counts and assistance; "97530 — 24 min" matches: passes.
        ["v1-h110-ntt-ot-cooking-group-97530"] = new(
            """
            I. Solberg OTR/L — treatment note
            97530 — 24 min
            Kitchen group, three patients, she was one of them.
            Standing at the counter to chop vegetables with the rocker knife, carrying a half-full pot from the sink to the stove, wiping the counter with the R hand.
            Problem: R hemiparesis, weak R grip and she can't stand at the counter without leaning on it.
            Pot carried 4 times with stand-by assist; stood at the counter through the whole chopping task without leaning.
            """,
            ["I69.351"], [OT("97530", 24)], []),

        // ALRH PTA 97110 while "another patient was on the NuStep next to us" (97110 has no one-on-one check); step-ups, leg press, bridges and TKE with doses; L quad weakness after a knee replacement; "THERAPEUTIC EXERCISE (97110): 21 minutes" matches: passes.
        ["v1-h110-alrh-pta-97110-second-patient-on-the-nustep"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CAMBRIDGE SPRINGS)
            THERAPEUTIC EXERCISE (97110): 21 minutes
            Another patient was on the NuStep next to us while Mr. Raybuck worked.
            INTERVENTIONS: forward step-ups onto the 6 inch step 3x10, leg press 70 lb 3x12, bridges 3x15, TKE with the blue band 3x15.
            IMPAIRMENTS: L quad weakness and a slow stair pattern after the L TKA.
            ASSESSMENT: Patient tolerated treatment well without adverse reaction.
            Kendra Oakes, PTA
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 21)], []),

        // PFPT Alamogordo: "one-on-one with me the whole time; our tech set up the foam beam before and wiped it down after" (staff, not a patient); foam beam tandem, perturbations while reaching, gaze-fixed head turns; vestibular and postural control after a concussion; FGA and perturbations; Minutes 25 matches: passes.
        ["v1-h110-pf-tech-set-up-the-beam"] = new(
            """
            PeakForm Physical Therapy — Alamogordo
            Patient: Jace Whitlock    Clinician: Corinne Baca, PT, DPT
            CPT: 97112    Minutes: 25
            Delivery: one-on-one with me the whole time; our tech set up the foam beam before and wiped it down after
            Interventions: tandem walking on the foam beam; perturbations while reaching overhead; head turns with gaze fixed on a target while walking
            Impairment: vestibular and postural control after the concussion at the rodeo grounds; sways and steps off the beam with head turns
            Measures: FGA 21/30; 6 of 10 perturbations without stepping off the beam
            """,
            ["S06.0X0D"], [PT("97112", 25)], []),

        // NTT Dana at Winnemucca with a phone interpreter: "Individual session — just me and Sr. Arrieta, the interpreter was on speaker phone"; half-kneel rhythmic stabilisation, stepping over a broom handle, Airex head turns; L ankle and knee proprioception after a fracture; SLS and Berg; "97112 — 22 min" matches: passes.
        ["v1-h110-ntt-individual-with-phone-interpreter"] = new(
            """
            Dana Whitcomb, PT — Daily Treatment Note
            [Facility: Northern Montana Hospital Rehab, Havre MT]
            97112 — 22 min
            Individual session — just me and Sr. Arrieta; the Spanish interpreter was on speaker phone.
            Tx: half-kneel rhythmic stabilization; stepping over a broom handle forward and sideways; standing on the Airex with head turns.
            Problem: L ankle and knee proprioception down after the L tib plateau fracture.
            Data: SLS L 5 sec (R 20 sec); Berg 46/56.
            """,
            ["S82.142D"], [PT("97112", 22)], []),

        // PFPT Hobbs PTA: "Araceli had her and Mr. Benavidez in the back room at the same time, switching every few reps" — another patient inside the block: one-on-one missing; foam marching, tandem at the counter, perturbations; sensory loss in the feet; tandem seconds and Berg present.
        ["v1-h110-pf-pta-back-room-two-patients"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            Patient: Lupe Carrasco    Clinician: Araceli Domínguez, PTA
            CPT: 97112    Minutes: 22
            Delivery: Araceli had her and Mr. Benavidez in the back room at the same time, switching every few reps
            Interventions: marching on the foam, tandem stance at the counter, forward and back perturbations
            Impairment: sensory loss in both feet, she watches her feet to stay up
            Measures: tandem 7 sec eyes open; Berg 42/56
            """,
            ["E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // NTT Ray at Elko pasted his last note and typed over it, every element but delivery present and nothing about one-on-one: not stated; clock stepping, perturbed gait on the treadmill, stepping over shoe boxes; late stepping after a hip fracture; TUG and clock-step count present.
        ["v1-h110-ntt-ray-pasted-note-no-delivery"] = new(
            """
            R. Castellano PT — daily note (pasted from last visit, updated)
            97112 — 24 min
            Clock stepping to called numbers, perturbations on the treadmill at slow speed with a belt tug, stepping over shoe boxes in the hall.
            Deficit: late stepping response to the R after the R hip fracture, she freezes instead of stepping.
            Objective: TUG 14.6 sec; 7 of 12 clock steps to the R without a hand.
            """,
            ["S72.001D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states, unfilled merge fields and prompts

        // PFPT merge field left unfilled in the delivery slot ("Delivery: «OneOnOne»") and nothing else on how she was seen: not stated; foam reaches to cones, perturbations, tandem with head turns; lateral postural control; Berg and reach count present.
        ["v2-h110-pf-delivery-merge-field-unfilled"] = new(
            """
            PeakForm Physical Therapy — Alamogordo
            Patient: Irma Quintana    Clinician: Corinne Baca, PT, DPT
            CPT: 97112    Minutes: 23
            Delivery: «OneOnOne»
            Interventions: reaching to cones from the foam pad, lateral perturbations at the pelvis, tandem walking with head turns
            Impairment: poor lateral postural control, she steps out to the R with every reach
            Measures: Berg 45/56; 9 of 12 cone reaches without a step
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PFPT merge error in the delivery slot ("Delivery: Error! MergeField was not found in header record of data source."): not stated; rocker board, foam SLS with tosses, step-and-hold; R knee proprioception after an ACL repair; SLS seconds and hops present.
        ["v2-h110-pf-mergefield-error-in-delivery"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            Patient: Cody Brandt    Clinician: Tyler Nez, PT
            CPT: 97112    Minutes: 24
            Delivery: Error! MergeField was not found in header record of data source.
            Interventions: rocker board A/P eyes closed, single-leg stance on foam with ball tosses, step-and-hold landings off the 4 inch box
            Impairment: R knee proprioception and quad timing after the ACL reconstruction
            Measures: SLS on foam R 18 sec (L 30); 6 of 8 landings held without a wobble
            """,
            ["S83.511D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // ALRH prompt left unanswered "DELIVERY: {Delivery: Individual / Concurrent / Group}" and no other statement: not stated; PNF D2 with rhythmic initiation, standing contract-relax, stepping over the line; L hip recruitment after a stroke; FGA and 10MWT present.
        ["v2-h110-alrh-delivery-prompt-unanswered"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            NEUROMUSCULAR RE-EDUCATION (97112): 24 minutes
            DELIVERY: {Delivery: Individual / Concurrent / Group}
            INTERVENTIONS: PNF D2 lower extremity with rhythmic initiation, standing weight shift with approximation, stepping over the taped line with the L leading.
            IMPAIRMENTS: L hip flexor and abductor recruitment and timing after the R pontine stroke.
            OBJECTIVE: FGA 14/30; 10MWT 0.71 m/s.
            """,
            ["I69.354"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // NTT Ingrid's box row with one ticked: "☒ Individual ☐ Concurrent ☐ Group ☐ Co-treat"; a seated-to-standing reach drill with weight shift, PNF chops, foam standing while folding towels; OT's 97112 for trunk control after a stroke; reach inches and a sit-to-stand count; "97112 — 22 min" matches: passes.
        ["v2-h110-ntt-ot-box-row-individual-ticked"] = new(
            """
            I. Solberg OTR/L — treatment note
            97112 — 22 min
            ☒ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treat
            Tx: reaching across midline with a weight shift from sitting to standing, PNF chops and lifts, standing on foam while folding towels
            Problem: trunk control and L lateral weight shift after the R CVA, she falls back into the chair when she reaches
            Result: reach 9 inches past midline (5 last week); 5 of 6 sit-to-stands without using the arms
            """,
            ["I69.354"], [OT("97112", 22)], []),

        // NTT Ingrid's box row with nothing ticked ("☐ Individual ☐ Concurrent ☐ Group ☐ Co-treat") and nothing else on delivery: not stated; PNF rhythmic stabilisation at the kitchen counter, foam reach-outs, tray walk with head turns; R postural control after a stroke; reach distance and sit-to-stands present.
        ["v2-h110-ntt-ot-box-row-none-ticked"] = new(
            """
            I. Solberg OTR/L — treatment note
            97112 — 23 min
            ☐ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treat
            Tx: rhythmic stabilization standing at the kitchen counter, reaching out from the foam to the top cupboard, walking with the tray and turning her head to a called name
            Problem: R postural control after the L CVA, she leans and catches herself on the counter
            Result: reach 7 inches out of base; 4 of 6 sit-to-stands without the arms
            """,
            ["I69.354"], [OT("97112", 23)], [At(OneOnOne, "97112")]),

        // PFPT "Impairment: «Impairment»" merge field unfilled and nothing else names a deficit, system or body region: deficit missing; one-on-one stated, foam perturbations, tandem with head turns and hurdle stepping, Berg and perturbation count present.
        ["v2-h110-pf-impairment-merge-field-unfilled"] = new(
            """
            PeakForm Physical Therapy — Deming
            Patient: Norma Gallegos    Clinician: Wes Harlan, PT
            CPT: 97112    Minutes: 24
            Delivery: 1:1, no other patients on the schedule during this block
            Interventions: perturbations standing on the foam, tandem walking with head turns, stepping over the hurdles forward and sideways
            Impairment: «Impairment»
            Measures: Berg 43/56; 7 of 10 perturbations without a step
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // ALRH template instruction left in place of the problem ("PROBLEM ADDRESSED: (describe impairment here)") and no deficit, system or region anywhere: deficit missing; "one-on-one, Gretchen and patient only", rocker board, hurdle stepping and Airex head turns, FGA and rocker seconds present.
        ["v2-h110-alrh-describe-impairment-here-left"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            NEUROMUSCULAR RE-EDUCATION (97112): 23 minutes
            DELIVERY: one-on-one, Gretchen and patient only.
            INTERVENTIONS: rocker board with eyes closed, stepping over hurdles with a pause on each, Airex stance with head turns.
            PROBLEM ADDRESSED: (describe impairment here)
            OBJECTIVE: FGA 19/30; rocker board 20 sec without an edge touch.
            """,
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // NTT Dana's "Tx: [Insert technique]" never filled and nothing else names a technique: technique missing; "1:1, just the two of us", a deficit (slow ankle and hip strategy after a fall) and Berg and TUG present, no generic phrase.
        ["v2-h110-ntt-insert-technique-unfilled"] = new(
            """
            Dana Whitcomb, PT — Daily Treatment Note
            [Facility: Northern Montana Hospital Rehab, Havre MT]
            97112 — 23 min
            1:1, just the two of us in the gym.
            Tx: [Insert technique]
            Problem: slow ankle and hip strategy, falls backward when she looks up at the top shelf; fell at the Basque hotel in February.
            Data: Berg 41/56; TUG 13.8 sec.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // NTT Marcus's measure line "Berg: XX   TUG: XX sec   SLS: XX sec" never filled and no number in the note but the code and its minutes: measure missing; one-on-one, foam step-ups, perturbations and tandem turns, and ankle proprioception present.
        ["v2-h110-ntt-pta-measures-xx-unfilled"] = new(
            """
            M. Tillery PTA — daily note
            97112 — 22 min
            One-on-one, only patient in the gym.
            Step-ups onto the foam with a hold, perturbations at the hips in tandem, tandem walking with a turn at each end.
            Problem: ankle proprioception down on the L after the sprain, rolls it on the gravel by the barn.
            Berg: XX   TUG: XX sec   SLS: XX sec
            """,
            ["S93.402D"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // NTT Marcus's gait template "Distance: ___ ft   Assist: ___   Device: walker" never filled and no number but the code and minutes: measure missing on 97116; walker gait with cues for heel strike and step length, shuffling gait after a hip replacement present.
        ["v2-h110-ntt-pta-gait-blanks-97116"] = new(
            """
            M. Tillery PTA — daily note
            97116 — 22 min
            Gait training with the front-wheeled walker in the hallway and out to the parking lot, cues for heel strike and a longer L step.
            Problem: short shuffling steps and a flexed trunk after the R THA, R stance time short.
            Distance: ___ ft   Assist: ___   Device: walker
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 22)], [At(Measure, "97116")]),

        // NTT Ingrid's OT 97530 "Assist level: TBD   Reps: ???" and no other number: measure missing; laundry from the dryer into a basket and carried to the bed, folding standing; L shoulder weakness after a rotator-cuff repair and a laundry goal present.
        ["v2-h110-ntt-ot-assist-tbd-reps-unknown"] = new(
            """
            I. Solberg OTR/L — treatment note
            97530 — 21 min
            Tx: unloading the dryer into a basket, carrying it to the bed, folding towels standing, putting them away on the closet shelf
            Problem: L shoulder weakness after the rotator cuff repair, she can't lift the folded stack to the shelf; goal is her own laundry
            Assist level: TBD   Reps: ???
            """,
            ["M75.112"], [OT("97530", 21)], [At(Measure, "97530")]),

        // PFPT complete note whose unrelated merge fields are left unfilled («ReferringMD», «NextAppt», «HEPLink»): "1:1 with Corinne"; perturbations on the BOSU, tandem on the balance beam and figure-eight walking; proprioception after a sprain on the boardwalk; rocker seconds and FGA; Minutes 23 matches: passes.
        ["v2-h110-pf-unrelated-fields-unfilled"] = new(
            """
            PeakForm Physical Therapy — Alamogordo
            Patient: Gwen Lassiter    Clinician: Corinne Baca, PT, DPT    Referring: «ReferringMD»
            CPT: 97112    Minutes: 23
            Delivery: 1:1 with Corinne
            Interventions: perturbations standing on the BOSU, tandem on the balance beam, figure-eight walking around cones with head turns
            Impairment: L ankle proprioception after the sprain on the White Sands boardwalk; rolls it stepping off the curb
            Measures: rocker board M/L 16 sec; FGA 22/30
            Next appointment: «NextAppt»    Home program: «HEPLink»
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // ALRH "TECHNIQUE: {Technique}" prompt left, but the clinician typed the techniques into the narrative below (foam perturbations, tandem on the beam with head turns, hurdle stepping): the filled-in text names them; one-on-one, postural control in MS, FGA present; heading minutes 24 match: passes.
        ["v2-h110-alrh-technique-prompt-left-narrative-filled"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (TITUSVILLE)
            NEUROMUSCULAR RE-EDUCATION (97112): 24 minutes
            TECHNIQUE: {Technique}
            NARRATIVE: One-on-one with Paul. Perturbations on the foam in a narrow stance, tandem walking on the beam with head turns, stepping over the hurdles with a stop on the far side.
            IMPAIRMENTS: postural control and L leg proprioception with her MS, worse in the afternoon.
            OBJECTIVE: FGA 18/30; 6 of 10 perturbations without a step.
            Paul Szymanski, PT
            """,
            ["G35"], [PT("97112", 24)], []),

        // NTT Dana's "Delivery: [Insert: 1:1 / group]" left, but "1:1 — nobody else in the PT room" typed in her narrative: one-on-one in the filled-in text; rocker board, foam tandem and perturbations; proprioception after a fracture; SLS and Berg; 97112 — 21 min matches: passes.
        ["v2-h110-ntt-insert-delivery-left-narrative-one-on-one"] = new(
            """
            Dana Whitcomb, PT — Daily Treatment Note
            [Facility: Northern Montana Hospital Rehab, Havre MT]
            97112 — 21 min
            Delivery: [Insert: 1:1 / group]
            Narrative: 1:1 — nobody else in the PT room this morning. Rocker board eyes closed, tandem stance on foam, perturbations at the hips in tandem.
            Problem: R ankle proprioception after the R bimalleolar fracture.
            Data: SLS R 8 sec; Berg 47/56.
            """,
            ["S82.841D"], [PT("97112", 21)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // ALRH Herdman gaze-stabilisation exercises X1 and X2 viewing and a habituation set from the Motion Sensitivity Quotient positions; R vestibular hypofunction with motion sensitivity; DGI and MSQ; one-on-one default kept; heading 23 matches: passes.
        ["v3-h110-alrh-herdman-x1-x2-and-msq-habituation"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            NEUROMUSCULAR RE-EDUCATION (97112): 23 minutes
            DELIVERY: Patient was treated individually (one-on-one) for the entire timed portion of this visit.
            INTERVENTIONS: Herdman gaze stabilization exercises — X1 viewing seated and standing, X2 viewing seated; habituation to her three worst Motion Sensitivity Quotient positions, 5 repetitions each.
            IMPAIRMENTS: R vestibular hypofunction with motion sensitivity, dizzy bending down at the canoe livery counter.
            OBJECTIVE: DGI 18/24; MSQ 22 (35 at eval).
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // PFPT PWR! Moves — PWR!Up, PWR!Rock, PWR!Twist and PWR!Step in standing with amplitude cues; bradykinesia, small steps and trunk rigidity in Parkinson's; Mini-BESTest and step length; "1:1 w/ Tyler"; Minutes 24 matches: passes.
        ["v3-h110-pf-pwr-moves-in-standing"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            Patient: Orville Jameson    Clinician: Tyler Nez, PT
            CPT: 97112    Minutes: 24
            Delivery: 1:1 w/ Tyler
            Interventions: PWR! Moves in standing — PWR!Up, PWR!Rock, PWR!Twist and PWR!Step, 2 rounds of 10, cues for big amplitude and fast turns
            Impairment: bradykinesia, small shuffling steps and trunk rigidity with Parkinson's disease; freezes in the doorway
            Measures: Mini-BESTest 19/28; step length 17 inches (13 at eval)
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // NTT Dana NDT (Bobath) facilitation at the pelvis for weight shift onto the R, key-point handling through the trunk during stepping; R hemiparesis with poor weight acceptance; weight-bearing percentage and stepping count; "one-on-one, only patient"; 97112 — 24 min matches: passes.
        ["v3-h110-ntt-ndt-facilitation-weight-shift"] = new(
            """
            Dana Whitcomb, PT — Daily Treatment Note
            [Facility: Northern Montana Hospital Rehab, Havre MT]
            97112 — 24 min
            One-on-one, only patient in the room.
            Tx: NDT (Bobath) facilitation at the pelvis for weight shift onto the R in standing; key-point handling at the trunk while stepping forward with the L.
            Problem: R hemiparesis after the L MCA stroke, she won't load the R and her R knee snaps back.
            Data: R weight bearing 40 % on the scales (30 % last week); 8 of 10 L steps with the R knee controlled.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // ALRH PNF rhythmic stabilisation in half-kneeling and D2 flexion patterns with resistance, combination of isotonics at the mat; trunk and L hip motor control after a cerebellar stroke; holds and Berg; heading 22 and "individually (one-on-one)" default: passes.
        ["v3-h110-alrh-pnf-rhythmic-stabilisation-half-kneel"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CAMBRIDGE SPRINGS)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            DELIVERY: Patient was treated individually (one-on-one) for the entire timed portion of this visit.
            INTERVENTIONS: PNF rhythmic stabilization in half-kneeling, D2 flexion patterns of the L leg with resistance, combination of isotonics sit to stand at the mat.
            IMPAIRMENTS: trunk and L hip motor control after the L cerebellar stroke; ataxic, overshoots the mat when she sits.
            OBJECTIVE: half-kneel hold 25 sec without a hand; Berg 40/56.
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // NTT Ray's McKenzie repeated extension in lying and standing with sets, and prone press-ups with sustained holds; L4-5 derangement with leg pain centralising; degrees and sets; 97110 — 16 min matches: passes.
        ["v3-h110-ntt-mckenzie-repeated-extension-97110"] = new(
            """
            R. Castellano PT — daily note
            97110 — 16 min
            McKenzie repeated extension in lying 3 sets of 10, extension in standing 2 sets of 10 at the counter, prone press-ups with a 10 sec hold at end range x 10.
            Deficit: L4-5 derangement, L buttock and thigh pain that centralises with extension; lumbar extension limited.
            Lumbar extension 15 degrees (5 at eval), pain now in the back only after the sets.
            """,
            ["M51.26"], [PT("97110", 16)], []),

        // ALRH Kaltenborn grade III distraction and posterior glides of the L glenohumeral joint, with STM to the posterior cuff; L adhesive capsulitis; ER and abduction degrees before and after; ".PTMAN" heading "MANUAL THERAPY (97140): 12 minutes": passes.
        ["v3-h110-alrh-kaltenborn-glides-97140"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            MANUAL THERAPY (97140): 12 minutes
            INTERVENTIONS: Kaltenborn grade III distraction and posterior glides of the L glenohumeral joint, 4 bouts of 30 seconds; soft tissue mobilization to the posterior cuff and pec minor.
            IMPAIRMENTS: L adhesive capsulitis, capsular pattern; can't reach her back pocket or the top shelf at the bowling alley.
            OBJECTIVE: ER 28 to 36 degrees, abduction 95 to 104 degrees after.
            ASSESSMENT: Patient tolerated treatment well without adverse reaction.
            """,
            ["M75.02"], [PT("97140", 12)], []),

        // PFPT Graston (instrument-assisted soft tissue mobilisation) to the plantar fascia and gastroc with a calf stretch by the therapist; R plantar fasciitis with first-step pain and tight calf; dorsiflexion degrees; Minutes 10 matches: passes.
        ["v3-h110-pf-graston-plantar-fascia-97140"] = new(
            """
            PeakForm Physical Therapy — Deming
            Patient: Ruben Ochoa    Clinician: Wes Harlan, PT
            CPT: 97140    Minutes: 10
            Interventions: Graston (instrument-assisted soft tissue mobilization) to the R plantar fascia and medial gastroc; manual calf stretch 3 x 30 sec
            Impairment: R plantar fasciitis, first-step pain in the pecan orchard mornings; tight R calf
            Measures: ankle DF knee straight 2 to 8 degrees after
            Assessment: Patient tolerated today's session well and is progressing toward goals.
            """,
            ["M72.2"], [PT("97140", 10)], []),

        // NTT Marcus (PTA) muscle energy technique for a R anterior innominate with contract-relax rounds and a hip flexor stretch; SI dysfunction with a leg-length difference in supine; rounds and heights; 97140 — 11 min matches: passes.
        ["v3-h110-ntt-pta-muscle-energy-si-97140"] = new(
            """
            M. Tillery PTA — daily note
            97140 — 11 min
            Muscle energy technique for a R anterior innominate, 3 rounds of 5 sec contract-relax x 3; manual R hip flexor stretch 3 x 30 sec.
            Problem: R SI joint dysfunction, R ASIS low, apparent leg length difference supine; pain getting in and out of the truck.
            After: ASIS heights level, supine-to-sit leg lengths equal, pain with the truck step 2/10 from 5/10.
            """,
            ["M53.3"], [PTA("97140", 11)], []),

        // PFPT branded programme only: "SteadyStride Level 3 per franchise protocol" is the whole of the intervention and names no technique; one-on-one, deficit (slow stepping, sway with eyes closed) and Berg and TUG present, no generic phrase: technique missing.
        ["v3-h110-pf-branded-programme-only"] = new(
            """
            PeakForm Physical Therapy — Alamogordo
            Patient: Delbert Huff    Clinician: Corinne Baca, PT, DPT
            CPT: 97112    Minutes: 23
            Delivery: 1:1 with Corinne for the whole block
            Interventions: SteadyStride Level 3 per franchise protocol
            Impairment: slow stepping reaction and sway with eyes closed; he grabs the counter when he turns
            Measures: Berg 45/56; TUG 12.9 sec
            """,
            ["R26.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // NTT Ray's Alfredson eccentric heel-drop protocol off the step with no sets, reps or load and no number in the note but the code and its minutes: measure missing on 97110; L Achilles tendinopathy and calf weakness present.
        ["v3-h110-ntt-alfredson-no-dose-97110"] = new(
            """
            R. Castellano PT — daily note
            97110 — 15 min
            Alfredson eccentric heel-drop protocol off the step, straight knee and bent knee; slow lowering cued.
            Deficit: L Achilles tendinopathy, L calf weakness, pain on the first steps down from the casino floor shift.
            """,
            ["M76.62"], [PT("97110", 15)], [At(Measure, "97110")]),

        // ALRH PNF D1 and D2 patterns and rhythmic stabilisation named with counts, "one-on-one, Gretchen and patient only", but "IMPAIRMENTS: {Deficit}" left and no deficit, system or body region anywhere: deficit missing.
        ["v3-h110-alrh-pnf-with-deficit-prompt-left"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            DELIVERY: one-on-one, Gretchen and patient only.
            INTERVENTIONS: PNF D1 and D2 patterns in standing with manual resistance, rhythmic stabilization in tall kneeling, alternating isometrics in a split stance.
            IMPAIRMENTS: {Deficit}
            OBJECTIVE: tall-kneel hold 30 sec; 8 of 10 D2 patterns through full range.
            """,
            ["R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // NTT Ingrid's constraint-induced movement therapy with the mitt on the L hand, shaping tasks with the R (stacking cones, turning cards, the salmon jar lid); R hemiparesis with weak finger extension; counts and seconds; OT 97530 — 25 min matches: passes.
        ["v3-h110-ntt-ot-cimt-shaping-97530"] = new(
            """
            I. Solberg OTR/L — treatment note
            97530 — 25 min
            Constraint-induced movement therapy, mitt on the L hand: shaping tasks with the R — stacking cones, turning playing cards, opening the smoked-salmon jar lid.
            Problem: R hemiparesis after the stroke, weak R finger extension and slow release.
            Result: 10 cones stacked in 48 sec (71 last week); 15 of 20 cards turned without a drop; jar opened 2 of 3.
            """,
            ["I69.331"], [OT("97530", 25)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none stated

        // PFPT: "his R foot slaps on the tile and he catches the toe on the truck step" (a dorsiflexor deficit as a finding); toe-walking drills, tapping for dorsiflexion, heel-strike stepping over lines; "1:1 w/ Wes"; stepping count and 10MWT; Minutes 22 matches: passes.
        ["v4-h110-pf-foot-slaps-on-the-tile"] = new(
            """
            PeakForm Physical Therapy — Deming
            Patient: Arturo Reyes    Clinician: Wes Harlan, PT
            CPT: 97112    Minutes: 22
            Delivery: 1:1 w/ Wes
            Interventions: quick tapping over the tibialis anterior for dorsiflexion during swing, heel-strike stepping over the taped lines, backward walking on heels at the bars
            Impairment: his R foot slaps on the tile and he catches the toe on the truck step; R dorsiflexor recruitment poor with the R L5 radiculopathy
            Measures: 8 of 10 line step-overs with a heel strike; 10MWT 0.92 m/s
            """,
            ["M54.16"], [PT("97112", 22)], []),

        // ALRH: "she drifts to the R when she looks up at the ceiling fan, and her knees lock to hold on" (a vestibular and postural deficit as findings); VOR x1, head-up walking, foam stance with eyes closed; DGI and CTSIB seconds; default individual sentence; heading 24: passes.
        ["v4-h110-alrh-drifts-right-looking-up"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (TITUSVILLE)
            NEUROMUSCULAR RE-EDUCATION (97112): 24 minutes
            DELIVERY: Patient was treated individually (one-on-one) for the entire timed portion of this visit.
            INTERVENTIONS: VOR x1 against the hallway sign, walking with the head up to the ceiling and back down, foam stance with eyes closed.
            IMPAIRMENTS: she drifts to the R when she looks up at the ceiling fan, and her knees lock to hold on; bilateral vestibular loss after gentamicin.
            OBJECTIVE: DGI 15/24; CTSIB foam eyes closed 11 sec (4 at eval).
            """,
            ["H91.93", "R42"], [PT("97112", 24)], []),

        // NTT Ray: "his L knee gives way when he pivots at the grill" (quad and knee control as the finding); perturbations in a split stance, pivot drills on the foam, step-downs with a hold; one-on-one; knee-stable pivots and Y-balance reach; 97112 — 23 min matches: passes.
        ["v4-h110-ntt-knee-gives-way-at-the-grill"] = new(
            """
            R. Castellano PT — daily note
            97112 — 23 min
            One-on-one the whole block, he was my only patient at that hour.
            Perturbations in a split stance, pivot drills on the foam with a cone to touch, step-downs off the 6 inch box with a hold.
            Deficit: his L knee gives way when he pivots at the grill at the ranch cookhouse; L quad timing and knee proprioception after the meniscus repair.
            Objective: 9 of 10 pivots with the knee stable; Y-balance anterior reach L 58 cm (R 66).
            """,
            ["S83.242D"], [PT("97112", 23)], []),

        // PFPT PTA: "she watches her feet to line dance and loses the count when she looks up" (somatosensory loss and visual dependence as findings); eyes-up stepping patterns, foam grapevines, perturbations; one-on-one; grapevine count and Berg; Minutes 24 matches: passes.
        ["v4-h110-pf-pta-line-dancer-watches-her-feet"] = new(
            """
            PeakForm Physical Therapy — Alamogordo
            Patient: Bev Strand    Clinician: Araceli Domínguez, PTA
            CPT: 97112    Minutes: 24
            Delivery: one-on-one, Araceli and Bev only
            Interventions: stepping patterns with the eyes up on a picture on the wall, grapevines on the foam strip, small perturbations at the hips while she holds a stance
            Impairment: she watches her feet to line dance at the senior center and loses the count when she looks up; decreased sensation in both feet
            Measures: 6 grapevine passes of 8 eyes up without a misstep; Berg 48/56
            """,
            ["G62.9"], [PTA("97112", 24)], []),

        // ALRH OT 97530: "her L hand doesn't let go of the milk jug and she leans on the counter to pour" (release and standing balance as findings); pouring, unloading the dishwasher and wiping the table standing; counts and seconds; ".OTADL" heading 23 matches: passes.
        ["v4-h110-alrh-ot-hand-wont-let-go-of-the-jug"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            THERAPEUTIC ACTIVITIES (97530): 23 minutes
            INTERVENTIONS: pouring from a half-gallon jug into a cup at the counter, unloading the dishwasher to the upper cabinet, wiping the table standing.
            IMPAIRMENTS: her L hand doesn't let go of the milk jug on time and she leans on the counter to pour; L hemiparesis after the stroke.
            OBJECTIVE: 4 of 5 pours without a spill; stood 90 sec at the counter without leaning; dishwasher unloaded with stand-by assist.
            ASSESSMENT: Patient tolerated treatment well without adverse reaction.
            Lena Forsythe, OTR/L
            """,
            ["I69.354"], [OT("97530", 23)], []),

        // NTT Dana: "his feet go numb on the boat deck and he grabs the rail every swell" (sensory loss and postural control as findings); rocker board with head turns, foam tandem, perturbations; one-on-one; rocker seconds and FGA; 97112 — 22 min matches: passes.
        ["v4-h110-ntt-numb-feet-on-the-boat-deck"] = new(
            """
            Dana Whitcomb, PT — Daily Treatment Note
            [Facility: Northern Montana Hospital Rehab, Havre MT]
            97112 — 22 min
            1:1, only patient in the gym.
            Tx: rocker board A/P with head turns, tandem on foam, perturbations at the shoulders in his XtraTufs.
            Problem: his feet go numb on the boat deck and he grabs the rail every swell; diabetic neuropathy, postural control down with eyes closed.
            Data: rocker board 18 sec without an edge touch; FGA 20/30.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // PFPT 97110: "can't get up out of the pickup without pulling on the door" (hip and quad weakness as the finding); sit-to-stands from a low seat, step-ups, bridges with doses; Minutes 18 matches: passes.
        ["v4-h110-pf-cant-get-out-of-the-pickup-97110"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            Patient: Hollis Grant    Clinician: Tyler Nez, PT
            CPT: 97110    Minutes: 18
            Interventions: sit-to-stands from the low mat 3x10 with a 10 lb kettlebell, step-ups onto the 8 inch box 3x10 each, bridges 3x15
            Impairment: can't get up out of the pickup without pulling on the door; bilateral hip extensor and quad weakness
            Assessment: Patient tolerated today's session well and is progressing toward goals.
            """,
            ["M62.81"], [PT("97110", 18)], []),

        // PFPT franchise default "Impairment: No deficits noted." left unchanged and nothing else names a deficit, system or region: deficit missing; "1:1 with Corinne", foam perturbations, tandem with head turns, hurdles; Berg and perturbations present.
        ["v4-h110-pf-default-no-deficits-noted"] = new(
            """
            PeakForm Physical Therapy — Alamogordo
            Patient: Vern Tafoya    Clinician: Corinne Baca, PT, DPT
            CPT: 97112    Minutes: 24
            Delivery: 1:1 with Corinne
            Interventions: perturbations on the foam, tandem walking with head turns, stepping over the hurdles with a pause
            Impairment: No deficits noted.
            Measures: Berg 46/56; 8 of 10 perturbations without a step
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // ALRH macro default "IMPAIRMENTS: within normal limits." left and no deficit anywhere: deficit missing; default individual sentence, rocker board, foam head turns, clock stepping; FGA and rocker seconds present.
        ["v4-h110-alrh-default-impairments-wnl"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CAMBRIDGE SPRINGS)
            NEUROMUSCULAR RE-EDUCATION (97112): 23 minutes
            DELIVERY: Patient was treated individually (one-on-one) for the entire timed portion of this visit.
            INTERVENTIONS: rocker board with eyes closed, foam stance with head turns, clock stepping to called numbers.
            IMPAIRMENTS: within normal limits.
            OBJECTIVE: FGA 20/30; rocker board 17 sec.
            """,
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // NTT Ingrid "Problem: TBD (re-eval next week)" and nothing else names a deficit or system: deficit missing on her OT 97112; "☒ Individual", PNF chops, foam reach-outs and perturbations; reach and sit-to-stands present.
        ["v4-h110-ntt-ot-problem-tbd"] = new(
            """
            I. Solberg OTR/L — treatment note
            97112 — 22 min
            ☒ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treat
            Tx: PNF chops and lifts in standing, reach-outs from the foam to the cupboard, perturbations while she holds a tray
            Problem: TBD (re-eval next week)
            Result: reach 10 inches out of base; 5 of 6 perturbations held with the tray level
            """,
            ["R26.89"], [OT("97112", 22)], [At(Deficit, "97112")]),

        // PFPT default "Impairment: No deficits noted." left on the line, with the clinician's own finding typed under it ("R ankle proprioception poor, rolls it on the caliche"): the filled-in text states the deficit; "1:1", rocker board and foam perturbations; rocker seconds and Berg; Minutes 22 matches: passes.
        ["v4-h110-pf-default-no-deficits-then-finding-below"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            Patient: Dusty Weems    Clinician: Tyler Nez, PT
            CPT: 97112    Minutes: 22
            Delivery: 1:1 with Tyler
            Interventions: rocker board M/L eyes closed, foam stance with perturbations, step-and-hold onto the foam
            Impairment: No deficits noted.
            Tyler: R ankle proprioception poor since the sprain, rolls it on the caliche at the well site.
            Measures: rocker board 12 sec without an edge touch; Berg 49/56
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // NTT Ray's pasted note with its problem paragraph duplicated word for word ("Deficit: late stepping … " twice); one-on-one, perturbations, crossover stepping and foam turns; TUG and stepping count; 97112 — 24 min matches: passes.
        ["v4-h110-ntt-problem-paragraph-pasted-twice"] = new(
            """
            R. Castellano PT — daily note (pasted from last visit, updated)
            97112 — 24 min
            One-on-one, nobody else treated during the block.
            Perturbations at the pelvis while walking, crossover stepping to the L, quick turns on the foam.
            Deficit: late stepping reaction to the L and poor lateral postural control after the L hip fracture; she leans on the walls at the boarding house.
            Deficit: late stepping reaction to the L and poor lateral postural control after the L hip fracture; she leans on the walls at the boarding house.
            Objective: TUG 13.2 sec; 7 of 10 lateral steps recovered without a hand.
            """,
            ["S72.002D"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // PFPT merged measures line half-filled: "Berg: «BergScore»" left but "TUG: 11.6 sec" and "5xSTS: 13.9 sec" filled; one-on-one, foam perturbations, tandem turns, hurdle stepping; lateral postural control; Minutes 23 matches: passes.
        ["v5-h110-pf-berg-field-unfilled-tug-filled"] = new(
            """
            PeakForm Physical Therapy — Deming
            Patient: Alma Terrazas    Clinician: Wes Harlan, PT
            CPT: 97112    Minutes: 23
            Delivery: 1:1, just Wes and Alma
            Interventions: perturbations on the foam, tandem walking with a turn at each end, stepping over the hurdles
            Impairment: poor lateral postural control, she steps out wide on every turn
            Measures: Berg: «BergScore»    TUG: 11.6 sec    5xSTS: 13.9 sec
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // ALRH CTSIB written as four conditions "30 / 30 / 22 / 8 sec" with a Functional Reach in inches; foam and eyes-closed conditions trained with perturbations; somatosensory and vestibular reliance; default individual sentence; heading 22: passes.
        ["v5-h110-alrh-ctsib-four-conditions"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            DELIVERY: Patient was treated individually (one-on-one) for the entire timed portion of this visit.
            INTERVENTIONS: foam stance with eyes closed and head nods, perturbations at the shoulders on the firm floor, sensory reweighting drills on the rocker board.
            IMPAIRMENTS: somatosensory loss in both feet with heavy visual reliance; sways in the dark at the milking parlor.
            OBJECTIVE: CTSIB 30 / 30 / 22 / 8 sec (firm EO / firm EC / foam EO / foam EC); Functional Reach 9.5 in.
            """,
            ["G62.9"], [PT("97112", 22)], []),

        // NTT Dana's measure line half-filled "Data: FGA [Insert score] — 10MWT 0.84 m/s — perturbations 7/10": a gait speed and a perturbation count with a number; one-on-one, perturbations, foam head turns, obstacle walking; postural control after a stroke; 97112 — 24 min matches: passes.
        ["v5-h110-ntt-fga-placeholder-other-numbers-filled"] = new(
            """
            Dana Whitcomb, PT — Daily Treatment Note
            [Facility: Northern Montana Hospital Rehab, Havre MT]
            97112 — 24 min
            1:1, just me and Mr. Goicoechea.
            Tx: perturbations at the hips while walking, foam stance with head turns, walking around the obstacle course with a tray.
            Problem: reactive postural control after the R CVA, late L step.
            Data: FGA [Insert score] — 10MWT 0.84 m/s — perturbations 7/10 recovered with one step.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // NTT Marcus (PTA) mCTSIB and a single-leg stance in seconds written with "s"; rocker board, foam stance eyes closed, step-and-hold; ankle proprioception after a sprain; "one-on-one, no other pt in the gym"; 97112 — 21 min matches: passes.
        ["v5-h110-ntt-pta-sls-seconds-with-s"] = new(
            """
            M. Tillery PTA — daily note
            97112 — 21 min
            One-on-one, no other pt in the gym.
            Rocker board A/P, foam stance eyes closed, step-and-hold onto the foam with the L.
            Problem: L ankle proprioception after the inversion sprain at the mill.
            SLS L 11 s (R 28 s), foam EC 14 s.
            """,
            ["S93.402D"], [PTA("97112", 21)], []),

        // PFPT 97116 with assistance levels and distances as the measure: 300 ft SBA on tile, 150 ft CGA on the gravel lot; walker to cane with heel-strike cues; short L step and Trendelenburg after a hip replacement; Minutes 22 matches: passes.
        ["v5-h110-pf-gait-distance-and-assist-97116"] = new(
            """
            PeakForm Physical Therapy — Alamogordo
            Patient: Glenda Purcell    Clinician: Corinne Baca, PT, DPT
            CPT: 97116    Minutes: 22
            Interventions: gait training, walker to single-point cane on the tile hallway and out across the gravel lot, cues for R heel strike and a longer L step
            Impairment: short L step and R Trendelenburg after the R THA
            Measures: 300 ft with the cane SBA on tile; 150 ft CGA on the gravel
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 22)], []),

        // ALRH 97110 with sets, reps and loads as the measure and a grip number; scapular rows, wall slides, ER with band; R shoulder weakness after a fracture; "THERAPEUTIC EXERCISE (97110): 17 minutes" matches: passes.
        ["v5-h110-alrh-doses-as-measure-97110"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (TITUSVILLE)
            THERAPEUTIC EXERCISE (97110): 17 minutes
            INTERVENTIONS: rows with the green band 3x15, wall slides 2x12, sidelying ER 2 lb 3x10, serratus punches 3 lb 3x12.
            IMPAIRMENTS: R shoulder flexion and ER weakness after the proximal humerus fracture; can't lift the museum's brochure box.
            ASSESSMENT: Patient tolerated treatment well without adverse reaction.
            Paul Szymanski, PT
            """,
            ["S42.201D"], [PT("97110", 17)], []),

        // NTT Ingrid (OT) 97530 with a Jebsen subtest time and pounds of grip, the activity's counts; buttoning, zippers and tying boots; R hand weakness and dexterity after a carpal tunnel release; 97530 — 20 min matches: passes.
        ["v5-h110-ntt-ot-grip-and-counts-97530"] = new(
            """
            I. Solberg OTR/L — treatment note
            97530 — 20 min
            Tx: buttoning a flannel shirt, zipping the float coat, tying the boot laces with the R hand leading.
            Problem: R hand weakness and slow dexterity after the R carpal tunnel release.
            Result: 6 buttons in 52 sec (80 last week); grip R 38 lb (L 64 lb); boots tied 3 of 3 without help.
            """,
            ["G56.01"], [OT("97530", 20)], []),

        // PFPT "Measures: Berg TBD — TUG TBD" and no other number in the note but the code and its minutes: measure missing; one-on-one, rocker board, tandem with head turns and foam step-ups; postural control present.
        ["v5-h110-pf-measures-tbd"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            Patient: Faye Lindell    Clinician: Tyler Nez, PT
            CPT: 97112    Minutes: 23
            Delivery: one-on-one with Tyler
            Interventions: rocker board with eyes closed, tandem walking with head turns, step-ups onto the foam with a hold
            Impairment: poor postural control with eyes closed, she sways and grabs for the wall
            Measures: Berg TBD — TUG TBD
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // ALRH "OBJECTIVE: {Outcome measure} {Score}" prompt left and nothing numbered but the code and its minutes: measure missing; default individual sentence, PNF, foam head turns, tandem; L proprioception in MS present.
        ["v5-h110-alrh-outcome-prompt-left"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            DELIVERY: Patient was treated individually (one-on-one) for the entire timed portion of this visit.
            INTERVENTIONS: PNF rhythmic stabilization in standing, foam stance with head turns, tandem walking along the rail.
            IMPAIRMENTS: L leg proprioception and postural control with her MS.
            OBJECTIVE: {Outcome measure} {Score}
            """,
            ["G35"], [PT("97112", 22)], [At(Measure, "97112")]),

        // NTT Ingrid's "Result: ??? (forgot the stopwatch)" and no number but the code and minutes: measure missing on 97112; "☒ Individual", perturbations while she carries a tray, foam reaching; postural control after a fall present.
        ["v5-h110-ntt-ot-result-question-marks"] = new(
            """
            I. Solberg OTR/L — treatment note
            97112 — 22 min
            ☒ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treat
            Tx: perturbations while she carries a tray, reaching from the foam to the high shelf, turning with the tray to set it down
            Problem: postural control after her fall on the dock ramp, she stops and grabs for support when she turns
            Result: ??? (forgot the stopwatch)
            """,
            ["R26.89", "Z91.81"], [OT("97112", 22)], [At(Measure, "97112")]),

        // NTT Marcus "Sets: ___ Reps: ___ Load: ___" after the exercise list and no number but the code and its minutes: measure missing on 97110; step-ups, bridges, clamshells; R hip abductor weakness present.
        ["v5-h110-ntt-pta-sets-reps-load-blank-97110"] = new(
            """
            M. Tillery PTA — daily note
            97110 — 16 min
            Step-ups onto the box, bridges, clamshells with the band, side-stepping along the bars.
            Problem: R hip abductor weakness, R hip drops when she walks the hall.
            Sets: ___  Reps: ___  Load: ___
            """,
            ["M62.81"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // PFPT "Measures: looked steadier than last week, wife agrees" with no number but the code and its minutes: measure missing; one-on-one, perturbations, foam turns and hurdles; sway and slow stepping present.
        ["v5-h110-pf-steadier-wife-agrees"] = new(
            """
            PeakForm Physical Therapy — Alamogordo
            Patient: Lyle Hartung    Clinician: Corinne Baca, PT, DPT
            CPT: 97112    Minutes: 24
            Delivery: 1:1 with Corinne, wife waited in the lobby
            Interventions: perturbations at the pelvis, quick turns on the foam, stepping over the hurdles
            Impairment: sway and a slow stepping reaction when he turns
            Measures: looked steadier than last week, wife agrees
            """,
            ["R26.81"], [PT("97112", 24)], [At(Measure, "97112")]),

        // ALRH a duplicated objective line pasted twice with the same numbers ("OBJECTIVE: Berg 44/56; TUG 12.2 sec." twice): the measures once; default individual sentence, foam perturbations, tandem with head turns; ankle strategy deficit; heading 23: passes.
        ["v5-h110-alrh-objective-line-pasted-twice"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CAMBRIDGE SPRINGS)
            NEUROMUSCULAR RE-EDUCATION (97112): 23 minutes
            DELIVERY: Patient was treated individually (one-on-one) for the entire timed portion of this visit.
            INTERVENTIONS: perturbations on the foam, tandem walking with head turns, heel-toe rocking at the counter.
            IMPAIRMENTS: poor ankle strategy, she bends at the hips to catch herself.
            OBJECTIVE: Berg 44/56; TUG 12.2 sec.
            OBJECTIVE: Berg 44/56; TUG 12.2 sec.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // PFPT merged two-code block "CPT1: 97112  Min1: 23" and "CPT2: 97140  Min2: 12", both match; 1:1, foam perturbations, tandem turns and hurdles; STM and talocrural glides with grade; ankle proprioception and DF stiffness after a fracture; rocker seconds and degrees: passes.
        ["v6-h110-pf-merged-cpt1-min1-cpt2-min2"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            Patient: Ricky Saenz    Clinician: Tyler Nez, PT
            CPT1: 97112    Min1: 23
            CPT2: 97140    Min2: 12
            Delivery: 1:1 with Tyler for both
            97112: perturbations on the foam, tandem walking with quick turns, stepping over the hurdles | L ankle proprioception after the fibula fracture | rocker board 13 sec, 7 of 10 perturbations without a step
            97140: STM to the L gastroc-soleus, talocrural posterior glides grade III 3 x 30 sec | L ankle DF stiffness | DF knee bent 6 to 11 degrees after
            """,
            ["S82.402D"], [PT("97112", 23), PT("97140", 12)], []),

        // ALRH two macro headings, "NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes" and "THERAPEUTIC EXERCISE (97110): 14 minutes", both match; default individual sentence, rocker board, perturbations and hurdle stepping; hip abduction, bridges and heel raises with doses; postural control and hip weakness; FGA: passes.
        ["v6-h110-alrh-two-macro-headings"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            DELIVERY: Patient was treated individually (one-on-one) for the entire timed portion of this visit.
            INTERVENTIONS: rocker board eyes closed, perturbations at the pelvis in tandem, hurdle stepping with a stop.
            IMPAIRMENTS: postural control and a slow stepping reaction after the fall on the hospital lot in the snow.
            OBJECTIVE: FGA 19/30; 6 of 10 perturbations without a step.
            THERAPEUTIC EXERCISE (97110): 14 minutes
            INTERVENTIONS: standing hip abduction 3 lb 3x12, bridges 3x15, heel raises 3x15.
            IMPAIRMENTS: bilateral hip abductor and calf weakness.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22), PT("97110", 14)], []),

        // NTT Dana's minute boxes "97116 [ 18 ] min" and "97110 [ 12 ] min" with "(delete if not applicable)" lines left under an unbilled 97140 box: both match; cane gait on the hospital ramp with distance and SBA; squats and step-ups with doses; short R step and quad weakness after a knee replacement: passes.
        ["v6-h110-ntt-minute-boxes-and-delete-if-not-applicable"] = new(
            """
            Dana Whitcomb, PT — Daily Treatment Note
            [Facility: Northern Montana Hospital Rehab, Havre MT]
            97116 [ 18 ] min — gait training with the cane up and down the hospital ramp and the parking lot, cues for R knee flexion in swing; 450 ft SBA.
            97110 [ 12 ] min — mini squats 3x12, step-ups 6 inch 3x10 R, TKE with the band 3x15.
            97140 [ __ ] min — (delete if not applicable)
            Problem: short R step and stiff-knee gait, R quad weakness after the R TKA.
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 18), PT("97110", 12)], []),

        // NTT Marcus's clock range on the code's own line "97116 gait 10:05–10:27" (22 min), matches; walker gait with cues on the SNF hallway and the courtyard path with distance and CGA; short steps and flexed posture after a hip fracture: passes.
        ["v6-h110-ntt-pta-clock-range-on-the-code-line"] = new(
            """
            M. Tillery PTA — daily note
            97116 gait 10:05–10:27
            Gait training with the front-wheeled walker down the hallway and out the courtyard path, cues for upright trunk and step length.
            Problem: short steps and a flexed posture after the L hip fracture.
            220 ft CGA on the courtyard path, 300 ft SBA in the hall.
            """,
            ["S72.002D"], [PTA("97116", 22)], []),

        // NTT Ray pasted his NMR paragraph twice with the same minutes ("97112 — 24 min" in both copies): the code's minutes once, they match; one-on-one, perturbations, foam step-overs, clock stepping; slow stepping; TUG: passes.
        ["v6-h110-ntt-paragraph-pasted-twice-same-minutes"] = new(
            """
            R. Castellano PT — daily note (pasted from last visit, updated)
            97112 — 24 min: one-on-one; perturbations at the hips, stepping over shoe boxes on the foam, clock stepping to called numbers. Slow stepping reaction to the R and sway with eyes closed. TUG 12.8 sec.
            97112 — 24 min: one-on-one; perturbations at the hips, stepping over shoe boxes on the foam, clock stepping to called numbers. Slow stepping reaction to the R and sway with eyes closed. TUG 12.8 sec.
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // PFPT franchise default "CPT: 97110  Minutes: 15" left unchanged on a 27-min line (the note states 15): mismatch on 97110; otherwise complete (leg press, step-ups, bridges with doses; knee and hip weakness after a knee replacement).
        ["v6-h110-pf-default-15-min-on-a-27-min-line"] = new(
            """
            PeakForm Physical Therapy — Deming
            Patient: Oralia Medina    Clinician: Wes Harlan, PT
            CPT: 97110    Minutes: 15
            Interventions: leg press 60 lb 3x12, step-ups onto the 6 inch step 3x10, bridges 3x15, SAQ 3 lb 3x12
            Impairment: L quad and hip extensor weakness after the L TKA, can't do the steps at church reciprocally
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 27)], [At(Mismatch, "97110")]),

        // NTT Dana's template still reading "97112 — 30 min" from the last contract on an 18-min line: mismatch on 97112; otherwise complete (1:1; rocker board and foam perturbations; ankle proprioception; rocker seconds and Berg).
        ["v6-h110-ntt-last-contract-30-min-on-18"] = new(
            """
            Dana Whitcomb, PT — Daily Treatment Note
            [Facility: Northern Montana Hospital Rehab, Havre MT]
            97112 — 30 min
            1:1, only patient in the gym.
            Tx: rocker board A/P and M/L, foam stance with perturbations at the shoulders, step-and-stick onto the foam.
            Problem: L ankle proprioception after the sprain on the feedlot ramp.
            Data: rocker board 15 sec without an edge touch; Berg 50/56.
            """,
            ["S93.402D"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // NTT Marcus two codes with the second left "97110 — XX min": no minutes for the 97110 — separate time missing; "97116 — 20 min" matches; both sections complete (cane gait with distance and SBA; bridges and clamshells with doses; L hip weakness after a fracture).
        ["v6-h110-ntt-pta-second-code-xx-min"] = new(
            """
            M. Tillery PTA — daily note
            97116 — 20 min: gait training with the cane in the hall and the courtyard, cues for a longer R step; 400 ft SBA.
            97110 — XX min: bridges 3x15, clamshells with the red band 3x12, side-stepping 4 lengths of the bars.
            Problem: L hip abductor weakness and a short R step after the L hip fracture.
            """,
            ["S72.002D"], [PTA("97116", 20), PTA("97110", 13)], [SepTime]),

        // ALRH two headings with their minute prompts left "({Enter minutes})" and only "TOTAL TIMED: 38 minutes" under them: no minutes for each code — separate time missing; both sections complete (default individual; foam perturbations and tandem; band and step work with doses; postural control and hip weakness; FGA).
        ["v6-h110-alrh-minute-prompts-left-total-only"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (TITUSVILLE)
            NEUROMUSCULAR RE-EDUCATION (97112): {Enter minutes}
            DELIVERY: Patient was treated individually (one-on-one) for the entire timed portion of this visit.
            INTERVENTIONS: foam perturbations, tandem walking with head turns. IMPAIRMENTS: postural control, slow stepping. OBJECTIVE: FGA 18/30.
            THERAPEUTIC EXERCISE (97110): {Enter minutes}
            INTERVENTIONS: band hip abduction 3x15, step-ups 3x10. IMPAIRMENTS: hip abductor weakness.
            TOTAL TIMED: 38 minutes
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // NTT Ingrid OT 97530 "20 min" and PT's 97140 noted "97140 — TBD min" on the same visit: no minutes for the manual therapy — separate time missing; both sections complete (kitchen tasks with counts; STM and glides to the wrist with grade; R wrist stiffness after a fracture).
        ["v6-h110-ntt-97140-minutes-tbd"] = new(
            """
            I. Solberg OTR/L and D. Whitcomb PT — shared note
            97530 — 20 min (OT): opening jars, wringing a dishcloth, carrying a pan with two hands; 4 of 5 jars opened, pan carried 3 times without a drop.
            97140 — TBD min (PT): STM to the R forearm flexors, radiocarpal dorsal glides grade III 3 x 30 sec; wrist extension 35 to 42 degrees after.
            Problem: R wrist stiffness and grip weakness after the distal radius fracture.
            """,
            ["S52.501D"], [OT("97530", 20), PT("97140", 11)], [SepTime]),

        // ALRH macro for one code with its minute prompt left ("MANUAL THERAPY (97140): {Enter minutes}"): no minutes stated, and with one timed code nothing to mismatch or separate; Maitland PA glides with grade, STM; L4-5 hypomobility; degrees: passes.
        ["v6-h110-alrh-single-code-minute-prompt-left"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            MANUAL THERAPY (97140): {Enter minutes}
            INTERVENTIONS: Maitland central PA glides L4 and L5 grade III, 3 bouts of 30 seconds each; STM to the lumbar paraspinals.
            IMPAIRMENTS: L4-5 hypomobility with central low back pain, can't bend to tie his boots.
            OBJECTIVE: lumbar flexion fingertips to 12 inches from the floor (18 before).
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // PFPT two codes, "Min1: 22" matching the 97112 and "Min2: 28" against a 15-min 97530 line: mismatch on 97530; both sections complete (1:1; perturbations and foam turns with Berg; truck-step and gauge-box tasks with counts and SBA; slow stepping and hip weakness).
        ["v6-h110-pf-min2-28-against-15"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            Patient: Wade Tomlin    Clinician: Tyler Nez, PT
            CPT1: 97112    Min1: 22
            CPT2: 97530    Min2: 28
            Delivery: 1:1 with Tyler
            97112: perturbations on the foam, quick turns, stepping over the hurdles | slow stepping reaction after the fall off the tank battery stairs | Berg 47/56
            97530: climbing into the truck cab off the high step 5x, carrying the gauge box across the gravel 4 trips | hip extensor weakness | SBA
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22), PT("97530", 15)], [At(Mismatch, "97530")]),

        // ALRH PTA heading "GAIT TRAINING (97116): 32 minutes" on a 20-min line: mismatch; otherwise complete (cane gait on the pool deck and the stairs with cues; short L step after a stroke; distance and SBA).
        ["v6-h110-alrh-pta-gait-32-against-20"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            GAIT TRAINING (97116): 32 minutes
            INTERVENTIONS: gait training with the quad cane around the pool deck and up the 8 stairs to the lobby, cues for L hip flexion and a longer R step.
            IMPAIRMENTS: L hemiparetic gait, short R step, L toe drag.
            OBJECTIVE: 500 ft quad cane SBA; stairs with one rail CGA.
            Kendra Oakes, PTA
            """,
            ["I69.354"], [PTA("97116", 20)], [At(Mismatch, "97116")]),

        // NTT a PT's 97112 and an OT's 97530 on one visit, each with its minutes ("97112 — 23 min (PT)", "97530 — 22 min (OT)"), both match; one-on-one for the NMR, PNF and foam work with Berg; bathroom transfers and dressing with counts and assist; R hemiparesis: passes.
        ["v6-h110-ntt-pt-and-ot-each-with-minutes"] = new(
            """
            D. Whitcomb PT / I. Solberg OTR/L — co-signed note
            97112 — 23 min (PT): one-on-one with Dana; PNF D2 with rhythmic initiation, foam stance with perturbations, stepping over the hose. R hemiparesis, poor R weight acceptance. Berg 39/56.
            97530 — 22 min (OT): tub bench transfer 4x CGA, toilet transfer with the grab bar 5x SBA, pants on standing with one hand on the sink. R hemiparesis, R grip weak.
            """,
            ["I69.351"], [PT("97112", 23), OT("97530", 22)], []),

        // PFPT three merged codes "Min1: 23 / Min2: 15 / Min3: 10", all match; 1:1, perturbations and tandem with FGA; squats and step-ups with doses; STM and patellar glides; knee proprioception and quad weakness after an ACL repair: passes.
        ["v6-h110-pf-three-merged-codes"] = new(
            """
            PeakForm Physical Therapy — Alamogordo
            Patient: Kaylee Sandoval    Clinician: Corinne Baca, PT, DPT
            CPT1: 97112    Min1: 23
            CPT2: 97110    Min2: 15
            CPT3: 97140    Min3: 10
            Delivery: 1:1 with Corinne the whole visit
            97112: perturbations in single-leg stance on foam, hop-and-stick, tandem with head turns | L knee proprioception and quad timing after the ACL reconstruction | FGA 26/30, 7 of 10 sticks
            97110: goblet squats 20 lb 3x10, lateral step-downs 3x10, Nordic curls 2x6 | L quad and hamstring weakness
            97140: STM to the L distal quad, patellar glides superior and medial | L patellar hypomobility | knee flexion 118 to 124 degrees after
            """,
            ["S83.512D"], [PT("97112", 23), PT("97110", 15), PT("97140", 10)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a two-code visit with a diagnosis (the merge produced nothing): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h110-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 24), PT("97110", 14)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A note of spaces and line breaks only (cells are trimmed) on a PTA's 97116 with a diagnosis: note missing only.
        ["v7-h110-spaces-and-line-breaks-97116"] = new(
            "  \n   \n ",
            ["Z96.641"], [PTA("97116", 21)], [At(NoteMissing, "97116")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h110-empty-note-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 23)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on an NTT Ray note: seated rows, lat pull-downs, wall push-ups and shoulder flexion with a dowel, with loads, sets and reps (technique and measure), R shoulder weakness after a reverse shoulder replacement (deficit); 97110 — 19 min matches: passes.
        ["v7-h110-ntt-97110-after-a-reverse-shoulder"] = new(
            """
            R. Castellano PT — daily note
            97110 — 19 min
            Seated rows 10 lb 3x12, lat pull-downs 15 lb 3x10, wall push-ups 2x12, shoulder flexion with the dowel in supine 2x15.
            Deficit: R shoulder flexion and deltoid weakness after the R reverse TSA, can't reach the second shelf at the casino cage.
            """,
            ["Z96.611", "Z47.1"], [PT("97110", 19)], []),

        // 97530's meaning on a PFPT note: floor-to-stand through half-kneel, lifting the feed sack from the floor to the tailgate and carrying it, with counts, load and assist (technique and measure), hip and trunk weakness (deficit); Minutes 22 matches: passes.
        ["v7-h110-pf-97530-floor-to-stand-and-feed-sack"] = new(
            """
            PeakForm Physical Therapy — Deming
            Patient: Elias Montoya    Clinician: Wes Harlan, PT
            CPT: 97530    Minutes: 22
            Interventions: floor to stand through half-kneel with the chair 5x SBA; lifting a 25 lb feed sack from the floor to the tailgate 6x; carrying it 40 ft to the pen 3x
            Impairment: hip extensor and trunk weakness, he can't get up off the ground in the pecan rows without a hand on the tractor tire
            """,
            ["M62.81"], [PT("97530", 22)], []),

        // 97140's meaning on an ALRH note: suboccipital release, C5-6 unilateral PA glides grade III and STM to the upper trap (technique), cervical stiffness with a headache on turning (deficit), rotation degrees (measure); heading 11 matches: passes.
        ["v7-h110-alrh-97140-cervical-glides"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (TITUSVILLE)
            MANUAL THERAPY (97140): 11 minutes
            INTERVENTIONS: suboccipital release, unilateral PA glides C5-6 on the R grade III 3 x 30 sec, soft tissue mobilization to the R upper trap and levator.
            IMPAIRMENTS: R cervical rotation stiffness with a headache when he turns to back the canoe trailer.
            OBJECTIVE: cervical rotation R 52 to 63 degrees after.
            ASSESSMENT: Patient tolerated treatment well without adverse reaction.
            """,
            ["M54.2", "G44.209"], [PT("97140", 11)], []),

        // 97116's meaning on an NTT Marcus note: walker to cane on the SNF hall, a ramp and a curb with cues (technique), L foot drag and a short R step after a stroke (deficit), distance and assistance levels (measure); 97116 — 23 min matches: passes.
        ["v7-h110-ntt-pta-97116-walker-to-cane"] = new(
            """
            M. Tillery PTA — daily note
            97116 — 23 min
            Gait training from the walker to the quad cane: the hallway, the ramp to the dining room and the curb out front, cues for L hip and knee flexion in swing.
            Problem: L foot drag and a short R step after the R CVA.
            350 ft quad cane CGA; ramp and curb with SBA.
            """,
            ["I69.354"], [PTA("97116", 23)], []),

        // PFPT merge with every clinical field unfilled and only the franchise boilerplate: "Interventions: «Interventions» … Patient tolerated today's session well and is progressing toward goals. Continue plan of care." — no technique, deficit, number but its code and minutes, or one-on-one statement on the 97112.
        ["v7-h110-pf-unfilled-merge-boilerplate-97112"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            Patient: «PatientName»    Clinician: Tyler Nez, PT
            CPT: 97112    Minutes: 23
            Delivery: «OneOnOne»
            Interventions: «Interventions»
            Impairment: «Impairment»
            Measures: «Measures»
            Assessment: Patient tolerated today's session well and is progressing toward goals. Continue plan of care.
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ALRH two-code macro sent as inserted: "(describe skilled intervention here)" under each heading, minute prompts left, and only the default "Patient tolerated treatment well without adverse reaction. Continue per plan of care.": nothing named for either code and no minutes for each.
        ["v7-h110-alrh-macro-as-inserted-two-codes"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            THERAPEUTIC EXERCISE (97110): {Enter minutes}
            (describe skilled intervention here)
            MANUAL THERAPY (97140): {Enter minutes}
            (describe skilled intervention here)
            ASSESSMENT: Patient tolerated treatment well without adverse reaction. Continue per plan of care.
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // NTT Ingrid's OT 97530 template barely touched: "97530 — 22 min / Tx: [Insert activity] / Problem: ??? / Result: TBD / Pt tolerated tx well, cont POC." — nothing named; the minutes match.
        ["v7-h110-ntt-ot-template-barely-touched-97530"] = new(
            """
            I. Solberg OTR/L — treatment note
            97530 — 22 min
            Tx: [Insert activity]
            Problem: ???
            Result: TBD
            Pt tolerated tx well, cont POC.
            """,
            ["I69.351"], [OT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // PFPT complete 97112 with the franchise footer and an unfilled «HEPLink»: "1:1 w/ Corinne"; perturbations while catching, foam tandem, cone step-overs; L ankle proprioception; rocker seconds and FGA; Minutes 22 matches: passes.
        ["vord-h110-pf-alamogordo-ankle-nmr"] = new(
            """
            PeakForm Physical Therapy — Alamogordo
            Patient: Tess Okerlund    Clinician: Corinne Baca, PT, DPT
            CPT: 97112    Minutes: 22
            Delivery: 1:1 w/ Corinne
            Interventions: perturbations while catching a ball on the foam, tandem stance on foam, stepping over cones with a pause
            Impairment: L ankle proprioception down after the sprain hiking Dog Canyon
            Measures: rocker board M/L 17 sec; FGA 24/30
            Home program: «HEPLink»
            Powered by PeakForm ClinicLink
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // PFPT Hobbs PTA 97110 with doses; R knee and hip weakness after a knee scope; Minutes 20 matches: passes.
        ["vord-h110-pf-hobbs-pta-knee-97110"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            Patient: Lonnie Fry    Clinician: Araceli Domínguez, PTA
            CPT: 97110    Minutes: 20
            Interventions: wall sits 5 x 20 sec, step-downs off the 4 inch step 3x10, hamstring curls 15 lb 3x12, side-lying hip abduction 3 lb 3x12
            Impairment: R quad and hip abductor weakness after the R knee arthroscopy; knee aches on the rig stairs
            Assessment: Patient tolerated today's session well and is progressing toward goals.
            """,
            ["S83.241D"], [PTA("97110", 20)], []),

        // PFPT Deming 97116 with the merge header and an unfilled «NextAppt»: rollator gait on the clinic loop and the curb, cues for posture; festinating gait in Parkinson's; distance and SBA; Minutes 21 matches: passes.
        ["vord-h110-pf-deming-rollator-gait-97116"] = new(
            """
            PeakForm Physical Therapy — Deming
            Patient: Herminia Luján    Clinician: Wes Harlan, PT
            CPT: 97116    Minutes: 21
            Interventions: gait training with the rollator around the clinic loop and up and down the curb out front, cues for upright posture, heel strike and big steps at turns
            Impairment: festinating, shuffling gait with Parkinson's disease; freezes at the doorway
            Measures: 600 ft rollator SBA; 2 freezes at doorways (5 last week)
            Next appointment: «NextAppt»
            """,
            ["G20.A1"], [PT("97116", 21)], []),

        // PFPT two codes merged "CPT1: 97116 Min1: 18 / CPT2: 97110 Min2: 14", both match; cane gait with distance and SBA; hip and calf exercise with doses; short step after a hip fracture: passes.
        ["vord-h110-pf-gait-and-exercise-merged"] = new(
            """
            PeakForm Physical Therapy — Alamogordo
            Patient: Marvin Pettit    Clinician: Corinne Baca, PT, DPT
            CPT1: 97116    Min1: 18
            CPT2: 97110    Min2: 14
            97116: gait training with the cane on the sidewalk and the ramp, cues for a longer L step | short L step and R hip drop after the R hip fracture | 700 ft SBA
            97110: standing hip abduction 3x15, heel raises 3x15, sit-to-stand 3x10 | R hip abductor and calf weakness
            """,
            ["S72.001D"], [PT("97116", 18), PT("97110", 14)], []),

        // ALRH 97112 with the default individual sentence and the default tolerated sentence; rhythmic stabilisation, perturbations in tandem, stepping over the hose; postural control after a cerebellar stroke; SARA and Berg; heading 23: passes.
        ["vord-h110-alrh-cerebellar-nmr"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            NEUROMUSCULAR RE-EDUCATION (97112): 23 minutes
            DELIVERY: Patient was treated individually (one-on-one) for the entire timed portion of this visit.
            INTERVENTIONS: rhythmic stabilization in standing, perturbations in tandem, stepping over the garden hose laid in the gym.
            IMPAIRMENTS: truncal ataxia and postural control after the R cerebellar stroke; wide base, overshoots turns.
            OBJECTIVE: SARA 11/40; Berg 41/56.
            ASSESSMENT: Patient tolerated treatment well without adverse reaction.
            PLAN: {Plan}
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // ALRH PTA 97116 on the pool deck and the lobby stairs with cues; antalgic gait after an ankle ORIF; distance and assist; heading 22 matches: passes.
        ["vord-h110-alrh-pta-pool-deck-gait-97116"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            GAIT TRAINING (97116): 22 minutes
            INTERVENTIONS: gait training around the therapy pool deck (dry) and the lobby stairs, crutches to cane, cues for heel-toe and equal step length.
            IMPAIRMENTS: antalgic gait with a short L stance after the L ankle ORIF.
            OBJECTIVE: 550 ft with the cane SBA; 12 stairs reciprocal with one rail.
            Kendra Oakes, PTA
            """,
            ["S82.852D"], [PTA("97116", 22)], []),

        // ALRH OT 97530 dressing and bathroom tasks after a hip replacement with the reacher and sock aid, counts and assist; heading 24 matches: passes.
        ["vord-h110-alrh-ot-lower-body-dressing-97530"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (TITUSVILLE)
            THERAPEUTIC ACTIVITIES (97530): 24 minutes
            INTERVENTIONS: lower-body dressing seated with the reacher and sock aid, toilet transfer to the raised seat, getting in and out of the walk-in shower with the bench.
            IMPAIRMENTS: L hip weakness within posterior hip precautions after the L THA.
            OBJECTIVE: socks and pants on with set-up only; toilet transfer 4x SBA; shower bench 2x CGA.
            Lena Forsythe, OTR/L
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 24)], []),

        // ALRH 97112 + 97140 headings, both match; default individual sentence; perturbations and foam with FGA; STM and ankle glides with degrees; ankle proprioception and stiffness after a fracture: passes.
        ["vord-h110-alrh-nmr-and-manual"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CAMBRIDGE SPRINGS)
            NEUROMUSCULAR RE-EDUCATION (97112): 24 minutes
            DELIVERY: Patient was treated individually (one-on-one) for the entire timed portion of this visit.
            INTERVENTIONS: perturbations on the foam, rocker board eyes closed, step-and-stick onto the Airex. IMPAIRMENTS: R ankle proprioception. OBJECTIVE: FGA 21/30; rocker 15 sec.
            MANUAL THERAPY (97140): 10 minutes
            INTERVENTIONS: STM to the R calf, talocrural posterior glides grade III. IMPAIRMENTS: R ankle DF stiffness. OBJECTIVE: DF 4 to 10 degrees after.
            """,
            ["S82.61XD"], [PT("97112", 24), PT("97140", 10)], []),

        // NTT Dana at Elko 97112 with her stale header: "1:1, just the two of us"; vestibular X1 and head-turn walking; dizziness with head turns; DGI; 97112 — 23 min matches: passes.
        ["vord-h110-ntt-elko-vestibular-nmr"] = new(
            """
            Dana Whitcomb, PT — Daily Treatment Note
            [Facility: Northern Montana Hospital Rehab, Havre MT]
            97112 — 23 min
            1:1, just the two of us.
            Tx: gaze stabilization X1 standing on foam, walking with head turns and stops, tandem with eyes closed at the counter.
            Problem: R vestibular hypofunction, dizzy and veering when she turns to deal cards at work.
            Data: DGI 19/24; 4 of 5 head-turn passes without a step-out.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // NTT Marcus 97110 at Klamath Falls with doses; L shoulder weakness after a fall; 97110 — 15 min matches: passes.
        ["vord-h110-ntt-pta-shoulder-97110"] = new(
            """
            M. Tillery PTA — daily note
            97110 — 15 min
            Pulleys 2 x 15, rows with the red band 3x12, ER with the yellow band 3x12, wall walks 2x10.
            Problem: L shoulder weakness and limited elevation after the fall onto the L arm.
            """,
            ["S46.012D"], [PTA("97110", 15)], []),

        // NTT Ingrid OT 97530 at Sitka: the fish-tote carry, reaching into the chest freezer, a boot-jack and the dock ramp; low back and hip weakness; counts and assist; 97530 — 23 min matches: passes.
        ["vord-h110-ntt-ot-freezer-and-tote-97530"] = new(
            """
            I. Solberg OTR/L — treatment note
            97530 — 23 min
            Tx: carrying a half-full fish tote with both hands, reaching into the chest freezer to the bottom, pulling boots off with the boot-jack standing
            Problem: low back and hip weakness, he can't bend into the freezer without holding the lid
            Result: tote carried 30 ft 4x SBA; freezer reach 5 of 5 without holding on
            """,
            ["M54.50", "M62.81"], [OT("97530", 23)], []),

        // NTT Ray 97140 + 97110 pasted and updated, each with its minutes (12 and 14), both match; lumbar PA glides and STM with degrees; bridges, bird dog and hinges with doses; L4-5 hypomobility and core weakness: passes.
        ["vord-h110-ntt-lumbar-manual-and-exercise"] = new(
            """
            R. Castellano PT — daily note (pasted from last visit, updated)
            97140 — 12 min: L4-5 central PA glides grade III-IV, STM to the L paraspinals; lumbar flexion 40 to 55 degrees after.
            97110 — 14 min: bridges 3x15, bird dog 3x10, hip hinge with the dowel 3x10, side plank 3 x 20 sec.
            Deficit: L4-5 hypomobility and core weakness, pain bending to lift at the ranch kitchen.
            """,
            ["M54.50"], [PT("97140", 12), PT("97110", 14)], []),

        // PFPT 97140 shoulder with the franchise boilerplate; posterior glides and STM; R shoulder stiffness after a fall; ER degrees; Minutes 12 matches: passes.
        ["vord-h110-pf-shoulder-manual-97140"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            Patient: Sherry Kuykendall    Clinician: Tyler Nez, PT
            CPT: 97140    Minutes: 12
            Interventions: GH posterior and inferior glides grade III, STM to the R infraspinatus and teres minor
            Impairment: R shoulder stiffness after the fall, can't reach overhead to hang the laundry
            Measures: flexion 128 to 140 degrees, ER 40 to 48 degrees after
            Assessment: Patient tolerated today's session well and is progressing toward goals.
            """,
            ["M25.611"], [PT("97140", 12)], []),

        // ALRH 97110 + 97530 with both headings matching; knee exercise with doses; tool-bench tasks with counts; L knee weakness after a replacement: passes.
        ["vord-h110-alrh-knee-exercise-and-tool-bench"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            THERAPEUTIC EXERCISE (97110): 15 minutes
            INTERVENTIONS: leg press 80 lb 3x12, step-ups 3x10, TKE 3x15. IMPAIRMENTS: L quad weakness after the L TKA.
            THERAPEUTIC ACTIVITIES (97530): 16 minutes
            INTERVENTIONS: standing at the workbench to file parts, kneeling to the bottom drawer with a cushion and back up, carrying the toolbox 50 ft. IMPAIRMENTS: L knee won't tolerate kneeling. OBJECTIVE: kneel and rise 4 of 4 with one hand on the bench.
            Paul Szymanski, PT
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 15), PT("97530", 16)], []),

        // PFPT 97112 for a missile-range retiree: "1:1 w/ Wes"; stepping reactions, foam head turns, backward walking; backward stepping deficit; TUG and pull test; Minutes 23 matches: passes.
        ["vord-h110-pf-missile-range-retiree-nmr"] = new(
            """
            PeakForm Physical Therapy — Deming
            Patient: Ned Ashby    Clinician: Wes Harlan, PT
            CPT: 97112    Minutes: 23
            Delivery: 1:1 w/ Wes
            Interventions: stepping reactions to pushes backward and sideways, foam stance with head turns, backward walking with a stop on cue
            Impairment: slow backward stepping, falls backward reaching into the cupboard; 30 years at the missile range, retired
            Measures: TUG 12.4 sec; pull test 2 steps
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // NTT Dana at Winnemucca 97116 with a "(delete if not applicable)" line left under an unbilled manual box; walker gait with distance and SBA; knee replacement gait; 97116 — 22 min matches: passes.
        ["vord-h110-ntt-winnemucca-gait-97116"] = new(
            """
            Dana Whitcomb, PT — Daily Treatment Note
            [Facility: Northern Montana Hospital Rehab, Havre MT]
            97116 [ 22 ] min — gait training with the walker then the cane down the clinic hall, cues for knee flexion in swing and heel strike; 400 ft cane SBA.
            97140 [ __ ] min — (delete if not applicable)
            Problem: stiff-knee gait and short L stance after the L TKA.
            """,
            ["Z96.652"], [PT("97116", 22)], []),

        // NTT Ingrid OT 97530 after a hand injury: gutting-knife handle, hose coupling, buttons; R hand weakness; counts and grip; 97530 — 21 min matches: passes.
        ["vord-h110-ntt-ot-hand-tasks-97530"] = new(
            """
            I. Solberg OTR/L — treatment note
            97530 — 21 min
            Tx: gripping a built-up knife handle to cut foam fillets, threading the hose coupling, buttoning the rain jacket.
            Problem: R hand weakness and stiffness after the flexor tendon repair.
            Result: grip R 30 lb (L 72 lb); hose coupling 3 of 3; jacket buttoned in 40 sec.
            """,
            ["S66.011D"], [OT("97530", 21)], []),

        // ALRH 97112 at Titusville with a leftover "(type assessment below this line)" instruction above the typed assessment; default individual sentence; dual-task walking, foam perturbations; postural control in Parkinson's; Mini-BESTest; heading 22: passes.
        ["vord-h110-alrh-type-assessment-below-this-line"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (TITUSVILLE)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            DELIVERY: Patient was treated individually (one-on-one) for the entire timed portion of this visit.
            INTERVENTIONS: dual-task walking naming oil-field towns, perturbations standing on the foam, big-step turns around the cones.
            IMPAIRMENTS: postural instability and small steps with Parkinson's disease.
            OBJECTIVE: Mini-BESTest 20/28.
            ASSESSMENT: (type assessment below this line)
            Steadier on turns than last week, fewer stutter steps.
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // NTT Marcus PTA 97112 with his "XX" blanks filled ("Berg: 44 / TUG: 12.6 sec"); one-on-one; rocker board, foam, perturbations; ankle proprioception; 97112 — 22 min matches: passes.
        ["vord-h110-ntt-pta-xx-blanks-filled"] = new(
            """
            M. Tillery PTA — daily note
            97112 — 22 min
            One-on-one, nobody else on my schedule for the block.
            Rocker board M/L, foam stance with head turns, perturbations at the hips.
            Problem: R ankle proprioception after the sprain.
            Berg: 44   TUG: 12.6 sec   SLS: 9 sec
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // PFPT PTA 97116 with the boilerplate; walker to cane at the senior centre; short step; distance and CGA; Minutes 20 matches: passes.
        ["vord-h110-pf-pta-senior-centre-gait-97116"] = new(
            """
            PeakForm Physical Therapy — Alamogordo
            Patient: Bev Strand    Clinician: Araceli Domínguez, PTA
            CPT: 97116    Minutes: 20
            Interventions: gait training, walker to cane across the senior center hall and the parking lot, cues for heel strike
            Impairment: short R step and decreased R stance after the R TKA
            Measures: 500 ft cane CGA on the lot, SBA indoors
            Assessment: Patient tolerated today's session well and is progressing toward goals.
            """,
            ["Z96.651"], [PTA("97116", 20)], []),

        // ALRH complete 97112 (default individual; foam perturbations and tandem; postural control; Berg) sent with no diagnosis.
        ["vord-h110-alrh-no-diagnosis"] = new(
            """
            ALLEGHENY LAKES REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PARK AVE, MEADVILLE)
            NEUROMUSCULAR RE-EDUCATION (97112): 23 minutes
            DELIVERY: Patient was treated individually (one-on-one) for the entire timed portion of this visit.
            INTERVENTIONS: perturbations on the foam, tandem walking with head turns.
            IMPAIRMENTS: postural control and slow stepping after the fall.
            OBJECTIVE: Berg 45/56.
            """,
            [], [PT("97112", 23)], [Dx]),

        // PFPT complete 97112 ("1:1 w/ Tyler"; rocker board and perturbations; ankle proprioception; rocker seconds) with the claim's diagnosis left as the merge field "«Dx1»": not a well-formed ICD-10-CM code.
        ["vord-h110-pf-dx-merge-field-on-the-claim"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            Patient: Cal Ridley    Clinician: Tyler Nez, PT
            CPT: 97112    Minutes: 22
            Delivery: 1:1 w/ Tyler
            Interventions: rocker board eyes closed, perturbations on the foam
            Impairment: L ankle proprioception after the sprain
            Measures: rocker board 14 sec; 7 of 10 perturbations without a step
            """,
            ["«Dx1»"], [PT("97112", 22)], [Dx]),

        // NTT Ray's generic two-code note pasted twice with only "Total tx 36 min": "Ther ex and manual per POC. Pt tolerated tx well. Continue POC." — nothing named for either code and no minutes for each.
        ["vord-h110-ntt-generic-pasted-twice-total-only"] = new(
            """
            R. Castellano PT — daily note (pasted from last visit)
            Ther ex and manual per POC. Pt tolerated tx well. Continue POC.
            Ther ex and manual per POC. Pt tolerated tx well. Continue POC.
            Total tx 36 min
            """,
            ["M54.50"], [PT("97110", 24), PT("97140", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // PFPT PTA franchise default "Minutes: 30" left on a 19-min 97110 line: mismatch; otherwise complete (bridges, clamshells, step-ups with doses; hip weakness).
        ["vord-h110-pf-pta-default-30-on-19"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            Patient: Tina Vos    Clinician: Araceli Domínguez, PTA
            CPT: 97110    Minutes: 30
            Interventions: bridges 3x15, clamshells with the band 3x12, step-ups 3x10
            Impairment: L hip abductor and extensor weakness, L hip drops on stairs
            """,
            ["M62.81"], [PTA("97110", 19)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
