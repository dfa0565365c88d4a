using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-seventieth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07 (the twenty-second session, blind, beside the hundred-and-sixty-eighth set), the set is one
/// Thursday's notes (12/03/2026) drawn at random across all the clinics of the hundred-and-fifty-third to
/// hundred-and-sixty-seventh sets, each clinic in its own template and voice and never more than four notes from one
/// clinic: no new styles, new patients and new wording within the same templates — about two thirds ordinary and
/// complete (69 of 105), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, two in a visit), by PTs,
/// PTAs and OTs, from the employers those sets describe:
/// <list type="number">
/// <item>the compliance-reviewed, audited and appeal-ready practices: White River Physical Therapy &amp; Balance (WRPT:
/// Berryville, Eureka Springs and Green Forest; "Svc: 97112 NMR — 22 min", "Attendance: [X] 1:1 [ ] concurrent [ ]
/// group", "What we did:", "Why:", "Numbers:", Lorraine Meacham's "[CO query: …]" answered "12/03 BE: …" and "[CO:
/// resolved LM]"): Kacey Ormsby (PTA), Brenna Ellingboe and Dwight Kemper (OTR/L); Quoddy Bay Regional Hospital (QBRH:
/// Calais, Eastport and Lubec; "CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN", "DELIVERY: ☒ Individual …", "OUTCOME MEASURE:
/// ____ SCORE: ____", "&gt;&gt; Coding: …" and a "PROVIDER RESPONSE"): Everett Sewall, Nora Cobb and Lucienne Dufour
/// (PTA); Imperial Valley Balance &amp; Physical Therapy under Ledgerline's audit (IVBPT: El Centro, Brawley and
/// Holtville; "DOS", "97112 — 23 min", "Deficit:", "{{REVIEW: …}}", "Clinician reply:", "{{CLEARED — KM}}"): Rosalba
/// Quezada, E. Fennimore and G. Olmedo (PTA); Touchet Valley Physical Therapy (TVPT: Waitsburg and Dayton; "SERVICE:",
/// "DELIVERY: One-on-one for the entire billed service? Y", "WHAT I DID AND WHY:", "DEFICIT ADDRESSED:", "NOTE TO
/// REVIEWER:"): Owen Takacs and Celeste Vandergriff; Llano Estacado Rehab &amp; Balance (LERB: Friona and Dalhart; "AUTH
/// #", "visit 4 of 12 authorized", "Attendance: [Select: …]", "Objective data for reviewer:", "Minutes by CPT:"): Dale
/// Hobart; Ocmulgee River Physical Therapy (OCM: Fort Valley, Milledgeville and Hawkinsville; the "post-TPE template
/// rev. C" with a clock in–out on each timed code's line and "[X] 1:1 constant attendance"): Rhonda Akins and Marcus
/// Pye;</item>
/// <item>the bayou, goal-by-goal and migrated clinics: Petit Caillou Physical Therapy (PCPT: Houma and Thibodaux; "Code
/// 97112 Neuro re-ed ........ 22 min", "Did:", "For:", "Numbers:", the "Bayou Balance" levels and Jules Guidry's "cher",
/// "de" and "wit'"); Malheur Bend (MBOG: Ontario, Nyssa and Vale; "PRIMARY OUTCOME:", "STG 1: … — PROGRESSING", "→ 97112
/// · 23 min · …", "▸ measured by:"); Blackberry Creek Hospital (BCH: Matewan, Kermit and Delbarton; "Goal #1 — …",
/// "Treated with: 97112 (23 min) — …", "How we know:", "Attendance:"); Logan Creek (LCPT: West Point, Wisner and Pender;
/// the "NNVC GOAL TRACKER", "Codes/min: 97112 = 22, 97116 = 14", "Progress measure:"); Oneota River (ORPT: Waukon,
/// Cresco and Decorah; Prairielight's "Delivery:", "1:1 (Y/N):", "Clinical Findings:" and the "Billing Grid" whose minute
/// column defaults to 15, and a diagnosis carried over as "#Name?"); Sangre de Cristo Valley Hospital (SCVH: South Fork
/// and Del Norte; Aspenline's "Supervision/Delivery:", "Target impairment:", "Outcome:", "Timed Codes:"); Pocomoke Sound
/// (PSTG: Onancock and Chincoteague; TidePoint's "Mode of delivery: Choose… ▾" and "☐ 1:1 ☐ Group ☐ Co-treat");</item>
/// <item>the Chicago gym and its neighbours, the four practices and the minimal, dense and padded writers: St. Casimir
/// Lakeshore Hospital (SCLH: Dee Wachowski's "Pt seen indiv. thruout", "c̄", "½ kneel" and the EMR's "***", Helga
/// Lindqvist's "Timed code minutes: 97112 = 21 / 97116 = 17"); Lakeshore Motion PT (LMPT: "Code: 97112 | Min: 23 |
/// Attendance: (x) 1:1 …", "#s:"); NorthPier Per Diem (NPD: Bogdan Petrescu's "LATE ENTRY — written Fri 12/04/2026 for
/// Thu 12/03/2026"); Harbor Light (HLPT: Blue Hill and Ellsworth; S:/O:/A:/P:, "Billed: 97112 (23 min), 97116 (14 min)",
/// "Berg ____"); Lakeside Macomb Hospital (LMH: Roseville and Warren; "Timed Procedures", "97112 Neuromuscular Re-ed: 22
/// Minutes", "{LMH DELIVERY TYPE:30451}"); Little Colorado River Therapy (LCRT: Winslow and Holbrook; "Svc: NMR 97112 |
/// Time: 22 minutes | 1:1: Y"); JointWorks (JWO: Goshen, Elkhart and Warsaw; "97112 ▸ 22m", "1:1 ▸ ☒ Y ☐ N", "Area ▸",
/// "# ▸", the chain's default "15m" and its "StableStart" cards); Rawhide (RPT: Merle Vankirk's one dense line, Lusk);
/// Sheboygan Harbor Medical Center (SHMC: "ALL SECTIONS REQUIRED", "CHARGES / TIMED SERVICES", "DELIVERY MODE", the
/// "IMPAIRMENTS ADDRESSED" row of boxes, "ATTESTATION");</item>
/// <item>the week-to-week clinics: Rosario Strait Physiotherapy (RSP: Friday Harbor and Anacortes; "03.12.2026", "97112
/// NMR 10.00–10.22 (22') · 1:1", kilograms and centimetres); Big Horn Basin Regional Hospital (BHBR: Greybull and
/// Worland; "▸ START ■ STOP … = 22 MIN" rows); Porchlight Therapy at Home (PTH: Hillsville and Galax; "Visit at:",
/// "Present:", "97116 [ 19 ] min", "Assist/Dist:"); Southern Tier Balance and Falls (STBF: Elmira, Corning and Ithaca;
/// "What we worked on / Why / How she did / Time"); St. Columba Memorial Hospital (SCMH: Ishpeming, Negaunee and
/// Marquette; "EPISODE A: … ICD-10:", an "EPISODE B" with its own timed code, "Measures (Last | Today):"); Cimarron Senior
/// Therapy (CST: Enid, Stillwater and Prairie Rose Assisted Living in Ponca City; "CST GERI VISIT" with falls, near-falls
/// and orthostatics); Caney Fork (CFPT: Smithville and Sparta; OfficeMate PM capitals, "CPT 97112 X 23 MIN", "1ON1 FLAG:
/// Y", "IMP:", "OBJ:"); Saguaro Home Therapy (SHT: Casa Grande and Marana; TxtChart "[9:40a]" stamps, "97112 22m");</item>
/// <item>the device clinics and intensive programmes: Sawtooth Performance Lab (SPL: Eagle and Boise; "SESSION REPORT
/// · Athlete:", "BLOCK A · 97112 NMR · 23 min", "Work:", "Limiter:", "DATA PASTE ▼" of force-plate landings);
/// Northwoods Lakes Medical Center's Balance Center (NLMC: Crosby and Baxter; "Service: 97112 Neuromuscular
/// reeducation — 24 minutes", "▶ Imported device report" of Bertec and Biodex scores); High Desert NeuroRecovery (HDNR:
/// Redmond and Prineville; "97112 neuro re-ed: 23 min | 1:1", "97530 [ __ ] min", "Device paste:" of the BalanceTutor
/// and the Pablo); Minnesota River Children's Hospital's Intensive Therapy Program (MRCH ITP: Mankato and Owatonna, day 8
/// of the winter intensive; "ITP SESSION NOTE", "This session only: 97112 · 23 min", "Ratio: ☒ 1:1 ☐ 1:2 ☐ group");
/// Chattahoochee Valley University's Neuro-Recovery Intensive (CVU NRI: Columbus; "NRI BLOCK NOTE", "Billed this block:
/// 97116 (24 min)", "Delivery: [X] Individual [ ] Dyad [ ] Group"); Red Butte Vestibular &amp; Concussion Clinic (RBVC:
/// Williams, West Sedona and east Flagstaff, a Thursday of the Intensive Week; "Sess A ▸ 97112 ▸ 22 min", "Tx: ☐ gaze
/// stab ☒ habituation ☐ OKN");</item>
/// <item>the whole-episode and APSO employers of the hundred-and-sixty-fourth and hundred-and-sixty-seventh sets: Wexford
/// Commons Orthopaedic PT (WCOPT: Brett Szalai's "Visit 7 of 12 | …" header and "97112 Neuromuscular re-education — 22
/// min:" lines, Nicole Ferrante's "TE 97110 (24 min) —"); Benedictine Coulee Medical Center (BCMC: Sparta and Tomah;
/// Jonah Brightwater's bullets and LSVT BIG, Lise Aamodt's "FOLLOW-UP #3 … Seen individually", Rafe Ekwueme covering in
/// plain narrative); Dismal River Community Hospital (DRCH: Thedford and the Mullen outreach room; "OP PT Daily Note",
/// "Seen by:", "Time: 97116 = 16 min; 97110 = 14 min"); Quinebaug University Health (QUH: Willimantic, Putnam and
/// Danielson; "QUH Rehab Daily Note (APSO)" with the "BILLING:" block last); Pembina Multispecialty Group (PMG: Grand
/// Forks, East Grand Forks and Thief River Falls; "CHARGES:" on top, "NEXT VISIT:" before "TODAY:", the "| Test | Today |
/// Eval |" table); Prairie Crossing Neuro-Rehab Day Program (PCNDP: Scottsbluff and the Alliance day room; schedule,
/// session and a closing "ATTESTATION:").</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these clinics' templates, applying the
/// contract to what the filled-in text says: an unchosen drop-down, an unticked row, an unresolved SmartList, a blank
/// line or "***" states nothing, a ticked box states what it names, a template's default is read as written unless the
/// clinician's own words show it false, and a compliance, coding or audit query is not the clinician's statement while
/// the clinician's answer is:
/// <list type="bullet">
/// <item>class 1 (v1-h170-…): one-on-one in these writers' own words ("[X] 1:1 … just me and Mrs. Fancher; her
/// granddaughter held her purse by the door", "Individual (1:1) — the audiologist stepped in once to re-seat the video
/// goggles", "[9:40a] 1:1 — neighbour let me in and went home", "1:1 — the rehab tech ran the console, I guarded"),
/// notes that negate it (a ticked "☒ Individual" above a provider response that he went back and forth between her and
/// Mr. Pike at the rail, the PBC cohort's "[X] Group" box on a billed 97112) or never state it (Merle Vankirk's dense line
/// with no word of attendance, a day programme's attestation with minutes and a signature but no delivery), and a PTA's
/// 97110 marked concurrent beside Mr. Baez on the leg press, which has no one-on-one check;</item>
/// <item>class 2 (v2-h170-…): checkbox and blank-field states ("Mode of delivery: Choose… ▾" over an unticked row,
/// "Attendance: [Select: 1:1 / Concurrent / Group]", "Delivery: {LMH DELIVERY TYPE:30451}", an empty "Area ▸", "OUTCOME
/// MEASURE: ____ SCORE: ____"), and blanks beside filled-in text that states the element (a ticked "[X] Postural control
/// [X] Proprioception" row, "Berg ____" above a TUG, "Delivery:" blank above "1:1 (Y/N): Y");</item>
/// <item>class 3 (v3-h170-…): named programmes and methods as techniques (LSVT BIG maximal daily exercises,
/// Cawthorne-Cooksey head and eye exercises, reactive neuromuscular training with band pulls into valgus, Mulligan SNAGs
/// to C5–6, PNF D1/D2 patterns, the clinic's "Bayou Balance level 5" beside the drills it named), the chain's "StableStart
/// card 3 per chain protocol" as the only technique, Alfredson heel drops "per protocol" with no dose, and PNF with
/// "Impairment: ***" left;</item>
/// <item>class 4 (v4-h170-…): deficits stated as findings (a foot that can't find the organ's swell pedal, a foot that
/// slaps on the bleacher steps, a toe that catches on the porch threshold, a woman who reaches for the counter before her
/// weight moves) and notes that state none ("Impairment: per eval", "IMP: WNL", "Deficits: same as before", "DEFICIT
/// ADDRESSED: see plan of care");</item>
/// <item>class 5 (v5-h170-…): measures in every usual form (SLS seconds with a kilogram ball and a Y-balance reach in
/// centimetres, a pasted Biodex fall-risk and stability index, force-plate time to stabilisation and asymmetry, a
/// transfer count for 97530) and notes with none ("#s: deferred — ran long on the perturbations", "How she did: better,
/// less wobbly", a 97110 "progressed, added weight" with no dose, "Objective measure: to be retested at the progress
/// note", "Numbers: will do grip next time" on a 97530);</item>
/// <item>class 6 (v6-h170-…): minutes in these templates' forms (two START/STOP rows, "Timed code minutes: 97112 = 21 /
/// 97116 = 17", "Time: 97116 = 16 min; 97110 = 14 min", "CHARGES: 97140 (11 min) · 97110 (24 min)" on the first line,
/// "Billed this block: 97116 (24 min)") and true mismatches (the Billing Grid's default 15 on a 26-minute line, the
/// chain's "15m" on a 27-minute 97110, an arrow's 24 on a 13-minute 97110, a BILLING block's 34 on a 24-minute line) and
/// truly missing separate time (an attestation's "Total timed minutes: 39 (NMR and gait together)", a "97530 [ __ ] min"
/// box left under a 97112 with its minutes, "Minutes by CPT: see charge slip. Total timed: 38");</item>
/// <item>class 7 (v7-h170-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check:
/// an empty export on a two-code visit, spaces and line breaks with no diagnosis), the contract's meanings for 97110
/// (wand flexion, rows and wall push-ups after a reverse shoulder), 97530 (a laundry basket lifted to the dryer), 97140
/// (suboccipital release and C4–6 glides) and 97116 (a rolling walker down a porch ramp), and wholly generic notes:
/// "PT BALANCE TRAINING PER POC. PT TOL WELL. CONT POC.", a padded template whose required sections say "per flowsheet",
/// "per plan of care" and "tolerated well", and a goal-tracker arrow "ther ex per HEP, tolerated well";</item>
/// <item>ordinary (vord-h170-…): complete notes of these clinics that a reviewer passes (the false-positive guard),
/// with their harmless extras (a closed CO query, a cleared Ledgerline review, a father on the window bench, a niece
/// interpreting, falls and orthostatics lines, a second episode with its own code), and the ordinary weak ones: two
/// complete notes with no diagnosis and one whose diagnosis was carried over as "#Name?".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — granddaughters, a niece, wives, a
/// father, an audiologist, a rehab tech and an SPT (none of them a patient; Mr. Pike at the rail, Mr. Baez on the leg
/// press and the PBC cohort are), dates of service in both orders, ages, visit and authorisation counts, programme days,
/// times of day in text stamps, box and step heights in inches, loads in pounds and kilograms, reach in centimetres,
/// degrees, blood pressures, fall counts, grip, percentages, laps, lifts, shirts and pushes — and each is written so that
/// a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code ("Svc: 97112
/// NMR — 22 min", "97112 ▸ 22m", "Codes/min: 97112 = 22", "97112 for 22 minutes"), in its block's heading, in a minute
/// box or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except
/// the two that give the visit a total ("Total timed minutes: 39", "Total timed: 38"); notes failed for want of a
/// measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no
/// technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number and
/// fails it only when the note has no number but its code, its minutes and numbers that are plainly something else; for
/// the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged
/// on the billed minutes: a family member, caregiver, interpreter or staff member in the room does not undo a
/// one-on-one statement, another patient treated in the same block does (even under a template's ticked individual
/// box), and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what these clinics' Thursday could honestly be read either way: two codes named together
/// with one number of minutes next to them ("97112 and 97116: 39 minutes"), a visit whose two codes come from two
/// disciplines with one of them missing its minutes, a query from the compliance officer, the coders or the auditor left
/// open with no answer on the element it asks about, a branded level or card named beside a drill only its manual
/// describes, and a device's session timer in minutes pasted into a note beside the code's own minutes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 101 of 105 cases agree (103 needed), and 1 of the 69 notes the reviewer passes got a finding, on the analyzer of 761c33f (the 2026-12-07 twenty-second session after the hundred-and-fifty-sixth to hundred-and-sixty-fourth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, ed4cfb9): 102 of 105, no false positive.</para>
/// <para>After the 2026-12-07 twenty-sixth session (engine code 60d61b6, "s̄ LOB" read as without): 103 of 105, no false positive — the share met, its fact unskipped.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSeventiethTests(ITestOutputHelper output)
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

        // WRPT Berryville, Kacey Ormsby (PTA): "[X] 1:1" ticked and "just me and Mrs. Fancher, her granddaughter held her purse by the door"; pushes at the pelvis, foam stance with head turns, tandem on the beam; late step and sway on the church-basement stairs; Berg and pushes; "Svc: 97112 NMR — 22 min" matches: passes.
        ["v1-h170-wrpt-ko-granddaughter-held-the-purse"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville (on the square)
            Daily note 12/03/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — 22 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group — just me and Mrs. Fancher; her granddaughter held her purse by the door
            What we did: pushes at the pelvis in stride stance, foam stance with head turns, tandem walking on the beam
            Why: late stepping reaction and sway; she missed the bottom step going down to the church basement for the pie supper
            Numbers: Berg 46/56; 7 of 10 pushes caught with one step
            [CO: resolved LM]
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // QBRH Calais, Everett Sewall: the row's "☒ Individual" ticked, but the PROVIDER RESPONSE to the coding query says Mr. Pike was at the rail doing his own neuro re-ed and Everett went back and forth between them the whole block — another patient treated in the billed time: one-on-one missing; technique, deficit and measures present.
        ["v1-h170-qbrh-response-went-back-and-forth"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rocker board A/P eyes closed; step-and-stick onto the foam; tandem along the rail with head turns
            IMPAIRMENT: L ankle proprioception and a late step; the scallop shucker slips on the wet float
            OUTCOME MEASURE: SLS L  SCORE: 8 sec
            >> Coding: delivery box ticked Individual — please confirm no other patient in the block.
            PROVIDER RESPONSE: Mr. Pike was at the rail doing his own neuro re-ed the same block and I went back and forth between the two of them. — E. Sewall, PT
            """,
            ["S93.402D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // RPT Lusk, Merle Vankirk's one dense line: code and minutes, rocker board, tandem on foam, pushes at the hips, a late step since the fall off the stock trailer, Berg and tandem seconds — but no word on who else was there or whether it was one-on-one: one-on-one missing.
        ["v1-h170-rpt-dense-line-no-attendance"] = new(
            """
            Rawhide PT — M. Vankirk PT (Lusk): Wade Pfister, cow-calf operator, 97112 23 min; rocker board eyes closed, tandem on foam, pushes at the hips; late step & sway since he came off the stock-trailer ramp; Berg 48/56, tandem 10 sec.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // NLMC Crosby, Ingeborg Halvorsen: "Individual (1:1) — the audiologist came in to re-seat the goggles"; sensory reweighting on foam, head turns in the sway-referenced surround, stepping to targets; bilateral vestibular loss; imported mCTSIB and SOT; "Service: 97112 … — 24 minutes" matches: passes.
        ["v1-h170-nlmc-audiologist-reseated-the-goggles"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY
            TREATMENT NOTE · Pt: Verna Aho · Clinician: Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: Individual (1:1) — the audiologist stepped in once to re-seat the video goggles
            Treatment: sensory reweighting on foam with eyes closed, head turns with the sway-referenced surround, stepping to lit targets on cue
            Impairment: bilateral vestibular loss after gentamicin; she sways turning to check the resort laundry carts
            ▶ Imported device report — Bertec Balance Advantage (printed 12/03/2026 10:52)
               SOT composite 58 | condition 5 average 41 | condition 6 average 38
            """,
            ["H81.23"], [PT("97112", 24)], []),

        // CVU NRI Columbus, Parkinson's Boot Camp: "Delivery: [ ] Individual [ ] Dyad [X] Group — the four of the PBC cohort at the stepping stations" on a billed 97112 block: not one-on-one; techniques, deficit and measures present.
        ["v1-h170-cvu-pbc-group-box-ticked"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 4 of 10 · Block: PM (2 of 2)
            Billed this block: 97112 (22 min)
            Staff this block: Beau Tillinghast, PT, DPT (neuro resident)
            Delivery: [ ] Individual [ ] Dyad [X] Group — the four of the PBC cohort at the stepping stations
            O: Big-amplitude stepping to floor targets, reactive steps to pulls from behind, turning in place to a stop on a clap.
            Backward pull test: 3 steps to recover. TUG 13.4 sec.
            A: Parkinson's disease with freezing in turns and a retropulsive stepping response.
            """,
            ["G20.A1"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SHT Casa Grande home visit, TxtChart stamps: "1:1 — neighbour let me in and went home"; foam cushion stance, tandem along the hallway, step-and-stick off the porch step; late step and sway; Berg and tandem; "97112 22m" matches: passes.
        ["v1-h170-sht-neighbour-let-me-in"] = new(
            """
            TxtChart · Saguaro Home Therapy · R. Valenzuela PT · home visit, Casa Grande
            [9:40a] 1:1 — neighbour let me in and went home, just me and Mr. Olguín after that
            [9:41a] 97112 22m: foam cushion stance eyes closed, tandem along the hallway, step-and-stick off the porch step
            [9:42a] problem: late step + sway, fell reaching for the hose bib
            [9:43a] Berg 44/56, tandem 6 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // LMPT Archer Ave, a PTA's 97110 with "Attendance: ( ) 1:1 (x) concurrent ( ) group" beside another patient on the leg press — 97110 has no one-on-one check; doses, region and a number present: passes.
        ["v1-h170-lmpt-pta-97110-concurrent"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Kowalczyk, PTA)
            Code: 97110 | Min: 16 | Attendance: ( ) 1:1 (x) concurrent ( ) group — Mr. Baez on the leg press beside her
            Tx: leg press 70 lb 3x12, lateral step-ups onto the 6 inch step 3x10, bridges 3x15, side-lying hip abduction 3x12
            Why: L quad and hip abductor weakness after the L TKA; the crossing guard can't get up the bus-shelter curb without the rail
            #s: 5xSTS 14.6 sec; knee flexion 114°
            """,
            ["Z96.652", "M62.81"], [PTA("97110", 16)], []),

        // PCNDP Scottsbluff: schedule at the top, session in the middle, and an ATTESTATION with the minutes and signature but no delivery row and no word of one-on-one — one-on-one missing; technique, deficit and measures present.
        ["v1-h170-pcndp-attestation-minutes-no-delivery"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            Today: van in, PT block, lunch, OT block, van home.
            Session: rhythmic stabilization in half-kneeling, stepping to floor targets to a slow count, tandem on the tape line with head turns.
            Focus: truncal ataxia and overshooting steps after the cerebellar stroke.
            Results: SARA 13/40; tandem 8 steps.
            ATTESTATION: 97112: 23 minutes. — Delphine Marsh, PT, DPT, NCS
            """,
            ["I69.393"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // HDNR Redmond, Priya Venkataraman: "97112 neuro re-ed: 23 min | 1:1 — the rehab tech ran the console"; BalanceTutor perturbations, stepping responses; late step after the R stroke; device paste and Berg: passes.
        ["v1-h170-hdnr-rehab-tech-ran-the-console"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Lorna Kettle (brewery canning line)
            97112 neuro re-ed: 23 min | 1:1 — the rehab tech ran the console, I guarded
            What I did: BalanceTutor perturbation treadmill, forward and lateral platform shifts, stepping responses with the L leading
            Why: late L protective step and sway after the R stroke; she stumbles when the pallet jack bumps the line
            Device paste:
              [BalanceTutor] Level 4 | Perturbations delivered 30 | Stepping responses 24
            Berg 47/56 today.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // PSTG Onancock, TidePoint: "Mode of delivery: Choose… ▾" never chosen and the box row "☐ 1:1 ☐ Group ☐ Co-treat" with nothing ticked — one-on-one not stated; skilled interventions, impairment and measurables filled in.
        ["v2-h170-pstg-dropdown-never-chosen"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 12/03/2026
            Mode of delivery: Choose… ▾
            ☐ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: perturbations in stride stance, step-and-stick onto the Airex, tandem along the foam lane with head turns
            Impairments Addressed: sway and a late step; the oyster shucker stumbles on the wet shucking-house floor
            Measurables: Berg 46/56; tandem on foam 7 sec
            97112 Neuromuscular Re-ed — 23 min
            R. Kellam, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // JWO Goshen QuickNote: "1:1 ▸ ☒ Y ☐ N" ticked, Tx and # filled, but "Area ▸" left empty — no deficit named anywhere.
        ["v2-h170-jwo-area-left-empty"] = new(
            """
            JointWorks QuickNote · Goshen · K. Amstutz PT
            97112 ▸ 22m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ rocker board eyes closed, step-and-stick off the 6 in step, tandem on foam w/ head turns
            Area ▸
            # ▸ SLS R 10 s; rocker 12 s
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SHMC's "IMPAIRMENTS ADDRESSED" as its row of boxes with "[X] Postural control [X] Proprioception" ticked and no typed sentence — the ticked boxes state the deficit; technique, one-on-one and Mini-BESTest present: passes.
        ["v2-h170-shmc-impairment-boxes-ticked"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            Identity verified with two identifiers: yes. Allergies reviewed: none known. Precautions: fall risk.
            Interpreter: not needed. Advance directive on file: no.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: [X] Individual [ ] Group
            INTERVENTIONS: perturbations at the pelvis on foam, step-and-stick onto the Airex, tandem walking with head turns.
            IMPAIRMENTS ADDRESSED: [X] Postural control [X] Proprioception [ ] Vestibular [ ] Coordination [ ] Motor planning
            OUTCOME MEASURES: Mini-BESTest 19/28.
            ATTESTATION: I personally furnished the services above. — Luis Ochoa-Brandt, PT, DPT
            """,
            ["R26.81", "E11.42"], [PT("97112", 24)], []),

        // QBRH Lubec, Nora Cobb: "OUTCOME MEASURE: ____ SCORE: ____" left as printed and no other number in the note but the code and its minutes — measure missing.
        ["v2-h170-qbrh-outcome-line-blank"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: gaze stabilization exercises standing on foam; walking the hall with head turns and stopping on cue; feet together on foam with eyes closed
            IMPAIRMENT: R vestibular hypofunction; the lighthouse volunteer grabs the rail on the spiral stair when she looks up
            OUTCOME MEASURE: ____ SCORE: ____
            Nora Cobb, PT, DPT, NCS
            """,
            ["H81.21"], [PT("97112", 23)], [At(Measure, "97112")]),

        // LERB Friona: "Attendance: [Select: 1:1 / Concurrent / Group]" left unanswered on a 97112 — one-on-one not stated; the rest complete and minutes by CPT match.
        ["v2-h170-lerb-attendance-select-left"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-22904 · visit 4 of 12 authorized
            Pt: Delfina Arreola · Dale Hobart, PT
            Attendance: [Select: 1:1 / Concurrent / Group]
            Skilled interventions (with rationale): pushes at the pelvis, foam stance with head turns and step-and-stick onto the Airex, to rebuild her stepping reaction
            Functional deficit driving medical necessity: late protective step and sway; she fell in the feedlot office doorway
            Objective data for reviewer: Berg 44/56; 6 of 10 pushes caught
            Minutes by CPT: 97112 = 23
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // LMH Roseville: "Delivery: {LMH DELIVERY TYPE:30451}" — the SmartList never resolved, nothing typed about attendance; technique, problem and objective present: one-on-one missing.
        ["v2-h170-lmh-delivery-smartlist-unresolved"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (ROSEVILLE)
            Timed Procedures
            97112 Neuromuscular Re-ed: 22 Minutes
            Delivery: {LMH DELIVERY TYPE:30451}
            NMR: rocker board A/P eyes closed, step-and-stick onto foam, perturbations at the shoulders.
            Problem: L ankle proprioception and a late step; the bowling-alley mechanic rolls the ankle on the approach.
            Objective: SLS L 7 sec; Berg 49/56.
            Dariusz Nowicki, PT
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // HLPT Blue Hill: "Berg ____" left blank, but the line under it gives a TUG and rocker seconds; "☒ 1:1 ☐ group"; "Billed: 97112 (22 min)" matches: passes.
        ["v2-h170-hlpt-berg-blank-tug-filled"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            P. Sargent, PT, DPT · 12/03/2026
            S: Caught a toe on the wharf planking hauling the skiff.
            O: ☒ 1:1 ☐ group
            Perturbations on the foam, rocker board eyes closed, stepping over the line coil to a stop.
            Slow ankle strategy and a late step on moving surfaces.
            Berg ____
            TUG 10.9 sec; rocker 12 sec.
            A: Steadier on the rocker.
            P: Continue.
            Billed: 97112 (22 min)
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // ORPT Waukon, Prairielight: "Delivery:" left blank but "1:1 (Y/N): Y" answered; Billing Grid minutes entered as 24 on a 24-min line: passes.
        ["v2-h170-orpt-delivery-blank-yn-answered"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 12/03/2026
            Delivery:
            1:1 (Y/N): Y
            Interventions: foam stance with head turns, tandem on the beam, perturbations at the pelvis
            Clinical Findings: sway and a late step; the sale-barn auctioneer stumbles stepping down from the block
            Objective Measures: Berg 48/56; tandem 10 sec
            Billing Grid:  97112 | Neuromuscular re-education | 24 min
            O. Reyes, PT
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // BCMC Sparta, Jonah Brightwater's bullets: LSVT BIG maximal daily exercises and functional component tasks, one-on-one; Parkinson's hypokinesia and small steps; TUG and stride length; "• 97112 — 24 min" matches: passes.
        ["v3-h170-bcmc-lsvt-big-bullets"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT (SPARTA)
            Elmer Sieg, 77 — Jonah Brightwater, PT, DPT (LSVT BIG certified) — seen one-on-one
            • 97112 — 24 min — LSVT BIG maximal daily exercises (floor-to-ceiling, side-to-side, forward and sideways rock-and-reach), then big-step component tasks: sit to stand and turning at the counter
            • Targets: hypokinesia and shuffling small steps with Parkinson's disease; freezes turning in the cranberry-shed office
            • Numbers: TUG 11.2 sec (14.0 at eval); stride length 0.98 m
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // RBVC Williams, Graydon Pike: "Tx: ☐ gaze stab ☒ habituation ☐ OKN" and Cawthorne-Cooksey head and eye exercises progressed to standing; motion sensitivity after the concussion; MSQ and foam seconds; "Sess A ▸ 97112 ▸ 22 min" and "1:1": passes.
        ["v3-h170-rbvc-cawthorne-cooksey"] = new(
            """
            RBVC Williams — Intensive Week — Thu
            Sess A ▸ 97112 ▸ 22 min
            Provider this session: Graydon Pike, PT, ATC — 1:1
            Tx: ☐ gaze stab ☒ habituation ☐ OKN
            Cawthorne-Cooksey head and eye exercises progressed to standing, then ball toss eye to eye while walking the hall
            Problem: motion sensitivity and dizziness after the concussion; the Grand Canyon railway conductor feels sick walking the moving car
            MSQ 14 (26 Mon); foam stance with head turns 18 sec
            Between sessions: lunch, screen-free
            """,
            ["S06.0X0D", "R42"], [PT("97112", 22)], []),

        // SPL Eagle, Jordan Okafor: reactive neuromuscular training (band pulls at the knee into valgus during split squats and lateral hops); dynamic valgus after the ACL graft; force-plate time to stabilisation; "BLOCK A · 97112 NMR · 23 min", "☑ 1:1": passes.
        ["v3-h170-spl-reactive-neuromuscular-training"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Kaylee Brandt (age 19, college rugby flanker) · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97112 NMR · 23 min
            Attendance: ☑ 1:1 ☐ semi-private
            Work: reactive neuromuscular training — band pulls at the R knee into valgus during split squats and lateral hops to a stick
            Limiter: R dynamic knee valgus and late landing control after the ACL graft; she can't cut off the R in the ruck
            DATA PASTE ▼
            Hawkin Dynamics — single-leg landing R: time to stabilisation 1.42 s | L 0.96 s
            """,
            ["S83.511D"], [PT("97112", 23)], []),

        // PMG Thief River Falls, Dr. Keisha Monroe: Mulligan SNAGs to C5–6 with rotation and sustained natural apophyseal glides as the manual technique; neck rotation stiffness; rotation degrees; "CHARGES: 97140 (12 min)": passes.
        ["v3-h170-pmg-mulligan-snags-neck"] = new(
            """
            CHARGES: 97140 (12 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, THIEF RIVER FALLS
            NEXT VISIT: add deep neck flexor endurance.
            TODAY: Mulligan SNAGs to C5–6 into R rotation, 3 sets of 6 with overpressure; suboccipital release.
            Problem: R neck rotation stiffness; the snowmobile mechanic can't look over his shoulder backing the trailer.
            | Test | Today | Eval |
            | Cervical rotation R (deg) | 62 | 45 |
            Keisha Monroe, PT, DPT
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // JWO Elkhart: "Tx ▸ StableStart card 3 per chain protocol" as the only treatment, with area, 1:1 and numbers filled — the chain's branded card is no named technique: technique missing.
        ["v3-h170-jwo-stablestart-card-only"] = new(
            """
            JointWorks QuickNote · Elkhart · M. Beer PTA
            97112 ▸ 22m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ StableStart card 3 per chain protocol
            Area ▸ L ankle proprioception; rolls it on the RV-plant loading dock
            # ▸ SLS L 8 s; Berg 51/56
            """,
            ["S93.402D"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // WCOPT Wexford, Brett Szalai: "Alfredson eccentric heel drops per protocol" with no sets, reps or load and nothing numbered but the code and its minutes — technique and region named, no dose or measure for the 97110: measure missing.
        ["v3-h170-wcopt-alfredson-no-dose"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Brett Szalai, PT, DPT, OCS
            97110 Therapeutic exercise — 22 min: Alfredson eccentric heel drops per protocol, straight and bent knee, off the step
            Problem list: R Achilles tendinopathy with calf weakness; the letter carrier can't finish his walking route
            A: Tolerated, soreness next morning as expected.
            P: Progress load per protocol.
            """,
            ["M76.61"], [PT("97110", 22)], [At(Measure, "97110")]),

        // SCLH Pav B, Dee Wachowski's abbreviations: PNF D1/D2 patterns c̄ resistance and rhythmic stab in ½ kneel named, "indiv. thruout", Berg — but "Impairment: ***" left as the EMR's wildcard: deficit missing.
        ["v3-h170-sclh-dee-pnf-impairment-wildcard"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            Thu 12/03/2026 · D. Wachowski, PT
            Timed: 97112 NMR 23 min — Pt seen indiv. thruout
            Tx: PNF D1/D2 UE patterns c̄ manual resist. in ½ kneel, rhythmic stab. in tall kneel, alt. stepping to cones
            Impairment: ***
            Objective: Berg 43/56, 5 of 8 stepping trials s̄ LOB
            A/P: cont.
            """,
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // PCPT Thibodaux, Annette Breaux: the clinic's "Bayou Balance level 5" named beside the drills she did (step-and-stick, tandem on foam, pushes) — a branded level beside named techniques; deficit, one-on-one and numbers present: passes.
        ["v3-h170-pcpt-bayou-balance-with-drills"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/03/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Bayou Balance level 5 — step-and-stick onto the Airex, tandem on foam with head turns, pushes at the hips
            For: late step and sway; the sugar-cane truck driver misses the cab step coming down in the mill yard
            Numbers: Berg 47/56; 7 of 10 pushes caught
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // SCMH Ishpeming: the deficit as the finding — "she can't feel where her foot is on the pedal of the organ and sways reaching to the top manual"; rocker, foam, step-and-stick; Berg last and today; "Timed: 97112 ▸ 22 min", "☒ 1:1": passes.
        ["v4-h170-scmh-cant-feel-the-pedal"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Aili Niemi
            EPISODE A: polyneuropathy with unsteadiness    ICD-10: G62.9
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: rocker board A/P eyes closed, foam stance reaching across midline, step-and-stick onto foam
            Impairment: she can't feel where her foot is on the organ's swell pedal and sways reaching to the top manual
            Measures (Last | Today): Berg 44 | 46; foam eyes closed 9 | 12 sec
            Completed by: Tove Lindqvist, PT
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], []),

        // BHBR Greybull: "L foot slaps and catches on the bleacher steps at the ball game" as the impairment; START/STOP row matches; 1:1; Berg: passes.
        ["v4-h170-bhbr-foot-slaps-on-the-bleachers"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 14:00 ■ STOP 14:23 = 23 MIN
            1:1 the whole time.
            NMR: weight shifts onto the L with tapping to the dorsiflexors, step-and-stick with the L onto foam, pushes at the pelvis.
            Impairment: L foot slaps and catches on the bleacher steps at the ball game; late L step after the stroke.
            Objective: Berg 45/56; 6 of 10 pushes caught with the L.
            Joel Akiyama, PT
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // MBOG Nyssa, Kenzie Pfleger (PTA): "Impairment: per eval" — nothing of the deficit in the note; goal, techniques, delivery and measures present: deficit missing.
        ["v4-h170-mbog-impairment-per-eval"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Lupe Arriola · 12/03/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: Berg 47/56 (43 at IE)
            STG 1: carry the onion samples across the grading floor without a stumble — PROGRESSING
               → 97112 · 22 min · step-and-stick off the curb block, foam stance with head turns, pushes at the pelvis
            Impairment: per eval
               ▸ measured by: tandem on foam 8 sec
            Delivery: 1:1
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // CFPT Sparta, OfficeMate capitals: "IMP: WNL" — the impairment field says within normal limits, no deficit stated; 1ON1 FLAG Y, techniques and OBJ present: deficit missing.
        ["v4-h170-cfpt-imp-wnl"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/03/26
            CPT 97112 X 23 MIN
            1ON1 FLAG: Y
            NOTE: ROCKER BOARD A/P EYES CLOSED, STEP AND STICK ONTO FOAM, TANDEM WALK W/ HEAD TURNS. IMP: WNL. OBJ: BERG 47/56, SLS R 9 SEC.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // PTH Hillsville, Darnell Hash (PTA): "he catches his R toe on the porch threshold and can't tell when his foot's down on the gravel"; foam cushion, tandem in the hall, step-and-stick off the porch step; "97112 [ 22 ] min" and "1:1 with Mr. Quesinberry": passes.
        ["v4-h170-pth-toe-catches-the-threshold"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Darnell Hash, PTA
            Present: wife, in the kitchen — 1:1 with Mr. Quesinberry for the session
            97112 [ 22 ] min
            Tx: foam cushion stance eyes closed, tandem along the hall, step-and-stick off the porch step
            Problem: he catches his R toe on the porch threshold and can't tell when his foot's down on the gravel drive
            Numbers: Berg 45/56; tandem 7 sec
            """,
            ["E11.42", "R26.81"], [PTA("97112", 22)], []),

        // NPD late entry, Bogdan Petrescu: "Deficits: same as before" — nothing stated; 1:1, techniques and result present: deficit missing.
        ["v4-h170-npd-deficits-same-as-before"] = new(
            """
            LATE ENTRY — written Fri 12/04/2026 for Thu 12/03/2026 — B. Petrescu, PT (NorthPier Per Diem)
            97112 x 22 min
            1:1: yes
            Tx: rocker board A/P eyes closed, foam stance with head turns, stepping over the cane to a stop
            Deficits: same as before
            Result: Berg 46/56; rocker A/P 11 sec
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // TVPT Waitsburg, Owen Takacs: "DEFICIT ADDRESSED: see plan of care" and nothing in "WHAT I DID AND WHY" says what is wrong — deficit missing; technique, one-on-one and objective present.
        ["v4-h170-tvpt-deficit-see-poc"] = new(
            """
            Touchet Valley Physical Therapy — Waitsburg
            Owen Takacs, PT, DPT
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: perturbations in stride stance, step-and-stick onto foam and tandem with head turns, per the plan of care.
            DEFICIT ADDRESSED: see plan of care.
            OBJECTIVE: Berg 48/56; 8 of 10 perturbations held.
            NOTE TO REVIEWER: plan of care certified by the referring physician.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // LCRT Winslow, L. Begay: "she reaches for the counter before her weight moves and her knees lock when the train horn startles her" — postural control stated as what happens; "Svc: NMR 97112 | Time: 22 minutes | 1:1: Y": passes.
        ["v4-h170-lcrt-reaches-before-the-weight-moves"] = new(
            """
            Little Colorado River Therapy — Winslow
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: weight shifts to targets on foam, pushes at the shoulders, stepping over a 2x4 to a stop
            Problem: postural control — she reaches for the counter before her weight moves and freezes stiff when the freight-train horn startles her
            Measure: Berg 47/56; 6 of 10 pushes held
            L. Begay, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // RSP Friday Harbor, J. Brenner: SLS seconds holding a 2 kg ball and Y-balance reach in centimetres; clock range with (22') on the code's line and 1:1: passes.
        ["v5-h170-rsp-sls-and-reach-cm"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            J. Brenner, PT · 03.12.2026 · ferry deckhand, 44 y
            97112 NMR 10.00–10.22 (22') · 1:1
            NMR: single-leg stance on foam holding a 2 kg ball, step-and-stick onto the Airex, perturbations in stride stance.
            Problem: R ankle proprioception after the sprain on the car-deck ramp.
            Measures: SLS R on foam 14 s; Y-balance anterior reach R 58 cm (L 66 cm).
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // LMPT Archer Ave: "#s: deferred — ran long on the perturbations" and no number in the note but the code and its minutes: measure missing.
        ["v5-h170-lmpt-hashes-deferred"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (K. Drummond, PT, DPT)
            Code: 97112 | Min: 23 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: perturbations at the trunk in single-leg stance, hop-to-stick onto foam, lateral shuffles to a stop on a hand signal
            Why: R knee proprioception and landing control after the ACL graft
            #s: deferred — ran long on the perturbations
            """,
            ["S83.511D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // STBF Corning: "How she did: better, less wobbly" — no number in the note but the code and its minutes: measure missing; techniques, one-on-one and deficit present.
        ["v5-h170-stbf-how-she-did-better"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            Leticia Fairweather, PTA · Thursday
            What we worked on: foam stance with head turns, rocker board eyes closed, stepping off the foam to a stop. One-on-one the whole time.
            Why: she can't tell where her feet are on the glass-works shop floor and sways turning with a tray.
            How she did: better, less wobbly.
            Time: 97112, 23 min.
            """,
            ["E11.42"], [PTA("97112", 23)], [At(Measure, "97112")]),

        // DRCH Thedford, Darlene Vrbka: a 97110 whose treatment reads "progressed hip and knee strengthening, added weight" with no sets, reps, load or number — region and exercises named, no dose: measure missing.
        ["v5-h170-drch-97110-progressed-no-dose"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note
            Seen by: D. Vrbka PT
            Time: 97110 = 22 min
            Treatment: sit to stands, standing hip abduction and step-ups; progressed, added weight
            Problem: R hip weakness after the fracture; she can't get up from the church pew without pulling
            Plan: Home program.
            """,
            ["S72.001D", "M62.81"], [PT("97110", 22)], [At(Measure, "97110")]),

        // NLMC Baxter, Marisa Pelletier (PTA): Biodex Balance SD stability indices and a fall-risk index pasted as the measure; "Individual (1:1)"; "Service: 97112 … — 23 minutes": passes.
        ["v5-h170-nlmc-biodex-stability-index"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER
            TREATMENT NOTE · Pt: Harlan Dokken · Clinician: Marisa Pelletier, PTA
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: Individual (1:1)
            Treatment: weight shifts to targets on the Biodex platform, foam stance with eyes closed, step-and-stick to floor targets
            Impairment: postural sway and a late step; the walleye guide stumbles stepping into the boat
            ▶ Imported device report — Biodex Balance SD (printed 12/03/2026 09:41)
               Fall risk index 2.8 (age norm 1.1–2.0) | overall stability index 1.9
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // OCM Fort Valley: "Objective measure: to be retested at the progress note" and no other number but the code's clock range — measure missing; technique, attendance and deficit present.
        ["v5-h170-ocm-retest-at-progress-note"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Inez Culpepper | Rhonda Akins, PT, DPT | Precautions: none
            97112 Neuromuscular Re-education | 1:00–1:22 pm
            Constant attendance:
            [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: NMR — pushes at the pelvis and step-and-stick onto foam, to retrain her protective step.
            Impairment addressed: late protective step and sway; she went down in the peach-packing shed.
            Objective measure: to be retested at the progress note.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // CST Stillwater, "CST GERI VISIT": a 97530 with a transfer count and a stand time as the measure — a dose is the measure for 97530; falls and orthostatics lines carry other numbers: passes.
        ["v5-h170-cst-97530-transfers-counted"] = new(
            """
            CST GERI VISIT — Stillwater          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: 2 (both at the recliner)
            ORTHOSTATICS lying → standing: 128/74 → 120/70, negative
            97530 THERAPEUTIC ACTIVITIES — 16 min
            TX: recliner-to-walker transfers with a hand-placement sequence, standing at the counter to fold towels, reaching to the second shelf
            PROBLEM: R hip and quad weakness; she flops into the recliner and can't stand to fold laundry
            OBJECTIVE: 6 recliner transfers with stand-by assist; stood at the counter 3 rounds of towels
            """,
            ["M62.81", "Z91.81"], [PTA("97530", 16)], []),

        // WRPT Green Forest, Dwight Kemper (OTR/L): "Numbers: will do grip next time" on a 97530 with no dose or number — activities and deficit named: measure missing.
        ["v5-h170-wrpt-ot-numbers-next-time"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note — Dwight Kemper, OTR/L
            Svc: 97530 TA — 18 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: carrying egg flats from the cart to the cooler rack, opening jars, pinning wash on the line
            Why: R hand grip weakness after the wrist fracture; she drops egg flats at the poultry farm
            Numbers: will do grip next time
            """,
            ["S52.501D"], [OT("97530", 18)], [At(Measure, "97530")]),

        // SPL Boise, Brielle Sato (PTA): force-plate landing numbers pasted under the block — time to stabilisation and asymmetry; "BLOCK A · 97112 NMR · 22 min", 1:1: passes.
        ["v5-h170-spl-pta-force-plate-paste"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (Bown Crossing)
            SESSION REPORT · Athlete: Mesa Quintero (age 16, barrel racer) · Clinician: Brielle Sato, PTA
            BLOCK A · 97112 NMR · 22 min
            Attendance: ☑ 1:1 ☐ semi-private
            Work: single-leg hops to a stick off the 8 inch box, perturbations in single-leg stance, lateral bounds to a stop
            Limiter: L ankle proprioception after the sprain coming off the horse; late stabilisation on the L
            DATA PASTE ▼
            Hawkin Dynamics — single-leg landing L: time to stabilisation 1.18 s | asymmetry 21 %
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, truly missing separate time

        // BHBR Worland: two START/STOP rows, 97112 and 97110, each with its own total matching the lines; 1:1; techniques, doses, deficit, Berg: passes.
        ["v6-h170-bhbr-nmr-and-ther-ex-rows"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 08:00 ■ STOP 08:22 = 22 MIN
            97110 THERAPEUTIC EXERCISE ▸ START 08:22 ■ STOP 08:35 = 13 MIN
            1:1 the whole time.
            NMR: rocker board eyes closed, step-and-stick onto foam, tandem with head turns. TE: step-ups onto the 6 inch step 3x10, bridges 3x15, heel raises 3x15.
            Impairment: L ankle proprioception and hip weakness; the sugar-factory hand stumbles on the beet-pile catwalk.
            Objective: Berg 49/56; SLS L 9 sec.
            Maren Thorsby, PT
            """,
            ["S93.402D", "M62.81"], [PT("97112", 22), PT("97110", 13)], []),

        // SCLH float note, Helga Lindqvist: "Timed code minutes: 97112 = 21 / 97116 = 17" matching both lines, "☑ Pt treated 1:1 for timed codes": passes.
        ["v6-h170-sclh-helga-timed-code-minutes"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage — H. Lindqvist, PT
            Pt received in the w/c, gait belt on.
            ☑ Pt treated 1:1 for timed codes
            Timed code minutes: 97112 = 21 / 97116 = 17
            NMR: weight shifts onto the R with tapping, step-and-stick onto foam. Gait: the Pavilion B hallway and ramp with the hemi-walker, cueing R heel strike.
            Problem: R hemiparesis with poor R weight acceptance and a short L step after the stroke
            Objective: Berg 38/56; 160 ft with the hemi-walker, contact guard
            """,
            ["I69.351"], [PT("97112", 21), PT("97116", 17)], []),

        // ORPT Cresco: the Prairielight Billing Grid's default "15 min" left on a 26-minute 97112 line — a true mismatch; otherwise complete.
        ["v6-h170-orpt-grid-default-15-on-26"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 12/03/2026
            Delivery: one-on-one
            1:1 (Y/N): Y
            Interventions: rocker board eyes closed, step-and-stick onto foam, tandem on the beam with head turns
            Clinical Findings: L ankle proprioception; the hog-barn manager rolls it on the slatted floor
            Objective Measures: SLS L 8 sec; Berg 50/56
            Billing Grid:  97112 | Neuromuscular re-education | 15 min
            A. Kittleson, PTA
            """,
            ["S93.402D"], [PTA("97112", 26)], [At(Mismatch, "97112")]),

        // JWO Warsaw: the chain's default "15m" left on "97110 ▸ 15m" for a 27-minute line, 97112's "22m" right — mismatch on the 97110 only.
        ["v6-h170-jwo-default-15m-on-27"] = new(
            """
            JointWorks QuickNote · Warsaw · J. Hochstetler PTA
            97112 ▸ 22m
            97110 ▸ 15m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ NMR: tandem on foam w/ head turns, rocker board eyes closed. TE: step-ups 3x10 on the 6 in step, bridges 3x15, band walks 3 laps
            Area ▸ R ankle proprioception and hip weakness; stumbles on the orthopedic plant's parking ramp
            # ▸ SLS R 9 s; Berg 50/56
            """,
            ["S93.401D", "M62.81"], [PTA("97112", 22), PTA("97110", 27)], [At(Mismatch, "97110")]),

        // MBOG Vale, Ignacio Barragán: two arrows, "→ 97112 · 23 min" right and "→ 97110 · 24 min" on a 13-minute line — mismatch on the 97110.
        ["v6-h170-mbog-arrow-24-on-13"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Ruben Sarria · 12/03/2026 · I. Barragán, PT
            PRIMARY OUTCOME: Berg 48/56 (44 at IE)
            STG 1: walk the sheep-shed alley at lambing without a fall — PROGRESSING
               → 97112 · 23 min · pushes at the pelvis, foam stance with head turns, step-and-stick off the curb block
               → 97110 · 24 min · step-ups 3x10 onto the 8 inch box, bridges 3x15, side-lying hip abduction 3x12
            Impairment: late step and sway; L hip abductor weakness
               ▸ measured by: tandem on foam 9 sec
            Delivery: 1:1
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 13)], [At(Mismatch, "97110")]),

        // PCNDP Alliance: the attestation gives only "Total timed minutes: 39 (NMR and gait together)" — no minutes for each code: separate time missing; otherwise complete.
        ["v6-h170-pcndp-attestation-minutes-together"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Alliance day room
            Session: step-and-stick onto foam, pushes at the pelvis, tandem on the tape line. Gait training with the quad cane on the sidewalk and the van ramp, cues for a longer L step.
            Focus: late step and poor L weight acceptance after the hay-baler brain injury.
            Results: Berg 42/56; 400 ft with the quad cane, SBA.
            ATTESTATION: [X] one-on-one  [ ] concurrent  [ ] group. Total timed minutes: 39 (NMR and gait together). — Eli Kastner, PTA
            """,
            ["S06.2X0D"], [PTA("97112", 23), PTA("97116", 16)], [SepTime]),

        // HDNR Prineville, Eamon Gallagher: "97530 [ __ ] min" left blank under his own 97112 that has its minutes — separate time missing for the visit; both services otherwise complete.
        ["v6-h170-hdnr-ot-box-blank-with-pt-nmr"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Eamon Gallagher, PT | Pt: Clint Bayless (Crooked River rancher)
            97112 neuro re-ed: 22 min | 1:1
            What I did: step-and-stick onto foam, pushes at the pelvis, tandem with head turns
            Why: late step and sway after the R cerebellar stroke
            97530 [ __ ] min
            What I did: carrying a feed bucket across the gym, opening the gate latch standing, hanging a halter on the hook
            Why: L hand coordination and standing balance for ranch chores
            Device paste:
              [Pablo] grip L 18 kg | R 34 kg
            Berg 44/56 today.
            """,
            ["I69.393"], [PT("97112", 22), PT("97530", 17)], [SepTime]),

        // DRCH Mullen outreach, Trent Mlnarik (PTA): "Time: 97116 = 16 min; 97110 = 14 min" matching both lines, region, doses and distance: passes.
        ["v6-h170-drch-time-line-two-codes"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN outreach)
            OP PT Daily Note — Rx #9
            Seen by: Trent Mlnarik PTA
            Time: 97116 = 16 min; 97110 = 14 min
            Treatment: gait — hallway and the outreach-room ramp with the cane, cueing heel strike and a wider base; ther ex — sit-to-stands 3x8, seated marching with 2 lb weights 2x15, heel raises 2x15
            Problem: short steps and hip weakness after the R hip fracture; the widow can't get across the yard to the henhouse
            Objective: 300 ft with the cane, stand-by assist; 5xSTS 17.3 sec
            Plan: per Darlene's POC.
            """,
            ["S72.001D", "M62.81"], [PTA("97116", 16), PTA("97110", 14)], []),

        // QUH Danielson, Simon Marchetti: the BILLING block at the end gives "97112 — 34 min" on a 24-minute line — mismatch; otherwise complete APSO.
        ["v6-h170-quh-billing-34-on-24"] = new(
            """
            QUH Rehab Daily Note (APSO) — Danielson
            A: Steadier on turns; still a late step to the L.
            P: Continue 2x/wk, add dual-task walking.
            S: Nearly fell at the dairy bar's freezer door Saturday.
            O: One-on-one. Perturbations at the pelvis in stride stance, step-and-stick onto foam, tandem walking with head turns.
            Berg 46/56; 7 of 10 perturbations held.
            Problem list: impaired postural control with a late protective step.
            BILLING: 97112 — 34 min
            Simon Marchetti, PT
            """,
            ["R26.81"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // PMG Grand Forks: "CHARGES: 97140 (11 min) · 97110 (24 min)" at the very top, both matching: passes.
        ["v6-h170-pmg-charges-on-top-two-codes"] = new(
            """
            CHARGES: 97140 (11 min) · 97110 (24 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: progress overhead pressing.
            TODAY: GH posterior and inferior glides grade III, soft-tissue mobilisation to the L infraspinatus. Ther ex: sidelying ER 3 lb 3x12, prone Y and T 2x10, rows with the green band 3x15, wall slides 2x10.
            Problem: L shoulder stiffness and cuff weakness; the grain-elevator manager can't reach the top of the bin ladder.
            | Test | Today | Eval |
            | Shoulder flexion L (deg) | 151 | 128 |
            | ER strength L (lb) | 14 | 9 |
            Leif Ostby, PT, OCS
            """,
            ["M75.102"], [PT("97140", 11), PT("97110", 24)], []),

        // LERB Dalhart: "Minutes by CPT: see charge slip" and "Total timed: 38" for a 97112 and a 97116 — no minutes for each code: separate time missing; otherwise complete.
        ["v6-h170-lerb-minutes-see-charge-slip"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Mesa Gold Medicare Advantage PPO · AUTH # MG-26-13377 · visit 6 of 12 authorized
            Pt: Wilbur Tidwell · Dale Hobart, PT
            Attendance: 1:1 for both codes
            Skilled interventions (with rationale): NMR — pushes at the pelvis, foam stance with head turns, to rebuild his stepping reaction; gait — the parking-lot curb and gravel with the cane, cueing a longer R step
            Functional deficit driving medical necessity: late step and sway after the R stroke; short R step on gravel
            Objective data for reviewer: Berg 44/56; 250 ft on gravel with the cane, stand-by assist
            Minutes by CPT: see charge slip. Total timed: 38
            """,
            ["I69.351"], [PT("97112", 24), PT("97116", 14)], [SepTime]),

        // CVU NRI, Amputee Gait Intensive: a single code in the block heading "Billed this block: 97116 (24 min)" matching the line; gait with the new socket, distance and assist: passes.
        ["v6-h170-cvu-agi-billed-this-block"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: AGI · Day 7 of 10 · Block: AM (1 of 2)
            Billed this block: 97116 (24 min)
            Staff this block: Shondra Abernathy-Kyle, PTA; SPT Caleb Moorefield
            Delivery: [X] Individual [ ] Dyad [ ] Group
            O: Gait training with the new transtibial socket and a single-point cane on the Riverwalk ramp and the gym floor, cueing equal step length and full weight through the prosthesis.
            500 ft with the cane, stand-by assist; ramp up and down x3 with contact guard.
            A: L below-knee amputation; short prosthetic stance and a hip hike on the L.
            """,
            ["Z89.512"], [PTA("97116", 24)], []),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // PSTG Chincoteague: the TidePoint export sent an empty note on a two-code visit — note missing on each profiled line.
        ["v7-h170-pstg-empty-two-codes"] = new(
            "",
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // MRCH ITP Owatonna: line breaks and spaces only, and no diagnosis on the claim — note missing and diagnosis missing.
        ["v7-h170-mrch-whitespace-no-dx"] = new(
            "  \n\n   \n",
            [], [PT("97112", 23)], [At(NoteMissing, "97112"), Dx]),

        // TVPT Dayton, Celeste Vandergriff: a 97110 in the contract's meaning — exercises named with sets, reps and load, the R shoulder after a reverse replacement and reach as the goal: passes.
        ["v7-h170-tvpt-97110-reverse-shoulder"] = new(
            """
            Touchet Valley Physical Therapy — Dayton
            Celeste Vandergriff, PT, DPT
            SERVICE: 97110 Therapeutic exercise — 21 min
            WHAT I DID AND WHY: supine wand flexion 3x10, standing rows with the red band 3x12, wall push-ups 2x10 and isometric ER 5x5 sec, to build deltoid and scapular strength for reach.
            DEFICIT ADDRESSED: R shoulder weakness and limited elevation after the reverse total shoulder; he can't lift the asparagus crates to the truck bed.
            OBJECTIVE: active elevation R 112°.
            """,
            ["Z96.611"], [PT("97110", 21)], []),

        // LMH Warren, Renee Kaminski (OTR/L): a 97530 in the contract's meaning — lifting a laundry basket from the floor to the dryer, reaching the closet rod, with counts; L arm weakness and standing balance for laundry: passes.
        ["v7-h170-lmh-ot-97530-laundry-basket"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (WARREN)
            Timed Procedures
            97530 Therapeutic Activities: 18 Minutes
            Activity: lifting the laundry basket from the floor to the dryer top 8 times, hanging shirts on the closet rod with the L, folding towels standing
            Problem: L arm weakness and standing balance after the stroke; she can't do her own laundry
            Objective: 8 lifts with stand-by assist; 10 shirts hung
            Renee Kaminski, OTR/L
            """,
            ["I69.354"], [OT("97530", 18)], []),

        // LCRT Holbrook, E. Hartman: a 97140 in the contract's meaning — suboccipital release and C-spine P-A glides grade III; neck stiffness and headaches driving; rotation degrees; "Time: 12 minutes": passes.
        ["v7-h170-lcrt-97140-suboccipital"] = new(
            """
            Little Colorado River Therapy — Holbrook
            Svc: Manual 97140 | Time: 12 minutes
            Activity: suboccipital release, C4–6 central P-A glides grade III, upper trap soft-tissue mobilisation
            Problem: neck stiffness and headaches by noon driving the school bus on the reservation route
            Measure: cervical rotation L 58° (44° at eval)
            E. Hartman, PT
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // PTH Galax, Rhonda Sizemore: a 97116 in the contract's meaning — gait training with the rolling walker through the house and down the porch ramp, cueing a longer step; distance and assistance: passes.
        ["v7-h170-pth-97116-porch-ramp"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Rhonda Sizemore, PT
            Present: son, on the porch
            97116 [ 19 ] min
            Tx: gait training with the rolling walker kitchen to porch and down the ramp, cueing heel strike and a longer R step, turning in the narrow hall
            Problem: short R step and hip weakness after the R hip replacement; she can't get to the mailbox
            Assist/Dist: 180 ft, stand-by assist, rolling walker; ramp x2 with contact guard
            """,
            ["Z96.641"], [PT("97116", 19)], []),

        // CFPT Smithville: "PT BALANCE TRAINING PER POC. PT TOL WELL. CONT POC." — wholly generic, nothing named, no deficit, no number, no one-on-one word: all five.
        ["v7-h170-cfpt-generic-capitals"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM   DAILY NOTE
            PROV: EARLENE PRUETT PTA
            CPT 97112 X 22 MIN
            NOTE: PT BALANCE TRAINING PER POC. PT TOL WELL. CONT POC.
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // SHMC's padded template with all its required sections filled with "per flowsheet" and "tolerated well" on a two-code visit — no technique, deficit or measure for either code, one-on-one ticked; minutes given for each.
        ["v7-h170-shmc-padded-generic-two-codes"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            Identity verified with two identifiers: yes. Allergies reviewed: yes. Precautions: standard.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min; 97110 Therapeutic exercise — 12 min
            DELIVERY MODE: [X] Individual [ ] Group
            INTERVENTIONS: neuro re-ed and therapeutic exercise per flowsheet.
            IMPAIRMENTS ADDRESSED: per plan of care.
            OUTCOME MEASURES: tolerated well.
            ATTESTATION: I personally furnished the services above. — Kayla Nienhuis, PTA
            """,
            ["R26.81"], [PTA("97112", 23), PTA("97110", 12)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // MBOG Ontario: a goal-tracker shell with the goal "PROGRESSING" and "→ 97110 · 14 min · ther ex per HEP, tolerated well" — wholly generic for the 97110.
        ["v7-h170-mbog-generic-ther-ex-arrow"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            R. Quenneville, PT, DPT, OCS
            STG: per plan — PROGRESSING
               → 97110 · 14 min · ther ex per HEP, tolerated well
            Continue plan of care.
            """,
            ["M62.81"], [PT("97110", 14)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // BCH Matewan: goal, "Treated with: 97112 (23 min)" — rhythmic stabilization, stepping to targets, tandem on foam; truncal ataxia; SARA and tandem; "Attendance: 1:1".
        ["vord-h170-bch-coal-tipple-tour"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Orbie Blankenship · 12/03/2026 · Lyle Maynard, PT
            Goal #1 — walk the old tipple tour path to the overlook without a hand on the rail
               Status: progressing
               Treated with: 97112 (23 min) — rhythmic stabilization in tall kneeling, stepping to floor targets on a count, tandem on foam
               Impairment: truncal ataxia and overshooting steps after the cerebellar stroke
               How we know: SARA 12/40; tandem 7 sec
            Attendance: 1:1, his wife waited in the car.
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // BCH Kermit: a PT's 97112 and 97116 each in its own "Treated with" line under two goals; 1:1; Berg and gait distance.
        ["vord-h170-bch-two-goals-two-codes"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Nadine Stepp · 12/03/2026 · Brandi Kirk, PT, DPT
            Goal #1 — stand at the church piano bench to turn pages without losing her balance
               Treated with: 97112 (22 min) — weight shifts onto the L with tapping, step-and-stick onto foam, pushes at the pelvis
               Impairment: poor L weight acceptance and a late step after the R MCA stroke
               How we know: Berg 41/56
            Goal #2 — walk from the church lot to the pew with the cane
               Treated with: 97116 (15 min) — gait with the quad cane on the hall and the ramp, cueing L heel strike
               How we know: 220 ft with the quad cane, contact guard
            Attendance: 1:1 for both.
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 15)], []),

        // BCH Delbarton: complete 97112 (1:1; X1 viewing, walking with head turns; L vestibular hypofunction; DGI) sent with no diagnosis.
        ["vord-h170-bch-no-diagnosis"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Virgil Mounts · 12/03/2026 · Lyle Maynard, PT
            Goal #1 — drive the coal truck route without dizziness on the switchbacks
               Treated with: 97112 (22 min) — gaze stabilization X1 standing, walking the hall with head turns, stopping on cue
               Impairment: L vestibular hypofunction after neuritis; veers L with head turns
               How we know: DGI 18/24
            Attendance: 1:1.
            """,
            [], [PT("97112", 22)], [Dx]),

        // LCPT West Point: NNVC GOAL TRACKER, "Codes/min: 97112 = 23", one-on-one; foam, tandem, stepping over the hose; numb feet; mCTSIB and Berg.
        ["vord-h170-lcpt-grain-elevator-ladder"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER
            Pt: Arnold Wiese · T. Uhing, PTA
            Functional goal: climb down the grain-elevator man-lift landing without grabbing [status: progressing]
            Codes/min: 97112 = 23
            Delivery: one-on-one
            Interventions: foam stance eyes closed, tandem on the foam beam, stepping over the hose to a stop
            Impairment: numb feet with the neuropathy; sways when he can't see his feet on the landing
            Progress measure: mCTSIB foam eyes closed 11 sec; Berg 48/56
            """,
            ["E11.42"], [PTA("97112", 23)], []),

        // LCPT Wisner: a 97110 on the tracker with doses and a knee goal.
        ["vord-h170-lcpt-97110-cattle-chute"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER
            Pt: Dean Kreikemeier · M. Schlote, PT
            Functional goal: climb the catwalk along the cattle chute without pulling on the rail [status: progressing]
            Codes/min: 97110 = 18
            Interventions: leg press 80 lb 3x12, step-ups onto the 8 inch box 3x10, wall sits 3x30 sec, TKE with the blue band 3x15
            Impairment: R quad weakness after the R TKA
            Progress measure: 5xSTS 13.9 sec
            """,
            ["Z96.651", "M62.81"], [PT("97110", 18)], []),

        // LCPT Pender: two codes on one "Codes/min" line, "97112 = 22, 97116 = 14"; one-on-one; techniques, gait, deficit, Berg and distance.
        ["vord-h170-lcpt-two-codes-one-line"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER
            Pt: Marlys Brockhaus · M. Schlote, PT
            Functional goal: walk the fairground barns at the county fair with the cane [status: progressing]
            Codes/min: 97112 = 22, 97116 = 14
            Delivery: one-on-one
            Interventions: pushes at the pelvis, step-and-stick onto foam; gait with the cane on grass and gravel, cueing a longer L step
            Impairment: late step and sway; short L step after the stroke
            Progress measure: Berg 46/56; 350 ft on grass with the cane, stand-by assist
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 14)], []),

        // SCVH South Fork, Aspenline: Supervision/Delivery one-on-one; foam, tandem, stepping over logs; L ankle proprioception; Outcome SLS and Berg; "Timed Codes: 97112 … — 23 min".
        ["vord-h170-scvh-river-guide"] = new(
            """
            Sangre de Cristo Valley Hospital — Outpatient Therapy (South Fork)    Aspenline Clinical · Therapy Flowsheet
            Supervision/Delivery: one-on-one
            Intervention: rocker board eyes closed, step-and-stick onto foam, stepping over logs laid on the floor to a stop
            Target impairment: L ankle proprioception; the Rio Grande fishing guide rolls it on river rock
            Outcome: SLS L 10 sec; Berg 52/56
            Timed Codes: 97112 Neuromuscular re-education — 23 min
            Gideon Trujillo, PT
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // SCVH Del Norte: complete 97112 sent with no diagnosis on the claim.
        ["vord-h170-scvh-no-diagnosis"] = new(
            """
            Sangre de Cristo Valley Hospital — Outpatient Therapy (Del Norte)    Aspenline Clinical · Therapy Flowsheet
            Supervision/Delivery: one-on-one
            Intervention: gaze stabilization X1 on foam, walking with head turns and stopping on cue
            Target impairment: R vestibular hypofunction; the potato-cellar foreman veers R turning with a sack
            Outcome: DGI 19/24
            Timed Codes: 97112 Neuromuscular re-education — 22 min
            Teodora Ulibarri, PT, DPT, NCS
            """,
            [], [PT("97112", 22)], [Dx]),

        // QUH Willimantic, Dr. Sunniva Ekdahl, APSO as the template asks: A, P, S, O, then BILLING; one-on-one; perturbations, tandem; Berg and TUG.
        ["vord-h170-quh-apso-school-bus-driver"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic
            A: Fewer losses of balance stepping off the bus; protective step faster.
            P: Continue 2x/wk; add dual-task walking next visit.
            S: Drove her full route Tuesday.
            O: One-on-one. Perturbations at the pelvis on foam, step-and-stick onto the Airex, tandem walking with head turns.
            Berg 49/56; TUG 9.8 sec.
            Problem list: impaired postural control with a late protective step.
            BILLING: 97112 — 23 min
            Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // QUH Putnam, Megan Rourke (OTR/L): an OT 97530 in APSO — kitchen tasks with counts; R hand weakness; BILLING at the end.
        ["vord-h170-quh-ot-97530-dairy-bar"] = new(
            """
            QUH Rehab Daily Note (APSO) — Putnam
            A: Grip and standing tolerance improving.
            P: Add scooping practice.
            S: Wants to work the window at the dairy bar in spring.
            O: Carrying a gallon jug from the fridge to the counter 6 times, wiping the counter standing, opening lids; grip R 38 lb (L 55 lb).
            Problem list: R hand weakness and standing tolerance after the wrist fracture.
            BILLING: 97530 — 17 min
            Megan Rourke, OTR/L
            """,
            ["S52.501D"], [OT("97530", 17)], []),

        // QUH Danielson, Carla Pinheiro (PTA): 97116 and 97110 in the BILLING block, both matching.
        ["vord-h170-quh-pta-gait-and-ther-ex"] = new(
            """
            QUH Rehab Daily Note (APSO) — Danielson
            A: Longer R step, less hip drop.
            P: Continue per POC.
            S: Walked to the mailbox with the cane.
            O: Gait training with the cane in the hall and on the ramp, cueing R heel strike and an upright trunk; 300 ft, stand-by assist. Ther ex: side-lying hip abduction 3x12, bridges 3x15, step-ups onto the 4 inch step 3x10.
            Problem list: R hip weakness and short R step after the R THA.
            BILLING: 97116 — 15 min; 97110 — 13 min
            Carla Pinheiro, PTA
            """,
            ["Z96.641"], [PTA("97116", 15), PTA("97110", 13)], []),

        // MRCH ITP Mankato AM session, Solveig Haugland-Rice: ratio 1:1, concussion week, gaze stab and dual-task; vestibular-ocular; numbers.
        ["vord-h170-mrch-goalie-concussion-am"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Winter intensive, day 8 of 10
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 23 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: vestibular-ocular deficit after the concussion, age 15; blurs tracking the puck
            Activities: X1 viewing in goalie stance, lateral shuffles tracking a ball on a stick, catching with head turns on foam
            Data: DVA lost 2 lines (4 Monday); foam stance with head turns 25 sec
            Carryover to the other session: none needed.
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // MRCH ITP PM session, Dario Quintanilla (PTA): 97116 with forearm crutches; diplegia; distance and assist.
        ["vord-h170-mrch-pta-97116-crutches"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE    Session: ☐ AM ☒ PM    Winter intensive, day 8 of 10
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97116 · 18 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: crouch gait and short steps with spastic diplegia, age 11; can't keep up in the school hallway
            Activities: gait with forearm crutches down the hall and over the mat ramp, cueing heel strike and longer steps
            Data: 400 ft with forearm crutches, stand-by assist
            """,
            ["G80.1"], [PTA("97116", 18)], []),

        // MRCH ITP, Merritt Oyelaran (OTR/L): a 97530 with bimanual bike-handlebar tasks for hemiplegic CP; counts.
        ["vord-h170-mrch-ot-97530-handlebars"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE    Session: ☒ AM ☐ PM    Winter intensive, day 8 of 10
            Treating therapist this session: Merritt Oyelaran, OTR/L
            This session only: 97530 · 20 min
            Ratio: ☒ 1:1  ☐ 1:2  ☐ group
            Targets: L hand grasp and bimanual use with hemiplegic cerebral palsy, age 8; wants both hands on his bike's handlebars
            Activities: holding the handlebar trainer with both hands while steering around cones, opening a snack bag, squeezing the bike bell with the L
            Data: held the bar with the L for 9 of 12 laps
            """,
            ["G80.2"], [OT("97530", 20)], []),

        // RBVC West Sedona, Juniper Halvorsen (PTA): "Sess B ▸ 97112 ▸ 22 min", 1:1, gaze stab; red rocks swim on head turns; DVA and foam seconds.
        ["vord-h170-rbvc-jeep-guide-sess-b"] = new(
            """
            RBVC West Sedona — Intensive Week — Thu
            Sess B ▸ 97112 ▸ 22 min
            Provider this session: Juniper Halvorsen, PTA — 1:1
            Tx: ☒ gaze stab ☐ habituation ☐ OKN
            X1 viewing against the busy poster, seated then standing on foam, then walking the hall with head turns
            Problem: L vestibular hypofunction; the red rocks swim when the jeep-tour guide turns to talk to the back seat
            DVA lost 2 lines (5 Mon); foam stance with head turns 20 sec
            """,
            ["H81.22"], [PTA("97112", 22)], []),

        // RBVC east Flagstaff, Marisol Etsitty-Crane: Sess A, 1:1, OKN and habituation; visual motion sensitivity; MSQ.
        ["vord-h170-rbvc-ski-patroller-sess-a"] = new(
            """
            RBVC Flagstaff — Intensive Week — Thu
            Sess A ▸ 97112 ▸ 23 min
            Provider this session: Marisol Etsitty-Crane, PT, DPT — 1:1
            Tx: ☐ gaze stab ☒ habituation ☒ OKN
            OKN stripes on the screen standing on foam, habituation turns on the Motion Sensitivity Quotient positions
            Problem: visual motion sensitivity after the concussion; the ski patroller gets sick riding the chair past the lift towers
            MSQ 16 (29 Mon)
            Day sheet: Thu A ✓ B —
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // BCMC Tomah, Lise Aamodt: "FOLLOW-UP #3 … Seen individually", "97112 (24 min):" with dashes; vestibular hypofunction; DVA and mCTSIB.
        ["vord-h170-bcmc-aamodt-follow-up"] = new(
            """
            BCMC NEURO OUTPATIENT — FOLLOW-UP #3 | 12/03/2026 | Orla Pfaff, 61 | L. Aamodt, PT, DPT
            Seen individually.
            97112 (24 min):
             - X2 viewing at arm's length, standing, horizontal and vertical
             - feet together on foam with head turns, eyes open
             - walking the skywalk reading the room numbers to either side
            Target: L vestibular hypofunction after neuritis — the school-bus mirrors swim when she checks them
            Today's numbers: DVA lost 2 lines; mCTSIB foam eyes closed 16 sec
            Plan: add walking with head turns outdoors.
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // BCMC Sparta, Rafe Ekwueme covering in plain narrative: one-on-one, 97112 and 97116 each with its minutes in the sentences.
        ["vord-h170-bcmc-ekwueme-covering-narrative"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT (SPARTA) — covering for T. Vance
            Rafe Ekwueme, PT. I saw Mr. Gruenke one-on-one. 97112 for 22 minutes: weight shifts onto the L with tapping to the glute, step-and-stick with the R onto the step so the L takes the load, and perturbations in stride stance. 97116 for 15 minutes: the skywalk with the hemi-walker and his L AFO, cueing L heel strike.
            He still has poor L weight acceptance and a late L step after the R MCA stroke.
            Berg 33/56 today; 160 ft with the hemi-walker, minimal assist.
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 15)], []),

        // WCOPT Wexford, Brett Szalai's ACL template: pipe header, "Attendance: one-on-one w/ Brett", "97112 Neuromuscular re-education — 22 min:" and "97110 … — 14 min:"; numbers.
        ["vord-h170-wcopt-acl-keeper-two-codes"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit 7 of 12 | Marchetti, Tessa (17) | DOS 12/03/2026 | Brett Szalai, PT, DPT, OCS
            Attendance: one-on-one w/ Brett; her father on the window bench
            97112 Neuromuscular re-education — 22 min: single-leg hop to stick on foam, perturbations in single-leg stance, lateral shuffles to a stop on a cue
            97110 Therapeutic exercise — 14 min: Bulgarian split squats 3x8 with 15 lb, Nordic hamstring lowers 3x5, single-leg RDL 3x10
            Problem list: L knee proprioception and quad weakness after the ACL reconstruction; she lands stiff and caves in diving for the ball
            Objective today: Y-balance anterior L 62 cm (R 68 cm); single-leg hop L 88 % of R
            A: Landing better.
            P: Start cutting drills.
            """,
            ["S83.512D"], [PT("97112", 22), PT("97110", 14)], []),

        // WCOPT Warrendale, Nicole Ferrante (PTA) shorthand: "TE 97110 (24 min) —" with doses; knee after TKA; flexion degrees.
        ["vord-h170-wcopt-pta-te-shorthand"] = new(
            """
            WCOPT Warrendale
            Pavlik, D. — seen by N. Ferrante PTA for J. Ostrowicz-Penn
            TE 97110 (24 min) — recumbent bike for ROM, heel slides 3x15, SAQ 2 lb 3x12, step-ups to the 4 inch step 3x10
            Why: R knee flexion stiffness and quad weakness after the R TKA; can't do the stairs to her split-level bedroom
            Flexion AROM 104° today.
            Next: per Jill's POC.
            """,
            ["Z96.651"], [PTA("97110", 24)], []),

        // RSP Anacortes, S. Verhoeven: two clock ranges with minutes in brackets — 97112 and 97140; 1:1; kilograms; measures.
        ["vord-h170-rsp-two-ranges-kayak-guide"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 03.12.2026 · sea-kayak guide, 39 y
            97112 NMR 13.00–13.22 (22') · 1:1
            97140 MT 13.22–13.34 (12') · 1:1
            NMR: single-leg stance on the dock-sim board holding a 3 kg paddle, step-and-stick onto foam. MT: talocrural posterior glides grade III, soft-tissue mobilisation to the R calf.
            Problem: R ankle proprioception and dorsiflexion stiffness after the sprain on the boat ramp.
            Measures: SLS R 12 s; knee-to-wall R 7 cm (L 11 cm).
            """,
            ["S93.401D"], [PT("97112", 22), PT("97140", 12)], []),

        // STBF Elmira, Naomi Castellucci: "What we worked on / Why / How she did / Time"; one-on-one; deficit; numbers; "Time: 97112, 23 min."
        ["vord-h170-stbf-glass-blower"] = new(
            """
            Southern Tier Balance and Falls Clinic — Elmira
            Naomi Castellucci, PT · Thursday 12/03/2026
            What we worked on: perturbations in stride stance, tandem walking with head turns, stepping over the cane to a stop. One-on-one the whole time.
            Why: late protective step and sway; the retired glass blower fell on the museum's ramp in October.
            How she did: Berg 47/56; 7 of 10 perturbations caught with one step.
            Time: 97112, 23 min.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // STBF Ithaca, a PTA's 97110 and 97112 in the "Time:" line, both matching.
        ["vord-h170-stbf-two-codes-time-line"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            Leticia Fairweather, PTA · Thursday 12/03/2026
            What we worked on: rocker board eyes closed, foam stance with head turns; then sit-to-stands 3x10, side-stepping with the red band 3 laps, heel raises 2x15. One-on-one the whole time.
            Why: she can't feel her feet on the gorge-trail slate and her hips are weak since the fall.
            How she did: SLS R 8 sec; Berg 48/56; 5xSTS 13.2 sec.
            Time: 97112, 22 min; 97110, 13 min.
            """,
            ["E11.42", "M62.81"], [PTA("97112", 22), PTA("97110", 13)], []),

        // OCM Milledgeville: post-TPE template rev. C, a clock range on the 97112's line; constant attendance; measures.
        ["vord-h170-ocm-pecan-sheller"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Lottie Goolsby | Marcus Pye, PT | Precautions: none
            97112 Neuromuscular Re-education | 10:15–10:38 am
            Constant attendance:
            [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: NMR — pushes at the pelvis, step-and-stick onto foam, tandem with head turns, to retrain her protective step.
            Impairment addressed: late step and sway; she stumbled on the pecan-shelling plant's loading ramp.
            Objective measure: Berg 46/56; 6 of 10 pushes caught.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // OCM Hawkinsville: 97110 and 97116 each with a clock range on its own line; doses and distance.
        ["vord-h170-ocm-ther-ex-and-gait-clocks"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville
            DAILY NOTE — post-TPE template rev. C
            Patient: Roscoe Dukes | Marcus Pye, PT | Precautions: WBAT
            97116 Gait Training | 2:00–2:16 pm
            97110 Therapeutic Exercise | 2:16–2:30 pm
            Constant attendance:
            [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: gait — the parking lot and the curb with the cane, cueing a longer R step; ther ex — step-ups onto the 6 inch step 3x10, bridges 3x15, standing hip abduction 3x12, to build the R hip for the curb.
            Impairment addressed: R hip weakness and short R step after the R THA.
            Objective measure: 350 ft with the cane, stand-by assist; 5xSTS 15.1 sec.
            """,
            ["Z96.641"], [PT("97116", 16), PT("97110", 14)], []),

        // CST Enid: "CST GERI VISIT" with falls, near-falls and orthostatics lines; 97112 with "1:1: Y"; Berg.
        ["vord-h170-cst-geri-97112-wheat-farmer"] = new(
            """
            CST GERI VISIT — Enid          Lorena Whitebird, PT
            FALLS SINCE LAST VISIT: 1 (bathroom at night)   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: 132/78 → 126/74, negative
            97112 NEURO RE-ED — 22 min    1:1: Y
            TX: foam stance eyes closed, stepping over the cane to a stop, tandem along the counter
            PROBLEM: sway in the dark and a late step; the retired wheat farmer fell getting up at night
            OBJECTIVE: Berg 43/56; tandem 5 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // CST Prairie Rose Assisted Living, Ponca City: 97110 with doses.
        ["vord-h170-cst-97110-assisted-living"] = new(
            """
            CST GERI VISIT — Ponca City (Prairie Rose Assisted Living)          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            97110 THER EX — 14 min
            TX: sit-to-stand without hands 2x10, seated knee extension with 2 lb ankle weights 2x12, heel raises at the counter 2x15
            PROBLEM: hip and quad weakness; he can't rise from the dining-room chair without pushing
            OBJECTIVE: 5xSTS 18.8 sec
            """,
            ["M62.81"], [PTA("97110", 14)], []),

        // NPD late entry complete: "LATE ENTRY — written Fri … for Thu …", "97112 x 22 min", "1:1: yes, only the two of us on the far mat"; techniques, deficit, result.
        ["vord-h170-npd-late-entry-el-driver"] = new(
            """
            LATE ENTRY — written Fri 12/04/2026 for Thu 12/03/2026 — B. Petrescu, PT (NorthPier Per Diem)
            97112 x 22 min
            1:1: yes, only the two of us on the far mat
            Tx: perturbations at the pelvis in stride stance, step-and-stick onto foam, tandem with head turns
            Deficits: late protective step and sway; the retired CTA motorman lurches when the train pulls out
            Result: Berg 47/56; 7 of 10 perturbations held
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // HLPT Ellsworth: S:/O:/A:/P:, "☒ 1:1 ☐ group", a 97116 and a 97112 in "Billed:", both matching.
        ["vord-h170-hlpt-two-codes-billed-line"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            T. Grindle, PT · 12/03/2026
            S: Wants to walk the Union River path again.
            O: ☒ 1:1 ☐ group
            Step-and-stick onto the Airex, pushes at the pelvis. Gait with the cane on the path outside and the curb, cueing a longer L step.
            Late step and a short L step after the stroke.
            Berg 44/56; 300 ft with the cane, stand-by assist.
            A: Better on the curb.
            P: Continue.
            Billed: 97112 (23 min), 97116 (14 min)
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 14)], []),

        // SHT Marana: TxtChart stamps, a 97110 and a 97112 texted each with its minutes; "1:1 — just me and Mr. Garnica".
        ["vord-h170-sht-two-codes-texted"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Marana
            [2:05p] 1:1 — just me and Mr. Garnica, his daughter at work
            [2:06p] 97112 22m: foam cushion stance eyes closed, tandem in the hallway, pushes at the hips
            [2:07p] 97110 12m: sit-to-stands 3x8, standing marches 2x15, heel raises 2x15
            [2:08p] problem: late step + sway, weak hips, fell by the citrus tree
            [2:09p] Berg 46/56, 5xSTS 16.4 sec
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 12)], []),

        // RPT Lusk, Merle Vankirk's dense line: "1:1 the whole block, wife waited at the café"; techniques, deficit, numbers.
        ["vord-h170-rpt-dense-line-wife-at-the-cafe"] = new(
            """
            Rawhide PT — M. Vankirk PT (Lusk): Elsie Trowbridge, retired county clerk, 97112 22 min; 1:1 the whole block, her husband waited at the café; rocker board eyes closed, foam stance w/ head turns, step-and-stick off the step; sway & late step since she slipped on the courthouse steps; Berg 46/56, rocker 11 sec.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // PCPT Houma, Jules Guidry (PTA) in his own voice: "jus' me an' him, cher"; step-and-stick, foam, pushes; late step on the shrimp-boat deck; Berg and pushes.
        ["vord-h170-pcpt-jules-shrimp-boat"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/03/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group — jus' me an' him, cher
            Did: step-and-stick onto de Airex, foam stance wit' head turns, pushes at de hips
            For: late step an' sway; he stumble on de shrimp-boat deck when de wake hit
            Numbers: Berg 47/56; 6 of 10 pushes caught
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // PCPT Houma, Cleo Robichaux: two dotted code lines, 97112 and 97110.
        ["vord-h170-pcpt-two-dotted-lines"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/03/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 22 min
            Code 97110 Ther ex ........ 13 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board eyes closed, tandem on foam; bridges 3x15, side-lying hip abduction 3x12, step-ups 3x10
            For: L ankle proprioception and hip weakness; the accordion player wobbles standing to play at the Saturday dance
            Numbers: SLS L 9 sec; Berg 50/56
            """,
            ["S93.402D", "M62.81"], [PT("97112", 22), PT("97110", 13)], []),

        // SCMH Negaunee: EPISODE A, "Timed: 97112 ▸ 23 min", ☒ 1:1; measures last and today.
        ["vord-h170-scmh-snowshoe-guide"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Reino Maki
            EPISODE A: unsteadiness on feet    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: pushes at the pelvis, foam stance with head turns, step-and-stick onto foam
            Impairment: late step and sway; the snowshoe guide goes down on drifted trail
            Measures (Last | Today): Berg 47 | 49; tandem 8 | 11 sec
            Completed by: Tove Lindqvist, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SCMH Marquette: two episodes, each with its timed code — A a 97112, B a 97140 for the neck.
        ["vord-h170-scmh-two-episodes"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Sylvia Pelto
            EPISODE A: vestibular hypofunction    ICD-10: H81.22
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: X1 viewing standing on foam, walking with head turns
            Impairment: L vestibular hypofunction; veers L turning her head
            Measures (Last | Today): DGI 16 | 18
            EPISODE B: cervicalgia    ICD-10: M54.2
            Timed: 97140 ▸ 11 min
            Interventions: suboccipital release, cervical P-A glides grade III
            Impairment: neck stiffness with rotation
            Measures (Last | Today): rotation L 52° | 60°
            Completed by: Tove Lindqvist, PT
            """,
            ["H81.22", "M54.2"], [PT("97112", 22), PT("97140", 11)], []),

        // WRPT Eureka Springs, Brenna Ellingboe: a CO query answered in an addendum and closed; complete.
        ["vord-h170-wrpt-trolley-driver-co-query"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 12/03/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: rocker board A/P eyes closed, step-and-stick onto foam, tandem with head turns
            Why: R ankle proprioception after the sprain; the trolley driver rolls it stepping off the trolley onto the brick
            Numbers: SLS R 10 sec; rocker A/P 13 sec
            [CO query: eyes closed how long? — LM] 12/03 BE: eyes closed for the rocker trials only. [CO: resolved LM]
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // QBRH Eastport, Lucienne Dufour (PTA): a 97110 with the hospital's heading and doses.
        ["vord-h170-qbrh-pta-97110-ferry"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97110 THERAPEUTIC EXERCISE — 15 MIN
            INTERVENTIONS: leg press 60 lb 3x12; step-ups onto the 8 inch box 3x10; heel raises 3x15
            IMPAIRMENT: L quad and calf weakness after the L TKA; the ferry deckhand can't climb the gangway
            OUTCOME MEASURE: 5xSTS  SCORE: 14.1 sec
            Lucienne Dufour, PTA
            """,
            ["Z96.652"], [PTA("97110", 15)], []),

        // IVBPT El Centro, Rosalba Quezada: "One-on-one." with a niece interpreting; Ledgerline cleared.
        ["vord-h170-ivbpt-niece-interpreting"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 12/03/2026    Rosalba Quezada, PT, DPT
            97112 — 23 min
            One-on-one; her niece interpreted in Spanish.
            Pushes at the pelvis in stride stance, foam stance with head turns, weaving around the cones to a stop
            Deficit: late protective step and sway; she fell in the packing-shed aisle
            Berg 44/56; 6 of 10 pushes caught with one step
            {{CLEARED — KM}}
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // IVBPT Holtville, G. Olmedo (PTA): a 97116 with distance and assist.
        ["vord-h170-ivbpt-pta-97116-canal-bank"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            DOS 12/03/2026    G. Olmedo, PTA
            97116 — 17 min
            Gait training with the cane on the clinic path and the gravel lot, cueing heel strike and a longer R step
            Deficit: short R step and a R hip drop after the R hip fracture; the zanjero walks the canal banks
            300 ft on gravel with the cane, stand-by assist
            {{CLEARED — KM}}
            """,
            ["S72.001D"], [PTA("97116", 17)], []),

        // IVBPT Brawley, E. Fennimore: a 97112 and a 97110 each with its minutes; cleared after a REVIEW.
        ["vord-h170-ivbpt-two-codes-cleared"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 12/03/2026    E. Fennimore, PT
            97112 — 22 min
            97110 — 12 min
            One-on-one.
            NMR: rocker board eyes closed, step-and-stick onto foam. Ther ex: step-ups 3x10, bridges 3x15, band walks 3 laps.
            Deficit: L ankle proprioception and hip weakness after the fall off the hay-stack ladder
            SLS L 8 sec; Berg 50/56
            {{REVIEW: confirm ther ex minutes — KM}} Clinician reply: confirmed. {{CLEARED — KM}}
            """,
            ["S93.402D", "M62.81"], [PT("97112", 22), PT("97110", 12)], []),

        // PMG East Grand Forks, Troy Lindgren (PTA): CHARGES on top, a 97116 after an ankle ORIF; trailing table.
        ["vord-h170-pmg-pta-97116-ankle"] = new(
            """
            CHARGES: 97116 (18 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, EAST GRAND FORKS
            NEXT VISIT: wean to no assistive device indoors.
            TODAY: gait training with one crutch, then none in the hallway, cueing heel-to-toe and equal step length; stairs reciprocal with one rail.
            Problem: L ankle stiffness and an antalgic gait after the ankle ORIF; the curling-club skip can't get onto the ice.
            | Test | Today | Eval |
            | Gait distance, no device (ft) | 150 | 0 |
            Troy Lindgren, PTA
            """,
            ["S82.852D"], [PTA("97116", 18)], []),

        // ORPT Decorah: complete 97112 whose diagnosis was carried over as "#Name?" — not a well-formed code.
        ["vord-h170-orpt-dx-name-error"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 12/03/2026
            Delivery: one-on-one
            1:1 (Y/N): Y
            Interventions: foam stance with head turns, step-and-stick onto foam, pushes at the pelvis
            Clinical Findings: late step and sway; the seed-saver volunteer stumbles in the garden rows
            Objective Measures: Berg 48/56
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            O. Reyes, PT
            """,
            ["#Name?"], [PT("97112", 22)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
