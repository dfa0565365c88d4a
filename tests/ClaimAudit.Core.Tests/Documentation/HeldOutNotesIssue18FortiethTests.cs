using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The fortieth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is a random week of outpatient notes AS THE EXPORT CARRIES THEIR PAPER TRAIL: the note text holds
/// more than today's treatment, in the proportions a billing manager sees them — about three in five ordinary
/// and complete, single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit), by
/// PTs, PTAs and OTs, from Fox River Valley Rehab, Kettle Moraine Therapy, Cumberland Plateau PT (PTA-heavy),
/// Lakeshore Neuro Outpatient (hospital-based), Tidewater Balance &amp; Vestibular, Prairie Lutheran Outpatient
/// Therapy, Willow Creek Outpatient, Harbor Point PT and High Desert Hand &amp; OT:
/// <list type="number">
/// <item>addenda and late entries ("Addendum 03/05/2026 07:52 — late entry for DOS 03/04/2026: …", "*** LATE
/// ENTRY *** Documented 03/05/2026 … (power outage)", "LATE ENTRY — written 03/06/2026 … (EMR was down at the
/// satellite)", an addendum giving time by code, an addendum re-labelling a charge, an addendum about a mailed
/// handout or a phone call that changes nothing);</item>
/// <item>corrections ("CORRECTION … delivery above entered in error", "Amended … NMR minutes corrected to 23",
/// "Note amended … 97530 minutes corrected to 18" when the billed line was not updated, "— error, see addendum"
/// on a side of the neck);</item>
/// <item>EMR audit-trail and signature lines ("Electronically signed … 18:51", "Last edited by … — field 'Delivery'
/// changed 'Group' → 'Individual (1:1)'", "version 2 · last edited", encounter and NPI numbers, visit and
/// authorisation counts, "Co-signed by supervising PT", a co-signature that only concurs);</item>
/// <item>the plan of care quoted into the daily note (STG/LTG lists and grids with Met / Progressing / ongoing,
/// "Planned interventions (POC)", a physician-signed plan that says "Skilled 1:1 …", "Plan next visit: start Otago
/// level B");</item>
/// <item>the previous visit carried forward ("Previous visit (03/02/2026), copied forward by EMR: …", "Per last
/// note (03/02/2026): '97112 30' | 97116 15''", previous-visit minutes as the only minutes by code, previous-visit
/// scores with "not re-tested today");</item>
/// <item>PTA supervisory visits (PT on site observing, supervisory checklists) and re-evaluation and progress-report
/// sections beside the daily treatment;</item>
/// <item>billing blocks in different EMR layouts ("CHARGE ENTRY" with [x] rows, "CHARGES: 97112 ×2 u", a CPT /
/// Timed min / Units table with a bundled hot pack, "Svc | Min | Detail", "Timed minutes by CPT — 97110: 15 | …",
/// "Timed minutes: 15 | Untimed minutes: 0 | Total treatment minutes: 15", time in / time out).</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract to TODAY'S service:
/// <list type="bullet">
/// <item>class 1 (v1-h40-…): one-on-one in these notes' words ("skilled 1:1, PT in attendance for the whole NMR
/// block" in a late-entry addendum, "Delivery: one pt, one clinician (PTA treating; PT observing only)" on a
/// supervisory visit, "Attended individually by the PT the whole session", an audit-trailed "Delivery … Individual
/// (1:1)"), notes that negate it (a correction saying the PTA alternated between two patients, a Stepping On class
/// of seven) or never state it for today (the previous visit's "Seen 1:1" carried forward, a physician-signed plan
/// of "Skilled 1:1 neuromuscular re-education", a co-signature that concurs), and a 97116 that needs no
/// one-on-one statement;</item>
/// <item>class 2 (v2-h40-…): template states: "● Individual ○ Concurrent ○ Group", "One-on-one contact …… N",
/// planned interventions listed beside today's boxes all empty, a goal grid with a Today column, a goal list with
/// targets and statuses only, a charge-entry grid with [x] rows, impairment boxes all ☐, a supervisory checklist,
/// "◻ private 1:1 ◼ semi-private", a manual-therapy "Performed today Y/N" table;</item>
/// <item>class 3 (v3-h40-…): named programmes and devices as techniques (Huber Motion 360, THERA-Trainer lyra,
/// PWR! Moves, Bowen technique, ELDOA and the Brettzel, energy conservation's "4 Ps" in a cooking task), a Rock
/// Steady Boxing class (not one-on-one), Otago named only as next visit's plan (no technique today), a Dynavision
/// 97112 whose scores are "scanned to Media" (no number) and a SpaceBalance 3D 97112 with no deficit;</item>
/// <item>class 4 (v4-h40-…): deficits stated as findings (re-evaluation signs of sensory ataxia, contraversive
/// pushing with its scale, freezing at doorways and en-bloc turns on a 97116, lateropulsion with limb ataxia, a
/// capsular pattern with end-feel on a 97140, TMJ deflection and opening on a 97140, grip, opposition and
/// two-point discrimination on a 97530, quad lag and buckling on a 97110) and notes that state none (a screen
/// that is all normal on a 97112, "Deficit/goal: see PT eval" on a 97110);</item>
/// <item>class 5 (v5-h40-…): measures in their usual forms (a progress-note outcome table, dual-task cost and
/// Trail Making B, re-evaluation numbers taken today beside the daily section, rotation degrees on a 97140,
/// loads and counts on a 97530, metric loads and dynamometry on a 97110) and notes with none (the previous
/// visit's scores "not re-tested today", LTG targets only on a 97116, only encounter, visit, authorisation, NPI,
/// version and clock numbers, "steadier on foam than Monday per pt and spouse");</item>
/// <item>class 6 (v6-h40-…): minutes in their usual forms (an amended minute figure that matches, the previous
/// visit's minutes beside today's, a CPT / Timed min / Units block, time in / time out with minutes by code, an
/// addendum giving time by code), true mismatches (an amendment the billed line did not follow, a late entry, an
/// OT line in a PT + OT afternoon, an EMR footer on a one-code visit) and truly missing separate time (today's
/// total with only the previous visit's minutes by code, units only);</item>
/// <item>class 7 (v7-h40-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), a note of a generic line and signature and co-signature only, the contract's meanings of technique,
/// deficit and measure for 97110 (a functional goal as the only target), 97530, 97140 and 97116, and wholly
/// generic 97110 and 97530 notes;</item>
/// <item>ordinary (vord-h40-…): complete notes across the clinics, codes and disciplines that a reviewer passes
/// (the false-positive guard), and the ordinary weak ones: a PTA note with no diagnosis, a two-code note of
/// "per POC … tolerated well", a PTA 97112 that never says one-on-one, minutes for one of two codes, a 97530 with
/// no assistance level or count, "Skilled 1:1 NMR — balance and coordination exercises".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least ten minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check here only on
/// an objective measure with a number, and fails it only when the note has no such number and no dose at all;
/// for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure.
/// The paper trail is read as a reviewer reads it: an addendum, late entry, amendment or correction signed for
/// this date of service is part of today's record, and a corrected value replaces the one it corrects; a
/// re-evaluation or progress-report section done at this visit is today's documentation and its numbers count;
/// the plan of care (its goals with their targets and statuses, its planned interventions and frequency, a
/// signed plan's wording), the previous visit's note carried forward and the next visit's plan are not today's
/// service — their techniques, numbers, minutes and one-on-one statements count for nothing today. Numbers in
/// signature and audit-trail lines (dates, clock times, version numbers, NPI, encounter numbers, visit and
/// authorisation counts), units columns, a metronome's beats per minute, a treadmill's speed and a bundled
/// code's row are read as what they are; in a visit with one timed code, minutes stated without a code are
/// that code's.
/// Cases a careful reviewer could argue either way were left out: a content gap in one section of a
/// multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note lacks
/// the thing), generic phrases beside a deficit or a measure without a technique, minutes of an activity, a rest
/// or a test inside a note, self-rated scores or vitals as the only number, a grade with no dose as a 97140's
/// only parameter, a cueing level as a 97530's only measure, a one-on-one left to be inferred (a schedule with
/// one patient on it), "gait training" alone on a 97116, a deficit carried only in the previous visit's note or
/// the plan's problem list, a functional goal quoted only from the plan of care as a 97530's goal, three-character
/// or dotless diagnosis codes, minute ranges and approximate minutes, a total of treatment time that may hold
/// untimed services on a one-code visit, a diagnosis named in the note as a 97112's only target, an exercise's
/// name as a 97110's only region, and any line with a code that has no documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 84 of 97 cases agree (96 needed), and 2 of the 60 notes the reviewer passes got a finding, on the analyzer
/// of bde89f8 (the start of the 2026-12-05 fourth session; a separate worktree, only
/// these figures read).
/// </para>
/// <para>
/// After: 84 of 97, 2 false positives — the same — at its first run on the analyzer of bf2c683 (with that session's
/// exported-note and thirty-ninth-set readings and their reviews; not shaped by this set): the held-out figure. Most
/// disagreements credited what another visit or the plan said (a previous visit's "Seen 1:1" carried forward, the plan
/// of care's "Skilled 1:1", planned interventions, "Plan next visit: start Otago", long-term goals' targets, the last
/// note's minutes). Then development data, worked through: 96 of 97, no false positive — a sentence that opens a line
/// with another visit's or the plan's words ("Previous visit", "Per last note", "Plan of care (certified …)", "POC
/// planned interventions", "Plan next visit", "LTG"/"STG" outside a grid of goals under a heading row) gives no
/// technique, measure, one-on-one or minutes of today, up to today's words or a goal's status (OtherVisitLines; what it
/// names of a deficit stands; narrowed after a review of 249 adversarial notes), an amendment's "NMR minutes corrected
/// to 23" replaces the note's minutes, "(concussion, 01/2026)" is a month and year, and a technique's name in a deficit
/// field is the deficit. Left: a clinic's name "Tidewater Balance & Vestibular" read as the vestibular deficit. New
/// examples in NotesAsWrittenTests "fortieth-forty-first-sets" (seen to fail before).
/// </para>
/// </summary>
public class HeldOutNotesIssue18FortiethTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one as notation, negated, unstated

        // The note itself omits delivery; the signed "Addendum 03/05/2026 07:52 — late entry for DOS 03/04/2026: … skilled 1:1, PT in attendance for the whole NMR block" is part of today's record; Dynadisc perturbations, lean and release, head-turn line walking; slow L lateral protective step after THA; lateral reach inches and k of 8: passes (clock times are not minutes).
        ["v1-h40-late-entry-addendum-skilled-1to1"] = new(
            """
            FOX RIVER VALLEY REHAB · Daily Treatment Note · DOS 03/04/2026 · Visit 7 of 12
            97112 Neuromuscular re-education ........ 24 min
             - split stance on a Dynadisc, unannounced pelvic perturbations A/P and lateral, 3 x 10
             - lateral lean and release into a L protective step, 2 x 8
             - line walking on 2-in. tape w/ horizontal head turns, 4 passes
            Impairment: slow, short L lateral protective step; ↓ hip strategy under lateral load (L THA, 14 wk)
            Objective: lateral functional reach L 4.5 in. / R 7 in.; L single-step recovery on release 6 of 8
            Electronically signed: Dana Kowalczyk, PT, DPT · 03/04/2026 18:51

            Addendum 03/05/2026 07:52 — late entry for DOS 03/04/2026: the NMR above was skilled 1:1, PT in attendance for the whole NMR block; no other patient was scheduled in that slot. — D. Kowalczyk, PT, DPT
            """,
            ["R26.81", "Z96.642"], [PT("97112", 24)], []),

        // "Previous visit (03/02/2026), copied forward by EMR: 'Seen 1:1. …'" is another date's delivery; today's section (X1/X2, head-turn walking; L hypofunction; dynamic visual acuity lines and mCTSIB seconds) never says one-on-one.
        ["v1-h40-previous-visit-1to1-carried"] = new(
            """
            TIDEWATER BALANCE & VESTIBULAR — follow-up, visit 5 — DOS 03/04/2026
            Previous visit (03/02/2026), copied forward by EMR: "Seen 1:1. X1 yaw on firm surface. DHI 52."
            ---- Today ----
            97112 — 22 min
            X1 viewing in the pitch plane on Airex 3 x 45 s; X2 viewing yaw, feet together, 2 x 30 s; walking w/ head turns to read letters called out on the wall, 4 x 50 ft.
            L peripheral vestibular hypofunction after vestibular neuritis (11/2025): oscillopsia on quick head turns, ↑ sway on compliant surface.
            Dynamic visual acuity: 3 lines lost (5 lines at IE). mCTSIB foam/EC 14 s.
            Plan: progress X1 to a busy visual background.
            """,
            ["H81.22"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // The physician-signed plan of care quoted into the note ("Skilled 1:1 neuromuscular re-education 2x/wk x 12 wk") is the plan, not today's delivery; today's Kabat chop/lift, ball rhythmic stabilization and target steps with recruitment deficit and FIST score never state one-on-one.
        ["v1-h40-poc-plan-says-1to1"] = new(
            """
            Lakeshore Neuro Outpatient — PT Daily Note — 03/04/2026
            Plan of care (certified 02/10/2026–05/04/2026), as signed by the physician: "Skilled 1:1 neuromuscular re-education 2x/wk x 12 wk; gait training; HEP."
            Today:
            NMR (97112) 25 min
              Kabat chop and lift in half-kneel, both directions, 3 x 8; rhythmic stabilization at the trunk sitting on a therapy ball; quick steps to floor targets w/ the R LE.
              Deficit: R hemibody motor recruitment and trunk postural control after L MCA infarct (12/2025).
              Function in Sitting Test 41/56 (33/56 at IE); R step to target on the first attempt 7/10.
            """,
            ["I69.351"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // "delivered 1:1" then a signed same-day "CORRECTION … delivery above entered in error … PTA alternated between the two. Not 1:1.": the corrected statement negates one-on-one; Thera-Band Stability Trainer, hurdles, reaches; neuropathic proprioception; SLS and k of 10 complete.
        ["v1-h40-correction-shared-balance-corner"] = new(
            """
            Cumberland Plateau PT — PTA daily note — 03/04/2026
            97112 NMR 20 min — delivered 1:1
            • stepping over 4-in. hurdles in a ladder pattern, forward and sideways, 3 rounds
            • standing on a Thera-Band Stability Trainer (blue) w/ ball catches, EO then EC
            • reaching outside the BOS to cones at 3 heights
            Targets: ↓ ankle proprioception and postural sway B (diabetic peripheral neuropathy)
            Measures: SLS R 4 s / L 3 s; catches on the trainer w/ EC 8/10
            Signed S. Whitaker, PTA 03/04/2026 11:30

            CORRECTION 03/04/2026 16:05 — delivery above entered in error. Pt shared the balance corner w/ another pt for the whole NMR block; PTA alternated between the two. Not 1:1. — S. Whitaker, PTA
            Co-signed: R. Alvarez, PT 03/04/2026 17:20
            """,
            ["E11.42", "R26.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // PTA session on a PT supervisory visit: "Delivery: one pt, one clinician (PTA treating; PT observing only) — no other pts in the gym during NMR" is one-on-one; stabilizing reversals, wedge stepping, half foam roll; PD stepping deficit; pull-test steps and FSST: passes.
        ["v1-h40-supervisory-visit-one-pt-one-clinician"] = new(
            """
            PTA TREATMENT NOTE + PT SUPERVISORY VISIT — Date of service: 03/04/2026
            Supervisory visit: J. Brandt, PT on site, observed the PTA's session and reviewed the POC; no POC change.
            Delivery: one pt, one clinician (PTA treating; PT observing only) — no other pts in the gym during NMR.
            97112 — 25 min
              PNF stabilizing reversals at the pelvis in standing; stepping-strategy drills off a 2-in. wedge; tandem stance on a half foam roll (flat side down) w/ reaching.
              Neuromuscular deficits: delayed stepping strategy and poor weight acceptance on the L (Parkinson's disease, H&Y 2.5).
              Pull test: 4 steps to recover (6 at the last progress note); Four Square Step Test 16.8 s.
            M. Cho, PTA — electronically signed 03/04/2026 15:44
            J. Brandt, PT — supervisory visit documented, co-signed 03/04/2026 17:02
            """,
            ["G20.A1"], [PTA("97112", 25)], []),

        // Stepping On class of seven with a peer leader: not one-on-one; wall-rail tandem, cone side-stepping, EC on a mat, step-overs; lateral postural control and ankle strategy; Four-Stage tandem seconds and 30-s chair stand present.
        ["v1-h40-stepping-on-class-of-seven"] = new(
            """
            STEPPING ON — week 3 of 7, community room — 03/04/2026
            Class of 7 participants; PT leads the exercises, peer leader assists.
            Participant: R. Thibodeaux
            97112 — 30 min (balance segment of the class)
            Tandem walking along the wall rail, sideways walking over 4 cones, standing EC on a folded exercise mat, step-up and over a 6-in. step w/o rail.
            Deficit: ↓ lateral postural control and ankle strategy; two falls in the garden since autumn.
            Four-Stage Balance Test today: tandem stance 7 s (stops at stage 3); 30-s chair stand 9.
            """,
            ["R29.6", "Z91.81"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // 97116 alone has no one-on-one check: Lofstrand crutches 4-point → 2-point, ramp, curbs; Trendelenburg and short step after hemiarthroplasty; distances and CGA/SBA; a "Last edited … version 2" line: passes.
        ["v1-h40-gait-lofstrand-no-1to1-needed"] = new(
            """
            Prairie Lutheran Outpatient Therapy — Gait — DOS 03/04/2026
            97116 gait training 18 min: Lofstrand crutches, 4-point → 2-point pattern on tile 2 x 150 ft, then carpeted ramp (1:12) up/down x 3, 6 curbs w/ step-to then step-through.
            Gait deviations: R Trendelenburg, ↓ R stance time, short L step (s/p R hip hemiarthroplasty 8 wk).
            Assist: CGA on the ramp, SBA on level surfaces; verbal cues x 3 for crutch sequencing.
            Last edited by T. Lindgren, PT 03/04/2026 16:10 (version 2: added assist levels)
            """,
            ["S72.001D"], [PT("97116", 18)], []),

        // PTA note complete but for delivery; the co-signature "I have reviewed this note and concur with the treatment rendered and the plan" says nothing of one-on-one: DOC_ONE_ON_ONE_MISSING only.
        ["v1-h40-cosign-concurs-only"] = new(
            """
            DAILY NOTE — PTA — 03/04/2026 — visit 9
            NMR 97112 23 min: D2 flexion/extension UE patterns w/ weight shift in stride stance; rocker board A/P then M/L w/ ball taps to the wall; heel-walk/toe-walk on a 10-ft line.
            Why: L LE motor control and ankle proprioception deficit after L TKA w/ peroneal nerve palsy; foot slap.
            Numbers: rocker M/L holds 20 s x 3 w/o edge touch; Berg 47/56.
            L. Mbeki, PTA 03/04/2026 12:02
            Co-signature: I have reviewed this note and concur with the treatment rendered and the plan. — F. Halvorsen, PT 03/04/2026 17:31
            """,
            ["Z96.652", "G57.32"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // "Attended individually by the PT the whole session — no concurrent pts, no group"; habituation turns and bends, optokinetic stripes; visual dependence in PPPD; MSQ and foam EC seconds: passes.
        ["v1-h40-attended-individually-habituation"] = new(
            """
            Harbor Point PT · NMR visit · 03/04/2026
            Attended individually by the PT the whole session — no concurrent pts, no group.
            97112 × 26 min
            Habituation: standing 180° turns to the L x 5, 3 rounds; seated trunk bends floor-to-ceiling x 5, 2 rounds; weight shifting in front of an optokinetic stripe video, 3 x 60 s.
            Deficit: motion-provoked dizziness w/ visual dependence (persistent postural-perceptual dizziness).
            Motion Sensitivity Quotient 18 (34 at IE); stands EC on foam 22 s.
            """,
            ["H81.8X3"], [PT("97112", 26)], []),

        // Audit trail "last edited by … — Delivery changed 'Group' → 'Individual (1:1)'; reason: wrong template default" by the treating PT the same day: the current value is one-on-one; foam beam, Bosu squats, SLS perturbations; ACL proprioception; SLS and Y-balance: passes.
        ["v1-h40-audit-trail-delivery-edited"] = new(
            """
            Encounter 2026-03-04 10:00 | PT Daily Note | status: signed (amended)
            Delivery ............ Individual (1:1)
            Audit trail: 03/04/2026 10:58 created by K. Osei, PT · 03/04/2026 17:12 last edited by K. Osei, PT — field "Delivery" changed "Group" → "Individual (1:1)"; reason: wrong template default
            97112 ............ 21 min
            Interventions: foam-beam tandem walking fwd/back 4 x 10 ft; Bosu (dome up) squats to 60° w/ contralateral reach; perturbations at the shoulders in SLS, 3 x 8 each LE
            Impairment: ↓ R knee/ankle proprioception and SLS control after R ACL reconstruction (5 mo)
            Objective: SLS on foam R 12 s / L 30 s; Y-balance anterior reach R 58 cm / L 66 cm
            """,
            ["S83.511D"], [PT("97112", 21)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // "Mode: ● Individual ○ Concurrent ○ Group" and "Timed services 97112 = 20 97110 = 15", both match; numbered footprints, heel-shin slides, tandem; dysmetria and sensory ataxia; target accuracy and timed heel-shin; TE doses for hip weakness: passes.
        ["v2-h40-radio-dot-individual"] = new(
            """
            Kettle Moraine Therapy · Daily · 03/04/2026
            Mode:  ● Individual   ○ Concurrent   ○ Group
            Timed services   97112 = 20   97110 = 15   total timed 35
            NMR: foot placement onto numbered footprints on the floor, seated → standing, 3 x 10; slow-to-fast alternating heel-shin slides; tandem walk w/ light touch → no touch.
              Dysmetria and ↓ LE coordination — sensory ataxia (B dorsal column loss, B12 deficiency).
              Target accuracy 14/20 footprints (9/20 at IE); heel-shin 10 reps in 21 s.
            TE: bridges 3 x 12, standing hip abd w/ 3# 2 x 15 B, step-ups 6-in. 2 x 10 B — B hip abd/ext weakness 4-/5.
            """,
            ["D51.0", "R27.0"], [PT("97112", 20), PT("97110", 15)], []),

        // "One-on-one contact …… N" and "Concurrent/group …… Y (pt + 1 other)": not one-on-one; Airex clock reaching, hurdles, EC marching; postural control with monofilament loss; mCTSIB seconds and k of 10 present.
        ["v2-h40-yn-contact-n"] = new(
            """
            OUTPATIENT PT | DAILY | 03/04/2026 | Visit 4
            One-on-one contact ........ N
            Concurrent/group .......... Y  (pt + 1 other on the balance stations)
            97112 | 22 min
              Clock reaching on Airex to 8 targets; sidestepping over 6-in. hurdles; marching EC beside the counter
              Postural control deficit on compliant surfaces; ↓ plantar sensation (Semmes-Weinstein 5.07 absent at 4 of 6 sites B)
              mCTSIB condition 4: 11 s of 30; hurdle clears 9/10
            Signed: P. Ngata, PT · 03/04/2026 12:40
            """,
            ["G62.9"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // "POC planned interventions … PNF patterns, perturbation training, vestibular/gaze stabilization, BWSTT" beside today's boxes all ☐ and "other: ____": no technique today; 1:1, SCI deficit and 10MWT / position-sense numbers present, no generic phrase.
        ["v2-h40-planned-interventions-boxes-empty"] = new(
            """
            Lakeshore Neuro Outpatient · PT Daily · 03/04/2026
            POC planned interventions (cert 01/28/2026): PNF patterns, perturbation training, vestibular/gaze stabilization, BWSTT, HEP
            Today's interventions (check performed):
              ☐ PNF patterns   ☐ perturbation training   ☐ gaze stabilization   ☐ BWSTT   ☐ other: ________
            97112: 20 min, 1:1 w/ PT
            Deficit addressed: ↓ anticipatory postural control and L LE proprioception (incomplete SCI, C6 AIS D)
            Today: 10MWT 0.62 m/s; L knee position-sense errors 3 of 5
            """,
            ["S14.126D"], [PT("97112", 20)], [At(Tech, "97112")]),

        // Goal grid "Goal | Baseline 01/21 | Today 03/04 | Status" gives today's Berg, TUG and distance; one-on-one sensory reweighting, stop-on-command obstacle course, step-and-catch; sensory integration and reactive stepping: passes.
        ["v2-h40-goal-grid-today-column"] = new(
            """
            PROGRESS NOTE + DAILY — DOS 03/04/2026 (visit 10; progress report due)
            Goal                                  | Baseline 01/21 | Today 03/04 | Status
            STG 1  Berg ≥ 45/56                   | 39/56          | 46/56       | Met
            STG 2  TUG ≤ 13 s w/ SPC              | 17.9 s         | 12.6 s      | Met
            LTG 1  community amb 1000 ft, no LOB  | 300 ft         | 650 ft      | Progressing
            Today's treatment: 97112 · 25 min · one-on-one (PT only w/ this pt)
              sensory reweighting on foam w/ head turns and EC; obstacle course w/ sudden stops on command; step-and-catch after pelvic release
              for impaired sensory integration (vestibular/somatosensory) and ↓ reactive stepping after 2 falls since December
            Electronically signed by Whitney Ambrose, PT 03/04/2026 17:03
            """,
            ["R29.6", "R26.81"], [PT("97112", 25)], []),

        // Goal list with targets and statuses only ("SLS ≥ 10 s … progressing", "DGI ≥ 20/24 … progressing") is the plan, not today's measure; one-on-one substitution saccades, laser-headlamp cervico-ocular work, rocker EC for bilateral vestibular loss, no dose and no number of today: no measure.
        ["v2-h40-goal-list-targets-only"] = new(
            """
            Daily Note — Tidewater Balance & Vestibular — 03/04/2026
            Goals (POC 02/02/2026), status today:
              STG 1  SLS ≥ 10 s B on firm surface ................ progressing
              STG 2  DGI ≥ 20/24 ................................. progressing
              LTG 1  back to night shift at the shipyard, no falls ... ongoing
            97112 — 24 min — one-on-one
            Substitution training: remembered-target saccades (look, close eyes, turn head, open on the target); cervico-ocular practice w/ a laser headlamp on a wall grid; rocker-board weight shifting EO → EC.
            Deficit: bilateral vestibular loss after gentamicin — oscillopsia and heavy reliance on vision in dim light.
            Says walking to his truck in the lot is steadier.
            """,
            ["H81.8X3", "T36.5X5S"], [PT("97112", 24)], [At(Measure, "97112")]),

        // "CHARGE ENTRY" grid with [x] on 97110 (18 min) and 97140 (12 min), blank rows for unbilled codes; cuff/scapular exercises with doses, posterior/inferior glides with grades and bouts, cuff weakness and IR degrees: passes.
        ["v2-h40-charge-entry-x-rows"] = new(
            """
            CHARGE ENTRY — 03/04/2026 — Fox River Valley Rehab
             [x] 97110 Ther ex ............ 18 min ... 1 unit
             [ ] 97112 Neuro re-ed ........ —
             [x] 97140 Manual ............. 12 min ... 1 unit
             [ ] 97530 Ther activities .... —
            Total timed: 30 min = 2 units
            Ther ex: sidelying ER w/ 2# 3 x 12, prone T and Y 2 x 10, serratus wall slides w/ band 2 x 12, doorway pec stretch 3 x 30 s — R rotator cuff weakness (ER 4-/5) and scapular dyskinesis after subacromial decompression (10 wk).
            Manual: posterior GH glides gr III 3 x 30 s, inferior glides gr III 3 x 30 s, STM to R infraspinatus/teres minor; IR 38° → 47° after.
            """,
            ["M75.41"], [PT("97110", 18), PT("97140", 12)], []),

        // "Impairments targeted today: ☐ postural control ☐ proprioception ☐ vestibular ☐ motor control ☐ coordination" all unticked and no deficit elsewhere: deficit missing; ☒ one-on-one, ☒ perturbation and Airex techniques, FGA present.
        ["v2-h40-impairment-boxes-blank"] = new(
            """
            NMR DAILY — 03/04/2026
            One-on-one: ☒ yes ☐ no
            Impairments targeted today:  ☐ postural control  ☐ proprioception  ☐ vestibular  ☐ motor control  ☐ coordination
            97112 — 21 min
              Interventions: ☒ perturbation training — manual, standing, 3 x 10   ☒ compliant surface — Airex tandem 4 x 20 s   ☐ PNF
              Outcome: FGA 19/30
            E-signed K. Abernathy, PT 03/04/2026 11:15
            """,
            ["R26.89"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // PTA supervisory checklist (☑ PT on site, ☑ POC reviewed, ☐ POC updated) beside a PTA 97110 (doses, quad weakness, stairs) and 97116 (RW → SPC, stairs; shuffling, flexed posture; distances, SBA), both minutes match: passes.
        ["v2-h40-supervisory-checklist-pta"] = new(
            """
            PTA Daily + Supervisory Visit (every 6th visit) — 03/04/2026
            Supervisory checklist: ☑ supervising PT on site  ☑ POC and goals reviewed w/ PTA  ☑ pt/family questions addressed  ☐ POC updated (not needed)
            Treatment (PTA):
             97110 — 15 min: long-arc quads w/ 4# 3 x 12 B, standing hamstring curls 3 x 12 B, mini-squats to a chair 2 x 10, calf raises 2 x 15 — B quad weakness (4-/5) limiting stairs at home.
             97116 — 16 min: RW → SPC on level tile 3 x 100 ft, 12 stairs w/ one rail step-over-step, SBA; cues for heel strike and upright trunk; shuffling steps and flexed posture.
            Co-signed by supervising PT: A. Sorensen, PT, 03/04/2026 16:55
            """,
            ["M62.81", "R26.2"], [PTA("97110", 15), PTA("97116", 16)], []),

        // "Session type (today): ◻ private 1:1 ◼ semi-private (2 pts, 1 PT)": the filled box is semi-private, not one-on-one; tall/half-kneel rhythmic stabilization, lateral step-ups, 2x6 tandem; glute med recruitment; SLS seconds and reps present.
        ["v2-h40-semi-private-box-filled"] = new(
            """
            Session type (today):  ◻ private 1:1   ◼ semi-private (2 pts, 1 PT)
            97112 — 20 min
              Rhythmic stabilization in tall kneel → half kneel; lateral step-ups w/ contralateral arm reach; tandem on a 2x6 board
              Deficit: ↓ trunk/pelvic postural control and L glute med recruitment (Trendelenburg in SLS)
              SLS L 6 s / R 19 s; lateral step-up L 8 reps before pelvic drop
            """,
            ["M16.12", "M62.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Manual-therapy table "Technique | Performed today | Dose" with PA glides and rib springing "Y" (grades and bouts) and two rows "N"; mid-thoracic hypomobility, rib pain; rotation degrees; "97140 · 15 min": passes.
        ["v2-h40-performed-today-yn-manual"] = new(
            """
            MANUAL THERAPY FLOWSHEET — 03/04/2026
            Technique                              | Performed today | Dose
            Grade III–IV PA glides T4–T8           | Y               | 4 x 30 s per level
            Rib springing R ribs 4–6               | Y               | 3 x 20 s
            Suboccipital release                   | N               | —
            Thoracic HVLA                          | N               | —
            Region/impairment: mid-thoracic hypomobility w/ R rib 5 pain on inhalation; limits overhead reach for stocking shelves
            Thoracic rotation R 30° → 42° after
            97140 · 15 min
            """,
            ["M54.6"], [PT("97140", 15)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programs

        // Huber Motion 360 platform with force handles and a wobble-disc Pallof hold, 1-on-1; lumbopelvic motor control and trunk proprioception; Huber coordination % and repositioning error degrees; an addendum about a scanned printout: passes.
        ["v3-h40-huber-motion-360"] = new(
            """
            Kettle Moraine Therapy · 03/04/2026 · Lumbar stabilization / NMR
            97112 — 23 min — 1-on-1 with PT
            Huber Motion 360 (oscillating platform + force handles): standing, rotation level 3, push/pull to on-screen targets, 4 sets; then half-kneel on a wobble disc w/ Pallof hold.
            Deficit: ↓ lumbopelvic motor control — delayed transversus/multifidus recruitment on reach — and poor trunk proprioception (recurrent LBP).
            Huber coordination test 61% (48% on 02/18); trunk repositioning error 6° (11° at IE).
            Addendum 03/04/2026 18:30: Huber printout scanned to the media tab. — G. Lindqvist, PT
            """,
            ["M54.50"], [PT("97112", 23)], []),

        // THERA-Trainer lyra end-effector gait trainer with 30% BWS and step count, then hemi-walker overground; L hemiparetic deviations; min A / CGA and toe catches in feet: passes (km/h is a speed).
        ["v3-h40-lyra-end-effector-gait"] = new(
            """
            Lakeshore Neuro Outpatient · Gait · 03/04/2026
            97116 — 20 min
            THERA-Trainer lyra end-effector gait trainer w/ 30% BWS, 420 steps at 1.2 km/h; then overground w/ a hemi-walker on tile 2 x 60 ft.
            Gait deficits: L hemiparetic gait — ↓ L hip flexion in swing w/ circumduction, L knee hyperextension in stance, short R step.
            Overground: min A for L foot clearance, CGA for turns; 2 toe catches in 120 ft.
            Electronically signed A. Delacroix, PT 03/04/2026 14:06
            """,
            ["I69.354"], [PT("97116", 20)], []),

        // PWR! Moves (Up, Rock, Twist, Step) and big stepping over lines, "1:1 … PT w/ pt throughout"; hypokinesia, axial rigidity, slow weight shift; Mini-BESTest and step length: passes.
        ["v3-h40-pwr-moves"] = new(
            """
            Fox River Valley Rehab — PD program — DOS 03/04/2026
            97112 neuro re-ed 22 min, 1:1 (PT w/ pt throughout)
            PWR! Moves in standing: PWR!Up (antigravity extension) x 10, PWR!Rock (lateral weight shift) x 10 each way, PWR!Twist x 10, PWR!Step (large step + reach) x 8 each; then big-amplitude stepping over floor lines on count.
            Deficits: hypokinesia w/ ↓ step amplitude, axial rigidity limiting trunk rotation, slowed lateral weight shift (PD, H&Y 2).
            Mini-BESTest 20/28 (17/28 at IE). Step length 48 cm (40 cm at IE).
            """,
            ["G20.A1", "R26.89"], [PT("97112", 22)], []),

        // Otago level B named only in "Plan next visit: start Otago level B …": nothing was done today by name; one-on-one, anticipatory control deficit, Berg and TUG tested today, no generic phrase: no technique.
        ["v3-h40-otago-next-visit-only"] = new(
            """
            Willow Creek Outpatient — Daily — 03/04/2026
            97112 — 20 min — one-on-one
            Deficit: ↓ anticipatory postural control and ankle strategy; 3 falls in 6 mo.
            Tested today: Berg 44/56; TUG 14.1 s w/ cane.
            Plan next visit: start Otago level B — knee bends, backwards walking, sideways walking, tandem stance, sit-to-stand.
            Last edited by R. Castellanos, PT 03/04/2026 16:20
            """,
            ["R29.6"], [PT("97112", 20)], [At(Tech, "97112")]),

        // 97140: Bowen lumbar/sacral procedure beside ischemic pressure to QL trigger points (bouts) and PA grade III (bouts); paraspinal/QL guarding with flexion and side-bend limits; fingertip-to-floor cm: passes.
        ["v3-h40-bowen-and-ql-pressure"] = new(
            """
            Prairie Lutheran Outpatient Therapy · Manual · 03/04/2026
            97140 — 14 min
            Bowen technique, lumbar/sacral procedure: rolling moves over B erector spinae and QL, 3 series; sustained ischemic pressure to R QL trigger points 3 x 60 s; prone PA grade III to L4–L5 2 x 30 s.
            Region/impairment: R lumbar paraspinal and QL guarding w/ ↓ lumbar flexion and R side-bend.
            Fingertip-to-floor 28 cm → 19 cm after; R side-bend fingertip now reaches the fibular head (was 8 cm above).
            """,
            ["M54.50", "M62.830"], [PT("97140", 14)], []),

        // Rock Steady Boxing class of six boxers: not one-on-one; ladder footwork, bag combos, unannounced mitt work, fall recovery; reactive stepping and festination; mitt hits k of 20 and pull-test steps present.
        ["v3-h40-rock-steady-class"] = new(
            """
            ROCK STEADY BOXING — Tue/Thu class, PT-led, 6 boxers — 03/04/2026
            Boxer: W. Okonkwo
            97112 — 30 min
            Footwork ladder w/ direction changes on the coach's call, heavy-bag combos in staggered stance, reactive mitt work (PT moves the mitt unannounced), fall-recovery drill from half-kneel.
            Deficit: ↓ reactive stepping and weight shift; festination on direction changes (PD).
            Reactive mitt hits 14/20; pull test 3 steps.
            """,
            ["G20.A2"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // 97110: ELDOA L5–S1 posture and the Brettzel stretch with holds, bird-dog and dead bug with reps; discogenic LBP with segmental control and rotation limit and a combine-driving goal; rotation degrees: passes.
        ["v3-h40-eldoa-and-brettzel"] = new(
            """
            Kettle Moraine Therapy · TE · 03/04/2026
            97110 x 17 min
            ELDOA L5–S1 posture supine against the wall, 3 x 60 s; Brettzel stretch (thoracic rotation) 3 x 45 s each side; bird-dog w/ 3-s hold 2 x 10 each; dead bug 2 x 10 each.
            For: L5–S1 discogenic LBP w/ ↓ lumbar segmental control and a thoracic rotation limit; goal: drive the combine through harvest w/o a flare.
            Thoracic rotation L 35° / R 40°.
            """,
            ["M53.2X7"], [PT("97110", 17)], []),

        // Dynavision light-board drills in proactive and reactive modes, stepping and foam, one-on-one; visual-motor reaction and postural control after concussion — "Reaction scores printed, scanned to Media (03/04/2026 15:02)" gives no number and there is no dose: no measure.
        ["v3-h40-dynavision-scores-in-media"] = new(
            """
            Lakeshore Sports Concussion — NMR — 03/04/2026
            97112 — 20 min — one-on-one w/ PT, closed treatment room
            Dynavision light-board drills in standing: proactive mode, then reactive mode while stepping to a target mat, then on a foam pad; saccades between board quadrants; head-turn ball catches.
            Deficit: slowed visual-motor reaction and postural control under visual load (concussion, 01/2026).
            Reaction scores printed, scanned to Media (03/04/2026 15:02). Pt says the headache stayed mild.
            """,
            ["S06.0X0D"], [PT("97112", 20)], [At(Measure, "97112")]),

        // SpaceBalance 3D chair rotations with a fixation target and X1 on foam, 1 on 1, SOT composite — but no impairment, system or deficit anywhere: deficit missing.
        ["v3-h40-spacebalance-no-deficit"] = new(
            """
            Tidewater Balance & Vestibular — 03/04/2026
            97112 · 18 min · 1 on 1
            SpaceBalance 3D chair: graded rotations in pitch, then roll, then yaw, level 2, 4 cycles each, w/ a fixation target; then standing X1 viewing on foam 3 x 30 s.
            SOT composite 58 (47 at IE).
            Signed E. Marchetti, PT, DPT — 03/04/2026 13:37
            """,
            ["H81.393"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // OT 97530: energy conservation's "4 Ps" applied in cooking eggs and toast (cart, perching stool, planned seated breaks) and unloading dishes to a shelf; COPD endurance with a breakfast goal; SBA and counts: passes (SpO2 and litres are not the measure, the others are).
        ["v3-h40-ot-four-ps-cooking"] = new(
            """
            High Desert Hand & OT · OT daily · 03/04/2026
            97530 — 25 min
            Energy-conservation "4 Ps" (plan, pace, prioritize, position) in a real task: pt planned and cooked scrambled eggs and toast in the clinic kitchen — gathered items onto a rolling cart in one trip, sat on a perching stool at the stove, paced w/ 2 planned seated breaks; then unloaded 8 dishes to an upper shelf.
            Why: COPD w/ dyspnea on exertion and ↓ UE endurance; goal: make her own breakfast and lunch at home.
            Assist: SBA; SpO2 stayed ≥ 91% on 2 L; 2 cues to pace.
            """,
            ["J44.9"], [OT("97530", 25)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Re-evaluation signs done today (positive Romberg, absent vibration, toe position sense 1/5, absent ankle jerks) are the somatosensory deficit; one-on-one foam EC, weighted-vest tandem, called floor dots; Berg today: passes.
        ["v4-h40-reeval-signs-sensory-ataxia"] = new(
            """
            RE-EVALUATION + DAILY — Prairie Lutheran Outpatient Therapy — DOS 03/04/2026
            Re-eval findings today: Romberg positive (falls to the L at 6 s EC); vibration absent at B great toes, ↓ at the malleoli; great-toe position sense 1/5 correct B; ankle jerks absent.
            Daily treatment: 97112 — 23 min, one-on-one
              Stance on progressively softer foam w/ vision removed, mirror then no mirror; tandem walking in a 4-lb weighted vest for added input; stepping to numbered floor dots called out.
            Berg 43/56 today (38/56 at IE).
            Goals updated; POC extended 4 wk; cert sent to Dr. Haugen 03/05/2026.
            """,
            ["G62.9", "R26.81"], [PT("97112", 23)], []),

        // Contraversive pushing stated by its signs and its scale; visual-vertical feedback, elbow weight shifts, wall-side reaching, one-on-one; midline sitting seconds: passes.
        ["v4-h40-contraversive-pushing"] = new(
            """
            Lakeshore Neuro Outpatient · NMR · 03/04/2026
            97112 — 25 min — PT one-on-one
            Findings: pushes w/ the R arm/leg toward the L (hemiparetic) side in sitting and standing, resists correction to midline; Scale for Contraversive Pushing 3.5/6 (5.25/6 at IE).
            Tx: visual-vertical feedback w/ a door-frame line and mirror, sitting weight shifts onto the R elbow, standing at a high mat w/ the R side to the wall reaching toward the R, sit ↔ stand w/ the R foot back.
            Sitting unsupported at midline 45 s w/o pushing.
            """,
            ["I69.354", "R29.818"], [PT("97112", 25)], []),

        // PTA 97116: freezing at doorways and in turns, festination, en-bloc turns, ↓ arm swing are the deficits; laser-line cane and metronome cueing, hallway, cone turns, doorways; freezes k of 10, CGA/SBA: passes (bpm is not minutes).
        ["v4-h40-freezing-doorways-gait"] = new(
            """
            Cumberland Plateau PT — PTA gait note — 03/04/2026
            97116 · 17 min
            Gait training w/ a laser-line cane and metronome at 100 bpm: hallway 4 x 80 ft, 180° turns around a cone x 6, doorway passes x 10.
            Deviations: freezing at doorways and in turns, festinating steps, en-bloc turns, ↓ arm swing B.
            Freezing episodes 5 of 10 doorway passes (8/10 at the last progress note); CGA in turns, SBA straight.
            PTA: B. Keller  |  co-signed by supervising PT C. Ibanez 03/04/2026 16:41
            """,
            ["G20.B1"], [PTA("97116", 17)], []),

        // A screen that is all normal (sensation intact, coordination WNL, Romberg negative, no nystagmus) and no deficit anywhere: deficit missing; skilled 1:1 Dynadisc hops, SL Romberg with band perturbations, agility ladder; Y-balance and hop distance present.
        ["v4-h40-screen-all-normal"] = new(
            """
            Fox River Valley Rehab — NMR daily — 03/04/2026
            Screen today: sensation intact to light touch and vibration B LE; coordination WNL (heel-shin, finger-nose); Romberg negative; no nystagmus on head shake.
            97112 — 20 min — skilled 1:1
            Lateral hops onto a Dynadisc, single-leg Romberg on Airex w/ band perturbations at the knee, agility-ladder in-out steps w/ a cut on call.
            Y-balance composite 94% R / 97% L; single-leg hop for distance R 128 cm / L 131 cm.
            """,
            ["S93.401D"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // 97140: adhesive capsulitis by its capsular pattern (ER > abd > IR) and firm end-feel with degrees; posterior/inferior glides grade III–IV with bouts, distraction with oscillations, scapular mobs; post degrees: passes.
        ["v4-h40-capsular-pattern-manual"] = new(
            """
            Harbor Point PT — 97140 — 03/04/2026
            L shoulder adhesive capsulitis, frozen phase: ER 20° at side, abd 85°, IR to L5 (capsular pattern ER > abd > IR), firm capsular end-feel.
            MT 16 min: posterior and inferior GH glides grade III–IV, 4 x 45 s each; long-axis distraction w/ ER oscillations 3 x 30 s; scapular upward-rotation mobs in sidelying 2 x 60 s.
            Post: ER 28°, abd 96°.
            """,
            ["M75.02"], [PT("97140", 16)], []),

        // OT 97530 after carpal tunnel release: grip kg, opposition to the ring finger only and 2-pt discrimination are the impairment, with a dressing-for-shift goal; shirt buttons, jacket zip, boots, washers sorted; counts: passes.
        ["v4-h40-ot-hand-findings"] = new(
            """
            High Desert Hand & OT · 03/04/2026 · OT
            97530 — 22 min
            Buttoning a 7-button work shirt, zipping a jacket, tying work boots, picking up and sorting washers and nuts from a tray into a parts bin.
            L hand after carpal tunnel release (6 wk): grip 12 kg L vs 28 kg R, thumb opposes only to the ring finger, 2-pt discrimination 8 mm at the index tip.
            Goal: dress for his shift w/o his wife's help.
            Buttons 7/7 (5/7 at IE); boots tied independently; 40 washers sorted, 3 dropped.
            """,
            ["G56.02"], [OT("97530", 22)], []),

        // PTA 97110 with sit-to-stand, marches, step-ups and bridges with doses but "Deficit/goal: see PT eval 02/09/2026" and no region, impairment or goal anywhere: deficit missing.
        ["v4-h40-te-see-eval-for-deficit"] = new(
            """
            TE flowsheet — 03/04/2026 — PTA
            97110 — 15 min
            sit-to-stand from an 18-in. chair 3 x 10
            standing marches 2 x 20
            lateral step-ups, 6-in. step, 2 x 10 each side
            bridges 2 x 12
            Deficit/goal: see PT eval 02/09/2026
            Electronically signed: V. Oduya, PTA 03/04/2026 10:22 · co-signed: M. Friedman, PT 03/04/2026 18:05
            """,
            ["M62.81"], [PTA("97110", 15)], [At(Deficit, "97110")]),

        // Lateropulsion to the R with R limb ataxia after a lateral medullary infarct is the deficit by its signs; mirror tape reorientation, tilt-board sitting, wall-cued weight shift, heel placement to marks, one-on-one; k of 10 twice: passes.
        ["v4-h40-lateropulsion-limb-ataxia"] = new(
            """
            Lakeshore Neuro Outpatient — NMR — 03/04/2026 — visit 6
            97112 — 24 min — one-on-one
            Lateropulsion to the R w/ R limb ataxia (R lateral medullary infarct, 01/2026): leans and drifts R in sitting and standing, overshoots R heel-shin.
            Tx: midline reorientation w/ vertical tape on the mirror, sitting on a tilt board w/ lateral displacements, standing L weight shift against a wall cue, heel placement to floor marks w/ the R LE.
            Tilt-board recoveries 8/10 w/o hand support; R heel-to-mark accuracy 6/10.
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // 97110 after TKA: a 15° quad lag, knee buckling on stair descent and 3+/5 quads are the targeted findings, with a home-stairs goal; quad sets, SLR, TKE, step-downs, bike with doses: passes.
        ["v4-h40-quad-lag-buckling"] = new(
            """
            Willow Creek Outpatient — 03/04/2026 — R TKA 5 wk
            TE 97110 · 19 min
            Quad sets over a towel roll 2 x 15 (5-s hold), SLR 3 x 10 w/ 1#, TKE w/ green band 3 x 15, step-downs off a 4-in. step 2 x 10, recumbent bike rocking → full revolutions.
            Findings targeted: 15° quad lag on SLR, knee buckles on stair descent, R quad 3+/5.
            Goal: reciprocal stairs at home (14 steps to the bedroom).
            """,
            ["Z47.1", "Z96.651"], [PT("97110", 19)], []),

        // 97140: R TMJ hypomobility by its findings (opening 28 mm with deflection, clicking, trigger points); intraoral distraction and lateral glide grade III with bouts, masseter/pterygoid release; opening mm after: passes.
        ["v4-h40-tmj-deflection"] = new(
            """
            Harbor Point PT — TMD — 03/04/2026
            97140 — 12 min
            Intraoral R TMJ long-axis distraction grade III 3 x 30 s; lateral glide to the L grade III 3 x 30 s; masseter and lateral pterygoid STM / trigger-point release 2 x 60 s each.
            Impairment: R TMJ hypomobility — opening 28 mm w/ deflection to the R, clicking on closing; masseter trigger points; limits chewing.
            Opening after tx 34 mm, less deflection.
            """,
            ["M26.621"], [PT("97140", 12)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Progress-note outcome table (IE / 4 wk / Today) with Mini-BESTest, gait speed and sharpened Romberg; today's one-on-one reactive stepping, dual-task backward walking, pad SLS with perturbations; reactive stepping and postural control: passes.
        ["v5-h40-progress-note-outcome-table"] = new(
            """
            10th VISIT PROGRESS NOTE (Medicare) — DOS 03/04/2026
            Outcome measure       IE 01/14   4 wk 02/11   Today 03/04
            Mini-BESTest          14/28      18/28        21/28
            Gait speed (10MWT)    0.71 m/s   0.84 m/s     0.93 m/s
            Sharpened Romberg     3 s        8 s          13 s
            Today's 97112 (22 min; one-on-one): reactive stepping to lean and release in 4 directions, backward walking w/ a cognitive task, single-leg stance on a balance pad w/ arm perturbations.
            Impairments: delayed reactive stepping, ↓ postural control in tandem and SLS (multifactorial fall risk; peripheral neuropathy).
            Assessment: improving; continue 2x/wk x 4 wk — recert signed by physician 03/05/2026.
            """,
            ["R26.81", "G62.9"], [PT("97112", 22)], []),

        // Dual-task cost (single 1.21 vs dual 0.88 m/s, 27%) and Trail Making B seconds; serial-7s gait, tandem with tosses, colour-cone turns, 1:1; postural control under cognitive load after concussion: passes.
        ["v5-h40-dual-task-cost-trail-making"] = new(
            """
            Kettle Moraine Therapy — Concussion NMR — 03/04/2026
            97112 | 20 min | 1:1
            Dual-task gait w/ serial 7s and category naming, tandem walking w/ ball tosses, quick-turn stepping to colour cones called out.
            Deficits: ↓ postural control under cognitive load, slowed processing (post-concussion, 7 wk).
            Single-task gait speed 1.21 m/s; dual-task 0.88 m/s (dual-task cost 27%; was 41%). Trail Making B 84 s.
            """,
            ["S06.0X0D", "F07.81"], [PT("97112", 20)], []),

        // The previous visit's "Berg 41/56, TUG 15.2 s, tandem EC 4 s" under "Today (not re-tested)": no number of today and no dose; one-on-one rocker EC, pelvic perturbations, noodle step-overs; neuropathic proprioception: no measure.
        ["v5-h40-prior-visit-scores-not-retested"] = new(
            """
            Fox River Valley Rehab — Daily — 03/04/2026
            Previous visit (03/02): "Berg 41/56, TUG 15.2 s, tandem EC 4 s."
            Today (not re-tested):
            97112 — 22 min — PT one-on-one
            Rocker board A/P then M/L w/ eyes closed; manual perturbations at the pelvis in tandem; stepping over a pool noodle w/ head turns.
            Deficits: ↓ ankle proprioception B and delayed postural responses (chemo-induced peripheral neuropathy).
            Tolerated; cues for upright posture.
            """,
            ["G62.0"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PTA 97116 whose only numbers are LTG targets ("amb 500 ft w/ SPC, mod I", "4 stairs") with statuses; today's SPC hallway/lot and stairs with cues and deviations give no distance, assistance level or count: measure missing.
        ["v5-h40-ltg-targets-only-gait"] = new(
            """
            Willow Creek Outpatient — PTA gait — 03/04/2026
            LTG 1 (POC 02/03): amb 500 ft w/ SPC, mod I, community surfaces — progressing
            LTG 2: 4 stairs w/ rail, reciprocal — progressing
            97116 — 15 min
            Gait training w/ SPC in the hallway and the parking lot; cues for L heel strike, even step length and cane sequencing; stair practice w/ the rail.
            Deviations: L foot flat at initial contact, short R step, ↓ L knee flexion in swing.
            PTA: D. Sutherland — co-signed K. Varga, PT
            """,
            ["I69.398"], [PTA("97116", 15)], [At(Measure, "97116")]),

        // Skilled 1:1 PNF with rhythmic initiation, quadruped stabilization, tall-kneel shifts for SCI recruitment — the only numbers are an encounter number, visit and authorisation counts, NPI, dates, clock times and a version: no measure.
        ["v5-h40-only-audit-numbers"] = new(
            """
            Encounter #448213 · DOS 03/04/2026 · Visit 8 of 12 · Auth 12 visits (expires 04/30/2026)
            97112 — 25 min — skilled 1:1 w/ PT
            PNF D1/D2 LE patterns w/ rhythmic initiation in sidelying → quadruped; quadruped rhythmic stabilization; tall-kneel weight shifts w/ manual resistance.
            Deficit: ↓ L hip motor recruitment and timing (incomplete SCI, L2 AIS C).
            Electronically signed by N. Ferreira, PT, NPI 1427051983, 03/04/2026 17:44 · version 2 · last edited 03/04/2026 17:50
            """,
            ["G82.22"], [PT("97112", 25)], [At(Measure, "97112")]),

        // 30-day re-evaluation numbers taken today (FGA, 5xSTS, MMT) beside the daily 97112 (21, one-on-one; sliders, perturbed stepping, half-dome) and 97110 (15, doses): both minutes match, today's numbers count: passes.
        ["v5-h40-reeval-numbers-today"] = new(
            """
            RE-EVALUATION (30-day) and daily treatment — DOS 03/04/2026
            Re-eval objective (today): FGA 22/30 (16/30 at IE); 5xSTS 12.9 s (18.4 s at IE); hip abd 4/5 B (3+/5 at IE).
            Treatment today:
             97112 (21 min) — one-on-one: slip simulation on low-friction sliders, forward/backward perturbed stepping, SLS on a half dome w/ ball toss.
               Postural control and hip-strategy deficits (fall risk after R hip ORIF).
             97110 (15 min): sidelying hip abd 3 x 12 w/ 2#, sidestepping w/ band 3 x 20 ft, step-ups 8-in. 2 x 10; R hip abductor weakness.
            Re-cert requested 03/04/2026 from Dr. Okafor.
            """,
            ["S72.141D", "R26.81"], [PT("97112", 21), PT("97110", 15)], []),

        // 97140 cervical: suboccipital release, C2–C3 unilateral PA and upper-thoracic PA with grades and bouts; C2–C3 hypomobility with cervicogenic headache; rotation and flexion-rotation test degrees: passes.
        ["v5-h40-cervical-rotation-degrees"] = new(
            """
            Harbor Point PT · cervical · 03/04/2026
            97140 x 13 min
            Suboccipital release 2 x 90 s; C2–C3 R unilateral PA grade III 3 x 30 s; upper-thoracic (T1–T3) central PA grade IV 3 x 20 s.
            R C2–C3 hypomobility w/ cervicogenic headache; limited R rotation.
            Cervical rotation R 52° → 64° after; flexion-rotation test R 28° → 36°.
            """,
            ["M54.2", "M53.0"], [PT("97140", 13)], []),

        // PTA 97530: birdseed-bag floor-to-waist lifts with load and count, porch carry, feeder hanging from a stool, kneel-to-stand at a planter; yard goal after TKA; SBA/CGA and counts: passes.
        ["v5-h40-pta-ta-loads-counts"] = new(
            """
            Willow Creek Outpatient — PTA — Ther act — 03/04/2026
            97530 — 24 min
            Floor-to-waist lifts of a 15-lb bag of birdseed x 6; carry 40 ft to the mock porch; refilling a feeder hung at shoulder height from a 2-step stool x 4; kneel-to-stand at the planter box x 5 w/ one hand on the box.
            Goal: keep up her bird feeders and planter in the yard (R TKA, 10 wk).
            Assist: SBA for stool steps, CGA for kneel-to-stand; 1 rest.
            """,
            ["Z96.651"], [PTA("97530", 24)], []),

        // 97110 in metric: leg press and knee extension in kg, Spanish squat holds, tibialis raises, 15-cm step-downs; quadriceps weakness by dynamometry (kgf) and stair pain after patellar tendon repair: passes.
        ["v5-h40-te-metric-loads"] = new(
            """
            TE 97110 — 18 min — 03/04/2026
            Leg press 3 × 12 @ 40 kg; seated knee ext 3 × 10 @ 7 kg L; Spanish squat w/ strap 4 × 30 s; tibialis raises against the wall 2 × 15; step-downs 15 cm 3 × 8 L.
            L quadriceps weakness (HHD knee ext L 21 kgf / R 33 kgf) and anterior knee pain on stairs after L patellar tendon repair (16 wk).
            """,
            ["M76.52"], [PT("97110", 18)], []),

        // One-on-one tilt board, foam tandem with head turns, off-balance catches, hurdles for ankle proprioception — "Steadier on foam than Monday per pt and spouse; fewer grabs for the rail; less assist needed" has no number and there is no dose: no measure.
        ["v5-h40-steadier-than-monday"] = new(
            """
            Daily — Harbor Point PT — 03/04/2026
            97112 · 20 min · one-on-one
            Tilt-board weight shifting, foam-pad tandem stance w/ head turns, catching a ball off balance, stepping over hurdles on command.
            Targets: ↓ postural control and ankle proprioception (R ankle fx ORIF, healed).
            Steadier on foam than Monday per pt and spouse; fewer grabs for the rail; less assist needed.
            """,
            ["S82.851D"], [PT("97112", 20)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, missing separate time

        // "NMR 97112 — 30 min … [amended]" and "Amended … NMR minutes corrected to 23" against a 23-min line; TE 15 matches; treadmill belt-tug perturbations, foam beam, SLS; ankle instability proprioception; SLS and k of 10; TE doses for evertor weakness: passes (mph is a speed).
        ["v6-h40-amended-minutes-match"] = new(
            """
            Kettle Moraine Therapy · Daily · 03/04/2026
            NMR 97112 — 30 min — 1:1 w/ PT   [amended]
              perturbation training on a treadmill at 1.0 mph (manual belt tugs at the waist), foam-beam tandem, SLS w/ rapid arm movements
              impaired reactive postural control and R ankle proprioception (R chronic ankle instability, 3 sprains)
              SLS on foam R 9 s (L 24 s); perturbations recovered w/o a step 7/10
            TE 97110 — 15 min
              heel raises off a step 3 x 15 R, banded ankle eversion 3 x 15, lateral band walks 3 x 20 ft — R peroneal and calf weakness (eversion 4-/5)
            Amended 03/04/2026 17:48 by L. Haataja, PT: NMR minutes corrected to 23 (timer left running through a phone call); TE unchanged.
            """,
            ["M25.371"], [PT("97112", 23), PT("97110", 15)], []),

        // OT "97530 · 28 min" then "Note amended 03/05/2026 … 97530 minutes corrected to 18", but the line still bills 28: the corrected time differs, mismatch; laundry tasks, cuff-repair elevation/endurance, laundry goal, CGA/SBA complete.
        ["v6-h40-amended-ot-line-not-updated"] = new(
            """
            High Desert Hand & OT · OT · 03/04/2026
            97530 · 28 min
            Laundry: lifting wet towels from a front loader into a basket (6 loads of about 3 lb), carrying the basket 30 ft, hanging shirts on a closet rod at shoulder height x 8, folding towels standing at the counter.
            L shoulder after rotator-cuff repair (14 wk) — ↓ elevation and endurance; goal: do her own laundry.
            CGA for the basket carry, SBA otherwise; 2 rests.
            Note amended 03/05/2026 09:10 by M. Teague, OTR/L — reason: time entry; 97530 minutes corrected to 18.
            """,
            ["M75.122"], [OT("97530", 28)], [At(Mismatch, "97530")]),

        // "Per last note (03/02/2026): '97112 30' | 97116 15''" is another date's time; today's "97112 22'" and "97116 16'" match the lines; X1 on foam, VORc walking, EC head tilts; R hypofunction; DGI and k of 4; gait on grass/gravel, curbs; wide BOS; SBA and feet: passes.
        ["v6-h40-last-note-minutes-differ"] = new(
            """
            Tidewater Balance & Vestibular — DOS 03/04/2026
            Per last note (03/02/2026): "97112 30' | 97116 15' — DGI 16/24."
            Today:
            97112 22' — one-on-one: X1 viewing w/ head turns on foam 3 x 40 s; VOR-cancellation walking (thumb target) 4 x 40 ft; standing on foam EC w/ head tilts 3 x 20 s.
              R vestibular hypofunction after labyrinthitis: gait veers on head turns, ↑ sway on foam.
              DGI 19/24 today; VOR-cancellation walk 4 of 4 passes w/o LOB.
            97116 16' — gait on the grass/gravel loop out back 2 x 300 ft w/o AD, curbs x 6, quick direction changes on cue; wide BOS and slowed cadence on uneven ground; SBA.
            """,
            ["H83.01"], [PT("97112", 22), PT("97116", 16)], []),

        // Today gives only "total timed minutes: 38"; the per-code minutes are the previous visit's, carried forward: separate time missing (not a mismatch — they are another date's); NMR one-on-one and TE content complete.
        ["v6-h40-previous-visit-minutes-only"] = new(
            """
            Fox River Valley Rehab — DOS 03/04/2026
            Previous visit (02/27/2026), carried forward: "NMR 97112 25 min, TE 97110 13 min."
            Today — total timed minutes: 38
            NMR (one-on-one): half-kneel and tall-kneel rhythmic stabilization; stepping onto a half foam roll w/ hand-held perturbations; step-and-reach to clock targets on foam.
              Deficit: ↓ R LE motor recruitment and postural control (L MCA CVA 10/2025). Berg 45/56.
            TE: R hip abd sidelying 3 x 10, bridges w/ R bias 3 x 10, R knee ext w/ 3# 3 x 12; R hip/knee weakness 3+/5.
            """,
            ["I69.351"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // Three codes with a billing table "CPT | Description | Timed min | Units" (97110 16, 97140 9, 97530 15, a bundled hot pack with no minutes), all match; TKA exercises, patellar/tibiofemoral glides with degrees, car/laundry/stairs tasks with SBA/CGA and goals: passes.
        ["v6-h40-billing-table-three-codes"] = new(
            """
            Prairie Lutheran Outpatient Therapy — DOS 03/04/2026 — L TKA 6 wk
            TE: stationary bike full revolutions, seat 7; heel slides w/ strap 2 x 15; prone knee hangs w/ 2# 3 x 60 s; terminal knee ext w/ band 3 x 12 — L knee flexion limit 98° and quad weakness 4-/5.
            MT: patellar glides sup/inf/med grade III 3 x 30 s; tibiofemoral posterior glides grade III 3 x 30 s; scar mobilization along the incision — post-op L knee flexion restriction; flexion 98° → 104° after.
            Ther act: car transfer into a sedan-height seat x 4, floor-to-chair recovery x 2, carrying a laundry basket up/down 4 stairs x 3; SBA/CGA; goal: drive to church and take the laundry to the basement.
            BILLING
             CPT    Description            Timed min  Units
             97110  Therapeutic exercise   16         1
             97140  Manual therapy         9          1
             97530  Therapeutic activ.     15         1
             97010  Hot pack (bundled)     —          0
             Total timed code minutes: 40 · Total treatment time: 52
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 16), PT("97140", 9), PT("97530", 15)], []),

        // "CHARGES: 97112 ×2 u | 97110 ×1 u | total timed 38 min": units and a total, no minutes for either code: separate time missing; NMR 1:1 and TE content complete.
        ["v6-h40-charges-units-only"] = new(
            """
            Harbor Point PT · daily · 03/04/2026
            CHARGES: 97112 ×2 u  |  97110 ×1 u  |  total timed 38 min
            NMR (1:1 w/ PT): rocker board M/L w/ EC 3 x 30 s; perturbations in tandem at the shoulders; gaze holds during step-ups onto a 4-in. foam block.
              Deficit: ↓ somatosensory input from B feet w/ postural sway (diabetic neuropathy). Berg 46/56.
            TE: seated knee ext 3 x 12 w/ 4#, standing hip ext w/ band 2 x 15, calf raises 3 x 10 — B LE weakness 4-/5.
            """,
            ["E11.42"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // "LATE ENTRY — written 03/06/2026 … 97116 gait training — 25 min" against a 15-min line: mismatch; bariatric rollator tile/ramp/curbs, wide BOS and sway, SBA/CGA and distances complete.
        ["v6-h40-late-entry-gait-mismatch"] = new(
            """
            LATE ENTRY — written 03/06/2026 10:14 for DOS 03/04/2026 (EMR was down at the satellite clinic)
            97116 gait training — 25 min
            Bariatric rollator on level tile 3 x 120 ft, ramp up/down x 2, 2 curbs w/ rollator lift; cues for step length and upright trunk.
            Wide BOS w/ lateral sway, short step length, trunk flexion; SBA on level, CGA on curbs.
            Signed C. Navarro, PT 03/06/2026 10:31
            """,
            ["R26.2", "E66.01"], [PT("97116", 15)], [At(Mismatch, "97116")]),

        // "Time in 09:02 · Time out 09:40" with "97112 — 24 min" and "97110 — 14 min", both match; wobble-board perturbations, carioca, EC tandem on a 2x4; proprioception after ankle ORIF; steps and SLS seconds; TE doses for calf/evertor weakness: passes.
        ["v6-h40-time-in-out-and-code-minutes"] = new(
            """
            Cumberland Plateau PT — DOS 03/04/2026 — Time in 09:02 · Time out 09:40
            97112 — 24 min — one-on-one, PT w/ pt throughout
              Wobble board w/ PT-applied perturbations A/P, 3 x 10; carioca along 20 ft x 4; tandem walk on a 2x4 EC w/ spotting, 4 passes.
              For: ↓ proprioception and anticipatory postural control after R ankle ORIF.
              Tandem on the 2x4 EC: 6 steps before stepping off (3 last wk); SLS R 14 s.
            97110 — 14 min
              Eccentric heel drops off a step R 3 x 12; resisted DF/eversion w/ band 3 x 15; R calf and evertor weakness (4-/5), ankle DF 5°.
            Electronically signed: R. Alvarez, PT 03/04/2026 09:58
            """,
            ["S82.61XD"], [PT("97112", 24), PT("97110", 14)], []),

        // PT and OT the same afternoon: the PT's "97112 — 20 min" matches; the OT's "97530 — 25 min" is against a 15-min OT line: mismatch on 97530 only; both sections complete.
        ["v6-h40-pt-ot-afternoon-ot-differs"] = new(
            """
            Lakeshore Neuro Outpatient — PT then OT, same afternoon — 03/04/2026
            PT — 97112 — 20 min — PT one-on-one
              Sit ↔ stand w/ a bathroom scale under each foot for R weight acceptance; reaching across midline on foam; rhythmic stabilization at the pelvis in stride stance.
              R hemiparesis — ↓ R LE weight acceptance and motor control.
              R scale 42% BW (35% last wk); SLS R 3 s.
            OT — 97530 — 25 min
              Grooming at the sink in standing: shaving w/ the R hand, taking items from the medicine cabinet, wiping the counter w/ the R UE.
              Goal: groom standing at home. CGA in standing; min cues x 3 for R-side attention.
            """,
            ["I69.398", "R26.89"], [PT("97112", 20), OT("97530", 15)], [At(Mismatch, "97530")]),

        // Note gives "NMR + gait 38 min (combined)"; the signed "Addendum 03/05/2026 08:20 — time by code for the 03/04 visit: 97112 23 min, 97116 15 min" gives each, both match; NMR one-on-one and gait content complete: passes.
        ["v6-h40-addendum-time-by-code"] = new(
            """
            Willow Creek Outpatient — DOS 03/04/2026
            NMR + gait 38 min (combined)
            NMR, one-on-one: sidelying → sitting rhythmic stabilization; step-and-hold on a foam block; forward lunge w/ PT perturbation at the pelvis.
              ↓ postural control and L LE proprioception after L ankle fx. mCTSIB foam EO 30 s, EC 12 s.
            Gait: SPC → no AD on tile 4 x 100 ft, grass 150 ft; L antalgic pattern w/ ↓ L stance time, vaulting on the R; SBA.
            Addendum 03/05/2026 08:20 — time by code for the 03/04 visit: 97112 23 min, 97116 15 min. — P. Yoon, PT
            """,
            ["R26.89", "M62.81"], [PT("97112", 23), PT("97116", 15)], []),

        // One timed code: the EMR footer "Timed minutes: 15 | Untimed minutes: 0 | Total treatment minutes: 15" against a 25-min 97110 line: mismatch; hip/knee exercises with doses for weakness and a stairs goal complete.
        ["v6-h40-one-code-footer-mismatch"] = new(
            """
            Kettle Moraine Therapy · TE · 03/04/2026
            97110: wall sits 3 x 30 s, lateral band walks 3 x 25 ft, single-leg RDL to a box 2 x 8 B, step-ups 8-in. 3 x 10 B.
            B hip abductor and quad weakness (4-/5) w/ knee OA; goal: carry groceries up the 3 flights to his apartment.
            Timed minutes: 15 | Untimed minutes: 0 | Total treatment minutes: 15
            """,
            ["M17.0"], [PT("97110", 25)], [At(Mismatch, "97110")]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a PT visit with 97110 and 97140: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h40-empty-te-and-manual"] = new(
            "",
            ["M25.511"], [PT("97110", 15), PT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // Spaces and CR/LF only on an OT 97530 visit sent without a diagnosis: missing on 97530, and the diagnosis check.
        ["v7-h40-blank-lines-ot-no-diagnosis"] = new(
            "  \r\n \r\n   ",
            [], [OT("97530", 20)], [At(NoteMissing, "97530"), Dx]),

        // "Tx per plan, tolerated." with an e-signature and a co-signature is not empty: judged on content it names nothing but generic phrases and no one-on-one.
        ["v7-h40-generic-line-and-signatures"] = new(
            """
            Tx per plan, tolerated.
            Electronically signed by G. Whitfield, PTA 03/04/2026 14:22
            Co-signed by supervising PT L. Brandt 03/04/2026 17:40
            """,
            ["R26.81"], [PTA("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // 97110 whose only target is the functional goal "push the reel mower up the side hill again", which the contract counts as the deficit; sled push, step-ups, farmer carry and sit-to-stand with loads and doses: passes.
        ["v7-h40-te-functional-goal-only"] = new(
            """
            97110 — 16 min
            Sled push w/ 45 lb on the turf 4 x 40 ft; step-ups onto a 10-in. box 3 x 10 ea; farmer carry 20 lb ea hand 3 x 60 ft; sit-to-stand w/ 15-lb KB 3 x 10.
            Goal: push the reel mower up the side hill again this spring.
            """,
            ["M62.81"], [PT("97110", 16)], []),

        // 97530 by the contract: dynamic functional activities (sedan transfers with the walker, soil-bag lift to the counter, potting at standing height) for a gardening goal with CGA/min A and counts: passes.
        ["v7-h40-ta-meaning"] = new(
            """
            Ther act 97530 — 23 min
            Transfers in/out of a low sedan seat w/ the walker x 5; lifting a 10-lb bag of potting soil from the floor to the counter x 6; repotting 3 geraniums standing at the potting bench.
            Goal: get back to her container garden on the back deck (s/p L TKA).
            Min A for the first 2 sedan transfers → CGA for the last 3; SBA at the bench.
            """,
            ["Z96.652"], [PT("97530", 23)], []),

        // 97140 by the contract: named techniques (talocrural posterior glides, subtalar lateral glides, distraction) with region, impairment, grades, bouts and DF degrees: passes.
        ["v7-h40-manual-meaning"] = new(
            """
            MT 97140, 11 min — R ankle post-immobilization stiffness (boot 6 wk): DF 2° → talocrural posterior glides grade III–IV 4 x 30 s, subtalar lateral glides grade III 3 x 30 s, long-axis distraction 3 x 30 s. DF after 8°.
            """,
            ["S82.61XD"], [PT("97140", 11)], []),

        // 97116 by the contract: gait training named with its device and surfaces (quad cane on tile, carpet, 3 steps), deviations as the deficit, feet and SBA/CGA as the measure: passes.
        ["v7-h40-gait-meaning"] = new(
            """
            Gait trng 97116 (14 min): small-base quad cane on tile 2 x 120 ft and carpet 80 ft, 3 steps w/ rail step-to; R knee hyperextension in mid-stance, ↓ R push-off, short L step. SBA on tile, CGA on carpet and steps.
            """,
            ["I69.351"], [PT("97116", 14)], []),

        // PT 97110 "TE as per flowsheet. Tol well. Cont POC." with a signature and a "last edited" line: only generic phrases — no exercise, region or dose.
        ["v7-h40-generic-te"] = new(
            """
            TE as per flowsheet. Tol well. Cont POC.
            Electronically signed: A. Kaur, PT 03/04/2026 12:40 · last edited 03/04/2026 12:41
            """,
            ["M54.59"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // OT 97530 "Functional activities performed as tolerated; continue per plan." with an audit line: generic only.
        ["v7-h40-generic-ta"] = new(
            """
            OT — 03/04/2026
            Functional activities performed as tolerated; continue per plan.
            Version 1 · created by M. Teague, OTR/L 03/04/2026 15:02
            """,
            ["M62.81"], [OT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Two codes, 23 and 15, both match; one-on-one reactive backward/lateral stepping, EC foam rotations, broom-handle step-overs; backward protective stepping and visual dependence; k of 8 and EC seconds; TE doses for hip/plantarflexor weakness; an addendum about a mailed handout changes nothing: passes.
        ["vord-h40-addendum-handout-mailed"] = new(
            """
            FOX RIVER VALLEY REHAB · Daily Note · DOS 03/04/2026 · Visit 11
            S: Walked to the mailbox daily; one near-fall on wet leaves Saturday.
            97112 NMR — 23 min — 1:1
             • backward and lateral stepping to a voice cue after a light push at the sternum/shoulder, 3 x 8 each direction
             • narrow stance on a foam pad, EC, w/ trunk rotations 3 x 30 s
             • stepping over a broom handle w/ head turns, 10 each lead leg
             Targets: delayed backward protective stepping, ↓ postural control w/ vision removed (hx of 3 falls).
             Today: backward-step recoveries w/o assist 6/8; foam EC 18 s (9 s at IE).
            97110 TE — 15 min
             • sit-to-stand w/ a 10-lb KB 3 x 8  • standing hip ext w/ red band 2 x 12 B  • heel raises 3 x 15
             B hip extensor / plantarflexor weakness (hip ext 4-/5) limiting the steps into the house.
            Electronically signed: J. Marchetti, PT 03/04/2026 15:12
            Addendum 03/05/2026 08:03: HEP handout reissued by mail — pt misplaced his copy. No change to the 03/04 treatment. — J. Marchetti, PT
            """,
            ["R29.6", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Progress report with STG/LTG statuses and planned interventions quoted, then today's 97112 (22, one-on-one; PNF pelvic slow reversals, step taps, tandem; R motor control; tandem s) and 97116 (15; SPC, turns, stairs; hyperextension; ft, SBA/CGA): passes.
        ["vord-h40-progress-report-goals-two-codes"] = new(
            """
            LAKESHORE NEURO OUTPATIENT — PROGRESS REPORT (visits 1–10) + DAILY NOTE
            DOS 03/04/2026 · reporting period 02/04/2026–03/04/2026
            Goals
             STG 1  Sit ↔ stand w/o UE, 5 reps — MET
             STG 2  Berg ≥ 40/56 — MET (42/56 today)
             LTG 1  Amb 300 ft w/ SPC, SBA, indoor surfaces — PROGRESSING (220 ft today, SBA)
             LTG 2  Berg ≥ 46/56 — PROGRESSING
            Planned interventions (POC): NMR, gait training, ther ex, HEP; 2x/wk.
            Today's treatment
             97112 · 22 min · PT one-on-one — PNF pelvic elevation/depression in sidelying w/ slow reversals; standing R/L weight shifts onto a 2-in. step w/ tapping; tandem stance w/ counter touch → no touch. R-sided motor control and weight-acceptance deficit (L pontine infarct, 11/2025). Tandem 8 s, R foot behind.
             97116 · 15 min — SPC on tile 220 ft x 2, 3 turns around cones, 4 steps w/ rail; R knee hyperextension and short L step; SBA on level, CGA on stairs.
            Electronically signed by Graham Teller, PT, DPT 03/04/2026 16:30
            """,
            ["I69.351", "R26.89"], [PT("97112", 22), PT("97116", 15)], []),

        // PTA 97530 with loaded shopping-cart pushing, shelf reaches, trunk unloading and a curb; grocery goal after hip arthroplasty; SBA/CGA, counts and distances; e-signed and co-signed: passes.
        ["vord-h40-pta-ta-cart-cosigned"] = new(
            """
            Cumberland Plateau PT — PTA — DOS 03/04/2026
            97530 ther act · 22 min
            Pushing a loaded shopping cart (20 lb of cans) 2 x 150 ft in the hall w/ 2 stops to reach top and bottom shelves; unloading to a car-trunk mock-up x 8 items; stepping up a 7-in. curb w/ the cart x 4.
            Goal: do her own grocery shopping after L hip arthroplasty (8 wk); hip/trunk endurance limiting.
            SBA with the cart, CGA on the curb; 1 standing rest.
            Electronically signed: T. Ridley, PTA 03/04/2026 11:49 · Co-signed by supervising PT A. Sorensen, PT 03/04/2026 17:10
            """,
            ["Z96.642"], [PTA("97530", 22)], []),

        // OT hand clinic after distal radius ORIF: 97110 15 (tendon glides, cuff, putty, hammer) and 97140 10 (radiocarpal and DRUJ glides grade III with bouts, scar massage); wrist/forearm limits, grip kg, cooler-and-key goal; degrees; a "last edited (spelling)" line: passes.
        ["vord-h40-ot-distal-radius-te-mt"] = new(
            """
            High Desert Hand & OT — OT daily — 03/04/2026 — R distal radius fx ORIF, 9 wk
            Ther ex 97110 — 15 min: tendon glides 10 x each position; wrist ext/flex w/ a 1-lb cuff 3 x 10; putty pinch/grip (green) 3 x 15; forearm sup/pron w/ a hammer 2 x 15.
            Manual 97140 — 10 min: radiocarpal dorsal/volar glides grade III 3 x 30 s; distal radioulnar joint glides grade III 3 x 30 s; scar massage over the volar incision.
            Limits: wrist ext 45°, sup 60°, grip 14 kg R (30 kg L); goal: carry his lunch cooler and turn a key.
            Wrist ext after MT 52°.
            Electronically signed R. Bellamy, OTR/L, CHT 03/04/2026 12:20 · last edited 03/04/2026 12:26 (spelling)
            """,
            ["S52.571D"], [OT("97110", 15), OT("97140", 10)], []),

        // Re-evaluation section (lumbar ROM %, MMT, Oswestry, 30-s chair stand) beside 97110 20 (hinge, KB deadlift, side plank, farmer carry with doses) for trunk/hip extensor weakness and lifting pain: passes.
        ["vord-h40-reeval-and-te"] = new(
            """
            PRAIRIE LUTHERAN OUTPATIENT THERAPY — RE-EVALUATION (visit 13) with treatment — DOS 03/04/2026
            Re-eval: lumbar flexion 60% of normal, ext 50%; hip ext 4-/5 B; Oswestry 28% (44% at IE); 30-s chair stand 11.
            Goals revised: LTG now independent lifting of 20-lb feed bags; POC 4 more wk, 2x/wk.
            Treatment 97110 — 20 min: hip hinge w/ dowel 3 x 10, KB deadlift 15 lb 3 x 8, side plank on knees 3 x 20 s B, farmer carry 20 lb each hand 4 x 50 ft.
            For trunk/hip extensor weakness and flexion-bias lumbar pain w/ lifting.
            """,
            ["M54.59"], [PT("97110", 20)], []),

        // The whole note is a late entry ("Documented 03/05/2026 07:40 for DOS 03/04/2026 (power outage)"): one-on-one agility ladder, half-dome lunges with pushes, Airex catches; patellofemoral proprioception and dynamic valgus; Y-balance cm and k of 10: passes.
        ["vord-h40-late-entry-whole-note"] = new(
            """
            *** LATE ENTRY *** Documented 03/05/2026 07:40 for DOS 03/04/2026 (power outage at the clinic)
            97112 — 24 min — one-on-one w/ PT, no other pts in the gym
            Agility ladder: in-in-out-out and lateral shuffles fwd/back, 4 passes each; lunge-to-balance on a half dome w/ PT's pushes at the shoulders, 3 x 8 each LE; catching off-center tosses on Airex.
            Deficit: R knee proprioceptive and neuromuscular control after MPFL reconstruction (5 mo) — dynamic valgus on landing, ↓ SLS control.
            Y-balance anterior R 61 cm / L 68 cm; knee valgus on lateral step-down 3 of 10 reps (7/10 last wk).
            Late entry signed: S. Oyelaran, PT 03/05/2026 07:55
            """,
            ["S83.004D"], [PT("97112", 24)], []),

        // Complete co-signed PTA 97110 (rows, wall push-ups, retraction, flexion with doses; shoulder weakness after humerus fx; top-cupboard goal) sent with no diagnosis.
        ["vord-h40-pta-te-no-diagnosis"] = new(
            """
            PTA daily 03/04/2026 — 97110, 18 min
            Seated rows w/ green tubing 3 x 12, wall push-ups 2 x 12, scapular retraction w/ 5-s hold x 15, standing shoulder flexion w/ 1# to 120° 2 x 10 R.
            R shoulder weakness after proximal humerus fx (12 wk): flexion 4-/5, ER 4-/5; goal: reach the top cupboard.
            Co-signed: D. Ferreira, PT 03/04/2026 18:01
            """,
            [], [PTA("97110", 18)], [Dx]),

        // "97110 15 min / 97112 23 min" (both match) but "Pt tolerated tx well … per POC. Continue plan of care." names nothing for either code and no one-on-one.
        ["vord-h40-generic-two-code"] = new(
            """
            Daily note 03/04/2026 — 97110 15 min / 97112 23 min
            Pt tolerated tx well, no c/o. Ther ex and neuro re-ed per POC. Continue plan of care.
            Electronically signed by M. Quinlan, PT 03/04/2026 13:10
            """,
            ["M62.81", "R26.81"], [PT("97110", 15), PT("97112", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Complete co-signed PTA 97112 (beam perturbations, foam step-ups with holds, Romberg → tandem EC; somatosensory deficit from L5 radiculopathy; tandem/semi-tandem seconds, k of 10) that never says one-on-one.
        ["vord-h40-pta-nmr-no-1to1"] = new(
            """
            PTA note — 03/04/2026 — visit 7
            NMR 23'
            Standing on a balance beam (wide side) w/ lateral perturbations from the PTA; step-ups onto a foam block w/ opposite knee drive and 3-s hold; Romberg → semi-tandem → tandem EC progression.
            Deficit: ↓ somatosensory contribution to postural control, L > R (L5 radiculopathy w/ ↓ sensation on the dorsum of the foot).
            Tandem EC 6 s; semi-tandem EC 20 s; step-ups 10/10 w/o touchdown.
            Co-signed by supervising PT, 03/04/2026.
            """,
            ["M54.16"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // "NMR 97112 20 min, one-on-one" complete, but the gait section has no minutes and there is no total: 97116's time is not given; gait content complete.
        ["vord-h40-minutes-for-one-of-two"] = new(
            """
            Willow Creek Outpatient — 03/04/2026
            NMR 97112 20 min, one-on-one: perturbations in stride stance at the pelvis, stepping over a cane w/ EC on the return, rocker board A/P.
              ↓ postural control and R ankle proprioception (R ankle sprain x 3). Rocker holds 15 s x 3; SLS R 8 s.
            Gait 97116: RW on tile 2 x 150 ft, then SPC 100 ft and 6 stairs; short R step and ↓ R push-off; SBA w/ SPC, mod I w/ RW.
            """,
            ["R26.89"], [PT("97112", 20), PT("97116", 15)], [SepTime]),

        // OT 97530 with shower-lip step-over, standing hair washing and standing LE dressing for a showering goal and a hemiparesis — but no assistance level, count or number: no measure.
        ["vord-h40-ot-shower-no-measure"] = new(
            """
            OT — 03/04/2026
            97530 — 25 min
            Practiced stepping into and out of the walk-in shower over the lip, standing to wash hair w/ one hand on the grab bar, then dressing the lower body standing at the counter.
            Goal: shower alone on the nights her husband works.
            L hemiparesis, ↓ standing endurance.
            """,
            ["I69.354"], [OT("97530", 25)], [At(Measure, "97530")]),

        // PT supervisory visit with the PT observing; "PTA one-on-one w/ pt" 97112 22 (PNF stabilizing reversals, tilt board, foam kick-ball; trunk control and ankle proprioception; SLS, holds) and 97110 15 (doses; PF/evertor weakness): passes.
        ["vord-h40-supervisory-pta-nmr-te"] = new(
            """
            PTA SUPERVISORY VISIT (PT on site) + TREATMENT — DOS 03/04/2026
            Supervisory: K. Varga, PT observed the full session, agrees w/ the progression; POC unchanged.
            97112 — 22 min — PTA one-on-one w/ pt
             PNF stabilizing reversals in standing at pelvis/shoulders; reciprocal stepping on a tilt board A/P; kick-ball passes while standing on foam.
             Deficits: ↓ trunk postural control and L ankle proprioception (L ankle fx, 4 mo).
             SLS L 7 s (3 s at IE); tilt-board holds 20 s x 3 w/o edge touch.
            97110 — 15 min
             Seated heel raises w/ a 25-lb plate 3 x 15; banded inversion/eversion 3 x 15; step-downs 4-in. 2 x 10 L — L PF/evertor weakness 4-/5.
            PTA: J. Huong · supervising PT: K. Varga, co-signed 03/04/2026 17:45
            """,
            ["S82.842D"], [PTA("97112", 22), PTA("97110", 15)], []),

        // "Per last note (02/27): …" carried, then "Today, 1:1 w/ PT": X1 on foam, head-turn tray walking, saccades while marching; R hypofunction with vHIT gain; MSQ and DGI: passes (bpm is a pace).
        ["vord-h40-per-last-note-vestibular"] = new(
            """
            Tidewater Balance & Vestibular — 03/04/2026
            Per last note (02/27): "Cont X1, progress to standing on foam. MSQ 22."
            Today, 1:1 w/ PT:
            97112 — 25 min
             X1 viewing yaw/pitch standing on foam 3 x 60 s each (metronome 120 bpm); walking w/ head turns while carrying a tray; saccades between two targets while marching in place.
             R unilateral vestibular hypofunction (vHIT R gain 0.58): gaze instability on R head turns, ↑ sway w/ EC on foam.
             Today: MSQ 12; DGI 21/24.
            """,
            ["H81.8X1"], [PT("97112", 25)], []),

        // "Svc | Min | Detail" table: 97110 18 (press-ups, cat-camel, rock-backs, hip flexor stretch) and 97140 12 (central PA, rotation mob with bouts, STM), both match; L4–L5 hypomobility, ext limit %, loading-dock goal, SLR degrees: passes.
        ["vord-h40-lumbar-svc-min-table"] = new(
            """
            Kettle Moraine Therapy · DOS 03/04/2026
            Svc      | Min | Detail
            97110 TE | 18  | prone press-ups 3 x 10; cat-camel x 15; quadruped rock-backs 2 x 12; half-kneel hip flexor stretch 3 x 30 s B
            97140 MT | 12  | L4–L5 central PA grade III 3 x 45 s; R sidelying lumbar rotation mob grade III 3 x 30 s; STM to R lumbar paraspinals
            Impairment: L4–L5 hypomobility w/ R paraspinal guarding; lumbar ext 40% limited; goal: back to a full shift on the loading dock.
            Objective: lumbar ext 40% → 25% limited after MT; SLR R 62°.
            Total timed 30 min · 2 units
            """,
            ["M51.26"], [PT("97110", 18), PT("97140", 12)], []),

        // 97110 23 after cuff repair (prone Y/T, sidelying ER, flexion with weights, cable row, wall walks with doses; cuff weakness and a tackle-box goal); a next-day addendum about a phone call changes nothing: passes.
        ["vord-h40-shoulder-te-phone-addendum"] = new(
            """
            Harbor Point PT — R RTC repair 16 wk — 03/04/2026
            97110 x 23 min: prone Y/T 2 x 12 w/ 1#; sidelying ER w/ 3# 3 x 12; standing flexion w/ 2# to 140° 3 x 10; cable row 15 lb 3 x 12; wall walks into flexion 2 x 10.
            R rotator-cuff weakness (ER 4-/5, flexion 4/5) and ↓ overhead endurance; goal: lift his tackle box onto the boat shelf.
            Addendum 03/05/2026 10:12: pt phoned — mild soreness after the session, settled w/ ice at home; same dosing next visit. — B. Ashworth, PT
            """,
            ["M75.121"], [PT("97110", 23)], []),

        // OT-billed 97112 "OT w/ this pt only, 1:1" (UE weight bearing with approximation, cross-midline reach on a wedge, mirror-guided targets; L UE recruitment and sequencing; Fugl-Meyer UE) and 97530 18 (table setting, dishwasher; goal; SBA, drops k of 12): passes.
        ["vord-h40-ot-nmr-and-ta-cva"] = new(
            """
            OT — Lakeshore Neuro Outpatient — 03/04/2026
            97112 (OT) — 20 min — OT w/ this pt only, 1:1
             Weight bearing through the L UE on a tabletop w/ approximation; reach-to-grasp w/ the L hand across midline seated on a wedge; mirror-guided finger-to-target.
             L UE motor control deficit — ↓ recruitment of shoulder flexors/wrist extensors, impaired sequencing of reach.
             Fugl-Meyer UE 34/66 (27/66 at IE).
            97530 — 18 min
             Setting a table for 4 from the counter, carrying plates in both hands 10 ft x 4, loading the dishwasher; L hand as the assist.
             Goal: set the table and help w/ the dishes at home. SBA standing; 2 drops of 12 items.
            """,
            ["I69.334"], [OT("97112", 20), OT("97530", 18)], []),

        // Co-signed PTA visit: 97116 15 (4WW on carpet/tile, thresholds, bathroom turns; flexed trunk, shuffling; ft, SBA/CGA) and 97530 20 (stand-pivot, toilet transfers, low-drawer retrieval; apartment goal; CGA → SBA, counts): passes.
        ["vord-h40-pta-gait-and-ta"] = new(
            """
            PTA treatment note — 03/04/2026
            97116 gait — 15 min: 4WW on carpet and tile 3 x 150 ft, threshold strips x 6, turning in a narrow bathroom mock-up; cues for step length; flexed trunk and shuffling; SBA level, CGA on thresholds.
            97530 ther act — 20 min: bed-to-chair stand-pivot w/ the 4WW x 5, toilet transfers w/ a grab bar x 4, retrieving clothes from a low drawer and hanging them x 6; goal: stay in her apartment w/o night help; CGA → SBA.
            Co-signed by supervising PT: L. Brandt, PT, 03/04/2026 16:25
            """,
            ["R26.81", "M62.81"], [PTA("97116", 15), PTA("97530", 20)], []),

        // "R C5–C6 unilateral PA … — error, see addendum" and a same-day addendum correcting the side to L: a corrected side, not time; MT 10 and TE 15 both match, techniques with grades and bouts, doses, L C5–C6 hypomobility, driving goal, rotation degrees: passes.
        ["vord-h40-neck-side-corrected"] = new(
            """
            Harbor Point PT — DOS 03/04/2026
            MT (97140) 10 min: R C5–C6 unilateral PA gr III 3 x 30 s — error, see addendum; upper-trap STM; thoracic PA gr III T2–T5 3 x 30 s.
            TE (97110) 15 min: chin tucks w/ 5-s hold x 15; prone Ts 2 x 12; band rows 3 x 12; levator stretch 3 x 30 s.
            Impairment: L C5–C6 hypomobility w/ L arm paresthesia; cervical rotation L 50°; goal: shoulder-check while driving.
            Rotation L 50° → 61° after MT.
            Addendum 03/04/2026 17:55 — correction: the unilateral PA was to the L C5–C6, not the R. — A. Kaur, PT
            """,
            ["M50.122"], [PT("97140", 10), PT("97110", 15)], []),

        // 97112 23 (1:1; cuff-weighted heel-to-toe walking, foam EC head turns, targets at 3 distances with a cooling vest; sensory ataxia; mCTSIB and T25FW) and 97110 15 (band marching, sit-to-stand, prone hip ext; hip weakness): passes.
        ["vord-h40-ms-clinic-nmr-te"] = new(
            """
            Lakeshore Neuro — MS clinic — DOS 03/04/2026
            97112 · 23 min · 1:1
             Heel-to-toe walking w/ 2-lb ankle cuffs for added proprioceptive input; standing on foam EC w/ head turns; stepping to targets at 3 distances, cooling vest on.
             Sensory ataxia and ↓ postural control; late-day fatigue.
             mCTSIB foam EC 8 s; Timed 25-Foot Walk 7.4 s.
            97110 · 15 min
             Hip flexion marching w/ band 2 x 12 B, sit-to-stand 2 x 10, prone hip ext 2 x 10 B — hip flexor/extensor weakness 4-/5.
            """,
            ["R26.89", "R27.8"], [PT("97112", 23), PT("97110", 15)], []),

        // Prosthetic gait 97116: TTA prosthesis with SPC on hall, grass, ramp and curb; stance-time asymmetry, trunk lean, stiff knee; SBA/CGA, feet and stance times: passes.
        ["vord-h40-prosthetic-gait"] = new(
            """
            Prairie Lutheran Outpatient Therapy — prosthetic gait — 03/04/2026
            97116 — 20 min
            L TTA prosthesis, SPC: hall 3 x 200 ft, grass 100 ft, ramp x 4, curb x 4 w/ step-to; mirror for trunk position; cues for equal step length.
            Deviations: ↓ L stance time, lateral trunk lean to the L, L knee held stiff in loading response.
            SBA on level and ramp, CGA on grass and curb. L stance time 0.58 s vs R 0.71 s (gait app).
            """,
            ["Z89.512"], [PT("97116", 20)], []),

        // Three codes, "Timed minutes by CPT — 97110: 15 | 97116: 13 | 97530: 17 | total timed 45 (3 units)", all match; hip fracture exercises, RW/SPC gait with deviations, reacher and car tasks with goal and assist: passes.
        ["vord-h40-hip-fracture-three-codes"] = new(
            """
            Willow Creek Outpatient — DOS 03/04/2026 — L hip fx (hemiarthroplasty 7 wk)
            Timed minutes by CPT — 97110: 15 | 97116: 13 | 97530: 17 | total timed 45 (3 units)
            97110: sidelying hip abd 2 x 10 L, standing hip ext w/ 2# 2 x 12, mini-squats 2 x 10, calf raises 2 x 15 — L hip abductor/extensor weakness 3+/5.
            97116: RW → SPC on tile 2 x 100 ft, 3 x 180° turns, 6 stairs w/ rail step-to; L Trendelenburg, short R step; CGA w/ SPC, SBA w/ RW.
            97530: picking up a dropped cane from the floor w/ a reacher x 5, in/out of the passenger seat of a car mock-up x 3, carrying a bag 10 ft in the RW basket; hip precautions kept; goal: ride to her daughter's and manage her own bags; min A → CGA for the car.
            """,
            ["S72.002D"], [PT("97110", 15), PT("97116", 13), PT("97530", 17)], []),

        // OT thumb CMC OA: 97110 15 (FDI activation with putty, opposition with band, doses) and 97530 15 (jars with an adaptive grip, key turner, two-hand jug pouring; counts, SBA); CMC pain and weak pinch kg; cooking goal: passes.
        ["vord-h40-ot-cmc-te-ta"] = new(
            """
            High Desert Hand & OT — R thumb CMC OA — 03/04/2026
            97110 — 15 min: first dorsal interosseous activation against putty 3 x 10; opposition to each digit against a rubber band 2 x 10; thumb abduction w/ band 2 x 15.
            97530 — 15 min: opening 5 jars w/ an adaptive grip pad, using a key turner on 3 locks, pouring from a gallon jug w/ two hands x 4; SBA, no spills.
            R CMC pain w/ pinch and weak lateral pinch 3 kg (L 6 kg); goal: cook for her grandchildren on Sundays.
            """,
            ["M18.11"], [OT("97110", 15), OT("97530", 15)], []),

        // PD two-code visit with an audit line: 97112 22 (1:1; backward tug stepping, taped-clock turns, foam reach; retropulsion and en-bloc turns; steps and turn seconds) and 97116 16 (metronome-cued corridor and obstacles; shuffling, festination; SBA, freezes in feet): passes.
        ["vord-h40-pd-nmr-gait-edited"] = new(
            """
            Fox River Valley Rehab — PD — DOS 03/04/2026 · version 4 (last edited 03/04/2026 17:02 — added gait minutes)
            97112 — 22 min — 1:1 w/ PT
             Reactive backward stepping to a shoulder tug 3 x 8; turning on a taped clock (90/180/360°) w/ visual cues; standing reach on foam to cones at 3 heights.
             Impaired reactive stepping, retropulsion and en-bloc turning (PD).
             Backward steps to recover 2 (4 at IE); 360° turn 9 steps / 5.8 s.
            97116 — 16 min
             Corridor walking w/ auditory cueing (metronome 110 bpm) 4 x 100 ft; obstacle course w/ a doorway and hallway turns; small shuffling steps, festination late in bouts; SBA; 1 freeze in 400 ft.
            """,
            ["G20.A1", "R26.89"], [PT("97112", 22), PT("97116", 16)], []),

        // "TE 97110 — 15 min … charged in error, see addendum" and the addendum re-billing those 15 minutes of ramp/stairs/grass gait as 97116: 97112 23 (skilled 1:1, complete) and 97116 15 both documented and matching: passes.
        ["vord-h40-charge-corrected-to-gait"] = new(
            """
            Kettle Moraine Therapy — DOS 03/04/2026
            NMR 97112 — 23 min — skilled 1:1
             Step-and-stick landings onto foam, forward/backward perturbed walking w/ a waist belt, tandem on a balance beam w/ head turns.
             ↓ R knee proprioception and reactive control w/ knee OA; knee gives way on uneven ground.
             Beam tandem 12 ft w/o step-off (6 ft last wk); landings held 8/10.
            TE 97110 — 15 min: gait on the ramp, stairs and grass w/ SPC — charged in error, see addendum
             SPC on the ramp x 4, 12 stairs step-over-step w/ rail, grass 2 x 150 ft; R knee stiff in swing, short L step; SBA on ramp and grass, CGA on stairs.
            Addendum 03/04/2026 18:12 (charge correction): the 15 min charted as 97110 was gait training (ramp, stairs, grass w/ SPC) and is billed as 97116; 97110 charge removed. — L. Haataja, PT
            """,
            ["M17.11"], [PT("97112", 23), PT("97116", 15)], []),

        // 97110 20 for knee OA on a plain export: terminal knee extension, step-ups, wall sits, bike with doses; quad weakness and a church-stairs goal: passes.
        ["vord-h40-knee-oa-te"] = new(
            """
            TE 97110 20': TKE w/ blue band 3 x 15 L, forward step-ups 6-in. 3 x 10 L, wall sits 3 x 30 s, SAQ w/ 3# 3 x 12 L.
            L quad weakness 4-/5 and L knee OA pain on stairs; goal: climb the church steps w/o the rail.
            """,
            ["M17.12"], [PT("97110", 20)], []),

        // PTA 97110 "Awaiting co-signature": hip abduction, clamshells, bridges, monster walks with doses; hip abductor weakness and single-leg stance for stairs: passes.
        ["vord-h40-pta-te-awaiting-cosign"] = new(
            """
            PTA TE note 03/04/2026 — 97110, 17 min
            Sidelying hip abd 3 x 12 B w/ 2#, clamshells w/ band 3 x 15 B, bridges w/ march 2 x 10, monster walks w/ band 3 x 20 ft.
            B hip abductor weakness (4-/5) w/ pelvic drop on stairs after L THA.
            Signed: E. Castillo, PTA 03/04/2026 14:02 — awaiting co-signature
            """,
            ["Z96.642"], [PTA("97110", 17)], []),

        // "Skilled 1:1 NMR — balance and coordination exercises, did well. Cont per POC.": one-on-one is stated, but only generic phrases — no technique, deficit or number.
        ["vord-h40-balance-coordination-generic"] = new(
            """
            Skilled 1:1 NMR 97112 — balance and coordination exercises, did well. Cont per POC.
            Signed: T. Lindgren, PT 03/04/2026
            """,
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
