using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The fifty-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not read
/// the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder
/// (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is meant to look like a random week of notes from four US outpatient employers whose physical
/// therapists, assistants and occupational therapists trained in Ireland, Scotland, England, Australia, New
/// Zealand, South Africa and Canada and chart in that English, beside their US-trained colleagues in the same
/// clinics — about two thirds ordinary and complete (67 of 106), single- and multi-code visits (97110, 97112,
/// 97116, 97140, 97530, with untimed 95992 and 97010 beside them), by PTs, PTAs and OTs:
/// <list type="number">
/// <item>"Snake River Physiotherapy" (Meridian, Boise, Nampa, Eagle, Caldwell, Idaho): Irish-, Scottish- and
/// English-trained physios — "Pt reviewed", "O/E", "Ax / Tx / Imp / Plan", "HEP issued", "D/W Dr …", "R/V
/// 28/03", day/month dates, "10/12 ago", "NOF # (DHS)", Zimmer frame to 4WW, "reciprocal on stairs with rail",
/// "S/B", "SOB", "obs: SpO2", "going grand", minutes written as "20/60" in the UK way; a fly-fisherman wading
/// the South Fork, a farmer setting his irrigation headgate, a pickup cab, calves to feed, Mass on
/// Sundays;</item>
/// <item>"Southern Cross Physio" (Austin, Round Rock, Pflugerville, Texas): Australian- and New Zealand-trained
/// physios — "Subj / Obj / Rx / Imp", P1 on the body chart, PAIVMs and PPIVMs, Maitland grades with
/// asterisked comparable signs, Mulligan SNAGs and NAGs, PSFS, "[+] done / [-] not done" cards, "mins", an
/// esky lifted onto the ute, a fishing trip on Lake Travis, the Broken Spoke two-step, the LiFE programme, GLA:D,
/// QuickScreen, BOOMER, the Alternate Step Test, the Motor Assessment Scale, the AlterG, BlazePod
/// lights;</item>
/// <item>"Karoo Physiotherapy &amp; Rehab" (Charlotte, North Carolina and Rock Hill, South Carolina): South
/// African-trained physios writing clock times as "10h05–10h30", "Rx individual", "solo appt", a wheeled
/// frame and a moon boot "in situ", a Weber B ankle, a bakkie and a stoep, the BBQ roll for a horizontal-canal BPPV,
/// Fitlight reaction lights, and a US PT and PTA in the same gym;</item>
/// <item>"Niagara Frontier Physiotherapy" (Buffalo, Lockport, Niagara Falls, New York): Ontario- and
/// Quebec-trained physiotherapists and an OT — "client", "IA", "private appt", an eChart export with
/// "&lt;x&gt; Individual", "9 h 05 – 9 h 28" clock times, DNS, Nordic walking by the ACTIVE technique, a Power
/// Plate, a laser cane, a 4 L bag of milk, a Muskoka chair at the family cottage, beer-league hockey.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h54-…): one-on-one in these writers' words ("seen on his own in Rm 2; no other pts on my
/// books for that slot", "Pt had my sole attention start to finish", "Rx individual — pt booked in own slot,
/// nobody else in the gym", "Client seen one on one (private appt, not the Tuesday Parkinson class)", "Pt and
/// PTA only in the gym, one on one"), notes that negate it (a Steady Feet class of seven, a semi-private hour
/// the physio swapped between two patients, a circuit run by the rehab assistant while the physio did a new
/// IA) or never state it (a treadmill block whose only "1:1" is its work:rest ratio), and an OT 97530 in a
/// shared kitchen, which has no one-on-one check;</item>
/// <item>class 2 (v2-h54-…): template states: a "[+] done / [-] not done" card both ways, an eChart
/// "&lt;x&gt; Individual", a Y/N question answered N, a technique list with a "☒ = used today" legend and no box
/// ticked, an impairment row "✓ present / ✗ absent" all ✗, an outcome row all "NT", an "Assist of 1 ⊠" grid on
/// a 97530, a gait aid / WB / distance / assist field set on a 97116, "Individual session: No · Class session:
/// Yes";</item>
/// <item>class 3 (v3-h54-…): named programmes and methods as techniques (LiFE, whole-body vibration on a Power
/// Plate, Schroth, Fitlight drills, Nordic walking, the BBQ roll beside 97112, Janda's sensorimotor training),
/// a Stepping On group (not one-on-one), a DNS 97112 with no number and an AlterG 97116 with no
/// target;</item>
/// <item>class 4 (v4-h54-…): deficits stated as findings (heel–shin dysmetria, anteropulsion with festination,
/// proprioceptive drift, impaired graphaesthesia with 2PD, foot slap with steppage, a positive scapular
/// assistance test with dyskinesis, Maudsley's test with pain-free grip) and notes that state none ("Obs: NAD"
/// with a normal neuro screen on a 97112, "no impairment identified today" on a 97110, "no neuro deficit found
/// today" after the patient says she is grand);</item>
/// <item>class 5 (v5-h54-…): measures in their usual forms (a timed ten sit-to-stands, a timed 10 m walk and laps
/// of a measured loop, hand-held dynamometry in newtons with an LSI, the weight-bearing lunge test in cm, pinch
/// gauge kilograms, Lysholm and IKDC beside doses) and notes with none ("less wobbly on the board than last
/// week", day/month dates as the only numbers, "reps as able, assistance as required", a stick and a ramp with no
/// distance);</item>
/// <item>class 6 (v6-h54-…): minutes in their usual forms (South African "10h05–10h30" ranges per code, UK
/// "20/60", "— 10 mins (97140)" after a numbered item, Quebec "9 h 05 – 9 h 28", "22 mins NMR + 8 mins ther ex
/// = 30 mins", metres written "30m" beside a coded time), true mismatches (an SA clock range, the second of two
/// coded items, the OT's half of a co-treat, "Rx duration" on the one timed code) and truly missing separate
/// time (a total only, minutes for one of two codes);</item>
/// <item>class 7 (v7-h54-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check; none on 97010), the contract's meanings for 97110 (region and doses), 97530 (tasks, an assistance level
/// and a goal), 97140 (Maitland PAIVMs with bouts and a lumbar region; techniques and a region with no
/// parameter) and 97116 (crutch gait, distance, deviations), and wholly generic 97530 and 97112 notes;</item>
/// <item>ordinary (vord-h54-…): complete notes of the four employers across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a complete note with no diagnosis,
/// an ICD-9 code, a generic two-code note with a total, a complete NMR + TE that never says one-on-one, a 97140
/// that names no manual technique, a co-treat whose OT half has no minutes, an exercise list with no dose.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact.
/// Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only where the
/// note names no technique, deficit or measure at all. A 97112 passes the measure check only on an objective
/// measure with a number, and fails it only when the note has no such number and no dose at all; for the other
/// codes a dose (sets, repetitions, load, hold, bouts, distance, assistance level) is a measure. Numbers that are
/// not minutes of a code or measures (day/month dates, "3/52", "10/12 ago", "R/V 28/03", clock times of a
/// booking, a work:rest ratio, metres, litres, cadence in steps/min, an anniversary) are read as what they are.
/// Cases a careful reviewer could argue either way were left out: a content gap in one section of a multi-code
/// note, generic phrases beside a deficit or a measure without a technique, a dose alone as a 97112's measure,
/// self-rated scores as the only number, minutes of an activity, a rest or a test inside a note, "gait
/// training" alone on a 97116, a diagnosis named as a 97112's only target, minute ranges and approximate
/// minutes, co-treats billing the same minutes, and diagnosis codes whose form is in doubt.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 92 of 106 cases agree (104 needed), and 7 of the 67 notes the reviewer passes got a finding, on the
/// analyzer of 452469f (the start of the 2026-12-05 seventh session) — its first run: nothing had changed before it, so this
/// is also the held-out figure.
/// </para>
/// <para>
/// After: development data from that run, worked through (with read-only reviews of the readings): 106 of 106, no false
/// positive — Commonwealth-trained physios and their US colleagues: "<x> Individual", "solo appt (not in class)",
/// "physio with this pt throughout", "10h05–10h30  NMR (97112)", "9 h 05 – 9 h 28", "NMR (97112) 20/60", "22 mins NMR +
/// 8 mins ther ex = 30 mins", "Seen 1:1 today 21/03", "R/V 1/52", a "✓ present / ✗ absent" key, MSQ. New examples in
/// NotesAsWrittenTests "fifty-third-to-fifty-seventh-sets", the reviews' controls in "review-of-the-fifty-third-to-
/// fifty-seventh".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FiftyFourthTests(ITestOutputHelper output)
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

        // Irish physio: "Seen on his own in Rm 2; no other pts on my books for that slot" states it; half foam roller, wobble board, hop-and-stick; R ankle proprioceptive deficit; SLS seconds and JPS error: passes ("21/03", "R/V 28/03" are dates).
        ["v1-h54-meridian-own-room-on-my-books"] = new(
            """
            SNAKE RIVER PHYSIOTHERAPY — Meridian
            21/03  Pt reviewed. 97112 NMR — 24 mins.
            Seen on his own in Rm 2; no other pts on my books for that slot.
            Hx: R ankle rolled x2 since Jan, last time wading the South Fork with the fly rod.
            O/E: R SLS EO 14 s, EC 3 s (L EC 11 s). R ankle JPS repositioning error 6° (L 2°).
            Tx: SL stance on half foam roller (flat side down) mimicking a cast; wobble board figure-of-eights; hop-and-stick off 15 cm step 2 x 6 each side, landing held 3 s.
            Imp: R ankle proprioceptive deficit + late peroneal reaction on landing.
            Plan: progress to landings onto foam. R/V 28/03.
            — C. Ní Bhriain, PT (MISCP)
            """,
            ["M25.371"], [PT("97112", 24)], []),

        // Australian physio: "Pt had my sole attention start to finish (standard individual consult)"; BlazePod stepping, PNF pelvic patterns, facilitated step-ups; R LE motor recruitment and timing; Motor Assessment Scale and timed 10 m walk: passes.
        ["v1-h54-austin-sole-attention"] = new(
            """
            Southern Cross Physio — Austin | 97112 | 30 mins
            Pt had my sole attention start to finish (standard individual consult).
            Subj: L MCA CVA Oct; wants to two-step at the Broken Spoke for their 50th anniversary.
            Obj: slow to initiate R hip/knee flexion, R foot scuffs in swing. Motor Assessment Scale walking item 4/6; timed 10 m walk 12.6 s.
            Rx: BlazePod lights on the floor around her feet — step and tap on the called colour, random order; step-ups R lead onto 10 cm block with facilitation at R knee; PNF anterior elevation / posterior depression pelvic patterns in L side lying.
            Imp: R LE motor recruitment + timing deficit.
            """,
            ["I69.351"], [PT("97112", 30)], []),

        // South African physio: "Rx individual — pt booked in own slot, nobody else in the gym; physio hands-on throughout"; clock range 10h00–10h25 is the line's 25; X1 on foam, head-turn walking; L vestibular hypofunction; FGA: passes.
        ["v1-h54-rockhill-own-slot-sa-clock"] = new(
            """
            KAROO PHYSIOTHERAPY & REHAB — Rock Hill
            10h00–10h25  NMR (97112)
            Rx individual — pt booked in own slot, nobody else in the gym; physio hands-on throughout.
            S: dizzy turning her head to reverse the bakkie; vestibular neuritis L in Feb.
            O: head impulse L +ve (catch-up saccade); dynamic visual acuity drops 3 lines; FGA 21/30.
            Rx: X1 viewing of a letter card at 1 m, sitting → standing on foam, 3 x 60 s; head turns while walking the corridor, 4 lengths; ball toss over L shoulder.
            A: L peripheral vestibular hypofunction, uncompensated on dynamic tasks.
            P: progress to X2 viewing. D/W referring ENT.
            """,
            ["H81.22"], [PT("97112", 25)], []),

        // Ontario-trained physiotherapist: "Client seen one on one (private appt, not the Tuesday Parkinson class)"; metronome stepping, clock turns, sternal-nudge practice; impaired postural responses; pull-test steps and Mini-BESTest: passes.
        ["v1-h54-lockport-private-appt"] = new(
            """
            Niagara Frontier Physiotherapy — Lockport
            Client seen one on one (private appt, not the Tuesday Parkinson class).
            97112 — 28 min
            Tx: big-amplitude stepping over tape lines to a metronome at 100 bpm; 4-point clock turns, quarter turns L and R; sternal nudge practice — client braced, then reactive step backward.
            Findings: hypokinetic stepping, impaired postural responses — retropulsion on pull test, 4 steps to recover.
            Mini-BESTest 17/28 (14/28 at IA).
            """,
            ["G20.A1"], [PT("97112", 28)], []),

        // "Steady Feet class — 7 pts, physio + rehab assistant": not one-on-one; Dynadisc weight transfers, beam tandem, catch on foam; stability limits and ankle strategy; BOOMER present.
        ["v1-h54-boise-steady-feet-class"] = new(
            """
            Snake River Physio — Boise
            Steady Feet class — Tues 18/03 — 7 pts, physio + rehab assistant
            97112 — 30 mins
            This pt: weight transfers on Dynadisc cushions, tandem walking along the parallel bars, catch-and-throw standing on foam.
            Problem: narrow limits of stability, poor ankle strategy, visual dependence for postural control.
            BOOMER 12/16 (10/16 at IA).
            """,
            ["R26.81", "Z91.81"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // "Semi-private hour — this pt and Mrs K., I swapped between them every few minutes": not one-on-one; habituation movements; L vestibular hypofunction; MSQ present.
        ["v1-h54-roundrock-semi-private-swapped"] = new(
            """
            Southern Cross Physio — Round Rock
            Semi-private hour — this pt and Mrs K. (also dizziness), I swapped between them every few minutes.
            97112 — 22 mins
            Rx: habituation — sit to L side-lying x5, 180° turns each way x5, looking up to the top shelf and back x5.
            Imp: motion-provoked dizziness, L vestibular hypofunction, ↓ gaze stability.
            MSQ 18 (31 at IA).
            """,
            ["H81.92"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // US PT in the Charlotte gym: the only "1:1" is the perturbation block's work:rest ratio; pelvic pulls on the treadmill; delayed reactive stepping and hip abductor timing; k of 10 and TUG: one-on-one not stated.
        ["v1-h54-charlotte-work-rest-ratio-only"] = new(
            """
            Karoo Physio — Charlotte — NMR 97112 — 20 min
            Treadmill perturbation block: PT-applied pelvic pulls while pt walks at 0.8 m/s, work:rest 1:1 (30 s on / 30 s off), 6 rounds.
            Delayed reactive stepping + late R hip abductor activation to lateral pulls.
            Recovered 7 of 10 lateral pulls with a single step; TUG 11.8 s.
            """,
            ["R26.81", "R29.6"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Balance circuit "run by rehab assistant while physio completed a new IA in Rm 3": the physio was not with the patient, and nothing says one-on-one; beam, Airex, hurdles; diabetic PN somatosensory loss; FRT and SLS seconds.
        ["v1-h54-buffalo-assistant-ran-circuit"] = new(
            """
            NFP — Buffalo
            S: Client reports 2 near-falls in the driveway after the lake-effect snow.
            O: Balance circuit run by rehab assistant while physio completed a new IA in Rm 3; physio checked in at end.
             – tandem walking on the balance beam, SLS on Airex with ball toss, stepping over 15 cm hurdles
            Diabetic PN — ↓ plantar sensation B feet, impaired postural control.
            FRT 22 cm; SLS L 4 s / R 6 s.
            97112 20 min
            """,
            ["E11.42"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // OT 97530 in a shared ADL kitchen, "OT alternated between the two": 97530 has no one-on-one check; tea and toast, trolley carry 4 m, stand-by assist and 2 rests; breakfast goal after R THR: passes.
        ["v1-h54-buffalo-ot-shared-kitchen-97530"] = new(
            """
            OT — ADL kitchen, Niagara Frontier (Buffalo)
            97530 — 24 min. Client shared the kitchen with another client; OT alternated between the two.
            Task: tea and toast at the bench in standing; carrying the mug 4 m to the table on a trolley; putting dishes away at shoulder height.
            Stand-by assist for balance; 2 seated rests.
            Goal: make her own breakfast at home after R THR (posterior precautions).
            """,
            ["Z96.641"], [OT("97530", 24)], []),

        // US PTA: "Pt and PTA only in the gym, one on one for the whole 22 min (97112)" states it and matches; ball sitting, quadruped rhythmic stabilization, tall-kneel toss; truncal ataxia (MS); FIST: passes.
        ["v1-h54-nampa-pta-only-two-in-gym"] = new(
            """
            PTA daily note — Snake River Physio, Nampa
            Pt and PTA only in the gym, one on one for the whole 22 min (97112).
            Seated on therapy ball: alternating arm/leg lifts; quadruped rhythmic stabilization; tall-kneel ball toss to PTA.
            Truncal ataxia (MS) — overshoots midline, wide-based sitting.
            FIST 44/56 (39/56 at IE).
            """,
            ["R27.0", "R26.89"], [PTA("97112", 22)], []),

        // ---------------------------------------------------------------- class 2: grids, check marks and Y/N fields

        // "[+] done / [-] not done" card with "[+] Individual consult (physio 1:1)" and three technique rows [+]; reactive postural control; Alternate Step Test and k of 8: passes (the [-] vestibular row ignored).
        ["v2-h54-plus-minus-card-individual"] = new(
            """
            SOUTHERN CROSS PHYSIO — Round Rock   Rx record 18/03
            Legend: [+] done  [-] not done
            [+] Individual consult (physio 1:1)   [-] Group class   [-] Telehealth
            97112 | 26 mins
            [+] Perturbation — unannounced pushes at pelvis/shoulders
            [+] Stepping strategy — fwd/back/lat to tape targets
            [-] Vestibular
            [+] Foam — tandem on 2 pads, head turns
            Problem: ↓ reactive postural control — slow backward protective stepping, poor hip strategy
            Numbers: Alternate Step Test 11.4 s; pushes needing >1 step to recover 1/8 (4/8 at IA)
            """,
            ["R29.6"], [PT("97112", 26)], []),

        // Same card with "[-] Individual consult   [+] Group class (4 pts)": not one-on-one; gaze stabilisation, foam EC, head-turn walking; bilateral vestibular loss; DGI and foam seconds present.
        ["v2-h54-plus-minus-card-group"] = new(
            """
            SOUTHERN CROSS PHYSIO — Austin   Rx record 19/03
            Legend: [+] done  [-] not done
            [-] Individual consult   [+] Group class (4 pts)   [-] Telehealth
            97112 | 24 mins
            [+] Gaze stabilisation X1, standing
            [+] Foam — feet together EC
            [+] Walking with head turns
            Problem: bilateral vestibular loss — oscillopsia walking, relies on vision in the dark
            Numbers: DGI 16/24; feet together on foam EC 7 s
            """,
            ["H81.93"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Quebec/Ontario eChart export "Delivery: <x> Individual < > Concurrent < > Group"; weighted-cuff target stepping, half-kneel rhythmic stabilisation, metronome heel taps; L limb ataxia; SARA: passes.
        ["v2-h54-echart-angle-x-individual"] = new(
            """
            NFP eChart export — Niagara Falls
            Delivery: <x> Individual  < > Concurrent  < > Group
            CPT 97112   Minutes 27
            Interventions: weighted ankle cuffs (1 kg) for stepping to numbered floor spots called out by the physio; rhythmic stabilisation in half-kneel; slow reciprocal heel taps to a step at metronome pace
            Findings: L limb ataxia — foot placement overshoots targets (L cerebellar infarct)
            Scores: SARA 11/40 (14/40 at IA)
            """,
            ["I69.393"], [PT("97112", 27)], []),

        // "Treated 1:1 for the whole NMR? (Y/N): N — overlapped with the 11h30 pt": answered no; PNF D2/D1 with rhythmic initiation and combination of isotonics; R motor recruitment; Fugl-Meyer and grip present.
        ["v2-h54-yn-question-answered-n"] = new(
            """
            KAROO PHYSIO — PNF/NMR sheet
            CPT 97112 · 23 min
            Treated 1:1 for the whole NMR? (Y/N): N — overlapped with the 11h30 pt
            PNF: D2 flexion/extension R UE with rhythmic initiation; D1 extension R LE with combination of isotonics in side-lying
            Deficit: R UE/LE motor recruitment and timing after L MCA stroke
            Measure: Fugl-Meyer LE 22/34; R grip 9 kg
            """,
            ["I69.351"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Technique list with legend "☒ = used today" and every box ☐, nothing named elsewhere: no technique; 1:1 ☒, R ankle proprioception and SLS/Berg present ("10/12 ago" is ten months).
        ["v2-h54-technique-boxes-none-ticked"] = new(
            """
            SNAKE RIVER PHYSIO — NMR template (Boise)
            97112   20 mins   Seen 1:1: ☒
            Techniques (☒ = used today):
             ☐ PNF  ☐ Perturbation  ☐ Foam / unstable surface  ☐ Gaze stabilisation  ☐ Rhythmic stabilisation
            Impairment: ↓ R ankle/foot proprioception after R ankle ORIF (10/12 ago); sway ↑ in R stance
            Outcome: SLS EC R 5 s / L 12 s; Berg 49/56
            """,
            ["S82.61XD"], [PT("97112", 20)], [At(Tech, "97112")]),

        // NZ physio: impairment row "✓ present / ✗ absent" with every impairment ✗ and none written elsewhere: deficit missing; vibration plate, wobble board, hop to stabilise; 1:1 and BESS present.
        ["v2-h54-impairment-row-all-absent"] = new(
            """
            Southern Cross Physio — balance Rx card
            97112 — 22 mins — 1:1 in Rm 3
            Impairments (✓ present / ✗ absent):  proprioceptive loss ✗   vestibular ✗   weakness ✗   incoordination ✗
            Rx: vibration plate SL stance 4 x 30 s; wobble board clock taps; hop to stabilise onto foam x8 each leg
            BESS 9 errors (16 at IA)
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Outcome row "Y-balance NT | SL hop NT | TUG NT" and no number or dose anywhere: measure missing; rocker board with perturbations, step-down to foam; L knee proprioception and quad timing; "seen individually".
        ["v2-h54-outcome-row-all-nt"] = new(
            """
            Niagara Frontier Physiotherapy — NMR flowsheet
            97112 — 15 min — client seen individually
            Tx: standing on rocker board A/P then M/L with UE perturbations from the physio; step-down to foam with knee-over-toe cues; eyes-closed weight shifts
            Deficit: L knee proprioception + quad timing after ACL reconstruction
            Outcomes:  Y-balance NT | SL hop NT | TUG NT   (client late — NT today)
            """,
            ["S83.512D"], [PT("97112", 15)], [At(Measure, "97112")]),

        // 97530 grid "Assist of 1 ⊠" is the assistance level; pickup-cab entry with a leg lifter x4, headgate-platform steps x2; L TKA knee flexion; irrigation goal: passes.
        ["v2-h54-assist-of-one-box-97530"] = new(
            """
            SNAKE RIVER PHYSIO — functional Rx (Caldwell)
            97530 — 18 mins
            Task: in/out of his pickup — step up to the cab with the grab handle, leg-lifter strap to swing the L leg in, x4; climbing the 3 steps to the irrigation headgate platform x2
            Assist:  Indep ☐   Supervision ☐   Assist of 1 ⊠   Assist of 2 ☐
            L TKA 6/52 — knee flexion 92°; goal: drive out and set his own irrigation water
            """,
            ["Z96.652"], [PT("97530", 18)], []),

        // SA gait fields: wheeled frame [●], PWB with moon boot in situ, 3 x 25 m and stairs, stand-by; antalgic gait after bimalleolar ORIF: 97116 passes.
        ["v2-h54-gait-fields-97116"] = new(
            """
            KAROO PHYSIO — Gait re-ed (97116) — 18 min
            Aid:  [●] wheeled frame   [ ] crutches   [ ] SPS   [ ] nil
            WB status: PWB R, moon boot in situ
            Distance: 3 x 25 m, turns at each end; 6 stairs step-to with rail R
            Assist: stand-by
            Gait: antalgic, short L step, R hip hike in swing (R bimalleolar # ORIF wk 7)
            """,
            ["S82.841D"], [PT("97116", 18)], []),

        // "Individual session: No · Class session: Yes (6 participants)": not one-on-one; backward walking, cone/foam course, reaching; ankle and stepping strategy; Tinetti and FRT present.
        ["v2-h54-individual-no-class-yes"] = new(
            """
            Snake River Physio — Thurs falls programme (Boise)
            Individual session: No   ·   Class session: Yes (6 participants)
            97112  25 mins
            Backward walking along a tape line, obstacle course of cones and foam blocks, standing reach to targets beyond arm's length
            Ankle + stepping strategy deficits, ↓ anterior limits of stability
            Tinetti POMA 20/28; FRT 19 cm
            """,
            ["R26.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols and programmes

        // LiFE (Lifestyle-integrated Functional Exercise) embedded in her routine; "individual consult — no other client booked with me"; limits of stability and ankle strategy; BOOMER (FES-I beside it): passes.
        ["v3-h54-life-programme-at-the-bench"] = new(
            """
            SOUTHERN CROSS PHYSIO — home-based programme review (Austin)
            97112 — 28 mins — individual consult, no other client booked with me
            LiFE programme (Lifestyle-integrated Functional Exercise), session 3: tandem stand at the kitchen bench while the kettle boils; no-hands sit-to-stand each time she gets up from the lounge; sideways stepping along the hallway; stepping over the dog's bed; turning on the spot both ways before sitting.
            Imp: ↓ postural control — narrow limits of stability, weak ankle strategy in tandem; fear of falling.
            BOOMER 11/16 (9/16 wk 1); FES-I 31.
            """,
            ["Z91.81", "R26.81"], [PT("97112", 28)], []),

        // Whole-body vibration on a Power Plate, then foam stance EC and step-downs to foam; "1-to-1 w/ physio"; plantar somatosensory loss; Sharpened Romberg and SLS seconds: passes.
        ["v3-h54-power-plate-then-foam"] = new(
            """
            NFP — Lockport — 97112 — 25 min, 1-to-1 w/ physio
            Tx: Power Plate whole-body vibration (30 Hz, low) — mini-squats and single-leg stance 4 x 30 s; then foam stance EC with head turns; stepping down onto foam from a kerb-height step
            Findings: plantar somatosensory loss (monofilament felt 4/10 sites B feet), visual dependence
            Measures: Sharpened Romberg EO 18 s / EC 6 s; SLS R 6 s
            """,
            ["E11.42"], [PT("97112", 25)], []),

        // 97110 by the Schroth method (rotational angular breathing, muscle cylinder, Schroth 50) with doses; adult degenerative scoliosis region; scoliometer ATR degrees: passes.
        ["v3-h54-schroth-97110"] = new(
            """
            SNAKE RIVER PHYSIO — 97110 — 20 mins
            Schroth method: rotational angular breathing in L side-lying over a bolster 3 x 8 breaths; "muscle cylinder" in sitting, 3 x 20 s holds; Schroth 50 at the wall bars 3 x 5
            Region: adult degenerative scoliosis — R thoracolumbar convexity with rib hump, low back ache in standing
            Scoliometer ATR 9° (12° at IA)
            """,
            ["M41.86"], [PT("97110", 20)], []),

        // US PT at Karoo: Fitlight reaction-light drills incl. dual task; "Individually treated; therapist present and hands-on for all of it"; PD reactive stepping; hits in 30 s and TUG-cognitive: passes.
        ["v3-h54-fitlight-reaction-drills"] = new(
            """
            Karoo Physio — Charlotte — 97112 — 24 min
            Individually treated; therapist present and hands-on for all of it.
            Fitlight reaction-light drills: 6 lights in a floor semicircle, random mode, step-and-tap then return to centre; dual-task version naming US states while stepping.
            PD — impaired postural reactions: slowed reactive stepping and set-shifting, shuffling on turns.
            Fitlight hits 22 in 30 s (15 at IE); TUG-cognitive 17.1 s.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // 97116 Nordic walking with poles (ACTIVE technique), 3 x 150 m, cues, stand-by on the ramp; short steps and flexed trunk in PD; 10 m walk speed: passes.
        ["v3-h54-nordic-walking-97116"] = new(
            """
            NFP — Buffalo — Gait (97116) 20 min
            Nordic walking with poles (ACTIVE technique) on the clinic loop: 3 x 150 m; cues for diagonal arm–leg pattern, heel strike, upright trunk; stand-by assist on the ramp
            Problem: short step length and flexed trunk (PD), ↓ gait speed for crossing at the lights
            10 m walk 0.92 m/s (0.78 m/s at IA)
            """,
            ["G20.A1"], [PT("97116", 20)], []),

        // SA physio: BBQ roll under 95992 (untimed, no profile) beside a "solo appt (not in class)" 97112 with X1 on foam and head-turn walking; vestibular imbalance on turns; FGA; one timed code, 15 matches: passes.
        ["v3-h54-bbq-roll-95992-beside-nmr"] = new(
            """
            KAROO PHYSIO — Charlotte
            95992: BBQ roll (Lempert 360°) for R horizontal-canal BPPV, geotropic — supine roll test R > L
            97112 — 15 min, solo appt (not in class): gaze stabilisation X1 seated then standing on foam; walking with head turns 4 x 10 m
            Vestibular: ↓ postural control on turns, R horizontal-canal BPPV
            Post-Rx: supine roll test neg; FGA 22/30
            """,
            ["H81.11"], [PT("95992", 10), PT("97112", 15)], []),

        // "Stepping On programme wk 4 — group of 9, physio-led" billed 97112: not one-on-one; rope heel-toe walking, step-up turns, stride-stance EC; postural control; 4-stage balance seconds present.
        ["v3-h54-stepping-on-group"] = new(
            """
            Southern Cross Physio — community hall, Pflugerville
            Stepping On programme wk 4 — group of 9, physio-led (balance and strength segment)
            97112 — 25 mins
            Heel-toe walking along a rope, sideways stepping over the rope, stepping up onto a low step and turning, weight shifts in stride stance with eyes closed
            Problem: ↓ postural control in narrow stance, slow stepping responses
            4-stage balance: tandem 6 s, SLS 2 s
            """,
            ["Z91.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // DNS (Dynamic Neuromuscular Stabilisation) developmental positions, "1:1 w/ physio throughout", deep-stabiliser recruitment deficit — but no number or dose anywhere: measure missing.
        ["v3-h54-dns-no-number"] = new(
            """
            NFP — 97112 — 1:1 w/ physio throughout
            DNS (Dynamic Neuromuscular Stabilisation): supine with hips and knees bent at right angles, breathing into the lower ribs with IAP held; rolling up through oblique sit; bear position with knee lift; tall-kneel with physio resistance at the shoulders
            Deficit: poor deep stabiliser recruitment and breathing-pattern timing; lumbar extensors overactive
            Client felt steadier, will continue.
            """,
            ["M54.50"], [PT("97112", 20)], [At(Measure, "97112")]),

        // AlterG 97116 with % BW, speed and 3 bouts of 400 m — but no region, impairment or goal anywhere: deficit missing.
        ["v3-h54-alterg-no-target"] = new(
            """
            Southern Cross Physio — 97116 — 20 mins
            AlterG anti-gravity treadmill: 70% BW at 2.5 mph, 3 bouts of 400 m, cueing as needed; progressed to 80% BW for the last bout
            Pt walked well and is keen to keep going.
            """,
            ["Z96.651"], [PT("97116", 20)], [At(Deficit, "97116")]),

        // Scottish physio: Janda sensorimotor training ("short foot", half-step, rocker board, SL rod-cast swings), "seen 1:1"; L ankle proprioception and peroneal lag; foot-lift test and CAIT: passes.
        ["v3-h54-janda-short-foot"] = new(
            """
            Snake River Physio — Eagle
            97112 · 23 mins · seen 1:1
            Janda sensorimotor training: "short foot" in sitting → standing → half-step; then short foot held on the rocker board A/P and M/L; SL stance with rod-cast arm swings
            Chronic L ankle instability — ↓ proprioception L foot/ankle, peroneal lag on the rocker
            Foot-lift test L 9 lifts / 30 s EC (R 3); CAIT 17/30
            """,
            ["M25.372"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and none

        // "O/E heel–shin L: marked dysmetria + intention tremor; finger–nose past-pointing" is the deficit; ladder stepping, heel slides EO→EC, kneeling transitions with rhythmic stabilisation; "on my books" one-on-one; SARA item and 10 m walk: passes.
        ["v4-h54-heel-shin-dysmetria"] = new(
            """
            Snake River Physio — Boise
            Pt seen individually; no other client on my books for the hour.
            O/E: heel–shin test L — marked dysmetria + intention tremor; finger–nose L past-pointing.
            97112 — 25 mins: ladder stepping to a slow count; heel slides along a taped line EO → EC; kneeling to half-kneel transitions with rhythmic stabilisation by physio
            Imp: L limb ataxia (cerebellar), poor timing of foot placement
            SARA heel–shin item 3/4 L; timed 10 m walk 11.2 s
            """,
            ["R27.0"], [PT("97112", 25)], []),

        // Anteropulsion with festinating steps and freezing at doorways as findings; stop-and-go to claps, big backward steps, floor lines at the doorway; "1:1 (pt only in the gym)"; TUG and doorway freezes k of 6: passes.
        ["v4-h54-anteropulsion-festination"] = new(
            """
            Karoo Physio — 97112 — 22 min — 1:1 (pt only in the gym)
            O: anteropulsion on stopping and turning — trunk carries forward, 3 festinating steps to stop; flexed posture
            Rx: stop-and-go walking to clapped cues; large backward steps to tape lines; wall-slide posture reset then reaching overhead; stepping over floor lines to break freezing at the doorway
            Deficit: PD — impaired postural reflexes, festination, freezing at thresholds
            Outcome: TUG 13.9 s; doorway freezes 1 of 6 passes (4 of 6 at IE)
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // OT: "proprioceptive drift R arm with eyes closed" is the deficit; UE weight-bearing with approximation, closed-chain rhythmic stabilisation, reaching without vision; "one-to-one"; Box & Block: passes.
        ["v4-h54-ot-proprioceptive-drift"] = new(
            """
            OT — NFP Buffalo — 97112 — 24 min, client seen one-to-one
            Findings: proprioceptive drift of R arm with eyes closed (drifts down and out about 8 cm over 10 s) — ↓ R UE proprioception after L MCA CVA
            Tx: weight-bearing through R UE on a therapy ball with joint approximation; closed-chain rhythmic stabilisation at the table; reaching to targets without vision, then checking
            Box & Block R 21 / L 52
            """,
            ["I69.331"], [OT("97112", 24)], []),

        // Hand OT: impaired graphaesthesia and 2PD after a median nerve repair are the somatosensory deficit; graded-texture sensory re-education, traced numbers, rice-tub search; 1:1; 2PD mm and k of 10: passes.
        ["v4-h54-ot-graphaesthesia-2pd"] = new(
            """
            OT hand clinic — Snake River — 97112 — 20 mins — 1:1
            Hx: R median nerve repair at wrist 5/12 ago.
            O/E: somatosensory loss — impaired graphaesthesia R index/middle pads; 2PD index 9 mm, middle 11 mm; hypersensitive scar.
            Rx: sensory re-education — graded textures (velvet → corduroy → sandpaper) EO then EC; identifying numbers traced on the fingertips; finding coins in a rice tub without vision; scar desensitisation
            Graphaesthesia 3/10 correct (1/10 last wk)
            """,
            ["S64.11XD"], [OT("97112", 20)], []),

        // "Obs: NAD. Neuro screen unremarkable — power 5/5, sensation intact, reflexes symmetrical, Romberg neg, no nystagmus" states no deficit; wobble board, Bosu, bounds on foam; 1:1; BESS: deficit missing.
        ["v4-h54-nmr-obs-nad-screen-normal"] = new(
            """
            Southern Cross Physio — 97112 — 20 mins — individual consult, physio 1:1
            Obs: NAD. Neuro screen unremarkable — power 5/5 throughout, sensation intact to LT and PP, reflexes symmetrical, Romberg neg, no nystagmus.
            Rx: wobble board A/P and M/L; SL stance on Bosu flat side with catch; lateral bounds to stick on foam
            BESS 4 errors
            """,
            ["S93.401D"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // 97110 with exercises and doses (Wattbike, KB sit-to-stand, step-ups, farmer's carry) and "no impairment identified today — NAD": no region, impairment or goal: deficit missing.
        ["v4-h54-97110-no-impairment-identified"] = new(
            """
            Southern Cross — 97110 — 25 mins
            Wattbike level 4, 3 km; sit to stand x10 x 3 holding 8 kg KB; step-ups onto 20 cm box 3 x 10 alternating; farmer's carry 2 x 12 kg, 4 lengths of the gym
            Reassessed: no impairment identified today — NAD.
            """,
            ["M17.11"], [PT("97110", 25)], [At(Deficit, "97110")]),

        // 97116: L foot slap at initial contact and steppage with DF 2/5 are the impairment; AFO trial walking 4 x 30 m, metronome heel-first cueing (96 steps/min is cadence, not minutes), stand-by/supervision: passes.
        ["v4-h54-97116-foot-slap-steppage"] = new(
            """
            NFP — Gait training (97116) — 19 min
            Findings: L foot slap at initial contact, steppage in swing, L ankle DF 2/5 (L peroneal neuropathy after knee dislocation)
            Tx: walking with trial posterior leaf AFO vs without, 4 x 30 m each; heel-first cueing to a metronome at 96 steps/min; stepping over a 10 cm hurdle line
            Stand-by assist without AFO, supervision with AFO
            """,
            ["G57.32"], [PT("97116", 19)], []),

        // 97110: positive scapular assistance test and R scapular dyskinesis with a painful arc are the impairment; wall slides, prone Y/T, serratus punch, low row with doses; SPADI: passes.
        ["v4-h54-97110-scapular-assistance-test"] = new(
            """
            Karoo — 97110 — 16 min
            O: scapular assistance test +ve R (pain on elevation eases with assisted upward rotation); R scapular dyskinesis — medial border prominence on lowering; painful arc 70–120°
            Rx: wall slides with foam roller 3 x 10; prone Y and T 3 x 8 with 1 kg; serratus punch with green band 3 x 12; low row 3 x 12
            SPADI 46% (58% at IE)
            """,
            ["M75.41"], [PT("97110", 16)], []),

        // 97140: R lateral elbow with Maudsley's +ve and pain-free grip 12 kg; lateral-glide MWM with gripping 3 x 10, radial head glides gr III in bouts, cross-frictions: passes.
        ["v4-h54-97140-maudsley-pain-free-grip"] = new(
            """
            Snake River Physio — 97140 — 12 mins
            O/E: R lateral elbow — Maudsley's +ve, pain-free grip 12 kg (L 34 kg), TTP common extensor origin
            Rx: Mulligan lateral-glide MWM with belt, gripping, 3 x 10; radial head posterior glides gr III 3 x 30 s; cross-frictions over the CEO
            Post: pain-free grip 19 kg
            """,
            ["M77.11"], [PT("97140", 12)], []),

        // Irish physio: pt says she's "grand, no wobbles", "Ax: no neuro deficit found today": no deficit; rocker-board perturbations, foam tandem, cone step-overs with serial 3s; 1:1; TUG and foam seconds: deficit missing.
        ["v4-h54-nmr-grand-no-deficit-found"] = new(
            """
            Snake River Physio — Meridian — 97112 — 22 mins
            Pt reviewed 1:1 in Rm 1. Says she's "grand, no wobbles at all since the last visit".
            Ax: no neuro deficit found today.
            Rx: perturbations on the rocker board; tandem on foam with head turns; stepping over cones while counting back in threes
            TUG 9.1 s; tandem on foam 30 s
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and none

        // "10 x sit to stand 31.0 s" and functional reach cm are objective; low-chair STS onto foam with pelvic perturbations, reaching, narrow-stance head turns; delayed postural responses; "one on one": passes.
        ["v5-h54-ten-sit-to-stands-timed"] = new(
            """
            NFP — 97112 — 26 min — client seen one on one
            Tx: sit-to-stand from a low chair onto foam, no hands, with physio perturbations at the pelvis; reaching out of base of support to targets on the wall; narrow-stance head turns
            Deficit: delayed postural responses, ↓ lateral weight shift (post-COVID deconditioning with myopathy)
            Measures: 10 x sit to stand 31.0 s; functional reach 21 cm
            """,
            ["M62.81", "R26.81"], [PT("97112", 26)], []),

        // 97116 with a stick: timed 10 m walk and laps of a 40 m loop with supervision are the measures; short R stance and Trendelenburg lurch after R THR: passes ("8/52" is weeks).
        ["v5-h54-97116-timed-10m-and-laps"] = new(
            """
            KAROO — Gait (97116) 18 min
            Walking with SPS in L hand: 3 laps of the 40 m corridor loop, then outside on the grass to the car park; cues for R step length and upright trunk; supervision on grass
            R THR 8/52 — short R stance time, R Trendelenburg lurch
            Timed 10 m walk 9.8 s (13.4 s at IE)
            """,
            ["Z96.641"], [PT("97116", 18)], []),

        // Hand-held dynamometry in newtons with LSI and Kujala beside doses (Spanish squat holds, SL leg press, step-downs); L patellofemoral pain with quads weakness and dynamic valgus: 97110 passes.
        ["v5-h54-97110-hhd-newtons"] = new(
            """
            Southern Cross — 97110 — 22 mins
            Rx: Spanish squat with strap 4 x 45 s holds; SL leg press 3 x 10 @ 40 kg; lateral step-downs 20 cm 3 x 8
            L patellofemoral pain — quads weakness, dynamic valgus on step-down
            HHD knee ext L 210 N / R 312 N (LSI 67%); Kujala 68/100
            """,
            ["M22.2X2"], [PT("97110", 22)], []),

        // 97140: weight-bearing lunge test in cm (before and after) with talocrural glides gr IV in bouts and a lunge MWM; L ankle stiffness after fracture: passes.
        ["v5-h54-97140-lunge-test-cm"] = new(
            """
            NFP — 97140 — 10 min
            Tx: talocrural posterior glides gr IV 4 x 30 s; Mulligan weight-bearing MWM for DF in lunge 3 x 10; STM L gastroc/soleus
            L ankle stiffness after lateral malleolus # — ↓ DF in lunge
            Weight-bearing lunge test L 6 cm → 9 cm post; R 12 cm
            """,
            ["S82.62XD"], [PT("97140", 10)], []),

        // OT 97110: pinch gauge kilograms with opponens isometrics, web-space stretch and putty key pinch with doses; L thumb CMC OA: passes.
        ["v5-h54-ot-97110-pinch-gauge"] = new(
            """
            OT — Snake River — 97110 — 15 mins
            L thumb CMC OA: isometric opponens against a soft ball 10 x 6 s holds; first web-space stretch 3 x 30 s; key pinch into green putty 3 x 10
            Key pinch L 3.5 kg (R 6 kg); tip pinch L 2 kg
            """,
            ["M18.12"], [OT("97110", 15)], []),

        // 97112 with no number at all: "less wobbly on the board than last week, fewer hand touches"; wobble board, foam tandem, rope ladder; R ankle proprioception; "seen privately — physio with this pt throughout": measure missing.
        ["v5-h54-nmr-less-wobbly-no-number"] = new(
            """
            Karoo Physio — 97112 — seen privately, physio with this pt throughout
            S: feels steadier on the gravel by the farm gate.
            O: better on the wobble board than last week — less wobbly, fewer hand touches on the rail.
            Rx: wobble board A/P and M/L; tandem stance on foam; stepping through the rope ladder
            A: ↓ R ankle proprioception, improving.
            """,
            ["S93.401D"], [PT("97112", 20)], [At(Measure, "97112")]),

        // 97112 whose only numbers are day/month dates ("IA 04/03", "21/03", "HEP issued 11/03", "R/V 28/03"): no measure; PNF rhythmic stabilisation, foam head turns, reactive steps; postural control and somatosensory loss; "Seen 1:1".
        ["v5-h54-nmr-dates-only-numbers"] = new(
            """
            Snake River Physio — 97112
            IA 04/03. Seen 1:1 today 21/03. HEP issued 11/03, reviewed.
            Rx: PNF rhythmic stabilisation in sitting and standing; standing on foam with head turns; reactive steps to physio nudges
            Imp: ↓ postural control + L somatosensory loss (R thalamic stroke)
            Plan: R/V 28/03; D/W Dr Ames re AFO.
            """,
            ["I69.398"], [PT("97112", 20)], [At(Measure, "97112")]),

        // OT 97530 laundry from a perching stool, trolley to the line, pegging out; goal after cuff repair — but "reps as able, assistance as required" and no level or number: measure missing.
        ["v5-h54-ot-97530-as-able"] = new(
            """
            OT — NFP — 97530 — 20 min
            Laundry: loading and unloading the front-loader from a perching stool, pushing the basket to the line on a trolley, pegging out at shoulder height; reps as able, assistance as required
            Goal: do her own washing again after L rotator cuff repair
            """,
            ["S46.012D"], [OT("97530", 20)], [At(Measure, "97530")]),

        // 97116 "mobilised with SPS around the gym, up and down the ramp and out on the grass", cues; antalgic gait after R TKA — no distance, assistance level or number: measure missing.
        ["v5-h54-97116-stick-no-distance"] = new(
            """
            Southern Cross — Gait re-ed 97116 — 20 mins
            Mobilised with SPS around the gym, up and down the ramp and out on the grass; cued heel strike and even step length
            Antalgic gait after R TKA — short L step, R knee held stiff in swing
            """,
            ["Z96.651"], [PT("97116", 20)], [At(Measure, "97116")]),

        // 97110 after ACL reconstruction: SL leg press, RDL, step-downs, Copenhagen with loads and holds; quads/hamstring strength deficit; Lysholm and IKDC beside the doses: passes.
        ["v5-h54-97110-lysholm-ikdc-doses"] = new(
            """
            NFP — 97110 — 24 min
            R ACL reconstruction (hamstring graft) wk 14
            Tx: SL leg press 4 x 8 @ 60 kg; RDL with 16 kg KB 3 x 8; lateral step-downs 20 cm 3 x 10; Copenhagen short lever 3 x 20 s
            Problem: R quads/hamstring strength deficit, ↓ knee control on step-down
            Lysholm 78; IKDC 62
            """,
            ["S83.511D"], [PT("97110", 24)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, mismatches, missing separate time

        // SA clock ranges per code: "10h05–10h30 NMR (97112)" = 25 and "10h30–10h45 Ther-ex (97110)" = 15 match; PNF, rocker, foam; motor recruitment and postural control; Berg; hip exercises with doses: passes.
        ["v6-h54-sa-clock-ranges-two-codes"] = new(
            """
            KAROO PHYSIO — Rock Hill — 19/03
            10h05–10h30  NMR (97112) — individual Rx, physio hands-on throughout
             • PNF D1/D2 LE patterns in supine and standing; stepping onto a rocker board; tandem on foam with head turns
             • Deficit: L LE motor recruitment + ↓ postural control (R MCA CVA)
             • Berg 44/56
            10h30–10h45  Ther-ex (97110)
             • L hip abduction in side-lying 3 x 10; bridging 3 x 12; L step-ups 15 cm 3 x 8
             • L hip weakness — glute med 3/5
            """,
            ["I69.354"], [PT("97112", 25), PT("97110", 15)], []),

        // English-trained physio writing minutes the UK way, "NMR (97112) 20/60" and "Ex (97110) 15/60" (35/60 in all): each code has its minutes, both match; complete sections: passes ("20/03" is a date).
        ["v6-h54-uk-slash-sixty-minutes"] = new(
            """
            Snake River Physio — Boise — Rx 20/03 (35/60 in all)
             NMR (97112) 20/60 — pt seen 1:1 in the small gym
               – rhythmic stabilisation in standing; reactive stepping to nudges; step-overs on foam
               – ↓ postural control + slow protective stepping (recurrent falls)
               – Tinetti 21/28
             Ex (97110) 15/60
               – sit to stand x10 x 3; calf raises 3 sets of 10; marching with 1 kg cuffs 3 x 20
               – B hip/knee extensor weakness limiting rising from a chair
            """,
            ["R29.6", "M62.81"], [PT("97112", 20), PT("97110", 15)], []),

        // Australian numbered Rx list with "— 10 mins (97140)" and "— 16 mins (97110)" after each item and "26 mins total": both match; SNAGs/NAGs, DNF with biofeedback; P1 neck, PPIVMs; rotation degrees and NDI: passes.
        ["v6-h54-aus-numbered-items-mins-then-code"] = new(
            """
            Southern Cross Physio — Austin — Rx 17/03
            Rx (26 mins total):
            1. Mulligan SNAGs C5/6 R rotation 3 x 6; NAGs C4–6 x 6 — 10 mins (97140)
            2. Deep neck flexor holds with pressure biofeedback 22→26 mmHg 10 x 10 s; scapular setting with band rows 3 x 12 — 16 mins (97110)
            P1 R neck pain on rotation reversing out of the driveway; C5/6 hypomobile on PPIVMs
            Cx rot R 55° (L 70°); NDI 24%
            """,
            ["M54.2"], [PT("97140", 10), PT("97110", 16)], []),

        // Quebec-trained physio: "9 h 05 – 9 h 28" (23) beside NMR (97112) and "9 h 28 – 9 h 43" (15) beside TA (97530) match; perturbations, foam, head turns; reactive balance and ankle proprioception; Mini-BESTest; basement laundry task and goal: passes.
        ["v6-h54-quebec-h-clock-times"] = new(
            """
            NFP — Niagara Falls
            NMR (97112): 9 h 05 – 9 h 28 — client seen one-on-one
              Tx: perturbations in stride stance, step-and-catch on foam, obstacle stepping with head turns
              Deficit: ↓ reactive balance, L ankle proprioception after L ankle #
              Mini-BESTest 20/28
            TA (97530): 9 h 28 – 9 h 43
              Task: carrying a laundry basket down the basement stairs with one rail, 3 trips; stand-by assist
              Goal: manage her laundry in the basement on her own
            """,
            ["R26.81", "S82.62XD"], [PT("97112", 23), PT("97530", 15)], []),

        // "Time: 22 mins NMR + 8 mins ther ex = 30 mins": minutes before each service name, both match; "the only one on my books for the half hour"; gaze stab on foam, head-turn walking, R vestibular hypofunction, DGI; calf/quads doses: passes.
        ["v6-h54-mins-before-service-sum"] = new(
            """
            Snake River Physio — Nampa
            Time: 22 mins NMR + 8 mins ther ex = 30 mins.
            Pt was the only one on my books for the half hour.
            NMR: gaze stabilisation X1 on foam; walking with head turns and ball toss — R vestibular hypofunction; DGI 19/24.
            Ther ex: calf raises 3 x 15; sit to stand x10 x 2 — B calf/quads weakness.
            """,
            ["H81.91", "M62.81"], [PT("97112", 22), PT("97110", 8)], []),

        // SA clock "14h10–14h40 NMR (97112)" is 30 minutes against an 18-min line: mismatch; X2 on foam, pitch tandem walk; bilateral vestibular hypofunction; mCTSIB seconds; "seen individually (own slot)".
        ["v6-h54-sa-clock-mismatch"] = new(
            """
            KAROO — 14h10–14h40 NMR (97112)
            Pt seen individually (own slot).
            Rx: gaze stabilisation X2 viewing standing on foam 3 x 45 s; tandem walk with head pitch; reactive steps to physio nudges
            Bilateral vestibular hypofunction (gentamicin) — oscillopsia, ↑ sway EC
            mCTSIB foam EC 11 s; DVA 4-line loss
            """,
            ["H81.93"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // "97140: … — 10 mins" matches, "97110: … — 25 mins" against a 15-min line: mismatch on 97110; SNAGs and PAIVMs, press-ups, bird-dog, bridges; central LBP with stiff L4/5; PSFS.
        ["v6-h54-aus-second-item-mismatch"] = new(
            """
            Southern Cross — Round Rock
            97140: Mulligan SNAGs L/S flexion in sitting 3 x 6; PAIVMs central PA L4/5 gr III 3 x 30 s — 10 mins
            97110: prone press-ups 3 x 10; bird-dog 3 x 8; bridges 3 x 12 — 25 mins
            Region: central LBP on flexion, stiff L4/5
            PSFS (bending to tie shoes) 4/10
            """,
            ["M54.50"], [PT("97140", 10), PT("97110", 15)], [At(Mismatch, "97110")]),

        // PT/OT co-treat "both with this client only": PT "97112 — 20 min" matches, OT "97530 — 30 min" against the OT's 18-min line: mismatch on 97530; both sections complete.
        ["v6-h54-cotreat-ot-half-mismatch"] = new(
            """
            NFP — PT/OT co-treat, both therapists with this client only
            PT — 97112 — 20 min: reactive stepping to perturbations in standing while OT held the client's attention task; stepping onto foam
             Impaired postural reactions + divided attention (TBI)
             Obstacle contacts 3 of 10
            OT — 97530 — 30 min: sorting groceries into cupboards in standing, planning the order; supervision for balance; 2 verbal cues for sequencing
             Goal: unpack her groceries independently
            """,
            ["S06.2X1D"], [PT("97112", 20), OT("97530", 18)], [At(Mismatch, "97530")]),

        // Irish physio, "Total Rx time 40 mins" and nothing per code on a 97112 + 97110 visit: separate time missing; both sections complete, 1:1 stated.
        ["v6-h54-irish-total-only"] = new(
            """
            Snake River Physio — Meridian
            Pt reviewed 1:1. Total Rx time 40 mins.
            Balance: perturbations on rocker board, tandem on foam, step-overs with head turns — for ↓ postural control after L TKA + peripheral neuropathy; Berg 47/56.
            Strengthening: sit to stand x10 x 3; leg press 3 x 10 @ 35 kg; TKE with band 3 x 15 — L quads weakness, extension lag 5°.
            """,
            ["Z96.652", "G62.9"], [PT("97112", 25), PT("97110", 15)], [SepTime]),

        // US PT: "Gait 97116 — 15 min" matches but the 97110 section gives no minutes: separate time missing; both sections complete.
        ["v6-h54-gait-timed-te-not"] = new(
            """
            Karoo Physio — Charlotte (US PT)
            Gait 97116 — 15 min: 4WW, 3 x 60 m; cues for R heel strike and step length; SBA on curb step
            TE 97110: quad sets 2 x 15; SAQ 1 kg 3 x 10; heel slides 3 x 15; standing hip abd 3 x 10
            R TKA wk 5 — R knee flex 98°, antalgic gait
            """,
            ["Z96.651"], [PT("97116", 15), PT("97110", 12)], [SepTime]),

        // "Gait re-ed (97116) — 22 mins" matches; "2 x 30m" and "40m" are metres walked, not minutes; reciprocal on stairs with rail, S/B; L Trendelenburg after THR: passes.
        ["v6-h54-metres-written-30m"] = new(
            """
            Snake River — Gait re-ed (97116) — 22 mins
            Mobilised 2 x 30m with 4WW, then 40m with SPS; reciprocal on stairs with rail x12, S/B
            L THR 6/52 — L Trendelenburg, short R step
            """,
            ["Z96.642"], [PT("97116", 22)], []),

        // "Rx duration 35 mins" on a visit whose one timed code (97110) is billed for 20: mismatch; hip OA exercises with doses and Oxford Hip Score.
        ["v6-h54-rx-duration-one-code-mismatch"] = new(
            """
            Southern Cross — Rx duration 35 mins
            L hip OA: side-lying abduction 3 x 12; bridges 3 x 15; sit to stand x10 x 3; step-ups 20 cm 3 x 10
            Oxford Hip Score 28/48
            """,
            ["M16.12"], [PT("97110", 20)], [At(Mismatch, "97110")]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note, 97112 and 97140: DOC_NOTE_MISSING on each, nothing else.
        ["v7-h54-empty-nmr-and-mt"] = new(
            "",
            ["M54.50"], [PT("97112", 22), PT("97140", 10)], [At(NoteMissing, "97112"), At(NoteMissing, "97140")]),

        // Spaces and line feeds only, an OT's 97530, no diagnosis: missing on 97530 and the diagnosis check.
        ["v7-h54-spaces-ot-97530-no-dx"] = new(
            "   \n   \n",
            [], [OT("97530", 18)], [At(NoteMissing, "97530"), Dx]),

        // CR/LF only, 97116 beside untimed 97010: missing on 97116 only (97010 has no documentation profile).
        ["v7-h54-crlf-gait-and-hot-pack"] = new(
            "\r\n",
            ["R26.89"], [PT("97116", 20), PT("97010", 10)], [At(NoteMissing, "97116")]),

        // Irish 97110 "Ex programme progressed": L frozen shoulder (region), pulleys, wand ER, sleeper stretch, wall walks with doses; "HEP issued": passes.
        ["v7-h54-97110-frozen-shoulder-progressed"] = new(
            """
            Snake River Physio — Ex programme progressed
            L shoulder (frozen shoulder, thawing phase): pulleys flexion 2 x 15; wand ER in supine 3 x 10; sleeper stretch 3 x 30 s; wall walks x8
            HEP issued (sheet 3).
            """,
            ["M75.02"], [PT("97110", 15)], []),

        // Australian 97530: floor transfers via half-kneel x4, lifting the esky to ute-tray height x5, Ax1 → supervision; goal to load the ute for Lake Travis: passes.
        ["v7-h54-97530-esky-onto-the-ute"] = new(
            """
            Southern Cross — 97530 — 18 mins
            Functional retraining: down to and up from the floor via half-kneel using the couch, x4; lifting the esky (6 kg) from the floor to ute-tray height x5; Ax1 → supervision by the last rep
            Goal: load the ute for the fishing trip on Lake Travis
            """,
            ["M62.81"], [PT("97530", 18)], []),

        // Australian 97140: "Maitland grade III PAIVMs" central and unilateral PAs with bouts, side-lying rotation; P1 central LBP with stiff L4/5; asterisked comparable signs reassessed: passes.
        ["v7-h54-97140-maitland-paivms-asterisks"] = new(
            """
            Southern Cross — 97140 — 12 mins
            P1 central LBP, stiff ++ L4/5 on PAIVMs
            Maitland grade III PAIVMs: central PA L4 3 x 30 s; unilateral PA R L5 gr IV- 3 x 30 s; R rotation gr III in side-lying x3
            Reassess: *flexion fingertips mid-shin → ankle*; *SLR R 60° → 70°*
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // SA 97116: 3-point PWB crutch gait 2 x 20 m, step-to on stairs, S/B; shortened L stance and trunk lean after tibial plateau ORIF: passes.
        ["v7-h54-97116-crutch-gait-plateau"] = new(
            """
            KAROO — 97116 — 20 min
            Crutch gait: 3-point PWB L with elbow crutches, 2 x 20 m; step-to on 4 stairs up/down with rail + crutch, S/B
            Gait deviations: L stance shortened, trunk lean to L (L tibial plateau # ORIF wk 8)
            """,
            ["S82.142D"], [PT("97116", 20)], []),

        // 97140 with techniques and a region (STM, PNF hold-relax, suboccipital release; R neck, restricted rotation) but no grade, bout, repetition or number: measure missing.
        ["v7-h54-97140-no-parameter"] = new(
            """
            NFP — 97140
            STM to R upper trapezius and levator scapulae; PNF hold-relax into R cervical rotation; suboccipital release
            R neck tightness, restricted R rotation
            """,
            ["M54.2"], [PT("97140", 10)], [At(Measure, "97140")]),

        // "Functional activities as per POC. Pt participated well and tolerated Rx. Continue plan. R/V 1/52.": no task, target or number on a 97530: generic only.
        ["v7-h54-97530-generic-as-per-poc"] = new(
            "Functional activities as per POC. Pt participated well and tolerated Rx. Continue plan. R/V 1/52.",
            ["M62.81"], [PT("97530", 15)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Irish "Pt reviewed. Balance and coordination work as per programme. Going grand, no issues. Continue same, R/V next wk.": only generic phrases, no technique, deficit, number or one-on-one.
        ["v7-h54-97112-generic-going-grand"] = new(
            "Pt reviewed. Balance and coordination work as per programme. Going grand, no issues. Continue same, R/V next wk.",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes

        // Irish physio, L TKA 3/52: "97140 — 12 mins" (patellar and tib-fem glides gr III in bouts) and "97110 — 18 mins" (heel slides, SAQ, step-ups, bike) match; AROM, quads lag, Oxford Knee Score: passes.
        ["vord-h54-irish-tka-mt-te"] = new(
            """
            SNAKE RIVER PHYSIOTHERAPY — Meridian — 18/03
            Pt reviewed, 3/52 post L TKA. C/O stiffness getting out of the car.
            O/E: L knee AROM 8–94°, quads lag 5°, wound healed, calf NAD.
            Tx:
             97140 — 12 mins: patellar glides sup/inf + med/lat gr III 3 x 30 s; tib-fem AP glides in flexion gr III 3 x 30 s
             97110 — 18 mins: heel slides with strap 3 x 15; SAQ 1 kg 3 x 10; step-ups 10 cm 3 x 10; static bike, rocking → full revolutions
            Oxford Knee Score 27/48.
            Plan: progress ROM; HEP issued (page 2 added).
            """,
            ["Z96.652", "M25.662"], [PT("97140", 12), PT("97110", 18)], []),

        // Scottish physio, MS clinic: "NMR (97112) 25 mins" (high-kneel rhythmic stabilisation, block stepping EC, beam tandem; L LE proprioception and sway; Romberg seconds) and "Ex (97110) 20 mins" (DF band, stretch, bridges, bike) match; "Seen 1:1, no one else booked with me": passes.
        ["vord-h54-scot-ms-nmr-ex"] = new(
            """
            Snake River Physio — Boise — MS clinic day
            Seen 1:1, no one else booked with me.
            NMR (97112) 25 mins: rhythmic stabilisation in high kneel; stepping on and off a 10 cm block with EC; tandem walk on a 2 x 4 with head turns
              - ↓ L LE proprioception, spastic L ankle (MAS 1+), ↑ postural sway EC
              - Romberg EC 14 s; Six-Spot Step Test 11.6 s
            Ex (97110) 20 mins: seated L DF with red band 3 x 12; calf stretch 3 x 30 s; bridging 3 x 10; cycle ergometer level 3, 2 km
              - L ankle DF weakness, heel-cord tightness
            Pt tolerated well; fatigue 3/10 at end.
            """,
            ["R26.89", "R27.0"], [PT("97112", 25), PT("97110", 20)], []),

        // Australian LBP: "97140 (11 mins)" (central and unilateral PAs, SNAG) and "97110 (15 mins)" (hip hinge, KB deadlift, side plank) match; PAIVMs stiff L4/5; PSFS; "R/V 27/03": passes.
        ["vord-h54-aus-lbp-mt-te"] = new(
            """
            SOUTHERN CROSS PHYSIO — Austin | 20/03 | Rx 4
            Subj: LBP better, 3/10 (was 6/10); still sore lifting the esky out of the ute.
            Obj: L/S flex fingertips to knee, ext 50% + P1; PAIVMs stiff L4/5 central; PSFS lifting 5/10
            Rx:
             • 97140 (11 mins): central PA L4/5 gr III 3 x 45 s; R unilateral PA L5 gr III 3 x 30 s; SNAG L/S flexion in standing x6
             • 97110 (15 mins): hip hinge with dowel 3 x 10; KB deadlift 12 kg 3 x 8; side plank on knees 3 x 20 s
            Imp: mechanical LBP, settling; lifting tolerance improving.
            Plan: R/V 27/03, progress load.
            """,
            ["M54.50"], [PT("97140", 11), PT("97110", 15)], []),

        // NZ physio, stroke: "97112 — 23 mins" (stride-stance weight shift, step taps, perturbations; L motor recruitment; Berg, % WB) and "97116 — 15 mins" (quad stick 4 x 20 m, cues, S/B; hyperextension) match; "seen individually … nobody else in the neuro room": passes.
        ["vord-h54-nz-stroke-nmr-gait"] = new(
            """
            Southern Cross Physio — Round Rock
            Pt seen individually for the full session, nobody else in the neuro room.
            97112 — 23 mins: weight shift onto L in stride stance with tactile cue at L glute med; R foot step taps onto a step for L SL stance; perturbations in standing
             ↓ L LE motor recruitment + ↓ L stance stability (R MCA CVA 4/12 ago)
             Berg 45/56; L WB 41% on twin scales
            97116 — 15 mins: walking with quad stick R, 4 x 20 m; cues for L heel strike and hip extension at terminal stance; S/B on the ramp
             L knee hyperextension in midstance, short R step
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], []),

        // SA vestibular after schwannoma resection: "11h00–11h20" is the line's 20; "treated one-on-one in the vestibular room"; X1 against a busy background, foam EC, figure-of-8 walking; L vestibular loss; DHI and FGA: passes.
        ["vord-h54-sa-vestibular-post-schwannoma"] = new(
            """
            KAROO PHYSIOTHERAPY — Charlotte — 11h00–11h20 — 97112
            Pt treated one-on-one in the vestibular room.
            Hx: L vestibular schwannoma resection 8/52 ago; unsteady in the dark.
            Rx: X1 viewing yaw and pitch against a busy background, 3 x 60 s; standing on foam EC with head turns; figure-of-8 walking round cones with head turns
            Imp: L vestibular loss, ↓ gaze stability, somatosensory reliance in the dark
            DHI 40; FGA 18/30
            """,
            ["H81.8X2"], [PT("97112", 20)], []),

        // SA shoulder after cuff repair: "97140 — 10 min" (GH glides gr III in bouts, scapular mobs, STM) and "97110 — 15 min" (pulleys, wand, isometrics, side-lying ER) match; AAROM degrees and cuff weakness: passes.
        ["vord-h54-sa-cuff-repair-mt-te"] = new(
            """
            KAROO — R RCR (supraspinatus) 10/52; sling off since wk 6
            97140 — 10 min: GH posterior and inferior glides gr III 3 x 30 s; scapular mobs in side-lying; STM to R upper trap
            97110 — 15 min: pulleys flexion 2 x 15; wand ER 3 x 10; isometric ER/IR 5 x 10 s; side-lying ER 0.5 kg 3 x 10
            R shoulder flex AAROM 135°, ER 40°; ↓ R cuff strength
            """,
            ["S46.011D"], [PT("97140", 10), PT("97110", 15)], []),

        // Canadian OT hand: "97110 — 14 min" (wrist AROM, hammer, tendon glides, gripper) and "97530 — 16 min" (face cloth, jars, a 4 L bag of milk x5) match; wrist ext degrees and grip; pancake-pan goal: passes.
        ["vord-h54-canadian-ot-wrist-te-ta"] = new(
            """
            Niagara Frontier Physiotherapy — OT hand — client wk 9 post L distal radius # ORIF
            97110 — 14 min: wrist flex/ext AROM 3 x 15; pronation/supination with a hammer 3 x 10; tendon glides x10; gripper 20 lb 2 x 10
            97530 — 16 min: wringing out a face cloth; opening jars (3 sizes); carrying a 4 L bag of milk in its jug from fridge to counter x5
            Wrist ext 48° (35° at IA); grip L 14 kg / R 29 kg
            Goal: lift the cast-iron pan to make Sunday pancakes
            """,
            ["S52.572D"], [OT("97110", 14), OT("97530", 16)], []),

        // Canadian physio, beer-league hockey concussion: "client seen 1:1", VOR x1, saccades, head-turn walking, pursuit on a rocker board; VOR/oculomotor dysfunction; VOMS and NPC cm: passes.
        ["vord-h54-canadian-hockey-concussion"] = new(
            """
            NFP — Buffalo — client seen 1:1
            Beer-league hockey concussion (boarded) 5/52 ago.
            97112 — 25 min
            Tx: VOR x1 horizontal 3 x 45 s at 120 bpm; saccades between 2 targets 3 x 30 s; walking with head turns in the hallway while reading signs; smooth pursuit of a pen while on a rocker board
            Deficit: post-concussion VOR and oculomotor dysfunction — headache ↑ with head turns
            VOMS: VOR horizontal provokes HA +2, dizziness +1; NPC 9 cm (13 cm at IA)
            """,
            ["S06.0X0D"], [PT("97112", 25)], []),

        // US PTA, TKA: "TE 97110 — 15 min" and "Gait 97116 — 12 min" match; quad sets, SLR, knee ext, heel raises; RW → SPC 2 x 100 ft, SBA; knee flexion and lag: passes.
        ["vord-h54-us-pta-tka-te-gait"] = new(
            """
            PTA Daily Note — Snake River Physio — Caldwell
            TE 97110 — 15 min: quad sets 2 x 15 w/ 5 s hold; SLR 3 x 10; knee ext 90–0 w/ 2 lb 3 x 10; heel raises 3 x 15
            Gait 97116 — 12 min: RW → SPC trial, 2 x 100 ft; SBA; cues for R heel strike and knee ext at IC
            R TKA POD 23 — R knee flex 102°, ext lag 5°, step-to pattern on stairs
            """,
            ["Z96.651"], [PTA("97110", 15), PTA("97116", 12)], []),

        // US PT: diabetic neuropathy 97112 "23 min, 1:1"; foam EO/EC, textured insoles, line walking, rocker board; absent vibration and monofilament loss; mCTSIB and 4SST: passes.
        ["vord-h54-us-neuropathy-nmr"] = new(
            """
            Karoo Physio — Charlotte — US PT
            97112 NMR 23 min, 1:1
            Diabetic peripheral neuropathy: absent vibration at B 1st MTP, monofilament 3/10 sites, ↑ sway EC
            Tx: stance on foam EO/EC; walking with textured insoles for sensory cueing; heel-toe walking on a line; rocker board A/P
            mCTSIB cond 4 (foam EC) 9 s; 4SST 14.2 s
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // Irish physio 97530 on the farm: hip-hinge lift of a 20 kg feed bag x5, two 10 L buckets 15 m, tractor-cab steps x3 with supervision; R hip OA; calf-feeding goal: passes.
        ["vord-h54-irish-farm-97530"] = new(
            """
            Snake River Physio — Nampa
            97530 — 20 mins
            Practised lifting a 20 kg bag of feed from the floor with a hip hinge, x5; carrying two 10 L buckets 15 m across the yard mock-up; climbing into the tractor cab (4 steps, grab rails) x3 — supervision
            Imp: R hip OA, ↓ hip flexion and standing tolerance
            Goal: back feeding the calves on his own
            """,
            ["M16.11"], [PT("97530", 20)], []),

        // Australian ACLR: "97110 — 20 mins" (leg press, split squat, Nordics, calf raise; strength deficit) and "97112 — 15 mins" (hop-and-stick onto foam, rocker perturbations, reactive bounds to lights; knee proprioception; LSI and Y-balance) match; 1:1 stated: passes.
        ["vord-h54-aus-aclr-te-nmr"] = new(
            """
            Southern Cross Physio — Austin — ACLR (BPTB) 16/52
            Seen 1:1, no other clients in the gym at that time.
            97110 — 20 mins: SL leg press 4 x 8 @ 70 kg; Bulgarian split squat 3 x 8 @ 8 kg DBs; Nordic hamstring lowers 3 x 5; SL calf raise 3 x 15
             R quads/hamstring strength deficit
            97112 — 15 mins: hop-and-stick onto foam 3 x 5; perturbations on a rocker board in SL stance; reactive lateral bounds to BlazePod lights
             R knee proprioception + dynamic valgus control
             LSI SL hop 78%; Y-balance ant reach R 61 cm / L 68 cm
            """,
            ["S83.511D"], [PT("97110", 20), PT("97112", 15)], []),

        // Canadian cervicogenic headache: "MT (97140) — 8 min" (C2/3 unilateral PA in bouts, C1/2 SNAG) and "TE (97110) — 16 min" (chin-tuck holds, band retraction, foam-roll extension) match; flexion-rotation test degrees: passes.
        ["vord-h54-canadian-cervicogenic-mt-te"] = new(
            """
            NFP — Lockport — client reassessment
            Tx:
             MT (97140) — 8 min: C2/3 R unilateral PA gr III 3 x 30 s; Mulligan SNAG C1/2 R rotation x6
             TE (97110) — 16 min: chin tuck with head lift 10 x 10 s holds; scapular retraction with band 3 x 15; thoracic extension over foam roll x10
            Cervicogenic HA R — flexion-rotation test R 24° (L 40°)
            """,
            ["G44.86"], [PT("97140", 8), PT("97110", 16)], []),

        // English-trained physio, COPD 97530: hanging washing with pursed-lip breathing, 3 kg bag up 6 stairs with pacing, supervision; SOB (MRC 4) and desaturation with SpO2 obs; washing goal: passes.
        ["vord-h54-uk-copd-washing-97530"] = new(
            """
            Snake River Physio — Boise
            97530 — 18 mins
            COPD — SOB on exertion (MRC dyspnoea 4), desaturates with arms-up tasks
            Practised hanging washing at shoulder height with pursed-lip breathing and rest pauses; carrying a 3 kg bag up 6 stairs, pacing a breath per step; obs: SpO2 94% → 88% at worst, back to 93% in 90 s
            Supervision throughout
            Goal: hang out her own washing without stopping
            """,
            ["J44.9"], [PT("97530", 18)], []),

        // Irish physio, NOF # with DHS 4/52: "Gait re-ed (97116) — 14 mins" (Zimmer → 4WW 3 x 20 m, kerb, reciprocal on stairs with rail) and "Func Rx (97530) — 16 mins" (transfers, car with a bag on the seat, supervision; Mass goal) match: passes.
        ["vord-h54-irish-nof-gait-func"] = new(
            """
            Snake River Physio — Eagle — 4/52 post R NOF # (DHS)
            Gait re-ed (97116) — 14 mins: Zimmer frame → 4WW, 3 x 20 m; kerb up/down with 4WW, S/B; reciprocal on stairs with rail x8 steps
             short R step, R Trendelenburg, ↓ R stance time
            Func Rx (97530) — 16 mins: bed → chair transfers x3; in/out of the car with a plastic bag on the seat x2; toilet transfer with rail; supervision
             Goal: home to her bungalow and manage the car for Mass on Sundays
            """,
            ["S72.001D"], [PT("97116", 14), PT("97530", 16)], []),

        // NZ-trained OT 97112 "Client worked with me individually, no other clients in the room"; bilateral push/pull to a metronome, trunk-restrained reaching; L UE motor recruitment and timing; Fugl-Meyer UE and Box & Block: passes.
        ["vord-h54-nz-ot-bilateral-arm-training"] = new(
            """
            Southern Cross — OT — 97112 — 25 mins
            Client worked with me individually, no other clients in the room.
            Bilateral arm training: push/pull handles on the arm trolley to a metronome, 4 blocks of 20; forward reach to cones with the trunk strapped to the chair back, L arm leading
            L UE motor recruitment and shoulder flexor/elbow extensor timing (R MCA CVA)
            Fugl-Meyer UE 38/66; Box & Block L 18
            """,
            ["I69.334"], [OT("97112", 25)], []),

        // US PT three codes: "97112 (18 min)" 1:1 (perturbation, foam EC, step-overs; postural control; Berg), "97110 (15 min)" (machines and step-ups with loads; hip weakness), "97140 (10 min)" (STM/IASTM, patellar mobs in bouts; lateral knee pain) all match: passes.
        ["vord-h54-us-three-codes"] = new(
            """
            Karoo Physio — US PT — 19/03
            97112 (18 min) — pt seen 1:1: perturbation training in stride stance; tandem on foam EC; step-overs to targets
              ↓ postural control + ↓ ankle strategy; Berg 46/56
            97110 (15 min): leg press 3 x 10 @ 50 lb; hip abd machine 3 x 12 @ 30 lb; step-ups 6" 3 x 10
              B hip/knee weakness, hip abd 4-/5
            97140 (10 min): STM + IASTM to R ITB/lateral quad; patellar medial glides gr II 3 x 30 s
              R lateral knee pain, lateral patellar tilt
            """,
            ["R26.81", "M22.2X1"], [PT("97112", 18), PT("97110", 15), PT("97140", 10)], []),

        // Australian falls clinic: "Treated 1:1 — physio with pt the whole way through"; QuickScreen-guided block steps, release from a forward lean, narrow-path walking on foam; slowed reaction and LL proprioception; QuickScreen and Alternate Step Test: passes.
        ["vord-h54-aus-falls-clinic-quickscreen"] = new(
            """
            Southern Cross Physio — Falls & Balance clinic — Pt reviewed
            Treated 1:1 — physio with pt the whole way through.
            97112 — 25 mins
            Rx: stepping onto a 15 cm block in 4 directions; reactive steps on release from a forward lean into the physio's hands; narrow-base walking along a 20 cm path laid on foam
            Imp: slowed reaction time, ↓ lower-limb proprioception (failed tandem stand and proprioception items)
            QuickScreen 4 risk factors (6 at IA); Alternate Step Test 12.9 s
            """,
            ["R29.6"], [PT("97112", 25)], []),

        // Canadian OT 97530 cottage prep: dock-ledge step-down onto a rocking platform x6, 5 kg cooler 10 m over gravel, Muskoka chair x4, contact guard → stand-by; R THR, hip flexion and balance; cottage goal: passes.
        ["vord-h54-canadian-ot-cottage-97530"] = new(
            """
            NFP — OT — 97530 — 22 min
            Cottage prep: stepping down from a dock-ledge mock-up (20 cm) onto a rocking platform with a rail, x6; carrying a 5 kg cooler 10 m over gravel; down into and up from a low Muskoka chair, x4 — contact guard → stand-by
            Goal: get to the family cottage for the long weekend — R THR 10/52, ↓ hip flexion and balance on uneven ground
            """,
            ["Z96.641"], [OT("97530", 22)], []),

        // SA ankle ORIF 9/52: "08h30–08h45 Ther-ex (97110)" = 15 and "08h45–09h05 Gait (97116)" = 20 match; heel-toe rocks, band DF/eversion, step-ups; gait without aid 4 x 30 m, reciprocal stairs, supervision; DF degrees: passes.
        ["vord-h54-sa-weber-b-te-gait"] = new(
            """
            KAROO — 08h30–08h45 Ther-ex (97110); 08h45–09h05 Gait (97116)
            R ankle Weber B # ORIF 9/52, FWB now, boot off
            TE: seated heel-toe rocks 3 x 20; resisted DF/eversion with band 3 x 12; step-ups 15 cm 3 x 10
            Gait: without aid, 4 x 30 m; heel-toe pattern cued; stairs reciprocal with rail x12, supervision
            R ankle DF 8° (L 18°), short L step, ↓ R push-off
            """,
            ["S82.64XD"], [PT("97110", 15), PT("97116", 20)], []),

        // NZ physio, GLA:D session "(individual, not the class)" on 97110 (no one-on-one check): lunges, high-plinth SL sit-to-stand, banded side-steps with doses; R knee OA with quads weakness and medial drift; 30-s chair stand count (seconds, not minutes): passes.
        ["vord-h54-nz-glad-knee-oa-97110"] = new(
            """
            Southern Cross Physio — Pflugerville
            GLA:D session 6 (individual, not the class) — 97110 — 22 mins
            Circuit: pelvic tilt warm-up 2 x 10; forward lunges onto a step 3 x 8 each; SL sit-to-stand from a high plinth 3 x 6; side-stepping with band at ankles 3 x 5 m; knee-over-foot alignment cued in the mirror
            R knee OA — ↓ quads strength, knee drifts medially on lunges
            30 s chair stand 11 (8 at wk 1); KOOS pain 61
            """,
            ["M17.11"], [PT("97110", 22)], []),

        // US OT after CABG, 97530: pillowcases at a high bed, dishwasher to upper cabinets under 10 lb, laundry basket 20 ft, SBA and 1 rest with HR and RPE; activity tolerance and housework goal: passes.
        ["vord-h54-us-ot-cabg-housework-97530"] = new(
            """
            Niagara Frontier — OT — 97530 — 25 min
            Sternal precautions (CABG 7 wk ago) reviewed before tasks.
            Changing pillowcases and smoothing the duvet at a hospital-height bed; unloading the dishwasher to upper cabinets, lifts kept under 10 lb; carrying a laundry basket 20 ft at waist height; SBA, 1 standing rest
            ↓ activity tolerance — HR 72 → 104 with tasks, RPE 13
            Goal: manage light housework at home without her daughter's help
            """,
            ["Z95.1"], [OT("97530", 25)], []),

        // SA physio "Rx individual (physio and pt only)": "97112 — 25 min" (PNF rhythmic stabilisation, tapping step-ups, rocker weight shift; R LE recruitment; Berg, % WB) and "97530 — 15 min" (bakkie passenger seat x3, bag to the stoep and up 3 steps, contact guard; church goal) match: passes.
        ["vord-h54-sa-stroke-nmr-bakkie-97530"] = new(
            """
            KAROO PHYSIO — 18/03 — Rx individual (physio and pt only)
            97112 — 25 min: PNF rhythmic stabilisation in standing; R LE step-ups with tapping over R quads; weight shift onto R on a rocker board
             R hemiparesis — ↓ R LE motor recruitment and R stance control
             Berg 41/56; R WB 38%
            97530 — 15 min: in and out of the bakkie passenger seat (high step, grab handle) x3; carrying a 2 kg bag to the stoep and up its 3 steps with the rail x2; contact guard
             Goal: ride with her son to church and manage the steps at home
            """,
            ["I69.351"], [PT("97112", 25), PT("97530", 15)], []),

        // Scottish physio, R mid-thoracic pain: "97140 — 10 mins" (central PAs gr IV, rib springing, STM in bouts) and "97110 — 15 mins" (open book, wall angels, prone extension with doses) match; rotation degrees: passes.
        ["vord-h54-scot-thoracic-mt-te"] = new(
            """
            Snake River Physio — Eagle — T/S pain R
            97140 — 10 mins: T5–7 central PAs gr IV 3 x 30 s; R 6th rib PA springing gr III 3 x 20 s; STM R rhomboids
            97110 — 15 mins: side-lying thoracic rotation ("open book") 2 x 10 each way; wall angels 3 x 10; prone extension over a pillow 3 x 8
            R mid-thoracic stiffness, pain turning to reverse the horsebox
            T/S rot R 30° (L 45°)
            """,
            ["M54.6"], [PT("97140", 10), PT("97110", 15)], []),

        // Australian Achilles 97110: Smith-machine isometric calf raise holds with load, seated soleus, SL heel raise, pogo hops; L midportion Achilles tendinopathy; VISA-A: passes.
        ["vord-h54-aus-achilles-isometrics-97110"] = new(
            """
            Southern Cross Physio — Austin — 97110 — 20 mins
            L midportion Achilles tendinopathy — sore on first steps, low hop tolerance
            Rx: isometric SL calf raise on the Smith machine 5 x 45 s @ 40 kg; seated soleus raise 3 x 12 @ 30 kg; SL heel raise off a step 3 x 15; pogo hops 3 x 20
            VISA-A 58 (44 at IA)
            """,
            ["M76.62"], [PT("97110", 20)], []),

        // Canadian physio, PD freezing: 97116 with a laser cane 6 x 30 m through doorways, arc turns, metronome cueing, supervision; freezing counts and step length cm: passes.
        ["vord-h54-canadian-pd-laser-cane-97116"] = new(
            """
            NFP — Lockport — Gait (97116) — 20 min
            Client freezes at doorways and on turns (PD).
            Tx: walking with a laser cane, 6 x 30 m in the hallway through 2 doorways each pass; 180° turns as a wide arc rather than a pivot; auditory cueing to a metronome at 110 beats; supervision
            Freezing episodes 2 (5 last wk); step length 48 cm with cue vs 36 cm without
            """,
            ["G20.A1"], [PT("97116", 20)], []),

        // US PTA "one-on-one with pt, no other pts on PTA's schedule during the session"; BAPS circles, foam SLS with toss, retro line walking, tandem head turns; L ankle proprioception and postural control; SLS seconds and FGA: passes.
        ["vord-h54-us-pta-baps-nmr"] = new(
            """
            PTA Note — Karoo Physio, Rock Hill — 97112 NMR — 23 min
            PTA one-on-one with pt, no other pts on PTA's schedule during the session.
            Interventions: BAPS board level 3 circles cw/ccw 3 x 10; SLS on foam w/ ball toss; retro walking on a line; tandem w/ head turns
            Impairments: ↓ L ankle proprioception, ↓ postural control s/p L ankle fx
            Objective: SLS L on foam 8 s (3 s at IE); FGA 24/30
            """,
            ["S82.842D"], [PTA("97112", 23)], []),

        // Complete Irish 97112 (on-my-books one-on-one, foam/rocker/perturbations, R LE proprioception, Berg) sent with no diagnosis: diagnosis missing only.
        ["vord-h54-irish-complete-no-dx"] = new(
            """
            Snake River Physio — Meridian — 97112 — 20 mins
            Pt seen on her own; nobody else on my books for that slot.
            Tx: tandem and SL stance on foam; rocker board A/P with physio perturbations; stepping over a rope with head turns
            Imp: ↓ R LE proprioception after R TKA, ↓ postural control on turns
            Berg 48/56 (44/56 at IA)
            """,
            [], [PT("97112", 20)], [Dx]),

        // Complete Canadian 97110 (knee OA doses, L knee region, WOMAC) sent with the ICD-9 code 715.16: not a well-formed ICD-10-CM code.
        ["vord-h54-canadian-icd9-code"] = new(
            """
            NFP — 97110 — 18 min
            L knee OA: sit to stand x10 x 3; TKE with band 3 x 15; step-ups 15 cm 3 x 10; bike level 2, 3 km
            L quads weakness, knee pain on stairs; WOMAC function 31
            """,
            ["715.16"], [PT("97110", 18)], [Dx]),

        // Australian generic "Ex + balance Rx, 35 mins total. Pt tolerated well, happy with progress. Cont POC, R/V 1/52." on 97110 + 97112: generic on both, no one-on-one, no minutes per code.
        ["vord-h54-aus-generic-total"] = new(
            "Southern Cross Physio. Ex + balance Rx, 35 mins total. Pt tolerated well, happy with progress. Cont POC, R/V 1/52.",
            ["R26.81", "M62.81"], [PT("97110", 15), PT("97112", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // SA physio NMR + TE complete with minutes per code that match, but nowhere says the NMR was one-on-one.
        ["vord-h54-sa-nmr-te-no-one-on-one"] = new(
            """
            KAROO — Rock Hill
            NMR (97112) 20 min: Airex tandem with head turns; reactive steps to posterior pulls; clock stepping to called numbers
              ↓ postural control, delayed backward stepping
              TUG 12.4 s; 5 of 8 posterior pulls recovered in one step
            TE (97110) 15 min: sit to stand x10 x 3; heel raises 3 x 15; side-stepping with band 3 x 10 m
              B hip abductor + calf weakness
            """,
            ["R26.81", "M62.81"], [PT("97112", 20), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // "Manual therapy to L knee — 10 mins" with region, stiffness and flexion degrees but no manual technique named: technique missing.
        ["vord-h54-97140-no-technique-named"] = new(
            """
            Southern Cross — Manual therapy to L knee — 10 mins
            L knee stiff after TKA (wk 7); flexion 95° → 101° after Rx
            """,
            ["Z96.652"], [PT("97140", 10)], [At(Tech, "97140")]),

        // PT/OT co-treat: "PT — 97112 — 20 min" (1:1) complete, OT 97530 section complete but with no minutes: separate time missing.
        ["vord-h54-cotreat-ot-no-minutes"] = new(
            """
            NFP — PT/OT co-treat, both therapists with this client only
            PT — 97112 — 20 min: stepping to targets on foam with perturbations; rhythmic stabilisation in standing at the bench
             L hemi-inattention + ↓ L LE motor recruitment (R MCA CVA); Berg 38/56
            OT — 97530: making a sandwich at the bench, retrieving items from the L side of the fridge; 3 verbal cues to scan L; stand-by assist
             Goal: make her own lunch safely
            """,
            ["I69.354"], [PT("97112", 20), OT("97530", 15)], [SepTime]),

        // PTA 97110 "TE as per flowsheet — bridges, clams, SLR; pt reports less pain in R hip": exercises and a region but no dose or number: measure missing.
        ["vord-h54-pta-te-no-dose"] = new(
            "Snake River Physio — PTA note. 97110 TE as per flowsheet — bridges, clams, SLR, standing hip extension at the counter. Pt reports less pain in R hip on the stairs. Cont.",
            ["M16.11"], [PTA("97110", 15)], [At(Measure, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
