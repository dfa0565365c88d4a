using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-forty-third held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-first session, blind beside the hundred-and-forty-first) is the month an EMR
/// migration went live: notes written in the new system with the old system's fields pasted in, duplicate headings (two
/// "Assessment:" blocks, two minute fields that agree or disagree), legacy items carried over (retired G-codes and
/// severity modifiers in the text, old code descriptions, "Converted from …" banners, import-error markers such as
/// "[field not mapped]", "#Name?" and "#Error"), clinicians learning the new template (fields left at their defaults,
/// free text typed into the wrong box, a copied prior-system note with today's lines added), and a few weeks later, in
/// April, notes fully in the new template. About two thirds are ordinary and complete (76 of 117), single- and
/// multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and an OT's code on one visit),
/// by PTs, PTAs and OTs, from three employers, each migrating between two named systems of its own:
/// <list type="number">
/// <item>a three-clinic private practice moving from a desktop EMR to a cloud one ("Oneota River Physical Therapy",
/// ORPT: Decorah, Waukon and Cresco, Iowa; from "RehabLedger 6", whose fields come across in capitals with underscores —
/// "TX_CPT_1: 97112   TX_MIN_1: 23", "ONE_ON_ONE_FLAG", "REFERRING_MD", "FLR_GCODE: G8979 CI" — under a banner "— Converted
/// from RehabLedger 6 (record …) —", to "Prairielight EHR", whose daily note has "Delivery:", "1:1 (Y/N):",
/// "Interventions:", "Clinical Findings:", "Objective Measures:", "Session Summary:", "Precautions:" and a "Billing Grid:
/// 97112 | Neuromuscular re-education | 24 min" whose minute column defaults to 15): Hallie Bjornstad (PT, DPT, owner,
/// Decorah), Osvaldo Reyes (PT, Waukon) and Kirsten Tjernagel (PTA, Cresco); a retired trout-hatchery worker on the wet
/// raceway edges, a county snowplow driver, a church hand-bell ringer, a rosemaling painter at her easel, a 4-H leader,
/// a quilter, a grain-elevator worker, a furniture-delivery driver, an orchard volunteer on a ladder, a college
/// groundskeeper, a daughter-in-law and the practice's Prairielight super-user sitting in, and a PT student;</item>
/// <item>a critical-access hospital's outpatient therapy department moving from a green-screen hospital system to a new
/// EHR ("Sangre de Cristo Valley Hospital — Outpatient Therapy", SCVH: the Monte Vista clinic and the Del Norte and South
/// Fork satellites, Colorado; from "MEDIQUEST HIS", whose notes are in capitals with charge lines "CHG 97112 NEUROMUSC
/// REEDUC 23 MIN", retired "G8978 CJ" and "SEVERITY: CK (40-59% IMPAIRED)" lines and long code descriptions, under
/// "*** CONVERTED FROM MEDIQUEST HIS — REVIEW FOR ACCURACY ***", to "Aspenline Clinical", whose therapy flowsheet has
/// "Supervision/Delivery:", "Intervention:", "Target impairment:", "Outcome:" and "Timed Codes: 97112 Neuromuscular
/// re-education — 23 min", defaults "(none entered)", "(not entered)" and "None identified (default)", and order sets):
/// Teodora Ulibarri (PT, DPT, NCS), Gideon Trujillo (PT), Lupita Atencio (PTA) and Renae Holcomb (OTR/L); a potato farmer
/// and a potato-truck driver, a woman who sways when the cellar lights go off, a Great Sand Dunes ranger, a Wolf Creek
/// ski-lift operator, sheepherders, an irrigation-pivot hand, a wife by the window, a granddaughter interpreting in
/// Spanish and a balance group of three on the foam beams;</item>
/// <item>a three-site therapy group moving from an old database EMR to a cloud one ("Pocomoke Sound Therapy Group",
/// PSTG: Pocomoke City, Maryland, and Onancock and Chincoteague, Virginia; from "ClinIQ Desktop", whose memo text comes
/// across under "Converted from ClinIQ Desktop — legacy text below" with "TX:", "PROB:", "OBJ:" and the database's
/// "#Name?" and "#Error" in its cells, to "TidePoint Rehab Cloud", whose note has "Mode of delivery: Choose… ▾", a "☐ 1:1
/// ☐ Group ☐ Co-treat" row, a "1:1 toggle: ON", "Skilled Interventions:", "Impairments Addressed:", "Measurables:" and
/// "97112 Neuromuscular Re-ed — 23 min" or "Minutes (auto-calc): 24"): Marisol Quillen (PT, Pocomoke City), Desmond
/// Kellam (PT, DPT, Onancock), Jolie Tawes (PTA) and Beatrix Crockett (OTR/L); a waterman on his deadrise, crab-house
/// pickers, a decoy carver, poultry growers, a pony-penning volunteer, a retired Wallops Island range technician, an
/// oyster-knife laceration, and a front desk that double-booked the go-live week.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer reading a migration month's notes, applying the
/// contract to what the note's text says: an import-error marker, an unmapped field, a drop-down or box left at its
/// default and an empty field state nothing; a field the template filled and the clinician did not change is read as
/// written; a pasted legacy field is part of the signed note and says what it says; text typed into the wrong box counts
/// where it was typed; a heading given twice says what each copy says; and a copied prior-system note is read as part of
/// today's note:
/// <list type="bullet">
/// <item>class 1 (v1-h143-…): one-on-one in these writers' own words ("One-on-one — Hallie and Mr. Dahl only, nobody
/// else in the gym" under an unmapped ONE_ON_ONE_FLAG, "individual — therapist and patient only; his wife watched from
/// the chair by the window", "one on one the whole NMR block — her daughter-in-law and our Prairielight super-user sat
/// in", "direct one-to-one, entire timed portion", "one-to-one — our PT student and I both had hands on him"), notes that
/// negate it (MEDIQUEST capitals "PT TREATED THIS PT AND MR. ROMERO CONCURRENTLY AT THE PARALLEL BARS", a PTA who "split
/// the neuro block between her and Mrs. Bloxom" when the front desk double-booked, a legacy "PT TX RENDERED 1:1" above
/// "ran her with the balance group of three") or never state it (a RehabLedger note copied in with today's lines, an
/// April TidePoint note with no delivery line), and the codes without a one-on-one check: an OT's 97530 in a
/// community-kitchen group of four and a 97116 with two patients walked in the hall together;</item>
/// <item>class 2 (v2-h143-…): checkbox and blank-field states as these migrations leave them: "Mode of delivery: Choose…
/// ▾" left beside "Had him to myself for the whole neuro block", a "☐ 1:1 ☐ Group ☐ Co-treat" row with nothing ticked,
/// "1:1 (Y/N): Y" and the same field left at its default "N", "1:1: #Name?", "1:1 toggle: ON", "Clinical Findings: [field
/// not mapped]", "Target impairment: None identified (default)", "Intervention: (none entered)" with the technique typed
/// into the Patient Goals box, "Berg: #Name?   TUG: #Error", "Distance: ___ ft   Assist: Choose… ▾", "Assist level: (not
/// entered)" over a narrative with distance and assistance, and a grid row "97110 | Therapeutic exercise | [field not
/// mapped] min";</item>
/// <item>class 3 (v3-h143-…): named programmes and methods as techniques (Janda sensorimotor training with short foot on
/// the rocker and wobble boards, Perfetti cognitive therapeutic exercise with sponges under the foot, Feldenkrais
/// Awareness Through Movement's pelvic clock, Lewit post-isometric relaxation with Mulligan SNAGs, Ola Grimsby medical
/// training therapy on the pulley tower, the CO-OP approach's goal–plan–do–check, kinesthetic training on the Proprio 5000
/// platform), an Aspenline order set "NEURO BALANCE BUNDLE — PHASE 2" and "Manual therapy per ClinIQ protocol MT-2" as the
/// only technique, and an Otago strength set "per the handout" with no dose;</item>
/// <item>class 4 (v4-h143-…): deficits stated as findings in these writers' terms (a hand-bell ringer who overshoots the
/// bell table, a woman who sways when the potato-cellar lights go off, feet that go out from under him stepping down into
/// the skiff, a man who can't kneel in the skiff to bail, a coat sleeve she can't get her arm into standing at the door,
/// a finding typed into the Precautions box, a finding given in the second of two "Assessment:" blocks under an unmapped
/// first) and notes that state none ("Clinical Findings: see RehabLedger problem list", "Target impairment: same as
/// before", "Impairments Addressed: Choose… ▾");</item>
/// <item>class 5 (v5-h143-…): measures in every usual form (gait speed in m/s beside a retired "FLR_GCODE: G8979 CI
/// (goal)", the Four-Stage Balance Test stage by stage with a Tinetti score, "Berg: #Name?" beside a filled TUG, a
/// 10-metre walk single- and dual-task with its cost, feet, assistance and stairs for 97116, doses written "3 × 12 @ 8
/// lb", fingertip-to-floor for 97140, an old ClinIQ Berg above today's) and notes with none ("Objective Measures: see
/// RehabLedger flowsheet", "steadier than last visit per patient and his daughter", "OBJ: #Error" on an OT's 97530,
/// "Distance: see walking log");</item>
/// <item>class 6 (v6-h143-…): minutes in these templates' forms (a RehabLedger TX_MIN field agreeing with the Prairielight
/// grid, MEDIQUEST charge lines for two codes, a clock range on the code's own line, each code's minutes inline, a PT's
/// and an OT's code in one Timed Codes list, three codes each with minutes) and true mismatches (two minute fields of 35
/// and 38 on a 24-minute line, the grid's default 15 on a 28-minute line, a copied MEDIQUEST note's "38 MIN" on a
/// 24-minute line, a PTA's carried 30 on 18, a second code's 30 on 16) and truly missing separate time ("Total timed: 38
/// min" under two codes, a blank "TX_MIN_2:");</item>
/// <item>class 7 (v7-h143-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check:
/// an empty 97112 note, spaces and line breaks on a two-code visit, an empty OT note with no diagnosis), the contract's
/// meanings for 97110 (Romanian deadlifts, bird dogs and side planks), 97530 (a seed-potato sack lifted and carried),
/// 97140 (an OT's edema massage, scar mobilisation and PIP glides) and 97116 (walker to no device on the grass and the
/// church steps), and wholly generic notes: a Prairielight template sent with its defaults only, a MEDIQUEST-style "PT TX
/// PER POC. THER EX AND NMR. TOLERATED WELL. CONT POC." under two charge lines, a ClinIQ "functional activities per POC"
/// with an unmapped problem, and "Ther ex per HEP. Pt tolerated tx well. Continue POC.";</item>
/// <item>ordinary (vord-h143-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), in the go-live week with their harmless leftovers (conversion banners, "REFERRING_MD: [field not mapped]",
/// "Next appt: #Name?", a retired severity line, two filled "Assessment:" blocks, the old long description of 97112 in the
/// grid's description column, MEDIQUEST's descriptor "97110 THERAPEUTIC PROCEDURE, ONE OR MORE AREAS, EACH 15 MINUTES"
/// beside the code's own 27 minutes, a MEDIQUEST charge line agreeing with Aspenline's minutes, TidePoint's auto-calc
/// minute box) and in April fully in the new templates, and the ordinary weak ones: a complete note whose only diagnosis
/// is the ICD-9 code "781.2" carried from the old system, a diagnosis cell reading "[field not mapped]", a visit with no
/// diagnosis, and a two-code grid that gives units and no minutes.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (two minute fields for one code in a passing note agree with each other and
/// with the line). Every timed line earns at least one unit under the 8-minute rule. This set's notes carry people and
/// numbers that are not the code's or its minutes — wives, a daughter-in-law, a granddaughter interpreting, a PT student,
/// a super-user watching the charting (none of them a patient; Mr. Romero at the bars, Mrs. Bloxom at the mat table, the
/// balance group of three and Mr. Parks in the hall are), record numbers, retired G-codes and severity percentages,
/// dates, ages, years, a time of day, an elevation, heights and weights, step and box heights in inches and centimetres,
/// loads in pounds and kilograms, an order set's phase, a BAPS level, degrees, centimetres, mmHg, distances in feet and
/// metres, stairs, rungs, buttons, lids, towels, grocery items and crab pots, units in a billing grid, and a code
/// description's "each 15 minutes" — and each is written so that a reviewer cannot take it for a billed code's minutes;
/// a code's minutes are written next to the code ("TX_CPT_1: 97112   TX_MIN_1: 23", "CHG 97112 NEUROMUSC REEDUC 24 MIN",
/// "97112 Neuromuscular Re-ed — 23 min", "97112 | Neuromuscular re-education | 24 min"), in its block's heading, in a
/// minute box ("Minutes (auto-calc): 24") or as a clock range on the code's own line; no note gives minutes to a visit, a
/// drill, a rest or a test, except the one that gives the visit a total ("Total timed: 38 min"); notes failed for want of
/// a measure carry no number but their code and its minutes (their one-on-one is written in words). DOC_GENERIC_ONLY is
/// expected only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on
/// an objective measure with a number and fails it only when the note has no number but its code, its minutes and
/// numbers that are plainly something else; for the other codes a dose (sets, repetitions, load, hold, distance,
/// assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver, interpreter or
/// staff member in the room does not undo a one-on-one statement, another patient treated in the same block does (even
/// under a legacy one-on-one line), and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the migration leftovers that could honestly be read either way: two minute fields for one
/// code of which one matches the line and the other does not, a legacy one-on-one flag or "1:1: Y" imported from the old
/// system as the only delivery statement, a copied prior-system note that today's added lines
/// contradict, a code's long description
/// ("…BALANCE, COORDINATION, KINESTHETIC SENSE, POSTURE, AND/OR PROPRIOCEPTION") as the only carrier of a deficit, a
/// retired G-code or severity modifier as the only number, a minute field reading "0" or "(auto)" left by the new
/// template, an import-garbled number ("1Â½", "2#", "12?") as a measure or minutes, a note made only of a conversion
/// banner and unmapped fields (whether that is an empty note), an ICD-9 code beside a valid ICD-10-CM code, and a retired
/// ICD-10-CM code that is still well formed.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 113 of 117 cases agree (115 needed), and 2 of the 76 notes the reviewer passes got a finding, on the analyzer of 2232693 (the 2026-12-07 twenty-first session: its start c72e39a and one commit of readings made before any set of this round was seen) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (5565a36, the session's final code): 117 of 117, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFortyThirdTests(ITestOutputHelper output)
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

        // ORPT Decorah, Prairielight note with the RehabLedger field "ONE_ON_ONE_FLAG: [field not mapped]" carried over, but the new Delivery field reads "One-on-one — Hallie and Mr. Dahl only, nobody else in the gym"; foam-beam tandem with head turns, pelvic perturbations, BAPS in standing; delayed ankle strategy after a fibula fracture; FGA and perturbations; billing grid 24 matches: passes.
        ["v1-h143-orpt-delivery-field-over-unmapped-flag"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note
            — Converted from RehabLedger 6 (record 118-2204) —
            ONE_ON_ONE_FLAG: [field not mapped]
            Delivery: One-on-one — Hallie and Mr. Dahl only, nobody else in the gym
            Interventions: tandem walking on the foam beam with head turns; reactive steps to perturbations at the pelvis in all four directions; BAPS board level 3 in standing, L foot
            Clinical Findings: delayed ankle strategy and poor L foot proprioception after the L fibula fracture; he wobbles on the wet concrete edges of the hatchery raceways
            Objective Measures: FGA 20/30 (16 at eval); recovered 7 of 10 perturbations with a single step
            Billing Grid:  97112 | Neuromuscular re-education | 24 min
            Hallie Bjornstad, PT, DPT
            """,
            ["S82.832D", "R26.81"], [PT("97112", 24)], []),

        // ORPT Waukon: a RehabLedger note from 02/23 copied into Prairielight with today's lines added under it; PNF D1/D2 standing, rocker board; L hemiparesis with poor weight shift; today's rocker seconds and Berg; 97112 23 min matches — but neither the copied note nor today's lines say one-on-one or individual: one-on-one missing.
        ["v1-h143-orpt-copied-ledger-note-no-delivery"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            ---- copied from RehabLedger 6, visit of 02/23/2026 ----
            TX: PNF D1 and D2 patterns in standing, L arm and leg; weight shifts on the rocker board A/P and M/L.
            PROBLEM: L hemiparesis after the R MCA stroke, poor weight shift onto the L.
            ---- end of copied text ----
            Today (03/04): same program. Rocker board A/P eyes closed 12 sec without an edge touch. Berg 43/56. Still short on weight shift to the L.
            97112 Neuromuscular re-education — 23 min
            O. Reyes, PT
            """,
            ["I69.354"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SCVH Monte Vista, Aspenline flowsheet under the MEDIQUEST conversion banner with a retired "G8978 CJ" line kept: "Delivery: individual — therapist and patient only; his wife watched from the chair by the window"; X1 viewing seated then on foam, walking with head turns; R vestibular hypofunction; DGI and dynamic visual acuity; Timed Codes 23 matches: passes.
        ["v1-h143-scvh-wife-by-the-window"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            *** CONVERTED FROM MEDIQUEST HIS 03/02/2026 — REVIEW FOR ACCURACY ***
            FLR: G8978 CJ (carried from MEDIQUEST, no longer reported)
            Aspenline Clinical · Therapy Flowsheet
            Delivery: individual — therapist and patient only; his wife watched from the chair by the window
            Intervention: X1 viewing against the striped card, seated then standing on foam; walking the corridor with horizontal head turns; turning to look at targets called out on either side
            Target impairment: R vestibular hypofunction after neuritis; oscillopsia when he checks his mirrors in the potato truck
            Outcome: DGI 16/24; dynamic visual acuity loss 4 lines (6 at eval)
            Timed Codes: 97112 Neuromuscular re-education — 23 min
            T. Ulibarri, PT, DPT, NCS
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // SCVH Del Norte note typed in MEDIQUEST capitals in the first week: "PT TREATED THIS PT AND MR. ROMERO CONCURRENTLY AT THE PARALLEL BARS DURING NMR" — another patient inside the billed block: one-on-one missing; tandem, foam marching and pushes; neuropathic proprioceptive loss; tandem seconds and pushes present; charge line 21 matches.
        ["v1-h143-scvh-caps-concurrent-at-the-bars"] = new(
            """
            *** CONVERTED FROM MEDIQUEST HIS — REVIEW FOR ACCURACY ***
            DEL NORTE CLINIC  PT DAILY NOTE
            CHG 97112 NEUROMUSC REEDUC 21 MIN
            PT TREATED THIS PT AND MR. ROMERO CONCURRENTLY AT THE PARALLEL BARS DURING NMR (DOUBLE-BOOKED IN THE GO-LIVE WEEK).
            TX: TANDEM STANCE IN BARS, MARCHING ON FOAM STRIP, LATERAL PUSHES AT HIPS.
            PROBLEM: DECREASED PROPRIOCEPTION BOTH FEET — DIABETIC NEUROPATHY. CANNOT TELL WHERE FEET ARE ON THE FOAM.
            OBJ: TANDEM 8 SEC R FWD; 5 OF 8 PUSHES W/O HAND ON BAR.
            G. TRUJILLO PT
            """,
            ["E11.42"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // PSTG Onancock PTA in the go-live week: "front desk double-booked us in TidePoint, so I split the neuro block between her and Mrs. Bloxom at the mat table" — another patient treated in the block: one-on-one missing; step-and-stick, weight shifts with tapping, reactive steps; R hemiparesis; counts and FGA present; 97112 20 min matches.
        ["v1-h143-pstg-pta-split-block-double-booked"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud
            Skilled Interventions: step-and-stick onto the foam, R leg leading; weight shifts onto the R with tapping at the glute med; reactive steps to pushes at the pelvis
            Note: front desk double-booked us in TidePoint, so I split the neuro block between her and Mrs. Bloxom at the mat table.
            Impairments Addressed: R hemiparesis, late R step and poor weight acceptance on the R
            Measurables: step-and-stick 5 of 10 without a hand; FGA 14/30
            97112 Neuromuscular Re-ed — 20 min
            Jolie Tawes, PTA
            """,
            ["I69.351"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // SCVH OT 97530 in the community-kitchen group of four (no one-on-one check): shelving groceries in the upper cabinets, carrying the laundry basket; L hemiparesis and overhead reach; item count, distance and assistance; 25 min matches: passes.
        ["v1-h143-scvh-ot-kitchen-group-97530"] = new(
            """
            Sangre de Cristo Valley Hospital · Aspenline Clinical · OT Flowsheet
            Setting: community-kitchen group, four patients
            Intervention: putting groceries away into the upper cabinets with the L hand leading; carrying a laundry basket from the washer to the table; wiping down the stove top standing
            Target impairment: L hemiparesis, can't reach her upper cabinet at home or carry the basket with both hands
            Outcome: 9 grocery items shelved with min assist; basket carried 15 ft with stand-by assist
            Timed Codes: 97530 Therapeutic activities — 25 min
            Renae Holcomb, OTR/L
            """,
            ["I69.352"], [OT("97530", 25)], []),

        // PSTG Pocomoke City 97116 with two patients walked in the hall together (97116 has no one-on-one check); rollator to single-point cane, step-length cues, a curb; short R step and R knee hyperextension; distance and assistance; 18 min matches: passes.
        ["v1-h143-pstg-97116-two-in-the-hall"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud
            Skilled Interventions: gait training, progressed from the rollator to a single-point cane; cues for a longer R step and a soft R knee; stepping up and down the parking-lot curb. Walked her and Mr. Parks in the hall at the same time.
            Impairments Addressed: short R step length and R knee hyperextension in stance after the stroke
            Measurables: 180 ft with the cane, contact guard; curb up and down with min assist
            97116 Gait Training — 18 min
            D. Kellam, PT, DPT
            """,
            ["I69.351", "R26.89"], [PT("97116", 18)], []),

        // ORPT Cresco PTA: "one on one the whole NMR block — her daughter-in-law and our Prairielight super-user sat in (he was watching me chart)" — family and staff do not undo it; stepping strategies to the floor grid, foam stance eyes closed, perturbed sit-to-stand; sensory loss both feet and sway with eyes closed; mCTSIB seconds and 5xSTS; 23 min matches: passes.
        ["v1-h143-orpt-pta-super-user-sat-in"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note
            Delivery: one on one the whole NMR block — her daughter-in-law and our Prairielight super-user sat in (he was watching me chart)
            Interventions: stepping strategies to the numbered floor grid; foam stance with eyes closed, feet apart then together; sit-to-stand with light perturbations at the shoulders
            Clinical Findings: decreased sensation both feet and postural sway with eyes closed; she can't stand at her rosemaling easel without a hand on the table
            Objective Measures: mCTSIB foam eyes closed 11 sec; 5xSTS 15.4 sec
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            K. Tjernagel, PTA
            """,
            ["G62.9", "R26.81"], [PTA("97112", 23)], []),

        // PSTG Chincoteague, April, fully in the TidePoint template, complete but no delivery statement anywhere: one-on-one not stated; PNF D2 standing, rocker board weight shifts, half-kneel rhythmic stabilisation; R hemiparesis; Berg and half-kneel seconds; 24 min matches.
        ["v1-h143-pstg-april-no-delivery-line"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud
            S: Back to carving decoys at the bench an hour at a time.
            Skilled Interventions: PNF D2 flexion/extension patterns in standing, R arm; weight shifts on the rocker board; half-kneel rhythmic stabilization
            Impairments Addressed: R hemiparesis, poor weight acceptance on the R in stance
            Measurables: Berg 41/56; half-kneel hold 20 sec without a hand
            97112 Neuromuscular Re-ed — 24 min
            M. Quillen, PT
            """,
            ["I69.351"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // SCVH Del Norte, a few weeks after go-live in the new template: "Supervision/Delivery: direct one-to-one, entire timed portion"; gaze stabilisation, dual-task walking counting backward by threes, tandem on foam; post-concussion vestibular and postural control in a ski-lift operator; FGA and tandem seconds; 25 min matches: passes.
        ["v1-h143-scvh-direct-one-to-one-field"] = new(
            """
            Sangre de Cristo Valley Hospital — Del Norte · Aspenline Clinical
            Supervision/Delivery: direct one-to-one, entire timed portion
            Intervention: gaze stabilization with the target on the wall, then walking; dual-task walking while counting backward by threes; tandem stance on foam
            Target impairment: vestibular and postural control after the concussion at the Wolf Creek lift — he drifts and stops when he turns his head
            Outcome: FGA 23/30; tandem on foam eyes closed 9 sec
            Timed Codes: 97112 Neuromuscular re-education — 25 min
            G. Trujillo, PT
            """,
            ["S06.0X0D"], [PT("97112", 25)], []),

        // ORPT Waukon: "one-to-one — our PT student and I both had hands on him; no other patient in the room the whole 97112 block" — one-to-one with two staff; rhythmic stabilisation in tall kneel, step-over hurdles with eyes on a target, perturbations on the rocker; trunk motor control and ataxia after a cerebellar stroke; Mini-BESTest and a count; 22 min matches: passes.
        ["v1-h143-orpt-student-and-therapist-hands-on"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            Delivery: one-to-one — our PT student and I both had hands on him; no other patient in the room the whole 97112 block
            Interventions: rhythmic stabilization in tall kneel; stepping over the hurdle row with his eyes on a target; perturbations standing on the rocker board
            Clinical Findings: truncal ataxia and poor trunk control after the L cerebellar stroke; he lists to the L when he turns
            Objective Measures: Mini-BESTest 17/28; cleared 8 of 10 hurdles without a touch
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            O. Reyes, PT
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // SCVH Monte Vista: a MEDIQUEST line "PT TX RENDERED 1:1" carried above today's typed text "ran her with the balance group of three on the foam beams today" — other patients in the block: one-on-one missing; foam-beam walking, perturbations, head turns; postural control in Parkinson's; pull test and Mini-BESTest; 24 min matches.
        ["v1-h143-scvh-legacy-one-on-one-over-balance-group"] = new(
            """
            *** CONVERTED FROM MEDIQUEST HIS — REVIEW FOR ACCURACY ***
            PT TX RENDERED 1:1
            Aspenline Clinical · Therapy Flowsheet
            Intervention: ran her with the balance group of three on the foam beams today — walking the beams with head turns, backward walking, perturbations at the shoulders
            Target impairment: postural control and backward stepping with Parkinson's disease
            Outcome: pull test 2 steps to recover; Mini-BESTest 20/28
            Timed Codes: 97112 Neuromuscular re-education — 24 min
            Lupita Atencio, PTA
            """,
            ["G20.A1"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // PSTG Pocomoke City, TidePoint's "Mode of delivery: Choose… ▾" left at its default, but the narrative says "Had him to myself for the whole neuro block — nobody else on my schedule that hour"; step-to-target on foam, tall-kneel rhythmic stabilisation, rocker board; anticipatory postural control after a cerebellar stroke; Mini-BESTest and targets; 22 min matches: passes.
        ["v2-h143-pstg-dropdown-default-narrative-one-on-one"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud
            Mode of delivery: Choose… ▾
            Skilled Interventions: step-to-target on the foam pad; rhythmic stabilization at the trunk in tall kneel; weight shifts on the rocker board like standing on his deadrise in a chop. Had him to myself for the whole neuro block — nobody else on my schedule that hour.
            Impairments Addressed: anticipatory postural control after the R cerebellar stroke; he sways and grabs when he reaches forward
            Measurables: Mini-BESTest 19/28; 4 of 6 targets stepped without a catch
            97112 Neuromuscular Re-ed — 22 min
            M. Quillen, PT
            """,
            ["I69.393", "R26.81"], [PT("97112", 22)], []),

        // PSTG Onancock, TidePoint box row "☐ 1:1  ☐ Group  ☐ Co-treat" with nothing ticked and no delivery word anywhere: one-on-one missing; perturbations on foam, tandem with head turns, lateral stepping over a cord; L ankle proprioception; SLS and perturbations; 23 min matches.
        ["v2-h143-pstg-box-row-nothing-ticked"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud
            Delivery: ☐ 1:1   ☐ Group   ☐ Co-treat
            Skilled Interventions: perturbations at the pelvis standing on foam; tandem walking with head turns; lateral stepping over the extension cord without looking down
            Impairments Addressed: L ankle proprioception after the sprain on the crab-house loading ramp
            Measurables: SLS L 6 sec (R 19 sec); 6 of 10 perturbations without a step
            97112 Neuromuscular Re-ed — 23 min
            D. Kellam, PT, DPT
            """,
            ["S93.402D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ORPT Decorah, Prairielight's "1:1 (Y/N): Y" answered; sensory reintegration on foam with vision blocked, rhythmic stabilisation, slow-to-fast stepping; somatosensory loss after chemotherapy; mCTSIB seconds and 4-square time; 24 min matches: passes.
        ["v2-h143-orpt-yes-no-field-answered-yes"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note
            1:1 (Y/N): Y
            Interventions: sensory reintegration standing on foam with vision blocked by the goggles; rhythmic stabilization at the shoulders and pelvis; stepping slow-to-fast over the four-square cane layout
            Clinical Findings: somatosensory loss in both feet after chemotherapy; she leans on the cart at the orchard
            Objective Measures: mCTSIB foam eyes closed 14 sec (6 at eval); Four Square Step Test 13.8 sec
            Billing Grid:  97112 | Neuromuscular re-education | 24 min
            Hallie Bjornstad, PT, DPT
            """,
            ["G62.0", "T45.1X5S"], [PT("97112", 24)], []),

        // PSTG Chincoteague note in the ClinIQ legacy layout with the delivery field imported as "1:1: #Name?" and nothing else about delivery: one-on-one missing; half-kneel PNF chops and lifts, step-ups to foam, head-turn walking; L hemiparesis with slow righting; counts and Berg present; 22 min matches.
        ["v2-h143-pstg-delivery-field-name-error"] = new(
            """
            Converted from ClinIQ Desktop — legacy text below
            ClinIQ_Notes.memo
            1:1: #Name?
            TX: PNF chops and lifts in half kneeling; step-ups onto the foam with the L leading; walking with head turns on the sidewalk loop
            PROB: L hemiparesis, slow righting when she turns to the L
            OBJ: step-ups 8 of 10 without a hand; Berg 45/56
            97112 Neuromuscular Re-ed — 22 min
            M. Quillen, PT
            """,
            ["I69.354"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ORPT Cresco, Prairielight's "Clinical Findings: [field not mapped]" and no impairment or system named anywhere: deficit missing; one-on-one, PNF D2 patterns, rocker board, tandem on the beam; Berg and rocker seconds; 22 min matches.
        ["v2-h143-orpt-findings-field-not-mapped"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note
            Delivery: one-on-one, Kirsten and Mrs. Hovde
            Interventions: PNF D2 patterns standing at the counter; rocker board A/P with eyes open then closed; tandem walking on the beam
            Clinical Findings: [field not mapped]
            Objective Measures: Berg 46/56; rocker board eyes closed 10 sec without an edge touch
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            K. Tjernagel, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // SCVH Del Norte, Aspenline's Intervention box left "(none entered)" while the technique went into the Patient Goals box by mistake; one-on-one in the delivery field; Brunnstrom-stage synergy work, weight shifts on the rocker, reaching on foam; R hemiparesis; Berg and reach; 23 min matches: passes.
        ["v2-h143-scvh-technique-typed-in-goals-box"] = new(
            """
            Sangre de Cristo Valley Hospital — Del Norte · Aspenline Clinical
            Supervision/Delivery: one-on-one
            Intervention: (none entered)
            Patient Goals: weight shifts onto the R on the rocker board; breaking up the flexor synergy with reaching out of pattern in standing; reaching to targets from the foam pad
            Target impairment: R hemiparesis, poor weight acceptance and a flexor synergy in the R arm
            Outcome: Berg 40/56; forward reach from foam 7 in.
            Timed Codes: 97112 Neuromuscular re-education — 23 min
            G. Trujillo, PT
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // PSTG Onancock, measures field imported as "Berg: #Name?   TUG: #Error" and no number anywhere but the code and its minutes: measure missing; one-on-one in words, perturbations, foam, stepping over the cord; somatosensory loss; 21 min matches.
        ["v2-h143-pstg-measures-imported-as-errors"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud
            Delivery: one-on-one, just the two of us in the side room
            Skilled Interventions: perturbations at the hips standing on foam; stepping over the extension cord forward and sideways; feet-together stance with eyes closed
            Impairments Addressed: somatosensory loss in both feet with the neuropathy; he can't feel the deck through his boots
            Measurables: Berg: #Name?   TUG: #Error
            97112 Neuromuscular Re-ed — 21 min
            D. Kellam, PT, DPT
            """,
            ["E11.42"], [PT("97112", 21)], [At(Measure, "97112")]),

        // PSTG Pocomoke City, TidePoint "1:1 toggle: ON"; vestibular habituation to the positions that provoke, gaze stabilisation, walking with head pitch; dizziness with head movement after labyrinthitis; DGI and the motion-sensitivity count; 24 min matches: passes.
        ["v2-h143-pstg-toggle-on"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud
            1:1 toggle: ON
            Skilled Interventions: habituation to the provoking positions (rolling L, looking up); gaze stabilization with the letter card; walking with head pitch up and down
            Impairments Addressed: vestibular hypofunction after labyrinthitis, dizziness with head movement on the poultry-house catwalk
            Measurables: DGI 18/24; provoking positions down from 7 to 4
            97112 Neuromuscular Re-ed — 24 min
            M. Quillen, PT
            """,
            ["H83.01"], [PT("97112", 24)], []),

        // PSTG Chincoteague 97116, "Distance: ___ ft  Assist: Choose… ▾" left and no number anywhere but the code and its minutes: measure missing; gait training with a cane and cues for heel strike; R foot drop; 19 min matches.
        ["v2-h143-pstg-97116-distance-blank-assist-default"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud
            Skilled Interventions: gait training with the straight cane, cues for R heel strike and a longer L step; turning around the cones in the hall
            Impairments Addressed: R foot drop after the peroneal nerve injury; he catches his toe on the boardwalk planks
            Distance: ___ ft   Assist: Choose… ▾
            97116 Gait Training — 19 min
            Jolie Tawes, PTA
            """,
            ["M21.371"], [PTA("97116", 19)], [At(Measure, "97116")]),

        // SCVH South Fork 97116, Aspenline "Assist level: (not entered)" but the narrative gives distance and assistance: walker to quad cane, sidewalk and ramp; L hip weakness and Trendelenburg after a hip fracture; 20 min matches: passes.
        ["v2-h143-scvh-97116-assist-field-empty-narrative-filled"] = new(
            """
            Sangre de Cristo Valley Hospital — South Fork · Aspenline Clinical
            Intervention: gait training from the front-wheeled walker to the quad cane on the sidewalk and the ramp; cues for L stance time and a level pelvis
            Target impairment: L hip abductor weakness and Trendelenburg gait after the L hip fracture
            Assist level: (not entered)
            Outcome: walked 250 ft with the quad cane, contact guard; ramp up and down with min assist
            Timed Codes: 97116 Gait training — 20 min
            Lupita Atencio, PTA
            """,
            ["S72.002D"], [PTA("97116", 20)], []),

        // ORPT Waukon two codes, Prairielight grid "97110 | Therapeutic exercise | [field not mapped] min" beside "97112 … 24 min": no minutes for the 97110 — separate time missing; both sections complete (one-on-one, perturbations, foam, ankle proprioception, perturbations and SLS; heel raises, step-downs and band work with doses for calf weakness).
        ["v2-h143-orpt-two-codes-one-minute-cell-unmapped"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            Delivery: one-on-one with me for the neuro re-ed
            NMR: perturbations on the foam pad; SLS on the rocker board; stepping over the hurdle row. Problem: L ankle proprioception after the fracture. SLS L 9 sec; 7 of 10 perturbations without a step.
            Ther ex: heel raises 3x15, lateral step-downs from the 4 in. step 3x10, resisted plantarflexion with the green band 3x15 — L calf weakness, heel raise L 11 reps vs R 25.
            Billing Grid:  97112 | Neuromuscular re-education | 24 min
                           97110 | Therapeutic exercise | [field not mapped] min
            O. Reyes, PT
            """,
            ["S82.62XD"], [PT("97112", 24), PT("97110", 15)], [SepTime]),

        // SCVH Monte Vista, Aspenline "Target impairment: None identified (default)" and no impairment or system named anywhere: deficit missing; one-on-one, PNF D1 patterns, foam stance, rhythmic stabilisation; Berg and foam seconds; 22 min matches.
        ["v2-h143-scvh-impairment-default-none-identified"] = new(
            """
            Sangre de Cristo Valley Hospital — Monte Vista · Aspenline Clinical
            Supervision/Delivery: one-on-one
            Intervention: PNF D1 patterns in standing; rhythmic stabilization in sitting then standing; feet-together stance on foam
            Target impairment: None identified (default)
            Outcome: Berg 47/56; foam feet together 18 sec
            Timed Codes: 97112 Neuromuscular re-education — 22 min
            T. Ulibarri, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ORPT Decorah, Prairielight's "1:1 (Y/N): N" left at its default and nothing else about delivery: one-on-one missing (the note says no); tandem on the beam, perturbations, head-turn walking; vestibular hypofunction; DGI and tandem seconds; 23 min matches.
        ["v2-h143-orpt-yes-no-field-default-no"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note
            1:1 (Y/N): N
            Interventions: tandem walking on the beam; perturbations at the shoulders on foam; walking the hall with head turns to the pictures
            Clinical Findings: L vestibular hypofunction, veers L with head turns
            Objective Measures: DGI 17/24; tandem on the beam 12 sec
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            Hallie Bjornstad, PT, DPT
            """,
            ["H81.22"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // ORPT Decorah: Janda sensorimotor training (short foot on the rocker and wobble boards, half-step perturbations) for chronic ankle instability; one-on-one; R ankle proprioception and peroneal timing; SLS and Star Excursion reach; 22 min matches: passes.
        ["v3-h143-orpt-janda-sensorimotor-training"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note
            Delivery: one-on-one, whole block
            Interventions: Janda sensorimotor training — short foot on the rocker board then the wobble board; half-step stance with perturbations at the pelvis; hopping to stick on the foam
            Clinical Findings: R chronic ankle instability, slow peroneal reaction and poor R ankle proprioception; rolls it stepping off the county plow truck
            Objective Measures: SLS R eyes closed 7 sec (L 18); Star Excursion anterior reach R 58 cm vs L 66 cm
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            Hallie Bjornstad, PT, DPT
            """,
            ["M25.371"], [PT("97112", 22)], []),

        // SCVH Monte Vista: Perfetti cognitive therapeutic exercise — sponge and surface discrimination under the L foot with eyes closed, joint-position matching; one-on-one; somatosensory loss after a stroke; discrimination count and Berg; 24 min matches: passes.
        ["v3-h143-scvh-perfetti-sponge-discrimination"] = new(
            """
            Sangre de Cristo Valley Hospital — Monte Vista · Aspenline Clinical
            Supervision/Delivery: one-on-one
            Intervention: Perfetti cognitive therapeutic exercise — discriminating sponges of different firmness and ridged surfaces under the L foot with eyes closed; matching L knee position to the R
            Target impairment: L somatosensory loss after the R parietal stroke; she doesn't know where her L foot is on the sheep-camp steps
            Outcome: 8 of 10 surfaces named correctly (3 of 10 at eval); Berg 44/56
            Timed Codes: 97112 Neuromuscular re-education — 24 min
            T. Ulibarri, PT, DPT, NCS
            """,
            ["I69.398", "R20.8"], [PT("97112", 24)], []),

        // PSTG Pocomoke City: Feldenkrais Awareness Through Movement — pelvic clock in supine and sitting, then weight shifts standing; one-on-one; axial rigidity and trunk rotation in Parkinson's; 360° turn steps and TUG; 23 min matches: passes.
        ["v3-h143-pstg-feldenkrais-pelvic-clock"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud
            1:1 toggle: ON
            Skilled Interventions: Feldenkrais Awareness Through Movement — pelvic clock supine and in sitting, carried into weight shifts and pivots in standing; turning in place to a tap on the shoulder
            Impairments Addressed: axial rigidity and poor trunk rotation with Parkinson's disease; he freezes turning in the narrow chicken-house aisle
            Measurables: 360° turn in 7 steps (11 at eval); TUG 13.2 sec
            97112 Neuromuscular Re-ed — 23 min
            M. Quillen, PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // ORPT Cresco 97140: Lewit post-isometric relaxation to the R upper trapezius and levator, Mulligan SNAGs at C5-6 into rotation; neck rotation limited after the whiplash; degrees; 18 min matches: passes.
        ["v3-h143-orpt-lewit-pir-and-snags-97140"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note
            Interventions: Lewit post-isometric relaxation to the R upper trapezius and levator scapulae, 4 rounds each; Mulligan SNAGs at C5-6 into R rotation, 3 sets of 6
            Clinical Findings: R cervical rotation limited and painful after the whiplash in the grain-truck rear-end collision
            Objective Measures: cervical rotation R 52° before, 66° after (L 74°)
            Billing Grid:  97140 | Manual therapy | 18 min
            O. Reyes, PT
            """,
            ["S13.4XXD"], [PT("97140", 18)], []),

        // SCVH Del Norte 97110: Ola Grimsby medical training therapy pulley programme for the R shoulder with doses; R rotator-cuff weakness after a repair; 21 min matches: passes.
        ["v3-h143-scvh-grimsby-mtt-pulley-97110"] = new(
            """
            Sangre de Cristo Valley Hospital — Del Norte · Aspenline Clinical
            Intervention: Ola Grimsby medical training therapy on the pulley tower — ER at 0° abduction 3x20 at 2 lb, scaption 3x15 at 1 lb, rows 3x20 at 5 lb
            Target impairment: R rotator-cuff weakness after the repair; can't lift the saddle onto the horse
            Timed Codes: 97110 Therapeutic exercise — 21 min
            G. Trujillo, PT
            """,
            ["M75.121", "Z98.890"], [PT("97110", 21)], []),

        // PSTG Onancock OT 97530: the CO-OP approach (goal–plan–do–check) for buttoning a work shirt and tying boots; L hand coordination after a stroke; counts and times; 24 min matches: passes.
        ["v3-h143-pstg-ot-co-op-approach-97530"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · OT
            Skilled Interventions: CO-OP approach (goal–plan–do–check) — buttoning his work shirt and tying his boots; he names the plan, does it, checks it
            Impairments Addressed: L hand coordination after the stroke; can't get dressed for the crab house without his wife
            Measurables: 6 buttons in 95 sec (210 sec at eval); boots tied with set-up only
            97530 Therapeutic Activities — 24 min
            Beatrix Crockett, OTR/L
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // SCVH Monte Vista: the only "technique" is the Aspenline order set "NEURO BALANCE BUNDLE — PHASE 2" (per order set), with one-on-one, a deficit and a measure: technique missing.
        ["v3-h143-scvh-order-set-as-the-only-technique"] = new(
            """
            Sangre de Cristo Valley Hospital — Monte Vista · Aspenline Clinical
            Supervision/Delivery: one-on-one
            Intervention: per order set NEURO BALANCE BUNDLE — PHASE 2
            Target impairment: postural control and sensory loss both feet after the chemotherapy
            Outcome: Berg 45/56; TUG 12.4 sec
            Timed Codes: 97112 Neuromuscular re-education — 22 min
            Lupita Atencio, PTA
            """,
            ["G62.0"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // ORPT Waukon 97110: "Otago strength set per the handout" — knee extensors, hip abductors, calf raises — with no sets, reps or load and no number but the code and its minutes: measure missing; technique and hip and knee weakness present.
        ["v3-h143-orpt-otago-strength-set-no-dose-97110"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            Interventions: Otago strength set per the handout — seated knee extension with the cuff weight, side-lying hip abduction, calf raises at the counter, sit-to-stand from the kitchen chair
            Clinical Findings: bilateral hip abductor and knee extensor weakness; she pushes up on the armrests and sways at the counter
            Billing Grid:  97110 | Therapeutic exercise | 20 min
            O. Reyes, PT
            """,
            ["M62.81"], [PT("97110", 20)], [At(Measure, "97110")]),

        // PSTG Chincoteague 97140 in the legacy layout: "Manual therapy per ClinIQ protocol MT-2" is all it names for the treatment, with the L shoulder's limited ER and a degree measure: technique missing.
        ["v3-h143-pstg-legacy-protocol-number-97140"] = new(
            """
            Converted from ClinIQ Desktop — legacy text below
            TX: Manual therapy per ClinIQ protocol MT-2.
            PROB: L shoulder stiffness, ER limited after the humerus fracture; can't reach back to pull the pony's halter
            OBJ: L ER 38° (R 80°)
            97140 Manual Therapy — 16 min
            D. Kellam, PT, DPT
            """,
            ["S42.202D", "M25.612"], [PT("97140", 16)], [At(Tech, "97140")]),

        // PSTG Onancock: kinesthetic training on the Proprio 5000 platform in tilting and rotating modes with ball catches; one-on-one; L knee proprioception after an ACL reconstruction; platform errors and a hop distance; 25 min matches: passes.
        ["v3-h143-pstg-proprio-platform"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud
            Mode of delivery: One-on-one
            Skilled Interventions: kinesthetic training on the Proprio 5000 platform, tilting then rotating mode, L single-leg with ball catches
            Impairments Addressed: L knee proprioception and dynamic valgus after the ACL reconstruction
            Measurables: platform edge touches down to 3 in a 30 sec bout (9 last week); single hop L 102 cm vs R 138 cm
            97112 Neuromuscular Re-ed — 25 min
            D. Kellam, PT, DPT
            """,
            ["Z98.890", "S83.512D"], [PT("97112", 25)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // ORPT Decorah: a hand-bell ringer who overshoots the bell table and can't stop her hand — dysmetria after a cerebellar stroke stated as the finding; one-on-one; reaching with a slow stop on cue, weighted-cuff reaching, heel-to-shin tracking along the floor line; finger-to-nose count and SARA; 23 min matches: passes.
        ["v4-h143-orpt-overshoots-the-bell-table"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note
            Delivery: one-on-one
            Interventions: reaching to targets with a slow stop on my cue; reaching with the 1 lb cuff on the R wrist; heel-to-shin tracking along the tape line on the floor in sitting then standing
            Clinical Findings: she overshoots the bell table at church and can't stop her R hand on the handbell — R dysmetria after the cerebellar stroke
            Objective Measures: finger-to-nose on target 8 of 10 (4 at eval); SARA 11/40
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            Hallie Bjornstad, PT, DPT
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // SCVH Monte Vista: "she sways and has to grab the bin when the lights go off in the potato cellar" — visual dependence stated as the finding; one-on-one; foam stance with eyes closed and the lights dimmed, head turns on foam; mCTSIB condition 4 seconds and FGA; 22 min matches: passes.
        ["v4-h143-scvh-lights-off-in-the-potato-cellar"] = new(
            """
            Sangre de Cristo Valley Hospital — Monte Vista · Aspenline Clinical
            Supervision/Delivery: one-on-one
            Intervention: foam stance with eyes closed, then eyes open with the gym lights dimmed; head turns and nods on foam; walking with eyes closed between the parallel bars
            Target impairment: she sways and has to grab a bin when the lights go off in the potato cellar — over-reliance on vision, poor use of somatosensory input
            Outcome: mCTSIB foam eyes closed 9 sec (3 at eval); FGA 21/30
            Timed Codes: 97112 Neuromuscular re-education — 22 min
            T. Ulibarri, PT, DPT, NCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // PSTG Chincoteague: "his feet go out from under him stepping down into the skiff" — slow reactive stepping stated as the finding; one-on-one; treadmill perturbations, step-down to foam with a pull, release-from-lean; counts; 24 min matches: passes.
        ["v4-h143-pstg-stepping-down-into-the-skiff"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud
            Mode of delivery: One-on-one
            Skilled Interventions: perturbation training on the treadmill with the belt jerked at random; step-down from the 8 in. box onto foam with a pull at the hips; release-from-lean forward and to the sides
            Impairments Addressed: his feet go out from under him stepping down into the skiff — slow, too-short reactive steps
            Measurables: recovered 8 of 10 treadmill perturbations with one step; lean release caught in one step 5 of 6
            97112 Neuromuscular Re-ed — 24 min
            Desmond Kellam, PT, DPT
            """,
            ["R29.6", "Z91.81"], [PT("97112", 24)], []),

        // ORPT Waukon: "Clinical Findings: see RehabLedger problem list" is the only word on the problem, and nothing else names one: deficit missing; one-on-one, rocker board, pelvic perturbations, tandem with head turns; Berg and a count; 22 min matches.
        ["v4-h143-orpt-findings-see-old-problem-list"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            Delivery: one-on-one
            Interventions: rocker board A/P and M/L; perturbations at the pelvis in staggered stance; tandem walking with head turns
            Clinical Findings: see RehabLedger problem list
            Objective Measures: Berg 48/56; 9 of 10 perturbations without a step
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            O. Reyes, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SCVH Del Norte: "Target impairment: same as before" and no impairment or system named anywhere: deficit missing; one-on-one, PNF D2 patterns, step-ups to foam, stepping over cones; Berg and step-ups; 21 min matches.
        ["v4-h143-scvh-impairment-same-as-before"] = new(
            """
            Sangre de Cristo Valley Hospital — Del Norte · Aspenline Clinical
            Supervision/Delivery: one-on-one
            Intervention: PNF D2 patterns in standing; step-ups onto the foam; stepping over the cone row
            Target impairment: same as before
            Outcome: Berg 43/56; 7 of 10 step-ups without a hand
            Timed Codes: 97112 Neuromuscular re-education — 21 min
            G. Trujillo, PT
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // PSTG Pocomoke City with two Assessment blocks: the imported one reads "Assessment: [field not mapped]", the new one states the finding (L hemi-neglect, bumps the door frame on the L); one-on-one; visual scanning while walking, L-side reach and step targets, perturbations; Berg and targets; 23 min matches: passes.
        ["v4-h143-pstg-two-assessment-blocks-second-has-it"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud
            Assessment: [field not mapped]
            1:1 toggle: ON
            Skilled Interventions: scanning to L-side targets while walking the hall; reaching and stepping to targets on the L from the foam; perturbations from the L
            Assessment: L inattention and poor L postural reactions after the R stroke — she bumps the door frame on the L and falls toward it
            Measurables: Berg 39/56; 7 of 12 L targets found while walking
            97112 Neuromuscular Re-ed — 23 min
            M. Quillen, PT
            """,
            ["I69.398", "R41.4"], [PT("97112", 23)], []),

        // PSTG Onancock PTA 97110: "can't kneel in the bottom of the skiff to bail" — L quad weakness after a TKA; step-ups, half-kneel to stand, wall sits, leg press with doses; 19 min matches: passes.
        ["v4-h143-pstg-pta-cant-kneel-in-the-skiff-97110"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud
            Skilled Interventions: step-ups onto the 6 in. step 3x10; half-kneel to stand on the pad 2x8; wall sits 5x20 sec; leg press 60 lb 3x12
            Impairments Addressed: L quad weakness after the L TKA — he can't kneel in the bottom of the skiff to bail or get back up
            97110 Ther Ex — 19 min
            Jolie Tawes, PTA
            """,
            ["Z96.652"], [PTA("97110", 19)], []),

        // ORPT Cresco: the finding typed into the Precautions box by mistake ("he gets lost with his eyes closed on the foam — can't feel his feet since the B12 deficiency"); one-on-one; foam with eyes closed, tandem, perturbations; Romberg seconds and Berg; 24 min matches: passes.
        ["v4-h143-orpt-finding-typed-in-precautions-box"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note
            Precautions: none — he gets lost with his eyes closed on the foam; can't feel his feet since the B12 deficiency (dorsal column sensory loss)
            Delivery: one-on-one
            Interventions: foam stance with eyes closed; tandem walking along the wall; perturbations at the shoulders feet together
            Clinical Findings:
            Objective Measures: sharpened Romberg 6 sec; Berg 45/56
            Billing Grid:  97112 | Neuromuscular re-education | 24 min
            K. Tjernagel, PTA
            """,
            ["E53.8", "G32.0"], [PTA("97112", 24)], []),

        // SCVH OT 97530: "can't get the L arm into her coat sleeve standing at the door" — L hemiparesis stated as the functional finding; dressing in standing with sleeve threading, reaching behind for the coat, zipping; assistance and time; 22 min matches: passes.
        ["v4-h143-scvh-ot-coat-sleeve-97530"] = new(
            """
            Sangre de Cristo Valley Hospital — Monte Vista · Aspenline Clinical · OT Flowsheet
            Intervention: dressing in standing — threading the L arm into the coat sleeve first, reaching back for the second sleeve, starting and pulling the zipper
            Target impairment: L hemiparesis, she can't get the L arm into her coat sleeve standing at the door and has to sit down to dress
            Outcome: coat on standing with min assist in 75 sec; zipper started independently 3 of 4
            Timed Codes: 97530 Therapeutic activities — 22 min
            Renae Holcomb, OTR/L
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // PSTG Chincoteague: "Impairments Addressed: Choose… ▾" left at the default and no impairment named elsewhere: deficit missing; one-on-one, half-kneel rhythmic stabilisation, lunges onto foam, stepping over the cord; FGA and counts; 22 min matches.
        ["v4-h143-pstg-impairment-dropdown-default"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud
            Mode of delivery: One-on-one
            Skilled Interventions: half-kneel rhythmic stabilization; forward lunges onto the foam pad; stepping over the extension cord forward and back
            Impairments Addressed: Choose… ▾
            Measurables: FGA 22/30; 8 of 10 lunges held without a hand
            97112 Neuromuscular Re-ed — 22 min
            Jolie Tawes, PTA
            """,
            ["R26.89"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // ORPT Decorah, a retired "FLR_GCODE: G8979 CI (goal)" line carried from RehabLedger above today's measures: gait speed in m/s, 5xSTS seconds and Berg; one-on-one; stepping strategies, perturbations, obstacle walking; slowed reactions with Parkinson's; 24 min matches: passes.
        ["v5-h143-orpt-retired-gcode-beside-gait-speed"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note
            FLR_GCODE: G8979 CI (goal) — carried from RehabLedger 6
            Delivery: one-on-one
            Interventions: large-amplitude stepping strategies forward, back and sideways; perturbations at the shoulders; walking an obstacle course of cones and a hose
            Clinical Findings: slowed postural reactions and short shuffling steps with Parkinson's disease
            Objective Measures: gait speed 0.86 m/s (0.71 at eval); 5xSTS 12.9 s; Berg 50/56
            Billing Grid:  97112 | Neuromuscular re-education | 24 min
            Hallie Bjornstad, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // SCVH South Fork: the CDC Four-Stage Balance Test in seconds per stage and a Tinetti score; one-on-one; staggered and tandem stance on foam, single-leg with reaching; sensory loss and sway; 22 min matches: passes.
        ["v5-h143-scvh-four-stage-and-tinetti"] = new(
            """
            Sangre de Cristo Valley Hospital — South Fork · Aspenline Clinical
            Supervision/Delivery: one-on-one
            Intervention: staggered and tandem stance on foam with head turns; single-leg stance at the counter with reaching to the cupboard
            Target impairment: postural sway and decreased sensation in both feet; she caught her toe on the river-access path
            Outcome: Four-Stage Balance Test — feet together 10 sec, semi-tandem 10 sec, tandem 6 sec, single-leg 2 sec; Tinetti 20/28
            Timed Codes: 97112 Neuromuscular re-education — 22 min
            Lupita Atencio, PTA
            """,
            ["R26.81", "E11.42"], [PTA("97112", 22)], []),

        // PSTG Onancock, "Berg: #Name?" imported beside a filled "TUG: 14.1 sec" and a perturbation count: a measure is there; one-on-one; perturbations, foam, obstacle stepping; postural control after a stroke; 23 min matches: passes.
        ["v5-h143-pstg-name-error-beside-filled-tug"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud
            1:1 toggle: ON
            Skilled Interventions: perturbations at the pelvis standing on foam; stepping over a row of crab-pot floats; turning in a tight circle on cue
            Impairments Addressed: postural control and a late L stepping response after the stroke
            Measurables: Berg: #Name?   TUG: 14.1 sec   perturbations 6 of 10 with one step
            97112 Neuromuscular Re-ed — 23 min
            Desmond Kellam, PT, DPT
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // ORPT Waukon, 10-metre walk written as time and speed ("10-metre walk 9.2 sec (1.09 m/s)") beside a dual-task cost; one-on-one; dual-task walking, head turns, stopping on cue; post-concussion dual-task deficit; 22 min matches: passes.
        ["v5-h143-orpt-ten-metre-walk-and-dual-task-cost"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            Delivery: one-on-one
            Interventions: dual-task walking naming animals; walking with head turns to called targets; stopping on a clap
            Clinical Findings: dual-task deficit after the concussion — slows and drifts when talking while he walks the feedlot fence
            Objective Measures: 10-metre walk 9.2 sec (1.09 m/s) single task, 12.6 sec dual task — dual-task cost 27%
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            O. Reyes, PT
            """,
            ["S06.0X1D"], [PT("97112", 22)], []),

        // SCVH Del Norte 97116 with distance in feet, assistance level and a step count: quad cane on the hall, ramp and stairs; L hemiparesis with knee buckling; 23 min matches: passes.
        ["v5-h143-scvh-97116-feet-assist-and-stairs"] = new(
            """
            Sangre de Cristo Valley Hospital — Del Norte · Aspenline Clinical
            Intervention: gait training with the quad cane on the hall, the ramp and the stairs; cues for L knee control in early stance and an even cadence
            Target impairment: L hemiparesis with L knee buckling in stance
            Outcome: 300 ft with the quad cane, stand-by assist; 12 stairs step-to with the rail, contact guard
            Timed Codes: 97116 Gait training — 23 min
            G. Trujillo, PT
            """,
            ["I69.354"], [PT("97116", 23)], []),

        // PSTG Pocomoke City 97110, doses written with a multiplication sign and "@": "3 × 12 @ 8 lb"; R shoulder weakness after a repair; rows, ER, scaption; 20 min matches: passes.
        ["v5-h143-pstg-97110-times-sign-and-at-sign"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud
            Skilled Interventions: rows 3 × 12 @ 8 lb; sidelying ER 3 × 15 @ 2 lb; scaption to 90° 3 × 10 @ 1 lb
            Impairments Addressed: R rotator-cuff and scapular weakness after the repair; can't lift the feed bucket to the top of the poultry drinker
            97110 Ther Ex — 20 min
            M. Quillen, PT
            """,
            ["M75.121"], [PT("97110", 20)], []),

        // ORPT Cresco: "Objective Measures: see RehabLedger flowsheet" and no number anywhere but the code and its minutes: measure missing; one-on-one, foam, tandem and perturbations; somatosensory loss.
        ["v5-h143-orpt-measures-see-old-flowsheet"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note
            Delivery: one-on-one
            Interventions: foam stance with eyes closed; tandem walking along the counter; perturbations at the shoulders with feet together
            Clinical Findings: somatosensory loss both feet; sways badly in the dark barn
            Objective Measures: see RehabLedger flowsheet
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            K. Tjernagel, PTA
            """,
            ["G62.9"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // SCVH Monte Vista: "Outcome: steadier than last visit per patient and his daughter" and no number but the code and its minutes: measure missing; one-on-one, gaze stabilisation, walking with head turns, foam; vestibular hypofunction.
        ["v5-h143-scvh-outcome-steadier-per-patient"] = new(
            """
            Sangre de Cristo Valley Hospital — Monte Vista · Aspenline Clinical
            Supervision/Delivery: one-on-one
            Intervention: gaze stabilization with the target card, standing then on foam; walking the corridor with head turns
            Target impairment: R vestibular hypofunction; he veers R and gets dizzy turning his head on the hay wagon
            Outcome: steadier than last visit per patient and his daughter
            Timed Codes: 97112 Neuromuscular re-education — 23 min
            T. Ulibarri, PT, DPT, NCS
            """,
            ["H81.21"], [PT("97112", 23)], [At(Measure, "97112")]),

        // PSTG Chincoteague OT 97530 in the legacy layout with "OBJ: #Error" and no count, assistance level or time: measure missing; kitchen transfers and reaching the top shelf; R hemiparesis; 21 min matches.
        ["v5-h143-pstg-ot-97530-objective-error"] = new(
            """
            Converted from ClinIQ Desktop — legacy text below
            TX: carrying dishes from the counter to the table, reaching the top shelf for the coffee can, standing at the sink to wash up
            PROB: R hemiparesis; she can't carry with the R hand or stand at the sink without leaning
            OBJ: #Error
            97530 Therapeutic Activities — 21 min
            Beatrix Crockett, OTR/L
            """,
            ["I69.351"], [OT("97530", 21)], [At(Measure, "97530")]),

        // SCVH Del Norte 97140 with a dose and a before-and-after measure: L4-5 PA mobilisation in bouts, soft-tissue release to the L quadratus lumborum; lumbar stiffness; fingertip-to-floor cm; 15 min matches: passes.
        ["v5-h143-scvh-97140-fingertip-to-floor"] = new(
            """
            Sangre de Cristo Valley Hospital — Del Norte · Aspenline Clinical
            Intervention: central PA mobilization at L4-5, grade III, 3 bouts of 30 sec; soft-tissue release to the L quadratus lumborum and lumbar paraspinals
            Target impairment: lumbar stiffness and L-sided low back pain, can't bend to pick up irrigation pipe
            Outcome: fingertip-to-floor 24 cm after (38 cm before)
            Timed Codes: 97140 Manual therapy — 15 min
            G. Trujillo, PT
            """,
            ["M54.50"], [PT("97140", 15)], []),

        // PSTG Onancock: the ClinIQ line "OBJ (ClinIQ): Berg 38/56 on 02/12" carried over above today's "Berg 44/56 today, TUG 12.0 sec"; one-on-one; PNF D1/D2 standing, foam weight shifts; R hemiparesis; 22 min matches: passes.
        ["v5-h143-pstg-old-berg-above-todays-berg"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud
            OBJ (ClinIQ): Berg 38/56 on 02/12
            Mode of delivery: One-on-one
            Skilled Interventions: PNF D1 and D2 patterns standing, R arm and leg; weight shifts on foam with reaching across midline
            Impairments Addressed: R hemiparesis, poor R weight acceptance and a narrow base
            Measurables: Berg 44/56 today; TUG 12.0 sec
            97112 Neuromuscular Re-ed — 22 min
            Jolie Tawes, PTA
            """,
            ["I69.351"], [PTA("97112", 22)], []),

        // ORPT Waukon 97116: "Distance: see walking log" with cues named and a deficit, and no number but the code and its minutes: measure missing.
        ["v5-h143-orpt-97116-distance-see-walking-log"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            Interventions: gait training with the rollator on the hall and across the gravel lot; cues for heel strike and an upright trunk
            Clinical Findings: short shuffling steps and forward trunk lean; she scuffs on the gravel to the mailbox
            Distance: see walking log
            Billing Grid:  97116 | Gait training | 18 min
            O. Reyes, PT
            """,
            ["R26.89"], [PT("97116", 18)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, missing separate time

        // ORPT Decorah, two minute fields that agree: the RehabLedger line "TX_CPT_1: 97112   TX_MIN_1: 23" pasted above Prairielight's grid "97112 | … | 23 min"; one-on-one; rocker board, perturbations, tandem on foam; ankle proprioception; SLS and perturbations; line 23: passes.
        ["v6-h143-orpt-two-minute-fields-agree"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note
            TX_CPT_1: 97112   TX_MIN_1: 23
            Delivery: one-on-one
            Interventions: rocker board M/L eyes closed; perturbations at the pelvis on foam; tandem stance on foam with head turns
            Clinical Findings: R ankle proprioception down after the sprain on the hatchery's wet ramp
            Objective Measures: SLS R 11 sec (L 24); 8 of 10 perturbations without a step
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            Hallie Bjornstad, PT, DPT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // SCVH Monte Vista, MEDIQUEST charge lines kept in the Aspenline note for two codes ("CHG 97112 NEUROMUSC REEDUC 24 MIN", "CHG 97110 THERAPEUTIC EXERCISE 15 MIN"); both sections complete (one-on-one, PNF and foam for hip and trunk control with Berg; bridges, step-ups and clamshells with doses); both match: passes.
        ["v6-h143-scvh-legacy-charge-lines-two-codes"] = new(
            """
            Sangre de Cristo Valley Hospital — Monte Vista · Aspenline Clinical
            CHG 97112 NEUROMUSC REEDUC 24 MIN
            CHG 97110 THERAPEUTIC EXERCISE 15 MIN
            NMR (one-on-one): PNF pelvic patterns in sidelying then standing; weight shifts on foam; stepping over the cone row. Target: hip and trunk motor control after the R stroke, she drops to the L in stance. Berg 42/56.
            Ther ex: bridges 3x12, step-ups to the 6 in. step 3x10, clamshells with the red band 3x15 — L hip extensor and abductor weakness.
            T. Ulibarri, PT, DPT, NCS
            """,
            ["I69.354"], [PT("97112", 24), PT("97110", 15)], []),

        // PSTG Pocomoke City, a clock range on the code's own line ("97112 Neuromuscular Re-ed  09:05–09:28"); one-on-one; head-turn walking, foam with eyes closed, perturbations; vestibular hypofunction; DGI and foam seconds; line 23: passes.
        ["v6-h143-pstg-clock-range-on-the-code-line"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud
            Mode of delivery: One-on-one
            Skilled Interventions: walking with head turns down the hall; feet-together stance on foam with eyes closed; perturbations on foam
            Impairments Addressed: bilateral vestibular hypofunction after gentamicin; bobbing vision walking the pier
            Measurables: DGI 15/24; foam eyes closed 8 sec
            97112 Neuromuscular Re-ed  09:05–09:28
            M. Quillen, PT
            """,
            ["H81.8X3", "T36.5X5S"], [PT("97112", 23)], []),

        // ORPT Waukon, two minute fields that disagree and neither matches: "TX_MIN_1: 35" carried from RehabLedger and the grid "97112 | … | 38 min" on a 24-minute line: time mismatch; otherwise complete.
        ["v6-h143-orpt-two-minute-fields-disagree-neither-matches"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            TX_CPT_1: 97112   TX_MIN_1: 35
            Delivery: one-on-one
            Interventions: stepping strategies to the floor grid; rhythmic stabilization in tall kneel; foam stance with head turns
            Clinical Findings: delayed stepping reactions and postural sway after the L stroke
            Objective Measures: Berg 47/56; 6 of 8 grid steps without a loss
            Billing Grid:  97112 | Neuromuscular re-education | 38 min
            O. Reyes, PT
            """,
            ["I69.354"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // ORPT Cresco, Prairielight's grid left at the template's 15 min on a 28-minute line, the only minutes in the note: time mismatch; otherwise complete (one-on-one, perturbations, rocker, tandem; neuropathic proprioceptive loss; Berg and tandem seconds).
        ["v6-h143-orpt-grid-default-fifteen-on-twenty-eight"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note
            Delivery: one-on-one, Kirsten and Mr. Ostby only
            Interventions: perturbations at the hips on foam; rocker board A/P; tandem walking with a head turn every third step
            Clinical Findings: proprioceptive loss both feet with the neuropathy; he stumbles on the frozen ruts by the machine shed
            Objective Measures: Berg 44/56; tandem 7 sec
            Billing Grid:  97112 | Neuromuscular re-education | 15 min
            K. Tjernagel, PTA
            """,
            ["E11.42"], [PTA("97112", 28)], [At(Mismatch, "97112")]),

        // SCVH Del Norte: a MEDIQUEST note from February copied in with its charge line "CHG 97112 NEUROMUSC REEDUC 38 MIN", today's lines added without minutes, on a 24-minute line: the note states 38 for the 97112 — time mismatch; otherwise complete.
        ["v6-h143-scvh-copied-old-note-old-minutes"] = new(
            """
            Sangre de Cristo Valley Hospital — Del Norte · Aspenline Clinical
            >> copied from MEDIQUEST HIS, visit of 02/19/2026 <<
            CHG 97112 NEUROMUSC REEDUC 38 MIN
            TX: X1 VIEWING, WALKING WITH HEAD TURNS, FOAM EYES CLOSED.
            PROBLEM: L VESTIBULAR HYPOFUNCTION, VEERS L.
            >> end copied text <<
            Today: one-on-one again. Same program. DGI 19/24, foam eyes closed 12 sec.
            G. Trujillo, PT
            """,
            ["H81.22"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // PSTG Onancock two codes each with its minutes ("97112 … — 23 min", "97140 … — 12 min"); both sections complete (one-on-one, cervical proprioception retraining with laser-guided head repositioning and gaze work with a JPE error in cm; suboccipital release and C1-2 SNAGs with rotation degrees); both match: passes.
        ["v6-h143-pstg-nmr-and-manual-each-with-minutes"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud
            Mode of delivery: One-on-one
            97112 Neuromuscular Re-ed — 23 min: cervical proprioception retraining with the head laser — repositioning to the bullseye eyes closed, tracing the figure-eight; gaze stabilization with head movement. Target: cervicogenic dizziness and poor neck joint-position sense after the whiplash. Joint-position error 6.1 cm (9.4 at eval).
            97140 Manual Therapy — 12 min: suboccipital release; C1-2 SNAGs into L rotation. Target: upper cervical stiffness. Flexion-rotation test L 28° (R 40°).
            Desmond Kellam, PT, DPT
            """,
            ["S13.4XXD"], [PT("97112", 23), PT("97140", 12)], []),

        // SCVH a PT's 97112 and an OT's 97530 on one visit, each with its minutes in the Aspenline list; PT section (one-on-one, perturbations and foam reach for stroke postural control with Berg) and OT section (laundry folding standing and a laundry basket carried, with assistance and counts) complete: passes.
        ["v6-h143-scvh-pt-and-ot-codes-one-visit"] = new(
            """
            Sangre de Cristo Valley Hospital — Monte Vista · Aspenline Clinical
            Timed Codes: 97112 Neuromuscular re-education — 22 min (T. Ulibarri, PT)
                         97530 Therapeutic activities — 24 min (R. Holcomb, OTR/L)
            PT: one-on-one. Perturbations on foam, reaching out of base of support, stepping to targets. Target impairment: postural control and L weight acceptance after the stroke. Berg 41/56.
            OT: folding laundry standing at the dryer, carrying the basket to the bedroom. Target: standing tolerance and L arm use for housework. Folded 12 towels standing with stand-by assist; basket carried 20 ft with min assist.
            """,
            ["I69.354"], [PT("97112", 22), OT("97530", 24)], []),

        // PSTG Chincoteague two codes with only "Total timed: 38 min" for the visit: separate time missing; both sections complete (one-on-one, perturbations and step-downs for reactive stepping with counts; step-ups and band work with doses for quad weakness).
        ["v6-h143-pstg-total-timed-only-two-codes"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud
            Mode of delivery: One-on-one
            Neuro re-ed: treadmill perturbations; step-downs onto foam with a pull at the hips. Slow reactive stepping — falls stepping off the marsh boardwalk. Recovered 7 of 10 perturbations in one step.
            Ther ex: step-ups 3x10 to the 8 in. box, TKE with the blue band 3x15, wall sits 5x20 sec — R quad weakness.
            Codes: 97112, 97110
            Total timed: 38 min
            Jolie Tawes, PTA
            """,
            ["R29.6", "M62.81"], [PTA("97112", 23), PTA("97110", 15)], [SepTime]),

        // ORPT Decorah two codes, RehabLedger lines "TX_CPT_1: 97112   TX_MIN_1: 22" and "TX_CPT_2: 97110   TX_MIN_2:" left blank, no other minutes: separate time missing; both sections complete.
        ["v6-h143-orpt-second-legacy-minute-blank"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note
            TX_CPT_1: 97112   TX_MIN_1: 22
            TX_CPT_2: 97110   TX_MIN_2:
            Delivery: one-on-one for the neuro re-ed
            NMR: perturbations on the rocker board, tandem on foam with head turns — L ankle proprioception after the fracture; SLS L 10 sec.
            Ther ex: heel raises 3x15, lunges 3x8, lateral band walks 3 laps with the green band — L calf and hip weakness.
            Hallie Bjornstad, PT, DPT
            """,
            ["S82.62XD"], [PT("97112", 22), PT("97110", 16)], [SepTime]),

        // PSTG Pocomoke City PTA 97110 with "97110 Ther Ex — 30 min" carried from the ClinIQ template on an 18-minute line: time mismatch; otherwise complete (clamshells, bridges, side-steps with doses for hip weakness).
        ["v6-h143-pstg-pta-carried-thirty-on-eighteen"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud
            Skilled Interventions: clamshells 3x15 with the green band; bridges 3x12; side-steps with the band 4 laps of the gym
            Impairments Addressed: R hip abductor weakness, R hip drops when she climbs into the pickup
            97110 Ther Ex — 30 min
            Jolie Tawes, PTA
            """,
            ["M62.81"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // SCVH South Fork three codes each with its minutes (97112 23, 97116 15, 97140 10); all three sections complete (one-on-one, foam and perturbation work with FGA; cane gait on the ramp with distance and assistance; talocrural mobilisation with dorsiflexion degrees): passes.
        ["v6-h143-scvh-three-codes-each-with-minutes"] = new(
            """
            Sangre de Cristo Valley Hospital — South Fork · Aspenline Clinical
            Timed Codes: 97112 Neuromuscular re-education — 23 min
                         97116 Gait training — 15 min
                         97140 Manual therapy — 10 min
            97112 (one-on-one): perturbations on foam, tandem with head turns — R ankle proprioception and postural control after the fracture. FGA 22/30.
            97116: cane gait on the ramp and the gravel path, cues for R push-off — short R step. 400 ft with the cane, modified independent.
            97140: talocrural posterior glides, grade III, 3 bouts of 30 reps — R ankle stiff into dorsiflexion. DF R 8° to 14°.
            Lupita Atencio, PTA
            """,
            ["S82.891D"], [PTA("97112", 23), PTA("97116", 15), PTA("97140", 10)], []),

        // ORPT Waukon two codes, 97112 at 24 matching and 97110 given 30 in the grid on a 16-minute line: time mismatch on the 97110; both sections complete.
        ["v6-h143-orpt-second-code-grid-thirty-on-sixteen"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            Delivery: one-on-one for the neuro re-ed
            NMR: PNF D2 patterns standing, stepping over the hurdle row, perturbations on foam — L hemiparesis with a late L step; Berg 46/56.
            Ther ex: sit-to-stand 3x10 from the low chair, hip abduction 3x12 with 3 lb, step-ups 3x10 — L leg weakness.
            Billing Grid:  97112 | Neuromuscular re-education | 24 min
                           97110 | Therapeutic exercise | 30 min
            O. Reyes, PT
            """,
            ["I69.354"], [PT("97112", 24), PT("97110", 16)], [At(Mismatch, "97110")]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // ORPT Waukon, the Prairielight note column came across empty on a single 97112 line (diagnosis present): note missing on the 97112, nothing else.
        ["v7-h143-orpt-empty-note-97112"] = new(
            "",
            ["I69.354"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // PSTG Onancock two-code visit whose note is only spaces and line breaks after the import: note missing on each profiled line.
        ["v7-h143-pstg-whitespace-only-two-codes"] = new(
            "   \n\n      \n  ",
            ["M54.50"], [PT("97110", 24), PT("97140", 12)], [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // SCVH OT 97530 with an empty note and no diagnosis: note missing and diagnosis missing.
        ["v7-h143-scvh-ot-empty-note-no-diagnosis"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // SCVH Del Norte 97110 as the contract means it: Romanian deadlifts with a kettlebell, bird dogs, side planks with doses for lumbar and hip extensor weakness in a sheepherder; 22 min matches: passes.
        ["v7-h143-scvh-97110-deadlifts-bird-dogs-planks"] = new(
            """
            Sangre de Cristo Valley Hospital — Del Norte · Aspenline Clinical
            Intervention: Romanian deadlift with the 25 lb kettlebell 3x8; bird dogs 3x10 each side; side planks from the knees 3x20 sec each side
            Target impairment: lumbar extensor and hip extensor weakness; he can't bend and lift a lamb off the ground without his back giving out
            Timed Codes: 97110 Therapeutic exercise — 22 min
            G. Trujillo, PT
            """,
            ["M54.50", "M62.81"], [PT("97110", 22)], []),

        // SCVH Monte Vista 97530 as the contract means it: lifting a seed-potato sack floor to waist, carrying it, floor to stand, with load, distance and assistance, for a potato farmer's return to the cellar after a back injury; 24 min matches: passes.
        ["v7-h143-scvh-97530-seed-potato-sack"] = new(
            """
            Sangre de Cristo Valley Hospital — Monte Vista · Aspenline Clinical
            Intervention: lifting a 20 lb seed-potato sack from the floor to waist height with a squat; carrying it across the gym; getting down to the floor and back up with the sack beside him
            Target impairment: back pain and trunk weakness limiting lifting and carrying in the cellar after the L1 compression fracture
            Outcome: 8 lifts floor to waist with good mechanics; 3 carries of 40 ft; floor to stand with one hand on the bench, supervision
            Timed Codes: 97530 Therapeutic activities — 24 min
            T. Ulibarri, PT, DPT, NCS
            """,
            ["S32.010D"], [PT("97530", 24)], []),

        // PSTG Chincoteague OT 97140 as the contract means it: retrograde edema massage, scar mobilisation and PIP volar glides for a stiff R index finger after a knife laceration; PIP degrees and circumference; 16 min matches: passes.
        ["v7-h143-pstg-ot-97140-hand-scar-and-glides"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud · Hand
            Skilled Interventions: retrograde edema massage R index finger; scar mobilization along the volar incision; PIP volar glides grade II then III
            Impairments Addressed: R index PIP stiffness and edema after the flexor tendon repair (oyster-knife laceration)
            Measurables: PIP flexion 62° before, 70° after; proximal phalanx circumference 7.4 cm (7.9 last week)
            97140 Manual Therapy — 16 min
            Beatrix Crockett, OTR/L
            """,
            ["S66.120D"], [OT("97140", 16)], []),

        // ORPT Cresco 97116 as the contract means it: walker to no device, cemetery grass and the church steps, with distance and assistance; L knee weakness after a TKA; 19 min matches: passes.
        ["v7-h143-orpt-97116-walker-to-no-device"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note
            Interventions: gait training from the walker to no device in the gym, then on the grass and the curb out front; the four church steps with one rail, step-over-step
            Clinical Findings: L knee extensor weakness and a stiff-knee gait after the L TKA; she wants to walk to her husband's grave on the grass
            Objective Measures: 200 ft without a device, stand-by assist; grass 100 ft with contact guard; steps with one rail, supervision
            Billing Grid:  97116 | Gait training | 19 min
            K. Tjernagel, PTA
            """,
            ["Z96.652"], [PTA("97116", 19)], []),

        // ORPT Decorah, a Prairielight template sent with its defaults only: "Neuromuscular re-education. Balance and coordination activities. Patient tolerated treatment well. Continue plan of care." — no technique, deficit or measure, no one-on-one; grid 23 matches.
        ["v7-h143-orpt-template-defaults-only"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note
            Interventions: Neuromuscular re-education. Balance and coordination activities.
            Assessment: Patient tolerated treatment well.
            Plan: Continue plan of care.
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            Hallie Bjornstad, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // SCVH Del Norte, a MEDIQUEST-style generic note in capitals with its two charge lines: "PT TX PER POC. THER EX AND NMR. TOLERATED WELL. CONT POC." — nothing named for either code; minutes match each line.
        ["v7-h143-scvh-caps-generic-two-charge-lines"] = new(
            """
            *** CONVERTED FROM MEDIQUEST HIS — REVIEW FOR ACCURACY ***
            CHG 97112 NEUROMUSC REEDUC 23 MIN
            CHG 97110 THERAPEUTIC EXERCISE 15 MIN
            PT TX PER POC. THER EX AND NMR. TOLERATED WELL. CONT POC.
            G. TRUJILLO PT
            """,
            ["R26.89"], [PT("97112", 23), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // PSTG Pocomoke City OT 97530 in the legacy layout: "TX: functional activities per POC. Pt tolerated well." with "PROB: [field not mapped]" — nothing named; 20 min matches.
        ["v7-h143-pstg-ot-legacy-generic-97530"] = new(
            """
            Converted from ClinIQ Desktop — legacy text below
            TX: functional activities per POC. Pt tolerated well.
            PROB: [field not mapped]
            97530 Therapeutic Activities — 20 min
            Beatrix Crockett, OTR/L
            """,
            ["I69.351"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // PSTG Onancock PTA 97110 pasted from a ClinIQ note: "Ther ex per HEP. Pt tolerated tx well. Continue POC." — nothing named; 20 min matches.
        ["v7-h143-pstg-pta-generic-ther-ex-pasted"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud
            Ther ex per HEP. Pt tolerated tx well. Continue POC.
            97110 Ther Ex — 20 min
            Jolie Tawes, PTA
            """,
            ["M25.561"], [PTA("97110", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary: complete notes of the three employers, and the ordinary weak ones

        // ORPT Decorah in the go-live week: conversion banner and "REFERRING_MD: [field not mapped]" left; one-on-one; step-over-step on the stair with a perturbation, foam tandem, reactive stepping; a county plow driver with R foot sensory loss; Berg and reactive-step count; 24 min matches: passes.
        ["vord-h143-orpt-go-live-week-plow-driver"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note
            — Converted from RehabLedger 6 (record 118-3317) —
            REFERRING_MD: [field not mapped]
            Delivery: one-on-one, Hallie and Mr. Ellingson
            Interventions: climbing the 3-step stair with a perturbation at the top step like the plow-truck cab; tandem on foam; reactive stepping to pushes from behind
            Clinical Findings: R foot sensory loss after the L4-5 decompression; he misses the cab step in his winter boots
            Objective Measures: Berg 49/56; recovered 8 of 10 pushes with one step
            Billing Grid:  97112 | Neuromuscular re-education | 24 min
            Hallie Bjornstad, PT, DPT
            """,
            ["M48.062", "R20.2"], [PT("97112", 24)], []),

        // ORPT Waukon with two Assessment blocks, both filled (the first carried from RehabLedger, the second typed today); one-on-one; PNF D2, rocker, stepping over the hose; L hemiparesis; Berg and rocker seconds; 22 min matches: passes.
        ["vord-h143-orpt-two-assessments-both-filled"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            Assessment: (RehabLedger) progressing toward the stepping goals.
            Delivery: one-on-one
            Interventions: PNF D2 patterns standing, L arm and leg; rocker board A/P; stepping over the garden hose without looking down
            Clinical Findings: L hemiparesis after the R stroke, L toe catch and slow L weight acceptance
            Objective Measures: Berg 45/56; rocker board 15 sec without an edge touch
            Assessment: better L weight shift today; keep the hose drill at home with his wife spotting.
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            O. Reyes, PT
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // ORPT Cresco in April, fully in Prairielight, two codes each with minutes (97110 20, 97140 15); ther ex with doses for L shoulder weakness and Maitland glides with degrees for L shoulder stiffness in a quilter: passes.
        ["vord-h143-orpt-april-ther-ex-and-manual"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note
            Interventions: rows with the blue band 3x15; wall slides 3x10; sidelying ER 3x12 with 2 lb — L rotator-cuff weakness, she can't lift her quilt frame onto the rack.
            Manual: Maitland posterior and inferior glenohumeral glides grade III, 3 bouts of 45 sec — L shoulder capsular stiffness.
            Objective Measures: L flexion 138° (118 at eval); L ER 52°
            Billing Grid:  97110 | Therapeutic exercise | 20 min
                           97140 | Manual therapy | 15 min
            K. Tjernagel, PTA
            """,
            ["M75.02"], [PTA("97110", 20), PTA("97140", 15)], []),

        // ORPT Decorah PTA two codes (97112 23, 97116 15) each with minutes; one-on-one for the NMR; foam and perturbations for Parkinson's postural control with a pull test; gait training with cues for step length on the sidewalk with distance and assistance: passes.
        ["vord-h143-orpt-pta-nmr-and-gait"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note
            Delivery: one-on-one for the neuro re-ed
            NMR: perturbations backward and sideways; stepping strategies on foam; turning on cue. Postural instability with Parkinson's — retropulsion on the back porch. Pull test 2 steps.
            Gait: big-step walking on the sidewalk with the metronome, turns around the planter — short steps and festination. 500 ft without a device, supervision.
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
                           97116 | Gait training | 15 min
            K. Tjernagel, PTA
            """,
            ["G20.A1"], [PTA("97112", 23), PTA("97116", 15)], []),

        // ORPT Waukon 97140 alone: thoracic PA mobilisation, rib mobilisation and soft-tissue work for mid-back stiffness in a furniture-delivery driver; rotation degrees; 16 min matches: passes.
        ["vord-h143-orpt-97140-thoracic-delivery-driver"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            Interventions: central PA mobilization T5-8 grade III; R rib 6-7 mobilization with breathing; soft-tissue mobilization to the R rhomboid and mid-trap
            Clinical Findings: thoracic stiffness and R mid-back pain, he can't twist to load the dressers in the box truck
            Objective Measures: seated thoracic rotation R 34° before, 45° after (L 50°)
            Billing Grid:  97140 | Manual therapy | 16 min
            O. Reyes, PT
            """,
            ["M54.6"], [PT("97140", 16)], []),

        // ORPT Cresco, today's plan typed in the "Session Summary" box instead of Plan, an age and a date in it; one-on-one; foam, gaze work and head-turn walking; L vestibular hypofunction in a 71-year-old; DGI and DVA; 23 min matches: passes.
        ["vord-h143-orpt-plan-in-session-summary-box"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note
            Session Summary: 71-year-old 4-H leader, re-check on 03/18 with Hallie; walk the fairgrounds loop daily
            Delivery: one-on-one
            Interventions: X1 viewing standing on foam; walking the hall with head turns and stopping to read the signs; turning 180 degrees on cue
            Clinical Findings: L vestibular hypofunction after neuritis in January; she veers L walking the barns
            Objective Measures: DGI 19/24; DVA loss 3 lines
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            K. Tjernagel, PTA
            """,
            ["H81.22"], [PTA("97112", 23)], []),

        // ORPT Decorah 97530 by a PT for a Seed Savers orchard volunteer: ladder climbing and carrying a picking bucket, kneeling to weed; R knee after a meniscectomy; counts, loads and distances; 22 min matches: passes.
        ["vord-h143-orpt-97530-orchard-ladder"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note
            Interventions: climbing the 4-rung orchard ladder and reaching out to the side; carrying a half-full picking bucket (12 lb) across the gym; half-kneel to weed the bed and back up
            Clinical Findings: R knee weakness and guarding after the partial meniscectomy; she won't trust it on the ladder
            Objective Measures: ladder up and down 5 times with stand-by assist; bucket carried 4 x 50 ft; kneel to stand 6 times with one hand on the bench
            Billing Grid:  97530 | Therapeutic activities | 22 min
            Hallie Bjornstad, PT, DPT
            """,
            ["Z98.890", "M23.221"], [PT("97530", 22)], []),

        // ORPT Waukon with the old RehabLedger code description carried into the grid ("97112 NEUROMUSCULAR REEDUCATION OF MOVEMENT, BALANCE, COORDINATION …") and the minutes in their own column; one-on-one; sensory reintegration on foam, perturbations; somatosensory loss; mCTSIB and Berg; 24 min matches: passes.
        ["vord-h143-orpt-old-long-description-in-grid"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            Delivery: one-on-one
            Interventions: sensory reintegration on foam with eyes closed and head turns; perturbations at the pelvis; tandem along the wall
            Clinical Findings: somatosensory loss both feet after the chemotherapy; she can't stand in the dark to find the light switch
            Objective Measures: mCTSIB foam eyes closed 12 sec; Berg 46/56
            Billing Grid:  97112 | NEUROMUSCULAR REEDUCATION OF MOVEMENT, BALANCE, COORDINATION, KINESTHETIC SENSE, POSTURE, AND/OR PROPRIOCEPTION | 24 min
            O. Reyes, PT
            """,
            ["G62.0"], [PT("97112", 24)], []),

        // ORPT Decorah, a time of day and a shift in the note ("came in at 7:30 before his shift at the elevator"); one-on-one; rocker board, perturbations at the scale-house step, foam tandem; L ankle proprioception; SLS and perturbations; 22 min matches: passes.
        ["vord-h143-orpt-time-of-day-elevator-shift"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note
            Came in at 7:30 before his shift at the grain elevator.
            Delivery: one-on-one
            Interventions: rocker board M/L eyes closed; step-up onto the 12 in. box with a perturbation like the scale-house step; tandem on foam
            Clinical Findings: L ankle proprioception down after the sprain in the elevator pit; he rolls it on the loose corn
            Objective Measures: SLS L 9 sec (R 22 sec); 7 of 10 perturbations without a step
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            Hallie Bjornstad, PT, DPT
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // ORPT Cresco PTA 97110 with heights and weights in it (a 6 ft 2 in., 240 lb groundskeeper; 8 in. step); step-downs, leg press, hamstring curls with doses; R quad and hamstring weakness after an ACL graft; 21 min matches: passes.
        ["vord-h143-orpt-pta-97110-heights-and-weights"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note
            Interventions: lateral step-downs from the 8 in. step 3x10; leg press 120 lb 3x12; standing hamstring curls 3x15 with 5 lb
            Clinical Findings: R quad and hamstring weakness after the ACL graft; 6 ft 2 in., 240 lb college groundskeeper, the mower deck step is hard
            Billing Grid:  97110 | Therapeutic exercise | 21 min
            K. Tjernagel, PTA
            """,
            ["S83.511D", "Z98.890"], [PTA("97110", 21)], []),

        // ORPT Waukon in April, a clean Prairielight note; one-on-one; habituation to his three provoking moves, gaze stabilisation walking, foam head turns; motion-provoked dizziness after a concussion; DGI and symptom count; 23 min matches: passes.
        ["vord-h143-orpt-april-habituation"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            Delivery: one-on-one
            Interventions: habituation to his three provoking moves (bending to the floor, quick turn R, looking up); gaze stabilization while walking; head turns on foam
            Clinical Findings: motion-provoked dizziness and poor gaze stability after the concussion in the hayloft
            Objective Measures: DGI 20/24; provoking moves down to 2 of 3 with symptoms
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            O. Reyes, PT
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // SCVH Monte Vista in the go-live week: conversion banner and a retired severity line "SEVERITY: CK (40-59% IMPAIRED) — MEDIQUEST, NOT REPORTED"; one-on-one; PNF rhythmic stabilisation, reaching on foam, stepping to targets; a Great Sand Dunes ranger's L ankle after a fracture; Berg and Star Excursion; 23 min matches: passes.
        ["vord-h143-scvh-go-live-retired-severity-line"] = new(
            """
            *** CONVERTED FROM MEDIQUEST HIS 03/02/2026 — REVIEW FOR ACCURACY ***
            SEVERITY: CK (40-59% IMPAIRED) — MEDIQUEST, NOT REPORTED
            Sangre de Cristo Valley Hospital — Monte Vista · Aspenline Clinical
            Supervision/Delivery: one-on-one
            Intervention: PNF rhythmic stabilization in single-leg stance; reaching to cones from the foam; stepping to targets on the sand-colored mat
            Target impairment: L ankle proprioception and single-leg control after the L ankle fracture; he patrols in soft sand at the dunes
            Outcome: Berg 53/56; Star Excursion anterior L 61 cm vs R 70 cm
            Timed Codes: 97112 Neuromuscular re-education — 23 min
            T. Ulibarri, PT, DPT, NCS
            """,
            ["S82.852D"], [PT("97112", 23)], []),

        // SCVH Del Norte with the MEDIQUEST long description kept beside the charge ("97110 THERAPEUTIC PROCEDURE, ONE OR MORE AREAS, EACH 15 MINUTES") and the actual minutes in the Aspenline list (97110 — 27 min, the line's): the descriptor's "each 15 minutes" is the code's definition, not its minutes; squats, step-ups, bridges with doses for hip and knee weakness: passes.
        ["vord-h143-scvh-old-descriptor-each-fifteen"] = new(
            """
            Sangre de Cristo Valley Hospital — Del Norte · Aspenline Clinical
            MEDIQUEST charge description: 97110 THERAPEUTIC PROCEDURE, ONE OR MORE AREAS, EACH 15 MINUTES
            Intervention: box squats to the 18 in. box 3x10; forward step-ups to the 8 in. step 3x10; single-leg bridges 3x8 each side
            Target impairment: bilateral hip extensor and quad weakness; he can't climb into the irrigation pivot's tower ladder
            Timed Codes: 97110 Therapeutic exercise — 27 min
            G. Trujillo, PT
            """,
            ["M62.81"], [PT("97110", 27)], []),

        // SCVH South Fork PTA two codes (97112 22, 97116 16) each with its minutes; one-on-one for the NMR; gaze stabilisation and head-turn walking for vestibular hypofunction with DGI; gait on the river path with distance and assistance: passes.
        ["vord-h143-scvh-pta-nmr-and-gait-river-path"] = new(
            """
            Sangre de Cristo Valley Hospital — South Fork · Aspenline Clinical
            Timed Codes: 97112 Neuromuscular re-education — 22 min
                         97116 Gait training — 16 min
            97112: one-on-one. Gaze stabilization standing on foam; walking with head turns, stopping on cue. R vestibular hypofunction, he veers on the river path. DGI 18/24.
            97116: walking the gravel river path and the footbridge with the trekking pole; cues for a wider base and looking ahead — unsteady, narrow-based gait. 600 ft with the pole, supervision.
            Lupita Atencio, PTA
            """,
            ["H81.21"], [PTA("97112", 22), PTA("97116", 16)], []),

        // SCVH OT 97530 in April, fully in the Aspenline OT flowsheet: making a bed standing, pulling the sheet corners, carrying the laundry; L hemiparesis and standing balance for housework; counts and assistance; 23 min matches: passes.
        ["vord-h143-scvh-ot-april-making-the-bed"] = new(
            """
            Sangre de Cristo Valley Hospital — Monte Vista · Aspenline Clinical · OT Flowsheet
            Intervention: making the bed standing — fitted sheet corners, tucking the blanket, placing the pillows; carrying the laundry to the hamper
            Target impairment: L hemiparesis and standing balance for housework; she sits on the bed halfway through
            Outcome: bed made standing with 2 seated rests and min assist for the far corners; laundry carried 25 ft with stand-by assist
            Timed Codes: 97530 Therapeutic activities — 23 min
            Renae Holcomb, OTR/L
            """,
            ["I69.354"], [OT("97530", 23)], []),

        // SCVH Monte Vista with an elevation and a year in it (Monte Vista at 7,663 ft; a 1998 hip replacement); one-on-one; foam and perturbations, stepping over the irrigation ditch board; somatosensory loss; FGA and a count; 24 min matches: passes.
        ["vord-h143-scvh-elevation-and-year"] = new(
            """
            Sangre de Cristo Valley Hospital — Monte Vista · Aspenline Clinical
            Supervision/Delivery: one-on-one
            Intervention: perturbations standing on foam; stepping over a board laid like the irrigation ditch; walking with eyes closed between the bars
            Target impairment: somatosensory loss both feet; old L hip replacement from 1998; short of breath walking at 7,663 ft but steadier
            Outcome: FGA 20/30; stepped over the board 9 of 10 without a touch
            Timed Codes: 97112 Neuromuscular re-education — 24 min
            T. Ulibarri, PT, DPT, NCS
            """,
            ["E11.42", "Z96.642"], [PT("97112", 24)], []),

        // SCVH Del Norte 97140 alone: patellar mobilisation and tibiofemoral glides with a knee-flexion measure after a TKA; 15 min matches: passes.
        ["vord-h143-scvh-97140-knee-after-tka"] = new(
            """
            Sangre de Cristo Valley Hospital — Del Norte · Aspenline Clinical
            Intervention: superior/inferior and medial patellar mobilization; tibiofemoral anterior glides in prone, grade III; soft-tissue release to the lateral retinaculum
            Target impairment: R knee flexion stiffness after the R TKA, can't bend it to get in the pickup
            Outcome: R knee flexion 98° before, 106° after
            Timed Codes: 97140 Manual therapy — 15 min
            G. Trujillo, PT
            """,
            ["Z96.651", "M25.661"], [PT("97140", 15)], []),

        // SCVH Monte Vista in April, two codes (97112 24, 97110 15) each with its minutes; one-on-one for the NMR; half-kneel rhythmic stabilisation and perturbations for trunk control in MS with a Mini-BESTest; ther ex with doses for hip weakness: passes.
        ["vord-h143-scvh-april-nmr-and-ther-ex-ms"] = new(
            """
            Sangre de Cristo Valley Hospital — Monte Vista · Aspenline Clinical
            Timed Codes: 97112 Neuromuscular re-education — 24 min
                         97110 Therapeutic exercise — 15 min
            NMR (one-on-one): half-kneel rhythmic stabilization; perturbations at the trunk in sitting then standing; stepping to targets. Trunk and hip motor control with MS, fatigues and sways late in the day. Mini-BESTest 18/28.
            Ther ex: sidelying hip abduction 3x12, bridges 3x12, mini-squats 3x10 — bilateral hip weakness.
            T. Ulibarri, PT, DPT, NCS
            """,
            ["R26.89", "M62.81"], [PT("97112", 24), PT("97110", 15)], []),

        // SCVH Del Norte, two minute fields that agree (the MEDIQUEST charge "CHG 97112 NEUROMUSC REEDUC 22 MIN" and Aspenline's "97112 … — 22 min"); one-on-one; X2 viewing, foam with head turns; vestibular hypofunction; DGI and DVA; line 22: passes.
        ["vord-h143-scvh-charge-and-timed-codes-agree"] = new(
            """
            Sangre de Cristo Valley Hospital — Del Norte · Aspenline Clinical
            CHG 97112 NEUROMUSC REEDUC 22 MIN
            Supervision/Delivery: one-on-one
            Intervention: X2 viewing seated then standing; foam stance with head turns; walking with the head turning toward called letters
            Target impairment: bilateral vestibular hypofunction, oscillopsia walking on the ski-area road
            Outcome: DGI 17/24; DVA loss 4 lines
            Timed Codes: 97112 Neuromuscular re-education — 22 min
            G. Trujillo, PT
            """,
            ["H81.8X3"], [PT("97112", 22)], []),

        // SCVH South Fork PTA 97110 with loads in kilograms and reps: goblet squats, step-ups, calf raises for a lift operator's quad and calf weakness; 20 min matches: passes.
        ["vord-h143-scvh-pta-97110-kilograms"] = new(
            """
            Sangre de Cristo Valley Hospital — South Fork · Aspenline Clinical
            Intervention: goblet squats with the 8 kg kettlebell 3x10; step-ups to the 20 cm step 3x12; single-leg calf raises 3x15
            Target impairment: R quad and calf weakness after the tibial plateau fracture; he can't squat to clear the lift ramp
            Timed Codes: 97110 Therapeutic exercise — 20 min
            Lupita Atencio, PTA
            """,
            ["S82.141D"], [PTA("97110", 20)], []),

        // SCVH Monte Vista: "one-on-one — her granddaughter interpreted in Spanish from the chair beside us"; PNF D1 patterns, step-ups to foam, weight shifts; L hemiparesis; Berg and step-ups; 23 min matches: passes.
        ["vord-h143-scvh-granddaughter-interpreting"] = new(
            """
            Sangre de Cristo Valley Hospital — Monte Vista · Aspenline Clinical
            Supervision/Delivery: one-on-one — her granddaughter interpreted in Spanish from the chair beside us
            Intervention: PNF D1 patterns in standing, L leg; step-ups onto the foam with the L leading; weight shifts onto the L with tapping
            Target impairment: L hemiparesis after the stroke, poor weight shift onto the L; she can't step up into the church pew
            Outcome: Berg 42/56; step-ups 7 of 10 without a hand
            Timed Codes: 97112 Neuromuscular re-education — 23 min
            T. Ulibarri, PT, DPT, NCS
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // SCVH Del Norte in April, a clean Aspenline note; one-on-one; perturbations on the treadmill, obstacle walking, reactive stepping; slow protective stepping after falls; counts and TUG; 25 min matches: passes.
        ["vord-h143-scvh-april-reactive-stepping"] = new(
            """
            Sangre de Cristo Valley Hospital — Del Norte · Aspenline Clinical
            Supervision/Delivery: one-on-one
            Intervention: treadmill perturbation training at random; walking an obstacle course of cones and a rope; lean-and-release reactive steps
            Target impairment: slow protective stepping, two falls in the sheep pens this winter
            Outcome: 7 of 10 perturbations recovered in one step; TUG 11.6 sec
            Timed Codes: 97112 Neuromuscular re-education — 25 min
            G. Trujillo, PT
            """,
            ["R29.6", "Z91.81"], [PT("97112", 25)], []),

        // PSTG Pocomoke City in the go-live week: the ClinIQ banner and "Next appt: #Name?" left in an unrelated field; one-on-one; perturbations on the rocker like the boat deck, tandem with head turns, reaching on foam; a waterman's L ankle proprioception; SLS and perturbations; 23 min matches: passes.
        ["vord-h143-pstg-go-live-next-appt-name-error"] = new(
            """
            Converted from ClinIQ Desktop — legacy text below
            Next appt: #Name?
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud
            Mode of delivery: One-on-one
            Skilled Interventions: perturbations on the rocker board like the deck of his deadrise; tandem stance with head turns; reaching to the floor from the foam
            Impairments Addressed: L ankle proprioception after the sprain on the bulkhead; he rolls it stepping onto the gunwale
            Measurables: SLS L 8 sec (R 21 sec); 6 of 10 perturbations without a step
            97112 Neuromuscular Re-ed — 23 min
            M. Quillen, PT
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // PSTG Onancock in April, two codes each with minutes (97112 22, 97140 13); one-on-one; sensorimotor retraining for lumbar motor control with a timed hold; lumbar PA mobilisation and soft-tissue work with a flexion measure: passes.
        ["vord-h143-pstg-april-nmr-and-manual-lumbar"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud
            Mode of delivery: One-on-one
            97112 Neuromuscular Re-ed — 22 min: transversus abdominis and multifidus recruitment with the pressure biofeedback cuff, progressed to quadruped and bird dog on the foam. Target: lumbar motor control — delayed deep trunk recruitment when he lifts crab pots. Biofeedback hold at 40 mmHg for 10 sec x 8 (4 at eval).
            97140 Manual Therapy — 13 min: central PA mobilization L3-5 grade III; soft-tissue mobilization to the lumbar paraspinals. Target: lumbar stiffness. Flexion fingertip-to-floor 18 cm (31 before).
            Desmond Kellam, PT, DPT
            """,
            ["M54.50", "M62.81"], [PT("97112", 22), PT("97140", 13)], []),

        // PSTG Chincoteague 97116 for a pony-penning volunteer: cane to no device on the marsh trail and the boardwalk, with distance and assistance; R hip weakness after a hip replacement; 20 min matches: passes.
        ["vord-h143-pstg-97116-marsh-trail"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud
            Skilled Interventions: gait training from the cane to no device on the boardwalk and the packed-sand marsh trail; cues for R hip extension and an even step
            Impairments Addressed: R hip abductor and extensor weakness after the R THA; he wants to walk the pony-penning route in July
            Measurables: 800 ft without a device, supervision; sand trail 200 ft with stand-by assist
            97116 Gait Training — 20 min
            Jolie Tawes, PTA
            """,
            ["Z96.641"], [PTA("97116", 20)], []),

        // PSTG Pocomoke City OT 97530: picking crab meat at the table standing, lifting the tray, sorting containers; R hand coordination and standing tolerance after a stroke; counts and times; 22 min matches: passes.
        ["vord-h143-pstg-ot-97530-crab-picking-table"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · OT
            Skilled Interventions: standing at the table to pick practice crab shells with the R hand; lifting the tray from the counter to the shelf; sorting lids onto the containers
            Impairments Addressed: R hand coordination and standing tolerance after the L stroke; she wants her seat back at the crab house
            Measurables: stood at the table through the whole picking task with no lean; 18 lids matched in 90 sec (150 sec last week); tray lifted 6 times with stand-by assist
            97530 Therapeutic Activities — 22 min
            Beatrix Crockett, OTR/L
            """,
            ["I69.351"], [OT("97530", 22)], []),

        // PSTG Onancock, TidePoint's minute box on the code's line ("97112 Neuromuscular Re-ed — Minutes (auto-calc): 24"); one-on-one; PNF chops and lifts in half kneeling, foam weight shifts; L hemiparesis; Berg and half-kneel seconds; 24 min matches: passes.
        ["vord-h143-pstg-auto-calc-minute-box"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud
            Mode of delivery: One-on-one
            Skilled Interventions: PNF chops and lifts in half kneeling; weight shifts on foam with reaching across midline; stepping over the cord with the L leading
            Impairments Addressed: L hemiparesis, slow L stepping and poor trunk control
            Measurables: Berg 43/56; half-kneel hold 25 sec
            97112 Neuromuscular Re-ed — Minutes (auto-calc): 24
            Desmond Kellam, PT, DPT
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // PSTG Chincoteague PTA 97110 with weights of things (a 25 lb bag of chicken feed, a 5 lb dumbbell): deadlifts with the feed bag, rows, sit-to-stands with doses; back and hip weakness; 18 min matches: passes.
        ["vord-h143-pstg-pta-97110-feed-bag"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud
            Skilled Interventions: hip-hinge deadlift with a 25 lb bag of chicken feed 3x8; bent-over rows with the 5 lb dumbbell 3x12; sit-to-stand from the low bench 3x10
            Impairments Addressed: lumbar extensor and hip weakness; she strains her back lifting the feed bags in her backyard coop
            97110 Ther Ex — 18 min
            Jolie Tawes, PTA
            """,
            ["M54.50"], [PTA("97110", 18)], []),

        // PSTG Pocomoke City with an age, a year and a count of crab pots in it (a 68-year-old who fished 300 pots until 2024); one-on-one; perturbations, tandem on foam, step-downs; neuropathic proprioceptive loss; Berg and tandem seconds; 24 min matches: passes.
        ["vord-h143-pstg-age-year-and-crab-pots"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud
            S: 68-year-old retired waterman, fished 300 pots until 2024; wants to go back out with his grandson.
            Mode of delivery: One-on-one
            Skilled Interventions: perturbations at the hips on foam; tandem stance on foam with head turns; step-downs from the 6 in. step onto foam
            Impairments Addressed: proprioceptive loss both feet with the neuropathy; can't tell where the deck is under his boots
            Measurables: Berg 47/56; tandem on foam 10 sec
            97112 Neuromuscular Re-ed — 24 min
            M. Quillen, PT
            """,
            ["E11.42"], [PT("97112", 24)], []),

        // PSTG Onancock in April, a clean TidePoint note; "1:1 toggle: ON"; dual-task walking, head-turn walking on the uneven lawn, reactive stepping; a retired Wallops range technician's post-concussion dual-task deficit; FGA and dual-task TUG; 23 min matches: passes.
        ["vord-h143-pstg-april-dual-task-wallops"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud
            1:1 toggle: ON
            Skilled Interventions: dual-task walking reciting launch-countdown checklists; head-turn walking on the uneven lawn; reactive stepping to pushes
            Impairments Addressed: dual-task and postural control deficit after the concussion; the retired Wallops range tech slows and drifts when he talks while walking
            Measurables: FGA 24/30; TUG 10.1 sec single task, 13.4 sec with counting
            97112 Neuromuscular Re-ed — 23 min
            Desmond Kellam, PT, DPT
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // PSTG Chincoteague three codes each with its minutes (97112 23, 97110 15, 97116 15); one-on-one for the NMR; foam and perturbations for L ankle proprioception with SLS; ther ex with doses for calf weakness; gait on the boardwalk with distance and assistance: passes.
        ["vord-h143-pstg-three-codes-boardwalk"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud
            Mode of delivery: One-on-one for the neuro re-ed
            97112 Neuromuscular Re-ed — 23 min: perturbations on foam; rocker board eyes closed; hops to stick. L ankle proprioception after the fracture. SLS L 12 sec.
            97110 Ther Ex — 15 min: heel raises 3x15; resisted eversion with the green band 3x15; lunges 3x8. L calf and peroneal weakness.
            97116 Gait Training — 15 min: boardwalk and sand path with no device, cues for L push-off; limps on the L. 900 ft, modified independent.
            Jolie Tawes, PTA
            """,
            ["S82.62XD"], [PTA("97112", 23), PTA("97110", 15), PTA("97116", 15)], []),

        // PSTG Pocomoke City 97140 alone: cervical lateral glides, upper-thoracic PA mobilisation and suboccipital release for neck stiffness in a poultry grower; rotation degrees; 14 min matches: passes.
        ["vord-h143-pstg-97140-cervical-poultry-grower"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud
            Skilled Interventions: cervical lateral glides C4-6 grade III; upper thoracic PA mobilization T1-4; suboccipital release
            Impairments Addressed: cervical stiffness and R neck pain, can't look up at the poultry-house fans
            Measurables: cervical extension 38° (26° before); R rotation 62°
            97140 Manual Therapy — 14 min
            M. Quillen, PT
            """,
            ["M54.2"], [PT("97140", 14)], []),

        // ORPT Waukon complete note whose diagnosis came across as the old ICD-9 code "781.2" only: not an ICD-10-CM code — diagnosis missing; the note itself is complete (one-on-one, stepping strategies and perturbations for Parkinson's postural instability with a pull test and Berg; 23 min matches).
        ["vord-h143-orpt-icd9-diagnosis-carried-over"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            Delivery: one-on-one
            Interventions: stepping strategies backward and sideways; perturbations at the shoulders; turning in a box on the floor
            Clinical Findings: postural instability and retropulsion with Parkinson's disease
            Objective Measures: pull test 3 steps; Berg 44/56
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            O. Reyes, PT
            """,
            ["781.2"], [PT("97112", 23)], [Dx]),

        // PSTG Onancock complete note whose only diagnosis cell reads "[field not mapped]": diagnosis missing; the note is complete (one-on-one, foam and gaze work for vestibular hypofunction with DGI; 22 min matches).
        ["vord-h143-pstg-diagnosis-not-mapped"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud
            1:1 toggle: ON
            Skilled Interventions: gaze stabilization on foam; walking with head turns; turning to targets
            Impairments Addressed: L vestibular hypofunction, dizzy turning to check the trotline
            Measurables: DGI 18/24; DVA loss 3 lines
            97112 Neuromuscular Re-ed — 22 min
            Desmond Kellam, PT, DPT
            """,
            ["[field not mapped]"], [PT("97112", 22)], [Dx]),

        // SCVH Del Norte complete note with no diagnosis on the visit: diagnosis missing; the note is complete (one-on-one, PNF and perturbations for hip and trunk motor control with Berg; 23 min matches).
        ["vord-h143-scvh-no-diagnosis"] = new(
            """
            Sangre de Cristo Valley Hospital — Del Norte · Aspenline Clinical
            Supervision/Delivery: one-on-one
            Intervention: PNF pelvic patterns in standing; perturbations at the pelvis; stepping over the cone row
            Target impairment: hip and trunk motor control after the L stroke, R hip drops in stance
            Outcome: Berg 46/56
            Timed Codes: 97112 Neuromuscular re-education — 23 min
            G. Trujillo, PT
            """,
            [], [PT("97112", 23)], [Dx]),

        // ORPT Cresco PTA two codes with Prairielight's grid showing units only ("2 units", "1 unit") and no minutes anywhere: separate time missing; both sections complete (one-on-one, foam and perturbations for sensory loss with mCTSIB; step-ups and bridges with doses for hip weakness).
        ["vord-h143-orpt-pta-grid-units-only"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note
            Delivery: one-on-one for the neuro re-ed
            NMR: foam stance eyes closed, perturbations at the hips, tandem along the wall — sensory loss both feet. mCTSIB foam eyes closed 10 sec.
            Ther ex: step-ups 3x10, bridges 3x12, side-lying hip abduction 3x12 — bilateral hip weakness.
            Billing Grid:  97112 | Neuromuscular re-education | 2 units
                           97110 | Therapeutic exercise | 1 unit
            K. Tjernagel, PTA
            """,
            ["G62.9", "M62.81"], [PTA("97112", 24), PTA("97110", 15)], [SepTime]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
