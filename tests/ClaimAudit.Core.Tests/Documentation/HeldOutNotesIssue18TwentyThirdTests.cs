using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The twenty-third held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random sample of one week's notes from three employers, in the
/// proportions a billing manager sees them — about two thirds ordinary and complete, single- and multi-code
/// visits, by PTs, PTAs, OTs and a CHT:
/// <list type="number">
/// <item>an orthopaedic and sports-medicine group whose athletic trainers co-document beside the PT ("PT
/// (lead) and ATC (assisting)", "ATC set up the stations", "AT: closed basket-weave tape", "ATC logged the
/// warm-up separately, not billed"), with Medicare-age masters athletes (pickleball, senior softball, masters
/// soccer, hurdles, swimming, alpine racing, USTA doubles, trail running), post-operative protocols with week
/// numbers (ACLR with BTB, hamstring and quad-tendon grafts, Bankart, RCR, rTSA, hip arthroscopy, TKA, MOON
/// guideline phases, crutch weaning FFWB → WBAT) and return-to-sport testing (an RTS criteria table with
/// quad and hop LSIs and a KT-1000 side-to-side difference billed as 97750, drop-jump RSI, the seated
/// single-arm shot put);</item>
/// <item>a workers'-compensation-heavy industrial rehabilitation practice (claim numbers, employers,
/// adjusters and case managers, "claimant", "injured workers", physical-demand categories, job-demand grids
/// with "Job requires / Today" columns and a force gauge, PILE-style lift progressions, the Valpar 9 work
/// sample, the Bennett Hand-Tool Test, Jamar five-position grip, tripod and golfer's lifts, pallet jacks,
/// forklift mounts, tire carts, duct hanging, drywall, roof pitch, a utility lineman, a meat cutter, a
/// plumber under a sink, a data-entry clerk after carpal-tunnel release);</item>
/// <item>Medicare Part B long-term-care residents seen in a skilled-nursing facility's therapy gym, in
/// MDS-style wording ("Tx mode: INDIVIDUAL (not concurrent, not group)", "Service mode: Individual ■
/// Concurrent □", "Mode: ◻ Individual ◼ Concurrent", "Part B start of care") with restorative hand-offs (a
/// functional maintenance program set up for restorative nursing, a "Hand to RNP? (Y/N)" column, an RNA
/// learning carry-over for walk-to-dine, a heel-prop and splint schedule), OmniVR modules, the Modified
/// Barthel Index and the Short Physical Performance Battery.</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together (up to three in a visit), beside timed but
/// unprofiled 97750 and untimed 97016. Each note's DOC_* findings were judged by hand as a payer reviewer
/// applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h23-…): one-on-one in these writers' words ("PT (lead) and ATC (assisting) both working
/// with this athlete only", "Tx mode: INDIVIDUAL", "PT hands-on with the claimant for the full re-ed portion;
/// no other clients on the floor", "RNA attended to learn carry-over … PT with this resident only", "Solo
/// appointment — athlete and PT only"), notes that negate it (the ATC running the drills while the PT did a
/// re-eval, an MDS-style concurrent pair at the hallway rail, a return-to-run small group, a work-conditioning
/// circuit with the PT floating) or never state it (a Bankart protocol note), and a 97530 on a shared
/// work-sim floor, which has no one-on-one check;</item>
/// <item>class 2 (v2-h23-…): template states: filled and empty squares (■ / □, ◼ / ◻) for the MDS mode, a
/// JSON-like export with <c>"individual": true</c>, technique rows all "n/p" with the impairment and objective
/// rows "—", a job-demand grid, an impairment screen answered N throughout, an assistance radio row of "○"
/// never chosen, an RTS criteria table with ✓ / ✗, "One patient / one clinician this session? Y ☐ N ☑", a
/// restorative "Hand to RNP? (Y/N)" column that is not about attendance;</item>
/// <item>class 3 (v3-h23-…): named programmes and protocols as techniques (an Interval Throwing Program, the
/// MOON ACL guideline, tripod and golfer's lifts, the Valpar 9 work sample, OmniVR modules, a Functional
/// Maintenance Program, the Rio isometric protocol, dynamic cupping, Delfi BFR at % LOP), one Knee Control
/// (Knäkontroll) 97112 with no number and one work-conditioning circuit 97110 with no target;</item>
/// <item>class 4 (v4-h23-…): deficits stated as findings (empty-can and Speed's tests, FADIR with hip IR,
/// a positive slump with SLR angles, absent vibration on a 128-Hz tuning fork with great-toe position sense,
/// Cozen's test with pain-free grip, scapular dyskinesis with the lateral scapular slide, a festinating gait)
/// and notes that state none (a roofer's 97112 whose only target is a roof-pitch goal; a gait note with
/// "Gait deviations: none today. Goal: —"; a 97110 with "Deficits: Ø");</item>
/// <item>class 5 (v5-h23-…): measures in their usual forms (a PILE-style lift endpoint, Jamar five-position
/// grip, the Modified Barthel Index, the Short Physical Performance Battery, drop-jump RSI, the seated
/// single-arm shot put, the Bennett Hand-Tool Test) and notes with none (the ankle "feels more solid", "did
/// more lifts than Monday", a contracture stretch with no dose);</item>
/// <item>class 6 (v6-h23-…): minutes in their usual forms ("97530 [23 min]", "Min/Code: 23/97112 · 15/97116",
/// "97530 ×2 (30 min)", a coded 97016 beside one timed code), true mismatches (a single 97110 at 30 against 20,
/// a work-simulation 45 against 30, the OT half of a co-treat on the same code, a "Tx time" header against
/// one gait line) and truly missing separate time (units only, a timed total "together");</item>
/// <item>class 7 (v7-h23-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on 97750 or 97016; CR/LF and spaces only), and the contract's meanings of technique,
/// deficit and measure for 97110 (degrees as its only number; wholly generic), 97530 (a job demand as its
/// goal), 97140 (thrust and rib glides with a grade), 97116 (a walk-to-dine goal as its only target; no
/// number) and a wholly generic 97112;</item>
/// <item>ordinary (vord-h23-…): complete notes of all three employers across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a protocol 97110 and a
/// work-programme 97530 that are wholly generic, a missing and an ICD-9 diagnosis, an SNF NMR + gait note that
/// never says one-on-one, a gym note with generic words only, a total-only TE + MT note.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least eight minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. Cases a careful reviewer could
/// argue either way under the contract were left out: a content gap in one section of a multi-code note
/// (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note lacks the thing),
/// generic phrases beside a deficit or a measure without a technique, minutes of an activity or of a
/// tolerance inside a note, uncoded minutes of untimed care, self-rated scores or vitals as the only number,
/// diagnosis codes without their dot or of three characters, minute ranges and approximate minutes, an
/// orthopaedic sign as the only "deficit" of a 97112, and MDS mode rows with zero minutes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 88 of 103 cases agree (101 needed), and 11 of the 65 notes the reviewer passes got a finding, on the
/// analyzer of b6f19b9 (the start of 2026-12-04's night session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 90 of 103, 9 false positives, at its first run on the analyzer after the twentieth and twenty-first sets and
/// their review (be1cbf7), written before this set was read: the held-out figure.
/// Then development data: "PT alone w/ him", "PT and claimant only in the gym", "PT dedicated to this resident", "vibration
/// absent", technique rows answered "n/p", "Min/Code: 23/97112", "strengthening and conditioning" no longer read as a goal,
/// "↓ lumbopelvic NM control", work-simulation and workbench tasks.
/// Worked through: 102 of 103, no false positive (left: "2 × 20" with a multiplication sign is not read as sets and
/// repetitions; reading it would change the stored fingerprints of notes that use it).
/// </para>
/// </summary>
public class HeldOutNotesIssue18TwentyThirdTests(ITestOutputHelper output)
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

        // Sports group, AT co-documenting: "PT (lead) and ATC (assisting) both working with this athlete only; nobody else on the turf" is one-on-one (two staff, one patient); BOSU/slant-board perturbations; peroneal reaction and JPS; seconds and hops: passes.
        ["v1-h23-pt-and-atc-athlete-only"] = new(
            """
            Sports Med Rehab — PT daily, AT co-documenting
            97112 NMR — 22 min. PT (lead) and ATC (assisting) both working with this athlete only; nobody else on the turf during the re-ed block.
              • lateral shuffle-and-stick to cones
              • SL stance on the flat side of a BOSU w/ med-ball catches from the ATC
              • SL stance on a slant board w/ band perturbations at the shank
            L ankle: delayed peroneal reaction + ↓ joint position sense after a 3rd inversion sprain (pickleball, age 68).
            Obj: SL stance BOSU L 18 s (7 s last wk); side-hop test L 22 hops vs R 31.
            AT: closed basket-weave tape L ankle before the session. — D. Okafor, LAT, ATC
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // "ATC ran the drill block while I finished a post-op re-eval in bay 3": the PT was with another patient, not one-on-one; drop-step/bound-and-hold drills, dynamic valgus and quad control, k of 10 present.
        ["v1-h23-atc-ran-drills-during-reeval"] = new(
            """
            97112 — 20 min — R knee, ACLR (BTB autograft) wk 14, 66 y/o ski patroller
            Drop-step to stick on a foam pad; lateral bound-and-hold; SL mini-squat w/ band pull at the knee for reactive valgus correction.
            ATC ran the drill block while I finished a post-op re-eval in bay 3; I checked his landings twice.
            R dynamic knee valgus + poor quad motor control on landing.
            Landings w/o valgus 7/10 (4/10 at wk 12).
            """,
            ["S83.511D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // SNF Part B resident, MDS-style header "Tx mode: INDIVIDUAL (not concurrent, not group)" is one-on-one; bar weight shifts/step-taps/foam STS; L hemiparesis with poor weight acceptance; Berg and stance seconds: passes.
        ["v1-h23-snf-mode-individual-caps"] = new(
            """
            Resident: Rm 214-B (long-term care, Part B)   Discipline: PT   Tx mode: INDIVIDUAL (not concurrent, not group)
            97112 Neuromuscular re-ed … 23 min
            Resident transported to the therapy gym in w/c. Standing weight shifts in the parallel bars w/ tactile cue at the L greater trochanter; forward step-taps to targets w/ R LE to load L stance; sit ↔ stand from the mat onto a foam pad.
            Impairment: L hemiparesis (old R MCA stroke) — poor L LE weight acceptance + delayed postural responses, leans R.
            Berg 31/56 (26/56 at Part B start of care); L single-limb stance in bars 4 s.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // PTA's "Concurrent tx: this resident and another Part B resident … PTA cued each in turn": not one-on-one; Airex marching/reaching, posterior LOB and ankle strategy, functional reach inches present.
        ["v1-h23-snf-concurrent-two-residents"] = new(
            """
            PTA daily — Part B (LTC) — 97112 Neuro re-ed 20 min
            Concurrent tx: this resident and another Part B resident from 2 North at the hallway rail; PTA cued each in turn.
            Marching in place on Airex at the rail, side-stepping w/ one hand on the rail, reaching outside BOS to cones at knee height.
            Posterior LOB when reaching — ↓ anterior weight shift / ankle strategy.
            Functional reach 6 in (4 in last wk).
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // Industrial rehab: "PT hands-on with the claimant for the full re-ed portion; no other clients on the floor" is one-on-one; multifidus/perturbed hinge with PBU numbers, and a work-sim 97530 with loads and an RTW goal; 25 and 23 match: passes.
        ["v1-h23-claimant-no-other-clients-on-floor"] = new(
            """
            Industrial Rehab — Daily Note — Claim WC-25-40771 — Employer: Midstate Distribution
            Job: order selector (lift/carry up to 50 lb frequently)
            97112 neuromuscular re-ed (25 min) — PT hands-on with the claimant for the full re-ed portion; no other clients on the floor.
              Multifidus activation in prone w/ tactile cueing at L4–5; quadruped rocking w/ dowel on spine; hip hinge w/ dowel + PT perturbations at the pelvis.
              ↓ lumbar segmental motor control / late TrA recruitment (PBU pressure drops during leg loading).
              PBU prone test: 4 mmHg reduction held 10 s × 6 (2 mmHg × 3 at IE).
            97530 work simulation (23 min)
              Pallet-jack push/pull 60 ft × 6; floor → waist case lifts 30 lb × 10 w/ hip hinge; cases from a low slot to a top pallet layer 20 lb × 8.
              Goal: RTW full duty as order selector.
            """,
            ["S39.012D", "M54.50"], [PT("97112", 25), PT("97530", 23)], []),

        // Bankart protocol note, complete (rhythmic stabilization/ball-on-wall, GH dynamic stability and position sense, JPS degrees) but nothing says how the session was delivered: one-on-one not stated.
        ["v1-h23-bankart-unstated"] = new(
            """
            R shoulder — arthroscopic Bankart repair, POW 16 — masters swimmer (Medicare)
            NMR 97112 · 20 min
            - rhythmic stabilization in supine at 90° elevation and at 90/90 ER, PT-applied multidirectional perturbations
            - quadruped weight shifts w/ R hand on a physioball; ball-on-wall circles at 90°
            - R GH dynamic stability / position-sense deficit (apprehension at end-range ER)
            - JPS active repositioning error at 75° ER: 6° (11° at POW 12)
            """,
            ["S43.014D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // "Small-group format: pt + 3 other post-op runners, one PT leading": not one-on-one; skater bounds/hop-and-hold/reactive cone taps, NM control with pelvic drop, k of 10 present.
        ["v1-h23-return-to-run-small-group"] = new(
            """
            Return-to-Run clinic — Thurs AM — 97112 — 25 min
            Small-group format: pt + 3 other post-op runners, one PT leading, ATC helping set up cones.
            Skater bounds to stick, SL hop-and-hold on foam, reactive cone taps to called colors.
            L hip/knee NM control deficit: contralateral pelvic drop + knee valgus on SL landing (L hip arthroscopy 5 mo, masters 5K runner).
            SL squat L: pelvic drop on 3/10 reps (6/10 last visit).
            """,
            ["S73.192D"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Restorative hand-off: the RNA watched to learn carry-over, "PT with this resident only, hands-on throughout" is one-on-one; stepping-strategy drills and tandem; retropulsion in PD; pull-test steps and tandem seconds: passes.
        ["v1-h23-rna-observing-pt-with-resident-only"] = new(
            """
            Part B LTC — PT — 97112 — 20 min
            Restorative nursing aide attended to learn carry-over for the walk-to-dine program; PT with this resident only, hands-on throughout.
            Backward and lateral stepping-strategy drills w/ pelvic taps; tandem stance at the counter; head turns while standing on the gym's compliant mat.
            Impaired stepping reactions → retropulsion when backing up to sit (PD, H&Y 3).
            Pull test: 4 steps to recover (6 last wk); tandem at counter 8 s.
            """,
            ["G20.A1", "Z91.81"], [PT("97112", 20)], []),

        // Work-conditioning "circuit w/ 2 other injured workers; PT floating between stations": not one-on-one; ladder-rung stepping, loaded plank walk, overhead reach on foam; postural control after a scaffold fall; k of 5 present.
        ["v1-h23-work-circuit-pt-floating"] = new(
            """
            Work conditioning floor — 97112 — 23 min
            Circuit w/ 2 other injured workers; PT floating between stations.
            Stations: stepping between the rungs of a floor ladder w/ head turns; walking a 2 × 6 plank carrying a 25-lb tote; SL stance on foam reaching overhead to a shelf.
            ↓ postural control on narrow/elevated surfaces since fall from scaffold (L ankle ORIF, mild concussion).
            Plank walk 12 ft w/o step-off 4/5 trials.
            """,
            ["S82.62XD", "S06.0X0D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Work hardening 97530 on a shared work-sim floor with two other clients: 97530 has no one-on-one check; overhead bolting, stepladder climbs, tool-bag stair carries with loads; R shoulder after RCR and an electrician goal: passes.
        ["v1-h23-97530-shared-work-floor"] = new(
            """
            Work Hardening — Wk 3 — 97530 — 25 min
            Shared work-sim floor (2 other clients on their own programs).
            Overhead bolting at the work-sim wall (nut-and-bolt board at 72 in) 3 × 10 bolts; 6-ft stepladder climbs × 8 carrying a 10-lb bucket; 25-lb tool bag up 12 steps × 4.
            R shoulder s/p RCR 6 mo — overhead endurance + elevation strength deficit.
            Goal: return to journeyman electrician duties (overhead conduit runs).
            """,
            ["S46.011D"], [PT("97530", 25)], []),

        // "Solo appointment — athlete and PT only in the rehab room" is one-on-one; NMR (lumbopelvic drills, motor-control deficit, bridge-hold seconds) and TE (Nordic lowering etc., hamstring strength, HHD kg); 20 and 15 match: passes.
        ["v1-h23-solo-appointment-hamstring"] = new(
            """
            Ortho & Sports — masters hurdler (Medicare), R hamstring strain gr II, wk 5
            Solo appointment — athlete and PT only in the rehab room.
            NMR 97112 (20 min): lumbopelvic control drills — SL bridge w/ march on a foam roller, split-stance band perturbations, A-march to stick.
              Deficit: ↓ lumbopelvic/hip motor control (anterior pelvic tilt in late swing).
              SL bridge hold R 24 s (13 s at wk 3).
            TE 97110 (15 min): band-assisted Nordic lowering 3 × 5, long-lever bridge 3 × 10, isometric HS at 30° knee flexion on a box 4 × 30 s R.
              R hamstring strength deficit — HHD knee flexion R 21 kg / L 27 kg.
            """,
            ["S76.311D"], [PT("97112", 20), PT("97110", 15)], []),

        // ---------------------------------------------------------------- class 2: grids, check marks and Y/N fields

        // "Service mode: Individual ■ Concurrent □ Group □ Co-treat □": the filled square is the choice, one-on-one; NMR (sensory reweighting, somatosensory deficit, Romberg seconds) and gait (RW, distances, CGA, flexed trunk); 20 and 15 match: passes.
        ["v2-h23-filled-square-individual"] = new(
            """
            Therapy Encounter — PT — Part B (LTC)
            Service mode:  Individual ■   Concurrent □   Group □   Co-treat □
            97112  NMR    20 min
            97116  Gait   15 min
            NMR: reaching in sitting → standing on a compliant cushion; stepping over a 4-in obstacle w/ R then L lead; standing eyes closed at the bars for sensory reweighting.
              Deficit: ↓ somatosensory use (diabetic neuropathy B feet), over-reliant on vision.
              Romberg EC 9 s (4 s at Part B start).
            Gait: RW, 2 × 120 ft in the hall + 40 ft turning into the dining room, CGA; cues to keep the walker close and correct the forward-flexed trunk.
            """,
            ["E11.42", "R26.81"], [PT("97112", 20), PT("97116", 15)], []),

        // "Mode: ◻ Individual ◼ Concurrent ◻ Group": the filled square is on Concurrent, not one-on-one; foam reaching/EC STS/tandem with head turns, vestibular sensory-integration deficit, tandem seconds present.
        ["v2-h23-filled-square-concurrent"] = new(
            """
            Therapy Daily Encounter — PT
            Mode:  ◻ Individual   ◼ Concurrent   ◻ Group
            97112 NMR — 23 min
            Lateral weight shifts w/ reaching on a foam cushion at the mat edge; sit-to-stand w/ eyes closed; tandem stance at the counter w/ head turns.
            Impaired sensory integration w/ B vestibular loss — sway ↑ when vision removed.
            Tandem at counter EC 5 s (2 s at SOC).
            """,
            ["H81.393", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // JSON-like export line with "mins": 23 and "individual": true, "concurrent": false: one-on-one stated and the minutes match; half-kneel perturbations/wobble board/EC tandem; vestibulospinal postural control after a dock fall; seconds and steps: passes.
        ["v2-h23-json-individual-true"] = new(
            """
            {"visit": "6 of 12", "code": "97112", "mins": 23, "individual": true, "concurrent": false}
            Re-ed: PT perturbations in half-kneel; SL stance on a wobble board w/ cervical rotation; tandem gait EC along a 10-ft tape line.
            Target: ↓ proprioceptive / vestibulospinal postural control after a fall from a loading dock (WC claim).
            Wobble board SL R 14 s (6 s at IE); tandem EC 7 steps w/o step-out.
            """,
            ["S06.0X0D", "R26.81"], [PT("97112", 23)], []),

        // Technique rows all "n/p" (legend: not performed), impairment and objective rows "—", only "balance activities per POC, tol well": nothing named, generic only, no deficit, no number; one-on-one is ticked.
        ["v2-h23-technique-rows-np-generic"] = new(
            """
            NMR (97112) — 20 min — One-on-one ✓
            Technique (n/p = not performed)      Today
              PNF / rhythmic stabilization ..... n/p
              Perturbation ..................... n/p
              Gaze / VOR ....................... n/p
              Compliant surface ................ n/p
            Impairments addressed: —
            Objective: —
            Comment: balance activities per POC, tol well, cont.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // Job-demand grid ("Job requires" vs "Today") with lifts, carry, cart push on a force gauge and sustained squats, loads and reps filled in; lumbar strain with a full-duty goal: 97530 passes.
        ["v2-h23-job-demand-grid"] = new(
            """
            Work Sim (97530) — 30 min — Day 6/15 — Claim # WC-24-118306
            Job: tire technician (medium PDC)
            Demand                      | Job requires       | Today
            Floor → waist lift          | 60 lb occasional   | 45 lb × 8, hip hinge, no cues
            Waist → shoulder lift       | 35 lb occasional   | 30 lb × 8
            Bilateral carry             | 50 lb × 50 ft      | 40 lb × 4 laps of 50 ft
            Push (tire cart)            | 70 lb force        | 58 lb on force gauge
            Sustained squat (lug nuts)  | frequent           | 5 × 45 s, 1 rest
            L lumbar strain w/ L5 radicular sx — goal: full duty.
            """,
            ["S39.012D", "M54.16"], [PT("97530", 30)], []),

        // "Impairment screen today — Proprioception: N Vestibular: N Postural control: N Coordination: N" and no deficit anywhere else; "Individual: Y", rocker/perturbation/tandem and Berg present: only the deficit is missing.
        ["v2-h23-impairment-screen-all-n"] = new(
            """
            Neuro Re-ed 97112 · 22 min · Individual: Y
            Impairment screen today —  Proprioception: N   Vestibular: N   Postural control: N   Coordination: N
            Performed: rocker board A/P tilts; PT perturbations at the pelvis in stride stance; tandem walking on the hallway line.
            Berg 44/56.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // OT 97530 with the assistance radio row "○ I ○ S ○ CGA ○ Min ○ Mod ○ Max ○ Dep" never chosen and no count, distance or other number; toileting tasks, a deficit and a goal present: only the measure is missing.
        ["v2-h23-assist-radio-blank"] = new(
            """
            OT — Part B resident — 97530 Ther activity — 23 min
            Toilet transfer to a raised seat w/ grab bar, clothing management in standing, hand hygiene at the sink in standing.
            Level of assist:  ○ I  ○ S  ○ CGA  ○ Min  ○ Mod  ○ Max  ○ Dep
            Deficit: ↓ standing balance + L hand weakness.
            Goal: toilet herself at night without calling for staff.
            """,
            ["M62.81", "R26.89"], [OT("97530", 23)], [At(Measure, "97530")]),

        // RTS criteria table (quad/hop LSIs, KT-1000, ✓/✗) billed as timed unprofiled 97750 with its minutes, beside a 97110 with exercises, loads and a quad deficit; 30 and 15 match: passes.
        ["v2-h23-rts-criteria-table"] = new(
            """
            RTS testing — L ACLR (hamstring autograft) mo 9 — masters soccer (Medicare)
            97750 Physical performance test — 30 min (criteria below)
            97110 Ther ex — 15 min: SL leg press 3 × 8 @ 70 lb L, reverse Nordic on a pad 3 × 6, lateral step-down off 6 in 3 × 10 L — L quad strength deficit.
            RTS criterion        | Cut-off  | Today  | Met
            Quad LSI (HHD)       | ≥ 90%    | 84%    | ✗
            Single hop LSI       | ≥ 90%    | 93%    | ✓
            Crossover hop LSI    | ≥ 90%    | 88%    | ✗
            KT-1000 side-to-side | ≤ 3 mm   | 2 mm   | ✓
            Not cleared; retest in 4 wk.
            """,
            ["S83.512D"], [PT("97750", 30), PT("97110", 15)], []),

        // "One patient / one clinician this session? Y ☐ N ☑ (PT also supervising a pt in bay 2)": not one-on-one; rhythmic stabilization after rTSA, deltoid recruitment and position sense, JPS degrees present.
        ["v2-h23-one-clinician-n-ticked"] = new(
            """
            Daily note — R reverse TSA, wk 12
            One patient / one clinician this session?   Y ☐   N ☑   (PT also supervising a pt in bay 2)
            97112 NMR — 15 min: rhythmic stabilization at 90° elevation in supine; wall ball circles; quadruped weight shifts onto the R UE.
            ↓ R deltoid motor recruitment + ↓ GH position sense.
            Active JPS error at 90° flexion 9° (14° at wk 8).
            """,
            ["Z96.611", "Z47.1"], [PT("97112", 15)], [At(OneOnOne, "97112")]),

        // Restorative "Hand to RNP? (Y/N)" column (an N for mini-squats) is about the hand-off, not attendance or content; exercises with doses and B hip/quad weakness with a dining-chair goal: 97110 passes.
        ["v2-h23-rnp-handoff-column"] = new(
            """
            PT — 97110 Ther ex — 18 min — Part B resident, LTC wing
            Exercise (done today w/ PT)     | Dose         | Hand to RNP? (Y/N)
            Seated LAQ w/ 2-lb cuff         | 2 × 12 B     | Y
            Standing hip abd at the rail    | 2 × 10 B     | Y
            Mini-squats at the rail         | 2 × 8        | N (needs skilled cueing for knee valgus)
            Heel raises at the rail         | 2 × 15       | Y
            B hip abductor + quad weakness (3+/5) limiting sit ↔ stand from the dining chair.
            """,
            ["M62.81"], [PT("97110", 18)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // Interval Throwing Program phase 1 (throw counts, distance, effort) and windmill mechanics for a senior softball pitcher's R elbow UCL sprain with a league goal: 97530 passes.
        ["v3-h23-interval-throwing-softball"] = new(
            """
            Senior softball pitcher (67), R elbow UCL sprain — 97530 — 25 min
            Interval Throwing Program (ITP) phase 1 @ 45 ft: 2 sets × 25 throws at 50% effort w/ crow-hop step-in; then underhand windmill mechanics at 30 ft × 15 w/ PT video cueing on stride length.
            Medial elbow pain w/ valgus load at release; goal: pitch a full Tuesday-league game.
            """,
            ["S53.441D"], [PT("97530", 25)], []),

        // MOON ACL guideline phase 3 exercises with loads and sets, L quad weakness and flexion range, a doubles goal: 97110 passes.
        ["v3-h23-moon-guideline-phase-3"] = new(
            """
            L ACLR (quad-tendon autograft) — wk 10 — MOON guideline phase 3
            97110 · 23 min: SL box squat to an 18-in box 3 × 10; SL RDL w/ 15-lb KB 3 × 8; leg press 0–90° 3 × 12 @ 90 lb; lateral band walks 3 × 15 ft.
            L quad weakness + knee flexion end-range limit (AROM 0–128°).
            Goal: back on the doubles court by summer.
            """,
            ["S83.512D"], [PT("97110", 23)], []),

        // Tripod and golfer's lifts and a staggered-stance cart push with loads and reps; lumbar strain with an assembly-line lifting goal: 97530 passes.
        ["v3-h23-tripod-and-golfers-lift"] = new(
            """
            WC — body-mechanics / lift retraining — 97530 — 20 min
            Tripod lift (half-kneel) of a 30-lb case from the floor × 8; golfer's lift for 2-lb parts from a low bin × 15; staggered-stance push of a 150-lb loaded cart 40 ft × 4.
            L lumbar strain w/ flexion-provoked pain — goal: return to parts handler on the assembly line (lift 35 lb from floor).
            """,
            ["S39.012D"], [PT("97530", 20)], []),

        // Valpar 9 Whole Body Range of Motion work sample timed in seconds plus shelf stocking with loads; kneeling/overhead limits after contusions and a stocking goal: 97530 passes.
        ["v3-h23-valpar-9-whole-body-rom"] = new(
            """
            Work Hardening — Day 5 of 20 — stock clerk, L shoulder + L knee contusions (fall from ladder)
            97530 — 30 min
            Valpar 9 (Whole Body Range of Motion) work sample: nut-and-bolt plate assembly/disassembly at overhead, shoulder, waist, knee and floor heights, 2 trials — 312 s → 268 s.
            Shelf-stocking sim: 12 cases of 15 lb from a floor pallet to a 60-in shelf.
            ↓ kneeling + overhead reaching tolerance on the L; goal: full stocking duties.
            """,
            ["S40.012D", "S80.02XD"], [PT("97530", 30)], []),

        // OmniVR weight-shift and reach modules and obstacle stepping, "PTA with this resident only (individual)"; lateral limits of stability and stepping response after stroke; targets k of 40: passes.
        ["v3-h23-omnivr-reach-modules"] = new(
            """
            SNF therapy gym — Part B — PTA
            97112 — 20 min — PTA with this resident only (individual)
            OmniVR standing modules: lateral weight-shift game + reach-to-target game on the camera system, CGA w/ gait belt; then stepping over a foam roll w/ R and L lead.
            ↓ lateral limits of stability toward L + delayed L stepping response (R CVA).
            Targets hit 31/40 (22/40 last wk).
            """,
            ["I69.354"], [PTA("97112", 20)], []),

        // Functional Maintenance Program set up for restorative nursing: exercises performed with doses, the skilled need and B quad weakness stated, staff trained: 97110 passes.
        ["v3-h23-functional-maintenance-program"] = new(
            """
            PT — Part B — Functional Maintenance Program (FMP) established for restorative nursing
            97110 — 15 min
            Designed and performed w/ resident: seated hip-flexion marching 2 × 15, LAQ w/ 1-lb cuff 2 × 12 B, sit ↔ stand from w/c w/ armrests 2 × 5, standing heel raises at the rail 2 × 10.
            Skilled need: sequencing + hand placement unsafe w/o cueing; B quad weakness (3/5) — the program keeps her able to stand for pivot transfers.
            CNA/RNA trained; return demo correct on 2 of 4 exercises, recheck next visit.
            """,
            ["M62.81", "R26.89"], [PT("97110", 15)], []),

        // Rio isometric protocol (holds at 60° with sets and seconds) plus decline SL squats and hip thrusts; R inferior-pole patellar tendon pain: 97110 passes.
        ["v3-h23-rio-isometric-protocol"] = new(
            """
            R patellar tendinopathy — masters volleyball (64) — 97110 15 min
            Rio isometric protocol: knee-extension machine holds at 60° flexion 5 × 45 s (heavy, ~70% MVC); decline-board SL squat 3 × 12 w/ slow lowering; hip thrust 3 × 10 @ 45 lb.
            Pain at the R inferior pole w/ loaded knee flexion; VISA-P 58/100.
            """,
            ["M76.51"], [PT("97110", 15)], []),

        // Dynamic cupping along the R ITB/vastus lateralis with passes and STM to the TFL; modified Ober degrees: 97140 passes.
        ["v3-h23-dynamic-cupping-itb"] = new(
            """
            R lateral knee pain (ITB friction) — masters cyclist
            97140 · 10 min: dynamic cupping (silicone cups) along the R ITB and vastus lateralis during active knee flexion/extension, 3 passes; STM R TFL.
            Modified Ober R: hip adduction to 0° (−10° last wk).
            """,
            ["M76.31"], [PT("97140", 10)], []),

        // Knee Control (Knäkontroll) programme, one-on-one, with a named NM-control deficit, but not one number anywhere ("feels steadier"): only the measure is missing.
        ["v3-h23-knee-control-no-number"] = new(
            """
            Knee Control (Knäkontroll) programme — 97112, one-on-one with PT
            SL squat w/ mirror feedback; partner-push perturbations in SL stance; two-leg landing to stick w/ knees-over-toes cue.
            Dynamic knee valgus / poor NM control of the L knee on landing.
            Pt says the knee feels steadier. Progress next visit.
            """,
            ["M22.2X2"], [PT("97112", 20)], [At(Measure, "97112")]),

        // WC conditioning circuit (rower metres, farmer carries, sled push, block deadlifts with loads) with no region, impairment or goal anywhere: only the deficit is missing.
        ["v3-h23-conditioning-circuit-no-target"] = new(
            """
            97110 — 25 min — WC conditioning circuit, level 2
            Rowing ergometer 1000 m; farmer carries 2 × 40 lb × 100 ft; sled push 90 lb × 4 lengths; deadlift from 12-in blocks 85 lb 3 × 8.
            Client on time, no complaints.
            """,
            ["S39.012D"], [PT("97110", 25)], [At(Deficit, "97110")]),

        // Delfi BFR at 80 % LOP with 30-15-15-15 schemes and loads after R TKA; quad weakness with HHD kg: 97110 passes.
        ["v3-h23-bfr-delfi"] = new(
            """
            R TKA 10 wk — 97110 — 20 min
            BFR (Delfi PTS, 80% LOP on R thigh): leg press 30-15-15-15 @ 40 lb; knee extension 30-15-15-15 @ 10 lb; then SL sit-to-stand from 20 in 3 × 8 without cuff.
            R quad weakness — HHD knee ext R 14 kg / L 23 kg.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 20)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // "+ empty can R (pain, 4-/5), + Speed's R, painful scaption above 90°" is the impairment; cuff/scapular exercises with loads and sets: 97110 passes.
        ["v4-h23-empty-can-speeds"] = new(
            """
            Findings: + empty can R (pain, 4-/5), + Speed's R, painful scaption above 90°.
            97110 18 min: sidelying ER w/ 3-lb DB 3 × 12; prone horizontal abduction (T) 3 × 10; red band rows 3 × 15; scaption to 90° w/ 2 lb 2 × 12.
            """,
            ["M75.41"], [PT("97110", 18)], []),

        // FADIR positive on the L with an IR deficit after hip arthroscopy is the finding; rock-backs, cuff-weight abduction, stretch and bridges with doses: 97110 passes.
        ["v4-h23-fadir-hip-scope"] = new(
            """
            L hip arthroscopy (labral repair + cam osteoplasty), wk 9
            O: FADIR + L (anterior groin pain); hip IR L 15° vs R 32°.
            97110 · 20 min: quadruped rock-backs 2 × 15; sidelying hip abduction w/ 2-lb cuff 3 × 12; half-kneel hip-flexor stretch 3 × 30 s; banded bridges 3 × 12.
            """,
            ["S73.192D"], [PT("97110", 20)], []),

        // Claimant's neuro screen (slump + L reproducing calf symptoms, SLR 45° vs 75°) is the impairment; sciatic sliders, press-ups and TrA work with doses: 97110 passes.
        ["v4-h23-slump-positive-claimant"] = new(
            """
            Claimant — L5 radiculopathy (lifting injury at the bottling plant)
            Neuro screen: slump + L (reproduces L posterior calf sx at −20° knee ext); SLR L 45° / R 75°; crossed SLR neg.
            97110 (15 min): seated sciatic nerve sliders L 3 × 10, prone press-ups 2 × 10, hook-lying TrA w/ march 3 × 10.
            """,
            ["M54.16", "M51.26"], [PT("97110", 15)], []),

        // Absent vibration at the great toes on a 128-Hz tuning fork and 0/5 great-toe position sense are the somatosensory deficit; dense-foam EO/EC stance, rail tandem, narrow walking; "PT dedicated to this resident throughout"; Berg and tandem seconds: passes.
        ["v4-h23-tuning-fork-vibration-absent"] = new(
            """
            Part B resident — PT — NMR 97112 · 20 min · PT dedicated to this resident throughout the re-ed
            Findings: 128-Hz tuning fork — vibration absent at B great toes, present at the knees; great-toe position sense 0/5 B.
            Stance on the gym's dense foam w/ eyes open ↔ closed; tandem along the rail; narrow walking between two lines of tape.
            Berg 40/56; tandem EO 12 s.
            """,
            ["E11.42"], [PT("97112", 20)], []),

        // Roofer's 97112 whose only target is a goal (back on a 6/12-pitch roof) — no neuromuscular deficit or system named; one-on-one, techniques and numbers present: deficit missing.
        ["v4-h23-roof-goal-only-97112"] = new(
            """
            WC — roofer — 97112 — 20 min — seen by PT one-on-one
            Tandem walking on a 2 × 6 laid on the floor; SL stance on a slant board set to roof pitch; PT pushes at the pelvis while he holds a 15-lb shingle bundle.
            Goal: back on a 6/12-pitch roof carrying bundles.
            Slant-board SL stance 25 s each side; tandem 20 ft w/o step-off 5/5.
            """,
            ["S93.401D"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Gait with an SPC over surfaces with distances and mod I, but "Gait deviations: none today. Goal: —" and no region or impairment anywhere: deficit missing.
        ["v4-h23-gait-deviations-none"] = new(
            """
            97116 Gait trng — 15 min
            SPC on tile, carpet and the ramp to the courtyard, 3 × 150 ft, mod I.
            Gait deviations: none today.   Goal: —
            """,
            ["R26.89"], [PT("97116", 15)], [At(Deficit, "97116")]),

        // Cozen's positive on the R with pain-free grip 18 vs 41 kg is the finding (wrench work); eccentric wrist extension, hammer rotation and isometrics with doses: 97110 passes.
        ["v4-h23-cozen-positive-wrench"] = new(
            """
            R lateral elbow — wrench work at the auto plant (WC)
            Cozen's + R; pain-free grip R 18 kg vs L 41 kg.
            97110 — 15 min: eccentric wrist extension w/ 3-lb DB 3 × 15; hammer sup/pronation 2 × 15; isometric wrist ext at 30° 5 × 45 s.
            """,
            ["M77.11"], [PT("97110", 15)], []),

        // Scapular dyskinesis with ↓ scapular motor control and a lateral-scapular-slide asymmetry in cm is the finding; scapular clock, ball-on-wall rhythmic stabilization, perturbed push-up plus; "PT alone w/ him in the shoulder room": passes.
        ["v4-h23-scapular-dyskinesis-slide"] = new(
            """
            97112 · 20 min · PT alone w/ him in the shoulder room
            Finding: R scapular dyskinesis (medial-border prominence on loaded flexion) — ↓ scapular motor control; lateral scapular slide asymmetry 1.8 cm at 90° abd (2.6 cm at IE).
            Scapular clock w/ tactile cue to lower trap; closed-chain ball-on-wall rhythmic stabilization at 90°; quadruped push-up plus w/ PT perturbations.
            """,
            ["M75.41"], [PT("97112", 20)], []),

        // A festinating gait with short steps, flexed trunk, reduced heel strike and doorway freezing is the impairment; RW over taped stripes with distances, SBA and step length: 97116 passes.
        ["v4-h23-festinating-gait-pd"] = new(
            """
            PD (H&Y 3) — Part B resident — 97116 — 18 min
            Festinating gait: ↓ step length, forward-flexed trunk, ↓ B heel strike; freezes at the dining-room doorway.
            Gait w/ RW over floor stripes taped 18 in apart, 3 × 100 ft, SBA; cadence cued by counting aloud; doorway approach practice × 6.
            Step length 14 in → 19 in on the stripes.
            """,
            ["G20.A1"], [PT("97116", 18)], []),

        // "Deficits: Ø" with exercises and doses that name no body region, impairment or goal: deficit missing.
        ["v4-h23-deficits-empty-set"] = new(
            """
            97110 — 15 min — Part B, LTC
            Seated marching 2 × 20; sit ↔ stand 2 × 8; band pull-aparts 2 × 12; mini-squats at the rail 2 × 10.
            Deficits: Ø
            """,
            ["M62.81"], [PT("97110", 15)], [At(Deficit, "97110")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // PILE-style lift progression with lumbar and cervical endpoints in lb (IE vs today), crate increments and lifts per stage; disc herniation and a medium-PDC job: 97530 passes.
        ["v5-h23-pile-style-lift-progression"] = new(
            """
            WC Work Hardening — 97530 — 30 min
            Lift training w/ PILE-style progression (lumbar: floor → 30 in; cervical: 30 → 54 in), crate loaded in 10-lb increments, 4 lifts per stage.
            Today: lumbar endpoint 45 lb, cervical endpoint 30 lb (IE 25 / 15 lb).
            Job PDC: medium (50 lb occasional) — warehouse associate, L4–5 disc herniation.
            """,
            ["M51.26"], [PT("97530", 30)], []),

        // OT after carpal-tunnel release: Jamar five-position grip in kg both hands as the measure, beside tendon/nerve glides and putty with doses; R grip weakness and pillar pain: 97110 passes.
        ["v5-h23-jamar-five-position"] = new(
            """
            OT — R CTR wk 6 (assembly-line worker)
            97110 — 15 min: tendon glides 10 each; putty gripping (yellow) 3 × 20; wrist flex/ext w/ 1 lb 2 × 15; median nerve glides 2 × 10.
            Jamar 5-position R: 14 / 20 / 18 / 15 / 11 kg (L 30 / 38 / 35 / 29 / 22) — consistent bell curve.
            R grip weakness + pillar pain post-CTR.
            """,
            ["G56.01"], [OT("97110", 15)], []),

        // Modified Barthel Index 58/100 (47 at SOC) and an assistance change as the measure for OT grooming/dressing/toilet-transfer tasks; L hemiparesis and a dressing goal: 97530 passes.
        ["v5-h23-modified-barthel"] = new(
            """
            OT — Part B — 97530 — 25 min
            Grooming at the sink in standing (hair, teeth); UB/LB dressing from w/c w/ reacher + sock aid; toilet transfer w/ grab bar.
            L hemiparesis w/ ↓ standing tolerance; goal: dress for breakfast w/ set-up only.
            Modified Barthel Index 58/100 (47/100 at Part B SOC); dressing min A → CGA.
            """,
            ["I69.354"], [OT("97530", 25)], []),

        // Short Physical Performance Battery spelled out with its sub-scores as the measure; narrow-base progression/step-and-reach/foam STS; postural control and ankle strategy; "PT at the resident's side throughout, individual mode": passes.
        ["v5-h23-sppb-spelled-out"] = new(
            """
            97112 · 20 min · PT at the resident's side throughout, individual mode
            Narrow-base stance progression (feet together → semi-tandem → tandem) w/ head turns; step-and-reach to cones outside BOS; sit-to-stand on foam.
            ↓ postural control / ↓ ankle strategy (posterior sway).
            Short Physical Performance Battery 6/12 (balance 2, gait 2, chair stands 2); last month 4/12.
            """,
            ["R26.81", "M62.81"], [PT("97112", 20)], []),

        // Drop-jump reactive strength index and k of 10 landings as the measure; drop jumps/lateral drop-to-stick/SL foam landings; quad pre-activation deficit after ACLR; "PT with this athlete alone, no one else on the schedule": passes.
        ["v5-h23-drop-jump-rsi"] = new(
            """
            97112 · 22 min — R ACLR (hamstring graft) mo 8, masters alpine racer
            PT-only session (ATC off today) — PT with this athlete alone, no one else on the schedule.
            Drop jump from a 30-cm box to stick → to rebound w/ feedback on knee position; lateral drop-to-stick; SL landing from 20 cm onto foam.
            R knee NM control on landing: ↓ quad pre-activation, stiff-knee landing.
            Drop-jump RSI 0.92 (0.71 at mo 6); SL landings w/o valgus 8/10.
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // Seated single-arm shot put in cm with a limb percentage beside cuff/scapular exercises with doses; R cuff and scapular endurance after RCR with a serving goal: 97110 passes.
        ["v5-h23-seated-shot-put"] = new(
            """
            R RCR 5 mo — USTA 65+ doubles
            97110 — 20 min: 90/90 ER w/ band 3 × 12; prone Y/T/W w/ 2 lb 2 × 10; plyo-ball drops at 90/90 3 × 30 s; wall push-up plus 3 × 12.
            Seated single-arm shot put (3-kg ball): R 318 cm / L 352 cm (90%).
            R cuff + scapular endurance deficit; goal: serve overhead again.
            """,
            ["M75.121"], [PT("97110", 20)], []),

        // One-on-one NMR with ladder/half-roller/reactive stepping and an ankle proprioceptive deficit whose only outcome is "feels more solid … looked steadier": no number, measure missing.
        ["v5-h23-feels-more-solid-no-number"] = new(
            """
            NMR (97112) — one-on-one with the PT throughout
            ATC set up the agility ladder before pt arrived.
            Lateral ladder in-in-out-out w/ stick; SL stance on a half foam roller w/ eyes closed; reactive stepping to the PT's manual pushes.
            L ankle proprioceptive deficit + delayed peroneal activation (recurrent sprains).
            Pt reports the ankle feels "more solid" on the trail; looked steadier on the roller.
            """,
            ["S93.402D"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Drywall-hanger work sim with tasks, a shoulder target and an RTW goal, but no load, count, distance or other number ("did more lifts than Monday"): measure missing.
        ["v5-h23-fewer-breaks-no-number"] = new(
            """
            Work Hardening — wk 2 — Work sim (97530)
            Carried drywall sheets (weighted board) from the cart to the wall; lifted and held to ceiling height for screwing; bench stepping w/ the board.
            Target: R shoulder elevation endurance; goal: RTW as drywall hanger.
            Did more lifts than Monday; needed fewer breaks.
            """,
            ["S46.011D"], [PT("97530", 25)], [At(Measure, "97530")]),

        // SNF 97140 soft-tissue mobilization and manual stretch for a L knee flexion contracture with no grade, hold, bout or number anywhere: measure missing.
        ["v5-h23-contracture-stretch-no-dose"] = new(
            """
            PT — Part B LTC — 97140 manual
            Soft-tissue mobilization and sustained manual stretch to the L hamstrings and gastroc-soleus in supine; patellar glides.
            L knee flexion contracture limiting upright w/c positioning and the standing pivot.
            Night resting splint fit checked; RNA to continue the AROM program.
            """,
            ["M24.562"], [PT("97140", 12)], [At(Measure, "97140")]),

        // OT after a hand crush: the Bennett Hand-Tool Test in seconds and washer pinches with sets as the measure; workbench tool tasks; dexterity/grip endurance with a press-operator goal: 97530 passes.
        ["v5-h23-bennett-hand-tool"] = new(
            """
            OT — R hand crush injury (press operator), 4 mo — 97530 — 24 min
            Nut-and-bolt assembly/disassembly w/ wrenches and screwdriver at the workbench; pinching washers from a bin to a board 3 × 20.
            Bennett Hand-Tool Test 412 s (508 s at IE).
            R hand dexterity + grip endurance deficit; goal: run the press controls and die-change tools.
            """,
            ["S67.21XD"], [OT("97530", 24)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // "97530 [23 min]" and "97110 [15 min]" in brackets after the codes, both match; car-transfer/floor-recovery/shower tasks with CGA → SBA and a goal; hip exercises with doses and abductor weakness: passes.
        ["v6-h23-bracketed-minutes"] = new(
            """
            PT — Part B — R hip fx (hemiarthroplasty), 10 wk
            97530 [23 min]  Car-transfer sim (sedan seat); floor → chair recovery via half-kneel × 2; stepping in/out of a walk-in shower × 4; CGA → SBA. Goal: ride to her daughter's for Sunday dinner.
            97110 [15 min]  Sidelying R hip abd 2 × 12; bridges 2 × 12; standing hip ext at the rail w/ 2-lb cuff 2 × 10. R hip abductor/extensor weakness 3+/5.
            """,
            ["S72.001D", "Z96.641"], [PT("97530", 23), PT("97110", 15)], []),

        // "Min/Code: 23/97112 · 15/97116" (minutes before the code, under its legend), both match; PTA "resident treated individually"; reactive-step NMR with k of 10 and gait with RW → SPC, distances, CGA and heel-strike deviation: passes.
        ["v6-h23-min-slash-code"] = new(
            """
            PTA — Part B — resident treated individually
            Min/Code: 23/97112 · 15/97116
            NMR: quick-step drills to taps at the pelvis; backward walking along the rail; standing on foam w/ ball toss. ↓ reactive stepping (posterior LOB). Recovers w/ one step on 7/10 posterior taps.
            Gait: RW → SPC in the hall, 2 × 150 ft, CGA; cue for L heel strike (↓ L heel strike, short R step).
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23), PTA("97116", 15)], []),

        // "Billed: 97530 ×2 (30 min) · 97110 ×1 (15 min)": units with each code's minutes in parentheses, both match; plumber work sim with distances/reps/loads and a full-duty goal; knee exercises with doses after meniscectomy: passes.
        ["v6-h23-units-with-minutes-in-parens"] = new(
            """
            Billed: 97530 ×2 (30 min) · 97110 ×1 (15 min)
            Work sim: crawling under a mock sink cabinet 20 ft × 4; half-kneel ↔ tall-kneel pipe-wrench sim × 10; squat-lift of a 40-lb tool bag × 8. Job: commercial plumber — goal: full duty.
            TE: TKE w/ band 3 × 15; SL leg press 3 × 10 @ 70 lb R; step-downs off 6 in 3 × 10. R quad weakness after partial medial meniscectomy.
            """,
            ["S83.241D"], [PT("97530", 30), PT("97110", 15)], []),

        // Sports PT "97110 ther ex 30 min" (the ATC's warm-up logged apart, unbilled, no minutes) against a 20-minute line: mismatch; Achilles loading with doses and heel-raise counts complete.
        ["v6-h23-atc-log-mismatch"] = new(
            """
            Sports PT — R Achilles tendinopathy (masters marathoner) — 97110 ther ex 30 min (PT; ATC logged the warm-up separately, not billed)
            Seated soleus raises on the leg press 4 × 8 @ 110 lb; SL heel raise off a step 3 × 12; isometric calf holds 5 × 45 s; pogo hops 3 × 20.
            R Achilles midportion pain; SL heel-raise count R 14 (L 27).
            """,
            ["M76.61"], [PT("97110", 20)], [At(Mismatch, "97110")]),

        // "Charges: 97110 × 2 units, 97140 × 1 unit" and no minutes anywhere for two timed codes: separate time missing; TE and MT complete with a lineman's goal.
        ["v6-h23-units-only"] = new(
            """
            WC — R shoulder (RCR 4 mo) — utility lineman
            Charges: 97110 × 2 units, 97140 × 1 unit
            TE: ER/IR at 90/90 w/ band 3 × 12; prone Y/T 3 × 10 w/ 2 lb; rope-climb sim on the pulley tower 3 × 8.
            MT: posterior capsule mobs gr III 3 × 30 s; PT-assisted sleeper stretch 3 × 30 s; IR at 90° abd 38° → 46°.
            R shoulder ER/elevation strength deficit; goal: climb poles w/ the belt again.
            """,
            ["S46.011D"], [PT("97110", 23), PT("97140", 10)], [SepTime]),

        // "Timed total 38 min (ther ex and ther act together)" for 97110 15 and 97530 23: no minutes for each code; both sections complete.
        ["v6-h23-combined-total"] = new(
            """
            PT — Part B — L TKA wk 7
            Timed total 38 min (ther ex and ther act together)
            TE (97110): LAQ 3 lb 2 × 12, step-ups 6 in 2 × 10, TKE w/ band 2 × 15, standing knee flexion 2 × 12.
            TA (97530): car transfer into the facility van seat × 3, curb up/down w/ SPC × 4, carrying a light tote 40 ft × 2; SBA. Goal: ride the facility van to appointments.
            L quad weakness 4-/5; knee flexion 108°.
            """,
            ["Z96.652"], [PT("97110", 15), PT("97530", 23)], [SepTime]),

        // Work hardening "Work simulation (97530): 45 min" against a 30-minute line (97110 15 matches): mismatch on 97530; both sections complete with an HVAC goal.
        ["v6-h23-wc-worksim-mismatch"] = new(
            """
            Work Hardening — daily — Day 9/20 — HVAC installer, L shoulder
            Work simulation (97530): 45 min — overhead duct-hanging sim at 84 in (8-lb duct section) 3 × 8; ladder carry of a 20-lb tool bag up 8 rungs × 4; crawl-space crawl 15 ft × 4.
            Conditioning (97110): 15 min — band ER/IR 3 × 15, DB scaption 3 lb 3 × 12, farmer carry 35 lb × 4 laps.
            L shoulder elevation endurance deficit; goal: full install duty.
            """,
            ["S46.012D"], [PT("97530", 30), PT("97110", 15)], [At(Mismatch, "97530")]),

        // SNF co-treat on one code: PT 97110 "15 min" matches the PT line, OT 97110 "12 min" against the OT line of 22: one mismatch (per discipline), both contents complete.
        ["v6-h23-ot-97110-cotreat-mismatch"] = new(
            """
            PT/OT co-treatment — Part B resident — COPD, deconditioning
            PT 97110: 15 min — B LE: sit ↔ stand 3 × 6, standing marches at the rail 2 × 20, LAQ w/ 2 lb 2 × 12; B quad/hip weakness (3+/5).
            OT 97110: 12 min — B UE: dowel raises to 90° w/ 1 lb 2 × 12, seated rows w/ yellow band 2 × 15, band chest press 2 × 12; B UE endurance for upper-body dressing.
            """,
            ["J44.9", "R53.81"], [PT("97110", 15), OT("97110", 22)], [At(Mismatch, "97110")]),

        // One timed code: the header "Tx time: 25 min" belongs to the 97116 line of 15: mismatch; gait content (RW, distances, CGA → SBA, hip-extension deviation) complete.
        ["v6-h23-tx-time-header-mismatch"] = new(
            """
            Therapy gym — Part B — PT
            Tx time: 25 min
            Gait: RW on tile + carpet, 2 × 150 ft, CGA → SBA; cues to ↑ R step length and keep the RW close; ↓ R hip ext in terminal stance.
            """,
            ["R26.89"], [PT("97116", 15)], [At(Mismatch, "97116")]),

        // Untimed 97016 (vasopneumatic) with its own code and minutes beside one timed 97110 of 23 (matches); TKA ROM exercises with doses, knee AROM and lag: passes.
        ["v6-h23-vaso-97016-beside-97110"] = new(
            """
            L TKA — POD 19 (Medicare, 71)
            97110 — 23 min: heel slides w/ strap 2 × 15; quad sets 10 × 5 s; SAQ over a bolster 2 × 15; seated knee flexion w/ foot slide 10 × 10 s holds; recumbent bike rocking → full revolutions by the end.
            L knee AROM 8–96° (12–85° POD 12); quad lag 10°.
            97016 vasopneumatic (Game Ready) to L knee after ex — 10 min, medium compression.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 23), PT("97016", 10)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on an RTS visit with 97750 (timed, no documentation profile) and 97110: missing on 97110 only, nothing else.
        ["v7-h23-empty-97110-and-97750"] = new(
            "",
            ["S83.512D"], [PT("97750", 30), PT("97110", 15)], [At(NoteMissing, "97110")]),

        // CR/LF and spaces only is empty: missing on the OT's 97530, and no diagnosis sent: the diagnosis check too.
        ["v7-h23-crlf-spaces-97530-no-dx"] = new(
            "\r\n   \r\n",
            [], [OT("97530", 23)], [At(NoteMissing, "97530"), Dx]),

        // Empty note with 97112 and untimed 97016 (no documentation profile): missing on 97112 only.
        ["v7-h23-empty-97112-with-97016"] = new(
            "",
            ["Z96.651"], [PT("97112", 23), PT("97016", 10)], [At(NoteMissing, "97112")]),

        // 97110 with exercises named without doses whose only number is knee-flexion AROM in degrees (an objective measure); R TKA region: passes.
        ["v7-h23-97110-degrees-only-measure"] = new(
            "97110 — 12 min — R TKA POD 16: heel slides, quad sets, SAQ, seated knee flexion w/ foot slide. Knee flexion AROM 92° (84° at POD 12).",
            ["Z96.651", "Z47.1"], [PT("97110", 12)], []),

        // 97530 whose only target is a job-demand goal (lift 20 lb to shoulder height as a grocery stocker); box stacking and a cart push with loads: passes.
        ["v7-h23-97530-job-demand-goal"] = new(
            """
            97530 — 20 min — box stacking to a 60-in shelf (20-lb boxes × 12); loaded cart push 100 ft × 3 w/ 80 lb.
            Goal: meet the grocery-stocker demand — lift 20 lb to shoulder height frequently.
            """,
            ["S46.012D"], [PT("97530", 20)], []),

        // 97140 thoracic thrust (grade V) and rib PA glides with grade and bouts; R mid-thoracic/rib hypomobility: passes.
        ["v7-h23-97140-thoracic-thrust"] = new(
            """
            97140 — 10 min: T4–T6 supine thrust manipulation (grade V) × 2 w/ cavitation; R 4th–5th rib posterior-to-anterior glides gr III 3 × 30 s.
            R mid-thoracic / rib hypomobility w/ pain on deep breath.
            """,
            ["M99.02", "M54.6"], [PT("97140", 10)], []),

        // 97116 whose only target is the walk-to-dine goal; RW distance, CGA → SBA and a seated rest: passes.
        ["v7-h23-97116-walk-to-dine-goal"] = new(
            """
            97116 — 15 min — walk-to-dine readiness: RW from Rm 214 to the dining room, 2 × 150 ft, CGA → SBA on the return; 1 seated rest.
            Goal: walk to meals w/ staff standby instead of being wheeled.
            """,
            ["R26.89"], [PT("97116", 15)], []),

        // WC 97110 in generic words only ("strengthening and conditioning per protocol … progressing toward goals"): technique, generic, deficit and measure.
        ["v7-h23-97110-wholly-generic-wc"] = new(
            "Client participated in strengthening and conditioning per protocol. Progressing toward goals. Continue program; case manager updated.",
            ["S39.012D"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Gait with a quad cane and a hemiparetic deviation stated, but no distance, assistance level or other number: measure missing.
        ["v7-h23-97116-no-number"] = new(
            "Gait (97116): walked w/ quad cane in the hallway and over the threshold into the bathroom. L hemiparetic gait w/ circumduction and ↓ heel strike; cued for heel strike. Improving.",
            ["I69.354"], [PT("97116", 15)], [At(Measure, "97116")]),

        // SNF 97112 in generic words only ("Neuro re-ed for balance … tolerated well … continue skilled services"), minutes match: nothing named, generic only, no deficit, no number, no one-on-one.
        ["v7-h23-97112-wholly-generic-snf"] = new(
            "97112 — 20 min. Neuro re-ed for balance. Resident participated fully and tolerated well. Continue skilled services per plan.",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes as they come

        // PTA TKA wk 3: TE 23 (bike, slides, quad sets, SLR, step-ups with doses) and MT 10 (patellar and tib-fem mobs with grades/bouts); knee AROM and quad grade; both match: passes.
        ["vord-h23-tka-pta-te-mt"] = new(
            """
            PTA Daily — R TKA wk 3 (protocol: ROM phase)
            TE 97110 — 23 min: recumbent bike full revolutions (seat 8); heel slides w/ strap 2 × 15; quad sets w/ towel roll 10 × 10 s; SLR 2 × 10, no lag; step-ups onto 4 in 2 × 10.
            MT 97140 — 10 min: patellar mobs sup/inf/med/lat gr II 2 × 60 s; tib-fem flexion mob in sitting gr III 3 × 30 s.
            R knee AROM 5–104° (8–96° last wk); quad 4-/5.
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 23), PTA("97140", 10)], []),

        // RCR wk 6 PROM phase: 97140 12 (PROM and GH glides with grade/bouts, scapular mobs) and 97110 15 (pendulums, slides, AAROM, isometrics with doses); PROM degrees; both match: passes.
        ["vord-h23-rcr-wk6-protocol-mt-te"] = new(
            """
            L RCR (large supraspinatus tear) — wk 6 of protocol — PROM phase, sling weaned at home
            97140 (12 min): PROM L shoulder flex/scaption/ER in supine to protocol limits; GH inferior + posterior glides gr I–II oscillations 3 × 30 s; scapular mobs in sidelying.
            97110 (15 min): pendulums 2 × 30 s; table slides 2 × 10; supine cane AAROM flexion 2 × 10; scapular retraction/depression isometrics 10 × 5 s.
            PROM flex 132°, ER at 30° abd 41° (wk 4: 110° / 28°).
            """,
            ["M75.122", "Z47.89"], [PT("97140", 12), PT("97110", 15)], []),

        // ACLR wk 6 with the ATC setting up: TE 20 (quad sets, SLR, squats, leg press with doses) and NMR 15 "PT alone w/ the athlete for this portion" (perturbed stride stance, foam, rocker; proprioception/NM control; lag degrees and foam seconds); both match: passes.
        ["vord-h23-aclr-wk6-atc-te-nmr"] = new(
            """
            L ACLR (hamstring graft) — wk 6 — PT w/ AT co-doc
            TE (97110) 20 min, ATC set up the stations: quad sets 10 × 10 s; SLR in 3 planes 2 × 12; mini-squats 0–45° 3 × 12; leg press 0–60° 3 × 12 @ 60 lb; heel raises 3 × 15.
            NMR (97112) 15 min, PT alone w/ the athlete for this portion: weight shifts onto L in stride stance w/ perturbations at the knee; SL stance on a foam pad; mini-squat on a rocker board.
            L quad inhibition + ↓ L knee proprioception / NM control.
            Quad lag 0° (5° at wk 4); SL stance L on foam 22 s.
            """,
            ["S83.512D"], [PT("97110", 20), PT("97112", 15)], []),

        // Hip arthroscopy POW 4 crutch wean: gait 15 (crutches → one crutch, stairs, distances, SBA, Trendelenburg cues) and TE 15 (glute sets, rock-backs, bridges, slides with doses); both match: passes.
        ["vord-h23-hip-scope-crutch-wean-gt-te"] = new(
            """
            R hip arthroscopy (labral repair) — POW 4 — weaning crutches per protocol (FFWB → WBAT)
            97116 (15 min): 2 crutches → 1 crutch (L hand) on level + 8 stairs w/ rail, 4 × 100 ft; cues for heel-toe, equal step length, no R Trendelenburg; SBA.
            97110 (15 min): glute sets 10 × 5 s; quadruped rock-backs 2 × 10; bridges 2 × 10; heel slides within 90° hip flexion 2 × 15.
            R hip flexor/abductor weakness, antalgic gait.
            """,
            ["S73.191D"], [PT("97116", 15), PT("97110", 15)], []),

        // Weekend golfer, LBP: TE 15 (hinge, anti-rotation press, side plank, open books with doses) and MT 10 (hip IR mobs and lumbar PAs with grades/bouts); IR degrees and an 18-hole goal; both match: passes.
        ["vord-h23-golfer-lumbar-te-mt"] = new(
            """
            Medicare pt, 70, weekend golfer — mechanical LBP w/ L hip IR limit
            TE 97110 — 15 min: hip hinge w/ dowel 2 × 10; half-kneel anti-rotation press 3 × 10 each side; side plank on knees 3 × 20 s; open-book thoracic rotation 2 × 10 each.
            MT 97140 — 10 min: L hip IR mobilization w/ belt in prone gr III 3 × 30 s; L3–L5 central PAs gr III 3 × 30 s.
            Hip IR L 22° → 31° after MT; lumbar flexion pain 5/10 → 2/10 at end range.
            Goal: play 18 holes w/o back pain.
            """,
            ["M54.50", "M25.652"], [PT("97110", 15), PT("97140", 10)], []),

        // Complete masters-swimmer 97110 (lower trap, ER, serratus, streamline holds with doses; scapular weakness and a workout goal) sent with no diagnosis.
        ["vord-h23-masters-swimmer-no-dx"] = new(
            """
            Masters swimmer — L shoulder — 97110 · 18 min
            Prone Y (lower trap) w/ 1 lb 3 × 10; sidelying ER w/ 3 lb 3 × 12; serratus wall slide w/ foam roller 3 × 10; streamline holds against the wall 4 × 20 s.
            L scapular upward-rotation weakness; goal: pain-free masters workouts.
            """,
            [], [PT("97110", 18)], [Dx]),

        // "Continued protocol exercises, progressed as tolerated. ATC to reinforce HEP. Cont POC." (minutes match): no exercise, target or number; generic only.
        ["vord-h23-protocol-exercises-generic"] = new(
            "97110 — 20 min. Continued protocol exercises, progressed as tolerated. ATC to reinforce HEP. Cont POC.",
            ["S83.511D"], [PT("97110", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Work conditioning for a forklift loader: TA 23 (crate lifts, carry, platform mount with loads/reps) and TE 15 (bird-dog, dead bug, goblet squat with doses); trunk extensor hold seconds and a full-duty goal; both match: passes.
        ["vord-h23-wc-forklift-loader-ta-te"] = new(
            """
            Industrial Rehab — Work Conditioning — Day 7/20 — forklift operator/loader (medium PDC)
            97530 (23 min): floor → waist lifts of a 35-lb crate × 10 w/ hip hinge; carry 35 lb 100 ft × 3; forklift mount/dismount sim on the 3-step platform w/ 3-point contact × 8.
            97110 (15 min): bird-dog 3 × 10 w/ 5-s hold; dead bug 3 × 10; goblet squat w/ 25-lb KB 3 × 10.
            L lumbar strain + trunk extensor endurance deficit (prone trunk-extension hold 62 s, 38 s at IE); goal: full duty, lift 50 lb occasionally.
            """,
            ["S39.012D"], [PT("97530", 23), PT("97110", 15)], []),

        // Meat cutter's shoulder: TE 20 (cuff and serratus with loads) and MT 10 (posterior glides with grade/bouts, STM, assisted stretch); Neer sign, IR degrees, band-saw goal; both match: passes.
        ["vord-h23-wc-meat-cutter-te-mt"] = new(
            """
            WC — R shoulder (meat cutter, repetitive overhead work)
            TE 97110 — 20 min: sidelying ER 3 × 12 w/ 3 lb; band IR/ER at 0° green 3 × 15; scaption to 90° w/ 2 lb 2 × 12; supine serratus punch w/ 5 lb 3 × 12.
            MT 97140 — 10 min: posterior GH glides gr III 3 × 30 s; STM R upper trap/levator; PT-assisted cross-body stretch 3 × 30 s.
            + Neer R; IR at 90° abd 40° (L 65°). Goal: full shift on the band saw.
            """,
            ["M75.41"], [PT("97110", 20), PT("97140", 10)], []),

        // OT after CTR for a data-entry clerk: 97110 15 (putty, curls, glides with doses) and 97530 15 (keyboard copy task, mouse task, filing with counts); grip kg and a typing goal; both match: passes.
        ["vord-h23-wc-ctr-clerk-te-ta"] = new(
            """
            OT — WC — R CTR wk 8 — data-entry clerk
            97110 (15 min): putty gripping (red) 3 × 20; wrist curls w/ 2 lb 2 × 15; tendon + median nerve glides 10 each.
            97530 (15 min): keyboard copy task at an adjusted workstation (2 pages); mouse drag-and-drop task; stapling/filing 40 sheets; cues for neutral wrist.
            R grip 22 kg (L 31 kg); goal: full typing duties.
            """,
            ["G56.01"], [OT("97110", 15), OT("97530", 15)], []),

        // Complete claimant 97110 (press-ups, bridges, KB deadlift, carries; lumbar endurance and a route goal) whose diagnosis is an ICD-9 code (847.2): diagnosis missing.
        ["vord-h23-wc-icd9-code"] = new(
            """
            Claimant (CDL driver) — lumbar — 97110 — 20 min
            Prone press-ups 2 × 10; SL bridge 3 × 8 each; KB deadlift 20 lb 3 × 10; farmer carry 40 lb × 4 laps.
            Lumbar extensor endurance deficit + pain w/ prolonged sitting in the cab; goal: complete a full route.
            """,
            ["847.2"], [PT("97110", 20)], [Dx]),

        // Work-programme 97530 "Attended program. Participated in all scheduled stations as tolerated. Progressing.": no activity, target or number; generic only.
        ["vord-h23-wc-attended-stations-generic"] = new(
            """
            Attended program. Participated in all scheduled stations as tolerated. Progressing. Adjuster and case manager updated.
            97530 — 30 min
            """,
            ["S39.012D"], [PT("97530", 30)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Company-van driver's neck: TE 15 (chin tucks, retraction, rows, wall angels with doses) and MT 8 (cervical PAs with grade/bouts, suboccipital release); CROM degrees and a shoulder-check goal; both match: passes.
        ["vord-h23-wc-van-driver-neck-te-mt"] = new(
            """
            WC — cervical strain (rear-ended in the company van)
            97110 15 min: supine chin tucks 10 × 10 s; prone retraction w/ head lift 2 × 10; band rows 3 × 15; wall angels 2 × 10.
            97140 8 min: C2–C4 unilateral PAs gr III R 3 × 30 s; suboccipital release 2 × 60 s.
            Cervical rotation R 54° → 66° (CROM). Goal: shoulder-check while driving the van.
            """,
            ["S16.1XXD"], [PT("97110", 15), PT("97140", 8)], []),

        // LTC resident with knee OA and falls: gait 15 (RW distances, SBA, trunk/step cues) and TE 15 (LAQ, STS, hip abd, squats with doses); quad weakness and an activities goal; both match: passes.
        ["vord-h23-snf-knee-oa-gt-te"] = new(
            """
            Part B — LTC resident — B knee OA, 2 falls this quarter
            97116 — 15 min: RW, 2 × 120 ft + 30 ft on the carpeted activity room, SBA; cues for upright trunk + longer B steps.
            97110 — 15 min: seated LAQ w/ 2 lb 2 × 12 B; sit ↔ stand from a standard chair 3 × 5; standing hip abd at the rail 2 × 10 B; mini-squats 2 × 8.
            B quad weakness 3+/5, short step length; goal: walk to activities w/ RW and staff standby.
            """,
            ["M17.0", "Z91.81"], [PT("97116", 15), PT("97110", 15)], []),

        // SNF OT after a proximal humerus fracture: 97530 25 (dressing tasks, closet reach, min A → SBA) and 97110 10 (pulleys, slides, elbow with doses); AROM degrees and a dressing goal; both match: passes.
        ["vord-h23-snf-ot-humerus-ta-te"] = new(
            """
            OT — Part B — Rm 118 — L proximal humerus fx (non-op), 8 wk
            97530 — 25 min: UB dressing (button shirt) seated EOB, one-handed technique → bilateral; front-closure bra; reaching to the closet rod; min A → SBA.
            97110 — 10 min: L shoulder pulleys flexion 2 × 10; table slides 2 × 10; elbow flex/ext w/ 1 lb 2 × 12.
            L shoulder flex AROM 95°; goal: dress herself for breakfast.
            """,
            ["S42.202D"], [OT("97530", 25), OT("97110", 10)], []),

        // SNF PD NMR "individual tx (PT + resident in the gym annex)": big-step/turning-square drills; freezing and postural reactions; k of 8 and 360° turn steps/seconds: passes.
        ["vord-h23-snf-pd-nmr-single"] = new(
            """
            PT — Part B — PD (H&Y 3)
            NMR (97112) 23 min — individual tx (PT + resident in the gym annex)
            Big-step practice to floor markers; weight shift + reach across midline in standing; turning inside a taped square w/ cue "step wide".
            Freezing on turns + ↓ postural reactions.
            Turns in the square w/o a freeze 5/8; 360° turn 9 steps / 6.2 s.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // Knee-contracture visit with a restorative hand-off: MT 10 (LLPS stretch with holds, STM, patellar glides with grade) and TE 15 (quad sets, heel-prop, LAQ, AAROM with doses); PROM degrees; both match: passes.
        ["vord-h23-snf-knee-contracture-mt-te-handoff"] = new(
            """
            PT — Part B LTC — R knee flexion contracture / w/c positioning
            97140 (10 min): low-load prolonged manual stretch into R knee extension 3 × 60 s; STM R hamstring/gastroc; patellar glides sup/inf gr II.
            97110 (15 min): quad sets 10 × 10 s; heel-prop stretch 3 × 60 s; LAQ 2 × 12; AAROM knee ext in sitting 2 × 10.
            R knee ext PROM −28° (−35° at SOC).
            Restorative hand-off: RNA to run heel-prop + LAQ program daily; splint schedule posted at bedside.
            """,
            ["M24.561"], [PT("97140", 10), PT("97110", 15)], []),

        // SNF PTA 97530 bed mobility and stand-pivot with reps and mod A → min A, a restorative hand-off and a toileting-transfer goal: passes.
        ["vord-h23-snf-pta-bed-mobility-ta"] = new(
            """
            PTA — Part B — 97530 — 20 min
            Supine ↔ sit via log roll × 4 (HOB flat, no rail); scoot to EOB × 4; stand-pivot bed ↔ w/c × 4 w/ RW; mod A → min A.
            Restorative hand-off discussed w/ RNA for the bed-mobility program.
            Goal: transfer w/ one staff for toileting.
            """,
            ["M62.81", "R26.89"], [PTA("97530", 20)], []),

        // SNF NMR 20 + gait 15, both match and each complete (foam EC STS, obstacle, head-turn reach; somatosensory deficit; Berg / RW distance, SBA, shuffling), but nowhere says one-on-one.
        ["vord-h23-snf-nmr-gait-never-individual"] = new(
            """
            PT — Part B
            97112 20 min: sit-to-stand on foam w/ eyes closed; stepping over a 4-in obstacle; standing reach to cones w/ head turns. Posterior sway + ↓ use of somatosensory input (B neuropathy). Berg 41/56.
            97116 15 min: RW 2 × 150 ft, SBA; shuffling w/ short B steps, cued to lengthen.
            """,
            ["E11.42", "R26.81"], [PT("97112", 20), PT("97116", 15)], [At(OneOnOne, "97112")]),

        // "Resident seen in the therapy gym. Tolerated skilled PT session well. Continue POC." with "97110 15 min · 97116 15 min" (both match): nothing named for either code; generic only on both.
        ["vord-h23-snf-tolerated-skilled-generic"] = new(
            """
            Resident seen in the therapy gym. Tolerated skilled PT session well. Continue POC.
            97110 15 min · 97116 15 min
            """,
            ["R26.89"], [PT("97110", 15), PT("97116", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // Complete SNF gait note (RW, distances, ramp, CGA, short L step with toe catch) sent with no diagnosis.
        ["vord-h23-snf-gait-no-dx"] = new(
            "97116 — 18 min — RW, 3 × 100 ft on tile + the ramp, CGA; ↓ L step length, L toe catch ×2 — cued heel first.",
            [], [PT("97116", 18)], [Dx]),

        // Hamstring strain wk 4, three codes with an ATC present: TE 15, MT 8 (pin-and-stretch with reps), NMR 15 one-on-one (A-skip, SL RDL on foam, perturbations; lumbopelvic NM control; k of 10); HHD kg; all match: passes.
        ["vord-h23-hamstring-three-codes"] = new(
            """
            Masters soccer — L hamstring strain gr II, wk 4 — PT w/ ATC
            97110 — 15 min: isometric HS on box at 90/90 4 × 30 s; long-lever bridge 3 × 10; band-assisted Nordic negatives 2 × 5.
            97140 — 8 min: pin-and-stretch L biceps femoris 3 × 10; STM L distal hamstring.
            97112 — 15 min, one-on-one: A-skip to stick; SL RDL reach on foam; lateral band perturbations at the hips in SL stance. ↓ lumbopelvic NM control. SL RDL reaches w/o loss of balance 9/10.
            Knee flexion HHD L 18 kg / R 26 kg.
            """,
            ["S76.312D"], [PT("97110", 15), PT("97140", 8), PT("97112", 15)], []),

        // Patellofemoral pain with only "Total timed: 33 min (TE + MT)" for 97110 23 and 97140 10; both sections complete: separate time missing.
        ["vord-h23-pfp-total-only"] = new(
            """
            Masters pickleball — R patellofemoral pain
            Total timed: 33 min (TE + MT)
            TE: step-downs off 4 in 3 × 10 R; wall sit at 45° 4 × 30 s; sidelying hip abd w/ 2-lb cuff 3 × 12; clamshells w/ band 3 × 15.
            MT: medial patellar glides gr III 3 × 30 s; STM R lateral retinaculum + VL.
            R PFP w/ stairs; step-down test: 4 of 5 trials w/ valgus.
            """,
            ["M22.2X1"], [PT("97110", 23), PT("97140", 10)], [SepTime]),

        // WC bimalleolar ORIF: NMR 20 "PT and claimant only in the gym" (BAPS, dock-plate SL stance, perturbed step-down; proprioception/peroneal reaction; SL seconds) and TE 15 (calf, eversion, loaded step-ups with doses); both match: passes.
        ["vord-h23-wc-bimalleolar-nmr-te"] = new(
            """
            WC — L bimalleolar ORIF, 14 wk — warehouse picker (dock plates, uneven floor)
            97112 — 20 min — PT and claimant only in the gym: ankle disc (BAPS) CW/CCW in standing; SL stance on a dock-plate mock-up passing a tote; lateral step-down w/ PT perturbation at the pelvis.
            ↓ L ankle proprioception + slow peroneal reaction.
            SL stance L EO 16 s (R 30 s).
            97110 — 15 min: calf raises 3 × 15; band eversion 3 × 15; step-ups onto 8 in w/ 15-lb tote 3 × 10.
            """,
            ["S82.842D"], [PT("97112", 20), PT("97110", 15)], []),

        // CHT, de Quervain's: 97110 15 (eccentric radial deviation, opposition, isometrics with doses) and 97140 10 (STM of APL/EPB, MWM with reps); Finkelstein and key pinch kg; both match: passes.
        ["vord-h23-cht-de-quervain-te-mt"] = new(
            """
            OT (CHT) — L de Quervain's, masters rower
            97110 (15 min): eccentric radial deviation w/ 1-lb hammer 2 × 15; thumb opposition in putty 2 × 15; wrist ext isometrics 5 × 10 s.
            97140 (10 min): STM L APL/EPB muscle bellies; MWM radial glide w/ active ulnar deviation 3 × 10.
            Finkelstein + L; key pinch L 5 kg (R 8 kg). Goal: back in the single scull.
            """,
            ["M65.4"], [OT("97110", 15), OT("97140", 10)], []),

        // SNF OT 97112 "individual OT, no co-treat": UE weight bearing, PNF D2 with tapping, guided grasp-release; L UE recruitment and proprioception; Box and Block count: passes.
        ["vord-h23-snf-ot-nmr-ue"] = new(
            """
            OT — Part B — L hemiparesis (old R CVA)
            97112 — 20 min — individual OT, no co-treat
            Weight bearing through the L forearm on the tabletop while reaching w/ R; PNF D2 flexion L UE w/ tapping; guided grasp-release of cones.
            ↓ L UE motor recruitment + ↓ L proprioception (thumb-finding test positive).
            Box and Block L 9 (5 at SOC).
            """,
            ["I69.354"], [OT("97112", 20)], []),

        // SNF PTA TE only, telegraphic: exercises with doses, B LE weakness with a toileting goal; 15 matches: passes.
        ["vord-h23-snf-pta-te-only"] = new(
            """
            PTA — Rm 204 — Part B resident
            TE 97110 15 min: seated hip-flexion march 2 × 15 B; LAQ w/ 2 lb 2 × 12 B; sit ↔ stand w/o arms 3 × 5; standing heel raises 2 × 15. B LE weakness (hip flex 3+/5) — goal: stand from the toilet w/o the grab bar.
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // Trail runner's ankle sprain with the ATC taping: 97110 20 (band ankle work, heel raises, band walks, step-ups with doses); evertor/PF weakness and heel-raise counts; matches: passes.
        ["vord-h23-sports-ankle-te-atc"] = new(
            """
            97110 — 20 min — R ankle sprain (gr II) wk 3, masters trail runner; ATC taped + set up the bands
            Band DF/PF/inv/ev 3 × 15 each; SL heel raises 3 × 12; lateral band walks 3 × 20 ft; step-ups onto 8 in 3 × 10.
            R ankle evertor/PF weakness; SL heel raise R 11 vs L 24.
            """,
            ["S93.401D"], [PT("97110", 20)], []),

        // SNF resident at w/c level: 97530 hemi-propulsion through a doorway with distances, brake management and reaching with counts, SBA and cue count; a self-propel goal: passes.
        ["vord-h23-snf-wc-hemi-propulsion-ta"] = new(
            """
            PT — Part B — R hemiparesis (old L CVA), w/c level
            97530 — 20 min: w/c propulsion w/ L UE + L foot (hemi-propel) 2 × 150 ft incl. turning through the dining-room doorway; brake management × 6; forward reach from the w/c to the tray table × 8; SBA, 3 cues for the R brake.
            Goal: self-propel to meals and activities.
            """,
            ["I69.351"], [PT("97530", 20)], []),

        // WC finish carpenter: 97110 kneeling transitions, lunges, wall sits, step-downs with doses; L quad weakness and a baseboard-install goal; 20 matches: passes.
        ["vord-h23-wc-finish-carpenter-knee-te"] = new(
            """
            WC — finish carpenter — L knee (patellar contusion → PFP), wk 5
            97110 · 20 min: half-kneel ↔ tall-kneel transitions on a pad 2 × 8 each side; reverse lunge 3 × 8 w/ 15-lb DBs; wall sit at 60° 4 × 30 s; lateral step-down off 6 in 3 × 10 L.
            L quad weakness + pain w/ kneeling; goal: install baseboard (kneel and rise repeatedly).
            """,
            ["S80.02XD"], [PT("97110", 20)], []),

        // rTSA wk 8 per protocol: 97110 deltoid press-ups, wall walks, isometrics and rows with doses; AROM degrees and deltoid weakness; 15 matches: passes.
        ["vord-h23-rtsa-wk8-te"] = new(
            """
            R reverse TSA — wk 8 per protocol (no IR behind the back)
            97110 — 15 min: supine deltoid press-ups w/ cane 2 × 12; standing wall walks to end range 2 × 10; isometric ER/abd at 50% effort 10 × 5 s each; scapular rows w/ yellow band 3 × 12.
            R AROM flexion 118° (wk 6: 96°); R deltoid weakness.
            """,
            ["Z96.611", "Z47.1"], [PT("97110", 15)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
