using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-ninety-first held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, clinics and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07 (blind), the set is one random Wednesday's notes, Wednesday 12/16/2026, across forty outpatient
/// clinics that no earlier set has, each in its own ordinary template and voice and none with more than four notes:
/// conventional styles, new clinics and new writers. It measures how the analyzer does on clinics it has never seen; it
/// is run once. About two thirds are ordinary and complete (71 of 109), single- and two-code visits (97110, 97112,
/// 97116, 97140, 97530), by PTs, PTAs, OTs and students under their instructors, from these employers:
/// <list type="number">
/// <item>hospital outpatient departments: Walnut Valley Regional Hospital (WVRH, Winfield KS: a SOAP note with "O: 97112
/// Neuromuscular re-education — 23 min, provided one-on-one …"), St. Adalbert Medical Center's outpatient neuro clinic
/// (SAMC, Toledo: "Timed services: 97112 Neuromuscular Re-education 23 min (one-on-one)", "Intervention:",
/// "Impairment:", "Outcome:") and Oriskany Valley Health (OVH, Utica: "97112 NEUROMUSCULAR RE-EDUCATION .... 22 MIN",
/// "SERVICE DELIVERY: [X] 1:1 [ ] GROUP", "TARGETED DEFICIT:");</item>
/// <item>rural critical-access hospitals: Wallowa Memorial (WMH, Enterprise OR: "PROCEDURE / MIN: 97112 / 23
/// INDIVIDUAL: yes"), Tensas Basin Hospital (TBH, St. Joseph LA: "97112 x 22 min, one-on-one", "Treatment:",
/// "Problem:", "Measure:", and minutes written before the code), Pecos Valley Community Hospital (PVCH, Fort Stockton TX:
/// "CPT 97112 — 22 MIN", "DELIVERY:", "TX:", "PROBLEM:", "OBJ:", apostrophe minutes), Ontonagon Rural Health (ORH:
/// "97112 — 22 min — treated one-on-one", "Findings:"), Cherry County Medical Center (CCMC, Valentine NE: "97112 23 min —
/// 1:1 …", "Did:", "Why:", "Numbers:", "97112 22m / 97116 13m") and Washakie County Memorial (WCM, Worland WY: the
/// tick-box "Daily Tx Record" with "[✓] 97112 NMR ___22___ min");</item>
/// <item>skilled-nursing and senior-living Part B programmes: Sycamore Shoals Health &amp; Rehabilitation (SSHR: "Mode: ☑
/// Individual ☐ Concurrent ☐ Group ☐ Co-treatment" over a "CPT | Description | Min" grid), Green Lake Terrace (GLT: "Code:
/// … — 18 min Mode: [ ] Individual [X] Concurrent", "Minutes — 97530: [ 18 ]"), Silver Lake Manor (SLM, Cortland NY) and
/// Prairie Aster Senior Living (PASL, Emporia: "CPT: 97112 Minutes: 22 ☒ One-on-one", "Deficit addressed: ____");</item>
/// <item>home-health Part B providers: Horicon Marsh Home Therapy (HMHT: "Services this visit (code / minutes): 97116 /
/// 24", "Individual treatment? ■ Yes □ No", "Caregiver present:"), Sweetgrass Home Therapy (SGHT, Mount Pleasant SC),
/// Mobile Bay Home Rehab (MBHR, Daphne AL) and Stephens County Home Health (SCHH, Duncan OK: "97112: 24 min · Individual
/// 1:1, wife present in the den", "Skilled tx:", "Finding:");</item>
/// <item>two university clinics with students under their instructors: Pinecrest State University's PT clinic (PSU,
/// Show Low AZ: "SOAP — Student: … SPT — CI: …", "Co-signed:") and Cumberland Gap University's rehabilitation clinic
/// (CGU, Harrogate TN: "Student Daily Note", "CI: reviewed and agree.");</item>
/// <item>a VA-style community care provider: Yakima Ridge Veterans Community Care (YRVC: "Community Care referral: on
/// file SEOC: …", "Veteran reports:", military-time clock ranges "97112 NMR 0905–0928");</item>
/// <item>urban chains: MotionWorks PT clinic #214 in the Bronx (MWPT: the "DAILY FLOWSHEET" with "1:1 [ ] Group [ ]
/// Aide-assisted [ ]", "Billing Summary: 97110 — 24 min; 97140 — 10 min" and an "Exercise | Dose | Notes" table),
/// StrideWell PT's Gulfton clinic 07 in Houston (SWPT: "Billing: 97112 NM Re-ed — 22 min", "Session type:"), Gateway
/// Arch PT in Soulard (GAPT: "97112 NMR: 22 min. Treated 1-on-1 …") and Evergreen Pointe Rehab on Capitol Hill (EPR:
/// "97140 — 11 min: …" blocks, "Delivery: one-on-one");</item>
/// <item>private practices and specialty clinics, each with its own short template or narrative: Bristlecone PT &amp;
/// Performance (BPP, Ely NV: Marisol Etcheverry's first-person paragraph), Red Cedar Orthopedic Rehab (RCOR, Menomonie
/// WI: "Subjective: / Objective: 97110 Ther Ex 21 min — …"), Indian Hill Spine &amp; Sport (IHSS, Cincinnati), Copper
/// Basin Rehab (CBR, Ducktown TN: "Code/min: 97112/23 · 1:1", "What:", "Finding:", "#s:"), Otter Tail Lakes Rehab
/// (OTLR, Fergus Falls MN: a Schroth therapist, "Timed codes:"), Mesa Verde Neuro Rehab (MVNR, Cortez CO), Annisquam PT
/// (AQPT, Gloucester MA), Flatirons Vestibular &amp; Balance (FVB, Boulder: "97112 (22 min), individual session",
/// "Why:", "Numbers:"), Paradise Ridge PT (PRPT, Moscow ID), Lafayette River Neuro Balance Clinic (LRNB, Norfolk: "Was the
/// patient treated one-on-one for all billed time? Yes ☐ No ☐"), Coosaw Neuro Recovery (CNR, Beaufort SC), Shikellamy
/// Riverside PT (SHPT, Sunbury PA), Norfork Lake Therapy (NLT, Mountain Home AR: a plain SOAP), Great Dismal PT (GDPT,
/// Suffolk VA: "Delivery: individual (1:1) — phone interpreter …"), Aloha Kai PT (AKPT, Hilo) and Northern Plains Sports
/// Medicine (NPSM, Bismarck: "Individual (1 PT : 1 athlete)").</item>
/// </list>
/// This Wednesday's people: a spouse on the chair learning the home program, a wife in the lobby, a wife in the den, a
/// wife in the kitchen, a husband and a daughter-in-law as caregivers, a phone interpreter on speaker and a CI in the
/// room (none of them a patient; Mr. R. at the balance station, the sister seen alongside, the two other members of the
/// Wednesday balance group, the four of the balance class and the other concurrent residents are); a grain-elevator
/// worker, a haul-truck driver at the copper pit, a retired coal-truck driver, a lobsterman, a school-bus driver, a
/// barista, a creamery worker, a sweetgrass-basket weaver, an elk-hunt guide and a hockey player.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these kinds of templates, applying the
/// contract to what the filled-in text says: an unticked row, an empty field, "___", "______", "—", "(none entered)",
/// "per initial evaluation" and an unanswered "Yes ☐ No ☐" state nothing, a ticked box states what it names, a ticked
/// box lined through as an error states nothing, a programme's name, week, session or level is not a technique, and a
/// student's note co-signed by the instructor is read as the visit's note:
/// <list type="bullet">
/// <item>class 1 (v1-h191-…): one-on-one in these writers' own words ("provided one-on-one for the entire session",
/// "one-on-one with the Veteran throughout; spouse observed", "It was one-on-one the whole time; nobody else was booked",
/// "Treated 1-on-1, no other patients during the block", "individual (1:1) — phone interpreter …", "1:1, his wife drove
/// him in and waited in the lobby"), notes that negate it (a semi-private session alternating with Mr. R., the Wednesday
/// balance group of three, a sister who is also a patient seen together) or never state it (a student SOAP, a
/// lobsterman's note), and an OT's 97530 ticked Concurrent, which has no one-on-one check;</item>
/// <item>class 2 (v2-h191-…): checkbox states — ticked (SSHR "☑ Individual", MWPT "1:1 [x]", HMHT "■ Yes □ No", OVH "[X]
/// 1:1 [ ] GROUP", PASL "☒ One-on-one", WCM "[✓]"), ticked the other way (SSHR "☑ Concurrent"), unticked (MWPT's
/// attendance row), struck (an OVH "[X] 1:1" lined through as an error beside "[X] GROUP") and blank (LRNB's unanswered
/// "Yes ☐ No ☐", PASL's "Deficit addressed: ____", WCM's "Objective measure: ______");</item>
/// <item>class 3 (v3-h191-…): named protocols, programmes and techniques (Cawthorne-Cooksey exercises, NDT facilitation
/// with key-point control, Mulligan SNAGs and MWM, the Herdman gaze-stabilisation progression, modified
/// constraint-induced movement therapy, Schroth breathing and the muscle cylinder, IASTM (Graston), muscle energy
/// technique, perturbation training per the Fitzgerald protocol) and a programme's name or level as the only technique
/// ("Stepping On, week 5 session", the clinic's "Summit Steps program, rung 4", "A Matter of Balance, session 6
/// content");</item>
/// <item>class 4 (v4-h191-…): deficits stated as findings (a sharpened Romberg and absent great-toe position sense, a
/// heel-shin dysmetria and ataxic gait, a catch-up saccade on head impulse, a quad lag with the knee buckling on the
/// granary stairs, no ankle strategy, a valgus collapse with delayed quadriceps firing, a steppage gait) and notes that
/// state none ("Deficit: per initial evaluation", "Finding: —", "Finding: (none entered)", "A: Progressing toward
/// goals");</item>
/// <item>class 5 (v5-h191-…): measures in every usual form (Four Square Step Test and eyes-closed single-leg stance,
/// "Mini-BESTest 20 of 28" in a sentence, a load and 5xSTS for 97110, assist levels and counts for 97530, gait speed and
/// distance for 97116, Y-balance percentages and hop counts, a dual-task TUG) and notes with none ("steadier on the ice,
/// per his wife", "Berg deferred — resident fatigued", "none taken today — daughter says he's walking better", a 97110
/// list of exercises with no dose);</item>
/// <item>class 6 (v6-h191-…): minutes in the usual forms (two codes in a SOAP's O:, military-time clock ranges on each
/// code's line, apostrophe minutes, "22m / 13m", minute boxes, minutes written before the code, "97112/22 · 97140/9")
/// and true mismatches (38 written on a 23-minute 97112, a 97110 written 28 on 16, a clock range of 34 on 22, a 97116
/// written 35 on 24) and truly missing separate time (a total for two codes, a second code's minutes left "___", a
/// 97116 paragraph with no minutes);</item>
/// <item>class 7 (v7-h191-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check),
/// the contract's meanings for 97110 (a student's hip strengthening with doses), 97530 (car transfers and the porch steps
/// with a grocery bag; a PT's basement-stairs and furnace-filter tasks), 97140 (glenohumeral mobilisation for a frozen
/// shoulder) and 97116 (treadmill and grass-strip gait training), and wholly generic notes ("Balance and coordination
/// activities. Pt tolerated treatment well." with 1:1 stated, "Therapeutic exercises performed per flowsheet",
/// "Functional training as tolerated", "Neuro re-ed for balance. Pt did well.");</item>
/// <item>ordinary (vord-h191-…): complete notes of these clinics that a reviewer passes (the false-positive guard), and
/// the ordinary weak ones: two complete notes with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — spouses, a daughter-in-law, an
/// interpreter, students and instructors (none of them a patient; Mr. R., the sister, the Wednesday group, the balance
/// class and the concurrent residents are), dates of service, step heights in inches, loads in pounds, distances in feet
/// and metres, reach and knee-to-wall in centimetres, degrees, percentages, hold times in seconds, counts of cones,
/// coins, towels, mugs, trips and stairs — and each is written so that a reviewer cannot take it for a billed code's
/// minutes; a code's minutes are written next to the code ("97112 Neuromuscular re-education — 23 min", "97112 / 23",
/// "97112/22", "97110 — 16'", "97112 22m", "| 97112 | Neuromuscular re-ed | 22" in a grid, "23 min — 97112 …"), in a
/// minute box or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test,
/// except the one that gives two codes only a total ("total timed 34 min"); notes failed for want of a measure carry no
/// number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique,
/// deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number and fails
/// it only when the note has no number but its code, its minutes and numbers that are plainly something else; for the
/// other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged
/// on the billed minutes: a family member, caregiver, interpreter, student or staff member in the room does not undo a
/// one-on-one statement, another patient treated in the same block does, and a therapist attending someone else during
/// the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what forty unfamiliar clinics' ordinary templates could honestly be read either way: a
/// test whose name carries a time (the six-minute walk, the two-minute step test) on any note, self-rated
/// questionnaires (ABC, DHI, Oswestry, FAAM) as a number of any weight, a programme with a name that itself names a
/// system or technique ("vestibular ladder", boxing or tai chi programmes) as the only intervention, mirror therapy,
/// Feldenkrais and aquatic work under 97112, a "1:1" mark or a programme's week as the only number of a note failed for
/// a measure, a struck box written with strikethrough characters rather than said in words, a "min A" assistance level
/// where it could be read as minutes, a visit-level time in/time out on a two-code note, and a PT and an OT line in the
/// same visit.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 104 of 109 cases agree (107 needed), and 3 of the 71 notes the reviewer passes got a finding, on the analyzer of a105b07 (the 2026-12-07 twenty-fifth session, after the last session's skipped held-out facts were worked through; nothing was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (engine code e1617c8): 107 of 109, 2 false positives; on the session's final code aed8a0d: 108 of 109, 1 false positive.</para>
/// <para>After the twenty-sixth session's first change (engine code d840220): 109 of 109, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredNinetyFirstTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these writers' own words, negated, unstated

        // WVRH hospital SOAP, "provided one-on-one for the entire session"; foam stance eyes closed, rocker board, tandem with ball toss; somatosensory loss and visual reliance; mCTSIB and tandem seconds; 23 min matches: passes.
        ["v1-h191-wvrh-one-on-one-entire-session"] = new(
            """
            WALNUT VALLEY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WINFIELD, KS)
            PT Daily Note    DOS: 12/16/2026    Therapist: Corinne Haskett, PT, DPT
            S: Pt states "my feet feel like they're asleep up on the elevator catwalk."
            O: 97112 Neuromuscular re-education — 23 min, provided one-on-one for the entire session.
               Foam stance eyes closed with head turns, rocker board A/P, tandem walking with ball toss.
               mCTSIB condition 4: 16 sec (9 sec at eval); tandem R in front 11 sec.
            A: Somatosensory loss both feet from the diabetic neuropathy; relies on vision for postural control.
            P: Continue POC; add dual-task walking next visit.
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // YRVC community-care note, "individual, one-on-one with the Veteran throughout; spouse observed" (family, not a patient); X1 on foam, walking with head turns, rocker board with head turns; L vestibular hypofunction; DGI and DVA; 22 min matches: passes.
        ["v1-h191-yrvc-one-on-one-spouse-observed"] = new(
            """
            YAKIMA RIDGE VETERANS COMMUNITY CARE — REHAB SERVICES
            Community Care referral: on file    SEOC: Physical Therapy (outpatient)
            Provider: Luis Ortega-Bauer, PT
            Veteran reports: "The ground moves when I turn my head between the orchard rows."
            Service: 97112 Neuromuscular Re-ed, 22 min — individual, one-on-one with the Veteran throughout; spouse observed from the chair to learn the home program.
            Intervention: X1 gaze stabilization standing on foam, walking the hall with horizontal head turns, rocker board A/P with head turns.
            Impairment: L vestibular hypofunction with oscillopsia on quick head turns.
            Measures: DGI 17/24; DVA 3 lines lost.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // SWPT chain, "semi-private — shared the balance station with another patient (Mr. R.), alternating sets": another patient in the block — one-on-one missing; technique, deficit and measures present.
        ["v1-h191-swpt-semi-private-alternating"] = new(
            """
            StrideWell PT — Gulfton (Clinic 07)    Daily Note
            Provider: Tavon Greer, PTA    Supervising PT: A. Castañeda
            Billing: 97112 NM Re-ed — 22 min
            Session type: semi-private — shared the balance station with another patient (Mr. R.), alternating sets.
            Interventions: perturbations on the Airex, step-up to stick on the BOSU, rhythmic stabilization in half-kneel.
            Impairment: L ankle proprioception and delayed postural reactions after the ankle fracture.
            Measures: SLS L 8 sec; 6/10 perturbations without a step.
            """,
            ["S82.892D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // BPP narrative, "It was one-on-one the whole time; nobody else was booked"; PNF lifts and chops in tall kneeling, rhythmic stabilisation on the Airex; late trunk and hip motor recruitment; Mini-BESTest; 22 minutes matches: passes.
        ["v1-h191-bpp-narrative-nobody-else-booked"] = new(
            """
            Marisol Etcheverry, PT — Bristlecone PT & Performance, Ely NV — 12/16/2026

            Saw Dale today for neuromuscular re-education (97112), 22 minutes. It was one-on-one the whole time; nobody else was booked. We worked on PNF lifts and chops in tall kneeling, then rhythmic stabilization standing on the Airex. His trunk and R hip motor recruitment is still late, and he pitches forward climbing the haul-truck ladder at the pit. Mini-BESTest 21/28 today, up from 17/28 at his evaluation.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22)], []),

        // MVNR, "treated in our Wednesday balance group with two other patients; I rotated among the three stations": not one-on-one; tandem on the foam beam, stepping to targets, reactive stepping; ataxia and postural control; SARA and Berg.
        ["v1-h191-mvnr-wednesday-balance-group"] = new(
            """
            MESA VERDE NEURO REHAB — CORTEZ, CO
            Daily Treatment Note · 12/16/2026 · Shandiin Begay, PT, DPT, NCS
            97112 (23 min): treated in our Wednesday balance group with two other patients; I rotated among the three stations.
            Stations: tandem walking on the foam beam, stepping to floor targets on cue, reactive stepping to a release from lean.
            Deficit: ataxic gait and poor postural control after the cerebellar stroke.
            Measure: SARA 11; Berg 44/56.
            """,
            ["I69.393"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // CGU student SOAP co-signed by the CI, never states one-on-one: perturbations, foam eyes closed, stepping over cones; delayed stepping reactions and ankle proprioception; Berg and TUG; 23 min matches — one-on-one missing only.
        ["v1-h191-cgu-student-soap-unstated"] = new(
            """
            Cumberland Gap University — Rehabilitation Clinic (Harrogate, TN)
            Student Daily Note    SPT: Abigail Combs    CI: Rufus Hensley, PT, DPT
            S: retired coal-truck driver; "my legs get wobbly on the porch steps."
            O: 97112 — 23 min. Perturbations at the pelvis in standing, foam stance with eyes closed, stepping over cones in time to a metronome.
               Berg 45/56; TUG 12.6 s.
            A: delayed stepping reactions and decreased proprioception at both ankles.
            P: progress to uneven surfaces.
            CI: reviewed and agree. — R. Hensley, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // GAPT, "Treated 1-on-1, no other patients during the block"; sensory reintegration on foam and rocker, tandem with head turns; visual over-reliance after concussion; SOT composite; 22 min matches: passes.
        ["v1-h191-gapt-one-on-one-no-other-patients"] = new(
            """
            Gateway Arch PT — Soulard
            Visit note — 12/16/26 — Kendra Oyelaran, PT
            97112 NMR: 22 min. Treated 1-on-1, no other patients during the block.
            Sensory reintegration: foam stance eyes open then closed, rocker board M/L, tandem walking with head turns.
            Deficit: sensory organization — she leans on vision for postural control since the concussion.
            Objective: SOT composite 64 (52 at eval).
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // PVCH CAH, "pt and her sister (also our pt, s/p L TKA) seen together; I went back and forth between them": another patient in the block — one-on-one missing; technique, problem and measures present.
        ["v1-h191-pvch-sister-also-our-patient"] = new(
            """
            PECOS VALLEY COMMUNITY HOSPITAL — REHAB DEPT — FORT STOCKTON TX
            TX NOTE   12/16/2026   Ramiro Luján, PTA
            CPT 97112 — 22 MIN
            DELIVERY: pt and her sister (also our pt, s/p L TKA) seen together; I went back and forth between them.
            TX: weight shifts on the rocker board, tandem stance on foam, PNF D2 with the band in standing.
            PROBLEM: poor postural control with a delayed ankle strategy; fell in the pecan orchard.
            OBJ: Berg 43/56; tandem 7 sec.
            """,
            ["R26.81", "W19.XXXD"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // GDPT, "individual (1:1) — phone interpreter (Spanish) on speaker": one-on-one stated; rhythmic stabilisation, reactive stepping, BAPS; R ankle proprioception; star excursion and perturbations; 23 minutes matches: passes.
        ["v1-h191-gdpt-individual-phone-interpreter"] = new(
            """
            GREAT DISMAL PHYSICAL THERAPY — SUFFOLK, VA
            Daily Note    Yesenia Pardo-Hill, PT    12/16/2026
            Delivery: individual (1:1) — phone interpreter (Spanish) on speaker for instructions.
            97112 Neuromuscular Re-ed — 23 minutes
            Intervention: rhythmic stabilization sitting then standing, reactive stepping to perturbations, BAPS board level 3 clockwise and counterclockwise.
            Deficit: R ankle proprioception after the sprain on the peanut-harvester step.
            Objective: star excursion anterior R 58 cm (L 66 cm); 8/10 perturbations recovered.
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // AQPT, never states one-on-one: perturbations on the rocker board, foam single-leg stance with rotation, step-and-stick; late ankle/hip strategy after vestibular neuritis; Berg and FGA; 22 min matches — one-on-one missing only.
        ["v1-h191-aqpt-lobsterman-unstated"] = new(
            """
            Annisquam PT — Gloucester
            12/16/2026 — Colm Doherty, PT
            97112 — 22 min
            Lobsterman, 59: "the deck pitches and I can't catch it." Perturbation training on the rocker board A/P and M/L eyes open and closed, single-leg stance on foam with trunk rotation, step-and-stick off the 4 in box.
            Impairment: late ankle and hip strategy; postural control still off since the vestibular neuritis last spring.
            Berg 48/56; FGA 21/30.
            """,
            ["H81.21", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // GLT SNF Part B, an OT's 97530 with "[X] Concurrent (2 residents)" — 97530 has no one-on-one check; kitchenette tasks; standing balance and R reach after the hip fracture; counts and assist: passes.
        ["v1-h191-glt-ot-97530-concurrent"] = new(
            """
            GREEN LAKE TERRACE — PART B THERAPY    Rm 14
            OT Daily Note 12/16/2026    Hallie Brandt, OTR/L
            Code: 97530 Therapeutic activities — 18 min   Mode: [ ] Individual [X] Concurrent (2 residents)
            Activity: standing at the kitchenette counter making toast, pouring from the quart pitcher, retrieving mugs from the upper cabinet.
            Deficit: standing balance and R UE reach after the hip fracture; goal is to make her own breakfast.
            Measure: 3 mugs retrieved overhead with CGA; poured without a spill 4 of 5 trials.
            """,
            ["S72.001D", "R26.89"], [OT("97530", 18)], []),

        // CCMC CAH, "1:1, his wife drove him in and waited in the lobby"; X1 seated then on foam, head turns walking, tandem; R vestibular hypofunction; DGI and DVA; "97112 23 min" matches: passes.
        ["v1-h191-ccmc-wife-waited-in-lobby"] = new(
            """
            CHERRY COUNTY MEDICAL CENTER — THERAPY (VALENTINE NE)
            Outpt PT note 12/16/26   Wade Nollette PT
            97112 23 min — 1:1, his wife drove him in and waited in the lobby
            Did: X1 gaze stabilization seated then standing on foam, walking the hall with head turns reading the cards, tandem on the line.
            Why: R vestibular hypofunction; the room swims when he looks up at the hay stack.
            Numbers: DGI 19/24; DVA 2 lines lost.
            """,
            ["H81.91"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox states (ticked, unticked, struck, blank)

        // SSHR SNF Part B, "Mode: ☑ Individual", a two-row grid 97112 22 and 97110 13; NMR and TE each named, delayed righting and quad/hip weakness, Berg and 5xSTS with doses: passes.
        ["v2-h191-sshr-individual-ticked-grid"] = new(
            """
            SYCAMORE SHOALS HEALTH & REHABILITATION — PART B OUTPATIENT THERAPY
            Daily Skilled Note — 12/16/2026 — Res: Rm 212
            Mode: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            CPT   | Description           | Min
            97112 | Neuromuscular re-ed   | 22
            97110 | Therapeutic exercise  | 13
            Skilled: NMR — weight shifts on foam in the parallel bars, reactive stepping to light pushes, tandem walking along the bars. TE — seated LAQ 2 lb 2x15, standing hip abduction 2x10, mini-squats at the bar 2x10.
            Impairment: delayed righting reactions with posterior loss of balance; B quad and hip abductor weakness.
            Objective: Berg 39/56; 5xSTS 17.2 sec.
            Ada Vance, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 13)], []),

        // SSHR, "Mode: ☐ Individual ☑ Concurrent" on a 97112 line: not one-on-one; technique, impairment and measures present.
        ["v2-h191-sshr-concurrent-ticked"] = new(
            """
            SYCAMORE SHOALS HEALTH & REHABILITATION — PART B OUTPATIENT THERAPY
            Daily Skilled Note — 12/16/2026 — Res: Rm 118
            Mode: ☐ Individual  ☑ Concurrent  ☐ Group  ☐ Co-treatment
            CPT   | Description           | Min
            97112 | Neuromuscular re-ed   | 22
            Skilled: NMR — step-and-stick to floor targets, rocker board A/P with UE support fading, standing on foam with head turns.
            Impairment: L LE proprioception and postural control after the CVA.
            Objective: Berg 37/56; tandem 5 sec.
            Jolene Markham, PTA
            """,
            ["I69.354"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // MWPT chain flowsheet, "1:1 [ ]   Group [ ]   Aide-assisted [ ]" with nothing ticked and nothing else saying one-on-one: one-on-one missing; exercises with doses, perturbations recovered, problem stated.
        ["v2-h191-mwpt-attendance-row-blank"] = new(
            """
            MotionWorks Physical Therapy — Clinic #214 (Bronx, NY)
            DAILY FLOWSHEET    Date: 12/16/2026    Clinician: D. Acevedo, PT
            1:1 [ ]   Group [ ]   Aide-assisted [ ]
            Billing Summary: 97112 — 23 min
            Exercise                          | Dose          | Notes
            SLS on Airex w/ ball toss         | 3 x 30 sec    | L then R
            Tandem walk w/ head turns         | 4 laps        |
            Perturbations at pelvis, stance   | 10 trials     | recovered 7/10
            Assessment: L ankle proprioception and postural control still down after the fall on the subway stairs.
            """,
            ["S93.402D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // MWPT, "1:1 [x]", Billing Summary 97110 — 24 min and 97140 — 10 min, both matching; flowsheet doses, STM and thoracic PAs, neck and shoulder girdle impairment, rotation degrees: passes.
        ["v2-h191-mwpt-one-to-one-ticked-two-codes"] = new(
            """
            MotionWorks Physical Therapy — Clinic #214 (Bronx, NY)
            DAILY FLOWSHEET    Date: 12/16/2026    Clinician: D. Acevedo, PT
            1:1 [x]   Group [ ]   Aide-assisted [ ]
            Billing Summary: 97110 — 24 min; 97140 — 10 min
            Exercise                          | Dose          | Notes
            Chin tucks supine                 | 3 x 10        | 5 sec hold
            Rows, green band                  | 3 x 12        |
            Prone Y/T                         | 2 x 10        |
            Manual: STM R upper trap and levator scapulae, thoracic PA mobs grade III T4–T8.
            Assessment: R neck and shoulder-girdle pain with thoracic stiffness; can't look up at the scaffold.
            Objective: cervical rotation R 55° (45° last week).
            """,
            ["M54.2", "M54.6"], [PT("97110", 24), PT("97140", 10)], []),

        // HMHT Part B home visit, "Individual treatment?  ■ Yes  □ No", "97116 / 24"; gait training with the 4WW over the threshold and gravel; L hip weakness and short step; distance and assist: passes.
        ["v2-h191-hmht-individual-yes-filled"] = new(
            """
            HORICON MARSH HOME THERAPY — PART B HOME VISIT NOTE
            Visit date 12/16/2026 · Therapist: Gretchen Kloss, PT
            Services this visit (code / minutes): 97116 / 24
            Individual treatment?  ■ Yes  □ No
            Caregiver present: daughter-in-law
            Interventions: gait training with the 4WW through the kitchen, over the threshold to the porch and on the gravel drive; cues for heel strike and to keep the walker close.
            Impairment / goal: L hip weakness and a short R step; goal is to walk to the mailbox.
            Measures: 140 ft on gravel with the 4WW, contact guard; threshold 4 times with contact guard.
            """,
            ["M62.81", "R26.89"], [PT("97116", 24)], []),

        // OVH hospital OPD, "[X] 1:1 — lined through, 'error' and initialed JM; [X] GROUP (balance class, 4 pts)": the struck box states nothing, the group does — one-on-one missing; technique, deficit and measures present.
        ["v2-h191-ovh-one-to-one-struck-group-ticked"] = new(
            """
            ORISKANY VALLEY HEALTH — OUTPATIENT REHABILITATION (UTICA)
            PT TREATMENT NOTE    DOS 12/16/2026
            97112 NEUROMUSCULAR RE-EDUCATION .... 22 MIN
            SERVICE DELIVERY: [X] 1:1 — lined through, "error" and initialed JM;  [X] GROUP (balance class, 4 pts)
            INTERVENTIONS: stepping over hurdles in the obstacle course, tandem walking on foam, reaching out of the base of support in standing.
            TARGETED DEFICIT: impaired postural control and anticipatory postural adjustments.
            OBJECTIVE: Four Square Step Test 14.8 sec; Berg 46/56.
            J. Mancuso, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // OVH, "[X] 1:1 [ ] GROUP"; habituation head movements on foam, X1 walking, stepping with head turns; R vestibular hypofunction; DGI and DVA; "97112 .... 23 MIN" matches: passes.
        ["v2-h191-ovh-one-to-one-ticked"] = new(
            """
            ORISKANY VALLEY HEALTH — OUTPATIENT REHABILITATION (UTICA)
            PT TREATMENT NOTE    DOS 12/16/2026
            97112 NEUROMUSCULAR RE-EDUCATION .... 23 MIN
            SERVICE DELIVERY: [X] 1:1   [ ] GROUP
            INTERVENTIONS: gaze stabilization X1 walking the corridor, standing on foam with pitch and yaw head movements, stepping over hurdles with head turns.
            TARGETED DEFICIT: R vestibular hypofunction with gaze instability.
            OBJECTIVE: DGI 18/24; DVA 3 lines lost (5 at eval).
            J. Mancuso, PT
            """,
            ["H81.91"], [PT("97112", 23)], []),

        // PASL SNF Part B, "Deficit addressed: ____________________" left blank and nothing else naming a deficit: deficit missing; "☒ One-on-one", techniques and measures present.
        ["v2-h191-pasl-deficit-field-blank"] = new(
            """
            PRAIRIE ASTER SENIOR LIVING — OUTPATIENT THERAPY (MEDICARE PART B)
            Daily Note 12/16/2026   Therapist: Loretta Schwab, PTA
            CPT: 97112   Minutes: 22   ☒ One-on-one   ☐ Concurrent   ☐ Group
            Treatment: rocker board A/P with UE support fading, foam stance eyes closed, step-and-stick to floor targets.
            Deficit addressed: ____________________
            Objective: Berg 41/56; TUG 14.9 sec.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // PASL with every field filled, "☒ One-on-one"; weight shifts to targets, foam with head turns, PNF; L LE proprioception and postural control after CVA; Berg and TUG; 23 matches: passes.
        ["v2-h191-pasl-all-fields-filled"] = new(
            """
            PRAIRIE ASTER SENIOR LIVING — OUTPATIENT THERAPY (MEDICARE PART B)
            Daily Note 12/16/2026   Therapist: Loretta Schwab, PTA
            CPT: 97112   Minutes: 23   ☒ One-on-one   ☐ Concurrent   ☐ Group
            Treatment: weight shifts to targets in the parallel bars, foam stance with head turns, PNF pelvic patterns in standing.
            Deficit addressed: impaired proprioception and postural control L LE after the CVA.
            Objective: Berg 38/56; TUG 17.6 sec.
            """,
            ["I69.354"], [PTA("97112", 23)], []),

        // WCM CAH tick-box record, "Treatment was one-on-one: [✓]" and "Objective measure: ______" left blank, no number but the code and its minutes: measure missing; technique and deficit present.
        ["v2-h191-wcm-measure-box-blank"] = new(
            """
            WASHAKIE COUNTY MEMORIAL HOSPITAL — PT DEPT (WORLAND, WY)
            Daily Tx Record · Wednesday · Trent Yellowhorse, PT
            [✓] 97112 NMR  ___22___ min
            Treatment was one-on-one: [✓]
            Technique(s): PNF pelvic patterns in standing with manual resistance, rhythmic stabilization at the pelvis, perturbations on the Airex.
            Deficit: trunk motor recruitment and postural control after the lumbar fusion.
            Objective measure: ______
            """,
            ["M62.81", "Z98.1"], [PT("97112", 22)], [At(Measure, "97112")]),

        // WCM, "[✓] 97116 GT __19__ min", "Treatment was 1:1: [✓]"; gait training with the SPC on the ramp and the sidewalk; R foot drop after peroneal nerve injury; distance and assist: passes.
        ["v2-h191-wcm-gait-box-filled"] = new(
            """
            WASHAKIE COUNTY MEMORIAL HOSPITAL — PT DEPT (WORLAND, WY)
            Daily Tx Record · 12/16/2026 · Trent Yellowhorse, PT
            [✓] 97116 GT  __19__ min
            Treatment was 1:1: [✓]
            Technique(s): gait training with the SPC on the ramp and on the sidewalk outside the clinic entrance, cues for step length and clearing the R toe.
            Deficit: R foot drop after the peroneal nerve injury; catches the toe on the curb.
            Objective measure: 350 ft SPC with SBA; curb up and down with CGA.
            """,
            ["G57.31"], [PT("97116", 19)], []),

        // LRNB, "Was the patient treated one-on-one for all billed time?  Yes ☐  No ☐" left unanswered: one-on-one missing; optokinetic habituation on foam, X2; visual dependence and L hypofunction; DGI and MSQ.
        ["v2-h191-lrnb-yes-no-unanswered"] = new(
            """
            LAFAYETTE RIVER NEURO BALANCE CLINIC — NORFOLK
            Treatment Note · 12/16/2026 · Odessa Carrington, PT, DPT
            Billed: 97112 x 23 min
            Was the patient treated one-on-one for all billed time?  Yes ☐  No ☐
            Intervention: habituation to the optokinetic video while standing on foam, gaze stabilization X2 seated, walking with head turns past the busy window.
            Impairment: visual dependence and L vestibular hypofunction.
            Measures: DGI 18/24; Motion Sensitivity Quotient 14.
            """,
            ["H81.22"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and techniques, and a programme's name alone

        // LRNB, "Yes ☒ No ☐"; Cawthorne-Cooksey exercises (eye and head movements seated, standing, walking); bilateral vestibular hypofunction; DGI and DVA; 22 min matches: passes.
        ["v3-h191-lrnb-cawthorne-cooksey"] = new(
            """
            LAFAYETTE RIVER NEURO BALANCE CLINIC — NORFOLK
            Treatment Note · 12/16/2026 · Odessa Carrington, PT, DPT
            Billed: 97112 x 22 min
            Was the patient treated one-on-one for all billed time?  Yes ☒  No ☐
            Intervention: Cawthorne-Cooksey exercises — eye and head movements seated, then standing, then walking across the gym eyes open and closed, tossing the ball hand to hand above eye level.
            Impairment: bilateral vestibular hypofunction after the gentamicin course.
            Measures: DGI 15/24; DVA 4 lines lost.
            """,
            ["H81.8X3"], [PT("97112", 22)], []),

        // SAMC hospital neuro OPD, "97112 … 23 min (one-on-one)"; NDT facilitation of pelvic rotation and hip extension, key-point control, weight acceptance at the mirror; R hemiparesis with poor motor recruitment; 10MWT and Berg: passes.
        ["v3-h191-samc-ndt-facilitation"] = new(
            """
            ST. ADALBERT MEDICAL CENTER — OUTPATIENT NEURO REHABILITATION (TOLEDO, OH)
            Physical Therapy Daily Note    12/16/2026
            Clinician: Miroslava Kowalski, PT, DPT, NCS
            Timed services: 97112 Neuromuscular Re-education 23 min (one-on-one)
            Intervention: NDT facilitation of R pelvic rotation and hip extension in stance, key-point control at the R hip during step-through, weight acceptance onto the R LE in front of the mirror.
            Impairment: R hemiparesis with poor motor recruitment of the R gluteals and knee hyperextension in midstance.
            Outcome: 10MWT 0.62 m/s; Berg 40/56.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // SAMC whose only intervention is "Stepping On, week 5 session" (a programme's name and week, no exercise named): technique missing; one-on-one, deficit and measures stated.
        ["v3-h191-samc-stepping-on-week-only"] = new(
            """
            ST. ADALBERT MEDICAL CENTER — OUTPATIENT NEURO REHABILITATION (TOLEDO, OH)
            Physical Therapy Daily Note    12/16/2026
            Clinician: Grzegorz Nowicki, PT
            Timed services: 97112 Neuromuscular Re-education 22 min (one-on-one)
            Intervention: Stepping On, week 5 session.
            Impairment: delayed protective stepping and postural sway with eyes closed.
            Outcome: TUG 13.2 s; Berg 45/56.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // IHSS, Mulligan SNAGs and MWM (97140 — 12 min) and ther ex with doses (97110 — 16 min), both matching; R cervical rotation hypomobility and scapular weakness; rotation degrees: passes.
        ["v3-h191-ihss-mulligan-snags-and-mwm"] = new(
            """
            Indian Hill Spine & Sport — Daily Note (Camargo Rd)
            12/16/2026 · Benedikt Hauser, PT, DPT, OCS
            97140 Manual therapy — 12 min: Mulligan SNAGs at C5–6 into R rotation, MWM for the R shoulder into flexion with the belt.
            97110 Ther ex — 16 min: chin tucks supine 2x10 with 5 sec holds, prone Y/T 2x10, rows with the green band 3x12.
            Region/impairment: R cervical rotation hypomobility and scapular weakness; can't check the blind spot driving the school bus.
            Objective: cervical rotation R 58° (44° at eval).
            """,
            ["M54.2"], [PT("97140", 12), PT("97110", 16)], []),

        // FVB, "97112 (22 min), individual session"; the Herdman gaze-stabilisation progression (X1 on foam, X2, remembered target); L vestibular hypofunction; DVA and DGI: passes.
        ["v3-h191-fvb-herdman-gaze-progression"] = new(
            """
            Flatirons Vestibular & Balance — Boulder
            Daily note 12/16/2026 — Signe Halvorsen, PT, DPT
            97112 (22 min), individual session
            Herdman gaze-stabilization progression: X1 viewing at 2 Hz standing on foam, X2 viewing seated, remembered-target exercise.
            Why: L vestibular hypofunction; oscillopsia riding the Boulder Creek path.
            Numbers: DVA 3 lines lost (5 at eval); DGI 20/24.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // FVB whose only intervention is the clinic's programme level ("Summit Steps program, rung 4"): technique missing; individual session, deficit and measure stated.
        ["v3-h191-fvb-summit-steps-rung-only"] = new(
            """
            Flatirons Vestibular & Balance — Boulder
            Daily note 12/16/2026 — Signe Halvorsen, PT, DPT
            97112 (23 min), individual session
            Summit Steps program, rung 4.
            Why: visual motion sensitivity and poor postural control in busy stores since the concussion.
            Numbers: Motion Sensitivity Quotient 18 (32 at eval); FGA 23/30.
            """,
            ["S06.0X0D"], [PT("97112", 23)], [At(Tech, "97112")]),

        // CNR OT, modified constraint-induced movement therapy with shaping tasks (97530 — 24 min); R UE paresis after stroke, goal to button his shirt; counts and Box and Block: passes.
        ["v3-h191-cnr-modified-cimt-97530"] = new(
            """
            COOSAW NEURO RECOVERY — BEAUFORT, SC
            OT Treatment Note — 12/16/2026 — Tamsin Ravenel, OTR/L
            97530 Therapeutic activities — 24 min
            Modified constraint-induced movement therapy: L mitt on, shaping tasks with the R hand — stacking cones, turning the cast-net crank, sliding coins into the slot.
            Deficit: R UE paresis after the L MCA stroke; goal is to button his own shirt for church.
            Measure: 8 cones stacked; 12 coins in the trial; Box and Block R 21 (L 48).
            """,
            ["I69.331"], [OT("97530", 24)], []),

        // OTLR, Schroth 3D breathing and the muscle cylinder (97110 — 20 min); R thoracic scoliosis and trunk endurance; holds and scoliometer degrees: passes.
        ["v3-h191-otlr-schroth-97110"] = new(
            """
            Otter Tail Lakes Rehab — Fergus Falls, MN
            Daily Note · 12/16/2026 · Britta Aalgaard, PT, C2 Schroth
            97110 Therapeutic exercise — 20 min
            Schroth rotational angular breathing in side-lying over the bolster, "muscle cylinder" in standing at the wall bars, corrected sitting on the ball.
            Target: R thoracic scoliosis with poor trunk extensor endurance; she aches by the end of her shift at the creamery.
            Measures: muscle cylinder 3 x 20 sec holds; angle of trunk rotation 9° on the scoliometer (12° at eval).
            """,
            ["M41.24"], [PT("97110", 20)], []),

        // TBH CAH whose only treatment is "A Matter of Balance, session 6 content" (a fear-of-falling programme, no exercise named): technique missing; one-on-one, problem and measures stated.
        ["v3-h191-tbh-matter-of-balance-only"] = new(
            """
            TENSAS BASIN HOSPITAL — REHAB SERVICES (ST. JOSEPH, LA)
            Daily Tx Note   12/16/2026   Earline Boudreaux, PT
            97112 x 22 min, one-on-one
            Treatment: A Matter of Balance, session 6 content.
            Problem: fear of falling with postural sway and a late step reaction; fell off the cotton-trailer step in September.
            Measure: Berg 44/56; TUG 13.8 s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // EPR chain, IASTM (Graston) and talocrural glides (97140 — 11 min) and eccentric heel drops with doses (97110 — 15 min), both matching; L plantar heel pain and limited DF; knee-to-wall cm: passes.
        ["v3-h191-epr-graston-and-heel-drops"] = new(
            """
            Evergreen Pointe Rehab — Capitol Hill
            Tx Note · 12/16/26 · Jun Takahashi, PT, DPT
            97140 — 11 min: IASTM (Graston) to the L plantar fascia and medial gastroc, talocrural posterior glides grade III.
            97110 — 15 min: eccentric heel drops off the step 3x15, towel scrunches 3x20, calf stretch 3x30 sec.
            Impairment: L plantar heel pain and limited DF; the barista is on her feet all shift.
            Objective: DF knee-to-wall L 7 cm (4 cm at eval).
            """,
            ["M72.2"], [PT("97140", 11), PT("97110", 15)], []),

        // SHPT, muscle energy technique and SI mobilisation (97140 — 12 min); L SI joint dysfunction getting out of the tractor cab; fingertip-to-floor distance: passes.
        ["v3-h191-shpt-muscle-energy-97140"] = new(
            """
            Shikellamy Riverside PT — Sunbury, PA
            Daily note 12/16/2026 · Amos Zimmerman, PT, DPT
            97140 Manual — 12 min: muscle energy technique for the L anterior innominate rotation, SI joint mobilization grade III in side-lying, STM to the L piriformis.
            Problem: L SI joint dysfunction with pain stepping down from the tractor cab.
            Objective: lumbar flexion fingertips 8 cm from the floor (22 cm before treatment).
            """,
            ["M53.3"], [PT("97140", 12)], []),

        // AKPT, perturbation training per the Fitzgerald protocol on the tilt and roller boards; R knee dynamic stability and proprioception after ACL reconstruction; hop LSI and Y-balance; "1:1"; 22 min matches: passes.
        ["v3-h191-akpt-fitzgerald-perturbation"] = new(
            """
            Aloha Kai Physical Therapy — Hilo
            Daily Note 12/16/2026 · Keoni Kahananui, PT, DPT, SCS
            97112 NM re-ed — 22 min — 1:1
            Perturbation training (Fitzgerald protocol): tilt board A/P and M/L, roller board on the platform, roller board plus platform with the R leg.
            Deficit: R knee dynamic stability and proprioception after the ACL reconstruction; paddling out and popping up on the board.
            Objective: single-leg hop 82% LSI; Y-balance anterior R 62 cm (L 68 cm).
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // ORH CAH, deficit as findings (sharpened Romberg, absent great-toe position sense, loses balance in the dark to the woodshed); foam eyes closed, rocker, tandem with head turns; one-on-one; 22 min matches: passes.
        ["v4-h191-orh-romberg-and-toe-position-sense"] = new(
            """
            ONTONAGON RURAL HEALTH — PHYSICAL THERAPY
            Daily note 12/16/2026 · Arne Kivela, PT
            97112 — 22 min — treated one-on-one
            Tx: standing on foam eyes closed at the counter, rocker board A/P, tandem stance with head turns.
            Findings: sharpened Romberg — loses it at 3 sec; great-toe joint position sense absent both feet (2/10 correct); loses his balance walking out to the woodshed after dark.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // ORH, "Deficit: per initial evaluation" and nothing else naming one: deficit missing; one-on-one, techniques and Berg present.
        ["v4-h191-orh-deficit-per-initial-eval"] = new(
            """
            ONTONAGON RURAL HEALTH — PHYSICAL THERAPY
            Daily note 12/16/2026 · Arne Kivela, PT
            97112 — 23 min — treated one-on-one
            Tx: rocker board M/L eyes closed, stepping-strategy drills to pushes at the hips, half-kneel rhythmic stabilization.
            Deficit: per initial evaluation.
            Measure: Berg 47/56; 6/10 pushes recovered with one step.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // TBH, dysmetria on heel-shin and a wide-based ataxic gait as the finding; heel-shin slides to targets, stepping to floor targets to a metronome, tandem; SARA and tandem steps; "one-on-one": passes.
        ["v4-h191-tbh-dysmetria-ataxic-gait"] = new(
            """
            TENSAS BASIN HOSPITAL — REHAB SERVICES (ST. JOSEPH, LA)
            Daily Tx Note   12/16/2026   Earline Boudreaux, PT
            97112 x 23 min, one-on-one
            Treatment: heel-to-shin slides to taped targets in supine, stepping to floor targets to the metronome, tandem walking along the wall rail with light touch.
            Problem: L dysmetria on heel-shin and a wide-based, ataxic gait after the cerebellar bleed.
            Measure: SARA 12; tandem 4 of 10 steps without a side step.
            """,
            ["I69.193"], [PT("97112", 23)], []),

        // CBR, "Finding: catch-up saccade to the R on head impulse, blurs reading the hymnal when he turns his head"; X1 on the pillow, walking head turns, ball pass; DVA and DGI; "Code/min: 97112/23 · 1:1": passes.
        ["v4-h191-cbr-catch-up-saccade"] = new(
            """
            Copper Basin Rehab · Ducktown TN
            Wed 12/16/2026 · Lonnie Pruett, PT
            Code/min: 97112/23 · 1:1
            What: X1 viewing standing on the pillow, walking the hall with head turns, ball pass with head turns.
            Finding: catch-up saccade to the R on head impulse; the hymnal blurs when he turns his head in the choir.
            #s: DVA 3 lines lost; DGI 18/24.
            """,
            ["H81.91"], [PT("97112", 23)], []),

        // CBR, "Finding: —" and nothing else naming a deficit: deficit missing; 1:1, techniques and numbers present.
        ["v4-h191-cbr-finding-dash"] = new(
            """
            Copper Basin Rehab · Ducktown TN
            Wed 12/16/2026 · Lonnie Pruett, PT
            Code/min: 97112/22 · 1:1
            What: foam stance eyes closed, rocker board A/P, step-and-stick off the low step.
            Finding: —
            #s: Berg 46/56; SLS L 7 sec.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // PRPT, quad lag on the SLR and the knee buckling on the granary stairs after TKA as the finding; SLR, TKE, step-downs, wall sits with doses (97110 — 19 min): passes.
        ["v4-h191-prpt-quad-lag-97110"] = new(
            """
            Paradise Ridge PT — Moscow, ID
            12/16/2026 — Tova Lindgren, PT, DPT
            97110 Therapeutic exercise (19 min): SLR with 2 lb 3x10, TKE with the blue band 3x15, step-downs off the 4 in step 3x8, wall sits 5 x 20 sec.
            Finding: quad lag of 10° on the SLR and the L knee buckles going down the granary stairs after the TKA.
            """,
            ["Z96.652", "M62.81"], [PT("97110", 19)], []),

        // SCHH Part B home visit, "Individual 1:1, wife present in the den"; ankle-strategy drills at the counter, stepping reactions, cushion stance eyes closed; no ankle strategy and decreased proprioception; Berg and pushes: passes.
        ["v4-h191-schh-no-ankle-strategy"] = new(
            """
            STEPHENS COUNTY HOME HEALTH — THERAPY VISIT (PART B)
            Pt home, Duncan OK · 12/16/2026 · Waylon Tubbs, PTA
            97112: 24 min · Individual 1:1, wife present in the den
            Skilled tx: ankle-strategy drills at the kitchen counter (small sways to targets), stepping reactions to pushes, standing on the couch cushion with eyes closed.
            Finding: no ankle strategy — he bends at the hips and grabs the counter with small sways; proprioception decreased both feet.
            Objective: Berg 42/56; 4/10 pushes recovered without a step.
            """,
            ["R26.81", "G62.9"], [PTA("97112", 24)], []),

        // SCHH, "Finding: (none entered)": deficit missing; 1:1, techniques and measures present.
        ["v4-h191-schh-finding-none-entered"] = new(
            """
            STEPHENS COUNTY HOME HEALTH — THERAPY VISIT (PART B)
            Pt home, Duncan OK · 12/16/2026 · Waylon Tubbs, PTA
            97112: 22 min · Individual 1:1
            Skilled tx: tandem walking down the hallway with head turns, rhythmic stabilization in standing at the counter, stepping over the rolled towel on cue.
            Finding: (none entered)
            Objective: Berg 45/56; tandem 8 sec.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // GAPT, delayed quadriceps firing and valgus collapse on the single-leg squat as the deficit; tilt-board perturbations, single-leg squat to the mirror, lateral hops; Y-balance and hops; "Treated 1-on-1": passes.
        ["v4-h191-gapt-valgus-collapse"] = new(
            """
            Gateway Arch PT — Soulard
            Visit note — 12/16/26 — Kendra Oyelaran, PT
            97112 NMR: 23 min. Treated 1-on-1.
            Perturbations on the tilt board in single-leg stance, single-leg squat to the mirror for knee alignment, lateral hops to stick.
            Deficit: delayed quadriceps firing and poor dynamic knee control — valgus collapse on the L single-leg squat after the ACL repair.
            Objective: Y-balance anterior L 55 cm (R 63 cm); 7/10 hops stuck.
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // NLT SOAP, "A: Progressing toward goals" and no deficit anywhere: deficit missing; one-on-one, techniques and measures present.
        ["v4-h191-nlt-assessment-progressing-only"] = new(
            """
            Norfork Lake Therapy — Mountain Home, AR
            SOAP — 12/16/2026 — Beau Whitlock, PT
            S: Pt reports he made it to the fish fry Saturday.
            O: 97112 (22 min, one-on-one): rocker board A/P, single-leg stance on the Airex with ball toss, step-overs on cue.
               Berg 47/56; SLS R 9 s.
            A: Progressing toward goals.
            P: Continue POC.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // CGU student SOAP on a 97116, steppage gait from the L foot drop with the toe catching the porch threshold; gait training with the AFO, cues for hip flexion; 10MWT and distance; co-signed: passes.
        ["v4-h191-cgu-97116-steppage-gait"] = new(
            """
            Cumberland Gap University — Rehabilitation Clinic (Harrogate, TN)
            Student Daily Note    SPT: Caleb Mullins    CI: Rufus Hensley, PT, DPT
            S: "the toe catches on the porch threshold."
            O: 97116 — 18 min. Gait training with the new AFO on level tile, the hallway carpet and the outside ramp; cues for hip flexion and heel strike.
               10MWT 0.84 m/s; 300 ft with the AFO and SBA.
            A: steppage gait from the L foot drop; less toe catch with the AFO.
            P: progress to the gravel lot.
            CI: reviewed and agree. — R. Hensley, PT, DPT
            """,
            ["M21.372"], [PT("97116", 18)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // AKPT, Four Square Step Test seconds and single-leg stance eyes closed; half foam roll with perturbations, step-over sequences; R ankle proprioception; 1:1; 23 min matches: passes.
        ["v5-h191-akpt-four-square-and-sls"] = new(
            """
            Aloha Kai Physical Therapy — Hilo
            Daily Note 12/16/2026 · Leilani Fonoti, PT
            97112 NM re-ed — 23 min — 1:1
            Standing on the half foam roll with perturbations, step-over sequences forward, sideways and back over the canes.
            Deficit: R ankle proprioception after the sprain on the lava rock at the tide pools.
            Objective: Four Square Step Test 11.2 s; SLS eyes closed R 6 s (L 12 s).
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // WMH CAH, "Mini-BESTest 20 of 28 today, was 16 of 28 in November" in a sentence; rhythmic stabilisation, perturbations on foam, stepping strategy; reactive stepping impaired; "INDIVIDUAL: yes": passes.
        ["v5-h191-wmh-mini-best-in-a-sentence"] = new(
            """
            WALLOWA MEMORIAL HOSPITAL — THERAPY SERVICES (ENTERPRISE, OR)
            DAILY NOTE    DOS 12/16/2026    Hollis Vandever, PT
            PROCEDURE / MIN: 97112 / 23    INDIVIDUAL: yes
            Rhythmic stabilization in standing, perturbations at the shoulders on foam, stepping-strategy practice to a release from lean.
            Postural control and reactive stepping impaired; he went down on the feedlot ice.
            Mini-BESTest 20 of 28 today, was 16 of 28 in November.
            """,
            ["R26.81", "W00.0XXD"], [PT("97112", 23)], []),

        // WMH, "Measure: steadier on the ice, per his wife" and no number but the code and its minutes: measure missing; individual, techniques and deficit present.
        ["v5-h191-wmh-steadier-per-his-wife"] = new(
            """
            WALLOWA MEMORIAL HOSPITAL — THERAPY SERVICES (ENTERPRISE, OR)
            DAILY NOTE    Hollis Vandever, PT
            PROCEDURE / MIN: 97112 / 22    INDIVIDUAL: yes
            Foam stance with eyes closed, rocker board A/P, reactive stepping to pushes at the pelvis.
            Ankle proprioception and postural control impaired since the fall in the calving barn.
            Measure: steadier on the ice, per his wife.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // RCOR, leg press with load, step-ups, TKE, sled push with doses and 5xSTS seconds (97110 Ther Ex 21 min); R quad weakness after meniscectomy: passes.
        ["v5-h191-rcor-leg-press-and-5xsts"] = new(
            """
            Red Cedar Orthopedic Rehab — Menomonie, WI
            Daily Note 12/16/2026 — Ingrid Solberg, PT
            Subjective: hauling the ice-fishing sled up the landing is hard on the R knee.
            Objective: 97110 Ther Ex 21 min — leg press 60 lb 3x12, step-ups onto the 6 in step 3x10, TKE with the green band 3x15, sled push 4 lengths.
            5xSTS 13.4 s (16.1 s at eval).
            Assessment: R quad weakness after the meniscectomy; better eccentric control on the step-down.
            Plan: progress the load.
            """,
            ["Z98.890", "M62.81"], [PT("97110", 21)], []),

        // RCOR, a 97110 list of exercises with no dose and no number but the code and its minutes: measure missing; exercises and region present.
        ["v5-h191-rcor-exercises-no-dose"] = new(
            """
            Red Cedar Orthopedic Rehab — Menomonie, WI
            Daily Note — Ingrid Solberg, PT
            Subjective: stiff after the drive from Elk Mound.
            Objective: 97110 Ther Ex 18 min — leg press, step-ups, TKE with the band, wall sits.
            Assessment: R quad weakness after the meniscectomy.
            Plan: progress as tolerated.
            """,
            ["Z98.890", "M62.81"], [PT("97110", 18)], [At(Measure, "97110")]),

        // SLM SNF Part B, OT 97530 with assistance levels and a count (toilet transfers CGA x3) and a standing time in seconds; standing balance and L hip weakness after ORIF: passes.
        ["v5-h191-slm-ot-97530-assist-levels"] = new(
            """
            SILVER LAKE MANOR — MEDICARE PART B THERAPY (CORTLAND, NY)
            OT Daily Note · 12/16/2026 · Marguerite Oduya, OTR/L
            97530 Therapeutic Activities — 20 minutes
            Activities: toilet transfers from the wheelchair using the grab bar, standing to pull up her slacks, reaching to the medicine cabinet.
            Deficit: standing balance and L hip weakness after the ORIF.
            Measure: toilet transfer with contact guard assist x3; stood 45 sec for clothing management with one hand on the bar.
            """,
            ["S72.002D"], [OT("97530", 20)], []),

        // SLM PT 97112, "Objective: Berg deferred — resident fatigued" and no number but the code and its minutes: measure missing; ☒ Individual, techniques and deficit present.
        ["v5-h191-slm-berg-deferred"] = new(
            """
            SILVER LAKE MANOR — MEDICARE PART B THERAPY (CORTLAND, NY)
            PT Daily Note · Casimir Wojcik, PT
            97112 Neuromuscular Re-ed — 22 minutes   ☒ Individual  ☐ Concurrent
            Tx: weight shifting in the parallel bars onto foam, reactive stepping to light pushes, reaching out of the base of support.
            Deficit: posterior lean and delayed righting reactions.
            Objective: Berg deferred — resident fatigued.
            """,
            ["R26.81", "R29.6"], [PT("97112", 22)], [At(Measure, "97112")]),

        // MBHR Part B home, 10MWT in m/s and distance with the rollator (97116 — 21 min); big-step cues, turning to floor-tape targets; shuffling and festination with PD: passes.
        ["v5-h191-mbhr-97116-gait-speed"] = new(
            """
            MOBILE BAY HOME REHAB — Part B home visit (Daphne, AL)
            12/16/2026 · Reggie Thibodeaux, PT
            97116 — 21 min
            Gait training with the rollator down the hall and out to the carport, big-step cues, turns around the floor-tape targets.
            Deficit: shuffling, short bilateral steps and festination with Parkinson's disease.
            Measures: 10MWT 0.71 m/s; 220 ft with the rollator, supervision.
            """,
            ["G20.A1"], [PT("97116", 21)], []),

        // MBHR 97112, "Measures: none taken today — daughter says he's walking better", no number but the code and its minutes: measure missing; "one-on-one", techniques and deficit present.
        ["v5-h191-mbhr-measures-none-taken"] = new(
            """
            MOBILE BAY HOME REHAB — Part B home visit (Daphne, AL)
            Wednesday · Reggie Thibodeaux, PT
            97112 — 22 min — one-on-one
            PWR! Moves in standing at the counter, stepping to floor targets on a count, turning practice in the kitchen doorway.
            Deficit: freezing at doorways and hypokinesia with Parkinson's disease.
            Measures: none taken today — daughter says he's walking better.
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Measure, "97112")]),

        // NPSM, Y-balance composite percentages and hop-and-stick count; tilt-board perturbations, drop landings to stick; L knee neuromuscular control; "Individual (1 PT : 1 athlete)"; 22 min matches: passes.
        ["v5-h191-npsm-y-balance-composite"] = new(
            """
            NORTHERN PLAINS SPORTS MEDICINE — BISMARCK, ND
            Rehab Daily Note · 12/16/2026 · Jace Olheiser, PT, DPT, SCS
            97112 Neuromuscular re-ed: 22 min · Individual (1 PT : 1 athlete)
            Tilt-board perturbations in single-leg stance, drop landings to stick with feedback on knee position, reactive cone taps.
            Deficit: L knee neuromuscular control — valgus on landing after the ACL reconstruction.
            Measures: Y-balance composite L 89% (R 97%); single-leg hop 7/10 stuck.
            """,
            ["S83.512D"], [PT("97112", 22)], []),

        // NPSM 97110 with loads and doses (Nordic curls, RDLs, split squats; 97110 — 20 min); L hamstring and quad weakness after ACL reconstruction: passes.
        ["v5-h191-npsm-97110-loads"] = new(
            """
            NORTHERN PLAINS SPORTS MEDICINE — BISMARCK, ND
            Rehab Daily Note · 12/16/2026 · Jace Olheiser, PT, DPT, SCS
            97110 Therapeutic exercise: 20 min
            Nordic hamstring curls 3x6, RDL 45 lb 3x8, split squats with 20 lb dumbbells 3x10 each, single-leg bridges 3x12.
            Target: L hamstring and quad weakness after the ACL reconstruction; wants back on the hockey ice.
            """,
            ["S83.512D", "M62.81"], [PT("97110", 20)], []),

        // EPR, dual-task TUG against single-task TUG; dual-task walking, stepping to coloured targets on call, foam with head turns; divided-attention postural control after mTBI; "Delivery: one-on-one"; 23 min matches: passes.
        ["v5-h191-epr-dual-task-tug"] = new(
            """
            Evergreen Pointe Rehab — Capitol Hill
            Tx Note · 12/16/26 · Priya Venkataraman, PT, DPT
            97112 — 23 min    Delivery: one-on-one
            Dual-task walking with serial-3 subtraction, stepping to coloured targets on call, foam stance with head turns.
            Impairment: divided-attention postural control after the mTBI; she stops walking when she talks.
            Objective: TUG with cognitive task 14.1 s (single task 11.3 s).
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 6: minutes in every usual form, true mismatches, missing separate time

        // WVRH SOAP with "97112 … — 23 min" and "97116 Gait training — 15 min" in O:, both matching; NMR and gait each named, deficits, Berg and distance: passes.
        ["v6-h191-wvrh-two-codes-in-objective"] = new(
            """
            WALNUT VALLEY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WINFIELD, KS)
            PT Daily Note    DOS: 12/16/2026    Therapist: Corinne Haskett, PT, DPT
            S: "I drag the left foot when I'm tired."
            O: 97112 Neuromuscular re-education — 23 min, one-on-one: weight acceptance on the L LE on foam, PNF pelvic patterns in standing, stepping to targets with the L.
               97116 Gait training — 15 min: overground with the quad cane, cues for L hip flexion and heel strike, curb up and down.
               Berg 41/56; 250 ft with the quad cane and SBA.
            A: L hemiparesis with poor motor recruitment at the hip; L foot drag in swing.
            P: Continue POC.
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], []),

        // YRVC with military-time clock ranges on each code's line (97112 0905–0928, 97140 0928–0940), both matching; X1 and head-turn walking, cervical mobilisation; cervicogenic dizziness and neck stiffness; DGI and rotation degrees: passes.
        ["v6-h191-yrvc-military-clock-ranges"] = new(
            """
            YAKIMA RIDGE VETERANS COMMUNITY CARE — REHAB SERVICES
            Community Care referral: on file    SEOC: Physical Therapy (outpatient)
            Provider: Luis Ortega-Bauer, PT
            97112 NMR 0905–0928 — one-on-one with the Veteran: smooth-pursuit neck torsion drills, X1 viewing standing on foam, walking with head turns.
            97140 Manual 0928–0940: C1–C2 SNAGs into rotation, suboccipital release, upper thoracic PA mobilization grade III.
            Impairment: cervicogenic dizziness with postural instability; upper cervical stiffness after the blast injury.
            Measures: DGI 19/24; cervical rotation R 60° (48° at eval).
            """,
            ["R26.81", "M54.2"], [PT("97112", 23), PT("97140", 12)], []),

        // PVCH with apostrophe minutes ("97110 — 16'  97140 — 10'"), both matching; doses, patellar mobs; L knee stiffness after TKA; degrees: passes.
        ["v6-h191-pvch-apostrophe-minutes"] = new(
            """
            PECOS VALLEY COMMUNITY HOSPITAL — REHAB DEPT — FORT STOCKTON TX
            TX NOTE   12/16/2026   Ramiro Luján, PTA
            CPT 97110 — 16'    CPT 97140 — 10'
            TX: 97110 — heel slides with strap 2x15, quad sets 2x15, recumbent bike for ROM, step-ups 4 in 2x10. 97140 — patellar mobs all directions grade III, STM to the distal quad.
            PROBLEM: L knee flexion stiffness and quad weakness after the TKA; can't get into the pickup.
            OBJ: L knee flexion 102° (94° last visit).
            """,
            ["Z96.652"], [PTA("97110", 16), PTA("97140", 10)], []),

        // GDPT, "97112 Neuromuscular Re-ed — 38 minutes" on a 23-minute line: mismatch; otherwise complete.
        ["v6-h191-gdpt-38-on-23"] = new(
            """
            GREAT DISMAL PHYSICAL THERAPY — SUFFOLK, VA
            Daily Note    Yesenia Pardo-Hill, PT    12/16/2026
            Delivery: individual (1:1).
            97112 Neuromuscular Re-ed — 38 minutes
            Intervention: rocker board A/P eyes closed, foam stance with head turns, perturbations at the pelvis in tandem stance.
            Deficit: postural control and B ankle proprioception with the neuropathy.
            Objective: Berg 45/56; mCTSIB condition 4 12 s.
            """,
            ["E11.42"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // OTLR, "Timed codes: 97110, 97140 — total timed 34 min" for two timed codes: separate time missing; both treatments, region and numbers present.
        ["v6-h191-otlr-total-timed-only"] = new(
            """
            Otter Tail Lakes Rehab — Fergus Falls, MN
            Daily Note · 12/16/2026 · Britta Aalgaard, PT
            Timed codes: 97110, 97140 — total timed 34 min
            Exercise: prone press-ups 2x10, bird-dogs 3x10, bridges 3x12, side plank on knees 3 x 20 sec.
            Manual: central PAs L3–L5 grade III, STM to the R lumbar paraspinals.
            Target: low back pain with lumbar extension stiffness and poor trunk endurance; can't shovel the driveway.
            Measures: lumbar extension 50% limited (75% at eval); Oswestry not repeated.
            """,
            ["M54.50"], [PT("97110", 22), PT("97140", 12)], [SepTime]),

        // HMHT, "Services this visit (code / minutes): 97116 / 15, 97110 / ___" — the second code's minutes left blank: separate time missing; both treatments complete, the 97116's minutes match.
        ["v6-h191-hmht-second-code-minutes-blank"] = new(
            """
            HORICON MARSH HOME THERAPY — PART B HOME VISIT NOTE
            Visit date 12/16/2026 · Therapist: Gretchen Kloss, PT
            Services this visit (code / minutes): 97116 / 15, 97110 / ___
            Individual treatment?  ■ Yes  □ No
            Caregiver present: none
            Interventions: 97116 — gait training with the SPC from the bedroom to the back porch and down the two porch steps with the rail. 97110 — sit-to-stand from the recliner 3x8, standing marches at the counter 3x15, heel raises 3x12.
            Impairment / goal: R hip and knee weakness after the fall; goal to get to the bird feeder.
            Measures: 120 ft SPC with SBA; steps with the rail and CGA.
            """,
            ["M62.81", "R26.89"], [PT("97116", 15), PT("97110", 12)], [SepTime]),

        // SWPT chain, "Billing: 97110 Ther Ex — 28 min; 97140 Manual — 10 min" on a 16-minute 97110 line: mismatch on the 97110; otherwise complete.
        ["v6-h191-swpt-97110-28-on-16"] = new(
            """
            StrideWell PT — Gulfton (Clinic 07)    Daily Note
            Provider: Ana Castañeda, PT, DPT
            Billing: 97110 Ther Ex — 28 min; 97140 Manual — 10 min
            Interventions: 97110 — side-lying ER with 3 lb 3x12, rows with the red band 3x15, wall slides 2x10. 97140 — GH posterior glides grade III, STM to the R infraspinatus.
            Impairment: R shoulder stiffness and rotator cuff weakness; can't reach the top shelf at the taquería.
            Measures: flexion AROM 142° (130° at eval).
            """,
            ["M75.41"], [PT("97110", 16), PT("97140", 10)], [At(Mismatch, "97110")]),

        // CCMC, "97112 22m / 97116 13m", both matching; NMR and gait each named, deficits and numbers; "1:1": passes.
        ["v6-h191-ccmc-m-suffix-two-codes"] = new(
            """
            CHERRY COUNTY MEDICAL CENTER — THERAPY (VALENTINE NE)
            Outpt PT note 12/16/26   Wade Nollette PT
            97112 22m / 97116 13m — 1:1
            Did: 97112 — foam stance eyes closed, rocker board M/L, step-and-stick off the low step. 97116 — gait training outside on the gravel lot with the SPC, cues for step length.
            Why: B ankle proprioception and postural control down with the neuropathy; short shuffling steps on uneven ground.
            Numbers: Berg 44/56; 400 ft gravel SPC SBA.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22), PT("97116", 13)], []),

        // AQPT, clock range "10:02–10:36" (34 minutes) on a 22-minute 97112 line: mismatch; otherwise complete (one-on-one, techniques, deficit, numbers).
        ["v6-h191-aqpt-clock-range-34-on-22"] = new(
            """
            Annisquam PT — Gloucester
            12/16/2026 — Colm Doherty, PT
            97112 10:02–10:36 — one-on-one
            Tandem walking on the foam beam, perturbations at the hips in stride, single-leg stance on the rocker.
            Impairment: R ankle proprioception and postural control after the fall on the wharf ladder.
            Berg 49/56; SLS R 8 sec.
            """,
            ["R26.81", "S93.401D"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // GLT OT, minute boxes "97530: [ 18 ]  97110: [ 11 ]", both matching; tasks with counts, UE exercises with doses; R UE weakness and standing balance: passes.
        ["v6-h191-glt-ot-minute-boxes"] = new(
            """
            GREEN LAKE TERRACE — PART B THERAPY    Rm 27
            OT Daily Note 12/16/2026    Hallie Brandt, OTR/L
            Minutes — 97530: [ 18 ]   97110: [ 11 ]
            97530: folding towels standing at the laundry table, hanging clothes in the closet, carrying the basket to the bed with the walker.
            97110: R shoulder flexion with the 1 lb dowel 2x12, theraputty grip 2x15, elbow extension with the yellow band 2x15.
            Deficit: R UE weakness and standing balance after the stroke; wants to do her own laundry.
            Measure: 10 towels folded standing with SBA; 6 hangers hung.
            """,
            ["I69.331", "R26.89"], [OT("97530", 18), OT("97110", 11)], []),

        // TBH, minutes written before each code ("23 min — 97112 …; 12 min — 97110 …"), both matching; NMR and ther ex named, deficits, Berg and doses: passes.
        ["v6-h191-tbh-minutes-before-code"] = new(
            """
            TENSAS BASIN HOSPITAL — REHAB SERVICES (ST. JOSEPH, LA)
            Daily Tx Note   12/16/2026   Delphine Guidroz, PT
            23 min — 97112 neuromuscular re-ed, one-on-one: foam stance with head turns, reactive stepping to pushes, tandem walking at the rail.
            12 min — 97110 ther ex: sit-to-stand 3x10, standing hip abduction 3x10, heel raises 3x15.
            Problem: delayed stepping reactions; B hip abductor and calf weakness.
            Measure: Berg 46/56; 30-second chair stand 9.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // MVNR, "97112 (22 min)" and a 97116 paragraph with no minutes anywhere: separate time missing; both treatments complete.
        ["v6-h191-mvnr-97116-no-minutes"] = new(
            """
            MESA VERDE NEURO REHAB — CORTEZ, CO
            Daily Treatment Note · 12/16/2026 · Shandiin Begay, PT, DPT, NCS
            97112 (22 min), one-on-one: PWR! Moves in standing, big steps over the tape line, turning in the taped box.
            97116: gait training in the hall with big-step and arm-swing cues, doorway approaches.
            Deficit: hypokinesia and freezing at doorways with Parkinson's disease.
            Measure: TUG 12.8 sec; 2 freezes in 10 doorway passes.
            """,
            ["G20.A1"], [PT("97112", 22), PT("97116", 14)], [SepTime]),

        // SCHH home visit, "97116: 35 min" on a 24-minute line: mismatch; otherwise complete.
        ["v6-h191-schh-97116-35-on-24"] = new(
            """
            STEPHENS COUNTY HOME HEALTH — THERAPY VISIT (PART B)
            Pt home, Duncan OK · 12/16/2026 · Waylon Tubbs, PTA
            97116: 35 min · Individual 1:1
            Skilled tx: gait training with the FWW from the bedroom across the yard to the chicken coop, cues for upright posture and step length.
            Finding: forward flexed posture and short steps; R hip weakness after the fall.
            Objective: 180 ft FWW on grass with CGA.
            """,
            ["R26.89", "M62.81"], [PTA("97116", 24)], [At(Mismatch, "97116")]),

        // CBR, "Code/min: 97112/22 · 97140/9 · 1:1", both matching; NMR and manual named, deficits and numbers: passes.
        ["v6-h191-cbr-slash-two-codes"] = new(
            """
            Copper Basin Rehab · Ducktown TN
            Wed 12/16/2026 · Lonnie Pruett, PT
            Code/min: 97112/22 · 97140/9 · 1:1
            What: 97112 — single-leg stance on foam with ball toss, rocker board A/P, step-and-stick off the porch-height step. 97140 — talocrural posterior glides grade III, STM to the L peroneals.
            Finding: L ankle proprioception down and limited DF after the sprain on the quarry path.
            #s: SLS L 6 sec; DF knee-to-wall L 8 cm.
            """,
            ["S93.402D"], [PT("97112", 22), PT("97140", 9)], []),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for 97110, 97530, 97140 and 97116, wholly generic notes

        // An empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h191-empty-note-97112-97116"] = new(
            "",
            ["I69.354"], [PT("97112", 22), PT("97116", 14)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of spaces, a tab and line breaks only on a 97140 with no diagnosis: note missing and diagnosis missing.
        ["v7-h191-whitespace-only-97140-no-dx"] = new(
            "  \n\t \n ",
            [], [PT("97140", 10)], [At(NoteMissing, "97140"), Dx]),

        // An empty note on an OT's 97530 with a diagnosis: note missing only.
        ["v7-h191-empty-note-ot-97530"] = new(
            "",
            ["M62.81"], [OT("97530", 20)], [At(NoteMissing, "97530")]),

        // 97110's meaning on a PSU student note: bridges, clamshells with a band, step-ups, sit-to-stands with doses (technique and measure), L hip abductor and extensor weakness after THA (deficit); CI co-signed; 20 min matches: passes.
        ["v7-h191-psu-97110-hip-strengthening"] = new(
            """
            Pinecrest State University — Physical Therapy Clinic (Show Low, AZ)
            SOAP — Student: Marisa Yazzie, SPT — CI: Donald Hatathlie, PT, DPT
            S: "Getting up off the low couch at my sister's is the hard part."
            O: 97110 — 20 min: bridges 3x12, side-lying clamshells with the blue band 3x15, step-ups onto the 6 in step 3x10, sit-to-stand from the low mat holding 8 lb 3x8.
            A: L hip abductor and extensor weakness after the L THA.
            P: add lateral step-ups.
            Co-signed: D. Hatathlie, PT, DPT (present for the session)
            """,
            ["Z96.642", "M62.81"], [PT("97110", 20)], []),

        // 97530's meaning on an SGHT home note: car transfers, carrying the grocery bag up the porch steps, picking up the dropped keys (technique), with assist and counts (measure), R knee weakness and standing balance after TKA (deficit); 22 min matches: passes.
        ["v7-h191-sght-97530-car-and-porch"] = new(
            """
            SWEETGRASS HOME THERAPY — PART B VISIT (MOUNT PLEASANT, SC)
            Therapist: Nadine Frazier-Gadsden, PT · 12/16/2026
            97530 Therapeutic activities — 22 min
            Practiced getting into and out of the passenger seat of the car in the driveway, carrying a grocery bag up the three porch steps with one hand on the rail, picking her keys up off the floor with the reacher and without.
            Why: R knee weakness and standing balance after the R TKA; goal is to go to the Saturday market alone.
            Measures: car transfer 3 trials with SBA; porch steps with a 5 lb bag and CGA; keys from the floor 4 of 5 without the reacher.
            """,
            ["Z96.651", "R26.89"], [PT("97530", 22)], []),

        // 97140's meaning on an NLT note: GH posterior and inferior mobilisation grades III–IV and STM to the pec minor (technique), L adhesive capsulitis (deficit), flexion and ER degrees (measure); "97140 (13 min)": passes.
        ["v7-h191-nlt-97140-frozen-shoulder"] = new(
            """
            Norfork Lake Therapy — Mountain Home, AR
            SOAP — 12/16/2026 — Beau Whitlock, PT
            S: can't reach back to cast the fly rod.
            O: 97140 (13 min): L GH posterior and inferior glides grade III–IV, STM to the pec minor and posterior cuff.
               L shoulder flexion 128° (119° last week); ER 35°.
            A: L adhesive capsulitis, capsular pattern improving.
            P: Continue POC.
            """,
            ["M75.02"], [PT("97140", 13)], []),

        // 97116's meaning on a PRPT note: treadmill with handrails then overground on the grass strip with cadence cues (technique), antalgic gait after the L THA (deficit), gait speed and distance (measure); 18 min matches: passes.
        ["v7-h191-prpt-97116-treadmill-and-grass"] = new(
            """
            Paradise Ridge PT — Moscow, ID
            12/16/2026 — Tova Lindgren, PT, DPT
            97116 Gait training (18 min): treadmill walking with handrails and cues for equal stance time, then overground on the grass strip and the campus curb with the SPC, cues for cadence and trunk upright.
            Finding: antalgic gait with short L stance after the L THA.
            Measures: 10MWT 0.95 m/s; 600 ft with the SPC, independent.
            """,
            ["Z96.642"], [PT("97116", 18)], []),

        // 97530's meaning for a PT on an ORH note: carrying the softener-salt bag down the basement stairs, kneeling to change the furnace filter (technique), with loads and assist (measure), L knee and hip weakness (deficit); 21 min matches: passes.
        ["v7-h191-orh-97530-basement-and-furnace"] = new(
            """
            ONTONAGON RURAL HEALTH — PHYSICAL THERAPY
            Daily note 12/16/2026 · Marit Heikkinen, PT
            97530 — 21 min
            Carried a 20 lb bag down the mock basement stairs 4 trips with one hand on the rail, half-kneeling to change the furnace filter and back up to stand, carrying the wood tote across the gym.
            Why: L knee and hip weakness after the L TKA; lives alone with a basement furnace.
            Measure: 4 trips with SBA; floor to stand from half-kneel 3 times with one hand on the bench.
            """,
            ["Z96.652", "M62.81"], [PT("97530", 21)], []),

        // EPR, "97112 — 22 min — 1:1. Balance and coordination activities. Pt tolerated treatment well. Continue per plan of care." — wholly generic; one-on-one stated.
        ["v7-h191-epr-balance-coordination-generic"] = new(
            """
            Evergreen Pointe Rehab — Capitol Hill
            Tx Note · 12/16/26 · Jun Takahashi, PT, DPT
            97112 — 22 min — 1:1. Balance and coordination activities. Pt tolerated treatment well. Continue per plan of care.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // SWPT, "97110 — 15 min. Therapeutic exercises performed per flowsheet. Tolerated well without complaints. Continue with POC." — wholly generic for the 97110.
        ["v7-h191-swpt-ther-ex-per-flowsheet"] = new(
            """
            StrideWell PT — Gulfton (Clinic 07)    Daily Note
            Provider: Tavon Greer, PTA    Supervising PT: A. Castañeda
            97110 — 15 min. Therapeutic exercises performed per flowsheet. Tolerated well without complaints. Continue with POC.
            """,
            ["M62.81"], [PTA("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // PASL OT, "97530 — 20 min. Functional training as tolerated; resident participated well; will continue." — wholly generic for the 97530.
        ["v7-h191-pasl-ot-functional-training-generic"] = new(
            """
            PRAIRIE ASTER SENIOR LIVING — OUTPATIENT THERAPY (MEDICARE PART B)
            Daily Note 12/16/2026   Therapist: Dorothea Fenske, OTR/L
            97530 — 20 min. Functional training as tolerated; resident participated well; will continue.
            """,
            ["R26.89"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // MWPT, "97112 — 22 min. Neuro re-ed for balance. Pt did well. Cont POC." — wholly generic, and no one-on-one statement.
        ["v7-h191-mwpt-neuro-re-ed-for-balance"] = new(
            """
            MotionWorks Physical Therapy — Clinic #214 (Bronx, NY)
            DAILY NOTE    Date: 12/16/2026    Clinician: L. Fontaine, PTA
            97112 — 22 min. Neuro re-ed for balance. Pt did well. Cont POC.
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // BPP narrative, "just the two of us the whole session"; tandem walking with a dual task, foam stance with head turns, stepping to targets; divided-attention postural control and somatosensory loss; FGA and tandem; 23 minutes matches: passes.
        ["vord-h191-bpp-narrative-dual-task-tandem"] = new(
            """
            Marisol Etcheverry, PT — Bristlecone PT & Performance, Ely NV — 12/16/2026

            June came in for neuromuscular re-education (97112), 23 minutes, just the two of us the whole session. We did tandem walking while she named the streets of McGill, foam stance with head turns, and stepping to numbered floor targets when I called them. Her postural control falls apart when she has to think and walk at once, and the somatosensory loss in her feet makes the gravel of the ranch yard hard. FGA 20/30 (16/30 in October); tandem 10 sec.
            """,
            ["G62.9", "R26.81"], [PT("97112", 23)], []),

        // BPP narrative with two codes, "Neuromuscular re-education (97112), 22 minutes" and "therapeutic exercise (97110), 14 minutes", both matching, one-on-one; PNF and perturbations, ther ex doses; motor recruitment and quad weakness; Berg: passes.
        ["vord-h191-bpp-narrative-two-codes"] = new(
            """
            Marisol Etcheverry, PT — Bristlecone PT & Performance, Ely NV — 12/16/2026

            Neuromuscular re-education (97112), 22 minutes, one-on-one: PNF D2 patterns for the R leg in standing, perturbations at the pelvis on the Airex, and step-and-stick off the 6 in box. Therapeutic exercise (97110), 14 minutes: mini-squats 3x12, lateral band walks 3 laps, heel raises 3x15. Hank's R hip and knee motor recruitment lags after the knee scope and his quads are weak; he wants to get back to guiding elk hunts. Berg 50/56; SLS R 11 sec.
            """,
            ["M62.81", "R26.89"], [PT("97112", 22), PT("97110", 14)], []),

        // PSU student SOAP, "Pt : SPT 1:1, CI in the room and treating no one else"; rocker board, foam with head turns, perturbations; proprioception after ankle sprain; SLS and Y-balance; 22 min matches: passes.
        ["vord-h191-psu-student-97112-ankle"] = new(
            """
            Pinecrest State University — Physical Therapy Clinic (Show Low, AZ)
            SOAP — Student: Wyatt Begaye, SPT — CI: Donald Hatathlie, PT, DPT
            S: rolled the L ankle again stepping off the rodeo-arena rail.
            O: 97112 — 22 min, pt : SPT 1:1, CI in the room and treating no one else. Rocker board A/P and M/L eyes closed, single-leg stance on foam with head turns, perturbations in single-leg stance.
               SLS L eyes closed 7 sec (R 15 sec); Y-balance anterior L 57 cm.
            A: L ankle proprioception and peroneal reaction time decreased after recurrent sprains.
            Co-signed: D. Hatathlie, PT, DPT
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // PSU student SOAP, complete in every way (1:1, techniques, deficit, Berg) but the visit carries no diagnosis code: diagnosis missing only.
        ["vord-h191-psu-student-no-diagnosis"] = new(
            """
            Pinecrest State University — Physical Therapy Clinic (Show Low, AZ)
            SOAP — Student: Marisa Yazzie, SPT — CI: Donald Hatathlie, PT, DPT
            S: "I feel like I'm on a boat when I stand at the sink."
            O: 97112 — 23 min, 1:1. Foam stance eyes closed at the counter, tandem walking with head turns, reactive stepping to pushes at the hips.
               Berg 44/56; TUG 12.9 sec.
            A: postural control and delayed stepping reactions; relies on the counter.
            Co-signed: D. Hatathlie, PT, DPT
            """,
            [], [PT("97112", 23)], [Dx]),

        // SGHT Part B home, "one-on-one in her living room"; rocker board at the counter, foam with head turns, stepping strategy; postural sway and late step reaction; Berg and tandem; 22 min matches: passes.
        ["vord-h191-sght-97112-living-room"] = new(
            """
            SWEETGRASS HOME THERAPY — PART B VISIT (MOUNT PLEASANT, SC)
            Therapist: Nadine Frazier-Gadsden, PT · 12/16/2026
            97112 Neuromuscular re-education — 22 min, one-on-one in her living room
            Rocker board at the kitchen counter, foam stance with head turns, stepping-strategy practice to light pushes at the hips.
            Why: postural sway and a late step reaction; she weaves sweetgrass baskets on the porch and tips backward when she stands up from the stool.
            Measures: Berg 45/56; tandem 9 sec.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // SGHT 97116, gait training with the cane on the porch ramp and the oyster-shell drive, cues for step length; R knee weakness after TKA and short R step; distance and assist; 19 min matches: passes.
        ["vord-h191-sght-97116-oyster-shell-drive"] = new(
            """
            SWEETGRASS HOME THERAPY — PART B VISIT (MOUNT PLEASANT, SC)
            Therapist: Nadine Frazier-Gadsden, PT · 12/16/2026
            97116 Gait training — 19 min
            Gait training with the SPC down the porch ramp and along the oyster-shell drive to the mailbox, cues for a longer R step and heel strike.
            Why: R knee weakness and a short R step after the TKA.
            Measures: 260 ft SPC on the shell drive with SBA; ramp with CGA.
            """,
            ["Z96.651"], [PT("97116", 19)], []),

        // IHSS 97112, "one-on-one"; BOSU perturbations, hop-and-stick, single-leg stance with ball catch; L ankle proprioception after sprain; SLS and hops; 22 min matches: passes.
        ["vord-h191-ihss-97112-bosu-hops"] = new(
            """
            Indian Hill Spine & Sport — Daily Note (Camargo Rd)
            12/16/2026 · Benedikt Hauser, PT, DPT, OCS
            97112 Neuromuscular re-ed — 22 min, one-on-one: single-leg stance on the BOSU with perturbations, hop-and-stick forward and lateral, single-leg stance with ball catch.
            Impairment: L ankle proprioception after the sprain at lacrosse.
            Objective: SLS L eyes closed 9 s; 8/10 hops stuck.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // CNR 97112, "Seen individually"; PNF D1 and D2 of the R UE with rhythmic stabilisation, weight bearing through the R arm; R UE motor recruitment after stroke; Fugl-Meyer; 23 min matches: passes.
        ["vord-h191-cnr-97112-pnf-upper-limb"] = new(
            """
            COOSAW NEURO RECOVERY — BEAUFORT, SC
            PT Treatment Note — 12/16/2026 — Ezekiel Grant, PT, DPT
            97112 Neuromuscular re-education — 23 min. Seen individually.
            PNF D1 and D2 patterns of the R UE with rhythmic stabilization, weight bearing through the R arm at the mat table with reaching L.
            Deficit: R UE motor recruitment and shoulder stability after the L MCA stroke.
            Measure: Fugl-Meyer UE 38/66 (31/66 at eval).
            """,
            ["I69.331"], [PT("97112", 23)], []),

        // CNR 97116, gait training with the hemi-walker on level and the shell path, cues for hip flexion; R hemiparesis with circumduction; 10MWT and distance; 16 min matches: passes.
        ["vord-h191-cnr-97116-hemi-walker"] = new(
            """
            COOSAW NEURO RECOVERY — BEAUFORT, SC
            PT Treatment Note — 12/16/2026 — Ezekiel Grant, PT, DPT
            97116 Gait training — 16 min
            Gait training with the hemi-walker on level tile and the shell path outside, cues for R hip and knee flexion in swing instead of circumducting.
            Deficit: R hemiparesis with circumduction and a short L step.
            Measure: 10MWT 0.48 m/s; 150 ft hemi-walker with CGA.
            """,
            ["I69.351"], [PT("97116", 16)], []),

        // SHPT 97112, "1:1"; vestibular habituation, X1 on foam, walking with head turns; L hypofunction and motion provoked dizziness; DGI and DVA; 22 min matches: passes.
        ["vord-h191-shpt-97112-vestibular"] = new(
            """
            Shikellamy Riverside PT — Sunbury, PA
            Daily note 12/16/2026 · Amos Zimmerman, PT, DPT
            97112 NMR — 22 min — 1:1
            X1 viewing standing on foam, walking the hall with horizontal head turns, habituation rolling supine to side-lying.
            Problem: L vestibular hypofunction with motion-provoked dizziness turning to back the buggy.
            Objective: DGI 19/24; DVA 2 lines lost.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // SHPT two codes, "97110 — 17 min" and "97140 — 9 min", both matching; doses and lumbar mobilisation; low back stiffness and trunk endurance; degrees: passes.
        ["vord-h191-shpt-97110-97140-low-back"] = new(
            """
            Shikellamy Riverside PT — Sunbury, PA
            Daily note 12/16/2026 · Amos Zimmerman, PT, DPT
            97110 — 17 min: prone press-ups 2x10, bird-dogs 3x10, dead bugs 3x10, hip hinge with the dowel 3x10.
            97140 — 9 min: central PAs L3–L5 grade III, STM to the lumbar paraspinals.
            Problem: low back pain with extension stiffness and poor trunk endurance; lifting hay bales.
            Objective: lumbar extension 20° (12° at eval).
            """,
            ["M54.50"], [PT("97110", 17), PT("97140", 9)], []),

        // WVRH 97110 in its SOAP, "97110 Therapeutic exercise — 18 min"; doses; L shoulder weakness after cuff repair; ER degrees: passes.
        ["vord-h191-wvrh-97110-cuff-repair"] = new(
            """
            WALNUT VALLEY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WINFIELD, KS)
            PT Daily Note    DOS: 12/16/2026    Therapist: Jared Pfannenstiel, PT
            S: "I still can't lift the feed bucket overhead."
            O: 97110 Therapeutic exercise — 18 min: side-lying ER with 2 lb 3x12, scaption to 90° with 1 lb 3x10, rows with the red band 3x15, wall walks 2x10.
               L shoulder AROM flexion 138°, ER 62°.
            A: L rotator cuff weakness after the repair; improving overhead control.
            P: Continue POC; progress loads.
            """,
            ["M75.102", "Z98.890"], [PT("97110", 18)], []),

        // YRVC 97140, "97140 Manual — 12 min"; thoracic manipulation-free mobilisation and rib mobs; thoracic stiffness with pain carrying the ruck; rotation degrees: passes.
        ["vord-h191-yrvc-97140-thoracic"] = new(
            """
            YAKIMA RIDGE VETERANS COMMUNITY CARE — REHAB SERVICES
            Community Care referral: on file    SEOC: Physical Therapy (outpatient)
            Provider: Luis Ortega-Bauer, PT
            Service: 97140 Manual therapy, 12 min
            Intervention: thoracic PA mobilization grade III–IV T5–T9, R rib mobilizations in side-lying, STM to the rhomboids.
            Impairment: mid-thoracic stiffness and pain with rotation; the Veteran can't turn to back the trailer.
            Measures: thoracic rotation R 40° (28° at eval).
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // HMHT home visit 97112, "Individual treatment?  ■ Yes  □ No"; foam at the counter, rocker board, tandem in the hall; posterior lean and delayed righting; Berg; "97112 / 23": passes.
        ["vord-h191-hmht-97112-posterior-lean"] = new(
            """
            HORICON MARSH HOME THERAPY — PART B HOME VISIT NOTE
            Visit date 12/16/2026 · Therapist: Gretchen Kloss, PT
            Services this visit (code / minutes): 97112 / 23
            Individual treatment?  ■ Yes  □ No
            Caregiver present: husband
            Interventions: foam stance at the kitchen counter with eyes closed, rocker board A/P, tandem walking down the hall with light touch.
            Impairment / goal: posterior lean and delayed righting reactions; goal is to carry the laundry down the hall safely.
            Measures: Berg 43/56; tandem 6 sec.
            """,
            ["R26.81", "R29.6"], [PT("97112", 23)], []),

        // WMH 97116, "PROCEDURE / MIN: 97116 / 20"; gait training on the icy-lot mock-up and stairs with the cane; L knee weakness and a short step; distance and assist: passes.
        ["vord-h191-wmh-97116-stairs-and-cane"] = new(
            """
            WALLOWA MEMORIAL HOSPITAL — THERAPY SERVICES (ENTERPRISE, OR)
            DAILY NOTE    DOS 12/16/2026    Hollis Vandever, PT
            PROCEDURE / MIN: 97116 / 20    INDIVIDUAL: yes
            Gait training with the SPC on the hospital stairs and the outdoor ramp, cues for step-to pattern and a longer L step.
            L knee weakness and a short L step after the tibial plateau fracture.
            300 ft SPC with SBA; 12 stairs with the rail and CGA.
            """,
            ["S82.142D"], [PT("97116", 20)], []),

        // RCOR 97140, "97140 Manual 11 min"; patellar mobs, tibiofemoral glides, STM; R knee flexion stiffness; degrees: passes.
        ["vord-h191-rcor-97140-knee-mobs"] = new(
            """
            Red Cedar Orthopedic Rehab — Menomonie, WI
            Daily Note 12/16/2026 — Ingrid Solberg, PT
            Subjective: knee tight after the snowmobile ride.
            Objective: 97140 Manual 11 min — patellar mobilization superior and inferior grade III, tibiofemoral posterior glides, STM to the distal quad.
            R knee flexion 118° after (110° before).
            Assessment: R knee flexion stiffness after the meniscectomy.
            """,
            ["Z98.890", "M25.661"], [PT("97140", 11)], []),

        // SAMC 97116, "97116 Gait Training 21 min"; overground training with the L AFO and quad cane, curb; L hemiparesis with knee hyperextension; 10MWT and distance with assist: passes.
        ["vord-h191-samc-97116-afo"] = new(
            """
            ST. ADALBERT MEDICAL CENTER — OUTPATIENT NEURO REHABILITATION (TOLEDO, OH)
            Physical Therapy Daily Note    12/16/2026
            Clinician: Miroslava Kowalski, PT, DPT, NCS
            Timed services: 97116 Gait Training 21 min
            Intervention: overground gait training with the L AFO and the quad cane, cues for L knee flexion in loading response, curb negotiation.
            Impairment: L hemiparesis with knee hyperextension in stance and a short R step.
            Outcome: 10MWT 0.55 m/s; 300 ft with the quad cane and CGA.
            """,
            ["I69.354"], [PT("97116", 21)], []),

        // GLT PT 97112, "Mode: [X] Individual"; weight shifts on foam, reactive stepping, tandem at the rail; delayed stepping and poor postural control; Berg and TUG; 22 min matches: passes.
        ["vord-h191-glt-pt-97112-individual"] = new(
            """
            GREEN LAKE TERRACE — PART B THERAPY    Rm 9
            PT Daily Note 12/16/2026    Olaf Brekken, PT
            Code: 97112 Neuromuscular re-education — 22 min   Mode: [X] Individual [ ] Concurrent
            Activity: weight shifts on foam in the parallel bars, reactive stepping to light pushes, tandem walking along the rail.
            Deficit: delayed stepping reactions and poor postural control; two falls in her room this fall.
            Measure: Berg 40/56; TUG 16.4 sec.
            """,
            ["R26.81", "R29.6"], [PT("97112", 22)], []),

        // MVNR 97112, "one-on-one"; PWR! Moves, turning in the box, dual-task stepping; hypokinesia and postural instability with PD; Mini-BESTest; 23 min matches: passes.
        ["vord-h191-mvnr-97112-pwr-moves"] = new(
            """
            MESA VERDE NEURO REHAB — CORTEZ, CO
            Daily Treatment Note · 12/16/2026 · Kai Yellowman, PT
            97112 (23 min), one-on-one: PWR! Moves (PWR! Up and PWR! Step) in standing, turning inside the taped box on a count, stepping over the canes while naming animals.
            Deficit: hypokinesia and postural instability with Parkinson's disease.
            Measure: Mini-BESTest 18/28.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // AQPT 97110, "97110 — 19 min"; doses for the R shoulder; cuff weakness hauling pots; ER degrees: passes.
        ["vord-h191-aqpt-97110-hauling-pots"] = new(
            """
            Annisquam PT — Gloucester
            12/16/2026 — Colm Doherty, PT
            97110 — 19 min
            Side-lying ER with 3 lb 3x12, prone rows with 5 lb 3x12, band ER at 90° 3x10, wall push-up plus 2x12.
            R rotator cuff and scapular weakness; he can't haul the pots over the rail by the end of the day.
            ER at 90° abduction 78° (65° at eval).
            """,
            ["M75.101"], [PT("97110", 19)], []),

        // MBHR 97112, "one-on-one, wife in the kitchen"; foam at the counter eyes closed, stepping reactions, tandem in the hall; postural sway and somatosensory loss; Berg and tandem; 22 min matches: passes.
        ["vord-h191-mbhr-97112-wife-in-kitchen"] = new(
            """
            MOBILE BAY HOME REHAB — Part B home visit (Daphne, AL)
            12/16/2026 · Reggie Thibodeaux, PT
            97112 — 22 min — one-on-one, wife in the kitchen
            Foam stance at the counter eyes closed, stepping reactions to pushes at the hips, tandem walking down the hall with light touch.
            Deficit: postural sway and somatosensory loss in both feet with the neuropathy.
            Measures: Berg 46/56; tandem 8 sec.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // NPSM 97110 complete (loads, doses, L shoulder weakness) but the visit carries no diagnosis code: diagnosis missing only.
        ["vord-h191-npsm-97110-no-diagnosis"] = new(
            """
            NORTHERN PLAINS SPORTS MEDICINE — BISMARCK, ND
            Rehab Daily Note · 12/16/2026 · Jace Olheiser, PT, DPT, SCS
            97110 Therapeutic exercise: 18 min
            Landmine press 25 lb 3x10, side-lying ER 4 lb 3x12, prone T and Y 2x12, push-up plus 3x10.
            Target: L shoulder and scapular weakness after the labral repair; wants back to pitching.
            """,
            [], [PT("97110", 18)], [Dx]),

        // FVB 97112, "individual session"; vestibular habituation and gaze stabilisation with head turns walking, X1 at 3 Hz; R hypofunction; DGI and DVA; 22 min matches: passes.
        ["vord-h191-fvb-97112-x1-walking"] = new(
            """
            Flatirons Vestibular & Balance — Boulder
            Daily note 12/16/2026 — Signe Halvorsen, PT, DPT
            97112 (22 min), individual session
            X1 viewing at 3 Hz walking the hall, standing on foam with yaw head turns, habituation bending to pick up objects from the floor.
            Why: R vestibular hypofunction; dizzy bending to clip in her ski boots.
            Numbers: DGI 21/24; DVA 1 line lost.
            """,
            ["H81.91"], [PT("97112", 22)], []),

        // GAPT 97530, "97530: 20 min"; floor transfers, carrying the laundry basket on the stairs, reaching into the dryer; L knee weakness and balance after TKA; counts and assist: passes.
        ["vord-h191-gapt-97530-laundry-stairs"] = new(
            """
            Gateway Arch PT — Soulard
            Visit note — 12/16/26 — Kendra Oyelaran, PT
            97530: 20 min. Floor-to-stand transfers using the chair, carrying the laundry basket up and down the practice stairs, reaching down into the dryer and back up.
            Deficit: L knee weakness and standing balance after the L TKA; her laundry is in the basement of the two-family.
            Objective: floor-to-stand 3 times with SBA; 4 stair trips with a 6 lb basket and the rail.
            """,
            ["Z96.652"], [PT("97530", 20)], []),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
