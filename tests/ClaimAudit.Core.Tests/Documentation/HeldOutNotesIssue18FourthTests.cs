using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The fourth blind held-out set for issue 18 (read notes the way therapists write them), written by
/// an outside reviewer (physical-therapy billing and compliance) who had not read the note analyzer,
/// its vocabulary files, its unit tests or the samples — only PRODUCT.md sections 2 and 5, the issue,
/// the shared note harness and the earlier held-out files (read to copy their format and to write
/// notes, wording, templates and examples they do not already have). The notes come from settings and
/// EMR exports the earlier sets did not draw on: home-health visit narratives (time in / time out,
/// vitals, caregiver present), skilled-nursing-facility and restorative notes, PTA daily notes
/// co-signed by a PT, sports/orthopaedic clinics whose notes are mostly the home programme,
/// bilingual clinics writing in English (interpreter present, the patient's own words quoted),
/// voice-dictation transcripts with their recognition errors, British and Australian spellings
/// ("physio", "programme", "mobilised", "metres", "Zimmer frame"), addenda, corrections and late
/// entries, long run-on paragraphs, semicolon-separated one-liners and numbered lists, plus new
/// checkbox glyphs (<c>■ / □</c>, <c>✓</c> and <c>✔</c> marks, lowercase <c>[x]</c> before "no").
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (f1-…): one-on-one in words and notation ("on a one to one basis", "1-on-1 w/ PTA",
/// "one-to-one physio, no other clients", hands-on attendance with no other residents treated, "1:1"
/// with an interpreter present, a group setting that belongs to another code, a signed late-entry
/// addendum), and notes that negate it (restorative balance group, PTA treating two residents
/// concurrently, an aide-supervised programme) or never state it;</item>
/// <item>class 2 (f2-…): checkbox states in new glyphs: a ticked "No" is a no, an unticked box is not
/// written, a ticked "No" on an unrelated question changes nothing, ticks decide techniques,
/// deficits, assistance levels and regions;</item>
/// <item>class 3 (f3-…): named protocols and programmes as techniques (Otago, Cawthorne–Cooksey,
/// Brandt–Daroff, modified CIMT, mirror therapy, BWSTT, the BIG amplitude protocol, the Copenhagen
/// adductor programme, the Tyler twist, boxing-based PD drills), with notes that miss a measure or a
/// deficit;</item>
/// <item>class 4 (f4-…): deficits stated as findings with their sign (positive Romberg with absent
/// vibration sense, scissoring, knee buckling at loading response, shoulder hiking with a painful arc,
/// extinction to double simultaneous stimulation), and notes that state none (only the resident's mood;
/// only negative screening findings);</item>
/// <item>class 5 (f5-…): measures in usual forms ("7 of 10", "8/10 attempts", "mod assist → min assist"
/// in metres, rests against last visit, Hill step test, numbers written as words), and notes with none
/// (a handout number; a hallway walk with no distance or assistance level);</item>
/// <item>class 6 (f6-…): minutes in usual forms (home-health flowsheet with a Minutes column, "10 min of
/// … followed by 15 min of …", "NMR-23' TE-15'", a numbered list, a signed correction addendum), true
/// mismatches, clock time-in/time-out only, and a third timed code without its minutes;</item>
/// <item>class 7 (f7-…): empty notes (DOC_NOTE_MISSING on each profiled code only, with and without a
/// diagnosis), a late-entry placeholder judged on its content, and the contract's meanings of
/// technique, deficit and measure for 97530, 97140 and 97110 (a body region is 97110's deficit);</item>
/// <item>ordinary (ford-…): complete notes across settings, styles, codes and disciplines that a reviewer
/// passes (the false-positive guard), and weak ones that must fail (generic home-health and SNF notes,
/// missing or placeholder diagnoses, an unparameterised 97140, a mismatch beside an unstated
/// one-on-one).</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, every
/// line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part); only DOC_* findings are compared, as "RULE@code" per line and
/// "RULE" per visit.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 62 of 78 cases agree (first and only run before any analyzer change it could judge, at
/// commit b74307f: the analyzer of the third set's fixes, a434384, with no note-reading change since; 77
/// needed), and 11 of the 46 notes the reviewer passes got a finding. Written by a fourth outside reviewer
/// who had read neither the analyzer nor the vocabulary; this first run is the held-out figure of the
/// analyzer the second and third sets had shaped. From then on the lead read this set's disagreements
/// and notes to fix what they showed: it is development data.
/// </para>
/// <para>
/// After: the lead read the 16 disagreements and their notes and fixed what they showed: British
/// spelling ("mobilisation", "programme"), a yes/no question with a remark after its answer, "no other
/// residents", number words in measures ("seven of ten"), minutes restated or corrected in an addendum,
/// activities named as clinics name them before their minutes ("10 min of vestibular work followed by
/// 15 min of functional transfer practice"), the BIG protocol, CIMT in 97530, extinction, counts of rests
/// and stairs, "tolerated session". 76 of 76 agree. Two cases were moved to ReviewedNoteCaseTests
/// (f2-techniques-unticked-generic-free-text, f7-97110-region-only-generic): they expected
/// DOC_GENERIC_ONLY beside a deficit or measure the note gives, which the rule does not read as generic
/// (the lead's brief had told the reviewer "generic goes with technique missing"). Development data
/// from here on; the fifth set (HeldOutNotesIssue18FifthTests), written blind at the same time, is the
/// held-out figure of these fixes.
/// </para>
/// </summary>
public class HeldOutNotesIssue18FourthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in words and notation

        // Home-health narrative: "treatment delivered on a one to one basis" states it; cushion/EC reweighting, neuropathic somatosensory loss, EC seconds and monofilament: passes.
        ["f1-hh-one-to-one-basis"] = new(
            "HOME HEALTH PT VISIT. Skilled NMR (97112) 23 min, treatment delivered on a one to one basis in pt's kitchen and hallway. Pt stood at kitchen counter "
            + "on a folded couch cushion (compliant surface) with eyes closed for somatosensory reweighting, did staggered-stance reaches outside her base of support, "
            + "and practised 180 degree turns in the hallway with head turns. Impairment: decreased somatosensory input from both feet (diabetic neuropathy, "
            + "monofilament absent at 4/10 sites B) with excessive sway on compliant surfaces. Cushion stance EC 12 sec before reaching for counter (5 sec at SOC). "
            + "Next visit add dual-task.",
            ["E11.42", "Z91.81"], [PT("97112", 23)], []),

        // PTA daily note co-signed by the PT: "1-on-1 w/ PTA" states it; weight shifts with mirror, step taps, resisted pelvic PNF; L stance/hip abductor recruitment; SLS and % BW: passes.
        ["f1-pta-1-on-1-cosigned"] = new(
            """
            PTA DAILY NOTE
            Neuromuscular re-ed 97112: 25 min, 1-on-1 w/ PTA in parallel bars.
            Interventions per PT POC: lateral weight shifts onto L LE w/ mirror feedback; R foot taps onto 4" step to load L stance; PNF resisted pelvic elevation/depression in stance.
            Targeted: ↓ L stance stability and poor L hip abductor recruitment (L hemiparesis after R CVA).
            Obj: L SLS 4 s (2 s last wk); L LE weight bearing 38% BW on bathroom scales.
            Pt tolerated well, no c/o.
            M. Ortiz, PTA
            Co-signed: R. Feld, PT, DPT 03/05/26 — reviewed, agree with plan.
            """,
            ["I69.354"], [PTA("97112", 25)], []),

        // SNF: the therapist "remained hands-on at the pelvis for the whole NMR period; no other residents were treated during this time" is one-on-one; sitting perturbations, posterior lean/righting, FIST: passes.
        ["f1-snf-hands-on-no-other-residents"] = new(
            "SNF PT Tx Note — Resident seen in rehab gym. Skilled NMR 20 min; therapist remained hands-on at the pelvis for the whole NMR period and no other residents "
            + "were treated during this time. Sit-to-stand with facilitated anterior weight shift, lateral perturbations at the shoulders in unsupported sitting, "
            + "reaching outside base of support while sitting on a Dyna-Disc. Targets posterior lean in sitting/standing with delayed righting reactions. "
            + "FIST 34/56 (28/56 on admission).",
            ["R26.81", "R29.6"], [PT("97112", 20)], []),

        // Australian sports physio: "30 mins one-to-one physio, no other clients on the gym floor" states it; rebounder/Swiss-ball perturbations, L knee valgus control/proprioception, hop LSI: passes.
        ["f1-aus-physio-one-to-one"] = new(
            "Physio session - NMR 97112, 30 mins one-to-one physio, no other clients on the gym floor at the time. Single-leg stance on mini trampoline (rebounder) "
            + "with ball throws, Swiss ball bridging with therapist perturbations, slow step-downs with knee-over-toe feedback in the mirror. Addressing poor "
            + "dynamic knee control (L dynamic valgus on step-down) and reduced L knee proprioception 7 months post L ACL reconstruction. Single hop for distance "
            + "L 118 cm / R 140 cm (LSI 84%, was 71%).",
            ["S83.512D"], [PT("97112", 30)], []),

        // "Seen 1:1 by PT" with an interpreter and the husband present: others in the room do not undo one-on-one; lean-and-release stepping, slowed compensatory stepping, 6/9 trials: passes.
        ["f1-interpreter-present"] = new(
            "NMR 97112 – 23 min. Seen 1:1 by PT; in-person Spanish interpreter present throughout for instructions, pt's husband in room. Lean-and-release "
            + "reactive stepping (anterior, posterior, lateral), stepping to floor targets on therapist's verbal cue, standing reaches to the limits of stability. "
            + "For slowed compensatory stepping and reduced limits of stability after 2 falls at home. Pt: \"me siento más firme\" (feels steadier). "
            + "Single-step recovery on 6/9 lean-and-release trials (3/9 at IE).",
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // The open-gym circuit is the ther ex; the NMR was "in private treatment room, 1:1 w/ PT": 97112 is one-on-one. Both codes complete with their minutes: passes.
        ["f1-te-open-gym-nmr-private-room"] = new(
            """
            TE 97110 – 15 min in open gym alongside 2 other pts (circuit): leg press 50 lb 3 x 10, lateral band walks RTB 3 laps x 20 ft, step-ups 8" 3 x 10 — for B hip/knee extensor weakness. 5xSTS 14.2 s.
            NMR 97112 – 23 min in private treatment room, 1:1 w/ PT: narrow-base stance on tilt board w/ manual perturbations, stepping over cones while naming animals (cognitive dual task). For impaired anticipatory postural adjustments and dual-task interference with gait. TUG-cognitive 16.1 s vs TUG 11.4 s.
            """,
            ["R26.81", "M62.81"], [PT("97110", 15), PT("97112", 23)], []),

        // SNF restorative balance group "with 3 other residents, led by PT" is not one-on-one; foam marching/tandem at rail, ankle strategy/posterior LOB, Berg present.
        ["f1-snf-balance-group"] = new(
            "SNF therapy note — NMR 97112 20 min. Resident participated in balance group in rehab gym with 3 other residents, led by PT: tandem stance at the rail, "
            + "marching on foam pads, ball passes in standing with trunk rotation. Addresses impaired standing balance with posterior LOB and decreased ankle strategy. "
            + "Berg 36/56.",
            ["R26.81", "R53.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // PTA "worked with pt and roommate concurrently, alternating cues between the two residents": not one-on-one; wall-target reaches/foam stepping, L proprioception, reach inches present.
        ["f1-pta-concurrent-roommate"] = new(
            "PTA note, rm 112. NMR 97112 23 min: PTA worked with pt and roommate concurrently, alternating cues between the two residents. Weight shifting in "
            + "standing at RW with lateral reach to targets on wall, forward stepping onto 2\" foam square and back. For impaired L LE proprioception with L lateral "
            + "instability after L THA. Lateral reach L 6 in (4 in last wk). — K. Dunn, PTA (co-sign pending)",
            ["Z96.642", "R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // Sports clinic: the balance progression was done "supervised by athletic trainer aide while PT evaluated a new patient": not one-on-one; SL RDL/clock reaches/hop-to-stick, ankle proprioception, SEBT present.
        ["f1-aide-supervised-progression"] = new(
            "NMR 97112 20 min. Pt performed balance progression from HEP on the turf, supervised by athletic trainer aide while PT evaluated a new patient; PT checked "
            + "form at start and end. Single-leg RDL reach on foam, clock reaches, lateral hop-to-stick. For R ankle proprioceptive deficit after recurrent "
            + "inversion sprains. SEBT posteromedial R 82 cm (L 91 cm).",
            ["S93.401D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Semicolon one-liner, complete (light-cue reaction drills, band perturbations, trampoline landings; reaction time/proprioception; pod times, EC seconds) but never states one-on-one.
        ["f1-semicolon-unstated"] = new(
            "NMR 97112 25 min; split-step reaction drills to light pods (Blazepod); lateral shuffles w/ perturbation band at waist; SL landings on mini-trampoline; "
            + "for delayed reaction time and poor L ankle proprioception (tennis, s/p L ankle sprain); Blazepod avg reaction 0.61 s (0.74 s last wk); SL stance EC L 9 s.",
            ["S93.402D"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Deliberate call: the note omits one-on-one, but a signed, dated late-entry addendum states the NMR was one-on-one with no other patients; the addendum is part of the record: passes.
        ["f1-late-entry-addendum-one-on-one"] = new(
            """
            NMR 97112 23 min: walking with horizontal and vertical head turns on 10 m walkway, tandem walking on foam beam, standing on rocker board with eyes closed. For R vestibular hypofunction with head-movement-provoked imbalance. DGI 17/24 (13/24 at IE).
            ADDENDUM — late entry 03/05/2026 08:15 for DOS 03/04/2026: clarification — the 23 min of neuromuscular re-ed above was provided one-on-one; no other patients were treated during that time. J. Park, PT
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox states in new glyphs

        // "■" is ticked and "□" not: one-on-one Yes, perturbation/compliant surface ticked with detail, reactive control/somatosensory ticked, foam EC seconds: passes.
        ["f2-filled-squares-yes"] = new(
            """
            NEUROMUSCULAR RE-EDUCATION (97112)   22 min
            One-to-one:   ■ Yes   □ No
            Techniques:   ■ Perturbation   □ PNF   ■ Compliant surface   □ Vestibular
              - pushes/pulls at shoulders and pelvis in feet-together stance, then on 2" foam pad
            Targets:      ■ Reactive postural control   □ Vestibular   ■ Somatosensory
            Result: feet-together on foam EC 18 s (11 s prior visit); 2/12 pushes needed a step
            """,
            ["R26.81", "G62.9"], [PT("97112", 22)], []),

        // Same glyphs with "□ Yes ■ No" for one-on-one: the ticked No denies it; vestibular technique/target ticked with detail and DVA are there.
        ["f2-filled-squares-no"] = new(
            """
            NEUROMUSCULAR RE-EDUCATION (97112)   20 min
            One-to-one:   □ Yes   ■ No
            Techniques:   □ Perturbation   □ PNF   □ Compliant surface   ■ Vestibular
              - X1 gaze holding on letter card w/ yaw head turns sitting → standing, walking w/ pitch head turns
            Targets:      □ Reactive postural control   ■ Vestibular (L hypofunction)   □ Somatosensory
            Result: DVA 3-line loss (5-line loss at IE)
            """,
            ["H81.22"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Sports HEP grid with a "Done" column of ✓: the ticked rows have sets/reps/loads; R hip abductor/ER weakness with valgus and MMT: 97110 passes (unticked rows ignored).
        ["f2-tick-done-column-97110"] = new(
            """
            HEP / Ther Ex 97110 — 20 min   (R patellofemoral pain, runner)
            Exercise                      Done   Sets x Reps   Load
            Side-lying hip abduction      ✓      3 x 15        2 lb
            Reverse clamshell             ✓      3 x 12        green band
            Wall sit                              3 x 30 s      —
            Lateral step-down 6"          ✓      3 x 10        body weight
            Single-leg bridge                     2 x 10        —
            Impairment: R hip abductor/ER weakness with R knee valgus on step-down (hip abd 4-/5)
            """,
            ["M22.2X1"], [PT("97110", 20)], []),

        // Home-health checklist: techniques ticked (tandem, foam) and 1:1 written, but every impairment box is unticked and no deficit is written elsewhere; 4-stage test times present.
        ["f2-hh-checklist-impairments-unticked"] = new(
            """
            SKILLED INTERVENTIONS
            [x] Balance training – static/dynamic
                [x] Tandem / semi-tandem stance   [x] Standing on foam   [ ] Perturbations
            [x] Neuromuscular re-education (97112) 23 min — pt seen 1:1 in home
            IMPAIRMENTS ADDRESSED
            [ ] Impaired proprioception   [ ] Vestibular deficit   [ ] Impaired postural control   [ ] Ataxia
            OUTCOME: 4-Stage Balance Test — tandem 7 sec, single leg 2 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // SNF "Treated 1:1?  [ ] yes  [x] no (2 residents in session, alternating)": the lowercase x ticks no; rocker board/perturbations, somatosensory deficit, tandem seconds present.
        ["f2-lowercase-x-no"] = new(
            """
            NMR 97112 20 min
            Treated 1:1?   [ ] yes   [x] no   (2 residents in session, alternating)
            Rocker board A/P w/ CGA, perturbations at pelvis in stride stance, tandem stance on foam
            For impaired somatosensory balance (B LE neuropathy) w/ ↑ sway
            Tandem on foam 8 s (5 s last wk)
            """,
            ["G62.9", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // OT "✔" after each label marks it done (the mirror-therapy line is blank "___"): 1:1, quadruped weight bearing, tactile cueing, serratus recruitment deficit, FMA-UE: passes.
        ["f2-check-after-label-ot"] = new(
            """
            OT NMR 97112   25 min
            1:1 with OTR ..................................... ✔
            Weight bearing through R UE in quadruped w/ rocking ... ✔
            Mirror therapy ................................... ___
            Tactile cueing for scapular upward rotation during reach ✔
            Deficit: R scapular dyskinesia w/ ↓ serratus anterior recruitment after L CVA
            FMA-UE 36/66 (31/66 at IE)
            """,
            ["I69.351"], [OT("97112", 25)], []),

        // PTA 97116 with ☑/☐: FWW and CGA ticked, distance written, R knee buckling and short step stated: passes.
        ["f2-ballot-assist-97116-pta"] = new(
            """
            Gait 97116 — 15 min (PTA)
            Device:  ☐ none   ☐ SPC   ☑ FWW
            Assist:  ☐ Indep   ☐ Sup   ☐ SBA   ☑ CGA   ☐ Min A
            Distance: 2 x 75 ft, level tile; cues for heel strike and full R knee ext
            Deviations: ↓ R step length, R knee buckling at loading response (R TKA 3 wk)
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 15)], []),

        // A ticked "No" on unrelated questions (falls, dizziness) changes nothing; "One-on-one contact ☑ Yes"; head-movement gait drills, L vestibular hypofunction, DGI item and timed walk: passes.
        ["f2-ticked-no-on-other-questions"] = new(
            """
            Falls since last visit:   ☐ Yes  ☑ No
            New dizziness:            ☐ Yes  ☑ No
            One-on-one contact:       ☑ Yes  ☐ No
            NMR 97112 20 min: figure-8 walking around cones, walking with pitch head movements, stop-and-go on command, for unsteady gait with head movement (L vestibular hypofunction, compensating).
            Gait with head turns (DGI item) 2/3; 10 m walk with head turns 12.4 s (15.0 s last wk).
            """,
            ["H81.22"], [PT("97112", 20)], []),

        // OT 97530: dressing tasks ticked and a dressing goal, but every assistance box is unticked and there is no repetition or number: no measure.
        ["f2-ot-97530-assist-unticked"] = new(
            """
            OT ADL / Ther Act 97530   23 min
            ☒ UB dressing (button shirt)   ☒ LB dressing w/ reacher and sock aid   ☐ shower transfer
            Level of assist:  ☐ I  ☐ Mod I  ☐ SBA  ☐ CGA  ☐ Min  ☐ Mod  ☐ Max
            Goal: dress self for day program w/o caregiver help (L hemiparesis)
            """,
            ["I69.354"], [OT("97530", 23)], [At(Measure, "97530")]),

        // 97110: ticked exercises with sets/loads, but the body-part and impairment boxes are all unticked and the exercises name no region: no deficit.
        ["f2-97110-region-unticked"] = new(
            """
            TE 97110 15 min
            Exercises:  [X] mini-squats 3x10   [X] sit-to-stand 3x8   [X] standing marches 2x20   [X] step-ups 4" 2x10   [ ] bike
            Body part:  [ ] R knee   [ ] L knee   [ ] R hip   [ ] L hip
            Impairment: [ ] weakness   [ ] ROM   [ ] endurance
            """,
            ["M62.81"], [PT("97110", 15)], [At(Deficit, "97110")]),

        // ---------------------------------------------------------------- class 3: named protocols and programmes

        // Home visit, Otago Exercise Programme balance retraining (level C) with its exercises, one-to-one; ankle/hip strategy and limits of stability; 4-stage and chair-stand numbers: passes.
        ["f3-otago-home-visit"] = new(
            "Home visit, physio. Otago Exercise Programme — balance retraining progressed to level C: backwards walking, walking and turning around, sideways walking, "
            + "tandem walk, one-leg stand with fingertip support, heel and toe walking, sit-to-stand without hands. 25 mins, one-to-one in pt's lounge room. "
            + "Addressing reduced ankle and hip strategy and narrowed limits of stability (2 falls this winter). 4-stage balance: tandem 10 s, one-leg 3 s; "
            + "30 s chair stand 9 reps.",
            ["R26.81", "Z91.81"], [PT("97112", 25)], []),

        // Cawthorne–Cooksey programme (standing and walking stages) is the technique; uncompensated R hypofunction; sharpened Romberg seconds; "seen individually": passes.
        ["f3-cawthorne-cooksey"] = new(
            "97112 vestibular rehab 20 min, seen individually. Cawthorne–Cooksey programme, standing and walking stages: eye and head movements in standing, throwing "
            + "a ball hand to hand above eye level, turning around on the spot with eyes open then closed, walking up and down a slope. For chronic uncompensated "
            + "R vestibular hypofunction with head-movement-provoked unsteadiness. Sharpened Romberg EC 11 s (6 s at IE).",
            ["H81.391"], [PT("97112", 20)], []),

        // Brandt–Daroff habituation named, residual positional vertigo targeted, 1:1, 15 min matches — but no number at all ("brief dizziness that settled"): no objective measure.
        ["f3-brandt-daroff-no-measure"] = new(
            "NMR 97112 15 min 1:1. Brandt-Daroff habituation exercises instructed and performed on the plinth to both sides; pt reports brief dizziness that settled "
            + "quickly. To habituate residual positional vertigo after R posterior canal BPPV treated last week. Pt will repeat at home morning and evening.",
            ["H81.11"], [PT("97112", 15)], [At(Measure, "97112")]),

        // OT modified CIMT shaping block (mitt on the L hand, tasks with trials), R hemiparesis and feeding goal, WMFT times: 97530 passes.
        ["f3-mcimt-shaping-ot-97530"] = new(
            "OT 97530 (30 min): modified CIMT session — L mitt on, shaping block per protocol with R hand: flipping playing cards 10 trials, stacking 6 cups 5 trials, "
            + "turning a key in a lock 10 trials, graded by speed. R UE hemiparesis after L MCA stroke; goal: feed self with R hand at home. WMFT lift can 4.2 s "
            + "(6.8 s at IE); card flip 10 cards in 38 s.",
            ["I69.351"], [OT("97530", 30)], []),

        // OT mirror therapy (hand hidden, bilateral symmetric movements, blocks of reps), absent L finger extension, FMA hand subscale, 1:1: passes.
        ["f3-mirror-therapy-ot"] = new(
            "OT – NMR 97112 20 min, one-on-one. Mirror therapy: L hand hidden behind mirror box, bilateral symmetrical wrist extension, finger abduction and "
            + "grasp/release of a sponge while watching the R hand's reflection, 4 blocks of 25 reps. Targets absent active L finger extension and poor L hand "
            + "motor recruitment after R MCA infarct. FMA-UE hand subscale 4/14 (2/14 at IE).",
            ["I69.354"], [OT("97112", 20)], []),

        // 97116: BWSTT with harness, % BWS, speeds, bouts and manual stepping assist, then overground RW CGA; L limb advancement/stance instability in incomplete SCI: passes.
        ["f3-bwstt-97116"] = new(
            "GT 97116 30 min: body-weight-supported treadmill training (BWSTT) in harness, 30% → 20% BWS, 1.0 → 1.3 mph, 3 bouts, PT giving manual assist at L knee "
            + "for stance stability and L foot clearance; then overground 60 ft w/ RW, CGA. For impaired L limb advancement and L stance instability "
            + "(incomplete paraplegia T10, AIS D).",
            ["G82.22"], [PT("97116", 30)], []),

        // The BIG amplitude protocol with its maximal daily movements and functional tasks, one-to-one; hypokinesia/reduced step amplitude; TUG and step length: passes.
        ["f3-big-amplitude-protocol"] = new(
            "NMR 97112 30 min one-to-one. BIG amplitude protocol session 9 of 16: maximal daily movements (floor-to-ceiling, side-to-side, forward/backward/sideways "
            + "step and reach, forward rock and reach), functional component tasks (sit-to-stand, rolling in bed), hierarchy task reaching into overhead cupboard. "
            + "For hypokinesia with reduced step and arm-swing amplitude (Parkinson's). TUG 10.9 s; step length 48 cm (41 cm at IE).",
            ["G20.A1"], [PT("97112", 30)], []),

        // 97110: Copenhagen adductor programme (short lever) with sets/holds, R adductor-related groin pain and weakness, squeeze-test mmHg: passes.
        ["f3-copenhagen-adductor-97110"] = new(
            "TE 97110 20 min. Copenhagen adductor programme, short lever, week 3: side-lying Copenhagen plank with knee support 3 x 8 each side, adductor squeeze "
            + "ball 5 x 10 s holds, lateral lunges 3 x 10. For R adductor-related groin pain with adductor weakness (footballer). Squeeze test at 45° 210 mmHg "
            + "(160 mmHg at IE).",
            ["S76.211D"], [PT("97110", 20)], []),

        // 97110: the Tyler twist eccentric protocol named for R lateral elbow tendinopathy, 10 min matches, but no sets, reps, load or number: no measure.
        ["f3-tyler-twist-no-parameters"] = new(
            "TE 97110 10 min — Tyler twist eccentric protocol with FlexBar and wrist extensor eccentrics, reviewed technique and home progression, for R lateral "
            + "elbow tendinopathy. HEP updated, pt to continue daily.",
            ["M77.11"], [PT("97110", 10)], [At(Measure, "97110")]),

        // Boxing-based PD drills (bag combinations while stepping, ladder, reaction pads), 1:1, TUG — but the note never says what deficit or system they target (the diagnosis code is not the note).
        ["f3-boxing-drills-no-deficit"] = new(
            "NMR 97112 25 min 1:1. Rock Steady Boxing-style drills: combination punches on heavy bag while stepping forward and back, agility ladder footwork, "
            + "reaction pad drills called out by PT. TUG 9.4 s. Pt enjoyed session.",
            ["G20.A1"], [PT("97112", 25)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings

        // "Romberg + (steps out EC at 6 s); vibration absent at B 1st MTP" is the somatosensory deficit by its signs; foam wedge/goggles gait, 1:1, Romberg seconds: passes.
        ["f4-romberg-absent-vibration"] = new(
            "NMR 97112 23 min 1:1: standing on foam wedge w/ EC weight shifts, gait on uneven mats w/ vision occluded (goggles), tandem stance at counter. "
            + "Romberg + (steps out EC at 6 s); vibration absent at B 1st MTP (128 Hz). Romberg EC on firm 6 s → 14 s by end of session.",
            ["G62.9"], [PT("97112", 23)], []),

        // 97116: "scissoring gait with B hip adduction/IR and toe walking R>L" is the gait deficit; posterior walker, floor markers, distances, SBA: passes.
        ["f4-scissoring-97116"] = new(
            "GT 97116 20 min: gait training w/ posterior walker, floor markers for wider base and heel-first contact, cues for hip abduction in swing. Scissoring gait "
            + "with B hip adduction/IR and toe walking R>L (spastic diplegic CP, age 24). 3 x 60 ft SBA; step width about 8 cm w/ markers (crossing midline without).",
            ["G80.1"], [PT("97116", 20)], []),

        // "L knee buckles into flexion at loading response" is the motor-control deficit by its sign; TKE/step-down motor control drills, buckles per step-downs, 1:1: passes.
        ["f4-knee-buckling-loading-response"] = new(
            "NMR 97112 25 min, 1:1. Motor control drills: mini-squat to terminal knee extension against band with tactile cue at VMO, slow step-downs from 4\" with "
            + "mirror feedback, forward step-through onto L with hold. L knee buckles into flexion at loading response (unable to hold terminal ext in stance). "
            + "Buckled on 2/10 step-downs (7/10 last visit).",
            ["Z96.652", "R26.89"], [PT("97112", 25)], []),

        // 97110: "R shoulder hiking on elevation (upper trap dominance), painful arc 70–110°" is the impairment; scapular exercises with sets/loads: passes.
        ["f4-shoulder-hiking-97110"] = new(
            "Ther ex 97110 20 min: prone Y and T 2 x 12, wall slides w/ foam roller 3 x 10, serratus punch RTB 3 x 15, side-lying ER 2 lb 3 x 12. R shoulder hiking "
            + "on elevation (upper trap dominance) with painful arc 70–110° and poor lower trap activation.",
            ["M75.41"], [PT("97110", 20)], []),

        // OT: "extinction to double simultaneous stimulation on the L" is the sensory deficit by its sign; bilateral tactile retraining, weight bearing, counts: passes.
        ["f4-extinction-double-stimulation-ot"] = new(
            "OT NMR 97112 23 min 1:1: sensory retraining with bilateral simultaneous touch to forearms and hands with vision occluded, graded weight bearing "
            + "through L UE on mat while reaching with R. Extinction to double simultaneous stimulation on the L: detects L touch alone 5/5, misses L touch "
            + "with bilateral stimulation 3/5 (5/5 missed at IE).",
            ["I69.354"], [OT("97112", 23)], []),

        // SNF: techniques, Berg and 1:1 are there, but the note says only that the resident is pleasant and motivated: no deficit or system targeted.
        ["f4-snf-mood-only-no-deficit"] = new(
            "Resident pleasant and motivated, in good spirits today. NMR 97112 20 min 1:1: standing in parallel bars on foam pad with horizontal head turns, "
            + "tandem stance with light UE support, side-stepping over hurdles. Berg 39/56. Will continue.",
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Deliberate call: the only findings written are negative (HIT negative, no nystagmus, sensation and coordination intact); nothing says what deficit the work targets.
        ["f4-negative-screen-only"] = new(
            "NMR 97112 23 min 1:1: walking with pitch and yaw head turns, tandem walking on foam beam, ball toss on wobble board. Screen today: HIT negative B, "
            + "no spontaneous nystagmus, sensation intact B feet, coordination intact. FGA 24/30.",
            ["R42"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms

        // "Caught 7 of 10 tosses w/o touchdown (4 of 10 last session)" is the measure; half-roll stance with catches, star reaches, L ankle proprioception/peroneal timing, 1:1: passes.
        ["f5-catches-k-of-n"] = new(
            "NMR 97112 20 min 1:1. SL stance on half foam roller with ball catches, star-excursion reaches on L. For ↓ L ankle proprioception and late peroneal "
            + "timing after L ankle sprain. Caught 7 of 10 tosses without touchdown (4 of 10 last session).",
            ["S93.402D"], [PT("97112", 20)], []),

        // 97530: low-couch sit-to-stand "successfully 8/10 attempts", floor pick-ups with sets, carrying; living-alone goal: passes.
        ["f5-attempts-successful-97530"] = new(
            "Ther act 97530 25 min: sit-to-stand from low couch (17\") without armrests, successful 8/10 attempts (5/10 last visit); picking items up from floor "
            + "with and without reacher 3 x 5; carrying laundry basket 20 ft. Goal: remain living alone safely at home.",
            ["M62.81", "Z74.09"], [PT("97530", 25)], []),

        // British: "mobilised 2 x 15 metres with wheeled Zimmer frame, moderate assist → minimal assist of 1" is distance and assistance; antalgic flexed-hip gait after NOF fracture: passes.
        ["f5-uk-mobilised-metres-assist"] = new(
            "Physiotherapy — gait re-education (97116) 20 mins. Mobilised 2 x 15 metres with wheeled Zimmer frame, assistance of 1: moderate assist → minimal assist "
            + "by 2nd lap; cues for step-through and heel strike on L. Antalgic, flexed-hip gait following L NOF fracture (DHS fixation, 6/52).",
            ["S72.002D"], [PT("97116", 20)], []),

        // PTA home-health 97530: laundry carrying up basement stairs with rests counted against last visit, SpO2; COPD and laundry goal: passes.
        ["f5-rests-vs-last-visit-97530"] = new(
            "PTA HH visit. Ther act 97530 23 min: carried half-full laundry basket up 12 basement stairs with rail, folded and put away clothes in standing, "
            + "pursed-lip breathing during effort. Completed with 1 seated rest (3 rests last visit); SpO2 ≥ 92% throughout. Goal: manage own laundry "
            + "independently (COPD). Co-signed by supervising PT.",
            ["J44.9", "R53.81"], [PTA("97530", 23)], []),

        // "Hill step test L 9 / R 12 steps in 15 s" is the measure; step taps/hurdles/perturbed SLS, L lateral stability and hip abductor recruitment, 1:1: passes.
        ["f5-hill-step-test"] = new(
            "NMR 97112 20 min 1:1: step-taps to floor targets, lateral stepping over 6\" hurdles, single-leg stance with therapist perturbations at pelvis. For "
            + "decreased L lateral stability and late L hip abductor recruitment in weight transfer. Hill step test L 9 / R 12 steps in 15 s.",
            ["I69.354", "R26.89"], [PT("97112", 20)], []),

        // Sports HEP review: exercises and region named, 15 min matches, but the only number is a handout number: no sets, reps, load or measure.
        ["f5-handout-number-only-97110"] = new(
            "TE 97110 15 min. HEP review and progression for R shoulder impingement: side-lying ER, prone T, band rows, sleeper stretch; corrected scapular setting "
            + "throughout. Handout #7 issued. Pt to perform daily.",
            ["M75.41"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Numbers written as words are numbers: "recovered with a single step on seven of ten backward pulls, up from four of ten"; backward pulls, delayed stepping, one on one: passes.
        ["f5-number-words-recovery"] = new(
            "97112 NMR 25 min, one on one. Backward pull perturbations at the pelvis, backward stepping over a line, walking backward with cues for larger steps. "
            + "For delayed backward stepping response and posterior instability. Recovered with a single step on seven of ten backward pulls, up from four of ten on Monday.",
            ["G20.A1", "R26.81"], [PT("97112", 25)], []),

        // SNF PTA gait note: RW, cues and deviations named, but no distance, assistance level or number at all ("to the dining room"): no measure.
        ["f5-hallway-no-distance-97116"] = new(
            "PTA SNF note. GT 97116 15 min: amb in hallway to the dining room w/ RW, cues for upright posture and to stay inside the walker; forward-flexed trunk "
            + "and shuffling steps.",
            ["R26.89"], [PTA("97116", 15)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms

        // Home-health flowsheet with a "Minutes" column: 15 and 10 match; each row complete (exercises with loads, B LE weakness, 5xSTS; RW/CGA, distances, step length): passes.
        ["f6-hh-flowsheet-minutes-column"] = new(
            """
            Intervention          | Code  | Minutes | Detail
            Therapeutic exercise  | 97110 | 15      | seated LAQ 2# 3x10 B, standing hip abd 2x10 B, heel raises 2x15 — B LE weakness (5xSTS 19 s)
            Gait training         | 97116 | 10      | in home w/ RW, 2 x 40 ft kitchen → bedroom + 1 threshold, CGA; ↓ B step length, drifts L
            """,
            ["M62.81", "R26.89"], [PT("97110", 15), PT("97116", 10)], []),

        // "10 min of vestibular work followed by 15 min of functional transfer practice": each number is the activity after it; both match; both sections complete: passes.
        ["f6-followed-by-sequence"] = new(
            """
            Session: 10 min of vestibular work followed by 15 min of functional transfer practice.
            Vestibular (NMR, 1:1): gaze fixation on business card while turning head side to side, sitting → standing; feet-together stance on carpet EC. L vestibular hypofunction (HIT + to L). DVA 2-line loss.
            Transfers (TA): bed ↔ chair and toilet transfer with raised seat, 5 reps each, SBA; goal safe night-time toileting at home.
            """,
            ["H81.22"], [PT("97112", 10), PT("97530", 15)], []),

        // "18 min ther ex then 7 min manual to finish": the manual line bills 10, so 97140 mismatches; 97110 matches; both sections complete.
        ["f6-then-sequence-manual-mismatch"] = new(
            """
            Started with 18 min ther ex then 7 min manual to finish.
            TE: side-lying hip abd 3x12, bridges w/ band 3x15, monster walks GTB 3 laps — R hip abductor weakness (gluteal tendinopathy, lateral hip pain).
            Manual: STM to R TFL and glute med, lateral hip distraction with belt gr III 3 x 30 s.
            """,
            ["M76.891"], [PT("97110", 18), PT("97140", 10)], [At(Mismatch, "97140")]),

        // "Timed: NMR-23'  TE-15'" gives each abbreviated code its minutes (both match); NMR (1:1, floor-ladder stepping/foam, ataxia signs, SARA) and TE complete: passes.
        ["f6-prime-abbreviations"] = new(
            """
            Timed: NMR-23'  TE-15'
            NMR (1:1): agility-ladder stepping to targets, heel-to-toe walking on foam strip, quadruped alternate arm/leg reach; for trunk and limb ataxia (wide base, overshoots targets). SARA 12/40.
            TE: bridges 3x12, seated knee ext 3# 3x10 B, heel raises 2x15 — B LE weakness after prolonged admission.
            """,
            ["R27.0", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Home health with only "Time in 13:05 / Time out 13:50" for two timed codes: no minutes for each code (clock times are neither code's); content complete.
        ["f6-time-in-out-only"] = new(
            """
            HH PT visit   Time in 13:05   Time out 13:50
            TE: seated hip flexion 2# 3x10, LAQ 2# 3x10, standing heel raises at counter 2x15 — B LE weakness limiting stairs (5xSTS 17.9 s).
            GT: rollator in home 3 x 40 ft + outdoor to mailbox 120 ft, SBA; short B step length, ↑ sway on turns.
            """,
            ["M62.81", "R26.89"], [PT("97110", 25), PT("97116", 15)], [SepTime]),

        // Numbered OT list: "1. Ther act (97530) – 20 min", "2. Ther ex (97110) – 10 min"; both match; kitchen tasks/CGA/goal and putty/dowel exercises with reps, R hand weakness, grip: passes.
        ["f6-numbered-list-ot"] = new(
            """
            OT daily note
            1. Ther act (97530) – 20 min: kitchen task — retrieving pans from low cupboard, carrying to stove with rollator tray, CGA; goal cook simple meals at home.
            2. Ther ex (97110) – 10 min: putty squeeze/pinch 3 x 15 (red), dowel wrist flexion/extension 1 lb 2 x 15 — R hand/wrist weakness after distal radius fx. Grip R 14 kg (L 26 kg).
            """,
            ["S52.501D"], [OT("97530", 20), OT("97110", 10)], []),

        // Deliberate call: "30 min" was entered, then a signed same-day correction addendum gives 25 min, the line's minutes; the corrected statement is the documentation: passes.
        ["f6-correction-addendum-minutes"] = new(
            """
            NMR 97112 30 min, 1:1: PNF stabilizing reversals in half-kneeling, stepping onto and off a 6" platform with therapist perturbations, kneel-to-stand.
            For impaired pelvic/trunk postural control and delayed L hip extensor activation (L hemiparesis). 5xSTS 16.4 s; half-kneel hold L forward 20 s.
            CORRECTION ADDENDUM 03/04/2026 17:40: NMR time above entered in error; correct NMR time is 25 min. — L. Chan, PT
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // "GT 15 min" matches; "TA 20 min" against a 23-min 97530 line is a mismatch; both sections complete.
        ["f6-ta-minutes-mismatch"] = new(
            """
            GT 15 min – amb 3 x 100 ft w/ SPC, SBA, cues for L heel strike; L knee stiff in swing (L TKA).
            TA 20 min – car transfer w/ swivel technique 5 reps, curb step-up w/ SPC 4 reps, CGA; goal drive to church and manage curbs.
            """,
            ["Z96.652"], [PT("97116", 15), PT("97530", 23)], [At(Mismatch, "97530")]),

        // PTA note: TE 15 and GT 10 have their minutes, the car-transfer work (97530) none: separate time missing; all three codes' content complete.
        ["f6-third-code-no-minutes-pta"] = new(
            """
            PTA Daily Note (co-signed by PT)
            TE 15 min: SAQ 3# 3x10, heel slides 2x15, quad sets 10 x 5 s — R quad weakness and knee flex ROM after R TKA.
            GT 10 min: 2 x 150 ft w/ SPC, SBA, cues for R heel strike; R antalgic gait with short R stance.
            Also practised car transfers with SBA, 3 reps, to return to riding with spouse.
            """,
            ["Z96.651"], [PTA("97110", 15), PTA("97116", 10), PTA("97530", 8)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on 97116 + 97110: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["f7-empty-gt-te"] = new(
            "",
            ["R26.89"], [PT("97116", 15), PT("97110", 20)], [At(NoteMissing, "97116"), At(NoteMissing, "97110")]),

        // Empty note with group therapy 97150 (unprofiled) and 97530: missing on 97530 only.
        ["f7-empty-group-and-97530"] = new(
            "",
            ["M62.81"], [PT("97150", 30), PT("97530", 15)], [At(NoteMissing, "97530")]),

        // Tab and newline only is empty; no diagnosis sent either: missing on 97140 and the diagnosis check.
        ["f7-whitespace-no-dx-97140"] = new(
            "\t \n",
            [], [PT("97140", 12)], [At(NoteMissing, "97140"), Dx]),

        // "Late entry … pt tolerated session, full note to follow" is not empty: judged on content it names nothing but a generic phrase and no one-on-one.
        ["f7-late-entry-placeholder"] = new(
            "Late entry for 3/4/26 visit — pt tolerated session, full note to follow.",
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Home-health 97530: log roll and bed-to-commode transfers, min A → SBA, goal to stay home with spouse: passes.
        ["f7-hh-97530-complete"] = new(
            "HH PT. Ther act 97530 25 min: bed mobility with log roll and rail, supine ↔ sit 5 reps, bed-to-commode stand-pivot transfers 4 reps, min A → SBA by end; "
            + "spouse instructed in guarding. Goal: stay at home with spouse after L hip fracture.",
            ["S72.002D", "Z74.09"], [PT("97530", 25)], []),

        // 97140: STM/trigger point release and graded PA mobs with holds, L lumbar facet hypomobility, fingertip-to-floor cm; 12 min matches: passes.
        ["f7-97140-complete"] = new(
            "Manual 97140 12 min: STM and trigger point release to L lumbar paraspinals and QL, central PA mobs L3–L5 gr III 3 x 30 s, L side-lying rotational "
            + "mobs gr III. For L lumbar facet hypomobility. Fingertip-to-floor 28 cm → 19 cm after tx.",
            ["M54.50"], [PT("97140", 12)], []),

        // ---------------------------------------------------------------- ordinary notes

        // Home-health run-on paragraph: TE 20 and GT 15 by name with minutes (match); exercises with reps/loads for B LE weakness; gait with cane, distances, SBA, toe clearance: passes.
        ["ford-hh-runon-te-gt"] = new(
            "Pt seen in home, daughter present, vitals WNL (BP 128/74, HR 72), pt reports no falls since last visit and states she has been doing her exercises most "
            + "days, therapeutic exercise 20 min consisting of seated marching 2 x 15, long arc quads with 2 lb cuff 3 x 10 each leg, standing hip abduction at "
            + "counter 2 x 10 each and mini-squats 2 x 10 to address bilateral hip and knee weakness that limits getting up from her recliner, then gait training "
            + "15 min with quad cane through living room and kitchen 4 x 30 ft and on carpet to tile transitions with stand-by assist, cueing for longer steps as she "
            + "walks with short shuffling steps and catches her R toe on the rug edge, will progress to outdoor ambulation next week.",
            ["M62.81", "R26.89"], [PT("97110", 20), PT("97116", 15)], []),

        // SNF PTA note co-signed: NMR 23 (delivered 1:1 by PTA; sitting-to-standing reach on foam, trunk control/righting, FIST) and TA 15 (transfers, assist, goal): passes.
        ["ford-snf-pta-nmr-ta"] = new(
            """
            SNF PTA Treatment Note — Part B
            97112 NMR 23 min, tx delivered 1:1 by PTA: seated lateral reaches on foam cushion, standing weight shifts at rail with eyes closed, step-and-recover to therapist cue. Targets impaired trunk control and slow righting with R lateral lean. FIST 40/56; EC stance 10 s.
            97530 TA 15 min: toilet transfers with grab bar 4 reps, w/c ↔ bed squat-pivot 3 reps, min A → CGA; goal: toilet with one staff assist.
            PTA: D. Reyes   Co-signed: A. Moore, PT 03/04/2026
            """,
            ["R26.89", "M62.81"], [PTA("97112", 23), PTA("97530", 15)], []),

        // Sports HEP-heavy note: TE 25 (Nordic eccentrics, hip hinges, bridges with sets for R hamstring strain) and MT 8 (pin-and-stretch, AKE degrees): passes.
        ["ford-sports-hamstring-te-mt"] = new(
            """
            R hamstring strain (grade 2), wk 5 — sprinter
            TE 25 min: Nordic hamstring eccentrics (partner-assisted) 3 x 5, single-leg RDL 20 lb 3 x 8, long-lever bridges 3 x 10, A-skips 4 x 20 m. HEP updated with same plus daily walking lunges.
            MT 8 min: pin-and-stretch to R biceps femoris 3 passes, STM R distal hamstring.
            R hamstring flexibility: 90/90 AKE R -22° → -15° after MT (L -8°).
            """,
            ["S76.311D"], [PT("97110", 25), PT("97140", 8)], []),

        // British physio: exercise programme 20 mins and mobilisation 10 mins by name (both match); knee OA quads weakness, reps/holds; tibiofemoral mobilisations, flexion degrees: passes.
        ["ford-uk-physio-te-mt"] = new(
            """
            Physiotherapy follow-up — R knee OA
            Exercise programme (20 mins): sit-to-stand from 45 cm chair 3 x 10, static quads with 5 s holds x 15, step-ups onto 15 cm step 3 x 8, terminal knee extension with theraband 3 x 12. Addresses quadriceps weakness and reduced knee extension R (lag 5°).
            Joint mobilisation (10 mins): tibiofemoral AP glides grade III, patellar medial glides, 3 x 60 s each. Knee flexion 105° → 112° post.
            """,
            ["M17.11"], [PT("97110", 20), PT("97140", 10)], []),

        // Bilingual OT: session in Spanish by a bilingual OT; cooking/laundry tasks with assistance and trials, L hand weakness, home goal; 30 min matches: passes.
        ["ford-bilingual-ot-97530"] = new(
            "OT Ther Act 97530 – 30 min. Session conducted in Spanish by bilingual OT (pt's preference). Pt practised making tortillas at counter in standing "
            + "(rolling dough with L hand as stabiliser), transferring a pot of water stove → sink with both hands 4 trials, and hanging laundry on a line 10 items. "
            + "SBA for standing balance, min A to stabilise pot with L hand. Targets L hand weakness and standing tolerance; goal: resume cooking for family. "
            + "Pt: \"ya puedo cocinar un poco\".",
            ["I69.354"], [OT("97530", 30)], []),

        // Semicolon one-liner 97116: 4WW, distances, CGA → SBA, R toe drag and reduced hip flexion in swing; 23' matches: passes.
        ["ford-semicolon-97116"] = new(
            "GT 97116 23'; 4WW; 2 x 150' level + 1 x 40' ramp; CGA → SBA; cues for R hip/knee flexion in swing; R toe drag w/ ↓ R hip flexion in swing (MS relapse); "
            + "10MWT 0.71 m/s.",
            ["R26.89"], [PT("97116", 23)], []),

        // Numbered OT note: NMR 20 (1:1, PNF/weight bearing, wrist/finger extensor recruitment, ARAT) and TA 15 (bimanual grooming, CGA, goal): passes.
        ["ford-numbered-ot-nmr-ta"] = new(
            """
            OT Visit Summary
            1) 97112 neuromuscular re-ed, 20 min, one-on-one: weight bearing through R forearm on wedge, PNF D1 extension R UE with quick stretch, graded grasp-release of blocks.
            2) Deficit: ↓ R wrist/finger extensor recruitment with flexor synergy (L CVA). ARAT R 22/57 (17/57 at IE).
            3) 97530 therapeutic activity, 15 min: bimanual grooming at sink in standing (opening toothpaste, wringing washcloth), CGA; goal independent morning routine.
            """,
            ["I69.351"], [OT("97112", 20), OT("97530", 15)], []),

        // Deliberate call: a long home-health paragraph with vitals (numbers that are not the exercise's measure) and only generic phrases: no exercise, region, parameter or measure for 97110.
        ["ford-hh-long-generic-97110"] = new(
            "Pt seen for skilled PT home visit. Caregiver present. Vitals BP 132/78, HR 76, SpO2 96% RA. Pt performed therapeutic exercises per HEP, ther ex 30 min, "
            + "tolerated well with no complaints, good effort and participation throughout. Reviewed safety in the home. Pt continues to make progress toward goals. "
            + "Continue POC, next visit Thursday.",
            ["M62.81"], [PT("97110", 30)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Complete sports 97110 (calf loading with sets/loads, R Achilles tendinopathy, heel-raise count) but no diagnosis is sent.
        ["ford-sports-no-dx-97110"] = new(
            "TE 97110 20 min: seated soleus raises 25 lb 3 x 15, straight-knee heel raises off step 3 x 12 with 10 lb backpack, pogo hops 3 x 20 s. "
            + "For R mid-portion Achilles tendinopathy with calf endurance deficit. Single-leg heel raise R 18 reps (L 27).",
            [], [PT("97110", 20)], [Dx]),

        // Complete 97116 whose diagnosis field is the placeholder "TBD": not a well-formed ICD-10-CM code.
        ["ford-dx-placeholder-97116"] = new(
            "GT 97116 15 min: amb 2 x 120 ft w/ SPC, SBA, cues for R heel strike and R knee extension at initial contact; R flexed-knee gait after R TKA. "
            + "Gait speed 0.74 m/s.",
            ["TBD"], [PT("97116", 15)], [Dx]),

        // SNF weak 97530: "functional training as per care plan" names no activity; generic phrases only; no goal, assistance level or number.
        ["ford-snf-generic-97530"] = new(
            "PTA: Resident participated in functional training as per care plan, ther act 23 min. Resident tolerated well, no adverse reactions. Will continue per POC.",
            ["R53.81"], [PTA("97530", 23)], [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // PTA two codes: "TE 20 min" against the 15-min 97110 line mismatches, and the NMR section never states one-on-one; NMR 23 matches; content complete otherwise.
        ["ford-pta-mismatch-and-unstated"] = new(
            """
            PTA Tx Note
            NMR 97112 23 min: rocker board M/L w/ UE support → none, SLS on Airex with ball toss, braiding along counter. For ↓ L ankle proprioception and hip strategy over-use after L ankle ORIF. SLS Airex L 7 s (3 s 2 wk ago).
            TE 20 min: heel raises 3 x 15, ankle 4-way RTB 2 x 15, calf stretch 3 x 30 s — L ankle weakness/DF ROM (DF 6°).
            """,
            ["S82.892D"], [PTA("97112", 23), PTA("97110", 15)], [At(OneOnOne, "97112"), At(Mismatch, "97110")]),

        // Dictated run-on with recognition errors ("near a muscular", "tan them walking", "Burg balance"): NMR 23 and ther ex 15 by name, each complete, "one on one": passes.
        ["ford-dictation-runon-nmr-te"] = new(
            "This is a daily note dictated for Mrs. K. She was seen one on one for near a muscular reeducation for 23 minutes, we did tan them walking on the foam "
            + "beam, step ups with head turns and perturbations at the pelvis to work on her impaired postural control from her peripheral neuropathy, her Burg "
            + "balance score today is 44 out of 56 up from 39, and then therapeutic exercise for 15 minutes with sit to stands 3 sets of 10, side stepping with "
            + "a green band 3 laps and heel raises 2 sets of 15 for her bilateral hip and ankle weakness, end of dictation.",
            ["G62.9", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Deliberate call: the note's measure comes from a signed late-entry addendum (Berg tested that session, omitted); technique, deficit and 1:1 in the note: passes.
        ["ford-addendum-adds-measure"] = new(
            """
            NMR 97112 20 min 1:1: step-and-reach to targets on foam, tandem walking with ball toss, reactive stepping to lateral pushes. For impaired lateral postural control with narrow limits of stability.
            Addendum (late entry 03/05/2026): Berg Balance Scale 45/56 was tested at the start of the 03/04/2026 session and omitted from the original note. — S. Patel, PT
            """,
            ["R26.81"], [PT("97112", 20)], []),

        // Australian 97140: lumbar mobilisations and soft tissue to the L QL named, L LBP region, but no grade, hold, repetition or number ("felt freer"): no measure.
        ["ford-aus-97140-no-parameters"] = new(
            "Physio: manual 97140 10 mins — lumbar mobilisations and soft tissue work to L QL and L lumbar paraspinals for L sided LBP. Pt felt freer afterwards.",
            ["M54.50"], [PT("97140", 10)], [At(Measure, "97140")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
