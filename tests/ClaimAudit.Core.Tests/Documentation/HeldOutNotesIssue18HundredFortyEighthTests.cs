using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-forty-eighth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have). The
/// engine's output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-first session, blind after the hundred-and-forty-fifth to
/// hundred-and-forty-seventh sets) is the following week of the clinics of those three sets, each clinic in its own
/// style and on its own templates: the goal-by-goal clinics the week after theirs (14 – 17 December 2026), the migrated
/// clinics a week on (4 – 7 May 2026), the city hospital gym's clinicians on the next Monday (16 March 2026, with the
/// per-diem's late entries for Saturday the 14th), the four far-apart practices the week after their Wednesday (10 – 13
/// March 2026), and the minimal, dense and padded writers the week after theirs — the same writers, new patients and
/// returning ones, new wording. No style is new. About two thirds are ordinary and complete (78 of 119), single- and
/// multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and an OT's code on one visit),
/// by PTs, PTAs and OTs, from these employers:
/// <list type="number">
/// <item>the goal-by-goal clinics of the hundred-and-forty-fifth set: Malheur Bend Orthopaedic Outcomes Group (MBOG:
/// Ontario, Nyssa and Vale, Oregon; "PRIMARY OUTCOME:", "STG/LTG … — PROGRESSING", "→ 97110 · 16 min · …" and "▸
/// measured by:"): Rosalind Quenneville, Ignacio Barragán and Kenzie Pfleger (PTA); Blackberry Creek Hospital's
/// Neurologic Therapy Clinic (BCH: Matewan, Kermit and Delbarton; "Goal #1 — …", "Treated with: 97112 (23 min) — …",
/// "How we know:" and the "☒ 1:1 ☐ concurrent ☐ group" row): Ophelia Stanbury, Lyle Maynard, Jodi Spurlock (PTA) and
/// Annaliese Varney (OTR/L); Logan Creek Physical Therapy (LCPT: Wisner, West Point and Pender; the "NNVC GOAL
/// TRACKER" with "Codes/min: 97112 = 21" and "Progress measure:"): Corisande Feeken, Arlo Wiechmann, Tressa Uhing (PTA)
/// and Mirela Hrabik (OTR/L);</item>
/// <item>the migrated clinics: Oneota River Physical Therapy (ORPT: Decorah, Waukon and Cresco; Prairielight's
/// "Delivery:", "1:1 (Y/N):", "Clinical Findings:", "Objective Measures:", the "Billing Grid" with its default 15 and
/// "Next appt: #Name?"): Hallie Bjornstad, Osvaldo Reyes and Kirsten Tjernagel (PTA); Sangre de Cristo Valley Hospital
/// (SCVH: Monte Vista, Del Norte and South Fork; Aspenline's "Supervision/Delivery:", "Target impairment:", "Outcome:
/// (not entered)", "Timed Codes:" and order sets): Teodora Ulibarri, Gideon Trujillo, Lupita Atencio (PTA) and Renae
/// Holcomb (OTR/L); Pocomoke Sound Therapy Group (PSTG: Pocomoke City, Onancock and Chincoteague; TidePoint's "Mode of
/// delivery: … ▾", "☒ 1:1 ☐ Group ☐ Co-treat", "Skilled Interventions:", "Measurables:" and "Minutes (auto-calc):"):
/// Marisol Quillen, Desmond Kellam, Jolie Tawes (PTA) and Beatrix Crockett (OTR/L);</item>
/// <item>the city hospital gym and its neighbours: St. Casimir Lakeshore Hospital's Pavilion B (SCLH): Dee Wachowski
/// ("1:1 thruout", "c̄", "↓ proprioc."), Nathaniel Osei-Bonsu (first-person sentences), Marisol Ocampo (PTA), Anjali
/// Subramaniam (clock ranges) and the float Helga Lindqvist ("☑ Pt treated 1:1 for timed codes", "Timed code minutes:");
/// Lakeshore Motion PT (LMPT: "Code: 97112 | Min: 22 | Attendance: (x) 1:1 …", "Tx:", "Why:", "#s:"): Rosa
/// Delgado-Finn, the resident Kelsey Drummond and TJ Kowalczyk (PTA); NorthPier Per Diem (NPD): Bogdan Petrescu's
/// Monday late entries;</item>
/// <item>the four practices of the hundred-and-forty-sixth set: Petit Caillou Physical Therapy (PCPT: Houma and
/// Thibodaux; "Code 97112 Neuro re-ed ........ 24 min", "Attendance: [X] one-on-one …", "Did:", "For:", "Numbers:"):
/// Cleo Robichaux, Jules Guidry (PTA, "cher", "mais", "ça c'est bon") and Annette Breaux; Harbor Light Physical Therapy
/// (HLPT: Stonington, Blue Hill and Ellsworth; S:/O: notes, "Billed: 97112 (22 min)", "☒ 1:1 ☐ group"): Peg Sargent,
/// Caleb Eaton (PTA) and Hollis Grindle (fragments and clock ranges); Lakeside Macomb Hospital (LMH: Sterling Heights,
/// Warren and Roseville; "Timed Procedures", "97112 Neuromuscular Re-ed: 24 Minutes", "***" and "{LMH DELIVERY
/// TYPE:30451}"): Keisha Whitfield, Dariusz Nowicki, LaToya Grant (PTA) and Renee Kaminski (OTR/L); Little Colorado
/// River Therapy (LCRT: Winslow and Holbrook; "Svc: NMR 97112 | Time: 23 minutes | 1:1: Y", "Activity:", "Problem:",
/// "Measure:"): Loretta Begay, Wendell Yazzie (PTA) and Emily Hartman;</item>
/// <item>the three employers of the hundred-and-forty-seventh set: JointWorks (JWO: Warsaw, Goshen, Elkhart and
/// Plymouth; the QuickNote's "97112 ▸ 22m", "1:1 ▸ Y", "Tx ▸", "Area ▸", "# ▸" and the chain's "StableStart" levels):
/// Kyle Amstutz, Devin Yoder, Jenna Hochstetler (PTA) and Marisa Beer (PTA); Rawhide Physical Therapy (RPT: Merle
/// Vankirk's one dense line a visit, Lusk, Wyoming); Sheboygan Harbor Medical Center's neuro clinic (SHMC: the "ALL
/// SECTIONS REQUIRED" template with "CHARGES / TIMED SERVICES", "DELIVERY MODE" typed or as a row, impairment boxes and
/// "ATTESTATION"): Annika Vandervelde, Luis Ochoa-Brandt, Kayla Nienhuis (PTA) and Renee Wolfgram (OTR/L).</item>
/// </list>
/// This week's people: a tug captain on the wheelhouse ladder, a push-boat deckhand on the Intracoastal, a woman who
/// fishes off the Cocodrie wharf, a crawfish farmer in white boots, a parade-goer reaching for beads, a lobsterman back
/// hauling, a clam digger on the flats, a wreath maker, a sternman, a Tigers fan headed for Opening Day, a retired
/// tool-and-die maker, a rec-league hockey player, a kachina carver, a BNSF conductor, a La Posada housekeeper, a weaver
/// at her loom, an Amish buggy driver, a band-instrument plant buffer, an RV-line roofer, a brand inspector, a school
/// cook, a heifer in the calving pen, a cheese-plant worker, a charter-boat regular, a golf-course groundskeeper, a Kohler
/// potter with Parkinson's, a feedlot pen rider, a potato-cellar worker, a wrestling coach, a choir director at the
/// Christmas cantata, a Hatfield-McCoy trail guide, a grandmother canning beans, a livestock auctioneer, a
/// grain-elevator operator, a hog-barn hand, a trout angler on the Upper Iowa, a morel hunter, a Seed Savers
/// volunteer, a Luther professor, a potato grower at planting, a raft guide, a Wolf Creek Pass plow driver, a Wallops
/// technician, a broiler-house grower, a pierogi-counter worker, a goalie and a parish-hall dishwasher — with a son in
/// the truck, a sternman who drove, a daughter-in-law interpreting in Arabic, a wife in the pickup, a husband by the
/// mirror, a mom in the lobby, wives in the room and in the hall, and a nephew who drives her in.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads each clinic's template as its writers
/// fill it: a blank, "____", "__ s", "***", "—", "(not entered)", an unanswered pick-list and an unmarked row state
/// nothing; a ticked box, a chosen pick-list or a field left at a default that says something ("1:1 (Y/N): N") says
/// what it says; "see IE", "see plan of care", "as prev." and "per POC" name nothing; a branded level, an order set or
/// a clinician's private name for a routine never stands for a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h148-…): one-on-one in these writers' own words ("Me an' Mr. Theriot alone on the mat the whole
/// neuro re-ed, cher — his boy waited in the truck", "Just Peg and Amos for the whole balance block; his sternman drove
/// him over", "individual for every timed minute — his daughter-in-law interpreted in Arabic", "nobody but me &amp; Hank
/// in the place", "one-on-one, her husband sat by the mirror" on a clock-range line), notes that negate it (a PTA who
/// "worked Mr. Hatfield and Mrs. Runyon side by side on the foam, going back and forth", "1:1 ▸ N — had the next pt at
/// the bars, took turns", "DELIVERY MODE: two patients with this PTA during the timed minutes") or never state it (a
/// Svc row printed without its 1:1 field, a late entry with no delivery word), and the codes without a one-on-one check:
/// a PTA's 97110 beside Mr. Sobieski on the next table and an OT's 97530 with two patients at the kitchen counter;</item>
/// <item>class 2 (v2-h148-…): "Attendance: [ ] one-on-one [ ] concurrent [ ] group" unmarked, "☒ 1:1 ☐ group" ticked,
/// "{LMH DELIVERY TYPE:30451}" unanswered beside "Impairments: ***", "1:1 (Y/N): N" left at its default under a blank
/// "Delivery:", "Mode of delivery: One-on-one ▾" chosen, "Area ▸ —" on a 97112, an SHMC impairment row with one box
/// ticked and its detail typed, Merle's "tandem R in front __ s / L in front __ s", "Progress measure: ______", and an
/// Aspenline 97116 with "Outcome: (not entered)";</item>
/// <item>class 3 (v3-h148-…): named programmes and methods as techniques (reactive balance training by lean-and-release,
/// strain-counterstrain with Maitland grade IV oscillations, Postural Restoration left-AIC exercises, Butler
/// neurodynamic sliders and tensioners, Rood facilitation with approximation, optokinetic habituation, split-belt
/// treadmill training, Feldenkrais Awareness Through Movement), the chain's "StableStart Level 3", an Aspenline "FALLS
/// PREVENTION ORDER SET — STEP 2" and Merle's "calving-season program" as the only technique, Feldenkrais with no
/// number, and a Copenhagen adductor programme "per the handout" with no dose;</item>
/// <item>class 4 (v4-h148-…): deficits stated as findings in these writers' terms (a knee that gives way stepping
/// backward down the wheelhouse ladder, a clam digger who tips over backward when his boots sink, a conductor who
/// can't trust his leg on the cab ladder, a choir director who grabs the music stand turning to the altos, a numb sole
/// that can't feel the wet floor at the cheese plant, a shoulder that can't hold the tuba bell up at the buffing wheel)
/// and notes that state none ("Clinical Findings: unchanged — see plan of care", "Imp: as prev.", "Why: see
/// IE");</item>
/// <item>class 5 (v5-h148-…): measures in every usual form (Tinetti POMA with TUG-cognitive, the Fullerton Advanced
/// Balance scale, a sensory organisation test composite with its conditions, Y-balance reach and composite, monofilament
/// sites, mCTSIB in four conditions in a dense line) and notes with none ("Says steadier on the ramp. Not tested
/// today.", "Objective Measures: deferred — patient arrived late from the milking", a 97116 "steadier on the stairs by
/// the end", an OT's 97530 that "did well");</item>
/// <item>class 6 (v6-h148-…): minutes in these templates' forms (dotted leaders for two codes, a clock range on the
/// code's own line, three "Timed Procedures", two Svc rows, a PT's and an OT's goal, "Codes/min: 97112 = 21, 97116 =
/// 14", a two-code "CHARGES / TIMED SERVICES" line, an Aspenline list with a PT's and an OT's code, a single code billed
/// with no minutes) and true mismatches (the grid's default 15 on a 26-minute line, QuickNote minutes swapped between
/// two codes, a clock range of thirty-five minutes on a 22-minute line, "(CPT 97112): 34 minutes." on 22, "Min: 30" on
/// 18) and truly missing separate time ("Minutes (auto-calc): 38" for two codes, a late entry's "Total timed: 36 min",
/// "97140 Manual Therapy: *** Minutes");</item>
/// <item>class 7 (v7-h148-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty two-code visit, a note of tabs and line breaks on a PTA's 97140, an empty OT 97530 with no
/// diagnosis), the contract's meanings for 97110 (a sternman's rows and farmer's holds), 97530 (an ice chest of
/// crawfish lifted to the tailgate), 97140 (hip distraction and capsule glides) and 97116 (walker to quad cane on a dirt
/// path and porch steps), and wholly generic notes: an LMH 97112 of "neuro re-ed per POC" over "***" fields, a
/// two-code QuickNote of "per POC, tol tx well", and a TidePoint OT note of "therapeutic activities as
/// tolerated";</item>
/// <item>ordinary (vord-h148-…): complete notes of this week from every clinic that a reviewer passes (the
/// false-positive guard), and the ordinary weak ones: a complete note with no diagnosis, a claim whose diagnosis is the
/// words "per PCP", and a PTA's dotted-leader minutes carried from a longer visit.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — sons, wives, a husband, a mom, a
/// nephew, a sternman who drove, an interpreter (none of them a patient; Mrs. Runyon on the foam, the next pt at the
/// bars, Mr. Gruenke on the parallel bars, Mr. Sobieski on the next table and Mr. Lujan at the kitchen counter are),
/// dates of service, evaluations and late entries, visit numbers of an episode, years on the boats, times of day, box
/// and step heights in inches, loads in pounds, band colours, degrees, centimetres of reach, seconds, counts of
/// perturbations, steps, jars, cans, dishes, pans, rungs and trips, gait speeds and belt speeds in metres per second,
/// feet walked, stairs, monofilament sites and percentages — and each is written so that a reviewer cannot take it for
/// a billed code's minutes; a code's minutes are written next to the code ("Code 97112 Neuro re-ed ........ 22 min",
/// "Billed: 97112 (23 min)", "97112 Neuromuscular Re-ed: 24 Minutes", "Svc: NMR 97112 | Time: 22 minutes", "97112 ▸
/// 22m", "97112 22 min", "→ 97112 · 21 min", "Treated with: 97112 (23 min)", "Codes/min: 97112 = 22", "Billing Grid:
/// 97112 | … | 22 min", "Timed Codes: 97112 … — 23 min", "97112 … — 22 min", "NMR (97112) — 23 min", "Code: 97112 |
/// Min: 22", "97112 x 22 min", "Timed code minutes: 97116 = 17 / 97112 = 20"), in its block's heading, or as a clock
/// range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the two that fail
/// for a visit's total ("Minutes (auto-calc): 38", "Total timed: 36 min"); notes failed for want of a measure carry no
/// number but their code and its minutes (and "1:1" where the writer always writes it). DOC_GENERIC_ONLY is expected
/// only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on an
/// objective measure with a number and fails it only when the note has no number but its code and its minutes; for the
/// other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on
/// the billed minutes: a family member, caregiver, interpreter or staff member in the room does not undo a one-on-one
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
/// This set also leaves out what this week's clinics could honestly be read either way on: a count of rounds of a
/// clinician's own unnamed routine as a 97110's only dose, a total written straight after the last of two codes
/// ("97110 — total timed 36"), a test whose name carries a time ("six-minute walk") as a note's only number, a
/// manual-therapy line whose only region is inside the technique's name ("L4-5 PA glides") as its deficit, a goal
/// block's target as today's result, and a Svc row's "1:1: Y" beside words that put a second patient in the block.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 113 of 119 cases agree (117 needed), and 3 of the 78 notes the reviewer passes got a finding, on the analyzer of af114a4 (the 2026-12-07 twenty-first session after the hundred-and-forty-first to hundred-and-forty-seventh sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (5565a36, the session's final code): 117 of 119, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFortyEighthTests(ITestOutputHelper output)
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

        // PCPT Houma, Jules (PTA): "[X] one-on-one" and "me an' Mr. Theriot alone on the mat, cher — his boy waited in the truck"; perturbations on the foam, stepping onto the rocking platform, tandem with head turns; late ankle strategy on the tugboat deck; Berg and perturbation count; 22 min matches: passes.
        ["v1-h148-pc-jules-alone-on-the-mat"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/11/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Me an' Mr. Theriot alone on the mat the whole neuro re-ed, cher — his boy waited in the truck.
            Did: perturbations at the hips standing on the foam, stepping on and off the rocker platform, tandem walking with head turns
            For: late ankle strategy and a grab for the rail when the tug's deck rolls; thirty years running push boats on the Intracoastal
            Numbers: Berg 47/56; caught 8 of 10 perturbations without a step
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // HLPT Stonington, Peg: "Just Peg and Amos for the whole balance block; his sternman drove him over the bridge and waited"; X2 viewing, walking the hall with head pitches, foam stance on a tilting board; R vestibular loss; DGI and DVA; Billed 23 matches: passes.
        ["v1-h148-hl-peg-sternman-drove-him"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT · 3/11/2026
            S: Hauled traps Saturday for the first time since January, stayed on his feet.
            O: Just Peg and Amos for the whole balance block; his sternman drove him over the bridge and waited in the lot.
            X2 viewing standing, walking the hall with head pitches up and down, foam stance on the tilt board with eyes closed.
            R vestibular hypofunction; the horizon swims when he turns his head hauling over the rail.
            DGI 20/24; DVA 2 lines lost (4 at eval).
            Billed: 97112 (23 min)
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // LMH Warren, Keisha: "Delivery: individual for every timed minute — his daughter-in-law interpreted in Arabic"; split-stance perturbations, dual-task walking counting backward, retro walking; postural instability with PD; Mini-BESTest and pull test; 24 Minutes matches: passes.
        ["v1-h148-lmh-interpreter-in-arabic"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 24 Minutes
              Delivery: individual for every timed minute — his daughter-in-law interpreted in Arabic from the chair by the window
              Interventions: perturbations in split stance, walking while counting backward by threes, retro walking along the mat table with a quick stop
              Impairments: postural instability and freezing at doorways with Parkinson's disease
              Objective: Mini-BESTest 19/28; pull test 1 step
            Goals: ***
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // RPT Lusk, Merle's dense line: "nobody but me & Hank in the place, his wife waited in the pickup"; rocker board, stepping over a row of fence posts laid on the floor, nudges; L ankle proprioception after a calving-pen kick; SLS and Berg; 22 min matches: passes.
        ["v1-h148-rpt-nobody-but-me-and-hank"] = new(
            """
            Rawhide PT — M. Vankirk PT: Hank Pfister, 97112 22 min; nobody but me & Hank in the place, his wife waited in the pickup; rocker board eyes shut, stepping over a row of fence posts laid on the floor, nudges at the hips in tandem; L ankle proprioception shot since a heifer kicked him in the calving pen, turns it in the lot at night; SLS L 7 s, Berg 49/56.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // BCH Delbarton, Jodi (PTA): "Attendance: worked Mr. Hatfield and Mrs. Runyon side by side on the foam, going back and forth" — a second patient in the block: one-on-one missing; foam stance, tandem, perturbations; L ankle proprioception; SLS and FGA present; minutes 21 match.
        ["v1-h148-bch-jodi-back-and-forth"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Roscoe Hatfield · 12/15/2026 · J. Spurlock, PTA
            Goal #1 — walk the hillside to his mother's grave at the family cemetery without a fall
               Status: progressing
               Treated with: 97112 (21 min) — foam stance with head turns, tandem along the wall, perturbations at the shoulders
               Impairment: L ankle proprioception and a slow stepping reaction after the ankle fracture
               How we know: SLS L 8 sec on the firm floor; FGA 19/30
            Attendance: worked Mr. Hatfield and Mrs. Runyon side by side on the foam, going back and forth between them.
            """,
            ["S82.892D", "R26.81"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // JWO Plymouth, Marisa (PTA): "1:1 ▸ N — had the next pt at the bars, took turns" — one-on-one negated; rocker and foam catches; R knee proprioception; SLS present; 20m matches.
        ["v1-h148-jwo-marisa-took-turns-at-the-bars"] = new(
            """
            JointWorks QuickNote · Plymouth · M. Beer PTA
            97112 ▸ 20m
            1:1 ▸ N — had the next pt at the bars, took turns
            Tx ▸ rocker board A/P, ball catches standing on foam, lateral step-and-hold
            Area ▸ R knee proprioception ↓ after the ACL graft, buckles cutting on the court
            # ▸ SLS R on foam 11 s
            """,
            ["Z98.890", "S83.511D"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // SHMC 2 North, Kayla (PTA): "DELIVERY MODE: two patients with this PTA during the timed minutes (Mr. Gruenke on the parallel bars)" — another patient in the block: one-on-one missing; weight shifts, step-ups onto foam, reactive steps; R hemiparesis; Berg present; 22 min matches.
        ["v1-h148-shmc-kayla-two-patients-in-the-block"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   ALLERGIES: reviewed, no changes.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped after use.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 22 min
            DELIVERY MODE: two patients with this PTA during the timed minutes (Mr. Gruenke on the parallel bars, this patient at the mat).
            INTERVENTIONS: weight shifts onto the R with tapping at the glute, step-ups onto the foam with the R leading, reactive steps to light pushes.
            IMPAIRMENTS ADDRESSED: R hemiparesis with poor R stance control.
            OUTCOME MEASURES: Berg 40/56.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, K. Nienhuis, PTA.
            """,
            ["I69.351"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // LCRT Holbrook, Wendell (PTA), row printed without its "1:1:" field and no word on delivery anywhere: one-on-one unstated; weight shifts, foam, stepping over the hose; balance after a stroke; Berg present; 21 minutes match.
        ["v1-h148-lcrt-wendell-row-without-delivery"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: NMR 97112 | Time: 21 minutes
            Activity: weight shifts onto the L on the foam, stepping over a garden hose laid across the gym, reaching to the side for cones
            Problem: L-sided weakness and poor motor recruitment after the R CVA; she hauls water to her goats
            Measure: Berg 42/56
            W. Yazzie, PTA
            """,
            ["I69.354"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // NPD late entry for a Saturday visit with no delivery word at all: one-on-one unstated; perturbations, foam with head turns, hurdles; proprioception; Berg present; 22 min matches.
        ["v1-h148-npd-late-entry-no-delivery-word"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Mon 03/16/2026 09:40 for Sat 03/14/2026
            97112 x 22 min
            NMR: perturbations at the shoulders in tandem, foam stance with head turns, stepping over the hurdles and stopping on cue.
            Deficits: ↓ proprioception both feet with diabetic neuropathy; he wobbles on the wet floor of the dish room at the parish hall.
            Result: Berg 45/56.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // LMH Roseville, LaToya (PTA) 97110 "with Mr. Sobieski on the next table doing his own program" — 97110 has no one-on-one check; bridges, step-ups, leg press with doses; L hip weakness; 16 Minutes matches: passes.
        ["v1-h148-lmh-pta-97110-next-table"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — LaToya Grant, PTA
            Timed Procedures
              97110 Therapeutic Exercise: 16 Minutes
              Delivery: Mr. Sobieski on the next table doing his own program while I worked with her
              Interventions: bridges 3x12, lateral step-ups to a 6 in step 3x10, leg press 70 lb 3x12
              Impairments: L hip abductor and quad weakness after the L THA; can't step up into the SMART bus
            """,
            ["Z96.642", "Z47.1"], [PTA("97110", 16)], []),

        // SCVH Monte Vista OT 97530 with a second patient at the kitchen counter — 97530 has no one-on-one check; making tortillas at the counter, reaching to the top cupboard, carrying the comal to the stove with counts and assist; R shoulder weakness; 18 min matches: passes.
        ["v1-h148-scvh-ot-97530-kitchen-pair"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline Clinical · Therapy Flowsheet · 05/06/2026 · OT
            Supervision/Delivery: Mrs. Valdez and Mr. Lujan at the kitchen counter together
            Intervention: rolling and pressing tortillas at the counter, reaching plates to the top cupboard, carrying the cast-iron comal from the counter to the stove
            Target impairment: R shoulder flexion and grip weakness after the rotator-cuff repair
            Outcome: a dozen tortillas pressed standing; 8 plates to the top shelf with supervision; comal carried 4 times, stand-by assist
            Timed Codes: 97530 Therapeutic activities — 18 min
            R. Holcomb, OTR/L
            """,
            ["M75.121", "Z98.890"], [OT("97530", 18)], []),

        // SCLH Anjali: clock range on the code's own line "97112 2:05–2:29 pm" (24), "one-on-one, her husband sat by the mirror"; lean-to-step drills, foam stance with head turns, tandem on the beam; cerebellar ataxia; SARA and Berg; passes.
        ["v1-h148-sclh-anjali-clock-range-husband-by-the-mirror"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B neuro clinic — A. Subramaniam, PT, DPT, NCS — Mon 03/16/2026
            97112 NMR 2:05–2:29 pm — one-on-one, her husband sat by the mirror.
            Tx: lean-and-step drills in four directions, foam stance with slow head turns, tandem along the beam with a light touch at the wall.
            Imp: truncal and gait ataxia after the cerebellar stroke; she weaves on the crowded Red Line platform.
            Obj: SARA 11/40; Berg 43/56.
            """,
            ["I69.393", "R27.0"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // PCPT Thibodaux, Annette: "Attendance: [ ] one-on-one [ ] concurrent [ ] group" with nothing marked and no other word on delivery: one-on-one missing; half-kneel rhythmic stabilization, foam step-outs, perturbations; trunk control; FGA present; 23 min matches.
        ["v2-h148-pc-attendance-row-unmarked"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 03/12/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [ ] one-on-one [ ] concurrent [ ] group
            Did: rhythmic stabilization in half-kneel, step-outs onto the foam to a ball toss, perturbations at the pelvis in tandem
            For: trunk and hip motor control, she sways and reaches for the counter at the boudin shop
            Numbers: FGA 20/30
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // HLPT Blue Hill, Caleb (PTA): "☒ 1:1 ☐ group" ticked; BAPS, foam tandem, step-and-stick; L ankle proprioception on the icy dooryard; SLS and BAPS seconds; Billed 21 matches: passes.
        ["v2-h148-hl-caleb-box-ticked"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA · 3/10/2026
            ☒ 1:1 ☐ group
            S: Split his kindling on the porch instead of the chopping block, less ice to stand on.
            O: BAPS level 3 clockwise and back, tandem on the foam beam, step-and-stick onto the Airex.
            L ankle proprioception poor after the fall on the ice in the dooryard.
            SLS L 9 sec; BAPS level 3 for 30 sec without a hand down.
            Billed: 97112 (21 min)
            """,
            ["S93.402D"], [PTA("97112", 21)], []),

        // LMH Sterling Heights, Dariusz: "{LMH DELIVERY TYPE:30451}" unanswered and "Impairments: ***" with no deficit anywhere: one-on-one and deficit missing; tandem on foam, perturbations at the pelvis, step-and-stick; Berg present; 22 Minutes match.
        ["v2-h148-lmh-picklist-and-impairments-unfilled"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97112 Neuromuscular Re-ed: 22 Minutes
              Delivery: {LMH DELIVERY TYPE:30451}
              Interventions: tandem stance on the foam, perturbations at the pelvis, step-and-stick onto the Airex to each side
              Impairments: ***
              Objective: Berg 44/56
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112"), At(Deficit, "97112")]),

        // ORPT Cresco, Kirsten (PTA): Prairielight's "1:1 (Y/N): N" left at its default and "Delivery:" blank: the field says N — one-on-one missing; rocker, foam and reactive steps; R foot sensory loss; Berg present; grid 20 matches.
        ["v2-h148-orpt-yn-left-at-n"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 05/05/2026
            Delivery:
            1:1 (Y/N): N
            Interventions: rocker board M/L eyes closed; foam tandem with head turns; reactive steps to pushes at the shoulders
            Clinical Findings: R foot numbness and poor proprioception after the L5 radiculopathy; stumbles in the morel woods on the hillside
            Objective Measures: Berg 48/56
            Billing Grid:  97112 | Neuromuscular re-education | 20 min
            Kirsten Tjernagel, PTA
            """,
            ["M54.17", "R20.2"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // PSTG Onancock, Desmond: "Mode of delivery: One-on-one ▾" chosen; perturbations on foam, clock stepping, head-turn walking; postural control after a fall from the chicken-house ladder; Berg and stepping count; 24 matches: passes.
        ["v2-h148-pstg-mode-chosen-one-on-one"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 05/06/2026
            Mode of delivery: One-on-one ▾
            Skilled Interventions: perturbations standing on foam, clock stepping to called numbers, walking the hall with head turns and quick stops
            Impairments Addressed: postural control and a slow stepping strategy after the fall off the ladder in the broiler house
            Measurables: Berg 45/56; 9 of 12 clock steps without a stagger
            97112 Neuromuscular re-education — 24 min
            D. Kellam, PT, DPT
            """,
            ["R26.81", "W11.XXXD"], [PT("97112", 24)], []),

        // JWO Elkhart, Devin: 97112 with "Area ▸ —" and nothing else naming an impairment or system: deficit missing; 1:1 ▸ Y, rocker, foam catches and perturbations; Berg present; 21m matches.
        ["v2-h148-jwo-area-dash-97112"] = new(
            """
            JointWorks QuickNote · Elkhart · D. Yoder PT
            97112 ▸ 21m
            1:1 ▸ Y
            Tx ▸ rocker board A/P eyes closed, ball catches on foam, perturbations in tandem
            Area ▸ —
            # ▸ Berg 50/56
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // SHMC 2 North, Luis: impairment row with one box ticked and its detail typed ("[X] Balance / postural control — detail: …"); individual; reactive stepping, foam; Berg and TUG; 23 min matches: passes.
        ["v2-h148-shmc-impairment-box-ticked-with-detail"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   PRECAUTIONS: standard.
            INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min
            DELIVERY MODE: [X] Individual [ ] Concurrent [ ] Group
            INTERVENTIONS: reactive stepping to pulls at the hips, foam stance with eyes closed, stepping over the cones at speed.
            IMPAIRMENTS ADDRESSED: [ ] Strength [X] Balance / postural control — detail: slow backward stepping reaction, loses balance reaching into the cheese vat at the plant [ ] Endurance
            OUTCOME MEASURES: Berg 47/56; TUG 10.9 sec.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, L. Ochoa-Brandt, PT.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // RPT Merle's line ending with tandem-stance blanks for each foot ("tandem R in front __ s / L in front __ s") and no other number but the code and its minutes: measure missing; one-on-one in his words; cone taps on foam, side-stepping along the counter, catches; vestibular and sensory loss.
        ["v2-h148-rpt-tandem-blanks"] = new(
            """
            Rawhide PT — M. Vankirk PT: Doreen Schaffer, 97112 24 min; her & me alone all of it, the cafe girls covered her shift; cone taps standing on the foam, side-stepping along the counter eyes shut, catching a beanbag off to each side; both feet numb from the neuropathy & she sways like a cottonwood when the lights go out at the cafe; tandem R in front __ s / L in front __ s.
            """,
            ["S93.401D"], [PT("97112", 24)], [At(Measure, "97112")]),

        // LCPT West Point, Arlo: "Progress measure: ______" on 97112, no other number but the code and its minutes: measure missing; one-on-one; foam, perturbations, turning; postural sway.
        ["v2-h148-lcpt-progress-measure-blank"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER
            Pt: Herb Dinklage · A. Wiechmann, PT
            Functional goal: climb the sale-barn bleachers to his seat without grabbing the man ahead of him [status: progressing]
              Codes/min: 97112 = 22
              Interventions: foam stance with perturbations at the shoulders, step-ups onto the foam with a turn, walking with head turns and stopping on cue
              Impairment: posterior sway and a slow stepping strategy after the fall in the yard
              Progress measure: ______
            One-on-one.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // SCVH Del Norte, Lupita (PTA): 97116 with "Outcome: (not entered)" and no distance or assistance anywhere: measure missing on 97116; cane gait on the sidewalk and the ramp; short L step.
        ["v2-h148-scvh-97116-outcome-not-entered"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (DEL NORTE)
            Aspenline Clinical · Therapy Flowsheet
            Intervention: gait training with the single-point cane on the sidewalk and the ramp, cues for L heel strike and an even step
            Target impairment: short L step and L knee hyperextension in stance after the L knee scope
            Outcome: (not entered)
            Timed Codes: 97116 Gait training — 19 min
            L. Atencio, PTA
            """,
            ["M23.92"], [PTA("97116", 19)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // SCLH Nathaniel: reactive balance training by lean-and-release with the tether, in first-person sentences; individual; delayed stepping reaction; number of steps and Berg; 23 minutes matches: passes.
        ["v3-h148-sclh-nathaniel-lean-and-release"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT — Monday 03/16/2026
            Neuromuscular re-education (CPT 97112): 23 minutes.
            I treated Mr. Dombrowski one-on-one for the whole block.
            Interventions: reactive balance training with lean-and-release from the tether, forward and sideways, and unexpected releases mixed in.
            Impairment: His stepping reaction is late and he takes several short steps to recover; he fell off the curb at the St. Patrick's parade.
            Objective: He recovered forward releases with a single step 7 of 10 times and sideways releases 4 of 10; Berg 48/56.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // HLPT Ellsworth, Hollis (97140): strain-counterstrain to the R piriformis and QL tender points and Maitland grade IV oscillations at L4-5; low back and hip stiffness in a clam digger; flexion degrees; 12 min matches: passes.
        ["v3-h148-hl-hollis-strain-counterstrain"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT. 3/12/26.
            Manual 97140 12 min.
            Strain-counterstrain, R piriformis and QL tender points, 90 sec holds. Maitland gr IV oscillations L4-5.
            Low back and R hip stiffness, bent double on the clam flats at low water.
            Lumbar flexion 40 to 55 deg after.
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // MBOG Nyssa, Rosalind: PRI left-AIC exercises (90-90 hip lift with balloon breathing, L side-lying adduction lift) for a 97110 with doses; L hip and low back; arrow minutes 15 match: passes.
        ["v3-h148-mbog-pri-left-aic"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Ana Luisa Gámez · Visit 6 · 12/15/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: ODI 28% today (intake 44%, 11/17/2026)
            STG 1 (by visit 8): stand on the sorting line for a full shift without the L hip pinching — PROGRESSING
               → 97110 · 15 min · Postural Restoration (PRI) left AIC series: 90-90 hip lift with balloon breathing 4x5 breaths, L side-lying adductor lift 3x8 with 5 sec holds, R hip shift in standing 3x10
               Impairment: L hip and lumbar pain with a L pelvic rotation pattern; L hip adduction weak
               ▸ measured by: L adductor holds 5 sec without compensation (2 at eval)
            """,
            ["M54.50", "M25.552"], [PT("97110", 15)], []),

        // LCRT Winslow, Emily (97140): median nerve sliders and tensioners (Butler neurodynamics) with STM at the scalenes; numb fingers at the loom; ULTT1 elbow extension degrees; 11 minutes matches: passes.
        ["v3-h148-lcrt-emily-neural-gliding"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: Manual 97140 | Time: 11 minutes
            Activity: median nerve sliders and tensioners per Butler neurodynamics, passive, 3 bouts of 10; STM to the R scalenes and pec minor
            Problem: R thumb and index go numb after an hour at the loom; R median nerve mechanosensitivity
            Measure: ULTT1 R elbow extension lacking 35° → 20° after
            E. Hartman, PT
            """,
            ["G56.01"], [PT("97140", 11)], []),

        // PSTG Pocomoke City, Desmond: Rood facilitation (quick brushing, tapping over the L triceps and wrist extensors, joint approximation in quadruped) for a 97112; one-on-one; L arm motor recruitment after a stroke; counts and grip; 22 matches: passes.
        ["v3-h148-pstg-rood-facilitation"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 05/07/2026
            Mode of delivery: One-on-one ▾
            Skilled Interventions: Rood facilitation — quick brushing and tapping over the L triceps and wrist extensors, then joint approximation through the L arm in quadruped and weight bearing on the L hand at the table
            Impairments Addressed: poor L triceps and wrist extensor recruitment after the R MCA stroke; L elbow buckles when he pushes up from the chair
            Measurables: quadruped on the L arm 12 sec without the elbow buckling (4 sec last week); 6 of 10 push-ups from the chair with the L hand flat
            97112 Neuromuscular re-education — 22 min
            D. Kellam, PT, DPT
            """,
            ["I69.334"], [PT("97112", 22)], []),

        // LCPT Wisner, Corisande: optokinetic habituation with the OKN stripes on the screen while standing on foam, then walking the hall with the stripes; one-on-one; visual dependence after a concussion; SOT-style conditions in seconds and DGI; 21 matches: passes.
        ["v3-h148-lcpt-optokinetic-habituation"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 5 of 12)
            Pt: Kaylee Schroeder · C. Feeken, PT
            Functional goal: walk the grocery aisles at the co-op without the shelves making her dizzy [status: progressing]
              Codes/min: 97112 = 21
              Interventions: optokinetic habituation — OKN stripes on the screen standing on foam, then walking the hall past the moving stripes; head turns walking past the shelving
              Impairment: visual dependence and motion sensitivity after the concussion in the volleyball tournament
              Progress measure: foam eyes open with the stripes 25 sec (8 sec on 11/30); DGI 20/24
            One-on-one, her mom waited in the lobby.
            """,
            ["S06.0X0D", "R42"], [PT("97112", 21)], []),

        // JWO Warsaw, Kyle: "Tx ▸ StableStart Level 3" as the only technique — the chain's branded level names nothing: technique missing; 1:1, area and SLS present; 22m matches.
        ["v3-h148-jwo-stablestart-level-only"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 22m
            1:1 ▸ Y
            Tx ▸ StableStart Level 3
            Area ▸ L ankle proprioception ↓, rolls it on the ramp at the implant plant
            # ▸ SLS L 8 s eyes open
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Tech, "97112")]),

        // SCVH South Fork, Teodora: "Intervention: FALLS PREVENTION ORDER SET — STEP 2" as the only technique: technique missing; one-on-one, postural control, Berg present; 23 min matches.
        ["v3-h148-scvh-falls-order-set-only"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (SOUTH FORK)
            Aspenline Clinical · Therapy Flowsheet · 05/05/2026
            Supervision/Delivery: one-on-one
            Intervention: FALLS PREVENTION ORDER SET — STEP 2
            Target impairment: postural control and a late stepping strategy; two falls on the icy road to the mailbox this winter
            Outcome: Berg 43/56
            Timed Codes: 97112 Neuromuscular re-education — 23 min
            T. Ulibarri, PT, DPT, NCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // BCH Kermit, Lyle: split-belt treadmill training for step asymmetry (97116) with belt speeds and distance; short R step after a stroke; passes.
        ["v3-h148-bch-split-belt-treadmill"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Delmer Mounts, retired coal-truck driver · 12/16/2026 · L. Maynard, PT
            Goal #2 — walk from the truck to the pew at church without his wife's arm
               Status: progressing
               Treated with: 97116 (17 min) — split-belt treadmill training, L belt fast and R belt slow, then overground walking in the hall with cues for an even step
               Impairment: short R step and step-length asymmetry after the L pontine stroke
               How we know: treadmill belts 0.6 and 1.2 m/s, 3 bouts; 400 ft overground with the cane and supervision
            """,
            ["I69.398", "R26.89"], [PT("97116", 17)], []),

        // ORPT Decorah, Hallie: Feldenkrais Awareness Through Movement pelvic-clock lessons in sitting and standing for a 97112 with no number but the code and its minutes: measure missing; one-on-one; postural control.
        ["v3-h148-orpt-feldenkrais-no-number"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note
            Delivery: one-on-one, Hallie and Mrs. Brekke
            Interventions: Feldenkrais Awareness Through Movement — pelvic clock in sitting then standing, weight shifts traced around the clock with eyes closed, then stepping to each hour
            Clinical Findings: postural control poor in standing, sways and steps when she reaches into the seed bins at the Seed Savers barn
            Objective Measures: not repeated this visit
            Billing Grid:  97112 | Neuromuscular re-education | 21 min
            Hallie Bjornstad, PT, DPT
            """,
            ["R26.81"], [PT("97112", 21)], [At(Measure, "97112")]),

        // RPT Merle: "did my calving-season program" as the only thing named for a 97110: his private name for a routine names no exercise — technique missing on 97110; low back and hip weakness; lumbar flexion degrees as the measure; 16 min matches.
        ["v3-h148-rpt-calving-season-program"] = new(
            """
            Rawhide PT — M. Vankirk PT: Cody Erickson, 97110 16 min; did my calving-season program, 3 rounds; lumbar flexion 50° → 65° after; low back & hip extensor weakness, can't stay bent over pulling calves.
            """,
            ["M54.50", "M62.81"], [PT("97110", 16)], [At(Tech, "97110")]),

        // LMH Sterling Heights, Dariusz: "Copenhagen adductor program per the handout" on a 97110 with no dose and no number but the code and its minutes: measure missing on 97110; groin weakness in a rec-league hockey player.
        ["v3-h148-lmh-copenhagen-no-dose"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97110 Therapeutic Exercise: 14 Minutes
              Interventions: Copenhagen adductor program per the handout, short lever progressing to long lever
              Impairments: L adductor weakness and groin pain striding out in his rec-league hockey games
            """,
            ["S76.212D"], [PT("97110", 14)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // PCPT Thibodaux, Annette: a tug captain whose R knee buckles stepping down the wheelhouse ladder; one-on-one; step-downs onto foam with perturbations, backward stepping; knee proprioception; step-down count and SLS; 24 min matches: passes.
        ["v4-h148-pc-wheelhouse-ladder-knee"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 03/11/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 24 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: slow step-downs off a 6 in box onto the foam with a nudge at the knee, backward stepping over a line, single-leg stance catching a ball off the rebounder
            For: R knee gives way stepping backward down the wheelhouse ladder — poor R knee proprioception since the meniscus repair
            Numbers: 8 of 10 step-downs without the knee buckling; SLS R 12 sec
            """,
            ["S83.211D"], [PT("97112", 24)], []),

        // HLPT Stonington, Peg: a clam digger whose boots sink and who tips backward on the mud flats; one-on-one; backward perturbations on the foam, heel-to-toe rocking, stepping off the soft mat; ankle strategy; FGA and backward pushes; 22 min matches: passes.
        ["v4-h148-hl-tips-backward-on-the-flats"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT · 3/10/2026
            S: Dug at the Oceanville flats Sunday on the low tide, went over backward once.
            O: 1:1 with Peg. Backward perturbations standing on the foam, heel-to-toe rocking with a quick stop, stepping off the soft crash mat onto the floor.
            Weak ankle strategy — when his boots sink he tips straight over backward instead of shifting forward.
            FGA 22/30; recovered 6 of 10 backward pushes with the ankles alone.
            Billed: 97112 (22 min)
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // LCRT Winslow, Loretta: 97530 for a BNSF conductor whose L leg can't be trusted climbing the ladder into the cab; ladder climbs, stepping down backward, carrying the grip bag; counts and load; 19 minutes matches: passes.
        ["v4-h148-lcrt-climbing-into-the-cab"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: Ther act 97530 | Time: 19 minutes
            Activity: climbing the 5-rung practice ladder and stepping down backward, three points of contact; carrying his 25 lb grip bag up and down the clinic steps
            Problem: can't trust the L leg climbing the ladder into the locomotive cab — L quad and hip weakness after the tibial plateau fracture
            Measure: ladder up and down 6 times with stand-by assist; bag carried up 4 flights of 3 steps
            L. Begay, PT, DPT
            """,
            ["S82.142D"], [PT("97530", 19)], []),

        // BCH Matewan, Ophelia: a choir director who sways and grabs the music stand turning to cue the altos; attendance 1:1; turning drills, head turns on foam, stepping to targets behind; vestibular loss; DGI; 23 min matches: passes.
        ["v4-h148-bch-choir-director-turns"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Wanda Staton · 12/16/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — direct the Christmas cantata standing, turning between the sopranos and the altos without holding the stand
               Status: progressing
               Treated with: 97112 (23 min) — quick half-turns on cue, head turns standing on foam, stepping back to targets behind her
               Impairment: L vestibular hypofunction — she sways and grabs the music stand when she turns her head to cue the altos
               How we know: DGI 19/24; 8 of 10 half-turns without a touch
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // ORPT Waukon, Osvaldo: "Clinical Findings: unchanged — see plan of care" and no deficit anywhere else: deficit missing; one-on-one, rocker, foam, perturbations; Berg present; 22 min matches.
        ["v4-h148-orpt-findings-see-plan"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 05/06/2026
            Delivery: one-on-one
            Interventions: rocker board A/P with eyes closed, tandem on the foam beam, perturbations at the pelvis
            Clinical Findings: unchanged — see plan of care
            Objective Measures: Berg 46/56
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            Osvaldo Reyes, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SCLH Dee: "Imp: as prev." and nothing naming an impairment: deficit missing; 1:1 thruout, rocker, foam c̄ EC, tandem; Berg present; 21 min matches.
        ["v4-h148-sclh-dee-imp-as-prev"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT — Mon 03/16/2026
            NMR (97112) — 21 min   1:1 thruout
            Tx: rocker bd A/P & M/L, foam stance c̄ EC, tandem amb. c̄ head turns, step-over-&-stop at the hurdles.
            Imp: as prev.
            Obj: Berg 49/56.
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // LMPT Archer Ave, Rosa: "Why: see IE" on a 97112 and no impairment anywhere: deficit missing; (x) 1:1, perturbations, foam, hop-to-stabilize; FGA present; 22 min matches.
        ["v4-h148-lmpt-why-see-ie"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: perturbations on the foam pad in split stance, hop-to-stabilize forward and sideways, ball toss standing on the half roll
            Why: see IE
            #s: FGA 24/30
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SHMC 2 North, Annika: a cheese-plant worker whose numb R sole can't feel the wet floor and who slips; individual; foam, textured mats, perturbations; somatosensory loss; monofilament and mCTSIB; 24 min matches: passes.
        ["v4-h148-shmc-cant-feel-the-wet-floor"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   ALLERGIES: reviewed, no changes.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.
            SUBJECTIVE: nearly went down on the wet floor by the brine tanks Friday.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: Individual — this therapist with this patient only for all timed minutes.
            INTERVENTIONS: barefoot stance on the textured mats and then the foam with eyes closed, perturbations at the pelvis, stepping onto a wet-look slick mat with a quick stop.
            IMPAIRMENTS ADDRESSED: somatosensory loss R sole after the tarsal tunnel release; he can't feel the wet floor at the cheese plant and his R foot slides out.
            OUTCOME MEASURES: monofilament 5.07 absent at 5 of 10 R sole sites; mCTSIB foam eyes closed 13 sec.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["G57.51", "R20.2"], [PT("97112", 24)], []),

        // JWO Elkhart, Devin: 97110 for a band-instrument plant worker whose L shoulder can't hold the tuba bell up on the buffing line; doses; 16m matches: passes.
        ["v4-h148-jwo-tuba-bell-shoulder"] = new(
            """
            JointWorks QuickNote · Elkhart · D. Yoder PT
            97110 ▸ 16m
            Tx ▸ sidelying ER 3 lb 3x12, prone Y's 2x10, wall slides with the foam roller 2x12, bottoms-up KB carry 10 lb 3 laps
            Area ▸ L rotator cuff weakness, can't hold the tuba bell up at the buffing wheel
            """,
            ["M75.112"], [PT("97110", 16)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // PCPT Houma, Cleo: Tinetti POMA and TUG-cognitive; one-on-one; perturbations, obstacle course, dual-task; fall risk with a late protective step; 23 min matches: passes.
        ["v5-h148-pc-tinetti-and-tug-cog"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/10/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: obstacle course over the boat cushions and the rope, walking while naming the Mardi Gras krewes, perturbations at the shoulders in tandem
            For: late protective step and poor dual-task balance; she fell on the parade route reaching for beads
            Numbers: Tinetti POMA 21/28; TUG-cog 15.4 sec (TUG 11.2 sec)
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // LCRT Holbrook, Wendell (PTA): Fullerton Advanced Balance scale; 1:1 Y; foam, stepping over the broom, reaching; postural control; 22 minutes matches: passes.
        ["v5-h148-lcrt-fullerton-advanced-balance"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: stepping over a broom handle forward and sideways, foam stance with eyes closed, reaching to the floor for the feed scoop from the foam
            Problem: postural control and slow stepping reactions; her nephew drives her in from the chapter house
            Measure: Fullerton Advanced Balance 25/40 (19/40 at eval)
            W. Yazzie, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // SHMC 2 North, Luis: sensory organisation test composite and conditions on the posturography platform; individual; visual dependence; optic flow; 22 min matches: passes.
        ["v5-h148-shmc-sot-composite"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   PRECAUTIONS: standard; fall risk.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 22 min
            DELIVERY MODE: Individual; his wife watched from the doorway.
            INTERVENTIONS: optic-flow training on the posturography platform with the visual surround moving, foam stance with eyes closed, walking past the moving-stripes screen.
            IMPAIRMENTS ADDRESSED: visual dependence and poor vestibular use for balance; he loses it when the charter boat's wake passes under the dock.
            OUTCOME MEASURES: SOT composite 61 (normal for his age about 70); falls on conditions 5 and 6 down from 3 trials to 1.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, L. Ochoa-Brandt, PT.
            """,
            ["H81.23", "R26.81"], [PT("97112", 22)], []),

        // MBOG Ontario, Ignacio: Y-balance test anterior reach difference and composite; one-to-one; hop-and-hold, perturbations in single-leg stance; ankle proprioception; arrow minutes 21 match: passes.
        ["v5-h148-mbog-y-balance"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Trey Oyama · Visit 9 · 12/14/2026 · I. Barragán, PT
            PRIMARY OUTCOME: FAAM Sports 72% (intake 41%, 10/28/2026)
            LTG 1 (by 02/01): coach the whole wrestling practice on the mat without the R ankle rolling — PROGRESSING
               → 97112 · 21 min · hop-and-hold onto the Airex, perturbations in R single-leg stance on the mat, star-excursion reaches with a ball
               Impairment: R ankle proprioception and a late peroneal response after repeated sprains
               ▸ measured by: Y-balance anterior reach R 6 cm short of L (11 at eval); composite R 88%
            Delivery: one-to-one.
            """,
            ["S93.401D"], [PT("97112", 21)], []),

        // JWO Goshen, Jenna (PTA): monofilament sites as the number ("# ▸ 5.07 absent 4/10 R sole"); 1:1 ▸ Y; foam stance, textured mat, tandem; somatosensory loss; 20m matches: passes.
        ["v5-h148-jwo-monofilament-sites"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97112 ▸ 20m
            1:1 ▸ Y
            Tx ▸ barefoot on the textured mat then foam, eyes closed; tandem along the bar; marching on foam
            Area ▸ ↓ sensation R sole (diabetic), can't feel the buggy step
            # ▸ 5.07 monofilament absent 4/10 R sole sites; tandem on foam 9 s
            """,
            ["E11.42"], [PTA("97112", 20)], []),

        // HLPT Ellsworth, Hollis: "He says steadier on the float ramp" and no number but the code and its minutes: measure missing; 1:1, foam, ramp walking, head turns; ankle strategy.
        ["v5-h148-hl-hollis-says-steadier"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT.
            1:1. Foam stance eyes closed. Walking the incline board up and down with head turns. Lateral perturbations.
            Poor ankle strategy, lists downhill on the float ramp.
            Says steadier on the ramp. Not tested today.
            Billed: 97112 (22 min)
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ORPT Decorah, Hallie: "Objective Measures: deferred — patient arrived late from the milking" and no number but the code and its minutes: measure missing; one-on-one, rocker, foam tandem; proprioception.
        ["v5-h148-orpt-measures-deferred"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note
            Delivery: one-on-one, Hallie and Mr. Gjere
            Interventions: rocker board A/P eyes closed, foam tandem with head turns, reactive steps to pushes
            Clinical Findings: ↓ proprioception both feet with neuropathy; sways on the slick parlor floor at the dairy
            Objective Measures: deferred — patient arrived late from the milking
            Billing Grid:  97112 | Neuromuscular re-education | 20 min
            Hallie Bjornstad, PT, DPT
            """,
            ["E11.42", "R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // LMPT Bridgeport, TJ (PTA): 97116 with "#s: steadier on the stairs by the end" and no distance, count or assistance level: measure missing on 97116; cane gait, stairs, cues; short R step.
        ["v5-h148-lmpt-pta-97116-steadier-by-the-end"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97116 | Min: 17 mins
            Tx: gait with the SPC on the sidewalk and the practice stairs, cues for R knee flexion in swing and step-over-step going up
            Why: short R step and a stiff R knee in swing after the TKA
            #s: steadier on the stairs by the end
            """,
            ["Z96.651"], [PTA("97116", 17)], [At(Measure, "97116")]),

        // SCVH Monte Vista OT: 97530 with "Outcome: did well, wants to try the garden next week" and no count, load, time or assist: measure missing on 97530; kneeling to plant, carrying the watering can; R hand weakness.
        ["v5-h148-scvh-ot-97530-did-well"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline Clinical · Therapy Flowsheet · OT
            Intervention: kneeling and rising at the raised bed to plant seedlings, carrying the watering can across the gravel, opening the seed packets
            Target impairment: R hand grip weakness and L knee pain kneeling after the fall
            Outcome: did well, wants to try her own garden next week
            Timed Codes: 97530 Therapeutic activities — 17 min
            R. Holcomb, OTR/L
            """,
            ["S52.531D"], [OT("97530", 17)], [At(Measure, "97530")]),

        // RPT Merle: mCTSIB and Berg in the dense line; 1:1; foam, rocker, reaching; vestibular; 24 min matches: passes.
        ["v5-h148-rpt-mctsib-in-the-line"] = new(
            """
            Rawhide PT — M. Vankirk PT: Arlene Hageman, 97112 24 min; 1:1; foam stance eyes shut w/ head nods, rocker board front to back, reaching down to the bottom shelf from the foam; L vestibular loss, dizzy bending to the stock tank; mCTSIB firm EO 30 s, firm EC 30 s, foam EO 30 s, foam EC 12 s; Berg 47/56.
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, truly missing separate time

        // PCPT Houma, Jules (PTA): two codes in dotted leaders, 97112 (22) and 97116 (15), both match; one-on-one; foam and perturbations with Berg; cane gait on the ramp with distance and assist: passes.
        ["v6-h148-pc-jules-dotted-nmr-and-gait"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/12/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance with head turns, step-and-stick onto the Airex, nudges at the hips in tandem
            For: poor L ankle proprioception, mais she still rolls it on the oyster-shell driveway
            Numbers: Berg 46/56; SLS L 7 sec
            Code 97116 Gait ........ 15 min
            Did: cane gait down the ramp and over the threshold strip, cues for L heel strike
            For: short L step and a foot that catches on the strip
            Numbers: 280 ft with the cane SBA; ramp CGA
            """,
            ["S93.402D", "R26.89"], [PTA("97112", 22), PTA("97116", 15)], []),

        // HLPT Ellsworth, Hollis: a clock range on the code's own line "97112 10:05–10:28." (23), 1:1; foam, head turns, tandem; R vestibular loss; DGI: passes.
        ["v6-h148-hl-hollis-clock-range"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT. 3/13/26.
            97112 10:05–10:28. 1:1.
            Foam stance head turns. Tandem in the hall eyes closed. Walking with quick stops and turns.
            R vestibular hypofunction. Drifts R walking the wreath-shop aisles.
            DGI 18/24.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // LMH Warren, Keisha: three codes under "Timed Procedures", 97112 (22), 97110 (12) and 97140 (9), each matching; one-on-one; each block complete: passes.
        ["v6-h148-lmh-three-timed-procedures"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 22 Minutes
              Delivery: One-on-one
              Interventions: perturbations on foam, stepping over the hurdles with a quick stop, tandem with head turns
              Impairments: L ankle proprioception and a late stepping reaction after the fracture on the ice in the Meijer lot
              Objective: Berg 48/56; SLS L 10 sec
              97110 Therapeutic Exercise: 12 Minutes
              Interventions: heel raises 3x15, resisted DF with the green band 3x12, step-downs off a 4 in step 2x10
              Impairments: L calf and anterior tib weakness
              97140 Manual Therapy: 9 Minutes
              Interventions: talocrural posterior glides grade III, STM to the L peroneals
              Impairments: L ankle dorsiflexion stiffness; DF 6° → 11° after
            """,
            ["S82.62XD", "M25.672"], [PT("97112", 22), PT("97110", 12), PT("97140", 9)], []),

        // LCRT Holbrook, Wendell (PTA): two Svc rows, "97116 | Time: 18 minutes" and "97110 | Time: 11 minutes", both match; cane gait with distance; ther ex with doses: passes.
        ["v6-h148-lcrt-two-svc-rows"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: Gait 97116 | Time: 18 minutes
            Activity: walker to single-point cane on the hallway and the gravel path out to the truck, cues for R hip extension
            Problem: short L step and R Trendelenburg after the R THA
            Measure: 320 ft cane SBA; gravel path CGA
            Svc: Ther ex 97110 | Time: 11 minutes
            Activity: side-lying hip abduction 3x12, bridges 3x15, standing hip extension with the red band 2x12
            Problem: R hip abductor weakness
            W. Yazzie, PTA
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 18), PTA("97110", 11)], []),

        // BCH Kermit: a PT's goal "Treated with: 97112 (23 min)" and an OT's goal "Treated with: 97530 (16 min)", both match; 1:1 ticked; each complete: passes.
        ["v6-h148-bch-pt-and-ot-goals"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Opal Dingess · 12/17/2026 · L. Maynard, PT / A. Varney, OTR/L
            Goal #1 (PT) — walk the footbridge over the creek to her mailbox without holding the cable
               Status: progressing
               Treated with: 97112 (23 min) — perturbations on the foam, walking a narrow beam with head turns, stepping onto a wobbling board
               Impairment: poor ankle and hip strategies with postural sway after the cerebellar stroke
               How we know: Berg 43/56; beam walk 10 ft without a step off
            Goal #2 (OT) — can her green beans again standing at the stove
               Status: progressing
               Treated with: 97530 (16 min) — lifting the canner to the stove and back, reaching jars to the top shelf, standing at the counter snapping beans
               Impairment: L arm weakness and poor standing tolerance
               How we know: 6 jars to the top shelf with supervision; canner lifted 3 times at 9 lb
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["I69.393", "R26.81"], [PT("97112", 23), OT("97530", 16)], []),

        // ORPT Waukon, Osvaldo: the Billing Grid's default "15 min" left on a 26-minute 97110: mismatch on 97110; otherwise complete (leg press, step-ups, hamstring curls; L quad weakness after a TKA).
        ["v6-h148-orpt-grid-default-15-on-26"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 05/05/2026
            Interventions: leg press 90 lb 3x12, step-ups to an 8 in step 3x10, hamstring curls 20 lb 3x12, bike for warm-up
            Clinical Findings: L quad weakness after the L TKA; can't climb into the canoe trailer to load the boats
            Objective Measures: L knee extension lag 5°
            Billing Grid:  97110 | Therapeutic exercise | 15 min
            Osvaldo Reyes, PT
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 26)], [At(Mismatch, "97110")]),

        // JWO Goshen, Jenna (PTA): the two minute fields swapped — "97110 ▸ 12m" on a 24-minute line and "97140 ▸ 24m" on a 12-minute line: mismatch on both; each block complete.
        ["v6-h148-jwo-minutes-swapped"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97110 ▸ 12m
            Tx ▸ terminal knee extension green band 3x15, step-downs 4 in 3x10, wall sits 3 x 30 s
            Area ▸ R quad weakness after the R TKA
            97140 ▸ 24m
            Tx ▸ patellar glides, tibiofemoral AP glides grade III, STM distal quad
            Area ▸ R knee flexion stiffness, 96° → 103°
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 24), PTA("97140", 12)], [At(Mismatch, "97110"), At(Mismatch, "97140")]),

        // RPT Merle: a clock range on the code's own line "97112 1:10–1:45" (35) on a 22-minute line: mismatch; 1:1, foam, rocker; proprioception; Berg present.
        ["v6-h148-rpt-clock-range-too-long"] = new(
            """
            Rawhide PT — M. Vankirk PT: Vern Lauck, 97112 1:10–1:45 pm; 1:1, just him & me; foam stance eyes shut, rocker board side to side, tandem along the counter; L foot proprioception poor after the back surgery, stumbles on the cattle guard; Berg 46/56.
            """,
            ["M48.062", "R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // SCLH Nathaniel: "Neuromuscular re-education (CPT 97112): 34 minutes." on a 22-minute line: mismatch; one-on-one; foam, perturbations; proprioception; Berg present.
        ["v6-h148-sclh-nathaniel-34-on-22"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT — Monday 03/16/2026
            Neuromuscular re-education (CPT 97112): 34 minutes.
            I worked with Mrs. Nowak one-on-one throughout.
            Interventions: perturbations at the pelvis standing on foam, stepping onto the foam with a turn, walking with head turns.
            Impairment: She has reduced proprioception in both feet and sways when the bus pulls away from the stop.
            Objective: Berg 45/56.
            """,
            ["R26.81", "E11.42"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // LCPT Pender, Tressa (PTA): "Codes/min: 97112 = 21, 97116 = 14" under one goal, both match; one-on-one; each code's content with numbers: passes.
        ["v6-h148-lcpt-codes-min-two"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER (episode visit 7 of 12)
            Pt: Norbert Kai · T. Uhing, PTA
            Functional goal: walk the feed alley in the hog barn to check the pens without a fall [status: progressing]
              Codes/min: 97112 = 21, 97116 = 14
              Interventions: NMR — tandem on the foam with head turns, perturbations at the hips, stepping over the hose; gait — cane on the rough concrete ramp outside with cues for a longer step
              Impairment: postural sway and a short shuffling step after the fall on the slats
              Progress measure: tandem on foam 10 sec; 300 ft with the cane on the ramp, stand-by assist
            One-on-one.
            """,
            ["R26.81", "R26.89"], [PTA("97112", 21), PTA("97116", 14)], []),

        // SHMC 2 North, Annika: "CHARGES / TIMED SERVICES" with two codes each with its minutes (97112 23, 97116 13), both match; individual; each complete: passes.
        ["v6-h148-shmc-charges-two-codes"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   ALLERGIES: reviewed, no changes.
            INFECTION PREVENTION: hand hygiene before and after contact.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min; 97116 Gait training — 13 min
            DELIVERY MODE: Individual — this therapist with this patient only for all timed minutes.
            INTERVENTIONS: NMR — reactive stepping to pushes, foam stance with head turns. Gait — walking the corridor with the quad cane, cues for R knee flexion in swing.
            IMPAIRMENTS ADDRESSED: delayed protective stepping and R foot drag after the L MCA stroke.
            OUTCOME MEASURES: Berg 41/56; 250 ft quad cane with contact guard.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 13)], []),

        // PSTG Chincoteague, Jolie (PTA): two codes and only "Minutes (auto-calc): 38": no minutes for each — separate time missing; both codes' content complete; one-on-one chosen.
        ["v6-h148-pstg-auto-calc-total-only"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud · 05/05/2026
            Mode of delivery: One-on-one ▾
            Skilled Interventions: 97112 — foam stance with head turns, perturbations at the pelvis; 97110 — bridges 3x12, side-lying hip abduction 3x15, mini squats 2x12
            Impairments Addressed: R ankle proprioception after the sprain on the boardwalk; R hip weakness
            Measurables: SLS R 8 sec; Berg 50/56
            Minutes (auto-calc): 38
            J. Tawes, PTA
            """,
            ["S93.401D", "M62.81"], [PTA("97112", 24), PTA("97110", 14)], [SepTime]),

        // NPD late entry listing both codes ("Billed: 97112 and 97110") with only "Total timed: 36 min" at the foot: separate time missing; 1:1 stated; each complete.
        ["v6-h148-npd-late-entry-total-only"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Mon 03/16/2026 10:20 for Sat 03/14/2026
            Billed: 97112 and 97110
            1:1: Y
            NMR: tandem on foam with head turns, perturbations at the shoulders, stepping over the cones and stopping on cue.
            Ther ex: sit-to-stand 3x10, heel raises 2x15, standing hip abduction with the red band 2x12.
            Deficits: ↓ proprioception both feet and B hip weakness; she holds the pew getting up at Mass.
            Result: Berg 46/56.
            Total timed: 36 min
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 13)], [SepTime]),

        // LMH Roseville, LaToya (PTA): "97140 Manual Therapy: *** Minutes" beside "97110 Therapeutic Exercise: 15 Minutes": the manual line has no minutes — separate time missing; 97110 matches; both complete.
        ["v6-h148-lmh-manual-minutes-stars"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — LaToya Grant, PTA
            Timed Procedures
              97110 Therapeutic Exercise: 15 Minutes
              Interventions: wall slides 2x12, sidelying ER 2 lb 3x12, rows with the blue band 3x15
              Impairments: R shoulder flexion and cuff weakness after the R RCR
              97140 Manual Therapy: *** Minutes
              Interventions: GH posterior glides grade III, STM to the R pec minor
              Impairments: R shoulder stiffness; flexion 128° → 136° after
            """,
            ["M75.121", "Z98.890"], [PTA("97110", 15), PTA("97140", 10)], [SepTime]),

        // HLPT Blue Hill, Caleb (PTA): one code, "Billed: 97112" with no minutes anywhere — a single timed code needs no separate time: passes (1:1 ticked, BAPS and foam, ankle proprioception, SLS).
        ["v6-h148-hl-single-code-no-minutes"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA · 3/12/2026
            ☒ 1:1 ☐ group
            S: Walked down to the town landing and back, no wobbles.
            O: BAPS level 4 both directions, foam tandem with head turns, hop-and-hold onto the Airex.
            R ankle proprioception poor after the sprain on the float ramp.
            SLS R 11 sec; BAPS level 4 without a hand down.
            Billed: 97112
            """,
            ["S93.401D"], [PTA("97112", 21)], []),

        // SCVH Del Norte: Aspenline Timed Codes list with a PT's 97112 (22) and an OT's 97530 (17), both match; one-on-one; each complete: passes.
        ["v6-h148-scvh-pt-and-ot-timed-codes"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (DEL NORTE)
            Aspenline Clinical · Therapy Flowsheet · 05/07/2026
            PT (G. Trujillo, PT) — Supervision/Delivery: one-on-one
            Intervention: X1 viewing on foam, walking with head turns to called targets, pivot turns on cue
            Target impairment: L vestibular hypofunction, unsteady turning at the top of the raft put-in ramp
            Outcome: DGI 19/24; DVA 2 lines lost
            OT (R. Holcomb, OTR/L)
            Intervention: lifting the cooler to the truck bed, coiling and hanging the throw rope, carrying the paddles
            Target impairment: L shoulder weakness after the rotator-cuff repair
            Outcome: cooler lifted 5 times at 15 lb with stand-by assist; 4 paddles carried 60 ft
            Timed Codes: 97112 Neuromuscular re-education — 22 min
                         97530 Therapeutic activities — 17 min
            """,
            ["H81.22", "M75.122"], [PT("97112", 22), OT("97530", 17)], []),

        // LMPT Bridgeport, TJ (PTA): "Code: 97110 | Min: 30" on an 18-minute line: mismatch on 97110; bridges, step-ups, band walks with doses; L hip weakness.
        ["v6-h148-lmpt-pta-30-on-18"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97110 | Min: 30 mins
            Tx: bridges 3x15, step-ups to a 6 in step 3x10, lateral band walks with the green band 3 laps
            Why: L hip abductor weakness, L hip drops going up the el stairs
            #s: as above
            """,
            ["M62.81", "M25.552"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a two-code visit (97112 and 97116) with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h148-empty-note-nmr-and-gait"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of tabs and line breaks only on a PTA's 97140 with a diagnosis: note missing only.
        ["v7-h148-tabs-only-pta-97140"] = new(
            "\t\n\t\t\n",
            ["M54.2"], [PTA("97140", 11)], [At(NoteMissing, "97140")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h148-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 19)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on an HLPT Caleb note: seated rows, bent-over kettlebell rows, farmer's holds and band pull-aparts with loads and reps (technique and measure) for a sternman's R shoulder and grip weakness (deficit); Billed 16 matches: passes.
        ["v7-h148-hl-97110-sternman-rows"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA · 3/11/2026
            S: Wants to be hauling when the boats go back in.
            O: Seated rows 30 lb 3x12, bent-over KB rows 15 lb 3x10 each, farmer's hold 25 lb 4 x 30 sec, band pull-aparts 2x15.
            R shoulder and grip weakness after the R distal biceps repair; can't lift the trap onto the rail.
            Billed: 97110 (16 min)
            """,
            ["S46.211D"], [PTA("97110", 16)], []),

        // 97530's meaning on a PCPT Annette note: lifting an ice chest of crawfish from the floor to the truck bed and carrying a sack of crawfish with counts and loads (technique and measure), lumbar and hip weakness (deficit); 18 min matches: passes.
        ["v7-h148-pc-97530-crawfish-ice-chest"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 03/13/2026 · Annette Breaux, PT
            Code 97530 Ther activities ........ 18 min
            Did: lifting the ice chest from the floor to the tailgate height with a hip hinge, carrying a 30 lb sack of crawfish across the gym, squatting to the pond-trap height and back up
            For: lumbar and hip extensor weakness, back catches lifting the sacks at the crawfish pond
            Numbers: ice chest 35 lb lifted 6x; sack carried 100 ft 3x; 8 squats to the trap height
            """,
            ["M54.50", "M62.81"], [PT("97530", 18)], []),

        // 97140's meaning on an ORPT Osvaldo note: hip long-axis distraction with the belt, posterior capsule glides and STM to the TFL (technique), R hip stiffness (deficit), internal rotation degrees (measure); grid 12 matches: passes.
        ["v7-h148-orpt-97140-hip-distraction"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 05/07/2026
            Interventions: long-axis hip distraction with the belt grade III, posterior capsule glides in flexion, STM to the R TFL and glute med
            Clinical Findings: R hip stiffness with OA, can't cross his leg to put on his waders for the Upper Iowa
            Objective Measures: R hip IR 14° → 21° after
            Billing Grid:  97140 | Manual therapy | 12 min
            Osvaldo Reyes, PT
            """,
            ["M16.11"], [PT("97140", 12)], []),

        // 97116's meaning on an LCRT Wendell note: walker to cane on the dirt path and the two porch steps with cues (technique), L foot clearance after a stroke (deficit), distance and assistance (measure); 20 minutes matches: passes.
        ["v7-h148-lcrt-97116-dirt-path-and-porch"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: Gait 97116 | Time: 20 minutes
            Activity: gait training from the walker to the quad cane on the dirt path behind the clinic and up the two porch steps, cues for L hip and knee flexion in swing
            Problem: L foot drags and catches on the ruts after the R CVA
            Measure: 260 ft quad cane CGA; porch steps with the rail min assist
            W. Yazzie, PTA
            """,
            ["I69.354"], [PTA("97116", 20)], []),

        // LMH 97112 generic: "Neuro re-ed per POC. Pt tolerated well. Continue POC." — no technique, deficit, number but the code and its minutes, or one-on-one statement.
        ["v7-h148-lmh-generic-97112"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97112 Neuromuscular Re-ed: 22 Minutes
              Interventions: neuro re-ed per POC
              Impairments: ***
              Objective: ***
            Pt tolerated well. Continue POC.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // JWO two-code generic with each code's minutes: "Tx ▸ per POC, tol tx well" for both — nothing named for either; minutes given, so no separate-time finding.
        ["v7-h148-jwo-generic-two-codes"] = new(
            """
            JointWorks QuickNote · Plymouth · M. Beer PTA
            97110 ▸ 14m
            Tx ▸ per POC, tol tx well
            97116 ▸ 15m
            Tx ▸ per POC, tol tx well
            Continue POC.
            """,
            ["M62.81"], [PTA("97110", 14), PTA("97116", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // PSTG OT 97530 generic: "therapeutic activities as tolerated", "Impairments Addressed: see POC", "Measurables: —": nothing named.
        ["v7-h148-pstg-ot-generic-97530"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud
            Skilled Interventions: therapeutic activities as tolerated
            Impairments Addressed: see POC
            Measurables: —
            97530 Therapeutic activities — 17 min
            B. Crockett, OTR/L
            """,
            ["M62.81"], [OT("97530", 17)], [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary: complete notes of this week that a reviewer passes, and the ordinary weak ones

        // PCPT Houma, Cleo: a woman who fishes off the Cocodrie wharf; one-on-one; foam reaching, tandem with head turns, step recovery to pushes; sway and a late step; Berg and TUG; 24 min matches: passes.
        ["vord-h148-pc-cocodrie-wharf-nmr"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/11/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 24 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: reaching out to the side on the foam like casting, tandem walking with head turns, pushes at the shoulders with a step recovery
            For: postural sway and a late step; she nearly went off the Cocodrie wharf casting for specks
            Numbers: Berg 47/56; TUG 10.8 sec
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // PCPT Thibodaux, Annette: 97110 and 97140 for a crawfish farmer's back, each in dotted leaders (14 and 10), both match; doses and degrees: passes.
        ["vord-h148-pc-crawfish-farmer-back"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 03/12/2026 · Annette Breaux, PT
            Code 97110 Ther ex ........ 14 min
            Did: bird dogs 3x10, side planks 3 x 20 sec, bridges with march 3x10, hip hinge with the dowel 2x12
            For: lumbar extensor and glute weakness, back gives out wading the pond in his white boots
            Code 97140 Manual ........ 10 min
            Did: L3-4 and L4-5 PA glides grade III, STM to the paraspinals
            For: low back stiffness; flexion 40 to 55 degrees after
            """,
            ["M54.50"], [PT("97110", 14), PT("97140", 10)], []),

        // PCPT Houma, Jules (PTA): 97110 for a sugar-cane truck driver's knee, dotted leaders 16 matches; doses: passes.
        ["vord-h148-pc-jules-cane-truck-knee"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/13/2026 · Jules Guidry, PTA
            Code 97110 Ther ex ........ 16 min
            Did: leg press 80 lb 3x12, step-ups to an 8 in box 3x10, TKEs with the band 3x15 — ça c'est bon, he did every rep
            For: R quad weakness after the R TKA, can't climb into the cab of the cane truck
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 16)], []),

        // HLPT Stonington, Peg: a wreath maker who gets dizzy bending to the balsam tips; one-on-one; habituation bends, X1 viewing, foam; vestibular; DGI and MSQ positions; 22 min matches: passes.
        ["vord-h148-hl-wreath-maker-nmr"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT · 3/12/2026
            S: Still dizzy bending down to the tip bundles in the shop.
            O: One-on-one. Habituation — repeated bending to the floor and back up, X1 viewing seated then standing, foam stance with head turns.
            L vestibular hypofunction with motion sensitivity bending and turning.
            DGI 19/24; symptoms in 3 of 8 habituation positions (6 last week).
            Billed: 97112 (22 min)
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // HLPT Ellsworth, Hollis: 97110 in fragments for a sternman's shoulder, doses; 14 min matches: passes.
        ["vord-h148-hl-hollis-shoulder-fragments"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT. 3/11/26.
            Ther ex 97110 14 min.
            Sidelying ER 3 lb 3x12. Prone T's and Y's 2x10. Band rows blue 3x15. Wall slides 2x12.
            R cuff weakness, can't swing the trap up onto the rail.
            """,
            ["M75.111"], [PT("97110", 14)], []),

        // HLPT Blue Hill, Caleb (PTA): 97116 after an ankle ORIF on the icy dooryard: cane on the gravel lot and the curb; distance and assist; Billed 18 matches: passes.
        ["vord-h148-hl-caleb-97116-after-orif"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA · 3/13/2026
            S: Boot's off, walking in sneakers now.
            O: Cane gait on the gravel lot, the ramp and the curb, cues for a full R heel-to-toe roll.
            Short R stance and no push-off after the R ankle ORIF.
            300 ft cane SBA on the gravel; curb CGA.
            Billed: 97116 (18 min)
            """,
            ["S82.851D"], [PTA("97116", 18)], []),

        // LMH Roseville OT, Renee: 97530 for carrying groceries from the Kroger lot up the porch steps and into the cupboards; counts, loads and assist; L shoulder and grip weakness; 19 Minutes matches: passes.
        ["vord-h148-lmh-ot-97530-groceries"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — Renee Kaminski, OTR/L
            Timed Procedures
              97530 Therapeutic Activities: 19 Minutes
              Interventions: carrying two grocery bags up the practice steps, unloading cans to the upper cupboard, lifting a case of water from the floor to the counter
              Impairments: L shoulder elevation and grip weakness after the proximal humerus fracture
              Objective: 12 cans to the upper shelf; bags of 8 lb each up 4 steps twice with supervision; grip L 31 lb
            """,
            ["S42.202D"], [OT("97530", 19)], []),

        // LMH Sterling Heights, Dariusz: a Tigers fan who wants to climb to his seats on Opening Day; one-on-one; stair stepping with head turns, reactive steps; postural control; Berg and stair count; 23 Minutes matches: passes.
        ["vord-h148-lmh-opening-day-stairs"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97112 Neuromuscular Re-ed: 23 Minutes
              Delivery: One-on-one
              Interventions: stair descent without the rail turning his head to find a seat number, reactive steps to pushes on the landing, foam stance with ball catches
              Impairments: postural control and a late stepping reaction; wants to climb to his seats at Comerica for Opening Day
              Objective: Berg 50/56; 12 stairs down without the rail, stand-by
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // LMH Warren, Keisha: 97112 (23) and 97116 (14) for a retired tool-and-die maker; one-on-one; each complete: passes.
        ["vord-h148-lmh-tool-and-die-nmr-and-gait"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 23 Minutes
              Delivery: One-on-one
              Interventions: weight shifts onto the R with tapping, step-and-stick onto the foam with the R, reaching across the body on foam
              Impairments: R hemiparesis with poor R weight acceptance after the L MCA stroke
              Objective: Berg 40/56; step-and-stick 7 of 10
              97116 Gait Training: 14 Minutes
              Interventions: quad cane gait in the corridor with cues for R knee flexion and heel strike
              Impairments: R foot drag in swing
              Objective: 220 ft quad cane CGA
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 14)], []),

        // LCRT Winslow, Loretta: a kachina carver who sways standing at his bench; 1:1 Y; foam reaching, tandem, perturbations; postural control after a stroke; Berg and reach; 23 minutes matches: passes.
        ["vord-h148-lcrt-carver-nmr"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 23 minutes | 1:1: Y
            Activity: reaching forward and to the side on the foam for the carving tools, tandem along the wall with head turns, perturbations at the pelvis
            Problem: postural sway and poor trunk control standing at his carving bench after the cerebellar stroke
            Measure: Berg 44/56; forward reach 8 in on the foam
            L. Begay, PT, DPT
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // LCRT Winslow, Emily: 97110 for a La Posada housekeeper's shoulder; doses; 13 minutes matches: passes.
        ["vord-h148-lcrt-housekeeper-shoulder"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: Ther ex 97110 | Time: 13 minutes
            Activity: sidelying ER 2 lb 3x12, wall walks 2x10, rows with the yellow band 3x15, scapular retraction holds 10 x 5 sec
            Problem: L shoulder weakness and painful arc making the beds at the hotel
            E. Hartman, PT
            """,
            ["M75.42"], [PT("97110", 13)], []),

        // JWO Warsaw, Kyle: an Amish buggy driver stepping down from the buggy; 1:1 ▸ Y; step-downs onto foam, perturbations; L knee proprioception; SLS and step-downs; 23m matches: passes.
        ["vord-h148-jwo-buggy-step-down"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 23m
            1:1 ▸ Y
            Tx ▸ step-downs off the 8 in box onto foam, perturbations in L SLS, lateral hop-and-hold
            Area ▸ L knee proprioception ↓, knee wobbles stepping down off the buggy
            # ▸ SLS L 14 s; 7/10 step-downs w/o a wobble
            """,
            ["S83.242D"], [PT("97112", 23)], []),

        // JWO Plymouth, Marisa (PTA): 97116 after a hip fracture on the Syracuse Lake dock; distance and assist; 19m matches: passes.
        ["vord-h148-jwo-pta-97116-hip"] = new(
            """
            JointWorks QuickNote · Plymouth · M. Beer PTA
            97116 ▸ 19m
            Tx ▸ RW → SPC on the hall & the curb, cues for R hip ext and heel strike
            Area ▸ R antalgic gait, short L step after the R hip ORIF
            # ▸ 260 ft SPC SBA; curb CGA
            """,
            ["S72.001D"], [PTA("97116", 19)], []),

        // JWO Elkhart, Devin: 97530 for an RV-line roofer climbing and kneeling on the trailer roof; counts and loads; 18m matches: passes.
        ["vord-h148-jwo-97530-rv-roofer"] = new(
            """
            JointWorks QuickNote · Elkhart · D. Yoder PT
            97530 ▸ 18m
            Tx ▸ ladder climbs carrying a 15 lb roll 5x, tall-kneel to half-kneel transitions 10x, crawling across the mat with the roll 4 lengths
            Area ▸ R knee pain & quad weakness kneeling on the RV roofs
            """,
            ["M22.2X1"], [PT("97530", 18)], []),

        // RPT Merle: a brand inspector, 97112 and 97110 in one line with their minutes; 1:1; each complete: passes.
        ["vord-h148-rpt-brand-inspector-two-codes"] = new(
            """
            Rawhide PT — M. Vankirk PT: Lyle Boner, 97112 22 min: 1:1, me & him, nobody else; stepping over the hurdles eyes up, foam stance w/ head turns, nudges at the shoulders; slow stepping reaction, nearly went down in the sale-barn alley reading brands; Berg 48/56 — 97110 12 min: sit-to-stand 3x10, heel raises 3x15, hip abduction 3 lb 3x12 for B hip & calf weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 12)], []),

        // RPT Merle: a school cook, 97116 with the rollator and the cane on the hall and the school ramp; distance and assist; 20 min matches: passes.
        ["vord-h148-rpt-school-cook-97116"] = new(
            """
            Rawhide PT — M. Vankirk PT: Marlys Gutschmidt, 97116 20 min; rollator to cane on the hall & the ramp out back, cues for R heel strike & a longer L step; R knee stiff in swing after the TKA, tires walking the school kitchen; 200 ft cane SBA, ramp CGA.
            """,
            ["Z96.651"], [PT("97116", 20)], []),

        // SHMC 2 North OT, Renee Wolfgram: 97530 for a golf-course groundskeeper: raking the bunker, lifting the flag stick, kneeling to fix ball marks; counts and assist; 18 min matches: passes.
        ["vord-h148-shmc-ot-97530-groundskeeper"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   ALLERGIES: reviewed, no changes.
            CHARGES / TIMED SERVICES: 97530 Therapeutic activities — 18 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: raking the sand tray with the bunker rake, pulling and replacing a flag stick in the practice cup, kneeling to fix ball marks and standing up.
            IMPAIRMENTS ADDRESSED: L arm weakness and poor kneeling-to-standing control after the R MCA stroke.
            OUTCOME MEASURES: 10 rake strokes each side standing; kneel to stand 5 times with supervision.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, R. Wolfgram, OTR/L.
            """,
            ["I69.354"], [OT("97530", 18)], []),

        // SHMC 2 North, Kayla (PTA): 97116 with the hemi-walker; distance and assist; 17 min matches: passes.
        ["vord-h148-shmc-pta-97116"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   PRECAUTIONS: fall risk.
            CHARGES / TIMED SERVICES: 97116 Gait training — 17 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: hemi-walker gait in the corridor and through the doorway to the elevator, cues for L hip flexion and step length.
            IMPAIRMENTS ADDRESSED: L foot drag and short L step after the R MCA stroke.
            OUTCOME MEASURES: 180 ft hemi-walker min assist; doorway with CGA.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, K. Nienhuis, PTA.
            """,
            ["I69.354"], [PTA("97116", 17)], []),

        // SHMC 2 North, Annika: a retired Kohler potter with Parkinson's, his wife in the room; individual; big-step walking, reactive backward steps; retropulsion; Mini-BESTest and pull test; 23 min matches: passes.
        ["vord-h148-shmc-parkinsons-wife-in-room"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   INTERPRETER: not needed.
            SUBJECTIVE: wife reports two near-falls backing away from the kiln.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min
            DELIVERY MODE: Individual; his wife in the room taking notes.
            INTERVENTIONS: big-step walking with arm swing, reactive backward stepping to pulls at the hips, turning in place on cue.
            IMPAIRMENTS ADDRESSED: retropulsion and postural instability with Parkinson's disease.
            OUTCOME MEASURES: Mini-BESTest 18/28; pull test 2 steps.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // MBOG Vale, Kenzie (PTA): 97110 for a potato-cellar worker's knee; arrow minutes 16 match; doses: passes.
        ["vord-h148-mbog-pta-potato-cellar-knee"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Rogelio Treviño · Visit 7 · 12/16/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 51/80 (intake 33/80, 11/12/2026)
            STG 2 (by visit 10): climb the cellar pile ladder without the R knee giving — PROGRESSING
               → 97110 · 16 min · step-ups to a 12 in box 3x10, split squats 3x8, leg press 110 lb 3x12
               Impairment: R quad weakness after the patellar tendon repair
               ▸ measured by: step-ups 12 in without a hand 10 of 10
            """,
            ["S76.111D"], [PTA("97110", 16)], []),

        // MBOG Ontario, Rosalind: 97112 (22) and 97140 (10) under one LTG for a feedlot pen rider; one-to-one; both complete: passes.
        ["vord-h148-mbog-pen-rider-two-codes"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Cody Westfall · Visit 10 · 12/17/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: FAAM ADL 84% (intake 60%, 10/22/2026)
            LTG 1 (by 01/15): mount and ride the pens a full morning without the L ankle giving — PROGRESSING
               → 97112 · 22 min · perturbations in L single-leg stance on foam, BAPS level 5 standing, stepping up into a stirrup-height box with a reach
               → 97140 · 10 min · talocrural posterior glides grade IV, distal tib-fib glides
               Impairment: L ankle proprioception and dorsiflexion stiffness after the fall from the horse
               ▸ measured by: SLS L foam 15 sec (4 at eval); DF L 9° → 14° after the glides
            Delivery: one-to-one.
            """,
            ["S93.402D", "M25.672"], [PT("97112", 22), PT("97140", 10)], []),

        // BCH Matewan OT, Annaliese: 97530 for a grandmother who strings and breaks beans and lifts the canner; counts, load and assist; L hand weakness; 18 min matches: passes.
        ["vord-h148-bch-ot-97530-canner"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Ruby Hensley · 12/15/2026 · A. Varney, OTR/L
            Goal #1 (OT) — fix Christmas dinner for the family standing at her own stove
               Status: progressing
               Treated with: 97530 (18 min) — lifting a pot of water from the sink to the stove, stirring standing, carrying dishes from the counter to the table
               Impairment: L hand weakness and poor standing balance with her arms busy after the R MCA stroke
               How we know: pot of 6 lb lifted 4 times with stand-by assist; 8 dishes carried with supervision
            """,
            ["I69.354"], [OT("97530", 18)], []),

        // BCH Delbarton, Ophelia: an ATV trail guide with a concussion; attendance 1:1; gaze stabilisation, walking with head turns on the uneven mat; vestibular; DGI and DVA; 22 min matches: passes.
        ["vord-h148-bch-atv-guide-concussion"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Dusty Maynard · 12/14/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — lead a ride on the Hatfield-McCoy trails without the world spinning on the switchbacks
               Status: progressing
               Treated with: 97112 (22 min) — X1 viewing standing on foam, walking the uneven mat with head turns, quick pivot turns on cue
               Impairment: post-concussion vestibular dysfunction; dizzy and off balance with quick head turns
               How we know: DGI 20/24; DVA 3 lines lost (5 at eval)
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["S06.0X1D", "H81.393"], [PT("97112", 22)], []),

        // LCPT Wisner OT, Mirela: 97530 for a grain-elevator operator: climbing the manlift steps, lifting sample buckets; counts and load; 17 matches: passes.
        ["vord-h148-lcpt-ot-97530-grain-elevator"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 6 of 10)
            Pt: Gerald Ruskamp · M. Hrabik, OTR/L
            Functional goal: pull grain samples and carry them up to the scale house [status: progressing]
              Codes/min: 97530 = 17
              Interventions: lifting the sample bucket from the floor to the bench, carrying it up the practice stairs, opening and closing the probe handle
              Impairment: R grip and shoulder weakness after the R rotator-cuff repair
              Progress measure: 12 lb bucket lifted 6 times; carried up 8 stairs twice; grip R 44 lb
            """,
            ["M75.121", "Z98.890"], [OT("97530", 17)], []),

        // LCPT West Point, Corisande: a livestock auctioneer who sways on the block; one-on-one; foam stance talking, head turns, perturbations; postural control; FGA; 23 matches: passes.
        ["vord-h148-lcpt-auctioneer-nmr"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 9 of 12)
            Pt: Duane Kreikemeier · C. Feeken, PT
            Functional goal: stand on the auction block calling a full sale without leaning on the rail [status: progressing]
              Codes/min: 97112 = 23
              Interventions: foam stance while calling bids out loud, quick head turns to each side of the ring, perturbations at the shoulders
              Impairment: postural sway with dual tasks after the R cerebellar stroke
              Progress measure: foam stance with counting aloud 22 sec; FGA 21/30
            One-on-one, his wife in the hall.
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // ORPT Cresco, Kirsten (PTA): 97110 for a Luther professor's knee; grid 15 matches; doses: passes.
        ["vord-h148-orpt-pta-knee-97110"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 05/06/2026
            Interventions: terminal knee extension with the green band 3x15, step-downs off a 6 in step 3x10, SLR with 3 lb 3x12
            Clinical Findings: L quad weakness after the L knee scope; knee gives going down the lecture-hall stairs
            Objective Measures: 10 of 10 step-downs without a dip
            Billing Grid:  97110 | Therapeutic exercise | 15 min
            Kirsten Tjernagel, PTA
            """,
            ["M23.222"], [PTA("97110", 15)], []),

        // ORPT Decorah, Hallie: a trout angler who wades the Upper Iowa; one-on-one; rocker board, foam with head turns, stepping onto the river-rock mat; ankle proprioception; Berg and SLS; grid 22 matches: passes.
        ["vord-h148-orpt-trout-angler"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 05/07/2026
            Delivery: one-on-one, Hallie and Mr. Halvorson
            Interventions: rocker board M/L eyes closed; foam stance with head turns; stepping onto the river-rock mat and stopping
            Clinical Findings: R ankle proprioception poor after the sprain; wobbles wading the riffles on the Upper Iowa
            Objective Measures: Berg 52/56; SLS R on foam 10 sec
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            Next appt: #Name?
            Hallie Bjornstad, PT, DPT
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // SCVH South Fork, Teodora: a potato grower at planting time; one-on-one; stepping over furrows, foam, perturbations; postural control after a stroke; Berg and TUG; 24 min matches: passes.
        ["vord-h148-scvh-potato-grower-nmr"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (SOUTH FORK)
            Aspenline Clinical · Therapy Flowsheet · 05/05/2026
            Supervision/Delivery: one-on-one
            Intervention: stepping over a row of foam rolls like furrows, foam stance with head turns, perturbations at the pelvis
            Target impairment: postural control and a slow stepping strategy after the L stroke; trips over the furrows checking the seed potatoes
            Outcome: Berg 45/56; TUG 12.6 sec
            Timed Codes: 97112 Neuromuscular re-education — 24 min
            T. Ulibarri, PT, DPT, NCS
            """,
            ["I69.398", "R26.81"], [PT("97112", 24)], []),

        // SCVH Del Norte, Gideon: 97140 for a Wolf Creek Pass road-crew plow driver's back; glides and STM; flexion degrees; 12 min matches: passes.
        ["vord-h148-scvh-plow-driver-97140"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (DEL NORTE)
            Aspenline Clinical · Therapy Flowsheet · 05/06/2026
            Intervention: thoracic PA glides grade III T6–T9, rib mobilization R, STM to the R lats and thoracic paraspinals
            Target impairment: R mid-back stiffness, can't turn to look behind the plow
            Outcome: thoracic rotation R 35° → 45°
            Timed Codes: 97140 Manual therapy — 12 min
            G. Trujillo, PT
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // PSTG Onancock, Marisol Quillen: a Wallops technician dizzy looking up at the launch tower; 1:1 ☒; X1 viewing up and down, walking with head pitches; vestibular; DGI and DVA; 22 matches: passes.
        ["vord-h148-pstg-wallops-tech-vestibular"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 05/05/2026
            ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: X1 viewing with head pitches up and down, walking the hall looking up at targets on the ceiling, foam stance with head nods
            Impairments Addressed: R vestibular hypofunction; dizzy and unsteady looking up at the launch tower
            Measurables: DGI 19/24; DVA 2 lines lost
            97112 Neuromuscular re-education — 22 min
            M. Quillen, PT
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // PSTG Pocomoke City OT, Beatrix: 97530 for a poultry-house grower: carrying feed pans, kneeling to the drinker line, lifting a bag; counts, load and assist; 18 matches: passes.
        ["vord-h148-pstg-ot-poultry-house"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 05/06/2026
            Skilled Interventions: carrying feed pans across the gym, kneeling to adjust a drinker line set at ankle height, lifting a 25 lb bag from the floor to the cart
            Impairments Addressed: L hand weakness and poor kneeling control after the R stroke
            Measurables: 6 pans carried with supervision; kneel-to-stand 5 times with the chair; bag lifted 3 times
            97530 Therapeutic activities — 18 min
            B. Crockett, OTR/L
            """,
            ["I69.354"], [OT("97530", 18)], []),

        // SCLH Dee: 97112 (23) and 97110 (12) long-hand; 1:1 thruout; each complete: passes.
        ["vord-h148-sclh-dee-nmr-and-ther-ex"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT — Mon 03/16/2026
            NMR (97112) — 23 min   1:1 thruout
            Tx: perturb. @ shoulders in tandem, foam stance c̄ head turns, step-over-&-stop at the hurdles.
            Imp: ↓ proprioc. B feet c̄ neuropathy, LOB turning at the pierogi counter.
            Obj: Berg 47/56; LOB 2/10 perturb.
            TE (97110) — 12 min
            Tx: STS 3x10, heel raises 3x15, hip abd. c̄ red band 2x12.
            Imp: B hip & calf weakness.
            """,
            ["E11.42", "R26.81"], [PT("97112", 23), PT("97110", 12)], []),

        // SCLH Marisol Ocampo (PTA): "1:1, nobody else at the foam station"; foam step-ups, rocker, perturbations; R knee proprioception; rocker seconds and FGA; 21 min matches: passes.
        ["vord-h148-sclh-marisol-foam-station"] = new(
            """
            SCLH OP REHAB · PTA DAILY NOTE · Pav B gym — M. Ocampo, PTA
            97112 NMR — 21 min
            1:1, nobody else at the foam station the whole time.
            Rocker board M/L, foam step-ups with a nudge at the top, ball catches in tandem.
            Impairment: R knee proprioception after the ACL reconstruction; it wobbles on the bus steps.
            Rocker M/L 18 sec without an edge touch; FGA 23/30.
            """,
            ["Z98.890", "S83.511D"], [PTA("97112", 21)], []),

        // SCLH float Helga: "Timed code minutes: 97116 = 17 / 97112 = 20", both match; ☑ 1:1; each complete: passes.
        ["vord-h148-sclh-float-gait-and-nmr"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage from 7 North — H. Lindqvist, PT
            Pt received in the Pav B waiting area, gait belt on. ☑ Pt treated 1:1 for timed codes
            Gait: walker to SPC in the corridor, cues for L heel strike; 220 ft SPC with CGA.
            NMR: foam stance with head turns, tandem at the bar, perturbations at the pelvis; Berg 41/56.
            Problem: L ankle proprioception and short L step after the L ankle fracture.
            Timed code minutes: 97116 = 17 / 97112 = 20
            """,
            ["S82.892D", "R26.89"], [PT("97116", 17), PT("97112", 20)], []),

        // LMPT Archer Ave, Kelsey (resident): a high-school soccer goalie; (x) 1:1; reactive dives to the foam, hop-to-stabilize, perturbations; knee proprioception after ACL; hop symmetry and Y-balance; 22 matches: passes.
        ["vord-h148-lmpt-resident-goalie"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency) — Mentor co-sign to follow
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: single-leg hop-to-stabilize on the R, perturbations in goalie stance on the foam, reactive lateral shuffles to a light cue
            Why: R knee proprioception and dynamic valgus after the ACL reconstruction
            #s: single hop LSI 86%; Y-balance anterior R 4 cm short of L
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 22)], []),

        // NPD late entry for Saturday: 97116 with the cane on the hall and the Pav B stairs; distance and stairs with assist; "97116 x 18 min" matches: passes.
        ["vord-h148-npd-late-entry-97116"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Mon 03/16/2026 11:05 for Sat 03/14/2026
            97116 x 18 min
            Gait: SPC on the corridor and the Pav B stairs, cues for R knee flexion in swing.
            Deficits: stiff-knee gait R after the TKA.
            Result: 300 ft SPC mod I; 12 stairs with one rail SBA.
            """,
            ["Z96.651"], [PT("97116", 18)], []),

        // LCRT Winslow, Loretta: a complete 97112 note sent with no diagnosis: diagnosis missing only.
        ["vord-h148-lcrt-complete-no-diagnosis"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: foam stance with head turns, stepping over the rope, perturbations at the pelvis
            Problem: postural control after the fall hauling water at her mother's place
            Measure: Berg 46/56
            L. Begay, PT, DPT
            """,
            [], [PT("97112", 22)], [Dx]),

        // MBOG Nyssa, Rosalind: a complete 97110 note whose claim diagnosis is the words "per PCP": diagnosis missing only.
        ["vord-h148-mbog-diagnosis-per-pcp"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Lupe Arriola · Visit 4 · 12/15/2026 · R. Quenneville, PT, DPT, OCS
            STG 1 (by visit 8): lift the onion sacks to the pallet without the back catching — PROGRESSING
               → 97110 · 15 min · hip hinge with the dowel 3x10, bird dogs 3x10, deadlift from blocks 40 lb 3x8
               Impairment: lumbar extensor and glute weakness
               ▸ measured by: deadlift 40 lb from the blocks pain-free
            """,
            ["per PCP"], [PT("97110", 15)], [Dx]),

        // PCPT Houma, Jules (PTA): a two-code note whose 97110 minutes were carried from a longer visit — "Ther ex ........ 24 min" on a 12-minute line: mismatch on 97110; 97112 matches; both complete.
        ["vord-h148-pc-jules-carried-minutes"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/13/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: perturbations on the foam, tandem with head turns, stepping onto the rocker platform
            For: R ankle proprioception, she turns it on the levee path
            Numbers: SLS R 9 sec; Berg 49/56
            Code 97110 Ther ex ........ 24 min
            Did: heel raises 3x15, resisted eversion with the red band 3x12, step-downs 2x10
            For: R peroneal and calf weakness
            """,
            ["S93.401D"], [PTA("97112", 23), PTA("97110", 12)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
