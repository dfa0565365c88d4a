using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The fifty-eighth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not read
/// the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder
/// (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of plain notes from ordinary clinics in Hawaiʻi, Alaska and Guam, in the proportions
/// a billing manager sees them — about two thirds ordinary and complete (67 of 106), single- and multi-code visits
/// (97110, 97112, 97116, 97140, 97530, up to three in a visit), by US-trained PTs, PTAs and OTs, from six
/// employers, each with its own EMR template:
/// <list type="number">
/// <item>an Oahu hospital system's outpatient rehabilitation ("Kaimana Health": Honolulu on Kapiʻolani, Kapolei,
/// Kāneʻohe) with a "PT / OT Treatment Note" of "Pt states:", "Skilled tx:", "Impairment:" and "Measures:"
/// headings, "Delivered one-to-one: PT with this pt only", a "Treatment type: [✓] Individual (1:1) [ ] Concurrent
/// [ ] Group" row and a Code / Description / Units / Minutes table; a slipper lost at a King Street bus stop, the
/// Handi-Van from Kaimukī, a canoe club's steersman and an OC-1 paddler on Kāneʻohe Bay, the kupuna ukulele group's
/// tuning pegs, weeding the yard, pebble and lauhala mats, the ʻohana watching to learn to guard;</item>
/// <item>a Hilo and Kona private practice ("Mauka Makai Physical Therapy") whose PTs write lower-case "s:",
/// "o/tx", "deficit:" and "#s:" lines over a "TIMED (min): 97112 = 22" footer; vog and Hilo rain, the bayfront,
/// mac nuts raked and picked up under the trees, Hōlualoa coffee rows on a slope, lava-rock and ʻaʻā paths, a
/// sportfishing charter out of Honokōhau, the Kailua Bay regatta, the AlterG and HawkGrips;</item>
/// <item>a Maui clinic ("Haleakalā Rehab Associates": Kahului, Kīhei, Pukalani) with numbered code rows
/// ("1) 97112 Neuromuscular re-ed — 21 min ☑ 1:1") and "Did → / Focus → / Result →" lines, "[— select —]"
/// fields left unfilled; a Wailea housekeeper's work-simulation log, Cawthorne-Cooksey for a tour driver sick on
/// the Hāna highway, graded motor imagery for a CRPS hand, Kula onion and lavender farms, a patient displaced by
/// the Lahaina fire, paddleboards at a rental shack;</item>
/// <item>an Anchorage orthopaedic and neuro practice ("Knik Arm Orthopaedic &amp; Neuro Rehab": Midtown, South
/// Anchorage, Eagle River) charting "Dx/Hx:", "Today:" and "CPT / min: 97140 / 12" lines and a neuro re-ed
/// flowsheet of ☑ / ☐ rows; a moose on the Glenn Highway and in the parking lot, glare ice and microspikes, a
/// halibut charter out of Seward, a Bristol Bay setnetter's PILE-style lifts, the Merrill Field tower, the winter
/// dark, Mulligan SNAGs, a VR headset's star field and Nordic walking poles;</item>
/// <item>a Fairbanks and Mat-Su practice ("Tanana–Susitna Rehabilitation": Fairbanks, Wasilla, Palmer) with
/// "Travel/lodging:", "Family present:", "Delivery:" and "Minutes (face-to-face):" lines and an exported-fields
/// form ("OneOnOne: Y", "Minutes_97112: 22"); Alaska Native Elders and rural patients flown in from Fort Yukon,
/// Galena, Allakaket, Tanana, Minto and Beaver and staying at the patient hostel, a fish wheel on the Yukon, a
/// cache, a snow-machine rollover, firewood and the woodstove, −31 °F, float planes on Lake Lucille, LSVT BIG and
/// the Otago programme;</item>
/// <item>a Guam clinic for military retirees and their families ("Marianas Veterans &amp; Family Therapy":
/// Tamuning, Dededo, Hagåtña) with "MVFT // site //" headers, "Svc 97112 Neuromuscular re-ed — 23 mins" rows,
/// "Constant one-on-one attendance: ☑ Yes ☐ No", a done / held grid and an assist-level row with the choice in
/// parentheses; Navy, Air Force and Marine retirees, typhoon shutters, boonie stomps, the Santa Barbara fiesta
/// procession in Dededo, titiyas and red rice, the Agat marina, Paseo, the Chamorro Village market, blood flow
/// restriction, muscle energy technique and a transtibial amputee's new socket.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h58-…): one-on-one in these writers' own words ("Delivered one-to-one: PT with this pt only,
/// start to finish", "hands-on 1:1 in a private tx room for the whole NMR", "PT worked with Elder one-on-one" with a
/// granddaughter watching, "treated individually — no other pt under my care", "OT with this client only, no
/// overlap", "1:1 — therapist and pt only in the tx area, 0700 slot", "seen one on one in the vestibular room"),
/// notes that negate it (the PT running another patient's knee programme on the next table, a PTA alternating
/// between two patients, a "balance hour" of three patients at stations, "Not one-on-one today" with two Elders off
/// one flight) or never state it (a Kona NMR + TE), and a PTA's 97116 in a busy gym, which has no one-on-one
/// check;</item>
/// <item>class 2 (v2-h58-…): template states: "[✓] Individual (1:1)" and "[✓] Concurrent" rows, a neuro re-ed
/// flowsheet with its technique and deficit rows ticked and one with every deficit box empty, a measures line of
/// blanks, exported fields with "OneOnOne: Y" and "OneOnOne: N", an assist-level row with CGA in parentheses,
/// "[— select —]" fields beside "balance training, tolerated well", a work-simulation log, a minutes box left
/// "[__]" for the second code, "Constant one-on-one attendance: ☑ Yes", a done / held exercise grid;</item>
/// <item>class 3 (v3-h58-…): named protocols, programmes and devices as techniques (the SoloStep overhead track,
/// Cawthorne-Cooksey, Mulligan SNAGs, the Otago strength section, blood flow restriction at 80 % LOP, the AlterG,
/// graded motor imagery with a mirror box, Nordic walking poles, muscle energy technique, a PILE-style lifting
/// progression), LSVT BIG with no number, a VR star field with no deficit and IASTM with no parameter;</item>
/// <item>class 4 (v4-h58-…): deficits stated as findings (a slipper that slides off unnoticed and absent vibration,
/// a quad lag and a knee that gives on the third step, freezing at an automatic door, a foot that slaps after a
/// snow-machine rollover, a shoulder hike and painful arc, flexor tone and slow release, a list to the L after a
/// schwannoma resection, recurvatum in midstance, slow irregular alternating movements and a tipping spoon) and
/// notes that state none ("no complaints, doing great" on a 97112, strength and motion normal on a 97110,
/// "impairments as previously documented");</item>
/// <item>class 5 (v5-h58-…): measures in their usual forms (vHIT gain, kneel-to-stand seconds, comfortable and
/// fast 10MWT, hand-held dynamometry in kg, the four mCTSIB conditions, SPPB and its parts, Jamar grip and pinch,
/// stairs timed to a loft, the Figure-of-8 Walk) and notes with none ("better than last week" on a 97112, a walker
/// taken to the truck that "did well", chair exercises whose doses were "not recorded");</item>
/// <item>class 6 (v6-h58-…): minutes in their usual forms (a Code / Units / Minutes table, clock ranges with the
/// minutes beside them, "CPT / min: 97140 / 12 mins" for three codes, PT and OT each on their own line, "17 min."
/// after a dotted leader, one code in two blocks that add up, the same code by PT and by OT), true mismatches (a
/// 97112 stopped early for blood pressure against its scheduled minutes, a PTA's "25 mins", an OT's "97530 / 14",
/// the gait part of a three-code visit) and truly missing separate time ("NMR + TE = 35", manual therapy timed and
/// ther ex not, units without minutes);</item>
/// <item>class 7 (v7-h58-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a charter captain's trunk programme), 97530 (a fish wheel's totes and
/// riverbank step), 97140 (a paddler's posterior capsule) and 97116 (packed snow in ice cleats), and wholly generic
/// 97530 and 97140 + 97110 notes;</item>
/// <item>ordinary (vord-h58-…): complete notes of the six employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete two-code note with no diagnosis, an ICD-9 code, a generic
/// two-code note with a total, a 97112 that never says one-on-one, a PTA ther-ex time that differs, a 97140 that
/// names no manual technique.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry many numbers of the islands and the North that are not minutes of a
/// billed code — temperatures, flight and hostel days, clock times of a slot, loads, distances, cuff pressures,
/// degrees, weeks since surgery — and none is written as minutes. DOC_GENERIC_ONLY is expected only where the
/// note names no technique, deficit or measure at all. A 97112 passes the measure check only on an objective
/// measure with a number and fails it only when the note has no number but its code, its minutes and numbers
/// that are plainly something else; for the other codes a dose (sets, repetitions, load, hold, distance,
/// assistance level) is a measure. One-on-one is judged on the billed minutes: a family member watching does not
/// undo a one-on-one statement, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception
/// inside the billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit
/// or a measure without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the
/// only number, a cueing level as the only measure, an exercise's name as a 97110's only region, "gait
/// training" as the whole of a 97116 note, a 97530 with no deficit, a visit's total time with one timed code,
/// minute ranges and approximate minutes for a code, minutes of an exercise, canalith repositioning, three-
/// character or dotless diagnosis codes, and any line with a code that has no documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 102 of 106 cases agree (104 needed), and 2 of the 67 notes the reviewer passes got a finding, on the
/// analyzer of 594db77 (the start of the 2026-12-05 eighth session) — its first run: nothing had changed before it, so this is
/// also the held-out figure.
/// </para>
/// <para>
/// After: development data from that run, worked through (with three read-only reviews of the readings): 106 of 106, no false
/// positive — Hawaii, Alaska and Guam: "OT w/ client 1:1" beside a tipping spoon and an overshoot (now a deficit), "Vestibular (HIT / HS) .... WNL"-style rows, "TIMED (min): NMR + TE = 35", a ukulele pick and pouring as 97530 tasks. New examples in NotesAsWrittenTests "fifty-eighth-to-sixty-second-sets", the reviews' controls in
/// "review-of-the-fifty-eighth-to-sixty-second", "second-review-…" and "third-review-…".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FiftyEighthTests(ITestOutputHelper output)
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

        // Kapolei steersman: "Delivered one-to-one: PT with this pt only, start to finish"; wobble-cushion steering strokes with pushes, tall-kneel reaches, half-kneel transitions; R truncal ataxia after a cerebellar infarct; FIST and k of 10: passes.
        ["v1-h58-kapolei-one-to-one-canoe-steersman"] = new(
            """
            KAIMANA HEALTH · Outpatient Rehabilitation · Kapolei
            PT Treatment Note — visit 7 of 12
            Pt states: wants to steer for his canoe club again by the summer regatta; still "tips" when he reaches forward for the stroke.
            Skilled tx: Neuromuscular re-ed (97112) — 23 minutes. Delivered one-to-one: PT with this pt only, start to finish.
              · sitting on a wobble cushion, steering-stroke pattern w/ a weighted dowel L and R, unannounced pushes at the shoulders
              · tall-kneeling on the mat w/ reaches across midline to targets
              · half-kneel ↔ stand transitions leading w/ the R
            Impairment: R truncal ataxia + delayed trunk righting after a R cerebellar infarct (08/2025)
            Measures: FIST 47/56 (41 at eval); seated reach past BOS 8 of 10 w/o a hand down
            Plan: progress to standing on the rocker board
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // Hilo: while the PT set up and ran another patient's knee programme on the next table, this patient did the foam and rocker stations with the tech spotting: not one-on-one and nothing states it; foam/rocker/tandem, neuropathic somatosensory loss, foam seconds and steps present.
        ["v1-h58-hilo-next-table-knee-program"] = new(
            """
            Mauka Makai PT — Hilo — daily
            s: rain all wk, she's been walking laps at the mall instead of the bayfront.
            o/tx: balance circuit — foam stance EO then EC, rocker board A/P, tandem along the parallel-bar line
            While I set up Mr. K.'s electrodes and ran his knee program on the next table, she went through the foam and rocker stations with the tech spotting.
            deficit: ↓ somatosensory input both feet (DM neuropathy) → relies on vision; sways hard w/ EC
            #s: foam EC 7 s; tandem 9 steps before a side-step
            TIMED (min): 97112 = 22
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Midtown Anchorage vestibular: "hands-on 1:1 in a private tx room for the whole NMR"; VOR x1 on a busy background, head-turn walking in a dimmed hall, foam; L hypofunction with blurred gaze; DVA lines and DGI: passes.
        ["v1-h58-midtown-private-room-vestibular"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — Midtown
            Dx/Hx: L vestibular neuritis in Dec; worst in the winter dark — no horizon to fix on walking out to the car after work.
            Today: hands-on 1:1 in a private tx room for the whole NMR.
            CPT / min: 97112 / 21
              - VOR x1 yaw + pitch, letter card on a checkerboard background, sitting → standing feet together
              - walking w/ horizontal head turns in the dimmed hallway
              - standing on foam w/ VOR x1
            Impairment: L peripheral vestibular hypofunction — gaze blurs w/ quick head turns to the L
            Objective: DVA 3 lines lost (5 at eval); DGI 19/24
            """,
            ["H81.22"], [PT("97112", 21)], []),

        // Fairbanks Elder flown in from Fort Yukon: "PT worked with Elder one-on-one" while the granddaughter watched to learn the home programme (not treated); releases, foam head turns, step-and-turn, uneven mats; stepping reactions and ankle proprioception with a fish-wheel goal; Berg and k of 8: passes.
        ["v1-h58-fairbanks-elder-granddaughter-watching"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Fairbanks — PT Visit
            Travel/lodging: flew in from Fort Yukon Mon, staying at the patient hostel through Fri (3-visit block).
            Family present: granddaughter Kaylee — watched from the chair to learn the home program; not treated.
            Delivery: PT worked with Elder one-on-one for the balance work.
            NMR 97112 — 24 minutes, face-to-face
              • lean-and-release reactive steps forward + sideways
              • foam stance w/ head turns, then stepping up onto a 4" step and turning
              • walking across the gravel mat and the tussock (uneven) mat
            Why: slow stepping reactions, ↓ ankle proprioception; goal — walk the riverbank down to his fish wheel this summer
            Objective: Berg 44/56; 5 of 8 releases recovered w/ one step
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // Dededo PTA: the gym was double-booked and the PTA "alternated between this pt and the 1430 pt on the mat table": not one-on-one; half-dome catches, cone side steps, Airex SLS; ankle proprioception after ORIF; SLS seconds present.
        ["v1-h58-dededo-pta-alternating-two-pts"] = new(
            """
            MVFT // Dededo // Daily Tx — PTA
            Hx: USAF ret. (MSgt), R lat malleolus ORIF 11/2025; wants to get back to the weekend boonie stomps.
            Tx: gym was double-booked — I alternated between this pt and the 1430 pt on the mat table, station to station.
              Svc 97112 Neuromuscular re-ed — 24 mins
               - half-dome stance R w/ ball catches
               - side steps over cones, lateral lunges to a line
               - SLS R on the Airex w/ reaches
            Obj: SLS R 7 s (L 21 s); 3 of 5 cone passes w/o a touch-down
            Asmt: R ankle proprioception + postural control ↓ on uneven ground
            """,
            ["S82.61XD"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // Kona coffee farmer: NMR 20 and TE 15 match and both are complete (slope board with pelvic perturbations, foam SLS, beam tandem; exercises with doses; proprioception on slopes and quad/hip weakness; SLS and 5xSTS), but nothing says one-on-one.
        ["v1-h58-holualoa-coffee-never-states"] = new(
            """
            Mauka Makai PT — Kona — daily
            s: picking season in Hōlualoa — walking the rows on the slope all morning; L knee sore but no falls.
            tx:
              NMR — slope board (incline) stance w/ perturbations at the pelvis, SLS on foam L/R, tandem walk on the 2x4 beam
              TE — step-ups 6" 3 x 10, wall sits 3 x 30 s, TKE w/ blue band 3 x 15, side-lying hip abd 2 x 12
            deficit: ↓ L knee/ankle proprioception on slopes; quad + hip abd weakness (L quad 4-/5)
            #s: SLS L 5 s, R 9 s; 5xSTS 14.2 s
            TIMED (min): 97112 = 20 · 97110 = 15
            """,
            ["M17.12", "R26.81"], [PT("97112", 20), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // Kahului PTA 97116 in a busy gym (three patients on the floor): 97116 has no one-on-one check; SPC → no device, ramp and curb cut; Trendelenburg lurch after THA with a hotel-job context; distance, SBA and gait speed; 21 matches: passes.
        ["v1-h58-kahului-pta-gait-busy-gym"] = new(
            """
            HALEAKALĀ REHAB ASSOCIATES — Kahului · PTA
            Busy gym this a.m. — 3 pts on the floor with the PT and me.
            1) 97116 Gait training — 21 min
               Did → SPC in the R hand → no device in the hallway, then the outside ramp and the curb cut by the parking lot
               Focus → L Trendelenburg lurch, short R step after L THA (8 wk); hotel laundry job = on her feet all shift
               Result → 3 x 150 ft w/o device, SBA; gait speed 0.91 m/s
            """,
            ["Z96.642", "Z47.1"], [PTA("97116", 21)], []),

        // Tamuning Navy retiree with PD: "treated individually — no other pt under my care during this NMR"; big stepping to targets, belt-tug recovery steps, counted box turns; retropulsion and freezing; pull test, TUG and freezes: passes.
        ["v1-h58-tamuning-treated-individually-pd"] = new(
            """
            MVFT // Tamuning // Daily Tx
            Hx: USN ret. (chief machinist's mate), PD dx 2021; wants to walk in the Santa Barbara fiesta procession in Dededo this year.
            Tx: treated individually — no other pt under my care during this NMR.
              Svc 97112 Neuromuscular re-ed — 22 mins
               - big stepping to taped targets fwd/back/side
               - backward recovery steps from a belt tug
               - turns inside a taped box, counting out loud
            Obj: pull test 3 steps; TUG 12.8 s; froze 2 of 4 turns
            Asmt: retropulsion + freezing on turns (PD)
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // Wasilla "balance hour": three patients working stations at once with the PT rotating between them: not one-on-one and nothing states it; rocker, foam beam, hurdles; ankle/hip strategies after ice falls; Berg and steps present.
        ["v1-h58-wasilla-balance-hour-stations"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Wasilla — PT Visit
            Scheduled in the Tues "balance hour": 3 pts working stations at once, PT rotating between them.
            NMR 97112 — 22 minutes
              • rocker board A/P w/ ball toss
              • foam beam walking forward + backward
              • stepping over the hurdle row to a stop
            Why: ↓ ankle + hip strategies; 2 falls on the ice in Jan (driveway)
            Objective: Berg 46/56; foam beam 8 steps before a touch
            """,
            ["R26.81", "R29.6"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Honolulu OT 97112: "OT with this client only, no overlap with other clients"; open-hand weight bearing, PNF D1 with approximation, place-and-hold; extensor recruitment and flexor synergy with a rice-bowl goal; FMA-UE and degrees: passes.
        ["v1-h58-honolulu-ot-client-only"] = new(
            """
            KAIMANA HEALTH · Outpatient Rehabilitation · Honolulu (Kapiʻolani)
            OT Treatment Note
            Client states: wants to hold her chopsticks and rice bowl in the R hand at family dinner again.
            Skilled tx: Neuromuscular re-ed (97112) — 23 minutes. OT with this client only, no overlap with other clients.
              · weight bearing through the R open hand on the mat table w/ trunk shifts
              · PNF D1 flexion R UE w/ approximation + quick stretch
              · place-and-hold of the R forearm at target heights
            Impairment: poor R wrist/finger extensor recruitment, flexor synergy on reach (L MCA stroke 10/2025)
            Measures: FMA-UE 29/66; active finger extension R 20° (10° last wk)
            """,
            ["I69.351"], [OT("97112", 23)], []),

        // Kāneʻohe 0700 slot: "1:1 — therapist and pt only in the tx area"; NMR 24 and TE 14 match; beam with head turns, cone step-overs to SLS holds, foam catch; exercises with doses; knee proprioception and quad lag after TKA; FGA and flexion: passes.
        ["v1-h58-kaneohe-therapist-and-pt-only-0700"] = new(
            """
            KAIMANA HEALTH · Outpatient Rehabilitation · Kāneʻohe
            PT Treatment Note
            Pt states: rain on the Koʻolau side all wk; did her home exercises on the covered carport.
            Skilled tx (1:1 — therapist and pt only in the tx area, 0700 slot):
              Neuromuscular re-ed (97112) — 24 minutes: tandem walk on the balance beam w/ head turns, step-overs of 2 cones to a 3-s SLS hold, foam stance w/ catch-and-throw
              Therapeutic exercise (97110) — 14 minutes: SAQ 3 lb 3 x 10, heel slides 2 x 15, step-ups 4" 2 x 10, standing hamstring curls 2 x 12
            Impairment: ↓ R knee proprioception + postural control after R TKA; quad weakness w/ extensor lag
            Measures: FGA 21/30; R knee flex 112°
            """,
            ["Z96.651", "R26.81"], [PT("97112", 24), PT("97110", 14)], []),

        // Eagle River post-concussion: "seen one on one in the vestibular room"; optokinetic stripes while marching and walking, VOR x1 on foam, pitch-turn walking with naming; visual motion sensitivity; FGA and seconds: passes.
        ["v1-h58-eagle-river-one-on-one-concussion"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — Eagle River
            Dx/Hx: concussion 12/2025 — fell skating on Mirror Lake, back of the head on the ice.
            Today: seen one on one in the vestibular room (door shut, lights dimmed for the first part).
            CPT / min: 97112 / 20
              - optokinetic stripes video on the wall screen while marching in place, then while walking
              - VOR x1 horizontal, standing on foam
              - walking w/ pitch head turns while naming items from a list
            Impairment: visual motion sensitivity + visual-vestibular mismatch after concussion; gets foggy in the big-box store aisles
            Objective: FGA 22/30 (17 at eval); VOR x1 on foam tolerated 40 s before symptoms
            """,
            ["F07.81"], [PT("97112", 20)], []),

        // Fairbanks: "Not one-on-one today — I had both Elders in the gym at once, working side by side" (two patients off one Galena flight): fails one-on-one; foam, rocker, step-up turns; ankle proprioception with a winter church-road goal; Berg and seconds present.
        ["v1-h58-fairbanks-two-elders-not-one-on-one"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Fairbanks — PT Visit
            Travel/lodging: flew in from Galena on the same flight as another Elder from her village; both on my schedule at 1000.
            Delivery: not one-on-one today — I had both Elders in the gym at once, working side by side.
            NMR 97112 — 20 minutes
              • foam stance EO/EC
              • rocker board M/L w/ the rail
              • step-ups to a 6" block w/ a turn at the top
            Why: ↓ ankle proprioception, slow to catch herself sideways; goal — walk the river road to church in winter w/o her cane
            Objective: Berg 40/56; rocker board 6 s hands free
            """,
            ["R26.81", "M62.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, field and template states

        // Kapolei "Treatment type: [✓] Individual (1:1)"; foam EO → EC with nudges, tandem with head turns, obstacles; chemo neuropathy with somatosensory postural control; mCTSIB seconds and obstacle touches: passes.
        ["v2-h58-kapolei-individual-box-ticked"] = new(
            """
            KAIMANA HEALTH · Outpatient Rehabilitation · Kapolei
            PT Treatment Note
            Treatment type:  [✓] Individual (1:1)   [ ] Concurrent   [ ] Group
            Pt states: feet numb "like walking on sponges"; barefoot in the house, slippers everywhere else.
            Skilled tx: Neuromuscular re-ed (97112) — 22 minutes
              · standing on foam, EO → EC, w/ light pelvic nudges
              · tandem on a line, eyes on a fixed target, then w/ head turns
              · stepping over obstacles of 3 heights to a stop
            Impairment: chemo-induced neuropathy both feet — ↓ somatosensory-based postural control
            Measures: mCTSIB foam EC 11 s (of 30); obstacle course 0 touches
            """,
            ["G62.0"], [PT("97112", 22)], []),

        // Kāneʻohe "Treatment type: [ ] Individual (1:1) [✓] Concurrent": not one-on-one; scale weight shifts with mirror, pelvic rhythmic stabilization, banded stepping; L recruitment after R MCA stroke; kg and Berg present.
        ["v2-h58-kaneohe-concurrent-box-ticked"] = new(
            """
            KAIMANA HEALTH · Outpatient Rehabilitation · Kāneʻohe
            PT Treatment Note
            Treatment type:  [ ] Individual (1:1)   [✓] Concurrent   [ ] Group
            Skilled tx: Neuromuscular re-ed (97112) — 20 minutes
              · L weight shift in stride stance onto a bathroom scale, mirror feedback
              · rhythmic stabilization at the pelvis in standing
              · lateral stepping to the L w/ a band at the knees
            Impairment: L hemiparesis (R MCA) — L hip/knee recruitment poor, keeps weight off the L in standing
            Measures: wt thru L LE 31 kg of 70 kg; Berg 42/56
            """,
            ["I69.354"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // South Anchorage flowsheet: "Delivery ☑ 1:1", technique rows PNF / perturbation / compliant surface ticked, deficit rows motor recruitment and postural control ticked, Mini-BESTest; 23 matches: passes.
        ["v2-h58-south-anchorage-flowsheet-ticked"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — South Anchorage (Huffman)
            Neuro re-ed flowsheet
              Delivery ........ ☑ 1:1   ☐ concurrent
              Techniques ...... ☑ PNF (pelvic patterns)  ☑ perturbation  ☑ compliant surface  ☐ gaze stabilization  ☐ habituation
              Deficits ........ ☑ motor recruitment L LE  ☑ postural control  ☐ vestibular  ☐ somatosensory
              Test ............ Mini-BESTest 17/28
            CPT / min: 97112 / 23
            Notes: drove in from Girdwood; Seward Hwy was fine.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // Eagle River flowsheet with 1:1 and technique rows ticked and a TUG, but every deficit box empty and "other: ______" blank, nothing else naming a deficit: deficit missing.
        ["v2-h58-eagle-river-deficit-boxes-empty"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — Eagle River
            Neuro re-ed flowsheet
              Delivery ........ ☑ 1:1   ☐ concurrent
              Techniques ...... ☐ PNF  ☑ perturbation  ☑ compliant surface  ☐ gaze stabilization  ☑ obstacle negotiation
              Deficits ........ ☐ motor recruitment  ☐ postural control  ☐ vestibular  ☐ somatosensory  ☐ other: ______
              Test ............ TUG 11.8 s
            CPT / min: 97112 / 21
            Notes: moose in the lot again; pt waited in his truck till it wandered off.
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // Hilo on a vog day: "one-on-one, only pt in the gym", rhythmic stabilization, cued stepping with perturbation, backward walking, stepping-reaction deficit after a parietal stroke — but "Berg ____ TUG ____ SLS ____ (not done)" and no number but the code's minutes: measure missing.
        ["v2-h58-hilo-measure-fields-blank"] = new(
            """
            Mauka Makai PT — Hilo — daily
            s: vog thick today, she was short of breath on the walk in from the car; sat and rested first.
            o/tx (one-on-one, only pt in the gym):
              - rhythmic stabilization in standing, then on the half foam roll
              - stepping to colored dots on cue w/ a trunk perturbation
              - backward walking along the wall
            deficit: ↓ R ankle strategy + slow protective stepping after a R parietal stroke; R foot sensation dulled
            measures:  Berg ____   TUG ____   SLS ____   (not done — ran out of time)
            TIMED (min): 97112 = 18
            """,
            ["I69.398"], [PT("97112", 18)], [At(Measure, "97112")]),

        // Wasilla exported fields: "OneOnOne: Y", technique, impairment, "Measure: Berg 45/56; foam beam 12 steps", "Minutes_97112: 22" matches: passes.
        ["v2-h58-wasilla-exported-fields-y"] = new(
            """
            TSR Wasilla | PT Visit | exported fields
            OneOnOne: Y
            Technique: rocker board A/P + M/L; foam beam walking; lateral pushes in narrow stance
            Impairment: ↓ ankle + hip strategies (R hip intertrochanteric fx, ORIF 10/2025)
            Measure: Berg 45/56; foam beam 12 steps
            Minutes_97112: 22
            FamilyPresent: husband (drove her in from Big Lake)
            """,
            ["S72.141D"], [PT("97112", 22)], []),

        // Palmer exported fields: "OneOnOne: N" with a complete technique, neuropathic impairment, mCTSIB and monofilament, minutes matching: one-on-one missing.
        ["v2-h58-palmer-exported-fields-n"] = new(
            """
            TSR Palmer | PT Visit | exported fields
            OneOnOne: N
            Technique: foam stance EC; tandem w/ head turns; BAPS board level 3 in standing
            Impairment: ↓ plantar sensation both feet (DM neuropathy) → sways w/ EC
            Measure: mCTSIB foam EC 9 s; monofilament 5/10 sites R
            Minutes_97112: 23
            FamilyPresent: none
            """,
            ["E11.42"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Hagåtña gait form: quad cane on tile, carpet and the ramp with cues (technique), knee snapping back and late toe drag (deficit), "Assist level (circle one): … (CGA) …" as the measure; 18 matches: passes.
        ["v2-h58-hagatna-assist-level-circled"] = new(
            """
            MVFT // Hagåtña // Gait
            Svc 97116 Gait training — 18 mins
            Device: quad cane, L hand
            Trained: quad cane on the tile corridor, the carpeted waiting room, the outside ramp to the parking lot, turning at the end of each pass; cues for R heel strike
            Seen: R knee snaps back in stance, R toe drags late in swing (L MCA stroke)
            Assist level (circle one):  I   Mod I   SBA   (CGA)   Min A   Mod A   Max A
            """,
            ["I69.351"], [PT("97116", 18)], []),

        // Pukalani row "☑ 1:1" with Technique / Deficit / Measure left "[— select —]" and only "balance training, tolerated well. Continue POC.": no technique, deficit or measure, generic only; 15 matches.
        ["v2-h58-pukalani-select-fields-unfilled"] = new(
            """
            HALEAKALĀ REHAB ASSOCIATES — Pukalani
            1) 97112 Neuromuscular re-ed — 15 min   ☑ 1:1
               Technique → [— select —]
               Deficit → [— select —]
               Measure → [— select —]
               Comment → balance training, tolerated well. Continue POC.
            """,
            ["R26.81"], [PT("97112", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // Kīhei OT work-simulation log (station / load / reps / help: sheets, linen cart, towel stack, tub scrub) for a Wailea housekeeper; R shoulder weakness after RTC repair with a return-to-work goal; 26 matches: passes.
        ["v2-h58-kihei-ot-work-sim-log"] = new(
            """
            HALEAKALĀ REHAB ASSOCIATES — Kīhei · OT
            1) 97530 Therapeutic activities — 26 min
               Work-sim log (housekeeping, Wailea resort)
                 station                        load           reps          help
                 tuck + miter a king sheet      —              3 beds        SBA
                 push the linen cart over tile  loaded cart    2 x 100 ft    CGA
                 lift a towel stack to a shelf  8 lb           10            SBA
                 scrub the tub from kneeling    —              2             Min A
               Focus → R shoulder weakness + painful arc after RTC repair; goal: back to full housekeeping shifts
            """,
            ["M75.121", "Z98.890"], [OT("97530", 26)], []),

        // Fairbanks "Minutes (face-to-face): NMR 97112 [22] TE 97110 [__]": the ther-ex box left empty on a two-code visit, both sections complete and one-on-one stated: separate time missing.
        ["v2-h58-fairbanks-minutes-box-blank"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Fairbanks — PT Visit
            Travel/lodging: drove in from Nenana; plugged the truck in at the clinic (−31 °F this a.m.).
            Delivery: one-on-one, PT and pt only.
            Minutes (face-to-face):  NMR 97112 [22]   TE 97110 [__]
            NMR: foam SLS L w/ ball toss, tandem on the beam, lateral nudges in stride stance
            TE: step-ups 8" 3 x 10, heel raises 3 x 15, TKE w/ green band 3 x 12, wall squats 2 x 10
            Why: L TKA (wk 10) — L knee proprioception ↓ + quad weakness; goal: step up into the truck and onto the woodpile
            Objective: SLS L on foam 6 s; L knee flex 115°
            """,
            ["Z96.652"], [PT("97112", 22), PT("97110", 15)], [SepTime]),

        // Hagåtña "Constant one-on-one attendance: ☑ Yes ☐ No"; VOR x1 on a patterned wall, foam head turns, head-turn walking with pick-ups; R hypofunction after neuritis (dizzy at the typhoon shutters); DGI and DVA: passes.
        ["v2-h58-hagatna-constant-one-on-one-yes"] = new(
            """
            MVFT // Hagåtña // Daily Tx
            Constant one-on-one attendance:  ☑ Yes   ☐ No
            Hx: USN ret. (HMC), R vestibular neuritis after a bad cold in Jan; dizzy bending to check the typhoon shutters.
            Tx:
              Svc 97112 Neuromuscular re-ed — 23 mins
               - VOR x1 yaw/pitch w/ the target on a patterned wall
               - standing head turns on foam, feet together
               - walking w/ head turns + picking up objects from the floor
            Obj: DGI 18/24; DVA 4 lines lost
            Asmt: R vestibular hypofunction — gaze instability + postural sway with head motion
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // Dededo done / held grid: done rows with doses, lunges held for knee pain; B knee OA with quad grade and a fiesta-bench limit; 20 matches: passes.
        ["v2-h58-dededo-done-held-grid"] = new(
            """
            MVFT // Dededo // Ther Ex
            Svc 97110 Therapeutic exercise — 20 mins
              exercise                      done   held   dose
              recumbent bike warm-up         ☒      ☐      level 3
              sit-to-stand from 18"          ☒      ☐      3 x 10
              step-ups 6" fwd                ☒      ☐      2 x 10 ea
              TKE w/ blue band               ☒      ☐      3 x 12
              forward lunges                 ☐      ☒      (knee pain)
            Asmt: B knee OA, quads 4-/5; can't get up from the low benches at the fiesta tables
            """,
            ["M17.0"], [PT("97110", 20)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Honolulu 97116 in the SoloStep overhead track and harness over tile, a foam "grass" strip, stairs and a curb block; ataxic gait after a cerebellar stroke; distances, CGA and stairs; 22 matches: passes.
        ["v3-h58-honolulu-solostep-ataxic-gait"] = new(
            """
            KAIMANA HEALTH · Outpatient Rehabilitation · Honolulu (Kapiʻolani)
            PT Treatment Note
            Skilled tx: Gait training (97116) — 22 minutes
              · in the SoloStep overhead track + harness: level tile, the foam "grass" strip, 4 stairs w/ rail, stepping over a curb block
              · cues for a narrower base and slower, even steps
            Impairment: ataxic gait — wide base, lurches to the L, uneven step length (L cerebellar stroke)
            Measures: 4 x 60 ft in the harness, CGA (min A at eval); 4 stairs step-to, CGA
            Plan: progress off the track to a 4WW
            """,
            ["I69.393"], [PT("97116", 22)], []),

        // Kahului "☑ 1:1" Cawthorne-Cooksey progression (eye and head movements seated → standing → walking with a ball, bending) for a tour driver sick on the Hāna highway; visual-vestibular mismatch; FGA and DGI: passes.
        ["v3-h58-kahului-cawthorne-cooksey-hana"] = new(
            """
            HALEAKALĀ REHAB ASSOCIATES — Kahului
            1) 97112 Neuromuscular re-ed — 21 min   ☑ 1:1
               Did → Cawthorne-Cooksey progression: eye and head movements seated (slow → fast), then standing, then walking with head turns while tossing a ball hand to hand; bending to pick objects off the floor
               Focus → visual-vestibular mismatch — gets sick on the Hāna highway and in the back of the tour van (he drives for a tour company)
               Result → FGA 20/30; DGI 19/24
            """,
            ["H81.393"], [PT("97112", 21)], []),

        // Midtown 97140 Mulligan SNAGs with sets and reps and overpressure, extension SNAGs, STM, after a moose collision on the Glenn Highway; neck pain with a rotation limit; rotation degrees before and after; 12 matches: passes.
        ["v3-h58-midtown-mulligan-snags-moose"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — Midtown
            Dx/Hx: neck sprain — his Subaru hit a moose on the Glenn Hwy in Nov.
            CPT / min: 97140 / 12
              - Mulligan SNAGs C5–6 into R rotation, 3 sets of 6, overpressure on the last set
              - SNAGs into extension 2 x 6
              - STM to the R upper trap + levator
            Impairment: neck pain + R rotation limit; can't check his blind spot backing out of the garage
            Objective: cervical rotation R 48° → 62° after; L 70°
            """,
            ["S13.4XXD", "M54.2"], [PT("97140", 12)], []),

        // Fairbanks Elder from Allakaket: the Otago Exercise Programme strength section with cuff weights and reps, set up to take home; leg weakness with grades and falls with a firewood goal; 30-s chair stand; 24 matches: passes.
        ["v3-h58-fairbanks-otago-strength-home"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Fairbanks — PT Visit
            Travel/lodging: flew in from Allakaket; hostel through Thursday, then home — no PT in the village, so this is the program he takes with him.
            Treatment: Otago Exercise Programme, strength section, set up for home
              TE 97110 — 24 minutes
               • seated knee extension w/ 2-kg cuff 2 x 10 ea
               • standing knee flexion w/ 2-kg cuff 2 x 10 ea
               • side hip abduction at the counter 2 x 10 ea
               • calf raises + toe raises holding the counter 2 x 10
            Why: B leg weakness (hip abd 3+/5, quads 4-/5) and 3 falls this winter; goal — haul wood in from the pile to the woodstove
            Objective: 30-s chair stand 8; large-print handout w/ the cuff weights he'll use at home
            """,
            ["M62.81", "R29.6"], [PT("97110", 24)], []),

        // Tamuning 97110 blood flow restriction at 80 % of limb occlusion pressure with 30/15/15/15 sets and loads, then cuff-off TKE; quad atrophy after meniscectomy with girth and lag; 22 matches: passes.
        ["v3-h58-tamuning-bfr-after-scope"] = new(
            """
            MVFT // Tamuning // Ther Ex
            Hx: USAF ret., R knee partial medial meniscectomy 6 wk ago; wants to walk out over the reef flat again w/ his spear and fins.
            Svc 97110 Therapeutic exercise — 22 mins
              Blood flow restriction (BFR), R thigh cuff at 80% LOP (LOP 220 mmHg → 176 mmHg)
               - leg press 30/15/15/15 reps at 30 lb
               - knee extension 30/15/15/15 reps at 10 lb
               - standing TKE, cuff off, 3 x 15
            Asmt: R quad atrophy + weakness after the scope — thigh girth 10 cm above the patella R 44 cm / L 47 cm; quad lag 5°
            """,
            ["S83.241D", "Z98.890"], [PT("97110", 22)], []),

        // Kona 97116 on the AlterG unloaded to 75 → 90 % body weight with bouts, distances and speed, then overground on grass; antalgic gait after lateral malleolus ORIF; distance and SBA; 20 matches: passes.
        ["v3-h58-kona-alterg-ankle"] = new(
            """
            Mauka Makai PT — Kona — daily
            s: wants to be back in the coffee rows by harvest; still limps on the lava-rock driveway.
            o/tx: AlterG anti-gravity treadmill, unloaded to 75% body weight → 85% → 90%, 3 bouts of 400 m at 2.5 mph; cues for heel-to-toe on the L + equal step length; then overground on the grass strip out back
            deficit: antalgic gait, short stance + ↓ push-off on the L after L lat malleolus ORIF
            #s: overground 2 x 150 ft on grass w/o a device, SBA; no limp at 90% BW
            TIMED (min): 97116 = 20
            """,
            ["S82.62XD"], [PT("97116", 20)], []),

        // Kahului OT "☑ 1:1" graded motor imagery (laterality app, explicit imagery, mirror box) for CRPS of the R hand; disturbed body schema and motor planning; % correct, seconds and mirror reps: passes.
        ["v3-h58-kahului-ot-graded-motor-imagery"] = new(
            """
            HALEAKALĀ REHAB ASSOCIATES — Kahului · OT
            1) 97112 Neuromuscular re-ed — 24 min   ☑ 1:1
               Did → graded motor imagery: L/R hand laterality (Recognise app), explicit motor imagery of reaching for a cup, then the mirror box — R hand hidden, L hand doing finger taps + wrist circles while she watches the reflection
               Focus → CRPS R hand after a wrist fx: disturbed R hand body schema + motor planning — guarding, "hand doesn't feel like mine," slow R laterality judgments
               Result → R laterality 70% correct at 2.4 s (L 92% at 1.6 s); 10 mirror reps w/o a flare
            """,
            ["G90.511"], [OT("97112", 24)], []),

        // Wasilla LSVT BIG maximal daily exercises and functional tasks, "one-on-one, PT and pt only", PD hypokinesia with a float-plane goal, but "good effort; steps bigger by the end" and no number but the code's minutes: measure missing.
        ["v3-h58-wasilla-lsvt-big-no-number"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Wasilla — PT Visit
            Family present: wife — she flies the float plane now, he rides.
            Delivery: one-on-one, PT and pt only.
            NMR 97112 — 24 minutes
              • LSVT BIG maximal daily exercises: floor-to-ceiling reaches, side-to-side reaches, big forward and sideways steps, rock-and-reach
              • functional component tasks: sit to stand, stepping down onto a low float mock-up and back up
            Why: PD hypokinesia — small steps, slow to shift weight, cramped reaching; wants to climb onto the floats at Lake Lucille this summer
            Objective: good effort; steps bigger by the end
            """,
            ["G20.A1"], [PT("97112", 24)], [At(Measure, "97112")]),

        // South Anchorage "1:1, private room" VR headset optokinetic star field on firm floor and foam, virtual-target reaches, head-turn marching; FGA and seconds — but no deficit, impairment or system named: deficit missing.
        ["v3-h58-south-anchorage-vr-star-field-no-deficit"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — South Anchorage (Huffman)
            Today: 1:1, private room.
            CPT / min: 97112 / 20
              - VR headset, optokinetic star-field scene while standing feet together on firm floor, then on foam
              - reaching to virtual targets on both sides w/ a step
              - marching in place in the headset w/ head turns
            Objective: FGA 19/30; foam stance in the star field 25 s
            Plan: speed the scene up next visit; the daylight's back so she's walking outdoors again.
            """,
            ["H81.393"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Eagle River 97116 Nordic walking with two poles on the hall loop and paved path, cone turns, start-stop; reduced arm swing and shuffling in PD; laps, feet, SBA and gait speed with and without poles; 19 matches: passes.
        ["v3-h58-eagle-river-nordic-poles-pd"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — Eagle River
            Dx/Hx: PD, 6 yr; walked the nature-center trail w/ his daughter last fall and wants to again.
            CPT / min: 97116 / 19
              - Nordic walking w/ two poles: long-pole rhythm, opposite arm/leg, hallway loop then the paved path out back
              - turns around cones w/ the poles; stopping + starting on command
            Impairment: ↓ arm swing + short shuffling steps, en bloc turns (PD)
            Objective: 2 laps of the path (600 ft), SBA; gait speed 0.96 m/s w/ poles (0.78 w/o)
            """,
            ["G20.A1"], [PT("97116", 19)], []),

        // Hagåtña 97140 muscle energy technique for a R anterior innominate (5-s contractions, sets), SI gapping, STM, after hauling a boat trailer up the Agat ramp; SI dysfunction with a cooler-lifting limit; flexion test and fingertip-to-floor cm: passes.
        ["v3-h58-hagatna-muscle-energy-si"] = new(
            """
            MVFT // Hagåtña // Manual
            Hx: USN ret. (BMC); R low back/SI pain since hauling the boat trailer up the Agat marina ramp.
            Svc 97140 Manual therapy — 13 mins
              - muscle energy technique, R anterior innominate: supine hip-flexion contract-relax, 5-s contractions x 3, 3 sets
              - L side-lying R SI gapping mob
              - STM R QL + glute med
            Obj: standing flexion test positive R before, negative after; fingertip-to-floor 30 cm → 18 cm
            Asmt: R SI dysfunction w/ R low back pain; can't lift the cooler into the boat
            """,
            ["M53.2X8", "M54.50"], [PT("97140", 13)], []),

        // Midtown 97530 PILE-style progressive lifting with a fish tote, waist-to-shoulder lifts and hand-over-hand net pulls for a Bristol Bay setnetter; flexion intolerance and L leg weakness with a season goal; loads and counts: passes.
        ["v3-h58-midtown-pile-lifts-setnetter"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — Midtown
            Dx/Hx: L5 radiculopathy, microdiscectomy 12/2025; setnets in Bristol Bay every July — lifts fish totes and picks nets over the skiff rail.
            CPT / min: 97530 / 25
              - PILE-style progressive lifting, floor → waist, in a fish tote: 20, 30, 40, 50 lb x 4 lifts each
              - waist → shoulder: 20, 30 lb x 4
              - leaning over a rail-height bar, pulling a weighted net line hand over hand x 3 bouts
            Impairment: lumbar flexion intolerance + L leg weakness (L EHL 4/5); goal: a full setnet season
            Objective: floor → waist 50 lb, 4 of 4 lifts with a hip hinge; waist → shoulder 30 lb
            """,
            ["M51.16", "Z98.890"], [PT("97530", 25)], []),

        // Kona 97140 IASTM (HawkGrips) and cross-friction to the L Achilles for a paddler's tendinopathy, but no bouts, holds, range or other number but the code's minutes: measure missing.
        ["v3-h58-kona-iastm-no-parameter"] = new(
            """
            Mauka Makai PT — Kona — daily
            s: sore after paddling practice — he drives through the L foot on the foot brace.
            o/tx: IASTM (HawkGrips) along the L Achilles + medial gastroc, then cross-friction at the tendon insertion
            deficit: L Achilles tendinopathy, thickened + tender at the insertion
            TIMED (min): 97140 = 10
            """,
            ["M76.62"], [PT("97140", 10)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Honolulu: the finding is a R slipper that slides off unnoticed, absent vibration at the great toe, monofilament 3 of 10, forward sway EC; textured mats EO → EC, forefoot/heel shifts, tandem nudges; "one-to-one (PT + pt only)"; seconds: passes.
        ["v4-h58-honolulu-slipper-slides-off"] = new(
            """
            KAIMANA HEALTH · Outpatient Rehabilitation · Honolulu (Kapiʻolani)
            PT Treatment Note
            Pt states: lost a slipper at the bus stop on King St and didn't notice till she got home.
            Findings today: doesn't feel the R slipper slide off; vibration absent at the R great toe; 10-g monofilament 3 of 10 sites R, 6 of 10 L; sways forward w/ eyes closed
            Skilled tx: Neuromuscular re-ed (97112) — 22 minutes, one-to-one (PT + pt only)
              · standing on textured mats (pebble mat, lauhala-weave mat, foam) with eyes open → closed
              · weight shifts onto the R forefoot and heel watching the mirror, then without it
              · tandem stance w/ trunk nudges
            Measures: foam EC 6 s; tandem EC 4 s
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // Hilo 97110: the findings are a 10° quad lag, flexion 105° and a L knee that gives on the third step down (she can't squat for mac nuts); quad sets, SLR, squats, step-downs, slides with doses; 18 matches: passes.
        ["v4-h58-hilo-mac-nuts-quad-lag"] = new(
            """
            Mauka Makai PT — Hilo — daily
            s: picking up mac nuts under the trees behind the house — has to drop to one knee because she can't squat.
            findings: L quad lag 10° on SLR, knee flexion 105°, L knee gives on the 3rd step going down
            o/tx: quad sets w/ towel roll 10 x 5 s, SLR 2 x 12, mini squats at the counter 2 x 15, step-downs off 4" 2 x 8, seated knee flexion slides 2 x 15
            TIMED (min): 97110 = 18
            """,
            ["M17.12"], [PT("97110", 18)], []),

        // Eagle River 97116: freezing as the automatic door opens, festination down the ramp, shuffling in the dim hall as the findings; line-cue doorway passes, ramp descent with stops, hallway laps; distances, SBA and freezes k of 6: passes.
        ["v4-h58-eagle-river-freezes-at-auto-door"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — Eagle River
            Seen: freezes when the automatic front door starts to open; festinates going down the ramp to the lot; shuffles in the dim hallway
            CPT / min: 97116 / 20
              - walking through the automatic door w/ a "step over the line" visual cue + counting
              - ramp descent w/ long steps and a rolling walker, stopping on command halfway
              - hallway laps w/ the lights down, stepping to a metronome beat
            Objective: 4 x 100 ft + the ramp x 3, SBA; froze 1 of 6 doorway passes (4 of 6 at the start)
            """,
            ["G20.A1"], [PT("97116", 20)], []),

        // Fairbanks 97116 after a snow-machine rollover: foot slap, toe catch at the threshold, no heel-walk and a hip hike as the findings; AFO trial, hallway, ice-melt mat and packed snow in cleats; distances, SBA/CGA and toe catches: passes.
        ["v4-h58-fairbanks-snow-machine-foot-slap"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Fairbanks — PT Visit
            Travel/lodging: flew in from Tanana; rolled his snow machine on the river trail in Feb — R fibular head fx, peroneal nerve palsy.
            Findings: R foot slaps at contact, toe catches on the threshold strip, can't heel-walk on the R; hikes the R hip to clear
            Gait 97116 — 18 minutes
              • trial of a prefab posterior-leaf AFO R vs no brace
              • walking the hallway, the outdoor ice-melt mat and the packed-snow path w/ ice cleats + a cane
            Objective: w/ AFO 3 x 150 ft, SBA, no toe catches (5 without it); packed snow 100 ft, CGA
            """,
            ["G57.31", "M21.371"], [PT("97116", 18)], []),

        // Dededo 97110: a shoulder hike past 90°, a painful arc, winging on lowering and ER 4-/5 as the findings (typhoon shutters overhead); ER, Y/T, wall slides, serratus punches with doses; 20 matches: passes.
        ["v4-h58-dededo-shoulder-hike-shutters"] = new(
            """
            MVFT // Dededo // Ther Ex
            Hx: USN ret. (AO), R shoulder; can't lift the typhoon shutters into place over his head.
            Obj (findings): hikes the R shoulder to get the arm past 90°; painful arc 70°–120°; scapula wings on lowering; ER 4-/5
            Svc 97110 Therapeutic exercise — 20 mins
              - side-lying ER 2 lb 3 x 12
              - prone Y's and T's 2 x 10 each
              - wall slides w/ a towel 2 x 12
              - supine serratus punches 3 lb 3 x 12
            """,
            ["M75.41"], [PT("97110", 20)], []),

        // Kīhei OT 97530: finger-flexor tone, curling on standing and slow release (drops instead of placing) as the findings; cups, pouring, a ukulele pick; k of 10, spills and songs with a lūʻau goal: passes.
        ["v4-h58-kihei-ot-slow-release-ukulele"] = new(
            """
            HALEAKALĀ REHAB ASSOCIATES — Kīhei · OT
            1) 97530 Therapeutic activities — 22 min
               Focus → R hand flexor tone (MAS 1+ finger flexors); fingers curl when she stands; slow to let go — drops things instead of placing them
               Did → setting cups down on a tray without tipping them, pouring from a pitcher into 3 glasses, holding a ukulele pick in the R hand while strumming
               Result → placed 7 of 10 cups w/o a drop; poured 3 glasses, 1 spill; held the pick through 2 songs
               Goal → play ukulele with her church group at the Easter lūʻau
            """,
            ["I69.331"], [OT("97530", 22)], []),

        // Kapolei 97112 with "Delivered one-to-one", beam tandem, foam toss, perturbations, TUG and tandem seconds — but "no complaints, doing great" and no deficit, impairment or system named: deficit missing.
        ["v4-h58-kapolei-doing-great-no-deficit"] = new(
            """
            KAIMANA HEALTH · Outpatient Rehabilitation · Kapolei
            PT Treatment Note
            Pt states: "no complaints, doing great" — walked around the Ko Olina lagoons yesterday.
            Skilled tx: Neuromuscular re-ed (97112) — 20 minutes. Delivered one-to-one: PT with this pt only.
              · tandem walk on the balance beam
              · foam stance w/ ball toss
              · lateral perturbations in narrow stance
            Measures: TUG 10.4 s; tandem 30 s
            Plan: continue per POC
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Kona 97110 gym routine with loads and doses, but "strength 5/5 and ROM full throughout; no pain; no limits at home or out fishing": no region, impairment or goal targeted: deficit missing.
        ["v4-h58-kona-routine-nothing-limited"] = new(
            """
            Mauka Makai PT — Kona — daily
            s: feels good; keeps up his routine here since his gym in town closed.
            findings: strength 5/5 and ROM full throughout; no pain; no limits at home or out fishing
            o/tx: leg press 90 lb 3 x 12, seated row 40 lb 3 x 12, goblet squats 15 lb 3 x 10, farmer carries 20 lb ea 4 x 60 ft
            TIMED (min): 97110 = 18
            """,
            ["Z91.81"], [PT("97110", 18)], [At(Deficit, "97110")]),

        // Palmer after a vestibular schwannoma resection: listing L on quick head turns, veering L in the dark hall and oscillopsia as the findings; "one-on-one, PT and pt only"; VOR x1, foam head turns, head-turn walking with stops; DGI and side-steps: passes.
        ["v4-h58-palmer-schwannoma-lists-left"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Palmer — PT Visit
            Delivery: one-on-one, PT and pt only.
            Findings: lists to the L when she turns her head quickly; veers L walking the dark hallway; signs bounce when her husband drives the Parks Hwy (L vestibular schwannoma resected 11/2025)
            NMR 97112 — 23 minutes
              • VOR x1 horizontal w/ a target on a busy background, sitting → standing
              • standing head turns on foam, feet apart → together
              • walking with head turns and sudden stops
            Objective: DGI 15/24; walking w/ head turns — 2 side-steps to catch herself over 20 ft
            """,
            ["D33.3", "H81.8X2"], [PT("97112", 23)], []),

        // Hagåtña PTA 97116: recurvatum in midstance, a hip hike in swing and a flexed arm as the findings; hemi-walker with hamstring tap cues, rope step-overs, the covered walkway; distances, CGA and k of 10: passes.
        ["v4-h58-hagatna-pta-recurvatum"] = new(
            """
            MVFT // Hagåtña // Gait — PTA
            Seen: L knee snaps back into recurvatum in midstance; hikes the L hip to clear in swing; L arm held flexed at the side
            Svc 97116 Gait training — 20 mins
              - hemi-walker on tile, cue "soft knee" w/ a tap at the L hamstring each L stance
              - stepping over a rope on the floor leading w/ the L
              - outside on the covered walkway to the parking lot
            Obj: 3 x 100 ft w/ hemi-walker, CGA; recurvatum caught on 6 of 10 steps w/ the cue (2 of 10 at the start)
            """,
            ["I69.354"], [PTA("97116", 20)], []),

        // Tamuning 97112 "one-on-one w/ PT, no other pts in the room", PNF pelvic patterns, step-up holds, pushes, Berg and SLS — but "impairments as previously documented": no deficit named: deficit missing.
        ["v4-h58-tamuning-impairments-as-documented"] = new(
            """
            MVFT // Tamuning // Daily Tx
            Tx: one-on-one w/ PT, no other pts in the room.
              Svc 97112 Neuromuscular re-ed — 22 mins
               - PNF pelvic patterns in side-lying, then in standing
               - step-up w/ a hold on the R
               - stepping to targets w/ unexpected pushes
            Obj: Berg 43/56; SLS R 3 s
            Asmt: impairments as previously documented; progressing.
            """,
            ["I69.351"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // South Anchorage OT 97112: slow irregular alternating pronation/supination, a tipping spoon and overshooting the cup as the findings; "OT w/ client 1:1"; rhythmic stabilization, slow-reversal-hold, forearm weight bearing; 9HPT and k of 10: passes.
        ["v4-h58-south-anchorage-ot-tipping-spoon"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — South Anchorage (Huffman) · OT
            Seen: R hand pronation/supination slow + irregular on alternating; the spoon tips and spills on the way to her mouth; overshoots the cup handle
            Today: OT w/ client 1:1, treatment room B.
            CPT / min: 97112 / 21
              - rhythmic stabilization at the R elbow + shoulder, seated, then standing at the counter
              - slow-reversal-hold through pronation/supination w/ a light dowel
              - closed-chain weight bearing through the R forearm while reaching w/ the L
            Objective: 9HPT R 41 s (L 19 s); 8 of 10 spoonfuls w/o a spill
            """,
            ["I69.393"], [OT("97112", 21)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Honolulu vestibular "one-to-one (PT with this pt only)": metronome VOR x1, head-turn walking to a target, remembered-target drill; R hypofunction; vHIT gains with covert saccades and DVA lines: passes.
        ["v5-h58-honolulu-vhit-gain"] = new(
            """
            KAIMANA HEALTH · Outpatient Rehabilitation · Honolulu (Kapiʻolani)
            PT Treatment Note
            Pt states: first wk back driving the H-1; vision still "lags" when he checks his mirrors.
            Skilled tx: Neuromuscular re-ed (97112) — 22 minutes, one-to-one (PT with this pt only)
              · VOR x1 at increasing speed to a metronome, yaw then pitch, standing
              · head-turn walking w/ a visual target at the end of the hall
              · remembered-target drill (eyes closed, turn, open on the target)
            Impairment: R vestibular hypofunction — gaze blurs w/ rightward head turns
            Measures: vHIT lateral canal gain R 0.61 / L 0.97, covert saccades R; DVA 2 lines lost
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // Kāneʻohe 97530 half-kneel to stand with a garden-kneeler handle, bucket carries, low reaching for "weeds"; R knee OA with a yard-weeding goal; kneel-to-stand seconds and SBA: passes.
        ["v5-h58-kaneohe-kneel-to-stand-seconds"] = new(
            """
            KAIMANA HEALTH · Outpatient Rehabilitation · Kāneʻohe
            PT Treatment Note
            Pt states: wants to weed her yard and get back up without calling her grandson.
            Skilled tx: Therapeutic activities (97530) — 23 minutes
              · half-kneel to stand w/ a garden-kneeler handle x 5, then w/o the handle x 3
              · carrying a bucket w/ 10 lb of potting soil 40 ft x 3
              · reaching low to pull "weeds" (clothespins) off the floor mat, 12 per set x 2
            Impairment: R knee OA — pain + quad weakness limit kneeling and rising
            Measures: kneel → stand 12 s with the handle (31 s at eval); SBA w/o the handle
            """,
            ["M17.11", "Z91.81"], [PT("97530", 23)], []),

        // Kona 97116 with an SPC on concrete, grass and the ʻaʻā gravel bed, side-stepping; L toe drag and short R step in hemiparesis; comfortable and fast 10MWT, passes and CGA: passes.
        ["v5-h58-kona-10mwt-comfortable-fast"] = new(
            """
            Mauka Makai PT — Kona — daily
            s: daughter drove him down from Waimea; wants to walk the lava-rock path to the mailbox.
            o/tx: gait w/ SPC on the concrete lot, the grass strip and the ʻaʻā gravel bed out back; cues for L heel strike + an upright trunk; side-stepping on the gravel
            deficit: L hemiparesis — L toe drag on uneven ground, short R step
            #s: 10MWT comfortable 0.82 m/s, fast 1.06 m/s (SPC); gravel bed 3 passes, CGA
            TIMED (min): 97116 = 19
            """,
            ["I69.354"], [PT("97116", 19)], []),

        // South Anchorage 97110 after TKA with loads and doses; R quad weakness; hand-held dynamometry kg and knee ROM; 21 matches: passes.
        ["v5-h58-south-anchorage-hhd-kg"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — South Anchorage (Huffman)
            Dx/Hx: R TKA 9 wk; wants to ski the Hillside trails next winter.
            CPT / min: 97110 / 21
              - leg press 80 lb 3 x 10, then R only 35 lb 2 x 10
              - knee extension machine 90°–30° arc, 15 lb 3 x 10
              - step-downs off 6" 3 x 8
              - stationary bike, full revolutions, seat low, level 4
            Impairment: R quad weakness after TKA
            Objective: HHD quad R 18.2 kg / L 27.6 kg; R knee 2°–118°
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 21)], []),

        // Fairbanks "one-on-one, PT and pt only" (son in the lobby): foam EO → EC with head turns, foam beam and gravel mat, release steps; neuropathic plantar sensation loss on the dark trail to his cache; the four mCTSIB conditions in seconds: passes.
        ["v5-h58-fairbanks-mctsib-four-conditions"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Fairbanks — PT Visit
            Travel/lodging: came in on the Fort Yukon flight last night; hostel till Wed.
            Delivery: one-on-one, PT and pt only; his son waited in the lobby.
            NMR 97112 — 22 minutes
              • foam stance EO → EC w/ head turns
              • walking the foam beam + the gravel mat
              • reactive steps from a release
            Why: ↓ plantar sensation both feet (DM) — unsteady on the trail out to his cache in the dark, which is most of the day in Jan
            Objective: mCTSIB firm EO 30 s, firm EC 30 s, foam EO 30 s, foam EC 9 s
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // Hagåtña 97110 after pneumonia with loads and doses; hip and thigh weakness with a Paseo walking goal; SPPB total and parts and 5xSTS; 24 matches: passes.
        ["v5-h58-hagatna-sppb-after-pneumonia"] = new(
            """
            MVFT // Hagåtña // Ther Ex
            Hx: USAF ret., 84, home after a hospital stay for pneumonia; wants to walk the loop at Paseo in the mornings again.
            Svc 97110 Therapeutic exercise — 24 mins
              - sit-to-stand from 17" w/ a 4-lb ball 3 x 8
              - standing hip abd + ext w/ 2-lb cuffs 2 x 12 ea
              - heel raises 2 x 15
              - marching w/ 2-lb cuffs 2 x 20
            Obj: SPPB 7/12 (balance 3, gait 2, chair 2); 5xSTS 16.9 s
            Asmt: B hip + thigh weakness after the hospital stay
            """,
            ["M62.81", "R53.81"], [PT("97110", 24)], []),

        // Kahului OT 97110 after a Colles fracture: wrist, forearm, putty and finger-extension exercises with doses; wrist stiffness and weak grip; Jamar grip, pinch kg and wrist degrees: passes.
        ["v5-h58-kahului-ot-jamar-pinch"] = new(
            """
            HALEAKALĀ REHAB ASSOCIATES — Kahului · OT
            1) 97110 Therapeutic exercise — 18 min
               Did → wrist flex/ext w/ a 2-lb dumbbell 3 x 10, pronation/supination w/ a hammer 2 x 12, green putty squeezes 3 x 15, finger extension against a rubber band 2 x 15
               Focus → R wrist stiffness + weak grip after a Colles fx; cashier at a Kahului grocery, can't bag heavy items
               Result → grip R 14 kg / L 29 kg (Jamar, position 2); lateral pinch R 4 kg; wrist ext 45°
            """,
            ["S52.531D"], [OT("97110", 18)], []),

        // Wasilla 97530 stairs to a loft, firewood carries and getting down to the woodstove after an anterior THA with a loft goal; 8 steps timed in seconds, SBA and k of 3: passes.
        ["v5-h58-wasilla-loft-stairs-timed"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Wasilla — PT Visit
            Family present: daughter (drove down from Talkeetna).
            TA 97530 — 22 minutes
              • stairs to a loft: 8 steps w/ one rail, step-over-step up, step-to down
              • carrying an armload of split wood (4 pieces) from the porch mock-up to the stove, 3 trips
              • getting down to load the woodstove and back up
            Why: R anterior THA (wk 7) — hip flexor weakness; goal: sleep up in his loft again + keep the stove going
            Objective: 8 steps up in 21 s, one rail; SBA on the carry; 3 of 3 floor-level rises w/ a chair
            """,
            ["Z96.641"], [PT("97530", 22)], []),

        // Hilo 97112 "one-on-one, just her and me on the mat side": half-kneel shifts, catch drills, rocker board; slow L stepping reactions in hemiparesis — but "better than last week" and no number but the code's minutes: measure missing.
        ["v5-h58-hilo-better-than-last-week"] = new(
            """
            Mauka Makai PT — Hilo — daily
            s: says she's steadier in the kitchen, didn't grab the counter as much this wk.
            o/tx (one-on-one, just her and me on the mat side):
              - half-kneeling weight shifts w/ reaches to the L
              - stepping strategy drills — forward and lateral catches after a release
              - standing on the rocker board w/ rail support, then one hand
            deficit: L hemiparesis — slow L stepping reactions, poor L hip control
            assessment: better than last week; she's catching herself faster.
            TIMED (min): 97112 = 18
            """,
            ["I69.354"], [PT("97112", 18)], [At(Measure, "97112")]),

        // Palmer 97116 with a front-wheeled walker in the clinic, across the lot to the truck and over the threshold, antalgic gait in hip OA — but "did well", no distance, assistance level or number but the code's minutes: measure missing.
        ["v5-h58-palmer-walker-to-truck-no-number"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Palmer — PT Visit
            Gait 97116 — 16 minutes
              • front-wheeled walker on the clinic floor, out the door and across the parking lot to his truck, back in over the threshold
              • cues for step-through and an upright posture
            Why: L hip OA — antalgic, short R step, leans onto the walker
            Objective: did well; will try the cane next time.
            """,
            ["M16.12"], [PT("97116", 16)], [At(Measure, "97116")]),

        // Dededo PTA 97110: seated and standing exercises named, quad weakness with a fiesta-cooking goal, but "Doses: not recorded on the sheet today" and no number but the code's minutes: measure missing.
        ["v5-h58-dededo-pta-doses-not-recorded"] = new(
            """
            MVFT // Dededo // Ther Ex — PTA
            Hx: wife of a USN retiree; B knee OA; wants to stand through the fiesta cooking with her sisters.
            Svc 97110 Therapeutic exercise — 15 mins
              - seated LAQ
              - standing hip abduction at the counter
              - mini squats
              - heel raises
            Asmt: B quad weakness, knee pain w/ standing
            Doses: not recorded on the sheet today.
            """,
            ["M17.0"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // Eagle River 97116 after a hip fracture on black ice: figure-of-8 around cones, ice-melt mat step-overs, sanded sidewalk in microspikes; Trendelenburg and wide slow turns; Figure-of-8 Walk seconds and oversteps, distance and SBA: passes.
        ["v5-h58-eagle-river-figure-of-8-walk"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — Eagle River
            Dx/Hx: R hip fx (fell on black ice getting the mail), hemiarthroplasty 01/2026.
            CPT / min: 97116 / 17
              - figure-of-8 walking around 2 cones, SPC → no device
              - walking w/ turns + stepping over the ice-melt mat
              - outdoors on the sanded sidewalk in microspikes w/ the SPC
            Impairment: R hip abductor weakness — R Trendelenburg + a shortened L step; wide, slow turns
            Objective: Figure-of-8 Walk 8.9 s, 1 overstep (no device); sidewalk 200 ft, SBA
            """,
            ["S72.001D"], [PT("97116", 17)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Honolulu Code / Description / Units / Minutes table (97112 2 24, 97110 1 14) matching both lines; "one-to-one, PT with this pt only"; rhythmic stabilization, step-up holds, perturbed target stepping; exercises with doses; R recruitment and weakness; Berg and SLS: passes.
        ["v6-h58-honolulu-units-minutes-table"] = new(
            """
            KAIMANA HEALTH · Outpatient Rehabilitation · Honolulu (Kapiʻolani)
            PT Treatment Note
            Timed services
              Code     Description                   Units   Minutes
              97112    Neuromuscular re-ed           2       24
              97110    Therapeutic exercise          1       14
            Delivery: one-to-one, PT with this pt only.
            97112: rhythmic stabilization in standing, R step-up w/ a hold, stepping to targets w/ trunk perturbation
            97110: bridges 2 x 12, side-lying hip abd 2 x 10, seated knee ext 3 lb 3 x 10
            Impairment: R hemiparesis — poor R hip/knee recruitment; R hip + quad weakness
            Measures: Berg 45/56; R SLS 4 s
            """,
            ["I69.351"], [PT("97112", 24), PT("97110", 14)], []),

        // Hilo clock ranges with minutes beside them ("0803–0826 NMR (23 min)", "0826–0841 TE (15 min)") match; "1:1, me and him only"; foam SLS toss, beam head turns, release steps; loads and doses; knee proprioception and quad weakness; SLS and TUG: passes.
        ["v6-h58-hilo-clock-ranges-with-minutes"] = new(
            """
            Mauka Makai PT — Hilo — daily
            s: walking the bayfront again in the mornings before the rain comes in.
            0803–0826  NMR (23 min) — 1:1, me and him only: foam SLS R w/ ball toss, tandem on the beam w/ head turns, stepping strategy from a release
            0826–0841  TE (15 min) — leg press 70 lb 3 x 10, step-ups 6" 2 x 10, bridges 2 x 15
            deficit: R knee OA — ↓ R knee proprioception + quad weakness (4-/5); lost his footing on the wet bayfront grass last wk
            #s: SLS R on foam 7 s; TUG 9.8 s
            """,
            ["M17.11", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Midtown three codes "97140 / 12 mins · 97110 / 16 mins · 97112 / 10 mins (1:1 …)" all match; talocrural and subtalar glides with grades and bouts, STM; band, heel-raise and step-down doses; half-roll SLS, star taps, aisle tandem with a tray; DF stiffness, proprioception, peroneal weakness; lunge cm and SLS: passes.
        ["v6-h58-midtown-three-codes-mins"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — Midtown
            Dx/Hx: R ankle sprain — rolled it stepping off the bow of a halibut charter in Seward (09/2025); flight attendant, wants to work the galley again.
            CPT / min: 97140 / 12 mins · 97110 / 16 mins · 97112 / 10 mins (1:1 for the NMR, PT and pt only)
              97140: talocrural posterior glides gr III 3 x 30 s, subtalar lateral glides, STM to the peroneals
              97110: resisted eversion + DF w/ red band 3 x 15, R heel raises 3 x 12, lateral step-downs 2 x 10
              97112: SLS R on the half foam roll w/ reaches, star-excursion toe taps, aisle tandem walk carrying a tray
            Impairment: R ankle DF stiffness + ↓ proprioception, peroneal weakness
            Objective: lunge test R 8 cm / L 12 cm; SLS R on foam 14 s
            """,
            ["S93.401D"], [PT("97140", 12), PT("97110", 16), PT("97112", 10)], []),

        // Fairbanks PT then OT for an Elder from Minto: "PT — NMR 97112, 20 minutes (one-on-one …) · OT — TA 97530, 22 minutes" each match their own discipline's line; glute-med tapping shifts, half dome, cued stepping; fry-bread cooking tasks; L recruitment and balance with a cooking goal; Berg and batches with CGA → SBA: passes.
        ["v6-h58-fairbanks-pt-then-ot-minto"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Fairbanks — PT + OT
            Travel/lodging: flew in from Minto with her daughter; hostel through Fri.
            Minutes (face-to-face): PT — NMR 97112, 20 minutes (one-on-one, PT and pt only) · OT — TA 97530, 22 minutes
            PT/NMR: weight shift onto the L in stride stance w/ tapping over the L glute med, standing on the half dome w/ the rail, stepping to targets on a cue
            OT/TA: making fry bread — mixing dough standing at the counter, carrying the pan to the stove, turning the bread w/ tongs while the L hand steadies the pan
            Why: L hemiparesis (R MCA 11/2025) — L hip recruitment + standing balance; goal: cook for her family at home
            Objective: Berg 39/56 (PT); 3 batches mixed and fried standing, CGA → SBA (OT)
            """,
            ["I69.354"], [PT("97112", 20), OT("97530", 22)], []),

        // Dededo dotted leaders "97116 Gait training ........ 17 min." and "97110 Ther ex .............. 13 min." match; SPC → no device on tile, grass and sand; knee exercises with doses; stiff-knee gait and quad weakness after TKA; distances with SBA/CGA: passes.
        ["v6-h58-dededo-dotted-leaders"] = new(
            """
            MVFT // Dededo // Daily Tx
            Svc 97116 Gait training ........ 17 min.
            Svc 97110 Ther ex .............. 13 min.
            Hx: USMC ret., L TKA 7 wk; wants to walk the sand at Ypao Beach with the grandkids.
            97116: SPC → no device on tile, then the grass and the sand pit out back; cues for heel strike and knee flexion in swing
            97110: heel slides w/ strap 2 x 15, SAQ 3 lb 3 x 12, step-ups 6" 2 x 10, TKE w/ band 3 x 12
            Asmt: L stiff-knee gait, quad weakness; L knee 5°–108°
            Obj: 3 x 150 ft no device, SBA; sand pit 4 passes, CGA
            """,
            ["Z96.652"], [PT("97116", 17), PT("97110", 13)], []),

        // Pukalani 97530 "25 min, in two blocks (13 + 12 …)" around a call from the farm off the clock, adding up to the line; onion crates, raised-bed rises, wheelbarrow on gravel; knee OA and hip weakness with a farm goal; SBA and k of 5: passes.
        ["v6-h58-pukalani-two-blocks-onion-farm"] = new(
            """
            HALEAKALĀ REHAB ASSOCIATES — Pukalani
            1) 97530 Therapeutic activities — 25 min, in two blocks (13 + 12; he took a call from the farm in between, off the clock)
               Did → carrying onion crates (15 lb) from a pallet to a waist-high table x 6, kneeling to pull "weeds" from a raised garden mat and rising w/ a hand on the crate x 5, pushing a loaded wheelbarrow 50 ft over the gravel x 2
               Focus → L knee OA + hip weakness; goal: back to helping at the Kula onion farm at harvest
               Result → SBA throughout; 5 of 5 rises w/o help
            """,
            ["M17.12", "M62.81"], [PT("97530", 25)], []),

        // Kapolei "Neuromuscular re-ed (97112) — 12 minutes", stopped early for blood pressure, against a 25-min line billed for the slot: mismatch; one-to-one, foam/rocker/pebble mat, neuropathic postural control, foam seconds and Berg complete.
        ["v6-h58-kapolei-stopped-early-bp-mismatch"] = new(
            """
            KAIMANA HEALTH · Outpatient Rehabilitation · Kapolei
            PT Treatment Note
            Skilled tx: Neuromuscular re-ed (97112) — 12 minutes. Delivered one-to-one: PT with this pt only.
              · foam stance w/ head turns
              · rocker board M/L w/ one hand on the rail
              · walking over the pebble mat + around cones
            Impairment: ↓ somatosensory-based postural control (idiopathic polyneuropathy)
            Measures: foam EC 8 s; Berg 47/56
            Plan: BP up to 168/92 partway — stopped early, PCP notified.
            """,
            ["G62.9"], [PT("97112", 25)], [At(Mismatch, "97112")]),

        // Kona "TIMED (min): NMR + TE = 35" is the only time for two codes: separate time missing; both sections complete and "tx (one-on-one)" (foam perturbations, hurdles, beam; hip exercises with doses; abductor weakness and reactive stepping after THA; SLS and Berg).
        ["v6-h58-kona-nmr-plus-te-combined"] = new(
            """
            Mauka Makai PT — Kona — daily
            s: back from the canoe regatta in Kailua Bay — cheered from a beach chair, no paddling yet.
            o/tx (one-on-one):
              NMR — foam stance w/ perturbations, stepping over the hurdle row, tandem on the beam w/ head turns
              TE — side-lying hip abd 3 x 12, bridges 3 x 12, standing hip ext w/ band 2 x 15, step-ups 6" 2 x 10
            deficit: R hip abductor weakness + ↓ reactive stepping after R THA
            #s: SLS R 6 s; Berg 49/56
            TIMED (min): NMR + TE = 35
            """,
            ["Z96.641", "R26.81"], [PT("97112", 20), PT("97110", 15)], [SepTime]),

        // Wasilla "MT 97140 — 12 minutes; then TE" with no minutes for ther ex on a two-code visit: separate time missing; glides with grades and bouts, scapular mobs; pulleys, wand, sleeper stretch, rows with doses; capsulitis with a skiff goal; ER and flexion degrees.
        ["v6-h58-wasilla-te-minutes-not-given"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Wasilla — PT Visit
            Minutes (face-to-face): MT 97140 — 12 minutes; then TE
            MT: L GH posterior + inferior glides gr III–IV 3 x 30 s, scapular mobs side-lying
            TE: pulleys flex/scaption 2 x 15, wand ER 2 x 12, sleeper stretch 3 x 30 s, rows w/ red band 3 x 12
            Why: L adhesive capsulitis — can't reach back to pull-start the outboard on his skiff
            Objective: L ER 25° → 34° after the mobs; flex 128°
            """,
            ["M75.02"], [PT("97140", 12), PT("97110", 15)], [SepTime]),

        // Dededo PTA "Svc 97110 Therapeutic exercise — 25 mins" against a 15-min PTA line: mismatch; stepper, sit-to-stand, abduction, bridges, band extension with doses; hip OA with abductor grade and a car limit complete.
        ["v6-h58-dededo-pta-te-25-against-15"] = new(
            """
            MVFT // Dededo // Ther Ex — PTA
            Svc 97110 Therapeutic exercise — 25 mins
              - recumbent stepper, level 3
              - sit-to-stand from 18" 3 x 10
              - side-lying hip abd 2 x 12 ea
              - bridges 3 x 10
              - standing hip ext w/ yellow band 2 x 12 ea
            Asmt: B hip OA, abductors 4-/5; stiff getting out of the car after Mass
            """,
            ["M16.0"], [PTA("97110", 15)], [At(Mismatch, "97110")]),

        // South Anchorage OT "CPT / min: 97530 / 14" against a 24-min OT line: mismatch; plates to the cabinet, a parka zipped, windshield brushing with counts; shoulder weakness after a humerus fracture with a dressing/driving goal complete.
        ["v6-h58-south-anchorage-ot-97530-differs"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — South Anchorage (Huffman) · OT
            Dx/Hx: R proximal humerus fx (slipped on the ice on her front steps), 10 wk.
            CPT / min: 97530 / 14
              - putting plates up into an upper cabinet, 8 plates x 2
              - pulling on her parka and zipping it, x 3
              - brushing snow off a windshield mock-up (the mirror) w/ the long brush, 3 bouts
            Impairment: R shoulder weakness + ↓ elevation (flex 105°); goal: dress herself and drive to work
            Objective: 16 of 16 plates placed at shoulder height, SBA; parka on and zipped 3 of 3 w/o help
            """,
            ["S42.211D"], [OT("97530", 24)], [At(Mismatch, "97530")]),

        // Hilo three codes "NMR 15 min · TE 13 min · Gait 10 min" with "1:1 throughout": NMR and TE match, gait 10 against a 22-min line: mismatch on 97116 only; every section complete (PNF reversals, holds, nudged stepping; doses; SPC, ramp, CGA; recruitment and weakness; Berg and gait speed).
        ["v6-h58-hilo-three-codes-gait-differs"] = new(
            """
            Mauka Makai PT — Hilo — daily
            s: husband brought her; rain so heavy the front lot flooded — came in through the side door.
            o/tx (1:1 throughout, me and her only):
              NMR 15 min — PNF stabilizing reversals at the pelvis in standing, R step-up w/ a hold, stepping to targets w/ nudges
              TE 13 min — sit-to-stand 3 x 8, bridges 2 x 12, seated R knee ext 2 lb 2 x 12
              Gait 10 min — SPC, 2 x 150 ft in the hallway + the wet ramp, CGA; cues for R heel strike
            deficit: R hemiparesis — poor R hip/knee recruitment, R knee hyperextends; R quad weakness
            #s: Berg 44/56; gait speed 0.58 m/s
            """,
            ["I69.351"], [PT("97112", 15), PT("97110", 13), PT("97116", 22)], [At(Mismatch, "97116")]),

        // Kīhei "97140 Manual therapy — x1 unit" and "97110 Therapeutic exercise — x1 unit": units but no minutes for either of two codes: separate time missing; lumbar PAs with grade and bouts, rotation mob, STM; press-ups, bird-dogs, bridges, hinges with doses; low back pain after lifting paddleboards; fingertip-to-floor and SLR.
        ["v6-h58-kihei-units-no-minutes"] = new(
            """
            HALEAKALĀ REHAB ASSOCIATES — Kīhei
            1) 97140 Manual therapy — x1 unit
               Did → L4–5 central PAs gr III 3 x 30 s, L side-lying rotation mob, STM L QL
            2) 97110 Therapeutic exercise — x1 unit
               Did → prone press-ups 2 x 10, bird-dogs 2 x 10, bridges w/ band 3 x 12, hip hinge w/ dowel 2 x 10
               Focus → low back pain after lifting paddleboards at the rental shack; stiff lower lumbar segments, weak glutes
               Result → flexion fingertips-to-floor 35 cm → 24 cm; SLR 70° B
            """,
            ["M54.50"], [PT("97140", 12), PT("97110", 15)], [SepTime]),

        // Palmer same code by two disciplines: "PT — TE 97110, 15 minutes · OT — TE 97110, 20 minutes" each match their own discipline's line; leg and arm exercises with doses; R hemiparesis with PT and OT impairments and a water-jug goal; 5xSTS and grip: passes.
        ["v6-h58-palmer-te-by-pt-and-by-ot"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Palmer — PT + OT
            Minutes (face-to-face): PT — TE 97110, 15 minutes · OT — TE 97110, 20 minutes
            PT/TE: sit-to-stand 3 x 8, step-ups 4" 2 x 10 leading w/ the R, bridges 2 x 12, standing R hip abd w/ 1-lb cuff 2 x 10
            OT/TE: R shoulder flexion w/ a dowel 2 x 12, R elbow + wrist w/ a 1-lb weight 2 x 12 ea, R grip w/ putty 3 x 15
            Why: R hemiparesis (L MCA 10/2025) — R hip + quad weakness (PT), R UE weakness (OT); goal: carry the water jug and split kindling again
            Objective: 5xSTS 18 s (PT); R grip 11 kg (OT)
            """,
            ["I69.351"], [PT("97110", 15), OT("97110", 20)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a 97112 visit with a diagnosis: DOC_NOTE_MISSING on the line and nothing else.
        ["v7-h58-empty-97112"] = new(
            "",
            ["H81.12"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // Empty note on a PTA 97110 + 97116 visit with no diagnosis: note missing on both lines, and the diagnosis.
        ["v7-h58-empty-pta-two-codes-no-dx"] = new(
            "",
            [], [PTA("97110", 15), PTA("97116", 15)], [At(NoteMissing, "97110"), At(NoteMissing, "97116"), Dx]),

        // A note of spaces and a line break only (cells are trimmed) on an OT 97530 with a diagnosis: note missing only.
        ["v7-h58-blank-lines-ot-97530"] = new(
            "   \n   ",
            ["I69.354"], [OT("97530", 24)], [At(NoteMissing, "97530")]),

        // Empty note on a three-code visit with a diagnosis: note missing on each of the three lines and nothing else.
        ["v7-h58-empty-three-codes"] = new(
            "",
            ["M54.50"], [PT("97140", 10), PT("97110", 15), PT("97112", 14)],
            [At(NoteMissing, "97140"), At(NoteMissing, "97110"), At(NoteMissing, "97112")]),

        // 97110's meaning for a Honokōhau charter captain: trunk exercises with doses and loads (technique and measure), lumbar extensor/core endurance and a strain with a marlin-season goal (deficit); 20 matches: passes.
        ["v7-h58-kona-97110-charter-captain"] = new(
            """
            Mauka Makai PT — Kona — daily
            s: runs a sportfishing charter out of Honokōhau; strained his back gaffing an ono over the gunwale.
            o/tx: bird-dogs 3 x 10, side planks 3 x 20 s ea, deadlifts w/ a 25-lb kettlebell 3 x 8, Pallof press w/ green band 2 x 12 ea, suitcase carry 30 lb 4 x 60 ft
            deficit: ↓ lumbar extensor + core endurance after a low back strain; goal: back on the boat for marlin season
            TIMED (min): 97110 = 20
            """,
            ["S39.012D"], [PT("97110", 20)], []),

        // 97530's meaning for a fish wheel on the Yukon: tote lifts to a table, loaded step-downs, bucket carries (technique), R knee flexion after TKA with a fish-wheel goal (deficit), SBA and k of 8 (measure); 24 matches: passes.
        ["v7-h58-fairbanks-97530-fish-wheel"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Fairbanks — PT Visit
            Travel/lodging: flew in from Beaver for the week; patient hostel.
            TA 97530 — 24 minutes
              • lifting a 20-lb tote of "fish" (sandbags) from floor height onto a knee-high table x 8 — the wheel's box to the cutting table
              • stepping down off a 12" platform onto the uneven mat and back up w/ the tote x 5 — the bank to the wheel's walkway
              • carrying 2 buckets, 15 lb each, 50 ft x 3
            Why: R TKA (wk 12) — R knee flexion 100°, can't step down w/ a load; goal: run his fish wheel on the Yukon this summer
            Objective: SBA on the step-downs; 8 of 8 lifts w/ a squat, not a stoop
            """,
            ["Z96.651"], [PT("97530", 24)], []),

        // 97140's meaning for an OC-1 paddler: posterior glides with grade and bouts, a held capsule stretch, STM (technique), posterior capsule tightness and impingement at the catch (deficit), IR and horizontal adduction degrees (measure); 12 matches: passes.
        ["v7-h58-kaneohe-97140-oc1-paddler"] = new(
            """
            KAIMANA HEALTH · Outpatient Rehabilitation · Kāneʻohe
            PT Treatment Note
            Pt states: paddles OC-1 on Kāneʻohe Bay 3x/wk; R shoulder pinches at the catch.
            Skilled tx: Manual therapy (97140) — 12 minutes
              · R GH posterior glides gr III, 3 bouts of 30 s in 90° flexion
              · posterior capsule stretch (cross-body), held by PT 3 x 30 s
              · STM to R infraspinatus + teres minor
            Impairment: R posterior capsule tightness, IR limited, impingement at the catch
            Measures: R IR 35° → 48° after (L 62°); horizontal adduction 20° → 30°
            """,
            ["M75.41"], [PT("97140", 12)], []),

        // 97116's meaning on packed snow: SPC on the plowed lot and path in ice cleats, snowbank-edge steps (technique), circumduction and slipping on a flat R foot with a mailbox goal (deficit), distance, SBA and k of 10 (measure); 20 matches: passes.
        ["v7-h58-wasilla-97116-ice-cleats"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Wasilla — PT Visit
            Gait 97116 — 20 minutes
              • SPC on the clinic floor, then out on the plowed lot + the packed-snow path in ice cleats
              • cues against circumduction — "bend the R knee," heel first
              • stepping up the snowbank edge (4") and back down
            Why: R hemiparesis — R circumduction, short L step, slips when the R foot lands flat; goal: walk to the mailbox at the end of the road in winter
            Objective: 3 x 150 ft on packed snow, SBA; 10 of 10 snowbank steps w/o a loss of balance
            """,
            ["I69.351"], [PT("97116", 20)], []),

        // Generic 97530: "Therapeutic activities per POC. Pt tolerated session well, no c/o. Will continue." — no activity, deficit, goal or number.
        ["v7-h58-generic-97530"] = new(
            "Therapeutic activities per POC. Pt tolerated session well, no c/o. Will continue.",
            ["M62.81"], [PT("97530", 15)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic 97140 + 97110 with minutes for each ("MT 12 min, TE 13 min", matching): "manual therapy and ther ex as tolerated … feeling better" — no technique, deficit or measure for either code.
        ["v7-h58-generic-mt-te-minutes-each"] = new(
            "MT 12 min, TE 13 min. Manual therapy and ther ex as tolerated. Pt reports feeling better. Cont POC.",
            ["M54.50"], [PT("97140", 12), PT("97110", 13)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary notes

        // Honolulu 97110 after TKA, the Handi-Van early: knee exercises with doses and holds; flexion, extension and quad weakness; 23 matches: passes.
        ["vord-h58-honolulu-tka-handi-van"] = new(
            """
            KAIMANA HEALTH · Outpatient Rehabilitation · Honolulu (Kapiʻolani)
            PT Treatment Note
            Pt states: the Handi-Van dropped her early; knee stiff after sitting on the ride in from Kaimukī.
            Skilled tx: Therapeutic exercise (97110) — 23 minutes
              · heel slides w/ strap 2 x 15, prone hangs 3 x 30 s
              · SAQ 3 lb 3 x 12, SLR 2 x 10
              · step-ups 6" 2 x 10, TKE w/ blue band 3 x 12
            Impairment: L knee flexion 98°, extension −6°; quad weakness after L TKA (wk 5)
            Plan: add the bike next visit
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 23)], []),

        // Kapolei NMR 22 + gait 16 with "one-to-one — PT with this pt only; ʻohana observing" (son practising guarding); tapping, nudged stepping, half-kneel; hemi-walker → quad cane on tile and sidewalk; hemiparetic recruitment and toe catch; Berg, distance and CGA: passes.
        ["vord-h58-kapolei-nmr-gait-ohana-watching"] = new(
            """
            KAIMANA HEALTH · Outpatient Rehabilitation · Kapolei
            PT Treatment Note
            Pt states: son + daughter-in-law came to watch so they can help her walk out to the car at home.
            Skilled tx (one-to-one — PT with this pt only; ʻohana observing):
              Neuromuscular re-ed (97112) — 22 minutes: L weight shift w/ tapping over the L glut med, stepping strategy w/ nudges, half-kneel ↔ stand
              Gait training (97116) — 16 minutes: hemi-walker → quad cane on tile and the sidewalk to the parking lot; son practiced guarding on the last pass
            Impairment: L hemiparesis — L hip/knee recruitment poor, L toe catch; slow protective stepping
            Measures: Berg 41/56; 2 x 120 ft w/ quad cane, CGA
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 16)], []),

        // Kāneʻohe OT 97530 for the kupuna ukulele group: tuning pegs with a peg key, restringing, jar and pill bottle with joint protection; thumb CMC OA with a tuning goal; pinch kg and k of 12: passes.
        ["vord-h58-kaneohe-ot-ukulele-pegs"] = new(
            """
            KAIMANA HEALTH · Outpatient Rehabilitation · Kāneʻohe
            OT Treatment Note
            Client states: plays ukulele with the kupuna group at the senior center; can't turn the tuning pegs or restring anymore.
            Skilled tx: Therapeutic activities (97530) — 22 minutes
              · turning the tuning pegs of a practice ukulele w/ a built-up peg key, 4 strings x 3 rounds
              · restringing one string: threading, pulling it tight, wrapping at the peg
              · opening a jar + a pill bottle w/ joint-protection grips
            Impairment: R thumb CMC OA — pain + weak pinch; goal: tune and restring on her own
            Measures: lateral pinch R 3.5 kg; 12 of 12 peg turns w/ the key; restrung 1 string w/ set-up only
            """,
            ["M18.11"], [OT("97530", 22)], []),

        // Hilo after raking mac nuts: "TIMED (min): 97140 = 11 · 97110 = 15" match; lumbar PAs with grade and bouts, rotation mob, STM; press-ups, cat-camel, bridges, dead bugs with doses; stiff segments and weak hip extensors; fingertip-to-floor cm: passes.
        ["vord-h58-hilo-mt-te-mac-nut-raking"] = new(
            """
            Mauka Makai PT — Hilo — daily
            s: bent over raking mac nuts all weekend, back tight Monday.
            o/tx:
              MT — L3–5 central PAs gr III 3 x 30 s, side-lying lumbar rotation mob to the L, STM to the B erector spinae
              TE — prone press-ups 2 x 10, cat-camel 2 x 10, bridges 3 x 12, dead bugs 2 x 10
            deficit: low back pain w/ stiff L3–5 segments; weak hip extensors
            #s: flexion fingertips to floor 28 cm → 18 cm after MT
            TIMED (min): 97140 = 11 · 97110 = 15
            """,
            ["M54.50"], [PT("97140", 11), PT("97110", 15)], []),

        // Kona OC-1 paddler "1:1, only him and me in the back room": faster VOR x1 on foam, wobble-cushion paddle reaches with head turns, grass walking with stops; L hypofunction; DGI and DVA: passes.
        ["vord-h58-kona-oc1-vestibular"] = new(
            """
            Mauka Makai PT — Kona — daily
            s: wants to get back on his OC-1; the dizziness rocking on the swells has eased.
            o/tx (1:1, only him and me in the back room):
              - VOR x1 horizontal + vertical at a faster pace, standing on foam
              - sitting on a wobble cushion doing paddle-stroke reaches w/ head turns
              - walking w/ head turns + quick stops on the grass out back
            deficit: L vestibular hypofunction after neuritis; gaze instability + sway w/ head motion
            #s: DGI 20/24; DVA 2 lines lost (4 at eval)
            TIMED (min): 97112 = 22
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // Kahului PTA for a patient displaced by the Lahaina fire: NMR 20 ("☑ 1:1") and TE 15 match; foam head turns, rocker, hurdles; hip exercises with doses; ankle/hip strategies and abductor weakness after THA; SLS and Berg: passes.
        ["vord-h58-kahului-pta-displaced-lahaina"] = new(
            """
            HALEAKALĀ REHAB ASSOCIATES — Kahului · PTA
            Pt displaced since the Lahaina fire, staying w/ her cousin in Kahului; walking more on pavement now.
            1) 97112 Neuromuscular re-ed — 20 min   ☑ 1:1
               Did → foam stance w/ head turns, rocker board A/P, stepping over the hurdle row to a stop
               Focus → ↓ ankle/hip strategies after R THA; unsteady on the cousin's sloped driveway
               Result → SLS R 8 s; Berg 48/56
            2) 97110 Therapeutic exercise — 15 min
               Did → side-lying hip abd 2 x 12, bridges 3 x 12, standing hip ext w/ band 2 x 12, heel raises 2 x 15
               Focus → R hip abductor weakness (4-/5)
            """,
            ["Z96.641", "R26.81"], [PTA("97112", 20), PTA("97110", 15)], []),

        // Pukalani lavender-farm worker: TE 13 and TA 23 match; leg press, step-ups, wall sits with doses; low-bed squat-and-cut, basket carries, terrace step; quad weakness and knee OA with a harvest goal; SBA and k of 10: passes.
        ["vord-h58-pukalani-te-ta-lavender-farm"] = new(
            """
            HALEAKALĀ REHAB ASSOCIATES — Pukalani
            1) 97110 Therapeutic exercise — 13 min
               Did → leg press 60 lb 3 x 10, step-ups 6" 2 x 10, wall sits 3 x 20 s
               Focus → L quad weakness (4/5), L knee OA
            2) 97530 Therapeutic activities — 23 min
               Did → squat-and-cut at a low bed (lavender bundles) x 10, carrying a 12-lb harvest basket 60 ft x 3, stepping up and down the terrace step (8") w/ the basket x 6
               Focus → can't stay low long enough to harvest at the lavender farm where she works
               Result → SBA on the terrace step; 10 of 10 squats w/o a hand down
            """,
            ["M17.12"], [PT("97110", 13), PT("97530", 23)], []),

        // Midtown tower controller: "CPT / min: 97140 / 10 · 97110 / 15" match; thoracic PAs, suboccipital release, traction with bouts; chin tucks, W's, rows, extension with doses; cervical/thoracic stiffness; rotation degrees: passes.
        ["vord-h58-midtown-tower-controller-neck"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — Midtown
            Dx/Hx: neck pain; works the tower at Merrill Field — long shifts looking up and side to side.
            CPT / min: 97140 / 10 · 97110 / 15
              97140: upper thoracic PA mobs gr III, suboccipital release, manual cervical traction 3 x 30 s
              97110: chin tucks w/ 5-s holds 2 x 10, prone W's 2 x 10, rows w/ green band 3 x 12, thoracic extension over the foam roll 2 x 10
            Impairment: cervical + upper thoracic stiffness; neck pain turning to the L
            Objective: cervical rotation L 52° → 64°; R 68°
            """,
            ["M54.2", "M47.812"], [PT("97140", 10), PT("97110", 15)], []),

        // South Anchorage pubic rami fracture on glare ice: "one-on-one, PT and pt only, small gym"; NMR 23 and TE 15 match; release steps, foam beam, ice-melt mat step-overs; exercises with doses; protective stepping and hip weakness; Mini-BESTest and 5xSTS: passes.
        ["vord-h58-south-anchorage-pubic-rami-glare-ice"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — South Anchorage (Huffman)
            Dx/Hx: L pubic rami fx — slipped on glare ice in the grocery-store lot, Dec.
            Today: one-on-one, PT and pt only, small gym.
            CPT / min: 97112 / 23 · 97110 / 15
              97112: reactive stepping from a release (forward + to the L), walking on the foam beam, stepping over the ice-melt mat with head turns
              97110: sit-to-stand 3 x 10, side-lying hip abd L 2 x 12, bridges 2 x 15, standing hip flexion w/ 2-lb cuff 2 x 12
            Impairment: slow protective stepping, ↓ postural control; L hip weakness (abd 3+/5)
            Objective: Mini-BESTest 19/28; 5xSTS 15.4 s
            """,
            ["S32.592D"], [PT("97112", 23), PT("97110", 15)], []),

        // Fairbanks in the winter dark: "one-on-one, PT and pt only"; foam EC with head turns, headlamp walking in a dimmed hall, marching VOR x1; bilateral vestibular loss relying on vision; mCTSIB and FGA: passes.
        ["vord-h58-fairbanks-winter-dark-vestibular"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Fairbanks — PT Visit
            Travel/lodging: local (Goldstream Valley).
            Delivery: one-on-one, PT and pt only.
            Pt report: the sun's only up a few hours this month; she can't see the path to the car in the dark and veers off it.
            NMR 97112 — 22 minutes
              • standing on foam, eyes closed (the dark), w/ head turns
              • walking the dimmed hallway w/ a headlamp, then without
              • VOR x1 while marching in place
            Why: bilateral vestibular loss (gentamicin, 2024) — relies on vision; sways and steps w/ eyes closed
            Objective: mCTSIB foam EC 5 s; FGA 16/30
            """,
            ["H81.8X3"], [PT("97112", 22)], []),

        // Palmer firewood 97530: stacking rounds with a hinge and pivot, armload carries, maul-swing pattern with counts; lumbar stenosis with a woodstove goal; pieces stacked without a rest and SBA: passes.
        ["vord-h58-palmer-firewood-stacking"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Palmer — PT Visit
            Family present: none — drove himself in from Sutton.
            TA 97530 — 25 minutes
              • stacking split firewood from the floor to a chest-high row, 20 pieces x 2 rounds, hip hinge + pivoting the feet
              • carrying an armload (4 pieces) 40 ft x 4
              • splitting-maul swing pattern w/ a light bar, feet staggered, 10 x 2
            Why: lumbar stenosis — legs heavy after standing/walking, forward lean; goal: keep his woodstove fed through breakup
            Objective: 40 pieces stacked w/o a seated rest (needed 2 rests last wk); SBA on the carry
            """,
            ["M48.062"], [PT("97530", 25)], []),

        // Hagåtña transtibial amputee with a new socket: "one-on-one — pt was my only pt for the hour"; NMR 21 and TE 15 match; scale weight shifts, sound-limb step-ups, foam tosses; hip exercises with doses; weight acceptance and abductor weakness; kg and AMPPRO: passes.
        ["vord-h58-hagatna-transtibial-new-socket"] = new(
            """
            MVFT // Hagåtña // Daily Tx
            Hx: USN ret. (SK1), R transtibial amputation (DM, PVD) 2024; new socket last month; wants to walk the Chamorro Village night market.
            Tx: one-on-one — pt was my only pt for the hour.
              Svc 97112 Neuromuscular re-ed — 21 mins
               - weight shifts onto the prosthesis w/ a scale under each foot
               - stepping the sound limb up onto a 4" block (prosthetic-side stance)
               - standing on foam w/ ball tosses
              Svc 97110 Therapeutic exercise — 15 mins
               - prone hip ext R 2 x 12, side-lying hip abd R 2 x 12, bridges 3 x 10, seated knee ext R 2 x 15
            Obj: wt on the prosthesis 34 kg of 80 kg (28 kg last wk); AMPPRO 35/47
            Asmt: ↓ prosthetic-side proprioception + weight acceptance; R hip abductor weakness
            """,
            ["Z89.511", "E11.51"], [PT("97112", 21), PT("97110", 15)], []),

        // Dededo OT fiesta cook: titiyas rolled at the counter, a pan of red rice lifted to the stove, a tray carried with counts and loads; L hemiparesis with grip and standing tolerance and a fiesta goal; SBA and k of 4: passes.
        ["vord-h58-dededo-ot-fiesta-kitchen"] = new(
            """
            MVFT // Dededo // OT
            Hx: husband USAF ret.; she runs the kitchen for the family fiesta every Sept.
            Svc 97530 Therapeutic activities — 23 mins
              - rolling out titiyas dough at the counter, standing, 6 rounds
              - lifting a pan of red rice (8 lb) from the counter to the stovetop x 4
              - carrying a tray of plates 25 ft w/ the L hand helping x 3
            Asmt: L hemiparesis (R MCA 2025) — weak L hand (grip 9 kg), ↓ standing tolerance; goal: cook for the fiesta again
            Obj: SBA standing at the counter; 4 of 4 pan lifts w/ both hands
            """,
            ["I69.354"], [OT("97530", 23)], []),

        // Tamuning complete gait 18 + TE 12 (SPC → no device on tile and ramp; knee exercises with doses; stiff-knee gait and quad weakness; distance with SBA) sent with no diagnosis: diagnosis missing.
        ["vord-h58-tamuning-no-diagnosis"] = new(
            """
            MVFT // Tamuning // Daily Tx
            Svc 97116 Gait training — 18 mins
            Svc 97110 Ther ex — 12 mins
            Hx: USAF ret., L TKA 6 wk; slippers at home, shoes here.
            97116: SPC → no device, tile + the outside ramp, cues for heel strike + knee bend in swing
            97110: SAQ 3 lb 3 x 12, heel slides 2 x 15, step-ups 4" 2 x 10
            Asmt: L stiff-knee gait, quad weak (4-/5), knee flex 102°
            Obj: 2 x 150 ft no device, SBA
            """,
            [], [PT("97116", 18), PT("97110", 12)], [Dx]),

        // Eagle River complete 97112 ("one-on-one in the neuro gym, nobody else on the floor"; PNF initiation and reversals, counter SLS with toe taps, banded steps; L recruitment; Berg and SLS) with an ICD-9 code (438.20): diagnosis not well formed.
        ["vord-h58-eagle-river-icd9-code"] = new(
            """
            KNIK ARM ORTHOPAEDIC & NEURO REHAB — Eagle River
            Today: one-on-one in the neuro gym, nobody else on the floor.
            CPT / min: 97112 / 22
              - PNF rhythmic initiation, then slow reversals for L hip flexion in standing
              - L SLS at the counter w/ R toe taps to a cone
              - lateral stepping w/ a band
            Impairment: L hemiparesis — poor L hip flexor/abductor recruitment; L knee hyperextends
            Objective: Berg 46/56; L SLS 4 s
            """,
            ["438.20"], [PT("97112", 22)], [Dx]),

        // Generic Hilo two-code note with only a total ("Total timed 35 min"): no technique, deficit or measure for either code, no one-on-one, no minutes for each.
        ["vord-h58-hilo-generic-two-code-total"] = new(
            "Hilo — PT. Balance and strengthening exercises per plan, pt tolerated well. Total timed 35 min. Continue POC.",
            ["R26.81"], [PT("97112", 20), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // Wasilla complete 97112 (foam EC with head turns, foam-beam tandem, dome step-and-reach with perturbation; foot proprioception at the cabin's float dock; mCTSIB and Berg; 23 matches) whose Delivery line is missing: nothing says one-on-one.
        ["vord-h58-wasilla-nmr-never-one-on-one"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Wasilla — PT Visit
            Family present: wife.
            NMR 97112 — 23 minutes
              • foam stance w/ EC and head turns
              • tandem on the foam beam
              • step-and-reach onto a dome w/ a perturbation on landing
            Why: ↓ foot proprioception (idiopathic neuropathy) — rolls his ankle on the float dock at the cabin
            Objective: mCTSIB foam EC 10 s; Berg 49/56
            """,
            ["G62.9"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Kīhei PTA "97110 Therapeutic exercise — 30 min" against an 18-min PTA line: mismatch; exercises with doses; knee pain and quad/hip weakness for a resort security job complete.
        ["vord-h58-kihei-pta-te-30-against-18"] = new(
            """
            HALEAKALĀ REHAB ASSOCIATES — Kīhei · PTA
            1) 97110 Therapeutic exercise — 30 min
               Did → recumbent bike level 4, quad sets 10 x 5 s, SLR 3 x 10, clamshells w/ band 3 x 12, step-ups 6" 3 x 10, lateral band walks 3 laps
               Focus → R knee pain + quad/hip weakness; walks the Wailea beach path all shift (resort security)
            """,
            ["M25.561"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // Fairbanks "manual therapy to the L knee per POC" with knee stiffness after a snow-machine crash and flexion degrees before and after, but no manual technique named: technique missing.
        ["vord-h58-fairbanks-manual-per-poc"] = new(
            """
            TANANA–SUSITNA REHABILITATION — Fairbanks — PT Visit
            MT 97140 — 12 minutes
              • manual therapy to the L knee per POC
            Why: L knee stiffness after the snow-machine crash (tib plateau ORIF); can't kneel in the boat
            Objective: L knee flex 96° → 103° after
            """,
            ["M25.662"], [PT("97140", 12)], [At(Tech, "97140")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
