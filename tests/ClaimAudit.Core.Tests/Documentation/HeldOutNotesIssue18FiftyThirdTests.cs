using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The fifty-third held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not read
/// the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder
/// (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of ordinary outpatient notes from the Desert Southwest retirement belt, in the
/// proportions a billing manager sees them — about two thirds ordinary and complete (66 of 98), single- and
/// multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit), by PTs, PTAs and OTs, with an
/// older Medicare caseload, many seasonal "snowbirds" arriving with records from their home clinics, from five
/// employers:
/// <list type="number">
/// <item>a terse multi-site practice in the Phoenix retirement towns ("Agua Fria Outpatient Therapy": Sun City,
/// Sun City West, Surprise, Youngtown) whose PTs and PTAs fill in a "Tx Card" with "⏐"-separated code / minutes /
/// detail rows, "Why:" and "#s:" lines, "attendance: 1 PTA ↔ 1 pt", a "⦿ / ◯" delivery radio and a printed
/// assistance scale; half foam rolls, the Bongo board, lean-release catches, the Clock Yourself mat, a Biodex run
/// by an aide, McKenzie press-ups, Total Gym; golf carts, Luke AFB jets, garage cabinets, retired Honeywell
/// avionics;</item>
/// <item>a chatty Green Valley / Sahuarita practice ("Santa Rita Rehab": Green Valley, Continental Rd,
/// Sahuarita) whose PTs write whole paragraphs about winter visitors from La Crosse, Fargo and Bismarck and their
/// home-clinic records, with an exercise grid whose "Today" column says "held (108°F)", a "Time ledger" in words
/// and digits, Tai Ji Quan: Moving for Better Balance, Tai Chi for Arthritis in a recreation-centre class, GRASP,
/// the Senior Fitness Test, mobility-scooter transfers; pecan orchards, Madera Canyon, the Titan-era aerospace
/// retirees, stucco patio homes;</item>
/// <item>a Las Vegas balance and vestibular clinic ("Spring Mountain Balance &amp; Vestibular": Summerlin, Sun
/// City Summerlin, Henderson, Sun City Anthem, North Las Vegas, Aliante) with "▪"- and "·"-separated templates,
/// semi-private couples, an electrolyte drink "mixed 1:1", unticked technique boxes with an "Other:" filled in,
/// blank outcome fields, Herdman gaze stabilization, habituation to casino-floor visual motion, Feldenkrais,
/// Redcord Neurac, the StrongBoard and the Pedalo, SARA and Frenkel work for a late-onset cerebellar ataxia, a
/// dictated narrative with its minutes in words; retired dealers, a cocktail server, Nellis crew chiefs, a Hoover
/// Dam electrician;</item>
/// <item>a Coachella Valley hospital's outpatient rehabilitation ("Desert Palms Health": Palm Desert, Palm
/// Springs, Rancho Mirage, Cathedral City, La Quinta, Indio) on a hospital template ("INTERVENTION LOG",
/// "CHARGES →", an "ATTESTATION: I personally furnished …", "Delivery mode: 1:1 — Concurrent ✔ Group —", "Impairments
/// targeted today (select): ☐ …"), an Oculus VR ski module, a casino-floor gait outing with two patients, Graston,
/// Schroth for degenerative scoliosis, a launch monitor's club head speed, hashtag rows "#TE 12min", a golfer's
/// elbow; PGA West, the Palm Desert pickleball courts, VillageFest, date groves;</item>
/// <item>a St. George / southern Utah PTA-heavy practice ("Red Cliffs Rehab": St. George, Washington, Hurricane,
/// Ivins, Santa Clara) treating full-time RVers and Huntsman World Senior Games athletes: fifth-wheel, travel
/// trailer and motorhome steps, galleys and beds, the AlterG, a dink rally count, clock times in MST, a PT/OT
/// co-treatment, a heat-sensitive MS patient in the cool room; Snow Canyon, Sand Hollow, Kayenta, the
/// Tabernacle;</item>
/// <item>an El Paso border clinic ("Franklin Mountains Rehab": Lower Valley, Ysleta, Socorro, Northeast near
/// Fort Bliss) with the patient's Spanish quoted and translated ("siento que el piso se mueve", "la espalda me
/// jala"), "terapia individual (1:1)", retired Fort Bliss soldiers, a heat-and-hydration screen, line-dance
/// patterns at the senior centre, the city bus, the Ysleta Mission.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h53-…): one-on-one in these writers' words ("attendance: 1 PTA ↔ 1 pt", "I had her to myself
/// the whole time … I never left her side", "ATTESTATION: I personally furnished the services above solely to this
/// patient, in continuous attendance", "terapia individual (1:1)", "delivered by the OT to Mrs. F by herself"),
/// notes that negate it (a semi-private couple the PT alternated between, an aide running the Biodex while the PT
/// evaluated someone else) or never state it (a complete fifth-wheel note, a "1:1" that is an electrolyte mix), and
/// a 97116 casino-floor outing with two patients, which has no one-on-one check;</item>
/// <item>class 2 (v2-h53-…): template states: a "⦿ one-on-one ◯ concurrent ◯ group" radio, "1:1 — Concurrent ✔
/// Group —", unticked impairment boxes with nothing else said, an exercise grid with a "held (108°F)" row, a
/// question "Was pt the only pt treated by this clinician …? → YES", a bracketed "[CGA]" on a printed assistance
/// scale and the same scale left uncircled, unticked technique boxes beside a filled "Other:", a heat-and-hydration
/// tick grid, blank "Berg ___/56" outcome fields;</item>
/// <item>class 3 (v3-h53-…): named programmes and methods as techniques (Tai Ji Quan: Moving for Better Balance,
/// Feldenkrais ATM, McKenzie, Graston, the AlterG, Schroth, Redcord Neurac, GRASP), Tai Chi for Arthritis in a
/// class of seven, and a Herdman progression with no number;</item>
/// <item>class 4 (v4-h53-…): deficits stated as findings (sharpened Romberg with absent monofilament, a positive
/// head impulse with head-shake nystagmus, heel-to-shin dysmetria with SARA, a compensated Trendelenburg on a 97116,
/// visual preference on the SOT, freezing at thresholds with retropulsion, a thumb-localizing grade with two-point
/// discrimination) and 97112 notes that state none (a normal screen, "Imp: none noted today");</item>
/// <item>class 5 (v5-h53-…): measures in their usual forms (launch-monitor club head speed, a dink rally count with
/// Y-balance reach, the Senior Fitness Test, 10MWT m/s, goniometry before and after, hand-held dynamometry, an
/// assistance level with a reach count) and notes with none ("feels steadier on the driving range", dates, visit
/// counts and a temperature, a 97116 with no distance or level);</item>
/// <item>class 6 (v6-h53-…): minutes in their usual forms (a "Time ledger" in words and digits, "⏐" rows, minutes
/// after the description "…, 24 min (97112)", clock ranges with MST, hashtag rows for three codes, a dictation with
/// the CPT descriptions and spelled-out minutes), true mismatches (the one timed code, the second of two codes, the
/// OT's line in a PT/OT co-treat) and truly missing separate time (a combined total, minutes for one code of
/// two);</item>
/// <item>class 7 (v7-h53-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (rotation and anti-rotation work with a golf goal), 97530 (RV bed and
/// entry steps with assistance levels), 97140 (graded glides in bouts) and 97116 (device, distance, a sunken
/// living-room step, deviations), and wholly generic 97140, 97530 (with an e-signature) and 97112 notes;</item>
/// <item>ordinary (vord-h53-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, a snowbird's ICD-9 referral code, a
/// terse generic two-code note with a total, a two-code note that never says one-on-one, a 97530 with no number or
/// level, an NMR whose stated minutes differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact.
/// Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only where the
/// note names no technique, deficit or measure at all. A 97112 passes the measure check only on an objective
/// measure with a number; for the other codes a dose (sets, repetitions, load, hold, bouts, distance, assistance
/// level) is a measure. Numbers that are not minutes of a code or measures (ages, dates, visit counts, weeks since
/// surgery, temperatures, blood pressures, a trailer's length, hole counts, "VOR x1", an electrolyte "1:1" mix) are
/// read as what they are; no note states minutes of an activity, a rest or a test. Cases a careful reviewer could
/// argue either way were left out: a content gap in one section of a multi-code note (multi-code notes fail here
/// only on time, one-on-one, diagnosis or when the whole note lacks the thing), generic phrases beside a deficit or
/// a measure without a technique, a dose alone as a 97112's measure, self-rated scores or vitals as the only
/// number, a cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" alone
/// on a 97116, a 97530 with no deficit, a functional goal as a 97112's only target, neglect treated as
/// neuromuscular re-education, aquatic work, canalith repositioning, minute ranges and approximate minutes, a
/// co-treat in which two disciplines bill the same code, diagnosis codes whose form is in doubt (three characters,
/// no dot, letters after the dot other than a seventh-character extension), and any line with a code that has no
/// documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 89 of 98 cases agree (97 needed), and 6 of the 66 notes the reviewer passes got a finding, on the
/// analyzer of 452469f (the start of the 2026-12-05 seventh session) — its first run: nothing had changed before it, so this
/// is also the held-out figure.
/// </para>
/// <para>
/// After: development data from that run, worked through (with read-only reviews of the readings): 98 of 98, no false
/// positive — the Desert Southwest retirement belt: "one PT assigned to one pt for the block", "only the pt and I on
/// the balance floor", "PT and pt by themselves in the room", "I was with her exclusively", "The patient and I were the
/// only two in the gym", "sharpened Romberg + (…)", "95°F in the RV", "Time ledger — 97112: twenty-two (22) · 97116:
/// twelve (12)", a printed assist scale with "(circle one)" after it, "thumb-localizing test grade 2". New examples in
/// NotesAsWrittenTests "fifty-third-to-fifty-seventh-sets", the reviews' controls in "review-of-the-fifty-third-to-
/// fifty-seventh".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FiftyThirdTests(ITestOutputHelper output)
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

        // Sun City West PTA "Tx Card" with "attendance: 1 PTA ↔ 1 pt, no other pt on the mats or in the bay"; half foam roll tandem, Bongo board, lean-release stepping; somatosensory loss from DM neuropathy; semi-tandem EC seconds and catches: passes.
        ["v1-h53-suncitywest-tx-card-pta-arrow-pt"] = new(
            """
            AGUA FRIA OUTPATIENT THERAPY ⏐ Sun City West ⏐ Tx Card
            PTA: R. Quintero, PTA   (supervising PT on site: D. Lindqvist, DPT)
            97112 ⏐ 23 min ⏐ attendance: 1 PTA ↔ 1 pt, no other pt on the mats or in the bay
              • tandem + semi-tandem on a half foam roll (flat side down), EO → EC
              • Bongo board A/P rocks w/ one hand on the parallel bar, then hands-free bouts
              • reactive stepping: PTA lets go of a forward lean at random, pt catches it w/ a single step
            Why: B plantar numbness (DM neuropathy) → ↓ somatosensory input from the feet, late stepping response
            #s: semi-tandem EC 9 s (4 s at IE) · lean-release caught w/ one step 6 of 8
            """,
            ["E11.42", "R26.81"], [PTA("97112", 23)], []),

        // Green Valley narrative: "I had her to myself the whole time … I never left her side"; pelvic perturbations, stepping over a pool noodle, head-turn walking; slow short backward step (posterior balance loss); backward release score and backward walks: passes.
        ["v1-h53-greenvalley-had-her-to-myself"] = new(
            """
            Santa Rita Rehab — Green Valley. Mrs. Halvorsen is a winter visitor from La Crosse; her home clinic's discharge summary from October was reviewed at her evaluation here. Today was neuromuscular re-education, 97112, 26 minutes, and I had her to myself the whole time — no one else on my book for that slot, and I never left her side. We worked on her reactive balance: backward perturbations at the pelvis in standing, stepping over a pool noodle on my cue, and walking with head turns down the hallway toward the pecan-orchard window. Her problem is a slow, short backward step and poor posterior postural control (she sat down hard on her patio in December). Backward release test today: 2 steps to recover (4 steps at evaluation). Backward walking 10 ft without a loss of balance in 3 of 4 trials.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 26)], []),

        // Henderson "Session: semi-private — Mr. and Mrs. Okafor (both on caseload); PT alternated between the two": not one-on-one; StrongBoard, Pedalo, eyes-closed weight shifts; ankle proprioception loss from stenosis; mCTSIB and FGA present.
        ["v1-h53-henderson-semi-private-couple"] = new(
            """
            SPRING MOUNTAIN BALANCE & VESTIBULAR — Henderson (Sun City Anthem)
            Session: semi-private — Mr. and Mrs. Okafor (both on caseload, same goals); PT alternated between the two
            97112 · 24 min (Mrs. O)
              Rx: StrongBoard platform — static stance → mini-squats, 3 rounds; stepping onto a Pedalo and back off, hands free; eyes-closed weight shifts to touch cues at the hips
              Problem: ↓ ankle proprioception B (lumbar stenosis, L5 sensory loss) — sway ↑ as soon as vision is taken away
              Numbers: mCTSIB foam EC 11 s (loss of balance), firm EC 30 s; FGA 21/30
            """,
            ["M48.062", "R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Palm Desert hospital "INTERVENTION LOG" with "ATTESTATION: I personally furnished the services above solely to this patient, in continuous attendance": 97112 22 (treadmill belt perturbations, rhythmic stabilization; cerebellar ataxia and trunk postural control; Mini-BEST) and 97110 13 (doses; R hip weakness; golf-cart goal): passes.
        ["v1-h53-palmdesert-attestation-personally-furnished"] = new(
            """
            DESERT PALMS HEALTH — Outpatient Rehabilitation, Palm Desert
            PT Daily Note | Encounter 44871-03
            INTERVENTION LOG
              Neuromuscular re-education (97112) — 22 min
                Perturbation-based balance training on the treadmill (PT-triggered belt jolts at 0.8 mph); hurdle steps w/ head turns; half-kneel → stand w/ rhythmic stabilization at the pelvis
                Target: R limb ataxia, delayed reactive stepping and ↓ trunk postural control after R cerebellar infarct
                Outcome: Mini-BESTest 18/28 (14/28 at SOC)
              Therapeutic exercise (97110) — 13 min
                Bridging w/ march 3 x 8; sidelying hip abduction R 2 x 12; step-ups 6-in 2 x 10 w/ rail
                For R hip/trunk weakness (R hip abd 3+/5) — goal: step in and out of his golf cart at Desert Willow without holding the roof strut
            ATTESTATION: I personally furnished the services above solely to this patient, in continuous attendance for their full duration. — L. Castañeda, PT, DPT
            """,
            ["I69.393"], [PT("97112", 22), PT("97110", 13)], []),

        // St. George PTA note for a full-time fifth-wheel resident, complete (board sidestepping, Clock Yourself, wobble-cushion catches; anticipatory postural control and L vestibular hypofunction; FGA and L-test) but never saying one-on-one.
        ["v1-h53-stgeorge-fifth-wheel-never-says"] = new(
            """
            RED CLIFFS REHAB — St. George (Bluff St.)
            PTA Daily — pt lives full-time in a 38-ft fifth-wheel at an RV resort off Dixie Dr.
            97112 — 25 min
            - sidestepping along a 2x6 board laid out like the RV's narrow aisle, EO then EC
            - Clock Yourself stepping mat, colors and numbers called in random order, forward and back
            - catching a beanbag while standing on a wobble cushion
            Deficit: ↓ anticipatory postural control (trunk lurches when he reaches), sensory mismatch on soft surfaces — L vestibular hypofunction per his Boise ENT's VNG
            Measures: FGA 19/30; L-test 31 s
            — K. Tuilagi, PTA
            """,
            ["H81.22"], [PTA("97112", 25)], [At(OneOnOne, "97112")]),

        // El Paso Lower Valley "tx terapia individual (1:1), no other pts on the floor during NMR", Spanish quoted and translated; VOR x1 on foam, head-turn walking; L vestibular hypofunction with a positive HIT; DGI and DVA: passes.
        ["v1-h53-elpaso-terapia-individual"] = new(
            """
            FRANKLIN MOUNTAINS REHAB — Lower Valley (Alameda Ave), El Paso
            97112 NMR 21 min — tx terapia individual (1:1), no other pts on the floor during NMR
            S: "Siento que el piso se mueve cuando camino en la iglesia" (feels like the floor moves when she walks in church)
            Tx: gaze stabilization VOR x1 horizontal w/ a letter card at 3 ft, standing on foam; walking w/ horizontal head turns past the window; standing on foam EC w/ head nods
            Deficit: L vestibular hypofunction (HIT + to the L w/ a catch-up saccade)
            Outcome: DGI 17/24; DVA loss 4 lines (6 lines at IE)
            """,
            ["H81.22"], [PT("97112", 21)], []),

        // Surprise: the rehab aide set up the Biodex limits-of-stability program while "PT completing a new pt eval in room 3 during this": not one-on-one; unstable-platform training, delayed ankle strategy after ankle ORIF, LOS % and stability index present.
        ["v1-h53-surprise-aide-ran-biodex"] = new(
            """
            AGUA FRIA OUTPATIENT THERAPY ⏐ Surprise ⏐ PT
            97112 ⏐ 20 min
            Biodex Balance SD set up by the rehab aide: limits-of-stability training, platform stability level 6 → 4 (less stable), weight-shift targets in 8 directions; then random control mode
            PT completing a new pt eval in room 3 during this; reviewed the printout afterward
            Why: delayed ankle strategy, ↓ L ankle proprioception after L bimalleolar ORIF (10/2025)
            #s: LOS overall 41% (29% at IE); overall stability index 2.8
            """,
            ["S82.842D", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Henderson heat note: the only "1:1" is an electrolyte drink "mixed 1:1 with water", not attendance; gaze stabilization, saccades, walking with ball passes; bilateral vestibular hypofunction with oscillopsia; DVA and gait speed present.
        ["v1-h53-henderson-electrolyte-mixed-1-1"] = new(
            """
            SMBV — Henderson — PT
            Heat check: 109°F outside, pt walked from the bus stop and arrived flushed; rested in the AC sipping an electrolyte drink mixed 1:1 with water before we started
            97112 · 22 min
              Seated → standing gaze stabilization (VOR x1, yaw); saccades between two targets 18 in apart; walking the hallway w/ overhead ball passes
              Problem: bilateral vestibular hypofunction (gentamicin, 2024) — oscillopsia w/ walking, widens base in the dark
              DVA loss 5 lines; gait speed w/ head turns 0.71 m/s
            """,
            ["H81.393", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Palm Springs 97116 casino-floor outing "(dyad): PT escorted this pt and one other pt": 97116 has no one-on-one check; SPC, 450 ft, SBA, knee and step deviations, a wedding goal: passes.
        ["v1-h53-palmsprings-97116-casino-dyad"] = new(
            """
            DESERT PALMS HEALTH — Outpatient Rehab, Palm Springs (Tahquitz Canyon)
            97116 Gait training — 18 min — community outing (dyad): PT escorted this pt and one other pt across the street to the casino floor
            R TKA 9 wk; 4-wheeled walker → trial w/ single-point cane
            Walked 3 laps of the slot-machine aisles on patterned carpet, 450 ft total, through crowd and noise; SBA w/ the cane
            Deviations: ↓ R knee flexion in swing, short L step; cues for heel strike
            Goal: walk from the valet stand to the show lounge w/o the rollator for his grandson's wedding in April
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 18)], []),

        // Cathedral City OT 97112 "Delivered by the OT to Mrs. Ferreira by herself; no other client scheduled or present": PNF D2 with approximation, closed-chain weight bearing, Stroop reaches; R UE recruitment and scapular timing after stroke; FMA-UE: passes.
        ["v1-h53-cathedralcity-ot-by-herself"] = new(
            """
            DESERT PALMS HEALTH — Outpatient OT, Cathedral City
            OT 97112 Neuromuscular re-ed — 24 min. Delivered by the OT to Mrs. Ferreira by herself; no other client scheduled or present in the ADL suite.
            PNF D2 flexion patterns R UE w/ approximation at the shoulder; closed-chain weight bearing through the R hand at the counter while reaching with the L; Stroop-style reaching — touch the color named, not the ink, on a wall board
            R UE motor recruitment and scapular timing after L MCA stroke (shoulder hikes on every reach)
            FMA-UE 38/66 (31/66 at IE); reach to a shoulder-height shelf without hiking 7 of 10
            """,
            ["I69.351"], [OT("97112", 24)], []),

        // ---------------------------------------------------------------- class 2: grids, check marks and Y/N fields

        // Youngtown "Delivery: ⦿ one-on-one ◯ concurrent ◯ group"; slide-board weight shifts, tandem rhythmic stabilization, dual-task hurdle course; lateral postural control and delayed stepping; Tinetti and tandem seconds: passes.
        ["v2-h53-youngtown-radio-dot-one-on-one"] = new(
            """
            AGUA FRIA OUTPATIENT THERAPY ⏐ Youngtown ⏐ PTA
            Delivery:  ⦿ one-on-one   ◯ concurrent   ◯ group
            97112 ⏐ 21 min
              slide board lateral weight shifts in standing, EC on the last round
              rhythmic stabilization in tandem stance at the parallel bars
              obstacle course: step over 4-in hurdles and around cones while counting backward by 3s
            Why: ↓ lateral postural control + delayed step response (2 falls since Nov, both to the L)
            #s: Tinetti POMA 19/28 (15/28 at IE); tandem stance 12 s
            """,
            ["R29.6", "R26.81"], [PTA("97112", 21)], []),

        // Palm Desert "Delivery mode: 1:1 — Concurrent ✔ Group —": concurrent, not one-on-one; Oculus VR ski module, optokinetic walking; visual dependence after vestibular neuritis; SOT composite present.
        ["v2-h53-palmdesert-concurrent-ticked"] = new(
            """
            DESERT PALMS HEALTH — Outpatient Rehab, Palm Desert
            Delivery mode:   1:1 —    Concurrent ✔    Group —
            97112 Neuromuscular re-ed — 23 min
              Virtual-reality balance (Oculus headset, "slalom ski" module) standing on firm, then foam, w/ weight-shift cues
              Visual-vestibular conflict: walking past an optokinetic stripe video on the wall screen
              Impairment: visual dependence / motion sensitivity after L vestibular neuritis (symptoms in grocery aisles)
              SOT composite 58 (44 at IE)
            """,
            ["H81.22"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Rancho Mirage "Impairments targeted today (select): ☐ proprioception ☐ vestibular ☐ postural control …" with none ticked and no deficit written anywhere; PNF chops/lifts, rhythmic stabilization, reactive stepping, 1:1 and Mini-BEST present: deficit only.
        ["v2-h53-ranchomirage-impairment-boxes-unticked"] = new(
            """
            DESERT PALMS HEALTH — Outpatient Rehab, Rancho Mirage
            97112 — 20 min — Seen 1:1 (PT + pt only)
            Interventions: PNF D1/D2 chops and lifts in half-kneel; rhythmic stabilization sitting on a therapy ball; reactive stepping to manual pushes
            Impairments targeted today (select):  ☐ proprioception  ☐ vestibular  ☐ postural control  ☐ coordination  ☐ motor recruitment  ☐ sensory integration
            Outcome: Mini-BESTest 21/28; TUG 10.9 s
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Sahuarita exercise grid with a "Today" column (done / held (108°F)) after reverse TSA: the done rows have doses, R shoulder flexion degrees, a putting goal: passes.
        ["v2-h53-sahuarita-grid-held-for-heat"] = new(
            """
            SANTA RITA REHAB — Sahuarita
            97110 Ther ex — 16 min — R shoulder, reverse TSA wk 14 (retired missile-systems engineer; goal: chip and putt on the community practice green)
            Exercise                        | Dose            | Today
            Supine AAROM flexion w/ dowel   | 2 x 15          | done
            Standing wall walks             | x 10            | done
            Isometric ER / IR at the wall   | 5-s hold x 10   | done
            Row w/ yellow band              | 2 x 12          | done
            Outdoor putting practice        | —               | held (108°F)
            R shoulder flexion AROM 112° (95° at wk 10)
            """,
            ["Z96.611", "Z47.1"], [PT("97110", 16)], []),

        // Washington UT "Was pt the only pt treated by this clinician during the timed codes? → YES" and "Timed codes: 97112 — 20 min | 97116 — 13 min": both match; PD postural instability with pull test and FGA; gait distances, SBA, en-bloc turns: passes.
        ["v2-h53-washington-only-pt-question-yes"] = new(
            """
            RED CLIFFS REHAB — Washington (Telegraph St.) — PT
            Was pt the only pt treated by this clinician during the timed codes?  → YES
            Timed codes:  97112 — 20 min   |   97116 — 13 min
            97112: tandem and single-leg stance on the Airex w/ ball toss; lateral reactive stepping to a band release (band around the pelvis, PT lets go); EC weight shifting on the rocker board. ↓ lateral postural control and late protective stepping (Parkinson's, H&Y 2). Pull test 3 steps backward; FGA 20/30.
            97116: clinic loop w/ 4-wheeled walker → no device, 4 x 150 ft, SBA; cues for heel strike, arm swing, and turning in 4 steps instead of 8 (en-bloc turns). Goal: walk the Senior Games venue to watch his wife's pickleball matches.
            """,
            ["R26.89", "Z91.81"], [PT("97112", 20), PT("97116", 13)], []),

        // Hurricane 97530 with the printed scale "I Mod I S [CGA] Min Mod Max": CGA marked; travel-trailer entry steps with a grab handle, aisle turns, dinette; R knee buckling after TKA revision; camping goal: passes.
        ["v2-h53-hurricane-assist-scale-bracketed"] = new(
            """
            RED CLIFFS REHAB — Hurricane — PTA
            97530 Ther activities — 19 min
            Task: in and out of the travel trailer — 3 folding entry steps (7-in rise, no rail) using the new grab handle; turning in the 22-in aisle; stepping up into the dinette booth
            Assist:  I   Mod I   S   [CGA]   Min   Mod   Max
            R knee buckles on the 2nd step up (quad weakness after R TKA revision)
            Goal: go camping at Sand Hollow in the trailer by April
            """,
            ["Z96.651"], [PTA("97530", 19)], []),

        // Ivins 97530 with the same printed scale "(circle one)" left uncircled and no other number: golf-cart transfers and reaching; L hip abductor weakness after THA; golf-league goal: measure only.
        ["v2-h53-ivins-assist-scale-uncircled"] = new(
            """
            RED CLIFFS REHAB — Ivins — PTA
            97530 Ther activities — 17 min
            Task: getting in and out of the golf cart on the driver's side, reaching back to the cooler behind the seat, standing up from the cart seat without pushing on the steering wheel
            Assist:  I   Mod I   S   CGA   Min   Mod   Max     (circle one)
            L hip abductor weakness after L THA (posterior approach) — hip precautions observed
            Goal: ride along to Kayenta for her Tuesday golf league
            """,
            ["Z96.642"], [PTA("97530", 17)], [At(Measure, "97530")]),

        // Summerlin "Techniques: ☐ PNF ☐ perturbation ☐ gaze stabilization ☐ foam/unstable surface  Other: habituation to casino-type visual motion …" and "one PT assigned to one pt for the block, no crossover"; visual-vestibular mismatch; FGA and foam tandem: passes.
        ["v2-h53-summerlin-boxes-unticked-other-filled"] = new(
            """
            SMBV — Summerlin — PT
            97112 · 25 min · one PT assigned to one pt for the block, no crossover
            Techniques:  ☐ PNF   ☐ perturbation   ☐ gaze stabilization   ☐ foam/unstable surface
                         Other: habituation to casino-type visual motion — walking past a looping video of slot-machine lights with patterned carpet projected on the floor, then standing turns toward it
            Problem: visually provoked dizziness and sway (visual-vestibular mismatch) after R vestibular neuritis; can't cross the casino floor at work (retired dealer, now a greeter)
            Data: FGA 22/30; tandem EO on foam 15 s
            """,
            ["H81.21"], [PT("97112", 25)], []),

        // El Paso heat-and-hydration tick grid (water ✔, urine pale ✔, BP sitting → standing ✔) before 97110: Total Gym squats, TKE, step-ups, curls with doses; B knee OA with strength and ROM; trailhead dog-walk goal: passes.
        ["v2-h53-elpaso-heat-hydration-grid"] = new(
            """
            FRANKLIN MOUNTAINS REHAB — Northeast (Dyer St.), El Paso — retired 1SG, 24 yrs at Fort Bliss (air defense)
            Heat/hydration screen:  water brought ✔   urine pale ✔   BP sitting 128/76 → standing 122/74 ✔   cleared to exercise ✔
            97110 Ther ex — 18 min — B knee OA (R > L); goal: walk his dog on the trailhead loop below the Franklins
              Total Gym squats level 6, 3 x 10
              Terminal knee extension w/ black band 3 x 15 B
              Step-ups 8-in box 2 x 10 each
              Hamstring curls 5 lb 2 x 12
            R knee ext strength 4/5, flexion ROM 0–115°
            """,
            ["M17.0"], [PT("97110", 18)], []),

        // Summerlin "Berg ___/56  TUG ___ s  Pull test ___ steps — not tested today" and no other number: measure only; "only the pt and I on the balance floor", belt perturbation walking, Bongo SLS; PD postural instability present.
        ["v2-h53-summerlin-outcome-blanks"] = new(
            """
            SMBV — Sun City Summerlin — PT
            97112 · 22 min · only the pt and I on the balance floor
            Perturbation walking (PT tugs the gait belt at random), head-turn walking to a metronome, single-leg stance on the Bongo board w/ UE support
            Deficit: Parkinsonian postural instability, ↓ backward reactive stepping
            Berg ___/56     TUG ___ s     Pull test ___ steps     — not tested today (pt late, heat)
            """,
            ["R26.89"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // Sahuarita narrative "given one-on-one in the small treatment room": Tai Ji Quan: Moving for Better Balance 8-form core and cross-steps; late weight transfer and anticipatory postural control; FSST and 30-s chair stand: passes.
        ["v3-h53-sahuarita-tai-ji-quan-mbb"] = new(
            """
            Santa Rita Rehab — Sahuarita. Neuro re-ed (97112), 24 min, given one-on-one in the small treatment room. We used the Tai Ji Quan: Moving for Better Balance forms — the 8-form core, emphasizing "step forward, shift, hold" with the pelvis over the front foot — plus the cross-step drill from the program's therapeutic movements. Mr. Whitcomb's issue is late weight transfer and poor anticipatory postural control when he starts walking or turns (two near-falls backing out of the garage onto his cart path). Today: Four Square Step Test 13.1 s (16.4 s at start of care); 30-s chair stand 10.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // North Las Vegas "1 on 1 (no other pts in the gym)": Feldenkrais ATM pelvic clock supine → standing EC, differentiated turning; trunk-pelvic motor control and kinesthetic awareness; functional reach inches and rotation degrees: passes.
        ["v3-h53-nlv-feldenkrais-atm"] = new(
            """
            SPRING MOUNTAIN BALANCE & VESTIBULAR — North Las Vegas — PT
            97112 — 22 min — 1 on 1 (no other pts in the gym)
            Feldenkrais Awareness Through Movement: "pelvic clock" supine → sitting, then the same tilts standing at the counter w/ eyes closed; differentiated head / eyes / trunk turning
            Deficit: poor pelvic-trunk motor control and ↓ kinesthetic awareness — trunk moves en bloc after decades of guarding (retired Nellis F-16 crew chief)
            Measure: functional reach 8 in (5.5 in at IE); standing trunk rotation 35° R / 30° L
            """,
            ["M54.50", "R26.89"], [PT("97112", 22)], []),

        // Sun City McKenzie prone progression and press-ups 3 x 10 with home frequency; L buttock/thigh pain centralizing, lumbar extension loss; golf goal: passes.
        ["v3-h53-suncity-mckenzie-press-ups"] = new(
            """
            AGUA FRIA OUTPATIENT THERAPY ⏐ Sun City ⏐ PT
            97110 ⏐ 14 min
            McKenzie: prone lying → prone on elbows → press-ups (extension in lying) 3 x 10; standing extension x 10 every 2 hours at home
            Lumbar: L buttock/thigh pain centralized to the L low back after the 2nd set; extension loss moderate → minimal
            Goal: 9 holes at Riverview without sitting out on the cart
            """,
            ["M54.16"], [PT("97110", 14)], []),

        // La Quinta Graston (IASTM) on the L lateral hip/ITB and TFL in passes with seconds, trigger-point pressure; L lateral hip pain with IR degrees limiting the backswing: passes.
        ["v3-h53-laquinta-graston"] = new(
            """
            DESERT PALMS HEALTH — Outpatient Rehab, La Quinta — PT
            97140 — 11 min — Graston (IASTM) along the L lateral hip / ITB and TFL, 2 passes x 90 s each w/ the GT-3 and GT-4 instruments; then sustained trigger-point pressure to the L glute med, 3 x 60 s
            For L lateral hip pain (trochanteric bursitis) limiting his golf backswing; L hip IR 20°
            """,
            ["M70.62"], [PT("97140", 11)], []),

        // St. George AlterG at 75 % body weight with speed and distance, then overground distances with SBA; antalgic gait after THA; Snow Canyon trail goal: passes.
        ["v3-h53-stgeorge-alterg"] = new(
            """
            RED CLIFFS REHAB — St. George (River Rd) — PT
            97116 — 15 min
            AlterG anti-gravity treadmill at 75% body weight, 1.2 mph, 0.2 mi; then overground without a device 2 x 120 ft, SBA
            R THA wk 6: antalgic gait, short L step and ↓ R hip extension at terminal stance; cues for push-off
            Goal: walk the paved Whiptail trail in Snow Canyon with her walking group
            """,
            ["Z96.641"], [PT("97116", 15)], []),

        // Green Valley "Tai Chi for Arthritis and Fall Prevention — PT-led class …, 7 participants": not one-on-one; brush-knee stepping, weight transfer; weight-shift control and ankle proprioception after B TKA; SLS seconds present.
        ["v3-h53-greenvalley-tai-chi-arthritis-class"] = new(
            """
            SANTA RITA REHAB — Green Valley
            Tai Chi for Arthritis and Fall Prevention — PT-led class in the recreation center's multipurpose room, 7 participants; this pt billed 97112, 25 min
            Movements 1–6 of the basic set with forward and backward "brush knee" stepping, slow weight transfer over the front foot, closing form
            For ↓ weight-shift control and ankle proprioception (B TKA)
            SLS R 5 s / L 7 s (R 3 s / L 4 s at IE)
            """,
            ["Z96.653", "R26.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Henderson Herdman gaze-stabilization progression (VOR x1 yaw/pitch, checkerboard, walking), one-on-one, uncompensated R hypofunction; the only outcome is "handled the Costco aisles better": measure only.
        ["v3-h53-henderson-herdman-no-number"] = new(
            """
            SMBV — Henderson — PT
            97112 — 20 min — PT with this pt only, no overlap with other appointments
            Gaze stabilization per the Herdman progression: VOR x1 in yaw then pitch, progressed to a narrow base and a busy checkerboard background; walking with VOR x1 down the hallway; smooth pursuit and saccade drills between two sticky notes
            Deficit: uncompensated R vestibular hypofunction — gaze instability and veering with head turns
            Response: symptoms settled quickly; pt reports she handled the Costco aisles better this week
            """,
            ["H81.21"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Indio Schroth for degenerative lumbar scoliosis (rotational angular breathing, muscle cylinder holds, wall-bar elongation with doses); standing-through-Mass goal: passes.
        ["v3-h53-indio-schroth"] = new(
            """
            DESERT PALMS HEALTH — Outpatient Rehab, Indio — PT
            97110 Ther ex — 17 min — adult degenerative lumbar scoliosis (R lumbar curve), retired date grower
            Schroth: rotational angular breathing in sidelying over a bolster under the R lumbar convexity, 3 x 8 breaths; "muscle cylinder" in sidelying 3 x 10-s hold; elongation standing at the wall bars x 10
            Goal: stand through Sunday Mass without leaning on the pew
            """,
            ["M41.86"], [PT("97110", 17)], []),

        // Summerlin "the PT worked with no other patient during this block": Redcord Neurac pelvic lift and sling abduction with perturbation taps; delayed glute med/TrA recruitment; sling bridge hold to pelvic drop and SLS: passes.
        ["v3-h53-summerlin-redcord-neurac"] = new(
            """
            SPRING MOUNTAIN BALANCE & VESTIBULAR — Summerlin — PT
            97112 · 23 min · the PT worked with no other patient during this block; hands-on throughout
            Redcord Neurac: supine pelvic lift w/ the sling under the knees and low-level rope vibration, progressed by lowering the sling; sidelying hip abduction in the sling w/ perturbation taps
            Deficit: delayed L glute med / TrA activation (motor recruitment) — L Trendelenburg lurch in stance
            Measure: sling bridge held 28 s before the L pelvis drops (12 s at IE); single-leg stance L 9 s
            """,
            ["M62.81", "M54.50"], [PT("97112", 23)], []),

        // Palm Springs OT GRASP level 2 booklet with weights and repetitions; L UE weakness after stroke; plate-carrying goal: passes.
        ["v3-h53-palmsprings-ot-grasp"] = new(
            """
            DESERT PALMS HEALTH — Outpatient OT, Palm Springs
            OT 97110 — 15 min — GRASP (Graded Repetitive Arm Supplementary Program), level 2 booklet reviewed and performed: shoulder shrugs w/ 1-lb weight x 10, elbow flexion/extension sliding on the table x 15, wrist extension over a towel roll x 15, finger flexion/extension squeezing a sponge x 20
            L UE weakness after R MCA stroke; goal: carry a plate to the table with both hands
            """,
            ["I69.354"], [OT("97110", 15)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Green Valley PTA "1:1, PTA w/ pt throughout"; foam narrow stance, toe taps to numbered dots, heel-toe on a taped line; the deficit given as findings (sharpened Romberg + at 3 s, 5.07 monofilament absent at 6 of 10 sites): passes.
        ["v4-h53-greenvalley-sharpened-romberg-monofilament"] = new(
            """
            SANTA RITA REHAB — Green Valley — PTA
            97112 · 21 min · 1:1, PTA w/ pt throughout
            Foam-pad stance, narrow base EO → EC; toe taps to numbered floor dots on cue; heel-toe walking on a taped line across the carpet
            Findings: sharpened Romberg + (loses stance EC at 3 s); Semmes-Weinstein 5.07 absent at 6 of 10 plantar sites B
            Goal from POC: get to the bathroom at night without ending up on the tile
            """,
            ["E11.42", "R26.81"], [PTA("97112", 21)], []),

        // Socorro "individual session — nobody else seen by me during it"; deficit as exam findings (HIT + L with overt saccade, head-shake nystagmus, Dix-Hallpike negative); VOR x1, sign reading while walking; DVA and gait speed: passes.
        ["v4-h53-socorro-head-impulse-positive"] = new(
            """
            FRANKLIN MOUNTAINS REHAB — Socorro — PT
            97112 21 min — individual session, nobody else seen by me during it
            Exam today: head impulse + to the L w/ an overt corrective saccade; head-shake nystagmus beating R; Dix-Hallpike negative B
            Tx: VOR x1 yaw w/ the card at arm's length, sitting → standing; walking while reading signs taped at both ends of the hall; remembered-target drill (look, close eyes, turn, reopen on target)
            DVA loss 3 lines; gait speed w/ head turns 0.88 m/s (0.70 at IE)
            """,
            ["H81.22"], [PT("97112", 21)], []),

        // Henderson "1:1"; deficit as cerebellar findings (heel-to-shin dysmetria, overshoot, staggering tandem) in late-onset ataxia; Frenkel to floor targets, weighted-vest walking, quadruped rhythmic stabilization; SARA and tandem steps: passes.
        ["v4-h53-henderson-dysmetria-sara"] = new(
            """
            SMBV — Henderson — PT
            97112 · 24 min · 1:1
            Findings: heel-to-shin dysmetria L > R; overshoot on finger-to-nose; wide-based, staggering tandem (late-onset cerebellar ataxia per neurology records from Spokane)
            Tx: Frenkel exercises sitting → standing to floor targets; walking w/ a 1.5-lb weighted vest; quadruped rhythmic stabilization
            SARA 11/40 (13/40 at IE); tandem 6 steps before a side step
            """,
            ["G11.2"], [PT("97112", 24)], []),

        // Santa Clara PTA 97116 with the deficit as a finding (compensated Trendelenburg with trunk lean over the R, hip abd 3+/5); SPC in the L hand, 3 x 200 ft, mod I: passes.
        ["v4-h53-santaclara-97116-trendelenburg"] = new(
            """
            RED CLIFFS REHAB — Santa Clara — PTA
            97116 · 16 min: gait w/ SPC in the L hand, 3 x 200 ft on the sidewalk + the clinic ramp, mod I
            Finding: compensated Trendelenburg (trunk lean over the R) in R stance; R hip abd 3+/5
            Cue: "tall over the right foot"
            """,
            ["M16.11"], [PTA("97116", 16)], []),

        // Palm Desert preventive 97112 (1:1) whose screen is normal (proprioception and light touch intact, HIT / head-shake negative, no dysmetria, 5/5) and states no deficit; one-on-one, rhythmic stabilization and FitLight shuffles, FSST and SLS EC present: deficit only.
        ["v4-h53-palmdesert-screen-normal-no-deficit"] = new(
            """
            DESERT PALMS HEALTH — Outpatient Rehab, Palm Desert — PT
            97112 — 22 min — 1:1, one patient only, PT in attendance the whole time
            Pt (78, retired aerospace test engineer) referred by his PCP as a preventive program after a friend's hip fracture
            Screen: light touch and great-toe proprioception intact B; head impulse / head-shake negative; no dysmetria; LE strength 5/5 B
            Tx: split-stance rhythmic stabilization; lateral shuffles to a FitLight reaction pattern; single-leg reaches on a foam pad
            FSST 8.4 s; SLS EC 14 s R / 12 s L
            """,
            ["R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Las Vegas "one-on-one"; the deficit given as an SOT finding (falls on conditions 3 and 6, visual preference), optokinetic backgrounds on foam and patterned carpet tiles with head turns; SOT composite: passes.
        ["v4-h53-lasvegas-sot-visual-preference"] = new(
            """
            SPRING MOUNTAIN BALANCE & VESTIBULAR — Las Vegas (W. Charleston) — PT
            97112 — 23 min — one-on-one
            Finding: SOT falls on conditions 3 and 6 (sway-referenced vision) with a low visual-preference ratio — does worse with moving visuals than with eyes closed
            Tx: standing on foam in front of optokinetic background videos; walking across patterned carpet tiles w/ head turns; weight shifts while the room lights flicker like a slot bank
            SOT composite 61 (52 at IE)
            """,
            ["H81.399", "R26.81"], [PT("97112", 23)], []),

        // St. George "PT and pt by themselves in the room for the block"; deficit as findings (freezing at thresholds and in the RV bathroom, festination, retropulsion 4 steps); laser-cane lines, metronome app, weight-shift initiation, arc turns; turn steps/seconds and freezes in 10 passes: passes.
        ["v4-h53-stgeorge-freezing-retropulsion"] = new(
            """
            RED CLIFFS REHAB — St. George — PT
            97112 23 min — PT and pt by themselves in the room for the block
            Findings: freezing of gait at the sliding-door threshold and when turning in the RV bathroom; festination once on the ramp; retropulsion on pull test (4 steps)
            Tx: laser-cane lines at thresholds; stepping to the beat of a phone metronome app; weight-shift-then-step initiation practice; turning in an arc instead of a pivot
            360° turn 7 steps / 4.2 s; 3 freezes in 10 doorway passes (6 of 10 last week)
            """,
            ["R26.89"], [PT("97112", 23)], []),

        // Rancho Mirage OT "individual (OT + client alone)"; deficit as findings (thumb-localizing test grade 2 L, two-point discrimination 12 mm); vision-occluded texture grading and weight-bearing reaches; objects identified: passes.
        ["v4-h53-ranchomirage-ot-thumb-localizing"] = new(
            """
            DESERT PALMS HEALTH — Outpatient OT, Rancho Mirage
            OT 97112 · 20 min · individual (OT + client alone)
            Findings: thumb-localizing test grade 2 on the L; two-point discrimination L index fingertip 12 mm
            Tx: sensory re-education — grading sandpaper textures and identifying coins with vision occluded; weight bearing through the L hand while reaching across with the R; placing the L hand on targets with eyes closed
            Identified 6 of 10 objects without vision (3 of 10 at IE)
            """,
            ["I69.354"], [OT("97112", 20)], []),

        // Sun City West PTA terse card "Imp: none noted today" and nothing else naming a deficit; attendance PTA ↔ pt only, Clock Yourself stepping, rhythmic stabilization, rocker board EC, FSST and Berg present: deficit only.
        ["v4-h53-suncitywest-imp-none-noted"] = new(
            """
            AGUA FRIA OUTPATIENT THERAPY ⏐ Sun City West ⏐ PTA
            97112 ⏐ 20 min ⏐ attendance: PTA ↔ pt only
            Rx: stepping over the Clock Yourself mat to called numbers; half-kneel rhythmic stabilization; rocker board EC
            Imp: none noted today
            #s: FSST 11.6 s; Berg 51/56
            """,
            ["R26.81"], [PTA("97112", 20)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // La Quinta 97530 golf return: half- to three-quarter swings in sets, tee-up bending with a count; launch-monitor club head speed mph and knee flexion; L TKA; 9-hole goal: passes.
        ["v5-h53-laquinta-club-head-speed"] = new(
            """
            DESERT PALMS HEALTH — Outpatient Rehab, La Quinta — PT
            97530 — 20 min — return to golf after L TKA (wk 16)
            Half → three-quarter swings w/ a 7-iron off a mat, 3 sets of 10, weight transfer onto the L lead leg in front of a mirror; bending to tee up and pull the ball from the cup, using the putter as a cane, x 10
            Launch monitor: club head speed 72 mph (61 mph at wk 12); L knee flexion in follow-through 95°
            Goal: walk-and-ride 9 holes with his men's group
            """,
            ["Z96.652"], [PT("97530", 20)], []),

        // St. George "PT one-on-one w/ pt throughout": split-step and kitchen-line footwork, half-dome catches; slowed reactive stepping and ankle proprioception after a sprain at the Senior Games; dink rally count and Y-balance reach: passes.
        ["v5-h53-stgeorge-dink-rally"] = new(
            """
            RED CLIFFS REHAB — St. George — PT
            97112 — 22 min — PT one-on-one w/ pt throughout
            Reactive drills: split-step on the PT's paddle tap, then a lateral shuffle 3 ft to either side; catching tossed balls standing on a half-dome; kitchen-line footwork w/ head turns to track the ball
            Deficit: slowed reactive stepping and ↓ L ankle proprioception after an L lateral ankle sprain (rolled it at the Huntsman World Senior Games)
            Measures: consecutive dink rally with the PT 14 (6 at IE); Y-balance anterior reach L 58 cm / R 66 cm
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // Green Valley 97110 with weighted-vest sit-to-stands, step-ups, band walks, heel raises with doses; Senior Fitness Test (30-s chair stand 12, 8-foot up-and-go 6.8 s); Madera Canyon goal: passes.
        ["v5-h53-greenvalley-senior-fitness-test"] = new(
            """
            SANTA RITA REHAB — Green Valley — PT
            97110 — 18 min — generalized LE weakness; goal: walk the Madera Canyon nature trail with the grandkids at Easter
            Sit-to-stand from a 17-in chair w/ a 10-lb vest 3 x 8; step-ups 8-in 3 x 10 alternating; lateral band walks (green) 3 x 20 ft; heel raises 2 x 15
            Senior Fitness Test: 30-s chair stand 12 (below the norm of 14 for age); 8-foot up-and-go 6.8 s
            """,
            ["M62.81"], [PT("97110", 18)], []),

        // Cathedral City 97112 "I was the only clinician with Mr. Yazzie and treated no one else during it"; rocker board, foam ball toss, clock-pattern stepping; strategy and proprioception deficits; only "feels steadier on the driving range, less sway observed": measure only.
        ["v5-h53-cathedralcity-feels-steadier"] = new(
            """
            DESERT PALMS HEALTH — Outpatient Rehab, Cathedral City — PT
            97112 — 21 min — I was the only clinician with Mr. Yazzie and treated no one else during it
            Tx: rocker-board weight shifts A/P and M/L, EO → EC; standing on foam while tossing a ball; quick stepping onto targets in a clock pattern
            Deficit: ↓ ankle and hip strategies on uneven ground; ↓ proprioception both feet (chemotherapy-related neuropathy)
            Progress: says he feels steadier on the driving range; less sway observed on foam. Continue progression.
            """,
            ["G62.0"], [PT("97112", 21)], [At(Measure, "97112")]),

        // Lower Valley PTA 97116 rollator → SPC on the ramp and curb; R foot drop with circumduction; 10MWT m/s and curb count with CGA; Mission goal: passes.
        ["v5-h53-lowervalley-10mwt"] = new(
            """
            FRANKLIN MOUNTAINS REHAB — Lower Valley — PTA
            97116 — 14 min — gait w/ rollator → SPC on the clinic's outdoor ramp and the parking-lot curb
            Deficit: R foot drop (R peroneal palsy after knee surgery) with R circumduction
            Today: 10MWT self-selected 0.74 m/s w/ SPC (0.58 m/s at IE); curb up/down x 4, CGA
            Goal: walk to the Ysleta Mission for Sunday Mass, 2 blocks
            """,
            ["G57.31"], [PTA("97116", 14)], []),

        // Washington UT 97110 whose only numbers are a visit count, dates and a temperature: exercises named without a dose; R shoulder after RTC repair: measure only.
        ["v5-h53-washington-dates-and-temperature"] = new(
            """
            RED CLIFFS REHAB — Washington, UT — PTA
            97110 — 15 min — visit 7 of 12 — DOS 03/04/2026 — R shoulder, s/p arthroscopic RTC repair 12/09/2025
            Pendulums, table slides, pulleys, isometric ER, scapular squeezes, wall walks
            Pt reports 95°F in the RV yesterday afternoon and poor sleep; icing at home
            Plan: add band work next week
            """,
            ["M75.121"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // Sahuarita 97140 tibiofemoral and patellar glides grade III–IV in bouts, STM; R knee stiff after TKA; goniometry 98° → 106°: passes.
        ["v5-h53-sahuarita-goniometry-pre-post"] = new(
            """
            SANTA RITA REHAB — Sahuarita — PT
            97140 — 12 min — R knee, 10 wk s/p TKA, stiff in flexion
            Tibiofemoral A-P glides + inferior patellar glides gr III–IV, 4 bouts x 30 s; STM to distal quad / VMO scar adhesions
            R knee flexion 98° before → 106° after (goniometer)
            """,
            ["Z96.651"], [PT("97140", 12)], []),

        // North Las Vegas PTA 97110 with cuff, band and cable loads after L THA; hand-held dynamometry of hip abduction in kg and L hip abductor weakness: passes.
        ["v5-h53-nlv-dynamometry"] = new(
            """
            SMBV — North Las Vegas — PTA
            97110 · 16 min · L THA wk 10 (retired test-range technician)
            Sidelying hip abd 3 x 12 w/ a 2-lb cuff; clamshells, blue band 3 x 15; standing hip ext on the cable column 10 lb 2 x 12; lateral step-downs 4-in 2 x 10
            Hand-held dynamometer, hip abd: L 13.6 kg / R 19.4 kg — L hip abductor weakness, Trendelenburg lurch on the stairs
            """,
            ["Z96.642"], [PTA("97110", 16)], []),

        // Green Valley OT 97530 mobility-scooter transfers and reaches with SBA / Mod I and a reach count; healed L humeral fracture; Safeway goal: passes.
        ["v5-h53-greenvalley-ot-scooter"] = new(
            """
            SANTA RITA REHAB — Green Valley — OT
            OT 97530 — 18 min — mobility-scooter transfers and reaching after an L proximal humerus fx (healed, wk 12)
            Scooter ↔ standing at a grocery-shelf mock-up, reaching into the scooter basket and to a 54-in shelf, folding the tiller down
            Assist: SBA for standing reach, Mod I for the scooter transfer; 6 overhead reaches w/ the L arm
            Goal: do her own shopping at Safeway on the scooter
            """,
            ["S42.202D"], [OT("97530", 18)], []),

        // Northeast El Paso 97116 with SPC around the gym and parking lot, L knee OA and deviations, but no distance, count or assistance level ("walked well, no LOB"): measure only.
        ["v5-h53-elpaso-97116-no-distance-no-level"] = new(
            """
            FRANKLIN MOUNTAINS REHAB — Northeast — PT
            97116 — 13 min
            Gait training w/ SPC in the R hand around the gym and out the back door to the parking lot; cues for L heel strike, a longer R step, less forward trunk lean
            L knee OA (retired Fort Bliss sergeant major — "jump school knee")
            Pt walked well, no LOB
            """,
            ["M17.12"], [PT("97116", 13)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, mismatches, missing separate time

        // Green Valley "Time ledger — 97112: twenty-two (22) · 97116: twelve (12) · both 1:1": both match; NMR (stabilization, reactive stepping, foam head turns; postural control after hip fx; Berg) and gait (walker → SPC, distances, CGA, deviations) complete: passes.
        ["v6-h53-greenvalley-time-ledger"] = new(
            """
            SANTA RITA REHAB — Green Valley — PT daily
            Time ledger — 97112: twenty-two (22) · 97116: twelve (12) · both 1:1
            97112: rhythmic stabilization tall-kneel → half-kneel, reactive stepping to lateral pushes, foam stance w/ head turns — ↓ postural control and late protective stepping after R hip fx (ORIF 11/2025). Berg 45/56 (38/56 at IE).
            97116: 4-wheeled walker → SPC trial, 2 x 180 ft indoors + 60 ft on the gravel path by the desert landscaping, CGA; cues for R heel strike, less R Trendelenburg.
            """,
            ["S72.001D"], [PT("97112", 22), PT("97116", 12)], []),

        // Sun City "⏐" rows "97140 ⏐ 10 min ⏐ …" and "97110 ⏐ 15 min ⏐ …": both match; UPA with grade and bouts, neck and scapular exercises with doses; R cervical radiculopathy with rotation degrees and grip kg: passes.
        ["v6-h53-suncity-bar-rows"] = new(
            """
            AGUA FRIA OUTPATIENT THERAPY ⏐ Sun City ⏐ PT
            97140 ⏐ 10 min ⏐ C-spine: R UPA C5–6 gr III 3 x 30 s; suboccipital release; R upper trap STM
            97110 ⏐ 15 min ⏐ chin tucks w/ 5-s hold 3 x 10; scapular retraction w/ red band 3 x 12; thoracic extension over the foam roll x 10; open books 2 x 10 each
            Why: R cervical radiculopathy — R rotation 50° limits backing the golf cart out of the garage; R grip 22 kg
            """,
            ["M54.12"], [PT("97140", 10), PT("97110", 15)], []),

        // Henderson "Gait … , 11 min (97116)" and "Postural control work … , 24 min (97112)": minutes before the code after each description, both match; "1:1 all timed work"; both sections complete: passes.
        ["v6-h53-henderson-minutes-before-code"] = new(
            """
            Spring Mountain Balance & Vestibular — Henderson. PT. 1:1 all timed work.
            Gait on the walking path behind the clinic w/ the rollator, 3 x 250 ft incl. a curb cut and a slope, SBA, working on R step length and foot clearance (R foot drag after L pontine stroke), 11 min (97116).
            Postural control work: standing on the StrongBoard reaching to targets, perturbations at the shoulders, stepping over canes laid out as a ladder; impaired R-sided motor recruitment and delayed ankle strategy; Mini-BEST 17/28 (13/28 at IE), 24 min (97112).
            """,
            ["I69.351"], [PT("97116", 11), PT("97112", 24)], []),

        // St. George clock ranges with MST "NMR (97112) 2:10–2:33 pm MST, 1:1 ▸ Gait (97116) 2:33–2:45 pm MST": 23 and 12 minutes, both match; PNF D2, ball stabilization, foam EC (proprioception, ankle strategy; Berg) and SPC gait (distance, SBA, deviations): passes.
        ["v6-h53-stgeorge-mst-clock-ranges"] = new(
            """
            RED CLIFFS REHAB — St. George (Sunset Blvd) — PT
            NMR (97112) 2:10–2:33 pm MST, 1:1  ▸  Gait (97116) 2:33–2:45 pm MST
            NMR: D2 PNF patterns of the L LE w/ approximation in standing; rhythmic stabilization on a physioball; foam stance EC w/ head turns — ↓ L LE proprioception and delayed ankle strategy (L TKA + DM neuropathy). Berg 47/56 (41/56 at IE).
            Gait: SPC in the R hand, 3 x 160 ft incl. the sloped sidewalk out front, SBA; L knee stiff in swing, short R step.
            """,
            ["Z96.652", "E11.42"], [PT("97112", 23), PT("97116", 12)], []),

        // Lower Valley "Ther ex — 30 mins" on the one timed code against an 18-min 97110 line: mismatch; shoulder exercises with doses, impingement with degrees and a carport-shelf goal complete.
        ["v6-h53-lowervalley-one-code-mismatch"] = new(
            """
            FRANKLIN MOUNTAINS REHAB — Lower Valley — PT
            Ther ex — 30 mins — R shoulder impingement (retired motor-pool mechanic; goal: reach the top shelf of the carport cabinets)
            Sidelying ER 2 lb 3 x 12; prone Y and T 2 x 10; serratus wall slides x 15; sleeper stretch 3 x 30-s hold
            R shoulder flexion 150°, ER 4-/5
            """,
            ["M75.41"], [PT("97110", 18)], [At(Mismatch, "97110")]),

        // Indio "Timed: 97112 — 25 min (1:1) / 97530 — 15 min" against a 28-min 97530 line: mismatch on 97530, 97112 matches; perturbations, rocker board, foam tandem (postural control; Berg, perturbation count) and floor recovery with levels and a goal complete.
        ["v6-h53-indio-second-code-mismatch"] = new(
            """
            DESERT PALMS HEALTH — Outpatient Rehab, Indio — PT
            Timed: 97112 — 25 min (1:1)  /  97530 — 15 min
            97112: standing perturbations A/P w/ stepping response; rocker-board weight shifts EC; tandem on foam — ↓ postural control and late compensatory stepping (2 falls in his yard since January). Berg 44/56; 4 of 6 perturbations recovered w/ a single step.
            97530: floor recovery — side-sit → half-kneel → stand using a chair, x 4, Min A → CGA; carrying a 10-lb box of dates from the counter to a trunk-height shelf x 3. Goal: get up off the ground by himself if he falls in the yard.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25), PT("97530", 28)], [At(Mismatch, "97530")]),

        // Hurricane PT/OT co-treat "both with this pt only": the PT's "97116 · 14 min" matches; the OT's "97530 · 30 min" against a 16-min OT line: mismatch on 97530; both sections complete (walker, distances, CGA, foot drag; RV galley meal prep with SBA and a Moab goal).
        ["v6-h53-hurricane-cotreat-ot-mismatch"] = new(
            """
            RED CLIFFS REHAB — Hurricane — PT/OT co-treatment, both therapists with this pt only
            PT · 97116 · 14 min: gait w/ 4-wheeled walker down the trailer-aisle mock-up and 2 x 150 ft outside on the gravel pad, CGA; L foot drag and ↓ L hip flexion in swing (R MCA stroke)
            OT · 97530 · 30 min: meal prep in the RV galley mock-up — 2-burner stove, reaching to the overhead cabinet, carrying a pot 6 ft to the dinette with the counter for support; SBA; L hand used as a stabilizer. Goal: cook breakfast in the motorhome on their trip to Moab
            """,
            ["I69.354"], [PT("97116", 14), OT("97530", 16)], [At(Mismatch, "97530")]),

        // Green Valley "Timed tx today: 35 min combined (NMR + gait), 1:1 throughout" is the only time for 97112 and 97116: no minutes for each; both sections complete.
        ["v6-h53-greenvalley-combined-total-only"] = new(
            """
            SANTA RITA REHAB — Green Valley — PT
            Timed tx today: 35 min combined (NMR + gait), 1:1 throughout
            NMR: rhythmic stabilization standing at the counter; lateral stepping over a line to the PT's pushes; foam stance w/ ball catches — delayed lateral protective stepping, ↓ proprioception B ankles. Berg 48/56.
            Gait: rollator → SPC 2 x 200 ft and the parking-lot curb, SBA; short R step, ↓ R heel strike.
            """,
            ["R26.81"], [PT("97112", 23), PT("97116", 12)], [SepTime]),

        // Surprise "Manual (97140) 10 min: …" but the ther ex that follows gives no minutes: separate time missing; both parts complete (hip distraction and glides with grade and bouts; hip exercises with doses; hip OA with IR and strength, golf-cart goal).
        ["v6-h53-surprise-minutes-for-one-of-two"] = new(
            """
            AGUA FRIA OUTPATIENT THERAPY ⏐ Surprise ⏐ PT
            Manual (97140) 10 min: R hip long-axis distraction w/ belt gr III 3 x 30 s; posterior glides gr III 3 x 30 s; STM R TFL / glute med
            Ther ex: bridges 3 x 12; sidelying hip abd 2 x 12; standing hip ext w/ band 2 x 15; step-ups 6-in 2 x 10
            R hip OA — IR 10°, abd 3+/5; goal: climb into the golf cart's driver seat without lifting the leg in by hand
            """,
            ["M16.11"], [PT("97140", 10), PT("97110", 15)], [SepTime]),

        // Palm Desert hashtag rows "#TE 12min … #MT 9min … #TA 15min": each code's minutes, all three match; eccentric wrist work with doses, cross-friction and distraction in bouts, chipping and bag carries with counts; golfer's elbow with grip kg and a goal: passes.
        ["v6-h53-palmdesert-hashtag-rows"] = new(
            """
            golfer's elbow f/u — Palm Desert — PT
            #TE 12min  eccentric wrist-flexor curls 2 lb 3 x 15; pronation/supination w/ hammer 2 x 12; putty grip x 20
            #MT 9min  cross-friction + STM R medial epicondyle common flexor origin 3 x 90 s; humeroulnar distraction gr III 3 x 30 s
            #TA 15min  chipping w/ a pitching wedge 3 x 10 swings; carrying the golf bag 40 ft x 3 in the R hand; goal: carry her own clubs to the first tee
            R medial epicondylalgia; grip R 18 kg vs L 26 kg
            """,
            ["M77.01"], [PT("97110", 12), PT("97140", 9), PT("97530", 15)], []),

        // Summerlin dictation with CPT descriptions and spelled-out minutes ("twenty minutes on neuromuscular re-education …, one-on-one", "another thirteen minutes on gait training"): both match; both parts complete: passes.
        ["v6-h53-summerlin-dictated-minutes-in-words"] = new(
            """
            Spring Mountain Balance & Vestibular — Summerlin. Dictated by the PT.
            I spent twenty minutes on neuromuscular re-education with Mrs. Adeyemi, one-on-one the entire time: standing on the foam pad with eyes closed while I gave small unexpected nudges at the shoulders, stepping up and over a low hurdle while turning her head to find colored cones, and sit-to-stand with eyes closed. She has a slow postural response and reduced sensation in both feet from her diabetic neuropathy. Her Mini-BESTest was 18 of 28 today, up from 14 at her evaluation.
            Then I spent another thirteen minutes on gait training with her four-wheeled walker: two laps of the back hallway, 180 feet each, plus the ramp to the parking lot, with stand-by assist; she still takes short, shuffling steps on the right.
            """,
            ["E11.42", "R26.81"], [PT("97112", 20), PT("97116", 13)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a 97112 + 97116 visit: DOC_NOTE_MISSING on each line, nothing else.
        ["v7-h53-empty-nmr-and-gait"] = new(
            "",
            ["R26.81"], [PT("97112", 22), PT("97116", 12)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // Tabs and newlines only on a PTA 97110 visit sent without a diagnosis: missing on 97110, and the diagnosis check.
        ["v7-h53-tabs-newlines-97110-no-dx"] = new(
            "\t\n \t\n",
            [], [PTA("97110", 15)], [At(NoteMissing, "97110"), Dx]),

        // Empty note on an OT 97530 visit: DOC_NOTE_MISSING only.
        ["v7-h53-empty-ot-97530"] = new(
            "",
            ["S42.202D"], [OT("97530", 18)], [At(NoteMissing, "97530")]),

        // 97110 of rotation and anti-rotation work with doses (half-kneel thoracic rotation, Pallof press, cat-camel, hip hinge) for thoracic stiffness and low-back strain with an 18-hole goal: passes.
        ["v7-h53-suncitywest-97110-rotation-pallof"] = new(
            """
            AGUA FRIA OUTPATIENT THERAPY ⏐ Sun City West ⏐ PT
            97110 ⏐ 15 min
            Half-kneel thoracic rotation w/ dowel 2 x 10 each side; Pallof press, red cable 2 x 12 each side; cat-camel x 10; standing hip-hinge drill w/ dowel x 12
            Why: thoracic stiffness and low-back strain with the golf backswing; goal: play the Grandview course, 18 holes, without back pain
            """,
            ["M54.50"], [PT("97110", 15)], []),

        // PTA 97530 in a fifth-wheel: getting onto the RV bed from the narrow side, entry steps with the door grab bar, dinette bench with counts; Min A → CGA; L knee flexion limit and a sleep-in-their-own-rig goal: passes.
        ["v7-h53-stgeorge-97530-rv-bed-and-steps"] = new(
            """
            RED CLIFFS REHAB — St. George — PTA
            97530 — 20 min — fifth-wheel life after L TKA
            Getting onto the RV's walk-around queen bed from the narrow side (bed 26 in high), sit → supine → sit x 5; up the 3 RV entry steps holding the door grab bar x 4; lowering to and rising from the dinette bench x 6
            Min A for the L leg onto the bed → CGA by trial 4
            L knee flexion limits bed mobility in the tight space; goal: sleep in their own rig again instead of the daughter's guest room
            """,
            ["Z96.652"], [PTA("97530", 20)], []),

        // 97140 L GH posterior and inferior glides (Maitland III–IV) in bouts with scapulothoracic mobilization; adhesive capsulitis with ER and abduction degrees: passes.
        ["v7-h53-greenvalley-97140-gh-glides"] = new(
            """
            SANTA RITA REHAB — Green Valley — PT
            97140 — 10 min
            L GH posterior + inferior glides (Maitland gr III–IV) in supine w/ a belt, 3 bouts of 60 s each; scapulothoracic mobilization in sidelying
            L adhesive capsulitis, freezing → frozen phase; ER 25°, abduction 85°
            """,
            ["M75.02"], [PT("97140", 10)], []),

        // PTA 97116 with a front-wheeled walker 2 x 150 ft and the one step down into a sunken living room mock-up x 6, CGA; knee buckling and a short R step: passes.
        ["v7-h53-henderson-97116-sunken-living-room"] = new(
            """
            SPRING MOUNTAIN BALANCE & VESTIBULAR — Henderson — PTA
            97116 — 12 min
            Gait w/ front-wheeled walker 2 x 150 ft; then the single 7-in step down into a sunken living room mock-up, step-to pattern w/ a wall rail, x 6; CGA
            R knee buckles on the step down (R quad 3+/5); shuffling w/ a short R step
            """,
            ["M62.81", "R26.89"], [PTA("97116", 12)], []),

        // "97140 — 12 min. Manual techniques PRN per POC. Pt tol w/o c/o. Cont per plan.": minutes match but no technique, region or parameter: generic only.
        ["v7-h53-generic-97140-prn"] = new(
            "97140 — 12 min. Manual techniques PRN per POC. Pt tol w/o c/o. Cont per plan.",
            ["M54.50"], [PT("97140", 12)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // A clinic header, "Functional activities as per POC. Pt engaged and motivated. Will continue." and an e-signature: generic only on the 97530.
        ["v7-h53-generic-97530-e-signed"] = new(
            """
            AGUA FRIA OUTPATIENT THERAPY — Surprise
            Ther activities 97530, 18 min. Functional activities as per POC. Pt engaged and motivated. Will continue.
            e-signed: T. Barraza, PTA
            """,
            ["M62.81"], [PTA("97530", 18)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // "NMR 97112 — 20 min. Balance and coordination work. Pt tolerated well despite the heat; hydration encouraged. Cont POC.": generic, no one-on-one.
        ["v7-h53-generic-97112-heat"] = new(
            "NMR 97112 — 20 min. Balance and coordination work. Pt tolerated well despite the heat; hydration encouraged. Cont POC.",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes

        // Sun City snowbird R TKA (surgery in Bismarck, home-clinic notes in chart): "97110 ⏐ 18 min" (quad sets, SAQ, heel slides, bike with doses) and "97140 ⏐ 10 min" (patellar and tibiofemoral glides with grade and bouts, STM) match; AROM and lag degrees; golf-cart limit: passes.
        ["vord-h53-suncity-snowbird-tka-te-mt"] = new(
            """
            AGUA FRIA OUTPATIENT THERAPY ⏐ Sun City ⏐ PT
            R TKA 11/18/2025 (done in Bismarck ND; home-clinic PT notes through 01/06 scanned into the chart) — here for the winter
            97110 ⏐ 18 min ⏐ quad sets w/ 5-s hold x 15; SAQ w/ 2-lb cuff 3 x 12; heel slides w/ strap 2 x 15; recumbent bike seat 8, full revolutions x 40
            97140 ⏐ 10 min ⏐ patellar glides sup/inf/med/lat 2 x 30 s each; tibiofemoral A-P glides gr III 3 x 30 s; STM along the lateral retinaculum
            Why: R knee stiffness + quad lag after TKA — AROM 4–102°, quad lag 5°; can't get in/out of the golf cart without lifting the R leg by hand
            """,
            ["Z96.651", "M25.661"], [PT("97110", 18), PT("97140", 10)], []),

        // Green Valley narrative after L THA: "Gait training (97116), 13 minutes" (walker and cane distances, contact guard, hip hike) and "Ther ex (97110), 15 minutes" (doses, abductor weakness, mailbox goal) match: passes.
        ["vord-h53-greenvalley-tha-gait-te-narrative"] = new(
            """
            Santa Rita Rehab — Green Valley (Continental Rd). Mr. Pruitt, 81, had his L THA six weeks ago in Tucson; he lives in a one-story stucco patio home with a 2-in threshold at the slider. Gait training (97116), 13 minutes: walked with the four-wheeled walker 2 x 200 ft through the clinic and out along the shaded walkway, then with a single-point cane 100 ft, contact guard; his L stance is short and he hikes the L hip to clear the foot, better with cueing. Ther ex (97110), 15 minutes: standing hip abduction 2 x 12 and extension 2 x 12 at the counter, mini-squats 3 x 10, sit-to-stand from a 19-in chair without hands x 10. L hip abductor weakness (3+/5) is the limiter; his goal is walking the cart path to the mailbox cluster without the walker.
            """,
            ["Z96.642"], [PT("97116", 13), PT("97110", 15)], []),

        // Summerlin "▪" template after vestibular schwannoma resection: 97112 20 one-on-one (VOR x1 on foam, head-turn walking, EC tandem; uncompensated L loss; DVA, FGA) and 97110 10 (step-ups, heel raises, wall sits with doses; deconditioning) match: passes.
        ["vord-h53-summerlin-schwannoma-nmr-te"] = new(
            """
            SPRING MOUNTAIN BALANCE & VESTIBULAR — Summerlin
            PT follow-up ▪ L vestibular schwannoma resection (Oct) ▪ retired Hoover Dam powerhouse electrician
            97112 ▪ 20 min ▪ one-on-one, no other pts in the vestibular room
              VOR x1 yaw / pitch on firm → foam, 3 rounds each; walking w/ head turns to read wall signs; tandem walk w/ eyes closed along the mat edge
              L vestibular loss, uncompensated — oscillopsia when walking, veers L in the dark
              DVA 3 lines (5 at IE) ▪ FGA 20/30
            97110 ▪ 10 min ▪ B LE strengthening for deconditioning since surgery: step-ups 6-in 2 x 12, heel raises 2 x 15, wall sits 3 x 20-s hold
            """,
            ["D33.3", "R26.81"], [PT("97112", 20), PT("97110", 10)], []),

        // Henderson Parkinson's: "97112 25 min — 1:1, … no one else in my care" (big-amplitude stepping, backward release, sit-stand-turn sequences; retropulsion and APAs; pull test, Mini-BEST) and "97116 12 min" (metronome-cued walking, doorway, SBA, turn steps) match: passes.
        ["vord-h53-henderson-pd-nmr-gait"] = new(
            """
            SMBV — Henderson (Sun City Anthem shuttle) — PT — Parkinson's, H&Y 2.5; retired Air Force weather officer
            97112 25 min — 1:1, PT on the gait belt the whole block, no one else in my care
              Big-amplitude stepping to floor tape; reactive backward stepping when released from the PT's hold; sit-stand-turn-sit sequences to a count
              Postural instability w/ retropulsion; slow anticipatory postural adjustments before stepping
              Pull test 3 → 2 steps; Mini-BEST 19/28
            97116 12 min — walked 4 x 100 ft without a device to a metronome cue, then through the doorway mock-up; SBA; shuffling and ↓ arm swing improve w/ the cue; turns in 5 steps
            """,
            ["R26.89", "R26.81"], [PT("97112", 25), PT("97116", 12)], []),

        // Palm Desert hospital "CHARGES → 97110 (20 min), 97140 (10 min)" after RTC repair: glides with grade and bouts, scapular mobs, STM; band, prone and wall-slide exercises with doses; AROM and strength; pickleball and overhead-bin goals: passes.
        ["vord-h53-palmdesert-rtc-charges-arrow"] = new(
            """
            DESERT PALMS HEALTH — Outpatient Rehabilitation, Palm Desert
            PT Daily Note — R RTC repair (supraspinatus), wk 16; winters in Palm Desert, summers in Coeur d'Alene
            CHARGES → 97110 (20 min), 97140 (10 min)
            Manual: GH posterior glides gr III 3 x 45 s; scapular upward-rotation mobs in sidelying; STM infraspinatus / teres minor
            Exercise: ER at 0° abd w/ red band 3 x 12; prone T and Y 2 x 10 w/ 1 lb; wall slides w/ lift-off x 12; supine serratus punch 3 lb 3 x 12
            R shoulder AROM flexion 140°, ER 55°; ER strength 4-/5
            Goal: back to pickleball overheads, and lift the carry-on into the overhead bin for the trip north in May
            """,
            ["M75.121"], [PT("97110", 20), PT("97140", 10)], []),

        // Indio bilingual "La espalda me jala cuando me agacho": 97140 11 (central and rotational mobs with grade, STM) and 97110 16 (press-ups, bird-dog, bridges, hip hinge with doses) match; lumbar flexion loss; citrus-bag lifting goal: passes.
        ["vord-h53-indio-bilingual-lumbar-mt-te"] = new(
            """
            DESERT PALMS HEALTH — Outpatient Rehab, Indio — PT
            S: "La espalda me jala cuando me agacho" — his low back pulls when he bends (68, retired date-palm climber)
            97140 — 11 min: L4–5 central PA mobs gr III 3 x 30 s; sidelying lumbar rotation mob gr III 3 x 30 s; STM B lumbar paraspinals
            97110 — 16 min: prone press-ups 2 x 10; bird-dog 2 x 10 each w/ 3-s hold; bridges 3 x 12; hip hinge w/ dowel x 15
            Lumbar flexion 50% limited; goal: lift a 20-lb bag of citrus from the ground to the truck tailgate
            """,
            ["M54.50"], [PT("97140", 11), PT("97110", 16)], []),

        // St. George pickleball player's Achilles: Alfredson heel drops, seated soleus with a plate, single-leg heel raises to fatigue with counts; L midportion tendinopathy; round-robin goal: passes.
        ["vord-h53-stgeorge-achilles-pickleball"] = new(
            """
            RED CLIFFS REHAB — St. George (Riverside Dr) — PT
            97110 Ther ex — 17 min — L midportion Achilles tendinopathy; plays pickleball 5 mornings a week at Little Valley
              Eccentric heel drops off the step (Alfredson), straight and bent knee, 3 x 15 each
              Seated soleus raises w/ a 25-lb plate 3 x 12
              Single-leg heel raises to fatigue: L 14 / R 22
            Goal: play a full round-robin morning without next-day heel pain
            """,
            ["M76.62"], [PT("97110", 17)], []),

        // Hurricane motorhome stroke patient: "97112: 23 min, 1:1 (PT only w/ pt)" (weight shifts with tactile cues, rhythmic stabilization, PNF D1; L LE recruitment and timing; FMA-LE) and "97530: 15 min" (coach steps, aisle turns, dinette with counts, CGA/SBA, Bryce goal) match: passes.
        ["vord-h53-hurricane-motorhome-nmr-ta"] = new(
            """
            RED CLIFFS REHAB — Hurricane — PT — R MCA stroke 09/2025; he and his wife full-time in a Class C motorhome at the Sand Hollow RV resort
            97112: 23 min, 1:1 (PT only w/ pt). Weight shifts onto the L leg in stride stance w/ tactile cues at the L glute; quadruped → tall-kneel rhythmic stabilization; L LE PNF D1 flexion against resistance. L LE motor recruitment and timing (knee snaps back in stance). FMA-LE 22/34.
            97530: 15 min. Motorhome entry: 3 steps w/ the door grab handle + a cane, up with the R and down with the L, x 4; turning in the narrow aisle; sit → stand from the dinette x 6. CGA on the steps, SBA for turns. Goal: manage the coach steps alone so his wife can drive them to Bryce in May.
            """,
            ["I69.354"], [PT("97112", 23), PT("97530", 15)], []),

        // Northeast El Paso PTA after trimalleolar ORIF: "TE 97110 15 min" (alphabet, calf raises, band, step-ups with doses) and "GT 97116 12 min" (SPC distances with grass and curb, SBA, deviations) match; DF degrees; commissary goal: passes.
        ["vord-h53-elpaso-trimalleolar-te-gt"] = new(
            """
            FRANKLIN MOUNTAINS REHAB — Northeast El Paso — PTA note
            R trimalleolar ankle fx, ORIF 12 wk; retired master sergeant, shops at the Fort Bliss commissary
            TE 97110 15 min: ankle alphabet x 2; calf raises B → R only 3 x 10; band DF / EV / INV, green, 3 x 15; step-ups 6-in R lead 2 x 12
            GT 97116 12 min: SPC in the L hand 3 x 150 ft incl. grass and a curb; SBA; ↓ R push-off, short L step; cues for heel-toe
            R ankle DF 5° (goal 10°); goal: walk the commissary aisles without the cane
            """,
            ["S82.851D"], [PTA("97110", 15), PTA("97116", 12)], []),

        // Ysleta line dancing: "direct, one patient to one therapist"; grapevine, rock step, kick-ball-change and quarter turns slowed down; sequencing/timing and lateral weight-shift deficits; grapevine trials and FSST: passes.
        ["vord-h53-ysleta-line-dance-nmr"] = new(
            """
            FRANKLIN MOUNTAINS REHAB — Ysleta — PT
            97112 — 24 min — direct, one patient to one therapist
            Line-dance step patterns slowed down: grapevine R and L, rock step, kick-ball-change, quarter turns — first holding the counter, then free-standing on the wood floor; steps called out of order to work timing
            Deficit: sequencing and timing errors and ↓ lateral weight-shift control (L TKA + mild peripheral neuropathy); loses balance on the quarter turn
            8-count grapevine correct in 7 of 10 trials; FSST 10.8 s
            Goal: back to the Tuesday line-dance class at the senior center
            """,
            ["Z96.652", "R26.81"], [PT("97112", 24)], []),

        // Sahuarita OT CMC OA: "97110 · 10 min" (opposition, isometric abduction, putty, wrist with doses) and "97530 · 15 min" (jar lids with Dycem and a key turner, shears, watering can with counts and distance) match; key pinch kg; pruning goal: passes.
        ["vord-h53-sahuarita-ot-cmc-te-ta"] = new(
            """
            SANTA RITA REHAB — Sahuarita — OT
            R thumb CMC OA (Eaton III); retired avionics engineer, volunteers in the HOA garden
            97110 · 10 min: thumb opposition to each fingertip x 10; isometric thumb abduction 5-s hold x 10; first dorsal interosseous strengthening w/ putty 2 x 10; wrist extension w/ 1 lb 2 x 12
            97530 · 15 min: opening jar lids w/ Dycem and a built-up key turner, 6 trials; pruning shears on dowels w/ the R thumb kept in neutral, 10 cuts; carrying a watering can 20 ft w/ a two-hand hold
            R key pinch 3.5 kg (2.8 kg at IE); goal: prune her own roses and open jars without help
            """,
            ["M18.11"], [OT("97110", 10), OT("97530", 15)], []),

        // Aliante: "97112 22 min [1:1 — pt the only one in my care the whole block]" (foam beam EC, mats of different density, reaction lights; B12 neuropathy; foam Romberg, monofilament) and "97530 14 min" (tray carrying across patterned carpet with counts, SBA, buffet goal) match: passes.
        ["vord-h53-aliante-neuropathy-nmr-ta"] = new(
            """
            SPRING MOUNTAIN BALANCE & VESTIBULAR — North Las Vegas (Aliante) — PT
            97112 22 min [1:1 — pt the only one in my care the whole block]
             - foam beam w/ EC; stepping onto mats of different density in random order; toe-tap reaction drill on the light pods
             - ↓ proprioception and plantar sensation B feet (B12-deficiency neuropathy); leans on vision
             - Romberg on foam 8 s; Semmes-Weinstein 5.07 absent at 4 of 10 sites
            97530 14 min
             - carrying a 5-lb tray across patterned carpet and around a slot stool, 6 passes; picking a dropped card off the floor x 5
             - SBA; goal: walk the casino floor to the buffet with her sisters without a fall (retired cocktail server)
            """,
            ["E53.8", "R26.81"], [PT("97112", 22), PT("97530", 14)], []),

        // Cathedral City PTA after hip hemiarthroplasty: "Gait training (97116) 13 min" (rollator, distance, curb, CGA → SBA, deviations) and "Therapeutic activities (97530) 15 min" (floor transfer Min A, oven-drawer reaches, car transfers with counts, brunch goal) match: passes.
        ["vord-h53-cathedralcity-hemiarthroplasty-gt-ta"] = new(
            """
            DESERT PALMS HEALTH — Outpatient Rehab, Cathedral City — PTA Daily
            Gait training (97116) 13 min: rollator 2 x 250 ft in the hallway + 1 curb; CGA → SBA; cues for a longer L step and less forward trunk flexion; L hip pain shortens L stance
            Therapeutic activities (97530) 15 min: floor transfer via half-kneel w/ a chair x 3 (Min A); reaching into the low oven drawer from standing x 6; in and out of the passenger seat of the car mock-up x 4, SBA
            L hip hemiarthroplasty after a fall on the pool deck in December; goal: ride in her son's car to Sunday brunch in Palm Springs
            """,
            ["S72.002D"], [PTA("97116", 13), PTA("97530", 15)], []),

        // La Quinta lumbar stenosis 97110 (knee to chest, tilts, NuStep, flexion stretch, clamshells with doses); neurogenic claudication with walking tolerance in feet; pushcart goal: passes.
        ["vord-h53-laquinta-stenosis-te"] = new(
            """
            DESERT PALMS HEALTH — Outpatient Rehab, La Quinta — PT
            Lumbar spinal stenosis w/ neurogenic claudication — stops on the PGA West cart path with leg heaviness
            97110 — 20 min: single knee to chest 3 x 30 s each; posterior pelvic tilts 2 x 15; NuStep level 5 x 500 steps; seated flexion stretch 5 x 20 s; sidelying clamshells w/ band 2 x 15 each
            Walking tolerance 350 ft before leg heaviness; goal: walk 9 holes pushing a cart (currently rides)
            """,
            ["M48.062"], [PT("97110", 20)], []),

        // Ivins heat-sensitive MS in the cool room: "97112 — 24 min, I was with her exclusively" (physioball stabilization, perturbed stepping, heel-toe to a target; truncal ataxia and R LE proprioception; Berg, tandem) and "97110 — 12 min" (doses, R hip flexor/DF weakness) match: passes.
        ["vord-h53-ivins-ms-cool-room-nmr-te"] = new(
            """
            RED CLIFFS REHAB — Ivins — PT
            MS, relapsing-remitting, heat-sensitive — treated in the cool room with the fan on and a cooling vest; no heat-related symptoms today
            97112 — 24 min, I was with her exclusively: trunk-on-pelvis rhythmic stabilization sitting on a physioball; stepping-strategy drills with perturbation; heel-toe walking on a line toward a visual target. Truncal ataxia and ↓ R LE proprioception. Berg 46/56; tandem stance 8 s.
            97110 — 12 min: standing marches w/ a 2-lb cuff 2 x 12; DF w/ band 3 x 15; bridges 2 x 12 — R hip flexor and DF weakness (4-/5), the R foot catches on the Snow Canyon trail
            """,
            ["R27.0", "R26.89"], [PT("97112", 24), PT("97110", 12)], []),

        // Surprise 97140 for a retired avionics technician's neck: manual traction and facet glides with grade and bouts, suboccipital inhibition, thoracic PAs; cervical extension and rotation degrees with a looking-up limit: passes.
        ["vord-h53-surprise-cervical-mt"] = new(
            """
            AGUA FRIA OUTPATIENT THERAPY ⏐ Surprise ⏐ PT
            97140 ⏐ 12 min ⏐ retired Honeywell avionics tech — neck stiffness looking up (watching the Luke AFB jets, reaching the garage cabinets)
            Manual cervical traction in supine 3 x 60 s; R C4–5 upslope facet glide gr III 3 x 30 s; suboccipital inhibition 90 s; thoracic PA T3–6 gr III
            Cervical extension 30° → 40°; R rotation 55°
            """,
            ["M47.812"], [PT("97140", 12)], []),

        // North Las Vegas 97116 after R MCA stroke: hemi-walker → quad cane with an AFO, distances, Min A → CGA, treadmill speed and distance; knee hyperextension and swing deviations; Walmart goal: passes.
        ["vord-h53-nlv-stroke-97116"] = new(
            """
            SPRING MOUNTAIN BALANCE & VESTIBULAR — North Las Vegas — PT
            97116 — 20 min — L hemiparesis (R MCA CVA 08/2025), retired civil engineer
            Gait w/ hemi-walker → large-base quad cane, L AFO on: 4 x 120 ft, Min A → CGA; treadmill 0.8 mph for 0.1 mi w/ handrail; L knee hyperextension in midstance, ↓ L hip flexion in swing; cue "soft knee"
            Goal: walk from the accessible parking space into the Walmart on Craig Rd w/ the quad cane
            """,
            ["I69.354"], [PT("97116", 20)], []),

        // Youngtown PTA three codes "all 1:1": 97110 13, 97112 15 and 97116 10 on "⏐" rows, all match, each section complete (doses and hip weakness; foam/dual-task/step-strategy with tandem EC and TUG; SPC distance, SBA, deviations): passes.
        ["vord-h53-youngtown-pta-three-codes"] = new(
            """
            AGUA FRIA OUTPATIENT THERAPY ⏐ Youngtown ⏐ PTA — 3 codes, all 1:1
            97110 ⏐ 13 min ⏐ LAQ 3 lb 3 x 12 B; standing hip abd 2 x 12 B; heel raises 2 x 15 — B LE weakness (hip abd 3+/5)
            97112 ⏐ 15 min ⏐ tandem on foam EO/EC; toe taps to cones while naming animals; step-strategy drill to manual pushes — ↓ postural control, delayed stepping; tandem EC 6 s, TUG 12.8 s
            97116 ⏐ 10 min ⏐ SPC 3 x 120 ft + 4-in step up/down x 6, SBA; short R step, ↓ R heel strike
            """,
            ["R26.81", "M62.81"], [PTA("97110", 13), PTA("97112", 15), PTA("97116", 10)], []),

        // Rancho Mirage OT after a Colles' fracture: "OT 97140 — 9 min" (distraction and volar glides with grade and bouts, scar massage) and "OT 97110 — 15 min" (AROM, hammer, curls, putty with doses) match; wrist degrees and grip kg; tennis and carafe goal: passes.
        ["vord-h53-ranchomirage-ot-colles-mt-te"] = new(
            """
            DESERT PALMS HEALTH — Outpatient OT / Hand, Rancho Mirage
            L Colles' fx (fell on the tennis court at the club), ORIF wk 9; retired dentist, summers in Spokane
            OT 97140 — 9 min: radiocarpal distraction gr III 3 x 30 s; volar glides of the carpus 3 x 30 s; scar massage over the volar incision 3 x 60 s
            OT 97110 — 15 min: wrist flexion/extension AROM 2 x 15; supination w/ hammer 2 x 10; wrist curls 1 lb 2 x 12; putty grip x 20
            L wrist ext 45°, supination 60°; grip L 14 kg / R 27 kg; goal: hold a tennis racquet and pour from the coffee carafe
            """,
            ["S52.532D"], [OT("97140", 9), OT("97110", 15)], []),

        // Washington UT tabernacle tour volunteer: "97112 22 min, one-on-one" (dual-task foam stance, perturbed stepping, carioca; dual-task postural control and bilateral vestibular hypofunction; TUG-cognitive, FGA) and "97530 13 min" (stairs carrying a binder, podium turns with counts, SBA, volunteer goal) match: passes.
        ["vord-h53-washington-tabernacle-volunteer-nmr-ta"] = new(
            """
            RED CLIFFS REHAB — Washington, UT — PT
            Pt (79) volunteers two shifts a week giving tours at the St. George Tabernacle — stands, walks the aisles, climbs the gallery stairs
            97112 22 min, one-on-one: foam stance w/ head turns while describing a photo (dual task); perturbations while stepping; carioca along the rail
              ↓ postural control under dual task; bilateral vestibular hypofunction (age-related, per VNG)
              TUG-cognitive 15.6 s (TUG 11.2 s); FGA 21/30
            97530 13 min: up and down 14 stairs w/ one rail carrying a binder in the other hand x 2; standing at a podium mock-up turning to point to the gallery x 6; SBA
              Goal: back to her Tuesday and Thursday tour shifts
            """,
            ["R26.81", "H81.393"], [PT("97112", 22), PT("97530", 13)], []),

        // Socorro bilingual knee OA 97110 (sit-to-stand, step-ups, TKE, SAQ, curls with doses), quad strength and extension lag; city-bus steps and panadería goal: passes.
        ["vord-h53-socorro-knee-oa-te"] = new(
            """
            FRANKLIN MOUNTAINS REHAB — Socorro — PT
            S: "Ya puedo subir al camión sin jalarme del tubo" (she can get up into the bus now without pulling on the pole)
            97110 — 20 min — B knee OA (L > R)
              sit-to-stand from an 18-in chair 3 x 10; step-ups 7-in 3 x 10 L lead; TKE w/ blue band 3 x 15 L; SAQ 3 lb 2 x 15; standing hamstring curls 2 x 12
            L quad 4-/5; L knee extension lag 5°
            Goal: climb the city bus steps and walk to the panadería on Alameda
            """,
            ["M17.0"], [PT("97110", 20)], []),

        // Sun City Summerlin PTA 97110 for L shoulder impingement (band, sidelying ER, prone extension, wall angels, pec stretch with doses), AROM and painful arc; water-aerobics goal: passes.
        ["vord-h53-suncitysummerlin-water-aerobics-te"] = new(
            """
            SMBV — Sun City Summerlin — PTA
            97110 — 14 min — L shoulder impingement; goal: back to water aerobics at the community center pool (overhead arm sweeps)
            Scapular retraction w/ yellow band 3 x 12; sidelying ER 1 lb 3 x 12; prone extension 2 x 10; wall angels x 10; doorway pec stretch 3 x 30 s
            L shoulder flexion AROM 145°, painful arc 90–120°
            """,
            ["M75.42"], [PTA("97110", 14)], []),

        // Complete Green Valley 97110 for a Fargo winter visitor's patellofemoral pain (step-downs, hip abd, wall sits, clamshells with doses; strength and step-down depth; trail goal) sent with no diagnosis.
        ["vord-h53-greenvalley-complete-no-dx"] = new(
            """
            Santa Rita Rehab — Green Valley — PT. Ms. Odegaard (winter visitor from Fargo), R patellofemoral pain walking the Canoa Ranch trails. 97110, 16 min: step-downs from 4 in 3 x 10 with the knee over the 2nd toe, sidelying hip abduction 3 x 12, wall sits 3 x 20-s hold, clamshells with green band 3 x 15. R hip abductors 4-/5; pain-free step-down depth 6 in. Goal: walk the Anza Trail segment along the Santa Cruz River with her club.
            """,
            [], [PT("97110", 16)], [Dx]),

        // Henderson snowbird whose referral code was copied from an old paper referral as ICD-9 "780.4": complete 97112 (1:1, habituation and visual-motion work; R hypofunction with motion-provoked dizziness; DGI, DVA): diagnosis only.
        ["vord-h53-henderson-icd9-from-old-referral"] = new(
            """
            SPRING MOUNTAIN BALANCE & VESTIBULAR — Henderson — PT
            Referral dx as written on the pt's old paper referral from her Minnesota clinic: 780.4 (dizziness)
            97112 · 21 min · 1:1
              Habituation: repeated R sidelying and quick head turns (her provoking positions); walking w/ head pitch; visual-motion tolerance in front of a striped video
              Motion-provoked dizziness and ↓ gaze stability — R vestibular hypofunction
              DGI 19/24; DVA loss 2 lines
            """,
            ["780.4"], [PT("97112", 21)], [Dx]),

        // Terse "TE/NMR 35 min. Pt did well, no c/o. Cont per POC.": a combined total only, and nothing named, targeted or measured for either code, no one-on-one.
        ["vord-h53-terse-combined-generic"] = new(
            "TE/NMR 35 min. Pt did well, no c/o. Cont per POC.",
            ["R26.81", "M62.81"], [PT("97110", 15), PT("97112", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // Palm Springs hospital two-code note, complete (perturbations, half-dome, EC Airex; reactive stepping and somatosensory loss; Mini-BEST; rollator → SPC distances, SBA, VillageFest goal), minutes match, but never says one-on-one.
        ["vord-h53-palmsprings-nmr-gait-no-one-on-one"] = new(
            """
            DESERT PALMS HEALTH — Outpatient Rehab, Palm Springs
            Neuromuscular re-education (97112) — 22 min: perturbations in stance and while walking (PT at the gait belt), stepping onto and off a half-dome, EC standing on the Airex w/ head turns. Targets: delayed reactive stepping and ↓ somatosensory input from the feet (idiopathic neuropathy). Mini-BESTest 17/28.
            Gait training (97116) — 12 min: rollator → SPC, 3 x 150 ft plus the clinic ramp, SBA; wide base, ↓ step length B.
            Goal: walk Palm Canyon Dr. at VillageFest on Thursday nights with his wife.
            """,
            ["G60.9", "R26.81"], [PT("97112", 22), PT("97116", 12)], [At(OneOnOne, "97112")]),

        // St. George casita 97530 (floor transfer using the couch, laundry basket down the hall, walk-in shower with grab bar) with a TKA and a gardening goal but no count, distance or level ("needed some help"): measure only.
        ["vord-h53-stgeorge-casita-97530-no-measure"] = new(
            """
            RED CLIFFS REHAB — St. George — PTA
            97530 — 16 min: practiced getting down to and up from the floor using the couch, carrying the laundry basket through the narrow hall of the casita, stepping into the walk-in shower holding the grab bar. Pt did well; needed some help on the floor transfer.
            R TKA (December); goal: garden in her raised beds and get herself up if she falls
            """,
            ["Z96.651"], [PTA("97530", 16)], [At(Measure, "97530")]),

        // Las Vegas "NMR 97112 — 30 min — 1:1 the whole time" against a 20-min line: mismatch; Posturomed perturbations, slider stepping, EC foam; L ankle proprioception after ankle fracture; Y-balance and SLS complete.
        ["vord-h53-lasvegas-nmr-minutes-differ"] = new(
            """
            SPRING MOUNTAIN BALANCE & VESTIBULAR — Las Vegas (Eastern Ave) — PT
            NMR 97112 — 30 min — 1:1 the whole time
            Posturomed oscillating platform: single-leg stance with release-and-catch perturbations; lateral slider stepping; EC stance on foam w/ head turns
            ↓ L ankle proprioception and delayed peroneal response after L ankle fx (stepped off a curb on Fremont St.)
            Y-balance anterior reach L 54 cm / R 63 cm; SLS EC L 4 s / R 11 s
            """,
            ["S82.842D"], [PT("97112", 20)], [At(Mismatch, "97112")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
