using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-eightieth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07 in the twenty-third session, blind beside the hundred-and-seventy-ninth set. The set is one Monday's
/// notes (Monday 12/07/2026) drawn at random across the clinics of the hundred-and-fifty-sixth to hundred-and-seventy-eighth
/// sets, at most four notes from any one clinic, each clinic writing in its own template and voice: no new styles, new
/// patients and new wording within the same templates — about two thirds ordinary and complete (72 of 108), single- and
/// multi-code visits (97110, 97112, 97116, 97140, 97530, up to two timed codes in a visit), by PTs, PTAs and OTs, from
/// the groups of employers those sets drew:
/// <list type="number">
/// <item>the template, compliance-reviewed and appeal-ready practices: White River Physical Therapy &amp; Balance (WRPT:
/// "Svc: 97112 NMR — 23 min", "Attendance: [X] 1:1 [ ] concurrent [ ] group", "What we did:", "Why:", "Numbers:" and
/// Lorraine Meacham's "[CO query: …]"), Quoddy Bay Regional Hospital (QBRH: "CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN",
/// "DELIVERY: ☒ Individual ☐ Concurrent ☐ Group", "OUTCOME MEASURE: ____ SCORE: ____"), Imperial Valley Balance &amp;
/// Physical Therapy (IVBPT: "97112 — 22 min", "Deficit:", "{{CLEARED — KM}}"), Touchet Valley Physical Therapy (TVPT:
/// "SERVICE:", "DELIVERY: One-on-one for the entire billed service? Y / N", "WHAT I DID AND WHY:", "DEFICIT ADDRESSED:",
/// "NOTE TO REVIEWER:"), Llano Estacado Rehab &amp; Balance (LERB: "AUTH #", "visit 5 of 12 authorized", "Attendance:
/// [Select: …]", "Minutes by CPT:") and Ocmulgee River Physical Therapy (OCM: the post-TPE template rev. C with a clock
/// in–out on each timed code's line);</item>
/// <item>the bayou, goal-by-goal and migrated clinics: Petit Caillou (PCPT: "Code 97112 Neuro re-ed ........ 23 min",
/// "Did:", "For:", "Numbers:", the "Bayou Balance" levels, Jules Guidry's "cher" and "wit'"), Malheur Bend (MBOG:
/// "PRIMARY OUTCOME:", "STG …", "→ 97140 · 12 min · …", "▸ measured by:"), Blackberry Creek Hospital (BCH: "Goal #1 — …",
/// "Treated with: 97116 (15 min) — …", "How we know:"), Logan Creek (LCPT: the "NNVC GOAL TRACKER", "Codes/min:",
/// "Progress measure:") and Oneota River (ORPT: Prairielight's "1:1 (Y/N):", "Clinical Findings:", "Objective Measures:"
/// and the "Billing Grid" whose minute column defaults to 15);</item>
/// <item>the week-to-week and city clinics: Rosario Strait Physiotherapy (RSP: day-first dates "07.12.2026", "97112 NMR
/// 09.15–09.37 (22') · 1:1", kilograms), Porchlight Therapy at Home (PTH: "Visit at:", "Present:", "97112 [ 23 ] min",
/// "Assist/Dist:"), St. Columba Memorial Hospital (SCMH: "EPISODE A: … ICD-10:", "Timed: 97112 ▸ 23 min", "Measures (Last
/// | Today):"), Caney Fork Physical Therapy (CFPT: OfficeMate capitals, "CPT 97140 X 12 MIN"), St. Casimir Lakeshore's
/// Pavilion B gym (SCLH: Dee Wachowski's "Pt seen indiv. thruout", "↓ proprioc.", clock ranges), Lakeshore Motion PT
/// (LMPT: "Code: 97112 | Min: 23 | Attendance: (x) 1:1 …", "Tx:", "Why:", "#s:"), JointWorks (JWO: "97112 ▸ 22m", "1:1 ▸
/// Y", "Tx ▸", "Area ▸", "# ▸") and Lakeside Macomb Hospital (LMH: "Timed Procedures", "97110 Therapeutic Exercise: 13
/// Minutes");</item>
/// <item>the device and intensive clinics: Sawtooth Performance Lab (SPL: "SESSION REPORT · Athlete:", "BLOCK A · 97112 NMR
/// · 22 min", "☑ 1:1 ☐ semi-private", "DATA PASTE ▼"), Northwoods Lakes Medical Center's Balance Center (NLMC: "Service:
/// 97112 Neuromuscular reeducation — 22 minutes", "▶ Imported device report"), High Desert NeuroRecovery (HDNR: "Visit
/// note | …", "97530 [ 19 ] min", "What I did:", "Why:", "Device paste:") and Red Butte Vestibular &amp; Concussion (RBVC:
/// "Sess A ▸ 97112 ▸ 23 min", first-person attendance sentences);</item>
/// <item>the addenda, quoting and hurried writers: Mercy Ridge Hospital (MRH: "NEUROMUSCULAR RE-EDUCATION 97112 — 24 min",
/// "ADDENDUM … for DOS …"), Quarry Hill (QHPT: "97112 — 24 min", "Seen 1:1", "1:1? Y / N: ___", "Measures: ______",
/// "SCRUB CORRECTION …"), Wintergreen Movement Disorders Center (WMDC: "Med state:", "Pt says:", "Wife says:"), Hollyhock
/// Lane Geriatric PT (HLG: "IN HER OWN WORDS: … (quoted as said)", "WHAT WE DID: 97112 · 23 min — 1:1", "WHY:",
/// "MEASURED:"), Chelan Basin Medical Center's neuro clinic (CBMC: Priya Raman's slashes and "one to one", Owen
/// Brandvold's "1to1", "w" and "&amp;" with nothing between fields) and Encampment River PT (ERPT: Gail Sorensen's lower
/// case and "&amp;", Hank Twomey's capitals and one closing period, charted at the end of the day).</item>
/// </list>
/// The patients are new: a flea-market vendor, a crawfish-boat deckhand, a cannery retiree, a cattle-sale ring man, a
/// hymn-board keeper, a ferry purser, a tamale maker, a lift mechanic, a sheepherder, an orchard pruner and many more,
/// with a daughter on the couch, a son at the kitchen table, a wife doing the moves, a sister in the car and a brother
/// in the lobby.
/// Each note's DOC_* findings were judged by hand as a payer reviewer, applying the contract to what the note says:
/// <list type="bullet">
/// <item>class 1 (v1-h180-…): one-on-one in these writers' own words ("1:1 — only him and me; his daughter stayed on the
/// couch", "1:1 with Isaac, wife in the room doing the moves to learn them", "1to1 w me whole nmr"), notes that negate it (a
/// Concurrent box ticked beside a second patient on the other mat, Owen running two patients at once, "I had Tyce and
/// Mr. Begay doing X2 viewing side by side", a semi-private box ticked with a teammate, "☐ 1:1 ☒ Group (4)") or never
/// state it (Hank Twomey's capitals), and a PTA's 97110 beside another patient, which has no one-on-one check;</item>
/// <item>class 2 (v2-h180-…): checkbox and blank-field states: an attendance row with nothing ticked, "OUTCOME MEASURE:
/// ____ SCORE: ____" with no number elsewhere, "One-on-one for the entire billed service? Y / N" unanswered, "1:1? Y / N:
/// ___" with "Measures: ______", "[Select: 1:1 / concurrent / group]" left, "[ ] Individual [ ] Concurrent [ ] Group" unmarked, "Deficit:" left empty, and
/// filled rows that pass ("1:1 (Y/N): Y",
/// "1:1 for billed time: ☒ Yes ☐ No");</item>
/// <item>class 3 (v3-h180-…): named programmes and methods as techniques (Cawthorne-Cooksey progression, LSVT BIG maximal
/// amplitude moves, Maitland grade IV central PAs, the Otago programme with its doses, Mulligan SNAGs, constraint-induced
/// shaping tasks) and the clinic's "Bayou Balance Level 4" as the only technique;</item>
/// <item>class 4 (v4-h180-…): deficits stated as findings (a knee that buckles on the feed-store ramp, "↓ proprioc. R
/// ankle", a foot that drags on the church aisle runner) and notes that state none ("Area ▸" left empty, a lower-case
/// run-on with no problem in it, "Why:" left empty, "Impairments: none identified" on a 97112);</item>
/// <item>class 5 (v5-h180-…): measures in usual forms (seconds written "s", last and today columns, distance and
/// assistance for gait) and notes with none ("#s: —", "looked steadier, she says so too", "MEASURED: she said it felt
/// easier", "▸ measured by: next visit" on a 97116, a 97140 with a Mulligan MWM and no number);</item>
/// <item>class 6 (v6-h180-…): minutes in these templates' forms (two headings, two clock ranges, "Minutes by CPT:", two
/// minute boxes, "Timed code minutes: 97116 = 17 / 97110 = 12") and true mismatches (a 24-minute heading on a 12-minute
/// line, the Billing Grid's default 15 on a 27-minute line, "▸ 23 min" on a 35-minute line, a clock range of 12 minutes on
/// a 24-minute 97116) and truly missing separate time (only "Total timed 38 min", one code's dotted line left "__ min");</item>
/// <item>class 7 (v7-h180-…): empty notes (a two-code visit with an empty note, an OT note of spaces and line breaks with no
/// diagnosis), the contract's meanings for 97110, 97530, 97140 and 97116, and wholly generic notes (Hank Twomey's "NMR PER
/// POC … TOLERATED WELL", a 97110 of "per plan of care" under every heading and a two-code hospital note of defaults under
/// exact headings);</item>
/// <item>ordinary (vord-h180-…): complete notes of every clinic that a reviewer passes (the false-positive guard), and two
/// ordinary weak ones: a complete note with no diagnosis and a complete note whose minutes heading carries the line's
/// minutes of another day.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — a daughter, a son, a wife, a sister, a
/// brother, a teammate on the plan (none of them but the teammate a patient; Mr. Koski on the other mat, Mr. Ostby on the
/// bike, Mr. Begay at the wall and the group of four are), dates of
/// service, ages, weights in kilograms, step heights in inches, loads in pounds, band colours, distances in feet, degrees,
/// centimetres, counts of cones, cans and laps, visit and authorisation counts — and each is written so that a reviewer
/// cannot take it for a billed code's minutes; a code's minutes are written next to the code, in its block's heading, in
/// a minute box or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test,
/// except the one that gives the visit only a total ("Total timed 38 min"); notes failed for want of a measure carry no
/// number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit
/// or measure at all. A 97112 passes the measure check only on an objective measure with a number; for the other codes a
/// dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed
/// minutes: a family member, caregiver or staff member in the room does not undo a one-on-one statement, another patient
/// treated in the same block does.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the arguable notes a random Monday brings: a "Bayou Balance" or "StableStart" level named
/// beside a technique only the clinic's card describes, Brandt-Daroff habituation as a 97112's only technique, an
/// end-of-day note "per my notes on the schedule" that says the schedule held the minutes, a device paste whose only
/// number is a capture timer in mm:ss, and an addendum that changes a code's minutes after the note was signed.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 107 of 108 cases agree (106 needed), and 1 of the 72 notes the reviewer passes got a finding, on the analyzer of ed6bb95 (the 2026-12-07 twenty-third session after the hundred-and-seventy-third to hundred-and-seventy-eighth sets were worked through, before the first review of the session and any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, 6ede27d): 107 of 108, 1 false positive.</para>
/// <para>After the 2026-12-07 twenty-sixth session (engine code 3e81e0e): 108 of 108, no false positive — its false-positive fact unskipped.</para>
/// </summary>
public class HeldOutNotesIssue18HundredEightiethTests(ITestOutputHelper output)
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

        // PTH home visit, "1:1 — only him and me; his daughter stayed on the couch"; foam at the counter, stepping over the rug edge, pelvic perturbations; sway and late step; Berg and perturbations; 97112 [ 23 ] min matches: passes.
        ["v1-h180-pth-daughter-on-couch"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT
            Present: daughter, on the living-room couch
            97112 [ 23 ] min
            1:1 — only him and me; his daughter stayed on the couch the whole block
            Tx: foam stance at the kitchen counter with head turns, stepping over the braided-rug edge to a stop, perturbations at the pelvis in stride stance
            Problem: sway and a late protective step; he caught a toe at the flea-market table legs last Saturday
            Assist/Dist: Berg 45/56; 7 of 10 perturbations held
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // SCMH, Attendance row ticked Concurrent and a second patient on the other mat named in the block: the 97112 is not one-on-one; otherwise complete.
        ["v1-h180-scmh-concurrent-second-patient"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Arvo Heikkinen
            EPISODE A: unsteadiness on feet    ICD-10: R26.81
            Timed: 97112 ▸ 22 min
            Attendance: ☐ 1:1 ☒ Concurrent ☐ Group
            Interventions: rocker board eyes closed, tandem on the half roller, perturbations at the shoulders; Mr. Koski worked the foam beam on the other mat with me during the block
            Impairment: sway and a slow ankle strategy on the slushy church steps
            Measures (Last | Today): Berg 42 | 44; SLS L 5 | 7 sec
            Completed by: Tove Lindqvist, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ERPT Hank Twomey all capitals, end-of-day, one closing period; named technique, deficit and numbers but nothing about attendance: one-on-one unstated.
        ["v1-h180-erpt-twomey-capitals-no-attendance"] = new(
            """
            97112 24 MIN TANDEM WALKING ON THE 2X4 BEAM EYES UP PERTURBATIONS AT THE HIPS STANDING ON FOAM POOR POSTURAL CONTROL AND LATE STEPPING SINCE THE FALL OFF THE LAMBING-SHED STEP BERG 43/56 TUG 13.1 SEC.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // LMH PTA 97110 with another patient at the next station: 97110 has no one-on-one check; complete (doses, hip weakness, chair stand): passes.
        ["v1-h180-lmh-pta-97110-beside-another"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (WARREN)
            Timed Procedures
            97110 Therapeutic Exercise: 14 Minutes
            TherEx: side-lying hip abduction 3x12, bridges 3x15, sit-to-stand from the low chair 3x8; another patient worked at the next station.
            Problem: B hip weakness; she can't climb the bleachers at her grandson's hockey games.
            Objective: 30-second chair stand 9.
            LaToya Grant, PTA
            """,
            ["M62.81"], [PTA("97110", 14)], []),

        // WMDC, "1:1 with Isaac — wife in the room doing the moves to learn them"; LSVT BIG style amplitude steps and weight shifts on foam; reduced step amplitude; Mini-BESTest and step count: passes.
        ["v1-h180-wmdc-wife-learning-moves"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Harlan Duffey, 71 · Med state: ON
            Pt says: "My feet stick to the floor at the feed store door."
            Wife says: "He freezes in every doorway."
            97112 — 23 min; 1:1 with Isaac, wife in the room doing the moves to learn them. Big-amplitude stepping through a taped doorway to a metronome, weight shifts on foam, turning in four steps around a cone.
            Deficit: freezing of gait at thresholds and reduced step amplitude.
            Measures: Mini-BESTest 19/28; doorway passes without a freeze 6 of 10.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // CBMC Owen, nothing between fields: "had mr ostby on the bike & her on the foam same time" — two patients in the block: not one-on-one.
        ["v1-h180-cbmc-owen-two-at-once"] = new(
            """
            97112 22 min had mr ostby on the bike & her on the foam same time foam stance w head turns & lateral perts at the hips sway & late step after the ms flare dropped her in the packing house berg 41/56 5 of 10 perts held
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // CBMC Owen "1to1 w me whole nmr": stepping over cones, perturbations on the rocker; ataxia; FGA: passes.
        ["v1-h180-cbmc-owen-1to1-whole-nmr"] = new(
            """
            97112 23 min 1to1 w me whole nmr rocker board a/p eyes closed & perts at the shoulders & stepping over 4 cones to a stop truncal ataxia after the cerebellar stroke reaches for the wall in the winery tasting room fga 16/30 tandem 6 sec
            """,
            ["I69.393"], [PTA("97112", 23)], []),

        // RBVC, "I had Tyce and Mr. Begay doing X2 side by side" — another patient treated in the block: not one-on-one; otherwise complete.
        ["v1-h180-rbvc-two-side-by-side"] = new(
            """
            RBVC Williams — Mon
            Sess A ▸ 97112 ▸ 22 min
            I had Tyce and Mr. Begay doing X2 viewing side by side at the wall, correcting each in turn.
            Tx: X2 viewing standing on foam; walking with head pitch to a metronome; habituation to rolling over on the mat.
            R vestibular hypofunction after the rollover on the forest road; he weaves looking down at the ski-rental counter.
            DVA lost 3 lines; DGI 16/24.
            J. Halvorsen PTA
            """,
            ["H81.21"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // SPL "☐ 1:1 ☑ semi-private" with a second athlete sharing the block: not one-on-one; otherwise complete.
        ["v1-h180-spl-semi-private-ticked"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Ruby Castagno (age 19, Nordic ski racer) · Clinician: Brielle Sato, PTA
            BLOCK A · 97112 NMR · 23 min
            Attendance: ☐ 1:1 ☑ semi-private (with her teammate, also on the plan)
            Work: single-leg hops to a stick on the BOSU, lateral bounds to a called side, perturbations from the band in single-leg squat
            Limiter: R knee valgus and slow landing control after the ACL reconstruction
            DATA PASTE ▼
            Time to stabilisation R 1.48 s | L 0.97 s
            """,
            ["Z98.890", "S83.511D"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // QHPT "☐ 1:1 ☒ Group (4)" ticked for the 97112 block: not one-on-one; otherwise complete.
        ["v1-h180-qhpt-group-of-four-ticked"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 23 min
            ☐ 1:1 ☒ Group (4)
            Tandem on the foam beam, perturbations at the shoulders, stepping over the hurdle row eyes up.
            Late stepping and sway since the fall on the granite-shed loading dock.
            Berg 46/56; 6 of 10 perturbations without a step.
            J. Pomeroy, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // WRPT attendance row with nothing ticked and no other word about attendance: one-on-one unstated; otherwise complete.
        ["v2-h180-wrpt-attendance-row-unticked"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 12/07/2026 — Joel Tackett, PT
            Svc: 97112 NMR — 23 min
            Attendance: [ ] 1:1 [ ] concurrent [ ] group
            What we did: foam stance with ball tosses, step-and-stick onto the half dome, lateral pushes at the hips
            Why: L ankle proprioception after the sprain on the poultry-house ramp
            Numbers: SLS L 7 sec; 6 of 10 pushes held
            """,
            ["S93.402D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // QBRH, delivery ticked Individual but "OUTCOME MEASURE: ____ SCORE: ____" left blank and no number anywhere but the code and its minutes: no measure.
        ["v2-h180-qbrh-outcome-measure-blank"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: perturbations at the pelvis in tandem, rocker board eyes closed, stepping over the rope line with head turns
            IMPAIRMENT: postural sway and a late stepping reaction since the fall on the smokehouse wharf
            OUTCOME MEASURE: ____ SCORE: ____
            Everett Sewall, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(Measure, "97112")]),

        // TVPT "DELIVERY: One-on-one for the entire billed service? Y / N" left unanswered: one-on-one unstated; otherwise complete.
        ["v2-h180-tvpt-delivery-question-unanswered"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — WAITSBURG
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: One-on-one for the entire billed service? Y / N
            WHAT I DID AND WHY: rhythmic stabilisation in half-kneeling, foam stance with head turns, stepping to called targets, to restore his balance reactions for the combine ladder
            DEFICIT ADDRESSED: impaired postural control and delayed balance reactions after the L cerebellar stroke
            OBJECTIVE: Berg 44/56; FGA 18/30
            NOTE TO REVIEWER: see plan of care signed 11/02/2026
            Owen Takacs, PT
            """,
            ["I69.393"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // QHPT "1:1? Y / N: ___" unfilled and "Measures: ______" blank, no number but the code's: one-on-one unstated and no measure.
        ["v2-h180-qhpt-one-on-one-and-measures-blank"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 22 min
            1:1? Y / N: ___
            Tandem on the foam beam, perturbations at the pelvis, stepping over the hurdle row eyes up.
            Postural sway and a late step on the sugarhouse's wet floor.
            Measures: ______
            E. Tremblay, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112"), At(Measure, "97112")]),

        // LERB "Attendance: [Select: 1:1 / concurrent / group]" left as the prompt: one-on-one unstated; otherwise complete.
        ["v2-h180-lerb-attendance-select-left"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — DUMAS
            AUTH # LE-22871 · visit 5 of 12 authorized
            Attendance: [Select: 1:1 / concurrent / group]
            Tx: step-and-stick onto foam, perturbations at the pelvis, tandem walking with head turns along the mirror
            Problem: sway and a slow hip strategy after the fall in the feedlot alley
            Objective data for reviewer: Berg 46/56; TUG 11.4 sec
            Minutes by CPT: 97112 = 23
            D. Hobart, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ORPT Prairielight "1:1 (Y/N): Y" filled; Billing Grid 97112 24 min matches; complete: passes.
        ["v2-h180-orpt-one-on-one-y-filled"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 12/07/2026
            1:1 (Y/N): Y
            Interventions: rocker board eyes closed, tandem walking with head turns, perturbations at the shoulders
            Clinical Findings: sway and a late step after the slip on the creamery's wet floor
            Objective Measures: Berg 45/56; tandem 11 sec
            Billing Grid:  97112 | Neuromuscular re-education | 24 min
            Next appt: 12/14/2026
            H. Bjornstad, PT, DPT
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // HLG "1:1 for billed time: ☒ Yes ☐ No" ticked; sit-to-stand onto foam, perturbations; poor anterior weight shift; 5xSTS and Berg: passes.
        ["v2-h180-hlg-yes-box-ticked"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Tillery, Opal (84) · Thomas Ashby, PT
            IN HER OWN WORDS: "The pew at church is so low I have to rock three times to get up." (quoted as said)
            WHAT WE DID: 97112 · 22 min
            1:1 for billed time: ☒ Yes ☐ No
            Sit-to-stand from the low bench onto foam; perturbations at the pelvis; step-and-stick backward.
            WHY: poor anterior weight shift and posterior loss of balance on rising.
            MEASURED: 5x sit-to-stand 17.8 sec; Berg 41/56.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // NLMC attendance row with nothing marked ("[ ] Individual [ ] Concurrent [ ] Group"): one-on-one unstated; otherwise complete.
        ["v2-h180-nlmc-attendance-unmarked"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Lorna Skaug · Clinician: Ingeborg Halvorsen, PT, DPT
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: [ ] Individual [ ] Concurrent [ ] Group
            Treatment: weight shifts to targets on the Biodex, foam stance with head turns, stepping over the ice-auger handle to a stop
            Impairment: sway and a slow ankle strategy after the fall on the fish-house ice
            ▶ Imported device report — Biodex Balance SD
            Overall stability index 3.2 | fall-risk index 3.6
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // IVBPT "Deficit:" left blank and no problem stated anywhere: deficit missing; otherwise complete.
        ["v2-h180-ivbpt-deficit-field-blank"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            DOS 12/07/2026    E. Fennimore, PT
            97112 — 23 min
            One-on-one.
            Rocker board eyes closed, step-and-stick onto foam, perturbations at the pelvis in tandem
            Deficit:
            Berg 47/56; SLS R 9 sec
            {{CLEARED — KM}}
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // RBVC, Cawthorne-Cooksey progression (head and eye movements standing, ball throws) named; L vestibular hypofunction; DGI and DVA; "Just Graydon and Rosa": passes.
        ["v3-h180-rbvc-cawthorne-cooksey"] = new(
            """
            RBVC east Flagstaff — Mon
            Sess A ▸ 97112 ▸ 23 min
            Just Graydon and Rosa in the vestibular room — her sister waited in the car.
            Tx: Cawthorne-Cooksey progression standing: eye and head movements, ball throws eye to eye, walking with head turns to a stop.
            L vestibular hypofunction; she staggers when she turns her head at the tamale stand.
            DGI 17/24; DVA lost 3 lines.
            G. Pike PT DPT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // WMDC, LSVT BIG maximal-amplitude moves named; reduced amplitude and slowed gait; step length and Mini-BESTest; "1:1 with Colleen": passes.
        ["v3-h180-wmdc-lsvt-big"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Delbert Ames, 74 · Med state: ON, 2 hours after his dose
            Pt says: "I shuffle across the hymn board when I change the numbers."
            97112 — 22 min; 1:1 with Colleen. LSVT BIG maximal daily exercises: floor-to-ceiling reaches, side steps and forward rock-and-reach, big stepping to targets.
            Deficit: hypokinesia with reduced step amplitude and slow postural responses.
            Measures: Mini-BESTest 20/28; 10-metre walk 1.02 m/s.
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // MBOG 97140, Maitland grade IV central PAs at T6-8 and rib mobs; thoracic stiffness; rotation degrees: passes.
        ["v3-h180-mbog-97140-maitland"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Wendell Asumendi · 12/07/2026 · R. Quintero, PT
            PRIMARY OUTCOME: NDI 16/50 today (intake 24/50)
               → 97140 · 12 min · Maitland grade IV central PAs T6-8, grade III rib mobs R 5-7
            Impairment: thoracic stiffness; he can't turn to back the stock trailer
               ▸ measured by: thoracic rotation R 30° → 42°
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // NLMC 97110, the Otago programme with its doses (cuff weights, reps); hip and knee weakness; chair stand count: passes.
        ["v3-h180-nlmc-otago-97110"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY
            TREATMENT NOTE · Pt: Ardis Vold · Clinician: Curtis Lindahl, PT
            Service: 97110 Therapeutic exercise — 16 minutes
            Treatment: Otago strength set: knee extension with the 3 lb cuff 2x10, hip abduction standing 2x10, calf raises 2x12, sit-to-stand 2x8
            Impairment: B hip and knee extensor weakness; she drops into her recliner
            Result: 30-second chair stand 8
            """,
            ["M62.81"], [PT("97110", 16)], []),

        // SPL 97140, Mulligan SNAGs to the cervical spine and upper-trap STM; cervical stiffness; rotation degrees: passes.
        ["v3-h180-spl-mulligan-snags"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Kenna Lidstrom (age 31, climbing-gym route setter) · Clinician: Mateo Arriaga, PT
            BLOCK A · 97140 Manual · 12 min
            Work: Mulligan rotation SNAGs C5-6 L, STM to the L upper trap and levator
            Limiter: L cervical rotation stiffness; she can't look up at the overhang holds
            DATA PASTE ▼
            Cervical rotation L 52° → 66°
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // HDNR OT 97530, constraint-induced shaping tasks (stacking cups, turning cards, wiping the table with the R); R hand coordination; counts: passes.
        ["v3-h180-hdnr-cimt-shaping"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Sol Márquez, OTR/L | Pt: Anselmo Ruiz (orchard pruner)
            97530 [ 18 ] min
            What I did: constraint-induced shaping with the mitt on the L: stacking 10 cups, turning playing cards, wiping the table in circles with the R
            Why: R hand coordination and grasp after the L stroke; he wants to hold the loppers again
            Device paste: none today
            Result: 10 cups stacked in 41 sec; 14 cards turned
            """,
            ["I69.331"], [OT("97530", 18)], []),

        // PCPT, "Bayou Balance Level 4" as the only technique (no activity named), with deficit and numbers: technique missing.
        ["v3-h180-pcpt-bayou-balance-level-only"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/07/2026 · Annette Breau, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Bayou Balance Level 4
            For: R ankle proprioception; she turns it on the crawfish-boat deck
            Numbers: SLS R 6 sec; Berg 47/56
            """,
            ["S93.401D"], [PT("97112", 23)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and none

        // CFPT capitals 97110, "R KNEE BUCKLES ON THE FEED-STORE LOADING RAMP" as the finding; doses; SLR and chair-stand count: passes.
        ["v4-h180-cfpt-knee-buckles-ramp"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/07/26
            CPT 97110 X 15 MIN
            NOTE: QUAD SETS 2X15, SLR R 3X10 W 2 LB, STEP-UPS 6 IN 3X10, TKE GREEN BAND 3X15. IMP: R QUAD WEAKNESS, R KNEE BUCKLES ON THE FEED-STORE LOADING RAMP. OBJ: 5XSTS 15.2 SEC.
            """,
            ["M62.81"], [PT("97110", 15)], []),

        // ERPT Gail Sorensen lower case run-on: 1:1, technique and numbers but no problem, impairment or system named: deficit missing.
        ["v4-h180-erpt-sorensen-no-problem-named"] = new(
            """
            97112 22 min just him & me tandem on the foam beam & perts at the hips & stepping over the hay string eyes up berg 47/56 tug 10.9 sec
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SCLH Dee Wachowski abbreviations: "↓ proprioc. R ankle, LOB on the el platform"; rocker and foam; SLS; "Pt seen indiv. thruout": passes.
        ["v4-h180-sclh-dee-proprioc-abbrev"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            D. Wachowski, PT · Mon 12/07/2026
            Timed: 97112 × 22 min
            Delivery: Pt seen indiv. thruout
            Tx: rocker bd EC, SLS on foam c̄ head turns, lat perts @ pelvis
            Impairment: ↓ proprioc. R ankle s/p inversion sprain, LOB on the el platform stairs
            Objective: SLS R 8 sec (was 4); 6/10 perts held
            A/P: progressing, cont POC
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // JWO "Area ▸" left empty on a 97112: technique, 1:1 and numbers but no deficit.
        ["v4-h180-jwo-area-empty"] = new(
            """
            JointWorks QuickNote · Goshen · K. Amstutz PT, DPT
            97112 ▸ 22m
            1:1 ▸ Y
            Tx ▸ BAPS board lvl 3 CW/CCW, foam SLS w ball toss, perts at the pelvis
            Area ▸
            # ▸ SLS L 9 sec; 7/10 perts held
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // BCH, "foot drags and catches on the church aisle runner" as the finding; 97116 with cues; distance and assistance: passes.
        ["v4-h180-bch-97116-aisle-runner"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Williamson)
            Pt: Orpha Hatfield · 12/07/2026 · D. Mounts, PT
            Goal #1 — walk the church aisle to her pew with the cane
            Status: progressing
            Treated with: 97116 (16 min) — gait with the small-base quad cane on the hall and the carpet runner, cues for R hip and knee flexion in swing
            Impairment: R foot drags and catches on the church aisle runner; R hemiparesis after the L stroke
            How we know: 200 ft with the cane CGA; 2 toe catches (was 6)
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["I69.351"], [PT("97116", 16)], []),

        // MRH 97112 with "Impairments: none identified" and nothing else said about a problem: deficit missing; otherwise complete.
        ["v4-h180-mrh-impairments-none-identified"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (SALEM)
            DOS 12/07/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Perturbations in tandem on the Airex pad, stepping over the cane line with head turns, backward walking to a stop.
            Impairments: none identified.
            Berg 48/56. TUG 10.2 sec.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // WRPT "Why:" left empty and no problem stated elsewhere: deficit missing; otherwise complete.
        ["v4-h180-wrpt-why-empty"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note 12/07/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — 22 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: tandem on the half roller, lateral pushes at the hips, stepping over the hose line eyes up
            Why:
            Numbers: Berg 46/56; 7 of 10 pushes held
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in usual forms, and none

        // RSP day-first date, kilograms, clock range with (22'), "SLS R 12 s" and perturbation count: passes.
        ["v5-h180-rsp-seconds-as-s"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            M. Halvorsen, PT · 07.12.2026 · ferry purser, 58 y, 74 kg
            97112 NMR 10.05–10.27 (22') · 1:1
            Tx: rocker board in tandem; foam stance with head turns; perturbations at the pelvis while reaching to a shelf.
            Problem: sway and a late step when the car deck rolls, after the L ankle fracture.
            Measures: SLS L 12 s; 8 of 10 perturbations held.
            """,
            ["S82.892D"], [PT("97112", 22)], []),

        // LMPT "#s: —": technique, deficit and 1:1 but no number at all beyond the code and its minutes: measure missing.
        ["v5-h180-lmpt-numbers-dash"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 23 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: X1 viewing standing on foam, walking the hall with head turns, habituation to the bus-window position
            Why: R vestibular hypofunction; the Archer bus makes her dizzy when it pulls away
            #s: —
            """,
            ["H81.21"], [PT("97112", 23)], [At(Measure, "97112")]),

        // IVBPT "looked steadier, she says so too": no number beyond the code and its minutes: measure missing.
        ["v5-h180-ivbpt-looked-steadier"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            R. Quezada, PT, DPT
            97112 — 22 min
            One-on-one.
            Tandem walking along the mirror with head turns, reactive steps to pushes at the pelvis, foam stance reaching for the cones
            Deficit: delayed protective stepping and sway; she fell at the date-packing line
            Looked steadier than last week, she says so too.
            {{CLEARED — KM}}
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // HLG "MEASURED: she said it felt easier" — no number: measure missing.
        ["v5-h180-hlg-felt-easier"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Broussard, Eula · Mariah Greenlee, PT, DPT, GCS
            IN HER OWN WORDS: "The cannery floor was never this slippery, but my kitchen is." (quoted as said)
            WHAT WE DID: 97112 · 23 min — 1:1
            Step-and-stick onto foam; perturbations at the pelvis in stride stance; stepping over the mop handle eyes up.
            WHY: late stepping reaction and posterior loss of balance.
            MEASURED: she said it felt easier than Thursday.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // SCMH "Measures (Last | Today)" columns with Berg and TUG; 1:1 ticked: passes.
        ["v5-h180-scmh-last-today-columns"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Marjatta Ruona
            EPISODE A: repeated falls    ICD-10: R29.6
            Timed: 97112 ▸ 24 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: perturbations in stride stance, foam stance with head turns, stepping over the snowshoe to a stop
            Impairment: slow hip strategy and a late step; she fell in the sauna doorway
            Measures (Last | Today): Berg 40 | 43; TUG 14.2 | 12.8 sec
            Completed by: Tove Lindqvist, PT
            """,
            ["R29.6"], [PT("97112", 24)], []),

        // OCM 97116 with a clock range on the code's line, distance and assistance level as measures: passes.
        ["v5-h180-ocm-97116-distance-assist"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Otis Mathis | Rhonda Akins, PT, DPT | Precautions: WBAT L
            97116 Gait Training | 3:10–3:27 pm
            Intervention and skilled rationale: rolling walker to straight cane on the clinic hall and the gravel lot edge, cues for L heel strike and equal step length
            Impairment addressed: antalgic gait and L hip weakness after the L THA; he wants to walk the peach-packing shed again.
            Objective measure: 300 ft with the cane SBA; 4 steps with the rail, modified independent.
            """,
            ["Z96.642"], [PT("97116", 17)], []),

        // MBOG PTA 97116, "▸ measured by: next visit" — no distance, assistance level or other number: measure missing.
        ["v5-h180-mbog-pta-97116-measured-next-visit"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Fermin Goicoechea · K. Pfleger, PTA
            STG: walk the sheep camp trail without the walker — PROGRESSING
               → 97116 · 15 min · gait with the cane in the clinic hall and over the doorway strip, cues for L heel strike and step length
            Impairment: short L step and L hip weakness after the hip fracture
               ▸ measured by: next visit
            """,
            ["S72.002D"], [PTA("97116", 15)], [At(Measure, "97116")]),

        // RSP 97140, Mulligan mobilisation with movement to the ankle and STM, ankle stiffness, but no number but the code and its clock range: measure missing.
        ["v5-h180-rsp-97140-no-number"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            A. Nakamura, PT
            97140 Manual 11.30–11.42 (12')
            Tx: Mulligan weight-bearing dorsiflexion MWM on the L, posterior talar glides, STM to the soleus.
            Problem: L ankle dorsiflexion stiffness after the fracture; he can't crouch to the tulip bulb crates.
            """,
            ["S82.892D"], [PT("97140", 12)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, mismatches, missing separate time

        // LMH two headings "97112 Neuromuscular Re-ed: 23 Minutes" and "97110 Therapeutic Exercise: 15 Minutes", each section complete, 1:1 stated: passes.
        ["v6-h180-lmh-two-headings"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (STERLING HEIGHTS)
            Timed Procedures
            97112 Neuromuscular Re-ed: 23 Minutes
            NMR: one-on-one throughout. Foam stance with head turns, perturbations at the pelvis, tandem walking along the parallel bars.
            Problem: postural sway and a late step after the fall on the bowling-alley approach.
            Objective: Berg 44/56; 6 of 10 perturbations held.
            97110 Therapeutic Exercise: 15 Minutes
            TherEx: bridges 3x15, side-stepping with the red band 3 laps, step-ups on the 4 inch step 3x10.
            Problem: B hip abductor weakness.
            Objective: 30-second chair stand 11.
            Darnell Webb, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // OCM two clock ranges, each on its code's line (97112 2:00–2:24 = 24, 97140 2:24–2:36 = 12); both complete: passes.
        ["v6-h180-ocm-two-clock-ranges"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Clementine Rowe | Marcus Pryor, PT | Precautions: none
            [X] 1:1 constant attendance
            97112 Neuromuscular Re-education | 2:00–2:24 pm
            Intervention and skilled rationale: rocker board eyes closed, perturbations in tandem, step-and-stick onto foam
            Impairment addressed: R ankle proprioceptive loss after the sprain at the church fish fry.
            Objective measure: SLS R 7 sec; Berg 47/56.
            97140 Manual Therapy | 2:24–2:36 pm
            Intervention and skilled rationale: talocrural posterior glides grade III, STM to the R peroneals
            Impairment addressed: R ankle dorsiflexion stiffness.
            Objective measure: knee-to-wall R 5 cm → 9 cm.
            """,
            ["S93.401D"], [PT("97112", 24), PT("97140", 12)], []),

        // LERB "Minutes by CPT: 97112 = 23; 97110 = 15"; complete sections; Attendance selected 1:1: passes.
        ["v6-h180-lerb-minutes-by-cpt"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — HEREFORD
            AUTH # LE-23014 · visit 8 of 12 authorized
            Attendance: 1:1
            NMR: foam stance with head turns, lateral perturbations at the pelvis, stepping over the hurdle row to a stop; for sway and a late step after the fall at the cattle-sale ring. Berg 45/56.
            TherEx: sit-to-stand 3x10, hip abduction with the green band 3x12, heel raises 3x15; for B hip and calf weakness. 30-second chair stand 10.
            Objective data for reviewer: see above
            Minutes by CPT: 97112 = 23; 97110 = 15
            Dale Hobart, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // QBRH heading "— 24 MIN" on a 12-minute 97112 line: mismatch; otherwise complete.
        ["v6-h180-qbrh-heading-24-on-12"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: X1 viewing on foam, walking with head turns to a stop, habituation to the bending position
            IMPAIRMENT: L vestibular hypofunction; dizzy bending to the lobster crates
            OUTCOME MEASURE: DGI    SCORE: 18/24
            Nora Cobb, PT
            """,
            ["H81.22"], [PT("97112", 12)], [At(Mismatch, "97112")]),

        // ORPT Billing Grid's default 15 left on a 27-minute 97112 line: mismatch; otherwise complete.
        ["v6-h180-orpt-grid-default-15-on-27"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 12/07/2026
            1:1 (Y/N): Y
            Interventions: perturbations at the pelvis on foam, tandem walking with head turns, stepping over the hurdle row
            Clinical Findings: late stepping reaction and sway after the fall in the hog barn
            Objective Measures: Berg 43/56; 5 of 10 perturbations held
            Billing Grid:  97112 | Neuromuscular re-education | 15 min
            H. Bjornstad, PT, DPT
            """,
            ["R26.81"], [PT("97112", 27)], [At(Mismatch, "97112")]),

        // MRH two codes with only "Total timed 38 min" and no minutes for either code: separate time missing; both sections complete.
        ["v6-h180-mrh-total-only"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (BEDFORD)
            DOS 12/07/2026    Maribel Cruz, PTA
            NEUROMUSCULAR RE-EDUCATION 97112
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Perturbations on the Airex pad, stepping over the cane line eyes up, tandem walking. Postural control and a late step after the fall on the cellar stairs. Berg 45/56.
            THERAPEUTIC EXERCISE 97110
            Sit-to-stand 3x10, bridges 3x12, step-ups on the 6 inch step 3x10 for B hip and knee weakness. 5xSTS 14.9 sec.
            Total timed 38 min
            """,
            ["R26.81", "M62.81"], [PTA("97112", 23), PTA("97110", 15)], [SepTime]),

        // PCPT Jules Guidry two codes, 97112's dotted line filled but 97110's left "__ min": separate time missing; both sections complete.
        ["v6-h180-pcpt-jules-second-line-blank"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/07/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 23 min
            Code 97110 Ther ex ............ __ min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: NMR — foam stance wit' head turns, perturbations at de pelvis, step-and-stick onto de half dome. Ther ex — bridges 3x15, clamshells red band 3x12, step-ups 3x10.
            For: sway an' a late step since he fell off de shrimp-boat gunwale, cher; L hip weakness
            Numbers: Berg 46/56; SLS L 8 sec; 30-second chair stand 11
            """,
            ["R26.81", "M62.81"], [PTA("97112", 23), PTA("97110", 15)], [SepTime]),

        // PTH two minute boxes "97112 [ 23 ] min" and "97110 [ 15 ] min", each part complete, 1:1 with a son at the table: passes.
        ["v6-h180-pth-two-minute-boxes"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Wes Combs, PT
            Present: son, at the kitchen table
            97112 [ 23 ] min
            1:1 — just her and me; the son stayed at the table
            Tx: foam stance at the counter with head turns, stepping over the doorway threshold to a stop, perturbations at the pelvis
            Problem: sway and a late step; she fell by the woodbox in October
            Assist/Dist: Berg 43/56; 6 of 10 perturbations held
            97110 [ 15 ] min
            Tx: sit-to-stand from the kitchen chair 3x10, standing hip abduction 3x12, heel raises at the counter 3x15
            Problem: B hip and calf weakness
            Assist/Dist: 30-second chair stand 9
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // SCMH "Timed: 97112 ▸ 23 min" on a 35-minute line: mismatch; otherwise complete.
        ["v6-h180-scmh-23-on-35"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Reino Maki
            EPISODE A: unsteadiness on feet    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: perturbations in tandem, rocker board eyes closed, stepping over the hockey stick to a stop
            Impairment: sway and a late step on the ore-boat gangway
            Measures (Last | Today): Berg 45 | 47; SLS R 7 | 10 sec
            Completed by: Tove Lindqvist, PT
            """,
            ["R26.81"], [PT("97112", 35)], [At(Mismatch, "97112")]),

        // SCLH Anjali clock range "10:00–10:12 (12 min)" on a 24-minute 97116 line: mismatch; otherwise complete.
        ["v6-h180-sclh-clock-range-12-on-24"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            A. Subramaniam, PT · Mon 12/07/2026
            97116 gait training 10:00–10:12 (12 min)
            Rolling walker to the straight cane in the Pav B corridor and the ramp to the skybridge; cues for R heel strike and step length.
            Problem: short R step and R quad weakness after the R TKA.
            Assist: 300 ft with the cane SBA; ramp CGA.
            """,
            ["Z96.651"], [PT("97116", 24)], [At(Mismatch, "97116")]),

        // ---------------------------------------------------------------- class 7: empty notes, the other codes' meanings, wholly generic notes

        // An empty note on a two-code visit: DOC_NOTE_MISSING on each profiled line, diagnosis present.
        ["v7-h180-empty-two-code-visit"] = new(
            "",
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // An OT note of spaces and line breaks only, and no diagnosis: note missing on the 97530 and the diagnosis check.
        ["v7-h180-spaces-and-breaks-no-dx"] = new(
            "   \n  \n     ",
            [], [OT("97530", 18)], [At(NoteMissing, "97530"), Dx]),

        // JWO 97110: exercises named with doses (rows, wall slides, sidelying ER with 2 lb), R shoulder weakness after the rotator-cuff repair, flexion degrees: passes.
        ["v7-h180-jwo-97110-shoulder"] = new(
            """
            JointWorks QuickNote · Elkhart · T. Yoder PT
            97110 ▸ 16m
            Tx ▸ rows w the red band 3x12, wall slides 2x10, sidelying ER w 2 lb 3x10
            Area ▸ R shoulder weakness after the RTC repair; can't reach the RV cabinet rivet bin
            # ▸ AROM flexion R 128° (was 115°)
            """,
            ["M75.121"], [PT("97110", 16)], []),

        // HDNR OT 97530: floor-to-table lifts of a tackle box and reaching to the truck rack; standing balance and L grip; counts and assist level: passes.
        ["v7-h180-hdnr-97530-tackle-box"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Sol Márquez, OTR/L | Pt: Lyle Barnhouse (lift mechanic at the ski hill)
            97530 [ 20 ] min
            What I did: lifting a 12 lb tackle box from the floor to the tailgate, reaching overhead to the truck rack, carrying the box 30 ft
            Why: standing balance and L grip after the R stroke
            Device paste: none today
            Result: 6 lifts SBA; grip L 38 lb
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // CFPT 97140 capitals: grade III PA mobs and STM, lumbar stiffness, flexion and SLR measures: passes.
        ["v7-h180-cfpt-97140-lumbar"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/07/26
            CPT 97140 X 13 MIN
            NOTE: L3-4 AND L4-5 UNILATERAL PA MOBS GR III, STM TO THE R ERECTORS. IMP: LUMBAR STIFFNESS, CAN'T BEND TO THE SEED-CORN SACKS. OBJ: FLEXION FINGERTIPS TO KNEE → MID-SHIN; SLR R 50° → 60°.
            """,
            ["M54.50"], [PT("97140", 13)], []),

        // BCH PTA 97116: walker on hall and ramp with cues, L hemiparesis and short step, distance and assistance: passes.
        ["v7-h180-bch-pta-97116-walker-ramp"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Homer Blankenship · 12/07/2026 · J. Spurlock, PTA
            Goal #3 — walk from the porch to the mailbox with the walker
            Status: progressing
            Treated with: 97116 (18 min) — gait with the rolling walker on the hall, the hospital ramp and a 4 inch curb, cues for L step length and upright trunk
            Impairment: L hemiparesis after the R stroke, short L step and forward trunk lean
            How we know: 250 ft with the walker CGA; curb mod A
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["I69.354"], [PTA("97116", 18)], []),

        // ERPT Hank Twomey wholly generic capitals: no technique, deficit, measure or attendance.
        ["v7-h180-erpt-twomey-generic"] = new(
            """
            97112 22 MIN NMR PER POC BALANCE TRAINING TOLERATED WELL CONTINUE PLAN OF CARE.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // LMH two-code note of defaults under exact headings: nothing named for either code, no 1:1; minutes exact so no time finding.
        ["v7-h180-lmh-two-code-defaults"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (ROSEVILLE)
            Timed Procedures
            97112 Neuromuscular Re-ed: 23 Minutes
            NMR: balance training and coordination exercises. Patient tolerated treatment well.
            97110 Therapeutic Exercise: 15 Minutes
            TherEx: exercises per plan of care. Continue plan of care.
            LaToya Grant, PTA
            """,
            ["R26.81"], [PTA("97112", 23), PTA("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // TVPT wholly generic 97110: "ther ex per POC, tolerated well, continue" under the template's headings: nothing named.
        ["v7-h180-tvpt-generic-97110"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — DAYTON
            SERVICE: 97110 Therapeutic exercise — 15 min
            WHAT I DID AND WHY: therapeutic exercise per plan of care; patient tolerated well.
            DEFICIT ADDRESSED: see plan of care
            OBJECTIVE: tolerated well
            NOTE TO REVIEWER: continue plan of care
            Celeste Vandergriff, PT
            """,
            ["M62.81"], [PT("97110", 15)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // SPL 97530: sled pushes, farmer carries and box step-downs for the hotshot sawyer's return to the fire line; R knee control; loads and distances: passes.
        ["v7-h180-spl-97530-fire-line"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE (BOWN CROSSING)
            SESSION REPORT · Athlete: Tate Wollan (age 27, hotshot-crew sawyer) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK B · 97530 Ther activities · 18 min
            Work: sled pushes 90 lb 4 x 60 ft, farmer carries with two 35 lb kettlebells 4 x 80 ft, box step-downs from 12 in with a loaded pack 3x8
            Limiter: R knee control and quad endurance on downhill carries after the meniscus repair
            DATA PASTE ▼
            Single-leg hop R/L 88%
            """,
            ["S83.241D"], [PT("97530", 18)], []),

        // ---------------------------------------------------------------- ordinary: complete notes of every clinic (the false-positive guard), and two ordinary weak ones

        // LCPT NNVC goal tracker, 97112 "Codes/min: 97112 = 23", 1:1, foam and perturbations, sway after the fall from the grain-bin ladder, Berg: passes.
        ["vord-h180-lcpt-grain-bin-ladder"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER
            Pt: Virgil Stuthman · A. Wiese, PT
            Functional goal: climb the grain-bin ladder without freezing at the top [status: progressing]
            Codes/min: 97112 = 23
            Attendance: one-on-one
            Interventions: foam stance with head turns, perturbations at the pelvis, stepping up onto the 8 inch box to a stick
            Impairment: postural sway and a late step after the fall from the bin ladder
            Progress measure: Berg 46/56; 7 of 10 perturbations held
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // LCPT PTA 97110 "Codes/min: 97110 = 14", doses, L knee weakness, chair stand: passes.
        ["vord-h180-lcpt-pta-97110-hay-bales"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER
            Pt: Bernice Ortmeier · T. Kreikemeier, PTA
            Functional goal: carry a square bale to the calf pen [status: progressing]
            Codes/min: 97110 = 14
            Interventions: leg press 50 lb 3x12, step-ups on the 6 inch step 3x10, TKE with the blue band 3x15
            Impairment: L quad weakness after the L TKA
            Progress measure: 5xSTS 13.8 sec
            """,
            ["Z96.652"], [PTA("97110", 14)], []),

        // LCPT two codes, "Codes/min: 97112 = 22; 97116 = 15", each part complete, 1:1: passes.
        ["vord-h180-lcpt-two-codes-sale-barn"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER
            Pt: Loren Hasenkamp · A. Wiese, PT
            Functional goal: walk the sale-barn catwalk [status: progressing]
            Codes/min: 97112 = 22; 97116 = 15
            Attendance: one-on-one
            97112 interventions: tandem on foam, perturbations at the shoulders, stepping over the hurdle row eyes up — for sway and a slow hip strategy after the stroke. Berg 44/56.
            97116 interventions: gait with the cane on the hall and the ramp, cues for R heel strike — for the short R step. 350 ft with the cane SBA.
            """,
            ["I69.351", "R26.81"], [PT("97112", 22), PT("97116", 15)], []),

        // LMPT form, 1:1, perturbations and foam, L ankle proprioception, SLS and perturbations: passes.
        ["vord-h180-lmpt-taqueria-stool"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (M. Kowalczyk, PT)
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: rocker board eyes closed, step-and-stick onto foam, lateral perturbations at the pelvis
            Why: L ankle proprioception after the sprain stepping off the taqueria stool
            #s: SLS L 8 sec; 7 of 10 perturbations held
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // LMPT 97140 form, "Code: 97140 | Min: 12", mobs and STM, thoracic stiffness, rotation degrees: passes.
        ["vord-h180-lmpt-97140-cta-driver"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97140 | Min: 12
            Tx: thoracic PA mobs grade III T4-7, STM to the R rhomboids
            Why: upper-back stiffness; the bus driver can't turn to check the mirror
            #s: thoracic rotation R 35° → 48°
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // WMDC OT 97530 with buttons and coffee pouring, fine-motor deficit, counts and seconds: passes.
        ["vord-h180-wmdc-ot-97530-buttons"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Ruth Ann Pettigrew, 69 · Med state: OFF, late dose
            Pt says: "I can't button my choir robe."
            97530 — 17 min with Benedikt: buttoning the robe's 6 buttons, pouring coffee from the carafe standing, reaching for mugs in the upper cabinet.
            Deficit: bradykinesia and reduced fine-motor amplitude in the R hand.
            Measures: 6 buttons in 74 sec; 9-hole peg R 41 sec.
            """,
            ["G20.A1"], [OT("97530", 17)], []),

        // WMDC PTA 97112, "1:1 with Tovah", obstacle stepping and turning, freezing, TUG and counts: passes.
        ["vord-h180-wmdc-pta-turning-cones"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Odell Furrow, 77 · Med state: ON
            Wife says: "He turns in a dozen little steps in the kitchen."
            97112 — 22 min; 1:1 with Tovah. Turning around cones in four big steps, stepping over taped lines to a metronome, stop-and-go walking on cue.
            Deficit: freezing on turns and reduced step amplitude.
            Measures: TUG 13.6 sec; turns without a freeze 7 of 10.
            """,
            ["G20.A1"], [PTA("97112", 22)], []),

        // CBMC Raman slashes, "one to one", gaze stabilisation, vestibular hypofunction, DGI and DVA: passes.
        ["vord-h180-cbmc-raman-lift-operator"] = new(
            """
            97112/23 min/one to one/x1 viewing standing on foam + walking w head turns/L vestibular hypofunction dizzy watching the chairs at the echo valley lift/dgi 17 of 24/dva lost 2 lines
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // CBMC Lucia OT 97530 double spaces, one closing period: carrying crates, reaching; R arm and balance; counts and distance: passes.
        ["vord-h180-cbmc-lucia-97530-crates"] = new(
            """
            97530  18 min  carrying an empty apple crate 40 ft x 4  stacking crates to shoulder height  reaching to the top bin standing  R arm weakness and standing balance after the L stroke  4 carries SBA  grip R 29 lb.
            """,
            ["I69.351"], [OT("97530", 18)], []),

        // WRPT OT 97530, dishwasher and pantry reaches, L shoulder weakness, counts; CO query resolved: passes.
        ["vord-h180-wrpt-ot-97530-pantry"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 12/07/2026 — Dwight Kemper, OTR/L
            Svc: 97530 Ther activities — 17 min
            What we did: unloading the dishwasher to the upper cabinet, carrying a 5 lb flour sack to the pantry shelf, wiping the counter standing
            Why: L shoulder weakness and reach after the proximal humerus fracture
            Numbers: 12 plates to the upper shelf; reach 14 in above shoulder
            [CO query: which shelf height? — 62 in, per addendum DK 12/07] [CO: resolved LM]
            """,
            ["S42.202D"], [OT("97530", 17)], []),

        // WRPT PT 97112, 1:1 ticked, rocker and foam and pushes, R ankle proprioception, SLS and pushes: passes.
        ["vord-h180-wrpt-canoe-livery"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note 12/07/2026 — Joel Tackett, PT
            Svc: 97112 NMR — 24 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: rocker board eyes closed, foam stance with paddle strokes, lateral pushes at the hips
            Why: R ankle proprioception after rolling it on the canoe-livery gravel bar
            Numbers: SLS R 9 sec; 8 of 10 pushes held
            """,
            ["S93.401D"], [PT("97112", 24)], []),

        // QBRH PTA 97110 capitals, doses, R hip weakness, chair-stand score: passes.
        ["vord-h180-qbrh-pta-97110-sardine-plant"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97110 THERAPEUTIC EXERCISE — 15 MIN
            INTERVENTIONS: bridges 3x15, side-lying hip abduction 3x12, sit-to-stand from the low chair 3x10
            IMPAIRMENT: R hip weakness after the hip fracture; she can't rise from the old sardine-plant bench
            OUTCOME MEASURE: 30-second chair stand    SCORE: 10
            Lucienne Dufour, PTA
            """,
            ["S72.001D"], [PTA("97110", 15)], []),

        // QBRH 97112 capitals, Individual ticked, perturbations and foam, late step, Berg: passes.
        ["vord-h180-qbrh-nmr-clam-flats"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: perturbations in stride stance, foam stance with head turns, stepping over the clam hod to a stop
            IMPAIRMENT: postural sway and a late step on the soft clam flats
            OUTCOME MEASURE: Berg    SCORE: 45/56
            Nora Cobb, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // TVPT 97112, "Y" answered, rhythmic stabilisation and foam, impaired postural control, Berg and FGA: passes.
        ["vord-h180-tvpt-wheat-truck"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — WALLA WALLA
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: foam stance with head turns, perturbations at the pelvis in stride stance, stepping up to the 12 inch box to a stick, so she can climb into the wheat truck cab
            DEFICIT ADDRESSED: delayed stepping reaction and postural sway after the fall at harvest
            OBJECTIVE: Berg 46/56; FGA 20/30
            NOTE TO REVIEWER: plan of care certified 11/20/2026
            Celeste Vandergriff, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // TVPT 97140, grade III mobs and STM, R shoulder stiffness, degrees: passes.
        ["vord-h180-tvpt-97140-pruning-shears"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — WAITSBURG
            SERVICE: 97140 Manual therapy — 12 min
            WHAT I DID AND WHY: GH inferior and posterior glides grade III, STM to the R posterior cuff, to free his overhead reach for pruning
            DEFICIT ADDRESSED: R shoulder capsular stiffness
            OBJECTIVE: flexion R 132° → 145°; IR 30° → 38°
            Owen Takacs, PT
            """,
            ["M75.01"], [PT("97140", 12)], []),

        // QHPT 97112 "Seen 1:1", tandem and perturbations, sway, Berg; scrub correction of a patient-name typo: passes.
        ["vord-h180-qhpt-ski-hill-lodge"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 24 min
            Seen 1:1.
            Foam stance with head turns, perturbations at the pelvis, stepping over the ski-pole line eyes up.
            Postural sway and a late step on the icy lodge steps.
            Berg 45/56; TUG 11.6 sec.
            SCRUB CORRECTION 12/07 (NB): patient's middle initial typed R, is P — typo.
            N. Beauchesne, PT
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // QHPT PTA 97110, doses, L hip weakness, chair stand: passes.
        ["vord-h180-qhpt-pta-97110-firewood"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97110 — 15 min
            Step-ups on the 8 inch step 3x10, bridges 3x15, side-steps with the green band 3 laps.
            L hip weakness; he can't carry split wood up to the stove box.
            30-second chair stand 11.
            J. Pomeroy, PTA
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // LERB 97112, Attendance 1:1, foam and perturbations, late step, Berg and TUG, "Minutes by CPT: 97112 = 24": passes.
        ["vord-h180-lerb-grain-elevator"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — FRIONA
            AUTH # LE-23102 · visit 3 of 12 authorized
            Attendance: 1:1
            Tx: tandem walking on foam with head turns, perturbations at the shoulders, stepping over the hurdle row to a stop
            Problem: late stepping reaction after the fall on the grain-elevator stairs
            Objective data for reviewer: Berg 44/56; TUG 12.1 sec
            Minutes by CPT: 97112 = 24
            Dale Hobart, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // LERB 97116, cane on hall and curb, short L step, distance and assistance: passes.
        ["vord-h180-lerb-97116-church-curb"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — DALHART
            AUTH # LE-23110 · visit 6 of 12 authorized
            Tx: gait with the straight cane on the hall, the ramp and a 6 inch curb, cues for L heel strike and step length
            Problem: short L step and L hip weakness after the L THA
            Objective data for reviewer: 400 ft with the cane modified independent; curb SBA
            Minutes by CPT: 97116 = 16
            Dale Hobart, PT
            """,
            ["Z96.642"], [PT("97116", 16)], []),

        // ORPT Prairielight 97110 Billing Grid 16 matching the line, doses, knee weakness, 5xSTS: passes.
        ["vord-h180-orpt-97110-bell-tower"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 12/07/2026
            Interventions: step-ups on the 8 inch step 3x10, wall squats 3x10, TKE with the green band 3x15
            Clinical Findings: R quad weakness after the R TKA; stairs in the bell tower are hard
            Objective Measures: 5xSTS 14.1 sec; knee flexion R 112°
            Billing Grid:  97110 | Therapeutic exercise | 16 min
            H. Bjornstad, PT, DPT
            """,
            ["Z96.651"], [PT("97110", 16)], []),

        // ORPT 97112, "1:1 (Y/N): Y", vestibular habituation, dizziness turning, DGI: passes.
        ["vord-h180-orpt-nmr-silo-turns"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 12/07/2026
            1:1 (Y/N): Y
            Interventions: X1 viewing standing on foam, walking with head turns to a stop, habituation to quick turns
            Clinical Findings: R vestibular hypofunction; dizzy turning at the silo unloader
            Objective Measures: DGI 18/24; DVA lost 2 lines
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            H. Bjornstad, PT, DPT
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // HLG 97112 "— 1:1", step-and-stick and perturbations, lateral instability, Berg and 4-square: passes.
        ["vord-h180-hlg-quilt-frame"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Point Clear Landing (house-call room)
            Fontenot, Iva (88) · Luanne Pressley, PTA
            IN HER OWN WORDS: "I lean over the quilt frame and the room goes sideways on me." (quoted as said)
            WHAT WE DID: 97112 · 22 min — 1:1
            Side-stepping over the yardstick to a stop; lateral perturbations at the pelvis; reaching across the frame on foam.
            WHY: lateral instability and a late side step.
            MEASURED: four-square step test 15.8 sec; Berg 42/56.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // HLG OT 97530, tub transfer and laundry basket carry, standing balance, assist level and counts: passes.
        ["vord-h180-hlg-ot-97530-laundry"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Guidry, Maxine (79) · Fern Ocampo, OTR/L
            IN HER OWN WORDS: "I want to hang my own wash on the line." (quoted as said)
            WHAT WE DID: 97530 · 18 min
            Carrying a laundry basket 20 ft, reaching up to pin towels on the practice line, tub-bench transfer.
            WHY: standing balance and R shoulder reach after the fall.
            MEASURED: 3 carries SBA; tub-bench transfer CGA; 8 towels pinned.
            """,
            ["R26.81", "M62.81"], [OT("97530", 18)], []),

        // RBVC Sess B, "only Marisol and Ana", X2 and habituation, visual-vestibular mismatch, DGI and DVA: passes.
        ["vord-h180-rbvc-sess-b-red-rocks"] = new(
            """
            RBVC West Sedona — Intensive Week — Mon
            Sess B ▸ 97112 ▸ 23 min
            Only Marisol and Ana in the vestibular room; her brother waited in the lobby.
            Tx: X2 viewing on foam; walking with head yaw past the striped curtain; habituation to looking up at the rock faces on the screen.
            Visual-vestibular mismatch after the mountain-bike crash; she sways in the jeep-tour lot.
            DGI 18/24; DVA lost 2 lines.
            M. Etsitty-Crane PT DPT
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // RBVC Sess A PTA, "just Juniper and Mr. Yazzie", gaze stabilisation and head-turn walking, dizziness, DGI: passes.
        ["vord-h180-rbvc-pta-sess-a-trading-post"] = new(
            """
            RBVC Williams — Mon
            Sess A ▸ 97112 ▸ 22 min
            Just Juniper and Mr. Yazzie in the room the whole session.
            Tx: X1 viewing standing on foam; walking with head turns down the hall to a stop; habituation to bending to the low shelves.
            L vestibular hypofunction; dizzy bending at the trading-post shelves.
            DGI 19/24; MSQ 14.
            J. Halvorsen PTA
            """,
            ["H81.22"], [PTA("97112", 22)], []),

        // MBOG 97112, "→ 97112 · 22 min", 1:1, foam and perturbations, late step, Berg: passes.
        ["vord-h180-mbog-nmr-onion-field"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Esperanza Villalobos · 12/07/2026 · R. Quintero, PT
            PRIMARY OUTCOME: ABC 58% today (intake 41%)
            STG 1: walk the onion-field furrows without a fall — PROGRESSING
               → 97112 · 22 min · one-on-one · foam stance with head turns, perturbations at the pelvis, stepping over furrow lines to a stop
            Impairment: postural sway and a late step after two falls in the field
               ▸ measured by: Berg 45/56; 6 of 10 perturbations held
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // MBOG 97110, "→ 97110 · 14 min", doses, L quad weakness, LEFS: passes.
        ["vord-h180-mbog-97110-feedlot"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Clifton Ashby · 12/07/2026 · R. Quintero, PT
            PRIMARY OUTCOME: LEFS 44/80 today (intake 30/80)
               → 97110 · 14 min · leg press 70 lb 3x12, step-ups on the 8 inch step 3x10, wall sits 3x20 sec
            Impairment: L quad weakness after the ACL reconstruction
               ▸ measured by: SL squat depth L 60°
            """,
            ["S83.512D"], [PT("97110", 14)], []),

        // NLMC 97112, Individual (1:1), foam and Biodex, slow ankle strategy, device indices: passes.
        ["vord-h180-nlmc-ice-fishing-house"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BRAINERD
            TREATMENT NOTE · Pt: Gunnar Sletten · Clinician: Ingeborg Halvorsen, PT, DPT
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: Individual (1:1)
            Treatment: limits-of-stability targets on the Biodex, foam stance with head turns, perturbations at the pelvis
            Impairment: slow ankle strategy and sway after the fall stepping out of the fish house
            ▶ Imported device report — Biodex Balance SD
            Overall stability index 2.6 | limits of stability 41%
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // NLMC OT 97530, kitchen tasks standing, R hand coordination, counts and seconds: passes.
        ["vord-h180-nlmc-ot-97530-lefse"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER
            TREATMENT NOTE · Pt: Solveig Brekke · Clinician: Delphine Ostrowski, OTR/L
            Service: 97530 Therapeutic activities — 18 minutes
            Treatment: rolling lefse dough standing at the counter, turning rounds with the stick, reaching to the griddle shelf
            Impairment: R hand coordination and standing tolerance after the L stroke
            Result: 5 rounds rolled standing; 9-hole peg R 38 sec
            """,
            ["I69.331"], [OT("97530", 18)], []),

        // HDNR PT 97112, "97112 neuro re-ed: 22 min | 1:1", PNF and foam, motor recruitment, Berg and gait speed: passes.
        ["vord-h180-hdnr-pnf-fly-shop"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Priya Venkataraman, PT | Pt: Dale Hollenbeck (fly-shop owner)
            97112 neuro re-ed: 22 min | 1:1
            What I did: PNF D2 flexion patterns of the L leg in standing, rhythmic stabilisation in half-kneeling, stepping over a wading staff to a stop
            Why: L hip motor recruitment and postural control after the R stroke
            Device paste: none today
            Result: Berg 46/56; gait speed 0.94 m/s
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // HDNR PTA 97116, "97116 [ 17 ] min", cane gait with cues, short R step, distance and assist: passes.
        ["vord-h180-hdnr-pta-97116-brewery-floor"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Ruthanne Keel, PTA | Pt: Arlo Fenske
            97116 [ 17 ] min
            What I did: gait with the quad cane on the hall and the brewery-floor mat, cues for R hip flexion and heel strike
            Why: R hemiparesis after the L stroke; short R step
            Device paste: none today
            Result: 280 ft with the quad cane CGA
            """,
            ["I69.351"], [PTA("97116", 17)], []),

        // PCPT Cleo 97112, one-on-one ticked, foam and perturbations, sway on the pirogue, SLS: passes.
        ["vord-h180-pcpt-cleo-pirogue"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/07/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board eyes closed, foam stance holdin' a paddle, perturbations at the pelvis
            For: R ankle proprioception; she wobbles stepping into the pirogue
            Numbers: SLS R 10 sec; 7 of 10 perturbations held
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // PCPT Jules PTA 97110, doses, L hip weakness, chair stand: passes.
        ["vord-h180-pcpt-jules-97110-crab-traps"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/07/2026 · Jules Guidry, PTA
            Code 97110 Ther ex ............ 15 min
            Did: bridges 3x15, side-steps wit' de green band 3 laps, step-ups on de 6 inch step 3x10
            For: L hip weakness, cher; he can't lift de crab traps onto de dock
            Numbers: 30-second chair stand 12
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // CFPT capitals 97112 "CPT 97112 X 23 MIN", "1ON1 FLAG: Y", perturbations and foam, late step, Berg: passes.
        ["vord-h180-cfpt-nmr-capitals-creek-rocks"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: LORENE PACK PT     DOS 12/07/26
            CPT 97112 X 23 MIN     1ON1 FLAG: Y
            NOTE: PERTURBATIONS AT THE PELVIS IN TANDEM, FOAM STANCE W HEAD TURNS, STEPPING OVER THE CANE LINE TO A STOP. IMP: LATE STEPPING REACTION, FELL ON THE CREEK ROCKS BY THE MILL. OBJ: BERG 44/56, TUG 12.4 SEC.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // CFPT capitals 97116, cane gait with cues, R hip weakness, distance and assist: passes.
        ["vord-h180-cfpt-97116-sale-barn-gravel"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/07/26
            CPT 97116 X 16 MIN
            NOTE: GAIT W STRAIGHT CANE ON THE HALL AND THE GRAVEL STRIP, CUES FOR R HEEL STRIKE AND STEP LENGTH. IMP: R HIP WEAKNESS AND ANTALGIC GAIT AFTER THE R THA. OBJ: 350 FT W CANE SBA.
            """,
            ["Z96.641"], [PT("97116", 16)], []),

        // SCLH Nathaniel first-person, 97112 "× 23 min", "I treated him one-on-one", foam and perturbations, proprioception, SLS: passes.
        ["vord-h180-sclh-nathaniel-first-person"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            N. Osei-Bonsu, PT · Mon 12/07/2026
            Timed: 97112 × 23 min
            Delivery: I treated him one-on-one for the whole block.
            Tx: I had him on the rocker board eyes closed, then step-and-stick onto foam, then perturbations at the pelvis.
            Impairment: R ankle proprioception after he rolled it on the Blue Line stairs.
            Objective: SLS R 9 sec; 8 of 10 perturbations held.
            A/P: progressing.
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // SCLH Helga float, "Timed code minutes: 97116 = 17 / 97110 = 12", ☑ 1:1 row, each part complete: passes.
        ["vord-h180-sclh-helga-float-two-codes"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            H. Lindqvist, PT (float) · Mon 12/07/2026
            ☑ Pt treated 1:1 for timed codes
            Timed code minutes: 97116 = 17 / 97110 = 12
            Gait: rolling walker in the corridor and to the elevator, cues for step length; short L step after the L TKA; 300 ft SBA.
            Ther ex: heel slides 2x15, quad sets 2x15, LAQ with 2 lb 3x10; L quad weakness; knee flexion L 98°.
            """,
            ["Z96.652"], [PT("97116", 17), PT("97110", 12)], []),

        // JWO 97112 "1:1 ▸ Y", BAPS and perturbations, L ankle proprioception, SLS: passes.
        ["vord-h180-jwo-nmr-rv-plant"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 23m
            1:1 ▸ Y
            Tx ▸ BAPS board CW/CCW, perts at the pelvis on foam, step-and-stick off the 6 in step
            Area ▸ L ankle proprioception after the sprain on the RV-plant catwalk
            # ▸ SLS L 10 sec; 8/10 perts held
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // JWO 97140 "▸ 11m", mobs and STM, R knee stiffness, flexion degrees: passes.
        ["vord-h180-jwo-97140-knee"] = new(
            """
            JointWorks QuickNote · Plymouth · T. Yoder PT
            97140 ▸ 11m
            Tx ▸ tibiofemoral posterior glides gr III, patellar mobs, STM to the R quad
            Area ▸ R knee flexion stiffness after the TKA; can't sit in the combine seat
            # ▸ knee flexion R 104° → 111°
            """,
            ["Z96.651"], [PT("97140", 11)], []),

        // BCH 97112, "Treated with: 97112 (23 min)", 1:1 ticked, perturbations and foam, sway, Berg: passes.
        ["vord-h180-bch-nmr-coal-camp-porch"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Williamson)
            Pt: Ollie Runyon · 12/07/2026 · D. Mounts, PT
            Goal #1 — step off the porch without grabbing the post
            Status: progressing
            Treated with: 97112 (23 min) — perturbations in stride stance, foam stance with head turns, stepping down off the 6 inch step to a stick
            Impairment: postural sway and a late step after the R cerebellar stroke
            How we know: Berg 43/56; tandem 5 sec
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // BCH OT 97530, laundry and pantry tasks, L arm function, counts and assist: passes.
        ["vord-h180-bch-ot-97530-canning-jars"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Pauline Mullins · 12/07/2026 · S. Varney, OTR/L
            Goal #2 — put up her own canning jars
            Status: progressing
            Treated with: 97530 (18 min) — lifting quart jars to the pantry shelf, twisting lids with the L, carrying a jar rack 15 ft
            Impairment: L arm weakness and grasp after the R stroke
            How we know: 10 jars shelved SBA; grip L 22 lb
            """,
            ["I69.334"], [OT("97530", 18)], []),

        // MRH 97112 heading, Individual ticked, perturbations and foam, postural control, Berg and TUG, addendum naming the DOS: passes.
        ["vord-h180-mrh-nmr-church-steps"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 12/07/2026    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Perturbations in narrow stance on the Airex pad, stepping over the cane line with head turns, backward walking to a stop.
            Postural control and delayed stepping after the fall on the church steps.
            Berg 45/56. TUG 11.2 sec.
            ---
            ADDENDUM 12/07/2026 (Compliance CQ-4612) for DOS 12/07/2026: the pad was the Airex balance pad, not the foam roll.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // MRH PTA 97110 heading "— 30 min" carried from another day on an 18-minute line: mismatch; otherwise complete (ordinary weak).
        ["vord-h180-mrh-pta-97110-heading-30-on-18"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (SALEM)
            DOS 12/07/2026    Maribel Cruz, PTA
            THERAPEUTIC EXERCISE 97110 — 30 min
            Sit-to-stand 3x10, bridges 3x15, step-ups on the 6 inch step 3x10.
            B hip and knee extensor weakness; she can't get up from the coffee-pot chair without her arms.
            5xSTS 15.4 sec.
            """,
            ["M62.81"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // RSP 97112 clock range (23'), 1:1, rocker and perturbations, late step, SLS: passes.
        ["vord-h180-rsp-kayak-guide"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            T. Wierzbicki, PTA · 07.12.2026 · kayak guide, 39 y, 68 kg
            97112 NMR 13.10–13.33 (23') · 1:1
            Tx: rocker board eyes closed; perturbations at the pelvis in tandem; stepping from the dock board onto foam to a stop.
            Problem: late step and sway getting in and out of the kayak after the R ankle sprain.
            Measures: SLS R 11 s; 8 of 10 perturbations held.
            """,
            ["S93.401D"], [PTA("97112", 23)], []),

        // RSP 97110 clock range (14'), doses with kilograms, L shoulder weakness, flexion degrees: passes.
        ["vord-h180-rsp-97110-crab-pots"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            M. Halvorsen, PT · 07.12.2026 · crabber, 51 y, 92 kg
            97110 Ex 09.00–09.14 (14')
            Tx: rows 3x12 with 10 kg cable, scaption 3x10 with 2 kg, ER with the red band 3x15.
            Problem: L shoulder weakness after the cuff repair; he can't swing the crab pots aboard.
            Measures: flexion L 140°; ER strength L 4/5.
            """,
            ["M75.122"], [PT("97110", 14)], []),

        // IVBPT 97112, "One-on-one.", foam and pushes, late step, Berg: passes.
        ["vord-h180-ivbpt-date-packing-shed"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 12/07/2026    R. Quezada, PT, DPT
            97112 — 23 min
            One-on-one.
            Foam stance with head turns, reactive steps to pushes at the pelvis, tandem walking along the mirror
            Deficit: late protective step and sway after the fall in the date-packing shed
            Berg 44/56; 6 of 10 pushes recovered with one step
            {{CLEARED — KM}}
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // IVBPT PTA complete 97112 sent with no diagnosis code: diagnosis missing only (ordinary weak).
        ["vord-h180-ivbpt-pta-no-dx"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 12/07/2026    G. Olmedo, PTA
            97112 — 22 min
            One-on-one.
            Rocker board eyes closed, step-and-stick onto foam, perturbations at the pelvis
            Deficit: R ankle proprioception after the sprain on the canal bank
            SLS R 8 sec; 7 of 10 perturbations held
            {{CLEARED — KM}}
            """,
            [], [PTA("97112", 22)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
