using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The twenty-ninth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random sample of one week's notes from three employers, in the
/// proportions a billing manager sees them — about two thirds ordinary and complete, single- and multi-code
/// visits, by PTs, PTAs and OTs:
/// <list type="number">
/// <item>a Hawaii health system's outpatient rehab (Hilo, Kāneʻohe, Kailua, Waipahu, Pearl City, Kapolei,
/// ʻAiea, Kalihi, Kahului and Wailuku on Maui, Līhuʻe and Kapaʻa on Kauaʻi, Kailua-Kona, a Molokaʻi outreach
/// clinic and a visiting OT on Lānaʻi) serving multi-generational households (ʻohana, moʻopuna, kūpuna),
/// with patients quoted in Hawaiian Pidgin ("everyting spin, brah", "I like kneel down fo' pray", "Da leg stay
/// lolo", "Mo' bettah") and some clinicians writing in it ("Was jus' me an' da patient in da back gym"), an
/// Epic-style "Time Calculation" / "Time Entry (min)" template, a typed-up paper form where the answer that
/// does not apply is struck through, a Kūpuna balance class with hula steps (kaholo, hela, ʻami, lele), and
/// the islands' goals: rice off the top shelf, musubi and bento for the grandkids, the lanai clothesline, a
/// throw net off the rocks, a fishing charter's gaff, the outrigger club's six-man canoe and its ama, pulling
/// kalo in the loʻi, rubber slippers on the gravel driveway, the sand at Kanahā, TheBus, the ukulele at
/// family parties, kneeling at church;</item>
/// <item>a rural Utah and Idaho outpatient chain (Richfield, Tremonton, Blackfoot, Price, Huntington, Logan,
/// Brigham City, Rexburg, St. Anthony, Rigby, Idaho Falls, Pocatello, Rupert, Burley, Malad City, Preston,
/// Cedar City, Beaver, Delta, Vernal, Roosevelt, Ogden, St. George) whose PTAs write most daily notes in very
/// short lines ("PTA DN", "97112 23", "NMR/22", "TE/16", "2x15", "4#", "ea"), with the region's goals: hand
/// lines on the alfalfa field, the swather cab at first cutting, hay bales, feed sacks, the stock trailer,
/// the side-by-side and the sprinklers, roof-bolting underground, an oilfield roustabout's valve wheels, the
/// ward house on Sunday, a potato sorting line;</item>
/// <item>an academic stroke-recovery research clinic ("SRRC") whose clinical visits carry research-protocol
/// language: participants, visit k of n, REDCap exports with coded fields and legends, protocol fidelity
/// checklists, dose logs with a steps column, repetition and trial counts, StepWatch step counts, heart-rate
/// intensity targets (% HRR, Karvonen), blocked versus random practice and contextual interference,
/// perturbation-based balance training, locomotor HIIT, ASAP / ICARE-style arm practice, EXCITE shaping,
/// SENSe somatosensory retraining, progressive resistance at % 1RM, trailing limb angle and paretic step
/// ratio, GAITRite, Fugl-Meyer LE, the Action Research Arm Test.</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together (up to three in a visit), beside untimed
/// 97010. Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h29-…): one-on-one in these writers' words ("1-to-1 (PT + pt only)", "PTA w/ pt only —
/// gym empty", "one therapist with this participant only, attending every trial", "OT and this client alone
/// in the hand room, start to finish", a Pidgin "jus' me an' da patient … no odda patients"), notes that
/// negate it (a Kūpuna balance class of six, a PTA going between two patients on mats, a research "paired
/// practice" of two participants with one therapist) or never state it (a Maui sand-tray NMR), and a 97116
/// in a busy gym, which has no one-on-one check;</item>
/// <item>class 2 (v2-h29-…): template states: a REDCap coded staffing field with its legend (1 and 2), REDCap
/// checkbox fields of 0 / 1 with every impairment 0, a typed-up paper form with the inapplicable YES or NO
/// struck through, a protocol fidelity checklist (☑ / ☐), a Y / N list with "Outcome measures done this
/// visit … N", a Sets / Reps / Wt flowsheet with dashes, an OT Task / Trials / Assist grid;</item>
/// <item>class 3 (v3-h29-…): named protocols and programmes as techniques (ASAP / ICARE-style practice,
/// Astym, locomotor HIIT with Karvonen targets, SENSe, hippotherapy, Földi complete decongestive therapy),
/// one EXCITE shaping 97530 with no number, one hula-based 97112 progression with no number and one PRT
/// 97110 at % 1RM with no target;</item>
/// <item>class 4 (v4-h29-…): deficits stated as findings (motor impersistence, clonus with a stiff-knee gait,
/// toe-to-finger dysmetria after a cerebellar stroke, dynamic knee valgus on landing, FADIR with a capsular
/// IR loss, a reduced trailing limb angle) and notes that state none ("Deficits: see eval" on a 97112,
/// "Goal/impairment addressed: per POC" on a 97530, a PTA gait note in short lines with no target);</item>
/// <item>class 5 (v5-h29-…): measures in their usual forms (StepWatch session and daily steps, Fugl-Meyer LE,
/// the 30CST in short lines, GAITRite single-limb support, the Action Research Arm Test, the Maximal Step
/// Length test) and notes with none (a patient's "Mo' bettah today", visit k of n and a date, a 97140 with
/// "good tissue response");</item>
/// <item>class 6 (v6-h29-…): minutes in their usual forms (Epic "Time Calculation (min)" and "Time Entry
/// (min)" rows, "NMR/22" and "TE/16", "Timed: 97116 20 + 97530 18 = 38", a dose log whose Dose (min) column
/// sits beside a steps column), true mismatches (an Epic gait time entry, a PTA's "TE 25") and truly missing
/// separate time (a research total only, minutes for one of two codes);</item>
/// <item>class 7 (v7-h29-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on 97010), and the contract's meanings of technique, deficit and measure for 97110
/// (a region and doses), 97530 (a goal as the only target), 97140 (holds and grades as the parameter),
/// 97116 (an assistance level as the only measure), and wholly generic 97116 and 97112 notes;</item>
/// <item>ordinary (vord-h29-…): complete notes of the three employers across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: an NMR + TE note that never says
/// one-on-one (twice), a missing, an ICD-9 and a free-text diagnosis, a generic two-code PTA note with a
/// total, an OT 97530 whose minutes differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least eight minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check here only on
/// an objective measure with a number, and fails it only when the note has no such number and no dose at all.
/// Where a patient or clinician writes in Pidgin, every element the judgement rests on is one a reviewer reads
/// without doubt. Cases a careful reviewer could argue either way were left out: a content gap in one section
/// of a multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note
/// lacks the thing), generic phrases beside a deficit or a measure without a technique, minutes of an activity,
/// a rest or a test inside a note, self-rated scores or vitals as the only number, a grade with no dose as a
/// 97140's only parameter, a one-on-one left to be inferred, three-character or dotless diagnosis codes,
/// minute ranges and approximate minutes, a task practised read as a 97530's goal.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 75 of 92 cases agree (91 needed), and 13 of the 59 notes the reviewer passes got a finding, on the
/// analyzer of b07f3d1 (the start of the 2026-12-04/05 session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 75 of 92, 13 false positives — the same — at its first run on that session's analyzer after the
/// twenty-sixth and twenty-seventh sets were worked through and reviewed (00ee409): the held-out figure.
/// Then worked through as development data: 91 of 92, no false positive — "participant" and "rider" as the
/// patient, Pidgin's "no odda patients", "pt was my only pt", "both therapists w/ this pt only", a remark of
/// helpers in parentheses after "only", a struck-through answer ("Y̶E̶S̶ / NO"), a coded field's legend after its
/// value ("staffing_ratio: 1 [1 = one therapist : one participant | …]"), "TE/20:", "proprio ↓,", a sum written
/// out ("97116 20 + 97530 18 = 38"), Földi CDT, PD/stroke research vocabulary (NotesAsWrittenTests,
/// twenty-eighth-twenty-ninth-worked-through); then 92 of 92 once a programme's name ("Strength-training cohort")
/// no longer states 97110's goal.
/// </para>
/// </summary>
public class HeldOutNotesIssue18TwentyNinthTests(ITestOutputHelper output)
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

        // Hilo: "1-to-1 (PT + pt only), vestibular room door closed" states one-on-one; VOR x1, pitch habituation, head-turn walking; L vestibular hypofunction with a corrective saccade; DHI and DVA lines; Pidgin only in the patient's quote: passes.
        ["v1-h29-hilo-1to1-vestibular-room"] = new(
            """
            MAUNA KEA HEALTH — Hilo Outpatient Rehab — PT Daily Note
            S: "Wen I look up fo' grab da rice off da top shelf, everyting spin, brah." Lives w/ wife, daughter's family and 2 moʻopuna; grandson drove him in.
            O: 97112 Neuromuscular re-ed — 20 min — 1-to-1 (PT + pt only), vestibular room door closed
               • VOR x1 yaw + pitch to a business card at arm's length, seated → standing, 3 x 30 s each plane
               • head-pitch habituation (look up to shelf height / down to floor) 2 x 10
               • walking in the hall w/ head turns toward called cues, 4 passes
               L peripheral vestibular hypofunction (L head impulse + w/ corrective saccade) → gaze instability w/ pitch.
               DHI 38 (54 at IE); DVA 2-line loss (4-line at IE).
            A: Provoked dizziness settles quicker.
            P: Add standing on foam w/ VOR next visit.
            """,
            ["H81.22"], [PT("97112", 20)], []),

        // Kāneʻohe Kūpuna Balance class, "PT-led; 6 kūpuna, 1 rehab aide", billed 97112: not one-on-one; hula steps on foam pads, EC shifts; R knee/ankle proprioception after TKA; tandem seconds and 30CST present.
        ["v1-h29-kaneohe-kupuna-hula-class"] = new(
            """
            WINDWARD REHAB — Kāneʻohe — Kūpuna Balance class (PT-led; 6 kūpuna, 1 rehab aide)
            Billed 97112 — 25 min
            Hula-based stepping on foam pads: kaholo (side vamp) w/ fingertip chair support → no hands; hela (point and shift weight) each side; lateral steps to the beat of the ipu; EC weight shifts at the counter.
            Pt's problem: ↓ R knee/ankle proprioception after R TKA (5 mo), late R stepping reaction.
            Tandem stance 10 s (4 s at IE); 30CST 11.
            Pt: "Mo' easy fo' stand on one leg now, Aunty."
            """,
            ["Z96.651", "R26.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Richfield PTA in short lines: "PTA w/ pt only — gym empty, no other pts" states one-on-one; BAPS, foam EC, perturbations, SLS cone taps; R ankle proprioception after an inversion sprain; SLS seconds: passes.
        ["v1-h29-richfield-pta-gym-empty"] = new(
            """
            Bonneville PT & Rehab — Richfield
            PTA DN 3/4
            97112 23
            PTA w/ pt only — gym empty, no other pts
            BAPS lvl 3 cw/ccw 2x20
            Foam EC 4x30s
            Perturb fwd/bk x15
            SLS cone taps R 2x10
            R ankle proprio ↓ s/p inv sprain
            SLS R 9s (L 21s)
            J. Nielsen PTA
            """,
            ["S93.401D", "M25.371"], [PTA("97112", 23)], []),

        // Tremonton PTA: "2 pts on mats — PTA going b/t them" negates one-on-one; half-kneel to stand, rocker board, tall-kneel toss; R hip extensor recruitment and trunk control; hold seconds present.
        ["v1-h29-tremonton-two-on-mats"] = new(
            """
            Bonneville PT & Rehab — Tremonton
            PTA DN
            97112 22
            2 pts on mats — PTA going b/t them
            Half-kneel → stand no UE x8
            Rocker bd M/L 3x30s
            Tall-kneel ball toss 2x15
            R hip ext recruit ↓, trunk ctrl ↓ (L CVA)
            Half-kneel hold R fwd 20s
            """,
            ["I69.351"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // SRRC: "Delivery: individual — one therapist with this participant only, attending every trial" states one-on-one; treadmill waist-pull PBT and random-order target stepping; paretic reactive stepping; 31/40 and Mini-BESTest: passes.
        ["v1-h29-srrc-pbt-attended-every-trial"] = new(
            """
            STROKE RECOVERY RESEARCH CLINIC (SRRC) — Reactive Balance study, clinical visit 14
            97112 Neuromuscular re-education — 26 min
            Delivery: individual — one therapist with this participant only, attending every trial
            Perturbation-based balance training on the treadmill: unannounced waist-pull perturbations (anterior, posterior, lateral) in standing and slow walking, harness for fall arrest only; then volitional stepping to lighted floor targets in random order.
            Dose delivered: 40 perturbations; 31/40 recovered with a single paretic-limb step (22/40 at visit 4).
            Target: impaired reactive stepping with the R (paretic) limb, delayed step initiation after L pontine infarct.
            Mini-BESTest 18/28 (15/28 at baseline).
            """,
            ["I69.351"], [PT("97112", 26)], []),

        // SRRC "paired practice: 2 participants with 1 therapist, alternating rounds": not one-on-one; blocked then random obstacle/target stepping; paretic loading and step initiation; 26/30 and % BW present.
        ["v1-h29-srrc-paired-practice"] = new(
            """
            SRRC — Community Balance arm — session 9
            97112 — 24 min — paired practice: 2 participants with 1 therapist, alternating rounds at the same station
            Blocked practice of forward and lateral stepping over a 10 cm obstacle (3 blocks × 10), then random-order stepping to 4 targets called by the therapist (30 trials).
            Deficit: ↓ loading of the L (paretic) limb, slow step initiation (R MCA infarct).
            Obstacle clearance 26/30 trials w/o contact; paretic-limb stance 41% BW on the force plate.
            """,
            ["I69.354"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Kahului: complete NMR (foam and sand tray EO/EC, compliant-mat tandem, foam-beam stepping; somatosensory loss with visual dependence; mCTSIB and monofilament) amid family detail and a Pidgin quote, never saying one-on-one.
        ["v1-h29-kahului-sand-unstated"] = new(
            """
            Valley Isle Rehab — Kahului — PT visit 6
            Lives in a multigenerational house in Wailuku (husband, son, daughter-in-law, 3 grandkids). Wants to walk on the sand at Kanahā to watch her grandson paddle.
            Pt: "Da sand make me all wobbly, I tink I going fall."
            97112 NMR 23 min: standing on thick foam and in the clinic sand tray EO → EC; tandem walking on a compliant mat; lateral stepping along a foam beam w/ ball catch.
            Deficit: ↓ somatosensory input B feet (diabetic neuropathy) with ↑ visual dependence.
            mCTSIB foam EC 12 s (5 s at IE); monofilament felt at 3/10 sites B.
            Plan: trial on the beach sand w/ husband next wk.
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Blackfoot PTA 97116 with "Gym busy — 3 other pts on floor": 97116 has no one-on-one check; SPC gait with distance and CGA, R hip extensor weakness and antalgic gait after THA, ward-house goal: passes.
        ["v1-h29-blackfoot-97116-busy-gym"] = new(
            """
            Bonneville PT & Rehab — Blackfoot
            PTA DN
            97116 15
            Gym busy — 3 other pts on floor
            FWW → SPC trial
            Amb SPC 3x150 ft, CGA
            Cues R heel strike, ↑ L step len
            R hip ext wk 4-/5, antalgic gait s/p R THA
            Goal: walk from truck into ward house for church
            """,
            ["Z96.641"], [PTA("97116", 15)], []),

        // Līhuʻe OT 97112: "OT and this client alone in the hand room, start to finish"; finger-isolation and ukulele chord-shape motor-control drills, graded pinch; finger individuation and force grading after stroke; 9HPT and 12/20: passes.
        ["v1-h29-lihue-ot-ukulele-motor-control"] = new(
            """
            Garden Isle Rehab — Līhuʻe — OT
            97112 — 24 min — OT and this client alone in the hand room, start to finish
            Client plays ukulele w/ grandkids at family parties: "My fingahs no like listen."
            Motor-control drills: isolated finger lifts on a tabletop key template, then ukulele chord shapes (C → Am → F → G7) w/ tactile cueing at R ring/small; graded pinch to a visual target on a pinch meter.
            R hand: impaired finger individuation + ↓ force grading (L MCA infarct).
            9HPT R 41 s (58 s at IE); clean chord changes 12/20 (5/20 at IE).
            """,
            ["I69.331"], [OT("97112", 24)], []),

        // Waipahu PT writing in Pidgin: "Was jus' me an' da patient in da back gym da whole time — no odda patients" states one-on-one; rhythmic stabilization, rocker board, scale weight shifts; L trunk/hip motor control; % BW and hold seconds: passes.
        ["v1-h29-waipahu-pidgin-jus-me-and-pt"] = new(
            """
            Leeward Rehab — Waipahu — PT note
            Was jus' me an' da patient in da back gym da whole time — no odda patients.
            97112 — 22 min: rhythmic stabilization in tall-kneel and half-kneel; stepping onto a rocker board w/ the L leg; weight shifts to L onto a bathroom scale w/ mirror feedback.
            L hemiparesis (R MCA CVA): ↓ L trunk/hip motor control, won't load L leg.
            Weight on L 38% → 46% BW on the scale; half-kneel hold L fwd 25 s.
            Pt: "Da leg stay mo' strong already."
            """,
            ["I69.354", "R26.81"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // REDCap export "staffing_ratio: 1" with its legend "[1 = one therapist : one participant …]": one-on-one; reactive balance training; delayed stepping and paretic weight acceptance; lean-release % BW and Mini-BESTest: passes.
        ["v2-h29-redcap-staffing-1"] = new(
            """
            REDCap export — SRRC Gait & Balance Registry — record 0142 — event: visit_11
            cpt_primary: 97112
            cpt_primary_min: 25
            staffing_ratio: 1    [1 = one therapist : one participant | 2 = one therapist : two | 3 = group]
            intervention_text: reactive balance training — therapist pushes and pulls at the pelvis in stance and while stepping; lean-and-release onto a foam landing target
            impairment_text: delayed compensatory stepping, poor weight acceptance on the L (paretic) limb
            outcome_lean_release_pct_bw: 16    (baseline 11)
            outcome_minibest: 19
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // The same export with "staffing_ratio: 2" (one therapist : two): not one-on-one; dual-task target stepping, Airex head turns; R LE proprioception and postural control; tandem seconds and dual-task cost present.
        ["v2-h29-redcap-staffing-2"] = new(
            """
            REDCap export — SRRC Gait & Balance Registry — record 0159 — event: visit_05
            cpt_primary: 97112
            cpt_primary_min: 25
            staffing_ratio: 2    [1 = one therapist : one participant | 2 = one therapist : two | 3 = group]
            intervention_text: dual-task stepping to floor targets while naming animals; standing on Airex with head turns
            impairment_text: R LE proprioceptive loss and poor postural control under dual task
            outcome_tandem_sec: 9    (baseline 3)
            outcome_dual_task_cost_pct: 18
            """,
            ["I69.351"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // REDCap checkbox fields with a legend: techniques 1 with detail, staffing 1:1, but every impairment field 0 and "imp_other" blank, no deficit anywhere: deficit missing.
        ["v2-h29-redcap-impairments-all-zero"] = new(
            """
            REDCap export — SRRC Gait & Balance Registry — record 0163 — event: visit_06
            cpt_primary: 97112 | cpt_primary_min: 22
            staffing_ratio: 1    [1 = one therapist : one participant | 2 = one therapist : two | 3 = group]
            tech___gaze: 0   tech___perturb: 1   tech___compliant: 1   tech___pnf: 0    [1 = done, 0 = not done]
            tech_detail: posterior and lateral perturbations in tandem stance; Airex stance with head turns
            imp___proprio: 0   imp___vestib: 0   imp___postural: 0   imp___motor: 0    [1 = targeted, 0 = not targeted]
            imp_other:
            outcome_tandem_sec: 14
            outcome_fga: 21
            """,
            ["I69.398"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Typed-up Hilo paper form "Seen individually: YES / N̶O̶ (strike out what does not apply)": NO struck, so one-on-one; belt-tug stepping strategy, braiding, foam SLS toss; backward stepping strategy; 7/10 and seconds: passes.
        ["v2-h29-hilo-struck-no-individual"] = new(
            "MAUNA KEA HEALTH — Hilo — PT daily (paper form, typed in by front desk)\n"
            + "Seen individually:   YES / N\u0336O\u0336    (strike out what does not apply)\n"
            + "Code / min:  97112 / 22\n"
            + "Tx: stepping-strategy drill to posterior tugs at the gait belt; braiding (karaoke) along the parallel bars; SLS on foam with a ball toss.\n"
            + "Problem: late stepping strategy backward, 2 falls off the lanai step this year.\n"
            + "Backward tugs: 1 step to recover on 7/10 (3/10 at IE); SLS foam R 6 s, L 5 s.\n"
            + "Pt: \"I no like fall again in front da grandkids.\"",
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // The same form with "Y̶E̶S̶ / NO": YES struck, so not one-on-one; foam-beam tandem, half-roller clock reaches, EC marching; ankle strategy and R ankle proprioception after ORIF; steps and seconds present.
        ["v2-h29-hilo-struck-yes-individual"] = new(
            "MAUNA KEA HEALTH — Hilo — PT daily (paper form, typed in by front desk)\n"
            + "Seen individually:   Y\u0336E\u0336S\u0336 / NO    (strike out what does not apply)\n"
            + "Code / min:  97112 / 20\n"
            + "Tx: tandem walking on a foam beam; clock reaches standing on a half foam roller; marching in place EC.\n"
            + "Problem: ↓ ankle strategy and R ankle proprioception after R trimalleolar fx ORIF.\n"
            + "Tandem on foam beam 8 steps w/o step-off; SLS R 7 s.",
            ["S82.851D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // SRRC 97116 protocol fidelity checklist (☑ met / ☐ not met): stepping in varied contexts at a Karvonen HR target, StepWatch steps; hemiparetic gait with weak push-off; fast 10MWT and SBA; 30 matches: passes.
        ["v2-h29-srrc-fidelity-checklist-97116"] = new(
            """
            SRRC — High-Intensity Stepping study — clinical visit 8 — 97116, 30 min
            Protocol fidelity (☑ met / ☐ not met):
             ☑ HR in target zone (70–85% HRR; Karvonen 112–131 bpm) for most of the stepping bouts
             ☑ ≥ 1,000 steps in session — 1,386 steps (StepWatch)
             ☑ variable contexts: treadmill, overground, stairs, uneven foam path
             ☐ backward walking block (deferred — L knee pain)
            Gait: slow, asymmetric L-hemiparetic gait w/ ↓ paretic push-off.
            Fast 10MWT 0.88 m/s (0.71 at visit 1); SBA on stairs w/ 1 rail.
            """,
            ["I69.354"], [PT("97116", 30)], []),

        // Cedar City Y / N list: "1:1 for NMR … Y", techniques and a deficit written, but "Outcome measures done this visit … N" and no number or dose anywhere ("steadier … fewer hand-holds"): measure missing.
        ["v2-h29-cedar-city-outcomes-n-97112"] = new(
            """
            Bonneville PT & Rehab — Cedar City — Daily
            1:1 for NMR ........................ Y
            Group .............................. N
            Outcome measures done this visit ... N
            97112 — 20
            Tx: sidestepping w/ band at ankles on foam; braiding along the counter; reactive steps to PT nudges at the shoulders
            Deficit: ↓ lateral balance reactions + R hip abductor recruitment (R THA)
            Response: steadier on foam; fewer hand-holds by end.
            """,
            ["Z96.641", "R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Price PTA flowsheet "Ex / Sets / Reps / Wt" with dashes for empty cells and one row not done; LAQ, side-lying abduction, step-ups with doses; R knee OA with quad/hip abductor weakness and a stairs goal: passes.
        ["v2-h29-price-flowsheet-columns-97110"] = new(
            """
            Bonneville PT & Rehab — Price
            PTA DN — 97110 18
            Ex             Sets  Reps  Wt
            Bike L4        —     —     —
            LAQ            3     10    4#
            Sidelying abd  2     12    —
            Step-ups 6"    2     10    —
            TKE band       —     —     —      (not done, knee sore)
            R knee OA — quad/hip abd wk, stairs hard at home (lives w/ son's family, bedroom upstairs)
            """,
            ["M17.11"], [PTA("97110", 18)], []),

        // Hilo OT Task / Trials / Assist grid: rice scooping, carrying the pot, rice cooker set-up, counter wiping, with trials and assistance levels; goal to cook rice for her ʻohana after CVA: passes.
        ["v2-h29-hilo-ot-task-grid-97530"] = new(
            """
            Mauna Kea Health — Hilo — OT — 97530 — 23 min
            Task                                     | Trials | Assist
            Scoop rice from 25 lb bag into the pot   | 4      | SBA
            Carry rice pot sink → counter (2 hands)  | 4      | CGA
            Plug in / set rice cooker, close lid     | 3      | Mod I
            Wipe counter w/ L hand stabilizing       | 2      | Min A
            Goal: cook rice for her ʻohana (husband, 2 sons, 4 grandkids) w/o help after R CVA.
            """,
            ["I69.354"], [OT("97530", 23)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // SRRC OT: Accelerated Skill Acquisition Program practice (pouring, key turning, shelf reach) with participant-selected goals, 96 repetitions logged, R UE deficits and SBA: 97530 passes.
        ["v3-h29-srrc-asap-ot-97530"] = new(
            """
            SRRC — Arm recovery (ASAP / ICARE-style) — OT — 97530 — 25 min
            Participant-selected goals: pour coffee for his wife in the morning; turn the key in the truck ignition.
            Accelerated Skill Acquisition Program: task-specific practice of pouring from a thermos into a mug (R hand), key turning in a mock ignition, reaching to the 2nd shelf with the R arm; difficulty raised by load and distance once 8/10 successful.
            Repetitions logged: 96 (pour 40, key 36, reach 20).
            R UE: ↓ shoulder flexion and grip control after L MCA stroke.
            Assist: SBA for pouring; no spills on the last 8 pours.
            """,
            ["I69.331"], [OT("97530", 25)], []),

        // SRRC OT EXCITE-protocol shaping (cards, cups, pages, wiping) with a goal and learned non-use, but no trials, times, assistance level or any number: measure missing.
        ["v3-h29-srrc-excite-shaping-no-number"] = new(
            """
            SRRC — Constraint-induced arm program (EXCITE protocol) — OT — 97530 — 20 min
            Shaping tasks with the L (paretic) hand, mitt on R: flipping playing cards, stacking cups, turning pages of a magazine, wiping the table.
            Transfer package reviewed with wife: home diary of mitt wear and arm use.
            L hand learned non-use after R MCA stroke; goal: button her blouse and hold a cup in the L hand.
            Tolerated shaping well; progressing.
            """,
            ["I69.354"], [OT("97530", 20)], [At(Measure, "97530")]),

        // Molokaʻi: hula-based balance progression on foam and a half roller (kaholo, hela, ʻami, lele, EC), "PT with this one kupuna, no one else in the room", lateral postural control — but no number or dose at all: measure missing.
        ["v3-h29-molokai-hula-progression-no-number"] = new(
            """
            Molokaʻi outreach clinic (Kaunakakai) — PT — 97112 NMR — 22 min — PT with this one kupuna, no one else in the room
            Hula-based balance progression: kaholo (side vamp) on foam pads w/o hand support; hela with a slow weight shift onto the stance leg; ʻami (hip circle) on a half foam roller; lele (turning step) w/ spotting; last round w/ eyes closed on the kaholo.
            Targets ↓ lateral postural control and slow protective side-stepping (fell in the loʻi last winter).
            Pt: "Mo' steady now, but da turn still scary."
            """,
            ["Z91.81", "R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Pocatello: Astym along the R gastroc–soleus–Achilles (3 passes per region) for mid-portion tendinopathy with ↓ DF; knee-to-wall cm; hand-line goal: 97140 passes.
        ["v3-h29-pocatello-astym-achilles-97140"] = new(
            """
            Bonneville PT & Rehab — Pocatello
            97140 — 10 min
            Astym: instrument-applied soft-tissue treatment along R gastroc–soleus–Achilles, 3 passes per region, pt prone then in DF stretch.
            R mid-portion Achilles tendinopathy w/ ↓ DF (knee-to-wall 6 cm → 9 cm post).
            Goal: back to moving hand lines on the alfalfa field by June.
            """,
            ["M76.61"], [PT("97140", 10)], []),

        // SRRC locomotor HIIT (30 s bursts, treadmill and overground) at a Karvonen HR target; burst speed, steps, 10MWT; slow asymmetric hemiparetic gait and endurance: 97116 passes (the 30 s are bursts, not session time).
        ["v3-h29-srrc-hiit-karvonen-97116"] = new(
            """
            SRRC — Locomotor HIIT protocol — clinical visit 10 — 97116 — 25 min
            High-intensity interval gait training: 30 s bursts at max safe treadmill speed / 30 s recovery at 50%, then overground bursts in the hallway, harness for safety only.
            Intensity target 70–85% HRR (Karvonen 118–134 bpm); peak 131 bpm, RPE 15.
            Peak burst speed 2.4 mph (1.8 at visit 1); 1,512 steps.
            Target: slow, asymmetric R-hemiparetic gait; ↓ walking endurance for the grocery store.
            10MWT fast 0.94 m/s.
            """,
            ["I69.351"], [PT("97116", 25)], []),

        // SRRC progressive resistance at % 1RM (goblet squat, trap-bar deadlift, weighted step-ups, sled push) with loads and a progression rule, but no region, impairment or goal anywhere: deficit missing on 97110.
        ["v3-h29-srrc-prt-1rm-no-target-97110"] = new(
            """
            SRRC — Strength-training cohort (PRT) — clinical visit 6 — 97110 — 20 min
            Goblet squat to box 3 × 8 at 80% 1RM (1RM 40 lb → 32 lb); trap-bar deadlift 3 × 8 at 80% 1RM (110 lb → 88 lb); weighted step-ups 8" 3 × 8 w/ 10 lb vest; sled push 4 × 20 m at 90 lb.
            Progression rule: +5% load when all sets completed at RPE ≤ 15. All sets completed today; progress next visit.
            """,
            ["I69.354"], [PT("97110", 20)], [At(Deficit, "97110")]),

        // SRRC OT SENSe somatosensory retraining (texture discrimination, limb position sense, tactile object recognition), "OT with this participant only"; R hand somatosensory loss; 7/14 and degrees: 97112 passes.
        ["v3-h29-srrc-sense-ot-97112"] = new(
            """
            SRRC — SENSe somatosensory retraining — OT — 97112 — 25 min — OT with this participant only, no one else at the table
            SENSe protocol (Carey): texture discrimination with vision occluded (grating pairs, calibrated fabrics), limb position sense training at the wrist/fingers w/ matching to a marked template, tactile object recognition (everyday objects in a screened box); knowledge of results after each trial and calibration with the unaffected hand.
            R hand somatosensory loss after L parietal infarct: can't find keys in her purse without looking.
            Tactile object recognition 7/14 (3/14 at baseline); wrist position sense error 9° (16° at baseline).
            """,
            ["I69.398", "R20.8"], [OT("97112", 25)], []),

        // Logan peds hippotherapy (equine movement, transitions and tempo changes, PT hands-on, "1 rider, PT with this child only" with a handler and side-walker); trunk postural control in CP; 9/12 and reach inches: 97112 passes.
        ["v3-h29-logan-hippotherapy-97112"] = new(
            """
            Cache Valley Peds PT — Logan (equine center site) — 97112 — 30 min
            Hippotherapy (equine movement as a treatment strategy): child (7 yo, spastic diplegic CP) seated forward, then side-sitting and quadruped on the horse; PT directs walk/halt transitions, serpentines and changes of tempo, hands-on at pelvis; 1 rider, PT with this child only (horse handler + 1 side-walker).
            Targets: ↓ trunk postural control and delayed righting reactions in sitting.
            Upright sitting through walk-halt-walk transitions without UE support: 9/12 (4/12 at IE). Ring sit on mat, forward reach 18 in (12 in at IE).
            """,
            ["G80.1"], [PT("97112", 30)], []),

        // Honolulu OT lymphedema clinic: complete decongestive therapy per Földi (MLD pathways, short-stretch bandaging, 6 layers) for post-mastectomy L arm lymphedema; circumference cm: 97140 passes.
        ["v3-h29-honolulu-foldi-cdt-97140"] = new(
            """
            Honolulu — Lymphedema clinic — OT (CLT) — 97140 — 20 min
            Complete decongestive therapy per Földi: manual lymph drainage, L axilla → R axilla anastomosis and L inguinal pathway, then proximal-to-distal L arm clearing; short-stretch compression bandaging L hand → axilla (6 layers).
            L arm lymphedema after L mastectomy + ALND; heaviness lifting her moʻopuna.
            Circumference 10 cm above wrist 24.6 → 23.8 cm; 10 cm above elbow 31.2 → 30.5 cm.
            """,
            ["I97.2"], [OT("97140", 20)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // SRRC: motor impersistence stated as the finding (can't sustain SLS/tandem/lean despite strength); force-plate COP biofeedback holds, countdown holds; "delivered 1:1 … no overlap"; seconds and 8/10: passes.
        ["v4-h29-srrc-motor-impersistence-97112"] = new(
            """
            SRRC — clinical visit 12 — 97112 — 24 min — delivered 1:1 (therapist + participant), no overlap with other participants
            Finding: motor impersistence after R MCA stroke — can't sustain SLS, tandem or a forward-lean posture beyond a few seconds despite 4/5 L LE strength; drifts off visual targets.
            Tx: sustained-posture holds on the force plate with live COP biofeedback; tandem and staggered stance holds w/ auditory countdown; reaching holds to a lit target at end range.
            Tandem hold 14 s (5 s at baseline); COP kept inside target ring 8/10 trials.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // SRRC: R ankle clonus (6 beats) and stiff-knee gait as the finding; treadmill and overground gait training with cues to damp clonus, AFO; toe catches per 100 ft and CGA → SBA: 97116 passes.
        ["v4-h29-srrc-clonus-stiff-knee-97116"] = new(
            """
            SRRC — clinical visit 7 — Gait training 97116 — 20 min
            Finding: R ankle clonus (6 beats) and stiff-knee gait — peak R knee flexion in swing ~35°, toe catch on carpet.
            Gait training: treadmill w/ stepping-over cues at 1.4 mph, then overground 4 × 100 ft w/ cues for R knee bend at toe-off, practicing slow controlled heel strike to damp clonus; R AFO on.
            Toe catches 2 per 100 ft (7 at visit 1); CGA → SBA.
            """,
            ["I69.351"], [PT("97116", 20)], []),

        // Hilo: R LE intention dysmetria on toe-to-finger with an ataxic gait after a cerebellar stroke as the finding; numbered-square foot placement, clock step-taps, strip walking; "one-on-one in the neuro gym"; 14/20 and steps: passes.
        ["v4-h29-hilo-toe-to-finger-cerebellar-97112"] = new(
            """
            Mauna Kea Health — Hilo — PT — NMR 97112 — 23 min — one-on-one in the neuro gym
            Finding: R cerebellar stroke — R LE intention dysmetria on toe-to-finger (overshoots 4–5 cm), wide-based ataxic gait, sways R on turns.
            Tx: foot placement to numbered floor squares at a slow count; step-taps to cones on a clock face; walking on a 6-in strip w/ head steady, then w/ head turns.
            Squares hit cleanly 14/20 (8/20 at IE); 8 tandem steps w/o step-off.
            Pt: "Da right leg stay lolo, go wherever it like."
            """,
            ["I69.393", "R27.0"], [PT("97112", 23)], []),

        // Rexburg PTA after ACL reconstruction: dynamic knee valgus on single-leg squat and landing as the finding; drop landings, Airex SL squat with medial band pull, lateral bounds; "PTA + pt only"; valgus k of 10: passes.
        ["v4-h29-rexburg-valgus-acl-97112"] = new(
            """
            Bonneville PT & Rehab — Rexburg
            PTA DN
            97112 20 — PTA + pt only
            ACL recon R (hamstring graft) 16 wk. Farm kid, wants to get back to hauling hay bales.
            Finding: R dynamic knee valgus on SL squat + landing, ↓ hip/knee neuromuscular control
            Drop landing from 12" box, stick 3 s, mirror x10
            SL squat on Airex w/ band pull medial x10
            Lateral bounds to stick x10
            Valgus on 2/10 landings (6/10 last wk)
            """,
            ["S83.511D"], [PTA("97112", 20)], []),

        // Kona: L FADIR positive with IR 15° vs 35° and a tight posterior capsule as the finding; belt distraction, posterior and inferior glides with grades and bouts; IR degrees: 97140 passes.
        ["v4-h29-kona-fadir-hip-97140"] = new(
            """
            Kona Coast Rehab — Kailua-Kona — PT — MT 97140 — 12 min
            O/E: L FADIR + (groin pain), L hip IR 15° vs R 35°; posterior capsule tight.
            MT: long-axis distraction w/ belt gr IV 3 × 30 s; posterior glide in flex/add gr III–IV 3 × 30 s; inferior glide in 90° flex 2 × 30 s.
            Post: L IR 21°, FADIR less provocative.
            Pt (fishing charter deckhand): "I like squat fo' gaff da fish again."
            """,
            ["M25.552"], [PT("97140", 12)], []),

        // SRRC: reduced paretic propulsion (trailing limb angle 8° vs 17°, paretic step ratio) as the finding; incline treadmill with push-off cues, overground step targets, resisted walking; TLA and ratio: 97116 passes.
        ["v4-h29-srrc-trailing-limb-angle-97116"] = new(
            """
            SRRC — Propulsion study — clinical visit 9 — 97116 — 22 min
            Finding: ↓ paretic propulsion — L trailing limb angle 8° vs 17° R; paretic step ratio 1.34 (long L step).
            Gait training: treadmill at 5% incline w/ cues "push off, leg behind you", then overground 3 × 200 ft w/ targets for R step length; resisted walking w/ posterior band at the pelvis.
            L TLA 12° post-session; paretic step ratio 1.18; SBA.
            """,
            ["I69.354"], [PT("97116", 22)], []),

        // Vernal 97112 with "1:1 entire tx", foam-beam tandem, rebounder toss, EC backward line walking and numbers, but "Deficits: see eval" and no deficit or system stated anywhere: deficit missing.
        ["v4-h29-vernal-see-eval-97112"] = new(
            """
            Bonneville PT & Rehab — Vernal
            97112 — 20 — 1:1 entire tx
            Tx: tandem on foam beam; SLS w/ ball toss to rebounder; backward walking on line w/ EC
            Deficits: see eval
            Tandem beam 10 steps no step-off (4 at eval); SLS R 12s
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Kona OT 97530: cooler unloading, ice-bag carry, truck-cab step-ups with SBA → Mod I, but "Goal/impairment addressed: per POC" and no goal, region or impairment anywhere: deficit missing.
        ["v4-h29-kona-ot-per-poc-97530"] = new(
            """
            Kona Coast Rehab — OT — 97530 — 20 min
            Tasks: unloading a cooler of drinks onto a counter; carrying a 10 lb bag of ice 25 ft; stepping up into a raised truck cab w/ grab handle x4.
            Assist: SBA → Mod I by last trial.
            Goal/impairment addressed: per POC.
            """,
            ["M62.81"], [OT("97530", 20)], [At(Deficit, "97530")]),

        // Delta PTA gait note in short lines: FWW distances, curb and gravel with SBA/CGA, but no impairment, region or goal: deficit missing on 97116.
        ["v4-h29-delta-pta-gait-no-target-97116"] = new(
            """
            Bonneville PT & Rehab — Delta
            PTA DN
            97116 15
            FWW 2x200 ft, SBA
            Curb up/dn x4, CGA
            Gravel drive 60 ft x2, CGA
            """,
            ["R26.89"], [PTA("97116", 15)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // SRRC: StepWatch session steps and free-living steps/day as the measure (with self-selected 10MWT); variable stepping practice; R hemiparetic gait and endurance: 97116 passes.
        ["v5-h29-srrc-stepwatch-97116"] = new(
            """
            SRRC — clinical visit 15 — 97116 — 30 min
            Variable stepping practice: overground w/ turns and obstacles, stairs (4 flights w/ rail), treadmill at self-selected + 0.2 mph, walking on grass outside Bldg C.
            R hemiparetic gait w/ ↓ R stance time, poor community endurance.
            Session steps (StepWatch): 1,644 (982 at visit 1).
            Home free-living steps last wk: 3,120/day avg (2,150 at baseline); 10MWT self-selected 0.74 m/s.
            """,
            ["I69.351"], [PT("97116", 30)], []),

        // SRRC: Fugl-Meyer LE motor 22/34 as the measure; out-of-synergy knee flexion, heel slides with abduction, dowel stepping; synergy dominance; "individual session, one therapist to this participant": passes.
        ["v5-h29-srrc-fugl-meyer-le-97112"] = new(
            """
            SRRC — clinical visit 10 — 97112 — 25 min — individual session, one therapist to this participant
            Task-specific motor control of the paretic L LE: isolated knee flexion in standing to a tap target (out-of-synergy), heel slides w/ hip abduction, stepping over a dowel w/ hip-knee-ankle flexion; knowledge-of-performance cues.
            Deficit: L LE flexor/extensor synergy dominance, poor selective hip-knee control.
            Fugl-Meyer LE motor 22/34 (17/34 at baseline).
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // Price PTA short lines: "30CST 9 → 12" as the measure beside doses; STS, step-ups, bridges, calf raises; B quad/glute weakness with a couch-rise problem: 97110 passes.
        ["v5-h29-price-pta-30cst-97110"] = new(
            """
            Bonneville PT & Rehab — Price
            PTA DN
            97110 15
            STS 17" chair 3x10 → no hands last set
            Step-ups 6" 2x10 ea
            Hip bridge 2x15
            Calf raise 2x20
            B quad/glute wk, can't get off couch w/o push-up
            30CST 9 → 12
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // SRRC gait lab: GAITRite velocity, single-limb support % and step-length asymmetry as measures; metronome-paced walkway training with step-length targets; hemiparetic gait: 97116 passes (96 bpm is the metronome).
        ["v5-h29-srrc-gaitrite-97116"] = new(
            """
            SRRC — Gait lab visit — 97116 — 20 min
            Gait training on the GAITRite walkway and hallway: metronome-paced walking at 96 bpm, step-length targets on the walkway, 6 passes w/ feedback after each.
            R hemiparetic gait: short L step, ↓ R single-limb support.
            GAITRite: velocity 0.71 m/s (0.58 at baseline); R single-limb support 28% of gait cycle vs 38% L; step length asymmetry ratio 1.22.
            """,
            ["I69.351"], [PT("97116", 20)], []),

        // Hilo OT: the Action Research Arm Test spelled out as the measure (with SBA and a cue count); musubi making and tray carrying, bimanual with the paretic hand; grandkids' lunch goal: 97530 passes.
        ["v5-h29-hilo-arat-musubi-97530"] = new(
            """
            Mauna Kea Health — Hilo — OT — 97530 — 24 min
            Making musubi for the family lunch: cutting nori w/ L hand stabilizing, pressing rice in the mold, wrapping, carrying the tray to the table (10 ft); bimanual practice, L (paretic) hand as assist.
            L UE hemiparesis after R CVA; goal: make lunches for her grandkids before school.
            Action Research Arm Test L 31/57 (22/57 at IE); SBA, 1 verbal cue for L hand placement.
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // Hilo: Maximal Step Length test in cm each direction as the measure; rapid multidirectional stepping, compliant pad, catch-and-step; slow short protective steps; "individual appt, PT at pt's side throughout": passes.
        ["v5-h29-hilo-maximal-step-length-97112"] = new(
            """
            Mauna Kea Health — Hilo — PT — 97112 — 22 min — individual appt, PT at pt's side throughout
            Rapid multidirectional stepping to tape targets (fwd, side, back) on PT's call; stepping onto a 2-in compliant pad; catch-and-step drill w/ ball thrown off-center.
            Slow, short protective steps, esp. backward (fear of falling on the uneven lava-rock yard).
            Maximal Step Length test: fwd 58 cm, side 44 cm, back 31 cm (back 22 cm at IE).
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // Kāneʻohe 97110: shoulder exercises named with no dose, R shoulder OA with a top-cupboard problem, and only the patient's "Mo' bettah today" as a result: measure missing.
        ["v5-h29-kaneohe-mo-bettah-97110"] = new(
            """
            Windward Rehab — Kāneʻohe — PT — Ther ex 97110 — 15 min
            Pulleys flexion, wand ER, sidelying ER, band rows, wall slides.
            R shoulder OA: ↓ elevation, can't reach the top cupboard where the rice and shoyu stay.
            Pt: "Mo' bettah today, not so stiff."
            """,
            ["M19.011"], [PT("97110", 15)], [At(Measure, "97110")]),

        // SRRC 97112 whose only numbers are "visit 14 of 24", "visit 15 on 3/6" and "retest at visit 24": no measure; one-on-one, perturbations and lean-release, paretic compensatory stepping present: measure missing.
        ["v5-h29-srrc-visit-count-not-measure-97112"] = new(
            """
            SRRC — Reactive Balance study — clinical visit 14 of 24 — 97112 — 22 min
            Delivery: one-on-one, therapist with this participant only
            Tx: manual perturbations at the pelvis during walking; lean-and-release to step; stepping onto foam after release.
            Target: delayed R (paretic) compensatory stepping.
            Next: visit 15 on 3/6; retest at visit 24.
            """,
            ["I69.351"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Vernal 97140: STM, suboccipital release and lateral glides for R neck pain/stiffness, with no grade, dose or number ("Good tissue response"): measure missing.
        ["v5-h29-vernal-97140-no-dose"] = new(
            """
            Bonneville PT & Rehab — Vernal
            MT 97140 — 10
            STM R upper trap + levator, suboccipital release, C-spine lateral glides R
            R neck pain + stiffness turning to back the rig trailer
            Good tissue response, ↓ guarding
            """,
            ["M54.2"], [PT("97140", 10)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // ʻAiea Epic template: Start 0805, Stop 0828, "Time Calculation (min): 23 min" on one timed code (matches); "individual, therapist and pt only"; PNF D2 with rhythmic stabilization, weight shift, reach; R recruitment; % BW and inches: passes.
        ["v6-h29-epic-time-calculation-97112"] = new(
            """
            Epic note — ʻAiea site — PT Treatment
            Start Time: 0805
            Stop Time: 0828
            Time Calculation (min): 23 min
            Treatment: Neuromuscular Re-education — individual, therapist and pt only
             - PNF D2 flexion/extension R UE in sitting w/ rhythmic stabilization at end range
             - sit-to-stand w/ R foot back, weight shift onto R
             - standing reach outside BOS to R w/ tactile cue at R glute
            R hemiparesis (L MCA CVA): ↓ R trunk/LE motor recruitment, leans L.
            Standing weight on R 39% → 47% BW; forward reach 8 in.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // Pearl City Epic "Neuro Re-ed Time Entry (min): 23" and "Ther Ex Time Entry (min): 15" with a timed total of 38: both match; individual NMR and TE with doses; L ankle proprioception and L weakness; hurdles and foam seconds: passes.
        ["v6-h29-epic-time-entry-two-codes"] = new(
            """
            Epic note — Pearl City site — PT Treatment
            Neuro Re-ed Time Entry (min): 23
            Ther Ex Time Entry (min): 15
            Total Timed Minutes: 38
            Neuro Re-ed (individual, PT w/ pt only): rocker board A/P and M/L; stepping over 4" hurdles w/ L lead; EC stance on foam w/ head turns.
            Ther Ex: L hip abd sidelying 2 × 12; bridges 3 × 10; L heel raises 2 × 15; L DF w/ band 3 × 10.
            L hemiparesis: ↓ L ankle proprioception, L hip abd/DF weakness 3+/5.
            Hurdles 10/10 w/o toe catch; foam EC w/ head turns 15 s.
            """,
            ["I69.354", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Logan PTA "NMR/22 — PTA w/ pt only" and "TE/16": both match; foam tandem, clock taps, perturbations; SAQ, SLR, wall sits; L knee proprioception and quad weakness after TKA; SLS seconds: passes.
        ["v6-h29-logan-pta-slash-minutes"] = new(
            """
            Bonneville PT & Rehab — Logan
            PTA DN
            NMR/22 — PTA w/ pt only
            TE/16
            NMR: tandem on foam 4x30s, clock taps L SLS 2x10, fwd/lat perturb x20
            TE: SAQ 3x10 4#, SLR 2x12, wall sits 5x20s
            L TKA 10 wk — L knee proprio ↓, quad wk 4-/5
            SLS L 8s (R 20s)
            """,
            ["Z96.652", "R26.81"], [PTA("97112", 22), PTA("97110", 16)], []),

        // SRRC "Timed: 97116 20 + 97530 18 = 38": both match; quad-cane gait with distance and curbs, car-transfer and trunk-loading practice with assist levels; R hemiparesis and a ride-along goal: passes.
        ["v6-h29-srrc-sum-expression"] = new(
            """
            SRRC — clinical visit 4
            Timed: 97116 20 + 97530 18 = 38
            97116: overground walking w/ a quad cane 3 × 150 ft and 2 curbs; cues for R heel strike; CGA.
            97530: car-transfer practice on the simulator x4, folding the transport chair into the trunk x3; min A → CGA.
            R hemiparesis after L MCA stroke; goal: ride with his daughter to his grandson's games.
            """,
            ["I69.351"], [PT("97116", 20), PT("97530", 18)], []),

        // SRRC dose log with a "Dose (min)" column (97116 30, 97112 15, both match) beside a "Count" column of steps and perturbations; "Reactive balance (1:1)"; paretic stance and stepping deficits; 19/24: passes.
        ["v6-h29-srrc-dose-log-steps-column"] = new(
            """
            SRRC — clinical visit 11 — session dose log
            Component                    | CPT   | Dose (min) | Count
            Variable stepping practice   | 97116 | 30         | 1,240 steps
            Reactive balance (1:1)       | 97112 | 15         | 24 perturbations
            Stepping: treadmill + overground w/ turns, ramp and stairs; HR kept 110–128 bpm.
            Reactive: manual pulls at the pelvis in stance and walking; 19/24 single-step recoveries with the L (paretic) limb.
            L hemiparetic gait w/ ↓ paretic stance time; delayed L compensatory stepping.
            """,
            ["I69.354"], [PT("97116", 30), PT("97112", 15)], []),

        // Kapolei Epic "Gait Training Time Entry (min): 20" against a 12-minute 97116 line (NMR entry 23 matches): mismatch on 97116; both sections complete, NMR one-on-one.
        ["v6-h29-epic-gait-entry-mismatch"] = new(
            """
            Epic note — Kapolei site — PT Treatment
            Neuro Re-ed Time Entry (min): 23
            Gait Training Time Entry (min): 20
            Neuro Re-ed (1:1, no other pts): PNF pelvic patterns in sidelying (anterior elevation / posterior depression); standing R weight shifts on foam; stepping to targets w/ R lead.
            Gait Training: SBQC 3 × 100 ft, cues for R knee flexion in swing; CGA.
            R hemiparesis: ↓ R pelvic control and R LE motor recruitment; R knee hyperextends in stance.
            R weight acceptance 45% BW; gait speed 0.48 m/s.
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 12)], [At(Mismatch, "97116")]),

        // Ogden PTA short lines "TE 25" on a single 15-minute 97110 line: mismatch; exercises with doses and lumbar extensor endurance with a feed-sack goal complete.
        ["v6-h29-ogden-pta-te-25-vs-15"] = new(
            """
            Bonneville PT & Rehab — Ogden
            PTA DN
            TE 25
            Prone press-ups 2x10
            Bird dog 3x10 5s hold
            Hip hinge dowel 2x12
            Dead bug 2x10
            LBP w/ lumbar ext endurance ↓, can't lift feed sacks
            """,
            ["M54.50"], [PTA("97110", 15)], [At(Mismatch, "97110")]),

        // SRRC "Total timed: 45 min" for 97112 25 and 97116 20, no minutes for either code; both sections complete and one-on-one stated: separate time missing.
        ["v6-h29-srrc-total-only"] = new(
            """
            SRRC — clinical visit 16
            Total timed: 45 min. Reactive balance and gait training as below; therapist with this participant only throughout.
            Reactive balance: waist-pull perturbations on the treadmill, stepping onto foam after lean-release; 28/36 single-step recoveries w/ L limb.
            Gait training: overground w/ turns and an uneven mat path 4 × 150 ft, SBA; cues for L hip extension at terminal stance.
            Delayed L compensatory stepping and short R step (↓ L propulsion) after R MCA stroke.
            """,
            ["I69.354"], [PT("97112", 25), PT("97116", 20)], [SepTime]),

        // Kona "TE 15 min" but the MT section has no minutes (97110 15 + 97140 10); both sections complete with a throw-net goal and degrees: separate time missing.
        ["v6-h29-kona-mt-no-minutes"] = new(
            """
            Kona Coast Rehab — PT daily
            TE 15 min: sidelying ER 2 × 15 w/ 2 lb, prone T's 3 × 10, band ER/IR 3 × 12, scaption to 90° 2 × 10.
            MT: R GH posterior glides gr III, inferior glides, STM R infraspinatus/teres minor.
            R shoulder impingement w/ ↓ IR; goal: throw net fishing off the rocks again.
            IR 38° → 45°; painful arc 70–110°.
            """,
            ["M75.41"], [PT("97110", 15), PT("97140", 10)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings for the other codes

        // Empty note on a three-code stroke visit (97112, 97110, 97530): DOC_NOTE_MISSING on all three profiled lines, nothing else.
        ["v7-h29-empty-three-codes"] = new(
            "",
            ["I69.354"], [PT("97112", 20), PT("97110", 15), PT("97530", 15)],
            [At(NoteMissing, "97112"), At(NoteMissing, "97110"), At(NoteMissing, "97530")]),

        // Empty note with untimed 97010 (no documentation profile) and 97140: DOC_NOTE_MISSING on 97140 only.
        ["v7-h29-empty-hot-pack-and-mt"] = new(
            "",
            ["M54.50"], [PT("97010", 10), PT("97140", 12)], [At(NoteMissing, "97140")]),

        // CR LF and a space only on a PTA 97116 visit sent with no diagnosis: DOC_NOTE_MISSING on 97116 and the diagnosis check.
        ["v7-h29-crlf-blank-no-dx"] = new(
            "\r\n \r\n",
            [], [PTA("97116", 15)], [At(NoteMissing, "97116"), Dx]),

        // Rigby PTA 97110 in short lines: a region ("L shoulder:") as the only target and doses for wand, ER, rows, wall walks: passes.
        ["v7-h29-rigby-97110-region-and-doses"] = new(
            """
            Bonneville PT & Rehab — Rigby
            PTA DN
            97110 15
            L shoulder:
            Wand flex 2x15
            Sidelying ER 2x12 1#
            Rows grn band 3x12
            Wall walks x10
            """,
            ["M25.512"], [PTA("97110", 15)], []),

        // Waipahu 97530: lifting, carrying and loading a 20 lb rice bag with reps and CGA → SBA; the goal (bring home the rice for the ʻohana) is the only target: passes.
        ["v7-h29-waipahu-97530-rice-bag-goal"] = new(
            """
            Leeward Rehab — Waipahu — PT — Ther act 97530 — 20 min
            Lifting a 20 lb bag of rice from floor to counter w/ hip hinge x6; carrying it 30 ft x3; loading it into the back seat of the car x3; CGA → SBA.
            Goal: bring home the rice from Costco by herself for the ʻohana (lives w/ husband, daughter, 3 grandkids).
            """,
            ["M62.81"], [PT("97530", 20)], []),

        // Burley 97140: suboccipital release holds (3 × 90 s) and graded lateral glides with bouts as the parameter, R neck as the region; no outcome number: passes.
        ["v7-h29-burley-97140-holds-as-parameter"] = new(
            """
            Bonneville PT & Rehab — Burley
            97140 — 10
            Suboccipital release 3 holds x 90 s
            STM R upper trap/levator
            C2–C4 R lateral glides gr III 3 × 30 s
            R neck — stiff turning to back the stock trailer
            """,
            ["M54.2"], [PT("97140", 10)], []),

        // Kahului 97116 in rubber slippers vs shoes on grass, gravel and ramp; the mailbox goal and the foot-drop brace as target, "Mod I in shoes; SBA in slippers" the only measure: passes.
        ["v7-h29-kahului-97116-assist-only-measure"] = new(
            """
            Valley Isle Rehab — Kahului — Gait training 97116 — 15 min
            Walking in rubber slippers vs. closed shoes on grass, gravel and the clinic ramp; cues for toe clearance and heel strike, R foot-drop brace in shoes.
            Goal: walk to the mailbox down the gravel driveway in slippers.
            Mod I in shoes; SBA in slippers.
            """,
            ["R26.89"], [PT("97116", 15)], []),

        // Wholly generic 97116 with Pidgin-influenced phrasing ("Pt stay doing good … Worked on walking per plan, tol well"): technique, generic, deficit and measure.
        ["v7-h29-generic-97116-pidgin"] = new(
            "Pt stay doing good today, no complaints. Worked on walking per plan, tol well. Cont POC.",
            ["R26.89"], [PT("97116", 15)], [At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // Wholly generic PTA short-line 97112 ("Bal ex per POC / Tol well / Cont") with no one-on-one: technique, generic, deficit, measure and one-on-one.
        ["v7-h29-malad-generic-97112-pta"] = new(
            """
            Bonneville PT & Rehab — Malad City
            PTA DN
            97112 20
            Bal ex per POC
            Tol well
            Cont
            """,
            ["R26.81"], [PTA("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes: complete ones a reviewer passes, and the ordinary weak ones

        // Kalihi R TKA 7 wk: TE 15 (bike, heel slides, quad sets, step-ups, half-kneel rises) and MT 10 (patellar and tibiofemoral glides with grades and bouts); kneeling-at-church goal; flexion degrees: passes.
        ["vord-h29-kalihi-tka-te-mt"] = new(
            """
            Kalihi site — Honolulu — PT Daily Note — R TKA 7 wk
            S: Lives w/ daughter, son-in-law and 3 grandkids; sleeps downstairs for now. "I like kneel down fo' pray at church an' get up by myself."
            O: TE 15 min — recumbent bike rocking → full revolutions; heel slides w/ strap 3 × 10; quad sets 10 × 5 s; step-ups 4" 2 × 10; half-kneel-to-stand at mat w/ UE x5.
               MT 10 min — patellar glides sup/inf/med gr III 3 × 30 s; tibiofemoral posterior glides gr III 3 × 30 s at end-range flexion.
               R knee flexion 104° → 111° post; ext −3°; quad lag 0.
            A: Flexion still limits kneeling; quad control good.
            P: Add tall-kneel tolerance on a pillow.
            """,
            ["Z96.651"], [PT("97110", 15), PT("97140", 10)], []),

        // Waipahu stroke: NMR 23 ("individual, PT hands-on, no other pts in the gym"; rocker loading, clock taps, staggered sit-to-stand) and gait 15 (slippers vs shoes with AFO, distances, CGA/SBA); R recruitment and toe catch: passes.
        ["vord-h29-waipahu-nmr-gait-slippers"] = new(
            """
            Leeward Rehab — Waipahu — PT
            97112 NMR 23 min — individual, PT hands-on, no other pts in the gym: R LE weight bearing on a rocker board w/ L foot on a step; tapping R foot to clock targets; sit-to-stand w/ R foot back and tactile cues at the R quad.
            97116 Gait 15 min: walking in her own rubber slippers vs. shoes w/ R AFO — 3 × 100 ft in shoes, 2 × 50 ft in slippers; cues for R hip/knee flexion; CGA in slippers, SBA in shoes.
            R hemiparesis (L MCA CVA): ↓ R LE motor recruitment, R toe catch in swing.
            Pt: "Everybody at home wear slippahs, I no like be da only one wit shoes."
            R toe catches 1 per 100 ft in shoes; 4 per 50 ft in slippers.
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], []),

        // Kona R rotator-cuff repair 14 wk: cuff and scapular exercises with loads, bodyblade, farmer carry; cooler and throw-net goal, ER/abd grades and AROM: 97110 passes.
        ["vord-h29-kona-rcr-te"] = new(
            """
            Kona Coast Rehab — PT — Ther ex 97110 — 20 min
            R RCR 14 wk. Commercial fisherman — goal: haul the 40 lb cooler on and off the boat and cast net again.
            Sidelying ER 3 × 12 @ 2 lb; prone Y/T 2 × 10 @ 1 lb; band ER/IR at 90° abd 3 × 12 (green); bodyblade short arc 3 × 20 s; farmer carry 15 lb R 4 × 40 ft.
            R RC weakness: ER 4-/5, abd 4/5. AROM flex 160°, ER 70°.
            """,
            ["M75.121", "Z98.890"], [PT("97110", 20)], []),

        // Hilo OT after L THA: clothesline hanging on the lanai, basket carries, low picks with a reacher; family-wash goal and standing balance/reach; SBA, rest and counts: 97530 passes.
        ["vord-h29-hilo-ot-lanai-clothesline"] = new(
            """
            Mauna Kea Health — Hilo — OT — 97530 — 25 min
            Hanging laundry on the lanai clothesline (reaching overhead w/ clothespins), carrying a half-full basket 20 ft x3, bending to pick up from a low basket x10 w/ reacher; standing at the line w/o UE support.
            Goal: do the family wash again (house of 7) after L THA; ↓ standing balance and reach.
            SBA; 1 rest; hip precautions kept on all 10 low picks.
            """,
            ["Z96.642"], [OT("97530", 25)], []),

        // Kailua after microdiscectomy: TA 20 (cable paddle-stroke simulation, lifting the ama, carrying gear) and TE 15 (bird dog, side plank, bridge march, hinge); outrigger goal and lumbar endurance/glute med deficits; SBA: passes.
        ["vord-h29-kailua-outrigger-ta-te"] = new(
            """
            Windward Rehab — Kailua — PT — s/p L L5-S1 microdiscectomy 10 wk
            97530 — 20 min: paddle-stroke simulation seated on a bench w/ cable column (reach, catch, pull, exit) 4 × 12 each side; lifting the ama (simulated, 30 lb) from the ground to hip w/ hip hinge x6; carrying the paddle bag + cooler 50 ft x2.
            97110 — 15 min: bird dog 3 × 10 w/ 5 s hold; side plank on knees 3 × 20 s; glute bridge march 2 × 12; hip hinge w/ dowel 2 × 10.
            Goal: back in the six-man canoe w/ his outrigger club for Sunday practice. Lumbar extensor/core endurance deficit; L glute med 4/5.
            SBA; no leg symptoms w/ lifting.
            """,
            ["M54.16", "Z98.890"], [PT("97530", 20), PT("97110", 15)], []),

        // Wailuku taro farmer's LBP: MT 12 (CPA and rotation mobs with grades and bouts, STM) and TE 18 (rock-backs, KB deadlift, box squat, suitcase carry); flexion loss with a loʻi goal; fingertip-to-floor cm: passes.
        ["vord-h29-wailuku-taro-lbp-mt-te"] = new(
            """
            Valley Isle Rehab — Wailuku — PT
            MT (97140) — 12 min: L4/5 CPA gr III 3 × 30 s; R sidelying lumbar rotation gr IV 2 × 30 s; STM R QL and thoracolumbar fascia.
            TE (97110) — 18 min: quadruped rock-backs 2 × 15; deadlift from blocks w/ 20 lb KB 3 × 8; squat-to-box 3 × 10; suitcase carry 25 lb 4 × 40 ft.
            R-sided mechanical LBP w/ ↓ lumbar flexion; stands bent over in the loʻi pulling kalo all morning.
            Fingertip-to-floor 22 cm → 14 cm; lifts 20 lb from floor w/o pain.
            """,
            ["M54.50"], [PT("97140", 12), PT("97110", 18)], []),

        // Pearl City NMR 22 + TE 15 (both minutes match), complete content with a Pidgin quote and TheBus goal, but nothing says the NMR was one-on-one.
        ["vord-h29-pearl-city-nmr-te-unstated"] = new(
            """
            Pearl City site — PT Daily Note
            S: Pt say "I stay mo' good, but still wobbly on da bus." Lives w/ son and his family; takes TheBus to clinic.
            O: NMR (97112) 22 min — standing on foam w/ head turns; tandem walk on a line EO → EC; reactive stepping to light pushes in 4 directions.
               TE (97110) 15 min — sit-to-stand from low chair 3 × 10; side-stepping w/ band 4 × 20 ft; heel raises 2 × 15.
               ↓ postural control w/ head movement; B hip abductor weakness 4-/5.
               Tandem EC 8 s (3 s at IE); FGA 19/30.
            A: Improving; standing on the moving bus is the goal.
            P: Cont 2x/wk.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // Lānaʻi visiting OT 97530 complete (tub-bench transfers, long-handled sponge, niche reach; granddaughter goal; Min A → SBA) sent with no diagnosis.
        ["vord-h29-lanai-ot-no-dx"] = new(
            """
            Lānaʻi City clinic (visiting OT) — 97530 — 20 min
            Bathing set-up on the tub bench: transfer in/out x3, long-handled sponge to lower legs, shower hose use seated; reaching to a niche shelf for shampoo.
            Goal: shower w/o her granddaughter's help after R hip fracture (ORIF).
            Min A → SBA for tub transfer; 1 LOB recovered independently.
            """,
            [], [OT("97530", 20)], [Dx]),

        // Kapaʻa community gait on the coastal path (surfaces, poles, 1,200 ft, rests, cues); L TKA stiff-knee and short step with a bike-path goal; SBA / Mod I: 97116 passes.
        ["vord-h29-kapaa-coastal-path-gait"] = new(
            """
            Garden Isle Rehab — Kapaʻa — Gait training 97116 — 20 min
            Community gait on the coastal path: paved path, packed dirt, wet grass and a short sandy stretch; 2 hiking poles → 1 pole; 1,200 ft total w/ 2 standing rests; cues for L heel strike and even step length.
            L TKA 12 wk: L knee stiff in swing, short R step; goal: walk the Kapaʻa bike path w/ his wife again.
            SBA on sand; Mod I on paved path.
            """,
            ["Z96.652"], [PT("97116", 20)], []),

        // Logan PTA short lines, R TKA 5 wk: "TE 15" (heel slides, SAQ, squats, step-ups with doses) and "GT 12" (SPC distance, stairs, CGA → SBA); R knee flexion, quad weakness, stiff-knee gait: passes.
        ["vord-h29-logan-pta-tka-te-gt"] = new(
            """
            Bonneville PT & Rehab — Logan
            PTA DN — R TKA 5 wk
            TE 15
             Heel slides strap 3x10
             SAQ 3x10 2#
             Mini squats 2x10
             Step-ups 4" 2x10
            GT 12
             SPC 3x150 ft
             Stairs 8 steps 1 rail, step-to
             CGA → SBA
            R knee flex 98°, quad wk 4-/5, stiff-knee gait
            """,
            ["Z96.651"], [PTA("97110", 15), PTA("97116", 12)], []),

        // St. Anthony PTA after Achilles repair: "TE/20" (heel raises, eccentrics, seated calf, leg press) and "NMR/15 — PTA 1:1, only pt on schedule" (foam SLS, Y-reach, pogo prep); calf weakness and ankle proprioception; counts and seconds: passes.
        ["vord-h29-st-anthony-pta-achilles-te-nmr"] = new(
            """
            Bonneville PT & Rehab — St. Anthony
            PTA DN — R Achilles repair 14 wk
            TE/20: heel raises B 3x15 → R eccentric lower 3x10; seated calf 3x15 25#; leg press 3x10 90#; bike L5
            NMR/15 — PTA 1:1, only pt on schedule: SLS R on foam 4x30s; Y-reach R 3x each direction; hop-in-place prep (pogo) 2x10
            R calf wk (heel raise R 8 vs L 25), R ankle proprio ↓
            SLS foam R 18s (L 30s)
            """,
            ["S86.011D"], [PTA("97110", 20), PTA("97112", 15)], []),

        // Huntington PTA 97110 23 for L LBP with radicular symptoms: press-ups, slump glides, bird dog, side plank, carries with doses; roof-bolting goal; SLR degrees: passes.
        ["vord-h29-huntington-pta-lbp-te"] = new(
            """
            Bonneville PT & Rehab — Huntington
            PTA DN
            97110 23
            Prone press-ups 3x10
            Nerve glide L slump 2x10
            Bird dog 3x10
            Side plank knees 3x20s
            Farmer carry 30# 4x60 ft
            L LBP/radic sx, centralizing — wants back to roof-bolting underground
            SLR L 55° → 65°
            """,
            ["M54.16"], [PTA("97110", 23)], []),

        // Roosevelt roustabout's R shoulder stiffness: MT 8 (GH glides with grades and bouts, scapular mobs) and TE 15 (sleeper/cross-body stretches, band ER/IR, rows); valve-wheel goal; IR and flexion degrees: passes.
        ["vord-h29-roosevelt-shoulder-mt-te"] = new(
            """
            Bonneville PT & Rehab — Roosevelt — PT
            MT 8 min: R GH inferior + posterior glides gr III–IV 3 × 30 s each; scapular mobs in sidelying.
            TE 15 min: sleeper stretch 3 × 30 s; cross-body stretch 3 × 30 s; band ER/IR 3 × 12; rows 3 × 12 blue.
            R shoulder stiffness (IR 20°, flex 145°) — oilfield roustabout, can't reach overhead to the valve wheels.
            Post: IR 28°, flex 152°.
            """,
            ["M25.611"], [PT("97140", 8), PT("97110", 15)], []),

        // Beaver PTA "97112 24 — pt was my only pt, hands-on whole time": Airex EC, head-turn tandem, rocker EC, belt-tug stepping; diabetic foot sensation and visual reliance; mCTSIB and 12/15: passes.
        ["vord-h29-beaver-pta-nmr"] = new(
            """
            Bonneville PT & Rehab — Beaver
            PTA DN
            97112 24 — pt was my only pt, hands-on whole time
            Airex EC 4x30s
            Tandem walk w/ head turns 4 laps
            Rocker bd A/P EC 3x30s
            Stepping strategy to tugs x15
            ↓ B feet sensation (DM), relies on vision
            mCTSIB foam EC 18s; tugs 12/15 1 step
            """,
            ["E11.42", "R26.81"], [PTA("97112", 24)], []),

        // Preston PTA "TE + GT 30 total / Tol well, no c/o / Cont POC": nothing named for either code and no minutes for each: every content check on both codes and separate time.
        ["vord-h29-preston-pta-generic-total"] = new(
            """
            Bonneville PT & Rehab — Preston
            PTA DN
            TE + GT 30 total
            Tol well, no c/o
            Cont POC
            """,
            ["M62.81", "R26.89"], [PTA("97110", 15), PTA("97116", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116"), SepTime]),

        // Idaho Falls complete 97110 (TKE, step-downs, wall sits, leg press with doses; R knee OA and a swather-cab goal) with the ICD-9 code 715.36 in the diagnosis field: diagnosis only.
        ["vord-h29-idaho-falls-icd9"] = new(
            """
            Bonneville PT & Rehab — Idaho Falls — PT
            97110 20 min: TKE w/ band 3 × 15; step-downs 4" 2 × 10; wall sits 3 × 30 s; leg press 3 × 10 @ 70 lb.
            R knee OA, quad weakness 4/5; goal: climb into the swather cab for first cutting.
            """,
            ["715.36"], [PT("97110", 20)], [Dx]),

        // Rupert OT after carpal tunnel release: 97110 15 (glides, putty grip and pinch with doses) and 97140 8 (scar massage, desensitization, retrograde edema massage); potato-line grip goal; grip kg: passes.
        ["vord-h29-rupert-ot-ctr-te-mt"] = new(
            """
            Mini-Cassia site — Rupert — OT hand
            R carpal tunnel release 4 wk — potato sorter, needs sustained grip on the line.
            97110 15 min: tendon glides 10 x each position; median nerve glides 2 × 10; putty gross grip 3 × 15 (green); pinch 3 × 15.
            97140 8 min: scar massage + desensitization over R palm incision; retrograde edema massage R hand.
            Grip R 14 kg (L 31 kg); pillar pain w/ firm grip.
            """,
            ["G56.01"], [OT("97110", 15), OT("97140", 8)], []),

        // St. George OT "Ther act 97530 — 30 min" against a 20-minute line: mismatch; meal-prep tasks, L UE weakness/standing balance with a Sunday-dinner goal, SBA and cues complete.
        ["vord-h29-st-george-ot-97530-mismatch"] = new(
            """
            Red Rock site — St. George — OT — Ther act 97530 — 30 min
            Meal prep for 2 in the ADL kitchen: opening jars w/ L hand stabilizing, carrying a pot from sink to stove, loading the dishwasher; standing throughout.
            L UE weakness + ↓ standing balance after R CVA; goal: make dinner for her husband when the kids visit Sundays.
            SBA, 2 verbal cues for L hand use.
            """,
            ["I69.354"], [OT("97530", 20)], [At(Mismatch, "97530")]),

        // SRRC: 97112 25 one-on-one (blocked then random stepping practice with external-focus cues) and 97116 15 (metronome walking, distances, SBA); paretic loading and cadence; 24/30, cadence and speed: passes.
        ["vord-h29-srrc-nmr-gait"] = new(
            """
            SRRC — clinical visit 12 — PT
            97112 — 25 min — therapist and participant one-on-one: blocked practice of paretic-limb stepping onto a 4" step (2 blocks × 10), then random practice mixing step-ups, lateral steps and cross-over steps to colored targets (30 trials); external-focus cues.
            97116 — 15 min: overground walking w/ a metronome at 100 steps/min, 4 × 150 ft, w/ turns around cones; SBA.
            L hemiparesis: ↓ paretic limb loading and motor control in single-limb stance; slow cadence.
            Random-practice trials w/o error 24/30 (15/30 at visit 4); cadence 94 steps/min; gait speed 0.82 m/s.
            """,
            ["I69.354"], [PT("97112", 25), PT("97116", 15)], []),

        // SRRC OT: 97530 23 (task-specific R arm practice in random order, 112 repetitions) and 97110 15 (R UE exercises with loads); self-feeding goal; Box and Block: passes.
        ["vord-h29-srrc-ot-97530-97110"] = new(
            """
            SRRC — Arm recovery clinic — OT
            97530 — 23 min: task-specific practice w/ R arm — turning pages, pouring water into 3 cups, placing cans on the 2nd shelf, opening a zip-lock bag; random task order after the first block; 112 repetitions logged.
            97110 — 15 min: R shoulder flexion w/ 1 lb in supported reach 3 × 10; wrist extension w/ 1 lb 3 × 12; finger extension w/ rubber band 3 × 15; grip ball 3 × 20.
            R UE paresis after L MCA stroke; goal: feed himself w/ R hand at family dinners.
            Box and Block R 24 (14 at baseline); SBA.
            """,
            ["I69.331"], [OT("97530", 23), OT("97110", 15)], []),

        // SRRC treadmill at 75–80% HRR with speed progression, then varied overground bouts; R hemiparetic gait and endurance; StepWatch steps and 6MWT metres (a test, not a time): 97116 passes.
        ["vord-h29-srrc-treadmill-hrr-97116"] = new(
            """
            SRRC — clinical visit 18 — Gait training 97116 — 30 min
            Treadmill walking at 75–80% HRR (target 121–131 bpm, achieved 124–130), speed progressed 1.6 → 2.0 mph at 2% incline; then overground walking w/ backward and sideways bouts, ramp and stairs.
            R hemiparetic gait w/ ↓ R hip flexion in swing; poor community walking endurance.
            Steps this session 2,106 (StepWatch); 6MWT 236 m (184 m at baseline).
            """,
            ["I69.351"], [PT("97116", 30)], []),

        // SRRC random-order practice (contextual interference) of five balance tasks with faded feedback, "1 therapist, 1 participant, no other participants in the lab"; ataxia and APAs after cerebellar infarct; 33/40 and tandem steps: passes.
        ["vord-h29-srrc-random-practice-97112"] = new(
            """
            SRRC — clinical visit 9 — 97112 — 23 min — 1 therapist, 1 participant, no other participants in the lab
            Random-order practice (contextual interference): 5 balance tasks — reaching to targets outside BOS, stepping over a foam obstacle, turning 180°, catching a ball on foam, tandem steps — presented in shuffled order, 40 trials; feedback faded to every 3rd trial.
            Ataxic gait and poor anticipatory postural adjustments after R cerebellar infarct.
            Trials completed w/o LOB 33/40 (21/40 at visit 3); tandem steps 7 w/o step-off.
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // SRRC NMR 20 + TE 18 (both match), complete (balance-board COP targets, lighted-grid stepping, foam EC; weighted STS, step-ups, cuff abduction; weight shift and abductor weakness; 16/20 and seconds), never saying one-on-one.
        ["vord-h29-srrc-nmr-te-unstated"] = new(
            """
            SRRC — clinical visit 6 — PT
            97112 20 min: lateral weight shifts on a Wii balance board w/ COP cursor to targets; stepping to lighted targets on the floor grid; foam stance w/ EC.
            97110 18 min: sit-to-stand w/ 5 lb vest 3 × 10; step-ups 6" 3 × 10 L lead; L hip abd in standing w/ 2 lb cuff 2 × 12.
            L hemiparesis: poor L weight shift and postural control; L hip abductor weakness 3+/5.
            COP target hits 16/20 (9/20 at baseline); foam EC 10 s.
            """,
            ["I69.354"], [PT("97112", 20), PT("97110", 18)], [At(OneOnOne, "97112")]),

        // SRRC complete gait note (hemi-walker → quad cane, side-stepping, stairs; R hemiparetic gait; Min A → CGA, gait speed) with the diagnosis written in words ("L MCA stroke"), not an ICD-10-CM code: diagnosis only.
        ["vord-h29-srrc-free-text-dx"] = new(
            """
            SRRC — clinical visit 3 — Gait 97116 — 25 min
            Overground walking w/ hemi-walker → quad cane 4 × 100 ft; side-stepping along the rail; step-to → step-through on 4 stairs.
            R hemiparetic gait w/ R knee hyperextension and R toe drag.
            Min A → CGA w/ quad cane; gait speed 0.31 m/s.
            """,
            ["L MCA stroke"], [PT("97116", 25)], [Dx]),

        // SRRC hemiplegic shoulder: MT 10 (scapular mobs, GH inferior glide gr II, STM) and TE 15 (table slides, protraction punches, supported ROM, weight-bearing ext); subluxation and upward-rotation deficit; degrees: passes.
        ["vord-h29-srrc-hemiplegic-shoulder-mt-te"] = new(
            """
            SRRC — clinical visit 5 — PT — hemiplegic shoulder
            97140 — 10 min: L scapular upward rotation/protraction mobs in sidelying 3 × 30 s; L GH inferior glide gr II 3 × 30 s; STM L upper trap and pec minor.
            97110 — 15 min: supported table slides L UE 3 × 10; supine protraction punches w/ 1 lb 2 × 12; PROM L shoulder ER to 40° w/ supported arm 10 reps; wrist/finger ext in weight-bearing 2 × 10.
            L hemiplegic shoulder pain w/ inferior subluxation (1 fingerbreadth), ↓ scapular upward rotation.
            Pain-free flexion 70° → 85°; ER 35° → 42°.
            """,
            ["I69.354", "M25.512"], [PT("97140", 10), PT("97110", 15)], []),

        // SRRC re-assessment week, three codes with minutes in parentheses (97112 15 individual, 97116 15, 97530 10, all match); lean-release, community route, floor-to-stand; stepping deficit and fall-recovery goal; Mini-BESTest and 10MWT: passes.
        ["vord-h29-srrc-three-codes-reassessment"] = new(
            """
            SRRC — clinical visit 20 — re-assessment week
            97112 (15 min, individual, therapist w/ participant only): lean-and-release stepping, 20 releases — 17/20 single-step recoveries.
            97116 (15 min): community route outside Bldg C — curb cuts, ramp, crosswalk; 2 × 600 ft w/ SPC, SBA.
            97530 (10 min): floor-to-stand practice via half-kneel using a chair x4; carrying a laundry basket 30 ft x2; CGA.
            R hemiparesis: delayed R compensatory stepping; short L step; goal: get up from the floor if he falls at home.
            Re-assessment: Mini-BESTest 21/28 (15/28 at baseline); 10MWT 0.86 m/s.
            """,
            ["I69.351"], [PT("97112", 15), PT("97116", 15), PT("97530", 10)], []),

        // Hilo PT/OT co-treatment "both therapists w/ this pt only": PT 97112 20 (reactive stepping, foam reaching, weight shift) and OT 97530 20 (bento packing and carrying, SBA); each discipline's minutes match; stepping reaction k of 10: passes.
        ["vord-h29-hilo-pt-ot-cotreat"] = new(
            """
            Mauna Kea Health — Hilo — PT/OT co-treatment (both therapists w/ this pt only)
            PT — 97112 — 20 min: reactive stepping to pushes at the pelvis while OT held the task; standing on foam while reaching into a low cooler; L weight shift onto a step.
            OT — 97530 — 20 min: packing a bento for her grandson's school lunch standing at the counter w/ L hand stabilizing the container; carrying it to the table 12 ft x2; SBA.
            L hemiparesis (R MCA CVA): delayed L stepping reaction + poor L weight acceptance; goal: help w/ the grandkids' lunches.
            L stepping reaction 6/10 single step (2/10 at IE); SBA for all tasks.
            """,
            ["I69.354"], [PT("97112", 20), OT("97530", 20)], []),

        // Brigham City PTA after hip fracture: "GT 13 —" (FWW → SPC, distance, CGA, cues) and "TA 15 —" (car, tub bench, reacher pick-ups, min A → SBA); abductor weakness, Trendelenburg gait, side-by-side goal: passes.
        ["vord-h29-brigham-city-pta-gt-ta"] = new(
            """
            Bonneville PT & Rehab — Brigham City
            PTA DN — R hip fx (hemiarthro) 8 wk
            GT 13 — FWW → SPC 2x150 ft, CGA; cues R stance time, ↓ trunk lean R
            TA 15 — car transfer sim x4, tub bench x3, floor pick-up w/ reacher x5; min A → SBA
            R hip abd wk 3+/5, Trendelenburg gait
            Goal: ride in the side-by-side to check the sprinklers
            """,
            ["S72.001D"], [PTA("97116", 13), PTA("97530", 15)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
