using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The fifty-second held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not read
/// the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder
/// (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is outpatient occupational therapy and hand therapy billing the same timed codes (97110, 97112,
/// 97530, 97140, with a PT's 97116 where a neuro clinic shares its gym), mostly on OT lines, about two thirds
/// ordinary and complete (67 of 103), from five employers in the Ohio Valley, East Tennessee and Kansas City:
/// <list type="number">
/// <item>a Cleveland hand centre ("Lakeshore Hand &amp; UE Center": Lakewood, Westlake, Parma, Mentor, Beachwood,
/// Strongsville, Ohio City) whose OTR/L, CHTs chart a "Hand Therapy Visit" with protocol week, orthosis, edema,
/// scar and motion fields: IF/MF/RF/SF, MP/PIP/DIP, DPC, TAM, the Norwich regimen after a zone II repair, ICAM
/// relative-motion (yoke) orthoses after a zone VI extensor repair, quadriga, Bunnell-Littler intrinsic
/// tightness, the Vancouver Scar Scale, volumetry in mL, an EIP-to-EPL transfer, LRTI, Dupuytren fasciectomy, a
/// mallet finger, a ray amputation; "CHT with this client exclusively; hand room otherwise empty", a CHT molding
/// another client's thumb spica at the splint pan, "Billing: 97140 × 1 unit (10 min)", dotted timed-service
/// rows; a walleye charter boat, an RTA bus route;</item>
/// <item>a Cincinnati / Northern Kentucky neuro OT practice ("Riverbend Neuro OT": Blue Ash, Mason, Norwood,
/// Anderson Twp, Covington, Florence, Fort Thomas) writing P / I / E (problem, intervention, evaluation) notes:
/// trunk-restrained reach-to-grasp, the Amadeo finger robot, action observation, PWR! Moves in a class, the
/// Bioness Integrated Therapy System, sEMG biofeedback after a brachial plexus injury, a stroke hand group paced
/// to a drum, Warren's scanning hierarchy and eccentric viewing for low vision, extinction to double simultaneous
/// touch, Holmes rebound, the Motor Activity Log, the Functional Dexterity Test, the Grooved Pegboard, a
/// FIM-style level in brackets, "Ratio 1 OT : 1 client", "Of today's 38 timed minutes, 23 went to …"; goetta,
/// a 3-way, Kings Island, church shirts;</item>
/// <item>a Kansas City driver-rehabilitation programme's clinic sessions ("Heartland Driver Rehabilitation
/// Program": Overland Park, Olathe, Lee's Summit, Independence, Shawnee, North Kansas City) by OTR/L, CDRS on
/// 97530 (and 97110): brake-reaction timers, left-foot accelerator and push-right-angle-pull hand controls, a
/// spinner knob, the STISIM simulator, Trails B, UFOV, hemianopia by confrontation, gap acceptance, a paired
/// clinic session, "Pre-driving skills (97530) took twenty-five minutes today";</item>
/// <item>an East Tennessee hand and arm practice ("Smoky Mountain Hand &amp; Arm Therapy": Knoxville, Maryville,
/// Oak Ridge, Sevierville, Farragut, Chattanooga) writing D / A / P (data, assessment, plan) notes: Evans SAM
/// after a central slip repair, Froment's sign, swan-neck with an Oval-8, EPL repair holds, a nerve transfer's
/// donor activation, a texture bin of rice and lentils "mixed 1:1", "Direct one-on-one? ( ) yes (✓) no",
/// blank Jamar fields, ☑ / ☐ exercise ticks, "Timed min — TE 13 / MT 10 / TA 15"; quilting, canning jars, a
/// banjo and a sawmill, whittling, a woodshop;</item>
/// <item>a Louisville / Lexington hospital system's outpatient OT, hand and neuro clinics ("Bluegrass Regional
/// Rehabilitation": St. Matthews, Jeffersontown, Lexington, Hamburg, Georgetown, Frankfort, Shelbyville) with a
/// Cerner-style "Treatment Delivery ■ Individual □ Concurrent □ Group", "Individual tx? N  Concurrent tx? Y",
/// Y/N technique and impairment rows, clock times with a/p, PT + OT co-treatment, Astym, kinesthetic training,
/// NMES-assisted grasp, astereognosis, genu recurvatum; a distillery bottling line, an auto plant, a horse farm on
/// Paris Pike, a medication organizer.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h52-…): one-on-one in OT words ("seen individually, OT and client the only two in the room",
/// "Ratio 1 OT : 1 client", "CHT with this client exclusively", "this client only — OT hands-on for all of the
/// NMR"), notes that negate it (a concurrent client at the light board, a stroke hand group of four, a CHT molding
/// another client's orthosis) or never state it (a complete note, a "1:1" that is a texture bin's mix), and a
/// paired driver-rehab session on 97530, which has no one-on-one check;</item>
/// <item>class 2 (v2-h52-…): template states: a filled square for Individual, Y/N individual and concurrent
/// fields, ✔ / ✘ hand-therapy management boxes, a FIM-style level in brackets, Y/N technique rows all N, a
/// "Direct one-on-one?" answered no, blank grip and pinch fields, a driver-rehab ☑ / ☐ checklist, a "done without
/// hands-on help?" column with levels, Y/N impairment rows all N, ☑ / ☐ exercise ticks;</item>
/// <item>class 3 (v3-h52-…): named protocols and programmes as techniques (Norwich regimen, ICAM, Evans SAM, the
/// Amadeo robot, Astym, STISIM, Warren's hierarchy), action observation with no number, PWR! Moves in a class,
/// and the Bioness BITS with only a job goal;</item>
/// <item>class 4 (v4-h52-…): deficits stated as findings (quadriga, Bunnell-Littler, Froment's sign, swan-neck,
/// extinction to double simultaneous touch, astereognosis, Holmes rebound with dysdiadochokinesia, genu
/// recurvatum on a 97116, hemianopia by confrontation, CMC grind with a narrowed first web) and a 97112 whose
/// sensory and motor screen is normal;</item>
/// <item>class 5 (v5-h52-…): measures in their usual forms (Vancouver Scar Scale, volumetry, Motor Activity Log
/// with Fugl-Meyer, Functional Dexterity Test, brake reaction time, Trails B and UFOV, an assistance level beside
/// COPM) and notes with none ("grip looks stronger", exercises without a dose, "did better than last time", an
/// age and weeks since a stroke);</item>
/// <item>class 6 (v6-h52-…): minutes in their usual forms (a share of the timed minutes, units with minutes in
/// parentheses, clock times with a/p, a compact TE / MT / TA line for three codes, spelled-out minutes), true
/// mismatches (the one OT code, the OT's NMR in a co-treat, "Treatment time" on one code, the second of two dotted
/// rows) and truly missing separate time (a total with its codes named, minutes for one code of two);</item>
/// <item>class 7 (v7-h52-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (holds), 97530 (tasks, a level and a goal), 97140 (mobilization in
/// bouts with a joint) and 97116 (device, distance, deviation), and wholly generic 97110, 97530 and 97112 notes
/// (one with a header and an e-signature);</item>
/// <item>ordinary (vord-h52-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a generic two-code note
/// with a total, a two-code note that never says one-on-one, a 97530 with no number or level, a 97140 that names
/// no manual technique.</item>
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
/// level) is a measure. Numbers that are not minutes of a code or measures (ages, weeks since surgery, protocol
/// weeks, orthosis template numbers, degrees of an orthosis's position, an oven setting, clock times, a "1:1"
/// mix of a texture bin) are read as what they are; no note states minutes of an activity, a rest or a test.
/// Cases a careful reviewer could argue either way were left out: a content gap in one section of a multi-code
/// note, generic phrases beside a deficit or a measure without a technique, a dose alone as a 97112's measure,
/// self-rated scores as the only number, a cueing level as the only measure, an exercise's name as a 97110's
/// only region, a 97530 with no deficit, minute ranges and approximate minutes, codes without a documentation
/// profile (orthotic management, self-care training), and diagnosis codes whose form is in doubt.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 78 of 103 cases agree (101 needed), and 18 of the 67 notes the reviewer passes got a finding, on the
/// analyzer of 9bc1aa7 (the start of the 2026-12-05 sixth session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 78 of 103, 18 false positives — the same cases — at its first run on the analyzer of 37948e2 (the session's
/// readings of what the forty-third to forty-seventh sets had left; not shaped by this set): the held-out figure —
/// outpatient OT and hand therapy (CHTs, neuro OT, driver rehab). Then development data, worked through (with four
/// read-only reviews of the readings): 103 of 103, no false positive — "Ratio 1 OT : 1 client", "CHT with this client
/// exclusively", "OT hands-on for all of the NMR", "mixed 1:1" as a ratio, ICAM and tendon exercises ("composite fist x
/// 10", "place and hold"), an Amadeo's "assist-as-needed mode", driver-rehab drills ("divided-attention drills", "on
/// the simulator", "scanning drills"), "R MF" as a region, "MP held in ext", "Sensation impaired? N", "Of today's 38
/// timed minutes, 23 went to … and 15 to the kitchen task (97530)", "# µV" and "2 verbal cues", medication management
/// under the code line. New examples in NotesAsWrittenTests "forty-eighth-to-fifty-second-sets".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FiftySecondTests(ITestOutputHelper output)
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

        // Cincinnati P/I/E "seen individually, OT and client the only two in the room"; trunk-restrained reach-to-grasp, tactile-cued finger extension and cup release, occluded thumb matching; L hand motor control and position sense; Box & Blocks and counts: passes.
        ["v1-h52-blueash-only-two-in-the-room"] = new(
            """
            RIVERBEND NEURO OT — Blue Ash
            P: L hand motor control after R MCA infarct — weak finger extension, can't let go of a cup; L thumb position sense impaired (2/5 correct at IE)
            I: NMR 97112 — 23 min — seen individually, OT and client the only two in the room
               • reach-to-grasp w/ trunk restraint (strap across chest to chair back), targets at 3 distances
               • isolated finger ext w/ TC over dorsal MCPs, then release of 3 cup sizes
               • thumb position matching L → R w/ vision occluded
            E: Box & Blocks L 11 / R 54 (L 6 at IE); 8/10 cup releases w/o tipping; thumb matching 4/5
            """,
            ["I69.354"], [OT("97112", 23)], []),

        // Northern Kentucky "Ratio 1 OT : 1 client, whole NMR block"; shoulder rhythmic stabilization, metronome target tapping, weighted-cuff cup-to-mouth; R UE ataxia after a cerebellar infarct; 9-hole peg and finger-to-nose seconds: passes.
        ["v1-h52-covington-ratio-one-ot-one-client"] = new(
            """
            RIVERBEND NEURO OT — Covington, KY
            P: R UE ataxia after R cerebellar infarct — overshoots targets, movement breaks into pieces when reaching for the faucet
            I: 97112 NMR 25 min. Ratio 1 OT : 1 client, whole NMR block.
               Rhythmic stabilization at R shoulder in sitting, then slow target tapping to a metronome (60 bpm) across a 5-target board; cup-to-mouth w/ 1-lb wrist cuff, trunk supported
            E: 9-hole peg R 58 s / L 21 s (R 71 s last wk); finger-to-nose x 5 R 14 s
            """,
            ["I69.393"], [OT("97112", 25)], []),

        // Cleveland CHT "CHT with this client exclusively; hand room otherwise empty"; late-phase sensory re-education (eyes-closed localization, graded sandpaper, object ID in a rice bin); R median discriminative sensation; Semmes, 2PD and object count: passes.
        ["v1-h52-lakewood-cht-exclusively"] = new(
            """
            LAKESHORE HAND & UE CENTER · Lakewood
            Hand Therapy Visit — wk 14 s/p R median nerve repair at the wrist
            97112 (22 min) — CHT with this client exclusively; hand room otherwise empty.
            Late-phase sensory re-ed: localization of touch w/ eyes closed, then checked w/ eyes open; graded sandpaper discrimination (coarse → fine); object ID (key, paper clip, button, coin) buried in a rice bin.
            Sensory status: ↓ discriminative sensation R thumb/IF/MF pulps — mislocalizes to the adjacent digit.
            Semmes-Weinstein IF/MF pulp 3.61 (4.31 at wk 10); static 2PD IF 9 mm; object ID 6/8.
            """,
            ["S64.11XD"], [OT("97112", 22)], []),

        // Cincinnati "Concurrent: OT split time between this client and a 2nd client at the light board": not one-on-one; PNF D1 with slow reversals, forearm weight bearing with cross-midline reach; L UE recruitment; FMA-UE present.
        ["v1-h52-mason-concurrent-light-board"] = new(
            """
            RIVERBEND NEURO OT — Mason
            97112 — 22 min — Concurrent: OT split time between this client and a 2nd client at the light board
            PNF D1 flexion/extension L UE w/ manual resistance and slow reversals; weight bearing through L forearm on a wedge while reaching across midline w/ R
            Problem: ↓ L UE motor recruitment (shoulder flexors, triceps) after R frontal-parietal infarct
            FMA-UE 34/66 (29/66 at IE)
            """,
            ["I69.354"], [OT("97112", 22)], [At(OneOnOne, "97112")]),

        // Florence KY "Stroke Hand Group — 4 clients / 1 OTR" billed 97112: not one-on-one; drum-paced bilateral reaching (rhythmic auditory cueing); R UE recruitment and timing; on-beat count and finger-tapping test present.
        ["v1-h52-florence-stroke-hand-group"] = new(
            """
            RIVERBEND NEURO OT — Florence, KY
            Stroke Hand Group — 4 clients / 1 OTR (Thurs 2 p.m.)
            97112 — 24 min
            Bilateral symmetrical reach-to-target on the tabletop paced to a hand-drum beat (rhythmic auditory cueing), then alternating forward punches to the beat
            Targets R UE motor recruitment and timing of the R arm with the L after L MCA stroke
            On-beat reaches R 7/10 (4/10 two wks ago); finger tapping test R 31 taps / 10 s
            """,
            ["I69.351"], [OT("97112", 24)], [At(OneOnOne, "97112")]),

        // Cleveland "Client ran her sensory sequence on her own while the CHT molded another client's thumb spica": not one-on-one; desensitization dowels and localization retraining; SF digital nerve hypersensitivity and mislocalization; 2PD and count present.
        ["v1-h52-parma-cht-molding-another-orthosis"] = new(
            """
            LAKESHORE HAND & UE CENTER · Parma
            97112 22 min. Client ran her sensory sequence on her own while the CHT molded another client's thumb spica at the splint pan; checked her at the end.
            Sequence: desensitization dowels (moleskin → Velcro hook), then localization retraining w/ eyes closed along the ulnar side of the L SF
            L SF ulnar digital nerve repair — hypersensitive scar, mislocalizes touch proximally
            Static 2PD SF ulnar pulp 12 mm; localization 5/10 correct
            """,
            ["S64.497D"], [OT("97112", 22)], [At(OneOnOne, "97112")]),

        // Northern Kentucky complete 97112 (tapping and vibration facilitation, graded dowel release; L finger extensors in flexor synergy; MP extension degrees and dowel count) that never says how the client was attended.
        ["v1-h52-fortthomas-attendance-unstated"] = new(
            """
            RIVERBEND NEURO OT — Fort Thomas
            NMR (97112) 20 min
            Facilitation: quick tapping + hand-held vibration over L finger/wrist extensors, then active release of dowels graded 1.5" → 3/4" diameter
            L finger extensors poorly recruited, hand pulls into flexor synergy w/ effort
            Active MP ext L −30° (−45° last wk); 12 dowels grasped/released in 60 s
            """,
            ["I69.354"], [OT("97112", 20)], [At(OneOnOne, "97112")]),

        // East Tennessee D/A/P: the only "1:1" is the texture bin's rice-and-lentil mix: one-on-one never stated; graded texture bins and object identification behind a screen after ulnar transposition; ulnar-side hypersensitivity; Semmes and object count present.
        ["v1-h52-oakridge-one-to-one-is-a-mix"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Oak Ridge
            D: 97112 · 21 min. Sensory re-ed L hand: graded texture bins (dry rice and lentils mixed 1:1, then popcorn kernels), object identification w/ vision blocked by a screen, tracing letters on the ulnar palm.
               L ulnar-side hypersensitivity + ↓ touch threshold RF/SF after cubital tunnel transposition.
            A: Semmes SF pulp 3.61 (4.56 at IE); identified 7/10 objects; tolerated the popcorn bin for a full trial today.
            P: Progress to coins/keys in the bin.
            """,
            ["G56.22"], [OT("97112", 21)], [At(OneOnOne, "97112")]),

        // Kansas City driver rehab "Paired clinic session — 2 clients" on 97530, which has no one-on-one check; simulator hazards and brake-reaction trials; slowed processing after TBI with a warehouse-job goal; reaction seconds and missed hazards: passes.
        ["v1-h52-independence-paired-session-97530"] = new(
            """
            HEARTLAND DRIVER REHABILITATION PROGRAM — Independence clinic
            Clinic session (pre-driving) · 97530 · 26 min
            Paired clinic session — 2 clients; CDRS alternated between the simulator and the reaction timer.
            • Simulator: suburban route w/ pop-out hazards (pedestrian, ball in the street, braking truck)
            • Brake-reaction trials on the pedal unit, random light cue, R foot
            Slowed processing + delayed hazard response after TBI (car crash last spring); goal is clearance to drive to his job at the Blue Springs warehouse
            Brake RT 0.84 s mean of 10 (1.02 s at IE); missed 2 of 11 hazards
            """,
            ["S06.2X1S"], [OT("97530", 26)], []),

        // Frankfort KY PT + OT co-treat "this client only — OT hands-on for all of the NMR": one-on-one; OT 97112 22 (counter weight bearing, scapular PNF; recruitment and postural control; FMA-UE) and PT 97116 16 (hemi-walker, AFO, distance, CGA; knee hyperextension) both match: passes.
        ["v1-h52-frankfort-cotreat-this-client-only"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION · Outpatient Neuro · Frankfort
            Co-treat (PT + OT), this client only — OT hands-on for all of the NMR.
            OT · 97112 · 22 min: standing at the counter w/ weight through the extended L arm while the R hand reaches for cups in the upper cabinet; PNF scapular protraction/elevation w/ approximation through the L shoulder. L UE motor recruitment + standing postural control after R MCA stroke. FMA-UE 27/66 (21/66 at IE).
            PT · 97116 · 16 min: hemi-walker, L AFO, 3 x 80 ft level + 1 x 40 ft carpet, CGA; cues to soften the L knee — hyperextends in stance.
            """,
            ["I69.354"], [OT("97112", 22), PT("97116", 16)], []),

        // ---------------------------------------------------------------- class 2: grids, check marks and Y/N fields

        // Louisville Cerner-style "Treatment Delivery ■ Individual □ Concurrent □ Group"; kinesthetic position training with vision occluded, side-sitting forearm weight shift; L UE proprioception and recruitment after a thalamic infarct; JPS error and FMA motor: passes.
        ["v2-h52-stmatthews-filled-square-individual"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION — OP OT Treatment Note · St. Matthews
            Treatment Delivery   ■ Individual   □ Concurrent   □ Group
            Neuromuscular Re-education (97112) ........ 24 min
              Kinesthetic training: OT places the L elbow/wrist in a position w/ vision occluded, client reproduces it actively; side-sitting weight shift onto the L forearm w/ graded reach
              Impairment: L UE proprioception loss and ↓ motor recruitment after R thalamic infarct
              Elbow JPS error 15° (25° at IE); FMA-UE motor 30/66
            """,
            ["I69.354"], [OT("97112", 24)], []),

        // Georgetown KY "Individual tx? N     Concurrent tx? Y": not one-on-one; NMES-assisted grasp and release during cup transfers; L wrist/finger extensor recruitment; wrist degrees and cup count present.
        ["v2-h52-georgetown-individual-n-concurrent-y"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION — OP OT · Georgetown
            Individual tx? N     Concurrent tx? Y
            97112 — 23 min
            NMES-assisted grasp and release (wrist/finger extensor channel, cycled w/ trigger) during cup transfers across midline; active-assist wrist extension in a gravity-eliminated plane
            L wrist/finger extensor recruitment after R MCA stroke
            Active wrist ext L 20° (5° at IE); cups transferred 9 in 60 s
            """,
            ["I69.354"], [OT("97112", 23)], [At(OneOnOne, "97112")]),

        // Cleveland hand visit with "Edema mgmt ✘  Scar mgmt ✔  Orthosis check ✔  Sensory ✘": 97140 10 (scar massage, radiocarpal distraction and glides with grade and bouts) and 97110 18 (wrist and forearm exercises with doses) match; wrist stiffness after ORIF with degrees: passes.
        ["v2-h52-westlake-check-and-cross-boxes"] = new(
            """
            LAKESHORE HAND & UE CENTER · Westlake — Hand Therapy Visit, wk 8 s/p R distal radius ORIF (volar plate)
            Edema mgmt ✘   Scar mgmt ✔   Orthosis check ✔   Sensory ✘
            Orthosis: wrist cock-up now nights only; fit ok, no pressure areas
            97140 — 10 min: scar massage over the volar incision, cross-fiber + circular, 3 x 60 s; radiocarpal distraction gr II 3 x 30 s, then dorsal glides of the carpus gr III 3 x 30 s
            97110 — 18 min: wrist flex/ext AROM 2 x 15, pronation/supination w/ hammer 2 x 10, composite fist / tabletop / hook fist x 10 each, wrist ext w/ 1-lb weight 2 x 12
            ROM: R wrist ext 35°, flex 30°, supination 50° — stiffness after ORIF limits turning a key and lifting a pan
            """,
            ["S52.571D"], [OT("97110", 18), OT("97140", 10)], []),

        // Cincinnati kitchen 97530 with a FIM-style scale "7  6  [5]  4  3  2  1  (5 = supervision / set-up)": goetta and eggs at the stovetop, cart carry; mild R hemiparesis and standing balance with a breakfast goal: passes.
        ["v2-h52-norwood-fim-level-in-brackets"] = new(
            """
            RIVERBEND NEURO OT — Norwood
            97530 Ther Activity — 18 min
            Kitchen: fried goetta + scrambled eggs at the stovetop, R hand stabilizing the pan handle; plated and carried to the table on a rolling cart
            FIM-style level, meal prep:   7   6   [5]   4   3   2   1     (5 = supervision / set-up)
            R hemiparesis (mild) — weak R grasp, loses grip on the spatula when flipping; standing balance at the stove
            Goal: make her own breakfast before her husband leaves for his shift
            """,
            ["I69.351"], [OT("97530", 18)], []),

        // Lexington "Tapping N | Approximation N | PNF N | WB through UE N | Mirror N | Vibration N" and nothing else done is written; 1:1 Y, L UE spasticity and recruitment, MAS and FMA present: technique only.
        ["v2-h52-hamburg-technique-row-all-n"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION — OP OT · Lexington (Hamburg)
            97112 — 23 min     1:1 w/ OT: Y
            Tapping N | Approximation N | PNF N | WB through UE N | Mirror N | Vibration N
            Impairment: L UE flexor spasticity, ↓ recruitment of L wrist/finger extensors (R MCA CVA)
            MAS L elbow flexors 1+, wrist flexors 2; FMA-UE 31/66
            """,
            ["I69.354"], [OT("97112", 23)], [At(Tech, "97112")]),

        // East Tennessee "Direct one-on-one?  ( ) yes  (✓) no — 2nd hand pt on the other table": not one-on-one; donor-activation motor re-education after an AIN-to-ulnar motor nerve transfer; intrinsic recruitment; MRC grade and key pinch present.
        ["v2-h52-maryville-direct-one-on-one-no"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Maryville
            D: 97112 — 20 min. Direct one-on-one?  ( ) yes  (✓) no — 2nd hand pt on the other table
               Motor re-ed after AIN-to-ulnar motor nerve transfer: donor activation — forceful pronation against resistance while attempting IF abduction, mirror feedback, then abduction attempts w/o the pronation cue
               L intrinsic weakness w/ poor FDI/ADM recruitment, clawing RF/SF
            A: FDI MRC 2/5 (1/5 at wk 12); key pinch 2.5 kg
            """,
            ["G56.22"], [OT("97112", 20)], [At(OneOnOne, "97112")]),

        // East Tennessee 97110 with "Jamar grip (pos II) R ____ lb / L ____ lb" and pinch blanks, exercises named without a dose and no other number: no measure; MF/RF stiffness after a boxer's fracture present.
        ["v2-h52-farragut-grip-fields-blank"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Farragut
            D: 97110, 16 min: tendon glides, PIP/DIP blocking, putty squeeze, wrist curls, finger abduction w/ rubber band.
               R MF/RF stiffness after small-finger metacarpal neck fx (boxer's) — can't close the fist to the palm, grip weak.
               Jamar grip (pos II) R ____ lb / L ____ lb     Pinch (lateral) R ____ / L ____
            A: Progressing.
            P: Measure grip next visit.
            """,
            ["S62.336D"], [OT("97110", 16)], [At(Measure, "97110")]),

        // Kansas City driver-rehab checklist "☑ brake reaction timer ☑ visual scanning board ☑ simulator ☐ in-car (next visit)": left-foot accelerator training after stroke; reaction seconds, lane deviations and lights hit; work-driving goal: passes.
        ["v2-h52-overlandpark-driver-checklist"] = new(
            """
            HEARTLAND DRIVER REHABILITATION PROGRAM — Overland Park
            97530 · 28 min · OTR/L, CDRS
            ☑ brake reaction timer   ☑ visual scanning board   ☑ simulator — highway module   ☐ in-car (next visit)
            Left-foot accelerator (LFA) training after L CVA w/ R hemiparesis (R ankle DF 0/5, no R foot on the pedals): gas-to-brake with the L foot on the pedal unit, then merging and lane changes on the simulator highway module
            Brake RT w/ LFA 0.81 s (1.10 s last session); lane deviations 4 on the 5-mile simulated route; scanning board 22/24 lights hit
            Goal: drive herself to work in Lenexa with an LFA installed
            """,
            ["I69.351"], [OT("97530", 28)], []),

        // Cincinnati bathroom task table "Done w/o hands-on help?" with N (CGA) / Y (set-up) / Y (supervision): tub step-over, long-sponge bathing, drying; L foot clearance after stroke with a shower goal: passes.
        ["v2-h52-anderson-hands-on-help-column"] = new(
            """
            RIVERBEND NEURO OT — Anderson Twp
            97530 — 20 min — bathroom (ADL suite)
            Task                                   Done w/o hands-on help?
            Tub step-over w/ grab bar, x 4         N (CGA — L foot catches the rim)
            Seated LB bathing w/ long sponge       Y (set-up)
            Towel dry + lotion to L leg            Y (supervision)
            L hemiparesis after R MCA stroke; L foot clearance; goal — shower at home w/o her daughter lifting her leg over the tub
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // Shelbyville "Sensation impaired? N  Proprioception impaired? N  Tone abnormal? N  Coordination impaired? N  Motor control impaired? N" with no deficit written elsewhere; PNF, rhythmic stabilization, metronome opposition, 1:1 and 9-hole peg present: deficit only.
        ["v2-h52-shelbyville-impairment-rows-all-n"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION — OP OT · Shelbyville
            97112 — 20 min — 1:1 (OT and pt only)
            PNF D2 flexion/extension B UE w/ timing for emphasis; rhythmic stabilization in tall sitting; alternating finger-to-thumb opposition sequences to a metronome
            Sensation impaired? N   Proprioception impaired? N   Tone abnormal? N   Coordination impaired? N   Motor control impaired? N
            9-hole peg R 21 s / L 23 s
            """,
            ["R27.8"], [OT("97112", 20)], [At(Deficit, "97112")]),

        // Chattanooga "☑ / ☐" exercise ticks after an A1 pulley release: ticked glides, FDS isolation and blocked PIP stretch with doses (unticked putty ignored); MF PIP contracture with degrees: passes.
        ["v2-h52-chattanooga-ballot-box-ticks"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Chattanooga (North Shore)
            D: 97110 — 15 min — wk 2 s/p R MF A1 pulley release
               ☑ tendon glides (straight, hook, full fist, tabletop) x 10 each
               ☑ FDS isolation MF x 10
               ☐ putty
               ☑ PIP extension stretch w/ MP blocked, 30 s x 4
               R MF PIP flexion contracture 15° and a catch at end-range fist
            A: MF PIP ext −15° → −10° after stretch; fist to palm w/o catching
            """,
            ["M65.331"], [OT("97110", 15)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes

        // Cleveland "Norwich regimen" in a dorsal blocking orthosis after a zone II MF repair: passive warm-up, active mid-range flexion with hold, extension to the hood, tenodesis with counts; flexion lag/adhesion risk with degrees: passes.
        ["v3-h52-lakewood-norwich-regimen"] = new(
            """
            LAKESHORE HAND & UE CENTER · Lakewood
            Hand Therapy Visit — wk 3, zone II FDS/FDP repair R MF
            Protocol: Norwich regimen, dorsal blocking orthosis (wrist 30° ext, MPs 60–70° flexion) — not removed
            97110 — 20 min: passive flexion warm-up x 10; active flexion to mid-range w/ hold x 10; active extension to the orthosis hood x 10; tenodesis in the orthosis x 10
            Flexion lag and adhesion risk R MF; active PIP flex 45°, DIP 20°; full IP extension to the hood
            Orthosis: checked, strap over the proximal phalanx re-lined
            """,
            ["S66.122D"], [OT("97110", 20)], []),

        // Cleveland "ICAM (immediate controlled active motion)" with a yoke relative-motion orthosis after a zone VI EDC repair: active fist/extension in the orthoses with counts; MF extensor lag and MP flexion degrees: passes.
        ["v3-h52-westlake-icam-yoke"] = new(
            """
            LAKESHORE HAND & UE CENTER · Westlake
            Zone VI EDC repair L MF — ICAM (immediate controlled active motion), post-op wk 2
            Orthoses: yoke relative-motion orthosis holding the L MF MP 20° more extended than IF/RF; wrist orthosis at 20° ext
            97110 (16 min): active composite fist and full extension inside both orthoses x 15; isolated MF DIP/PIP flexion x 10; wrist tenodesis in the orthosis x 10
            L MF extensor lag 10° at the MP; MP flexion 55° in the yoke
            """,
            ["S66.323D"], [OT("97110", 16)], []),

        // Knoxville "Evans SAM protocol, wk 3" after a RF central slip repair: template-orthosis PIP/DIP flexion and extension with counts; PIP extension lag degrees: passes (template numbers and weeks are not measures, the lag is).
        ["v3-h52-knoxville-evans-sam"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Knoxville (Fort Sanders)
            D: 97110 · 18 min · Evans SAM protocol, wk 3 after R RF central slip repair
               Template orthosis #1 (PIP 30° / DIP 20°): active PIP + DIP flexion to the template stop x 20, then active extension x 20; template #2 (DIP free, PIP held straight): active DIP flexion x 20
               Resting PIP extension orthosis back on between sets.
            A: R RF PIP extension lag 10°, no increase; active PIP flexion reaching the 30° stop
            P: wk 4 — template to 40° if the lag stays at 10° or less.
            """,
            ["S66.324D"], [OT("97110", 18)], []),

        // Cincinnati "Amadeo finger robot, assist-as-needed mode", "1:1 — OT seated next to client at the robot throughout"; cycles and active trials; L finger extensor paresis and grasp-release timing; FMA hand and excursion mm: passes.
        ["v3-h52-mason-amadeo-robot"] = new(
            """
            RIVERBEND NEURO OT — Mason
            97112 · 25 min · 1:1 — OT seated next to client at the robot throughout
            Amadeo finger robot, assist-as-needed mode: 150 flexion/extension cycles of L digits 2–5 w/ a visual target game, then 40 active-only trials; assist dropped from 60% to 45%
            L finger extensor paresis + poor timing of grasp-release after R MCA stroke
            FMA hand subscore 6/14 (4/14 at IE); active finger ext excursion on the robot 18 mm (9 mm at IE)
            """,
            ["I69.354"], [OT("97112", 25)], []),

        // Florence KY "Action observation therapy" (video of reach-to-drink, then guided performance), one-on-one, R UE motor planning and recruitment — but "will re-test Fugl-Meyer" and not one number: no measure.
        ["v3-h52-florence-action-observation-no-number"] = new(
            """
            RIVERBEND NEURO OT — Florence, KY
            97112 — one-on-one, OT only with client
            Action observation therapy: client watches a video of reach-to-drink with the R arm, then performs the same movement w/ the OT guiding the scapula; repeated w/ comb-to-hair and turning a doorknob
            R UE motor planning and recruitment deficit after L MCA stroke — shoulder hikes, elbow stays bent on reach
            Client more fluid by the end; will re-test Fugl-Meyer at the progress note
            """,
            ["I69.351"], [OT("97112", 22)], [At(Measure, "97112")]),

        // Cincinnati "PWR! Moves (Parkinson Wellness Recovery) — Tues class, 5 participants, 1 OT" on 97112: not one-on-one; bradykinesia and amplitude; 9-hole peg and TUG present.
        ["v3-h52-blueash-pwr-moves-class"] = new(
            """
            RIVERBEND NEURO OT — Blue Ash
            PWR! Moves (Parkinson Wellness Recovery) — Tues class, 5 participants, 1 OT
            97112 · 24 min: PWR! Up, Rock, Twist and Step in sitting then standing, w/ large-amplitude arm reaches and fast open-close of both hands
            Bradykinesia + ↓ movement amplitude B hands; postural control in turning
            9-hole peg R 31 s / L 28 s; TUG 12.4 s
            """,
            ["R25.1", "R26.89"], [OT("97112", 24)], [At(OneOnOne, "97112")]),

        // Lexington "Astym treatment" (3 passes per region) as 97140 10 and eccentric/isometric wrist work with doses as 97110 15, both match; lateral epicondylalgia with pain-free grip kg and a diner-carafe limit: passes.
        ["v3-h52-lexington-astym-and-eccentrics"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION — OP Hand · Lexington
            Manual Therapy (97140) ........ 10 min
              Astym treatment L forearm extensor mass and lateral elbow, 3 passes per region, then wrist flexor stretch 30 s x 3
            Therapeutic Exercise (97110) ........ 15 min
              Eccentric wrist extension w/ 2-lb dumbbell 3 x 15; isometric wrist ext holds 5 x 45 s; supination w/ hammer 2 x 12
            L lateral epicondylalgia — pain-free grip L 14 kg vs R 30 kg; can't carry a full coffee carafe on her diner shift
            """,
            ["M77.12"], [OT("97140", 10), OT("97110", 15)], []),

        // Kansas City "STISIM Drive simulator" with a divided-attention task; slowed divided attention and L inattention after stroke; missed hazards, reaction seconds and lane departures; daytime church-driving goal: passes.
        ["v3-h52-leessummit-stisim"] = new(
            """
            HEARTLAND DRIVER REHABILITATION PROGRAM — Lee's Summit
            97530 — 30 min — clinical driving prep
            STISIM Drive simulator: rural two-lane then city grid w/ a divided-attention task (press the wheel button when a red car appears on the L)
            Slowed divided attention + L inattention after R MCA stroke
            Missed 2/14 L-side hazards (6/14 at program start); brake RT 0.79 s; 1 lane departure
            Goal: resume driving to her church in Raytown, daytime only
            """,
            ["I69.398"], [OT("97530", 30)], []),

        // Covington low vision "Warren visual hierarchy — scanning" (tabletop array, red anchor line, pantry search); L hemianopia and inattention; cancellation and pantry counts; mail and meal goal: passes.
        ["v3-h52-covington-warren-scanning"] = new(
            """
            RIVERBEND NEURO OT — Covington, KY · Low Vision
            97530 — 22 min
            Warren visual hierarchy — scanning: wide-field search for targets spread across a tabletop array, L → R line by line; red anchor line down the L margin for reading mail; pantry search for named cans
            L homonymous hemianopia + L inattention after R PCA stroke — misses food on the L of the plate, loses her place reading
            Cancellation 28/36 (6 L-side misses); pantry items found 7/8 w/ the anchor strategy
            Goal: read her own mail and cook simple meals
            """,
            ["H53.462", "I69.398"], [OT("97530", 22)], []),

        // Cincinnati "Bioness Integrated Therapy System (BITS)" reaction and peripheral-reach programs, individual, with reaction seconds and hits — but the only target is a ticket-booth job goal: no neuromuscular deficit or system.
        ["v3-h52-mason-bits-job-goal-only"] = new(
            """
            RIVERBEND NEURO OT — Mason
            97112 — 20 min — individual, OT-attended start to finish
            Bioness Integrated Therapy System (BITS): standing reaction-time program, then the peripheral-reach program on the touchscreen, hands alternating
            Average reaction 1.8 s; 41 targets hit (33 last visit)
            Goal: back to his seasonal job at the Kings Island ticket booth
            """,
            ["I69.398"], [OT("97112", 20)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings

        // Cleveland "Quadriga: with L MF held in extension, L RF and SF can't reach the palm" after a short FDP repair; differential glides, FDP blocking, fist holds, MF stretch with doses; pulp-to-DPC cm: passes.
        ["v4-h52-parma-quadriga"] = new(
            """
            LAKESHORE HAND & UE CENTER · Parma
            97110 — 17 min
            Quadriga: with the L MF held in extension, L RF and SF can't reach the palm — MF FDP repaired short
            Differential tendon glides x 10; isolated FDP blocking RF/SF x 10 each; composite fist holds 5 s x 10; MF extension stretch w/ wrist neutral 30 s x 3
            Pulp-to-DPC RF 3 cm / SF 3.5 cm
            """,
            ["S66.123D"], [OT("97110", 17)], []),

        // Cleveland 97140 "Bunnell-Littler positive R IF/MF" (PIP flexion 30° with MP extended vs 85° flexed) as intrinsic tightness after a crush injury; intrinsic stretch holds, PIP volar glides with grade and bouts, web-space STM: passes.
        ["v4-h52-beachwood-bunnell-littler"] = new(
            """
            LAKESHORE HAND & UE CENTER · Beachwood
            97140 · 12 min
            Bunnell-Littler positive R IF/MF: PIP flex 30° w/ MP held in ext vs 85° w/ MP flexed → intrinsic tightness after crush injury (pallet jack)
            Intrinsic stretch: MP held in ext, PIP/DIP passively flexed, 30 s x 5 each digit; PIP volar glides gr III 3 x 30 s IF/MF; STM to the interossei in the web spaces
            """,
            ["S67.190D", "M25.641"], [OT("97140", 12)], []),

        // East Tennessee "Froment's sign + L (thumb IP flexes hard on key pinch); FDI wasting"; pinch pin, FDI/ADM abduction, ulnar nerve glides with doses; key pinch kg: passes.
        ["v4-h52-oakridge-froment"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Oak Ridge
            D: 97110, 18 min
               Froment's sign + L (thumb IP flexes hard on key pinch); FDI wasting; key pinch L 4 kg / R 9 kg
               Key pinch w/ yellow pinch pin → red 3 x 10; FDI abduction against a rubber band 3 x 12; ADM abduction 3 x 12; ulnar nerve glides x 10
            A: L ulnar intrinsic weakness after cubital tunnel release; no tingling w/ glides
            """,
            ["G56.22"], [OT("97110", 18)], []),

        // East Tennessee RA "R RF swan-neck: PIP hyperextends 20° w/ DIP flexed 35°, lateral bands snap dorsally"; Oval-8 check, blocked PIP flexion, FDS isolation, ORL stretch with doses: passes.
        ["v4-h52-sevierville-swan-neck"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Sevierville
            D: 97110 · 15 min
               R RF swan-neck: PIP hyperextends 20° w/ DIP flexed 35°, lateral bands snap dorsally on the fist (RA)
               Oval-8 ring orthosis size 9 checked — fits, PIP blocked at 10° flexion
               PIP flexion w/ MP blocked 2 x 10; FDS isolation 2 x 10; ORL stretch (PIP ext + DIP flex) 30 s x 4
            A: snapping ↓ with a slow fist; holds a coffee mug handle w/o the RF catching
            """,
            ["M06.041"], [OT("97110", 15)], []),

        // Cincinnati P/I/E "Extinction to double simultaneous touch on the L (6/6 trials)" as the somatosensory deficit; bilateral tactile stimulation occluded, graded textures, weight discrimination; "treated individually by the OT"; DSS and discrimination counts: passes.
        ["v4-h52-anderson-extinction-dss"] = new(
            """
            RIVERBEND NEURO OT — Anderson Twp
            P: Extinction to double simultaneous touch on the L (6/6 trials at start); mislocalizes touch on the L forearm
            I: 97112 · 21 min · client treated individually by the OT
               bilateral tactile stimulation w/ vision occluded (same, then different textures each hand), graded textures to the L hand, weighted-object discrimination (3 canisters)
            E: DSS extinction 6/6 → 4/6 by end of session; weight discrimination 5/8 correct
            """,
            ["I69.354"], [OT("97112", 21)], []),

        // Frankfort "Astereognosis R hand: named 3/10 common objects with vision occluded" as the deficit and a number; covered-box stereognosis training and coin-edge sorting; "OTR/L worked 1:1 w/ client": passes.
        ["v4-h52-frankfort-astereognosis"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION · Outpatient Neuro · Frankfort
            OT · 97112 · 23 min · OTR/L worked 1:1 w/ client
            Astereognosis R hand: named 3/10 common objects with vision occluded (L 10/10)
            Stereognosis training: object manipulation in a covered box, seeing then not seeing the same object; sorting coins by edge (ridged vs smooth) in a pocket
            R UE somatosensory loss after L parietal infarct
            Coin sort 7/10 correct w/o vision
            """,
            ["I69.398"], [OT("97112", 23)], []),

        // Cincinnati "rebound (Holmes) +, dysdiadochokinesia on rapid pro/sup, past-pointing" is the L UE cerebellar deficit; Frenkel-type slate drills and checker placing; "individual OT session"; checker and alternation counts: passes.
        ["v4-h52-norwood-holmes-rebound"] = new(
            """
            RIVERBEND NEURO OT — Norwood
            P: L UE cerebellar signs — rebound (Holmes) +, dysdiadochokinesia on rapid pro/sup, past-pointing on finger-to-target
            I: NMR 97112 — 24 min — individual OT session
               Frenkel-type coordination drills for the L UE on a slate: tracing lines and stopping on command, then placing checkers into marked squares; eyes open → closed
            E: checkers in the square 14/20; rapid alternating pro/sup 8 in 10 s (R 18)
            """,
            ["I69.393"], [OT("97112", 24)], []),

        // Jeffersontown 97112 whose "UE sensory/motor screen today: light touch, proprioception, stereognosis intact B; tone normal; coordination WNL" states no deficit; PNF, rhythmic stabilization, eyes-closed catches, "individual, no other pts", 9-hole peg and grip present.
        ["v4-h52-jeffersontown-screen-within-normal"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION — OP OT · Jeffersontown
            97112 — 20 min — individual, no other pts
            PNF D1/D2 B UE w/ manual resistance, rhythmic stabilization at the shoulders in tall kneeling, eyes-closed ball catches
            UE sensory/motor screen today: light touch, proprioception, stereognosis intact B; tone normal; coordination WNL
            9-hole peg R 19 s / L 21 s; grip R 30 kg / L 28 kg
            """,
            ["R27.8"], [OT("97112", 20)], [At(Deficit, "97112")]),

        // Louisville PT 97116 "L genu recurvatum in midstance with toe drag in swing (↓ L knee control, L DF 2/5)"; posterior-leaf AFO, mirror feedback, distance and SBA: passes.
        ["v4-h52-stmatthews-genu-recurvatum-97116"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION · Outpatient Neuro · St. Matthews
            PT · 97116 · 18 min
            L genu recurvatum in midstance with toe drag in swing (↓ L knee control, L DF 2/5)
            Gait training w/ posterior-leaf AFO and mirror feedback in the hallway, 4 x 60 ft, SBA; cues for a slight knee bend at loading
            """,
            ["I69.354", "R26.89"], [PT("97116", 18)], []),

        // Kansas City 97530 "R homonymous hemianopia on confrontation testing; turns head late and misses R-side signs"; windshield-mock-up head turns, light-board signs, shoulder checks; signs read k of 12; on-road screen goal: passes.
        ["v4-h52-olathe-hemianopia-confrontation"] = new(
            """
            HEARTLAND DRIVER REHABILITATION PROGRAM — Olathe
            97530 · 24 min
            R homonymous hemianopia on confrontation testing; turns head late and misses R-side signs
            Scanning drills: head turns to the R at each "intersection" on the windshield mock-up; reading road signs flashed on the R of the light board; shoulder-check practice in the clinic car seat
            R-side signs read 9/12 (5/12 at IE)
            Goal: pass the program's on-road screen for daytime driving
            """,
            ["H53.461", "I69.398"], [OT("97530", 24)], []),

        // Cleveland 97110 "+ CMC grind and crank tests R; thumb adduction contracture — first web span 40 mm (L 60 mm)"; web stretch, opponens/APB isometric holds, FDI putty pinch with doses: passes.
        ["v4-h52-mentor-cmc-first-web"] = new(
            """
            LAKESHORE HAND & UE CENTER · Mentor
            97110 · 15 min
            + CMC grind and crank tests R; thumb adduction contracture — first web span 40 mm (L 60 mm); lateral pinch R 3 kg
            First web stretch in palmar abduction 30 s x 4; isometric opponens/APB holds 6 s x 10 in a stable "C" posture; FDI strengthening w/ putty pinch 2 x 10
            """,
            ["M18.11"], [OT("97110", 15)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms

        // Cleveland 97140 scar mobilization after open CTR with "Vancouver Scar Scale 6/13 (vascularity 2, pliability 3, height 1, pigmentation 0)"; adherent volar scar with pillar pain: passes.
        ["v5-h52-lakewood-vancouver-scar-scale"] = new(
            """
            LAKESHORE HAND & UE CENTER · Lakewood
            97140 — 10 min
            L volar wrist/palm incision after open carpal tunnel release: scar adherent to underlying tissue, pillar pain on push-up from a chair
            Scar mobilization: sustained pressure + skin rolling along the incision, 3 x 90 s; cross-friction at the thenar end
            Vancouver Scar Scale 6/13 (vascularity 2, pliability 3, height 1, pigmentation 0)
            """,
            ["G56.02"], [OT("97140", 10)], []),

        // Cleveland 97140 edema mobilization with "Volumeter R 512 mL / L 455 mL (R 548 mL at IE)"; R hand edema after distal radius ORIF limiting the fist: passes.
        ["v5-h52-beachwood-volumeter"] = new(
            """
            LAKESHORE HAND & UE CENTER · Beachwood
            97140 · 12 min
            Edema mobilization R hand/forearm: proximal clearing at the axilla and elbow, then light distal-to-proximal strokes forearm → hand, 5 rounds
            R hand edema after distal radius ORIF — can't make a full fist
            Volumeter R 512 mL / L 455 mL (R 548 mL at IE)
            """,
            ["S52.571D"], [OT("97140", 12)], []),

        // Cincinnati 97112 shaping with "Motor Activity Log AOU 1.6 / QOM 1.4 (0.9 / 0.8 at IE); FMA-UE 38/66"; learned non-use and wrist extension recruitment; "1:1 with the OT": passes.
        ["v5-h52-blueash-motor-activity-log"] = new(
            """
            RIVERBEND NEURO OT — Blue Ash
            P: R UE learned non-use after L MCA stroke; weak wrist extension recruitment
            I: 97112 — 24 min — 1:1 with the OT
               Shaping: transport of pegs to targets at graded distances, turning pages, stacking checkers — difficulty raised one step after 2 successful trials
            E: Motor Activity Log AOU 1.6 / QOM 1.4 (0.9 / 0.8 at IE); FMA-UE 38/66
            """,
            ["I69.351"], [OT("97112", 24)], []),

        // Cincinnati 97112 in-hand manipulation drills with "Functional Dexterity Test R 58 s w/ 2 penalties (L 22 s)"; fine-motor coordination after a subcortical stroke; "individual tx, OT only": passes.
        ["v5-h52-anderson-functional-dexterity-test"] = new(
            """
            RIVERBEND NEURO OT — Anderson Twp
            97112 — 22 min — individual tx, OT only
            In-hand manipulation drills: finger-to-palm translation of coins, palm-to-finger, shifting along a pencil; tip-pinch grading of foam vs wooden beads
            R hand fine-motor coordination / in-hand manipulation deficit after L subcortical stroke
            Functional Dexterity Test R 58 s w/ 2 penalties (L 22 s)
            """,
            ["I69.398"], [OT("97112", 22)], []),

        // Kansas City 97530 "Brake reaction time (RT-2S timer), 10 trials: mean 0.62 s, SD 0.09"; pedal transfers and simulator stops; R DF weakness and foot position sense from neuropathy; home-health driving goal: passes.
        ["v5-h52-northkc-brake-reaction-time"] = new(
            """
            HEARTLAND DRIVER REHABILITATION PROGRAM — North Kansas City
            97530 · 22 min
            Gas-to-brake transfers on the pedal unit w/ a random light cue, then stop-sign and light-change scenarios on the simulator
            R ankle DF weakness and ↓ R foot position sense (diabetic neuropathy); goal: keep driving for her home-health visits
            Brake reaction time (RT-2S timer), 10 trials: mean 0.62 s, SD 0.09 (program cut-off 0.70 s)
            """,
            ["E11.42"], [OT("97530", 22)], []),

        // Kansas City 97530 divided-attention and route-planning drills with "Trails B 104 s (2 errors); UFOV subtest 2 180 ms"; slowed processing after TBI; community-college driving goal: passes.
        ["v5-h52-shawnee-trails-b-ufov"] = new(
            """
            HEARTLAND DRIVER REHABILITATION PROGRAM — Shawnee
            97530 — 25 min
            Divided-attention drills: naming road signs on the light board while tracking a moving target; route planning on a paper map, then turn-by-turn recall
            Slowed processing speed + divided attention after TBI; goal: drive to evening classes at JCCC
            Trails B 104 s (2 errors); UFOV subtest 2 180 ms
            """,
            ["S06.2X1S"], [OT("97530", 25)], []),

        // Georgetown 97530 lower-body dressing with a sock aid, reacher and one-handed bow, "now S (min A at IE)" beside COPM scores; L hemiparesis with a dress-for-work goal: passes.
        ["v5-h52-georgetown-level-beside-copm"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION — OP OT · Georgetown
            Therapeutic Activity (97530) ........ 20 min
              LB dressing w/ sock aid and reacher from a chair, then tying shoes with the one-handed bow
              L hemiparesis, sitting balance when reaching to the feet; goal: dress for work without his wife's help
              LB dressing now S (min A at IE); COPM dressing performance 4 → 6, satisfaction 3 → 6
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // Fort Thomas 97112 whose only progress is "Grip looks stronger; she says buttoning is easier. Fine motor improving."; weight bearing with tapping, PNF with rhythmic initiation, 1:1 and R UE recruitment present: no measure.
        ["v5-h52-fortthomas-looks-stronger"] = new(
            """
            RIVERBEND NEURO OT — Fort Thomas
            97112 — 20 min — 1:1
            Weight bearing on the extended R arm with tapping over the triceps; PNF D1 flexion R UE w/ rhythmic initiation
            ↓ R UE motor recruitment after L MCA stroke
            Grip looks stronger; she says buttoning is easier. Fine motor improving.
            """,
            ["I69.351"], [OT("97112", 20)], [At(Measure, "97112")]),

        // East Tennessee 97110 "Did her hand exercises: tendon glides, thumb opposition, wrist stretches, putty." with no set, repetition, hold, load or number: no measure; stiffness after a distal radius fracture present.
        ["v5-h52-maryville-exercises-without-a-dose"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Maryville
            D: 97110. Did her hand exercises: tendon glides, thumb opposition, wrist stretches, putty.
               L wrist and hand stiffness after distal radius fx, cast off last month
            A: Doing better.
            P: Cont.
            """,
            ["S52.532D"], [OT("97110", 15)], [At(Measure, "97110")]),

        // Kansas City 97530 "did better than last time, fewer misses on the L" with no count, time or level: no measure; light-board scanning and simulator braking, L inattention and a senior-centre goal present.
        ["v5-h52-leessummit-did-better-than-last-time"] = new(
            """
            HEARTLAND DRIVER REHABILITATION PROGRAM — Lee's Summit
            97530 — clinic session
            Scanning at the light board and braking scenarios on the simulator — did better than last time, fewer misses on the L
            L inattention after R CVA; goal: drive to the senior center
            """,
            ["I69.398"], [OT("97530", 20)], [At(Measure, "97530")]),

        // East Tennessee 97112 whose only numbers are the client's age and weeks since the stroke (not measures); task-specific grasp with thenar cueing, jar release, mirror feedback; one-on-one; R hand motor control and grasp timing: no measure.
        ["v5-h52-knoxville-age-and-weeks-only"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Knoxville (West)
            D: 72 y/o retired machinist, 9 wks s/p L pontine stroke. 97112, one-on-one w/ OT in the quiet room.
               Task-specific grasp training w/ tactile cueing at the thenar eminence; graded reach-and-release of jars and lids; mirror feedback for wrist extension
               R hand motor control + grasp timing deficit
            A: More consistent release than last visit.
            P: Add the dexterity board next visit.
            """,
            ["I69.351"], [OT("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms

        // Cincinnati "Of today's 38 timed minutes, 23 went to neuro re-ed (97112) and 15 to the kitchen task (97530)": each code's minutes, both match; 1:1; counter weight bearing and PNF with FMA-UE; a 3-way at the stove with SBA and a lunch goal: passes.
        ["v6-h52-norwood-share-of-timed-minutes"] = new(
            """
            RIVERBEND NEURO OT — Norwood
            Of today's 38 timed minutes, 23 went to neuro re-ed (97112) and 15 to the kitchen task (97530). Client seen 1:1 by the OT throughout.
            NMR: weight bearing through the L forearm on the counter while the R hand wipes in circles; PNF D2 flexion L UE w/ approximation. L UE motor recruitment + standing postural control after R MCA stroke. FMA-UE 40/66.
            Kitchen: made a 3-way at the stovetop — heated the chili, boiled spaghetti, carried the pot to the sink w/ both hands; SBA; goal — cook lunch for herself on weekdays.
            """,
            ["I69.354"], [OT("97112", 23), OT("97530", 15)], []),

        // Cleveland "Billing: 97140 × 1 unit (10 min) · 97110 × 1 unit (14 min)": minutes in parentheses beside units, both match; DRUJ glides with grade and bouts, forearm exercises with doses; rotation loss in degrees with a doorknob limit: passes.
        ["v6-h52-westlake-units-with-minutes"] = new(
            """
            LAKESHORE HAND & UE CENTER · Westlake
            Billing: 97140 × 1 unit (10 min) · 97110 × 1 unit (14 min)
            Manual: DRUJ dorsal/volar glides gr III 3 x 30 s; STM pronator quadratus region
            Ex: active supination/pronation w/ hammer 3 x 10; wrist ext w/ 2-lb weight 2 x 12; forearm rotation w/ FlexBar 2 x 10
            L forearm rotation loss after distal radius fx — supination 45°, pronation 70°; can't turn a doorknob or take change in his palm
            """,
            ["S52.572D"], [OT("97140", 10), OT("97110", 14)], []),

        // Lexington "97112  9:40a–10:03a | 97530  10:03a–10:18a | 1:1 throughout": 23 and 15 minutes, both match; stabilization/PNF/weight shift with FMA-UE; laundry tasks with CGA and a goal: passes.
        ["v6-h52-lexington-clock-times-a-p"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION — OP OT · Lexington
            97112  9:40a–10:03a   |   97530  10:03a–10:18a   |   1:1 throughout
            97112: rhythmic stabilization at the L shoulder in standing, PNF D1 flexion w/ repeated stretch, weight shift onto the L UE at the counter. L UE motor recruitment + postural control after R MCA stroke. FMA-UE 35/66.
            97530: folded and carried laundry from the dryer to the bed (3 loads), hung 6 shirts on a closet rod; CGA for balance, L hand assisting. Goal: do her own laundry.
            """,
            ["I69.354"], [OT("97112", 23), OT("97530", 15)], []),

        // East Tennessee "97530 — 30 min" on the one timed code against an 18-min OT line: mismatch; quilting tasks with counts and Mod I; CMC OA with pinch kg and a quilt goal complete.
        ["v6-h52-bearden-ot-97530-30-against-18"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Knoxville (Bearden)
            D: 97530 — 30 min. Quilting tasks: rotary-cutting fabric strips w/ an ergonomic cutter, pinning 12 blocks, hand-sewing a binding
               R thumb CMC OA — pain w/ pinch, lateral pinch 4 kg; goal: finish the quilt for her granddaughter
               Mod I w/ CMC orthosis on; 2 rests
            """,
            ["M18.11"], [OT("97530", 18)], [At(Mismatch, "97530")]),

        // Frankfort co-treat "two therapists, one patient": the OT's "NMR 35 min" against a 22-min OT 97112 line: mismatch; the PT's "Gait 97116 16 min" matches; both sections complete (chops/lifts, UE weight bearing; FMA-UE and Berg; quad cane, distance, CGA; foot drop).
        ["v6-h52-frankfort-cotreat-ot-nmr-differs"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION · Outpatient Neuro · Frankfort
            Co-treat: two therapists, one patient (treated individually) — both hands-on throughout.
            OT — NMR 35 min: PNF chops/lifts to the R in standing, R UE weight bearing at the parallel bar while the L reaches, sit-to-stand w/ the R hand on a knob for R UE engagement. R UE/trunk motor recruitment + postural control. FMA-UE 44/66; Berg 38/56.
            PT — Gait 97116 16 min: quad cane, 2 x 100 ft, CGA; R toe-clearance cues; R foot drop in swing.
            """,
            ["I69.351"], [OT("97112", 22), PT("97116", 16)], [At(Mismatch, "97112")]),

        // Cleveland "Treatment time: 35 min" with one timed code (97110, 20 billed): the uncoded minutes are the code's and differ; grip exercises with doses; grip weakness after scaphoid ORIF with kg and a toolbox limit complete.
        ["v6-h52-beachwood-treatment-time-one-code"] = new(
            """
            LAKESHORE HAND & UE CENTER · Beachwood
            Treatment time: 35 min
            97110: putty grip (green) 3 x 15, wrist roller 3 x 5 up/down, finger extension w/ rubber band 3 x 12, pronation/supination w/ hammer 2 x 12
            R grip weakness after scaphoid ORIF — grip R 18 kg / L 34 kg; can't carry his toolbox
            """,
            ["S62.001D"], [OT("97110", 20)], [At(Mismatch, "97110")]),

        // Cincinnati "Timed tx 38 min (NMR + ADL). 1:1 w/ OT." is the only time for 97112 and 97530: no minutes for each; both sections complete (PNF and forced-use reach with 9HPT; pullover shirt and button hook with assist levels and a church goal).
        ["v6-h52-mason-total-with-codes-named"] = new(
            """
            RIVERBEND NEURO OT — Mason
            Timed tx 38 min (NMR + ADL). 1:1 w/ OT.
            NMR: PNF D1 extension w/ rhythmic stabilization in sitting; forced-use reaching w/ the L hand for a basket at 3 heights. L UE motor recruitment after R MCA stroke. 9HPT L 64 s.
            ADL: UB dressing — pullover shirt w/ the hemi technique x 3, buttoning w/ a button hook; min A → SBA; goal: dress for church on his own.
            """,
            ["I69.354"], [OT("97112", 23), OT("97530", 15)], [SepTime]),

        // East Tennessee "97140 — 10 min" but the ther ex that follows has no minutes: separate time missing; both parts complete (PIP mobs with grade and bouts, scar massage; glides, reverse blocking, putty extension; PIP contracture degrees).
        ["v6-h52-sevierville-minutes-for-one-of-two"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Sevierville
            D: 97140 — 10 min: PIP joint mobs R MF, volar glide + distraction gr III, 4 x 30 s; scar massage over the dorsal incision
               Ther ex: tendon glides x 10, reverse blocking for PIP extension x 10, putty finger extension 2 x 10
            A: R MF PIP flexion contracture 25° after a dorsal PIP fracture-dislocation
            """,
            ["S63.282D"], [OT("97140", 10), OT("97110", 15)], [SepTime]),

        // Oak Ridge "Timed min — TE 13 / MT 10 / TA 15": each code's minutes, all three match; wrist exercises with doses, radiocarpal glides with grade and bouts, canning-jar and canner tasks with counts and SBA; wrist stiffness and grip with a canning goal: passes.
        ["v6-h52-oakridge-three-codes-one-line"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Oak Ridge
            Timed min — TE 13 / MT 10 / TA 15
            D: TE: wrist ext/flex w/ 2-lb weight 2 x 15, pronation/supination w/ hammer 2 x 10, grip w/ a spring gripper 3 x 12
               MT: radiocarpal distraction + dorsal/volar glides gr III, 3 x 30 s each; scar mobilization volar wrist
               TA: lifting filled quart canning jars from counter to shelf x 10, screwing on bands and lids x 10, carrying a half-full water-bath canner 15 ft x 2; SBA
            A: R wrist stiffness + weak grip after distal radius ORIF (ext 45°, grip 16 kg); goal: put up tomatoes and beans this summer
            """,
            ["S52.571D"], [OT("97110", 13), OT("97140", 10), OT("97530", 15)], []),

        // Kansas City "Pre-driving skills (97530) took twenty-five minutes today; cervical rotation exercises (97110), twelve minutes": spelled-out minutes beside each code, both match; mirror/shoulder-check backing trials; neck exercises with doses; rotation degrees after fusion with a delivery-route goal: passes.
        ["v6-h52-overlandpark-minutes-spelled-out"] = new(
            """
            HEARTLAND DRIVER REHABILITATION PROGRAM — Overland Park
            Pre-driving skills (97530) took twenty-five minutes today; cervical rotation exercises (97110), twelve minutes.
            Pre-driving: shoulder-check scanning on the simulator at lane changes, backing into a parking space using mirrors + head turn, 8 trials; SBA → independent with set-up of the mirrors
            Neck: seated cervical rotation AROM w/ towel assist 3 x 10 each way, chin tucks 2 x 10, thoracic rotation in sitting 2 x 10
            Limited cervical rotation after C5–6 fusion — R 45°, L 50°; can't see his blind spot; goal: resume driving his Plaza delivery route
            """,
            ["Z98.1", "M54.2"], [OT("97530", 25), OT("97110", 12)], []),

        // Cleveland dotted "Timed services (minutes)" rows "97140 ..... 10" and "97110 ..... 30" against a 97110 line of 18: mismatch on 97110, 97140 matches; thumb UCL repair work complete with MP degrees and key pinch.
        ["v6-h52-lakewood-dotted-rows-second-differs"] = new(
            """
            LAKESHORE HAND & UE CENTER · Lakewood
            Timed services (minutes)
              97140 ..... 10
              97110 ..... 30
            Manual: thumb MP joint mobs gr II–III 3 x 30 s; scar mobilization over the ulnar MP incision
            Ex: thumb IP/MP AROM x 15; isometric pinch holds 6 s x 10; web-space stretch 30 s x 3; putty key pinch 2 x 10
            R thumb MP stiffness + pinch weakness after UCL repair, wk 10 — MP flexion 35°, key pinch 5 kg
            """,
            ["S63.641D"], [OT("97140", 10), OT("97110", 18)], [At(Mismatch, "97110")]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on an OT hand visit with 97110 and 97140: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h52-empty-hand-te-and-mt"] = new(
            "",
            ["S52.571D"], [OT("97110", 15), OT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // Carriage returns and spaces only on an OT 97530 visit sent without a diagnosis: missing on 97530, and the diagnosis check.
        ["v7-h52-crlf-spaces-ot-97530-no-diagnosis"] = new(
            "\r\n   \r\n  ",
            [], [OT("97530", 20)], [At(NoteMissing, "97530"), Dx]),

        // Empty note on an OT 97112 visit: DOC_NOTE_MISSING only (an empty note is not judged for one-on-one).
        ["v7-h52-empty-ot-97112"] = new(
            "",
            ["I69.351"], [OT("97112", 23)], [At(NoteMissing, "97112")]),

        // 97110 after an EPL repair whose doses are holds ("10-s holds x 8") and whose target is the R thumb IP extension lag and weak retropulsion: passes.
        ["v7-h52-maryville-97110-epl-holds"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Maryville
            D: 97110 — 14 min. R EPL repair, wk 7: thumb IP extension w/ the MP blocked, 10-s holds x 8; retropulsion (thumb lifted off the table) 10-s holds x 8; gentle composite thumb flexion into the palm, 5-s holds x 8
               R thumb extension lag at the IP and weak retropulsion after EPL tendon repair
            """,
            ["S66.221D"], [OT("97110", 14)], []),

        // 97530 ironing and hanging shirts with CGA for standing balance (L knee buckles with fatigue) and the goal of ironing her husband's church shirts: passes.
        ["v7-h52-blueash-97530-ironing"] = new(
            """
            RIVERBEND NEURO OT — Blue Ash
            97530 · 20 min
            Ironing a dress shirt at a lowered board in standing w/ the L hand stabilizing the fabric; hanging 6 shirts on the closet rod; sorting socks into pairs at the counter
            CGA for standing balance (L knee buckles w/ fatigue)
            Goal: iron her husband's shirts for church again
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // 97140 "PIP joint mobilization R RF: volar glide + distraction gr III, 4 bouts of 30 s" with lateral-band mobilization and STM; PIP stiffness after a volar plate injury: passes.
        ["v7-h52-ohiocity-97140-pip-bouts"] = new(
            """
            LAKESHORE HAND & UE CENTER · Ohio City
            97140 — 11 min
            PIP joint mobilization R RF: volar glide + distraction gr III, 4 bouts of 30 s; lateral band mobilization w/ the PIP flexed; STM along the ulnar lateral band
            R RF PIP stiffness after a jammed-finger volar plate injury (pickup basketball at the rec center)
            """,
            ["S63.634D"], [OT("97140", 11)], []),

        // PT 97116 in the neuro clinic: hemi-walker → large-base quad cane, "3 x 100 ft, CGA", L hip circumduction and short R step: passes.
        ["v7-h52-hamburg-97116-device-distance"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION · Outpatient Neuro · Hamburg
            PT · 97116 · 15 min
            Gait training: hemi-walker → large-base quad cane, 3 x 100 ft, CGA; L hip circumduction and a short R step
            """,
            ["I69.354"], [PT("97116", 15)], []),

        // "97110 15 min. HEP progressed. Pt doing well. Cont POC.": minutes match but no exercise, region, goal or dose: generic only.
        ["v7-h52-hep-progressed-generic-97110"] = new(
            "97110 15 min. HEP progressed. Pt doing well. Cont POC.",
            ["S52.571D"], [OT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // "Therapeutic activities per plan of care. Client participated and tolerated well. Continue POC. 20 min.": generic only on the OT 97530.
        ["v7-h52-participated-generic-97530"] = new(
            "Therapeutic activities per plan of care. Client participated and tolerated well. Continue POC. 20 min.",
            ["I69.354"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // A header, "Tx per POC. Tol well." and an e-signature with date and clock time are not empty: judged on content, the 97112 names nothing, states no one-on-one and has no measure.
        ["v7-h52-mason-header-signature-generic-97112"] = new(
            """
            RIVERBEND NEURO OT — Mason
            OT Daily Note
            Tx per POC. Tol well.
            Electronically signed: M. Hartig, OTR/L  03/04/2026 16:05
            """,
            ["I69.351"], [OT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes

        // Cleveland distal radius ORIF wk 8: "97110 — 18 min" (AROM, towel wring, putty, weights with doses) and "97140 — 10 min" (distraction/glides with grade and bouts, scar) match; degrees and grip kg; walleye-charter goal: passes.
        ["vord-h52-lakewood-drf-te-mt"] = new(
            """
            LAKESHORE HAND & UE CENTER · Lakewood
            Hand Therapy Visit — wk 8 s/p L distal radius ORIF
            97110 — 18 min: wrist AROM all planes 2 x 15; towel wring 2 x 10; putty grip (red) 3 x 15; wrist ext w/ 2-lb weight 2 x 12; supination w/ hammer 2 x 10
            97140 — 10 min: radiocarpal distraction + dorsal glides gr III 3 x 30 s; scar mobilization over the dorsal-radial incision
            L wrist stiffness + grip weakness: ext 40°, flex 35°, grip L 12 kg / R 30 kg; goal — back to filleting walleye on his Lake Erie charter boat
            """,
            ["S52.572D"], [OT("97110", 18), OT("97140", 10)], []),

        // Cleveland LRTI wk 10: thumb isometrics in a "C" posture, abduction, opposition, light putty pinch, wrist work with doses; pinch kg and jar/car-key limits: passes.
        ["vord-h52-westlake-lrti-97110"] = new(
            """
            LAKESHORE HAND & UE CENTER · Westlake
            wk 10 s/p R thumb CMC arthroplasty (LRTI)
            97110 · 16 min
              Thumb "C" posture isometrics (opponens/APB) 6 s x 10; palmar abduction AROM x 15; tip-to-tip opposition to each finger x 10; light putty key pinch (yellow) 2 x 10; wrist ext w/ 1-lb weight 2 x 12
              R thumb weakness after LRTI — key pinch 3.5 kg (L 7 kg), tip pinch 2 kg; can't open a jar or turn the car key
            Orthosis: hand-based thumb spica for heavy tasks only
            """,
            ["M18.11"], [OT("97110", 16)], []),

        // Cleveland Dupuytren fasciectomy: "97140 ....... 10 min" (scar massage and sustained stretch, PIP glides with grade and bouts) and "97110 ....... 15 min" (extension work, holds, glides, abduction with doses) match; PIP contracture degrees: passes.
        ["vord-h52-parma-dupuytren-mt-te"] = new(
            """
            LAKESHORE HAND & UE CENTER · Parma
            s/p L RF/SF partial fasciectomy (Dupuytren), POD 24
            97140 ....... 10 min   scar massage + sustained stretch along the palmar incision, 3 x 60 s; PIP extension glides RF gr II 3 x 30 s
            97110 ....... 15 min   MP/PIP extension AROM x 15; tabletop → flat-hand holds 5 s x 10; tendon glides x 10; finger abduction in a rubber band 2 x 12
            L RF PIP flexion contracture 25°, SF 15°; night extension orthosis checked — RF PIP held at −10°
            """,
            ["M72.0"], [OT("97140", 10), OT("97110", 15)], []),

        // Cleveland bony mallet finger wk 8: blocked DIP flexion limited to 20°, extension holds, composite fist with counts; DIP extensor lag degrees: passes.
        ["vord-h52-mentor-mallet-weaning"] = new(
            """
            LAKESHORE HAND & UE CENTER · Mentor
            Mallet finger R MF (bony), wk 8 — stack orthosis weaned to nights
            97110 · 12 min: DIP active flexion to 20° w/ MP/PIP blocked x 10; DIP active extension holds 5 s x 10; composite fist x 10
            R MF DIP extensor lag 10°; DIP flexion 20°
            """,
            ["S62.632D"], [OT("97110", 12)], []),

        // Cincinnati two-code OT visit: "NMR 97112 · 24 min · one-on-one, OT only" (trunk-restrained mug reach, pod pinch grading, vibration before release) and "Ther act 97530 · 15 min" (coffee and toast, tray carry, SBA) match; Box & Blocks, 9HPT, spills; coffee goal: passes.
        ["vord-h52-blueash-nmr-and-coffee-ta"] = new(
            """
            RIVERBEND NEURO OT — Blue Ash
            P: R UE motor recruitment + timing of grasp after L MCA stroke; goal — make coffee and toast w/o spilling
            I: NMR 97112 · 24 min · one-on-one, OT only
                 task-oriented reach-to-grasp of a mug at 3 heights w/ trunk restraint; graded tip-pinch of coffee pods; vibration over wrist extensors before release trials
               Ther act 97530 · 15 min
                 made coffee in the pod machine and toast, carried plate + mug on a tray 15 ft; SBA, 1 verbal cue for R hand use
            E: Box & Blocks R 19 (12 at IE); 9HPT R 88 s; 0 spills in 3 carries
            """,
            ["I69.351"], [OT("97112", 24), OT("97530", 15)], []),

        // Cincinnati MS 97112 "individual session, OT and client only": forearm-supported stabilization, weighted-pen drills, pill pick-up, graded tapping; intention tremor and fine-motor coordination; Grooved Pegboard and pill counts: passes.
        ["vord-h52-mason-intention-tremor-pills"] = new(
            """
            RIVERBEND NEURO OT — Mason
            97112 — 21 min — individual session, OT and client only
            R hand intention tremor + ↓ fine-motor coordination (MS); drops pills when filling her weekly organizer
            Proximal stabilization in forearm-supported positions, weighted pen (3 oz) handwriting drills, coin/pill pick-up from a shallow dish w/ the wrist resting on a towel roll, graded-speed finger tapping
            Grooved Pegboard R 112 s (L 74 s); pills placed 14/14 w/ forearm support, 9/14 unsupported
            """,
            ["R25.1", "R27.8"], [OT("97112", 21)], []),

        // Covington IADL 97530: grocery list, tablet order, unpacking to shelves; mild R hemiparesis and standing tolerance; SBA, rests and shelf count; live-alone goal: passes.
        ["vord-h52-covington-grocery-iadl"] = new(
            """
            RIVERBEND NEURO OT — Covington, KY
            Ther Activity 97530 — 22 min
            IADL: wrote a grocery list from a pantry check, placed the order on his tablet, then unpacked a delivery box and put 12 items away on high/low shelves
            R hemiparesis (mild) after L MCA stroke — R hand fumbles small items, ↓ standing tolerance
            SBA; 2 seated rests; 11/12 items on the correct shelf
            Goal: keep living alone in his apartment
            """,
            ["I69.351"], [OT("97530", 22)], []),

        // Fort Thomas low vision 97530: eccentric viewing with a 4x stand magnifier, task lamp, bump-dot stove dials; dry AMD central scotoma; bill amounts and dial settings counted; bills and cooking goal: passes.
        ["vord-h52-fortthomas-amd-eccentric-viewing"] = new(
            """
            RIVERBEND NEURO OT — Fort Thomas · Low Vision
            97530 · 20 min
            Central scotoma R > L (dry AMD) — can't read her bills or see the stove dials
            Eccentric viewing practice w/ a 4x stand magnifier on bill statements; set up a task lamp at 45°; marked the stove dials w/ orange bump dots and practiced setting them to 350 and simmer
            Read 2 of 3 bill amounts correctly w/ the magnifier (0/3 at IE); set the dials correctly 5/5
            Goal: pay her own bills and cook on the stovetop safely
            """,
            ["H35.3132"], [OT("97530", 20)], []),

        // Kansas City 97530 for T10 paraplegia: push-right-angle-pull hand control, spinner knob, sliding-board transfers; reaction seconds, missed stops, mod I; van-to-work goal: passes.
        ["vord-h52-overlandpark-hand-controls"] = new(
            """
            HEARTLAND DRIVER REHABILITATION PROGRAM — Overland Park
            97530 · 30 min
            T10 paraplegia (complete) — no LE function on the pedals; goal: drive his own van to work at the Lenexa distribution center
            Push-right-angle-pull hand control on the clinic simulator: 20 stop-and-go trials, then a city route w/ a spinner knob on the wheel; transfers in/out of the mock driver seat w/ a sliding board x 3
            Brake RT w/ hand control 0.58 s; 0 missed stops on the city route; transfers mod I
            """,
            ["G82.21"], [OT("97530", 30)], []),

        // Kansas City older driver with mild cognitive impairment: unprotected left turns, gap-acceptance drills, backing with cross traffic; unsafe gaps k of 10 and Trails B; local daytime-driving goal: passes.
        ["vord-h52-independence-gap-acceptance"] = new(
            """
            HEARTLAND DRIVER REHABILITATION PROGRAM — Independence clinic
            97530 · 24 min
            Referred after two fender-benders in parking lots; mild cognitive impairment — slowed processing, poor gap judgment on L turns
            Simulator: unprotected L turns across 2-lane traffic, gap-acceptance drills w/ verbal feedback, parking-lot backing w/ cross traffic
            Accepted 3/10 unsafe gaps (6/10 at IE); Trails B 148 s
            Goal: keep driving to Hy-Vee and church, daytime, within town
            """,
            ["G31.84"], [OT("97530", 24)], []),

        // Knoxville scaphoid ORIF: "97140 · 10 min" (midcarpal/radiocarpal glides with grade and bouts, STM) and "97110 · 17 min" (wrist work, putty, ball with doses) match; degrees and grip kg; banjo and sawmill goal: passes.
        ["vord-h52-fortsanders-scaphoid-mt-te"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Knoxville (Fort Sanders)
            D: 97140 · 10 min — midcarpal and radiocarpal glides gr III, 3 x 30 s each; STM thenar eminence
               97110 · 17 min — wrist AROM 2 x 15; radial/ulnar deviation w/ 1-lb weight 2 x 12; putty grip 3 x 12; ball squeeze/release 2 x 15
            A: R wrist stiffness + grip weakness 12 wks after scaphoid ORIF — ext 45°, flex 40°, grip 20 kg (L 38 kg); wants to get back to his banjo and to the sawmill
            """,
            ["S62.001D"], [OT("97140", 10), OT("97110", 17)], []),

        // Chattanooga radial head fracture: "MT (97140) 12 min" (humeroulnar distraction, radial head glides with grade and bouts, STM) and "TE (97110) 15 min" (extension holds, AROM, rotation, wall slides with doses) match; elbow degrees and spoon/tackle-box limits: passes.
        ["vord-h52-chattanooga-radial-head-mt-te"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Chattanooga
            D: MT (97140) 12 min: humeroulnar distraction + radial head dorsal/volar glides gr III, 4 x 30 s; STM biceps/brachialis
               TE (97110) 15 min: elbow ext stretch w/ 2-lb weight in supine, 3 x 60 s holds; active flex/ext 2 x 15; supination/pronation w/ hammer 2 x 12; wall slides 2 x 10
            A: L elbow stiffness after radial head fx — ext −30°, flex 115°, supination 50°; can't bring a spoon to his mouth w/ the L hand or carry the fishing tackle box
            """,
            ["S52.122D"], [OT("97140", 12), OT("97110", 15)], []),

        // Sevierville zone II flexor repair wk 10: light putty, hook/full fist on a foam block, blocking, clothespin pinch with doses; IF joint degrees, TAM and pulp-to-DPC; whittling goal: passes.
        ["vord-h52-sevierville-flexor-wk10-whittling"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Sevierville
            D: 97110 — 18 min. Wk 10 after L IF zone II flexor repair, cleared for light resistance: putty grip (soft) 3 x 10; hook fist / full fist around a foam block 2 x 10; blocking DIP/PIP x 10 each; light clothespin pinch x 20
            A: L IF DIP flexion 40°, PIP 80°, TAM 195°; composite fist lacks 1.5 cm to the DPC; goal — back to whittling at his Pigeon Forge shop
            """,
            ["S66.121D"], [OT("97110", 18)], []),

        // Louisville "Timed Treatment" rows "OT Neuromuscular Re-education (97112) .... 23 min · individual, OT only" and "PT Gait Training (97116) .... 15 min" match; PNF, hand weight bearing, graded cup grasp with FMA-UE and counts; RW → hemi-walker with distance and CGA, foot drop: passes.
        ["vord-h52-stmatthews-ot-nmr-pt-gait"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION · Outpatient Neuro · St. Matthews
            Timed Treatment
              OT Neuromuscular Re-education (97112) .... 23 min · individual, OT only
              PT Gait Training (97116) .................. 15 min
            OT: seated PNF D2 flexion L UE w/ approximation; weight bearing on the L hand during R-hand reaching; graded grasp of soft vs rigid cups. L UE motor recruitment + sensory loss after R MCA stroke. FMA-UE 33/66; cups grasped w/o crushing 7/10.
            PT: RW → hemi-walker, 2 x 120 ft, CGA; L foot drop w/ toe drag, cues for hip flexion.
            """,
            ["I69.354"], [OT("97112", 23), PT("97116", 15)], []),

        // Lexington 97530 simulated barn work (currying strokes, bucket lifts with load, rope coiling), SBA; shoulder elevation/ER degrees after cuff repair; grooming-the-mares goal: passes.
        ["vord-h52-lexington-barn-work-97530"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION — OP OT · Lexington
            Therapeutic Activity (97530) ........ 25 min
              Simulated barn work: currying a saddle-stand "horse" w/ the L arm in long strokes x 40, lifting a 15-lb water bucket to hook height x 8, coiling a lead rope x 5
              L shoulder after rotator cuff repair (wk 16) — elevation 130°, ER 45°; goal: groom and tack the mares again at the farm on Paris Pike
              SBA; 1 rest
            """,
            ["M75.122"], [OT("97530", 25)], []),

        // Jeffersontown work conditioning: "Ther Act (97530) ........ 22 min" (case packing with load and count, labeling, cap torque) and "Ther Ex (97110) ......... 15 min" (wrist and grip work with doses) match; grip kg and extension degrees; bottling-line goal: passes.
        ["vord-h52-jeffersontown-bottling-line"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION — OP Hand · Jeffersontown
            Work conditioning, distillery bottling line
              Ther Act (97530) ........ 22 min: case-packing simulation — lifting 6-bottle cases (18 lb) from a conveyor-height table to a pallet x 12; labeling bottles w/ a hand roller x 30; cap torque on the grip trainer at 3 set levels
              Ther Ex (97110) ......... 15 min: wrist ext/flex w/ 3-lb weight 2 x 15; supination/pronation w/ hammer 2 x 12; grip putty (green) 3 x 12
              R wrist 5 months after distal radius fx — grip 24 kg (L 36 kg), ext 55°; goal: full duty on the bottling line
            """,
            ["S52.571D"], [OT("97530", 22), OT("97110", 15)], []),

        // Georgetown 97530 assembly-line simulation (overhead nut runner with load and sets, clip snaps, low-bin reaches), independent with micro-breaks; shoulder impingement after SAD with a line-job goal: passes.
        ["vord-h52-georgetown-assembly-line"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION — OP OT · Georgetown
            97530 — 26 min
            Assembly-line simulation: overhead bolt runs w/ a 4-lb nut runner at the mock door panel 3 x 8, snap-fitting clips at waist height x 40, reaching into a bin at knee height x 20
            R shoulder impingement after SAD — pain at 100° of flexion overhead; goal: back to his line job at the auto plant
            Completed independently w/ 2 micro-breaks
            """,
            ["M75.41"], [OT("97530", 26)], []),

        // Hamburg 97530 medication management (7-day organizer from 5 bottles, phone alarms, refill call); planning/working-memory deficit after a frontal stroke; errors and cues counted; stay-in-her-apartment goal: passes.
        ["vord-h52-hamburg-medication-organizer"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION — OP OT · Lexington (Hamburg)
            Ther Act 97530 · 20 min
            Medication management: filled a 7-day AM/PM organizer from 5 bottles using her pharmacy list, set phone alarms, then a simulated refill call
            Planning/working-memory deficit after L frontal stroke — skipped the PM row last week
            1 error (caught herself) in 14 compartments; 2 verbal cues for the alarm setup; goal: manage her own meds so she can stay in her apartment
            """,
            ["I69.318"], [OT("97530", 20)], []),

        // Norwood 97112 "OT with client one-on-one": sEMG biofeedback for biceps after an upper-trunk brachial plexus injury; weak recruitment with trap substitution; peak µV and MRC grade: passes.
        ["vord-h52-norwood-plexus-semg-biofeedback"] = new(
            """
            RIVERBEND NEURO OT — Norwood
            97112 — 22 min — OT with client one-on-one
            sEMG biofeedback over the L biceps for motor re-education after brachial plexus injury (upper trunk, motorcycle crash): gravity-eliminated elbow flexion w/ a visual threshold, then against gravity w/ the elbow on a wedge; isolating biceps from a shoulder shrug
            Weak L biceps recruitment, substitution w/ the upper trap
            Peak sEMG 48 µV (22 µV at IE); elbow flexion MRC 3−/5
            """,
            ["S14.3XXD"], [OT("97112", 22)], []),

        // Oak Ridge thumb UCL repair wk 10: MP flexion AROM, isometric key pinch holds, opposition, soft putty tip pinch with doses; MP degrees and key pinch kg; woodshop goal: passes.
        ["vord-h52-oakridge-ucl-woodshop"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Oak Ridge
            D: 97110, 16 min. Wk 10 R thumb UCL repair: MP flexion AROM x 15; isometric key pinch holds 6 s x 10 (no lateral stress); opposition to each fingertip x 10; putty tip pinch (soft) 2 x 10
            A: R thumb MP flexion 40° (L 60°); key pinch 4 kg (L 9 kg); goal — hold a chisel and clamp boards in his woodshop
            """,
            ["S63.641D"], [OT("97110", 16)], []),

        // Cincinnati shared neuro gym, three codes: OT 97112 22 ("pt treated 1:1 by the OT"; reach while stepping, scapular facilitation, PNF; FMA-UE), OT 97530 15 (dishwasher unloading, SBA) and PT 97116 15 (quad cane, distance, SBA; toe catch) all match: passes.
        ["vord-h52-anderson-three-codes-shared-gym"] = new(
            """
            RIVERBEND NEURO OT — Anderson Twp · shared neuro gym
            OT 97112 — 22 min — pt treated 1:1 by the OT
              Reaching to targets in standing w/ the L hand while stepping, facilitation at the L scapula; PNF D2 flexion w/ approximation
              L UE motor recruitment + standing postural control after R MCA stroke; FMA-UE 42/66
            OT 97530 — 15 min
              Unloaded the dishwasher: plates to the upper cabinet, silverware sorted into the drawer; SBA, 2 LOB self-corrected; goal: do her own kitchen clean-up
            PT 97116 — 15 min
              Quad cane, 3 x 120 ft incl. carpet, SBA; L toe-clearance cues — L foot catches on the carpet
            """,
            ["I69.354"], [OT("97112", 22), OT("97530", 15), PT("97116", 15)], []),

        // Cleveland IF ray amputation wk 6: "97140 — 10 min" (scar mobilization with holds, edema mobilization rounds) and "97110 — 15 min" (opposition, web abduction, fist, putty pinch with doses) match; hypersensitive scar, pinch kg and a work goal: passes.
        ["vord-h52-westlake-ray-amputation-mt-te"] = new(
            """
            LAKESHORE HAND & UE CENTER · Westlake
            s/p R IF ray amputation (table-saw injury), wk 6
            97140 — 10 min: scar mobilization over the dorsal/palmar incision, skin rolling + sustained pressure, 3 x 60 s; edema mobilization of the R hand, 4 rounds
            97110 — 15 min: MF-to-thumb opposition x 15; first-web abduction AROM x 15; composite fist / tabletop x 10; putty pinch MF–thumb 2 x 10
            Hypersensitive scar + edema at the amputation site; new MF–thumb pinch 2.5 kg; goal — hold a pencil and a screwdriver at work
            """,
            ["S68.110D"], [OT("97140", 10), OT("97110", 15)], []),

        // Cleveland CHT "1:1, only client in the hand room this hour": motor re-education of an EIP-to-EPL transfer ("think index finger up"), tapping, mirror; poor isolation of the transfer; retropulsion cm and isolated lifts: passes.
        ["vord-h52-mentor-eip-to-epl-transfer"] = new(
            """
            LAKESHORE HAND & UE CENTER · Mentor
            97112 · 20 min · OTR/L, CHT — 1:1, only client in the hand room this hour
            EIP-to-EPL tendon transfer R, wk 5: motor re-ed of the transfer — "think index finger up" to lift the thumb, first w/ the IF extended together, then isolating thumb retropulsion w/ the IF relaxed; tapping over the EIP muscle belly; mirror for visual feedback
            Poor isolation/recruitment of the transferred EIP (thumb lifts only w/ IF co-extension)
            Retropulsion 2 cm off the table w/ the IF relaxed (0 cm at wk 4); 8/10 isolated lifts
            """,
            ["S66.221D"], [OT("97112", 20)], []),

        // Complete Cleveland CTR 97110 (nerve and tendon glides, putty, AROM with doses; grip kg and a bus-driving goal) sent with no diagnosis.
        ["vord-h52-strongsville-ctr-no-diagnosis"] = new(
            """
            LAKESHORE HAND & UE CENTER · Strongsville
            wk 3 s/p L open carpal tunnel release
            97110 · 15 min: median nerve glides x 10; tendon glides x 10; soft putty grip 2 x 15; wrist ext/flex AROM 2 x 15
            L grip weakness + pillar pain; grip L 11 kg / R 27 kg; goal — hold the steering wheel on his RTA bus route
            """,
            [], [OT("97110", 15)], [Dx]),

        // Complete Covington breakfast 97530 (rocker knife, pouring, cart carry, SBA and a cue; L inattention and hand weakness; breakfast goal) whose diagnosis is the ICD-9 code 438.21: not ICD-10-CM.
        ["vord-h52-covington-breakfast-icd9"] = new(
            """
            RIVERBEND NEURO OT — Covington, KY
            Ther Activity 97530 — 18 min
            Breakfast prep: sliced a banana w/ a rocker knife, poured cereal + milk from a half-gallon, carried the bowl to the table on a rolling cart; SBA, 1 cue to look L
            L inattention + L hand weakness after R MCA stroke; goal — make breakfast on her own
            """,
            ["438.21"], [OT("97530", 18)], [Dx]),

        // "Pt seen for therapy. Exercises and manual performed as per plan. Tolerated well. 25 min total." on 97110 + 97140: nothing named for either code and a total only.
        ["vord-h52-maryville-generic-two-codes-total"] = new(
            "Pt seen for therapy. Exercises and manual performed as per plan. Tolerated well. 25 min total.",
            ["S52.532D"], [OT("97110", 15), OT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // Complete Lexington two-code OT note (97112 23: PNF with rhythmic initiation, hand weight bearing, graded release; recruitment and timing; FMA-UE; 97530 15: table setting with SBA and a goal) that never says one-on-one.
        ["vord-h52-lexington-two-codes-attendance-unstated"] = new(
            """
            BLUEGRASS REGIONAL REHABILITATION — OP OT · Lexington
            Neuromuscular Re-education (97112) ........ 23 min
              PNF D1 flexion/extension R UE with rhythmic initiation; weight bearing through the R hand on a tilted surface during L-hand reaching; graded release of foam cubes into a cup
              R UE motor recruitment and grasp-release timing after L MCA stroke; FMA-UE 36/66
            Therapeutic Activity (97530) ........ 15 min
              Setting the table for 4 — plates from a low cabinet, sorting silverware, carrying cups one at a time; SBA; goal: help set the table for family dinner
            """,
            ["I69.351"], [OT("97112", 23), OT("97530", 15)], [At(OneOnOne, "97112")]),

        // Sevierville 97530 lawn-and-garden tasks with a mowing goal after cuff repair, but "Did well, a little easier than last time." is no assistance level, and there is no load, count or number: no measure.
        ["vord-h52-sevierville-yard-work-no-number"] = new(
            """
            Smoky Mountain Hand & Arm Therapy — Sevierville
            D: 97530 — lawn and garden tasks: pull-starting the push mower (simulated w/ the cord trainer), carrying the gas can across the gym, pulling weeds from the raised bed
               R shoulder after rotator cuff repair — weak elevation; goal: mow his own yard again
            A: Did well, a little easier than last time.
            """,
            ["M75.121"], [OT("97530", 20)], [At(Measure, "97530")]),

        // Cleveland "Manual tx L wrist & forearm — 10 min. Wrist ext 40° → 48° after.": a region and a number but no manual technique named.
        ["vord-h52-parma-manual-tx-unnamed"] = new(
            """
            LAKESHORE HAND & UE CENTER · Parma
            Manual tx L wrist & forearm — 10 min. Wrist ext 40° → 48° after.
            L wrist stiffness after distal radius fx; can't push up from the chair.
            """,
            ["S52.532D"], [OT("97140", 10)], [At(Tech, "97140")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
