using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The forty-seventh held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (the fifth, forty-third and forty-fifth, read for their format and to write styles,
/// phrasings, vocabulary and examples they do not already have). The engine's output on these notes was
/// never looked at while writing them, and the tests were never run by the reviewer.
/// The set is meant to measure the ordinary middle of the market: a random week of plain, everyday notes from
/// the South Central states and the Mountain West, in the proportions a billing manager sees them — about
/// two thirds ordinary and complete (65 of 100), single- and multi-code visits (97110, 97112, 97116,
/// 97140, 97530, up to three in a visit), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>an Oklahoma City hospital's outpatient rehabilitation department ("Red Earth Medical Center": Midtown
/// OKC, Edmond, Norman, Moore, Yukon, Midwest City, Del City, Mustang) whose PTs and OTs chart a plain "PT Daily
/// Note": "Treatment provided: individual, face-to-face with the PT for all timed minutes", "Individual
/// treatment: Yes / Group treatment: No", "Pt received one-on-one treatment with the PT for all timed
/// services", a "Timed Code Treatment Minutes:" block with its totals, a "Timed codes this visit: 97110 [ 15 ]
/// min …" line with boxes left empty for codes not billed, a small Field | Entry table with "1:1 | Y", the
/// Tinetti POMA, McKenzie repeated extension, a BTE work simulator for an HVAC tech; a Thunder game, the Lake
/// Hefner trail, OU lectures, the Tinker AFB records office, a church food pantry, a long-haul driver;</item>
/// <item>a Dallas–Fort Worth physician-owned orthopaedic chain whose PTAs carry the daily notes ("Trinity Ortho
/// &amp; Spine PT": Arlington, Grapevine, Plano, Frisco, Mansfield, Keller, Irving, Denton, Weatherford): "PTA
/// Daily Note · Supervising PT: …", "NMRE", "TherEx", "TA", "one-on-one w/ PTA", a "1:1 contact? [ ] Yes [x]
/// No" question, a PTA finishing manual with the 2:30 patient while this one did balance stations, "x 2 units
/// / 30 min", "Tx time: 30 min" on the one timed code, blood flow restriction training, strain-counterstrain,
/// a PT/OT co-treat both on 97530; a DFW ramp agent, a Kroger stocker, a warehouse order picker, a select
/// baseball coach, a call-centre worker, Texas Motor Speedway, the Fort Worth Stockyards, a horse barn;</item>
/// <item>an Arkansas rural clinic ("Ozark Foothills Therapy": Heber Springs, Mountain View, Batesville, Clinton,
/// Marshall, Melbourne, Searcy) in plain prose: "Mrs. Pruitt was my only patient during this session and I was
/// hands-on with her the entire time", "me giving her little pushes at the hips so she has to catch herself
/// with a step", "sugar diabetes", a typed Y/N form ("One on one: Y"), "We spent 20 minutes on exercise … and 10
/// minutes on manual", "Did 12 minutes of manual on his low back. Then his exercises …", a muscle energy
/// technique, Cozen's test; chicken houses and broiler houses, feed sacks, hay flakes, cattle, a bass boat at
/// Greers Ferry, a chainsaw, porch steps, church pews, firewood;</item>
/// <item>a Denver neuro and vestibular practice ("Front Range Neuro &amp; Vestibular": Cherry Creek, Lowry,
/// Lakewood, Aurora, Littleton, Arvada, Englewood, Westminster, Highlands Ranch, Boulder): vestibular
/// hypofunction and bilateral loss, vestibular migraine, habituation, a concussion with Brock-string
/// convergence work, NDT facilitation, the Lokomat, Parkinson's freezing with a laser cane, cerebellar
/// dysmetria, chemo-induced neuropathy, TUG-cognitive, the Community Balance &amp; Mobility Scale, a TBI
/// community re-entry, a concurrent vestibular patient, "Started NMR (97112) at 1:02, moved to gait training
/// (97116) at 1:25, finished at 1:40"; the RTD light rail, Winter Park, Eldora, the Mesa Trail, King
/// Soopers;</item>
/// <item>a Phoenix clinic with many winter-resident retirees ("Desert Sky Physical Therapy": Sun City, Sun City
/// West, Surprise, Mesa, Scottsdale, Chandler, Gilbert, Apache Junction, Peoria, Sun Lakes): winter residents
/// from Minnesota, Wisconsin, Iowa and South Dakota, a rec-centre balance class of seven, a shoulder class of
/// three, "One-on-one: Y ☐ N ☐" left blank, impairment boxes left blank, the Pilates reformer, Kaltenborn
/// glides, functional reach in inches; pickleball, golf carts, the casita, a park-model home, the RV resort,
/// Fry's and Costco.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h47-…): one-on-one in everyday words ("individual, face-to-face with the PT for all timed
/// minutes", "pt one-on-one with this PTA", "my only patient during this session … hands-on with her the entire
/// time", "1:1 w/ OT; husband sat in to learn how to guard her", "just the pt and me in the vestibular room"),
/// notes that negate it (a concurrent vestibular patient, a rec-centre class of seven, a PTA who was with
/// another patient for part of the time) or never state it (a cattle farmer's complete note), and a 97110 in a
/// shoulder class of three, which has no one-on-one check;</item>
/// <item>class 2 (v2-h47-…): template states: "Individual treatment: Yes / Group treatment: No", "1:1 contact?
/// [ ] Yes [x] No", a typed Y/N technique form, a ticked vestibular checklist, impairment boxes all blank, an
/// assistance scale with (x) CGA beside a distance, timed-code boxes with the unbilled codes left empty, a blank
/// outcome-measure field as a 97112's only measure, "One-on-one: Y ☐ N ☐" left blank, a "1:1 | Y" table
/// row;</item>
/// <item>class 3 (v3-h47-…): named protocols and programmes as techniques (McKenzie repeated extension, blood flow
/// restriction, muscle energy technique, strain-counterstrain, Lokomat, Pilates reformer, BTE work simulator,
/// Kaltenborn glides), an NDT 97112 with no number and a PNF 97112 with no deficit;</item>
/// <item>class 4 (v4-h47-…): deficits stated as findings (heel-to-shin dysmetria and intention tremor, a sharpened
/// Romberg with light touch lost below the ankles, push-off weakness by single-leg heel raises, medial scapular
/// winging with grades, a positive Cozen's test with grip, freezing at doorways with start hesitation, a positive
/// modified Thomas test, an extensor lag on SLR) and notes that state none (a vestibular and balance exam within
/// normal limits on a 97112, a gait pattern "normal today, no deviations noted" on a 97116);</item>
/// <item>class 5 (v5-h47-…): measures in their usual forms (the Tinetti POMA with its parts, functional reach in
/// inches, TUG-cognitive with a dual-task cost, the 2 Minute Step Test, a stair climb test, Box and Block and
/// 9-Hole Peg, the Community Balance &amp; Mobility Scale) and notes with none ("fewer stepping errors than last
/// visit", a PTA's hip programme named without a dose, "walked farther than last week");</item>
/// <item>class 6 (v6-h47-…): minutes in their usual forms (a hospital "Timed Code Treatment Minutes" block,
/// "x 2 units / 30 min", "We spent 20 minutes on exercise … and 10 minutes on manual", clock times in a
/// sentence, a PT/OT co-treat both on 97530), true mismatches (an NMR line, "Tx time" on the one timed code, the
/// second of three codes) and truly missing separate time (a total only, minutes for one code of two);</item>
/// <item>class 7 (v7-h47-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (hold times as the dose), 97530 (loads, distances and repetitions
/// with a farm goal), 97140 (holds and bouts with a region) and 97116 (device and distance with an impairment),
/// and wholly generic 97110 + 97140, 97112 and 97530 notes;</item>
/// <item>ordinary (vord-h47-…): complete notes of the five employers across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a complete note with no diagnosis, an
/// ICD-9 code in the diagnosis field, a two-line generic note with a total, a complete two-code note that never
/// says one-on-one, a ther-ex time that differs, a vestibular note with no number, a total only, a PTA 97530 with
/// no assistance level or number, an OT time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on an
/// objective measure with a number and fails it only when the note has no number but its code and minutes; for
/// the other codes a dose (sets, repetitions, load, hold, bouts, distance, assistance level) is a measure.
/// Numbers that are not minutes of a code or measures (ages, weeks since surgery, step heights, clock times of
/// another patient's slot, a tool number, the number of holes of golf or of broiler houses) are read as what they
/// are; no note states minutes of an activity, a rest or a test (the "2 Minute Step Test" is a test's name).
/// Cases a careful reviewer could argue either way were left out: a content gap in one section of a multi-code
/// note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note lacks the thing),
/// generic phrases beside a deficit or a measure without a technique, a dose alone as a 97112's measure,
/// self-rated scores as the only number, a cueing level as the only measure, an exercise's name as a 97110's
/// only region, "gait training" as the whole of a 97116 note, a 97530 with no deficit, minute ranges and
/// approximate minutes, canalith repositioning, a diagnosis code written without its dot, and any line with a
/// code that has no documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 95 of 100 cases agree (98 needed), and 2 of the 65 notes the reviewer passes got a finding, on the analyzer
/// of 4ba782b (the start of the 2026-12-05 fifth session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 95 of 100, 2 false positives — the same five cases — at its first run on the analyzer of 47dd3e8 (the session's
/// readings of the thirty-ninth to forty-sixth sets and four reviews; not shaped by this set): the held-out figure — plain
/// notes of the ordinary middle of the market, 95 %. Then development data, worked through: 98 of 100, no false positive —
/// "We spent 20 minutes on exercise" as 97110's, "Started NMR (97112) at 1:02, moved to gait training (97116) at 1:25,
/// finished at 1:40" as each code's, a title's site after a dash ("FRONT RANGE NEURO & VESTIBULAR — Westminster"). Left:
/// "Vestibular and balance exam today within normal limits" read as a vestibular deficit; "Worked on strength and balance"
/// read as 97110's goal. New examples in NotesAsWrittenTests "forty-seventh-set".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FortySeventhTests(ITestOutputHelper output)
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

        // OKC hospital "Treatment provided: individual, face-to-face with the PT for all timed minutes"; release-from-lean stepping, foam tandem with head turns, hurdles with serial 3s; protective stepping and postural control; Berg and TUG: passes.
        ["v1-h47-midtown-individual-face-to-face"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Midtown OKC
            PT Daily Note — Visit 6
            Treatment provided: individual, face-to-face with the PT for all timed minutes.
            97112 Neuromuscular Re-education — 24 min
            - Forward and lateral reactive stepping after release from a lean, 10 each direction
            - Tandem stance on the foam pad with head turns
            - Stepping over 6-in hurdles while counting backward by 3s
            Impairment: slow, short protective steps and ↓ postural control with head movement; fell in the church parking lot in January
            Berg 45/56 (39/56 at eval); TUG 12.6 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // DFW PTA "NMRE 97112 — 20 min, pt one-on-one with this PTA" beside TherEx 15; Airex ball toss, BAPS, hop-to-stick; ankle proprioception and peroneal reaction; SLS and Y-balance; both minutes match: passes.
        ["v1-h47-arlington-pta-one-on-one-nmr-te"] = new(
            """
            TRINITY ORTHO & SPINE PT — Arlington
            PTA Daily Note · Supervising PT: R. Castillo, PT
            Dx: R ankle sprain, 6 wks; ramp agent at DFW, back to light duty Monday
            NMRE 97112 — 20 min, pt one-on-one with this PTA: SL stance on the Airex w/ ball toss, BAPS board level 3 CW/CCW, lateral hops to a stick landing
            TherEx 97110 — 15 min: heel raises 3 x 15, band eversion (green) 3 x 15, lateral band walks 3 laps of 20 ft
            Deficits: ↓ R ankle proprioception and peroneal reaction; R eversion 4-/5
            SLS R EC 9 s (L 28 s); Y-balance anterior reach R 61 cm / L 69 cm
            Pt tolerated tx well.
            """,
            ["S93.401D"], [PTA("97112", 20), PTA("97110", 15)], []),

        // Arkansas prose "Mrs. Pruitt was my only patient during this session and I was hands-on with her the entire time"; foam EC, rocker board, "little pushes at the hips" (perturbations); lost foot sensation with visual reliance; Romberg-on-foam seconds and k of 8: passes.
        ["v1-h47-heberspring-only-patient-hands-on"] = new(
            """
            Ozark Foothills Therapy — Heber Springs
            Mrs. Pruitt was my only patient during this session and I was hands-on with her the entire time.
            Neuro re-ed (97112), 25 minutes. Worked on her standing balance on the foam cushion with her eyes closed, rocker board side to side at the parallel bars, and me giving her little pushes at the hips so she has to catch herself with a step.
            Decreased sensation in both feet from her sugar diabetes — she can't tell where her feet are and leans on her eyes to stay up.
            Romberg on foam eyes closed: 7 seconds (3 seconds two weeks ago). Caught herself with one step on 5 of 8 pushes.
            """,
            ["E11.42", "Z91.81"], [PT("97112", 25)], []),

        // Denver "Pt treated concurrently with another vestibular pt today … while I alternated cues": not one-on-one; VOR x1, head-turn walking, foam EC; L hypofunction with oscillopsia; DHI and DGI present.
        ["v1-h47-lowry-concurrent-vestibular-pt"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Lowry
            Vestibular PT follow-up
            Pt treated concurrently with another vestibular pt today — both doing gaze work at the mirror station while I alternated cues.
            97112 — 22 min: VOR x1 horizontal and vertical in standing, 3 x 60 s each; walking w/ head turns down the hallway; standing on foam w/ EC
            L vestibular hypofunction (neuritis in Nov), oscillopsia w/ quick head turns
            DHI 38 (62 at eval); DGI 19/24
            """,
            ["H81.22"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Phoenix "Wed 10:00 balance class at the rec center studio, 7 residents, PT leading": not one-on-one; floor-target stepping, tandem, half foam rollers, head-turn marching; narrow-base postural control; chair stands and 4-stage balance present.
        ["v1-h47-suncitywest-rec-center-class"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Sun City West
            Wed 10:00 balance class at the rec center studio, 7 residents, PT leading
            97112 — 30 min
            Class today: weight shifts and stepping to floor targets, tandem walking along the line, standing on half foam rollers w/ a chair nearby, marching w/ head turns
            This pt: ↓ postural control w/ narrow base and head turns; winter resident from Minnesota, 2 falls last summer
            30-s chair stand 10; 4-stage balance: tandem 6 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // DFW PTA: the patient did the balance stations "while I finished manual w/ the 2:30 pt, then I came back": not one-on-one (the 2:30 is another patient's slot, not minutes); L ankle strategy and proprioception after TKA; SLS and beam steps present.
        ["v1-h47-plano-pta-finished-other-pt"] = new(
            """
            TRINITY ORTHO & SPINE PT — Plano
            PTA Daily Note · Supervising PT: M. Nguyen, PT
            97112 NMRE — 23 min
            Pt did the balance stations (foam stance w/ EC, tandem on the beam, SL stance w/ cone taps) while I finished manual w/ the 2:30 pt, then I came back to work on reactive stepping w/ her.
            ↓ L ankle strategy and ↓ L LE proprioception after L TKA
            SLS L 6 s, R 15 s; tandem on the beam 4 steps before stepping off
            """,
            ["Z96.652", "R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // Arkansas cattle farmer, complete (Airex EC, foam blocks, rocker board, ball catch on foam; slow ankle/hip reactions and foot proprioception; Berg and TUG) but nothing says one-on-one.
        ["v1-h47-batesville-cattle-farmer-unstated"] = new(
            """
            Ozark Foothills Therapy — Batesville
            Mr. Dodson, 81, cattle farmer — here for balance after 2 falls feeding cows in the lot.
            Neuro re-ed 97112, 23 min: standing on the Airex with eyes closed, stepping over the foam blocks, rocker board front to back, catching a ball standing on the foam.
            Slow ankle and hip reactions, decreased proprioception in both feet (neuropathy).
            Berg 42/56, up from 37/56 at eval. TUG 13.4 s.
            Gave him a new sheet of home exercises.
            """,
            ["G62.9", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Phoenix "Shoulder class, 3 pts with one PT" on 97110: the one-on-one check is for 97112 only; pulleys, wand, band rows, wall slides, side-lying ER with doses; R shoulder after cuff repair with a closet-shelf goal; flexion degrees: passes.
        ["v1-h47-scottsdale-shoulder-class-97110"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Scottsdale
            Shoulder class, 3 pts with one PT
            97110 — 20 min
            This pt: R shoulder, 10 wks after rotator cuff repair; can't reach the top shelf of the closet in the casita
            Pulleys flexion x 20; wand ER 2 x 15; band rows (red) 2 x 15; wall slides 2 x 10; side-lying ER w/ 1 lb 2 x 12
            R flexion AROM 128° (110° 2 wks ago)
            """,
            ["M75.121", "Z47.89"], [PT("97110", 20)], []),

        // Denver OT "1:1 w/ OT; husband sat in to learn how to guard her" (a caregiver watching does not undo one-on-one); L UE weight bearing, PNF D1/D2 with tapping, cone placing; L UE recruitment; Fugl-Meyer: passes.
        ["v1-h47-aurora-ot-husband-watching"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Aurora · OT
            97112 — 25 min, 1:1 w/ OT; husband sat in to learn how to guard her
            Weight bearing through the L hand on the mat table while reaching w/ the R; PNF D1/D2 L UE patterns w/ tapping to the wrist extensors; placing cones on a shelf from standing w/ the L hand
            ↓ L UE motor recruitment and control after R MCA stroke (L hemiparesis)
            Fugl-Meyer UE 36/66 (29/66 at eval)
            """,
            ["I69.354"], [OT("97112", 25)], []),

        // Denver "Session 1:1 (just the pt and me in the vestibular room)"; habituation to provoking positions, VOR x2 on a busy background, pitch head-turn walking; motion-provoked dizziness after neuritis; MSQ and DGI: passes.
        ["v1-h47-cherrycreek-just-pt-and-me"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Cherry Creek
            Session 1:1 (just the pt and me in the vestibular room)
            97112 — 20 min: habituation to the provoking positions (rolling R, sit → supine, bending to the floor) 3 each; VOR x2 against a busy background; walking w/ pitch head turns
            Motion-provoked dizziness and visual motion sensitivity after R vestibular neuritis
            MSQ 18 (36 at eval); DGI 21/24
            """,
            ["H81.21"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 2: grids, check marks and Y/N fields

        // OKC "Individual treatment: Yes     Group treatment: No"; 97112 23 (rhythmic stabilization, foam step-and-hold, mirror weight shift) and 97116 15 (hemi walker → quad cane, distance, CGA); R recruitment; Berg and gait speed: passes.
        ["v2-h47-edmond-individual-yes-group-no"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Edmond
            PT Daily Note
            Individual treatment: Yes     Group treatment: No
            97112 Neuromuscular Re-ed: 23 min
              Tall-kneel and half-kneel rhythmic stabilization; stepping onto a 4-in foam step and holding; weight shift onto the R in standing w/ mirror
            97116 Gait Training: 15 min
              Hemi walker → quad cane, 2 x 100 ft, CGA; cues for R heel strike and step length
            Impairments: R hemiparesis w/ ↓ R LE motor recruitment and weight acceptance; short L step
            Berg 38/56 (31/56 at eval); gait speed 0.46 m/s
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], []),

        // DFW PTA "1:1 contact?   [ ] Yes   [x] No": answered no; foam perturbations, step-downs with mirror, hop and stick; dynamic valgus and proprioception after ACL; k of 10 and k of 5 present.
        ["v2-h47-grapevine-pta-contact-question-no"] = new(
            """
            TRINITY ORTHO & SPINE PT — Grapevine
            PTA Daily Note · Supervising PT: K. Holt, PT
            1:1 contact?   [ ] Yes   [x] No
            97112 — 22 min: SL stance on foam w/ perturbations at the trunk, lateral step-downs off a 6-in box w/ mirror for knee position, single-leg hop and stick
            ↓ R knee neuromuscular control (dynamic valgus) and proprioception, 5 mo after R ACL recon
            Hop to stick 6/10 w/o touchdown; SL squat valgus on 2 of 5 reps
            """,
            ["S83.511D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // Arkansas typed form "One on one: Y" and "Foam: Y  Rocker board: Y  Pushes/perturbations: Y  Parallel bars: N"; ankle reactions and foot proprioception; tandem and SLS seconds: passes.
        ["v2-h47-mountainview-typed-yn-form"] = new(
            """
            Ozark Foothills Therapy — Mountain View
            Balance visit    97112    22 min
            One on one: Y
            Foam: Y   Rocker board: Y   Pushes/perturbations: Y   Parallel bars: N
            Problem: unsteady on uneven ground — decreased ankle reactions and proprioception in both feet; fell in the garden rows last fall
            Tandem stance 12 s (5 s at eval); SLS R 4 s / L 5 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // Denver checklist "[x] VOR x1 [x] VOR x2 [ ] Habituation [x] Gait w/ head turns [ ] Optokinetic" with "1:1"; bilateral vestibular hypofunction with oscillopsia; DVA lines and FGA: passes.
        ["v2-h47-lakewood-vestibular-checklist"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Lakewood
            97112 — 24 min — 1:1
            [x] VOR x1   [x] VOR x2   [ ] Habituation   [x] Gait w/ head turns   [ ] Optokinetic
            Bilateral vestibular hypofunction (gentamicin), oscillopsia walking and unsteady in the dark
            DVA loss 4 lines (6 at eval); FGA 18/30
            """,
            ["H81.8X3"], [PT("97112", 24)], []),

        // Phoenix "Impairments addressed: [ ] proprioception [ ] postural control [ ] vestibular [ ] coordination", none ticked and no deficit written elsewhere; Airex EC, rocker, clock stepping, tandem ball toss, 1:1, Berg present.
        ["v2-h47-surprise-impairment-boxes-blank"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Surprise
            97112 — 20 min — 1:1
            Tx: standing on the Airex w/ EC, rocker board A/P and lateral, stepping to the clock targets, ball toss in tandem stance
            Impairments addressed:  [ ] proprioception   [ ] postural control   [ ] vestibular   [ ] coordination
            Berg 47/56; tandem stance 14 s
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // DFW PTA 97116 "Assist: ( ) Indep ( ) SBA (x) CGA ( ) Min A" and "Distance: 2 x 120 ft …"; RW → SPC; antalgic L gait after hip fracture nailing: passes.
        ["v2-h47-frisco-pta-assist-circle-97116"] = new(
            """
            TRINITY ORTHO & SPINE PT — Frisco
            PTA Daily Note · Supervising PT: A. Brooks, PT
            Gait training 97116 — 16 min
            Device: RW → SPC
            Assist:  ( ) Indep   ( ) SBA   (x) CGA   ( ) Min A
            Distance: 2 x 120 ft indoor, 1 x 60 ft on the ramp
            L intertrochanteric hip fx (IM nail) 8 wks — antalgic, ↓ L stance time, short R step
            """,
            ["S72.142D"], [PTA("97116", 16)], []),

        // OKC "Timed codes this visit: 97110 [ 15 ] min 97140 [ 10 ] min 97112 [ ] min 97116 [ ] min": the billed codes' boxes match, the empty ones are codes not billed; LBP exercises with doses and lumbar mobs/STM; pantry goal: passes.
        ["v2-h47-norman-timed-code-boxes"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Norman
            Timed codes this visit:   97110 [ 15 ] min    97140 [ 10 ] min    97112 [    ] min    97116 [    ] min
            97110: prone press-ups 2 x 10; bird dog 2 x 10 w/ 5 s hold; hip hinge w/ dowel 2 x 12; farmer carry 15 lb 4 x 40 ft
            97140: L4-L5 central PA mobs gr III 3 x 30 s; STM L lumbar paraspinals and QL
            Low back pain w/ ↓ lumbar extension and ↓ trunk endurance; goal: lift the grandkids and work the church food pantry
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 10)], []),

        // Denver "Outcome measure: ______   Score: ______" left blank and no other number: no measure; perturbations, foam head turns, dual-task obstacles, 1:1, reactive postural control after thalamic stroke present.
        ["v2-h47-littleton-outcome-field-blank"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Littleton
            97112 — 22 min — pt treated 1:1
            Tx: perturbations in stride stance, standing on foam w/ head turns, stepping over obstacles w/ a cognitive task
            Deficit: ↓ reactive postural control and ↓ dual-task gait after R thalamic stroke
            Outcome measure: ______   Score: ______
            Plan: re-test next visit
            """,
            ["I69.398"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Phoenix "One-on-one:  Y ☐   N ☐" with neither box ticked and nothing else on delivery: not stated; rocker EC, foam-beam tandem, banded lateral stepping; foot proprioception and lateral postural control; mCTSIB and Berg present.
        ["v2-h47-chandler-one-on-one-boxes-blank"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Chandler
            97112 Neuro re-ed — 23 min
            One-on-one:  Y ☐   N ☐
            Tx: rocker board A/P w/ EC, tandem walk on the foam beam, lateral stepping w/ a resistance band at the pelvis
            Deficit: ↓ proprioception B feet and ↓ lateral postural control (neuropathy); winter visitor from Iowa
            mCTSIB foam EC 11 s; Berg 46/56
            """,
            ["E11.42"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // OKC two-column table with "| 1:1 | Y |"; PD amplitude stepping with external cueing, 4-step turns, metronome walking; hypokinesia, freezing and postural control on turns; TUG, turn and functional reach: passes.
        ["v2-h47-moore-field-entry-table"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Moore
            | Field         | Entry |
            | CPT           | 97112 |
            | Minutes       | 25 |
            | 1:1           | Y |
            | Interventions | big-amplitude stepping to floor targets (visual cueing), turning practice w/ 4-step turns, metronome-cued walking at 100 bpm, sit-to-stand w/ forward weight shift |
            | Impairment    | PD: hypokinesia w/ ↓ step length, freezing and ↓ postural control on turns |
            | Measure       | TUG 13.1 s; 360° turn 7 steps / 4.0 s; functional reach 8 in |
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes

        // OKC 97110 "McKenzie protocol: repeated extension in lying (REIL) 3 x 10 …" with standing extension and prone-on-elbows holds; lumbar derangement with centralising buttock pain; Thunder-game goal: passes.
        ["v3-h47-edmond-mckenzie-97110"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Edmond
            97110 — 18 min
            McKenzie protocol: repeated extension in lying (REIL) 3 x 10, last set w/ pt's own overpressure; extension in standing 2 x 10; prone on elbows 3 x 60 s holds
            Response: L buttock pain centralized to the low back after the 2nd set
            Lumbar derangement w/ L buttock pain and ↓ lumbar extension (major loss → moderate loss)
            Goal: sit through a Thunder game w/o leg pain
            """,
            ["M54.50"], [PT("97110", 18)], []),

        // DFW PTA "Blood flow restriction (BFR) training, R LE, cuff at 80% LOP" with 30/15/15/15 sets and loads; quad atrophy with thigh girth after ACL recon; truck-loading goal: passes.
        ["v3-h47-mansfield-pta-bfr-97110"] = new(
            """
            TRINITY ORTHO & SPINE PT — Mansfield
            PTA Daily Note · Supervising PT: J. Ramirez, PT
            TherEx 97110 — 20 min
            Blood flow restriction (BFR) training, R LE, cuff at 80% LOP:
              leg press 30/15/15/15 @ 50 lb
              knee extension 90°→45° 30/15/15/15 @ 10 lb
              standing calf raises 30/15/15/15
            R quad atrophy and weakness 10 wks after R ACL recon (patellar tendon graft); thigh girth 10 cm above the patella R 44.5 cm / L 47 cm
            Goal: back on the job loading trucks at the distribution center
            """,
            ["S83.511D"], [PTA("97110", 20)], []),

        // Arkansas "Muscle energy technique to correct his R anterior innominate" with holds and repetitions, then SI posterior glides in bouts; R SI joint pain from stepping off his bass boat; matching 12 minutes: passes.
        ["v3-h47-heberspring-muscle-energy-97140"] = new(
            """
            Ozark Foothills Therapy — Heber Springs
            Manual therapy (97140), 12 minutes
            Muscle energy technique to correct his R anterior innominate: R hip extension against my hand, 5-second holds x 3, repeated 3 times; then R SI joint posterior glides grade III, 3 bouts of 30 seconds.
            R SI joint pain and R anterior innominate rotation — he hurt it stepping down off his bass boat at Greers Ferry.
            After treatment: ASIS level, standing flexion test negative on the R.
            """,
            ["S33.6XXD"], [PT("97140", 12)], []),

        // DFW PTA "Strain-counterstrain: L piriformis and L lower-pole L5 tender points, positioned and held 90 s each x 2" with STM; L buttock pain and piriformis tightness; hip IR before/after: passes.
        ["v3-h47-keller-pta-strain-counterstrain-97140"] = new(
            """
            TRINITY ORTHO & SPINE PT — Keller
            PTA Daily Note · Supervising PT: D. Okafor, PT
            MT 97140 — 10 min
            Strain-counterstrain: L piriformis and L lower-pole L5 tender points, positioned and held 90 s each x 2; STM L glute med/piriformis
            L buttock pain and L piriformis tightness; hip IR L 25° → 32° after
            Pt is a 4th-grade teacher, can't sit on the floor w/ her class
            """,
            ["M25.552"], [PTA("97140", 10)], []),

        // Denver "NDT: facilitation at the pelvis …, key points at the trunk …", 1:1, L hip/trunk recruitment and stance timing after R MCA stroke — but not one number beyond the code and minutes: no measure.
        ["v3-h47-arvada-ndt-facilitation-no-number"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Arvada
            97112 — 25 min, treated 1:1
            NDT: facilitation at the pelvis for weight shift onto the L in standing; key points at the trunk for sit-to-stand w/ even weight bearing; facilitated L stance during step-ups onto a low step w/ R swing
            Deficits: L hemiparesis w/ ↓ L hip/trunk motor recruitment and poor timing of L stance after R MCA stroke
            Response: better L weight acceptance by the end of the session; less pushing through the R hand.
            """,
            ["I69.354"], [PT("97112", 25)], [At(Measure, "97112")]),

        // Denver 97116 "Lokomat: 2.0 km/h, body-weight support 45% → 40%, guidance force 80% → 70%, 820 steps"; impaired reciprocal stepping after incomplete C5 SCI; overground 10MWT: passes.
        ["v3-h47-englewood-lokomat-97116"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Englewood
            Gait training 97116 — 30 min
            Lokomat: 2.0 km/h, body-weight support 45% → 40%, guidance force 80% → 70%, 820 steps
            Incomplete SCI (C5, AIS D): impaired reciprocal stepping, ↓ L hip flexion in swing and L knee hyperextension in stance
            10MWT overground w/ RW 0.34 m/s (0.25 m/s at eval)
            """,
            ["G82.54"], [PT("97116", 30)], []),

        // Phoenix 97110 "Pilates reformer: footwork series on 3 red springs …" with spring settings and repetitions; R hip OA with abductor weakness; golf goal before driving home to Minnesota: passes.
        ["v3-h47-scottsdale-pilates-reformer-97110"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Scottsdale
            97110 — 20 min
            Pilates reformer: footwork series on 3 red springs 2 x 10 each position; bridging w/ feet on the footbar 2 x 10; side-lying leg press on 1 red spring 2 x 12 each side; standing lunge w/ one foot on the carriage 2 x 8 each
            R hip OA w/ R hip abductor weakness (4-/5) and stiffness; wants to play 9 holes at the club again before she drives home to Minnesota in April
            """,
            ["M16.11"], [PT("97110", 20)], []),

        // OKC OT 97530 on the "BTE work simulator" (screwdriver attachment at shoulder height, in-lb and sets), overhead bolt panel and toolbox carry; HVAC return-to-work goal after decompression: passes.
        ["v3-h47-yukon-ot-bte-work-simulator-97530"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Yukon · OT
            97530 — 23 min
            BTE work simulator, tool #802 (screwdriver attachment) at shoulder height, 10 in-lb, 4 sets of 25 rotations; overhead bolt panel, reach and tighten x 12; carrying a 20-lb toolbox 50 ft x 4
            Goal: back to work as an HVAC tech — working overhead in attics and carrying tools up the ladder
            R shoulder 12 wks after subacromial decompression
            """,
            ["M75.41", "Z47.89"], [OT("97530", 23)], []),

        // Denver PNF chops/lifts, rhythmic stabilization, resisted braiding, BOSU stepping, 1:1, SLS-on-foam seconds and FGA — but "working toward POC goals" names no deficit or system.
        ["v3-h47-westminster-pnf-no-deficit"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Westminster
            97112 — 23 min, 1:1
            PNF: D1/D2 chops and lifts in half-kneel w/ manual resistance; rhythmic stabilization in tall kneel; resisted braiding at the pelvis along the hallway; stepping onto the BOSU and holding
            Pt working toward POC goals; HEP updated.
            Outcome: SLS on foam R 11 s / L 8 s; FGA 24/30
            """,
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // Phoenix 97140 "Kaltenborn grade III inferior and posterior glides, R glenohumeral joint in the resting position, 4 x 60 s each"; R adhesive capsulitis with seat-belt and swimming limits; ER and abduction before/after: passes.
        ["v3-h47-sunlakes-kaltenborn-97140"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Sun Lakes
            MT 97140 — 12 min
            Kaltenborn grade III inferior and posterior glides, R glenohumeral joint in the resting position, 4 x 60 s each; grade I distraction between bouts
            R adhesive capsulitis — can't reach back to fasten her seat belt or swim laps at the community pool
            R ER 24° → 31° after; abd 88° → 95°
            """,
            ["M75.01"], [PT("97140", 12)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings

        // Denver "heel-to-shin dysmetria R > L, intention tremor on finger-to-nose R, wide-based gait w/ lateral veering" is the ataxia by its signs; quadruped/tall-kneel shifts, metronome stepping, tape-line tandem; tandem steps and SARA; 1:1: passes.
        ["v4-h47-cherrycreek-heel-shin-dysmetria"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Cherry Creek
            97112 — 25 min — 1:1
            Exam: heel-to-shin dysmetria R > L, intention tremor on finger-to-nose R, wide-based gait w/ lateral veering
            Tx: quadruped → tall-kneel weight shifts, stepping to floor targets w/ a metronome, tandem walking along a tape line w/ light touch on the wall fading to none
            Tandem walk 7 steps before stepping out (3 at eval); SARA 11
            """,
            ["I69.393"], [PT("97112", 25)], []),

        // Phoenix "Sharpened Romberg: EO 30 s, EC 4 s w/ step-out; light touch ↓ below the ankles B" states the somatosensory deficit; foam, rocker, cushion path, foam reaches; Romberg seconds and Berg; "pt seen 1:1": passes.
        ["v4-h47-suncity-sharpened-romberg"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Sun City
            97112 — 22 min — pt seen 1:1
            Sharpened Romberg: EO 30 s, EC 4 s w/ step-out; light touch ↓ below the ankles B
            Tx: foam stance EO → EC, rocker board A/P, stepping along the cushion path w/ head turns, reaching to cones on the foam
            Sharpened Romberg EC 6 s by end of session; Berg 44/56
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // OKC 97116 "↓ R push-off and short L step; R single-leg heel raise 3 reps (L 22 reps); R ankle DF 8°" states the gait impairment; hallway and treadmill gait with cues, distance and SBA after Achilles repair: passes.
        ["v4-h47-midwestcity-achilles-push-off-97116"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Midwest City
            97116 — 15 min
            Gait: ↓ R push-off and short L step; R single-leg heel raise 3 reps (L 22 reps); R ankle DF 8°
            Gait training in the hallway w/o the boot: cues for R heel-off and equal step length, 4 x 150 ft; treadmill walking at 1.8 mph w/ the mirror; SBA
            R Achilles repair 12 wks
            """,
            ["S86.011D"], [PT("97116", 15)], []),

        // DFW PTA 97110 "R medial scapular winging on the wall push-up; R lower trap 3+/5, serratus 4-/5"; wall push-up plus, serratus punch, prone Y/T, rows with doses; batting-practice limit: passes.
        ["v4-h47-frisco-pta-scapular-winging-97110"] = new(
            """
            TRINITY ORTHO & SPINE PT — Frisco
            PTA Daily Note · Supervising PT: A. Brooks, PT
            TherEx 97110 — 18 min
            R medial scapular winging on the wall push-up; R lower trap 3+/5, serratus 4-/5
            Wall push-up plus 3 x 12; supine serratus punch w/ 3 lb 3 x 12; prone Y and T 2 x 10; band rows 2 x 15
            Pt coaches select baseball in McKinney, can't throw batting practice yet
            """,
            ["M25.511", "M62.81"], [PTA("97110", 18)], []),

        // Arkansas 97140 "Cozen's test positive on the R, tender at the R lateral epicondyle, grip R 18 kg pain-free vs L 36 kg"; cross-friction in bouts, radial head glides, STM; chainsaw limit: passes.
        ["v4-h47-clinton-cozen-positive-97140"] = new(
            """
            Ozark Foothills Therapy — Clinton
            Manual (97140), 10 minutes
            Cozen's test positive on the R, tender at the R lateral epicondyle, grip R 18 kg pain-free vs L 36 kg.
            Cross-friction massage to the R ECRB tendon, 2 bouts of 90 seconds; radial head posterior glides grade III, 3 x 30 seconds; STM to the R wrist extensor group.
            He runs a chainsaw clearing timber and can't hold it long.
            """,
            ["M77.11"], [PT("97140", 10)], []),

        // Denver 97112 whose "Vestibular and balance exam today within normal limits" (HIT negative, no nystagmus, FGA 29/30, no dizziness) states no deficit; VOR x1, head-turn walking, foam EC, 1:1 and numbers present.
        ["v4-h47-aurora-vestibular-exam-normal"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Aurora
            97112 — 20 min — 1:1
            Vestibular and balance exam today within normal limits: HIT negative B, no spontaneous or gaze-evoked nystagmus, DVA 1 line; FGA 29/30. Pt denies dizziness since last visit.
            Tx: VOR x1 w/ the letter card at 2 Hz, walking w/ head turns in the hallway, standing on foam w/ EC
            Plan: discharge next visit if still symptom-free
            """,
            ["H81.21"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Denver PD "Freezing of gait at doorways and in turns … start hesitation on gait initiation"; laser-cane cue, metronome walking, wide-arc turning, weight shift before the first step; freezes k of 6 and turn seconds; 1:1: passes.
        ["v4-h47-lakewood-pd-freezing-doorways"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Lakewood
            97112 — 23 min — 1:1
            Freezing of gait at doorways and in turns: 3 freezes passing through the clinic doorway at the start; start hesitation on gait initiation (impaired motor timing)
            Tx: laser-cane cue for gait initiation, walking to a metronome at 96 bpm, turning practice w/ wide arcs and floor tape at the doorway, weight-shift drills before the first step
            Freezes through the doorway 1 of 6 passes w/ the laser cue (3 of 6 w/o); 360° turn 6.1 s
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // OKC 97140 "Modified Thomas test positive R: R hip rests 12° above neutral" states the hip flexor shortness; STM, prone anterior hip glides in bouts, contract-relax; long-haul driver's R anterior hip pain: passes.
        ["v4-h47-delcity-thomas-test-97140"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Del City
            97140 — 10 min
            Modified Thomas test positive R: R hip rests 12° above neutral, knee flexion 60°
            MT: STM R iliopsoas and rectus femoris; R hip anterior glides in prone gr III 3 x 30 s; contract-relax to the R hip flexors x 3
            Stands flexed at the hip after sitting in the truck all day (long-haul driver); R anterior hip pain
            """,
            ["M25.551"], [PT("97140", 10)], []),

        // Phoenix 97116 whose gait is "normal today — symmetric step length, good heel strike, no deviations noted" with no region, impairment or goal: no deficit; surfaces, curb, distance and independence present.
        ["v4-h47-chandler-97116-no-deviations"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Chandler
            97116 — 15 min
            Gait training on level tile, carpet and the parking-lot curb w/o an assistive device, 3 x 300 ft, independent
            Gait pattern normal today — symmetric step length, good heel strike, no deviations noted; pt denies pain.
            """,
            ["Z96.641"], [PT("97116", 15)], [At(Deficit, "97116")]),

        // Arkansas 97110 "15° extensor lag on straight-leg raise, R quad 3+/5" (knee gives out on the porch steps); quad sets, SLR, SAQ, step-ups, TKE with doses: passes.
        ["v4-h47-marshall-extensor-lag-97110"] = new(
            """
            Ozark Foothills Therapy — Marshall
            Therapeutic exercise (97110), 20 minutes
            Her R knee still gives out on the porch steps — 15° extensor lag on straight-leg raise, R quad 3+/5.
            Quad sets with a towel roll 10 x 5-second holds, SLR 3 x 10, short arc quads with 3 lb 3 x 12, step-ups onto a 4-inch step 2 x 10, TKE with the green band 3 x 15.
            """,
            ["M17.11", "M62.81"], [PT("97110", 20)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms

        // OKC "Tinetti POMA 19/28 (balance 10/16, gait 9/12)"; posterior pulls at the gait belt, foam EC with head turns, obstacle course; posterior stepping and postural control; "individual (1:1) tx": passes.
        ["v5-h47-moore-tinetti-poma"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Moore
            97112 — 25 min — individual (1:1) tx
            Tinetti POMA 19/28 (balance 10/16, gait 9/12); 16/28 at eval
            Tx: reactive stepping to posterior pulls at the gait belt, standing on foam w/ EC and head turns, obstacle course w/ turns
            ↓ posterior reactive stepping and ↓ postural control w/ vision removed
            """,
            ["R26.81", "R29.6"], [PT("97112", 25)], []),

        // Phoenix "Functional reach 8.5 in (6 in at eval); lateral reach R 5 in / L 4 in"; reach on foam, LOS weight shifts with mirror, stepping-strategy drills; "one on one"; golf-cart fall: passes.
        ["v5-h47-suncitywest-functional-reach-inches"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Sun City West
            Neuro re-ed 97112, 20 min, one on one
            Reaching outside the base of support on foam, weight shifts to the limits of stability w/ the mirror, stepping-strategy drills to forward and lateral pushes
            ↓ postural control: narrow limits of stability and late stepping response; winter resident from Wisconsin, fell reaching into the golf cart basket in Dec
            Functional reach 8.5 in (6 in at eval); lateral reach R 5 in / L 4 in
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], []),

        // Denver "TUG 9.8 s, TUG-cognitive 14.9 s (dual-task cost 52%)"; serial 7s walking, tray-carrying obstacles, stop-and-go; gait automaticity and postural control after a ski TBI; 1:1: passes.
        ["v5-h47-highlandsranch-tug-cognitive"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Highlands Ranch
            97112 — 22 min — 1:1
            Dual-task gait: walking w/ serial 7s and naming items in a category, obstacle stepping while carrying a tray, stop-and-go to verbal commands
            ↓ gait automaticity and ↓ postural control under dual task after mild TBI (ski accident at Winter Park)
            TUG 9.8 s, TUG-cognitive 14.9 s (dual-task cost 52%)
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // Arkansas 97110 "2 Minute Step Test (2MST): 58 steps" is a test's name and score, not the session's time ("18 minutes" matches); sit-to-stand, marches, heel raises, side steps with doses; leg weakness after bypass: passes.
        ["v5-h47-searcy-2-minute-step-test-97110"] = new(
            """
            Ozark Foothills Therapy — Searcy
            Therapeutic exercise (97110), 18 minutes
            Sit to stand from the kitchen-height chair 3 x 8, standing marches 2 x 20, heel raises 2 x 15, side steps at the counter 3 laps of 10 ft.
            Leg weakness and low endurance since his heart bypass — can't walk from the truck into the Walmart without resting.
            2 Minute Step Test (2MST): 58 steps (41 at eval).
            """,
            ["Z95.1", "M62.81"], [PT("97110", 18)], []),

        // DFW PTA 97530 "Stair Climb Test (12 steps up and down) 18.6 s"; reciprocal stairs, floor-to-stand via half-kneel, laundry-basket lifts with reps; apartment-stairs and laundry goal after TKA: passes.
        ["v5-h47-denton-pta-stair-climb-test-97530"] = new(
            """
            TRINITY ORTHO & SPINE PT — Denton
            PTA Daily Note · Supervising PT: S. Patel, PT
            TA 97530 — 15 min
            Stair training on the 4-step clinic stairs reciprocal w/ 1 rail x 6 flights; getting up from the floor via half-kneel x 3; lifting a laundry basket (8 lb) from the floor to dryer height x 8
            Goal: manage the 14 stairs to her apartment and do her own laundry (L TKA 7 wks)
            Stair Climb Test (12 steps up and down) 18.6 s (27.4 s at 2 wks post-op)
            """,
            ["Z96.652"], [PTA("97530", 15)], []),

        // Denver OT 97112 "Box and Block R 24 / L 52 (R 15 at eval); 9-Hole Peg R 61 s"; graded weight bearing, PNF D1 with approximation, in-hand manipulation; R hand coordination and UE motor control; 1:1 w/ OT: passes.
        ["v5-h47-aurora-ot-box-and-block"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Aurora · OT
            97112 — 24 min — 1:1 w/ OT
            R UE: graded weight bearing through the R hand in sitting; PNF D1 flexion/extension w/ approximation at the shoulder; in-hand manipulation of coins and pegs
            ↓ R hand fine motor coordination and ↓ R UE motor control after L pontine stroke
            Box and Block R 24 / L 52 (R 15 at eval); 9-Hole Peg R 61 s
            """,
            ["I69.351"], [OT("97112", 24)], []),

        // OKC "Fewer stepping errors than last visit; steadier on the foam. Progressing toward goals." is no number: no measure; clock-target stepping, head-turn tandem, foam reaches, postural control and "individual tx (1:1)" present.
        ["v5-h47-edmond-fewer-errors-no-number"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Edmond
            97112 — 23 min — individual tx (1:1)
            Tx: stepping to the numbered clock targets on call, tandem walking w/ head turns, standing on foam reaching to cones
            ↓ postural control and slow stepping responses (falls at home this winter)
            Fewer stepping errors than last visit; steadier on the foam. Progressing toward goals.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // DFW PTA "Pt did her hip program: bridges, clamshells, standing hip abduction and extension …" with no sets, reps, load or number: no measure; exercises and L hip weakness after THA present.
        ["v5-h47-weatherford-pta-hip-program-no-dose"] = new(
            """
            TRINITY ORTHO & SPINE PT — Weatherford
            PTA Daily Note · Supervising PT: L. Jensen, PT
            TherEx 97110 — 20 min
            Pt did her hip program: bridges, clamshells, standing hip abduction and extension at the counter, heel slides, mini squats. Good control, no increase in pain.
            L hip weakness and limp after L THA (anterior approach)
            """,
            ["Z96.642"], [PTA("97110", 20)], [At(Measure, "97110")]),

        // Arkansas 97116 "Walked farther than last week and was steadier on the turns" with no distance, assistance level or number: no measure; quad-cane step-through training and stiff L knee gait present.
        ["v5-h47-heberspring-walked-farther-97116"] = new(
            """
            Ozark Foothills Therapy — Heber Springs
            Gait training (97116), 15 minutes
            Walked with his new quad cane in the hallway and out on the sidewalk, worked on stepping through with the L leg instead of step-to.
            L knee arthritis — short, stiff L step and he leans onto the cane.
            Walked farther than last week and was steadier on the turns.
            """,
            ["M17.12"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Denver "Community Balance & Mobility Scale 71/96 (58/96 at eval)"; foam hops and bounds, tandem ball toss, backward head-turn walking, BOSU single-leg squat; dynamic postural control and ankle proprioception; 1:1: passes.
        ["v5-h47-boulder-community-balance-mobility"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Boulder
            97112 — 25 min — 1:1
            High-level balance for return to trail running: hopping and lateral bounds on foam, tandem walking while tossing a ball, backward walking w/ head turns, single-leg squat on the BOSU
            ↓ dynamic postural control and ↓ proprioception L ankle after concussion + L ankle sprain (fall on the Mesa Trail)
            Community Balance & Mobility Scale 71/96 (58/96 at eval)
            """,
            ["S06.0X0D", "S93.402D"], [PT("97112", 25)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms

        // OKC "Timed Code Treatment Minutes: 97112 – 23 min; 97116 – 15 min" with matching totals (38, 38); foam EC, hurdles, pelvic pushes (1:1) and 4WW gait with distance/SBA; PD postural control and shuffling; Berg and gait speed: passes.
        ["v6-h47-midtown-timed-code-minutes-block"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Midtown OKC
            PT Daily Note
            97112: standing on foam w/ EC, lateral stepping over hurdles, reactive stepping to pushes at the pelvis; pt seen 1:1
            97116: 4WW on level and the ramp, cues for ↑ step length and upright posture, 3 x 150 ft SBA
            Impairments: ↓ reactive postural control and short shuffling gait (PD)
            Berg 43/56; gait speed 0.72 m/s
            Timed Code Treatment Minutes: 97112 – 23 min; 97116 – 15 min
            Total Timed Code Minutes: 38     Total Treatment Minutes: 38
            """,
            ["G20.A1", "R26.81"], [PT("97112", 23), PT("97116", 15)], []),

        // DFW PTA "TherEx (97110) x 2 units / 30 min" and "MT (97140) x 1 unit / 10 min": both minutes match; core and hinge exercises with loads, lumbar rotation mobs and STM; order picker's LBP with flexion and endurance loss: passes.
        ["v6-h47-arlington-pta-units-slash-minutes"] = new(
            """
            TRINITY ORTHO & SPINE PT — Arlington
            PTA Daily Note · Supervising PT: R. Castillo, PT
            TherEx (97110) x 2 units / 30 min: prone press-ups 2 x 10, bird dog 3 x 10, dead bug 3 x 10, cat-camel x 10, hip hinge deadlift w/ a 20-lb kettlebell 3 x 8
            MT (97140) x 1 unit / 10 min: L lumbar rotation mobs in side-lying gr III, STM L QL and paraspinals
            Warehouse order picker, LBP w/ lifting; ↓ lumbar flexion and trunk endurance
            """,
            ["M54.50"], [PTA("97110", 30), PTA("97140", 10)], []),

        // Arkansas prose "We spent 20 minutes on exercise — … — and 10 minutes on manual: …": each number is its service's, both match; frozen-shoulder exercises with doses and glides in bouts; flexion/ER degrees and a church goal: passes.
        ["v6-h47-clinton-we-spent-prose"] = new(
            """
            Ozark Foothills Therapy — Clinton
            Mrs. Collins (frozen shoulder, L). We spent 20 minutes on exercise — pulleys 2 x 20, wand flexion and ER 2 x 15, wall walks 2 x 10, band rows 2 x 15 — and 10 minutes on manual: L shoulder inferior and posterior glides grade III, 3 x 45 seconds each, STM to the L upper trap and pec.
            L shoulder flexion 118° (102° at eval), ER 30°. Goal: reach the top of her kitchen cabinets and fix her own hair for church.
            """,
            ["M75.02"], [PT("97110", 20), PT("97140", 10)], []),

        // Denver "Started NMR (97112) at 1:02, moved to gait training (97116) at 1:25, finished at 1:40": 23 and 15 minutes, both match; 1:1, rhythmic stabilization/foam head turns/stepping, outdoor gait with distance and SBA; L LE proprioception; FSST and 25-ft walk: passes.
        ["v6-h47-littleton-clock-times-in-a-sentence"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Littleton
            Started NMR (97112) at 1:02, moved to gait training (97116) at 1:25, finished at 1:40. Pt treated 1:1.
            NMR: rhythmic stabilization in standing, foam stance w/ head turns, stepping over a cane on the floor w/ L lead
            Gait: no AD, 4 x 200 ft in the hallway and outside on the sidewalk, SBA, cues for L knee flexion in swing
            MS: ↓ L LE proprioception and motor control, L toe catch w/ fatigue
            FSST 13.2 s; 25-ft walk 6.8 s
            """,
            ["R26.89"], [PT("97112", 23), PT("97116", 15)], []),

        // Phoenix "NMR 35 min" against a 23-min 97112 line: mismatch; "TE 15 min" matches; both sections complete with 1:1, postural control and hip weakness, Berg and TUG.
        ["v6-h47-mesa-nmr-35-against-23"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Mesa
            NMR 35 min — 1:1: tandem walk on the foam beam, perturbations in stride stance, stepping to targets w/ head turns
            TE 15 min: sit-to-stand 3 x 10, standing hip abd w/ 2 lb 2 x 12, heel raises 2 x 15
            ↓ postural control and ↓ lateral stepping response; B hip weakness 4-/5; at the RV resort for the winter from South Dakota
            Berg 46/56; TUG 11.2 s
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], [At(Mismatch, "97112")]),

        // DFW PTA "Tx time: 30 min" on the one timed code against an 18-min 97110 line: mismatch; wall slides, band ER/IR, prone Y/T/W, scaption with doses; shelf stocker's impingement present.
        ["v6-h47-plano-pta-tx-time-30-single-code"] = new(
            """
            TRINITY ORTHO & SPINE PT — Plano
            PTA Daily Note · Supervising PT: M. Nguyen, PT
            Tx time: 30 min
            TherEx 97110: wall slides 2 x 15, band ER/IR (red) 3 x 12, prone Y/T/W 2 x 10, scaption w/ 2 lb 2 x 12
            R shoulder impingement, painful arc on elevation; stocks the top shelves overnight at Kroger
            """,
            ["M75.41"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // OKC "Total Timed Code Minutes: 40" is the only time for 97110 and 97140: no minutes for each; TKA exercises with doses and knee mobs in bouts; flexion and lag present.
        ["v6-h47-moore-total-timed-only"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Moore
            Total Timed Code Minutes: 40
            97110: quad sets 10 x 5 s, SLR 3 x 10, LAQ w/ 2 lb 3 x 10, step-ups onto a 4-in step 2 x 10
            97140: R knee flexion mobs in sitting gr III 3 x 30 s, patellar mobs sup/inf, STM distal quad
            R TKA 5 wks: flexion 98°, extension lag 5°
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 25), PT("97140", 15)], [SepTime]),

        // Arkansas "Did 12 minutes of manual on his low back … Then his exercises: …" gives no minutes for the 97110: separate time missing; both parts complete (mobs/STM; press-ups, bridges, bird dogs, feed-sack hinge) for a chicken farmer's LBP.
        ["v6-h47-batesville-manual-minutes-only"] = new(
            """
            Ozark Foothills Therapy — Batesville
            Did 12 minutes of manual on his low back — L4-5 PA mobs grade III and STM to the lumbar paraspinals. Then his exercises: prone press-ups 2 x 10, bridges 2 x 12, bird dogs 2 x 10, and practiced lifting a 25-lb feed sack from the floor with a hip hinge x 5.
            Low back pain — hurts loading feed in the chicken houses.
            """,
            ["M54.50"], [PT("97140", 12), PT("97110", 15)], [SepTime]),

        // DFW PT/OT co-treat both on 97530: "PT 97530 — 20 min" and "OT 97530 — 15 min" match each discipline's line; car/curb/floor tasks with CGA → SBA and grooming/cabinet/dressing tasks with Min A; both goals stated: passes.
        ["v6-h47-frisco-pt-ot-cotreat-97530"] = new(
            """
            TRINITY ORTHO & SPINE PT — Frisco · PT/OT co-treat
            PT 97530 — 20 min: car transfer w/ the sedan mock-up x 4 w/ RW, curb step-up/down x 6, floor recovery via half-kneel x 2; CGA → SBA. Goal: go home w/ her daughter and ride to church.
            OT 97530 — 15 min: standing at the sink for grooming, retrieving dishes from the upper cabinet x 8, LB dressing w/ reacher and sock aid; Min A for socks. Goal: dress herself and do light kitchen tasks.
            Dx: L hip fx (ORIF) 6 wks
            """,
            ["S72.002D"], [PT("97530", 20), OT("97530", 15)], []),

        // Denver three codes: "GT 97116 — 25 min" against a 15-min line: mismatch; NMR 20 (1:1) and TE 10 match; all three sections complete for R hemiparesis with Berg and 10MWT.
        ["v6-h47-aurora-three-codes-gait-mismatch"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Aurora
            NMR 97112 — 20 min — 1:1: PNF rhythmic stabilization in standing, weight shift onto the R w/ mirror, step-ups w/ R stance on foam
            GT 97116 — 25 min: quad cane, 3 x 120 ft, CGA, cues for R knee control
            TE 97110 — 10 min: sit-to-stand 2 x 10, bridges 2 x 12, R hip abd in side-lying 2 x 10
            R hemiparesis after L MCA stroke: ↓ R LE motor recruitment, R knee hyperextension in stance, R hip weakness
            Berg 40/56; 10MWT 0.51 m/s
            """,
            ["I69.351"], [PT("97112", 20), PT("97116", 15), PT("97110", 10)], [At(Mismatch, "97116")]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a PT visit with 97112 and 97110: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h47-empty-nmr-and-te"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // Spaces and line breaks only on a PTA 97140 visit sent without a diagnosis: missing on 97140, and the diagnosis check.
        ["v7-h47-whitespace-pta-97140-no-diagnosis"] = new(
            "   \n  \n ",
            [], [PTA("97140", 10)], [At(NoteMissing, "97140"), Dx]),

        // Empty note on a PT 97116 + OT 97530 visit: DOC_NOTE_MISSING on both lines.
        ["v7-h47-empty-gait-and-ot-97530"] = new(
            "",
            ["Z96.641"], [PT("97116", 15), OT("97530", 20)], [At(NoteMissing, "97116"), At(NoteMissing, "97530")]),

        // 97110 stretches whose only dose is "30 s holds x 4" (holds are a parameter) and whose target is "R knee and calf stiffness after R TKA": passes.
        ["v7-h47-peoria-97110-holds-as-dose"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Peoria
            97110 — 12 min
            Stretching for R knee and calf stiffness after R TKA: seated hamstring stretch, 30 s holds x 4; standing calf stretch at the wall, 30 s holds x 4; prone quad stretch w/ strap, 30 s holds x 3
            """,
            ["Z96.651"], [PT("97110", 12)], []),

        // 97530 farm tasks with loads, distances and repetitions (hay flake to tailgate, water bucket carry, truck climb) and the goal "feed his cattle by himself again after his back surgery": passes.
        ["v7-h47-melbourne-97530-hay-and-buckets"] = new(
            """
            Ozark Foothills Therapy — Melbourne
            Therapeutic activities (97530), 20 minutes
            Practiced lifting a 30-lb hay flake from the floor to tailgate height with a hip hinge x 8, carrying a 20-lb water bucket 40 ft x 4, and climbing into the truck using the grab handle x 5.
            Goal: feed his cattle by himself again after his back surgery (L4-5 laminectomy).
            """,
            ["M48.062", "Z98.890"], [PT("97530", 20)], []),

        // 97140 "Trigger point pressure release R upper trap and levator scapulae, 90 s holds x 3 each" with suboccipital release and STM; R neck pain and upper-trap guarding: passes.
        ["v7-h47-irving-97140-trigger-point-holds"] = new(
            """
            TRINITY ORTHO & SPINE PT — Irving
            MT 97140 — 10 min
            Trigger point pressure release R upper trap and levator scapulae, 90 s holds x 3 each; suboccipital release; STM R cervical paraspinals
            R-sided neck pain and upper trap guarding (desk job at a call center)
            """,
            ["M54.2"], [PT("97140", 10)], []),

        // 97116 with an SPC, level floor and curb, "3 x 150 ft" (distance, no assistance level) and the antalgic R knee OA gait: passes.
        ["v7-h47-mustang-97116-cane-and-distance"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Mustang
            97116 — 14 min
            Gait training w/ SPC in the L hand on level floor and up/down the 4-in curb, 3 x 150 ft
            R knee OA: antalgic gait w/ short L step and the R knee stiff in swing
            """,
            ["M17.11"], [PT("97116", 14)], []),

        // "TE and MT per POC. Pt tolerated tx well. Cont plan of care." with "97110 15 min / 97140 10 min": minutes match but nothing is named for either code: generic only on both.
        ["v7-h47-te-mt-per-poc-generic"] = new(
            """
            TE and MT per POC. Pt tolerated tx well. Cont plan of care.
            97110 15 min / 97140 10 min
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // DFW PTA "NMRE 97112 — 20 min: balance and coordination activities. Pt did well, tolerated tx w/o c/o. Cont POC.": generic only, no technique, deficit, number or one-on-one.
        ["v7-h47-denton-pta-97112-generic"] = new(
            """
            TRINITY ORTHO & SPINE PT — Denton
            PTA Daily Note · Supervising PT: S. Patel, PT
            NMRE 97112 — 20 min: balance and coordination activities. Pt did well, tolerated tx w/o c/o. Cont POC.
            """,
            ["R26.81"], [PTA("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Arkansas "Therapeutic activities (97530), 15 minutes. Worked on functional activities. Did good today. Continue plan.": generic only.
        ["v7-h47-mountainview-97530-generic"] = new(
            "Ozark Foothills Therapy — Mountain View. Therapeutic activities (97530), 15 minutes. Worked on functional activities. Did good today. Continue plan.",
            ["M62.81"], [PT("97530", 15)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // OKC TKA visit: "Ther Ex (97110) — 23 min" (bike, heel slides, step-ups, TKE, wall squats with doses) and "Manual Therapy (97140) — 10 min" (tibiofemoral mobs in bouts, patellar mobs) match; AROM, quad grade, Lake Hefner goal: passes.
        ["vord-h47-edmond-tka-te-mt"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Edmond
            PT Daily Note — Visit 9
            S: R knee sore after mowing the yard; 3/10.
            Ther Ex (97110) — 23 min: recumbent bike seat 8, full revolutions x 50; heel slides w/ strap 2 x 15; step-ups onto a 6-in step 2 x 12; TKE w/ green band 3 x 15; wall squats 2 x 10
            Manual Therapy (97140) — 10 min: tibiofemoral flexion mobs gr III 4 x 30 s; patellar mobs sup/inf
            A: R knee AROM 3–112°; quad 4/5. Goal: kneel in the garden and walk the Lake Hefner trail.
            P: cont 2x/wk per POC.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 23), PT("97140", 10)], []),

        // OKC "Pt received one-on-one treatment with the PT for all timed services"; 97112 22 (weight shift, L stance step-ups, PNF pelvic patterns) and 97116 15 (hemi walker, Min A, AFO); L recruitment and stance timing; Berg and 5xSTS: passes.
        ["vord-h47-midtown-stroke-nmr-gait"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Midtown OKC
            PT Daily Note
            Pt received one-on-one treatment with the PT for all timed services.
            97112 — 22 min: sit-to-stand w/ weight shift onto the L, L stance w/ R step-ups onto a 4-in step, PNF pelvic patterns in side-lying (anterior elevation / posterior depression)
            97116 — 15 min: hemi walker, 2 x 80 ft, Min A for L foot clearance; L AFO donned
            L hemiparesis after R MCA stroke — ↓ L LE motor recruitment and poor L stance timing
            Berg 34/56 (27/56 at eval); 5xSTS 22.8 s
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 15)], []),

        // OKC single 97110 (bird dog, side plank, banded bridge, Pallof press, kettlebell hinge with doses); L LBP with trunk endurance loss; OU-lecture and toddler-lifting goal; ODI: passes.
        ["vord-h47-norman-lbp-97110"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Norman
            97110 Ther Ex — 20 min
            Bird dog 3 x 10 w/ 3 s hold; side plank from knees 3 x 20 s; glute bridge w/ band 3 x 12; Pallof press 2 x 12 each side; hip hinge w/ a 15-lb kettlebell 3 x 10
            L-sided LBP w/ ↓ trunk endurance; goal: sit through her OU lectures and lift her 2-yr-old
            ODI 28% (42% at eval)
            """,
            ["M54.50"], [PT("97110", 20)], []),

        // OKC OT 97530 in the ADL apartment (pot carry with load and reps, dishwasher to upper cabinets, counter wiping), SBA; R shoulder after cuff repair; Sunday-dinner goal: passes.
        ["vord-h47-midwestcity-ot-kitchen-97530"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Midwest City · OT
            97530 — 25 min
            Kitchen tasks in the ADL apartment: carrying a pot of water (5 lb) from the sink to the stove x 4, unloading the dishwasher into the upper cabinets, wiping counters in standing
            R shoulder 14 wks after rotator cuff repair — ↓ R shoulder elevation and endurance for overhead reach
            SBA for balance while reaching; 2 seated rests
            Goal: cook Sunday dinner for her family
            """,
            ["M75.121", "Z47.89"], [OT("97530", 25)], []),

        // DFW PTA ankle ORIF: "Gait 97116 — 15 min" (boot → sneaker with SPC, distance, SBA, stairs) and "TherEx 97110 — 18 min" (alphabet, bands, heel raises, towel scrunches) match; DF and PF deficits: passes.
        ["vord-h47-irving-pta-ankle-gait-te"] = new(
            """
            TRINITY ORTHO & SPINE PT — Irving
            PTA Daily Note · Supervising PT: T. Lewis, PT
            Gait 97116 — 15 min: weaning from the boot to a sneaker w/ SPC, 4 x 150 ft, SBA; cues for R heel-toe and even step length; up/down 8 stairs w/ rail
            TherEx 97110 — 18 min: ankle alphabet x 2, band DF/PF/inv/ev (red) 2 x 15 each, seated heel raises 3 x 15, towel scrunches x 3
            R bimalleolar ankle fx ORIF 10 wks — ↓ R DF (4°) and R PF strength; short R stance
            Pt tolerated well.
            """,
            ["S82.841D"], [PTA("97116", 15), PTA("97110", 18)], []),

        // DFW PTA ACL: "NMRE 97112 — 20 min — one-on-one w/ PTA" (Airex perturbations, hop-to-stick, box single-leg squat, agility ladder) and "TherEx 97110 — 18 min" (loads); proprioception and valgus control; hop LSI and Y-balance; soccer goal: passes.
        ["vord-h47-grapevine-pta-acl-nmr-te"] = new(
            """
            TRINITY ORTHO & SPINE PT — Grapevine
            PTA Daily Note · Supervising PT: K. Holt, PT
            NMRE 97112 — 20 min — one-on-one w/ PTA: SL stance on the Airex w/ perturbations, lateral hop-to-stick, single-leg squat to a box w/ mirror feedback, agility ladder in/out
            TherEx 97110 — 18 min: leg press 3 x 10 @ 110 lb, Bulgarian split squat 3 x 8 w/ 15-lb DBs, Nordic hamstring eccentrics 3 x 5, lateral band walks 3 laps
            L ACL recon (hamstring graft) 5 mo — ↓ L knee proprioception and dynamic valgus control; L quad/hams weakness
            Single-leg hop L 118 cm / R 141 cm (84% LSI); Y-balance anterior L 62 cm
            Goal: back to high-school soccer in the fall
            """,
            ["S83.512D"], [PTA("97112", 20), PTA("97110", 18)], []),

        // DFW PTA single 97110 after a L total shoulder (wand, pulleys, side-lying ER, band rows, isometrics with doses); flexion and ER degrees: passes.
        ["vord-h47-denton-pta-tsa-97110"] = new(
            """
            TRINITY ORTHO & SPINE PT — Denton
            PTA Daily Note · Supervising PT: S. Patel, PT
            TherEx 97110 — 15 min: supine wand flexion 2 x 15, pulleys x 25, side-lying ER w/ 1 lb 3 x 10, standing rows w/ yellow band 3 x 12, isometric ER/IR 5 x 10 s
            L shoulder 8 wks after total shoulder arthroplasty — ↓ L flexion (105°) and ER (28°)
            """,
            ["Z96.612"], [PTA("97110", 15)], []),

        // DFW PTA THA: "TherEx (97110) 15 min" (cuffed hip work, bridges, mini-squats) and "Ther Act (97530) 20 min" (car, tub bench, reacher with SBA) match; abductor weakness; Speedway and showering goals: passes.
        ["vord-h47-keller-pta-tha-te-ta"] = new(
            """
            TRINITY ORTHO & SPINE PT — Keller
            PTA Daily Note · Supervising PT: D. Okafor, PT
            TherEx (97110) 15 min: SAQ 3 x 12, standing hip abd/ext w/ 2-lb cuff 2 x 12 each, bridges 2 x 12, mini-squats at the counter 2 x 10
            Ther Act (97530) 20 min: car transfer on the mock-up x 4 keeping hip precautions, tub-bench transfer x 3, picking items up from the floor w/ a reacher x 6; SBA
            R THA (posterior) 4 wks — R hip abductor weakness 3+/5; goal: ride to Texas Motor Speedway w/ his son and shower w/o help
            """,
            ["Z96.641", "Z47.1"], [PTA("97110", 15), PTA("97530", 20)], []),

        // Arkansas "Mr. Stone was the only one on my schedule this hour — one-on-one the whole visit"; Balance (97112) 23 (foam EC, rocker, stepping over, "bumping him at the shoulders") and Strengthening (97110) 15 with doses; ankle strategy and hip weakness; Berg and TUG: passes.
        ["vord-h47-mountainview-falls-nmr-te"] = new(
            """
            Ozark Foothills Therapy — Mountain View
            Mr. Stone was the only one on my schedule this hour — one-on-one the whole visit.
            Balance (97112), 23 minutes: standing on the foam pad with eyes closed, rocker board front-back and side-side, stepping over the cane and the foam blocks, and me bumping him at the shoulders so he has to take a quick step.
            Strengthening (97110), 15 minutes: sit to stand from a recliner-height chair 3 x 8, step-ups on a 6-inch step 2 x 10, standing hip abduction with 2 lb 2 x 12.
            Slow balance reactions and poor ankle strategy, weak hips — fell 3 times this winter carrying firewood.
            Berg 44/56 (38/56 at eval), TUG 12.1 s.
            """,
            ["R26.81", "Z91.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Arkansas 97530 chicken-house chores (loaded wheelbarrow, squats to the water lines, feed-sack hinge lifts with loads and reps, SBA); shoulder and back after a tractor-step fall; broiler-house goal: passes.
        ["vord-h47-heberspring-chicken-houses-97530"] = new(
            """
            Ozark Foothills Therapy — Heber Springs
            Therapeutic activities (97530), 22 minutes
            Practiced the chores in his chicken houses: pushing a loaded wheelbarrow (40 lb of feed) 50 ft x 4, squatting to check the water lines and getting back up x 10, lifting a 50-lb feed sack from the floor to waist height with a hip hinge x 5.
            R shoulder and low back pain after a fall off the tractor step; SBA on the squats, no loss of balance.
            Goal: run his 4 broiler houses without his son's help.
            """,
            ["M54.50", "M25.511"], [PT("97530", 22)], []),

        // Arkansas knee OA: "Exercise (97110), 18 minutes" with doses and "Gait training (97116), 12 minutes" with the cane in the R hand, distance and SBA; quad weakness and painful gait; church and Walmart goals: passes.
        ["vord-h47-melbourne-knee-oa-te-gait"] = new(
            """
            Ozark Foothills Therapy — Melbourne
            Exercise (97110), 18 minutes: quad sets 10 x 5 sec, SLR 3 x 10, seated knee extension with 3 lb 3 x 12, step-ups 4-inch 2 x 10, mini squats at the counter 2 x 10.
            Gait training (97116), 12 minutes: walked with the cane in her R hand, 3 x 120 ft in the hallway, SBA, worked on heel strike and not leaning onto the L.
            L knee arthritis — quad 4-/5, stiff and painful walking; wants to walk to the front pews at church and the aisles at Walmart.
            """,
            ["M17.12"], [PT("97110", 18), PT("97116", 12)], []),

        // Denver "Vestibular treatment — 97112 — 24 min — 1:1": VOR x1 on foam at 120 bpm, busy-hallway head turns, eye-head target shifts; R hypofunction with oscillopsia on the light rail; DHI, DGI and VOR tolerance: passes.
        ["vord-h47-cherrycreek-vestibular-hypofunction"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Cherry Creek
            Vestibular treatment — 97112 — 24 min — 1:1
            VOR x1 in standing on foam, yaw and pitch, 3 x 60 s each at 120 bpm; walking w/ head turns in the busy hallway; eye-head target shifts between 2 cards
            R peripheral vestibular hypofunction (R vestibular neuritis, Jan) — oscillopsia w/ head turns, unsteady on the RTD light rail
            DHI 34 (60 at eval); DGI 20/24; VOR x1 tolerated 60 s at 120 bpm (80 bpm last visit)
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // Denver concussion: "97112 — 20 min, one-on-one" (Brock string, saccades, VOR x1) and "TE 97110 — 15 min" (sub-threshold treadmill, DNF chin nods, prone Y/T); NPC, provocation and DNF endurance; CU and skiing goal: passes.
        ["vord-h47-boulder-concussion-nmr-te"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Boulder
            97112 — 20 min, one-on-one: Brock string convergence 3 x 10; saccades between 2 targets 3 x 30 s; VOR x1 sitting → standing
            TE 97110 — 15 min: treadmill walk 3.3 mph, 5% incline, HR held at 135 bpm (sub-symptom threshold); DNF chin nods 10 x 10 s; prone Y/T 2 x 10
            Concussion (ski collision at Eldora): NPC 9 cm, dizziness provoked +2 w/ horizontal VOR, ↓ exercise tolerance; DNF endurance 18 s
            Goal: back to CU classes full time and skiing
            """,
            ["S06.0X0D", "F07.81"], [PT("97112", 20), PT("97110", 15)], []),

        // Denver "Pt seen 1:1."; NMR 23 (foam EC, foam-beam heel-toe, lateral-push stepping, cone taps) and Gait 15 (gravel and grass, distance, SBA) match; chemo neuropathy with foot proprioception loss; mCTSIB and 10MWT: passes.
        ["vord-h47-westminster-cipn-nmr-gait"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Westminster
            Pt seen 1:1.
            NMR 97112 — 23 min: stance on the foam w/ EC, heel-toe walking on the foam beam, stepping-strategy drills to lateral pushes, SLS w/ cone taps
            Gait 97116 — 15 min: no AD, outdoors on the gravel path and the grass, 3 x 200 ft, SBA; cues to look ahead instead of at her feet
            Chemo-induced peripheral neuropathy (breast ca, finished taxol in Oct) — ↓ proprioception and light touch B feet, wide-based gait, visual dependence
            mCTSIB foam EC 12 s (4 s at eval); 10MWT 1.02 m/s
            """,
            ["G62.0", "Z85.3"], [PT("97112", 23), PT("97116", 15)], []),

        // Denver OT 97530 community re-entry (grocery list and route, simulated shopping at three shelf heights, basket carry, paying); planning/sequencing after TBI; SBA and 7/8 items: passes.
        ["vord-h47-arvada-ot-tbi-shopping-97530"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Arvada · OT
            97530 — 24 min
            Community re-entry: planned a grocery list and route for the King Soopers trip, then simulated shopping in the clinic — retrieved 8 items from shelves at 3 heights, carried the basket, paid w/ exact change
            Goal: shop independently; ↓ planning/sequencing and divided attention after TBI (bike crash)
            SBA for balance while carrying; 7/8 items correct
            """,
            ["S06.9X0D"], [OT("97530", 24)], []),

        // Phoenix winter resident's L TKA 97110 (bike, heel slides, prone hangs, step-ups, TKE with doses); AROM and quad grade; pickleball and golf-cart goal: passes.
        ["vord-h47-suncity-winter-resident-tka-97110"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Sun City
            Winter resident from Minnesota, L TKA done in Minneapolis in Dec, here till April.
            TE 97110 — 22 min: recumbent bike seat 7, full revolutions x 40; heel slides 2 x 15; prone hangs 3 x 60 s; step-ups onto a 6-in step 2 x 12; lateral step-ups 2 x 10; TKE w/ band 3 x 15
            L knee AROM 4–108°, quad 4-/5; goal: play pickleball at the rec center and get in and out of the golf cart
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 22)], []),

        // Phoenix pickleball shoulder: "MT 97140 — 10 min" (GH glides in bouts, STM) and "TE 97110 — 20 min" (ER, bands, prone abduction, scaption, sleeper stretch) match; painful arc and IR deficit: passes.
        ["vord-h47-mesa-pickleball-shoulder-mt-te"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Mesa
            MT 97140 — 10 min: R GH posterior and inferior glides gr III 3 x 45 s; STM R posterior cuff and pec minor
            TE 97110 — 20 min: side-lying ER w/ 2 lb 3 x 12, band IR/ER at 0° (green) 3 x 15, prone horizontal abd 2 x 10, scaption to 90° w/ 2 lb 2 x 12, sleeper stretch 3 x 30 s
            R rotator cuff tendinopathy w/ painful arc and posterior capsule tightness — IR 35° R vs 60° L; plays pickleball 4 days a week at the park
            """,
            ["M75.41"], [PT("97140", 10), PT("97110", 20)], []),

        // Phoenix "Treatment was one-on-one with the PT."; NMR 25 (clock stepping with perturbations, foam-beam tandem, cone course with head turns) and Gait 13 (4WW, distance, SBA); postural control and shuffling; Berg, TUG, gait speed: passes.
        ["vord-h47-surprise-falls-nmr-gait"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Surprise
            Treatment was one-on-one with the PT.
            NMR (97112) 25 min: stepping to the clock targets w/ perturbations, tandem on the foam beam, obstacle course around the cones w/ head turns
            Gait (97116) 13 min: 4WW on the clinic sidewalk and through the parking lot, 2 x 300 ft, SBA, cues for step length and brakes at the curb
            ↓ postural control w/ head turns and ↓ reactive stepping; short shuffling steps w/ flexed trunk; 2 falls in the casita since Nov
            Berg 41/56; TUG w/ 4WW 14.3 s; gait speed 0.68 m/s
            """,
            ["R26.81", "R29.6"], [PT("97112", 25), PT("97116", 13)], []),

        // Phoenix OT 97530 in the park-model bathroom set-up (shower-chair transfers, caddy reach, LB dressing with AE); CGA → SBA and Mod I; hip precautions and standing balance; shower/dress goal: passes.
        ["vord-h47-apachejunction-ot-bathroom-97530"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Apache Junction · OT
            97530 — 23 min
            Bathroom in the park-model home: practiced shower-chair transfer w/ grab bar x 4, reaching to the shower caddy, LB dressing sitting on the bed w/ reacher and sock aid
            L hip fx (hemiarthroplasty) 7 wks — hip precautions, ↓ standing balance; goal: shower and dress w/o waiting for her husband
            CGA for the shower transfer → SBA by trial 4; Mod I for LB dressing w/ AE
            """,
            ["S72.002D", "Z96.642"], [OT("97530", 23)], []),

        // Phoenix hip fracture: "Gait (97116) — 15 min" (RW → SPC trial, distance, CGA/SBA) and "TherEx (97110) — 15 min" with doses match; hip weakness and antalgic gait; Costco goal: passes.
        ["vord-h47-chandler-hip-fx-gait-te"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Chandler
            Gait (97116) — 15 min: RW → SPC trial, 3 x 150 ft on tile and carpet, CGA w/ SPC, SBA w/ RW; cues for equal step length and heel strike on the R
            TherEx (97110) — 15 min: R hip abd side-lying 2 x 12, bridges 2 x 12, SAQ w/ 3 lb 3 x 12, standing marches 2 x 20
            R femoral neck fx (ORIF) 9 wks — R hip weakness 3+/5, R antalgic gait w/ short L step; goal: walk into Costco w/ just the cane
            """,
            ["S72.001D"], [PT("97116", 15), PT("97110", 15)], []),

        // OKC OT hand 97110 for de Quervain's (thumb AROM, RD/UD with weight, putty pinch, eccentric RD with doses); Finkelstein and pinch kg; lifting-grandbaby limit: passes.
        ["vord-h47-norman-ot-de-quervain-97110"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Norman · OT Hand
            97110 — 16 min: thumb AROM (opposition, IP/MP flexion) x 10 each; wrist radial/ulnar deviation w/ 1 lb 2 x 15; putty lateral pinch (yellow) 2 x 15; eccentric wrist RD w/ a hammer 2 x 12
            R de Quervain's tenosynovitis — pain lifting her grandbaby; Finkelstein + R; lateral pinch R 4.5 kg vs L 7.0 kg
            """,
            ["M65.4"], [OT("97110", 16)], []),

        // Complete OKC neck note (97140 10 with C5-6 mobs in bouts; 97110 15 with doses; radiculopathy, rotation and DNF endurance) sent with no diagnosis.
        ["vord-h47-yukon-neck-no-diagnosis"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Yukon
            97140 — 10 min: C5-6 R unilateral PA mobs gr III 3 x 30 s; upper thoracic PA mobs gr IV; suboccipital release
            97110 — 15 min: chin tucks 10 x 5 s, prone Y/T 2 x 10, band rows 2 x 15, thoracic extension over the foam roll x 10
            R cervical radiculopathy w/ ↓ R rotation (52°) and DNF endurance 12 s
            """,
            [], [PT("97140", 10), PT("97110", 15)], [Dx]),

        // Complete DFW PTA 97116 (SPC, distance, stairs, SBA; antalgic R knee OA; Stockyards goal) with the ICD-9 code 715.16 in the diagnosis field: not ICD-10-CM.
        ["vord-h47-mansfield-pta-icd9-diagnosis"] = new(
            """
            TRINITY ORTHO & SPINE PT — Mansfield
            PTA Daily Note · Supervising PT: J. Ramirez, PT
            Gait 97116 — 15 min: SPC in the L hand, 4 x 150 ft level + 1 flight of stairs w/ rail step-to, SBA; cues for R heel strike and knee extension at terminal stance
            R knee OA — antalgic R, ↓ R stance time; goal: walk the Fort Worth Stockyards w/ her grandkids
            """,
            ["715.16"], [PTA("97116", 15)], [Dx]),

        // Arkansas "Worked on strength and balance, 38 minutes total. Tolerated well. Continue plan of care.": nothing named for either code, no one-on-one, and a total only.
        ["vord-h47-searcy-generic-two-codes-total"] = new(
            "Ozark Foothills Therapy — Searcy. Worked on strength and balance, 38 minutes total. Tolerated well. Continue plan of care.",
            ["M62.81", "R26.81"], [PT("97110", 15), PT("97112", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // Complete Denver two-code note (NMR 23: half-kneel rhythmic stabilization, Airex EC head turns, perturbed backward walking; TE 15 with doses; postural control and L LE proprioception; SLS and Berg) that never says one-on-one.
        ["vord-h47-lakewood-two-codes-one-on-one-unstated"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Lakewood
            NMR 97112 — 23 min: rhythmic stabilization in half-kneel, Airex stance w/ EC and head turns, backward walking w/ perturbations at the pelvis
            TE 97110 — 15 min: sit-to-stand 3 x 10, step-ups onto a 6-in step 2 x 10, calf raises 3 x 15
            ↓ postural control and ↓ L LE proprioception after L tibial plateau fx; L quad 4-/5
            SLS L EC 7 s; Berg 49/56
            """,
            ["S82.142D"], [PT("97112", 23), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // Phoenix "TE 97110 — 30 min" against a 20-min line: mismatch; "MT 97140 — 10 min" matches; both sections complete for lumbar stenosis with a Fry's aisle limit.
        ["vord-h47-gilbert-te-30-against-20"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Gilbert
            TE 97110 — 30 min: double knee to chest 3 x 30 s, posterior pelvic tilts 2 x 15, seated flexion stretch 3 x 30 s, bridges 2 x 12, side-lying clams 2 x 15
            MT 97140 — 10 min: L4-5 flexion mobs in side-lying gr III 3 x 30 s; STM lumbar paraspinals
            Lumbar stenosis w/ neurogenic claudication — can't walk more than one aisle at Fry's before B leg pain; ↓ hip extensor strength 4-/5
            """,
            ["M48.062"], [PT("97110", 20), PT("97140", 10)], [At(Mismatch, "97110")]),

        // Denver vestibular-migraine 97112 "treated 1:1" with gaze stabilization, habituation and head-turn walking for motion sensitivity, but "will re-test DHI next visit" and no number anywhere: no measure.
        ["vord-h47-aurora-vestibular-migraine-no-number"] = new(
            """
            FRONT RANGE NEURO & VESTIBULAR — Aurora
            97112 — treated 1:1
            Gaze stabilization in standing, habituation to rolling and bending, walking w/ head turns in the hallway
            Vestibular migraine w/ motion sensitivity and ↓ gaze stability
            Pt reports less dizziness in the car; will re-test DHI next visit.
            """,
            ["G43.909", "R42"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Phoenix "Timed tx 35 min." is the only time for 97116 and 97110: no minutes for each; RW gait with distance/SBA and exercises with doses after pneumonia; mailbox and pool goal.
        ["vord-h47-peoria-timed-total-only"] = new(
            """
            DESERT SKY PHYSICAL THERAPY — Peoria
            Timed tx 35 min.
            Gait: RW on the sidewalk and the ramp up to the clubhouse, 2 x 250 ft, SBA; cues for upright posture and staying closer to the walker
            TE: sit-to-stand 3 x 8, marching 2 x 20, heel raises 2 x 15, standing hip abd 2 x 10
            Deconditioning after 10 days in the hospital w/ pneumonia; ↓ LE strength and gait endurance; goal: walk to the mailbox cluster and the pool
            """,
            ["R53.81", "M62.81"], [PT("97116", 15), PT("97110", 20)], [SepTime]),

        // DFW PTA 97530 with horse-barn tasks and a goal after cuff repair, but "Needed less help than last week." is no assistance level, and no load, count or number: no measure.
        ["vord-h47-weatherford-pta-barn-97530-no-level"] = new(
            """
            TRINITY ORTHO & SPINE PT — Weatherford
            PTA Daily Note · Supervising PT: L. Jensen, PT
            TA 97530 — 20 min: practiced getting into and out of his pickup using the running board and grab handle, lifting a saddle onto the rack, carrying feed buckets across the barn
            Goal: take care of his horses again after L rotator cuff repair
            Needed less help than last week.
            """,
            ["M75.122", "Z47.89"], [PTA("97530", 20)], [At(Measure, "97530")]),

        // OKC OT "97530 — 35 min" on the one timed code against a 22-min line: mismatch; toilet, tub-bench and dressing tasks with Min A → CGA and SBA; L hemiparesis and a supervision goal complete.
        ["vord-h47-delcity-ot-time-mismatch-97530"] = new(
            """
            RED EARTH MEDICAL CENTER — Outpatient Rehabilitation, Del City · OT
            97530 — 35 min
            Toilet transfers w/ grab bar x 5, tub-bench transfer x 3, UB dressing in sitting (front-opening shirt) w/ the hemi technique
            L hemiparesis after R MCA stroke; goal: toilet and dress w/ husband's supervision only
            Min A on the tub bench → CGA by trial 3; SBA for toilet transfers
            """,
            ["I69.354"], [OT("97530", 22)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
