using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The twenty-fifth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random sample of one week's notes from three New England employers, in
/// the proportions a billing manager sees them — about two thirds ordinary and complete, single- and
/// multi-code visits, by PTs, PTAs, OTs and students:
/// <list type="number">
/// <item>a seacoast private practice ("Harbourside Physiotherapy": Portsmouth NH, Kittery ME) staffed by
/// UK- and Canadian-trained physiotherapists who still chart as they were taught: UK SOAP headings ("HPC",
/// "O/E", "Rx", "IA", "NAD", "2/52" and "11/52" for weeks, "#" for fracture), "seen 1-2-1 in a curtained
/// cubicle", a "Session type: 1-2-1 ☑ Class ☐ Telephone ☐" template, "contact time", "Gd III" grades,
/// MCSP signatures, elbow crutches, quad sticks, kerbs, the banister, twin scales, a torch for night walks,
/// the car park; Canadian "client", "tx'd", "Reg. PT (N.S.)", "OT Reg. (Ont.)", washroom, parkade,
/// eavestrough and toque; programmes and tests of their training (FaME, Kinetic Control, Lewit PIR, the
/// Ten-step test, the ISWT, CMSA stages, the Nottingham Sensory Assessment, the E-FAP);</item>
/// <item>a university teaching clinic (Lowell MA) whose DPT and MSOT students write long narrative notes
/// ("The student facilitated …", "Assessment: …") co-signed by faculty ("Faculty attestation: I was present
/// in the room and directed the service throughout"), with student-and-faculty staffing of one patient,
/// an overlap with another student's patient, a PT/OT student co-treat;</item>
/// <item>a home-health agency's outpatient arm whose therapists chart in home-health habits ("Homebound
/// status: N/A — outpatient", vitals pre, "Skilled intervention", "Skilled minutes by code: 97112 = 22",
/// "Pt/CG teaching", teach-back, return demonstration, a faxed update, a PTA with a supervisory visit due,
/// a "Steady Steps" balance class, spouses seen in one slot, Y/N skilled-intervention checklists, a home
/// exercise log with blank dose cells).</item>
/// </list>
/// The region's goals: the back stairs of a triple-decker, Heartbreak Hill on Marathon Monday, the Freedom
/// Trail cobbles, snowshoeing on the Kancamagus, a duckpin league, black ice on the driveway, a grandson's
/// lacrosse, church suppers, the farmers' market, a jar of maple syrup. Codes 97110, 97112, 97116, 97140 and
/// 97530 alone and together (up to three in a visit), beside untimed 97010 and 97018. Each note's DOC_*
/// findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h25-…): one-on-one in these writers' words ("seen 1-2-1 in a curtained cubicle",
/// "2-to-1 staffing (student + faculty) for this one patient", "closed-door session … just physio and Mrs D",
/// "face to face with this patient only for all billed time"), notes that negate it (a five-participant
/// balance class, a client tx'd alongside another on the next plinth, spouses seen together in one slot with
/// the PT dividing her time) or never state it (a UK SOAP vestibular note), and a 97116 in a busy gym and an
/// OT 97530 in a shared ADL suite, which have no one-on-one check;</item>
/// <item>class 2 (v2-h25-…): template states: "1-2-1 ☑ / Class ☐" and "1-2-1 ☐ / Class ☑", a home-health
/// Y/N skilled-intervention checklist with only "Balance training: Y", an assistance scale with the chosen
/// level in bold, "Direct 1:1 client contact (Y/N): N", a "[*] = addressed" impairment list, an outcome grid
/// all "ND", an exercise log with blank Sets / Reps / Resist cells, a manual-therapy technique / grade /
/// dosage table, home-health gait fields;</item>
/// <item>class 3 (v3-h25-…): named programmes and methods as techniques (FaME with backward-chaining floor
/// rise, Kinetic Control dissociation retraining, Clinical Pilates on the reformer, graded motor imagery,
/// Kristjansson's "The Fly", Bobath key points of control, Lewit post-isometric relaxation with a
/// belt-assisted hip distraction), one Ring Fit Adventure 97112 with no deficit, one Tai Chi for Arthritis
/// 97112 with no number and one Tabata 97110 with no target;</item>
/// <item>class 4 (v4-h25-…): deficits stated as findings (a VNG canal paresis, an upgoing plantar with clonus
/// and a spastic catch, Thessaly and Apley, Lhermitte's sign with a sensory level, scapular winging, PAIVM
/// hypomobility, a stamping sensory-ataxic gait) and notes that state none ("O/E: NAD" on a 97112, a goal
/// as a 97112's only target, a PTA gait note with no target);</item>
/// <item>class 5 (v5-h25-…): measures in their usual forms (ISWT metres and level, E-FAP subtask seconds,
/// grip in kgf, hallux position-sense counts, CMSA stages, NSA stereognosis, the Timed Chair Rise) and notes
/// with none ("loads better" and a "review 1/52", a caregiver's report, a long student narrative);</item>
/// <item>class 6 (v6-h25-…): minutes in their usual forms ("Skilled minutes by code: 97112 = 22", clock
/// timings with minutes beside "NMR" and "gait re-ed", a code / service / min table, three codes after a
/// "(minutes)" legend, an untimed paraffin bath beside one timed code), true mismatches (a UK "contact time"
/// against its line, a student's gait minutes, a home-health minutes field) and truly missing separate time
/// (a total only, minutes for one of two codes);</item>
/// <item>class 7 (v7-h25-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on 97010), and the contract's meanings of technique, deficit and measure for 97110
/// (a region and doses), 97530 (a functional goal as the only target, an assistance level as the measure),
/// 97140 (techniques and a region with no parameter), 97116 (a goal as the only target; no number) and wholly
/// generic 97112 and 97110 notes;</item>
/// <item>ordinary (vord-h25-…): complete notes of the three employers across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a generic two-code UK note with a
/// total, a missing, an ICD-9 and a free-text diagnosis, a Canadian NMR + TE note that never says one-on-one,
/// a 97140 whose minutes differ.</item>
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
/// measure without a technique, minutes of an activity or of a tolerance inside a note, uncoded minutes of
/// untimed care, self-rated scores or vitals as the only number, a one-on-one left to be inferred,
/// three-character or dotless diagnosis codes, minute ranges and approximate minutes, a task practised read
/// as a 97530's goal.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 81 of 97 cases agree (96 needed), and 9 of the 61 notes the reviewer passes got a finding, on the
/// analyzer of b6f19b9 (the start of 2026-12-04's night session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 81 of 97, 9 false positives — the same — at its first run on that session's analyzer after the
/// twenty-second and twenty-third sets (5bbc044), in a separate worktree: the held-out figure.
/// Then development data, partly worked through (90 of 97): UK "seen 1-2-1", "physio and pt on our own", "the only one on the
/// student's and the faculty member's schedule", a field's name before its Y/N, "held the knee … on 7 of 10" (a score
/// after "held" is no thing left undone), FaME, imaginary-target exercises.
/// Worked through (2026-12-04, the next session): 97 of 97, no false positive — a ticked "1-2-1" on a session-type
/// line (a bare "1-2-1" is as often a tempo), "6/11 items" a score, "review 1/52" weeks after a word of when (a
/// "Kettle Test 9/52" stays a score), a row's empty dose cells as values not filled in (not unticked boxes),
/// household tasks for 97530, "manual perturbations" no mention of manual therapy, "CG report" a caregiver's
/// (NotesAsWrittenTests, twenty-fourth-twenty-fifth-worked-through).
/// </para>
/// </summary>
public class HeldOutNotesIssue18TwentyFifthTests(ITestOutputHelper output)
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

        // UK physio "Seen 1-2-1 in a curtained cubicle" is one-to-one in British shorthand; foot-to-target accuracy taps, grapevine, half-kneel reach; R dysmetria with truncal sway; Ten-step test seconds and hits of 10: passes.
        ["v1-h25-uk-1-2-1-curtained-cubicle"] = new(
            """
            Harbourside Physiotherapy — Portsmouth — FU Rx 5
            HPC: 3/12 hx of unsteadiness since R cerebellar infarct. SH: 2-storey house, 14 stairs w/ banister, walks to the harbour daily.
            Seen 1-2-1 in a curtained cubicle. 97112 neuro re-ed, contact time 24 min.
            Rx: foot-to-target taps onto floor discs (accuracy, R then L); grapevine stepping along the plinth; half-kneel ↔ high-kneel with reach across to a gym ball; standing on a folded mat with slow arm swings.
            O/E: R limb dysmetria (overshoots targets) + truncal sway in stance; wide BOS.
            Outcome: Ten-step test 13.1 s (17.8 s at IA); R foot-to-target 8/10 hits.
            Plan: cont. 2/52, progress to kerb step-overs.
            A. Pryce-Whitley, MCSP, PT
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // Teaching clinic: "2-to-1 staffing (student + faculty) for this one patient; no other patient was scheduled" is one-on-one; perturbations, foam with serial sevens, hurdle stepping; MS proprioception and slowed postural responses; Maximal Step Length and k of 8: passes.
        ["v1-h25-student-two-to-one-staffing"] = new(
            """
            Merrimack University Rehabilitation Teaching Clinic — Daily Note (student-authored, faculty co-signed)
            Subjective: Pt is a 72-year-old retired machinist with relapsing-remitting MS who reports two near-falls this week stepping down from the commuter-rail platform in Lowell. He states his left foot "doesn't know where the ground is" in the evenings.
            Delivery: 2-to-1 staffing (student + faculty) for this one patient — the student physical therapist (third-year DPT) provided the session with the supervising faculty PT in the room, and no other patient was scheduled in the teaching clinic during this hour.
            Intervention — 97112 neuromuscular re-education, 23 minutes: The student facilitated reactive stepping to manual perturbations at the pelvis in forward, backward and lateral directions, progressing from anticipated to unanticipated timing. This was followed by stance on a compliant foam pad with serial sevens as a cognitive load, and stepping over a six-inch hurdle onto foam while counting backward by threes.
            Assessment: Deficits addressed were impaired left lower-limb proprioception and slowed automatic postural responses, worse under dual-task conditions. Maximal Step Length test: R 27 in, L 22 in (R 23 in, L 18 in at initial evaluation). Protective step on unanticipated posterior pushes was adequate on 6 of 8 trials.
            Plan: progress to step-down practice from a platform-edge mock-up next visit.
            Faculty attestation: I was present in the room and directed the service throughout; I have reviewed and agree with the student's documentation. — M. Okonjo-Bailey, PT, DPT, NCS, Clinical Associate Professor
            """,
            ["R26.81", "R27.8"], [PT("97112", 23)], []),

        // Home-health arm: 97112 delivered in the "Steady Steps" balance class with 5 participants, PT-led: not one-on-one; half-roller weight shifts, grapevine at the rail, reach-outs, EC stance; neuropathy with visual dependence; FTSTS and seconds present.
        ["v1-h25-hh-steady-steps-class"] = new(
            """
            OUTPATIENT THERAPY VISIT NOTE — Granite Home & Community Health (outpatient arm)
            Visit type: PT — "Steady Steps" balance class, Tues 10:00 (5 participants, PT-led)
            Homebound status: N/A (outpatient)
            Vitals pre: BP 138/82 · HR 76 · SpO2 96% RA
            Skilled intervention: 97112 NMR 30 min — standing weight shifts on a half foam roller, forward/backward grapevine along the hallway rail, reach-outs to cones placed outside base of support, eyes-closed stance at the counter.
            Impairment: reduced somatosensory input from both feet (peripheral neuropathy) with visual dependence for standing balance.
            Measurement: FTSTS 15.2 s (17.9 s at SOC); EC stance at counter 11 s.
            Teaching: fall-recovery plan reviewed; pt verbalized calling her daughter via pendant.
            """,
            ["E11.42", "R26.81"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // Canadian physio: "Client tx'd alongside another client on the next plinth; physio alternated between the two throughout": not one-on-one; pad tandem with head turns, hurdle side-steps, clock reaches; L ankle proprioceptive deficit; SLS seconds present.
        ["v1-h25-canadian-alternating-plinths"] = new(
            """
            Balance re-ed (97112) — tx time 22 min — J. Tremblay, Reg. PT (N.S.), licensed ME/NH
            Client tx'd alongside another client on the next plinth; physio alternated between the two throughout.
            - tandem stance on a balance pad w/ head turns
            - lateral stepping over a 4-in hurdle, both directions
            - SLS L w/ opposite-leg clock reaches to 3, 6 and 9 o'clock
            Finding: L ankle proprioceptive deficit after a 2nd lateral ankle sprain (rec hockey, 67 y/o) — late peroneal response on the pad.
            Measure: SLS EC L 6 s vs R 19 s.
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // UK SOAP vestibular note, complete (imaginary-target exercises, head-turn corridor walking, bath-mat stance; bilateral hypofunction; FGA), but nothing says how the session was delivered: one-on-one not stated.
        ["v1-h25-uk-soap-delivery-unstated"] = new(
            """
            S: c/o feeling "drunk" walking in the dark; 2 falls on black ice in Jan. PMHx: B/L vestibular hypofunction post-gentamicin (2019), T2DM.
            O/E: head impulse +ve B/L with corrective saccades; oscillopsia walking; unable to stand EC on foam.
            Rx (97112, 25 mins): imaginary-target exercises (look at the target, close eyes, turn head, keep eyes on the spot); walking the corridor turning head side to side to read letters on the wall; standing on a folded bath mat with head pitch, EO → EC beside a wall.
            A: B/L vestibular hypofunction — over-reliant on vision; sway ↑ in dim light. FGA 16/30 (12/30 at IA).
            P: cont. 2x/wk; HEP sheet updated; advised a torch for night walking.
            """,
            ["H81.8X3", "T36.5X5S"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // "Closed-door session in the small gym at 2 pm: just physio and Mrs D, nobody else booked" is one-on-one; tandem in bars with serial sevens, step-ups, pillow stance with nudges; neuropathy JPS and postural control; steps and seconds: passes.
        ["v1-h25-closed-door-session"] = new(
            """
            Physio review — Mrs D., 81 — Kittery
            Closed-door session in the small gym at 2 pm: just physio and Mrs D, nobody else booked.
            97112 — 23 min
            • tandem walking in the parallel bars with serial sevens aloud
            • stepping up onto a 4-in step leading with the L, slow controlled lowering back
            • standing on a pillow EO → EC, then with gentle nudges at the shoulders
            Problem: ↓ postural control + ↓ ankle joint position sense both feet (peripheral neuropathy); steps out of tandem to the L.
            Today: tandem in bars 14 steps w/o step-out (8 last wk); EC on pillow 12 s.
            """,
            ["G62.9", "R26.81"], [PT("97112", 23)], []),

        // 97116 in a busy gym (3 other pts with a colleague): gait has no one-on-one check; PWB elbow-crutch gait, kerb and stairs; hip hitching and a triple-decker goal; metres and SBA: passes.
        ["v1-h25-97116-crutches-busy-gym"] = new(
            """
            Gait re-ed (97116) — contact time 18 min — gym busy (3 other pts with my colleague)
            Mobilised 2 × elbow crutches, PWB L 50% per ortho (L ORIF tibial plateau, wk 8); 3-point pattern on the flat, then kerb practice up/down a 6-in kerb × 4 and 12 stairs with the banister + 1 crutch.
            Distance 2 × 60 m, SBA; cues for L heel strike and to stop hitching the L hip.
            Goal: manage the back stairs of the triple-decker to her 2nd-floor flat.
            """,
            ["S82.142D"], [PT("97116", 18)], []),

        // Spouses on caseload "seen together in the 1:00 slot; PT divided time between them": not one-on-one; laser-cane/metronome step initiation, clock turns, doorway practice; freezing of gait; k of 8 and TUG present.
        ["v1-h25-spouses-same-slot"] = new(
            """
            Granite Outpatient Rehab — PT Visit Note
            Mr and Mrs L (both on caseload) seen together in the 1:00 slot; PT divided time between them.
            Homebound: N/A (outpatient)
            Skilled intervention — 97112 NMR, 25 min: step-initiation drills to a laser-line cane and a metronome at 96 bpm; 4-point clock turns; backward stepping to a chair; doorway approach practice through the clinic's narrow hallway door.
            Impairment: freezing of gait at doorways and turns, festination when hurried (PD).
            Measurement: FOG at the doorway on 2 of 8 passes (5 of 8 at SOC); TUG 15.8 s.
            Teaching: CG shown visual-cue strategy for home thresholds; verbalized understanding.
            """,
            ["G20.A2"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // "Face to face with this patient only for all billed time; no other patient on this clinician's schedule" is one-on-one; perturbation/lean-and-release NMR with k of 5, and weights/doses TE with hip/quad weakness; 20 and 18 match: passes.
        ["v1-h25-face-to-face-this-patient-only"] = new(
            """
            OUTPATIENT PT VISIT — Granite Home & Community Health
            Vitals: BP 128/74 · HR 70 · SpO2 97% RA
            Service delivery: face to face with this patient only for all billed time; no other patient on this clinician's schedule 09:00–09:45.
            97112 — 20 min: perturbation training in standing (anticipated, then unanticipated pushes at the sternum and pelvis); lean-and-release for stepping; side-stepping on a half foam roller.
               Impairment: delayed reactive stepping, posterior LOB.
               Measure: single step to recover on 4 of 5 lean-and-release trials (multiple steps on all at SOC).
            97110 — 18 min: seated knee extension w/ 3-lb ankle weight 3 × 12; sidelying hip abduction 2 × 10 B; mini-squats at the counter 2 × 10.
               Impairment: B quad and hip abductor weakness 4-/5.
            Teaching: HEP reviewed; teach-back correct.
            """,
            ["M62.81", "R26.81"], [PT("97112", 20), PT("97110", 18)], []),

        // OT 97530 in a shared ADL suite (another client with the COTA): 97530 has no one-on-one check; washroom and tub-bench transfers, perching-stool dressing; Mod I and min assistance of one; hemiparesis with a shower goal: passes.
        ["v1-h25-ot-washroom-shared-suite"] = new(
            """
            OT — 97530 therapeutic activities — 25 min — ADL suite (another client in the suite with the COTA)
            Client practised washroom transfers: toilet with grab bar × 4, tub-transfer bench in/out × 3 with a leg lifter; lower-body dressing seated on a perching stool (pants over feet, socks with a sock aid).
            Level: toilet transfer Mod I with grab bar; tub bench min assistance of one person for the R leg over the tub wall.
            R hemiparesis (L MCA stroke), reduced standing balance — goal: shower at home without her husband's help.
            K. Beaulieu, OT Reg. (Ont.), OTR/L
            """,
            ["I69.351"], [OT("97530", 25)], []),

        // ---------------------------------------------------------------- class 2: grids, check boxes and Y/N fields

        // UK template "Session type: 1-2-1 ☑ Class ☐ Telephone ☐": the ticked 1-2-1 is one-on-one; wobble-board SLS, eccentric step-downs with mirror, clock reaches; knee proprioception/quad motor control after TKR; seconds and k of 10: passes.
        ["v2-h25-session-type-1-2-1-ticked"] = new(
            """
            Harbourside eNote · Physio Follow-up · R TKR 11/52
            Session type:  1-2-1 ☑   Class ☐   Telephone ☐
            Code / contact time:  97112 / 20 min
            Rx: SLS on a wobble board, R, with ball catches; step-downs off a 6-in step with slow eccentric control and mirror feedback for knee alignment; clock-face reaching on the R leg.
            Deficit: ↓ R knee proprioception + poor quad motor control — knee drifts into valgus on step-down, gives way on stairs.
            Measure: SLS R 9 s (L 24 s); step-down w/o valgus 6/10.
            """,
            ["Z96.651", "Z47.1"], [PT("97112", 20)], []),

        // Same template with "1-2-1 ☐ Class ☑": a class, not one-on-one; band side-walking, tandem, cushion STS, multi-directional stepping; slow stepping strategies; FTSTS and tandem seconds present.
        ["v2-h25-session-type-class-ticked"] = new(
            """
            Harbourside eNote · Physio Follow-up
            Session type:  1-2-1 ☐   Class ☑   Telephone ☐
            Code / contact time:  97112 / 30 min
            Rx: strength & balance circuit — sideways walking with a loop band at the ankles; tandem stance at the wall bars; sit to stand onto a cushion; stepping onto a step forwards, sideways and backwards.
            Deficit: ↓ ankle and stepping strategies, slow reactive stepping; 1 fall in the frozen car park.
            Measure: FTSTS 14.9 s; tandem stance 18 s.
            """,
            ["R29.6"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // Home-health Y/N checklist: technique rows "N", only "Balance training: Y", impairments and measures not entered, narrative "per POC … tolerated well … continue plan of care"; "Individual visit: Y": technique, deficit and measure missing and generic only.
        ["v2-h25-hh-skilled-yn-balance-only"] = new(
            """
            OUTPATIENT PT VISIT — Granite Home & Community Health
            Visit type: individual outpatient — Y      Group — N
            SKILLED INTERVENTIONS PROVIDED (Y/N)
              Neuromuscular re-education techniques ...... N
              Gait training ................................ N
              Balance training ............................. Y
              Therapeutic exercise ......................... N
            Impairments addressed: (not entered)
            Objective measures this visit: (not entered)
            Narrative: Balance training per POC. Pt tolerated well. Continue plan of care.
            Billed: 97112 — 23 min
            """,
            ["R26.81"], [PT("97112", 23)], [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // MSOT student 97530 whose only measure is an assistance scale with the chosen level in bold ("selected level in bold": CGA); grocery put-away with a kitchen trolley; ataxia/standing balance with a grocery goal: passes.
        ["v2-h25-assist-scale-bold-selected"] = new(
            """
            MSOT Level II fieldwork student note — co-signed by the supervising OTR
            97530 Therapeutic activities — 24 min
            Task: simulated grocery put-away — cans from a low cupboard to a shoulder-height shelf, cereal boxes to the top shelf, pushing the loaded kitchen trolley from the counter to the table.
            Assistance (selected level in bold):  I  ·  Mod I  ·  S  ·  **CGA**  ·  Min A  ·  Mod A  ·  Max A
            Impairment / goal: L upper-limb ataxia and reduced standing balance after a L cerebellar stroke; goal is to put the groceries away at home after her weekly Hannaford order.
            Co-signed: J. Ferreira, OTR/L, fieldwork educator
            """,
            ["I69.393"], [OT("97530", 24)], []),

        // Canadian template "Direct 1:1 client contact (Y/N): N — client cycled on the NuStep in the shared gym … while physio charted": not one-on-one; half-kneel rhythmic stabilisation, pad reaches, head-turn walking with stops; post-concussion postural control; FGA present.
        ["v2-h25-direct-client-contact-n"] = new(
            """
            Physio — Daily Tx Record
            Direct 1:1 client contact (Y/N): N — client cycled on the NuStep in the shared gym between re-ed drills while physio charted
            97112 balance / neuro re-ed — 25 min
            Drills: rhythmic stabilisation in half-kneeling; reaching out of BOS onto a balance pad; walking with head turns and sudden stops on command.
            Findings: ↓ trunk and hip postural control, lateral LOB on head turns (post-concussion — fell off a ladder clearing the eavestrough).
            Objective: FGA 19/30 (14/30 at IA).
            """,
            ["S06.0X0D", "R26.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // "Individual Rx (not class): Y" and an impairment list where "[*]" marks proprioception and postural control; roller perturbations, Airex EC, catch-and-step; SLS seconds and a FAB score: passes.
        ["v2-h25-impairments-star-marked"] = new(
            """
            Physio Rx record — Individual Rx (not class): Y
            97112 · 22 min
            Impairments targeted today ([*] = addressed):
              [*] proprioception   [ ] vestibular   [*] postural control   [ ] coordination
            Techniques: perturbations in step-stance on a half foam roller; SLS on an Airex with eyes closed; reactive catch-and-step with a weighted ball.
            Obj: SLS on Airex EC R 7 s / L 11 s; Fullerton Advanced Balance (FAB) scale 24/40.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // Outcome grid all "ND" (not done; FTSTS declined) and no other number; "seen 1-2-1", backward line walking, reactive steps to taps, foam ball work, delayed protective stepping: only the measure is missing.
        ["v2-h25-outcomes-all-nd"] = new(
            """
            Harbourside eNote · Neuro Physio FU · seen 1-2-1
            Outcome measures (ND = not done today)
              Berg ............ ND
              TUG ............. ND
              FTSTS ........... ND (declined — knee sore)
              Ten-step test ... ND
            97112 — 22 min
            Rx: backward walking on a taped line; reactive stepping to taps at the shoulders, all directions; standing on foam catching and throwing a ball.
            Imp: delayed protective stepping responses, worst backwards; ↓ postural control on compliant surfaces.
            Plan: repeat outcome measures next session.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Home exercise log reviewed in clinic with every Sets / Reps / Resist cell "__" and no other number; exercises named, hip/calf weakness stated: 97110 measure missing.
        ["v2-h25-hh-exercise-log-blank-doses"] = new(
            """
            OUTPATIENT PT — Granite Home & Community Health — HEP check in clinic
            HOME EXERCISE LOG
            Exercise                   Sets   Reps   Resist
            Sit to stand from couch    __     __     __
            Heel raises at counter     __     __     __
            Side-stepping at counter   __     __     __
            Marching in place          __     __     __
            Focus: B hip and calf weakness limiting getting up from the low couch.
            Pt/CG teaching: log to be kept on the fridge; CG return demo correct.
            97110 — 20 min
            """,
            ["M62.81"], [PT("97110", 20)], [At(Measure, "97110")]),

        // Manual-therapy table (technique | grade | dosage): CTM, C5/6 lateral glide grade III, transverse frictions, suboccipital release with seconds; cervical rotation and R shoulder findings: 97140 passes.
        ["v2-h25-manual-technique-table"] = new(
            """
            Manual therapy (97140) — 15 min — C-spine / R shoulder girdle
            Technique                                      | Grade | Dosage
            CTM (connective tissue massage), upper thoracic | —     | 2 passes each side
            Lateral glide C5/6 towards the L               | III   | 3 × 45 s
            Suboccipital release, sustained                | —     | 3 × 90 s
            Transverse frictions, R supraspinatus tendon   | —     | 3 × 90 s
            Finding: R cervical rotation 50° (L 70°), R upper trap hypertonicity, tender R supraspinatus insertion.
            """,
            ["M54.2", "M75.41"], [PT("97140", 15)], []),

        // Home-health gait fields all filled (quad stick, SBA, 150 ft × 2, thresholds, toe drag) with a night-time bathroom goal: 97116 passes.
        ["v2-h25-hh-gait-fields"] = new(
            """
            OUTPATIENT PT — GAIT
            Device: quad stick (R hand) | Assist: SBA | Distance: 150 ft × 2 | Surfaces: carpet → linoleum → 2 thresholds
            Deviations: ↓ L step length, L toe drag in terminal swing
            Gait training 97116 — 16 min — cues for L heel-first contact and a longer L step; threshold negotiation practised
            Goal: walk bedroom → bathroom at night without furniture-walking
            """,
            ["I69.354"], [PT("97116", 16)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // FaME (Falls Management Exercise) dynamic balance set and backward-chaining floor rise, "seen individually (not in the community class)"; anticipatory/reactive postural control after a long lie; floor-rise seconds and tandem steps: passes.
        ["v3-h25-fame-floor-rise"] = new(
            """
            FaME (Falls Management Exercise) programme — wk 4 of 12 — seen individually (not in the community class)
            97112, 24 mins: FaME dynamic balance set — tandem walk along the plinth edge, heel-toe walking backwards, side-stepping over a rolled towel, clock-face step-outs; backward-chaining floor rise side-sit → half-kneel → stand with a chair.
            Deficit: ↓ anticipatory and reactive postural control; fear of getting down to the floor after a long lie in Dec.
            Measures: timed floor rise 38 s with chair (62 s at wk 1); tandem walk 10 steps without side-step (4 at wk 1).
            """,
            ["R29.6", "Z91.81"], [PT("97112", 24)], []),

        // Kinetic Control uncontrolled-movement retraining (waiter's bow, forward lean with pressure biofeedback, 4-pt rocking), "physio and client only in the treatment room"; lumbar flexion UCM / segmental motor control; dissociation k of 10: passes.
        ["v3-h25-kinetic-control-waiters-bow"] = new(
            """
            Lx: Kinetic Control UCM retraining — flexion control
            97112 neuromuscular re-ed — 20 min — physio and client only in the treatment room
            - waiter's bow with a dowel (hip flexion dissociated from lumbar flexion)
            - sitting forward lean in lumbar neutral, pressure biofeedback under the L-spine
            - 4-pt rocking backwards holding lumbar neutral
            Deficit: uncontrolled lumbar flexion under low load — poor segmental motor control / timing of the deep stabilisers.
            Measure: waiter's bow dissociation test — lumbar neutral held to 50° hip flexion on 8/10 reps (3/10 at IA).
            """,
            ["M54.59"], [PT("97112", 20)], []),

        // Clinical Pilates on the reformer and mat with springs, sets and reps after a posterior-approach THR; gluteal weakness with a Trendelenburg sign and a duckpin-league goal: 97110 passes.
        ["v3-h25-clinical-pilates-reformer"] = new(
            """
            Clinical Pilates — 97110 — 25 min — L THR (posterior approach) 14/52
            Reformer footwork, parallel heels, 2 red + 1 blue spring, 2 × 10; reformer side-lying leg press L 2 × 8 on 1 red.
            Mat: shoulder bridge with arm float 2 × 8; side-lying clam with loop band 2 × 15 B; single-leg stretch level 1, 2 × 10 each.
            L hip abductor / gluteal weakness (4-/5), Trendelenburg on L stance — goal: back to her Tuesday duckpin league.
            """,
            ["Z96.642", "Z47.1"], [PT("97110", 25)], []),

        // Graded motor imagery (laterality on the Recognise app, explicit imagery, mirror box) for CRPS, "physio with this pt throughout, individual session"; body-schema and tactile-acuity deficit; laterality % and 2PD mm: passes.
        ["v3-h25-gmi-crps"] = new(
            """
            CRPS type 1, R hand (post distal radius # 5/12) — 97112 — 20 min — physio with this pt throughout, individual session
            GMI (graded motor imagery):
             · stage 1 implicit motor imagery — L/R hand judgments on the Recognise app, 3 × 40 images
             · stage 2 explicit imagery — imagined R wrist flexion/extension and finger tapping, 3 × 10
             · stage 3 mirror box — L hand movements watched in the mirror, R hand hidden, 4 × 10
            Deficit: disrupted R hand body schema — slow, inaccurate laterality recognition; ↓ tactile acuity and allodynia over the dorsum of the R hand.
            Measure: R hand laterality 78% correct at 2.6 s/image (61%, 3.4 s at IA); two-point discrimination dorsum R 18 mm (L 9 mm).
            """,
            ["G90.511"], [PT("97112", 20)], []),

        // Ring Fit Adventure exergame standing on a balance pad, one-on-one, SLS seconds; the only target is keeping up with the grandkids at Fenway: no neuromuscular deficit named.
        ["v3-h25-ring-fit-no-deficit"] = new(
            """
            97112 — 20 min — one-on-one with PT
            Ring Fit Adventure (Nintendo Switch) standing on a balance pad: 'Thigh Press' and 'Knee Lift' holding the Ring-Con, side-to-side 'Wide Squat' steering, 'Overhead Side Bend'; PT guarding at the gait belt.
            Pt enjoys the game; wants to keep up with the grandkids at Fenway in June.
            SLS on the pad 12 s R / 10 s L.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Kristjansson's "The Fly" laser tracing, head relocation, eye–head coordination after whiplash, "physio and pt, no one else in the room"; cervical kinaesthesia deficit; trace seconds and errors: passes.
        ["v3-h25-the-fly-cervical"] = new(
            """
            WAD II (MVC on I-95, 10/52) — 97112 cervical kinaesthetic training — 22 min — physio and pt, no one else in the room
            The Fly (Kristjansson): laser on a headband tracing zig-zag and figure-of-8 patterns on the wall chart at 90 cm, level 2, 5 traces each; head-relocation practice to neutral with eyes closed; eye–head coordination (eyes to target, then head follows), 3 × 10.
            Deficit: impaired cervical kinaesthesia / joint position sense, dizziness on quick head turns.
            Measure: The Fly level-2 trace 42 s with 3 errors (68 s, 9 errors at IA).
            """,
            ["S13.4XXD"], [PT("97112", 22)], []),

        // Student narrative: Bobath (NDT) facilitation from key points of control, the patient the only one on student's and faculty's schedule with faculty hands-on; extensor synergy with knee hyperextension; k of 10 and twin-scales kg: passes.
        ["v3-h25-bobath-key-points-student"] = new(
            """
            Teaching Clinic — Neuro PT Daily Note
            Student: second-year DPT student clinician. Faculty: clinical instructor present and hands-on for the whole session; this patient was the only one on the student's and the faculty member's schedule for the hour.
            S: Pt reports her right knee "locks back" when she stands at the stove and she has started holding the counter with both hands.
            Intervention (97112, 25 minutes): Using a Bobath (NDT) approach, the student facilitated sit-to-stand from key points of control at the pelvis and thorax, promoting forward weight transfer over the R foot; step-standing weight transfer onto the R leg with facilitation at the R knee to keep it out of hyperextension through midstance; and reach-to-grasp in standing from the R side to load the R leg.
            A: The R lower limb shows poor selective hip/knee control with an extensor synergy pattern and knee hyperextension in stance (L MCA stroke last spring). With facilitation the patient held the knee out of hyperextension on 7 of 10 weight shifts (3 of 10 last week); weight through the R leg on twin scales 29 kg of 64 kg.
            P: progress to stepping with R stance and reduce facilitation.
            Co-signature: I was present and participated in the session; agree with the above. — D. Halvorsen, PT, DPT, faculty
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // Tai Chi for Arthritis (Paul Lam, Sun style) weight-transfer forms, individual session, weight-shift control and knee proprioception named, but not one number anywhere ("lighter on her feet"): only the measure is missing.
        ["v3-h25-tai-chi-arthritis-no-number"] = new(
            """
            Tai Chi for Arthritis (Paul Lam, Sun style) — 97112 — 25 min — individual session, physio with pt throughout
            Practised the opening, open-and-close hands, single whip and brush knee with slow weight transfer from foot to foot and controlled step-outs; emphasis on keeping the knee over the foot and the trunk upright during transfer.
            Deficit: poor control of weight shifting into single-limb phases, with ↓ proprioception at both knees (OA, peripheral neuropathy).
            Pt says she feels "lighter on her feet". Cont. as planned.
            """,
            ["M17.0", "G62.9"], [PT("97112", 25)], [At(Measure, "97112")]),

        // Lewit post-isometric relaxation (reps × s), belt-assisted lateral hip distraction Gd III (bouts × s), soft tissue release; R hip rotation stiffness in degrees: 97140 passes.
        ["v3-h25-lewit-pir-belt-mob"] = new(
            """
            97140 manual — 12 min — R hip
            Lewit post-isometric relaxation to R piriformis, 5 × 7 s contractions; belt-assisted lateral distraction of the R hip in supine, Gd III, 3 × 30 s; soft tissue release to R TFL/ITB with active knee flexion, 2 passes.
            R hip ER/IR stiffness (IR 15° vs 35° L); buttock pain sitting in the car on the drive to Portland.
            """,
            ["M25.651"], [PT("97140", 12)], []),

        // Tabata intervals on the NuStep and rower, step-ups and farmer carries with doses, and no region, impairment or goal anywhere ("arrived on time by the Route 1 bus"): only the deficit is missing.
        ["v3-h25-tabata-no-target"] = new(
            """
            97110 — 20 min — Tabata protocol
            Round 1: NuStep level 6, 8 × (20 s hard / 10 s easy); round 2: rowing ergometer 8 × (20 s / 10 s) at 24 spm; then step-ups 3 × 10 onto an 8-in box and farmer carries with 2 × 15-lb kettlebells × 4 lengths.
            Pt arrived on time by the Route 1 bus, no complaints.
            """,
            ["I50.32"], [PT("97110", 20)], [At(Deficit, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // VNG canal paresis 48% with a positive head impulse stated as the finding; "client + physio only, individual tx"; fixation drills on a pillow, head-turn walking, 180° turns; gait speed and turn steps: passes.
        ["v4-h25-canal-paresis-vng"] = new(
            """
            Vestibular physio FU — client + physio only, individual tx
            97112 — 24 min
            VNG (ENT, Feb): R canal paresis 48% on calorics; spontaneous nystagmus resolved; R head impulse +ve with overt saccades.
            Tx: head movements while fixating a letter X on a sticky note at arm's length (yaw, then pitch) standing on a pillow; walking the corridor turning the head to read signs; stepping and turning 180° to the R on cue.
            Deficit: uncompensated R peripheral vestibular hypofunction — ↓ VOR gain to the R, unsteady turning R.
            Measure: gait speed with head turns 0.82 m/s (0.64 at IA); 180° turn R in 4 steps, no stagger.
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // Upgoing plantar, 4-beat clonus and a spastic catch at 30° as the findings after incomplete SCI; "individual Rx, physio and pt only"; eccentric step-downs, metronome treadmill stepping, sustained loading; 10MWT and toe drags of 20: passes.
        ["v4-h25-babinski-clonus-spastic-catch"] = new(
            """
            Neuro physio — incomplete SCI (C5 AIS D, 2 yr) — individual Rx, physio and pt only
            97112 — 25 min
            O/E: upgoing plantar R; R ankle clonus 4 beats; spastic catch at 30° R knee flexion on fast stretch; R toe drag in late swing.
            Rx: slow eccentric step-downs off a 4-in step with a tactile cue at the R hamstrings; treadmill stepping at 1.2 mph to a metronome for R swing timing; standing weight shifts onto the R leg with a sustained hold to settle the clonus.
            Deficit: R LE spasticity with poor timing of swing and motor recruitment.
            Obj: 10MWT 0.71 m/s (0.58 at IA); R toe drags on 3 of 20 treadmill steps.
            """,
            ["G82.54"], [PT("97112", 25)], []),

        // Thessaly positive at 20° with medial joint-line pain and Apley compression positive as the findings; quad sets, mini-squats, step-ups with doses: 97110 passes.
        ["v4-h25-thessaly-apley"] = new(
            """
            L knee — 97110 — 18 min
            Thessaly +ve at 20° L with medial joint-line pain; Apley compression +ve; no effusion; quad 4/5 L.
            Ex: quad sets 10 × 10 s; SL mini-squats to 30° 3 × 10; step-ups onto a 6-in step 3 × 10; stationary bike level 3, seat high; hamstring curls with a green band 3 × 12.
            Signed: M. Roy, PT (Reg. PT Ontario; NH licence)
            """,
            ["S83.242D"], [PT("97110", 18)], []),

        // Student note with Lhermitte's sign, a T8 sensory level, absent great-toe vibration and a positive Romberg as the findings; "one student, one patient … no other patients booked"; sensory reweighting; mCTSIB seconds: passes.
        ["v4-h25-lhermitte-sensory-level"] = new(
            """
            Teaching clinic — student PT daily note (faculty co-signed)
            Delivery: one student, one patient, faculty PT in the room; no other patients booked for this hour.
            Findings today: Lhermitte's sign +ve on neck flexion; sensory level to pinprick at T8; vibration absent at both great toes; Romberg +ve.
            97112 (20 minutes): sensory-reweighting progression — standing EO on firm → foam, then EC on firm in the ceiling-track safety harness; weight shifts with vision removed; tandem walking with a light touch on the wall rail.
            Assessment: sensory ataxia from dorsal column involvement — dependent on vision for balance.
            mCTSIB: firm EC 30 s, foam EO 22 s, foam EC 4 s (foam EC 0 s at IE).
            Faculty co-signature: present throughout and agree. — A. Nakamura-Reyes, PT, DPT, MSCS
            """,
            ["R26.81", "R27.0"], [PT("97112", 20)], []),

        // UK "O/E: NAD. Neuro screen NAD. Gait NAD." with a snowshoeing goal; wobble-cushion, lunges onto a pad, hop-and-stick, individual, seconds and k of 10: no deficit is named for 97112.
        ["v4-h25-uk-nad-97112"] = new(
            """
            S: Keen to get back to snowshoeing with the club on the Kancamagus. No falls.
            O/E: NAD. Neuro screen NAD. Gait NAD.
            Rx (97112, 20 min, individual): SLS on a wobble cushion with ball throws; forward lunges onto a balance pad; lateral hops over a line and stick.
            Obj: SLS on cushion R 28 s, L 30 s; 10/10 stuck landings.
            P: d/c next visit with HEP.
            """,
            ["M25.371"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // PTA gait note with a rollator, distances, SBA and rests, and no deviation, region, impairment or goal ("Vitals stable. Next visit Thurs."): only the deficit is missing for 97116.
        ["v4-h25-pta-gait-no-target"] = new(
            """
            PTA — gait training 97116 — 15 min
            Rollator, 2 × 200 ft on the clinic corridor + 1 × 150 ft outdoors on the sidewalk, SBA; 2 rests on the rollator seat.
            Vitals stable. Next visit Thurs.
            """,
            ["R26.89"], [PTA("97116", 15)], [At(Deficit, "97116")]),

        // Medial scapular winging on a wall push-up with serratus 3/5 as the finding (long thoracic nerve palsy); serratus punches, wall slides, push-up plus with doses: 97110 passes.
        ["v4-h25-scapular-winging"] = new(
            """
            R shoulder — 97110 — 20 min
            O/E: medial winging of the R scapula on wall push-up (long thoracic nerve palsy, 4/12 after chest-wall surgery); serratus anterior 3/5; flexion AROM 120°.
            Ex: serratus punches in supine with a 2-lb DB 3 × 12; wall slides on a foam roller with lift-off 3 × 10; quadruped push-up plus 2 × 8; scapular clock 2 × 5 each direction.
            """,
            ["G56.81"], [PT("97110", 20)], []),

        // PAIVM hypomobility at T5/6 and T6/7 with a stiff end-feel and stiff rib springing as the findings; central PA Gd IV and rib PA Gd III with bouts, seated extension mobilisation; rotation degrees: 97140 passes.
        ["v4-h25-paivm-hypomobile"] = new(
            """
            T-spine — 97140 — 15 min
            PAIVM: T5/6 and T6/7 hypomobile with a stiff end-feel, reproduces the interscapular ache; R ribs 5–7 stiff on springing.
            MT: central PA T5–7 Gd IV, 3 × 30 s each level; R rib 6 PA Gd III × 3 bouts of 30 s; seated thoracic extension mobilisation over the wedge, 3 × 10.
            Post: thoracic rotation R 35° → 45° (inclinometer).
            """,
            ["M54.6"], [PT("97140", 15)], []),

        // Stamping, wide-based sensory-ataxic gait with absent great-toe JPS as the deviation; walker gait with lights dimmed, distances, SBA and a parkade goal: 97116 passes.
        ["v4-h25-stamping-gait"] = new(
            """
            Gait training 97116 — 18 min
            Stamping, wide-based gait with eyes on the floor (sensory ataxia; JPS absent at both great toes); worse in the dim hallway.
            Gait re-ed: 2-wheeled walker along the corridor, 3 × 100 ft, lights dimmed for the last lap; cues to look ahead; turns at the end with SBA.
            Goal: walk from the parkade to the clinic entrance in the evening.
            """,
            ["R26.0"], [PT("97116", 18)], []),

        // The only target of a one-on-one 97112 is cheering at Heartbreak Hill on Marathon Monday; foam stance with crowd noise, beanbag catches, curb-height side steps with seconds and k of 10: no neuromuscular deficit.
        ["v4-h25-goal-only-heartbreak-hill"] = new(
            """
            97112 — 22 min — one-on-one
            Goal: be at Heartbreak Hill to cheer his granddaughter on Marathon Monday, standing in the crowd.
            Tx: standing on foam with a crowd-noise track playing; reaching outside BOS to catch tossed beanbags; stepping sideways on and off a curb-height step.
            Obj: standing on foam EC 18 s; sideways curb steps 10/10 without using the rail.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // ISWT in metres with its level (270 m, level 6, against 190 m) beside watt intervals and doses; exertional breathlessness and quad weakness with a corner-shop goal: 97110 passes.
        ["v5-h25-iswt-copd"] = new(
            """
            Pulmonary physio (COPD) — 97110 — 25 min
            Cycle ergometer intervals at 40 W, 30 s on / 30 s off × 10; sit-to-stand from a dining chair 3 × 8; step-ups onto a 15-cm step 3 × 10; biceps curls with 2-kg DBs 3 × 12.
            Exertional breathlessness and quadriceps weakness limiting the walk to the corner shop; SpO2 drops to 87% on exertion.
            ISWT 270 m (level 6) vs 190 m at IA.
            """,
            ["J44.9"], [PT("97110", 25)], []),

        // Emory Functional Ambulation Profile with its five subtask seconds summed (96 s against 131 s); hemi-walker gait over surfaces, obstacle and stairs; stiff-knee hemiparetic gait: 97116 passes.
        ["v5-h25-efap-hemi-walker"] = new(
            """
            Gait training (97116) — 20 min
            Over-ground gait with a hemi-walker on tile, carpet, a ramp and a 3-step stair, plus stepping over a 6-in obstacle; cues for R knee flexion in swing.
            R hemiparetic gait — stiff-knee swing, ↓ R step length.
            E-FAP total 96 s (floor 14 s, carpet 16 s, up-and-go 28 s, obstacles 22 s, stairs 16 s) — 131 s at IA.
            """,
            ["I69.351"], [PT("97116", 20)], []),

        // OT hand 97110 with grip and 3-point pinch in kgf (Jamar) beside putty, wrist curls, hammer pro/sup; wrist/hand weakness after ORIF and a kettle goal: passes.
        ["v5-h25-kgf-grip-ot"] = new(
            """
            OT hand — 97110 — 18 min — L distal radius # (ORIF) 10/52
            Putty grip and pinch (green) 3 × 15; wrist curls 1-lb 3 × 12 flex/ext; pronation/supination with a hammer 3 × 10.
            Grip (Jamar II): L 14 kgf / R 26 kgf; 3-point pinch L 4 kgf.
            L wrist/hand weakness after ORIF — goal: carry a full kettle one-handed.
            """,
            ["S52.572D"], [OT("97110", 18)], []),

        // Great-toe up/down position sense as counts of 10 and EC stance seconds; "individual session (pt and physio, no one else)"; textured-mat stance, blanket tandem, fingertip heel-toe; diabetic somatosensory loss: passes.
        ["v5-h25-hallux-position-sense-counts"] = new(
            """
            97112 neuro re-ed — 23 min — individual session (pt and physio, no one else)
            Great-toe up/down position sense: 4/10 correct R, 8/10 L. EC stance on the textured mat 9 s.
            Rx: barefoot stance on textured mats EO → EC; tandem on a folded blanket; heel-toe walking with a light fingertip on the wall.
            Deficit: somatosensory loss both feet (R > L), diabetic polyneuropathy; relies on vision.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // Chedoke-McMaster (CMSA) stages as the measure (leg 4, foot 3 against 3 and 2), "client seen individually (no other clients booked in the neuro room)"; task-specific stepping, DF tapping facilitation, stance loading; selective DF and recruitment: passes.
        ["v5-h25-cmsa-stages"] = new(
            """
            Stroke rehab — 97112 — 25 min — client seen individually (no other clients booked in the neuro room)
            CMSA (Chedoke-McMaster): leg stage 4, foot stage 3 (leg 3, foot 2 at IA); postural control stage 5.
            Tx: task-specific stepping with the L leg onto a 4-in step; L ankle dorsiflexion drills in sitting with tapping facilitation; standing L leg loading with the R foot on a step.
            Impairment: L hemiparesis — ↓ selective ankle dorsiflexion and motor recruitment through L stance.
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // OT sensory re-education billed 97112 with Nottingham Sensory Assessment stereognosis 6/11 (3/11), "OT with this client only"; graded object identification, texture boards, touch localisation; parietal somatosensory loss: passes.
        ["v5-h25-nsa-stereognosis-ot"] = new(
            """
            OT — sensory re-education (97112) — 20 min — OT with this client only
            Nottingham Sensory Assessment, stereognosis: R hand 6/11 items identified (3/11 at IA).
            Tx: graded object identification with vision occluded (coins, keys, buttons); texture discrimination boards; localising touch on the R palm with eyes closed.
            Deficit: R hand somatosensory loss after L parietal stroke — drops items from the R hand.
            """,
            ["I69.398"], [OT("97112", 20)], []),

        // UK note, individual session, kerb step-overs with head turns, cushion ball work, figure-of-eight walking, ankle proprioception named, and the only digits a "review 1/52" ("loads better"): only the measure is missing.
        ["v5-h25-uk-loads-better"] = new(
            """
            S: Walked to the post office "loads better", no stumbles this week.
            O: Rx in gym — individual session.
            Rx (97112, 20 mins): stepping over the kerb with head turns; standing on a cushion catching and throwing a ball; walking figure-of-eight round cones.
            A: ↓ R ankle proprioception, improving.
            P: review 1/52.
            """,
            ["S93.401D"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Home-health OT 97530 on dressing and grooming with L UE weakness and a goal, whose only report of progress is the caregiver's ("doing more for herself"): no assistance level or number.
        ["v5-h25-hh-caregiver-report-ot"] = new(
            """
            OUTPATIENT OT VISIT — Granite Home & Community Health
            Skilled intervention — 97530, 25 min: upper-body dressing with a front-opening blouse and an overhead pullover, buttoning, donning a front-closure bra; standing at the sink for grooming.
            Impairment: L UE weakness and ↓ fine-motor coordination (R CVA).
            CG report: pt "doing more for herself" with dressing.
            Goal: dress herself before the aide's morning visit.
            Plan: cont. dressing retraining.
            """,
            ["I69.354"], [OT("97530", 25)], [At(Measure, "97530")]),

        // Long student narrative, one-on-one with faculty ("worked with this patient alone for the entire session"), anticipatory/reactive postural control training in PD, but only words ("less sway", "fewer cues"): only the measure is missing.
        ["v5-h25-student-narrative-no-number"] = new(
            """
            Merrimack University Teaching Clinic — Daily Note
            The student physical therapist (third-year DPT) and the supervising faculty therapist worked with this patient alone for the entire session; no other patient was in the clinic space.
            Subjective: The patient reports feeling more confident on the uneven brick sidewalks downtown, though she still catches her toe when she is tired.
            Intervention — 97112 neuromuscular re-education, 22 minutes: The student guided anticipatory postural control training with reaching tasks outside the base of support while standing on a foam pad, then practised stepping strategies in response to self-initiated and therapist-initiated perturbations, and finished with walking while turning the head to name objects placed around the room.
            Assessment: The patient continues to present with impaired anticipatory and reactive postural control and decreased foot clearance on the left, consistent with her Parkinson's diagnosis. She showed less sway and quicker recovery steps than at the last visit and needed fewer cues.
            Plan: Continue per plan of care; progress to outdoor surfaces.
            Faculty co-signature: I directly supervised and was present for the entire session. — R. Castellano, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Home-health 97110 with the Timed Chair Rise (10 rises in 31 s against 44 s) beside weights, bands and doses; hip extensor/quad weakness and the recliner: passes.
        ["v5-h25-hh-timed-chair-rise"] = new(
            """
            OUTPATIENT PT — Granite Home & Community Health — 97110, 22 min
            Vitals: BP 142/80 · HR 74
            Ex: sit-to-stand from recliner height holding a 4-lb ball 3 × 8; standing hip extension at the counter with a red band 2 × 12 B; heel raises 3 × 15; seated marches with 2-lb ankle weights 2 × 20.
            Impairment: B hip extensor and quad weakness 4-/5; can't rise from the recliner without rocking.
            Timed Chair Rise (10 rises): 31 s (44 s at SOC).
            Teaching: HEP updated; teach-back correct.
            """,
            ["M62.81", "R26.89"], [PT("97110", 22)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Home-health "Skilled minutes by code: 97112 = 22 · 97116 = 15", both match; "Individual visit (pt + PT only)"; foam head turns, reactive steps, DGI; SPC gait with distances, a flight of stairs and SBA: passes.
        ["v6-h25-hh-skilled-minutes-equals"] = new(
            """
            OUTPATIENT PT VISIT — Granite Home & Community Health
            Skilled minutes by code:  97112 = 22  ·  97116 = 15
            Individual visit (pt + PT only)
            97112: standing on foam with head turns; forward and lateral reactive steps to pushes at the pelvis; stepping over a row of shoeboxes. Impairment: ↓ postural control using vestibular input (R hypofunction). Measure: DGI 17/24 (14/24 at SOC).
            97116: SPC in the L hand, 2 × 180 ft in the hall + 1 flight (12 steps) with the rail, SBA; cues for step length and to keep the cane in the L hand.
            """,
            ["H81.391"], [PT("97112", 22), PT("97116", 15)], []),

        // UK clock timings with minutes beside the service names ("10:02–10:24 NMR (22 min) · 10:24–10:39 gait re-ed (15 min)"), both match; "physio and pt on our own in the neuro gym"; gym-ball stabilisation, mirror STS, twin-scales %; quad-stick gait with metres: passes.
        ["v6-h25-uk-timings-clock-and-minutes"] = new(
            """
            Physio — neuro — Timings: 10:02–10:24 NMR (22 min) · 10:24–10:39 gait re-ed (15 min)
            Physio and pt on our own in the neuro gym throughout.
            NMR: rhythmic stabilisation sitting on a gym ball; sit-to-stand with equal weight-bearing cued by a mirror; step-standing weight transfer onto the L.
              L hemiparesis: ↓ L trunk and hip motor recruitment, weight shifted R.
              Weight through the L leg 42% (35% last wk) on twin scales.
            Gait re-ed: quad stick R hand, 3 × 20 m, SBA, cues for L hip extension at terminal stance.
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 15)], []),

        // UK header "contact time 30 mins (97112)" against a 22-minute line: mismatch; PNF D1 with rhythmic initiation, bridging with rhythmic stabilisation, kneeling arm lifts; R LE recruitment; Motricity Index; "seen individually".
        ["v6-h25-uk-contact-time-mismatch"] = new(
            """
            Harbourside — Physio FU — contact time 30 mins (97112) — seen individually
            Rx: PNF D1 flexion/extension R LE with rhythmic initiation; bridging with rhythmic stabilisation at the pelvis; high-kneeling with alternate arm lifts.
            Imp: R LE motor recruitment and timing poor after L MCA stroke; R hip hitches in swing.
            Motricity Index R LE 53/100 (39 at IA).
            """,
            ["I69.351"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // Student note: "97116 (25 minutes)" against a 15-minute gait line, while "97112 (20 minutes)" matches; student and faculty with this patient only; treadmill pulls and k of 10; quad-cane gait with distances and CGA.
        ["v6-h25-student-gait-minutes-differ"] = new(
            """
            Teaching Clinic — Student PT Daily Note — co-signed
            Delivery: student and faculty PT with this patient only; no other patients during the visit.
            97112 (20 minutes): The student performed perturbation-based balance training on the treadmill at 0.8 mph with manual pulls at the pelvis, and stepping-strategy practice to floor targets. Deficit: slowed reactive stepping, falls to the R (L MCA stroke). Measure: recovered with a single step on 7 of 10 treadmill pulls.
            97116 (25 minutes): Over-ground gait training with a large-base quad cane, 4 × 150 ft, contact guard; cues to lengthen the R step.
            Faculty co-signature: present and directing throughout. — K. Oyelaran, PT, DPT
            """,
            ["I69.351"], [PT("97112", 20), PT("97116", 15)], [At(Mismatch, "97116")]),

        // Home-health "Total skilled time 38 min (NMR and ther ex)" for 97112 23 and 97110 15 and no minutes for either: separate time missing; both sections complete and one-on-one stated.
        ["v6-h25-hh-total-only"] = new(
            """
            OUTPATIENT PT VISIT — Granite Home & Community Health
            Total skilled time 38 min (NMR and ther ex)
            Individual visit: pt and PT only.
            NMR (97112): sit-to-stand onto foam; tandem stance with head turns; lateral weight shifts on a rocker board. ↓ somatosensory postural control (neuropathy). Tandem 9 s (4 s at SOC).
            Ther ex (97110): LAQ 3-lb 2 × 15; standing hip abduction 2 × 12 B; heel raises 2 × 15. B hip abductor weakness 4-/5.
            """,
            ["E11.42"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // "97110 ther ex — 15 min" but the manual section (patellar and tib-fem mobs Gd III with bouts, scar mobilisation) has no minutes, for two timed codes: separate time missing.
        ["v6-h25-manual-minutes-missing"] = new(
            """
            Physio Rx — L TKR 9/52 — client + physio only
            97110 ther ex — 15 min: LAQ with a 2-kg cuff 3 × 10; step-ups 15 cm 3 × 10; TKE with band 3 × 15. L quad weakness, flexion 105°.
            Manual: patellar mobs sup/inf Gd III 3 × 30 s; tib-fem PA glides in flexion Gd III 3 × 30 s; scar mobilisation along the incision.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 15), PT("97140", 10)], [SepTime]),

        // Untimed 97018 paraffin with its own 10 min beside one timed OT 97110 at 20 min, both matching; tendon glides, opposition, putty pinch, wrist extension; RA MCP stiffness with kgf and a jar goal: passes.
        ["v6-h25-paraffin-beside-one-timed"] = new(
            """
            OT hand clinic
            97018 paraffin bath, R hand, 10 min (before ex)
            97110 therapeutic exercise, 20 min: tendon gliding 5 positions × 10; thumb opposition to each fingertip × 10; putty pinch (yellow) 3 × 15; wrist extension 1-lb 3 × 12.
            R hand RA — MCP stiffness, grip R 10 kgf (L 19 kgf); goal: open the jars of her preserves.
            """,
            ["M06.041"], [OT("97018", 10), OT("97110", 20)], []),

        // Three codes after a "(minutes)" legend ("97112 — 23 | 97110 — 15 | 97530 — 15"), all match; "pt and PT alone in the treatment area"; each section complete: passes.
        ["v6-h25-three-codes-minutes-legend"] = new(
            """
            Skilled time (minutes): 97112 — 23 | 97110 — 15 | 97530 — 15
            Pt and PT alone in the treatment area for the full session.
            97112: step-stance perturbations at the pelvis; SLS on a pillow with head turns; grapevine along the counter. ↓ reactive postural control and L ankle proprioception. SLS on pillow L 6 s (2 s at IA).
            97110: standing hip abduction with a 3-lb cuff 2 × 12 B; bridges 2 × 12; step-ups 6 in 2 × 10. B hip abductor weakness 4-/5.
            97530: floor → chair recovery via half-kneel × 3; carrying a laundry basket 30 ft × 2; picking up items from the floor × 10 with a reacher; CGA → SBA. Goal: safe at home alone after her husband's surgery.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15), PT("97530", 15)], []),

        // Home-health "Time (min) per CPT: 97110 30 / 97116 15" against a 22-minute ther-ex line: mismatch on 97110 only; TE doses with weakness and gait distances with CGA complete.
        ["v6-h25-hh-te-minutes-differ"] = new(
            """
            OUTPATIENT PT VISIT — Granite Home & Community Health
            Time (min) per CPT:  97110 30  /  97116 15
            97110: seated knee extension 3-lb 2 × 15 B; standing hip abduction at the counter 2 × 10 B; heel raises 2 × 15. B quad/hip weakness 4-/5.
            97116: RW → SPC, 2 × 120 ft in the hall, CGA; cues for heel strike and upright trunk. Goal: walk into church from the parking lot.
            """,
            ["M62.81", "R26.89"], [PT("97110", 22), PT("97116", 15)], [At(Mismatch, "97110")]),

        // Code | Service | Min table (97140 12, 97110 25), both match; anterior/posterior glides Gd III with bouts and ER degrees; shoulder exercises with doses for adhesive capsulitis: passes.
        ["v6-h25-code-service-min-table"] = new(
            """
            Code  | Service               | Min
            97140 | Manual therapy        | 12
            97110 | Therapeutic exercise  | 25
            MT: L GH posterior and inferior glides Gd III, 3 × 30 s each; low-grade distraction in loose-packed position, 2 × 30 s.
            TE: table slides into flexion 3 × 10; cane ER in supine 3 × 10; doorway pec stretch 3 × 30 s; band rows (red) 3 × 12.
            L adhesive capsulitis — ER 20° → 28° after MT; flexion 115°.
            """,
            ["M75.02"], [PT("97140", 12), PT("97110", 25)], []),

        // ---------------------------------------------------------------- class 7: empty notes, and the contract's meanings for the other codes

        // Empty note on a 97112 + 97110 visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h25-empty-nmr-te"] = new(
            "",
            ["R26.81"], [PT("97112", 20), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // Tab, spaces and CR/LF only on an OT 97530 visit with no diagnosis: DOC_NOTE_MISSING on the line and the diagnosis check.
        ["v7-h25-whitespace-ot-no-dx"] = new(
            "\t \r\n   \r\n",
            [], [OT("97530", 25)], [At(NoteMissing, "97530"), Dx]),

        // Empty note on untimed 97010 (hot pack) beside 97140: DOC_NOTE_MISSING on 97140 only.
        ["v7-h25-empty-hot-pack-and-manual"] = new(
            "",
            ["M54.59"], [PT("97010", 10), PT("97140", 12)], [At(NoteMissing, "97140")]),

        // 97110's deficit can be a body region: "R hip (OA)" with named exercises and doses: passes.
        ["v7-h25-97110-region-and-doses"] = new(
            """
            R hip (OA) — 97110 — 15 min
            Bridges 2 × 12; sidelying hip abduction 2 × 10; standing hip extension at the counter with a 2-lb cuff 2 × 10; clamshells with a yellow band 2 × 15.
            """,
            ["M16.11"], [PT("97110", 15)], []),

        // 97530's deficit can be a functional goal and its measure an assistance level: cellar-stairs laundry carrying, folding and washer-to-dryer transfer, "Min A of one person" on the stairs, a three-decker laundry goal: passes.
        ["v7-h25-97530-goal-and-assist"] = new(
            """
            97530 — 23 min
            Carrying a basket of towels down and up the cellar stairs with one rail, folding at dryer height, moving wet laundry from washer to dryer.
            Min A of one person on the stairs; SBA for the rest.
            Goal: do her own laundry in the cellar of the three-decker again.
            """,
            ["S72.002D"], [PT("97530", 23)], []),

        // 97140 techniques named (effleurage, petrissage, STM, CTM, passive toe-extension stretch) and the region and impairment stated, but no grade, bout, hold, repetition or number: only the measure is missing.
        ["v7-h25-97140-no-parameter"] = new(
            """
            97140 — 10 min
            Effleurage and petrissage to the R calf, STM along the medial gastrocnemius, CTM strokes to the plantar fascia, passive great-toe extension stretch.
            R calf and plantar fascia tightness; heel pain on the first steps out of bed.
            """,
            ["M72.2"], [PT("97140", 10)], [At(Measure, "97140")]),

        // 97116 whose only target is a functional goal (the Freedom Trail by the Old North Church) with outdoor rollator gait over brick and cobbles, 600 ft, SBA: passes.
        ["v7-h25-97116-goal-only-target"] = new(
            """
            Gait training 97116 — 20 min
            Outdoor gait with a rollator over brick sidewalk, cobblestones and curb cuts on the block around the clinic, 600 ft, SBA; practised lifting the rollator's front wheels over the cobbles.
            Goal: walk the Freedom Trail stretch by the Old North Church with her grandson in May.
            """,
            ["R26.89", "Z91.81"], [PT("97116", 20)], []),

        // 97116 with stairs, ramp and curb practice, a quad stick, a hemiparetic gait and a church-steps goal, but no distance, count, assistance level or other number: only the measure is missing.
        ["v7-h25-97116-no-number"] = new(
            """
            Gait training 97116 — 15 min — quad stick
            Stair practice on the clinic stairs (step-to, up with the good leg), then the outdoor ramp and the curb at the entrance; focus on heel strike and a longer L step.
            L hemiparetic gait; goal: the church steps on Sunday.
            """,
            ["I69.354"], [PT("97116", 15)], [At(Measure, "97116")]),

        // UK one-liner "balance work as per previous … tolerated well … continue plan of care", "seen individually": wholly generic 97112 — technique, deficit and measure missing and generic only.
        ["v7-h25-uk-generic-97112"] = new(
            "Rx: balance work as per previous. Seen individually. Tolerated well. Continue plan of care. 97112 — 20 mins.",
            ["R26.81"], [PT("97112", 20)], [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // PTA "Ther ex per HEP. Pt tolerated tx well … Continue POC": wholly generic 97110 — technique, deficit and measure missing and generic only (no one-on-one check on 97110).
        ["v7-h25-pta-generic-97110"] = new(
            "PTA note — Ther ex per HEP. Pt tolerated tx well, no c/o. Continue POC. 97110 x 18 min.",
            ["M62.81"], [PTA("97110", 18)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary notes: complete ones a reviewer passes, and the ordinary weak ones

        // UK SOAP, R TKR 6/52: TE (bike, knee slides, inner-range quads, step-ups, STS with doses) 23 min and MT (AP glides and patellar mobs Gd III with bouts, scar massage) 10 min; knee ROM and lag; "Tol. Rx well": passes.
        ["vord-h25-uk-tkr-te-mt"] = new(
            """
            Harbourside Physiotherapy — Kittery — R TKR 6/52 — Rx 7
            S: Sleeping better; stairs reciprocal up, step-to down. Wants to walk to the Dunkin' on Route 1 again.
            O/E: R knee flex 98°, ext −6°; quads lag 5°; mild effusion; wound healed.
            Rx: Ther ex (97110) 23 min — static bike, full revolutions, seat lowered; knee slides 3 × 15; inner-range quads over a roll 3 × 10 with 5-s hold; step-ups 15 cm 3 × 10; sit-to-stand from a low chair 3 × 8.
            Manual (97140) 10 min — tib-fem AP glides Gd III 3 × 30 s; patellar mobs sup/inf and med/lat 3 × 30 s; scar massage.
            Tol. Rx well. Plan: cont. 2x/wk, ↑ step height.
            R. Fairweather, MCSP, PT
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 23), PT("97140", 10)], []),

        // Canadian physio, L adhesive capsulitis: 97110 table slides, cane ER, pec stretch, band rows, wall walks with doses; flexion/ER degrees against IA and a coat-and-toque goal: passes.
        ["vord-h25-canadian-frozen-shoulder"] = new(
            """
            Client: L adhesive capsulitis (freezing → frozen), 5/12 — Tx record
            97110 — 20 min: table slides into flexion with a towel 3 × 10; cane ER in supine 3 × 10, 5-s hold; doorway pec stretch 3 × 30 s; band rows (red) 3 × 12; wall walks to end range 2 × 10.
            L shoulder flexion 110°, ER 20° (95° and 10° at IA). Goal: reach the top cupboard shelf and get her winter coat and toque on without help.
            Signed: L. Gagnon, PT (Reg. PT, Québec; NH licence)
            """,
            ["M75.02"], [PT("97110", 20)], []),

        // Student narrative after a pontine stroke: NMR (metronome heel-strike timing, foam-beam step-overs, stance for step-ups; dorsiflexor recruitment and timing; toe catches of 20 and SLS) 24 min and gait (leaf-spring AFO, distances, CGA/SBA) 15 min; student + faculty only: passes.
        ["vord-h25-student-stroke-nmr-gait"] = new(
            """
            Merrimack University Teaching Clinic — Neurologic PT Daily Note
            Student clinician: DPT student in the final clinical year. Supervising faculty: present in the room and directing throughout.
            Session format: one patient, student + faculty only; no other patients in the neuro suite.
            Subjective: Mr. T reports that he walked to the end of his street and back twice this week with his wife. He notes his right foot "still slaps" when he hurries.
            Neuromuscular re-education (97112), 24 minutes: The student used heel-strike timing drills to a metronome, stepping over a foam beam with a right lead, and right single-limb stance while the left foot stepped up to a 4-inch step. Deficit: impaired right dorsiflexor recruitment and timing in swing, with reduced right stance stability (left pontine stroke). Measure: toe catches on 1 of 20 metronome steps (6 of 20 at initial evaluation); right SLS 6 s.
            Gait training (97116), 15 minutes: over-ground gait with a posterior leaf-spring AFO and no device, 4 × 200 ft on level surfaces and 2 × 50 ft on the outdoor ramp; contact guard on the ramp, stand-by on level; cues for right heel strike. Goal: community walking to the corner store.
            Plan: progress to curbs and uneven ground.
            Faculty co-signature: I was present for and directed the entire session and agree with this note. — M. Okonjo-Bailey, PT, DPT, NCS
            """,
            ["I69.351"], [PT("97112", 24), PT("97116", 15)], []),

        // MSOT student 97530: porridge on the stovetop with a kitchen trolley, CGA and 2 verbal prompts, R hemiparesis with a breakfast goal; co-signed: passes.
        ["vord-h25-student-ot-porridge"] = new(
            """
            OT Level II fieldwork student note — co-signed by OTR/L
            97530 — 25 min
            Cooking task: making porridge on the stovetop — retrieving the pot from a low cabinet, measuring oats and milk, stirring with the L hand while stabilising the pot with the R, carrying the bowl to the table on a kitchen trolley.
            Performance: CGA for standing balance at the stove; 2 verbal prompts to turn the burner off; no spills.
            Impairment / goal: R hemiparesis and ↓ standing tolerance after L CVA; goal — make her own breakfast safely.
            Co-sign: reviewed and agree; I supervised the session in the kitchen. — P. Sandoval, OTR/L
            """,
            ["I69.351"], [OT("97530", 25)], []),

        // Home-health habits on an outpatient hip-fracture visit: vitals, homebound N/A, TE with doses and hip weakness 20 min, gait RW → SPC with distances, CGA/SBA 15 min, teach-back, a faxed update: passes.
        ["vord-h25-hh-hip-fx-te-gait"] = new(
            """
            OUTPATIENT THERAPY VISIT NOTE — Granite Home & Community Health (outpatient arm)
            Homebound status: N/A — outpatient
            Vitals pre: BP 134/78 · HR 72 · SpO2 96% RA · Pain 3/10 R hip (surgical)
            Skilled intervention:
              97110 ther ex — 20 min: supine heel slides 2 × 15; bridges 2 × 10; standing R hip abduction at the counter 2 × 10; mini-squats 2 × 10. R hip abductor/extensor weakness 3+/5.
              97116 gait training — 15 min: rolling walker → SPC trial, 3 × 100 ft, CGA with the SPC; 4 stairs with the rail, step-to, SBA.
            Teaching: hip precautions reviewed; pt teach-back accurate.
            Coordination: update faxed to the orthopaedic office.
            Plan next visit: progress to SPC outdoors on the driveway.
            """,
            ["S72.001D", "Z96.641"], [PT("97110", 20), PT("97116", 15)], []),

        // Home-health OT 97530 in the ADL bathroom: raised-seat toilet and tub-bench transfers, clothing management; Min A of one / SBA; balance and hip-flexor weakness after THA with a bathing goal; CG return demo: passes.
        ["vord-h25-hh-ot-bathroom"] = new(
            """
            OUTPATIENT OT VISIT — Granite Home & Community Health
            Skilled intervention: 97530 — 23 min — bathroom mobility in the clinic's ADL bathroom: toilet transfers with a raised seat × 3, tub-bench transfer with a hand-held shower × 2, managing clothing in standing.
            Assistance: Min A of one for the tub-bench leg lift; SBA toilet.
            Impairment: ↓ dynamic standing balance and L hip flexor weakness after L THA (posterior precautions).
            Teaching: CG instructed in guarding for the tub bench; return demo correct.
            Goal: bathe at home with her daughter supervising only.
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 23)], []),

        // UK LBP: MT (central PA L4/L5 and side-lying rotation Gd III with bouts) 12 min and TE (press-ups, bird-dog, side bridge with doses) 15 min; flexion/extension limits and a stiff L4/5: passes.
        ["vord-h25-uk-lbp-mt-te"] = new(
            """
            Harbourside Physio — LBP — Rx 3
            S: c/o central LBP, worse sitting through a Sox game at Fenway; no leg sx; saddle sensation and bladder/bowel NAD.
            O/E: lumbar flexion to mid-shin, extension limited 50%; L4/5 central PA stiff and painful.
            Manual (97140) 12 min: central PA L4 and L5 Gd III, 3 × 30 s each; L side-lying rotation mob L4/5 Gd III × 3 bouts of 30 s.
            Ex (97110) 15 min: prone press-ups 3 × 10; bird-dog 3 × 8 each side with 3-s holds; side bridge on knees 3 × 20 s.
            P: HEP as above; review 1/52.
            """,
            ["M54.59"], [PT("97140", 12), PT("97110", 15)], []),

        // Canadian physio, R ankle after a black-ice sprain: "client and physio only in the room, 1 to 1 throughout"; half-dome EC, hop-to-stick, pillow reaches; proprioceptive deficit and peroneal delay; seconds and k of 10; lacrosse goal: passes.
        ["vord-h25-canadian-ankle-lacrosse"] = new(
            """
            Client: R ankle, 2nd inversion sprain in Jan (slipped on black ice) — Reg. PT
            97112 — 20 min — client and physio only in the room, 1 to 1 throughout
            SLS R on the half-dome with eyes closed; SL hops forward and sideways to stick; reaches in several directions with the L foot while balancing on the R on a pillow.
            Deficit: R ankle proprioceptive deficit, delayed peroneal reaction.
            Measure: SLS EC R 11 s (L 26 s); side hops 10 of 10 landings stuck.
            Goal: coach the grandson's lacrosse practices from the sideline on foot.
            """,
            ["S93.401D"], [PT("97112", 20)], []),

        // Student vestibular narrative with faculty: optokinetic stripes on firm/foam, head-turn figure-of-eight walking, quick turns; visual dependence after L vestibular neuritis; FGA and foam seconds; the only patient of either clinician: passes.
        ["vord-h25-student-vestibular"] = new(
            """
            Merrimack University Teaching Clinic — Vestibular Daily Note
            Session: third-year DPT student with the faculty vestibular specialist; this patient was the only patient seen by either clinician during the session.
            Subjective: Ms. R reports less motion sensitivity in the aisles at Stop & Shop but still feels "off" when she turns quickly to check traffic before crossing.
            Intervention — 97112, 25 minutes: The student progressed optokinetic exposure (striped pattern on the wall screen) while standing on firm and then foam surfaces, head turns while walking a figure-of-eight course, and quick 90° turns on cue.
            Assessment: visual dependence and visual–vestibular mismatch sensitivity after left vestibular neuritis, with impaired postural control on foam with optic flow. FGA 22/30 (18/30 at initial evaluation); stands on foam with the striped pattern 30 s without stepping (12 s at initial evaluation).
            Plan: progress to busy visual environments (mall walking).
            Faculty co-signature: I was present throughout, directing the student, and agree with the note. — S. Lindqvist, PT, DPT
            """,
            ["H81.22"], [PT("97112", 25)], []),

        // Home-health PD visit: "Individual visit — pt and this clinician only"; NMR (amplitude stepping, backward pulls, clock turns; retropulsion; pull-test steps and turn steps) 22 min and TA (car-seat, floor recovery, basket carry; SBA; church-supper goal) 16 min: passes.
        ["vord-h25-hh-parkinson-nmr-ta"] = new(
            """
            OUTPATIENT PT VISIT — Granite Home & Community Health
            Individual visit — pt and this clinician only, no other pts scheduled.
            Vitals: BP sitting 128/76, standing 112/70 (asymptomatic)
            97112 — 22 min: large-amplitude stepping to floor targets; reactive backward steps to pulls at the pelvis; turning in a clock pattern to a 100-bpm cadence cue.
              Impairment: retropulsion and ↓ step amplitude (PD).
              Measure: pull test 3 steps (5 at SOC); 360° turn in 8 steps.
            97530 — 16 min: in/out of the car-seat simulator × 4 with a swing-legs technique; up from the floor via half-kneel × 2; carrying a laundry basket 40 ft. SBA.
              Goal: get to the church suppers with his wife driving.
            """,
            ["G20.A1"], [PT("97112", 22), PT("97530", 16)], []),

        // UK neck note: manual cervical traction, suboccipital release, C2/3 UPA Gd IV and 1st-rib caudal glide with bouts; rotation degrees before and after; blind-spot check when reversing: 97140 passes.
        ["vord-h25-uk-neck-manual"] = new(
            """
            Physio FU — C-spine — Rx 4
            S: neck pain ↓ (4/10 from 7/10); still stiff checking the blind spot when reversing.
            O/E: cervical rotation R 55°, L 70°; R C2/3 facet tender; 1st rib elevated R.
            Manual (97140), 15 mins: manual cervical traction, sustained, 3 × 30 s; suboccipital release; R C2/3 UPA Gd IV 3 × 30 s; R 1st rib caudal glide Gd III × 3.
            Post-Rx: rotation R 65°.
            """,
            ["M54.2"], [PT("97140", 15)], []),

        // Canadian OT, thumb CMC OA: MT (distraction and dorsal-radial glides with bouts, web-space release) 10 min and TE (FDI activation, opposition, clothes-peg pinch, isometrics with doses) 15 min; key pinch kgf and a maple-syrup jar goal: passes.
        ["vord-h25-canadian-ot-cmc"] = new(
            """
            OT hand — R thumb CMC OA
            97140 (10 min): CMC distraction and dorsal-radial glides, 3 × 30 s; web-space soft tissue release.
            97110 (15 min): first dorsal interosseous activation against putty 3 × 10; opposition to each fingertip × 10; lateral pinch with a clothes peg 3 × 10; isometric thumb abduction 5 × 10 s.
            R thumb CMC OA — key pinch R 3 kgf (L 6 kgf); goal: open a jar of maple syrup without pain.
            H. MacLeod, OT Reg. (N.S.), OTR/L
            """,
            ["M18.11"], [OT("97140", 10), OT("97110", 15)], []),

        // Student cardiopulmonary 97110 after CABG: stepper intervals, STS, hip abduction and heel raises, curls with doses and vitals response; aerobic capacity and LE endurance deficit; 6MWT metres: passes.
        ["vord-h25-student-cabg-te"] = new(
            """
            Merrimack University Teaching Clinic — Cardiopulmonary PT Daily Note
            Student PT (final year) with faculty in the room.
            Subjective: Mr. P is seven weeks after CABG ×3 and reports walking the dog around the block daily without chest discomfort.
            Intervention — 97110 therapeutic exercise, 25 minutes: recumbent stepper intervals at level 5 (work 60 s / recovery 60 s × 6); sit-to-stand 3 × 10 without UE support (sternal precautions); standing hip abduction and heel raises 2 × 15; biceps curls with 3 lb, arms below shoulder height, 2 × 12.
            Response: HR 78 → 112 bpm, BP 128/70 → 150/74, RPE 13/20, SpO2 ≥ 95% throughout.
            Assessment: reduced aerobic capacity and lower-extremity muscular endurance after CABG; 6MWT 390 m (320 m at initial evaluation).
            Co-signature: present for the session and agree. — N. Brennan, PT, DPT, CCS
            """,
            ["Z95.1", "Z48.812"], [PT("97110", 25)], []),

        // Home-health gait after a hip fracture: rollator → SPC, distances on level and gravel, CGA, curbs; Trendelenburg lurch; CG taught to guard; mailbox goal: 97116 passes.
        ["vord-h25-hh-gait-gravel"] = new(
            """
            OUTPATIENT PT — Granite Home & Community Health — Gait
            Skilled intervention: gait training (97116), 18 min — rollator → SPC progression; 2 × 150 ft with the SPC on level, 1 × 60 ft on the gravel path outside, CGA on gravel; curb up/down × 3 with the SPC.
            Deviations: Trendelenburg lurch L, ↓ L stance time.
            Pt/CG teaching: CG taught to guard on the L side at curbs; return demo correct.
            Goal: walk to the mailbox at the end of the gravel drive.
            """,
            ["S72.002D"], [PT("97116", 18)], []),

        // UK trimalleolar # 10/52: TE (calf raises, lunge DF stretch, alphabet, band eversion with doses) 15 min and gait re-ed (crutch → no aid, metres, SBA, stairs) 15 min; DF and calf-raise deficits; farmers'-market goal: passes.
        ["vord-h25-uk-ankle-fx-te-gait"] = new(
            """
            Harbourside — R trimalleolar # (ORIF) 10/52 — FWB since wk 6
            S: walking with one elbow crutch outdoors; ankle swells by evening.
            O/E: R DF 5° (L 15°); calf raise R 4 reps (L 20); antalgic gait, ↓ R push-off.
            Ex (97110) 15 min: calf raises off a step 3 × 10; DF stretch in lunge 3 × 30 s; seated ankle alphabet × 2; band eversion (green) 3 × 15.
            Gait re-ed (97116) 15 min: in the bars without an aid, then 3 × 40 m with 1 elbow crutch → no aid, SBA; cue heel-toe and push-off; 2 flights reciprocal with the banister.
            Goal: back to the Saturday farmers' market on foot.
            """,
            ["S82.851D"], [PT("97110", 15), PT("97116", 15)], []),

        // Home-health PTA 97110 with a supervisory visit due: knee extension, hip work, heel raises, mini-squats with doses; B LE weakness and the toilet; 30-s chair stand count: passes.
        ["vord-h25-hh-pta-te"] = new(
            """
            PTA VISIT NOTE — Granite Home & Community Health (outpatient arm)
            Supervisory visit due next week with the PT.
            Skilled intervention — 97110, 22 min: seated knee extension with a 2-lb weight 2 × 15 B; standing hip abduction/extension at the counter 2 × 10 B; heel raises 2 × 15; mini-squats 2 × 10.
            Impairment: B LE weakness (hips/knees 4-/5) — difficulty rising from the toilet without the grab bar.
            Measure: 30-s chair stand 8 (6 at SOC).
            Teaching: HEP reinforced; teach-back correct.
            """,
            ["M62.81"], [PTA("97110", 22)], []),

        // Canadian neuro physio, MS: "individual session, physio and client only"; NMR (slalom with months backwards, foam-beam tandem, kneeling catches; proprioception/coordination; T25FW) 23 min and TE (marches, DF band, bridges; hip flexor/DF weakness) 15 min: passes.
        ["vord-h25-canadian-ms-nmr-te"] = new(
            """
            Neuro physio — MS (relapsing-remitting) — individual session, physio and client only
            97112 — 23 min: stepping through a cone slalom while naming the months backwards; tandem walk on a foam beam; ball catches in high-kneeling.
              ↓ L LE proprioception and coordination, ataxic stepping under dual task. T25FW 7.9 s (9.1 s at IA).
            97110 — 15 min: standing marches with a 2-lb cuff 3 × 10; seated DF with a band 3 × 15; bridges 3 × 10.
              L hip flexor and DF weakness 4-/5.
            """,
            ["R26.89", "R27.8"], [PT("97112", 23), PT("97110", 15)], []),

        // MSOT student with fieldwork educator: TA (mail sorting into a file cabinet, 18 items, SBA) 23 min and TE (shoulder, putty, wrist with doses) 15 min; R UE weakness with grip kgf after a humerus fracture; library goal: passes.
        ["vord-h25-student-ot-ta-te"] = new(
            """
            Teaching Clinic — OT daily note — MSOT student (Level II fieldwork) with the fieldwork educator present
            97530 — 23 min: simulated mail-sorting task — sorting 18 items into a 3-drawer file cabinet from standing, reaching to the top drawer and squatting to the bottom; SBA.
            97110 — 15 min: R shoulder flexion and abduction with a 1-lb dumbbell 2 × 10; theraputty pinch 2 × 15; wrist extension 2-lb 2 × 12.
            R UE weakness (shoulder 4-/5, grip 15 kgf) after a R proximal humerus fracture; goal: back to volunteering at the library front desk.
            Co-signed: T. Abernathy, OTR/L, fieldwork educator
            """,
            ["S42.201D"], [OT("97530", 23), OT("97110", 15)], []),

        // UK patellar tendinopathy 97110: isometric wall sits, SL decline squats, tempo leg press in kg, low split-squat jumps with doses; tendon pain on loading: passes.
        ["vord-h25-uk-patellar-tendon"] = new(
            """
            Physio FU — R patellar tendinopathy (masters volleyball) — Rx 5
            97110, 20 min: isometric wall sit at 60° 5 × 45 s; SL decline-board squats R 3 × 15; leg press 3 × 8 @ 60 kg (3 s up / 3 s down); low split-squat jumps 3 × 6.
            R patellar tendon pain on loading — SL decline squat pain-free to 60° today.
            """,
            ["M76.51"], [PT("97110", 20)], []),

        // Home-health CHF 97530: energy-conservation during grocery carrying (5 lb, 50 ft × 3), bed-making with paced breathing, 12 stairs with a rest; SBA; activity tolerance with vitals; grocery and bed-making goal: passes.
        ["vord-h25-hh-chf-ta"] = new(
            """
            OUTPATIENT PT VISIT — Granite Home & Community Health — CHF
            Vitals: rest BP 118/70 · HR 76 · SpO2 95%; post HR 98 · SpO2 93%
            Skilled intervention: 97530 — 25 min — energy conservation during functional tasks: carrying a 5-lb grocery bag 50 ft × 3 with a rest on a stool between; making the bed (sheets and pillowcases) with paced breathing; climbing 12 stairs with a mid-flight rest. SBA.
            Impairment: ↓ activity tolerance, exertional dyspnoea (CHF, EF 35%).
            Goal: unload her own groceries and make the bed without stopping to sit.
            """,
            ["I50.22"], [PT("97530", 25)], []),

        // Student PT/OT co-treat, "both student teams and their faculty worked with this patient only": PT 97112 (step-stance perturbations, cord step-overs with a tray; reactive control and neglect path deviation; k of 6) 20 and OT 97530 (sandwich task with a scanning anchor; Min A; lunch goal) 20, each discipline's minutes match: passes.
        ["vord-h25-student-pt-ot-cotreat"] = new(
            """
            Teaching Clinic — PT/OT co-treatment (students with faculty)
            Both student teams and their faculty worked with this patient only; no other patients were seen during the co-treat.
            PT — 97112 — 20 min: manual perturbations in step-stance while the OT student set up the task; stepping over a cord while carrying a tray; walking through the doorway with a L-side visual anchor.
              Deficit: impaired reactive postural control and L neglect with path deviation to the R.
              Measure: bumped the L doorframe on 1 of 6 passes (4 of 6 last week).
            OT — 97530 — 20 min: making a sandwich at the counter and carrying it to the table; L visual scanning cued with a red anchor line; Min A for standing balance at the counter.
              Goal: prepare her own lunch.
            """,
            ["I69.398", "R41.4"], [PT("97112", 20), OT("97530", 20)], []),

        // UK two-code one-liner "Ex's as per sheet + functional practice. Tol well. Cont." with only "Rx 38 mins" for 97110 and 97530: wholly generic on both lines, and no minutes for each code.
        ["vord-h25-uk-generic-two-codes"] = new(
            "Physio Rx — Ex's as per sheet + functional practice. Tol well. Cont. Rx 38 mins.",
            ["M62.81"], [PT("97110", 23), PT("97530", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // Complete home-health 97110 (knee exercises with doses, quad weakness, 30-s chair stand) sent with no diagnosis on the visit.
        ["vord-h25-hh-te-no-diagnosis"] = new(
            """
            OUTPATIENT PT VISIT — Granite Home & Community Health
            97110 — 20 min: LAQ with a 3-lb cuff 2 × 15 B; step-ups onto a 6-in step 2 × 10; wall squats 2 × 10; heel raises 2 × 15.
            B quad weakness 4-/5 — stairs to the bedroom one at a time. 30-s chair stand 9 (7 at SOC).
            Teaching: HEP reviewed; teach-back correct.
            """,
            [], [PT("97110", 20)], [Dx]),

        // Complete student gait note (AFO, distances, CGA, steppage deviation, community goal) whose diagnosis cell holds an ICD-9 code (715.16): not a well-formed ICD-10-CM code.
        ["vord-h25-student-gait-icd9"] = new(
            """
            Teaching Clinic — Student PT Daily Note — faculty co-signed
            Gait training (97116), 17 minutes: over-ground gait with a straight cane and a new off-the-shelf AFO, 3 × 150 ft on level and 1 × 80 ft on the outdoor ramp, CGA on the ramp.
            Deviations: L steppage with foot slap at initial contact, ↓ L step length.
            Goal: walk the dog to the end of the street.
            Faculty co-signature: present and directing; agree. — K. Oyelaran, PT, DPT
            """,
            ["715.16"], [PT("97116", 17)], [Dx]),

        // Canadian NMR + TE note, complete in content (rocker-board and perturbation drills, JPS deficit, seconds; TE with doses and hip weakness), minutes for each code, but nothing about how the NMR was delivered: one-on-one not stated.
        ["vord-h25-canadian-nmr-te-unstated"] = new(
            """
            Physio tx record — L TKR 4/12, Reg. PT
            97112 — 22 min: rocker board A/P and M/L tilts; SLS L with perturbations at the pelvis; step-downs off 4 in with a mirror for knee alignment.
              ↓ L knee joint position sense and quad motor control — L knee wobbles in SLS. SLS L 8 s (3 s at IA).
            97110 — 15 min: side-lying hip abduction 3 × 12; bridges 3 × 12; leg press 3 × 10 @ 50 lb.
              L hip abductor and quad weakness 4-/5.
            """,
            ["Z96.652", "Z47.1"], [PT("97112", 22), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // UK manual note "Manual (97140) 20 mins" against a 12-minute line: mismatch; knee mobs Gd III with bouts and flexion degrees complete.
        ["vord-h25-uk-manual-minutes-differ"] = new(
            """
            Harbourside — L knee OA — Rx 2
            Manual (97140) 20 mins: tib-fem AP glides Gd III 3 × 30 s; long-axis distraction Gd III 3 × 30 s; patellar mobs med/lat 3 × 30 s.
            L knee flexion 102° → 110°; stiff capsular end-feel.
            """,
            ["M17.12"], [PT("97140", 12)], [At(Mismatch, "97140")]),

        // Complete Canadian OT 97530 (cutlery drawer and tea-towel folding, Mod I, L wrist weakness and a kitchen goal) whose diagnosis cell holds free text ("L wrist fracture"): not a code.
        ["vord-h25-ot-free-text-diagnosis"] = new(
            """
            OT — 97530 — 22 min
            Emptying the dishwasher into the cutlery drawer and an overhead cupboard (12 plates, 2 trips each), folding tea towels, wiping the counter with the L hand; Mod I.
            L wrist weakness and stiffness after a distal radius # (cast off 4/52) — goal: manage her own kitchen again.
            """,
            ["L wrist fracture"], [OT("97530", 22)], [Dx]),
    };


    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
