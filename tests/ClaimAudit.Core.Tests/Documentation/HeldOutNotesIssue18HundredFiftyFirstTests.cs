using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-fifty-first held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have). The
/// engine's output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-first session, blind after the hundred-and-forty-eighth to hundred-and-fiftieth
/// sets) is the following week of the clinics of those three sets, each clinic in its own style and on its own
/// templates: the goal-by-goal clinics in the week before Christmas (21 – 23 December 2026), the migrated clinics a
/// week on (11 – 14 May 2026), the city hospital gym and its neighbours on the Monday after (23 March 2026, with the
/// per-diem's late entries for Saturday the 21st), the four far-apart practices the week after (17 – 20 March 2026),
/// the minimal, dense and padded writers and the three appeal-minded practices of the hundred-and-fiftieth set the
/// week after theirs — the same writers, new patients and returning ones, new wording. No style is new. About two
/// thirds are ordinary and complete (74 of 118), single- and multi-code visits (97110, 97112, 97116, 97140,
/// 97530, up to three in a visit, a PT's and an OT's code on one visit), by PTs, PTAs and OTs, from these employers:
/// <list type="number">
/// <item>the three practices of the hundred-and-fiftieth set, whose notes are written to survive an appeal: Touchet
/// Valley Physical Therapy (TVPT: Walla Walla's Rose Street clinic, Waitsburg, College Place and Dayton, Washington;
/// "SERVICE:", "DELIVERY:", "WHAT I DID AND WHY:", "SKILLED COMPONENT:", "DEFICIT ADDRESSED:", "OBJECTIVE:",
/// "RESPONSE:", "PLAN:", the "NOTE TO REVIEWER:" line and the "One-on-one for the entire billed service? Y / N"
/// question): Celeste Vandergriff, Owen Takacs, Brianna Ferrell (PTA) and Nadia Sorensen (OTR/L); Llano Estacado Rehab
/// &amp; Balance (LERB: Hereford, Dumas, Dalhart and Friona, Texas; the auth-ready template with "AUTH #", "visit 7 of
/// 12 authorized", "Functional deficit driving medical necessity:", "Skilled interventions (with rationale):",
/// "Objective data for reviewer:", "Attendance: [Select: 1:1 / Concurrent / Group]", "Minutes by CPT:" and the HMO's
/// "Steady at Home" weeks): Wendell Graf, Dale Hobart, Yesenia Carrizales (PTA) and Kirsten Aldana (OTR/L); Ocmulgee
/// River Physical Therapy (Ocmulgee ORPT: Warner Robins, Fort Valley, Milledgeville and Hawkinsville, Georgia; the
/// "Daily Note — post-TPE template rev. C" with precautions, "Constant attendance:", the "[X] 1:1 constant attendance [
/// ] Concurrent [ ] Group" row, a clock in–out on each timed code's line, "Intervention and skilled rationale:",
/// "Impairment addressed:", "Objective measure:", "Time statement:" and the "TPE self-audit"): Rhonda Akins, Terrence
/// Bledsoe, Kiana Rowe (PTA) and Marjorie Tillman (OTR/L);</item>
/// <item>the goal-by-goal clinics: Malheur Bend Orthopaedic Outcomes Group (MBOG: Ontario, Nyssa and Vale, Oregon;
/// "PRIMARY OUTCOME:", "LTG … — PROGRESSING", "→ 97112 · 22 min · …", "▸ measured by:"): Rosalind Quenneville,
/// Ignacio Barragán and Kenzie Pfleger (PTA); Blackberry Creek Hospital's Neurologic Therapy Clinic (BCH: Matewan, Kermit
/// and Delbarton; "Goal #1 — …", "Treated with: 97112 (23 min) — …", "How we know:", "Attendance: ☒ 1:1 ☐ concurrent ☐
/// group"): Ophelia Stanbury, Lyle Maynard, Jodi Spurlock (PTA) and Annaliese Varney (OTR/L); Logan Creek Physical
/// Therapy (LCPT: Wisner, West Point and Pender; the "NNVC GOAL TRACKER" with "Codes/min: 97112 = 21" and "Progress
/// measure:"): Corisande Feeken, Arlo Wiechmann, Tressa Uhing (PTA) and Mirela Hrabik (OTR/L);</item>
/// <item>the migrated clinics: Oneota River Physical Therapy (Oneota ORPT: Decorah, Waukon and Cresco, Iowa;
/// Prairielight's "Delivery:", "1:1 (Y/N):", "Clinical Findings:", "Objective Measures:" and the "Billing Grid" with its
/// default 15): Hallie Bjornstad, Osvaldo Reyes and Kirsten Tjernagel (PTA); Sangre de Cristo Valley Hospital (SCVH:
/// Monte Vista, Del Norte and South Fork, Colorado; Aspenline's "Supervision/Delivery:", "Target impairment:",
/// "Outcome:", "(none entered)" and "Timed Codes:"): Teodora Ulibarri, Gideon Trujillo, Lupita Atencio (PTA) and Renae
/// Holcomb (OTR/L); Pocomoke Sound Therapy Group (PSTG: Pocomoke City, Onancock and Chincoteague, Virginia and Maryland's
/// shore; TidePoint's "Mode of delivery: … ▾", "☒ 1:1 ☐ Group ☐ Co-treat", "Skilled Interventions:", "Impairments
/// Addressed:", "Measurables:" and "Minutes (auto-calc):"): Marisol Quillen, Desmond Kellam, Jolie Tawes (PTA) and
/// Beatrix Crockett (OTR/L);</item>
/// <item>the city hospital gym and its neighbours (Chicago): St. Casimir Lakeshore Hospital's Pavilion B (SCLH): Dee
/// Wachowski ("1:1 thruout", "c̄", "↓"), Nathaniel Osei-Bonsu (first-person sentences), Marisol Ocampo (PTA), Anjali
/// Subramaniam (clock ranges) and the float Helga Lindqvist ("☑ Pt treated 1:1 for timed codes", "Timed code
/// minutes:"); Lakeshore Motion PT (LMPT: "Code: 97112 | Min: 22 | Attendance: (x) 1:1 …", "Tx:", "Why:", "#s:"): Rosa
/// Delgado-Finn, the resident Kelsey Drummond and TJ Kowalczyk (PTA); NorthPier Per Diem (NPD): Bogdan Petrescu's late
/// entries;</item>
/// <item>the four practices: Petit Caillou Physical Therapy (PCPT: Houma and Thibodaux, Louisiana; "Code 97112 Neuro
/// re-ed ........ 24 min", "Attendance: [X] one-on-one …", "Did:", "For:", "Numbers:"): Cleo Robichaux, Jules Guidry
/// (PTA, in his own voice) and Annette Breaux; Harbor Light Physical Therapy (HLPT: Stonington, Blue Hill and Ellsworth,
/// Maine; S:/O: notes, "Billed: 97112 (22 min)", "☒ 1:1 ☐ group"): Peg Sargent, Caleb Eaton (PTA) and Hollis Grindle
/// (fragments); Lakeside Macomb Hospital (LMH: Sterling Heights, Warren and Roseville, Michigan; "Timed Procedures",
/// "97112 Neuromuscular Re-ed: 24 Minutes", "***" and "{LMH DELIVERY TYPE:30451}"): Keisha Whitfield, Dariusz Nowicki,
/// LaToya Grant (PTA) and Renee Kaminski (OTR/L); Little Colorado River Therapy (LCRT: Winslow and Holbrook, Arizona;
/// "Svc: NMR 97112 | Time: 23 minutes | 1:1: Y", "Activity:", "Problem:", "Measure:"): Loretta Begay, Wendell Yazzie
/// (PTA) and Emily Hartman;</item>
/// <item>the minimal, dense and padded writers: JointWorks (JWO: Warsaw, Goshen, Elkhart and Plymouth, Indiana; the
/// QuickNote's "97112 ▸ 22m", "1:1 ▸ Y", "Tx ▸", "Area ▸", "# ▸", the Plymouth "☐ Y ☐ N" toggle and the chain's
/// "StableStart" levels): Kyle Amstutz, Devin Yoder, Jenna Hochstetler (PTA) and Marisa Beer (PTA); Rawhide Physical
/// Therapy (RPT: Merle Vankirk's one dense line a visit, Lusk, Wyoming); Sheboygan Harbor Medical Center's neuro clinic
/// (SHMC: the "ALL SECTIONS REQUIRED" template with "CHARGES / TIMED SERVICES", "DELIVERY MODE", "IMPAIRMENTS ADDRESSED",
/// "OUTCOME MEASURES" and "ATTESTATION"): Annika Vandervelde, Luis Ochoa-Brandt, Kayla Nienhuis (PTA) and Renee
/// Wolfgram (OTR/L).</item>
/// </list>
/// This week's people: a shrimp-boat deckhand's mother at the dock, a bait-barrel lobsterman, a feed-truck driver who
/// went over backward, a peach-packing-shed worker, an onion-shed catwalk walker, a Navajo weaver at her loom, a
/// bowling-alley regular, an elk hunter side-hilling in the Blue Mountains, a coal-truck driver checking his mirrors, a
/// clam-boat hand after a fusion, a hay-wagon unloader, a grandmother carrying the Christmas ham, a crab-trap fisherman,
/// a sheep-camp herder, an irrigation-pipe mover, a trading-post clerk, a potter reaching to her shelf, a winery
/// cellar worker, a morel hunter, a pony-penning volunteer at Chincoteague, a grain-elevator operator, a kolache baker
/// for the church sale, a woman who feeds her hens, a rodeo-grounds sprain and a Parkinson's patient who froze at the
/// Christmas concert — with a sister and her rosary in the lobby, a daughter in the truck, a granddaughter learning the
/// gait-belt hold, a transport aide by the door, a wife in the pickup, a son and a daughter interpreting in Arabic and
/// Spanish, wives in the hall and by the door, and the patients who were treated alongside (Mr. Pope in the balance
/// corner, Mr. Ugalde at the step station, Mr. Tso at the parallel bars, Mrs. Brandt at the kitchen counter, Mr. Graber
/// on the bike).
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads each clinic's template as its writers
/// fill it, applying the contract to what the note says was done at this visit: a blank, "___", "***", "—", "(none
/// entered)", an unanswered pick-list or "Select ▾", an unmarked box row and a "Y / N" with neither chosen state
/// nothing; "see plan of care", "see flowsheet", "per POC", "per authorization", "as on the auth request", "same" and
/// "N/A" name nothing; a ticked box, a chosen pick-list or an answered field says what it says; a branded level, an
/// HMO pathway's week, an order set or a clinician's private name for a routine never stands for a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h151-…): one-on-one in these writers' own words ("Jus' me an' Miss Verret on the mat, cher, nobody
/// else in the gym the whole neuro re-ed — her sister sat out in the lobby wit' her rosary", "One-on-one — Ansel was the
/// only one on my schedule that hour; his daughter waited in the truck", "1:1 — his granddaughter Kaylee stood by the mat
/// to learn the gait-belt hold; she treated no one and I treated no one else", "I treated Mr. Kowalski one-on-one for
/// the whole NMR; the transport aide waited by the door"), notes that negate it ("Constant attendance: NO — I alternated
/// between Mrs. Hightower and Mr. Pope in the balance corner", "Delivery: shared — ran Mr. Ugalde through his step
/// station while she did the foam series", "1:1: N — had Mr. Tso at the parallel bars too, went between them") or never
/// state it (a per-diem late entry, a PTA's long rationale with no delivery line), and the codes without a one-on-one
/// check: an OT's 97530 with two patients at the ADL kitchen counter and a PTA's 97110 with "1:1 ▸ N — Mr. Graber on the
/// bike next to her";</item>
/// <item>class 2 (v2-h151-…): "Attendance: ☐ 1:1 ☐ concurrent ☐ group" with nothing ticked, "Mode of delivery: Select ▾"
/// over an empty box row, "{LMH DELIVERY TYPE:30451}" beside "Impairments: ***", "1:1 (Y/N): Y" answered under a blank
/// "Delivery:", "Berg ___ TUG ___ (retest deferred)", the post-TPE row ticked "[X] 1:1 constant attendance", "One-on-one
/// for the entire billed service? Y / N" with neither chosen, "Target impairment: (none entered)", "Progress measure:
/// ______" and the Plymouth "1:1 ☐ Y ☐ N" toggle untouched;</item>
/// <item>class 3 (v3-h151-…): named programmes and methods as techniques (PNF chop and lift patterns in tall-kneeling,
/// Mulligan SNAGs into rotation for a 97140, Tai Ji Quan: Moving for Better Balance forms, mirror therapy with
/// weight bearing through the hemiparetic arm, Dynamic Neuromuscular Stabilization developmental positions, Bertec
/// force-plate weight-shift biofeedback, body-weight-supported treadmill training with TheraTogs strapping for a 97116),
/// the chain's "StableStart Level 5", the HMO's "Steady at Home pathway, week 6 activities per the plan's handout" and
/// Merle's "branding-day drills" as the only technique, Frenkel exercises with no number, and an isometric-to-isotonic
/// patellar tendon programme "per the handout" with no dose;</item>
/// <item>class 4 (v4-h151-…): deficits stated as findings in these writers' terms (a knee that buckles and puts her down
/// on one knee when the dock boards give at the crab traps, a woman who cannot tell where her feet are once the church
/// lights go down for the candlelight service, a hand that cannot hold a plate level from the church-basement
/// pass-through, a hand that won't open wide enough for a canning-jar lid) and notes that state none ("Why: same",
/// "Impairment addressed: N/A", "Functional deficit driving medical necessity: as on the auth request");</item>
/// <item>class 5 (v5-h151-…): measures in every usual form (FGA with a ten-metre walk in metres per second, the Four
/// Square Step Test with a 30-second chair stand, Berg with a five-times sit-to-stand in Merle's line, a laundry basket's
/// weight and the feet it was carried for a 97530) and notes with none ("Objective Measures: not done — she came
/// straight from the sale barn", "Obj: steadier than last wk per pt &amp; me", a 97116 that "walked further in the hall
/// than last time", a 97110 "to tolerance" with "OBJECTIVE: not measured today", an OT's "did well with all
/// tasks");</item>
/// <item>class 6 (v6-h151-…): minutes in these templates' forms (dotted leaders for 97112 and 97110, two LMH "Timed
/// Procedures", a PT's and an OT's "Codes/min" under one goal, two codes in one of Merle's lines, the float's three codes
/// in "Timed code minutes: 97112 = 21 / 97116 = 12 / 97110 = 10") and true mismatches (the Billing Grid's default 15 on a
/// 26-minute line, "97112 ▸ 35m" on 23, a "97110 Therapeutic exercise — 30 min" heading on 18, "Minutes by CPT: … 97116 =
/// 25" on 14, a 97110 clock range of thirty-three minutes on a 12-minute line) and truly missing separate time
/// ("Minutes (auto-calc): 37" for two codes, "TIMED TOTAL (all services): 38" under two codes listed without minutes, a
/// second code "Ther ex 97110." with none);</item>
/// <item>class 7 (v7-h151-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty two-code visit, an empty OT 97530 with no diagnosis, spaces and line breaks on a PTA's 97116), the
/// contract's meanings for 97110 (rows, trap-bar deadlifts and farmer's carries for a crab-trap fisherman), 97530 (split
/// wood into the stove and water jugs to the tailgate), 97140 (first-rib mobilisation and scalene soft-tissue work) and
/// 97116 (walker to quad cane on a church's gravel lot and the fellowship-hall steps), and wholly generic notes: the
/// post-TPE template with every heading filled with generic text, an LMPT "ther ex per POC / Why: per POC / #s: —", an
/// Aspenline OT note of "therapeutic activities per order set", and a two-code LERB note in prior-authorization
/// language;</item>
/// <item>ordinary (vord-h151-…): complete notes of this week from the clinics that a reviewer passes (the
/// false-positive guard), returning patients among them (Mr. Schreck, Mr. Quiñones, Mr. Dukes, Mr. Westfall, the
/// Cocodrie angler, the wreath maker, the carver), and the ordinary weak ones: a complete note with no diagnosis, a
/// claim whose diagnosis is the words "see referral", and a 97110 whose minutes were carried from a longer visit.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — sisters, daughters, a granddaughter,
/// sons, wives, a transport aide and interpreters (none of them a patient; Mr. Pope, Mr. Ugalde, Mr. Tso, Mrs. Brandt
/// and Mr. Graber are), ages, dates of service and of late entries, authorization numbers and visit counts ("visit 7 of
/// 12 authorized"), times of day, box, step and shelf heights in inches, loads in pounds and gallons, band colours,
/// degrees, centimetres and inches of reach, seconds, percentages of unloading and of the limits of stability, belt
/// speeds in miles an hour, gait speeds in metres per second, feet walked, stairs, and counts of jars, plates, cans,
/// boxes, towels, dishes, rounds of dough and perturbations — and each is written so that a reviewer cannot take it for
/// a billed code's minutes; a code's minutes are written next to the code ("Code 97112 Neuro re-ed ........ 22 min",
/// "Billed: 97112 (23 min)", "97112 Neuromuscular Re-ed: 24 Minutes", "Svc: NMR 97112 | Time: 22 minutes", "97112 ▸
/// 22m", "97112 22 min", "→ 97112 · 21 min", "Treated with: 97112 (22 min)", "Codes/min: 97112 = 23", "Billing Grid:
/// 97112 | … | 23 min", "Timed Codes: 97112 … — 24 min", "97112 … — 22 min", "NMR (97112) — 22 min", "Code: 97112 |
/// Min: 22", "97112 x 23 min", "CPT 97112 — 23 minutes", "Minutes by CPT: 97112 = 22 | 97116 = 15", "(CPT 97112): 24
/// minutes", "Timed code minutes: 97112 = 21 / …"), in its block's heading, or as a clock range on the code's own line;
/// no note gives minutes to a visit, a drill, a rest or a test, except the two that fail for a visit's total ("Minutes
/// (auto-calc): 37", "TIMED TOTAL (all services): 38"); notes failed for want of a measure carry no number but their code
/// and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A
/// 97112 passes the measure check only on an objective measure with a number and fails it only when the note has no
/// number but its code and its minutes; for the other codes a dose (sets, repetitions, load, hold, distance,
/// assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver, interpreter
/// or staff member in the room does not undo a one-on-one statement, another patient treated in the same block does,
/// and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what this week's notes could honestly be read either way on: a total written on the same
/// line as the last of the codes it sums, a "TPE self-audit" row ticked for an element the note's text never states, a
/// test whose name carries a time (a 30-second chair stand) as a note's only number, a deficit a 97110 names only as the
/// exercise's purpose ("because his quads give out"), an HMO pathway's week named beside a single technique that only the
/// pathway's handout describes, and a holiday goal ("cook the Christmas Eve stew") as a 97112's only
/// target.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 115 of 118 cases agree (116 needed), and none of the 74 notes the reviewer passes got a finding, on the analyzer of e196673 (the 2026-12-07 twenty-first session after the hundred-and-forty-first to hundred-and-fiftieth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (5565a36, the session's final code): 117 of 118, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFiftyFirstTests(ITestOutputHelper output)
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

        // PCPT Houma, Jules in his own voice: "Jus' me an' Miss Verret on the mat, cher, nobody else in the gym the whole neuro re-ed — her sister sat out in the lobby wit' her rosary"; foam reaches like pulling a cast net, side-stepping on the half-roll, pushes at the hips; late hip strategy, sways on the shrimp-boat deck; Berg and perturbations; dotted 22 matches: passes.
        ["v1-h151-pc-jules-nobody-else-in-the-gym"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/17/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Jus' me an' Miss Verret on the mat, cher, nobody else in the gym the whole neuro re-ed — her sister sat out in the lobby wit' her rosary.
            Did: standin' on the foam reachin' out like throwin' a cast net, side-steppin' on the half foam roll, pushes at the hips to make her catch herself
            For: late hip strategy, she sways and grabs the rail when her son's shrimp boat rolls at the dock
            Numbers: Berg 46/56; caught 7 of 10 pushes without a step
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // HLPT Stonington, Peg's S:/O:: "One-on-one — Ansel was the only one on my schedule that hour; his daughter waited in the truck"; habituation bending to the bait barrel, X1 viewing standing on foam, walking the hall with head turns; L vestibular hypofunction; DGI and symptom count; "Billed: 97112 (23 min)" matches: passes.
        ["v1-h151-hl-peg-only-one-on-the-schedule"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT · 3/18/2026
            S: Ansel says the spins come when he bends into the bait barrel.
            O: One-on-one — Ansel was the only one on my schedule that hour; his daughter waited in the truck.
            Habituation bending down to a bucket and back up, X1 viewing standing on foam, walking the hall with head turns and stopping on my cue.
            L vestibular hypofunction; motion-provoked dizziness bending and turning.
            DGI 18/24; dizzy in 4 of 8 habituation positions (7 at eval).
            Billed: 97112 (23 min)
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // LERB Dumas auth-ready note: "Attendance: 1:1 — his granddaughter watched to learn the gait-belt hold, she treated no one"; PNF rhythmic stabilisation in standing, lateral push-and-release at the pelvis, stepping over the feed-trough rail; posterior lean and slow stepping reaction; Berg and TUG; "CPT 97112 — 24 minutes" matches: passes.
        ["v1-h151-lerb-granddaughter-learning-the-belt"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dumas
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05102 · visit 7 of 12 authorized
            Pt: Eldon Sprayberry · Dale Hobart, PT
            CPT 97112 — 24 minutes
            Attendance: 1:1 — his granddaughter Kaylee stood by the mat to learn the gait-belt hold; she treated no one and I treated no one else.
            Functional deficit driving medical necessity: posterior lean and a slow stepping reaction; went over backward off the feed-truck step in October.
            Skilled interventions (with rationale): PNF rhythmic stabilization in standing, in order to build trunk holding against my hands; lateral push-and-release at the pelvis, because he does not step until he is already falling; stepping over the trough rail with a forward weight shift.
            Objective data for reviewer: Berg 41/56 (35 at eval); TUG 14.2 sec (17.9 at eval).
            Progress toward authorized goals: STG 2 (no loss of balance stepping off the truck) in progress.
            Continued need / next request: reassess at visit 10.
            """,
            ["R26.81", "R29.6"], [PT("97112", 24)], []),

        // Ocmulgee ORPT Fort Valley, Kiana (PTA): row unticked and "Constant attendance: NO — I alternated between Mrs. Hightower and Mr. Pope in the balance corner, a few reps each"; otherwise complete (tandem on the beam, foam stance with head turns, perturbations; sway and late step; Berg): one-on-one missing.
        ["v1-h151-ocm-pta-alternated-in-the-balance-corner"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Odessa Hightower | Kiana Rowe, PTA | Precautions: fall risk; low vision L eye
            97112 Neuromuscular Re-education | 3:10–3:32 pm
            Attendance: [ ] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Constant attendance: NO — I alternated between Mrs. Hightower and Mr. Pope in the balance corner, a few reps each.
            Intervention and skilled rationale: tandem on the balance beam with a hand at the rail, foam stance with slow head turns, perturbations at the shoulders, because she sways and steps late when the packing-shed belt starts.
            Impairment addressed: increased postural sway and a delayed stepping strategy.
            Objective measure: Berg 44/56.
            Plan: continue per plan of care.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // MBOG Nyssa, Kenzie (PTA): "Delivery: shared — ran Mr. Ugalde through his step station while she did the foam series"; otherwise complete (foam series with perturbations, BAPS, tandem; L ankle proprioception; SLS and BAPS): one-on-one missing.
        ["v1-h151-mbog-pta-shared-with-the-step-station"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Araceli Mendiola · Visit 6 · 12/22/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: FAAM ADL 71% (intake 55%)
            STG 2 (by visit 8): walk the onion-shed catwalk without reaching for the rail — PROGRESSING
               → 97112 · 21 min · foam stance with perturbations at the pelvis, BAPS level 3 standing, tandem on the half roll
               Impairment: L ankle proprioception after the inversion sprain on the shed ramp
               ▸ measured by: SLS L on foam 9 sec (3 at eval); BAPS level 3 without a hand down
            Delivery: shared — ran Mr. Ugalde through his step station while she did the foam series.
            """,
            ["S93.402D"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // NPD late entry for Saturday 21 March, written Monday: no delivery word anywhere; otherwise complete (X1 viewing on foam, head-turn walking, pivots; R vestibular hypofunction; DGI): one-on-one missing.
        ["v1-h151-npd-late-entry-without-a-delivery-word"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Mon 03/23/2026 08:50 for Sat 03/21/2026
            97112 x 23 min
            NMR: X1 viewing standing on the foam, walking the corridor with horizontal head turns, quick pivots to each side on cue.
            Deficits: R vestibular hypofunction after neuritis; he veers to the R checking the L train platform boards.
            Result: DGI 17/24; dynamic visual acuity 4 lines lost.
            """,
            ["H81.21"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // LCRT Holbrook, Wendell (PTA): "Svc: NMR 97112 | Time: 22 minutes | 1:1: N" with "had Mr. Tso at the parallel bars too, went between them"; otherwise complete: one-on-one missing.
        ["v1-h151-lcrt-wendell-svc-row-n-two-patients"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: NMR 97112 | Time: 22 minutes | 1:1: N — had Mr. Tso at the parallel bars too, went between them
            Activity: weight shifts on the foam reaching for the loom shuttle, tandem along the wall, stepping over the cones and stopping
            Problem: R ankle proprioception poor after the fracture; she wobbles standing at her loom
            Measure: SLS R 7 sec; tandem 12 sec
            W. Yazzie, PTA
            """,
            ["S82.891D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // SCLH Nathaniel in first person: "I treated Mr. Kowalski one-on-one for the whole NMR; the transport aide waited by the door with the wheelchair"; PNF chops and lifts in half-kneeling, foam stance with head turns, reactive stepping; trunk ataxia; SARA and Berg; "(CPT 97112): 24 minutes" matches: passes.
        ["v1-h151-sclh-nathaniel-transport-aide-by-the-door"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B neuro clinic — N. Osei-Bonsu, PT, DPT — Mon 03/23/2026
            Neuromuscular re-education (CPT 97112): 24 minutes.
            I treated Mr. Kowalski one-on-one for the whole NMR; the transport aide waited by the door with the wheelchair.
            I worked PNF chops and lifts in half-kneeling, foam stance with slow head turns and reactive steps to pushes at his hips.
            His trunk ataxia after the cerebellar bleed makes him lurch when he turns to sit at the bowling-alley bench.
            I scored SARA 12/40 and Berg 42/56 today.
            """,
            ["I69.193", "R27.0"], [PT("97112", 24)], []),

        // SHMC OT 97530 with "DELIVERY MODE: two patients at the ADL kitchen counter (Mrs. Brandt and this patient)": 97530 has no one-on-one check; kitchen retrieval, carrying a pot, standing at the counter; L hemiparesis; counts and distances: passes.
        ["v1-h151-shmc-ot-97530-two-at-the-kitchen-counter"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   INTERPRETER: not needed.
            CHARGES / TIMED SERVICES: 97530 Therapeutic activities — 18 min
            DELIVERY MODE: two patients at the ADL kitchen counter (Mrs. Brandt and this patient).
            INTERVENTIONS: retrieving cans from the upper cupboard with the L hand, carrying a 3 lb pot from stove to sink, standing at the counter to cut vegetables.
            IMPAIRMENTS ADDRESSED: L upper-extremity weakness and reduced standing tolerance after the R MCA stroke.
            OUTCOME MEASURES: 8 of 10 cans placed with the L hand; carried the pot 12 ft with standby assist.
            ATTESTATION: Electronically signed, R. Wolfgram, OTR/L.
            """,
            ["I69.354"], [OT("97530", 18)], []),

        // JWO Goshen QuickNote, Jenna (PTA): 97110 with "1:1 ▸ N — Mr. Graber on the bike next to her": 97110 has no one-on-one check; step-ups, bridges, wall sits with doses; R quad weakness: passes.
        ["v1-h151-jwo-pta-97110-graber-on-the-bike"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97110 ▸ 15m
            1:1 ▸ N — Mr. Graber on the bike next to her
            Tx ▸ step-ups 6 in 3x10, bridges 3x15, wall sits 4 x 20 s, TKE green band 3x15
            Area ▸ R quad weakness after the R TKA, can't get up the buggy step
            """,
            ["Z96.651"], [PTA("97110", 15)], []),

        // TVPT Waitsburg, Brianna (PTA): long "WHAT I DID AND WHY" and "SKILLED COMPONENT" but no DELIVERY line and no delivery word: one-on-one missing.
        ["v1-h151-tv-pta-long-rationale-no-delivery"] = new(
            """
            Touchet Valley Physical Therapy — Waitsburg
            Brianna Ferrell, PTA · Pt: Hazel Lindquist, age 79 · supervising PT C. Vandergriff
            SERVICE: 97112 Neuromuscular re-education — 22 min
            WHAT I DID AND WHY: foam stance with eyes closed and slow head turns, in order to make her use her inner ear and feet instead of her eyes; stepping strategy drills to pulls at the hips, because she falls backward reaching into the high cupboard; walking while naming the grandchildren's birthdays, to train attention split.
            SKILLED COMPONENT: the progression was decided rep by rep, and she needs a hand on the gait belt on the foam.
            DEFICIT ADDRESSED: vision-dependent balance with somatosensory loss from the neuropathy; retropulsion.
            OBJECTIVE: CTSIB foam eyes closed 9 sec (4 at eval); 3 backward steps on the pull test (5 at eval).
            RESPONSE: fewer grabs for the parallel bar by the end.
            PLAN: add the rocker board next visit.
            """,
            ["R26.81", "G62.9"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // BCH Kermit: "Attendance: ☐ 1:1 ☐ concurrent ☐ group" with nothing ticked; otherwise complete (X1 viewing, head-turn walking on the uneven mat, brisk pivots; post-concussion vestibular; DGI): one-on-one missing.
        ["v2-h151-bch-attendance-row-nothing-ticked"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Tanner Stepp · 12/21/2026 · L. Maynard, PT
            Goal #1 — drive the coal-truck route over the mountain without the dizziness on the curves
               Status: progressing
               Treated with: 97112 (22 min) — X1 viewing seated then standing, walking the uneven mat with head turns, brisk pivots on cue
               Impairment: post-concussion vestibular dysfunction; dizzy turning to check his mirrors
               How we know: DGI 19/24 (15 at eval)
            Attendance: ☐ 1:1 ☐ concurrent ☐ group
            """,
            ["S06.0X0D", "H81.393"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PSTG Pocomoke City: "Mode of delivery: Select ▾" never answered and the box row empty; otherwise complete (DNS developmental positions and perturbations; trunk motor control; Mini-BESTest): one-on-one missing.
        ["v2-h151-pstg-mode-of-delivery-select"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 05/12/2026
            Mode of delivery: Select ▾
            ☐ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: Dynamic Neuromuscular Stabilization — supported quadruped and oblique sit holds with breathing, progressing to half-kneel with perturbations at the trunk
            Impairments Addressed: trunk motor control poor after the lumbar fusion; he sways and locks his knees standing on the clam boat
            Measurables: Mini-BESTest 21/28
            97112 Neuromuscular re-education — 23 min
            D. Kellam, PT, DPT
            """,
            ["M96.1", "R26.89"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // LMH Warren: "{LMH DELIVERY TYPE:30451}" left unanswered and "Impairments: ***"; interventions and objective filled: one-on-one and deficit missing.
        ["v2-h151-lmh-delivery-picklist-and-impairments-stars"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 24 Minutes
              Delivery: {LMH DELIVERY TYPE:30451}
              Interventions: step-and-stick onto the foam, lateral weight shifts with a reach to the cone, tandem on the beam with head turns
              Impairments: ***
              Objective: Berg 43/56; step-and-stick 6 of 10
            """,
            ["I69.351"], [PT("97112", 24)], [At(OneOnOne, "97112"), At(Deficit, "97112")]),

        // Oneota ORPT Cresco: "Delivery:" blank but "1:1 (Y/N): Y" answered; rocker board, tandem, perturbations; ankle proprioception; Berg, SLS; grid 23 matches: passes.
        ["v2-h151-oneota-yn-answered-y-under-a-blank-delivery"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 05/13/2026
            Delivery:
            1:1 (Y/N): Y
            Interventions: rocker board M/L eyes closed, tandem on the foam beam, perturbations at the hips in single-leg stance
            Clinical Findings: L ankle proprioception poor after the sprain; rolls the ankle on the hog-lot gravel
            Objective Measures: SLS L on foam 8 sec (R 21 sec); Berg 51/56
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            Kirsten Tjernagel, PTA
            """,
            ["S93.402D"], [PTA("97112", 23)], []),

        // LERB Friona: "Objective data for reviewer: Berg ___ TUG ___ (retest deferred)" with no number anywhere else; otherwise complete: measure missing.
        ["v2-h151-lerb-objective-data-blanks"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0101187
            Pt: Norma Jean Kuehler · Wendell Graf, PT, DPT
            CPT 97112 — 23 minutes
            Attendance: 1:1
            Functional deficit driving medical necessity: vision-dependent balance and a slow ankle strategy; she sways and steps when the church hall lights dim for the slide show.
            Skilled interventions (with rationale): foam stance eyes closed, in order to shift her off her vision; ankle-strategy sways forward and back to my hand at the sternum; stepping over the cones and stopping.
            Objective data for reviewer: Berg ___ TUG ___ (retest deferred)
            Progress toward authorized goals: in progress.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // Ocmulgee ORPT Milledgeville, Terrence: "[X] 1:1 constant attendance" ticked; Bertec force-plate weight-shift biofeedback, perturbations; L weight-bearing asymmetry; limits of stability %: clock range 9:40–10:03 (23) matches: passes.
        ["v2-h151-ocm-row-ticked-force-plate"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Virgil Boatwright | Terrence Bledsoe, PT | Precautions: fall risk
            97112 Neuromuscular Re-education | 9:40–10:03 am
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: Bertec force-plate weight-shift training to targets with visual biofeedback, then perturbations at the pelvis, because he keeps his weight off the L leg and falls to that side.
            Impairment addressed: L weight-bearing asymmetry and poor postural control after the R stroke.
            Objective measure: limits of stability L 48% (R 81%); Berg 39/56.
            Patient response: reached the L targets by the last trial.
            Plan: continue per plan of care.
            """,
            ["I69.354", "R26.89"], [PT("97112", 23)], []),

        // TVPT Rose Street, Celeste: "One-on-one for the entire billed service? Y / N" left with neither answered, no other delivery word; otherwise complete: one-on-one missing.
        ["v2-h151-tv-question-neither-circled"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Celeste Vandergriff, PT, DPT · Pt: Ferris Oberholtzer
            SERVICE: 97112 Neuromuscular re-education — 23 min
            One-on-one for the entire billed service? Y / N
            WHAT I DID AND WHY: rocker board A/P with eyes closed, in order to restore ankle position sense; side-hill walking on the wedge, because he side-hills after elk in the Blue Mountains; perturbations on the foam.
            SKILLED COMPONENT: each push was graded to his last recovery.
            DEFICIT ADDRESSED: R ankle proprioceptive loss after the fracture.
            OBJECTIVE: rocker board A/P 11 sec; SLS R 13 sec.
            PLAN: progress to the BOSU.
            """,
            ["S82.891D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SCVH Del Norte, Gideon: "Target impairment: (none entered)" and no deficit anywhere; otherwise complete: deficit missing.
        ["v2-h151-scvh-target-impairment-none-entered"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (DEL NORTE)
            Aspenline Clinical · Therapy Flowsheet · 05/12/2026
            Supervision/Delivery: one-on-one
            Intervention: half-kneeling PNF rhythmic stabilization, tandem walking on the foam beam, catching a ball thrown to either side on the foam
            Target impairment: (none entered)
            Outcome: Berg 49/56; tandem 14 sec
            Timed Codes: 97112 Neuromuscular re-education — 22 min
            G. Trujillo, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // LCPT Pender: "Progress measure: ______" and no number but the code and its minutes; otherwise complete: measure missing.
        ["v2-h151-lcpt-progress-measure-blank"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER
            Pt: Marvella Schlichting · A. Wiechmann, PT
            Functional goal: carry the Christmas ham to the table without bumping the doorframe [status: progressing]
              Codes/min: 97112 = 22
              Interventions: walking with head turns while carrying a tray, foam stance reaching to the side, quick stops on cue
              Impairment: vestibular hypofunction L; drifts to the L turning her head
              Progress measure: ______
            One-on-one, Arlo and Mrs. Schlichting.
            """,
            ["H81.22"], [PT("97112", 22)], [At(Measure, "97112")]),

        // JWO Plymouth toggle "1:1 ☐ Y ☐ N" untouched; otherwise complete (BAPS, hop-and-hold, perturbations; knee proprioception; SLS): one-on-one missing.
        ["v2-h151-jwo-plymouth-toggle-untouched"] = new(
            """
            JointWorks QuickNote · Plymouth · D. Yoder PT
            97112 ▸ 22m
            1:1 ☐ Y ☐ N
            Tx ▸ BAPS lvl 4 standing, hop-and-hold onto the Airex, perturbations in R SLS
            Area ▸ R knee proprioception ↓ after the ACL recon, wobbles landing off the hay wagon
            # ▸ SLS R 16 s; 6/10 hop-and-holds w/o a wobble
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // SCLH Anjali's clock range: PNF chop and lift patterns in tall-kneeling then standing on foam, one-on-one; truncal ataxia; SARA and tandem seconds; 10:15–10:38 (23) matches: passes.
        ["v3-h151-sclh-anjali-pnf-chop-and-lift"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B neuro clinic — A. Subramaniam, PT, DPT, NCS — Mon 03/23/2026
            97112 NMR 10:15–10:38 am — one-on-one, her daughter waited in the Pav B lobby.
            Tx: PNF chop and lift patterns in tall-kneeling, then standing on the foam; rhythmic stabilization at the shoulders in tandem.
            Imp: truncal ataxia after the cerebellar stroke; she lurches reaching into the pierogi freezer at work.
            Obj: SARA 10/40; tandem stance 9 sec (4 sec last week).
            """,
            ["I69.393", "R27.0"], [PT("97112", 23)], []),

        // HLPT Ellsworth, Hollis's fragments: Mulligan SNAGs C5-6 rotation with a towel, 3 sets of 6, upper-trap STM; neck stiffness turning to back the boat trailer; rotation degrees; 97140 12 min matches: passes.
        ["v3-h151-hl-hollis-mulligan-snags"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT. 3/19/26.
            Manual 97140 12 min.
            Mulligan SNAGs into R rotation, towel assist at home, 3 sets of 6. STM R upper trap and levator.
            Neck stiff turning R to back the boat trailer down the ramp.
            Cervical rotation R 52° → 64°.
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // JWO Elkhart: "Tx ▸ StableStart Level 5" as the only technique; deficit, measure and 1:1 present: technique missing.
        ["v3-h151-jwo-stablestart-level-five-only"] = new(
            """
            JointWorks QuickNote · Elkhart · K. Amstutz PT, DPT
            97112 ▸ 23m
            1:1 ▸ Y
            Tx ▸ StableStart Level 5
            Area ▸ L ankle proprioception ↓, turns it stepping off the RV-line scaffold
            # ▸ SLS L foam 10 s; Y-bal ant L 58 cm
            """,
            ["S93.402D"], [PT("97112", 23)], [At(Tech, "97112")]),

        // LERB Hereford: "Steady at Home pathway, week 6 activities per the plan's handout" as the only technique; deficit, 1:1, Berg present: technique missing.
        ["v3-h151-lerb-steady-at-home-week-six-only"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05230 · visit 9 of 12 authorized
            Pt: Opal Witherspoon · Yesenia Carrizales, PTA
            CPT 97112 — 22 minutes
            Attendance: 1:1, just the two of us on the mat.
            Functional deficit driving medical necessity: delayed ankle strategy and sway; two falls in her garden since the spring.
            Skilled interventions (with rationale): Steady at Home pathway, week 6 activities per the plan's handout, in order to meet the HMO's falls goal.
            Objective data for reviewer: Berg 45/56 (40 at eval).
            Progress toward authorized goals: on track for discharge at visit 12.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // RPT Merle's dense line: "did the branding-day drills" as the only technique for a 97112 (1:1, deficit and Berg there): technique missing.
        ["v3-h151-rpt-branding-day-drills-only"] = new(
            """
            Rawhide PT — M. Vankirk PT: Chet Lockwood, 97112 22 min; 1:1, him & me, his wife out in the pickup; did the branding-day drills again; slow to catch himself & sways on the corral sand since the stroke, nearly went down roping; Berg 46/56.
            """,
            ["I69.398", "R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // MBOG Vale, Ignacio: Frenkel exercises for the ataxic legs with one-on-one and a deficit but the measure line "▸ measured by: not repeated this visit" and no number: measure missing.
        ["v3-h151-mbog-frenkel-no-number"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Lorenzo Echeverría · I. Barragán, PT
            PRIMARY OUTCOME: not repeated this visit
            LTG 1: walk the sheep-camp trail without lurching — PROGRESSING
               → 97112 · 22 min · Frenkel exercises — heel to the marked spots in supine, then in sitting, then stepping onto floor targets to my count
               Impairment: sensory ataxia of both legs; he watches his feet and lurches when he looks up
               ▸ measured by: not repeated this visit
            Delivery: one-to-one.
            """,
            ["G11.9", "R27.0"], [PT("97112", 22)], [At(Measure, "97112")]),

        // SCVH Monte Vista, Teodora: Tai Ji Quan: Moving for Better Balance forms with one-on-one, deficit and measures: passes.
        ["v3-h151-scvh-tai-ji-quan-forms"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline Clinical · Therapy Flowsheet · 05/11/2026
            Supervision/Delivery: one-on-one
            Intervention: Tai Ji Quan: Moving for Better Balance — the forward and backward brush-knee forms and the side-step form, with my hands at the pelvis for the weight transfers, then on the foam
            Target impairment: slow weight transfer and postural sway; she catches her toe carrying the irrigation pipe across the ditch
            Outcome: Berg 47/56; Four Square Step Test 12.9 sec
            Timed Codes: 97112 Neuromuscular re-education — 24 min
            T. Ulibarri, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // PSTG Onancock, Marisol Quillen: mirror therapy and task-specific grasp on the hemiparetic side named as 97112's technique with "☒ 1:1", deficit and a box-and-block count: passes.
        ["v3-h151-pstg-mirror-therapy"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 05/13/2026
            ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: mirror therapy for the R hand and wrist, then weight bearing through the R arm on the mat with reaching across midline, and tapping targets with the R foot in standing
            Impairments Addressed: R hemiparesis with poor motor recruitment after the L stroke; drops the crab mallet
            Measurables: Box and Block R 14 (L 48); Fugl-Meyer UE 38/66
            97112 Neuromuscular re-education — 22 min
            M. Quillen, PT
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // Ocmulgee ORPT Hawkinsville, Rhonda: 97116 as body-weight-supported treadmill training with TheraTogs strapping; distance and assistance; L foot drag; clock range 1:05–1:22 (17) matches: passes.
        ["v3-h151-ocm-97116-supported-treadmill"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville
            DAILY NOTE — post-TPE template rev. C
            Patient: Lurlene Pettway | Rhonda Akins, PT, DPT | Precautions: fall risk; L AFO
            97116 Gait Training | 1:05–1:22 pm
            Intervention and skilled rationale: body-weight-supported treadmill training with the harness at 30% unloading and TheraTogs strapping for L dorsiflexion, cues for L heel strike; then overground with the quad cane, because she drags the L foot on the church aisle carpet.
            Impairment addressed: L foot drag and short L stance after the R stroke.
            Objective measure: 800 ft on the treadmill at 0.9 mph; 150 ft overground quad cane with CGA.
            Plan: reduce the unloading next visit.
            """,
            ["I69.354", "R26.89"], [PT("97116", 17)], []),

        // LMH Sterling Heights, Dariusz: an "isometric-to-isotonic tendon programme per the handout" for the patellar tendon with no dose and no number: measure missing.
        ["v3-h151-lmh-tendon-programme-no-dose"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97110 Therapeutic Exercise: 15 Minutes
              Interventions: isometric-to-isotonic patellar tendon program per the handout — Spanish squat holds, then slow leg press
              Impairments: R patellar tendinopathy; pain landing off the step at the Roseville rink
            """,
            ["M76.51"], [PT("97110", 15)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none

        // PCPT Thibodaux, Annette: deficit as a finding — "goes down on the one knee when the dock boards give"; foam step-downs, perturbations, tandem on the beam; Berg and step-down count; 1:1 ticked; dotted 23 matches: passes.
        ["v4-h151-pc-annette-dock-boards-give"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/18/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: step-downs off the 6 in box onto the foam, pushes at the pelvis in single-leg stance, tandem on the beam looking at the bayou poster
            For: her R knee buckles and she goes down on the one knee when the dock boards give under her at the crab traps
            Numbers: Berg 48/56; 8 of 10 step-downs without a buckle
            """,
            ["M25.361", "R26.81"], [PT("97112", 23)], []),

        // BCH Matewan, Ophelia: deficit as a finding — "cannot tell where her feet are in the dark church aisle for the Christmas Eve candlelight service"; foam and eyes-closed work; mCTSIB seconds; ticked 1:1: passes.
        ["v4-h151-bch-dark-church-aisle"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Verna Hatfield · 12/22/2026 · O. Stanbury, PT, DPT, NCS
            Goal #2 — walk to her pew for the Christmas Eve candlelight service without holding an arm
               Status: progressing
               Treated with: 97112 (23 min) — foam stance eyes closed, walking the dimmed hallway over a carpet runner, weight shifts on the rocker board with eyes closed
               Impairment: she cannot tell where her feet are once the church lights go down; leans on her eyes after losing the feeling in both feet
               How we know: foam eyes closed 11 sec (3 at eval); rocker board eyes closed 8 sec
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // LMPT Archer Ave, Rosa: "Why: same" and no deficit anywhere; technique, measure, 1:1 marked: deficit missing.
        ["v4-h151-lmpt-why-same"] = new(
            """
            Lakeshore Motion PT — Archer Ave | R. Delgado-Finn, PT
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: lateral hop-to-stabilize onto the Airex, perturbations in single-leg stance, reactive shuffles to a hand cue
            Why: same
            #s: SLS R 18 s; 7/10 hop-to-stabilize clean
            """,
            ["S83.241D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Ocmulgee ORPT Warner Robins, Rhonda: "Impairment addressed: N/A" and no deficit elsewhere; technique, measure and 1:1 row ticked: deficit missing.
        ["v4-h151-ocm-impairment-addressed-n-a"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Warner Robins (Watson Blvd)
            DAILY NOTE — post-TPE template rev. C
            Patient: Beulah Tisdale | Rhonda Akins, PT, DPT | Precautions: fall risk
            97112 Neuromuscular Re-education | 11:20–11:42 am
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: perturbations at the pelvis on the foam, tandem on the beam with head turns, stepping over the hurdles; required a therapist to grade each push.
            Impairment addressed: N/A
            Objective measure: Berg 46/56; TUG 11.4 sec.
            Plan: continue per plan of care.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // LERB Dalhart, Yesenia (PTA): "Functional deficit driving medical necessity: as on the auth request" and no impairment anywhere else; 1:1, rocker board, foam head turns and perturbations, Berg present: deficit missing.
        ["v4-h151-lerb-pta-deficit-as-on-the-auth"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0101402 · visit 4 of 10 authorized
            Pt: Harlan Voss · Yesenia Carrizales, PTA
            CPT 97112 — 21 minutes
            Attendance: 1:1 — Mr. Voss and me, his wife Darlene in the waiting room.
            Functional deficit driving medical necessity: as on the auth request.
            Skilled interventions (with rationale): rocker board A/P with eyes closed, foam stance with head turns, perturbations at the shoulders, progressed per the supervising PT.
            Objective data for reviewer: Berg 47/56; rocker board eyes closed 10 sec.
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // SHMC OT Wolfgram: 97530 deficit as a finding — "can't hold a plate level in the L hand to carry it from the church-basement pass-through"; tray carry, plate stacking; counts and distance: passes.
        ["v4-h151-shmc-ot-plate-tips-at-the-pass-through"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   INTERPRETER: not needed.
            CHARGES / TIMED SERVICES: 97530 Therapeutic activities — 17 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: carrying a loaded tray across the clinic kitchen, stacking plates into the upper cupboard with the L hand, wiping the counter in wide arcs.
            IMPAIRMENTS ADDRESSED: she can't hold a plate level in the L hand long enough to carry it from the church-basement pass-through; L wrist and grip weakness after the distal radius fracture.
            OUTCOME MEASURES: tray carried 30 ft with 4 plates, no spill; grip L 24 lb (R 51 lb).
            ATTESTATION: Electronically signed, R. Wolfgram, OTR/L.
            """,
            ["S52.572D"], [OT("97530", 17)], []),

        // TVPT Dayton, Nadia (OTR/L): 97530 deficit as a finding — "her R hand won't open wide enough to grip the canning-jar lid"; jar opening, kitchen reach; grip and jar count: passes.
        ["v4-h151-tv-ot-canning-jar-lid"] = new(
            """
            Touchet Valley Physical Therapy — Dayton
            Nadia Sorensen, OTR/L · Pt: Ilse Gutknecht
            SERVICE: 97530 Therapeutic activities — 18 min
            WHAT I DID AND WHY: opening and closing canning jars from the low shelf, in order to train a wide grasp with the R hand; lifting a full jar to the counter and carrying it to the sink, because she cannot carry jars since the CMC arthroplasty.
            DEFICIT ADDRESSED: her R hand won't open wide enough to grip a wide-mouth lid; weak lateral pinch.
            OBJECTIVE: 6 of 8 jars opened (2 of 8 last week); lateral pinch R 7 lb.
            RESPONSE: used the jar opener only once.
            PLAN: add the pressure canner lid next visit.
            """,
            ["M18.11", "Z96.698"], [OT("97530", 18)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // HLPT Blue Hill, Caleb (PTA): FGA and a ten-metre walk in metres per second; ticked 1:1; head-turn walking, tandem on foam; unsteady on the float ramp; 22 matches: passes.
        ["v5-h151-hl-caleb-fga-and-ten-metre-walk"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA · 3/19/2026
            ☒ 1:1 ☐ group
            S: Made it down the float ramp at low tide holding the rail.
            O: Walking with head turns and pitches, tandem on the foam beam, stepping over the lobster-crate slats without looking down.
            Unsteady walking when he looks around; late balance reactions after the L cerebellar stroke.
            FGA 19/30; 10-metre walk 0.86 m/s.
            Billed: 97112 (22 min)
            """,
            ["I69.393"], [PTA("97112", 22)], []),

        // LCRT Winslow, Loretta: Four Square Step Test and 30-second chair stand in the Measure row; 1:1: Y; 23 matches: passes.
        ["v5-h151-lcrt-four-square-and-chair-stand"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 23 minutes | 1:1: Y
            Activity: stepping forward, sideways and back over the cane cross, foam stance with head turns, catching a ball off to the side
            Problem: slow stepping and sway after the fall at the trading post; she freezes when a customer crosses in front of her
            Measure: Four Square Step Test 13.4 sec; 30-sec chair stand 9
            L. Begay, PT, DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // Oneota ORPT Decorah, Hallie: "Objective Measures: not done — she came straight from the sale barn and was worn out"; no number but the code's minutes: measure missing.
        ["v5-h151-oneota-measures-not-done"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 05/11/2026
            Delivery: one-on-one, Hallie and Mrs. Nordtvedt
            Interventions: foam stance eyes closed, tandem on the beam with head turns, perturbations at the pelvis
            Clinical Findings: somatosensory loss both feet; she relies on her eyes and sways in the dim church basement
            Objective Measures: not done — she came straight from the sale barn and was worn out
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            Hallie Bjornstad, PT, DPT
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // SCLH Dee: "Obj: steadier than last wk per pt & me" and no number but the code's minutes: measure missing.
        ["v5-h151-sclh-dee-obj-steadier"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT — Mon 03/23/2026
            NMR (97112) — 22 min   1:1 thruout
            Tx: foam stance c̄ head turns, perturb. @ pelvis, tandem walk c̄ ball toss.
            Imp: ↓ proprioc. L ankle p̄ the sprain on the church steps.
            Obj: steadier than last wk per pt & me.
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PSTG Chincoteague OT, Beatrix: 97530 measure as a load and a distance (an 8 lb laundry basket carried 40 ft) and steps to the line; R shoulder weakness: passes.
        ["v5-h151-pstg-ot-laundry-basket"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud · 05/14/2026
            Skilled Interventions: carrying the laundry basket from the washer to the back door, lifting wet towels to the clothesline, reaching down to the basket and up to the line
            Impairments Addressed: R shoulder flexion weakness and reduced standing balance after the R humerus fracture
            Measurables: basket 8 lb carried 40 ft x 3; 12 towels hung with the R arm to shoulder height
            97530 Therapeutic activities — 17 min
            B. Crockett, OTR/L
            """,
            ["S42.201D"], [OT("97530", 17)], []),

        // LCPT Wisner, Tressa (PTA): a 97116 that "walked further in the hall than last time" with no distance, no assistance level and no number: measure missing.
        ["v5-h151-lcpt-pta-97116-further-than-last-time"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER
            Pt: Leland Jaixen · T. Uhing, PTA
            Functional goal: walk from the pickup to the co-op counter with the cane [status: progressing]
              Codes/min: 97116 = 16
              Interventions: cane gait in the hall and over the threshold strips, cues for a longer R step and heel strike
              Impairment: short R step and R knee stiffness after the R TKA
              Progress measure: walked further in the hall than last time
            """,
            ["Z96.651"], [PTA("97116", 16)], [At(Measure, "97116")]),

        // TVPT College Place, Owen: a 97110 of "squats and step-ups to tolerance" with the region and reason but no dose and no number: measure missing.
        ["v5-h151-tv-97110-to-tolerance"] = new(
            """
            Touchet Valley Physical Therapy — College Place
            Owen Takacs, PT · Pt: Roscoe Vanderveen
            SERVICE: 97110 Therapeutic exercise — 15 min
            WHAT I DID AND WHY: goblet squats and lateral step-ups to tolerance, in order to strengthen the L quad and glutes for the combine ladder.
            DEFICIT ADDRESSED: L quad and hip extensor weakness after the tibial plateau fracture.
            OBJECTIVE: not measured today.
            PLAN: add load next visit.
            """,
            ["S82.142D"], [PT("97110", 15)], [At(Measure, "97110")]),

        // RPT Merle's line with a Berg and a five-times sit-to-stand; 1:1; ball-toss on foam, tandem, lean-and-release; 24 matches: passes.
        ["v5-h151-rpt-berg-and-five-times-sit-to-stand"] = new(
            """
            Rawhide PT — M. Vankirk PT: Ardith Pfister, 97112 24 min; 1:1, nobody else in the place but the two of us; ball toss on the foam, tandem along the counter, lean-and-release forward & back; she sways & catches her heel on the grain-bin step since the hip fracture; Berg 47/56, 5xSTS 13.1 s.
            """,
            ["S72.001D", "R26.81"], [PT("97112", 24)], []),

        // Ocmulgee ORPT Milledgeville OT, Marjorie: 97530 "Objective measure: did well with all tasks" with no load, count, distance or assistance: measure missing.
        ["v5-h151-ocm-ot-97530-did-well-with-all-tasks"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Georgia Mae Pinkston | Marjorie Tillman, OTR/L | Precautions: posterior hip precautions
            97530 Therapeutic Activities | 2:00–2:18 pm
            Intervention and skilled rationale: stepping into and out of the tub with the transfer bench, reaching into the dryer with the reacher, putting on socks with the sock aid, because she cannot bend past her hip precautions.
            Impairment addressed: limited hip flexion under posterior precautions; unsafe with lower-body dressing.
            Objective measure: did well with all tasks.
            Plan: continue per plan of care.
            """,
            ["Z96.641", "Z47.1"], [OT("97530", 18)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, mismatches, missing separate time

        // PCPT Houma, Cleo: dotted leaders for 97112 and 97110, each with its own content: both match: passes.
        ["v6-h151-pc-dotted-nmr-and-ther-ex"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/19/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board eyes closed, foam stance tossing the ball, perturbations at the shoulders
            For: ankle proprioception ↓ both sides, wobbles on the pirogue landing
            Numbers: rocker board eyes closed 12 sec; Berg 49/56
            Code 97110 Ther ex ........ 12 min
            Did: heel raises 3x15, mini squats 3x12, side-lying hip abduction 2 lb 3x12
            For: calf and hip weakness both sides
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // LMH Roseville, LaToya (PTA): two "Timed Procedures" (97116 and 97110) each with its content; both match: passes.
        ["v6-h151-lmh-pta-two-timed-procedures"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — LaToya Grant, PTA
            Timed Procedures
              97116 Gait Training: 15 Minutes
              Interventions: rolling walker to single-point cane in the corridor, curb step-up and step-down with the cane
              Impairments: antalgic L gait and short R step after the L THA
              Objective: 250 ft SPC with SBA; curb with CGA
              97110 Therapeutic Exercise: 12 Minutes
              Interventions: standing hip abduction 3 lb 3x12, bridges 3x15, mini squats 2x15
              Impairments: L hip abductor weakness
            """,
            ["Z96.642", "Z47.1"], [PTA("97116", 15), PTA("97110", 12)], []),

        // LCPT West Point: a PT's "Codes/min: 97112 = 22" and the OT's "Codes/min: 97530 = 16" under the same goal tracker, each with its content: both match: passes.
        ["v6-h151-lcpt-pt-and-ot-codes-min"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 7 of 12)
            Pt: Gretchen Stalp
            Functional goal: cook the Christmas Eve oyster stew standing at the stove [status: progressing]
              PT — C. Feeken, PT
              Codes/min: 97112 = 22
              Interventions: weight shifts on the foam reaching to shelves, step-and-turn to a counter target, perturbations at the pelvis
              Impairment: postural control poor turning after the R stroke
              Progress measure: Berg 44/56; turn 180° in 4 steps
              One-on-one, Corisande and Mrs. Stalp.
              OT — M. Hrabik, OTR/L
              Codes/min: 97530 = 16
              Interventions: carrying a 2 qt pot from the stove to the sink, stirring at the stove standing, reaching to the upper cupboard for bowls
              Impairment: L arm weakness and standing tolerance at the stove
              Progress measure: stood at the stove 4 x 90 sec; pot carried 10 ft with SBA
            """,
            ["I69.354"], [PT("97112", 22), OT("97530", 16)], []),

        // Oneota ORPT Waukon, Osvaldo: the Billing Grid's default "15" left on a 26-minute 97112 line: mismatch; otherwise complete.
        ["v6-h151-oneota-grid-default-15-on-26"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 05/12/2026
            Delivery: one-on-one
            1:1 (Y/N): Y
            Interventions: foam stance with ball catches, tandem on the beam, backward walking with perturbations at the hips
            Clinical Findings: retropulsion and slow backward stepping after the fall off the hay rack
            Objective Measures: Berg 45/56; 2 steps on the pull test
            Billing Grid:  97112 | Neuromuscular re-education | 15 min
            Osvaldo Reyes, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 26)], [At(Mismatch, "97112")]),

        // JWO Warsaw: "97112 ▸ 35m" on a 23-minute line: mismatch; otherwise complete.
        ["v6-h151-jwo-35m-on-23"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 35m
            1:1 ▸ Y
            Tx ▸ lateral hops onto foam, perturbations in R SLS, single-leg RDL reach
            Area ▸ R ankle proprioception ↓, rolled it on the orthopaedic-plant loading dock
            # ▸ SLS R foam 12 s; 8/10 hops stuck
            """,
            ["S93.401D"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // TVPT Waitsburg, Celeste: "97110 Therapeutic exercise — 30 min" on an 18-minute line beside a matching 97112: mismatch on 97110.
        ["v6-h151-tv-97110-heading-30-on-18"] = new(
            """
            Touchet Valley Physical Therapy — Waitsburg
            Celeste Vandergriff, PT, DPT · Pt: Thurman Ellingsen
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: one-on-one, Thurman and me only.
            WHAT I DID AND WHY: perturbations on the foam and tandem with head turns, in order to train a faster step when the combine platform lurches.
            DEFICIT ADDRESSED: delayed stepping reaction and sway.
            OBJECTIVE: Berg 46/56; 7 of 10 perturbations recovered in one step.
            SERVICE: 97110 Therapeutic exercise — 30 min
            WHAT I DID AND WHY: step-ups 10 in 3x10 and sit-to-stands 3x12, because his quads give out on the ladder.
            DEFICIT ADDRESSED: bilateral quad weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 18)], [At(Mismatch, "97110")]),

        // LERB Hereford: "Minutes by CPT: 97112 = 23 | 97116 = 25" on a 14-minute 97116 line: mismatch on 97116.
        ["v6-h151-lerb-minutes-by-cpt-97116-25-on-14"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05311 · visit 5 of 12 authorized
            Pt: Lupe Arredondo · Wendell Graf, PT, DPT
            Minutes by CPT: 97112 = 23 | 97116 = 25
            Attendance: 1:1 for both services; her daughter Marisela interpreted from Spanish.
            Functional deficit driving medical necessity: L ankle proprioceptive loss and a short L step after the ankle fracture.
            Skilled interventions (with rationale): NMR — rocker board and foam stance with perturbations, in order to restore ankle position sense; gait training — cane on the gravel lot and the curb, because she shortens the L step on rough ground.
            Objective data for reviewer: SLS L 9 sec; 200 ft cane on gravel with SBA.
            """,
            ["S82.892D"], [PT("97112", 23), PT("97116", 14)], [At(Mismatch, "97116")]),

        // Ocmulgee ORPT Fort Valley, Terrence: 97110's clock range 1:15–1:48 (33) on a 12-minute line, 97112's range matching: mismatch on 97110.
        ["v6-h151-ocm-97110-clock-range-33-on-12"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Amos Whitlock | Terrence Bledsoe, PT | Precautions: fall risk
            97112 Neuromuscular Re-education | 12:52–1:15 pm
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: perturbations on the foam and stepping over hurdles with head turns, because he stumbles in the peach orchard rows.
            Impairment addressed: slow stepping strategy.
            Objective measure: Berg 47/56.
            97110 Therapeutic Exercise | 1:15–1:48 pm
            Intervention and skilled rationale: heel raises 3x15 and step-ups 8 in 3x10, because his calves and quads fatigue on the ladder.
            Impairment addressed: calf and quad weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], [At(Mismatch, "97110")]),

        // PSTG Pocomoke City PTA, Jolie: two codes under "Minutes (auto-calc): 37" with no minutes for either: separate time missing.
        ["v6-h151-pstg-auto-calc-for-two-codes"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 05/13/2026
            ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: 97112 — foam stance with head turns, perturbations at the hips; 97110 — bridges 3x15, clamshells green band 3x12
            Impairments Addressed: sway with head turns; L hip weakness after the fall at the broiler house
            Measurables: Berg 48/56
            Minutes (auto-calc): 37
            J. Tawes, PTA
            """,
            ["R26.81", "M62.81"], [PTA("97112", 24), PTA("97110", 13)], [SepTime]),

        // SHMC Luis: the two codes listed under "CHARGES / TIMED SERVICES" and "TIMED TOTAL (all services): 38" on its own line, with no minutes for each: separate time missing.
        ["v6-h151-shmc-charges-total-only"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   INTERPRETER: not needed.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education; 97116 Gait training
            TIMED TOTAL (all services): 38
            DELIVERY MODE: Individual.
            INTERVENTIONS: NMR — big-step walking with arm swing, turning on cue, reactive steps to pulls; gait — walking the hall over the tape lines to break his freezing at doorways.
            IMPAIRMENTS ADDRESSED: freezing of gait and retropulsion with Parkinson's disease.
            OUTCOME MEASURES: Mini-BESTest 17/28; 3 freezes at the doorway in 10 passes; 300 ft without the walker, SBA.
            ATTESTATION: Electronically signed, L. Ochoa-Brandt, PT.
            """,
            ["G20.A1"], [PT("97112", 24), PT("97116", 14)], [SepTime]),

        // HLPT Ellsworth, Hollis: 97112 with its minutes and a second code "Ther ex 97110." with none: separate time missing.
        ["v6-h151-hl-hollis-second-code-without-minutes"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT. 3/20/26.
            NMR 97112 22 min. 1:1.
            Rocker board eyes closed, foam tandem, hop-and-hold onto the Airex.
            R ankle proprioception poor since the sprain on the float. SLS R 10 sec.
            Ther ex 97110.
            Heel raises 3x15, band eversion green 3x15. R ankle evertor weakness.
            """,
            ["S93.401D"], [PT("97112", 22), PT("97110", 11)], [SepTime]),

        // RPT Merle's line with two codes, each with its minutes next to it: passes.
        ["v6-h151-rpt-two-codes-in-one-line"] = new(
            """
            Rawhide PT — M. Vankirk PT: Dwight Haberman, 97112 23 min: 1:1, me & him, the wife came in at the end to drive; rocker board eyes shut, stepping over the bale-string hurdles eyes up, shoves at the hips on foam; both feet numb from the sugar & he sways in the dark calving barn; foam eyes closed 8 s — 97116 13 min: cane on the gravel out back & the loading ramp, cues for a longer L step; short L step after the hip; 300 ft cane SBA.
            """,
            ["E11.42", "Z96.642"], [PT("97112", 23), PT("97116", 13)], []),

        // SCLH float Helga: three codes in "Timed code minutes: 97112 = 21 / 97116 = 12 / 97110 = 10", each with its content: passes.
        ["v6-h151-sclh-float-three-codes"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage from 7 North — H. Lindqvist, PT
            Pt received in the Pav B waiting area, gait belt on. ☑ Pt treated 1:1 for timed codes
            NMR: foam stance with head turns, perturbations at the pelvis, tandem at the bar; Berg 42/56.
            Gait: rolling walker to SPC in the corridor, cues for R heel strike; 200 ft SPC with CGA.
            Ther ex: sit-to-stand 3x10, heel raises 3x12, seated knee extension 3 lb 3x12.
            Problem: R ankle proprioception, short R step and R quad and calf weakness after the R tibial fracture.
            Timed code minutes: 97112 = 21 / 97116 = 12 / 97110 = 10
            """,
            ["S82.201D", "R26.89"], [PT("97112", 21), PT("97116", 12), PT("97110", 10)], []),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // Empty note on a two-code visit (97112 and 97110): note missing on each line, nothing else.
        ["v7-h151-empty-note-nmr-and-ther-ex"] = new(
            "",
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // Empty OT 97530 note with no diagnosis on the claim: note missing and diagnosis missing.
        ["v7-h151-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 17)], [At(NoteMissing, "97530"), Dx]),

        // A PTA's 97116 note of spaces and line breaks only: note missing.
        ["v7-h151-spaces-and-line-breaks-pta-97116"] = new(
            "   \n  \n    \n",
            ["Z96.651"], [PTA("97116", 16)], [At(NoteMissing, "97116")]),

        // PCPT Thibodaux, Jules: 97110 in the contract's sense — rows, farmer's carries and deadlifts to haul crab traps, with loads and sets; R shoulder and grip weakness; dotted 14 matches: passes.
        ["v7-h151-pc-jules-97110-crab-traps"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/20/2026 · Jules Guidry, PTA
            Code 97110 Ther ex ........ 14 min
            Did: seated rows 35 lb 3x12, trap-bar deadlifts 45 lb 3x8, farmer's carries 20 lb each hand 4 laps of the gym, band pull-aparts 2x15
            For: R shoulder an' grip weak since the rotator cuff repair, cher — can't swing a full crab trap up on the rail yet
            """,
            ["M75.121", "Z98.890"], [PTA("97110", 14)], []),

        // LCRT Holbrook, Emily: 97530 in the contract's sense — loading split wood into the stove, hauling water jugs to the truck, kneeling to the woodbox; loads and trips; back and hip weakness: passes.
        ["v7-h151-lcrt-97530-woodstove-and-water-jugs"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: Ther act 97530 | Time: 18 minutes
            Activity: lifting split wood from the floor crate into the stove box, carrying two water jugs to the truck tailgate, kneeling and rising at the woodbox
            Problem: low back and hip weakness after the L1 compression fracture; can't haul water to the house
            Measure: 5 gal jug (40 lb) carried 50 ft x 4; 12 pieces of wood lifted floor to stove, kneel-to-stand without a hand
            E. Hartman, PT
            """,
            ["S32.010D"], [PT("97530", 18)], []),

        // SHMC Kayla (PTA): 97140 in the contract's sense — first-rib mobilisation and scalene soft-tissue work with grades and a range; neck and shoulder region: passes.
        ["v7-h151-shmc-pta-97140-first-rib"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   INTERPRETER: not needed.
            CHARGES / TIMED SERVICES: 97140 Manual therapy — 12 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: L first-rib inferior mobilization grade III, soft tissue mobilization to the L scalenes and upper trap, cervical side-glides.
            IMPAIRMENTS ADDRESSED: L neck and shoulder stiffness with tingling in the hand reaching up to the potter's shelf.
            OUTCOME MEASURES: cervical side-bend R 28° (20° before); tingling with overhead reach after 40 sec (10 sec before).
            ATTESTATION: Electronically signed, K. Nienhuis, PTA.
            """,
            ["M54.12", "G54.0"], [PTA("97140", 12)], []),

        // BCH Delbarton, Jodi (PTA): 97116 in the contract's sense — walker to quad cane on the clinic ramp and the church's gravel lot, distance and assistance: passes.
        ["v7-h151-bch-pta-97116-church-gravel-lot"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Emmaline Runyon · 12/23/2026 · J. Spurlock, PTA
            Goal #1 — walk from the church lot to the fellowship hall for the Christmas dinner with the cane
               Status: progressing
               Treated with: 97116 (16 min) — walker to quad cane on the ramp, the gravel lot and the two hall steps, cues for a longer R step and weight onto the R
               Impairment: R hemiparetic gait; short R stance and R toe catch after the stroke
               How we know: 180 ft quad cane on gravel with CGA; two steps with the rail, minimal assist
            """,
            ["I69.351", "R26.89"], [PTA("97116", 16)], []),

        // Ocmulgee ORPT Hawkinsville, Kiana (PTA): the post-TPE template with every heading filled with generic text ("neuromuscular re-education per plan of care", "balance deficits", "patient tolerated", "see flowsheet") and no delivery: every content finding and one-on-one.
        ["v7-h151-ocm-generic-under-every-heading"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville
            DAILY NOTE — post-TPE template rev. C
            Patient: Roosevelt Hinton | Kiana Rowe, PTA | Precautions: standard
            97112 Neuromuscular Re-education | 2:40–3:02 pm
            Intervention and skilled rationale: neuromuscular re-education per plan of care; skilled services required.
            Impairment addressed: see plan of care.
            Objective measure: see flowsheet.
            Patient response: patient tolerated treatment well.
            Education: continue home program.
            Plan: continue plan of care.
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // LMPT Archer Ave, TJ (PTA): "Tx: ther ex per POC / Why: per POC / #s: —" on a 97110: every content finding.
        ["v7-h151-lmpt-pta-generic-97110"] = new(
            """
            Lakeshore Motion PT — Archer Ave | T. Kowalczyk, PTA
            Code: 97110 | Min: 14 | Attendance: ( ) 1:1 ( ) concurrent ( ) group
            Tx: ther ex per POC
            Why: per POC
            #s: —
            Tolerated well.
            """,
            ["M62.81"], [PTA("97110", 14)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // SCVH Monte Vista OT, Renae: "Intervention: therapeutic activities per order set / Target impairment: (none entered) / Outcome: tolerated" on a 97530: every content finding.
        ["v7-h151-scvh-ot-generic-97530"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline Clinical · Therapy Flowsheet · OT · 05/14/2026
            Intervention: therapeutic activities per order set
            Target impairment: (none entered)
            Outcome: tolerated
            Timed Codes: 97530 Therapeutic activities — 16 min
            R. Holcomb, OTR/L
            """,
            ["M62.81"], [OT("97530", 16)], [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // LERB Friona, two codes of prior-authorization language, each with its minutes ("continued skilled neuromuscular re-education and therapeutic exercise per plan to progress toward authorized goals", a 97112 and a 97110): every content finding on each code, and one-on-one on 97112.
        ["v7-h151-lerb-generic-auth-language-two-codes"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05477 · visit 10 of 12 authorized
            Pt: Wilbur Tackett · Dale Hobart, PT
            Minutes by CPT: 97112 = 22 | 97110 = 13
            Functional deficit driving medical necessity: per authorization.
            Skilled interventions (with rationale): continued skilled neuromuscular re-education and therapeutic exercise per plan to progress toward authorized goals.
            Objective data for reviewer: see authorization request.
            Progress toward authorized goals: progressing.
            Continued need / next request: continue per plan of care.
            """,
            ["R26.81"], [PT("97112", 22), PT("97110", 13)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary: complete notes of this week (the false-positive guard) and the ordinary weak ones

        // TVPT Rose Street, Celeste, returning patient Arlen Schreck: one-on-one, rocker-board perturbations and ladder-rung stepping with head turns, neuropathy and sway, Berg and perturbations, NOTE TO REVIEWER line; 24 matches: passes.
        ["vord-h151-tv-schreck-returns-note-to-reviewer"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Daily note · Arlen Schreck, age 71 · Celeste Vandergriff, PT, DPT
            SERVICE: 97112 Neuromuscular re-education — 24 min
            DELIVERY: one-on-one; no other patient on my schedule during his NMR.
            WHAT I DID AND WHY: perturbations on the rocker board, progressed from the foam last week, to speed his ankle strategy; stepping up a ladder-rung frame while looking up at a target, because he misses the rungs looking at the cab.
            SKILLED COMPONENT: I chose the size of each push from his last recovery and guarded at the belt.
            DEFICIT ADDRESSED: proprioceptive loss in both feet from the neuropathy; sway and a late step with eyes up.
            OBJECTIVE: Berg 44/56 (42 last visit); recovered 8 of 10 perturbations with one step.
            NOTE TO REVIEWER: skilled under the Benefit Policy Manual, ch. 15 §220.2; progression decided trial by trial.
            PLAN: add a hand-held load on the rungs.
            """,
            ["R26.81", "E11.42"], [PT("97112", 24)], []),

        // TVPT College Place OT, Nadia: 97530 setting the holiday table — reaching plates down from the hutch, carrying the gravy boat; R shoulder weakness; plates and distance: passes.
        ["vord-h151-tv-ot-97530-holiday-table"] = new(
            """
            Touchet Valley Physical Therapy — College Place
            Nadia Sorensen, OTR/L · Pt: Lorraine Bergevin
            SERVICE: 97530 Therapeutic activities — 17 min
            WHAT I DID AND WHY: lifting dinner plates down from the hutch shelf and setting them around the table, in order to practise the overhead reach she needs for her kitchen; carrying a full gravy boat from the counter to the table, because she spills when she walks and carries.
            DEFICIT ADDRESSED: R shoulder flexion weakness after the cuff repair; unsteady carrying in one hand.
            OBJECTIVE: 8 plates from the 60 in shelf; gravy boat carried 15 ft, no spill, SBA.
            PLAN: progress to the top shelf.
            """,
            ["M75.121", "Z98.890"], [OT("97530", 17)], []),

        // TVPT Dayton PTA, Brianna: 97116 cane on the sidewalk, the curb and the grass to the mailbox; short L step; distance and assistance; 15 matches: passes.
        ["vord-h151-tv-pta-97116-mailbox-on-the-grass"] = new(
            """
            Touchet Valley Physical Therapy — Dayton
            Brianna Ferrell, PTA · Pt: Wayne Hofer · supervising PT O. Takacs
            SERVICE: 97116 Gait training — 15 min
            WHAT I DID AND WHY: single-point cane on the sidewalk, up and down the curb and across the grass to a mailbox post, with cues for a longer L step and heel strike, because he scuffs the L toe on the lawn.
            DEFICIT ADDRESSED: short L step and L toe catch after the L TKA.
            OBJECTIVE: 400 ft cane on pavement, modified independent; grass 60 ft with SBA; curb with SBA.
            PLAN: try the gravel next visit.
            """,
            ["Z96.652"], [PTA("97116", 15)], []),

        // TVPT Walla Walla, Owen: 97140 and 97110 after a lumbar strain at the winery, each with its minutes, techniques, region and doses: passes.
        ["vord-h151-tv-97140-and-97110-cellar-worker"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Owen Takacs, PT · Pt: Dario Montemayor
            SERVICE: 97140 Manual therapy — 11 min
            WHAT I DID AND WHY: L4-L5 and L5-S1 central PA mobilizations grade III and soft tissue mobilization to the R lumbar paraspinals, in order to restore extension for lifting barrels.
            OBJECTIVE: standing extension 18° after (10° before).
            SERVICE: 97110 Therapeutic exercise — 14 min
            WHAT I DID AND WHY: bird-dogs 3x10, dead bugs 3x10, hip hinge with a 25 lb kettlebell 3x8, because he rounds his back lifting the barrel heads.
            DEFICIT ADDRESSED: lumbar extension stiffness and weak trunk extensors after the strain at the winery.
            PLAN: add the barrel-lift simulation.
            """,
            ["S39.012D"], [PT("97140", 11), PT("97110", 14)], []),

        // LERB Hereford, Wendell: returning patient Rosendo Quiñones, VOR x1 on foam and head-turn walking, oscillopsia, DGI and DVA, 1:1; 23 matches: passes.
        ["vord-h151-lerb-quinones-returns"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-04417 · visit 7 of 12 authorized
            Pt: Rosendo Quiñones · Wendell Graf, PT, DPT
            CPT 97112 — 23 minutes
            Attendance: 1:1, therapist and patient only during the 97112 service.
            Functional deficit driving medical necessity: R vestibular hypofunction; oscillopsia and a stagger to the R checking the pens from the truck window.
            Skilled interventions (with rationale): X1 viewing standing on foam against the checkerboard, in order to push the VOR gain; walking with quick head turns to call-outs of pen numbers; habituation rolling to the R.
            Objective data for reviewer: DGI 18/24 (16 last visit); dynamic visual acuity 3 lines lost.
            Progress toward authorized goals: STG 2 met.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // LERB Dumas PTA, Yesenia: 97110 with sets, reps and load for knee weakness after a fall from the cotton trailer: passes.
        ["vord-h151-lerb-pta-97110-cotton-trailer"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dumas
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0101560 · visit 3 of 10 authorized
            Pt: Hollis Wainscott · Yesenia Carrizales, PTA
            CPT 97110 — 15 minutes
            Functional deficit driving medical necessity: L quad weakness and a knee that buckles stepping down off the cotton trailer.
            Skilled interventions (with rationale): leg press 60 lb 3x12, step-downs off a 6 in step 3x10, TKE with the blue band 3x15, progressed per the supervising PT.
            Objective data for reviewer: step-downs without a buckle 10 of 10 on the last set.
            """,
            ["S83.232D", "M62.81"], [PTA("97110", 15)], []),

        // LERB Dalhart OT, Kirsten: 97530 hanging wash on the line and carrying the basket; R hand weakness; counts and load: passes.
        ["vord-h151-lerb-ot-97530-feed-bucket"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05498 · visit 5 of 8 authorized
            Pt: Velma Stroud · Kirsten Aldana, OTR/L
            CPT 97530 — 18 minutes
            Functional deficit driving medical necessity: R grip weakness and poor standing balance carrying after the R wrist fracture; cannot carry the chicken-feed bucket.
            Skilled interventions (with rationale): filling and carrying a feed bucket across the clinic, scooping feed with the R hand, opening the gate latch, because she feeds her hens twice a day.
            Objective data for reviewer: bucket 6 lb carried 40 ft x 3 with SBA; grip R 28 lb.
            """,
            ["S52.501D"], [OT("97530", 18)], []),

        // LERB Friona, Dale: 97112 and 97116 by "Minutes by CPT", both matching, 1:1 for both: passes.
        ["vord-h151-lerb-97112-and-97116-church-hall"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0101622 · visit 6 of 12 authorized
            Pt: Inez Kerbow · Dale Hobart, PT
            Minutes by CPT: 97112 = 22 | 97116 = 15
            Attendance: 1:1 for both services.
            Functional deficit driving medical necessity: vision-dependent balance with numb feet; short R step on uneven ground.
            Skilled interventions (with rationale): NMR — foam stance eyes closed and tandem with head turns, in order to make her use her feet; gait training — rollator to cane across the church-hall parking lot and the threshold, because she catches the R toe.
            Objective data for reviewer: foam eyes closed 12 sec; 250 ft cane on the lot with SBA.
            """,
            ["R26.81", "G62.9"], [PT("97112", 22), PT("97116", 15)], []),

        // Ocmulgee ORPT Warner Robins, Rhonda: returning patient Clarence Dukes, PNF rhythmic stabilisation and beam work, ataxia, Berg and SARA item; clock range 2:05–2:29 (24) matches: passes.
        ["vord-h151-ocm-dukes-returns"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Warner Robins (Watson Blvd)
            DAILY NOTE — post-TPE template rev. C
            Patient: Clarence Dukes | Therapist: Rhonda Akins, PT, DPT | Precautions: fall risk; on an anticoagulant
            97112 Neuromuscular Re-education | 2:05–2:29 pm
            Constant attendance: YES. One-on-one for the whole service.
            Intervention and skilled rationale: tandem on the balance beam without the rail, reactive stepping to pushes at the pelvis on the foam, half-kneel to stand with rhythmic stabilization at the trunk.
            Impairment addressed: L leg ataxia and slow reactive stepping after the L cerebellar stroke.
            Objective measure: Berg 47/56; SARA gait item 2.
            Patient response: one loss of balance on the beam, recovered with a step.
            Plan: progress to the beam with head turns.
            TPE self-audit: [X] technique [X] impairment [X] measure [X] attendance [X] time
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // Ocmulgee ORPT Fort Valley PTA, Kiana: 97110 shoulder after a fall at the packing shed, doses; clock range 10:10–10:23 (13) matches: passes.
        ["vord-h151-ocm-pta-97110-packing-shed-shoulder"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Earnestine Gaddy | Kiana Rowe, PTA | Precautions: no lifting over 10 lb with the R arm
            97110 Therapeutic Exercise | 10:10–10:23 am
            Intervention and skilled rationale: sidelying ER 2 lb 3x12, band rows red 3x15, wall slides 2x12, because she cannot lift the peach lugs to the grading belt.
            Impairment addressed: R rotator cuff weakness after the fall at the packing shed.
            Objective measure: shoulder flexion 140° active.
            Plan: continue per plan of care.
            """,
            ["S46.011D"], [PTA("97110", 13)], []),

        // Ocmulgee ORPT Milledgeville: a PT's 97112 and the OT's 97530 on one visit, each with its clock range, all elements: passes.
        ["vord-h151-ocm-pt-97112-and-ot-97530"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Ozell Brantley | Precautions: fall risk
            97112 Neuromuscular Re-education | 9:00–9:22 am | Terrence Bledsoe, PT
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: foam stance with head turns, perturbations at the shoulders, stepping onto the half-roll.
            Impairment addressed: postural sway and slow stepping after the R stroke.
            Objective measure: Berg 42/56.
            97530 Therapeutic Activities | 9:25–9:42 am | Marjorie Tillman, OTR/L
            Intervention and skilled rationale: standing at the sink to wash and stack dishes, carrying a dish tub to the cupboard, because she lost her footing at the kitchen sink.
            Impairment addressed: L arm weakness and standing balance at the sink.
            Objective measure: 12 dishes washed and stacked standing, SBA; dish tub 5 lb carried 10 ft.
            """,
            ["I69.354"], [PT("97112", 22), OT("97530", 17)], []),

        // MBOG Ontario, Rosalind: returning pen rider Cody Westfall, 97112 and 97140 under one LTG, each arrow with its minutes; ankle proprioception and stiffness; SLS and dorsiflexion; one-to-one: passes.
        ["vord-h151-mbog-westfall-returns-two-codes"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Cody Westfall · Visit 12 · 12/21/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: FAAM ADL 88% (intake 60%, 10/22/2026)
            LTG 1 (by 01/15): mount and ride the pens a full morning without the L ankle giving — PROGRESSING
               → 97112 · 23 min · hop-to-stirrup-height box and stick, perturbations in L SLS on the BOSU, lateral bounds to a hold
               → 97140 · 10 min · talocrural posterior glides grade IV, subtalar eversion glides
               Impairment: L ankle proprioception and dorsiflexion stiffness after the fall from the horse
               ▸ measured by: SLS L foam 21 sec; DF L 13° → 17° after the glides
            Delivery: one-to-one.
            """,
            ["S93.402D", "M25.672"], [PT("97112", 23), PT("97140", 10)], []),

        // MBOG Nyssa PTA, Kenzie: 97110 for a potato-cellar worker's knee with doses: passes.
        ["vord-h151-mbog-pta-97110-cellar-stairs"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Delbert Ruckman · Visit 5 · 12/22/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: KOOS Sport 45 (intake 30)
            STG 1: carry a sack down the cellar stairs without the R knee aching — PROGRESSING
               → 97110 · 14 min · step-downs 6 in 3x10, Spanish squat holds 5 x 30 sec, leg press 80 lb 3x12
               Impairment: R quad weakness and patellofemoral pain on stairs
               ▸ measured by: step-downs pain-free 9 of 10
            """,
            ["M22.2X1"], [PTA("97110", 14)], []),

        // BCH Matewan OT, Annaliese: 97530 wrapping gifts and carrying them to the tree; fine-motor and standing balance deficits; counts and distance: passes.
        ["vord-h151-bch-ot-97530-wrapping-gifts"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Loretta Blankenship · 12/21/2026 · A. Varney, OTR/L
            Goal #1 — wrap the grandchildren's gifts and set them under the tree
               Status: progressing
               Treated with: 97530 (17 min) — cutting and folding the paper, taping with the R hand, standing to carry the boxes to the corner and kneeling to set them down
               Impairment: R hand coordination loss and unsteady kneeling after the L stroke
               How we know: 4 boxes wrapped with set-up only; kneel-to-stand with one hand on the chair, SBA
            """,
            ["I69.351"], [OT("97530", 17)], []),

        // BCH Kermit, Lyle: 97112 with ticked 1:1, gaze stabilisation and head-turn walking for a coal-truck driver's concussion; DGI: passes.
        ["vord-h151-bch-coal-truck-driver-ticked"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Bobby Joe Dingess · 12/22/2026 · L. Maynard, PT
            Goal #1 — climb into the cab and check both mirrors without the dizziness
               Status: progressing
               Treated with: 97112 (22 min) — X2 viewing seated, walking with head turns to mirror-height targets, stepping up onto a cab-height box while turning his head
               Impairment: post-concussion vestibular dysfunction; dizzy and off balance turning to the mirrors
               How we know: DGI 21/24; dizziness 2 of 10 on the head-turn walk
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["S06.0X1D", "H81.393"], [PT("97112", 22)], []),

        // LCPT Wisner, Corisande: 97112 for a grain-elevator operator, dual-task foam stance and perturbations; FGA and seconds; one-on-one with his wife in the hall: passes.
        ["vord-h151-lcpt-elevator-catwalk"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 8 of 12)
            Pt: Merlin Bruning · C. Feeken, PT
            Functional goal: walk the elevator catwalk checking the bins without holding the rail [status: progressing]
              Codes/min: 97112 = 23
              Interventions: walking the foam beam while reading bin numbers off cards, perturbations at the pelvis, quick stops and turns on cue
              Impairment: postural sway with dual tasks after the cerebellar stroke
              Progress measure: FGA 22/30; foam beam with cards 14 steps without a misstep
            One-on-one, his wife in the hall.
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // LCPT Pender OT, Mirela: 97530 baking kolaches — kneading, sheet pan to the oven; R hand and standing tolerance; counts: passes.
        ["vord-h151-lcpt-ot-97530-kolaches"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER
            Pt: Lorraine Vogel · M. Hrabik, OTR/L
            Functional goal: bake the Christmas kolaches for the church sale [status: progressing]
              Codes/min: 97530 = 18
              Interventions: kneading dough standing at the counter, shaping rounds with the R hand, sliding the sheet pan into and out of the oven
              Impairment: R hand weakness and standing tolerance after the R wrist fracture
              Progress measure: 24 rounds shaped; stood at the counter 3 x 4 reps of kneading with no rest; pan 4 lb out of the oven with SBA
            """,
            ["S52.501D"], [OT("97530", 18)], []),

        // Oneota ORPT Decorah PTA, Kirsten: 97110 knee after a meniscectomy with doses: passes.
        ["vord-h151-oneota-pta-97110-knee"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 05/12/2026
            Delivery: individual
            Interventions: quad sets 2x15, straight leg raise 2 lb 3x12, bike seat 6, step-ups 6 in 3x10
            Clinical Findings: L quad lag and weakness after the meniscectomy; slow on the barn steps
            Objective Measures: knee flexion 118°; quad lag 5°
            Billing Grid:  97110 | Therapeutic exercise | 16 min
            Kirsten Tjernagel, PTA
            """,
            ["S83.242D"], [PTA("97110", 16)], []),

        // Oneota ORPT Cresco, Hallie: 97112 for a morel hunter in the woods, ticked Y, sensory work; SLS and Berg; grid 23: passes.
        ["vord-h151-oneota-morel-hunter"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 05/14/2026
            Delivery: one-on-one, Hallie and Mr. Kjos
            1:1 (Y/N): Y
            Interventions: stepping over the foam logs looking ahead, foam stance with eyes closed, walking on the pebble mat with head turns
            Clinical Findings: somatosensory loss both feet; he can't feel the ground under the leaves hunting morels and trips on the roots
            Objective Measures: Berg 50/56; foam eyes closed 14 sec
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            Hallie Bjornstad, PT, DPT
            """,
            ["G62.9"], [PT("97112", 23)], []),

        // SCVH South Fork PTA, Lupita: 97116 walker to cane on the ramp and the river path; distance and assistance: passes.
        ["vord-h151-scvh-pta-97116-river-path"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (SOUTH FORK)
            Aspenline Clinical · Therapy Flowsheet · 05/13/2026
            Intervention: rolling walker to single-point cane on the clinic ramp and the packed path along the river, cues for R heel strike
            Target impairment: short R step and R knee stiffness after the R TKA
            Outcome: 350 ft cane on the path with SBA; ramp with cane, modified independent
            Timed Codes: 97116 Gait training — 16 min
            L. Atencio, PTA
            """,
            ["Z96.651"], [PTA("97116", 16)], []),

        // SCVH Del Norte, Gideon: a PT's 97112 and the OT's 97530 in "Timed Codes", each with its minutes: passes.
        ["vord-h151-scvh-pt-and-ot-timed-codes"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (DEL NORTE)
            Aspenline Clinical · Therapy Flowsheet · 05/14/2026
            Supervision/Delivery: one-on-one for the PT service
            Intervention (PT): perturbations at the pelvis on the foam, stepping over the hose, tandem with head turns
            Target impairment (PT): slow stepping reaction after the R stroke
            Outcome (PT): Berg 44/56
            Intervention (OT): watering the raised beds from a can, kneeling to pull weeds, carrying a flat of seedlings
            Target impairment (OT): L arm weakness and kneeling balance
            Outcome (OT): flat 5 lb carried 30 ft; kneel-to-stand with one hand, SBA
            Timed Codes: 97112 Neuromuscular re-education — 22 min (G. Trujillo, PT); 97530 Therapeutic activities — 16 min (R. Holcomb, OTR/L)
            """,
            ["I69.354"], [PT("97112", 22), OT("97530", 16)], []),

        // PSTG Chincoteague, Desmond: 97112 vestibular for a pony-swim volunteer, ☒ 1:1; DGI: passes.
        ["vord-h151-pstg-pony-penning-volunteer"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud · 05/11/2026
            ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: X1 viewing standing on foam, walking the hall with head turns to the sides, stepping onto the rocking platform and stopping
            Impairments Addressed: L vestibular hypofunction; unsteady on the boat deck watching the ponies cross
            Measurables: DGI 20/24; DVA 2 lines lost
            97112 Neuromuscular re-education — 23 min
            D. Kellam, PT, DPT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // PSTG Pocomoke City PTA, Jolie: 97140 and 97110 each with its own line of minutes (mode chosen one-on-one): passes.
        ["vord-h151-pstg-pta-97140-and-97110"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 05/12/2026
            Mode of delivery: One-on-one ▾
            Skilled Interventions: 97140 — patellar glides, tibiofemoral AP glides grade III, STM to the distal quad; 97110 — quad sets 2x15, mini squats 3x12, step-ups 6 in 3x10
            Impairments Addressed: R knee flexion stiffness and quad weakness after the R TKA
            Measurables: knee flexion 104° after the glides (97° before)
            97140 Manual therapy — 11 min
            97110 Therapeutic exercise — 14 min
            J. Tawes, PTA
            """,
            ["Z96.651"], [PTA("97140", 11), PTA("97110", 14)], []),

        // SCLH Dee: 97112 and 97110 in her shorthand, both matching: passes.
        ["vord-h151-sclh-dee-nmr-and-te"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT — Mon 03/23/2026
            NMR (97112) — 22 min   1:1 thruout
            Tx: rocker bd eyes closed, tandem on foam c̄ head turns, perturb. @ pelvis.
            Imp: ↓ proprioc. R ankle p̄ the fx, LOB on the slush at the bus stop.
            Obj: rocker bd EC 10 sec; Berg 49/56.
            TE (97110) — 13 min
            Tx: heel raises 3x15, band eversion green 3x15, step-ups 6 in 3x10.
            Imp: R calf & evertor weakness.
            """,
            ["S82.891D"], [PT("97112", 22), PT("97110", 13)], []),

        // SCLH Marisol Ocampo (PTA): 97112 at the foam station, "1:1, just her" ; ataxia; SARA and tandem: passes.
        ["vord-h151-sclh-marisol-foam-station"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — M. Ocampo, PTA — Mon 03/23/2026
            NMR (97112) — 21 min — 1:1, just her and me at the foam station.
            Tx: foam stance reaching to cones, stepping over the hurdles and stopping, slow tandem along the wall.
            Imp: ataxia both legs after the cerebellar stroke; she wobbles stepping off the Red Line train.
            Obj: SARA 9/40; tandem 7 sec.
            """,
            ["I69.393"], [PTA("97112", 21)], []),

        // LMPT Archer Ave resident, Kelsey: 97112 with the LMPT row, hop and landing drills; LSI and Y-balance: passes.
        ["vord-h151-lmpt-resident-hockey-landing"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency) — Mentor co-sign to follow
            Code: 97112 | Min: 23 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: drop-landing to stick on the L, lateral bounds onto foam, perturbations in a skating stance
            Why: L knee proprioception and dynamic valgus after the ACL reconstruction
            #s: single hop LSI 89%; Y-balance anterior L 3 cm short of R
            """,
            ["Z98.890", "S83.512D"], [PT("97112", 23)], []),

        // LMPT Archer Ave PTA, TJ: 97110 shoulder with doses; LMPT row: passes.
        ["vord-h151-lmpt-pta-97110-shoulder"] = new(
            """
            Lakeshore Motion PT — Archer Ave | T. Kowalczyk, PTA
            Code: 97110 | Min: 15 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: sidelying ER 3 lb 3x12, prone Y's 2x10, band rows blue 3x15, serratus punches 2 lb 3x12
            Why: R cuff and scapular weakness; can't lift the mail tubs at the post office
            #s: ER strength 4-/5 R
            """,
            ["M75.101"], [PTA("97110", 15)], []),

        // NPD late entry 97116 for Saturday the 21st: cane on the corridor and the stairs; distance and assistance: passes.
        ["vord-h151-npd-late-entry-97116"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Mon 03/23/2026 10:15 for Sat 03/21/2026
            97116 x 17 min
            Gait: rolling walker to SPC on the corridor and the Pav B stairs, cues for L heel strike and step length.
            Deficits: antalgic L gait after the L THA.
            Result: 280 ft SPC with SBA; 12 stairs with one rail, SBA.
            """,
            ["Z96.642"], [PT("97116", 17)], []),

        // NPD late entry 97112 with a delivery word ("one-on-one"): X1 viewing and head-turn walking; DGI: passes.
        ["vord-h151-npd-late-entry-97112-one-on-one"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Mon 03/23/2026 11:30 for Sat 03/21/2026
            97112 x 22 min, one-on-one
            NMR: X1 viewing standing on foam, walking the corridor with head turns, turning on cue.
            Deficits: L vestibular hypofunction; veers when he looks at the bus numbers.
            Result: DGI 18/24.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // PCPT Houma, Cleo: 97112 for a returning Cocodrie wharf angler, one-on-one ticked; Berg and TUG; 23 matches: passes.
        ["vord-h151-pc-cocodrie-angler-returns"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/18/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: casting reach on the foam to both sides, tandem walking over the rope line with head turns, pushes at the shoulders with a step recovery
            For: postural sway and a late step on the wharf boards
            Numbers: Berg 49/56; TUG 10.1 sec
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PCPT Thibodaux, Annette: 97116 cane on the levee path and the porch steps; distance and assistance: passes.
        ["vord-h151-pc-annette-97116-levee-path"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/19/2026 · Annette Breaux, PT
            Code 97116 Gait training ........ 16 min
            Did: walker to quad cane on the shell path out back, up and down the three porch steps with the rail, cues for a longer L step
            For: short L step and L knee stiffness after the L TKA
            Numbers: 240 ft quad cane on shells with CGA; porch steps with the rail, SBA
            """,
            ["Z96.652"], [PT("97116", 16)], []),

        // HLPT Stonington, Peg: 97112 for a returning wreath maker, one-on-one, habituation; DGI: passes.
        ["vord-h151-hl-wreath-maker-returns"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT · 3/19/2026
            S: Got through the last of the wreath orders; only dizzy bending to the low bins.
            O: One-on-one. Habituation bending to the floor and up with a turn, X1 viewing walking, foam stance with head nods.
            L vestibular hypofunction with motion sensitivity bending.
            DGI 21/24; symptoms in 2 of 8 habituation positions.
            Billed: 97112 (22 min)
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // HLPT Blue Hill PTA, Caleb: 97110 for a clam digger's back with doses and loads: passes.
        ["vord-h151-hl-caleb-97110-clam-digger-back"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA · 3/18/2026
            S: Wants to be back on the flats by the spring tides.
            O: Bird-dogs 3x10, KB deadlift 20 lb 3x8, side planks 3 x 20 sec each, farmer's carry 25 lb 4 laps.
            Low back extensor and trunk weakness after the lumbar strain digging.
            Billed: 97110 (15 min)
            """,
            ["S39.012D"], [PTA("97110", 15)], []),

        // LMH Sterling Heights OT, Renee: 97530 carrying groceries from the car and putting them away; R arm weakness; loads and counts: passes.
        ["vord-h151-lmh-ot-97530-groceries-upstairs"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Renee Kaminski, OTR/L
            Timed Procedures
              97530 Therapeutic Activities: 17 Minutes
              Interventions: lifting grocery bags from a car-trunk-height shelf, carrying them up 4 stairs, putting cans away on the upper shelf with the R hand
              Impairments: R shoulder weakness and reduced endurance after the R proximal humerus fracture
              Objective: 2 bags of 5 lb each up 4 stairs with SBA; 10 of 12 cans to the upper shelf
            """,
            ["S42.201D"], [OT("97530", 17)], []),

        // LMH Warren, Keisha: 97112 one-on-one with an Arabic-speaking patient's son interpreting; step-and-stick and weight shifts; Berg: passes.
        ["vord-h151-lmh-son-interpreting-arabic"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 23 Minutes
              Delivery: One-on-one; her son interpreted in Arabic.
              Interventions: weight shifts onto the L with tapping, step-and-stick onto the foam with the L, reaching across the body on foam
              Impairments: L hemiparesis with poor L weight acceptance after the R MCA stroke
              Objective: Berg 41/56; step-and-stick 8 of 10
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // LCRT Winslow, Loretta: 97112 for a returning carver, Svc row 1:1: Y; Berg and reach: passes.
        ["vord-h151-lcrt-carver-returns"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: reaching to the side and overhead on the foam for the carving tools, tandem with head turns, perturbations at the pelvis
            Problem: postural sway and poor trunk control at his carving bench after the cerebellar stroke
            Measure: Berg 46/56; forward reach on foam 9 in
            L. Begay, PT, DPT
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // LCRT Holbrook, Wendell (PTA): 97110 hip with doses: passes.
        ["vord-h151-lcrt-pta-97110-hip"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: Ther ex 97110 | Time: 14 minutes
            Activity: bridges 3x15, sidelying hip abduction 2 lb 3x12, step-ups 6 in 3x10, mini squats 2x15
            Problem: R hip weakness after the THA; can't climb into the pickup
            Measure: step-ups 30 without the rail
            W. Yazzie, PTA
            """,
            ["Z96.641"], [PTA("97110", 14)], []),

        // JWO Elkhart PTA, Marisa: 97116 QuickNote with distance and assistance: passes.
        ["vord-h151-jwo-pta-97116-parking-lot"] = new(
            """
            JointWorks QuickNote · Elkhart · M. Beer PTA
            97116 ▸ 16m
            Tx ▸ walker to SPC in the hall and across the parking lot, curb up/down, cues for L heel strike
            Area ▸ L antalgic gait after the L THA
            # ▸ 300 ft SPC SBA; curb CGA
            """,
            ["Z96.642"], [PTA("97116", 16)], []),

        // JWO Goshen, Devin: 97112 QuickNote with 1:1 ▸ Y, ankle proprioception; SLS and BAPS: passes.
        ["vord-h151-jwo-band-instrument-buffer"] = new(
            """
            JointWorks QuickNote · Goshen · D. Yoder PT
            97112 ▸ 22m
            1:1 ▸ Y
            Tx ▸ BAPS lvl 3 standing, foam SLS w/ ball toss, perturbations in R SLS
            Area ▸ R ankle proprioception ↓, rolls it stepping off the buffing-line platform
            # ▸ SLS R foam 13 s; BAPS lvl 3 w/o hand
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // RPT Merle: 97116 in one line with distance and assistance: passes.
        ["vord-h151-rpt-97116-feed-store-ramp"] = new(
            """
            Rawhide PT — M. Vankirk PT: Idella Bauer, 97116 17 min; walker to cane in the hall & on the feed-store ramp out front, cues for a longer R step & heel strike; short R step & R knee stiff after the TKA; 250 ft cane SBA, ramp CGA.
            """,
            ["Z96.651"], [PT("97116", 17)], []),

        // SHMC Annika: 97112 for a Parkinson's patient with "DELIVERY MODE: Individual; his daughter in the room"; big steps and reactive stepping; Mini-BESTest and pull test: passes.
        ["vord-h151-shmc-parkinsons-daughter-in-room"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   INTERPRETER: not needed.
            SUBJECTIVE: daughter reports he froze in the doorway at the Christmas concert.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: Individual; his daughter in the room.
            INTERVENTIONS: big-step walking through a doorway frame with a count, reactive backward steps to pulls at the hips, turning in place to a metronome.
            IMPAIRMENTS ADDRESSED: freezing at doorways and retropulsion with Parkinson's disease.
            OUTCOME MEASURES: Mini-BESTest 19/28; pull test 2 steps; 1 freeze in 10 doorway passes.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // SHMC PTA, Kayla: 97116 after a stroke, distance and assistance: passes.
        ["vord-h151-shmc-pta-97116"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   INTERPRETER: not needed.
            CHARGES / TIMED SERVICES: 97116 Gait training — 15 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: hemi-walker to quad cane in the hall with cues for R knee flexion and heel strike, stepping over a threshold strip.
            IMPAIRMENTS ADDRESSED: R foot drag and short R stance after the L stroke.
            OUTCOME MEASURES: 200 ft quad cane with CGA; 10-metre walk 0.62 m/s.
            ATTESTATION: Electronically signed, K. Nienhuis, PTA.
            """,
            ["I69.351", "R26.89"], [PTA("97116", 15)], []),

        // TVPT Waitsburg, Celeste: 97112 and 97116 each under its SERVICE heading, both matching; one-on-one: passes.
        ["vord-h151-tv-97112-and-97116-wheat-farmer"] = new(
            """
            Touchet Valley Physical Therapy — Waitsburg
            Celeste Vandergriff, PT, DPT · Pt: Lyman Fouts
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: one-on-one for both services; his wife watched from the chair by the door.
            WHAT I DID AND WHY: foam stance with head turns and perturbations at the pelvis, in order to speed his step when the truck bed shifts.
            DEFICIT ADDRESSED: slow stepping reaction and sway after the L stroke.
            OBJECTIVE: Berg 45/56; 7 of 10 perturbations recovered in one step.
            SERVICE: 97116 Gait training — 14 min
            WHAT I DID AND WHY: cane on the gravel lot and the curb, with cues for a longer R step, because he catches the R toe on the field edge.
            DEFICIT ADDRESSED: short R step and R toe catch in swing.
            OBJECTIVE: 300 ft cane on gravel, SBA.
            """,
            ["I69.351", "R26.89"], [PT("97112", 22), PT("97116", 14)], []),

        // LERB Hereford, Wendell: "Steady at Home week 7" named beside real techniques (PNF rhythmic stabilisation, perturbations); deficit, Berg, 1:1: passes.
        ["vord-h151-lerb-steady-at-home-beside-techniques"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05566 · visit 8 of 12 authorized
            Pt: Thelma Ritchey · Wendell Graf, PT, DPT
            CPT 97112 — 23 minutes
            Attendance: 1:1, no concurrent or group time.
            Functional deficit driving medical necessity: delayed ankle strategy and posterior sway; falls backward reaching into the deep freeze.
            Skilled interventions (with rationale): PNF rhythmic stabilization in standing, perturbations at the pelvis on the foam, forward reach to the deep-freeze height box; the Steady at Home week 7 handout given for home.
            Objective data for reviewer: Berg 46/56; functional reach 9 in.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // Weak: a complete JWO QuickNote with no diagnosis on the claim: diagnosis missing only.
        ["vord-h151-jwo-complete-no-diagnosis"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 22m
            1:1 ▸ Y
            Tx ▸ step-downs off the 6 in box onto foam, perturbations in L SLS, hop-and-hold
            Area ▸ L knee proprioception ↓ after the ACL recon
            # ▸ SLS L 15 s; 8/10 step-downs w/o a wobble
            """,
            [], [PT("97112", 22)], [Dx]),

        // Weak: a complete LCRT note whose diagnosis field came across as "see referral": diagnosis missing only.
        ["vord-h151-lcrt-diagnosis-see-referral"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 23 minutes | 1:1: Y
            Activity: tandem on the foam beam, stepping over cones and stopping, perturbations at the shoulders
            Problem: L ankle proprioception poor after the sprain at the rodeo grounds
            Measure: SLS L 9 sec; tandem 15 sec
            E. Hartman, PT
            """,
            ["see referral"], [PT("97112", 23)], [Dx]),

        // Weak: a HLPT Hollis note whose 97110 minutes were carried from a longer visit ("Ther ex 97110 28 min." on a 14-minute line): mismatch only.
        ["vord-h151-hl-hollis-carried-minutes"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT. 3/20/26.
            Ther ex 97110 28 min.
            Sidelying ER 3 lb 3x12. Prone rows 5 lb 3x12. Band ER green 3x15.
            R cuff weakness, can't lift the bait tote onto the rail.
            """,
            ["M75.111"], [PT("97110", 14)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
