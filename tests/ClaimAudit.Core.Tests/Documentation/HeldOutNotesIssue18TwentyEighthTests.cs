using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The twenty-eighth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random sample of one week's notes from three Southeastern employers, in
/// the proportions a billing manager sees them — about two thirds ordinary and complete, single- and
/// multi-code visits, by PTs, PTAs and OTs:
/// <list type="number">
/// <item>the outpatient network of a Lowcountry orthopaedic hospital ("LOH Outpatient Rehab": Mt Pleasant,
/// Summerville, West Ashley, James Island, Bluffton, Pooler) charting in a large commercial EMR's short-form
/// daily note: heavy abbreviation, text carried forward from the last visit with today's changes typed in
/// and marked ("► = changed today", "(3/4)" after an edited item, "EDITED"), a "Last Filed / Today"
/// flowsheet whose first column is the previous visit's, SmartList and SmartText placeholders left
/// unanswered in the export (<c>{Yes/No:20314}</c>, <c>{Impairments:31522}</c>, <c>{Gait deviations:30012}</c>),
/// hospital charge-master descriptions ("HC PT NEUROMUSC REEDUC EA 15 MIN"), "Timed Code Treatment Minutes",
/// post-operative caseloads (TKA, rTSA, ACDF, TLIF, Achilles repair, Lapidus bunionectomy, tibial plateau
/// ORIF, trimalleolar ORIF, Broström-type instability, biceps tenodesis) and the region's goals (kneeling at
/// the pew, the church choir, backing a boat trailer down the landing, throwing a cast net, shag dancing, the
/// bleachers at a Friday-night game, the okra bed, the azaleas, the Piggly Wiggly buggy, the grits
/// canister);</item>
/// <item>a vestibular and balance centre inside an ENT practice ("Coastal ENT &amp; Allergy — Balance
/// Center") whose PTs chart beside the neurotologist's and the audiologist's results: VEMPs, calorics,
/// rotary chair, vHIT canal gains, post-head-shake nystagmus, intratympanic gentamicin for Ménière's,
/// translabyrinthine schwannoma resection, middle-fossa plugging of a superior canal dehiscence, a cochlear
/// implant, bilateral vestibulopathy, mal de débarquement after a cruise, cervicogenic dizziness with normal
/// testing; Norré habituation, the Zuma manoeuvre (95992) before the NMR, substitution saccades,
/// posturography training with the Motor Control Test, Fregly-style walking on a line;</item>
/// <item>a mobile outpatient practice ("Front Porch Mobile Therapy") treating Part B residents of
/// retirement communities (Magnolia Pointe, Heritage Oaks CCRC, The Landing at Lake Wylie, Camellia Place)
/// in their fitness rooms, corridors, courtyards, bocce court and parking circle: a Keiser pneumatic leg
/// press with power in watts, SAIL and Walk with Ease programmes, chair yoga, reaction-light pods, the
/// community bus step, the mailroom, the chapel doorway, the dining hall at lunch, a husband on the NuStep
/// beside his wife, a Tuesday balance class, a tablet visit record with "Individual (selected)".</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together (up to three in a visit), beside untimed
/// 95992 and 97010 and timed but unprofiled 97035 (its minutes written beside its code). Each note's DOC_*
/// findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h28-…): one-on-one in these writers' words ("I had no other pt booked during the NMR and
/// stayed at her side throughout", "Fitness room reserved for our session (sign on the door); she was the
/// only resident in the room", "seen in private VRT room 4, door closed, PT and pt only", "provided by me
/// individually — no other resident being seen", "PTA stayed w/ pt the entire NMR; no other pt assigned to
/// me in that slot"), notes that negate it (a husband on the NuStep whose settings the PT checked between
/// the wife's sets, VR optic flow started alone while the PT repositioned another patient, a six-resident
/// balance class) or never state it (a short-form ankle NMR), and a 97116 in a busy dining-hall corridor,
/// which has no one-on-one check;</item>
/// <item>class 2 (v2-h28-…): template states: an unanswered SmartList <c>1:1 treatment provided:
/// {Yes/No:20314}</c>, "Treatment provided one-on-one: Yes" with "Concurrent/group: No", a "Last Filed / Today"
/// flowsheet, an unfilled <c>{Impairments:31522}</c>, outcome measures all "DNT", "Session type: Individual
/// (selected) / Group / Concurrent" and the same with Group selected, an intervention checklist with every
/// box empty, assistance and cue rows answered Y / N;</item>
/// <item>class 3 (v3-h28-…): named programmes and methods as techniques (Norré habituation, the Zuma
/// manoeuvre then NMR, the Rockwood band programme, Keiser pneumatic power training, Casley-Smith manual
/// lymph drainage, Walk with Ease pacing as gait training, Janda sensorimotor "small foot" training, the
/// Crossover Symmetry cord series), one SAIL 97110 with no target and one reaction-light 97112 with no
/// number;</item>
/// <item>class 4 (v4-h28-…): deficits stated as findings (absent cVEMP and oVEMP with otolith loss,
/// post-head-shake nystagmus with a caloric weakness, a superior-canal vHIT gain after plugging, an
/// occiput-to-wall distance, scapular dyskinesis with a positive scapular assistance test, hallux limitus,
/// posterior tibial tendon dysfunction with navicular drop) and notes that state none ("Impairments this
/// date: nil" on a 97112, "Functional limitations: none reported" on a 97530, an unfilled gait-deviation
/// SmartList on a PTA 97116);</item>
/// <item>class 5 (v5-h28-…): measures in their usual forms (Motor Control Test latency and an SOT
/// equilibrium score, feet to the mailroom, Maximum Step Length, LEFS with a timed stair climb, the Walking
/// While Talking test, tandem Romberg and steps on a line, prone heel-to-buttock distance) and notes with
/// none (an apartment number and a next-visit date only, "see progress note of 02/25", a wellness
/// director's report);</item>
/// <item>class 6 (v6-h28-…): minutes in their usual forms (charge-master lines whose description says
/// "EA 15 MIN" beside the minutes actually given, 1:15p–1:38p ranges, "Timed code tx (min): NMR 22 / Gait 16",
/// "97112 ×2 (31 min)", "Time (min): NMR 23 | TE 15 | MT 10", the same code by a PT and an OT with each
/// discipline's minutes), true mismatches (a "Today" column against a line that matches only the "Last
/// Filed" column, "NMR (97112): 38 min" against 30, a gait "12 min" against 22) and truly missing separate
/// time ("40 min combined", "Timed Code Treatment Minutes" only);</item>
/// <item>class 7 (v7-h28-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on 97010), and the contract's meanings of technique, deficit and measure for 97140
/// (patellar and scar mobilisation with doses), 97530 (a goal as the only target), 97116 (an assistance level
/// as the only measure), 97110 (named exercises with no dose), a wholly generic 97140 and a wholly generic
/// 97112;</item>
/// <item>ordinary (vord-h28-…): complete notes of the three employers across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: an NMR + TE note that never says
/// one-on-one, a CPT code typed into the diagnosis cell, a total only, a missing diagnosis, a generic
/// two-code note with minutes each, a PTA guarding two residents in turn.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least eight minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. Cases a careful reviewer could argue either
/// way were left out: a content gap in one section of a multi-code note (multi-code notes fail here only on
/// time, one-on-one, diagnosis or when the whole note lacks the thing), generic phrases beside a deficit or a
/// measure without a technique, minutes of an activity, a rest or a visit's arrival and departure inside a
/// note, self-rated scores as the only number, a grade with no dose as a 97140's only parameter, a one-on-one
/// left to be inferred, three-character or dotless diagnosis codes, minute ranges and approximate minutes, a
/// task practised read as a 97530's goal, a diagnosis named in the note as a 97112's only target, the
/// previous visit's numbers as a note's only measure.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 83 of 98 cases agree (97 needed), and 8 of the 64 notes the reviewer passes got a finding, on the
/// analyzer of b07f3d1 (the start of the 2026-12-04/05 session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 84 of 98, 7 false positives, at its first run on that session's analyzer after the twenty-sixth and
/// twenty-seventh sets were worked through and reviewed (00ee409): the held-out figure.
/// Then worked through as development data: 96 of 98, no false positive — "Individual (selected) / Group",
/// a pick list left as its code after the field's words ("1:1 treatment provided: {Yes/No:20314}"), an unanswered
/// pick list's field ("Gait deviations: {Gait deviations:30012}"), "Concurrent/group: No", a "Last Filed | Today"
/// flowsheet's Today column, boxes before their items ahead of a blank "Other: ____", a symptom's trigger
/// ("dizziness on head turns") no technique, "02/25" a date, otolith loss, CDT and MLD, Crossover Symmetry,
/// rapid stepping (NotesAsWrittenTests, twenty-eighth-twenty-ninth-worked-through); then 97 of 98 once a programme's
/// name ("SAIL strength set", "strength training") no longer states 97110's goal. Left: a 97530 task's words read as
/// its functional goal ("carrying laundry" beside "Functional limitations: none reported").
/// </para>
/// </summary>
public class HeldOutNotesIssue18TwentyEighthTests(ITestOutputHelper output)
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

        // ENT balance centre: "seen in private VRT room 4, door closed, PT and pt only for all billed time" states one-on-one; VOR cancellation, saccade-then-head refixation, head-pitch hallway walking; L loss after translabyrinthine resection; DVA and FGA: passes.
        ["v1-h28-ent-private-room-door-closed"] = new(
            """
            Coastal ENT & Allergy — Balance Center — VRT daily
            Dx: L vestibular schwannoma s/p translabyrinthine resection (Dr. Okafor, 01/21)
            97112 NMR 24 min — pt seen in private VRT room 4, door closed, PT and pt only for all billed time.
            • VOR cancellation: pt holds a card target, moves head + card together, yaw 3 x 30 s
            • Saccade-then-head refixation between two wall targets, 2 x 10 each direction
            • Walking down the clinic hallway w/ head pitch to read shelf labels, 4 x 50 ft
            Uncompensated L vestibular loss: oscillopsia w/ head pitch, veers L in the dark.
            DVA loss 0.5 logMAR (0.7 at IE); FGA 20/30.
            """,
            ["D33.3", "H81.8X2"], [PT("97112", 24)], []),

        // Hospital short form carried forward with ► edits: "I had no other pt booked during the NMR and stayed at her side throughout" states one-on-one; NMR 16 and TE 23 match; L ankle proprioception and PF weakness after trimalleolar ORIF; SLS seconds and heel-raise reps: passes.
        ["v1-h28-loh-no-other-pt-booked"] = new(
            """
            LOH Outpatient Rehab — Summerville — OP PT SHORT FORM DAILY
            (Carried fwd from 03/02 — ► = changed today)
            Dx: L trimalleolar fx s/p ORIF 12/19, WBAT in shoe
            S: ► back at church choir, stood thru 2 hymns
            NMR 97112 — 16 min — I had no other pt booked during the NMR and stayed at her side throughout.
              L SLS on half foam roller, flat side down, 3 x 20 s ► now hands-free
              Tandem walk on balance beam fwd/bwd 4 passes
              Clock reaches w/ L stance, 2 x 8
            TE 97110 — 23 min
              Seated heel raises 3 x 15 → ► standing DL heel raises 3 x 12
              Resisted ankle 4-way, green band, 2 x 15 each
              Step-downs 4" L lead 2 x 10
              Gastroc stretch on slant board 3 x 30 s
            A: L ankle proprioception and PF strength still ↓; lands flat-footed on step-down.
            L SLS 9 s (4 s on 02/23); L heel raise 8 reps vs R 22.
            """,
            ["S82.852D"], [PT("97112", 16), PT("97110", 23)], []),

        // Mobile practice: "Fitness room reserved for our session (sign on the door); she was the only resident in the room and I stayed at her side" states one-on-one; shuffleboard-cue step-overs, reactive steps, EC on a folded mat; neuropathy with late stepping; Alternate Step Test and k of 24: passes.
        ["v1-h28-mobile-fitness-room-sign-on-door"] = new(
            """
            Front Porch Mobile Therapy — Magnolia Pointe (IL), fitness room
            97112 NMR — 25 min
            Fitness room reserved for our session (sign on the door); she was the only resident in the room and I stayed at her side for the whole NMR.
            - Stepping over shuffleboard cues laid on the floor, 3 laps
            - Reactive steps to light pushes at the shoulders (fwd/back/side), 3 x 8
            - Standing on a folded exercise mat EC w/ head turns, 4 x 20 s
            Deficit: ↓ plantar sensation B feet (DM neuropathy) → late, short stepping reactions.
            Outcomes: Alternate Step Test 15.2 s (19.6 s at IE); reactive steps recovered w/ 1 step 18/24.
            """,
            ["E11.42", "Z91.81"], [PT("97112", 25)], []),

        // Husband (also a patient) on the NuStep beside her, the PT checking his settings and pulse between her sets: attention divided, not one-on-one; tandem EC, weight shifts, backward walking; posterior LOB with kyphosis; seconds present.
        ["v1-h28-mobile-husband-on-nustep"] = new(
            """
            Front Porch Mobile Therapy — Heritage Oaks CCRC fitness room
            NMR 97112 23 min
            Husband (also our Part B pt, seen after her) rode the NuStep beside us; I checked his settings and pulse between her sets.
            Tandem stance in the corner w/ chair in front, EC 3 x 20 s; lateral weight shifts on the wobble cushion 3 x 10; backward walking along the wall rail 4 x 20 ft.
            Impaired postural control w/ posterior LOB when reaching overhead (kyphotic posture).
            Tandem EC 8 s (4 s last wk); backward walk 20 ft w/ 1 touch to rail.
            """,
            ["R26.81", "M81.0"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ENT: the patient began VR optic flow on her own while the PT finished a repositioning on another patient in Rm 2: not one-on-one; optic flow walking, foam, turns; visual vertigo after neuritis; mCTSIB seconds present.
        ["v1-h28-ent-vr-while-pt-in-room-2"] = new(
            """
            Coastal ENT & Allergy — Balance Center — VRT
            97112 — 30 min
            Pt began optic flow on the VR headset (supermarket-aisle scene) on her own while I finished a repositioning on another pt in Rm 2; I returned and we progressed to walking w/ the scene running, then standing on foam w/ the scene, then 180° turns.
            Visual dependence / visual vertigo after R vestibular neuritis (8 wk) — sx in the Winn-Dixie aisles.
            mCTSIB foam EC 14 s (6 s at IE); Visual Vertigo Analogue Scale 38/100 (71 at IE).
            """,
            ["H81.21"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // 97112 given in the Tuesday "Sure Footing" class (6 residents, the PT leading): not one-on-one; noodle side-steps, carpet-seam heel-to-toe, semi-tandem catches; lateral stability; seconds and k of 10 present.
        ["v1-h28-mobile-tuesday-class"] = new(
            """
            Front Porch Mobile Therapy — The Landing at Lake Wylie
            97112 — 20 min — given in the Tuesday "Sure Footing" class in the activity room (6 residents, I lead, the activity aide helps set up).
            Pt's stations: side-stepping over a pool noodle, heel-to-toe along the carpet seam, catching a beach ball in semi-tandem.
            Pt: ↓ lateral stability, wide-based stance, hip strategy only.
            Semi-tandem 22 s (12 s at IE); 7/10 catches w/o a step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Hospital short form, complete (rocker board, pillow SLS with toss, half-roll perturbations; R ankle proprioception after lateral ankle reconstruction; SLS and star excursion) but nothing says how the session was staffed: one-on-one missing.
        ["v1-h28-loh-ankle-recon-never-says"] = new(
            """
            LOH Outpatient Rehab — West Ashley — OP PT SHORT FORM DAILY
            S: no falls. Wants to stand on the boat at the landing to cast.
            NMR 97112 22 min:
             rocker board A/P & M/L 3 x 45 s
             SL stance on pillow w/ ball toss 3 x 10 ea
             perturbations on ½ roll in tandem
            Impaired ankle proprioception and ankle-strategy recruitment R (s/p R lateral ankle recon, Broström, 10 wk).
            R SLS EC 6 s; star excursion post-med R 71 cm / L 84 cm.
            P: cont.
            """,
            ["S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // 97116 in the corridor to the dining hall with other residents walking to lunch: 97116 has no one-on-one check; rollator cues, stop-turn-sit; shuffling and drift; feet and SBA: passes.
        ["v1-h28-mobile-97116-dining-hall-corridor"] = new(
            """
            Front Porch Mobile Therapy — Camellia Place (AL)
            Gait 97116 — 18 min — corridor from the fitness room to the dining hall, other residents walking to lunch alongside us.
            Rollator, cues to stay inside the frame and lift heels; practiced stopping and turning to sit at her table.
            Short shuffling steps, drifts to the R, pushes rollator too far ahead.
            2 x 220 ft w/ one seated rest, SBA; no toe-catches.
            """,
            ["R26.89", "Z91.81"], [PT("97116", 18)], []),

        // OT 97112 "provided by me individually — no other resident being seen" states one-on-one; L UE weight bearing, closed-chain pushes, metronome finger taps; L UE motor control and proprioception after stroke; seconds and hits: passes.
        ["v1-h28-mobile-ot-nmr-individually"] = new(
            """
            Front Porch Mobile Therapy — OT — Heritage Oaks CCRC, fitness room
            OT 97112 (neuromuscular re-ed) 22 min, provided by me individually — no other resident being seen.
            Weight bearing through the L UE on the mat table while reaching across midline w/ R; L hand on the wall for closed-chain pushes while she sorted playing cards; tapping L fingers to a metronome.
            L UE motor control + proprioception after R MCA CVA (Nov) — L hand drifts off the table w/o looking.
            L UE wt bearing 40 s before elbow collapse (15 s at IE); L finger-to-target 8/10 hits.
            """,
            ["I69.354"], [OT("97112", 22)], []),

        // PTA: "PTA stayed w/ pt the entire NMR; no other pt assigned to me in that slot" states one-on-one; BOSU lunges, step-and-stick, banded side-steps with pelvic tugs; hip abductor timing after labral repair; valgus count and Y-balance: passes.
        ["v1-h28-loh-pta-no-other-pt-assigned"] = new(
            """
            LOH Outpatient Rehab — Bluffton — PTA DAILY (short form)
            NMR 97112 — 23 min — PTA stayed w/ pt the entire NMR; no other pt assigned to me in that slot.
             - Lateral lunges onto BOSU dome, 3 x 8 ea
             - Step-and-stick on 4" box w/ trunk rotation
             - Banded side-step w/ PTA tugging at pelvis 4 x 20 ft
            Targets R hip abductor timing + dynamic knee control s/p R hip arthroscopy (labral repair, 14 wk).
            R step-down: knee valgus 4/10 reps (9/10 on 02/16); Y-balance anterior R 61 cm.
            """,
            ["S73.191D"], [PTA("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // EMR SmartList left unanswered ("1:1 treatment provided: {Yes/No:20314}"): one-on-one not stated; typed techniques (foam perturbations, dual-task walking, head-turn obstacles), delayed stepping and dual-task balance, TUG-cognitive and gait speed present.
        ["v2-h28-smartlist-1to1-unanswered"] = new(
            """
            LOH Outpatient Rehab — Pooler — OP PT SHORT FORM DAILY
            Neuromuscular Re-education (97112): 24 minutes
            1:1 treatment provided: {Yes/No:20314}
            Techniques: {NMR techniques:31077} ► perturbations on foam in stride stance, dual-task walking (naming SEC teams), obstacle stepping w/ head turns
            Deficit: delayed compensatory stepping, ↓ balance under dual task (3 falls in 6 mo)
            Outcome: TUG-cognitive 17.8 s (22.4 s IE); dual-task gait speed 0.74 m/s
            """,
            ["R29.6", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // The same EMR with the SmartList answered "Treatment provided one-on-one: Yes" and "Concurrent/group: No"; PNF D2 slow reversal-hold, scale weight shift, step-ups; R LE recruitment and knee hyperextension; % BW and counts: passes.
        ["v2-h28-smartlist-1to1-yes"] = new(
            """
            LOH Outpatient Rehab — Mt Pleasant — OP PT SHORT FORM DAILY
            Treatment provided one-on-one: Yes
            Concurrent/group: No
            Neuromuscular Re-education (97112): 20 minutes
             - PNF D2 flexion/extension R LE standing in bars, slow reversal-hold 3 x 8
             - Weight shift to R onto bathroom scale w/ visual target
             - Step-ups 4" R lead w/ tactile cue at R glute
            Deficit: R LE motor recruitment, R knee hyperextension in stance (L CVA 10/2025)
            R WB 44% BW (36% IE); R knee hyperext 6 of 10 steps → 2 of 10
            """,
            ["I69.351"], [PT("97112", 20)], []),

        // "Last Filed 03/02 | Today 03/04" flowsheet: today's minutes (NMR 20, TE 18) match the lines (the 15 is the last visit's); foam tandem, rocker, pelvic perturbations; strength rows with doses; postural control after TKA; seconds: passes.
        ["v2-h28-last-filed-today-flowsheet"] = new(
            """
            LOH Outpatient Rehab — James Island — Flowsheet (short form)
                                               Last Filed 03/02     Today 03/04
            97112 NMR minutes                  20                   20
              Tandem stance foam EO/EC         10 s / 3 s           15 s / 6 s
              Rocker board A-P, no UE          2 x 30 s             3 x 30 s
              Perturbation – pelvic, tandem    —                    3 x 6
            97110 TE minutes                   15                   18
              Sit-to-stand 17" chair           2 x 8                3 x 10
              Lateral step-ups 6"              2 x 8                2 x 12
              Hip abd sidelying 2 lb           —                    2 x 12
            NMR: pt 1:1 w/ PT for all NMR minutes.
            Problem: postural control + R ankle proprioception ↓ after R TKA, afraid to kneel in the okra bed.
            """,
            ["Z96.651", "M62.81"], [PT("97112", 20), PT("97110", 18)], []),

        // Unfilled SmartList "Impairments addressed: {Impairments:31522}" and no deficit written anywhere; hops to stabilise, BOSU catches, SL RDL reaches, 1:1, hop and catch counts: deficit missing.
        ["v2-h28-smartlist-impairments-unfilled"] = new(
            """
            LOH Outpatient Rehab — Summerville — OP PT SHORT FORM DAILY
            97112 NMR 23 min, 1:1 w/ PT throughout
            Impairments addressed: {Impairments:31522}
            Interventions: lateral hops to stabilize on foam 3 x 8; ball catch on BOSU flat side 3 x 10; single-leg RDL reach to cones 2 x 8 ea
            Response: tol well
            SL hop-to-stabilize 7/10 clean landings; BOSU catch 9/10
            """,
            ["S83.241D"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ENT flowsheet with every outcome "DNT" and no other number in the note: measure missing; gaze stabilisation, habituation, head-turn walking, one-on-one and ototoxic bilateral loss present.
        ["v2-h28-ent-outcomes-all-dnt"] = new(
            """
            Coastal ENT & Allergy — Balance Center — VRT flowsheet
            97112 — individual session, PT and pt only
            Gaze stabilization X1 yaw and pitch, near target, standing; habituation to rolling in bed (R and L) and bending to the floor; walking with eyes-to-target head turns in the hallway.
            Deficit: bilateral vestibular hypofunction after IV gentamicin (sepsis, Dec) — oscillopsia walking, unsteady in the dark.
            Outcome measures:   DGI DNT    FGA DNT    DVA DNT    mCTSIB DNT
            Plan: re-test at the progress note.
            """,
            ["H81.8X3"], [PT("97112", 23)], [At(Measure, "97112")]),

        // Tablet visit record "Session type: Individual (selected) / Group / Concurrent" chooses individual; pivot-and-reach, EC step-ups, balloon catch while marching; slowed responses and vestibular contribution; mCTSIB and 5xSTS: passes.
        ["v2-h28-session-individual-selected"] = new(
            """
            Front Porch Mobile Therapy — visit record
            Community: Magnolia Pointe (AL)   Room: fitness room
            Session type: Individual (selected) / Group / Concurrent
            Code: 97112   Minutes: 22
            Activities: gait-belt-guarded pivot-and-reach to the shelf; stepping onto a 2" aerobic step w/ eyes closed; catching a balloon while marching in place.
            Problem: slowed postural responses + ↓ vestibular contribution (fails mCTSIB cond 4).
            Result: mCTSIB cond 4 foam EC 11 s (fall at 3 s IE); 5xSTS 16.9 s.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // The same record with "Group (selected)": not one-on-one; cone reaches, tandem on a tape line, called clock stepping; anticipatory postural control; step counts present.
        ["v2-h28-session-group-selected"] = new(
            """
            Front Porch Mobile Therapy — visit record
            Community: The Landing at Lake Wylie   Room: fitness room
            Session type: Individual / Group (selected) / Concurrent
            Code: 97112   Minutes: 25
            Activities: standing weight shifts w/ reach to cones, tandem walking along a tape line, stepping to clock numbers called out.
            Problem: ↓ anticipatory postural control; veers on turns.
            Result: tandem line 10 steps w/o stepping off (4 at IE); clock-step errors 2/12.
            """,
            ["R26.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // ENT checklist with every intervention box empty (☐) and no technique written elsewhere: technique missing; one-on-one, R hypofunction after labyrinthitis, DHI and FGA present (no generic phrase).
        ["v2-h28-ent-intervention-boxes-empty"] = new(
            """
            Coastal ENT & Allergy — Balance Center — VRT checklist
            97112 — 20 min — one-on-one (PT + pt only, Rm 3)
            Interventions:  ☐ Gaze stabilization  ☐ Habituation  ☐ Static balance  ☐ Dynamic gait  ☐ Other: ______
            Impairment: R vestibular hypofunction, motion-provoked dizziness on head turns (post-labyrinthitis).
            Measures: DHI 46 (62 at IE); FGA 22/30.
            """,
            ["H83.01"], [PT("97112", 20)], [At(Tech, "97112")]),

        // Mobile gait flowsheet with the assistance answered Y / N per level (CGA: Y) and a distance; putting-green loop with a rollator and cues; L knee swing deficit after TKA: 97116 passes.
        ["v2-h28-mobile-gait-assist-yn"] = new(
            """
            Front Porch Mobile Therapy — gait flowsheet
            97116 — 15 min — walking loop around the putting green
            Device: rollator   Surface: concrete path + grass edge
            Assist  — Indep: N   SBA: N   CGA: Y   Min A: N
            Distance: 2 x 180 ft
            Cues: heel strike, look up at the flag, slow the turn at the bench
            Gait: short step length L, ↓ L knee flexion in swing (L TKA 7 wk), veers toward the grass.
            """,
            ["Z96.652", "R26.89"], [PT("97116", 15)], []),

        // OT 97530 with assist and cue rows answered Y / N (SBA Y, verbal cues Y x3), kitchenette tasks, spills 0 of 4 and a breakfast goal after a hip fracture: passes.
        ["v2-h28-mobile-ot-cue-assist-yn"] = new(
            """
            Front Porch Mobile Therapy — OT visit (Heritage Oaks CCRC, fitness room + model kitchenette)
            97530 — 24 min
            Tasks: unload dishwasher to upper shelf; carry mug of water from counter to table on the rollator tray; retrieve item from floor w/ reacher.
            Assist: SBA Y / CGA N / Min A N
            Verbal cues: Y (x3, for pacing)   Tactile cues: N
            Spills: 0 of 4 carries
            Goal: make her own breakfast in her IL apartment safely (L hip fx, hemiarthroplasty 9 wk).
            """,
            ["S72.002D", "Z96.642"], [OT("97530", 24)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programs as techniques

        // Norré vestibular habituation with the four most provoking of its 19 positions x 3; "1:1 (PT + pt, private room)"; motion sensitivity after neuritis; MSQ and FGA: passes.
        ["v3-h28-ent-norre-habituation"] = new(
            """
            Coastal ENT & Allergy — Balance Center — VRT
            97112 NMR — 26 min — 1:1 (PT + pt, private room)
            Norré vestibular habituation training: of the 19 test positions, the 4 most provoking today (#3 sit → R side, #7 supine head R, #12 sit → nose to L knee, #17 180° turn L) × 3 reps each, waiting for sx to settle between.
            Motion sensitivity after L vestibular neuritis; dizzy bending to the dishwasher and rolling in bed.
            MSQ 19 (38 at IE); FGA 23/30.
            """,
            ["H81.22"], [PT("97112", 26)], []),

        // Zuma manoeuvre billed as untimed 95992 (no documentation profile), then a 15-minute one-on-one NMR (head-turn walking, X1 on foam, quick turns) for residual imbalance; DGI: passes.
        ["v3-h28-ent-zuma-then-nmr"] = new(
            """
            Coastal ENT & Allergy — Balance Center — VRT
            95992 CRP: Zuma maneuver L (apogeotropic HC-BPPV on supine roll test) x 2
            97112 NMR 15 min — 1:1, PT and pt only:
             - walking w/ horizontal head turns, 3 x 60 ft
             - X1 viewing yaw, standing on foam, 3 x 30 s
             - quick turns to L and R on command
            Residual dizziness + imbalance w/ head movement after HC-BPPV.
            Post-tx supine roll test: no nystagmus; DGI 21/24 (17/24 last visit).
            """,
            ["H81.12"], [PT("95992", 10), PT("97112", 15)], []),

        // SAIL strength set with doses, done one-on-one, and "Tol well, no c/o" — no region, impairment or goal anywhere: deficit missing on 97110.
        ["v3-h28-mobile-sail-no-target"] = new(
            """
            Front Porch Mobile Therapy — Heritage Oaks CCRC fitness room
            97110 — 20 min
            SAIL strength set (Stay Active & Independent for Life), done one-on-one instead of in class: chair stands 2 x 10; seated kicks w/ 3 lb cuffs 2 x 12; side steps w/ yellow band 2 x 10 each way; wall push-ups 2 x 10; overhead press 2 lb 2 x 10.
            Tol well, no c/o.
            """,
            ["M62.81"], [PT("97110", 20)], [At(Deficit, "97110")]),

        // Rockwood band programme (red → green) with sets and reps, for R shoulder ER weakness after RCR; degrees and MMT: 97110 passes.
        ["v3-h28-loh-rockwood-bands"] = new(
            """
            LOH Outpatient Rehab — Mt Pleasant — OP PT SHORT FORM DAILY
            97110 TE 25 min
            Rockwood shoulder program (band series), red → ► green today:
             ER/IR at side 3 x 12 each; flexion, extension, abduction to 90° 2 x 12 each; supine serratus punch w/ 3 lb 3 x 12
            R shoulder s/p arthroscopic RCR (supraspinatus, 14 wk): ↓ ER strength, shrug sign on elevation.
            AROM R flexion 148°, ER 62°; ER MMT 4-/5.
            """,
            ["M75.121", "Z98.890"], [PT("97110", 25)], []),

        // Keiser A300 pneumatic power training at % 1RM with fast concentrics, chest press, fast sit-to-stands; B LE power deficit and a loveseat goal; watts: 97110 passes.
        ["v3-h28-mobile-keiser-power"] = new(
            """
            Front Porch Mobile Therapy — Magnolia Pointe fitness room
            97110 — 18 min
            Power training on the Keiser A300 pneumatic leg press: 3 x 8 at 40% 1RM (1RM 160 lb → 65 lb), fast push / 2-count return; seated Keiser chest press 2 x 10 @ 30 lb, fast; sit-to-stand from a 17" dining chair, arms crossed, "as fast as safe" 3 x 5.
            B LE power deficit — can't get up off her low loveseat w/o rocking 3x; goal: rise from the loveseat in one try.
            Peak leg-press power 410 W (300 W IE).
            """,
            ["M62.81", "Z74.09"], [PT("97110", 18)], []),

        // Casley-Smith manual lymph drainage sequence with passes, then patellar glides with bouts, for post-TKA effusion; girth cm and flexion degrees: 97140 passes.
        ["v3-h28-loh-casley-smith-mld"] = new(
            """
            LOH Outpatient Rehab — Bluffton — OP PT SHORT FORM DAILY
            MT 97140 — 14 min
            Manual lymph drainage (Casley-Smith sequence): axillary → inguinal clearing, then R thigh and knee slow stationary circles distal → proximal, 5 passes; ► added gentle patellar glides sup/inf after MLD, 2 x 30 s.
            R knee effusion + post-op edema limiting flexion (R TKA 3 wk).
            Girth mid-patella R 44.0 cm (45.5 cm 02/27); R knee flexion 98° (92°).
            """,
            ["Z96.651", "Z47.1"], [PT("97140", 14)], []),

        // Reaction-light pods on the fitness-room wall and floor, then on foam, "one-on-one (PT and resident only)", slow reactive stepping to the L — but not one number anywhere: measure missing.
        ["v3-h28-mobile-reaction-lights-no-number"] = new(
            """
            Front Porch Mobile Therapy — Magnolia Pointe — fitness room
            97112 — one-on-one (PT and resident only)
            Reaction-light training on the fitness room's wall pods: tapping lit pods high/low and to the L and R in standing, then stepping out to the floor pods; repeated standing on the foam cushion.
            Targets: slow reactive stepping & weight shift to the L; she grabs the rail when the light is far L.
            More confident today. Cont.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Walk with Ease pacing as gait training (courtyard loop with SPC, talk-test pacing, heel-toe cues, curb cut); antalgic R knee gait and a community-bus goal; feet and SBA/CGA: 97116 passes.
        ["v3-h28-mobile-walk-with-ease-gait"] = new(
            """
            Front Porch Mobile Therapy — Camellia Place — 97116 — 20 min
            Gait training built on the Arthritis Foundation's Walk with Ease pacing: warm-up strides in the hallway, then the courtyard loop w/ SPC in L hand, talk-test pacing, heel-toe cues, practicing the curb cut at the bus stop.
            Antalgic gait w/ ↓ R stance time (R knee OA); goal: walk to the community bus for the Thursday store trip.
            3 laps = 750 ft, SBA; curb cut up/down x 4, CGA → SBA.
            """,
            ["M17.11"], [PT("97116", 20)], []),

        // Janda sensorimotor training ("small foot", rocker board, half-roll lunges, band kicks), "pt and PT one-on-one, no overlap w/ other pts"; chronic L ankle instability; SLS EC seconds and CAIT: passes.
        ["v3-h28-loh-janda-sensorimotor"] = new(
            """
            LOH Outpatient Rehab — West Ashley — OP PT SHORT FORM DAILY
            NMR 97112 — 22 min — pt and PT one-on-one, no overlap w/ other pts
            Janda sensorimotor training: "small foot" (short foot) sitting → standing → SLS; SLS on rocker board w/ small foot held 3 x 20 s; forward lunges onto half foam roller 2 x 8; SLS w/ band kicks of the opposite leg 3 x 10.
            Chronic L ankle instability — ↓ L peroneal reaction & proprioception, 3 sprains this yr.
            L SLS EC 11 s (R 24 s); Cumberland Ankle Instability Tool 17/30.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // Crossover Symmetry activation and recovery cord series with reps, after biceps tenodesis, with posterior cuff endurance and a dock-casting goal; ER degrees and reps: 97110 passes.
        ["v3-h28-loh-crossover-symmetry"] = new(
            """
            LOH Outpatient Rehab — Mt Pleasant — OP PT SHORT FORM DAILY
            97110 TE 20 min
            Crossover Symmetry (light cords): activation series — ER, IR, 90/90 ER, reverse fly, T, Y — 1 round x 15 each; then recovery series 1 round x 10 each.
            R shoulder s/p biceps tenodesis + SAD (11 wk): ↓ posterior cuff endurance, scapular control; goal — cast from the dock again.
            ER at 90° abd 84° (70° at IE); 15/15 reps w/o shrug.
            """,
            ["M75.21", "Z98.890"], [PT("97110", 20)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Absent cVEMP and oVEMP on the R with symmetric calorics stated as R otolith loss; tilt-board EC holds, mini-trampoline EC, ramp start-stop; "private room, PT and pt only"; foam Romberg seconds: passes.
        ["v4-h28-ent-vemp-otolith-loss"] = new(
            """
            Coastal ENT & Allergy — Balance Center — VRT
            97112 — 24 min — private room, PT and pt only
            Audiology 02/12: cVEMP and oVEMP absent R, calorics symmetric → R otolith (utricle/saccule) loss. Pt tilts and drifts R on ramps and in the elevator, feels "pulled" R on stopping.
            Tx: static tilt holds on the tilt board R/L w/ EC 4 x 20 s; mini-trampoline bouncing w/ EC 3 x 20; start-stop walking on the ramp w/ head still → head turns, 4 passes.
            Romberg on foam EC 14 s (5 s at IE); ramp start-stop w/o side-step 4/4.
            """,
            ["H81.8X1"], [PT("97112", 24)], []),

        // L-beating post-head-shake nystagmus, a 58% R caloric weakness and a positive R head impulse stated as uncompensated R hypofunction; X1/X2, head-turn letter walking; "1:1 … door closed"; DVA and FGA: passes.
        ["v4-h28-ent-head-shake-caloric"] = new(
            """
            Coastal ENT & Allergy — Balance Center — VRT
            97112 NMR 23 min — 1:1 (PT + pt, door closed)
            Findings: L-beating post-head-shake nystagmus, R caloric weakness 58% (VNG 02/03), + R head impulse w/ catch-up saccade → uncompensated R peripheral hypofunction.
            Tx: X1 viewing yaw w/ emphasis on R head turns, 3 x 60 s; X2 viewing (head and target opposite) 3 x 30 s; walking w/ yaw head turns calling out letters on wall charts, 4 x 60 ft.
            DVA yaw R 0.4 logMAR loss (0.6 at IE); FGA 24/30.
            """,
            ["H81.391"], [PT("97112", 23)], []),

        // After middle-fossa plugging of a R SSCD: R anterior-canal vHIT gain 0.48 with oscillopsia on head pitch as the finding; pitch-plane X1, pitch walking, stair descent; "individual, only pt w/ PT"; pitch DVA: passes.
        ["v4-h28-ent-sscd-after-plugging"] = new(
            """
            Coastal ENT & Allergy — Balance Center
            R SSCD s/p middle fossa plugging 01/15 (Dr. Haskell). Autophony and Tullio gone.
            97112 — 22 min — individual, only pt w/ PT
            Post-op finding: R superior canal hypofunction (vHIT R anterior canal gain 0.48), oscillopsia w/ head pitch walking down stairs.
            X1 pitch-plane viewing 3 x 60 s; walking w/ head pitch (look down at floor targets, up at shelf) 4 x 60 ft; stair descent w/ head pitch, rail, 2 flights.
            DVA pitch 0.3 logMAR loss (0.5 at IE).
            """,
            ["H83.8X1"], [PT("97112", 22)], []),

        // Thoracic hyperkyphosis with occiput-to-wall 8 cm as the finding; towel-roll extension, wall slides, pull-aparts, prone on elbows, cable rows with doses; occiput-to-wall after: 97110 passes.
        ["v4-h28-mobile-occiput-to-wall"] = new(
            """
            Front Porch Mobile Therapy — Heritage Oaks CCRC, fitness room
            97110 — 20 min
            Findings: thoracic hyperkyphosis — occiput-to-wall 8 cm; sleeps on 2 pillows, can't lie flat.
            Ex: seated thoracic ext over a towel roll at the chair back 2 x 10; wall slides w/ chin tuck 2 x 10; band pull-aparts yellow 3 x 12; prone on elbows on the mat table 3 x 60 s; standing row on the cable column 15 lb 3 x 12.
            Occiput-to-wall after session 6.5 cm.
            """,
            ["M40.204", "M81.0"], [PT("97110", 20)], []),

        // R scapular dyskinesis (medial-border winging on lowering) with a painful arc eased by scapular assistance as the finding; serratus and lower-trap work with doses; arc degrees: 97110 passes.
        ["v4-h28-loh-scapular-dyskinesis"] = new(
            """
            LOH Outpatient Rehab — West Ashley — OP PT SHORT FORM DAILY
            97110 TE 20 min
            O: R scapular dyskinesis — medial border winging on eccentric lowering from flexion; painful arc 70–110° R that eases w/ manual scapular assist (+ scapular assistance test).
            Ex: serratus wall slides w/ foam roller 3 x 10; prone horizontal abd thumb up 2 x 12; low row w/ band 3 x 15; push-up plus on the wall 3 x 10; sidelying ER 3 lb 3 x 12.
            Painful arc now 90–110°.
            """,
            ["M75.41"], [PT("97110", 20)], []),

        // R hallux limitus after a Lapidus bunionectomy (1st MTP DF 28°, no heel-off) as the finding; 1st MTP distraction, plantar glides and sesamoid mobs with bouts; DF degrees after: 97140 passes.
        ["v4-h28-loh-hallux-limitus-mt"] = new(
            """
            LOH Outpatient Rehab — Mt Pleasant — OP PT SHORT FORM DAILY
            97140 MT — 12 min
            R hallux limitus post-Lapidus bunionectomy (11/20): 1st MTP DF 28°, dorsal jamming, no heel-off in gait.
            1st MTP long-axis distraction 3 x 30 s; plantar glides of the proximal phalanx gr III 3 x 45 s; sesamoid mobs 2 x 60 s; STM plantar fascia.
            1st MTP DF after 36°.
            """,
            ["M20.11", "Z98.890"], [PT("97140", 12)], []),

        // L posterior tibial tendon dysfunction (no single-leg heel rise, navicular drop 12 mm) as the finding; short-foot holds, inversion in PF, heel raises with a ball, towel scrunches; SL heel-rise reps: 97110 passes.
        ["v4-h28-loh-pttd-navicular-drop"] = new(
            """
            LOH Outpatient Rehab — Bluffton — OP PT SHORT FORM DAILY
            97110 TE 22 min
            L posterior tibial tendon dysfunction: unable to do a single-leg heel rise on L, navicular drop 12 mm, arch collapses in stance.
            Ex: short-foot holds 10 x 10 s; resisted inversion w/ blue band in PF 3 x 15; DL heel raises w/ ball between heels 3 x 12; towel scrunches 2 x 20.
            L SL heel rise 2 reps (0 at IE).
            """,
            ["M76.822"], [PT("97110", 22)], []),

        // "Impairments this date: nil; neuro screen WNL" is the only statement of a target on a one-on-one NMR with bounding, foam catches and numbers: deficit missing.
        ["v4-h28-loh-impairments-nil"] = new(
            """
            LOH Outpatient Rehab — Summerville — OP PT SHORT FORM DAILY
            NMR 97112 — 20 min — pt 1:1 w/ PT the whole NMR
            Tech: lateral bounding to stick 3 x 6; SL stance on foam pad w/ overhead ball catches 3 x 10; crossover hops to stick 2 x 6.
            Impairments this date: nil; neuro screen WNL.
            Y-balance composite R 92% / L 94%; hop-to-stick 10/10.
            """,
            ["S83.511D"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // OT 97530 "Functional limitations: none reported; resident at her baseline" with laundry and bed-making tasks and numbers, no impairment or goal anywhere: deficit missing.
        ["v4-h28-mobile-ot-no-limitations"] = new(
            """
            Front Porch Mobile Therapy — OT — Magnolia Pointe (IL)
            97530 — 20 min
            Tasks: carrying laundry basket (8 lb) from apt door to the laundry room, 4 trips x 60 ft; making the bed w/ a fitted sheet; reaching into the dryer drum from standing.
            Functional limitations: none reported; resident at her baseline.
            Independent all tasks, 0 LOB.
            """,
            ["R26.89"], [OT("97530", 20)], [At(Deficit, "97530")]),

        // PTA gait note whose deviations and goals are unfilled SmartLists ({Gait deviations:30012}, {LTG list:30018}); device, distance and assist present: deficit missing on 97116.
        ["v4-h28-loh-gait-deviations-unfilled"] = new(
            """
            LOH Outpatient Rehab — Pooler — PTA DAILY (short form)
            Gait Training (97116): 15 minutes
            Device: RW → SPC
            Distance: 300 ft x 2; stairs 12 steps w/ 1 rail
            Assist: SBA level, CGA stairs
            Gait deviations: {Gait deviations:30012}
            Goals addressed: {LTG list:30018}
            """,
            ["R26.89"], [PTA("97116", 15)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Posturography: Motor Control Test composite latency in ms and an SOT condition-5 equilibrium score as measures; sway-referenced training, tandem EC, head-turn walking; one-on-one; L hypofunction: passes.
        ["v5-h28-ent-motor-control-test"] = new(
            """
            Coastal ENT & Allergy — Balance Center — VRT
            97112 — 25 min — one-on-one
            On the dynamic posturography platform: sway-referenced surface training (SOT conditions 5/6 style), 6 trials x 20 s; weight-shift targets; then floor work — tandem EC, head-turn walking.
            Vestibular-dominant instability (L hypofunction), falls on cond 5.
            Motor Control Test composite latency 148 ms (WNL); SOT cond 5 equilibrium score 41 (fall at IE).
            """,
            ["H81.8X2"], [PT("97112", 25)], []),

        // Feet to the mailroom and back (460 ft) with a standing rest and CGA on the turn as measures (the apartment number is not); rollator cues; slow flexed gait and a mail goal: 97116 passes.
        ["v5-h28-mobile-mailroom-feet"] = new(
            """
            Front Porch Mobile Therapy — Camellia Place (AL)
            Gait 97116 — 17 min
            From apt 212 to the mailroom and back: 460 ft w/ rollator, 1 standing rest at the library nook, CGA on the turn at the mail cubbies; cues to stand inside the frame and step through.
            Slow cadence, flexed trunk, short step length; goal: get her own mail daily.
            """,
            ["R26.89"], [PT("97116", 17)], []),

        // One-on-one NMR whose only numbers are the apartment number and the next visit's date (and the code and minutes): measure missing; counter tandem with head turns, mat-edge step-overs, reaches; lateral stability.
        ["v5-h28-mobile-apartment-number-only"] = new(
            """
            Front Porch Mobile Therapy — Magnolia Pointe (IL), fitness room — resident of apt 3114
            97112 — 20 min — one-on-one, fitness room closed to others during our visit
            Tandem stance at the counter w/ head turns; stepping over the edge of the mat; lateral reaches outside base of support to the shelf.
            Deficit: ↓ lateral stability + slow protective steps.
            Next visit Thurs 3/6 at her apt.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // 97110 with named exercises and no dose, and "Objective measures: see progress note of 02/25": no parameter or number in this note: measure missing (R knee after TKA present).
        ["v5-h28-loh-see-progress-note"] = new(
            """
            LOH Outpatient Rehab — James Island — OP PT SHORT FORM DAILY
            TE 97110
            Quad sets, SLR, heel slides, TKE w/ band, mini-squats at the counter.
            R TKA — quad weakness and knee stiffness limiting stairs.
            Objective measures: see progress note of 02/25.
            """,
            ["Z96.651"], [PT("97110", 20)], [At(Measure, "97110")]),

        // Maximum Step Length forward and sideways in cm as the measure; rapid stepping to tape targets, lunge-and-return, step-overs; "seen 1:1, no other residents in the room"; slow protective steps: passes.
        ["v5-h28-mobile-maximum-step-length"] = new(
            """
            Front Porch Mobile Therapy — Heritage Oaks CCRC fitness room
            97112 — 23 min — seen 1:1, no other residents in the room
            Rapid stepping to floor-tape targets fwd/side/back as called; lunge-and-return to targets; stepping over the bocce measuring string.
            Slow, short protective steps; ↓ L stance control.
            Maximum Step Length: fwd R 56 cm / L 47 cm; side R 40 cm / L 33 cm.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // LEFS score beside a timed 12-step reciprocal stair climb as measures; step-ups, step-downs, SL leg press, wall sits with doses; L knee OA with a bleachers goal: 97110 passes.
        ["v5-h28-loh-lefs-stair-climb"] = new(
            """
            LOH Outpatient Rehab — Mt Pleasant — OP PT SHORT FORM DAILY
            97110 TE — 20 min
            Step-ups 8" 3 x 10; lateral step-downs 4" 2 x 10; SL leg press 60 lb 3 x 10; wall sits 3 x 30 s.
            L knee OA w/ stair difficulty (bleachers at the Friday-night game).
            LEFS 49/80 (37 at IE); reciprocal stair climb 12 steps in 11.4 s w/ 1 rail.
            """,
            ["M17.12"], [PT("97110", 20)], []),

        // OT 97530 whose only result is the wellness director's report ("staff helped her less this week. Doing better"): measure missing; dressing tasks with aids and a dressing goal after stroke present.
        ["v5-h28-mobile-ot-wellness-director-says"] = new(
            """
            Front Porch Mobile Therapy — OT — Camellia Place AL
            97530 — 18 min
            Dressing practice: compression stockings w/ a donner, buttoning her cardigan, shoes w/ a long-handled horn.
            Goal: dress herself for breakfast w/o staff help (R CVA, L hemiparesis).
            Wellness director says staff helped her less this week. Doing better.
            """,
            ["I69.354"], [OT("97530", 18)], [At(Measure, "97530")]),

        // Walking While Talking test (complex vs simple, seconds) as the measure; alphabet-walking, cup carry over cords, stop-and-turn; dual-task postural control with MCI; "PT and resident one-on-one": passes.
        ["v5-h28-mobile-walking-while-talking"] = new(
            """
            Front Porch Mobile Therapy — The Landing at Lake Wylie, fitness room
            NMR 97112 — 22 min — PT and resident one-on-one
            Dual-task gait: walking the fitness-room loop while reciting every other letter of the alphabet; carrying a full cup while stepping over cords; stop-and-turn on command.
            Gait slows and she stops to talk → impaired dual-task postural control (mild cognitive impairment).
            Walking While Talking test (complex) 26.8 s vs 18.2 s simple walk.
            """,
            ["R26.81", "G31.84"], [PT("97112", 22)], []),

        // Tandem Romberg EC seconds and consecutive heel-to-toe steps on a line EC (Fregly-style) as measures; stance progressions, line walking, head-tilt walking; vestibular contribution after Ménière's; 1:1: passes.
        ["v5-h28-ent-tandem-romberg-line-walk"] = new(
            """
            Coastal ENT & Allergy — Balance Center
            97112 — 20 min — 1:1
            Tandem and single-leg stance progressions EO → EC on firm and foam; heel-to-toe walking w/ EC along the hallway line (Fregly style); head-tilt walking.
            L Ménière's, now burned out: ↓ vestibular contribution to postural control, widens base in the dark.
            Tandem Romberg EC 12 s (3 s at IE); walk on line EC 8 consecutive steps.
            """,
            ["H81.02"], [PT("97112", 20)], []),

        // Prone heel-to-buttock distance in cm as the measure; rectus STM, patellar inferior glides and prone tib-fem glides with bouts; L knee flexion stiffness after tibial plateau ORIF: 97140 passes.
        ["v5-h28-loh-heel-to-buttock"] = new(
            """
            LOH Outpatient Rehab — Summerville — OP PT SHORT FORM DAILY
            MT 97140 — 10 min
            Prone quad/rectus femoris STM 2 x 90 s; patellar inferior glides gr III 3 x 45 s; tib-fem A-P in prone at end-range flexion 3 x 30 s.
            L knee flexion stiffness after tibial plateau ORIF (12 wk) — can't kneel in the garden.
            Prone heel-to-buttock 16 cm (22 cm last wk).
            """,
            ["S82.142D"], [PT("97140", 10)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Charge-master lines "97112 HC PT NEUROMUSC REEDUC EA 15 MIN — 24 min — 2 units": "EA 15 MIN" is the code's description, the 24 (and the TE's 15) are the minutes and match; content complete with one-on-one: passes.
        ["v6-h28-loh-chargemaster-ea-15-min"] = new(
            """
            LOH Outpatient Rehab — Bluffton — OP PT SHORT FORM DAILY
            Charges filed:
              97112 HC PT NEUROMUSC REEDUC EA 15 MIN — 24 min — 2 units
              97110 HC PT THERAPEUTIC EXERCISE EA 15 MIN — 15 min — 1 unit
            NMR (one-on-one, PT w/ pt only): SLS on foam w/ head turns 3 x 30 s; lateral step-and-hold to floor targets 2 x 10 ea; tandem walk w/ ball toss 4 passes.
            TE: leg press 80 lb 3 x 12; step-ups 6" 2 x 10; standing hip abd 3 lb 2 x 12.
            Deficits: ↓ R ankle/hip strategy and R hip abductor weakness (R THA 10 wk).
            R SLS foam 12 s (5 s at IE); R hip abd 4-/5.
            """,
            ["Z96.641", "R26.89"], [PT("97112", 24), PT("97110", 15)], []),

        // Clock ranges with a.m./p.m. letters ("1:15p–1:38p NMR (97112)", "1:38p–1:53p TE (97110)") give 23 and 15, both matching; content complete with one-on-one: passes.
        ["v6-h28-loh-pm-clock-ranges"] = new(
            """
            LOH Outpatient Rehab — Summerville — OP PT SHORT FORM DAILY
            1:15p–1:38p NMR (97112), pt 1:1 w/ PT: backward walking w/ perturbations at pelvis; tandem on foam beam; stepping to called colors.
            1:38p–1:53p TE (97110): sit-to-stand 3 x 10; calf raises 3 x 15; hip ext standing 2 lb 2 x 12.
            Deficits: posterior LOB, delayed backward stepping; B hip ext 3+/5.
            Backward walk 10 ft w/o LOB 4/5 trials; tandem foam beam 8 steps.
            """,
            ["R29.6", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // "Timed code tx (min): NMR 22 / Gait 16" gives each code's minutes, both matching; ENT NMR (1:1, X1, foam, head turns) and gait in a busy lobby with a cane; bilateral loss; FGA and feet: passes.
        ["v6-h28-ent-timed-code-tx-min"] = new(
            """
            Coastal ENT & Allergy — Balance Center
            Timed code tx (min): NMR 22 / Gait 16
            NMR (97112), 1:1 PT + pt only: X1 yaw/pitch standing on foam 3 x 45 s; remembered-target EC refixation 2 x 10; head turns while marching on foam.
            Gait (97116): busy waiting-room lobby and out to the parking lot w/ SPC, head turns to read signs, stops on command; 3 x 150 ft, SBA.
            Bilateral vestibular hypofunction — oscillopsia walking, wide base.
            FGA 18/30 (14/30 at IE).
            """,
            ["H81.8X3"], [PT("97112", 22), PT("97116", 16)], []),

        // The same code by two disciplines on one visit, each with its own minutes ("PT — 97110 — 20 min", "OT — 97110 — 15 min"): per discipline, both match; LE and UE programmes with doses and targets: passes.
        ["v6-h28-mobile-pt-ot-same-code"] = new(
            """
            Front Porch Mobile Therapy — Heritage Oaks CCRC fitness room (PT and OT, separate blocks, same day)
            PT — 97110 — 20 min: Keiser leg press 70 lb 3 x 10; step-ups 6" 2 x 10; standing hip abd 2 lb 2 x 12; heel raises 2 x 15. B LE weakness after a 9-day hospital stay (pneumonia); 30-s chair stand 8.
            OT — 97110 — 15 min: seated press 2 lb 2 x 12; band rows red 3 x 12; overhead pulley 2 x 15; grip putty 2 x 20. B UE weakness; goal: reach the top shelf of her closet. Reached the top shelf 5/5.
            """,
            ["R53.81", "M62.81"], [PT("97110", 20), OT("97110", 15)], []),

        // "97112 ×2 (31 min)" — two units, 31 minutes, the line's 31; ENT NMR complete (one-on-one, gaze and habituation, R hypofunction, DGI): passes.
        ["v6-h28-ent-units-and-minutes-in-parens"] = new(
            """
            Coastal ENT & Allergy — Balance Center — VRT
            97112 ×2 (31 min) — one-on-one, VRT room 1
            X1 viewing yaw against a striped background 3 x 60 s; habituation — 5 rolls R/L + 5 bends to floor; walking w/ head turns on the clinic's carpet and tile, 4 x 80 ft.
            R vestibular hypofunction (neuritis 10 wk), motion sensitivity on rolling.
            DGI 20/24 (15/24 at IE).
            """,
            ["H81.21"], [PT("97112", 31)], []),

        // "Time (min): NMR 23 | TE 15 | MT 10": three codes, each with minutes that match; NMR one-on-one; talar tilt and peroneal work; ankle proprioception and DF stiffness; seconds and cm: passes.
        ["v6-h28-loh-time-row-three-codes"] = new(
            """
            LOH Outpatient Rehab — Mt Pleasant — OP PT SHORT FORM DAILY
            Time (min): NMR 23 | TE 15 | MT 10
            NMR (97112, one-on-one): R SLS on rocker w/ ball toss 3 x 30 s; lateral hop-and-hold 2 x 8; Y-balance reaches w/ 2 s hold.
            TE (97110): eversion w/ green band 3 x 15; SL heel raises 3 x 10; lateral band walks 3 x 20 ft.
            MT (97140): talocrural posterior glides gr III 3 x 45 s; subtalar lateral glides 2 x 45 s.
            R ankle s/p Broström 16 wk — ↓ proprioception, peroneal weakness, DF 8° R vs 14° L.
            R SLS rocker 18 s (9 s at IE); Y-balance ant R 64 cm.
            """,
            ["S93.401D"], [PT("97112", 23), PT("97110", 15), PT("97140", 10)], []),

        // "Last Filed 02/27 | Today 03/04" flowsheet: today's TE minutes are 14 against a 25-minute line (25 was last visit's); MT today 12 matches: mismatch on 97110; content complete.
        ["v6-h28-loh-today-column-mismatch"] = new(
            """
            LOH Outpatient Rehab — West Ashley — Flowsheet (short form)
                                            Last Filed 02/27    Today 03/04
            97110 TE minutes                25                  14
              Prone hangs                   2 x 60 s            3 x 60 s
              Quad sets w/ heel prop        10 x 10 s           10 x 10 s
              Bike full revs                seat 6              seat 6
            97140 MT minutes                12                  12
              Tib-fem A-P in ext gr IV      3 x 45 s            3 x 45 s
              Patellar sup glides           2 x 60 s            2 x 60 s
            R knee flexion contracture after ACL recon — ext lag; knee ext −7° today (−9° on 02/27).
            """,
            ["S83.511D", "M24.561"], [PT("97110", 25), PT("97140", 12)], [At(Mismatch, "97110")]),

        // Single ENT NMR written "NMR (97112): 38 min" against a 30-minute line: mismatch; content and one-on-one complete.
        ["v6-h28-ent-nmr-38-vs-30"] = new(
            """
            Coastal ENT & Allergy — Balance Center — VRT
            NMR (97112): 38 min — one-on-one, PT + pt only
            X1 yaw on foam 3 x 60 s; walking w/ pitch head turns 4 x 60 ft; optokinetic stripes while standing semi-tandem 3 x 45 s.
            L vestibular hypofunction after resection; visual dependence in stores.
            FGA 21/30; foam semi-tandem EC 15 s.
            """,
            ["D33.3"], [PT("97112", 30)], [At(Mismatch, "97112")]),

        // Mobile: "Gait (97116) 12 min" against a 22-minute line, "TE (97110) 15 min" matching: mismatch on 97116; both sections complete.
        ["v6-h28-mobile-gait-12-vs-22"] = new(
            """
            Front Porch Mobile Therapy — Camellia Place (AL)
            Gait (97116) 12 min: rollator from her apt to the chapel and back, 2 x 250 ft, CGA at the chapel doorway; cues for step length.
            TE (97110) 15 min: sit-to-stand 3 x 8; heel raises 2 x 15; marching 2 x 20; hip abd standing 2 x 12.
            Short step length + B hip weakness (3+/5) after a fall in Jan.
            """,
            ["R26.89", "M62.81"], [PT("97116", 22), PT("97110", 15)], [At(Mismatch, "97116")]),

        // "97110 + 97530 — 40 min combined" for 97110 22 + 97530 18: no minutes for each code; both sections complete: separate time missing.
        ["v6-h28-mobile-combined-minutes"] = new(
            """
            Front Porch Mobile Therapy — The Landing at Lake Wylie
            97110 + 97530 — 40 min combined
            Ex: Keiser leg press 60 lb 3 x 10; standing hip abd 2 lb 2 x 12; heel raises 2 x 15.
            Activity: carrying groceries (two 5 lb bags) from the community van door into her apartment kitchen, 3 trips x 80 ft; unpacking to the lower cabinets w/ squat, SBA.
            B LE weakness after L hip ORIF; goal: bring her own groceries in from the van.
            """,
            ["S72.002D", "M62.81"], [PT("97110", 22), PT("97530", 18)], [SepTime]),

        // "Timed Code Treatment Minutes: 38" and "Total Treatment Minutes: 38" only, for 97112 23 + 97110 15: separate time missing; NMR one-on-one and both sections complete.
        ["v6-h28-loh-timed-code-total-only"] = new(
            """
            LOH Outpatient Rehab — Pooler — OP PT SHORT FORM DAILY
            Timed Code Treatment Minutes: 38
            Total Treatment Minutes: 38
            NMR, 1:1 w/ PT: stepping strategy to forward/backward pushes; half-kneel → stand transitions w/o UE; foam stance w/ head turns.
            TE: step-ups 6" 3 x 10; bridges 3 x 12; sidelying hip abd 2 x 12.
            Delayed stepping reactions; B hip ext/abd 3+/5.
            Push & release: 1 step (2 at IE); foam stance head turns 25 s.
            """,
            ["R29.6", "M62.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings for the other codes

        // Empty note on a hospital-outpatient TE + MT visit: DOC_NOTE_MISSING on both profiled lines, nothing else.
        ["v7-h28-empty-te-mt"] = new(
            "",
            ["M75.01"], [PT("97110", 20), PT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // Line breaks only (trimmed to empty) on a 97116 + 97010 visit: DOC_NOTE_MISSING on 97116 only (97010 has no documentation profile).
        ["v7-h28-empty-gait-hot-pack"] = new(
            "\r\n\r\n",
            ["Z96.641"], [PT("97010", 10), PTA("97116", 15)], [At(NoteMissing, "97116")]),

        // Empty note on a mobile OT 97530 visit sent with no diagnosis: DOC_NOTE_MISSING and the diagnosis check.
        ["v7-h28-empty-ot-no-dx"] = new(
            "",
            [], [OT("97530", 23)], [At(NoteMissing, "97530"), Dx]),

        // 97140: patellar mobs in four directions, scar mobilisation and tib-fem glides with bouts (the parameters); R knee stiffness after TKA; flexion degrees: passes.
        ["v7-h28-97140-patellar-and-scar"] = new(
            """
            LOH Outpatient Rehab — James Island — OP PT SHORT FORM DAILY
            MT 97140 — 12 min
            Patellar mobs sup/inf/med/lat gr III, 3 x 60 s each direction; scar mobilization along the incision, 2 bouts x 90 s; tib-fem PA glide at 90° flexion 3 x 30 s.
            R knee stiffness + adherent scar after R TKA (6 wk).
            R knee flexion 108° after (101° before).
            """,
            ["Z96.651", "Z47.1"], [PT("97140", 12)], []),

        // 97530 whose only target is a stated goal (ride the community bus to the Thursday Walmart trip): box step-ups with a tote, the real bus step, turn-and-sit; reps and CGA → SBA: passes.
        ["v7-h28-97530-community-bus-goal"] = new(
            """
            Front Porch Mobile Therapy — The Landing at Lake Wylie — parking circle
            PT 97530 — 22 min
            Community bus practice: step-ups onto a 14" box w/ R hand on the rail, carrying a tote on the L arm; stepping up the actual bus's first step (bus parked for us), turn and sit in the front seat; stepping back down leading w/ L.
            Goal: ride the community bus to the Thursday Walmart trip on her own.
            6 box step-ups w/ tote, CGA → SBA; bus step up/down x 3, SBA.
            """,
            ["M62.81"], [PT("97530", 22)], []),

        // 97116 whose only measure is the assistance level (Min A of 1 on turns, CGA straight); AFO and hemi-walker gait training; L foot drop with circumduction: passes.
        ["v7-h28-97116-assist-level-only"] = new(
            """
            LOH Outpatient Rehab — Pooler — PTA DAILY (short form)
            Gait 97116 — 16 min
            Gait training w/ new L posterior leaf-spring AFO + hemi-walker in the hallway; cues for L knee flexion in swing and R-hand placement of the hemi-walker.
            L foot drop w/ circumduction (R MCA CVA).
            Min A of 1 for L foot clearance on turns; CGA straight path.
            """,
            ["I69.354"], [PTA("97116", 16)], []),

        // 97110 with named neck and posture exercises and a target, but no dose, load or number: measure missing.
        ["v7-h28-97110-posture-no-dose"] = new(
            """
            LOH Outpatient Rehab — Mt Pleasant — OP PT SHORT FORM DAILY
            TE 97110
            Chin tucks, scapular squeezes, doorway pec stretch, thoracic extension over the chair back, levator stretch.
            Posture-related neck pain w/ fwd head and rounded shoulders; HA after computer work.
            Reviewed HEP.
            """,
            ["M54.2"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Wholly generic 97140 ("Manual tx per POC. Pt tol well. Cont POC."): technique, generic, deficit and measure.
        ["v7-h28-generic-97140"] = new(
            "Manual tx per POC. Pt tol well. Cont POC.",
            ["M54.50"], [PT("97140", 12)], [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Wholly generic 97112 ("Worked on balance per POC today. Resident did real good, no c/o.") with no one-on-one: technique, generic, deficit, measure and one-on-one.
        ["v7-h28-generic-97112-did-real-good"] = new(
            "Worked on balance per POC today. Resident did real good, no c/o. Will cont. next wk.",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes: complete ones a reviewer passes, and the ordinary weak ones

        // Hospital short form carried forward with ► edits: TE 23 (bike, heel slides, LAQ, step-ups, TKE with doses) and MT 10 (patellar and tib-fem glides with bouts); R knee ROM and quad strength after TKA with a pew goal; degrees: passes.
        ["vord-h28-loh-tka-te-mt-carried-fwd"] = new(
            """
            LOH Outpatient Rehab — Mt Pleasant — OP PT SHORT FORM DAILY
            Carried fwd from 03/02; ► marks today's changes.
            Dx: R TKA 02/03 (Dr. Pinckney). Visit 9 of 12.
            S: ► slept in the recliner only 1 night this wk. Wants to kneel at the pew again.
            TE 97110 — 23 min
              Recumbent bike full revs seat 7 ► (seat 8 last visit)
              Heel slides w/ strap 2 x 15, 5 s hold
              LAQ 3 lb 3 x 10 ► ↑ from 2 lb
              Step-ups fwd 6" 2 x 10
              Terminal knee ext w/ band 3 x 15
            MT 97140 — 10 min
              Patellar glides sup/inf gr III 3 x 60 s
              Tib-fem PA glide in sitting at end-range flexion 3 x 30 s
            A: R knee flexion ROM + quad strength still limit reciprocal stairs.
            R knee AROM 4–112° ► (8–104° on 02/27); quad lag 0°.
            P: cont POC, PN next visit.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 23), PT("97140", 10)], []),

        // PTA short form after ACDF: DNF, prone Y/T, rows, wall angels with doses; DNF endurance and forward head with a boat-trailer goal; DNF test seconds: 97110 passes.
        ["vord-h28-loh-pta-acdf-te"] = new(
            """
            LOH Outpatient Rehab — Summerville — PTA DAILY (short form)
            97110 TE 25 min
             chin tuck supine w/ head lift 3 x 10, 5 s ► progressed from towel
             prone Y/T 2 x 10 ea, 1 lb
             band rows + ER w/ retraction, green, 3 x 12
             wall angels 2 x 10
            Neck: s/p C5-6 ACDF (01/07); deep neck flexor endurance ↓, fwd head posture; goal: turn & back the boat trailer down the ramp.
            DNF endurance test 18 s (9 s at IE).
            """,
            ["Z98.1", "M54.12"], [PTA("97110", 25)], []),

        // Carried-forward note with edited items tagged "(3/4)": TE 15 (anterior deltoid progression, isometrics, retraction) and TA 18 (cabinet, table wiping, grits canister reaches); rTSA with a kitchen goal; degrees and 8/8: passes.
        ["vord-h28-loh-rtsa-te-ta"] = new(
            """
            LOH Outpatient Rehab — West Ashley — OP PT SHORT FORM DAILY
            Carried fwd from 02/26 — items edited today end with (3/4)
            97110 TE 15 min: supine ant deltoid flexion 2 x 15 → inclined 30° 2 x 12 (3/4); isometric ER/IR at wall 10 x 5 s; scap retraction w/ band 2 x 15
            97530 TA 18 min: putting plates away in mock cabinet at shoulder height, 3 trials; wiping the table in circles; reaching to the top shelf for the grits canister (1 lb) x 8 (3/4)
            R rTSA 10 wk — ↓ ant deltoid strength and R shoulder elevation; goal: cook breakfast and reach her kitchen cabinets.
            AROM R elev 118° (104° on 02/19); top-shelf reach 8/8 w/o shrug.
            """,
            ["Z96.611", "M62.81"], [PT("97110", 15), PT("97530", 18)], []),

        // After TLIF with BLT precautions: TA 15 (log roll, mock-car transfer, hinge lifts) and gait 15 (hallway distances, stairs, cues); guarded trunk and short steps with walk-the-dog and church goals; mod I and SBA: passes.
        ["vord-h28-loh-tlif-ta-gait"] = new(
            """
            LOH Outpatient Rehab — Pooler — OP PT SHORT FORM DAILY
            Dx: L4-5 TLIF 01/28. BLT precautions (no bending, lifting > 10 lb, twisting).
            97530 ther act 15 min: log roll → sidelying → sit w/o cues x 5; car transfer in the mock car (sedan height) x 3; picking up a 5 lb grocery bag from the counter w/ hip hinge x 6
            97116 gait 15 min: no device, 2 x 400 ft hallway + 1 flight of stairs reciprocal w/ rail; cues for arm swing & step length
            Limits: guarded trunk, short step length, slow cadence; goal — walk the dog around the block & ride to church.
            Transfers mod I; gait mod I, 400 ft x 2 w/o rest; stairs SBA.
            """,
            ["Z98.1", "M48.062"], [PT("97530", 15), PT("97116", 15)], []),

        // Achilles repair wk 9, three codes with minutes each (NMR 20 one-on-one, TE 15, MT 10), all matching; foam SLS, half-dome step-and-hold; calf raises and eccentrics; talocrural glides; deficits and numbers: passes.
        ["vord-h28-loh-achilles-three-codes"] = new(
            """
            LOH Outpatient Rehab — Mt Pleasant — OP PT SHORT FORM DAILY
            R Achilles repair 12/30 — wk 9, out of boot, 1 heel lift.
            NMR 97112 20 min (one-on-one; I was with him for the whole NMR): R SLS on foam w/ ball toss 3 x 30 s; tandem + head turns; lateral step-and-hold onto half-dome 3 x 8
            TE 97110 15 min: seated calf raises 25 lb 3 x 15; DL standing heel raise 3 x 12 w/ ↑ R share; eccentric lowers off step, B up / R down 2 x 10
            MT 97140 10 min: talocrural posterior glides gr III 3 x 45 s; STM R gastroc-soleus; scar mobilization 2 x 60 s
            Deficits: R ankle proprioception, PF weakness, DF limited.
            R SLS foam 14 s (6 s on 02/18); R DF knee-to-wall 7 cm (L 11 cm); R single heel raise 0 reps (L 20).
            """,
            ["S86.011D"], [PT("97112", 20), PT("97110", 15), PT("97140", 10)], []),

        // After partial medial meniscectomy: quad sets, SLR, mini squats, leg press, band walks with doses; quad inhibition and squat depth with a shag-dancing goal; degrees and MMT: 97110 passes.
        ["vord-h28-loh-meniscectomy-te"] = new(
            """
            LOH Outpatient Rehab — Bluffton — OP PT SHORT FORM DAILY
            TE 97110 18 min. L knee s/p partial medial meniscectomy 02/11 — quad inhibition, ↓ squat depth.
            Quad sets 10 x 10 s; SLR 4-way 2 x 12; mini squats 0–60° 3 x 12; leg press 70 lb 3 x 10; lateral band walks 3 x 20 ft.
            Squat depth 85° knee flex (60° at IE); L quad MMT 4/5.
            Next: shag dancing goal — begin lateral shuffles.
            """,
            ["S83.242D", "Z98.890"], [PT("97110", 18)], []),

        // Timed but unprofiled 97035 with its minutes beside its code ("97035 US 10 min") and TE 23 for lateral epicondylalgia with a cast-net goal; pain-free grip kg: passes.
        ["vord-h28-loh-ultrasound-and-te"] = new(
            """
            LOH Outpatient Rehab — James Island — OP PT SHORT FORM DAILY
            97035 US 10 min — 1 MHz, 1.0 W/cm², continuous, R lateral elbow
            97110 TE 23 min — wrist ext eccentrics 2 lb 3 x 15; isometric wrist ext 5 x 30 s; pronation/supination w/ hammer 3 x 12; grip putty 2 x 20; forearm stretches 3 x 30 s
            R lateral epicondylalgia — painful grip, can't hold the cast net to throw it.
            Pain-free grip R 16 kg (L 34 kg).
            """,
            ["M77.11"], [PT("97035", 10), PT("97110", 23)], []),

        // Short-form NMR 23 + TE 15 with minutes each, complete (perturbations, hurdles with head turns, semi-tandem floor reach; reactive stepping and hip strategy; counts and 5xSTS), that never says one-on-one.
        ["vord-h28-loh-nmr-te-never-says"] = new(
            """
            LOH Outpatient Rehab — Summerville — OP PT SHORT FORM DAILY
            S: fell in the yard Sat pulling weeds by the azaleas — no injury.
            NMR 97112 23 min: backward + lateral stepping to pelvic perturbations; stepping over a row of 4" hurdles w/ head turns; reach-and-retrieve from the floor in semi-tandem.
            TE 97110 15 min: sit-to-stand 3 x 10 from 18"; hip abd standing 3 lb 3 x 12; step-ups 6" 2 x 10.
            Deficit: delayed reactive stepping, ↓ hip strategy; hip abd 3+/5 B.
            Stepping response: 5/8 single-step recoveries backward; 5xSTS 15.8 s.
            """,
            ["R29.6", "Z91.81"], [PT("97112", 23), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // Complete pre-op hip TE note (bridges, abduction, band extension, sit-to-stand with doses; L hip OA weakness with Trendelenburg; MMT and chair-stand count) with the CPT code typed into the diagnosis cell: diagnosis missing.
        ["vord-h28-loh-cpt-in-dx-cell"] = new(
            """
            LOH Outpatient Rehab — Pooler — OP PT SHORT FORM DAILY
            TE 97110 20 min
            L hip OA, pre-op prehab (L THA sched 04/02): ↓ hip abd/ext strength, Trendelenburg on L.
            Bridges 3 x 12; sidelying hip abd 2 x 12; standing hip ext w/ band 2 x 15; sit-to-stand 18" 3 x 8; NuStep level 4.
            L hip abd 3/5; 30-s chair stand 9.
            """,
            ["97110"], [PT("97110", 20)], [Dx]),

        // "Total Timed Code Treatment Minutes: 35" only, for 97140 12 + 97110 23; frozen-shoulder MT and TE complete: separate time missing.
        ["vord-h28-loh-te-mt-total-only"] = new(
            """
            LOH Outpatient Rehab — West Ashley — OP PT SHORT FORM DAILY
            Total Timed Code Treatment Minutes: 35
            Manual: R GH posterior glides gr III 3 x 45 s; inferior glides in 90° abd 3 x 45 s; STM posterior cuff
            Ther ex: sleeper stretch 3 x 30 s; sidelying ER 2 lb 3 x 12; rows green band 3 x 15; wall slides 2 x 10
            R adhesive capsulitis (frozen phase) — can't reach back for the seat belt.
            R ER 34° (22° at IE); flexion 131°.
            """,
            ["M75.01"], [PT("97140", 12), PT("97110", 23)], [SepTime]),

        // PTA after R hip IM nail: gait 15 (SPC trial, distances, curb, CGA, cues) and TE 15 (with doses); antalgic gait and abductor weakness: passes.
        ["vord-h28-loh-pta-hip-nail-gait-te"] = new(
            """
            LOH Outpatient Rehab — Bluffton — PTA DAILY (short form)
            R hip IM nail 01/14, WBAT.
            Gait 97116 — 15 min: RW → SPC trial; 3 x 150 ft SPC in L hand w/ CGA; 6" curb w/ SPC x 4, CGA; cues for R heel strike and equal step length.
            TE 97110 — 15 min: standing hip abd 2 lb 3 x 10; mini squats 2 x 12; step-ups 4" 2 x 10; calf raises 2 x 15.
            R antalgic gait, short L step, R hip abd weakness (3/5).
            """,
            ["S72.141D"], [PTA("97116", 15), PTA("97110", 15)], []),

        // Hospital OT hand after volar plating: MT 10 (radiocarpal glides with bouts, retrograde massage, scar) and TE 15 (AROM, forearm rotation, tendon glides, putty with doses); stiffness and a porch-coffee goal; degrees and kg: passes.
        ["vord-h28-loh-ot-drf-mt-te"] = new(
            """
            LOH Outpatient Rehab — Mt Pleasant — OT DAILY (hand)
            R DRF s/p volar plate 01/20.
            97140 — 10 min: radiocarpal dorsal/volar glides gr III 3 x 45 s; retrograde edema massage hand/forearm; scar massage along the volar incision.
            97110 — 15 min: wrist AROM flex/ext 3 x 10; forearm sup/pro w/ 1 lb hammer 2 x 12; tendon glides x 10; soft putty gross grasp 2 x 15.
            R wrist stiffness + grip weakness; goal: open jars and hold her coffee cup on the porch.
            Wrist ext 48° (35° at IE); supination 70°; grip R 12 kg / L 26 kg.
            """,
            ["S52.501D"], [OT("97140", 10), OT("97110", 15)], []),

        // ENT: L Ménière's after intratympanic gentamicin; "one-on-one, PT and pt in the VRT room"; X1 firm → foam, head-turn hallway walking, ball pass in tandem; post-gentamicin hypofunction; DGI and tandem seconds: passes.
        ["vord-h28-ent-menieres-after-gentamicin"] = new(
            """
            Coastal ENT & Allergy — Balance Center — VRT daily
            Referred by Dr. Haskell (neurotology). L Ménière's disease; intratympanic gentamicin #2 on 02/10.
            97112 — 25 min — one-on-one, PT and pt in the VRT room.
             X1 viewing yaw + pitch, business card at 3 ft, 3 x 60 s each, standing firm → foam
             walking w/ head turns in the hallway, 4 x 60 ft
             ball pass around the body in tandem stance
            Post-gentamicin L vestibular hypofunction; disequilibrium w/ quick head turns, no further attacks since the injection.
            DGI 18/24 (14/24 at IE); tandem stance 16 s.
            """,
            ["H81.02"], [PT("97112", 25)], []),

        // ENT: mal de débarquement after a cruise; OKN projection with passive head roll at the rocking frequency, then standing; "1:1, PT only with pt"; rocking and foam Romberg numbers: passes.
        ["vord-h28-ent-mdds-okn-head-roll"] = new(
            """
            Coastal ENT & Allergy — Balance Center
            97112 NMR 22 min — 1:1, PT only with pt
            MdDS readaptation: seated facing an OKN stripe projection drifting L at 10°/s while PT rolls her head side to side at her rocking frequency (0.2 Hz), 3 bouts; then standing on firm floor w/ OKN + slow head roll, 2 bouts.
            Persistent rocking/swaying since a Bahamas cruise (5 wk), worse sitting still; ↑ postural sway.
            Rocking intensity 6/10 → 3/10 after session; Romberg on foam EO 22 s (11 s at IE).
            """,
            ["T75.3XXD"], [PT("97112", 22)], []),

        // ENT: new unsteadiness after a L cochlear implant with a post-op caloric weakness; "1-on-1 session (no other patients)"; head-turn walking, foam EC, sit-stand-walk-turn; vestibulo-spinal deficit; FGA and seconds: passes.
        ["vord-h28-ent-cochlear-implant"] = new(
            """
            Coastal ENT & Allergy — Balance Center — post-CI balance
            L cochlear implant 01/29; new unsteadiness since surgery, L caloric weakness 45% on post-op VNG.
            97112 NMR — 24 min — 1-on-1 session (no other patients).
             - head-turn walking, yaw + pitch, 3 x 80 ft
             - standing on compliant surface w/ EC, feet together → semi-tandem, 4 x 30 s
             - sit → stand → walk w/ 180° turn to a target on the wall
            Impaired vestibulo-spinal control after L CI (post-op L hypofunction).
            FGA 21/30 (16/30 at IE); foam EC semi-tandem 18 s.
            """,
            ["Z96.21", "H81.8X2"], [PT("97112", 24)], []),

        // ENT bilateral vestibulopathy: NMR 23 (individual; substitution saccades, remembered target, foam EC) and gait 15 (grass and parking lot in low light, cane); oscillopsia; DVA, feet and FGA: passes.
        ["vord-h28-ent-bvl-nmr-gait"] = new(
            """
            Coastal ENT & Allergy — Balance Center
            Bilateral vestibulopathy (idiopathic), confirmed on rotary chair (low VOR gain at all frequencies).
            97112 — 23 min — individual session, PT + pt only: substitution training — eye-then-head refixation (central preprogramming), remembered-target drill EC, standing on foam EC for somatosensory use.
            97116 — 15 min — gait outdoors on grass & the parking lot in low late-afternoon light, cane in R, cues to fix gaze on a far target, turns & stops.
            Oscillopsia w/ walking; unsteady in the dark and on uneven ground.
            DVA 0.4 logMAR loss; grass 200 ft x 2 w/ SBA; FGA 17/30.
            """,
            ["H81.8X3"], [PT("97112", 23), PT("97116", 15)], []),

        // ENT NMR complete (one-on-one in VRT room 2; X1 against a checkerboard, head-turn walking in the lobby, foam EC tilts; visual dependence; mCTSIB and DGI) sent with no diagnosis: diagnosis missing.
        ["vord-h28-ent-complete-no-dx"] = new(
            """
            Coastal ENT & Allergy — Balance Center — VRT
            97112 — 20 min — one-on-one in VRT room 2
            Chronic R vestibular hypofunction (old neuritis), new complaints in busy stores. Worked: X1 yaw w/ busy checkerboard background 3 x 60 s; walking w/ head turns past people moving through the lobby; foam EC w/ head tilts.
            Visual dependence, unsteady w/ visual motion.
            mCTSIB foam EC 20 s (10 s at IE); DGI 20/24.
            """,
            [], [PT("97112", 20)], [Dx]),

        // ENT falls clinic: NMR 20 (1:1; foam head turns, stepping to pushes, tandem with toss) and TE 15 (DF, heel raises, hip abd, STS with doses); vestibular and somatosensory loss with DF weakness; Berg and TUG: passes.
        ["vord-h28-ent-presbyvestibulopathy-nmr-te"] = new(
            """
            Coastal ENT & Allergy — Balance Center
            Presbyvestibulopathy + peripheral neuropathy; 2 falls since Christmas.
            NMR 97112 20 min, 1:1 w/ PT: compliant-surface stance w/ head turns; stepping-strategy drill to PT pushes; tandem walk along tape w/ ball toss.
            TE 97110 15 min: ankle DF w/ band 3 x 15; heel raises 3 x 12; standing hip abd w/ 2 lb 3 x 12; sit-to-stand 3 x 10.
            Deficits: ↓ vestibular + somatosensory inputs, late stepping, ankle DF weakness (4-/5).
            Berg 46/56 (41 at IE); TUG 12.1 s.
            """,
            ["H81.8X3", "G62.9", "Z91.81"], [PT("97112", 20), PT("97110", 15)], []),

        // ENT cervicogenic dizziness with normal vestibular testing: MT 10 (C1-2 SNAG, suboccipital release with doses) and NMR 20 (1:1; cervical JPS to a laser target, trunk-under-head pursuit, head-eye targets); JPE and FRT degrees: passes.
        ["vord-h28-ent-cervicogenic-mt-nmr"] = new(
            """
            Coastal ENT & Allergy — Balance Center
            Dizziness w/ neck movement; vestibular testing normal (VNG, vHIT 02/03); cervical origin suspected.
            97140 — 10 min: C1-2 rotation SNAG R 3 x 6; suboccipital release 2 x 90 s; upper trapezius STM.
            97112 — 20 min — 1:1, no other pts: cervical joint position sense retraining to a head-mounted laser target, 3 x 10 each direction; smooth pursuit w/ trunk rotation under a still head 3 x 10; head-eye coordination to wall targets.
            Impaired cervical proprioception, ↓ R rotation.
            JPE R rotation 6.8° (9.5° at IE); cervical flexion-rotation test R 28°.
            """,
            ["M54.2", "M53.0"], [PT("97140", 10), PT("97112", 20)], []),

        // Mobile: NMR 22 ("only resident in the fitness room, PT one-on-one throughout"; rocker at the barre, random cone taps, semi-tandem with head turns) and TE 16 (Keiser, hip abd, rows with doses); ankle strategy and hip weakness with a bocce goal; steps and chair stands: passes.
        ["vord-h28-mobile-nmr-te-bocce-goal"] = new(
            """
            Front Porch Mobile Therapy — Heritage Oaks CCRC (IL), fitness room
            PT daily — Part B
            NMR 97112: 22 min — only resident in the fitness room, PT one-on-one throughout.
             rocker board EO/EC at the ballet barre, 3 x 30 s; step-taps to cones in random order as called; semi-tandem walking along the mirror w/ head turns, 4 passes
            TE 97110: 16 min
             Keiser leg press 90 lb 3 x 10; standing hip abd w/ 2 lb 2 x 12 ea; seated row machine 30 lb 2 x 12
            Problems: ↓ ankle strategy & weight-shift control, B hip weakness; goal: play bocce Thursday w/o holding the rail.
            Semi-tandem w/ head turns 20 steps w/o loss (12 at IE); 30-s chair stand 11.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 16)], []),

        // Mobile OT: 97530 20 (washer-to-dryer with a reacher, basket on the rollator seat, folding at the counter, SBA) and 97110 15 (rows, press, putty with doses); hip fracture with a laundry goal; towels folded: passes.
        ["vord-h28-mobile-ot-laundry-ta-te"] = new(
            """
            Front Porch Mobile Therapy — OT — Camellia Place (AL), fitness room + laundry room
            OT 97530 — 20 min: laundry — wet clothes washer → dryer w/ a reacher, carrying the basket on the rollator seat 60 ft, folding towels standing at the counter; verbal cues for pacing, SBA.
            OT 97110 — 15 min: B UE strengthening — band rows red 3 x 12, overhead press 1 lb 2 x 10, grip putty 2 x 15.
            L hip fx (11/25) w/ hip precautions; ↓ standing tolerance & UE endurance. Goal: do her own laundry in the AL laundry room.
            Folded 12 towels standing before her first seated rest (7 at IE).
            """,
            ["S72.002D", "M62.81"], [OT("97530", 20), OT("97110", 15)], []),

        // Mobile PTA: gait 18 (SPC to the mailroom and the courtyard ramp, cues) and TE 15 (marches, side-steps, heel raises, STS with doses); step-to gait after THA; feet, SBA and CGA: passes.
        ["vord-h28-mobile-pta-gait-te"] = new(
            """
            Front Porch Mobile Therapy — PTA visit — Magnolia Pointe (IL)
            97116 gait — 18 min: from the fitness room down the hallway to the mailroom & back w/ SPC, then the ramp to the courtyard; cues for step-through pattern & upright trunk.
            97110 ther ex — 15 min: standing marches 2 x 20; side-stepping along the counter 3 x 10 ft; heel raises 2 x 15; sit-to-stand from a dining chair 3 x 8.
            Gait: step-to pattern, forward-flexed trunk, ↓ R hip ext (R THA 8 wk).
            350 ft x 2 w/ SPC, SBA; ramp CGA.
            """,
            ["Z96.641", "R26.89"], [PTA("97116", 18), PTA("97110", 15)], []),

        // Mobile 97530 on the bocce court (staggered-stance throws, one-hand retrievals, walking the court's length) for a league goal after TKA; retrievals, lengths and SBA: passes.
        ["vord-h28-mobile-bocce-court-ta"] = new(
            """
            Front Porch Mobile Therapy — Heritage Oaks CCRC — bocce court
            PT 97530 — 20 min
            Bocce on the community court: stepping into the throw from a staggered stance; bending to retrieve balls w/ one hand on the rail; walking the length of the court on packed oyster shell to check the pallino.
            Goal: play in the Thursday bocce league w/o a fall (L TKA 10 wk, ↓ L knee flexion for squatting).
            12 retrieval squats, CGA → SBA; 4 lengths of the 76-ft court, SBA.
            """,
            ["Z96.652"], [PT("97530", 20)], []),

        // Mobile PD: NMR 24 ("1:1, the fitness room to ourselves"; big weight shifts to dots, backward steps after a tug, arc turns) and gait 15 (4WW with a laser line at the chapel doorway, feet, SBA); freezing and backward reactions; pull test and freezes: passes.
        ["vord-h28-mobile-pd-nmr-gait"] = new(
            """
            Front Porch Mobile Therapy — The Landing at Lake Wylie, fitness room
            PD, H&Y 3.
            NMR 97112 — 24 min — 1:1, the fitness room to ourselves.
              Big-amplitude weight shifts & stepping to colored floor dots; backward stepping to a tape line after a PT tug at the belt; turning in an arc around cones.
            Gait 97116 — 15 min — hallway to the chapel w/ 4WW; laser-line cue on the walker for freezing at the chapel doorway; 3 x 200 ft, SBA.
            Freezing at thresholds, hypokinetic stepping, delayed backward reactions.
            Pull test 3 steps (5 at IE); doorway freezes 1 of 6 passes.
            """,
            ["G20.A1"], [PT("97112", 24), PT("97116", 15)], []),

        // Mobile generic two-code note with minutes for each ("TE 97110 — 15 min; TA 97530 — 15 min. Exercises and functional activities per POC …"): both codes wholly generic; no separate-time finding.
        ["vord-h28-mobile-generic-two-code"] = new(
            """
            Front Porch Mobile Therapy — visit note
            TE 97110 — 15 min; TA 97530 — 15 min.
            Exercises and functional activities per POC. Resident tolerated well. Will continue to progress as tolerated.
            """,
            ["M62.81"], [PT("97110", 15), PT("97530", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Mobile chair-yoga sequence adapted for the spine (cat-cow, twists, mountain reach, chair warrior II, wall plank with doses); kyphotic stiffness and trunk endurance; rotation degrees: 97110 passes.
        ["vord-h28-mobile-chair-yoga-te"] = new(
            """
            Front Porch Mobile Therapy — Magnolia Pointe — fitness room
            97110 — 20 min
            Chair-yoga sequence adapted for her spine: seated cat-cow 2 x 10; seated spinal twist 3 x 20 s each way; standing mountain w/ overhead reach 2 x 10; chair-supported warrior II 3 x 15 s each side; wall plank 3 x 20 s.
            Thoracic stiffness & ↓ trunk extensor endurance (osteoporosis, kyphotic posture).
            Seated thoracic rotation R 40° / L 35° (30° / 28° at IE).
            """,
            ["M81.0"], [PT("97110", 20)], []),

        // Mobile PTA guarding two residents at side-by-side stations "each in turn": not one-on-one; wobble cushion, EC corner stance, cane step-overs; ankle proprioception; seconds present.
        ["vord-h28-mobile-pta-two-residents"] = new(
            """
            Front Porch Mobile Therapy — PTA — Camellia Place, fitness room
            NMR 97112 20 min — Mrs. R and Mr. T (both on our caseload) worked at side-by-side stations; PTA guarded each in turn.
            Pt: forward/backward weight shifts on the wobble cushion, EC stance in the corner, step-overs of a cane laid on the floor.
            Deficit: ↓ ankle proprioception, posterior lean.
            Wobble cushion EO 30 s / EC 9 s.
            """,
            ["R26.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // Carried forward "unchanged from 02/27 except where marked EDITED": flexion-biased TE with doses for lumbar stenosis with a Piggly Wiggly goal; walking tolerance in feet: 97110 passes.
        ["vord-h28-loh-stenosis-te-edited"] = new(
            """
            LOH Outpatient Rehab — James Island — OP PT SHORT FORM DAILY
            (unchanged from 02/27 except where marked EDITED)
            TE 97110 — 22 min
             Recumbent bike level 3, flexion-biased
             Supine double knee-to-chest 3 x 30 s
             Posterior pelvic tilts 2 x 15 — EDITED: now w/ marching 2 x 10
             Seated lumbar flexion w/ physioball roll-out 2 x 10
             Hip flexor stretch, half-kneel on cushion 3 x 30 s
            Lumbar stenosis w/ neurogenic claudication — legs give out at the Piggly Wiggly after 2 aisles; goal: shop w/o leaning on the buggy.
            Walking tolerance 450 ft before leg sx (250 ft at IE).
            """,
            ["M48.062"], [PT("97110", 22)], []),
    };


    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
