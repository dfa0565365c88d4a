using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-fifth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set is a random week of skilled maintenance therapy and therapy for long-term progressive conditions — notes
/// that justify skilled maintenance under the Jimmo settlement ("to maintain current function and prevent or slow
/// decline", "the skills of a therapist are needed to design and safely carry out the maintenance program"), secondary-
/// and primary-progressive and relapsing MS, ALS of limb and bulbar onset, Parkinson's disease at Hoehn and Yahr stage
/// 4, post-polio syndrome, Becker, limb-girdle, facioscapulohumeral and myotonic muscular dystrophy in adults, and
/// strokes seven to eleven years out — with plateaus, a relapse and a return to baseline, periodic re-checks, episodes
/// of care renewed every January, and caregivers, CNAs and family trained in the home or floor programme inside the
/// billed time — about two thirds ordinary and complete (72 of 110), single- and multi-code visits (97110, 97112,
/// 97116, 97140, 97530, up to three in a visit, a PT's and a PTA's code on one visit, a PT's and an OT's code on one
/// visit), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a neuro-rehabilitation outpatient centre attached to an MS clinic ("Sangamon Valley MS Center · Neuro Rehab",
/// SVMS: the Koke Mill clinic in Springfield, Illinois, next to the centre's infusion suite, a satellite in Decatur and
/// a room in Jacksonville) on an EMR daily-note template — a header of clinic, date and clinician, a "Pt:" line with the
/// MS course (SPMS non-active, PPMS, RRMS), the year of diagnosis and the neurologist's EDSS, an "Episode:" line (skilled
/// maintenance, year 3, annual recert), a "Heat/fatigue:" line (gym temperature, cooling vest, no Uhthoff's today), a
/// "Delivery: ☑ Individual (1 PT : 1 pt) ☐ Concurrent ☐ Group" row, the code's block heading "97112 Neuromuscular re-ed
/// · 24 min" with "•" lines, "Impairments targeted:", "Measures:", "Skilled need: ☐ Restorative ☑ Maintenance",
/// "Maintenance justification:", "Care partner / HEP:", an "Interventions:" tick row and an OT daily note from the
/// centre's ADL kitchen: Celeste Okafor (PT, DPT, NCS), Matt Brinkmann (PT), Yesenia Ruiz (PTA) and Hollis Wrenn
/// (OTR/L); a retired Caterpillar machinist from Decatur, a retired Lincoln Home park ranger, a woman who works at the
/// Capitol, a retired band director from Chatham, a nurse still working two shifts a week, a farm wife from Pleasant
/// Plains, a retired ADM plant operator, the Wednesday "MS Strong" group, balance-based torso weighting, the Cionic
/// Neural Sleeve and the Bioness L300 Go, BEEMS, NDT facilitation, the centre's "Steady On" series, dalfampridine and
/// baclofen, T25FW trials, MSWS-12 beside the Berg, the Hy-Vee aisles and the low seat of a pickup;</item>
/// <item>a rural private practice in the Arkansas Ozarks serving two nursing homes' long-term residents as Part B
/// outpatients ("Buffalo River Physical Therapy", BRPT: the Jasper clinic and a Tuesday-and-Thursday office in Marshall;
/// residents of Pine Hollow Nursing &amp; Rehab and Searcy County Manor who come on the facility vans with a CNA) writing
/// a typed form — "OUTPATIENT (PART B) · NURSING HOME RESIDENT", "Resident:" with the home and room, "Came by:" with the
/// van and the CNA, "Episode: maintenance (Jimmo), yr 2 — annual recert", "TX — 97112 NMR [ 23 min ]" with dashed lines,
/// "PROBLEM:", "NUMBERS:", "WHY IT TAKES A THERAPIST:", "FOR THE FLOOR:" (the restorative nursing programme and the CNAs'
/// carry-over), "[X]" boxes for Maintenance (Jimmo) and Restorative, 1:1, Concurrent and Group, device and assist rows and
/// blank lines — in a plain Ozark voice ("Mr. Harlan", "Miss Opal", dinner for the noon meal): Ruth Ann Villines (PT, the
/// owner), Cody Treat (PTA) and Darla Bolding (OTR/L, Tuesdays); a man with Parkinson's at stage 4 who freezes in the
/// dining-room doorway, a broiler grower and a woman of ninety-one who leans into her armrest, years after their
/// strokes, a man who had polio at nine in 1949 and another who had it as a boy, the Mt. Zion church steps, a
/// daughter's pickup, the mailbox across the yard and a covered dish, PWR! Moves in a chair, Delay the Disease,
/// Brunnstrom's synergy stages, post-polio pacing per Post-Polio Health International, the pull test, Tinetti and the
/// SPPB;</item>
/// <item>an ALS multidisciplinary clinic's physical therapy ("Wasatch ALS Multidisciplinary Clinic", WALS: quarterly
/// clinic days in Salt Lake City, an outreach clinic in St. George, the PT's follow-up gym in Murray between clinics and
/// its Friday neuromuscular follow-ups for adults with muscular dystrophy) writing a station note — "PT STATION", the
/// clinic visit number, a "Pt:" line with the onset (limb or bulbar, the year), the nurse's ALSFRS-R and the RT's FVC, a
/// "With:" line for the caregiver, "▸ 97112 — 22 min" headings or clock ranges, "▸ Why skilled:", "▸ Numbers:", "▸
/// Caregiver:", an "Equipment today:" tick row, a "One-on-one for the timed code: (Y) / N" line and an OT station note:
/// Anders Lindqvist (PT, DPT), Kalani Fonoti (PT), Brynn Sorensen (PTA) and Marisa Quintana (OTR/L); a retired Kennecott
/// electrician and his wife, a former Alta ski patroller with a split hand, a Diné grandmother from Blanding with her
/// granddaughter interpreting, a retired seminary teacher who props his chin to read the hymnbook, a mother of six from
/// Lehi, a long-haul trucker, a St. George golf-course groundskeeper, a West Valley family, a retired piano teacher who
/// speaks with her tablet, a school librarian with limb-girdle dystrophy, a parts-counter man with myotonic dystrophy
/// whose grip locks on the bag handles, a woman with FSHD in new carbon AFOs, a warehouse lead with Becker dystrophy who
/// climbs up his thighs, the Headmaster collar, trekking poles on the TRAX platform's tactile strip, a transfer pole, a
/// Beasy board, a swivel cushion in a minivan, the ALS Association's range-of-motion booklet and the ward house's low
/// pews.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h105-…): one-on-one in these writers' own words ("Seen individually — the PT and Denise only for
/// the full 97112; our MS nurse stepped in once to swap the vest's cold packs", "Mr. Harlan had my undivided attention
/// the whole NMR time" with the CNA staying to learn the cues, "Just the two of us, me and Ron, for all of the balance
/// re-ed; Carol sat in to learn the guarding", "Solo session: no other patient on my mat or in the balance corner",
/// "I was hands-on with Mrs. Tsosie exclusively" with a granddaughter interpreting, "it was just me and her in the gym"
/// after the noon meal), notes that negate it (two residents off one van taking turns at the parallel bars, a PTA cueing
/// two patients on side-by-side harness treadmills, a PT who stepped across the hall between sets to fit another
/// patient's collar) or never state it (an outreach clinic room with the RT and SLP in and out, a resident whose CNA
/// waited in the lobby), and the codes without a one-on-one check: a 97110 in the Wednesday MS Strong group of five, a
/// PTA's 97530 while a second resident rested between her own sets and an OT's 97530 in a kitchen shared by two
/// patients;</item>
/// <item>class 2 (v2-h105-…): checkbox and blank-field states: the Delivery row ticked Individual, ticked Concurrent and
/// left with all three boxes empty; "[X] Maintenance (Jimmo)" with "1:1 [X]"; a "DEFICIT TARGETED: ____" line left blank
/// with no deficit anywhere; a "NUMBERS: Berg ____ TUG ____" line left blank; an "Equipment today:" tick row; "One-on-one
/// for the timed code: (Y) / N" circled and "Y / N" with neither circled; a blank "Maintenance justification:" line under
/// a complete 97110 (not a DOC_* question); an assist row with no box ticked and a blank distance on a PTA's 97116; a
/// caregiver-training tick row over a transfer-pole 97530; and an "Interventions:" tick row with nothing ticked over
/// "Balance and coordination activities per POC. Tolerated well.";</item>
/// <item>class 3 (v3-h105-…): named methods and programmes as techniques (balance-based torso weighting with the vest's
/// weights, the Cionic Neural Sleeve on a 97116, PWR! Moves seated and at the bar at stage 4, Brunnstrom's synergy
/// stages years after a stroke, the ALS Association's range-of-motion booklet on a 97110, gait in a Headmaster collar,
/// NDT facilitation at key points, Beasy-board transfers taught to a wife, post-polio pacing per Post-Polio Health
/// International, BEEMS for the eyes and balance), Delay the Disease with no dose, PNF diagonals with no number and the
/// centre's "Steady On" series with no deficit;</item>
/// <item>class 4 (v4-h105-…): deficits stated as findings in these writers' terms (a toe that catches by the end of the
/// second aisle at Hy-Vee, a head that falls forward by the end of the clinic hallway, a man who freezes in the
/// dining-room doorway and festinates into the first table, two church steps climbed only with both hands and a pull, a
/// man who climbs up his thighs to stand from the couch, a knee that snaps back, a woman who leans into the wheelchair's
/// armrest and slides, feet that slap on the TRAX platform's tactile strip, a foot that can't be found on the
/// footplate without looking) and notes that state none ("none found today — strength, sensation and balance normal on
/// exam", "no gait deviations seen, nothing found to work on", "PROBLEM: none — passed everything today");</item>
/// <item>class 5 (v5-h105-…): measures in every usual form (two T25FW trials and their mean, a recert-against-today
/// table, the pull test's steps, an SPPB with its three parts, gait speed in metres a second against the last clinic,
/// Jamar kilograms and the 9-HPT, arrows from the recert, sit-to-stands with the arms needed on two, a TUG beside the
/// wife's falls log) and notes with none ("husband says she's not grabbing the furniture as much", "holding her own — no
/// decline since the recert", "deferred — worn out after the RT's breathing tests", "went farther than last week");</item>
/// <item>class 6 (v6-h105-…): minutes in these writers' forms (block headings "97112 Neuromuscular re-ed · 23 min" and
/// "97110 Therapeutic exercise · 14 min", minute boxes "[ 22 min ]", clock ranges on the code's own line, a PT's code
/// and an OT's code, a PT's and a PTA's code, "Manual — 97140 · 10 min", three codes on three lines, minutes after the
/// description, "(23 mins)") and true mismatches (a minute box of 35 against 22, a PTA's 28 against 16, a second code's
/// 25 against 12) and truly missing separate time (a total treatment time only, units with no minutes, a second code's
/// block with none);</item>
/// <item>class 7 (v7-h105-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check; a note of spaces, tabs and line breaks), the contract's meanings for 97110 (hip and knee work with doses for an
/// MS patient's stairs), 97530 (bed mobility and wheelchair-to-bed transfers with the CNA learning them), 97140 (calf
/// and hamstring soft-tissue work, talocrural glides and manual stretch for ALS cramps and heel-cord tightness) and 97116
/// (quad-cane gait on the clinic's ramp and gravel drive), a wholly generic 97112, a generic "maintenance exercises"
/// 97110 and a generic 97110 + 97530 with minutes for each;</item>
/// <item>ordinary (vord-h105-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (332.0) on the claim, a generic
/// two-code note with only a total, a PTA's gait minutes that differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — wives, husbands, sons, daughters, a
/// daughter-in-law, a granddaughter interpreting, CNAs, a van driver, the MS nurse, the RT and the SLP (none of them a
/// patient; the second resident off the van, the second patient on the treadmills, the patient whose collar was fitted
/// between sets, the second resident resting by the window and the second cook in the kitchen are), patients' ages,
/// years of diagnosis, onset, stroke and polio, EDSS scores, Hoehn and Yahr stages, ALSFRS-R totals and FVC
/// percentages, annual recert dates, clinic visit numbers, room numbers, medication doses, gym temperatures, the
/// vest's weights, chair heights in inches, cuff weights, band colours, a box's pounds, degrees of range, a truck
/// driver's years on the road, children, shifts and counts of falls — and each is written so that a reviewer cannot
/// take it for a billed code's minutes; a code's minutes are written next to the code (before or after its
/// description), in its block's heading, in a minute box on the code's own line or as a clock range on the code's own
/// line; no note gives minutes to a visit, a
/// drill, a rest or a test, except the two that give the visit a total ("TOTAL TREATMENT TIME: 38 min", "total 38
/// min") instead of each code's minutes, which are failed for that. The notes failed for want of a measure carry no
/// number but their code and its minutes (no date of service, age, room, EDSS, stage, clinic visit number, "1:1" or
/// PNF diagonal's number in those notes). DOC_GENERIC_ONLY is expected only where the note names no technique, deficit
/// or measure at all. A 97112 passes the measure check only on an objective measure with a number and fails it only
/// when the note has no number but its code and its minutes; for the other codes a dose (sets, repetitions, load,
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
/// This set also leaves out the arguable cases of skilled maintenance and progressive disease: whether a note shows that
/// a therapist's skills were needed (the Jimmo justification is a coverage question, not one of the DOC_* rules, so a
/// blank "Maintenance justification:" line under a complete note passes), "no new deficits" or "deficits unchanged" as
/// the only deficit, "see the recert" or "see clinic #5" for a deficit or a measure kept in another note, ALSFRS-R,
/// MSWS-12, the ABC scale or a fatigue scale as the only number (patient-reported), FVC as the only number, repetitions
/// a caregiver performed as the patient's dose, a mechanical-lift transfer's "dependent" as a 97530's only measure, a
/// caregiver-training block in which the patient was not treated, G14 and B91 for post-polio (three characters; the
/// post-polio notes carry their symptom codes), the six-minute and two-minute walk tests (a test's minutes), and whether
/// the MS Strong group's 97110 belongs on 97150 (a coding question, not the note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 109 of 110 cases agree (108 needed), and 1 of the 72 notes the reviewer passes got a finding, on the analyzer of 75c1aff (the start of the 2026-12-06 seventeenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session (e8f0d6e): 110 of 110, no false positive — "(Y) / N" with the Y circled answers yes.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFifthTests(ITestOutputHelper output)
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

        // SVMS Koke Mill, SPMS in a skilled-maintenance year: "Seen individually — the PT and Denise only for the full 97112; our MS nurse stepped in once to swap the vest's cold packs" (staff, not a patient); perturbations at the bars, foam stance with head turns, step-ups to foam; sensory ataxia and impaired postural control; Berg, foam seconds and nudges; 24 min matches: passes.
        ["v1-h105-svms-seen-individually-ms-nurse-stepped-in"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · C. Okafor, PT, DPT, NCS
            Pt: Denise Albers, 58 · SPMS (non-active) since 2011, dx 2003 · EDSS 6.0 (neurology, 1/2026)
            Episode: skilled maintenance, year 3 (annual recert signed 1/14/2026)
            Heat/fatigue: gym at 68 °F, cooling vest on, no Uhthoff's today
            Seen individually — the PT and Denise only for the full 97112; our MS nurse stepped in once to swap the vest's cold packs.

            97112 Neuromuscular re-ed · 24 min
             • perturbation training in standing at the parallel bars, anterior/posterior and lateral nudges at the pelvis
             • foam stance, feet together, eyes open then closed, with head turns
             • step-ups onto the foam pad, R then L leading, no hands
            Impairments targeted: impaired postural control and proprioception in both legs (sensory ataxia), slow stepping response to the R
            Measures: Berg 41/56 (40 at the recert); foam stance eyes closed 8 s; recovered 6 of 10 lateral nudges without the bar
            Skilled need: maintenance — the skills of a PT are needed to design and safely carry out the balance program; she fell twice last year doing it alone
            Care partner / HEP: husband Rick shown the nudges and the guarding at the kitchen counter, return demo good
            """,
            ["G35.C2", "R26.81"], [PT("97112", 24)], []),

        // BRPT Jasper, Parkinson's at H&Y 4 off the Pine Hollow van: "Mr. Harlan had my undivided attention the whole NMR time", the CNA stayed to learn the cues; weight shifts to floor targets, backward-pull stepping drill, tape-line turns, sit to stand; retropulsion, postural instability and freezing on turns; pull test, Berg and freezes; [ 23 min ] matches: passes.
        ["v1-h105-brpt-undivided-attention-cna-stayed"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Harlan Cheatham, 84 · Pine Hollow Nursing & Rehab, Rm 22
            Came by: Pine Hollow van w/ CNA Shawna — she stayed to learn the cues
            Dx: Parkinson's, H&Y stage 4 · carbidopa/levodopa with breakfast
            Episode: maintenance (Jimmo), yr 2 — annual recert 01/08/26

            Mr. Harlan had my undivided attention the whole NMR time.
            TX — 97112 NMR  [ 23 min ]
            - weight shifts in the parallel bars to colored targets on the floor, side to side and front to back
            - stepping-strategy drill: backward pulls at the hips, cued "big step back"
            - 180° turns around a cone following the tape line on the floor
            - sit to stand from the mat, nose over toes, no pushing off
            PROBLEM: retropulsion and postural instability — falls backward when he stands or turns; freezes on turns
            NUMBERS: pull test 4 steps back, had to be caught; Berg 28/56 (27 at recert); froze on 3 of 5 turns
            WHY IT TAKES A THERAPIST: stage 4 and a high fall risk — the program has to be built and progressed by a PT and done hands-on; the CNAs can't safely do the pulls
            FOR THE FLOOR: Shawna walked him with the tape-line cue, return demo OK — add to the RNP walk-to-dine
            R.A. Villines, PT
            """,
            ["G20.A2", "R29.6"], [PT("97112", 23)], []),

        // WALS SLC clinic day, limb-onset ALS: "Just the two of us, me and Ron, for all of the balance re-ed; Carol sat in to learn the guarding" (wife, caregiver); stance perturbations with AFOs, foam eyes closed, weight shift with reach; late ankle strategy and impaired postural control; Berg, foam seconds, nudges; 22 min matches: passes.
        ["v1-h105-wals-just-the-two-of-us-wife-learning"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            SLC clinic day · 3/4/2026 · clinic visit #7 (q3 mo) · A. Lindqvist, PT, DPT
            Pt: Ron Halverson, 61 · retired Kennecott electrician · limb-onset ALS (L foot, 2023) · ALSFRS-R 34/48 (RN intake) · FVC 71% seated (RT)
            With: wife Carol (primary caregiver)
            ▸ 97112 — 22 min. Just the two of us, me and Ron, for all of the balance re-ed; Carol sat in to learn the guarding.
              - perturbations in stance at the bars with both AFOs on, forward, back and to the sides
              - foam stance, eyes open then closed
              - lateral weight shift with reaches to targets on the wall
            ▸ Why skilled: L ankle dorsiflexor and hip weakness with a late ankle strategy and impaired postural control; progressive disease, so a PT has to set up and adjust the program each clinic to keep him safe on his feet
            ▸ Numbers: Berg 44/56 (47 at visit #6); foam eyes closed 9 s; 7 of 10 nudges recovered without a step
            ▸ Caregiver: Carol guarded the foam stance with the gait belt, return demo x3 with cues
            """,
            ["G12.21", "M21.372"], [PT("97112", 22)], []),

        // BRPT: "Worked Miss Inez and Mr. Keeling (both off the same van, both on my schedule) together at the parallel bars, taking turns between their sets" — another patient treated in the block; R weight acceptance, rhythmic stabilisation, foam step-ons; R postural control after a stroke; stance seconds and step-ons present: one-on-one missing.
        ["v1-h105-brpt-two-residents-same-van-taking-turns"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Inez Ledbetter, 91 · Pine Hollow, Rm 9
            Came by: Pine Hollow van with Mr. Keeling
            Worked Miss Inez and Mr. Keeling (both off the same van, both on my schedule) together at the parallel bars, taking turns between their sets.
            TX — 97112 NMR  [ 22 min ]
            - weight shifting onto the R (weak) leg in the bars with tapping over the quad
            - rhythmic stabilization at the pelvis in standing
            - stepping the L foot onto and off a foam pad while the R leg holds
            PROBLEM: poor R weight acceptance and postural control since the 2016 stroke, R knee gives
            NUMBERS: R stance 6 s in the bars (4 s at recert); 5 of 8 step-ons without the knee giving
            R.A. Villines, PT
            """,
            ["I69.351", "R26.89"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SVMS Decatur, PTA: "Yesenia had Gary and Mr. Oyler on the side-by-side harness treadmills for this block, cueing and perturbing both" — another patient inside the block; belt-speed perturbations, foam hurdles; delayed reactive stepping with spastic paraparesis; perturbations caught and hurdle steps present: one-on-one missing.
        ["v1-h105-svms-pta-two-harness-treadmills"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Decatur satellite · 03/04/2026 · Y. Ruiz, PTA (supervising PT M. Brinkmann)
            Pt: Gary Struebing, 66 · PPMS · EDSS 6.5 · retired Caterpillar machinist
            Yesenia had Gary and Mr. Oyler on the side-by-side harness treadmills for this block, cueing and perturbing both.

            97112 Neuromuscular re-ed · 20 min
             • harness treadmill with belt-speed perturbations (sudden slow-downs and speed-ups)
             • then stepping over the foam hurdles in the bars, eyes up
            Impairments targeted: delayed reactive stepping and poor postural control, spastic paraparesis with R toe drag
            Measures: caught 7 of 12 belt perturbations without the harness taking his weight; 8 of 10 hurdle steps without a toe catch
            """,
            ["G35.B0", "R26.89"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // WALS: "Between sets I stepped across the hall to check the fit of Mrs. Tsosie's new collar while Brent held his stance at the bar" — the PT attending another patient during the block; kneeling rhythmic stabilisation, Airex SLS with catches, cone stepping to a metronome; R motor recruitment and postural control; SLS, half-kneel seconds and steps present: one-on-one missing.
        ["v1-h105-wals-stepped-across-the-hall-to-fit-a-collar"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            SLC clinic day · 3/4/2026 · clinic visit #3 · A. Lindqvist, PT, DPT
            Pt: Brent Kimball, 54 · ALS, R hand onset 2024 · former ski patroller at Alta
            ▸ 97112 — 21 min
              - rhythmic stabilization in half kneeling and tall kneeling at the mat
              - single-leg stance on the Airex with ball catches
              - lateral stepping over cones to a metronome beat
              Between sets I stepped across the hall to check the fit of Mrs. Tsosie's new collar while Brent held his stance at the bar.
            ▸ Why skilled: R-sided motor recruitment and postural control dropping as it spreads to the R leg
            ▸ Numbers: SLS Airex R 6 s / L 15 s; half kneel R knee down 20 s; 9 of 10 cone steps on the beat
            """,
            ["G12.21"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // WALS St. George outreach: daughter in the room and "RT and SLP in and out with the cough-assist and the speech device", nothing states one-on-one; seated and standing perturbations, recovery steps to pushes, foam sit-to-stand eyes closed; slow protective stepping and postural control with hip weakness; pushes and Berg present: one-on-one missing.
        ["v1-h105-wals-outreach-room-team-in-and-out"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            St. George outreach clinic · 3/4/2026 · K. Fonoti, PT
            Pt: Stan Nakamura, 68 · limb-onset ALS (both legs) · retired golf-course groundskeeper
            In the room: daughter Amy; RT and SLP in and out with the cough-assist and the speech device
            ▸ 97112 — 20 min
              - perturbations in sitting and standing at the plinth, nudges at the shoulders and pelvis
              - stepping reactions: forward and backward recovery steps off a light push, gait belt on
              - sit to stand onto the foam pad, eyes closed on the last three
            ▸ Why skilled: slow protective stepping and impaired postural control with proximal hip weakness, two falls on the back patio
            ▸ Numbers: 5 of 10 backward pushes recovered with one step; Berg 39/56
            """,
            ["G12.21", "R29.6"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // BRPT Marshall, PTA: "Came by: the Manor van at nine o'clock with CNA Darlene, who waited in the lobby", nothing states one-on-one; foam stance reaching to clothespins, shoulder perturbations, side-stepping over a cane; L weight shift and slow balance reactions after a stroke; foam seconds, clothespins and Berg present: one-on-one missing.
        ["v1-h105-brpt-manor-van-cna-in-the-lobby-unstated"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Marshall office
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Ova Mae Hensley, 87 · Searcy County Manor, Rm 31
            Came by: the Manor van at nine o'clock with CNA Darlene, who waited in the lobby
            TX — 97112 NMR  [ 21 min ]
            - standing on the foam in the corner, feet apart then together, reaching to the clothespins on the line
            - perturbations at the shoulders, forward and back
            - side-stepping along the bar with the L foot leading over the cane laid flat
            PROBLEM: L hemiparesis since her 2015 stroke — poor L weight shift and slow balance reactions, leans R
            NUMBERS: foam feet together 12 s; 4 of 10 clothespins reached without letting go of the bar; Berg 31/56
            Cody Treat, PTA
            """,
            ["I69.354", "R26.81"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // SVMS Wednesday "MS Strong" group of five on a 97110 (no one-on-one check): sit-to-stands from an 18-in chair, cuff hip abduction, heel raises, wall sits, band rows with doses; hip abductor and quad weakness with fatigue and a pickup-seat goal; 5x sit-to-stand and 30-s chair stand; 25 min matches: passes.
        ["v1-h105-svms-ms-strong-group-97110"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · M. Brinkmann, PT
            Pt: Karen Wessel, 61 · RRMS, stable · farm outside Pleasant Plains
            Wednesday MS Strong group — 5 pts, PT and PTA leading; Karen on her own card

            97110 Therapeutic exercise · 25 min
             • sit-to-stands from the 18" chair, 3 x 10
             • standing hip abduction at the counter, 2 lb cuffs, 3 x 12 each
             • heel raises 3 x 15; wall sits 3 x 20 s
             • seated rows with the green band 3 x 12
            Impairments targeted: bilateral hip abductor and quad weakness with fatigue — she can't get up from the low seat of the pickup after a day in the garden
            Measures: 5x sit-to-stand 13.9 s; 30-s chair stand 11
            """,
            ["G35.A", "M62.81"], [PT("97110", 25)], []),

        // BRPT PTA 97530 (no one-on-one check) while "Mrs. Bolin rested in her wheelchair by the window between her own sets": stand-pivots, grab-bar toilet transfers, standing to reach a closet rod; R hemiparesis with buckling on the pivot; transfers with CGA and reaches; [ 22 min ] matches: passes.
        ["v1-h105-brpt-pta-97530-second-resident-resting"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Junior Dugger, 74 · Pine Hollow, Rm 17 · raised broilers till his stroke (2019)
            Cody worked Junior on transfers while Mrs. Bolin rested in her wheelchair by the window between her own sets.
            TX — 97530 Ther activities  [ 22 min ]
            - wheelchair to mat and back, stand-pivot toward the R and toward the L
            - toilet transfer at the grab bar with the raised seat
            - scooting to the edge of the bed and standing to reach the closet rod
            PROBLEM: R hemiparesis — poor weight shift onto the R, R knee buckles on the pivot
            NUMBERS: 6 transfers with CGA (last week needed moderate assist); reached the closet rod 3 of 4 standing with one hand on the bar
            Cody Treat, PTA
            """,
            ["I69.351"], [PTA("97530", 22)], []),

        // SVMS: "Solo session: no other patient on my mat or in the balance corner during the NMR"; rocker board eyes closed, tandem with head turns, kneeling rhythmic stabilisation; truncal and gait ataxia with late righting; tandem steps and rocker seconds; 23 min matches: passes.
        ["v1-h105-svms-solo-session-balance-corner"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · C. Okafor, PT, DPT, NCS
            Pt: Tom Heinz, 71 · SPMS · retired band director (Chatham) · EDSS 5.5
            Solo session: no other patient on my mat or in the balance corner during the NMR.

            97112 Neuromuscular re-ed · 23 min
             • rocker board A/P and M/L, then eyes closed
             • tandem walking in the hall with head turns to read the cards on the wall
             • half kneeling to tall kneeling with rhythmic stabilization at the shoulders
            Impairments targeted: truncal and gait ataxia with intention tremor, late righting reactions
            Measures: tandem 6 steps before a step-off (4 at recert); rocker M/L 11 s without a hand
            """,
            ["G35.C0", "R27.0"], [PT("97112", 23)], []),

        // WALS: "Granddaughter Shandiin interpreted in Diné; I was hands-on with Mrs. Tsosie exclusively for the 97112" (interpreter, family); seated ball perturbations, weight shifts with reaches, step-and-catch; postural control with slowing stepping reactions; functional reach, taps and Berg; 21 min matches: passes.
        ["v1-h105-wals-hands-on-exclusively-granddaughter-interpreting"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            SLC clinic day · 3/4/2026 · A. Lindqvist, PT, DPT
            Pt: Elaine Tsosie, 72 · bulbar-onset ALS, now both legs · drove up from Blanding with family
            Granddaughter Shandiin interpreted in Diné; I was hands-on with Mrs. Tsosie exclusively for the 97112.
            ▸ 97112 — 21 min
              - sitting on the physioball with perturbations at the pelvis, then standing at the bar
              - weight shifts to targets with reaches across midline
              - step-and-catch: small forward and side recovery steps off a tap at the shoulders
            ▸ Why skilled: impaired postural control with slowing stepping reactions as the weakness reaches her hips; she has to be kept safe at her daughter's house
            ▸ Numbers: functional reach 7 in; recovered 4 of 6 side taps with one step; Berg 40/56
            ▸ Caregiver: Shandiin shown the sitting ball drill for home with her hands at the pelvis; return demo
            """,
            ["G12.21", "R26.81"], [PT("97112", 21)], []),

        // BRPT after the noon meal: "it was just me and her in the gym, Cody was off and nobody else on the book"; foam step-ons and L stance, stride-stance perturbations, PNF pelvic patterns; L motor recruitment and postural control after a stroke; foam seconds, perturbations and Berg; [ 24 min ] matches: passes.
        ["v1-h105-brpt-just-me-and-her-after-dinner"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Opal Sutterfield, 79 · Pine Hollow, Rm 5 · L hemiparesis from her 2017 stroke
            Came after dinner (the noon meal) — it was just me and her in the gym, Cody was off and nobody else on the book.
            TX — 97112 NMR  [ 24 min ]
            - stepping the L foot onto the foam and back, then standing on it while the R taps a step
            - perturbations at the pelvis in stride stance, L leg forward
            - PNF pelvic patterns in standing at the bar, resisted anterior elevation and posterior depression on the L
            PROBLEM: L motor recruitment and postural control — she can't hold her weight on the L and steps late when she loses it
            NUMBERS: L stance on foam 5 s (3 s at recert); 6 of 10 perturbations without grabbing; Berg 34/56
            WHY IT TAKES A THERAPIST: maintenance — designing the standing program and doing the perturbations safely takes a PT's hands and judgment; the RNP can't push her off balance
            R.A. Villines, PT
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // SVMS OT 97530 (no one-on-one check) in a shared kitchen: "Hollis had the ADL kitchen with two pts, Phyllis and Mrs. Baird, each on her own task"; seated meal prep at a perching stool, unloading the dishwasher, a plate on the rollator tray; R hand weakness and fatigue with a cooking goal; stands, items and carries with supervision and SBA; 24 min matches: passes.
        ["v1-h105-svms-ot-kitchen-shared-97530"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · OT DAILY NOTE
            Koke Mill clinic · 03/04/2026 · H. Wrenn, OTR/L
            Pt: Phyllis Turek, 63 · SPMS · EDSS 6.5 · lives alone in a ranch house on the west side
            Hollis had the ADL kitchen with two pts, Phyllis and Mrs. Baird, each on her own task.

            97530 Therapeutic activities · 24 min
             • making a sandwich and a cup of tea seated at the perching stool, supplies laid out within reach
             • unloading the dishwasher standing with one hand on the counter, sitting on the stool to rest as planned
             • carrying a plate to the table on the rollator tray
            Impairments targeted: R hand weakness and clumsiness and poor standing tolerance from MS fatigue — she has stopped cooking for herself
            Measures: stood 4 times to put away 12 dishes with supervision; plate carried 15 ft x 3 with SBA, nothing dropped
            """,
            ["G35.C2", "R53.83"], [OT("97530", 24)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // SVMS Jacksonville room, "Delivery: ☑ Individual (1 PT : 1 pt) ☐ Concurrent ☐ Group" and "Skilled need: ☐ Restorative ☑ Maintenance"; stepping-strategy drill to pushes, rocker board eyes closed, obstacle course with head turns; postural control, delayed reactive stepping and proprioceptive loss; pushes and Mini-BESTest; 22 min matches: passes.
        ["v2-h105-svms-delivery-individual-ticked"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Jacksonville room · 03/04/2026 · M. Brinkmann, PT
            Pt: Bill Oyler, 69 · SPMS · retired park ranger (Lincoln Home) · EDSS 6.0
            Delivery: ☑ Individual (1 PT : 1 pt)  ☐ Concurrent  ☐ Group

            97112 Neuromuscular re-ed · 22 min
             • stepping-strategy drill to pushes at the shoulders, forward and lateral
             • standing on the rocker board at the bars, eyes open then closed
             • walking the obstacle course (foam wedge, folded mat, cone weave) with head turns
            Impairments targeted: poor postural control and delayed reactive stepping, proprioceptive loss in both feet
            Measures: 5 of 10 pushes recovered with one step; Mini-BESTest 15/28 (16 at the January recert)
            Skilled need: ☐ Restorative  ☑ Maintenance — a PT's skills are needed to progress and safely run the perturbation work; declining slowly
            """,
            ["G35.C2", "R26.81"], [PT("97112", 22)], []),

        // SVMS "Delivery: ☐ Individual (1 PT : 1 pt) ☑ Concurrent ☐ Group" — not one-on-one; foam perturbations, tandem with head turns, quadruped to tall kneeling; postural control and proprioception with spasticity; tandem, foam seconds and Berg present: one-on-one missing.
        ["v2-h105-svms-delivery-concurrent-ticked"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · M. Brinkmann, PT
            Pt: Arnie Schrage, 59 · SPMS · EDSS 6.0
            Delivery: ☐ Individual (1 PT : 1 pt)  ☑ Concurrent  ☐ Group

            97112 Neuromuscular re-ed · 20 min
             • foam stance with perturbations at the pelvis
             • tandem walking along the bar with head turns
             • quadruped to tall kneeling with rhythmic stabilization
            Impairments targeted: impaired postural control and proprioception, R leg spasticity
            Measures: tandem 5 steps with head turns; foam stance with nudges 14 s; Berg 43/56
            """,
            ["G35.C2"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // SVMS Delivery row with all three boxes empty and nothing else stating one-on-one; gaze stabilisation on foam, head-turn walking with stops, Airex SLS with a toss; vestibular hypofunction and L leg motor recruitment; DGI and SLS present: one-on-one missing.
        ["v2-h105-svms-delivery-all-boxes-empty"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · C. Okafor, PT, DPT, NCS
            Pt: Nadine Voss, 49 · RRMS with residual L leg weakness
            Delivery: ☐ Individual (1 PT : 1 pt)  ☐ Concurrent  ☐ Group

            97112 Neuromuscular re-ed · 23 min
             • gaze stabilization, VOR x1 horizontal and vertical, standing on foam
             • walking with head turns and quick stops on cue
             • single-leg stance on the Airex with a ball toss
            Impairments targeted: vestibular hypofunction (after the brainstem relapse) and L leg motor recruitment
            Measures: DGI 18/24; SLS Airex L 7 s / R 19 s
            """,
            ["G35.A", "H81.93"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // BRPT Marshall, "SKILLED NEED: [X] Maintenance (Jimmo) [ ] Restorative" and "1:1 [X] Concurrent [ ] Group [ ]"; seated PNF D1/D2 for trunk rotation, perturbations on a wedge cushion, reaches out of the base, sit to stand; axial rigidity and sitting postural control at H&Y 4; reaches, nudges and stands; [ 24 min ] matches: passes.
        ["v2-h105-brpt-jimmo-box-and-one-to-one-box-ticked"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Marshall office
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Earl Keeter, 81 · Searcy County Manor, Rm 12
            SKILLED NEED: [X] Maintenance (Jimmo)   [ ] Restorative
            1:1 [X]   Concurrent [ ]   Group [ ]
            TX — 97112 NMR  [ 24 min ]
            - PNF D1 and D2 upper-extremity patterns sitting at the edge of the mat, for trunk rotation
            - seated perturbations on the wedge cushion, lateral and backward
            - reaching out of his base to cones on a stool, then sit to stand with a forward lean
            PROBLEM: axial rigidity and poor sitting postural control (Parkinson's, H&Y 4) — slides down and to the R in the wheelchair, falls back when he stands
            NUMBERS: sitting reach forward 8 in, to the R 4 in; recovered 7 of 10 seated nudges without his hands; sit to stand 2 of 5 without falling back
            WHY IT TAKES A THERAPIST: the program has to be designed by a PT and the nudges given by a skilled hand to keep his function and prevent further decline; the CNAs carry over the seated reaches
            R.A. Villines, PT
            """,
            ["G20.A2"], [PT("97112", 24)], []),

        // BRPT "DEFICIT TARGETED: ____" left blank and no deficit, system or diagnosis anywhere; one-on-one ticked; rhythmic stabilisation sitting and standing, shoulder perturbations, floor-target weight shifts and foam step-ups; Berg and perturbations: deficit missing.
        ["v2-h105-brpt-deficit-line-left-blank"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Alma Criner · Pine Hollow
            1:1 [X]   Concurrent [ ]   Group [ ]
            TX — 97112 NMR  [ 22 min ]
            - rhythmic stabilization sitting at the edge of the mat, then standing in the bars
            - perturbations at the shoulders in standing
            - weight shifts to targets taped on the floor, then stepping up onto the foam pad
            DEFICIT TARGETED: ________________
            NUMBERS: Berg 33/56; held 7 of 10 perturbations without reaching for the bar
            R.A. Villines, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // BRPT "NUMBERS: Berg ____ TUG ____ foam eyes closed ____ sec" left blank, no number but the code and its minutes; "One-on-one [X]"; foam stance eyes closed, pelvic perturbations, stepping over a cane; slow balance reactions and poor proprioception in both feet: measure missing.
        ["v2-h105-brpt-numbers-line-left-blank"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Delbert Shinn · Pine Hollow
            Came by: the Pine Hollow van with CNA Tammy
            One-on-one [X]   Concurrent [ ]   Group [ ]
            TX — 97112 NMR  [ 23 min ]
            - standing on the foam in the bars, eyes open then closed
            - perturbations at the pelvis, forward and back
            - stepping over the cane laid on the floor, R then L leading
            PROBLEM: slow balance reactions and poor proprioception in both feet; falls backward
            NUMBERS: Berg ____   TUG ____   foam eyes closed ____ sec
            R.A. Villines, PT
            """,
            ["M62.81", "R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // WALS Murray gym PTA, "Equipment today: ☑ L carbon AFO ☑ rollator ☐ power chair (on order) ☐ collar"; rollator gait in the hall and on the ramp with cues, cone turns; L foot drop and late-stance buckling with fatigue; 10MWT, distance with SBA, ramp CGA; 18 min matches: passes.
        ["v2-h105-wals-equipment-tick-row-97116"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT FOLLOW-UP (Murray gym)
            3/4/2026 · B. Sorensen, PTA (supervising PT A. Lindqvist)
            Pt: Gordon Pace, 63 · limb-onset ALS, L leg first (2024) · drove truck for 30 years
            Equipment today: ☑ L carbon AFO  ☑ rollator  ☐ power chair (on order)  ☐ collar
            ▸ 97116 — 18 min
              - rollator gait in the hall and up and down the ramp, cues for a longer R step and heel first on the L
              - turns around the cone at the end without letting the rollator get ahead of him
            ▸ Why skilled: L foot drop and L knee buckling in late stance, worse with fatigue by the end of the hall
            ▸ Numbers: 10MWT 0.58 m/s with the rollator; 220 ft x 2 with SBA, ramp with CGA
            """,
            ["G12.21", "M21.372"], [PTA("97116", 18)], []),

        // WALS "One-on-one for the timed code: (Y) / N" with the Y circled; stance perturbations with the AFO, Airex step-ons, tandem with head turns; R ankle weakness, late ankle strategy and postural control; tandem seconds, step-ons and Berg; 22 min matches: passes.
        ["v2-h105-wals-one-on-one-y-circled"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            SLC clinic day · 3/4/2026 · K. Fonoti, PT
            Pt: Merrill Hatch, 70 · limb-onset ALS (R leg) · retired seminary teacher
            One-on-one for the timed code:  (Y) / N
            ▸ 97112 — 22 min
              - perturbations in stance, forward and backward, AFO on the R
              - stepping onto and off the Airex pad with the R leading
              - tandem stance at the counter, then with head turns
            ▸ Why skilled: R ankle weakness with a late ankle strategy and poor postural control; progressive, so a PT has to reset the program each clinic
            ▸ Numbers: tandem R foot behind 12 s; Airex step-ons 8 of 10 without a hand; Berg 45/56
            """,
            ["G12.21"], [PT("97112", 22)], []),

        // WALS "One-on-one for the timed code: Y / N" with neither circled and nothing else stating it; rhythmic stabilisation sitting and standing, foam reaches, stepping responses; postural control with hip weakness; foam seconds and pushes present: one-on-one missing.
        ["v2-h105-wals-one-on-one-y-n-neither-circled"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            SLC clinic day · 3/4/2026 · K. Fonoti, PT
            Pt: Lucy Fifita, 58 · bulbar-onset ALS · from West Valley, with her son
            One-on-one for the timed code:  Y / N
            ▸ 97112 — 21 min
              - rhythmic stabilization in sitting, then standing at the bar
              - foam stance with reaches to the R and L
              - stepping responses to light pushes at the pelvis
            ▸ Why skilled: impaired postural control with new hip weakness and slowed stepping reactions
            ▸ Numbers: foam stance 15 s; 6 of 10 pushes recovered with one step
            """,
            ["G12.21", "R26.81"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // SVMS complete 97110 under a blank "Maintenance justification: ____" line (a coverage field, not a DOC_* rule): cuff prone hip extension, stretches with holds, bridges and side-lying abduction with doses; R hip extensor and abductor weakness with spasticity and a tight calf; MMT grades and dorsiflexion; 18 min matches: passes.
        ["v2-h105-svms-maintenance-justification-blank-97110"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · M. Brinkmann, PT
            Pt: Curtis Bland, 55 · PPMS · EDSS 6.0 · state IT worker, works from home
            Delivery: ☑ Individual (1 PT : 1 pt)  ☐ Concurrent  ☐ Group

            97110 Therapeutic exercise · 18 min
             • prone hip extension with a 2 lb cuff, 3 x 10
             • hamstring and gastroc stretching on the mat, 3 x 30 s each side
             • bridging 3 x 12; side-lying hip abduction 3 x 10 each
            Impairments targeted: R hip extensor and abductor weakness with spasticity and a tight R calf — his R hip drops when he walks
            Measures: MMT R hip extension 3+/5, abduction 3/5; ankle DF R 0° with the knee straight
            Maintenance justification: ______________________
            """,
            ["G35.B0", "M62.81"], [PT("97110", 18)], []),

        // BRPT PTA 97116 with "Device: [X] hemi-walker", "Assist: [ ] Indep [ ] SBA [ ] CGA [ ] Min A [ ] Mod A" (none ticked) and "Distance: ____ ft" blank; hall gait with cues, turns at the nurses' station; R knee snapping back and toe drag; no distance, assist or number but the code and its minutes: measure missing.
        ["v2-h105-brpt-assist-row-none-ticked-97116"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Junior Dugger · Pine Hollow
            TX — 97116 Gait training  [ 18 min ]
            Device: [X] hemi-walker  [ ] quad cane  [ ] none
            Assist: [ ] Indep  [ ] SBA  [ ] CGA  [ ] Min A  [ ] Mod A
            Distance: ______ ft
            - gait in the hall with the hemi-walker, cues for R heel strike and a shorter L step
            - turning around at the nurses' station without pivoting on the R
            PROBLEM: R knee snaps back in stance and the R toe drags; short stride since his stroke
            Cody Treat, PTA
            """,
            ["I69.351", "R26.89"], [PTA("97116", 18)], [At(Measure, "97116")]),

        // WALS "Caregiver training: ☑ husband ☐ son ☐ paid caregiver — return demo ✓" over a 97530: hospital-bed rolling and supine to sit, transfer-pole transfers, a swivel-cushion car transfer; hip and quad weakness and low surfaces; assist levels and counts; 24 min matches: passes.
        ["v2-h105-wals-caregiver-training-ticks-97530"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            SLC clinic day · 3/4/2026 · A. Lindqvist, PT, DPT
            Pt: Janae Whitmer, 47 · ALS, both legs now · mom of six in Lehi
            Caregiver training:  ☑ husband  ☐ son  ☐ paid caregiver    return demo ✓
            ▸ 97530 — 24 min
              - bed mobility at the hospital-bed mock-up: rolling with the rail and the draw sheet, supine to sit
              - transfers with the transfer pole, bed to wheelchair and back
              - car transfer with the swivel cushion at the minivan's seat height
            ▸ Why skilled: hip and quad weakness, she can't rise from low surfaces any more; the technique has to be taught so her husband can help without hurting her or himself
            ▸ Numbers: supine to sit with moderate assist of one; 4 pole transfers with her husband giving CGA after two rounds of cues; car transfer x2 with minimal assist
            """,
            ["G12.21", "M62.81"], [PT("97530", 24)], []),

        // SVMS "Interventions: ☐ PNF ☐ perturbation ☐ foam / unstable surface ☐ gaze stabilization ☐ BWSTT" with nothing ticked, empty Delivery boxes, blank impairment and measure lines, and "Balance and coordination activities per POC. Tolerated well." — nothing done is named, no deficit, no number but the code and its minutes, no one-on-one statement.
        ["v2-h105-svms-interventions-row-nothing-ticked"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Decatur satellite
            Interventions: ☐ PNF  ☐ perturbation  ☐ foam / unstable surface  ☐ gaze stabilization  ☐ BWSTT
            Delivery: ☐ Individual  ☐ Concurrent  ☐ Group

            97112 Neuromuscular re-ed · 22 min
            Balance and coordination activities per POC. Tolerated well.
            Impairments targeted: ____________
            Measures: ____________
            Plan: continue plan of care.
            """,
            ["G35.C2"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named methods and programmes as techniques

        // SVMS balance-based torso weighting (BBTW) after a December relapse: the vest's weights placed after the perturbation screen, perturbations with the vest, hurdles, quick turns; backward and R losses of balance with poor trunk postural control; TUG with and without the vest and losses on the hurdles; Delivery Individual ticked; 23 min matches: passes.
        ["v3-h105-svms-balance-based-torso-weighting"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · C. Okafor, PT, DPT, NCS
            Pt: LaShonda Pierce, 44 · RRMS, relapse in December (IV steroids), back at work at the Capitol
            Delivery: ☑ Individual (1 PT : 1 pt)  ☐ Concurrent  ☐ Group

            97112 Neuromuscular re-ed · 23 min
             • balance-based torso weighting (BBTW): vest on, 1.5 lb placed anterior R and 0.5 lb posterior L after the perturbation screen
             • perturbations in standing with the vest on, then stepping over the hurdles
             • walking the hall with quick turns on cue
            Impairments targeted: loses her balance backward and to the R — poor trunk postural control since the relapse
            Measures: TUG 10.8 s without the vest, 9.6 s with it; 3 of 10 losses of balance on the hurdles with the vest (6 of 10 without)
            """,
            ["G35.A", "R26.81"], [PT("97112", 23)], []),

        // SVMS 97116 with the Cionic Neural Sleeve (FES timed to swing) on and off, hall and outdoor ramp with cues; R foot drop and stiff-knee gait late in the day with a curb goal; T25FW with and without and distance without a toe catch; 22 min matches: passes.
        ["v3-h105-svms-cionic-neural-sleeve-97116"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · M. Brinkmann, PT
            Pt: Marisol Duarte, 52 · SPMS · nurse, still works two shifts a week

            97116 Gait training · 22 min
             • Cionic Neural Sleeve trial on the R thigh and shank: FES timed to swing for dorsiflexion and knee flexion
             • walking the hall and the outdoor ramp with and without the sleeve, cues for heel strike
            Impairments targeted: R foot drop and stiff-knee gait late in the day; her toe catches on the parking-lot curb
            Measures: T25FW 8.9 s with the sleeve vs 10.7 s without; 600 ft without a toe catch with the sleeve (two catches without it)
            """,
            ["G35.C0", "M21.371"], [PT("97116", 22)], []),

        // BRPT Marshall, PWR! Moves at H&Y 4 — PWR! Up, Rock, Twist and Step seated, then Rock and Step at the bar; "1:1 — only resident I had the whole NMR, van driver waited outside"; small slow movements and poor postural control, falls back on standing; seated reach, stands and cued steps; [ 24 min ] matches: passes.
        ["v3-h105-brpt-pwr-moves-seated-at-stage-4"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Marshall office
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Hobert Moody, 77 · Searcy County Manor, Rm 4 · Parkinson's, H&Y stage 4
            1:1 — only resident I had the whole NMR, van driver waited outside
            TX — 97112 NMR  [ 24 min ]
            - PWR! Moves in sitting: PWR! Up (big extension), PWR! Rock (weight shift side to side), PWR! Twist (trunk rotation), PWR! Step (step out and back)
            - then PWR! Rock and PWR! Step standing at the bar with the gait belt on
            PROBLEM: small, slow movements and poor postural control — can't shift his weight to start a step, falls back when he stands
            NUMBERS: seated lateral reach 6 in R / 5 in L; sit to stand without falling back 3 of 5; stepped out on cue 8 of 10 at the bar
            R.A. Villines, PT
            """,
            ["G20.A2", "R26.81"], [PT("97112", 24)], []),

        // BRPT Brunnstrom eleven years after a stroke: out of the L flexor synergy at stage 4, L weight bearing with tapping, R steps while the L holds; "Just me and Miss Ova Mae for all of the NMR; CNA Darlene waited in the lobby"; L motor recruitment stuck in synergy and poor stance control; Fugl-Meyer LE and stance seconds; [ 22 min ] matches: passes.
        ["v3-h105-brpt-brunnstrom-synergy-stages"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Marshall office
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Ova Mae Hensley, 87 · Searcy County Manor · L hemiparesis, stroke 2015
            Just me and Miss Ova Mae for all of the NMR; CNA Darlene waited in the lobby.
            TX — 97112 NMR  [ 22 min ]
            - Brunnstrom: working her out of the L flexor synergy, stage 4 — knee flexion with the hip extended in standing, ankle DF with the knee straight
            - weight bearing through the L leg in the bars with tapping over the quad and glute med
            - stepping the R foot forward and back while the L holds
            PROBLEM: L motor recruitment stuck in synergy — can't bend the L knee without hiking the hip; poor L stance control
            NUMBERS: Fugl-Meyer LE 17/34 (16 at recert); L stance in the bars 8 s
            R.A. Villines, PT
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // WALS 97110, the ALS Association's range-of-motion booklet taken through by the PT (shoulder, elbow, wrist, hip, knee, heel cord) with reps and held stretches, son and daughter-in-law taught on the second side; R shoulder and heel-cord tightness with pain past 120°; PROM degrees; 16 min matches: passes.
        ["v3-h105-wals-als-association-rom-booklet-97110"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            SLC clinic day · 3/4/2026 · K. Fonoti, PT
            Pt: Lucy Fifita, 58 · bulbar-onset ALS, arms weakening · with her son Sione and daughter-in-law Ana
            ▸ 97110 — 16 min
              - took her through the range-of-motion program from the ALS Association booklet: shoulder flexion and external rotation, elbow and wrist, hip and knee flexion, heel cords
              - 10 reps each motion on the R; heel cord and hamstring stretches held 30 s x 3
              - Sione and Ana did the L side under my cues, return demo
            ▸ Why skilled: shoulder and ankle range starting to tighten — R shoulder flexion painful past 120°, heel cords tight — the program has to be set up and checked by a PT so it doesn't hurt her shoulders
            ▸ Numbers: R shoulder flexion 125° PROM, L 150°; ankle DF R 2°, L 5° with the knee straight
            """,
            ["G12.21", "M25.611"], [PT("97110", 16)], []),

        // WALS 97116 in a Headmaster collar with the rollator: hallway, carpet to tile, a platform-strip mock-up, cues to look up; head drop from neck extensor weakness and a R foot drop; distance with SBA and 10MWT; 17 min matches: passes.
        ["v3-h105-wals-headmaster-collar-gait-97116"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            SLC clinic day · 3/4/2026 · A. Lindqvist, PT, DPT
            Pt: Brent Kimball, 54 · ALS · neck extensors weak since January
            ▸ 97116 — 17 min
              - gait training in the Headmaster collar with the rollator: the hallway, carpet to tile, the TRAX-platform mock-up strip
              - cues to look up at the targets and keep the rollator close
            ▸ Why skilled: head drop from neck extensor weakness — without the collar his chin is on his chest and he can't see where he is walking; R foot drop
            ▸ Numbers: 300 ft x 2 with SBA in the collar; 10MWT 0.66 m/s
            """,
            ["G12.21", "M62.81"], [PT("97116", 17)], []),

        // SVMS NDT facilitation at key points (pelvis and shoulders) for trunk rotation and weight shift at the mat edge, facilitated reaches and sit to stand; "Treated one-to-one (PT and Gary, nobody else in the room)"; poor trunk motor control and sitting postural control; Trunk Impairment Scale and reaches; 22 min matches: passes.
        ["v3-h105-svms-ndt-key-points-at-the-mat"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Decatur satellite · 03/04/2026 · M. Brinkmann, PT
            Pt: Gary Struebing, 66 · PPMS · EDSS 6.5
            Treated one-to-one (PT and Gary, nobody else in the room).

            97112 Neuromuscular re-ed · 22 min
             • NDT facilitation at the mat edge: key points at the pelvis and shoulders for trunk rotation and lateral weight shift
             • reaching out of his base to the R and L with facilitated trunk elongation
             • sit to stand with a facilitated anterior pelvic tilt
            Impairments targeted: poor trunk motor control and sitting postural control, leans L and back
            Measures: Trunk Impairment Scale 12/23 (11 at recert); reach R 9 in, L 6 in
            """,
            ["G35.B0", "R26.89"], [PT("97112", 22)], []),

        // BRPT 97110 "Delay the Disease seated set" with its arm reaches, trunk twists, marching, heel and toe raises, knee kicks and standing mini squats named, hip and quad weakness with trunk stiffness, and "did the whole set, tired at the end" — no set, rep, load or number but the code and its minutes: measure missing.
        ["v3-h105-brpt-delay-the-disease-with-no-dose-97110"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Marshall office
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Earl Keeter · Searcy County Manor
            TX — 97110 Ther ex  [ 18 min ]
            - Delay the Disease seated set: big arm reaches overhead, trunk twists, marching, heel and toe raises, knee kicks
            - standing at the bar: mini squats and side steps
            PROBLEM: hip and quad weakness and a stiff trunk; slides down in the chair and can't stand from it without pushing hard
            NUMBERS: did the whole set, tired at the end
            Cody Treat, PTA
            """,
            ["G20.A2", "M62.81"], [PTA("97110", 18)], [At(Measure, "97110")]),

        // SVMS PNF lower-extremity diagonals with rhythmic initiation and slow reversals, half-kneel rhythmic stabilisation, foam hurdles; "Seen individually, PT and Rhonda only"; R leg timing and sequencing, extensor weakness and postural control; "Measures: not repeated today; steadier than at the recert, husband agrees" — no number but the code and its minutes: measure missing.
        ["v3-h105-svms-pnf-diagonals-with-no-number"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · C. Okafor, PT, DPT, NCS
            Pt: Rhonda Gillespie · SPMS
            Seen individually, PT and Rhonda only.

            97112 Neuromuscular re-ed · 22 min
             • PNF lower-extremity diagonals (flexion–abduction, extension–adduction) in side-lying and standing, rhythmic initiation then slow reversals
             • rhythmic stabilization in half kneeling
             • stepping over the foam hurdles to cones
            Impairments targeted: poor timing and sequencing of R leg motor recruitment, R hip and knee extensor weakness, postural control
            Measures: not repeated today; steadier than at the recert, husband agrees
            """,
            ["G35.C2"], [PT("97112", 22)], [At(Measure, "97112")]),

        // SVMS the centre's "Steady On" series, level 3 (tandem perturbations on foam, quadruped and tall-kneel rhythmic stabilisation, hurdles with a toss), Delivery Individual ticked, Berg, tandem seconds and catches — "Impairments targeted: —", no deficit, system or impairment anywhere: deficit missing.
        ["v3-h105-svms-steady-on-series-no-deficit"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Jacksonville room · 03/04/2026 · M. Brinkmann, PT
            Pt: Sharon Petefish · last visit of the 2026 episode planned next week
            Delivery: ☑ Individual (1 PT : 1 pt)  ☐ Concurrent  ☐ Group

            97112 Neuromuscular re-ed · 22 min
             • the MS Center's "Steady On" series, level 3: perturbations in tandem stance on the foam
             • rhythmic stabilization in quadruped and tall kneeling
             • stepping over the hurdles with a ball toss
            Impairments targeted: —
            Measures: Berg 52/56; tandem on foam 18 s; caught 9 of 10 tosses without a step
            """,
            ["G35.A"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // WALS 97530 Beasy-board transfers (bed to power chair, chair to the car) taught to a wife, with positioning in the tilt chair; can't stand-pivot safely any more with quads at 3-/5; transfers with minimal assist and CGA and pressure reliefs; 23 min matches: passes.
        ["v3-h105-wals-beasy-board-transfers-97530"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT FOLLOW-UP (Murray gym)
            3/4/2026 · A. Lindqvist, PT, DPT
            Pt: Gordon Pace, 63 · ALS, both legs and now both arms · wife Deanna
            Caregiver training: ☑ wife
            ▸ 97530 — 23 min
              - Beasy board transfers: bed to power chair and back, then chair to the passenger seat of their car, Gordon sliding the disc himself with Deanna guarding
              - weight shifts and tilt for pressure relief in the power chair
            ▸ Why skilled: he can no longer stand-pivot safely (quads 3-/5, knees buckle); the board technique has to be taught and checked by a PT before the Hoyer is needed
            ▸ Numbers: 4 board transfers with minimal assist of Deanna after cues on the first; car transfer x1 with CGA; 3 pressure reliefs on his own
            """,
            ["G12.21", "M62.81"], [PT("97530", 23)], []),

        // BRPT 97110 post-polio pacing per Post-Polio Health International — non-fatiguing interval strengthening with sets stopped at the first fatigue, cuff knee extension, high-mat sit to stand, hip abduction with doses; new L (polio) leg and R hip weakness with a mailbox goal; MMT grades; [ 20 min ] matches: passes.
        ["v3-h105-brpt-post-polio-pacing-97110"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B)
            Pt: Delbert Shinn, 86 · lives with his daughter on the Little Buffalo · polio in 1949, at nine years old
            TX — 97110 Ther ex  [ 20 min ]
            - non-fatiguing interval strengthening (post-polio pacing per the Post-Polio Health International guidance): every set stopped at the first sign of fatigue or a new ache
            - seated knee extension R 2 lb 2 x 8, L (polio leg) no weight 2 x 6
            - sit to stand from the high mat 2 x 5; standing hip abduction at the counter 2 x 8 each
            PROBLEM: new weakness and fatigue in the L leg (the polio leg) and now the R hip — tires halfway across the yard to the mailbox
            NUMBERS: MMT L quad 3+/5, R quad 4/5, R hip abduction 4-/5
            R.A. Villines, PT
            """,
            ["M62.81", "R26.2"], [PT("97110", 20)], []),

        // SVMS BEEMS (Balance and Eye-Movement Exercises for persons with MS) week 4: gaze stabilisation on foam, saccades, pursuit while marching, eyes-closed foam stance and head-turn walking; vestibular hypofunction and oculomotor control after a brainstem relapse; DGI and foam seconds; Delivery Individual ticked; 22 min matches: passes.
        ["v3-h105-svms-beems-eye-movement-and-balance"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · C. Okafor, PT, DPT, NCS
            Pt: Nadine Voss, 49 · RRMS · brainstem relapse 2024, dizzy with head turns since
            Delivery: ☑ Individual (1 PT : 1 pt)  ☐ Concurrent  ☐ Group

            97112 Neuromuscular re-ed · 22 min
             • BEEMS (Balance and Eye-Movement Exercises for persons with MS), week 4 progression: gaze stabilization with head turns standing on foam, saccades between two targets, smooth pursuit while marching in place
             • standing on the foam with eyes closed, then walking with head turns
            Impairments targeted: vestibular hypofunction and oculomotor control since the brainstem relapse; postural control on soft surfaces
            Measures: DGI 19/24 (17 at the start of BEEMS); foam eyes closed 16 s
            """,
            ["G35.A", "H81.93"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // SVMS 97116: "by the end of the second aisle at Hy-Vee her R toe starts to catch and the foot slaps" — R foot drop and dorsiflexor weakness that worsen with fatigue; hall and parking-lot loop with the Bioness L300 Go on, then off, cues, curb practice; distance without a catch, catches without it, curb with SBA; 20 min matches: passes.
        ["v4-h105-svms-toe-catches-by-the-second-aisle-97116"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · M. Brinkmann, PT
            Pt: Karen Wessel, 61 · RRMS · farm outside Pleasant Plains

            97116 Gait training · 20 min
             • walking the clinic's long hall and the parking-lot loop with the Bioness L300 Go on, then off for the last lap
             • cues for heel first on the R and a longer L step; stepping up and down the curb
            Impairments targeted: by the end of the second aisle at Hy-Vee her R toe starts to catch and the foot slaps — R foot drop and dorsiflexor weakness that get worse as she tires
            Measures: 1,100 ft with the L300 Go, no toe catch; the last lap without it caught the R toe 3 times; curb x 4 with SBA
            """,
            ["G35.A", "M21.371"], [PT("97116", 20)], []),

        // WALS 97110: "his head falls forward by the end of the clinic hallway and he props his chin on his hand to read the hymnbook" — neck extensor weakness; isometric neck extension, chin tucks, band retraction, thoracic extension with holds and reps kept below fatigue; neck extension grade and head-upright seconds; 15 min matches: passes.
        ["v4-h105-wals-head-falls-forward-by-the-end-of-the-hall-97110"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            SLC clinic day · 3/4/2026 · K. Fonoti, PT
            Pt: Merrill Hatch, 70 · ALS, now neck and shoulders
            ▸ 97110 — 15 min
              - isometric neck extension against my hand, then against a towel, 5 s holds x 10
              - chin tucks lying down x 10; scapular retraction with the yellow band 2 x 10
              - seated thoracic extension over the chair back x 10
            ▸ Why skilled: his head falls forward by the end of the clinic hallway and he props his chin on his hand to read the hymnbook — neck extensor weakness; every exercise kept below fatigue so we don't speed the loss
            ▸ Numbers: neck extension 3-/5; held his head upright sitting 40 s before it dropped
            """,
            ["G12.21", "M62.81"], [PT("97110", 15)], []),

        // BRPT: "freezes in the dining-room doorway at Pine Hollow and festinates into the first table" — freezing of gait and postural instability; tape-line doorway passes with counting, weight shift before a big first step, arc turns with perturbations; "Just Mr. Harlan and me for the whole NMR"; freezes and nudges counted; [ 23 min ] matches: passes.
        ["v4-h105-brpt-freezes-in-the-dining-room-doorway"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Harlan Cheatham, 84 · Pine Hollow, Rm 22 · Parkinson's, H&Y 4
            Just Mr. Harlan and me for the whole NMR — Shawna waited with the van.
            TX — 97112 NMR  [ 23 min ]
            - walking through the gym doorway over the tape lines on the floor, counting out loud
            - weight shift side to side before starting, then one big first step
            - turning in an arc instead of a pivot, with perturbations at the pelvis on the turn
            PROBLEM: freezes in the dining-room doorway at Pine Hollow and festinates into the first table — freezing of gait and postural instability
            NUMBERS: froze in the doorway 2 of 6 with the tape lines (5 of 6 without); recovered 4 of 8 nudges on the turn
            R.A. Villines, PT
            """,
            ["G20.A2", "R26.89"], [PT("97112", 23)], []),

        // BRPT 97530, post-polio: "can't get up the two church steps at Mt. Zion without both hands on the rail and a pull" — new L quad (polio leg) and hip weakness; clinic steps with one rail then two, pew-height bench stands, carrying a Bible and a covered dish up the steps; steps with CGA and stands; [ 21 min ] matches: passes.
        ["v4-h105-brpt-church-steps-at-mt-zion-97530"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B)
            Pt: Vester Keeling, 86 · at home with his wife · had polio as a boy
            TX — 97530 Ther activities  [ 21 min ]
            - step-ups on the clinic's two wooden steps with one rail, then two rails
            - sit to stand from a pew-height bench, hands on knees, then no hands
            - carrying his Bible and a covered dish up the steps (his wife took the dish the second time)
            PROBLEM: can't get up the two church steps at Mt. Zion without both hands on the rail and a pull — new weakness in the L quad (the polio leg) and both hips
            NUMBERS: steps x 6 with one rail and CGA; pew-height stands 5 of 5 with hands on knees
            R.A. Villines, PT
            """,
            ["M62.81", "R26.2"], [PT("97530", 21)], []),

        // WALS Friday neuromuscular follow-up, Becker dystrophy: "he pushes up on his thighs to stand from the couch (Gowers) and can't get up from the low pew at the ward house" — hip and knee extensor weakness; graded-height stands, floor to stand through half kneel, box lifts; stands, floor-rise seconds with CGA and lifts; 22 min matches: passes.
        ["v4-h105-wals-becker-climbs-up-his-thighs-97530"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — FRIDAY NEUROMUSCULAR FOLLOW-UP (Murray gym)
            3/4/2026 · K. Fonoti, PT
            Pt: Tyson Beck, 38 · Becker muscular dystrophy · warehouse lead
            ▸ 97530 — 22 min
              - sit to stand from graded heights (22 in, 20 in, 18 in), then the pew-height bench
              - floor to stand through half kneeling at the chair, then at the step stool
              - lifting a 10 lb box from a knee-high shelf to the counter
            ▸ Why skilled: he pushes up on his thighs to stand from the couch (Gowers) and can't get up from the low pew at the ward house — hip and knee extensor weakness
            ▸ Numbers: stood from 20 in without hands 5 of 5, from 18 in with hands 3 of 5; floor to stand at the chair in 14 s with CGA; box lifted x 8
            """,
            ["G71.01"], [PT("97530", 22)], []),

        // SVMS 97116: "R knee snaps back in stance (genu recurvatum) with weak R quads and hamstrings; short L step"; Lofstrand crutch gait in the hall and on the ramp with cues, a slow heel-to-toe roll in the mirror; distance with SBA and snapped steps counted; 18 min matches: passes.
        ["v4-h105-svms-knee-snaps-back-97116"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Jacksonville room · 03/04/2026 · M. Brinkmann, PT
            Pt: Bill Oyler, 69 · SPMS

            97116 Gait training · 18 min
             • gait with the L Lofstrand crutch in the hall and on the outdoor ramp, cues for a soft R knee in stance
             • stepping over a line with a slow heel-to-toe roll, mirror feedback
            Impairments targeted: R knee snaps back in stance (genu recurvatum) with weak R quads and hamstrings; short L step
            Measures: 400 ft x 2 with SBA; knee snapped back on 2 of 20 steps with cues (most steps at the recert)
            """,
            ["G35.C2", "M21.861"], [PT("97116", 18)], []),

        // BRPT: "leans hard to the R into the wheelchair armrest and slides toward the R" — poor midline orientation and sitting postural control; midline work at the mirror, lateral shifts with rhythmic stabilisation, foam-cushion perturbations; "One-on-one: me and Miss Inez only"; unsupported sitting seconds and nudges; [ 21 min ] matches: passes.
        ["v4-h105-brpt-leans-into-the-wheelchair-armrest"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Inez Ledbetter, 91 · Pine Hollow, Rm 9 · R hemiparesis, stroke 2016
            One-on-one: me and Miss Inez only, no one else worked in the gym during it.
            TX — 97112 NMR  [ 21 min ]
            - sitting at the mat edge facing the mirror, finding midline, then reaching across to the L
            - lateral weight shifts onto the R hip with rhythmic stabilization at the shoulders
            - sitting on the foam cushion with perturbations, eyes on the target
            PROBLEM: leans hard to the R into the wheelchair armrest and slides toward the R — poor midline orientation and sitting postural control
            NUMBERS: sat unsupported at midline 45 s (20 s at recert); 5 of 8 nudges recovered without an arm
            R.A. Villines, PT
            """,
            ["I69.351"], [PT("97112", 21)], []),

        // SVMS discharge visit: SLS perturbations on foam, tandem with head turns and a cognitive task, hopping; Delivery Individual ticked; Berg, FGA, SLS — "Impairments targeted: none found today — strength, sensation and balance normal on exam": deficit missing.
        ["v4-h105-svms-none-found-normal-on-exam"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · C. Okafor, PT, DPT, NCS
            Pt: Jennifer Hsu, 38 · discharge visit
            Delivery: ☑ Individual (1 PT : 1 pt)  ☐ Concurrent  ☐ Group

            97112 Neuromuscular re-ed · 22 min
             • perturbations in single-leg stance on the foam
             • tandem walking with head turns and a cognitive task
             • hopping to targets
            Impairments targeted: none found today — strength, sensation and balance normal on exam
            Measures: Berg 56/56; FGA 30/30; SLS on foam 30 s each leg
            Plan: discharge to her gym program.
            """,
            ["G35.A"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // BRPT PTA last visit of the episode, 97116: rollator gait down the long hall to the porch and back, then without it, the porch step and the ramp; "no gait deviations seen, nothing found to work on"; distance mod I and independent: deficit missing.
        ["v4-h105-brpt-no-gait-deviations-seen-97116"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Loretta Bolin, 88 · Pine Hollow · last visit of the episode
            TX — 97116 Gait training  [ 18 min ]
            - gait with the rollator down the long hall, out to the porch and back, then without the rollator in the gym
            - the porch step and the ramp
            PROBLEM: no gait deviations seen, nothing found to work on — walking like she did before the flu
            NUMBERS: 450 ft mod I with the rollator; porch step and ramp independent
            Cody Treat, PTA
            """,
            ["R26.89"], [PTA("97116", 18)], [At(Deficit, "97116")]),

        // BRPT "1:1 the whole NMR, just me and her"; foam stance eyes closed, tandem with head turns, stride-stance perturbations; Berg and tandem steps — "PROBLEM: none — passed everything today, nothing left to work on": deficit missing.
        ["v4-h105-brpt-problem-none-passed-everything"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Alma Criner, 83 · Pine Hollow
            1:1 the whole NMR, just me and her.
            TX — 97112 NMR  [ 20 min ]
            - foam stance eyes closed, tandem walking with head turns, perturbations in stride stance
            PROBLEM: none — passed everything today, nothing left to work on
            NUMBERS: Berg 54/56; tandem walk 20 steps without a step-off
            R.A. Villines, PT
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // WALS 97116: "both feet slap and the L toe catches on the yellow tactile strip at the TRAX platform" — bilateral dorsiflexor weakness, L worse, short R step; AFOs and trekking poles over a tactile-strip mat and the ramp, stops at the platform-edge tape; distance with SBA, catches and 10MWT; 19 min matches: passes.
        ["v4-h105-wals-feet-slap-on-the-trax-tactile-strip-97116"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            SLC clinic day · 3/4/2026 · A. Lindqvist, PT, DPT
            Pt: Ron Halverson, 61 · limb-onset ALS · with Carol
            ▸ 97116 — 19 min
              - gait with both AFOs and trekking poles in the hall, over the tactile-strip mat and up the ramp
              - stopping and starting at the "platform edge" tape line
            ▸ Why skilled: both feet slap and the L toe catches on the yellow tactile strip at the TRAX platform — bilateral dorsiflexor weakness, L worse, and a short R step
            ▸ Numbers: 350 ft with the poles and SBA; 2 toe catches on the strip in 6 passes; 10MWT 0.74 m/s
            """,
            ["G12.21", "M21.372"], [PT("97116", 19)], []),

        // BRPT: "can't tell where her L foot is on the wheelchair footplate without looking" — L proprioception lost; weight shifts onto the L on foam eyes closed, foot placement to targets with vision blocked, joint position matching; "Just me and Miss Opal in the gym for the NMR; CNA Tammy stayed by the door"; matches and targets counted; [ 22 min ] matches: passes.
        ["v4-h105-brpt-cant-find-her-foot-on-the-footplate"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Opal Sutterfield, 79 · Pine Hollow · L hemiparesis, 2017 stroke
            Just me and Miss Opal in the gym for the NMR; CNA Tammy stayed by the door.
            TX — 97112 NMR  [ 22 min ]
            - weight shifting onto the L on the foam, eyes open then closed
            - placing the L foot on targets with her view blocked by a clipboard
            - joint position matching: I place the R foot, she matches it with the L
            PROBLEM: can't tell where her L foot is on the wheelchair footplate without looking — L proprioception lost, so she stands up with the foot caught under the plate
            NUMBERS: joint position matching 3 of 8 correct (1 of 8 at recert); foot to target 5 of 10 without looking
            R.A. Villines, PT
            """,
            ["I69.354", "R26.89"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // SVMS 97116: T25FW "trial 1 9.8 s, trial 2 10.4 s (mean 10.1 s)" and 2-point distance with SBA; Lofstrand gait 4-point to 2-point in the hall and to the parking lot, stepping over sidewalk seams; spastic gait, R hip flexor weakness and toe drag; 20 min matches: passes.
        ["v5-h105-svms-t25fw-two-trials-and-mean-97116"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · C. Okafor, PT, DPT, NCS
            Pt: Deb Lindquist, 57 · SPMS · EDSS 6.0 · two Lofstrand crutches

            97116 Gait training · 20 min
             • gait with two Lofstrand crutches, 4-point then 2-point, in the hall and out to the parking lot
             • cues for R hip flexion in swing, stepping over the seams in the sidewalk
            Impairments targeted: spastic gait with R hip flexor weakness and R toe drag
            Measures: T25FW trial 1 9.8 s, trial 2 10.4 s (mean 10.1 s) with crutches; 500 ft 2-point with SBA
            """,
            ["G35.C2", "R26.89"], [PT("97116", 20)], []),

        // SVMS measures as a two-column table (recert 1/2026 against today: Berg 42 → 43, FGA 15 → 16, MSWS-12 58 → 54); "Seen individually, PT and Angela only"; Airex perturbations, stepping-strategy drill, tandem with head turns; postural control and proprioception; 24 min matches: passes.
        ["v5-h105-svms-recert-against-today-table"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Decatur satellite · 03/04/2026 · M. Brinkmann, PT
            Pt: Angela Ferris, 50 · SPMS · EDSS 5.5
            Seen individually, PT and Angela only.

            97112 Neuromuscular re-ed · 24 min
             • perturbations on the Airex, stepping-strategy drill to pushes, tandem walking with head turns
            Impairments targeted: impaired postural control and proprioception, L worse than R
            Measures:          recert 1/2026    today
              Berg               42/56            43/56
              FGA                15/30            16/30
              MSWS-12            58               54
            """,
            ["G35.C2", "R26.81"], [PT("97112", 24)], []),

        // BRPT Marshall: "retropulsion (pull) test: 5 steps back, caught on the first pull; Tinetti 13/28"; "Treated 1:1 — no other resident in the gym"; backward stepping to pulls, heel-toe rocking in stride stance, over-the-shoulder reaches; retropulsion and postural instability at H&Y 4; [ 22 min ] matches: passes.
        ["v5-h105-brpt-pull-test-steps-and-tinetti"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Marshall office
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Earl Keeter, 81 · Searcy County Manor · Parkinson's, H&Y 4
            Treated 1:1 — no other resident in the gym.
            TX — 97112 NMR  [ 22 min ]
            - backward stepping drill to pulls at the hips, cue "step big and back"
            - weight shifts onto the heels and the toes, then rocking in stride stance
            - standing reaches over the shoulder to a target
            PROBLEM: retropulsion and postural instability
            NUMBERS: retropulsion (pull) test: 5 steps back, caught on the first pull; Tinetti 13/28
            R.A. Villines, PT
            """,
            ["G20.A2", "R29.6"], [PT("97112", 22)], []),

        // BRPT PTA 97110 with "SPPB 5/12 (balance 2, gait speed 2, chair stands 1)": dining-chair sit to stands, heel raises, mini squats and cuff knee extension with doses; quad and calf weakness, two tries to stand; [ 20 min ] matches: passes.
        ["v5-h105-brpt-sppb-with-its-parts-97110"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Loretta Bolin, 88 · Pine Hollow, Rm 14
            TX — 97110 Ther ex  [ 20 min ]
            - sit to stand from the dining chair 3 x 5
            - standing heel raises at the bar 2 x 12; mini squats 2 x 10
            - seated knee extension with 2 lb cuffs 2 x 12 each
            PROBLEM: leg weakness (quads and calves) — she needs two tries to stand from the dining chair
            NUMBERS: SPPB 5/12 (balance 2, gait speed 2, chair stands 1)
            Cody Treat, PTA
            """,
            ["M62.81", "R26.81"], [PTA("97110", 20)], []),

        // WALS St. George 97116: "10MWT 0.54 m/s (0.71 at clinic #5)" and distance with CGA; front-wheeled walker gait on the hall and the path to the splash-pad benches with cues, bench sit and stand; bilateral hip and knee weakness with a short slow step and trunk lean; 18 min matches: passes.
        ["v5-h105-wals-gait-speed-against-the-last-clinic-97116"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            St. George outreach clinic · 3/4/2026 · K. Fonoti, PT
            Pt: Stan Nakamura, 68 · limb-onset ALS (both legs)
            ▸ 97116 — 18 min
              - gait with the front-wheeled walker in the clinic hall and on the outdoor path to the benches by the splash pad
              - cues for a longer step and an upright trunk; sitting down on and standing up from the benches
            ▸ Why skilled: bilateral hip and knee weakness with a short, slow step and a forward trunk lean
            ▸ Numbers: 10MWT 0.54 m/s (0.71 at clinic #5); 180 ft x 2 with CGA
            """,
            ["G12.21", "R26.89"], [PT("97116", 18)], []),

        // WALS OT station 97530: Jamar grip in kilograms and 9-HPT seconds each side, buttons with the hook; button hook, zipper pull, built-up key turner on a pill bottle, stylus strap and wrist rest; R hand intrinsic and grip weakness (split hand) with a work-shirt goal; 20 min matches the OT line: passes.
        ["v5-h105-wals-ot-grip-kilograms-and-nine-hole-peg-97530"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — OT STATION
            SLC clinic day · 3/4/2026 · M. Quintana, OTR/L
            Pt: Brent Kimball, 54 · ALS, R hand onset
            ▸ 97530 — 20 min (OT)
              - buttoning with the button hook, zipping with the zipper pull, opening the pill bottle with the built-up key turner
              - typing on his phone with the stylus strap, then on the laptop with the wrist rest
            ▸ Why skilled: R hand intrinsic and grip weakness (split hand); he can't button his shirt for work
            ▸ Numbers: Jamar grip R 9 kg / L 31 kg; 9-HPT R 48.6 s / L 21.2 s; buttoned 5 of 6 buttons with the hook, independent
            """,
            ["G12.21", "M62.81"], [OT("97530", 20)], []),

        // SVMS "Seen individually — the PT and Phyllis only"; foam stance with head turns, stride-stance perturbations, obstacle course with stops; postural control, proprioception and sensory ataxia; "husband says she's not grabbing the furniture as much; no formal testing today" — no number but the code and its minutes: measure missing.
        ["v5-h105-svms-not-grabbing-the-furniture-as-much"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · C. Okafor, PT, DPT, NCS
            Pt: Phyllis Turek · SPMS
            Seen individually — the PT and Phyllis only.

            97112 Neuromuscular re-ed · 22 min
             • foam stance with head turns
             • perturbations at the pelvis in stride stance
             • stepping through the obstacle course with quick stops
            Impairments targeted: poor postural control and proprioception in the legs, sensory ataxia
            Measures: husband says she's not grabbing the furniture as much; no formal testing today
            """,
            ["G35.C2"], [PT("97112", 22)], [At(Measure, "97112")]),

        // BRPT Marshall "One-on-one the whole NMR"; foam stance with shoulder perturbations, side-stepping over a cane, clothespin reaches; slow balance reactions and poor L weight shift after a stroke; "holding her own — no decline since the recert, CNAs report no falls" — no number but the code and its minutes: measure missing.
        ["v5-h105-brpt-holding-her-own-no-decline"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Marshall office
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Ova Mae Hensley · Searcy County Manor
            One-on-one the whole NMR.
            TX — 97112 NMR  [ 21 min ]
            - standing on the foam with perturbations at the shoulders
            - side-stepping along the bar over the cane
            - reaching to the clothespins on the line
            PROBLEM: slow balance reactions and poor L weight shift since her stroke
            NUMBERS: holding her own — no decline since the recert, CNAs report no falls
            R.A. Villines, PT
            """,
            ["I69.354"], [PT("97112", 21)], [At(Measure, "97112")]),

        // WALS "PT and Janae one-on-one; her husband watched from the corner"; seated and standing perturbations, stepping reactions to pushes, weight shifts with reaches; postural control with slowing protective reactions; "Numbers: deferred — worn out after the RT's breathing tests" — no number but the code and its minutes: measure missing.
        ["v5-h105-wals-numbers-deferred-after-the-rt"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            A. Lindqvist, PT, DPT
            Pt: Janae Whitmer · ALS
            PT and Janae one-on-one; her husband watched from the corner.
            ▸ 97112 — 20 min
              - perturbations sitting on the edge of the plinth, then standing at the bar
              - stepping reactions to light pushes, gait belt on
              - weight shifts to targets with reaches
            ▸ Why skilled: impaired postural control and slowing protective reactions as her hips weaken
            ▸ Numbers: deferred — worn out after the RT's breathing tests; the nurse's functional rating not repeated
            """,
            ["G12.21"], [PT("97112", 20)], [At(Measure, "97112")]),

        // SVMS measures with arrows from the recert ("FGA 12 → 15/30", "tandem 4 → 7 s") and rocker seconds; "Seen one-on-one — PT and Ken, no other pt on the mat"; rocker perturbations, hurdles with head turns, quick stops; postural control, L ankle proprioception and sensory ataxia; 23 min matches: passes.
        ["v5-h105-svms-arrows-from-the-recert"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Decatur satellite · 03/04/2026 · M. Brinkmann, PT
            Pt: Ken Matheny, 64 · SPMS · EDSS 6.0 · retired ADM plant operator
            Seen one-on-one — PT and Ken, no other pt on the mat.

            97112 Neuromuscular re-ed · 23 min
             • rocker board with perturbations, hurdle stepping with head turns, quick stops on cue
            Impairments targeted: postural control and L ankle proprioception; sensory ataxia
            Measures: FGA 12 → 15/30 since the recert; tandem 4 → 7 s; rocker board M/L 9 s
            """,
            ["G35.C2", "R27.0"], [PT("97112", 23)], []),

        // BRPT 97530: "sit to stand 5 reps, needed her arms on 2, CGA; stood at the sink 90 s for grooming with SBA"; chair and wheelchair stands, grooming at the sink, a closet-shelf reach; R leg and hip weakness, falls back into the chair; [ 19 min ] matches: passes.
        ["v5-h105-brpt-arms-needed-on-two-97530"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Inez Ledbetter, 91 · Pine Hollow
            TX — 97530 Ther activities  [ 19 min ]
            - sit to stand from the dining chair and from the wheelchair, nose over toes
            - standing at the sink to wash her hands and comb her hair, one hand on the counter
            - reaching to the closet shelf for her sweater
            PROBLEM: R leg and hip weakness, falls back into the chair; can't stand long enough at the sink to groom
            NUMBERS: sit to stand 5 reps, needed her arms on 2, CGA; stood at the sink 90 s for grooming with SBA
            R.A. Villines, PT
            """,
            ["I69.351", "M62.81"], [PT("97530", 19)], []),

        // WALS "One-on-one: me and Merrill for the whole of the 97112; his wife kept the falls log"; stepping-strategy drill beside the parked rollator, foam with head turns, sit-stand-turn with a perturbation; slowed stepping reactions and postural control; TUG with the rollator, pushes and the wife's falls count; 22 min matches: passes.
        ["v5-h105-wals-tug-beside-the-falls-log"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            SLC clinic day · 3/4/2026 · K. Fonoti, PT
            Pt: Merrill Hatch, 70 · limb-onset ALS
            One-on-one: me and Merrill for the whole of the 97112; his wife kept the falls log.
            ▸ 97112 — 22 min
              - stepping-strategy drill with the rollator parked, forward and side recovery steps
              - foam stance with head turns
              - sit to stand and turn, with a perturbation at the turn
            ▸ Why skilled: slowed stepping reactions and impaired postural control
            ▸ Numbers: TUG 16.8 s with the rollator; 5 of 10 side pushes with one recovery step; falls since last clinic: 2 (his wife's log)
            """,
            ["G12.21", "R29.6"], [PT("97112", 22)], []),

        // BRPT PTA 97116: U-Step walker gait down the long hall with counting and big-step cues, turns in an arc; shuffling, festination and freezing; "went farther than last week and didn't freeze as often" — no distance, assist or number but the code and its minutes: measure missing.
        ["v5-h105-brpt-went-farther-than-last-week-97116"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Marshall office
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Hobert Moody · Searcy County Manor
            TX — 97116 Gait training  [ 18 min ]
            - gait with the U-Step walker down the long hall, counting out loud, cues for big steps
            - turning in an arc at the end of the hall
            PROBLEM: shuffling steps, festinates and freezes when he turns
            NUMBERS: went farther than last week and didn't freeze as often
            Cody Treat, PTA
            """,
            ["G20.A2", "R26.89"], [PTA("97116", 18)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // SVMS two block headings, "97112 Neuromuscular re-ed · 23 min" and "97110 Therapeutic exercise · 14 min", both match; Delivery Individual ticked; Airex perturbations, tandem with head turns, foam step-ups with Berg and tandem seconds; bridges, side-lying abduction and heel raises with doses; postural control and proprioception, R hip abductor and calf weakness with MMT: passes.
        ["v6-h105-svms-two-block-headings"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · M. Brinkmann, PT
            Pt: Marisol Duarte, 52 · SPMS · EDSS 6.0
            Delivery: ☑ Individual (1 PT : 1 pt)  ☐ Concurrent  ☐ Group

            97112 Neuromuscular re-ed · 23 min
             • perturbation training on the Airex, tandem walking with head turns, step-ups onto foam
             Impairments: postural control and proprioception in both legs. Measures: Berg 44/56; tandem 9 s.
            97110 Therapeutic exercise · 14 min
             • bridges 3 x 12, side-lying hip abduction 3 x 10 each, heel raises 3 x 15
             Impairments: R hip abductor and calf weakness. Measures: MMT R hip abduction 3+/5.
            """,
            ["G35.C0", "R26.81"], [PT("97112", 23), PT("97110", 14)], []),

        // BRPT minute boxes on each code's line, "TX — 97112 NMR [ 22 min ]" and "TX — 97530 Ther activities [ 15 min ]", both match; "One-on-one for the NMR — just me and him"; foam perturbations, cane step-overs, cone reaches with Berg and perturbations; pickup transfers with a grab handle and the porch step carrying the mail with counts and assist; balance reactions, L (polio) leg proprioception and quad weakness: passes.
        ["v6-h105-brpt-minute-boxes-on-each-code"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B)
            Pt: Vester Keeling, 86 · post-polio · at home with his wife
            One-on-one for the NMR — just me and him.
            TX — 97112 NMR  [ 22 min ]
            - foam stance with perturbations, stepping over the cane, reaching to cones
            PROBLEM: slow balance reactions and poor proprioception in the L leg (the polio leg)
            NUMBERS: Berg 38/56; 6 of 10 perturbations without a step
            TX — 97530 Ther activities  [ 15 min ]
            - getting into his daughter's pickup with the grab handle, then the porch step carrying the mail
            PROBLEM: L quad weakness, can't step up into the truck
            NUMBERS: 3 truck transfers with CGA; porch step x 5 with SBA
            R.A. Villines, PT
            """,
            ["M62.81", "R26.81"], [PT("97112", 22), PT("97530", 15)], []),

        // WALS clock ranges on each code's own line ("▸ 97112 10:40–11:02" = 22, "▸ 97116 11:02–11:17" = 15), both match; "PT and Ron one-on-one"; stance perturbations, foam with head turns, stepping reactions with Berg and foam seconds; AFO and trekking-pole gait on the ramp and curb with distance and assist; late ankle strategy, postural control and bilateral foot drop: passes.
        ["v6-h105-wals-clock-ranges-on-the-code-lines"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT FOLLOW-UP (Murray gym)
            3/4/2026 · A. Lindqvist, PT, DPT
            Pt: Ron Halverson, 61 · limb-onset ALS · Carol along
            ▸ 97112 10:40–11:02 — PT and Ron one-on-one
              - perturbations in stance, foam stance with head turns, stepping reactions to pushes
              - Why: late ankle strategy and impaired postural control. Numbers: Berg 44/56; foam eyes closed 9 s
            ▸ 97116 11:02–11:17
              - gait with both AFOs and trekking poles, the ramp and the curb
              - Why: bilateral foot drop, short R step. Numbers: 300 ft with SBA; curb x 4 with CGA
            """,
            ["G12.21", "M21.372"], [PT("97112", 22), PT("97116", 15)], []),

        // SVMS a PT's and an OT's code on one visit ("PT — 97112 — 21 min", "OT — 97530 — 24 min"), each matching its own discipline's line; "Individual (PT and Gary only)"; seated ball and standing perturbations, reaches out of base with reach and nudges; shower-bench transfer mock-up and seated dressing with the reacher and sock aid with counts and assist; trunk postural control with spasticity and L hand weakness: passes.
        ["v6-h105-svms-pt-code-and-ot-code"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Decatur satellite · 03/04/2026 · M. Brinkmann, PT / H. Wrenn, OTR/L
            Pt: Gary Struebing, 66 · PPMS · EDSS 6.5

            PT — 97112 — 21 min. Individual (PT and Gary only).
             • perturbations sitting on the physioball and standing at the bars, reaching out of his base
             • Impairments: trunk postural control, L leg spasticity. Measures: reach R 10 in; 7 of 10 seated nudges recovered
            OT — 97530 — 24 min
             • shower-bench transfer on the mock-up, lower-body dressing seated with the reacher and sock aid
             • Impairments: L hand weakness and poor sitting balance for dressing. Measures: bench transfer x 3 with CGA; sock aid on both feet with SBA
            """,
            ["G35.B0", "R26.89"], [PT("97112", 21), OT("97530", 24)], []),

        // BRPT a PT's 97112 and a PTA's 97110 on one visit, each with its own minute box ([ 20 min ], [ 15 min ]), both match; "one-on-one"; weight-shift initiation, big steps over tape lines, backward perturbations with doorway freezes and the pull test; seated marching, sit to stand and ball trunk rotation with doses; freezing, retropulsion, hip flexor and quad weakness: passes.
        ["v6-h105-brpt-pt-and-pta-codes-one-visit"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Marshall office
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Hobert Moody, 77 · Searcy County Manor · Parkinson's, H&Y 4
            97112 NMR — R.A. Villines, PT — [ 20 min ] — one-on-one, nobody else with me
            - weight shift to start, big steps over the tape lines, backward perturbations at the hips
            PROBLEM: freezing of gait and retropulsion (postural instability). NUMBERS: froze on 3 of 6 doorway passes; pull test 4 steps back
            97110 Ther ex — Cody Treat, PTA — [ 15 min ]
            - seated marching 2 x 15, sit to stand 2 x 5, trunk rotation with the ball 2 x 10
            PROBLEM: hip flexor and quad weakness, stiff trunk
            """,
            ["G20.A2"], [PT("97112", 20), PTA("97110", 15)], []),

        // WALS "Manual — 97140 · 10 min" and "Ther ex — 97110 · 13 min", both match; shoulder glides and stretch, talocrural mobilisation and calf STM with range before and after; cane AAROM, wall slides, heel-cord stretch with doses; R shoulder capsular tightness, heel-cord tightness and a dressing and standing goal: passes.
        ["v6-h105-wals-manual-and-ther-ex-each-with-minutes"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            SLC clinic day · 3/4/2026 · K. Fonoti, PT
            Pt: Lucy Fifita, 58 · ALS · son Sione along
            ▸ Manual — 97140 · 10 min
              - PROM and sustained stretch to the R shoulder, inferior and posterior glides grade II
              - talocrural mobilization for dorsiflexion, calf STM
              - Why: R shoulder capsular tightness with pain, tight heel cords. Numbers: R shoulder flexion 120° → 135°, ER 30° → 40°
            ▸ Ther ex — 97110 · 13 min
              - AAROM with the cane for shoulder flexion 2 x 10, wall slides 2 x 10, seated heel-cord stretch 3 x 30 s
              - Why: keep the shoulder and ankle range she needs to dress and to stand
            """,
            ["G12.21", "M25.611"], [PT("97140", 10), PT("97110", 13)], []),

        // SVMS three codes, each on its own line with its minutes (97112 · 20, 97116 · 15, 97110 · 10), all match; Delivery Individual ticked; foam perturbations and tandem with head turns with Berg; Lofstrand gait with distance and SBA for recurvatum; hamstring curls and quad sets with doses for knee weakness: passes.
        ["v6-h105-svms-three-codes-three-lines"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Jacksonville room · 03/04/2026 · M. Brinkmann, PT
            Pt: Bill Oyler, 69 · SPMS
            Delivery: ☑ Individual (1 PT : 1 pt)  ☐ Concurrent  ☐ Group
            97112 Neuromuscular re-ed · 20 min — foam perturbations, tandem with head turns; postural control and sensory ataxia; Berg 45/56
            97116 Gait training · 15 min — L Lofstrand crutch, hall and ramp, cues for a soft R knee; R genu recurvatum; 400 ft with SBA
            97110 Therapeutic exercise · 10 min — hamstring curls with 2 lb 3 x 10, quad sets 3 x 10; R knee flexor and extensor weakness
            """,
            ["G35.C2", "R26.89"], [PT("97112", 20), PT("97116", 15), PT("97110", 10)], []),

        // BRPT minute box "[ 35 min ]" on the 97112 line against a 22-min line: mismatch; otherwise complete ("1:1, nobody else on the book"; foam step-ons, stride-stance perturbations, PNF pelvic patterns; L motor recruitment and postural control after a stroke; foam seconds and Berg).
        ["v6-h105-brpt-minute-box-35-against-22"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Opal Sutterfield, 79 · Pine Hollow
            1:1, nobody else on the book.
            TX — 97112 NMR  [ 35 min ]
            - L foot onto the foam and back, then L stance on the foam; perturbations in stride stance; PNF pelvic patterns at the bar
            PROBLEM: L motor recruitment and postural control since the stroke
            NUMBERS: L stance on foam 5 s; Berg 34/56
            R.A. Villines, PT
            """,
            ["I69.354"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // SVMS PTA "97116 Gait training · 28 min" against a 16-min PTA line: mismatch; otherwise complete (Lofstrand gait 4-point to 2-point with cues; spastic gait and R toe drag; distance with SBA).
        ["v6-h105-svms-pta-gait-28-against-16"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · Y. Ruiz, PTA (supervising PT C. Okafor)
            Pt: Deb Lindquist, 57 · SPMS

            97116 Gait training · 28 min
             • Lofstrand crutches, 4-point to 2-point in the hall, cues for R hip flexion in swing
            Impairments targeted: spastic gait, R toe drag
            Measures: 450 ft 2-point with SBA
            """,
            ["G35.C2"], [PTA("97116", 16)], [At(Mismatch, "97116")]),

        // WALS "▸ 97112 — 22 min" matches but "▸ 97530 — 25 min" against a 12-min line: mismatch on 97530; both sections complete (one-on-one; perturbations, foam, stepping reactions with Berg and pushes; transfer-pole and swivel-cushion transfers with assist and counts; postural control and hip and quad weakness).
        ["v6-h105-wals-second-code-25-against-12"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            SLC clinic day · 3/4/2026 · A. Lindqvist, PT, DPT
            Pt: Janae Whitmer, 47 · ALS
            ▸ 97112 — 22 min — one-on-one with Janae, husband watching
              - perturbations sitting and standing, foam stance, stepping reactions to pushes
              - Why: impaired postural control and slowing protective reactions. Numbers: Berg 41/56; 6 of 10 pushes with one step
            ▸ 97530 — 25 min
              - transfer-pole transfers bed to wheelchair, swivel-cushion car transfer
              - Why: hip and quad weakness, can't rise from low surfaces. Numbers: 3 pole transfers with CGA; car transfer x1 with minimal assist
            """,
            ["G12.21"], [PT("97112", 22), PT("97530", 12)], [At(Mismatch, "97530")]),

        // BRPT two code blocks with no minutes and "TOTAL TREATMENT TIME: 38 min" under them: no minutes for each code — separate time missing; both blocks complete ("1:1"; foam stance, perturbations, cane step-overs with Berg and perturbations; sit to stands, heel raises and cuff knee extension with doses; balance reactions, proprioception and leg weakness).
        ["v6-h105-brpt-total-treatment-time-only"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Delbert Shinn, 86 · Pine Hollow
            1:1 for the NMR, no other resident in the gym.
            TX — 97112 NMR
            - foam stance eyes closed, perturbations at the pelvis, stepping over the cane
            PROBLEM: slow balance reactions and poor proprioception in both feet. NUMBERS: Berg 37/56; 6 of 10 perturbations without a step
            TX — 97110 Ther ex
            - sit to stand 2 x 5, heel raises 2 x 12, seated knee extension 2 lb 2 x 10
            PROBLEM: quad and calf weakness
            TOTAL TREATMENT TIME: 38 min
            R.A. Villines, PT
            """,
            ["M62.81", "R26.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // SVMS "Billed: 97112 × 2 units; 97116 × 1 unit" — units, no minutes for either code: separate time missing; both parts complete (Delivery Individual ticked; perturbations on foam and tandem with head turns with Berg and tandem seconds; Bioness gait with distance and SBA; postural control and R foot drop).
        ["v6-h105-svms-units-and-no-minutes"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · C. Okafor, PT, DPT, NCS
            Pt: Karen Wessel, 61 · RRMS
            Delivery: ☑ Individual (1 PT : 1 pt)  ☐ Concurrent  ☐ Group
            Neuromuscular re-ed: perturbations on the foam, tandem walking with head turns. Impairments: postural control and proprioception. Measures: Berg 49/56; tandem 14 s.
            Gait training: Bioness L300 Go in the hall and the parking lot, heel-first cues. Impairments: R foot drop. Measures: 900 ft with SBA, no toe catch.
            Billed: 97112 × 2 units; 97116 × 1 unit
            """,
            ["G35.A", "M21.371"], [PT("97112", 24), PT("97116", 14)], [SepTime]),

        // WALS "▸ 97112 — 22 min" but the gait (97116) section has no minutes: separate time missing; both sections complete (one-on-one; perturbations, foam with head turns, stepping reactions with Berg and pushes; walker gait with distance and CGA; postural control, hip and knee weakness and a short step).
        ["v6-h105-wals-gait-section-without-minutes"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            St. George outreach clinic · 3/4/2026 · K. Fonoti, PT
            Pt: Stan Nakamura, 68 · limb-onset ALS
            ▸ 97112 — 22 min — one-on-one, daughter Amy watching
              - perturbations in standing at the plinth, foam stance with head turns, recovery steps off a push
              - Why: impaired postural control and slow protective stepping. Numbers: Berg 39/56; 5 of 10 pushes with one step
            ▸ Gait training (97116)
              - front-wheeled walker on the clinic hall and the outdoor path, cues for a longer step
              - Why: hip and knee weakness with a short, slow step. Numbers: 200 ft with CGA
            """,
            ["G12.21", "R26.89"], [PT("97112", 22), PT("97116", 15)], [SepTime]),

        // BRPT minutes after each code's description ("… nurses' station — 18 min", "… grab bar — 16 min"), both match; hemi-walker gait with cues, distance and CGA for recurvatum and toe drag; toilet and bed transfers with counts and CGA for R weight shift: passes.
        ["v6-h105-brpt-minutes-after-the-description"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Junior Dugger, 74 · Pine Hollow · R hemiparesis since his 2019 stroke
            97116 gait training with the hemi-walker down the hall to the nurses' station — 18 min
            - cues for R heel strike and a soft R knee; R knee snaps back and the R toe drags; 150 ft x 2 with CGA
            97530 transfers, bed to wheelchair and toilet at the grab bar — 16 min
            - poor weight shift onto the R; 6 transfers with CGA
            Cody Treat, PTA
            """,
            ["I69.351", "R26.89"], [PTA("97116", 18), PTA("97530", 16)], []),

        // SVMS "97112 NMR (23 mins)" and "97110 TE (12 mins)", both match; "Seen individually, PT and Tom only"; rocker board, tandem with head turns, kneeling rhythmic stabilisation with tandem steps and rocker seconds; prone hip extension, bridges and abduction with doses; truncal ataxia and hip extensor weakness: passes.
        ["v6-h105-svms-minutes-in-parentheses-mins"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · C. Okafor, PT, DPT, NCS
            Pt: Tom Heinz, 71 · SPMS
            Seen individually, PT and Tom only.
            97112 NMR (23 mins): rocker board eyes closed, tandem walking with head turns, half-kneel rhythmic stabilization. Impairments: truncal and gait ataxia, late righting reactions. Measures: tandem 7 steps; rocker M/L 12 s.
            97110 TE (12 mins): prone hip extension 3 x 10, bridges 3 x 12, side-lying abduction 3 x 10 each. Impairments: bilateral hip extensor weakness.
            """,
            ["G35.C0", "R27.0"], [PT("97112", 23), PT("97110", 12)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h105-empty-note-two-codes"] = new(
            "",
            ["G35.C2"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // An empty note on a PTA's 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h105-empty-note-pta-97116-no-dx"] = new(
            "",
            [], [PTA("97116", 18)], [At(NoteMissing, "97116"), Dx]),

        // A note of spaces, tabs and line breaks only (cells are trimmed) on an OT's 97530 with a diagnosis: note missing only.
        ["v7-h105-whitespace-and-line-breaks-only-ot-97530"] = new(
            "  \n\t \n   \t\n ",
            ["G12.21"], [OT("97530", 22)], [At(NoteMissing, "97530")]),

        // 97110's meaning at SVMS: step-ups to a 6-in step, sit-to-stands from a low chair, standing hamstring curls and calf stretch with loads, reps and holds (technique and measure), hip and knee extensor weakness with the stairs at home as the goal (deficit); 19 min matches: passes.
        ["v7-h105-svms-97110-hips-and-knees-for-the-stairs"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Jacksonville room · 03/04/2026 · Y. Ruiz, PTA (supervising PT M. Brinkmann)
            Pt: Nadine Voss, 49 · RRMS

            97110 Therapeutic exercise · 19 min
             • forward step-ups onto the 6" step, L leading, 3 x 10
             • sit-to-stands from the low chair holding a 5 lb ball, 3 x 8
             • standing hamstring curls with a 2 lb cuff 3 x 12 each; wall calf stretch 3 x 30 s each
            Impairments targeted: L hip and knee extensor weakness — she takes the 14 stairs to her bedroom one at a time holding both rails
            Measures: L knee extension 4-/5, hip extension 3+/5
            """,
            ["G35.A", "M62.81"], [PTA("97110", 19)], []),

        // 97530's meaning at BRPT: bed mobility with the half rail, supine to sit, bed-to-wheelchair stand-pivot with the CNA learning the guarding, standing at the sink (technique), R hip and trunk weakness and a slow weight shift after a stroke (deficit), assist levels and counts (measure); [ 20 min ] matches: passes.
        ["v7-h105-brpt-97530-bed-and-wheelchair-with-the-cna"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Inez Ledbetter, 91 · Pine Hollow, Rm 9
            Came by: Pine Hollow van w/ CNA Tammy, who stayed to learn the transfer
            TX — 97530 Ther activities  [ 20 min ]
            - rolling to the R and L with the half rail, supine to sit at the edge of the bed
            - stand-pivot bed to wheelchair toward the L, Tammy guarding at the gait belt
            - standing at the sink to brush her teeth with one hand on the counter
            PROBLEM: R hip and trunk weakness, slow to shift her weight onto the R, so the pivot is unsafe for the floor staff
            NUMBERS: supine to sit with minimal assist; 4 stand-pivots with CGA (2 by Tammy after cues); stood at the sink for the whole task with SBA
            FOR THE FLOOR: Tammy to teach the pivot on the evening shift
            R.A. Villines, PT
            """,
            ["I69.351", "Z74.09"], [PT("97530", 20)], []),

        // 97140's meaning at WALS: soft-tissue mobilisation to the calves and hamstrings, talocrural posterior glides by grade, sustained manual stretch (technique), calf cramps and heel-cord tightness with a toe-walking gait (deficit), dorsiflexion and popliteal angles before and after (measure); 11 min matches: passes.
        ["v7-h105-wals-97140-calf-cramps-and-heel-cords"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            SLC clinic day · 3/4/2026 · A. Lindqvist, PT, DPT
            Pt: Gordon Pace, 63 · limb-onset ALS · wife Deanna learned the stretch
            ▸ 97140 — 11 min
              - soft-tissue mobilization to both gastroc-soleus groups and hamstrings
              - talocrural posterior glides grade III, 3 bouts each ankle
              - sustained manual heel-cord and hamstring stretch, 3 x 45 s each
            ▸ Why skilled: night cramps in both calves and tight heel cords — he is coming up on his toes in late stance
            ▸ Numbers: ankle DF with the knee straight R −2° → 4°, L 0° → 5°; popliteal angle R 40° → 30°
            """,
            ["G12.21", "R25.2"], [PT("97140", 11)], []),

        // 97116's meaning at BRPT: quad-cane gait on the clinic's ramp and gravel drive with cues for L heel strike and a longer R step (technique), L foot drag and a short R step years after a stroke (deficit), distance with SBA and the ramp with CGA (measure); [ 19 min ] matches: passes.
        ["v7-h105-brpt-97116-ramp-and-gravel-drive"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Ova Mae Hensley, 87 · Searcy County Manor
            TX — 97116 Gait training  [ 19 min ]
            - quad cane on the clinic's ramp and the gravel drive out front, cues for L heel strike and a longer R step
            - stepping off the gravel onto the concrete pad without stopping
            PROBLEM: L foot drags and the R step is short, eleven years after her stroke
            NUMBERS: 240 ft on the gravel with SBA; ramp x 2 with CGA
            Cody Treat, PTA
            """,
            ["I69.354", "R26.89"], [PTA("97116", 19)], []),

        // Wholly generic SVMS 97112: "NMR 97112 x 22 min. Balance exercises per plan. Tolerated well. Continue POC." — no technique, deficit, number but its code and minutes, or one-on-one statement.
        ["v7-h105-svms-generic-97112"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            NMR 97112 x 22 min. Balance exercises per plan. Tolerated well. Continue POC.
            """,
            ["G35.C2"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic BRPT 97110: "Maintenance exercises per POC. Pt tolerated well. Continue skilled maintenance." — no exercise, region, impairment or dose named.
        ["v7-h105-brpt-generic-maintenance-97110"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            TX — 97110 Ther ex  [ 18 min ]
            Maintenance exercises per POC. Pt tolerated well. Continue skilled maintenance.
            Cody Treat, PTA
            """,
            ["R26.89"], [PTA("97110", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic WALS 97110 + 97530 with minutes for each (14 and 20, both match): "exercise per program" and "functional activities per plan", "Pt tolerated, no complaints, continue." — nothing named for either code.
        ["v7-h105-wals-generic-97110-and-97530-with-minutes"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            ▸ 97110 — 14 min: exercise per program.
            ▸ 97530 — 20 min: functional activities per plan.
            Pt tolerated, no complaints, continue.
            """,
            ["G12.21"], [PT("97110", 14), PT("97530", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // SVMS skilled-maintenance year, SPMS on dalfampridine and baclofen, cooling vest, seen before her fatigue sets in; Delivery Individual ticked; rocker board with perturbations, foam stance with head turns, hurdles with a dual task; postural control and proprioception with spastic paraparesis; Berg and FGA against the recert; 23 min matches: passes.
        ["vord-h105-svms-spms-maintenance-year-cooling-vest"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · C. Okafor, PT, DPT, NCS
            Pt: Denise Albers, 58 · SPMS (non-active) · EDSS 6.0 · dalfampridine 10 mg BID, baclofen 10 mg TID
            Episode: skilled maintenance, year 3 — plateaued in 2024, maintenance since
            Heat/fatigue: cooling vest on; seen first thing in the morning, before her fatigue sets in
            Delivery: ☑ Individual (1 PT : 1 pt)  ☐ Concurrent  ☐ Group

            97112 Neuromuscular re-ed · 23 min
             • rocker board A/P with perturbations at the pelvis
             • foam stance with head turns, then catching a ball
             • stepping over the hurdles while naming animals (dual task)
            Impairments targeted: impaired postural control and proprioception with spastic paraparesis; she loses her balance turning at the stove
            Measures: Berg 41/56 and FGA 13/30, both unchanged from the recert (maintained); hurdles 8 of 10 clean with the dual task
            Skilled need: ☐ Restorative  ☑ Maintenance — without a PT progressing the perturbation work she declined both winters she stopped
            """,
            ["G35.C2", "R26.89"], [PT("97112", 23)], []),

        // SVMS 97530 for a woman who works at the Capitol: stairs carrying a tote of files, a heavy door, rising from a low chair, with flights, counts and assist; L leg weakness and fatigue with a work goal; 22 min matches: passes.
        ["vord-h105-svms-capitol-stairs-with-a-tote-97530"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · M. Brinkmann, PT
            Pt: LaShonda Pierce, 44 · RRMS · works in an office at the Capitol

            97530 Therapeutic activities · 22 min
             • the clinic stairs carrying a tote of files (8 lb), one rail, reciprocal up and step-to down
             • opening the heavy fire door with the tote on her shoulder and walking through
             • standing up from the low lobby chair and picking the tote up off the floor
            Impairments targeted: L leg weakness and fatigue — by afternoon she can't carry files up the east steps at the Capitol
            Measures: 3 flights of 12 steps with SBA, rested on the landing once; door x 5 independent; floor pick-ups x 6
            """,
            ["G35.A", "R53.83"], [PT("97530", 22)], []),

        // SVMS after a December relapse, back to baseline: "97112 Neuromuscular re-ed · 20 min" and "97116 Gait training · 15 min", both match; Delivery Individual ticked; stepping-strategy drill, foam with head turns, tandem with Mini-BESTest and nudges; Bioness gait with distance and SBA; postural control and R foot drop: passes.
        ["vord-h105-svms-back-to-baseline-after-the-relapse"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Decatur satellite · 03/04/2026 · M. Brinkmann, PT
            Pt: Angela Ferris, 50 · SPMS, relapse in December, back to baseline this week
            Delivery: ☑ Individual (1 PT : 1 pt)  ☐ Concurrent  ☐ Group

            97112 Neuromuscular re-ed · 20 min
             • stepping-strategy drill to pushes, foam stance with head turns, tandem along the bar
            Impairments targeted: postural control and delayed stepping reactions
            Measures: Mini-BESTest 18/28 (back to her pre-relapse 18); 7 of 10 pushes with one step
            97116 Gait training · 15 min
             • Bioness L300 Go on the R, hall and parking lot, heel-first cues
            Impairments targeted: R foot drop
            Measures: 800 ft with SBA, no toe catch
            """,
            ["G35.C2", "M21.371"], [PT("97112", 20), PT("97116", 15)], []),

        // SVMS PTA 97110 for spasticity: prolonged hamstring, hip flexor and calf stretches with holds, active-assisted hip flexion and bridges with reps; bilateral hip flexor, hamstring and calf spasticity with tone scores and range; 17 min matches: passes.
        ["vord-h105-svms-pta-stretching-for-spasticity-97110"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · Y. Ruiz, PTA (supervising PT C. Okafor)
            Pt: Arnie Schrage, 59 · SPMS · baclofen

            97110 Therapeutic exercise · 17 min
             • prolonged hamstring stretch with the strap, 3 x 60 s each leg
             • prone hip flexor stretch 3 x 60 s; standing calf stretch at the wall 3 x 45 s each
             • active-assisted hip flexion in supine 2 x 10 each, bridges 3 x 10
            Impairments targeted: spasticity in both hip flexors, hamstrings and calves; morning stiffness makes his first steps out of bed unsafe
            Measures: MAS hamstrings 2 each side, calves 1+; popliteal angle R 45°, L 40°
            """,
            ["G35.C2", "R25.2"], [PTA("97110", 17)], []),

        // BRPT Marshall 97530 at H&Y 4: rolling with the half rail, supine to sit with a leg-lift strap, sit to stand with counting and a forward lean, CNA shown the cues; axial rigidity and weakness, he gets stuck in bed; assist levels and counts; [ 21 min ] matches: passes.
        ["vord-h105-brpt-bed-mobility-at-stage-4-97530"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Marshall office
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Earl Keeter, 81 · Searcy County Manor, Rm 12 · Parkinson's, H&Y 4
            Came by: Manor van with CNA Darlene, who learned the cues
            TX — 97530 Ther activities  [ 21 min ]
            - rolling to each side with the half rail, counting "one, two, three, roll"
            - supine to sit with the leg-lifter strap
            - sit to stand from the bed with a forward lean and the count
            PROBLEM: axial rigidity and hip weakness — he gets stuck flat in bed and calls for two staff at night
            NUMBERS: rolling to each side with SBA; supine to sit with minimal assist x 3; sit to stand x 5 with CGA
            FOR THE FLOOR: Darlene did the count and the strap on the last two, return demo good
            R.A. Villines, PT
            """,
            ["G20.A2", "Z74.09"], [PT("97530", 21)], []),

        // BRPT post-polio 97116 in a new L double-upright AFO: cane gait on the clinic walk, the gravel drive and the porch ramp with cues; L foot drop and knee hyperextension on the polio side; distance with SBA and ramp with CGA; [ 18 min ] matches: passes.
        ["vord-h105-brpt-post-polio-new-afo-97116"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B)
            Pt: Vester Keeling, 86 · post-polio · new L double-upright AFO from the orthotist in Harrison
            TX — 97116 Gait training  [ 18 min ]
            - cane gait in the new AFO along the clinic walk, the gravel drive and the porch ramp
            - cues for L heel strike and a soft L knee, stopping and turning on the gravel
            PROBLEM: L foot drop and L knee snaps back in stance (the polio leg), tires halfway to the mailbox
            NUMBERS: 320 ft with SBA in the AFO; porch ramp x 2 with CGA
            R.A. Villines, PT
            """,
            ["M21.372", "M62.81"], [PT("97116", 18)], []),

        // BRPT 97140 years after a stroke: gastroc-soleus STM, talocrural posterior glides by grade and bouts, sustained manual stretch into dorsiflexion; L plantarflexion contracture keeping her heel off the footplate; dorsiflexion degrees before and after; [ 12 min ] matches: passes.
        ["vord-h105-brpt-ankle-contracture-97140"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Opal Sutterfield, 79 · Pine Hollow · L hemiparesis, 2017 stroke
            TX — 97140 Manual therapy  [ 12 min ]
            - STM to the L gastroc-soleus and Achilles
            - talocrural posterior glides grade III, 3 x 30 s
            - sustained manual stretch into L dorsiflexion, knee straight then bent
            PROBLEM: L plantarflexion contracture — her L heel won't sit on the footplate or the floor when she stands
            NUMBERS: L ankle DF −10° → −4° with the knee straight
            FOR THE FLOOR: heel-down positioning in the wheelchair, night splint per nursing
            R.A. Villines, PT
            """,
            ["I69.354", "M24.572"], [PT("97140", 12)], []),

        // BRPT OT (Tuesdays) 97530: one-handed upper-body dressing with the hemi technique, buttoning with a button hook, a cardigan over the weak arm first; L arm flaccid with neglect years after a stroke; assist levels and counts; [ 23 min ] matches the OT line: passes.
        ["vord-h105-brpt-ot-hemi-dressing-97530"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper · OT (Tuesdays)
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Ova Mae Hensley, 87 · Searcy County Manor
            TX — 97530 Ther activities (OT)  [ 23 min ]
            - upper-body dressing seated, hemi technique: cardigan over the L arm first, then over the head and the R
            - buttoning with the button hook; bra with the front fastener
            - finding the L sleeve without looking after the cue "check left"
            PROBLEM: L arm flaccid with L neglect — she dresses only the R side and leaves the L sleeve hanging
            NUMBERS: cardigan on with minimal assist x 2; 4 of 5 buttons with the hook, SBA; found the L sleeve 3 of 4 with one cue
            Darla Bolding, OTR/L
            """,
            ["I69.354", "R41.4"], [OT("97530", 23)], []),

        // BRPT annual re-check in the maintenance episode renewed in January: "One-on-one, nobody else in the gym"; foam step-ons, stride-stance perturbations, PNF pelvic patterns; R motor recruitment and postural control after a stroke; Berg, TUG and foam seconds against last year's re-check; [ 24 min ] matches: passes.
        ["vord-h105-brpt-annual-re-check-97112"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Junior Dugger, 74 · Pine Hollow, Rm 17 · R hemiparesis since his 2019 stroke
            Episode: maintenance (Jimmo), yr 3 — annual re-check; recert signed 01/08/26
            One-on-one, nobody else in the gym.
            TX — 97112 NMR  [ 24 min ]
            - stepping the R foot onto the foam and holding, L taps to a cone
            - perturbations in stride stance, R leg forward
            - PNF pelvic patterns at the bar, resisted on the R
            PROBLEM: R motor recruitment and postural control — he loses his balance toward the R when he turns from the sink
            NUMBERS (re-check):   3/2025      today
              Berg                 36/56       37/56
              TUG (hemi-walker)    21.4 s      20.8 s
              R stance on foam     4 s         5 s
            Holding steady a year on — continue maintenance, RNP walk-to-dine
            R.A. Villines, PT
            """,
            ["I69.351", "R26.81"], [PT("97112", 24)], []),

        // WALS bulbar-onset ALS, a retired piano teacher: "Individual session — the PT with Paula alone"; seated and standing perturbations, foam with head turns, stepping responses; postural control and slowing stepping reactions; Berg and pushes; 21 min matches: passes.
        ["vord-h105-wals-bulbar-onset-piano-teacher"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            SLC clinic day · 3/4/2026 · clinic visit #4 · K. Fonoti, PT
            Pt: Paula Esplin, 66 · bulbar-onset ALS (2024), now some hip weakness · retired piano teacher from Bountiful · speaks with her tablet
            Individual session — the PT with Paula alone; her husband waited in the hall.
            ▸ 97112 — 21 min
              - perturbations sitting on the edge of the plinth, then standing at the bar
              - foam stance with head turns
              - stepping responses to light pushes, forward and to the sides
            ▸ Why skilled: impaired postural control and slowing stepping reactions as the weakness reaches her hips
            ▸ Numbers: Berg 47/56 (50 at visit #3); 8 of 10 pushes recovered with one step
            """,
            ["G12.21", "R26.81"], [PT("97112", 21)], []),

        // WALS Friday neuromuscular follow-up, limb-girdle dystrophy (calpain): sub-maximal hip-girdle strengthening — bridges, side-lying abduction, sit-to-stands to a raised mat, wall squats — with doses kept short of fatigue; hip extensor and abductor weakness with a waddling gait and a stairs goal; MMT and 5x sit-to-stand; 16 min matches: passes.
        ["vord-h105-wals-limb-girdle-hip-strengthening-97110"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — FRIDAY NEUROMUSCULAR FOLLOW-UP (Murray gym)
            3/4/2026 · K. Fonoti, PT
            Pt: Carla Jensen, 45 · limb-girdle muscular dystrophy (calpain, LGMD R1) · school librarian in Sandy
            ▸ 97110 — 16 min
              - bridges 2 x 10; side-lying hip abduction 2 x 8 each, no weight
              - sit-to-stands to the raised mat 2 x 8; wall squats to 45° 2 x 8
              - every set stopped short of fatigue — sub-maximal on purpose, no eccentric loading
            ▸ Why skilled: hip extensor and abductor weakness with a waddling gait; she holds both rails for the library's stairs
            ▸ Numbers: MMT hip extension 3/5, abduction 3-/5 each side; 5x sit-to-stand 17.2 s from the standard chair
            """,
            ["G71.032", "M62.81"], [PT("97110", 16)], []),

        // WALS myotonic dystrophy type 1, 97530: grip warm-up (repeated grasp-release before tasks), opening jars and the car door, carrying grocery bags up the porch steps; grip myotonia and distal weakness with foot drop; repetitions to release, carries and steps with SBA; 19 min matches: passes.
        ["vord-h105-wals-myotonic-dystrophy-warm-up-97530"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — FRIDAY NEUROMUSCULAR FOLLOW-UP (Murray gym)
            3/4/2026 · A. Lindqvist, PT, DPT
            Pt: Ryan Ostler, 50 · myotonic dystrophy type 1 · runs the parts counter at a dealership
            ▸ 97530 — 19 min
              - warm-up before each task: repeated grasp and release until the grip lets go on time
              - opening the jar and the pickle-bottle lids, opening the car door on the mock-up
              - carrying two grocery bags (6 lb each) up the four porch steps on the practice stairs
            ▸ Why skilled: grip myotonia — his hand locks on the bag handles and the car door — with distal hand weakness and bilateral foot drop that catches on the top step
            ▸ Numbers: grip released on time after 6 warm-up squeezes (10 last month); bags up the steps x 3 with SBA, no toe catch with the AFOs on
            """,
            ["G71.11"], [PT("97530", 19)], []),

        // WALS FSHD, 97116 in new carbon AFOs: gait on the hall, carpet, ramp and the gravel path to the parking lot with cues for trunk position; bilateral foot drop with steppage and increased lumbar lordosis; 10MWT and distance with SBA; 17 min matches: passes.
        ["vord-h105-wals-fshd-new-carbon-afos-97116"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — FRIDAY NEUROMUSCULAR FOLLOW-UP (Murray gym)
            3/4/2026 · B. Sorensen, PTA (supervising PT K. Fonoti)
            Pt: Heather Lund, 41 · FSHD · new carbon AFOs from the orthotics lab, both legs
            ▸ 97116 — 17 min
              - gait in the new AFOs: hall, carpet, the ramp and the gravel path to the parking lot
              - cues to keep her ribs over her pelvis instead of leaning back, and for an even step
            ▸ Why skilled: bilateral foot drop with a steppage gait and increased lumbar lordosis from hip and trunk weakness
            ▸ Numbers: 10MWT 1.02 m/s in the AFOs vs 0.88 m/s without; 600 ft on the gravel path with SBA
            """,
            ["G71.02", "M21.371", "M21.372"], [PTA("97116", 17)], []),

        // WALS Murray gym, a PT's 97112 ("— 21 min — PT one-on-one with Gordon") and a PTA's 97110 ("— 14 min"), both match one discipline's lines; stance perturbations with AFO, foam stance with head turns, stepping reactions with Berg and pushes; sub-fatigue band and cuff work with doses; late ankle strategy and postural control, hip and knee weakness: passes.
        ["vord-h105-wals-pt-nmr-and-pta-ther-ex-97112-97110"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT FOLLOW-UP (Murray gym)
            3/4/2026 · A. Lindqvist, PT, DPT / B. Sorensen, PTA
            Pt: Gordon Pace, 63 · limb-onset ALS, L leg first
            ▸ 97112 — 21 min — PT one-on-one with Gordon, Deanna in the chair by the window
              - perturbations in stance with the L AFO on, foam stance with head turns, stepping reactions to pushes
              - Why: late L ankle strategy and impaired postural control. Numbers: Berg 42/56; 6 of 10 pushes with one step
            ▸ 97110 — 14 min (PTA)
              - seated knee extension with a 2 lb cuff 2 x 8, standing hip abduction at the counter 2 x 8, red-band hip extension 2 x 8, all stopped short of fatigue
              - Why: L hip and knee weakness, L knee buckles late in the day
            """,
            ["G12.21", "M21.372"], [PT("97112", 21), PTA("97110", 14)], []),

        // SVMS 97140 for spasticity and stiffness: hamstring and calf STM, talocrural posterior glides by grade, sustained manual stretch; R hamstring and calf tightness from spasticity with a toe-first gait; popliteal angle and dorsiflexion before and after; 12 min matches: passes.
        ["vord-h105-svms-manual-for-tight-hamstrings-and-calf-97140"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            Koke Mill clinic · 03/04/2026 · M. Brinkmann, PT
            Pt: Curtis Bland, 55 · PPMS · EDSS 6.0

            97140 Manual therapy · 12 min
             • STM to the R hamstrings and gastroc-soleus
             • talocrural posterior glides grade III, 3 x 30 s
             • sustained manual stretch to the R hamstrings and calf, 3 x 60 s each
            Impairments targeted: R hamstring and calf tightness from spasticity — he lands toe-first on the R
            Measures: popliteal angle R 50° → 40°; R ankle DF −5° → 2° with the knee straight
            """,
            ["G35.B0", "M62.461"], [PT("97140", 12)], []),

        // BRPT a stroke eight years out, "97112 NMR [ 21 min ]" and "97116 Gait training [ 15 min ]", both match; "1:1 for the NMR — just me and Mr. Clois"; foam step-ons, stride-stance perturbations with Berg and perturbations; quad-cane gait with distance and CGA; L postural control, L foot drag and short R step: passes.
        ["vord-h105-brpt-stroke-eight-years-out-97112-97116"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Marshall office
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Clois Ledford, 80 · Searcy County Manor, Rm 27 · L hemiparesis, stroke 2018
            Episode: maintenance (Jimmo), renewed January
            1:1 for the NMR — just me and Mr. Clois.
            TX — 97112 NMR  [ 21 min ]
            - stepping the L foot onto the foam and holding, perturbations in stride stance
            PROBLEM: L postural control and weight shift. NUMBERS: Berg 35/56; 5 of 8 perturbations without the bar
            TX — 97116 Gait training  [ 15 min ]
            - quad cane down the clinic hall, cues for L heel strike
            PROBLEM: L foot drags, short R step. NUMBERS: 180 ft x 2 with CGA
            R.A. Villines, PT
            """,
            ["I69.354", "R26.89"], [PT("97112", 21), PT("97116", 15)], []),

        // WALS complete 97112 ("Just the two of us for the whole 97112"; stance perturbations, foam with head turns, stepping reactions; late ankle strategy and postural control; Berg and foam seconds) sent with no diagnosis.
        ["vord-h105-wals-complete-note-no-diagnosis"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT STATION
            SLC clinic day · 3/4/2026 · A. Lindqvist, PT, DPT
            Pt: Merrill Hatch, 70 · limb-onset ALS
            ▸ 97112 — 22 min. Just the two of us for the whole 97112.
              - perturbations in stance with the R AFO on, foam stance with head turns, stepping reactions to pushes
            ▸ Why skilled: late R ankle strategy and impaired postural control
            ▸ Numbers: Berg 44/56; foam eyes closed 10 s
            """,
            [], [PT("97112", 22)], [Dx]),

        // BRPT complete 97112 at H&Y 4 ("One-on-one"; backward-pull stepping, tape-line turns, weight-shift initiation; retropulsion and freezing; pull test and freezes) with the ICD-9 code 332.0 from an old referral as its diagnosis: not a well-formed ICD-10-CM code.
        ["vord-h105-brpt-icd9-332-0"] = new(
            """
            BUFFALO RIVER PHYSICAL THERAPY — Jasper
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Harlan Cheatham, 84 · Pine Hollow · referral on file from 2014 (Dx 332.0)
            One-on-one, Mr. Harlan and me only.
            TX — 97112 NMR  [ 22 min ]
            - stepping drill to backward pulls at the hips, turns following the tape line, weight shift before the first step
            PROBLEM: retropulsion (postural instability) and freezing on turns
            NUMBERS: pull test 4 steps back; froze on 2 of 5 turns
            R.A. Villines, PT
            """,
            ["332.0"], [PT("97112", 22)], [Dx]),

        // SVMS short note, two codes with only "total 38 min" and "Pt seen for NMR and ther ex per POC. Tolerated well, no complaints. Continue plan of care.": no technique, deficit or measure for either code, no one-on-one statement for the 97112, no minutes for each.
        ["vord-h105-svms-generic-two-codes-total"] = new(
            """
            SANGAMON VALLEY MS CENTER · NEURO REHAB · DAILY NOTE
            97112, 97110 — total 38 min
            Pt seen for NMR and ther ex per POC. Tolerated well, no complaints. Continue plan of care.
            """,
            ["G35.C2"], [PT("97112", 24), PT("97110", 14)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // WALS Murray gym PTA "▸ 97116 — 30 min" against an 18-min PTA line: mismatch; otherwise complete (rollator gait on the hall and ramp with cues; L foot drop and buckling; distance with SBA).
        ["vord-h105-wals-pta-gait-30-against-18"] = new(
            """
            WASATCH ALS MULTIDISCIPLINARY CLINIC — PT FOLLOW-UP (Murray gym)
            3/4/2026 · B. Sorensen, PTA (supervising PT A. Lindqvist)
            Pt: Gordon Pace, 63 · limb-onset ALS
            ▸ 97116 — 30 min
              - rollator gait in the hall and on the ramp, cues for heel first on the L
            ▸ Why skilled: L foot drop, L knee buckles late in stance
            ▸ Numbers: 200 ft x 2 with SBA
            """,
            ["G12.21", "M21.372"], [PTA("97116", 18)], [At(Mismatch, "97116")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
