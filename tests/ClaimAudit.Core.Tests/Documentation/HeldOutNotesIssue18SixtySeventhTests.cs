using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The sixty-seventh held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of outpatient spine and persistent-pain therapy — chronic low-back pain, cervical and
/// lumbar radiculopathy, lumbar stenosis with neurogenic claudication, the weeks after a laminectomy, an ACDF or a
/// fusion, whiplash after a car crash, sciatica, and pain that outlasted a work injury — as the people who treat it
/// write it: MDT baselines, repeated movements and the symptom response, directional preference, centralisation
/// and peripheralisation described as findings, a lateral shift, motor-control retraining of the deep trunk and
/// neck flexors, graded activity with quotas and graded exposure up a fear hierarchy, pain-neuroscience education
/// beside the billed code, neural mobilisation, manual traction and mobilisation by level (L4-5, C5-6, T4-7);
/// workers' compensation claimants with a claim number, restrictions in pounds and a job to go back to, no-fault
/// auto (PIP) patients with a date of the crash, and Medicare patients beside them; ODI, NDI, PSFS and NPRS next to
/// degrees, seconds, millimetres of mercury and pounds lifted — about two thirds ordinary and complete (69 of 101),
/// single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit), by PTs, PTAs and
/// OTs, from five employers:
/// <list type="number">
/// <item>a spine-specialty private practice whose PTs are MDT-credentialled ("Allegheny Spine Mechanics": Squirrel
/// Hill, Cranberry Twp, Bethel Park, Monroeville, Pennsylvania) writing baselines and repeated-movement responses,
/// a "Provisional classification / Directional preference / Symptom response / Extension loss" box grid, "EIL
/// 10, 10, 10", sag and clinician overpressure, a manual lateral-shift correction, MDT force progression to an
/// extension mobilisation, a flexion dysfunction, cervical retraction-extension, a "Time reflects direct one-to-one
/// treatment" signature line; a nurse on twelve-hour shifts, a lawn mowed on Saturday, a viola, a toddler;</item>
/// <item>an occupational-health clinic ("Maumee Valley WorkHealth — Occupational Rehab": Toledo, Perrysburg,
/// Findlay, Sandusky, Ohio) seeing workers' compensation claimants: claim numbers, dates of injury, employers,
/// a nurse case manager, a "Work status / Restrictions / Job" grid, a "Treatment delivered: ☐ 1:1
/// ☒ Concurrent" row, a conditioning floor with three clients at once, the PILE lift test, tote lifts to a
/// conveyor, a yard-tractor cab, a CDL driver's landing gear, a lineman's tool belt, a tire builder and an HVAC
/// installer off a ladder;</item>
/// <item>a hospital spine centre ("Platte Valley Regional Spine Center — Outpatient Therapy": Omaha, Papillion,
/// Kearney, Grand Island, Nebraska) seeing patients weeks after a laminectomy, a microdiscectomy, a TLIF or an ACDF
/// with the surgeon named, a "Spinal precautions / Adaptive equipment" box set for OT, a gait grid with an AFO,
/// rehabilitative ultrasound imaging, the MedX lumbar extension machine, a dotted service / minutes column, PT then OT
/// on one day, a kyphoplasty, a myelopathic hand, the grill and the garage;</item>
/// <item>an interventional pain-management group's PT service ("Cascade Interventional Pain — Physical Therapy":
/// Tacoma, Puyallup, Olympia, Lakewood, Washington) seeing patients after medial-branch RFA, epidurals and a spinal
/// cord stimulator trial, on an opioid taper: pain-neuroscience education ("Why Do I Hurt?", Explain Pain), graded
/// activity with time-contingent quotas, graded exposure from a PHODA ranking, a stimulator rep's reprogramming
/// with the clock stopped, an "Interventions / Pain (NPRS) / Function (PSFS)" template left unticked, a "Session
/// format" row left blank; a granddaughter, a dog walked to the end of the block, the dishwasher;</item>
/// <item>a chiropractic-and-PT practice ("Raritan Chiropractic &amp; Physical Therapy": Edison, Woodbridge, New
/// Brunswick, Perth Amboy, New Jersey) seeing no-fault auto (NJ PIP) patients after crashes on Route 1, Route 18,
/// Route 27, Route 35 and the Turnpike ramp, the DC's adjustment noted as a separate visit, a "Timed services
/// delivered one-on-one by the PT? ☒ Y" row, a driver and his wife treated side by side, a Saunders home traction
/// unit fitted, DNS positions, eye-head coordination and smooth-pursuit neck-torsion work for a whiplash.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h67-…): one-on-one in these writers' own words ("Pt had my undivided attention for the whole
/// 22 min", "Direct contact, just the claimant and me for all of the NMR block", "pt and I alone in the rehab room
/// for the full 97112", "He was the sole patient in the gym with me", "PTA worked exclusively with this pt", "Time
/// reflects direct one-to-one treatment by the undersigned PT only", "OT treated pt individually — no other client
/// in the room"), notes that negate it (a spondylolisthesis patient run at the same time as a post-ACDF patient on
/// the next mat, the PT stepping out between sets to set up the traction table, a driver and his wife put through
/// NMR side by side) or never state it (a husband sitting in after an RFA), and a concurrent 97110 on a
/// conditioning floor, which has no one-on-one check (only 97112 is the one-on-one code in the shipped medicare
/// profile);</item>
/// <item>class 2 (v2-h67-…): template states: an MDT classification and response box grid, "Treatment delivered:
/// ☐ 1:1 ☒ Concurrent", OT spinal-precaution and adaptive-equipment boxes with assistance levels, an
/// interventions template with nothing ticked and "Pain (NPRS): ____", "Timed services delivered one-on-one by the
/// PT? ☒ Y", a neuro re-ed flowsheet with "Impairment targeted: ____" left blank, a work-status and restrictions
/// grid, a gait grid with an AFO, a procedures box ticked with "Cervical ROM: ______ (not measured today)", a
/// "Session format" row with no box ticked, a pain diagram with its boxes ticked as the region;</item>
/// <item>class 3 (v3-h67-…): named programmes, protocols and devices as techniques (an MDT cervical progression,
/// rehabilitative ultrasound imaging, quota-based graded activity, in-vivo graded exposure from a PHODA ranking,
/// PNE with Louw's book beside a walking and strengthening programme, femoral nerve sliders in side-lying slump,
/// manual cervical traction with a Saunders home unit, MDT force progression to an extension mobilisation, a
/// Mulligan C1-2 SNAG, the MedX lumbar extension machine), McGill's curl-up, side bridge and bird dog with no
/// number and DNS developmental positions with no deficit;</item>
/// <item>class 4 (v4-h67-…): deficits stated as findings (calf and thigh pain retreating to the buttock, tingling
/// sent into the foot by slouched sitting, a trunk shifted off the pelvis, legs that go heavy past the second
/// mailbox, a coffee mug dropped with numb fingers, arms that cannot stay up to do her hair, a tote that cannot be
/// reached below knee height, "If I bend I'll snap the screws", a head that feels like it floats at the blind-spot
/// check, walking bent forward after a laminectomy) and notes that state none (a strengthening session with no
/// pain, free movement and a normal neuro screen; a 97112 whose craniocervical, position-sense and pursuit screen
/// is all normal);</item>
/// <item>class 5 (v5-h67-…): measures in their usual forms (ODI with doses, NDI with rotation degrees, PSFS with
/// loads, the Biering-Sørensen hold, fingertip-to-floor centimetres, a self-paced walk to the onset of leg
/// heaviness, the PILE lift test, trunk flexor and extensor endurance seconds, the modified-modified Schober) and
/// notes with none ("Moving better and less guarded by the end. Will re-test next week.", repeated extension in
/// "sets until the leg pain stopped retreating", a yard-tractor cab that "went better than last time");</item>
/// <item>class 6 (v6-h67-…): minutes in their usual forms (a CPT / min / units table, military clock times per
/// code, a dotted service column in minutes, two parts around a stimulator reprogramming, a timed total with its
/// parts, "x 10 min" on three codes, PT then OT on one day, "I spent 21 minutes on 97112") and true mismatches (NMR
/// 25 against 14, a PTA's ther-ex 30 against 18, the second of two codes 22 against 12) and truly missing separate
/// time (40 minutes combined for two codes, a gait section with no minutes beside two timed codes);</item>
/// <item>class 7 (v7-h67-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (trunk endurance for a lumbar strain), 97530 (restocking with a hand
/// truck for a grocery stocker), 97140 (T4-7 mobilisation after a crash) and 97116 (a cane after a laminectomy),
/// and wholly generic 97110, 97112 + 97140 and 97530 notes;</item>
/// <item>ordinary (vord-h67-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a generic two-code note
/// with a total, a PTA's NMR time that differs, an OT's time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — a husband or a wife sitting
/// in, a nurse case manager on the phone, a stimulator rep (none of them a patient, so none of them makes a session
/// a group; the one spouse who is also a patient is said to be one), claim numbers,
/// dates of injury and of the crash, vertebral levels, lifting restrictions in pounds, shift lengths in hours,
/// traction pounds, morphine equivalents, ages and years — and each is written so that a reviewer cannot take it
/// for a code's minutes or a measure; no note gives minutes to traction, education, heat, a rest or a test.
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
/// documentation profile (group classes, caregiver training and evaluations stay in the notes, never on a line).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 91 of 101 cases agree (99 needed), and 4 of the 69 notes the reviewer passes got a finding, on the analyzer of 1db48ff (the start of the 2026-12-06 ninth session) — its first run: nothing had changed before it, so this is also the held-out figure.
/// </para>
/// <para>
/// After: development data from that run, worked through: 100 of 101, no false positive — "Timed 37 min = TA 97530 22 + TE 97110 15", spinal levels (L4-5, C5-6) as regions, extension loss, position error, pressure-biofeedback holds ("holds 26 mmHg", "hold 40 s without losing neutral"), hair care and cupboards. Left: "Nothing wrong today" beside a region.
/// </para>
/// </summary>
public class HeldOutNotesIssue18SixtySeventhTests(ITestOutputHelper output)
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

        // Squirrel Hill MDT practice, nurse on twelve-hour shifts, derangement resolved: "Pt had my undivided attention for the whole 22 min; no other pt booked"; prone drawing-in over the PBU, fall-outs, quadruped rocking; lost lumbar neutral and slow TrA; mmHg held and k of 10; 22 matches: passes.
        ["v1-h67-squirrel-hill-undivided-attention-pbu"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Squirrel Hill · Daily note
            Pt 58, ICU nurse, twelve-hour shifts. Derangement resolved (no leg sx since Feb 10) — now on motor control.
            97112 — 22 min. Pt had my undivided attention for the whole 22 min; no other pt booked in that slot.
              prone abdominal drawing-in over the pressure biofeedback unit, then supine bent-knee fall-outs + heel slides holding the dial steady
              quadruped rocking back toward the heels, stopping where the lumbar curve starts to round
            Motor control: loses lumbar neutral as soon as the legs load; TrA slow to engage, obliques bracing instead
            Prone PBU test: 6 mmHg drop held 10 s (no drop at all on Monday); fall-outs 8 of 10 inside ±2 mmHg
            """,
            ["M54.50", "M51.26"], [PT("97112", 22)], []),

        // Toledo WC claimant after a forklift hit his tugger: "Direct contact, just the claimant and me for all of the NMR block" (the nurse case manager called afterward); head-laser relocation and tracing, head-still trunk turns; cervical position sense after whiplash; JPE degrees and errors; 24 matches: passes.
        ["v1-h67-toledo-just-the-claimant-and-me"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Occupational Rehab, Toledo
            WC claim 25-418873 · Employer: Lakeport Axle (assembly) · DOI 12/09/2025 — a forklift backed into his tugger, head snapped forward and back.
            Direct contact, just the claimant and me for all of the NMR block. His nurse case manager phoned for an update after we finished.
            NMR 97112 — 24 min
              head-mounted laser: relocate to center after active rotation, eyes closed; trace a figure-eight and a zig-zag on the wall target
              slow trunk turns on a rolling stool while keeping the laser dot still on a fixed point
            Impairment: cervical joint position sense off since the whiplash — overshoots coming back from R rotation; feels "floaty" turning to back up the tugger
            JPE after R rotation 6.4° → 3.9° (mean of 6 trials); figure-eight traced with 2 off-line errors (5 last visit)
            """,
            ["S13.4XXD", "M54.2"], [PT("97112", 24)], []),

        // Omaha spine centre, Medicare spondylolisthesis: "I ran this pt and a post-ACDF pt on the next mat at the same time, going back and forth": not one-on-one; motor-control dead bug, dowel bird-dog, hinge; lumbopelvic control; side-bridge seconds and k of 10: one-on-one missing.
        ["v1-h67-omaha-two-mats-back-and-forth"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Outpatient Therapy, Omaha
            Medicare · degenerative spondylolisthesis L4-5, no surgery planned.
            97112 — 23 min. Today I ran this pt and a post-ACDF pt on the next mat at the same time, going back and forth between them.
              motor-control retraining: supine dead-bug progression over the PBU; quadruped arm/leg lifts keeping a dowel on the back; sit-to-stand with a neutral hip hinge
              Deficit: poor lumbopelvic motor control — the lumbar spine moves ahead of the hips, can't hold neutral under limb load
              Side-bridge (knees bent) 18 s R / 15 s L; dowel kept contact on 7 of 10 lifts
            """,
            ["M43.16", "M53.2X6"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Lakewood pain group after a C5-7 medial-branch RFA, husband sat in: nothing states one-on-one; CCF nods on the cuff, retraction with quiet traps, wall slides; DNF endurance and forward head; mmHg holds and count: one-on-one missing.
        ["v1-h67-lakewood-after-rfa-husband-sat-in"] = new(
            """
            CASCADE INTERVENTIONAL PAIN — Physical Therapy, Lakewood
            s/p R C5-6 + C6-7 medial branch RFA on Feb 17. Husband Dale drove her and sat in.
            Neuro re-ed 97112 · 20 min
              craniocervical flexion nods in crook lying on the pressure cuff, stepping up 22 → 24 → 26 mmHg
              seated retraction with the upper traps kept quiet (mirror), then the same while lifting both arms
              wall slides keeping the back of the head on the wall
            Why: deep neck flexors fatigue fast — SCM and scalenes take over; head pokes forward by the end of a day at the dental office
            CCF: holds 26 mmHg for 10 s, 6 reps before the SCM kicks in (3 reps at 24 mmHg at eval)
            """,
            ["M54.2", "M47.812"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Edison chiro-PT, NJ PIP after a rear-end on Route 27, DC adjusted first (separate visit): "pt and I alone in the rehab room for the full 97112 — 21 min"; eye-head coordination, pursuit in neck torsion; sensorimotor control and gaze catches; catch-up saccades k of 10: passes.
        ["v1-h67-edison-alone-in-the-rehab-room"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — Edison
            NJ PIP · MVA 01/06/2026, rear-ended at a light on Rt 27. Adjusted by Dr. Vasquez (DC) before PT — chiro visit billed separately.
            PT: pt and I alone in the rehab room for the full 97112 — 21 min.
              eye-head coordination: eyes fixed on a target while the head turns; eyes lead then head follows; trunk turns under a still head sitting on the Swiss ball
              smooth pursuit with the neck held rotated 45° each way
            Deficit: sensorimotor control of the neck since the whiplash — gaze catches and she gets dizzy on quick turns to check her blind spot
            Pursuit in neck torsion: catch-up saccades on 3 of 10 sweeps to the L (7 of 10 on Feb 2)
            """,
            ["S13.4XXD", "S16.1XXD"], [PT("97112", 21)], []),

        // Perrysburg conditioning floor, "Concurrent session: 3 clients on the floor with me": 97110 has no one-on-one check; trap-bar deadlift, goblet squat, suitcase carry, Pallof with loads and doses; lumbar extensor and hip weakness with a full-duty goal; 25 matches: passes.
        ["v1-h67-perrysburg-conditioning-floor-concurrent-97110"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Perrysburg · Conditioning floor
            WC · order selector at the Marlowe Foods DC, L lumbar strain, DOI 10/22/2025. Modified duty: no lift over 20 lb.
            Concurrent session: 3 clients on the floor with me, each on their own program.
            97110 Therapeutic exercise — 25 min
              trap-bar deadlift 45 lb 3 x 8; goblet squat to a box w/ 20-lb KB 3 x 10; suitcase carry 35 lb 4 x 60 ft each side; Pallof press green band 3 x 10 each
            Limits: lumbar extensor + hip weakness, L low-back pain with repeated bending (picks from the bottom pallet row)
            Goal: full duty — 50 lb floor to pallet top across a 10-hr shift
            """,
            ["S39.012D"], [PT("97110", 25)], []),

        // Kearney, Medicare, six weeks after an L3-5 laminectomy, wife by the window: "He was the sole patient in the gym with me for both codes"; NMR 20 and TE 15 match; motor-control bracing, level-pelvis bridge, hinge with a dowel; stepper and cuff work with doses; trunk control, glutes, stooped gait; bridge holds and 5xSTS: passes.
        ["v1-h67-kearney-sole-patient-in-the-gym"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Kearney Outpatient Therapy
            Medicare · 6 wks s/p L3-4 + L4-5 decompressive laminectomy (Dr. Hruza). Wife Marlene in the chair by the window.
            He was the sole patient in the gym with me for both codes below.
            97112 — 20 min: motor-control retraining — bracing with heel taps in hook lying; bridging with a ball squeeze holding a level pelvis; sit ↔ stand with a hip hinge, dowel along the spine
            97110 — 15 min: recumbent stepper level 3; standing hip abduction + extension at the counter w/ 2-lb cuffs 2 x 12; mini squats 2 x 10; heel raises 2 x 15
            Deficits: trunk motor control poor since surgery (lumbar spine drops into flexion as he stands); glutes 3+/5 B; walks bent forward
            Level-pelvis bridge held 10 s x 8 (pelvis dropped at 4 s in week 1); 5xSTS 17.8 s
            """,
            ["M48.062", "M96.1"], [PT("97112", 20), PT("97110", 15)], []),

        // Puyallup pain group, SCS trial planned: "Between her sets I stepped out to get the next pt set up on the traction table and answer the front desk": attending someone else; multifidus swell, quadruped, dowel hinge; multifidus recruitment; k of 10 counts: one-on-one missing.
        ["v1-h67-puyallup-stepped-out-to-the-traction-table"] = new(
            """
            CASCADE INTERVENTIONAL PAIN — Physical Therapy, Puyallup
            Chronic LBP since 2019; SCS trial planned for April.
            97112 · 18 min
              lumbar multifidus activation in side-lying w/ my fingers just off the L5 spinous — "swell up under my fingers"; same cue in quadruped; standing hip hinge with the dowel
              Between her sets I stepped out to get the next pt set up on the traction table and answer the front desk.
            Deficit: poor multifidus recruitment at L5 both sides, R worse; loses lumbar flexion control bending to load the dishwasher
            Dowel hinge: 3 points of contact kept 8 of 10 reps; R multifidus swell palpable 6 of 10 tries
            """,
            ["M54.50", "G89.29"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Woodbridge PTA, PIP after a T-bone on the Turnpike ramp: "PTA worked exclusively with this pt (no other pt in the rehab room)"; bottle bird-dog, cuff marching, half-kneel chops; lumbopelvic control with returning leg pain; k of 10 and mmHg: passes.
        ["v1-h67-woodbridge-pta-exclusively-with-this-pt"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — Woodbridge · PTA note
            NJ PIP · lumbar sprain + L sciatica after a T-bone on the Turnpike ramp, 12/19/2025.
            97112 — 19 min — PTA worked exclusively with this pt (no other pt in the rehab room; the DC was in his own treatment room)
              quadruped → bird-dog w/ a water bottle balanced on the low back; supine marching over the pressure cuff; half-kneeling chops on a light cable keeping the pelvis level
            Deficit: poor lumbopelvic control — rotates through the low back on every arm or leg lift; L leg pain comes back when he loses neutral
            Bottle stayed on for 6 of 10 bird-dogs (2 of 10 on Jan 20); cuff held at 40 mmHg ±3 through 10 marches
            """,
            ["S33.5XXD", "M54.42"], [PTA("97112", 19)], []),

        // Cranberry MDT cervical derangement, signature "Time reflects direct one-to-one treatment by the undersigned PT only"; 97110 14 and 97112 23 match; retraction with overpressure and rows with doses; CCF motor control; C6 symptoms and DNF endurance; CCFT mmHg holds: passes.
        ["v1-h67-cranberry-signature-one-to-one"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Cranberry Twp
            Cervical derangement, R C6 sx centralised — now R upper trap only.
            97110 14 min: retraction in sitting w/ self-overpressure 2 x 10 (HEP every couple of hours at work); retraction-extension in lying 1 x 10; rows green band 2 x 15
            97112 23 min: deep neck flexor motor-control retraining — supine chin nods holding the cuff at 24 mmHg; seated nods with arm lifts; quadruped head lifts keeping neutral
            Deficits: R C6 sx return with sustained neck flexion at the desk; poor DNF endurance, SCM + upper traps take over
            CCFT: 24 mmHg x 10 s holds, 10 of 10 (stalled at 22 mmHg last wk)
            Time reflects direct one-to-one treatment by the undersigned PT only. — R. Kowalczyk, PT, Cert. MDT
            """,
            ["M50.122", "M54.12"], [PT("97110", 14), PT("97112", 23)], []),

        // Grand Island OT, eight weeks after a C4-6 ACDF for myelopathy: "OT treated pt individually — no other client in the room during the 97112 minutes"; occluded buttoning, in-hand coin work, pinch pegs; hand proprioception; 9-Hole Peg seconds and k of 6: passes.
        ["v1-h67-grand-island-ot-myelopathic-hand"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Grand Island · OT
            8 wks s/p C4-6 ACDF for cervical myelopathy. OT treated pt individually — no other client in the room during the 97112 minutes.
            OT 97112 — 22 min
              hand proprioception + fine-motor retraining: finding and fastening large → small buttons with vision occluded; in-hand manipulation of coins palm-to-fingertip; graded pinch on the pinch pegs
            Deficit: ↓ proprioception and clumsiness in both hands (myelopathic hand) — drops his keys, can't button his work shirt
            9-Hole Peg R 34 s / L 38 s (41 / 46 at eval); 4 of 6 buttons fastened with vision occluded
            """,
            ["M47.12", "Z98.1"], [OT("97112", 22)], []),

        // New Brunswick, a driver and his wife from the same Route 18 rear-end: "I took them through NMR side by side on the two mats": another patient in the block; CCF cuff, retraction holds, wall angels; DNF endurance; mmHg holds: one-on-one missing.
        ["v1-h67-new-brunswick-couple-side-by-side"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — New Brunswick
            NJ PIP · passenger in her husband's car, rear-ended on Rt 18 (01/14/2026). Her husband (the driver) is also our pt — they come in together, and I took them through NMR side by side on the two mats.
            97112 — 17 min
              craniocervical flexion on the pressure cuff; quadruped neck-retraction holds; standing wall angels keeping the chin tucked
            Deficit: deep neck flexor endurance poor, chin pokes forward as the arms lift; R upper trap guarding
            Cuff 22 → 24 mmHg, 10-s holds x 6
            """,
            ["S13.4XXD"], [PT("97112", 17)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Monroeville MDT box grid (Derangement, Extension, Centralising, Extension loss Mod) with EIL sets and sag, EIS, thigh-to-buttock response; 20 matches: passes.
        ["v2-h67-monroeville-mdt-classification-boxes"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Monroeville · MDT follow-up
            Provisional classification:  ☒ Derangement   ☐ Dysfunction   ☐ Postural   ☐ OTHER
            Directional preference:      ☒ Extension     ☐ Flexion       ☐ Lateral
            Symptom response today:      ☒ Centralising  ☐ Peripheralising   ☐ No effect
            Extension loss:              ☐ Nil  ☐ Min  ☒ Mod  ☐ Maj
            97110 — 20 min
              EIL 3 x 10, last set with exhale-and-sag at end range; EIS at the counter 1 x 10 before he stood up to leave
              HEP: EIL 1 x 10 every couple of hours; lumbar roll in the truck
            Sx today: L posterior thigh to the knee at baseline → L buttock only after the 2nd set
            """,
            ["M51.16", "M54.42"], [PT("97110", 20)], []),

        // Findlay WC tire builder, "Treatment delivered: ☐ 1:1 ☒ Concurrent ☐ Group" on a 97112: not one-on-one; a complete NMR otherwise (cuff leg-lowering, half-kneel ball lifts, Pallof holds; trunk motor control and glute med; degrees and seconds): one-on-one missing.
        ["v2-h67-findlay-delivery-concurrent-ticked"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Findlay
            WC · tire builder, L5-S1 disc w/ L S1 radiculopathy (DOI 09/30/2025)
            Treatment delivered:   ☐ 1:1   ☒ Concurrent   ☐ Group
            97112 Neuromuscular re-ed ……… 22 min
              bracing over the pressure cuff while lowering both legs; half-kneel lifts of a medicine ball keeping the trunk still; tall-kneel Pallof holds
              Targets: poor trunk motor control — the lumbar spine extends and rotates when the arms lift; L glute med slow to fire
              Leg lowering with the cuff steady: to 60° (75° last wk); Pallof hold 30 s each side
            """,
            ["M51.17", "M54.17"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Omaha OT nineteen days after an L4-5 TLIF: precaution and adaptive-equipment boxes; lower-body dressing with the reacher and sock aid, log roll, dishwasher top rack; can't bend after the fusion with a dress-herself goal; min A → supervision, mod I, SBA; 24 matches: passes.
        ["v2-h67-omaha-ot-spinal-precaution-boxes"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Omaha · Outpatient OT
            Post-op day 19, L4-5 TLIF (Dr. Ebersole). Medicare.
            Spinal precautions:   ☒ No bending   ☒ No lifting > 10 lb   ☒ No twisting   ☒ Brace when up
            Adaptive equipment:   ☒ reacher   ☒ sock aid   ☒ long-handled sponge   ☐ elastic laces
            97530 — 24 min
              LB dressing seated in the armchair: pants over the feet w/ the reacher, socks w/ the sock aid, shoes w/ a long shoehorn
              bed mobility on the mat set up like her bed: log roll, side-lying → sit with the brace on
              kitchen: unloading the top rack of the dishwasher without bending, one item at a time to the counter
            Why: can't bend to her feet or the floor after the fusion; lives alone, wants to dress herself before her daughter flies home
            Assist: LB dressing min A → supervision by the 2nd trial; log roll mod I; kitchen SBA
            """,
            ["Z98.1", "Z47.89", "M43.16"], [OT("97530", 24)], []),

        // Lakewood template with every intervention box unticked, "Pain (NPRS): ____", "Pt participated in session. Tolerated fair. Continue per POC.": no technique, deficit, measure or one-on-one, only generic phrases; "97112 · 15 min" matches.
        ["v2-h67-lakewood-interventions-unticked"] = new(
            """
            CASCADE INTERVENTIONAL PAIN — Physical Therapy, Lakewood
            Interventions:   ☐ PNE   ☐ Graded activity   ☐ Graded exposure   ☐ Motor control   ☐ Neural mob
            Pain (NPRS): ____     Function (PSFS): ____
            Notes: Pt participated in session. Tolerated fair. Continue per POC.
            97112 · 15 min
            """,
            ["G89.4"], [PT("97112", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Perth Amboy PIP form "Timed services delivered one-on-one by the PT? ☒ Y ☐ N"; 97140 12 and 97112 20 match; C5-7 PA glides with grade, suboccipital release, STM; head-laser JPS and CCF holds; R neck pain, segmental stiffness and position error; rotation degrees, JPE and mmHg: passes.
        ["v2-h67-perth-amboy-pip-one-on-one-yes"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — Perth Amboy · PT daily (PIP)
            Claim: NJ PIP · MVA 11/28/2025 (side-swiped by a box truck on Rt 35) · Adjusted by DC today: ☒ yes
            Timed services delivered one-on-one by the PT?   ☒ Y   ☐ N
            97140 Manual ..................... 12 min
              C5-6 + C6-7 R unilateral PA glides gr III; suboccipital release; STM R levator + upper trap
            97112 Neuromuscular re-ed ........ 20 min
              cervical JPS retraining with the head laser (relocation to neutral, eyes closed); craniocervical flexion holds on the pressure cuff
            Deficits: R neck pain turning R, segmental stiffness C5-7 R; joint position error since the whiplash
            Cervical rotation R 54° → 62°; JPE R rotation 5.8°; CCF 24 mmHg x 10 s x 5
            """,
            ["S13.4XXD", "M54.2"], [PT("97140", 12), PT("97112", 20)], []),

        // Kearney neuro re-ed flowsheet, "Delivery: individual (therapist + pt only)", technique boxes ticked and named, side-bridge seconds and k of 10 — but "Impairment targeted: ____" left blank and no deficit written anywhere: deficit missing.
        ["v2-h67-kearney-impairment-line-blank"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Kearney
            Neuro re-ed flowsheet                               Delivery: individual (therapist + pt only)
            Technique:  ☒ motor-control drills   ☒ perturbation   ☐ PNF   ☐ biofeedback
            Impairment targeted: ______________________
            97112 — 21 min: rhythmic stabilization at the shoulders in half-kneeling; quadruped with my perturbations at the pelvis; sit-to-stand on the wobble cushion
            Side-bridge 24 s R / 22 s L; half-kneel held against perturbation 9 of 10
            """,
            ["M54.50"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // Findlay "Work status / Restrictions / Job" grid for a cross-dock loader; floor-to-waist box lifts, carry-and-stack, pallet jack with loads and counts; low-back pain and fear of the bottom row; 26 matches: passes.
        ["v2-h67-findlay-work-status-grid-97530"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Findlay · Work-related PT
            Work status:    ☐ Full duty   ☒ Modified duty   ☐ Off work
            Restrictions:   lift ≤ 25 lb floor–waist · no repetitive bending · alternate sit/stand
            Job:            cross-dock loader (Kessler Freight); trailers loaded by hand
            97530 Therapeutic activities — 26 min
              box lifts floor → waist w/ a hip hinge and staggered stance, 20 lb x 10, then 25 lb x 8
              carry 25 lb 50 ft and stack onto a 5-ft shelf x 6
              push/pull the loaded pallet jack across the gym, 4 trips
            Deficit: L low-back pain + fear of the bottom row since the strain; rounds his back on the lifts as he tires
            """,
            ["S39.012D", "M54.50"], [PT("97530", 26)], []),

        // Grand Island gait grid five weeks after an L5-S1 discectomy with foot drop: FWW, SBA, an AFO fitted, distances and cues; foot slap, toe catch and short R step; 18 matches: passes.
        ["v2-h67-grand-island-gait-grid-afo"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Grand Island
            Post-op wk 5, L5-S1 laminotomy/discectomy for a large L extrusion w/ L foot drop. Medicare.
            Gait training 97116 — 18 min
               Device:    ☐ none   ☐ SPC   ☒ FWW   ☐ rollator
               Assist:    ☐ Indep  ☒ SBA   ☐ CGA   ☐ Min
               Orthosis:  ☒ L off-the-shelf AFO (fitted today)   ☐ none
               Distance:  200 ft x 2 w/ the AFO; 50 ft without, for comparison
               Training:  heel-first cue, even step length, turns to the L
            L foot drop (DF 2/5) — foot slaps and the toe catches without the AFO; short R step
            """,
            ["M21.372", "M96.1", "M51.17"], [PT("97116", 18)], []),

        // Perth Amboy procedures boxes ticked, STM, gentle mid-cervical rotation mobilisations and manual traction, neck stiff turning L since the crash — but "Cervical ROM: ______ (not measured today)" and no number but the code's: measure missing.
        ["v2-h67-perth-amboy-rom-left-blank"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — Perth Amboy
            PIP · whiplash; still guarded turning to the L.
            Procedures:  ☒ manual   ☐ ther ex   ☐ neuro re-ed      DC adjustment: ☒ (separate visit)
            97140 — 15 min: STM to the L upper trap, levator and suboccipitals; gentle rotation mobilisations of the mid-cervical spine in supine; manual traction
            Cervical ROM: ______ (not measured today — pt had to leave for work)
            Neck stiff + sore turning L since the MVA
            """,
            ["S16.1XXD"], [PT("97140", 15)], [At(Measure, "97140")]),

        // Tacoma "Session format: [ ] individual [ ] concurrent [ ] group", no box ticked: never stated; TrA draw-in with the cuff, heel slides, fall-outs, mirror tilts; TrA timing and extension rocking; mmHg and degrees: one-on-one missing.
        ["v2-h67-tacoma-session-format-unticked"] = new(
            """
            CASCADE INTERVENTIONAL PAIN — Physical Therapy, Tacoma
            Session format:   [ ] individual   [ ] concurrent   [ ] group
            s/p L5-S1 TFESI (March 2) — calf pain gone; back pain remains.
            97112 — 23 min
              lumbopelvic motor control: TrA draw-in over the biofeedback cuff → heel slides → bent-knee fall-outs; standing pelvic tilts at the mirror
            Deficit: TrA slow to engage, lumbar spine rocks into extension with every leg movement; "my back grabs" rolling in bed
            Cuff: 40 mmHg held within 2 mmHg for 8 heel slides each leg; fall-out to 45° without the dial dropping
            """,
            ["M51.17", "M54.50"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Toledo lineman: pain-diagram boxes ticked (low back, L buttock) as the region, PSFS, deadlift, side plank, farmer carry, vest step-ups with loads and doses; climbing and tool-belt goal; 22 matches: passes.
        ["v2-h67-toledo-pain-diagram-boxes"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Toledo
            WC · lineman, Maumee Bay Electric Co-op; strained his back pulling cable from a reel.
            Pain diagram:  ☒ low back   ☒ L buttock   ☐ L thigh   ☐ L leg/foot
            PSFS: climbing the bucket-truck steps 5/10 · wearing the tool belt a full shift 4/10
            97110 — 22 min
               hip-hinge KB deadlift 30 lb 3 x 10; side plank from the knees 3 x 20 s; farmer carry 40 lb 4 x 50 ft; step-ups to a 12" box in a 20-lb vest 3 x 8
            Goal: back to climbing and the tool belt — full duty by the April recheck.
            """,
            ["S39.012D"], [PT("97110", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes, protocols and devices as techniques

        // Bethel Park MDT cervical progression: retraction → self-overpressure → retraction-extension with doses and HEP; R C7 radicular symptoms with the finger tingling abolished; 17 matches: passes.
        ["v3-h67-bethel-park-mdt-cervical-progression"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Bethel Park
            Cervical: R C7 radicular sx (triceps ache, middle-finger tingling) — still responding to retraction.
            97110 · 17 min
              MDT cervical progression: retraction in sitting 1 x 10 → retraction w/ self-overpressure 1 x 10 → retraction-extension in sitting 2 x 10 (middle-finger tingling abolished after the 2nd set)
              HEP: retraction-extension 1 x 10 every few hours; towel roll behind the neck in the car
            Retraction loss minimal → nil after; tingling gone, triceps ache remains
            """,
            ["M54.12", "M50.123"], [PT("97110", 17)], []),

        // Omaha rehabilitative ultrasound imaging (RUSI) biofeedback for multifidus and TrA after a microdiscectomy, "one-on-one, PT + pt"; recruitment deficit; thickness in cm and k of 10: passes.
        ["v3-h67-omaha-rusi-biofeedback"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Omaha · Spine Center Gym B
            Rehabilitative ultrasound imaging (RUSI) biofeedback — transducer parasagittal at L5, then over the lateral abdominal wall; pt watches the screen.
            97112 · 22 min · one-on-one, PT + pt
              multifidus swell to the screen in prone; TrA draw-in in crook lying, then while sliding one heel; then again in sitting
            Deficit: poor multifidus + TrA recruitment since the R L4-5 microdiscectomy (R multifidus visibly smaller on the screen)
            TrA thickness 0.34 cm at rest → 0.49 cm contracted (0.39 at eval); R multifidus thickening held 10 s on 7 of 10 tries
            """,
            ["M96.1", "M51.26"], [PT("97112", 22)], []),

        // Puyallup graded activity with time-contingent quotas raised each visit: sit-to-stands, laundry-basket trips, flights with quotas and what she did; chronic LBP, stopped housework and sleeps on the couch; 25 matches: passes.
        ["v3-h67-puyallup-graded-activity-quotas"] = new(
            """
            CASCADE INTERVENTIONAL PAIN — Physical Therapy, Puyallup
            Graded activity (quota-based, time-contingent — not pain-contingent): quotas set from her baseline and raised every visit whatever the back is doing.
            97530 — 25 min
              sit-to-stand from the couch-height chair: quota 12 (baseline 6) — did 12
              carry the 10-lb laundry basket across the gym and back: quota 6 trips — did 6
              stairs, reciprocal with the rail: quota 3 flights — did 3
            Why: chronic LBP since a fall at work in 2021; stopped housework and stopped climbing to her bedroom — sleeps on the couch
            Next visit: sit-to-stand 14, basket 7 trips, 4 flights.
            """,
            ["G89.29", "M54.50"], [PT("97530", 25)], []),

        // Tacoma in-vivo graded exposure from her PHODA ranking with a PNE recap: floor lifts of a grocery bag and a case of water, lower dishwasher rack, with reps and loads; fear of bending with a rigid, breath-held back; 23 matches: passes.
        ["v3-h67-tacoma-phoda-graded-exposure"] = new(
            """
            CASCADE INTERVENTIONAL PAIN — Physical Therapy, Tacoma
            Graded exposure (in vivo) from her PHODA ranking — today's step: bending to lift from the floor (she rated it 70 of 100 on the photo series). PNE recap first: hurt isn't harm, the over-protective alarm (Explain Pain).
            97530 — 23 min
              picking a 5-lb grocery bag up off the floor, slow → normal speed, x 8; then a 12-lb case of sparkling water x 5
              bending into the lower rack of the dishwasher mock-up x 10
            Deficit: fear of bending since the L4-5 disc; keeps her back rigid, holds her breath, lifts only with straight knees
            All reps done; rated bending 45 of 100 afterward; no flare after Tuesday's session per her diary
            """,
            ["M51.26", "G89.29"], [PT("97530", 23)], []),

        // Olympia, opioid taper, PNE from Louw's "Why Do I Hurt?" read before exercise and not billed: treadmill distance, sit-to-stands, wall push-ups, bridges, hinge with doses; deconditioning and spinal pain with a dog-walk goal; 20 matches: passes.
        ["v3-h67-olympia-pne-then-walking-program"] = new(
            """
            CASCADE INTERVENTIONAL PAIN — Physical Therapy, Olympia
            Chronic widespread spinal pain; tapering oxycodone with Dr. Inouye (now 30 MME).
            PNE: Louw's "Why Do I Hurt?" — read the nerve-alarm chapter together before exercise (not a billed code).
            97110 — 20 min
              treadmill 2.0 mph, 0.3 mi (up from 0.2 mi)
              sit-to-stand 2 x 10; wall push-ups 2 x 12; bridges 2 x 10; hip hinge with a dowel 2 x 10
            Limits: deconditioned; thoracic + low back pain with standing and walking; goal — walk her dog to the end of the block
            """,
            ["G89.4", "M54.6"], [PT("97110", 20)], []),

        // Papillion femoral nerve sliders in side-lying slump, L3-4 PA glides with grade, psoas STM; L3 radicular thigh burning; prone knee bend degrees before symptoms; 13 matches: passes.
        ["v3-h67-papillion-femoral-nerve-sliders"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Papillion Outpatient
            L L3 radiculopathy (far-lateral L3-4 HNP) — burning down the front of the L thigh.
            97140 — 13 min
              femoral nerve sliders in side-lying slump (L side up): I take the hip into extension as she lifts her head, then reverse, 3 x 10
              L3-4 L unilateral PA glides gr III, 3 x 30 s
              STM L psoas / iliacus
            Prone knee bend L 95° → 118° before thigh sx; thigh burning 6/10 → 3/10
            """,
            ["M54.16", "M51.16"], [PT("97140", 13)], []),

        // Edison manual cervical traction, suboccipital release, C5-6 lateral glides with grade, a Saunders home traction unit fitted; R C6 numbness after the crash; Spurling and rotation degrees; 14 matches: passes.
        ["v3-h67-edison-manual-traction-saunders"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — Edison
            PIP · R C6 radiculopathy after the MVA (10/31/2025) — thumb + index finger numb.
            97140 — 14 min
              manual cervical traction in supine, sustained then intermittent (occipital hold); suboccipital release; C5-6 R lateral glides gr III
            Saunders cervical HomeTrac fitted and taught at 12 lb; pt set it up herself on the 2nd try
            Spurling R now negative; R rotation 48° → 60°; thumb numbness eased during traction
            """,
            ["M54.12", "M50.122"], [PT("97140", 14)], []),

        // Squirrel Hill MDT force progression to a clinician extension mobilisation at L4-5 after self-overpressure stalled; L5 symptoms with extension loss; SLR degrees and loss grading: passes.
        ["v3-h67-squirrel-hill-force-progression-mobilisation"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Squirrel Hill
            Force progression: EIL → EIL w/ self-OP had stalled (L calf sx no longer changing), so today clinician procedures:
            97140 — 11 min
              EIL with clinician overpressure at L4-5, 2 x 10; then extension mobilisation L4-5 (PA, in lying), 3 x 10
            L5 sx: L calf → L buttock by the end; extension loss moderate → minimal
            SLR L 55° → 70°
            """,
            ["M51.16", "M54.42"], [PT("97140", 11)], []),

        // Toledo WC HVAC installer, Mulligan C1-2 SNAG for rotation with sets and a towel self-SNAG, suboccipital inhibition; upper-cervical restriction and headache; flexion-rotation test degrees; 12 matches: passes.
        ["v3-h67-toledo-c1-2-snag-headache"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Toledo
            WC · HVAC installer, fell off a step ladder in November — neck + R-sided headaches.
            97140 — 12 min
              Mulligan C1-2 SNAG for R rotation in sitting, 3 x 6; self-SNAG with a towel taught, 2 x 6; suboccipital inhibition
            Impairment: R upper-cervical rotation restricted (C1-2); headache builds over the R eye by mid-afternoon on the job
            Flexion-rotation test R 22° → 36° (L 40°)
            """,
            ["M53.0", "M54.2"], [PT("97140", 12)], []),

        // Grand Island MedX lumbar extension machine with range, torque, reps and tempo, then rows and goblet squats with doses; lumbar extensor weakness after a laminectomy with a grill goal; isometric torque; 24 matches: passes.
        ["v3-h67-grand-island-medx-lumbar-extension"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Grand Island · Spine rehab gym
            97110 — 24 min
              MedX lumbar extension (pelvis locked): full 72° → 0° arc, 130 ft-lb x 14 reps, 2 s up / 4 s down
              seated cable rows 40 lb 2 x 12; goblet squat 15 lb 2 x 10
            Lumbar extensors weak and deconditioned since the L4-5 laminectomy (2024); can't stand at the grill through a cookout
            MedX isometric test at 72°: 156 ft-lb (110 at eval)
            """,
            ["M96.1", "M62.81"], [PT("97110", 24)], []),

        // Monroeville McGill's curl-up, side bridge and bird dog in a descending pyramid "per his sheet", flexion intolerance lifting a toddler — no sets, reps, hold or number but the code's: measure missing.
        ["v3-h67-monroeville-mcgill-trio-no-number"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Monroeville
            McGill's curl-up, side bridge from the knees and bird dog — descending pyramid per his sheet.
            97110 — 16 min
            Back intolerant of flexion under load — flares lifting his toddler out of the crib and the car seat.
            Form good on each; sheet updated.
            """,
            ["M54.50"], [PT("97110", 16)], [At(Measure, "97110")]),

        // New Brunswick DNS (Dynamic Neuromuscular Stabilization) developmental positions named, "PT and pt one-on-one", side plank and bear-hold seconds — but no deficit, impairment or system named: deficit missing.
        ["v3-h67-new-brunswick-dns-no-deficit"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — New Brunswick
            DNS (Dynamic Neuromuscular Stabilization): supine 3-month position w/ legs lifted, prone elbow support, side-lying → oblique sit, quadruped rocking, bear position
            97112 — 20 min · PT and pt one-on-one
            Side plank 35 s R / 33 s L; bear hold 25 s
            PIP visit 14; works nights at the hospital pharmacy.
            """,
            ["S33.5XXD"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Cranberry: pain from the R buttock down the thigh to the calf since mowing, SLR 40°, retreating set by set to buttock and central LBP — the deficit as findings; EIL sets and sag, EIS; SLR degrees; 18 matches: passes.
        ["v4-h67-cranberry-calf-pain-retreats"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Cranberry Twp
            In today with pain from the R buttock down the back of the thigh to the calf, worse since mowing Saturday; SLR R 40°.
            97110 — 18 min
              EIL 10, 10, 10 — calf pain gone after the first set, thigh after the second; EIL with sag x 10
              EIS at the wall x 10 before he stood to leave
            End of session: R buttock + central low back only; SLR R 65°
            """,
            ["M54.41", "M51.16"], [PT("97110", 18)], []),

        // Monroeville: slouched sitting sends tingling into the L foot, walking eases it — the finding; extension in standing, slouch-overcorrect, lumbar roll with doses; 15 matches: passes.
        ["v4-h67-monroeville-slouch-sends-it-to-the-foot"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Monroeville
            Sitting slouched at the drafting table sends the tingling down into the L foot; standing up and walking clears it within a block.
            97110 — 15 min
              slouch-overcorrect in sitting 3 x 10; EIS 2 x 10; sitting with the lumbar roll, checked in the mirror
              HEP: EIS 1 x 10 every hour he sits; roll on the office chair and in the car
            Foot tingling gone after the 2nd EIS set; only a L low-back ache left
            """,
            ["M54.17", "M51.17"], [PT("97110", 15)], []),

        // Bethel Park: trunk shifted to the R of the pelvis, can't stand straight, L leg pain to the knee — the finding; manual lateral shift correction with clinician overpressure (97140 12) and self side-glide at the wall (97110 14) both match; reps; loss grading after: passes.
        ["v4-h67-bethel-park-lateral-shift"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Bethel Park
            Walked in with his trunk shifted to the R of his pelvis — can't stand straight; L leg pain to the knee; extension blocked until the shift comes out.
            97140 — 12 min: manual lateral shift correction in standing (my shoulder at his ribs, his pelvis drawn toward me), sustained, 5 reps; then EIL with clinician overpressure x 10
            97110 — 14 min: self-correction — side-glide at the wall 3 x 10; EIL 2 x 10
            After: stands straight; L knee pain gone, L buttock only; extension loss major → moderate
            """,
            ["M51.26", "M54.42"], [PT("97140", 12), PT("97110", 14)], []),

        // Kearney, Medicare stenosis: "Past the second mailbox my legs go heavy and numb" — claudication as the finding; flexion-biased bike with distance, FIL, seated flexion, tilts, step-ups with doses; hall distance before heaviness; 20 matches: passes.
        ["v4-h67-kearney-legs-heavy-past-the-mailbox"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Kearney
            Medicare · 79 y/o, lumbar stenosis L3-5.
            "Past the second mailbox my legs go heavy and numb — I lean on the grocery cart and it goes away." Stands bent; eases sitting.
            97110 — 20 min
              recumbent bike, flexion-biased, level 2 → 3, 1.6 mi
              FIL (knees to chest) 3 x 10; seated flexion 2 x 10; posterior pelvic tilt in standing 2 x 10; step-ups 6" 2 x 10
            Walked the hall 600 ft before the leg heaviness (420 ft last wk)
            """,
            ["M48.062"], [PT("97110", 20)], []),

        // Woodbridge: drops her coffee mug with the R hand, thumb and index numb looking up at the cabinets, diminished biceps reflex — the finding; C5-6 lateral glides with grade, median slider, scalene STM; grip kg and ULNT1 degrees; 13 matches: passes.
        ["v4-h67-woodbridge-drops-the-coffee-mug"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — Woodbridge
            PIP. Since the crash she drops her coffee mug with the R hand; thumb + index finger go numb when she looks up into the kitchen cabinets; R biceps reflex diminished.
            97140 — 13 min: C5-6 R lateral glides gr III in supine 3 x 30 s; median nerve slider with the lateral glide in ULNT1 position x 10; STM R scalenes
            Grip R 18 kg / L 29 kg; ULNT1 R elbow extension −40° → −25°
            """,
            ["M54.12", "S13.4XXD"], [PT("97140", 13)], []),

        // Papillion OT, seven weeks after a C5-6 ACDF: arms can't stay up to do her hair, turns her whole body to back out, R hand fumbles — the findings; hair care with and without support, fridge jug and cans, shoulder-check in the clinic car with counts; seconds: passes.
        ["v4-h67-papillion-ot-arms-up-for-her-hair"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Papillion · OT
            7 wks s/p C5-6 ACDF. Can't keep her arms up long enough to do her hair; turns her whole body to back out of the garage; R hand still fumbles small things.
            OT 97530 — 22 min
              hair care standing at the mirror, elbows propped on a shelf, then unpropped, 3 rounds
              gallon jug to and from the top fridge shelf (mock-up) x 8; 2-lb cans into a cupboard x 10
              driver's seat of the clinic car: looking over the R shoulder turning neck and trunk together x 5
            Arms up unpropped 45 s (20 s on Feb 18); jug placed 8 of 8 without a drop
            """,
            ["Z98.1", "M50.122"], [OT("97530", 22)], []),

        // Sandusky WC parcel handler: can't get below knee height, kneels for the bottom shelf and pushes off the rack, back locks twisting to the conveyor — the findings; squat/golfer's/half-kneel tote lifts, pivot-step loading, kneel-to-stand with loads and reps; 27 matches: passes.
        ["v4-h67-sandusky-below-knee-height"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Sandusky
            WC · package handler, Northcoast Parcel hub · L lumbar strain + L5-S1 bulge, DOI 08/14/2025
            Can't get below knee height — kneels on one knee for totes on the bottom shelf, then can't get up without pushing off the rack; back locks when he twists to the conveyor.
            97530 — 27 min
              squat, golfer's lift and half-kneel lifts of a 15-lb tote from the floor, 3 x 8 rotating the patterns
              tote from the floor to conveyor height with a pivot step (no trunk twist), 20 lb x 10
              kneel ↔ stand without hands x 6
            Restriction updated today: 35 lb occasional (was 20 lb)
            """,
            ["S39.012D", "M51.27"], [PT("97530", 27)], []),

        // Tacoma, fusion 2023: "If I bend I'll snap the screws", breath held, stiff reaching to the floor, hasn't lifted her granddaughter — the finding; hinge floor reaches, weighted doll lifts, car-seat base with reps and load; 24 matches: passes.
        ["v4-h67-tacoma-snap-the-screws"] = new(
            """
            CASCADE INTERVENTIONAL PAIN — Physical Therapy, Tacoma
            L4-S1 fusion 2023, persistent pain. "If I bend I'll snap the screws." Holds her breath and goes stiff as a board reaching toward the floor; hasn't picked up her granddaughter since the surgery.
            97530 — 24 min
              graded exposure: hip hinge with soft knees to pick a stuffed toy off the floor x 10; a 10-lb weighted doll floor → changing table x 6; then out of the car-seat base x 4
              breathing out through each lift ("blow out the candle")
            Surgeon's note: fusion solid on the January CT.
            """,
            ["M96.1", "Z98.1", "G89.29"], [PT("97530", 24)], []),

        // Perth Amboy whiplash: "Feels like my head's floating when I turn to check the blind spot", overshoots returning to center, dizzy in the aisles — the finding; laser relocation, gaze on a thumb target on foam, trunk under a still head; "one-on-one, PT + pt"; JPE degrees and foam seconds: passes.
        ["v4-h67-perth-amboy-head-floats-at-the-blind-spot"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — Perth Amboy
            "Feels like my head's floating when I turn to check the blind spot." Overshoots coming back to center with her eyes closed; dizzy in the grocery aisles.
            97112 — 19 min, one-on-one, PT + pt
              relocation practice with the head laser to a bullseye, eyes closed; head turns with eyes on a thumb target, sitting → standing on foam; trunk rotation under a still head
            JPE L rotation 7.1° → 4.6°; foam stance with head turns 20 s without a step
            """,
            ["S13.4XXD", "M54.2"], [PT("97112", 19)], []),

        // Omaha after an L2-4 laminectomy: walks bent from the hips, shuffles, drifts R, stops to lean on the walker — the findings; rollator → SPC with distances, cues, curb; CGA/SBA: passes.
        ["v4-h67-omaha-walks-bent-after-laminectomy"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Omaha
            Since the L2-4 laminectomy: walks bent forward from the hips, short shuffling steps, drifts R; stops about every 100 ft to lean on the walker.
            97116 — 16 min
              rollator → SPC trial in the hall, 2 x 150 ft, cues "chest up, heel down"; outside on the sidewalk + up/down the curb x 2
              CGA with the SPC, SBA with the rollator
            """,
            ["M96.1", "M48.062", "R26.89"], [PT("97116", 16)], []),

        // Olympia: "No pain since the last visit; moves freely in every direction; neuro screen normal; sleeping through; back at the gym" — squats, rows, planks, carries with loads and doses but no region, impairment or goal targeted: deficit missing.
        ["v4-h67-olympia-nothing-wrong-today"] = new(
            """
            CASCADE INTERVENTIONAL PAIN — Physical Therapy, Olympia
            No pain since the last visit; moves freely in every direction; neuro screen normal; sleeping through the night; back at the gym on her own.
            97110 — 18 min
              goblet squat 25 lb 3 x 10; cable row 20 lb 3 x 10; side plank 3 x 30 s each; bird dog 2 x 10 each; farmer carry 35 lb 4 x 80 ft
            Asked to keep her Thursday slot.
            """,
            ["M54.50"], [PT("97110", 18)], [At(Deficit, "97110")]),

        // Sandusky WC recheck: CCF, position sense, pursuit and head-movement screen all normal; eye-head coordination and laser maze; "one-on-one (claimant + PT only)"; the screen's numbers — but no deficit or system targeted: deficit missing.
        ["v4-h67-sandusky-screen-all-normal"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Sandusky · WC recheck
            Screen today: CCF test reached 28 mmHg and held 10 s x 10 without SCM substitution; JPE under 3° in every direction; smooth pursuit normal with the neck turned both ways; no dizziness with head movement.
            97112 — 20 min — one-on-one (claimant + PT only)
              eye-head coordination drills: eyes fixed on a dot while turning the head, eyes-then-head, trunk turns under a fixed head; laser tracing of a maze on the wall
            Released to full duty by Dr. Fenwick on Monday.
            """,
            ["S13.4XXD"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Squirrel Hill ODI with doses: EIS at the desk, hinge, bridge march, press-ups; central LBP with sitting for a software developer; ODI %; 21 matches: passes.
        ["v5-h67-squirrel-hill-odi-and-doses"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Squirrel Hill
            ODI 26% (48% at IE, Jan 8)
            97110 — 21 min
              press-ups (EIL) 2 x 10; hip hinge with a dowel 2 x 10; bridge march 2 x 10; EIS 1 x 10 every hour at the desk (HEP)
            Central low-back pain with prolonged sitting (software developer, long commute on the Parkway)
            """,
            ["M54.50", "M51.26"], [PT("97110", 21)], []),

        // Edison NDI with T3-6 PA mobs by grade, C-T lateral glides, levator STM; neck pain looking over the shoulder and thoracic stiffness; NDI and rotation degrees; 12 matches: passes.
        ["v5-h67-edison-ndi-and-rotation"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — Edison
            NDI 34% (52% at initial, Dec 2)
            97140 — 12 min: T3-6 PA mobs gr III-IV in prone; C-T junction lateral glides; STM R levator
            Neck pain looking over the R shoulder to merge on Rt 1; upper thoracic extension stiff T3-6
            Cervical rotation R 50° → 61°
            """,
            ["S13.4XXD", "M54.6"], [PT("97140", 12)], []),

        // Perrysburg CDL driver: PSFS items, cab-ladder climbs, resisted landing-gear crank, fifth-wheel handle pulls with loads and counts; low-back pain and glute weakness after the catwalk fall; 24 matches: passes.
        ["v5-h67-perrysburg-psfs-cdl-driver"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Perrysburg
            WC · CDL driver, fell off the catwalk behind the cab, DOI 10/05/2025
            PSFS (avg 4.7 → 6.3): climbing into the cab 7, unhooking trailers 5, sleeping in the sleeper berth 7
            97530 — 24 min
              cab-ladder mock-up (3 steps) with three-point contact, up and down x 8; resisted landing-gear crank (25 lb) 3 x 20 turns; fifth-wheel release pull on the cable column 40 lb 3 x 8
            Deficit: L low-back pain + L glute weakness since the fall; goal — back on the road
            """,
            ["S39.012D", "M54.50"], [PT("97530", 24)], []),

        // Omaha Biering-Sørensen hold seconds with back-extension bench, bird dogs and hinge with doses; extensor endurance after a microdiscectomy; 19 matches: passes.
        ["v5-h67-omaha-biering-sorensen"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Omaha
            97110 — 19 min
              45° back-extension bench 3 x 10; bird dog with a 2-lb cuff 2 x 10 each; KB hip hinge 25 lb 3 x 10
            Lumbar extensor endurance poor since the L5-S1 microdiscectomy; back tires by lunch at the body shop
            Biering-Sørensen hold 48 s (22 s at eval)
            """,
            ["M96.1", "M51.27"], [PT("97110", 19)], []),

        // New Brunswick fingertip-to-floor cm with L4-5 and L5-S1 PA mobs by grade, side-lying rotation mobs, paraspinal STM; lumbar flexion stiffness after the crash: passes.
        ["v5-h67-new-brunswick-fingertip-to-floor"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — New Brunswick
            PIP · lumbar sprain, rear-ended on Rt 1 (Nov 2025).
            97140 — 13 min: L4-5 + L5-S1 central PA mobs gr III; side-lying lumbar rotation mobs gr III R then L; STM to the lumbar paraspinals + QL
            Lumbar flexion stiff, low-back pain bending to tie his shoes
            Fingertip-to-floor 34 cm → 21 cm
            """,
            ["S33.5XXD", "M99.03"], [PT("97140", 13)], []),

        // Kearney, Medicare stenosis, rollator: hall and sidewalk walking with sitting breaks, cues; neurogenic claudication; self-paced walk distance to leg heaviness, SBA; 20 matches: passes.
        ["v5-h67-kearney-walk-to-leg-heaviness"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Kearney
            Medicare · lumbar stenosis with neurogenic claudication.
            97116 — 20 min
              rollator, hallway loop then the sidewalk to the parking lot, seated breaks on the rollator seat when the legs go heavy; cues for a longer step and a slight forward lean on the handles
              SBA throughout
            Self-paced walk: 740 ft before the leg heaviness (480 ft at IE)
            """,
            ["M48.062"], [PT("97116", 20)], []),

        // Findlay PILE lift test with floor-to-waist lifts, overhead shelf placement, carries with loads and reps; L5-S1 disc and a foundry job; 23 matches: passes.
        ["v5-h67-findlay-pile-lift-test"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Findlay
            WC · foundry core setter, L5-S1 disc (DOI 07/18/2025)
            97530 — 23 min
              floor → waist lifts of the weighted crate 30 lb x 8; waist → overhead shelf 15 lb x 8; two-hand carry 30 lb 4 x 40 ft
            Deficit: L5-S1 disc pain with lifting from the floor; can't yet lift the core boxes off the bottom rack
            PILE lumbar (floor to 30 in): 45 lb x 4 reps (30 lb at IE)
            """,
            ["M51.27", "M54.17"], [PT("97530", 23)], []),

        // Woodbridge PTA "PTA + pt one-on-one": ball sitting perturbations, reverse bridging on the ball; trunk motor control after the crash; McGill trunk flexor and extensor endurance seconds; 21 matches: passes.
        ["v5-h67-woodbridge-pta-trunk-endurance"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — Woodbridge · PTA note
            97112 — 21 min — PTA + pt one-on-one
              sitting on the physioball with my perturbations at the shoulders, eyes open → closed; reverse bridging on the ball; quadruped with arm lifts on the unstable disc
            Deficit: poor trunk motor control since the crash — loses neutral and braces late to a push
            Trunk flexor endurance 62 s (38 s at eval); extensor endurance 71 s
            """,
            ["S33.5XXD", "M54.50"], [PTA("97112", 21)], []),

        // Lakewood "PT with this pt alone": multifidus swell, quadruped neutral, dowel hinge; segmental control and slow multifidus; "Moving better and less guarded by the end. Will re-test next week." — no number but the code's minutes: measure missing.
        ["v5-h67-lakewood-moving-better-no-number"] = new(
            """
            CASCADE INTERVENTIONAL PAIN — Physical Therapy, Lakewood
            97112 — 21 min — PT with this pt alone
              motor control: multifidus swell in side-lying under palpation; quadruped rocking holding neutral; standing hip hinge with a dowel along the spine
              Deficit: poor segmental control — the lumbar spine flexes first when she bends; L multifidus slow to fire
            Moving better and less guarded by the end. Will re-test next week.
            """,
            ["M54.50"], [PT("97112", 21)], [At(Measure, "97112")]),

        // Bethel Park repeated extension "in sets until the leg pain stopped retreating", extension in standing, HEP as before; leg symptoms retreating and extension blocked — no sets, reps or number but the code's: measure missing.
        ["v5-h67-bethel-park-sets-until-it-stopped"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Bethel Park
            97110 — 16 min
              repeated extension in lying, in sets until the leg pain stopped retreating; then extension in standing; HEP reviewed, same frequency as before
            Leg sx retreated from the L calf to the L buttock; extension still blocked at end range.
            """,
            ["M51.16"], [PT("97110", 16)], [At(Measure, "97110")]),

        // Sandusky yard-tractor cab: in and out facing the steps, grab handles, reaching the overhead hatch; back pain and stiffness with a yard-jockey goal; "Went better than last time" — no count, load, level or number but the code's: measure missing.
        ["v5-h67-sandusky-cab-went-better"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Sandusky
            97530 — 19 min
              getting up into and down from the yard-tractor cab mock-up facing the steps, hands on the grab handles the whole way; reaching up to open and close the roof hatch from the seat
            Why: L low-back pain and stiffness since the strain; goal — back to yard-jockey work at the terminal
            Went better than last time; less guarding.
            """,
            ["S39.012D"], [PT("97530", 19)], [At(Measure, "97530")]),

        // Monroeville MDT flexion dysfunction: FIL and flexion in standing held at end range, hamstring slider with doses; end-range flexion pain reaching his boots; modified-modified Schober cm: passes.
        ["v5-h67-monroeville-flexion-dysfunction-schober"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Monroeville
            MDT: flexion dysfunction (end-range pain on flexion, no lasting change; old L4-5 disc, 2019)
            97110 — 18 min
              FIL 2 x 10, held at end range; flexion in standing 2 x 10 "to the stretch-pain that goes away when you come up"; hamstring slider 2 x 10
            Impairment: lumbar flexion stiff and painful at end range; can't reach down to lace his work boots
            Mod-mod Schober 4.2 cm → 5.0 cm; fingertips mid-shin → ankle
            """,
            ["M51.26", "M54.50"], [PT("97110", 18)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Cranberry "CPT / Service / Min / Units" table, 97110 24 and 97140 10 both match; press-ups, hinge, bridges with doses; L5-S1 extension mobilisation with overpressure; central LBP and extension loss; SLR degrees: passes.
        ["v6-h67-cranberry-cpt-min-units-table"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Cranberry Twp
            CPT     Service                 Min   Units
            97110   Therapeutic exercise    24    1
            97140   Manual therapy          10    1
            97110: EIL 3 x 10; hip hinge with a dowel 2 x 10; bridges 2 x 12
            97140: extension mobilisation L5-S1 (PA) with clinician overpressure, 3 x 10
            Central low-back pain, extension loss moderate → minimal; SLR L 60° → 72°
            """,
            ["M51.27", "M54.50"], [PT("97110", 24), PT("97140", 10)], []),

        // Toledo military clock times per code (97112 0902–0925 = 23, 97110 0925–0941 = 16) both match; "one-on-one the whole time, claimant and PT"; CCF, JPS laser, rows and retraction with doses; DNF endurance and position sense; mmHg and JPE: passes.
        ["v6-h67-toledo-military-time-per-code"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Toledo
            WC · warehouse clerk, neck strain (DOI 01/12/2026)
            97112   0902–0925   craniocervical flexion holds on the cuff; head-laser relocation eyes closed — one-on-one the whole time, claimant and PT
            97110   0925–0941   seated rows green band 3 x 12; prone Y/T 2 x 10; retraction in sitting 2 x 10
            Deficits: DNF endurance poor; cervical position sense off to the R; neck pain by the end of a shift at the scanner
            CCF 24 mmHg x 10 s x 8; JPE R 5.2°
            """,
            ["S16.1XXD", "M54.2"], [PT("97112", 23), PT("97110", 16)], []),

        // Omaha dotted service column in minutes ("Gait training ........ 14 minutes", "Therapeutic exercise ....... 17 minutes") both match; cane on stairs with distance and SBA; bridges, hinges, steps with doses; after a TLIF with stooped gait and weak hips: passes.
        ["v6-h67-omaha-dotted-minutes"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Omaha
            Medicare · 10 wks s/p L4-5 TLIF
            Gait training .................. 14 minutes
               SPC, 3 x 150 ft in the hall + 12 stairs with the rail, reciprocal up, step-to down; SBA; cues to stand tall through the hips
            Therapeutic exercise ........... 17 minutes
               bridges 2 x 12; sit-to-stand from a 17" chair 3 x 8; hip abduction side-lying 2 x 12; step-ups 6" 2 x 10
            Problems: walks stooped with a short R step; hip extensors + abductors 4-/5 since the fusion
            """,
            ["Z98.1", "Z47.89", "R26.89"], [PT("97116", 14), PT("97110", 17)], []),

        // Puyallup SCS trial: 97110 in two parts around the device rep's reprogramming with the clock stopped ("12 + 11 = 23", matches); bike, bridges, hinges, wall sits with doses; low-back and leg pain with a standing goal: passes.
        ["v6-h67-puyallup-two-parts-around-the-reprogram"] = new(
            """
            CASCADE INTERVENTIONAL PAIN — Physical Therapy, Puyallup
            SCS trial, day 4. The stimulator rep came in to reprogram partway through, so 97110 ran in two parts with the clock stopped between:
              part 1: 12 min · part 2: 11 min → 23 min
            recumbent bike level 4, 2.1 mi; bridges 2 x 12; hip hinge with a dowel 2 x 10; wall sits 3 x 20 s
            Limits: low-back and L leg pain (post-laminectomy); goal — stand long enough to cook dinner
            """,
            ["M96.1", "G89.29"], [PT("97110", 23)], []),

        // Sandusky "Timed 37 min = TA 97530 22 + TE 97110 15" — the parts match their lines; tote lifts and pallet-jack pulls with loads; deadlifts and planks with doses; lumbar strain with a dock goal: passes.
        ["v6-h67-sandusky-timed-total-with-parts"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Sandusky
            Timed 37 min = TA 97530 22 + TE 97110 15
            TA: tote lifts floor → 36" table 25 lb x 10; pallet-jack pulls with 300 lb on the forks, 4 x 40 ft
            TE: KB deadlift 35 lb 3 x 8; front plank 3 x 30 s; half-kneel cable chops 2 x 10 each
            Lumbar strain (DOI 09/02/2025) — L paraspinal pain lifting from low; goal: back to the dock full time
            """,
            ["S39.012D"], [PT("97530", 22), PT("97110", 15)], []),

        // Edison three codes with "x N min" (97140 x 10, 97110 x 15, 97112 x 13) all match; "97112 one-on-one, PT with pt only"; C-spine mobs with grade, exercise with doses, head-laser drills; neck stiffness, weakness and position error; rotation, JPE: passes.
        ["v6-h67-edison-three-codes-x-minutes"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — Edison
            PIP · whiplash (MVA 12/03/2025)
            97140 x 10 min — C4-5 + C5-6 L rotation mobs gr III; STM L upper trap
            97110 x 15 min — rows red band 3 x 12; prone W's 2 x 10; chin tucks with a ball on the wall 2 x 10
            97112 x 13 min — head-laser figure-eights and relocation, eyes closed; one-on-one, PT with pt only
            Deficits: L cervical rotation stiff; scapular + deep neck flexor weakness; position error returning from L rotation
            Rotation L 52° → 63°; JPE L 6.0°
            """,
            ["S13.4XXD", "S16.1XXD"], [PT("97140", 10), PT("97110", 15), PT("97112", 13)], []),

        // Kearney "NMR 97112 — 25 min" against a 14-min line: mismatch; otherwise complete (one-on-one, quadruped bracing drills, half-kneel perturbations; lumbopelvic motor control; a hold in seconds).
        ["v6-h67-kearney-nmr-25-against-14"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Kearney
            NMR 97112 — 25 min — therapist and pt one-on-one
              bracing with alternating arm/leg lifts in quadruped; half-kneel perturbations at the pelvis; sit-to-stand with a neutral hinge
              Deficit: lumbopelvic motor control poor — the spine flexes as he stands
              Quadruped hold 40 s without losing neutral
            """,
            ["M53.2X6", "M54.50"], [PT("97112", 14)], [At(Mismatch, "97112")]),

        // Perrysburg PTA "Ther ex 97110: 30 min" against an 18-min PTA line: mismatch; deadlifts, carries, step-ups with loads and doses, lumbar weakness complete.
        ["v6-h67-perrysburg-pta-therex-30-against-18"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Perrysburg · PTA note
            Ther ex 97110: 30 min
              trap-bar deadlift 55 lb 3 x 8; farmer carry 40 lb 4 x 60 ft; step-ups 12" 3 x 10
            Lumbar extensor + hip weakness after the strain (DOI 11/02/2025); still lifts with a rounded back as he tires
            """,
            ["S39.012D"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // Bethel Park 97110 20 matches but "97140 — 22 min" against a 12-min line: mismatch on 97140; EIL and hinge with doses; L4-5 mobilisation; L leg symptoms and extension loss; SLR degrees.
        ["v6-h67-bethel-park-manual-22-against-12"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Bethel Park
            97110 — 20 min: EIL 3 x 10 with sag; EIS 2 x 10; hip hinge 2 x 10
            97140 — 22 min: extension mobilisation L4-5 (PA), 3 x 10; EIL with clinician overpressure x 10
            L leg sx to the knee at baseline → buttock only after; extension loss moderate; SLR L 50° → 66°
            """,
            ["M51.16", "M54.42"], [PT("97110", 20), PT("97140", 12)], [At(Mismatch, "97140")]),

        // Tacoma "Ther ex + manual therapy: 40 min combined" is the only time for two codes: separate time missing; every section complete (exercises with doses; T-spine and rib mobs with grade; thoracic pain with a reaching goal; rotation degrees).
        ["v6-h67-tacoma-forty-minutes-combined"] = new(
            """
            CASCADE INTERVENTIONAL PAIN — Physical Therapy, Tacoma
            Ther ex + manual therapy: 40 min combined
            Ther ex: open books 2 x 10 each; foam-roller thoracic extension 2 x 10; band pull-aparts 3 x 12
            Manual: T5-8 central PA mobs gr III; R rib 6-7 posterior glides
            Mid-back pain and stiffness after shingles (post-herpetic, R T6); can't reach the top shelf of her closet
            Thoracic rotation R 30° → 42°
            """,
            ["M54.6", "G89.29"], [PT("97110", 25), PT("97140", 15)], [SepTime]),

        // Grand Island three codes: 97112 16 and 97110 14 have minutes, the gait section (97116) has none: separate time missing; every section complete (one-on-one; bracing perturbations; doses; cane distance and SBA; motor control, weakness and gait; seconds).
        ["v6-h67-grand-island-gait-unminuted"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Grand Island
            97112 — 16 min, one-on-one (PT + pt only): bracing against my perturbations in half-kneeling; quadruped lifts keeping a dowel on the spine
            97110 — 14 min: bridges 2 x 12; sit-to-stand 3 x 8; heel raises 2 x 15
            97116: SPC, 3 x 120 ft + the ramp, SBA; cues for even step length
            Deficits: poor trunk motor control after the fusion; hip extensors 4-/5; short uneven steps
            Quadruped hold 30 s with the dowel
            """,
            ["Z98.1", "Z47.89"], [PT("97112", 16), PT("97110", 14), PT("97116", 12)], [SepTime]),

        // Omaha PT then OT on one day after an L3-5 fusion: "PT 97110 — 20 min" and "OT 97530 — 18 min" each match their own discipline's line; exercises with doses; bathing mock-up with the tub bench and long sponge, min A → SBA; weakness and can't bend to bathe: passes.
        ["v6-h67-omaha-pt-then-ot-same-day"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Omaha · spine day (PT, then OT)
            PT — 97110 — 20 min: supine TrA with heel slides 2 x 10; bridges 2 x 12; mini squats at the counter 2 x 10; walking lunges with a hand on the rail 2 x 8
               hip + trunk weakness 6 wks after the L3-5 fusion
            OT — 97530 — 18 min: tub-bench transfer in the bathroom mock-up, legs in one at a time keeping the brace on, x 3; washing feet with the long-handled sponge
               min A for the legs over the tub wall → SBA by the 3rd; can't bend to wash her feet since the fusion
            """,
            ["Z98.1", "Z47.89"], [PT("97110", 20), OT("97530", 18)], []),

        // Woodbridge "I spent 21 minutes on 97112 with her, one-on-one … and 11 minutes on 97140" both match; head-laser and pursuit drills; upper-cervical SNAGs and STM; sensorimotor deficit and rotation loss; JPE and degrees: passes.
        ["v6-h67-woodbridge-i-spent-minutes-on"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — Woodbridge
            I spent 21 minutes on 97112 with her, one-on-one: head-laser relocation eyes closed, pursuit with the neck turned, standing on foam for the last round.
            And 11 minutes on 97140: C1-2 SNAGs for L rotation 3 x 6, STM L suboccipitals.
            Deficits: cervical position sense off since the crash (overshoots to the L); upper-cervical rotation restricted L
            JPE L 6.8° → 4.9°; flexion-rotation test L 24° → 33°
            """,
            ["S13.4XXD", "M53.0"], [PT("97112", 21), PT("97140", 11)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h67-empty-te-manual"] = new(
            "",
            ["M54.50"], [PT("97110", 23), PT("97140", 12)], [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // Empty note on an OT 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h67-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // A note of line breaks and spaces only (cells are trimmed) on a PTA 97112 with a diagnosis: note missing only.
        ["v7-h67-line-breaks-only-pta-97112"] = new(
            "\n   \n",
            ["M54.16"], [PTA("97112", 20)], [At(NoteMissing, "97112")]),

        // 97110's meaning at Sandusky: dead bugs, side planks, bird dogs, carries with doses (technique and measure), lumbar strain with trunk endurance and a line-standing goal (deficit); 19 matches: passes.
        ["v7-h67-sandusky-97110-trunk-endurance"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Sandusky
            97110 — 19 min
              dead bug 2 x 10; side plank from the knees 3 x 20 s each; bird dog 2 x 10 each; suitcase carry 30 lb 4 x 50 ft each side
            Lumbar strain: trunk endurance poor, low back aches by mid-shift on the assembly line; goal — stand the line for a full shift
            """,
            ["S39.012D"], [PT("97110", 19)], []),

        // 97530's meaning at Perrysburg: hand-truck loading, restocking at shoulder height and from the floor with loads and counts (technique and measure), a grocery stocker's lumbar disc with a full-duty goal (deficit); 25 matches: passes.
        ["v7-h67-perrysburg-97530-restocking"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Perrysburg
            97530 — 25 min
              loading a hand truck with 4 cases (12 lb each), wheeling it 60 ft, tipping it back and unloading x 3
              restocking cases from the cart to a shoulder-height shelf x 12 and to the bottom shelf with a half-kneel x 8
            Grocery stocker, L4-5 disc (DOI 06/11/2025): pain lifting from the bottom shelf and overhead; goal — full duty on the overnight stock crew
            """,
            ["M51.26", "M54.50"], [PT("97530", 25)], []),

        // 97140's meaning at Edison: T4-7 PA mobilisation by grade and rib glides (technique), thoracic stiffness and pain after the crash (deficit), extension and rotation degrees (measure); 12 matches: passes.
        ["v7-h67-edison-97140-t4-7-mobilisation"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — Edison
            97140 — 12 min
              T4-7 central PA mobilisation gr III-IV in prone; R rib 5-6 posterior glides; STM R rhomboids
            Mid-back pain and stiffness between the shoulder blades since the MVA (seat belt)
            Thoracic rotation R 35° → 45°; extension in sitting 15° → 22°
            """,
            ["M54.6", "S23.3XXD"], [PT("97140", 12)], []),

        // 97116's meaning at Kearney: cane gait with distances, stairs and a sequence cue (technique), weak hip abductors and a Trendelenburg lurch after a laminectomy (deficit), SBA/CGA (measure); 15 matches: passes.
        ["v7-h67-kearney-97116-cane-after-laminectomy"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Kearney
            Gait training 97116 — 15 min
              SPC in the R hand, 3 x 120 ft in the hall; 8 stairs with the rail, step-to; cue "cane and L foot together"
            L hip abductor weakness, Trendelenburg lurch to the L since the L4-5 laminectomy
            SBA on level ground; CGA on the stairs
            """,
            ["M96.1", "R26.89"], [PT("97116", 15)], []),

        // Generic 97110: "Pt did program on the floor. Did ok. Same plan next visit. 18 min." — no exercise, region or number but its minutes (which match).
        ["v7-h67-generic-97110-program-on-the-floor"] = new(
            "Pt did program on the floor. Did ok. Same plan next visit. 18 min.",
            ["S39.012D"], [PT("97110", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic 97112 + 97140 with minutes for each (16 and 12, both match): only generic phrases for both codes, no one-on-one statement.
        ["v7-h67-generic-nmr-manual"] = new(
            "NMR 16 min; manual 12 min. Pt responded well to treatment. Continue current plan.",
            ["M54.2"], [PT("97112", 16), PT("97140", 12)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Generic 97530: "Functional retraining done as planned. Pt progressing toward goals. 20 min." — no activity, deficit or goal named, no number but its minutes.
        ["v7-h67-generic-97530-as-planned"] = new(
            "Functional retraining done as planned. Pt progressing toward goals. 20 min.",
            ["M54.50"], [PT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Squirrel Hill MDT, a viola player: retraction-extension, rows, thoracic extension with doses; R C6 arm symptoms now in the upper trap, playing goal; rotation degrees; 19 matches: passes.
        ["vord-h67-squirrel-hill-viola-player"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Squirrel Hill
            Plays viola in a community orchestra — R C6 arm sx now confined to the R upper trap; flares after long rehearsals.
            97110 — 19 min
              retraction-extension in sitting 2 x 10; retraction w/ self-overpressure 1 x 10; thoracic extension over the chair back 2 x 10; rows with the green band 2 x 15
            Goal: play a full rehearsal without the arm sx coming back
            Cervical rotation L (bowing side) 60° → 68°
            """,
            ["M54.12", "M50.122"], [PT("97110", 19)], []),

        // Cranberry ODI, 97110 15 and 97140 12 both match; EIL and hinge with doses; L4-5 extension mobilisation; low-back and buttock pain; ODI and SLR: passes.
        ["vord-h67-cranberry-te-mt-odi"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Cranberry Twp
            ODI 30% (44% at IE)
            TE 97110 — 15 min: EIL 2 x 10; EIS 1 x 10; hip hinge with a dowel 2 x 10
            MT 97140 — 12 min: L4-5 extension mobilisation (PA) 3 x 10
            L low-back and buttock pain; extension loss minimal; SLR L 70°
            """,
            ["M51.26", "M54.50"], [PT("97110", 15), PT("97140", 12)], []),

        // Toledo work conditioning, FCE in two weeks: 97110 16 and 97530 24 match; squats, planks, carries with doses; lifts, ladder and overhead work with loads; lumbar disc with a return-to-duty goal: passes.
        ["vord-h67-toledo-before-the-fce"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Toledo
            WC · millwright, L4-5 disc (DOI 05/20/2025); FCE scheduled in two weeks.
            97110 — 16 min: goblet squat 30 lb 3 x 10; front plank 3 x 40 s; farmer carry 50 lb 4 x 60 ft
            97530 — 24 min: floor → waist lifts 50 lb x 6; ladder climbs (8 rungs) carrying a 15-lb tool bag x 5; overhead bolt work on the wall board, 4 rounds
            L4-5 disc pain with heavy lifting; goal: medium-heavy duty (50 lb occasional) for the FCE
            """,
            ["M51.26"], [PT("97110", 16), PT("97530", 24)], []),

        // Findlay thoracic strain: 97140 10 and 97110 18 match; T-spine mobs and rib glides with grade; open books and rows with doses; mid-back pain reaching overhead at the press; rotation degrees: passes.
        ["vord-h67-findlay-thoracic-strain"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Findlay
            WC · press operator, thoracic strain pulling a jammed die (DOI 01/05/2026)
            MT 97140 — 10 min: T6-9 PA mobs gr III; L rib 7-8 posterior glides
            TE 97110 — 18 min: open books 2 x 10 each; quadruped thread-the-needle 2 x 10; rows 30 lb 3 x 12
            Mid-back pain reaching overhead to the press controls; thoracic rotation L 28° → 40°
            """,
            ["S29.012D", "M54.6"], [PT("97140", 10), PT("97110", 18)], []),

        // Omaha, ten weeks after a C5-6 ACDF: 97110 15 and 97112 20 ("one-on-one, PT + pt") match; scapular and shoulder exercises with doses; CCF and position-sense drills; DNF endurance and arm weakness; mmHg and JPE: passes.
        ["vord-h67-omaha-after-acdf"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Omaha
            Medicare · 10 wks s/p C5-6 ACDF (Dr. Ebersole).
            97110 — 15 min: rows red band 3 x 12; wall slides 2 x 10; shoulder flexion with a 1-lb weight 2 x 10
            97112 — 20 min — one-on-one, PT + pt: craniocervical flexion holds on the cuff; head-laser relocation eyes closed
            Deficits: deep neck flexor endurance and position sense poor after surgery; R deltoid 4-/5
            CCF 24 mmHg x 10 s x 6; JPE R 5.5°
            """,
            ["Z98.1", "M50.122"], [PT("97110", 15), PT("97112", 20)], []),

        // Papillion, Medicare stenosis: 97116 14 and 97110 16 match; rollator distance with seated breaks and SBA; bike and flexion exercises with doses; claudication: passes.
        ["vord-h67-papillion-stenosis-walk-and-bike"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Papillion
            Medicare · lumbar stenosis with neurogenic claudication.
            97116 — 14 min: rollator, 2 x 300 ft with one seated break on the rollator; SBA; cues for a longer step
            97110 — 16 min: recumbent bike level 3, 1.4 mi; FIL 2 x 10; seated flexion 2 x 10; step-ups 6" 2 x 10
            Legs go heavy and numb standing or walking; eases with sitting
            """,
            ["M48.062"], [PT("97116", 14), PT("97110", 16)], []),

        // Kearney after a T12 kyphoplasty for an osteoporotic fracture: extension-biased exercises with doses; thoracolumbar pain and kyphosis; occiput-to-wall cm; 18 matches: passes.
        ["vord-h67-kearney-after-kyphoplasty"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Kearney
            Medicare · T12 osteoporotic compression fx, kyphoplasty 6 wks ago. No flexion exercises.
            97110 — 18 min
              prone press-ups on elbows 2 x 10; scapular squeezes in standing 2 x 12; seated thoracic extension over a towel roll 2 x 10; sit-to-stand with a neutral spine 3 x 8
            Thoracolumbar pain with standing; flexed posture, kyphosis
            Occiput-to-wall 7 cm (9 cm at eval)
            """,
            ["M80.08XD"], [PT("97110", 18)], []),

        // Tacoma after a lumbar RFA: "one-on-one, PT with her alone"; PBU heel slides, quadruped and hinge; lumbopelvic motor control; mmHg and side-bridge seconds; 22 matches: passes.
        ["vord-h67-tacoma-after-rfa-motor-control"] = new(
            """
            CASCADE INTERVENTIONAL PAIN — Physical Therapy, Tacoma
            s/p L4-5 / L5-S1 medial branch RFA, 3 wks out — back pain down from constant to mornings.
            97112 — 22 min — one-on-one, PT with her alone
              motor-control retraining: heel slides over the PBU; quadruped arm/leg lifts holding neutral; standing hinge with a dowel
            Deficit: lumbopelvic motor control — back arches with each leg movement, TrA slow to engage
            PBU: 40 mmHg held ±2 through 10 heel slides; side-bridge 28 s R / 25 s L
            """,
            ["M47.816", "M54.50"], [PT("97112", 22)], []),

        // Lakewood graded activity as pacing: gardening mock-up, kneel-to-stand and watering-can carries with quotas and loads; persistent LBP with a garden goal; 21 matches: passes.
        ["vord-h67-lakewood-garden-pacing"] = new(
            """
            CASCADE INTERVENTIONAL PAIN — Physical Therapy, Lakewood
            Pacing plan: same amount on good days and bad days, built up by quota.
            97530 — 21 min
              raised-bed mock-up: kneel on the pad → stand with one hand on the bed edge, quota 8 (did 8)
              carrying a 2-gallon watering can 30 ft and back, quota 5 trips (did 5)
              weeding at the bed edge in half-kneeling, switching knees, 3 rounds
            Persistent low-back pain since 2020; stopped gardening; goal — plant her tomato bed in May
            """,
            ["G89.29", "M54.50"], [PT("97530", 21)], []),

        // Olympia, Medicare, SCS implanted: 97110 with treadmill distance, step-ups, hinge, rows with doses; post-laminectomy leg pain and walking tolerance; 22 matches: passes.
        ["vord-h67-olympia-after-scs-implant"] = new(
            """
            CASCADE INTERVENTIONAL PAIN — Physical Therapy, Olympia
            Medicare · SCS implanted 5 wks ago (lifting cleared by the surgeon).
            97110 — 22 min
              treadmill 2.2 mph, 0.4 mi; step-ups 6" 2 x 10; hip hinge with a dowel 2 x 10; rows with the blue band 2 x 12
            Post-laminectomy pain in the low back and L leg; walking and standing still limited — goal: walk the farmers market
            """,
            ["M96.1", "G89.29"], [PT("97110", 22)], []),

        // Edison whiplash: 97110 14 and 97140 11 match; scapular and DNF exercises with doses; cervical mobs by grade and STM; neck pain and stiffness; NDI and rotation degrees: passes.
        ["vord-h67-edison-whiplash-te-mt"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — Edison
            PIP · whiplash, rear-ended on Rt 1 (12/11/2025); DC adjusted first (separate visit).
            97110 — 14 min: chin tucks 2 x 10 with 5-s holds; rows red band 3 x 12; prone T's 2 x 10
            97140 — 11 min: C3-4 + C4-5 R rotation mobs gr III; STM R levator + upper trap
            Neck pain + stiffness turning R; NDI 28%; rotation R 55° → 64°
            """,
            ["S13.4XXD", "M99.01"], [PT("97110", 14), PT("97140", 11)], []),

        // Woodbridge lumbar auto: 97112 18 ("one-on-one, PT + pt") and 97110 15 match; perturbation and bird-dog drills; bridges and squats with doses; motor control and sciatica; seconds and k of 10: passes.
        ["vord-h67-woodbridge-lumbar-nmr-te"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — Woodbridge
            PIP · L sciatica after the Turnpike crash.
            97112 — 18 min — one-on-one, PT + pt: perturbations in tall kneeling; bird-dog on the foam pad holding neutral
            97110 — 15 min: bridges 2 x 12; goblet squat 15 lb 2 x 10; side-lying clams 2 x 15
            Deficits: poor lumbopelvic motor control; L leg pain to the knee with long sitting
            Bird-dog on foam 8 of 10 without a wobble; tall-kneel held against perturbation 25 s
            """,
            ["M54.42", "S33.5XXD"], [PT("97112", 18), PT("97110", 15)], []),

        // Grand Island OT after an L4-S1 fusion: tub bench, long sponge, toileting aid and laundry with assistance levels; can't bend or twist to bathe or toilet: 20 matches: passes.
        ["vord-h67-grand-island-ot-bathing"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Grand Island · OT
            Medicare · 4 wks s/p L4-S1 fusion.
            97530 — 20 min
              tub-bench transfer in the bathroom mock-up x 3; washing lower legs with the long-handled sponge; toilet hygiene with the toileting aid; pulling laundry from the front-loader with the reacher
            Can't bend or twist to bathe, toilet or do her laundry since the fusion
            Tub bench min A → SBA; toileting aid mod I; laundry SBA
            """,
            ["Z98.1", "Z47.89"], [OT("97530", 20)], []),

        // Sandusky WC cervical radiculopathy: 97140 12 and 97110 14 match; lateral glides with grade and median slider; DNF and rows with doses; C7 arm symptoms and grip; grip kg: passes.
        ["vord-h67-sandusky-cervical-radic-mt-te"] = new(
            """
            MAUMEE VALLEY WORKHEALTH — Sandusky
            WC · welder, R C7 radiculopathy after lifting a steel plate (DOI 10/28/2025)
            97140 — 12 min: C6-7 R lateral glides gr III 3 x 30 s; median nerve slider x 10
            97110 — 14 min: chin nods 2 x 10; rows green band 3 x 12; triceps press-downs 15 lb 2 x 12
            R arm pain + tingling into the middle finger with the welding hood down; R grip 32 kg / L 44 kg
            """,
            ["M54.12", "M50.123"], [PT("97140", 12), PT("97110", 14)], []),

        // Monroeville complete 97110 (EIL sets, EIS; buttock pain centralising; reps) sent with no diagnosis.
        ["vord-h67-monroeville-no-diagnosis"] = new(
            """
            ALLEGHENY SPINE MECHANICS — Monroeville
            97110 — 17 min: EIL 3 x 10 with sag; EIS 1 x 10
            R buttock pain at baseline → central low back only after the 3rd set
            """,
            [], [PT("97110", 17)], [Dx]),

        // Puyallup complete 97530 (graded lifts of a laundry basket with quotas; chronic back pain) with the ICD-9 code 722.10 as its diagnosis: not well formed.
        ["vord-h67-puyallup-icd9-code"] = new(
            """
            CASCADE INTERVENTIONAL PAIN — Physical Therapy, Puyallup
            97530 — 18 min: laundry basket (8 lb) floor → dryer-top, quota 10 (did 10); carry 40 ft x 4
            Chronic low-back pain; avoids housework since 2022
            """,
            ["722.10"], [PT("97530", 18)], [Dx]),

        // Generic two-code note with a shared time ("Exercise and hands-on work, 35 minutes between them"): no technique, deficit or measure for either code, no minutes for each.
        ["vord-h67-generic-two-codes-shared-time"] = new(
            "Exercise and hands-on work, 35 minutes between them. Good session. Will progress next visit.",
            ["M54.50"], [PT("97110", 20), PT("97140", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // Woodbridge PTA "NMR 97112 — 11 min" against a 23-min PTA line: mismatch; one-on-one, ball perturbations, lumbopelvic control and a hold in seconds complete.
        ["vord-h67-woodbridge-pta-nmr-time-differs"] = new(
            """
            RARITAN CHIROPRACTIC & PHYSICAL THERAPY — Woodbridge · PTA note
            NMR 97112 — 11 min — one-on-one, PTA + pt
              physioball sitting with perturbations at the shoulders; dead bug holding the cuff steady
              poor lumbopelvic control after the MVA
              Dead-bug hold 30 s without a cuff drop
            """,
            ["S33.5XXD"], [PTA("97112", 23)], [At(Mismatch, "97112")]),

        // Omaha OT "OT 97530 — 30 min" against a 16-min OT line: mismatch; dressing with the sock aid and reacher, can't bend after the fusion, SBA complete.
        ["vord-h67-omaha-ot-time-differs"] = new(
            """
            PLATTE VALLEY REGIONAL SPINE CENTER — Omaha · OT
            OT 97530 — 30 min
              lower-body dressing with the sock aid and reacher in the armchair; shoes with the long shoehorn
              can't bend to reach her feet since the L3-5 fusion
              SBA for all of it, x 2 trials
            """,
            ["Z98.1"], [OT("97530", 16)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
