using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The fifth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance) who had not read the note analyzer, its
/// vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md sections 2 and 5, the
/// issue, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files (read for their
/// format and to write styles, phrasings and examples they do not already have). The engine's output
/// on these notes was never looked at while writing them. The notes are written the way real clinics
/// export them: pipe- and tab-separated flowsheets (with start/stop and h:mm duration columns),
/// key: value fields exported one per line, grid templates with Yes / No columns and check marks
/// (<c>✓</c>, <c>[√]</c>, <c>( )</c>/<c>(x)</c>, a check after the label), PT + OT co-treatment, group
/// versus individual sessions, progress-note visits with re-assessment numbers, neuro (SCI, MS, TBI,
/// GBS, vestibular, concussion), geriatric falls, paediatric, hand-therapy and pelvic-health notes,
/// heavy shorthand (arrows, ↑/↓, ±, c̄ / s̄, prime feet and minutes) and minutes spread over several
/// lines or given as clock times. Each note's DOC_* findings were judged by hand as a payer reviewer
/// applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-…): one-on-one written as notation or in words ("1-on-1", "1on1", "one to one",
/// "hands-on w/ this pt only" in a co-treat, an individual block after a group), and notes that
/// negate it (a 3:1 ratio, a dyad the PT alternated between) or never state it (a tab flowsheet, a
/// "1:1" that is the home aide's); 97116 has no one-on-one check;</item>
/// <item>class 2 (v2-…): grid and checkbox states: a check under "No" is a no, a ticked "N" to
/// "Group tx?" does not negate a ticked 1:1, "Individual" ticked against Concurrent / Group, key: value
/// Y/N exports with every technique "N", deficit rows ticked "No", an assistance grid left
/// blank;</item>
/// <item>class 3 (v3-…): named protocols and programs as techniques (Otago, Cawthorne–Cooksey,
/// Brandt–Daroff, Epley beside 97112, mCIMT, mirror therapy, BWSTT, HSR, ART, Ekso, LSVT BIG), with
/// one note in a group, one without a measure and one without a deficit;</item>
/// <item>class 4 (v4-…): deficits stated as findings with their sign (positive Romberg with absent
/// vibration, Fukuda rotation and vHIT gain, a sensory level with absent JPS, sequencing errors after
/// TBI, Modified Oxford grade, toe walking with DF range, fatigue-related foot drop, VOMS provocation
/// and cervical JPE) and notes that state none (97112, 97530);</item>
/// <item>class 5 (v5-…): measures in their usual forms (a re-assessment table, Section GG scores, 6MWT
/// metres, mean ± SD seconds, dynamometry, k/10 catches) and notes with none (dates and handout numbers,
/// empty sets/reps cells, blank key: value fields, "needed less help");</item>
/// <item>class 6 (v6-…): minutes in their usual forms (tab flowsheet with start/stop, clock times
/// alone, minutes spread over several rows of one code, "first 14 min … then 9 min of …", abbreviation
/// rows in a pipe table, h:mm durations, a "6-minute walk test" that is not a time), true mismatches
/// (clock times, summed rows, per discipline in a co-treat, a key: value minutes field) and truly
/// missing separate time (totals only, "remainder of visit");</item>
/// <item>class 7 (v7-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check), a header-and-signature note judged on its content, and the contract's meanings
/// of technique, deficit and measure for 97110, 97140 and 97530;</item>
/// <item>ordinary (vord-…): complete notes across styles, codes and disciplines that a reviewer
/// passes (the false-positive guard), and weak ones that must fail.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112
/// its one-on-one code, every line attested one-on-one in its column, own patient id, so
/// DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides
/// DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line and "RULE" per
/// visit (separate time, diagnosis).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 66 of 80 cases agree (79 needed), and 6 of the 48 notes the reviewer passes got a finding,
/// on the analyzer before the fourth set's fixes (57008d1, run once after the run below, in a separate
/// worktree); the same 14 cases disagreed in both runs.
/// </para>
/// <para>
/// After: 66 of 80 agree, and 6 of the 48 passing notes got a finding, at its first run on the analyzer
/// with the fourth set's fixes (713a363): the held-out figure of that work. Written by a fifth outside
/// reviewer, blind, at the same time as the fourth set; the lead read only these two figures before the
/// runs. The fourth set's fixes changed nothing here: each set keeps finding classes the earlier ones
/// lacked. The lead then read this set's disagreements and notes and fixed what they showed (24-hour
/// clock ranges, an h:mm duration column, numbered EMR fields "CPT_1: 97112 / CPT_1_MIN: 25", a
/// one-on-one phrase in a report of home life, "?" questions with Y/N boxes after them, a Yes/No grid
/// whose header starts with an empty cell, a template's printed assistance scale, "Goal: …" fields,
/// SOT, exoskeletons, saccade signs, pelvic-floor exercises and regions): 79 of 80, no false positive.
/// The one left, vord-nmr-complete-ta-no-measure, wants a measure per code's section; the analyzer
/// reads one note for the visit, so the NMR's FGA counts for the TA too. Development data from here on.
/// </para>
/// </summary>
public class HeldOutNotesIssue18FifthTests(ITestOutputHelper output)
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

        // Pipe flowsheet header "| 1-on-1"; stride-stance perturbations, beam tandem, clock stepping; late compensatory steps / lateral postural control; Push & Release and tandem EC seconds: passes.
        ["v1-pipe-header-1-on-1"] = new(
            """
            DOS 03/04 | PT | 97112 Neuro re-ed | 24 min | 1-on-1
            Activity                        | Dose               | Notes
            Stride-stance perturbations     | 3 x 10 A/P + lat   | manual pushes @ pelvis, unpredictable timing
            Tandem walk on 2x4 beam         | 4 x 15 ft          | EO → EC last 2 passes
            Clock stepping to called #s     | 2 x 12 each LE     | cued by PT
            Deficit: late, short compensatory steps + ↓ lateral postural control
            Outcome: Push & Release score 1 (2 at IE); tandem stance EC 7 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // Key: value export, "Delivery: one to one, entire service"; PNF/quadruped rhythmic stabilization for L LE recruitment and timing after incomplete SCI; LEMS and buckling k of n: passes.
        ["v1-kv-delivery-one-to-one"] = new(
            """
            Encounter: Neuro PT follow-up
            Service: 97112 Neuromuscular re-education
            Minutes: 30
            Delivery: one to one, entire service
            Focus: L LE motor recruitment and timing for stepping (incomplete SCI, T10 AIS C)
            Interventions: PNF D1 extension L LE w/ repeated stretch; quadruped rhythmic stabilization; supported standing knee control drills w/ tactile cues at L glute max
            Measure: L LEMS 14/25 (10/25 at IE); L knee buckling in 2 of 20 stance phases in parallel bars
            """,
            ["G82.22"], [PT("97112", 30)], []),

        // PT + OT co-treat, "both therapists hands-on w/ this pt only, no other pts": one-on-one for the PT's 97112; each discipline's minutes match; NMR and OT 97530 complete: passes.
        ["v1-cotreat-pt-ot-this-pt-only"] = new(
            """
            PT/OT CO-TREAT — both therapists hands-on w/ this pt only, no other pts during session
            PT — 97112 — 20 min: reactive balance in standing w/ manual perturbations while OT held an attention task; stepping over/around obstacles while sorting cards (dual task). For impaired postural responses and slowed processing under dual task (TBI). Obstacle contacts 2/10 (5/10 last wk).
            OT — 97530 — 18 min: simulated kitchen task — gather 6 items from a list across 3 cabinets in standing, pt plans the sequence; CGA for balance, min verbal cues x3 for sequencing. Goal: indep light meal prep.
            """,
            ["S06.2X0D", "R26.81"], [PT("97112", 20), OT("97530", 18)], []),

        // Group (97150, untimed) first, then an "Individual NMR … pt alone w/ PT" block: the 97112 part is one-on-one; gaze stab/head-turn walking, R vestibular hypofunction, DGI; 15 min matches: passes.
        ["v1-individual-block-after-group"] = new(
            """
            0900–0930 Balance group (97150, 30 min), 4 pts, PT-led: seated and standing warm-up, chair-supported marching.
            0930–0945 Individual NMR (97112, 15 min), pt alone w/ PT after group:
             - gaze stabilization X1 viewing yaw/pitch, standing on foam, 3 x 45 s each
             - walking w/ head turns + ball toss, 4 x 60 ft
             R peripheral vestibular hypofunction; ↑ sway and path deviation on head turns.
             DGI 18/24 (15/24 at IE).
            """,
            ["H81.391"], [PT("97150", 30), PT("97112", 15)], []),

        // "grp format, ratio 3:1" is three patients to one therapist: not one-on-one; amplitude stepping with visual cueing, PD hypokinesia/freezing, TUG and turn steps present.
        ["v1-group-ratio-3-to-1"] = new(
            """
            Neuro re-ed 97112 — 30 min — grp format, ratio 3:1 (PD pts)
            Amplitude stepping to floor targets, sit-to-stand w/ big arm swing, 4-step turns w/ visual floor markers (external cueing)
            For hypokinesia (↓ step length) and freezing on turns
            TUG 14.2 s (16.9 s at IE); 180° turn 6 steps / 3.4 s
            """,
            ["G20.A1"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // The only "1:1" is the home aide's shower supervision, not the PT session; Airex/rocker/posterior tugs, somatosensory loss, mCTSIB seconds present: one-on-one not stated.
        ["v1-home-aide-1to1-not-the-session"] = new(
            """
            S: Dtr reports home aide now gives 1:1 supervision for showers; no falls this wk.
            O: NMR 97112 x 23': sit ↔ stand on Airex w/ EC, lateral weight shifts on rocker board, reactive stepping to posterior tugs via gait belt. Somatosensory loss B feet (monofilament 0/10 sites B) → over-reliance on vision.
               mCTSIB cond 3 (foam EO) 30 s, cond 4 (foam EC) 9 s (4 s last wk).
            A: ↑ tolerance to compliant surface.
            P: progress to EC tandem.
            """,
            ["E11.42", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Tab-separated flowsheet, complete (rhythmic stabilization/foam/hurdles, trunk ataxia and L LE proprioception in MS, FSST and toe-catch count) but nothing says one-on-one.
        ["v1-tab-flowsheet-unstated"] = new(
            "Intervention\tParameters\tResponse\n"
            + "Rhythmic stabilization tall-kneel\t3 x 30 s\tloses midline to L x2\n"
            + "Standing on foam w/ cervical rotation\t4 x 30 s EO/EC\tCGA\n"
            + "Lateral stepping over 4\" hurdles\t3 x 8\tL toe catch 1/24\n"
            + "Impairment: trunk ataxia + ↓ L LE proprioception (MS)\n"
            + "FSST 17.8 s\n"
            + "97112 25 min",
            ["R27.0", "R26.89"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // PTA paediatric note, "1on1 c̄ PTA" (run together) states one-on-one; hopscotch/disc SLS/midline reach, motor planning and SLS deficits, SLS seconds and k of 5: passes.
        ["v1-pta-peds-1on1-run-together"] = new(
            "PTA note. 97112 NMR 22 min 1on1 c̄ PTA. Pt (8 yo, DCD): hopscotch sequencing on floor grid, single-leg stance on balance disc c̄ bean-bag toss, "
            + "crossing-midline reach in tall kneel. ↓ motor planning/sequencing + ↓ static SLS balance. SLS R 6 s, L 4 s (3 s / 2 s at IE); hopscotch 5 squares "
            + "s̄ error 3 of 5 trials.",
            ["F82"], [PTA("97112", 22)], []),

        // A dyad the PT "alternated between pt and husband": not one-on-one; tilt board/Airex/stepping drills, lateral stability, Airex seconds and k of 6 present.
        ["v1-dyad-pt-alternated"] = new(
            """
            S: Pt and husband (both on PT caseload) scheduled as a dyad per their request.
            O: NMR 97112 25 min — PT alternated between pt and husband throughout.
               Lateral weight shifts on tilt board, tandem stance on Airex w/ trunk rotation, stepping-strategy drills w/ pelvic perturbations.
               ↓ lateral stability; crossover stepping response absent to L.
               Tandem on Airex 11 s (6 s last wk); 4/6 effective lateral steps to L pushes.
            A/P: cont per POC.
            """,
            ["R26.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // A walking group billed as 97116: section 5's one-on-one check is for 97112 only, and the gait content (rollator, cues, shuffling/endurance, distance, gait speed) is complete: no DOC finding.
        ["v1-walking-group-97116-no-check"] = new(
            "Walking group (97116), 3 pts w/ PT + aide: outdoor path 2 laps (~800 ft) w/ rollator, SBA, cues for upright trunk + heel strike; 2 standing rests. "
            + "Pt: flexed posture, short shuffling steps, ↓ gait endurance. Gait speed 0.71 m/s (0.60 m/s at IE).",
            ["R26.89", "R53.81"], [PT("97116", 20)], []),

        // ---------------------------------------------------------------- class 2: grids, check marks and Y/N fields

        // Space-aligned Yes/No grid with ✓ under Yes for 1:1 and techniques (the canalith-repositioning ✓ sits under No); visual-vestibular deficit, VOR tolerance and VOMS: passes.
        ["v2-yes-no-grid-checks-yes"] = new(
            """
            NEURO RE-ED 97112 — 23 min
                                                 Yes   No
            Direct 1:1 w/ PT                      ✓
            Gaze stabilization (VOR x1)           ✓
            Optokinetic / busy-background         ✓
            Compliant surface (foam)              ✓
            Canalith repositioning today                ✓
            Post-concussion visual-vestibular mismatch: sx ↑ in grocery aisles; VOR gain L 0.72 on vHIT
            VOR x1 tolerated 60 s @ 120 bpm (30 s @ 80 bpm last wk); VOMS VMS 4 → 2 sx points
            """,
            ["S06.0X0D", "F07.81"], [PT("97112", 23)], []),

        // Pipe Yes/No grid with the ✓ for "Pt seen 1:1 entire time" under No: not one-on-one; perturbation/dual-task gait, stepping and automaticity deficits, k of 8 and dual-task cost present.
        ["v2-pipe-grid-1to1-checked-no"] = new(
            """
            Fall-risk NMR (97112)   Time: 20 min
                                        | Yes | No |
            Pt seen 1:1 entire time     |     | ✓  |
            Perturbation-based training |  ✓  |    |
            Dual-task gait              |  ✓  |    |
            Rocker/BAPS                 |     | ✓  |
            Targets: delayed compensatory stepping, ↓ gait automaticity (slows to 0.6 m/s w/ serial 3s)
            Results: 6/8 single-step recoveries to lateral release; dual-task cost 28%
            """,
            ["R29.6", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // OT hand therapy with "[√]" ticks: ticked glides/ROM/gripper with reps and load, R wrist after distal radius ORIF, wrist ext degrees and grip kg: passes (unticked putty ignored).
        ["v2-sqrt-ticks-ot-97110"] = new(
            """
            Ther Ex 97110 — 18 min — hand therapy (OT)
            [√] tendon glides x10 each          [ ] putty
            [√] wrist AROM flex/ext 3 x 10      [√] radial/ulnar dev 3 x 10
            [√] gripper 15 lb 2 x 12
            Region: R wrist s/p distal radius ORIF (8 wk) — ↓ wrist ext + grip
            Wrist ext 42° (30° 2 wk ago); grip R 11 kg / L 27 kg
            """,
            ["S52.571D"], [OT("97110", 18)], []),

        // "Service type: [X] Individual [ ] Concurrent [ ] Group": the MDS-style choice of individual over concurrent and group means one therapist, one patient; PNF/mirror weight shift, R LE recruitment, % BW and 5xSTS: passes.
        ["v2-service-type-individual-ticked"] = new(
            """
            Service type:  [X] Individual   [ ] Concurrent   [ ] Group
            97112 NMR 25 min
            Tech: PNF rhythmic initiation → agonistic reversals for sit-to-stand; weight shift onto R LE w/ mirror feedback
            Deficit: R LE motor recruitment / timing (R hemiparesis), ↓ R WB in standing
            Meas: R LE WB 38% BW (30% at IE); 5xSTS 21.4 s
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // Same template with "[X] Concurrent" ticked: not one-on-one; ball perturbations/seated reach/PNF chops, sitting postural control after C7 SCI, FIST and seated reach present.
        ["v2-service-type-concurrent-ticked"] = new(
            """
            Service type:  [ ] Individual   [X] Concurrent   [ ] Group
            NMR (97112) 20 min – dynamic sitting balance on therapy ball w/ perturbations, seated reach outside BOS to targets, trunk PNF chops/lifts.
            Impaired sitting postural control + trunk motor recruitment (C7 incomplete SCI).
            FIST 41/56 (33/56 IE); seated modified reach 12 in.
            """,
            ["G82.54"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Key: value Y/N export with every technique field "N" and "OTHER" blank: no technique; 1:1 "Y", postural-control deficit and BBS present (no generic phrase, so technique only).
        ["v2-kv-technique-fields-all-n"] = new(
            """
            NMR_TECH_PERTURBATION: N
            NMR_TECH_COMPLIANT_SURFACE: N
            NMR_TECH_PNF: N
            NMR_TECH_VESTIBULAR: N
            NMR_TECH_OTHER:
            NMR_MIN: 20
            NMR_1TO1: Y
            NMR_DEFICIT: impaired standing postural control, lateral lean to R
            NMR_OUTCOME: BBS 39/56
            """,
            ["R26.81"], [PT("97112", 20)], [At(Tech, "97112")]),

        // Every impairment row is ticked "No" and no deficit is written elsewhere; BOSU/hop/star-excursion techniques, 1:1 [x], Y-balance cm and k of 10 present.
        ["v2-deficit-rows-ticked-no"] = new(
            """
            97112 Neuro Re-Ed    22 min    1:1 [x]
            Techniques done: [x] BOSU squats w/ perturbation  [x] SL hop-to-stabilize  [x] star excursion reach
            Impairment                Yes   No
              Proprioception R knee   [ ]   [x]
              Dynamic valgus control  [ ]   [x]
              Quad/hams timing        [ ]   [x]
            Y-balance ant reach R 58 cm / L 66 cm; hop-to-stabilize 7/10 w/o touchdown
            """,
            ["S83.511D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // OT 97530 assistance grid left without any mark and no reps or numbers anywhere: no measure; tasks and bathing/dressing goal present.
        ["v2-97530-assist-grid-unmarked"] = new(
            """
            OT Ther Act 97530 — 25 min
            Task: tub transfer c̄ bench, LB dressing in sitting (pants over feet, socks c̄ sock aid), retrieving clothes from low drawer
            Goal: bathe + dress s̄ caregiver help
            Assist     Indep  SU  SBA  CGA  MinA  ModA
            Transfer
            LB dress
            """,
            ["M62.81", "Z74.09"], [OT("97530", 25)], [At(Measure, "97530")]),

        // OT 97530 with ✓ after the labels: ticked kitchen tasks, "SBA ✓", trials and LOB count, meal-prep goal with standing-balance impairment: passes (☐ items ignored).
        ["v2-check-after-label-ot-97530"] = new(
            """
            OT 97530 (22 min)
            Kitchen: stove-to-counter pot transfer (2 lb) ✓   reach upper cabinet ✓   floor retrieval ☐
            Assist: SBA ✓  CGA ☐  Min A ☐
            Trials: 4 each task; 1 LOB w/ self-correction
            Goal: safe indep meal prep (MS fatigue, ↓ standing balance)
            """,
            ["R53.83", "R26.89"], [OT("97530", 22)], []),

        // "Group tx? Y ( ) N (x)" answers no to group and "1:1 w/ PT? Y (x)" ticks one-on-one; MSQ habituation/VOR x1, motion sensitivity and R hypofunction, MSQ score: passes.
        ["v2-group-no-one-on-one-yes"] = new(
            """
            Neuro Re-Ed (97112) 24 min
            Group tx?      Y ( )   N (x)
            1:1 w/ PT?     Y (x)   N ( )
            Habituation: MSQ positions (sit→supine, R roll, bend to floor) x3 each; VOR x1 against checkerboard 3 x 45 s
            Deficit: motion sensitivity + R vestibular hypofunction (neuritis 5 wk ago)
            MSQ 22 (41 at IE)
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programs

        // "Otago Exercise Programme balance retraining, level C" with its exercises and doses; ankle/hip strategy and LOS deficits, 30-s chair stand and 4-stage balance test, 1:1: passes.
        ["v3-otago-level-c"] = new(
            """
            97112 | 25 min | 1:1
            Otago Exercise Programme balance retraining, level C: knee bends w/o support 2 x 10, backwards walking 10 steps x 4, walking and turning around (figure-8) x 4, sideways walking 10 steps x 4, tandem stand 10 s x 3 w/o support, one-leg stand 10 s x 3 w/ fingertip support.
            ↓ ankle/hip strategies + narrow limits of stability; afraid to walk outside since fall in Dec.
            30s chair stand 9 reps (7 at IE); 4-stage balance test: semi-tandem 10 s, tandem 4 s.
            """,
            ["Z91.81", "R26.81"], [PT("97112", 25)], []),

        // Cawthorne–Cooksey is a named vestibular program, but run as a "vestibular group, 5 pts / 1 PT": not one-on-one; L hypofunction and Romberg-on-foam seconds present.
        ["v3-cawthorne-cooksey-in-group"] = new(
            """
            Vestibular group (Cawthorne–Cooksey), 5 pts / 1 PT — 97112 — 20 min
            Progressed to standing series: eye movements up/down and side to side, head tilts EO → EC, ball toss above eye level, sit-to-stand w/ head turns.
            L vestibular hypofunction (uncompensated) w/ movement-provoked vertigo.
            DHI 46 (58 at IE); Romberg EC on foam 12 s.
            """,
            ["H81.22"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Brandt–Daroff habituation plus gaze stab on foam; residual motion-provoked dizziness and postural unsteadiness after cleared BPPV; mCTSIB seconds; 1:1: passes (the dates are not measures, but a measure is there).
        ["v3-brandt-daroff-habituation"] = new(
            """
            97112 NMR 20 min – pt treated 1:1
            Hx R post-canal BPPV cleared 2/18 (CRM x2); residual motion-provoked dizziness + postural unsteadiness.
            Brandt–Daroff habituation sets x5 each side in clinic, then standing gaze stab X1 on foam 2 x 60 s.
            Dix-Hallpike R neg today, no nystagmus. mCTSIB foam EC 18 s (8 s on 2/18).
            """,
            ["H81.11"], [PT("97112", 20)], []),

        // Epley under 95992 (untimed, no profile) beside a 1:1 97112 with gaze stab and head-turn tandem walking for vestibular gait instability; DGI; one timed code, its 15 min matches: passes.
        ["v3-epley-95992-beside-nmr"] = new(
            """
            95992 CRP: L Epley maneuver x2 for L post-canal BPPV (Dix-Hallpike L: upbeating torsional nystagmus ~20 s, latency 3 s).
            97112 NMR 15 min, 1:1: gaze stabilization X1 seated → standing, tandem walking w/ head turns 3 x 20 ft, for vestibular-related gait instability.
            Post: Dix-Hallpike L neg; DGI 20/24.
            """,
            ["H81.12"], [PT("95992", 10), PT("97112", 15)], []),

        // OT mCIMT shaping tasks (named program) for R UE learned non-use and wrist/finger extensor recruitment; WMFT time and MAL; "1:1 w/ OT" in the pipe header: passes.
        ["v3-mcimt-shaping-ot"] = new(
            """
            OT — mCIMT day 6/10 (mitt on L 90% waking hrs per pt log)
            97112 | 30 min | 1:1 w/ OT
            Shaping tasks R UE: flipping cards 3 x 20, stacking 1" blocks, coins into slot; graded by speed and reach distance.
            R UE learned non-use, ↓ R wrist/finger ext recruitment (L MCA CVA).
            WMFT median time 9.8 s (14.1 s at IE); MAL amount of use 1.9 → 2.6
            """,
            ["I69.351"], [OT("97112", 30)], []),

        // OT mirror therapy named and described, R hand finger-extensor paresis, 1:1 — but not a single number: no objective measure.
        ["v3-mirror-therapy-no-number"] = new(
            "OT 97112 — 20 min, 1:1. Mirror therapy: L (unaffected) hand performs finger flex/ext, opposition and wrist circles behind the mirror box while pt watches "
            + "the reflection; then bilateral attempts. For R hand paresis / ↓ finger extensor activation after L CVA. Pt reported \"seeing it move helps\"; more "
            + "visible R finger ext activity by end of session.",
            ["I69.331"], [OT("97112", 20)], [At(Measure, "97112")]),

        // 97116: BWSTT with % BWS, speed, bouts and manual facilitation, then overground with RW/AFO and mod A; reciprocal stepping deficit and knee buckling after SCI; WISCI II: passes.
        ["v3-bwstt-sci-97116"] = new(
            """
            GT 97116 — 30 min
            BWSTT in harness: 35% BWS → 30% BWS, 1.2 mph, 3 bouts (~450 ft each), manual facilitation of L knee ext in stance + L toe clearance in swing.
            Overground after: 2 x 40 ft RW + L AFO, mod A x1 for L foot placement.
            Impaired reciprocal stepping, L knee buckling in stance (T12 incomplete SCI, AIS C).
            WISCI II 9 (6 at IE)
            """,
            ["G82.22"], [PT("97116", 30)], []),

        // 97110: heavy slow resistance (HSR) protocol with tempo, sets and loads; R patellar tendinopathy; VISA-P and decline squat: passes.
        ["v3-hsr-patellar-97110"] = new(
            "97110 TE 20 min: heavy slow resistance (HSR) protocol wk 4 — leg press 3 s up / 3 s down 4 x 8 @ 80 kg, hack squat 4 x 8 @ 40 kg, knee ext machine "
            + "4 x 8 @ 25 kg. For R patellar tendinopathy w/ pain on loaded knee flexion. VISA-P 62 (48 at IE); single-leg decline squat pain 3/10 (6/10 at IE).",
            ["M76.51"], [PT("97110", 20)], []),

        // 97140: Active Release Technique (ART) passes and radial head mobs; R medial elbow/forearm flexor tightness limiting extension; degrees and grip: passes.
        ["v3-art-forearm-97140"] = new(
            "MT 97140 x 12 min – Active Release Technique (ART) R pronator teres + FDS w/ active wrist/finger extension, 6 passes each; radial head A/P mobs gr III. "
            + "R medial elbow / proximal forearm flexor tightness w/ ↓ elbow ext. Elbow ext -12° → -5° post; grip R 28 kg pain-free.",
            ["M77.01"], [PT("97140", 12)], []),

        // 97116: Ekso exoskeleton gait training with assist %, step count and CGA — but no impairment, region or functional goal is written.
        ["v3-ekso-exoskeleton-no-deficit"] = new(
            "97116 Gait trng 25 min: Ekso GT exoskeleton, ProStep mode, variable assist 60% → 45% R / 50% L, 320 steps up-time walking, 2 standing rests, "
            + "CGA w/ PT + aide spotting.",
            ["G82.21"], [PT("97116", 25)], [At(Deficit, "97116")]),

        // LSVT BIG (a Parkinson's amplitude program) with its maximal daily exercises and walking BIG; bradykinesia/hypokinesia; step length and TUG; 1:1: passes.
        ["v3-lsvt-big-session"] = new(
            """
            LSVT BIG wk 2/4 (session 6 of 16) — 97112 — 38 min, 1:1
            Maximal daily exercises: floor-to-ceiling x8, side-to-side x8 each, fwd/side/back step x10 each, rock & reach; functional component: BIG sit-to-stand x5; hierarchy task: walking BIG 2 x 200 ft.
            For bradykinesia/hypokinesia w/ ↓ step length + arm swing (PD, H&Y 2.5).
            Step length 48 cm (39 cm at IE); TUG 9.6 s
            """,
            ["G20.A1"], [PT("97112", 38)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings

        // "Pos Romberg …; vibration absent to ankles B; JPS great toe 2/5" is the somatosensory/proprioceptive deficit by its signs; foam/rocker with vision occluded; Romberg seconds; 1:1: passes.
        ["v4-romberg-absent-vibration"] = new(
            """
            97112 – 23 min – 1:1
            Pos Romberg (sway ↑↑ EC, steps out at 6 s); vibration absent to ankles B (128 Hz); JPS great toe 2/5 correct B.
            Tx: stance on foam EO → EC, heel-toe walking on foam mat, rocker board A/P w/ vision partially occluded (goggles).
            Romberg EC firm 6 s → 14 s by end (trial 3); foam EO 30 s.
            """,
            ["G62.9"], [PT("97112", 23)], []),

        // "Fukuda 52° rotation to L; veers L w/ EC; vHIT L gain 0.58 w/ covert saccades" is the L vestibular loss by its signs; X1/head-turn walking/EC foam; DVA logMAR; 1:1: passes.
        ["v4-fukuda-vhit-signs"] = new(
            """
            NMR 97112 20' 1:1 w/ PT
            Findings: Fukuda step test 52° rotation to L in 50 steps; veers L w/ EC; vHIT L horizontal gain 0.58 w/ covert saccades.
            X1 viewing L yaw 4 x 60 s; walking w/ yaw head turns 5 x 50 ft; marching EC on foam 3 x 30 s.
            DVA loss 0.5 logMAR (0.7 at IE).
            """,
            ["H81.22"], [PT("97112", 20)], []),

        // SCI exam findings (sensory level T12, absent JPS great toes, hip flexors 3-/2+) are the deficits; quadruped rhythmic stabilization, kneeling with tapping/approximation, mirror; kneeling hold seconds: passes.
        ["v4-sci-sensory-level-jps"] = new(
            """
            SCI NMR 97112 — 30 min — 1:1 w/ PT
            Exam today: LT/PP intact to T12, impaired L2–S1 B, absent JPS B great toes; L hip flexors 3-/5, R 2+/5.
            Tx: quadruped weight shifts w/ rhythmic stabilization, kneeling hip ext w/ tapping + approximation, standing in frame w/ mirror feedback for pelvic alignment.
            Kneeling hold w/o UE support 40 s (15 s last wk).
            """,
            ["S34.121D", "G82.22"], [PT("97112", 30)], []),

        // OT 97530 after frontal TBI: "initiates before reading list, skips steps w/o self-detecting, perseverates" is the sequencing deficit; laundry/med-box tasks; error counts and cues: passes.
        ["v4-tbi-sequencing-errors-ot-97530"] = new(
            """
            OT TA 97530 24 min: 6-step laundry task (sort, load, measure detergent, set cycle, move to dryer, fold), then weekly medication-box fill from 3 bottles.
            Observed: initiates before reading the list, skips steps w/o self-detecting, perseverates on sorting (frontal TBI).
            Errors 5 (9 last wk); 2 of 3 self-corrected; min verbal cues.
            """,
            ["S06.5X0D"], [OT("97530", 24)], []),

        // Pelvic health 97110: "Modified Oxford 2/5, endurance 4 s, 5 reps before fatigue" states pelvic floor weakness; contractions/flicks/bridges with holds and reps: passes.
        ["v4-pelvic-oxford-grade-97110"] = new(
            """
            Pelvic PT – TE 97110 – 20 min
            Pelvic floor (PFM): Modified Oxford 2/5, endurance 4 s, 5 reps before fatigue; ↓ PFM relaxation after contraction.
            TE: PFM contractions in hooklying 10 s hold x 8, quick flicks x 10, PFM + TrA in sitting x 10, bridge w/ PFM 2 x 10.
            """,
            ["N39.3"], [PT("97110", 20)], []),

        // Paediatric 97110: "toe walks ~80% of steps; DF w/ knee ext -5° R" is the impairment; incline stretch, heel walking, squats, eccentric lowering with doses: passes.
        ["v4-peds-toe-walking-97110"] = new(
            """
            Peds PT (5 yo) – 97110 – 23 min
            Toe walks ~80% of steps observed; DF w/ knee ext -5° R, 0° L; unable to squat flat-footed.
            Ex: gastroc stretch on incline board 4 x 30 s, heel walking 4 x 20 ft, squat-to-stand w/ heels down 2 x 10 (toy pick-up), eccentric heel lowering off step 2 x 8.
            """,
            ["R26.89"], [PT("97110", 23)], []),

        // 97116 in MS: "after ~300 ft L toe clearance ↓ → L foot slap + circumduction; L DF 3/5 fatigues to 2/5" is the gait impairment; AFO vs none, distances, SBA; 25FWT: passes.
        ["v4-ms-fatigue-foot-drop-97116"] = new(
            """
            GT 97116 – 20 min
            After ~300 ft L toe clearance ↓ → L foot slap + circumduction; L DF 3/5 fatigues to 2/5 (MS, heat-sensitive).
            Gait trng w/ L AFO vs none: 2 x 150 ft each w/ cues for L hip/knee flexion, rests in cooled room; SPC, SBA.
            25FWT 8.9 s w/ AFO (10.6 s w/o).
            """,
            ["M21.372", "R26.89"], [PT("97116", 20)], []),

        // Techniques (half-roller, hurdles with perturbations, BOSU), counts/seconds and "1-to-1", but "working toward LTG #3 per POC" names no deficit or system.
        ["v4-ltg-number-no-deficit"] = new(
            """
            NMR 97112 — 25 min — 1-to-1
            Tx: single-leg stance on half foam roller w/ cone taps, lateral hurdle steps w/ perturbations, standing on BOSU dome w/ ball rebounder.
            Working toward LTG #3 per POC.
            Cone taps 10/12 w/o UE support; BOSU stance 35 s.
            """,
            ["R26.81"], [PT("97112", 25)], [At(Deficit, "97112")]),

        // 97530: floor transfer, carrying, sled push with loads/reps and SBA — no functional goal, region or impairment is written.
        ["v4-97530-tasks-no-target"] = new(
            "PT TA 97530 x 20 min: floor transfer via half-kneel x4, carrying 15 lb bag 3 x 50 ft, push/pull sled 25 lb x 6 lengths, SBA throughout.",
            ["M62.81"], [PT("97530", 20)], [At(Deficit, "97530")]),

        // Concussion 97112: "smooth pursuits provoke HA +2, saccades +3 dizzy, NPC 11 cm; cervical JPE 6.8°" are the oculomotor and cervical proprioceptive deficits; saccade/pursuit/laser JPE training; JPE degrees; one-on-one: passes.
        ["v4-concussion-voms-jpe"] = new(
            """
            Concussion PT — 97112 — 20 min — pt treated one-on-one
            VOMS: smooth pursuits provoke HA +2, horizontal saccades +3 dizziness, NPC 11 cm; cervical JPE 6.8° (norm < 4.5°).
            Tx: saccade training w/ letter charts, pursuits head still → head moving, cervical JPE retraining w/ head laser (trace targets).
            JPE post 4.1°; horizontal saccades tolerated 30 s w/o sx ↑.
            """,
            ["S06.0X1D"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms

        // Progress note with a re-assessment table (Berg, TUG, ABC, gait speed: IE vs today); treadmill perturbations, unpredictable stepping, EC foam; postural-control deficits; 1:1: passes.
        ["v5-progress-reassessment-table"] = new(
            """
            PROGRESS NOTE (visit 10) — 97112 — 30 min — 1:1
            Measure        IE (1/28)   Today     MCID met
            Berg           38/56       47/56     Y
            TUG            19.2 s      12.8 s    Y
            ABC            41%         63%       —
            Gait speed     0.62 m/s    0.91 m/s  Y
            Tx today: perturbation training on treadmill (sudden stop/start), stepping to unpredictable targets, EC stance on foam 3 x 30 s
            Impairments: ↓ anticipatory + reactive postural control, fear of falling
            """,
            ["R26.81", "Z91.81"], [PT("97112", 30)], []),

        // OT 97530 whose measure is a Section GG score change ("03 → 04") for toilet transfer; toilet/shower-chair/clothing tasks with reps; toileting goal: passes.
        ["v5-section-gg-score-ot-97530"] = new(
            """
            OT 97530 — 28 min: toilet transfer w/ grab bar + raised seat x5, shower-chair transfer x3, clothing mgmt in standing.
            GG0170F toilet transfer: 03 (partial/moderate assist) → 04 (supervision) today.
            Goal: home w/ spouse, toileting w/o physical help.
            """,
            ["Z96.641", "M62.81"], [OT("97530", 28)], []),

        // 97116: 4WW on level/carpet/ramp with cues and rests; endurance and step-length deficit against a mailbox goal; 6MWT in metres: passes.
        ["v5-6mwt-metres-97116"] = new(
            "GT 97116 — 22 min: amb c̄ 4WW on level, carpet and ramp, cues for ↑ step length and upright trunk, 2 seated rests. ↓ gait endurance + ↓ step length "
            + "limiting community amb (goal: walk to mailbox ~250 m). 6MWT 212 m (168 m at IE), SpO2 ≥ 94%, RPE 13.",
            ["R26.89", "R53.81"], [PT("97116", 22)], []),

        // "SLS L EC 11 ± 2 s (mean of 3)" and side-hop reps are the measures; foam perturbations/hop-to-stick/BAPS; L ankle instability with slow peroneal reaction; 1:1: passes.
        ["v5-mean-plus-minus-sls"] = new(
            """
            NMR 97112 | 20 min | 1:1
            L ankle instability (recurrent inversion sprains), ↓ peroneal reaction.
            Tx: SL stance on foam c̄ perturbations, hop-to-stick fwd/lat, BAPS lvl 3 CW/CCW 2 x 20.
            SLS L EC 11 ± 2 s (mean of 3), R 24 ± 3 s; side-hop test L 14 reps / 30 s.
            """,
            ["M25.372"], [PT("97112", 20)], []),

        // OT hand 97110 after carpal tunnel release: grip/pinch dynamometry (kg) states the weakness and the measure; putty/pinch/band/isometrics with doses: passes.
        ["v5-dynamometry-hand-ot-97110"] = new(
            """
            Hand tx (OT) — 97110 — 15 min
            R CTR 6 wk: grip Jamar pos II R 16 kg / L 29 kg; 3-pt pinch R 3.0 kg / L 6.0 kg; lateral pinch R 4.5 kg.
            TE: putty (yellow → red) gross grip 2 x 15, pinch 2 x 15, thumb opposition w/ band 3 x 10, wrist ext isometrics 5 x 10 s.
            """,
            ["G56.01"], [OT("97110", 15)], []),

        // The only numbers are a handout number and appointment/MRI dates, and "feels steadier" is subjective: no measure; technique, cerebellar postural-control deficit, 1:1 present.
        ["v5-dates-and-handout-not-measures"] = new(
            """
            NMR 97112 25 min, 1:1 c̄ PT
            Semi-tandem → tandem walk along wall, standing on Airex c̄ head turns, reactive stepping to light tugs.
            ↓ postural control in narrow BOS (R cerebellar CVA).
            Pt issued handout #4 (balance). F/u w/ neuro 3/18; MRI done 2/27.
            Pt "feels steadier".
            """,
            ["I69.393"], [PT("97112", 25)], [At(Measure, "97112")]),

        // Pipe exercise table whose Sets / Reps / Load cells are all empty: no parameter or number for 97110; exercises and L hip weakness after THA stated.
        ["v5-pipe-empty-dose-cells-97110"] = new(
            """
            | TE 97110 | 15 min |
            | Exercise      | Sets | Reps | Load |
            | SLR           |      |      |      |
            | bridges       |      |      |      |
            | clamshells    |      |      |      |
            | SL hip abd    |      |      |      |
            Focus: L hip abductor/extensor weakness after L THA, L hip drop in stance
            """,
            ["Z96.642"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Key: value gait export with Distance_ft and Assist_Level blank: no distance, assistance or number for 97116; device/cues and antalgic R TKA gait stated.
        ["v5-kv-blank-distance-assist-97116"] = new(
            """
            Gait_Training_Code: 97116
            Gait_Training_Min: 15
            Device: SPC
            Distance_ft:
            Assist_Level:
            Surface: indoor level and curb
            Gait_Deviations: ↓ R stance time, trunk lean to R (antalgic) after R TKA
            Cues: cane in L hand, step-to → step-through
            """,
            ["Z96.651"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Paediatric CP 97112: "catches 8/10 (5/10 last visit)" and "3 of 6 (0 of 6 at IE)" are measures; kneel-walking/half-kneel/wobble cushion; anticipatory control, crouch; 1:1: passes.
        ["v5-peds-k-of-10-catches"] = new(
            """
            Peds NMR 97112 — 25 min — 1:1, mom present
            Kneel-walk on mat to targets, half-kneel ↔ stand transitions w/o UE, standing on wobble cushion catching ball.
            Spastic diplegia: ↓ anticipatory postural control, crouch, poor weight shift over L.
            Catches on wobble cushion 8/10 (5/10 last visit); half-kneel → stand w/o UE 3 of 6 (0 of 6 at IE).
            """,
            ["G80.1"], [PT("97112", 25)], []),

        // OT 97530: laundry tasks and a laundry goal, but "needed less help than last wk; fewer rests" is no assistance level and no number.
        ["v5-less-help-no-level-ot-97530"] = new(
            "OT TA 97530 20 min – IADL: folding towels at counter in standing, moving laundry basket washer → dryer, hanging shirts on rack. For standing tolerance "
            + "and dynamic balance during home management (goal: do own laundry). Needed less help than last wk; fewer rests.",
            ["M62.81"], [OT("97530", 20)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms

        // Tab-separated flowsheet with Start / Stop / Min columns: 97140 10 and 97110 18 match; lumbar mobs/STM with SLR degrees and core exercises with doses: passes.
        ["v6-tab-start-stop-min"] = new(
            "CPT\tService\tStart\tStop\tMin\n"
            + "97140\tManual therapy\t14:02\t14:12\t10\n"
            + "97110\tTher ex\t14:12\t14:30\t18\n"
            + "MT: L4-5 unilateral PA gr III R, lumbar rotation mobs in SL, STM R QL, for R lumbar segmental hypomobility; SLR R 55° → 68°.\n"
            + "TE: bird-dog 3 x 10 w/ 5 s hold, side plank on knees 3 x 20 s, hip hinge w/ dowel 2 x 12, for ↓ lumbopelvic motor control and trunk endurance w/ R LBP limiting lifting at work.",
            ["M54.50", "M99.03"], [PT("97140", 10), PT("97110", 18)], []),

        // Clock times only ("0815 → 0838", "0838 → 0853"): a reviewer reads 23 and 15 minutes, both match; NMR (1:1, foam/perturbations, sensory integration, SOT) and TE complete: passes.
        ["v6-clock-times-only"] = new(
            """
            TIME IN/OUT
            NMR 97112 ......... 0815 → 0838
            TE 97110 .......... 0838 → 0853
            NMR: 1:1; tandem + SLS on foam w/ head turns, perturbations in stride stance; ↓ somatosensory + vestibular integration (EC sway ↑↑); SOT composite 58 (49 IE).
            TE: mini squats 3 x 12, heel raises 3 x 15, step-ups 6" 2 x 10 B, for B hip/ankle weakness (PF 4-/5) limiting stair climbing.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Clock times "GT 1:40–1:52 pm" give 12 minutes against a 15-min 97116 line: mismatch; "TE 1:52–2:10 pm" is 18 and matches; both sections complete.
        ["v6-clock-times-gt-mismatch"] = new(
            """
            GT 1:40–1:52 pm | TE 1:52–2:10 pm
            GT: amb 3 x 100 ft w/ RW, CGA → SBA; cues for heel strike and ↑ step length; short-step, flexed-knee gait after L TKA.
            TE: quad sets 10 x 5 s, SAQ 2 lb 3 x 10, heel slides w/ strap 3 x 10, for L quad lag (10°) + knee flex ROM 95°.
            """,
            ["Z96.652"], [PT("97116", 15), PT("97110", 18)], [At(Mismatch, "97116")]),

        // NMR minutes spread over three rows (8 + 7 + 8 = 23) and TE 15 on its own row: each code's minutes are documented and match; content and 1:1 complete: passes.
        ["v6-nmr-minutes-over-three-rows"] = new(
            """
            Flowsheet export
            NMR – gaze stab X1 (yaw/pitch) standing on foam ........ 8 min
            NMR – EC marching on foam w/ head turns ................ 7 min
            NMR – obstacle walk w/ pivot turns ..................... 8 min
            TE – SL bridges 3 x 12, lateral step-downs 3 x 12, heel raises 3 x 12 ... 15 min
            1:1 entire NMR. Deficits: L vestibular hypofunction, ↓ postural stability on head turns; L hip/ankle weakness (glute med 4-/5). FGA 22/30.
            """,
            ["H81.22", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // OT: TA minutes over two rows (10 + 8 = 18) against a 23-min 97530 line: mismatch; TE 10 matches; both codes' content complete.
        ["v6-ta-rows-sum-mismatch-ot"] = new(
            """
            OT flowsheet
            TA — toilet transfers w/ grab bar, 5 reps, CGA ........ 10 min
            TA — shower stall entry w/ tub chair, 3 reps, min A .... 8 min
            TE — R shoulder AAROM w/ cane 3 x 10, pulleys 2 x 15, for R shoulder flex limit (95°) ... 10 min
            Goal for TA: bathe and toilet w/ spouse supervision only
            """,
            ["M75.01", "M62.81"], [OT("97530", 23), OT("97110", 10)], [At(Mismatch, "97530")]),

        // Dictation "First 14 min gait training … Then 9 min of manual": each number is the activity after it, both match; stairs/SPC gait and patellar/tib-fem mobs complete: passes.
        ["v6-dictated-first-then"] = new(
            "Dictated: First 14 min gait training in hallway and on stairs w/ SPC — 2 x 150 ft, 12 steps w/ rail step-to, SBA, cues for R knee flexion in swing "
            + "(stiff-knee gait after R TKA). Then 9 min of manual: R patellar mobs sup/inf gr III, tib-fem A/P glides, for R knee flexion limit. Flexion 92° → 99° post.",
            ["Z96.651"], [PT("97116", 14), PT("97140", 9)], []),

        // Pipe table "| Svc | Min |" with abbreviations only (NMR 23, TA 15, MT 8), all matching; each row complete (1:1, ankle proprioception, soccer goal with T-test, DF cm): passes.
        ["v6-pipe-abbreviation-rows"] = new(
            """
            | Svc | Min | Detail |
            |-----|-----|--------|
            | NMR | 23 | 1:1 w/ PT; SL stance on foam w/ perturbations, hop-to-stick lat, BAPS lvl 4; ↓ L ankle proprioception s/p L lat ankle recon; SLS foam L 9 s (R 25 s) |
            | TA  | 15 | agility ladder in/out, lateral shuffle → plant-and-cut at cones, box jump-downs 12"; goal: return to club soccer; T-test 12.4 s |
            | MT  | 8  | talocrural posterior glides gr IV, STM L peroneals, for L ankle DF restriction; knee-to-wall L 8 cm → 10 cm |
            """,
            ["M24.272"], [PT("97112", 23), PT("97530", 15), PT("97140", 8)], []),

        // Tab export with a "Duration" column in h:mm (0:25, 0:15): 25 and 15 minutes, both match; NMR (1:1, rhythmic stabilization/foam beam, truncal ataxia, SARA item) and GT complete: passes.
        ["v6-tab-duration-h-mm"] = new(
            "Code\tDescription\tDuration\n"
            + "97112\tNeuro re-ed\t0:25\n"
            + "97116\tGait training\t0:15\n"
            + "NMR (1:1): quadruped → tall-kneel rhythmic stabilization, standing lateral weight shifts to floor targets, tandem on foam beam w/ UE support fading; "
            + "truncal ataxia after TBI. SARA gait item 4 → 3; tandem 6 steps w/o step-out.\n"
            + "GT: amb 4 x 100 ft no AD, CGA; cues for narrower BOS and ↓ trunk sway; wide-based ataxic gait. Gait speed 0.82 m/s.",
            ["S06.2X0S", "R26.0"], [PT("97112", 25), PT("97116", 15)], []),

        // One timed code; "6-minute walk test" is the name of a test, not the session's time; "(15 min)" matches; community gait with SPC, hemiparetic gait, distances, SBA → mod I: passes.
        ["v6-6-minute-walk-test-is-not-time"] = new(
            "Gait trng (97116, 15 min): outdoor amb on sidewalk, grass and curb cut w/ SPC, 2 x 400 ft, SBA → mod I on level; cues for L heel strike. L hemiparetic "
            + "gait w/ ↓ L stance time. Re-test: 6-minute walk test 298 m (241 m at IE).",
            ["I69.354"], [PT("97116", 15)], []),

        // Progress note with only "Timed tx 38 min; total 45 min" for MT + TE (the 7 min belongs to the hot pack by name): no minutes for each timed code; both codes complete.
        ["v6-progress-totals-only"] = new(
            """
            PROGRESS NOTE — cervical
            Timed tx 38 min; total 45 min incl. hot pack to C/T junction 7 min.
            MT: C2–C5 unilateral PAs gr III–IV L, upper thoracic PA mobs gr IV, suboccipital release.
            TE: DNF chin nods w/ pressure biofeedback 22 → 26 mmHg 10 x 10 s, prone Y/T 2 x 12, wall angels 2 x 10.
            For L-sided cervicogenic neck pain w/ ↓ cervical rotation + DNF weakness.
            Re-assessment (IE → today): cerv rot L 48° → 66°; NDI 32% → 18%; DNF endurance 14 s → 31 s.
            """,
            ["M54.2", "M99.01"], [PT("97140", 18), PT("97110", 20), PT("97010", 7)], [SepTime]),

        // PT/OT co-treat, both on 97530: PT says 15 (line 15, fine), OT says 25 but the OT line bills 20: one mismatch, on the OT line; both contents complete.
        ["v6-cotreat-97530-ot-mismatch"] = new(
            """
            PT/OT co-tx (C6 AIS B tetraplegia, 3 mo post)
            PT 97530 — 15 min: sliding-board transfers w/c ↔ mat x4, mod A → min A; forward-lean pressure reliefs x5 held 30 s; goal: bed/car transfers w/ 1 caregiver.
            OT 97530 — 25 min: tenodesis grasp for cup and built-up utensil, UE dressing (pullover shirt) in w/c, min A; goal: self-feeding w/ set-up only.
            """,
            ["G82.54"], [PT("97530", 15), OT("97530", 20)], [At(Mismatch, "97530")]),

        // "NMR 25 min" then "Remainder of visit ther ex" with no minutes and no total: 97110 has no time; both sections complete, 1:1 on NMR.
        ["v6-remainder-of-visit"] = new(
            """
            NMR 25 min (1:1): rocker board A/P w/ perturbations, SLS on foam w/ reach to cones, side-stepping over hurdles; for ↓ R ankle/hip strategy + R LE proprioception after R tib plateau ORIF. SLS foam R 8 s (4 s IE).
            Remainder of visit ther ex: R quad sets 10 x 5 s, TKE w/ band 3 x 15, step-ups 4" 2 x 10, for R quad weakness (ext lag 5°).
            """,
            ["S82.141D"], [PT("97112", 25), PT("97110", 13)], [SepTime]),

        // Key: value export "CPT_1_MIN: 25" for 97112 against a 23-min line: mismatch; "CPT_2_MIN: 15" matches; pelvic RTUS-biofeedback NMR (1:1) and TE complete.
        ["v6-kv-cpt-min-fields-mismatch"] = new(
            """
            CPT_1: 97112
            CPT_1_MIN: 25
            CPT_1_NOTE: 1:1 in private room. Pelvic floor coordination training w/ real-time ultrasound biofeedback (transabdominal), diaphragm–PFM piston breathing, PFM pre-contraction before simulated cough. Delayed PFM recruitment w/ leakage on cough (stress UI). Bladder-base lift visible 6 of 8 attempts (2 of 8 at IE).
            CPT_2: 97110
            CPT_2_MIN: 15
            CPT_2_NOTE: squats w/ exhale + PFM 3 x 10, glute bridges 3 x 12, side-lying hip abd 2 x 15, for pelvic floor and hip extensor/abductor weakness.
            """,
            ["N39.3"], [PT("97112", 23), PT("97110", 15)], [At(Mismatch, "97112")]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a co-treat visit (PT 97112, OT 97110): DOC_NOTE_MISSING on both profiled lines and nothing else (no separate-time finding on an empty note).
        ["v7-empty-cotreat-pt-ot"] = new(
            "",
            ["I69.354"], [PT("97112", 20), OT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // Empty note with a group code (97150, no profile) and 97530: missing on 97530 only.
        ["v7-empty-group-and-97530"] = new(
            "",
            ["Z91.81", "R26.81"], [PT("97150", 30), PT("97530", 15)], [At(NoteMissing, "97530")]),

        // Spaces, a tab and line feeds only are empty: missing on 97116; the diagnosis field holds a CPT code (97116), not ICD-10-CM, so the diagnosis check fires too.
        ["v7-whitespace-cpt-in-dx-field"] = new(
            " \n\t \n",
            ["97116"], [PT("97116", 15)], [At(NoteMissing, "97116"), Dx]),

        // Header fields, "Tx per POC. Tol well." and an e-signature are not empty: judged on content nothing is named for either code, only generic words, no 1:1, no minutes per code.
        ["v7-header-and-signature-only"] = new(
            """
            DAILY NOTE — PT
            DOS: 03/04/2026
            Payer: Medicare B
            Visit #: 7
            Tx per POC. Tol well.
            E-signed: J. Ortiz, PT 03/04/2026 16:05
            """,
            ["R26.81"], [PT("97112", 20), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // 97110 whose only target is a functional goal ("climb the 14 stairs to her bedroom w/ 1 rail"), which the contract counts as the deficit; exercises with doses: passes.
        ["v7-97110-functional-goal-as-target"] = new(
            "TE 97110 15 min: sit-to-stand from 17\" chair 3 x 8, step-ups 6\" fwd/lat 2 x 10 each, standing hip ext/abd 2# 2 x 12 each, heel raises 2 x 15. "
            + "Goal: climb the 14 stairs to her bedroom w/ 1 rail.",
            ["M62.81", "R26.89"], [PT("97110", 15)], []),

        // 97140 with grade and bouts (parameters count as the measure) but no outcome number; named distraction/glides/STM, L wrist stiffness after distal radius fx: passes.
        ["v7-97140-parameters-without-outcome"] = new(
            "MT 97140 10 min: L radiocarpal distraction + dorsal/volar glides gr III, 3 x 30 s bouts each; STM L forearm extensor mass. For L wrist stiffness after "
            + "cast removal (distal radius fx).",
            ["S52.502D"], [PT("97140", 10)], []),

        // 97530 described only as "functional activities + dynamic tasks per POC. Good effort, tol well. Cont.": no activity, goal or assistance; generic only.
        ["v7-97530-generic-only"] = new(
            "TA 97530 x 20 min — functional activities + dynamic tasks per POC. Good effort, tol well. Cont.",
            ["M62.81"], [PT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Key: value progress report with per-code minute fields (23, 15), "One_on_One: Yes — all timed services", targets for both codes and re-assessment numbers: passes.
        ["vord-kv-progress-report-nmr-te"] = new(
            """
            Note_Type: Progress Report (visit 10)
            Provider: PT
            97112_Min: 23
            97110_Min: 15
            One_on_One: Yes — all timed services
            NMR: reactive stepping to lateral releases, Airex stance w/ EC + head turns, obstacle negotiation w/ dual task
            NMR_Target: ↓ reactive lateral stepping + reliance on vision from somatosensory loss (peripheral neuropathy)
            TE: sit-to-stand from 16" 3 x 10, standing hip abd 3# 2 x 12 B, heel raises 3 x 15
            TE_Target: B hip abductor + plantarflexor weakness (4-/5) limiting curb negotiation
            Reassessment: Berg 43/56 (36/56 IE); 5xSTS 14.9 s (19.8 s IE); lateral release 5/6 single-step recoveries
            """,
            ["E11.42", "Z91.81"], [PT("97112", 23), PT("97110", 15)], []),

        // OT hand therapy tab flowsheet after Dupuytren fasciectomy: 97140 10 (scar/edema massage, circumference cm) and 97110 15 (blocking/glides with reps, PIP extension lag): passes.
        ["vord-ot-dupuytren-tab"] = new(
            "Hand Therapy (OT) — R ring/small Dupuytren fasciectomy, POD 21\n"
            + "Code\tIntervention\tMin\tDetail\n"
            + "97140\tScar/edema\t10\tscar massage + silicone gel sheet fit, retrograde massage R ring/small, for scar adhesion + digital edema; R ring P1 circumference 6.4 → 6.1 cm\n"
            + "97110\tAROM/tendon glides\t15\tblocking PIP ext ring/small 3 x 10, tendon glides 10 each, composite fist/extension 2 x 10, for ↓ PIP ext (ring -30°, small -35°)",
            ["M72.0"], [OT("97140", 10), OT("97110", 15)], []),

        // Pelvic-pain SOAP: MT (97140) 12 (external myofascial release/STM, L pelvic girdle restriction, FABER cm) and TE (97110) 15 (breathing/stretches/hip ER with doses, relaxation/mobility): passes.
        ["vord-pelvic-pain-soap-mt-te"] = new(
            """
            S: Pain w/ prolonged sitting 4/10 (was 7/10); able to drive to work.
            O: MT (97140) 12 min — external myofascial release L adductor/obturator region, STM L iliacus and lower abdominal wall scar (C-section), for L pelvic girdle myofascial restriction; FABER L 8 cm → 4 cm from table.
               TE (97110) 15 min — diaphragmatic breathing w/ PFM lengthening x10, happy-baby stretch 3 x 30 s, child's pose 3 x 30 s, side-lying hip ER 2 x 15, for L hip mobility and pelvic floor relaxation.
            A: ↓ guarding L.
            P: cont 1x/wk.
            """,
            ["R10.2", "M62.89"], [PT("97140", 12), PT("97110", 15)], []),

        // Paediatric myelomeningocele: GT 97116 15 (Pacer gait trainer and crutches, distances, CGA, crouch) and TA 97530 20 (steps, floor ↔ stand, carrying, Min A → CGA, classroom goal): passes.
        ["vord-peds-spina-bifida-gt-ta"] = new(
            """
            Peds PT (3 yo, L4 myelomeningocele, B AFOs)
            GT 97116 – 15 min: Pacer gait trainer 3 x 60 ft indoor, then forearm crutches w/ PT at hips 2 x 20 ft, CGA; cues for reciprocal stepping, ↓ hip ER / crouch in stance.
            TA 97530 – 20 min: climbing 4 preschool-size steps w/ 1 rail + HHA, floor ↔ stand via half-kneel to bench x6, carrying toy basket 10 ft x3; goal: keep up w/ class on playground + manage classroom steps. Min A on steps → CGA last 2 trials.
            """,
            ["Q05.7"], [PT("97116", 15), PT("97530", 20)], []),

        // SNF PTA shorthand: "2 × 110'" is feet, "~ 12 min" and "~ 23 min" are the codes' minutes (both match); gait and transfer sections complete with assist levels and ALF goal: passes.
        ["vord-snf-pta-shorthand-gt-ta"] = new(
            """
            PTA Tx — SNF Pt B
            GT 97116 ~ 12 min: amb c̄ RW 2 × 110', ↑ step length w/ cues, ↓ shuffling; CGA → SBA on 2nd trial; R knee buckled ×1 on turn (↓ R quad control)
            TA 97530 ~ 23 min: bed ↔ w/c stand-pivot ×4, toilet transfer c̄ grab bar ×3, reaching to closet rod above shoulder height ×5 w/ RW at side; min A → CGA; goal: return to ALF c̄ PRN assist
            """,
            ["R26.89", "M62.81"], [PTA("97116", 12), PTA("97530", 23)], []),

        // GBS week 10: 97112 (20, one-on-one; rhythmic stabilization/foam/heel-toe; distal proprioception and ankle strategy; tandem/mCTSIB seconds) and 97110 (15; band/sidelying/squats; distal weakness): passes.
        ["vord-gbs-nmr-te"] = new(
            """
            GBS wk 10 — outpt PT
            97112 (20 min, one-on-one): quadruped → tall-kneel weight shifts w/ rhythmic stabilization, standing on compliant foam EO/EC, heel-toe walking along mat edge; ↓ distal proprioception B feet + ↓ ankle strategy.
               Tandem stance EO 12 s, EC 3 s; mCTSIB foam EC 9 s.
            97110 (15 min): ankle DF w/ band 3 x 15 B, sidelying hip abd 2 x 12 B, mini-squats 3 x 10, for B distal LE weakness (DF 3+/5).
            """,
            ["G61.0"], [PT("97112", 20), PT("97110", 15)], []),

        // Shorthand generic: "TE 15' NMR 20'" gives both minutes (match), but "↑ str ↑ bal", "tol tx well", "cont POC" name no exercise, technique, deficit or number, and no 1:1.
        ["vord-shorthand-generic-te-nmr"] = new(
            "Pt tol tx well. TE 15' NMR 20'. ↑ str ↑ bal. HEP reviewed, cont POC.",
            ["M62.81", "R26.81"], [PT("97110", 15), PT("97112", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Complete OT 97530 (grocery unloading/carrying/cabinets with loads, SBA, L shoulder after cuff repair, shopping goal) sent with no diagnosis.
        ["vord-ot-97530-no-diagnosis"] = new(
            "OT TA 97530 24 min: unloading groceries from car trunk (4 bags, 5–8 lb), carrying to counter 30 ft, putting items into upper and lower cabinets; SBA, "
            + "1 rest. Goal: indep grocery shopping after L rotator cuff repair (wk 16).",
            [], [OT("97530", 24)], [Dx]),

        // NMR complete (1:1, dual-task/perturbed stepping/foam, MS postural control and proprioception, FGA); TA names tub-bench and reacher tasks and a bathing goal but no assistance level or number.
        ["vord-nmr-complete-ta-no-measure"] = new(
            """
            NMR 97112 – 22 min – 1:1: dual-task walking w/ cognitive load, perturbations while stepping, SL stance on foam; ↓ postural control under dual task, ↓ R LE proprioception (MS). FGA 17/30 (13/30 at IE).
            TA 97530 – 15 min: practiced getting in/out of the bathtub using a tub bench, picking up objects from the floor w/ reacher; goal: bathe at home w/o spouse lifting.
            """,
            ["R26.89"], [PT("97112", 22), PT("97530", 15)], [At(Measure, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
