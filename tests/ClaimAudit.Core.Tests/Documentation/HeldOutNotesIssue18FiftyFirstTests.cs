using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The fifty-first held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is about how a note was produced rather than where: ordinary outpatient clinics, ordinary patients,
/// in the proportions a billing manager sees them — about two thirds ordinary and complete once read past the
/// form, single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit), by PTs, PTAs
/// and OTs — each note as its way of production leaves it:
/// <list type="number">
/// <item>speech recognition (Dragon-style and phone dictation): run-ons without punctuation, the commands
/// "new line", "next paragraph", "full stop", "colon" and "scratch that" left in the text, numbers and codes
/// spelled out ("twenty four minutes", "forty one out of fifty six"), misrecognitions a reviewer reads through
/// ("P N F D to flexion" for D2, "per turbations", "Rhomberg", "tibia femoral"), a "please excuse any
/// transcription errors" banner, "Okay this is the … note … um";</item>
/// <item>notes drafted by an ambient-listening documentation tool and reviewed by the clinician (full
/// sentences, "The patient reports…", bulleted interventions);</item>
/// <item>human scribes: "I, …, am scribing for, and in the presence of, …", a provider attestation, "Scribe: …
/// for …, PT — entered in real time", "scribed in real time";</item>
/// <item>students: SPT, SPTA and Level II OT fieldwork (OTS) notes with the clinical instructor's co-signature,
/// supervision and ratio boxes ("CI in the room, line-of-sight, not treating anyone else", "Pt : clinician
/// ratio ☑ 1:1");</item>
/// <item>notes typed on a phone or tablet in a hurry: lower case, no punctuation, "just me n pt", "1:1 = y",
/// "22m", "w", "thru", "prob:", "why:", "Sent from my iPad", an emoji, tablet toggles (▣ / ▢, ◼ / ◻) and a
/// "[pick one]" placeholder;</item>
/// <item>notes pasted from a previous visit and edited, with their leftovers ("*** copied from 02/26 visit,
/// edited ***", "[@LASTNOTE pasted — edited 03/04]", a visit-number header from the last note, "UPDATED 03/04"
/// marks, "&gt;&gt; added today", "Daily note carried over from 02/27 and updated"), where the minutes or the
/// session type left from the earlier visit decide the finding.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h51-…): one-on-one in everyday words ("I had Mr. … one on one for the whole session",
/// "treated the patient individually; no other patient was under his care", "just me n pt the whole time",
/// "SPT and CI with this pt only, one-on-one", "indiv tx"), notes that negate it (a dictated "going back and
/// forth between her and the gentleman on the other mat", a pasted note whose session was changed to a group
/// today) or never state it (an ambient-tool draft, a dictated Parkinson's two-code note), and an OT student's
/// 97530 in a kitchen shared with two other clients, which has no one-on-one check;</item>
/// <item>class 2 (v2-h51-…): template states as the tablet, the scribe or the dictation leaves them: ▣ / ▢
/// toggles, a pasted flowsheet row "1-to-1 | N", a form dictated field by field ("individual check yes group
/// check no"), technique boxes ◻ all empty, an assistance row with ◼ CGA, a "[pick one]" placeholder as a
/// 97530's only assistance, "Direct one-on-one contact → Yes", "1:1 = y", a student's ratio box, a re-assessment
/// "due: Y / completed today: N" with no number;</item>
/// <item>class 3 (v3-h51-…): named protocols and programmes as techniques (proprioceptive neuromuscular
/// facilitation spelled out, the Bioness Integrated Therapy System, Interactive Metronome, an overhead-track
/// harness, high-intensity gait training, the Alfredson heel-drop protocol, Active Isolated Stretching, the Tyler
/// twist and Cyriax friction), a Rood-approach 97112 with no deficit and a McGill big 3 with no dose;</item>
/// <item>class 4 (v4-h51-…): deficits stated as findings (a dictated "Rhomberg positive" with monofilament sites,
/// truncal oscillation and overshoot, contraversive pushing with the Burke scale, left inattention by line
/// bisection and cancellation, a dictated Trendelenburg, thoracic hypomobility by PA springing, an active flexion
/// lag at the DIP, a J-sign with pelvic drop) and notes that state none ("Impairments: see IE", a scribed
/// neuro screen all intact);</item>
/// <item>class 5 (v5-h51-…): measures in their usual forms (TUG and 5x sit-to-stand dictated in words, force-plate
/// sway area and path velocity, the BOT-2 balance subtest, the Figure of 8 walk test, handheld dynamometry with
/// a limb symmetry index, sit and reach, counts and distances of a 97530) and notes with none (a dictated
/// "fewer catches than last time", a phone "did her knee stuff", a room, visit count and appointment date);</item>
/// <item>class 6 (v6-h51-…): minutes in their usual forms (spelled out in a dictation, "22m / 16m" on a phone,
/// "(97530: 18 min)", minutes before the code, a PT/OT co-treat both on 97530), true mismatches (ther-ex minutes
/// left from the pasted visit, a dictated "thirty minutes" of gait on a 15-minute line, the OT's minutes in a
/// co-treat) and truly missing separate time (a scribe's total only, a phone note's third code without
/// minutes);</item>
/// <item>class 7 (v7-h51-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check), the contract's meanings for 97110, 97530, 97140 and 97116, and wholly generic notes (a
/// pasted "Same as last visit", a dictated 97530, a phone 97112 with an emoji);</item>
/// <item>ordinary (vord-h51-…): complete notes of every production style that a reviewer passes (the
/// false-positive guard), and the ordinary weak ones: a complete dictated note with no diagnosis, an ICD-9
/// code in the diagnosis field, a dictated generic two-code note with a total, a pasted NMR whose minutes were
/// never updated, a phone NMR that never says one-on-one, a scribed gait note with no number, a student's total
/// only, an ambient-tool NMR with no number, a phone OT time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on an
/// objective measure with a number and fails it only when the note has no number but its code, its minutes and
/// numbers that are plainly something else; for the other codes a dose (sets, repetitions, load, hold, bouts,
/// distance, assistance level) is a measure. Dictation is read as a reviewer reads it: numbers and minutes in
/// words are numbers and minutes, and a misrecognized word is read only where the reading is unmistakable and
/// another carrier of the same element is present. Numbers that are not minutes of a code or measures (dates of
/// a pasted note, visit numbers, a room, a bike seat, step and chair heights, a metronome's beats per minute,
/// weeks since surgery, an e-signature) are read as what they are; no note states minutes of an activity, a rest
/// or a test. Leftovers of a pasted note are read as the note marks them: what it says of today decides.
/// Cases a careful reviewer could argue either way were left out: a content gap in one section of a multi-code
/// note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note lacks the thing),
/// generic phrases beside a deficit or a measure without a technique, a dose alone as a 97112's measure,
/// self-rated scores or vitals as the only number, a cueing level as the only measure, an exercise's name as a
/// 97110's only region, "gait training" as the whole of a 97116 note, a 97530 with no deficit, a one-on-one left
/// to be inferred (a student "under direct supervision", a schedule), a dictation error that destroys the only
/// carrier of a required element, aquatic work billed with a land code, canalith repositioning, minute ranges
/// and approximate minutes, three-character or dotless diagnosis codes, the previous visit's numbers as the only
/// measure, and any line with a code that has no documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 93 of 98 cases agree (97 needed), and 2 of the 63 notes the reviewer passes got a finding, on the analyzer
/// of 9bc1aa7 (the start of the 2026-12-05 sixth session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 93 of 98, 2 false positives — the same cases — at its first run on the analyzer of 37948e2 (the session's
/// readings of what the forty-third to forty-seventh sets had left; not shaped by this set): the held-out figure —
/// notes as they were produced (speech recognition, scribes, students, phones, pasted notes). Then development data,
/// worked through (with four read-only reviews of the readings): 97 of 98, no false positive — "nmr 22m / gt 16m",
/// "pushes hard to the L … visual vertical", "Session type: group" opening its line, a scribe's neuro screen "light
/// touch and proprioception intact B LE; coordination WNL". Left: "seen for balance training and therapeutic exercises
/// total treatment time 35 minutes" read as 97110's time (the reviewer: a total); a reading of it was tried and taken
/// out after a review ("Bike and TE total 20 min" is ther ex's). New examples in NotesAsWrittenTests
/// "forty-eighth-to-fifty-second-sets".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FiftyFirstTests(ITestOutputHelper output)
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

        // Dragon run-on with "new line" / "full stop" left in: "I had Mr. Okafor one on one for the whole session"; "P N F D to flexion" (D2), rhythmic stabilization, "per turbations"; R hemiparesis with poor recruitment; Berg in words; 24 minutes match: passes.
        ["v1-h51-dragon-one-on-one-whole-session"] = new(
            "neuromuscular re-education 97112 twenty four minutes new line I had Mr. Okafor one on one for the whole session with no other patients on my schedule full stop "
            + "new line we did P N F D to flexion and D to extension patterns of the right leg with quick stretch and approximation at the hip and rhythmic stabilization in half kneeling "
            + "and stride stance weight shifts onto the right with manual per turbations at the pelvis full stop new line deficit is right hemiparesis with poor motor recruitment "
            + "of the right hip extensors and slow postural responses full stop new line Berg forty one out of fifty six thirty five at evaluation full stop new line plan continue",
            ["I69.351"], [PT("97112", 24)], []),

        // Scribe attestation "scribing for, and in the presence of" and "treated the patient individually; no other patient was under his care": one-on-one; gel discs EC, step-outs on cue, cone-tree reaching; somatosensory loss; Mini-BESTest and feet-together EC: passes.
        ["v1-h51-scribe-treated-individually"] = new(
            """
            SCRIBE ATTESTATION: I, Marisol Vega, am scribing for, and in the presence of, Aaron Lindgren, PT, DPT.
            Service: 97112 neuromuscular re-education, 23 min. Dr. Lindgren treated the patient individually; no other patient was under his care during this time.
            Interventions: standing with a gel disc under each foot, eyes closed; lateral step-outs to tape targets on a verbal cue; reaching outside the base of support to a cone tree; sit-to-stand with eyes closed.
            Assessment: impaired somatosensory contribution to standing balance from peripheral neuropathy; relies on vision; two near-falls in the shower this month.
            Objective: Mini-BESTest 17/28 (13/28 at initial evaluation); feet-together stance eyes closed 11 s.
            PROVIDER ATTESTATION: I personally performed the services described in this documentation, as scribed in my presence, and it is accurate and complete. — A. Lindgren, PT, DPT
            """,
            ["E11.42", "Z91.81"], [PT("97112", 23)], []),

        // PTA's iPad note in lower case, "just me n pt the whole time, nobody else on my sched": one-on-one; rocker board EC, dome step-ups with holds, foam ball toss; ankle strategy and proprioception; SLS and tandem seconds: passes.
        ["v1-h51-ipad-just-me-n-pt"] = new(
            """
            nmr 97112 22 min - just me n pt the whole time, nobody else on my sched
            rocker bd eo then ec, step ups onto the dome side of the half ball w 3 sec hold, ball toss on foam in tandem
            prob: poor ankle strat + ↓ proprio L ankle s/p fx
            SLS L 7 sec R 21 sec, tandem ec 9 sec
            -kh pta
            Sent from my iPad
            """,
            ["S82.62XD", "R26.81"], [PTA("97112", 22)], []),

        // Dictated "I was going back and forth between her and the gentleman on the other mat today": not one-on-one; counter tandem with head turns, Airex EC, soft-couch sit-to-stand; under-use of vestibular input; four square step test in words.
        ["v1-h51-dictated-back-and-forth-two-patients"] = new(
            "Okay this is the neuromuscular re-ed note for Mrs. Halvorsen um twenty two minutes actually I was going back and forth between her and the gentleman on the other mat today "
            + "so I would set her up and then check back on her next paragraph She did tandem walking along the kitchen counter with head turns and standing on the Airex with feet together "
            + "and eyes closed and sit to stand from the soft couch without hands next paragraph She is still under using her vestibular input and sways wide when vision is taken away "
            + "next paragraph Four square step test fifteen point two seconds next paragraph Dictated not reviewed",
            ["H81.92", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // OT student's 97530 in the ADL kitchen "while 2 other clients were at the sink and table stations": 97530 has no one-on-one check; stove and cabinet tasks with assistance levels and a distance, THA with a cooking goal: passes.
        ["v1-h51-ots-kitchen-shared-97530"] = new(
            """
            OTS daily note — Level II fieldwork (wk 9) — co-signed by CI R. Abernathy, OTR/L
            97530 therapeutic activities, 26 min, ADL kitchen (pt worked at the stove station while 2 other clients were at the sink and table stations)
            Task: prepared scrambled eggs and toast standing; retrieved a pan from the lower cabinet; carried the plate to the table 12 ft on the walker tray
            Assist: min A for balance reaching into the lower cabinet, SBA at the stovetop; 2 verbal cues for burner safety
            Goal: cook a simple hot breakfast at home after L THA — lives alone
            CI statement: I was present in the kitchen and directed the student throughout.
            """,
            ["Z96.642"], [OT("97530", 26)], []),

        // Ambient-listening draft reviewed by the clinician: gaze stabilization with a letter card, optokinetic stripes, head-turn walking; visual motion sensitivity after neuritis; DGI and DHI; but it never says one-on-one.
        ["v1-h51-ambient-draft-never-one-on-one"] = new(
            """
            Visit summary (drafted by ambient listening software; reviewed and edited by the clinician)
            Subjective: The patient reports she has been doing her eye exercises twice a day and that grocery store aisles still make her feel off balance.
            Interventions — Neuromuscular re-education (97112), 25 minutes:
            • Gaze stabilization with head movements while focusing on a letter card, progressed from sitting to standing on a firm surface.
            • Optokinetic stimulation with a moving-stripes video while standing with feet apart.
            • Walking with horizontal head turns the length of the hallway.
            Assessment: Persistent visual motion sensitivity and reduced gaze stability following left vestibular neuritis.
            Objective: Dynamic Gait Index 18/24 (14/24 at evaluation); Dizziness Handicap Inventory 40.
            Plan: Progress to busy-background gaze work next week.
            """,
            ["H81.22"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // SPT note "SPT and CI with this pt only, one-on-one" on the NMR beside ther-ex; kneel-to-stand, foam lunges with a stick, tandem ball catch; lateral postural control; 5xSTS and Berg; both minutes match: passes.
        ["v1-h51-spt-this-patient-only-nmr-te"] = new(
            """
            SPT Daily Note — 2nd full-time clinical (wk 6) — co-signed by supervising PT L. Osei, PT, DPT
            97112 — 20 min — SPT and CI with this pt only, one-on-one; nobody else was scheduled with either of us in that slot
              • kneeling → half-kneel → stand w/o UE support, 5 each side
              • lateral lunges onto a foam pad w/ a 2-s stick
              • catching a weighted ball in tandem stance
            97110 — 15 min — standing hip abduction w/ 3# cuff 2x12 each; side-lying clams, red band, 2x15; bridges w/ march 2x10
            Deficits: poor L hip stabilization and ↓ lateral postural control (L hip OA; 2 falls this winter)
            Objective: 5x sit-to-stand 14.8 s; Berg 46/56
            K. Patterson, SPT / L. Osei, PT, DPT (reviewed, agree)
            """,
            ["M16.12", "Z91.81"], [PT("97112", 20), PT("97110", 15)], []),

        // Pasted note whose session type was changed today: "group — Tuesday balance group (4 pts, 1 PT)", the 02/26 "1:1 individual" marked as replaced: not one-on-one; foam step holds, tilt board, cone figure-8s; postural control; chair stands and tandem present.
        ["v1-h51-pasted-today-balance-group"] = new(
            """
            *** copied from 02/26 visit, edited ***
            97112 NMR — 30 min
            Session type: group — Tuesday balance group (4 pts, 1 PT) [02/26 text read "1:1 individual" — changed today, schedule]
            Tx: step-ups onto a foam step with a 3-s hold; lateral weight shifts on the tilt board; walking figure-8s around cones with head turns
            Impairments: ↓ postural control with a narrow base; slow protective stepping (3 falls last year)
            30-s chair stand 9; tandem stance 8 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // Dictated Parkinson's two-code note, complete (amplitude stepping, clock turning, laser line for freezing; festination and turning; TUG and Mini-BESTest in words; 25 and 15 match) but it never says one-on-one.
        ["v1-h51-dictated-pd-nmr-gait-unstated"] = new(
            "This is a physical therapy daily note for Walter Brandt new line He is here for his Parkinson's disease full stop Neuromuscular reeducation 25 minutes consisting of "
            + "large amplitude stepping to targets on the floor and turning practice in a clock pattern and standing reaches outside his base with a weight shift cue full stop "
            + "Gait training 15 minutes on the treadmill at one point eight miles per hour with cues for heel strike and arm swing then overground with the laser line on his cane "
            + "for freezing at thresholds full stop Problems are shuffling with short steps and festination and freezing in doorways and poor postural control on turns full stop "
            + "Timed up and go fourteen point one seconds full stop Mini best test sixteen out of twenty eight full stop End of dictation",
            ["G20.A1"], [PT("97112", 25), PT("97116", 15)], [At(OneOnOne, "97112")]),

        // OT phone note "ot nmr 97112 21m indiv tx": individual treatment; wedge weight bearing, tapping during reach, vertical pegboard; L UE recruitment and scapular control; Box and Blocks: passes.
        ["v1-h51-ot-phone-indiv-tx"] = new(
            """
            ot nmr 97112 21m indiv tx
            wt bearing thru L hand on wedge while reaching w R, tapping/quick stretch to L triceps + wrist ext during reach, placing pegs on vertical board w L hand
            L hemi after R MCA cva - poor L UE motor recruitment + scapular control
            box & blocks L 14 (was 8), R 48
            """,
            ["I69.354"], [OT("97112", 21)], []),

        // ---------------------------------------------------------------- class 2: checkboxes, grids and Y/N states

        // Tablet export "Treatment mode: ▣ Individual ▢ Concurrent ▢ Group"; shoulder pulls, half foam roll, months backward; reactive postural control ticked; TUG-cognitive and k of 10: passes.
        ["v2-h51-tablet-square-individual"] = new(
            """
            Harbor Glen Rehab · tablet daily note (export)
            Treatment mode: ▣ Individual ▢ Concurrent ▢ Group ▢ Co-treat
            NMR (97112): 23 min
            Performed: ▣ Perturbations ▣ Compliant surface ▢ Vestibular ▣ Dual task ▢ PNF
            Detail: lateral and posterior pulls at the shoulders in standing; stance on a half foam roll, flat side down; walking while naming the months backward
            Impairment targeted: ▢ Proprioception ▣ Reactive postural control ▢ Coordination
            Measure: TUG-cognitive 16.4 s; 1 recovery step on 7 of 10 pulls
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // Pasted flowsheet row "97112 | 25 | N | PTA" under a "1-to-1" column: answered no; cone figure-8s, folded-mat SLS with taps, step-and-stick; knee proprioception after TKA; SLS and k of 8 present.
        ["v2-h51-pasted-flowsheet-1to1-n"] = new(
            """
            [pasted from flowsheet — Brookside PT]
            CPT   | Min | 1-to-1 | Staff
            97112 | 25  | N      | PTA
            Activities: figure-8 walking around 2 cones w/ head turns; SL stance on a folded mat w/ cone taps; step-and-stick onto a foam pad, 3 x 8
            Impairment: ↓ R knee proprioception and quad timing on step-down after R TKA
            SLS R 5 s (L 18 s); step-down off a 6-in step, 3 of 8 w/o knee wobble
            """,
            ["Z96.651", "R26.81"], [PTA("97112", 25)], [At(OneOnOne, "97112")]),

        // Form dictated field by field: "Treatment type colon individual check yes group check no"; PNF rhythmic initiation and agonistic reversals, therapy-ball reaching; trunk postural control after incomplete SCI; FIST and reach in words and digits: passes.
        ["v2-h51-dictated-form-check-yes"] = new(
            "Daily note template dictated field by field new line Treatment type colon individual check yes group check no new line Code 97112 20 minutes new line "
            + "Techniques colon proprioceptive neuromuscular facilitation rhythmic initiation and agonistic reversals for trunk rotation in long sitting and reaching out of base of support "
            + "sitting on the therapy ball new line Deficit colon poor trunk postural control and delayed righting reactions after T10 incomplete spinal cord injury new line "
            + "Measure colon function in sitting test 38 out of 56 and modified functional reach forward 9 inches new line end of template",
            ["G82.22"], [PT("97112", 20)], []),

        // Technique row "◻ PNF ◻ Perturbation ◻ Foam / unstable surface ◻ Gaze stabilization ◻ Motor control drills" with none filled and nothing done written anywhere: no technique; one-on-one ◼ yes, neuropathy deficit, Berg and TUG present.
        ["v2-h51-technique-boxes-none-filled"] = new(
            """
            NMR flowsheet — 97112 — 22 min
            One-on-one:  ◼ yes  ◻ no
            Technique(s):  ◻ PNF   ◻ Perturbation   ◻ Foam / unstable surface   ◻ Gaze stabilization   ◻ Motor control drills
            Deficit: ↓ proprioception B feet, ↓ postural control in narrow stance (diabetic neuropathy)
            Berg 44/56; TUG 12.8 s
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // Student's 97116 with "Assist: … CGA ◼ …" and "Distance: 150 ft x 2"; hemi-walker to quad cane, tile/carpet/steps; R steppage with foot drop: passes.
        ["v2-h51-spt-gait-assist-row"] = new(
            """
            SPT note (CI co-sign: R. Dahl, PT)
            GAIT TRAINING 97116 — 18 min
            Device: hemi-walker → large-base quad cane this visit
            Surfaces: tile, carpet, 4 steps w/ R rail (step-to)
            Assist:  Indep ◻  Mod I ◻  SBA ◻  CGA ◼  Min A ◻  Mod A ◻
            Distance: 150 ft x 2
            Pattern: R steppage w/ foot drop (no AFO today), ↓ R stance time, short L step; cues for L step length and R hip flexion in swing
            """,
            ["I69.351", "M21.371"], [PT("97116", 18)], []),

        // 97530 trash-day tasks with a goal after TKA, but "Level of assist: [pick one]" and an empty reps/distance box and no other number: no measure.
        ["v2-h51-97530-assist-pick-one"] = new(
            """
            TA 97530 — 24 min
            Trash day sim: tied off and lifted the kitchen bag out of the can, carried it to the wheeled bin, pulled the bin down the clinic ramp and back
            Goal: take her own trash to the curb again after R TKA
            Level of assist: [pick one]      Reps / distance: [          ]
            Tolerated.
            """,
            ["Z96.651"], [PT("97530", 24)], [At(Measure, "97530")]),

        // Scribe entry "Direct one-on-one contact → Yes"; laser-on-headband figure-8 tracing, pursuit with trunk rotated, head relocation EC (97112 20) and suboccipital release, C2-3 glides, STM (97140 12); cervical proprioception after MVC; JPE degrees: passes.
        ["v2-h51-scribe-direct-contact-yes"] = new(
            """
            Scribe: D. Frye, rehab scribe, for M. Castellanos, PT — entered in real time; PT reviewed and signed
            Direct one-on-one contact → Yes
            97112 — 20 min: laser pointer on a headband tracing a figure-8 chart and a zig-zag path; smooth-pursuit eye tracking with the trunk rotated in sitting; head-to-neutral relocation with eyes closed, 10 trials each way
            97140 — 12 min: suboccipital release; C2-3 R unilateral PA glides grade III, 3 x 30 s; STM R upper trap
            Deficit: ↓ cervical proprioception (joint position error) and dizziness with neck motion after a rear-end MVC
            JPE rotation R 6.5°, L 4.1° (norm under 4.5°); cervical rotation R 58°
            """,
            ["S13.4XXD", "M54.2"], [PT("97112", 20), PT("97140", 12)], []),

        // Phone note "97112 - 20m - 1:1 = y"; 2x6 tandem, couch-cushion SLS, called dot stepping, head-turn walking; L vestibular loss and foot proprioception; FGA: passes.
        ["v2-h51-phone-1to1-equals-y"] = new(
            """
            97112 - 20m - 1:1 = y
            tx: tandem on a 2x6 board, sl stance on stacked couch cushions, stepping on call to 4 colored dots, walking w head turns in the hall
            why: ↓ vestibular fxn L (acoustic neuroma resection) + ↓ proprio B feet
            fga 20/30 (16 at ie)
            """,
            ["H81.92", "R26.81"], [PT("97112", 20)], []),

        // Student's boxes "Pt : clinician ratio: ☑ 1:1 (SPT + CI with this pt)"; rolled-towel steps, dropped-dowel catch, tilt board EC (97112 22) and half-kneel floor rise, basket on stairs (97530 16); reactive stepping and proprioception; floor transfer and Berg: passes.
        ["v2-h51-spt-ratio-box-1to1"] = new(
            """
            Student: E. Brandvold, SPT    CI: T. Nakamura, PT, DPT
            Supervision: ☑ CI in the room, line-of-sight, not treating anyone else
            Pt : clinician ratio: ☑ 1:1 (SPT + CI with this pt)   ☐ 2:1   ☐ group
            97112 — 22 min: stepping over stacked rolled towels at random heights; reactive catch of a dropped dowel; standing on the tilt board w/ EC
            97530 — 16 min: floor-to-stand via half-kneel from a mat, 4 reps, CGA; carrying a laundry basket up 4 stairs w/ rail, SBA
            Impairments: delayed reactive stepping and ↓ proprioception L LE after L cerebellar stroke
            Floor transfer 22 s; Berg 40/56
            """,
            ["I69.393"], [PT("97112", 22), PT("97530", 16)], []),

        // Carried-over note "Re-assessment due: Y  Completed today: N" and no number but the date, code and minutes: no measure; visual-target stepping, tandem with ball pass, foam head nods, 1:1, sensory integration deficit present.
        ["v2-h51-carried-over-recheck-not-done"] = new(
            """
            Daily note carried over from 02/27 and updated
            97112 — 1:1 — 23 min
            Interventions: stepping to visual targets on an auditory cue; tandem walking w/ a ball passed around the trunk; standing on compliant foam w/ head nods and turns
            Deficits: impaired sensory integration (vestibular + somatosensory) from chemo-induced neuropathy
            Re-assessment due:  Y     Completed today:  N  (pt arrived late)
            Plan: re-test next visit
            """,
            ["G62.0", "R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols and programmes

        // Dictated "proprioceptive neuromuscular facilitation … D1 flexion scratch that D2 flexion and extension" with repeated contractions and contract-relax, forearm weight bearing with rhythmic stabilization; scapular motor control; Fugl-Meyer in words: passes.
        ["v3-h51-dictated-pnf-scratch-that"] = new(
            "Neuro re-ed 97112 23 minutes one-on-one new line proprioceptive neuromuscular facilitation to the left upper extremity D1 flexion scratch that D2 flexion and extension "
            + "with repeated contractions then contract relax into shoulder flexion then weight bearing through the left forearm in side sitting with rhythmic stabilization full stop "
            + "new line Deficit colon left hemiparesis with poor scapular motor control and weak recruitment of the left serratus full stop new line "
            + "Fugl Meyer upper extremity thirty four out of sixty six was twenty seven full stop",
            ["I69.354"], [PT("97112", 23)], []),

        // OT "one patient, one OT" with the Bioness Integrated Therapy System ("Rapid Reach", "Sequence Recall") on foam; L inattention and standing postural control; BITS hits and L-side targets: passes.
        ["v3-h51-ot-bits-rapid-reach"] = new(
            """
            OT — neuro clinic — 97112 24 min (one-to-one: one patient, one OT)
            Bioness Integrated Therapy System (BITS): "Rapid Reach" and "Sequence Recall" on the touch-screen while standing on a foam pad; targets set to appear across the L field
            Impairment: L visual inattention and ↓ standing postural control during reach after R parietal stroke
            BITS Rapid Reach 42 hits (31 at IE); L-side targets 14 of 21
            """,
            ["I69.398", "R41.4"], [OT("97112", 24)], []),

        // Concussion clinic "97112 — 22 min — one-on-one" with Interactive Metronome claps and taps, then taps on foam; motor timing/sequencing and postural control with head motion; IM task average ms and SLS on foam: passes.
        ["v3-h51-interactive-metronome-concussion"] = new(
            """
            Concussion clinic — 97112 — 22 min — one-on-one
            Interactive Metronome (IM): bilateral hand claps, alternating toe taps and heel taps to the reference tone; then toe taps while standing on foam
            Deficit: motor timing/sequencing — pt consistently early on the beat — and ↓ postural control w/ head motion 5 wks after a concussion (club lacrosse)
            IM task average 62 ms (94 ms at IE); SLS on foam EC 8 s
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // PTA 97116 in an overhead-track harness (fall protection only) with hemi-walker to SPC, cone figure-8s, curb steps; knee buckling and short step after TKA; distance and CGA to SBA: passes.
        ["v3-h51-pta-overhead-track-97116"] = new(
            """
            PTA note — ceiling-track harness, gym B
            97116 gait training 20 min: overground in the overhead-track harness (fall protection, no unweighting) w/ hemi-walker → SPC; figure-8 around cones; 3 curb steps up/down
            Working on: L knee buckling in stance and a short R step (L TKA wk 7 + old L peroneal palsy)
            Distance 3 x 120 ft, CGA → SBA by the last lap
            """,
            ["Z96.652"], [PTA("97116", 20)], []),

        // "HIGT (high-intensity gait training) per stroke protocol" with harnessed treadmill and variable stepping; paretic propulsion and gait speed; 10MWT and 6MWT metres: passes.
        ["v3-h51-higt-stroke-97116"] = new(
            """
            HIGT (high-intensity gait training) per the clinic's stroke protocol — 97116 — 24 min
            Treadmill in harness → overground; variable stepping: backward, sideways, over 2-in obstacles, up/down a 4-in step; target RPE 15–17
            Impairments: ↓ R LE paretic propulsion and ↓ gait speed/endurance (R hemiparesis, 5 mo post)
            10MWT self-selected 0.58 m/s (0.44 at IE); 6MWT 214 m
            """,
            ["I69.351"], [PT("97116", 24)], []),

        // Phone "alfredson eccentric heel drops off step - straight knee 3x15 + bent knee 3x15, 10# in backpack"; R Achilles midportion tendinopathy; SL heel-raise counts: passes.
        ["v3-h51-phone-alfredson-97110"] = new(
            """
            te 97110 16m
            alfredson eccentric heel drops off step - straight knee 3x15 + bent knee 3x15, 10# in backpack
            r achilles midportion tendinopathy, 5 wks, cant run yet
            sl heel raise r 14 vs l 25
            """,
            ["M76.61"], [PT("97110", 16)], []),

        // "Active Isolated Stretching (Mattes method)" with 2-s holds x 10 at three angles and Nordic lowers; L hamstring strain with a sprint goal; active knee extension test: passes.
        ["v3-h51-active-isolated-stretching-97110"] = new(
            """
            97110 (15 min) — Active Isolated Stretching (Mattes method), L hamstrings: supine straight-leg with a rope, 2-s holds x 10 reps at 3 angles (neutral, hip IR, hip ER); then partner-held Nordic lowers 2 x 5
            L hamstring strain (gr II) 4 wks ago kicking in the adult soccer league; goal back to sprinting
            Active knee extension test L -28° (-40° at IE), R -12°
            """,
            ["S76.312D"], [PT("97110", 15)], []),

        // Scribe entry: Tyler twist with red FlexBar, eccentrics, putty (97110 12) and Cyriax deep transverse friction in bouts, radial head glides (97140 10); lateral elbow pain with a coffee-pot goal; pain-free grip: passes.
        ["v3-h51-scribe-tyler-twist-cyriax"] = new(
            """
            [scribe entry — E. Walsh for R. Banerjee, PT]
            97110 12 min: Tyler twist w/ red FlexBar 3 x 15; wrist extension eccentrics 2# 3 x 15; grip squeezes w/ putty 2 x 20
            97140 10 min: Cyriax deep transverse friction, L common extensor origin, 3 bouts x 90 s; radial head A/P glides 3 x 30 s
            L lateral elbow pain (lateral epicondylalgia) — can't lift the coffee pot
            Pain-free grip L 14 kg / R 38 kg (dynamometer, elbow extended)
            Provider: I was present and performed the services; the scribe documented them. — R. Banerjee, PT
            """,
            ["M77.12"], [PT("97110", 12), PT("97140", 10)], []),

        // Rood-based facilitation (brushing, tapping, approximation in quadruped and standing), 1:1, reach distance and Fugl-Meyer — but no deficit or system targeted is stated anywhere.
        ["v3-h51-rood-facilitation-no-deficit"] = new(
            """
            NMR 97112 — 22 min — 1:1 with PT
            Rood-based facilitation: fast brushing and tapping over the triceps and wrist extensors before reach; joint approximation through the shoulder in quadruped and in standing at the table; weight shifts onto the hand in side-sit
            Reach to target 14 in (9 in last wk); Fugl-Meyer UE 30/66
            Pt motivated, tol well.
            """,
            ["I69.354"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Phone "mcgill big 3 (curl-up, side bridge, bird dog) reviewed + performed" with a low-back goal but no sets, reps, holds or any number: no measure.
        ["v3-h51-phone-mcgill-big3-no-dose"] = new(
            """
            ther ex 97110 18 min - mcgill big 3 (curl-up, side bridge, bird dog) reviewed + performed, cues for neutral spine + bracing
            low back, L4-5 disc, wants to get back to lifting at the warehouse
            hep updated
            """,
            ["M51.26"], [PT("97110", 18)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits as findings, and notes that state none

        // Dictated "Rhomberg positive" and monofilament felt at 3 of 10 sites, "loss of plantar sensation with poor use of somatosensory input"; foam EC, rocker board, rope stepping; one on one; feet-together EC seconds: passes.
        ["v4-h51-dictated-rhomberg-monofilament"] = new(
            "Patient seen one on one for neuromuscular reeducation 97112 twenty five minutes full stop Rhomberg positive with eyes closed and she could only feel the monofilament "
            + "at three of ten sites on each foot full stop We worked on standing on the foam with eyes closed holding the counter then letting go and rocker board side to side and "
            + "stepping over a rope on the floor in the hallway full stop Deficit is loss of plantar sensation with poor use of somatosensory input for standing full stop "
            + "Feet together eyes closed on firm floor she held six seconds full stop",
            ["E11.42", "Z91.81"], [PT("97112", 25)], []),

        // Scribed note with findings "to-and-fro trunk oscillation … overshoots when placing the foot … can't tandem more than 2 steps" (ataxia); footprint stepping to a count, tall-kneel stabilization, weighted vest; individual session; SARA: passes.
        ["v4-h51-scribe-trunk-oscillation-overshoot"] = new(
            """
            Scribed by J. Ocampo in the presence of N. Farouk, PT, DPT (treating therapist)
            97112 NMR 23 min — individual session, PT hands-on throughout
            Findings this visit: wide-based, staggering gait with to-and-fro trunk oscillation when standing still; overshoots when placing the foot on a floor target, L > R; can't tandem more than 2 steps
            Tx: stepping onto floor footprints to a slow count; quadruped → tall-kneel with trunk rhythmic stabilization; standing reaches wearing a 2-lb weighted vest
            SARA 14 (16 at IE)
            N. Farouk, PT, DPT — I personally performed these services.
            """,
            ["R27.0"], [PT("97112", 23)], []),

        // Phone note "pushes hard to the L w R arm … resists midline correction"; reaching past midline with a visual vertical, wall-side sit-to-stand, mirror weight shift; 1:1; Burke Lateropulsion Scale and unsupported sitting seconds: passes.
        ["v4-h51-phone-pushing-burke"] = new(
            """
            nmr 24m 1:1
            pushes hard to the L w R arm in sitting + standing, resists midline correction
            tx: sitting reach to the R past midline using the door frame as visual vertical, sit to stand w R side to the wall, wt shift R in stance w mirror
            burke lateropulsion 9 (12 at ie), sits unsupported 45 s
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // OT student's 97530 with L inattention by line bisection and cancellation and a doorframe bump; pillbox sort and sandwich making; errors and cues counted; med-management goal: passes.
        ["v4-h51-ots-neglect-97530"] = new(
            """
            OTS (Level II, wk 10) — CI: J. Whitcomb, OTR/L, co-signed
            97530 25 min: medication sort into a weekly pillbox from 4 bottles spread across the table; making a sandwich at the counter with items placed to the L
            Findings: L inattention — line bisection marks 2 cm R of center; on the cancellation sheet missed 6 of 18 lines on the L; bumped the L doorframe x 2 walking to the kitchen
            Pillbox: 2 errors, both on L-side days (5 at IE); sandwich task w/ 3 cues to scan L
            Goal: manage her own meds at home w/ husband checking weekly
            """,
            ["I69.398", "R41.4"], [OT("97530", 25)], []),

        // Dictated 97116 "positive Trendelenburg on the left with the right hip dropping during left stance and a lateral trunk lean"; cane on tile and the outdoor ramp with distances and stand-by assist: passes.
        ["v4-h51-dictated-trendelenburg-97116"] = new(
            "Gait training 97116 sixteen minutes next paragraph She shows a positive Trendelenburg on the left with the right hip dropping during left stance and a lateral trunk lean "
            + "over the left leg next paragraph Trained with a straight cane in the right hand two hundred feet times two on tile and fifty feet on the outdoor ramp with stand by assist "
            + "with cues for a level pelvis and equal step length next paragraph Left hip fracture repair eight weeks ago",
            ["S72.002D"], [PT("97116", 16)], []),

        // 97140 with findings "T4–T7 hypomobile to central PA springing, R rib 5 held in elevation, tight R pec minor"; graded PA mobs in bouts, rib glide, pec minor release; rotation degrees: passes.
        ["v4-h51-thoracic-springing-97140"] = new(
            """
            MT 97140 — 12 min
            Found: T4–T7 hypomobile to central PA springing, R rib 5 held in elevation, tight R pec minor (coracoid 3 fingerbreadths off the table)
            Tx: T4–T7 central PA mobs gr III–IV, 4 x 30 s each level; R rib 5 caudal glide w/ exhale x 8; pec minor release in supine
            After: seated thoracic rotation R 40° → 52°
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // Pasted "[@LASTNOTE pasted — edited 03/04]" with "Impairments: see IE 01/15" and no deficit in the note; rocker EC, foam head turns, stride-stance perturbations, cone reaches; one-on-one; Berg and TUG present.
        ["v4-h51-lastnote-impairments-see-ie"] = new(
            """
            [@LASTNOTE pasted — edited 03/04]
            97112 — 23 min — one-on-one
            Tx: rocker board A/P w/ EC; stance on a foam pad w/ head turns; manual perturbations in stride stance; step-and-reach to 5 cones
            Impairments: see IE 01/15
            Berg 47/56; TUG 11.9 s
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // Scribed neuro screen "light touch and proprioception intact B LE; coordination WNL; … postural control WFL in all stances tested": the note states no deficit; foam EC, line tandem, pillow SLS; one on one; Berg and SLS present.
        ["v4-h51-scribe-neuro-screen-intact"] = new(
            """
            Scribe documentation — entered by A. Brooks (scribe) as dictated in the room by C. Oyelaran, PT
            Neuro screen today: light touch and proprioception intact B LE; coordination WNL; no nystagmus; postural control WFL in all stances tested
            97112 — 20 min — one on one
            Foam stance w/ eyes closed; tandem walk on a line; SL stance on a pillow w/ ball toss
            Berg 53/56; SLS R 24 s, L 26 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Dictated OT hand note "Active flexion is forty five degrees short of passive at the DIP" (flexor tendon adhesion); blocking, tendon glides, place-and-hold with sets and holds; DIP degrees: passes.
        ["v4-h51-dictated-ot-dip-lag-97110"] = new(
            "OT hand therapy 97110 fifteen minutes full stop Right ring finger flexor tendon repair week ten full stop Active flexion is forty five degrees short of passive at the DIP "
            + "from adhesions full stop Blocking exercises for the DIP and PIP three sets of ten and tendon glides straight fist hook fist full fist ten each and place and hold fist "
            + "five second holds times ten full stop Active DIP flexion thirty five degrees up from twenty full stop Goal grip a hammer at work",
            ["M24.541"], [OT("97110", 15)], []),

        // Typed by an SPT: "+ J-sign R on active knee ext; R knee valgus + contralateral pelvic drop on SL squat"; side-plank clams, step-downs, band walks, wall sits with doses; dorm-stairs goal: passes.
        ["v4-h51-spt-j-sign-97110"] = new(
            """
            ther ex 97110 (17 min) — typed by SPT, co-signed by CI
            Findings: + J-sign R on active knee ext; R knee valgus + contralateral pelvic drop on SL squat; R hip abd 4-/5
            Ex: side-plank clams 3 x 10; lateral step-downs off a 4-in box w/ mirror 3 x 8; monster walks green band 4 x 20 ft; wall sits 3 x 30 s
            Goal: stairs at the dorm without R knee pain
            """,
            ["M22.2X1"], [PT("97110", 17)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Dictated measures in words: "Timed up and go thirteen point four seconds, five times sit to stand sixteen point two seconds, four stage balance tandem held six seconds"; cone slalom with stops, colored targets, backward rail walking; one on one: passes.
        ["v5-h51-dictated-measures-in-words"] = new(
            "Ninety seven one one two neuromuscular re-education twenty three minutes one on one new line Cone slalom with sudden stops on command and stepping to colored targets "
            + "with an arm swing cue and backward walking along the hallway rail full stop Impairment colon delayed stepping reactions and poor anticipatory postural control full stop "
            + "Timed up and go thirteen point four seconds five times sit to stand sixteen point two seconds four stage balance tandem held six seconds full stop",
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // Force plates "sway area 6.8 cm² (11.2 cm² at IE); path velocity 3.1 cm/s"; sensory reweighting progression and optic-flow marching; visual reliance and vestibular contribution; 1:1: passes.
        ["v5-h51-force-plate-sway-area"] = new(
            """
            Vestibular/balance — 97112 — 22 min — 1:1
            Tx: sensory reweighting progression — feet together on firm w/ EC → foam w/ EO → foam w/ EC while turning the head to a metronome beat; optic-flow video while marching in place
            Deficit: over-reliance on vision, ↓ vestibular contribution (bilateral hypofunction)
            Kinvent force plates, feet together on foam EC: sway area 6.8 cm² (11.2 cm² at IE); path velocity 3.1 cm/s
            """,
            ["H81.93", "R26.81"], [PT("97112", 22)], []),

        // Paediatric "BOT-2 balance subtest: scale score 7 (5 at IE)" with beam SLS seconds; hopscotch stop-and-hold, beam walking with a bean bag, bounced-ball catch on a wobble disc; balance and motor planning; 1:1: passes.
        ["v5-h51-peds-bot2-balance"] = new(
            """
            Peds OP — 97112 — 24 min — 1:1 (mom in the waiting room)
            Activities: hopscotch w/ stop-and-hold on one foot; walking a 4-in beam forward and sideways carrying a bean bag; catching a bounced tennis ball while standing on a wobble disc
            Deficit: poor static/dynamic postural control and motor planning (developmental coordination disorder), age 8
            BOT-2 balance subtest: scale score 7 (5 at IE); SLS on the beam R 6 s / L 4 s
            """,
            ["R27.8"], [PT("97112", 24)], []),

        // PTA 97116 "Figure of 8 walk test 11.2 s, 2 steps off the path; gait speed 0.72 m/s; SBA"; 4WW to rollator with turns; shuffling and en-bloc turning: passes.
        ["v5-h51-figure-of-8-walk-97116"] = new(
            """
            gait trng 97116 — 15 min — PTA
            4WW → rollator in the hallway and around the nurses' station; cues for upright posture and wider turns
            Deficit: shuffling, en-bloc turning, ↓ step length B
            Figure of 8 walk test 11.2 s, 2 steps off the path; gait speed 0.72 m/s; SBA
            """,
            ["R26.2"], [PTA("97116", 15)], []),

        // "Handheld dynamometer knee ext @ 60°: R 18.2 kg / L 26.5 kg (LSI 69%)" with dosed quad exercises; R TKA quad weakness with a stairs goal: passes.
        ["v5-h51-handheld-dynamometer-97110"] = new(
            """
            97110 20 min: terminal knee ext w/ band 3 x 15; SAQ 3# 3 x 12; leg press 60 lb 3 x 10; step-ups 6-in 3 x 10
            R TKA wk 9 — quad weakness; goal reciprocal stairs
            Handheld dynamometer knee ext @ 60°: R 18.2 kg / L 26.5 kg (LSI 69%)
            """,
            ["Z96.651"], [PT("97110", 20)], []),

        // Phone 97110 "sit & reach +1 in past toes (was -3 in)" with strap hamstring holds, cat-camel, hip hinge, bridges; tight hamstrings and stiff low back with a golf goal: passes.
        ["v5-h51-phone-sit-and-reach-97110"] = new(
            """
            te 97110 14 min
            hs stretch w strap 3x30s each, cat camel x10, standing hip hinge w dowel 2x10, glute bridge 2x15
            tight hams + stiff low back, wants to walk 9 holes again
            sit & reach +1 in past toes (was -3 in)
            """,
            ["M54.50"], [PT("97110", 14)], []),

        // Dictated NMR, one on one, with tapping-cued weight shift, step taps and rhythmic stabilization and R hemiparesis, but only "steadier today and needed fewer catches from me than last time": no number, no measure.
        ["v5-h51-dictated-fewer-catches-no-number"] = new(
            "Neuromuscular re-education for twenty two minutes one on one full stop We did weight shifting onto the right leg in standing with tapping to the glutes and step taps "
            + "to a cone with the right foot and rhythmic stabilization in standing full stop Right hemiparesis with poor weight acceptance and slow postural reactions on the right "
            + "full stop She was steadier today and needed fewer catches from me than last time full stop",
            ["I69.351"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PTA phone "te 18min - did her knee stuff: quad sets, slr, heel slides, bike, step ups" with a knee-OA church goal and no number but the minutes: no measure.
        ["v5-h51-phone-knee-stuff-no-numbers"] = new(
            """
            te 18min - did her knee stuff: quad sets, slr, heel slides, bike, step ups
            r knee oa, wants to get thru church w/o sitting down
            tol ok
            """,
            ["M17.11"], [PTA("97110", 18)], [At(Measure, "97110")]),

        // NMR whose only numbers are "Room 2 / visit 6 of 12 / next appt 03/09" and "recheck … in 2 wks": no measure; rail braiding, half-roll ball toss, reactive steps to pushes, 1:1, stepping and ankle strategy deficit present.
        ["v5-h51-room-visit-count-no-measure"] = new(
            """
            NMR 97112 — 24 min — pt seen 1:1
            Room 2 / visit 6 of 12 / next appt 03/09
            Tx: braided walking along the mat edge; ball toss standing on the half foam roll; reactive steps to my pushes at the sternum and back
            Deficit: slow reactive stepping, ↓ ankle strategy
            Plan: recheck Mini-BESTest in 2 wks
            """,
            ["R26.81"], [PT("97112", 24)], [At(Measure, "97112")]),

        // OT 97530 closet tasks with counts, a load and a distance, "Mod I … SBA …" and shelf-reach inches; R shoulder OA with a laundry goal: passes.
        ["v5-h51-ot-closet-counts-97530"] = new(
            """
            OT 97530 — 22 min
            Closet tasks: hung 12 shirts on the rod at shoulder height w/ the R arm; lifted a 3-lb shoe box to the shelf x 8; pushed/pulled a loaded hamper 20 ft
            R shoulder OA — can't reach the hall closet shelf; goal: put away her own clothes
            Mod I for hanging, SBA for the shelf lifts; reach 2 in below the top shelf (5 in at IE)
            """,
            ["M19.011"], [OT("97530", 22)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, missing separate time

        // Dictated two-code note, minutes in words: "Neuromuscular re-education twenty three minutes one on one … Therapeutic exercise fifteen minutes"; foam step holds, tandem reach, stop-and-go; stepping and lateral postural control; tandem and Berg: passes.
        ["v6-h51-dictated-two-codes-minutes-in-words"] = new(
            "Neuromuscular re-education twenty three minutes one on one colon stepping up onto a foam step and holding and lateral reaching in tandem and stop and go walking "
            + "to my verbal cue full stop Therapeutic exercise fifteen minutes colon sit to stand from a low chair three sets of eight and standing hip abduction with a red band "
            + "two sets of fifteen and heel raises two sets of fifteen full stop Deficits colon slow protective stepping and decreased lateral postural control with bilateral "
            + "hip weakness full stop Tandem stance eight seconds and Berg forty five out of fifty six full stop",
            ["M62.81", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Phone "nmr 22m / gt 16m / 1:1 whole visit"; perturbs, tapping on step-ups, tall-kneel stabilization; hemi-walker distance and assistance; knee control and recruitment; Berg and 10MWT: passes.
        ["v6-h51-phone-m-suffix-slash"] = new(
            """
            nmr 22m / gt 16m / 1:1 whole visit
            nmr: stride stance perturbs, L knee control on step-ups w tapping, rhythmic stab in tall kneel
            gt: hemiwalker 3x80ft, min A → cga, cues L heel strike + knee ext in stance
            L hemi s/p R cva, poor L knee control + motor recruitment
            berg 38/56, 10mwt .41 m/s
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 16)], []),

        // Carried-forward note: ther-ex still reads "25 min" from 02/28 while the line is 15 (the manual's "10 min (UPDATED 03/04)" matches): a mismatch on 97110.
        ["v6-h51-carried-forward-te-minutes-stale"] = new(
            """
            [text below carried forward from 02/28 — updated where marked]
            97110 TherEx — 25 min: scap retraction w/ band 3x15, ER/IR w/ yellow band 3x15, wall slides 2x10, prone T/Y 2x10
            97140 Manual — 10 min (UPDATED 03/04): GH posterior glides gr III 3 x 30 s; STM R infraspinatus/posterior cuff
            R shoulder impingement — painful arc, ↓ reach behind the back
            Flexion AROM R 150° (UPDATED 03/04; was 138°)
            """,
            ["M75.41"], [PT("97110", 15), PT("97140", 10)], [At(Mismatch, "97110")]),

        // Scribed two-code note with only "Total timed treatment: 38 min (neuro re-ed + gait)": no minutes per code; otherwise complete (one-on-one, amplitude stepping, metronome gait; freezing; TUG and k of 10).
        ["v6-h51-scribe-total-only"] = new(
            """
            Scribed for T. Ibarra, PT, by L. Chen (scribe)
            Patient treated one-on-one by T. Ibarra, PT
            Total timed treatment: 38 min (neuro re-ed + gait)
            NMR: big-amplitude stepping to floor dots, turning in a 4-step box pattern, reaching outside the base w/ trunk rotation
            Gait: rollator → no device in the hallway w/ a metronome at 110 bpm, doorway approaches w/ visual floor lines, 2 x 150 ft
            Impairments: hypokinetic gait, freezing at doorways, ↓ postural control on turns (PD)
            TUG 12.2 s; froze in 3 of 10 doorway passes (6 of 10 last wk)
            """,
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // Dictated "Gait training for thirty minutes" on a one-code visit whose 97116 line is 15: a mismatch; rolling walker, distances, curb, CGA and the hip-fracture gait deficit are there.
        ["v6-h51-dictated-gait-thirty-on-fifteen"] = new(
            "Gait training for thirty minutes with a rolling walker on level surfaces and the outdoor curb two times 150 feet and up and down a 6 inch curb 4 times with contact guard "
            + "full stop She walks with decreased right stance time and a short left step after her right hip fracture repair full stop Dictated but not signed",
            ["S72.001D"], [PT("97116", 15)], [At(Mismatch, "97116")]),

        // SPT note with "(97530: 18 min)" and "(97110: 12 min)" in parentheses; mock-car transfers, half-kneel floor recovery, bag carry with assistance and distance; dosed exercises; SUV goal and deconditioning: passes.
        ["v6-h51-spt-parenthesized-code-minutes"] = new(
            """
            SPT daily note — deconditioning after a 3-week hospital stay, home with daughter
            (97530: 18 min) car transfer in the mock car x 4 w/ SBA; floor-to-chair recovery via half-kneel x 2 w/ CGA; carrying a grocery bag 40 ft
            (97110: 12 min) seated LAQ 3# 2 x 15; standing marching 2 x 20; mini-squats at the counter 2 x 10
            Goal: get in/out of her daughter's SUV for church; ↓ LE strength and endurance
            CI co-sign: present and directing throughout — M. Adeyemi, PT
            """,
            ["R53.81"], [PT("97530", 18), PT("97110", 12)], []),

        // Tablet three-code note: "nmr 20m", "te 15m", then "+ patellar mobs and STM L quad/ITB" with no minutes for the manual: separate time missing; no mismatch on the two stated.
        ["v6-h51-tablet-third-code-no-minutes"] = new(
            """
            nmr 20m 1:1 — foam stance EC, lateral hops to stick, star reaches on foam
            te 15m — leg press 70# 3x10, hamstring curls 3x12, step-downs 4-in 3x8
            + patellar mobs and STM L quad/ITB
            L knee OA + ↓ L knee proprioception / quad control
            SLS L 9 s, R 22 s; knee flexion L 118°
            """,
            ["M17.12", "R26.81"], [PT("97112", 20), PT("97110", 15), PT("97140", 10)], [SepTime]),

        // PT/OT co-treat both on 97530, "PT — 97530: 15 min" and "OT — 97530: 20 min", each matching its own discipline's line; transfers, floor rise, sink grooming and cabinet reach with assistance: passes.
        ["v6-h51-cotreat-both-97530"] = new(
            """
            PT/OT co-treat (same pt, both therapists hands-on)
            PT — 97530: 15 min — sit↔stand and stand-pivot transfers w/c ↔ mat x 5, min A → CGA; floor-to-stand via half-kneel x 2, mod A
            OT — 97530: 20 min — standing at the sink for grooming, 3 trials, CGA; reaching to the upper cabinet w/ the R UE x 8
            R hemiparesis: ↓ R LE weight bearing and ↓ R UE reach; goal home w/ spouse, bathroom set-up
            """,
            ["I69.351"], [PT("97530", 15), OT("97530", 20)], []),

        // Co-treat: PT gait 15 matches, but "OT 97530 — 25 min" against the OT's 15-minute line: a mismatch on 97530.
        ["v6-h51-cotreat-ot-minutes-differ"] = new(
            """
            Co-treat PT + OT
            PT gait 97116 — 15 min: RW, 2 x 100 ft, CGA; cues for step length and R heel strike
            OT 97530 — 25 min: tub-bench transfers x 3 w/ min A; standing for 4 kitchen tasks at the counter, CGA
            R TKA wk 3 — ↓ R knee ext in stance; goal: shower and cook at home
            """,
            ["Z96.651"], [PT("97116", 15), OT("97530", 15)], [At(Mismatch, "97530")]),

        // Minutes before the code: "23 min — 97112 (1:1)" and "15 min — 97140"; hop-and-hold, air-disc catches, star reaches; talocrural glides, STM; ankle proprioception and peroneal reaction; SLS and lunge: passes.
        ["v6-h51-minutes-before-code"] = new(
            """
            23 min — 97112 (1:1): hop-and-hold onto a foam pad, lateral; SL stance on the air-filled disc while catching; multidirectional star reaches
            15 min — 97140: talocrural posterior glides gr III 4 x 30 s; subtalar distraction; STM peroneals
            Deficit: ↓ R ankle proprioception and peroneal reaction after recurrent inversion sprains; limited DF
            SLS R EC 6 s; weight-bearing lunge R 8 cm (L 12 cm)
            """,
            ["S93.401D"], [PT("97112", 23), PT("97140", 15)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a one-code 97112 visit: DOC_NOTE_MISSING on the 97112, nothing else.
        ["v7-h51-empty-97112"] = new(
            "",
            ["R26.81"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // Empty note on a PT 97110 + PTA 97140 visit sent with no diagnosis: DOC_NOTE_MISSING on both profiled lines and the diagnosis check.
        ["v7-h51-empty-te-mt-no-dx"] = new(
            "",
            [], [PT("97110", 15), PTA("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140"), Dx]),

        // Tabs and line breaks only on an OT 97530 visit: DOC_NOTE_MISSING on the 97530.
        ["v7-h51-tabs-newlines-ot-97530"] = new(
            "\t\r\n \t\r\n",
            ["Z96.641"], [OT("97530", 20)], [At(NoteMissing, "97530")]),

        // Dictated 97110: exercises named (side-lying ER with a weight, prone rows, table slides), doses in words and digits, L shoulder after cuff repair with a top-shelf goal: passes.
        ["v7-h51-dictated-97110-meaning"] = new(
            "Therapeutic exercise fifteen minutes for the left shoulder after rotator cuff repair week twelve colon side lying external rotation with a one pound weight three sets of ten "
            + "and prone rows with two pounds three sets of ten and table slides into flexion fifteen times full stop Goal reach the top shelf of her pantry",
            ["M75.122"], [PT("97110", 15)], []),

        // PTA phone 97530: dynamic activities named (crate lifts, cart push/pull, can reaching) with loads, laps and counts, low back with a stocking-shelves goal: passes.
        ["v7-h51-pta-phone-97530-meaning"] = new(
            """
            ta 97530 20m
            floor to waist lifts of a 15# crate x 10, push/pull the loaded cart 4 laps of the gym, reach + place 10 cans to a high shelf
            low back - goal back to stocking shelves at the dollar store part time
            """,
            ["M54.50"], [PTA("97530", 20)], []),

        // Scribed 97140: manual techniques named (long-axis distraction, inferior glide, STM) with grades, bouts and holds, R hip capsular stiffness with IR degrees: passes.
        ["v7-h51-scribe-97140-meaning"] = new(
            """
            Scribe: P. Lott for G. Haddad, PT
            97140 — 14 min: R hip long-axis distraction gr IV 3 x 30 s; inferior glide at 90° flexion 3 x 30 s; STM R TFL and glute med, 3 bouts x 60 s
            R hip capsular stiffness — IR 12° → 20° after mobs
            """,
            ["M16.11"], [PT("97140", 14)], []),

        // SPT 97116: gait training with bilateral AFOs and forearm crutches, four-point, distances, CGA and curb practice, crouch and DF clearance named: passes.
        ["v7-h51-spt-97116-meaning"] = new(
            """
            SPT note, CI co-signed
            97116 — 20 min: gait with bilateral AFOs and forearm crutches (four-point pattern), 3 x 60 ft, CGA; curb up/down x 3
            Gait impairments: crouched knees in stance and ↓ DF clearance B in swing (spastic diplegia, adult)
            """,
            ["G80.1"], [PT("97116", 20)], []),

        // Pasted "Same as last visit. Ther ex 97110 — 15 min; manual 97140 — 10 min. Pt tolerated all. Continue plan of care.": minutes match, but nothing but generic phrases for either code.
        ["v7-h51-pasted-same-as-last-generic"] = new(
            "Same as last visit. Ther ex 97110 — 15 min; manual 97140 — 10 min. Pt tolerated all. Continue plan of care.",
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Dictated "therapeutic activities twenty minutes functional activities performed patient did well continue plan of care": generic only on 97530.
        ["v7-h51-dictated-generic-97530"] = new(
            "therapeutic activities twenty minutes functional activities performed patient did well continue plan of care",
            ["R53.81"], [PT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Phone "97112 20m — balance/coordination work done, pt did great 👍 f/u thurs": generic only, and no one-on-one.
        ["v7-h51-phone-generic-97112-emoji"] = new(
            "97112 20m — balance/coordination work done, pt did great 👍 f/u thurs",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes

        // Dragon note with "please excuse any transcription errors" and "tibia femoral" glides: ther-ex 18 and manual 10 by code with doses, L TKA flexion and extension degrees, car and stairs goal: passes.
        ["vord-h51-dragon-tka-te-mt"] = new(
            "Physical therapy daily note dictated with Dragon please excuse any transcription errors new line Therapeutic exercise 97110 18 minutes colon recumbent bike for range "
            + "seat at 7 and heel slides with a strap 2 sets of 15 and quad sets with 5 second holds times 15 and long arc quads with a 3 pound cuff weight 3 sets of 10 full stop "
            + "new line Manual therapy 97140 10 minutes colon patella mobs superior and inferior and tibia femoral posterior glides grade 3 3 sets of 30 seconds and soft tissue "
            + "to the distal quad full stop new line Left total knee week 5 with knee flexion 102 degrees up from 94 and extension lacking 4 degrees full stop "
            + "Goal is getting in and out of her car and down the basement stairs full stop",
            ["Z96.652", "M25.662"], [PT("97110", 18), PT("97140", 10)], []),

        // Scribe note with attestation: dosed cuff-repair exercises (97110 20) and GH glides with bouts plus STM (97140 10); R shoulder AROM and functional limits: passes.
        ["vord-h51-scribe-cuff-repair-te-mt"] = new(
            """
            SCRIBE NOTE — Westfield Orthopedic PT
            Scribe: K. Amari, documenting for and in the presence of P. Lund, PT, DPT
            97110 — 20 min
              Supine AAROM flexion w/ dowel 2 x 15; side-lying ER 1 lb 3 x 10; prone extension to neutral 2 x 12; serratus wall slides w/ towel 2 x 10; rhythmic stab at 90° flexion 3 x 20 s
            97140 — 10 min
              GH inferior and posterior glides gr II–III, 3 x 30 s each; STM R upper trap and posterior cuff
            R shoulder, 14 wks s/p arthroscopic cuff repair: AROM flexion 132°, ER 48°; can't fasten her bra or reach the end of the driveway mailbox
            Attestation: I personally performed the services above and have reviewed the scribe's entry. — P. Lund, PT, DPT
            """,
            ["M75.121"], [PT("97110", 20), PT("97140", 10)], []),

        // PTA phone ankle note: SL heel raises, band eversion/inversion, SL RDL, shuffles with doses; R ankle sprain of a landscaper; heel-raise counts; 22 matches: passes.
        ["vord-h51-phone-ankle-landscaper"] = new(
            """
            te 97110 22m
            heel raises sl 3x12 r, band ever/inv green 3x15 ea, sl rdl to cone 2x10, lateral shuffles 4x20ft
            r ankle sprain 6 wk, still rolls it on uneven gravel at work (landscaper)
            sl heel raise r 15 vs l 25
            """,
            ["S93.401D"], [PTA("97110", 22)], []),

        // SPT stroke note "Pt treated one-on-one by the SPT with the CI directing; neither had another patient": scale weight shift, step-up holds, resisted gait pulls (97112 25); AFO/quad cane distance and assistance (97116 15); weight acceptance and recruitment; 10MWT, 5TSTS: passes.
        ["vord-h51-spt-stroke-nmr-gait"] = new(
            """
            SPT Daily Note — outpatient neuro (CI: H. Bergstrom, PT, NCS; present in the gym and directing the session)
            Pt treated one-on-one by the SPT with the CI directing; neither had another patient during this visit.
            NMR 97112 (25 min): standing weight shift onto the R with a bathroom scale under each foot; R step-up and hold onto a 4-in step; resisted gait pulls at the pelvis (forward/backward/lateral)
            Gait 97116 (15 min): R custom AFO, large-base quad cane, 3 x 90 ft, CGA; curb up/down x 2, min A
            Assessment: ↓ R LE weight acceptance (38% of body weight on the R scale) and ↓ motor recruitment of the R hip extensors; short L step
            10MWT 0.49 m/s; 5TSTS 19.8 s
            — A. Cruz, SPT / H. Bergstrom, PT, NCS (co-signed)
            """,
            ["I69.351"], [PT("97112", 25), PT("97116", 15)], []),

        // OT student's carpal-tunnel 97110: tendon glides, nerve sliders, opposition, putty pinch with counts; grip and pinch deficits with a mug/driving goal; dynamometer kg: passes.
        ["vord-h51-ots-carpal-tunnel-97110"] = new(
            """
            OTS note (Level II FW), supervised and co-signed by L. Ferraro, OTR/L, CHT
            97110 — 16 min: tendon glides (straight, hook, full fist, table-top, straight fist) x 10 each; median nerve sliders x 10; thumb opposition to each fingertip x 10; soft putty pinch 2 x 15
            R carpal tunnel release, 3 wks: ↓ grip and pinch, tender palm scar; goal: hold her coffee mug and drive
            Grip R 9 kg (L 24 kg); lateral pinch R 3.5 kg
            """,
            ["G56.01"], [OT("97110", 16)], []),

        // Pasted note with a stale header "Visit #4 of 12 [header from last note; today is visit 5]": ther-ex 15 and manual 12 by code with doses, L radiculopathy with SLR degrees and a drive goal: passes.
        ["vord-h51-pasted-lbp-stale-header"] = new(
            """
            Daily Note — Visit #4 of 12 [header from last note; today is visit 5]
            S: Still sharp into the L buttock getting out of the car; sleeping better.
            97110 — 15 min: prone press-ups 2 x 10; sciatic nerve flossing L 2 x 10; bird dog 2 x 10 w/ 3-s hold; bridges 2 x 15
            97140 — 12 min: L4-5 unilateral PA on the L gr III 3 x 30 s; L piriformis STM; side-lying lumbar rotation gapping gr III x 3
            A: L lumbar radiculopathy — L SLR 50° (40° last visit), buttock pain centralizing; goal: sit through a 2-hr drive to see the grandkids
            P: progress per POC
            """,
            ["M54.16"], [PT("97110", 15), PT("97140", 12)], []),

        // Ambient-tool draft in full sentences: thoracic PA mobs in bouts, suboccipital release, STM (97140 12) and chin nods on the pressure cuff, prone W's, rows (97110 15); neck pain with rotation degrees and a workday goal: passes.
        ["vord-h51-ambient-neck-mt-te"] = new(
            """
            Visit note drafted by an AI documentation assistant from the session audio; reviewed and edited by J. Park, PT
            Subjective: The patient, a dental lab technician, reports neck pain rising to 6/10 by the end of a full day at the bench.
            Manual therapy (97140), 12 minutes: upper thoracic (T2–T4) central posterior-anterior mobilizations grade III, 3 bouts of 30 seconds; suboccipital release; soft tissue mobilization to the right levator scapulae.
            Therapeutic exercise (97110), 15 minutes: chin nods on the pressure biofeedback cuff from 22 to 26 mmHg, 10 reps with 10-second holds; prone W's, 2 sets of 12; banded rows, 3 sets of 15.
            Assessment: Mechanical neck pain with reduced cervical rotation (right 55°, left 68°) and poor deep cervical flexor endurance; goal to finish a workday with pain under 3/10.
            """,
            ["M54.2"], [PT("97140", 12), PT("97110", 15)], []),

        // Dictated vestibular note, one on one: adaptation exercises with a letter card sitting to walking, rolling habituation; R hypofunction with oscillopsia; DVA line loss in words: passes.
        ["vord-h51-dictated-vestibular-adaptation"] = new(
            "Vestibular follow-up neuromuscular reeducation 97112 22 minutes one on one next line Adaptation exercises with the head moving and the eyes fixed on a letter card "
            + "horizontal and vertical at arm's length sitting then standing then walking 4 reps of 45 seconds each and habituation with rolling to the left 5 times full stop "
            + "Right vestibular hypofunction from neuritis with oscillopsia on quick head turns full stop Dynamic visual acuity three line loss was five full stop",
            ["H81.21"], [PT("97112", 22)], []),

        // OT tablet meal-prep 97530: chopping, cooking, carrying a pot with a distance, steps completed and one seated rest, SBA; CHF activity tolerance with a cooking goal: passes.
        ["vord-h51-ot-tablet-meal-prep"] = new(
            """
            OT · 97530 · 25 min
            meal prep in the clinic kitchen: stood at the counter to chop veg + cook pasta, carried the pot of water 6 ft stove → sink w/ 2 hands
            completed all 5 steps of the recipe w/ 1 seated rest, SBA; SpO2 94% → 91%
            CHF w/ ↓ activity tolerance; goal: cook dinner for her husband again
            """,
            ["I50.22"], [OT("97530", 25)], []),

        // PTA phone gait note: RW to SBA distances in feet (prime marks), step-to stairs CGA, curbs; R hip fracture with Trendelenburg and a mailbox goal; 18 matches: passes.
        ["vord-h51-pta-phone-gait"] = new(
            """
            gt 97116 18 min
            rw → sba in hallway 2x150', stairs 4 w rail step-to cga, outdoor sidewalk + curb x2
            r hip fx (hemi) 6 wk, ↓ r stance + trendelenburg r, cues upright + equal step
            pt wants to walk to the mailbox at the end of the drive
            """,
            ["S72.001D"], [PTA("97116", 18)], []),

        // Dictated Parkinson's note "97112 24 minutes one on one, 97530 16 minutes": amplitude stepping, pull recovery, turning in a taped circle; bed mobility and floor recovery with assistance; retropulsion with a pull-test count; 360 turn and Mini-BESTest: passes.
        ["vord-h51-dictated-pd-nmr-ta"] = new(
            "Okay Parkinson's patient Mr. Delacroix 97112 24 minutes one on one and 97530 16 minutes next paragraph For neuro re-ed we did big stepping in four directions to a clap "
            + "cue and backward stepping recovery from my pulls at the hips and turning 180 degrees inside a taped circle full stop For therapeutic activities he practiced getting in "
            + "and out of bed in the clinic bedroom including rolling with a big reach 5 reps with stand by assist and getting up from the floor using a chair 2 reps with contact "
            + "guard full stop Problems are poor postural control with retropulsion taking 4 steps to recover on the pull test and small steps and trouble turning in bed at night "
            + "full stop 360 turn 11 steps full stop Mini BESTest 15 out of 28",
            ["G20.A1"], [PT("97112", 24), PT("97530", 16)], []),

        // Scribed concussion note "Treatment type: one-on-one": card saccades, pitch VOR on foam, figure-8 walking with ball bounce; saccadic accuracy and motion-provoked symptoms; NPC cm: passes.
        ["vord-h51-scribe-concussion-nmr"] = new(
            """
            Scribe: R. Iqbal (scribe) for D. Moreno, PT — scribed in real time
            Treatment type: one-on-one, PT at arm's length the whole session
            97112 — 22 min: saccades between two letter cards 1 m apart, 3 x 30 s; pitch-plane head movements with eyes on a target while standing on foam; figure-8 walking while bouncing a ball
            Deficits: ↓ saccadic accuracy and motion-provoked headache/dizziness after concussion (lacrosse, 4 wks)
            NPC 9 cm (14 cm at IE)
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // SPTA ACL note: dosed strengthening (97110 15) and agility/landing drills with distances and counts (97530 15); quad control on landing with a basketball goal; quad index and hop %: passes.
        ["vord-h51-spta-acl-te-ta"] = new(
            """
            SPTA note — CI: B. Hollins, PTA (co-signed) · PT of record G. Tran, PT
            TE 97110 15 min: leg press 90# 3 x 10; SL RDL to a cone 2 x 8; step-downs 6-in 3 x 8
            TA 97530 15 min: lateral shuffles 4 x 30 ft; deceleration to a stop on a line x 10; carioca 4 x 30 ft; box-jump landings from 12 in x 8
            R ACL recon 5 mo; ↓ quad control on landing; goal return to rec-league basketball
            Quad index (HHD) 78%; SL hop 82% of L
            """,
            ["S83.511D"], [PTA("97110", 15), PTA("97530", 15)], []),

        // Pasted note updated today: gait with quad cane, distance, SBA (97116 15) and dosed hip exercises (97110 15); L hip ORIF with glute med grade and Trendelenburg; church-walk goal: passes.
        ["vord-h51-pasted-hip-orif-gait-te"] = new(
            """
            (pasted from 03/02, updated today)
            Gait 97116 — 15 min — RW → quad cane on carpet + tile, 2 x 120 ft, SBA (was CGA on 03/02); 4 steps w/ rail, step-to
            TherEx 97110 — 15 min — side-lying hip abd 2 x 12, standing hip ext w/ 2# 2 x 12, mini-squats 2 x 10, sit-to-stand from an 18-in chair 2 x 8
            L hip ORIF 8 wks: L glute med 3/5, L Trendelenburg in stance; goal: walk into church from the parking lot with a cane
            """,
            ["S72.002D"], [PT("97116", 15), PT("97110", 15)], []),

        // Phone 97140 only: lateral glides and thoracic manipulation with grade and bouts, R C6 radiculopathy, rotation degrees; 15 matches: passes.
        ["vord-h51-phone-cervical-97140"] = new(
            """
            mt 97140 15m
            c5-6 lateral glides r gr 3 3x30s, upper thoracic manip supine x2, suboccipital release
            r c6 radic - tingling into the thumb, ↓ rotation r
            rot r 52° → 60° after
            """,
            ["M54.12"], [PT("97140", 15)], []),

        // Dictated OT THA note: dressing with reacher and sock aid under posterior precautions, tub-bench transfers, trials counted, stand-by assist; dressing/bathing goal; 22 matches: passes.
        ["vord-h51-ot-dictated-tha-97530"] = new(
            "Occupational therapy note dictated new line Therapeutic activities 97530 22 minutes new line Patient practiced lower body dressing with a reacher and sock aid seated on a "
            + "firm chair while keeping her hip precautions 3 trials of pants and 2 trials of socks then a tub transfer with the tub bench in the bathroom lab 3 times with stand by "
            + "assist full stop Right total hip with posterior precautions full stop Goal independent dressing and bathing at home by discharge full stop",
            ["Z96.641"], [OT("97530", 22)], []),

        // SPT MS-clinic note "1:1 (SPT with CI at arm's reach, no other pts)": 2x4 tandem with nods, metronome step-taps, foam EC; proprioception and sensory ataxia; T25FW and foam Romberg seconds: passes.
        ["vord-h51-spt-ms-nmr"] = new(
            """
            SPT note · MS clinic · CI co-sign
            NMR 97112 — 24 min — 1:1 (SPT with CI at arm's reach, no other pts)
            - tandem walking on a 2x4 with vertical head nods
            - alternating step-taps to a 6-in box at a metronome beat
            - standing on a foam pad, EC, arms crossed
            Impairment: ↓ proprioception B LE and sensory ataxia; heat-sensitive fatigue (relapsing-remitting MS)
            T25FW 7.9 s; Romberg on foam EC 9 s
            """,
            ["R26.89"], [PT("97112", 24)], []),

        // PTA tablet three-code note, each code with minutes (18 / 15 / 10) and 1:1 on the NMR; foam tandem, step-and-hold, rocker EC; dosed exercises; glides and STM; knee proprioception; SLS and TUG: passes.
        ["vord-h51-pta-tablet-three-codes"] = new(
            """
            PTA note (supv PT: V. Ruiz) — typed on the clinic tablet
            97112 18 min 1:1: tandem + SLS on foam w/ ball toss, lateral step-and-hold, rocker bd EC
            97110 15 min: SLR 3# 3x10, clamshell blue band 3x12, step-ups 6-in 3x10
            97140 10 min: tib-fem A/P glides gr III 3x30s, STM R hamstrings
            R knee OA: ↓ R knee proprioception and quad strength; fell on the church steps in January
            SLS R 8 s; TUG 11.2 s
            """,
            ["M17.11", "Z91.81"], [PTA("97112", 18), PTA("97110", 15), PTA("97140", 10)], []),

        // Peds OT 97530: obstacle course and dressing-vest tasks with rounds and counts, copying letters; bilateral coordination and motor planning with a recess-dressing goal; buttons in seconds: passes.
        ["vord-h51-peds-ot-97530"] = new(
            """
            Peds OT — 97530 — 24 min (dad watched from the doorway)
            Obstacle course for school readiness: crawl through the tunnel, climb the 3-step ladder to the slide, then button a 5-button vest and zip a jacket at the end; 4 rounds
            Handwriting warm-up: copied 8 letters on a slant board
            Goal: dress for recess independently (kindergarten); ↓ bilateral coordination and fine motor planning
            Buttons 5 of 5 in 48 s (2 of 5 at IE); zipper start w/ min A
            """,
            ["R62.50"], [OT("97530", 24)], []),

        // Complete dictated 97110 (quad sets with holds, SLR, mini squats, bike; R knee after meniscectomy; flexion degrees; dog-walking goal) sent with no diagnosis.
        ["vord-h51-dictated-complete-no-dx"] = new(
            "Therapeutic exercise 97110 20 minutes for the right knee after meniscectomy week 3 colon quad sets with 10 second holds times 15 and straight leg raise 3 sets of 10 "
            + "and mini squats 2 sets of 12 and stationary bike level 2 full stop Right knee flexion 118 degrees full stop Goal return to walking the dog 2 miles",
            [], [PT("97110", 20)], [Dx]),

        // Dictated "seen for balance training and therapeutic exercises total treatment time 35 minutes … tolerated treatment well … Continue plan of care": generic on both codes, no one-on-one, no minutes per code.
        ["vord-h51-dictated-generic-two-codes-total"] = new(
            "Patient was seen for balance training and therapeutic exercises total treatment time 35 minutes full stop Patient tolerated treatment well with no complaints full stop "
            + "Continue plan of care full stop",
            ["R26.81"], [PT("97112", 20), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // Pasted NMR still reading "22 min" from 02/25 while today's line is 33 (the ">>" edits added content and today's Berg): a mismatch on 97112.
        ["vord-h51-pasted-nmr-minutes-not-updated"] = new(
            """
            [copied from previous note 02/25 · today's edits marked >>]
            NMR 97112 — 22 min — 1:1
            Rhythmic stabilization in tall kneel; stepping over hurdles w/ head turns; foam stance EC
            >> added today: resisted sidestepping w/ a band at the ankles; reactive catches of a ball thrown from unpredictable directions
            Deficit: ↓ postural control and ↓ proprioception L LE (cerebellar stroke)
            >> Berg 44/56 today (41/56 on 02/25)
            """,
            ["I69.393"], [PT("97112", 33)], [At(Mismatch, "97112")]),

        // Phone NMR, complete (foam EC with holds, hall tandem, clock stepping, SLS ball toss; neuropathic proprioception; tandem and SLS seconds) but nothing says one-on-one.
        ["vord-h51-phone-nmr-no-one-on-one"] = new(
            """
            nmr 20m
            foam ec 3x30s, tandem walk in hall, clock stepping, ball toss in sl stance
            ↓ proprio both feet (dm neuropathy), wide sway w ec
            tandem ec 5s, sls r 4s l 6s
            """,
            ["E11.42", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Scribed 97116 with AFO and cane on tile, carpet and ramp and the foot-drop deficit, but no distance, assistance level or any number but code and minutes: no measure.
        ["vord-h51-scribe-gait-no-number"] = new(
            """
            Scribe: T. Wong for A. Salazar, PT
            97116 — 15 min: gait with the new R posterior-leaf AFO and a single-point cane on tile, carpet and the ramp; cues for R heel strike and L step length; practiced stepping over the threshold strip
            R foot drop with toe catch in swing and steppage after L MCA stroke
            Pt and wife pleased with the AFO.
            """,
            ["I69.351", "M21.371"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Complete NMR ("pt seen individually", stepping drills to pulls, half-roll stance, tandem head turns; stepping and postural control; backward-pull steps and TUG) with the ICD-9 code 781.2 as its only diagnosis.
        ["vord-h51-icd9-diagnosis"] = new(
            """
            NMR 97112 — 23 min — pt seen individually
            Tx: stepping-strategy drills to forward/back/lateral pulls; stance on a half foam roll; tandem walk w/ head turns
            Deficit: delayed stepping response and ↓ postural control (peripheral neuropathy)
            Backward pull: 3 steps to recover (5 at IE); TUG 12.4 s
            """,
            ["781.2"], [PT("97112", 23)], [Dx]),

        // SPT frozen-shoulder note with only "Timed minutes today: 25" for ther-ex and manual: separate time missing; exercises, glides, ER/flexion degrees and back-pocket goal present.
        ["vord-h51-spt-timed-total-only"] = new(
            """
            SPT daily note, co-signed by K. Ulrich, PT
            Timed minutes today: 25
            Ex: pulleys flexion/abduction x 20 each; table slides 2 x 15; ER w/ cane 2 x 15
            MT: GH posterior and inferior glides gr III–IV, 3 x 45 s; side-lying scapular mobs
            R adhesive capsulitis (frozen phase): ER 22°, flexion 118°; can't reach his back pocket
            """,
            ["M75.01"], [PT("97110", 15), PT("97140", 10)], [SepTime]),

        // Ambient-tool NMR "delivered one-on-one" with PNF diagonals, tactile-cued weight shift, foam reaching and L hemiparesis recruitment, but no number but code and minutes: no measure.
        ["vord-h51-ambient-nmr-no-number"] = new(
            """
            Note drafted by an ambient documentation tool; clinician reviewed and signed
            Neuromuscular re-education (97112), 22 minutes, delivered one-on-one.
            Interventions: Proprioceptive neuromuscular facilitation diagonal patterns for the left arm and leg; weight shifting onto the left side in standing with tactile cues at the hip; reaching across midline while standing on a compliant pad.
            Assessment: Left hemiparesis with impaired motor recruitment and reduced left-sided weight acceptance. The patient shifted weight to the left more readily today than at the last session.
            Plan: Continue, and re-test balance next week.
            """,
            ["I69.354"], [PT("97112", 22)], [At(Measure, "97112")]),

        // OT phone "ot ta 38m" on a one-code visit whose OT 97530 line is 23: a mismatch; dishwasher, counter and towel tasks with counts, rTSA with a goal, SBA present.
        ["vord-h51-ot-phone-minutes-differ"] = new(
            """
            ot ta 38m
            unload dishwasher to upper cabinet w r arm x 15 items, wipe counters, fold + put away towels on the closet shelf
            r rTSA 10 wk, overhead reach ↓, goal cook + do own dishes
            sba, 1 rest
            """,
            ["Z96.611"], [OT("97530", 23)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
