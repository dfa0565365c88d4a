using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The eighty-ninth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of outpatient therapy for medically complex patients — hemodialysis and peritoneal
/// dialysis patients seen before or after the chair and on their off days (fistula, graft and tunnelled-catheter
/// arms, a PD catheter's exit site, post-run pressures and weights, cramps that cut a session short), kidney,
/// kidney-pancreas, liver and lung transplant candidates and recipients (listing, MELD, the selection committee's
/// frailty work-up, chevron and clamshell incisions, lift limits, oxygen by nasal cannula, critical-illness weakness
/// after the ICU), sickle cell disease (avascular necrosis of a hip and a shoulder, a childhood stroke, the weeks after
/// acute chest syndrome, exchange transfusions), hemophilia A and B and a symptomatic carrier (prophylaxis and
/// emicizumab, target joints, an iliopsoas bleed with a femoral nerve palsy, hemophilic arthropathy before and after a
/// knee replacement), HIV-associated and ART-era distal sensory polyneuropathy and sensory ataxia, and
/// chemotherapy-induced neuropathy on infusion days (paclitaxel, docetaxel, oxaliplatin, bortezomib, nab-paclitaxel)
/// — as the people who treat them write it: vitals in and out, today's labs and the hold rules they were checked
/// against, sessions shortened or part of them held for a medical reason, notes copied to a transplant coordinator,
/// a hematologist or an oncology nurse navigator — about two thirds ordinary and complete (68 of 105), single- and
/// multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a PTA's code on one visit
/// and a PT's and an OT's code on one infusion morning), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a PT clinic in the same buildings as two dialysis units ("Bayou Teche Kidney Rehab": New Iberia, Breaux
/// Bridge, St. Martinville and Abbeville, Louisiana) writing a "Pt:" line with the dialysis schedule and "today:
/// post-run / off day", an "Access:" line with its precautions after "▸", "Vitals in ▸", and "Tx ▸", "Why ▸" and
/// "Data ▸" rows, signed: a crawfish farmer who still runs the boat, a crawfish peeler at the plant, a shrimper out of
/// Delcambre on PD, a cane-truck driver with a tunnelled catheter while his fistula matures, a grandmother's roux and
/// her Sunday gumbo, an accordion player at the Saturday jam learning Tai Ji Quan, a sugar-mill catwalk, a bingo caller
/// at the K of C hall, a below-knee amputee walking to the hen house, a skiff, a cast net and an ice chest;</item>
/// <item>a university transplant centre's rehabilitation clinics ("Olentangy University Transplant Center ·
/// Transplant Rehabilitation": the Kinnear Road clinic in Columbus, Dublin, Westerville and Marion, Ohio) writing
/// capitalised fields — ORGAN / PHASE, PRECAUTIONS, VITALS, INTERVENTIONS with lettered items, IMPAIRMENT, MEASURES,
/// "CPT / MIN:" rows — and "cc:" the organ's transplant coordinator: IPF, COPD, sarcoidosis and cystic fibrosis before
/// and after a lung transplant, NASH, PSC, hepatitis C and alcohol-associated cirrhosis on the list and after the
/// liver, living- and deceased-donor kidneys, a kidney-pancreas, the centre's "Ready for the Call" prehab protocol, a
/// LiteGait after a long ICU stay, an 18-month-old out of the crib, a recliner, a tire shop's stairs, a hardware
/// store's stockroom;</item>
/// <item>a comprehensive hemophilia treatment and adult sickle cell centre ("Blue Ridge Hemophilia &amp; Sickle Cell
/// Center": Roanoke — the Jefferson St clinic — and outreach days in Lynchburg, Blacksburg and Danville, Virginia)
/// writing short prose under "On the floor today", "Hands-on", "Where he's at" and "Numbers", with the factor plan and
/// the bleeds since the last visit, copied to the hematologist: a teen strength group on a Saturday, a barber on an
/// AlterG, a railroad carman's elbow on the HTC's "Joint Bleed Return" protocol, a grocery stocker's bottom shelf, a
/// home health aide's bus step, a lawn-mowing business, a shop teacher's table saw, a courier's packages, a tobacco
/// farmer's garden, a dental hygienist's scaler;</item>
/// <item>a Ryan White-funded HIV primary-care centre's rehab service ("Magnolia Avenue Positive Health Center ·
/// Rehabilitation": the Springfield clinic in Jacksonville, Palatka, St. Augustine and Lake City, Florida) writing
/// first-person prose with pronouns, "We worked on / Why / Measured" and a closing "Billed:" line: long-term survivors
/// of the d4T years, a church usher with the collection plate, a ride-share driver's pedals, a fish-camp cook on a
/// floating dock, a longshoreman lashing containers, a choir director on the risers, a deacon, a retired Navy cook, a
/// hairstylist, a tour-trolley driver, a landscaper in the mulch beds, Frenkel's exercises and a BTrackS plate;</item>
/// <item>a cancer centre's rehab room off its infusion suites ("Tallgrass Cancer Center · Rehab in the Infusion
/// Suite": Wichita's east campus, Hutchinson, Newton and Emporia, Kansas) writing "Pt:" with regimen and cycle-day,
/// pre-chemo labs and an exercise hold grid, "▪"-separated rows ("NMR ▪ 97112 ▪ 20 min") and "cc: onc nurse
/// navigator": a church organist's pedals, a riveter on the hangar floor on a vibration platform, a piano teacher's
/// sustain pedal, a combine ladder, a Mennonite relief-sale baker on the CO-OP approach, a school-bus driver, a rancher
/// in the Flint Hills with a lymphedematous leg, a bakery's flour canister.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h89-…): one-on-one in these writers' own words ("I had Mrs. Landry to myself for the whole NMR
/// block — no other patient on my book while she worked", "PT-PATIENT CONTACT: exclusive one-on-one — no other patient
/// scheduled or treated by the PT during the 97112", "Wife present in the room … PT and patient one-on-one throughout
/// the NMR", "His mother sat in … it was one-on-one with Caleb", "It was just Mr. Hughes and me in the small gym with
/// the door closed", "she was the PT's only patient for the whole 97112", "The PTA stayed with Ms. Schmidt alone for
/// the full 97112"), notes that negate it (two post-run patients on the bikes whose pressures the PT checked between
/// sets, a shared slot with a second kidney recipient, an early patient started at the next mat, two patients waiting
/// on labs whom the PT alternated between) or never state it (a sickle cell nurse navigator who came and stayed), and
/// the codes without a one-on-one check (only 97112 is the one-on-one code in the shipped medicare profile): a 97110
/// in a Saturday teen strength group and a 97530 in a Thursday neuropathy group of five;</item>
/// <item>class 2 (v2-h89-…): template states: "Session type: [X] Individual (1 PT : 1 pt)", a HOLD CHECK row with
/// "none — proceed" ticked, an access-arm box row, "CPT / MIN: 97110 ____ 97530 ____ TOTAL TIMED: 31", "TREATMENT
/// MODE: ( ) individual (•) concurrent", "OBJECTIVE MEASURES: Berg ____ TUG ____ SLS ____" left blank with nothing else
/// numbered, a bleed-screen row, "Deficit / target: ____" left blank with no deficit anywhere, "Session: ☑ Individual",
/// an interventions checklist that ticks only therapeutic exercise, a lab hold grid, "1:1 ☐ Group ☐" both left empty
/// and a CTCAE grade box;</item>
/// <item>class 3 (v3-h89-…): named protocols, programmes and devices as techniques (Frenkel's standing sequence, a
/// side-alternating vibration platform, the "Ready for the Call" prehab protocol, an AlterG at a share of body weight,
/// an HTC "Joint Bleed Return" protocol, a LiteGait over the treadmill, Tai Ji Quan: Moving for Better Balance taught
/// one-on-one, the CO-OP approach's Goal–Plan–Do–Check, Vodder-method manual lymph drainage), a named post-run circuit
/// with no dose and a BTrackS plate with no deficit;</item>
/// <item>class 4 (v4-h89-…): deficits stated as findings in the patients' terms (a crawfish shell that no longer splits
/// under the thumb, an 18-month-old out of the crib after a clamshell, a recliner and thighs that "are gone", a bottom
/// shelf stocked from a crate, a bus step and two blocks to a client's house, a dock that tips "like walking on
/// marbles", organ pedals found only by looking, a gangway and lashing rods, a combine ladder) and notes that state
/// none (a kidney recipient's discharge with "No impairment identified; all goals met", a dialysis patient's last
/// visit with "no impairment found");</item>
/// <item>class 5 (v5-h89-…): measures in their usual forms (the Liver Frailty Index item by item, a 6MWT with its
/// nadir, the HJHS by joint, the FISH by item, the Brief Peripheral Neuropathy Screen with a 10-m walk, the TNSc and
/// the Fullerton Advanced Balance scale, a continuous walking distance and a TUG with the walker, manual muscle grades
/// and a heel-walk distance, the stair climb power test in watts beside handheld dynamometry) and notes with none
/// ("looked stronger today getting up from the mat", "less winded on the stairs than last week", "the knee looks less
/// puffy than last visit", "steadier on the foam than last visit");</item>
/// <item>class 6 (v6-h89-…): minutes in their usual forms ("Time ▸ 97112 — 22 min, 1:1 … · 97110 — 15 min", "CPT /
/// MIN: 97110 = 18 · 97530 = 13", "We spent 12 minutes on hands-on work (97140) … and then 16 minutes on exercise
/// (97110)", manual therapy in two parts around the exercise, "Billed: 97112 (20 min), 97116 (15 min)", a PT's and a
/// PTA's code, a PT's and an OT's code on an infusion morning, "Timed minutes: 23" for the one timed code, a session
/// cut short by cramps and one whose resisted exercise was held for platelets, each billing what was given) and true
/// mismatches (a PTA's ther ex 28 against 16, ther act 27 against 14, NMR 32 against 20) and truly missing separate
/// time ("38 min of therapy today, NMR and ther ex together", a gait section with no minutes, three codes with minutes
/// for two);</item>
/// <item>class 7 (v7-h89-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (quadriceps and hip flexors after an iliopsoas bleed), 97530 (a dock, a
/// skiff, a cast net and an ice chest), 97140 (thoracic and rib mobilisation and the clamshell scar) and 97116 (walker
/// to cane on grass, gravel and a garage ramp), wholly generic 97112, 97110 and 97110 + 97140 notes and a generic
/// letter to a transplant coordinator on a 97530;</item>
/// <item>ordinary (vord-h89-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (585.6), a generic two-code
/// note with a total, a PTA's gait time that differs, an OT's time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — transplant coordinators,
/// hematologists, an oncology nurse navigator, a sickle cell nurse navigator, a Ryan White case manager, a peer
/// navigator, a mother, a wife, a husband, a daughter, a grandson (none of them a patient; the two post-run patients on
/// the bikes, the second kidney recipient, the early patient at the next mat, the other gentleman waiting on labs and
/// the members of the teen strength group and the neuropathy group are), blood pressures, heart rates, oxygen
/// saturations and litres of oxygen, ultrafiltration volumes, post-run and dry weights, potassium, hemoglobin,
/// platelets and neutrophil counts, a factor level, MELD scores, regimens with their cycle and day, weeks and months
/// after a transplant, years since a diagnosis or of sobriety, ages, joint-health and functional scores, monofilament
/// and tuning-fork numbers, loads in pounds and kilograms, steps, rungs, rises and heights, angles, centimetres,
/// metres and feet, watts and body-weight percentages — and each is written so that a reviewer cannot take it for a
/// code's minutes; the notes failed for want of a measure carry no number but their code's and its minutes (no lab,
/// vital, cycle, week or score); no note gives minutes to dialysis, an infusion, a paracentesis, a rest, a re-check,
/// a test, a drive or a held part of a session.
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
/// documentation profile (evaluations, group classes, electrical stimulation and compression bandaging stay in the
/// notes, never on a line).
/// This set also leaves out whether a session should have gone ahead on the day's vitals or labs and whether a hold
/// rule was the right one (clinical questions, not the note's), exercise during the dialysis run (every dialysis note
/// here is before or after the chair or on an off day), a held or shortened session that bills minutes not given,
/// oxygen saturation, a lab value, a factor level, a MELD score, a CTCAE grade or a self-rated pain or dyspnoea score
/// as a note's only number, a diagnosis (end-stage kidney disease, hemophilia, sickle cell disease, HIV, a cancer) or
/// a precaution (an access arm, a PD catheter, an incision, low platelets) as a note's only deficit, a coordinator,
/// navigator or case manager speaking with the patient inside the billed time, the medical necessity of therapy
/// during a pain crisis, a bleed or a rejection episode (a question for the plan of care), and whether a 97110 or
/// 97530 given in a group belongs on 97150 or energy-conservation training on 97535 (coding questions, not the note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 103 of 105 cases agree (103 needed), and 1 of the 68 notes the reviewer passes got a finding, on the analyzer of b0456dd (the start of the 2026-12-06 fourteenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 105 of 105, no false positive — "97140 in two parts — 6 min at the start: …; 6 min at the end: … (12 min in all)" (the total past a semicolon, with its word of a total), "38 min of therapy today, NMR and ther ex together" (minutes before codes said to be together are theirs together).</para>
/// </summary>
public class HeldOutNotesIssue18EightyNinthTests(ITestOutputHelper output)
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

        // Bayou Teche New Iberia, post-run, grandson in the hall: "I had Mrs. Landry to myself for the whole NMR block — no other patient on my book while she worked"; foam stance eyes closed, tandem with head turns, pushes for an ankle strategy; uremic neuropathy with lost position sense and postural control; mCTSIB, tandem, Berg; 21 matches: passes.
        ["v1-h89-bayou-had-her-to-myself-post-run"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — New Iberia (downstairs from the Teche HD unit)
            Pt: Mrs. Odile Landry, 71 · HD MWF, first shift · today: post-run, came down in the wheelchair with her grandson
            Access: R forearm AVF ▸ no BP, no cuff weight, no band on the R arm
            Vitals in ▸ BP 118/66 sitting, 112/64 standing · HR 82 · post-HD wt 61.8 kg (EDW 61.5)
            I had Mrs. Landry to myself for the whole NMR block — no other patient on my book while she worked; her grandson waited out in the hall.
            Tx ▸ 97112, 21 min:
              · standing on the foam pad in the parallel bars, eyes open → closed
              · tandem stance with slow head turns, L hand only on the bar (nothing on the fistula arm)
              · my small pushes at the hips, forward and back, for an ankle strategy
            Why ▸ uremic neuropathy: position sense lost in both feet and postural control gone with the eyes closed — two near-falls getting up out of the dialysis chair
            Data ▸ mCTSIB foam eyes closed 6 s (2 s at eval); tandem 11 s; Berg 43/56
            — T. Guidry, PT, DPT
            """,
            ["N18.6", "Z99.2", "R26.81"], [PT("97112", 21)], []),

        // Bayou Teche Breaux Bridge crawfish farmer: "Two other post-run patients were on the recumbent bikes beside his station; I reset their resistance and checked their pressures between his sets": attending others; rocker board, beam-to-Airex stepping, foam reaches; proprioceptive loss; Berg and FGA present: one-on-one missing.
        ["v1-h89-bayou-two-on-the-bikes"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — Breaux Bridge
            Pt: Mr. Rémy Guidroz, 64 · HD TTS · today: off day · retired crawfish farmer, still runs the boat for his son in the spring
            Access: L upper-arm AVG ▸ no BP / no weights / no band on the L
            Two other post-run patients were on the recumbent bikes beside his station; I reset their resistance and checked their pressures between his sets.
            Tx ▸ 97112 — 20 min
              · rocker board in the bars, front-back, then eyes closed
              · stepping over the foam beam onto the Airex, stopping to hold each landing
              · reach-outs to cones standing on foam
            Why ▸ proprioceptive loss in both feet from the uremic neuropathy; sways and steps off the foam
            Data ▸ Berg 45/56; FGA 18/30
            — T. Guidry, PT, DPT
            """,
            ["N18.6", "Z99.2", "R26.89"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Olentangy Kinnear Road bilateral lung recipient (IPF), week 9: "PT-PATIENT CONTACT: exclusive one-on-one — no other patient scheduled or treated by the PT during the 97112"; Airex with head turns, stepping-strategy perturbations, beam tandem; postural control and proprioception with critical-illness polyneuropathy; mini-BESTest and tandem; 22 matches: passes.
        ["v1-h89-olentangy-exclusive-contact-lung"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Kinnear Road clinic
            ORGAN / PHASE: bilateral lung, post-tx week 9 (IPF) · clamshell precautions lifted last week
            PRECAUTIONS: SpO2 hold below 88% · no lifting over 10 lb until cleared by the surgeon
            VITALS: rest SpO2 96% RA, HR 94 · exercise nadir SpO2 92% RA
            PT-PATIENT CONTACT: exclusive one-on-one — no other patient scheduled or treated by the PT during the 97112.
            INTERVENTIONS (97112, 22 min):
             (a) Airex stance with head turns and a ball toss
             (b) stepping-strategy drill — PT perturbations at the trunk, forward, back and lateral
             (c) tandem walking on the balance beam, eyes on a target
            IMPAIRMENT: postural control and lower-limb proprioception after the ICU stay — critical illness polyneuropathy on the EMG in March
            MEASURES: mini-BESTest 19/28 (14/28 at eval); tandem stance 14 s
            cc: lung transplant coordinator (RN)
            """,
            ["Z94.2", "G62.81"], [PT("97112", 22)], []),

        // Olentangy Westerville NASH cirrhosis on the list, wife in the room: "PT and patient one-on-one throughout the NMR; no other patient treated"; narrow stance on foam, rocker-board shifts with a mirror, sit-to-stand with perturbations; postural control and ankle-strategy timing; Berg and TUG; 19 matches: passes.
        ["v1-h89-olentangy-wife-present-liver-listed"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Westerville
            ORGAN / PHASE: liver, listed (NASH cirrhosis), MELD 22 · diuretics, large-volume paracentesis every other week
            PRECAUTIONS: ascites — no prone, no sit-ups; falls risk (hepatic encephalopathy, on lactulose)
            Wife present in the room, as she is each visit. PT and patient one-on-one throughout the NMR; no other patient treated.
            INTERVENTIONS (97112, 19 min):
             (a) narrow-base stance on foam, eyes closed, hands off the counter
             (b) lateral weight shifts on the rocker board with a mirror for feedback
             (c) sit-to-stand into quiet stance with PT perturbations at the pelvis
            IMPAIRMENT: impaired postural control and ankle-strategy timing — sways forward with the ascites and overcorrects
            MEASURES: Berg 46/56; TUG 12.8 s
            cc: liver transplant coordinator (RN)
            """,
            ["K75.81", "Z76.82", "R26.81"], [PT("97112", 19)], []),

        // Olentangy Dublin living-donor kidney recipient: "Shared slot: a second kidney recipient … worked the same balance stations at the same hour; the PT alternated between the two": another patient in the block; Airex SLS, cone stepping onto foam, rocker board; ankle proprioception; SLS and FGA present: one-on-one missing.
        ["v1-h89-olentangy-shared-slot-two-recipients"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Dublin
            ORGAN / PHASE: kidney (living donor — his sister), post-tx week 5
            PRECAUTIONS: no lifting over 10 lb · incision R lower quadrant · protect the graft — no prone on a hard surface
            Shared slot: a second kidney recipient (post-tx week 4) worked the same balance stations at the same hour; the PT alternated between the two.
            INTERVENTIONS (97112, 20 min):
             (a) single-leg stance on the Airex, eyes closed
             (b) stepping over cones onto foam with a head turn at each step
             (c) rocker board, front-back then lateral
            IMPAIRMENT: proprioception and balance reactions at both ankles — longstanding diabetic neuropathy, now a tacrolimus tremor
            MEASURES: SLS eyes closed R 5 s / L 7 s; FGA 21/30
            cc: kidney transplant coordinator (RN)
            """,
            ["Z94.0", "E11.42", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Blue Ridge Jefferson St teen with severe hemophilia A on emicizumab, mother sitting in: "I had no other patient — it was one-on-one with Caleb for the whole 97112 (20 min)"; BAPS, foam SLS with catches, low hop to stick; L ankle proprioception and slow peroneal reaction; SLS, Y-balance, HJHS; passes.
        ["v1-h89-blueridge-mother-sat-in"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Roanoke (Jefferson St)
            Caleb W., 17 — severe hemophilia A, on emicizumab weekly; no breakthrough bleeds since his last visit. Target joint: L ankle (three bleeds last year).
            His mother sat in, as she does. I had no other patient — it was one-on-one with Caleb for the whole 97112 (20 min).
            On the floor today: BAPS board level 3 seated, then standing; single-leg stance on the foam with ball catches; hop to stick onto the mat, L leg, low height only.
            Where he's at: L ankle proprioceptive deficit and a slow peroneal reaction from the repeated bleeds — rolls it stepping off the school bus.
            Numbers: SLS L 14 s / R 30 s; Y-balance anterior L 68 cm / R 75 cm; HJHS L ankle 6 (9 in the fall).
            Copy to Dr. Amara Osei, hematology.
            """,
            ["M36.2", "M25.372"], [PT("97112", 20)], []),

        // Blue Ridge Danville HbSS with a childhood stroke: "Her sickle cell nurse navigator came with her and stayed for the session", nothing states one-on-one; PNF D1 for the leg, hurdle stepping, counter tandem; R lower-limb motor control and timing; 10-m walk, FGA, toe catches: one-on-one missing.
        ["v1-h89-blueridge-navigator-stayed-never-stated"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Danville outreach day
            Ms. Keisha T., 26 — HbSS, on monthly exchange transfusion through her port; stroke at age 7 with a mild R hemiparesis; now tripping at work in the hair salon.
            Her sickle cell nurse navigator came with her and stayed for the session.
            On the floor today (97112, 21 min): PNF D1 flexion pattern for the R leg in side-lying and then standing; stepping over a cane-height hurdle with the R leading; tandem walking at the counter, eyes forward.
            Where she's at: R lower-limb motor control and timing — late hip and knee flexion in swing, the R toe catches.
            Numbers: 10-m walk 1.02 m/s; FGA 20/30; toe catches 3 in 100 ft.
            Copy to Dr. Rachel Brandt, adult sickle cell program.
            """,
            ["D57.1", "I69.351"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Blue Ridge Saturday teen strength group, four boys and one PT: 97110 has no one-on-one check; wall sits, step-ups, cuffed SLR, band TKE with doses; R quadriceps weakness and extension lag after a knee bleed with a marching-band goal; 17 matches: passes.
        ["v1-h89-blueridge-teen-strength-group-97110"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Roanoke (Jefferson St)
            Saturday teen strength group at the HTC — four boys with hemophilia, one PT; all on prophylaxis, dosed per their plans this morning.
            Marcus B., 15 — moderate hemophilia B (extended half-life factor IX, every 10 days; infused at home this morning). Target joint: R knee.
            97110 in the group, 17 min:
             — wall sits 3 x 30 s; step-ups to an 8-in. box 3 x 10 each; straight-leg raise with a 2-lb cuff 3 x 12
             — band terminal knee extension 3 x 15
            Why: R quadriceps weakness and a 10° extension lag after the knee bleed in August; goal — carry the snare drum on the field with the marching band
            Copy to Dr. Amara Osei, hematology.
            """,
            ["M36.2", "M62.551"], [PT("97110", 17)], []),

        // Magnolia Springfield long-term survivor of the d4T years: "It was just Mr. Hughes and me in the small gym with the door closed for the whole 97112 — nobody else on my schedule in that block"; counter tandem, half foam roll eyes closed, pushes, square turns; sensory ataxia; Romberg on foam, monofilament, TUG; "Billed: 97112, 20 minutes" matches: passes.
        ["v1-h89-magnolia-just-the-two-of-us-door-closed"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · Springfield clinic
            I saw Mr. Darnell Hughes (he/him, 58) for his neuropathy. HIV since 1994, a long-term survivor; he blames the d4T years for his feet. Undetectable on his current regimen per Dr. Pham's note.
            It was just Mr. Hughes and me in the small gym with the door closed for the whole 97112 — nobody else on my schedule in that block.
            We worked on: tandem walking along the counter, eyes up; standing on the half foam roll with his eyes closed; my pushes at the shoulders; turns in a tight square on my count.
            Why: sensory ataxia from the distal sensory polyneuropathy — no vibration or joint position sense below the ankles; he watches his feet to walk.
            Measured: Romberg on foam 8 s (out at 3 s in January); 10-g monofilament felt at 2 of 10 sites on each foot; TUG 11.6 s.
            Billed: 97112, 20 minutes.
            """,
            ["G62.0", "R26.81"], [PT("97112", 20)], []),

        // Magnolia Palatka church usher: "My next patient came early, so while Ms. Wynn did her foam and rocker-board work I was at the next mat getting him started on his stretches": attending another patient; foam eyes closed, rocker board, beam step-overs; proprioceptive loss in both feet; Berg and SLS present: one-on-one missing.
        ["v1-h89-magnolia-early-patient-next-mat"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · Palatka
            Ms. Loretta Wynn (she/her, 61), church usher, HIV-associated polyneuropathy; her Ryan White case manager drove her over from the clinic side.
            My next patient came early, so while Ms. Wynn did her foam and rocker-board work I was at the next mat getting him started on his stretches and checking back on her between.
            We worked on: standing on the foam with eyes closed; the rocker board forward-back with her hands hovering over the bar; stepping over the foam beam and stopping on one foot.
            Why: loss of proprioception in both feet — she can't feel the edge of the step when she carries the collection plate down the aisle stairs.
            Measured: Berg 47/56; SLS R 4 s / L 6 s.
            Billed: 97112, 19 minutes.
            """,
            ["G62.9", "R26.81"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // Magnolia St. Augustine Thursday neuropathy group of five, one PT: 97530 has no one-on-one check; sheet-pan box carries to a shelf, garage-ramp laps and curbs, plate stacking on foam with counts and loads; neuropathic foot pain and standing tolerance for a dinner shift; 24 matches: passes.
        ["v1-h89-magnolia-neuropathy-group-97530"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · St. Augustine
            Thursday "back to work" neuropathy group — five members, one PT, in the clinic courtyard and up the parking garage ramp.
            Mr. Teodoro Ruiz (he/him, 49), line cook at a seafood place on the bay; HIV-associated neuropathy in both feet.
            97530 with the group, 24 min:
             - carrying a 15-lb box of sheet pans across the courtyard and lifting it onto a shelf at shoulder height, x 6
             - the garage ramp up and down 4 times, then the curb at the loading zone x 6
             - standing on a foam mat at the high table stacking plates onto the shelf above, 3 rounds of 12
            Why: neuropathic foot pain and poor standing tolerance — he has to sit down halfway through a dinner shift
            """,
            ["G62.9", "M79.671", "M79.672"], [PT("97530", 24)], []),

        // Tallgrass Wichita weekly paclitaxel, infusion after PT: "Treated individually in the rehab room off the infusion bay; she was the PT's only patient for the whole 97112"; foam with perturbations, rail tandem, Airex step-and-hold; CIPN proprioceptive and vibration loss; mCTSIB, Rydel-Seiffer, TUG; 20 matches: passes.
        ["v1-h89-tallgrass-only-patient-infusion-room"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Wichita (east campus)
            Pt: Mrs. Lorraine Ebert, 66 · R breast ca · weekly paclitaxel, week 9 of 12 · infusion after PT today (chair 14)
            Pre-chemo labs (today): ANC 2.4 · Plt 188 · Hgb 10.9 — OK for exercise per the hold rules
            Treated individually in the rehab room off the infusion bay; she was the PT's only patient for the whole 97112.
            NMR ▪ 97112 ▪ 20 min
             - standing on foam, feet together, eyes closed, with my perturbations
             - tandem walk along the wall rail, eyes on the far window
             - stepping onto and off the Airex, stopping in single-leg stance each time
            Impairment ▪ CIPN: decreased proprioception and vibration sense in both feet; postural sway with vision removed
            Measures ▪ mCTSIB foam eyes closed 9 s; Rydel-Seiffer at the hallux 3/8 R, 2/8 L; TUG 10.9 s
            cc: onc nurse navigator
            """,
            ["C50.911", "G62.0", "T45.1X5D"], [PT("97112", 20)], []),

        // Tallgrass Hutchinson FOLFOX salt-mine retiree: "Two patients were waiting on labs in the rehab room at once; I alternated between Mr. Unruh and the other gentleman during this block": not one-on-one; rocker board, tandem with head turns, foam stop-and-hold; oxaliplatin position-sense loss; Berg and tandem present: one-on-one missing.
        ["v1-h89-tallgrass-two-waiting-on-labs-alternated"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Hutchinson
            Pt: Mr. Dale Unruh, 71 · sigmoid colon ca · FOLFOX, C6D1 · retired from the salt mine
            Two patients were waiting on labs in the rehab room at once; I alternated between Mr. Unruh and the other gentleman during this block.
            NMR ▪ 97112 ▪ 18 min
             - rocker board with eyes closed
             - tandem stance with head turns
             - stepping onto foam with a stop-and-hold
            Impairment ▪ oxaliplatin neuropathy — numb soles, ankle position sense lost
            Measures ▪ Berg 48/56; tandem stance 9 s
            cc: onc nurse navigator
            """,
            ["C18.7", "G62.0", "T45.1X5D"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Tallgrass Newton PTA, myeloma on bortezomib: "The PTA stayed with Ms. Schmidt alone for the full 97112; no one else was being seen in the rehab room"; foam with pushes, side-stepping over the half roll, quilt-frame reaches on foam; position sense and postural control; SLS, 5xSTS, Semmes-Weinstein; 21 matches: passes.
        ["v1-h89-tallgrass-pta-alone-with-her"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Newton · PTA visit
            Pt: Ms. Ruth Schmidt, 74 · multiple myeloma · bortezomib twice weekly this cycle · quilts at the church on Wednesdays
            The PTA stayed with Ms. Schmidt alone for the full 97112; no one else was being seen in the rehab room.
            NMR ▪ 97112 ▪ 21 min
             - foam stance, eyes closed, with the PTA's light pushes
             - side-stepping along the rail over the half foam roll
             - reaching to the quilt-frame mock-up from a narrow stance on foam
            Impairment ▪ bortezomib neuropathy: position sense absent at both great toes; postural control poor with eyes closed
            Measures ▪ SLS R 3 s / L 5 s; 5xSTS 14.2 s; Semmes-Weinstein 5.07 not felt at either heel
            cc: onc nurse navigator
            """,
            ["C90.00", "G62.0", "T45.1X5D"], [PTA("97112", 21)], []),

        // ---------------------------------------------------------------- class 2: checkbox, box-row and grid states

        // Bayou Teche Abbeville PD shrimper, "Session type: [X] Individual (1 PT : 1 pt) [ ] Group [ ] Co-treat"; rocker board like the deck, foam-beam tandem with a ball pass, unannounced pushes; postural control and strategies with neuropathy; Berg and recoveries; 22 matches: passes.
        ["v2-h89-bayou-session-type-individual-box"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — Abbeville
            Session type:  [X] Individual (1 PT : 1 pt)   [ ] Group   [ ] Co-treat
            Pt: Mr. Clovis Hebert, 73 · PD at night on the cycler · retired shrimper out of Delcambre
            PD catheter ▸ no crunches, no lifting over 15 lb, nothing pressing on the exit site
            Tx ▸ 97112 — 22 min
              · standing on the rocker board, knees soft, like the deck of the boat — eyes open, then closed
              · tandem stance on the foam beam with a ball pass
              · my unannounced pushes at the shoulders for a stepping strategy
            Why ▸ postural control and ankle/hip strategies slowed since starting dialysis; peripheral neuropathy in both feet
            Data ▸ Berg 44/56; 7 of 10 pushes recovered with one step
            — A. Romero, PT
            """,
            ["N18.6", "Z99.2", "R26.81"], [PT("97112", 22)], []),

        // Bayou Teche New Iberia "HOLD CHECK ▸ ☐ SBP over 180 ☐ SBP under 90 ☐ K+ over 6.0 ☐ chest pain … ☑ none — proceed" above a complete 97110 for a cane-truck driver with a tunnelled catheter: sit-to-stands, cuffed hip work, heel raises, knee extension with doses; hip and quadriceps weakness with a truck-cab goal; 16 matches: passes.
        ["v2-h89-bayou-hold-check-row-97110"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — New Iberia
            HOLD CHECK ▸  ☐ SBP over 180   ☐ SBP under 90   ☐ K+ over 6.0   ☐ chest pain / SOB at rest   ☑ none — proceed
            Pt: Mr. Noah Babineaux, 59 · HD MWF, third shift · today: off day · drives the cane truck in grinding season
            Access: R chest tunneled catheter (AVF maturing in the L arm) ▸ nothing overhead with the R, keep the dressing dry; nothing on the L arm
            Tx ▸ 97110, 16 min
              · sit-to-stand from the 17-in. chair 3 x 10
              · standing hip abduction and extension with a 3-lb ankle weight 3 x 12 each
              · heel raises at the counter 3 x 15
              · seated knee extension, 5 lb, 3 x 12
            Why ▸ hip and quadriceps weakness since he started dialysis — climbs into the truck cab hauling with his arms
            — A. Romero, PT
            """,
            ["N18.6", "Z99.2", "M62.81"], [PT("97110", 16)], []),

        // Bayou Teche St. Martinville "Access arm ▸ ■ L □ R · □ AVF ■ AVG □ CVC · thrill checked ■" above a complete 97530: stockpot lifts, stirring and turning at the stove, sack carries with loads, counts and distance; weakness and standing tolerance with a roux goal; 23 matches: passes.
        ["v2-h89-bayou-access-box-row-97530"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — St. Martinville
            Access arm ▸  ■ L  □ R   ·   □ AVF  ■ AVG  □ CVC   ·   thrill checked before and after ■
            Pt: Mrs. Philomène Dugas, 80 · HD TTS · today: post-run, wants to be home to make the gumbo for Sunday
            Tx ▸ 97530 — 23 min
              · lifting a stockpot weighted to 8 lb from the low cabinet to the stovetop with the R hand, L hand steadying only, x 8
              · stirring at the stove standing, then turning to the counter and back, 3 rounds
              · carrying a 5-lb grocery sack in the R hand across the kitchen mock-up, 4 x 20 ft
            Why ▸ generalized weakness and poor standing tolerance after the runs — can't stand at the stove long enough to make a roux
            — A. Romero, PT
            """,
            ["N18.6", "Z99.2", "R53.81"], [PT("97530", 23)], []),

        // Olentangy Marion liver recipient, "CPT / MIN: 97110 ____ 97530 ____ TOTAL TIMED: 31" — per-code blanks left empty for two timed codes: separate time missing; both sections complete (sit-to-stands, step-ups, band abduction, heel raises; basket carries and reacher retrieval with loads and counts; proximal weakness with a recliner goal; 5xSTS and gait speed).
        ["v2-h89-olentangy-cpt-min-blanks-total"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Marion
            ORGAN / PHASE: liver, post-tx week 7 (alcohol-associated cirrhosis; 26 months sober)
            PRECAUTIONS: chevron incision — no lifting over 10 lb until week 8 · no resisted trunk flexion
            CPT / MIN:  97110 ____   97530 ____        TOTAL TIMED: 31
            INTERVENTIONS:
             97110: sit-to-stand 3 x 10; step-ups to a 6-in. step 3 x 10; standing hip abduction with a yellow band 3 x 15; heel raises 3 x 15
             97530: picking a 5-lb laundry basket up from a chair seat and carrying it 30 ft, x 6; floor-to-chair object retrieval with a reacher, x 10
            IMPAIRMENT: proximal hip and thigh weakness and deconditioning after the transplant; can't get up from the recliner without pushing
            MEASURES: 5xSTS 16.4 s; gait speed 0.86 m/s
            cc: liver transplant coordinator (RN)
            """,
            ["Z94.4", "Z48.23", "M62.81"], [PT("97110", 16), PT("97530", 15)], [SepTime]),

        // Olentangy Kinnear Road COPD candidate on oxygen, "TREATMENT MODE: ( ) individual (•) concurrent ( ) group": not one-on-one; foam with head turns, stepping-strategy perturbations, dual-task tandem; postural control and reactive balance; Berg and mini-BESTest present: one-on-one missing.
        ["v2-h89-olentangy-mode-concurrent-ticked"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Kinnear Road clinic
            TREATMENT MODE:  ( ) individual   (•) concurrent   ( ) group
            ORGAN / PHASE: lung (COPD), listed for a single lung
            VITALS: 4 L NC at rest, SpO2 93%; walked on 6 L, nadir 89%
            INTERVENTIONS (97112, 20 min):
             (a) stance on the foam with head turns, O2 tubing managed by the PT
             (b) stepping strategy — PT perturbations at the pelvis
             (c) tandem walk on the line with a dual task (naming the grandchildren oldest to youngest)
            IMPAIRMENT: postural control and reactive balance slowed — two falls at home since January, both turning
            MEASURES: Berg 47/56; mini-BESTest 20/28
            cc: lung transplant coordinator (RN)
            """,
            ["J44.9", "Z76.82", "Z99.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Olentangy Dublin kidney-pancreas recipient, one-on-one stated; Airex, rocker board with a ball pass, foam step-ups; proprioceptive loss and slowed ankle strategy — "OBJECTIVE MEASURES: Berg ____ TUG ____ SLS ____" left blank and no number in the note but the code's: measure missing.
        ["v2-h89-olentangy-objective-measures-blank"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Dublin
            ORGAN / PHASE: kidney-pancreas, post-transplant, early phase
            PT-PATIENT CONTACT: one-on-one, PT and patient only, for all of the 97112.
            INTERVENTIONS (97112, 21 min):
             (a) narrow stance on the Airex, eyes closed
             (b) rocker board, lateral, with a ball pass
             (c) step-ups onto foam with a hold on one leg at the top
            IMPAIRMENT: proprioceptive loss in both feet (longstanding diabetic neuropathy) and a slowed ankle strategy
            OBJECTIVE MEASURES:  Berg ____   TUG ____   SLS ____
            ASSESSMENT: tolerating the progression.
            cc: kidney-pancreas coordinator (RN)
            """,
            ["Z94.0", "Z94.83", "E10.42"], [PT("97112", 21)], [At(Measure, "97112")]),

        // Blue Ridge Lynchburg "Bleed screen before we start: swelling ☐ warmth ☐ pain with motion ☐ new bruising ☐ — all clear" above a complete 97116 after a hemophilic TKA: walker to cane, ramp, step-over-step stairs with distance, SBA and mod I; stiff-knee short-stance gait; 18 matches: passes.
        ["v2-h89-blueridge-bleed-screen-row-97116"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Lynchburg outreach day
            Bleed screen before we start:  swelling ☐   warmth ☐   pain with motion ☐   new bruising ☐   — all clear
            Jerome P., 44 — severe hemophilia A with an inhibitor history, now on emicizumab (dose was Monday); R TKA for hemophilic arthropathy, 9 weeks ago. Works the finishing line at the furniture plant.
            Gait training (97116) for 18 min: rolling walker to a single-point cane, 4 x 150 ft on the tile; the ramp at the outreach clinic's side door x 4; step-over-step on the 4-step stair with one rail, x 3; standby assist on the ramp, modified independent on the tile.
            Gait: short R stance and a stiff-knee pattern, no heel strike on the R after the TKA.
            Copy to Dr. Osei, hematology, and the orthopedic surgeon.
            """,
            ["Z96.651", "M36.2"], [PT("97116", 18)], []),

        // Blue Ridge Blacksburg student, "Deficit / target: ____" left blank and no deficit, impairment, body region or system anywhere; one-on-one stated; BAPS, foam SLS with rebounder tosses, hop to stick; seconds and sticks: deficit missing.
        ["v2-h89-blueridge-deficit-line-blank"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Blacksburg outreach day
            Tyler M., 20 — sophomore at the university; seen on the HTC's outreach day.
            One-on-one with the PT, no other patient, for the 97112.
            Deficit / target:  ________________________________
            97112 — 19 min: BAPS board standing, level 4; single-leg stance on the foam with a ball toss against the rebounder; lateral hop to stick onto the mat.
            Numbers: SLS on foam 16 s; 8 of 10 hops stuck.
            Copy to Dr. Osei, hematology.
            """,
            ["M25.371"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // Magnolia Lake City ride-share driver, "Session: ☑ Individual (one therapist, one patient) ☐ Group ☐ Co-treat"; foam with head turns, rocker board stopped level, eyes-closed pedal matching on foam; R foot position sense and ankle proprioception; vibration, mCTSIB, matching trials; 22 matches: passes.
        ["v2-h89-magnolia-session-individual-ticked"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · Lake City
            Session:  ☑ Individual (one therapist, one patient)   ☐ Group   ☐ Co-treat with OT
            I saw Mr. Curtis Bell (he/him, 52), who drives for a ride-share company and can't feel the gas and brake pedals well since his neuropathy got worse last spring.
            We worked on: standing on the foam with eyes closed and head turns; the rocker board forward-back, stopping it level on my call; pressing and releasing a pedal mock-up with the R foot while standing on the L on the foam, eyes closed, matching the pressure I called out.
            Why: R foot position sense and ankle proprioception — HIV-associated distal sensory polyneuropathy; postural sway with eyes closed.
            Measured: vibration (128-Hz fork) absent at the R great toe, 6 s at the R ankle; mCTSIB foam eyes closed 12 s; pedal matching on target 7 of 10 trials, eyes closed.
            Billed: 97112, 22 minutes.
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], []),

        // Magnolia Springfield "Interventions today: ☑ therapeutic exercise ☐ balance ☐ gait …", "Therapeutic exercise (97110): 15 minutes", "Patient tolerated the session … continue per plan of care": no exercise, region or dose named.
        ["v2-h89-magnolia-checklist-ther-ex-only"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · Springfield clinic
            Interventions today:  ☑ therapeutic exercise   ☐ balance   ☐ gait   ☐ manual   ☐ home program update
            Therapeutic exercise (97110): 15 minutes.
            Patient tolerated the session without complaint. Plan unchanged; continue per plan of care.
            """,
            ["G62.9"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Tallgrass Emporia "Exercise hold grid (today's labs): ANC ≥ 1.0 ☑ 1.9 · Plt ≥ 50 ☑ 131 · Hgb ≥ 8.0 ☑ 9.6 → resistance OK" above a complete 97110: knee extension, band abduction, recliner-height sit-to-stands, toe and heel raises with doses; proximal leg and dorsiflexor weakness with a bus-step goal; 16 matches: passes.
        ["v2-h89-tallgrass-lab-hold-grid-97110"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Emporia
            Exercise hold grid (today's labs):  ANC ≥ 1.0 ☑ 1.9   ·   Plt ≥ 50 ☑ 131   ·   Hgb ≥ 8.0 ☑ 9.6   → resistance OK
            Pt: Mr. Gene Whitaker, 62 · pancreatic ca · gem/nab-paclitaxel, C3D8 · drives a school bus, on leave
            TE ▪ 97110 ▪ 16 min
             - seated knee extension, 4 lb, 3 x 12 each
             - standing hip abduction with the red band 3 x 12 each
             - sit-to-stand from infusion-recliner height 3 x 8
             - toe raises and heel raises at the rail 2 x 15
            Impairment ▪ proximal leg weakness and weak dorsiflexion from the nab-paclitaxel neuropathy; goal — climb the bus steps
            cc: onc nurse navigator
            """,
            ["C25.9", "G62.0", "T45.1X5D"], [PT("97110", 16)], []),

        // Tallgrass Wichita piano teacher, "1:1 ☐ Group ☐" both left empty and nothing else states one-on-one; foam with head turns, rocker board with a tray, toe taps from SLS; CIPN proprioceptive loss; mCTSIB and FGA present: one-on-one missing.
        ["v2-h89-tallgrass-both-boxes-empty"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Wichita (east campus)
            1:1 ☐    Group ☐
            Pt: Mrs. Anita Vogel, 58 · ovarian ca · carbo/paclitaxel, C5D1 · teaches piano in Derby
            NMR ▪ 97112 ▪ 20 min
             - foam stance with eyes closed and head turns
             - rocker board holding a tray level
             - toe taps onto cones from single-leg stance
            Impairment ▪ CIPN: proprioceptive loss in both feet; can't feel the piano's sustain pedal
            Measures ▪ mCTSIB foam eyes closed 11 s; FGA 22/30
            cc: onc nurse navigator
            """,
            ["C56.9", "G62.0", "T45.1X5D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Tallgrass Newton wheat and milo farmer, "CIPN grade (CTCAE, sensory): □ 1 ■ 2 □ 3" box beside a complete 97112 ("Delivery: individual — the PT and Mr. Koehn only"; half foam roll heel-toe, gravel-tray walking, SLS reaches with perturbations; somatosensory loss; TUG, SLS, Semmes-Weinstein); 23 matches: passes.
        ["v2-h89-tallgrass-ctcae-grade-box"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Newton
            CIPN grade (CTCAE, sensory):  □ 1   ■ 2   □ 3
            Pt: Mr. Wendell Koehn, 69 · sigmoid colon ca · CAPOX, C4D1 · wheat and milo farmer, Harvey County
            Delivery: individual — the PT and Mr. Koehn only, for all of the neuromuscular re-ed.
            NMR ▪ 97112 ▪ 23 min
             - standing heel-to-toe on the half foam roll, eyes closed
             - walking the gravel tray and the foam path, eyes up
             - single-leg stance reaching to a cone, my perturbations at the pelvis
            Impairment ▪ somatosensory loss in both feet from the oxaliplatin; can't feel the tractor's clutch pedal
            Measures ▪ TUG 10.4 s; SLS R 6 s / L 8 s; Semmes-Weinstein 5.07 felt at 4 of 10 sites
            cc: onc nurse navigator
            """,
            ["C18.7", "G62.0", "T45.1X5D"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Magnolia Springfield, Frenkel's exercises (standing sequence: heel into numbered footprints, side-steps and half and full steps to marks on a count), "she was the only patient in the gym with me"; sensory ataxia with no ankle position sense; placement accuracy and Romberg; 21 matches: passes.
        ["v3-h89-magnolia-frenkel-standing-sequence-97112"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · Springfield clinic
            Ms. Yvette Carter (she/her, 55), retired school cafeteria manager; HIV since 1998; distal sensory polyneuropathy with sensory ataxia.
            One-on-one — she was the only patient in the gym with me for the whole 97112.
            We worked on: Frenkel's exercises, the standing sequence — heel placed into numbered footprints on the floor on my call, slowly, eyes on the foot and then eyes up; side-stepping onto the marks; half-steps and full steps forward to the marks, stopping on each count.
            Why: sensory ataxia — no joint position sense at the ankles; the foot slaps down and lands wide.
            Measured: foot placement on the marks 13 of 20 (7 of 20 at eval); Romberg on the firm floor 25 s.
            Billed: 97112, 21 minutes.
            """,
            ["G62.9", "R27.0"], [PT("97112", 21)], []),

        // Tallgrass Wichita riveter after docetaxel, side-alternating vibration platform with eyes-closed bouts, SLS reaches after each bout, foam tandem; "one-on-one, PT and patient only"; somatosensory loss and postural control on the hangar's drain grates; SLS, FGA, Rydel-Seiffer; 20 matches: passes.
        ["v3-h89-tallgrass-vibration-platform-97112"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Wichita (east campus)
            Pt: Ms. Carol Ainsworth, 63 · L breast ca, adjuvant docetaxel/cyclophosphamide finished · CIPN both feet · riveter at the aircraft plant, back on light duty
            Delivery: one-on-one, PT and patient only, no other patient in the room.
            NMR ▪ 97112 ▪ 20 min
             - side-alternating vibration platform, knees soft, eyes closed for the last bout of each round
             - single-leg stance on the platform's edge pad after each bout, reaching to targets
             - tandem walk on foam straight off the platform
            Impairment ▪ CIPN: somatosensory loss and poor postural control on the hangar floor's drain grates
            Measures ▪ SLS R 7 s / L 9 s; FGA 23/30; Rydel-Seiffer 4/8 at both halluces
            cc: onc nurse navigator
            """,
            ["C50.912", "G62.0", "T45.1X5D"], [PT("97112", 20)], []),

        // Olentangy Kinnear Road IPF candidate on the centre's "Ready for the Call" prehab protocol, stage 3 of 4: sit-to-stands, step-ups, cable rows and press, heel raises with doses; lower- and upper-body weakness with exercise desaturation and a listing threshold; 6MWT; 17 matches: passes.
        ["v3-h89-olentangy-ready-for-the-call-97110"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Kinnear Road clinic
            ORGAN / PHASE: lung, pre-listing evaluation (IPF) · the center's "Ready for the Call" prehab protocol, stage 3 of 4
            VITALS: 5 L NC with exertion; SpO2 nadir 90%, recovered with pursed-lip breathing
            INTERVENTIONS (97110, 17 min):
             (a) sit-to-stand from a 17-in. chair, 3 x 8, O2 titrated
             (b) step-ups to a 6-in. step, 2 x 10 each
             (c) seated row and chest press on the cable column, 15 lb, 3 x 10
             (d) heel raises 3 x 15
            IMPAIRMENT: lower-limb and upper-body weakness with exercise desaturation; the listing team wants the 6MWT over their threshold
            MEASURES: 6MWT 298 m on 6 L (251 m at entry)
            cc: lung transplant coordinator (RN)
            """,
            ["J84.112", "Z99.81"], [PT("97110", 17)], []),

        // Blue Ridge Jefferson St HbSS barber after a core decompression, gait training on the AlterG at 70% then 80% of body weight, then floor walking with the cane, distance and SBA; L antalgic Trendelenburg gait from AVN; 20 matches: passes.
        ["v3-h89-blueridge-alterg-after-core-decompression-97116"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Roanoke (Jefferson St)
            DeShawn R., 31 — HbSS on hydroxyurea; avascular necrosis of the L femoral head, core decompression in October; partial weight bearing lifted last week. Barber, on his feet at the chair all day.
            Gait training (97116) on the AlterG anti-gravity treadmill, 20 min: at 70% of body weight, then 80%, cued for an equal step length and a heel strike on the L; off the AlterG, 2 x 100 ft on the floor with the cane in the R hand, standby assist.
            Gait: antalgic on the L with a short stance and a trunk lean over the hip; Trendelenburg on the L when he tires.
            Copy to Dr. Brandt, adult sickle cell program, and orthopedics.
            """,
            ["D57.1", "M87.352"], [PT("97116", 20)], []),

        // Blue Ridge Jefferson St railroad carman, the HTC's "Joint Bleed Return" protocol step 3: active elbow work, hammer pronation/supination, curls, wall push-ups with doses; R elbow flexion contracture and weak flexors with a handbrake goal; degrees; 14 matches: passes.
        ["v3-h89-blueridge-joint-bleed-return-protocol-97110"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Roanoke (Jefferson St)
            Andre K., 38 — severe hemophilia A on standard half-life FVIII prophylaxis three times a week; R elbow bleed two weeks ago, treated at home; swelling gone. Railroad carman.
            HTC "Joint Bleed Return" protocol, step 3 (active-assisted → active → light resisted):
            97110 — 14 min: active elbow flexion and extension in supine, 3 x 15; forearm pronation/supination with a 1-lb hammer, 3 x 12; biceps curls with 2 lb, 3 x 10; wall push-ups, 2 x 10
            Why: R elbow flexion contracture and weak elbow flexors after the bleed; goal — grip and turn the handbrake wheel on the railcars again
            Numbers: R elbow extension −30° (−42° after the bleed), flexion 118°
            Copy to Dr. Osei, hematology.
            """,
            ["M36.2", "M24.521"], [PT("97110", 14)], []),

        // Bayou Teche Breaux Bridge "He's on the clinic's 'Chair to Car' post-run circuit, the middle card": sit-to-stands, marches, side-steps, heel raises, mini-squats for hip and thigh weakness with a car-seat goal — no sets, reps, load, distance or number but the code's: measure missing.
        ["v3-h89-bayou-chair-to-car-circuit-no-dose"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — Breaux Bridge
            Pt: Mr. Lucien Thibodeaux · HD MWF · today: post-run
            Access: L forearm AVF ▸ no BP, no weights, no band on the L
            He's on the clinic's "Chair to Car" post-run circuit, the middle card.
            Tx ▸ 97110 — 15 min
              · sit-to-stands from the low chair; standing marches at the counter; side-steps along the rail; heel raises; mini-squats holding the bar with the R hand
            Why ▸ hip and thigh weakness on dialysis days — can't get up out of the low seat of his daughter's car after the run
            — T. Guidry, PT, DPT
            """,
            ["N18.6", "Z99.2", "M62.81"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Olentangy Westerville PSC liver recipient after a long ICU stay: LiteGait harness over the treadmill at 20% body-weight support, then rolling walker with distance and contact guard; ICU-acquired weakness with short steps and guarding; gait speed; 19 matches: passes.
        ["v3-h89-olentangy-litegait-after-the-icu-97116"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Westerville
            ORGAN / PHASE: liver, post-tx week 4 (PSC) · long ICU stay, trach out before discharge
            PRECAUTIONS: chevron incision — abdominal binder on for gait; no lifting over 10 lb
            INTERVENTIONS (97116, 19 min): LiteGait harness over the treadmill with 20% body-weight support, 0.8 mph, cued for step length and an upright trunk; then out of the harness with the rolling walker, 2 x 120 ft on the clinic floor, contact guard
            IMPAIRMENT: ICU-acquired weakness — short steps, knees buckle late in the walk, forward trunk flexion guarding the incision
            MEASURES: gait speed 0.62 m/s (0.41 at eval)
            cc: liver transplant coordinator (RN)
            """,
            ["Z94.4", "Z48.23", "G72.81"], [PT("97116", 19)], []),

        // Magnolia St. Augustine trolley driver on the BTrackS plate (dot-catching weight shifts, foam insert, step-off to the half roll, tandem with head turns), "One-on-one, just the two of us", sway path and tandem seconds — no deficit, impairment, body region or system named anywhere: deficit missing.
        ["v3-h89-magnolia-btracks-plate-no-deficit"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · St. Augustine
            Mr. Jamal Ashby (he/him, 46), drives a tour trolley downtown.
            One-on-one, just the two of us in the gym, for all of the 97112.
            We worked on: the BTrackS plate games — catching the falling dots by shifting his weight, eyes open, then on the foam insert; stepping off the plate onto the half foam roll and holding; tandem stance on the foam insert with head turns.
            Measured: BTrackS sway path 31 cm (44 cm last month); tandem on foam 12 s.
            Billed: 97112, 19 minutes.
            """,
            ["G62.9", "R26.81"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // Bayou Teche New Iberia accordion player, Tai Ji Quan: Moving for Better Balance taught one-on-one ("only Mr. Comeaux and me in the gym"): Wild Horse's Mane with held shifts, Single Whip stepping, base-of-support shifts; postural control and proprioception with uremic neuropathy; Berg and TUG; 20 matches: passes.
        ["v3-h89-bayou-tai-ji-quan-forms-97112"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — New Iberia
            Pt: Mr. Ambroise Comeaux, 76 · HD TTS · today: off day · plays the accordion at the Saturday jam in Breaux Bridge
            Access: L upper-arm AVF ▸ no BP, no weights, no band, no pressure on the L arm in the forms
            One-on-one: only Mr. Comeaux and me in the gym for the 97112.
            Tx ▸ 97112 — 20 min, Tai Ji Quan: Moving for Better Balance, taught 1:1
              · "Part the Wild Horse's Mane" with the weight shift held over each foot
              · "Single Whip" stepping out and back, then with his eyes following a moving target
              · the mini-therapeutic movements — forward and back weight shifts to the edge of the base of support
            Why ▸ postural control and lower-limb proprioception: uremic neuropathy with slow weight transfer; he falls back into the chair getting up with the accordion on
            Data ▸ Berg 46/56; TUG 12.1 s
            — T. Guidry, PT, DPT
            """,
            ["N18.6", "Z99.2", "R26.81"], [PT("97112", 20)], []),

        // Tallgrass Hutchinson OT, relief-sale baker on FOLFOX using the CO-OP approach (Goal–Plan–Do–Check): crimping pie crusts, buttoning with a plan, twisting bread-bag ties with counts; fingertip sensation and fine-motor control; Nine-Hole Peg; 22 matches: passes.
        ["v3-h89-tallgrass-ot-co-op-approach-97530"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Hutchinson · OT
            Pt: Mrs. Donna Yoder, 67 · colon ca · FOLFOX, C8D1 — oxaliplatin dose reduced for neuropathy · bakes for the Mennonite relief sale
            OT ▪ 97530 ▪ 22 min, using the CO-OP approach (Goal–Plan–Do–Check):
             - the goal she chose: crimping pie-crust edges; plan — thumb pad only, eyes on the fork; did 4 crusts, checked each
             - buttoning her cardigan with her "look, then feel" plan, 6 buttons x 2
             - twisting bread-bag ties closed, x 10, room-temperature wire only (oxaliplatin cold sensitivity)
            Deficit ▪ fingertip sensation and fine-motor control in both hands from the oxaliplatin; drops small things
            Measured ▪ Nine-Hole Peg R 29 s / L 31 s
            cc: onc nurse navigator
            """,
            ["C18.7", "G62.0", "T45.1X5D"], [OT("97530", 22)], []),

        // Tallgrass Emporia Flint Hills rancher with L leg lymphedema after a pelvic node dissection, Vodder-method manual lymph drainage (neck and axillary clearing, inguino-axillary anastomosis, thigh and leg proximal to distal); heaviness and a boot that won't go on; girth in cm before and after; 24 matches: passes.
        ["v3-h89-tallgrass-vodder-mld-97140"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Emporia
            Pt: Mrs. Irene Haag, 70 · ovarian ca, debulking with a pelvic node dissection last spring · on maintenance niraparib · L leg lymphedema, stage II · runs cattle with her son in the Flint Hills
            Manual ▪ 97140 ▪ 24 min: Vodder-method manual lymph drainage — neck and axillary clearing, abdominal work with breathing, inguino-axillary anastomosis on the L, then the L thigh and leg proximal to distal and back; short-stretch bandaging not done today (she wraps at home)
            Impairment ▪ L lower-limb lymphedema after the node dissection — heavy leg, can't get the L boot on by evening
            Measured ▪ L calf girth 10 cm above the malleolus 29.5 cm → 28.0 cm; L thigh 48 cm → 47 cm (R thigh 44 cm)
            cc: onc nurse navigator
            """,
            ["I89.0", "C56.9"], [PT("97140", 24)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Bayou Teche St. Martinville OT, crawfish peeler: can't feel the shell split under the R thumb, drops the tails, fingers numb halfway down a sack — the findings; rubber-crawfish peeling, eyes-closed rice-bin search, smock buttons with counts; R hand sensory loss and weak pinch; pinch and 2-point; 19 matches: passes.
        ["v4-h89-bayou-ot-crawfish-shell-under-the-thumb-97530"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — St. Martinville · OT
            Pt: Ms. Ghislaine Broussard, 57 · HD MWF, first shift · today: post-run · peels crawfish at the plant in season
            Access: L forearm AVF ▸ no BP, no weights, no band on the L arm; the R hand does the work, the L hand light only
            What she told me ▸ she can't feel the shell split under her R thumb anymore and drops the tails; her fingers go numb halfway down a sack
            Tx ▸ OT, 97530 — 19 min
              · peeling practice on rubber crawfish: pinch, twist and pull, R hand, 30 pieces
              · picking coins and safety pins out of a rice bin with her eyes closed, R hand, 20 pieces
              · buttoning the plant smock, 5 buttons x 2
            Why ▸ R hand sensory loss and weak pinch from the uremic neuropathy
            Data ▸ tip pinch R 7 lb · 2-point discrimination R index finger 9 mm
            — C. Melancon, OTR/L
            """,
            ["N18.6", "Z99.2", "R20.2"], [OT("97530", 19)], []),

        // Olentangy Marion CF bilateral lung recipient: can't lift her 18-month-old out of the crib or the car seat, the chest "pulls" across the incision, arms give out overhead — the findings; weighted-doll lifts, car-seat scoops, overhead box placement with loads and counts; upper-body and trunk weakness with incision guarding; 21 matches: passes.
        ["v4-h89-olentangy-toddler-out-of-the-crib-97530"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Marion
            ORGAN / PHASE: bilateral lung (cystic fibrosis), post-tx week 12 · clamshell cleared for lifting to 20 lb
            WHAT SHE CAN'T DO YET: lift her 18-month-old out of the crib or the car seat; the chest "pulls" across the incision and her arms give out over her head.
            INTERVENTIONS (97530, 21 min):
             (a) lifting a weighted doll (15 lb) from crib-rail height to her chest and back, x 10
             (b) car-seat mock-up: lean, scoop and lift the doll out of the seat, x 8 each side
             (c) overhead reach to place a 3-lb box on a closet shelf, x 12
            IMPAIRMENT: upper-body and trunk weakness with incision guarding after the clamshell; tires reaching overhead
            cc: lung transplant coordinator (RN)
            """,
            ["Z94.2", "Z48.24", "E84.0"], [PT("97530", 21)], []),

        // Olentangy Dublin alcohol-associated cirrhosis on the list: can't get up from the recliner without rocking and pushing, can't reach the mailbox without stopping, thighs "are gone" — the findings; raised-mat sit-to-stands, cuffed hip work, mini-squats, bridges with doses; sarcopenia with quadriceps and hip extensor weakness; chair stands; 18 matches: passes.
        ["v4-h89-olentangy-recliner-and-the-mailbox-97110"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Dublin
            ORGAN / PHASE: liver, listed (alcohol-associated cirrhosis; 3 years sober) · paracentesis on Monday
            WHAT HE CAN'T DO YET: get up from his recliner without rocking and pushing on both arms; walk from the back door to the mailbox without stopping; his thighs "are gone."
            INTERVENTIONS (97110, 18 min):
             (a) sit-to-stand from a raised mat, arms crossed, 3 x 8
             (b) standing hip extension and abduction at the counter, 2-lb cuff, 3 x 10
             (c) mini-squats with a 5-s hold, 2 x 10
             (d) supine bridges (no prone — ascites), 3 x 10
            IMPAIRMENT: sarcopenia — quadriceps and hip extensor weakness with muscle wasting
            MEASURES: 5 chair stands 17.1 s
            cc: liver transplant coordinator (RN)
            """,
            ["K70.31", "Z76.82", "M62.84"], [PT("97110", 18)], []),

        // Blue Ridge Danville grocery stocker with hemophilic arthropathy: can't squat or kneel to stock the bottom shelf (sits on a crate), the R knee won't straighten at the end of a shift — the findings; gentle grade II distraction, patellar glides, hamstring and popliteal soft tissue; R knee flexion contracture and capsular stiffness; degrees before and after; 12 matches: passes.
        ["v4-h89-blueridge-bottom-shelf-from-a-crate-97140"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Danville outreach day
            Terrence H., 52 — severe hemophilia A, on emicizumab; hemophilic arthropathy of both knees, R worse; stocks shelves at the grocery.
            What he can't do: squat or kneel to stock the bottom shelf — he sits on an overturned crate; the R knee won't straighten at the end of the shift and he walks bent.
            Hands-on (97140), 12 min: tibiofemoral distraction in loose pack, grade II, gentle (no end-range forcing on a hemophilic joint); patellar glides superior and medial; soft-tissue mobilization to the hamstring tendons and the popliteal area.
            Where he's at: R knee flexion contracture and capsular stiffness from the arthropathy; short hamstrings.
            Numbers: R knee extension −18° → −14° after; flexion 96°.
            Copy to Dr. Osei, hematology.
            """,
            ["M36.2", "M24.561"], [PT("97140", 12)], []),

        // Blue Ridge Jefferson St HbSC home health aide after a L THA for AVN: can't get up the city bus step without hauling on the rail, limps the two blocks to her client's house — the findings; cane gait, bus-step mock-up step-ups, sidewalk and curb with distance, standby and mod I; antalgic Trendelenburg gait; 16 matches: passes.
        ["v4-h89-blueridge-bus-step-after-the-hip-97116"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Roanoke (Jefferson St)
            Imani S., 29 — HbSC disease; L total hip for avascular necrosis, 7 weeks ago; home health finished. Home health aide by trade.
            What she can't do: get up the city bus step without hauling on the rail with both arms, and she limps the two blocks from the bus stop to her client's house.
            Gait training (97116) for 16 min: cane in the R hand, 4 x 150 ft, cued heel strike and a longer R step; step-ups onto a 12-in. bus-step mock-up leading with the R, x 10, then with the L, x 6, standby; the outdoor sidewalk and curb, 200 ft, modified independent.
            Gait: antalgic on the L with a short L stance and a Trendelenburg drop after the hip replacement.
            Copy to Dr. Brandt, adult sickle cell program.
            """,
            ["D57.20", "Z96.642", "Z47.1"], [PT("97116", 16)], []),

        // Magnolia Palatka fish-camp cook: both feet "like I'm walking on marbles", can't tell when the floating dock tips, grabbed the piling twice — the findings; "One-on-one, nobody else in the gym with me"; wobble board eyes closed, foam with perturbations, step-and-stop; proprioceptive and vibration loss, slow ankle strategy; mCTSIB, vibration, Berg; 20 matches: passes.
        ["v4-h89-magnolia-walking-on-marbles-floating-dock"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · Palatka
            Mr. Reginald Moss (he/him, 63), cook at a fish camp on the St. Johns; HIV since 1991.
            What he says: both feet feel "like I'm walking on marbles," and on the floating dock he can't tell when it tips — he grabbed the piling twice last week.
            One-on-one, nobody else in the gym with me, for the whole 97112.
            We worked on: standing on the wobble board with eyes closed, like the dock; the foam pad with my perturbations at the shoulders; step-and-stop onto foam from every direction.
            Why: proprioceptive and vibration loss in both feet (HIV distal sensory polyneuropathy) and a slow ankle strategy.
            Measured: mCTSIB foam eyes closed 7 s; 128-Hz vibration absent at both great toes, 4 s at the medial malleoli; Berg 47/56.
            Billed: 97112, 20 minutes.
            """,
            ["G62.9", "R26.81"], [PT("97112", 20)], []),

        // Tallgrass Newton church organist on bortezomib: can't find the organ pedals without looking, missed the last step down from the organ loft — the findings; "one-on-one, PT and patient only"; eyes-closed toe-and-heel placement on pedal targets, step-downs onto foam, foam head turns; position sense and postural control; target accuracy, SLS, Berg; 19 matches: passes.
        ["v4-h89-tallgrass-organ-pedals-and-the-loft-step"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Newton
            Pt: Mr. Harold Friesen, 72 · multiple myeloma · bortezomib, C2D11 · church organist for thirty years
            What he told me ▪ he can't find the organ's pedals without looking down now, and he missed the last step coming down from the organ loft on Sunday
            Delivery: one-on-one, PT and patient only, no other patient in the room.
            NMR ▪ 97112 ▪ 19 min
             - seated, then standing: toe-and-heel placement onto taped "pedal" targets with eyes closed, on my call
             - stepping down from a 6-in. step onto foam and holding, eyes up
             - foam stance with head turns
            Impairment ▪ position sense lost in both feet from the bortezomib; postural control worse with the eyes closed
            Measures ▪ pedal targets 11 of 20 with eyes closed; SLS R 5 s / L 6 s; Berg 49/56
            cc: onc nurse navigator
            """,
            ["C90.00", "G62.0", "T45.1X5D"], [PT("97112", 19)], []),

        // Magnolia Springfield longshoreman: feet slap on the gangway, toes catch on the lashing rods, calves shot by the end of a ship — the findings; band dorsiflexion, heel and toe walks, SL heel raises, vested step-ups with doses; dorsiflexor and calf weakness, poor toe clearance; 16 matches: passes.
        ["v4-h89-magnolia-gangway-and-lashing-rods-97110"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · Springfield clinic
            Mr. Lamar Lewis (he/him, 50), longshoreman at the port, lashing containers on the ships; HIV diagnosed 2009, undetectable.
            What he says: his feet slap going up the gangway and he catches his toes on the lashing rods lying on deck; by the end of a ship his calves are shot.
            We worked on: ankle dorsiflexion with the green band 3 x 15 each; heel walks and toe walks 4 x 40 ft; single-leg heel raises off the step 3 x 10 each; step-ups to a 12-in. box in a 20-lb vest 3 x 10.
            Why: ankle dorsiflexor and calf weakness from the HIV neuropathy, L worse; toe clearance poor.
            Billed: 97110, 16 minutes.
            """,
            ["G62.9", "R26.89"], [PT("97110", 16)], []),

        // Tallgrass Hutchinson wheat farmer on FLOT: stops on the third rung of the combine ladder, can't feel the rungs and looks down at every step — the findings; vertical ladder climbs, cab-height step-ups with a tool bag, seed-bag carries with loads and counts; leg weakness and endurance loss with numb soles; 25 matches: passes.
        ["v4-h89-tallgrass-combine-ladder-97530"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Hutchinson
            Pt: Mr. Vernon Stucky, 64 · gastric ca · FLOT, C3D1 · wheat farmer, Reno County; harvest is in June
            What he can't do ▪ climb the combine's ladder into the cab without stopping on the third rung to rest his legs; can't feel the rungs under his boots, so he looks down at every step
            TA ▪ 97530 ▪ 25 min
             - climbing the vertical ladder mock-up in the clinic stairwell (8 rungs), up and down x 5 watching his feet, then x 3 with eyes ahead
             - stepping up to cab height carrying a 10-lb tool bag, x 10
             - carrying a 25-lb seed bag 60 ft and lowering it to a pallet, x 4
            Impairment ▪ leg weakness and endurance loss after the gastrectomy and the docetaxel/oxaliplatin; numb soles
            cc: onc nurse navigator
            """,
            ["C16.9", "G62.0", "T45.1X5D", "R53.81"], [PT("97530", 25)], []),

        // Olentangy Westerville kidney recipient's discharge: Berg, FGA and SLS all normal, "No impairment identified; all goals met"; one-on-one stated; rocker board with a ball toss, foam tandem with head turns, hop and stick — no deficit targeted: deficit missing.
        ["v4-h89-olentangy-discharge-no-impairment"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Westerville
            ORGAN / PHASE: kidney, post-tx month 6 · discharge visit
            RE-EXAM: Berg 56/56; FGA 30/30; SLS eyes closed 26 s each side. No impairment identified; all goals met.
            PT-PATIENT CONTACT: one-on-one, the PT and patient only, for all of the 97112.
            INTERVENTIONS (97112, 18 min):
             (a) single-leg stance on the rocker board with a ball toss
             (b) tandem walking on foam with head turns
             (c) hop and stick onto the Airex
            PLAN: discharge to his home program; summary to the kidney transplant coordinator.
            """,
            ["Z94.0", "Z48.22"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Bayou Teche Abbeville last visit of the plan: Berg, FGA and tandem normal, "nothing left to work on … no impairment found"; "1:1 ▸ me and Mrs. Meaux only"; foam-beam tandem with head turns, rocker board eyes closed, trunk pushes — no deficit targeted: deficit missing.
        ["v4-h89-bayou-last-visit-nothing-found"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — Abbeville
            Pt: Mrs. Therese Meaux · HD MWF · today: off day · last visit of the plan
            Re-check ▸ Berg 55/56 · FGA 29/30 · tandem eyes closed 30 s · she says "everything's normal now — nothing left to work on," and I agree: no impairment found.
            1:1 ▸ me and Mrs. Meaux only for the 97112
            Tx ▸ 97112 — 17 min
              · tandem walk on the foam beam with a head turn on each step
              · rocker board with eyes closed
              · my pushes at the trunk, stepping to recover
            Plan ▸ discharge; home program and the walking club on her off days
            — A. Romero, PT
            """,
            ["N18.6", "Z99.2"], [PT("97112", 17)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Olentangy Kinnear Road hepatitis C cirrhosis with HCC on the list: "LIVER FRAILTY INDEX today: grip 24 kg · 5 chair stands 14.9 s · balance 10 / 10 / 6 s → LFI 4.2" beside ball sit-to-stands, split squats, band rows, heel raises with doses; sarcopenic lower-limb and grip weakness; 16 matches: passes.
        ["v5-h89-olentangy-liver-frailty-index-97110"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Kinnear Road clinic
            ORGAN / PHASE: liver, listed (hepatitis C cirrhosis, cured; HCC within criteria), MELD-Na 19
            LIVER FRAILTY INDEX today: grip (dominant, mean of three) 24 kg · 5 chair stands 14.9 s · balance (side-by-side, semi-tandem, tandem) 10 / 10 / 6 s → LFI 4.2 (4.7 at intake)
            INTERVENTIONS (97110, 16 min):
             (a) sit-to-stand holding a 6-lb medicine ball 3 x 10
             (b) split squat at the counter 2 x 8 each
             (c) seated row with the green band 3 x 15
             (d) standing heel raises 3 x 15
            IMPAIRMENT: lower-limb and grip weakness (sarcopenia) while waiting on the list
            cc: liver transplant coordinator (RN)
            """,
            ["K74.69", "Z76.82", "M62.84"], [PT("97110", 16)], []),

        // Olentangy Dublin single-lung recipient: "6MWT today: 362 m on room air, SpO2 nadir 91%" beside hallway gait without the rollator, the garage ramp and a stairwell flight with distance and standby; shuffling steps with a flexed trunk; 18 matches: passes.
        ["v5-h89-olentangy-6mwt-and-nadir-97116"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Dublin
            ORGAN / PHASE: single L lung (COPD), post-tx week 10
            6MWT today: 362 m on room air, SpO2 nadir 91%, Borg dyspnea 3 (218 m on 4 L at listing)
            INTERVENTIONS (97116, 18 min): hallway gait without the rollator, 3 x 250 ft, cued for an even step length and arm swing; the parking-garage ramp up and down x 2; the stairwell, one flight reciprocal with the rail, standby assist
            IMPAIRMENT: short, shuffling steps and a flexed trunk from the months on oxygen; poor gait endurance
            cc: lung transplant coordinator (RN)
            """,
            ["Z94.2", "Z48.24", "J44.9"], [PT("97116", 18)], []),

        // Blue Ridge Jefferson St warehouse picker's annual joint exam, "HJHS 2.1: L elbow 7, R elbow 2, L knee 3, R knee 1, L ankle 9, R ankle 4; global gait 2. Total 28", beside calf raises, band eversion and dorsiflexion, prone triceps, mini-squats with doses; L ankle and elbow arthropathy with weak calf and triceps; 15 matches: passes.
        ["v5-h89-blueridge-hjhs-by-joint-97110"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Roanoke (Jefferson St)
            Luis G., 24 — severe hemophilia A, prophylaxis with extended half-life FVIII twice a week; infused this morning before PT. Order picker on second shift at the warehouse.
            Annual joint exam today — HJHS 2.1: L elbow 7, R elbow 2, L knee 3, R knee 1, L ankle 9, R ankle 4; global gait 2. Total 28 (33 last year).
            97110 for 15 min: calf raises on the step 3 x 12; ankle eversion and dorsiflexion with the red band 3 x 15; prone elbow extension with a 3-lb dumbbell 3 x 10; mini-squats 2 x 12
            Why: L ankle and L elbow arthropathy with weak calf and triceps; goal — pick orders off the high racks through a whole shift
            Copy to Dr. Osei, hematology.
            """,
            ["M36.2", "M19.272"], [PT("97110", 15)], []),

        // Blue Ridge Lynchburg lawn-care owner: "FISH today: 26/32 (squatting 2, stairs 2, running 2 — others 4)" beside mower pushes up the ramp, trimmer lifts and carries, squat-to-kneel blade changes with distances, loads and counts; ankle and knee arthropathy on slopes and squatting; 22 matches: passes.
        ["v5-h89-blueridge-fish-by-item-97530"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Lynchburg outreach day
            Wesley D., 47 — moderate hemophilia A, FVIII on demand; chronic arthropathy of both ankles and the R knee. Mows lawns for a living.
            FISH today: 26/32 (squatting 2, stairs 2, running 2 — others 4); 22/32 a year ago.
            97530 for 22 min: pushing the clinic's weighted mower mock-up up the ramp and across the grass strip outside, 4 x 60 ft; lifting the trimmer (12 lb) down from truck-bed height and carrying it 40 ft, x 6; squat-to-kneel on a pad to change a blade, x 8, one hand on the bench
            Why: ankle and knee arthropathy — stiff ankles on slopes and painful squatting to work on the mower
            Copy to Dr. Osei, hematology.
            """,
            ["M36.2", "M19.271", "M19.272"], [PT("97530", 22)], []),

        // Magnolia Lake City retired teacher with a R AFO: Brief Peripheral Neuropathy Screen and "10-m walk: 0.74 m/s" beside cane-and-AFO gait in the hall, the gravel lot and hose and curb step-overs with distance, contact guard and standby; R foot drop with a wide high-stepping gait; "Gait training (97116), 18 minutes" matches: passes.
        ["v5-h89-magnolia-bpns-and-10m-walk-97116"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · Lake City
            Ms. Antoinette Brooks (she/her, 68), retired first-grade teacher; HIV since 2001; an AFO on the R since her fall.
            Brief Peripheral Neuropathy Screen: vibration absent at both great toes; ankle reflexes absent; symptom grade 4/10 — positive.
            10-m walk: 0.74 m/s with the AFO and cane (0.58 m/s in March).
            Gait training (97116), 18 minutes: cane in the L hand with the R AFO on, 4 x 150 ft in the hall; the gravel lot behind the clinic 2 x 80 ft, contact guard; stepping over the garden hose and up the curb x 6, standby.
            Why: R foot drop and a wide, high-stepping gait from the neuropathy; she catches the toe on the church carpet.
            """,
            ["G62.9", "M21.371"], [PT("97116", 18)], []),

        // Tallgrass Wichita weekly paclitaxel, week 11: "TNSc 9 · Fullerton Advanced Balance scale 27/40 · SLS eyes closed R 4 s / L 3 s"; "one-on-one, only Mrs. Tran and the PT"; foam reaches across midline, balance-disc step-and-hold, heel-to-toe with card-reading head turns; CIPN proprioceptive loss; 22 matches: passes.
        ["v5-h89-tallgrass-tnsc-and-fullerton-97112"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Wichita (east campus)
            Pt: Mrs. Beverly Tran, 60 · L breast ca · weekly paclitaxel, week 11 of 12 · pharmacy tech
            Delivery: one-on-one, only Mrs. Tran and the PT, the whole 97112.
            Measures ▪ TNSc 9 (6 at week 4) · Fullerton Advanced Balance scale 27/40 · SLS eyes closed R 4 s / L 3 s
            NMR ▪ 97112 ▪ 22 min
             - foam stance with eyes closed, reaching across midline
             - stepping onto the balance disc and holding, forward and sideways
             - heel-to-toe walking while turning the head to read cards taped on the wall
            Impairment ▪ CIPN with proprioceptive loss in both feet and hands; postural control falls apart in the dark
            cc: onc nurse navigator
            """,
            ["C50.912", "G62.0", "T45.1X5D"], [PT("97112", 22)], []),

        // Bayou Teche New Iberia post-run BKA on HD: "continuous walk 240 ft before sitting (110 ft at eval); TUG with the walker 19.8 s" beside prosthetic gait with the walker, the gravel garden path and turns with distance and contact guard; short uneven steps and lateral lean; 17 matches: passes.
        ["v5-h89-bayou-continuous-walk-and-tug-97116"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — New Iberia
            Pt: Mr. Jules Fontenot, 69 · HD MWF · today: post-run · L BKA (2023), K2 prosthesis; keeps a garden and chickens
            Access: R upper-arm AVF ▸ no BP, no weights, no band on the R; the walker's R grip padded
            Vitals in ▸ BP 102/60 sitting → 96/58 standing, no symptoms · HR 90
            Tx ▸ 97116 — 17 min
              · gait with the prosthesis and the rolling walker, cued for a longer R step and full weight onto the prosthetic foot, 3 x 120 ft
              · the gravel path to the side garden bed, 2 x 60 ft, contact guard
              · turning in place and backing up to a chair, x 6
            Why ▸ short, uneven steps with a lateral lean over the prosthesis; tires out halfway to the hen house
            Data ▸ continuous walk 240 ft before sitting (110 ft at eval); TUG with the walker 19.8 s
            — A. Romero, PT
            """,
            ["N18.6", "Z99.2", "Z89.512"], [PT("97116", 17)], []),

        // Magnolia St. Augustine hairstylist: manual muscle grades (dorsiflexion R 4-/5, great-toe extension R 3+/5) and a 20-ft heel walk beside band dorsiflexion, toe yoga, heel walks, tibialis raises with doses; R > L dorsiflexor and toe-extensor weakness, trips on the salon mats; 14 matches: passes.
        ["v5-h89-magnolia-mmt-grades-and-heel-walk-97110"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · St. Augustine
            Ms. Celeste Rivera (she/her, 44), hairstylist, on her feet behind the chair all day; HIV diagnosed 2012, neuropathy since last year.
            Measured (MMT): ankle dorsiflexion R 4-/5, L 4/5; great-toe extension R 3+/5, L 4-/5; heel walk 20 ft before the R forefoot drops.
            We worked on: seated dorsiflexion with the blue band 3 x 15 each; toe yoga (big toe up, small toes down) 3 x 10; heel walks 4 x 30 ft; standing tibialis raises against the wall 3 x 12.
            Why: R > L dorsiflexor and toe-extensor weakness from the neuropathy; her R toe scuffs and she trips on the salon's floor mats.
            Billed: 97110, 14 minutes.
            """,
            ["G62.9", "M62.81"], [PT("97110", 14)], []),

        // Olentangy Marion deceased-donor kidney after delayed graft function: "stair climb power test (10 steps, 17 cm rise) 254 W … knee extension (HHD) R 21 kg / L 19 kg" beside goblet squats, step-ups, leg press, band abduction with doses; hip and knee extensor weakness with a two-flight goal; 17 matches: passes.
        ["v5-h89-olentangy-stair-climb-power-97110"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Marion
            ORGAN / PHASE: kidney (deceased donor), post-tx week 14 · delayed graft function, dialysis for three weeks after the transplant
            MEASURES: stair climb power test (10 steps, 17-cm rise) 254 W (188 W at post-tx week 6); knee extension (HHD) R 21 kg / L 19 kg
            INTERVENTIONS (97110, 17 min):
             (a) goblet squat to a box, 12 lb, 3 x 10
             (b) step-ups to a 10-in. step, 3 x 10 each
             (c) leg press, 90 lb, 3 x 12
             (d) standing hip abduction with the black band 3 x 15
            IMPAIRMENT: hip and knee extensor weakness after the long admission; goal — the two flights up to his office at the tire shop without stopping
            cc: kidney transplant coordinator (RN)
            """,
            ["Z94.0", "Z48.22", "M62.81"], [PT("97110", 17)], []),

        // Bayou Teche Abbeville altar-rail goal: mat sit-to-stands, hip abduction, counter marching, knee extension with the ankle weight for hip and thigh weakness — "looked stronger today getting up from the mat; says her legs don't shake as much on the church steps", no count, load or number but the code's: measure missing.
        ["v5-h89-bayou-looked-stronger-today"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — Abbeville
            Pt: Mrs. Eula Mouton · HD TTS · today: off day
            Access: L forearm AVF ▸ no BP, no weights, no band on the L
            Tx ▸ 97110 — 16 min
              · sit-to-stands from the mat; standing hip abduction; marching in place at the counter; seated knee extension with the ankle weight
            Why ▸ hip and thigh weakness since dialysis started; she wants to kneel at the altar rail again
            Data ▸ looked stronger today getting up from the mat; says her legs don't shake as much on the church steps
            — A. Romero, PT
            """,
            ["N18.6", "Z99.2", "M62.81"], [PT("97110", 16)], [At(Measure, "97110")]),

        // Olentangy Marion IPF recipient: hallway gait without the walker, the stairwell with the rail, sidewalk and curb cuts; shuffling flexed gait and poor endurance — "less winded on the stairs than last week; walking more upright per the patient's husband", no distance, assistance level or number but the code's: measure missing.
        ["v5-h89-olentangy-less-winded-on-the-stairs"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Marion
            ORGAN / PHASE: bilateral lung (IPF), post-transplant, outpatient phase
            INTERVENTIONS (97116, 18 min): gait in the hallway without the walker, cued for a longer stride and arm swing; the stairwell with the rail; outside on the sidewalk and over the curb cuts
            IMPAIRMENT: shuffling gait with a flexed trunk and poor walking endurance after the transplant
            MEASURES: less winded on the stairs than last week; walking more upright per the patient's husband
            cc: lung transplant coordinator (RN)
            """,
            ["Z94.2", "Z48.24", "J84.112"], [PT("97116", 18)], [At(Measure, "97116")]),

        // Blue Ridge Jefferson St line cook with R knee synovitis: retrograde massage, patellar glides, gentle mid-range oscillations; synovitis with stiffness, can't crouch at the low oven — "the knee looks less puffy than last visit and he says it feels looser", no grade, degree, girth or number but the code's: measure missing.
        ["v5-h89-blueridge-knee-looks-less-puffy"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Roanoke (Jefferson St)
            Nathan F. — severe hemophilia A on emicizumab; R knee synovitis after repeated bleeds. Line cook.
            Hands-on (97140) for 13 min: retrograde soft-tissue massage from the calf up to the thigh around the R knee, gentle; patellar glides in all directions, within comfort; gentle tibiofemoral oscillations in the mid-range.
            Where he's at: R knee synovitis with stiffness; he can't bend it enough to crouch at the low oven.
            Numbers: the knee looks less puffy than last visit and he says it feels looser.
            Copy to Dr. Osei, hematology.
            """,
            ["M36.2", "M25.661"], [PT("97140", 13)], [At(Measure, "97140")]),

        // Tallgrass Emporia FOLFOX, "one-on-one, PT and patient only"; foam eyes closed with head turns, rocker board both ways, balance-disc step-and-hold; oxaliplatin position-sense loss — "steadier on the foam than last visit; her daughter says she's not grabbing the furniture at home as much", no number but the code's: measure missing.
        ["v5-h89-tallgrass-steadier-per-her-daughter"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Emporia
            Pt: Mrs. Marjorie Lind · colon ca on FOLFOX · infusion after PT
            Delivery: one-on-one, PT and patient only, for all of the 97112.
            NMR ▪ 97112 ▪ 20 min
             - foam stance, eyes closed, with head turns
             - rocker board forward-back, then side to side
             - step-and-hold onto the balance disc
            Impairment ▪ oxaliplatin neuropathy: position sense gone in both feet; postural control worse in the dark
            Measures ▪ steadier on the foam than last visit; her daughter says she's not grabbing the furniture at home as much
            cc: onc nurse navigator
            """,
            ["C18.7", "G62.0", "T45.1X5D"], [PT("97112", 20)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Bayou Teche Breaux Bridge sugar-mill worker, "Time ▸ 97112 — 22 min, 1:1 (nobody else on my list during it) · 97110 — 15 min" (both match); foam eyes closed, rocker board, beam step-overs to SLS; ball sit-to-stands, side-lying abduction, heel raises with doses; proprioceptive loss and hip abductor weakness; Berg and SLS: passes.
        ["v6-h89-bayou-time-row-two-codes"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — Breaux Bridge
            Pt: Mr. Octave Savoie, 66 · HD MWF · today: off day · works at the sugar mill; grinding season just ended
            Access: L upper-arm AVF ▸ no BP, no weights, no band on the L
            Time ▸ 97112 — 22 min, 1:1 (nobody else on my list during it) · 97110 — 15 min
            Tx ▸ 97112: foam stance with eyes closed; rocker board front-back; stepping over the foam beam and stopping on one leg
            Tx ▸ 97110: sit-to-stand holding a 4-lb ball 3 x 10; side-lying hip abduction 3 x 12 each; heel raises 3 x 15
            Why ▸ proprioceptive loss in both feet (uremic neuropathy) and hip abductor weakness; he sways and reaches for the wall stepping off the mill's catwalk
            Data ▸ Berg 47/56; SLS R 6 s / L 8 s
            — T. Guidry, PT, DPT
            """,
            ["N18.6", "Z99.2", "R26.81"], [PT("97112", 22), PT("97110", 15)], []),

        // Bayou Teche St. Martinville post-run with cramps and orthostasis, "Session cut short — calf cramps returned on the second hallway lap; therex and the stairs not done today. Gait only: 97116 — 13 min" matches its line; walker gait with distance and contact guard, turn-to-sit; shuffling gait with a forward lean: passes.
        ["v6-h89-bayou-cut-short-by-cramps-97116"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — St. Martinville
            Pt: Mr. Alphonse Dupuis, 74 · HD TTS · today: post-run (UF 3.4 L; cramping at the end of the run)
            Access: R chest tunneled catheter ▸ dressing dry and intact; nothing overhead with the R arm
            Vitals in ▸ BP 98/56 sitting, 92/54 standing, lightheaded; re-check after sitting 106/62, no symptoms
            Session cut short — calf cramps returned on the second hallway lap; therex and the stairs not done today. Gait only:
            Tx ▸ 97116 — 13 min
              · hallway gait with the rolling walker, cued for heel strike and an upright trunk, 2 x 100 ft, contact guard
              · turning at the walker and backing to the chair to sit, x 6, brakes on
            Why ▸ shuffling gait with a forward lean since his hospital stay; freezes turning in the kitchen
            — A. Romero, PT
            """,
            ["N18.6", "Z99.2", "R26.89"], [PT("97116", 13)], []),

        // Bayou Teche New Iberia PTA, bingo caller: "Tx ▸ 97110 — 28 min" against a 16-min PTA line: mismatch; sit-to-stands, cuffed hip work, step-ups with doses, hip and thigh weakness with a folding-chair goal complete.
        ["v6-h89-bayou-pta-ther-ex-28-against-16"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — New Iberia · PTA visit
            Pt: Mrs. Rose Hebert, 63 · HD MWF · today: off day · calls bingo at the K of C hall
            Access: L forearm AVF ▸ no BP, no weights, no band on the L
            Tx ▸ 97110 — 28 min
              · sit-to-stand from the 18-in. chair 3 x 10
              · standing hip extension and abduction with a 2-lb cuff 3 x 12 each
              · step-ups to a 4-in. step 2 x 10 each
            Why ▸ hip and thigh weakness; can't get up from the folding chair at bingo without pushing on the table
            — M. Champagne, PTA
            """,
            ["N18.6", "Z99.2", "M62.81"], [PTA("97110", 16)], [At(Mismatch, "97110")]),

        // Olentangy Westerville living-donor kidney, "CPT / MIN: 97110 = 18 · 97530 = 13" (both match); leg press, step-ups, bridges with doses; water-case hinge lifts and cart pushes with loads and counts; hip and thigh weakness with a stockroom goal; 5xSTS: passes.
        ["v6-h89-olentangy-cpt-min-equals-row"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Westerville
            ORGAN / PHASE: kidney (living donor — a coworker), post-tx week 8
            CPT / MIN:  97110 = 18  ·  97530 = 13
            INTERVENTIONS:
             97110 (a) leg press 70 lb 3 x 12 (b) step-ups to an 8-in. step 3 x 10 each (c) bridges 3 x 12
             97530 (a) lifting a 10-lb case of water from the floor to the counter with a hip hinge, x 8 (b) pushing a loaded cart 4 x 60 ft
            IMPAIRMENT: hip and thigh weakness after the transplant admission; goal — back to the stockroom at the hardware store (10-lb limit until week 12)
            MEASURES: 5xSTS 12.9 s
            cc: kidney transplant coordinator (RN)
            """,
            ["Z94.0", "Z48.22", "M62.81"], [PT("97110", 18), PT("97530", 13)], []),

        // Olentangy Kinnear Road NASH liver recipient, "PT — 97112, 21 min, one-on-one" and "PTA — 97110, 14 min" (both match their lines, one discipline); foam head turns, stepping strategy, beam tandem; sit-to-stands, band abduction, heel raises with doses; postural control and proprioception, hip and calf weakness; Berg and tandem: passes.
        ["v6-h89-olentangy-pt-and-pta-codes"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Kinnear Road clinic
            ORGAN / PHASE: liver, post-tx week 10 (NASH)
            PT — 97112, 21 min, one-on-one (PT and patient only, no other patient for the PT):
             (a) foam stance with head turns (b) stepping-strategy drill with PT pushes at the pelvis (c) tandem walk on the beam
             IMPAIRMENT: postural control and ankle proprioception (diabetic neuropathy) — MEASURES: Berg 48/56; tandem 12 s
            PTA — 97110, 14 min:
             (a) sit-to-stand 3 x 10 (b) standing hip abduction with the red band 3 x 12 (c) heel raises 3 x 15
             for hip and calf weakness after the transplant
            cc: liver transplant coordinator (RN)
            """,
            ["Z94.4", "Z48.23", "E11.42"], [PT("97112", 21), PTA("97110", 14)], []),

        // Olentangy Dublin sarcoidosis lung recipient, "CPT / MIN: 97110 = 15 · 97530 = 27": 97110 matches, 97530 against a 14-min line: mismatch on 97530; both sections complete (cable press and row, ball sit-to-stands; grocery stair carries and dishwasher loading with loads and counts; weakness and exertional fatigue).
        ["v6-h89-olentangy-ther-act-27-against-14"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Dublin
            ORGAN / PHASE: lung (sarcoidosis), bilateral, post-tx week 16
            CPT / MIN:  97110 = 15  ·  97530 = 27
            INTERVENTIONS:
             97110 (a) chest press on the cable column 15 lb 3 x 10 (b) seated row 20 lb 3 x 10 (c) sit-to-stand with a 6-lb ball 3 x 10
             97530 (a) carrying groceries (two 8-lb bags) up and down the clinic stairwell, one flight x 3 (b) loading a dishwasher mock-up, bending and reaching, 2 rounds of 12 items
            IMPAIRMENT: upper- and lower-body weakness; exertional fatigue with household tasks after the transplant
            cc: lung transplant coordinator (RN)
            """,
            ["Z94.2", "Z48.24", "D86.0"], [PT("97110", 15), PT("97530", 14)], [At(Mismatch, "97530")]),

        // Blue Ridge Blacksburg shop teacher: "We spent 12 minutes on hands-on work (97140) … and then 16 minutes on exercise (97110)" (both match); talocrural and subtalar glides by grade, Achilles soft tissue; calf raises, band DF, heel-toe walk, step-downs with doses; L ankle stiffness and calf weakness; knee-to-wall cm: passes.
        ["v6-h89-blueridge-we-spent-minutes-prose"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Blacksburg outreach day
            Owen L., 35 — mild hemophilia A; L ankle arthropathy from old bleeds; teaches high-school shop.
            We spent 12 minutes on hands-on work (97140) — talocrural posterior glides grade II–III in the pain-free range, subtalar glides, soft-tissue work to the Achilles — and then 16 minutes on exercise (97110): calf raises 3 x 12, band dorsiflexion 3 x 15, heel-to-toe walking 4 x 20 ft, step-downs from a 6-in. step 3 x 8.
            Where he's at: L ankle stiffness (dorsiflexion short) and calf weakness; he can't crouch by the table saw.
            Numbers: knee-to-wall L 4 cm → 7 cm after the glides (R 11 cm).
            Copy to Dr. Osei, hematology.
            """,
            ["M36.2", "M19.272"], [PT("97140", 12), PT("97110", 16)], []),

        // Blue Ridge Jefferson St HbSS courier with humeral-head AVN: "97140 in two parts — 6 min at the start … 6 min at the end … (12 min in all)" and "97110, 15 min between them" (both match); GH glides by grade, scapular mobilization, posterior-cuff soft tissue; pendulums, table slides, ER, rows with doses; R shoulder stiffness and cuff weakness; degrees: passes.
        ["v6-h89-blueridge-manual-in-two-parts"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Roanoke (Jefferson St)
            Kendrick J., 27 — HbSS; avascular necrosis of the R humeral head, non-operative for now. Delivers for a courier company.
            97140 in two parts — 6 min at the start: glenohumeral inferior and posterior glides, grade II–III; 6 min at the end: scapular mobilization in side-lying and soft-tissue work to the posterior cuff (12 min in all).
            97110, 15 min between them: pendulums with a 1-lb weight 2 x 20; table slides 2 x 15; side-lying ER with 1 lb 3 x 12; band rows 3 x 15.
            Where he's at: R shoulder stiffness and cuff weakness from the AVN; he can't lift packages above shoulder height.
            Numbers: flexion 112° → 124° after the glides; ER 38°.
            Copy to Dr. Brandt, adult sickle cell program.
            """,
            ["D57.1", "M87.321"], [PT("97140", 12), PT("97110", 15)], []),

        // Blue Ridge Danville retired tobacco farmer with hemophilia B: "97110 — 14 min" but the gait-training section carries no minutes: separate time missing; both sections complete (quad sets, SLR, knee extension, band abduction with doses; cane on gravel and grass, curb, with distance and standby; L quadriceps weakness and a vaulting gait over a fused ankle).
        ["v6-h89-blueridge-gait-section-unminuted"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Danville outreach day
            Rodney E., 58 — severe hemophilia B, extended half-life factor IX weekly; L TKA last year; R ankle fusion. Retired tobacco farmer, keeps a big garden.
            97110 — 14 min: quad sets 3 x 10; straight-leg raises 3 x 12; seated knee extension with 3 lb 3 x 12; hip abduction with the band 3 x 15
            Gait training (97116): cane in the R hand outside on the gravel and the grass beside the clinic, 3 x 100 ft; up and down the curb x 6; standby assist
            Where he's at: L quadriceps weakness after the TKA; a stiff-legged, vaulting gait over the fused R ankle
            Copy to Dr. Osei, hematology.
            """,
            ["Z96.652", "M36.2", "Z98.1"], [PT("97110", 14), PT("97116", 12)], [SepTime]),

        // Magnolia Springfield retired Navy cook: "Billed: 97112 (20 min), 97116 (15 min)" (both match), one-on-one for the neuromuscular work; foam head turns, counter tandem, perturbations; hallway gait with heel-first cues, hose and mat step-overs with distance and standby; sensory ataxia; mCTSIB and gait speed: passes.
        ["v6-h89-magnolia-billed-codes-in-brackets"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · Springfield clinic
            I saw Mr. Franklin Oduya (he/him, 57), retired Navy cook out of Mayport; HIV since 1996; neuropathy since the old regimen.
            One-on-one for the neuromuscular work — only the two of us in the gym.
            Neuromuscular re-education: foam stance with eyes closed and head turns; tandem walking at the counter; my perturbations at the hips for an ankle strategy.
            Gait training: hallway walking without the cane, cued to look up and land heel-first, 4 x 150 ft; stepping over the hose and onto the mat, x 8; standby assist.
            Why: sensory ataxia and lost ankle position sense (distal sensory polyneuropathy); he walks wide with his eyes down.
            Measured: mCTSIB foam eyes closed 10 s; gait speed 0.92 m/s.
            Billed: 97112 (20 min), 97116 (15 min).
            """,
            ["G62.0", "R26.89"], [PT("97112", 20), PT("97116", 15)], []),

        // Magnolia Palatka choir director, "Billed: 97112, 32 minutes" against a 20-min line: mismatch; otherwise complete (one-on-one stated; foam eyes closed, rocker board, riser step-downs to foam; proprioceptive loss; Berg and SLS).
        ["v6-h89-magnolia-nmr-32-against-20"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · Palatka
            Ms. Dorothea King (she/her, 66), choir director at her church; HIV-associated distal sensory polyneuropathy.
            It was the two of us only, one-on-one, no one else on my schedule.
            We worked on: standing on the foam with eyes closed; the rocker board side to side; stepping down off the choir-riser mock-up onto foam and holding.
            Why: proprioceptive loss in both feet; postural sway with eyes closed.
            Measured: Berg 46/56; SLS R 5 s / L 4 s.
            Billed: 97112, 32 minutes.
            """,
            ["G62.9", "R26.81"], [PT("97112", 20)], [At(Mismatch, "97112")]),

        // Magnolia Lake City deacon, three codes: "Neuromuscular re-education (97112), 18 minutes" and "Therapeutic exercise (97110), 12 minutes" but "Manual therapy (97140)" with no minutes: separate time missing; every section complete (foam, rocker board, step-and-hold; quad sets, step-ups, TKE with doses; glides by grade; proprioceptive loss, quadriceps weakness, knee stiffness; Berg and flexion degrees).
        ["v6-h89-magnolia-three-codes-two-minuted"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · Lake City
            Mr. Samuel Greene (he/him, 60), deacon; HIV neuropathy and a R knee replacement last fall.
            One-on-one the whole visit — he was my only patient.
            Neuromuscular re-education (97112), 18 minutes: foam stance with head turns; rocker board; step-and-hold onto the foam.
            Therapeutic exercise (97110), 12 minutes: quad sets 3 x 10; step-ups 3 x 10; terminal knee extension with the band 3 x 15.
            Manual therapy (97140): tibiofemoral glides grade III and patellar mobilization.
            Why: proprioceptive loss in both feet; R quadriceps weakness and knee flexion stiffness after the replacement.
            Measured: Berg 49/56; R knee flexion 108° → 114° after the glides.
            """,
            ["G62.9", "Z96.651", "Z47.1"], [PT("97112", 18), PT("97110", 12), PT("97140", 10)], [SepTime]),

        // Tallgrass Wichita myeloma on daratumumab/bortezomib, PT then OT before the infusion: "PT ▪ 97116 ▪ 16 min" and "OT ▪ 97530 ▪ 20 min" each match its own discipline's line; cane gait and garage ramp with distance and standby; cuffs, eyes-closed screw sorting, pill bottles with counts; wide high-stepping gait, fingertip sensation; Nine-Hole Peg: passes.
        ["v6-h89-tallgrass-pt-and-ot-infusion-morning"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Wichita (east campus)
            Pt: Mr. Ray Dreiling, 67 · multiple myeloma · daratumumab/bortezomib, C4D8 · retired aircraft-plant machinist · seen by PT and then OT before his infusion
            Pre-treatment labs: ANC 1.6 · Plt 92 · Hgb 9.8 — no holds
            PT ▪ 97116 ▪ 16 min: single-point cane, 4 x 150 ft in the infusion-suite hallway, cued for heel strike and a narrower base; the ramp to the parking garage x 2; standby assist
              Gait ▪ wide-based, high-stepping gait with foot slap from the bortezomib neuropathy
            OT ▪ 97530 ▪ 20 min: buttoning his shirt cuffs, 2 rounds; sorting machine screws by size from a tray with eyes closed, 25 pieces; opening child-safe pill bottles, x 6
              Deficit ▪ fingertip sensation and in-hand manipulation, both hands
              Measured ▪ Nine-Hole Peg R 34 s / L 36 s
            cc: onc nurse navigator
            """,
            ["C90.00", "G62.0", "T45.1X5D"], [PT("97116", 16), OT("97530", 20)], []),

        // Tallgrass Emporia school-bus driver, "Timed minutes: 23" for the one timed code and "TA ▪ 97530" (matches); bus-step climbs, door-lever and brake-pedal mock-ups, backpack lifts with counts and loads; leg weakness and numb soles with a bus-route goal: passes.
        ["v6-h89-tallgrass-timed-minutes-one-code-97530"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Emporia
            Pt: Mrs. Jolene Harms, 59 · R breast ca · docetaxel, C4D1 · school-bus driver, on leave
            Timed minutes: 23
            TA ▪ 97530
             - climbing the bus-step mock-up (14-in. rise) and turning into the driver's seat, x 8
             - pulling the door-lever mock-up and pressing the brake-pedal mock-up with the R foot, 3 x 10
             - lifting a 10-lb backpack from the floor to seat height, x 10
            Impairment ▪ leg weakness and numb soles from the docetaxel; goal — her bus route in the fall
            cc: onc nurse navigator
            """,
            ["C50.911", "G62.0", "T45.1X5D"], [PT("97530", 23)], []),

        // Tallgrass Hutchinson, infusion held for platelets and "resisted ther ex held; balance work only", one-on-one stated, "NMR ▪ 97112 ▪ 21 min" matches the one line; counter foam eyes closed, tandem with head turns, base-of-support shifts; CIPN proprioceptive loss; mCTSIB and tandem: passes.
        ["v6-h89-tallgrass-resisted-work-held-for-platelets"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Hutchinson
            Pt: Ms. Patricia Kauffman, 56 · ovarian ca · carbo/paclitaxel, C6D1 — infusion on hold today per oncology (platelets)
            Pre-chemo labs: Plt 41 · ANC 1.3 · Hgb 8.6 → under our resistance threshold: resisted ther ex held; balance work only, at the counter
            Delivery: one-on-one, PT and patient only, no other patient in the room during the NMR.
            NMR ▪ 97112 ▪ 21 min
             - stance on foam at the counter, eyes closed, both hands hovering
             - tandem stance at the counter with head turns
             - slow weight shifts to the edge of her base, forward and back, on my count
            Impairment ▪ CIPN: proprioceptive loss in both feet; postural sway with eyes closed
            Measures ▪ mCTSIB foam eyes closed 8 s; tandem 10 s
            cc: onc nurse navigator
            """,
            ["C56.9", "G62.0", "T45.1X5D"], [PT("97112", 21)], []),

        // Tallgrass Newton grain-elevator manager: "38 min of therapy today, NMR and ther ex together, one-on-one with me" is the only time for two codes: separate time missing; both sections complete (foam, rocker board, foam step-and-hold; sit-to-stands, heel raises, band abduction with doses; proprioceptive loss and hip weakness; Berg and 5xSTS).
        ["v6-h89-tallgrass-thirty-eight-together"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Newton
            Pt: Mr. Elmer Penner, 73 · pancreatic ca · gem/nab-paclitaxel, C2D15 · retired grain-elevator manager
            38 min of therapy today, NMR and ther ex together, one-on-one with me.
            NMR: foam stance with eyes closed; rocker board; step-and-hold onto foam
            TE: sit-to-stand 3 x 10; heel raises 3 x 15; band hip abduction 3 x 12
            Impairment ▪ proprioceptive loss in both feet (nab-paclitaxel) and hip weakness
            Measures ▪ Berg 48/56; 5xSTS 13.8 s
            cc: onc nurse navigator
            """,
            ["C25.9", "G62.0", "T45.1X5D"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h89-empty-nmr-and-gait"] = new(
            "",
            ["G62.0", "T45.1X5D"], [PT("97112", 22), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // Empty note on an OT 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h89-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 19)], [At(NoteMissing, "97530"), Dx]),

        // A note of tabs, spaces and line breaks only (cells are trimmed) on a PTA 97110 with a diagnosis: note missing only.
        ["v7-h89-tabs-and-spaces-only-pta-97110"] = new(
            " \t \n\t\n  ",
            ["N18.6", "Z99.2"], [PTA("97110", 15)], [At(NoteMissing, "97110")]),

        // 97110's meaning at Blue Ridge: towel-roll quad sets with holds, cuffed short-arc quads, raised-mat sit-to-stands, hip-flexion marches with doses (technique and measure), L quadriceps and hip flexor weakness after an iliopsoas bleed with a femoral nerve palsy (deficit); 17 matches: passes.
        ["v7-h89-blueridge-97110-after-the-psoas-bleed"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Roanoke (Jefferson St)
            Isaiah N., 22 — severe hemophilia A on emicizumab; L iliopsoas bleed in January with a femoral nerve palsy, recovering; hematology has cleared progressive loading. Community college student; works the register at a hardware store.
            97110 for 17 min: quad sets over a towel roll 3 x 10 with a 5-s hold; short-arc quads with a 2-lb cuff 3 x 12; sit-to-stand from a raised mat 3 x 8; supine hip-flexion marches 2 x 10 — no stretching into hip extension yet
            Where he's at: L quadriceps and hip flexor weakness after the femoral nerve palsy — the knee buckles on the stairs; the front of the L thigh still numb
            Copy to Dr. Osei, hematology.
            """,
            ["G57.22", "M62.81"], [PT("97110", 17)], []),

        // 97530's meaning at Bayou Teche: dock-to-skiff step-downs onto the rocker board, R-handed cast-net throws from a half-kneel, ice-chest lifts and carries with heights, loads, counts and distance (technique and measure), leg weakness and balance stepping down into the boat (deficit); 24 matches: passes.
        ["v7-h89-bayou-97530-dock-skiff-and-cast-net"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — Abbeville
            Pt: Mr. Émile Trahan, 67 · HD TTS · today: off day · still shrimps the bay in his skiff with his nephew
            Access: L upper-arm AVF ▸ no BP, no weights, no band on the L; nothing that snags or strikes the L arm — the cast net thrown R-handed only
            Tx ▸ 97530, 24 min
              · stepping from the "dock" (a 12-in. platform) down onto the rocker-board "skiff" and back up, R hand on the rail, x 8
              · throwing the practice cast net R-handed from a half-kneel and pulling it in hand over hand, x 6
              · lifting a 15-lb ice chest by its R handle from the floor to bench height and carrying it 20 ft, x 5
            Why ▸ leg weakness and poor balance stepping down into the boat since dialysis; he went in the water at the landing in March
            — T. Guidry, PT, DPT
            """,
            ["N18.6", "Z99.2", "R26.89"], [PT("97530", 24)], []),

        // 97140's meaning at Olentangy: thoracic central PAs by grade, rib mobilization with breathing, scar mobilization along the clamshell (technique), thoracic and rib-cage hypomobility with incision adhesion and a backing-the-car goal (deficit), seated thoracic rotation degrees before and after (measure); 12 matches: passes.
        ["v7-h89-olentangy-97140-thoracic-and-the-clamshell"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Kinnear Road clinic
            ORGAN / PHASE: bilateral lung (IPF), post-tx week 14 · sternum healed per the surgeon's note
            INTERVENTIONS (97140, 12 min):
             (a) thoracic central PAs T4–T8, grade III
             (b) rib mobilization, ribs 4–7 on both sides, in side-lying with breathing
             (c) scar mobilization along the clamshell incision, at the lateral ends
            IMPAIRMENT: thoracic and rib-cage hypomobility with incision adhesion after the clamshell; can't turn to look behind when backing the car
            MEASURES: thoracic rotation R 28° → 36°, L 30° → 37° (seated, bar across the shoulders)
            cc: lung transplant coordinator (RN)
            """,
            ["Z94.2", "Z48.24", "M54.6"], [PT("97140", 12)], []),

        // 97116's meaning at Tallgrass: walker to cane on the clinic floor with cues, the grass and gravel and the garage ramp with distance, contact guard and standby (technique and measure), a wide-based foot-slapping gait watching his feet from oxaliplatin (deficit); 15 matches: passes.
        ["v7-h89-tallgrass-97116-grass-gravel-and-the-ramp"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Emporia
            Pt: Mr. Delbert Ott, 70 · colon ca · FOLFOX, C9D1 · rancher, checks cattle on the four-wheeler
            GT ▪ 97116 ▪ 15 min
             - rolling walker → single-point cane, 3 x 150 ft on the clinic floor, cued for heel strike and a shorter, narrower step
             - the grass strip and the gravel by the garage ramp, 2 x 80 ft with the cane, contact guard
             - the garage ramp up and down x 3, standby
            Gait ▪ wide-based, foot-slapping gait; he watches his feet (oxaliplatin neuropathy)
            cc: onc nurse navigator
            """,
            ["C18.7", "G62.0", "T45.1X5D"], [PT("97116", 15)], []),

        // Generic 97112: "NMR 20 min. Balance training per POC. Pt tolerated well. Continue plan." — no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h89-generic-nmr-per-poc"] = new(
            "NMR 20 min. Balance training per POC. Pt tolerated well. Continue plan.",
            ["G62.9"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97140 with minutes for each (16 and 10, both match): "Patient tolerated treatment well. No adverse response. Continue POC." — nothing named for either code.
        ["v7-h89-generic-ther-ex-and-manual"] = new(
            "Ther ex 97110 x 16 min, manual 97140 x 10 min. Patient tolerated treatment well. No adverse response. Continue POC.",
            ["M36.2"], [PT("97110", 16), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Generic 97110 on a dialysis off day: "Pt seen on off day. Vitals stable. Ther ex as tolerated. Tolerated session well, no complaints. Continue POC." — no exercise, region or dose named.
        ["v7-h89-generic-off-day-vitals-stable-97110"] = new(
            "Pt seen on off day. Vitals stable. Ther ex as tolerated. Tolerated session well, no complaints. Continue POC.",
            ["N18.6", "Z99.2"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic letter to the kidney transplant coordinator on a 97530: "continues to attend … participating in therapeutic activities as planned … making steady progress toward her goals" — no activity, deficit or measure named.
        ["v7-h89-generic-letter-to-the-coordinator-97530"] = new(
            """
            To: Kidney transplant coordinator (RN)
            From: Transplant Rehabilitation, Westerville
            Re: therapy update
            Our mutual patient continues to attend outpatient therapy and is participating in therapeutic activities as planned. She is motivated and making steady progress toward her goals. We recommend she continue therapy under the current order.
            """,
            ["Z94.0", "Z48.22"], [PT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Bayou Teche Breaux Bridge PD patient, school-bus aide: PD precautions; bridges, banded clamshells, wall squats, band rows with doses; hip and back extensor weakness with a bus-steps goal; 16 matches: passes.
        ["vord-h89-bayou-pd-exit-site-97110"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — Breaux Bridge
            Pt: Mrs. Cecile Arceneaux, 61 · PD, cycler at night with a day dwell · school-bus aide
            PD catheter ▸ exit site covered; no crunches, no sit-ups, no lifting over 15 lb, no straining with a full dwell
            Tx ▸ 97110 — 16 min
              · bridges 3 x 12
              · side-lying clamshells with the red band 3 x 15 each
              · wall squats to 45° 3 x 10
              · standing rows with the green band 3 x 15
            Why ▸ hip and back extensor weakness; the low back aches by the end of the bus route and she pulls herself up the bus steps on the rail
            — A. Romero, PT
            """,
            ["N18.6", "Z99.2", "M54.50"], [PT("97110", 16)], []),

        // Bayou Teche New Iberia retired welder, three codes: "Time ▸ 97112 19 min (1:1, no other patient on my book) · 97110 12 min · 97116 10 min" all match; rocker board, foam head turns, pushes; sit-to-stands, cuffed abduction, heel raises with doses; cane gait and curb with distance and standby; proprioceptive loss, hip weakness, short step; Berg and TUG: passes.
        ["vord-h89-bayou-retired-welder-three-codes"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — New Iberia
            Pt: Mr. Valery Richard, 70 · HD MWF · today: off day · retired welder from the fab yard
            Access: L upper-arm AVF ▸ no BP, no weights, no band on the L
            Vitals in ▸ BP 142/78 · HR 76 · SpO2 97%
            Time ▸ 97112 19 min (1:1, no other patient on my book) · 97110 12 min · 97116 10 min
            97112 ▸ rocker board eyes closed; foam stance with head turns; my pushes at the hips
            97110 ▸ sit-to-stand 3 x 10; hip abduction with a 3-lb cuff 3 x 12; heel raises 3 x 15
            97116 ▸ cane in the R hand, 3 x 120 ft, cued heel strike and a longer L step; curb x 4, standby
            Why ▸ proprioceptive loss in both feet (uremic and diabetic neuropathy); hip weakness; a short L step with a lateral lean
            Data ▸ Berg 45/56; TUG 13.2 s
            — T. Guidry, PT, DPT
            """,
            ["N18.6", "Z99.2", "E11.42"], [PT("97112", 19), PT("97110", 12), PT("97116", 10)], []),

        // Olentangy Marion HD patient in pre-transplant evaluation, seen before his chair: sit-to-stands, step-ups, L-arm curls (R fistula free), band abduction with doses; weakness and exercise tolerance with the committee's frailty threshold; SPPB and gait speed; 18 matches: passes.
        ["vord-h89-olentangy-pre-transplant-evaluation-97110"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Marion
            ORGAN / PHASE: kidney, pre-transplant evaluation (HD TTS; today is an HD day — seen before his chair) · the selection committee asked for a frailty work-up and a conditioning plan
            PRECAUTIONS: R forearm AVF — no BP, no weights, no bands on the R
            INTERVENTIONS (97110, 18 min):
             (a) sit-to-stand from a 17-in. chair 3 x 10
             (b) step-ups to a 6-in. step 3 x 10 each
             (c) L-arm biceps curls 5 lb 3 x 12; nothing in the R hand
             (d) standing hip abduction with the green band at the ankles 3 x 15
            IMPAIRMENT: lower-limb weakness and poor exercise tolerance; goal — meet the committee's frailty threshold for listing
            MEASURES: SPPB 8/12; gait speed 0.84 m/s
            cc: kidney transplant coordinator (RN)
            """,
            ["N18.6", "Z99.2", "M62.81"], [PT("97110", 18)], []),

        // Olentangy Kinnear Road OT, IPF on the list: overhead can transfers with pursed-lip breathing, reacher pick-ups seated then standing, laundry on a rolling cart with rounds, counts, loads and distance; exertional desaturation and upper-body fatigue with overhead work and bending; 20 matches: passes.
        ["vord-h89-olentangy-ot-self-care-on-oxygen-97530"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Kinnear Road clinic · OT
            ORGAN / PHASE: lung, listed (IPF); 6 L NC with activity
            INTERVENTIONS (97530, 20 min), pacing built into each task:
             (a) moving cans from a waist-high shelf to an overhead shelf and back, pursed-lip breathing on each reach, 2 rounds of 10
             (b) picking objects up from the floor with a reacher, seated then standing, x 10
             (c) moving a 5-lb laundry basket on a rolling cart 50 ft and folding seated at a high table, x 3
            IMPAIRMENT: exertional desaturation and upper-body fatigue with arm work overhead and bending — stops to rest midway through unloading groceries
            MEASURES: SpO2 stayed at or above 89% on 6 L through all three tasks (84% on the same tasks at intake)
            cc: lung transplant coordinator (RN)
            """,
            ["J84.112", "Z76.82", "Z99.81"], [OT("97530", 20)], []),

        // Olentangy Marion PSC on the list with encephalopathy controlled: four-wheeled-walker gait, thresholds and transitions, 360° turns with distance and supervision; short shuffling steps with a forward lean from the ascites; gait speed and TUG; 17 matches: passes.
        ["vord-h89-olentangy-liver-listed-gait-97116"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Marion
            ORGAN / PHASE: liver, listed (PSC), MELD-Na 25 · hepatic encephalopathy controlled on rifaximin and lactulose
            PRECAUTIONS: falls risk; platelets low (chart) — soft surfaces only for balance work
            INTERVENTIONS (97116, 17 min): four-wheeled walker, 3 x 200 ft in the hallway, cued to stand tall and take a longer step; the elevator threshold and the carpet-to-tile transitions x 6; turning 360° each way with the walker, x 4; supervision
            IMPAIRMENT: short, shuffling steps with a forward lean from the ascites; veers when distracted
            MEASURES: gait speed 0.71 m/s; TUG with the walker 14.6 s
            cc: liver transplant coordinator (RN)
            """,
            ["K83.01", "Z76.82", "R26.89"], [PT("97116", 17)], []),

        // Blue Ridge Jefferson St nursing student weeks after acute chest syndrome, screened and kept warm and hydrated: sit-to-stands, step-ups, bridges, wall push-ups with doses; generalized weakness with a three-flight goal; 5xSTS; 16 matches: passes.
        ["vord-h89-blueridge-after-acute-chest-97110"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Roanoke (Jefferson St)
            Brianna C., 23 — HbSS; three weeks in the hospital with acute chest syndrome in February, exchange transfusion in the ICU; home now, on hydroxyurea. Nursing student.
            Screened before we started: no pain crisis this week; kept her warm and hydrated — water bottle at the mat.
            97110 for 16 min: sit-to-stand 3 x 12; step-ups to an 8-in. step 3 x 10 each; glute bridges 3 x 15; wall push-ups 3 x 12; rests between sets as she needed
            Where she's at: generalized weakness after the admission, thighs and hips most; she stops halfway up the three flights to her apartment
            Numbers: 5xSTS 11.8 s (15.6 s on the first visit)
            Copy to Dr. Brandt, adult sickle cell program.
            """,
            ["D57.1", "R53.81"], [PT("97110", 16)], []),

        // Blue Ridge Lynchburg OT, symptomatic carrier's wrist bleed: typodont scaling, cassettes, wringing, jug lifts with counts and loads; R wrist stiffness and weak grip tiring on the scaler; grip pounds and extension degrees; 18 matches: passes.
        ["vord-h89-blueridge-ot-carrier-wrist-97530"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Occupational Therapy · Lynchburg outreach day
            Mrs. Heather V., 41 — symptomatic hemophilia A carrier (FVIII level 31%); R wrist bleed after a fall on the porch steps, treated with factor; cast off. Dental hygienist.
            OT, 97530 for 18 min: scaling practice on a typodont with the R hand, 3 quadrants; opening and closing the instrument cassettes, x 10; wringing a washcloth, 2 x 10; lifting a 5-lb gallon jug from the counter to a shelf, x 8
            Where she's at: R wrist stiffness and a weak grip after the bleed; her hand tires holding the scaler
            Numbers: grip R 38 lb / L 61 lb; wrist extension R 48°
            Copy to Dr. Osei, hematology.
            """,
            ["M25.031", "M25.631"], [OT("97530", 18)], []),

        // Magnolia St. Augustine landscaper, "Just the two of us, one-on-one, for all of the neuromuscular re-education — his peer navigator waited in the lobby"; Airex with perturbations, the pebble-and-foam mat eyes up, rake-handle step-overs to SLS; proprioceptive loss and slow reactions; FGA and SLS; 22 matches: passes.
        ["vord-h89-magnolia-landscaper-nmr"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · St. Augustine
            I saw Mr. Paul Okafor (he/him, 54), landscaper; HIV since 2005, undetectable; neuropathy in both feet.
            Just the two of us, one-on-one, for all of the neuromuscular re-education — his peer navigator waited in the lobby.
            We worked on: single-leg stance on the Airex with my perturbations; walking the uneven-surface mat (pebbles and foam) with his eyes up; stepping over a rake handle and stopping in single-leg stance.
            Why: proprioceptive loss and slow balance reactions from the HIV-associated neuropathy; he stumbles in the mulch beds.
            Measured: FGA 22/30 (17/30 at eval); SLS on the Airex R 6 s / L 9 s.
            Billed: 97112, 22 minutes.
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], []),

        // Magnolia Springfield PTA, home care aide: band TKE, step-ups, heel raises, low-chair sit-to-stands with doses, feet checked after; L quadriceps and calf weakness with a client-transfer goal; "Billed: 97110, 15 minutes" matches the PTA line: passes.
        ["vord-h89-magnolia-pta-home-care-aide-97110"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · Springfield clinic · PTA visit
            The PTA saw Ms. Gloria Jenkins (she/her, 59), home care aide; HIV-associated neuropathy and a L knee that gives on the stairs.
            We worked on: terminal knee extension with the blue band 3 x 15; step-ups to a 6-in. step 3 x 10; heel raises 3 x 15; sit-to-stand from a low chair 3 x 10 — all in her shoes, feet checked after.
            Why: L quadriceps and calf weakness; she has to help her clients up out of their chairs.
            Billed: 97110, 15 minutes.
            — J. Simmons, PTA
            """,
            ["G62.9", "M62.81"], [PTA("97110", 15)], []),

        // Tallgrass Hutchinson quilter after weekly paclitaxel: "one-on-one, the PT and Mrs. Regier only"; foam with head turns naming the quilts, yardstick step-overs to the Airex, rocker board eyes closed; proprioceptive loss; mCTSIB and TUG; 19 matches: passes.
        ["vord-h89-tallgrass-quilter-nmr"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Hutchinson
            Pt: Mrs. Edna Regier, 68 · R breast ca · weekly paclitaxel finished last month; CIPN lingering · quilter
            Delivery: one-on-one, the PT and Mrs. Regier only, for all of the 97112.
            NMR ▪ 97112 ▪ 19 min
             - standing on the foam with eyes closed, then turning her head to name the quilts on the wall
             - stepping over a yardstick onto the Airex and holding
             - rocker board side to side, then eyes closed
            Impairment ▪ proprioceptive loss in both feet from the paclitaxel; sways in the dark hallway at night
            Measures ▪ mCTSIB foam eyes closed 14 s (5 s in January); TUG 9.8 s
            cc: onc nurse navigator
            """,
            ["C50.911", "G62.0", "T45.1X5D"], [PT("97112", 19)], []),

        // Tallgrass Wichita aircraft-plant inspector on FOLFOX, three codes: 97112 18 ("one-on-one (PT and Mr. Lange only)"), 97110 12 and 97140 10 all match; foam, tandem with head turns, SLS reaches; goblet squats, SL heel raises, band DF with doses; plantar and calf STM and talocrural glides by grade; proprioception, weakness, ankle stiffness; Berg, SLS, knee-to-wall: passes.
        ["vord-h89-tallgrass-inspector-three-codes"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Wichita (east campus)
            Pt: Mr. Kurt Lange, 58 · sigmoid colon ca · FOLFOX, C7D1 · inspector at the aircraft plant
            Pre-chemo labs: ANC 2.2 · Plt 104 · Hgb 11.1 — OK to proceed
            NMR ▪ 97112 ▪ 18 min ▪ one-on-one (PT and Mr. Lange only): foam stance eyes closed; tandem walk with head turns; single-leg stance reaching to cones
            TE ▪ 97110 ▪ 12 min: goblet squat with 15 lb 3 x 10; SL heel raises 3 x 10 each; band dorsiflexion 3 x 15
            Manual ▪ 97140 ▪ 10 min: STM to both plantar fascias and calves; talocrural posterior glides grade III
            Impairment ▪ CIPN: proprioceptive loss in both feet; calf and dorsiflexor weakness; ankle stiffness from walking flat-footed
            Measures ▪ Berg 50/56; SLS R 8 s / L 7 s; knee-to-wall R 6 cm / L 5 cm
            cc: onc nurse navigator
            """,
            ["C18.7", "G62.0", "T45.1X5D"], [PT("97112", 18), PT("97110", 12), PT("97140", 10)], []),

        // Blue Ridge Blacksburg freshman: complete 97112 (one-on-one stated; BAPS, foam SLS with head turns, step-and-stick; R ankle proprioception and peroneal reaction; SLS seconds; "(18 min)" matches) sent with no diagnosis.
        ["vord-h89-blueridge-no-diagnosis"] = new(
            """
            Blue Ridge Hemophilia & Sickle Cell Center · Physical Therapy · Blacksburg outreach day
            Mason T., 19 — severe hemophilia A on emicizumab; R ankle is his target joint; a freshman, walks to class.
            One-on-one with me, no other patient, for the whole 97112 (18 min).
            On the floor: BAPS level 3 standing; SLS on the foam with head turns; lateral step-and-stick onto the mat.
            Where he's at: R ankle proprioceptive deficit and a slow peroneal reaction after the bleeds.
            Numbers: SLS on foam R 9 s / L 24 s.
            Copy to Dr. Osei, hematology.
            """,
            [], [PT("97112", 18)], [Dx]),

        // Bayou Teche St. Martinville: complete 97110 (sit-to-stands, cuffed abduction, heel raises, seated marches with doses; hip and thigh weakness with a pew goal) with the ICD-9 code 585.6 as its diagnosis: not well formed.
        ["vord-h89-bayou-icd9-585-6"] = new(
            """
            BAYOU TECHE KIDNEY REHAB — St. Martinville
            Pt: Mr. Ovide Bergeron, 72 · HD TTS · today: off day
            Access: R forearm AVF ▸ no BP, no weights, no band on the R
            Tx ▸ 97110 — 15 min
              · sit-to-stand 3 x 10; standing hip abduction with a 2-lb cuff 3 x 12; heel raises 3 x 15; seated marches 2 x 20
            Why ▸ hip and thigh weakness since dialysis; can't rise from the pew without pulling on the one in front
            — A. Romero, PT
            """,
            ["585.6"], [PT("97110", 15)], [Dx]),

        // Generic two-code note with a shared total ("TE and TA, 34 min total"): no technique, deficit or measure for either code, no minutes for each.
        ["vord-h89-olentangy-generic-two-codes-total"] = new(
            """
            OLENTANGY UNIVERSITY TRANSPLANT CENTER · TRANSPLANT REHABILITATION · Dublin
            Transplant rehab f/u. TE and TA, 34 min total. Pt tolerated. Continue per transplant rehab plan.
            """,
            ["Z94.0", "Z48.22"], [PT("97110", 20), PT("97530", 14)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // Magnolia Palatka PTA "Gait training (97116), 26 minutes" against a 13-min PTA line: mismatch; cane-and-AFO gait, ramp, curb and grass with distance and contact guard, R foot drop with a steppage gait complete.
        ["vord-h89-magnolia-pta-gait-26-against-13"] = new(
            """
            MAGNOLIA AVENUE POSITIVE HEALTH CENTER · Rehabilitation · Palatka · PTA visit
            The PTA saw Mr. Clarence Sims (he/him, 70), retired; HIV since 1989; a R AFO for foot drop.
            Gait training (97116), 26 minutes: cane and AFO, 3 x 150 ft in the hall; the ramp and the curb outside, x 4; the grass by the parking lot, 2 x 60 ft; contact guard on the grass.
            Why: R foot drop with a steppage gait; he catches his toe on the threshold at home.
            — J. Simmons, PTA
            """,
            ["G62.9", "M21.371"], [PTA("97116", 13)], [At(Mismatch, "97116")]),

        // Tallgrass Newton OT "OT ▪ 97530 ▪ 31 min" against a 19-min OT line: mismatch; dough kneading, cookie-cutter placement, flour-canister lifts with counts and loads, numb fingertips and weak grip, grip pounds complete.
        ["vord-h89-tallgrass-ot-31-against-19"] = new(
            """
            TALLGRASS CANCER CENTER · Rehab in the Infusion Suite · Newton · OT
            Pt: Mrs. Lois Janzen, 65 · L breast ca · docetaxel, C5 · owns the bakery on Main
            OT ▪ 97530 ▪ 31 min
             - kneading and shaping a practice dough ball, 3 rounds
             - picking up cookie-cutter shapes and placing them on a sheet pan, 24 pieces
             - lifting a 10-lb flour canister from the low shelf to the counter, x 6
            Deficit ▪ numb fingertips and weak grip in both hands from the docetaxel; drops the sheet pans
            Measured ▪ grip R 42 lb / L 39 lb
            cc: onc nurse navigator
            """,
            ["C50.912", "G62.0", "T45.1X5D"], [OT("97530", 19)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
