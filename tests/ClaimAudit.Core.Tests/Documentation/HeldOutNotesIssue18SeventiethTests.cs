using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The seventieth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of amputee, prosthetic and orthotic rehabilitation — transtibial and transfemoral
/// amputees after vascular disease, diabetes and trauma, partial-foot, partial-hand and upper-limb amputees, and
/// AFO, KAFO and C-Brace users after stroke, polio, a peroneal nerve injury and Charcot-Marie-Tooth — as the
/// people who treat them write it: pre-prosthetic work in a shrinker, a residual-limb grid, sock-ply changes,
/// donning and doffing a locking liner, skin checks with a long-handled mirror, K-levels on a prosthetist's
/// justification, AMPnoPRO and AMPPRO, 2MWT and a six-minute walk, stairs, ramps, gravel, grass and side-hills
/// with a prosthesis, getting up off the floor, falls and fear of falling, a fall onto a phantom foot at night,
/// phantom-limb pain and mirror therapy, desensitisation up a texture ladder, myoelectric site training, a
/// body-powered hook and finger prostheses, the prosthetist or orthotist adjusting a socket, a knee or an AFO beside
/// the therapy; VA Community Care referrals with a visit count, dialysis days, a shipyard, a ranch and a lobster
/// boat — about two thirds ordinary and complete (70 of 102), single- and multi-code visits (97110, 97112, 97116,
/// 97140, 97530, up to three in a visit), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a VA-contracted community amputee clinic in southwest Oklahoma ("Medicine Bluff Community Amputee Clinic":
/// Lawton, Duncan, Altus, Chickasha) seeing Veterans on VA Community Care (CCN) referrals with a referral number, an
/// SEOC and "visit 6 of 12", writing "Vet:" with rank and age and "»" rows of Tx / Because / Tested, a
/// "Session type: ☐ one-on-one ☐ group of ___" row, an "Impairment addressed: ____" line, a Code / Start / Stop / Min
/// table, an outdoor mobility course with gravel, grass, a 1:8 ramp and a curb, the clinic's Strong Vet circuit
/// card, a KineAssist, an Amputee Coalition peer visitor; the base at Altus, a pump jack, a deer stand, a barn floor,
/// a church ramp, the feed store and Mount Scott;</item>
/// <item>a prosthetics and orthotics company's in-house therapy gym ("Casco Bay Prosthetics &amp; Orthotics —
/// Mobility Gym": Forest Ave in Portland, Lewiston, Augusta, Bangor, Maine) writing in lower case with a "device
/// today:" line, a CPO's fitting log beside the therapy boxes, a Genium, a Rheo, a Kenevo, a C-Leg and a Mauch knee,
/// a Pro-Flex foot, a C-Brace, a MyoBoy, MCPDriver finger prostheses, a 5XA hook with a figure-of-8 harness, a
/// Wednesday limb-loss strength group; a lobsterman and a Casco Bay Lines deckhand, ice fishing on
/// Cobbosseecontee, a paper-mill retiree, a boat shop, snowbanks and ice cleats, the Back Cove path;</item>
/// <item>a hospital limb-loss and limb-preservation programme on the Mississippi Gulf Coast ("Gulf Pines Medical
/// Center — Limb Loss &amp; Preservation Program": Biloxi, Gulfport, Pascagoula, Hattiesburg) on a hospital template
/// (Encounter / Phase, a RESIDUAL LIMB grid, a before-and-after SKIN CHECK, a K-level box row from the prosthetist's
/// L-code justification, INTERVENTIONS, CLINICAL IMPRESSION) with pre-prosthetic patients in a shrinker, dialysis
/// days, a transmetatarsal amputation, a transhumeral casino dealer, shipyard pipe-fitters and a knee-knocker, a
/// ceiling-track harness, two amputees at one set of parallel bars, a PTA watching the bike across the gym;</item>
/// <item>a rural physical-therapy practice that sees a few amputees ("Musselshell Valley Physical Therapy": Roundup and
/// Thursdays in Harlowton, Montana) writing first-person narrative with first names: a Chopart foot lost to
/// frostbite, a baler, a grain auger and a horse, hand-line irrigation pipe, a swather cab, buckets for the bucket
/// calves, a wire gate, a paper exercise flowsheet with its columns dashed, a daily sheet with the minutes left
/// blank, minutes written in words;</item>
/// <item>a rehabilitation hospital's outpatient gait lab ("Ouachita Rehabilitation Hospital — Outpatient Gait &amp;
/// Orthotics Lab": Hot Springs, with Malvern, Arkadelphia and Benton clinics, Arkansas) seeing AFO and KAFO users
/// after stroke, polio, a peroneal nerve injury and Charcot-Marie-Tooth, and a few amputees, with an orthotist in
/// the lab: an instrumented-walkway table, a force plate with the load trace on screen, an E-MAG Active
/// stance-control KAFO, an Allard ToeOFF, a Zebris treadmill with projected step targets, a drop-lock KAFO with an
/// "Orthosis worn / Falls since last visit / Assist" box set, "2 units (25 min)"; Central Avenue, Lake Catherine,
/// DeGray Lake and a bass boat on Lake Ouachita.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h70-…): one-on-one in these writers' own words ("He was the sole focus of my time for all of it;
/// I saw and supervised no one else", "just us in the gym for the 97112 … I had no other pt" while the CPO cast
/// someone else's socket out front, "I worked directly with Mrs. Whitlock and with no other patient through the
/// whole block", "I gave her the whole NMR block myself … with no one else in the building", "Not a shared slot: Mr.
/// Ruiz and I were alone in the lab", "I treated no other patient during the 97112 and stayed hands-on" with a
/// daughter spotting, "In constant attendance on this Vet only, both codes"), notes that negate it (two amputees run
/// at one set of parallel bars with the cues alternated, a PTA keeping watch on another patient on the bike) or never
/// state it (an Amputee Coalition peer visitor sitting in, a CPO fine-tuning myoelectric gains during an OT's site
/// training), and the codes without a one-on-one check (only 97112 is the one-on-one code in the shipped medicare
/// profile): a 97110 in a limb-loss strength group of four and a 97116 on an outdoor course with two Veterans;</item>
/// <item>class 2 (v2-h70-…): template states: a RESIDUAL LIMB grid (incision, shrinker, edema, phantom), a CPO's
/// fitting log beside "[x] gait 97116 ..... 18 min [ ] ther act 97530 ..... ___ min", "Session type: ☐ one-on-one
/// ☐ group of ___" with neither ticked, an instrumented-walkway table, an exercise flowsheet whose Sets/Reps, Wt and
/// Dist columns are dashed, a K-level box row, "Session type: ☒ one-on-one" above "Impairment addressed: ____" left
/// blank, a before-and-after skin check, terminal-device, harness and wear-schedule boxes, "☒ 97110 ___ min ☒ 97116
/// ___ min / Timed total: 33 min", an "Orthosis worn / Falls since last visit / Assist" box set;</item>
/// <item>class 3 (v3-h70-…): named programmes, protocols and devices as techniques (mirror therapy with tactile
/// discrimination training for phantom pain, an Allard ToeOFF trial, a Kenevo's stance yield, a C-Brace on ramps and
/// stairs, a KineAssist, a desensitisation texture ladder, a Mulligan hip mobilisation with movement, backward-chained
/// floor recovery, a Zebris treadmill with projected step targets, MCPDriver finger prostheses, PNF resisted gait),
/// a ceiling-track harness with no number and the clinic's Strong Vet circuit with no deficit;</item>
/// <item>class 4 (v4-h70-…): deficits stated as findings (stepping out of bed at night onto a foot that is not there,
/// a socket that clunks going down the stairs, a knee that snaps back and toes caught on the lobby rug, a prosthetic
/// toe dragged into an irrigation-pipe riser, tipping toward the prosthesis when turning at the stove, standing bent
/// at the hip with a prosthesis that "feels too long", a transhumeral prosthesis left on the dresser, a church ramp
/// not walked since a fall, rolling onto the outside of a transmetatarsal foot, ankles that turn over on campground
/// gravel) and notes that state none (a strength session for a man who had the best winter in years, a new foot
/// that walks evenly);</item>
/// <item>class 5 (v5-h70-…): measures in their usual forms (AMPnoPRO with a predicted K-level, 2MWT, a six-minute
/// walk test with saturations, the Narrowing Beam Walking Test, a 10-meter walk, residual-limb circumference and knee
/// extension degrees, Jebsen-Taylor subtests with a myoelectric hand, Berg beside the ABC, the 30-second chair stand)
/// and notes with none ("Walked better; less lean by the end", "Steadier on the foam than last week", "Did it, more
/// confident than last time");</item>
/// <item>class 6 (v6-h70-…): minutes in their usual forms (a.m. clock times per code, "2 units (25 min)", minutes
/// in words, two bouts around a liner and skin check with the clock stopped, a Code / Start / Stop / Min table for
/// three codes, PT then OT on one morning, "Timed: 36 min (gait 21, ther act 15)", "timed min → 97116: 22 · 97530:
/// 11") and true mismatches (gait 30 against 18, a PTA's ther act 10 against 24, the second of two codes 25 against
/// 14) and truly missing separate time (38 minutes for ther ex and gait together, a walking section with no minutes
/// beside two timed codes);</item>
/// <item>class 7 (v7-h70-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a transfemoral amputee's hip abductors and extensors), 97530 (water
/// buckets, a wire gate and a pickup cab), 97140 (lumbar soft-tissue work and mobilisation for back pain from leaning
/// over a socket) and 97116 (tilted tiles, a gravel trail and a log step-over), and wholly generic 97110, 97112 +
/// 97530, 97116 and 97140 notes;</item>
/// <item>ordinary (vord-h70-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a generic two-code note
/// with a total, a PTA's gait time that differs, an OT's time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — prosthetists and orthotists
/// adjusting a socket, a knee or an AFO, a peer visitor, wives, sons and daughters (none of them a patient in the
/// billed block unless the note says so; the other amputee at the bars and the patient on the bike are), VA
/// referral numbers and visit counts, ranks, ages and years, sock ply, K-levels, ramp slopes, step and curb heights,
/// alignment degrees, hours of prosthetic wear, dialysis days, a 97530 box left blank beside a billed 97116, the
/// six in a six-minute walk test — and each is written so that a reviewer cannot take it for a code's minutes or a
/// measure; no note gives minutes to a fitting, a skin check, a rest or a test.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes
/// the measure check only on an objective measure with a number and fails it only when the note has no number but
/// its code, its minutes and numbers that are plainly something else; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes:
/// a family member, caregiver or staff escort in the room does not undo a one-on-one statement, another patient
/// treated in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside
/// the billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a
/// measure without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only
/// number, a cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the
/// whole of a 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time
/// with one timed code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test,
/// canalith repositioning, three-character or dotless diagnosis codes, and any line with a code that has no
/// documentation profile (prosthetic and orthotic training and management, group classes, caregiver training and
/// evaluations stay in the notes, never on a line).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 90 of 102 cases agree (100 needed), and 11 of the 70 notes the reviewer passes got a finding, on the analyzer of 43d4757 (the 2026-12-06 tenth session after its first changes, which worked the sixty-fourth and sixty-sixth sets through; made before this set was written) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in part: 99 of 102 with 3 false positives — one-on-one ("Nobody but this Vet and me in the gym", "PT treated this Vet only", "only this Vet and me"; a Vet is the patient), amputee and orthotic vocabulary from a helper (can't feel the knee, co-contraction, pelvic lag, residual-limb hypersensitivity, Narrowing Beam Walking Test). Not reached: "I gave her the whole NMR block myself … with no one else in the building" (a phrase that also reads a home note's building was tried and taken out); "11 min + 12 min = 23 min" read as 11; "exercises at the mat, fifteen minutes" with no code name. The failing [Fact]s are skipped with that reason until a later session works them through (no case edited).</para>
/// <para>Eleventh session (2026-12-06): 102 of 102 with no false positive (a session's two bouts and their sum; "with no one else in the building"; "Then exercises at the mat, fifteen minutes:" as 97110's time); both facts pass and their Skip attributes are removed</para>
/// </summary>
public class HeldOutNotesIssue18SeventiethTests(ITestOutputHelper output)
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

        // Lawton VA Community Care, L TT after a failed TMA: "He was the sole focus of my time for all of it; I saw and supervised no one else"; stride-stance nudges, ball toss, released-lean stepping; late postural control over the prosthesis; stance seconds and k of 10; 21 matches: passes.
        ["v1-h70-lawton-sole-focus-stride-nudges"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Lawton
            VA CCN referral VA0051837720 · SEOC: amputation rehab · visit 6 of 12
            Vet: SFC (ret.), 61, L TT 2023 (diabetic foot, failed TMA). Drove himself in from Cache.
            » Tx: 97112 neuromuscular re-ed — 21 min. He was the sole focus of my time for all of it; I saw and supervised no one else.
               stride stance with the prosthesis forward, then back — my nudges at the pelvis and shoulders in random directions
               catching and tossing a 2-lb ball out to the prosthetic side in stride stance
               released-lean stepping: I let go of him from a forward lean and he steps with the prosthesis
            » Because: postural control over the prosthesis is late — he sways back onto the sound side and grabs for the bar; no stepping reaction on the L
            » Tested: prosthetic-side stance, no hands, 8 s (3 s on 2/12); caught himself with an L step on 6 of 10 releases
            » Next: same, add foam under the sound foot.
            """,
            ["Z89.512", "E11.51"], [PT("97112", 21)], []),

        // Portland prosthetics gym, R TF lobsterman on a Genium: "just us in the gym for the 97112 … I had no other pt" (the CPO was out front casting someone else's socket); rhythmic stabilisation, half-kneel on a half roll, rocker board with a crate; pelvic and trunk postural control; seconds; 22 matches: passes.
        ["v1-h70-portland-just-us-in-the-gym"] = new(
            """
            Casco Bay Prosthetics & Orthotics — mobility gym, Forest Ave, Portland
            device today: R TF, Genium knee, suction socket (fit 3 wks ago by Dana Pelletier, CPO)
            pt: 47, lobsterman out of the Portland Fish Pier — wants to be back on his boat for the spring haul
            just us in the gym for the 97112 — 22 min (Dana was out front casting someone else's socket; I had no other pt)
              rhythmic stabilisation at the pelvis and trunk in stride stance, prosthesis back
              half-kneeling on the prosthetic side over a half foam roll, then tall kneeling against my perturbations
              standing on the rocker board (front-to-back) holding a 10-lb crate — "deck roll"
            problem: pelvic and trunk postural control over the knee — he hitches the hip and leans out over the socket as soon as the board tips
            scored: rocker board held level 20 s x 4 (couldn't hold it 5 s at fitting); half-kneel on the prosthetic side 25 s (10 s last wk)
            """,
            ["Z89.611", "Z44.111"], [PT("97112", 22)], []),

        // Biloxi hospital programme: "ran him at the parallel bars alongside Mr. Tillman (R TF), alternating my cues between the two of them": another patient treated in the block; weight shifts to targets, sound-foot taps, bars released with perturbations; weight acceptance and socket feedback; % BW and seconds: one-on-one missing.
        ["v1-h70-biloxi-two-amputees-at-the-bars"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss & Preservation Program · Biloxi
            Encounter: OP PT · Phase: prosthetic training (wk 3 with the preparatory leg)
            INTERVENTIONS
              97112 x 20 min — ran him at the parallel bars alongside Mr. Tillman (R TF), alternating my cues between the two of them
              - lateral weight shifts onto the R prosthesis to touch targets with the L hand
              - sound-foot taps onto a 6" step to force single-limb stance on the prosthesis
              - one hand off the bar, then both, with perturbations at the pelvis
            CLINICAL IMPRESSION: poor weight acceptance and proprioceptive feedback through the R socket; keeps his weight over the L foot
            MEASURES: prosthetic-side load on the scale 39% → 46% BW; single-limb stance on the prosthesis 4 s
            """,
            ["Z89.511", "E11.51"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Altus, R TT after a motorcycle crash: an Amputee Coalition peer visitor (a Vet, not a patient) sat in, and nothing states one-on-one; hurdle side-steps, foam stance with ball toss; lateral postural control stepping toward the prosthesis; counts and seconds: one-on-one missing.
        ["v1-h70-altus-peer-visitor-sat-in"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Altus
            VA CCN referral VA0051902214 · visit 3 of 12
            Vet: A1C (ret.), 38, R TT after a motorcycle crash on US-62, 2024. A certified peer visitor from the Amputee Coalition (a Vet, B TT himself) sat in to talk about going back to work on the base.
            » Tx: 97112 — 19 min
               side-stepping over a row of 4-in hurdles toward the prosthesis and back, then crossover steps
               standing on the foam pad on the prosthesis, sound foot on a stool, ball tosses to the R and L
            » Because: loses postural control stepping sideways toward the prosthesis — crosses his feet and catches himself on the wall
            » Tested: hurdle row cleared without a wall touch 8 of 10 passes (4 of 10 at IE); foam stance with tosses 30 s without a touch-down
            """,
            ["Z89.511"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // Hot Springs gait lab, post-polio, new E-MAG Active stance-control KAFO: "I worked directly with Mrs. Whitlock and with no other patient through the whole block" (the orthotist came in after); force-plate weight shifts, lock/unlock timing, pelvic pushes; quad weakness and knee position sense; % BW and k of 10; 24 matches: passes.
        ["v1-h70-hot-springs-kafo-worked-directly-with"] = new(
            """
            OUACHITA REHABILITATION HOSPITAL — Outpatient Gait & Orthotics Lab, Hot Springs
            Pt: 72, post-polio R leg (1957); new stance-control KAFO (E-MAG Active) delivered 2/20 by Mr. Tran, CO.
            Neuro re-ed (97112) · 24 min · I worked directly with Mrs. Whitlock and with no other patient through the whole block; Mr. Tran came in afterward to re-set the knee joint.
               - weight shifts onto the R leg on the force plate, watching her own load trace on the monitor, until the knee lock engages
               - step-to, then step-through, with the knee unlocking at the right moment (terminal stance → swing), counted out loud
               - light pushes at the pelvis in R stance to practise staying on the locked knee
            Finding: R quad 2-/5 and hip extensors 3-/5 from the polio; she can't feel when the knee is fully straight, so the lock doesn't catch — and it won't release for swing if she hasn't loaded it right
            Lab data: R limb load 36% → 47% BW; lock engaged and released on time 8 of 10 steps (3 of 10 at delivery)
            """,
            ["M62.551", "R26.89", "Z97.8"], [PT("97112", 24)], []),

        // Roundup rural practice, Chopart-level foot lost to frostbite: "I gave her the whole NMR block myself, 20 min, with no one else in the building"; foam reach, rocker board, slant-board roll-over; ankle strategy gone on the R; SLS seconds and hand touches; 20 matches: passes.
        ["v1-h70-roundup-gave-her-the-whole-block"] = new(
            """
            Musselshell Valley Physical Therapy — Roundup
            Dorothy, 68, ranches north of town with her son. Lost the front half of the R foot (Chopart level) to frostbite after her truck slid off the Delphia road in January '25; wears a slipper-style silicone partial-foot prosthesis in a rocker-soled boot.
            I gave her the whole NMR block myself, 20 min, with no one else in the building (Tuesday afternoon).
            NMR 97112:
             - standing with the R foot on the foam, L foot on a step, reaching to a cupboard-height shelf
             - rocker board front-to-back, no hands
             - slow heel-to-toe rolling over the R foot on the slant board
            No forefoot lever on the R, so her ankle strategy is gone on that side — she sways and grabs the counter when she reaches forward or stops short.
            Single-leg stance R (firm) 6 s → 9 s; foam with the reach 20 s, two hand touches (five last week)
            """,
            ["Z89.431", "R26.81"], [PT("97112", 20)], []),

        // Pascagoula PTA: "PTA was also keeping watch on Mr. Ladner on the recumbent bike across the gym during this block": attending another patient; tandem with head turns, hurdle steps, narrow beam; postural control in a narrow base; seconds and steps off: one-on-one missing.
        ["v1-h70-pascagoula-pta-also-watching-the-bike"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss Program · Pascagoula Outpatient
            Encounter: OP PT (PTA) · Phase: prosthetic training
            97112 — 22 min. PTA was also keeping watch on Mr. Ladner on the recumbent bike across the gym during this block.
            INTERVENTIONS
              - tandem stance in the bars, prosthesis behind, then in front; head turns
              - stepping the sound leg over a 4" hurdle with the prosthesis in stance
              - narrow-beam walking on a 2x4 laid on the floor, one hand on the bar
            CLINICAL IMPRESSION: poor postural control in a narrow base — walks wide and hip-hikes to clear; loses balance toward the L (prosthetic) side
            MEASURES: tandem 12 s prosthesis-behind / 6 s prosthesis-in-front; beam 10 ft with 2 steps off
            """,
            ["Z89.512", "Z91.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // Augusta Wednesday limb-loss strength group, "4 members on the floor with me": 97110 has no one-on-one check; hip thrusts, sled push, band walks, step-ups with loads and doses; R glute and hip extensor weakness with a trail goal; 25 matches: passes.
        ["v1-h70-augusta-limb-loss-strength-group-97110"] = new(
            """
            Casco Bay Prosthetics & Orthotics — mobility gym, Augusta
            wednesday limb-loss strength group — 4 members on the floor with me, each on their own card
            97110 — 25 min
              hip thrust off the bench, 45-lb bar, 3 x 10
              sled push 90 lb 4 x 40 ft
              lateral band walks (black band) 3 x 30 ft each way
              step-ups to a 12" box 3 x 8 each, leading with the prosthesis, then the sound leg
            problem: R TT (2022, PVD) — R glute med 4-/5 and weak hip extensors; leans out over the socket when he tires on the woods trail at Viles Arboretum
            """,
            ["Z89.511", "I73.9"], [PT("97110", 25)], []),

        // Duncan outdoor mobility course, "two Vets on the course with me today … walking in turns": 97116 has no one-on-one check; gravel, grass slope, 1:8 ramp, curb with cues; stiff knee at loading and vaulting downhill; laps, curb count and SBA/CGA; 24 matches: passes.
        ["v1-h70-duncan-outdoor-course-two-vets-97116"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Duncan
            VA CCN referral VA0052006613 · visit 8 of 12
            Outdoor mobility course behind the clinic — two Vets on the course with me today (Mr. Haskins and another L TT), walking in turns.
            » Tx: 97116 — 24 min
               gravel path, the grass slope down to the stock pond, the 1:8 ramp, curb step-up and step-down at the lot
               cues: soft knee at heel strike on the prosthetic side, a shorter sound step going down the grass
            » Because: L TT (2021, trauma — caught by a pump-jack crank); knee goes stiff at loading and he vaults on the sound side on grass and downhill
            » Tested: 3 laps of 250 ft, curb x 4; SBA on the gravel and grass, CGA down the grass slope
            """,
            ["Z89.512", "R26.89"], [PT("97116", 24)], []),

        // Malvern, L peroneal nerve injury after a wakeboard knee dislocation: "Not a shared slot: Mr. Ruiz and I were alone in the lab for the 97112"; NMR 18 and gait 15 match; BOSU catches, foam EC, lateral steps; AFO hallway and ramp with Mod I; ankle proprioception, DF weakness, foot slap; SLS seconds: passes.
        ["v1-h70-malvern-not-a-shared-slot-two-codes"] = new(
            """
            OUACHITA REHABILITATION HOSPITAL — Outpatient Gait & Orthotics, Malvern clinic
            Pt: 44, L common peroneal nerve injury (knee dislocation wakeboarding on Lake Catherine, Aug '25); posterior-leaf AFO.
            Not a shared slot: Mr. Ruiz and I were alone in the lab for the 97112.
            97112 — 18 min: standing on the L on the BOSU (flat side up) catching a ball; foam stance eyes closed; lateral stepping over cones with the L in stance
            97116 — 15 min: hallway with the AFO, 4 x 150 ft, and the outside ramp x 3, Mod I; then 50 ft without the AFO to compare; cue for a higher knee in L swing
            Finding: L ankle proprioception poor and peroneal/DF weakness (DF 2/5, eversion 2-/5) — rolls the L ankle on uneven ground; the foot slaps and the toe catches without the AFO
            Lab data: SLS L 14 s (6 s at IE); foam EC 18 s
            """,
            ["S84.12XD", "M21.372"], [PT("97112", 18), PT("97116", 15)], []),

        // Gulfport: the daughter spotted on the step (family, not a patient) and "I treated no other patient during the 97112 and stayed hands-on with Mrs. Nguyen through all 23 min"; sternal and back pushes, obstacle steps, 180° turns; delayed protective stepping after a fall at church; k of 10 and turn steps/seconds: passes.
        ["v1-h70-gulfport-daughter-spotting-hands-on"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss Program · Gulfport Outpatient
            Encounter: OP PT · Phase: prosthetic training (definitive socket since 1/28)
            Pt's daughter Keisha stayed in the gym and spotted on the step. I treated no other patient during the 97112 and stayed hands-on with Mrs. Nguyen through all 23 min.
            INTERVENTIONS
              97112 x 23 min
              - reactive stepping: pushes at the sternum and between the shoulder blades, she steps to recover with either leg
              - stepping onto and off a 4" step with the prosthesis leading, cone taps in between
              - 180° turns to both sides around a cone on a count
            CLINICAL IMPRESSION: delayed protective stepping with the L prosthesis; freezes and reaches for the wall when pushed backward — fell backward at church in December
            MEASURES: recovered with a step on 7 of 10 pushes (3 of 10 at IE); 180° turn to the L in 5 steps / 4.2 s
            """,
            ["Z89.512", "Z91.81"], [PT("97112", 23)], []),

        // Lewiston OT, L transradial after a mill crush, myoelectric: the CPO stayed to fine-tune gains and nothing states one-on-one; MyoBoy EMG biofeedback site training, graded opening, block grasp-release; co-contraction and weak extensors; k of 10: one-on-one missing.
        ["v1-h70-lewiston-ot-myo-sites-cpo-present"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Lewiston · OT
            device: L transradial, dual-site myoelectric — socket cast last wk; electrode sites marked by Matt Dube, CPO, who stayed to fine-tune the gains
            OT 97112 — 20 min
              EMG biofeedback on the MyoBoy: wrist extensors = open, wrist flexors = close; hold each signal, switch on a cue, then graded slow and fast opening
              the same with the trainer hand on the table: open, close on a foam block, release on command
            deficit: can't isolate the two signals — co-contracts flexors and extensors so the hand chatters; the extensors fire weakly since the crush injury at the mill
            scored: clean open/close on cue 7 of 10 (2 of 10 at the first session); co-contraction errors 3 of 10
            """,
            ["Z89.212"], [OT("97112", 20)], [At(OneOnOne, "97112")]),

        // Lawton R TF on a microprocessor knee with a deer-stand goal: "In constant attendance on this Vet only, both codes"; NMR 19 and gait 16 match; perturbations, wobble board, ladder rungs with a pack; field walk and ramp descent with SBA; postural reactions and distrust of stance yield; seconds and AMPPRO: passes.
        ["v1-h70-lawton-constant-attendance-two-codes"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Lawton
            VA CCN referral VA0051713098 · visit 10 of 12
            Vet: SSG (ret.), 55, R TF 2019 (blast injury in 2006, late amputation), microprocessor knee. Wants to climb into his deer stand by November.
            In constant attendance on this Vet only, both codes.
            » Tx: 97112 — 19 min: perturbations on the prosthetic side in stride stance; stepping onto and off a wobble board with the prosthesis; the ladder-stand rungs with a hand on the rail and a pack on
            » Tx: 97116 — 16 min: field walk on the uneven ground behind the clinic, 2 x 300 ft; ramp descent step-over-step with the knee yielding x 6; SBA
            » Because: slow trunk and hip postural reactions over the knee; doesn't trust stance yield on slopes — side-steps down them
            » Tested: wobble board 15 s (6 s in Feb); AMPPRO 39/47
            """,
            ["Z89.611", "Z44.111"], [PT("97112", 19), PT("97116", 16)], []),

        // ---------------------------------------------------------------- class 2: checkbox and template states

        // Biloxi pre-prosthetic RESIDUAL LIMB grid (incision closed, shrinker worn, edema soft, phantom sensation) above a 97110 of prone hip extension, side-lying adduction, bridging and chair push-ups with doses; early L hip flexion-abduction contracture and weak extensors; 22 matches: passes.
        ["v2-h70-biloxi-residual-limb-grid-97110"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss & Preservation Program · Biloxi
            Encounter: OP PT · Phase: PRE-PROSTHETIC (L TF, 5 wks post-op)
            RESIDUAL LIMB
              Incision:   [X] closed     [ ] open / draining   [ ] staples in
              Shrinker:   [X] worn 23 h/day   [ ] not tolerating
              Edema:      [ ] pitting    [X] soft, non-pitting
              Phantom:    [X] sensation  [ ] pain
            INTERVENTIONS
              97110 — 22 min
              - prone on the mat with a pillow under the L hip, then prone L hip extension 3 x 10
              - side-lying L hip adduction with the residual limb on a bolster 3 x 10
              - bridging over a foam roll under both thighs 3 x 12
              - seated push-ups in the wheelchair 3 x 10 (for transfers and the walker)
            CLINICAL IMPRESSION: L hip flexion + abduction contracture starting — lacks 15° of hip extension (Thomas); L hip extensors 3+/5
            """,
            ["Z89.612", "Z47.81"], [PT("97110", 22)], []),

        // Portland: a CPO's FITTING LOG line (not therapy) above "[x] gait 97116 ..... 18 min [ ] ther act 97530 ..... ___ min" — only 97116 billed and its 18 matches; hallway, path and curb after a toe-out change with cues; short sound step, wide base, stiff knee; distances, Mod I and SBA: passes.
        ["v2-h70-portland-fitting-log-therapy-boxes"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Forest Ave, Portland
            FITTING LOG (CPO — not therapy): R TT check socket #2, posterior wall trimmed, toe-out reduced 5°   — D. Pelletier, CPO
            THERAPY (PT)
              [x] gait 97116 ..... 18 min        [ ] ther act 97530 ..... ___ min
              after the toe-out change: hallway and the Back Cove path out back, 3 x 200 ft with no device, Mod I; cue to let the R knee flex at loading
              curb at the edge of the lot x 4, SBA
              still a short sound-side step and a wide base on the path; R knee stiff at loading
            """,
            ["Z89.511", "Z44.121"], [PT("97116", 18)], []),

        // Lawton "Session type: ☐ one-on-one ☐ group of ___" with neither box ticked: never stated; banded lateral shifts, sound-foot step-ups, cone reaches; weight acceptance and socket position feedback; % BW and seconds: one-on-one missing.
        ["v2-h70-lawton-session-type-unticked"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Lawton
            VA CCN referral VA0051990451 · visit 4 of 12
            Session type:   ☐ one-on-one   ☐ group of ___
            » Tx: 97112 — 20 min
               lateral weight shifts onto the prosthesis against a band pulling him toward the sound side
               sound-foot step-ups onto the 6" step, prosthesis in stance
               reaching across to cones on the prosthetic side with the prosthesis loaded
            » Because: poor weight acceptance and joint-position feedback through the R socket — stands with most of his weight on the L
            » Tested: R prosthetic load on the plate 34% → 45% BW; R single-limb stance 5 s
            """,
            ["Z89.511", "E11.51"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Hot Springs instrumented-walkway table (velocity, cadence, step lengths with and without the cane) above a 97116 of no-cane walking on tile and carpet with mirror feedback; R knee hyperextension, short R step and hip hike; distances and CGA → SBA; 23 matches: passes.
        ["v2-h70-hot-springs-walkway-table"] = new(
            """
            OUACHITA REHABILITATION HOSPITAL — Outpatient Gait & Orthotics Lab, Hot Springs
            Pt: 66, L MCA stroke 9/2025 (R hemiparesis); custom articulating R AFO (plantarflexion stop) since 1/30.
            Instrumented walkway, 3 passes each:
              Condition         Velocity    Cadence   Step length R / L
              AFO + quad cane   0.52 m/s    71        38 / 44 cm
              AFO, no cane      0.61 m/s    78        41 / 45 cm
            Gait training 97116 — 23 min
              no cane on the walkway and the hallway tile, then the carpeted lobby, 4 x 120 ft, CGA → SBA
              mirror at the end of the hall for R knee control; cue for a longer R step
            Finding: R knee hyperextends in mid-stance and the R step is short; R hip hikes to clear the AFO in swing
            """,
            ["I69.351", "M21.371"], [PT("97116", 23)], []),

        // Roundup paper flowsheet whose Sets/Reps, Wt and Dist columns are all dashed ("Ran out of time to write numbers; did his usual"): four hip exercises named, L hip weakness leaning over the socket with buckets — no dose or number but the code's and a year: measure missing.
        ["v2-h70-roundup-flowsheet-columns-dashed"] = new(
            """
            Musselshell Valley Physical Therapy — Roundup · Exercise flowsheet
            Pt: Walt, L TF (grain auger, 1998). Hip's been hurting since he went back to feeding cattle this winter.
            97110 — 18 min
            Exercise                           Sets/Reps   Wt    Dist
            standing hip extension, band       —           —     —
            side-lying hip abduction           —           —     —
            bridges on the mat table           —           —     —
            sit-to-stand from the low chair    —           —     —
            Ran out of time to write numbers; did his usual.
            L hip abductors and extensors weak — leans out over the socket when he's tired and carrying the buckets.
            """,
            ["Z89.612", "M25.552"], [PT("97110", 18)], [At(Measure, "97110")]),

        // Gulfport K-level box row from the prosthetist's L-code justification (K2 ticked) above a 97530 of couch stands, a laundry-basket carry with a cane, a pickup's running board and a floor pick-up, with counts; can't do laundry or get into the truck for dialysis; Min A → CGA and SBA; 24 matches: passes.
        ["v2-h70-gulfport-k-level-boxes-97530"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss Program · Gulfport Outpatient
            Encounter: OP PT · Phase: prosthetic training
            Functional level (per the prosthetist's L-code justification):   [ ] K1   [X] K2   [ ] K3   [ ] K4
            INTERVENTIONS
              97530 — 24 min
              - sit ↔ stand from the low couch (17") with the prosthesis on, no hands x 6
              - carrying a laundry basket (8 lb) 40 ft to the bed, single-point cane in the other hand x 4
              - in and out of the passenger side of her son's pickup over the running board x 3
              - picking a dropped pill bottle off the floor with the prosthesis loaded x 5
            CLINICAL IMPRESSION: R TT — can't do her own laundry or climb into the truck to get to dialysis; pushes up with both arms and drops back into the couch
            MEASURES: truck Min A → CGA; SBA for the rest
            """,
            ["Z89.511", "N18.6", "Z99.2"], [PT("97530", 24)], []),

        // Altus "Session type: ☒ one-on-one" above "Impairment addressed: ____" left blank: PNF pelvic patterns, foam and dome stepping, tandem tosses, tandem seconds and an L Test — no neuromuscular deficit or system named anywhere: deficit missing.
        ["v2-h70-altus-impairment-addressed-blank"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Altus
            VA CCN referral VA0052114008 · visit 5 of 12
            Session type:   ☒ one-on-one   ☐ group of ___
            Impairment addressed:  ______________________
            » Tx: 97112 — 21 min
               PNF pelvic patterns (anterior elevation / posterior depression) in side-lying, then standing with resistance at the pelvis
               stepping onto the foam with the prosthesis, then onto the half dome
               ball toss in tandem stance
            » Tested: tandem stance 22 s (14 s at IE); L Test 24.6 s
            """,
            ["Z89.512"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // Pascagoula before-and-after SKIN CHECK grid (distal end, fibular head, patellar tendon) above a 97530 of locking-liner donning, sock-ply changes from 3 to 5 and doffing with a mirror check, with counts; crooked liner and a popliteal blister he can't see; mod A → SBA: passes.
        ["v2-h70-pascagoula-skin-check-donning-97530"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss Program · Pascagoula Outpatient
            Encounter: OP PT · Phase: prosthetic training — donning / doffing
            SKIN CHECK (before → after)
              Distal end:       [X] intact → [X] intact
              Fibular head:     [X] intact → [X] pink, faded before he left
              Patellar tendon:  [X] intact → [X] intact
            INTERVENTIONS
              97530 — 20 min
              - rolling the locking liner on seated, pin lined up with the long bone, no air trapped at the end x 4
              - socks as the limb changed: started at 3-ply, up to 5-ply after the walk; sit → stand to seat the pin until it clicks x 4
              - doffing, liner turned inside-out to dry, skin check with the long-handled mirror x 2
            CLINICAL IMPRESSION: R TT (shipyard crush injury, 10/2025); the liner went on crooked last week and left a blister in the crease behind the knee — he can't see the back of his own limb
            MEASURES: donning mod A → SBA by the 4th trial
            """,
            ["Z89.511", "S88.111D"], [PT("97530", 20)], []),

        // Lewiston OT terminal-device, harness and wear-schedule boxes above a 97530 of cutting a chop, a jar, cuff buttons, laces and a handsaw cut with counts; one-handed habits and a shoulder hike after a wood-splitter amputation; SBA and k of 10; 25 matches: passes.
        ["v2-h70-lewiston-ot-terminal-device-boxes"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Lewiston · OT
            Terminal device:  [x] body-powered hook (5XA)   [ ] myoelectric hand   [ ] passive
            Harness:          [x] figure-of-8   [ ] chest strap
            Wear schedule:    [x] 4 h on / off   [ ] all day
            OT 97530 — 25 min
              cutting a pork chop: fork held in the hook, knife in the R, 6 cuts
              peanut-butter jar: jar in the hook, lid with the R x 4
              buttoning his flannel shirt cuff and tying boot laces x 2 each
              holding a board steady in the hook on the sawhorse while cutting with a handsaw x 4 cuts
            deficit: L transradial (wood splitter, Oct 2025) — does everything one-handed and hikes the L shoulder to open the hook
            scored: SBA; hook opened by shoulder flexion + scapular abduction without the hike on 8 of 10 tries
            """,
            ["Z89.212", "S58.112D"], [OT("97530", 25)], []),

        // Harlowton daily sheet "☒ 97110 ___ min ☒ 97116 ___ min … Timed total: 33 min": two timed codes and no minutes for either: separate time missing; both sections complete (squats, step-ups, cuffed abduction with doses; cane on Central Ave with distance and SBA; weakness, short step and a Legion goal).
        ["v2-h70-harlowton-minutes-left-blank-total-only"] = new(
            """
            Musselshell Valley Physical Therapy — Harlowton (Thursdays)
            Pt: Lyle, 74, L TT (vascular, 2024). Daily sheet:
              Codes:  ☒ 97110 ___ min    ☒ 97116 ___ min    ☐ 97140 ___ min
              Timed total: 33 min
            Ex: mini squats at the counter 2 x 12; step-ups to a 6" step 2 x 10; standing hip abduction with a 2-lb cuff 2 x 12
            Gait: cane in the R hand, up and down Central Ave out front, 2 x 300 ft, SBA; the curb x 2; cue for a longer R step
            L hip and knee weak (4-/5); short R step and a hitch on the L when he's tired. Wants to walk to the Legion for coffee.
            """,
            ["Z89.512", "I73.9"], [PT("97110", 15), PT("97116", 18)], [SepTime]),

        // Arkadelphia "Orthosis worn / Falls since last visit / Assist" box set (drop-lock KAFO locked, no falls, SBA) above a 97116 of crutch gait with the knee locked in the hallway and the ramp, clearance cues and bail practice; post-polio quad paralysis with buckling and vaulting; distance and SBA; 20 matches: passes.
        ["v2-h70-arkadelphia-orthosis-falls-assist-boxes"] = new(
            """
            OUACHITA REHABILITATION HOSPITAL — Outpatient Gait & Orthotics, Arkadelphia clinic
            Orthosis worn today:     [X] R KAFO, drop-lock knee (locked)   [ ] R AFO   [ ] none
            Falls since last visit:  [X] none   [ ] 1   [ ] 2+
            Assist:                  [ ] Indep  [ ] Mod I  [X] SBA  [ ] CGA  [ ] Min A
            Gait training 97116 — 20 min
              forearm crutches, swing-to → four-point with the knee locked, clinic hallway and the ramp to the parking lot, 3 x 100 ft
              hip-hike and circumduction cues to clear the locked knee; sit ↔ stand locking and unlocking the bail lever
            Finding: post-polio R leg — quad 1/5, the knee buckles without the lock; hip-hikes and vaults to clear
            """,
            ["M62.551", "R26.89"], [PT("97116", 20)], []),

        // ---------------------------------------------------------------- class 3: named programmes, protocols and devices as techniques

        // Biloxi pre-prosthetic mirror therapy with a mirror box and tactile discrimination training on the residual limb, "PT with the pt only, no one else in the treatment room"; phantom pain with a clenched phantom foot and poor tactile acuity; two-point discrimination in mm; 20 matches: passes.
        ["v3-h70-biloxi-mirror-box-phantom-foot"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss & Preservation Program · Biloxi
            Encounter: OP PT · Phase: PRE-PROSTHETIC (L TT, 4 wks post-op)
            INTERVENTIONS
              97112 x 20 min — mirror therapy, PT with the pt only, no one else in the treatment room
              - mirror box between the legs, residual limb hidden behind it: the R foot (seen as the L in the mirror) curls and spreads the toes, circles the ankle, presses into a towel — he watches the reflection and moves the phantom foot with it
              - tactile discrimination training on the residual limb: I touch one of four marked spots or draw a line, he names which, eyes closed, 3 rounds
            CLINICAL IMPRESSION: phantom limb pain — the missing L foot feels clenched and twisted, worst at night; somatosensory: tactile acuity over the distal residual limb poor
            MEASURES: two-point discrimination at the distal residual limb 52 mm → 38 mm
            """,
            ["Z89.512", "G54.6"], [PT("97112", 20)], []),

        // Hot Springs Allard ToeOFF carbon AFO trial against the old plastic AFO: hallway, carpet, stairs and the drop-off ramp with a toe-loading cue; foot drop after a fem-pop bypass with steppage and toe scuffs; distances, Mod I/SBA and scuff counts; 22 matches: passes.
        ["v3-h70-hot-springs-toeoff-carbon-afo"] = new(
            """
            OUACHITA REHABILITATION HOSPITAL — Outpatient Gait & Orthotics Lab, Hot Springs
            Pt: 58, L peroneal neuropathy after a fem-pop bypass (11/2025) — L foot drop.
            Trial today: Allard ToeOFF carbon-composite AFO (anterior shell), fitted in a sneaker by Mr. Tran, CO.
            97116 — 22 min
              ToeOFF vs his old plastic AFO on the hallway tile and the lobby carpet, 3 x 150 ft each
              stairs, 12 steps reciprocal with the rail; the ramp down to the drop-off lane x 2
              cue: roll through to the toe to load the carbon strut for a quicker toe-off
            Finding: L DF 1/5, EV 2/5 — steppage and a short L stance in the plastic AFO; the toe scuffs on carpet
            Lab data: Mod I with the ToeOFF on level, SBA on stairs; no toe scuffs on the carpet (3 a pass with the old AFO)
            """,
            ["G57.32", "M21.372"], [PT("97116", 22)], []),

        // Bangor L TF on a new Kenevo knee (stance yield with standing support): rollator over carpet and a threshold, yielding sit-downs into a kitchen chair, bathroom-mock-up turns; short prosthetic stance, sound-side hop and buckling at home; distances and CGA/SBA; 20 matches: passes.
        ["v3-h70-bangor-kenevo-stance-yield"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Bangor
            device today: L TF, Kenevo microprocessor knee (delivered 2/26), mode A — stance yield with standing support
            pt: 79, retired from the paper mill in Old Town; household walker, rollator at the IGA
            97116 — 20 min
              rollator on level, then the carpet strip and the door threshold, 3 x 100 ft
              sitting down into the kitchen chair with the knee yielding slowly under load ("sit back into it") x 6
              turning in the narrow bathroom mock-up, small steps toward the prosthesis
            problem: short prosthetic stance and a hop on the sound side in turns; the old knee buckled twice at home last month
            scored: CGA → SBA on level; CGA in the bathroom turns
            """,
            ["Z89.612", "Z44.112"], [PT("97116", 20)], []),

        // Portland orthotic side: a C-Brace (microprocessor stance-and-swing KAFO) after the CPO set stance-flexion resistance; ramp descents, stairs step-over-step, level walking with a cane; post-polio quad paralysis, vaulting and step-to stairs after forty years locked; counts, distances, SBA/Mod I; 24 matches: passes.
        ["v3-h70-portland-c-brace-ramps-and-stairs"] = new(
            """
            Casco Bay Prosthetics & Orthotics — orthotic side of the gym, Forest Ave, Portland
            device today: R C-Brace (microprocessor stance-and-swing-controlled KAFO), week 2 — D. Pelletier, CPO set the stance-flexion resistance before the session
            pt: 63, post-polio R leg since age 4; quit walking the Eastern Prom in her locked KAFO because of the hill
            97116 — 24 min
              ramp descent with the C-Brace yielding in stance, step-over-step, the 1:12 ramp then the steeper loading ramp x 5 each
              stairs step-over-step down with the rail, 10 steps x 3
              level walking with a cane in the L hand, 3 x 200 ft, letting the knee flex at loading
            problem: R quads 1/5 — forty years on a locked knee; vaults on the L and circumducts the R to clear; goes down stairs step-to, backward
            scored: SBA on the ramps and stairs; Mod I on level
            """,
            ["M62.551", "R26.89"], [PT("97116", 24)], []),

        // Chickasha KineAssist (pelvic harness, robotic follow) for a new L TT afraid to load the preparatory socket: unweighted overground walking with graded support and step-length cues, then bars at full weight; guarding with a short L stance; distances, % support and CGA; 22 matches: passes.
        ["v3-h70-chickasha-kineassist-first-week"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Chickasha
            VA CCN referral VA0052210970 · visit 2 of 12
            Vet: PFC (ret.), 71, L TT (diabetes, 12/2025), first week in the preparatory prosthesis; afraid to put his weight on it.
            » Tx: 97116 — 22 min on the KineAssist (pelvic harness, the frame follows him)
               body-weight support 30% → 15%, overground in the hallway, 4 x 100 ft; equal step length cued
               then in the bars at full weight, 4 x 20 ft
            » Because: short L stance and a quick sound-side step — guarding the new limb; afraid to load the socket
            » Tested: 4 x 100 ft at 15% support with even steps; CGA in the bars
            """,
            ["Z89.512", "E11.51"], [PT("97116", 22)], []),

        // Roundup desensitisation up a texture ladder, vibration and eyes-closed touch localisation after a baler injury, "Cody had me to himself for the NMR — no other pt on the book that afternoon"; distal hypersensitivity, can't tolerate the liner; ladder step and k of 12: passes.
        ["v3-h70-roundup-texture-ladder"] = new(
            """
            Musselshell Valley Physical Therapy — Roundup
            Pt: Cody, 34, R TT after his leg was caught in a baler, 7 wks post-op. Can't stand the liner on yet.
            Cody had me to himself for the NMR — no other pt on the book that afternoon.
            NMR 97112, 18 min — desensitisation and sensory retraining up his texture ladder:
             - silk → cotton ball → terry towel → soft side of the velcro → tapping with a bean bag → the massage ball, each rubbed and tapped along the distal limb until it feels "ordinary"
             - vibration from the handheld unit at the ends of the scar
             - eyes closed, he tells me where I'm touching on the limb (clock face)
            Distal residual limb hypersensitive — burns when anything touches the end; can't tolerate the gel liner.
            Up to step 5 of 7 on the ladder (step 2 on 2/24); localised 8 of 12 touches eyes closed.
            """,
            ["S88.111D", "R20.3"], [PT("97112", 18)], []),

        // Pascagoula Mulligan hip mobilisation with movement with the belt, hold-relax in Thomas position and STM to TFL and rectus for a traumatic R TF; hip flexion contracture with a pitched trunk; Thomas degrees; 14 matches: passes.
        ["v3-h70-pascagoula-mulligan-hip-mwm"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss Program · Pascagoula Outpatient
            Encounter: OP PT · Phase: prosthetic training
            INTERVENTIONS
              97140 x 14 min
              - Mulligan hip MWM in prone with the mobilisation belt: lateral glide while he actively extends the R residual limb, 3 x 6
              - hold-relax to the R hip flexors in the Thomas position, 3 x 5
              - STM to the R TFL and rectus femoris
            CLINICAL IMPRESSION: R TF (traumatic, shipyard, 2024) — R hip flexion contracture; walks with the trunk pitched forward and an arched low back over the socket
            MEASURES: Thomas test R 20° → 12° short of neutral
            """,
            ["Z89.611", "M24.551"], [PT("97140", 14)], []),

        // Duncan floor recovery, backward-chained from half-kneel to the full sequence and reversed to get down; lay on the barn floor until suppertime and can't get up with the prosthesis; counts and Min A → CGA; 23 matches: passes.
        ["v3-h70-duncan-floor-recovery-backward-chained"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Duncan
            VA CCN referral VA0052031176 · visit 9 of 12
            » Tx: 97530 — 23 min: getting up off the floor, backward-chained (last step first)
               half-kneel on the sound knee → stand with a chair x 4
               four-point → half-kneel → stand x 3
               lying on the mat → roll to the sound side → four-point → half-kneel → stand, chair for support, x 3
               getting down to the floor on purpose (to reach under the truck seat) the same way in reverse x 2
            » Because: L TT — fell in the barn in January and lay there until his wife found him at suppertime; can't get up off the floor with the prosthesis on
            » Tested: Min A for the first full sequence → CGA by the 3rd
            """,
            ["Z89.512", "Z91.81"], [PT("97530", 23)], []),

        // Benton Zebris treadmill with projected step targets, then overground with the targets gone and the curb cut; pontine stroke with a long L stance pause and toe catch; step lengths from the treadmill, distance and SBA; 21 matches: passes.
        ["v3-h70-benton-zebris-projected-targets"] = new(
            """
            OUACHITA REHABILITATION HOSPITAL — Outpatient Gait & Orthotics, Benton clinic
            Pt: 70, R pontine stroke 8/2025; off-the-shelf L AFO.
            97116 — 21 min · Zebris treadmill with projected step targets on the belt
              targets set for an even step length, 1.0 → 1.3 mph; then targets switched off for the last bout to see if the step holds
              overground in the hallway and out to the curb cut, 3 x 150 ft
            Finding: L hemiparesis — short, uneven steps with a long pause in L stance; the L toe catches when he speeds up
            Lab data: step length L 34 → 41 cm, R 46 → 47 cm (treadmill report); SBA overground
            """,
            ["I69.354", "M21.372"], [PT("97116", 21)], []),

        // Bangor OT, MCPDriver finger prostheses (Naked Prosthetics) after a table-saw amputation: coin and screw pinch, nail driving, typing a log with counts; no active pinch and dropped parts; SBA and k of 10: passes.
        ["v3-h70-bangor-ot-mcpdriver-fingers"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Bangor · OT
            device: R index + middle MCPDriver finger prostheses (Naked Prosthetics), delivered last Thursday
            pt: 52, lost the R index and middle fingers at the PIP joints on a table saw (boat shop, Hampden)
            OT 97530 — 21 min
              tip pinch with the prosthetic index to the thumb: coins out of a dish x 10, then screws into a parts tray x 10
              gripping a hammer and driving finish nails into a 2x4 x 6
              typing his work log on the shop laptop, one paragraph
            deficit: no working pinch on the R since the amputation — he pinches with the ring finger and drops small parts
            scored: SBA; 10 of 10 coins, 8 of 10 screws without a drop
            """,
            ["Z89.021"], [OT("97530", 21)], []),

        // Gulfport ceiling-track harness (Guldmann) over the treadmill and overground, heel-strike and step cues, arms off the rails; short prosthetic stance and vaulting — "Less vaulting by the end; harness use to be weaned next visit": no number but the code's minutes: measure missing.
        ["v3-h70-gulfport-ceiling-track-harness-no-number"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss Program · Gulfport Outpatient
            Encounter: OP PT · Phase: prosthetic training
            INTERVENTIONS
              97116 x 20 min — ceiling-track harness (Guldmann) over the treadmill, then overground under the track
              - cued heel strike on the prosthesis and an even step with the sound leg; arms off the rails for the last bout
              - overground in the harness, turns toward the prosthetic side
            CLINICAL IMPRESSION: R TF — short prosthetic stance, vaults on the L, afraid to let the knee bend
            Less vaulting by the end; harness use to be weaned next visit.
            """,
            ["Z89.611"], [PT("97116", 20)], [At(Measure, "97116")]),

        // Lawton "Strong Vet circuit card": goblet squats, sled push, farmer carry, box step-ups with loads and doses after "No pain, no falls, wearing it sun-up to sundown" — no region, impairment or goal targeted: deficit missing.
        ["v3-h70-lawton-strong-vet-circuit-no-deficit"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Lawton
            VA CCN referral VA0051744310 · visit 11 of 12
            Vet today: "No pain, no falls, wearing it sun-up to sundown."
            » Tx: 97110 — 20 min, the clinic's Strong Vet circuit card
               goblet squat, 30-lb KB, 3 x 10
               sled push 135 lb 4 x 30 ft
               farmer carry, two 35-lb KBs, 4 x 60 ft
               box step-ups 12" 3 x 8 each lead
            » Next: last visit Thursday.
            """,
            ["Z89.511"], [PT("97110", 20)], [At(Deficit, "97110")]),

        // Altus PNF resisted gait at the pelvis with rhythmic initiation and slow reversals, "Nobody but this Vet and me in the gym during the 97112"; pelvic timing lagging on the prosthetic side; step lengths in cm and 10MWT; 22 matches: passes.
        ["v3-h70-altus-pnf-resisted-gait"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Altus
            VA CCN referral VA0051877305 · visit 7 of 12
            Nobody but this Vet and me in the gym during the 97112.
            » Tx: 97112 — 22 min: PNF resisted gait — my hands on the pelvis, resisting anterior elevation through prosthetic swing and posterior depression through stance; rhythmic initiation, then slow reversals; forward, backward and sideways
            » Because: pelvic timing and rotation on the prosthetic side are off — the R pelvis lags and he swings the prosthesis through stiff and short
            » Tested: step length R 46 cm / L 58 cm → 52 / 57 cm on the floor grid; 10MWT 0.94 → 1.06 m/s
            """,
            ["Z89.511", "R26.89"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Altus R TF: "Got up at 3 in the morning … forgot the leg was off, stepped down on the foot that isn't there and went down" — the deficit as a finding; night-time bathroom routine without the prosthesis in a dimmed ADL room, hop-pivots and chair transfers with counts; CGA → SBA; 22 matches: passes.
        ["v4-h70-altus-stepped-onto-the-phantom-foot"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Altus
            VA CCN referral VA0052300187 · visit 2 of 12
            Vet: 80, R TF (PAD), six months out. "Got up at 3 in the morning for the bathroom, forgot the leg was off, stepped down on the foot that isn't there and went down." Second fall like that since Christmas; bruised the R hip and the limb.
            » Tx: 97530 — 22 min: the night-time bathroom routine without the prosthesis, ADL room with the lights down
               sit up, pause, a hand on the walker before standing — "look for the foot first" x 5
               bed → walker hop-pivot → toilet frame → back, sound leg only, x 3
               wheelchair parked at the bedside, brakes on: bed → chair → bathroom doorway x 3
            » Because: the phantom foot feels so real he stands on it half-asleep; R hip extensors weak and slow to catch him on one leg
            » Tested: walker hop-pivot CGA → SBA; chair transfers SBA
            """,
            ["Z89.611", "G54.7", "Z91.81"], [PT("97530", 22)], []),

        // Portland L TT: the leg drops in the socket and "clunks" on each step down, a red ring above the tibia, a short L stance on the stairs — the findings; ply check and change, stairs with and without the rail, dock ramp and gravel with counts and distances; Mod I/SBA; 20 matches: passes.
        ["v4-h70-portland-socket-clunks-going-downstairs"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Forest Ave, Portland
            device today: L TT, pin-lock; 1 x 3-ply + 1 x 1-ply this morning
            pt: 36, snowmobile crash on Sebago in 2024; works nights at a warehouse in Westbrook
            what he came in with: the leg drops in the socket going down stairs — he hears it clunk on every step — and there's a red ring above the end of the tibia by the end of a shift; short L stance and a grab at the rail coming down
            97116 — 20 min
              ply check first: the liner was bottoming out — added a 3-ply, 7 total
              stairs down step-over-step with the rail, 12 steps x 4, then without the rail x 2
              the loading-dock ramp out back and the gravel by the dumpsters, 3 x 150 ft, no device
            scored: Mod I on level and gravel; SBA without the rail; no clunk after the ply change
            """,
            ["Z89.512", "Z44.122"], [PT("97116", 20)], []),

        // Hot Springs, seen walking in without his AFO: L knee snapping back into hyperextension every step and toes caught on the lobby rug — the findings; AFO re-set by the orthotist, hemi-walker hallway with a soft-knee cue and mirror, rug and threshold; counts, SBA/CGA; 18 matches: passes.
        ["v4-h70-hot-springs-knee-snaps-back-on-the-rug"] = new(
            """
            OUACHITA REHABILITATION HOSPITAL — Outpatient Gait & Orthotics Lab, Hot Springs
            Pt: 74, R MCA stroke 6/2025 (L hemiparesis). Brought the AFO he's been leaving in the closet.
            Seen walking in from the car without it: the L knee snaps back into hyperextension on every step, and the L toes caught on the lobby rug twice.
            97116 — 18 min
              articulating AFO with the plantarflexion stop re-set to 5° of DF by Mr. Tran, CO, before we started
              hallway 4 x 120 ft with the hemi-walker, cue "soft knee" at heel strike; mirror at the end of the hall
              the lobby rug and the tile-to-carpet threshold x 6
            Lab data: hyperextension seen on 2 of 10 steps (every step without the AFO); SBA on level, CGA on the rug
            """,
            ["I69.354", "R26.89"], [PT("97116", 18)], []),

        // Harlowton L TT who moves hand-line irrigation pipe: drags the prosthetic toe late in swing and caught a pipe riser last August, knee hardly bends in swing — the findings; pipe step-overs, gravel and grass laps, a pipe carried on the shoulder; counts, distances, SBA/Mod I; 21 matches: passes.
        ["v4-h70-harlowton-toe-drags-on-the-pipe"] = new(
            """
            Musselshell Valley Physical Therapy — Harlowton
            Pt: Earl, 69, L TT (diabetes, 2023). Moves hand-line irrigation pipe all summer on the home place.
            He drags the prosthetic toe at the end of swing in the grass — caught it on a pipe riser last August and went down. The knee hardly bends in swing on that side.
            97116, 21 min, out back of the clinic:
             - stepping over a 4-in PVC pipe laid on the grass, leading with the prosthesis, then the sound leg, x 10 each
             - the gravel alley and the grassy lot, 3 x 200 ft, cue to bend the knee and pick the foot up
             - carrying a 10-ft length of empty pipe on the R shoulder for the last lap
            No toe catches over the pipe on the second round (3 of 10 on the first); SBA on the grass, Mod I on gravel
            """,
            ["Z89.512", "E11.51"], [PT("97116", 21)], []),

        // Gulfport: tips toward the prosthetic side turning at the stove or sink and grabs the counter — the finding; "one PT with this one pt, nobody else treated during it"; cone step-turns, clock-face stepping, trunk-turning reaches; turning postural control; turn steps/seconds and k of 12; 20 matches: passes.
        ["v4-h70-gulfport-tips-toward-the-prosthesis-turning"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss Program · Gulfport Outpatient
            Encounter: OP PT · Phase: prosthetic training
            Tips toward the L (prosthetic) side whenever she turns that way at the stove or the sink — grabs the counter, then shuffles round in place.
            INTERVENTIONS
              97112 x 20 min, one PT with this one pt, nobody else treated during it
              - step-turns around a cone toward the prosthesis, 90° then 180°, on a count
              - clock-face stepping (12, 3, 9) with the prosthesis and back to center
              - reaching across her body to the L at counter height, turning the trunk with the feet planted
            CLINICAL IMPRESSION: postural control in turning — her center of mass drifts past the prosthetic foot and the catching step comes late
            MEASURES: 180° turn toward the L 6 steps / 5.4 s → 4 steps / 3.8 s; clock-face steps without touching the counter 9 of 12
            """,
            ["Z89.512", "R26.81"], [PT("97112", 20)], []),

        // Lawton L TF after a septic knee replacement: stands bent at the L hip with an arched back, the prosthesis "feels too long", can't get the hip behind him — the findings; prone extension off the mat edge, Thomas stretch, cable extension, roller bridges with doses; extension degrees and grade; 19 matches: passes.
        ["v4-h70-lawton-stands-bent-at-the-hip"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Lawton
            VA CCN referral VA0051833562 · visit 5 of 12
            Vet: 58, L TF (2025, an infected knee replacement that couldn't be saved). Stands bent forward at the L hip with his back arched; says the prosthesis "feels too long" and he can't get the hip back behind him at the end of the step.
            » Tx: 97110 — 19 min
               prone hip extension, residual limb off the mat edge, 3 x 10 with 3-s holds
               hip flexor stretch in the Thomas position, 4 x 30 s
               standing hip extension against the cable column, 10 lb, 3 x 10
               bridges with the residual limb on a foam roller 3 x 12
            » Tested: L hip extension lacks 14° → lacks 9° of neutral; hip extensors 3+/5
            """,
            ["Z89.612", "M24.552"], [PT("97110", 19)], []),

        // Biloxi OT: leaves the transhumeral prosthesis on the dresser, does everything with the L hand, hikes the shoulder to open the hook and tips the plate — the findings; elbow-locked tray carry, chip bag, a dealer's card shoe, lock/unlock drills with counts; Min A → SBA and k of 10: passes.
        ["v4-h70-biloxi-ot-arm-left-on-the-dresser"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss Program · Biloxi · OT
            Encounter: OP OT · Upper limb
            Leaves the R prosthesis (transhumeral, body-powered, elbow lock) on the dresser — does everything with the L hand, hikes the L shoulder to open the hook when he does wear it, and tips the plate when he cuts his food.
            INTERVENTIONS
              OT 97530 — 24 min
              - two-handed tasks with the elbow locked at 90°: carrying a lunch tray 30 ft x 3; opening a bag of chips x 5; holding the card shoe steady while dealing with the L, 10 hands
              - elbow lock / unlock with a shoulder depression-extension nudge, then opening the hook in front of him x 10
            Works the tables at a casino on Beach Blvd; R transhumeral after a crash on I-10 in 2025.
            MEASURES: Min A → SBA for the lock; hook opened without a shoulder hike 7 of 10
            """,
            ["Z89.221"], [OT("97530", 24)], []),

        // Chickasha R TT: slipped on the wet church ramp in October and hasn't gone down it since, backs down slopes on a rail with a stiff prosthetic knee — the findings; a slope ladder from 1:20 to a grass bank and a hosed ramp mat with a cane; counts, SBA/CGA; 22 matches: passes.
        ["v4-h70-chickasha-hasnt-gone-down-the-church-ramp"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Chickasha
            VA CCN referral VA0052210553 · visit 6 of 12
            Vet: 77, R TT (2024, PAD). Slipped on the wet church ramp in October and hasn't gone down it since — his wife brings the car round to the back door. Backs down any slope holding a rail with both hands, prosthetic knee locked stiff.
            » Tx: 97116 — 22 min: a slope ladder — the clinic's 1:20 walkway → the 1:12 ramp → the steeper grass bank, 3 x each, going down forward with short steps, a soft prosthetic knee and the cane in the L
               then the ramp mat hosed down wet x 3
            » Tested: SBA on the 1:20 and the 1:12; CGA on the grass bank and the wet mat
            """,
            ["Z89.511", "Z91.81"], [PT("97116", 22)], []),

        // Hattiesburg L transmetatarsal: rolls onto the outside of the foot with no push-off, late heel rise, short L step, a callus over the 5th metatarsal stump — the findings; heel raises, band eversion/DF, calf stretches, step-downs with doses; DF degrees; 18 matches: passes.
        ["v4-h70-hattiesburg-tma-rolls-onto-the-outside"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss Program · Hattiesburg Outpatient
            Encounter: OP PT · Phase: partial foot (L transmetatarsal, 3 months)
            Rolls onto the outside of the L foot with no push-off — the heel comes up late and the L step is short; a callus building over the end of the 5th metatarsal.
            INTERVENTIONS
              97110 — 18 min
              - heel raises seated, then standing with the weight kept through the 1st ray, 3 x 12
              - red band eversion and DF 3 x 15
              - calf stretch at the wall, knee straight and bent, 3 x 30 s each
              - step-downs off a 6" step with a slow lower 2 x 10
            MEASURES: L ankle DF with the knee straight −2° → 4°
            """,
            ["Z89.432", "E11.42"], [PT("97110", 18)], []),

        // Arkadelphia Charcot-Marie-Tooth: ankles turn over on campground gravel, trips on rug edges, can't stand on her heels — the findings; band DF/eversion, heel raises, slow step-ups, hip abduction with doses; MMT grades; 17 matches: passes.
        ["v4-h70-arkadelphia-cmt-ankles-turn-over"] = new(
            """
            OUACHITA REHABILITATION HOSPITAL — Outpatient Gait & Orthotics, Arkadelphia clinic
            Pt: 46, Charcot-Marie-Tooth (type 1A); B off-the-shelf AFOs she rarely wears.
            Her ankles turn over on the gravel at the DeGray Lake campground; she trips on the edges of rugs and can't stand on her heels.
            97110 — 17 min
              B ankle DF and eversion with the red band 3 x 15
              heel raises at the counter 3 x 10
              step-ups 6" 2 x 10 with a slow lower
              side-lying hip abduction 2 x 15
            Lab data: B DF 3-/5, EV 3-/5 (MMT); can't heel-walk
            """,
            ["G60.0", "R26.89"], [PT("97110", 17)], []),

        // Augusta monthly check-in "the best winter he's had in years … no sores, no pain, no falls": deadlifts, walking lunges, farmer carries, ball slams with loads and doses — no region, impairment or goal targeted: deficit missing.
        ["v4-h70-augusta-best-winter-in-years"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Augusta
            says it's the best winter he's had in years: ice-fished every weekend on Cobbosseecontee, no sores, no pain, no falls. Not here for anything new — the monthly check-in the CPO asked for.
            97110 — 18 min
              trap-bar deadlift 95 lb 3 x 8
              walking lunges 3 x 10 each
              farmer carry, 40 lb each hand, 4 x 80 ft
              med-ball slams, 10 lb, 3 x 10
            """,
            ["Z89.511"], [PT("97110", 18)], [At(Deficit, "97110")]),

        // Bangor, a Pro-Flex XC swapped in on Monday: hallway, ramp, snowbank path and stairs with distances and Mod I, "Walks evenly on it; no complaints; nothing rubbed" — no deviation, impairment or goal targeted: deficit missing.
        ["v4-h70-bangor-new-pro-flex-walks-evenly"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Bangor
            device today: Pro-Flex XC swapped in Monday (same socket)
            97116 — 17 min
              hallway, the ramp by the loading door and the path along the snowbank in the lot, 4 x 250 ft, no device, Mod I
              stairs reciprocal x 12, no rail
            Walks evenly on it; no complaints; nothing rubbed.
            """,
            ["Z89.511"], [PT("97116", 17)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Lawton pre-prosthetic R TT in a shrinker: AMPnoPRO 28/43 with a predicted K2, squat-pivots, walker hop-to and one-leg shelf reaches with counts and distances; can't reach the bathroom on one leg; CGA/SBA; 24 matches: passes.
        ["v5-h70-lawton-ampnopro-pre-prosthetic"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Lawton
            VA CCN referral VA0052417725 · visit 1 of 12 after the eval
            Vet: 66, R TT 1/2026 (diabetic foot infection), still in the shrinker — casting for the preparatory socket next week.
            » Tx: 97530 — 24 min
               wheelchair ↔ mat, squat-pivot toward the sound side x 4
               hop-to with the walker 3 x 15 ft
               sit ↔ stand from the wheelchair to the walker, then reaching to a shelf on one leg x 5
            » Because: can't get to the bathroom at home on one leg; the sound leg tires after a few hops
            » Tested: AMPnoPRO 28/43 (K2 predicted); hop-to CGA; transfers SBA
            """,
            ["Z89.511", "Z47.81"], [PT("97530", 24)], []),

        // Altus L TT, a retired crew chief: hallway, lot and grass median with a cane and cues, 2MWT 96 m against 71 at delivery; short sound step and lean when tired; SBA; 22 matches: passes.
        ["v5-h70-altus-2mwt-with-the-cane"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Altus
            VA CCN referral VA0052388140 · visit 9 of 12
            Vet: 73, L TT, definitive socket since January; retired crew chief, likes to walk the aircraft park at the base.
            » Tx: 97116 — 22 min: hallway with the cane, then the parking lot and the grass median, 3 x 250 ft; cue for a longer sound step and eyes up; 2MWT at the end
            » Because: short sound-side step and a trunk lean over the prosthesis when tired; stops to rest halfway across the lot
            » Tested: 2MWT 96 m with the cane (71 m at delivery); SBA on grass
            """,
            ["Z89.512", "I73.9"], [PT("97116", 22)], []),

        // Biloxi L TF on dialysis, 97116 16 and 97110 14 both match: boardwalk-mat cane walking with SBA; sit-to-stands, cuffed abduction, squats with doses; deconditioning, abductor weakness and a boardwalk goal; a six-minute walk test in metres with saturations (the six is the test's name): passes.
        ["v5-h70-biloxi-six-minute-walk-and-sats"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss & Preservation Program · Biloxi
            Encounter: OP PT · Phase: prosthetic training · dialysis T/Th/Sat (seen Monday)
            INTERVENTIONS
              97116 x 16 min — rollator → cane on the boardwalk mock-up (rubber mat, then planks), 3 x 150 ft, SBA; cue to bring the cane forward with the prosthesis
              97110 x 14 min — sit-to-stand 3 x 8; standing hip abduction with 3-lb cuffs 2 x 12; mini squats at the bar 2 x 10
            CLINICAL IMPRESSION: L TF; deconditioned on dialysis, L hip abductors 3+/5, lateral trunk lean over the socket; wants to walk the beach boardwalk with her grandson
            MEASURES: six-minute walk test 212 m with the rollator, 2 standing rests; SpO2 95% → 92%
            """,
            ["Z89.612", "N18.6", "Z99.2"], [PT("97116", 16), PT("97110", 14)], []),

        // Portland K4 L TT, a ferry deckhand: "treated him on his own, no other pt, the full 20 min of the 97112"; narrowing beam walks carrying a crate, rocker board with head turns, med-ball catches on the BOSU; dynamic postural control on a narrow moving base; Narrowing Beam Walking Test score: passes.
        ["v5-h70-portland-narrowing-beam-test"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Forest Ave, Portland
            device today: L TT, elevated-vacuum socket
            pt: 29, K4 — lost the L leg below the knee in 2023; deckhand on the Casco Bay Lines ferries, wants to stop grabbing the rail when the deck pitches
            treated him on his own, no other pt, the full 20 min of the 97112
              narrowing beam walks (all four widths), forward and sideways, carrying a crate
              rocker board side-to-side with head turns
              catch-and-throw with a 6-lb med ball on the BOSU, prosthesis on the dome
            problem: dynamic postural control on a narrow, moving base — steps off the beam toward the prosthetic side
            scored: Narrowing Beam Walking Test 7.4 / 12 → 9.1 / 12
            """,
            ["Z89.512"], [PT("97112", 20)], []),

        // Roundup R TT, walker in the house: cane in the hallway, Main St and the bank ramp with cues; short L step and heavy cane use; 10-meter walk speed against the walker's; SBA; 19 matches: passes.
        ["v5-h70-roundup-ten-meter-walk"] = new(
            """
            Musselshell Valley Physical Therapy — Roundup
            Pt: Marlene, 81, R TT (2019, PAD); four-wheeled walker in the house. Wants to walk into the Senior Center for Thursday dinner without it.
            Gait 97116, 19 min: single-point cane in the clinic hallway, then out front on the Main St sidewalk and the ramp at the bank corner, 3 x 150 ft; cues for heel-to-toe over the prosthesis and a longer L step.
            Short L step, slow, and she leans hard on the cane with every R step.
            10-meter walk: 0.58 m/s with the cane (0.44 m/s with the walker on 2/3); SBA.
            """,
            ["Z89.511", "I73.9"], [PT("97116", 19)], []),

        // Gulfport pre-prosthetic R TT: retrograde massage, cross-hatch scar mobilisation, hamstring STM; bulbous distal edema, an adherent incision and a knee short of extension; circumference in cm and degrees; 15 matches: passes.
        ["v5-h70-gulfport-limb-circumference"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss Program · Gulfport Outpatient
            Encounter: OP PT · Phase: PRE-PROSTHETIC (R TT, 6 wks post-op)
            INTERVENTIONS
              97140 x 15 min
              - retrograde soft-tissue massage, distal → proximal, over the residual limb
              - scar mobilisation along the incision: cross-hatch and lift
              - STM to the distal R hamstring tendons
            CLINICAL IMPRESSION: distal residual-limb edema still bulbous — the shrinker slides down; incision adherent at the medial third; knee lacks full extension
            MEASURES: circumference 4 cm above the distal end 32.5 → 31.0 cm; R knee extension −7°
            """,
            ["Z89.511", "Z47.81"], [PT("97140", 15)], []),

        // Lewiston OT, R transradial myoelectric hand in week 3: Jebsen-Taylor subtests in seconds beside towel wringing, a milk gallon and a clothesline; poor wrist pre-positioning and dropped objects; SBA; 22 matches: passes.
        ["v5-h70-lewiston-ot-jebsen-myo-hand"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Lewiston · OT
            device: R transradial, myoelectric hand, wk 3 of wear
            OT 97530 — 22 min
              wringing a dish towel with both hands; carrying a gallon of milk to the table
              hanging a wet shirt on the line with clothespins
              Jebsen-Taylor subtests with the myo hand
            deficit: R transradial (industrial press, 2025) — pre-positions the wrist poorly, so he reaches with his whole trunk; drops things when he has to squeeze gently
            scored: Jebsen page turning 14 s, small objects 38 s, simulated feeding 41 s (22 s / 61 s / 70 s in wk 1); SBA
            """,
            ["Z89.211", "Z44.021"], [OT("97530", 22)], []),

        // Chickasha L TT with two falls: "PT treated this Vet only, hands-on for all 23 min of the 97112"; stepping-strategy pushes, foam semi-tandem, out-of-base reaches; fear of falling with small protective steps; Berg beside the ABC; passes.
        ["v5-h70-chickasha-berg-beside-the-abc"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Chickasha
            VA CCN referral VA0052249901 · visit 7 of 12
            Vet: 84, L TT (2022, PAD); two falls in February and now afraid to walk out to the mailbox.
            PT treated this Vet only, hands-on for all 23 min of the 97112.
            » Tx: stepping-strategy drills — pushes from behind and from the side, he steps to catch; semi-tandem on foam; reaching out of his base to a cone
            » Because: fear of falling; small, slow protective steps with the L prosthesis; sway opens up on foam
            » Tested: Berg 43/56 (37/56 at IE); ABC 48%
            """,
            ["Z89.512", "Z91.81", "R26.81"], [PT("97112", 23)], []),

        // Pascagoula R TT who can't get up from the church pew: chair stands, leg press, cable hip work with loads and doses; quad and glute weakness; 30-second chair stand count; 21 matches: passes.
        ["v5-h70-pascagoula-thirty-second-chair-stand"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss Program · Pascagoula Outpatient
            Encounter: OP PT · Phase: prosthetic training
            INTERVENTIONS
              97110 — 21 min
              - sit-to-stand from the 18" chair with the prosthesis on, arms crossed, 3 x 8
              - leg press 70 lb 3 x 10
              - standing R hip abduction and extension on the cable column, 10 lb, 2 x 12 each
            CLINICAL IMPRESSION: R TT — R quad and glute weakness (4-/5); pushes up with both hands from any low seat, can't get up from the pew at church
            MEASURES: 30-second chair stand 9, no hands (6 at IE)
            """,
            ["Z89.511", "M62.81"], [PT("97110", 21)], []),

        // Duncan R TT after the heel height was lowered: hallway and outdoor path with a cane and cues; short sound step and lean — "Walked better; less lean by the end. Will see how the socket sits after a week of wear": no distance, assistance level or number but the code's: measure missing.
        ["v5-h70-duncan-walked-better-no-number"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Duncan
            » Tx: 97116 — 18 min: the hallway and the outdoor path with the cane, after the prosthetist lowered the heel height; cues for a longer sound-side step and to keep the trunk off the prosthesis
            » Because: R TT — short sound-side step and a lean out over the socket; hitches on the gravel
            » Walked better; less lean by the end. Will see how the socket sits after a week of wear.
            """,
            ["Z89.511"], [PT("97116", 18)], [At(Measure, "97116")]),

        // Benton "PT and Mrs. Gentry only — no other pt in the room"; foam stance with the AFO, cone taps, rope side-steps; ankle proprioception after the stroke — "Steadier on the foam than last week": no number but the code's minutes: measure missing.
        ["v5-h70-benton-steadier-on-foam-no-number"] = new(
            """
            OUACHITA REHABILITATION HOSPITAL — Outpatient Gait & Orthotics, Benton clinic
            Neuro re-ed 97112 · 20 min · PT and Mrs. Gentry only — no other pt in the room
              foam stance in the L AFO, eyes open then closed; weight shifts onto the L to tap cones with the R; side-steps over a rope
            Finding: L ankle proprioception poor since the stroke — can't feel where the foot is inside the AFO; sways and steps out on soft ground
            Steadier on the foam than last week; keep going with eyes closed.
            """,
            ["I69.354", "M21.372"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Roundup L TF, back to haying: climbing onto and off a swather-cab mock-up and swinging into the seat; weak hip extensors, knee buckling stepping down, fear of the height — "Did it, more confident than last time": no count, assistance level or number but a year: measure missing.
        ["v5-h70-roundup-swather-cab-no-count"] = new(
            """
            Musselshell Valley Physical Therapy — Roundup
            Pt: Hank, L TF (his horse went over on him, 2022). Needs to get up into the swather cab again for haying in June.
            97530, 21 min: climbing up onto and down off the swather mock-up (the clinic's step ladder with grab bars on the wall), facing the steps — sound leg first going up, prosthesis first coming down; swinging into the seat and back out.
            Weak L hip extensors; the knee buckles if he steps down onto the prosthesis too fast; scared of the height.
            Did it, more confident than last time.
            """,
            ["Z89.612"], [PT("97530", 21)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Portland a.m. clock times per code (97116 10:05–10:27 = 22, 97530 10:27–10:41 = 14) both match; Rheo knee gait over the hallway, ramp and gravel with Mod I; kneeling to a cupboard and a dog-food carry with counts and SBA; abducted prosthesis, short sound step, can't rise from kneeling: passes.
        ["v6-h70-portland-am-clock-times-per-code"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Forest Ave, Portland
            device today: R TF, Rheo knee, seal-in liner
            97116   10:05–10:27 a.m.   hallway, the ramp and the Back Cove gravel, no device, 3 x 250 ft, Mod I; cue for a longer sound step
            97530   10:27–10:41 a.m.   kneeling down to the bottom cupboard and back up x 5; carrying a 20-lb bag of dog food out to the truck x 3; SBA
            problem: R TF — short sound-side step and the prosthesis swung out wide on gravel; can't get up from kneeling without pulling on the furniture
            """,
            ["Z89.611"], [PT("97116", 22), PT("97530", 14)], []),

        // Hot Springs "97116 — 2 units (25 min)" and "97112 — 1 unit (13 min), one-on-one, no other patient" both match; quad-cane and AFO sidewalk walking with curbs, force-plate loading and target steps; short R stance and hyperextension, loading and position sense; distances, CGA/SBA and % BW: passes.
        ["v6-h70-hot-springs-units-and-minutes"] = new(
            """
            OUACHITA REHABILITATION HOSPITAL — Outpatient Gait & Orthotics Lab, Hot Springs
            Pt: 67, L MCA stroke 2025 (R hemiparesis), R AFO.
            97116 — 2 units (25 min): the hallway, then the sidewalk along Central Ave to the corner and back, 2 x 400 ft with the quad cane; curbs x 4; SBA on the sidewalk, CGA on the curbs
            97112 — 1 unit (13 min), one-on-one, no other patient: weight shifts onto the R on the force plate with the trace on screen; stepping the L onto a 4" step to load the R
            Finding: short R stance and R knee hyperextension; R limb loading and position sense poor
            Lab data: R load 38% → 44% BW
            """,
            ["I69.351", "M21.371"], [PT("97116", 25), PT("97112", 13)], []),

        // Roundup minutes in words ("twenty-two minutes" of gait training, "fifteen minutes" of exercises) both match; cane laps on the gravel lot with SBA; bridges, abduction and band TKEs with doses; quad and hip weakness, short L step, stiff R knee: passes.
        ["v6-h70-roundup-minutes-in-words"] = new(
            """
            Musselshell Valley Physical Therapy — Roundup
            Bill, 76, R TT (diabetes, 2024). Gait training with his new socket, twenty-two minutes: single-point cane in the hallway and on the gravel lot, three laps of 200 ft, SBA; cues for a longer L step and to let the R knee bend at heel strike.
            Then exercises at the mat, fifteen minutes: bridges 2 x 12, side-lying hip abduction 2 x 12, terminal knee extension with the band 2 x 15.
            R quad and hip weakness; a short L step and a stiff R knee at heel strike.
            """,
            ["Z89.511", "E11.51"], [PT("97116", 22), PT("97110", 15)], []),

        // Biloxi 97116 in two bouts around a liner and skin check with the clock stopped ("11 min + 12 min = 23 min", matches); bars → rollator, hallway and ramp after a ply change; shrinking limb, pistoning, short stance, locked knee; distances and CGA/SBA: passes.
        ["v6-h70-biloxi-two-bouts-around-the-skin-check"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss & Preservation Program · Biloxi
            Encounter: OP PT · Phase: prosthetic training
            INTERVENTIONS
              97116 in two bouts, liner off for a skin check between them (clock stopped for the check): 11 min + 12 min = 23 min
              - bout 1: bars → rollator, 4 x 50 ft, CGA
              - bout 2: rollator in the hallway and on the ramp, 3 x 100 ft, SBA, after going from 3-ply to 5-ply
            CLINICAL IMPRESSION: L TT — the limb is shrinking fast; pistoning in the socket, a short L stance, and the knee held locked straight at heel strike
            """,
            ["Z89.512", "E11.51"], [PT("97116", 23)], []),

        // Lawton Code / Start / Stop / Min table for three codes (97112 18, 97116 16, 97110 12) all match; "only this Vet and me in the gym"; foam-beam step-and-catch, stride perturbations, tandem head turns; outdoor course with SBA; hip thrusts, side plank, step-ups with doses; lateral control and abductor weakness; counts: passes.
        ["v6-h70-lawton-start-stop-table-three-codes"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Lawton
            VA CCN referral VA0052455019 · visit 8 of 12
            Code    Start   Stop    Min
            97112   1:00    1:18    18
            97116   1:18    1:34    16
            97110   1:34    1:46    12
            » 97112 (only this Vet and me in the gym): lateral step-and-catch on the foam beam; perturbations at the pelvis in stride stance; tandem walking on the line with head turns
            » 97116: the outdoor course — gravel, grass, the 1:8 ramp and the curb, 2 x 300 ft, no device, SBA
            » 97110: hip thrusts with a 25-lb plate 3 x 10; side plank from the knees 3 x 20 s; step-ups 12" 2 x 10
            » Because: L TT (blast injury 2007, late amputation 2021); lateral postural control weak on the prosthetic side; hip abductors 4-/5 with a lean over the socket on grass
            » Tested: foam beam 10 steps without stepping off (4 at IE); tandem with head turns 20 ft
            """,
            ["Z89.512"], [PT("97112", 18), PT("97116", 16), PT("97110", 12)], []),

        // Lewiston PT then OT on one morning after meningococcal sepsis: "PT 97116 — 18 min" and "OT 97530 — 24 min" each match their own discipline's line; rollator hallway and ramp with SBA; pill bottles, a zipper pull, a stylus in a cuff and a rocker knife with counts; stiff knee and lost fingers; SBA and Mod A → Min A: passes.
        ["v6-h70-lewiston-pt-then-ot-after-sepsis"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Lewiston · PT, then OT, same morning
            pt: 44, L TT + partial hands (all fingers on the L, three fingertips on the R) after meningococcal sepsis, 2025
            PT 97116 — 18 min: L TT prosthesis and rollator, hallway and the ramp, 3 x 150 ft, SBA; cue to let the L knee bend at loading; turns toward the prosthesis
               stiff L knee at loading, short R step
            OT 97530 — 24 min: pill bottles with adapted caps x 5; zipping his coat with a zipper pull x 3; one text on the phone with a stylus in a universal cuff; cutting a pancake with the rocker knife
               can't manage fasteners or his pills on his own since losing the fingers
               fasteners Mod A → Min A; pill bottles SBA
            """,
            ["Z89.512", "Z89.021", "Z89.022"], [PT("97116", 18), OT("97530", 24)], []),

        // Gulfport "Timed: 36 min (gait 21, ther act 15)" — the parts by service name match their lines; cane on the lot and curb ramp with SBA; truck-bed bumper step and an ice-chest carry with counts and CGA; abducted prosthetic gait and a net-fishing goal: passes.
        ["v6-h70-gulfport-timed-total-with-named-parts"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss Program · Gulfport Outpatient
            Encounter: OP PT · Phase: prosthetic training
            Timed: 36 min (gait 21, ther act 15)
            GAIT: cane, hallway → the parking lot and the curb ramp, 3 x 200 ft, SBA; cue to step past the cane with the sound foot
            THER ACT: up into the truck bed by the bumper step x 3 (he net-fishes the Back Bay); carrying a 20-lb ice chest 30 ft x 4; CGA on the bumper step
            CLINICAL IMPRESSION: R TF — abducted prosthetic gait and a short sound step; can't climb into the truck bed or carry the cooler down to the boat
            """,
            ["Z89.611"], [PT("97116", 21), PT("97530", 15)], []),

        // Altus "Gait training 97116: 30 min" against an 18-min line: mismatch; cane on the hallway, gravel and ramp with distances and SBA, short stance and stiff knee complete.
        ["v6-h70-altus-gait-30-against-18"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Altus
            » Gait training 97116: 30 min — hallway, the gravel lot and the ramp with the cane, 3 x 200 ft, SBA; cue for an even step
            » Because: L TT — short L stance and a stiff knee at loading
            """,
            ["Z89.512"], [PT("97116", 18)], [At(Mismatch, "97116")]),

        // Pascagoula PTA "97530 — 10 min" against a 24-min PTA line: mismatch; car transfers and trunk lifts with counts, sits down hard and loses balance lifting, SBA/CGA complete.
        ["v6-h70-pascagoula-pta-ther-act-10-against-24"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss Program · Pascagoula Outpatient · PTA
            INTERVENTIONS
              97530 — 10 min
              - car transfer into the sedan mock-up with the prosthesis on x 4
              - lifting a 10-lb grocery bag out of the trunk x 4
            CLINICAL IMPRESSION: R TT — sits down hard and lifts the prosthesis in by hand; loses his balance lifting groceries out of the trunk
            MEASURES: SBA on the transfer, CGA on the trunk lift
            """,
            ["Z89.511"], [PTA("97530", 24)], [At(Mismatch, "97530")]),

        // Malvern "97112 — 20 min (PT with this pt only)" matches but "97116 — 25 min" against a 14-min line: mismatch on 97116; PNF D1 with rhythmic initiation, mirror weight shifts, step taps; hemi-walker hallway and ramp with CGA; recruitment, buckling and toe drag; seconds and % BW.
        ["v6-h70-malvern-second-code-25-against-14"] = new(
            """
            OUACHITA REHABILITATION HOSPITAL — Outpatient Gait & Orthotics, Malvern clinic
            Pt: 69, R stroke 2024 (L hemiparesis), L AFO.
            97112 — 20 min (PT with this pt only): PNF for the L leg in side-lying — D1 flexion/extension with rhythmic initiation; standing weight shifts onto the L at the mirror; tapping the R foot to a step with the L in stance
            97116 — 25 min: hemi-walker, hallway 3 x 100 ft, CGA; the ramp x 2
            Finding: poor L motor recruitment and weight acceptance; the L knee buckles in stance; L toe drag
            Lab data: L single-limb stance 3 s; 41% BW on the L
            """,
            ["I69.354", "M21.372"], [PT("97112", 20), PT("97116", 14)], [At(Mismatch, "97116")]),

        // Chickasha "Ther ex and gait together: 38 min" is the only time for two codes: separate time missing; both sections complete (prone extension, cuffed abduction, bridges with doses; cane on the hallway and lot with distance and SBA; R TF hip weakness, lean and short step).
        ["v6-h70-chickasha-ther-ex-and-gait-together"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Chickasha
            » Ther ex and gait together: 38 min
            » Ther ex: prone hip extension 3 x 10; side-lying hip abduction with a 3-lb cuff 3 x 12; bridges 3 x 12
            » Gait: SPC in the hallway and the parking lot, 3 x 200 ft, SBA; cues for a longer L step
            » Because: R TF — R hip extensors and abductors 3+/5, a lateral lean and a short L step
            """,
            ["Z89.611"], [PT("97110", 20), PT("97116", 18)], [SepTime]),

        // Harlowton three codes: "Exercise 97110 — 14 min" and "Activities 97530 — 16 min" have minutes, "Walking 97116" has none: separate time missing; every section complete (squats, step-ups, band abduction with doses; garden kneeling and a bucket carry with counts; cane on gravel and grass with distance and SBA; weakness, short stance, a garden goal).
        ["v6-h70-harlowton-three-codes-walking-unminuted"] = new(
            """
            Musselshell Valley Physical Therapy — Harlowton
            Ruth, 71, L TT (PAD, 2023), lives on a wheat place south of town.
            Exercise 97110 — 14 min: mini squats 2 x 12; step-ups 6" 2 x 10; standing hip abduction with the band 2 x 15
            Activities 97530 — 16 min: kneeling down to the raised garden bed and back up with the bench x 4; carrying a half-full 5-gallon bucket 40 ft x 3
            Walking 97116: cane on the gravel drive and the grass, 3 x 150 ft, SBA; cue for heel strike on the prosthesis
            L hip and knee weakness (4-/5); a short L stance and a hitch on grass; can't get up from kneeling in her garden
            """,
            ["Z89.512", "I73.9"], [PT("97110", 14), PT("97530", 16), PT("97116", 12)], [SepTime]),

        // Bangor "timed min → 97116: 22 · 97530: 11" both match; R TT in a check socket with ice cleats on the snowy sidewalk with SBA; snowbank car entry and a shovelled path with counts and CGA; wide base and stiff knee on ice: passes.
        ["v6-h70-bangor-timed-min-arrow-line"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Bangor
            timed min → 97116: 22 · 97530: 11
            gait: R TT, new check socket; hallway, then the snowy sidewalk with ice cleats on both boots, 3 x 200 ft, SBA; cue for shorter steps on the ice
            ther act: stepping over the snowbank into the car x 3; shovelling a path across the lot, 2 passes; CGA over the snowbank
            problem: wide base and a stiff R knee on ice; can't get over the snowbank to his car
            """,
            ["Z89.511", "Z44.121"], [PT("97116", 22), PT("97530", 11)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a gait + ther act visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h70-empty-gait-and-ther-act"] = new(
            "",
            ["Z89.511"], [PT("97116", 20), PT("97530", 15)], [At(NoteMissing, "97116"), At(NoteMissing, "97530")]),

        // Empty note on a PTA 97112 with no diagnosis: note missing and diagnosis missing.
        ["v7-h70-empty-pta-97112-no-dx"] = new(
            "",
            [], [PTA("97112", 22)], [At(NoteMissing, "97112"), Dx]),

        // A note of a tab, a line break and spaces only (cells are trimmed) on an OT 97530 with a diagnosis: note missing only.
        ["v7-h70-tab-and-spaces-ot-97530"] = new(
            "\t\n \t ",
            ["Z89.211"], [OT("97530", 23)], [At(NoteMissing, "97530")]),

        // 97110's meaning at Lawton: cuffed side-lying abduction and prone extension of the residual limb, cable hip work and ball bridges with loads and doses (technique and measure), R TF abductor and extensor weakness with a lean and a Mount Scott goal (deficit); 23 matches: passes.
        ["v7-h70-lawton-97110-tf-hip-strength"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Lawton
            » Tx: 97110 — 23 min
               side-lying hip abduction of the residual limb, 4-lb cuff at the distal thigh, 3 x 12
               prone hip extension over the mat edge, 4-lb cuff, 3 x 12
               standing hip extension and abduction at the cable column, 15 lb, 2 x 12 each
               bridges with the residual limb on a 55-cm ball 3 x 10
            » Because: R TF — hip abductors and extensors 3+/5; lateral trunk lean and the prosthesis swung wide; goal: walk the pull-off on the Mount Scott road with his grandkids
            """,
            ["Z89.611"], [PT("97110", 23)], []),

        // 97530's meaning at Roundup: water buckets to the calves, a wire gate and the pickup cab with loads and counts (activities and measure), R TT stopping with buckets and buckling stepping up (deficit); 22 matches: passes.
        ["v7-h70-roundup-97530-buckets-gate-pickup"] = new(
            """
            Musselshell Valley Physical Therapy — Roundup
            Pt: Clint, 57, R TT (diabetes, 2024); raises bucket calves every spring.
            97530 — 22 min
             - carrying two 5-gallon buckets, 20 lb each, 50 ft across the back lot x 4 trips
             - opening and closing the wire-gate mock-up (pulling the gate stick to the post) x 5
             - stepping up into the pickup cab over the running board and back down x 4
            Has to stop and set the buckets down halfway; the R knee buckles when he steps up into the truck on the prosthesis.
            SBA throughout; one rest on the bucket trips
            """,
            ["Z89.511", "E11.51"], [PT("97530", 22)], []),

        // 97140's meaning at Biloxi: QL and paraspinal STM, L3-5 unilateral PA glides by grade and muscle energy (technique), low back pain from months of leaning over a TF socket with a stiff side-bend (deficit), side-bend in cm (measure); 12 matches: passes.
        ["v7-h70-biloxi-97140-back-from-the-lean"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss & Preservation Program · Biloxi
            INTERVENTIONS
              97140 x 12 min
              - STM to the L quadratus lumborum and lumbar paraspinals in side-lying over a pillow
              - L3-4 and L4-5 L unilateral PA glides gr III, 3 x 30 s each
              - muscle energy for the L side-bend restriction, 4 x 5-s contractions
            CLINICAL IMPRESSION: L-sided low back pain from months of leaning out over the R TF socket; side-bend to the R stiff and painful
            MEASURES: side-bend R 14 cm → 19 cm (fingertip slide down the thigh)
            """,
            ["Z89.611", "M54.50"], [PT("97140", 12)], []),

        // 97116's meaning at Hot Springs: tilted-tile terrain mat, the gravel trail and a log step-over with a hiking pole and a downhill cue (technique), a stiff L knee and short stance on uneven ground after a trail stumble (deficit), distance, SBA and stumble count (measure); 19 matches: passes.
        ["v7-h70-hot-springs-97116-terrain-and-trail"] = new(
            """
            OUACHITA REHABILITATION HOSPITAL — Outpatient Gait & Orthotics Lab, Hot Springs
            Gait training 97116 — 19 min
              L TT: the uneven-terrain mat (tilted tiles), the gravel walking trail behind the hospital and a 6-in log step-over, 3 x 200 ft with a hiking pole
              cue to shorten the step and keep the prosthetic knee soft on downhill gravel
            Finding: stiff L knee at loading and a short L stance on uneven ground; stumbled on a garden trail last month
            Lab data: SBA on the trail; no stumbles on the mat (2 last week)
            """,
            ["Z89.512"], [PT("97116", 19)], []),

        // Generic 97110: "Exercises done per flow sheet. Good effort. Continue per POC. 16 min." — no exercise, region or number but its minutes (which match).
        ["v7-h70-generic-97110-per-flow-sheet"] = new(
            "Exercises done per flow sheet. Good effort. Continue per POC. 16 min.",
            ["Z89.512"], [PT("97110", 16)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic 97112 + 97530 with minutes for each (18 and 14, both match): only generic phrases for both codes and no one-on-one statement.
        ["v7-h70-generic-nmr-ther-act"] = new(
            "NMR 18 min · TA 14 min — tolerated well, no c/o, continue POC.",
            ["Z89.611"], [PT("97112", 18), PT("97530", 14)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic 97116: "Seen as scheduled. Session per plan; tolerated without issue. 20 min." — no gait technique, deviation or number but its minutes.
        ["v7-h70-generic-97116-seen-as-scheduled"] = new(
            "Seen as scheduled. Session per plan; tolerated without issue. 20 min.",
            ["Z89.511"], [PT("97116", 20)],
            [At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // Generic 97140: "Manual therapy performed as before. Pt tolerated well. 10 min." — no technique, region or number but its minutes.
        ["v7-h70-generic-97140-as-before"] = new(
            "Manual therapy performed as before. Pt tolerated well. 10 min.",
            ["Z89.611"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes

        // Lawton R TT in a new definitive socket, a feed-store clerk: 97110 15 and 97116 20 both match; leg press, TKE, cable abduction with doses; no-device hallway, gravel and curb with SBA; quad weakness, short L step, straight knee at loading: passes.
        ["vord-h70-lawton-tt-new-socket-te-gait"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Lawton
            VA CCN referral VA0052488861 · visit 4 of 12
            Vet: 63, R TT (diabetes, 2025); new definitive socket Friday; works the counter at the feed store.
            » Tx: 97110 — 15 min: leg press 90 lb 3 x 10; TKE with the black band 3 x 15; standing hip abduction on the cable, 10 lb, 2 x 12
            » Tx: 97116 — 20 min: hallway with no device, then the gravel lot and the curb, 4 x 200 ft, SBA; cue for heel-to-toe roll-over and a longer L step
            » Because: R quad 4-/5; short L step and the prosthetic knee held straight at loading
            """,
            ["Z89.511", "Z44.121"], [PT("97110", 15), PT("97116", 20)], []),

        // Duncan bilateral TT on dialysis (seen Tuesday): recliner-height stands, a plate to the table, the shower chair, with counts; can't stand from low seats and falls back reaching up; CGA/SBA/Min A; 23 matches: passes.
        ["vord-h70-duncan-bilateral-tt-dialysis"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Duncan
            VA CCN referral VA0052507734 · visit 6 of 12
            Vet: 70, B TT (diabetes; R 2023, L 2025), dialysis M/W/F — seen Tuesday.
            » Tx: 97530 — 23 min
               sit ↔ stand from recliner height with both prostheses on x 6
               walker to the kitchen mock-up: a plate from the cabinet to the table x 4
               lowering to the shower chair and back up x 3
            » Because: can't stand up from low seats; loses his balance backward reaching up into the cabinet
            » Tested: sit ↔ stand CGA → SBA; kitchen SBA; shower chair Min A
            """,
            ["Z89.511", "Z89.512", "N18.6", "Z99.2"], [PT("97530", 23)], []),

        // Portland L TF after a sarcoma on a C-Leg in a sub-ischial socket: stairs and ramp step-over-step with the knee yielding, cane on the sidewalk with counts and distances; short stance and step-to stairs at home; SBA/Mod I; 24 matches: passes.
        ["vord-h70-portland-tf-stairs-step-over-step"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Forest Ave, Portland
            device today: L TF, C-Leg 4, sub-ischial socket
            pt: 57, lost the L leg above the knee to a sarcoma (2024); at home she goes down stairs step-to with both hands on the rail
            97116 — 24 min
              stairs down step-over-step with the knee yielding, 14 steps x 3 with the rail, x 1 without
              the ramp out the back door, step-over-step down x 4
              hallway and the Forest Ave sidewalk with a cane, 2 x 300 ft
            problem: short L stance; won't let the knee yield under her
            scored: SBA on the stairs; Mod I on level
            """,
            ["Z89.612", "Z85.830"], [PT("97116", 24)], []),

        // Augusta R TT: "one-on-one: PT + pt only for the 21 min of 97112"; half-roll perturbations, Airex tandem, hurdle side-steps; lateral postural control on the prosthetic side; seconds: passes.
        ["vord-h70-augusta-tt-nmr-one-on-one"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Augusta
            device today: R TT, pin-lock, 5-ply
            pt: 68, R TT (PAD, 2024); walks the Kennebec River Rail Trail with his wife
            one-on-one: PT + pt only for the 21 min of 97112
              perturbations standing with the prosthesis on a half foam roll; tandem on the Airex; side-stepping over hurdles toward the prosthesis
            problem: lateral postural control poor on the prosthetic side — catches himself on the sound foot
            scored: tandem on Airex 14 s; Romberg on foam eyes closed 20 s
            """,
            ["Z89.511", "I73.9"], [PT("97112", 21)], []),

        // Biloxi pre-prosthetic R TT: 97110 16 and 97530 20 both match; quad sets, SLR, prone hip extension with doses; toilet transfers, walker hop-to, cupboard reaches with the limb board, with counts and assistance levels; knee tightness, quad weakness and one-legged toileting: passes.
        ["vord-h70-biloxi-pre-prosthetic-te-ta"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss & Preservation Program · Biloxi
            Encounter: OP PT · Phase: PRE-PROSTHETIC (R TT, 5 wks post-op; casting next week)
            INTERVENTIONS
              97110 x 16 min — long-sitting R quad sets with a towel under the knee 3 x 10; SLR 3 x 10; prone hip extension 3 x 10
              97530 x 20 min — wheelchair ↔ toilet toward the sound side x 4; hop-to with the walker 3 x 20 ft; reaching to the low cupboard from the wheelchair with the limb board on x 5
            CLINICAL IMPRESSION: R knee tight (extension −10°), R quad 4-/5; can't toilet or get to the kitchen on one leg without help
            MEASURES: transfers Min A → CGA; hop-to CGA
            """,
            ["Z89.511", "Z47.81", "M24.561"], [PT("97110", 16), PT("97530", 20)], []),

        // Gulfport L TF: 97112 20 ("one-on-one (PT and pt only)") and 97116 16 both match; wedge loading of the knee, hip push-back, stride perturbations; rollator → cane hallway and ramp with SBA; late hip extensor timing and buckling; k of 10 and seconds: passes.
        ["vord-h70-gulfport-tf-knee-control-nmr-gait"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss Program · Gulfport Outpatient
            Encounter: OP PT · Phase: prosthetic training
            INTERVENTIONS
              97112 x 20 min, one-on-one (PT and pt only): stance-phase knee control — loading the prosthetic knee at heel strike onto a wedge; hip extensor "push back" to keep the knee stable; perturbations in stride stance
              97116 x 16 min: rollator → cane, hallway 3 x 150 ft and the ramp x 2, SBA
            CLINICAL IMPRESSION: L TF — doesn't trust the mechanical knee; hip extensor timing late so the knee buckles at heel strike (twice at home last week)
            MEASURES: knee stable on 9 of 10 wedge loadings (5 of 10 at IE); stride-stance hold 20 s against perturbations
            """,
            ["Z89.612", "Z44.112"], [PT("97112", 20), PT("97116", 16)], []),

        // Roundup L TT after an ATV rollover, back in the saddle: ball squeezes with holds, abduction, step-ups and box mounts with doses; weak hip adductors and abductors with a riding goal; 19 matches: passes.
        ["vord-h70-roundup-tt-back-in-the-saddle"] = new(
            """
            Musselshell Valley Physical Therapy — Roundup
            Jess, 42, L TT after a four-wheeler rolled on him (2024). Wants to ride and check cows by May.
            97110, 19 min: ball squeeze between the knees 3 x 10 with 5-s holds; side-lying hip abduction 3 x 12; step-ups to a 12" box 3 x 10; mounting practice onto a 24" box with the sound leg, 3 x 5
            L hip adductors and abductors 4-/5 — can't grip the saddle with the L thigh.
            """,
            ["Z89.512"], [PT("97110", 19)], []),

        // Harlowton R TF on a hydraulic knee after a grain auger: alley, gravel, grass by the elevator, side-hill walking and a 2x4 step-over with a cane; abducted gait, short step and hip hike; distances, counts, SBA/CGA; 23 matches: passes.
        ["vord-h70-harlowton-tf-side-hills"] = new(
            """
            Musselshell Valley Physical Therapy — Harlowton
            Gene, 66, R TF (grain auger, 2021), hydraulic knee.
            97116, 23 min: out the back door to the alley, the gravel and the grass by the elevator, 3 x 200 ft with a cane; side-hill walking on the grass bank x 4 each way; stepping over a 2x4 x 8.
            Prosthesis swung out wide and a short L step on the side-hills; hip-hikes to clear on gravel.
            SBA; CGA on the side-hill.
            """,
            ["Z89.611"], [PT("97116", 23)], []),

        // Hot Springs L MCA stroke with a greenway goal: 97112 22 ("one-on-one, no other pt in the lab") and 97116 15 both match; force-plate loading, target steps eyes up, rhythmic stabilisation; quad cane → SPC hallway and ramp with SBA; motor control, weight acceptance, hip drop; % BW and SLS: passes.
        ["vord-h70-hot-springs-stroke-nmr-gait"] = new(
            """
            OUACHITA REHABILITATION HOSPITAL — Outpatient Gait & Orthotics Lab, Hot Springs
            Pt: 61, L MCA stroke 10/2025; R hinged AFO; wants to walk the Hot Springs Creek greenway with his wife.
            97112 — 22 min — one-on-one, no other pt in the lab: R limb loading with visual feedback on the force plate; stepping the R to floor targets with eyes up; rhythmic stabilisation at the pelvis in R stance
            97116 — 15 min: quad cane → SPC, hallway 3 x 150 ft and the ramp x 2, SBA; cue for R heel strike
            Finding: R motor control and weight acceptance poor; the R hip drops in stance; the toe catches without the AFO
            Lab data: R load 41% → 47% BW; R SLS 4 s
            """,
            ["I69.351", "M21.371"], [PT("97112", 22), PT("97116", 15)], []),

        // Benton L hemiparesis, a bass fisherman: boat-mock-up step-downs, a tackle-box carry over dock boards, casting on foam with counts; L weakness, wobbling knee stepping down, can't carry on the dock; CGA/SBA; 21 matches: passes.
        ["vord-h70-benton-bass-boat-ther-act"] = new(
            """
            OUACHITA REHABILITATION HOSPITAL — Outpatient Gait & Orthotics, Benton clinic
            Pt: 59, R stroke 2025 (L hemiparesis), L AFO; fishes bass on Lake Ouachita.
            97530 — 21 min
              stepping down into and up out of the boat mock-up (an 8-in drop onto foam) with the rail x 5
              carrying the 12-lb tackle box in the R hand over the dock boards 40 ft x 3
              casting from standing, feet staggered on foam, 10 casts
            Finding: L leg weakness and poor L stance control — the knee wobbles stepping down; can't carry anything and walk the dock
            Lab data: CGA stepping down; SBA on the dock boards
            """,
            ["I69.354", "M21.372"], [PT("97530", 21)], []),

        // Chickasha PTA, L TT: 97110 15 and 97116 18 both match; bike distance, leg press, abduction with doses; cane on hallway, grass and curb with SBA; quad and glute weakness, short R step, Trendelenburg: passes.
        ["vord-h70-chickasha-pta-te-gait"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Chickasha · PTA
            » Tx: 97110 — 15 min: stationary bike 1.5 mi; leg press 70 lb 3 x 10; standing hip abduction 2 x 12
            » Tx: 97116 — 18 min: SPC on the hallway, the grass and the curb, 3 x 200 ft, SBA; cue to bring the cane forward with the prosthesis
            » Because: L TT (PAD, 2025); L quad and glute 4-/5; short R step; drops into a Trendelenburg on the L when tired
            """,
            ["Z89.512", "I73.9"], [PTA("97110", 15), PTA("97116", 18)], []),

        // Pascagoula L TT pipe-fitter back to work: vertical ladder with a tool belt, knee-knocker step-overs, floor-level kneeling with counts and loads; buckling off a rung and can't kneel on the prosthetic side; SBA and k of 10; 26 matches: passes.
        ["vord-h70-pascagoula-pipefitter-ladder"] = new(
            """
            GULF PINES MEDICAL CENTER — Limb Loss Program · Pascagoula Outpatient
            Encounter: OP PT · Phase: return to work
            INTERVENTIONS
              97530 — 26 min
              - vertical ladder (8 rungs) up and down with three points of contact, 12-lb tool belt on, x 5
              - stepping over the 18-in knee-knocker mock-up x 10 each lead
              - kneeling to weld at floor level, then back up without hands x 5
            CLINICAL IMPRESSION: L TT (shipyard crush, 2025), wants back to pipe-fitting; the knee buckles stepping down off a rung onto the prosthesis; can't kneel on the prosthetic side
            MEASURES: SBA on the ladder; knee-knocker cleared 10 of 10 with the prosthesis leading
            """,
            ["Z89.512", "S88.112D"], [PT("97530", 26)], []),

        // Augusta complete 97116 (L TF on a Mauch knee; hallway, ramp, gravel with a cane, distance and SBA; short sound step and abducted prosthesis) sent with no diagnosis.
        ["vord-h70-augusta-no-diagnosis"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Augusta
            97116 — 19 min: L TF, Mauch knee; the hallway, the ramp and the gravel lot, 3 x 200 ft with a cane, SBA; cue for a longer sound step
            problem: short sound-side step; the prosthesis swings out wide
            """,
            [], [PT("97116", 19)], [Dx]),

        // Altus complete 97110 (prone extension, abduction, bridges with doses; L TF hip weakness) with the ICD-9 code 997.60 as its diagnosis: not well formed.
        ["vord-h70-altus-icd9-code"] = new(
            """
            MEDICINE BLUFF COMMUNITY AMPUTEE CLINIC — Altus
            » Tx: 97110 — 17 min: prone hip extension 3 x 10; side-lying hip abduction 3 x 12; bridges 3 x 12
            » Because: L TF — hip extensors and abductors 3+/5
            """,
            ["997.60"], [PT("97110", 17)], [Dx]),

        // Generic two-code note with only a total ("Ther ex / ther act, 33 min total. Progressing. Continue POC."): no technique, deficit or measure for either code, no minutes for each.
        ["vord-h70-generic-two-codes-total-only"] = new(
            "Ther ex / ther act, 33 min total. Progressing. Continue POC.",
            ["Z89.511"], [PT("97110", 18), PT("97530", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // Lewiston PTA "97116 — 12 min" against a 24-min PTA line: mismatch; no-device hallway and ramp with distance and Mod I, short step and vaulting complete.
        ["vord-h70-lewiston-pta-gait-time-differs"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Lewiston · PTA note
            97116 — 12 min: R TT, hallway and the ramp with no device, 3 x 150 ft, Mod I; cue for an even step
            problem: short L step and vaulting on the L
            """,
            ["Z89.511"], [PTA("97116", 24)], [At(Mismatch, "97116")]),

        // Bangor OT "OT 97530 — 35 min" against a 22-min OT line: mismatch; hook tasks with counts and SBA, two-handed tasks and a shoulder hike complete.
        ["vord-h70-bangor-ot-time-differs"] = new(
            """
            Casco Bay Prosthetics & Orthotics — Bangor · OT
            OT 97530 — 35 min: L transradial, body-powered hook — cutting food, opening jars, carrying a tray, x 4 each; SBA
            problem: won't use the hook for two-handed tasks at home; hikes the L shoulder to open it
            """,
            ["Z89.212"], [OT("97530", 22)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
