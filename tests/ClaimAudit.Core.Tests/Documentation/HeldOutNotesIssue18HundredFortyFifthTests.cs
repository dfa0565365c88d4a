using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-forty-fifth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have). The
/// engine's output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-first session, blind after the hundred-and-forty-first to
/// hundred-and-forty-fourth sets) is the next week of the clinics of the hundred-and-forty-second to
/// hundred-and-forty-fourth sets, read beside the hundred-and-forty-first for its week-to-week form, each clinic in its
/// own style and on its own templates: the goal-by-goal clinics the week after theirs (7 – 11 December 2026), the
/// migrated clinics a few weeks after their go-live (27 April – 1 May 2026, the new template in daily use with a few
/// leftovers of the old system), and the city hospital gym's clinicians on an ordinary Monday (9 March 2026, the Monday
/// after the fire-alarm Friday) — the same writers, new patients and returning ones, new days and new wording. No style
/// is new; the set measures how the analyzer does on the next week of clinics it has seen, with notes it has not. About
/// two thirds are ordinary and complete (71 of 114), single- and multi-code visits (97110, 97112, 97116, 97140, 97530,
/// up to three in a visit, a PT's and an OT's code on one visit), by PTs, PTAs and OTs, from these employers:
/// <list type="number">
/// <item>the goal-by-goal clinics of the hundred-and-forty-second set: Malheur Bend Orthopaedic Outcomes Group (MBOG:
/// Ontario, Nyssa and Vale, Oregon; the "MBOG Outcomes Daily Note" with its "PRIMARY OUTCOME:" line, "STG 1 (by visit
/// 8)" and "LTG 1 (by 01/20)" goals with statuses in capitals, "→ 97110 · 14 min · …" arrows and "▸ measured by:"):
/// Rosalind Quenneville (PT, DPT, OCS), Ignacio Barragán (PT) and Kenzie Pfleger (PTA); Blackberry Creek Hospital's
/// Neurologic Therapy Clinic (BCH: Matewan, Kermit and Delbarton, West Virginia; "Goal #1 — …" blocks with "Status:",
/// "Treated with: 97112 (24 min) — …", "How we know:" and the "Attendance:" line or its "☒ 1:1 ☐ concurrent ☐ group"
/// row): Ophelia Stanbury (PT, DPT, NCS), Lyle Maynard (PT), Jodi Spurlock (PTA) and Annaliese Varney (OTR/L); Logan
/// Creek Physical Therapy (LCPT: Wisner, West Point and Pender, Nebraska; the "NNVC GOAL TRACKER" with its episode
/// visit count, "Functional goal: … [status: …]", "Codes/min: 97530 = 16", "Progress measure:" and "Contract
/// outcome:"): Corisande Feeken and Arlo Wiechmann (PTs), Tressa Uhing (PTA) and Mirela Hrabik (OTR/L);</item>
/// <item>the migrated clinics of the hundred-and-forty-third set, a few weeks on: Oneota River Physical Therapy (ORPT:
/// Decorah, Waukon and Cresco, Iowa; Prairielight EHR's "Delivery:", "1:1 (Y/N):", "Interventions:", "Clinical
/// Findings:", "Objective Measures:" and the "Billing Grid: 97112 | Neuromuscular re-education | 24 min" whose minute
/// column still defaults to 15, and now and then a conversion leftover such as "Next appt: #Name?" in a footer):
/// Hallie Bjornstad (PT, DPT), Osvaldo Reyes (PT) and Kirsten Tjernagel (PTA); Sangre de Cristo Valley Hospital's
/// outpatient therapy (SCVH: Monte Vista, Del Norte and South Fork, Colorado; Aspenline Clinical's flowsheet with
/// "Supervision/Delivery:", "Intervention:", "Target impairment:", "Outcome:", "Timed Codes: 97112 Neuromuscular
/// re-education — 23 min", its "(none entered)" and "(not entered)" defaults and order sets): Teodora Ulibarri (PT,
/// DPT, NCS), Gideon Trujillo (PT), Lupita Atencio (PTA) and Renae Holcomb (OTR/L); Pocomoke Sound Therapy Group (PSTG:
/// Pocomoke City, Onancock and Chincoteague; TidePoint Rehab Cloud's "Mode of delivery: Choose… ▾", "☐ 1:1 ☐ Group ☐
/// Co-treat", "1:1 toggle:", "Skilled Interventions:", "Impairments Addressed:", "Measurables:" and "Minutes
/// (auto-calc):"): Marisol Quillen (PT), Desmond Kellam (PT, DPT), Jolie Tawes (PTA) and Beatrix Crockett
/// (OTR/L);</item>
/// <item>the city hospital gym of the hundred-and-forty-fourth set on an ordinary Monday: St. Casimir Lakeshore
/// Hospital's Pavilion B gym and neuro clinic (SCLH: "SCLH OP REHAB · PT DAILY NOTE · Pav B gym" with the EMR's "***"
/// wildcards): Dolores "Dee" Wachowski (PT, long-hand abbreviations "c̄", "indiv.", "↓ proprioc.", "LOB"), Nathaniel
/// Osei-Bonsu (PT, DPT, first-person sentences "(CPT 97112): 22 minutes."), Marisol Ocampo (PTA), Anjali Subramaniam
/// (PT, DPT, NCS, clock ranges) and Helga Lindqvist (PT, floated down from 7 North again: "☑ Pt treated 1:1 for timed
/// codes", "Timed code minutes: 97116 = 18 / 97110 = 10"); Lakeshore Motion PT (LMPT: Archer Avenue and Bridgeport;
/// "Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group" with "Tx:", "Why:" and "#s:"): Rosa
/// Delgado-Finn (PT), Kelsey Drummond (PT, DPT, sports resident) and Terrence "TJ" Kowalczyk (PTA, "mins"); NorthPier
/// Per Diem Therapy (NPD): Bogdan Petrescu (PT), whose Monday-morning late entries for Saturday's visits are headed
/// "LATE ENTRY — written Mon 03/09/2026 … for Sat 03/07/2026" in "97112 x 22 min" and "Result:" form.</item>
/// </list>
/// This week's people: an onion-shed forklift driver, a mural painter back on the scaffold, a ditch rider, a retired
/// roof bolter back for his next visit, a gospel-quartet bass singer, a school-bus mechanic, a hog-barn worker on
/// slatted floors, a polka drummer, a grain-bin sweeper, a church organist who misses the pedals, a snowmobile-club
/// groomer, a rosemaling teacher, an irrigation-pivot hand who checks the tower over his shoulder, a Rio Grande
/// fly-fishing guide, a sheepherder, a crab-pot builder, a waterman stepping from the pier to the gunwale, a
/// Chincoteague pony-swim volunteer, a Blue Line commuter who grabs the pole, a Polish deli baker, a hockey defenseman,
/// a retired L motorman, a Maxwell Street vendor — with a husband waiting in the truck, a granddaughter holding a
/// purse, a wife taking notes for the home programme, a wife in the lobby, a camp tender who drove, a niece and a
/// resident's mentor co-signing.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads each template as its writers fill it: a
/// blank, "____", "***", "#Name?", "Choose… ▾", "(none entered)", "(not entered)", an unticked box and an unmarked
/// radio row state nothing; a ticked box, a marked row or a field left at a default that says something ("1:1 (Y/N):
/// N") says what it says; a goal's status word is not a measure and a goal's target is not today's result; a late entry
/// signed for the date of service is part of the record; a branded programme, an order set or a pathway step never
/// stands for a technique; and a code's minutes are its own wherever the template puts them so long as they are on the
/// code's own line:
/// <list type="bullet">
/// <item>class 1 (v1-h145-…): one-on-one in these writers' own words ("Attendance: Mrs. Hatfield was my only patient
/// from check-in to the end of the neuro re-ed; her granddaughter held her purse by the door", "Delivery: one-to-one —
/// Kenzie and Mrs. Ybarra; her husband waited out in the truck", "Individually treated — Tressa and Mr. Kuhl alone in
/// the balance room", "1:1 (Kirsten only — Mr. Sojka's wife took notes for the home program)", "worked with him by
/// himself for the whole neuro block; the camp tender who drove him down sat in the hall", "Direct 1:1 — no
/// co-treatment and no overlap with my next patient"), notes that negate it (a PTA who "had my 4:30 and this pt on the
/// step station together, alternating sets", "1:1 toggle: OFF — Mr. Tull and Mrs. Bunting shared the foam lane with
/// me", "Attendance: concurrent — two patients on the balance beam with me") or never state it (an Aspenline flowsheet
/// with its delivery line deleted, a per-diem late entry with no delivery word), and the codes without a one-on-one
/// check: an OT's 97530 with a second patient at the kitchen table and a PTA's 97110 with a man on the next mat;</item>
/// <item>class 2 (v2-h145-…): checkbox and blank-field states: "Attendance: ☒ 1:1 ☐ concurrent ☐ group" ticked and the
/// same row with nothing ticked, Prairielight's "1:1 (Y/N): Y" answered and left at its default "N", "Mode of delivery:
/// Choose… ▾" never chosen, "☒ 1:1 ☐ Group ☐ Co-treat" ticked, an LMPT row marked "(x) group", Dee's "Imp: ***" with no
/// deficit elsewhere, "Outcome: (not entered)", "Impairment targeted: ______" beside interventions that name the
/// deficit, an MBOG 97110's "Dose: ______", the float's "Assist level: ***" beside a filled gait line, "Measurables:
/// #Name?" still coming across from the conversion, and the agency form's "1:1: Y";</item>
/// <item>class 3 (v3-h145-…): named programmes and methods as techniques (Mulligan mobilisation with movement for
/// dorsiflexion, Frenkel exercises for ataxia, Carr and Shepherd's motor relearning programme for sit-to-stand, Schroth
/// rotational angular breathing, Sahrmann movement-system corrections, graded motor imagery with mirror therapy,
/// neurocognitive reactive training to light pods, PNF rhythmic stabilization with approximation), the group's branded
/// "MBOG Return-to-Saddle progression, stage B" and an Aspenline "VESTIBULAR REHAB ORDER SET — LEVEL II" as the only
/// technique, McGill's curl-up, side bridge and bird dog "per the handout" with no dose, and NDT weight-bearing with no
/// number;</item>
/// <item>class 4 (v4-h145-…): deficits stated as findings in these writers' terms (a hog-barn worker who can't feel the
/// slats through his boots, an organist who misses the pedals and sways on the bench, a pivot hand who sways and
/// sidesteps turning to check the tower, a waterman whose knee gives way stepping from the pier onto the gunwale, a
/// commuter who can't stand on the moving train without the pole, a defenseman whose ankle rolls on crossovers, a
/// painter who loses her balance stepping back on the scaffold plank) and notes that state none ("Impairment: as listed
/// on the plan", "Impairments Addressed: carried over (see legacy chart)", "Imp: same as last.", the agency form's
/// "Deficits: per eval.");</item>
/// <item>class 5 (v5-h145-…): measures in every usual form (a Mini-BESTest and a 30-second chair stand, single and
/// triple hops in centimetres with their symmetry, gravel distance with assistance and a DGI for a 97116, BESS errors
/// by stance and surface, Box and Block and dough balls for an OT's 97530, Romberg on foam in seconds, gait speeds in
/// m/s with an FGA) and notes with none ("How we know: she says the dizziness is less in church", "Measurables: pending
/// — stopwatch battery dead", "#s: next visit (pt late, short session)", a 97116 with "better heel strike by the end",
/// an OT's 97530 with "Progress measure: not done today");</item>
/// <item>class 6 (v6-h145-…): minutes in these templates' forms (two MBOG arrows, "Codes/min:" under two goals, two
/// Prairielight grid rows, an Aspenline Timed Codes list with a PT's and an OT's code, TidePoint's "Minutes
/// (auto-calc): 24", Dee's "NMR 97112 — 23 min" and "GT 97116 — 14 min", two LMPT code rows, three codes written out in
/// sentences, a clock range "97112 3:05–3:29 pm") and true mismatches ("Treated with: 97112 (35 min)" on 23, the grid's
/// default 15 on a 27-minute 97110, "Code: 97116 | Min: 28" on 15, a late entry's "97112 x 30 min" on 18) and truly
/// missing separate time (two goals' codes with only "Total timed today: 37", both Aspenline rows "(none entered)" over
/// "Total timed minutes: 36", the float's "97116 = *** / 97110 = ***" over "Total timed 33 min");</item>
/// <item>class 7 (v7-h145-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty two-code visit, spaces and line breaks on a PTA's 97116, an empty OT 97530 with no diagnosis), the
/// contract's meanings for 97110 (split squats, band walks and single-leg deadlifts after a meniscus repair), 97530
/// (mineral buckets lifted to the tailgate and carried to the bunk), 97140 (thoracic PA and first-rib mobilisation) and
/// 97116 (hemi-walker to quad cane on the hall, ramp and porch steps), and wholly generic notes: a BCH goal block of
/// "balance activities as tolerated", a Prairielight "ther ex and manual per plan" over a two-row grid, an LMPT form of
/// "NMR per POC", and a per-diem "Ther ex per flowsheet";</item>
/// <item>ordinary (vord-h145-…): complete notes of this week from every clinic that a reviewer passes (the
/// false-positive guard) — goal blocks with one code or two, an OT's and a PT's code on one tracker, Prairielight notes
/// with "Next appt: #Name?" left in the footer, Aspenline and TidePoint notes by PTs, PTAs and OTs, Monday notes from
/// Pavilion B and the satellites, a two-code late entry and the float's timed-code line — and the ordinary weak ones: a
/// complete note with no diagnosis, a claim whose diagnosis is the words "see referral", and a PTA's arrow minutes
/// carried from a longer visit.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — husbands, wives, a granddaughter, a
/// niece, a camp tender and a resident's mentor (none of them a patient; the 4:30 patient at the step station, Mr. Tull
/// and Mrs. Bunting in the foam lane, the two on the balance beam, Mrs. Kratochvil at the kitchen table and Mr.
/// Pacholski on the next mat are), ages, dates of evaluations, goals, late entries and service, visit numbers of an
/// episode, times of day, step and box heights in inches, loads in pounds, band colours, degrees, centimetres of reach
/// and hop, seconds, errors, blocks, gait speeds in metres per second, feet walked, stairs, cones, buckets, pots and
/// trips, a metronome's beats per minute and percentages — and each is written so that a reviewer cannot take it for a
/// billed code's minutes; a code's minutes are written next to the code ("→ 97112 · 23 min", "Treated with: 97112 (24
/// min)", "Codes/min: 97116 = 14", "97112 | Neuromuscular re-education | 24 min", "Timed Codes: 97112 … — 23 min",
/// "Minutes (auto-calc): 24", "NMR (97112) — 24 min", "Code: 97112 | Min: 22", "97112 x 22 min"), in its block's
/// heading, in a minute box or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a
/// rest or a test, except the three that fail for a visit's total ("Total timed today: 37", "Total timed minutes: 36",
/// "Total timed 33 min"); notes failed for want of a measure carry no number but their code and its minutes (their
/// goals are written without targets or numbers). DOC_GENERIC_ONLY is expected only where the note names no technique,
/// deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number and fails it
/// only when the note has no number but its code and its minutes; for the other codes a dose (sets, repetitions, load,
/// hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a family member,
/// caregiver, interpreter or staff member in the room does not undo a one-on-one statement, another patient treated in
/// the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what this week's clinics could honestly be read either way on: a goal's target or a
/// previous visit's score as a 97112's only number, a self-rated outcome (FOTO, LEFS, ABC) as a note's only number, two
/// codes joined by a "+" with one figure after them, a migrated chart's old RehabLedger or MEDIQUEST minutes beside
/// different new ones for the same code, a "1:1 toggle" or box left on beside words that name a second patient, a
/// Monday hand-off inside the billed block with no word on who was with the patient between the two clinicians, a late
/// entry that corrects an earlier entry's minutes, a metronome or treadmill setting as a 97112's only number, and a
/// programme or order set named beside a technique only its handout describes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 108 of 114 cases agree (112 needed), and 3 of the 71 notes the reviewer passes got a finding, on the analyzer of 27ff021 (the 2026-12-07 twenty-first session after the hundred-and-forty-first to hundred-and-forty-fourth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (5565a36, the session's final code): 114 of 114, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFortyFifthTests(ITestOutputHelper output)
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

        // BCH Delbarton goal block: "Attendance: Mrs. Hatfield was my only patient from check-in to the end of the neuro re-ed; her granddaughter held her purse"; foam stance with eyes closed, step-and-stick, pelvic perturbations; somatosensory loss in both feet; DGI eval → today; "Treated with: 97112 (23 min)" matches: passes.
        ["v1-h145-bch-only-patient-granddaughter-held-purse"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Opal Hatfield, 78 · 12/07/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — walk from the car to the pew without reaching for her husband's arm
               Status: progressing
               Treated with: 97112 (23 min) — foam stance with eyes closed and head nods, step-and-stick onto the Airex, perturbations at the pelvis front and back
               Impairment: somatosensory loss in both feet from the neuropathy; she leans on vision and loses it in a dim hallway
               How we know: DGI 13/24 on 11/09 (eval) → 17/24 today
            Attendance: Mrs. Hatfield was my only patient from check-in to the end of the neuro re-ed; her granddaughter held her purse by the door.
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // MBOG Vale PTA: "Delivery: one-to-one — Kenzie and Mrs. Ybarra, her husband waited out in the truck"; rocker board, tandem on the half foam roll, lateral perturbations; R ankle proprioception after a fall off the ditch bank; SLS and rocker seconds; "→ 97112 · 22 min" matches: passes.
        ["v1-h145-mbog-pta-husband-waited-in-the-truck"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Delfina Ybarra, ditch rider · Visit 5 · 12/08/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 49/80 today (intake 35/80, 11/16/2026)
            STG 1 (by visit 8): walk the ditch bank to the check gate without the R ankle rolling — PROGRESSING
               → 97112 · 22 min · rocker board M/L eyes open then closed, tandem on the half foam roll, lateral perturbations at the shoulders in single-leg stance
               Impairment: R ankle proprioception down after she went off the ditch bank in October
               ▸ measured by: SLS R 12 sec (4 sec at eval); rocker M/L 16 sec without an edge touch
            Delivery: one-to-one — Kenzie and Mrs. Ybarra; her husband waited out in the truck.
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // LCPT Pender PTA: "Individually treated — Tressa and Mr. Kuhl alone in the balance room"; slatted-floor simulation on the foam, reactive stepping, eyes-closed marching; proprioceptive loss in both feet; FGA and pushes; "Codes/min: 97112 = 24" matches: passes.
        ["v1-h145-lcpt-pta-alone-in-the-balance-room"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER (episode visit 7 of 12)
            Pt: Elmer Kuhl, hog-barn worker · T. Uhing, PTA
            Functional goal: walk the slatted alleys in the finishing barn without a fall [status: progressing]
              Codes/min: 97112 = 24
              Interventions: marching on the foam strip eyes closed, reactive stepping to pushes from behind, walking over the egg-crate mat turning his head to the pens
              Impairment: proprioceptive loss in both feet, he can't feel the slats through his boots
              Progress measure: FGA 20/30 (16/30 on 11/17); recovered 5 of 6 pushes with one step
            Individually treated — Tressa and Mr. Kuhl alone in the balance room.
            Contract outcome: not due this visit
            """,
            ["G62.9", "R26.81"], [PTA("97112", 24)], []),

        // ORPT Cresco in Prairielight a few weeks on: "Delivery: 1:1 (Kirsten only — Mr. Sojka's wife took notes for the home program)"; weight shifts on the rocker, step-ups onto foam, PNF D2 chops standing; L hemiparesis with slow weight acceptance; Berg and step-up count; grid 23 matches: passes.
        ["v1-h145-orpt-pta-wife-took-notes"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note
            Delivery: 1:1 (Kirsten only — Mr. Sojka's wife took notes for the home program)
            Interventions: weight shifts onto the L on the rocker board; step-ups onto the foam block L leg leading; PNF D2 chops and lifts in standing
            Clinical Findings: L hemiparesis after the R MCA stroke; slow L weight acceptance, he hangs on the snowmobile trailer to step up
            Objective Measures: Berg 46/56; 8 of 10 foam step-ups without a hand
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            K. Tjernagel, PTA
            """,
            ["I69.354"], [PTA("97112", 23)], []),

        // SCVH South Fork PTA in Aspenline: "Supervision/Delivery: worked with him by himself for the whole neuro block; the camp tender who drove him down sat in the hall"; gaze stabilization on foam, walking with head turns, turning to targets; L vestibular hypofunction; DGI and DVA lines; Timed Codes 22 matches: passes.
        ["v1-h145-scvh-pta-camp-tender-in-the-hall"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (SOUTH FORK)
            Aspenline Clinical · Therapy Flowsheet · 04/28/2026
            Supervision/Delivery: worked with him by himself for the whole neuro block; the camp tender who drove him down sat in the hall
            Intervention: gaze stabilization X1 standing on foam; walking the corridor with head turns toward called targets; quick turns to look behind him like checking the sheep
            Target impairment: L vestibular hypofunction after neuritis, veers and gets dizzy turning in the saddle
            Outcome: DGI 18/24 (14 at eval); dynamic visual acuity lost 2 lines
            Timed Codes: 97112 Neuromuscular re-education — 22 min
            L. Atencio, PTA
            """,
            ["H81.22"], [PTA("97112", 22)], []),

        // SCLH neuro clinic, Anjali on Monday: "Direct 1:1 — no co-treatment and no overlap with my next patient"; clock range on the code's line 9:02–9:26 (24) matches; balance-based torso weighting and perturbations; MS with truncal ataxia; Mini-BESTest and tandem steps: passes.
        ["v1-h145-anjali-direct-no-overlap"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS — Mon 03/09/2026
            97112 9:02–9:26 am
            Direct 1:1 — no co-treatment and no overlap with my next patient.
            Tx: balance-based torso weighting (vest, 1.5 lb placed anterior R), perturbations in standing on firm and foam, tandem walking forward and backward
            Impairment: truncal ataxia and posterior postural instability with MS; she falls backward reaching into the top cupboard
            Objective: Mini-BESTest 17/28 (14 last month); tandem 7 consecutive steps before a side step
            """,
            ["R27.0", "R26.81"], [PT("97112", 24)], []),

        // LMPT Bridgeport PTA: "had my 4:30 and this pt on the step station together, alternating sets" — another patient in the block: one-on-one missing; step-ups onto foam with perturbations, tandem; knee proprioception after a TKA; counts present; "Code: 97112 | Min: 21" matches.
        ["v1-h145-lmpt-pta-alternating-with-the-4-30"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97112 | Min: 21
            Had my 4:30 and this pt on the step station together, alternating sets the whole time.
            Tx: step-ups onto the foam block with perturbations at the hips, tandem stance on the half roll
            Why: L knee proprioception down after the TKA, she misses the last step of the el stairs
            #s: 6 of 10 foam step-ups without the rail; tandem 11 sec
            """,
            ["Z96.652", "R26.89"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // PSTG Chincoteague PTA: "1:1 toggle: OFF — Mr. Tull and Mrs. Bunting shared the foam lane with me" — the toggle off and a second patient named: one-on-one missing; foam lane tandem, perturbations; ankle proprioception; tandem seconds present; minutes 20 match.
        ["v1-h145-pstg-pta-toggle-off-foam-lane"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud
            1:1 toggle: OFF — Mr. Tull and Mrs. Bunting shared the foam lane with me this morning
            Skilled Interventions: tandem walking along the foam lane, lateral perturbations at the shoulders, single-leg stance reaching to cones
            Impairments Addressed: L ankle proprioception after a sprain stepping off the pony-swim float
            Measurables: tandem 9 sec L in front; SLS L 7 sec
            97112 Neuromuscular Re-ed — 20 min
            J. Tawes, PTA
            """,
            ["S93.402D"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // BCH Kermit: "Attendance: concurrent — two patients on the balance beam with me" (negated); beam walking, head turns and perturbations; ataxia; Berg present; "Treated with: 97112 (22 min)" matches: one-on-one missing.
        ["v1-h145-bch-concurrent-two-on-the-beam"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Homer Varney · 12/08/2026 · L. Maynard, PT
            Goal #2 — carry the bass part standing for the whole quartet number without swaying
               Status: progressing
               Treated with: 97112 (22 min) — beam walking forward and sideways, head turns on the beam, perturbations at the shoulders
               Impairment: gait and limb ataxia after the cerebellar stroke
               How we know: Berg 43/56 today
            Attendance: concurrent — two patients on the balance beam with me.
            """,
            ["I69.393"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SCVH Monte Vista Aspenline flowsheet, complete but its "Supervision/Delivery:" line deleted and nothing about who was there: one-on-one not stated; PNF rhythmic stabilization in tall-kneeling, perturbations; trunk control after a stroke; Berg and hold seconds present.
        ["v1-h145-scvh-delivery-line-deleted"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline Clinical · Therapy Flowsheet · 04/29/2026
            Intervention: rhythmic stabilization in tall-kneeling and half-kneeling, perturbations in standing at the counter, reaching out of base on foam
            Target impairment: trunk motor control after the R MCA stroke, she tips to the L reaching for the irrigation valve
            Outcome: Berg 40/56; tall-kneel hold 20 sec
            Timed Codes: 97112 Neuromuscular re-education — 24 min
            T. Ulibarri, PT, DPT, NCS
            """,
            ["I69.354"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // NPD late entry for a Saturday visit with no delivery word at all: one-on-one not stated; foam with head turns, step strategy, perturbations; proprioception and delayed step; Berg present; "97112 x 23 min" matches.
        ["v1-h145-npd-late-entry-no-delivery-word"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Mon 03/09/2026 08:40 for Sat 03/07/2026
            97112 x 23 min
            Foam stance with head turns, stepping strategy to pushes at the pelvis, tandem along the wall bar.
            Deficits: ↓ proprioception both feet and a late stepping response.
            Result: Berg 44/56.
            """,
            ["R26.81", "G62.9"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // LCPT West Point OT's 97530 with a second resident at the kitchen table (no one-on-one check for 97530): laundry folding and reaching to the cupboard with counts and assist; R hand weakness after a stroke; "Codes/min: 97530 = 18" matches: passes.
        ["v1-h145-lcpt-ot-97530-second-at-the-table"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 3 of 10)
            Pt: Gertrude Wolff · M. Hrabik, OTR/L
            Functional goal: fold and put away her own laundry [status: progressing]
              Codes/min: 97530 = 18
              Interventions: folding towels standing at the kitchen table, reaching to place them on the second cupboard shelf, turning with a laundry basket; Mrs. Kratochvil worked on her own goal at the other end of the table
              Impairment: R hand and shoulder weakness after the L stroke, she drops the towel when she reaches up
              Progress measure: 12 towels folded and 8 placed on the shelf with stand-by assist
            """,
            ["I69.351"], [OT("97530", 18)], []),

        // SCLH PTA's 97110 with another patient on the next mat (no one-on-one check for 97110): bridges, sidelying abduction and mini squats with doses; hip weakness after a fracture; minutes match: passes.
        ["v1-h145-marisol-97110-next-mat"] = new(
            """
            SCLH OP REHAB · PTA DAILY NOTE · Pav B gym — M. Ocampo, PTA
            97110 ther ex — 16 min
            Bridges 3x12, sidelying hip abduction 3x10 with 2 lb, mini squats at the bar 2x15, standing hip extension with the green band 3x10. Mr. Pacholski was on the next mat with his own program.
            Impairment: L hip abductor and extensor weakness after the intertrochanteric fracture, Trendelenburg on the L.
            """,
            ["S72.142D", "M62.81"], [PTA("97110", 16)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // BCH Matewan "☒ 1:1 ☐ concurrent ☐ group" ticked; VOR x1 with a metronome, saccades between two cards, walking with head turns; bilateral vestibular loss; DGI and DVA; minutes match: passes.
        ["v2-h145-bch-one-to-one-box-ticked"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Lonnie Sammons, school-bus mechanic · 12/09/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — look under the bus and stand back up without the room spinning
               Status: progressing
               Treated with: 97112 (25 min) — VOR x1 paced to the metronome at 120 bpm, saccades between two cards held apart, walking the hall with head turns and stops
               Impairment: bilateral vestibular hypofunction after gentamicin, oscillopsia and sway when he looks down
               How we know: DGI 15/24 today (11/24 at eval); dynamic visual acuity loss 3 lines
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["H81.23"], [PT("97112", 25)], []),

        // BCH Delbarton PTA with the attendance row left with nothing ticked and no delivery words anywhere: one-on-one missing; step-and-stick, foam reaching, perturbations; postural control after a stroke; Berg present; minutes match.
        ["v2-h145-bch-pta-attendance-row-unticked"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Wilma Cline · 12/09/2026 · J. Spurlock, PTA
            Goal #3 — hang the wash on the line without holding the post
               Status: progressing
               Treated with: 97112 (21 min) — step-and-stick onto foam, reaching overhead standing on the Airex, perturbations at the pelvis during the reach
               Impairment: postural control and L weight acceptance after the R stroke
               How we know: Berg 42/56 today
            Attendance: ☐ 1:1 ☐ concurrent ☐ group
            """,
            ["I69.354"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // ORPT Decorah Prairielight "1:1 (Y/N): Y" answered; BAPS level 4 in standing, perturbations, foam tandem; L ankle proprioception in an organist; Y-balance anterior reach and perturbations; grid 24 matches: passes.
        ["v2-h145-orpt-one-to-one-y-answered"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 04/27/2026
            1:1 (Y/N): Y
            Interventions: BAPS level 4 standing, L foot, clockwise and back; perturbations at the pelvis in L single-leg stance; tandem on foam with eyes closed
            Clinical Findings: L ankle proprioception after the sprain on the choir-loft stairs; she misses the organ's swell pedal and loses her balance on the bench
            Objective Measures: Y-balance anterior reach L 58 cm vs R 66 cm; 7 of 10 perturbations without a step
            Billing Grid:  97112 | Neuromuscular re-education | 24 min
            Hallie Bjornstad, PT, DPT
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // ORPT Waukon "1:1 (Y/N): N" left at the field's default and nothing else on delivery: read as written, not one-on-one: one-on-one missing; PNF patterns and rocker; hemiparesis; Berg present.
        ["v2-h145-orpt-one-to-one-default-n"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 04/28/2026
            1:1 (Y/N): N
            Interventions: PNF D1 flexion and extension patterns in standing, L leg; rocker board A/P weight shifts; step-overs of the garden hose
            Clinical Findings: L hemiparesis, slow L weight shift and a L toe catch
            Objective Measures: Berg 47/56; rocker A/P 17 sec without an edge touch
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            O. Reyes, PT
            """,
            ["I69.354"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PSTG Pocomoke City "Mode of delivery: Choose… ▾" never chosen and no words on delivery: one-on-one missing; foam, tandem and reactive steps; proprioception; Berg present; auto-calc 23 matches.
        ["v2-h145-pstg-mode-of-delivery-choose"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 04/27/2026
            Mode of delivery: Choose… ▾
            Skilled Interventions: reactive stepping to pushes from behind, tandem walking on the foam lane, standing on foam turning to look over each shoulder like backing the boat trailer
            Impairments Addressed: proprioceptive loss in both feet, worse on the wet boat ramp
            Measurables: Berg 45/56; 6 of 8 pushes recovered with one step
            97112 Neuromuscular Re-ed — Minutes (auto-calc): 23
            M. Quillen, PT
            """,
            ["E11.42"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PSTG Onancock "☒ 1:1 ☐ Group ☐ Co-treat" ticked; Brock string convergence and saccades with walking, foam with head turns; concussion with vergence and balance deficit; BESS errors and near point; minutes match: passes.
        ["v2-h145-pstg-one-to-one-ticked"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 04/28/2026
            ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: Brock string convergence drills, saccades between wall targets while stepping forward, foam stance with head turns and eyes closed
            Impairments Addressed: convergence insufficiency and postural sway after the concussion (fell from the crab-pot stack)
            Measurables: BESS 16 errors (23 at eval); near point of convergence 9 cm
            97112 Neuromuscular Re-ed — 22 min
            D. Kellam, PT, DPT
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // LMPT Archer Ave attendance row marked group "( ) 1:1 ( ) concurrent (x) group": not one-on-one: one-on-one missing; reactive agility and perturbations; ankle proprioception; counts present; minutes match.
        ["v2-h145-lmpt-attendance-marked-group"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 22 | Attendance: ( ) 1:1 ( ) concurrent (x) group
            Tx: single-leg hops to a stick landing, lateral perturbations on the half foam roll, crossover steps to reaction cues
            Why: R ankle proprioception after recurrent sprains, rolls it on crossovers in skates
            #s: 7 of 10 stick landings; SLS on foam R 14 sec
            """,
            ["S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SCLH Dee with "Imp: ***" left and no deficit anywhere else: deficit missing; 1:1 stated, perturbations, rocker board, tandem with head turns; Berg present; minutes match.
        ["v2-h145-dee-imp-wildcard-no-deficit"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR (97112) — 22 min   1:1 thruout
            Tx: perturb. @ shoulders in tandem, rocker bd A/P c̄ EC, tandem amb c̄ head turns along the wall bar.
            Imp: ***
            Obj: Berg 46/56.
            A/P: cont. POC.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SCVH Del Norte Aspenline "Outcome: (not entered)" and no number but the code's minutes: measure missing; one-on-one, perturbations and foam, vestibular deficit present.
        ["v2-h145-scvh-outcome-not-entered"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (DEL NORTE)
            Aspenline Clinical · Therapy Flowsheet
            Supervision/Delivery: one-on-one
            Intervention: gaze stabilization standing on foam, walking with head turns and sudden stops, perturbations at the shoulders on foam
            Target impairment: R vestibular hypofunction, he sways and sidesteps turning to check the pivot tower behind him
            Outcome: (not entered)
            Timed Codes: 97112 Neuromuscular re-education — 23 min
            G. Trujillo, PT
            """,
            ["H81.21"], [PT("97112", 23)], [At(Measure, "97112")]),

        // LCPT Wisner "Impairment targeted: ______" left blank but the interventions line names the deficit (a blank beside filled-in text that states it): passes; 1:1, perturbations and foam; FGA; minutes match.
        ["v2-h145-lcpt-impairment-blank-deficit-in-interventions"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 5 of 12)
            Pt: Lorraine Beckmann, polka drummer · C. Feeken, PT
            Functional goal: sit at the drum kit and reach the cymbal without losing her seat [status: progressing]
              Codes/min: 97112 = 23
              Interventions: seated perturbations on the physioball, reaching across midline out of base on the foam cushion, rhythmic stabilization at the trunk — all for her trunk postural control after the L stroke
              Impairment targeted: ______
              Progress measure: Function in Sitting Test 41/56; seated reach 11 in to the R
            1:1 with me.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // MBOG Nyssa 97110 with "Dose: ______" left and no dose or other number but the code's minutes: measure missing for 97110; exercises named and hip weakness stated.
        ["v2-h145-mbog-dose-blank-97110"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Marisela Fuentes · I. Barragán, PT
            STG: climb onto the onion-shed forklift without pulling up on the mast — PROGRESSING
               → 97110 · 15 min · lateral step-ups, sidelying hip abduction, bridges with a march
               Dose: ______
               Impairment: R hip abductor and extensor weakness after the hip arthroscopy
            """,
            ["Z98.890", "M62.81"], [PT("97110", 15)], [At(Measure, "97110")]),

        // SCLH float Helga "☑ Pt treated 1:1 for timed codes" with "Assist level: ***" beside a gait line that gives distance and assistance: passes; quad cane gait with cues; R knee buckling and foot drag; minutes match.
        ["v2-h145-float-assist-wildcard-beside-filled-gait"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage from 7 North — H. Lindqvist, PT
            Pt received in w/c, gait belt on.
            ☑ Pt treated 1:1 for timed codes
            97116 gait training — 17 min: quad cane on the Pav B corridor and the ramp to the chapel, cues for R heel strike and knee control; 220 ft quad cane with CGA, ramp 40 ft min A.
            Problem: R knee buckling in early stance and R toe drag after the L MCA stroke.
            Assist level: ***
            """,
            ["I69.351"], [PT("97116", 17)], []),

        // PSTG Chincoteague "Measurables: #Name?" still coming across from the conversion and no number but the code's minutes: measure missing; one-on-one, foam and perturbations, proprioception present.
        ["v2-h145-pstg-measurables-name-error"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud
            ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: standing on the foam beam with head turns, perturbations at the pelvis, stepping from the low step onto foam like the pier to the gunwale
            Impairments Addressed: R knee proprioception after the meniscus repair, the knee gives way stepping down into his boat
            Measurables: #Name?
            97112 Neuromuscular Re-ed — 21 min
            J. Tawes, PTA
            """,
            ["S83.241D"], [PTA("97112", 21)], [At(Measure, "97112")]),

        // NPD agency form "1:1: Y" filled; perturbation stepping, foam with head turns; late stepping reaction; pushes and Berg; "97112 x 22 min" matches: passes.
        ["v2-h145-npd-agency-one-to-one-y"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Mon 03/09/2026 08:55 for Sat 03/07/2026
            97112 x 22 min
            1:1: Y
            Perturbation stepping forward and back from pushes at the pelvis; foam stance with head turns; side-stepping over the hurdles.
            Deficits: late and short stepping reaction, postural sway EC after the fall on the stairs at the Jewel.
            Result: 5 of 8 pushes recovered with a single step; Berg 46/56.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // MBOG Ontario 97140: Mulligan mobilisation with movement for ankle dorsiflexion in lunge and talocrural posterior glides; R ankle stiffness after a fracture; knee-to-wall cm; "→ 97140 · 12 min" matches: passes.
        ["v3-h145-mbog-mulligan-mwm-ankle"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Arturo Salinas, onion-shed forklift driver · Visit 9 · 12/07/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: LEFS 58/80 today (intake 31/80, 10/26/2026)
            STG 2 (by visit 10): squat to check the forklift forks without lifting the R heel — PROGRESSING
               → 97140 · 12 min · Mulligan mobilisation with movement for dorsiflexion in a weight-bearing lunge with the belt, talocrural posterior glides grade III
               Impairment: R ankle dorsiflexion stiffness after the bimalleolar fracture ORIF
               ▸ measured by: knee-to-wall R 6 cm → 9 cm after (L 12 cm)
            """,
            ["S82.841D"], [PT("97140", 12)], []),

        // BCH Matewan: Frenkel exercises in supine, sitting and standing with the visual targets, and heel-to-shin tracing; limb ataxia; timed foot-target accuracy and Berg; 1:1; minutes match: passes.
        ["v3-h145-bch-frenkel-for-ataxia"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Cecil Mounts · 12/08/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — step onto the church bus without missing the step
               Status: progressing
               Treated with: 97112 (24 min) — Frenkel exercises supine, sitting and standing, placing the foot on the floor footprints to my count; heel-to-shin tracing; stepping to the numbered targets
               Impairment: lower-limb ataxia and dysmetria after the cerebellar hemorrhage; he overshoots the step
               How we know: 14 of 20 foot placements on target (9 of 20 at eval); Berg 44/56
            Attendance: 1:1, Mr. Mounts and me.
            """,
            ["I69.193", "R27.0"], [PT("97112", 24)], []),

        // LCPT West Point: Carr and Shepherd motor relearning for sit-to-stand with the foot placement and trunk-forward components practised apart then together; poor timing and sequencing of the rise; 5xSTS and reps; 1:1; minutes match: passes.
        ["v3-h145-lcpt-motor-relearning-sit-to-stand"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 6 of 12)
            Pt: Norbert Schlickbernd, retired grain-bin sweeper · A. Wiechmann, PT
            Functional goal: stand up from the recliner without rocking three times [status: progressing]
              Codes/min: 97112 = 22
              Interventions: motor relearning programme (Carr and Shepherd) for sit-to-stand — foot placement back, trunk forward over the feet, then the rise, practised in parts and then whole from a lowering seat height
              Impairment: timing and sequencing of the rise after the L stroke, he pushes back into the chair instead of coming forward
              Progress measure: five-times sit-to-stand 17.8 sec (24.3 sec on 11/16); 8 of 10 rises with no rocking
            1:1 the whole neuro block.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // ORPT Cresco 97110: Schroth three-dimensional breathing and rotational angular breathing in side-lying over the bolster, with muscle cylinder holds and doses; thoracic scoliosis with trunk endurance deficit; minutes match: passes.
        ["v3-h145-orpt-schroth-for-scoliosis"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 04/29/2026
            Interventions: Schroth rotational angular breathing side-lying over the bolster 3x8 breaths; muscle cylinder holds 5x10 sec each side; prone "snow angels" with the pelvic corrections 2x10
            Clinical Findings: R thoracic scoliosis with poor trunk extensor endurance; she tires painting rosemaling at the easel
            Objective Measures: Biering-Sørensen hold 38 sec (21 at eval)
            Billing Grid:  97110 | Therapeutic exercise | 18 min
            K. Tjernagel, PTA
            """,
            ["M41.24"], [PTA("97110", 18)], []),

        // SCVH Monte Vista 97110: Sahrmann movement-system lumbar flexion corrections (hip hinge with the dowel, quadruped rocking back with neutral spine) with doses; lumbar flexion-rotation impairment; minutes match: passes.
        ["v3-h145-scvh-sahrmann-movement-system"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline Clinical · Therapy Flowsheet · 04/30/2026
            Intervention: movement-system (Sahrmann) corrections for lumbar flexion — hip hinge with the dowel 3x10, quadruped rocking back keeping the spine neutral 3x12, sit-to-stand with hip flexion and a neutral spine 2x10
            Target impairment: lumbar flexion-rotation syndrome; pain and lumbar flexion when he bends to the headgate on the Rio Grande ditch
            Outcome: ODI 28% (44% at eval); hinge with neutral spine 10 of 10 by the last set
            Timed Codes: 97110 Therapeutic exercise — 19 min
            G. Trujillo, PT
            """,
            ["M54.50"], [PT("97110", 19)], []),

        // PSTG Onancock: graded motor imagery (laterality judgments on the tablet, explicit motor imagery, then mirror therapy) for CRPS of the R hand; disrupted body schema; accuracy percent and response seconds; 1:1; minutes match: passes.
        ["v3-h145-pstg-graded-motor-imagery"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 04/29/2026
            ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: graded motor imagery — left/right hand judgments on the tablet, explicit motor imagery of the knife grip, then mirror therapy with the R hand hidden in the box
            Impairments Addressed: CRPS of the R hand after the oyster-knife laceration; disrupted body schema and impaired position sense, slow to recognise her own R hand
            Measurables: laterality accuracy R hand 71% (58% at eval), mean response 2.4 sec
            97112 Neuromuscular Re-ed — 23 min
            D. Kellam, PT, DPT
            """,
            ["G90.511"], [PT("97112", 23)], []),

        // LMPT Archer Ave resident: neurocognitive reactive training with light-pod cues and dual-task cutting after an ACL reconstruction; knee neuromuscular control; reaction time and valgus count; 1-on-1; minutes match: passes.
        ["v3-h145-lmpt-resident-light-pods-acl"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency) — Mentor co-sign to follow
            97112 | 23 min | 1-on-1
            Tx: neurocognitive reactive training — sprint-and-cut to the light pod that flashes, single-leg landings while calling out the pod's colour, lateral bounds to a stick
            Why: L knee neuromuscular control after the ACL reconstruction, dynamic valgus when she cuts reacting to the puck
            #s: mean reaction 0.71 s (0.88 s in Feb); 3 of 12 landings with valgus
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // SCLH Dee's PNF rhythmic stabilization and approximation through the pelvis in tall-kneeling; trunk control after a fall; Berg; 1:1; minutes match: passes.
        ["v3-h145-dee-pnf-approximation-tall-kneel"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR (97112) — 23 min   Pt seen indiv. thruout
            Tx: PNF rhythmic stab. & approximation thru pelvis in tall-kneel & ½-kneel; stabilizing reversals in stdg; foam stance c̄ EC.
            Imp: ↓ trunk control & ↓ proprioc. B LE, retired L motorman, LOB stepping off the curb @ Halsted.
            Obj: Berg 48/56; ½-kneel hold 25 sec c̄o UE support.
            """,
            ["R26.81", "G62.9"], [PT("97112", 23)], []),

        // MBOG Nyssa: the group's branded "Return-to-Saddle progression, stage B" as the only technique: technique missing; one-on-one, hip/knee proprioception and SLS seconds present; minutes match.
        ["v3-h145-mbog-branded-progression-only"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Shaylee Copeland, barrel racer · Visit 15 · 12/09/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: LEFS 66/80 today (intake 27/80, 09/22/2026)
            LTG 1 (by 01/15): return to running the barrel pattern on her mare — PROGRESSING
               → 97112 · 22 min · MBOG Return-to-Saddle progression, stage B, per the group's protocol
               Impairment: R knee proprioception and poor landing control after the ACL reconstruction
               ▸ measured by: SLS eyes closed R 13 sec (L 16 sec)
            Delivery: one-to-one.
            """,
            ["S83.511D"], [PT("97112", 22)], [At(Tech, "97112")]),

        // PSTG Pocomoke City 97110: McGill curl-up, side bridge and bird dog "per the handout" with no dose and no number but the code's minutes: measure missing; exercises and lumbar stability deficit present.
        ["v3-h145-pstg-mcgill-per-handout-no-dose"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud
            Skilled Interventions: McGill curl-up, side bridge and bird dog per the handout
            Impairments Addressed: poor lumbar stabilizer endurance, back gives out lifting crab pots onto the truck
            97110 Therapeutic exercise — 17 min
            M. Quillen, PT
            """,
            ["M54.50"], [PT("97110", 17)], [At(Measure, "97110")]),

        // BCH Kermit PTA: NDT weight-bearing through the hemiparetic arm and facilitation at the pelvis, no number but the code's minutes: measure missing; 1:1, hemiparesis deficit present.
        ["v3-h145-bch-pta-ndt-no-number"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Ruby Dotson · J. Spurlock, PTA
            Goal — sit at the piano bench and reach both ends of the keyboard
               Status: progressing
               Treated with: 97112 (21 min) — NDT weight-bearing through the L arm on the bench, facilitation at the pelvis for weight shift, reaching across midline
               Impairment: L hemiparesis with L neglect, she doesn't bear weight through the L arm
               How we know: better reach to the L per her
            Attendance: 1:1.
            """,
            ["I69.354"], [PTA("97112", 21)], [At(Measure, "97112")]),

        // SCVH Del Norte Aspenline order set "VESTIBULAR REHAB ORDER SET — LEVEL II" as the only technique: technique missing; one-on-one, vestibular deficit and DGI present; minutes match.
        ["v3-h145-scvh-order-set-only"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (DEL NORTE)
            Aspenline Clinical · Therapy Flowsheet · 04/30/2026
            Supervision/Delivery: one-on-one
            Intervention: VESTIBULAR REHAB ORDER SET — LEVEL II (per order set)
            Target impairment: L vestibular hypofunction, dizzy casting from the drift boat
            Outcome: DGI 17/24
            Timed Codes: 97112 Neuromuscular re-education — 22 min
            G. Trujillo, PT
            """,
            ["H81.22"], [PT("97112", 22)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none stated

        // LCPT Wisner: a hog-barn worker who can't feel the slats through his boots and catches his toe on the gate sill — sensory loss stated as what he can't do; foam and eyes-closed drills; tandem and FGA; 1:1; minutes match: passes.
        ["v4-h145-lcpt-cant-feel-the-slats"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 9 of 12)
            Pt: Duane Ortmeier · C. Feeken, PT
            Functional goal: walk the farrowing-barn alley at night without a stumble [status: progressing]
              Codes/min: 97112 = 22
              Interventions: tandem walking on foam with eyes closed, stepping over the gate-sill bar on cue, standing on the rocker board in the dim room
              Impairment: can't feel the slats through his boots and doesn't know where his feet are once the barn lights dim; catches a toe on the gate sill
              Progress measure: tandem on foam 8 sec eyes closed (3 sec on 11/12); FGA 21/30
            1:1.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // ORPT Decorah: a church organist who misses the pedals and sways on the bench when she reaches to the stops — timing and proprioception stated as findings; seated perturbations and foot-tapping to targets; target accuracy and seated reach; 1:1; grid 22 matches: passes.
        ["v4-h145-orpt-organist-misses-the-pedals"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 04/30/2026
            Delivery: one-on-one
            Interventions: seated perturbations on the wobble cushion, foot-tapping to floor targets without looking, reaching to the side above shoulder height while sitting on the foam
            Clinical Findings: she misses the organ pedals by an inch and sways on the bench when she reaches for the stops — foot position sense and seated balance both down since the fall
            Objective Measures: 13 of 20 targets hit eyes closed (7 of 20 at eval); seated lateral reach 10 in
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            Hallie Bjornstad, PT, DPT
            """,
            ["R26.81", "R29.818"], [PT("97112", 22)], []),

        // SCVH Monte Vista: an irrigation-pivot hand who sways and sidesteps when he turns his head to check the pivot tower — vestibular deficit stated as a finding; gaze and walking with head turns; DGI; one-on-one; minutes match: passes.
        ["v4-h145-scvh-pivot-hand-sways-turning"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline Clinical · Therapy Flowsheet · 04/27/2026
            Supervision/Delivery: one-on-one, Teodora and Mr. Valdez
            Intervention: X2 viewing, walking the parking-lot edge with head turns toward my calls, pivot turns on the foam mat
            Target impairment: he sways and sidesteps every time he turns his head to check the pivot tower behind him — R vestibular hypofunction after labyrinthitis
            Outcome: DGI 19/24 (15 at eval); 180° turn in 4 steps without a sidestep
            Timed Codes: 97112 Neuromuscular re-education — 24 min
            T. Ulibarri, PT, DPT, NCS
            """,
            ["H83.01"], [PT("97112", 24)], []),

        // PSTG Chincoteague: a waterman whose knee gives way stepping from the pier down onto the gunwale — knee proprioception stated as what happens; step-downs onto foam and perturbations; step-down count and SLS; 1:1 ticked; minutes match: passes.
        ["v4-h145-pstg-knee-gives-way-onto-the-gunwale"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud · 04/30/2026
            ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: eccentric step-downs from the 8 in box onto foam, perturbations at the hips in single-leg stance, catching a weighted ball on the rocker board
            Impairments Addressed: his R knee gives way when he steps down from the pier onto the gunwale of the deadrise — poor R knee proprioception and quad timing after the partial meniscectomy
            Measurables: 9 of 10 step-downs to foam without a wobble; SLS R on foam 15 sec
            97112 Neuromuscular Re-ed — 22 min
            D. Kellam, PT, DPT
            """,
            ["S83.231D"], [PT("97112", 22)], []),

        // SCLH new graduate: a Blue Line commuter who can't stand on the moving train without grabbing the pole — postural control stated as the finding; treadmill perturbations and standing on the foam with visual motion; mCTSIB and perturbation count; one-on-one written out; minutes exact: passes.
        ["v4-h145-newgrad-cant-stand-on-the-train"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT — Monday 03/09/2026
            Neuromuscular re-education (CPT 97112): 25 minutes.
            Delivery: I treated the patient one-on-one; nobody else was on my schedule during this session.
            Interventions: I gave sudden starts and stops on the treadmill with her holding lightly, then had her stand on the foam pad while the optokinetic video played on the wall screen.
            Impairment: She cannot stand on the moving Blue Line train without grabbing the pole, because her postural responses are slow and she relies on vision; she loses her balance when the platform lights flicker.
            Objective: mCTSIB foam eyes closed 11 seconds; she recovered 6 of 10 treadmill starts without reaching for the rail.
            """,
            ["R26.81", "H81.399"], [PT("97112", 25)], []),

        // LMPT Archer Ave: a hockey defenseman whose R ankle rolls on crossovers and who can't hold an edge on the backhand side — ankle proprioception stated as what he can't do; slide-board and BOSU perturbations; Y-balance and SLS; 1:1 marked; minutes match: passes.
        ["v4-h145-lmpt-ankle-rolls-on-crossovers"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 24 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: slide-board crossovers to a stick, perturbations on the inverted BOSU in skating stance, eyes-closed SLS on the Airex
            Why: R ankle rolls on crossovers and he can't hold an edge on the backhand side — poor R peroneal timing and ankle proprioception after the high-ankle sprain
            #s: Y-balance posteromedial R 88 cm vs L 97 cm; SLS EC R 9 sec
            """,
            ["S93.431D"], [PT("97112", 24)], []),

        // MBOG Vale: a mural painter who loses her balance stepping back on the scaffold plank to look at the wall — postural control stated as a finding; backward stepping on the beam and perturbations; backward walk count and SLS; one-to-one; minutes match: passes.
        ["v4-h145-mbog-painter-steps-back-on-the-plank"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Itzel Moreno, mural painter · Visit 8 · 12/10/2026 · I. Barragán, PT
            PRIMARY OUTCOME: LEFS 62/80 today (intake 44/80, 11/02/2026)
            STG 1 (by visit 10): step back on the scaffold plank to look at the wall and stay on it — PROGRESSING
               → 97112 · 23 min · backward walking on the balance beam, backward step-and-hold with perturbations at the pelvis, looking up at ceiling targets while standing on foam
               Impairment: loses her balance stepping back and looking up — slow posterior stepping strategy since the L ankle fracture
               ▸ measured by: 10 backward beam steps with 1 step-off (4 at eval); SLS L 14 sec
            Delivery: one-to-one, only Itzel on my schedule.
            """,
            ["S82.62XD"], [PT("97112", 23)], []),

        // MBOG Ontario "Impairment: as listed on the plan" under a goal written "per plan of care", nothing else naming a deficit: deficit missing; one-to-one, rocker board and perturbations, SLS seconds present.
        ["v4-h145-mbog-as-listed-on-the-plan"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Gerald Oyler · Visit 4 · K. Pfleger, PTA
            STG: per plan of care — PROGRESSING
               → 97112 · 21 min · rocker board A/P and M/L, perturbations at the shoulders in tandem, single-leg stance catching the ball
               Impairment: as listed on the plan
               ▸ measured by: SLS R 10 sec, L 12 sec
            Delivery: one-to-one.
            """,
            ["S93.401D"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // PSTG Pocomoke City "Impairments Addressed: carried over (see legacy chart)" and nothing else naming a deficit: deficit missing; 1:1, foam and reactive stepping, Berg present.
        ["v4-h145-pstg-carried-over-see-legacy"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud
            ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: reactive stepping to pushes, tandem on the foam lane, stepping over the cones on cue
            Impairments Addressed: carried over (see legacy chart)
            Measurables: Berg 47/56
            97112 Neuromuscular Re-ed — 22 min
            M. Quillen, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SCLH Dee "Imp: same as last" and nothing else naming a deficit: deficit missing; 1:1, BAPS and perturbations, Berg present.
        ["v4-h145-dee-imp-same-as-last"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR (97112) — 24 min   1:1 thruout
            Tx: BAPS lvl 3 in stdg, perturb. @ pelvis, step-over-&-stop at the hurdles.
            Imp: same as last.
            Obj: Berg 49/56.
            A/P: cont. POC, RTC Thurs.
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // NPD agency form "Deficits: per eval" and nothing else naming a deficit: deficit missing; 1:1 Y, perturbations and foam, pushes counted.
        ["v4-h145-npd-deficits-per-eval"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Mon 03/09/2026 09:10 for Sat 03/07/2026
            97112 x 21 min
            1:1: Y
            Perturbations at the pelvis in staggered stance, foam stance with head turns, tandem along the bar.
            Deficits: per eval.
            Result: 6 of 8 pushes recovered; tandem 10 sec.
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // BCH Delbarton: Mini-BESTest and the 30-second chair stand count beside the evaluation's; perturbations and step training; postural responses after a stroke; 1:1 ticked; minutes match: passes.
        ["v5-h145-bch-mini-best-and-chair-stand"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Edna Marcum · 12/10/2026 · O. Stanbury, PT, DPT, NCS
            Goal #2 — get up from the porch glider and start walking without a stagger
               Status: progressing
               Treated with: 97112 (24 min) — compensatory stepping to lean-and-release forward and back, sit-to-stand to an immediate step, perturbations during the first steps
               Impairment: slow anticipatory and reactive postural responses after the R stroke
               How we know: Mini-BESTest 16/28 today (11/28 on 11/09); 30-second chair stand 8 (5 at eval)
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // MBOG Ontario: single-leg hop for distance in cm with the limb-symmetry percentage and the triple hop; landing mechanics after ACL; one-to-one; minutes match: passes.
        ["v5-h145-mbog-hop-distance-in-cm"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Kolby Hatch · Visit 18 · 12/10/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: IKDC 71 today (intake 38, 08/31/2026)
            LTG 2 (by 01/29): back to sorting-line league basketball — PROGRESSING
               → 97112 · 24 min · single-leg landing drills to a stick, perturbations on landing, reactive lateral hops to my point
               Impairment: L knee neuromuscular control after the ACL reconstruction, knee drifts in on landing
               ▸ measured by: single hop L 121 cm vs R 139 cm (87%); triple hop L 388 cm vs R 430 cm (90%)
            Delivery: one-to-one.
            """,
            ["S83.512D"], [PT("97112", 24)], []),

        // LCPT Pender 97116: gait on the gravel lane and the farmyard with distance and assistance and a DGI; antalgic and short stride after a hip replacement; minutes match: passes.
        ["v5-h145-lcpt-97116-gravel-distance-and-dgi"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER (episode visit 8 of 12)
            Pt: Viola Jaeger · T. Uhing, PTA
            Functional goal: walk to the chicken house and back on the gravel [status: progressing]
              Codes/min: 97116 = 16
              Interventions: gait training with the single-point cane on the gravel lane and across the farmyard ruts, cues for equal step length and heel strike on the R
              Impairment: short L step and antalgic R stance after the R hip replacement
              Progress measure: 300 ft on gravel with the cane, stand-by assist; DGI 17/24
            """,
            ["Z96.641"], [PTA("97116", 16)], []),

        // ORPT Waukon: Balance Error Scoring System errors by stance and surface; PNF and foam; ataxia; one-on-one; grid 23 matches: passes.
        ["v5-h145-orpt-bess-by-stance"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 04/30/2026
            Delivery: one-on-one
            Interventions: tandem and single-leg stance on the foam pad with eyes closed, perturbations at the shoulders, PNF stabilizing reversals in standing
            Clinical Findings: postural sway and mild ataxia after the concussion at the snowmobile-club trail grooming
            Objective Measures: BESS firm 2 / 4 / 1 errors (double, single, tandem), foam 4 / 7 / 6 — 24 errors in all (34 at eval)
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            O. Reyes, PT
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // SCVH Monte Vista OT 97530: Box and Block count and a timed kitchen task; reaching, grasp and placing at the counter; R hand coordination after a stroke; minutes match: passes.
        ["v5-h145-scvh-ot-box-and-block"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline Clinical · Therapy Flowsheet · 04/28/2026 · OT
            Intervention: standing at the counter making tortillas — scooping flour, forming the dough balls and placing them on the comal with the R hand; putting away cans on the second shelf
            Target impairment: R hand coordination and grasp after the L stroke
            Outcome: Box and Block R 34 blocks (21 at eval), L 56; 12 dough balls formed and placed with supervision
            Timed Codes: 97530 Therapeutic activities — 21 min
            R. Holcomb, OTR/L
            """,
            ["I69.331"], [OT("97530", 21)], []),

        // PSTG Onancock: Romberg on foam seconds by condition and the five-times sit-to-stand; foam and reactive steps; somatosensory loss; 1:1; minutes match: passes.
        ["v5-h145-pstg-romberg-on-foam-seconds"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 04/27/2026
            ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: foam stance with eyes closed and head turns, reactive stepping, stepping onto the foam from the low step
            Impairments Addressed: somatosensory loss in both feet, chicken-house floors shift under her
            Measurables: Romberg on foam eyes open 30 s, eyes closed 7 s (2 s at eval); five-times sit-to-stand 13.9 s
            97112 Neuromuscular Re-ed — 24 min
            D. Kellam, PT, DPT
            """,
            ["G62.9", "R26.81"], [PT("97112", 24)], []),

        // SCLH Anjali: gait speed comfortable and fast in m/s with the FGA; treadmill perturbations and dual-task walking; Parkinson's postural instability; clock range 1:30–1:52 (22) matches; 1:1: passes.
        ["v5-h145-anjali-gait-speed-and-fga"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS — Mon 03/09/2026
            97112 1:30–1:52 pm   1:1
            Tx: perturbation-based training on the treadmill (belt accelerations), dual-task walking counting backward by threes, big steps to reach targets on turns
            Impairment: postural instability and freezing at turns with Parkinson's; she froze in the doorway of the Maxwell Street stall
            Objective: gait speed 0.86 m/s comfortable, 1.12 m/s fast; FGA 19/30
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // BCH Matewan "How we know: she says the dizziness is less in church" and no number but the code's minutes: measure missing; 1:1, gaze stabilization and head-turn walking, vestibular deficit present.
        ["v5-h145-bch-dizziness-less-in-church"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Mavis Runyon · L. Maynard, PT
            Goal — stand for the hymns without holding the pew
               Status: progressing
               Treated with: 97112 (22 min) — gaze stabilization standing on foam, walking with head turns, turning to look at targets on each side
               Impairment: L vestibular hypofunction, sways when she looks up at the hymn board
               How we know: she says the dizziness is less in church
            Attendance: 1:1.
            """,
            ["H81.22"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PSTG Chincoteague "Measurables: pending — stopwatch battery dead" and no number but the code's minutes: measure missing; 1:1 ticked, tandem and perturbations, proprioception present.
        ["v5-h145-pstg-stopwatch-battery-dead"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud
            ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: tandem on the foam beam, perturbations at the pelvis, single-leg stance reaching to cones
            Impairments Addressed: L ankle proprioception after the sprain at the pony pens
            Measurables: pending — stopwatch battery dead
            97112 Neuromuscular Re-ed — 21 min
            J. Tawes, PTA
            """,
            ["S93.402D"], [PTA("97112", 21)], [At(Measure, "97112")]),

        // LMPT resident "#s: next visit (pt late, short session)" and no number but the code's minutes: measure missing; 1-on-1, reactive hops and perturbations, knee control present.
        ["v5-h145-lmpt-resident-numbers-next-visit"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency) — Mentor co-sign to follow
            97112 | 21 min | 1-on-1
            Tx: reactive lateral hops to a stick, perturbations on the half foam roll, deceleration drills to the cone
            Why: R knee dynamic valgus and poor landing control after the patellar dislocation
            #s: next visit (pt late, short session)
            """,
            ["S83.004D"], [PT("97112", 21)], [At(Measure, "97112")]),

        // SCVH Del Norte PTA 97116 with cane gait on the corridor and ramp but no distance, assistance or other number but the code's minutes: measure missing for 97116; technique and deficit present.
        ["v5-h145-scvh-pta-97116-no-distance-or-assist"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (DEL NORTE)
            Aspenline Clinical · Therapy Flowsheet
            Intervention: gait training with the straight cane on the corridor and the ramp, cues for L heel strike and a longer R step
            Target impairment: L foot drop and a short R step after the L peroneal nerve injury
            Outcome: better heel strike by the end
            Timed Codes: 97116 Gait training — 18 min
            L. Atencio, PTA
            """,
            ["S84.12XD"], [PTA("97116", 18)], [At(Measure, "97116")]),

        // LCPT West Point OT 97530 hanging sheets on the line with no count, load or assistance and no number but the code's minutes: measure missing for 97530; activity and shoulder deficit present.
        ["v5-h145-lcpt-ot-97530-no-count"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER
            Pt: Adeline Stuhr · M. Hrabik, OTR/L
            Functional goal: hang the sheets on the clothesline again [status: progressing]
              Codes/min: 97530 = 17
              Interventions: carrying the wet laundry basket to the line, reaching up to pin the sheets, bending to the basket and back up
              Impairment: L shoulder weakness and limited elevation after the proximal humerus fracture
              Progress measure: not done today
            """,
            ["S42.202D"], [OT("97530", 17)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // MBOG two arrows under two STGs, "→ 97112 · 23 min" and "→ 97110 · 12 min", both match; one-to-one; rocker and perturbations with SLS; ther ex with doses; ankle proprioception and calf weakness: passes.
        ["v6-h145-mbog-two-arrows-nmr-and-ther-ex"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Ruben Ocampo · Visit 6 · 12/07/2026 · I. Barragán, PT
            PRIMARY OUTCOME: FAAM ADL 74% today (intake 52%, 11/09/2026)
            STG 1 (by visit 8): walk the beet-pile catwalk without the ankle rolling — PROGRESSING
               → 97112 · 23 min · rocker board M/L eyes closed, single-leg perturbations on foam, lateral hop-and-hold
               Impairment: L ankle proprioception after the recurrent sprains
               ▸ measured by: SLS L eyes closed 8 sec (2 sec at eval)
            STG 2 (by visit 10): climb the piler ladder rung over rung — PROGRESSING
               → 97110 · 12 min · single-leg heel raises 3x15, banded eversion with the blue band 3x12, step-ups 3x10 onto the 8 in box
               Impairment: L calf and peroneal weakness
            Delivery: one-to-one for the whole visit.
            """,
            ["S93.402D", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // LCPT "Codes/min: 97112 = 22" under one goal and "Codes/min: 97116 = 14" under another, both match; 1:1; foam and perturbations with FGA; cane gait with distance and assistance: passes.
        ["v6-h145-lcpt-codes-min-two-goals"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER (episode visit 10 of 12)
            Pt: Leona Pospisil · A. Wiechmann, PT
            Functional goal 1: stand at the church kitchen counter for the kolache sale [status: progressing]
              Codes/min: 97112 = 22
              Interventions: foam stance reaching to the upper cupboard, perturbations at the pelvis, step-and-stick to the side
              Impairment: postural control after the R stroke, leans and steps late to the L
              Progress measure: FGA 18/30; reach to the upper shelf 8 of 10 without a step
            Functional goal 2: walk from the parking lot to the church hall [status: progressing]
              Codes/min: 97116 = 14
              Interventions: gait training with the quad cane on the sidewalk and the curb cut, cues for L heel strike
              Impairment: short L step and L toe catch
              Progress measure: 250 ft quad cane SBA; curb cut CGA
            1:1 for the neuro re-ed.
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 14)], []),

        // ORPT billing grid two rows (97112 24, 97140 10), both match; one-on-one; foam and perturbations with Berg; talocrural glides with dorsiflexion degrees: passes.
        ["v6-h145-orpt-grid-two-rows"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 05/01/2026
            Delivery: one-on-one
            Interventions: tandem on the foam beam with head turns, perturbations at the pelvis, BAPS level 3 in sitting then standing; manual — talocrural posterior glides grade III and STM to the L gastroc
            Clinical Findings: L ankle proprioception and dorsiflexion stiffness after the fracture; she can't kneel on the barn floor to judge the 4-H calves
            Objective Measures: Berg 50/56; L dorsiflexion 6° → 11° after the glides
            Billing Grid:  97112 | Neuromuscular re-education | 24 min
                           97140 | Manual therapy | 10 min
            Hallie Bjornstad, PT, DPT
            """,
            ["S82.62XD"], [PT("97112", 24), PT("97140", 10)], []),

        // SCVH Timed Codes list with a PT's 97112 (23) and an OT's 97530 (18), both match; one-on-one for the NMR; X1 and head-turn walking with DGI; carrying feed buckets with counts: passes.
        ["v6-h145-scvh-pt-and-ot-timed-codes"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (SOUTH FORK)
            Aspenline Clinical · Therapy Flowsheet · 04/29/2026
            PT (G. Trujillo, PT) — Supervision/Delivery: one-on-one
            Intervention: X1 viewing standing on foam, walking with head turns to called targets, quick turns in the hall
            Target impairment: R vestibular hypofunction, dizzy and unsteady turning to check the lambs
            Outcome: DGI 18/24
            OT (R. Holcomb, OTR/L)
            Intervention: carrying two half-full feed buckets across the gravel lot and lifting them to the trough rail
            Target impairment: L grip and shoulder weakness after the rotator-cuff repair
            Outcome: 6 trips with 10 lb in each bucket, stand-by assist
            Timed Codes: 97112 Neuromuscular re-education — 23 min
                         97530 Therapeutic activities — 18 min
            """,
            ["H81.21", "Z98.890"], [PT("97112", 23), OT("97530", 18)], []),

        // PSTG auto-calc minute box "Minutes (auto-calc): 24" on a single 97112 code line matches; 1:1; rhythmic stabilization and foam; trunk control; Berg: passes.
        ["v6-h145-pstg-auto-calc-single"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 04/30/2026
            1:1 toggle: ON
            Skilled Interventions: rhythmic stabilization in half-kneeling, standing on foam reaching out of base, perturbations at the shoulders
            Impairments Addressed: trunk postural control after the L stroke, she tips sideways reaching into the chicken feeder
            Measurables: Berg 43/56; half-kneel hold 18 sec
            97112 Neuromuscular Re-ed — Minutes (auto-calc): 24
            M. Quillen, PT
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // SCLH Dee two codes "NMR 97112 — 23 min" and "GT 97116 — 14 min", both match; 1:1 thruout; foam and perturbations with Berg; cane gait with distance and assistance: passes.
        ["v6-h145-dee-nmr-and-gait"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR 97112 — 23 min   1:1 thruout
            Tx: foam stance c̄ EC & head turns, perturb. @ pelvis, step-over-&-stop at the hurdles.
            Imp: ↓ proprioc. B feet (DM), LOB on the slush @ the bus stop.
            Obj: Berg 45/56; LOB 2/10 perturb.
            GT 97116 — 14 min
            Tx: SPC on the Pav B hallway & the 12 stairs c̄ 1 rail, cues for step length (R).
            Imp: short (R) step, shuffles c̄ fatigue.
            Obj: 400 ft SPC SBA; stairs step-to c̄ rail, CGA.
            """,
            ["E11.42", "R26.89"], [PT("97112", 23), PT("97116", 14)], []),

        // LMPT minute boxes "Code: 97110 | Min: 16" and "Code: 97140 | Min: 10", both match; ther ex with doses for shoulder weakness; mobilisation with degrees: passes.
        ["v6-h145-lmpt-pta-two-code-rows"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97110 | Min: 16 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: rows with the green band 3x15, prone Y and T 2x10 with 2 lb, wall slides with lift-off 2x10
            Why: R scapular and rotator-cuff weakness after the cuff repair, can't lift the case of pop to the top shelf at the store
            Code: 97140 | Min: 10 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: GH posterior and inferior glides gr III, STM to the R posterior cuff
            Why: R posterior capsule tightness
            #s: ER 48° → 56°; flexion 142°
            """,
            ["M75.121", "Z98.890"], [PTA("97110", 16), PTA("97140", 10)], []),

        // SCLH new graduate with three codes written out "(CPT 97112): 22 minutes", "(CPT 97116): 15 minutes", "(CPT 97110): 10 minutes", all matching; one-on-one; complete content for each: passes.
        ["v6-h145-newgrad-three-codes-written-out"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT — Monday 03/09/2026
            Neuromuscular re-education (CPT 97112): 22 minutes, provided one-on-one. I performed perturbations at the pelvis while he stood on the foam pad, followed by tandem walking with head turns. He has impaired proprioception in both feet and a delayed stepping response after his fall at the deli counter. His Berg Balance Scale score was 46/56 today.
            Gait training (CPT 97116): 15 minutes. I trained him with the rolling walker on the hallway and the curb outside the Pavilion B entrance, with cues for a longer right step. He shortens his right step and shuffles when he tires. He walked 350 feet with the walker and stand-by assistance.
            Therapeutic exercise (CPT 97110): 10 minutes. He performed sit-to-stands 2x10, heel raises 2x15 and standing hip abduction with the red band 2x12 for bilateral hip and calf weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97116", 15), PT("97110", 10)], []),

        // SCLH Anjali clock range on the code's own line "97112 3:05–3:29 pm" (24) matches; 1:1; SMART Balance Master sensory reweighting with visual-surround sway; vestibular deficit; SOT composite: passes.
        ["v6-h145-anjali-clock-range-sot"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS — Mon 03/09/2026
            97112 3:05–3:29 pm   1:1, Mr. Kowal and me
            Tx: sensory reweighting on the SMART Balance Master (sway-referenced surround and support), gaze stabilization on foam
            Impairment: R vestibular hypofunction after the acoustic neuroma resection, relies on vision and falls in the dark
            Objective: SOT composite 58 (47 in Jan), condition 5 falls 2 of 3 trials
            """,
            ["H81.21", "D33.3"], [PT("97112", 24)], []),

        // BCH "Treated with: 97112 (35 min)" on a 23-minute line: mismatch; otherwise complete (1:1, foam and perturbations, proprioception, Berg).
        ["v6-h145-bch-35-on-23"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Clayton Mahon · 12/10/2026 · L. Maynard, PT
            Goal #1 — walk the creek bank to his fishing spot without a fall
               Status: progressing
               Treated with: 97112 (35 min) — foam stance with eyes closed, perturbations at the pelvis, stepping over the log on the mat
               Impairment: proprioceptive loss in both feet, he catches his toe on roots
               How we know: Berg 46/56 today
            Attendance: 1:1.
            """,
            ["E11.42"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // ORPT Prairielight grid row left at its default "15 min" on a 27-minute 97110 line: mismatch; otherwise complete (exercises with doses, knee weakness).
        ["v6-h145-orpt-grid-default-15-on-27"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 04/27/2026
            Interventions: leg press 3x12 at 70 lb, step-ups onto the 6 in step 3x10, terminal knee extension with the black band 3x15, wall sits 3x30 sec
            Clinical Findings: R quad weakness after the TKA, she can't climb the grain-elevator office stairs step over step
            Objective Measures: R knee flexion 112°, extension lag 4°
            Billing Grid:  97110 | Therapeutic exercise | 15 min
            K. Tjernagel, PTA
            """,
            ["Z96.651"], [PTA("97110", 27)], [At(Mismatch, "97110")]),

        // LMPT PTA "Code: 97116 | Min: 28" on a 15-minute line (97110 16 matches): mismatch on 97116; otherwise complete.
        ["v6-h145-lmpt-pta-gait-28-on-15"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97110 | Min: 16
            Tx: SAQ 3x12 with 4 lb, sidelying abduction 3x10, sit-to-stand from the low mat 3x8
            Why: L quad and hip abductor weakness after the hip fracture
            Code: 97116 | Min: 28
            Tx: gait with the rolling walker down the block to the corner and back, cues for L heel strike and step length
            Why: short L step, antalgic
            #s: 420 ft RW with SBA
            """,
            ["S72.002D"], [PTA("97110", 16), PTA("97116", 15)], [At(Mismatch, "97116")]),

        // NPD late entry "97112 x 30 min" copied onto an 18-minute line: mismatch; otherwise complete (1:1 Y, perturbations and foam, proprioception, Berg).
        ["v6-h145-npd-late-entry-30-on-18"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Mon 03/09/2026 09:25 for Sat 03/07/2026
            97112 x 30 min
            1:1: Y
            Perturbations in tandem, foam stance with EC, stepping over the hurdles.
            Deficits: ↓ proprioception L knee after the TKA; she loses it stepping off the bus.
            Result: Berg 47/56; tandem 12 sec.
            """,
            ["Z96.652"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // LCPT two codes under two goals with no minutes beside either and "Total timed today: 37" at the bottom: separate time missing; each code otherwise complete.
        ["v6-h145-lcpt-total-only-two-goals"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 11 of 12)
            Pt: Harlan Dinklage, feedlot pen rider · C. Feeken, PT
            Functional goal 1: get on and off his horse at the pens [status: progressing]
              Codes: 97112
              Interventions: step-and-stick onto the foam, single-leg stance reaching up as to the saddle horn, perturbations at the pelvis
              Impairment: delayed stepping reaction and L ankle proprioception
              Progress measure: SLS L 13 sec; FGA 23/30
            Functional goal 2: lift the mineral tubs into the bunk [status: progressing]
              Codes: 97530
              Interventions: lifting a 25 lb tub from the floor to the bunk-height table 8x, carrying it 40 ft
              Impairment: hip and trunk extensor weakness
            1:1.
            Total timed today: 37
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97530", 15)], [SepTime]),

        // SCVH Aspenline Timed Codes for two codes left "(none entered)" with "Total timed minutes: 36": separate time missing; both codes otherwise complete.
        ["v6-h145-scvh-timed-codes-none-entered"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline Clinical · Therapy Flowsheet · 05/01/2026
            Supervision/Delivery: one-on-one
            Intervention: perturbations on foam, tandem walking with head turns; then gait training with the cane on the sidewalk and curb
            Target impairment: postural control and a short R step after the L stroke
            Outcome: Berg 44/56; 300 ft with the cane, curb with contact guard
            Timed Codes: 97112 Neuromuscular re-education — (none entered)
                         97116 Gait training — (none entered)
            Total timed minutes: 36
            T. Ulibarri, PT, DPT, NCS
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 14)], [SepTime]),

        // SCLH float Helga "Timed code minutes: 97116 = *** / 97110 = ***" with "Total timed 33 min": separate time missing; both codes otherwise complete.
        ["v6-h145-float-wildcard-minutes-total"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage from 7 North — H. Lindqvist, PT
            Pt received seated, gait belt on. ☑ Pt treated 1:1 for timed codes
            Gait: rolling walker on the corridor, cues for upright posture and step length; 260 ft with CGA.
            Ther ex: seated marching 2x15, LAQ 2x12 with 2 lb, sit-to-stand 2x8.
            Problem: B hip and quad weakness after the hospital stay, short shuffling steps.
            Timed code minutes: 97116 = *** / 97110 = ***
            Total timed 33 min
            """,
            ["R26.89", "M62.81"], [PT("97116", 18), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a two-code visit with a diagnosis (a Monday note never opened): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h145-empty-note-nmr-and-ther-ex"] = new(
            "",
            ["R26.81"], [PT("97112", 22), PT("97110", 13)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A note of spaces and line breaks only on a PTA's 97116 with a diagnosis: note missing only.
        ["v7-h145-spaces-and-line-breaks-97116"] = new(
            "   \n\n  \n",
            ["R26.89"], [PTA("97116", 15)], [At(NoteMissing, "97116")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h145-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 19)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on an MBOG arrow: split squats, lateral band walks, single-leg deadlifts with loads (technique and measure), R knee and hip weakness after a meniscus repair (deficit); minutes match: passes.
        ["v7-h145-mbog-97110-after-meniscus-repair"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Trey Eldredge · Visit 10 · 12/11/2026 · K. Pfleger, PTA
            STG 3 (by visit 12): squat under the beet piler to clear the chain — PROGRESSING
               → 97110 · 18 min · split squats 3x10 holding 15 lb, lateral band walks with the black band 3 lengths, single-leg RDL 3x8 with 20 lb, goblet squat to a box 3x10 with 25 lb
               Impairment: R quad and glute weakness after the medial meniscus repair
            """,
            ["S83.241D"], [PTA("97110", 18)], []),

        // 97530's meaning on an LCPT tracker: lifting salt-and-mineral buckets from the floor to the truck tailgate and carrying them to the bunk, with loads and counts (technique and measure), back and hip weakness (deficit); minutes match: passes.
        ["v7-h145-lcpt-97530-buckets-to-the-tailgate"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 5 of 12)
            Pt: Marvin Thoendel · A. Wiechmann, PT
            Functional goal: load and carry the mineral buckets for chores [status: progressing]
              Codes/min: 97530 = 16
              Interventions: floor-to-tailgate lifts of a 30 lb bucket with a hip hinge 6x, carrying it 60 ft to the bunk and tipping it in 4x, half-kneel to stand holding the bucket 5x
              Impairment: lumbar extensor and hip weakness after the L5-S1 microdiscectomy
              Progress measure: 6 of 6 lifts with a neutral spine, no cues
            """,
            ["M51.26", "Z98.890"], [PT("97530", 16)], []),

        // 97140's meaning on a PSTG note: thoracic PA mobilisations and first-rib mobilisation with STM to the scalenes (technique), thoracic and first-rib stiffness (deficit), rotation degrees (measure); minutes match: passes.
        ["v7-h145-pstg-97140-thoracic-and-first-rib"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 04/29/2026
            Skilled Interventions: central PA mobilisations T3–T7 grade III, L first-rib depression mobilisation, STM to the L scalenes and upper trapezius
            Impairments Addressed: upper thoracic and L first-rib stiffness, can't turn to look back when he backs the decoy trailer down the ramp
            Measurables: cervical rotation L 52° → 64° after
            97140 Manual therapy — 12 min
            D. Kellam, PT, DPT
            """,
            ["M54.2", "M99.02"], [PT("97140", 12)], []),

        // 97116's meaning on a BCH goal block: hemi-walker to the quad cane on the hallway, the ramp and the three porch steps (technique), R foot drag and knee hyperextension after a stroke (deficit), distance and assistance (measure); minutes match: passes.
        ["v7-h145-bch-97116-walker-to-quad-cane"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Dewey Stepp · 12/11/2026 · J. Spurlock, PTA
            Goal #2 — walk from the truck into the house with the quad cane
               Status: progressing
               Treated with: 97116 (17 min) — gait training, hemi-walker to the large-base quad cane on the hallway, the ramp and the practice porch steps, cues for R knee control and toe clearance
               Impairment: R foot drag and R knee hyperextension in stance after the L stroke
               How we know: 180 ft quad cane with CGA; porch steps step-to with min A
            """,
            ["I69.351"], [PTA("97116", 17)], []),

        // BCH generic goal block: "Goal: per POC … Treated with: 97112 (22 min) — balance activities as tolerated. Did well today." — no technique, deficit, measure or one-on-one.
        ["v7-h145-bch-generic-goal-block"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Goal — per POC
               Status: progressing
               Treated with: 97112 (22 min) — balance activities as tolerated
               How we know: did well today
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ORPT generic two-code Prairielight note with the grid's minutes for each: "ther ex and manual per plan … tolerated well" — nothing named for either code; minutes per code given, so no separate-time finding.
        ["v7-h145-orpt-generic-two-codes-with-grid"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            Interventions: ther ex and manual per plan
            Session Summary: tolerated well, continue plan of care
            Billing Grid:  97110 | Therapeutic exercise | 17 min
                           97140 | Manual therapy | 11 min
            O. Reyes, PT
            """,
            ["M54.50"], [PT("97110", 17), PT("97140", 11)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // LMPT generic visit form: "Tx: NMR per POC | Why: per POC | #s: ____" with the 1:1 row marked: technique, generic, deficit and measure.
        ["v7-h145-lmpt-generic-per-poc-form"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 21 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: NMR per POC, pt tolerated well
            Why: per POC
            #s: ____
            """,
            ["R26.81"], [PT("97112", 21)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // NPD generic late entry for a 97110: "Ther ex per flowsheet, tolerated without complaint. Continue." — nothing named.
        ["v7-h145-npd-generic-ther-ex-late-entry"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY for Saturday's visit, written Monday morning.
            97110 x 15 min
            Ther ex per flowsheet, tolerated without complaint. Continue.
            """,
            ["M62.81"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary notes

        // MBOG Vale two codes under one LTG, "→ 97112 · 22 min" and "→ 97140 · 9 min", both match; one-to-one; perturbations and foam with SLS; glides with degrees; ankle proprioception and stiffness: passes.
        ["vord-h145-mbog-nmr-and-manual-one-ltg"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Wade Sillonis · Visit 11 · 12/08/2026 · I. Barragán, PT
            PRIMARY OUTCOME: FAAM ADL 81% today (intake 57%, 10/19/2026)
            LTG 1 (by 01/20): walk the uneven ditch bank to the headgate without the ankle rolling — PROGRESSING
               → 97112 · 22 min · perturbations in L single-leg stance on foam, BAPS level 4 standing, lateral hop-and-hold onto the Airex
               → 97140 · 9 min · talocrural posterior glides grade III-IV and subtalar lateral glides
               Impairment: L ankle proprioception and dorsiflexion stiffness after repeated sprains
               ▸ measured by: SLS L on foam 17 sec (5 at eval); dorsiflexion L 8° → 13° after the glides
            Delivery: one-to-one.
            """,
            ["S93.402D", "M25.672"], [PT("97112", 22), PT("97140", 9)], []),

        // MBOG Ontario PTA 97110 for a shoulder: band ER, prone Y/T, serratus punches with doses; R cuff weakness; "→ 97110 · 16 min" matches: passes.
        ["vord-h145-mbog-pta-shoulder-ther-ex"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Conrad Esplin · Visit 9 · 12/09/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: QuickDASH 22 today (intake 52, 11/12/2026)
            STG 1 (by visit 10): lift the saddle onto the top rack — PROGRESSING
               → 97110 · 16 min · band ER at 0° with the blue band 3x15, prone Y and T 3x10 with 2 lb, serratus punches 3x12 with 4 lb, wall walks 2x10
               Impairment: R rotator-cuff and lower-trapezius weakness
               ▸ measured by: R flexion 152° (131 at eval)
            """,
            ["M75.121"], [PTA("97110", 16)], []),

        // MBOG PTA's arrow minutes "→ 97110 · 30 min" carried from last week's longer visit on a 17-minute line: mismatch; otherwise complete (exercises with doses, hip weakness).
        ["vord-h145-mbog-pta-carried-30-on-17"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Marisela Fuentes · Visit 7 · 12/10/2026 · K. Pfleger, PTA
            STG 2 (by visit 10): climb onto the forklift without pulling up on the mast — PROGRESSING
               → 97110 · 30 min · lateral step-ups onto the 8 in step 3x10, sidelying hip abduction 3x12 with 3 lb, bridges with a march 3x10
               Impairment: R hip abductor and extensor weakness after the hip arthroscopy
            """,
            ["Z98.890", "M62.81"], [PTA("97110", 17)], [At(Mismatch, "97110")]),

        // BCH Matewan OT's 97530 for a church pianist: carrying the hymnals, reaching to the music stand, getting on and off the bench, with counts and assist; L hand and shoulder weakness after a stroke; minutes match: passes.
        ["vord-h145-bch-ot-97530-pianist"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Loretta Muncy · 12/09/2026 · A. Varney, OTR/L
            Goal #1 (OT) — set up her music and play the Sunday service
               Status: progressing
               Treated with: 97530 (19 min) — carrying a stack of hymnals from the shelf to the piano, reaching up to open them on the music stand, sliding on and off the bench
               Impairment: L hand weakness and L shoulder elevation limits after the R MCA stroke
               How we know: 5 hymnals carried and placed with supervision; on and off the bench 4 times with stand-by assist
            """,
            ["I69.354"], [OT("97530", 19)], []),

        // BCH Kermit two goals with 97112 (24) and 97116 (15), both match; 1:1 with his wife in the lobby; foam, stepping over the rope and perturbations with DGI; cane gait with distance: passes.
        ["vord-h145-bch-nmr-and-gait-two-goals"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Virgil Blankenship, retired roof bolter · 12/10/2026 · L. Maynard, PT
            Goal #1 — walk the gravel drive to the mailbox without a loss of balance
               Status: progressing
               Treated with: 97112 (24 min) — foam stance with horizontal head turns, stepping over the rope on the mat, perturbations at the pelvis
               Impairment: somatosensory loss in both feet from the neuropathy
               How we know: DGI 19/24 today (14/24 at eval)
            Goal #2 — walk to the church fellowship hall with the cane
               Status: progressing
               Treated with: 97116 (15 min) — gait training with the single-point cane on the gravel path outside and the ramp, cues for a longer L step
               Impairment: short L step, looks at his feet
               How we know: 320 ft with the cane, SBA
            Attendance: 1:1 for the neuro re-ed; his wife rode along and sat in the lobby.
            """,
            ["E11.42", "R26.81"], [PT("97112", 24), PT("97116", 15)], []),

        // BCH Delbarton PTA 97112: 1:1; weight shifts with tapping, step-and-stick, foam reaching; R hemiparesis; Berg and step count; minutes match: passes.
        ["vord-h145-bch-pta-weight-shift-and-step"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Wilma Cline · 12/11/2026 · J. Spurlock, PTA
            Goal #3 — hang the wash on the line without holding the post
               Status: progressing
               Treated with: 97112 (22 min) — weight shifts onto the L with tapping at the glute med, step-and-stick onto foam L leading, overhead reach on the Airex
               Impairment: L hemiparesis with poor weight acceptance and postural control after the R stroke
               How we know: Berg 44/56 (42 last week); step-and-stick 7 of 10 without a hand
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["I69.354"], [PTA("97112", 22)], []),

        // LCPT Wisner 97112 for a polka accordion player: 1:1; standing with the accordion's weight simulated by a loaded vest, perturbations, turning; postural control; FGA; minutes match: passes.
        ["vord-h145-lcpt-accordion-player"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 8 of 12)
            Pt: Lambert Vogel · C. Feeken, PT
            Functional goal: stand and play a full polka set with the accordion without swaying back [status: progressing]
              Codes/min: 97112 = 23
              Interventions: standing with a front-loaded vest to mimic the accordion, perturbations at the shoulders, half turns to each side on foam
              Impairment: posterior postural sway and a slow ankle strategy after the L stroke
              Progress measure: FGA 22/30 (17/30 on 11/10); recovered 7 of 8 posterior pushes with an ankle strategy
            One-on-one.
            Contract outcome: ABC 71% (intake 48%, 11/10) — MCID reached
            """,
            ["I69.398", "R26.81"], [PT("97112", 23)], []),

        // LCPT Pender PTA 97110 after a TKA: leg press, step-ups, TKEs with doses; L quad weakness; minutes match: passes.
        ["vord-h145-lcpt-pta-tka-ther-ex"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER (episode visit 6 of 12)
            Pt: Rosalie Hansen · T. Uhing, PTA
            Functional goal: climb the church choir-loft stairs step over step [status: progressing]
              Codes/min: 97110 = 17
              Interventions: leg press 3x12 with 60 lb, forward step-ups onto a 6 in step 3x10, TKE with the green band 3x15
              Impairment: L quad weakness after the L TKA
              Progress measure: knee flexion 114°
            """,
            ["Z96.652"], [PTA("97110", 17)], []),

        // LCPT OT's 97530 (16) and PT's 97112 (21) on one tracker, both match; 1:1 for the neuro; baking trays with counts; foam and perturbations with FGA: passes.
        ["vord-h145-lcpt-ot-and-pt-one-tracker"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 9 of 12)
            Pt: Irene Stodola, kolache baker
            Functional goal 1 (OT, M. Hrabik, OTR/L): carry the full kolache trays from the rack to the oven [status: progressing]
              Codes/min: 97530 = 16
              Interventions: carrying a loaded sheet tray from the rack to the oven and turning with it, reaching to the top rack
              Impairment: R wrist and forearm weakness after the distal radius fracture
              Progress measure: 8 of 8 trays with supervision; tray load 10 lb
            Functional goal 2 (PT, A. Wiechmann, PT): turn from the oven without losing her balance [status: progressing]
              Codes/min: 97112 = 21
              Interventions: pivot turns on foam, perturbations at the pelvis while holding an empty tray, stepping around cones
              Impairment: postural control and a slow stepping reaction
              Progress measure: FGA 24/30; 180° turn in 3 steps
            1:1 for the PT neuro block.
            """,
            ["S52.531D", "R26.81"], [OT("97530", 16), PT("97112", 21)], []),

        // ORPT Decorah a few weeks on, "Next appt: #Name?" still in the footer (harmless); one-on-one; rocker, foam tandem and reactive steps; R foot sensory loss; Berg and pushes; grid 23 matches: passes.
        ["vord-h145-orpt-next-appt-name-error"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 04/29/2026
            Delivery: one-on-one, Hallie and Mr. Ellingson
            Interventions: rocker board A/P eyes closed; tandem on foam with head turns; reactive stepping to pushes from behind
            Clinical Findings: R foot sensory loss after the L4-5 decompression; misses the cab step of the plow truck
            Objective Measures: Berg 51/56; 9 of 10 pushes recovered with one step
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            Next appt: #Name?
            Hallie Bjornstad, PT, DPT
            """,
            ["M48.062", "R20.2"], [PT("97112", 23)], []),

        // ORPT Waukon 97116: walker to cane on the hallway and the curb for a college groundskeeper after a tibial plateau fracture; distance and assistance; grid 16 matches: passes.
        ["vord-h145-orpt-97116-groundskeeper"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 04/30/2026
            Interventions: gait training, rolling walker to single-point cane on the hallway and the curb outside, cues for knee flexion in swing and heel strike
            Clinical Findings: stiff-legged L gait with a short L stance after the tibial plateau ORIF; can't walk the campus lawns yet
            Objective Measures: 350 ft single-point cane with SBA; curb up and down CGA
            Billing Grid:  97116 | Gait training | 16 min
            O. Reyes, PT
            """,
            ["S82.142D"], [PT("97116", 16)], []),

        // ORPT Cresco complete 97112 with no diagnosis on the claim: diagnosis missing only.
        ["vord-h145-orpt-complete-no-dx"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 04/30/2026
            Delivery: one-on-one
            Interventions: PNF D2 lifts in standing, rocker board M/L, foam step-ups L leading
            Clinical Findings: L hemiparesis, slow L weight acceptance
            Objective Measures: Berg 48/56; rocker M/L 19 sec without an edge touch
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            K. Tjernagel, PTA
            """,
            [], [PTA("97112", 22)], [Dx]),

        // SCVH Del Norte 97140 for a fly-fishing guide: cervical lateral glides and SNAGs with STM; cervical stiffness; rotation degrees; Timed Codes 13 matches: passes.
        ["vord-h145-scvh-97140-fly-fishing-guide"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (DEL NORTE)
            Aspenline Clinical · Therapy Flowsheet · 04/28/2026
            Intervention: C5–C6 lateral glides grade III, Mulligan SNAGs into R rotation, STM to the R levator and upper trap
            Target impairment: R cervical rotation stiffness, can't turn to watch his fly drift behind the boat
            Outcome: R rotation 58° → 70°
            Timed Codes: 97140 Manual therapy — 13 min
            G. Trujillo, PT
            """,
            ["M54.2"], [PT("97140", 13)], []),

        // SCVH Monte Vista OT 97530: dressing at the edge of the bed and reaching into the closet with assist levels and counts; L shoulder weakness; minutes match: passes.
        ["vord-h145-scvh-ot-dressing-and-closet"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline Clinical · Therapy Flowsheet · 04/30/2026 · OT
            Intervention: upper-body dressing standing at the closet — button-down shirt and the barn coat — and reaching to hangers on the upper rod
            Target impairment: L shoulder weakness and limited reach after the proximal humerus fracture
            Outcome: shirt and coat on with set-up only (min A last week); 6 of 8 hangers from the upper rod
            Timed Codes: 97530 Therapeutic activities — 20 min
            R. Holcomb, OTR/L
            """,
            ["S42.202D"], [OT("97530", 20)], []),

        // SCVH South Fork PTA 97110 (14) and 97116 (15), both in the Timed Codes list and both matching; doses; walker gait with distance; hip weakness: passes.
        ["vord-h145-scvh-pta-ther-ex-and-gait"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (SOUTH FORK)
            Aspenline Clinical · Therapy Flowsheet · 05/01/2026
            Intervention: sit-to-stands 3x8, standing hip abduction 3x10 with 2 lb, heel raises 3x15; gait training with the rolling walker on the corridor and the ramp with cues for an upright trunk
            Target impairment: B hip weakness after the L hip fracture, short L stance
            Outcome: 280 ft rolling walker with SBA, ramp CGA
            Timed Codes: 97110 Therapeutic exercise — 14 min
                         97116 Gait training — 15 min
            L. Atencio, PTA
            """,
            ["S72.002D"], [PTA("97110", 14), PTA("97116", 15)], []),

        // PSTG Chincoteague OT 97530 for a crab-house picker: picking with the mallet and knife at the table, lifting the bushel basket, with counts and load; R hand weakness after a laceration repair: passes.
        ["vord-h145-pstg-ot-crab-house-picker"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud · 04/28/2026
            Skilled Interventions: simulated crab picking at the table with the mallet and the picking knife, lifting a half-full bushel basket from the floor to the table
            Impairments Addressed: R hand grip and pinch weakness after the flexor tendon repair
            Measurables: 20 claws cracked and picked with supervision; basket lifted 5x at 12 lb; grip R 38 lb (L 62)
            97530 Therapeutic activities — 18 min
            B. Crockett, OTR/L
            """,
            ["S61.411D"], [OT("97530", 18)], []),

        // PSTG Onancock 97112 with the 1:1 toggle on; stepping strategies and perturbations on the foam; decoy carver's postural control; Berg and pushes; minutes match: passes.
        ["vord-h145-pstg-decoy-carver-nmr"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 04/30/2026
            1:1 toggle: ON
            Skilled Interventions: stepping strategies to pushes in all directions, perturbations on foam, turning to look behind him like reaching for the carving tools
            Impairments Addressed: postural control and slow stepping reactions after the cerebellar stroke
            Measurables: Berg 47/56; 7 of 10 pushes recovered with one step
            97112 Neuromuscular Re-ed — 23 min
            D. Kellam, PT, DPT
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // PSTG Pocomoke City complete 97112 whose diagnosis cell reads "see referral": diagnosis missing only.
        ["vord-h145-pstg-dx-see-referral"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 04/29/2026
            ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: tandem walking on the foam lane, perturbations at the pelvis, reactive steps
            Impairments Addressed: proprioceptive loss in both feet
            Measurables: Berg 46/56
            97112 Neuromuscular Re-ed — 22 min
            M. Quillen, PT
            """,
            ["see referral"], [PT("97112", 22)], [Dx]),

        // SCLH Dee Monday NMR: 1:1 thruout; perturbations, foam with EC, hurdle steps; ↓ proprioc.; Berg and LOB; "Pt returned to lobby c̄ her niece" harmless: passes.
        ["vord-h145-dee-monday-nmr-niece"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT — Mon 03/09/2026
            NMR (97112) — 24 min   1:1 thruout
            Tx: perturb. @ pelvis in staggered stance, foam stance c̄ EC, step-over-&-stop at the hurdles, tandem amb. c̄ head turns.
            Imp: ↓ proprioc. B feet, ↑ sway EC; Polish bakery, on her feet at the ovens since 4 am.
            Obj: Berg 46/56; LOB 3/10 perturb.
            Pt returned to lobby c̄ her niece.
            """,
            ["R26.81", "E11.42"], [PT("97112", 24)], []),

        // SCLH new graduate 97116 after a hip replacement, written out; walker to cane on the hallway and the Pavilion B stairs; distance and assistance; minutes exact: passes.
        ["vord-h145-newgrad-97116-after-tha"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT — Monday 03/09/2026
            Gait training (CPT 97116): 18 minutes.
            Interventions: I progressed the patient from the rolling walker to a single-point cane on the hallway and up and down the Pavilion B stairs, with cues for equal step length and an upright trunk.
            Impairment: He has a Trendelenburg gait and a short left step after his right total hip arthroplasty.
            Objective: He walked 300 feet with the cane and stand-by assistance and climbed 12 stairs with one rail and contact guard.
            """,
            ["Z96.641"], [PT("97116", 18)], []),

        // SCLH PTA 97112: "1:1, just the two of us at the foam station"; rocker, foam step-ups, perturbations; ankle proprioception; rocker seconds and FGA; minutes match: passes.
        ["vord-h145-marisol-foam-station-1-to-1"] = new(
            """
            SCLH OP REHAB · PTA DAILY NOTE · Pav B gym — M. Ocampo, PTA
            97112 NMR — 22 min
            1:1, just the two of us at the foam station.
            Rocker board A/P and M/L, foam step-ups with a perturbation at the top, perturbations at the shoulders in tandem.
            Impairment: R ankle proprioception after the sprain on the el stairs.
            Rocker M/L 16 sec without an edge touch; FGA 22/30.
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // LMPT resident 97110: blood-flow-restriction leg press and knee extension with cuff pressure, loads and reps after a meniscectomy; quad weakness; minutes match: passes.
        ["vord-h145-lmpt-resident-bfr-ther-ex"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency) — Mentor co-sign to follow
            97110 | 17 min
            Tx: blood-flow-restriction training with the cuff at 80% limb occlusion — leg press 30/15/15/15 at 50 lb, knee extension 30/15/15/15 at 15 lb; Copenhagen side plank 3x20 sec
            Why: R quad atrophy and weakness after the partial meniscectomy, can't get down into the goalie stance
            #s: quad LSI 74% (61% in Feb)
            """,
            ["S83.231D", "M62.561"], [PT("97110", 17)], []),

        // LMPT PTA 97116 for a retired L motorman: cane gait on the sidewalk and the el station stairs; distance, stairs and assistance; minutes match: passes.
        ["vord-h145-lmpt-pta-97116-el-stairs"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97116 | Min: 16 mins
            Tx: gait with the SPC on the sidewalk to the corner and the 18 practice stairs with one rail, step-over-step on the way up
            Why: short R step and a R knee that won't bend in swing after the TKA
            #s: 450 ft SPC mod I; 18 stairs with rail SBA
            """,
            ["Z96.651"], [PTA("97116", 16)], []),

        // NPD late entry for a two-code Saturday visit, "97112 x 22 min / 97110 x 11 min", both match; 1:1 Y; perturbations and foam with Berg; ther ex with doses: passes.
        ["vord-h145-npd-late-entry-two-codes"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Mon 03/09/2026 10:05 for Sat 03/07/2026
            97112 x 22 min / 97110 x 11 min
            1:1: Y
            NMR: perturbations at the pelvis in tandem, foam stance with head turns, step-and-stick to the side.
            Ther ex: sit-to-stand 3x10, standing hip abduction 2x12 with the red band, heel raises 2x15.
            Deficits: ↓ proprioception both feet and B hip weakness; she misses the curb at the Jewel lot.
            Result: Berg 47/56.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 11)], []),

        // SCLH float Helga "Timed code minutes: 97116 = 18 / 97110 = 10", both match; gait with distance and assistance; ther ex with doses; hip and quad weakness: passes.
        ["vord-h145-float-timed-code-minutes"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage from 7 North — H. Lindqvist, PT
            Pt received seated in the Pav B waiting area, gait belt on. ☑ Pt treated 1:1 for timed codes
            Gait: rolling walker to SPC on the corridor, cues for heel strike and step length; 240 ft SPC with CGA.
            Ther ex: LAQ 2x15 with 3 lb, standing marches 2x12, mini squats 2x10 at the bar.
            Problem: L quad and hip weakness after the L hip fracture, short L step.
            Timed code minutes: 97116 = 18 / 97110 = 10
            """,
            ["S72.002D", "M62.81"], [PT("97116", 18), PT("97110", 10)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
