using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The twelfth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set has no theme: it is meant to look like a random sample of one week's notes from a large health
/// system's outpatient network as its billing office sees them — about two thirds ordinary and complete,
/// many with two or three timed codes. The writers are new graduates (full sentences, every parameter
/// spelled out), travel therapists bringing the smart phrases of their last contract ("Skilled PT services
/// provided per plan of care…", "individually attended by this writer"), a neuro &amp; vestibular
/// programme, orthopaedic and sports satellites, a hand clinic (CHT/OT), a lymphedema clinic, a
/// paediatric site (hippotherapy at a partner barn, Cuevas Medek, torticollis, ASD) and home health;
/// written with the system's smart phrases and pick lists — raw Epic SmartList remnants
/// (<c>{PT TX DELIVERY:41873::"Individual – …"}</c>, an unanswered <c>{YES/NO:20388}</c>), a pick list
/// pasted with every option left in (delivery type, assistance level), Meditech dotted fields
/// (<c>TX TYPE........: INDIV (Y)</c>), ✔ / ✘ marks under their legend, a No / Yes grid with the columns
/// the other way round, ticked code rows with minutes in brackets — and by free text and dictation.
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h12-…): one-on-one in new words and notation (a SmartList value "sole patient of the
/// treating PT", "individually attended … session unshared", "1 clinician / 1 client", "one child, one
/// therapist", "seen on an individual basis" in a PT/SLP co-treat), notes that negate it (a double-booked
/// slot the PTA split, a PT also supervising a second patient on the NuStep, a "buddy session" with a
/// teammate) or never state it (a delivery pick list with no option chosen, a child's school goal of
/// "one-to-one correspondence" in counting), and a kitchen group billed as 97530, which has no one-on-one
/// check;</item>
/// <item>class 2 (v2-h12-…): an unanswered Epic <c>{YES/NO}</c> after "Pt treated 1:1:", Meditech
/// <c>INDIV (Y)</c> fields, a grid of unmarked technique and impairment boxes with only generic comments,
/// an "Impairments addressed (Y/N)" row all N, an assistance pick list pasted with nothing chosen,
/// ✔ / ✘ under a legend, "1:1 (Y/N): N" on a two-code visit, ticked code rows "☒ 97110 (15)", a
/// No / Yes grid with the X under Yes;</item>
/// <item>class 3 (v3-h12-…): named programmes and methods as techniques (hippotherapy, Cuevas Medek
/// Exercise, stroboscopic eyewear, a Gufoni manoeuvre beside 97112, ZeroG body-weight support, Codman and
/// the Jobe series, Mill's manipulation with deep transverse friction), one Kinect virtual-reality 97112
/// with no number and one Armeo Spring 97112 with no deficit;</item>
/// <item>class 4 (v4-h12-…): deficits stated as findings (Modified Ashworth and Tardieu with toe catch,
/// sensory ataxia by its signs in dictation, congenital torticollis with plagiocephaly, in-toeing with
/// femoral anteversion, a positive Stemmer sign with girth, a gluteus maximus lurch, a lie on the floor
/// overnight as 97530's functional problem) and notes that state none (a 97112 whose only target is
/// "goals reviewed", a 97140 with no region);</item>
/// <item>class 5 (v5-h12-…): measures in their usual forms (BESS errors, Nine-Hole Peg Test, Box and Block
/// Test, goniometry as a 97110's only number, Trunk Impairment Scale, COPM, TGMD-3) and notes with none (a
/// Berg "to be re-tested", a paratransit confirmation number and a phone extension);</item>
/// <item>class 6 (v6-h12-…): minutes in their usual forms ("TE ×15min NMR ×23min", "Minutes spent: 97140 →
/// 10 | …", the same code by a PT and a hand-clinic OT, minutes before an unprofiled timed code "8 min
/// 97035 US", a comma-separated code/description/minutes export), true mismatches (20 against 22 — the
/// contract has no tolerance —, a one-timed-code visit's "Total timed minutes: 25" against 15, "Spent 15
/// minutes on manual (97140)" against 8) and truly missing separate time (units only, a third code's time
/// "included above");</item>
/// <item>class 7 (v7-h12-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on 97010), and the contract's meanings of technique, deficit and measure for
/// 97116 (stairs with a home goal; a walker with no number), 97140 (techniques with no parameter), 97530
/// (a job goal as the target) and wholly generic 97110 and 97112 notes;</item>
/// <item>ordinary (vord-h12-…): complete notes across these sites, codes and disciplines that a reviewer
/// passes (the false-positive guard), and the ordinary weak ones: a travel smart phrase with nothing
/// else, a missing and a free-text diagnosis, a complete NMR + TA note that never says one-on-one, an OT
/// total only, a gait-time mismatch, a generic 97530.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>), as in every earlier
/// set. Cases a careful reviewer could argue either way under the contract were left out: a content gap
/// in one section of a multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or
/// when the whole note lacks the thing), generic phrases beside a deficit or a measure, exercise durations
/// in minutes, self-rated scores as the only measure, diagnosis codes without their dot, minute ranges.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 77 of 95 cases agree (94 needed), and 10 of the 60 notes the reviewer passes got a finding, on the
/// analyzer of bf583c7 (the start of 2026-12-04's last session) and again, case for case, on the analyzer
/// with the tenth set's fixes (24a907b); separate worktrees, only these figures read.
/// </para>
/// <para>
/// After: 77 of 95, 10 false positives — the same — at its first run on the analyzer with the eleventh set's
/// fixes too (3cc120d): the held-out figure. Then development data, after a read-only review of the
/// eleventh set's fixes (its reproducers are NotesAsWrittenTests' review-of-eleventh cases): a partner
/// ("buddy") session, "1 clinician / 1 client", "one child, one therapist", "INDIV (Y)", a SmartList left as
/// its code, "N — remark", "one-to-one correspondence", a pick list of levels in a spaced slash list,
/// hippotherapy, stroboscopic training, ZeroG, sensory ataxia by its signs, "can't get up off the floor",
/// ball skills, a phone extension, "strengthening and ROM" as generic, and the people in the room counted
/// one each ("one child, one therapist") and a deficit written as a field's value ("Impair: …") as general
/// readings; each with new examples and controls in NotesAsWrittenTests ("twelfth-set"), and a second
/// review's reproducers ("review-of-twelfth"): 94 of 95, no false positive. Left:
/// v6-h12-one-code-total-timed-mismatch — a total after a minutes label ("Total timed minutes: 25") was read
/// and then left out again: on a one-line visit beside untimed care it is as often not the line's time.
/// </para>
/// </summary>
public class HeldOutNotesIssue18TwelfthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in new words, negated, unstated

        // Raw Epic SmartList remnant whose chosen value is "Individual – sole patient of the treating PT for the whole timed service": one-on-one; eyes-up foot placement to floor targets, heel-to-target slides, weighted-vest stepping; sensory ataxia with lost position sense; k of 20 and 4SST; 24 matches: passes.
        ["v1-h12-smartlist-value-sole-patient"] = new(
            """
            NVP – Neuro & Vestibular Programme – Daily Treatment Note
            Treatment delivery: {PT TX DELIVERY:41873::"Individual – sole patient of the treating PT for the whole timed service"}
            97112 Neuromuscular re-education: 24 minutes
            Proprioceptive retraining: supine heel-to-target slides w/ vision occluded → sitting foot placement onto numbered floor footprints → standing step-to-footprint with eyes up (no looking down); stepping in a 2% BW weighted vest for added joint loading.
            Sensory ataxia from B12-deficiency neuropathy: loss of LE position sense, stamping wide-based steps, relies on vision to place feet.
            Footprint placement 15/20 on target (9/20 at IE); 4SST 16.8 s.
            """,
            ["E53.8", "G63"], [PT("97112", 24)], []),

        // "Session type: individual / concurrent / group / co-treatment" pasted with no option chosen: one-on-one not stated; weight shift with visual target, PNF rhythmic stabilization, tactile cueing; R LE recruitment/timing with hyperextension; % BW and taps: one-on-one only.
        ["v1-h12-delivery-pick-list-none-chosen"] = new(
            """
            Westbrook Outpatient — PT Daily
            Session type: individual / concurrent / group / co-treatment
            97112 NMR x 20 min
            - lateral weight shift onto R LE over a bathroom scale w/ visual target line, progressing to R stance w/ L foot taps on 4" step
            - PNF rhythmic stabilization at pelvis in R stance; tactile cueing at R glute med + quad during step-to practice in parallel bars
            Impairment: ↓ R LE motor recruitment/timing — R knee slams back into hyperextension mid-stance (L CVA, 5 mo)
            R LE WB 44% BW (38% last wk); L foot taps 8 in 30 s w/o R knee snap
            """,
            ["I69.351"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // "Double-booked 1330 slot … PTA split time between the two" negates one-on-one; unannounced release from a held lean, beam tandem, called-direction stepping; reactive postural control; k of 8 and seconds present.
        ["v1-h12-double-booked-pta-split"] = new(
            """
            PTA Daily Note
            Double-booked 1330 slot (this pt + a post-op knee); PTA split time between the two.
            NMR (97112) 25 min:
            • forward/backward lean held at the gait belt, then let go unannounced → pt steps to recover
            • semi-tandem → tandem stance on low beam, EC trials
            • stepping to floor tape in the direction called out
            ↓ reactive postural control: slow step initiation on perturbation, several short recovery steps backward; 2 falls this winter.
            Recovered w/ single step 5/8 (3/8 last wk); tandem on beam EC 6 s.
            """,
            ["R29.6", "Z91.81"], [PTA("97112", 25)], [At(OneOnOne, "97112")]),

        // "while I also supervised a 2nd pt on the NuStep at the next station" negates one-on-one; slackline, obstacle course with head turns, rebounder catches on foam; R LE proprioception and strategies; counts present.
        ["v1-h12-also-supervising-nustep"] = new(
            """
            Pt worked through the reactive balance circuit while I also supervised a 2nd pt on the NuStep at the next station.
            97112 – 20 min
            Circuit: low slackline walk between the parallel bars w/ 1 HHA x3 passes; stepping over and around floor obstacles w/ head turns; ball-rebounder catches standing on foam.
            Impaired R LE proprioception + ↓ ankle/hip strategy after R TKA, sways to the R on a narrow base.
            Slackline steps w/o rail 6 (2 at IE); rebounder catches 12/15.
            """,
            ["Z96.651", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // The only "one-to-one" is a counting skill ("one-to-one correspondence", a school goal), not the service; scooter board, bolster straddle reach, stepping stones; proximal stability with low tone; seconds and k of 10: one-on-one not stated.
        ["v1-h12-peds-one-to-one-correspondence"] = new(
            """
            Peds site — PT tx note (mom present)
            5 yo, low tone + gross motor delay. 97112 — 25 min
            Prone on scooter board pulling hand-over-hand along a rope 4 x 20 ft; straddle-sitting on a bolster reaching overhead for puzzle pieces; stepping-stone path, counting each stone aloud (school is working on one-to-one correspondence, so we tied it in).
            ↓ proximal stability + antigravity extension; trunk collapses into flexion in unsupported sitting.
            Straddle-sit on bolster w/o hands 15 s (6 s last month); stepping-stone path 7/10 stones w/o stepping off.
            """,
            ["F82", "R62.50"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // "Buddy session today w/ a teammate … drills run as a pair, PT coaching both": not one-on-one; bounds to stick, RDL reach on half roller, reactive cone taps; hamstring co-activation/medial collapse; LESS and k of 10 present.
        ["v1-h12-buddy-session-aclr"] = new(
            """
            Riverside Sports Med — ACL return-to-sport block
            R ACLR (BTB) 5 mo. Buddy session today w/ a teammate (also ACLR) — drills run as a pair, PT coaching both.
            97112 | 30 min
            - lateral bounds to stick 3 x 6 each
            - SL RDL reach on half foam roller w/ ball toss from partner
            - reactive cone taps in SL stance to PT hand signals
            R knee: late hamstring co-activation + medial collapse on landing; quad timing lags on deceleration.
            LESS 6 (9 at 4 mo); SL bound stick 7/10 w/o collapse.
            """,
            ["S83.511D", "Z47.89"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // Travel PT "individually attended by this writer throughout; session unshared" is one-on-one; tango-based stepping (forward/back ochos, pivots) and amplitude stepping; axial rigidity and hypokinesia; step length and turn steps: passes.
        ["v1-h12-individually-attended-tango"] = new(
            """
            Travel PT — Pt was individually attended by this writer throughout; session unshared.
            97112 (23 min): Argentine tango–based stepping — forward/backward walking in closed embrace w/ PT, "ocho" pivots, side steps to a count, then big steps fwd/back/side to floor dots.
            Axial rigidity w/ ↓ trunk rotation; ↓ movement amplitude (hypokinesia) w/ shuffling step initiation (PD, H&Y 2.5).
            Step length 52 cm (41 cm at IE); 360° turn in 7 steps (10 at IE).
            """,
            ["G20.A2"], [PT("97112", 23)], []),

        // Hand clinic OT "Format: 1 clinician / 1 client, full slot" is one-on-one; JPS reproduction, gyroscopic ball, rhythmic stabilization, FCR/ECRL co-contraction; wrist proprioception after SL repair; JPS error degrees: passes.
        ["v1-h12-hand-ot-one-clinician-one-client"] = new(
            """
            Hand Clinic — OT (CHT) — 97112 — 20 min
            Format: 1 clinician / 1 client, full slot.
            R scapholunate ligament repair, 14 wk. Wrist proprioception program: JPS reproduction w/ vision occluded to 20° and 40° ext; gyroscopic ball at low speed; rhythmic stabilization w/ hand on ball in quadruped; FCR + ECRL co-contraction drills in neutral.
            ↓ wrist proprioception + dynamic carpal stability (clunk w/ loaded ext).
            JPS error 9° → 5° (mean of 3 trials).
            """,
            ["S63.501D"], [OT("97112", 20)], []),

        // OT kitchen group (3 pts, 1 OT) billed as 97530: section 5's one-on-one check is for 97112 only; stovetop meal task with L UE use, L hemiparesis and hot-lunch goal, CGA and cue count: no DOC finding.
        ["v1-h12-97530-kitchen-group-no-check"] = new(
            """
            OT — Kitchen group (3 pts, 1 OT) — 97530 — 30 min
            Pt's task: make a grilled cheese at the stovetop, gathering items from the fridge and a low cabinet w/ the rollator seat as a tray; L UE used to stabilize the pan handle.
            L hemiparesis w/ ↓ standing tolerance on reaching; goal: make a simple hot lunch on her own.
            CGA for low-cabinet reach; 1 seated rest; cued twice to bring the L arm into the task.
            """,
            ["I69.354"], [OT("97530", 30)], []),

        // PT/SLP co-treat, "Pt seen on an individual basis by PT, SLP joining for the dual-task portion": one-on-one for the PT's 97112; dual-task obstacle walking, cued direction changes, foam card sorting; divided-attention postural control after TBI; Walking While Talking and contacts: passes.
        ["v1-h12-slp-cotreat-individual-basis"] = new(
            """
            PT/SLP co-treat (SLP billing her own time separately). Pt seen on an individual basis by PT, SLP joining for the dual-task portion.
            PT 97112 — 25 min: obstacle negotiation while naming items in a category (SLP set the word lists), walking w/ direction changes to auditory cues, standing on foam while sorting picture cards by category.
            Post-TBI: ↓ postural control under divided attention — veers L and stops walking to answer.
            Walking While Talking test 24.1 s (single task 16.3 s); obstacle contacts 1/12.
            """,
            ["S06.2X0S"], [PT("97112", 25)], []),

        // ---------------------------------------------------------------- class 2: SmartLists, Meditech fields, grids and marks

        // "Pt treated 1:1: {YES/NO:20388}" — the SmartList question was never answered: not stated; X2 viewing, saccade/head-turn substitution, figure-8 head-turn walking; L hypofunction with retinal slip; seconds and DVA present.
        ["v2-h12-smartlist-unanswered"] = new(
            """
            Vestibular f/u (NVP)
            Pt treated 1:1: {YES/NO:20388}
            97112 Neuro re-ed: 23 min
            X2 viewing (target and head move in opposite directions) 3 x 45 s; saccade-then-head-turn substitution drill between two cards; figure-8 walking w/ head turns.
            L vestibular hypofunction (neuritis 6 wk ago): retinal slip + blur on quick head turns to the L.
            X2 tolerated 45 s w/o sx increase (20 s last wk); DVA 2 lines lost (4 at IE).
            """,
            ["H81.22"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Meditech dotted fields "TX TYPE: INDIV (Y)", group and concurrent N; rocker board, foam-beam tandem, hurdle steps with perturbation; postural control / ankle strategy; Berg and tandem seconds; "MINUTES: 20" matches: passes.
        ["v2-h12-meditech-indiv-y"] = new(
            """
            PT DAILY (MEDITECH)
            TX TYPE........: INDIV (Y)
            GROUP..........: N
            CONCURRENT.....: N
            CPT............: 97112 NEURO RE-ED
            MINUTES........: 20
            TECHNIQUE......: ROCKER BD A/P + M/L, TANDEM WALK ON FOAM BEAM, LAT HURDLE STEPS W/ PELVIC PERTURB
            IMPAIRMENT.....: POSTURAL CONTROL / R ANKLE STRATEGY
            OUTCOME........: BERG 47/56, TANDEM EO 18 SEC
            """,
            ["R26.81"], [PT("97112", 20)], []),

        // Technique and impairment boxes all unmarked, "1:1 [x]" ticked, comments only "balance training and coordination exercises, tolerated well. Continue POC.": generic only, no technique, deficit or number.
        ["v2-h12-unmarked-grid-generic"] = new(
            """
            NMR 97112 — 20 min          1:1 [x]
            Techniques:  [ ] PNF   [ ] perturbation   [ ] foam/compliant surface   [ ] vestibular/gaze   [ ] rocker/BAPS
            Impairments: [ ] proprioception   [ ] postural control   [ ] vestibular   [ ] coordination
            Comments: balance training and coordination exercises, tolerated well. Continue POC.
            """,
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // "Impairments addressed (Y/N)" answered N for every system and no deficit elsewhere; hurdle stepping with perturbation, rocker EC, foam-beam tandem, 1:1 ✔, Brief-BESTest and beam distance present: deficit only.
        ["v2-h12-impairments-yn-all-n"] = new(
            """
            97112  NMR  24 min  | 1:1 w/ PT ✔
            Tx: lateral hurdle stepping w/ manual pelvic perturbation; rocker board M/L w/ EC; tandem walk on 2" foam beam
            Impairments addressed (Y/N): proprioception N | vestibular N | postural control N | coordination N | motor timing N
            Brief-BESTest 15/24; tandem beam 12 ft w/o step-off
            """,
            ["Z91.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // 97116 with the assistance pick list pasted whole and nothing chosen, and no distance or other number: no measure; quad-cane gait training with cues, L hemiparetic gait stated.
        ["v2-h12-assist-options-none-picked-97116"] = new(
            """
            GT 97116 — 15 min
            Gait training w/ small-base quad cane in R hand; cues for L heel strike and moving the cane together w/ the L LE; level tile + carpet.
            Assist: Indep / Mod I / SBA / CGA / Min A / Mod A / Max A
            L hemiparetic gait — ↓ L knee flexion in swing, toe drag as she tires.
            """,
            ["I69.354"], [PT("97116", 15)], [At(Measure, "97116")]),

        // "(✔ = done today, ✘ = not done)": 1:1 ✔, pelvic-push reactive stepping and dual-task cone stepping ✔ (rocker and gaze ✘); reactive stepping/lateral postural control in parkinsonism; retropulsion-test steps and Brief-BESTest: passes.
        ["v2-h12-tick-cross-legend-mixed"] = new(
            """
            Balance tx 97112 — 25 min     (✔ = done today, ✘ = not done)
            ✔ 1:1 with PT for the full 25 min
            ✔ reactive stepping to pelvic pushes (A/P + lateral)
            ✘ rocker board
            ✘ gaze drills
            ✔ stepping over/around cones while tossing a ball (dual task)
            Deficit: ↓ reactive stepping + lateral postural control (vascular parkinsonism)
            Retropulsion test: recovers in 2 steps (4 at IE); Brief-BESTest 12/24
            """,
            ["G21.4"], [PT("97112", 25)], []),

        // "1:1 (Y/N): N — slot shared w/ the DPT student's pt" on a two-code visit: 97112 not one-on-one; both sections otherwise complete (wobble board/hop-and-freeze, ankle proprioception, seconds; band/heel/tib raises, evertor weakness); 15 and 23 match.
        ["v2-h12-yn-one-on-one-n-two-codes"] = new(
            """
            Northgate Ortho — Daily Flow
            1:1 (Y/N): N — slot shared w/ the DPT student's pt
            97112 NMR 15 min: SL balance on wobble board w/ EC, lateral hop-and-freeze onto tape lines, SL stance w/ band kicks on the other leg
              → ↓ R ankle proprioception + slow peroneal reaction (3 sprains in 2 yrs)
              → wobble board SL R 14 s (8 s at IE); hop-and-freeze 8/10
            97110 TE 23 min: green band eversion 3 x 15, SL heel raises 3 x 12, tib raises 3 x 15, lateral step-ups 6" 2 x 12
              → R evertor + plantarflexor weakness (4/5)
            """,
            ["M25.371"], [PT("97112", 15), PT("97110", 23)], [At(OneOnOne, "97112")]),

        // "Timed services today (min): ☒ 97110 (15) ☒ 97530 (23) ☐ 97140 ( ) ☐ 97116 ( )": the ticked codes' minutes in brackets, both match; THA exercises with doses and abductor weakness; car/stairs/laundry tasks, CGA → SBA, home goal: passes.
        ["v2-h12-ticked-code-rows-bracket-minutes"] = new(
            """
            Timed services today (min):
            ☒ 97110 (15)   ☒ 97530 (23)   ☐ 97140 ( )   ☐ 97116 ( )
            97110: side-lying hip abd 2 x 12, bridges 3 x 10, standing hip ext w/ yellow band 2 x 15 — L hip abductor/extensor weakness (3+/5) after L THA
            97530: sedan car transfer w/ leg lifter x3, stairs 4 steps step-to w/ rail x2, retrieving laundry from the dryer w/ reacher (posterior precautions); CGA → SBA. Goal: home w/ husband and back to driving
            """,
            ["Z96.642", "Z47.1"], [PT("97110", 15), PT("97530", 23)], []),

        // A grid with the columns the other way round (No, then Yes): the X for "Pt treated individually", gaze stabilization and foam sits under Yes (habituation under No); R hypofunction with oscillopsia; seconds: passes.
        ["v2-h12-reversed-no-yes-columns"] = new(
            """
            Vestibular rehab — 97112 — 20 min
                                              No    Yes
            Pt treated individually                  X
            Gaze stabilization                       X
            Habituation (MSQ positions)       X
            Compliant surface (foam)                 X
            R vestibular hypofunction (post-neuritis): oscillopsia walking w/ head turns, ↑ sway on foam EC.
            Gaze stabilization at 2 Hz tolerated 45 s (25 s last wk); foam EC stance 15 s.
            """,
            ["H81.21"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods

        // Hippotherapy (PT using equine movement: sitting positions, halts, serpentines, reaching) for trunk postural control/righting in spastic diplegia; k of 10 halts and GMFM-66 %; "1:1 PT" with barn helpers: passes.
        ["v3-h12-hippotherapy"] = new(
            """
            Peds site — Hippotherapy session at partner barn (PT using equine movement)
            97112 — 30 min — 1:1 PT; horse leader + sidewalker from the barn
            Forward sitting at walk → side-sitting → backward-sitting; walk/halt transitions x10; serpentines + tempo changes; reaching for rings at shoulder height while the horse walks.
            Spastic diplegia: ↓ trunk postural control + delayed righting reactions, sits in posterior pelvic tilt.
            Kept upright sitting w/o UE support through 8/10 halts (4/10 at start of block); GMFM-66 dimension B 71%.
            """,
            ["G80.1"], [PT("97112", 30)], []),

        // Cuevas Medek Exercise with distal holds and tilts; ↓ automatic postural reactions/head righting in congenital hypotonia; seconds and k of 5; "One child, one therapist": passes.
        ["v3-h12-cuevas-medek"] = new(
            """
            Peds site — CME (Cuevas Medek Exercise) — 97112 — 25 min
            14 mo, congenital hypotonia + gross motor delay. One child, one therapist; dad in the room holding toys.
            CME w/ distal holds: standing on a tilting box held at the ankles; stepping w/ hold at knees → ankles; lateral tilts in supported sitting to draw out head/trunk righting.
            ↓ automatic postural reactions; head righting lags on lateral tilt.
            Stands w/ hold at ankles 18 s (5 s 2 wk ago); head righting 4/5 tilts each side.
            """,
            ["P94.2", "R62.0"], [PT("97112", 25)], []),

        // Stroboscopic eyewear (Senaptec) during landing, hop-and-stick and light-cue drills after ACLR; proprioceptive/NM knee control without vision; k of 10 and hop LSI; "individual session (no athlete pairing today)": passes.
        ["v3-h12-stroboscopic-eyewear-aclr"] = new(
            """
            Riverside Sports — 97112 — 24 min — individual session (no athlete pairing today)
            L ACLR 7 mo. Stroboscopic eyewear (Senaptec, level 3 → 5) during SL landing drills, lateral hop-and-stick and reactive cone touches on a light cue — vision disrupted so the knee has to be controlled by feel.
            ↓ L knee proprioceptive/neuromuscular control on landing; knee wobbles into valgus once vision is disrupted.
            SL hop-and-stick w/ strobe L 8/10 clean landings (5/10 last wk); single hop LSI 91%.
            """,
            ["S83.512D", "Z47.89"], [PT("97112", 24)], []),

        // Gufoni manoeuvre for geotropic HC-BPPV under 95992 (untimed, no profile) beside one timed 97112 (15, individual session): head-turn tandem, step-turns, foam EC; vestibulospinal postural instability; Romberg foam seconds and turn steps: passes.
        ["v3-h12-gufoni-beside-nmr"] = new(
            """
            R geotropic HC-BPPV: supine roll test — geotropic horizontal nystagmus both sides, stronger to the R. Gufoni maneuver toward the L x2 (95992). Repeat roll test: no nystagmus.
            97112 — 15 min — individual session: tandem walking w/ horizontal head turns along the hallway; 180° step-turns L and R; stance on compliant foam EC.
            Residual postural instability on turns (↓ vestibulospinal control).
            Romberg on foam EC 22 s; 180° turn in 4 steps w/o stagger.
            """,
            ["H81.11"], [PT("95992", 10), PT("97112", 15)], []),

        // 97116 with ZeroG overhead dynamic body-weight support (% BWS, distances, stairs, min A → CGA); L hemiparetic gait deviations; gait speed: passes.
        ["v3-h12-zerog-97116"] = new(
            """
            GT 97116 — 25 min — ZeroG overhead dynamic BWS
            Overground 3 x 100 ft at 25% BWS → 15% BWS, then 12 stairs w/ 1 rail under ZeroG; min A → CGA for L foot placement.
            L hemiparetic gait: ↓ L stance time, knee hyperextension at midstance, ↓ L hip flexion in swing.
            Gait speed 0.46 m/s (0.31 m/s at IE).
            """,
            ["I69.354"], [PT("97116", 25)], []),

        // Kinect virtual-reality balance games (weight shift to targets, stepping game, reaching outside BOS with COP feedback) for lateral weight shift/postural control, 1:1 — but no number besides the minutes: no measure.
        ["v3-h12-kinect-vr-no-number"] = new(
            """
            97112 — 23 min — 1:1
            Kinect-based virtual-reality balance games: standing weight shift to on-screen targets, side-and-diagonal stepping game, reaching outside the base of support to catch virtual objects, pt watching her centre-of-pressure trace for feedback.
            For impaired lateral weight shift to the L + ↓ postural control (R MCA stroke, L hemiparesis).
            More confident stepping to the L by the end, fewer stumbles, enjoyed it.
            """,
            ["I69.354"], [PT("97112", 23)], [At(Measure, "97112")]),

        // 97110: Codman pendulums and the Jobe series (full-can scaption, sidelying ER, prone T/extension) with loads and doses, serratus slides; R cuff/scapular weakness with painful arc: passes.
        ["v3-h12-codman-jobe-97110"] = new(
            """
            Ortho — R shoulder impingement (subacromial pain) — 97110 — 20 min
            Codman pendulums 2 x 30 s to warm up; Jobe series: full-can scaption 2 lb 3 x 10, sidelying ER 2 lb 3 x 12, prone horizontal abd ("T") 3 x 10, prone ext 3 x 10; serratus wall slides 2 x 12.
            R rotator cuff / scapular stabilizer weakness (ER 4-/5) w/ painful arc 70–110°.
            """,
            ["M75.41"], [PT("97110", 20)], []),

        // 97140: deep transverse friction to the ECRB origin with bouts, Mill's manipulation, radial head mobs with grade/bouts; R lateral elbow tendinopathy with pain-free grip kg: passes.
        ["v3-h12-mills-manipulation-97140"] = new(
            """
            MT 97140 — 10 min: deep transverse friction to R ECRB origin, 4 bouts of 60 s, then Mill's manipulation x1; radial head P-A mobs gr III 3 x 30 s.
            R lateral elbow tendinopathy; pain-free grip R 16 kg (L 38 kg).
            """,
            ["M77.11"], [PT("97140", 10)], []),

        // OT Armeo Spring robotic reach games with % arm-weight support, workspace % and hits, 1:1 — but no impairment, system or goal is written (the driving question is not one).
        ["v3-h12-armeo-no-deficit"] = new(
            """
            OT — 97112 — 30 min — 1:1 OT
            Armeo Spring, arm-weight support 60% → 45%: reach-to-target game, egg-catching game, table-wiping game in the horizontal plane; 3 rounds each.
            Workspace covered 38% → 44%; egg-catch hits 22/30.
            Pt asked about driving; deferred to MD.
            """,
            ["I69.351"], [OT("97112", 30)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes with none

        // "L gastroc-soleus spasticity: MAS 1+, Tardieu R1/R2 … ↓ selective DF, toe catch" is the motor-control deficit; tilt-board stretch then tapping/vibration facilitation, DF isolation, step-through; DF degrees and toe catches; "1 to 1 (PT + pt)": passes.
        ["v4-h12-mas-tardieu-97112"] = new(
            """
            NVP — 97112 — 25 min — 1 to 1 (PT + pt)
            L gastroc-soleus spasticity: MAS 1+, Tardieu R1 −5° / R2 +10° at L ankle; ↓ selective L ankle DF in swing, toe catch on carpet.
            Tx: prolonged standing stretch on tilt board, then tapping + vibration over L tibialis anterior for facilitation; seated DF isolation holds; step-through w/ DF emphasis onto 4" step.
            Active DF in sitting 0° → 6° after facilitation; toe catches 1 in 10 steps (4 in 10 at start).
            """,
            ["I69.354", "R26.89"], [PT("97112", 25)], []),

        // Dictation: watches his feet, stamps, veers when lights dimmed, toe position sense 1 of 5 — sensory ataxia by its signs; eyes-up walking, dim-light foam stance, textured-mat heel-toe; "one on one with me the entire time"; "Twenty-five minutes" matches; seconds and k of 4: passes.
        ["v4-h12-sensory-ataxia-signs-dictation"] = new(
            """
            Dictated (travel PT). Mr. R watches his feet on every step and stamps them down, and when I dimmed the gym lights he veered and grabbed the rail; big toe position sense was 1 of 5 on each side. That is the large-fiber loss from his chemo. Twenty-five minutes neuro re-ed, one on one with me the entire time: walking with eyes up on a target at the end of the hall, standing on foam in dim light, heel-toe on the textured mat. Tandem stance eyes closed 4 seconds (2 at eval); 10 steps on foam without grabbing on 3 of 4 trials.
            """,
            ["G62.0", "T45.1X5S"], [PT("97112", 25)], []),

        // Paediatric 97110: R congenital muscular torticollis with plagiocephaly, rotation R 60° vs L 90° and tilt, as the impairment; SCM stretches with holds, positioning for active rotation, tilts for righting: passes.
        ["v4-h12-cmt-plagiocephaly-97110"] = new(
            """
            Peds — 5 mo, R congenital muscular torticollis + R occipital flattening (plagiocephaly)
            R SCM tightness: cervical rotation R 60° vs L 90°; head tilt to R ~10°.
            TE 97110 – 20 min: passive R SCM stretch (rotation to R, lateral flexion to L) 5 x 30 s each; tummy time on a wedge w/ toys placed to the R to pull active rotation R, 4 bouts; supported-sitting tilts to the R to bring out L lateral head righting 2 x 10.
            """,
            ["Q68.0", "Q67.3"], [PT("97110", 20)], []),

        // Paediatric 97110: in-toeing with femoral anteversion, tripping and hip ER weakness 3+/5 as the impairment; band clamshells/walks, duck walk, bridges with doses; trip count: passes.
        ["v4-h12-intoeing-97110"] = new(
            """
            Peds — 6 yo, in-toeing w/ ↑ femoral anteversion; trips on own feet, hip ER weakness (3+/5 B)
            97110 — 23 min: clamshells w/ band 2 x 12 B, side-stepping w/ band at knees 4 x 15 ft, "duck walk" toes out 4 x 20 ft, bridges 2 x 10, sidelying hip ER lifts 2 x 10 B.
            Trips on a 20 ft line: 1 (4 at IE).
            """,
            ["R26.89"], [PT("97110", 23)], []),

        // Lymphedema 97140: "Stemmer sign + at L 2nd digit; L forearm 4.2 cm > R" is the impairment; Vodder MLD sequence; girth difference after: passes.
        ["v4-h12-stemmer-sign-97140"] = new(
            """
            Lymphedema clinic — 97140 MLD — 30 min
            L arm lymphedema after L mastectomy + ALND: Stemmer sign + at L 2nd digit; L forearm 4.2 cm > R at 10 cm above the wrist.
            Manual lymph drainage: neck, then axillo-axillary and axillo-inguinal anastomoses cleared first, then L arm proximal → distal → proximal; bandaging held today (skin check only).
            Post-tx: L forearm 3.6 cm > R.
            """,
            ["I97.2"], [PT("97140", 30)], []),

        // 97116: "L glute max lurch (trunk thrown back at L initial contact) + short R step" after hemiarthroplasty is the gait impairment; RW → SPC, distances, curb, SBA: passes.
        ["v4-h12-glute-max-lurch-97116"] = new(
            """
            GT 97116 — 18 min: RW → SPC in R hand, 4 x 80 ft + curb up/down x3, SBA; cues for upright trunk and L hip ext at loading.
            L glute max lurch (trunk thrown back at L initial contact) + short R step, 5 wk after L hip hemiarthroplasty.
            """,
            ["S72.002D", "Z96.642"], [PT("97116", 18)], []),

        // Home health 97530: "Can't get up off the floor alone — lay on the kitchen floor overnight" is the functional problem targeted; backward-chained floor recovery and phone retrieval; Min A → CGA, x4: passes.
        ["v4-h12-floor-overnight-97530"] = new(
            """
            HH PT — 97530 — 20 min
            Can't get up off the floor alone — lay on the kitchen floor overnight in Jan before a neighbor found her.
            Backward-chained floor recovery: side-sit → quadruped → half-kneel → up to a sturdy chair x4; retrieving the cordless phone from the floor w/ reacher; Min A → CGA on the last 2 trials.
            """,
            ["R29.6", "Z91.81"], [PT("97530", 20)], []),

        // New grad 97112 with half-kneel rhythmic stabilization, foam steps, EC foam marching, seconds and k of 10, "seen one-to-one" — but only fatigue and "Goals reviewed and updated": no neuromuscular deficit or system.
        ["v4-h12-nmr-goals-reviewed-no-deficit"] = new(
            """
            Sat clinic (new grad) — 97112 x 23 min, pt seen one-to-one.
            Performed: rhythmic stabilization in half-kneel, stepping onto foam steps w/ cone reach, marching on a foam pad w/ eyes closed.
            Pt tired after her granddaughter's recital. Goals reviewed and updated w/ pt.
            Half-kneel hold 30 s each side; cone reaches 10/10.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // 97140 naming STM, myofascial release, PA mobs gr III with bouts, muscle energy and contract-relax — but no region, impairment or goal ("feels looser" is none).
        ["v4-h12-97140-no-region"] = new(
            """
            MT 97140 — 12 min: STM + myofascial release, PA mobs gr III 3 x 30 s, muscle energy x3 contractions of 5 s, contract-relax x3.
            Pt says it feels looser afterward.
            """,
            ["M54.2"], [PT("97140", 12)], [At(Deficit, "97140")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // BESS total errors (13 against 24) and tandem-foam errors are the measures; stance progression firm → foam EC, tandem catches, head-turn walking with saccades; vestibular/somatosensory integration; 1:1: passes.
        ["v5-h12-bess-concussion"] = new(
            """
            Sports concussion clinic — HS soccer, 3 wk post-injury
            97112 — 22 min — 1:1
            Stance progression: double, single and tandem stance on firm → foam w/ EC; ball catching in tandem on foam; head-turn walking w/ saccades to wall cards.
            ↓ postural stability when vision is removed (vestibular/somatosensory integration).
            BESS total errors 13 (24 at initial visit); tandem foam EC 3 errors.
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // Hand clinic OT 97530 fine-motor ADL (pill bottles x10, organizer, coins, writing) for a meds/money goal; Nine-Hole Peg Test seconds: passes.
        ["v5-h12-nine-hole-peg-ot-97530"] = new(
            """
            Hand Clinic — OT — TA 97530 — 25 min
            L distal radius ORIF 10 wk (L dominant). Fine-motor ADL practice: opening childproof pill bottles x10, filling a weekly pill organizer, coins in/out of a wallet, writing a grocery list.
            Goal: manage own meds + money indep.
            Nine-Hole Peg Test L 31 s (R 19 s; L 44 s at last re-check).
            """,
            ["S52.502D"], [OT("97530", 25)], []),

        // OT 97112 task-oriented motor retraining (graded reach–grasp–release, cup-to-mouth, bilateral folding) for L UE recruitment/fractionation; Box and Block Test blocks/60 s; 1:1: passes.
        ["v5-h12-box-and-block-ot-97112"] = new(
            """
            OT — 97112 — 25 min — 1:1
            Task-oriented motor retraining L UE: graded reach–grasp–release of blocks at 3 heights, cup-to-mouth practice w/ forearm in neutral, bilateral towel folding w/ L as the active hand.
            ↓ L UE motor recruitment + fractionated finger movement (R MCA CVA, 4 mo).
            Box and Block Test L 22 blocks/60 s (14 at IE); R 58.
            """,
            ["I69.334"], [OT("97112", 25)], []),

        // 97110 whose exercises carry no dose ("sets/reps per exercise flowsheet") but whose goniometric knee AROM is an objective number; R TKA ROM loss and quad weakness: passes.
        ["v5-h12-goniometry-only-number-97110"] = new(
            """
            Ortho (travel PT) — R TKA 5 wk — 97110 — 20 min
            Heel slides w/ strap, prone knee hangs, stationary bike rocking → full revolutions, step-ups, TKEs — sets/reps per exercise flowsheet.
            For R knee flexion/extension ROM loss + quad weakness.
            Goniometer: R knee AROM 4–108° (10–88° at IE).
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 20)], []),

        // Trunk Impairment Scale 13/23 and seated reach cm are the measures; seated weight shift with elongation, cross-midline reach, cushion perturbations; trunk control with lateral falls after R hemi; 1:1: passes.
        ["v5-h12-tis-sitting-97112"] = new(
            """
            97112 | 25 min | 1:1 at the mat table
            Seated lateral weight shift w/ elongation of the weight-bearing side; reaching across midline to cones; ball perturbations while sitting on a compliant cushion.
            ↓ trunk control w/ poor lateral righting, falls to the R in unsupported sitting (R hemiparesis).
            Trunk Impairment Scale 13/23 (9/23 at IE); seated lateral reach R 14 cm.
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // "Berg not retested today — will repeat at progress note" names a test without a score, and the rest is words: no measure; number-square stepping, EC tandem, posterior tugs, reactive control/visual dependence, 1:1 present.
        ["v5-h12-berg-to-be-retested"] = new(
            """
            97112 NMR 23 min — 1:1
            Stepping to called squares on a floor number mat (forward/diagonal), tandem walk w/ EC along the wall, reactive stepping to posterior tugs.
            Targets ↓ reactive postural control + visual dependence (peripheral neuropathy).
            Berg not retested today — will repeat at progress note. Pt says the yard is easier to walk now.
            """,
            ["G62.9"], [PT("97112", 23)], [At(Measure, "97112")]),

        // 97530 transport-van transfer and plate-carrying practice for a dialysis-by-paratransit goal; the only numbers are a booking number and a phone extension: no assistance level, count or measure.
        ["v5-h12-paratransit-confirmation-97530"] = new(
            """
            HH PT — 97530 — 23 min
            Practiced getting into the transport van: step up onto the van step w/ the grab handle, pivot to the seat, swing legs in; carrying a lunch plate from counter to table on the walker tray.
            Goal: get to dialysis by paratransit w/o family.
            Paratransit booking confirmed #55201 for Mon; dtr's work line ext 212.
            """,
            ["N18.6", "Z99.2"], [PT("97530", 23)], [At(Measure, "97530")]),

        // OT 97530 community-errand simulation (aisles with rollator, shelves, paying, carrying 2 lb 40 ft), SBA and rest count, errands goal; COPM performance/satisfaction: passes.
        ["v5-h12-copm-errands-ot-97530"] = new(
            """
            OT 97530 — 30 min — community reintegration (clinic store)
            Navigated aisles w/ rollator basket, reached to shelves at eye level and below knee, paid at the counter standing, carried a 2-lb bag 40 ft to the "car". SBA, 1 seated rest.
            Goal: run her own errands in town w/o her daughter driving.
            COPM (errands): performance 3 → 6, satisfaction 2 → 6.
            """,
            ["M62.81", "R26.89"], [OT("97530", 30)], []),

        // Paediatric 97530 ball skills, galloping/skipping and playscape climbing for PE/recess goals; TGMD-3 raw score and k of 10 catches: passes.
        ["v5-h12-tgmd-peds-97530"] = new(
            """
            Peds PT — 97530 — 25 min
            Catching an 8" ball thrown from 10 ft, overhand throw at a wall target, galloping + skipping across the gym, climbing the ladder on the playscape.
            Goal: keep up in 1st-grade PE + play tag at recess.
            TGMD-3 ball skills raw 21/54 (15 at IE); catches 7/10 from 10 ft.
            """,
            ["F82"], [PT("97530", 25)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, mismatches, missing separate time

        // "TE ×15min  NMR ×23min (1:1)" run together: both minutes given and matching; TE with doses and quad/abductor weakness; NMR foam/tugs, somatosensory loss, Brief-BESTest and SLS seconds: passes.
        ["v6-h12-times-min-run-together"] = new(
            """
            Shared neuro/ortho pt — quick note
            TE ×15min  NMR ×23min (1:1)
            TE: seated knee ext 3# 3 x 12, standing hip abd 2 x 12 B, sit-to-stand from 18" 3 x 8 — B quad/hip abductor weakness (4-/5) limits rising from low chairs.
            NMR: single-leg + tandem stance on foam while turning the head, lateral reactive stepping to tugs at the gait belt — ↓ somatosensory input B feet (DM neuropathy) + ↓ lateral stepping; Brief-BESTest 13/24, SLS on foam 5 s.
            """,
            ["E11.42", "R26.81"], [PT("97110", 15), PT("97112", 23)], []),

        // "Minutes spent: 97140 → 10 | 97110 → 18 | 97530 → 12": three codes' minutes by arrows, all match; flexion-distraction/PA mobs, flexion-bias exercises, cart walking and trunk lifts with SBA and goal: passes.
        ["v6-h12-minutes-spent-arrows-three-codes"] = new(
            """
            Northgate Ortho — L-spine stenosis
            Minutes spent: 97140 → 10 | 97110 → 18 | 97530 → 12
            97140: flexion-distraction on the Cox table at L4–5, 3 sets of 5 cycles; L4–5 bilateral PA mobs gr III 3 x 30 s — lumbar segmental stiffness.
            97110: posterior pelvic tilts 2 x 15, single knee-to-chest 3 x 30 s, seated lumbar flexion w/ ball roll-out 2 x 10, sidelying clams 2 x 12 — lumbar extension intolerance + hip abductor weakness.
            97530: walking behind a shopping cart 3 x 150 ft, lifting a grocery bag (8 lb) out of a car trunk x6; SBA. Goal: grocery shop w/o stopping to sit.
            """,
            ["M48.062"], [PT("97140", 10), PT("97110", 18), PT("97530", 12)], []),

        // "Billed: TE (2u) + MT (1u)" gives units and no minutes anywhere: two timed codes without their time; both sections complete.
        ["v6-h12-units-only-no-minutes"] = new(
            """
            Billed: TE (2u) + MT (1u)
            TE: bridges w/ march 3 x 10, side plank on knees 3 x 20 s, bird dog w/ 3 s hold 2 x 10, hip hinge to a 20" box 2 x 10 w/ 10 lb KB — lumbopelvic control + trunk extensor endurance (LBP w/ lifting).
            MT: L4–5 R rotational mobs in sidelying gr IV 3 x 30 s, STM R lumbar paraspinals/QL — R lumbar segmental hypomobility.
            """,
            ["M54.50"], [PT("97110", 25), PT("97140", 10)], [SepTime]),

        // "NMR 20 min" against a 22-min 97112 line: the contract has no tolerance, a mismatch on 97112; TE 15 matches; both sections complete, NMR 1:1.
        ["v6-h12-two-minute-difference"] = new(
            """
            NMR 20 min (1:1): rocker board A/P w/ EC, tandem walk on foam beam w/ ball pass, lateral reactive steps to band pulls — ↓ ankle strategy + L LE proprioception (L ankle fx, 4 mo); tandem foam beam 10 ft w/o step-off, SLS L 9 s.
            TE 15 min: heel raises 3 x 15, band eversion 3 x 15, step-downs 6" 2 x 10 — L calf/evertor weakness.
            """,
            ["S82.892D"], [PT("97112", 22), PT("97110", 15)], [At(Mismatch, "97112")]),

        // Same code by two disciplines on one visit: PT 97140 10 (GH glides, frozen shoulder, ER degrees) and hand-clinic OT 97140 8 (edema/scar, carpal glides, wrist ext degrees), each matching its discipline's line: passes.
        ["v6-h12-pt-ot-same-code-97140"] = new(
            """
            Same-day PT + hand OT (one visit)
            PT — 97140 — 10 min: inferior + posterior GH glides R gr III–IV 3 x 45 s, scapular mobs in sidelying — R adhesive capsulitis, ER at side 28°.
            OT (hand clinic) — 97140 — 8 min: retrograde edema massage + scar mobilization R volar wrist, carpal glides gr II 3 x 30 s — R wrist stiffness after distal radius ORIF; wrist ext 45°.
            """,
            ["M75.01", "S52.501D"], [PT("97140", 10), OT("97140", 8)], []),

        // One timed code: "Total timed minutes: 25" belongs to 97116, billed 15: mismatch; walker gait with distances, CGA → SBA, shuffling flexed gait after hip fx: otherwise complete.
        ["v6-h12-one-code-total-timed-mismatch"] = new(
            """
            Total timed minutes: 25 | Total treatment time: 25
            GT 97116: FWW → rollator, 3 x 120 ft + ramp x2, CGA → SBA; cues for step length + staying inside the walker.
            Shuffling, forward-flexed gait w/ ↓ step length (L hip fx, 6 wk).
            """,
            ["S72.002D"], [PT("97116", 15)], [At(Mismatch, "97116")]),

        // "8 min 97035 US …" and "15 min 97110 TE": minutes before each code belong to it (97035 is timed, unprofiled); both match; plantar-fascia stretches/eccentric raises with doses, R plantar heel pain with DF: passes.
        ["v6-h12-ultrasound-minutes-before-code"] = new(
            """
            8 min 97035 US, 1 MHz 1.2 W/cm² continuous, to R plantar fascia origin
            15 min 97110 TE: plantar-fascia-specific stretch 10 x 10 s, calf stretch on the incline board 3 x 30 s, towel curls 3 x 15, eccentric heel raises off step 2 x 12 — R plantar heel pain w/ tight gastroc (DF 5°)
            """,
            ["M72.2"], [PT("97035", 8), PT("97110", 15)], []),

        // TE 12 and NMR 15 match, but the car-transfer TA (97530) says "Time included above": a third timed code without its minutes; all three contents complete, NMR 1:1.
        ["v6-h12-ta-time-included-above"] = new(
            """
            TE 12 min: sit-to-stand 3 x 8, standing hip abd 2 x 12, marching 2 x 20 — B hip/quad weakness.
            NMR 15 min (1:1): foam stance EC, tandem walk, reactive stepping to lateral tugs — ↓ postural control + somatosensory loss B feet; Berg 45/56.
            Also worked on car transfers (TA): sedan in/out x3, SBA — goal: ride to church w/ her son. Time included above.
            """,
            ["G62.9", "R26.81"], [PT("97110", 12), PT("97112", 15), PT("97530", 8)], [SepTime]),

        // Comma-separated code,description,minutes rows (97112 23, 97116 15), both match; NMR (individual session, perturbation stepping/foam strip/small circles, trunk ataxia, Brief-BESTest) and GT (SPC outdoor, SBA, staggering gait, distances): passes.
        ["v6-h12-comma-rows-two-codes"] = new(
            """
            code,description,minutes
            97112,Neuromuscular re-education,23
            97116,Gait training,15
            NMR — individual session: stepping-strategy training to pelvic perturbations, narrow-base walking on a foam strip, turning in small circles L and R; ↓ postural control + truncal ataxia (R cerebellar stroke); Brief-BESTest 11/24.
            GT — no AD → SPC for community distances, 3 x 200 ft outdoors incl. grass + curbs, SBA; wide-based, staggering gait w/ path deviation to the R.
            """,
            ["I69.393"], [PT("97112", 23), PT("97116", 15)], []),

        // "Spent 15 minutes on manual (97140)" against an 8-min 97140 line: mismatch; TE 97110 20 matches; cervical mobs (radiculopathy, rotation degrees) and scapular exercises (lower trap weakness) complete.
        ["v6-h12-manual-in-sentence-mismatch"] = new(
            """
            Spent 15 minutes on manual (97140): C5–6 R lateral glides gr III 3 x 30 s, T1–T3 PA mobs gr IV and suboccipital inhibition — R C6 radiculopathy w/ ↓ cervical rotation R 55°.
            TE 97110 20 min: chin tucks 10 x 5 s, scapular retraction w/ band 3 x 12, wall push-up plus 2 x 10, prone W's 2 x 10 — R periscapular weakness (lower trap 3+/5).
            """,
            ["M54.12"], [PT("97140", 8), PT("97110", 20)], [At(Mismatch, "97140")]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a hand-clinic OT visit (97140 + 97110): DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h12-empty-hand-ot-two-codes"] = new(
            "",
            ["M65.4"], [OT("97140", 8), OT("97110", 15)], [At(NoteMissing, "97140"), At(NoteMissing, "97110")]),

        // Empty note, gait training with an untimed hot pack (97010, no profile) and no diagnosis: missing on 97116 only, plus the diagnosis check.
        ["v7-h12-empty-gait-hot-pack-no-dx"] = new(
            "",
            [], [PT("97116", 15), PT("97010", 10)], [At(NoteMissing, "97116"), Dx]),

        // CR/LF pairs only are empty: missing on the PTA's 97530 and nothing else.
        ["v7-h12-crlf-only-pta-97530"] = new(
            "\r\n\r\n",
            ["R26.89"], [PTA("97530", 23)], [At(NoteMissing, "97530")]),

        // 97116 as stair training (14 steps reciprocal/step-to with rail, curb x3, SBA) toward a 2nd-floor-apartment goal, which is its target: passes.
        ["v7-h12-97116-stairs-apartment"] = new(
            "GT 97116 — 15 min: stair training, 14 steps reciprocal up w/ R rail, step-to down leading w/ the L, SBA x2 trials; curb step 6\" x3. "
            + "Goal: get up to her 2nd-floor apartment (no elevator).",
            ["Z96.652"], [PT("97116", 15)], []),

        // 97140 naming talocrural glides, subtalar distraction and peroneal STM for a L ankle DF restriction — with no grade, bouts, duration or outcome: no measure.
        ["v7-h12-97140-no-parameters"] = new(
            "MT 97140 — 8 min: talocrural posterior glides, subtalar distraction and STM to the L peroneal group, for restricted L ankle DF after an inversion sprain.",
            ["S93.402D"], [PT("97140", 8)], [At(Measure, "97140")]),

        // 97530 work tasks with loads and counts (floor-to-shelf lifts, loaded cart, ladder with box); the job goal (stocking shelves) is the target: passes.
        ["v7-h12-97530-shelf-stocking-goal"] = new(
            "TA 97530 — 23 min: lifting 15-lb cases from floor to a 5-ft shelf x10 w/ hip hinge, pushing a loaded stock cart 100 ft x3, climbing a 3-step ladder w/ a box x4. "
            + "Goal: back to stocking shelves at the grocery (night shift).",
            ["S33.5XXD"], [PT("97530", 23)], []),

        // 97110 "for strengthening and ROM per HEP. Pt tolerated well": no exercise, region or dose named — generic only.
        ["v7-h12-97110-generic-home"] = new(
            "Ther ex for strengthening and ROM per HEP. Pt tolerated well, no c/o. 97110 — 15 min.",
            ["M62.81"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // 97116 with the walker around the house and a night-time bathroom goal — but no distance, assistance level or other number: no measure.
        ["v7-h12-97116-no-number"] = new(
            "Gait training w/ RW in the hallway and around the furniture at home, stepping into the walker frame on turns. Goal: get to the bathroom at night w/o a fall. 97116 — 15 min.",
            ["R26.89"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Travel-therapist SNF 97112 "participated in balance activities to improve safety … Continue plan of care": generic only, no technique, deficit, number or one-on-one.
        ["v7-h12-97112-generic-snf"] = new(
            "Pt participated in balance activities to improve safety with mobility. Tolerated well. Will continue with plan of care. Neuro re-ed 97112 x 18 min.",
            ["R26.81"], [PT("97112", 18)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes: one week across the network

        // NVP MS clinic: 97112 25 (1:1; rocker stride stance, SLS band kicks, carioca; L LE proprioception/trunk ataxia; SLS seconds and k of 3) and 97116 15 (AFO + SPC, distances, stairs, SBA, foot drop; 25-ft walk): passes.
        ["vord-h12-nvp-ms-nmr-gt"] = new(
            """
            NVP — MS clinic
            97112 — 25 min (1:1): weight shift in stride stance on rocker board, SLS w/ contralateral band kicks, carioca along the hallway w/ fingertip support fading; ↓ L LE proprioception + trunk ataxia. SLS L 7 s / R 15 s; carioca 20 ft w/o LOB 3/3.
            97116 — 15 min: L AFO + SPC, 3 x 150 ft + 1 flight of stairs, SBA; cues for L hip flexion as the L foot drops late in each bout. 25-ft walk 7.2 s.
            """,
            ["M21.372", "R26.89"], [PT("97112", 25), PT("97116", 15)], []),

        // Ortho SOAP, L5 radiculopathy: MT 12 (unilateral PA and rotation mobs with grade/bouts, slump slider, segmental hypomobility) and TE 15 (press-ups, hinge, bird dog, dead bug with doses, flexion intolerance); SLR degrees: passes.
        ["vord-h12-ortho-lumbar-radic-mt-te"] = new(
            """
            S: R leg pain now stops above the knee (was to the foot). Sat through a full work meeting.
            O: MT 97140 12 min: L5–S1 R unilateral PA gr III–IV 3 x 30 s, R sidelying lumbar rotation gr IV, slump neural slider 2 x 10 — R L5 radicular sx w/ segmental hypomobility L5–S1.
               TE 97110 15 min: prone press-ups 2 x 10, hip hinge w/ dowel 2 x 10, bird dog 2 x 10 w/ 5 s hold, dead bug 2 x 8 — lumbar flexion intolerance + trunk endurance deficit.
               SLR R 52° → 64°.
            A: Centralizing w/ extension bias.
            P: Cont 2x/wk.
            """,
            ["M51.16"], [PT("97140", 12), PT("97110", 15)], []),

        // Hand clinic OT after CTR: 97110 (12; glides, putty, isometrics with doses; grip/pinch weakness, grip kg) and 97140 (8; scar massage in bouts, retrograde massage; palmar scar adhesion/pillar pain): passes.
        ["vord-h12-hand-ot-ctr-te-mt"] = new(
            """
            Hand Clinic — OT — R CTR POD 18
            97110 (12 min): median nerve + tendon gliding sequence 10 each, soft putty grip/pinch 2 x 15, wrist ext isometrics 5 x 10 s — R grip/pinch weakness; grip R 12 kg / L 30 kg.
            97140 (8 min): scar massage w/ silicone pad in 3 bouts of 60 s, retrograde massage for palmar edema — R palmar scar adhesion + pillar pain.
            """,
            ["G56.01"], [OT("97110", 12), OT("97140", 8)], []),

        // Paediatric CP: 97530 20 (floor-to-stand, backpack carry, stepping over edging, SBA, kindergarten goal) and 97110 15 (sit-to-stand, calf stretch, bridges with doses; hamstring/gastroc tightness, popliteal angle): passes.
        ["vord-h12-peds-cp-ta-te"] = new(
            """
            Peds PT — 5 yo, spastic diplegia (GMFCS II)
            97530 — 20 min: floor → stand from circle-time sitting x6, carrying a 3-lb backpack 40 ft x3, stepping over playground edging x8; SBA. Goal: keep up w/ class transitions in kindergarten.
            97110 — 15 min: sit-to-stand from a low bench 3 x 10, standing calf stretch on a wedge 3 x 30 s, bridges 2 x 12 — B hamstring/gastroc tightness + hip extensor weakness (popliteal angle 50° B).
            """,
            ["G80.1"], [PT("97530", 20), PT("97110", 15)], []),

        // Sports ACLR: 97110 20 (split squats, SL press, knee extension with loads; quad strength deficit, HHD LSI) and 97530 15 (shuttle and cutting drills with counts; basketball goal; clean cuts k of 6): passes.
        ["vord-h12-sports-aclr-te-ta"] = new(
            """
            Riverside Sports — L ACLR (quad tendon graft) 6 mo
            97110 — 20 min: Bulgarian split squat 3 x 8 w/ 15-lb DBs, SL leg press 3 x 10 @ 90 lb, knee ext 90–45° 3 x 12 @ 25 lb — L quad strength deficit (HHD LSI 74%).
            97530 — 15 min: 5-10-5 shuttle at 75% effort x4, 45° cuts off cones x6 each way; goal: back to club basketball. Clean plant-and-cut 6/6 to R, 4/6 to L.
            """,
            ["S83.512D", "Z47.89"], [PT("97110", 20), PT("97530", 15)], []),

        // NVP vestibular migraine 97112 (1:1): optokinetic stripes habituation on foam, busy-wall head-turn walking, pursuit/saccade work on a physioball; visual motion sensitivity/visual dependence; foam EC seconds: passes.
        ["vord-h12-vestibular-migraine-optokinetic"] = new(
            """
            NVP — vestibular migraine — 97112 — 25 min — 1:1
            Optokinetic habituation w/ moving-stripes video (speed 2 → 3), seated → standing on foam; walking past the busy lobby poster wall w/ head turns; smooth pursuit + saccades to a moving target while seated on a physioball.
            Visual motion sensitivity + visual dependence, ↑ sway on busy backgrounds.
            Foam EC stance 20 s (8 s at IE); tolerated stripes at speed 3 for 40 s before sx.
            """,
            ["G43.809", "R42"], [PT("97112", 25)], []),

        // SNF PTA: gait 12 (platform walker for the wrist fx, distances, min A → CGA, flexed trunk/short step) and TE 15 (hip/knee exercises with doses, extensor weakness); "Tolerated well; cont POC" beside specifics: passes.
        ["vord-h12-snf-pta-platform-walker-gt-te"] = new(
            """
            SNF — PTA treatment
            Gait 97116 — 12 min: platform walker (R forearm platform for the wrist fx) 2 x 60 ft → 80 ft, min A → CGA; cues for step-through + upright trunk; flexed trunk, short L step.
            TE 97110 — 15 min: seated hip flexion 2 x 12 B, LAQ 2# 2 x 12 B, standing heel raises at the rail 2 x 10, glute sets 10 x 5 s — B hip/knee extensor weakness (3+/5) limiting transfers.
            Tolerated well; cont POC.
            """,
            ["S72.002D", "S52.501D"], [PTA("97116", 12), PTA("97110", 15)], []),

        // Home-health OT 97530: tub-bench, toilet-frame and seated LB dressing with AE, Min A → CGA / SBA, bathe-and-dress goal after anterior THA: passes.
        ["vord-h12-hh-ot-bathroom"] = new(
            """
            HH OT visit 4 — 97530 — 30 min
            Tub transfer w/ transfer bench + handheld shower x2, toilet transfer w/ frame x3, LB dressing seated w/ sock aid + long shoe horn. Min A tub → CGA; toilet SBA.
            R THA (anterior), home 10 days. Goal: bathe + dress w/o her husband's hands-on help.
            """,
            ["Z96.641", "Z47.1"], [OT("97530", 30)], []),

        // New graduate's full-sentence SOAP: 97110 18 (cane flexion, ER, band rows, wall walks with sets; shoulder weakness/limited elevation) and 97140 10 (GH glides grade III with bouts, posterior cuff STM; posterior capsule); flexion degrees: passes.
        ["vord-h12-new-grad-soap-shoulder"] = new(
            """
            S: Patient reports she was able to reach the second shelf in her kitchen this week. Pain 3/10 at rest, 5/10 with reaching.
            O: Therapeutic exercise (97110), 18 minutes: supine cane flexion 2 sets of 12, sidelying external rotation with 1 lb 3 sets of 10, scapular retraction with red band 3 sets of 12, wall walks 2 sets of 10, to address right shoulder external rotation weakness and limited elevation.
            Manual therapy (97140), 10 minutes: glenohumeral posterior and inferior glides grade III, 3 bouts of 30 seconds each, and soft tissue mobilization to the right posterior cuff, to address right posterior capsule tightness.
            Right shoulder flexion AROM 132 degrees (118 at initial evaluation).
            A: Elevation improving.
            P: Continue plan of care; progress resistance.
            """,
            ["M25.611"], [PT("97110", 18), PT("97140", 10)], []),

        // Sports 97110 after Achilles repair: loaded seated raises, eccentric lowers, isometric holds, calf press with loads; calf weakness with heel-raise counts and resting angle: passes.
        ["vord-h12-achilles-repair-97110"] = new(
            """
            Sports — R Achilles repair 12 wk, in shoe w/ 1 heel lift
            97110 — 23 min: seated heel raises w/ 25 lb on the knee 3 x 15, DL → SL eccentric heel lowers off a step 3 x 8, isometric PF holds at 20° PF 5 x 30 s, calf press on leg press 3 x 12 @ 60 lb.
            R calf weakness: SL heel raise R 4 reps (L 25); resting angle 8° more DF than L.
            """,
            ["S86.011D"], [PT("97110", 23)], []),

        // OT stroke, "seen 1:1": 97112 20 (UE weight bearing with approximation, guided reach-to-grasp, facilitated wrist ext; recruitment/scapular instability; Motricity Index) and 97530 15 (laundry/jars with R as stabilizer, CGA, chores goal): passes.
        ["vord-h12-stroke-ot-nmr-ta"] = new(
            """
            OT — R hemiparesis (L CVA, 3 mo) — seen 1:1
            97112 (20 min): weight bearing through R UE on the counter w/ approximation, guided reach-to-grasp w/ forearm supported, facilitated wrist ext during place-and-release of cones — ↓ R UE motor recruitment + scapular instability. Motricity Index arm 48 (39 at IE).
            97530 (15 min): folding laundry at the counter w/ R hand as stabilizer, opening jars/containers w/ R holding; CGA for standing balance. Goal: help w/ household chores again.
            """,
            ["I69.351"], [OT("97112", 20), OT("97530", 15)], []),

        // Lymphedema clinic L leg: 97140 30 (MLD sequence and multilayer bandaging; girth cm in its section) and 97110 10 (decongestive exercises in bandages with doses, for L leg lymph return): passes.
        ["vord-h12-lymphedema-leg-mt-te"] = new(
            """
            Lymphedema clinic — L LE secondary lymphedema (after gyn-onc surgery + radiation)
            97140 — 30 min: MLD (abdominal breathing, inguino-axillary anastomosis, L leg proximal → distal), then multilayer short-stretch bandaging L foot to groin. L thigh girth 58.5 cm (61.0 cm at IE); L ankle 26.2 cm.
            97110 — 10 min: decongestive exercises in bandages for L leg lymph return — ankle pumps 2 x 20, heel slides 2 x 10, standing marching 2 x 20, diaphragmatic breathing x10 breaths.
            """,
            ["I89.0"], [PT("97140", 30), PT("97110", 10)], []),

        // NVP PD 97116: auditory-cued gait (app bpm), doorway passes with a floor line, 4-step arc turns, SBA; festination and doorway freezing; freeze count and gait speed: passes.
        ["vord-h12-pd-gait-auditory-cue"] = new(
            """
            NVP — PD (H&Y 3) — GT 97116 — 20 min
            Overground gait w/ auditory cueing from a phone app at 108 bpm, 4 x 100 ft; doorway passes x10 w/ a floor tape "step over" line; turns in 4-step arcs. SBA.
            Festinating gait w/ freezing at doorways, short step length.
            Freezes in 10 doorway passes: 2 (6 at IE); gait speed 0.84 m/s.
            """,
            ["G20.A2"], [PT("97116", 20)], []),

        // Paediatric ASD 97530: 3-step circuit sequence, balance bike, coat/backpack management; class-routine and bike goals; k of 5 with cue, bike distance: passes.
        ["vord-h12-peds-asd-97530"] = new(
            """
            Peds site — 97530 — 30 min
            7 yo, ASD + motor planning difficulty. 3-step circuit in order (climb over bolster, crawl through tunnel, jump onto spot), balance bike across the gym, getting coat on/off + zipping backpack.
            Goal: manage coat/backpack and line up w/ class w/o teacher help; ride a bike w/ siblings.
            Circuit completed in order 4/5 trials w/ 1 visual cue; balance bike 40 ft w/ feet up.
            """,
            ["F84.0", "F82"], [PT("97530", 30)], []),

        // Dictation in number words: "Twelve minutes of manual therapy" (distraction bouts, patellar mobs grade three) and "eighteen minutes of therapeutic exercise" (quad sets, SAQ, sit-to-stand, step-ups with doses); L knee OA, quad weakness, contracture and flexion degrees: passes.
        ["vord-h12-dictation-knee-oa-mt-te"] = new(
            "Dictated by PT. Mrs. L, left knee osteoarthritis. Twelve minutes of manual therapy: long-axis tibiofemoral distraction using a mobilization strap, three sixty-second bouts, and "
            + "patellar mobilizations medial and inferior, grade three. Then eighteen minutes of therapeutic exercise: quad sets ten times five seconds, short arc quads with three "
            + "pounds two sets of fifteen, sit to stand from a standard chair two sets of eight, and mini step-ups on a four-inch step two sets of ten. Her left quad is still "
            + "weak and she has a flexion contracture of eight degrees; knee flexion today 112 degrees.",
            ["M17.12"], [PT("97140", 12), PT("97110", 18)], []),

        // NVP TBI, "1:1 for both timed services": 97112 23 (number-grid dual-task stepping, kneel transitions on foam, tray-carry head turns; anticipatory control/processing; errors k of 20) and 97530 15 (shopping simulation, SBA, cues, goal): passes.
        ["vord-h12-tbi-nmr-ta"] = new(
            """
            NVP — TBI (MVC 5 mo) — 1:1 for both timed services
            97112 — 23 min: dual-task stepping on a floor number grid to called numbers, tall-kneel → half-kneel transitions on foam, head-turn walking while carrying a tray.
              ↓ anticipatory postural control + slow processing under dual task.
              Stepping errors 3/20 (9/20 at IE).
            97530 — 15 min: simulated grocery shopping — list of 6 items across 3 aisles, pushing the cart, retrieving from a low shelf; SBA, 2 verbal cues for planning. Goal: shop w/ mother supervising only.
            """,
            ["S06.2X0S"], [PT("97112", 23), PT("97530", 15)], []),

        // Home-health hip fx: GT 15 (RW in house, distances, threshold, SBA, antalgic short stance) and TA 20 (bed mobility, recliner stands, walker-basket carry, SBA → mod I, home-alone goal): passes.
        ["vord-h12-hh-hip-fx-gt-ta"] = new(
            """
            HH PT visit — R hip fx (IMN) 4 wk, WBAT
            GT 97116 — 15 min: RW in the house, bedroom → kitchen → back 3 x 60 ft, threshold step x4; SBA; R antalgic gait w/ short R stance, cued to land on the R heel.
            TA 97530 — 20 min: bed mobility w/ leg lifter x3, sit ↔ stand from the recliner x5, carrying a cup in the walker basket to the table x2; SBA → mod I on sit ↔ stand. Goal: be home alone during the day.
            """,
            ["S72.141D"], [PT("97116", 15), PT("97530", 20)], []),

        // Hand clinic L de Quervain's: 97140 8 (STM to APL/EPB bellies and retrograde massage in bouts over the 1st dorsal compartment) and 97110 15 (opposition/IP blocking, RD/UD, putty with doses; radial wrist pain, weak pinch kg): passes.
        ["vord-h12-de-quervain-ot-mt-te"] = new(
            """
            Hand Clinic — OT — L de Quervain's tenosynovitis
            97140 (8 min): STM to APL/EPB muscle bellies + retrograde massage over the 1st dorsal compartment, 3 bouts of 60 s.
            97110 (15 min): thumb opposition + IP blocking 2 x 10, wrist RD/UD w/ 1 lb 2 x 12, green putty grip 2 x 15 — L radial wrist pain w/ weak pinch.
            Finkelstein still +; lateral pinch L 4.5 kg / R 7 kg.
            """,
            ["M65.4"], [OT("97140", 8), OT("97110", 15)], []),

        // Sports concussion wk 5: 97112 20 (1:1; X1 in SL stance, card saccades, pitch head-turn walking; gaze stability with head motion; DVA and SL EC seconds) and 97110 15 (bike intervals at HR, DNF holds; return-to-practice goal): passes.
        ["vord-h12-concussion-nmr-te"] = new(
            """
            Sports concussion — wk 5, cleared for sub-symptom aerobic work
            97112 — 20 min — 1:1: VOR x1 in SL stance, saccades between wall cards w/ head still, walking w/ head pitch turns — ↓ gaze stability + balance w/ head motion (vestibulo-ocular). DVA 0.2 logMAR loss; SL EC 10 s.
            97110 — 15 min: bike intervals 4 x 90 s at HR 145 bpm, deep neck flexor holds 10 x 10 s — exercise intolerance; goal: back to full soccer practice.
            """,
            ["S06.0X0D"], [PT("97112", 20), PT("97110", 15)], []),

        // 97116 with a knee scooter and axillary crutches NWB (distances, ramp, doorway turns, stairs, CGA); Lisfranc ORIF and apartment/entry-steps goal: passes.
        ["vord-h12-knee-scooter-97116"] = new(
            "GT 97116 — 15 min: knee scooter (R knee on the pad) indoor 3 x 100 ft, ramp x2, tight turns through the bathroom doorway; then axillary crutches NWB R 2 x 40 ft "
            + "+ 4 stairs w/ rail, CGA. R Lisfranc ORIF 3 wk, NWB R. Goal: get around her apartment + up the 4 entry steps.",
            ["S92.301D"], [PT("97116", 15)], []),

        // Postpartum pelvic health: 97110 15 (TrA work and side plank with doses; diastasis with IRD) and 97112 20 ("one patient, one PT"; Knack timing to cough and car-seat lift; delayed PFM timing/SUI; k of 10 and Modified Oxford): passes.
        ["vord-h12-postpartum-pelvic-te-nmr"] = new(
            """
            Pelvic health — postpartum 10 wk, diastasis + SUI — one patient, one PT
            97110 — 15 min: TrA activation w/ exhale 10 x 10 s, heel slides w/ TrA 2 x 10, side plank on knees 3 x 20 s — diastasis recti (IRD 2.5 fingerbreadths at umbilicus).
            97112 — 20 min: PFM pre-contraction (Knack) timed to cough x10 and to lifting the 8-kg car seat x8; fast-twitch PFM flicks in standing — delayed PFM timing w/ leaks on cough + lifting. Knack before cough 8/10 correct; Modified Oxford 3/5 (2/5 at IE).
            """,
            ["N39.3", "M62.08"], [PT("97110", 15), PT("97112", 20)], []),

        // OT RA joint-protection 97530: jar opener/palms, two-hand pot carry, built-up utensils, sliding a 5-lb bag; cues x2 → none; meal goal without MCP stress: passes.
        ["vord-h12-ot-ra-joint-protection-97530"] = new(
            """
            OT — RA, B hands — 97530 — 23 min
            Joint-protection practice in kitchen tasks: opening jars w/ a jar opener and palms, carrying a pot w/ both hands under it, using built-up utensils, sliding rather than lifting a 5-lb bag. Min verbal cues x2 → none by the end.
            Goal: prepare meals w/o MCP flare or ulnar-drift stress.
            """,
            ["M06.9"], [OT("97530", 23)], []),

        // Sports volleyball shoulder, three codes: TE 15 (ER/serratus/rows with loads; posterior cuff/serratus weakness), MT 8 (posterior capsule mobs with grade/bouts; GIRD degrees), TA 10 (ball slams, arm-swing drill; spiking goal): passes.
        ["vord-h12-volleyball-shoulder-te-mt-ta"] = new(
            """
            Riverside Sports — volleyball, R shoulder internal impingement
            TE 97110 15 min: sidelying ER 3 lb 3 x 12, 90/90 ER w/ band 3 x 10, serratus punches 4 lb 3 x 15, low rows 3 x 12 — R posterior cuff + serratus weakness.
            MT 97140 8 min: R posterior capsule mobs gr III 3 x 45 s, sleeper stretch w/ overpressure — GIRD R 20°.
            TA 97530 10 min: overhead ball slams 6 lb 3 x 8, approach-and-arm-swing drill w/ band x10 — goal: back to spiking at full speed.
            """,
            ["M75.41"], [PT("97110", 15), PT("97140", 8), PT("97530", 10)], []),

        // Travel smart phrase only ("Skilled PT services provided per plan of care … tolerated treatment well … progress as tolerated") with each code's minutes (matching): generic only on both codes, and no one-on-one for 97112.
        ["vord-h12-travel-smart-phrase-generic-te-nmr"] = new(
            """
            Skilled PT services provided per plan of care. Patient tolerated session without adverse response. Will progress per POC as tolerated.
            97110 – 15 min; 97112 – 15 min.
            """,
            ["R26.81", "M62.81"], [PT("97110", 15), PT("97112", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Complete 97116 (rollator → SPC, distances, curbs, SBA, Trendelenburg/short step after THA, gait speed) sent with no diagnosis.
        ["vord-h12-complete-gt-no-dx"] = new(
            "GT 97116 — 20 min: rollator → SPC trial on level + 2 curbs, 3 x 150 ft, SBA; cues for L push-off + cane in R hand. L Trendelenburg + short R step after L THA. "
            + "Gait speed 0.88 m/s.",
            [], [PT("97116", 20)], [Dx]),

        // Complete knee MT + TE (patellar/tibiofemoral mobs with grade/bouts, quad/knee exercises with doses, PFPS region, flexion degrees) whose diagnosis field holds free text "R knee pain", not an ICD-10-CM code.
        ["vord-h12-text-dx-knee-mt-te"] = new(
            """
            MT 97140 8 min: R patellar mobs med/lat gr III 3 x 30 s, tibiofemoral A/P glides gr III — R knee stiffness after 3 wk in an immobilizer.
            TE 97110 15 min: wall sits 3 x 30 s, lateral step-downs 4" 2 x 10, SLR 2 x 15, clamshells w/ band 2 x 12 — R patellofemoral pain w/ quad + hip abductor weakness.
            R knee flexion 118° (104° at IE).
            """,
            ["R knee pain"], [PT("97140", 8), PT("97110", 15)], [Dx]),

        // Complete NMR + TA (foam half-kneel to stand, hurdle with head turn, SLS cone taps; ankle/hip strategy and proprioception after peroneal palsy; SLS seconds / laundry and gardening tasks, CGA, goal) with minutes — but no one-on-one anywhere.
        ["vord-h12-nmr-ta-one-on-one-unstated"] = new(
            """
            NMR 97112 — 20 min: half-kneel → stand w/o UE on foam, step-up-and-over a 6" hurdle w/ head turn, SLS w/ cone taps — ↓ L ankle/hip strategy + L LE proprioception (L peroneal nerve palsy, recovering). SLS L 6 s (2 s at IE).
            TA 97530 — 15 min: carrying a laundry basket down 4 steps w/ rail x3, kneel-to-stand for gardening x4; CGA. Goal: garden + do laundry in the basement.
            """,
            ["G57.32"], [PT("97112", 20), PT("97530", 15)], [At(OneOnOne, "97112")]),

        // OT "total treatment time 40 min" for TE + TA with no minutes by code: separate time missing (no mismatch — the total is no code's); both sections complete.
        ["vord-h12-ot-total-only-te-ta"] = new(
            """
            OT — total treatment time 40 min.
            TE: AAROM R shoulder w/ pulleys 2 x 15, cane ER 2 x 10, table slides 2 x 10 — R shoulder flexion/ER limits (flex 110°).
            TA: hair-washing simulation at the sink w/ R UE, reaching into an upper cabinet for 1-lb items x6; SBA. Goal: wash + style own hair.
            """,
            ["M75.01"], [OT("97110", 20), OT("97530", 20)], [SepTime]),

        // "GT 20 min" against a 12-min 97116 line: mismatch; TE 15 matches; FWW gait with distances and min A → CGA, shuffling/posterior lean; TE with doses and LE weakness.
        ["vord-h12-gait-mismatch"] = new(
            """
            GT 20 min: FWW 3 x 100 ft, min A → CGA; pt shuffles w/ posterior lean, cued for longer steps.
            TE 15 min: LAQ 2# 2 x 12, seated marching 2 x 15, ankle pumps 2 x 20 — B LE weakness (hip flex 3+/5).
            """,
            ["R26.89", "M62.81"], [PT("97116", 12), PT("97110", 15)], [At(Mismatch, "97116")]),

        // OT 97530 "Functional activities and dynamic tasks performed to tolerance. Pt did well.": no task, goal or number — generic only.
        ["vord-h12-generic-ot-97530"] = new(
            "OT: Functional activities and dynamic tasks performed to tolerance. Pt did well. Plan: cont. 97530 x 20 min.",
            ["M62.81"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
