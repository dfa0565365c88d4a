using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-thirty-ninth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twentieth session, blind after the hundred-and-thirty-seventh and hundred-and-thirty-
/// eighth sets were worked through) is the next week (13 – 17 April 2026) of the same clinics and writers as those two
/// sets, in their styles and with new patients, new days and new wording within the same templates. No style is new;
/// the set measures how the analyzer does on styles it has already seen, with notes it has not. About two thirds are
/// ordinary and complete (70 of 110), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to two in a
/// visit, a PT's and an OT's code on one visit), by PTs, PTAs and OTs, from these employers:
/// <list type="number">
/// <item>the clinics of the hundred-and-thirtieth to hundred-and-thirty-sixth sets as the hundred-and-thirty-seventh
/// set wrote them: Rosario Strait Physiotherapy (RSP: "97112 NMR 09.40–10.03 (23')", "Setting:", day-first dotted
/// dates), Big Horn Basin Regional Hospital (BHBR: "▸ START ■ STOP … = 23 MIN" rows), Prairie Coteau Sports Medicine
/// (PCSM: pipes, "Imp:", "Obj:"), Porchlight Therapy at Home (PTH: "Visit at:", "Present:", minute boxes), Southern
/// Tier Balance and Falls Clinic (STBF: "What we worked on / Why / How she did / Time"), Tuscarawas Valley Medical
/// Center (TVMC: the activity log with its timers), Thermopolis Physical Therapy (TPT: "tx/ why/ #s/" and the slash
/// form "97112/97110 = 24/14 min — 1:1 [x] / grp [ ]"), Cimarron Senior Therapy (CST: "CST GERI VISIT", "1:1: Y"),
/// Tri-Rivers Multispecialty Clinic (TRMC: "PROBLEM #1 — …" with indented minutes), St. Columba Memorial Hospital (SCMH:
/// episodes, "Timed: 97112 ▸ 23 min", the attendance row), Quarry Hill Physical Therapy (QHPT: "Re: …" and dotted
/// leaders), Black Hills Sports &amp; Spine (BHSS: "Service | By | Time" and the cash RECOVERY BAR), River Bend
/// Chiropractic &amp; Physical Therapy (RBC: "Who: [X] PT", "One-on-one: (Y) / N", the DC's line), Blue Mountain
/// Regional Hospital (BMRH: "[97112] Neuromuscular re-ed — 24 min — M. Ashby PT", the MODALITY ROOM line), Kaskaskia
/// River Medical Center (KRMC: the IE | LAST PR | TODAY grid), Marshside Physical Therapy &amp; Balance (MPT: the
/// "Billing:" line), Cottonwood Creek Health &amp; Rehabilitation (CCHR: "SKILLED INTERVENTIONS THIS DATE"), Shoal Creek
/// Therapy &amp; Hand (SCTH: Maren Oduya, Curt Blevins, Tessa Lindqvist, Raj Pillai, Brandi Stockton, Luis Arredondo,
/// Shelby Kuhn and Nadia Farrow on "SCTH Daily v3") and the Quillwork template at Chequamegon Bay Health (CBH), Pee Dee
/// Physical Therapy Associates (PDPT, with its "--Select--" dropdown) and Purgatoire Valley Rural Health Clinic (PVRHC,
/// with its printed box), with the same writers;</item>
/// <item>the character-limited portal boxes of the hundred-and-thirty-eighth set: Tamarack Health Advantage's
/// TamarackUM concurrent-review screen (THA: "Delivery (1:1/Grp/Conc):", "Interventions (250 char max)", "Impairment
/// targeted (150 char)", "Objective findings (200 char)", "Minutes by CPT: 97112 = 23", "Addl comments (cont.)"), filled
/// by Lakeland Therapy Partners in Sandpoint, Coeur d'Alene and Post Falls: Renata Voss (PT, DPT), Colby Ashgrove
/// (PTA), Hana Mikkelsen (OTR/L) and Jolene Pruitt (auth coordinator), and the plan's "StrongSteps" weeks;</item>
/// <item>the 500-character legacy field of the same set: Caney Fork Physical Therapy on "OfficeMate PM 4.0" (CFPT:
/// Smithville, Sparta and McMinnville, capitals, "CPT 97112 X 23 MIN", "1ON1 FLAG: Y", the "[X] INDIVIDUAL [ ] GROUP
/// [ ] CONCURRENT" row, fields run together, "*** TRUNCATED ***" and "NOTE CONT'D"): Dwayne Kittrell, Hollis Tate,
/// Earlene Pruett (PTA) and Wanda Sells (OTR); and the text-message charting of the same set: Saguaro Home Therapy on
/// "TxtChart" (SHT: Tucson, Green Valley and Oro Valley, "[9:02a]" stamps that agree with a code's texted minutes,
/// "97112 24m", prime minutes "12'", "Delivery? ▸ [1:1 ✓]" and "📋 Dose?" quick replies): Marisol Ybarra (PT), Trent
/// Haugen (PTA) and Priya Natarajan (OTR/L).</item>
/// </list>
/// This week's people: a retired hay-hauler who climbs to the loft, a sugarhouse hand at the end of the season, a
/// ferry deckhand, a wheat farmer on a combine ladder, a bull rider's father, a church organist, a retired
/// rural-route mail carrier, a chairlift operator, a cattle-auction ring man, a woman who cans tomatoes, a golf-course
/// groundskeeper, a school crossing guard, a retired hymnal-bindery worker, a quarryman, a beekeeper, a woman who
/// walks the Greenway, and residents at the bingo table — with a daughter in the car, a son who waited in the truck,
/// a wife asleep in the car, a daughter on a work call, a CNA who wheeled a resident down, a video interpreter on an
/// iPad, a mother in the lobby, an ATC and a chiropractor.
/// Each note's DOC_* findings were judged by hand as a payer reviewer reading each template as its writers fill it: a
/// blank, "___", "--Select--", "-Select-", an unanswered box, quick reply or dropdown, an uncircled "Y / N", "N/A", "see
/// eval", "as before" and "per care plan" state nothing, a box is read as ticked or not and a circled letter as
/// answered, a time stamp on a log or text line is never a code's minutes, a default sentence the clinician signed is
/// read as written unless the note shows it false, what an aide, an ATC or a chiropractor did is not the billed service,
/// words cut off are not there, a continuation box or record is part of the note, and a branded programme's week or
/// level never stands for a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h139-…): one-on-one in these writers' own words ("One-on-one, the only patient on my schedule;
/// his daughter waited in the car", "1:1 — just pt, wife asleep in the car", "PT SEEN ALONE IN THE BACK GYM, SON WAITED
/// IN THE TRUCK", "1:1 on the back patio, only me + him; daughter on a work call inside", "one-on-one; the Spanish
/// interpreter on the iPad video", "☒ 1:1 — the CNA wheeled her down and went back to the hall"), notes that negate it
/// (Mr. Bauer on the rocker board beside her "taking turns", a PTA with two sisters in the casita, a CFPT "[X]
/// CONCURRENT" with another patient on the bike) or never state it (an STBF narrative and an MPT billing line with no
/// delivery word), and codes without a one-on-one check (an OT's 97530 in the ADL kitchen beside another patient's
/// session, a PTA's 97110 with another patient on the next mat);</item>
/// <item>class 2 (v2-h139-…): checkbox and blank-field states ("One-on-one: (Y) / N" circled and "Y / N" left
/// uncircled, "One-on-one (all timed minutes): --Select--", "[X] One-on-one for all timed minutes", "1ON1 FLAG: N",
/// "Delivery (1:1/Grp/Conc): Grp", "Delivery? ▸ [1:1 ✓]", "Attendance: ☒ 1:1", an empty "Impairment targeted" box, a
/// "TX: ______" line, "OBJECTIVE: N/A", Shelby's code boxes with only the billed one filled);</item>
/// <item>class 3 (v3-h139-…): named programmes and methods as techniques (lean-and-release reactive balance training,
/// Brock-string convergence and saccade training after a concussion, split-belt treadmill trip perturbations, manual
/// lymph drainage, a grade V thoracic thrust manipulation, the McGill big three, BTE Primus work simulation), the plan's
/// "StrongSteps wk 6 per plan protocol" as the only technique, Otago exercises "per the booklet" with no dose, and PNF
/// with "IMP: SEE EVAL";</item>
/// <item>class 4 (v4-h139-…): deficits stated as findings (feet that can't tell ice from gravel in the Silverwood lot,
/// a head that spins looking up into the hayloft, a man who drifts into the wall of the narrow hall at night, a foot
/// that slaps the linoleum and catches the threshold, a hand that can't hold the hymnal open through a verse, a man who
/// overshoots the saddle horn) and notes that state none ("Deficit: per care plan", "Impairment: as before", Brent's
/// pasted SUBJECTIVE over "ASSESSMENT: Progressing.", "IMP: N/C");</item>
/// <item>class 5 (v5-h139-…): measures in every usual form (Mini-BESTest and a Four Square Step Test, a TUG with and
/// without a cognitive task, an FGA with gait speed, a text's distance and assistance for a 97116, loads in kilograms
/// for a 97110, transfers counted for a 97530, single-leg seconds on a log line) and notes with none ("Objective
/// findings: will test next visit", "OBJ: IMPROVING", a PCSM 97110's "Obj: —", "Measures: see last visit");</item>
/// <item>class 6 (v6-h139-…): minutes in these templates' forms ("Minutes by CPT: 97112 = 22; 97140 = 10", two "CPT …
/// X … MIN" lines, a text's "20m" and prime "12'", two stamped rows, two timers on a log, two minute boxes, a PT's and an
/// OT's code on the legacy lines) and true mismatches (a portal's 33 on 22, "CPT 97140 X 25 MIN" on 12, a text's "36m"
/// on 24, a slash form's second figure 28 on 14) and truly missing separate time ("Minutes by CPT: 37 total", "TOTAL
/// TIMED 36 MIN, 3 UNITS", a second code texted without minutes);</item>
/// <item>class 7 (v7-h139-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty two-code visit, line breaks only on a PTA's 97110, an empty 97140 with no diagnosis), the contract's
/// meanings for 97110 (Curt's one-liner of step-ups and squats), 97530 (an OT's wood-box and laundry tasks in the
/// portal), 97140 (lumbar PA glides by text) and 97116 (a cane on the ferry ramp), and wholly generic notes ("skilled
/// therapy per POC" in the portal, "PT TX PER POC. TOL WELL." on a 97110, a two-code text "ther ex + balance, tol well 👍
/// cont plan", an STBF narrative of "per plan of care" and "tolerated well");</item>
/// <item>ordinary (vord-h139-…): complete notes of this week from every employer that a reviewer passes (the
/// false-positive guard) — single- and two-code visits, adjuncts written apart (the DC's adjustment, ice by the aide, a
/// cash row), a note continued in a "NOTE CONT'D" record and one cut after it was complete — and the ordinary weak
/// ones: a complete note with no diagnosis, a claim whose diagnosis is the picker's "--Select Dx--", and a text's
/// minutes that differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — daughters, sons, wives, a mother, a
/// husband, a granddaughter, a CNA, a video interpreter, an ATC and a chiropractor (none of them a patient; Mr. Bauer, the
/// second sister in the casita, Mr. Pardue on the bike, Mr. Kangas in the ADL kitchen and Mr. Dykes on the next mat are), ages, dates of
/// service, authorisation numbers, visit numbers, times of day on log and text lines, step and box heights in inches,
/// loads in pounds and kilograms, band colours, girths and reach in centimetres, degrees, distances in feet, gait
/// speeds, counts of falls, transfers, steps, trips and cards — and each is written so that a reviewer cannot take it
/// for a billed code's minutes; a code's minutes are written next to the code, in its block's heading, in a minute box,
/// a stamped row, a timer line, a billing line, the portal's "Minutes by CPT" box or a legacy "X … MIN" line, or as a
/// clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the two that
/// fail for a visit's total ("Minutes by CPT: 37 total" and "TOTAL TIMED 36 MIN, 3 UNITS"); notes failed for want of a
/// measure carry no number but their code and its minutes.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes the
/// measure check only on an objective measure with a number and fails it only when the note has no number but its code
/// and its minutes; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure.
/// One-on-one is judged on the billed minutes: a family member, caregiver, interpreter, student or staff member in the
/// room does not undo a one-on-one statement, another patient treated in the same block does, and a therapist attending
/// someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what this week's notes could honestly be read either way on: a method whose own name
/// carries the deficit (LSVT BIG for Parkinson's, Frenkel for ataxia, Cawthorne-Cooksey for a vestibular loss) beside a
/// problem line that says nothing, the Dizziness Handicap Inventory or an ABC scale as a 97112's only number, cupping
/// and craniosacral work as a 97140's only technique, a text whose time stamps put a code's minutes on either side of
/// its texted figure, a "1:1" typed in a box whose drop-down beside it reads "Grp", a slash form whose second figure is
/// cut off, and a legacy record whose "NOTE CONT'D" repeats the first field with other numbers.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 104 of 110 cases agree (108 needed), and 2 of the 70 notes the reviewer passes got a finding, on the analyzer of 14e717a (the 2026-12-07 twentieth session after the hundred-and-thirty-seventh and hundred-and-thirty-eighth sets were worked through and two reviews, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session (6b8cb41): 108 of 110, no false positive — "seen alone", "1ON1 FLAG: N", a town named Post Falls. Left: "had Mr. Bauer on the rocker board next to her, we took turns", and "PROBLEM #1 — Imbalance (R26.81)" read as the deficit beside "Impairment: as before".</para>
/// </summary>
public class HeldOutNotesIssue18HundredThirtyNinthTests(ITestOutputHelper output)
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

        // QHPT Barre: "One-on-one, the only patient on my schedule; his daughter waited in the car"; perturbations in tandem on foam, stepping over the sap-bucket row, walking with head turns; slow protective step and sway; Berg and TUG; "Re:" 23 matches: passes.
        ["v1-h139-qhpt-only-patient-daughter-in-car"] = new(
            """
            Quarry Hill Physical Therapy, LLC — Barre
            Re: balance (Dr. Bell, neuro) — 97112 — 23 min — Jonah Pelletier, PT
            One-on-one, the only patient on my schedule; his daughter waited in the car.
            Perturbations in tandem on the foam, stepping over the row of sap buckets with a stop on cue, walking the hall with head turns.
            Deficit: slow protective step and sway; he stumbled hauling the last sap tank off the sled at the end of the season.
            Today: Berg 47/56; TUG 11.2 sec.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // THA Sandpoint: "Delivery (1:1/Grp/Conc): 1:1 — just pt, wife asleep in the car"; foam stance eyes closed, rocker board, stepping onto a moving-walkway mat; postural control stepping onto a moving surface; Mini-BESTest and perturbations; "97112 = 24" matches: passes.
        ["v1-h139-th-one-to-one-wife-asleep-in-car"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-05391    DOS 04/14/2026
            Provider: Lakeland Therapy Partners (Sandpoint)    Rendering: R. Voss PT DPT
            Delivery (1:1/Grp/Conc): 1:1 — just pt, wife asleep in the car
            Interventions (250 char max): foam stance EC, rocker bd A/P, step-on to the sliding mat pulled by me w/ stop, perturbations in stride stance
            Impairment targeted (150 char): postural control + late stepping; chairlift operator, lurches when the ramp chair hits his legs
            Objective findings (200 char): Mini-BEST 19/28; 6/10 perturbations w/o a step
            Minutes by CPT: 97112 = 24
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // CFPT Sparta: "PT SEEN ALONE IN THE BACK GYM, SON WAITED IN THE TRUCK"; foam stance with head turns, BAPS, tandem walk; proprioception in both feet; Berg and tandem seconds; "CPT 97112 X 22 MIN" matches: passes.
        ["v1-h139-cf-seen-alone-son-in-truck"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA          OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 04/14/26
            CPT 97112 X 22 MIN
            NOTE: PT SEEN ALONE IN THE BACK GYM, SON WAITED IN THE TRUCK. FOAM STANCE W/ HD TURNS, BAPS LVL 2 CW/CCW, TANDEM WALK IN HALL EC. IMP: DECR PROPRIOCEPTION B FEET, HAULED HAY 40 YRS, UNSTEADY ON THE LOFT LADDER. OBJ: BERG 45/56, TANDEM 9 SEC.
            """,
            ["R26.81", "E11.42"], [PT("97112", 22)], []),

        // SHT Green Valley text: "1:1 on the back patio, only me + him; daughter on a work call inside"; perturbations, foam with head turns, stepping over the hose; slow stepping; FGA and perturbations; "97112 23m" with stamps 23 apart: passes.
        ["v1-h139-sh-text-patio-daughter-on-call"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Green Valley
            [10:10a] 97112 23m — 1:1 on the back patio, only me + him; daughter on a work call inside. Perturbations in stride stance at the patio rail, foam pad stance w/ hd turns, stepping over the coiled hose w/ stop on cue
            [10:33a] problem: slow stepping reaction + sway, retired rural mail carrier, fell stepping off the patio edge in March
            [10:34a] FGA 19/30; 7/10 perturbations w/o a step
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // BMRH Hermiston: "Delivery: one-on-one; the Spanish interpreter on the iPad video" (an interpreter, not a patient); X1 viewing, walking with head turns, foam eyes closed; L vestibular hypofunction; DGI; heading 24 matches: passes.
        ["v1-h139-bmrh-interpreter-on-ipad"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (HERMISTON CLINIC)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 24 min — M. Ashby PT
            Delivery: one-on-one; the Spanish interpreter joined on the iPad video.
            X1 viewing against the striped card standing, then on foam; walking the hall with horizontal head turns; feet together on foam with eyes closed.
            Impairment: L vestibular hypofunction; the melon rows swim when she turns her head to call to the crew.
            Objective: DGI 16/24 (11 at eval).
            MODALITY ROOM: none today.
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // CCHR: "Resident seen: ☒ 1:1 — the CNA wheeled her down and went back to the hall"; marching on foam at the rail, reactive steps, tandem with head turns; posterior lean; Berg row and Tinetti; heading 22 matches: passes.
        ["v1-h139-cchr-cna-wheeled-her-down"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            PT DAILY NOTE
            SKILLED INTERVENTIONS THIS DATE — 97112 Neuromuscular re-education: 22 min
            Resident seen: ☒ 1:1 ☐ Concurrent ☐ Group — the CNA wheeled her down and went back to the hall.
            Marching on foam at the rail, reactive steps to light pushes at the sternum, tandem stance with head turns.
            Deficit: posterior lean and a late ankle strategy; she falls back into the chair reaching for her bingo card.
            Objective: Berg 38/56; Tinetti balance 9/16.
            Dolores Vang, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // TPT Worland PTA: "had Mr. Bauer on the rocker board next to her, we took turns" with the boxes left empty: another patient treated in the block: one-on-one missing; technique, deficit and measures present.
        ["v1-h139-tpt-pta-took-turns-with-mr-bauer"] = new(
            """
            TPT Worland · J. Sandoval PTA
            97112 = 22 min — 1:1 [ ] / grp [ ] — had Mr. Bauer on the rocker board next to her, we took turns
            tx/ foam tandem w/ hd turns, step-over hurdles on cue, lateral perturbations at the pelvis
            why/ postural sway + slow step, fell off the combine ladder in the fall
            #s/ tandem foam 7 s; Berg 46/56
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // SHT PTA in a casita: "ran her + her sister (both on our caseload) together, back + forth" — another patient treated in the block: one-on-one missing; all else present.
        ["v1-h139-sh-pta-two-sisters-in-the-casita"] = new(
            """
            TxtChart · Saguaro Home Therapy · T. Haugen PTA · home visit, Tucson
            [2:00p] 97112 22m — ran her + her sister (both on our caseload) together in the casita, back + forth; her: tandem stance at the counter, marching on the foam pad, stepping over the broom handle
            [2:22p] problem: somatosensory loss B feet w/ neuropathy, sways when the lights go off
            [2:23p] tandem 6 s; Berg 43/56
            """,
            ["E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // CFPT PTA with "[X] CONCURRENT" ticked and "MR PARDUE ON THE BIKE SAME TIME": another patient in the block: one-on-one missing; rocker board, foam, perturbations; vestibular loss; DGI and Berg present.
        ["v1-h139-cf-pta-concurrent-man-on-the-bike"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - MCMINNVILLE     OFFICEMATE PM 4.0   DAILY NOTE
            PROV: EARLENE PRUETT PTA     DOS 04/15/26     [ ] INDIVIDUAL  [ ] GROUP  [X] CONCURRENT
            CPT 97112 X 23 MIN
            NOTE: MR PARDUE ON THE BIKE SAME TIME, CHECKED HIM BETWEEN SETS. ROCKER BD EC, FOAM STANCE W/ HD TURNS, A/P PERTURBATIONS. IMP: R VESTIBULAR HYPOFUNCTION, VEERS R IN THE GREENHOUSE AISLES. OBJ: DGI 17/24, BERG 46/56.
            """,
            ["H81.21"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // STBF Ithaca narrative with "Time: Neuromuscular re-education (97112), 23 minutes." and no delivery word anywhere: one-on-one not stated; techniques, deficit and measures present.
        ["v1-h139-stbf-narrative-no-delivery-word"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mrs. Ruth Vanderhoef — Bram Oosterhuis, PT
            What we worked on: tandem walking on the foam beam, stepping to the floor targets I called, reactive steps to pushes at the shoulders.
            Why: slow reactive stepping and postural sway; she tipped into the canning shelves reaching for a jar.
            How she did: Berg 45/56; 6 of 8 pushes recovered with one step.
            Time: Neuromuscular re-education (97112), 23 minutes.
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // MPT Darien "Billing: 97112 NMR — 22 min" with no delivery word anywhere: one-on-one not stated; techniques, deficit and measures present.
        ["v1-h139-mpt-billing-line-no-delivery"] = new(
            """
            Marshside Physical Therapy & Balance — Darien
            Daily Note
            Today: perturbations in tandem on the foam, stepping over the dock cleats on cue, walking the hall with head turns.
            Problem: sway and a late stepping reaction; he loses his footing when the ferry ramp moves under him.
            Objective: Berg 48/56; tandem on foam 10 sec.
            Billing: 97112 NMR — 22 min
            Jamal Whitfield, PT, OCS
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SCMH Negaunee OT 97530 in the ADL kitchen "with Mr. Kangas baking beside her in his own OT session" (97530 has no one-on-one check); pulling a pan from the oven, carrying a pot to the sink, reaching to the upper cupboard; L grip and standing balance; counts and assistance; "97530 ▸ 20 min" matches: passes.
        ["v1-h139-scmh-ot-97530-adl-kitchen-beside-another"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Aili Saari
            EPISODE A: L hemiparesis    ICD-10: I69.354
            Timed: 97530 ▸ 20 min
            In the ADL kitchen, with Mr. Kangas baking beside her in his own OT session.
            Interventions: pulling a loaf pan from the oven with mitts, carrying a half-full pot to the sink, reaching mugs to the upper cupboard standing.
            Impairment: L grip weakness and poor standing balance reaching after the R MCA stroke; she drops the pan at home.
            Measures: 3 of 3 pans out with SBA; pot carried 8 ft x 4 with CGA; 6 of 8 mugs to the shelf.
            Completed by: Marit Salo, OTR/L
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // CFPT PTA 97110 "MR DYKES ON THE NEXT MAT DOING HIS OWN EXS" (97110 has no one-on-one check); bridges, SAQ, clamshells with doses; L hip and quad weakness; "CPT 97110 X 15 MIN": passes.
        ["v1-h139-cf-pta-97110-next-mat"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: EARLENE PRUETT PTA     DOS 04/16/26
            CPT 97110 X 15 MIN
            NOTE: MR DYKES ON THE NEXT MAT DOING HIS OWN EXS. BRIDGES 3X15, SAQ 3 LB 3X15, CLAMSHELLS RED BAND 3X12, STEP-UPS 4 IN 2X10. IMP: L HIP + QUAD WEAKNESS AFTER L THA, CANT STEP UP INTO THE CHURCH VAN.
            """,
            ["Z96.642", "Z47.1"], [PTA("97110", 15)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // RBC Wilton PT "One-on-one: (Y) / N" with the Y circled; rocker board, foam tandem with head turns, hurdle stepping; R ankle proprioception; Berg and rocker seconds; the DC's adjustment apart: passes.
        ["v2-h139-rbc-y-circled-dc-line-apart"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 23 min
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            One-on-one:  (Y) / N
            Rocker board A/P with eyes closed, foam tandem with head turns, stepping over the hurdle row forward and sideways.
            Deficit: R ankle proprioception after the sprain in the sale-barn alley; he rolls it on the manure-packed ruts.
            Berg 50/56; rocker board 12 sec without an edge touch.
            CHIROPRACTIC (Dr. Vollmer — billed by the DC, not part of this PT note): adjustment to the lumbar spine afterwards.
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // RBC Muscatine PTA "One-on-one:  Y / N" with neither letter circled and nothing else on delivery: not stated; foam, perturbations, clock stepping; sensory loss; tandem seconds and Berg present.
        ["v2-h139-rbc-pta-neither-letter-circled"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 22 min
            Who: [ ] PT  [X] PTA  [ ] CA      Becca Ehlers, PTA
            One-on-one:  Y / N
            Foam stance with eyes closed, lateral perturbations in tandem, clock stepping to the numbers I called.
            Deficit: sensory loss in both feet; she can't feel the edge of the riverfront steps.
            Tandem on foam 6 sec; Berg 44/56.
            """,
            ["G62.9"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PDPT Florence, Lamar's dropdown left "One-on-one (all timed minutes): --Select--" and nothing else on delivery: not stated; techniques, deficit and measures present; grid 23 matches.
        ["v2-h139-pdpt-dropdown-left-select"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Lamar Sellers, PT
            SUBJECTIVE: Plays the organ at First Baptist; nearly fell stepping down from the organ bench Sunday.
            OBJECTIVE: Berg 46/56. TUG 11.8 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 23
            ASSESSMENT: Step-downs from a 6 inch step with perturbations, foam stance with head turns, tandem walking along the mirror. Slow stepping reaction and postural sway stepping down.
            PLAN: continue.
            ATTESTATION: One-on-one (all timed minutes): --Select--
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PVRHC Walsenburg, Rosalind's printed box ticked "[X] One-on-one for all timed minutes"; weight shifts on the rocker board, foam tandem, stepping over sandbags; L ankle proprioception; SLS and rocker seconds; grid 22 matches: passes.
        ["v2-h139-pvrhc-printed-box-ticked"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Walsenburg
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Pt reports the ankle still rolls on the ditch bank.
            OBJECTIVE: SLS L 8 s, R 21 s. Rocker board 11 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 22
            Rocker board A/P and M/L, foam tandem with ball catches, stepping over the sandbag row leading with the L.
            ASSESSMENT: L ankle proprioception poor after the sprain irrigating the bean field.
            PLAN: continue POC.
            ATTESTATION: [X] One-on-one for all timed minutes
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // CFPT "1ON1 FLAG: N" — the system's one-on-one field answered no, nothing else on delivery: one-on-one missing; foam, tandem, perturbations; ataxia; Berg and tandem seconds present.
        ["v2-h139-cf-one-on-one-flag-n"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - MCMINNVILLE     OFFICEMATE PM 4.0   DAILY NOTE
            PROV: DWAYNE KITTRELL PT     DOS 04/15/26     1ON1 FLAG: N
            CPT 97112 X 24 MIN
            NOTE: FOAM STANCE EO/EC, TANDEM WALK ON THE LINE, LAT PERTURBATIONS, HEEL TO TARGET STEPPING. IMP: ATAXIA B LE + WIDE BASE AFTER CEREBELLAR CVA, STAGGERS IN THE NURSERY ROWS. OBJ: BERG 41/56, TANDEM 4 SEC.
            """,
            ["I69.393"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // THA PTA "Delivery (1:1/Grp/Conc): Grp" — a group, not one-on-one: one-on-one missing; foam, step-and-stick, perturbations; slow stepping; Berg and perturbations present.
        ["v2-h139-th-pta-delivery-grp"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-05420
            Provider: Lakeland Therapy Partners (Post Falls)    Rendering: C. Ashgrove PTA
            Delivery (1:1/Grp/Conc): Grp
            Interventions (250 char max): foam stance w/ hd turns, step-and-stick fwd + lat, perturbations in tandem
            Impairment targeted (150 char): slow stepping reaction + sway, trips on the dock cleats
            Objective findings (200 char): Berg 47/56; 5/8 perturbations w/o a step
            Minutes by CPT: 97112 = 22
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // SHT quick reply tapped "Delivery? ▸ [1:1 ✓] [Group] [Concurrent]"; weight shifts, step-and-stick, reactive steps; L hemiparesis with late L step; weight-bearing percent and step-and-sticks; "97112 24m": passes.
        ["v2-h139-sh-quick-reply-tapped"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Oro Valley
            Delivery? ▸ [1:1 ✓] [Group] [Concurrent]
            [8:30a] 97112 24m: wt shifts onto L at the kitchen island, step-and-stick onto the foam pad, reactive steps to my pushes at the pelvis
            [8:54a] problem: L hemiparesis after R CVA, late L step + won't load the L leg
            [8:55a] L wt bearing 41% on the bathroom scales; 6/8 step-and-sticks w/o a hand
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // SCMH Marquette "Attendance: ☒ 1:1 ☐ Concurrent ☐ Group"; foam with head turns, rocker board, reactive steps; vestibular and proprioceptive deficit; Berg and rocker seconds; "97112 ▸ 23 min": passes.
        ["v2-h139-scmh-attendance-one-to-one-ticked"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Eino Perttula
            EPISODE A: Imbalance    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: foam stance with head turns, rocker board M/L with eyes closed, reactive stepping to pushes at the shoulders.
            Impairment: impaired ankle proprioception and slow reactive steps; he staggers on the quarry bench gravel.
            Measures: Berg 46/56; rocker board 10 sec without an edge touch.
            Completed by: Gabe Niemi, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // THA "Impairment targeted (150 char):" box left empty and nothing else naming a deficit, system or region: deficit missing; 1:1, rocker board, foam, hurdles; Berg and perturbations present.
        ["v2-h139-th-impairment-box-empty"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-05466    DOS 04/16/2026
            Provider: Lakeland Therapy Partners (Coeur d'Alene)    Rendering: R. Voss PT DPT
            Delivery (1:1/Grp/Conc): 1:1
            Interventions (250 char max): rocker bd EC, tandem on foam w/ ball toss, stepping over hurdles w/ a pause, perturbations in stride stance
            Impairment targeted (150 char):
            Objective findings (200 char): Berg 45/56; 7/10 perturbations w/o a step
            Minutes by CPT: 97112 = 23
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // CST Stillwater "TX: ______" left blank and no technique named anywhere; 1:1 Y, deficit and measures present, no generic phrase: technique missing.
        ["v2-h139-cst-tx-line-blank"] = new(
            """
            CST GERI VISIT — Stillwater          Bao Tran, PT
            FALLS SINCE LAST VISIT: one, in the bathroom at night   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 22 min
            TX: ______
            PROBLEM: posterior lean and a late stepping reaction; she falls back against the sink turning from it.
            OBJECTIVE: Berg 40/56; TUG 15.2 s with the walker.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // PDPT Hartsville, Shonda's "OBJECTIVE: N/A" and no number anywhere but the code and its minutes: measure missing on 97112; dropdown "Yes", techniques and deficit present.
        ["v2-h139-pdpt-shonda-objective-na"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Shonda Gause, PTA
            SUBJECTIVE: N/A
            OBJECTIVE: N/A
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 22
            ASSESSMENT: Perturbations in tandem on the foam, stepping over the cane row, walking with head turns. Postural sway and a slow step; she grabs the pew back turning to leave.
            PLAN: N/A
            ATTESTATION: One-on-one (all timed minutes): Yes
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // SCTH Shelby's code boxes "☐ 97112 [   ] min  ☐ 97110 [   ] min  ☑ 97116 [ 21 ] min" with only the billed one filled; walker-to-cane gait with distance and assistance; short R step; passes.
        ["v2-h139-scth-shelby-only-billed-box-filled"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            ☐ 97112 [   ] min   ☐ 97110 [   ] min   ☑ 97116 [ 21 ] min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            Treatment (97116): gait training with the cane on the hall, the ramp and the curb cut out front, cues for a longer R step and heel strike.
            Impairment targeted: short R step and R hip weakness after the R THA; she catches the curb crossing to the school as a crossing guard.
            Measures: 350 ft with the cane, SBA; curb up and down with CGA.
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 21)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // STBF Corning: lean-and-release reactive balance training forward and backward with a belt, then stepping to targets; one-on-one; slow compensatory step; Mini-BESTest reactive section and releases; 24 matches: passes.
        ["v3-h139-stbf-lean-and-release"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mr. Harold Kisiel — Dr. Naomi Castellucci, PT, DPT, NCS
            What we worked on: lean-and-release reactive balance training — he leaned into the belt forward, backward and to each side and I let go without warning; then stepping to the floor targets with a stop.
            Why: slow, too-short compensatory step; he goes down backward when the quarry truck door swings open against him.
            How he did: Mini-BESTest reactive section 3/6 (1/6 at intake); 7 of 12 releases caught with a single step.
            Time: Neuromuscular re-education (97112), 24 minutes, one-on-one.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // SCTH Maren: Brock-string convergence, saccade training between two targets and smooth pursuit for a post-concussion oculomotor deficit; one-on-one; near point of convergence and saccade count; "97112 — 23 min": passes.
        ["v3-h139-scth-maren-brock-string-saccades"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Visit 5 | Appt 3:40 PM
            CPT / min: 97112 — 23 min
            Attendance: one-on-one in the vestibular room; her mother waited in the lobby.
            Treatment: Brock string convergence at three beads, horizontal saccades between two letter charts standing, smooth pursuit tracking a pen with the head still, then the same walking.
            Impairment targeted: convergence insufficiency and impaired saccades after the concussion at the rodeo; the words jump on the page in chemistry class.
            Measures: near point of convergence 11 cm (18 cm at eval); 32 accurate saccades in the drill (22 last week).
            """,
            ["S06.0X0D", "H51.11"], [PT("97112", 23)], []),

        // BHSS Spearfish: split-belt treadmill trip perturbations in the harness and slip training; one-on-one; reactive stepping after a hip fracture; trips recovered and gait speed; row 22 matches: passes.
        ["v3-h139-bhss-split-belt-trips"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97112 NMR | Tessa Lindahl PT | 22 min
            Delivery: one-on-one in the harness, the ATC spotted the treadmill controls.
            NMR: perturbation training on the split-belt treadmill — unannounced trips of the L belt and slips of the R belt in the overhead harness, walking at her own pace between.
            Deficit: slow, short recovery step after the hip fracture; she trips on the groomed greens edge mowing as a groundskeeper.
            Objective: 8 of 12 trips recovered without the harness taking load (3 of 12 at eval); gait speed 1.05 m/s.
            """,
            ["S72.001D", "R26.81"], [PT("97112", 22)], []),

        // RSP Anacortes 97140: manual lymph drainage (Vodder) of the L leg after a groin node dissection; L leg lymphoedema; girths in centimetres; "(21')" and the range match: passes.
        ["v3-h139-rsp-manual-lymph-drainage"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 15.04.2026 · ferry deckhand, 57 y
            97140 MT 14.05–14.26 (21')
            Setting: in the treatment room.
            Tx: manual lymph drainage (Vodder) — clearing the L axillo-inguinal anastomosis, then the L thigh, knee and lower leg in sequence; short-stretch bandage reapplied.
            Problem: L leg lymphoedema after the groin node dissection; the boot won't lace over the ankle by the end of a shift.
            Measures: girth 10 cm above the malleolus 27.5 cm (29.0 cm last visit); at the knee 41 cm.
            """,
            ["I89.0", "C43.72"], [PT("97140", 21)], []),

        // TVMC Dover 97140: grade V thoracic thrust manipulation and grade III rib glides; stiff mid-back with pain on rotation; rotation degrees; timer 10 matches: passes.
        ["v3-h139-tvmc-thoracic-thrust-manipulation"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (DOVER) · activity log
            08:20 97140 timer started (T. Gerber, PT)
            08:21 Supine grade V thoracic thrust manipulation at T6–7, grade III rib glides R 6th and 7th, STM to the R paraspinals
            08:25 Impairment: stiff mid-thoracic segments and pain turning R; beekeeper, can't twist to lift the supers
            08:30 97140 timer stopped — 10 min
            08:31 Objective: seated thoracic rotation R 28° → 41° after
            """,
            ["M54.6"], [PT("97140", 10)], []),

        // PCSM Brookings 97110: the McGill big three (curl-up, side plank, bird dog) with holds and repetitions; lumbar extensor and core endurance; side-plank seconds; heading 14 matches: passes.
        ["v3-h139-pcsm-mcgill-big-three"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT | pt: Dale Stoltenberg, wheat farmer
            97110 TE — 14 min
            Tx: McGill big three — modified curl-up 10 s holds x 6, side plank from the knees 10 s x 5 each side, bird dog 10 s x 6 each side | hip hinge with the dowel 2x10
            Imp: poor lumbar extensor and trunk endurance, low back gives out climbing the combine ladder
            Obj: side plank R 22 s / L 18 s; Sorensen hold 41 s
            """,
            ["M54.50"], [PT("97110", 14)], []),

        // CFPT OT 97530: BTE Primus work simulation (lifting, pushing a loaded cart, overhead reach) for a return to the hymnal bindery; R shoulder weakness; loads and counts; "CPT 97530 X 20 MIN": passes.
        ["v3-h139-cf-ot-bte-work-simulation"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA          OFFICEMATE PM 4.0   DAILY NOTE
            PROV: WANDA SELLS OTR     DOS 04/14/26
            CPT 97530 X 20 MIN
            NOTE: BTE PRIMUS WORK SIMULATION - FLOOR TO WAIST LIFT 15 LB X 10, CART PUSH 40 LB 3 X 50 FT, OVERHEAD SHELF REACH W/ 3 LB BOX X 12. IMP: R SHOULDER FLEX + ER WEAKNESS AFTER RCR, CANT LIFT THE HYMNAL BUNDLES TO THE TOP RACK. OBJ: 12/12 REACHES W/O TRUNK LEAN, GRIP R 52 LB.
            """,
            ["M75.121", "Z98.890"], [OT("97530", 20)], []),

        // THA the plan's own programme as the whole intervention ("StrongSteps wk 6 per plan protocol") names no technique; 1:1, deficit (slow stepping, sway on the boat ramp) and Berg and TUG present, no generic phrase: technique missing.
        ["v3-h139-th-strongsteps-week-6-only"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-05502
            Provider: Lakeland Therapy Partners (Sandpoint)    Rendering: R. Voss PT DPT
            Delivery (1:1/Grp/Conc): 1:1
            Interventions (250 char max): StrongSteps wk 6 per plan protocol
            Impairment targeted (150 char): slow stepping reaction + sway on the boat ramp, 2 falls since Christmas
            Objective findings (200 char): Berg 46/56; TUG 12.2 s
            Minutes by CPT: 97112 = 23
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // MPT Brunswick PTA 97110 "Otago exercises per the booklet" naming the exercises with no sets, repetitions, load or any number but the code and its minutes: measure missing on 97110; bilateral leg weakness present.
        ["v3-h139-mpt-pta-otago-per-booklet"] = new(
            """
            Marshside Physical Therapy & Balance — Brunswick
            Daily Note
            Today: Otago exercises per the booklet — knee extension with the cuff weight, side hip raises, calf raises, toe raises, sit-to-stand.
            Problem: weakness in both legs; she can't get up off the low porch glider without rocking.
            Billing: 97110 TE — 15 min
            Ashlyn Pruitt, PTA
            """,
            ["M62.81"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // CFPT PNF D1/D2 and rhythmic stabilisation with "IMP: SEE EVAL" and nothing else naming a deficit, system or region: deficit missing; "[X] INDIVIDUAL", Berg and tandem present.
        ["v3-h139-cf-pnf-imp-see-eval"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 04/16/26     [X] INDIVIDUAL  [ ] GROUP  [ ] CONCURRENT
            CPT 97112 X 23 MIN
            NOTE: PNF D1/D2 LE IN STANDING W/ MANUAL RESISTANCE, RHYTHMIC STAB IN HALF KNEEL, ALTERNATING ISOMETRICS IN STRIDE STANCE. IMP: SEE EVAL. OBJ: BERG 47/56, TANDEM 11 SEC.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // THA: "feet can't tell ice from gravel in the Silverwood lot" (somatosensory loss as a finding); 1:1; foam eyes closed, textured mats, perturbations; mCTSIB foam seconds and Berg; "97112 = 22": passes.
        ["v4-h139-th-cant-tell-ice-from-gravel"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-05533    DOS 04/15/2026
            Provider: Lakeland Therapy Partners (Coeur d'Alene)    Rendering: R. Voss PT DPT
            Delivery (1:1/Grp/Conc): 1:1
            Interventions (250 char max): foam stance EC, walking the textured mats EC, A/P perturbations in narrow stance
            Impairment targeted (150 char): feet can't tell ice from gravel in the Silverwood lot, looks down to walk; B foot sensation poor
            Objective findings (200 char): mCTSIB foam EC 8 s; Berg 47/56
            Minutes by CPT: 97112 = 22
            """,
            ["G62.9"], [PT("97112", 22)], []),

        // CFPT: "HEAD SPINS WHEN HE LOOKS UP INTO THE HAYLOFT" (vestibular deficit as a finding); X1 viewing, head turns walking, pitch head movements on foam; 1ON1 FLAG Y; DGI; "CPT 97112 X 23 MIN": passes.
        ["v4-h139-cf-head-spins-looking-up-into-the-hayloft"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - MCMINNVILLE     OFFICEMATE PM 4.0   DAILY NOTE
            PROV: DWAYNE KITTRELL PT     DOS 04/17/26     1ON1 FLAG: Y
            CPT 97112 X 23 MIN
            NOTE: X1 VIEWING SITTING THEN STANDING, WALK W/ HD TURNS IN HALL, PITCH HD MVMTS ON FOAM. IMP: HEAD SPINS WHEN HE LOOKS UP INTO THE HAYLOFT, L VESTIBULAR HYPOFUNCTION. OBJ: DGI 16/24, 10 HD TURNS WALKING W/O A SIDESTEP.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // SHT: "drifts into the wall going down the narrow hall at night" (postural control in the dark as a finding); 1:1; foam eyes closed, hall walking eyes closed with a spot, tandem; Romberg and FGA; "97112 22m": passes.
        ["v4-h139-sh-drifts-into-the-hall-wall-at-night"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Tucson
            [3:15p] 97112 22m 1:1: foam pad stance EC at the counter, hall walk EC w/ me spotting, tandem stance by the bedroom door
            [3:37p] problem: drifts into the wall going down the narrow hall to the bathroom at night, leans on vision, poor sensory reweighting
            [3:38p] Romberg EC 14 s; FGA 18/30
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // PTH Galax 97116: "her L foot slaps the linoleum and catches the threshold" (foot drop as a finding); walker gait over the threshold with cues; distance and assistance; box 21 matches: passes.
        ["v4-h139-pth-foot-slaps-the-linoleum-97116"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Rhonda Sizemore, PT
            Present: son in the kitchen
            97116 [ 21 ] min
            Tx: gait training with the walker kitchen → back door → porch, over the threshold strip, cues for L hip and knee flexion and heel first
            Problem: her L foot slaps the linoleum and catches the back-door threshold — L foot drop after the stroke
            Assist/Dist: 120 ft x 3 with the walker, CGA over the threshold, SBA on the linoleum
            """,
            ["I69.354", "M21.372"], [PT("97116", 21)], []),

        // KRMC Carlyle OT 97530: "she can't hold the hymnal open with her R hand through a verse" (grip endurance as a finding); page turning, holding a book, carrying a plate; counts and seconds; heading 19 matches: passes.
        ["v4-h139-krmc-ot-cant-hold-the-hymnal-open"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (CARLYLE)
            OT DAILY NOTE — VISIT 6
            TREATMENT TODAY — CPT 97530 THERAPEUTIC ACTIVITIES — 19 MIN
            Holding a hymnal open standing with the R hand while turning pages with the L, carrying a dinner plate from the counter to the table, opening jars from the pantry.
            Impairment: she can't hold the hymnal open with her R hand through a verse; R grip endurance and thumb weakness after the wrist fracture.
            Today: hymnal held 75 s (40 s last visit); 4 of 4 plates carried with SBA; 2 of 3 jars opened.
            Renata Quist, OTR/L
            """,
            ["S52.501D"], [OT("97530", 19)], []),

        // BHBR Worland: "he overshoots reaching for the saddle horn and knocks his coffee off the tailgate" (dysmetria and ataxia as a finding); 1:1; Frenkel-style heel-to-target stepping, tandem, finger-to-target in standing; Berg and targets hit; stamped row 24: passes.
        ["v4-h139-bhbr-overshoots-the-saddle-horn"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 09:05 ■ STOP 09:29 = 24 MIN
            1:1 throughout.
            NMR: heel-to-target stepping to the floor dots slowly then to a count, tandem walking along the rail, reaching to touch targets on the wall while standing on foam.
            Impairment: dysmetria and ataxia in the R arm and leg after the cerebellar bleed; he overshoots reaching for the saddle horn and knocks his coffee off the tailgate.
            Objective: Berg 44/56; 7 of 10 floor targets hit (4 of 10 at eval).
            Maren Thorsby, PT
            """,
            ["I69.193"], [PT("97112", 24)], []),

        // CCHR Kurt (PTA) "Deficit: per care plan" and nothing else naming a deficit, system or region: deficit missing; ☒ 1:1, techniques and Berg present.
        ["v4-h139-cchr-deficit-per-care-plan"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            PT DAILY NOTE
            SKILLED INTERVENTIONS THIS DATE — 97112 Neuromuscular re-education: 22 min
            Resident seen: ☒ 1:1 ☐ Concurrent ☐ Group
            Tandem stance at the rail with head turns, stepping over the cane on the floor, reactive steps to pushes.
            Deficit: per care plan.
            Objective: Berg 41/56; 5 of 6 pushes recovered with one step.
            Kurt Engebretsen, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // TRMC Mayfield PTA "Impairment: as before" and nothing else naming a deficit, system or region: deficit missing; one-on-one, techniques and measures present.
        ["v4-h139-trmc-impairment-as-before"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MAYFIELD)
            Pt: Virgil Oakley. Corey Bratcher, PTA
            PROBLEM #1 — Imbalance (R26.81), referred by Tri-Rivers Family Medicine
              97112 — 23 min
              One-on-one in the small gym.
              Rocker board A/P with eyes closed, foam tandem with head turns, stepping over the cane row on a called side.
              Impairment: as before.
              Measures: Berg 48/56; rocker board 12 sec.
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // CBH Hayward, Brent's SUBJECTIVE pasted from last week and "ASSESSMENT: Progressing." with nothing naming a deficit, system or region: deficit missing; attestation, techniques in the grid's note and measures present.
        ["v4-h139-cbh-brent-assessment-progressing"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Brent Hakala, PTA
            SUBJECTIVE: Pt reports doing HEP daily. Pt reports doing HEP daily.
            OBJECTIVE: SLS on the Airex L 9 s; 6 of 10 lateral hops stuck.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 22
            Airex single-leg stance with ball tosses, lateral hops to a stick, band perturbations at the hips.
            ASSESSMENT: Progressing.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["S93.402D"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // CFPT "IMP: N/C" (no change) and nothing else naming a deficit, system or region: deficit missing; 1ON1 FLAG Y, techniques, Berg and TUG present.
        ["v4-h139-cf-imp-no-change"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA          OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 04/17/26     1ON1 FLAG: Y
            CPT 97112 X 22 MIN
            NOTE: ROCKER BD EC, FOAM STANCE W/ HD TURNS, STEP OVER HURDLES W/ STOP. IMP: N/C. OBJ: BERG 46/56, TUG 11.9 SEC.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // THA Mini-BESTest and a Four Square Step Test; 1:1; perturbations, foam stepping, obstacle course; slow stepping; "97112 = 23": passes.
        ["v5-h139-th-mini-best-and-fsst"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-05577    DOS 04/16/2026
            Provider: Lakeland Therapy Partners (Post Falls)    Rendering: R. Voss PT DPT
            Delivery (1:1/Grp/Conc): 1:1 — pt only
            Interventions (250 char max): perturbations in stride stance, multidirectional stepping on foam to cones, obstacle walk w/ a stop + turn
            Impairment targeted (150 char): slow multidirectional stepping + narrow limits of stability, trips on the marina ramp
            Objective findings (200 char): Mini-BEST 21/28; FSST 12.6 s
            Minutes by CPT: 97112 = 23
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // CFPT TUG alone and with a cognitive task ("TUG 11.4 SEC, TUG-COG 14.9 SEC"); 1ON1 FLAG Y; dual-task walking, foam stance, perturbations; dual-task deficit; "CPT 97112 X 24 MIN": passes.
        ["v5-h139-cf-tug-and-tug-cog"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA          OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 04/15/26     1ON1 FLAG: Y
            CPT 97112 X 24 MIN
            NOTE: DUAL TASK WALKING COUNTING BACK BY 3S, FOAM STANCE W/ HD TURNS, A/P PERTURBATIONS WHILE NAMING HYMNS. IMP: POOR DUAL TASK BALANCE, STOPS WALKING TO TALK, STUMBLES CARRYING THE COLLECTION PLATE. OBJ: TUG 11.4 SEC, TUG-COG 14.9 SEC.
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // STBF Elmira PTA: FGA with gait speed; one-on-one; head-turn and pivot walking, walking on foam, narrow base; unsteady gait with head movement; 22 matches: passes.
        ["v5-h139-stbf-pta-fga-and-gait-speed"] = new(
            """
            Southern Tier Balance and Falls Clinic — Elmira
            STBF Visit Narrative — Mrs. Lucille Dombrowski — Leticia Fairweather, PTA
            What we worked on: walking with horizontal and vertical head turns, pivot turns on a called word, walking the foam beam with a narrow base.
            Why: unsteady when she moves her head walking; she veers off the Greenway path looking at the river.
            How she did: FGA 21/30 (16/30 at intake); gait speed 0.94 m/s.
            Time: Neuromuscular re-education (97112), 22 minutes, one-on-one.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // SHT PTA 97116 texted with distance and assistance ("260 ft rollator SBA, 40 ft CGA on the gravel"); gait with cues; short steps and shuffling; "97116 19m": passes.
        ["v5-h139-sh-pta-rollator-distance-97116"] = new(
            """
            TxtChart · Saguaro Home Therapy · T. Haugen PTA · home visit, Green Valley
            [9:40a] 97116 19m: gait trng w/ rollator bedroom → front door → gravel walk to the mailbox, cues for heel strike + longer steps, brakes at the turn
            [9:59a] problem: short shuffling steps + flexed trunk, R knee OA
            [10:00a] 260 ft rollator SBA on tile, 40 ft CGA on the gravel
            """,
            ["M17.11", "R26.89"], [PTA("97116", 19)], []),

        // BHSS Sturgis PTA 97110 with loads in kilograms; R quad weakness after a patellar tendon repair; row 16 matches: passes.
        ["v5-h139-bhss-pta-97110-kilograms"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97110 TE | Mikayla Schade PTA | 16 min
            TE: leg press 45 kg 3x10, Spanish squat with the band 3 x 30 s holds, step-ups onto a 20 cm box 3x8, knee extension 10 kg 3x12.
            Deficit: R quad weakness after the patellar tendon repair; he can't lower himself down the bucking-chute ladder watching his son ride.
            """,
            ["S76.111D"], [PTA("97110", 16)], []),

        // CCHR OT 97530 with transfers counted and assistance ("5 of 5 toilet transfers SBA"); grab-bar transfers, pulling up pants standing, reaching the towel bar; L hip weakness; heading 21 matches: passes.
        ["v5-h139-cchr-ot-transfers-counted"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            OT DAILY NOTE
            SKILLED INTERVENTIONS THIS DATE — 97530 Therapeutic activities: 21 min
            Toilet transfers with the grab bar, pulling up her slacks standing with one hand on the bar, reaching the towel bar and turning back to the walker.
            Deficit: L hip weakness and poor standing balance after the L hip fracture; she sits back down before her slacks are up.
            5 of 5 toilet transfers with SBA; clothing managed standing 3 of 4 trials; towel bar reached 4 of 4 with CGA.
            Farah Nadeem, OTR/L
            """,
            ["S72.002D"], [OT("97530", 21)], []),

        // TVMC Sugarcreek log with single-leg seconds on a log line; 1:1 on the start line; rocker board, foam, hop-and-stick; L ankle proprioception; timer 23 matches: passes.
        ["v5-h139-tvmc-log-single-leg-seconds"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (SUGARCREEK) · activity log
            15:10 97112 timer started (R. Stutzman, PT) — 1:1
            15:11 Rocker board M/L eyes closed, foam single-leg stance with ball catches, small hop-and-stick onto the foam
            15:22 Impairment: L ankle proprioception after the sprain on the buggy step
            15:33 97112 timer stopped — 23 min
            15:34 Objective: SLS L eyes closed 7 s (R 19 s); 6 of 10 sticks held
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // THA "Objective findings (200 char): will test next visit" and no number but the code and its minutes: measure missing; 1:1, techniques and deficit present.
        ["v5-h139-th-objective-will-test-next-visit"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail
            Provider: Lakeland Therapy Partners (Sandpoint)    Rendering: R. Voss PT DPT
            Delivery (1:1/Grp/Conc): 1:1
            Interventions (250 char max): rocker bd EC, tandem on foam w/ hd turns, perturbations in stride stance
            Impairment targeted (150 char): R ankle proprioception after the sprain on the lift-line ice
            Objective findings (200 char): will test next visit
            Minutes by CPT: 97112 = 22
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // CFPT "OBJ: IMPROVING" and no number but the code and its minutes: measure missing; "[X] INDIVIDUAL", techniques and deficit present.
        ["v5-h139-cf-obj-improving"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - MCMINNVILLE     OFFICEMATE PM
            PROV: DWAYNE KITTRELL PT     [X] INDIVIDUAL  [ ] GROUP  [ ] CONCURRENT
            CPT 97112 X 23 MIN
            NOTE: FOAM STANCE EC, TANDEM WALK W/ HD TURNS, LAT PERTURBATIONS. IMP: POSTURAL SWAY + SLOW STEPPING, LOSES BALANCE PULLING WEEDS IN THE SHADE HOUSE. OBJ: IMPROVING.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // PCSM Yankton PTA 97110 "Obj: —" with exercises named and no sets, repetitions, load or number but the code and its minutes: measure missing on 97110; deficit present.
        ["v5-h139-pcsm-pta-97110-obj-dash"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Arlene Hofer, retired school cook
            97110 TE — 15 min
            Tx: wall slides | prone Y and T | band rows | sidelying ER
            Imp: R shoulder weakness after the RCR, can't reach the top cupboard for the canning jars
            Obj: —
            """,
            ["M75.121", "Z98.890"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // SCTH Tessa copied forward with "Measures: see last visit" and no number but the code and its minutes: measure missing; ☑ 1:1, techniques and deficit present.
        ["v5-h139-scth-tessa-measures-see-last-visit"] = new(
            """
            SCTH Daily v3 — Tessa Lindqvist, PT, DPT
            [copied forward from last Thursday — reviewed/updated]
            CPT / min: 97112 — 22 min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            Treatment: foam stance with head turns, perturbations in tandem, stepping over the cones on a called colour.
            Impairment targeted: postural control and a late step; she catches her toe on the sanctuary runner.
            Measures: see last visit.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, missing separate time

        // THA "Minutes by CPT: 97112 = 22; 97140 = 10", both match; 1:1; NMR and MT each named; ankle proprioception and DF stiffness; SLS, perturbations and knee-to-wall: passes.
        ["v6-h139-th-minutes-by-cpt-nmr-and-manual"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-05610    DOS 04/17/2026
            Provider: Lakeland Therapy Partners (Sandpoint)    Rendering: R. Voss PT DPT
            Delivery (1:1/Grp/Conc): 1:1
            Interventions (250 char max): NMR: rocker bd EC, foam SLS w/ ball toss, perturbations in tandem | MT: talocrural post glides gr III, STM L peroneals
            Impairment targeted (150 char): L ankle proprioception + DF stiffness after the sprain on the dock ladder
            Objective findings (200 char): SLS foam L 10 s; 6/10 perturbations w/o a step; knee-to-wall L 7 cm (R 11)
            Minutes by CPT: 97112 = 22; 97140 = 10
            """,
            ["S93.402D"], [PT("97112", 22), PT("97140", 10)], []),

        // CFPT two codes on their "X MIN" lines (97112 23, 97530 15), both match; "[X] INDIVIDUAL"; foam and perturbations with Berg; loft-ladder and hay-bale tasks with counts; postural control and grip: passes.
        ["v6-h139-cf-x-min-nmr-and-activities"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 04/16/26     [X] INDIVIDUAL  [ ] GROUP  [ ] CONCURRENT
            CPT 97112 X 23 MIN
            CPT 97530 X 15 MIN
            NOTE: 97112 FOAM STANCE W/ HD TURNS, A/P PERTURBATIONS, STEP OVER HURDLES. 97530 CLIMBING THE 4 RUNG LADDER + BACK DOWN, CARRYING A 20 LB FEED SACK 30 FT X 4, LIFTING A SQUARE BALE FLOOR TO WAIST X 5. IMP: POSTURAL CONTROL + SLOW STEPPING, WEAK GRIP FOR THE BALE TWINE. OBJ: BERG 47/56, LADDER 3/3 W/ SBA.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97530", 15)], []),

        // SHT text "97116 20m" and "97110 12'" (prime minutes), both match; walker gait with distance and SBA; doses; L knee weakness after a replacement: passes.
        ["v6-h139-sh-text-m-and-prime"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Oro Valley
            [1:00p] 97116 20m: gait trng w/ SPC around the patio, the step down to the yard + the gravel to the gate, cues L knee flex in swing
            [1:20p] 97110 12': step-ups on the patio step 3x10, TKE w/ band 3x15, mini squats at the counter 3x10
            [1:32p] problem: stiff-knee L gait + L quad weakness after L TKA
            [1:33p] 320 ft SPC SBA, patio step w/ rail SBA
            """,
            ["Z96.652", "Z47.1"], [PT("97116", 20), PT("97110", 12)], []),

        // BHBR Greybull two stamped rows (97112 = 23, 97140 = 11), both match; 1:1; foam and rocker with Berg; cervical glides with degrees; dizziness with neck stiffness: passes.
        ["v6-h139-bhbr-two-stamped-rows-nmr-and-manual"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 10:00 ■ STOP 10:23 = 23 MIN
            97140 MANUAL THERAPY ▸ START 10:23 ■ STOP 10:34 = 11 MIN
            1:1 throughout.
            NMR: foam stance with head turns, rocker board A/P eyes closed, walking with head turns. Impairment: cervicogenic dizziness and poor cervical proprioception; he sways turning to watch the auction ring. Objective: Berg 49/56; joint position error 6° (9° at eval).
            MT: C1–2 SNAGs into R rotation, suboccipital release, C3–4 unilateral PA glides grade III. Impairment: upper cervical stiffness. Objective: rotation R 55° → 68° after.
            Renata Villalobos, PTA
            """,
            ["R42", "M54.2"], [PTA("97112", 23), PTA("97140", 11)], []),

        // TVMC New Philadelphia log with two timers (97112 24, 97110 13), both match; 1:1; techniques, deficits and measures for each: passes.
        ["v6-h139-tvmc-log-two-timers"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (NEW PHILADELPHIA) · activity log
            10:00 97112 timer started (B. Oyelaran, PTA) — 1:1
            10:01 Foam stance with ball catches, stepping over the hurdles on cue, perturbations in tandem
            10:12 Impairment: slow stepping reaction and sway after the fall in the egg barn
            10:24 97112 timer stopped — 24 min
            10:24 97110 timer started
            10:25 Sit-to-stand 3x10, heel raises 3x15, side-stepping with the green band 3 lengths
            10:37 97110 timer stopped — 13 min
            10:38 Objective: Berg 46/56; 7 of 10 hurdles cleared. Impairment: hip abductor weakness both sides.
            """,
            ["R26.81", "M62.81"], [PTA("97112", 24), PTA("97110", 13)], []),

        // PTH Hillsville two minute boxes ("97112 [ 22 ] min", "97110 [ 13 ] min"), both match; 1:1; foam and stepping with tandem seconds; counter exercises with doses: passes.
        ["v6-h139-pth-two-minute-boxes"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Darnell Hash, PTA
            Present: wife on the porch
            97112 [ 22 ] min — 1:1
            97110 [ 13 ] min
            Tx (97112): tandem stance on the couch cushion, stepping over the rolled rug, turning in place to each side with a stop
            Tx (97110): sit-to-stand from the dinette chair 3x10, heel raises at the sink 3x15, standing hip abduction 2x12 each
            Problem: postural control and slow turns; weak hips, he can't get up from the porch swing
            Assist/Dist: tandem 9 sec without the counter; 5 of 6 turns without a hand down
            """,
            ["R26.81", "M62.81"], [PTA("97112", 22), PTA("97110", 13)], []),

        // CFPT a PT's and an OT's code on the legacy lines, each with its minutes and provider ("CPT 97110 X 14 MIN PROV HOLLIS TATE PT", "CPT 97530 X 20 MIN PROV WANDA SELLS OTR"), both match: passes.
        ["v6-h139-cf-pt-and-ot-lines"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA          OFFICEMATE PM 4.0   DAILY NOTE
            DOS 04/17/26
            CPT 97110 X 14 MIN   PROV HOLLIS TATE PT
            CPT 97530 X 20 MIN   PROV WANDA SELLS OTR
            NOTE: PT: SAQ 3 LB 3X15, BRIDGES 3X12, STEP-UPS 6 IN 3X10, IMP: R QUAD + HIP EXT WEAKNESS AFTER R TKA. OT: STANDING AT THE STOVE TO CAN TOMATOES, LIFTING THE CANNER POT W/ 2 HANDS, CARRYING JARS TO THE SHELF, IMP: STANDING TOLERANCE + R GRIP. OBJ OT: 12 JARS CARRIED SBA, STOOD AT STOVE THRU 2 BATCHES W/O A REST.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 14), OT("97530", 20)], []),

        // THA re-entry typed "Minutes by CPT: 97112 = 33" on a 22-minute line: mismatch; all else present.
        ["v6-h139-th-33-on-22"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-05644
            Entered by: J. Pruitt (auth coordinator) from chart    Rendering: R. Voss PT DPT
            Delivery (1:1/Grp/Conc): 1:1
            Interventions (250 char max): X1 viewing on foam, hall walk w/ hd turns, feet together on foam EC
            Impairment targeted (150 char): R vestibular hypofunction, dizzy turning to back the float plane off the dock
            Objective findings (200 char): DGI 17/24
            Minutes by CPT: 97112 = 33
            """,
            ["H81.21"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // CFPT two codes with "CPT 97140 X 25 MIN" on a 12-minute line (the 97112 line matches): mismatch on 97140; all else present.
        ["v6-h139-cf-97140-25-on-12"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - MCMINNVILLE     OFFICEMATE PM 4.0   DAILY NOTE
            PROV: DWAYNE KITTRELL PT     DOS 04/14/26     1ON1 FLAG: Y
            CPT 97112 X 23 MIN
            CPT 97140 X 25 MIN
            NOTE: 97112 ROCKER BD EC, FOAM STANCE W/ HD TURNS, STEP-AND-STICK. 97140 TALOCRURAL POST GLIDES GR III, STM R PERONEALS. IMP: R ANKLE PROPRIOCEPTION + DF STIFFNESS AFTER SPRAIN ON THE NURSERY LOADING DOCK. OBJ: SLS R 8 SEC, KNEE TO WALL R 6 CM.
            """,
            ["S93.401D"], [PT("97112", 23), PT("97140", 12)], [At(Mismatch, "97140")]),

        // SHT text "97112 36m" on a 24-minute line: mismatch; all else present.
        ["v6-h139-sh-text-36m-on-24"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Green Valley
            97112 36m 1:1
            perturbations at the kitchen island, foam pad stance EC, stepping to taped numbers on the tile
            problem: postural sway + slow stepping, fell in the garage last month
            FGA 17/30; 5/10 perturbations w/o a step
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // TPT Thermopolis slash form "97112/97110 = 24/28 min" on 24- and 14-minute lines: mismatch on 97110; all else present.
        ["v6-h139-tpt-slash-second-figure-28-on-14"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97112/97110 = 24/28 min — 1:1 [x] / grp [ ]
            NMR tx/ rocker board lvl 3 eyes closed, foam tandem w/ hd turns, step-over hurdles on cue
            NMR why/ L ankle proprio ↓ s/p sprain in the arena dirt
            NMR #s/ tandem foam 9 s; Berg 50/56
            TE tx/ heel raises 3x15, banded eversion red 3x15, step-downs 4" 2x10
            TE why/ L calf + peroneal weakness
            """,
            ["S93.402D"], [PT("97112", 24), PT("97110", 14)], [At(Mismatch, "97110")]),

        // THA "Minutes by CPT: 37 total" under two codes with no minutes for either: separate time missing; both codes complete.
        ["v6-h139-th-minutes-box-total-only"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-05688
            Provider: Lakeland Therapy Partners (Post Falls)    Rendering: C. Ashgrove PTA
            Delivery (1:1/Grp/Conc): 1:1
            Interventions (250 char max): NMR: foam stance w/ hd turns, perturbations in tandem | TE: leg press 70 lb 3x12, step-ups 6 in 3x10
            Impairment targeted (150 char): postural sway + L quad weakness after L TKA
            Objective findings (200 char): Berg 47/56
            Minutes by CPT: 37 total
            """,
            ["R26.81", "Z96.652"], [PTA("97112", 23), PTA("97110", 14)], [SepTime]),

        // CFPT "TOTAL TIMED 36 MIN, 3 UNITS" under two code lines without minutes: separate time missing; both codes complete.
        ["v6-h139-cf-total-timed-and-units-only"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 04/15/26     [X] INDIVIDUAL  [ ] GROUP  [ ] CONCURRENT
            CPT 97112
            CPT 97116
            TOTAL TIMED 36 MIN, 3 UNITS
            NOTE: 97112 FOAM STANCE W/ HD TURNS, A/P PERTURBATIONS. 97116 GAIT W/ SPC IN HALL + OUT TO THE LOT, CUES HEEL STRIKE, 300 FT SBA. IMP: POSTURAL SWAY + SHORT L STEP AFTER L HIP FX. OBJ: BERG 45/56.
            """,
            ["R26.81", "S72.002D"], [PT("97112", 22), PT("97116", 14)], [SepTime]),

        // SHT PTA two codes where only the first is texted with minutes ("97112 22m") and the second says "then 97110 at the counter" with none: separate time missing; both complete.
        ["v6-h139-sh-pta-second-code-no-minutes"] = new(
            """
            TxtChart · Saguaro Home Therapy · T. Haugen PTA · home visit, Tucson
            97112 22m, 1:1: foam pad stance EC, perturbations at the counter, tandem walk down the hall
            then 97110 at the counter: heel raises 3x15, mini squats 3x10, standing hip abd 3x12 ea
            problem: postural sway + B hip weakness, fell reaching into the dryer
            Berg 44/56; tandem 7 s
            """,
            ["R26.81", "M62.81"], [PTA("97112", 22), PTA("97110", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // An empty note on a two-code visit (97112 and 97116): note missing on each profiled line, nothing else.
        ["v7-h139-empty-note-nmr-and-gait"] = new(
            "",
            ["R26.81", "S72.001D"], [PT("97112", 23), PT("97116", 14)],
            [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // Line breaks only on a PTA's 97110 with a diagnosis: note missing only.
        ["v7-h139-line-breaks-only-pta-97110"] = new(
            "\n\n\r\n",
            ["M62.81"], [PTA("97110", 15)], [At(NoteMissing, "97110")]),

        // An empty 97140 note with no diagnosis: note missing and diagnosis missing.
        ["v7-h139-empty-97140-no-dx"] = new(
            "",
            [], [PT("97140", 11)], [At(NoteMissing, "97140"), Dx]),

        // SCTH Curt's 97110 one-liner: step-ups, goblet squats and RDLs with doses; L quad weakness after an ACL reconstruction; "97110 16 min": passes.
        ["v7-h139-scth-curt-97110-one-liner"] = new(
            """
            SCTH — C. Blevins PT
            97110 16 min   step-ups 8 in box 3x10, goblet squat 25 lb 3x10, SL RDL 15 lb 3x8, wall sit 3 x 30 s.
            L quad weakness s/p ACL recon, knee gives on the basketball court landing.
            """,
            ["S83.512D", "Z98.890"], [PT("97110", 16)], []),

        // THA OT 97530 (Hana Mikkelsen): carrying firewood to the wood box, loading the washer and moving laundry to the dryer, hanging shirts; L shoulder and grip weakness; counts and assistance; "97530 = 22": passes.
        ["v7-h139-th-ot-97530-wood-box-and-laundry"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-05701    DOS 04/15/2026
            Provider: Lakeland Therapy Partners (Coeur d'Alene)    Rendering: H. Mikkelsen OTR/L
            Interventions (250 char max): carrying split firewood to the wood box, loading the washer + moving wet laundry to the dryer, hanging shirts on the closet rod standing
            Impairment targeted (150 char): L shoulder + grip weakness after L RCR, retired logger, drops the wood
            Objective findings (200 char): 6 loads of 3 pieces to the box SBA; laundry moved 2/2 loads; 8/10 shirts hung w/o a rest
            Minutes by CPT: 97530 = 22
            """,
            ["M75.122", "Z98.890"], [OT("97530", 22)], []),

        // SHT 97140 by text: lumbar PA glides and STM with degrees and a straight-leg raise; lumbar stiffness and low back pain; "97140 12m": passes.
        ["v7-h139-sh-97140-lumbar-glides"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Tucson
            [11:30a] 97140 12m: central PA glides L3-5 gr III 3x30 s, unilat PA L4 R gr III, STM R lumbar paraspinals + QL on the bed
            [11:42a] problem: lumbar stiffness + R low back pain bending to weed the cactus bed
            [11:43a] standing flexion fingertips to 30 cm off floor (42 before); SLR R 60 → 70 deg
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // RSP Friday Harbor 97116: cane gait on the ferry ramp and the dock gangway with cues; short L step after a knee replacement; distance and assistance; "(20')" and the range match: passes.
        ["v7-h139-rsp-97116-cane-on-the-ferry-ramp"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            T. Wierzbicki, PTA · 16.04.2026 · retired postmistress, 74 y
            97116 Gait 11.10–11.30 (20')
            Setting: 1:1, out at the ferry landing.
            Tx: gait training with the cane up and down the ferry ramp and the dock gangway at low tide, cues for L heel strike and an even step.
            Problem: short L step and L knee stiffness after the L TKA; she holds up the foot passengers on the ramp.
            Measures: 600 ft with the cane, SBA on the level; gangway with the rail, CGA.
            """,
            ["Z96.652"], [PTA("97116", 20)], []),

        // THA "Interventions: skilled therapy per POC", impairment "per POC", objective "tolerated well", 1:1 stated: nothing else named on the 97112.
        ["v7-h139-th-skilled-therapy-per-poc"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail
            Provider: Lakeland Therapy Partners (Post Falls)    Rendering: C. Ashgrove PTA
            Delivery (1:1/Grp/Conc): 1:1
            Interventions (250 char max): skilled therapy per POC
            Impairment targeted (150 char): per POC
            Objective findings (200 char): tolerated well
            Minutes by CPT: 97112 = 22
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // CFPT "PT TX PER POC. TOL WELL. CONT." on a 97110: nothing named on the 97110.
        ["v7-h139-cf-pt-tx-per-poc-97110"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA          OFFICEMATE PM   DAILY NOTE
            PROV: DWAYNE KITTRELL PT
            CPT 97110 X 15 MIN
            NOTE: PT TX PER POC. TOL WELL. CONT.
            """,
            ["M54.50"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // SHT two-code text "97112 23m + 97110 12m ther ex + balance, tol well 👍 cont plan": nothing named for either code and one-on-one not stated on the 97112.
        ["v7-h139-sh-text-ther-ex-and-balance-thumbs-up"] = new(
            """
            TxtChart · Saguaro Home Therapy · T. Haugen PTA · home visit, Green Valley
            97112 23m + 97110 12m
            ther ex + balance, tol well 👍 cont plan
            """,
            ["R26.81"], [PTA("97112", 23), PTA("97110", 12)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // STBF narrative of "per the plan of care" and "tolerated well" with one-on-one stated: nothing else named on the 97112.
        ["v7-h139-stbf-narrative-per-plan-tolerated-well"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mrs. Jean Kowalczyk — Bram Oosterhuis, PT
            What we worked on: balance exercises per the plan of care.
            Why: per the plan of care.
            How she did: tolerated well, no complaints.
            Time: Neuromuscular re-education (97112), 22 minutes, one-on-one.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // ---------------------------------------------------------------- ordinary: complete notes of this week, and the ordinary weak ones

        // RSP Mount Vernon 97112 on its range line "(23')" with "Setting: 1:1"; foam, crate stepping, perturbations; late hip strategy; Mini-BESTest: passes.
        ["vord-h139-rsp-mount-vernon-nmr"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            S. Verhoeven, PT · 13.04.2026 · nursery bulb packer, 61 y
            97112 NMR 09.40–10.03 (23')
            Setting: 1:1 in the small gym.
            Tx: foam stance with diagonal head turns; side-stepping over the bulb crates; lateral perturbations in tandem.
            Problem: late hip strategy and sway; she lurches stepping around the packing table.
            Measures: Mini-BESTest 22/28; 8/10 lateral pushes recovered with one step.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // BHBR Thermopolis stamped row 97116 = 20; walker to cane on the hall and the ramp; short R step; distance and assistance: passes.
        ["vord-h139-bhbr-gait-stamped-row"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97116 GAIT TRAINING ▸ START 14:40 ■ STOP 15:00 = 20 MIN
            Gait: progressed from the walker to the cane on the hall and the hot-springs boardwalk ramp, cues for an even R step and upright trunk.
            Impairment: short R step and R hip weakness after the R hip fracture.
            Objective: 450 ft with the cane, SBA; ramp with CGA.
            Renata Villalobos, PTA
            """,
            ["S72.001D"], [PTA("97116", 20)], []),

        // PCSM Brookings pipes 97112 "1:1 [x]"; BOSU, hop-and-stick, perturbations; L knee control after ACL; counts and Y-balance: passes.
        ["vord-h139-pcsm-acl-nmr"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT | pt: Kylie Wendt, high-school volleyball
            97112 NMR — 24 min | 1:1 [x]
            Tx: BOSU single-leg stance with ball catches | forward and lateral hop-and-stick | band perturbations at the trunk in single-leg squat
            Imp: L knee valgus and poor neuromuscular control landing after the ACL reconstruction
            Obj: Y-balance anterior L 61 cm (R 68 cm) | 7/10 hops stuck
            """,
            ["S83.512D", "Z98.890"], [PT("97112", 24)], []),

        // PTH Wytheville 97112 box "[ 22 ] min — 1:1"; couch-cushion stance, stepping over the towel, turns; postural control; tandem and turns: passes.
        ["vord-h139-pth-wytheville-nmr"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Rhonda Sizemore, PT
            Present: granddaughter in the den
            97112 [ 22 ] min — 1:1
            Tx: feet-together stance on the couch cushion, stepping over the rolled towel forward and sideways, turning in place to each side with a stop
            Problem: postural control and slow turns; she loses her balance turning from the stove
            Assist/Dist: feet together on the cushion 12 sec; 5 of 6 turns without a hand down
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // STBF Corning OT narrative 97530: laundry and bed-making; R shoulder and standing balance; counts: passes.
        ["vord-h139-stbf-ot-narrative-97530"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mrs. Doris Pettengill — Ines Albright, OTR/L
            What we worked on: carrying the laundry basket from the washer to the bed, folding towels standing, pulling up the bedspread on both sides of the bed.
            Why: R shoulder weakness after the fracture and poor standing balance reaching across the bed.
            How she did: basket carried 15 ft x 3 with SBA; 10 towels folded standing; bedspread pulled up 2 of 2 sides.
            Time: Therapeutic activities (97530), 21 minutes.
            """,
            ["S42.201D"], [OT("97530", 21)], []),

        // TVMC Dover 97110 log; doses; timer 15 matches: passes.
        ["vord-h139-tvmc-97110-log"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (DOVER) · activity log
            13:00 97110 timer started (T. Gerber, PT)
            13:01 Leg press 60 lb 3x12, step-ups 6 inch 3x10, bridges 3x15, standing hip abduction with the red band 3x12
            13:08 Impairment: L hip and quad weakness after the L THA; she can't climb into the buggy
            13:15 97110 timer stopped — 15 min
            """,
            ["Z96.642", "Z47.1"], [PT("97110", 15)], []),

        // TPT Worland owner's 97140 "97140 = 12 min"; manual, why and degrees: passes.
        ["vord-h139-tpt-97140-alone"] = new(
            """
            TPT Worland · R. Ekberg PT
            97140 = 12 min
            tx/ GH post + inf glides gr III, STM infraspinatus + teres minor, scapular mobs in side-lying
            why/ R shoulder post capsule tightness, can't reach back for the saddle cinch
            #s/ IR 28° → 41° after; flexion 140°
            """,
            ["M25.611"], [PT("97140", 12)], []),

        // CST Ponca City 97112 "1:1: Y"; rail weight shifts, foam marching, reactive steps; slow step; Tinetti and 4-stage: passes.
        ["vord-h139-cst-ponca-city-nmr"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Loretta Haskins, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one, turning at the bingo table
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 23 min
            TX: weight shifts side to side at the hallway rail, marching on the foam square, reactive side steps to light pushes at the hips.
            PROBLEM: slow lateral stepping and narrow limits of stability; she tips sideways reaching for her bingo chips.
            OBJECTIVE: Tinetti balance 11/16; four-stage test tandem 8 s.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // TRMC Paducah two problems each with indented minutes (97112 22, 97140 11); one-on-one; both complete: passes.
        ["vord-h139-trmc-two-problems-nmr-and-manual"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Loyd Gipson. Naomi Achterberg, PT
            PROBLEM #1 — Dizziness (R42), referred by Tri-Rivers ENT
              97112 — 22 min
              One-on-one in the treatment room.
              X1 viewing standing on foam, walking with head turns, feet together on foam eyes closed.
              Impairment: R vestibular hypofunction; the towboat deck swims when he turns to the winch.
              Measures: DGI 18/24.
            PROBLEM #2 — Neck pain (M54.2), referred by Tri-Rivers Family Medicine
              97140 — 11 min
              Upper cervical SNAGs into R rotation, suboccipital release, STM to the R levator.
              Impairment: R cervical rotation limited; rotation R 50° → 64° after.
            """,
            ["R42", "M54.2"], [PT("97112", 22), PT("97140", 11)], []),

        // SCMH Ishpeming 97110 episode with doses; R shoulder weakness; "97110 ▸ 14 min": passes.
        ["vord-h139-scmh-97110-shoulder"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Reino Heikkinen
            EPISODE A: R shoulder    ICD-10: M75.121
            Timed: 97110 ▸ 14 min
            Interventions: band ER green 3x15, prone T and Y 2x10, wall slides 2x12, sidelying ER 2 lb 3x12.
            Impairment: R cuff weakness; he can't lift the ice auger overhead to load the truck.
            Completed by: Tove Lindqvist, PT
            """,
            ["M75.121"], [PT("97110", 14)], []),

        // QHPT Montpelier PTA "Re:" 97112 with one-on-one; habituation, X1, foam; vestibular; DGI: passes.
        ["vord-h139-qhpt-pta-vestibular"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Re: dizziness (Dr. Bell, neuro) — 97112, 23 min — T. Lamoureux, PTA
            ☐ PT ☒ PTA
            One-on-one in the back room; her husband read in the waiting room.
            Habituation to bending and looking up, X1 viewing against the plaid card on foam, walking with head turns.
            Deficit: L vestibular hypofunction; she gets dizzy looking up at the sugarhouse rafters.
            Today: DGI 19/24; 10 head turns walking without a side step.
            """,
            ["H81.22"], [PTA("97112", 23)], []),

        // BHSS Belle Fourche 97112 row with a cash RECOVERY BAR row (no minutes); one-on-one; complete: passes.
        ["vord-h139-bhss-nmr-with-cash-row"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Belle Fourche          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97112 NMR | Grady Two Bulls PT | 23 min
            Delivery: one-on-one, only patient on the turf.
            NMR: single-leg stance on the BOSU with perturbations, lateral bounds to a stick, reactive catches on the foam.
            Deficit: R ankle proprioception after the sprain; the ankle rolls on the arena dirt hazing steers.
            Objective: SLS on the BOSU R 12 sec (L 27 sec); 6 of 8 bounds stuck.
            RECOVERY BAR — cash, not billed
            Compression boots | Noah Fergen ATC | cash
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // RBC Muscatine two headings 97140 and 97110 with the DC's line apart; both complete: passes.
        ["vord-h139-rbc-manual-and-ther-ex"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            97140 Manual therapy — 10 min
            Lumbar central PA glides grade III L3 to L5, STM to the L QL. Deficit: lumbar stiffness; flexion fingertips 31 cm from the floor before, 24 cm after.
            97110 Therapeutic exercise — 14 min
            Bird dog 3x10 each side, bridges 3x15, hip hinge with the dowel 3x10. Deficit: trunk extensor weakness lifting the seed bags.
            CHIROPRACTIC (Dr. Vollmer — billed by the DC, not part of this PT note): adjustment to the SI joint afterwards.
            """,
            ["M54.50"], [PT("97140", 10), PT("97110", 14)], []),

        // BMRH Pendleton 97112 heading 23; one-on-one; ice by the aide in the MODALITY ROOM, untimed: passes.
        ["vord-h139-bmrh-nmr-ice-by-aide"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 23 min — F. Orozco PT
            Delivery: one-on-one.
            Step-downs with perturbations at the knee, split-stance perturbations, single-leg stance on foam with a ball toss.
            Impairment: R knee proprioception and quad timing after the TKA; the knee buckles stepping off the wheat-truck running board.
            Objective: 7 of 10 step-downs without a buckle; SLS foam R 9 sec.
            MODALITY ROOM: ice to the R knee after, by the aide — untimed, not billed.
            """,
            ["Z96.651"], [PT("97112", 23)], []),

        // KRMC Breese PT grid with the TODAY column filled and "Delivery: one-on-one"; heading 22: passes.
        ["vord-h139-krmc-grid-today-filled"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (BREESE)
            PT DAILY NOTE — VISIT 9
            OUTCOME MEASURES          IE        LAST PR     TODAY
            TUG                       16.8 s    13.9 s      12.6 s
            TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            Delivery: one-on-one.
            Perturbations in semi-tandem on the foam, stepping to floor targets with a stop, walking with head turns past the mirror.
            Impairment: slow reactive stepping and postural sway; he grabs the gate turning in the hog barn.
            Miriam Okafor, PT, DPT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // MPT Brunswick 97116 billing line; cane gait on the dock ramp; short step; distance and assistance: passes.
        ["vord-h139-mpt-97116-dock-ramp"] = new(
            """
            Marshside Physical Therapy & Balance — Brunswick
            Daily Note
            Today: gait training with the cane on the hall and up the dock ramp out back, cues for L heel strike and an even step.
            Problem: short L step and L knee stiffness after the TKA; she holds the rail all the way down to the boat.
            Objective: 400 ft with the cane, SBA; ramp with the rail, CGA.
            Billing: 97116 Gait — 19 min
            Colleen Drayton, PT, DPT
            """,
            ["Z96.652"], [PT("97116", 19)], []),

        // CCHR PT 97116 heading; rollator to the chapel; shuffling; distance and assistance: passes.
        ["vord-h139-cchr-97116-to-the-chapel"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            PT DAILY NOTE
            SKILLED INTERVENTIONS THIS DATE — 97116 Gait training: 18 min
            Gait training with the rollator from her room to the chapel and back, cues for upright trunk and longer steps, turning at the nurses' station.
            Deficit: short shuffling steps and a flexed trunk; she pushes the rollator ahead of her.
            200 ft x 2 with the rollator, SBA; turns with CGA.
            Dolores Vang, PT
            """,
            ["R26.89"], [PT("97116", 18)], []),

        // SCTH Raj 97112 "Billed: 97112 x 22 minutes", treated individually; hop-and-stick, rocker perturbations; ankle proprioception; counts: passes.
        ["vord-h139-scth-raj-nmr"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic after practice. 17 y/o high jumper, R ankle sprain on the takeoff.
            Billed: 97112 x 22 minutes
            Attendance: Pt was treated individually, therapist in constant attendance.
            O: Perturbations on the rocker board in single-leg stance; lateral hop-and-stick; single-leg landing off a 6 in box.
            Impairment: R ankle proprioception; rolls it on the takeoff plant.
            Measures: SLS eyes closed R 12 s (L 26 s); 8 of 10 landings held.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // SCTH Nadia (OT, CHT) 97140 for a stiff hand: joint mobilisation and scar massage; MCP flexion degrees; "97140 — 10 min": passes.
        ["vord-h139-scth-nadia-hand-manual"] = new(
            """
            Hand therapy — Nadia Farrow, OTR/L, CHT
            97140 — 10 min
            Manual: MCP volar glides grade III to the R index and long fingers, retrograde massage, scar massage along the volar incision.
            Problem: R finger MCP stiffness and scar adhesion after the flexor tendon repair; she can't make a fist around the beekeeping smoker.
            MCP flexion index 62° → 70° after; long 58° → 66°.
            """,
            ["S66.021D"], [OT("97140", 10)], []),

        // CBH Hayward, Gordon's grid 97112 with the default attestation; foam, hops, perturbations; ankle proprioception; SLS: passes.
        ["vord-h139-cbh-gordon-grid"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Gordon Baumgartner, PT
            SUBJECTIVE: Wants to walk the lake trail to the boat launch again.
            OBJECTIVE: SLS on the Airex R 14 s, L 25 s; Berg 51/56.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 22
            ASSESSMENT: Airex single-leg stance with head turns, stepping over the paddle row, band perturbations at the hips. R ankle proprioception poor after the fracture; rolls it on the launch boards.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["S82.891D"], [PT("97112", 22)], []),

        // PDPT Darlington, Deja's grid 97112 and 97110, dropdown "Yes"; both complete: passes.
        ["vord-h139-pdpt-deja-two-rows"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Darlington
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Wants to get back to cutting the church lawn.
            OBJECTIVE: Berg 47/56.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 23
            97110 | Therapeutic exercise | 13
            ASSESSMENT: 97112: perturbations on the foam, stepping over the cane row, tandem with head turns — postural sway and a slow step. 97110: sit-to-stand 3x10, bridges 3x15, side-stepping with the green band 3 lengths — hip abductor weakness.
            PLAN: continue.
            ATTESTATION: One-on-one (all timed minutes): Yes
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 13)], []),

        // PVRHC Trinidad, Hannah's OT 97530 with the printed box left empty (no one-on-one check on 97530); complete: passes.
        ["vord-h139-pvrhc-hannah-ot-97530"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Hannah Velarde, OTR/L
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: 4 of 4 jars lifted to the shelf; 12 chiles strung standing.
            INTERVENTIONS:
            CPT | Description | Minutes
            97530 | Therapeutic activities | 20
            Stringing chiles for a ristra standing at the table, lifting quart jars to the pantry shelf, carrying the roasting pan to the counter.
            ASSESSMENT: L wrist and grip weakness after the fracture; standing tolerance limited.
            PLAN: continue POC.
            ATTESTATION: [ ] One-on-one for all timed minutes
            """,
            ["S52.502D"], [OT("97530", 20)], []),

        // THA PTA 97112 complete; 1:1; "97112 = 22": passes.
        ["vord-h139-th-pta-nmr"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-05760    DOS 04/17/2026
            Provider: Lakeland Therapy Partners (Post Falls)    Rendering: C. Ashgrove PTA
            Delivery (1:1/Grp/Conc): 1:1
            Interventions (250 char max): tandem on foam w/ ball toss, step-and-stick fwd + lat, perturbations in stride stance
            Impairment targeted (150 char): L ankle proprioception after fx, unsteady on the boat-launch ramp
            Objective findings (200 char): tandem foam 12 s; 8/10 perturbations w/o a step
            Minutes by CPT: 97112 = 22
            """,
            ["S82.892D"], [PTA("97112", 22)], []),

        // CFPT 97112 whose note ran past the field and went on in a "NOTE CONT'D" record carrying the objective: the continuation is part of the note; "1ON1 FLAG: Y": passes.
        ["vord-h139-cf-note-contd-carries-the-objective"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - MCMINNVILLE     OFFICEMATE PM 4.0   DAILY NOTE
            PROV: DWAYNE KITTRELL PT     DOS 04/13/26     1ON1 FLAG: Y
            CPT 97112 X 24 MIN
            NOTE: ROCKER BD A/P EC, FOAM STANCE W/ HD TURNS, TANDEM WALK IN HALL, STEP OVER HURDLES W/ STOP ON CUE, A/P PERTURBATIONS IN NARROW STANCE. IMP: POSTURAL SWAY + SLOW STEPPING AFTER FALL OFF THE TRAILER TONGUE AT THE NURSERY, WORSE IN LOW LIGHT IN THE SHADE HOUSE. PT ASKED ABOUT MOWING, DISCUSSED RIDING MOWER ON LEVEL GROUND ONLY FOR NOW. WIFE ASKED ABOUT GRAB BARS, GAVE THE HANDOUT. HEP REVIEWED, FOAM STANCE AT THE COUNTER. NEXT VISIT TUES, WILL ADD DUAL TASK. OBJ
            NOTE CONT'D: : BERG 46/56, TANDEM 10 SEC.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // CFPT PTA 97110 cut with "*** TRUNCATED ***" after a complete note; doses and deficit before the cut: passes.
        ["vord-h139-cf-pta-97110-truncated-after-complete"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: EARLENE PRUETT PTA     DOS 04/14/26
            CPT 97110 X 16 MIN
            NOTE: LAQ 4 LB 3X15, SLR 3X12, BRIDGES 3X15, MINI SQUATS @ BAR 3X10, HEEL RAISES 3X15. IMP: B QUAD + HIP EXT WEAKNESS, CANT GET UP FROM THE CHURCH PEW W/O PULLING ON THE PEW IN FRONT. PT ASKED ABOUT THE HOMECOMING DINNER ON THE GROUNDS, SAYS SHE WILL SIT FOR IT. DAUGHTER WILL HELP W/ HEP IN THE EVENINGS, COPY GIVEN. NEXT VISIT THURS, PLAN TO PROGRESS TO STEP-UPS + ADD BAND FOR HIP ABD IF KNEE ALLOWS, CHECK W/ HOLLIS ABOUT THE
            *** TRUNCATED ***
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // SHT OT 97530 at the home: making the bed, carrying groceries in, putting cans on the high shelf; L shoulder; counts: passes.
        ["vord-h139-sh-ot-groceries-97530"] = new(
            """
            TxtChart · Saguaro Home Therapy · P. Natarajan OTR/L · home visit, Oro Valley
            97530 22m: carrying grocery bags car → kitchen, putting cans on the upper shelf, making the bed w/ the fitted sheet
            problem: L shoulder flexion weakness after the humerus fx + poor standing tolerance
            4 bags carried SBA; 10/12 cans to the shelf; bed made 1x w/ 1 seated rest
            """,
            ["S42.202D"], [OT("97530", 22)], []),

        // THA complete 97112 (1:1; foam, perturbations; vestibular; DGI) sent with no diagnosis: diagnosis missing.
        ["vord-h139-th-no-diagnosis"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-05789
            Provider: Lakeland Therapy Partners (Sandpoint)    Rendering: R. Voss PT DPT
            Delivery (1:1/Grp/Conc): 1:1
            Interventions (250 char max): X1 viewing on foam, hall walk w/ hd turns, perturbations in tandem
            Impairment targeted (150 char): L vestibular hypofunction, veers L on the ski-lodge stairs
            Objective findings (200 char): DGI 18/24
            Minutes by CPT: 97112 = 23
            """,
            [], [PT("97112", 23)], [Dx]),

        // PDPT complete 97112 (dropdown "Yes"; perturbations and tandem; postural sway; Berg) whose claim diagnosis is the picker's "--Select Dx--": not a well-formed ICD-10-CM code.
        ["vord-h139-pdpt-dx-picker-select"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Lamar Sellers, PT
            SUBJECTIVE: No falls this week.
            OBJECTIVE: Berg 48/56.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 22
            ASSESSMENT: Perturbations on the foam, tandem walking with head turns, stepping over the cane row. Postural sway with head turns.
            PLAN: continue.
            ATTESTATION: One-on-one (all timed minutes): Yes
            """,
            ["--Select Dx--"], [PT("97112", 22)], [Dx]),

        // SHT PTA complete 97110 (doses; hip weakness) whose text says "97110 26m" on a 15-minute line: mismatch.
        ["vord-h139-sh-pta-text-26m-on-15"] = new(
            """
            TxtChart · Saguaro Home Therapy · T. Haugen PTA · home visit, Tucson
            97110 26m: sit-to-stand from the dining chair 3x10, heel raises at the counter 3x15, clams w/ red band on the bed 3x12
            problem: B hip + quad weakness, can't get up from the patio chair w/o pushing
            """,
            ["M62.81"], [PTA("97110", 15)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
