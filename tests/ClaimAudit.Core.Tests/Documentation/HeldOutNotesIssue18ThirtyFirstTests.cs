using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The thirty-first held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random sample of one week's notes from three sources, in the proportions
/// a billing manager sees them — about two thirds ordinary and complete, single- and multi-code visits, by
/// PTs, PTAs and OTs:
/// <list type="number">
/// <item>a Rocky Mountain ski-town sports and spine practice ("Timberline Sports &amp; Spine": Frisco,
/// Breckenridge, Edwards, Leadville, Steamboat Springs, Crested Butte, Telluride), each site with its own
/// habits — Frisco's "WHAT / WHY / RESULT" daily, Breckenridge's one-line "//" notes, Crested Butte's "::"
/// bullets, Steamboat's first-person narratives with minutes spelled out in words, Leadville's elevation
/// header and pulse oximetry, Edwards' return-to-sport lab — with the season's injuries (ACL reconstruction,
/// MCL sprain, tibial plateau and boot-top tibial shaft fractures, skier's thumb, anterior shoulder
/// dislocation, a proximal humerus fracture at the gondola, an L1 compression fracture on ice, a snowboard
/// wrist, a tree-well ankle, concussion on a groomer) and the region's goals (bumps at Copper, the chairlift
/// load and unload, skis and boot bag from the Gondola lot, snowshoeing to Mayflower Lake, firewood and the
/// woodstove, the river trail, the Main Street loop, shovelling spring snow); Vew-Do, Indo board, KAT,
/// Proprio 5000, Vertimax, reactive neuromuscular training, the Vail Sport Test, Lafayette dynamometry;</item>
/// <item>the contracted outpatient network of a large Medicare Advantage plan ("Peak Advantage Medicare":
/// Pueblo, Grand Junction, Cheyenne, Greeley, Durango, Colorado Springs, Lakewood, Fort Collins, Alamosa,
/// Sterling, Montrose) whose clinics must chart on the plan's utilization-review template (Form UR-3: member
/// ID, auth number and window, visits authorized and this visit's number, a functional-reporting block with
/// primary-limitation boxes and Tool / Current / Goal, a "DELIVERY: [X] Individual (1 clinician : 1 member)
/// [ ] Concurrent [ ] Group" row, "TIMED CPT / MIN: 97112 / 23", skilled intervention, impairment targeted,
/// member response) or its short variant with ✔ / ✘ marks; an Adapted Tango class, a SilverSneakers-style
/// chair circuit, the Senior Fitness Test;</item>
/// <item>an outpatient neuro programme for spinal-cord injury and ALS ("Front Range Neuro Recovery": SCI
/// Outpatient Program and an ALS multidisciplinary clinic day) with power-wheelchair users, EasyStand
/// standing frames, RT300 FES cycling, an Indego exoskeleton, the Bioness H200, a SaeboMAS mobile arm
/// support, activity-based restorative therapy, session flags answered Y / N, an activity grid, a charge
/// capture line, and its measures (seated mFRT, SCI-FAI, GRASSP, ALSFRS-R, peak cough flow beside a
/// 97530).</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together (up to three in a visit), beside untimed
/// G0283. Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h31-…): one-on-one in these writers' words ("No other pt booked in my column that hour; I
/// was hands-on w/ him for every NMR minute", "therapist-to-client 1:1 for the whole block; our rehab tech
/// helped with the … transfer only", "Seen 1:1 by PT … wife stayed out in the waiting room", "OT worked 1:1
/// at the hand table; no other client on my schedule"), notes that negate it (a "Ski-Fit 65+" small-group
/// class, a semi-private slot with a husband "worked with … in turn", a standing-frame client left while the
/// PT transferred another client on the next mat) or never state it (a Telluride first-person narrative), and
/// a 97110 FES ride and a 97116 in a shared hallway, which have no one-on-one check;</item>
/// <item>class 2 (v2-h31-…): the UR template's states ("[X] Individual", "[X] Concurrent", no delivery box
/// marked although the label reads "1 clinician : 1 member", an impairment checklist and primary-limitation
/// row with nothing ticked, blank Tool / Current / Goal fields, gait fields left on "[select]", ✔ / ✘
/// marks with a techniques Y/N row), and the neuro programme's session flags answered Y / N, an activity
/// grid with a row not done, and a question "Was NMR delivered 1:1 by the billing clinician?" answered
/// N;</item>
/// <item>class 3 (v3-h31-…): named programmes and devices as techniques (Vertimax, the Indego exoskeleton,
/// the Bioness H200, a SaeboMAS, the KAT platform, a lumbopelvic thrust after the Flynn/Childs prediction
/// rule, reactive neuromuscular training), one Adapted Tango class (not one-on-one), one activity-based
/// restorative therapy 97112 with no number and one SilverSneakers-style 97110 with no target;</item>
/// <item>class 4 (v4-h31-…): deficits stated as findings (Beevor's sign, upper-motor-neuron signs in ALS,
/// arthrogenic quadriceps inhibition, a key-pinch and MP-flexion deficit after a thumb UCL repair, a
/// Laslett SI cluster, belly-press and bear-hug tests, vaulting after a boot-top fracture, the split hand of
/// ALS) and notes that state none ("Deficits: WNL today per screen" on a 97112, "pattern: symmetric, no
/// deviations seen today // impairments: none noted" on a PTA 97116);</item>
/// <item>class 5 (v5-h31-…): measures in their usual forms (the Vail Sport Test, ALSFRS-R item scores,
/// SCI-FAI subscores, GRASSP strength, a 6MWT in metres in the functional-reporting row, Lafayette
/// hand-held dynamometry with an LSI, Senior Fitness Test items) and notes with none (a patient and wife who
/// feel "faster and steadier", a UR note whose only numbers are its auth, visit and member numbers, a shower
/// transfer that "went well");</item>
/// <item>class 6 (v6-h31-…): minutes in their usual forms ("TIMED CPT / MIN: 97112 / 23   97110 / 15",
/// minutes spelled out in words, "Charge capture — CPT:min — 97112:25, 97530:20", "2:02 to 2:25 pm",
/// "97110 — 2 units (26 min)"), true mismatches (a UR "97112 / 30" against 22, "Thirty-five minutes of gait
/// training" against 25, the OT half of a co-treat) and truly missing separate time (a total only, minutes
/// for two of three codes);</item>
/// <item>class 7 (v7-h31-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on G0283; tabs and line feeds only), and the contract's meanings of technique,
/// deficit and measure for 97110 (a functional goal as the only target), 97530 (an impairment as the only
/// target, assistance levels as the measure), 97140 (a region with holds and grades, no outcome number),
/// 97116 (assistance levels as the only measure), and wholly generic 97110, 97112 and 97530 notes;</item>
/// <item>ordinary (vord-h31-…): complete notes of the three sources across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a ski-clinic NMR + TE note that
/// never says one-on-one, a missing diagnosis, a CPT code and a free-text phrase in the diagnosis field, a
/// generic two-code PTA note with a total, a 97140 whose minutes differ, a PTA exercise list with no
/// dose.</item>
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
/// Numbers that are not minutes of a code (an auth window of dates, visits authorized, a flow in L/min, rpm,
/// a metronome in bpm, "2:02 to 2:25 pm" as the one timed code's clock times) are read as what they are.
/// Cases a careful reviewer could argue either way were left out: a content gap in one section of a
/// multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note
/// lacks the thing), generic phrases beside a deficit or a measure without a technique, minutes of an
/// activity, a rest or a test inside a note, self-rated scores or vitals as the only number, a grade with no
/// dose as a 97140's only parameter, a one-on-one left to be inferred, three-character or dotless diagnosis
/// codes, minute ranges and approximate minutes, a task practised read as a 97530's goal, a diagnosis named
/// in the note as a 97112's only target, the previous visit's numbers as a note's only measure, an exercise's
/// name as a 97110's only region, and any finding that would depend on whether an unprofiled code carries a
/// documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 83 of 97 cases agree (96 needed), and 11 of the 61 notes the reviewer passes got a finding, on the
/// analyzer of b07f3d1 (the start of the 2026-12-04/05 session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 83 of 97, 11 false positives — the same — at its first run on the same analyzer as the thirtieth
/// (87ddc8b): the held-out figure.
/// Then worked through as development data: 97 of 97 — a tick and a cross on one line ("Individual ✔ Concurrent ✘"),
/// an unticked option's own ratio ("[ ] Individual (1 clinician : 1 member)"), "one PT + this skier only", "both
/// hands-on w/ this client only", "↓ R hip abductor recruitment", a deficit field's "drifts medially", "Goal — …",
/// "CPT:min — 97112:25", minutes on each service after "and" ("twenty-three minutes on … (97112) and fifteen minutes
/// on … (97110)"), Adapted Tango, snow-packed parking-lot gait, feeding tasks (NotesAsWrittenTests,
/// thirtieth-thirty-first-worked-through).
/// </para>
/// </summary>
public class HeldOutNotesIssue18ThirtyFirstTests(ITestOutputHelper output)
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

        // Frisco "No other pt booked in my column that hour; I was hands-on w/ him for every NMR minute" states one-on-one; Vew-Do ski-stance perturbations, Airex SL squat, skater bounds; R knee proprioception and late co-contraction after ACLR; k of 8 and seconds: passes.
        ["v1-h31-frisco-only-booking-my-column"] = new(
            """
            TIMBERLINE SPORTS & SPINE — Frisco — daily
            WHAT: 97112 neuromuscular re-ed, 22 min. No other pt booked in my column that hour; I was hands-on w/ him for every NMR minute.
              - ski stance on a Vew-Do balance board w/ PT perturbations at the pelvis, 4 x 30 s
              - SL squat on Airex to 45° knee flexion w/ mirror feedback, 3 x 8 R
              - lateral skater bounds w/ 3 s stick, 3 x 6 each way
            WHY: R knee proprioception ↓ and late hamstring co-contraction on landing; R ACLR (quad tendon graft) 5 mo.
            RESULT: SL squat w/o valgus collapse 7/8 (3/8 at wk 12); SLS eyes closed, firm, R 21 s vs L 30 s.
            Goal: ski the bumps at Copper before closing day.
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // Neuro programme: "therapist-to-client 1:1 for the whole block; our rehab tech helped with the … transfer only, no other clients with us"; PNF chop/lift in tall kneel, unsupported sitting catches, quadruped rhythmic stabilization; trunk postural control below T8; seated mFRT cm and hold seconds: passes.
        ["v1-h31-frnr-tech-helped-transfer-only"] = new(
            """
            FRONT RANGE NEURO RECOVERY — SCI Outpatient Program — PT visit
            97112 — 30 min — therapist-to-client 1:1 for the whole block; our rehab tech helped with the power chair → mat transfer only, no other clients with us.
            Client: T8 AIS C (MVA 2024), power wheelchair user, lives w/ partner.
            Tx: tall-kneeling at the mat table w/ PNF chop and lift patterns through the trunk; short sitting at edge of mat, no UE support, catching and returning a 2 kg ball tossed off to each side; quadruped rhythmic stabilization w/ PT at the pelvis.
            Impairment: ↓ trunk postural control below T8, slow righting reactions in sitting.
            Seated mFRT 29 cm (21 cm at IE); quadruped hold 40 s before the pelvis drops.
            """,
            ["G82.22"], [PT("97112", 30)], []),

        // ALS clinic day: "Seen 1:1 by PT for NMR; wife stayed out in the waiting room" states one-on-one; weight shift with tactile cues, step-strategy pulls, 180° turns to a target; R foot-drop pattern and late backward stepping; Mini-BESTest and k of 6: passes.
        ["v1-h31-als-wife-in-waiting-room"] = new(
            """
            FRNR — ALS Multidisciplinary Clinic day — PT
            Seen 1:1 by PT for NMR; wife stayed out in the waiting room.
            NMR 97112, 23 min: standing weight shift onto R w/ tactile cues at R glute med; step-strategy drill to PT pulls at the pelvis, fwd and back; turning 180° to a wall target w/ a cadence count.
            Limb-onset ALS: R > L foot-drop pattern, ↓ R ankle strategy, late stepping response backward.
            Mini-BESTest 18/28 (21/28 at the clinic day three months ago); 2 of 6 backward pulls needed a hand from PT.
            Next clinic day: recheck R AFO fit with the orthotist.
            """,
            ["G12.21"], [PT("97112", 23)], []),

        // Breckenridge "Ski-Fit 65+ small-group class // 4 members, PT leading" billed 97112: not one-on-one; Indo board with poles, rope-line hops, reactive pole plants on a foam beam; L knee proprioception after TKA; seconds and a hop count present.
        ["v1-h31-breck-ski-fit-class"] = new(
            """
            TSS Breckenridge // Ski-Fit 65+ small-group class // 4 members, PT leading // billed 97112 30 min
            drills: Indo board ski stance holding poles // lateral hops over a rope line // reactive pole plants walking a foam beam to PT's call
            pt: L knee proprioception ↓ + slow lateral balance reactions, L TKA 1 yr
            Indo board hold 25 s (12 s at start of the season) // rope hops 20 in 30 s
            """,
            ["Z96.652", "R26.81"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // Steamboat, first person: "Semi-private slot today: she and her husband share the 10 o'clock and I worked with each of them in turn" is not one-on-one; Proprio 5000 perturbation walking, beam backward walking, EC tandem on foam; reactive postural responses and L ankle proprioception after ORIF; level and FGA present.
        ["v1-h31-steamboat-semi-private-in-turn"] = new(
            """
            Timberline Sports & Spine — Steamboat Springs
            Semi-private slot today: she and her husband share the 10 o'clock and I worked with each of them in turn.
            Her part (NMR 97112, 25 min): walking on the Proprio 5000 platform in perturbation mode, backward walking on a 2x6 beam, tandem stance eyes closed on the foam pad.
            She still has slow reactive postural responses and reduced L ankle proprioception after the L bimalleolar ORIF in January (fell on a groomer at the ski area).
            Proprio 5000 level 3 → 4 today; FGA 22/30.
            """,
            ["S82.842D"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Standing-frame weight shifts done "while I transferred another client on the next mat; I came back for the … sets": attendance broken, not one-on-one; EasyStand, rhythmic stabilization, perturbations; C6 central cord trunk/hip control and spasticity; reach cm present.
        ["v1-h31-frnr-stepped-to-next-mat"] = new(
            """
            FRNR — SCI Outpatient Program — PT — 97112 — 25 min
            EasyStand Evolv standing frame at full upright: client did lateral weight shifts w/ reaching to targets while I transferred another client on the next mat; I came back for the rhythmic stabilization and perturbation sets at the trunk.
            C6 AIS D (central cord, 2023): ↓ trunk and hip postural control in standing; R LE extensor spasticity (MAS 2 R quads).
            Standing reach 22 cm L, 18 cm R; rhythmic stab 3 x 30 s without losing midline.
            """,
            ["S14.126S", "G82.54"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Telluride first-person narrative, complete (unannounced treadmill stop-start perturbations, rolling-stool step-offs, tandem on the ramp with head turns; slow protective stepping and L ankle proprioception; steps and k of 10) but never says one-on-one.
        ["v1-h31-telluride-narrative-unstated"] = new(
            """
            TSS — Telluride — PT daily
            He drove over from Montrose this morning and feels the altitude a bit (SpO2 92% at rest, 96% in Montrose). We worked on getting off a moving surface, which is what scares him about the lift ramp: unannounced treadmill stop-start perturbations at 1.2 mph, stepping off a rolling stool onto foam, and tandem walking up and down the clinic ramp with head turns.
            Deficit: slow protective stepping and ↓ ankle strategy after the L trimalleolar ORIF; L ankle proprioception still ↓.
            Tandem on the ramp 12 steps without stepping off (6 last visit). Treadmill stops: single-step recovery 8/10.
            97112 — 24 min.
            """,
            ["S82.852D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // RT300 FES leg cycling set up by a PT who "then treated another client in the gym and checked the display between bouts": 97110 has no one-on-one check; cycling, PROM and stretches with doses, hamstring tightness with SLR degrees: passes.
        ["v1-h31-frnr-rt300-pt-with-other-client-97110"] = new(
            """
            FRNR — SCI Outpatient Program — PT — 97110 — 30 min
            RT300 FES leg cycling (quads/hams/glutes stimulated), 45 rpm target, 3 bouts; PT set up electrodes and program, then treated another client in the gym and checked the display between bouts.
            Then PROM B hip flex/ER and hamstring stretch 3 x 30 s each, ankle DF stretch on the wedge 3 x 30 s each.
            T4 AIS A: B hamstring tightness (SLR 70° R / 75° L); keeping LE ROM and muscle bulk for daily standing-frame use.
            Cycling: 2.6 km, avg 5.8 W, motor assist 6% of the ride.
            """,
            ["G82.21"], [PT("97110", 30)], []),

        // Leadville PTA gait in a hallway shared with a cardiac-rehab patient ("PTA watching both") billed 97116: no one-on-one check for 97116; SPC distances and ramp, heel-strike cues; R antalgic gait after TKA; pulse oximetry beside CGA/SBA and distances: passes.
        ["v1-h31-leadville-shared-hall-97116"] = new(
            """
            TSS — Leadville (elev. 10,152 ft) — PTA
            97116 gait — 18 min. Shared the hallway w/ the cardiac rehab pt on the NuStep; PTA watching both.
            SPC in L hand, 4 x 150 ft level + clinic ramp x 2; cues for R heel strike and a longer L step.
            Pulse ox 91% before, 88% after the ramp, back to 91% seated.
            R antalgic gait, short L step — R TKA wk 8.
            CGA on the ramp, SBA on level.
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 18)], []),

        // OT "worked 1:1 at the hand table; no other client on my schedule during this block"; graded texture discrimination, rice-bin object ID, touch localization; central cord finger sensation and proprioception; k of 12 and 2-pt mm: OT 97112 passes.
        ["v1-h31-frnr-ot-hand-table-97112"] = new(
            """
            FRNR — OT — 97112 — 22 min — OT worked 1:1 at the hand table; no other client on my schedule during this block.
            Sensory re-education B hands: graded texture discrimination w/ vision occluded (sandpaper 60 → 220 grit), object ID in a rice bin, touch localization on a grid w/ feedback after each trial.
            Central cord syndrome C5: ↓ light touch and proprioception B fingers, drops utensils.
            Rice-bin object ID 8/12 (4/12 at IE); 2-pt discrimination R index 9 mm (12 mm at IE).
            """,
            ["S14.125S"], [OT("97112", 22)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // UR template (Pueblo) "DELIVERY: [X] Individual (1 clinician : 1 member)"; Berg in the functional-reporting row; foam stance with head turns, perturbed step-ups, cued obstacle course; neuropathic somatosensory loss; seconds: passes.
        ["v2-h31-pam-individual-x-pueblo"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3)
            Network clinic: Arkansas Valley PT, Pueblo      Member ID: PAM-2218840
            Auth #: UR26-044871   Auth window: 02/09/2026–04/09/2026   Visits authorized: 12   This visit: 7
            FUNCTIONAL REPORTING
              Primary limitation: [X] Mobility/walking  [ ] Changing body position  [ ] Carrying objects  [ ] Self-care  [ ] Other
              Tool: Berg Balance Scale   Current: 44/56   Goal: 50/56
            DELIVERY:  [X] Individual (1 clinician : 1 member)   [ ] Concurrent   [ ] Group
            TIMED CPT / MIN:  97112 / 23
            SKILLED INTERVENTION: semi-tandem and tandem stance on foam w/ head turns; step-ups to a 6" box w/ lateral perturbations; obstacle course w/ direction changes on the PT's cue.
            IMPAIRMENT TARGETED: ↓ somatosensory contribution to balance and slowed stepping reactions (diabetic neuropathy B feet).
            MEMBER RESPONSE: semi-tandem on foam 30 s; tandem on foam 9 s.
            Clinician: PT
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // UR template (Grand Junction) with "[ ] Individual … [X] Concurrent": not one-on-one; sit-to-stand onto foam EC, beam walking, rocker-board reach; stenosis-related postural control and proprioception; FGA and seconds present.
        ["v2-h31-pam-concurrent-x-grand-junction"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3)
            Network clinic: Redlands Physical Therapy, Grand Junction      Member ID: PAM-3310972
            Auth #: UR26-045502   Auth window: 01/26/2026–03/26/2026   Visits authorized: 10   This visit: 6
            FUNCTIONAL REPORTING
              Primary limitation: [X] Mobility/walking  [ ] Changing body position  [ ] Carrying objects  [ ] Self-care  [ ] Other
              Tool: FGA   Current: 19/30   Goal: 23/30
            DELIVERY:  [ ] Individual (1 clinician : 1 member)   [X] Concurrent   [ ] Group
            TIMED CPT / MIN:  97112 / 20
            SKILLED INTERVENTION: sit-to-stand onto foam w/ eyes closed; forward and backward walking on a 4" beam; lateral reach on a rocker board.
            IMPAIRMENT TARGETED: ↓ postural control and B LE proprioception w/ lumbar stenosis.
            MEMBER RESPONSE: rocker board M/L hold 20 s; beam 10 ft backward w/o step-off.
            Clinician: PT
            """,
            ["M48.062", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // UR template (Cheyenne) with no DELIVERY box marked (the unticked label reads "1 clinician : 1 member"): one-on-one not stated; otherwise complete (clock stepping, Airex catches, stride-stance perturbations; L LE proprioception and stepping after CVA; TUG and k of 10).
        ["v2-h31-pam-delivery-unmarked-cheyenne"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3)
            Network clinic: High Plains Therapy, Cheyenne WY      Member ID: PAM-1187325
            Auth #: UR26-046138   Auth window: 02/16/2026–04/16/2026   Visits authorized: 12   This visit: 3
            FUNCTIONAL REPORTING
              Primary limitation: [X] Mobility/walking  [ ] Changing body position  [ ] Carrying objects  [ ] Self-care  [ ] Other
              Tool: TUG   Current: 15.1 s   Goal: < 12 s
            DELIVERY:  [ ] Individual (1 clinician : 1 member)   [ ] Concurrent   [ ] Group
            TIMED CPT / MIN:  97112 / 22
            SKILLED INTERVENTION: stepping to a floor clock on the PT's call w/ the L leg leading; standing on Airex catching a ball tossed off-center; anterior/posterior perturbations at the shoulders in stride stance.
            IMPAIRMENT TARGETED: ↓ L LE proprioception and delayed L stepping reaction (R MCA CVA 2025).
            MEMBER RESPONSE: clock targets hit 8/10 w/ L lead; no loss of balance on Airex catches.
            Clinician: PT
            """,
            ["I69.354"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // UR checklist version (Greeley): primary-limitation boxes and the whole "IMPAIRMENT TARGETED (check all)" row left unticked; star stepping, half-roller catches, hurdles, TUG and k of 10, "[X] Individual" — no deficit or system anywhere: deficit missing.
        ["v2-h31-pam-impairments-unticked-greeley"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3, checklist version)
            Network clinic: Poudre Valley Rehab, Greeley      Member ID: PAM-2649013
            Auth #: UR26-043390   Auth window: 02/02/2026–04/02/2026   Visits authorized: 12   This visit: 9
            FUNCTIONAL REPORTING
              Primary limitation: [ ] Mobility/walking  [ ] Changing body position  [ ] Carrying objects  [ ] Self-care  [ ] Other
              Tool: TUG   Current: 13.8 s   Goal: < 12 s
            DELIVERY:  [X] Individual (1 clinician : 1 member)   [ ] Concurrent   [ ] Group
            TIMED CPT / MIN:  97112 / 24
            SKILLED INTERVENTION: star-pattern stepping to floor targets w/ PT cadence cues; standing on a half foam roller (flat side down) w/ ball catches; backward walking over 3 mini hurdles.
            IMPAIRMENT TARGETED (check all): [ ] Balance/postural control  [ ] Proprioception  [ ] Vestibular  [ ] Coordination  [ ] Strength  [ ] ROM  [ ] Other: ________
            MEMBER RESPONSE: hurdles cleared 9/10 w/o contact.
            Clinician: PT
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // UR template (Durango) on a PTA 97110 with blank Tool / Current / Goal and exercises named without any dose: the auth number, visit counts and dates are no measure — measure missing.
        ["v2-h31-pam-funcrep-blank-durango-97110"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3)
            Network clinic: Animas Valley PT, Durango      Member ID: PAM-3072256
            Auth #: UR26-047711   Auth window: 02/23/2026–04/23/2026   Visits authorized: 8   This visit: 5
            FUNCTIONAL REPORTING
              Primary limitation: [X] Mobility/walking  [ ] Changing body position  [ ] Carrying objects  [ ] Self-care  [ ] Other
              Tool: ________   Current: ________   Goal: ________
            DELIVERY:  [X] Individual (1 clinician : 1 member)   [ ] Concurrent   [ ] Group
            TIMED CPT / MIN:  97110 / 20
            SKILLED INTERVENTION: sidelying hip abduction, bridges, step-ups, mini squats, standing hip extension w/ band.
            IMPAIRMENT TARGETED: L hip abductor and quad weakness after L anterior THA; stairs at home hard.
            MEMBER RESPONSE: tolerated; progress next visit.
            Clinician: PTA
            """,
            ["Z96.642", "M62.81"], [PTA("97110", 20)], [At(Measure, "97110")]),

        // Neuro programme session flags answered Y/N ("1:1 therapist for NMR ........... Y"); EasyStand upright with rhythmic stabilization, cross-midline reach and hands-free holds; trunk/hip extensor recruitment; seconds and cm: passes.
        ["v2-h31-frnr-session-flags-yn"] = new(
            """
            FRNR — SCI Outpatient Program — Session flags (Y/N)
            Orthostatic symptoms ............ N
            Skin check (sacrum/ischials) .... Y — intact
            Abdominal binder on ............. Y
            Bladder managed before session .. Y
            1:1 therapist for NMR ........... Y
            Aide present for transfer ....... Y
            97112 — 30 min
            EasyStand to full upright: rhythmic stabilization at shoulders and pelvis, reaching across midline w/ alternate hands, then hands-free standing holds w/ PT blocking the knees.
            T10 AIS C: ↓ trunk and hip extensor recruitment for upright standing; R LE extensor spasms.
            Hands-free standing 45 s x 3 (20 s at IE); cross-midline reach 18 cm each side.
            """,
            ["G82.22"], [PT("97112", 30)], []),

        // Activity-based therapy grid (Activity | Reps | Assist | Done) on a 97530: sliding-board transfer, supine to long sit with loops, depression lifts, one row "N (deferred …)"; truck-seat and shower-bench goal with triceps weakness: passes.
        ["v2-h31-frnr-abt-grid-97530"] = new(
            """
            FRNR — Activity-Based Therapy — PT — 97530 — 25 min
            Activity                                  | Reps  | Assist | Done
            Power chair → mat, sliding board          | 4     | Min A  | Y
            Floor → chair recovery (lift as back-up)  | —     | —      | N (deferred, R shoulder pain)
            Supine → long sit w/ leg loops            | 6     | CGA    | Y
            Depression lifts for pressure relief      | 3x10  | SBA    | Y
            Goal: independent sliding-board transfer into his truck seat and onto the shower bench.
            C7 AIS B: ↓ triceps strength R > L limits the lift phase.
            """,
            ["G82.54"], [PT("97530", 25)], []),

        // ALS clinic PTA note: "Was NMR delivered 1:1 by the billing clinician?  N (PTA covering 2 clients at the parallel bars)": not one-on-one; bar weight shifts, metronome dot stepping, foam EO→EC; L ankle strategy and foot clearance; seconds and k of 12 present.
        ["v2-h31-als-question-answered-n"] = new(
            """
            FRNR — ALS Multidisciplinary Clinic day — PTA note
            Was NMR delivered 1:1 by the billing clinician?  N (PTA covering 2 clients at the parallel bars)
            97112 — 20 min
            Weight shifts in the parallel bars w/ one-hand support; forward and lateral stepping to floor dots paced by a metronome; standing on a foam pad eyes open → eyes closed.
            ↓ L ankle strategy and L foot clearance (limb-onset ALS, L LE first); 1 fall at home last month.
            Foam EC 15 s; 10/12 dots w/o toe catch.
            """,
            ["G12.21", "Z91.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // UR template (Montrose) 97116 whose "Assist level: [select]  Device: [select]  Distance (ft): [ ]" and functional-reporting fields were never filled: gait technique and R foot drop stated, but no assistance level, distance or number: measure missing.
        ["v2-h31-pam-gait-fields-unselected-97116"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3)
            Network clinic: Uncompahgre Rehab, Montrose      Member ID: PAM-2905518
            Auth #: UR26-048025   Auth window: 03/02/2026–05/01/2026   Visits authorized: 12   This visit: 2
            FUNCTIONAL REPORTING
              Primary limitation: [X] Mobility/walking  [ ] Changing body position  [ ] Carrying objects  [ ] Self-care  [ ] Other
              Tool: not done this visit   Current: —   Goal: —
            DELIVERY:  [X] Individual (1 clinician : 1 member)   [ ] Concurrent   [ ] Group
            TIMED CPT / MIN:  97116 / 15
            SKILLED INTERVENTION: gait training over carpet, tile and the outdoor ramp w/ cues for R ankle DF at initial contact and a longer L step; turns to both sides; practiced stepping over a garden hose.
            Assist level: [select]     Device: [select]     Distance (ft): [ ]
            IMPAIRMENT TARGETED: R foot drop w/ steppage gait after R peroneal nerve palsy.
            Clinician: PT
            """,
            ["M21.371", "G57.31"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Short UR variant (Colorado Springs) with ✔ / ✘ marks: "Individual ✔ Concurrent ✘ Group ✘" and a techniques Y/N row with the performed ones detailed; delayed stepping and dual-task postural control; TUG and TUG-cognitive seconds: passes.
        ["v2-h31-pam-check-and-cross-springs"] = new(
            """
            PEAK ADVANTAGE MEDICARE — UR Daily Note (Form UR-3) — Pikes Peak Rehab, Colorado Springs
            Auth #: UR26-051190 | Visits authorized: 10 | This visit: 4
            Delivery: Individual ✔   Concurrent ✘   Group ✘
            97112 / 25
            NMR techniques (Y/N): PNF patterns N | Perturbation training Y | Gaze stabilization N | Compliant surface Y | Dual-task Y
            Detail: manual perturbations in staggered stance; standing on Airex while naming states alphabetically; walking figure-8s around cones while carrying a full cup.
            Impairment: delayed stepping strategy and ↓ postural control under dual task (fell on ice in the driveway, L distal radius fx, healed).
            Functional reporting — Tool: TUG / TUG-cognitive   Current: 11.9 s / 16.2 s   Goal: < 13.5 s cognitive
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // Edwards RTS lab: Vertimax resisted skater jumps, squat jumps and lateral bounds with band settings and doses; R quad power deficit after ACLR with a moguls goal; single-leg vertical jump cm and LSI: 97110 passes.
        ["v3-h31-edwards-vertimax-97110"] = new(
            """
            TSS — Edwards — RTS lab — TherEx 97110 — 20 min
            Vertimax V8: resisted lateral skater jumps 3 x 6 each way (2 bands/side), resisted squat jumps 3 x 6 (2 bands), SL lateral bounds on the platform 2 x 5 each leg.
            Then split-squat iso holds 3 x 30 s R.
            Target: R quad power deficit 7 mo after R ACLR (BTB); goal is moguls in the back bowls next season.
            SL vertical jump R 22 cm vs L 29 cm (LSI 76%; 68% a month ago).
            """,
            ["S83.511D"], [PT("97110", 20)], []),

        // Indego exoskeleton overground walking (step-length setting, distances, FWW, CGA, one loss of balance caught) for T6 complete paraplegia with a standing-and-walking-at-home goal: 97116 passes.
        ["v3-h31-frnr-indego-97116"] = new(
            """
            FRNR — SCI Outpatient Program — PT — Gait training 97116 — 30 min
            Indego exoskeleton, clinic unit, FWW: sit ↔ stand x4, overground 4 x 60 m in the gym corridor w/ step length set to "long", turns to both sides, 1 standing rest between laps.
            T6 AIS A: no volitional LE movement; goal is standing and walking short distances at home for bone and bowel health and to talk eye-to-eye at family dinners.
            CGA throughout; 1 loss of balance forward caught by PT. 4 x 60 m = 240 m (180 m last week).
            """,
            ["G82.21"], [PT("97116", 30)], []),

        // OT: Bioness H200 FES-assisted grasp and release (cups, toothbrush, built-up fork) for C6 tetraplegia with weak finger flexors/extensors; breakfast goal; k of 12, Box and Block and SBA: 97530 passes.
        ["v3-h31-frnr-bioness-h200-ot-97530"] = new(
            """
            FRNR — OT — Therapeutic activities 97530 — 25 min
            Bioness H200 on R hand (grasp/release program): picking up and placing plastic cups across midline, loading toothpaste onto a toothbrush, spearing food w/ a built-up fork; set-up by OT, stim-triggered grasp.
            C6 AIS C tetraplegia: weak R finger flexors/extensors, tenodesis alone too weak to hold a fork.
            Goal: feed herself breakfast w/o staff help at her apartment.
            Cups moved 9/12 w/o drop; Box and Block R 11 blocks (6 at IE); SBA for fork use.
            """,
            ["G82.54"], [OT("97530", 25)], []),

        // ALS OT: SaeboMAS mobile arm support on the power chair for eating, drinking and grooming with proximal weakness graded; dinner goal; spoon k of 15 and Mod I: 97530 passes.
        ["v3-h31-als-saebomas-ot-97530"] = new(
            """
            FRNR — ALS Multidisciplinary Clinic day — OT — 97530 — 20 min
            SaeboMAS mobile arm support mounted on his power chair, R arm: assist tension set to level 4 of 6; practiced bringing a spoon to mouth, drinking from a long-straw cup, and combing his hair.
            Proximal weakness R UE: deltoid 2-/5, biceps 3-/5 (ALS, upper-limb onset).
            Goal: feed himself at dinner with his family instead of being fed.
            Spoon to mouth 12/15 without spill; Mod I w/ the support once set up by his wife.
            """,
            ["G12.21"], [OT("97530", 20)], []),

        // Crested Butte: KAT (Kinesthetic Ability Trainer) at decreasing stability levels, SL squat holds, pole-tip reaching on foam; "one PT + this skier only in the back room"; L MCL sprain proprioception; KAT index and SLS seconds: 97112 passes.
        ["v3-h31-crested-butte-kat-97112"] = new(
            """
            TSS • Crested Butte • PT
            97112 :: 23 min :: one PT + this skier only in the back room
            • KAT (Kinesthetic Ability Trainer) static → dynamic mode, stability level 8 → 4, ski stance w/ poles
            • SL squat holds on the KAT at level 6, L, 5 x 10 s
            • reaching to pole-tip targets in ski stance on foam
            Why :: ↓ L knee proprioception + slow quad/hamstring co-contraction, L MCL sprain gr II (ski tumble, 6 wk)
            Result :: KAT dynamic balance index 612 → 488 (lower = better); SLS L eyes closed 14 s
            """,
            ["S83.412D"], [PT("97112", 23)], []),

        // Steamboat: supine lumbopelvic thrust after screening on the Flynn/Childs clinical prediction rule, central PA mobs and a prone SI glide with grades and bouts; low back after shovelling spring snow; fingertip-to-floor cm: 97140 passes.
        ["v3-h31-steamboat-cpr-thrust-97140"] = new(
            """
            Timberline Sports & Spine — Steamboat Springs — Manual therapy 97140 — 12 min
            I screened him as a manipulation candidate on the Flynn/Childs clinical prediction rule (4 of 5 positive), then did a supine lumbopelvic thrust x 2 each side, central PA mobs L3–L5 gr III 3 x 30 s, prone SI glide R 2 x 30 s.
            Region: low back, R > L, acute LBP after shoveling heavy spring snow off the deck.
            Fingertip-to-floor 34 cm before, 18 cm after; sit-to-stand without bracing on the thighs.
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // Frisco reactive neuromuscular training (band pulling the knee into the faulty pattern on split squats and step-downs), "booked solo — one PT, one pt, PT hands-on the entire re-ed"; R hip abductor/ER recruitment after TKA; k of 10: 97112 passes.
        ["v3-h31-frisco-rnt-band-97112"] = new(
            """
            TIMBERLINE SPORTS & SPINE — Frisco — daily
            WHAT: 97112, 20 min, booked solo — one PT, one pt, PT hands-on the entire re-ed.
              RNT (reactive neuromuscular training): band at the R knee pulling medially during split squats and 8" step-downs so he has to correct; band pulling laterally during SLS on foam; 3 x 10 each.
            WHY: ↓ R hip abductor/ER recruitment — R knee drifts medially on step-downs (R TKA 9 mo); wants to snowshoe to Mayflower Lake.
            RESULT: medial drift on 2/10 step-downs (7/10 at the start of the session).
            """,
            ["Z96.651", "R26.89"], [PT("97112", 20)], []),

        // Lakewood network clinic: "Delivery: Group — Adapted Tango class, 6 members" billed 97112: not one-on-one; tango walking, ochos, partner-led stops; PD hypokinesia and en-bloc turning; TUG and turn steps present.
        ["v3-h31-pam-adapted-tango-class"] = new(
            """
            PEAK ADVANTAGE MEDICARE — UR Daily Note (Form UR-3) — Bear Creek Therapy, Lakewood
            Auth #: UR26-049917 | Visits authorized: 12 | This visit: 8
            Delivery: Group — Adapted Tango class, 6 members, PT leading w/ 1 volunteer
            97112 / 30
            Adapted Tango (Hackney): tango walking forward and backward on a line to the music, ochos (pivoting figure-eights), partner-led stops and direction changes w/ the PT and volunteer as leaders.
            Impairment: hypokinesia w/ short steps and en-bloc turning (Parkinson disease).
            TUG 12.4 s (14.8 s at IE); 360° turn 7 steps.
            """,
            ["G20.A1"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // Activity-based restorative therapy load-bearing progression (quadruped rocking, tall-kneel holds with tapping, half-kneel transitions), "delivered 1:1, PT and client only", hip extensor and abdominal recruitment — but no number, dose or assistance level anywhere: measure missing.
        ["v3-h31-frnr-abrt-no-number-97112"] = new(
            """
            FRNR — SCI Outpatient Program — PT — 97112 — 25 min — delivered 1:1, PT and client only
            Activity-based restorative therapy (ABRT) load-bearing progression: quadruped rocking w/ facilitation at the pelvis, tall-kneel holds w/ tapping over the glutes, half-kneel transitions w/ manual cues at the hip and knee.
            Impairment: ↓ hip extensor and abdominal recruitment in weight bearing; incomplete thoracic SCI (AIS C).
            Client engaged; progression planned toward standing on the next visit.
            """,
            ["G82.22"], [PT("97112", 25)], [At(Measure, "97112")]),

        // Sterling PTA 97110 written as a "SilverSneakers Classic-style chair circuit" with sets, reps and loads but no region, impairment or goal anywhere: deficit missing.
        ["v3-h31-pam-silversneakers-no-target-97110"] = new(
            """
            PEAK ADVANTAGE MEDICARE — UR Daily Note (Form UR-3) — Prairie Rehab, Sterling
            Auth #: UR26-050364 | Visits authorized: 8 | This visit: 3
            Delivery: Individual ✔   Concurrent ✘   Group ✘
            97110 / 18
            SilverSneakers Classic-style chair circuit: chair stands 3 x 10, seated rows w/ red tubing 3 x 12, overhead press w/ 2 lb dumbbells 2 x 10, seated marching 3 x 20, tiptoe raises holding the chair 2 x 15.
            Member response: completed all sets, RPE 13.
            Clinician: PTA
            """,
            ["M62.81"], [PTA("97110", 18)], [At(Deficit, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Beevor's sign stated as the finding (umbilicus migrates cephalad; weak lower abdominals; falls back in sitting); PNF rhythmic initiation, short-sit perturbations, long-sit reaching; "PT 1:1 the whole NMR"; k of 10 and cm: passes.
        ["v4-h31-frnr-beevor-sign-97112"] = new(
            """
            FRNR — SCI Outpatient Program — PT — 97112 — 28 min — PT 1:1 the whole NMR, no other client on the mat
            Finding: Beevor's sign + (umbilicus migrates cephalad on a curl-up) — lower abdominals weak, incomplete T9 SCI; ↓ trunk postural control in sitting, falls back when reaching overhead.
            Tx: PNF rhythmic initiation for lower abdominals in hooklying; short-sit perturbations w/o UE support; long-sit reaching to targets fwd and to each side.
            Seated perturbations recovered w/o UE 7/10 (3/10 at IE); long-sit forward reach 31 cm.
            """,
            ["G82.22"], [PT("97112", 28)], []),

        // ALS: upper-motor-neuron signs stated as the finding (crossed adductor reflex, 3+ patellar reflexes, spastic catch, scissoring on turns); wide-base turning, rhythmic stabilization, step-and-stop drill; "PT 1:1 with him; no overlap"; turn steps and FGA: passes.
        ["v4-h31-als-umn-signs-97112"] = new(
            """
            FRNR — ALS Multidisciplinary Clinic day — PT
            97112 — 22 min — PT 1:1 with him; no overlap w/ another client.
            Finding: UMN-predominant picture — crossed adductor reflex B, 3+ patellar reflexes, spastic catch R hamstrings; legs scissor on turns.
            Tx: turning practice w/ wide-base cues and a floor arc; rhythmic stabilization in stride stance; step-and-stop drill on PT's clap.
            180° turn 7 steps w/o scissoring (10 w/ 2 scissor events at the last clinic day); FGA 16/30.
            """,
            ["G12.21"], [PT("97112", 22)], []),

        // Steamboat: arthrogenic quadriceps inhibition stated as the finding (no palpable VMO contraction, girth, 8° active extension lacking) after lateral tibial plateau ORIF; quad sets, SLR, TKE, step-downs with doses: 97110 passes.
        ["v4-h31-steamboat-ami-tibial-plateau-97110"] = new(
            """
            Timberline Sports & Spine — Steamboat Springs — TherEx 97110 — 15 min
            Finding: arthrogenic quad inhibition R — no palpable VMO contraction on a quad set, thigh girth 10 cm above the patella 2 cm less than L; lacks 8° of active terminal extension. R lateral tibial plateau ORIF (Schatzker II) 11 wk.
            I had her do quad sets w/ a towel under the knee 3 x 10 w/ 10 s holds, SLR w/ the knee locked 3 x 10, TKE w/ green band 3 x 15, step-downs off a 4" step 2 x 8.
            Active terminal extension lacking 3° after the set.
            """,
            ["S82.121D"], [PT("97110", 15)], []),

        // OT skier's thumb: key pinch kg and MP flexion degrees stated as the finding 8 weeks after UCL repair; blocked MP flexion, opposition, putty and clothespin pinches with doses: 97110 passes.
        ["v4-h31-ot-skiers-thumb-97110"] = new(
            """
            TSS — Edwards — Hand therapy (OT) — 97110 — 18 min
            Finding: R key pinch 3.5 kg vs 8.0 kg L; R thumb MP flexion 30° vs 55° L — 8 wk after R thumb UCL repair (skier's thumb, pole strap caught in a fall).
            Exercises: blocked MP flexion 3 x 10; thumb opposition to each fingertip 2 x 10; putty key pinch (yellow → red) 3 x 10; tip pinch on graded clothespins 2 x 10.
            Post: MP flexion 36° active.
            """,
            ["S63.641D"], [OT("97110", 18)], []),

        // Breckenridge: a positive Laslett SI cluster (3/5) with negative repeated movements stated as the finding; sacral-base PA glides, innominate mob, STM with grades and bouts; R SI region: 97140 passes.
        ["v4-h31-breck-laslett-si-97140"] = new(
            """
            TSS Breckenridge // MT 97140 // 12 min
            finding: R SI joint pain — Laslett cluster 3/5 positive (thigh thrust, compression, sacral thrust), distraction and Gaenslen's negative // lumbar repeated movements no effect
            MT: PA glides sacral base R gr III 3 x 30 s // R innominate posterior rotation mob in sidelying 3 x 30 s // STM R glute med + piriformis
            post: thigh thrust now provokes only a mild ache // sit-to-stand w/o R lateral shift
            """,
            ["S33.6XXD"], [PT("97140", 12)], []),

        // Telluride: belly-press and bear-hug tests positive with IR 3+/5 (subscapularis) after an anterior dislocation stated as the finding; band IR, belly-press isometrics, push-up plus, rows with doses: 97110 passes.
        ["v4-h31-telluride-subscapularis-97110"] = new(
            """
            TSS — Telluride — PT daily — 97110, 20 min
            Finding: belly-press + and bear-hug + R (elbow drops back, hand lifts off), IR strength 3+/5 — subscapularis weakness after R anterior dislocation skiing in January; apprehension negative now.
            Exercises: IR w/ yellow band at 0° abduction 3 x 15; belly-press isometrics into a ball 10 x 5 s; push-up plus on the wall 2 x 12; rows w/ green band 3 x 12.
            Post: bear-hug hold against PT resistance 5 s without lift-off.
            """,
            ["S43.014D"], [PT("97110", 20)], []),

        // Steamboat: vaulting on the L and a flexed R knee in stance after a boot-top tibial shaft fracture stated as what the PT saw; SPC gait with cues, metronome, backward walking; SBA and vaulting k of 10: 97116 passes (96 bpm is the metronome).
        ["v4-h31-steamboat-boot-top-vaulting-97116"] = new(
            """
            Timberline Sports & Spine — Steamboat Springs — Gait 97116 — 18 min
            What I saw: R stance short and he vaults up on the L toes to clear the R foot; R knee stays near 15° flexed through stance — boot-top R tibial shaft fracture (IM nail), 12 wk.
            Gait training: SPC in L hand, 4 x 100 ft w/ cues for R heel strike and knee straightening; metronome at 96 bpm for even steps; backward walking 4 x 20 ft to get the R knee straight.
            SBA; vaulting in 2 of 10 strides at the end (every stride at the start).
            """,
            ["S82.201D"], [PT("97116", 18)], []),

        // ALS OT: the split hand (thenar and first dorsal interosseous wasting, hypothenar spared, pinch kg) stated as the finding; button hook, tab-lever opener, universal-cuff fork, key turner; meds-and-dressing goal; Mod I/SBA: 97530 passes.
        ["v4-h31-als-split-hand-ot-97530"] = new(
            """
            FRNR — ALS Multidisciplinary Clinic day — OT — 97530 — 20 min
            Finding: split hand R — thenar and first dorsal interosseous wasting with hypothenar spared; R lateral pinch 1.5 kg.
            Tasks: buttoning his shirt w/ a button hook; opening pill bottles w/ a tab-lever cap opener; eating w/ a fork in a universal cuff; turning the truck key w/ a key turner.
            Goal: dress and take his morning meds on his own.
            5 buttons done w/ the hook, Mod I; pill bottles Mod I; cuff fork SBA for set-up.
            """,
            ["G12.21"], [OT("97530", 20)], []),

        // Edwards 97112 with "1:1", foam-pad hop sticks, box drop landings, EC Airex SLS and numbers, but "Deficits: WNL today per screen" and no deficit, system or region anywhere: deficit missing.
        ["v4-h31-edwards-deficits-wnl-97112"] = new(
            """
            TSS — Edwards — RTS lab — NMR 97112 — 20 min — 1:1
            Drills: lateral hops onto a foam pad w/ 3 s stick, 3 x 6 each way; drop landing from a 12" box to stick x 8; eyes-closed SLS on the Airex 3 x 20 s each side.
            Deficits: WNL today per screen.
            Stick landings 14/16; SLS EC on Airex 20 s each side.
            """,
            ["S83.511D"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Breckenridge PTA gait with device, distances, stairs and assist levels, but "pattern: symmetric, no deviations seen today // impairments: none noted" and no goal: deficit missing on 97116.
        ["v4-h31-breck-pta-no-deviations-97116"] = new(
            """
            TSS Breckenridge // PTA // Gait 97116 // 16 min
            SPC → no device on the level // 2 x 200 ft w/ SPC, 2 x 100 ft w/o // stairs 12 steps reciprocal w/ 1 rail // backward walking 3 x 20 ft
            pattern: symmetric, no deviations seen today // impairments: none noted
            SBA w/o device, Mod I w/ SPC
            """,
            ["R26.89"], [PTA("97116", 16)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Edwards: the Vail Sport Test score as the measure (with grid-hop k of 20); step-down holds, 4-square hops, jump-turns, resisted shuffles; R knee control after ACLR + meniscus repair; "PT with this athlete only, start to finish": passes.
        ["v5-h31-edwards-vail-sport-test-97112"] = new(
            """
            TSS — Edwards — RTS lab — NMR 97112 — 24 min — PT with this athlete only, start to finish
            Drills: lateral step-down holds in ski stance w/ a band at the knee; multidirectional hops on a 4-square grid on PT's call; 90° jump-turns landing on the R w/ stick; band-resisted lateral shuffles in a ski tuck.
            Deficit: R knee neuromuscular control in deep flexion (knee drifts medially, trunk collapses) after R ACLR + medial meniscus repair, 9 mo.
            Vail Sport Test 46/54 (38/54 at mo 7); 4-square grid hops 18/20 correct.
            """,
            ["S83.511D", "S83.241D"], [PT("97112", 24)], []),

        // ALS OT: ALSFRS-R total with handwriting and cutting item scores as the measure beside Mod I/SBA; built-up pen, tab lever, rocker knife, zipper pull; intrinsic weakness; bills-and-meds goal: 97530 passes.
        ["v5-h31-als-alsfrs-r-ot-97530"] = new(
            """
            FRNR — ALS Multidisciplinary Clinic day — OT — 97530 — 20 min
            Practiced with adaptive set-up: writing a check with a foam-built-up pen, opening a pill organizer with a tab lever, cutting a pancake with a rocker knife, zipping his fleece w/ a zipper pull.
            Weak intrinsic hand muscles B (ALS, upper-limb onset).
            Goal: keep paying his own bills and taking his meds without his daughter.
            ALSFRS-R today 35/48 (handwriting item 2, cutting item 2); Mod I w/ built-up pen, SBA for the pill organizer.
            """,
            ["G12.21"], [OT("97530", 20)], []),

        // SCI-FAI subscores as the measure (with Min A / CGA); KAFO/AFO walking in and out of the bars with an RW, swing-to → reciprocal; L quad and R DF weakness; household-walking goal: 97116 passes.
        ["v5-h31-frnr-sci-fai-97116"] = new(
            """
            FRNR — SCI Outpatient Program — PT — Gait training 97116 — 25 min
            Overground walking w/ a KAFO on the L and an AFO on the R: 3 x 40 ft in the parallel bars → 2 x 40 ft out of the bars w/ RW, swing-to → reciprocal pattern w/ cues; sit ↔ stand from the mat w/ RW x 5.
            T12 AIS C: L LE extensor weakness (L quad 2/5), R DF weak; goal is household walking to the bathroom.
            SCI-FAI: gait parameters 13/20, assistive device 4/14, walking mobility 2/5. Min A reciprocal, CGA swing-to.
            """,
            ["G82.22"], [PT("97116", 25)], []),

        // OT hand: GRASSP strength as the measure (with key pinch kg); cuff wrist extension, digiflex, clothespin pinch, tenodesis-preserving stretch with doses; C6 wrist/finger weakness: 97110 passes.
        ["v5-h31-frnr-grassp-ot-97110"] = new(
            """
            FRNR — OT — Ther ex 97110 — 20 min
            R hand/wrist: wrist extension w/ 1 lb cuff 3 x 10; Digi-Flex finger flexion (yellow) 3 x 15; pinch on a clothespin tree (red → green) 2 x 10; finger flexor stretch with the wrist flexed only (tenodesis-preserving), 3 x 30 s.
            C6 AIS C: R wrist extensors 3+/5, finger flexors 1/5.
            GRASSP strength R 22/50 (17/50 at IE); R key pinch 0.8 kg.
            """,
            ["G82.54"], [OT("97110", 20)], []),

        // Short UR variant (Sterling) PTA 97116 with "Tool: 6MWT   Current: 271 m" as the measure beside SBA/Mod I; RW → no device, backward walking, cone turns; deconditioning and L hip OA with a mailbox goal: passes.
        ["v5-h31-pam-6mwt-metres-97116"] = new(
            """
            PEAK ADVANTAGE MEDICARE — UR Daily Note (Form UR-3) — Prairie Rehab, Sterling
            Auth #: UR26-050411 | Visits authorized: 12 | This visit: 11
            Delivery: Individual ✔   Concurrent ✘   Group ✘
            97116 / 18
            Gait: RW → no device in the long hallway, 4 laps; backward walking 4 x 20 ft; turns around cones both ways; cues for equal stride and arm swing.
            Impairment: deconditioning + L hip OA after a winter mostly in the recliner; goal to walk the gravel road to her mailbox again.
            Functional reporting — Tool: 6MWT   Current: 271 m   Goal: 320 m
            SBA w/o device, Mod I w/ RW.
            Clinician: PTA
            """,
            ["M16.12", "R53.81"], [PTA("97116", 18)], []),

        // Leadville: Lafayette hand-held dynamometry (make test, kg, LSI) as the measure; sidelying abduction, clamshells, lateral step-ups, monster walks, SL bridge with doses; R gluteal tendinopathy with a trailhead limp: 97110 passes.
        ["v5-h31-leadville-lafayette-hhd-97110"] = new(
            """
            TSS — Leadville (elev. 10,152 ft) — PT — 97110 — 20 min
            Sidelying hip abduction w/ 3 lb 3 x 12 R; clamshells w/ blue band 3 x 15; lateral step-ups 6" 3 x 10; monster walks w/ band at the ankles 3 x 20 ft; SL bridge 2 x 10 R.
            R hip abductor weakness w/ lateral hip pain (gluteal tendinopathy), limps walking up to the mine-tour trailhead.
            Lafayette HHD hip abduction (sidelying, make test): R 11.4 kg vs L 15.2 kg (LSI 75%; 62% at IE).
            """,
            ["M70.61"], [PT("97110", 20)], []),

        // UR template (Montrose) with Senior Fitness Test items (8-ft up-and-go, chair stand, arm curl, chair sit-and-reach) in the functional-reporting row; sit-to-stand, stretches, curls, heel-toe rocks with doses; LE weakness and tightness: 97110 passes.
        ["v5-h31-pam-senior-fitness-test-97110"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3)
            Network clinic: Uncompahgre Rehab, Montrose      Member ID: PAM-2877149
            Auth #: UR26-047968   Auth window: 02/25/2026–04/25/2026   Visits authorized: 10   This visit: 6
            FUNCTIONAL REPORTING
              Primary limitation: [ ] Mobility/walking  [X] Changing body position  [ ] Carrying objects  [ ] Self-care  [ ] Other
              Tool: Senior Fitness Test (Rikli & Jones)   Current: 8-ft up-and-go 8.4 s; chair stand 10; arm curl 12; chair sit-and-reach −9 cm   Goal: up-and-go < 7.0 s; chair stand 13
            DELIVERY:  [X] Individual (1 clinician : 1 member)   [ ] Concurrent   [ ] Group
            TIMED CPT / MIN:  97110 / 18
            SKILLED INTERVENTION: sit-to-stand from 17" w/ arms crossed 3 x 8; seated hamstring stretch 3 x 30 s B; standing hip flexor stretch at the counter 3 x 30 s B; biceps curls 4 lb 2 x 12; heel-toe rocks 2 x 15.
            IMPAIRMENT TARGETED: B LE weakness and hamstring/hip flexor tightness — slow, two-handed rises from low chairs and the truck seat.
            MEMBER RESPONSE: no dizziness, RPE 12.
            Clinician: PT
            """,
            ["M62.81", "R26.89"], [PT("97110", 18)], []),

        // Telluride PTA gait around Main Street and the gondola plaza stairs with poles and cues, hemiparetic gait stated, but only "feels faster and steadier; wife agrees" — no distance, assistance level or number: measure missing.
        ["v5-h31-telluride-pta-feels-faster-97116"] = new(
            """
            TSS — Telluride — PTA daily — gait 97116, 15 min
            Walked the Main Street loop from the clinic with trekking poles, then the gondola plaza stairs up and down w/ one pole + rail; cues for a longer R step, heel first, and not looking at his feet; practiced stepping over the snowbank edge at the curb.
            R hemiparetic gait after a lacunar stroke last fall: short R step, R toe catch on uneven ground.
            Pt says he feels faster and steadier; wife agrees.
            """,
            ["I69.351"], [PTA("97116", 15)], [At(Measure, "97116")]),

        // UR template (Lakewood) 97112 whose only numbers are the member ID, auth number, auth window, visits authorized, "This visit: 11" and "due at visit 12"; the Berg field says "not re-tested"; one-on-one, technique and deficit present: measure missing.
        ["v5-h31-pam-admin-numbers-only-97112"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3)
            Network clinic: Bear Creek Therapy, Lakewood      Member ID: PAM-1502296
            Auth #: UR26-049341   Auth window: 02/04/2026–04/04/2026   Visits authorized: 12   This visit: 11
            FUNCTIONAL REPORTING
              Primary limitation: [X] Mobility/walking  [ ] Changing body position  [ ] Carrying objects  [ ] Self-care  [ ] Other
              Tool: Berg Balance Scale   Current: not re-tested (due at visit 12)   Goal: see POC
            DELIVERY:  [X] Individual (1 clinician : 1 member)   [ ] Concurrent   [ ] Group
            TIMED CPT / MIN:  97112 / 20
            SKILLED INTERVENTION: reactive stepping to pushes at the sternum and back; standing on a rocker board A/P w/ eyes closed; walking w/ horizontal head turns along the hallway.
            IMPAIRMENT TARGETED: delayed reactive stepping and ↓ vestibular contribution to balance (bilateral vestibulopathy after IV gentamicin).
            MEMBER RESPONSE: steadier on the rocker board by the end; asked about a home rocker board.
            Clinician: PT
            """,
            ["H81.8X3", "R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // ALS OT shower practice (tub bench, hand-held shower, long sponge, wife taught to guard) with hip/quad weakness and a shower goal, but "Went well; wife feels more confident" — no assistance level, trials or number: measure missing.
        ["v5-h31-als-shower-went-well-ot-97530"] = new(
            """
            FRNR — ALS Multidisciplinary Clinic day — OT — 97530 — 20 min
            Practiced the tub-bench transfer in the ADL bathroom with the hand-held shower, a long-handled sponge for back and feet, and the grab bar on the tub wall; wife taught where to stand and how to guard at the belt.
            Weak hip flexors and quads (ALS) — can't lift his legs over the tub wall.
            Goal: shower at home with his wife's help instead of sponge baths.
            Went well; wife feels more confident.
            """,
            ["G12.21"], [OT("97530", 20)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // UR template (Durango) "TIMED CPT / MIN:  97112 / 23   97110 / 15   (total timed 38)": both match; head-turn walking, EC tandem, hurdle with a cup; heel raises, step-ups, squats; postural control and weakness after falls on ice; FGA and counts: passes.
        ["v6-h31-pam-cpt-min-two-codes"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3)
            Network clinic: Animas Valley PT, Durango      Member ID: PAM-3064483
            Auth #: UR26-047590   Auth window: 02/23/2026–04/23/2026   Visits authorized: 12   This visit: 6
            FUNCTIONAL REPORTING
              Primary limitation: [X] Mobility/walking  [ ] Changing body position  [ ] Carrying objects  [ ] Self-care  [ ] Other
              Tool: FGA   Current: 20/30   Goal: 24/30
            DELIVERY:  [X] Individual (1 clinician : 1 member)   [ ] Concurrent   [ ] Group
            TIMED CPT / MIN:  97112 / 23   97110 / 15   (total timed 38)
            SKILLED INTERVENTION: NMR — walking w/ head turns and pitch, tandem walking on a line EO → EC, stepping over a hurdle w/ a cup of water. TherEx — heel raises 3 x 15, step-ups 6" 3 x 10 B, mini squats 3 x 12.
            IMPAIRMENT TARGETED: ↓ postural control w/ head movement and B ankle plantarflexor/quad weakness after 2 falls on the ice this winter.
            MEMBER RESPONSE: tandem EC 6 steps; hurdle w/ cup 8/8 no spill.
            Clinician: PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Steamboat minutes spelled out in words ("twenty-three minutes on neuromuscular re-education (97112) and fifteen minutes on therapeutic exercise (97110), one-on-one the whole visit"): both match; content complete: passes.
        ["v6-h31-steamboat-minutes-in-words"] = new(
            """
            Timberline Sports & Spine — Steamboat Springs
            I spent twenty-three minutes on neuromuscular re-education (97112) and fifteen minutes on therapeutic exercise (97110), one-on-one the whole visit.
            Re-ed: backward walking on the treadmill at 0.8 mph with hands free, stepping-strategy drills to my pulls at the hips, single-leg stance on a foam pad while catching.
            Exercise: wall sits 3 x 30 s, split squats 3 x 8 each, step-downs 6" 2 x 10 each.
            She has slow backward stepping and reduced L knee proprioception after her L TKA last spring, plus L quad weakness (4/5).
            Backward pulls: recovered in one step 7 of 10 times; SLS on foam L 11 s.
            """,
            ["Z96.652", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Neuro programme "Charge capture — CPT:min — 97112:25, 97530:20": both match; kneeling perturbations and rhythmic stabilization (1:1 PT only); floor-to-chair and rolling practice with a floor-recovery goal; assist levels and k of 10: passes.
        ["v6-h31-frnr-charge-capture-cpt-min"] = new(
            """
            FRNR — SCI Outpatient Program — PT
            Charge capture — CPT:min — 97112:25, 97530:20
            97112 (1:1 PT only): half-kneel and tall-kneel balance w/ perturbations at the pelvis, kneel-walking on the mat, rhythmic stabilization in tall kneel.
            97530: floor-to-chair transfer practice into the power chair using a 2-step stool method x 3; rolling w/ a bed rail x 6.
            C8 AIS D: ↓ hip postural control in kneeling and weak B grip; goal to get up off the floor after a fall without calling the fire department.
            Tall-kneel perturbations held 8/10; floor-to-chair Mod A → Min A; rolling Mod I.
            """,
            ["G82.54"], [PT("97112", 25), PT("97530", 20)], []),

        // Leadville "Gait training 97116, 2:02 to 2:25 pm" (23 minutes) on a single 23-minute line: matches; poles on packed snow, curbs, cues; L foot drop with AFO; SBA and toe catches per lap: passes.
        ["v6-h31-leadville-clock-to-pm-97116"] = new(
            """
            TSS — Leadville (elev. 10,152 ft) — PT
            Gait training 97116, 2:02 to 2:25 pm
            Walking with 2 trekking poles → 1 pole around the clinic block on packed snow, 3 laps (about 900 ft each); curb up/down at the corner x 3; cues for heel-first contact and a slower cadence on the ice patches.
            L foot drop from an L5 radiculopathy (L) — L toe catch on snow ridges; wears a carbon AFO.
            SBA w/ 1 pole; toe catches 1 per lap (4 at IE).
            """,
            ["M54.17", "M21.372"], [PT("97116", 23)], []),

        // Edwards "97110 — 2 units (26 min)" and "97140 — 1 unit (12 min)": minutes match both lines; cuff exercises with doses and GH glides with grades and bouts after an anterior dislocation; IR/ER degrees: passes.
        ["v6-h31-edwards-units-with-minutes"] = new(
            """
            TSS — Edwards — PT daily
            97110 — 2 units (26 min): sidelying ER 3 x 12 w/ 2 lb, band IR at 0° abd 3 x 15, prone T's and Y's 2 x 10, wall push-up plus 2 x 12, rhythmic ball on the wall 3 x 30 s.
            97140 — 1 unit (12 min): R GH posterior glides gr III 3 x 30 s, inferior glides 3 x 30 s, STM R pec minor and posterior cuff.
            R shoulder: anterior dislocation (caught an edge, fell on the outstretched arm) 10 wk ago, reduced on the mountain; posterior capsule tight and cuff weak (ER 4-/5).
            IR 42° (30° at IE); ER at 90° abd 70°.
            """,
            ["S43.014D"], [PT("97110", 26), PT("97140", 12)], []),

        // UR template (Colorado Springs) "TIMED CPT / MIN:  97112 / 30" against a 22-minute line: mismatch; gaze stabilization on foam, head-turn walking, cone stops; L vestibular hypofunction; DGI and seconds; "[X] Individual".
        ["v6-h31-pam-cpt-min-mismatch-97112"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3)
            Network clinic: Pikes Peak Rehab, Colorado Springs      Member ID: PAM-2448816
            Auth #: UR26-051702   Auth window: 03/02/2026–05/01/2026   Visits authorized: 12   This visit: 3
            FUNCTIONAL REPORTING
              Primary limitation: [X] Mobility/walking  [ ] Changing body position  [ ] Carrying objects  [ ] Self-care  [ ] Other
              Tool: DGI   Current: 16/24   Goal: 20/24
            DELIVERY:  [X] Individual (1 clinician : 1 member)   [ ] Concurrent   [ ] Group
            TIMED CPT / MIN:  97112 / 30
            SKILLED INTERVENTION: gaze stabilization w/ the head moving and a card at arm's length, standing on foam; walking w/ head turns to called colors; stepping around cones w/ quick stops.
            IMPAIRMENT TARGETED: L vestibular hypofunction after vestibular neuritis — gaze instability and sway w/ head movement.
            MEMBER RESPONSE: foam stance w/ head turns 25 s (10 s at IE).
            Clinician: PT
            """,
            ["H81.22"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // Steamboat "Thirty-five minutes of gait training (97116)" against a 25-minute line: mismatch; river-trail walking with a pole, footbridge steps; Achilles repair push-off weakness with a fishing goal; SBA/Mod I and heel-raise reps.
        ["v6-h31-steamboat-words-mismatch-97116"] = new(
            """
            Timberline Sports & Spine — Steamboat Springs
            Thirty-five minutes of gait training (97116) today, mostly outdoors on the river trail by the clinic.
            He walked with one trekking pole, 3 out-and-backs of about 400 ft, with cues for push-off on the R and keeping his trunk upright; then the 8 steps of the footbridge w/ rail.
            R Achilles repair 16 wk: R push-off weak, short L step; wants to walk the trail to fish the river again.
            SBA on the trail, Mod I on the footbridge steps; single-leg heel raise R 6 reps (L 22).
            """,
            ["S86.011D"], [PT("97116", 25)], [At(Mismatch, "97116")]),

        // PT/OT co-treat, "both hands-on w/ this client only": PT 97112 20 matches; the OT half says "97530 — 30 min" against a 20-minute OT line: mismatch on 97530; both sections complete.
        ["v6-h31-frnr-cotreat-ot-half-mismatch"] = new(
            """
            FRNR — SCI Outpatient Program — PT/OT co-treat, both hands-on w/ this client only
            PT — 97112 — 20 min: short-sitting balance on the edge of the mat w/ unpredictable pushes at the shoulders, reaching outside base to cones while OT stabilized the knees, sit-ups from sidelying w/ PNF facilitation.
            OT — 97530 — 30 min: lower-body dressing in long sitting (pants over feet w/ a leg lifter), donning shoes w/ a long-handled shoehorn, sit-to-supine transitions w/ loops.
            C7 AIS C: ↓ sitting postural control; weak triceps and grip; goal is to dress himself for work at the county office.
            Pushes recovered w/o UE 6/10; pants on Min A, shoes Mod A.
            """,
            ["G82.54"], [PT("97112", 20), OT("97530", 20)], [At(Mismatch, "97530")]),

        // ALS clinic "Total timed minutes: 45 (NMR + ther ex), 1:1 w/ PT throughout" for 97112 25 and 97110 20, no minutes for either code; both sections complete: separate time missing.
        ["v6-h31-als-total-only"] = new(
            """
            FRNR — ALS Multidisciplinary Clinic day — PT
            Total timed minutes: 45 (NMR + ther ex), 1:1 w/ PT throughout.
            NMR: standing on a compliant pad w/ perturbations at the pelvis, lateral stepping over a cane on the floor, tandem holds at the counter.
            Ther ex (submaximal, fatigue-paced): seated knee extension 2 x 10 w/ 2 lb, standing hip abduction at the counter 2 x 10, wall slides 2 x 8.
            ALS (limb onset): ↓ L ankle strategy and lateral stepping; L hip abductor 3+/5.
            Tandem hold L fwd 12 s; lateral steps over the cane 9/10 w/o touch.
            """,
            ["G12.21"], [PT("97112", 25), PT("97110", 20)], [SepTime]),

        // Crested Butte "97112 :: 20 min :: 1:1 | 97110 :: 15 min | 97140 :: done after TherEx": minutes for two of three timed codes (97140 10 has none); all sections complete: separate time missing.
        ["v6-h31-crested-butte-two-of-three"] = new(
            """
            TSS • Crested Butte • PT
            97112 :: 20 min :: 1:1 in the back room | 97110 :: 15 min | 97140 :: done after TherEx
            NMR :: eyes-closed SLS on a balance pad w/ head turns // perturbations in ski stance on the half roller // figure-8 walking around cones w/ quick stops
            TherEx :: lateral lunges 3 x 8 // SL leg press 3 x 10 @ 70 lb // hip airplanes 2 x 6
            Manual :: R talocrural posterior glides gr III 4 x 30 s // subtalar distraction 3 x 30 s
            Why :: R ankle: ↓ proprioception + DF stiffness after a R high ankle sprain (skied into a tree well, 10 wk)
            Result :: SLS EC R 10 s; knee-to-wall DF R 7 cm → 10 cm
            """,
            ["S93.431D"], [PT("97112", 20), PT("97110", 15), PT("97140", 10)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings for the other codes

        // Empty note on an SCI visit with 97112 and 97530: DOC_NOTE_MISSING on both profiled lines, nothing else.
        ["v7-h31-empty-nmr-and-ta"] = new(
            "",
            ["G82.22"], [PT("97112", 20), PT("97530", 15)],
            [At(NoteMissing, "97112"), At(NoteMissing, "97530")]),

        // Empty note with untimed G0283 (no documentation profile) and 97140: DOC_NOTE_MISSING on 97140 only.
        ["v7-h31-empty-g0283-and-mt"] = new(
            "",
            ["M54.50"], [PT("G0283", 15), PT("97140", 10)], [At(NoteMissing, "97140")]),

        // Tabs and line feeds only on a PTA 97116 visit sent with no diagnosis: DOC_NOTE_MISSING on 97116 and the diagnosis check.
        ["v7-h31-tabs-newlines-no-dx"] = new(
            "\t\n\t\n",
            [], [PTA("97116", 15)], [At(NoteMissing, "97116"), Dx]),

        // Frisco 97110: carries, block deadlifts and box step-ups with loads and doses; the only target is the stated goal (carry skis and boot bag from the Gondola lot): passes.
        ["v7-h31-frisco-97110-goal-only-target"] = new(
            """
            TIMBERLINE SPORTS & SPINE — Frisco — daily
            WHAT: TherEx 97110, 16 min — farmer carries 4 x 60 ft @ 20 lb each hand; suitcase carry 3 x 40 ft @ 25 lb each side; deadlift from 12" blocks 3 x 8 @ 45 lb; step-ups onto a 10" box 3 x 10 each.
            WHY: Goal — carry his skis and boot bag from the Gondola lot up the stairs to the base on his own this season.
            """,
            ["M62.81"], [PT("97110", 16)], []),

        // ALS PT 97530: couch rise with a lift cushion, car transfer with a Handybar, bed cane; proximal LE weakness (an impairment) is the only target, assistance levels the measure: passes.
        ["v7-h31-als-97530-impairment-target"] = new(
            """
            FRNR — ALS Multidisciplinary Clinic day — PT — 97530 — 18 min
            Sit-to-stand from a couch-height mat w/ a lift cushion x 5; car transfer into the clinic car simulator w/ a Handybar x 3; getting in and out of bed w/ a bed cane x 3.
            Impairment: proximal LE weakness (hip extensors 3-/5, quads 3/5) and fatigue after repeated rises.
            Couch rise Mod I w/ cushion; car transfer SBA; bed cane CGA.
            """,
            ["G12.21"], [PT("97530", 18)], []),

        // Telluride 97140: talocrural and distal tib-fib glides with grades and bouts, STM and incision work, R ankle and lower leg as the region after a boot-top fracture; no outcome number: passes.
        ["v7-h31-telluride-97140-bouts-no-outcome"] = new(
            """
            TSS — Telluride — PT — Manual therapy 97140 — 10 min
            R ankle and lower leg: talocrural posterior glides gr IV 4 x 30 s, distal tib-fib A/P glides 3 x 30 s, STM R gastroc-soleus and along the healed incision on the anterolateral shin.
            R boot-top tibial shaft fx w/ IM nail (fell in a mogul field), 14 wk: stiff R ankle.
            """,
            ["S82.201D"], [PT("97140", 10)], []),

        // Breckenridge PTA 97116: forearm crutches in the hall, outdoors and on stairs with cues; L hip hiking after plateau ORIF; "Mod I on the hall, SBA outdoors + stairs" the only measure: passes.
        ["v7-h31-breck-97116-assist-only"] = new(
            """
            TSS Breckenridge // PTA // Gait 97116 // 15 min
            forearm crutches // walking the clinic hall + the heated sidewalk outside // stairs up/down w/ rail + 1 crutch // cues: heel first, don't hike the L hip
            L tibial plateau ORIF, now WBAT: L hip hiking + short L stance
            Mod I on the hall, SBA outdoors + stairs
            """,
            ["S82.142D"], [PTA("97116", 15)], []),

        // Wholly generic PTA 97110 ("did exercises per the flowsheet, tolerated well, no complaints. Continue POC"): technique, generic, deficit and measure.
        ["v7-h31-leadville-generic-97110"] = new(
            "TSS — Leadville — PTA — 97110 — 15 min: Pt did exercises per the flowsheet, tolerated well, no complaints. Continue POC.",
            ["M62.81"], [PTA("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Wholly generic Breckenridge one-liner on 97112 ("per POC // tol well // no c/o // cont"), no one-on-one: technique, generic, deficit, measure and one-on-one.
        ["v7-h31-breck-generic-97112"] = new(
            "TSS Breckenridge // NMR 97112 // 20 min // per POC // tol well // no c/o // cont",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Wholly generic OT 97530 ("Functional activities as tolerated. Client motivated and pleasant. Continue per plan."): technique, generic, deficit and measure.
        ["v7-h31-frnr-generic-ot-97530"] = new(
            "FRNR — OT — 97530 — 20 min. Functional activities as tolerated. Client motivated and pleasant. Continue per plan.",
            ["G82.54"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes: complete ones a reviewer passes, and the ordinary weak ones

        // Frisco L TKA wk 6: "TherEx 97110 — 15 min | Manual 97140 — 10 min" (bike, heel slides, prone hangs, step-ups, TKE; tibiofemoral and patellar glides with bouts); bike-path goal; AROM degrees: passes.
        ["vord-h31-frisco-tka-te-mt"] = new(
            """
            TIMBERLINE SPORTS & SPINE — Frisco — daily
            WHAT: TherEx 97110 — 15 min | Manual 97140 — 10 min
              TherEx: recumbent bike full revolutions x 40 (no rocking today), heel slides w/ strap 2 x 15, prone hangs 3 x 45 s, step-ups 6" 2 x 12, TKE w/ blue band 3 x 15.
              Manual: L tibiofemoral posterior glides gr III 4 x 30 s in flexion, patellar sup/inf glides 3 x 30 s, STM distal quad and scar.
            WHY: L knee flexion and extension stiffness after L TKA (wk 6); wants to get back on the Dillon Dam Road bike path.
            RESULT: AROM L knee 4° → 112° (6° → 104° last wk).
            """,
            ["Z96.652", "M25.662"], [PT("97110", 15), PT("97140", 10)], []),

        // Edwards ACLR 8 mo: 97112 23 ("1:1, PT w/ this athlete only") with cuts, target hops, ski-stance tugs; 97110 15 with split squats, Nordics, SL leg press; landing control and strength; hop LSI, k of 15, HHD: passes.
        ["vord-h31-edwards-aclr-nmr-te"] = new(
            """
            TSS — Edwards — RTS lab — PT
            Neuromuscular re-ed 97112 — 23 min — 1:1, PT w/ this athlete only (no other pts on the turf)
              • deceleration drills: 45° cuts off a 3-step approach w/ stick, 3 x 5 each way
              • SL hop to a foam landing, eyes on a called target, 3 x 6
              • ski-stance perturbations on a wobble cushion w/ band tugs at the pelvis, 4 x 30 s
            Ther ex 97110 — 15 min
              • Bulgarian split squat 3 x 8 @ 25 lb DB R
              • Nordic hamstring lowers 3 x 5
              • SL leg press R 3 x 10 @ 110 lb
            Deficit: R knee neuromuscular control on landing (valgus + trunk lean) and R quad/hamstring weakness, R ACLR (hamstring autograft) 8 mo.
            Numbers: SL hop R 118 cm vs L 142 cm (LSI 83%); cuts w/o valgus 13/15; quad HHD R 31 kg vs L 39 kg.
            """,
            ["S83.511D"], [PT("97112", 23), PT("97110", 15)], []),

        // Telluride PTA tx log for a proximal humerus fracture (pulleys, AAROM, sidelying ER, wall walks, isometrics with doses); R shoulder with a cabinet goal; flexion/ER degrees: 97110 passes.
        ["vord-h31-telluride-pta-prox-humerus-97110"] = new(
            """
            TSS — Telluride — PTA daily
            pt 71, R proximal humerus fx (fell unloading at the gondola station) — nonop, 10 wk
            tx log (97110, 20 min):
             pulleys flexion 2 x 15
             supine AAROM flexion w/ cane 2 x 15
             sidelying ER 2 x 12 w/ 1 lb
             wall walks to a tape mark x 10
             isometric ER/IR at the door frame 10 x 5 s each
            R shoulder: flexion AROM 118° (96° at wk 6), ER 35°; can't reach the upper kitchen cabinet yet
            """,
            ["S42.201D"], [PTA("97110", 20)], []),

        // Breckenridge L1 compression fracture on ice: press-ups, opposite arm/leg lifts, band retraction, wall angels, hip-hinge sit-to-stand with doses; extensor weakness and a groceries goal; prone hold seconds: 97110 passes.
        ["vord-h31-breck-compression-fx-97110"] = new(
            """
            TSS Breckenridge // TherEx 97110 // 18 min
            dx context: L1 wedge compression fx (slipped on ice outside the grocery, 7 wk), brace weaned
            ex: prone press-ups to elbows 2 x 10 // prone opposite arm/leg lifts 2 x 10 // seated scap retraction w/ band 3 x 12 // wall angels 2 x 10 // sit-to-stand w/ hip hinge 2 x 10
            target: thoracolumbar extensor weakness + fear of bending; goal: unload groceries from the Subaru w/o pain
            prone trunk-extension hold 32 s (14 s at IE)
            """,
            ["S32.010D"], [PT("97110", 18)], []),

        // Steamboat concussion on a groomer: "one-on-one in the treatment room for the whole NMR (97112, 25 min)"; gaze stabilization firm/foam, head-turn hallway walking, side-step ball toss; VOR deficit; DHI, seconds and 4/4: passes.
        ["vord-h31-steamboat-concussion-nmr"] = new(
            """
            Timberline Sports & Spine — Steamboat Springs — PT daily
            She took a hard fall on a groomer (no LOC) and has had dizziness with quick head turns since — the chairlift load makes it worse. I worked with her one-on-one in the treatment room for the whole NMR (97112, 25 min).
            What we did: gaze stabilization w/ the target on the wall, head moving yaw then pitch, standing on firm then foam; walking the hallway with head turns to letters I called; ball toss while side-stepping.
            What's wrong: post-concussion VOR deficit w/ motion-provoked dizziness; sways more on foam w/ head motion.
            Numbers: DHI 42 (58 at IE); foam stance w/ head turns 20 s (8 s at IE); hallway head-turn walks 4/4 without stagger.
            """,
            ["S06.0X0D", "R26.81"], [PT("97112", 25)], []),

        // Crested Butte plateau ORIF: "97116 :: 15 min | 97110 :: 15 min" (forearm crutches on tile and gravel, stairs; squats, SAQ, curls, calf raises with doses); stiff-knee gait and quad weakness; SBA/Mod I and degrees: passes.
        ["vord-h31-crested-butte-plateau-gait-te"] = new(
            """
            TSS • Crested Butte • PT
            97116 :: 15 min | 97110 :: 15 min
            Gait :: forearm crutches, WBAT now per surgeon, 3 x 150 ft on tile + 2 x 60 ft on the gravel path out back; cues for heel strike and knee bend in swing; stairs 10 steps reciprocal w/ rail + 1 crutch
            TherEx :: mini-squats to a chair 3 x 10, SAQ 3 x 12 w/ 3 lb, standing hamstring curls 2 x 12, calf raises 3 x 15
            Why :: L lateral tibial plateau ORIF 12 wk (ski fall at the base area); stiff-knee gait, L quad weakness 4-/5
            Result :: SBA on gravel, Mod I on tile; L knee flexion 110°
            """,
            ["S82.122D"], [PT("97116", 15), PT("97110", 15)], []),

        // Telluride OT snowboard wrist ORIF: "97110 — 15 min" (AROM, hammer, putty, curls) and "97140 — 10 min" (radiocarpal glides with bouts, scar and retrograde massage); degrees and grip kg: passes.
        ["vord-h31-telluride-ot-distal-radius-te-mt"] = new(
            """
            TSS — Telluride — Hand therapy (OT)
            97110 — 15 min: wrist AROM flex/ext/RD/UD 2 x 15, pronation/supination w/ a hammer 2 x 15, putty grip 3 x 10 (soft), wrist curls 1 lb 2 x 12.
            97140 — 10 min: radiocarpal dorsal and volar glides gr III 3 x 30 s each, scar massage over the volar incision, retrograde edema massage.
            L distal radius fx ORIF (snowboard fall on his first lesson), 7 wk: L wrist stiffness, grip weakness.
            Wrist ext 48° (35° last wk), supination 60°; grip L 14 kg vs R 36 kg.
            """,
            ["S52.502D"], [OT("97110", 15), OT("97140", 10)], []),

        // Leadville older local: 97530 15 (firewood carrying and stacking, kindling pick-up, SBA) and 97116 15 (poles and cleats on a snow-packed lot, CGA/SBA); COPD and deconditioning with a woodstove goal; SpO2 beside the rest: passes.
        ["vord-h31-leadville-firewood-ta-gait"] = new(
            """
            TSS — Leadville (elev. 10,152 ft) — PT
            97530 — 15 min: carrying split firewood in a canvas sling 4 trips x 30 ft (12–15 lb per trip), stacking at waist height, picking up kindling from the floor w/ a golfer's reach; SBA, 1 standing rest.
            97116 — 15 min: walking across the snow-packed parking lot and back w/ trekking poles + ice cleats, 3 x 200 ft; cues for shorter steps and flat-foot contact; CGA on the slope, SBA on the flat.
            Pt 74, COPD + deconditioning after a winter in the house; SpO2 93% at rest → 87% w/ carrying, back to 92% after the rest.
            Goal: keep the woodstove going by himself (wife has a R hip fx).
            """,
            ["J44.9", "R53.81"], [PT("97530", 15), PT("97116", 15)], []),

        // UR template (Lakewood) 97110: NuStep, LAQ, band abduction, step-ups, no-hands sit-to-stand with doses; B knee OA with weakness and a split-level stairs target; 30s Chair Stand in the functional-reporting row: passes.
        ["vord-h31-pam-lakewood-knee-oa-97110"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3)
            Network clinic: Bear Creek Therapy, Lakewood      Member ID: PAM-1450287
            Auth #: UR26-049230   Auth window: 02/04/2026–04/04/2026   Visits authorized: 12   This visit: 10
            FUNCTIONAL REPORTING
              Primary limitation: [X] Mobility/walking  [ ] Changing body position  [ ] Carrying objects  [ ] Self-care  [ ] Other
              Tool: 30s Chair Stand   Current: 11   Goal: 14
            DELIVERY:  [X] Individual (1 clinician : 1 member)   [ ] Concurrent   [ ] Group
            TIMED CPT / MIN:  97110 / 20
            SKILLED INTERVENTION: NuStep level 5 x 800 steps warm-up; LAQ 3 x 12 w/ 4 lb; standing hip abduction w/ band 2 x 15 B; step-ups 6" 3 x 10 R lead; sit-to-stand from 18" w/o hands 3 x 8.
            IMPAIRMENT TARGETED: B knee OA R > L w/ quad and hip abductor weakness (4-/5); stair climbing at her daughter's split-level.
            MEMBER RESPONSE: R knee pain 3/10 → 2/10; no increase in effusion.
            Clinician: PT
            """,
            ["M17.0"], [PT("97110", 20)], []),

        // Short UR variant (Colorado Springs) "97112 / 24     97116 / 15", "Individual ✔": PNF D1, weight acceptance on a scale, hurdle step-overs; SBQC gait with cues; L hemiparesis; 10MWT, % BW and toe drag: passes.
        ["vord-h31-pam-springs-cva-nmr-gait"] = new(
            """
            PEAK ADVANTAGE MEDICARE — UR Daily Note (Form UR-3) — Pikes Peak Rehab, Colorado Springs
            Auth #: UR26-051476 | Visits authorized: 12 | This visit: 6
            Delivery: Individual ✔   Concurrent ✘   Group ✘
            97112 / 24     97116 / 15
            NMR: PNF D1 flexion/extension pattern L LE in sidelying w/ resistance at the foot; standing L weight acceptance onto a bathroom scale w/ mirror; forward step-overs of a 4" hurdle leading w/ the L.
            Gait: SBQC vs hemi-walker comparison, 4 x 100 ft; cues for L hip flexion in swing and heel first; 1 curb.
            Impairment: L hemiparesis (R MCA CVA 5 mo): ↓ L LE motor recruitment and weight acceptance; L toe drag in swing.
            Functional reporting — Tool: 10MWT   Current: 0.52 m/s   Goal: 0.80 m/s
            Weight on L 38% → 46% BW; CGA w/ SBQC, toe drag 2 per 100 ft.
            """,
            ["I69.354"], [PT("97112", 24), PT("97116", 15)], []),

        // UR template (Pueblo) "TIMED CPT / MIN:  97110 / 15   97140 / 12": flexion-bias exercises and flexion-distraction/PA mobs with bouts; stenosis with neurogenic claudication; walk distance before symptoms: passes.
        ["vord-h31-pam-pueblo-stenosis-te-mt"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3)
            Network clinic: Arkansas Valley PT, Pueblo      Member ID: PAM-2783119
            Auth #: UR26-044906   Auth window: 02/09/2026–04/09/2026   Visits authorized: 12   This visit: 4
            FUNCTIONAL REPORTING
              Primary limitation: [X] Mobility/walking  [ ] Changing body position  [ ] Carrying objects  [ ] Self-care  [ ] Other
              Tool: Self-paced walk (distance to symptom onset)   Current: 410 ft   Goal: 1,000 ft
            DELIVERY:  [X] Individual (1 clinician : 1 member)   [ ] Concurrent   [ ] Group
            TIMED CPT / MIN:  97110 / 15   97140 / 12
            SKILLED INTERVENTION: TherEx — single knee-to-chest 3 x 30 s B, posterior pelvic tilts 2 x 15, bridges 2 x 12, seated flexion stretch over a ball 10 x 5 s, recumbent bike at level 3 in a flexed posture. Manual — lumbar flexion-distraction on the table 3 x 60 s, L4–5 and L5–S1 central PA gr III 3 x 30 s, STM B lumbar paraspinals.
            IMPAIRMENT TARGETED: lumbar stenosis w/ neurogenic claudication B legs; ↓ lumbar flexion mobility, weak glutes.
            MEMBER RESPONSE: legs tingle after 410 ft (260 ft at IE).
            Clinician: PT
            """,
            ["M48.062"], [PT("97110", 15), PT("97140", 12)], []),

        // Short UR variant (Fort Collins) PD 97112 "Individual ✔": metronome amplitude stepping, protective-step pulls, dual-task cone turns, taped doorway line; freezing and small protective steps; Mini-BESTest, pull-test steps, freezes k of 6: passes.
        ["vord-h31-pam-fort-collins-pd-nmr"] = new(
            """
            PEAK ADVANTAGE MEDICARE — UR Daily Note (Form UR-3) — Cache la Poudre Therapy, Fort Collins
            Auth #: UR26-046655 | Visits authorized: 12 | This visit: 9
            Delivery: Individual ✔   Concurrent ✘   Group ✘
            97112 / 25
            Skilled intervention: large-amplitude stepping to floor targets w/ a metronome; backward and lateral protective steps to PT pulls at the shoulders; dual-task turning around a cone while counting backward by 3s; doorway approach w/ a taped line to break freezing.
            Impairment: PD w/ freezing of gait at doorways, late and small protective steps backward.
            Functional reporting — Tool: Mini-BESTest   Current: 20/28   Goal: 23/28
            Pull test: 2 steps to recover (4 at IE); doorway freezes 1 of 6 passes.
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // UR template (Grand Junction) OT 97530 after rTSA: shelf reach, closet rod, hair care, bra fastening; R shoulder elevation/ER with a dressing goal; QuickDASH beside Mod I/SBA/Min A: passes.
        ["vord-h31-pam-grand-junction-ot-rtsa-97530"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3)
            Network clinic: Redlands Physical Therapy, Grand Junction      Member ID: PAM-2051473
            Auth #: UR26-045877   Auth window: 02/02/2026–04/02/2026   Visits authorized: 12   This visit: 8
            FUNCTIONAL REPORTING
              Primary limitation: [ ] Mobility/walking  [ ] Changing body position  [ ] Carrying objects  [X] Self-care  [ ] Other
              Tool: QuickDASH   Current: 43   Goal: 25
            DELIVERY:  [X] Individual (1 clinician : 1 member)   [ ] Concurrent   [ ] Group
            TIMED CPT / MIN:  97530 / 20
            SKILLED INTERVENTION: reaching a 2 lb can to the 2nd cupboard shelf w/ R hand x 10; hanging shirts on the closet rod x 6; washing and drying hair w/ the R hand leading; fastening a bra behind the back w/ cues for technique.
            IMPAIRMENT TARGETED: R shoulder (rTSA 4 mo) — ↓ elevation and ER limit reaching and hair care. Goal: dress and do her hair without her husband.
            MEMBER RESPONSE: shelf reach Mod I; closet rod SBA; bra fastening Min A.
            Clinician: OT
            """,
            ["Z96.611"], [OT("97530", 20)], []),

        // UR template (Alamosa) PTA "97116 / 15   97530 / 15": RW → SPC gait on level and gravel; pickup transfer and feed-bucket carry; L hip fracture gait with a chicken-chores goal; 10MWT and assist levels: passes.
        ["vord-h31-pam-alamosa-hip-fx-gait-ta"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3)
            Network clinic: San Luis Valley Rehab, Alamosa      Member ID: PAM-3391840
            Auth #: UR26-050018   Auth window: 02/18/2026–04/18/2026   Visits authorized: 10   This visit: 5
            FUNCTIONAL REPORTING
              Primary limitation: [X] Mobility/walking  [ ] Changing body position  [ ] Carrying objects  [ ] Self-care  [ ] Other
              Tool: 10MWT   Current: 0.61 m/s   Goal: 0.85 m/s
            DELIVERY:  [X] Individual (1 clinician : 1 member)   [ ] Concurrent   [ ] Group
            TIMED CPT / MIN:  97116 / 15   97530 / 15
            SKILLED INTERVENTION: Gait — RW → SPC trial, 3 x 120 ft level and the clinic's gravel path x 1, cues for equal step length and an upright trunk. Ther act — car transfer into a pickup w/ a running board x 3; carrying a 10 lb feed bucket 25 ft w/ SPC x 2.
            IMPAIRMENT TARGETED: L hip fx (IM nail, 10 wk): L Trendelenburg gait, short R step; goal to do the chicken chores and drive the pickup again.
            MEMBER RESPONSE: SPC SBA on level, CGA on gravel; pickup transfer SBA; bucket carry CGA.
            Clinician: PTA
            """,
            ["S72.142D"], [PTA("97116", 15), PTA("97530", 15)], []),

        // ALS PT 97530 20 with caregiver-assisted transfers (stand-pivot, transfer pole, swivel cushion); weakness and foot drop with a stay-at-home goal; assist levels; "peak cough flow 240 L/min" is a flow, not minutes: passes.
        ["vord-h31-als-caregiver-transfers-97530"] = new(
            """
            FRNR — ALS Multidisciplinary Clinic day — PT — 97530 — 20 min
            Resp check w/ RT today: FVC 61% predicted, peak cough flow 240 L/min — no change to plan.
            Caregiver-assisted transfers w/ son present: stand-pivot bed → power chair using a gait belt x 3, sit-to-stand from the recliner w/ a transfer pole x 4, car transfer to the SUV w/ a swivel seat cushion x 2.
            Impairment: B hip extensor and quad weakness (3-/5) and L foot drop — buckling on the pivot.
            Goal: stay at home with his son doing transfers safely until a ceiling lift is installed.
            Stand-pivot Min A (son), recliner CGA w/ pole, car Mod A.
            """,
            ["G12.21"], [PT("97530", 20)], []),

        // SCI OT in a Permobil: power-tilt and lateral-lean pressure reliefs, microwave reach, ROHO hand check; C6 AIS B with a skin-and-lunch goal; Mod I/SBA/CGA/Min A and seconds: 97530 passes.
        ["vord-h31-frnr-ot-power-chair-97530"] = new(
            """
            FRNR — SCI Outpatient Program — OT — 97530 — 25 min
            Client in his Permobil (tilt/recline, joystick on R). Practiced: pressure relief w/ power tilt to 45° held 90 s then back, x 3, cued by a phone timer; lateral-lean pressure relief to each armrest x 5 each; reaching into a microwave at counter height from the chair w/ the L hand on the armrest; checking his own ROHO cushion (hand check under the ischials).
            C6 AIS B: no triceps, ↓ trunk control; goal is to manage his skin and lunch on his own while his wife works.
            Tilt relief Mod I after set-up; lateral lean SBA; microwave reach CGA; ROHO hand check Min A.
            """,
            ["G82.54"], [OT("97530", 25)], []),

        // SCI "97112 (25 min) — 1:1, PT w/ client the full block" (EasyStand weight shifts, reaching, rhythmic stabilization) and "97110 (20 min)" (RT300 cycling, PROM); postural control and tightness; cm, km and W: passes.
        ["vord-h31-frnr-standing-fes-nmr-te"] = new(
            """
            FRNR — SCI Outpatient Program — PT
            97112 (25 min) — 1:1, PT w/ client the full block
              EasyStand standing at 80°: anterior/posterior weight shifts to targets, reaching out of base w/ each hand, rhythmic stabilization at the shoulders 3 x 30 s.
            97110 (20 min)
              RT300 FES leg cycling, 3 bouts, 40 rpm target; then PROM hamstrings/heel cords 3 x 30 s B.
            T11 AIS B: ↓ trunk and hip postural control in standing; B hamstring and heel-cord tightness (DF −5° B).
            Standing reach out of base 16 cm fwd; cycling 2.1 km at avg 4.9 W.
            """,
            ["G82.22"], [PT("97112", 25), PT("97110", 20)], []),

        // SCI PTA 97116: forearm crutches 4-point → 2-point in the corridor, outdoors and curbs with cues; L3 AIS D hip weakness and circumduction; SBA/CGA and 10MWT: passes.
        ["vord-h31-frnr-pta-crutches-97116"] = new(
            """
            FRNR — SCI Outpatient Program — PTA note — Gait training 97116 — 20 min
            Forearm crutches, 4-point → 2-point pattern: 4 x 150 ft in the corridor, 1 x 80 ft on the outdoor sidewalk w/ a curb cut, curb up/down x 3 w/ crutches.
            Cues for L hip extension in stance and to stop circumducting the L.
            L3 AIS D (fell from a roof shoveling snow, 2024): L hip extensor/abductor weakness, L circumduction.
            SBA in the corridor, CGA outdoors and on the curb; 10MWT w/ crutches 0.68 m/s.
            """,
            ["S34.123S"], [PTA("97116", 20)], []),

        // UR template (Greeley) OT "97112 / 20   97530 / 15", "[X] Individual": UE weight bearing, PNF D2 with rhythmic stabilization, graded grasp/release; rocker knife, toast, milk jug; R hemiparesis with a breakfast goal; cones k of 12, Box and Block, assist levels: passes.
        ["vord-h31-pam-greeley-ot-cva-nmr-ta"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3)
            Network clinic: Poudre Valley Rehab, Greeley      Member ID: PAM-2614478
            Auth #: UR26-043761   Auth window: 02/02/2026–04/02/2026   Visits authorized: 12   This visit: 7
            FUNCTIONAL REPORTING
              Primary limitation: [ ] Mobility/walking  [ ] Changing body position  [ ] Carrying objects  [X] Self-care  [ ] Other
              Tool: Box and Block (R)   Current: 28   Goal: 40
            DELIVERY:  [X] Individual (1 clinician : 1 member)   [ ] Concurrent   [ ] Group
            TIMED CPT / MIN:  97112 / 20   97530 / 15
            SKILLED INTERVENTION: NMR — weight bearing through the R UE on the countertop w/ lateral shifts, PNF D2 flexion R UE w/ rhythmic stabilization, graded grasp/release of cones at 3 heights. Ther act — cutting a putty "steak" w/ a rocker knife, buttering toast, opening a milk jug w/ the R hand stabilizing.
            IMPAIRMENT TARGETED: R hemiparesis (L MCA CVA 4 mo): ↓ R UE motor control and proprioception; goal to make his own breakfast.
            MEMBER RESPONSE: cones 9/12 placed; toast task SBA; milk jug Min A.
            Clinician: OT
            """,
            ["I69.351"], [OT("97112", 20), OT("97530", 15)], []),

        // Frisco hip arthroscopy: "97112 NMR — 20 min (1 PT : 1 pt, PT hands-on throughout) | 97530 TherAct — 15 min": Vew-Do tugs, foam pole reaches, boot tandem; chairlift load/unload simulation and ski carry; R hip/ankle proprioception with a lift-and-greens goal; seconds, steps, k of 6: passes.
        ["vord-h31-frisco-chairlift-sim-nmr-ta"] = new(
            """
            TIMBERLINE SPORTS & SPINE — Frisco — daily
            WHAT: 97112 NMR — 20 min (1 PT : 1 pt, PT hands-on throughout) | 97530 TherAct — 15 min
              NMR: ski stance on the Vew-Do w/ unannounced band tugs at the pelvis; SL stance on foam w/ pole-plant reaches; tandem walking on a 2x4 in ski boots.
              TherAct: chairlift load/unload simulation — sitting onto a rolling bench pushed from behind, then standing and gliding off down a slick-board ramp x 6; carrying skis + poles on the shoulder 50 ft x 3.
            WHY: R hip arthroscopy (labral repair) 6 mo — ↓ R hip/ankle proprioception in ski boots; goal is to ride the lift and ski greens with the grandkids.
            RESULT: SLS on foam R 16 s; tandem in boots 10 steps without step-off; lift-sim unload 6/6 w/o a hand touch, SBA.
            """,
            ["S73.191D"], [PT("97112", 20), PT("97530", 15)], []),

        // Crested Butte "97112 :: 22 min | 97110 :: 15 min", both matching and complete (foam sticks, webbing tandem, half-roller pole reaches; squats, band walks, SL RDL; L ankle proprioception and peroneal weakness; seconds, k of 18) but never says one-on-one.
        ["vord-h31-crested-butte-nmr-te-no-1to1"] = new(
            """
            TSS • Crested Butte • PT
            97112 :: 22 min | 97110 :: 15 min
            NMR :: lateral bounds to a foam pad w/ stick, 3 x 6 // tandem on slackline webbing at knee height w/ a hand hold // pole-plant reaches in ski stance on a half roller
            TherEx :: goblet squat 3 x 10 @ 20 lb // lateral band walks 3 x 15 ft // SL RDL 2 x 10 @ 10 lb
            Why :: L ankle sprains x 2 this season (lateral ligaments), ↓ L ankle proprioception + peroneal weakness 4/5
            Result :: SLS L EC 9 s (R 24 s); foam sticks 16/18
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // UR template (Cheyenne) 97110 complete (hinge, block deadlift, farmer carry, bird dogs with doses; lumbar extensor weakness with a dog-food goal; lift lb) sent with no diagnosis: diagnosis missing.
        ["vord-h31-pam-cheyenne-no-diagnosis"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3)
            Network clinic: High Plains Therapy, Cheyenne WY      Member ID: PAM-1193054
            Auth #: UR26-046402   Auth window: 02/16/2026–04/16/2026   Visits authorized: 10   This visit: 4
            FUNCTIONAL REPORTING
              Primary limitation: [ ] Mobility/walking  [ ] Changing body position  [X] Carrying objects  [ ] Self-care  [ ] Other
              Tool: Floor-to-waist lift   Current: 10 lb   Goal: 25 lb
            DELIVERY:  [X] Individual (1 clinician : 1 member)   [ ] Concurrent   [ ] Group
            TIMED CPT / MIN:  97110 / 23
            SKILLED INTERVENTION: hip hinge w/ a dowel 2 x 10; kettlebell deadlift from an 8" block 3 x 8 @ 15 lb; farmer carry 4 x 40 ft @ 10 lb each hand; bird dogs 2 x 10 w/ 5 s hold.
            IMPAIRMENT TARGETED: low back pain w/ lumbar extensor weakness; goal to lift 25 lb bags of dog food.
            MEMBER RESPONSE: deadlift form cues x 2, no pain increase.
            Clinician: PT
            """,
            [], [PT("97110", 23)], [Dx]),

        // SCI mat programme 97110 complete (prone-on-elbows push-ups, trunk rotation, long-sit reaching, band press-downs with doses; triceps/lat weakness with a car-transfer goal; grades and seconds) whose diagnosis field holds the CPT code "97110": not an ICD-10-CM code, diagnosis missing.
        ["vord-h31-frnr-cpt-in-diagnosis-field"] = new(
            """
            FRNR — SCI Outpatient Program — PT — 97110 — 20 min
            Mat program: prone-on-elbows push-ups 3 x 10, sidelying trunk rotation w/ PT assist 2 x 10 each, long-sit reaching to cones 3 x 8, band triceps press-downs 3 x 12 (red) B.
            C7 AIS C: ↓ triceps and lat strength for transfers; goal is a depression transfer into the car.
            Triceps 3-/5 R, 2+/5 L; push-up lift-off held 2 s.
            """,
            ["97110"], [PT("97110", 20)], [Dx]),

        // UR template (Pueblo) 97116 complete (rollator → SPC, ramp and stairs with cues; R knee OA antalgic gait with a State Fair goal; TUG, SBA/CGA) whose diagnosis field holds the free text "R knee OA": not well formed, diagnosis missing.
        ["vord-h31-pam-free-text-diagnosis"] = new(
            """
            PEAK ADVANTAGE MEDICARE — Outpatient Therapy UR Daily Note (Form UR-3)
            Network clinic: Arkansas Valley PT, Pueblo      Member ID: PAM-2240618
            Auth #: UR26-044990   Auth window: 02/09/2026–04/09/2026   Visits authorized: 12   This visit: 5
            FUNCTIONAL REPORTING
              Primary limitation: [X] Mobility/walking  [ ] Changing body position  [ ] Carrying objects  [ ] Self-care  [ ] Other
              Tool: TUG   Current: 14.2 s   Goal: < 12 s
            DELIVERY:  [X] Individual (1 clinician : 1 member)   [ ] Concurrent   [ ] Group
            TIMED CPT / MIN:  97116 / 18
            SKILLED INTERVENTION: gait training w/ a rollator → SPC, 3 x 150 ft; ramp and 4 stairs w/ rail, step-to → reciprocal; cues for R heel strike and full R knee extension in stance.
            IMPAIRMENT TARGETED: R knee OA w/ flexed-knee antalgic gait; goal to walk the State Fair grounds in August.
            MEMBER RESPONSE: SPC SBA on level, CGA on stairs.
            Clinician: PT
            """,
            ["R knee OA"], [PT("97116", 18)], [Dx]),

        // Leadville PTA "seen for neuro re-ed + therex, 38 min total. Tol well, no c/o. Cont POC per PT." on 97112 23 + 97110 15: wholly generic on both lines, no one-on-one, a total only: separate time missing.
        ["vord-h31-leadville-pta-generic-total"] = new(
            "TSS — Leadville — PTA. Pt seen for neuro re-ed + therex, 38 min total. Tol well, no c/o. Cont POC per PT.",
            ["R26.81", "M62.81"], [PTA("97112", 23), PTA("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // Steamboat "MT 97140 — 20 min" on a single 10-minute 97140 line: mismatch; cervical lateral glides, upslope mobs, STM and traction holds for R C6 radiculopathy; rotation degrees.
        ["vord-h31-steamboat-97140-minutes-differ"] = new(
            """
            Timberline Sports & Spine — Steamboat Springs — MT 97140 — 20 min
            Cervical: R C5–6 and C6–7 lateral glides gr III 4 x 30 s, upslope mobs R 3 x 30 s, STM R scalenes/upper trap, manual traction 5 x 20 s holds.
            R C6 radiculopathy — numbness R thumb/index, ↓ cervical rotation R.
            Cervical rotation R 52° → 64°; Spurling's now neck pain only, no arm symptoms.
            """,
            ["M54.12"], [PT("97140", 10)], [At(Mismatch, "97140")]),

        // Leadville PTA 97110 listing bike, quad sets, SLR, heel slides, bridges, heel raises and mini squats with no dose, R knee after TKA with a post-office goal, "Did well, a bit sore after": measure missing.
        ["vord-h31-leadville-pta-no-doses-97110"] = new(
            """
            TSS — Leadville — PTA — 97110 — 15 min
            Bike warm-up, quad sets, SLR, heel slides, bridges, standing heel raises, mini squats at the counter.
            For R knee weakness and stiffness after R TKA; wants to walk to the post office on Harrison Ave.
            Did well, a bit sore after.
            """,
            ["Z96.651"], [PTA("97110", 15)], [At(Measure, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
