using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The eighty-sixth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of physical therapy for movement disorders and the rarer neuromuscular conditions —
/// spinocerebellar ataxias (SCA2, SCA3 / Machado-Joseph, SCA6), a late-onset idiopathic cerebellar ataxia,
/// Friedreich's ataxia, cervical dystonia (rotational torticollis, laterocollis and anterocollis) through its
/// botulinum-toxin cycles, DYT1 generalised dystonia, Huntington's disease (and a man at risk with no signs),
/// essential tremor, Charcot-Marie-Tooth (CMT1A and CMT2), myasthenia gravis, post-polio syndrome, early limb-onset
/// ALS, inclusion-body myositis, FSHD, myotonic dystrophy and hereditary spastic paraplegia — as a university
/// movement-disorders centre, a neuromuscular clinic day and a community neuro practice write it: SARA totals and
/// item scores, mFARS upright stability, BBS, FGA, 9HPT by hand, UHDRS pieces (tandem walking, the retropulsion pull
/// test, gait, total motor score), TWSTRS severity, head position at rest in degrees, hand-held dynamometry, MMT
/// grids, ALSFRS-R and the RT's FVC, falls diaries, fatigue and energy conservation, sub-fatigue strengthening,
/// orthoses (AFOs, a BlueRocker, a Swedish knee cage, a stance-control KAFO), the Bleton method, sensory tricks,
/// Frenkel, Kinect exergames, a Zero G body-weight support, a rebounder — about two thirds ordinary and complete (69
/// of 106), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a
/// PTA's code on one visit, a PT's and an OT's code on one clinic day), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a university movement-disorders centre's PT clinic ("Rivanna University Health · Movement Disorders
/// Center · Neuro PT": the Pantops clinic and its Gait &amp; Balance Lab in Charlottesville, Virginia, and satellites
/// in Harrisonburg and Culpeper) on an EMR treatment-note template (Interval hx, Interventions, Outcomes, Findings,
/// Plan), referring movement-disorders neurologists, a BoNT-A cycle box, a "Delivery mode" drop-down, a "Skilled
/// need" row (restorative or maintenance), a natural-history study coordinator, a Spanish interpreter in person and
/// on an iPad, a Thursday ataxia class: a Nelson County apple-orchard owner and a Madison County dairy farmer, a
/// retired Amtrak conductor from Culpeper, a poultry-plant line supervisor, a bluegrass fiddler, a vineyard
/// tasting-room host, a library cataloguer, an engineering graduate student, a florist, a former line cook, a
/// retired long-haul trucker, a Staunton church organist, a JMU sophomore in a dorm;</item>
/// <item>a neuromuscular (MDA-style) care centre ("Huron Valley Neuromuscular Care Center": the Thursday
/// multidisciplinary clinic in Ann Arbor, an outreach clinic day in Jackson and the centre's therapy gym, Michigan)
/// writing station notes with "»" lines — the team of the day, the RT's FVC, ALSFRS-R from clinic, MMT and
/// dynamometry grids, a falls diary in the patient's own hand, orthoses delivered at clinic, a "Minutes by code"
/// row, a PT station and an OT station on one day, a post-polio pacing-and-strength class: a retired UAW electrician
/// from Ypsilanti, a school librarian, a retired powertrain engineer and a retired ICU nurse with IBM, a bakery
/// counter clerk with myasthenia, a woman who had polio in 1952, a high-school hockey goalie and a letter carrier
/// with CMT, an EMU junior with Friedreich's, an HVAC tech with FSHD, a dairy farmer with myotonic dystrophy, a
/// pharmacist with HSP;</item>
/// <item>a community neuro practice ("Quinsigamond Neuro PT": Shrewsbury Street in Worcester, Leominster and
/// Webster, Massachusetts) writing "Pt:", "S:", "A:", "O:", "P:" shorthand, first-person lines and a portal
/// message to the referring neurologist, an "Impairments addressed" tick row, device, orthosis and assist rows, a
/// time log without colons, prime minutes ("21'"), a Tuesday Huntington's "Moving Well" group, a Portuguese
/// interpreter in person and by phone: a retired letter carrier in a third-floor walk-up, a woman with Huntington's
/// and her daughter, an Azorean-born retired fish-plant worker with Machado-Joseph disease, a bank teller with
/// cervical dystonia, a retired machinist with essential tremor, a CNA with HSP, a retired teacher with SCA6, a
/// retired plumber, a middle-school science teacher with CMT, a retired highway-department foreman with myasthenia,
/// an eighty-year-old in a KAFO since his teens.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h86-…): one-on-one in these writers' own words ("The Gait &amp; Balance Lab was booked to Mr.
/// Haskins alone; the PT was hands-on with him and no one else", "Station visit was individual — the PT with Devin
/// and nobody else for the whole NMR", "I did not treat anyone else while she was on my mat for the re-ed", "He had me
/// to himself for all of the balance re-ed; his dad waited out in the hall", "Atendimento individual / individual
/// session — the PT with Sr. Medeiros only … (the interpreter only interpreted)", an individual session with the
/// interpreter on an iPad), notes that negate it (the PT also spotting another patient on the treadmill beside them,
/// a Thursday ataxia class of five, a PTA setting the next patient up on the recumbent stepper while the patient held
/// tandem stance) or never state it (a study coordinator sitting in to video the walking, a wife who brought the
/// falls diary, a wife in the room), and the codes without a one-on-one check (only 97112 is the one-on-one code in
/// the shipped medicare profile): a 97110 in a post-polio pacing-and-strength class and a 97530 in a Huntington's
/// group;</item>
/// <item>class 2 (v2-h86-…): template states: a "Delivery mode" drop-down set to "Individual — one therapist : one
/// patient" and to "Concurrent — 2 patients", "Direct one-on-one for timed codes — PT initials: ______" left blank,
/// an "Outcome measures today" row left blank with nothing else numbered, an "Impairments addressed" tick row with a
/// "1:1 check" box, device, orthosis and assist rows on a 97116, a BoNT-A cycle box, a falls-diary grid in the
/// patient's hand on a 97530, "Patients treated by this PT during the 97112 block: 1 (this patient)", an HEP and
/// service checklist with nothing else, an MMT grid on a 97110, a "Skilled need" row ticked maintenance;</item>
/// <item>class 3 (v3-h86-…): named protocols, programmes and devices as techniques (the Bleton method, an Allard
/// BlueRocker AFO, a Swedish knee cage, Zero G overground body-weight support with perturbations, the Frenkel
/// progression, Kinect exergames, a stance-control KAFO, a rebounder, organ-loft and organ-bench practice), a
/// sensory-trick (geste antagoniste) session with no number, a named sub-fatigue programme with no dose and a named
/// balance programme with no deficit;</item>
/// <item>class 4 (v4-h86-…): deficits stated as findings in the patients' and families' words and on exam (bounces off
/// the door frames and overshoots turns, toes catch on the rug edge and the attic-ladder rungs, a leg that flies out on
/// turns, a chin that can't come back to the music stand, knees that give way at the bus-stop curb and the pew, toes
/// that catch on the residents' thresholds, a "good" leg that gives out by the second aisle, falls reaching into a dorm
/// shower, a tremor that worsens on the cellar stairs) and notes that state none (a man referred by the genetic
/// counsellor before any symptoms, a total motor score of 0 and "No motor impairment found", a dystonia patient at
/// the peak of a toxin cycle with "Nothing to treat this cycle");</item>
/// <item>class 5 (v5-h86-…): measures in their usual forms (SARA with its eight items, UHDRS tandem walking and the
/// pull test, 9HPT by hand, TWSTRS severity and head rotation at rest, hand-held dynamometry in kilograms, the timed
/// 25-foot walk and 10-m walk speeds, Berg with the items lost and five-times sit-to-stand, the 30-second chair stand)
/// and notes with none (a wife's "steadier at home this week" through the interpreter, "SARA deferred", "Looked less
/// tired at the end than last time", a portal message to the neurologist, "Ankle moving better after the
/// stretch");</item>
/// <item>class 6 (v6-h86-…): minutes in their usual forms ("97112 → 22 min", a time log without colons, a PT station
/// and an OT station on one clinic day, a 97110 split "8 min … + 7 min after", "Minutes by code — 97110: 13 · 97530:
/// 22", a PT's and a PTA's code, prime minutes for three codes, a station split around the orthotist's visit,
/// minutes after the description "— 97112, 18 min") and true mismatches (NMR 36 against 24, a PTA's gait 12 against
/// 25, ther ex 27 against 15) and truly missing separate time ("Total timed: 38 min (NMR and gait)", units with no
/// minutes, a gait section with no minutes);</item>
/// <item>class 7 (v7-h86-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a dairy farmer's ankles and hips with myotonia), 97530 (a tub wall, the
/// floor and a laundry basket with SCA6), 97140 (scalene and SCM work, upper-thoracic glides and a first rib with
/// laterocollis) and 97116 (a weighted rollator on gravel and through a barn-door gap with SCA2), wholly generic 97112,
/// 97110 + 97530 and 97140 notes;</item>
/// <item>ordinary (vord-h86-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (333.4), a generic two-code
/// note with a total, a PTA's exercise time that differs, an OT's re-education time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — referring neurologists, a
/// genetic counsellor, a study coordinator, an orthotist, the RT, interpreters in person, by phone and by video,
/// wives, a husband at the front desk, a daughter, a dad in the hall, another patient on the treadmill, SARA totals
/// and item scores, mFARS, BBS, FGA, UHDRS items and total motor score, TWSTRS, 9HPT seconds, ALSFRS-R, FVC
/// percentages, MMT grades, dynamometry kilograms, CAG repeats, toxin cycles and weeks, falls-diary dates and counts,
/// ages, the year of a polio, body-weight-support percentages, treadmill speeds, step, curb and box heights, floors
/// of a walk-up, exergame scores and degrees — and each is written so that a reviewer cannot take it for a code's
/// minutes; the notes failed for want of a measure carry no number but their code's and its minutes (no SCA type,
/// no test name with a digit, no date or age); no note gives minutes to a test, a rest, a drive, a tolerance, a work
/// shift or a clinic station.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes
/// the measure check only on an objective measure with a number and fails it only when the note has no number but
/// its code, its minutes and numbers that are plainly something else; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes:
/// a family member, caregiver or staff escort in the room does not undo a one-on-one statement, another patient
/// treated in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside
/// the billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a
/// measure without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only
/// number, a cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the
/// whole of a 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time
/// with one timed code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test,
/// canalith repositioning, three-character or dotless diagnosis codes, and any line with a code that has no
/// documentation profile (hot packs, IFC and unattended stimulation, traction, functional capacity evaluations and
/// evaluations stay in the notes, never on a line).
/// This set also leaves out whether therapy for a progressive disease is restorative or skilled maintenance and
/// whether it can still be expected to help (a coverage question, not the note's), a disease, a gene or a repeat
/// count named as a 97112's only target (every passing 97112 names an ataxia, a proprioceptive, postural-control,
/// timing or motor-control deficit), a clinic's or a disease's name in a note failed for want of a deficit (those
/// notes carry a short header that names no condition), the RT's FVC, an ALSFRS-R, a fatigue or confidence
/// self-rating, a falls-diary count, a toxin-cycle week or a CAG count as a note's only number, a study's own
/// procedures inside the billed time, a co-treatment by a PT and an OT in one block, the three-character codes G10,
/// G14 and B91 (the Huntington's and post-polio visits carry their signs' and history's codes instead), orthotic
/// fitting and checkout (97760 and 97763), wheelchair seating, energy-conservation and self-care training (97542,
/// 97535) and group therapy (97150) on a line, and whether exergames, a weighted pen, a rebounder or organ-bench
/// practice belongs under 97110, 97112 or 97530 (a coding question, not the note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 97 of 106 cases agree (104 needed), and 8 of the 69 notes the reviewer passes got a finding, on the analyzer of 348bd96 (the start of the 2026-12-06 thirteenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 104 of 106, 2 false positives — "Freezes turning", "signature shrinks", "can't keep his balance" as deficits (the clinic's title had stood in for them), "Just the PT and Devin in the exergame corner the whole time", "Patients treated by this PT during the 97112 block: 1 (this patient)", vocabulary from a helper who had not written the set (Bleton method, butterfly drops, TWSTRS, head tilt at rest). Left: a falls diary's counts written "x 10" with a space (only "x10" and "3 x 10" are read); a time log of 24-hour stamps with start and stop words ("0902 NMR (97112) start · 0925 NMR stop / gait (97116) start · 0941 gait stop"). The false-positive fact is skipped with that reason; no case edited.</para>
/// <para>Later (2026-12-06, fourteenth session): 106 of 106, no false positive — a spaced "x 10" ending its clause is a count, as "x10" is; a time log's 24-hour stamps with start and stop words give each code its minutes. The false-positive fact unskipped.</para>
/// </summary>
public class HeldOutNotesIssue18EightySixthTests(ITestOutputHelper output)
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

        // Rivanna Culpeper conductor with SCA6: "The Gait & Balance Lab was booked to Mr. Haskins alone; the PT was hands-on with him and no one else for the whole of the 97112"; harness perturbations, foam-beam tandem, clock-yard stepping; gait and trunk ataxia, postural control; SARA items and tandem steps; 24 matches: passes.
        ["v1-h86-rivanna-lab-booked-to-him-alone"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            Treatment note · SCA6, genetically confirmed · referring: Dr. A. Voss, movement disorders
            Interval hx: retired Amtrak conductor from Culpeper; two near-falls turning in the kitchen since the last visit, both caught on the counter. Wife drove him over.
            The Gait & Balance Lab was booked to Mr. Haskins alone; the PT was hands-on with him and no one else for the whole of the 97112.
            Interventions:
              97112 neuromuscular re-ed — 24 min
                · manual perturbations in the overhead harness, standing then stepping
                · tandem stance on the foam beam, arms crossed
                · stepping to the clock-yard floor targets, forward and crossing over
            Outcomes: SARA 13/40 (gait 4, stance 3); tandem 6 consecutive steps before a side-step
            Findings: gait and trunk ataxia with poor postural control on turns; step placement dysmetric
            Plan: continue twice weekly; re-check SARA at week 8.
            """,
            ["G11.2", "R26.0"], [PT("97112", 24)], []),

        // Rivanna Huntington's trucker in the natural-history study: "the study coordinator sat in to video his walking", nothing states one-on-one; pull perturbations with a recovery step, hurdles with head turns, kneeling rhythmic stabilisation; reactive postural control; pull test and BBS present: one-on-one missing.
        ["v1-h86-rivanna-study-coordinator-sat-in"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            Treatment note · Huntington's disease, CAG 44, early stage · referring: Dr. M. Ferrante
            Research: enrolled in the centre's natural-history study; the study coordinator sat in to video his walking for the study file.
            Interval hx: retired long-haul trucker; his wife says he "stumbles out of nowhere" crossing the yard.
            Interventions:
              97112 neuromuscular re-ed — 22 min
                · backward and lateral pull perturbations, cueing a quick recovery step
                · stepping over the foam hurdles with a head turn on each
                · rhythmic stabilization in tall kneeling against the trunk jerks
            Outcomes: UHDRS retropulsion pull test 1 (three steps back, recovered on his own); BBS 47/56
            Findings: impaired reactive postural control — choreic trunk movements knock him off his base
            """,
            ["R25.8", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Huron Ann Arbor clinic day, Friedreich's ataxia: "Station visit was individual — the PT with Devin and nobody else for the whole NMR; his mom stayed in the waiting room"; tall-kneel rhythmic stabilisation, Airex reaches, eyes-closed sit-to-stand; sensory ataxia and trunk instability; mFARS and seconds; 20 matches: passes.
        ["v1-h86-huron-station-visit-individual"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · Thursday clinic, Ann Arbor
            PT station · Friedreich's ataxia · EMU junior; power chair on campus, rollator at home
            Team today: neurology, cardiology check (echo due), RT, PT, OT, social work
            » Station visit was individual — the PT with Devin and nobody else for the whole NMR; his mom stayed in the waiting room.
            » 97112 — 20 min: quadruped → tall-kneel with rhythmic stabilization; kneeling on the Airex with arm reaches; sit-to-stand with eyes closed, slow lowering
            » Deficit: proprioceptive (sensory) ataxia with trunk instability; kneeling is the last safe base for his transfers
            » mFARS upright stability 28/36; tall-kneel on the Airex 18 s (7 s at the last clinic)
            """,
            ["G11.11"], [PT("97112", 20)], []),

        // Huron gym, HSP pharmacist: "His wife brought the falls diary and stayed to learn the home drills", nothing states one-on-one; harness treadmill with pelvic perturbations, hurdles, rocker board; spastic paraparesis with delayed stepping reactions; 10-m walk and hurdle count present: one-on-one missing.
        ["v1-h86-huron-wife-brought-the-falls-diary"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            Hereditary spastic paraplegia (SPG4) · pharmacist, Brighton
            His wife brought the falls diary and stayed to learn the home drills.
            » Falls diary since clinic: three falls, all catching the R toe on the garage step
            » 97112 — 23 min: treadmill walking in the harness with the PT's perturbations at the pelvis; stepping over the low hurdles, clearing the R foot; rocker board with weight shifts
            » Deficit: spastic paraparesis with poor R foot clearance and delayed stepping reactions
            » 10-m walk 0.78 m/s; R foot caught on 4 of 10 hurdles
            """,
            ["G11.4", "R26.1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Quinsigamond Worcester bank teller with cervical dystonia: "I did not treat anyone else while she was on my mat for the re-ed"; mirror sensorimotor retraining, rhythmic stabilisation at midline, eccentric return; poor selective control of the neck rotators; rotation at rest and TWSTRS; 21 matches: passes.
        ["v1-h86-quinsig-did-not-treat-anyone-else"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester
            Pt: 44 y/o F, bank teller · cervical dystonia (L rotational torticollis) · BoNT-A last injected 6 wks ago by Dr. Okafor
            S: pulling to the L is worse by the end of a teller shift; uses two fingers on the chin as her trick.
            I did not treat anyone else while she was on my mat for the re-ed.
            97112 NMR, 21 min: sensorimotor retraining in front of the mirror with a midline tape strip — active R rotation to midline and hold; rhythmic stabilization at midline in sitting; slow eccentric return from R rotation
            A: dystonic L rotation; poor selective motor control of the neck rotators — the R SCM and L splenius fire first, the antagonists late
            O: rotation at rest 30° L (40° at IE); TWSTRS severity 15/35
            P: same next wk; mirror drill for HEP.
            """,
            ["G24.3"], [PT("97112", 21)], []),

        // Quinsigamond Leominster retired plumber with cerebellar ataxia: "PT also spotting Mr. L. on the treadmill beside us during this block" — attending another patient; foam-beam tandem, staggered-stance perturbations, random dot stepping; SARA and tandem present: one-on-one missing.
        ["v1-h86-quinsig-spotting-the-treadmill-beside-us"] = new(
            """
            Quinsigamond Neuro PT — Leominster
            Pt: 69 y/o M, retired plumber · late-onset cerebellar ataxia (idiopathic, genetic panel neg)
            S: walked the dog twice this wk; his wife takes the leash on the hill.
            97112 NMR, 24 min — PT also spotting Mr. L. on the treadmill beside us during this block.
             · tandem walk on the foam balance beam, fingertip support → none
             · perturbations in staggered stance, anterior/posterior
             · quick stepping to colored dots called out at random
            A: gait and trunk ataxia with delayed stepping responses
            O: SARA 11/40; tandem 4 steps on the beam unsupported
            """,
            ["G11.2", "R26.0"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Rivanna Harrisonburg Thursday ataxia class of five with a PT leading and a PTA spotting: another patient in the block; clock-yard stepping, quadruped and kneeling reaches, rail tandem; gait and limb ataxia; SARA and tandem present: one-on-one missing.
        ["v1-h86-rivanna-thursday-ataxia-class"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · MDC Neuro PT · Harrisonburg satellite
            Ataxia class (Thursday) — 5 members, PT leading with a PTA spotting
            Pt: SCA3, poultry-farm owner from Rockingham County
            97112 — 26 min, in the class:
              · clock-yard stepping to the floor targets, forward / side / back
              · quadruped arm-and-leg lifts on the mat, then kneeling with reaches
              · tandem walking along the wall rail
            Findings: gait and limb ataxia with trunk sway in kneeling
            Outcomes: SARA 15.5/40; 8 tandem steps along the rail
            """,
            ["G11.8"], [PT("97112", 26)], [At(OneOnOne, "97112")]),

        // Huron post-polio pacing-and-strength class of four: 97110 has no one-on-one check; raised sit-to-stands, knee extension, wall push-ups, heel raises with doses; L hip and knee extensor weakness with a grocery goal; 18 matches: passes.
        ["v1-h86-huron-pacing-class-97110"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            Tuesday post-polio pacing-and-strength class — 4 members, one PT running the room
            » Mrs. Kowalczyk (polio 1952, R leg; post-polio syndrome) did the 97110 in the class.
            » 97110 — 18 min: sit-to-stands from a raised chair 2 x 6; seated L knee extension with 2 lb 2 x 8; wall push-ups 2 x 8; heel raises at the counter 2 x 8 — each set stopped short of fatigue
            » Why: L hip and knee extensor weakness (the "good" leg now tiring) with new fatigue; goal — keep doing her own grocery shopping
            """,
            ["M62.81", "Z86.12"], [PT("97110", 18)], []),

        // Quinsigamond Tuesday Huntington's "Moving Well" group of six: 97530 has no one-on-one check; floor-to-chair recovery, tray carries, sit-stand-walk-turn with counts; chorea making her drop things and fall turning, with a floor-recovery goal; 24 matches: passes.
        ["v1-h86-quinsig-moving-well-group-97530"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester
            HD Moving Well group (Tues) — 6 members, PT + aide
            Pt: 48 y/o F, Huntington's disease · her daughter waits in the lobby
            97530, 24 min, in the group:
             · floor-to-chair recovery: kneel, half-kneel, up to the chair, x 4
             · carrying a tray with two cups across the room and setting it down, 6 trips
             · sit-to-stand, walk and turn around a cone, x 8
            A: choreic trunk and leg movements — she drops what she carries and falls turning; goal: get up from the floor alone if she falls at home
            """,
            ["R25.8", "R29.6"], [PT("97530", 24)], []),

        // Rivanna Harrisonburg SCA2 line supervisor: "Individual session — PT and patient only; Spanish interpreter (Sr. Ortega) on the iPad video line"; rocker board eyes closed, half-kneel foam perturbations, tape-line heel-to-toe with head turns; trunk and gait ataxia; seconds and steps; 22 matches: passes.
        ["v1-h86-rivanna-interpreter-on-the-ipad"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · MDC Neuro PT · Harrisonburg satellite
            Individual session — PT and patient only; Spanish interpreter (Sr. Ortega) on the iPad video line.
            Pt: 41 y/o M, poultry-plant line supervisor · SCA2
            97112 — 22 min
              · rocker board, A/P then M/L, eyes open → closed
              · half-kneel on foam with the PT's perturbations at the shoulders
              · heel-to-toe along the tape line with slow head turns
            Findings: trunk and gait ataxia; postural control fails once vision is taken away
            Outcomes: rocker board eyes closed 9 s; tape line 10 steps heel-to-toe
            """,
            ["G11.8", "R27.0"], [PT("97112", 22)], []),

        // Huron Jackson outreach day, CMT1A goalie: "He had me to himself for all of the balance re-ed; his dad waited out in the hall"; Airex eyes-closed catches, goalie-stance shuffles on foam with pushes, BAPS; ankle proprioception with peroneal weakness; SLS seconds; 19 matches: passes.
        ["v1-h86-huron-had-me-to-himself"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · Jackson outreach clinic day
            PT station · CMT1A · 16 y/o, high-school hockey goalie
            He had me to himself for all of the balance re-ed; his dad waited out in the hall.
            » 97112 — 19 min: single-leg stance on the Airex, eyes closed, catching a ball; goalie-stance lateral shuffles on the foam with my pushes at the hips; BAPS level 2 circles in standing
            » Deficit: reduced ankle proprioception and peroneal weakness (distal sensory-motor neuropathy) — rolls his ankles on the ice and on stairs
            » SLS eyes closed R 5 s / L 7 s (R 2 s at the last clinic)
            """,
            ["G60.0"], [PT("97112", 19)], []),

        // Quinsigamond Huntington's letter carrier: "His wife came with him and brought the falls diary", nothing states one-on-one; stair perturbations, lean-release stepping, foam tandem; reactive stepping and postural control with chorea; BBS and recoveries present: one-on-one missing.
        ["v1-h86-quinsig-wife-came-never-stated"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester
            Pt: 56 y/o M, retired letter carrier · Huntington's disease · 3rd-floor walk-up in a triple-decker
            His wife came with him and brought the falls diary.
            S: the diary shows two falls on the back stairs this month, no injury.
            97112 NMR, 20 min: stair perturbations — PT nudges at the hips on the clinic stairs; stepping-strategy practice after a forward lean release; tandem stance on foam
            A: impaired reactive stepping and postural control with chorea
            O: BBS 44/56; 4 of 6 lean releases recovered with a single step
            """,
            ["R25.8", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Rivanna PTA, essential-tremor organist: "While he held the tandem stance the PTA set the next patient up on the recumbent stepper" — attending another patient; foam tandem eyes closed, step-ups with rhythmic stabilisation, tray walking; tandem-gait and postural instability; seconds and steps present: one-on-one missing.
        ["v1-h86-rivanna-pta-set-up-the-next-patient"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops) · PTA note
            Essential tremor with tandem-gait instability · retired church organist from Staunton
            97112 — 18 min (PTA). While he held the tandem stance the PTA set the next patient up on the recumbent stepper.
              · tandem stance, firm floor → foam, eyes closed
              · step-ups with rhythmic stabilization at the pelvis at the top
              · heel-to-toe walking with a cup of water on a tray
            Findings: impaired postural control in narrow stance (cerebellar-type tandem instability of ET); the tremor worsens when he is unsteady
            Outcomes: tandem stance on foam 11 s; 7 of 10 heel-to-toe steps without a side-step
            """,
            ["G25.0", "R26.81"], [PTA("97112", 18)], [At(OneOnOne, "97112")]),

        // Quinsigamond Webster Azorean MJD patient: "Atendimento individual / individual session — the PT with Sr. Medeiros only for the whole NMR (the interpreter only interpreted)"; foam eyes closed with head turns, perturbations, rope step-overs; trunk ataxia and postural control; SARA and foam seconds; 23 matches: passes.
        ["v1-h86-quinsig-atendimento-individual"] = new(
            """
            Quinsigamond Neuro PT — Webster
            Pt: 63 y/o M, Azorean-born, retired fish-plant worker · Machado-Joseph disease (SCA3) · Portuguese interpreter in person
            Atendimento individual / individual session — the PT with Sr. Medeiros only for the whole NMR (the interpreter only interpreted).
            97112, 23 min:
             · standing on the compliant foam with eyes closed, then head turns
             · weight shifts with PT perturbations, feet together → staggered
             · stepping over a rope and back, leading with each leg
            A: trunk ataxia and poor postural control; spastic-ataxic gait on a wide base
            O: SARA 16/40; foam EC 12 s
            """,
            ["G11.8", "R26.0"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: drop-downs, tick rows, grids and blanks

        // Rivanna DYT1 graduate student, "Delivery mode: [Individual — one therapist : one patient ▾]"; backward and metronome walking, PNF D1/D2 LE, rocker board; foot-inversion dystonia and selective ankle motor control; 10-m walk and flat-foot count; 25 matches: passes.
        ["v2-h86-rivanna-delivery-mode-individual"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            Delivery mode: [Individual — one therapist : one patient ▾]
            Pt: 24 y/o M, engineering grad student · DYT1 generalized dystonia · DBS discussed, not yet decided
            97112 — 25 min
              · walking backward and sideways (the foot inversion quiets walking backward), then forward to a metronome
              · PNF D1 / D2 lower-extremity patterns with manual resistance, L
              · rocker board weight shifts with the L foot kept flat
            Findings: L foot inversion and trunk flexion dystonia on forward walking; poor selective motor control of the L ankle evertors
            Outcomes: 10-m walk forward 11.4 s (backward 9.0 s); L foot flat at initial contact on 3 of 10 steps
            """,
            ["G24.1"], [PT("97112", 25)], []),

        // Rivanna Huntington's florist, "Delivery mode: [Concurrent — 2 patients ▾]": not one-on-one; perturbations with a step back, cone step-overs with head turns, kneeling rhythmic stabilisation; reactive postural control with chorea; BBS present: one-on-one missing.
        ["v2-h86-rivanna-delivery-mode-concurrent"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            Delivery mode: [Concurrent — 2 patients ▾]
            Pt: 52 y/o F, florist · Huntington's disease · husband drives her in
            97112 — 20 min
              · perturbations from behind in standing, cueing a step back
              · stepping over cones with a head turn at each
              · rhythmic stabilization in tall kneeling
            Findings: impaired reactive postural control; chorea pulls the trunk off midline on turns
            Outcomes: BBS 48/56
            """,
            ["R25.8", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Huron gym, limb-onset ALS librarian, "Direct one-on-one for timed codes — PT initials: ______" left blank and nothing else states it; foam with head turns, stepping reactions, bar tandem; L dorsiflexor weakness with delayed stepping and postural control; counts and seconds present: one-on-one missing.
        ["v2-h86-huron-one-on-one-initials-blank"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            Direct one-on-one for timed codes — PT initials: ______
            Pt: 59 y/o F, school librarian · ALS, limb onset (L leg) · ALSFRS-R 39/48 at Thursday's clinic
            » 97112 — 19 min: standing on the foam with eyes closed and head turns; stepping reactions to my pushes from each side; tandem walking along the parallel bar
            » Deficit: impaired postural control — delayed stepping reactions to the L with L ankle dorsiflexor weakness; catches the L toe and stumbles
            » Stepping reactions: 3 of 8 pushes to the L recovered with one step; foam eyes closed 14 s
            """,
            ["G12.21", "M21.372"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // Huron gym, Friedreich's: "Outcome measures today: SARA ____ · Nine-Hole Peg ____ · timed walk ____" left blank, no number anywhere but the code; one-on-one stated; foam kneeling with rhythmic stabilisation, Frenkel-style heel slides, eyes-closed perturbations; sensory ataxia: measure missing.
        ["v2-h86-huron-outcome-row-left-blank"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            Friedreich's ataxia · follow-up between clinic days
            One-on-one: the PT treated Mr. Ruiz alone, start to finish.
            » 97112: kneeling on the foam with rhythmic stabilization; Frenkel-style heel slides to targets, eyes open then closed; standing at the rail, eyes closed, with the PT's perturbations
            » Deficit: sensory ataxia — proprioceptive loss in both legs; trunk instability in kneeling
            » Outcome measures today:  SARA ____ · Nine-Hole Peg ____ · timed walk ____
            » Plan: repeat all three at the next clinic.
            """,
            ["G11.11"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Quinsigamond Leominster SCA6 teacher, "Impairments addressed today: ☒ trunk ataxia ☒ gait ataxia … ☒ vestibular/oculomotor" and "1:1 check: ☒ PT with this pt only"; VOR x1 to foam, head-turn tandem, narrow-stance perturbations; SARA items and DVA; 22 matches: passes.
        ["v2-h86-quinsig-impairment-tick-row"] = new(
            """
            Quinsigamond Neuro PT — Leominster
            Impairments addressed today:  ☒ trunk ataxia  ☒ gait ataxia  ☐ limb ataxia  ☐ dystonia  ☐ chorea  ☐ weakness  ☒ vestibular/oculomotor
            1:1 check:  ☒ PT with this pt only
            Pt: 68 y/o F, retired 2nd-grade teacher · SCA6
            97112 NMR, 22 min: VOR x1 gaze stabilization, sitting → standing on foam; tandem walking with head turns; perturbations in narrow stance
            O: SARA 9.5/40 (gait 3, stance 2); dynamic visual acuity drops 3 lines with head movement
            """,
            ["G11.2"], [PT("97112", 22)], []),

        // Quinsigamond HSP nurse aide, device, orthosis and assist rows ticked (forearm crutches, B/L AFOs, SBA) on a 97116; 4-point to 2-point crutch gait with distance, curb and ramp; scissoring and toe drag; 16 matches: passes.
        ["v2-h86-quinsig-device-and-assist-rows-97116"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester
            Gait (97116) — 16 min
            Device:    ☐ none  ☐ SPC  ☒ B/L forearm crutches  ☐ rollator
            Orthoses:  ☒ B/L posterior-leaf AFOs
            Assist:    ☐ I  ☐ Mod I  ☒ SBA  ☐ CGA
            Pt: 37 y/o F, CNA at a nursing home · hereditary spastic paraplegia
             · 4-point → 2-point crutch gait, 4 x 100 ft, cueing hip flexion to clear the toes
             · curb and ramp at the front entrance x 3
            A: spastic gait — scissoring and toe drag B/L, worse as she tires
            """,
            ["G11.4", "R26.1"], [PT("97116", 16)], []),

        // Rivanna cervical-dystonia fiddler, "BoNT-A cycle: ☐ just injected ☒ peak effect ☐ wearing off"; "Seen individually — no other patient with the PT"; fiddle-position midline holds in the mirror, rhythmic stabilisation, eccentric return; dystonic rotation with proprioceptive drift; rotation at rest and TWSTRS; 21 matches: passes.
        ["v2-h86-rivanna-bont-cycle-box"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            BoNT-A cycle:  ☐ just injected  ☒ peak effect  ☐ wearing off      Injected by Dr. Voss: L splenius capitis, R SCM
            Pt: 46 y/o F, bluegrass fiddler · cervical dystonia (L rotational torticollis)
            Seen individually — no other patient with the PT during the 97112.
            97112 — 21 min
              · holding the fiddle position with the head at midline, checked in the mirror, then eyes closed and re-checked
              · rhythmic stabilization at midline, sitting and standing
              · slow active R rotation out of the pull, eccentric return
            Findings: dystonic L rotation with poor midline awareness — proprioceptive drift to the L when the eyes close
            Outcomes: head rotation at rest 15° L (35° before the injection); TWSTRS severity 11/35
            """,
            ["G24.3"], [PT("97112", 21)], []),

        // Huron gym, IBM engineer with his own falls-diary grid (date | where | how | hurt?) above a 97530: curb step-downs, commode transfers, floor recovery with counts; quadriceps weakness with buckling and a toilet-transfer goal; 22 matches: passes.
        ["v2-h86-huron-falls-diary-grid-97530"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            Inclusion-body myositis · retired powertrain engineer, Dearborn
            Falls diary (his own):
              date  | where                    | how                     | hurt?
              2/09  | driveway                 | knee buckled on ice     | no
              2/17  | church parking-lot curb  | stepping down           | bruised hip
              2/26  | bathroom                 | getting off the toilet  | no
            » 97530 — 22 min
              · curb step-downs leading with the stronger R leg, rail then no rail, x 10
              · transfers on and off the standard-height commode with the grab bar, x 6
              · floor recovery: side-sit → half-kneel → up to the chair, x 3
            » Deficit: quadriceps weakness (IBM) — the knees buckle stepping down and rising from low seats; goal: no more falls getting off the toilet
            """,
            ["G72.41", "R29.6"], [PT("97530", 22)], []),

        // Rivanna orchard owner with SCA3, "Patients treated by this PT during the 97112 block: 1 (this patient)"; uneven-mat perturbations, half-kneel to stand on foam, hose step-overs; gait ataxia and postural recovery; SARA and perturbation count; 23 matches: passes.
        ["v2-h86-rivanna-patients-in-block-row"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            Patients treated by this PT during the 97112 block: 1 (this patient)
            Pt: 58 y/o M, apple-orchard owner, Nelson County · SCA3
            97112 — 23 min
              · perturbations on the uneven-ground mat, stepping forward and back
              · half-kneel to stand on foam, each leg leading
              · stepping over a garden hose laid in curves, eyes up
            Findings: gait ataxia with poor postural recovery on uneven ground (the orchard rows)
            Outcomes: SARA 12/40 (gait 4); 5 of 8 perturbations recovered without a hand on the rail
            """,
            ["G11.8", "R26.0"], [PT("97112", 23)], []),

        // Quinsigamond Webster "☒ HEP reviewed ☒ Ther ex" and "97110 — 15 min. Pt participated. Tolerated well. Continue plan of care.": no exercise, region or dose named.
        ["v2-h86-quinsig-hep-checklist-only-97110"] = new(
            """
            Quinsigamond Neuro PT — Webster
            ☒ HEP reviewed   ☒ Ther ex   ☐ NMR   ☐ Gait   ☐ Manual
            97110 — 15 min. Pt participated. Tolerated well. Continue plan of care.
            """,
            ["G70.00"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Huron Ann Arbor clinic day, IBM retired nurse, MMT grid (R / L) above a 97110: knee extension with a cuff, raised sit-to-stands, standing abduction, heel raises with doses; quadriceps and hip-flexor weakness with a recliner goal; 16 matches: passes.
        ["v2-h86-huron-mmt-grid-97110"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · Thursday clinic, Ann Arbor · PT station
            Inclusion-body myositis · retired ICU nurse
            MMT (R / L):  hip flexors 4- / 4 · knee extensors 3 / 3+ · ankle DF 4 / 4 · deep finger flexors 3 / 3
            » 97110 — 16 min: seated knee extension with a 1-lb cuff 2 x 8 each; sit-to-stand from a raised plinth 2 x 6; standing hip abduction 2 x 10; heel raises at the counter 2 x 10 — all kept below fatigue
            » Why: quadriceps and hip-flexor weakness; goal — keep standing up from her recliner without pushing on the arms
            """,
            ["G72.41", "M62.81"], [PT("97110", 16)], []),

        // Rivanna Harrisonburg Friedreich's sophomore, "Skilled need: ☐ restorative ☒ maintenance (skilled maintenance program — progressive disease)" above a complete 97110: hip extension, bridges, strap calf stretch, sit-to-stands with doses; hip extensor and quad weakness, tight heel cords, dorm-transfer goal; 17 matches: passes.
        ["v2-h86-rivanna-skilled-need-maintenance-97110"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · MDC Neuro PT · Harrisonburg satellite
            Skilled need:  ☐ restorative  ☒ maintenance (skilled maintenance program — progressive disease)
            Pt: 20 y/o F, JMU sophomore · Friedreich's ataxia · power chair on campus, walker in the dorm
            97110 — 17 min
              · prone hip extension over the plinth edge 2 x 10 each
              · bridges with a ball between the knees 3 x 10
              · long-sitting gastroc stretch with a strap 3 x 30 s each
              · sit-to-stand from power-chair height 2 x 8
            Purpose: hip extensor and quad weakness with tight heel cords; goal — keep her stand-pivot transfers in the dorm bathroom
            """,
            ["G11.11"], [PT("97110", 17)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Rivanna Culpeper vineyard host with laterocollis and anterocollis, the Bleton method (relaxing the dystonic muscles on the wedge, selective activation of the antagonists, holding the correction while pouring); "One-to-one with the PT, no one else in the room"; poor antagonist recruitment; tilt and TWSTRS; 24 matches: passes.
        ["v3-h86-rivanna-bleton-method"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · MDC Neuro PT · Culpeper satellite
            Pt: 51 y/o M, vineyard tasting-room host · cervical dystonia, R laterocollis with anterocollis (head tilts to the R shoulder and forward) · BoNT-A wearing off
            One-to-one with the PT, no one else in the room, for all of the 97112.
            97112 — 24 min, Bleton method:
              · relaxation of the dystonic R scalenes and SCM with the head supported on the wedge
              · selective activation of the L lateral flexors and the deep neck extensors, head supported → unsupported
              · holding the corrected posture while pouring at the tasting-counter mock-up
            Findings: R laterocollis and anterocollis with poor selective recruitment of the antagonist muscles
            Outcomes: head tilt at rest 20° R (30° at IE); TWSTRS severity 16/35
            """,
            ["G24.3"], [PT("97112", 24)], []),

        // Huron gym, CMT2 letter carrier in new Allard BlueRocker AFOs: roll-over gait training on the track, sidewalk, grass, curb cut and stairs with distance and assist; B/L foot drop with steppage and a route goal; 18 matches: passes.
        ["v3-h86-huron-bluerocker-afos-97116"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            CMT2 · USPS letter carrier, walking route in Chelsea · Allard BlueRocker AFOs delivered at Thursday's clinic
            » 97116 — 18 min: gait training in the BlueRocker AFOs — heel-to-toe roll-over cued, 4 x 200 ft on the track; outside on the sidewalk, the grass and the curb cut x 4; stairs reciprocal, 2 flights
            » Assist: independent on level ground, SBA on the grass
            » Deficit: B/L foot drop with a steppage gait; the ankles roll on uneven ground; goal — finish her walking route in the AFOs
            """,
            ["G60.0", "M21.371", "M21.372"], [PT("97116", 18)], []),

        // Huron Jackson outreach day, IBM nurse trialling a Swedish knee cage: with and without the cage, cane, step-to and cone turns with distance and SBA/CGA; R quadriceps weakness with hyperextension and buckling; 15 matches: passes.
        ["v3-h86-huron-swedish-knee-cage-97116"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · Jackson outreach clinic day · PT station
            IBM · retired ICU nurse · trial of a Swedish knee cage on the R for the knee snapping back
            » 97116 — 15 min: walking with the Swedish knee cage on, then off, 2 x 150 ft each with a single-point cane; step-to on the 4-in. step with the cage, x 6; turns around the cone both ways
            » Assist: SBA with the cage; CGA without it (the knee buckled once)
            » Deficit: R quadriceps weakness — the knee hyperextends in stance and buckles when she turns
            """,
            ["G72.41", "R26.89"], [PT("97116", 15)], []),

        // Rivanna lab, Huntington's former line cook in Zero G overground body-weight support: stops and turns on call, pelvic perturbations for protective stepping, an obstacle course; "PT with this patient alone in the lab"; chorea with impaired protective stepping; UHDRS tandem item and step count; 25 matches: passes.
        ["v3-h86-rivanna-zero-g-perturbations"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops) · Gait & Balance Lab
            Pt: 45 y/o M, former line cook · Huntington's disease, moderate chorea
            PT with this patient alone in the lab for the 97112.
            97112 — 25 min in the Zero G overground body-weight support (10% unloading):
              · walking with sudden stops and turns on the PT's call
              · lateral and backward perturbations at the pelvis — protective stepping
              · obstacle course: foam hurdles, the half-roll, a rope
            Findings: choreic trunk and leg movements with impaired protective stepping; falls when he turns
            Outcomes: UHDRS tandem walking 3 (cannot complete); protective steps effective on 5 of 10 perturbations
            """,
            ["R25.8", "R26.81"], [PT("97112", 25)], []),

        // Quinsigamond CMT1A science teacher, the Frenkel progression stage 3 → 4 (heel slides to marks, footprint placement, footprint walking); "1:1 (PT + pt), whole NMR block"; sensory ataxia with distal weakness; Romberg and footprint hits; 20 matches: passes.
        ["v3-h86-quinsig-frenkel-progression"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester
            Pt: 30 y/o F, middle-school science teacher · CMT1A with sensory ataxia
            1:1 (PT + pt), whole NMR block.
            97112 NMR, 20 min — Frenkel progression, stage 3 → 4:
             · supine heel slides to the marks on the plinth, eyes open then closed
             · standing foot placement onto the numbered footprints, slow then on count
             · walking onto taped footprints, half-step then full step
            A: sensory (proprioceptive) ataxia with distal weakness — feet land anywhere; she watches her feet to walk
            O: Romberg eyes closed 8 s; 14 of 20 footprints hit with eyes closed
            """,
            ["G60.0", "R27.0"], [PT("97112", 20)], []),

        // Huron gym, Friedreich's EMU junior on Kinect exergames (the Ilg coordinative set: Light Race, Table Tennis, Reflex Ridge); "Just the PT and Devin in the gym's exergame corner the whole time"; trunk and limb ataxia, step timing; game hits and SARA; 22 matches: passes.
        ["v3-h86-huron-kinect-exergames"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            Friedreich's ataxia · EMU junior · exergame block (Kinect, the Ilg coordinative-training set)
            Just the PT and Devin in the gym's exergame corner the whole time.
            » 97112 — 22 min: "Light Race" stepping to targets; "Table Tennis" with trunk rotation and a step; "Reflex Ridge" side-steps and squats — a height bar at his side for safety
            » Deficit: trunk and limb ataxia; poor timing and placement of his steps
            » Light Race hits 34 (22 in the first session); SARA 21/40
            """,
            ["G11.11"], [PT("97112", 22)], []),

        // Huron gym, post-polio woman in a new stance-control KAFO: loading to lock and unloading to free the knee, cane distance, ramp and curb with CGA/SBA; R quadriceps weakness with buckling and hip hiking; 16 matches: passes.
        ["v3-h86-huron-stance-control-kafo-97116"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            Post-polio syndrome (polio 1952, R leg) · new stance-control KAFO on the R, delivered by the orthotist at clinic
            » 97116 — 16 min: gait training in the SCKAFO — loading the heel to lock the knee in stance, unloading to free it for swing; 3 x 100 ft with the cane; ramp up and down x 3; up and down the 6-in. curb x 4
            » Assist: CGA on the ramp, SBA on level ground
            » Deficit: R quadriceps weakness (polio) with knee buckling; hip hiking to clear the leg when the knee stays locked
            """,
            ["M62.81", "Z86.12", "R26.89"], [PT("97116", 16)], []),

        // Quinsigamond Leominster retired plumber on a rebounder (mini-trampoline with a rail): bounces, perturbations, tandem on the mat; "Only patient on my schedule for his NMR slot; treated 1:1"; trunk ataxia on compliant surfaces; seconds and SARA; 22 matches: passes.
        ["v3-h86-quinsig-rebounder"] = new(
            """
            Quinsigamond Neuro PT — Leominster
            Pt: 69 y/o M, retired plumber · late-onset cerebellar ataxia
            Only patient on my schedule for his NMR slot; treated 1:1.
            97112 NMR, 22 min: rebounder (mini-trampoline with a hand rail) — small bounces, feet apart → together; weight shifts on the rebounder with my perturbations; tandem stance on the rebounder mat
            A: trunk ataxia with poor postural control on compliant surfaces
            O: feet-together stance on the rebounder 15 s; SARA 11/40
            """,
            ["G11.2"], [PT("97112", 22)], []),

        // Rivanna library cataloguer with R torticollis, sensory-trick (geste antagoniste) fading in the mirror, rhythmic stabilisation, eyes-closed head-position drills; one-to-one; R rotational dystonia with poor midline proprioception — "the head is holding midline longer", no number anywhere: measure missing.
        ["v3-h86-rivanna-geste-antagoniste-no-number"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            Pt: library cataloguer · cervical dystonia (R torticollis) · uses a sensory trick, fingertips to the L cheek
            Seen one-to-one; no other patient with the PT during the re-education.
            97112: geste antagoniste training in front of the mirror — lighter and lighter touch to the cheek, then an imagined touch, then none; rhythmic stabilization at midline; head-position sense drills with eyes closed, re-checked in the mirror
            Findings: R rotational dystonia with poor midline proprioception; the head drifts as soon as the trick is taken away
            Plan: same next visit; the head is holding midline longer.
            """,
            ["G24.3"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Huron gym, myotonic dystrophy dairy farmer on the centre's "Energy Bank" sub-fatigue programme: sit-to-stands, wall push-ups, cuff knee extension, heel raises, band dorsiflexion named with no set, rep, load or number; distal and hip weakness with a tractor goal: measure missing.
        ["v3-h86-huron-energy-bank-no-dose-97110"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            Myotonic dystrophy · dairy farmer from Manchester
            » 97110 on the center's "Energy Bank" sub-fatigue strengthening program: sit-to-stands, wall push-ups, seated knee extension with a light cuff, heel raises at the counter, ankle dorsiflexion with a band
            » Deficit: distal leg and hip weakness with grip myotonia; goal — climb into the tractor cab and down into the milking-parlor pit
            » She tolerated the program without next-day soreness.
            """,
            ["G71.11"], [PT("97110", 18)], [At(Measure, "97110")]),

        // Quinsigamond Webster "Our Steady Feet program, level 3", one-on-one: clock-yard stepping, foam with head turns and tosses, tandem perturbations with seconds and hits — no deficit, impairment, region or system named anywhere (a short header naming no condition): deficit missing.
        ["v3-h86-quinsig-steady-feet-no-deficit"] = new(
            """
            Quinsigamond PT — Webster office
            Pt: 70 y/o M
            Our Steady Feet program, level 3 · 97112 NMR, 21 min · one-on-one (no other pts)
             · clock-yard stepping to called numbers, forward and crossing over
             · foam stance with head turns and ball tosses
             · perturbations in tandem stance
            O: foam stance with head turns 25 s; 9 of 10 clock-yard steps on target
            P: level 4 next wk.
            """,
            ["G25.0"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // Rivanna essential-tremor organist on a 97530: the practice stairs carrying a music folder, swinging onto an organ-bench mock-up over the pedals, a narrow aisle between chairs, with counts; instability on narrow paths, stairs and the bench; 20 matches: passes.
        ["v3-h86-rivanna-organ-loft-and-bench-97530"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            Pt: 74 y/o M, church organist · essential tremor, head and both hands, with an unsteady tandem gait
            97530 — 20 min
              · the clinic's practice stairs (16 steps, one rail) carrying a music folder in the other hand, 3 rounds — as up to the organ loft
              · swinging on and off a bench set to organ-bench height, legs over the pedal-board mock-up, x 6
              · walking the narrow aisle between two rows of chairs and turning at the end, 4 lengths
            Findings: tremor-related instability on narrow paths and stairs; he loses his balance swinging his legs over the bench
            """,
            ["G25.0", "R26.81"], [PT("97530", 20)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // Rivanna Culpeper conductor: bounces off the door frames, feet land wide, grabs the counter turning at the stove — the wife's account and the exam's lurching, overshooting cerebellar gait; "nobody else was treated during the 97112"; doorway-gap turns, metronome step-turns, corner perturbations; FGA and turn steps; 23 matches: passes.
        ["v4-h86-rivanna-bounces-off-the-door-frames"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · MDC Neuro PT · Culpeper satellite
            Pt: 71 y/o M, retired Amtrak conductor · SCA6
            What his wife sees: he bounces off the door frames going down the hall, his feet land wide and never in the same place twice, and he grabs the counter every time he turns at the stove. On exam the same — a wide-based, lurching cerebellar gait with overshoot on turns.
            The PT worked with him one-on-one; nobody else was treated during the 97112.
            97112 — 23 min
              · walking through a doorway mock-up with a narrowing gap, turning 180° on the far side
              · step-turns around a cone to each side, slow, then to a metronome
              · feet-together stance in the corner with perturbations
            Outcomes: FGA 14/30; 180° turn in 6 steps (9 at IE)
            """,
            ["G11.2", "R26.0"], [PT("97112", 23)], []),

        // Huron gym, FSHD HVAC tech: the R toes catch on the rug edge and the attic-ladder rungs, foot slap and hip hike — the findings; AFO vs. none, heel strike, rug and hose step-overs, rung step-overs with distance and SBA/independent; 14 matches: passes.
        ["v4-h86-huron-toes-catch-on-the-rug-97116"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            FSHD · HVAC service tech, works in attics
            Finding, in his words and on exam: his R toes catch on the edge of the living-room rug and on the attic-ladder rungs; the R foot slaps at heel strike and he hikes the hip to clear it — R ankle dorsiflexor weakness.
            » 97116 — 14 min: gait training with an off-the-shelf R AFO and without; heel strike cued; 4 x 150 ft; stepping over a rug edge and a hose x 10; ladder-rung step-overs x 6
            » SBA without the AFO; independent with it
            """,
            ["G71.02", "M21.371"], [PT("97116", 14)], []),

        // Quinsigamond Huntington's woman: her leg flies out turning in the kitchen and she sits down hard missing the chair (daughter), chorea breaking her base and poor sequencing of the sit (exam); "One-on-one, the PT with her only (daughter watching)"; four-square turns, back-up-to-the-chair, kneeling rhythmic stabilisation; turn trials and TUG; 21 matches: passes.
        ["v4-h86-quinsig-leg-flies-out-on-turns"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester
            Pt: 48 y/o F, Huntington's disease · daughter present
            S: daughter — "her leg flies out when she turns around in the kitchen, and she sits down hard and misses the chair."
            Finding: chorea throws the R leg out on turns and breaks her base of support; she sits without looking back (poor timing and sequencing of the sit).
            One-on-one, the PT with her only (daughter watching).
            97112 NMR, 21 min: turning practice on a four-square floor grid, cued "step–step–step"; backing up to the chair until both calves touch, then sitting; tall-kneeling rhythmic stabilization
            O: 180° turn in 5 steps without a loss of balance on 6 of 8 trials; TUG 13.2 s
            """,
            ["R25.8", "R26.81"], [PT("97112", 21)], []),

        // Rivanna fiddler: can't bring her chin back to the middle to read the music stand, the head pulls L and the L shoulder rides up, tight L levator and upper trap — the findings; STM, manual stretch into R rotation and side-bend, C2-4 PAs; rotation degrees before and after; 12 matches: passes.
        ["v4-h86-rivanna-chin-to-the-music-stand-97140"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            Pt: 46 y/o F, bluegrass fiddler · cervical dystonia · BoNT-A wearing off
            What stops her: she can't bring her chin back to the middle to read the music stand; the head pulls L, the L shoulder rides up, and the L levator and upper trap are tight and tender.
            97140 — 12 min
              · soft-tissue mobilization to the L levator scapulae, upper trapezius and splenius capitis
              · manual stretch into R rotation and R side-bend, held and repeated
              · C2-3 and C3-4 L unilateral PA glides gr III
            Outcomes: cervical R rotation 45° → 58° after the manual work
            """,
            ["G24.3", "M54.2"], [PT("97140", 12)], []),

        // Huron gym, IBM engineer: the knees give way stepping off the bus-stop curb and rising from the pew, pulls up on the pew in front (weak finger flexors too) — the findings; curb step-downs, pew-height sit-to-stands, bus-step mock-up with counts; 21 matches: passes.
        ["v4-h86-huron-knees-give-way-at-the-curb-97530"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            IBM · retired powertrain engineer
            Finding: quadriceps weakness — his knees give way stepping down off the curb at the bus stop and rising from the church pew; he hauls himself up on the pew in front, and the finger flexors are too weak to hold it well.
            » 97530 — 21 min: curb step-downs with the cane in the R hand, 3 x 5; pew-height sit-to-stands with the arms crossed, 2 x 5; on and off the bus-step mock-up (10-in.) with the rail, x 8
            """,
            ["G72.41"], [PT("97530", 21)], []),

        // Rivanna gene carrier referred by the genetic counsellor before any symptoms: total motor score 0, tandem 10 of 10, BBS 56/56, "No motor impairment found"; individual; tandem perturbations, foam with head turns, dual-task walking — no deficit targeted (a short header naming no condition): deficit missing.
        ["v4-h86-rivanna-baseline-no-motor-impairment"] = new(
            """
            Rivanna University Health · PT (Pantops)
            Pt: 34 y/o M, referred by the genetic counsellor for a baseline screen and an exercise plan before any symptoms
            Exam today: UHDRS total motor score 0; tandem 10 of 10 steps; BBS 56/56; 10-m walk 1.32 m/s. No motor impairment found.
            The re-ed (97112, 18 min) was individual — PT and Mr. Dunmore only: perturbations in tandem stance; single-leg stance on foam with head turns; dual-task walking reciting the alphabet backward
            Plan: discharge to his gym with a written program; re-screen in a year.
            """,
            ["Z82.0", "Z15.89"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Quinsigamond bank teller three weeks after her best toxin cycle: head at midline at rest and through a shift, rotation 80° each way, no head tremor, TWSTRS 0, "Nothing to treat this cycle"; one-on-one; mirror drills, rhythmic stabilisation, relocation — no deficit targeted (short header, no condition named): deficit missing.
        ["v4-h86-quinsig-peak-cycle-nothing-to-treat"] = new(
            """
            Quinsigamond PT — Shrewsbury St.
            Pt: 44 y/o F, bank teller · BoNT-A three weeks ago — her best cycle yet
            O: head at midline at rest and, per pt, through a full teller shift; rotation 80° each way; no head tremor; TWSTRS severity 0. Nothing to treat this cycle.
            PT with her one-on-one (no other pts) for the 97112, 16 min: mirror midline drills; rhythmic stabilization in sitting; eyes-closed head relocation
            P: hold visits until the injection wears off.
            """,
            ["G24.3"], [PT("97112", 16)], [At(Deficit, "97112")]),

        // Quinsigamond HSP nurse aide: both toes catch on the threshold strips into the residents' rooms, the knees knock, she tires by the end of the hall — and on exam scissoring, stiff-knee swing, toe drag; treadmill with cues, threshold step-overs, a taped lane with distance and SBA; 15 matches: passes.
        ["v4-h86-quinsig-toes-catch-on-the-thresholds-97116"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester
            Pt: 37 y/o F, CNA · HSP
            S: both toes catch on the threshold strips into the residents' rooms; her knees knock as she walks and she is worn out by the end of the hall.
            Finding: spastic gait — scissoring, reduced knee flexion in swing, toe drag B/L.
            Gait training (97116), 15 min: treadmill at 1.2 mph cueing a wider step and knee lift, 2 bouts; stepping over a threshold strip x 20; walking a 1-ft lane between taped lines, 4 x 60 ft
            Assist: SBA with forearm crutches
            """,
            ["G11.4"], [PT("97116", 15)], []),

        // Huron gym, post-polio woman: her "good" L leg gives out by the second aisle and she can't rise from the pew without both hands, L abductors 3+/5 and quads 4-/5 — the findings; side-lying abduction, cuff knee extension, mini-squats, bridges with doses; 15 matches: passes.
        ["v4-h86-huron-gives-out-by-the-second-aisle-97110"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            Post-polio syndrome · 78 y/o, Saline · still drives and shops on her own
            Finding: the L leg — her "good" one — gives out by the second aisle at the grocery store; she can no longer rise from the pew without both hands; L hip abductors 3+/5, L quads 4-/5.
            » 97110 — 15 min: side-lying L hip abduction 2 x 8; seated L knee extension 1 lb 2 x 8; mini-squats at the counter 2 x 6; bridges 2 x 8 — each set stopped short of fatigue
            """,
            ["M62.81", "Z86.12"], [PT("97110", 15)], []),

        // Rivanna Harrisonburg Friedreich's sophomore: two falls reaching into the dorm shower for the valve, can't carry the laundry bag and hold the walker — her account; trunk and limb ataxia with hip weakness on exam; valve reaches at the grab bar, walker-hooked bag carries, shower-bench sit-to-stands with counts; 19 matches: passes.
        ["v4-h86-rivanna-falls-reaching-into-the-shower-97530"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · MDC Neuro PT · Harrisonburg satellite
            Pt: 20 y/o F, JMU sophomore · Friedreich's ataxia
            What she told us: she fell twice reaching into the dorm shower to turn the water on, and she can't carry her laundry bag and hold the walker at the same time.
            Finding: trunk and limb ataxia with hip weakness; she stands only with both hands on support.
            97530 — 19 min
              · at the shower-stall mock-up, one hand on the grab bar, reaching to the valve and back, x 10 each side
              · laundry bag hooked on the walker, 4 x 50 ft
              · sit-to-stand from the shower bench with the grab bar, x 8
            """,
            ["G11.11", "R29.6"], [PT("97530", 19)], []),

        // Quinsigamond essential-tremor machinist: can't walk heel-to-toe past two steps, sways and reaches for the wall on the narrow cellar stairs, the hands shake harder when he's unsteady — the finding, named a tandem-gait and postural-control deficit; "Me and Mr. Bouchard only, start to end of the NMR"; wall tandem, foam narrow stance, stair step-downs with perturbation; steps and seconds; 20 matches: passes.
        ["v4-h86-quinsig-reaches-for-the-wall-on-the-cellar-stairs"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester
            Pt: 79 y/o M, retired machinist at the grinding-wheel plant · essential tremor
            What we see: he can't walk heel-to-toe past two steps, he sways and reaches for the wall on the narrow cellar stairs, and his hands shake harder when he's unsteady — an ET-related tandem-gait and postural-control deficit.
            Me and Mr. Bouchard only, start to end of the NMR.
            97112 NMR, 20 min: tandem walking along the wall, fingertip touch → none; narrow-base stance on foam with head turns; stepping down the clinic's narrow stair with the rail only, perturbation at the hip
            O: tandem 5 steps (2 at IE); foam narrow stance 17 s
            """,
            ["G25.0", "R26.81"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Rivanna Madison County dairy farmer with SCA2, SARA 14.5/40 with all eight items; "Individual session, the PT with him alone"; tilt board eyes closed, quadruped to tall-kneel with rhythmic stabilisation, tape-line walking with buckets; gait and stance ataxia; 24 matches: passes.
        ["v5-h86-rivanna-sara-eight-items"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            Pt: 49 y/o M, dairy farmer, Madison County · SCA2
            SARA today 14.5/40 — gait 4 · stance 3 · sitting 1 · speech 1.5 · finger chase 1 · nose–finger 1.5 · fast alternating 1.5 · heel–shin 1
            Individual session, the PT with him alone for the whole 97112.
            97112 — 24 min
              · tilt board, A/P and M/L, then eyes closed
              · quadruped → tall-kneel arm-and-leg lifts with rhythmic stabilization
              · walking the tape line with a bucket in each hand, as across the barn
            Findings: gait and stance ataxia; trunk sway increases when he carries
            """,
            ["G11.8", "R26.0"], [PT("97112", 24)], []),

        // Quinsigamond Huntington's letter carrier, UHDRS pieces (tandem walking 2, pull test 1, gait 1); "Individual NMR — PT and Mr. Sullivan, nobody else (his wife in the waiting room)"; lean-release backward steps, hallway tandem, foam step turns; reactive postural control and tandem gait with chorea; 22 matches: passes.
        ["v5-h86-quinsig-uhdrs-tandem-and-pull-test"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester
            Pt: 56 y/o M, retired letter carrier · Huntington's disease
            UHDRS pieces today: tandem walking 2 (more than three deviations from the line); retropulsion pull test 1 (recovered on his own, three steps back); gait 1
            Individual NMR — PT and Mr. Sullivan, nobody else (his wife in the waiting room).
            97112 NMR, 22 min: backward-step training after release from a lean; tandem walking along the hallway tape, fingertip touch; stepping onto and off a low foam step, turning at the top
            A: impaired reactive postural control and tandem gait with trunk chorea
            """,
            ["R25.8", "R26.81"], [PT("97112", 22)], []),

        // Huron Ann Arbor OT station, Friedreich's junior: 9HPT dominant R and nondominant L in seconds against the fall; "OT with Devin alone for all of the 97112"; forearm weight-bearing with target reaches, weighted-pen mazes, eyes-closed pegs; upper-limb ataxia with poor proximal stability; 18 matches: passes.
        ["v5-h86-huron-ot-9hpt-by-hand"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · Thursday clinic, Ann Arbor · OT station
            Friedreich's ataxia · EMU junior · writing and typing for class slower each semester
            9HPT: dominant (R) 58.2 s · nondominant (L) 66.9 s  (R 63.5 s last September)
            OT with Devin alone for all of the 97112; no other client at the station.
            » 97112 — 18 min: proximal stabilization — weight-bearing through the forearms on the table, then reaching to targets from that base; tracing mazes with a weighted pen; placing pegs with the eyes closed, then checking
            » Deficit: upper-limb ataxia (dysmetria and intention tremor) with poor proximal stability
            """,
            ["G11.11"], [OT("97112", 18)], []),

        // Rivanna cataloguer with R torticollis four weeks after the toxin: TWSTRS severity against pre-injection, rotation at rest, eyes-closed midline hold in seconds; "One-to-one: PT and patient, no one else, whole 97112"; tactile-cued midline holds, resisted L rotation with rhythmic stabilisation, screen reading at midline; motor control of the rotators; 20 matches: passes.
        ["v5-h86-rivanna-twstrs-and-rotation-at-rest"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            Pt: library cataloguer · cervical dystonia, R torticollis · BoNT-A 4 weeks ago
            Outcomes: TWSTRS severity 12/35 (19/35 before the injection); head rotation at rest 20° R; holds midline 25 s with eyes closed
            One-to-one: PT and patient, no one else, whole 97112.
            97112 — 20 min: eyes-closed midline holds with a tactile cue from the PT, then without; L rotation against light manual resistance with rhythmic stabilization; reading the catalogue screen set off to the L, head kept at midline
            Findings: R rotational dystonia — overactive L SCM and R splenius, poor motor control and late recruitment of the antagonists
            """,
            ["G24.3"], [PT("97112", 20)], []),

        // Huron gym, limb-onset ALS electrician: hand-held dynamometry in kilograms (R / L) for knee extension, hip abduction, elbow flexion; cuff knee extension, band abduction, supported curls with doses short of fatigue; asymmetric weakness with a pickup goal; 14 matches: passes.
        ["v5-h86-huron-dynamometry-kg-97110"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            ALS, limb onset (R arm and both legs) · retired UAW electrician, Ypsilanti
            Hand-held dynamometry (kg, R / L): knee extension 14.2 / 18.6 · hip abduction 8.1 / 9.4 · elbow flexion 6.0 / 11.8
            » 97110 — 14 min, moderate load, stopped short of fatigue: seated knee extension 2 lb 2 x 10; standing hip abduction with a yellow band 2 x 10; supported biceps curls 1 lb R, 2 lb L, 2 x 10
            » Why: asymmetric weakness, worst in the R knee extensors and R elbow flexors; goal — keep getting in and out of his pickup
            """,
            ["G12.21"], [PT("97110", 14)], []),

        // Quinsigamond CMT1A teacher: timed 25-foot walk and 10-m comfortable and fast speeds; carbon-AFO gait with heel-first cues, fast intervals, stairs and gravel with distance; B/L foot drop with steppage and weak push-off; 17 matches: passes.
        ["v5-h86-quinsig-t25fw-and-10m-speeds-97116"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester
            Pt: 30 y/o F, middle-school science teacher · CMT1A
            O: timed 25-foot walk 6.8 s (8.1 s at IE); 10-m walk comfortable 1.02 m/s, fast 1.38 m/s
            Gait training (97116), 17 min: walking in her carbon AFOs with heel-first contact cued, 4 x 200 ft; fast-walking intervals down the hall; stairs reciprocal with one rail, 2 flights; the gravel path outside, 100 ft
            A: B/L foot drop with a steppage gait and poor push-off
            """,
            ["G60.0", "M21.371", "M21.372"], [PT("97116", 17)], []),

        // Rivanna Huntington's florist: Berg 45/56 with the items lost and five-times sit-to-stand; "PT with her alone for the entire 97112; her husband waited at the front desk"; stool taps with pushes, counted 360° turns, Airex flowerpot placing; anticipatory and reactive postural control with chorea; 21 matches: passes.
        ["v5-h86-rivanna-berg-items-lost-and-5xsts"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            Pt: 52 y/o F, florist · Huntington's disease
            Outcomes: Berg 45/56 (points lost on tandem, single-leg, turning 360° and stool taps); 5xSTS 16.4 s
            PT with her alone for the entire 97112; her husband waited at the front desk.
            97112 — 21 min: alternate stool taps with light perturbations; 360° turns to each side, counting steps; standing on the Airex catching flowerpots and placing them on a shelf
            Findings: impaired anticipatory and reactive postural control with chorea
            """,
            ["R25.8", "R26.81"], [PT("97112", 21)], []),

        // Huron gym, myasthenia bakery clerk: 30-second chair stand count and an arms-overhead hold in seconds; bread-tray lifts, top-shelf reaches, sit-stand-carry with counts and loads; fatigable proximal weakness with a stocking goal; 20 matches: passes.
        ["v5-h86-huron-30-second-chair-stand-97530"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            Myasthenia gravis, generalized, on pyridostigmine · bakery counter clerk, Kerrytown
            30-second chair stand: 11 (9 at eval); arms-overhead hold 45 s before the arms drop
            » 97530 — 20 min: lifting bread trays from the low rack to the counter, 3 x 8; reaching to the top shelf with a 3-lb tray, 2 x 6; sit-to-stand, then carrying a tray 20 ft, x 6 — rests built in between sets per her fatigue plan
            » Deficit: fatigable proximal weakness of the shoulders and hips — her arms give out stocking the top shelf by late morning
            """,
            ["G70.00"], [PT("97530", 20)], []),

        // Quinsigamond Webster MJD patient, "Individual NMR: the PT with Sr. Medeiros only"; foam eyes closed, perturbation weight shifts, rope step-overs; trunk and gait ataxia — "Wife (through the interpreter): steadier at home this week", no number anywhere: measure missing.
        ["v5-h86-quinsig-wife-says-steadier"] = new(
            """
            Quinsigamond Neuro PT — Webster
            Pt: Azorean-born, retired fish-plant worker · Machado-Joseph disease · Portuguese interpreter by phone
            Individual NMR: the PT with Sr. Medeiros only.
            NMR: standing on foam with eyes closed; weight shifts with the PT's perturbations; stepping over the rope, each leg leading
            A: trunk and gait ataxia on a wide base
            Wife (through the interpreter): steadier at home this week, fewer grabs at the furniture. He looks steadier to me on the foam too.
            """,
            ["G11.8"], [PT("97112", 21)], [At(Measure, "97112")]),

        // Rivanna Culpeper conductor: one-on-one; staggered-stance perturbations, clock-yard crossing steps, foam-beam tandem; gait and trunk ataxia with overshoot — "SARA deferred — he was tired from the drive", no number anywhere: measure missing.
        ["v5-h86-rivanna-sara-deferred"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · MDC Neuro PT · Culpeper satellite
            Pt: retired Amtrak conductor · spinocerebellar ataxia
            PT and patient one-on-one throughout the 97112.
            97112: perturbations in staggered stance; stepping to the clock-yard targets, crossing over; tandem walking on the foam beam
            Findings: gait and trunk ataxia; overshoots on turns
            Outcomes: SARA deferred — he was tired from the drive; repeat at the re-eval.
            """,
            ["G11.2"], [PT("97112", 23)], [At(Measure, "97112")]),

        // Huron gym, myasthenia clerk on a 97110: sit-to-stands, wall push-ups, light-band rows, bridging, low step-ups named with no set, rep or load; fatigable proximal weakness — "Looked less tired at the end than last time": measure missing.
        ["v5-h86-huron-looked-less-tired-97110"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            Myasthenia gravis · bakery counter clerk
            » 97110: sit-to-stands; wall push-ups; seated rows with a light band; bridging; step-ups at the low step — paced, rests built in
            » Deficit: fatigable proximal weakness of the hips and shoulders
            » Looked less tired at the end than last time; no ptosis by the end of the session.
            """,
            ["G70.00"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Quinsigamond Leominster portal message to the referring neurologist as the note: one-on-one stated; foam gaze stabilisation, head-turn tandem, stepping to perturbations; trunk and gait ataxia with oscillopsia — "walking with more confidence", no number anywhere: measure missing.
        ["v5-h86-quinsig-portal-message-to-the-neurologist"] = new(
            """
            Quinsigamond Neuro PT — Leominster
            Message to Dr. Okafor (neurology) through the patient portal, copied to the chart as today's note:
            Dr. Okafor — Mrs. Pelletier continues neuromuscular re-education with me, one-on-one, with no other patient while she is here. We are working on gaze stabilization standing on foam, tandem walking with head turns, and stepping strategies to perturbations. The target remains her trunk and gait ataxia and the oscillopsia on head turns. She is walking with more confidence, and her husband reports she uses the cane less in the house.
            — K. Aubuchon, PT, DPT
            """,
            ["G11.2"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Huron gym, ALS librarian on a 97140: sustained manual stretching of the L calf and hamstrings, talocrural posterior glides, calf STM for heel-cord tightness with the foot drop — "Ankle moving better after the stretch", no grade, hold, range or number: measure missing.
        ["v5-h86-huron-heel-cord-stretch-no-number-97140"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            ALS · school librarian · night splint not yet delivered
            » 97140: manual stretching of the L gastroc-soleus and hamstrings, sustained, knee straight then bent; talocrural posterior glides; soft-tissue mobilization to the L calf
            » Deficit: L heel-cord tightness developing with the foot drop — the heel no longer reaches the floor in standing
            » Ankle moving better after the stretch.
            """,
            ["G12.21", "M24.572"], [PT("97140", 12)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Rivanna orchard owner, "97112 → 22 min" and "97116 → 15 min" (both match), one-on-one for both; uneven-mat perturbations, half-kneel on foam, hose step-overs; weighted rollator vs. trekking poles on the grass slope with distance and assist; gait and trunk ataxia, veering on slopes; SARA: passes.
        ["v6-h86-rivanna-arrow-minutes-two-codes"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            Pt: 58 y/o M, apple-orchard owner · SCA3 · one-on-one with the PT for both codes, nobody else treated
            97112 → 22 min: perturbations on the uneven-ground mat; half-kneel to stand on foam; stepping over a hose laid in curves
            97116 → 15 min: gait training with the weighted rollator vs. two trekking poles, 3 x 200 ft each; the grass slope behind the building, up and down x 3
            Findings: gait and trunk ataxia; veers and loses his balance on slopes
            Outcomes: SARA gait 4; on the grass CGA with the poles, SBA with the rollator
            """,
            ["G11.8", "R26.0"], [PT("97112", 22), PT("97116", 15)], []),

        // Quinsigamond Huntington's letter carrier, a time log without colons ("0902 NMR (97112) start · 0925 … gait (97116) start · 0941 gait stop" = 23 and 16, both match), 1:1 throughout; stair perturbations, lean release, foam tandem; sidewalk loop and stairs with distance and SBA; chorea, reactive control, irregular steps; BBS: passes.
        ["v6-h86-quinsig-time-log-without-colons"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester
            Pt: 56 y/o M, retired letter carrier · Huntington's disease
            Time log:  0902 NMR (97112) start · 0925 NMR stop / gait (97116) start · 0941 gait stop
            1:1 throughout — PT with Mr. Sullivan only.
            NMR: stair perturbations with hip nudges; stepping-strategy practice after a lean release; tandem stance on foam
            Gait: the sidewalk loop with the rollator and without, 2 x 400 ft each; stairs as at home, 3 flights with the rail
            A: impaired reactive postural control with chorea; irregular step length and a widening base as he tires
            O: BBS 45/56; 3 flights with SBA holding the rail
            """,
            ["R25.8", "R26.81"], [PT("97112", 23), PT("97116", 16)], []),

        // Huron Ann Arbor clinic day, ALS electrician: "PT station — 97116, 14 min" and "OT station — 97530, 21 min", each matching its own discipline's line; AFO-and-cane gait with distance, curb and SBA for R foot drop; truck-simulator transfers, bag carries, cabinet reaches with counts for R hand and shoulder weakness; RT's FVC beside: passes.
        ["v6-h86-huron-pt-station-and-ot-station"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · Thursday clinic, Ann Arbor
            ALS · retired UAW electrician, Ypsilanti · RT today: FVC 74% predicted, sitting
            PT station — 97116, 14 min: gait training with the new R AFO and a single-point cane, 3 x 150 ft; curb up and down x 4; SBA · R foot drop with toe drag and knee hyperextension in stance
            OT station — 97530, 21 min: pickup-truck transfers at the car simulator, x 5; carrying a tool bag 20 ft, x 4; reaching to the upper cabinet with the R arm, 2 x 8 · R hand and shoulder weakness — he can't get into the truck or lift to the cabinet without help
            """,
            ["G12.21", "M21.371"], [PT("97116", 14), OT("97530", 21)], []),

        // Rivanna DYT1 student, "97110 — 15 min, split: 8 min warm-up before the re-ed + 7 min after" (= 15) and "97112 — 21 min" (both match), individual; band eversion, calf raises, side-lying abduction, ball extension, hamstring stretch with doses; backward and metronome walking, PNF, rocker board; dystonia, evertor and extensor weakness; 10-m walk: passes.
        ["v6-h86-rivanna-ther-ex-in-two-parts"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            Pt: 24 y/o M, engineering grad student · DYT1 generalized dystonia
            Individual — one therapist with him alone, both codes.
            97110 — 15 min, split: 8 min warm-up before the re-ed + 7 min after
              · before: L ankle eversion with the red band 3 x 12; calf raises 2 x 15; side-lying hip abduction 2 x 12
              · after: trunk extension over the ball 2 x 10; hamstring stretch 3 x 30 s
            97112 — 21 min: backward and sideways walking, then forward to a metronome; PNF D1/D2 LE with manual resistance; rocker board with the L foot flat
            Findings: L foot inversion and trunk flexion dystonia on forward walking; L evertor and trunk extensor weakness
            Outcomes: 10-m walk forward 10.6 s; L foot flat at contact on 5 of 10 steps
            """,
            ["G24.1"], [PT("97110", 15), PT("97112", 21)], []),

        // Huron gym, FSHD HVAC tech, "Minutes by code — 97110: 13 · 97530: 22" (both match); serratus punches, strapped wall slides, band dorsiflexion with doses; toolbox lifts, ladder climbs, overhead reaches with loads and counts; scapular winging and R foot drop: passes.
        ["v6-h86-huron-minutes-by-code-row"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            FSHD · HVAC service tech
            Minutes by code — 97110: 13 · 97530: 22
            » 97110: supine serratus punches 2 x 10; wall slides with the scapulae held by a strap 2 x 10; seated ankle DF with a band 2 x 15 each
            » 97530: lifting a 15-lb toolbox from the floor onto the attic-ladder mock-up, 2 x 5; ladder climbs carrying the gauges, x 4; overhead duct-taping reaches in the scapular strap, 2 x 8
            » Deficit: scapular winging with serratus and lower-trap weakness; R foot drop — he can't work overhead or carry up the attic ladder
            """,
            ["G71.02"], [PT("97110", 13), PT("97530", 22)], []),

        // Rivanna Harrisonburg SCA2 supervisor, "PT — 97112, 19 min, individual (no other patient)" and "PTA — 97116, 15 min" (both match, one discipline), interpreter in person; rocker board, half-kneel perturbations, head-turn tandem; plant-floor mock-up gait and stairs with distance and SBA; ataxia and veering; seconds and steps: passes.
        ["v6-h86-rivanna-pt-and-pta-one-visit"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · MDC Neuro PT · Harrisonburg satellite · Spanish interpreter in person
            Pt: 41 y/o M, poultry-plant line supervisor · SCA2
            PT — 97112, 19 min, individual (no other patient): rocker board eyes closed; half-kneel perturbations on foam; tandem line walking with head turns
            PTA — 97116, 15 min: gait on the plant-floor mock-up (wet-floor mat, drain grate, a forklift-lane turn), 4 x 150 ft; stairs to the break room, 2 flights; SBA
            Findings: trunk and gait ataxia; vision-dependent postural control; veers turning on the wet mat
            Outcomes: rocker board eyes closed 11 s; tandem line 12 steps
            """,
            ["G11.8"], [PT("97112", 19), PTA("97116", 15)], []),

        // Quinsigamond bank teller, three codes in prime minutes ("97112 21' · 97140 10' · 97110 12'", all match); mirror midline retraining one-on-one; STM and stretch; chin tucks, retraction, rows with doses; selective motor control, tight L splenius and R SCM, deep-neck-flexor weakness; rotation at rest and AROM: passes.
        ["v6-h86-quinsig-prime-minutes-three-codes"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester
            Pt: 44 y/o F, bank teller · cervical dystonia (L torticollis), BoNT-A wearing off
            Billing: 97112 21' · 97140 10' · 97110 12'
            97112 — mirror midline retraining; rhythmic stabilization at midline; eccentric return from R rotation. One-on-one (PT/pt), nobody else treated during it.
            97140 — STM L splenius capitis and R SCM; manual stretch into R rotation; suboccipital release
            97110 — chin tucks 3 x 10; prone scapular retraction 2 x 12; band rows 3 x 12
            A: dystonic L rotation with poor selective neck motor control; L splenius and R SCM tight; deep neck flexor and scapular retractor weakness
            O: rotation at rest 25° L; R rotation AROM 50° → 62° after the manual work
            """,
            ["G24.3"], [PT("97112", 21), PT("97140", 10), PT("97110", 12)], []),

        // Huron Jackson outreach day, CMT1A goalie, "97530 10 min before + 9 min after = 19 min" around the orthotist's visit (matches); butterfly recoveries, T-pushes, skates at the bench with counts; distal weakness and ankle instability: passes.
        ["v6-h86-huron-station-split-around-the-orthotist"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · Jackson outreach clinic day · PT station
            CMT1A · 16 y/o hockey goalie
            PT station was split around the orthotist's visit: 97530 10 min before + 9 min after = 19 min.
            » goalie butterfly drops and recoveries to standing, both sides, 3 x 5; lateral T-pushes across the mat in goalie stance, 4 lengths; stepping into and out of his skates at the bench, x 3
            » Deficit: distal leg weakness and poor ankle stability (CMT) — slow to recover from the butterfly; rolls the ankles stepping into his skates
            """,
            ["G60.0"], [PT("97530", 19)], []),

        // Rivanna lab, Huntington's line cook "97112 — 36 min" against a 24-min line: mismatch; otherwise complete (alone with the PT; Zero G stops, pelvic perturbations, obstacle course; chorea with poor protective stepping; 6 of 10).
        ["v6-h86-rivanna-nmr-36-against-24"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops) · Gait & Balance Lab
            Pt: 45 y/o M, former line cook · Huntington's disease
            97112 — 36 min, PT with him alone in the lab: Zero G walking with sudden stops; pelvic perturbations for protective stepping; the obstacle course
            Findings: choreic trunk movements with poor protective stepping
            Outcomes: protective steps effective on 6 of 10 perturbations
            """,
            ["R25.8", "R26.81"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // Quinsigamond PTA "Gait training (97116) 12 min" against a 25-min PTA line: mismatch; forearm-crutch gait with distance, threshold step-overs, SBA, spastic scissoring gait complete.
        ["v6-h86-quinsig-pta-gait-12-against-25"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester · PTA note
            Pt: 37 y/o F, CNA · HSP
            Gait training (97116) 12 min: forearm crutches, 2-point, 4 x 150 ft cueing hip and knee flexion; threshold step-overs x 20; SBA
            A: spastic gait — scissoring and toe drag B/L
            """,
            ["G11.4"], [PTA("97116", 25)], [At(Mismatch, "97116")]),

        // Huron gym, post-polio woman: "97110, 27 min" against a 15-min line (mismatch on 97110) while "97116, 16 min" matches; both sections complete (abduction, knee extension, bridges with doses; SCKAFO gait with distance and SBA; L leg weakness, R quadriceps buckling).
        ["v6-h86-huron-ther-ex-27-against-15"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            Post-polio syndrome · 78 y/o, Saline
            » 97110, 27 min: side-lying L hip abduction 2 x 8; seated L knee extension 1 lb 2 x 8; bridges 2 x 8 — short of fatigue
            » 97116, 16 min: SCKAFO gait with the cane, 3 x 100 ft; ramp x 3; SBA
            » Deficit: L hip and knee weakness (the "good" leg tiring); R quadriceps weakness — the knee buckles unless the SCKAFO locks
            """,
            ["M62.81", "Z86.12"], [PT("97110", 15), PT("97116", 16)], [At(Mismatch, "97110")]),

        // Rivanna Culpeper conductor "Total timed: 38 min (NMR and gait)" is the only time for two codes: separate time missing; both sections complete (one-on-one; metronome step-turns, corner perturbations, doorway gaps; rollator-to-cane gait with distance and assist; lurching gait with overshoot; FGA).
        ["v6-h86-rivanna-total-timed-only"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · MDC Neuro PT · Culpeper satellite
            Pt: 71 y/o M, retired Amtrak conductor · SCA6
            Total timed: 38 min (NMR and gait), one-on-one with the PT throughout
            NMR: step-turns around a cone to a metronome; feet-together stance in the corner with perturbations; doorway-gap walking
            Gait: rollator → cane in the hallway, 3 x 150 ft; the ramp and the curb cut x 4; CGA → SBA
            Findings: wide-based, lurching gait with overshoot on turns; trunk ataxia
            Outcomes: FGA 15/30
            """,
            ["G11.2", "R26.0"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // Huron gym, HSP pharmacist, "Units billed: 97112 ×2 · 97530 ×1" — units, no minutes for either code: separate time missing; both sections complete (one-on-one; harness perturbations, hurdles, rocker board; floor rise, tub step-over, basket carries with counts; spastic paraparesis; 10-m walk).
        ["v6-h86-huron-units-with-no-minutes"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            HSP · pharmacist, Brighton
            Units billed: 97112 ×2 · 97530 ×1 — one-on-one with the PT, no other patient, for all of it
            » 97112: treadmill in the harness with pelvic perturbations; hurdle step-overs; rocker-board weight shifts
            » 97530: getting up off the floor from side-sitting, x 3; stepping into the shower over a tub-wall mock-up, x 6; carrying a laundry basket up 4 steps, x 4
            » Deficit: spastic paraparesis with delayed stepping reactions and poor R foot clearance
            » 10-m walk 0.81 m/s; hurdles caught 2 of 10
            """,
            ["G11.4", "R26.1"], [PT("97112", 25), PT("97530", 14)], [SepTime]),

        // Quinsigamond essential-tremor machinist: "97112 NMR 20 min" but the gait (97116) section has no minutes: separate time missing; both sections complete (individual; wall tandem, foam narrow stance, stair perturbation; brick-sidewalk and cellar-stair gait with distance and SBA; tandem-gait and postural-control deficit; steps and seconds).
        ["v6-h86-quinsig-gait-section-unminuted"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester
            Pt: 79 y/o M, retired machinist · essential tremor
            97112 NMR 20 min — individual, nobody else on my list during it: tandem walking along the wall, touch → none; narrow stance on foam with head turns; narrow-stair step-downs with a hip perturbation
            Gait (97116): outdoors on the brick sidewalk and the cellar-stair mock-up, cane vs. none, 3 x 200 ft; SBA
            A: ET-related tandem-gait and postural-control deficit; he shortens his step and veers on uneven brick
            O: tandem 5 steps; foam narrow stance 18 s
            """,
            ["G25.0", "R26.81"], [PT("97112", 20), PT("97116", 14)], [SepTime]),

        // Rivanna Harrisonburg Friedreich's sophomore, minutes after the description ("— 97112, 18 min", "— 97530, 16 min", both match), individual; Airex tall-kneel, quadruped lifts, eyes-closed Frenkel slides; shower reaches, bag carries, bench sit-to-stands with counts; ataxia, proprioceptive loss, hip weakness; mFARS and seconds: passes.
        ["v6-h86-rivanna-minutes-after-the-description"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · MDC Neuro PT · Harrisonburg satellite
            Pt: 20 y/o F, JMU sophomore · Friedreich's ataxia · individual session, the PT with her alone
            Tall-kneeling on the Airex with rhythmic stabilization, quadruped arm-and-leg lifts, Frenkel heel-to-target slides with eyes closed — 97112, 18 min
            Shower-valve reaches at the grab bar x 10 each side, laundry-bag carries hooked on the walker 4 x 50 ft, sit-to-stand from the shower bench x 8 — 97530, 16 min
            Findings: trunk and limb ataxia with proprioceptive loss; hip weakness; she falls reaching in the shower
            Outcomes: mFARS upright stability 26/36; tall-kneel on the Airex 20 s
            """,
            ["G11.11"], [PT("97112", 18), PT("97530", 16)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h86-empty-nmr-and-gait"] = new(
            "",
            ["G11.2"], [PT("97112", 22), PT("97116", 14)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // Empty note on a PTA 97110 with no diagnosis: note missing and diagnosis missing.
        ["v7-h86-empty-pta-97110-no-dx"] = new(
            "",
            [], [PTA("97110", 15)], [At(NoteMissing, "97110"), Dx]),

        // A note of spaces around a line break only (cells are trimmed) on a PT 97530 with a diagnosis: note missing only.
        ["v7-h86-blank-line-only-97530"] = new(
            "  \r\n  ",
            ["G72.41"], [PT("97530", 20)], [At(NoteMissing, "97530")]),

        // 97110's meaning at Huron: band dorsiflexion, step-ups, low-stool sit-to-stands, grip squeezes with doses (technique and measure), ankle-dorsiflexor and hip weakness with grip myotonia and a tractor-cab goal (deficit); 16 matches: passes.
        ["v7-h86-huron-97110-dairy-farmer-myotonia"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            Myotonic dystrophy (DM1) · dairy farmer, Manchester
            » 97110 — 16 min: ankle DF with the red band 3 x 12 each; step-ups onto a 6-in. step 2 x 8 each leg; sit-to-stand from a low stool 2 x 8; grip squeezes to work past the myotonia 2 x 10
            » Why: distal leg weakness (ankle dorsiflexors) and hip weakness with grip myotonia; goal — climb into the tractor cab and work the parlor
            """,
            ["G71.11"], [PT("97110", 16)], []),

        // 97530's meaning at Quinsigamond: tub-wall step-overs at the grab bar, floor-to-standing via half-kneel, laundry-basket carries with counts (technique and measure), trunk ataxia making the tub wall and the floor unsafe with a bathing goal (deficit); 20 matches: passes.
        ["v7-h86-quinsig-97530-tub-floor-and-laundry"] = new(
            """
            Quinsigamond Neuro PT — Leominster
            Pt: 68 y/o F, retired teacher · SCA6
            97530, 20 min: stepping in and out of a tub-wall mock-up holding the grab bar, x 6; floor to standing via half-kneel at a sturdy chair, x 3; carrying a laundry basket down the hall and setting it on the dryer, 4 trips
            A: trunk ataxia — unsteady stepping over the tub wall and getting up from the floor; goal: bathe without her husband in the room
            """,
            ["G11.2"], [PT("97530", 20)], []),

        // 97140's meaning at Rivanna Culpeper: STM to the R scalenes, SCM and upper trap, manual stretch into L side-bend and extension, T1-4 PAs, first-rib mobilisation (technique), scalene and SCM shortening with upper-thoracic stiffness (deficit), side-bend and extension degrees (measure); 11 matches: passes.
        ["v7-h86-rivanna-97140-laterocollis"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · MDC Neuro PT · Culpeper satellite
            Pt: 51 y/o M, vineyard tasting-room host · cervical dystonia (R laterocollis, anterocollis)
            97140 — 11 min: soft-tissue mobilization to the R scalenes, SCM and upper trap; manual stretch into L side-bend and extension; T1-4 central PA glides gr III; R first-rib inferior mobilization
            Findings: R scalene and SCM shortening with upper-thoracic stiffness; L side-bend 18° → 28°, extension 30° → 40°
            """,
            ["G24.3"], [PT("97140", 11)], []),

        // 97116's meaning at Rivanna: weighted-rollator gait with distance, gravel and grass, barn-door-gap turns, CGA/SBA (technique and measure), wide-based ataxic gait with veering (deficit); 17 matches: passes.
        ["v7-h86-rivanna-97116-weighted-rollator"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            Pt: 49 y/o M, dairy farmer · SCA2
            97116 — 17 min: gait training with a weighted rollator (10 lb added over the front legs), 4 x 150 ft; the gravel path and the grass verge, 200 ft each; turns through a barn-door-width gap x 6; CGA on the gravel, SBA indoors
            Findings: wide-based ataxic gait with lateral veering; the unweighted rollator skitters away from him
            """,
            ["G11.8", "R26.0"], [PT("97116", 17)], []),

        // Generic 97112: "NMR 97112 x 22 min. Balance and coordination ex per POC. Pt tolerated well. Will continue." — no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h86-generic-nmr"] = new(
            "NMR 97112 x 22 min. Balance and coordination ex per POC. Pt tolerated well. Will continue.",
            ["G11.8"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97530 with minutes for each (14 and 20, both match): "Ther ex and functional training per plan. Pt motivated, tolerated session." — nothing named for either code.
        ["v7-h86-generic-ther-ex-and-ther-act"] = new(
            "97110 14 min / 97530 20 min. Ther ex and functional training per plan. Pt motivated, tolerated session.",
            ["G72.41"], [PT("97110", 14), PT("97530", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic 97140: "Manual therapy as indicated, 10 min. Good response. Continue POC." — no technique, region or number but its minutes.
        ["v7-h86-generic-manual"] = new(
            "Manual therapy as indicated, 10 min. Good response. Continue POC.",
            ["G24.3"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes

        // Rivanna essential-tremor organist: "The PT saw only him for the 97112; no other patient was treated in that time"; foam tandem, tray walking, step-ups with rhythmic stabilisation; tandem-gait instability and postural control; seconds and BBS; 20 matches: passes.
        ["vord-h86-rivanna-organist-nmr"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            Pt: 74 y/o M, church organist from Staunton · essential tremor · on propranolol; tremor better, balance not
            The PT saw only him for the 97112; no other patient was treated in that time.
            97112 — 20 min
              · tandem stance firm → foam, eyes open then closed
              · heel-to-toe walking carrying a tray with a cup of water
              · step-ups onto the 6-in. step with rhythmic stabilization at the pelvis at the top
            Findings: tandem-gait instability and impaired postural control on compliant surfaces
            Outcomes: tandem stance on foam 14 s (8 s at IE); BBS 50/56
            """,
            ["G25.0", "R26.81"], [PT("97112", 20)], []),

        // Rivanna Huntington's florist, three codes on one line ("97112 20 min (individual …) · 97110 12 min · 97530 15 min", all match); perturbations, stool taps, counted turns; sit-to-stands, band abduction, bridges with doses; bucket carries, cooler reaches, stoops with counts; chorea, hip weakness, drops buckets turning; BBS: passes.
        ["vord-h86-rivanna-florist-three-codes"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            Pt: 52 y/o F, florist · Huntington's disease · still works mornings in the shop
            Timed codes: 97112 20 min (individual — the PT with her alone) · 97110 12 min · 97530 15 min
            97112: backward-pull perturbations with a cued step; stool taps with light pushes; 360° turns counting steps
            97110: sit-to-stand 3 x 10; standing hip abduction with the green band 2 x 12; bridges 2 x 12
            97530: carrying a filled flower bucket 4 x 30 ft; reaching to the top cooler shelf and back, 2 x 8; stooping to the floor buckets and up, x 8
            Findings: impaired reactive postural control with chorea; hip weakness; she drops buckets when she turns with them
            Outcomes: BBS 46/56; 360° turn in 6 steps
            """,
            ["R25.8", "R26.81"], [PT("97112", 20), PT("97110", 12), PT("97530", 15)], []),

        // Rivanna Culpeper vineyard host: 97140 10 and 97112 21 (both match), one-to-one; STM, stretch, thoracic PAs; Bleton-style antagonist activation and corrected pouring; laterocollis, poor antagonist recruitment, scalene shortening; tilt and side-bend degrees: passes.
        ["vord-h86-rivanna-vineyard-manual-and-nmr"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · MDC Neuro PT · Culpeper satellite
            Pt: 51 y/o M, vineyard tasting-room host · cervical dystonia (R laterocollis, anterocollis)
            97140 — 10 min: STM R scalenes and SCM; manual stretch into L side-bend; T1-4 central PAs gr III
            97112 — 21 min, one-to-one, PT and patient alone: Bleton-style selective activation of the L lateral flexors and deep neck extensors, head supported → free; holding the corrected posture while pouring at the counter mock-up
            Findings: R laterocollis and anterocollis; poor recruitment of the antagonist muscles; R scalene and SCM shortening
            Outcomes: head tilt at rest 15° R; L side-bend 20° → 30° after the manual work
            """,
            ["G24.3"], [PT("97140", 10), PT("97112", 21)], []),

        // Rivanna Harrisonburg PTA, SCA2 supervisor: bridges, side-lying abduction, counter mini-squats, heel raises with doses; hip and trunk weakness with a processing-floor goal; 16 matches: passes.
        ["vord-h86-rivanna-pta-97110-sca2"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · MDC Neuro PT · Harrisonburg satellite · PTA note · interpreter in person
            Pt: 41 y/o M, poultry-plant line supervisor · SCA2
            97110 — 16 min: bridges 3 x 12; side-lying hip abduction 2 x 12 each; mini-squats holding the counter 3 x 10; heel raises 2 x 15
            Purpose: hip and trunk weakness adding to the ataxic gait; goal — walk the full length of the processing floor without holding the line rail
            """,
            ["G11.8"], [PTA("97110", 16)], []),

        // Huron gym, ALS librarian in a new L carbon AFO: cane gait with distance, bookshelf-aisle turns, curb and ramp, SBA; L foot drop; 10-m walk with and without; 15 matches: passes.
        ["vord-h86-huron-als-librarian-97116"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            ALS, limb onset (L leg) · school librarian · L carbon AFO fitted at clinic
            » 97116 — 15 min: gait training in the AFO with a single-point cane, 3 x 150 ft; the narrow aisles between the bookshelf mock-ups, turning at each end, x 4; curb and ramp x 3; SBA
            » Deficit: L foot drop — toe catch and a short L step
            » 10-m walk with the AFO 0.94 m/s (0.71 m/s without)
            """,
            ["G12.21", "M21.372"], [PT("97116", 15)], []),

        // Huron gym, myasthenia clerk: sit-to-stands, wall push-ups, band rows, step-ups with doses; fatigable proximal weakness with a bread-rack goal; 14 matches: passes.
        ["vord-h86-huron-myasthenia-clerk-97110"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            Myasthenia gravis (generalized) · bakery counter clerk · took her pyridostigmine before coming in
            » 97110 — 14 min: sit-to-stand 2 x 8; wall push-ups 2 x 8; seated rows with the yellow band 2 x 10; step-ups on the 4-in. step 2 x 6 each — short sets, seated rest between
            » Deficit: fatigable proximal weakness of the hips and shoulders; goal — stock the bread racks through a morning
            """,
            ["G70.00"], [PT("97110", 14)], []),

        // Huron gym, CMT2 letter carrier: "The PT treated her on her own, no other patient, for the whole 97112"; foam eyes closed with mailbag hand-offs, grass-mat and wedge stepping, narrow-stance perturbations; sensory ataxia from large-fibre loss; Romberg seconds; 20 matches: passes.
        ["vord-h86-huron-letter-carrier-nmr"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            CMT2 · letter carrier, walking route in Chelsea
            The PT treated her on her own, no other patient, for the whole 97112.
            » 97112 — 20 min: standing on the foam with eyes closed, then taking the mailbag handed in from the side; stepping onto and off a grass mat and a sloped-yard wedge; perturbations in narrow stance
            » Deficit: sensory ataxia from distal large-fiber loss — she sways as soon as she looks down at the addresses
            » Romberg eyes closed 11 s on the firm floor, 4 s on foam
            """,
            ["G60.0"], [PT("97112", 20)], []),

        // Huron gym, HSP pharmacist: "97112 (22 min), PT one-to-one with him, nobody else on the schedule" and "97116 (14 min)" (both match); rocker-board perturbations, hurdles, backward harness treadmill; trekking-pole gait, aisle mock-up with distance and SBA; spastic paraparesis and delayed stepping; 10-m walk: passes.
        ["vord-h86-huron-hsp-nmr-and-gait"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            HSP (SPG4) · pharmacist, Brighton · on his feet at the counter all day
            97112 (22 min), PT one-to-one with him, nobody else on the schedule: rocker-board weight shifts with perturbations; hurdle step-overs clearing the R foot; backward walking on the treadmill in the harness
            97116 (14 min): overground gait with two trekking poles and without, 4 x 200 ft; the pharmacy-aisle mock-up with turns; SBA
            Deficit: spastic paraparesis, R worse, with delayed stepping reactions and toe catch
            10-m walk 0.84 m/s with the poles; hurdles caught 1 of 10
            """,
            ["G11.4", "R26.1"], [PT("97112", 22), PT("97116", 14)], []),

        // Huron Ann Arbor OT station, IBM nurse: jar and pill-bottle opening with an adapted grip, looped-bag carries, coin picking with counts; finger-flexor and grip weakness; grip kilograms; 18 matches: passes.
        ["vord-h86-huron-ot-ibm-97530"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · Thursday clinic, Ann Arbor · OT station
            IBM · retired ICU nurse · deep finger flexors the weakest
            » OT 97530 — 18 min: opening jars and pill bottles with the adapted grip, x 6 each; carrying a grocery bag by a looped handle 4 x 30 ft; picking coins from a tray into a purse, 20 coins
            » Deficit: finger-flexor and grip weakness — she drops the grocery bags and can't open her pill bottles
            » Grip R 8 kg / L 10 kg
            """,
            ["G72.41"], [OT("97530", 18)], []),

        // Quinsigamond Webster myasthenia foreman: knee extension, band abduction, wall push-ups, light shoulder flexion with doses; fatigable proximal weakness with a mowing goal; 15 matches: passes.
        ["vord-h86-quinsig-myasthenia-foreman-97110"] = new(
            """
            Quinsigamond Neuro PT — Webster
            Pt: 70 y/o M, retired town highway-department foreman · myasthenia gravis, stable on his meds
            97110, 15 min: seated knee extension 2 lb 2 x 10; standing hip abduction with the red band 2 x 10; wall push-ups 2 x 10; shoulder flexion with 1-lb weights 2 x 8 — short sets, seated rest between
            A: fatigable proximal weakness of the shoulders and hips; goal — keep mowing and splitting kindling
            """,
            ["G70.00"], [PT("97110", 15)], []),

        // Quinsigamond Leominster, eighty-year-old in a KAFO since his teens: KAFO and Lofstrand gait with distance, ramp, step-to stairs, CGA/SBA; L quad and hip weakness with hip hiking and new fatigue; 16 matches: passes.
        ["vord-h86-quinsig-post-polio-kafo-97116"] = new(
            """
            Quinsigamond Neuro PT — Leominster
            Pt: 80 y/o M, had polio at six, L leg · post-polio syndrome; KAFO on the L since his teens
            Gait (97116), 16 min: KAFO and Lofstrand crutches, 3 x 120 ft, paced; the ramp mock-up x 3; step-to stairs with the rail, 1 flight; CGA on the stairs, SBA on level ground
            A: L quad and hip weakness with new fatigue; hip hiking to clear the locked knee; goal: walk in to Sunday Mass from the parking lot
            """,
            ["M62.81", "Z86.12"], [PT("97116", 16)], []),

        // Quinsigamond Webster PTA, Azorean MJD patient: rollator gait with cues and distance, the brick walk, porch steps, SBA; wide-based spastic-ataxic gait veering L; 18 matches: passes.
        ["vord-h86-quinsig-pta-mjd-97116"] = new(
            """
            Quinsigamond Neuro PT — Webster · PTA note · Portuguese interpreter by phone
            Pt: 63 y/o M, Azorean-born, retired fish-plant worker · Machado-Joseph disease (SCA3)
            Gait (97116), 18 min: rollator, 4 x 150 ft, cueing a narrower step and a steady cadence; the uneven brick walk outside, 100 ft; the front-porch steps (four, one rail) x 3; SBA
            A: wide-based spastic-ataxic gait, veers to the L
            """,
            ["G11.8", "R26.0"], [PTA("97116", 18)], []),

        // Quinsigamond HSP nurse aide: adductor and hamstring manual stretching, calf STM, talocrural glides by grade; tightness driving the scissoring; popliteal angles and dorsiflexion degrees; 12 matches: passes.
        ["vord-h86-quinsig-hsp-97140"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester
            Pt: 37 y/o F, CNA · HSP
            97140, 12 min: manual stretching of the hip adductors and hamstrings B/L, sustained holds; soft-tissue mobilization to the gastroc-soleus; talocrural posterior glides gr III B/L
            A: adductor, hamstring and calf tightness driving the scissoring; popliteal angle R 50° → 40°, L 45° → 35° after; ankle DF with the knee straight R 0° → 5°
            """,
            ["G11.4"], [PT("97140", 12)], []),

        // Quinsigamond CMT1A teacher: towel scrunches, band eversion and dorsiflexion, marble pick-ups, standing abduction with doses; intrinsic foot and ankle weakness with a lab-period goal; 14 matches: passes.
        ["vord-h86-quinsig-cmt-teacher-97110"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester
            Pt: 30 y/o F, middle-school science teacher · CMT1A
            97110, 14 min: towel scrunches 3 x 15; ankle eversion and DF with the green band 3 x 12 each; marble pick-ups, 20 each foot; standing hip abduction 2 x 15
            A: intrinsic foot muscle and ankle evertor/dorsiflexor weakness; goal: stand through her lab periods without the ankles rolling
            """,
            ["G60.0"], [PT("97110", 14)], []),

        // Huron gym, Friedreich's: complete 97112 (alone with the PT; Airex tall-kneel, rail perturbations, Frenkel slides; proprioceptive ataxia; seconds and mFARS) sent with no diagnosis.
        ["vord-h86-huron-friedreich-no-diagnosis"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym
            Friedreich's ataxia · follow-up between clinic days
            PT with Mr. Ruiz alone, no other patient, the whole 97112.
            » 97112 — 21 min: tall-kneel on the Airex with rhythmic stabilization; standing at the rail with perturbations, eyes open → closed; Frenkel heel-to-target slides
            » Deficit: proprioceptive ataxia with trunk instability
            » Tall-kneel on the Airex 22 s; mFARS upright stability 27/36
            """,
            [], [PT("97112", 21)], [Dx]),

        // Quinsigamond Huntington's woman: complete 97530 (floor recovery, basket carries on steps, sit-stand-turn with counts; chorea on stairs and turns with a floor-recovery goal) with the ICD-9 code 333.4 as its diagnosis: not well formed.
        ["vord-h86-quinsig-icd9-333-4"] = new(
            """
            Quinsigamond Neuro PT — Shrewsbury St., Worcester
            Pt: 48 y/o F · Huntington's disease · daughter present
            97530, 20 min: floor-to-chair recovery via half-kneel x 4; carrying a laundry basket up and down 6 steps x 3; sit-to-stand and turn to the walker x 8
            A: chorea breaks her base on stairs and turns; goal: get up off the floor alone
            """,
            ["333.4"], [PT("97530", 20)], [Dx]),

        // Generic two-code note with a shared total ("NMR and functional activities, 36 min total"): nothing named for either code, no one-on-one statement, no minutes for each.
        ["vord-h86-rivanna-generic-two-codes-total"] = new(
            """
            RIVANNA UNIVERSITY HEALTH · Movement Disorders Center · Neuro PT (Pantops)
            NMR and functional activities, 36 min total. Pt tolerated tx. Continue per POC.
            """,
            ["G11.8"], [PT("97112", 22), PT("97530", 14)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // Huron gym PTA "97110 — 28 min" against a 16-min PTA line: mismatch; serratus punches, strapped wall slides, band dorsiflexion, bridges with doses, scapular winging and R dorsiflexor weakness complete.
        ["vord-h86-huron-pta-ther-ex-28-against-16"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · therapy gym · PTA
            FSHD · HVAC service tech
            » 97110 — 28 min: supine serratus punches 2 x 12; wall slides in the scapular strap 2 x 10; ankle DF with the band 2 x 15; bridges 2 x 12
            » Deficit: serratus and lower-trap weakness with scapular winging; R ankle dorsiflexor weakness
            """,
            ["G71.02"], [PTA("97110", 16)], [At(Mismatch, "97110")]),

        // Huron Ann Arbor OT station "OT 97112 — 10 min" against a 22-min OT line: mismatch; alone with the OT, forearm weight-bearing and target reaches, weighted-pen mazes, eyes-closed pegs, upper-limb ataxia and 9HPT complete.
        ["vord-h86-huron-ot-nmr-10-against-22"] = new(
            """
            HURON VALLEY NEUROMUSCULAR CARE CENTER · Thursday clinic, Ann Arbor · OT station
            Friedreich's ataxia · EMU junior
            » OT 97112 — 10 min, OT with Devin alone: forearm weight-bearing at the table, then target reaching; maze tracing with the weighted pen; eyes-closed peg placement
            » Deficit: upper-limb ataxia with poor proximal stability
            » 9HPT R 57.9 s / L 66.1 s
            """,
            ["G11.11"], [OT("97112", 22)], [At(Mismatch, "97112")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
