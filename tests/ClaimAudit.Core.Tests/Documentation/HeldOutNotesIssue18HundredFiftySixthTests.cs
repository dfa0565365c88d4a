using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-fifty-sixth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-second session, blind) is the following week (Monday 18 – Friday 22 May 2026) of
/// the clinics of the hundred-and-fifty-third to hundred-and-fifty-fifth sets, each clinic in its own style and on its
/// own template, at most eight notes from any one clinic (twenty clinics, two to eight notes each): the same writers,
/// new patients and returning ones, new wording. No style is new. About two thirds are ordinary and complete (70 of
/// 105), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to two in a visit, a PT's and an OT's code
/// on one visit), by PTs, PTAs and OTs, from these employers:
/// <list type="number">
/// <item>the compliance-reviewed and audited practices of the hundred-and-fifty-third and hundred-and-fifty-fourth sets:
/// White River Physical Therapy &amp; Balance (WRPT: Berryville, Eureka Springs and Green Forest; "Svc: 97112 NMR — 23
/// min", "Attendance: [ ] 1:1 [ ] concurrent [ ] group", "What we did:", "Why:", "Numbers:", Lorraine Meacham's "[CO
/// query: …]" and "[CO: resolved LM]", and dated addenda signed "KO"): Joel Tackett, Kacey Ormsby (PTA), Brenna Ellingboe
/// and Dwight Kemper (OTR/L); Quoddy Bay Regional Hospital (QBRH: Calais, Eastport and Lubec; "CPT 97112 NEUROMUSCULAR
/// RE-ED — 24 MIN", "DELIVERY: ☒ Individual ☐ Concurrent ☐ Group", "OUTCOME MEASURE: ____ SCORE: ____", "&gt;&gt; Coding:
/// …" and "PROVIDER RESPONSE"): Nora Cobb, Everett Sewall and Lucienne Dufour (PTA); Imperial Valley Balance &amp;
/// Physical Therapy audited by Ledgerline (IVBPT: El Centro, Brawley, Calexico and Holtville; "97112 — 23 min",
/// "Deficit:", "{{REVIEW: …}}", "{{HOLD — no reply}}", "{{CLEARED — KM}}"): Rosalba Quezada, Ellis Fennimore, Grant
/// Olmedo (PTA) and Ximena Saldívar (OTR/L);</item>
/// <item>the bayou and goal-by-goal clinics of the hundred-and-fifty-fourth set: Petit Caillou Physical Therapy (PCPT:
/// Houma and Thibodaux; "Code 97112 Neuro re-ed ........ 23 min", "Attendance: [X] one-on-one [ ] concurrent [ ] group",
/// "Did:", "For:", "Numbers:", Jules Guidry's "cher", "de" and "wit'", the clinic's "Bayou Balance" levels): Cleo
/// Robichaux, Jules Guidry (PTA) and Annette Breaux; Malheur Bend Orthopaedic Outcomes Group (MBOG: Ontario, Nyssa and
/// Vale; "PRIMARY OUTCOME:", "STG 1: … — PROGRESSING", "→ 97112 · 22 min · …", "Impairment:", "▸ measured by:",
/// "Delivery:"): Rosalind Quenneville, Ignacio Barragán and Kenzie Pfleger (PTA);</item>
/// <item>the clinics of the hundred-and-fifty-fifth set's Wednesday, a week on: Rosario Strait Physiotherapy (RSP:
/// day-first dotted dates, "97112 NMR 09.15–09.39 (24') · 1:1 — …", kilograms and centimetres); Caney Fork Physical
/// Therapy (CFPT: OfficeMate PM capitals, "CPT 97112 X 23 MIN", "1ON1 FLAG: Y", "IMP:", "OBJ:"); St. Casimir Lakeshore
/// Hospital (SCLH: Dee Wachowski's abbreviations, Nathaniel Osei-Bonsu's first person, Marisol Ocampo (PTA), Anjali
/// Subramaniam's clock ranges, Helga Lindqvist's "Timed code minutes: 97116 = 19, 97112 = 22"); JointWorks (JWO: the
/// QuickNote's "97112 ▸ 22m", "1:1 ▸ ☒ Y ☐ N", "Tx ▸", "Area ▸", "# ▸"); Lakeside Macomb Hospital (LMH: "Timed
/// Procedures", "97112 Neuromuscular Re-ed: 23 Minutes", "***"); St. Columba Memorial Hospital (SCMH: "EPISODE A: …
/// ICD-10:", "Timed: 97112 ▸ 23 min", "Measures (Last | Today):"); Pocomoke Sound Therapy Group (PSTG: TidePoint's "Mode
/// of delivery: ☒ 1:1 ☐ Group ☐ Co-treat", "Measurables:", a diagnosis carried over as "#Error"); Llano Estacado Rehab
/// &amp; Balance (LERB: "AUTH #", "visit 5 of 12 authorized", "Attendance: [Select: …]", "Minutes by CPT:"); Sangre de
/// Cristo Valley Hospital (SCVH: Aspenline's "Supervision/Delivery:", "Target impairment:", "Outcome:", "Timed Codes:");
/// Blackberry Creek Hospital (BCH: "Goal #1 — …", "Treated with: 97112 (23 min) — …", "How we know:"); Southern Tier
/// Balance and Falls Clinic (STBF: "What we worked on / Why / How she did / Time"); Porchlight Therapy at Home (PTH:
/// "Visit at:", "Present:", "97112 [ 23 ] min"); Sheboygan Harbor Medical Center (SHMC: the padded "ALL SECTIONS
/// REQUIRED" note); Oneota River Physical Therapy (ORPT: Prairielight's "1:1 (Y/N):" and "Billing Grid:", whose minute
/// column defaults to 15); Little Colorado River Therapy (LCRT: "Svc: NMR 97112 | Time: 22 minutes | 1:1: Y").</item>
/// </list>
/// This week's people: a ferry-terminal ticket seller, a retired scallop-dragger captain, a sale-yard hand, a Basin Park
/// street musician, a feed-mill loader, a broiler-house catcher, a date-palm pollinator, a zanjera on the canal banks, a
/// grandmother dancing at a quinceañera, a church cook, a man who poles a pirogue, a sugar-cane tractor driver, a
/// lighthouse docent, a bait-cooler stocker, a sea-kayak guide, a tulip-field crew lead, a marina harbourmaster, a
/// retired glassworks foreman, a glass-museum guide, a crab picker and a waterman, a dairy farmer, a potato sorter, a
/// retired harbor pilot and a school crossing guard — with a daughter in the car park, a sister by the door, a wife by
/// the door, a neighbour in the lobby, a granddaughter in the lobby, a son in the hall and a husband in the kitchen (none
/// of them a patient), and the patients treated alongside (Mr. Bledsoe on the mat, Mr. Grabowski at the parallel bars,
/// Mr. Yoder on the other leg press, two patients at the laundry folding table).
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads each clinic's template as its writers
/// fill it, applying the contract to what the note says was done at this visit: a blank, "____", "__ min", "***", an
/// unticked box row, "[Select: …]", "see eval", "same as Monday", "per POC" and "WNL" state nothing; a ticked box says
/// what it says; a coder's line, an officer's query and an auditor's hold are nothing, and a clinician's reply or dated
/// addendum is documentation; a clinic's branded level never stands for a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h156-…): one-on-one in these writers' own words ("1:1 — Mrs. Lindgren and me only; her daughter
/// waited in the car park", "One-on-one, cher, nobody else on de mat — her sister sat by de door", a PROVIDER RESPONSE
/// "Individual — only Mr. Pike and me in the gym for the whole NMR; his wife sat by the door", "Delivery: one-to-one —
/// the neighbour who drove her read a magazine in the lobby"), notes that negate it (Kacey's addendum "concurrent — Mr.
/// Bledsoe was on the mat beside her and I split my time", Dee's "alt btwn this pt &amp; Mr. Grabowski @ // bars whole
/// blk") or never state it (a CFPT note without its "1ON1 FLAG" line, an IVBPT review hold with no reply), and the codes
/// without a one-on-one check (an OT's 97530 at the laundry folding table with two other patients, a PTA's 97110 beside
/// Mr. Yoder on the other leg press);</item>
/// <item>class 2 (v2-h156-…): checkbox and blank-field states (a PCPT attendance row with nothing marked, "☒ 1:1" ticked
/// on SCMH's and PSTG's rows, LERB's "Attendance: [Select: 1:1 / concurrent / group]" unanswered, QBRH's "OUTCOME
/// MEASURE: ____ SCORE: ____" beside typed seconds and counts, WRPT's "[X] concurrent" ticked on a 97112, JWO's "1:1 ▸ ☐
/// Y ☐ N", LMH's "Problem: ***", PTH's "Assist/Dist: ____ / ____" on a 97116);</item>
/// <item>class 3 (v3-h156-…): named programmes and methods as techniques (Frenkel exercises for cerebellar ataxia, Tai
/// Ji Quan: Moving for Better Balance forms, optokinetic stimulation with habituation to the Motion Sensitivity Quotient
/// positions, instrument-assisted soft-tissue mobilisation with grade III patellar mobilisations for a 97140, the Tyler
/// twist with a FlexBar for a 97110, dual-task gait with serial threes), the clinic's "Bayou Balance Level 5 per
/// protocol" as the only technique, and PNF chops and lifts with no number;</item>
/// <item>class 4 (v4-h156-…): deficits stated as findings in these writers' terms (a man who can't feel where his feet
/// are on the bottom of the pirogue, a knee that buckles stepping off the canal bank, a man who tips backward reaching
/// to the top shelf of the bait cooler, a foot that slaps on the frozen feedlot, a right foot that doesn't know where
/// the step edge is in the dark) and notes that state none ("Area ▸ see eval", "Why: same as Monday", "IMP: WNL",
/// "IMPAIRMENTS: none noted today");</item>
/// <item>class 5 (v5-h156-…): measures in every usual form (mCTSIB's four conditions in seconds, the Four Square Step
/// Test, a 30-second chair-stand count beside a Berg, distance, stairs and assistance for a 97116, an OT's crate trips
/// with their load and assistance, leg-press doses for a 97110) and notes with none ("Numbers: she said it felt easier
/// today", "Outcome: not tested today; steadier on the turns", "Measure: better than last week per her daughter", a
/// 97110's "reps as tolerated");</item>
/// <item>class 6 (v6-h156-…): minutes in these templates' forms (two dotted code lines, two arrows, two dotted clock
/// ranges, two capital headings, a PT's and an OT's "Svc:" lines, "Timed code minutes: 97116 = 19, 97112 = 22") and true
/// mismatches ("Minutes by CPT: … 97110 = 26" on 14, "CPT 97112 X 35 MIN" on 24, "→ 97116 · 30 min" on 17, a Billing
/// Grid's default 15 on 26) and truly missing separate time (two dotted lines left "__ min" beside "Total timed 38 min",
/// "Timed Codes: 97112 … — 22 min; 97116 Gait training");</item>
/// <item>class 7 (v7-h156-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: a two-code visit sent with no text, a 97116 of spaces and line breaks with no diagnosis, an empty OT 97530),
/// the contract's meanings for 97110 (step-ups, goblet squats and terminal knee extension after a knee replacement),
/// 97530 (a bag of dog food lifted floor to counter and carried to the bin), 97140 (talocrural glides and calf
/// soft-tissue mobilisation) and 97116 (a rolling walker up the church ramp and over a gravel lot), and wholly generic
/// notes ("Balance activities. Tolerated well. Continue POC.", "THER EX PER POC. PT TOL WELL. CONT PLAN.", a two-code
/// "ther ex and manual per plan" with each code's minutes, an OT's "Functional activities as tolerated");</item>
/// <item>ordinary (vord-h156-…): complete notes of every clinic that a reviewer passes (the false-positive guard), and
/// the ordinary weak ones: a complete note whose diagnosis came across as "#Error" and a complete note with no
/// diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — daughters, a sister, wives, a
/// neighbour, a granddaughter, a son and a husband (none of them a patient; Mr. Bledsoe, Mr. Grabowski, Mr. Yoder and the
/// two at the folding table are), ages, dates of service and of addenda, visit counts, authorization numbers, box and
/// step heights in inches and centimetres, loads in pounds and kilograms, band colours, degrees, seconds, centimetres of
/// knee-to-wall, grip pounds, gait speeds, distances in feet, numbers of stairs, towels, flakes, cans, mugs, trips and
/// pushes — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are
/// written next to the code ("Code 97112 Neuro re-ed ........ 23 min", "→ 97112 · 22 min", "97112 NMR 10.40–11.03 (23')",
/// "CPT 97112 X 23 MIN", "97112 ▸ 22m", "Treated with: 97112 (24 min)", "Time: 97112, 22 min", "97112 [ 23 ] min"), in its
/// block's heading, in a minute box or as a clock range on the code's own line; no note gives minutes to a visit, a
/// drill, a rest or a test, except the one that fails for giving the visit only a total ("Total timed 38 min"); notes
/// failed for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is expected only where
/// the note names no technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure
/// with a number and fails it only when the note has no number but its code and its minutes; for the other codes a dose
/// (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes:
/// a family member, caregiver, interpreter or staff member in the room does not undo a one-on-one statement, another
/// patient treated in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out this week's cases that could honestly be read either way: a returning patient's note that
/// says "same drills as Tuesday" beside a measure, a "Timed Codes:" line whose one figure could be read as both codes'
/// minutes, an attendance row ticked 1:1 beside a word that the patient "joined the balance class for the last few
/// reps", a home visit whose "Present:" line names a second family member who also did the drills, an addendum that
/// answers an officer's query with "see above", and a branded level named beside the drills its own card lists.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 103 of 105 cases agree (103 needed), and none of the 70 notes the reviewer passes got a finding, on the analyzer of 2914bd2 (the start of the 2026-12-07 twenty-second session, before any change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, ed4cfb9): 105 of 105, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFiftySixthTests(ITestOutputHelper output)
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

        // RSP Friday Harbor 97112 "· 1:1 — Mrs. Lindgren and me only; her daughter waited in the car park"; perturbations on the half roll, stepping onto the wobble board, gaze holds while turning; slow ankle strategy; perturbations and tandem seconds; range (24') matches: passes.
        ["v1-h156-rsp-daughter-in-the-car-park"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 19.05.2026 · ferry-terminal ticket seller, 71 y
            97112 NMR 09.15–09.39 (24') · 1:1 — Mrs. Lindgren and me only; her daughter waited in the car park
            Tx: perturbations at the pelvis standing on the half foam roll; stepping onto the wobble board and holding; gaze fixed on the clock face while turning on the spot.
            Problem: slow ankle strategy and sway; she lurches when the ferry ramp drops under her.
            Measures: 8/10 perturbations recovered without a step; tandem stance 13 s (9 s on 13.05).
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // PCPT Thibodaux, Jules (PTA): "one-on-one, cher, nobody else on de mat — her sister sat by de door"; box ticked too; step-and-stick onto the foam, pushes at the hips, head turns in tandem; late step; Berg and pushes; dotted 23 matches: passes.
        ["v1-h156-pc-jules-sister-by-the-door"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 05/19/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            One-on-one, cher, nobody else on de mat de whole neuro re-ed — her sister sat by de door wit' her purse.
            Did: step-an'-stick onto de foam, pushes at de hips so she gotta catch it, tandem wit' head turns along de wall
            For: she steps late an' sways when she turns from de stove to de sink at de church kitchen
            Numbers: Berg 46/56; caught 7 of 10 pushes wit'out a step
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // QBRH Eastport coding query answered by a PROVIDER RESPONSE: "Individual — only Mr. Pike and me in the gym for the NMR; his wife sat by the door"; techniques, deficit, measures present; heading 24 matches: passes.
        ["v1-h156-qbrh-provider-response-wife-by-the-door"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            INTERVENTIONS: reactive stepping to pushes at the shoulders; foam stance with eyes closed and head turns; stepping over the rope coil to a stop
            IMPAIRMENT: delayed protective stepping; the retired scallop dragger captain pitches forward on the Water Street hill
            OBJECTIVE: Berg 44/56; 6 of 10 pushes recovered with one step
            >> Coding: attendance not documented — individual or concurrent?
            PROVIDER RESPONSE (E. Sewall, PT, 5/20/2026): Individual — only Mr. Pike and me in the gym for the whole NMR; his wife sat by the door.
            CODING QUERY: ANSWERED
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // MBOG Ontario, Rosalind: "Delivery: one-to-one — the neighbour who drove her read a magazine in the lobby"; Four Square Step Test, foam, perturbations; R ankle proprioception; FSST and SLS; arrow 22 matches: passes.
        ["v1-h156-mbog-neighbour-in-the-lobby"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Edna Schiess · Visit 7 · 05/18/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: FAAM ADL 71% (intake 55%)
            STG 2: walk the sale-yard catwalk without reaching for the rail — PROGRESSING
               → 97112 · 22 min · single-leg stance on the foam with ball tosses, lateral perturbations at the pelvis, stepping over the 4 in hurdles to a stick
               Impairment: R ankle proprioception and slow peroneal response after the inversion sprain
               ▸ measured by: SLS on foam R 9 s (L 20 s); 7/10 perturbations without a step
            Delivery: one-to-one — the neighbour who drove her read a magazine in the lobby.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // WRPT Eureka Springs, Kacey (PTA): officer's attendance query answered "Addendum 5/21: concurrent — Mr. Bledsoe was on the mat beside her and I split my time — KO": one-on-one missing; complete otherwise.
        ["v1-h156-wr-pta-addendum-split-my-time"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 5/20/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — 22 min
            Attendance: [ ] 1:1 [ ] concurrent [ ] group
            What we did: half-kneel rhythmic stabilization; tall-kneel to stand with pushes at the pelvis; tandem on the Airex beam
            Why: trunk postural control and a late protective step; the Basin Park street musician sways bending to his guitar case
            Numbers: Berg 45/56; half-kneel hold 18 sec
            [CO query: attendance row blank — 1:1?]
            Addendum 5/21: concurrent — Mr. Bledsoe was on the mat beside her and I split my time between them. — KO
            [CO: resolved LM]
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // SCLH Dee Wachowski's abbreviations: "alt btwn this pt & Mr. Grabowski @ // bars whole blk" — another patient in the billed time: one-on-one missing; complete otherwise.
        ["v1-h156-sclh-dee-alternating-with-grabowski"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav A gym — D. Wachowski, PT
            Timed: 97112 — 23 min
            Dlvry: alt btwn this pt & Mr. Grabowski @ // bars whole blk.
            Tx: SLS on foam w/ UE reach, retro walking in // bars, lat perturb @ shldrs.
            Imp: ↓ postural ctrl + proprioception L LE s/p L TKA, knee wobbles on the bus step.
            Obj: SLS L 6 sec; 5/8 perturb w/o grabbing bar.
            A/P: cont POC.
            """,
            ["Z96.652", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // CFPT capitals with no 1ON1 FLAG line and no word of attendance: one-on-one never stated; complete otherwise.
        ["v1-h156-cfpt-no-one-on-one-flag"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 05/21/26
            CPT 97112 X 23 MIN
            NOTE: TANDEM WALK W/ HEAD TURNS ALONG THE HALL RAIL, FOAM STANCE EYES CLOSED, STEP-UPS ONTO THE 6 IN BOX W/ A STOP. IMP: SOMATOSENSORY LOSS BOTH FEET, SWAYS ON THE DOCK AT CENTER HILL LAKE. OBJ: BERG 44/56, TANDEM 7 SEC.
            """,
            ["E11.42"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // IVBPT Brawley review hold "{{REVIEW: 1:1 not stated}}" then "{{HOLD — no reply}}": one-on-one missing; complete otherwise.
        ["v1-h156-ivbpt-review-hold-no-reply"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 5/19/2026    E. Fennimore, PT
            97112 — 24 min
            Rocker board A/P with eyes closed; stepping onto the foam to a stop; lateral pushes at the pelvis in stride stance
            Deficit: R ankle proprioception after the fall off the hay-stack ladder; rolls the ankle on the furrows
            Rocker A/P 12 sec; SLS R 7 sec (L 19 sec)
            {{REVIEW: 1:1 not stated}}
            {{HOLD — no reply}}
            """,
            ["S93.401D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // IVBPT Holtville OT 97530 at the laundry folding table with two other patients: no one-on-one check for 97530; folding, reaching, carrying the basket; standing tolerance and L hand; counts and assistance; passes.
        ["v1-h156-ivbpt-ot-97530-folding-table"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            DOS 5/21/2026    X. Saldívar, OTR/L
            97530 — 21 min
            At the laundry folding table with two other patients: folding towels standing, reaching to the top of the dryer for the hangers, carrying the basket to the bench.
            Deficit: standing tolerance and L hand coordination after the R stroke; she can't fold her granddaughter's uniforms yet.
            Folded 14 of 16 towels standing; carried the 6 lb basket 4 trips with SBA.
            """,
            ["I69.354"], [OT("97530", 21)], []),

        // JWO PTA 97110 beside another patient on the leg press: no one-on-one check for 97110; step-downs, leg press, monster walks with doses; R knee quad weakness; QuickNote 97110 ▸ 18m matches: passes.
        ["v1-h156-jwo-pta-97110-beside-the-leg-press"] = new(
            """
            JointWorks QuickNote · Elkhart · J. Hochstetler PTA
            97110 ▸ 18m
            Tx ▸ forward step-downs off the 6 in step 3x10, leg press 3x12 @ 70 lb, monster walks green band 3 laps — Mr. Yoder on the other leg press beside her
            Area ▸ R quad weakness s/p R TKA, knee buckles going down the RV-plant stairs
            # ▸ doses as above; knee flexion 112 deg
            """,
            ["Z96.651"], [PTA("97110", 18)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // PCPT Houma, Annette: attendance row left "[ ] one-on-one [ ] concurrent [ ] group" and no word of attendance: one-on-one missing.
        ["v2-h156-pc-attendance-row-unmarked"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 05/20/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 24 min
            Attendance: [ ] one-on-one [ ] concurrent [ ] group
            Did: perturbations at the pelvis standing on the foam; stepping from the floor onto the rocking board to a hold; gaze on a dot with head turns, feet together
            For: ankle and hip strategy slow since the fall off the dock at the shrimp shed
            Numbers: Berg 43/56; rocking-board hold 8 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // SCMH "Attendance: ☒ 1:1 ☐ Concurrent ☐ Group" ticked; foam, X1 viewing, step-and-stick; L vestibular hypofunction; "Measures (Last | Today)"; Timed 23 matches: passes.
        ["v2-h156-scmh-one-to-one-ticked"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Arvid Lahti
            EPISODE A: dizziness and imbalance after vestibular neuritis    ICD-10: H81.22
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: X1 viewing against the busy poster, feet together on foam with head turns, step-and-stick onto the foam to a stop.
            Impairment: L vestibular hypofunction; the retired iron-ore shovel operator veers turning his head at the hardware store.
            Measures (Last | Today): DGI 16 | 19; tandem on foam 4 s | 9 s
            Completed by: Marta Heikkinen, PT, DPT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // PSTG TidePoint "☒ 1:1 ☐ Group ☐ Co-treat" ticked; perturbations, Airex, stepping; neuropathy; Measurables; 22 matches: passes.
        ["v2-h156-pstg-one-to-one-box-ticked"] = new(
            """
            Pocomoke Sound Therapy Group — Crisfield · TidePoint Rehab Cloud · 05/19/2026
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: perturbations at the shoulders on the Airex, tandem walking with eyes closed along the wall, stepping over the crab-pot float line to a stop
            Impairments Addressed: proprioceptive loss in both feet with diabetic neuropathy; he can't feel the deck boards on the workboat
            Measurables: Berg 45/56; tandem eyes closed 6 sec
            97112 Neuromuscular Re-ed — 22 min
            D. Kellam, PT, DPT
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // LERB "Attendance: [Select: 1:1 / concurrent / group]" left unanswered: one-on-one missing; complete otherwise.
        ["v2-h156-lerb-attendance-select-unanswered"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05388 · visit 3 of 12 authorized
            Pt: Ruby Tidwell · Wendell Graf, PT, DPT
            CPT 97112 — 24 minutes
            Attendance: [Select: 1:1 / concurrent / group]
            Functional deficit driving medical necessity: sway and a slow step with head turns; she fell reaching for the grain-elevator office door.
            Skilled interventions (with rationale): foam stance with head turns to retrain vestibular use; reactive steps to pushes; stepping over the cane laid on the floor.
            Objective data for reviewer: FGA 18/30; 6 of 10 pushes with one step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // QBRH Calais "OUTCOME MEASURE: ____ SCORE: ____" left blank, but the typed intervention line carries tandem seconds and a perturbation count; box ticked Individual: passes.
        ["v2-h156-qbrh-outcome-blank-numbers-typed"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: tandem stance on the foam, held 11 sec today; perturbations at the pelvis, 7 of 10 recovered without a step; stepping over the lobster-crate slat to a stop
            IMPAIRMENT: postural sway and a slow hip strategy; the lighthouse-keeper's-house docent grabs the rail on the spiral stair
            OUTCOME MEASURE: ____    SCORE: ____
            Nora Cobb, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // WRPT Green Forest, Joel: "Attendance: [ ] 1:1 [X] concurrent [ ] group" ticked concurrent on a 97112: one-on-one missing.
        ["v2-h156-wr-concurrent-ticked"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 5/18/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 23 min
            Attendance: [ ] 1:1 [X] concurrent [ ] group
            What we did: lateral weight shifts on the rocker board; reactive stepping to pushes; walking with head turns down the tape line
            Why: postural instability after the L cerebellar stroke; the feed-mill loader drifts L on the loading ramp
            Numbers: mini-BESTest 17/28; 5 of 10 pushes with one step
            [CO: reviewed LM]
            """,
            ["I69.393"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // JWO QuickNote "1:1 ▸ ☐ Y ☐ N" neither ticked: one-on-one missing.
        ["v2-h156-jwo-one-to-one-neither-ticked"] = new(
            """
            JointWorks QuickNote · Mishawaka · M. Beer PTA
            97112 ▸ 22m
            1:1 ▸ ☐ Y ☐ N
            Tx ▸ BOSU squats w/ ball catch, lateral hop to stick, SLS on Airex w/ head turns
            Area ▸ L ankle proprioception after the sprain on the band-practice field
            # ▸ SLS Airex L 10 s (R 24 s); 8/10 hops stuck
            """,
            ["S93.402D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // LMH "Problem: ***" left as the template's star field: deficit missing; technique, measure and delivery present.
        ["v2-h156-lmh-problem-stars"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (ROSEVILLE)
            Timed Procedures
            97112 Neuromuscular Re-ed: 23 Minutes
            Delivery: one-on-one
            Perturbations at the pelvis on the foam pad, step-and-stick onto the Airex, tandem walking with head turns.
            Problem: ***
            Objective: Berg 46/56; tandem 10 steps.
            Dariusz Nowicki, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // PTH 97116 "Assist/Dist: ____ / ____" and no other number: measure missing for the gait line; walker gait on the porch ramp and over the threshold; L hip weakness, shuffles.
        ["v2-h156-pth-97116-assist-dist-blank"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Kaylee Quesenberry, PTA
            Present: her husband, in the kitchen
            97116 [ 19 ] min
            Tx: gait training with the rolling walker through the kitchen, over the back-door threshold and down the porch ramp, cueing heel strike and a longer L step
            Problem: L hip weakness after the hip fracture, short shuffling steps, catches the walker on the threshold
            Assist/Dist: ____ / ____
            """,
            ["S72.002D"], [PTA("97116", 19)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // SCLH Nathaniel Osei-Bonsu in the first person: Frenkel exercises for cerebellar ataxia, heel-to-shin to targets, stepping into floor squares; limb ataxia and timing; heel-to-shin hits and tandem; "one-on-one"; Timed 22 matches: passes.
        ["v3-h156-sclh-frenkel-for-ataxia"] = new(
            """
            SCLH OP Neuro Rehab — N. Osei-Bonsu, PT, DPT
            Timed: 97112 — 22 min
            I worked one-on-one with Mr. Dabrowski the whole block.
            I took him through Frenkel exercises, supine then sitting then standing: heel-to-shin to my targets, then stepping into chalk squares on the floor to a count.
            He has L limb ataxia and poor timing of his steps after the cerebellar bleed; he overshoots the curb at the bus stop.
            He hit 7 of 10 heel-to-shin targets (4 of 10 last week); tandem 5 steps.
            """,
            ["I69.193"], [PT("97112", 22)], []),

        // BCH Goal line: Tai Ji Quan: Moving for Better Balance forms with weight shifting; postural control; Berg and TUG; "one-to-one"; Treated with 24 matches: passes.
        ["v3-h156-bch-tai-ji-quan-forms"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Williamson)
            Pt: Opal Mounts · 05/20/2026 · O. Stanbury, PT, DPT, NCS
            Goal #2 — carry the casserole dish across the church fellowship hall without stopping to steady herself
               Status: progressing
               Treated with: 97112 (24 min) — Tai Ji Quan: Moving for Better Balance forms with slow weight shifts to the edge of her base, single-leg transitions and turning steps
               Impairment: postural control and delayed weight shifts; she stops and widens her feet before every turn
               How we know: Berg 47/56; TUG 11.4 sec (13.9 on 04/22)
            Attendance: one-to-one, just Opal and me.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // QBRH Lubec optokinetic stimulation and habituation to the Motion Sensitivity Quotient positions; visual dependence; MSQ and DGI; Individual ticked; heading 25 matches: passes.
        ["v3-h156-qbrh-optokinetic-habituation"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 25 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: optokinetic stimulation with the moving-stripe video, standing then walking; habituation to her three worst Motion Sensitivity Quotient positions; foam stance facing the stripes
            IMPAIRMENT: visual dependence and motion sensitivity after the concussion; the ferry deck and the grocery aisles set her off
            OUTCOME MEASURE: MSQ    SCORE: 22 (34 at eval); DGI 19/24
            Nora Cobb, PT, DPT, NCS
            """,
            ["H81.8X3", "S06.0X0D"], [PT("97112", 25)], []),

        // LMH 97140 instrument-assisted soft-tissue mobilisation to the ITB and lateral quad, patellar mobilisations grade III; lateral knee tightness; flexion degrees; heading 13 matches: passes.
        ["v3-h156-lmh-iastm-and-patellar-mobs-97140"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (WARREN)
            Timed Procedures
            97140 Manual Therapy: 13 Minutes
            Instrument-assisted soft tissue mobilization to the R ITB and lateral quad; patellar mobilizations grade III medial and inferior.
            Problem: R lateral retinacular tightness and patellar hypomobility after the TKA; can't kneel at the parish pew.
            Objective: knee flexion 98 → 106 degrees after manual.
            Keisha Whitfield, PT, DPT
            """,
            ["Z96.651"], [PT("97140", 13)], []),

        // IVBPT 97110 Tyler twist with the FlexBar (red) 3x15, wrist extensor eccentrics 3x12 at 2 lb; lateral elbow tendinopathy; grip pounds; 97110 — 16 min matches: passes.
        ["v3-h156-ivbpt-tyler-twist-97110"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 5/18/2026    R. Quezada, PT, DPT
            97110 — 16 min
            Tyler twist with the red FlexBar 3x15; wrist-extensor eccentrics 3x12 at 2 lb; supination with the hammer 3x10
            Deficit: R lateral elbow tendinopathy; the date-palm pollinator can't grip the pruning pole overhead
            Pain-free grip 38 lb (29 lb at eval)
            {{CLEARED — KM}}
            """,
            ["M77.11"], [PT("97110", 16)], []),

        // SCMH dual-task gait with serial threes and naming items, walking the hall with turns; divided-attention gait deficit; gait speed single vs dual; ticked 1:1; Timed 24 matches: passes.
        ["v3-h156-scmh-dual-task-gait-nmr"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Dolores Perala
            EPISODE A: gait and balance after the R parietal stroke    ICD-10: I69.398
            Timed: 97112 ▸ 24 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: dual-task gait training — walking the hall with counting back by threes, then naming grocery items while stepping around cones; stopping and turning on cue.
            Impairment: motor-cognitive interference; she slows and sways when she talks while walking to the bakery counter.
            Measures (Last | Today): gait speed single-task 0.92 | 0.95 m/s, dual-task 0.61 | 0.70 m/s
            Completed by: Marta Heikkinen, PT, DPT
            """,
            ["I69.398"], [PT("97112", 24)], []),

        // PCPT Houma, Cleo: the clinic's "Bayou Balance Level 5 per protocol" as the only technique: technique missing; deficit, measure, attendance present.
        ["v3-h156-pc-bayou-balance-level-5-only"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 05/21/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Bayou Balance Level 5 per protocol
            For: sway and a late step after the fall on the boat-launch ramp; proprioception ↓ both feet
            Numbers: Berg 48/56; TUG 10.6 sec
            """,
            ["R26.81", "E11.42"], [PT("97112", 22)], [At(Tech, "97112")]),

        // WRPT Berryville, Joel: PNF chops and lifts in half-kneeling with rhythmic stabilisation, no number anywhere but the code and its minutes: measure missing.
        ["v3-h156-wr-pnf-chops-no-number"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 24 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            What we did: PNF chops and lifts in half-kneeling, rhythmic stabilization at the trunk, tall-kneel to half-kneel transitions without hands
            Why: trunk motor control after the L stroke; the square's bandstand caretaker falls toward the R getting up off the floor
            Numbers: better control in half-kneel than last week
            """,
            ["I69.354"], [PT("97112", 24)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and none stated

        // PCPT Houma, Annette: "can't feel where his feet are on the pirogue bottom"; rocker board, foam, perturbations; Berg and rocker seconds; one-on-one ticked: passes.
        ["v4-h156-pc-feet-on-the-pirogue-bottom"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 05/22/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board M/L eyes closed; foam stance catching the ball from each side; perturbations at the shoulders
            For: he can't feel where his feet are on the bottom of the pirogue an' goes over when it rocks
            Numbers: rocker M/L eyes closed 10 sec (5 at eval); Berg 46/56
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // IVBPT Ellis: "her R knee buckles stepping off the canal bank"; step-downs to a stick, perturbations on one leg, lateral bounds; Y-balance and landings; "just the two of us"; passes.
        ["v4-h156-ivbpt-knee-buckles-off-the-canal-bank"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 5/20/2026    E. Fennimore, PT
            97112 — 23 min
            One-on-one, just the two of us in the back gym.
            Lateral step-downs off the 8 in box to a stick; single-leg stance with perturbations at the hip; reactive lateral bounds to a hold
            Deficit: her R knee buckles stepping off the canal bank on her zanjera rounds; poor dynamic knee control after the ACL graft
            Y-balance anterior reach 86% of the L; 8 of 10 step-downs without valgus
            """,
            ["S83.511D"], [PT("97112", 23)], []),

        // QBRH Everett: "he tips backward reaching up to the top shelf of the bait cooler"; reaching on the foam, backward stepping to pushes, heel-raise holds; Berg and reach; individual; passes.
        ["v4-h156-qbrh-tips-back-at-the-bait-cooler"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: overhead reaching while standing on the foam; backward stepping strategy to pushes at the chest; heel-raise holds at the counter with eyes closed
            IMPAIRMENT: posterior loss of balance with a missing ankle strategy; he tips backward reaching up to the top shelf of the bait cooler
            OUTCOME MEASURE: Berg    SCORE: 45/56; overhead reach on foam 7 in
            Everett Sewall, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // MBOG Vale, Ignacio: "his R foot slaps on the frozen feedlot"; stepping drills to targets, perturbations, foam; FGA and steps; one-to-one; passes.
        ["v4-h156-mbog-foot-slaps-on-the-feedlot"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Wes Oldenkamp · Visit 5 · 05/21/2026 · I. Barragán, PT
            PRIMARY OUTCOME: ABC 62% (intake 48%)
            STG 1: cross the feedlot to the water tank without a stumble — PROGRESSING
               → 97112 · 24 min · stepping to floor targets with a heel-first landing, lateral perturbations on the foam, high-stepping over the hose line to a stop
               Impairment: his R foot slaps and catches after the peroneal nerve injury; poor ankle proprioception on the R
               ▸ measured by: FGA 21/30; 9/10 step-overs without a toe catch
            Delivery: one-to-one.
            """,
            ["G57.31"], [PT("97112", 24)], []),

        // STBF narrative "Why: his right foot doesn't know where the step edge is in the dark"; foot-position matching with eyes closed, foam; JPS errors and Berg; "one-on-one": passes.
        ["v4-h156-stbf-step-edge-in-the-dark"] = new(
            """
            Southern Tier Balance and Falls Clinic — Elmira
            Naomi Castellucci, PT · Thursday 5/21/2026
            What we worked on: matching his foot position to mine with his eyes closed, stepping onto the foam stair edge, standing feet together on foam with his eyes shut. One-on-one the whole time.
            Why: his right foot doesn't know where the step edge is in the dark; the retired glassworks foreman misses the basement stair at night.
            How he did: foot-position errors 3 of 10 (6 of 10 on 5/7); Berg 47/56.
            Time: 97112, 22 min.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // JWO "Area ▸ see eval": deficit missing.
        ["v4-h156-jwo-area-see-eval"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97112 ▸ 23m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ perturbations on the Airex, tandem walk w/ head turns, step-and-stick off the 6 in step
            Area ▸ see eval
            # ▸ Berg 48/56; tandem 12 steps
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // WRPT Eureka Springs, Brenna: "Why: same as Monday": deficit missing.
        ["v4-h156-wr-why-same-as-monday"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 5/20/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 22 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: rocker board A/P eyes closed; stepping up the Airex stairs to a stop; perturbations at the pelvis
            Why: same as Monday
            Numbers: rocker A/P 15 sec; 7 of 10 perturbations without a step
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // CFPT capitals "IMP: WNL": deficit missing.
        ["v4-h156-cfpt-imp-wnl"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 05/19/26
            CPT 97112 X 24 MIN
            1ON1 FLAG: Y
            NOTE: PERTURBATIONS AT PELVIS ON FOAM, ROCKER BD A/P EYES CLOSED, STEP-AND-STICK OFF 6 IN BOX. IMP: WNL. OBJ: BERG 47/56, ROCKER 13 SEC.
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // SHMC padded note "IMPAIRMENTS: none noted today": deficit missing.
        ["v4-h156-shmc-impairments-none-noted"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            Identity verified with two identifiers: yes. Allergies reviewed: latex. Precautions: none.
            Infection prevention: equipment wiped after use. Advance directive on file: no. Interpreter needed: no.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 22 min
            DELIVERY MODE: [X] Individual [ ] Group
            INTERVENTIONS: backward and lateral stepping to a stop on cue, amplitude-focused turning, foam stance with pull perturbations.
            IMPAIRMENTS: none noted today.
            OBJECTIVE: Mini-BESTest 20/28; pull test 2 steps.
            Attestation: I personally furnished the services above. — Annika Vandervelde, PT, DPT, NCS
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // SCLH Anjali mCTSIB four conditions in seconds; foam and dome work with the eyes closed; somatosensory dependence; clock range on the code line 14:05–14:28: passes.
        ["v5-h156-sclh-mctsib-four-conditions"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS
            97112 NMR 14:05–14:28 — 1:1 the whole block
            Foam stance with the eyes closed and head nods, standing under the visual-conflict dome, stepping on and off the foam to a stop.
            Impairment: vestibular underuse; she relies on her feet and eyes and falls over in the dark bathroom.
            mCTSIB: firm EO 30 s, firm EC 30 s, foam EO 30 s, foam EC 11 s (4 s in April).
            """,
            ["H81.23"], [PT("97112", 23)], []),

        // MBOG Nyssa, Kenzie (PTA): Four Square Step Test seconds and SLS; agility stepping, foam, perturbations; hip abductor timing; one-to-one; arrow 21 matches: passes.
        ["v5-h156-mbog-pta-four-square-step-test"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Josefina Ybarra · Visit 6 · 05/20/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: ABC 66% (intake 52%)
            STG 2: step sideways along the onion-sorting belt without catching her feet — PROGRESSING
               → 97112 · 21 min · multidirectional stepping over the canes in a cross, lateral perturbations on the foam, side-stepping to a stop on cue
               Impairment: slow lateral stepping and hip abductor timing; crosses her feet when she side-steps
               ▸ measured by: Four Square Step Test 13.8 s (17.2 s at intake); SLS L 8 s
            Delivery: one-to-one, nobody else on the mat.
            """,
            ["R26.89"], [PTA("97112", 21)], []),

        // RSP Anacortes metric: Berg and 30-second chair stand count with the kilogram weight vest; reactive steps, foam; late step; range (22') matches: passes.
        ["v5-h156-rsp-berg-and-chair-stand"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 20.05.2026 · refinery pipefitter, retired, 68 y
            97112 NMR 13.40–14.02 (22') · 1:1 — just him and me in room 1
            Tx: reactive steps to pushes wearing the 4 kg weight vest; foam stance with head turns; stepping onto the 15 cm step to a hold.
            Problem: late stepping response and sway after the fall from the boat-trailer fender.
            Measures: Berg 46/56; 30-s chair stand 10 reps; 6/10 pushes with a single step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // QBRH Lucienne (PTA) 97116: quad cane on the hall and the ramp, 300 ft with SBA, stairs 12 steps with the rail; L hip weakness, short step; heading 18 matches: passes.
        ["v5-h156-qbrh-pta-97116-distance-assist"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97116 GAIT TRAINING — 18 MIN
            INTERVENTIONS: gait with the quad cane down the main corridor and up the ramp to the lobby, cueing a longer R step; the back stairs, step-to with the rail
            IMPAIRMENT: L hip abductor weakness and a Trendelenburg gait after the hip fracture; short R step
            OBJECTIVE: 300 ft with the quad cane, SBA; 12 stairs with one rail, CGA
            Lucienne Dufour, PTA
            """,
            ["S72.002D"], [PTA("97116", 18)], []),

        // IVBPT Ximena OT 97530: carried a 12 lb produce crate from the floor to the counter, 6 trips, SBA; standing reach; L shoulder and balance; passes.
        ["v5-h156-ivbpt-ot-97530-produce-crate"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            DOS 5/22/2026    X. Saldívar, OTR/L
            97530 — 22 min
            Lifting the produce crate from the floor to the counter, carrying it across the kitchen, stocking cans on the upper shelf
            Deficit: L shoulder elevation and standing balance after the fall at the packing shed; she stocks her daughter's tiendita
            12 lb crate, 6 trips, SBA; 10 of 12 cans to the upper shelf
            """,
            ["S42.202D"], [OT("97530", 22)], []),

        // PCPT Jules 97110: leg press 3x12 at 90 lb, step-ups on the 8 in step 3x10, bridges 3x15; R quad and glute weakness; dotted 17 matches: passes.
        ["v5-h156-pc-jules-97110-leg-press-doses"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 05/20/2026 · Jules Guidry, PTA
            Code 97110 Ther ex ........ 17 min
            Did: leg press 3x12 @ 90 lb, step-ups on de 8 in step 3x10, bridges 3x15 wit' a 5 sec hold
            For: R quad an' glute weak after de knee scope, cher, can't climb up in de sugar-cane tractor
            Numbers: doses above; knee ext lag gone (5 deg las' week)
            """,
            ["M23.221"], [PTA("97110", 17)], []),

        // WRPT Green Forest, Brenna: "Numbers: she said it felt easier" and no number anywhere but code and minutes: measure missing.
        ["v5-h156-wr-numbers-she-said-easier"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note — Brenna Ellingboe, PT
            Svc: 97112 NMR — 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            What we did: perturbations at the pelvis on the Airex; stepping over the hurdle row to a stop; tandem along the tape with eyes closed
            Why: proprioceptive loss in both feet; the broiler-house catcher stumbles in the deep litter
            Numbers: she said it felt easier today
            """,
            ["E11.42"], [PT("97112", 23)], [At(Measure, "97112")]),

        // SCVH "Outcome: not tested today, steadier on the turns" and no number but code and minutes: measure missing.
        ["v5-h156-scvh-outcome-not-tested"] = new(
            """
            Sangre de Cristo Valley Hospital — Outpatient Therapy (Alamosa)    Aspenline Clinical · Therapy Flowsheet
            Supervision/Delivery: one-on-one
            Intervention: gaze stabilization while walking the hall, turning on the spot to cues, foam stance with head turns
            Target impairment: R vestibular hypofunction; dizzy turning at the potato-cellar door
            Outcome: not tested today; steadier on the turns
            Timed Codes: 97112 Neuromuscular re-education — 22 min
            Gideon Trujillo, PT
            """,
            ["H81.21"], [PT("97112", 22)], [At(Measure, "97112")]),

        // LCRT "Measure: better than last week per her daughter" with no number but code and minutes (one-on-one in words): measure missing.
        ["v5-h156-lcrt-better-per-her-daughter"] = new(
            """
            Little Colorado River Therapy — Winslow
            Svc: NMR 97112 | Time: 24 minutes | one-on-one: yes
            Activity: rhythmic stabilization in standing, stepping onto the foam to a stop, tandem walking with head turns along the wall
            Problem: postural sway and a late step; she trips on the ruts in the trading-post lot
            Measure: better than last week per her daughter
            E. Hartman, PT
            """,
            ["R26.81"], [PT("97112", 24)], [At(Measure, "97112")]),

        // IVBPT Grant (PTA) 97110 with no dose: "bridges, clamshells, side-lying abduction — reps as tolerated": measure missing for 97110.
        ["v5-h156-ivbpt-pta-97110-reps-as-tolerated"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS Tue    G. Olmedo, PTA
            97110 — 15 min
            Bridges, clamshells with the band, side-lying hip abduction — reps as tolerated
            Deficit: L hip abductor weakness; the lettuce-crew foreman's hip drops walking the furrows
            """,
            ["M62.81"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // PCPT Houma, Cleo: two dotted code lines (97112 23, 97110 15); each code with its content; passes.
        ["v6-h156-pc-two-dotted-lines"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 05/18/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 23 min
            Code 97110 Ther ex ........ 15 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: NMR — perturbations on the foam, step-and-stick onto the rocker board, tandem with head turns. Ther ex — heel raises 3x15, mini-squats 3x12, hip abduction with the red band 3x12.
            For: late ankle strategy and weak calves an' hips since she stopped walking the levee after the fall
            Numbers: Berg 45/56; heel raises 15 in a row (9 at eval)
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // MBOG Ontario, Rosalind: two arrows (97112 22, 97140 12); passes.
        ["v6-h156-mbog-two-arrows-nmr-and-manual"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Clint Ubaldo · Visit 10 · 05/19/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: NDI 22% (intake 40%)
            STG 1: back the stock trailer without dizziness on turning — PROGRESSING
               → 97140 · 12 min · C1-2 SNAGs into rotation, suboccipital release
               Impairment: upper cervical rotation stiffness
               ▸ measured by: rotation R 58 → 66 degrees
               → 97112 · 22 min · gaze stabilization with head rotation, smooth-pursuit head-eye coordination, walking with head turns
               Impairment: cervicogenic dizziness with poor head-eye coordination
               ▸ measured by: DGI 20/24; joint-position error 4.5 cm (7 cm at intake)
            Delivery: one-to-one, the whole session.
            """,
            ["M54.2", "R42"], [PT("97112", 22), PT("97140", 12)], []),

        // RSP Mount Vernon: two dotted clock ranges, each on its code's line (97112 (23'), 97110 (14')); passes.
        ["v6-h156-rsp-two-ranges"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            S. Verhoeven, PT · 21.05.2026 · tulip-field crew lead, 59 y
            97112 NMR 10.40–11.03 (23') · 1:1 — no one else in the room
            Tx: step-and-stick onto the foam; reactive steps to pushes; walking the corridor with head turns.
            97110 ther ex 11.03–11.17 (14')
            Tx: goblet squats 3×10 with 8 kg; lateral step-ups on the 20 cm box 3×10.
            Problem: late protective step and weak quads since the fall in the bulb shed.
            Measures: Berg 47/56; 7/10 pushes with one step.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], []),

        // QBRH two headings (97112 24, 97116 16); passes.
        ["v6-h156-qbrh-two-headings"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: perturbations at the pelvis on the foam; stepping onto the rocker to a hold; tandem with head turns
            IMPAIRMENT: slow stepping response after the L MCA stroke; R foot catches
            OUTCOME MEASURE: Berg    SCORE: 42/56
            CPT 97116 GAIT TRAINING — 16 MIN
            INTERVENTIONS: gait with the hemi-walker around the corridor loop and out the side door to the sidewalk, cueing R heel strike
            OBJECTIVE: 250 ft with the hemi-walker, CGA
            Everett Sewall, PT
            """,
            ["I69.351"], [PT("97112", 24), PT("97116", 16)], []),

        // WRPT Berryville: Joel's 97112 and Dwight's (OTR/L) 97530, each "Svc:" line with its minutes; passes.
        ["v6-h156-wr-pt-and-ot-svc-lines"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note 5/22/2026
            Svc: 97112 NMR — 23 min (Joel Tackett, PT, DPT)
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: foam stance with head turns; reactive steps to pushes; stepping over the 6 in hurdles to a stop
            Why: postural control after the R stroke; she drifts L in the Berryville square crowd
            Numbers: Berg 43/56; 5 of 10 pushes with one step
            Svc: 97530 ther act — 18 min (Dwight Kemper, OTR/L)
            What we did: standing at the counter making coffee, reaching to the upper cabinet, carrying the mug to the table
            Why: L hand coordination and standing reach after the stroke
            Numbers: 4 of 5 mugs carried without a spill, CGA
            """,
            ["I69.354"], [PT("97112", 23), OT("97530", 18)], []),

        // SCLH Helga float note "Timed code minutes: 97116 = 19, 97112 = 22"; passes.
        ["v6-h156-sclh-helga-timed-code-minutes"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — H. Lindqvist, PT (float)
            Timed code minutes: 97116 = 19, 97112 = 22
            Delivery: one-on-one throughout.
            NMR: tandem on the foam beam with head turns; perturbations at the pelvis; step-and-stick off the low box.
            Gait: walker gait on the hospital skybridge and the ramp, cueing step length.
            Impairment: proprioceptive loss both feet and a shuffling gait after the fall on the L platform stairs.
            Objective: tandem on foam 7 sec; 200 ft with the walker, SBA.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22), PT("97116", 19)], []),

        // LERB "Minutes by CPT: 97112 = 23; 97110 = 26" on a 14-minute 97110 line: mismatch on 97110.
        ["v6-h156-lerb-minutes-by-cpt-26-on-14"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05412 · visit 5 of 12 authorized
            Pt: Lyle Brackett · Wendell Graf, PT, DPT
            Attendance: 1:1
            Functional deficit driving medical necessity: late stepping reaction and weak hips after the fall off the combine ladder.
            Skilled interventions (with rationale): perturbations on the foam; step-and-stick onto the Airex; sit-to-stands 3x10 and side-steps with the blue band 3 laps for hip strength.
            Objective data for reviewer: Berg 46/56; 7 of 10 perturbations without a step.
            Minutes by CPT: 97112 = 23; 97110 = 26
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], [At(Mismatch, "97110")]),

        // CFPT capitals "CPT 97112 X 35 MIN" on a 24-minute line: mismatch.
        ["v6-h156-cfpt-35-on-24"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 05/22/26
            CPT 97112 X 35 MIN
            1ON1 FLAG: Y
            NOTE: FOAM STANCE W/ HEAD TURNS, LAT PUSHES AT HIPS, STEP-OVERS ONTO THE FOAM TO A STOP. IMP: SLOW POSTURAL RESPONSES, FELL IN THE TOBACCO BARN. OBJ: BERG 44/56, 6/10 PUSHES W/ ONE STEP.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // MBOG Vale, Ignacio: arrow "→ 97116 · 30 min" on a 17-minute line: mismatch.
        ["v6-h156-mbog-arrow-30-on-17"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Dora Aldecoa · Visit 8 · 05/22/2026 · I. Barragán, PT
            PRIMARY OUTCOME: LEFS 44/80
            STG 2: walk from the pickup to the Basque hotel dining room with the cane — PROGRESSING
               → 97116 · 30 min · cane gait on the parking-lot gravel and up the curb ramp, cueing R heel strike and stride length
               Impairment: R knee weakness and a short R stance after the TKA
               ▸ measured by: 400 ft with the single-point cane, SBA
            """,
            ["Z96.651"], [PT("97116", 17)], [At(Mismatch, "97116")]),

        // ORPT Billing Grid's default 15 left on a 26-minute 97110 line: mismatch.
        ["v6-h156-orpt-billing-grid-default-15-on-26"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 05/19/2026
            Interventions: rows with the green band 3x15, wall slides 3x12, prone Y's 3x10 with 1 lb
            Clinical Findings: R scapular and rotator-cuff weakness after the repair; can't reach the top of the seed-corn bin
            Objective Measures: shoulder flexion 142 degrees (128 last week)
            Billing Grid:  97110 | Therapeutic exercise | 15 min
            O. Reyes, PT
            """,
            ["M75.121"], [PT("97110", 26)], [At(Mismatch, "97110")]),

        // PCPT Houma: both dotted lines left "__ min" with "Total timed 38 min": separate time missing.
        ["v6-h156-pc-dotted-blanks-total-only"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 05/21/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ __ min
            Code 97116 Gait training ........ __ min
            Total timed 38 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: NMR — rocker board eyes closed, perturbations on the foam. Gait — cane on the shell driveway an' the church steps.
            For: ankle proprioception ↓ an' a short L step after the stroke
            Numbers: rocker 9 sec; 180 ft wit' the cane, CGA
            """,
            ["I69.354"], [PT("97112", 24), PT("97116", 14)], [SepTime]),

        // SCVH "Timed Codes: 97112 … — 22 min; 97116 Gait training" with no minutes for the second code: separate time missing.
        ["v6-h156-scvh-second-timed-code-no-minutes"] = new(
            """
            Sangre de Cristo Valley Hospital — Outpatient Therapy (Del Norte)    Aspenline Clinical · Therapy Flowsheet
            Supervision/Delivery: one-on-one
            Intervention: foam stance with head turns, reactive steps to pushes; walker gait down the hall and out to the parking-lot curb
            Target impairment: postural instability and a shuffling gait after the fall in the sheep shed
            Outcome: Berg 41/56; 220 ft with the walker, SBA
            Timed Codes: 97112 Neuromuscular re-education — 22 min; 97116 Gait training
            Lupita Atencio, PTA
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22), PTA("97116", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // MBOG two-code visit sent with an empty note: note missing on each profiled line.
        ["v7-h156-mbog-empty-two-code-visit"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // QBRH 97116 whose note is spaces and line breaks, sent with no diagnosis: note missing and diagnosis missing.
        ["v7-h156-qbrh-whitespace-97116-no-dx"] = new(
            "   \n  \n ",
            [], [PTA("97116", 18)], [At(NoteMissing, "97116"), Dx]),

        // LMH OT 97530 with an empty note: note missing.
        ["v7-h156-lmh-ot-97530-empty"] = new(
            "",
            ["I69.351"], [OT("97530", 21)], [At(NoteMissing, "97530")]),

        // RSP 97110 after a TKA: step-ups on the 20 cm box, goblet squats with 8 kg, terminal knee extension; quad weakness; doses and degrees; range (18') matches: passes.
        ["v7-h156-rsp-97110-after-tka"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 22.05.2026 · marina harbourmaster, 64 y
            97110 ther ex 08.30–08.48 (18')
            Tx: step-ups onto the 20 cm box 3×12; goblet squats to the plinth with 8 kg 3×10; terminal knee extension with the red band 3×15.
            Problem: L quadriceps weakness after the L TKA; he can't step down from the dock onto the float without the rail.
            Measures: doses as above; knee flexion 115°.
            """,
            ["Z96.652"], [PT("97110", 18)], []),

        // WRPT Dwight (OTR/L) 97530: lifting a 15 lb bag of dog food floor to counter, carrying it to the bin, 5 trips; L shoulder after the fall; passes.
        ["v7-h156-wr-ot-97530-dog-food-bag"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note 5/19/2026 — Dwight Kemper, OTR/L
            Svc: 97530 ther act — 19 min
            What we did: lifting a 15 lb bag of dog food from the floor to the counter, carrying it across the room to the bin, squatting to scoop from it
            Why: L shoulder weakness and standing balance since the fall in the poultry yard; she feeds six dogs
            Numbers: 5 trips with SBA, no loss of balance
            """,
            ["S46.012D"], [OT("97530", 19)], []),

        // IVBPT Ellis 97140: talocrural posterior glides grade III, STM to the gastroc-soleus; ankle dorsiflexion stiffness; degrees; 97140 — 12 min matches: passes.
        ["v7-h156-ivbpt-97140-talocrural-glides"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 5/21/2026    E. Fennimore, PT
            97140 — 12 min
            Talocrural posterior glides grade III; soft-tissue mobilization to the L gastroc-soleus
            Deficit: L ankle dorsiflexion stiffness after the fracture; can't squat to the irrigation valve
            Ankle DF 4 → 10 degrees after manual
            """,
            ["S82.892D"], [PT("97140", 12)], []),

        // PCPT Annette 97116: rolling walker on the church ramp and the gravel lot, 250 ft CGA; L step length; passes.
        ["v7-h156-pc-97116-church-ramp"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 05/19/2026 · Annette Breaux, PT
            Code 97116 Gait training ........ 18 min
            Did: rolling-walker gait up the church ramp an' across the gravel lot, cueing a longer L step an' heel first
            For: short L step an' L hip weakness after the hip fracture
            Numbers: 250 ft, CGA; ramp twice wit' the walker
            """,
            ["S72.002D"], [PT("97116", 18)], []),

        // LMH generic 97112: "Balance activities. Tolerated well. Continue POC." with the heading only: technique, generic, deficit, measure and one-on-one.
        ["v7-h156-lmh-generic-balance-activities"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (STERLING HEIGHTS)
            Timed Procedures
            97112 Neuromuscular Re-ed: 22 Minutes
            Balance activities. Tolerated well. Continue POC.
            Dariusz Nowicki, PT
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // CFPT capitals generic 97110: "THER EX PER POC. TOL WELL.": technique, generic, deficit and measure.
        ["v7-h156-cfpt-generic-ther-ex"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 05/20/26
            CPT 97110 X 16 MIN
            NOTE: THER EX PER POC. PT TOL WELL. CONT PLAN.
            """,
            ["M62.81"], [PT("97110", 16)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // WRPT two-code generic note with each code's minutes: four findings on each code, no separate-time finding.
        ["v7-h156-wr-generic-two-codes-minutes-each"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note — Kacey Ormsby, PTA
            Svc: 97110 ther ex — 15 min
            Svc: 97140 manual — 12 min
            What we did: ther ex and manual per plan.
            Why: per POC.
            Numbers: tolerated well.
            """,
            ["M54.50"], [PTA("97110", 15), PTA("97140", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // LMH OT 97530 "Functional activities as tolerated. Tolerated well. Continue POC.": technique, generic, deficit and measure.
        ["v7-h156-lmh-ot-generic-97530"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (ROSEVILLE)
            Timed Procedures
            97530 Therapeutic Activities: 20 Minutes
            Functional activities as tolerated. Tolerated well. Continue POC.
            Renee Kaminski, OTR/L
            """,
            ["I69.351"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // QBRH Calais, Nora: X1 viewing on the foam, walking with pitch head turns; bilateral vestibular loss; DGI; Individual ticked; heading 23: passes.
        ["vord-h156-qbrh-wreath-maker-returns"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: X1 viewing with the letter card standing on the foam; walking the hall with pitch head turns; stepping over the fir-bough bundle to a stop
            IMPAIRMENT: bilateral vestibular hypofunction; the wreath-maker sways bending to the bough pile and in the dark shed
            OUTCOME MEASURE: DGI    SCORE: 19/24 (18/24 on 5/13)
            Nora Cobb, PT, DPT, NCS
            """,
            ["H81.23"], [PT("97112", 23)], []),

        // IVBPT Calexico, Rosalba: perturbations, foam with head turns, cone stepping; reliance on vision; Berg; "one-on-one"; passes.
        ["vord-h156-ivbpt-quinceanera-grandmother-returns"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            DOS 5/19/2026    R. Quezada, PT, DPT
            97112 — 22 min
            One-on-one the whole 97112; her granddaughter waited in the lobby.
            Foam stance with head turns, feet together; reactive stepping to pushes at the pelvis; side-stepping around the cones without looking down, a waltz box step on the tape
            Deficit: sway and a late step, relies on her eyes; she wants to dance the waltz at the quinceañera on 6/13
            Berg 47/56 (44/56 last month); 7 of 10 pushes recovered with one step
            {{CLEARED — KM}}
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // MBOG Ontario, Kenzie (PTA) 97110: step-ups, leg press, band walks with doses; quad and hip weakness; arrow 16: passes.
        ["vord-h156-mbog-pta-97110-beet-hand"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Ramón Espinoza · Visit 11 · 05/19/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 58/80 (intake 39/80)
            STG 3: climb the beet-piler ladder with a reciprocal pattern — PROGRESSING
               → 97110 · 16 min · step-ups on the 10 in step 3x12, leg press 3x10 @ 110 lb, lateral band walks with the blue band 3 laps
               Impairment: L quad and glute med weakness after the tibial plateau fracture
               ▸ measured by: doses above; 10 in step-up without the rail
            """,
            ["S82.142D"], [PTA("97110", 16)], []),

        // MBOG Nyssa, Rosalind 97530: lifting hay flakes, carrying buckets, kneeling to floor and up; R shoulder and knee; counts and loads; arrow 20: passes.
        ["vord-h156-mbog-97530-hay-flakes"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Lorna Jaca · Visit 9 · 05/21/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: QuickDASH 31 (intake 52)
            STG 2: feed the bum lambs without help — PROGRESSING
               → 97530 · 20 min · lifting hay flakes from the floor to the manger height, carrying the 10 lb water bucket across the gym, half-kneel to stand to pick up the bottle rack
               Impairment: R shoulder elevation weakness after the cuff repair; R knee won't let her kneel long
               ▸ measured by: 8 flakes lifted; bucket 4 trips, modified independent
            """,
            ["M75.121"], [PT("97530", 20)], []),

        // RSP Friday Harbor 97140: thoracic PA mobilisations grade III, rib springing; thoracic stiffness; rotation degrees; range (12'): passes.
        ["vord-h156-rsp-97140-kayak-guide"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 18.05.2026 · sea-kayak guide, 44 y
            97140 manual 15.10–15.22 (12')
            Tx: thoracic PA mobilisations grade III T4–T8; rib springing on the R; soft-tissue release to the R rhomboids.
            Problem: R thoracic rotation stiffness; he can't rotate through the paddle stroke.
            Measures: seated thoracic rotation R 38° → 46°.
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // RSP Anacortes 97112: gaze stabilisation, foam, head turns walking; L vestibular; DGI; range (21'): passes.
        ["vord-h156-rsp-gaze-stabilisation-ferry-worker"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 22.05.2026 · ferry deckhand, 52 y
            97112 NMR 11.20–11.41 (21') · 1:1 — just the two of us
            Tx: X1 gaze stabilisation against the striped wall, standing then on the foam; walking with head turns and stopping on cue; tandem walking on the line.
            Problem: L vestibular hypofunction; oscillopsia on the moving car deck.
            Measures: DGI 20/24 (16/24 on 29.04); DVA lost 2 lines.
            """,
            ["H81.22"], [PT("97112", 21)], []),

        // CFPT capitals 97112 with "1ON1 FLAG: Y": rocker, foam, step-overs; neuropathy; Berg and SLS; 22: passes.
        ["vord-h156-cfpt-bait-shop-owner"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 05/18/26
            CPT 97112 X 22 MIN
            1ON1 FLAG: Y
            NOTE: 1ON1, WIFE WAITED IN THE CAR. ROCKER BD M/L EYES OPEN THEN CLOSED, STEP-OVERS ONTO THE FOAM, TANDEM W/ HEAD TURNS. IMP: DECR PROPRIOCEPTION BOTH FEET, STUMBLES ON THE BAIT-SHOP DOCK. OBJ: BERG 46/56, SLS R 6 SEC L 8 SEC.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // CFPT capitals 97116: cane gait on the gravel and the curb, 300 ft SBA; L knee; 17: passes.
        ["vord-h156-cfpt-97116-gravel-lot"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 05/19/26
            CPT 97116 X 17 MIN
            NOTE: GAIT TRNG W/ SPC ON THE GRAVEL LOT AND UP/DOWN THE 6 IN CURB, CUES FOR HEEL STRIKE AND EQUAL STEP LENGTH. IMP: L KNEE WEAKNESS AND ANTALGIC GAIT S/P L TKA. OBJ: 300 FT SPC SBA, CURB X4 CGA.
            """,
            ["Z96.652"], [PT("97116", 17)], []),

        // CFPT capitals two codes, each "CPT … X … MIN": 97112 23, 97110 15; passes.
        ["vord-h156-cfpt-two-cpt-lines"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 05/21/26
            CPT 97112 X 23 MIN
            CPT 97110 X 15 MIN
            1ON1 FLAG: Y
            NOTE: NMR — LAT PUSHES AT PELVIS ON FOAM, STEP-AND-STICK ONTO AIREX, HEAD TURNS IN TANDEM. THER EX — HEEL RAISES 3X15, SIT-TO-STAND 3X10, HIP ABD W/ RED BAND 3X12. IMP: LATE STEPPING REACTION, WEAK HIPS AND CALVES, FELL OFF THE PORCH STEP. OBJ: BERG 45/56, 5/10 PUSHES W/ ONE STEP.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // SCLH Dee 97110 abbreviations: SLR, quad sets, TKE with doses; quad weakness; Timed 16: passes.
        ["vord-h156-sclh-dee-97110-abbrev"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav A gym — D. Wachowski, PT
            Timed: 97110 — 16 min
            Tx: SLR 3x10 w/ 2 lb, TKE w/ grn band 3x15, mini squats @ counter 3x12, heel raises 2x20.
            Imp: ↓ R quad strength s/p R TKA, ext lag on SLR.
            Obj: doses as above; R knee flex 108°, ext lag 5°.
            A/P: cont POC.
            """,
            ["Z96.651"], [PT("97110", 16)], []),

        // SCLH Nathaniel first person 97112: perturbations, tandem, step-and-stick; postural control after a fall; Berg; one-on-one; passes.
        ["vord-h156-sclh-nathaniel-crossing-guard"] = new(
            """
            SCLH OP Neuro Rehab — N. Osei-Bonsu, PT, DPT
            Timed: 97112 — 24 min
            I had Mrs. Kaczmarek one-on-one for the whole block.
            I gave her perturbations at the pelvis on the foam, tandem walking with head turns along the rail, and step-and-stick onto the Airex.
            She has a slow postural response and sways backward; the school crossing guard nearly went down stepping back onto the curb.
            Berg 46/56 today (42/56 on 4/30); 7 of 10 perturbations without a step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // SCLH Marisol (PTA) 97116: walker to cane on the skybridge, 200 ft SBA; R hip weakness; Timed 18: passes.
        ["vord-h156-sclh-marisol-97116-skybridge"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — M. Ocampo, PTA
            Timed: 97116 — 18 min
            Tx: gait with the SPC along the skybridge and down the ramp, cueing R heel strike and trunk rotation.
            Impairment: R hip abductor weakness and a short L step after the R hip ORIF.
            Objective: 200 ft with the SPC, SBA; ramp with CGA.
            A/P: cont. POC.
            """,
            ["S72.001D"], [PTA("97116", 18)], []),

        // JWO QuickNote 97112 with "1:1 ▸ ☒ Y ☐ N": BOSU, hops, Airex; ankle proprioception; SLS and Y-balance; 22m: passes.
        ["vord-h156-jwo-rv-line-worker-returns"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97112 ▸ 22m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ SLS on the BOSU w/ ball toss, lateral hops to a stick, step-and-stick off the 6 in step onto the Airex
            Area ▸ R ankle proprioception after the sprain on the RV-line ramp, rolls it on the loading dock
            # ▸ SLS BOSU R 15 s (9 s last wk); Y-balance ant R 88% of L
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // JWO QuickNote 97140: STM to the calf, talocrural mobs; ankle DF stiffness; degrees; 11m: passes.
        ["vord-h156-jwo-97140-ankle-mobs"] = new(
            """
            JointWorks QuickNote · Mishawaka · M. Beer PTA
            97140 ▸ 11m
            Tx ▸ STM to the L gastroc-soleus, talocrural posterior glides gr III, subtalar mobs
            Area ▸ L ankle DF stiffness after the sprain, heel comes up early on the bleacher stairs
            # ▸ L DF knee-to-wall 7 cm → 10 cm
            """,
            ["S93.402D"], [PTA("97140", 11)], []),

        // JWO QuickNote two codes 97112 22m / 97110 14m; passes.
        ["vord-h156-jwo-two-codes-cheer-coach"] = new(
            """
            JointWorks QuickNote · Elkhart · J. Hochstetler PTA
            97112 ▸ 22m
            97110 ▸ 14m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ NMR: lateral hops to a stick, SLS on the Airex w/ ball toss, perturbations on the BOSU. TE: single-leg RDL 3x10 w/ 10 lb, side planks 3x30 s, step-downs 3x12
            Area ▸ L knee valgus + poor dynamic control s/p ACL recon, cheer-coach demos
            # ▸ 8/10 hops stuck w/o valgus; SLS Airex L 18 s
            """,
            ["S83.512D"], [PTA("97112", 22), PTA("97110", 14)], []),

        // LMH PT 97112: perturbations, foam, tandem; cerebellar gait; mini-BESTest; one-on-one; heading 24: passes.
        ["vord-h156-lmh-autoworker-cerebellar"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (WARREN)
            Timed Procedures
            97112 Neuromuscular Re-ed: 24 Minutes
            Delivery: one-on-one
            Tandem walking with head turns, foam stance with eyes closed, lateral perturbations at the pelvis with step responses.
            Problem: wide-based ataxic gait and postural instability after the L cerebellar stroke; the retired line worker lurches in the parking structure.
            Objective: mini-BESTest 19/28 (18/28 on 5/13); tandem 8 steps.
            Dariusz Nowicki, PT
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // LMH OT 97530: dressing standing, reaching into the closet; L arm and standing balance; time and assist; heading 22: passes.
        ["vord-h156-lmh-ot-97530-closet-reach"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (STERLING HEIGHTS)
            Timed Procedures
            97530 Therapeutic Activities: 22 Minutes
            Standing at the closet rod reaching for hangers, pulling on the cardigan standing, stepping to the dresser and back.
            Problem: L arm coordination and standing balance after the R stroke.
            Objective: 6 of 8 hangers retrieved; cardigan on standing with CGA.
            Renee Kaminski, OTR/L
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // SCMH two episodes on one note, each ticked 1:1: 97112 and 97116 each "Timed: … ▸ … min"; passes.
        ["vord-h156-scmh-two-episodes"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Eino Maki
            EPISODE A: imbalance after the fall on the mine-shaft museum steps    ICD-10: R26.81
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: perturbations on the foam, step-and-stick off the low box, tandem with head turns.
            Impairment: delayed stepping reaction and sway.
            Measures (Last | Today): Berg 44 | 46
            EPISODE B: gait after the L TKA    ICD-10: Z96.652
            Timed: 97116 ▸ 16 min
            Interventions: SPC gait down the hall and on the outdoor path, cueing L knee extension at heel strike.
            Impairment: L quad weakness, stiff-knee gait.
            Measures (Last | Today): 250 ft | 350 ft with the SPC, SBA
            Completed by: Marta Heikkinen, PT, DPT
            """,
            ["R26.81", "Z96.652"], [PT("97112", 22), PT("97116", 16)], []),

        // SCMH PTA 97110: band rows, wall push-ups, serratus punches with doses; scapular weakness; Timed 15: passes.
        ["vord-h156-scmh-pta-97110-shoulder"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Lempi Saarinen
            EPISODE A: R shoulder after the rotator-cuff repair    ICD-10: M75.121
            Timed: 97110 ▸ 15 min
            Interventions: rows with the red band 3x15, wall push-ups 3x10, serratus punches supine with 2 lb 3x12.
            Impairment: R scapular and cuff weakness; can't lift the pasty pan into the oven.
            Measures (Last | Today): flexion 130° | 138°
            Completed by: Rosalind Kivela, PTA
            """,
            ["M75.121"], [PTA("97110", 15)], []),

        // PSTG 97112 with "☒ 1:1": rocker, perturbations, foam; neuropathy; Measurables; 23: passes.
        ["vord-h156-pstg-crab-picker"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 05/20/2026
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: rocker board M/L with eyes closed, perturbations at the pelvis on the Airex, stepping over the crab-basket lids to a stop
            Impairments Addressed: ankle proprioception ↓ both feet; the crab picker sways standing on the wet picking-house floor
            Measurables: rocker M/L EC 11 sec; Berg 46/56
            97112 Neuromuscular Re-ed — 23 min
            D. Kellam, PT, DPT
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // PSTG 97140: cervical rotation SNAGs and upper-trap STM; neck stiffness; degrees; 12: passes.
        ["vord-h156-pstg-97140-waterman"] = new(
            """
            Pocomoke Sound Therapy Group — Crisfield · TidePoint Rehab Cloud · 05/21/2026
            Skilled Interventions: cervical rotation SNAGs R and L, STM to the upper trapezius and levator scapulae
            Impairments Addressed: cervical rotation stiffness; the waterman can't look over his shoulder to back the boat trailer
            Measurables: rotation R 52° → 63°, L 57° → 65°
            97140 Manual Therapy — 12 min
            D. Kellam, PT, DPT
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // PSTG complete 97112 whose diagnosis came across as "#Error": diagnosis missing only.
        ["vord-h156-pstg-diagnosis-error"] = new(
            """
            Pocomoke Sound Therapy Group — Crisfield · TidePoint Rehab Cloud · 05/22/2026
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: foam stance with head turns, reactive steps to pushes, tandem walking along the wall
            Impairments Addressed: postural sway and a slow protective step after the fall on the oyster-house ramp
            Measurables: Berg 45/56; 6 of 10 pushes with one step
            97112 Neuromuscular Re-ed — 22 min
            D. Kellam, PT, DPT
            """,
            ["#Error"], [PT("97112", 22)], [Dx]),

        // LERB PT 97112 "Attendance: 1:1": perturbations, foam, stepping; deficit; FGA; 23: passes.
        ["vord-h156-lerb-feedyard-cowboy"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05106 · visit 9 of 12 authorized
            Pt: Cecil Ogletree · Wendell Graf, PT, DPT
            CPT 97112 — 23 minutes
            Attendance: 1:1
            Functional deficit driving medical necessity: slow postural responses and sway with eyes closed; he fell at the feedyard scale house.
            Skilled interventions (with rationale): perturbations at the pelvis on the foam to train the stepping strategy; feet together with eyes closed for somatosensory use; stepping over the lariat to a stop.
            Objective data for reviewer: FGA 21/30 (17/30 at visit 2); 7 of 10 perturbations without a step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // LERB PTA 97116: walker gait on the clinic lot and the curb, 250 ft CGA; R hip; 19: passes.
        ["vord-h156-lerb-pta-97116-curb"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05290 · visit 4 of 12 authorized
            Pt: Wanda Kimbrough · Yesenia Carrizales, PTA
            CPT 97116 — 19 minutes
            Functional deficit driving medical necessity: R hip weakness and short L step after the hip fracture; can't step up the church curb.
            Skilled interventions (with rationale): rolling-walker gait across the lot and up and down the curb with step-length cues.
            Objective data for reviewer: 250 ft with the walker, CGA; curb 3 times with min A.
            """,
            ["S72.001D"], [PTA("97116", 19)], []),

        // SCVH 97112 one-on-one: rocker, foam, stepping; ankle proprioception; Berg; 24: passes.
        ["vord-h156-scvh-potato-sorter"] = new(
            """
            Sangre de Cristo Valley Hospital — Outpatient Therapy (Monte Vista)    Aspenline Clinical · Therapy Flowsheet
            Supervision/Delivery: one-on-one; her son waited in the hall
            Intervention: rocker board A/P eyes closed, foam stance with ball catches, stepping over the hose to a stop
            Target impairment: L ankle proprioception after the sprain at the potato warehouse
            Outcome: Berg 49/56; rocker A/P 15 sec
            Timed Codes: 97112 Neuromuscular re-education — 24 min
            Lupita Atencio, PTA
            """,
            ["S93.402D"], [PTA("97112", 24)], []),

        // SCVH PT two timed codes each with minutes (97112 23, 97140 12): passes.
        ["vord-h156-scvh-nmr-and-manual"] = new(
            """
            Sangre de Cristo Valley Hospital — Outpatient Therapy (Alamosa)    Aspenline Clinical · Therapy Flowsheet
            Supervision/Delivery: one-on-one
            Intervention: NMR — gaze stabilization with head turns, walking with head turns, foam stance eyes closed. Manual — C1-2 SNAGs and suboccipital release.
            Target impairment: cervicogenic dizziness with poor head-eye coordination; upper cervical rotation stiffness
            Outcome: DGI 19/24; rotation R 55° → 64°
            Timed Codes: 97112 Neuromuscular re-education — 23 min; 97140 Manual therapy — 12 min
            Gideon Trujillo, PT
            """,
            ["M54.2", "R42"], [PT("97112", 23), PT("97140", 12)], []),

        // BCH goal line, 97112 (23 min): perturbations and foam; neuropathy; Berg; one-to-one; passes.
        ["vord-h156-bch-coal-tipple-retiree-returns"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Virgil Sprouse · 05/19/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — walk the gravel drive to the mailbox without his cane
               Status: progressing
               Treated with: 97112 (23 min) — perturbations on the foam, stepping over the 4 in hurdles to a stop, feet-together stance with eyes closed
               Impairment: sensory ataxia from the neuropathy; he can't feel the gravel and widens his feet
               How we know: Berg 44/56; feet-together eyes closed 12 sec
            Attendance: one-to-one, just Virgil and me.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // BCH goal line, 97116 (18 min): cane on the ramp and stairs, distance and assist; passes.
        ["vord-h156-bch-97116-church-steps"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Williamson)
            Pt: Alma Blankenship · 05/21/2026 · O. Stanbury, PT, DPT, NCS
            Goal #2 — climb the church steps with the rail and her cane
               Status: progressing
               Treated with: 97116 (18 min) — quad-cane gait in the hall and up the ramp, stair training step-to with the rail
               Impairment: R hemiparesis with a short R step and knee hyperextension in stance
               How we know: 220 ft with the quad cane, SBA; 8 steps with the rail, CGA
            """,
            ["I69.351"], [PT("97116", 18)], []),

        // STBF narrative 97112: reactive stepping, cone turns with head turns, foam; postural control; TUG and Berg; one-on-one; time 23: passes.
        ["vord-h156-stbf-glass-museum-guide"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            Naomi Castellucci, PT · Monday 5/18/2026
            What we worked on: reactive stepping to pushes from each side, walking and turning around the cones with head turns, standing on the foam with her eyes closed. One-on-one, just the two of us.
            Why: slow protective step and poor postural control; the glass-museum guide nearly fell turning on the gallery stairs.
            How she did: Berg 47/56; TUG 10.9 s (12.8 s on 5/4).
            Time: 97112, 23 min.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // STBF narrative 97110: heel raises, step-ups, sit-to-stands with doses; calf and quad weakness; time 15: passes.
        ["vord-h156-stbf-97110-elmira-retiree"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            Naomi Castellucci, PT · Wednesday 5/20/2026
            What we worked on: heel raises on the step 3x15, step-ups onto the 6 in step 3x10, sit-to-stands from the low chair 3x8 with a 5 lb ball.
            Why: calf and quad weakness; he can't get up from the dock chair at the lake cottage without pushing.
            How he did: doses as above; 5x sit-to-stand 14.2 s.
            Time: 97110, 15 min.
            """,
            ["M62.81"], [PT("97110", 15)], []),

        // PTH home visit 97112 "[ 23 ] min — 1:1": stepping over cords, couch-cushion stance; neuropathy; counts and seconds; passes.
        ["vord-h156-pth-quilter-at-home"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Kaylee Quesenberry, PTA
            Present: her daughter, at the kitchen table
            97112 [ 23 ] min — 1:1
            Tx: standing on the couch cushion with head turns, stepping over the sewing-machine cord to a stop, reaching to the top of the quilt rack on the cushion
            Problem: proprioceptive loss both feet with the neuropathy; she sways at the quilt frame
            Assist/Dist: cushion stance 18 sec; 9 of 10 step-overs without a stumble
            """,
            ["E11.42"], [PTA("97112", 23)], []),

        // PTH home visit 97530 by PTA: car transfer and carrying groceries up the porch; L knee; counts and assist; passes.
        ["vord-h156-pth-97530-groceries"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Kaylee Quesenberry, PTA
            Present: no one else home
            97530 [ 20 ] min
            Tx: car transfers in the driveway, carrying a grocery bag up the four porch steps, setting it on the counter
            Problem: L knee weakness after the TKA; she can't carry her own groceries in
            Assist/Dist: 3 car transfers, SBA; 4 trips with a 5 lb bag, CGA on the steps
            """,
            ["Z96.652"], [PTA("97530", 20)], []),

        // SHMC padded note 97112: rhythmic stabilisation, amplitude stepping; Parkinson's postural instability; Mini-BESTest; Individual; 23: passes.
        ["vord-h156-shmc-harbor-pilot-parkinsons"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            Identity verified with two identifiers: yes. Allergies reviewed: NKDA. Precautions: none.
            Infection prevention: equipment wiped after use. Advance directive on file: yes. Interpreter needed: no.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min
            DELIVERY MODE: [X] Individual [ ] Group
            INTERVENTIONS: rhythmic stabilization in stride stance, large-amplitude backward steps to a stop, turning in place on cue with a count.
            IMPAIRMENTS: postural instability and retropulsion with Parkinson's disease; the retired harbor pilot goes backward at the marina gate.
            OBJECTIVE: Mini-BESTest 21/28 (19/28 on 5/13); pull test 1 step.
            Attestation: I personally furnished the services above. — Annika Vandervelde, PT, DPT, NCS
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // ORPT 97112 "1:1 (Y/N): Y" with Billing Grid 23: perturbations, foam; proprioception; Berg; passes.
        ["vord-h156-orpt-dairy-farmer"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 05/20/2026
            1:1 (Y/N): Y
            Interventions: perturbations at the pelvis on the foam, tandem walking with head turns, step-and-stick onto the Airex
            Clinical Findings: proprioceptive loss both feet and a slow stepping response; the dairy farmer stumbles on the barn alley grate
            Objective Measures: Berg 45/56; 6 of 10 perturbations without a step
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            O. Reyes, PT
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // LCRT 97112 "1:1: Y": PNF, foam, stepping; hip control; Berg; 22: passes.
        ["vord-h156-lcrt-jewelry-maker"] = new(
            """
            Little Colorado River Therapy — Holbrook
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: foam stance with head turns, lateral perturbations at the hips, stepping over the rug edge to a stop
            Problem: R ankle proprioception and a late step; she trips on the uneven sidewalk to the trading post
            Measure: Berg 47/56; 7 of 10 perturbations without a step
            E. Hartman, PT
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // LCRT complete 97112 sent with no diagnosis: diagnosis missing only.
        ["vord-h156-lcrt-complete-no-diagnosis"] = new(
            """
            Little Colorado River Therapy — Winslow
            Svc: NMR 97112 | Time: 23 minutes | 1:1: Y
            Activity: rocker board A/P eyes closed, step-and-stick onto the foam, tandem walking with head turns
            Problem: postural sway and a late protective step after the fall at the rodeo grounds
            Measure: rocker A/P 12 sec; Berg 46/56
            E. Hartman, PT
            """,
            [], [PT("97112", 23)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
