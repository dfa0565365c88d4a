using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The thirty-fifth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random sample of one week's notes from three sources, in the proportions a
/// billing manager sees them — about two thirds ordinary and complete, single- and multi-code visits, by PTs,
/// PTAs and OTs:
/// <list type="number">
/// <item>a New Jersey private practice ("Oak Tree Physio &amp; Rehab": Edison on Oak Tree Road, Iselin, Journal
/// Square in Jersey City, Parsippany) whose therapists trained in India and the Philippines and chart in their
/// own English: "Pt is a 72 yr old female k/c/o DM2, HTN", "C/o … since 3 weeks", "On examination:", "On
/// palpation: grade II tenderness", "Pt was made to do", "done x 10 reps x 2 sets", "Pt was treated on
/// one-to-one basis", "Mode of treatment : Individual – YES", "Time: from 10:05 AM till 10:28 AM", "Kindly
/// continue same plan", "same continued, HEP revised", "Deficits: nil significant", "Lt / Rt", "B/L", "#" for
/// fracture, Syndopa, the puja room and pooja, rotis and the masala dabba, a western toilet; and the Filipino
/// charting habit of "Px" for the patient, "Px was handled by writer alone", "Tx rendered", "Px claims";
/// Indian-school methods (Sahrmann's lower-abdominal progression, Butler's neural sliders, Carr &amp; Shepherd's
/// Motor Relearning Programme, Codman's pendular with the finger ladder and shoulder wheel, ischemic
/// compression);</item>
/// <item>a Minneapolis community clinic ("EPCR Rehab": Cedar-Riverside, East Phillips on Lake Street, North
/// Minneapolis) serving Somali and Hmong families through in-person, phone and video interpreters: the
/// family's decisions (an eldest son, a daughter with the clan elder, a son who chose to rent a device),
/// modesty and same-gender requests (a female PT and interpreter, hijab and jilbaab kept on and work over
/// clothing, a male elder who asked for a male interpreter, a man who asked for a male OT), Ramadan fasting
/// (first appointment of the morning, no water, seated rests), the white strings (khi tes) of a hu plig
/// kept on, a floor mattress, shaah and the thermos, dirac and garbasaar, cooking on a low stool, a garden
/// plot, paj ntaub; bilingual forms with their legends ("Haa = yes · Maya = no", "Yog = yes · Tsis yog = no")
/// and "waan fiicanahay";</item>
/// <item>a technology company's onsite employee-health clinic ("Lumenfield Health @ Campus", Bldg 4) that
/// bills Medicare for retirees and spouses, in a note tool ("Pulse") that leaves emoji in the note (🩺 ⏱ 🎯 📈
/// 📉 📏 🟢 🔴 👍 🤷 ⚠️ 😕) and Slack-style shorthand (":white_check_mark:", ":x:", "fyi", "tl;dr", "#pt-daily"),
/// ergonomic language (a home woodshop bench, a sit-stand desk and monitor arm for a volunteer tax preparer),
/// wearable and sensor data (force-plate sway area in cm², phone-on-sternum RMS sway in m/s², shank IMUs with
/// stance-time asymmetry, sensor insoles with cadence, stride length and double support), Slack message headers
/// with their timestamps, a perturbation treadmill, a VR headset, TPI-style golf drills and a Dance for PD–style
/// class.</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together (up to three in a visit), by PT, PTA and OT.
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h35-…): one-on-one in these writers' words ("treated on one-to-one basis throughout",
/// "Px was handled by writer alone for the whole NMR — no other px in between", "Private session — PT with this
/// one patient only", "nobody else in the room, door shut 🚪, so 1:1 start to finish", "not double-booked — OT
/// with this pt only"), notes that negate it (a husband and wife on the caseload booked together with the PT
/// alternating, a walking-club mini-class, a patient left on the wobble board while the PT applied IFT in the
/// next cubicle) or never state it (an Indian-English narrative), and a 97116 in a shared hallway, which has
/// no one-on-one check;</item>
/// <item>class 2 (v2-h35-…): template states: "Mode of treatment : Individual – YES Group – NO", an emoji
/// legend "🟢 yes · 🔴 no" both ways, Slack shortcodes ":white_check_mark: 1:1 / :x: group", a "Y / N" column
/// with "One-to-one N", Hmong and Somali grids with their legends (every deficit row "Maya"), an assist
/// row "(■ = today)", a blank "LOA: ____ Cues: ____ Trials: ____" row and an outcome-measure row of
/// dashes;</item>
/// <item>class 3 (v3-h35-…): named programmes and methods as techniques (Sahrmann lower-abdominal levels,
/// a Butler median-nerve slider with a C5-6 lateral glide, the Square-Stepping Exercise, gait with a
/// Bioness L300 Go, TPI-style golf drills, the GRASP arm programme, Codman's pendular with the finger ladder
/// and shoulder wheel), one Dance for PD–style class (not one-on-one), one Motor Relearning Programme 97112
/// with no number and one Kabat PNF 97112 with no deficit;</item>
/// <item>class 4 (v4-h35-…): deficits stated as findings (VMO wasting with quad lag, plantar-flexor spasticity
/// with clonus beats, an extensor lag with a flexion contracture, a lateral trunk lean over the operated hip,
/// IMU stance-time asymmetry and swing knee flexion, intention tremor with overshoot, reduced knee flexion for
/// a low cooking stool, a taut band and trigger points on palpation) and notes that state none ("Deficits:
/// nil significant today", "impairments flagged today: none 🤷") on a 97112;</item>
/// <item>class 5 (v5-h35-…): measures in their usual forms ("done x 10 reps x 2 sets", the 30-second chair
/// stand, phone-on-sternum RMS sway, insole cadence, stride length and double support, the Brief-BESTest, a
/// garden row in bouts with Mod I, the Community Balance &amp; Mobility scale) and notes with none ("Pt was able
/// to do better than previous session. Kindly continue same plan.", "Family happy; pt more confident", "IMUs
/// didn't sync 😕 — no gait data today");</item>
/// <item>class 6 (v6-h35-…): minutes in their usual forms ("from 10:05 AM till 10:28 AM" on the one timed
/// code, "97112 (22 min) + 97110 (15 min) = 37 min total", "time-on-task (tablet timer) → 97530: 20 min ·
/// 97110: 15 min", clock ranges per code), true mismatches (an Indian-English ther-ex minutes line, a 📍 on a
/// 97140, "Neuro re-ed: 35 min" on a visit whose one timed code is billed for 22) and truly missing separate
/// time ("Total treatment time: 40 mins", "38 min total … didn't split 🙃", minutes for one of two
/// codes);</item>
/// <item>class 7 (v7-h35-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; a tab and newline only), the contract's meanings of technique, deficit and measure for
/// 97110 (a region as the only target), 97530 (a functional goal as the only target, an assistance level in
/// words as the only measure), 97140 (a region and techniques with no parameter at all) and 97116 (stand-by
/// assistance in words as the only measure), and wholly generic 97110, 97112, 97140 and 97530 notes;</item>
/// <item>ordinary (vord-h35-…): complete notes of the three sources across codes and disciplines that a reviewer
/// passes (the false-positive guard), and the ordinary weak ones: a note with no diagnosis, a free-text
/// diagnosis, a generic two-code note with a total, an exercise list with no dose, a complete 97112 that never
/// says one-on-one and a 97116 whose stated minutes differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least ten minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check here only on
/// an objective measure with a number, and fails it only when the note has no such number and no dose at all.
/// Numbers that are not minutes of a code (interpreter IDs, ages, seconds, degrees, inches, cm², m/s², steps/min,
/// a stool's height, clock times in a Slack message header) are read as what they are.
/// Cases a careful reviewer could argue either way were left out: a content gap in one section of a
/// multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note
/// lacks the thing), generic phrases beside a deficit or a measure without a technique, minutes of an
/// activity, a rest or a test inside a note, self-rated scores or vitals as the only number, a grade with no
/// dose as a 97140's only parameter, a one-on-one left to be inferred or a PT who stepped away, "gait
/// training" alone on a 97116, Somali or Hmong words with no English beside them as the only carrier of a
/// required element, three-character or dotless diagnosis codes, minute ranges and approximate minutes, a task
/// practised read as a 97530's goal, a diagnosis named in the note as a 97112's only target, the previous
/// visit's numbers as a note's only measure, an exercise's name as a 97110's only region, a category from a
/// wearable ("Low → OK") as the only measure, a co-treat in which two disciplines bill the same minutes, and any
/// finding that would depend on whether an unprofiled code carries a documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 92 of 99 cases agree (98 needed), and 5 of the 62 notes the reviewer passes got a finding, on the
/// analyzer of 440c970 (the start of the 2026-12-05 second session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 92 of 99, 5 false positives — the same — at its first run on the analyzer of f0b8ea5 (with the
/// thirty-second and thirty-third sets worked through and reviewed; not shaped by this set): the held-out figure.
/// Then worked through as development data: 99 of 99 — "Px" as the patient, "Px was handled by writer alone" (the
/// passive), "stand-by assistance" in words, amplitude stepping and protective steps to pulls, heel-toe walking as the
/// drill, a "✓ yes ✗ no" key, a note tool's "🟢 yes · 🔴 no" legend (NotesAsWrittenTests, thirty-fifth-worked-through).
/// </para>
/// </summary>
public class HeldOutNotesIssue18ThirtyFifthTests(ITestOutputHelper output)
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

        // Indian-English daily note "Pt was treated on one-to-one basis throughout the session by this therapist"; PNF pelvic patterns with approximation, step-stance weight shift with tapping, hurdles; Lt hip/knee motor control and knee JPS; Tinetti POMA and JPS k of 5: passes.
        ["v1-h35-nj-one-to-one-basis"] = new(
            """
            OAK TREE PHYSIO & REHAB — Edison (Oak Tree Rd) — Daily Note
            Pt is a 67 yr old male k/c/o DM2, HTN; Rt MCA infarct 5 months back. C/o Lt knee "giving way" while walking to the temple.
            Pt was treated on one-to-one basis throughout the session by this therapist.
            NMR (97112) — 22 minutes
            Pt was made to do:
              1) PNF pelvic patterns (ant. elevation / post. depression) in Rt side lying — done x 10 reps each, with approximation
              2) weight shifting onto Lt leg in step-standing with tapping over Lt glut med — done x 15 reps
              3) stepping over 4 hurdles leading with Lt leg, therapist guarding
            On examination: poor Lt hip & knee motor control, knee snaps back into hyperextension in mid-stance; JPS impaired at Lt knee (3/5 correct).
            Tinetti POMA — 18/28 (15/28 on IE).
            Pt was explained the importance of HEP. Advised to continue same.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // Filipino-trained PT, "Px was handled by writer alone for the whole NMR — no other px in between"; foam EO/EC with head turns, rocker board, reactive stepping to belt pulls; neuropathic somatosensory loss and ankle strategy; Four-Stage Balance Test and sharpened Romberg seconds: passes.
        ["v1-h35-nj-px-handled-by-writer-alone"] = new(
            """
            OAK TREE PHYSIO & REHAB — Journal Square — PT Daily Notes
            Px: 74 y/o F. Px claims she feels steadier walking to Sunday mass but still sways when she closes her eyes in the shower.
            Px was handled by writer alone for the whole NMR — no other px in between.
            97112 — 24 min
            Tx rendered:
             - foam stance EO → EC w/ writer's hands off, head turns added last set
             - rocker board A-P and M-L, UE support withdrawn gradually
             - reactive stepping to unannounced pulls at the gait belt (fwd/back/lat)
            Assessment: ↓ somatosensation B/L feet (DM neuropathy) w/ delayed ankle strategy; relies on vision.
            Four-Stage Balance Test: feet together 10 s, semi-tandem 10 s, tandem 4 s (failed); Sharpened Romberg EC 6 s.
            Px verbalized understanding of HEP.
            """,
            ["E11.42", "R26.81"], [PT("97112", 24)], []),

        // Somali patient's request for a female PT and interpreter met, hijab and jilbaab kept on, "Private session — PT with this one patient only"; vestibular habituation (rolling, sit→supine, head nods on foam, hallway head turns); motion-provoked dizziness and postural control after BPPV; MSQ and mCTSIB seconds: passes.
        ["v1-h35-mpls-private-session-female-pt"] = new(
            """
            EPCR Rehab — Cedar-Riverside site — PT visit
            Pt request on file: female PT and female interpreter only. Met: female PT; Somali interpreter (female, in person, ID 4471) for the whole visit. Husband waited in the lobby; pt kept her hijab and jilbaab on and all work was done over clothing.
            Private session — PT with this one patient only.
            97112 — 23 min
            Vestibular habituation: rolling L↔R on the mat table, sit → supine with head turned R, standing head nods/turns on foam, walking the hallway turning to read the picture cards on each wall.
            Problem: R posterior-canal BPPV cleared 2 wk ago — residual motion-provoked dizziness and ↓ postural control with head movement.
            MSQ 12 (28 at eval). mCTSIB foam EC 19 s (7 s at eval).
            Pt: "waan fiicanahay" (I am fine) — wants to stand through prayers without holding the wall.
            """,
            ["H81.11"], [PT("97112", 23)], []),

        // Hmong husband and wife both on the caseload, "booked together in the same morning slot … I alternated between them": not one-on-one; PNF chops/lifts, quadruped rhythmic stabilization, half-kneel with perturbations; trunk postural control and R motor recruitment; Trunk Impairment Scale present.
        ["v1-h35-mpls-hmong-couple-alternated"] = new(
            """
            EPCR Rehab — North Mpls site — PT daily
            Mr. and Mrs. V. are both on my caseload and were booked together in the same morning slot (their son drives them both; the family prefers it). Both worked on the mats at the same time and I alternated between them. Hmong interpreter by phone (ID 2218) for both.
            Mr. V. — 97112, 22 min:
              PNF trunk chops and lifts in tall-kneeling; quadruped alternating arm/leg lifts with rhythmic stabilization at the pelvis; half-kneel to stand with light perturbations at the shoulders
            Impairment: ↓ trunk postural control and R-sided motor recruitment after L pontine stroke (Aug 2025).
            Trunk Impairment Scale 14/23 (11/23 at IE).
            """,
            ["I69.351"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Employee-health note tool with emoji headers: "who: me + Dana K. … nobody else in the room, door shut 🚪, so 1:1 start to finish"; perturbation treadmill, EC Airex head turns, step-to-target screen game; reactive stepping and somatosensory loss; force-plate sway area cm² and k of 10: passes.
        ["v1-h35-tech-door-shut-start-to-finish"] = new(
            """
            🩺 Pulse · PT daily · Bldg 4, rm B
            👥 who: me + Dana K. (retiree, 71) — nobody else in the room, door shut 🚪, so 1:1 start to finish
            ⏱ 97112 NMR: 25 min
            🛠 what we did
             • perturbation treadmill — belt slips at 0.6 mph, harness on
             • EC stance on Airex w/ head turns
             • step-to-target game on the balance screen (random targets)
            🎯 why: delayed reactive stepping + ↓ somatosensory input from the feet (idiopathic peripheral neuropathy)
            📉 data: plate sway area EC-foam 18.4 cm² → 12.9 cm²; 8/10 belt slips recovered w/ one step
            """,
            ["G62.9", "R26.81"], [PT("97112", 25)], []),

        // "fyi ran this one as a mini-class w/ 3 retirees from the Tuesday walking club … rotating through stations": not one-on-one; beam tandem, rocker SLS, EC cone taps; postural control and ankle strategy; SLS seconds present.
        ["v1-h35-tech-walking-club-mini-class"] = new(
            """
            🩺 Pulse · PT · Bldg 4 gym
            fyi ran this one as a mini-class w/ 3 retirees from the Tuesday walking club (all on Medicare), rotating through stations while I cued whoever was up.
            97112 — 20 min
             stations: tandem walk on the low beam · SLS on the rocker · cone taps eyes closed
             this pt: ↓ postural control, leans on hip strategy, ankle strategy barely there
             SLS R 9 s / L 6 s 🙂
            """,
            ["R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Indian-English Parkinson's narrative, complete (floor-strip cues, weight shift with rhythmic counting, big steps through the doorway, backward steps to a pull; festination and backward postural reactions; pull test and freezes in a 360° turn) but never says one-on-one.
        ["v1-h35-nj-parkinson-narrative-unstated"] = new(
            """
            OAK TREE PHYSIO & REHAB — Iselin — Daily Note
            Pt is a 78 yr old female k/c/o Parkinsonism since 5 yrs, on Syndopa. C/o freezing while turning in her kitchen and near the puja room door.
            On examination: festinating gait, freezing at doorways, ↓ backward postural reactions.
            Treatment given: visual cues (yellow floor strips) for turning; weight-shift training with rhythmic counting aloud; big-step training through the doorway; backward stepping to therapist's pull.
            Pull test — 4 steps to recover. Freezing episodes in 360° turn — 2 (5 on IE).
            NMR — 25 minutes. Pt's daughter-in-law present and taught the floor-strip cue.
            """,
            ["G20.A1"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // "Pt was kept on the wobble board in front of the mirror while therapist applied IFT to the pt in cubicle 3": attention divided, nothing states one-on-one; wobble board, parallel-bar tandem, cone stepping; ankle proprioception and late peroneal reaction after trimalleolar ORIF; SLS seconds.
        ["v1-h35-nj-ift-in-next-cubicle"] = new(
            """
            OAK TREE PHYSIO & REHAB — Parsippany
            S/p Rt trimalleolar # ORIF (Nov). C/o Rt ankle "wobbly" on uneven ground.
            97112 NMR – 20 min: pt was kept on the wobble board in front of the mirror while therapist applied IFT to the pt in cubicle 3; then tandem walking in the parallel bars and stepping onto cones.
            Deficit: Rt ankle proprioception ↓, peroneal reaction late.
            SLS Rt 8 sec (Lt 30 sec).
            """,
            ["S82.851D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // PTA gait 97116 in the main hallway while another PTA walked her own patient there (a male elder's request for a male interpreter met): 97116 has no one-on-one check; hemi-walker and ramp with cues; L knee hyperextension and circumduction; distances and CGA/Min A: passes.
        ["v1-h35-mpls-97116-shared-hallway"] = new(
            """
            EPCR Rehab — East Phillips (Lake St) — PTA note
            97116 Gait — 18 min. Main hallway and the entrance ramp; another PTA was walking her own pt in the same hallway.
            Somali interpreter in person (pt, a male elder, asked for a male interpreter — provided).
            Hemi-walker on level tile 3 x 100 ft, ramp up/down x 2; cues for L heel strike and to stop snapping the L knee back.
            L hemiparesis after R MCA stroke: L knee hyperextension in stance, circumduction in swing.
            CGA on level, Min A descending the ramp.
            """,
            ["I69.354"], [PTA("97116", 18)], []),

        // OT 97112 "not double-booked — OT with this pt only for the block ✅"; vision-occluded texture discrimination, rice-bin object finding, weight bearing through the R hand while typing; stereognosis and proprioception after a parietal stroke; 2-point mm and k of 10: passes.
        ["v1-h35-tech-ot-not-double-booked"] = new(
            """
            🩺 Pulse · OT · Bldg 4 · hand lab
            not double-booked — OT with this pt only for the block ✅
            97112 (OT) — 24 min
             sensory re-ed R hand, vision occluded: graded texture discrimination (5 grits), finding objects in a rice bin, weight-bearing through the R hand on the desk while she types w/ the L
            🎯 ↓ R hand stereognosis + proprioception after L parietal stroke — drops her coffee mug when not looking
            📈 2-pt discrimination R index 9 mm (12 mm at IE); rice-bin object ID 6/10 (2/10 at IE)
            """,
            ["I69.351"], [OT("97112", 24)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Indian treatment record "Mode of treatment : Individual – YES   Group – NO   Concurrent – NO"; kneel-standing rhythmic stabilisation, EC sit-to-stand, sponge-mat turns, heel-shin tracing; cerebellar ataxia and dysmetria; SARA and tandem steps: passes.
        ["v2-h35-nj-mode-individual-yes"] = new(
            """
            OAK TREE PHYSIO & REHAB — Parsippany — TREATMENT RECORD
            Mode of treatment : Individual – YES   Group – NO   Concurrent – NO
            Treatment given   : 97112 NMR — 23 mins
            Exercises         : PNF rhythmic stabilisation in kneel-standing; sit-to-stand with eyes closed; walking on sponge mat with 180° turns; heel-to-shin tracing along a tape line in supine
            Findings          : ataxic gait, dysmetria on heel-shin Rt > Lt, truncal ataxia in sitting (post Rt cerebellar infarct)
            Outcome           : SARA 12/40 (15/40 on IE); tandem steps 6 before side-step
            Plan              : same continued, HEP revised
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // Note tool's emoji legend "🟢 yes · 🔴 no" with "1:1 session … 🟢" and group/co-treat 🔴; dual-task obstacle course, Airex head turns, hip perturbations in tandem; vestibular hypofunction and dual-task postural control; Timed L-test seconds: passes.
        ["v2-h35-tech-emoji-legend-1to1-green"] = new(
            """
            🩺 Pulse Notes · PT daily · Bldg 4
            legend: 🟢 yes · 🔴 no
            1:1 session ......... 🟢
            group / class ....... 🔴
            co-treat ............ 🔴
            97112 NMR — 22 min
             • obstacle course while naming animals A→Z
             • stepping onto Airex w/ head turns to call-outs
             • lateral perturbations at the hips in tandem stance
            🎯 L vestibular hypofunction (chronic) + dual-task postural control ↓
            📈 Timed L-test 24.1 s (29.8 s at IE)
            """,
            ["H81.22", "R26.81"], [PT("97112", 22)], []),

        // Same emoji legend with "1:1 session … 🔴" and "group / class … 🟢 (Balance Lab, 4 ppl)": not one-on-one; backward line walking, clock stepping, half-roller stance; reactive stepping and ankle proprioception; k of 10 present.
        ["v2-h35-tech-emoji-legend-1to1-red"] = new(
            """
            🩺 Pulse Notes · PT daily · Bldg 4
            legend: 🟢 yes · 🔴 no
            1:1 session ......... 🔴
            group / class ....... 🟢 (Balance Lab, 4 ppl)
            co-treat ............ 🔴
            97112 NMR — 20 min
             • backward walking on the taped line, eyes on a target
             • clock-stepping to the PT's call
             • standing on the half foam roller, flat side down
            🎯 ↓ reactive stepping + ↓ proprioception B ankles
            📈 backward walk 10 ft w/o a step off the line 7/10
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Slack workflow export ":white_check_mark: 1:1 w/ PT (entire NMR) / :x: group / :x: aide helped"; 97112 20 and 97110 15 (both match); half-kneel rhythmic stabilization, EC foam-beam tandem, star reaches; step-ups, SL calf raises, band eversion; ankle proprioception and calf/peroneal weakness after ORIF; SLS seconds: passes.
        ["v2-h35-tech-slack-shortcodes-two-codes"] = new(
            """
            #pt-daily · Slack workflow export
            :white_check_mark: 1:1 w/ PT (entire NMR)
            :x: group
            :x: aide helped
            97112 — 20 min :brain:
              • rhythmic stabilization in half-kneel
              • EC tandem on the foam beam
              • star reaches (ant / PM / PL) standing on the L leg
            97110 — 15 min :muscle:
              • step-ups 6" 3 x 10
              • single-leg calf raises 3 x 12
              • band eversion, red, 3 x 15
            :dart: L ankle proprioception ↓ + peroneal/calf weakness 4-/5 after L lateral malleolus ORIF
            :chart_with_upwards_trend: SLS EC L 4 s / R 11 s
            """,
            ["S82.62XD"], [PT("97112", 20), PT("97110", 15)], []),

        // "Session details  Y / N … One-to-one N … Group (max 4 pts) Y": not one-on-one; foam EO/EC, line tandem, heel and toe walking; absent vibration sense and a positive Romberg; tandem and foam seconds present.
        ["v2-h35-nj-yn-column-one-to-one-n"] = new(
            """
            OAK TREE PHYSIO & REHAB — Edison
            Session details            Y / N
            One-to-one                 N
            Group (max 4 pts)          Y
            Supervised by PT           Y
            Code / time: 97112 — 20 min
            Pt was made to do: standing on foam pad EO/EC, tandem walk on line, toe-walking and heel-walking between parallel bars.
            On examination: vibration sense absent at B/L great toes, Romberg positive.
            Done: tandem walk 10 steps x 3 rounds; foam EC 12 sec.
            """,
            ["E11.42"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Hmong/English form "Yog = yes · Tsis yog = no" with "Kho ib leeg / individual 1:1 … Yog [x]"; foam sit↔stand, floor-target stepping, rocker board holding a bowl; foot somatosensory loss and slow stepping; multi-directional reach inches: passes.
        ["v2-h35-mpls-hmong-yog-grid"] = new(
            """
            EPCR Rehab — North Mpls — PT daily (Hmong / English form)
            Yog = yes · Tsis yog = no
            Kho ib leeg / individual 1:1 .......... Yog [x]   Tsis yog [ ]
            Pab pawg / group ...................... Yog [ ]   Tsis yog [x]
            Interpreter: Hmong, phone, ID 3305. Pt's daughter present; she makes care decisions together with the clan elder and agreed to the plan today.
            97112 — 22 min
              sit ↔ stand on foam; stepping to floor targets on my cue (relayed by the interpreter); standing on the rocker board holding a bowl at waist height, the way she serves rice
            Deficit: R foot somatosensory loss (DM) + slow stepping reactions
            Multi-directional reach: fwd 8 in · back 3 in · R 5 in · L 4 in (fwd 5 in at IE)
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // Somali/English checklist "Haa = yes · Maya = no": individual 1:1 and three techniques "Haa", every deficit row (vestibular, proprioception, postural control, motor control) "Maya" and no deficit anywhere else; TUG present: deficit missing.
        ["v2-h35-mpls-somali-deficit-rows-maya"] = new(
            """
            EPCR Rehab — Cedar-Riverside — PT checklist (Somali / English)
            Haa = yes · Maya = no
            Individual 1:1 ........................ Haa ☒  Maya ☐
            97112 — 20 min
            Techniques
              PNF chops and lifts in standing ....... Haa ☒  Maya ☐
              stepping over cones to a clap beat .... Haa ☒  Maya ☐
              rocker board A/P ...................... Haa ☒  Maya ☐
            Deficits
              vestibular ............................ Haa ☐  Maya ☒
              proprioception ........................ Haa ☐  Maya ☒
              postural control ...................... Haa ☐  Maya ☒
              motor control / coordination .......... Haa ☐  Maya ☒
            TUG 14.8 s
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Filipino OT template: laundry tasks named and a goal, but "LOA: ______   Cues: ______   Trials: ______" left blank and no other number or parameter: measure missing.
        ["v2-h35-nj-ot-loa-row-blank"] = new(
            """
            OAK TREE PHYSIO & REHAB — Journal Square — OT Daily Note
            Px: 81 y/o F, lives alone in an apartment building with an elevator.
            97530 Therapeutic activity — 20 min
            Activities: loading the front-load washer seated on a stool, folding towels standing at the counter, carrying a half-full laundry basket on the rollator seat to the "bedroom" area.
            Goal: Px to do own laundry in the building's basement laundry room.
            LOA: ______   Cues: ______   Trials: ______
            Px motivated, will practice at home w/ daughter.
            """,
            ["M62.81"], [OT("97530", 20)], [At(Measure, "97530")]),

        // Note tool with "👤 1:1 — PT + pt only"; amplitude stepping, backward protective steps, reversing turns in a taped box; PD protective steps and freezing (timing/sequencing); outcome row "TUG — · Mini-BEST — · plate sway n/a (sensor offline ⚠️)" and no number or dose anywhere: measure missing.
        ["v2-h35-tech-outcome-row-dashes"] = new(
            """
            🩺 Pulse · PT daily · Bldg 4
            👤 1:1 — PT + pt only
            97112 NMR — 22 min
             • amplitude stepping to floor dots on the beat
             • backward protective steps to pulls at the shoulders
             • turning in a box taped on the floor, reversing direction on cue
            🎯 PD: small, slow protective steps + freezing on turns (timing/sequencing)
            📏 outcome measures: TUG — · Mini-BEST — · plate sway n/a (sensor offline ⚠️)
            tl;dr good session, retest next visit
            """,
            ["G20.A1", "R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Somali OT: floor-mattress transfers, shaah at the stove, thermos from a low cupboard; B knee OA with a floor-mattress and tea-for-guests goal; "Assist level (■ = today): … SBA ■" and four trials; the eldest son agreed to the plan: 97530 passes.
        ["v2-h35-mpls-ot-assist-filled-square"] = new(
            """
            EPCR Rehab — Cedar-Riverside — OT
            Somali interpreter in person; pt's eldest son present and agreed to the plan for the family.
            97530 — 20 min
            Tasks: lowering to the floor mattress and getting up again via half-kneel holding a low stool; making shaah at the stove and carrying the cup to the floor tray; reaching into the low cupboard for the thermos.
            Goal: sleep on her own floor mattress and make tea for guests without her daughter's help (B knee OA).
            Assist level (■ = today):  Indep □  Mod I □  SBA ■  CGA □  Min □  Mod □
            Floor ↔ stand x 4 trials.
            """,
            ["M17.0"], [OT("97530", 20)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // Sahrmann lower-abdominal progression levels 1 → 3 "done x 10 reps each", pressure biofeedback held in mmHg, Thomas-position stretch; poor TrA activation and LBP on rising from the floor after pooja: 97110 passes.
        ["v3-h35-nj-sahrmann-lower-abs-97110"] = new(
            """
            OAK TREE PHYSIO & REHAB — Iselin — Daily Note
            C/o low back pain since 6 months, more on getting up from the floor after pooja.
            On examination: poor TrA activation, ↑ lumbar lordosis, hip flexors tight B/L.
            97110 — 15 min
            Pt was made to do Sahrmann lower-abdominal progression levels 1 → 3 (heel slides, bent-knee fall-outs, single-leg lift from hook-lying), done x 10 reps each with TrA brace; pressure biofeedback 40 → 50 mmHg held 10 sec x 10 reps; Thomas-position hip flexor stretch 30 sec x 3 B/L.
            Pt was explained to avoid sudden forward bending.
            """,
            ["M54.50"], [PT("97110", 15)], []),

        // Butler-style therapist-applied median nerve slider in ULTT1 with oscillation counts, C5-6 lateral glide grade III with bouts, STM; C6 radiculopathy with ULTT1 and Spurling's; elbow-extension degrees before/after: 97140 passes.
        ["v3-h35-nj-butler-median-slider-97140"] = new(
            """
            OAK TREE PHYSIO & REHAB — Edison
            C/o tingling in Rt thumb & index finger since 3 weeks, worse typing on the laptop.
            On examination: ULTT1 (median) +ve Rt — symptoms at 120° elbow ext; Spurling's +ve Rt; C5-6 hypomobile on PAIVM.
            Manual therapy (97140) — 12 mins:
             • therapist-applied median nerve slider in ULTT1 position (Butler) — 3 x 10 oscillations
             • C5-6 Rt lateral glide Gr III — 3 x 30 sec
             • STM Rt scalenes & pec minor
            Post: ULTT1 elbow ext deficit 40° → 25°; Spurling's now –ve.
            """,
            ["M54.12"], [PT("97140", 12)], []),

        // Square-Stepping Exercise on the grid mat from memory with head turns, "Session 1:1, just PT and pt (interpreter only interpreting)"; step initiation, timing/sequencing and postural control in a Somali elder who fell at the mall; k of 10 error-free patterns: passes.
        ["v3-h35-mpls-square-stepping-97112"] = new(
            """
            EPCR Rehab — Cedar-Riverside — PT daily
            Somali interpreter in person (ID 4471). Session 1:1, just PT and pt (the interpreter only interpreting).
            97112 — 22 min
            Square-Stepping Exercise (SSE) on the 4-column grid mat: forward/backward and diagonal patterns shown once, then done from memory; progressed from level 2 to level 4 patterns; added a head turn to name colours for the last rounds.
            Deficit: slow step initiation, timing/sequencing errors and ↓ postural control on diagonal steps — 2 falls at the Karmel mall since winter.
            Level 4 patterns done without error 7/10 (3/10 last wk).
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // Hmong patient (video interpreter; the son decided to rent the unit): 97116 with a Bioness L300 Go on the peroneal nerve, level floor, curb and reciprocal stairs; L foot drop and stiff-knee swing; 10MWT m/s and distances with SBA: passes.
        ["v3-h35-mpls-hmong-bioness-97116"] = new(
            """
            EPCR Rehab — North Mpls — PT
            Hmong interpreter by video (ID 2907); son present — the family decided last visit to rent the unit for a month.
            97116 Gait training — 20 min with the Bioness L300 Go on the L peroneal nerve: level floor, over a 4" curb, and reciprocal stairs (4 steps) with the rail.
            L foot drop with toe drag in swing, L knee stiff in swing (after R MCA stroke).
            10MWT 0.62 m/s (0.48 m/s without the L300); 300 ft x 2 SBA.
            Goal: walk to the community garden plot behind the building.
            """,
            ["I69.354"], [PT("97116", 20)], []),

        // TPI-style golf corrective set for a retiree (90/90 hip switches, open books, club-across-shoulders rotation, cable chops with load and doses); L hip IR and thoracic rotation limits causing sway; degrees: 97110 passes.
        ["v3-h35-tech-tpi-golf-97110"] = new(
            """
            🩺 Pulse · PT · Bldg 4
            retiree (spouse of an eng.), 69 — wants to get back to 18 holes w/ the Friday group ⛳
            97110 — 18 min · TPI-style corrective set
             • 90/90 hip switches 2 x 10
             • open books sidelying 2 x 10 / side
             • seated trunk rotation w/ a club across the shoulders 3 x 10
             • split-stance cable chops 8 kg 3 x 8 / side
            🎯 ↓ L hip IR + ↓ thoracic rotation to the L → sways off the ball
            📈 L hip IR 20° → 28°; seated thoracic rotation L 35° / R 48°
            """,
            ["M25.652", "M54.6"], [PT("97110", 18)], []),

        // Dance for PD–style class in the atrium (6 retirees and 2 spouses, PT leading from the front) billed 97112: not one-on-one; seated-to-standing sequences, barre grapevine, stop-and-go on the drum; PD amplitude and turning postural control; k of 5 present.
        ["v3-h35-tech-dance-for-pd-class"] = new(
            """
            🩺 Pulse · PT · Bldg 1 atrium
            Dance for PD–style class today (6 retirees + 2 spouses), I led from the front; pt billed 97112, 25 min
             • seated → standing sequences w/ big arm sweeps, weight shifts to the music
             • grapevine along the barre, stop-and-go on the drum
            🎯 PD: ↓ movement amplitude and ↓ postural control in turns
            📈 grapevine 10 steps w/o a barre touch 3/5
            """,
            ["G20.A1"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Carr & Shepherd Motor Relearning Programme (sit-to-stand components, reaching beyond arm's length, lower plinth) "Pt attended individually (one-to-one)"; anticipatory postural adjustments and LE loading in hemiparesis; no number or dose anywhere: measure missing.
        ["v3-h35-nj-motor-relearning-no-number"] = new(
            """
            OAK TREE PHYSIO & REHAB — Edison — Neuro Daily
            Pt attended individually (one-to-one) by this therapist.
            97112 — 22 mins
            Motor Relearning Programme (Carr & Shepherd): sit-to-stand component training — feet back, trunk forward over feet, symmetrical weight; reaching in sitting beyond arm's length to the Lt side; standing up from a lower plinth.
            Deficit: Lt hemiparesis with poor anticipatory postural adjustments and ↓ Lt LE loading.
            Pt's wife taught to cue "nose over toes".
            """,
            ["I69.354"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Male OT at the patient's request, fasting in Ramadan (first appointment of the morning, no water): GRASP level 2 with putty, sponge, table slides and a 1 lb weight with doses; R UE weakness with grip kg and MMT; Qur'an and prayer-beads goal: 97110 passes.
        ["v3-h35-mpls-grasp-ot-97110"] = new(
            """
            EPCR Rehab — East Phillips — OT
            Pt asked for a male therapist at intake; seen by a male OT. Somali interpreter by phone (ID 5120).
            Ramadan: pt is fasting — session moved to the first appointment of the morning, seated rests offered, no water per pt; intensity kept moderate.
            97110 — 20 min
            GRASP level 2 (R UE): putty pinch/roll 2 x 10, squeezing a sponge into a bowl x 20, shoulder flexion slides on the table 2 x 15, wrist extension with 1 lb 2 x 10
            R UE weakness after L MCA stroke: grip R 9 kg (L 30 kg), shoulder flexion 3/5
            Goal: hold the Qur'an and his prayer beads in the R hand
            """,
            ["I69.351"], [OT("97110", 20)], []),

        // "1:1 ✅ (just the two of us)", Kabat PNF D2 with slow reversal-hold, rhythmic stabilization on the ball and in half-kneel, combination of isotonics; Tinetti present; no deficit or system anywhere ("feeling strong"): deficit missing.
        ["v3-h35-tech-kabat-pnf-no-deficit"] = new(
            """
            🩺 Pulse · PT daily · Bldg 4
            1:1 ✅ (just the two of us)
            97112 — 20 min
             • Kabat PNF: D2 flexion/extension UE w/ slow reversal-hold
             • rhythmic stabilization seated on the physio ball, then in half-kneel
             • combination of isotonics: squat ↔ stand
            📈 Tinetti POMA 22/28 (19/28 in Feb)
            💬 "feeling strong, ready for the grandkids' visit 🎉"
            """,
            ["M62.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Filipino PTA: Codman's pendular, finger ladder (rung reached), shoulder wheel and wand ER with counts and holds; R adhesive capsulitis with flexion/ER loss and a back-pocket/comb goal: 97110 passes.
        ["v3-h35-nj-finger-ladder-shoulder-wheel-97110"] = new(
            """
            OAK TREE PHYSIO & REHAB — Journal Square — PTA Daily Notes
            Px c/o Rt shoulder stiffness, can't reach her back pocket or comb her hair.
            97110 — 15 min
             Codman's pendular exercises cw/ccw x 20 each
             finger ladder flexion & abduction — reached rung 14 (rung 11 last session)
             shoulder wheel 2 x 10 cw/ccw
             wand-assisted ER in supine 2 x 10, 5 sec hold
            Rt frozen shoulder (adhesive capsulitis) — ↓ flexion & ER.
            """,
            ["M75.01"], [PTA("97110", 15)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // "On examination: VMO wasting Rt, quads power 3+/5, quad lag 10°, crepitus +, tenderness grade II medial joint line"; static quads, SLR, TKE with band, ankle-toe movements with holds and reps: 97110 passes.
        ["v4-h35-nj-vmo-wasting-quad-lag-97110"] = new(
            """
            OAK TREE PHYSIO & REHAB — Edison
            Pt is a 72 yr old female c/o Rt knee pain on climbing stairs & getting up from the floor since 1 yr. K/c/o hypothyroidism.
            On examination: VMO wasting Rt, quads power 3+/5, quad lag 10°, crepitus +, tenderness grade II medial joint line.
            97110 — 18 mins
            Static quads with towel roll — 10 sec hold x 10 reps
            SLR Rt — done x 10 reps x 2 sets
            Terminal knee extension with yellow band x 15 reps x 2
            Ankle-toe movements & hamstring stretch 30 sec x 3
            Pt was educated on use of a western toilet / commode chair.
            """,
            ["M17.11"], [PT("97110", 18)], []),

        // Filipino PT "treated by writer alone, no concurrent px"; plantar-flexor spasticity MAS 1+ with 3 beats of clonus and poor selective dorsiflexion; heel loading, tapping facilitation of tibialis anterior, heel-toe stepping; active DF degrees and Fugl-Meyer LE: 97112 passes.
        ["v4-h35-nj-spasticity-clonus-97112"] = new(
            """
            OAK TREE PHYSIO & REHAB — Journal Square — PT Daily Notes
            Px treated by writer alone, no concurrent px.
            97112 — 23 min
            Tx rendered: prolonged weight bearing through the Lt heel in step-stance; tapping facilitation over Lt tibialis anterior during active DF; heel-toe stepping along the mat edge with verbal cues.
            Findings: Lt plantar-flexor spasticity MAS 1+, ankle clonus 3 beats, ↓ selective motor control of Lt DF — toes catch on the threshold.
            Active DF in stance 0° → 5°; Fugl-Meyer LE 21/34 (18/34 on IE).
            """,
            ["G81.94"], [PT("97112", 23)], []),

        // Somali patient after L TKA: "L knee extensor lag 8°, flexion contracture 5°, flexion 108°, quads 4-/5"; step-ups, wall sits, quad sets, low-stool sit-to-stand with doses; floor-sitting goal at family meals: 97110 passes.
        ["v4-h35-mpls-extensor-lag-97110"] = new(
            """
            EPCR Rehab — Cedar-Riverside — PT
            Somali interpreter by phone (ID 6034). Pt's son present.
            97110 — 15 min: step-ups on a 6" step 3 x 10, wall sits 5 x 20 s, quad sets 10 x 10 s, sit-to-stand from a low stool 3 x 8
            Findings L knee: extensor lag 8°, flexion contracture 5°, flexion 108°, quads 4-/5 — L TKA 10 wk.
            Goal: get down to and up from floor sitting at family meals.
            """,
            ["Z96.652"], [PT("97110", 15)], []),

        // Hmong patient after R THA: SPC gait indoors and on the grass strip with cues; "lateral trunk lean over the R in stance (compensated gluteus medius gait) — R hip abductor weakness 3+/5"; distances, independent/SBA; garden goal: 97116 passes.
        ["v4-h35-mpls-hmong-trunk-lean-97116"] = new(
            """
            EPCR Rehab — North Mpls — PT
            Hmong interpreter in person (ID 2218); pt's wife present.
            97116 — 15 min: SPC in the L hand, level indoor 2 x 150 ft and on the grass strip outside; cues for a level pelvis and equal step length.
            Finding: lateral trunk lean over the R in stance (compensated gluteus medius gait) — R hip abductor weakness 3+/5 after R THA (12 wk).
            Independent w/ SPC indoors; SBA on grass.
            Goal: walk the rows of his plot at the market garden.
            """,
            ["Z96.641"], [PT("97116", 15)], []),

        // Shank IMUs: "L stance time 8% shorter than R, L peak knee flexion in swing 48° (R 61°) — stiff-knee, antalgic L gait after L TKA"; step-time cueing, backward and side-stepping, reciprocal stairs; gait speed m/s and asymmetry index: 97116 passes.
        ["v4-h35-tech-imu-asymmetry-97116"] = new(
            """
            🩺 Pulse · PT · Bldg 4 indoor track
            97116 — 20 min · shank IMUs on 🦵🦵
             • walking w/ an auditory cue to match L/R step time
             • backward and side-stepping laps
             • stairs reciprocal w/ the rail, 2 flights
            🎯 sensor says: L stance time 8% shorter than R, L peak knee flexion in swing 48° (R 61°) — stiff-knee, antalgic L gait after L TKA
            📈 gait speed 1.04 m/s (0.91 last wk) · asymmetry index 8% (14% at IE)
            """,
            ["Z96.652"], [PT("97116", 20)], []),

        // OT 97112 "OT 1:1 (booked solo, no co-treat)"; weighted-wrist target reaching, proximal stabilization with paced pronation/supination, graded pouring; intention tremor, overshoot and dysmetria after a cerebellar infarct; 9-hole peg seconds and k of 6: passes.
        ["v4-h35-tech-ot-intention-tremor-97112"] = new(
            """
            🩺 Pulse · OT · hand lab
            OT 1:1 (booked solo, no co-treat)
            97112 — 23 min
             • weighted-wrist (1 lb) target reaching to keyboard keys on cue
             • proximal stabilization: elbow on the table, slow pronation/supination paced by a metronome
             • graded pouring from a half-full kettle into 3 cups
            🔎 finding: intention tremor + overshoot on finger-to-nose R, dysmetria R UE (R cerebellar infarct)
            📈 9-hole peg R 48 s (71 s at IE) · cups poured w/o a spill 4/6
            """,
            ["I69.393"], [OT("97112", 23)], []),

        // "Pt treated on one-to-one basis"; PNF D1 with reps, high-kneeling rhythmic stabilisation, heel-toe line walking; "Deficits: nil significant today" and no deficit or system anywhere else; tandem seconds: deficit missing.
        ["v4-h35-nj-deficits-nil-97112"] = new(
            """
            OAK TREE PHYSIO & REHAB — Parsippany — Daily Note
            Pt treated on one-to-one basis.
            97112 — 20 mins
            Pt was made to do: PNF D1 flexion/extension Lt LE in supine x 10 reps, rhythmic stabilisation in high-kneeling, heel-toe walking along a line x 4 rounds.
            Deficits: nil significant today.
            Tandem stance 15 sec (10 sec last wk).
            Pt happy with progress.
            """,
            ["R26.89"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // "1:1 w/ PT 👍"; perturbation-treadmill reactive stepping, Airex lunges in 4 directions, rocker catch-and-throw; "🎯 impairments flagged today: none 🤷" and no deficit or system anywhere else; k of 10 and seconds: deficit missing.
        ["v4-h35-tech-impairments-none-97112"] = new(
            """
            🩺 Pulse · PT · Bldg 4
            1:1 w/ PT 👍
            97112 — 22 min
             • reactive stepping on the perturbation treadmill (belt slips fwd/back)
             • lunges onto the Airex in 4 directions
             • catch-and-throw standing on the rocker board
            🎯 impairments flagged today: none 🤷
            📈 belt slips recovered w/ a single step 9/10; rocker hold 30 s
            """,
            ["Z91.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Hmong OT (khi tes strings kept on): low cooking stool transfers, stirring at the floor burner, lifting the rice steamer; "↓ B knee flexion (R 105°, L 110°) and quad weakness 4-/5"; household cooking goal; CGA and five trials: 97530 passes.
        ["v4-h35-mpls-hmong-cooking-stool-97530"] = new(
            """
            EPCR Rehab — North Mpls — OT
            Hmong interpreter by phone (ID 3305). Pt's daughter-in-law present.
            Pt wears the white strings (khi tes) on both wrists from last week's hu plig — kept on, work done around them.
            97530 — 20 min
            Tasks: squat-sit onto the 8" cooking stool and rise holding the counter; stirring a pot on the floor burner from the stool; lifting the rice steamer up to the counter.
            Finding: ↓ B knee flexion (R 105°, L 110°) and quad weakness 4-/5 — needs both hands on the counter to rise from the low stool.
            Goal: cook for the household on her low stool as before.
            Stool ↔ stand x 5: CGA (Min A at IE).
            """,
            ["M17.0"], [OT("97530", 20)], []),

        // "On palpation: grade II tenderness with taut band & trigger point Rt upper trapezius and levator scapulae"; ischemic compression with holds and bouts, Maitland C2-3 unilateral PA grade II with bouts; side-flexion degrees: 97140 passes.
        ["v4-h35-nj-palpation-taut-band-97140"] = new(
            """
            OAK TREE PHYSIO & REHAB — Edison
            Pt is a retired accountant c/o neck pain radiating to the Rt shoulder blade since 2 months, ↑ after reading the newspaper.
            On palpation: grade II tenderness with taut band & trigger point Rt upper trapezius and levator scapulae; cervical Lt side flexion restricted.
            97140 — 10 min
            Ischemic compression to TrPs Rt UT & levator — 60-90 sec x 3 each; Maitland C2-3 Rt unilateral PA Gr II — 3 x 30 sec.
            Post: Lt side flexion 25° → 35°.
            """,
            ["M62.838", "M54.2"], [PT("97140", 10)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Filipino PTA after a hip hemiarthroplasty for # NOF: bridging, sidelying abduction, mini squats, cuffed hip extension "done x 10 reps x 2 sets" with holds and kg; hip abductor/extensor MMT; bus-step difficulty: 97110 passes.
        ["v5-h35-nj-done-x-reps-x-sets-97110"] = new(
            """
            OAK TREE PHYSIO & REHAB — Journal Square — PTA note
            Px s/p Rt hip hemiarthroplasty (Dec) for # neck of femur; c/o Rt hip weakness, difficulty getting in/out of the bus.
            97110 — 15 min
            Bridging — done x 10 reps x 2 sets, 5 sec hold
            Side-lying hip abduction Rt — done x 8 reps x 2 sets
            Mini squats at counter — done x 10 reps
            Standing hip extension with 1 kg cuff — done x 10 reps x 2 sets
            Rt hip abductors 3+/5, extensors 4-/5.
            """,
            ["S72.001D"], [PTA("97110", 15)], []),

        // Somali patient fasting in Ramadan (first appointment of the morning, no water): sit-to-stand, wall push-ups, standing abduction, heel raises with doses; B LE weakness with MMT and a low-sofa goal; 30-second chair stand count: 97110 passes.
        ["v5-h35-mpls-30s-chair-stand-97110"] = new(
            """
            EPCR Rehab — East Phillips — PT
            Somali interpreter in person. Pt fasting (Ramadan, wk 2) — booked first appointment of the morning at her request; rests taken seated, no water per pt.
            97110 — 15 min: sit-to-stand from a 17" chair 3 x 6, wall push-ups 2 x 10, standing hip abduction at the counter 2 x 10 B, heel raises 2 x 12
            B LE weakness (hip abd 3+/5, quads 4-/5) — can't rise from her low sofa without pulling on the armrest.
            30-s chair stand: 9 (7 at eval).
            """,
            ["M62.81", "R26.89"], [PT("97110", 15)], []),

        // "solo block — PT + pt only, nobody else booked"; VR headset moving-room stance on foam, head-turn track walking, EC beam tandem; visual dependence and vestibular contribution after acoustic neuroma resection; phone-on-sternum RMS sway m/s²: passes.
        ["v5-h35-tech-phone-rms-sway-97112"] = new(
            """
            🩺 Pulse · PT · Bldg 4
            solo block — PT + pt only, nobody else booked
            97112 — 22 min
             • stance on foam wearing the VR headset w/ a moving-room scene (visual conflict)
             • walking the indoor track w/ head turns to call-outs
             • tandem on the beam, eyes closed for the last rounds
            🎯 visual dependence + ↓ vestibular contribution (sensory reweighting) after L acoustic neuroma resection
            📈 phone-on-sternum RMS sway, EC foam: 0.42 → 0.31 m/s²
            """,
            ["H81.92"], [PT("97112", 22)], []),

        // PTA 97116 with sensor insoles and real-time cadence feedback, big steps to stripes, doorway approaches; PD short steps, festination and doorway freezing; cadence steps/min, stride length m, double support % and 0 of 6 freezes: passes.
        ["v5-h35-tech-insole-cadence-97116"] = new(
            """
            🩺 Pulse · PTA · Bldg 4 corridor
            97116 — 18 min
             • sensor insoles on 👟 — walking w/ real-time cadence feedback on the tablet
             • big-step walking to the stripes, turning around the cone w/o stopping
             • doorway approach practice (the conference-room door)
            🎯 PD: short steps + festination, freezes in doorways
            📈 insoles: cadence 108 steps/min, stride length 0.98 m (0.84 m last wk), double support 29% · 0 freezes in 6 doorway trials
            """,
            ["G20.A1"], [PTA("97116", 18)], []),

        // Filipino PT "Px seen one-to-one by writer, no other px handled during NMR"; stepping-strategy drills, foam-strip tandem, DynaDisc ball toss; delayed stepping and lateral postural control after two kitchen falls; Brief-BESTest: passes.
        ["v5-h35-nj-brief-bestest-97112"] = new(
            """
            OAK TREE PHYSIO & REHAB — Journal Square — PT Daily Notes
            Px seen one-to-one by writer, no other px handled during NMR.
            97112 — 23 min
            Tx rendered: stepping-strategy drills (fwd/lat/back) to loss of balance on cue; tandem walking on a foam strip; standing on the DynaDisc with ball toss.
            A: delayed stepping reactions, ↓ lateral postural control; Px fell twice in the kitchen since Christmas.
            Brief-BESTest 11/24 (8/24 on IE).
            """,
            ["R29.6", "R26.81"], [PT("97112", 23)], []),

        // Hmong OT 97530 in the clinic garden bed: hoeing with a long-handled hoe, kneeling-pad transitions, carrying a watering can; R shoulder and a market-garden goal; a 10-ft row in 3 bouts, Mod I, 2 lb can: passes.
        ["v5-h35-mpls-hmong-garden-row-97530"] = new(
            """
            EPCR Rehab — North Mpls — OT
            Hmong interpreter in person (ID 2218). Pt's grandson drove; he helps at the family's market stall.
            97530 — 22 min
            Clinic raised garden bed: weeding with a long-handled hoe, getting down onto the kneeling pad and back up with the bench handles, carrying the watering can (filled to 2 lb) to the bed.
            R shoulder pain and weakness after rotator cuff repair (4 mo) — can't hoe his plot at the market garden.
            Weeded a 10-ft row in 3 bouts; kneeling pad ↔ stand Mod I with the handles.
            """,
            ["M75.101"], [OT("97530", 22)], []),

        // Indian-English "Pt treated on one-to-one basis by this therapist"; mirror weight shifting, kneel-standing stabilisation, foam stepping; Rt LE motor control and hyperextension; only "Pt was able to do better than previous session. Kindly continue same plan." — no number or dose: measure missing.
        ["v5-h35-nj-better-than-previous-no-number"] = new(
            """
            OAK TREE PHYSIO & REHAB — Iselin
            Pt treated on one-to-one basis by this therapist.
            97112 NMR — 20 mins
            Pt was made to do weight shifting in standing with mirror feedback, kneel-standing with rhythmic stabilisation, and stepping onto foam with the Rt leg.
            On examination: Rt LE motor control poor, knee hyperextension in stance.
            Pt was able to do better than previous session. Kindly continue same plan.
            """,
            ["I69.351"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Somali OT with a female OT per family request: tub-bench shower, dressing in dirac and garbasaar seated, tea tray; bathing/dressing goal; only "Family happy; pt more confident" — no assistance level, trials or number: measure missing.
        ["v5-h35-mpls-family-happy-no-measure-ot"] = new(
            """
            EPCR Rehab — Cedar-Riverside — OT
            Somali interpreter by phone. Female OT per family request; husband joined at the end and the family agreed to continue the plan.
            97530 — 20 min
            Tasks: getting into and out of the clinic's mock shower with a tub bench, dressing in her dirac and garbasaar while seated, carrying the tea tray to the table.
            Goal: bathe and dress herself at home without her daughter (R hemiparesis after stroke).
            Family happy; pt more confident.
            """,
            ["I69.351"], [OT("97530", 20)], [At(Measure, "97530")]),

        // PTA 97116 rollator → SPC on the indoor track with cues and step-to stairs; L antalgic gait and foot drag; "📈 IMUs didn't sync 😕 — no gait data today" and no distance, assistance level or number: measure missing.
        ["v5-h35-tech-imus-did-not-sync-97116"] = new(
            """
            🩺 Pulse · PTA · Bldg 4 track
            97116 — 15 min
             • walking w/ the rollator → SPC trial on the indoor track
             • cues: heel first, eyes up, don't drag the L foot
             • stairs w/ the rail, step-to pattern
            🎯 L antalgic gait w/ short L stance, L foot drag when tired (L knee OA)
            📈 IMUs didn't sync 😕 — no gait data today; will retry
            """,
            ["M17.12"], [PTA("97116", 15)], [At(Measure, "97116")]),

        // Retiree spouse, "1:1, PT + pt, door closed"; trail-walking simulation on the foam runway, tandem turns, lateral hops to stick; postural control and ankle proprioception; Community Balance & Mobility scale: passes.
        ["v5-h35-tech-cbm-scale-97112"] = new(
            """
            🩺 Pulse · PT · Bldg 4
            1:1, PT + pt, door closed
            97112 — 24 min
             • trail-walking simulation on the foam runway w/ a backpack, stepping over the rope "roots"
             • tandem walking w/ a 180° turn at each end
             • small lateral hops onto the Airex, stick the landing
            🎯 ↓ dynamic postural control + ↓ R ankle proprioception (recurrent R ankle sprains on the trail)
            📈 Community Balance & Mobility scale 52/96 (41/96 at IE)
            """,
            ["S93.401D", "R26.81"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // "Time: from 10:05 AM till 10:28 AM (97112)" (23 minutes) on a single 23-minute line: matches; "attended individually by this therapist (one-to-one)"; Airex target kicks, single-leg swings, lateral step-overs; ankle proprioception and hip abductor recruitment after ACL reconstruction; k of 10 and SLS seconds: passes.
        ["v6-h35-nj-from-till-clock-97112"] = new(
            """
            OAK TREE PHYSIO & REHAB — Edison
            Time: from 10:05 AM till 10:28 AM (97112)
            Pt attended individually by this therapist (one-to-one) throughout.
            Pt was made to do ball-kicking to a target with the Lt foot while standing on the Rt; standing on the Lt on the Airex with opposite-leg swings; lateral step-overs on the aerobic step.
            Deficit: Lt ankle proprioception ↓ & hip abductor recruitment delayed (Lt ACL reconstruction 5 months back).
            Single-leg squat to 45° without valgus 6/10; SLS EC Lt 12 sec.
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // "Billing: 97112 (22 min) + 97110 (15 min) = 37 min total": both match; one-to-one; Swiss-ball perturbations, stride pushes, head-turn walking; SLR, clams, heel raises with doses; postural control, neuropathic proprioception and hip/calf weakness; functional reach inches: passes.
        ["v6-h35-nj-billing-sum-two-codes"] = new(
            """
            OAK TREE PHYSIO & REHAB — Parsippany — Daily Note
            Billing: 97112 (22 min) + 97110 (15 min) = 37 min total. Treated on one-to-one basis.
            97112: perturbations on the Swiss ball in sitting; stride-stance pushes at the pelvis; walking with head turns.
            97110: SLR x 10 x 2 B/L, clams with yellow band x 15 x 2, heel raises x 15 x 2.
            On examination: ↓ postural control, ↓ B/L ankle proprioception (DM neuropathy); B/L hip abductor & calf weakness 4-/5.
            Functional reach 9 inches (6 inches on IE).
            """,
            ["E11.42", "R26.81"], [PT("97112", 22), PT("97110", 15)], []),

        // "time-on-task (tablet timer) → 97530: 20 min · 97110: 15 min": both match; home-woodshop lumber lifting with a hip hinge, pegboard reaching, toolbox carry; goblet squats, farmer carries, bird dogs; trunk extensor endurance and LBP; Mod I with cues and loads: passes.
        ["v6-h35-tech-time-on-task-two-codes"] = new(
            """
            🩺 Pulse · PT · Bldg 4
            ⏱ time-on-task (tablet timer) → 97530: 20 min · 97110: 15 min
            97530 · home woodshop set-up: lifting 20-lb boards from floor to bench w/ a hip hinge x 6, reaching to the pegboard above shoulder height x 10, carrying the toolbox 40 ft x 2
            97110 · goblet squat 15 lb 3 x 8, farmer carries 25 lb 2 x 50 ft, bird dogs 2 x 10 w/ 5 s hold
            🎯 ↓ trunk extensor endurance + LBP w/ lifting (L4-5 spondylosis); goal: back in his woodshop making cutting boards for the grandkids
            📈 woodshop tasks Mod I, 1 cue for the hinge
            """,
            ["M47.816"], [PT("97530", 20), PT("97110", 15)], []),

        // Hmong patient: "9:40–9:55 gait (97116)" (15) and "9:55–10:10 ther-ex (97110)" (15): both match; quad cane, curb and grass with cues; step-ups, sit-to-stand, abduction with doses; R knee OA gait and quad weakness; distances, SBA and MMT: passes.
        ["v6-h35-mpls-clock-range-per-code"] = new(
            """
            EPCR Rehab — North Mpls — PT
            Hmong interpreter in person (ID 2218) for the whole visit.
            9:40–9:55 gait (97116): quad cane on level floor 2 x 120 ft, curb up/down x 3, the grass strip to the parking lot; cues for heel strike R and upright trunk.
            9:55–10:10 ther-ex (97110): step-ups 4" 2 x 10 R lead, sit-to-stand from 18" 3 x 8, standing hip abduction 2 x 12 B.
            R knee OA: antalgic R gait w/ short R stance; R quads 4-/5.
            SBA with the quad cane outdoors.
            """,
            ["M17.11"], [PT("97116", 15), PT("97110", 15)], []),

        // "Total treatment time: 40 mins" for 97112 25 and 97110 15, no minutes for either code; one-to-one; Swiss-ball and foam work, band and step exercises with doses; proprioception and quad weakness; tandem seconds: separate time missing.
        ["v6-h35-nj-total-treatment-time-only"] = new(
            """
            OAK TREE PHYSIO & REHAB — Iselin — Daily Note
            Total treatment time: 40 mins. Pt was treated on one-to-one basis.
            NMR: Pt was made to do standing on the foam with eyes closed, Swiss-ball bouncing in sitting with perturbations, tandem walking with head turns.
            Ther ex: TKE with red band x 15 x 2, step-ups 6" x 10 x 2, mini squats x 10 x 2.
            On examination: Rt knee proprioception ↓ (JPS 2/5), Rt quads 4-/5 — s/p Rt TKR 4 months.
            Tandem stance 12 sec (5 sec on IE).
            """,
            ["Z96.651"], [PT("97112", 25), PT("97110", 15)], [SepTime]),

        // "⏱ 38 min total (NMR + TE, didn't split 🙃)" for 97112 23 and 97110 15: separate time missing; 1:1 with a Slack timestamp header; everything else complete.
        ["v6-h35-tech-total-did-not-split"] = new(
            """
            Jess R. (PT)  [9:42 AM]
            🩺 Pulse · PT · Bldg 4 — 1:1, only pt on my schedule this block
            ⏱ 38 min total (NMR + TE, didn't split 🙃)
            NMR: rocker board A/P w/ head turns, side-stepping over the rope on the foam runway, reactive steps to pulls at the belt
            TE: sidelying hip abd 2 x 12, bridges 2 x 15, heel raises 2 x 15
            🎯 ↓ postural control + ↓ L ankle proprioception; L hip abd 4-/5
            📈 rocker hold A/P 20 s; reactive steps 7/10 single-step recoveries
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // 97530 and 97116 in one PT visit: "97116 — 15 min" (matches) but no minutes for the 97530 section; Somali elder's bus-step and stair tasks and rollator gait; L hip weakness and a Metro Transit goal; CGA/SBA and distances: separate time missing.
        ["v6-h35-mpls-minutes-for-one-of-two"] = new(
            """
            EPCR Rehab — East Phillips — PT
            Somali interpreter in person (ID 4471).
            97530: practised the bus step on the clinic's mock bus-entry step with the rail x 5, carrying a grocery bag from the "bus stop" bench to the door x 3.
            97116 — 15 min: rollator on the Lake St sidewalk 2 x 200 ft, cues for staying close to the rollator and a longer L step.
            L hip weakness 3+/5 after L hip fracture; goal: take the bus to the mosque and the market again.
            Bus step CGA; sidewalk SBA.
            """,
            ["S72.002D"], [PT("97530", 20), PT("97116", 15)], [SepTime]),

        // Indian-English per-code lines: "Ther ex (97110) – 25 mins" against a 15-minute line: mismatch on 97110; "Manual (97140) – 10 mins" matches; quads/hip exercises with doses and patellar mobs with grade and bouts; TKR flexion degrees.
        ["v6-h35-nj-ther-ex-minutes-mismatch"] = new(
            """
            OAK TREE PHYSIO & REHAB — Edison
            Ther ex (97110) – 25 mins: quads over roll x 15 x 2, heel slides x 15 x 2, SLR x 10 x 2, static cycling partial revolutions
            Manual (97140) – 10 mins: patellar mobilisation sup/inf & med/lat Gr III 3 x 30 sec, tibiofemoral posterior glides Gr III 3 x 30 sec
            On examination: Lt knee flexion 95°, extension lag 5°, patellar mobility ↓ — s/p Lt TKR 6 weeks.
            Lt knee flexion after manual 102°.
            """,
            ["Z96.652"], [PT("97110", 15), PT("97140", 10)], [At(Mismatch, "97110")]),

        // "97140 📍 20 min" against a 10-minute 97140 line: mismatch on 97140; "97110 📍 15 min" matches; scapular and cuff exercises with loads; GH posterior glides with grade and bouts; R shoulder impingement; degrees.
        ["v6-h35-tech-pin-minutes-mismatch-97140"] = new(
            """
            🩺 Pulse · PT · Bldg 4
            97110 📍 15 min — sidelying ER w/ 2 lb 3 x 12, prone Y/T 2 x 10, band rows green 3 x 15, wall slides 2 x 10
            97140 📍 20 min — GH posterior glides gr III 3 x 30 s, inferior glides gr III 3 x 30 s, STM R posterior cuff
            🎯 R shoulder impingement (painful arc, weak ER 4-/5) — desk + pickleball retiree
            📈 IR at 90° abd 38° → 47° after manual
            """,
            ["M75.41"], [PT("97110", 15), PT("97140", 10)], [At(Mismatch, "97140")]),

        // Single timed code: "Neuro re-ed: 35 min" against a 22-minute 97112 line: mismatch; one-on-one stated; PNF and foam work; proprioception and postural control in neuropathy; seconds and counts.
        ["v6-h35-mpls-neuro-reed-35-vs-22"] = new(
            """
            EPCR Rehab — Cedar-Riverside — PT daily
            Somali interpreter (male, in person) per pt's request. PT worked with this patient only — no other patients during the session.
            Neuro re-ed: 35 min — PNF D2 lifts in standing, stepping onto foam squares in a zigzag, rocker board M/L with eyes closed.
            Deficit: ↓ B foot proprioception (DM neuropathy), ↓ postural control with eyes closed.
            Rocker M/L EC 11 s; zigzag steps without a misstep 8/10.
            """,
            ["E11.42"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings for the other codes

        // Empty note on a NJ visit with 97110 and 97140: DOC_NOTE_MISSING on both lines, nothing else.
        ["v7-h35-nj-empty-te-mt"] = new(
            "",
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // A tab and newline only on a PTA 97116 sent with no diagnosis: DOC_NOTE_MISSING on 97116 and the diagnosis check.
        ["v7-h35-mpls-tab-newline-97116-no-dx"] = new(
            "\t\n",
            [], [PTA("97116", 15)], [At(NoteMissing, "97116"), Dx]),

        // Empty note on a tech-clinic visit with PT 97112 and OT 97530: DOC_NOTE_MISSING on both profiled lines, nothing else.
        ["v7-h35-tech-empty-nmr-and-ot"] = new(
            "",
            ["I69.351"], [PT("97112", 20), OT("97530", 20)],
            [At(NoteMissing, "97112"), At(NoteMissing, "97530")]),

        // 97140 naming STM, myofascial release and manual cervical traction to named muscles/region, with no grade, bouts, hold, duration count or number at all: measure missing.
        ["v7-h35-nj-97140-no-parameter"] = new(
            """
            OAK TREE PHYSIO & REHAB — Iselin
            Manual therapy (97140) — 10 mins: STM & myofascial release to Rt upper trapezius and levator scapulae; manual cervical traction in supine.
            C/o neck stiffness while turning to reverse the car.
            """,
            ["M54.2"], [PT("97140", 10)], [At(Measure, "97140")]),

        // 97116: walking with a quad cane on tile and carpet and four clinic stairs step-to with cues; R foot drop; "with stand-by assistance throughout" in words is the only measure: passes.
        ["v7-h35-nj-97116-standby-in-words"] = new(
            """
            OAK TREE PHYSIO & REHAB — Journal Square — PTA
            97116 — 15 min: Px walked with a quad cane on tile and carpet, turning at the end of the hallway; clinic stairs step-to with the rail; cues for Rt heel strike and not hip-hiking.
            Rt foot drop with toe catch (Rt peroneal neuropathy).
            Px walked with stand-by assistance throughout.
            """,
            ["G57.31"], [PTA("97116", 15)], []),

        // OT 97530 with a functional goal as the only target (prayer-mat transfers for the five daily prayers) and "needed minimal assistance to rise" in words as the only measure: passes.
        ["v7-h35-mpls-97530-goal-and-assist-words"] = new(
            """
            EPCR Rehab — Cedar-Riverside — OT
            97530 — 18 min: getting down onto the prayer mat from standing using a low chair, moving through the prayer positions, and rising again; then rolling the mat and putting it on the shelf.
            Goal: pray the five daily prayers on her mat at home instead of in a chair.
            She needed minimal assistance to rise from the mat.
            """,
            ["M17.0"], [OT("97530", 18)], []),

        // Indian-English 97110 "Region: Lt shoulder" as the only target, pulleys, wand flexion, band ER/IR and scapular retraction with doses and holds: passes.
        ["v7-h35-nj-97110-region-only"] = new(
            """
            OAK TREE PHYSIO & REHAB — Parsippany — PTA
            97110 — 15 mins. Region: Lt shoulder.
            Overhead pulleys x 20; wand-assisted flexion in supine x 10 x 2, 5 sec hold; Theraband ER/IR yellow x 15 x 2; scapular retraction with 10 sec hold x 10.
            """,
            ["M75.02"], [PTA("97110", 15)], []),

        // Wholly generic 97110 ("Ther ex given as per protocol. Pt tolerated well. Advised HEP."): technique, generic, deficit and measure.
        ["v7-h35-nj-generic-97110"] = new(
            "OAK TREE PHYSIO & REHAB — 97110, 15 mins. Ther ex given as per protocol. Pt tolerated well. Advised HEP.",
            ["M17.11"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Wholly generic Indian-English 97112 ("Balance training and coordination exercises given. Pt tolerated well. Continue same."), no one-on-one: technique, generic, deficit, measure and one-on-one.
        ["v7-h35-nj-generic-97112"] = new(
            "OAK TREE PHYSIO & REHAB — NMR 97112 — 20 mins. Balance training and coordination exercises given. Pt tolerated well. Continue same.",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Wholly generic Slack-style OT 97530 ("functional activities ✅ tolerated well 👍 cont POC"): technique, generic, deficit and measure.
        ["v7-h35-tech-generic-97530"] = new(
            "🩺 Pulse · OT · 97530 · 20 min — functional activities ✅ tolerated well 👍 cont POC",
            ["M62.81"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Wholly generic 97140 ("Hands-on treatment done as planned … Tolerated well. Same continued."): no manual technique, region, deficit, parameter or number: technique, generic, deficit and measure.
        ["v7-h35-mpls-generic-97140"] = new(
            "EPCR Rehab — PT — 97140, 10 min. Somali interpreter by phone. Hands-on treatment done as planned; pt said \"mahadsanid\" (thank you). Tolerated well. Same continued.",
            ["M54.2"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes: complete ones a reviewer passes, and the ordinary weak ones

        // Indian-English TKR visit: "Ther ex (20 mins)" and "Manual (10 mins)" both match; quads/hamstring exercises with doses; patellar and tibiofemoral mobs with grades and bouts; flexion degrees and quad lag: passes.
        ["vord-h35-nj-tkr-te-mt"] = new(
            """
            OAK TREE PHYSIO & REHAB — Edison — Daily Note
            Pt is a 70 yr old male, s/p Rt TKR 8 weeks. C/o stiffness on sitting cross-legged for prayers and on getting up from the sofa.
            On examination: Rt knee flexion 98°, quad lag 5°, quads 4-/5.
            Ther ex (20 mins): static cycling 10 revolutions fwd/back, wall slides x 15 x 2, SLR x 10 x 2, step-ups 4" x 10 x 2, hamstring curls standing with 1 kg x 10 x 2.
            Manual (10 mins): patellar mobs Gr III sup/inf 3 x 30 sec; tibiofemoral posterior glides Gr III 3 x 30 sec in 90° flexion.
            Post: Rt knee flexion 104°.
            Advised to continue HEP twice daily.
            """,
            ["Z96.651"], [PT("97110", 20), PT("97140", 10)], []),

        // Filipino PTA lumbar 97110: prone press-ups, cat-camel, bridges, bird dogs with doses and holds; centralising L4-5 disc with SLR degrees: passes.
        ["vord-h35-nj-px-lumbar-pta-97110"] = new(
            """
            OAK TREE PHYSIO & REHAB — Journal Square — PTA Daily Notes
            Px c/o LBP radiating to Lt buttock, better than last wk; no more numbness in the foot.
            97110 — 18 min
            Tx rendered: prone press-ups x 10 x 2 (symptoms centralised after set 1), cat-camel x 10, bridges x 12 x 2 with 3 sec hold, bird dogs x 8 each side x 2.
            Lt L4-5 disc displacement — lumbar extension limited, core endurance ↓; Lt SLR 60° (45° on IE).
            """,
            ["M51.26"], [PTA("97110", 18)], []),

        // Filipino PT 97116 after hip hemiarthroplasty: RW → quad cane, stairs, car-transfer approach; antalgic Rt gait with short stance; distances and SBA/CGA: passes.
        ["vord-h35-nj-px-gait-97116"] = new(
            """
            OAK TREE PHYSIO & REHAB — Journal Square — PT
            Px ambulated c RW 2 x 150 ft then quad cane 2 x 75 ft in the hallway; stairs x 8 steps step-to c rail; approach to the car in the parking lot.
            Antalgic Rt gait, short Rt stance, ↓ Rt hip extension at terminal stance — Rt hip hemiarthroplasty 10 wk.
            RW SBA; quad cane CGA on turns.
            97116 — 15 min
            """,
            ["S72.001D"], [PT("97116", 15)], []),

        // Indian OT 97530 kitchen: rolling rotis standing at the counter, reaching to the masala dabba on the upper shelf, carrying dal to the table on a trolley; L hemiparesis with a cooking goal; SBA, rests and batches: passes.
        ["vord-h35-nj-ot-roti-kitchen-97530"] = new(
            """
            OAK TREE PHYSIO & REHAB — Edison — OT
            97530 — 23 min
            Kitchen training: rolling rotis standing at the counter with the Lt hand stabilising the board; reaching to the masala dabba on the upper shelf; carrying a bowl of dal to the dining table on a trolley.
            Lt hemiparesis after Rt MCA stroke — goal: cook the family's dinner again.
            SBA in standing; 3 batches of 4 rotis with 2 seated rests; Lt hand stabilised the board 8/10 trials.
            """,
            ["I69.354"], [OT("97530", 23)], []),

        // Indian-English vestibular 97112 "Treated individually, no other patient in the gym during session"; X1 viewing, looking-up habituation, head-turn walking; R posterior canal BPPV residual and VOR deficit; DVA lines and symptom-free seconds: passes.
        ["vord-h35-nj-vestibular-97112"] = new(
            """
            OAK TREE PHYSIO & REHAB — Parsippany — Daily Note
            Pt c/o giddiness on looking up to the kitchen shelf and on turning in bed; Epley done last visit, Dix-Hallpike –ve today.
            Treated individually, no other patient in the gym during the session.
            97112 — 20 mins
            Pt was made to do: X1 viewing with head turns (yaw, pitch) on plain and busy background, looking-up habituation from sitting to standing, walking with head turns.
            On examination: ↓ VOR gain with catch-up saccades on head turns to the Rt, motion sensitivity on pitch.
            DVA — 3 lines lost (5 on IE); X1 viewing pitch tolerated 40 sec before symptoms.
            """,
            ["H81.11"], [PT("97112", 20)], []),

        // Filipino PT two codes "97112 x 23 min" and "97110 x 15 min" (both match) "Px handled solely by writer"; foam tandem, stepping reactions, Airex reaches; sit-to-stand, heel raises, band abduction; postural control and hip weakness; SPPB: passes.
        ["vord-h35-nj-px-nmr-te-two-codes"] = new(
            """
            OAK TREE PHYSIO & REHAB — Journal Square — PT Daily Notes
            Px handled solely by writer for the NMR.
            97112 x 23 min: tandem on foam strip, stepping reactions to pushes at the pelvis, reaching out of base standing on Airex.
            97110 x 15 min: sit-to-stand from 18" chair x 10 x 2, heel raises x 15 x 2, band hip abduction yellow x 12 x 2.
            A: ↓ postural control w/ delayed stepping; B/L hip abductor weakness 4-/5; Px afraid of falling in the bathroom.
            SPPB 7/12 (5/12 on IE).
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Somali patient with B knee OA: recumbent bike, quad sets, step-ups, mini squats with doses; knee flexion degrees and quads MMT; prayer-floor goal: 97110 passes.
        ["vord-h35-mpls-somali-knee-oa-97110"] = new(
            """
            EPCR Rehab — Cedar-Riverside — PT
            Somali interpreter in person (ID 4471); daughter present.
            97110 — 15 min: recumbent bike level 2 for warm-up, quad sets 10 x 5 s, step-ups 4" 2 x 10 B, mini squats at the counter 2 x 10.
            B knee OA — R knee flexion 110°, L 115°; quads 4-/5 B.
            Goal: kneel and rise for prayer and climb the Riverside Plaza stairs when the elevator is down.
            """,
            ["M17.0"], [PT("97110", 15)], []),

        // Ramadan-fasting Somali woman with a female PT: "one patient, one therapist (female) for the whole NMR"; gaze stabilization on a busy background, head-turn walking, EC foam; L vestibular hypofunction; DGI: passes.
        ["vord-h35-mpls-somali-fasting-nmr"] = new(
            """
            EPCR Rehab — East Phillips — PT daily
            Female PT and female interpreter as requested. Pt fasting (Ramadan) — lower intensity, seated rests, no water per pt.
            One patient, one therapist (female) for the whole NMR.
            97112 — 20 min: gaze stabilization X1 on a busy background in standing, head-turn walking in the hallway, standing on foam with eyes closed.
            L vestibular hypofunction after vestibular neuritis — oscillopsia with head turns, ↓ postural control on foam.
            DGI 18/24 (14/24 at eval).
            """,
            ["H81.22"], [PT("97112", 20)], []),

        // Hmong stroke survivor, "97530 — 20 min" and "97116 — 15 min" (both match): floor-to-stand for a floor mattress, laundry basket carry; hemi-walker gait with cues; R hemiparesis; Min A/CGA and distances: passes.
        ["vord-h35-mpls-hmong-ta-gait"] = new(
            """
            EPCR Rehab — North Mpls — PT
            Hmong interpreter by phone (ID 3305); pt's eldest son present and made the decision to continue therapy for another month.
            97530 — 20 min: floor ↔ stand via half-kneel with a chair (he sleeps on a floor mattress) x 4; carrying a laundry basket 20 ft x 2.
            97116 — 15 min: hemi-walker 3 x 80 ft, cues for R heel strike and longer L step.
            R hemiparesis after L MCA stroke — R knee buckles in stance, R hip flexor weakness 3/5.
            Floor ↔ stand Min A; gait CGA.
            """,
            ["I69.351"], [PT("97530", 20), PT("97116", 15)], []),

        // Hmong OT 97530: threading needles and stitching paj ntaub with built-up grips, sorting embroidery thread; R hand after a distal radius fracture with a New Year clothes goal; k of 5 and grip: passes.
        ["vord-h35-mpls-hmong-paj-ntaub-97530"] = new(
            """
            EPCR Rehab — North Mpls — OT
            Hmong interpreter in person (ID 2218); daughter-in-law present.
            97530 — 20 min: threading a needle with a threader, stitching paj ntaub on a hoop with a built-up needle grip, sorting embroidery thread by colour into a tray.
            R wrist/hand stiffness and weak pinch after a R distal radius fracture (ORIF, 12 wk); goal: sew the grandchildren's Hmong New Year clothes.
            Threaded the needle 3/5 trials; lateral pinch R 3 kg (L 6 kg).
            """,
            ["S52.571D"], [OT("97530", 20)], []),

        // Somali retired cab driver, "97140 — 12 min" and "97110 — 15 min" (both match): cervical mobs with grades and bouts, suboccipital release; chin tucks, rows, thoracic extension with doses; cervicalgia with rotation degrees: passes.
        ["vord-h35-mpls-cervical-mt-te"] = new(
            """
            EPCR Rehab — Cedar-Riverside — PT
            Somali interpreter by phone (ID 6034). Retired cab driver, neck stiff checking his blind spot.
            97140 — 12 min: C4-6 R unilateral PA gr III 3 x 30 s; suboccipital release 3 x 60 s; STM R upper trap.
            97110 — 15 min: chin tucks 2 x 10 w/ 5 s hold, band rows green 3 x 12, thoracic extension over a towel roll 2 x 10.
            Cervicalgia w/ ↓ R rotation and deep neck flexor weakness.
            Cervical rotation R 50° → 62° after manual.
            """,
            ["M54.2"], [PT("97140", 12), PT("97110", 15)], []),

        // Tech clinic, "97110 — 15 min · 97140 — 8 min" (both match): cuff and scapular exercises with loads; GH posterior glides with grades and bouts; R shoulder OA with a kayak goal; ER degrees: passes.
        ["vord-h35-tech-shoulder-te-mt"] = new(
            """
            🩺 Pulse · PT · Bldg 4
            97110 — 15 min · 97140 — 8 min
            TE: sidelying ER 2 lb 3 x 10, band rows 3 x 12, serratus wall slides 2 x 10, prone horizontal abduction 1 lb 2 x 10
            MT: GH posterior glides gr III 3 x 30 s, long-axis distraction gr II 2 x 30 s
            🎯 R shoulder OA — ↓ ER + ↓ reach overhead; goal: lift the kayak onto the car roof rack again 🛶
            📈 ER at 45° abd 40° → 48° after MT
            """,
            ["M19.011"], [PT("97110", 15), PT("97140", 8)], []),

        // Tech clinic PD 97112 "1:1 (PT and pt, no one else in the room)": big-amplitude stepping, dual-task turns, backward steps to tapes; PD postural reactions and turning; pull test steps and 360° turn seconds: passes.
        ["vord-h35-tech-pd-nmr"] = new(
            """
            🩺 Pulse · PT · Bldg 4
            1:1 (PT and pt, no one else in the room)
            97112 — 25 min
             • big-amplitude forward/backward steps to tape marks
             • dual-task 360° turns while listing the Vikings' starting lineup
             • backward steps to light pulls at the shoulders
            🎯 PD: ↓ backward postural reactions, en bloc turning w/ freezing
            📈 pull test 3 steps (5 at IE) · 360° turn R 4.1 s / L 4.8 s
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // Tech clinic, Slack timestamp header, "97116 — 15 min" and "97110 — 15 min" (both match): treadmill gait with cueing and stairs; quad/hip exercises with loads; L TKA gait and quad weakness; speed m/s, SBA, MMT: passes.
        ["vord-h35-tech-tka-gait-te"] = new(
            """
            Priya N. (PT)  [2:15 PM]
            🩺 Pulse · PT · Bldg 4
            97116 — 15 min: treadmill 1.8 mph w/ cues for heel strike and knee flexion in swing, then stairs reciprocal 2 flights w/ the rail
            97110 — 15 min: LAQ 4 lb 2 x 12, step-downs 4" 2 x 10, bridges 2 x 15, standing hip abd 2 x 12
            🎯 L TKA 9 wk — stiff-knee gait, L quads 4-/5
            📈 10 m walk 1.06 m/s · stairs SBA
            """,
            ["Z96.652"], [PT("97116", 15), PT("97110", 15)], []),

        // Tech clinic OT ergonomic 97530 for a retiree who volunteers doing tax prep: sit-stand desk transitions, monitor-arm and keyboard-tray set-up, lifting a paper box to the shelf; neck/upper-back pain goal; Mod I and loads: passes.
        ["vord-h35-tech-ot-ergonomic-97530"] = new(
            """
            🩺 Pulse · OT · Bldg 4 ergo lab
            97530 — 20 min
            Home-office set-up for her volunteer tax-prep shifts: sit ↔ stand transitions at the sit-stand desk every set of returns, adjusting the monitor arm to eye level and the keyboard tray to elbow height, lifting a 10-lb paper box from the floor to the shelf w/ a squat lift x 5.
            🎯 neck + upper-back pain w/ forward head after a morning at the laptop; goal: finish a full volunteer shift without stopping.
            📈 all set-up tasks Mod I; box lift x 5 w/ correct squat 5/5
            """,
            ["M54.2", "M54.6"], [OT("97530", 20)], []),

        // Tech clinic PTA 97110 Slack-style: sit-to-stand, step-ups, lateral band walks, calf raises with loads; B hip/knee weakness with MMT and 5xSTS seconds: passes.
        ["vord-h35-tech-pta-97110"] = new(
            """
            🩺 Pulse · PTA · Bldg 4 gym
            97110 — 15 min
             • sit-to-stand w/ 10 lb KB 3 x 8
             • step-ups 8" 3 x 10 B
             • lateral band walks green 3 x 20 ft
             • calf raises 3 x 15
            🎯 B hip + knee extensor weakness (4-/5), deconditioned after the cardiac admission
            📈 5x sit-to-stand 14.2 s (17.9 s at IE)
            """,
            ["M62.81", "I50.22"], [PTA("97110", 15)], []),

        // NJ PTA two codes "NMR 97112 – 20 mins" and "TE 97110 – 15 mins" (both match), "pt was attended one-to-one for NMR"; ankle disc, foam tandem, head turns; band exercises with doses; ankle proprioception and weakness after an ankle sprain; SLS seconds: passes.
        ["vord-h35-nj-pta-nmr-te"] = new(
            """
            OAK TREE PHYSIO & REHAB — Parsippany — PTA Daily Note
            Pt was attended one-to-one for NMR.
            NMR 97112 – 20 mins: ankle disc in standing (clockwise/anticlockwise), tandem walking on foam with head turns, SLS on Lt with ball catches.
            TE 97110 – 15 mins: Theraband eversion/inversion red x 15 x 2, heel raises x 15 x 2, toe curls with towel x 20.
            On examination: Lt ankle proprioception ↓ after Lt lateral ankle sprain (6 weeks), evertors 4-/5.
            SLS Lt EC 6 sec (Rt 18 sec).
            """,
            ["S93.402D"], [PTA("97112", 20), PTA("97110", 15)], []),

        // Somali transtibial amputee, PTA 97116 with the new prosthesis: parallel bars → RW, weight shifting and step-through pattern with cues; short prosthetic stance; distances and CGA: passes.
        ["vord-h35-mpls-bka-prosthetic-gait-97116"] = new(
            """
            EPCR Rehab — Cedar-Riverside — PTA
            Somali interpreter in person (male, per pt request).
            97116 — 20 min: new R transtibial prosthesis — weight shifting onto the prosthesis in the parallel bars, then RW 3 x 60 ft with a step-through pattern; cues for equal step length and a full heel-to-toe roll over the prosthetic foot.
            Short R prosthetic stance and wide base; R hip extensor weakness 4-/5 (R BKA, diabetic).
            Parallel bars SBA; RW CGA.
            """,
            ["Z89.511"], [PTA("97116", 20)], []),

        // Tech clinic vestibular 97112 "1:1 — just me + the pt in rm B": VOR x2 on foam, optokinetic video habituation, head-turn track walking; L vestibular hypofunction and visual motion sensitivity; DHI plus DVA lines and FGA: passes.
        ["vord-h35-tech-vestibular-97112"] = new(
            """
            🩺 Pulse · PT · Bldg 4
            1:1 — just me + the pt in rm B
            97112 — 23 min
             • VOR x2 standing on foam, target on a card
             • optokinetic habituation: striped-video on the wall monitor, standing then walking toward it
             • head-turn walking on the indoor track
            🎯 L vestibular hypofunction + visual motion sensitivity (busy grocery aisles)
            📈 DVA 2 lines lost (4 at IE) · FGA 22/30
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // Filipino OT 97110 after carpal tunnel release: tendon glides, putty grip, wrist flexion/extension with loads and doses; R hand weakness with grip and pinch kg: passes.
        ["vord-h35-nj-ot-ctr-97110"] = new(
            """
            OAK TREE PHYSIO & REHAB — Journal Square — OT Daily Note
            Px s/p Rt carpal tunnel release 6 wk, c/o weak grip opening jars.
            97110 — 15 min: tendon glides x 10 each position, putty squeeze (soft) x 20, wrist flexion/extension with 1 lb x 15 x 2, opposition to each finger with putty x 10.
            Rt grip 14 kg (Lt 24 kg); Rt lateral pinch 4 kg.
            """,
            ["G56.01"], [OT("97110", 15)], []),

        // Three codes in one Minneapolis visit, "97112 20 min (1:1) · 97110 10 min · 97116 15 min" (all match): foam and rocker work; step and band exercises; cane gait with cues; neuropathic proprioception and weakness; seconds, doses, distance: passes.
        ["vord-h35-mpls-three-codes"] = new(
            """
            EPCR Rehab — East Phillips — PT
            Somali interpreter in person (ID 5120).
            97112 20 min (1:1, PT with this pt only): foam stance with head turns, rocker board A/P, stepping to floor targets on call.
            97110 10 min: step-ups 4" 2 x 10, band hip abduction 2 x 12 B.
            97116 15 min: SPC on the Lake St sidewalk 2 x 150 ft, cues for step length.
            ↓ B foot proprioception (DM neuropathy), hip abd 4-/5, short uneven steps outdoors.
            Foam EC 14 s; SBA outdoors.
            """,
            ["E11.42", "R26.81"], [PT("97112", 20), PT("97110", 10), PT("97116", 15)], []),

        // Tech clinic lumbar 97140: PA mobs with grades and bouts, lumbar rotation mob in sidelying, STM; L4-5 stenosis with flexion loss and paraspinal guarding; fingertip-to-floor cm: passes.
        ["vord-h35-tech-lumbar-97140"] = new(
            """
            🩺 Pulse · PT · Bldg 4
            97140 — 12 min
             • L3-5 central PA gr III 3 x 30 s
             • sidelying lumbar rotation mob gr III 3 x 30 s each side
             • STM L lumbar paraspinals + QL
            🎯 L4-5 stenosis, ↓ lumbar flexion + L paraspinal guarding
            📈 fingertip-to-floor 28 cm → 19 cm after MT
            """,
            ["M48.062"], [PT("97140", 12)], []),

        // Complete NJ 97110 (knee OA exercises with doses, quads MMT and flexion degrees) sent with no diagnosis: diagnosis missing.
        ["vord-h35-nj-no-diagnosis-97110"] = new(
            """
            OAK TREE PHYSIO & REHAB — Edison
            C/o Lt knee pain on squatting and climbing stairs since 8 months.
            On examination: Lt quads 4-/5, knee flexion 120°, crepitus +.
            97110 — 15 mins: static quads 10 sec hold x 10, SLR x 10 x 2, step-ups x 10 x 2, wall squats 10 sec hold x 8.
            """,
            [], [PT("97110", 15)], [Dx]),

        // Complete Somali-clinic 97116 (rollator gait, curb, cues; antalgic L gait; distances and SBA) sent with a free-text diagnosis "knee pain L": diagnosis missing.
        ["vord-h35-mpls-free-text-diagnosis"] = new(
            """
            EPCR Rehab — Cedar-Riverside — PTA
            97116 — 15 min: rollator 3 x 100 ft and the curb cut at the entrance x 2, cues for heel-toe and an upright trunk.
            Antalgic L gait, short L stance (L knee OA).
            SBA throughout.
            """,
            ["knee pain L"], [PTA("97116", 15)], [Dx]),

        // Generic two-code Slack-style note "TE + NMR, 35 min total, tolerated well 👍 cont POC": separate time missing; technique, generic, deficit and measure on both codes; no one-on-one on 97112.
        ["vord-h35-tech-generic-two-codes-total"] = new(
            "🩺 Pulse · PT · TE + NMR, 35 min total. Balance and strengthening exercises, tolerated well 👍 cont POC.",
            ["R26.81"], [PT("97110", 15), PT("97112", 20)],
            [SepTime, At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Indian-English 97110 "Pt was made to do SLR, static quads, VMO strengthening, TKE" with no sets, reps, load, hold or number, for Rt knee OA with stair pain: measure missing.
        ["vord-h35-nj-te-no-dose"] = new(
            """
            OAK TREE PHYSIO & REHAB — Iselin
            97110 — 15 mins
            C/o Rt knee pain on climbing stairs. Rt knee OA, quads weakness.
            Pt was made to do SLR, static quads, VMO strengthening, TKE and hamstring stretching.
            Pt was explained the importance of doing exercises at home. Kindly continue.
            """,
            ["M17.11"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Complete Minneapolis 97112 (interpreter, PNF and foam work, proprioception and postural control, FSST seconds) that never says one-on-one: one-on-one missing.
        ["vord-h35-mpls-nmr-no-one-on-one"] = new(
            """
            EPCR Rehab — North Mpls — PT daily
            Hmong interpreter by phone (ID 2907). Pt's son present.
            97112 — 22 min: PNF D1/D2 LE patterns in standing at the rail, stepping over a low rope forward and sideways, foam stance with head turns.
            ↓ L ankle proprioception and slow postural reactions after L ankle fracture (ORIF, 4 mo).
            Four Square Step Test 13.9 s (17.5 s at IE).
            """,
            ["S82.852D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Tech clinic "97116 — 30 min" against a 20-minute line: mismatch; treadmill and outdoor path gait with cues; PD shuffling; speed and distance.
        ["vord-h35-tech-gait-minutes-mismatch"] = new(
            """
            🩺 Pulse · PTA · Bldg 4
            97116 — 30 min: treadmill 1.5 mph w/ big-step cueing, then the campus loop path 2 x 400 ft incl. the grass slope
            🎯 PD: shuffling short steps, ↓ arm swing, festination on the downslope
            📈 gait speed 0.92 m/s · SBA on the slope
            """,
            ["G20.A1"], [PTA("97116", 20)], [At(Mismatch, "97116")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
