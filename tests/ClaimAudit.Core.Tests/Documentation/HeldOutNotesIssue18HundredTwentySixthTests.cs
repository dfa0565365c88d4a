using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-twenty-sixth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have). The
/// engine's output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, nineteenth session, blind beside the hundred-and-twenty-fourth) is a random week of
/// split and interrupted sessions — a code's time given in two or three clock ranges ("09:02–09:10 and 09:24–09:39",
/// "14:05-14:12, resumed 14:20-14:36", "In 1:50 Out 1:58 / In 2:06 Out 2:21"), pauses the note says were not treatment
/// (a blood-pressure recheck, a bathroom break, a phone call from a daughter or a pharmacy, the surgeon stopping in, a
/// glucose check), rests between sets that stay inside the code's time, untimed or supervised modalities interleaved with
/// the timed codes (a hot pack, 97010; unattended interferential or premod e-stim, G0283 / 97014; mechanical cervical and
/// lumbar traction, 97012) whose minutes are the modality's and never a timed code's, the visit's time in and time out
/// beside each code's own minutes, and true mismatches where a code's ranges add up to a different total than its line —
/// about two thirds ordinary and complete, single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three
/// in a visit, a PT's and a PTA's code on one visit), by PTs and PTAs, from three employers:
/// <list type="number">
/// <item>a hospital outpatient department whose EMR stamps a start and a stop on every intervention ("Big Horn Basin
/// Regional Hospital — Outpatient Rehabilitation", BHBR: the main department in Worland, Wyoming, and its satellites in
/// Thermopolis and Greybull; intervention rows "97112 NEUROMUSCULAR RE-ED ▸ START 09:02 ■ STOP 09:10 ▸ START 09:24 ■ STOP
/// 09:39 = 23 MIN", an "⏸ HOLD" row for a pause with its reason, a "TIME IN / TIME OUT" banner and a "TIMED TOTAL" footer):
/// Maren Thorsby (PT, DPT, NCS), Joel Akiyama (PT), Renata Villalobos (PTA) and Cody Ostrander (PT); a sugar-beet
/// hauler, a retired Thermopolis hot-springs lifeguard, a sheep rancher's wife, a Greybull airport mechanic, a bentonite
/// plant foreman and a grandson who waits in the lobby;</item>
/// <item>a busy orthopaedic practice whose PTAs log their times on a clipboard sheet at the gym station and type it into
/// the note ("Columbia Basin Orthopaedics &amp; Sports Medicine", CBOSM: Kennewick, Pasco and West Richland, Washington;
/// "CLIPBOARD (typed in):" rows of code, in, out, minutes and initials, "SR" and "BK" for the PTAs, a "pt to restroom"
/// or "pt on phone" written between two rows, and the supervising PT's line at the foot): Shaunté Rollins (PTA), Bryce
/// Kettleman (PTA), Anil Varma (PT, OCS) and Heidi Lindqvist (PT); an apple-orchard crew boss, a retired Hanford pipefitter,
/// a jet-boat guide on the Snake, a high-school wrestling coach, a wheat farmer from Eltopia and a woman who packs
/// cherries;</item>
/// <item>a pain clinic's physical-therapy service using modalities before and after exercise ("North Fork Pain &amp;
/// Spine Center — PT Service", NFPS: Paonia, Hotchkiss and Cedaredge, Colorado; "PRE:", "TIMED:" and "POST:" blocks, the
/// hot pack, IFC and traction in PRE and POST with "(untimed — not in timed total)", the physician's pain-procedure
/// schedule beside the PT's): Lorenzo Pacheco (PT, DPT), Gwen Atcitty (PT) and Trisha Ballard (PTA); a retired coal
/// miner from the West Elk mine, a peach grower, a river guide on the Gunnison, an elk-hunting outfitter, a school-bus
/// driver and a wife who drives him from Crawford.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who adds a code's own ranges, leaves out the
/// pauses the note says were not treatment, keeps a rest between sets inside the code's time when the note says so,
/// does not give an untimed modality's minutes to a timed code, reads the visit's time in and time out as the visit's
/// and not any code's, and judges the true mismatches and the truly missing separate time:
/// <list type="bullet">
/// <item>class 1 (v1-h126-…): one-on-one in these writers' own words ("1:1 for both stamped ranges — the vitals hold
/// between them was not treatment", "just the two of us at the bars, before and after her phone call", "one-on-one,
/// her grandson waited in the lobby", "me and him only in the traction room's back bay while the traction was off"),
/// notes that negate it (a PTA running two clipboard patients at once inside the NMR ranges, the PT treating the next
/// patient's hot-pack set-up inside the billed range and saying so, a group balance class) or never state it (a
/// complete stamped NMR row with no word of delivery), and a 97110 beside another patient with no one-on-one check;</item>
/// <item>class 2 (v2-h126-…): checkbox and blank-field states on these templates ("☑ 1:1 ☐ concurrent ☐ group" ticked,
/// the same row with nothing ticked, a "DELIVERY: ____" field left blank, "Impairment: ___" left blank on an otherwise full
/// NMR row, "STOP --:--" never stamped on a second code, "Measures: ___" left blank with no number in the note, and a
/// pain clinic's "☐ Hot pack ☒ IFC (G0283)" modality boxes beside a timed code with its own minutes);</item>
/// <item>class 3 (v3-h126-…): named programmes and methods as techniques between the pauses (Herdman gaze stability with
/// a pause for nausea, PNF D2 flexion and rhythmic stabilisation around a bathroom break, Mulligan SNAGs between
/// traction sets, McKenzie repeated extension after the hot pack, graded motor imagery with left/right judgement cards,
/// Otago strength exercises), and a pain clinic's "Spine Fall-Risk Pathway, Step B, per protocol" as the only
/// technique;</item>
/// <item>class 4 (v4-h126-…): deficits stated as findings (a knee that buckles stepping off the beet truck, a woman who
/// can't turn her head to back the sheep trailer, feet that go numb in the orchard ladder, a man who tips backwards
/// reaching up to the jet-boat canopy) and notes that state none (a stamped NMR row with technique and Berg and nothing
/// about what was wrong);</item>
/// <item>class 5 (v5-h126-…): measures in every usual form (Berg, mini-BESTest, TUG seconds, tandem and single-leg
/// stance seconds, perturbation counts, gait distance and assistance, sets, reps and loads, degrees) and notes with
/// none ("balance better after the break", "steadier on the foam than Monday");</item>
/// <item>class 6 (v6-h126-…): minutes as split and interrupted ranges on the code's own line, stamped start/stop pairs,
/// clipboard in/out rows, three ranges for one code, a pause named between ranges, a hot pack, IFC, premod e-stim or
/// traction interleaved with its own minutes, the visit's time in and time out beside each code's minutes, and true
/// mismatches (a code billed for the whole span including the pause, a hot pack's minutes added to the exercise line,
/// three ranges adding to 26 on a 38-minute line, a clipboard row of 8 minutes on an 18-minute line) and truly missing
/// separate time (one range covering two codes, time in and time out only, a second code with no stop stamped, a
/// clipboard "Out" cell left blank, a pain-clinic "TIMED: 38 min" over two codes);</item>
/// <item>class 7 (v7-h126-…): empty notes (DOC_NOTE_MISSING on each profiled line and nothing else but the diagnosis
/// check), the contract's meanings for 97110, 97530, 97140 and 97116 in split sessions, and wholly generic notes (a
/// stamped row "97112 NMR — tolerated well — cont POC" with its ranges, a clipboard row "TE per flowsheet", a pain-clinic
/// "Ther ex, manual and modalities per protocol. Tolerated." with only a timed total over two codes);</item>
/// <item>ordinary (vord-h126-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), most of them interrupted or split and many with a modality before or after, and the ordinary weak ones: a
/// complete note with no diagnosis and one whose diagnosis is not well formed.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (a code's ranges add up to its line's minutes exactly). Every timed
/// line earns at least one unit under the 8-minute rule. This set's notes carry people and numbers that are not the
/// code's or its minutes — a grandson, a wife from Crawford, a daughter on the phone, the surgeon who stopped in (none of
/// them a patient; the second clipboard patient and the class members are), clock times of a pause, a time in and a time
/// out, blood pressures and pulses, a glucose, pain scores on the pain clinic's scale, traction pounds, step and box heights
/// in inches, loads in pounds, distances in feet, degrees, numbers of stairs, cones and trips, and the modalities' own
/// minutes by their own names and codes — and each is written so that a reviewer cannot take it for a billed code's
/// minutes; a code's minutes are written next to the code ("97112 — 23 min"), in its block's heading, in a stamped
/// start/stop pair or a clipboard in/out row on the code's own line, or as one, two or three clock ranges on the code's
/// own line; no note gives minutes to a visit, a drill, a rest, a pause or a test, except the ones that fail for a visit
/// total (time in and time out with nothing for each code, "TIMED: 38 min" over two codes, a timed total under a generic
/// note); notes failed for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is
/// expected only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on
/// an objective measure with a number and fails it only when the note has no number but its code, its minutes and
/// numbers that are plainly something else; for the other codes a dose (sets, repetitions, load, hold, distance,
/// assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver or staff member
/// in the room does not undo a one-on-one statement, another patient treated in the same block does, and a therapist
/// attending someone else during the block is not one-on-one — but a pause the note takes out of the code's ranges (the
/// PT stepping away while the clock was stopped) is not billed time and does not undo it.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the interruptions that could honestly be read either way: a pause with no clock times and
/// no word of whether it was in or out of the billed minutes, ranges that overlap each other or another code's ranges,
/// a range whose sum is within a few minutes of its line (rounding by the clock), a rest between sets said to be
/// outside the code's time, a modality given a timed code's number, an untimed modality's minutes written with no name
/// or code beside the only timed code, a supervised modality the PT stayed beside "the whole time", a single clock range
/// that spans a pause the note names without saying whether it was subtracted, and a time in and time out on a visit
/// with one timed code.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 71 of 102 cases agree (100 needed), and 26 of the 69 notes the reviewer passes got a finding, on the analyzer of 0b70643 (the 2026-12-07 nineteenth session after the hundred-and-nineteenth to hundred-and-twenty-third sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 102 of 102, no false positive — a code's time in several clock ranges ("10:00–10:07, 10:12–10:20 and 10:26–10:34", "14:05-14:12, resumed 14:20-14:36") adds up, and a clipboard's rows of one code with their own times in and out add up.</para>
/// </summary>
public class HeldOutNotesIssue18HundredTwentySixthTests(ITestOutputHelper output)
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

        // BHBR Worland stamped NMR row in two ranges (09:02–09:10, 09:24–09:39 = 23) with a vitals HOLD between them, "1:1 for both stamped ranges — the vitals hold between them was not treatment"; tandem perturbations, foam head turns, stepping-strategy drills; delayed stepping reaction; mini-BESTest and perturbation count: passes.
        ["v1-h126-bhbr-one-on-one-both-ranges-vitals-hold"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 09:02 ■ STOP 09:10 ▸ START 09:24 ■ STOP 09:39 = 23 MIN
            ⏸ HOLD 09:10 — lightheaded after the first set; BP 172/94 standing, seated, rechecked at 09:22 146/82
            Delivery: 1:1 for both stamped ranges — the vitals hold between them was not treatment.
            Interventions: perturbations at the pelvis in tandem stance; feet together on foam with head turns; stepping-strategy drills to floor targets, forward and back.
            Impairment: delayed stepping reaction and a posterior sway since the fall off the beet-truck step in October.
            Objective: mini-BESTest 17/28 (14 at eval); recovered 6 of 10 perturbations with a single step.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // CBOSM Pasco PTA clipboard, NMR in two rows (1:50–1:59 and 2:07–2:20 = 22) around her phone call, "just the two of us at the bars, before and after her phone call"; BAPS, rocker board, foam ball toss; L ankle proprioception; SLS and rocker seconds: passes.
        ["v1-h126-cbosm-pta-two-of-us-around-her-phone-call"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Pasco
            CLIPBOARD (typed in):
              97112  In 1:50  Out 1:59  SR
              — pt on phone (her foreman about Monday's shift) —
              97112  In 2:07  Out 2:20  SR
            Just the two of us at the bars, before and after her phone call.
            BAPS board level 3 clockwise and counter; rocker board A/P eyes closed; single-leg stance on foam catching a ball tossed to each side.
            Problem: L ankle proprioception after the inversion sprain in the cherry-packing shed, rolls it on the wet floor.
            SLS on foam L 6 sec (R 19); rocker board A/P 12 sec without an edge touch.
            Shaunté Rollins, PTA / Anil Varma, PT, OCS
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // NFPS Paonia: hot pack in PRE (97010, untimed), then "Mr. Kowalczyk and me only — his wife read in the waiting room" for the 97112 (22 min); TrA with pressure biofeedback, quadruped rhythmic stabilisation, half-kneel perturbations; delayed lumbopelvic recruitment; perturbation count and Y-balance: passes.
        ["v1-h126-nfps-him-and-me-only-wife-in-waiting-room"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Paonia)
            PRE: moist hot pack to the lumbar spine, prone (97010 — untimed, not in timed total)
            TIMED: 97112 neuromuscular re-education — 22 min
            Mr. Kowalczyk and me only; his wife read in the waiting room.
            TrA drawing-in with the pressure biofeedback cuff, quadruped rhythmic stabilization, perturbations in half-kneel with the trunk held neutral.
            Deficit: delayed deep abdominal and multifidus recruitment, lumbopelvic control lost when he reaches — 31 years underground at the West Elk mine.
            Objective: half-kneel perturbations 7 of 10 without a trunk shift; Y-balance anterior reach R 61 cm, L 55 cm.
            Lorenzo Pacheco, PT, DPT
            """,
            ["M54.50", "M51.26"], [PT("97112", 22)], []),

        // CBOSM Kennewick PTA with a second clipboard patient inside the NMR rows ("had Mr. Yoder on the foam beside her and went between them"): another patient in the billed time — one-on-one missing; foam tandem, rocker, perturbations; proprioceptive loss; Berg and rocker seconds present.
        ["v1-h126-cbosm-pta-two-clipboard-patients-at-once"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            CLIPBOARD (typed in):
              97112  In 9:05  Out 9:17  BK
              97112  In 9:25  Out 9:36  BK
            Had Mr. Yoder on the foam beside her for both rows and went between them.
            Tandem stance on foam, rocker board M/L, lateral perturbations at the hips.
            Problem: proprioceptive loss in both feet with the neuropathy, can't feel the orchard ladder rungs.
            Berg 45/56; rocker board M/L 10 sec.
            Bryce Kettleman, PTA
            """,
            ["E11.42"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // BHBR Thermopolis: "during the second range I set up Mr. Fenske's hot pack on the next table and checked his skin while she held tandem" — attending another patient inside the billed range: one-on-one missing; tandem, foam reaches, stepping over the cane; postural control; FGA present.
        ["v1-h126-bhbr-next-patients-hot-pack-inside-range"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97112 NEUROMUSCULAR RE-ED ▸ START 13:31 ■ STOP 13:42 ▸ START 13:48 ■ STOP 14:00 = 23 MIN
            ⏸ HOLD 13:42 — pt to the restroom
            During the second range I set up Mr. Fenske's hot pack on the next table and checked his skin while she held tandem.
            Interventions: tandem stance with eyes closed, reaching to the cones from the foam, stepping over the cane laid on the floor.
            Impairment: postural control and ankle strategy after 22 years as the hot-springs lifeguard — now sways and catches herself on the counter.
            Objective: FGA 18/30.
            Joel Akiyama, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // NFPS Hotchkiss "Balance class — four patients on the foam line" billed as 97112: a group, not one-on-one; named techniques, deficit and Berg present.
        ["v1-h126-nfps-balance-class-four-patients"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Hotchkiss)
            TIMED: 97112 — 24 min
            Balance class — four patients on the foam line, Trisha leading, this patient one of them.
            Marching on the foam, tandem walking with head turns, side-stepping over the low hurdles with a pause on each.
            Deficit: postural sway and a late stepping reaction with the chronic low back pain, afraid to turn in the orchard rows.
            Berg 47/56.
            Trisha Ballard, PTA
            """,
            ["R26.81", "M54.50"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // BHBR Greybull complete stamped NMR row with no word of delivery (nothing says one-on-one or individual): not stated; PNF D1/D2, perturbations, step-and-stick; R hemiparesis; Berg and step counts present.
        ["v1-h126-bhbr-greybull-delivery-never-stated"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 10:06 ■ STOP 10:29 = 23 MIN
            Interventions: PNF D1 and D2 patterns of the R leg in side-lying then standing; perturbations at the pelvis in stride stance; step-and-stick onto the foam, R leading.
            Impairment: R hemiparesis after the L CVA, poor R weight acceptance, R knee snaps back.
            Objective: Berg 40/56; step-and-stick 5 of 10 without a hand.
            Cody Ostrander, PT
            """,
            ["I69.351"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // CBOSM West Richland PTA 97110 beside another patient on the bike (97110 has no one-on-one check), two clipboard rows around a restroom trip (3:02–3:11 and 3:17–3:31 = 23); leg press, step-downs, wall sits with doses; R quad weakness after an ACL repair: passes.
        ["v1-h126-cbosm-pta-97110-beside-another-patient"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — West Richland
            CLIPBOARD (typed in):
              97110  In 3:02  Out 3:11  SR
              — pt to restroom —
              97110  In 3:17  Out 3:31  SR
            Another post-op was on the bike next to us the whole time.
            Leg press 90 lb 3x12, lateral step-downs off the 6 inch box 3x10, wall sits 5 x 30 sec, hamstring curls 20 lb 3x12.
            Problem: R quad weakness after the R ACL reconstruction, can't get down off the wrestling-mat stage without leading with the L.
            Shaunté Rollins, PTA
            """,
            ["S83.511D"], [PTA("97110", 23)], []),

        // BHBR two codes with a TIME IN / TIME OUT banner, "one-on-one, her grandson waited in the lobby"; 97112 stamped 10:01–10:24 (23) and 97110 10:27–10:40 (13), both match; foam perturbations, clock stepping, tandem; hip and calf exercises with doses; postural control and hip weakness; Berg: passes.
        ["v1-h126-bhbr-grandson-in-the-lobby-two-codes"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            TIME IN 09:55 / TIME OUT 10:46
            97112 NEUROMUSCULAR RE-ED ▸ START 10:01 ■ STOP 10:24 = 23 MIN
            One-on-one; her grandson waited in the lobby.
            Perturbations on the foam pad, clock stepping to called numbers, tandem walking with a stop on cue.
            97110 THERAPEUTIC EXERCISE ▸ START 10:27 ■ STOP 10:40 = 13 MIN
            Standing hip abduction 3 lb 3x12, heel raises 3x15, sit to stand from the low mat 3x8.
            Impairment: postural control and a slow stepping reaction; bilateral hip abductor and calf weakness — the sheep-ranch porch steps are her goal.
            Objective: Berg 46/56.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 13)], []),

        // NFPS Cedaredge: traction (97012) in PRE, then "me and him only in the traction room's back bay while the traction was off" for the 97112 in two ranges (13:40–13:52, 13:58–14:09 = 23) around a pharmacy call; quadruped perturbations, dead bug with rhythmic stabilisation; lumbopelvic control; perturbation count and side plank seconds: passes.
        ["v1-h126-nfps-back-bay-traction-off"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Cedaredge)
            PRE: mechanical lumbar traction, 80 lb intermittent (97012 — untimed, not in timed total)
            TIMED: 97112 — 13:40–13:52 and 13:58–14:09 (the pharmacy called his cell between; clock off)
            Me and him only in the traction room's back bay, traction off for both ranges.
            Quadruped with perturbations at the pelvis, dead bug with rhythmic stabilization, bird-dog on the half roll.
            Deficit: lumbopelvic motor control, trunk shifts when he lifts one arm — can't saddle the horses for the elk camp.
            Objective: quadruped perturbations 8 of 10 without a pelvic drop; side plank R 24 sec, L 15 sec.
            Gwen Atcitty, PT
            """,
            ["M54.50"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // BHBR delivery row "☑ 1:1 ☐ concurrent ☐ group" ticked, NMR in two stamped ranges (08:15–08:26, 08:31–08:43 = 23); vestibular X1, walking head turns, foam with eyes closed; L vestibular hypofunction; DGI and DVA: passes.
        ["v2-h126-bhbr-one-to-one-box-ticked"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 08:15 ■ STOP 08:26 ▸ START 08:31 ■ STOP 08:43 = 23 MIN
            ⏸ HOLD 08:26 — nauseated after the head turns, seated until it settled
            DELIVERY: ☑ 1:1  ☐ concurrent  ☐ group
            Interventions: X1 gaze stabilization against the checkerboard, seated then standing; walking the hall with horizontal head turns; feet together on foam with eyes closed.
            Impairment: L vestibular hypofunction after neuritis, veers L turning his head at the airport hangar.
            Objective: DGI 16/24; DVA lost 4 lines (6 at eval).
            Maren Thorsby, PT, DPT, NCS
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // BHBR the same delivery row with nothing ticked ("☐ 1:1 ☐ concurrent ☐ group"): one-on-one not stated; everything else complete.
        ["v2-h126-bhbr-delivery-row-nothing-ticked"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97112 NEUROMUSCULAR RE-ED ▸ START 15:04 ■ STOP 15:13 ▸ START 15:19 ■ STOP 15:33 = 23 MIN
            ⏸ HOLD 15:13 — pt to the restroom
            DELIVERY: ☐ 1:1  ☐ concurrent  ☐ group
            Interventions: rocker board A/P with eyes closed, step-ups onto the foam with a stick on top, lateral perturbations at the shoulders.
            Impairment: R ankle proprioception after the sprain on the bentonite plant catwalk.
            Objective: rocker board A/P 11 sec; SLS R 7 sec (L 22).
            Joel Akiyama, PT
            """,
            ["S93.401D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // CBOSM "DELIVERY: ____" left blank under a PTA's clipboard NMR rows: one-on-one not stated; everything else complete.
        ["v2-h126-cbosm-delivery-field-blank"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            CLIPBOARD (typed in):
              97112  In 11:10  Out 11:21  BK
              97112  In 11:27  Out 11:39  BK
            DELIVERY: ____
            Single-leg stance on the Airex with ball catches, hop-and-stick forward and lateral, perturbations in single-leg stance.
            Problem: L knee proprioception and quad timing after the ACL reconstruction; knee wobbles landing.
            Hop-and-stick 6 of 10 without a wobble; Y-balance anterior L 57 cm (R 65).
            Bryce Kettleman, PTA
            """,
            ["S83.512D"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // BHBR NMR row with "Impairment: ___" left blank and nothing else naming what is wrong: deficit missing; 1:1, perturbations and foam work, Berg and perturbation count present.
        ["v2-h126-bhbr-impairment-field-blank"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 09:40 ■ STOP 09:51 ▸ START 09:57 ■ STOP 10:09 = 23 MIN
            ⏸ HOLD 09:51 — surgeon's office called about Thursday's follow-up
            DELIVERY: ☑ 1:1  ☐ concurrent  ☐ group
            Interventions: perturbations in tandem stance, stepping over the hurdle row with a pause, standing on foam with head turns.
            Impairment: ___
            Objective: Berg 44/56; recovered 7 of 10 perturbations with one step.
            Cody Ostrander, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // BHBR two codes, the second stamped "START 10:31 ■ STOP --:--" (never stopped): no minutes for the 97110 — separate time missing; the 97112 stamp matches; both sections complete.
        ["v2-h126-bhbr-second-code-stop-never-stamped"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 10:06 ■ STOP 10:29 = 23 MIN
            1:1 the whole NMR block.
            Interventions: perturbations on the foam, tandem walking with head turns, clock stepping.
            97110 THERAPEUTIC EXERCISE ▸ START 10:31 ■ STOP --:--
            Interventions: bridges 3x15, side-lying hip abduction 3x12, heel raises 3x15.
            Impairment: postural control and slow stepping; hip abductor and calf weakness.
            Objective: FGA 19/30.
            Renata Villalobos, PTA
            """,
            ["R26.81"], [PTA("97112", 23), PTA("97110", 13)], [SepTime]),

        // CBOSM PT NMR with "Measures: ___" left blank and no number in the note but the code and its clock rows: measure missing; one-on-one in words, technique and deficit present.
        ["v2-h126-cbosm-measures-field-blank"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — West Richland
            CLIPBOARD (typed in):
              97112  In 4:02  Out 4:13  HL
              97112  In 4:19  Out 4:31  HL
            One-on-one, only patient in the gym at that hour.
            Interventions: perturbations on the rocker board, single-leg stance on foam with head turns, step-and-stick off the low box.
            Problem: R ankle proprioception after the sprain stepping off the jet boat onto the gravel bar.
            Measures: ___
            Heidi Lindqvist, PT
            """,
            ["S93.401D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // NFPS modality checkbox row "☐ Hot pack ☒ IFC (G0283)" in POST beside a 97110 with its own minutes (23): the modality's box is the modality's; bridges, clamshells, rows with doses; lumbar and hip weakness: passes.
        ["v2-h126-nfps-modality-boxes-beside-timed-code"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Paonia)
            TIMED: 97110 therapeutic exercise — 23 min
            Bridges 3x15, side-lying clamshells with the green band 3x12, bird-dog 2x10 each side, standing rows 15 lb 3x12.
            Deficit: lumbar extensor and L hip abductor weakness, can't stand at the peach-sorting table through a shift.
            POST: ☐ Hot pack  ☒ IFC (G0283, unattended) to the lumbar spine in hooklying — untimed, not in timed total
            Gwen Atcitty, PT
            """,
            ["M54.50", "M62.81"], [PT("97110", 23)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // BHBR Herdman gaze stability with a HOLD for nausea between two stamped ranges (14:02–14:09, 14:15–14:31 = 23); X1 and X2 viewing, habituation to the provoking positions; R vestibular hypofunction; DVA and DGI; 1:1: passes.
        ["v3-h126-bhbr-herdman-gaze-stability-nausea-hold"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 14:02 ■ STOP 14:09 ▸ START 14:15 ■ STOP 14:31 = 23 MIN
            ⏸ HOLD 14:09 — nausea after the X2 set; sat with eyes open until it passed, not treatment
            DELIVERY: 1:1 with Maren
            Interventions: Herdman gaze stability — X1 viewing with horizontal then vertical head turns, X2 viewing seated; habituation to rolling R and bending to the floor.
            Impairment: R vestibular hypofunction, oscillopsia with head turns and dizziness bending to check the beet-truck tires.
            Objective: DVA lost 3 lines (5 at eval); DGI 18/24.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // CBOSM PT PNF D1 and rhythmic stabilisation around a restroom break (10:12–10:21, 10:27–10:40 = 22), "1:1 both rows"; L knee neuromuscular control after an ACL repair; Y-balance and hop sticks: passes.
        ["v3-h126-cbosm-pnf-around-restroom-break"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            CLIPBOARD (typed in):
              97112  In 10:12  Out 10:21  AV
              — pt to restroom —
              97112  In 10:27  Out 10:40  AV
            1:1 both rows.
            PNF D1 flexion/extension of the L leg with rhythmic stabilization at end range; single-leg rhythmic stabilization on the half foam roll; hop-and-stick with a quick reversal cue.
            Problem: L knee neuromuscular control after the ACL reconstruction — valgus on landing, coaches his wrestlers from the mat and can't drop to a knee.
            Y-balance anterior L 58 cm (R 66); hop-and-stick 8 of 10 without valgus.
            Anil Varma, PT, OCS
            """,
            ["S83.512D"], [PT("97112", 22)], []),

        // NFPS Mulligan SNAGs after cervical traction in PRE (97012, untimed), 97140 11 min; C5-6 SNAGs, suboccipital release, upper trap STM; R cervical rotation stiffness; rotation degrees: passes.
        ["v3-h126-nfps-mulligan-snags-after-traction"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Hotchkiss)
            PRE: mechanical cervical traction, 16 lb intermittent, seated (97012 — untimed, not in timed total)
            TIMED: 97140 manual therapy — 11 min
            Mulligan SNAGs C5-6 into R rotation, 3 x 6; suboccipital release; soft tissue mobilization to the R upper trap and levator.
            Deficit: R cervical rotation stiffness — she can't turn to back the school bus out of the lot.
            Objective: cervical rotation R 48 to 61 degrees after.
            Gwen Atcitty, PT
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // NFPS McKenzie repeated extension after the hot pack, the 97110 in two ranges around the physician stopping in (14:10–14:19, 14:24–14:36 = 21); REIL and press-ups with doses; centralising L5 radicular pain and extension loss: passes.
        ["v3-h126-nfps-mckenzie-doctor-stopped-in"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Paonia)
            PRE: hot pack to the lumbar spine (97010 — untimed, not in timed total)
            TIMED: 97110 — 14:10–14:19 and 14:24–14:36 (Dr. Hessler stopped in between about Tuesday's epidural — not counted)
            McKenzie repeated extension in lying 3 x 10, prone press-ups with overpressure 2 x 10, standing extension every hour at work.
            Deficit: L5 radicular pain that centralizes with extension, lumbar extension loss, can't stand up straight after the peach harvest ladder.
            Lorenzo Pacheco, PT, DPT
            """,
            ["M54.16", "M51.26"], [PT("97110", 21)], []),

        // NFPS graded motor imagery for CRPS of the R hand: left/right judgement cards, explicit motor imagery, mirror therapy; impaired laterality; accuracy and response time; "one-on-one"; 97112 22 min with a hot pack after (97010, untimed): passes.
        ["v3-h126-nfps-graded-motor-imagery-crps"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Cedaredge)
            TIMED: 97112 — 22 min, one-on-one
            Graded motor imagery: left/right hand judgement cards (Recognise deck), explicit motor imagery of reaching for a cup, mirror therapy with the R hand hidden.
            Deficit: CRPS type I of the R hand after the wrist fracture — laterality slow on the R, guarding, body-schema change.
            Objective: left/right judgement R hand 71% correct at 2.4 sec mean (L 92% at 1.3 sec).
            POST: hot pack to the R forearm (97010 — untimed, not in timed total)
            Lorenzo Pacheco, PT, DPT
            """,
            ["G90.511"], [PT("97112", 22)], []),

        // BHBR PTA Otago strength levels in two stamped ranges around a restroom HOLD (08:31–08:42, 08:47–08:58 = 22); cuff-weight knee extension, hip abduction, calf raises, sit to stand with doses; hip and knee weakness: passes.
        ["v3-h126-bhbr-pta-otago-strength-levels"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97110 THERAPEUTIC EXERCISE ▸ START 08:31 ■ STOP 08:42 ▸ START 08:47 ■ STOP 08:58 = 22 MIN
            ⏸ HOLD 08:42 — pt to the restroom
            Otago strength: seated knee extension 4 lb cuff 2x10, standing hip abduction 4 lb 2x10, toe raises 2x15, sit to stand without hands 2x8.
            Impairment: bilateral quad and hip abductor weakness, needs the arms to stand from the kitchen chair.
            Renata Villalobos, PTA
            """,
            ["M62.81", "R26.89"], [PTA("97110", 22)], []),

        // NFPS "Spine Fall-Risk Pathway, Step B, per protocol" as the only thing done in the NMR (no drill, exercise or technique named): technique missing; one-on-one, deficit and TUG present.
        ["v3-h126-nfps-pathway-per-protocol-only"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Hotchkiss)
            TIMED: 97112 — 23 min
            One-on-one with Gwen.
            Intervention: Spine Fall-Risk Pathway, Step B, per protocol.
            Deficit: postural sway and a slow stepping reaction with the lumbar stenosis, trips on the ditch bank.
            Objective: TUG 14.6 sec (17.1 at eval).
            Gwen Atcitty, PT
            """,
            ["M48.062", "R26.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none stated

        // BHBR "the knee buckles stepping off the beet truck" as the deficit, stamped NMR in two ranges around a BP HOLD (11:02–11:13, 11:20–11:32 = 23); perturbations, step-downs with holds on foam, reactive stepping; 1:1; Berg and step-down count: passes.
        ["v4-h126-bhbr-knee-buckles-off-the-beet-truck"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 11:02 ■ STOP 11:13 ▸ START 11:20 ■ STOP 11:32 = 23 MIN
            ⏸ HOLD 11:13 — BP recheck after the step-downs (158/90, then 138/84 seated)
            1:1 for both ranges.
            Interventions: perturbations at the pelvis in single-leg stance, step-downs onto the foam with a stick and hold, reactive stepping to pushes from behind.
            Finding: his R knee buckles stepping down off the beet truck — quad timing and knee control lost when he lands.
            Objective: Berg 49/56; 7 of 10 step-downs without a buckle.
            Joel Akiyama, PT
            """,
            ["M25.361", "R26.89"], [PT("97112", 23)], []),

        // BHBR 97140 "she can't turn her head to back the sheep trailer" as the deficit, stamped 09:15–09:26 (11); cervical glides with grade, STM; rotation degrees: passes.
        ["v4-h126-bhbr-cant-turn-to-back-the-sheep-trailer"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97140 MANUAL THERAPY ▸ START 09:15 ■ STOP 09:26 = 11 MIN
            Interventions: unilateral PA glides C4-5 and C5-6 on the L, grade III, 3 bouts each; STM to the L levator scapulae and scalenes.
            Finding: she can't turn her head L far enough to back the sheep trailer up to the chute; L cervical rotation stiff and guarded.
            Objective: cervical rotation L 44 to 57 degrees after.
            Cody Ostrander, PT
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // CBOSM PTA "his feet go numb on the orchard ladder" as the deficit (neuropathic sensory loss), two clipboard rows (7:30–7:41, 7:46–7:58 = 23) around a glucose check; foam stance, rocker, tandem with eyes closed; 1:1; mCTSIB seconds: passes.
        ["v4-h126-cbosm-feet-numb-on-the-orchard-ladder"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Pasco
            CLIPBOARD (typed in):
              97112  In 7:30  Out 7:41  SR
              — glucose check (he felt shaky; 71, juice, recheck 98) —
              97112  In 7:46  Out 7:58  SR
            1:1 with me at the bars both rows.
            Foam stance with eyes closed, rocker board A/P, tandem walking with eyes closed along the bar.
            Finding: his feet go numb on the orchard ladder — somatosensory loss in both feet with the diabetic neuropathy, he relies on his eyes.
            mCTSIB: firm EO 30 sec, firm EC 30 sec, foam EO 24 sec, foam EC 8 sec.
            Shaunté Rollins, PTA
            """,
            ["E11.42"], [PTA("97112", 23)], []),

        // CBOSM PT "he tips backwards reaching up to the jet-boat canopy" as the deficit, NMR 12:05–12:16 and 12:22–12:34 (23) around a call from his dispatcher; overhead reaching on foam, backward perturbations, ankle-strategy drills; 1:1; backward reach and perturbation counts: passes.
        ["v4-h126-cbosm-tips-backwards-at-the-canopy"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            97112 NMR — 12:05–12:16, then 12:22–12:34 (his dispatcher called between; not on the clock)
            1:1 the whole time on the clock.
            Overhead reaching to a target while standing on foam, backward perturbations at the shoulders, ankle-strategy sway drills with the toes held down.
            Finding: he tips backwards reaching up to snap the jet-boat canopy — posterior sway and a late ankle strategy.
            Recovered 6 of 10 backward perturbations without a step; functional reach overhead 9 inches before a step (5 at eval).
            Heidi Lindqvist, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // BHBR stamped NMR row with named techniques, Berg and a 1:1 statement but nothing about what is wrong (no impairment, system or problem): deficit missing.
        ["v4-h126-bhbr-no-finding-stated"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 13:10 ■ STOP 13:21 ▸ START 13:26 ■ STOP 13:38 = 23 MIN
            ⏸ HOLD 13:21 — pt to the restroom
            DELIVERY: 1:1
            Interventions: tandem stance with eyes closed, stepping over the hurdle row with a pause on each, perturbations while reaching to the side.
            Objective: Berg 43/56; tandem 12 sec.
            Cody Ostrander, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // NFPS NMR with techniques, a perturbation count and "one-on-one" but no impairment or problem stated, after a hot pack in PRE: deficit missing.
        ["v4-h126-nfps-no-deficit-after-hot-pack"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Cedaredge)
            PRE: hot pack (97010 — untimed, not in timed total)
            TIMED: 97112 — 22 min, one-on-one
            Half-kneel rhythmic stabilization, tall-kneel perturbations, quadruped alternate arm and leg on the foam.
            Objective: 8 of 10 tall-kneel perturbations without a hand down; quadruped hold 20 sec.
            Trisha Ballard, PTA
            """,
            ["M54.50"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // BHBR mini-BESTest with its section scores and a 1:1 statement, NMR in two stamped ranges around a phone call from her daughter (10:44–10:52, 10:58–11:13 = 23); reactive stepping, foam with head turns, dual-task walking; anticipatory and reactive postural control: passes.
        ["v5-h126-bhbr-mini-bestest-sections"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 10:44 ■ STOP 10:52 ▸ START 10:58 ■ STOP 11:13 = 23 MIN
            ⏸ HOLD 10:52 — her daughter called from Casper; pt took it in the hall
            1:1 with Maren both ranges.
            Interventions: reactive stepping to release from a lean, standing on foam with head turns, walking while naming animals backwards from the alphabet.
            Impairment: anticipatory and reactive postural control, slow compensatory step.
            Objective: mini-BESTest 19/28 — anticipatory 4/6, reactive 3/6, sensory 6/6, gait 6/10.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // CBOSM PT TUG seconds and tandem seconds, "one-on-one" NMR 22 min; foam tandem, turning drills, obstacle stepping; slow turns after a TKA; passes.
        ["v5-h126-cbosm-tug-and-tandem-seconds"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — West Richland
            97112 NMR — 22 min, one-on-one.
            Tandem walking on the foam beam, 180-degree turns to a called side, stepping over the shoe-box row without looking down.
            Problem: slow, multi-step turns and a lateral sway after the L TKA, catches the L toe on the Eltopia shop threshold.
            TUG 11.9 sec (15.2 at eval); tandem stance 14 sec L behind.
            Heidi Lindqvist, PT
            """,
            ["Z96.652", "R26.89"], [PT("97112", 22)], []),

        // BHBR PTA 97116 in two stamped ranges around an SpO2 HOLD (13:04–13:15, 13:21–13:33 = 23); walker to cane in the hall, ramp and curb with cues; short L step and L hip drop after a hip replacement; distance and assistance levels: passes.
        ["v5-h126-bhbr-pta-gait-distance-and-assist"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97116 GAIT TRAINING ▸ START 13:04 ■ STOP 13:15 ▸ START 13:21 ■ STOP 13:33 = 23 MIN
            ⏸ HOLD 13:15 — SpO2 88% after the ramp, seated with pursed-lip breathing to 94%
            Interventions: gait training from the walker to the single-point cane in the hall, up the ramp to the chapel and off the curb at the east door; cues for a longer R step and level pelvis.
            Impairment: short R step and L hip drop after the L THA.
            Objective: 300 ft with the cane CGA; ramp and curb SBA.
            Renata Villalobos, PTA
            """,
            ["Z96.642", "Z47.1"], [PTA("97116", 23)], []),

        // CBOSM PTA 97530 in two clipboard rows (2:30–2:41, 2:45–2:57 = 23) around a restroom trip; lifting a lug of apples from the floor to the tailgate, ladder climbing, carrying; counts, load and assist; back and hip weakness: passes.
        ["v5-h126-cbosm-pta-97530-apple-lug-counts"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Pasco
            CLIPBOARD (typed in):
              97530  In 2:30  Out 2:41  BK
              — pt to restroom —
              97530  In 2:45  Out 2:57  BK
            Lifting a 30 lb lug of apples from the floor to the tailgate height 8x with a hip hinge; climbing the 3-step orchard ladder and reaching overhead 5x SBA; carrying the lug 50 ft 4 trips.
            Problem: lumbar extensor and hip weakness after the L4-5 microdiscectomy, crew boss back to work in April.
            Bryce Kettleman, PTA
            """,
            ["M51.26", "Z98.890"], [PTA("97530", 23)], []),

        // BHBR NMR with "balance better after the break" and no number but its code and stamped ranges: measure missing; one-on-one in words, techniques and deficit present.
        ["v5-h126-bhbr-better-after-the-break-no-number"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97112 NEUROMUSCULAR RE-ED ▸ START 14:40 ■ STOP 14:51 ▸ START 14:57 ■ STOP 15:09 = 23 MIN
            ⏸ HOLD — pt to the restroom
            One-on-one with Joel both ranges.
            Interventions: tandem stance on foam, perturbations at the hips, stepping over the cane to each side.
            Impairment: postural sway and a late stepping reaction.
            Balance better after the break; fewer losses than at the start.
            Joel Akiyama, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // CBOSM PTA NMR "steadier on the foam than Monday" and no number but its code and clipboard rows: measure missing; one-on-one in words, techniques and deficit present.
        ["v5-h126-cbosm-pta-steadier-than-monday"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            CLIPBOARD (typed in):
              97112  In 8:40  Out 8:51  SR
              97112  In 8:56  Out 9:08  SR
            One-on-one, nobody else at the bars.
            Rocker board eyes closed, foam stance catching a ball, lateral perturbations at the pelvis.
            Problem: L ankle proprioception after the sprain on the river bank.
            Steadier on the foam than Monday, fewer touches.
            Shaunté Rollins, PTA
            """,
            ["S93.402D"], [PTA("97112", 23)], [At(Measure, "97112")]),

        // NFPS 97110 naming exercises and the region with no sets, reps, load, hold or any other number but the code and its minutes: measure missing.
        ["v5-h126-nfps-97110-no-dose"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Paonia)
            TIMED: 97110 — 22 min
            Bridges, side-lying clamshells with the band, bird-dogs, standing rows with the cable.
            Deficit: lumbar extensor and hip abductor weakness, low back pain with standing at the packing shed.
            Trisha Ballard, PTA
            """,
            ["M54.50"], [PTA("97110", 22)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: split and interrupted minutes, modalities, true mismatches, truly missing separate time

        // BHBR PTA 97116 in three stamped ranges (13:00–13:08, 13:14–13:21, 13:27–13:36 = 24) with two HOLD rows; rollator to cane on the hall and the ramp with cues; short L step after a stroke; distance and assistance: passes.
        ["v6-h126-bhbr-pta-gait-three-stamped-ranges"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97116 GAIT TRAINING ▸ START 13:00 ■ STOP 13:08 ▸ START 13:14 ■ STOP 13:21 ▸ START 13:27 ■ STOP 13:36 = 24 MIN
            ⏸ HOLD 13:08 — coughing spell, seated with water
            ⏸ HOLD 13:21 — pt to the restroom
            Interventions: gait training from the rollator to the quad cane down the east hall and up the ramp to the lab, cues for L hip flexion and heel strike.
            Impairment: short L step and L toe catch after the R CVA.
            Objective: 240 ft quad cane CGA; ramp with min A x1 for the turn.
            Renata Villalobos, PTA
            """,
            ["I69.354"], [PTA("97116", 24)], []),

        // CBOSM PTA 97110 in three clipboard rows adding to 26 (9:00–9:08, 9:15–9:22, 9:30–9:41) on a 38-min line: mismatch; otherwise complete (step-ups, leg press, bridges with doses; R quad weakness).
        ["v6-h126-cbosm-pta-three-rows-26-on-38"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Pasco
            CLIPBOARD (typed in):
              97110  In 9:00  Out 9:08  BK
              — pt on phone —
              97110  In 9:15  Out 9:22  BK
              — pt to restroom —
              97110  In 9:30  Out 9:41  BK
            Forward step-ups onto the 8 inch box 3x10, leg press 110 lb 3x12, single-leg bridges 3x10, TKE with the blue band 3x15.
            Problem: R quad weakness after the R patellar tendon repair, retired pipefitter who wants the Hanford reach stairs back.
            Bryce Kettleman, PTA
            """,
            ["S76.111D"], [PTA("97110", 38)], [At(Mismatch, "97110")]),

        // NFPS "14:05-14:12, resumed 14:20-14:36" (23) for the 97112 after a bathroom break; one-on-one; dead bug, side-plank perturbations, quadruped with reaching; lumbopelvic control; side plank seconds and perturbation count: passes.
        ["v6-h126-nfps-resumed-after-bathroom-break"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Hotchkiss)
            TIMED: 97112 14:05-14:12, resumed 14:20-14:36 after a bathroom break
            One-on-one with Gwen, nobody else in the back gym.
            Dead bug with rhythmic stabilization at the knees, side-plank perturbations from the hips, quadruped reaching forward with a level pelvis.
            Deficit: lumbopelvic motor control after the L5-S1 fusion, his trunk shifts when he reaches for the oars on the Gunnison.
            Objective: side plank R 28 sec, L 19 sec; 7 of 10 quadruped reaches without a pelvic drop.
            Gwen Atcitty, PT
            """,
            ["Z98.1", "M54.50"], [PT("97112", 23)], []),

        // CBOSM PT NMR "08:02–08:10 and 08:24–08:39" (23) around a bathroom break, billed at the whole span (37): mismatch; otherwise complete (1:1; foam, rocker, hop-and-stick; ankle proprioception; SLS and Y-balance).
        ["v6-h126-cbosm-span-billed-with-bathroom-break"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            97112 NMR — 08:02–08:10 and 08:24–08:39 (bathroom break between, not treatment)
            1:1, only patient on the turf.
            Single-leg stance on the Airex with head turns, rocker board M/L, hop-and-stick lateral.
            Problem: R ankle proprioception after the syndesmosis sprain at wrestling practice.
            SLS foam R 9 sec (L 26); Y-balance posteromedial R 84 cm (L 95).
            Anil Varma, PT, OCS
            """,
            ["S93.431D"], [PT("97112", 37)], [At(Mismatch, "97112")]),

        // NFPS 97110 "15:10–15:25" (15) on a 27-min line — the PRE hot pack's time added to the exercise: mismatch; otherwise complete (press-ups, bridges, bird-dogs with doses; lumbar extension loss).
        ["v6-h126-nfps-hot-pack-added-to-exercise-line"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Paonia)
            PRE: moist hot pack to the low back, prone (97010 — untimed, not in timed total)
            TIMED: 97110 — 15:10–15:25
            Prone press-ups 3x10, bridges 3x12, bird-dogs 2x10 each side, hip flexor stretch 3 x 30 sec each side.
            Deficit: lumbar extension loss and weak hip extensors, can't stand through a bus route without sitting.
            Trisha Ballard, PTA
            """,
            ["M54.50"], [PTA("97110", 27)], [At(Mismatch, "97110")]),

        // CBOSM a PTA's 97110 row (2:15–2:38 = 23, matches) and a PT's 97140 row of 8 minutes (2:40–2:48) on an 18-min line: mismatch on 97140; both sections complete.
        ["v6-h126-cbosm-manual-row-8-on-18"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — West Richland
            CLIPBOARD (typed in):
              97110  In 2:15  Out 2:38  SR
              97140  In 2:40  Out 2:48  HL
            97110 (SR): quad sets 3x10, SLR 3x12, heel slides 3x15, stationary bike for knee flexion ROM rocking then full revolutions.
            97140 (HL): patellar glides superior and medial, tibiofemoral posterior glides grade III, STM to the distal quad.
            Problem: L knee stiffness and quad lag after the L TKA.
            Knee flexion 98 to 104 degrees after the manual.
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 23), PT("97140", 18)], [At(Mismatch, "97140")]),

        // BHBR 97110 stamped ranges adding to 35 (10:00–10:18, 10:24–10:41) on a 22-min line: mismatch; otherwise complete.
        ["v6-h126-bhbr-stamps-35-on-22"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97110 THERAPEUTIC EXERCISE ▸ START 10:00 ■ STOP 10:18 ▸ START 10:24 ■ STOP 10:41 = 35 MIN
            ⏸ HOLD 10:18 — pt to the restroom
            Interventions: seated rows 15 lb 3x12, wall slides 3x10, sidelying ER 2 lb 3x12, scaption to 90 degrees 1 lb 3x10.
            Impairment: R rotator cuff weakness after the repair, can't reach the top of the airport tool chest.
            Cody Ostrander, PT
            """,
            ["M75.121", "Z98.890"], [PT("97110", 22)], [At(Mismatch, "97110")]),

        // NFPS one range "10:05–10:41" covering both the ther ex and the manual therapy (hot pack in PRE): no minutes for each code — separate time missing; both sections complete.
        ["v6-h126-nfps-one-range-for-two-codes"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Cedaredge)
            PRE: hot pack to the neck and upper back (97010 — untimed, not in timed total)
            TIMED 10:05–10:41: 97110 and 97140
            97110: chin tucks 3x10, rows with the red band 3x15, wall angels 2x10.
            97140: suboccipital release, unilateral PA glides C5-6 R grade III, STM to the R upper trap.
            Deficit: R cervical rotation stiffness and deep neck flexor weakness, headache by noon on the school bus.
            Objective: cervical rotation R 52 to 63 degrees after.
            Gwen Atcitty, PT
            """,
            ["M54.2", "G44.209"], [PT("97110", 24), PT("97140", 12)], [SepTime]),

        // BHBR "TIME IN 14:00 / TIME OUT 14:44" with the per-code stamps not captured (EMR downtime) on a 97112 and a 97110: nothing for each code — separate time missing; both sections complete.
        ["v6-h126-bhbr-time-in-time-out-only"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            TIME IN 14:00 / TIME OUT 14:44
            (EMR downtime — intervention stamps not captured)
            97112 NEUROMUSCULAR RE-ED: 1:1. Perturbations on the foam, tandem with head turns, stepping over the hurdle row. Postural control and slow stepping after the fall in the hot-springs bathhouse. Berg 45/56.
            97110 THERAPEUTIC EXERCISE: hip abduction 3 lb 3x12, heel raises 3x15, sit to stand 3x8. Hip abductor and calf weakness.
            Joel Akiyama, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // CBOSM 97110 row 3:15–3:37 (22) and a 97530 row with its "Out" cell left blank: no minutes for the 97530 — separate time missing; both sections complete.
        ["v6-h126-cbosm-out-cell-left-blank"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Pasco
            CLIPBOARD (typed in):
              97110  In 3:15  Out 3:37  SR
              97530  In 3:40  Out ____  SR
            97110: leg press 70 lb 3x12, clamshells with the band 3x15, step-ups 6 inch 3x10.
            97530: lifting a cherry lug from the floor to the sorting table 8x, carrying it 40 ft 3 trips, squatting to the lowest bin 6x SBA.
            Problem: L hip abductor and extensor weakness after the L THA.
            Shaunté Rollins, PTA
            """,
            ["Z96.642", "Z47.1"], [PTA("97110", 22), PTA("97530", 11)], [SepTime]),

        // NFPS "TIMED: 38 min" over a 97110 and a 97140, with the hot pack in PRE and IFC in POST: no minutes for each code — separate time missing; both sections complete.
        ["v6-h126-nfps-timed-38-over-two-codes"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Paonia)
            PRE: hot pack to the lumbar spine (97010 — untimed, not in timed total)
            TIMED: 38 min — 97110 and 97140
            97110: bridges 3x15, dead bugs 2x10, side-lying hip abduction 3x12, cat-camel 2x10.
            97140: central PA glides L4 and L5 grade III, STM to the L quadratus lumborum.
            Deficit: L4-5 hypomobility and hip weakness, can't bend to lace his boots.
            Objective: lumbar flexion fingertips to 14 inches from the floor (20 before).
            POST: IFC (G0283, unattended) to the lumbar spine — untimed, not in timed total
            Lorenzo Pacheco, PT, DPT
            """,
            ["M54.50"], [PT("97110", 26), PT("97140", 12)], [SepTime]),

        // CBOSM visit time in and time out beside each code's own clipboard row, a PT's 97140 (8:02–8:12 = 10) and a PTA's 97110 (8:15–8:38 = 23), both match; glides with grade and degrees; exercises with doses; shoulder stiffness after a frozen shoulder: passes.
        ["v6-h126-cbosm-time-in-out-beside-each-row"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            TIME IN 7:58    TIME OUT 8:45
            CLIPBOARD (typed in):
              97140  In 8:02  Out 8:12  AV
              97110  In 8:15  Out 8:38  BK
            97140 (AV): GH posterior and inferior glides grade III-IV, STM to the L pec minor and subscapularis.
            97110 (BK): pulleys 3x15, wand flexion and ER 3x12, sleeper stretch 3 x 30 sec, rows with the red band 3x15.
            Problem: L adhesive capsulitis, can't reach back to tuck in her shirt at the packing line.
            L shoulder ER 28 to 36 degrees after the glides.
            """,
            ["M75.02"], [PT("97140", 10), PTA("97110", 23)], []),

        // NFPS hot pack in PRE, the 97110 split by her phone call (10:20–10:31, 10:36–10:48 = 23), IFC in POST; bridges, rows, squats with doses; lumbar weakness: passes.
        ["v6-h126-nfps-split-by-phone-call-modalities-both-sides"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Hotchkiss)
            PRE: hot pack to the low back, 12 min (97010 — untimed, not in timed total)
            TIMED: 97110 — 10:20–10:31 and 10:36–10:48 (pt took a call from her son between; clock off)
            Bridges 3x15, cable rows 20 lb 3x12, box squats to the 18 inch box 3x10, pallof press 2x12 each side.
            Deficit: lumbar and hip extensor weakness, can't lift the peach lugs at the fruit stand.
            POST: IFC (G0283, unattended) to the lumbar spine, 15 min — untimed, not in timed total
            Trisha Ballard, PTA
            """,
            ["M54.50"], [PTA("97110", 23)], []),

        // NFPS 97140 (13:05–13:16 = 11), mechanical cervical traction between (97012, its own clock range, untimed), then 97110 (13:33–13:47 = 14), both timed codes match; glides and STM with degrees; chin tucks and rows with doses; cervical stiffness: passes.
        ["v6-h126-nfps-traction-between-two-timed-codes"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Cedaredge)
            97140 manual therapy — 13:05–13:16: suboccipital release, C5-6 unilateral PA glides L grade III, STM to the L upper trap.
            97012 mechanical cervical traction — 13:17–13:32, 14 lb intermittent (untimed, not in timed total)
            97110 therapeutic exercise — 13:33–13:47: chin tucks 3x10, prone rows 2 lb 3x12, wall angels 2x10.
            Deficit: L cervical rotation stiffness and deep neck flexor weakness, radiating ache into the L shoulder blade.
            Objective: cervical rotation L 50 to 61 degrees after.
            Gwen Atcitty, PT
            """,
            ["M54.12"], [PT("97140", 11), PT("97110", 14)], []),

        // NFPS unattended premod e-stim in POST (G0283; 97014 on her commercial plan), the 97112 in two ranges (9:10–9:19, 9:25–9:38 = 22) around a restroom break; one-on-one; pelvic-floor-to-core activation with perturbations, tall-kneel rhythmic stabilisation; lumbopelvic control; perturbation count: passes.
        ["v6-h126-nfps-premod-estim-after-split-nmr"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Paonia)
            TIMED: 97112 — 9:10–9:19 and 9:25–9:38 (restroom between)
            One-on-one both ranges.
            Tall-kneel rhythmic stabilization, perturbations in half-kneel, standing cable chops with the trunk held still.
            Deficit: lumbopelvic motor control — trunk sways when she lifts the hay bale flake to the horses.
            Objective: half-kneel perturbations 6 of 10 without a trunk shift; tall-kneel hold 30 sec.
            POST: unattended premod e-stim to the lumbar paraspinals (G0283; 97014 on her commercial plan) — untimed, not in timed total
            Lorenzo Pacheco, PT, DPT
            """,
            ["M54.50"], [PT("97112", 22)], []),

        // BHBR 97110 stamped 10:02–10:25 (23) with "seated rests between sets are inside these minutes — she stayed on the mat with me cueing her breathing"; exercises with doses; COPD with leg weakness: passes.
        ["v6-h126-bhbr-rests-between-sets-inside-the-time"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97110 THERAPEUTIC EXERCISE ▸ START 10:02 ■ STOP 10:25 = 23 MIN
            Seated rests between sets are inside these minutes — she stayed on the mat with me cueing pursed-lip breathing and counting her recovery.
            Interventions: sit to stand from the mat 3x8, marching in standing 3x20, seated knee extension 3 lb 3x12, heel raises at the counter 3x15.
            Impairment: bilateral quad and calf weakness with COPD, stops twice on the 14 stairs at home.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["J44.9", "M62.81"], [PT("97110", 23)], []),

        // CBOSM a PT's 97140 row (9:02–9:12 = 10), the surgeon stopping in off the clock, then the 97110 row (9:20–9:35 = 15), both match; glides and STM with degrees; exercises with doses; stiff, weak knee after a TKA: passes.
        ["v6-h126-cbosm-surgeon-stopped-in-off-the-clock"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — West Richland
            CLIPBOARD (typed in):
              97140  In 9:02  Out 9:12  HL
              — Dr. Nakagawa stopped in to look at the incision; off the clock —
              97110  In 9:20  Out 9:35  HL
            97140: tibiofemoral posterior glides grade III, patellar glides, STM to the lateral retinaculum.
            97110: bike 10 revolutions forward and back for flexion, quad sets 3x10, step-ups 4 inch 3x10, mini squats 3x12.
            Problem: R knee stiffness and quad weakness after the R TKA, wheat farmer who wants back up in the combine cab.
            Knee flexion 102 to 109 degrees after the manual.
            Heidi Lindqvist, PT
            """,
            ["Z96.651", "Z47.1"], [PT("97140", 10), PT("97110", 15)], []),

        // BHBR PTA 97116 in two stamped ranges around the surgeon's PA looking at the wound (11:05–11:16, 11:21–11:33 = 23); walker gait with cues on the hall and the ramp; antalgic gait after a fracture; distance and assistance: passes.
        ["v6-h126-bhbr-pta-gait-around-wound-check"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97116 GAIT TRAINING ▸ START 11:05 ■ STOP 11:16 ▸ START 11:21 ■ STOP 11:33 = 23 MIN
            ⏸ HOLD 11:16 — the surgeon's PA stopped by to look at the wound; not treatment
            Interventions: gait training with the front-wheeled walker on the hall and up the ramp, cues for heel strike and equal step length, weight bearing as tolerated.
            Impairment: antalgic gait with a short L stance after the L tibial plateau fracture.
            Objective: 260 ft FWW SBA; ramp CGA.
            Renata Villalobos, PTA
            """,
            ["S82.142D"], [PTA("97116", 23)], []),

        // BHBR NMR stamps adding to 23 (15:02–15:10, 15:16–15:31) on a 12-min line: mismatch; otherwise complete (1:1; perturbations, foam head turns, hurdles; postural control; Berg).
        ["v6-h126-bhbr-stamps-23-on-12"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 15:02 ■ STOP 15:10 ▸ START 15:16 ■ STOP 15:31 = 23 MIN
            ⏸ HOLD 15:10 — BP 164/90 after standing; rechecked 140/82 seated
            DELIVERY: ☑ 1:1  ☐ concurrent  ☐ group
            Interventions: perturbations in stride stance, feet together on foam with head turns, stepping over the hurdle row.
            Impairment: postural control and a slow stepping reaction.
            Objective: Berg 42/56.
            Cody Ostrander, PT
            """,
            ["R26.81"], [PT("97112", 12)], [At(Mismatch, "97112")]),

        // BHBR three codes: 97112 in two stamped ranges (09:00–09:09, 09:15–09:29 = 23) around a vitals HOLD, 97110 09:31–09:43 (12), 97140 09:45–09:55 (10), all match; 1:1; perturbations, tandem, clock stepping; exercises with doses; STM and glides with degrees; postural control, hip weakness and ankle stiffness; Berg: passes.
        ["v6-h126-bhbr-three-codes-with-hold"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            TIME IN 08:54 / TIME OUT 10:01
            97112 NEUROMUSCULAR RE-ED ▸ START 09:00 ■ STOP 09:09 ▸ START 09:15 ■ STOP 09:29 = 23 MIN
            ⏸ HOLD 09:09 — HR 118 after the clock stepping; seated until 92
            1:1 for the NMR. Perturbations on the foam, tandem walking with head turns, clock stepping to called numbers.
            97110 THERAPEUTIC EXERCISE ▸ START 09:31 ■ STOP 09:43 = 12 MIN
            Side-lying hip abduction 3x12, bridges 3x15, heel raises 3x15.
            97140 MANUAL THERAPY ▸ START 09:45 ■ STOP 09:55 = 10 MIN
            Talocrural posterior glides grade III, STM to the L gastroc-soleus.
            Impairment: postural control and slow stepping, hip abductor weakness, L ankle DF stiffness after the fracture.
            Objective: Berg 47/56; ankle DF 4 to 9 degrees after the glides.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["S82.62XD", "R26.81"], [PT("97112", 23), PT("97110", 12), PT("97140", 10)], []),

        // CBOSM PTA 97530 in two clipboard rows around a phone call from her daughter (10:40–10:49, 10:53–11:05 = 21); floor-to-stand, lifting and ladder tasks with counts and assist; hip and knee weakness: passes.
        ["v6-h126-cbosm-pta-97530-around-daughters-call"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            CLIPBOARD (typed in):
              97530  In 10:40  Out 10:49  SR
              — pt on phone w/ daughter —
              97530  In 10:53  Out 11:05  SR
            Floor to stand through half-kneel 5x SBA; lifting a 15 lb box of cherries from the floor to the counter 8x; climbing and descending the 2-step ladder 4x CGA.
            Problem: L knee and hip weakness after the L TKA, packs cherries and needs to reach the top bins.
            Shaunté Rollins, PTA
            """,
            ["Z96.652", "Z47.1"], [PTA("97530", 21)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a 97112 and 97110 visit with a diagnosis (the stamps never exported): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h126-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 12)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A note of spaces and line breaks only on a PT's 97140: note missing only.
        ["v7-h126-spaces-and-line-breaks-97140"] = new(
            "   \n\n  \n",
            ["M54.2"], [PT("97140", 11)], [At(NoteMissing, "97140")]),

        // An empty note on a PTA's 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h126-empty-note-pta-97116-no-dx"] = new(
            "",
            [], [PTA("97116", 23)], [At(NoteMissing, "97116"), Dx]),

        // 97110's meaning in a split session (CBOSM clipboard 1:05–1:16 and 1:21–1:33 = 23 around a restroom trip): rows, presses and carries with loads (technique and measure), R shoulder weakness after a rotator cuff repair (deficit): passes.
        ["v7-h126-cbosm-97110-split-rows-shoulder"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Pasco
            CLIPBOARD (typed in):
              97110  In 1:05  Out 1:16  BK
              — pt to restroom —
              97110  In 1:21  Out 1:33  BK
            Cable rows 20 lb 3x12, supine press 5 lb 3x10, sidelying ER 3 lb 3x15, farmer carry 20 lb 4 x 60 ft.
            Problem: R shoulder elevation and ER weakness after the R rotator cuff repair, can't lift the irrigation pipe.
            Bryce Kettleman, PTA
            """,
            ["M75.121", "Z98.890"], [PTA("97110", 23)], []),

        // 97530's meaning in a split session (BHBR stamped 13:40–13:51 and 13:56–14:08 = 23 around a glucose HOLD): tub transfers, reaching into the dryer, carrying a basket (technique), counts and assistance (measure), L hemiparesis and standing balance for laundry (deficit): passes.
        ["v7-h126-bhbr-97530-laundry-around-glucose-hold"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97530 THERAPEUTIC ACTIVITIES ▸ START 13:40 ■ STOP 13:51 ▸ START 13:56 ■ STOP 14:08 = 23 MIN
            ⏸ HOLD 13:51 — glucose 74, crackers, recheck 96
            Interventions: tub-bench transfers 4x CGA; reaching into the dryer and pulling the load into the basket 3x SBA; carrying the half-full basket 30 ft 3 trips.
            Impairment: L hemiparesis and standing balance while reaching low; sheep-ranch laundry is her job.
            Renata Villalobos, PTA
            """,
            ["I69.354"], [PTA("97530", 23)], []),

        // 97140's meaning after a hot pack (NFPS 97140 — 12 min): thoracic PA glides with grade, rib mobilisation, STM (technique), thoracic hypomobility with pain on rotation (deficit), rotation degrees (measure): passes.
        ["v7-h126-nfps-97140-thoracic-after-hot-pack"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Cedaredge)
            PRE: hot pack to the thoracic spine (97010 — untimed, not in timed total)
            TIMED: 97140 — 12 min
            Central PA glides T5-T8 grade III, R 6th rib posterior-anterior mobilization, STM to the R rhomboid and middle trap.
            Deficit: thoracic hypomobility with pain turning to shoulder-check on the school-bus route.
            Objective: seated thoracic rotation R 34 to 42 degrees after.
            Lorenzo Pacheco, PT, DPT
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // 97116's meaning in a split session (CBOSM PTA clipboard 8:10–8:21, 8:26–8:38 = 23 around a phone call): crutch to cane on the hall, stairs and the parking lot with cues (technique), short stance and Trendelenburg after a hip fracture (deficit), distance and assistance (measure): passes.
        ["v7-h126-cbosm-pta-97116-crutch-to-cane"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            CLIPBOARD (typed in):
              97116  In 8:10  Out 8:21  SR
              — pt on phone (pharmacy) —
              97116  In 8:26  Out 8:38  SR
            Gait training from axillary crutches to the single-point cane: the hallway, 12 stairs with one rail and the parking lot, cues for equal stance time and a level pelvis.
            Problem: short R stance and a R Trendelenburg after the R hip fracture.
            400 ft cane SBA; stairs with one rail and the cane CGA.
            Shaunté Rollins, PTA
            """,
            ["S72.001D"], [PTA("97116", 23)], []),

        // BHBR stamped row "97112 NMR — tolerated well — cont POC" with its ranges and nothing else: no technique, deficit, number but the code and its stamps, or one-on-one statement.
        ["v7-h126-bhbr-stamped-row-tolerated-well-only"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97112 NEUROMUSCULAR RE-ED ▸ START 11:01 ■ STOP 11:12 ▸ START 11:18 ■ STOP 11:30 = 23 MIN
            Interventions: NMR — tolerated well — cont POC.
            Joel Akiyama, PT
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // CBOSM clipboard row "TE per flowsheet, tolerated" and nothing else: no exercise, region or dose named; the row's minutes match.
        ["v7-h126-cbosm-te-per-flowsheet"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — West Richland
            CLIPBOARD (typed in):
              97110  In 4:10  Out 4:33  BK
            TE per flowsheet, tolerated. Continue plan of care.
            Bryce Kettleman, PTA
            """,
            ["M25.561"], [PTA("97110", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // NFPS "Ther ex and modalities per protocol, tolerated" with only "TIMED: 36 min" over a 97110 and a 97140: nothing named for either code and no minutes for each.
        ["v7-h126-nfps-per-protocol-timed-total-only"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Hotchkiss)
            Ther ex, manual and modalities per protocol. Tolerated. Continue POC.
            TIMED: 36 min
            Trisha Ballard, PTA
            """,
            ["M54.50"], [PTA("97110", 24), PTA("97140", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // ---------------------------------------------------------------- ordinary notes

        // BHBR Parkinson's NMR in two stamped ranges around a BP HOLD (07:45–07:53, 07:58–08:12 = 22); 1:1; large-amplitude stepping, backward perturbations, dual-task turning; retropulsion and doorway freezing; pull test and mini-BESTest: passes.
        ["vord-h126-bhbr-parkinsons-split-nmr"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 07:45 ■ STOP 07:53 ▸ START 07:58 ■ STOP 08:12 = 22 MIN
            ⏸ HOLD 07:53 — orthostatic: BP 104/62 standing, seated with fluids, 122/74 on recheck
            1:1 both ranges.
            Interventions: large-amplitude stepping to floor targets, backward perturbations at the shoulders, turning through the doorway while counting backwards by threes.
            Impairment: retropulsion and freezing at doorways with Parkinson's disease.
            Objective: pull test 2 steps to recover (4 at eval); mini-BESTest 18/28.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // BHBR PTA 97110 (09:20–09:33 = 13) and 97116 (09:35–09:58 = 23) stamped, both match; quad and hip exercises with doses; cane gait with cues and distance; L knee weakness and short stance after a TKA: passes.
        ["vord-h126-bhbr-pta-te-and-gait-after-tka"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97110 THERAPEUTIC EXERCISE ▸ START 09:20 ■ STOP 09:33 = 13 MIN
            SAQ 3 lb 3x12, standing TKE with the green band 3x15, step-ups 4 inch 3x10.
            97116 GAIT TRAINING ▸ START 09:35 ■ STOP 09:58 = 23 MIN
            Cane gait on the hall and the hospital's front walk, cues for heel strike and knee extension at terminal stance; 350 ft cane SBA.
            Impairment: L quad weakness and a short L stance after the L TKA; works the airport ramp.
            Renata Villalobos, PTA
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 13), PTA("97116", 23)], []),

        // BHBR 97140 in two stamped ranges around a call from her husband in the lambing shed (10:10–10:16, 10:21–10:26 = 11); lumbar glides with grade and STM; L4-5 hypomobility; flexion inches: passes.
        ["vord-h126-bhbr-lumbar-glides-around-husbands-call"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97140 MANUAL THERAPY ▸ START 10:10 ■ STOP 10:16 ▸ START 10:21 ■ STOP 10:26 = 11 MIN
            ⏸ HOLD 10:16 — her husband called from the lambing shed
            Interventions: central PA glides L4 and L5 grade III, 3 bouts each; STM to the L paraspinals and QL.
            Impairment: L4-5 hypomobility with central low back pain bending into the lambing jugs.
            Objective: standing flexion fingertips 14 inches from the floor (20 before).
            Joel Akiyama, PT
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // BHBR cerebellar ataxia NMR in two stamped ranges around a restroom HOLD (15:40–15:52, 15:57–16:08 = 23); 1:1; Frenkel exercises, heel-to-shin tracing, tandem at the rail; limb and gait ataxia; SARA and tandem steps: passes.
        ["vord-h126-bhbr-ataxia-frenkel-split"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 15:40 ■ STOP 15:52 ▸ START 15:57 ■ STOP 16:08 = 23 MIN
            ⏸ HOLD 15:52 — pt to the restroom
            DELIVERY: ☑ 1:1  ☐ concurrent  ☐ group
            Interventions: Frenkel exercises in supine then sitting, heel-to-shin tracing along the tape line, tandem walking at the rail with a slow count.
            Impairment: limb and gait ataxia after the cerebellar stroke, overshoots the step onto the shop floor.
            Objective: SARA 11/40 (14 at eval); 8 consecutive tandem steps at the rail.
            Cody Ostrander, PT
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // BHBR 97530 stamped 10:30–10:52 (22): bed mobility, a pickup-truck transfer with the grab handle, floor recovery; counts and assistance; hip and trunk weakness after a fall: passes.
        ["vord-h126-bhbr-97530-pickup-transfer"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97530 THERAPEUTIC ACTIVITIES ▸ START 10:30 ■ STOP 10:52 = 22 MIN
            Interventions: supine to sit log roll 4x SBA; pickup-truck transfer with the grab handle in the parking bay 3x CGA; floor recovery through side-sit and half-kneel 3x min A.
            Impairment: hip extensor and trunk weakness after the fall in the bentonite plant yard.
            Joel Akiyama, PT
            """,
            ["M62.81", "Z91.81"], [PT("97530", 22)], []),

        // BHBR 97112 in two stamped ranges (08:00–08:09, 08:14–08:27 = 22) around a vitals HOLD and a 97140 (08:29–08:39 = 10), both match; 1:1; rocker, foam perturbations, step-and-stick; talocrural glides; ankle proprioception and DF stiffness; rocker seconds and degrees: passes.
        ["vord-h126-bhbr-ankle-nmr-and-manual"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 08:00 ■ STOP 08:09 ▸ START 08:14 ■ STOP 08:27 = 22 MIN
            ⏸ HOLD 08:09 — pulse 112 after the step-and-stick, seated to 88
            1:1 with Maren.
            Rocker board A/P and M/L eyes closed, perturbations on the foam, step-and-stick off the 4 inch box.
            97140 MANUAL THERAPY ▸ START 08:29 ■ STOP 08:39 = 10 MIN
            Talocrural posterior glides grade III-IV, subtalar lateral glides, STM to the R peroneals.
            Impairment: R ankle proprioception and DF stiffness after the sprain off the beet-pile conveyor.
            Objective: rocker board M/L 16 sec; ankle DF knee-to-wall 6 to 10 cm after the glides.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["S93.401D"], [PT("97112", 22), PT("97140", 10)], []),

        // BHBR 97116 in two stamped ranges around the respiratory therapist swapping his portable oxygen tank (14:12–14:20, 14:24–14:39 = 23); rollator gait with pacing cues; short steps and dyspnoea with COPD; distance and SpO2 with assistance: passes.
        ["vord-h126-bhbr-gait-around-oxygen-tank-swap"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97116 GAIT TRAINING ▸ START 14:12 ■ STOP 14:20 ▸ START 14:24 ■ STOP 14:39 = 23 MIN
            ⏸ HOLD 14:20 — RT swapped his portable O2 tank; not treatment
            Interventions: rollator gait on the hall with pacing cues (two steps in, three out), turning at the cones, standing rest at the rollator seat inside the range.
            Impairment: short shuffling steps and dyspnea on exertion with COPD, can't walk from the truck to the Worland sale barn.
            Objective: 420 ft rollator SBA with 2 standing rests; SpO2 90% at the end of the second range on 2 L.
            Cody Ostrander, PT
            """,
            ["J44.9", "R26.89"], [PT("97116", 23)], []),

        // BHBR PTA 97110 in two stamped ranges around a restroom HOLD (11:40–11:50, 11:55–12:09 = 24); hip and core exercises with doses; L hip weakness after a hip fracture: passes.
        ["vord-h126-bhbr-pta-hip-te-split"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97110 THERAPEUTIC EXERCISE ▸ START 11:40 ■ STOP 11:50 ▸ START 11:55 ■ STOP 12:09 = 24 MIN
            ⏸ HOLD 11:50 — pt to the restroom
            Interventions: side-lying hip abduction 2 lb 3x12, bridges 3x15, standing hip extension at the counter 3x12, mini squats 3x10.
            Impairment: L hip abductor and extensor weakness after the L hip ORIF, Trendelenburg on the hot-springs pool steps.
            Renata Villalobos, PTA
            """,
            ["S72.142D"], [PTA("97110", 24)], []),

        // BHBR PTA MS NMR in one stamped range (13:02–13:25 = 23), "1:1, only pt in the gym"; foam stance, tandem with head turns, stepping over obstacles; proprioceptive loss and ataxia with MS; 25-foot walk and tandem: passes.
        ["vord-h126-bhbr-pta-ms-nmr"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 13:02 ■ STOP 13:25 = 23 MIN
            1:1, only pt in the gym.
            Interventions: foam stance with eyes closed, tandem walking with head turns, stepping over the obstacle course with a stop on cue.
            Impairment: proprioceptive loss and gait ataxia with multiple sclerosis, worse when she's warm.
            Objective: timed 25-foot walk 8.4 sec; tandem stance 9 sec.
            Renata Villalobos, PTA
            """,
            ["R27.0", "R26.89"], [PTA("97112", 23)], []),

        // BHBR three codes from a PT and a PTA: 97112 (PT, 09:00–09:23 = 23), 97116 (PTA, 09:25–09:37 = 12), 97110 (PTA, 09:40–09:50 = 10), all match; 1:1 for the NMR; PNF, perturbations; cane gait with distance; exercises with doses; R hemiparesis; Berg: passes.
        ["vord-h126-bhbr-pt-and-pta-three-codes"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED (Thorsby, PT) ▸ START 09:00 ■ STOP 09:23 = 23 MIN
            1:1. PNF D2 flexion of the R leg, perturbations in stride stance, weight shift onto the R with mirror feedback.
            97116 GAIT TRAINING (Villalobos, PTA) ▸ START 09:25 ■ STOP 09:37 = 12 MIN
            Quad cane gait on the hall with cues for R heel strike; 280 ft CGA.
            97110 THERAPEUTIC EXERCISE (Villalobos, PTA) ▸ START 09:40 ■ STOP 09:50 = 10 MIN
            Bridges 3x12, R hip abduction 2 lb 3x10, sit to stand 3x8.
            Impairment: R hemiparesis after the L CVA, poor R weight acceptance and R hip weakness.
            Objective: Berg 41/56.
            """,
            ["I69.351"], [PT("97112", 23), PTA("97116", 12), PTA("97110", 10)], []),

        // BHBR TIME IN / TIME OUT beside a 97140 (15:05–15:16 = 11) and a 97110 in two stamped ranges around a restroom HOLD (15:18–15:26, 15:31–15:40 = 17), both match; glides with degrees; exercises with doses; neck stiffness and scapular weakness: passes.
        ["vord-h126-bhbr-time-in-out-neck-two-codes"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            TIME IN 15:00 / TIME OUT 15:46
            97140 MANUAL THERAPY ▸ START 15:05 ■ STOP 15:16 = 11 MIN
            Suboccipital release, C5-6 unilateral PA glides R grade III, STM to the R upper trap.
            97110 THERAPEUTIC EXERCISE ▸ START 15:18 ■ STOP 15:26 ▸ START 15:31 ■ STOP 15:40 = 17 MIN
            ⏸ HOLD 15:26 — pt to the restroom
            Chin tucks 3x10, prone rows 3 lb 3x12, prone Y's 2x10, wall angels 2x10.
            Impairment: R cervical rotation stiffness and lower trap weakness, can't look over his shoulder hauling the beet trailer.
            Objective: cervical rotation R 55 to 64 degrees after the manual.
            Joel Akiyama, PT
            """,
            ["M54.2"], [PT("97140", 11), PT("97110", 17)], []),

        // CBOSM PTA 97110 in two clipboard rows around a phone call (9:45–9:56, 10:01–10:13 = 23); ACL exercises with doses; L quad weakness: passes.
        ["vord-h126-cbosm-pta-acl-te-two-rows"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            CLIPBOARD (typed in):
              97110  In 9:45  Out 9:56  SR
              — pt on phone (school) —
              97110  In 10:01  Out 10:13  SR
            Leg press 80 lb 3x12, Bulgarian split squats 3x8, Nordic curls 2x6, lateral band walks 3 lengths.
            Problem: L quad and hamstring weakness after the L ACL reconstruction; junior wrestler aiming for the spring season.
            Shaunté Rollins, PTA
            """,
            ["S83.512D"], [PTA("97110", 23)], []),

        // CBOSM PT one clipboard NMR row (11:00–11:22 = 22), "1:1"; Airex head turns, hop-and-stick, perturbations; ankle proprioception after an ORIF; Y-balance and SLS: passes.
        ["vord-h126-cbosm-jet-boat-guide-ankle-nmr"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            CLIPBOARD (typed in):
              97112  In 11:00  Out 11:22  AV
            1:1 on the turf.
            Single-leg stance on the Airex with head turns, hop-and-stick forward and lateral, perturbations while he held a rope line.
            Problem: L ankle proprioception after the bimalleolar ORIF — jet-boat guide who steps off onto wet rock.
            Y-balance anterior L 59 cm (R 67); SLS foam L 14 sec.
            Anil Varma, PT, OCS
            """,
            ["S82.842D"], [PT("97112", 22)], []),

        // CBOSM PT 97140 row (2:00–2:11 = 11) and 97110 in two rows around a restroom trip (2:13–2:25, 2:30–2:41 = 23), both match; glides and STM with degrees; exercises with doses; shoulder stiffness and cuff weakness: passes.
        ["vord-h126-cbosm-shoulder-manual-and-split-te"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — West Richland
            CLIPBOARD (typed in):
              97140  In 2:00  Out 2:11  HL
              97110  In 2:13  Out 2:25  HL
              — pt to restroom —
              97110  In 2:30  Out 2:41  HL
            97140: GH posterior glides grade III, STM to the R infraspinatus and teres minor.
            97110: sidelying ER 3 lb 3x15, rows 15 lb 3x12, scaption 2 lb 3x10, sleeper stretch 3 x 30 sec.
            Problem: R posterior capsule tightness and cuff weakness, Hanford retiree who wants to cast again.
            R shoulder IR 32 to 41 degrees after the glides.
            Heidi Lindqvist, PT
            """,
            ["M75.41"], [PT("97140", 11), PT("97110", 23)], []),

        // CBOSM PTA 97530 one row (12:15–12:38 = 23); dropping to a knee and rising, rolling mats, carrying; counts and assist; knee weakness after a meniscus repair: passes.
        ["vord-h126-cbosm-pta-wrestling-coach-97530"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Pasco
            CLIPBOARD (typed in):
              97530  In 12:15  Out 12:38  BK
            Dropping to the R knee on the mat and rising without hands 6x; rolling and carrying a folded mat section 40 ft 4 trips; getting down to a referee's position and back up 5x SBA.
            Problem: R knee flexion and quad weakness after the R medial meniscus repair, high-school wrestling coach.
            Bryce Kettleman, PTA
            """,
            ["S83.241D"], [PTA("97530", 23)], []),

        // CBOSM PTA 97116 in two clipboard rows around his ride calling (3:40–3:51, 3:57–4:07 = 21); walker to cane with stairs and curb; short R stance after a hip replacement; distance and assistance: passes.
        ["vord-h126-cbosm-pta-gait-his-ride-called"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — West Richland
            CLIPBOARD (typed in):
              97116  In 3:40  Out 3:51  SR
              — his ride called; pt on phone —
              97116  In 3:57  Out 4:07  SR
            Gait training from the walker to the cane: hallway, 4 stairs with the rail and the curb at the front door, cues for equal stride and trunk upright.
            Problem: short R stance and a forward lean after the R THA.
            320 ft cane SBA; stairs and curb CGA.
            Shaunté Rollins, PTA
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 21)], []),

        // CBOSM PTA NMR in three clipboard rows (7:05–7:13, 7:18–7:26, 7:31–7:38 = 23) around two calls; 1:1; foam, rocker, perturbations; knee proprioception; hop sticks and SLS: passes.
        ["vord-h126-cbosm-pta-three-row-nmr"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Pasco
            CLIPBOARD (typed in):
              97112  In 7:05  Out 7:13  BK
              — pt on phone (orchard crew) —
              97112  In 7:18  Out 7:26  BK
              — pt on phone again —
              97112  In 7:31  Out 7:38  BK
            1:1 every row, nobody else in before the clinic opened.
            Single-leg stance on foam with ball catches, rocker board M/L, perturbations at the hips in single-leg stance.
            Problem: R knee proprioception and quad timing after the R ACL reconstruction, crew boss on uneven orchard ground.
            Hop-and-stick 7 of 10; SLS foam R 18 sec.
            Bryce Kettleman, PTA
            """,
            ["S83.511D"], [PTA("97112", 23)], []),

        // CBOSM PT 97112 (10:00–10:22 = 22) and PTA 97110 (10:25–10:38 = 13) with the visit's time in and time out, both match; 1:1 for the NMR; perturbations, foam; exercises with doses; ankle proprioception and calf weakness; Y-balance: passes.
        ["vord-h126-cbosm-pt-nmr-pta-te-time-in-out"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            TIME IN 9:55    TIME OUT 10:44
            CLIPBOARD (typed in):
              97112  In 10:00  Out 10:22  AV
              97110  In 10:25  Out 10:38  SR
            97112 (AV, 1:1): perturbations on the rocker, single-leg stance on foam with head turns, lateral hops to a stick.
            97110 (SR): single-leg heel raises 3x15, eccentric heel drops off the step 3x12, band eversion 3x15.
            Problem: L ankle proprioception and calf weakness after the lateral ankle reconstruction.
            Y-balance posterolateral L 82 cm (R 94).
            """,
            ["S93.402D"], [PT("97112", 22), PTA("97110", 13)], []),

        // CBOSM PT 97140 "11 min" with ice after (97010, untimed); lumbar glides and STM; L4-5 hypomobility; flexion inches: passes.
        ["vord-h126-cbosm-lumbar-manual-ice-after"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            97140 manual therapy — 11 min (AV)
            Central and L unilateral PA glides L4-5 grade III, STM to the L paraspinals, manual hip flexor stretch in Thomas position.
            Problem: L4-5 hypomobility and L hip flexor tightness, can't stand up straight off the wheat truck.
            Standing flexion fingertips 10 inches from the floor (16 before).
            Ice to the low back after (97010 — untimed, not counted).
            Anil Varma, PT, OCS
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // CBOSM PTA 97110 in two rows around a restroom trip (2:50–3:02, 3:07–3:18 = 23); shoulder exercises with doses; scapular and cuff weakness: passes.
        ["vord-h126-cbosm-pta-shoulder-te-split"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Pasco
            CLIPBOARD (typed in):
              97110  In 2:50  Out 3:02  BK
              — pt to restroom —
              97110  In 3:07  Out 3:18  BK
            Prone Y-T-W 2x10 each, band ER 3x15, push-up plus on the wall 3x12, overhead carry 5 lb 4 x 40 ft.
            Problem: L scapular and rotator cuff weakness, cherry packer who reaches up to the top bins all shift.
            Bryce Kettleman, PTA
            """,
            ["M75.102"], [PTA("97110", 23)], []),

        // CBOSM PTA 97530 in two rows (8:15–8:27, 8:32–8:43 = 23) and 97110 (8:45–8:57 = 12), both match; ladder, lifting and carrying tasks with counts; hip exercises with doses; hip weakness: passes.
        ["vord-h126-cbosm-pta-activities-and-te"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — West Richland
            CLIPBOARD (typed in):
              97530  In 8:15  Out 8:27  SR
              — pt to restroom —
              97530  In 8:32  Out 8:43  SR
              97110  In 8:45  Out 8:57  SR
            97530: climbing the 3-step orchard ladder with a half-full picking bag 4x SBA; squat-lifting a bin lid from the floor 8x; carrying the bag 60 ft 3 trips.
            97110: clamshells with the band 3x15, side planks 3 x 20 sec, step-downs 3x10.
            Problem: R hip abductor and extensor weakness after the R hip arthroscopy.
            Shaunté Rollins, PTA
            """,
            ["M24.151", "Z98.890"], [PTA("97530", 23), PTA("97110", 12)], []),

        // CBOSM PT concussion NMR in two rows around the surgeon's nurse stopping in (9:30–9:38, 9:45–10:00 = 23); 1:1; X1 viewing, head-turn walking, Brock string; vestibulo-ocular and convergence deficits after a concussion; near point of convergence and DVA: passes.
        ["vord-h126-cbosm-concussion-nmr-two-rows"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            CLIPBOARD (typed in):
              97112  In 9:30  Out 9:38  HL
              — nurse stopped in with the return-to-play form; off the clock —
              97112  In 9:45  Out 10:00  HL
            1:1 in the quiet room.
            X1 viewing at the wall target, walking the hall with head turns, Brock string convergence at three beads.
            Problem: vestibulo-ocular and convergence deficits after the concussion at the Pasco meet; dizzy turning his head on the mat.
            Near point of convergence 9 cm (14 at eval); DVA lost 2 lines.
            Heidi Lindqvist, PT
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // NFPS hot pack in PRE, 97110 23 min, IFC in POST; bridges, squats, rows with doses; lumbar and hip weakness: passes.
        ["vord-h126-nfps-te-between-hot-pack-and-ifc"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Paonia)
            PRE: moist hot pack to the lumbar spine (97010 — untimed, not in timed total)
            TIMED: 97110 therapeutic exercise — 23 min
            Bridges 3x15, goblet squats 10 lb 3x10, cable rows 20 lb 3x12, side-lying hip abduction 3x12.
            Deficit: lumbar extensor and hip abductor weakness, low back pain loading peach boxes.
            POST: IFC (G0283, unattended) to the lumbar spine in hooklying — untimed, not in timed total
            Gwen Atcitty, PT
            """,
            ["M54.50"], [PT("97110", 23)], []),

        // NFPS NMR in two ranges around a pharmacy call (13:10–13:21, 13:27–13:38 = 22) after the hot pack; one-on-one; pressure-biofeedback TrA, bird-dog perturbations, half-kneel chops; lumbopelvic control; perturbation count and side-plank seconds: passes.
        ["vord-h126-nfps-lumbopelvic-nmr-split"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Cedaredge)
            PRE: hot pack (97010 — untimed, not in timed total)
            TIMED: 97112 — 13:10–13:21 and 13:27–13:38 (pharmacy called about his refill between; not counted)
            One-on-one with Lorenzo.
            TrA drawing-in with the pressure biofeedback cuff, bird-dog with perturbations at the pelvis, half-kneel cable chops with the trunk held still.
            Deficit: lumbopelvic motor control — the pelvis drops when he lifts a leg, outfitter who packs elk out on horseback.
            Objective: 8 of 10 bird-dog perturbations without a pelvic drop; side plank L 22 sec.
            Lorenzo Pacheco, PT, DPT
            """,
            ["M54.50"], [PT("97112", 22)], []),

        // NFPS cervical traction in PRE, 97140 10 min and 97110 in two ranges (14:40–14:52, 14:57–15:08 = 23), both match; glides and STM with degrees; neck and scapular exercises with doses; cervical radiculopathy with stiffness: passes.
        ["vord-h126-nfps-traction-manual-split-te"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Hotchkiss)
            PRE: mechanical cervical traction, 15 lb intermittent (97012 — untimed, not in timed total)
            TIMED: 97140 — 10 min: suboccipital release, C6-7 lateral glides L grade III, STM to the L scalenes.
            TIMED: 97110 — 14:40–14:52 and 14:57–15:08 (restroom between): chin tucks 3x10, rows with the red band 3x15, median nerve glides 2x10.
            Deficit: L C7 radiculopathy with cervical rotation stiffness and scapular weakness.
            Objective: cervical rotation L 49 to 58 degrees after.
            Gwen Atcitty, PT
            """,
            ["M54.12"], [PT("97140", 10), PT("97110", 23)], []),

        // NFPS PTA 97110 21 min with an ice pack in POST (97010, untimed); knee OA exercises with doses; L knee weakness: passes.
        ["vord-h126-nfps-pta-knee-oa-ice-after"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Paonia)
            TIMED: 97110 — 21 min
            Recumbent bike for warm-up, quad sets 3x10, SLR 2 lb 3x12, sit to stand from the 20 inch chair 3x8, step-ups 4 inch 3x10.
            Deficit: L quad weakness with L knee OA, two weeks after the knee injection in the clinic.
            POST: ice pack to the L knee (97010 — untimed, not in timed total)
            Trisha Ballard, PTA
            """,
            ["M17.12"], [PTA("97110", 21)], []),

        // NFPS 97116 22 min after a spinal cord stimulator trial; walking with cues on the hall and the ramp; short steps and a forward lean; distance and assistance: passes.
        ["vord-h126-nfps-gait-after-stimulator"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Cedaredge)
            TIMED: 97116 gait training — 22 min
            Gait training on the hall and the ramp outside the procedure suite with the cane, cues for upright trunk and longer steps, turning at the cones.
            Deficit: short steps and a forward trunk lean with the lumbar stenosis; stimulator trial started last week.
            Objective: 380 ft with the cane SBA; ramp up and down CGA.
            Lorenzo Pacheco, PT, DPT
            """,
            ["M48.062"], [PT("97116", 22)], []),

        // NFPS NMR in three ranges (10:00–10:07, 10:12–10:20, 10:26–10:34 = 23) around a call from his wife in Crawford and a restroom break; one-on-one; foam, perturbations, tandem; postural control with neuropathy; Berg and tandem: passes.
        ["vord-h126-nfps-three-range-nmr"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Paonia)
            TIMED: 97112 — 10:00–10:07, 10:12–10:20 and 10:26–10:34 (his wife called from Crawford; then the restroom — neither counted)
            One-on-one all three ranges.
            Feet together on foam with eyes closed, perturbations at the hips in tandem, tandem walking along the wall.
            Deficit: postural control with the peripheral neuropathy, retired miner who can't feel the ground in the dark.
            Objective: Berg 46/56; tandem stance 11 sec.
            Lorenzo Pacheco, PT, DPT
            """,
            ["G62.9"], [PT("97112", 23)], []),

        // NFPS 97140 11 min after cervical traction and a 97112 22 min, both match; one-on-one for the NMR; laser head relocation, craniocervical flexion with biofeedback, eye-head coordination; cervical proprioception and stiffness; joint position error and degrees: passes.
        ["vord-h126-nfps-cervical-proprioception-two-codes"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Hotchkiss)
            PRE: mechanical cervical traction (97012 — untimed, not in timed total)
            TIMED: 97140 — 11 min: C2-3 unilateral PA glides R grade III, suboccipital release.
            TIMED: 97112 — 22 min, one-on-one: laser-pointer head relocation to the target, craniocervical flexion with the pressure biofeedback, eye-head coordination to the side targets.
            Deficit: cervical proprioception and R upper cervical stiffness after the rear-end collision, dizzy with quick turns.
            Objective: joint position error 6.1 cm (8.4 at eval); cervical rotation R 58 to 66 degrees after the glides.
            Gwen Atcitty, PT
            """,
            ["S13.4XXD"], [PT("97140", 11), PT("97112", 22)], []),

        // NFPS 97110 in two ranges around his wife calling from the parking lot (9:05–9:16, 9:20–9:32 = 23); hip and core exercises with doses; lumbar and hip weakness: passes.
        ["vord-h126-nfps-te-wife-called-from-the-lot"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Cedaredge)
            TIMED: 97110 — 9:05–9:16 and 9:20–9:32 (his wife called from the parking lot; clock off)
            Dead bugs 2x10, bridges with the band 3x15, standing hip abduction at the counter 3x12, farmer carry 15 lb 4 x 50 ft.
            Deficit: lumbar and hip extensor weakness, low back pain on the drive over Grand Mesa.
            Gwen Atcitty, PT
            """,
            ["M54.50"], [PT("97110", 23)], []),

        // NFPS PTA 97530 22 min: lifting a saddle to the rack, bending to the hoof, carrying hay flakes; counts, load and assist; lumbar and hip weakness: passes.
        ["vord-h126-nfps-pta-saddle-97530"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Paonia)
            TIMED: 97530 therapeutic activities — 22 min
            Lifting a 30 lb saddle from the floor to the rack 5x with a hip hinge, bending to hold a hoof with a trunk brace 4x, carrying two hay flakes 40 ft 3 trips SBA.
            Deficit: lumbar extensor and hip weakness, outfitter with elk season in October.
            POST: hot pack to the low back (97010 — untimed, not in timed total)
            Trisha Ballard, PTA
            """,
            ["M54.50"], [PTA("97530", 22)], []),

        // NFPS PTA 97112 in two ranges (10:02–10:13, 10:18–10:29 = 22) and 97110 (10:31–10:43 = 12), both match, hot pack in POST; one-on-one for the NMR; tall-kneel perturbations, quadruped stabilisation; exercises with doses; lumbopelvic control and weakness; perturbation count: passes.
        ["vord-h126-nfps-pta-nmr-and-te-hot-pack-after"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Hotchkiss)
            TIMED: 97112 — 10:02–10:13 and 10:18–10:29 (restroom between), one-on-one
            Tall-kneel perturbations, quadruped rhythmic stabilization, half-kneel lifts with the trunk held still.
            TIMED: 97110 — 10:31–10:43
            Bridges 3x15, side planks 3 x 15 sec, band rows 3x12.
            Deficit: lumbopelvic motor control and trunk extensor weakness, school-bus driver who twists to watch the aisle.
            Objective: tall-kneel perturbations 7 of 10 without a hand down.
            POST: hot pack (97010 — untimed, not in timed total)
            Trisha Ballard, PTA
            """,
            ["M54.50"], [PTA("97112", 22), PTA("97110", 12)], []),

        // CBOSM complete PTA 97110 note (two rows 1:40–1:51, 1:56–2:08 = 23, exercises with doses, knee weakness) on a claim with no diagnosis code: diagnosis missing only.
        ["vord-h126-cbosm-complete-no-diagnosis"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Pasco
            CLIPBOARD (typed in):
              97110  In 1:40  Out 1:51  SR
              — pt to restroom —
              97110  In 1:56  Out 2:08  SR
            Leg press 60 lb 3x12, step-ups 6 inch 3x10, wall sits 4 x 30 sec.
            Problem: R quad weakness after the R TKA.
            Shaunté Rollins, PTA
            """,
            [], [PTA("97110", 23)], [Dx]),

        // NFPS complete 97140 note (11 min, glides with grade, stiffness, degrees) on a claim whose diagnosis cell says "LBP" instead of a code: diagnosis not well formed.
        ["vord-h126-nfps-complete-diagnosis-lbp"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Paonia)
            PRE: hot pack (97010 — untimed, not in timed total)
            TIMED: 97140 — 11 min: central PA glides L3-L5 grade III, STM to the paraspinals.
            Deficit: lumbar hypomobility, can't bend to lace his boots.
            Objective: lumbar flexion fingertips 12 inches from the floor (18 before).
            Lorenzo Pacheco, PT, DPT
            """,
            ["LBP"], [PT("97140", 11)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
