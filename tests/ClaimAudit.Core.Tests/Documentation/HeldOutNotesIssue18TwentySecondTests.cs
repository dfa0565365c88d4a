using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The twenty-second held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random sample of one week's notes from two employers, in the
/// proportions a billing manager sees them — about two thirds ordinary and complete, single- and multi-code
/// visits, by local PTs, PTAs and OTs and by contract (travel and agency) therapists:
/// <list type="number">
/// <item>a rural Appalachian health system's outpatient therapy: a critical-access hospital's rehab
/// department ("Shiloh Creek Regional") and its satellite clinics, with one PT covering three towns (Hazel
/// Fork, Dry Branch, Coal Run) who finishes notes on a phone between visits — lowercase, telegraphic,
/// "charted on phone in the truck", voice-to-text read back before signing, a paper daily sheet typed up
/// when the internet was down, a snow make-up day; patients are retired underground miners (coal workers'
/// pneumoconiosis, lumbar stenosis), farm wives and widowers, with the region's goals and home-made
/// equipment: the porch steps and the porch swing, the gravel drive to the mailbox, the holler road,
/// hanging tobacco on the tier poles, digging 'sang on the hillside, breaking beans and canning, the
/// woodstove and the coal bucket, the clothesline, dinner on the grounds at the church homecoming, the
/// gospel singing, flatfoot dancing at the Friday jam, the side-by-side, a cinder block, a quilt, the tile
/// grout line;</item>
/// <item>a tribal health service's outpatient PT and OT clinic charting in an RPMS-style EHR (TIU note
/// headers, "LOCAL TITLE", "PURPOSE OF VISIT", upper-case templates, "TIME SPENT: 97112 - 23 MIN",
/// "/es/" signatures): elders' fall prevention (a Bingocize session at the senior-centre meal site, the
/// Community Health Representative who drives the elder and sits in), diabetic neuropathy and toe
/// amputations with extra-depth shoes, Charcot feet in a CROW walker, post-stroke, women's health, and
/// youth sports (rez ball, stickball, a jingle-dress dancer), with goals such as the chapter house, the
/// sheep pen, hauling water, beading a powwow medallion, frybread for feast day.</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together, beside untimed 97164 and G0283 and timed
/// but unprofiled 97535; a PT and an OT billing the same code in one visit. Each note's DOC_* findings were
/// judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h22-…): one-on-one in these writers' words ("me + him only in the gym, no one else in
/// the building", "WRITER AND ELDER ALONE IN PT ROOM … TX NOT SHARED", "the only one on the books that hour;
/// I had him to myself", a dictated "right at her elbow the whole visit and didn't treat anybody else"),
/// notes that negate it (a Bingocize session with six elders, a snow make-up day "doubled up" with the PT
/// going back and forth) or never state it (the CHR sitting in, an agency PTA's first visit), and a 97116
/// with the CHR walking alongside and an OT 97530 in the elders' craft room, which have no one-on-one
/// check;</item>
/// <item>class 2 (v2-h22-…): template states: "Treatment setting ▼ Individual" and "▼ Group (4 pts)", "⊠" /
/// "◻" boxes with a technique row all "◻", an outcome grid of "NT" (not tested), a systems screen all
/// "WNL", a typed paper sheet "Y N [neither circled]", "↔ (same as last visit)" in place of a distance and
/// an assistance level, "AD | LOA | Dist" gait fields, "(✓)" ticks;</item>
/// <item>class 3 (v3-h22-…): named programmes and methods as techniques (speed-dependent treadmill training,
/// the cuboid whip, rhythmic auditory cueing to a hand drum in the round-dance side-step, threshold
/// inspiratory muscle training, Fit &amp; Strong!, mental practice, PNF replication and dynamic reversals,
/// a Kegel programme), one cane-sequencing 97116 with no target and one Dance-for-PD-style 97112 with no
/// number;</item>
/// <item>class 4 (v4-h22-…): deficits stated as findings (biothesiometer vibration thresholds with absent
/// ankle jerks, Heberden's and Bouchard's nodes with a CMC grind, a Charcot rocker-bottom foot, exertional
/// desaturation in coal workers' pneumoconiosis, EHL weakness with foot slap, an extensor thrust into
/// recurvatum, an A1-pulley nodule, a post-polio hand-on-thigh gait) and notes that state none (a 97112
/// with "Impairments addressed: none"; a youth 97110 with no region, impairment or goal);</item>
/// <item>class 5 (v5-h22-…): measures in their usual forms (the MNSI examination, the Stair Climb Power Test
/// in watts, the Stork balance test, TUG-manual, the Sollerman hand function test, the 3-metre backward
/// walk, the heel-rise test) and notes with none (a phone note "steadier than last wk", a gait note "did
/// good", a 97140 whose only numbers are dates);</item>
/// <item>class 6 (v6-h22-…): minutes in their usual forms (RPMS "TIME SPENT", minutes before the
/// abbreviation on a phone, a coded 97164 beside one timed code, "a half hour", "×1u (13 min)", the same
/// code by PT and OT), true mismatches (a single 97112 at 30 against 22, a 97110 at 25 against 15 beside a
/// gait code that matches) and truly missing separate time (one total for three codes, a gait section with
/// no minutes);</item>
/// <item>class 7 (v7-h22-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on 97535; no-break spaces and CR/LF), and the contract's meanings of technique,
/// deficit and measure for 97116 (a homecoming goal as the only target), 97530 (assistance levels as the
/// only measure), 97140 (grades and bouts as parameters; techniques and a region with no parameter) and
/// 97110 (a region and doses), and wholly generic 97110 and 97112 phone notes;</item>
/// <item>ordinary (vord-h22-…): complete notes of both employers across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a generic two-code phone note
/// with a total, a missing and an ICD-9 diagnosis, a CAH template NMR + TE note that never says
/// one-on-one, a total only, a gait time that differs, a 97530 with no number or assistance level.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least eight minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. Cases a careful reviewer could
/// argue either way were left out: a content gap in one section of a multi-code note (multi-code notes fail
/// here only on time, one-on-one, diagnosis or when the whole note lacks the thing), generic phrases beside
/// a deficit or a measure without a technique, minutes of an activity or of uncoded untimed care inside a
/// note, self-rated scores or vitals as the only number, a one-on-one left to be inferred from a quiet room
/// or a home visit, three-character or dotless diagnosis codes, minute ranges and approximate minutes,
/// telehealth.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 84 of 98 cases agree (97 needed), and 10 of the 64 notes the reviewer passes got a finding, on the
/// analyzer of b6f19b9 (the start of 2026-12-04's night session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 85 of 98, 9 false positives, at its first run on the analyzer after the twentieth and twenty-first sets and
/// their review (be1cbf7), written before this set was read: the held-out figure.
/// Then development data: "me + him only in the gym", "WRITER AND ELDER ALONE", "the only one on the books that hour; I had him
/// to myself", "didn't treat anybody else", "just him and me in the treatment room", "Direct 1:1 (circle): Y N [neither
/// circled]", a systems screen of "WNL" rows, "Impairments addressed: none." beside "w/o LOB", bare "sequencing" in a
/// cane drill, "reactive stepping is slow", hallux and forefoot words, beading and rhythm-step vocabulary.
/// Worked through: 98 of 98, no false positive.
/// </para>
/// </summary>
public class HeldOutNotesIssue18TwentySecondTests(ITestOutputHelper output)
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

        // Phone note from the truck: "me + him only in the gym, no one else in the building" states one-on-one; grout-line heel-toe, quilt stance EC, cinder-block stepping; neuropathic loss of sensation; Ipswich Touch Test and tandem seconds: passes.
        ["v1-h22-me-and-him-only-hazel-fork"] = new(
            """
            hazel fork clinic (tue) — charted on phone in the truck before heading to dry branch
            97112 nmr 24 min, me + him only in the gym, no one else in the building
            - heel-toe walking on the tile grout line fwd + bkwd, 6 passes
            - feet-together stance on a folded quilt EO → EC w/ slow head turns
            - stepping over a cinder block laid flat, fwd/lat 2 x 10
            numb to the ankles both feet (DM neuropathy), leans on his eyes, sways bad in the dark barn
            Ipswich Touch Test 2/6 toes felt; tandem EC 4 s (1 s at IE)
            """,
            ["E11.42", "R26.81"], [PT("97112", 24)], []),

        // RPMS TIU note in capitals: "WRITER AND ELDER ALONE IN PT ROOM FOR ALL OF IT; TX NOT SHARED" is one-on-one; rhythmic stabilization and reactive stepping to nudges; reactive postural control; k of 10 single-step recoveries: passes.
        ["v1-h22-rpms-writer-and-elder-alone"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT VISIT
            STANDARD TITLE: PHYSICAL THERAPY OUTPATIENT NOTE
            AUTHOR: TSOSIE,MARLENE R            STATUS: COMPLETED
            SUBJECTIVE: ELDER REPORTS NO FALLS SINCE LAST VISIT; WALKING TO THE CHAPTER HOUSE FOR LUNCH W/ GRANDSON.
            OBJECTIVE/TX:
             97112 NEUROMUSCULAR RE-ED, 25 MIN. WRITER AND ELDER ALONE IN PT ROOM FOR ALL OF IT; TX NOT SHARED W/ ANY OTHER PATIENT.
             RHYTHMIC STABILIZATION IN STANDING AT THE COUNTER, REACTIVE STEPPING TO UNANNOUNCED NUDGES AT THE SHOULDERS (ALL DIRECTIONS), SIDE-STEPPING ALONG THE COUNTER W/ EYES CLOSED.
             IMPAIRED REACTIVE POSTURAL CONTROL - SLOW, SHORT BACKWARD PROTECTIVE STEPS.
             SINGLE-STEP RECOVERY 6 OF 10 BACKWARD NUDGES (1 OF 10 AT INITIAL EVAL).
            /es/ MARLENE R TSOSIE, PT
            SIGNED: 03/04/2026
            """,
            ["R29.6", "Z91.81"], [PT("97112", 25)], []),

        // The CHR drove the elder in and sat in on the session; rocker board, foam head turns, EC marching; neuropathic proprioceptive loss; Romberg-on-foam seconds and FTSST — but nothing says the session was one-on-one.
        ["v1-h22-chr-sat-in-unstated"] = new(
            """
            Elder driven in by the CHR (Community Health Representative), who sat in on the session to report back to the family.
            NMR 97112 23 min: weight shifts on rocker board A/P + M/L, stance on dense foam w/ horizontal head turns, marching in place EC between the parallel bars.
            ↓ ankle proprioception B from diabetic neuropathy; wide BOS + sway on the uneven ground around the homesite.
            Romberg on foam EC 7 s (3 s at IE); FTSST 16.2 s.
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Bingocize at the senior-centre meal site, "6 elders, 1 PT", billed as 97112: not one-on-one; tandem, side-stepping to called numbers, heel-toe; lateral postural control; Alternate Step Test seconds present.
        ["v1-h22-bingocize-senior-center"] = new(
            """
            Bingocize at the senior center (meal-site hall): 6 elders, 1 PT (this writer) — billed for this elder as 97112, 30 min.
            Between bingo calls: tandem stance behind a chair, side-stepping to called numbers on a floor grid, sit-to-stand to a slow count, heel-toe walking along the table row.
            This elder: ↓ lateral postural control, narrow limits of stability to the L.
            Alternate Step Test 14.8 s (17.9 s 2 wk ago).
            """,
            ["Z91.81", "R26.81"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // Snow make-up day, "doubled up: this pt and Mr. H. in the same hour, going back and forth between the two mats": not one-on-one; PNF, tall-kneel, half-kneel with tapping; trunk/hip recruitment; hold seconds present.
        ["v1-h22-snow-day-doubled-up"] = new(
            """
            Snow make-up day at Dry Branch — the county didn't plow the branch road till late, so I doubled up: this pt and Mr. H. in the same hour, going back and forth between the two mats.
            NMR (97112) 22 min: PNF D2 flex/ext UE w/ trunk rotation in sitting, tall-kneel weight shifts, half-kneel → stand w/ tapping at the L glute.
            Trunk + L hip motor recruitment ↓ after R MCA stroke.
            Half-kneel hold (L knee down) 20 s (8 s last wk).
            """,
            ["I69.354"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Youth rez-ball guard: "the only one on the books that hour; I had him to myself the whole block" is one-on-one (mom in the bleachers); hop-and-stick, wobble cushion, reactive cuts; ankle proprioception; Hexagon hop seconds: passes.
        ["v1-h22-youth-only-one-on-the-books"] = new(
            """
            Youth sports clinic — 16 yo, rez ball guard, R lateral ankle sprain 5 wk ago. Mom watched from the bleachers.
            97112 — 20 min. He was the only one on the books that hour; I had him to myself the whole block.
            Single-leg hop-and-stick on the R in 4 directions, SL stance on a wobble cushion catching chest passes, defensive slides w/ a reactive cut on my hand signal.
            ↓ R ankle proprioception + late peroneal firing on cuts.
            Hexagon hop test R 14.9 s / L 11.2 s; 2 of 10 landings w/ touchdown.
            """,
            ["S93.401D"], [PT("97112", 20)], []),

        // 97116 with the CHR walking alongside: 97116 has no one-on-one check; 4WW on gravel and a curb, distance and SBA, flexed shuffling gait, a goal: passes.
        ["v1-h22-97116-chr-alongside-no-check"] = new(
            """
            Gait trng 97116 — 18 min. CHR walked alongside carrying her purse; I guarded at the gait belt.
            New 4WW on the clinic's gravel path + 1 curb: 3 x 200 ft, SBA, seated rest on the walker seat between laps.
            Forward trunk flexion, short shuffling steps, ↓ foot clearance on gravel (feet slide).
            Goal: walk from her door to the CHR's truck on the dirt drive.
            """,
            ["R26.89", "E11.42"], [PT("97116", 18)], []),

        // OT 97530 in the elders' craft room with three others beading: 97530 has no one-on-one check; seed-bead stringing and needle threading; R hand fine-motor deficit and a powwow-medallion goal; beads per 60 s and k of 4: passes.
        ["v1-h22-ot-beading-circle-97530-no-check"] = new(
            """
            OT 97530 — 23 min, in the elders' craft room (3 other elders beading at the big table).
            Stringing size 11 seed beads w/ a beading needle, sorting beads by color into a muffin tin, threading the needle w/ a threader, opening/closing bead tubes.
            R hand fine-motor coordination + tip pinch ↓ after L CVA; goal: finish the beaded medallion for her granddaughter's powwow regalia.
            Strung 14 beads in 60 s (6 at IE); threader success 3 of 4 tries.
            """,
            ["I69.331"], [OT("97530", 23)], []),

        // Voice-to-text: "I was right at her elbow the whole visit and didn't treat anybody else during it" is one-on-one; gaze stabilization on foam and head-turn walking; L vestibular weakness; DGI "17 out of 24": passes.
        ["v1-h22-dictated-didnt-treat-anyone-else"] = new(
            """
            Dictated by voice on my phone between visits, read back before signing.
            Worked with Mrs. Caudill on neuromuscular re-education, 97112, for 25 minutes. I was right at her elbow the whole visit and didn't treat anybody else during it.
            We did gaze stabilization with her eyes on a business card while she turned her head side to side, first sitting and then standing on the foam, then walked the hallway turning her head to read the signs on the wall.
            Her left inner ear is weak since the neuritis last fall, and she gets swimmy-headed with quick turns, especially in church when she turns to talk.
            Dynamic Gait Index is 17 out of 24 today, up from 12 at the start.
            """,
            ["H81.22"], [PT("97112", 25)], []),

        // Agency PTA's first visit "per supervising PT's POC": stepping-strategy drills, foam tandem, towel stepping; somatosensory loss; k of 8 and seconds — never states how the session was delivered.
        ["v1-h22-contract-pta-unstated"] = new(
            """
            Contract PTA (agency) — first time seeing this pt; tx per supervising PT's POC.
            97112 — 24 min: stepping-strategy drills to lateral pushes at the pelvis, tandem stance on 2" foam w/ head nods, stepping over a row of rolled towels EC.
            Lumbar stenosis + peripheral neuropathy: ↓ somatosensory input B feet, late stepping response.
            Lateral push: effective single step 4 of 8 (1 of 8 at eval); tandem on foam 6 s.
            Will hand off to the regular PTA Thurs.
            """,
            ["M48.062", "G62.9"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: grids, check marks and Y/N fields

        // Drop-down "Treatment setting ▼ Individual (1 pt / 1 therapist)", "Minutes 22"; VOR x1 on a busy background, foam, habituation rolls; R vestibular hypofunction; BTrackS sway path cm: passes.
        ["v2-h22-dropdown-individual"] = new(
            """
            Treatment setting ▼  Individual (1 pt / 1 therapist)
            Code ▼  97112 Neuromuscular re-ed        Minutes  22
            Interventions: VOR x1 on blank wall → busy plaid background, standing feet together on foam; walking w/ pitch head nods; habituation rolls to the R x5
            Impairment ▼  Vestibular hypofunction R (post neuritis) + visual dependence
            Outcome: BTrackS sway path 38 cm (61 cm at IE)
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // Same drop-down answered "▼ Group (4 pts)": not one-on-one; cone stepping to colours, SLS with ball toss, backward walking; reactive balance; 8-foot up-and-go seconds present.
        ["v2-h22-dropdown-group"] = new(
            """
            Treatment setting ▼  Group (4 pts)
            Code ▼  97112 Neuromuscular re-ed        Minutes  30
            Interventions: stepping over cones to called colors, SLS at the bar w/ ball toss, backward walking along a rope line
            Impairment ▼  ↓ reactive balance + narrow limits of stability (falls x2 this winter)
            Outcome: 8-foot up-and-go 9.4 s (11.0 s at IE)
            """,
            ["R29.6"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // "⊠ Direct 1:1 ◻ Concurrent ◻ Group" and ⊠ techniques written out (PNF slow reversal hold, quadruped rhythmic stabilization, pillow stance); L LE recruitment after incomplete SCI; buckles k of 20 and 10MWT: passes.
        ["v2-h22-crossed-box-direct"] = new(
            """
            NEURO RE-ED 97112 — 23 min
            ⊠ Direct 1:1   ◻ Concurrent   ◻ Group
            Techniques:  ⊠ PNF   ⊠ rhythmic stabilization   ◻ vestibular   ⊠ compliant surface
               — PNF D1/D2 LE w/ slow reversal hold, rhythmic stabilization in quadruped, standing on a bed pillow w/ reach to clothespins
            Deficit: L LE motor recruitment + timing (incomplete SCI, T11), L knee buckling in stance
            Measure: L knee buckles 2 of 20 stance phases (7 of 20 at IE); 10MWT 0.48 m/s
            """,
            ["G82.22"], [PT("97112", 23)], []),

        // Same template with every technique box "◻" and no technique written anywhere: no technique; "⊠ Direct 1:1", sitting postural-control deficit and seated reach inches present, no generic phrase.
        ["v2-h22-crossed-box-no-technique-ticked"] = new(
            """
            NEURO RE-ED 97112 — 20 min
            ⊠ Direct 1:1   ◻ Concurrent   ◻ Group
            Techniques:  ◻ PNF   ◻ rhythmic stabilization   ◻ vestibular   ◻ compliant surface   ◻ perturbation
            Deficit: ↓ sitting postural control, falls to the R when reaching (L CVA w/ R hemi)
            Measure: seated reach fwd 7 in, lateral R 3 in
            """,
            ["I69.351"], [PT("97112", 20)], [At(Tech, "97112")]),

        // Outcome grid answered "NT" (not tested; the CHR van ran late) and no other number: no measure; tape-line tandem, towel SLS, stepping drills, somatosensory deficit and 1:1 present.
        ["v2-h22-outcome-grid-not-tested"] = new(
            """
            97112 NMR — 25 min — 1:1
            Tx: tandem walk on a painter's-tape line, SLS on a folded towel w/ cone taps, stepping-strategy drills to pushes at the hips
            Target: ↓ ankle/hip strategies, somatosensory loss B feet (neuropathy)
            Outcomes      Today
            Berg          NT
            TUG           NT
            Tandem EC     NT
            (NT = not tested; pt arrived late — the CHR van ran behind)
            """,
            ["E11.42"], [PT("97112", 25)], [At(Measure, "97112")]),

        // Systems screen with every row "WNL" and no deficit written elsewhere; treadmill perturbations, half-dome cone taps, hop-to-stick; k of 12 and k of 10; "individual tx (1:1)": only the deficit is missing.
        ["v2-h22-systems-screen-all-wnl"] = new(
            """
            97112 — 22 min — individual tx (1:1)
            Tx: perturbation training on the treadmill (belt stops), SLS on half-dome w/ cone taps, hop-to-stick forward/lateral
            Systems screen     Today
            Proprioception     WNL
            Vestibular         WNL
            Postural control   WNL
            Strength           WNL
            Measure: cone taps 11/12; hop-to-stick 8/10 w/o touchdown
            """,
            ["Z91.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Paper sheet typed up while the internet was down: "Direct 1:1 (circle): Y N [neither circled]" — not stated; PNF pelvic patterns, bridging, step-ups; L knee control after stroke; k of 10 present.
        ["v2-h22-paper-neither-circled"] = new(
            """
            [Typed from the paper daily sheet — Dry Branch clinic, internet down]
            CPT 97112   Min __24__
            Direct 1:1 (circle):  Y   N   [neither circled]
            Tx: PNF pelvic patterns sidelying (ant elevation/post depression) w/ rhythmic initiation, bridging w/ rhythmic stabilization, L step-ups w/ tapping at the quad
            Problem: L LE motor control ↓, L knee hyperextension in stance (R MCA CVA)
            Objective: L knee hyperext 3 of 10 steps (8 of 10 at IE)
            """,
            ["I69.354"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Gait fields with "↔ (same as last visit)" for distance and assist and no number anywhere: no measure for 97116; SPC on hall/gravel/grass and named deviations present.
        ["v2-h22-gait-fields-no-change-arrows"] = new(
            """
            GAIT 97116
            Device ▼  SPC
            Distance   ↔ (same as last visit)
            Assist     ↔
            Surfaces: clinic hall, gravel lot, grass bank
            Deviations: ↓ R stance, R Trendelenburg, cue for step length
            """,
            ["M16.11"], [PT("97116", 18)], [At(Measure, "97116")]),

        // "AD | LOA | Dist" gait fields filled (SPC, SBA → mod I, 250' x 2 and porch steps), surfaces, deviations and a mailbox goal: 97116 passes.
        ["v2-h22-gait-fields-filled"] = new(
            """
            GAIT TRNG (97116) 20 min
            AD: SPC R hand | LOA: SBA → mod I on level | Dist: 250' x 2 + porch steps (8) w/ rail x 2
            Surf: blacktop lot, gravel, grass slope behind clinic
            Devs: L Trendelenburg, ↓ L stance time, wide turns
            Goal: walk down the gravel drive to the mailbox + back
            """,
            ["M16.12"], [PT("97116", 20)], []),

        // OT 97530 with "(✓)" ticks: bean breaking and carrying the canner, "(✓) SBA", trials and LOB count, a canning goal with the impairment: passes (unticked "( )" items ignored).
        ["v2-h22-paren-ticks-ot-97530"] = new(
            """
            OT 97530 — 22 min
            (✓) breaking beans seated → standing at the counter   (✓) carrying the canner pot (empty) counter → stove   ( ) hanging wash
            (✓) SBA   ( ) CGA   ( ) Min A
            Trials: 3 each; 1 LOB w/ self-recovery turning from the stove
            Goal: put up her own green beans this summer (↓ standing balance + endurance after CABG)
            """,
            ["Z95.1", "R53.81"], [OT("97530", 22)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // 97116: speed-dependent treadmill training (Pohl) with increments and trials, then overground quad cane; slow hemiparetic gait; max speed and 10MWT: passes.
        ["v3-h22-speed-dependent-treadmill"] = new(
            """
            97116 — 22 min
            Speed-dependent treadmill training (Pohl): start at overground speed, ↑ 10% each 20-s step up to max safe speed, 3 trials, handrail + gait belt; then overground 2 x 150 ft w/ quad cane, SBA.
            Slow hemiparetic gait, short L step after R MCA stroke.
            Max TM speed 1.6 mph (1.1 mph at IE); 10MWT 0.71 m/s.
            """,
            ["I69.354"], [PT("97116", 22)], []),

        // 97140: cuboid whip manipulation and graded cuboid glides with bouts; lateral midfoot pain after rolling the foot on creek rocks; pain-free heel-raise reps: passes.
        ["v3-h22-cuboid-whip"] = new(
            """
            MT 97140 — 10 min: cuboid whip manipulation R x 2, plantar-to-dorsal cuboid glides gr III 3 x 30 s, STM R peroneals.
            R lateral midfoot pain since rolling the foot on the creek rocks; painful push-off on the R.
            Post: SL heel raise R 12 reps pain-free (4 before).
            """,
            ["M79.671"], [PT("97140", 10)], []),

        // Rhythmic auditory cueing to a recorded hand drum (round-dance side-step, heel-toe to the beat); cerebellar timing and placement; k of 20 on the beat and step width cm; "1:1, gym closed to other pts for the slot": passes.
        ["v3-h22-hand-drum-round-dance-cueing"] = new(
            """
            97112 — 24 min — 1:1, gym closed to other pts for the slot
            Rhythmic auditory cueing w/ a recorded hand drum: round-dance side-step L and R to the beat (60 → 76 bpm), then heel-toe stepping forward to the beat, stopping on the drum's last stroke.
            Cerebellar ataxia after R cerebellar stroke — irregular step timing and placement, wide BOS.
            Side-steps on the beat 17 of 20 (9 of 20 at IE); step width on the paper walkway 19 cm (26 cm at IE).
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // 97110: threshold inspiratory muscle training at 40 % MIP with sets and breaths, step-ups; retired miner's inspiratory weakness and hill dyspnea; MIP cmH2O: passes.
        ["v3-h22-threshold-imt-miner"] = new(
            """
            97110 — 18 min
            Threshold IMT device @ 40% MIP: 5 sets x 6 breaths w/ 60-s rests; then step-ups 4" w/ pursed-lip breathing 2 x 10.
            Retired underground miner (CWP + COPD): inspiratory muscle weakness, short of breath climbing the hill from the car to the house.
            MIP 58 cmH2O (44 at IE).
            """,
            ["J44.9", "R06.02"], [PT("97110", 18)], []),

        // 97110: Fit & Strong! routine with loads and reps; knee OA quad weakness and a gospel-singing goal; FTSST seconds: passes.
        ["v3-h22-fit-and-strong"] = new(
            """
            97110 — 23 min — Fit & Strong! (arthritis) wk 5 routine, done at the clinic: seated knee ext w/ 3 lb cuff 2 x 12, standing hip abd/ext 2 x 12 each, mini-squats at the counter 2 x 10, heel raises 2 x 15, step-ups 6" 2 x 10.
            B knee OA w/ quad weakness; goal: stand through the gospel singing at church.
            FTSST 15.1 s (18.6 s at IE).
            """,
            ["M17.0"], [PT("97110", 23)], []),

        // OT 97112: mental practice (audio-guided imagery, then physical practice of reach-grasp-release); R UE recruitment after stroke; Fugl-Meyer UE and k of 10; "OT and pt alone, door shut, no other clients": passes.
        ["v3-h22-mental-practice-ot"] = new(
            """
            OT — 97112 — 25 min — OT and pt alone, door shut, no other clients
            Mental practice: audio-guided imagery of reach-grasp-release of a cup w/ the R hand (3 rounds), each followed by physical practice (10 reps) w/ the cup and a jar lid; bilateral tabletop reaching.
            R UE paresis, ↓ R shoulder flexion/elbow ext recruitment for reach (L MCA stroke).
            Fugl-Meyer UE 31/66 (24/66 at IE); reach to the 30 cm target 7 of 10.
            """,
            ["I69.351"], [OT("97112", 25)], []),

        // PNF replication and dynamic reversals of pelvic patterns, then facilitated sit-to-stand; pelvic/trunk motor control after stroke; k of 5 and 5xSTS; "1:1, no one else in the gym": passes.
        ["v3-h22-pnf-replication-dynamic-reversals"] = new(
            """
            97112 — 23 min — 1:1, no one else in the gym
            PNF for trunk/pelvis in sidelying → sitting: replication (pt holds the end-range position I place her in, then returns to it actively), dynamic reversals of anterior elevation/posterior depression, then sit-to-stand w/ pelvic facilitation.
            ↓ pelvic/trunk motor control w/ poor anterior pelvic tilt for sit-to-stand after L MCA stroke (R hemi).
            Sit-to-stand w/o hands 4 of 5 (1 of 5 at IE); 5xSTS 18.9 s.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // Women's health 97110: a Kegel programme in three positions with holds and flicks; stress leakage with coughing and lifting, weak PFM; leaks/day and holds before fatigue: passes.
        ["v3-h22-kegel-program"] = new(
            """
            Women's health — tribal clinic PT. 97110 — 20 min.
            Kegel program in 3 positions (supine → sitting → standing): 10-s holds x 10, quick flicks x 10; TrA + PFM co-contraction w/ exhale 2 x 10.
            Stress leakage w/ coughing, laughing at bingo and lifting the grandbabies; PFM power 2/5, endurance 4 s.
            Leaks/day 2 (6 at IE, per her bladder log); 10-s hold x 7 before fatigue.
            """,
            ["N39.3"], [PT("97110", 20)], []),

        // 97116: three-point cane sequencing drills with distances and SBA — no region, impairment or functional goal anywhere: only the deficit is missing.
        ["v3-h22-cane-sequencing-no-target"] = new(
            "97116 — 18 min: 3-point cane sequencing drills (cane, then one step, then the other), forward + turning, 4 x 100 ft on tile, 2 x 60 ft on carpet; SBA.",
            ["R26.89"], [PT("97116", 18)], [At(Deficit, "97116")]),

        // Dance-for-PD-style sequences (weight shifts, rhythmic stepping to a fiddle tune, cross-midline reaching, stop-and-go), 1:1, hypokinesia and freezing named — but no number at all: only the measure is missing.
        ["v3-h22-dance-for-pd-no-number"] = new(
            """
            97112 — 1:1 w/ PT — Dance for PD-style sequences: seated → standing weight shifts to music, rhythmic stepping forward/back/side to a fiddle tune, reaching across midline w/ scarves, stop-and-go on the music's pauses.
            PD: hypokinesia, ↓ step amplitude + rhythm, freezing at the start of walking.
            Moves bigger by the end of the session; wife says she dances in the kitchen again.
            """,
            ["G20.A1"], [PT("97112", 20)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // "VPT (biothesiometer) 38 V R / 41 V L; ankle jerks absent B; can't tell floor texture barefoot" is the somatosensory deficit by its findings; textured mats, EC rocker, turf heel-toe; seen one-on-one; tandem seconds: passes.
        ["v4-h22-vpt-absent-ankle-jerks"] = new(
            """
            97112 — 22 min — seen one-on-one, no other pts on my list that slot
            Findings: VPT (biothesiometer) 38 V R / 41 V L at the great toe (>25 V = at risk); ankle jerks absent B; can't tell floor texture barefoot.
            Tx: barefoot stance on textured mats (rice-filled pad, rubber door mat, outdoor turf square) EO → EC, weight shifts on rocker board w/ eyes closed, heel-toe along the turf strip.
            Tandem stance EC 5 s (2 s at IE); 0 LOB on turf walk x 4.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // OT 97110: "Heberden's nodes, Bouchard's at R index PIP, + CMC grind R thumb; lateral pinch 3.5 kg" is the hand impairment; glides, blocking, putty, thenar isometrics with doses: passes.
        ["v4-h22-heberden-bouchard-ot"] = new(
            """
            OT hand — 97110 — 18 min
            Findings: Heberden's nodes 2nd–4th DIPs B, Bouchard's at R index PIP, + CMC grind R thumb; lateral pinch R 3.5 kg (L 5 kg); can't open the jar lids when canning.
            Ex: tendon glides x 10 each, thumb IP/MP flexion blocking 2 x 10, soft putty gross grasp 2 x 12, thenar isometrics 10 x 5-s holds w/ CMC splint on.
            """,
            ["M15.1", "M18.11"], [OT("97110", 18)], []),

        // 97116: "R midfoot Charcot (rocker-bottom) in CROW walker; callus sub L 2nd MTH, claw toes L" and the gait deviations are the deficits; RW distance and CGA: passes.
        ["v4-h22-charcot-crow-walker"] = new(
            """
            97116 — 20 min
            R midfoot Charcot (rocker-bottom) in CROW walker; callus sub L 2nd MTH, claw toes L.
            Gait w/ RW: 2 x 120 ft, CGA on turns; vaulting over the L, ↓ R stance time, step-to pattern.
            Skin check after: no redness either foot.
            """,
            ["E11.610", "E11.42"], [PT("97116", 20)], []),

        // 97530 for a retired miner: "desats to 86% on 2 L carrying … dyspnea stops him halfway up the porch steps" is the impairment; coal bucket, stove loading, ash pan with loads and distances; SBA; woodstove goal: passes.
        ["v4-h22-cwp-exertional-desat-97530"] = new(
            """
            Retired underground miner — CWP + COPD, on 2 L O2 w/ exertion.
            97530 — 22 min: carrying a coal bucket (10 lb) 3 x 40 ft w/ pursed-lip breathing + pacing, loading the woodstove from a kneel x 5, hauling the ash pan to the porch door x 3.
            Desats to 86% on 2 L carrying at his own pace → 91% w/ paced breathing; dyspnea stops him halfway up the porch steps.
            Goal: keep the stove going this winter w/o calling his son.
            SBA throughout.
            """,
            ["J44.9", "R06.02"], [PT("97530", 22)], []),

        // 97110: "EHL 3-/5, DF 4-/5, foot slap at heel strike, can't heel-walk" is the L5 impairment; band DF, marble pick-ups, heel walking, eccentric lowering with doses: passes.
        ["v4-h22-ehl-weakness-foot-slap"] = new(
            """
            97110 — 18 min
            L5 radiculopathy L: EHL 3-/5, DF 4-/5, foot slap at heel strike, can't heel-walk on the L.
            Seated DF w/ yellow band 3 x 15, toe-extension marble pick-ups 2 x 10, heel walking at the counter 4 x 20 ft, eccentric DF lowering off the step edge 2 x 10.
            """,
            ["M54.16"], [PT("97110", 18)], []),

        // "L extensor thrust at loading response w/ knee snapping into recurvatum; MAS 1+ PF; mass-pattern flexion" is the motor-control deficit; controlled knee flexion with tapping, eccentric step-over, PNF hold-relax; k of 10: passes.
        ["v4-h22-extensor-thrust-recurvatum"] = new(
            """
            97112 — 23 min — individually treated (1:1)
            O: L extensor thrust at loading response w/ the knee snapping into recurvatum; MAS 1+ L plantarflexors; L hip/knee flexion only in a mass pattern.
            Tx: controlled L knee flexion in stance (mini-lunge to 15°) w/ mirror + tapping at the hamstrings, step-up/over w/ eccentric L knee control, PNF D1 extension w/ hold-relax to break the mass pattern.
            L knee recurvatum in 3 of 10 steps on the paper walkway (9 of 10 at IE).
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // "Impairments addressed: none." beside half-roller cone taps, beanbag catches and backward walking, 1:1 and counts: the deficit is missing.
        ["v4-h22-nmr-impairments-none"] = new(
            """
            NMR 97112 — 22 min — 1:1 w/ writer
            Cone taps in SLS on a half foam roller, catching beanbags while stepping onto a 4" box, backward walking the hall w/ stops on my call.
            Impairments addressed: none.
            Cone taps 9/12 w/o UE; backward walk 40 ft w/o LOB.
            """,
            ["Z91.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // OT 97140: "palpable nodule at the A1 pulley, catching on active flexion, PIP flexion contracture -15°" is the impairment; transverse friction, PIP glides and sustained stretch with bouts: passes.
        ["v4-h22-a1-pulley-nodule-97140"] = new(
            """
            OT hand — 97140 — 10 min
            R ring finger: palpable nodule at the A1 pulley, catching on active flexion, PIP flexion contracture -15°.
            Transverse friction over the A1 pulley 3 x 60 s, PIP dorsal glides gr III 3 x 30 s, sustained PIP extension stretch 4 x 45 s.
            """,
            ["M65.341"], [OT("97140", 10)], []),

        // 97116: "R quad 2+/5, walks w/ hand-on-thigh push to lock the R knee" is the post-polio gait impairment; KAFO + SPC with distances and SBA: passes.
        ["v4-h22-post-polio-hand-on-thigh"] = new(
            """
            97116 — 20 min
            Post-polio (R LE, childhood): R quad 2+/5, walks w/ a hand-on-thigh push to lock the R knee; new fatigue + 2 near-falls in the garden.
            Gait w/ new R KAFO (locked knee) + SPC: 3 x 100 ft on level, 1 x 40 ft on grass, SBA; R hip hike for clearance.
            """,
            ["R26.89", "M62.551"], [PT("97116", 20)], []),

        // Youth 97110: ladder, box jumps, broad jumps, med-ball slams, sled drag with doses — no region, impairment or goal anywhere: only the deficit is missing.
        ["v4-h22-youth-te-no-target"] = new(
            "Youth sports clinic. 97110 — 20 min: agility ladder in-in-out-out 6 passes, box jumps 12\" 3 x 8, broad jumps 3 x 5, med-ball slams 8 lb 3 x 10, sled drag 4 x 20 yd.",
            ["S83.511D"], [PT("97110", 20)], [At(Deficit, "97110")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // MNSI physical examination score as the measure (with tandem EC seconds and k of 5); towel-stack stance, taped-line tandem, EC sit-to-stand; somatosensory loss; one-on-one: passes.
        ["v5-h22-mnsi-exam"] = new(
            """
            97112 — 25 min — one-on-one (pt had the first slot of the morning to herself)
            MNSI physical exam 5/10 (B: absent vibration at the great toes, ↓ ankle reflexes, callus R).
            Tx: stance on a folded bath-towel stack EO → EC, tandem walk along a taped line w/ head turns, sit-to-stand EC.
            Deficit: somatosensory loss B feet → poor EC balance.
            Tandem EC 6 s; sit-to-stand EC 5/5 w/o LOB.
            """,
            ["E11.42"], [PT("97112", 25)], []),

        // 97110: Stair Climb Power Test in watts (and a timed flight) for stair intervals, step-ups, leg press; LE power for the steep steps up the bank: passes.
        ["v5-h22-stair-climb-power"] = new(
            """
            97110 — 22 min: stair-climbing intervals on the clinic's 10-step flight x 4 w/ rail, step-ups 8" 3 x 10 each, leg press 3 x 10 @ 70 lb, heel raises 3 x 15.
            B LE power ↓ for the steep steps up to the house (house sits up the bank from the road).
            Stair Climb Power Test 118 W (86 W at IE); 10-step flight 9.2 s.
            """,
            ["M62.81", "R26.89"], [PT("97110", 22)], []),

        // Youth jingle-dress dancer: Stork balance test seconds; wobble-cushion EC stance, hop-to-stick, quick-foot grid; L ankle proprioception; 1:1: passes.
        ["v5-h22-stork-balance-test"] = new(
            """
            Youth — 13 yo jingle-dress dancer, L ankle sprain x2 this season.
            97112 — 20 min — 1:1
            SL stance on a wobble cushion w/ eyes closed, lateral hop-to-stick onto a spot, quick-foot stepping patterns on a taped grid.
            L ankle proprioceptive deficit, late peroneal response.
            Stork balance test (on the forefoot) L 7 s / R 19 s.
            """,
            ["S93.402D"], [PT("97112", 20)], []),

        // TUG-manual (carrying a cup of water) against TUG in seconds; dual-task figure-8 with coffee, tandem with serial recitation, 180° turns; dual-task postural control; 1:1 throughout: passes.
        ["v5-h22-tug-manual"] = new(
            """
            NMR 97112 — 24 min, 1:1 w/ PT the whole time
            Dual-task: walking a figure-8 around 2 chairs carrying a full cup of coffee, tandem walk while reciting the days of the week backwards, turning 180° on command while carrying a plate.
            ↓ postural control under dual task (mild cognitive impairment + R hip OA).
            TUG 11.9 s; TUG-manual (w/ cup of water) 15.6 s (19.8 s at IE).
            """,
            ["G31.84", "R26.81"], [PT("97112", 24)], []),

        // OT 97530: Sollerman Hand Function Test score with min A for one task; jar, buttons, zip, check, truck key; R hand after distal radius fx and a dressing/driving goal: passes.
        ["v5-h22-sollerman-ot-97530"] = new(
            """
            OT — 97530 — 24 min: opening a jar and a milk-jug cap, buttoning a flannel shirt, zipping a coat, writing a check, turning a key in the truck ignition (mock-up).
            R hand weakness + ↓ dexterity after R distal radius fx (ORIF wk 10); goal: dress and drive herself to the clinic.
            Sollerman Hand Function Test R 61/80 (48/80 at IE); min A for the jar only.
            """,
            ["S52.501D"], [OT("97530", 24)], []),

        // 3-metre backward walk seconds and k of 6; backward walking with pelvic cues, retro-stepping over a rope, backward weight shifts; posterior LOB after a porch fall; "individual, PT/pt only": passes.
        ["v5-h22-three-metre-backward-walk"] = new(
            """
            97112 — 23 min — individual, PT/pt only
            Backward walking w/ tactile cues at the pelvis, retro-stepping over a rope on the floor, backward weight shifts to a wall w/ recovery steps.
            Posterior LOB w/ backward stepping, short retro-steps (fear of falling backward since the fall off the porch).
            3-meter backward walk 8.7 s (12.4 s at IE); 5 of 6 backward releases w/ a single step.
            """,
            ["R29.6"], [PT("97112", 23)], []),

        // 97110: heel-rise test reps as the measure; SL heel raises, calf press, toe walking, eccentric drops; plantarflexor weakness after Achilles repair: passes.
        ["v5-h22-heel-rise-test"] = new(
            """
            97110 — 20 min: SL heel raises off a step 3 x 10, seated calf press 3 x 12 @ 60 lb, toe walking 4 x 30 ft, eccentric heel drops 2 x 15.
            R plantarflexor weakness after Achilles repair (wk 16), ↓ push-off walking up the holler road.
            Heel-rise test R 9 reps / L 24 reps.
            """,
            ["S86.011D"], [PT("97110", 20)], []),

        // Phone note: pillow stance EC, counter side-stepping, broom-handle stepping, head-turn walking, 1:1, ankle strategy/neuropathy — "steadier than last wk" and not one number: only the measure is missing.
        ["v5-h22-phone-steadier-no-number"] = new(
            """
            nmr 97112 — 1:1 — stance on a bed pillow eyes shut, side-stepping along the kitchen counter, stepping over the broom handle, head turns walking the hall
            still wobbly on soft ground — poor ankle strategy, neuropathy both feet
            says she's walking the holler road to the mailbox again. steadier than last wk
            """,
            ["E11.42"], [PT("97112", 22)], [At(Measure, "97112")]),

        // 97116 with SPC on hall and gravel, curb practice and cues, L TKA gait deviations — "did good, more confident" and no distance, assistance level or number: only the measure is missing.
        ["v5-h22-gait-did-good-no-number"] = new(
            """
            Gait trng 97116: SPC in the hallway, out the side door onto the gravel, practiced getting up the curb, cues for heel strike and longer steps.
            Short L step, ↓ L knee flexion in swing (L TKA).
            Did good, more confident on gravel than last time.
            """,
            ["Z96.652"], [PT("97116", 20)], [At(Measure, "97116")]),

        // 97140 with STM, myofascial and suboccipital release and lateral glides for R neck pain — the only numbers are the next visit's date and a recert date: only the measure is missing.
        ["v5-h22-manual-dates-only"] = new(
            """
            Manual (97140): STM + myofascial release R upper trap + levator scap, suboccipital release, R cervical lateral glides.
            R neck pain w/ ↓ R rotation, stiff every morning after sleeping in the recliner.
            Next visit 3/11 at Coal Run; POC recert due 4/01.
            """,
            ["M54.2"], [PT("97140", 12)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, mismatches, missing separate time

        // RPMS "TIME SPENT: 97112 - 23 MIN / 97110 - 15 MIN" in capitals, both sections complete, "PT AND ELDER 1:1": minutes match: passes.
        ["v6-h22-rpms-time-spent"] = new(
            """
            LOCAL TITLE: PT OUTPATIENT VISIT
            AUTHOR: REDCLOUD,JAMES             STATUS: COMPLETED
            TREATMENT:
             97112 NEUROMUSCULAR RE-ED: SEATED → STANDING VOR X1 (YAW/PITCH), FEET TOGETHER ON FOAM EO/EC W/ HEAD TURNS, WALKING THE HALL W/ HEAD TURNS. PT AND ELDER 1:1, NO OTHER PTS SEEN DURING.
               L VESTIBULAR HYPOFUNCTION - GAZE INSTABILITY + SWAY W/ HEAD MOVEMENT. DVA 4 LINES LOST (6 AT IE).
             97110 THER EX: SEATED LEG PRESS 3 X 10 @ 60 LB, HEEL RAISES 3 X 15, STANDING HIP ABD W/ BAND 3 X 12 - B HIP ABDUCTOR/PF WEAKNESS.
            TIME SPENT: 97112 - 23 MIN / 97110 - 15 MIN
            /es/ JAMES REDCLOUD, PT
            """,
            ["H81.22", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Phone shorthand with minutes before the abbreviation ("23 min nmr (1:1)", "15 min gait"), both sections complete: minutes match: passes.
        ["v6-h22-phone-minutes-before-abbrev"] = new(
            """
            23 min nmr (1:1) — rocker board + foam w/ ball toss, SL stance on a pillow w/ reach to the cabinet knobs; R ankle proprioception ↓ after the fx. SLS on pillow R 7 s (2 s at IE)
            15 min gait — SPC on gravel + grass, 3 x 150', SBA; ↓ R push-off, short L step
            """,
            ["S82.891D"], [PT("97112", 23), PT("97116", 15)], []),

        // Coded untimed 97164 re-eval "— 20 min" beside one timed code, "97112 neuro re-ed — 23 min, 1:1" (dual-task foam/perturbation/hurdle work, MCI + neuropathy, TUG and Berg): minutes match, no separate-time issue: passes.
        ["v6-h22-reeval-97164-beside-nmr"] = new(
            """
            97164 re-eval (untimed): re-tested, goals updated, recert sent to Dr. Hall in town — 20 min.
            97112 neuro re-ed — 23 min, 1:1: tandem on a foam strip, SLS w/ perturbations at the pelvis, stepping over hurdles while naming animals (dual task).
            ↓ postural control under dual task (MCI + neuropathy).
            Re-test: TUG 12.9 s (16.8 s at IE), TUG-cog 17.2 s; Berg 47/56 (41/56 at IE).
            """,
            ["G31.84", "G62.9"], [PT("97164", 20), PT("97112", 23)], []),

        // Single 97112 phone note "nmr 30 min 1:1" against a line of 22: a true mismatch; technique, proprioceptive deficit and seconds present.
        ["v6-h22-single-nmr-30-vs-22"] = new(
            """
            nmr 30 min 1:1 — tandem + SLS on foam w/ head turns, lateral step-and-catch to tugs at the gait belt, heel-toe on a 2x6 board
            L ankle/knee proprioception ↓ post L TKA, sways L on foam
            SLS foam L 4 s; tandem EC 6 s
            """,
            ["Z96.652"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // "TherEx 97110 — 25 min" against a 97110 line of 15, "Gait 97116 — 20 min" matches its line: mismatch on 97110 only; both sections complete.
        ["v6-h22-te-25-vs-15-beside-gait"] = new(
            """
            TherEx 97110 — 25 min: sit-to-stand from low couch height 3 x 10, step-ups 6" 3 x 10 each, mini-squats at the counter 3 x 12, seated hamstring curls w/ band 3 x 15; B quad weakness (4-/5).
            Gait 97116 — 20 min: RW → SPC trial on level, 2 x 150 ft, SBA w/ SPC; antalgic on the R, ↓ R stance.
            """,
            ["M17.0"], [PT("97110", 15), PT("97116", 20)], [At(Mismatch, "97110")]),

        // PT and OT each bill 97110 in one visit and each section gives its own 15 min (per discipline, both match), with exercises, doses and regions: passes.
        ["v6-h22-pt-and-ot-same-code"] = new(
            """
            PT then OT, same visit (separate sessions, back to back)
            PT — 97110 — 15 min: bridges 3 x 12, sidelying hip abd 2 x 15, heel raises 3 x 15; L hip abductor weakness (Trendelenburg) after L THA.
            OT — 97110 — 15 min: R shoulder AAROM w/ wand 2 x 15, scap retraction w/ band 3 x 12, ball squeezes 2 x 20; R shoulder flexion 110°, grip R 14 kg.
            """,
            ["Z96.642", "M25.611"], [PT("97110", 15), OT("97110", 15)], []),

        // "Total timed tx 45 min (MT/TE/gait)" for 97140, 97110 and 97116 with no minutes per code: separate time missing; each section complete.
        ["v6-h22-total-only-three-codes"] = new(
            """
            Total timed tx 45 min (MT/TE/gait).
            MT: talocrural posterior glides gr III 3 x 30 s, subtalar distraction, STM R peroneals/gastroc; R ankle DF limited after trimalleolar ORIF.
            TE: towel scrunches 2 x 20, calf raises 3 x 12, ankle DF w/ band 3 x 15, SL balance reaches 2 x 10.
            Gait: no AD, 300 ft x 2, SBA; ↓ R push-off, early heel-off.
            R ankle DF 8° (0° at IE).
            """,
            ["S82.851D"], [PT("97140", 10), PT("97110", 20), PT("97116", 15)], [SepTime]),

        // "NMR 97112 24 min, 1:1" then "Gait training after" with AFO, distance and SBA but no minutes: separate time missing; both sections complete.
        ["v6-h22-gait-section-no-minutes"] = new(
            """
            NMR 97112 24 min, 1:1 — rocker board w/ perturbations, tandem on Airex, side-stepping over cones; ↓ R ankle strategy (R peroneal neuropathy). Airex tandem 9 s (3 s at IE).
            Gait training after: R AFO + SPC, 3 x 100 ft, SBA, cues to clear the R toe; steppage pattern R.
            """,
            ["G57.31"], [PT("97112", 24), PT("97116", 14)], [SepTime]),

        // "Spent a half hour on neuromuscular re-ed (97112) with him, one-on-one" against a 30-minute line: matches; PNF on the ball, weight shifts, tapping; L LE weight bearing; % on a scale: passes.
        ["v6-h22-half-hour-in-words"] = new(
            """
            Spent a half hour on neuromuscular re-ed (97112) with him, one-on-one: PNF rhythmic stabilization sitting on the therapy ball, lateral weight shifts in standing to a tape line on the mirror, L step-ups w/ tapping at the quad.
            L hemiparesis: ↓ L LE weight bearing and L knee control in stance.
            Weight through the L LE 40% on a scale under the L foot (31% at IE).
            """,
            ["I69.354"], [PT("97112", 30)], []),

        // Charge line "97110 ×1u (13 min) | 97530 ×2u (25 min)": minutes per code match; shoulder exercises with doses and ER degrees, clothesline/canning-jar tasks with CGA → SBA and a goal: passes.
        ["v6-h22-units-with-minutes"] = new(
            """
            Charges: 97110 ×1u (13 min) | 97530 ×2u (25 min)
            97110: R shoulder pulleys flexion/scaption 2 x 20, wall walks 2 x 10, ER w/ band 3 x 12; R shoulder ER 40°.
            97530: hanging the wash on the clothesline (overhead reach) x 10 pins, lifting quart canning jars shelf-to-shelf x 12, changing a porch light bulb (sim) x 3; CGA → SBA; goal: hang out her own wash.
            """,
            ["M75.121"], [PT("97110", 13), PT("97530", 25)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note with 97112 and 97110: DOC_NOTE_MISSING on each, nothing else.
        ["v7-h22-empty-nmr-te"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // No-break spaces and CR/LF only (nothing a reviewer can read) on an OT 97530 with no diagnosis sent: missing on 97530 and the diagnosis check.
        ["v7-h22-nbsp-crlf-ot-no-dx"] = new(
            "\u00A0\u00A0\r\n\u00A0",
            [], [OT("97530", 20)], [At(NoteMissing, "97530"), Dx]),

        // Empty note with an OT 97535 (timed, no documentation profile) and a PT 97116: missing on 97116 only.
        ["v7-h22-empty-97535-and-gait"] = new(
            "",
            ["R26.89"], [OT("97535", 15), PT("97116", 15)], [At(NoteMissing, "97116")]),

        // 97116 whose only target is a functional goal (across the church yard to dinner on the grounds at homecoming): a goal is a deficit for 97116; hiking stick, distance, SBA: passes.
        ["v7-h22-gait-homecoming-goal-only"] = new(
            """
            97116 — 20 min: walked the clinic lot and the grass bank behind it w/ a hiking stick, 3 x 250 ft, SBA; sidestepping down the grass bank x 4.
            Goal: walk from the car across the church yard to dinner on the grounds at homecoming.
            """,
            ["R26.89"], [PT("97116", 20)], []),

        // 97530 whose only measure is the assistance level (CGA on rising, SBA otherwise), with named woodpile/kindling/woodstove tasks and a goal, no other number: passes.
        ["v7-h22-ta-assist-level-only"] = new(
            """
            97530: stacking split wood from a wheelbarrow onto the porch rack, carrying the kindling box across the room, kneeling and rising at the woodstove door; CGA on rising, SBA otherwise.
            Goal: keep his own woodstove going.
            """,
            ["M62.81"], [PT("97530", 20)], []),

        // 97140 with grades and bouts as its parameters and a region/impairment (R hallux rigidus, ↓ MTP extension): passes.
        ["v7-h22-manual-hallux-grades"] = new(
            "MT 97140: R 1st MTP dorsal glides gr III–IV 4 x 30 s, long-axis distraction 3 x 30 s, sesamoid mobs; R hallux rigidus w/ ↓ MTP extension limiting push-off on the steep driveway.",
            ["M20.21"], [PT("97140", 10)], []),

        // 97140 naming cross-friction, radial head mobilization and an MWM for L lateral elbow pain, with no grade, bout, hold or number: only the measure is missing.
        ["v7-h22-manual-no-parameters"] = new(
            """
            97140 manual: cross-friction to the L lateral epicondyle common extensor origin, radial head mobilization, Mulligan lateral glide MWM for gripping.
            L lateral elbow pain gripping the weed-eater and a gallon milk jug.
            """,
            ["M77.12"], [PT("97140", 12)], [At(Measure, "97140")]),

        // Phone note "ther ex done, tol fair. cont w/ POC": wholly generic 97110 — technique, generic, deficit and measure.
        ["v7-h22-phone-generic-te"] = new(
            "ther ex done, tol fair. cont w/ POC",
            ["M62.81"], [PT("97110", 15)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Phone note "bal + coord ex's, pt did ok. will cont per plan.": wholly generic 97112 — technique, generic, deficit, measure and one-on-one.
        ["v7-h22-phone-generic-nmr"] = new(
            "bal + coord ex's, pt did ok. will cont per plan.",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // 97110 with a body region ("L shoulder") as its target and doses as its parameters, no outcome number: passes.
        ["v7-h22-te-region-and-doses"] = new(
            "97110: L shoulder — supine wand flexion 2 x 15, sidelying ER 1 lb 3 x 10, rows w/ red band 3 x 12, wall slides 2 x 10.",
            ["M75.102"], [PT("97110", 15)], []),

        // ---------------------------------------------------------------- ordinary notes (vord-…)

        // CAH outpatient R TKA: TE (17) and stairs/gait (15) with doses, porch-steps goal, quad lag and flexion degrees, SPC distance and CGA → SBA: passes.
        ["vord-h22-tka-porch-steps"] = new(
            """
            Shiloh Creek Regional (CAH) — OP Rehab — R TKA 5 wk. Goal: up/down the 9 porch steps (rail on one side only) to get in the house.
            TE 97110 — 17 min: recumbent bike warm-up (seat 7, full revolutions), step-ups 6" 3 x 10, TKE w/ band 3 x 15, wall sits 3 x 20 s; R quad lag 5°, knee flexion 108°.
            Stairs/gait 97116 — 15 min: SPC on level 2 x 200 ft; porch-height steps 9 x 3 reciprocal up w/ 1 rail, step-to down, CGA → SBA; ↓ R knee flexion in swing.
            """,
            ["Z96.651"], [PT("97110", 17), PT("97116", 15)], []),

        // Retired roof bolter with neurogenic claudication: 97140 (12) lumbar PAs and flexion mobs, 97110 (15) flexion-bias exercises; Walmart goal; walking distance before symptoms: passes.
        ["vord-h22-miner-stenosis-mt-te"] = new(
            """
            Retired miner (roof bolter, 31 yrs underground). Neurogenic claudication — has to sit down partway through the grocery store.
            97140 — 12 min: L4–5 + L5–S1 central PAs gr III, sidelying lumbar flexion mobs 3 x 30 s, STM lumbar paraspinals.
            97110 — 15 min: posterior pelvic tilts 2 x 15, single knee-to-chest 3 x 30 s each, recumbent bike w/ trunk flexed (level 4), seated flexion w/ ball roll-out 2 x 10.
            Lumbar stenosis w/ ↓ walking tolerance; goal: walk the aisles at the Walmart in town w/o the riding cart.
            Walked 410 ft on level before leg sx (230 ft at IE).
            """,
            ["M48.062"], [PT("97140", 12), PT("97110", 15)], []),

        // RPMS elder note: NMR (24, "PT WITH ELDER ONE-ON-ONE THROUGHOUT", foam EC/tandem/cone reach, plantar sensory loss, tandem seconds and FGA) and TE (14, doses, hip/ankle weakness): passes.
        ["vord-h22-rpms-elder-nmr-te"] = new(
            """
            LOCAL TITLE: PT DAILY NOTE
            AUTHOR: BEGAY,LORETTA              STATUS: COMPLETED
            PURPOSE OF VISIT: FALLS; DM NEUROPATHY
            INTERVENTIONS:
             NEUROMUSCULAR RE-ED (97112) 24 MIN, PT WITH ELDER ONE-ON-ONE THROUGHOUT: STANDING ON DENSE FOAM EC, TANDEM WALK ALONG TAPE, STEP-AND-REACH TO CONES ON THE UNEVEN MAT.
               LOSS OF PLANTAR SENSATION B FEET; RELIES ON VISION, FALLS AT DUSK GOING OUT TO THE SHEEP PEN.
               TANDEM STANCE EC 6 SEC (2 SEC AT IE); FGA 19/30.
             THERAPEUTIC EXERCISE (97110) 14 MIN: SIT-STAND 3 X 10, STANDING HIP ABD 2 LB 2 X 12, HEEL RAISES 3 X 15 - B HIP/ANKLE WEAKNESS.
            PLAN: CONT 2X/WK; CHR TO CHECK THE HOME FOR LOOSE RUGS.
            /es/ LORETTA BEGAY, PT
            """,
            ["E11.42", "Z91.81"], [PT("97112", 24), PT("97110", 14)], []),

        // Tribal elder after a toe amputation with new extra-depth shoes: 97116 on tile/carpet/ramp with distance, SBA, forefoot-unloading cues and forefoot slap: passes.
        ["vord-h22-toe-amp-extra-depth-shoes"] = new(
            """
            Tribal Health — PT. Elder w/ type 2 DM, R 2nd toe amputation (2025); new extra-depth shoes + custom inserts from podiatry.
            97116 — 20 min: gait w/ SPC on tile, carpet and the outdoor ramp, 4 x 150 ft; cues for shorter steps + heel-first contact to unload the forefoot; SBA.
            Forefoot slap B (↓ DF), short R stance.
            Skin checked after walking — no hot spots.
            """,
            ["E11.42", "Z89.421"], [PT("97116", 20)], []),

        // OT 97530 (20: frybread dough, flour sack, skillet; SBA; feast-day goal) and 97110 (10: wrist ext and putty with doses; grip kg): passes.
        ["vord-h22-ot-frybread-ta-te"] = new(
            """
            OT — 97530 — 20 min: kneading and patting out frybread dough at the standing counter (both hands), lifting a 5-lb flour sack to the counter x 4, moving the cast-iron skillet (empty) stove → counter x 3; SBA, 1 seated rest.
            Goal: cook for the family at feast day.
            OT — 97110 — 10 min: R wrist ext w/ 1 lb 3 x 12, putty roll + pinch 2 x 15; R wrist/hand weakness (grip R 15 kg / L 24 kg).
            """,
            ["S52.501D"], [OT("97530", 20), OT("97110", 10)], []),

        // Youth rez-ball wing: 97112 (20, "1:1 in the small gym, no one else booked", BOSU/hop-hold/cuts, proprioception, seconds and k of 10) and 97110 (15, band/calf/band walks, evertor weakness): passes.
        ["vord-h22-youth-ankle-nmr-te"] = new(
            """
            Youth sports — rez ball (wing), L ankle sprain gr II, 4 wk.
            97112 — 20 min — 1:1 in the small gym, no one else booked: SL stance on BOSU w/ chest passes, hop-and-hold 4 directions, reactive lateral cuts to my point.
               L ankle proprioceptive deficit, late peroneal response. SL BOSU L 18 s (R 40 s); hop-hold 7/10 stable.
            97110 — 15 min: eversion w/ band 3 x 15, SL calf raises 3 x 12, lateral band walks 3 x 20 ft; L evertor + PF weakness.
            """,
            ["S93.402D"], [PT("97112", 20), PT("97110", 15)], []),

        // R rotator cuff repair wk 14, tobacco-barn goal: 97140 (10, GH glides with bouts, scapular mobs, STM) and 97110 (18, prone I/T/Y, ER, pulleys with doses); AROM degrees: passes.
        ["vord-h22-rcr-tobacco-barn-mt-te"] = new(
            """
            R RCR wk 14. Goal: reach overhead to hang tobacco sticks on the tier poles in the barn come fall.
            97140 10 min: GH posterior + inferior glides gr III 3 x 45 s, sidelying scapular mobs, STM R infraspinatus/teres minor.
            97110 18 min: prone I/T/Y 2 x 10 @ 1 lb, sidelying ER 3 x 12 @ 2 lb, pulley flexion 2 x 20, wall clock reaches 2 x 10.
            R shoulder flexion AROM 138° (112° at IE), ER 60°.
            """,
            ["M75.121"], [PT("97140", 10), PT("97110", 18)], []),

        // Travel PT, hip hemiarthroplasty after an icy-porch fall: 97116 (18, SPC on gravel, distance, SBA, deviations) and 97530 (20, pickup cab, tub, reacher, CGA → SBA, live-alone goal): passes.
        ["vord-h22-hip-hemi-travel-pt"] = new(
            """
            Contract PT (travel, wk 6 of 13). L hip hemiarthroplasty after a fall on the icy porch, wk 8.
            97116 — 18 min: SPC on the clinic's gravel strip, 3 x 120 ft, SBA; L Trendelenburg, short R step.
            97530 — 20 min: climbing into the high pickup cab w/ the grab handle x 4, in/out of the tub over the rim w/ bench x 3, picking the cat's bowl off the floor w/ reacher x 5; CGA → SBA.
            Goal: live alone w/o the home aide and drive herself to church.
            """,
            ["S72.002D", "Z96.642"], [PT("97116", 18), PT("97530", 20)], []),

        // Lowercase phone note from Dry Branch: "just pt + me in the room, no one else booked"; x1 viewing, head-turn walking, EC on carpet; L UVH with oscillopsia; DVA lines and veering count: passes.
        ["vord-h22-phone-vestibular-dry-branch"] = new(
            """
            dry branch clinic, fri — typed on my phone after the visit
            97112 22 min, just pt + me in the room, no one else booked
            x1 viewing yaw/pitch sitting → standing on a pillow, walking the hall turning head to read signs taped on the wall, feet together EC on carpet
            L uvh (vestibular neuritis in jan), oscillopsia driving the curvy road over the mountain
            DVA 3 lines lost (5 at IE); head-turn walking: no veering in 4 passes
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // Travel PT at Coal Run, R C6 radiculopathy: 97140 (11, graded PAs and suboccipital release with holds) and 97110 (15, DNF/scap/stretch with doses); rotation degrees: passes.
        ["vord-h22-travel-pt-cervical-mt-te"] = new(
            """
            Contract PT (travel, wk 9 of 13) — Coal Run clinic.
            97140 — 11 min: C5–6 / C6–7 R unilateral PAs gr III, T1–T4 central PAs gr IV, suboccipital release 2 x 60 s.
            97110 — 15 min: DNF chin nods in supine 10 x 10 s, scap retraction w/ band 3 x 12, UT stretch 3 x 30 s.
            R C6 radiculopathy: ↓ R rotation, R biceps 4/5, tingling into the thumb.
            Cervical rotation R 54° (38° at IE).
            """,
            ["M54.12"], [PT("97140", 11), PT("97110", 15)], []),

        // PTA 97110 for knee OA with a 'sang-digging goal: step-ups, step-downs, low-stool sit-to-stand, incline treadmill bouts; quad weakness; 30-s chair stand: passes.
        ["vord-h22-pta-knee-oa-sang"] = new(
            """
            PTA note (supervising PT: R. Allen). 97110 — 23 min. B knee OA — wants to get back up the hillside to dig 'sang come September.
            Step-ups 8" 3 x 10, lateral step-downs 4" 2 x 10, sit-to-stand from a low stool 3 x 8, uphill treadmill walking at 6% grade x 3 bouts.
            B quad weakness; R knee flexion 110°.
            30-s chair stand 11 (8 at IE).
            """,
            ["M17.0"], [PTA("97110", 23)], []),

        // OT hand after carpal tunnel release: 97140 (10, scar/edema massage, carpal mobs with bouts) and 97110 (15, nerve and tendon glides, putty, opposition with doses); pillar pain, grip kg and 2-pt discrimination: passes.
        ["vord-h22-ot-carpal-tunnel-release"] = new(
            """
            OT hand — R carpal tunnel release, POD 24.
            97140 — 10 min: scar massage + silicone gel over the incision, retrograde edema massage R hand, carpal bone mobs (pisiform/hamate) gr II 3 x 30 s.
            97110 — 15 min: median nerve glides x 10, tendon glides 10 x each, soft putty gross grasp 2 x 15, thumb opposition to each fingertip 2 x 10.
            R palm pillar pain + scar adhesion; grip R 12 kg (L 26 kg); 2-pt discrimination index 6 mm.
            """,
            ["G56.01"], [OT("97140", 10), OT("97110", 15)], []),

        // Elders' falls programme 97530: floor recovery by backward chaining with reps, a get-up-alone goal at the homesite, min A → CGA: passes.
        ["vord-h22-elder-floor-recovery"] = new(
            """
            Tribal Health Svc — elder falls program. 97530 — 24 min.
            Floor recovery by backward chaining: half-kneel → stand at a sturdy chair x 4, side-sit → quadruped → kneel x 3, then full floor-to-chair x 2.
            Goal: get herself up off the floor if she falls at home (lives alone at the homesite, nearest neighbor a mile down the road).
            Min A on the first full rise → CGA by the 2nd.
            """,
            ["R29.6", "M62.81"], [PT("97530", 24)], []),

        // PD 97116 with a cane-mounted laser line for doorway freezing, distances and SBA; freezing and festination; freezes k of 6: passes.
        ["vord-h22-pd-laser-line-gait"] = new(
            """
            97116 — 22 min: gait w/ a cane-mounted laser line cue for freezing at doorways, wide-arc turns, 4 x 100 ft + 6 doorway passes; SBA.
            PD: freezing of gait at thresholds, festination on turns.
            Froze on 1 of 6 doorway passes (5 of 6 at IE).
            """,
            ["G20.A1"], [PT("97116", 22)], []),

        // CAH stroke visit with three codes of 15 min each, "I was the only one working with him and had no one else scheduled"; NMR, gait and TA each complete: passes.
        ["vord-h22-stroke-three-codes"] = new(
            """
            Shiloh Creek OP Rehab — R hemiparesis (L MCA), wk 10. I was the only one working with him and had no one else scheduled during his visit.
            97112 — 15 min: PNF D1 flexion R LE w/ slow reversals, R step-ups w/ tapping at the quad, weight shift onto the R to floor marks; R LE motor control ↓, knee snaps back in stance. R SLS 4 s.
            97116 — 15 min: hemi-walker → quad cane, 3 x 100 ft, CGA; R toe catch, circumduction.
            97530 — 15 min: in/out of the car front seat x 3, picking the newspaper up off the porch x 5; min A → CGA. Goal: sit out on the porch and ride to town w/ his wife.
            """,
            ["I69.351"], [PT("97112", 15), PT("97116", 15), PT("97530", 15)], []),

        // Youth stickball player after ACLR: 97530 sport-specific scooping, cutting and shuttle drills; dynamic valgus and a return-to-play goal; shuttle seconds and valgus k of 8: passes.
        ["vord-h22-youth-stickball-ta"] = new(
            """
            Youth — stickball, 16 yo, R ACLR 7 mo. 97530 — 23 min: sport-specific: scooping the ball w/ the sticks on the run x 10, decel + cut L/R to a cone x 8 each, pro-agility shuttle x 4.
            R knee dynamic valgus on the R plant; goal: play in the stickball games at the fair this fall.
            Pro-agility 5.9 s (6.6 s 4 wk ago); valgus on 2 of 8 R cuts.
            """,
            ["S83.511D"], [PT("97530", 23)], []),

        // 97110 for mechanical LBP with a wood-splitting goal: hinge, kettlebell deadlift, chops, carries with loads; hinge quality k of 10: passes.
        ["vord-h22-lbp-wood-splitting"] = new(
            """
            97110 — 20 min: hip hinge w/ dowel 3 x 10, kettlebell deadlift 20 lb 3 x 8, half-kneel chops w/ band 3 x 10 each, farmer carry 25 lb 4 x 50 ft.
            Mechanical LBP — poor hinge, lumbar flexion under load. Goal: split and stack his winter wood.
            Hinge w/o lumbar flexion 8/10 reps (3/10 at IE).
            """,
            ["M54.50"], [PT("97110", 20)], []),

        // Dictated elder note: "just him and me in the treatment room the whole time", "twenty-four minutes"; hip pushes, blanket side-steps, foam EC; slow reactive stepping (sheep-corral fall); k of 8: passes.
        ["vord-h22-dictated-elder-sheep-corral"] = new(
            """
            Dictated: I saw Mr. Yazzie for neuromuscular re-education, 97112, twenty-four minutes. It was just him and me in the treatment room the whole time; his grandson waited out in the lobby.
            We worked on stepping reactions: I gave light pushes at his hips in different directions and he practiced catching himself with one step, then side-stepping over a rolled blanket, and standing on the foam with his eyes closed.
            His reactive stepping is slow and he takes several small shuffles instead of one good step — that's how he went down at the sheep corral.
            Today he recovered with a single step on 5 of 8 pushes; last month it was 2 of 8.
            """,
            ["R29.6", "Z91.81"], [PT("97112", 24)], []),

        // Return to flatfoot dancing: "individual session, nobody else on my schedule"; heel-toe rhythm steps to a fiddle tune, SL shuffle taps, direction changes; ankle proprioception and timing; seconds and k of 12: passes.
        ["vord-h22-flatfoot-dancing-nmr"] = new(
            """
            97112 — 25 min — individual session, nobody else on my schedule
            Return to flatfoot dancing at the Friday jam: heel-toe rhythm steps on the wood floor to a fiddle tune, SL balance w/ opposite-foot shuffle taps, quick direction changes on my call.
            ↓ R ankle proprioception + step timing after R ankle ORIF (missed the bottom porch step).
            SL stance R EC 8 s (3 s at IE); shuffle taps on the beat 10 of 12.
            """,
            ["S82.851D"], [PT("97112", 25)], []),

        // OT 97535 (timed, no profile) with its 15 min and 97530 with its 20 min; kitchen tasks with SBA and a supper goal, hip precautions: passes.
        ["vord-h22-ot-97535-and-97530"] = new(
            """
            OT — 97535 self-care 15 min: shower-chair transfer + bathing sequence w/ long-handled sponge, LB dressing w/ sock aid + reacher; min A → SBA.
            OT — 97530 20 min: carrying a pot of water 2-handed 10 ft x 3, reaching to the upper cabinet, stooping to the oven; SBA. Goal: cook her own supper.
            L hip precautions (L THA); ↓ standing balance for kitchen tasks.
            """,
            ["Z96.642"], [OT("97535", 15), OT("97530", 20)], []),

        // Coded untimed G0283 "15 min" beside one timed 97140 (12): SIJ muscle energy with contractions and rounds, graded rotation mobs, STM; L SIJ pain in the truck: passes.
        ["vord-h22-g0283-and-sij-manual"] = new(
            """
            G0283 unattended e-stim (premod) L low back, 15 min.
            97140 — 12 min: L SIJ muscle energy (posterior innominate) 3 x 5-s contractions x 3 rounds, L lumbar rotation mobs gr III, STM L QL.
            L SIJ pain sitting in the truck; ↓ L lumbar side-bend.
            """,
            ["M46.1"], [PT("G0283", 15), PT("97140", 12)], []),

        // PTA phone note "ex's + func act's today. tol good. cont POC. 35 min.": both codes wholly generic (technique, generic, deficit, measure) and only a total: separate time missing.
        ["vord-h22-pta-phone-generic-te-ta"] = new(
            "ex's + func act's today. tol good. cont POC. 35 min.",
            ["M62.81"], [PTA("97110", 20), PTA("97530", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // Complete 1:1 NMR (foam EC, rope tandem, cone side-steps, somatosensory deficit, distance and seconds) sent with no diagnosis: the diagnosis check only.
        ["vord-h22-nmr-no-diagnosis"] = new(
            """
            97112 — 23 min — 1:1
            Quiet standing on foam w/ EC + head turns, tandem walking on a rope laid on the floor, side-stepping over 6" cones; ↓ somatosensory balance (neuropathy) and slow stepping reactions.
            Tandem on the rope 12 ft w/o step-off; foam EC 11 s.
            """,
            [], [PT("97112", 23)], [Dx]),

        // RPMS gait note complete (SPC, distance, SBA, deviations) but the visit's diagnosis is the legacy ICD-9 "250.60", not ICD-10-CM: the diagnosis check only.
        ["vord-h22-rpms-icd9-diagnosis"] = new(
            """
            LOCAL TITLE: PT DAILY NOTE
            PURPOSE OF VISIT: DM W/ NEUROPATHY, GAIT
            97116 GAIT TRAINING 18 MIN: SPC ON THE CLINIC HALL + OUTDOOR RAMP, 3 X 150 FT, SBA; SHORT STEP LENGTH B, FOOT SLAP L (↓ DF).
            /es/ WANDA ATTAKAI, PTA
            """,
            ["250.60"], [PTA("97116", 18)], [Dx]),

        // CAH daily-note template: NMR (22) and TE (16) complete with minutes per code, but nothing says the NMR was one-on-one.
        ["vord-h22-cah-template-no-one-on-one"] = new(
            """
            OP THERAPY DAILY NOTE — Shiloh Creek Regional Hospital
            Visit 6 of 12, Medicare B
            Treatment:
              97112 (22 min) — rocker board M/L w/ EC, perturbations in stride stance, SLS on foam w/ cone taps → ↓ lateral postural control, delayed L hip strategy. Cone taps 8/12.
              97110 (16 min) — sidelying hip abd 3 x 12, bridges w/ band 3 x 12, sit-to-stand 2 x 10 → L hip abductor weakness 4-/5.
            Pt education: HEP updated.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 16)], [At(OneOnOne, "97112")]),

        // PD "tx time 38 min (NMR/gait), one-on-one throughout" with no minutes per code: separate time missing; both sections complete.
        ["vord-h22-pd-total-only"] = new(
            """
            PD — tx time 38 min (NMR/gait), one-on-one throughout.
            NMR: big-amplitude stepping to floor targets, backward stepping to a release, quick direction changes on call; retropulsion + ↓ step amplitude. Pull test: 2 steps to recover.
            Gait: 4WW w/ visual floor lines, 4 x 100 ft, SBA; festinating, freezes at the doorway.
            """,
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // Single gait code "Gait trng x 25 min" against a line of 15: a true mismatch; hemi-walker, distance, CGA and deviations present.
        ["vord-h22-gait-25-vs-15"] = new(
            "Gait trng x 25 min: hemi-walker on level and the ramp, 3 x 80 ft, CGA; R knee hyperextension in stance, ↓ R hip flexion in swing.",
            ["I69.351"], [PT("97116", 15)], [At(Mismatch, "97116")]),

        // 97530 naming side-by-side, porch-step and chicken-feeding tasks and a farm-chores goal after hip replacement, with no assistance level, count or number: only the measure is missing.
        ["vord-h22-farm-chores-ta-no-measure"] = new(
            """
            97530: practiced getting in and out of the side-by-side, climbing the porch steps carrying the mail, bending to scatter feed for the chickens from the bucket.
            Goal: do her own farm chores after the hip replacement.
            """,
            ["Z96.641"], [PT("97530", 20)], [At(Measure, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
