using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The fifteenth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set has no theme: it is meant to look like a random sample of one week's notes that a billing
/// company receives from its clients across the US Southwest and Mountain West, in the proportions a
/// billing manager sees them — about two thirds ordinary and complete, single- and multi-code visits:
/// <list type="number">
/// <item>a Spanish/English bilingual clinic (El Paso, Las Cruces, Tucson) writing in English on a
/// Prompt-like EMR ("Prompt | Daily Note", "97110 (2u) 23m" billing lines, an exercise grid with a
/// Done / Skipped / Modified status column), with the patient's own Spanish quoted and translated
/// ("me da miedo voltear rápido", "se me duermen los pies", "quiero bailar el vals con mi nieta") and
/// regional tasks and goals (a tamalada for Nochebuena, café de olla, a sack of pinto beans, the adobe
/// steps down to a casita, a granddaughter's quinceañera, the bus to the mercado);</item>
/// <item>a sports-medicine group attached to a university, whose Medicare patients are emeriti, staff and
/// masters athletes (Senior Games sprinters, pickleball, masters swimming, skiing, road cycling, hiking the
/// Sandias), on a TheraOffice-like EMR ("Service Type: Individual", a "Charges" table with CPT /
/// Description / Qty / Mins, "Mins 18" fields, questions answered "→ Yes");</item>
/// <item>a mobile outpatient practice treating Part B patients in their homes (POS 12), an RV site and
/// assisted-living apartments (POS 13) in southern Utah, Nevada and Arizona, charting on paper forms that
/// the office types up ("[Typed from scanned paper form …]", "[N circled]", a printed "1:1" crossed out,
/// "(ticked)" / "(not ticked)", underscored minute blanks "__18__" and "____ [blank on original]", a
/// safety screen answered N);</item>
/// <item>a lymphedema / oncology and women's-health (pelvic and bone-health) practice on a
/// Clinicient-like EMR ("Billing Summary — Timed Services … 2 unit(s) … 25 minute(s)", "Patient Contact:",
/// a Y / N / UTA impairment grid, a Y / N / P exercise log).</item>
/// </list>
/// PTs, PTAs, OTs and COTAs write quickly in their own words. Codes 97110, 97112, 97116, 97140 and 97530
/// alone and together, beside untimed 95992 and 97161 and timed but unprofiled 97535. Each note's DOC_*
/// findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h15-…): one-on-one in these writers' words ("clinician dedicated to this pt for the
/// whole NMR block", "seen privately in the performance lab", "uninterrupted direct care by PT, pt only",
/// "one patient at a time; PT with pt throughout", "individual attention from the OT the entire session",
/// dictated "I had her by myself the whole session"), notes that negate it (an ALF resident doing her
/// program beside two others while the PTA rotated cueing, an open-gym circuit with the PT "available
/// PRN") or never state it (a daughter interpreting), and a home 97116 with the son walking alongside,
/// which has no one-on-one check;</item>
/// <item>class 2 (v2-h15-…): paper-form and EMR states: "Y N [N circled]", "(ticked)" / "(not ticked)"
/// after dotted labels, a printed "1:1" crossed out with "semi-private" written beside it, a Done /
/// Skipped / Modified status column, "Assist level … (not entered)", a Y / N / UTA impairment grid with
/// no Y, "Was treatment provided one-on-one? → Yes", a safety screen of N answers beside "1:1 with PT Y",
/// a Y / N / P exercise log;</item>
/// <item>class 3 (v3-h15-…): named programmes and methods as techniques (Sinaki's SPEED programme with a
/// Posture Training Support, Baduanjin qigong, LIFTMOR-style high-intensity loading, PRPP task training,
/// the Sahrmann lower-abdominal progression, Leduc MLD, Butler neurodynamics, Barnes myofascial release,
/// Andago robotic body-weight support), one hypopressive 97110 with no parameter or number and one
/// NeuroCom Balance Master 97112 with no deficit;</item>
/// <item>class 4 (v4-h15-…): deficits stated as findings (brawny induration with peau d'orange, a "too many
/// toes" sign with no single-leg heel raise, patellar-tendon pain on the decline squat, cogwheel rigidity
/// with micrographia, leaking with cough and lifting as PFM endurance, Valley-fever weakness off a low
/// couch, Rydel-Seiffer vibration scores, sarcopenia by calf girth and grip, rheumatoid ulnar drift) and
/// notes that state none (a 97112 whose only target is a farmers'-market goal; an ALF dressing session
/// with "Impairments: none noted today");</item>
/// <item>class 5 (v5-h15-…): measures in their usual forms (L-Dex bioimpedance, the Upper Quarter
/// Y-Balance Test, Timed Loaded Standing, the Moberg pick-up test, the Kettle Test, the Push and Release
/// test, the modified Gait Abnormality Rating Scale) and notes with none (an RV-cab session "much better
/// than last week", MLD after which the leg "feels lighter", a certification date, copay and appointment
/// time as the only numbers);</item>
/// <item>class 6 (v6-h15-…): minutes in their usual forms (a TheraOffice Qty / Mins table, Clinicient
/// "unit(s) … minute(s)", Prompt "23m", typed paper blanks "__18__" beside a code left "____ (not
/// done)", minutes written before the code, "20 mins."), true mismatches (Mins 30 against 23, 20
/// minute(s) against 12, a paper "__25__" against 15) and truly missing separate time (a paper minutes
/// blank left empty, units without minutes for the second code, "Timed tx: 40 min / 3 units (GT + TE)");</item>
/// <item>class 7 (v7-h15-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on 97535; CR/LF only, tabs only), and the contract's meanings of technique,
/// deficit and measure for 97116 (casita steps and walking to the mailboxes, each with a goal as its
/// target), 97530 (a tamalada with a Nochebuena goal; generic only), 97140 (sternoclavicular and AC
/// glides after a clavicle fracture) and 97110 (exercises with doses and no target), and a wholly generic
/// 97112;</item>
/// <item>ordinary (vord-h15-…): complete notes of all four sources across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a missing and a free-text
/// diagnosis, a generic TheraOffice 97110, an ALF 97112 that never says one-on-one, a gait time that
/// differs, an oncology total only, a "1:1" 97112 that is otherwise wholly generic.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>), as in every earlier
/// set; the contract gives no tolerance, so every mismatch here differs by at least five minutes and every
/// passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule.
/// Cases a careful reviewer could argue either way under the contract were left out: a content gap in one
/// section of a multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when
/// the whole note lacks the thing), generic phrases beside a deficit or a measure, minutes of an activity
/// inside a one-timed-code note, self-rated scores as the only measure, vitals as the only number, a
/// one-on-one left to be inferred from a home visit, diagnosis codes without their dot, minute ranges and
/// approximate minutes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 78 of 99 cases agree (98 needed), and 13 of the 66 notes the reviewer passes got a finding, on the
/// analyzer of 3e41b73 (the start of 2026-12-04's evening session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 78 of 99, 13 false positives — the same — at its first run on the analyzer with that session's
/// general readings (7a80c28): the held-out figure. Then development data: "97110 (2u) 23m", "Mins 22:", a
/// question's answer after its "?", "(not ticked)", "[N circled]", UTA, dotted rows of two terms, one-on-one
/// wording and the techniques the lists lacked; 98 of 99, no false positive (left: a task word read as the
/// functional goal under "Impairments: none noted today").
/// </para>
/// </summary>
public class HeldOutNotesIssue18FifteenthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    /// <summary>A line furnished by an occupational therapy assistant (COTA; the harness has PT, PTA and OT helpers).</summary>
    private static CaseLine OTA(string code, int minutes) => new(code, minutes, "OTA");

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these writers' words, negated, unstated

        // Prompt "Attendance: clinician dedicated to this pt for the whole NMR block (no overlapping pt)" is one-on-one; MSQ-position habituation, foam EC with head yaw, called 180° turns; residual R vestibular hypofunction with motion sensitivity; foam EC seconds; "24m" is the one code's minutes (match): passes.
        ["v1-h15-prompt-clinician-dedicated"] = new(
            """
            Prompt | Daily Note | Clínica del Valle PT — El Paso (Lee Trevino)
            Attendance: clinician dedicated to this pt for the whole NMR block (no overlapping pt)
            S: "Todavía me da miedo voltear rápido" — still scared to turn quickly. No falls since last visit.
            97112 Neuromuscular Re-ed — 24m
            • Habituation to her 3 worst MSQ positions (sit → L side-lying, nose to R knee, standing 180° turn to the R) x5 each
            • Compliant foam stance, EC, w/ slow head yaw; then marching in place on the foam
            • Quick 180° turns to a called direction around a cone
            A: residual R vestibular hypofunction w/ motion sensitivity on turns and ↓ postural control on foam once vision is removed
            MSQ 22.5 (36.0 at IE); foam EC 17 s (6 s at IE)
            """,
            ["H81.11", "R26.81"], [PT("97112", 24)], []),

        // TheraOffice "Service Type: Individual — seen privately in the performance lab, no other athletes or patients during his block" is one-on-one; reactive neuromuscular training with a valgus band, force-plate drop landings, bounds to stick; dynamic valgus with late glute med; LESS errors and knee angle: passes.
        ["v1-h15-univ-seen-privately"] = new(
            """
            TheraOffice | Daily Note | Mesa Alta University Sports Medicine — Performance Lab
            Service Type: Individual — seen privately in the performance lab, no other athletes or patients during his block
            Pt: 68 y/o emeritus geology professor, Senior Games 400-meter runner; R knee pain landing off stairs and hops.
            97112 Neuromuscular Re-education — 25 min
            - Reactive neuromuscular training: split squats w/ a band pulling the R knee medially, pt resisting the valgus, 3 x 8
            - Drop landings from a 6" box onto the force plate w/ mirror feedback, 3 x 5
            - Lateral bounds to stick, 2 x 6 each direction
            Assessment: dynamic knee valgus on landing w/ ↓ R glute med recruitment and late hip extensor timing
            LESS (Landing Error Scoring System) 7 errors (10 at IE); 2D frontal-plane knee angle on SL squat 14° → 9° w/ cue
            """,
            ["M22.2X1"], [PT("97112", 25)], []),

        // Typed paper form, home visit: "uninterrupted direct care by PT, pt only — wife at the grocery store during visit" is one-on-one; couch-cushion EO/EC stance, pelvic nudges for stepping, cabinet/floor reaches; neuropathy with reactive-stepping loss; cushion seconds and k of 8: passes.
        ["v1-h15-mobile-uninterrupted"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — original in chart]
            Visit: Part B, pt's home (POS 12) — Washington, UT
            Treatment: uninterrupted direct care by PT, pt only — wife at the grocery store during the visit
            97112 NMR 22 min
             1. Standing in the corner of the kitchen (chair in front) on a couch cushion, EO → EC
             2. Stepping strategy: PT nudges at the pelvis, pt steps fwd/back/sideways to recover
             3. Reaching to the upper cabinet and down to the laundry basket w/o holding the counter
            Problem: ↓ reactive stepping + somatosensory loss in both feet (DM neuropathy) — 2 falls in the garage since Jan
            Cushion EC 9 sec (3 sec last wk); 6/8 nudges recovered w/ a single step
            """,
            ["E11.42", "Z91.81"], [PT("97112", 22)], []),

        // ALF fitness room: "pt did her balance program alongside 2 other residents from today's caseload; PTA rotated cueing among the three" — concurrent, not one-on-one; rail side-stepping, tandem, cone taps; R weight acceptance after hip fx; tandem seconds and k of 10 present.
        ["v1-h15-alf-three-residents"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy]
            Site: Desert Bloom Assisted Living (POS 13), fitness room — PTA
            Note: pt did her balance program alongside 2 other residents from today's caseload; PTA rotated cueing among the three.
            97112 NMR 20 min
             – Side-stepping along the handrail, then letting go for 3 steps
             – Tandem stance at the rail, progressing to fingertip touch
             – Standing weight shifts onto the R to tap a cone w/ the L foot
            Deficit: ↓ R LE weight acceptance and postural control after R hip fx (ORIF 4 mo)
            Tandem w/ fingertip touch 14 sec; cone taps 8/10 w/o rail
            """,
            ["S72.001D", "R26.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // Clinicient "Patient Contact: one patient at a time; PT with pt throughout" is one-on-one; beam stepping strategy, Airex reach-outs with perturbations, figure-8 head-turn walking; flexed posture, slow protective stepping; 3MBWT seconds and k of 10; "23 minute(s)" matches: passes.
        ["v1-h15-clinicient-one-at-a-time"] = new(
            """
            Clinicient Insight | Visit Note | Sage Lymphatic, Oncology & Pelvic Therapy — Boise — Bone Health
            Patient Contact: one patient at a time; PT with pt throughout
            97112 Neuromuscular Reeducation | 2 unit(s) | 23 minute(s)
              Step-strategy practice on the balance beam (floor line → beam), backward and lateral
              Hip-strategy reach-outs standing on the Airex w/ light perturbations at the shoulders
              Head turns while walking a figure-8 around 2 cones
            Impairments: flexed posture w/ a backward-shifted COM, slow protective stepping, ↓ postural control (osteoporosis, healed T8 compression fx)
            Measures: 3-m backward walk (3MBWT) 6.1 s (8.4 s at IE); perturbations recovered w/ a single step 7/10
            """,
            ["M80.08XD", "Z91.81"], [PT("97112", 23)], []),

        // "Pt worked his balance circuit independently; PT available PRN while treating another pt on the next table": not one-on-one; half-dome band kicks, hops to stick, EC SL stance; R ankle proprioception/peroneal reaction; seconds and k of 6 present.
        ["v1-h15-univ-prn-open-gym"] = new(
            """
            TheraOffice | Daily Note | Mesa Alta Univ. Sports Medicine
            Setting: open gym — pt worked his balance circuit independently; PT available PRN while treating another pt on the next table
            97112 — 20 min
             • SL stance on the half-dome w/ 4-way band kicks of the opposite leg, 2 x 10 each way
             • Lateral hops to stick across a floor line, 3 x 6
             • Eyes-closed SL stance on firm ground
            R ankle: ↓ proprioception and slow peroneal reaction after recurrent sprains (trail runner, 66)
            SL EC firm R 11 s (L 24 s); 5/6 hops stuck
            """,
            ["M25.371"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Bilingual note where the daughter interprets: nothing states one-on-one; balloon kicks in L stance, resisted L weight shift with approximation, broom-handle step-overs; L LE recruitment/weight acceptance after CVA; seconds and k of 10 present.
        ["v1-h15-bilingual-daughter-interprets"] = new(
            """
            Prompt | Daily Note | Clínica del Valle PT — Las Cruces
            Pt's daughter interpreted at pt's request (declined the phone interpreter).
            S: "Se me va la pierna izquierda cuando camino rápido" — L leg gives out when she walks fast.
            O: 97112 NMR — 23m
               Kicking a balloon w/ the R foot while standing on the L
               Weight shift onto the L against manual resistance and approximation at the pelvis
               Stepping over a broom handle leading w/ the L
            A: L hemiparesis (R MCA CVA 2024): ↓ L LE motor recruitment and weight acceptance
            L stance during balloon kicks 6 s; 8/10 step-overs w/o touching the broom
            """,
            ["I69.354"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Home 97116 with the son walking alongside for training and no one-on-one statement: 97116 has no one-on-one check; RW on a gravel path, porch step, driveway turns, CGA → SBA, cues; shuffling gait drifting on the slope after THA; gait speed: passes.
        ["v1-h15-97116-son-alongside-no-check"] = new(
            """
            [Typed from scanned paper form] — Canyon Country Mobile Therapy — Mesquite, NV — pt's home
            Caregiver (son) present and walking alongside to learn guarding
            97116 Gait 18 min: RW over the gravel xeriscape path to the mailbox 2 x 90 ft, 2" step down off the porch, turns on the driveway; CGA → SBA on gravel; cues to keep the RW close
            Gait: short, shuffling steps w/ R toe-out, drifts to the R on the slope (R THA 7 wk)
            Gait speed in the hall 0.58 m/s
            """,
            ["Z96.641", "R26.89"], [PT("97116", 18)], []),

        // OT 97112 "individual attention from the OT the entire session": one-on-one; graded textured weight bearing, occluded joint-position matching, in-hand coin manipulation; oxaliplatin CIPN fingertip proprioception; JPS degrees and coins in 30 s: passes.
        ["v1-h15-ot-individual-attention"] = new(
            """
            OT — Onc Rehab — 97112 — 22 min
            Pt had individual attention from the OT the entire session.
            Graded weight bearing through both hands on textured boards (smooth → ridged); MCP/PIP joint-position matching w/ vision occluded; in-hand manipulation — translating coins palm → fingertips, rotating pegs
            Deficit: ↓ fingertip proprioception and light touch from oxaliplatin CIPN (colon ca), drops small items when not looking
            Joint-position matching error at the index MCP 15° → 8°; 6 coins translated in 30 s (3 at IE)
            """,
            ["G62.0", "Z85.038"], [OT("97112", 22)], []),

        // Dictated "I had her by myself the whole session, no other patient in the room": one-on-one; cumbia side/back steps to music, quarter turns, L weight shifts, foam SLS with balloon; L ankle position sense/weight shift after fracture; seconds and k of 10; "twenty-five minutes" matches: passes.
        ["v1-h15-dictated-by-myself"] = new(
            """
            Dictated — Clínica del Valle, Las Cruces. Doña Reyes, neuro re-ed 97112, twenty-five minutes. I had her by myself the whole session, no other patient in the room. She wants to dance at her granddaughter's quinceañera in May, "quiero bailar el vals con mi nieta." We worked on the cumbia basic side step and back step to music at a slow tempo, then quarter turns under my arm, weight shifts onto the left with the right foot tapping, and standing on the left on the foam pad while I tossed her a balloon. Her problem is the left ankle after the fracture: poor position sense, and she is late shifting onto it, so she steps wide and stops the turn. Left single-leg stance eight seconds on firm, three on foam; she completed six of ten quarter turns without a stop step. Dictated, not proofread.
            """,
            ["S82.892D", "R26.81"], [PT("97112", 25)], []),

        // ---------------------------------------------------------------- class 2: paper-form and EMR states

        // Typed paper form "One-on-one?  Y  N  [N circled]": a no; foam marching at the rail, reaches outside BOS, step-ups; ankle strategy/postural control with neuropathy; tandem seconds and reach inches present.
        ["v2-h15-paper-n-circled"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — transcribed by office]
            Site: Sagebrush Senior Living (ALF), 1st-floor activity room — POS 13
            One-on-one?    Y    N     [N circled]
            NMR 97112 ..... 22 min
            Interventions (handwritten): marching on the foam pad holding the rail → one hand; lateral reaching for bean bags outside BOS; forward step-ups onto a 4" aerobic step w/o rail
            Deficit: ↓ ankle strategy / postural control, neuropathy both feet
            Tandem 7 sec; lateral reach 8 in (5 in last wk)
            """,
            ["R26.81", "G62.9"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Typed paper form with "(ticked)" / "(not ticked)" after dotted labels: 1:1 ticked, concurrent not; foam and gaze stabilization ticked with detail; vestibular deficit ticked with detail; DGI and cushion seconds; 20 min matches: passes.
        ["v2-h15-paper-ticked-words"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy]
            1:1 with PT ...................... (ticked)
            Concurrent / group ............... (not ticked)
            Techniques:
              Foam / compliant surface ....... (ticked) — stood on the sofa cushion EO/EC
              Perturbations .................. (not ticked)
              Gaze stabilization ............. (ticked) — x1 viewing of the fridge calendar, seated → standing
              Stepping strategy .............. (not ticked)
            Deficit(s): vestibular (ticked) — L hypofunction after labyrinthitis, vision blurs w/ head turns; proprioception (not ticked)
            Measures: DGI 16/24; cushion EC 12 s
            Time: 97112 — 20 min
            """,
            ["H83.02"], [PT("97112", 20)], []),

        // A printed "1:1" crossed out with "semi-private — w/ husband" written beside it (husband also on the caseload): not one-on-one; hallway big steps, counted 360° turns, cabinet reaches; PD amplitude/freezing/postural reactions; turn steps/seconds and k of 5 present.
        ["v2-h15-paper-1to1-crossed-out"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy]
            Home visit, St. George — pt and husband (also on caseload) seen together, kitchen and hallway
            Delivery:  [printed "1:1" is crossed out; handwritten beside it: "semi-private — w/ husband"]
            97112 NMR 24 min
             - Big steps over tape lines in the hallway on a count of 3, backward steps toward the wall
             - Turning in place 360° to a 4-count, both directions
             - Reaching into the low and high kitchen cabinets w/ feet fixed
            PD: ↓ step amplitude and turning, freezes at the bedroom doorway; ↓ postural reactions backward
            360° turn L 6 steps / 5.2 s (8 steps at IE); backward steps recovered 4/5 w/o the wall
            """,
            ["G20.A1"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Prompt exercise grid with a Status column (bike Skipped, step-ups Modified, the rest Done): performed exercises with sets/reps/load; L knee OA with quad/hip abductor weakness and a market goal; 23m matches: passes.
        ["v2-h15-prompt-status-column"] = new(
            """
            Prompt | Exercise Flowsheet | 97110 Therapeutic Exercise — 23m
            Exercise              | Sets×Reps | Load     | Status
            Recumbent bike        | —         | level 2  | Skipped (bike out of order)
            Sit-to-stand (18")    | 3×8       | BW       | Done
            Standing hip abd      | 2×12      | 2#       | Done
            Step-ups 6"           | 2×10      | —        | Modified (4" step, knee pain)
            Heel raises           | 2×15      | BW       | Done
            Focus: L knee OA w/ quad and hip abductor weakness; pt: "quiero bajar al mercado sin bastón" (wants to walk to the market without the cane)
            """,
            ["M17.12"], [PT("97110", 23)], []),

        // TheraOffice fields "Assist level … (not entered)" and "Reps / load … (not entered)", no distance or other number: floor-to-stand, bag-and-chair carry, curb-box steps with a pickleball goal, but 97530 has no measure.
        ["v2-h15-theraoffice-assist-not-entered"] = new(
            """
            TheraOffice | Flowsheet — Therapeutic Activities
            CPT 97530 ............ Mins 18
            Activity ............. floor-to-stand transfers using the couch-height mat; carrying a pickleball bag and a folding chair to the court gate; stepping up onto the curb-height box and down
            Goal ................. back to league pickleball at Sun City West, and able to get up off the court after a fall
            Assist level ......... (not entered)
            Reps / load .......... (not entered)
            Response ............. moved well, no c/o
            """,
            ["M17.11", "Z91.81"], [PT("97530", 18)], [At(Measure, "97530")]),

        // Clinicient Y / N / UTA impairment grid with no Y and no deficit written anywhere; 1:1 Y; perturbation and Airex techniques Y with detail; seconds and k of 10 present: deficit only.
        ["v2-h15-clinicient-y-n-uta"] = new(
            """
            Clinicient Insight | NMR Flowsheet
            Delivery: 1:1 ........................... Y
            Techniques
              Perturbation training ................. Y — manual pushes at the sternum and pelvis in standing
              Compliant surface ..................... Y — Airex stance, EO/EC
              Vestibular / gaze ..................... N
            Impairments (Y / N / UTA)
              Proprioception ........................ UTA
              Vestibular ............................ N
              Postural control ...................... N
              Motor recruitment / timing ............ UTA
            Measures: Airex EC 20 s; 9/10 pushes recovered w/o a step
            97112 ................................... 20 minute(s)
            """,
            ["M81.0", "Z91.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // TheraOffice questions answered with arrows ("one-on-one? → Yes", "group? → No"), a Charges block with each code's Mins (15, 23, both match); foam-beam EC, occluded knee JPS matching, slide-board perturbation; machine loads; knee OA with JPS error and quad/glute weakness: passes.
        ["v2-h15-theraoffice-question-arrow"] = new(
            """
            TheraOffice | Daily Note | Univ Sports Med — Masters Clinic
            Was treatment provided one-on-one? → Yes
            Were any services provided in a group? → No
            Charges:
              97112 Neuromuscular Re-Ed .... Mins 15
              97110 Therapeutic Exercise ... Mins 23
            97112: SL stance on the foam beam w/ eyes closed; knee joint-position matching to 30° and 60° w/ vision occluded; perturbations on the slide board (PT tugging a band at the hip)
            97110: leg press 80 lb 3 x 10, SL step-downs 6" 3 x 8, hamstring curls 25 lb 3 x 12, hip abd machine 40 lb 3 x 12
            Impairments: R knee OA w/ ↓ knee proprioception (JPS error 8° at 60°) and quad/glute weakness 4/5
            """,
            ["M17.11"], [PT("97112", 15), PT("97110", 23)], []),

        // A safety screen answered N (falls, ER, new meds, pain) beside "1:1 with PT  Y": the N answers are not about the service; island-mat stance, step-overs, towel tosses; somatosensory/visual reliance; seconds and 5xSTS: passes.
        ["v2-h15-mobile-safety-screen-n"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — Part B home visit — Hurricane, UT]
            Safety screen:   Falls since last visit  N    ER / hospital  N    New meds  N    Pain > 5/10  N
            Visit:   1:1 with PT  Y
            NMR 97112 — 23 min
              Standing at the kitchen island on a folded bath mat, feet together → semi-tandem, EO/EC
              Stepping over the dog's water bowl and a rolled towel, forward and sideways
              Tossing and catching a dish towel in semi-tandem
            Deficit: ↓ somatosensory use w/ visual reliance — sways and steps when the eyes close (hx of falls at night)
            Semi-tandem EC on the mat 10 sec (4 sec at IE); 5xSTS 15.8 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // Exercise log under a "Y = performed · N = not performed · P = partially performed" legend (stepper N, wall squats P): flexion-bias exercises with doses; L4–5 stenosis with neurogenic claudication; 22 minute(s) matches: passes.
        ["v2-h15-ynp-exercise-log"] = new(
            """
            Exercise Log — Univ Sports Med, Spine — Y = performed · N = not performed · P = partially performed
            Hook-lying pelvic tilts 2 x 15 ......................... Y
            Single knee-to-chest 3 x 30 s each ..................... Y
            Recumbent stepper, level 3 ............................. N (machine in use)
            Seated flexion stretch over a ball 3 x 30 s ............ Y
            Wall squats 3 x 10 ..................................... P (stopped at 6 — calf cramp)
            Target: L4–5 spinal stenosis w/ neurogenic claudication — flexion-bias trunk control, walking tolerance
            97110: 22 minute(s)
            """,
            ["M48.062"], [PT("97110", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // Sinaki SPEED programme wearing the Posture Training Support, one-on-one; hyperkyphosis pulling the COM forward with compression fractures; Flexicurve kyphosis index and tandem seconds: passes.
        ["v3-h15-sinaki-speed-pts"] = new(
            """
            Clinicient Insight | Visit Note | Sage — Salt Lake City — Bone Health
            97112 | 2 unit(s) | 25 minute(s) | one-on-one w/ PT
            Sinaki SPEED programme (spinal proprioceptive extension exercise dynamic) wearing the Posture Training Support w/ two 4-oz weights:
              – upright alignment in standing w/ the PTS, then marching in place
              – slow walking w/ head turns while holding the extension
              – forward reach and return to upright w/o loss of balance
            Findings: thoracic hyperkyphosis pulls her COM forward → ↓ postural control; thoracic compression fx T7, T9
            Flexicurve kyphosis index 14.6 (16.2 at IE); tandem stance 11 s (5 s at IE)
            """,
            ["M80.08XD"], [PT("97112", 25)], []),

        // Baduanjin (Eight Section Brocade) qigong sections as 97112 technique, "no other pts in the studio; PT hands-on/guarding throughout"; lateral weight shift with head rotation, bilateral vestibular loss; maximal step length and k of 10: passes.
        ["v3-h15-baduanjin"] = new(
            """
            Univ Sports Med — Integrative Balance Clinic — 97112 — 24 min
            No other pts in the studio; PT hands-on / guarding throughout.
            Baduanjin (Eight Section Brocade) qigong, standing sections 1–6: "drawing the bow" horse-stance weight shifts, "separating heaven and earth" single-arm reaches, "looking back" head/trunk rotation in narrow stance; then "bouncing on the toes" heel raises w/ light touch
            Deficit: ↓ lateral weight shift and postural control w/ head rotation; bilateral vestibular loss (gentamicin)
            Maximal step length L 48 cm / R 51 cm; narrow-stance head rotation 10/10 w/o a step
            """,
            ["H81.8X3", "R26.81"], [PT("97112", 24)], []),

        // LIFTMOR-style high-intensity resistance and impact training with loads and sets; postmenopausal osteoporosis of spine and hips with T-scores: passes.
        ["v3-h15-liftmor"] = new(
            """
            Clinicient Insight | Bone Health — 97110 | 25 minute(s)
            LIFTMOR-style high-intensity resistance + impact training, PT form checks every set:
              hex-bar deadlift 55 lb 5 x 5; overhead press 15 lb DBs 5 x 5; back squat to a bench 35 lb 5 x 5; jumping chin-ups w/ drop landing 5 x 5
            Target: postmenopausal osteoporosis — lumbar spine T −2.7, femoral neck T −2.4; bone loading of hips and spine
            """,
            ["M81.0"], [PT("97110", 25)], []),

        // OT PRPP-guided task training (pill organizer, phone alarms) with cues at plan/recall; post-stroke sequencing errors and a medication goal; steps without a cue k of 12: passes.
        ["v3-h15-prpp-meds"] = new(
            """
            OT — 97530 — 23 min
            PRPP-guided (Perceive, Recall, Plan, Perform) task training: filling her weekly pill organizer from 6 bottles, then setting phone alarms for the AM/PM doses; OT cues at the Recall and Plan stages only
            Problem: after L MCA stroke — sequencing and planning errors in multi-step tasks; goal: manage her own meds w/o her daughter checking
            Steps done w/o a cue 9/12 (5/12 last wk); 1 error (Tues PM compartment)
            """,
            ["I69.319"], [OT("97530", 23)], []),

        // Sahrmann lower-abdominal progression (levels 1 → 3 with sets and a pressure cuff), dead bugs; lumbopelvic control with spondylolisthesis and a weeding goal; TheraOffice "Mins 20" matches: passes.
        ["v3-h15-sahrmann-progression"] = new(
            """
            TheraOffice | Daily Note | Univ Sports Med — Spine
            97110 Therapeutic Exercise — Mins 20
            Sahrmann lower-abdominal progression: level 1 (hook-lying heel slides) → level 2 (single-leg lift to 90° and return) → level 3 (leg lift and slide), 3 x 8 each w/ the pressure cuff held at 40 mmHg; dead bug w/ band 2 x 10
            Target: ↓ lumbopelvic control w/ L4–5 degenerative spondylolisthesis — back pain pulling weeds
            Reached level 3 today w/o pelvic rotation
            """,
            ["M43.16"], [PT("97110", 20)], []),

        // Leduc-method MLD (call-up and reabsorption strokes) to the R arm; R UE lymphedema after mastectomy/ALND/radiation; circumferences in cm against IE: passes.
        ["v3-h15-leduc-mld"] = new(
            """
            Clinicient Insight | Lymphedema Visit
            97140 Manual Therapy | 1 unit(s) | 15 minute(s)
            Leduc-method MLD to the R arm: call-up strokes at the R axilla and reabsorption strokes, proximal → distal → proximal; axillo-inguinal pathway cleared first
            Impairment: R UE lymphedema, ISL stage II, after R mastectomy + ALND and radiation
            Circumference R (cm): MCP 19.6 | wrist 17.8 | 10 cm proximal to wrist 23.4 | elbow 27.9 (IE 21.0 / 19.4 / 26.1 / 30.5)
            """,
            ["I97.2"], [PT("97140", 15)], []),

        // Butler neurodynamic sliders/tensioners in ULNT1 with C6–7 lateral glides; + ULNT1 and C6 radicular symptoms; elbow-extension angle to symptom onset before/after: passes.
        ["v3-h15-butler-neurodynamics"] = new(
            """
            MT 97140 — 10 min (retired dentist, R arm tingling)
            Butler neurodynamic mobilization: median-nerve sliders (elbow ext w/ cervical lateral flexion toward) 3 x 10, then tensioners in ULNT1 position 3 x 5; C6–7 lateral glides grade III 3 x 30 s
            Findings: + ULNT1 R (tingling into thumb/index), R C6 radicular sx
            ULNT1 R: sx onset 45° short of full elbow ext → 30° short after tx
            """,
            ["M54.12"], [PT("97140", 10)], []),

        // Barnes-approach myofascial release to the L chest wall, axilla and mastectomy scar; chest-wall tightness limiting elevation; flexion/abduction degrees before/after: passes.
        ["v3-h15-barnes-mfr-chest-wall"] = new(
            """
            Clinicient Insight | Onc Rehab
            97140 | 12 minute(s)
            Barnes-approach myofascial release: sustained 90–120 s holds to the L pectoral region / anterior chest wall and L axilla; cross-hand release along the mastectomy scar line
            L chest-wall tightness after mastectomy + radiation limits L shoulder elevation (can't reach the top shelf)
            L shoulder flexion 128° → 139° after tx; abduction 110° → 121°
            """,
            ["Z85.3", "M25.612"], [PT("97140", 12)], []),

        // Andago robotic over-ground body-weight support gait with BWS %, laps and distance, cues and guarding; L hemiparetic gait; an untethered distance at Min A: passes.
        ["v3-h15-andago"] = new(
            """
            Univ Neuro Rehab — Gait training 97116 — 20 min
            Andago (robotic over-ground body-weight support): laps around the gym w/ BWS 30% → 20%, 4 laps x 160 ft, turns at each end; cues for L heel strike, PT guarding at the L knee
            L hemiparetic gait (R pontine stroke): L knee hyperextension in stance, ↓ L step length
            Untethered check at the end: 40 ft w/ hemi-walker, Min A
            """,
            ["I69.354"], [PT("97116", 20)], []),

        // Hypopressive (low-pressure fitness) sequence in three postures for a cystocele with evening heaviness, but no sets, reps, holds or other number: no measure.
        ["v3-h15-hypopressive-no-number"] = new(
            """
            Clinicient Insight | Pelvic Health
            Hypopressive technique (low-pressure fitness) sequence in supine, quadruped and standing: apnea w/ rib-cage opening and axial elongation; cueing for rib flare and not to bear down
            Target: anterior vaginal wall prolapse (cystocele) w/ heaviness by evening
            Pt says the heaviness eased by the end.
            97110 — 20 minute(s)
            """,
            ["N81.10"], [PT("97110", 20)], [At(Measure, "97110")]),

        // NeuroCom Balance Master rhythmic weight-shift, LOS target and STS training, 1:1, with directional-control %, excursion and transfer time — but no deficit or system is written anywhere.
        ["v3-h15-balance-master-no-deficit"] = new(
            """
            NeuroCom Balance Master — 97112 — 1:1 w/ PT — 22 min
            Rhythmic weight-shift training L/R and A/P at 3 speeds, then LOS target training at 75% and 100%; sit-to-stand training on the force plate
            Directional control 81% (73% last wk); LOS endpoint excursion 68%; STS weight-transfer time 0.71 s
            Pt enjoyed the screen feedback, wants to keep coming.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits as findings, and notes that state none

        // 97140: "brawny, non-pitting induration w/ peau d'orange skin" of the L volar forearm is the impairment; MLD with fibrosis kneading/skin rolling; tissue dielectric constant L vs R: passes.
        ["v4-h15-peau-dorange-tdc"] = new(
            """
            Clinicient Insight | Lymphedema
            97140 | 1 unit(s) | 14 minute(s)
            MLD to the L forearm + fibrosis techniques (kneading, skin rolling, firm stationary circles) over the indurated volar forearm
            Findings: brawny, non-pitting induration w/ peau d'orange skin, L volar forearm — L UE lymphedema after L ALND
            Tissue dielectric constant (MoistureMeterD) L volar forearm 46 vs R 29
            """,
            ["I89.0", "Z85.3"], [PT("97140", 14)], []),

        // 97110: R PTTD with a "too many toes" sign and no single-leg heel raise is the impairment; band adduction, short-foot holds, assisted SL heel raises with doses: passes.
        ["v4-h15-too-many-toes-pttd"] = new(
            """
            Prompt | Daily Note | Clínica del Valle PT — El Paso (Zaragoza)
            S: "Se me cansa el arco" — arch tires by the end of her shift at the panadería.
            97110 Ther Ex — 18m
              Seated foot adduction against red band (posterior tib isolation) 3 × 15
              Short-foot holds in standing 10 × 5 s
              Assisted SL heel raise R w/ a ball squeezed between the heels, fingertip support 3 × 6
            Findings: R PTTD — "too many toes" sign from behind, can't do a single-leg heel raise on the R unassisted, arch collapses in mid-stance
            """,
            ["M76.821"], [PT("97110", 18)], []),

        // 97110: tender inferior pole and pain on the SL decline squat past 60° are the impairment (R patellar tendinopathy); decline isometrics, tempo leg press, hip thrusts with loads: passes.
        ["v4-h15-patellar-tendon-decline"] = new(
            """
            TheraOffice | Daily Note | Univ Sports Med — Masters Track
            97110 — Mins 18
            Decline-board SL squat isometrics 5 x 45 s at 70% effort; tempo SL leg press 90 lb 3 x 8 (3 s up / 4 s down); hip thrusts 45 lb 3 x 10
            Findings: R patellar tendinopathy — tender at the inferior pole, pain on the SL decline squat past 60° knee flexion (masters 200-meter sprinter)
            SL decline squat pain-free to 70° today
            """,
            ["M76.51"], [PT("97110", 18)], []),

        // OT 97530: "cogwheel rigidity R wrist > L, micrographia — letters shrink across the line" is the impairment; list and card writing with a built-up pen, buttoning; letter height mm and buttons in seconds: passes.
        ["v4-h15-cogwheel-micrographia-ot"] = new(
            """
            OT — Therapeutic Activities (97530) — 22 min
            Writing a grocery list and 2 birthday cards on wide-ruled paper w/ a built-up pen, "big and slow" self-cue at each line; buttoning her own blouse
            Findings: cogwheel rigidity R wrist > L; micrographia — letters shrink across the line after 4–5 words; ↓ finger dexterity B (PD)
            Letter height 3 mm → 6 mm w/ the cue; 6 buttons in 84 s
            """,
            ["G20.A1"], [OT("97530", 22)], []),

        // 97110 pelvic: leaking with cough, laughing and lifting and a PFM contraction that fades after 4 s are the impairment (SUI, ↓ PFM endurance); positional holds, flicks, bridges, squats with doses: passes.
        ["v4-h15-sui-pfm-endurance"] = new(
            """
            Clinicient Insight | Pelvic Health | Sage — Boise
            97110 Therapeutic Exercise | 20 minute(s)
              PFM endurance holds hook-lying → sitting → standing, 8 s × 8 each w/ full relaxation between
              PFM quick contractions 10 × 1 s in sitting
              Bridges w/ PFM co-contraction 2 × 12; squats to a chair w/ exhale + PFM lift 2 × 10
            Findings: SUI — leaks w/ cough, laughing and lifting her grandson; PFM contraction fades after 4 s (↓ PFM endurance)
            """,
            ["N39.3"], [PT("97110", 20)], []),

        // 97530: "can't rise from the low couch or climb into the pickup w/o pulling" after Valley fever is the functional problem; couch-height STS with a masa bag, pickup entry, basket carries; 5xSTS seconds: passes.
        ["v4-h15-valley-fever-low-couch"] = new(
            """
            Prompt | Daily Note | Clínica del Valle PT — Tucson (South 12th Ave)
            S: "Ya no me levanto del sillón sin empujarme" — can't get up off the couch without pushing.
            97530 Therapeutic Activities — 20m
              Sit-to-stand from the couch-height mat w/o hands 3 × 5, then holding a 5 lb bag of masa harina
              Getting into and out of her son's pickup (high step, grab handle) × 4
              Carrying a laundry basket from the washer to the clothesline over grass × 3
            Problem: proximal hip weakness and fatigue since Valley fever (coccidioidomycosis) pneumonia in the fall; can't rise from the low couch or climb into the pickup w/o pulling
            5xSTS (18" chair, no hands) 17.2 s (24.9 s at IE)
            """,
            ["B38.9", "M62.81"], [PT("97530", 20)], []),

        // 97112: "vibration sense 2/8 at both great toes (Rydel-Seiffer), absent ankle jerks; sways on foam" is the somatosensory deficit; barefoot textured/foam stance, dot taps without looking, rope heel-toe; 1:1; foam seconds and k of 10: passes.
        ["v4-h15-rydel-seiffer"] = new(
            """
            Prompt | Daily Note | Clínica del Valle PT — Las Cruces — 1:1 w/ PT
            S: "Se me duermen los pies en la noche y no siento el piso" — feet go numb at night, can't feel the floor.
            97112 NMR — 23m
              Barefoot stance on the textured mat → on folded foam, EO/EC
              Toe taps to colored floor dots w/o looking down
              Heel-toe walking along a rope laid on the carpet, then backward
            Findings: vibration sense 2/8 at both great toes (Rydel-Seiffer), absent ankle jerks; sways and opens her eyes within seconds on foam (somatosensory loss, DM)
            Foam EC 6 s (2 s at IE); dot taps 7/10 w/o looking
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // 97110 at home: sarcopenia by calf circumference and grip, and needing the towel bar to rise from the toilet, is the impairment; weighted-vest STS, cuff and counter exercises with doses: passes.
        ["v4-h15-sarcopenia-mobile"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — Kingman, AZ — pt's home]
            97110 TE 22 min
              Sit-to-stand from the dining chair w/ a 4 lb weighted vest 3 x 6
              Standing hip abd/ext at the kitchen counter, 3 lb cuffs, 2 x 12 each
              Seated knee ext 3 lb 2 x 12; heel raises at the counter 2 x 15
              Squeeze-ball grip 2 x 20
            Findings: sarcopenia — calf circumference 30 cm, grip R 14 kg; can't rise from the toilet w/o pulling on the towel bar
            """,
            ["M62.84"], [PT("97110", 22)], []),

        // OT 97110: R MCP ulnar drift with synovitis and weak radial intrinsics (rheumatoid) is the impairment; radial finger walking, tabletop holds, soft putty pinch, tendon glides with doses; grip kg: passes.
        ["v4-h15-ra-ulnar-drift-ot"] = new(
            """
            OT hand — 97110 — 18 min
            Radial finger walking on the table, R hand 2 × 10; MCP ext w/ IP flexion ("tabletop") holds 10 × 5 s; soft putty pinch 2 × 10; tendon glides, 5 positions × 10
            Findings: R MCP ulnar drift (index–small) w/ MCP synovitis; weak radial intrinsics; pain opening jars
            Grip R 12 kg (L 18 kg)
            """,
            ["M06.9"], [OT("97110", 18)], []),

        // 97112 whose only target is a goal ("walk the Saturday growers' market at the Santa Fe Railyard w/o sitting on the benches"): no neuromuscular deficit or system; hurdle step-overs with head turns, tape tandem, cued lunges; one-on-one; step and k-of-10 counts present.
        ["v4-h15-goal-only-growers-market"] = new(
            """
            NMR 97112 — 20 min — one-on-one w/ PT
            Goal per pt: walk the Saturday growers' market at the Santa Fe Railyard w/o sitting down on the benches
            Step-overs of a 6" hurdle w/ head turns; tandem walk on a strip of tape; lateral lunges to cones on cue
            Tandem walk 12 steps w/o a side-step (6 at IE); cone taps 9/10
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // ALF OT 97530 with "Impairments: none noted today", dressing and standing grooming at SBA with cue counts — but no functional goal, impairment or body region.
        ["v4-h15-ot-impairments-none-noted"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — OT — Desert Bloom ALF apt 108]
            Impairments: none noted today
            97530 TA 20 min: dressing seated on the bed edge (bra, blouse, slacks, shoes w/ elastic laces), standing at the walker to pull up the slacks, brushing hair and teeth standing at the sink
            Level: SBA dressing, set-up for grooming; 2 VCs for walker placement
            """,
            ["M62.81"], [OT("97530", 20)], [At(Deficit, "97530")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // 97110 decongestive exercise in the sleeve with doses; L UE lymphedema and stiff elevation; L-Dex bioimpedance against last visit and baseline: passes.
        ["v5-h15-l-dex-decongestive-ex"] = new(
            """
            Clinicient Insight | Lymphedema — exercise visit
            Remedial (decongestive) exercise in her compression sleeve: diaphragmatic breathing w/ abdominal pump x5; shoulder rolls 2 x 10; wand flexion/abd 2 x 12; ball squeezes w/ elbow pumps 2 x 15; wall climbs 2 x 10
            Region / impairment: L UE lymphedema after L mastectomy + ALND; L shoulder stiff into elevation
            L-Dex (bioimpedance) 11.4 today (14.8 on 2/18; pre-op baseline 2.1)
            97110 | 1 unit(s) | 20 minute(s)
            """,
            ["I97.2"], [PT("97110", 20)], []),

        // 97110 shoulder work with loads (prone Y/T/W, sidelying ER, 90/90 band ER, push-up plus, serratus punch); masters swimmer's impingement with weak upward rotators/ER; Upper Quarter Y-Balance composite %: passes.
        ["v5-h15-uqybt-swimmer"] = new(
            """
            TheraOffice | Daily Note | Univ Sports Med — Masters Aquatics
            97110 — Mins 23
            Prone Y/T/W w/ 2 lb 3 x 10 each; sidelying ER 4 lb 3 x 12; band ER at 90/90 3 x 15; push-up plus on the wall 3 x 12; serratus punch w/ band 3 x 15
            Target: R shoulder impingement w/ scapular upward-rotator and ER weakness (masters distance freestyle)
            Upper Quarter Y-Balance Test composite R 78% of limb length (L 86%)
            """,
            ["M75.41"], [PT("97110", 23)], []),

        // 97110 back-extensor strengthening with doses for thoracic extensor weakness/flexed posture; Timed Loaded Standing seconds: passes.
        ["v5-h15-timed-loaded-standing"] = new(
            """
            Clinicient Insight | Bone Health
            97110 Therapeutic Exercise | 22 minute(s)
            Prone trunk extension over a pillow 3 x 8 w/ 3 s hold; seated back extension against a red band 3 x 12; standing rows 15 lb 3 x 12; wall angels 2 x 10; chin tucks in standing 2 x 10
            Target: thoracic extensor weakness w/ forward-flexed posture (osteoporosis, no fx)
            Timed Loaded Standing 58 s (41 s at IE)
            """,
            ["M81.0"], [PT("97110", 22)], []),

        // OT 97530 fine-motor dressing tasks with reduced vision; docetaxel numbness with a work-dressing goal; Moberg pick-up seconds EO/EC: passes.
        ["v5-h15-moberg-ot"] = new(
            """
            OT — 97530 — 20 min
            Fine-motor ADL tasks w/ vision reduced: fastening the bra hook behind her, picking coins and earrings out of a dish, doing up 6 shirt buttons, sorting keys on a ring
            Problem: numb fingertips since docetaxel — drops earrings and can't find the button by feel; goal: dress herself for work at the library
            Moberg pick-up test R EO 19 s / EC 43 s (EC 61 s at IE)
            """,
            ["G62.0", "Z85.3"], [OT("97530", 20)], []),

        // OT 97530 café de olla for two as a kitchen task; post-stroke sequencing with a breakfast goal; Kettle Test score and a safety-cue count: passes.
        ["v5-h15-kettle-test-ot"] = new(
            """
            Prompt | OT Daily Note | Clínica del Valle — El Paso
            97530 TherAct — 25m
            Kitchen task: café de olla for two — fill the pot, measure the piloncillo and cinnamon, light the burner, strain into two mugs, serve at the table; then wiped down the stovetop
            Problem: after R frontal stroke she misses steps and loses the sequence when interrupted; pt: "antes lo hacía sin pensar" (used to do it without thinking); goal: make breakfast for her husband
            Kettle Test 9/52 (lower = better; 17/52 at IE); 1 safety cue (burner left on)
            """,
            ["I69.398"], [OT("97530", 25)], []),

        // ALF 97112 "Seen 1:1 in her apartment, door closed": protective steps from a release, amplitude stepping and counted turns, closet reaches; PD delayed backward steps; Push and Release test score: passes.
        ["v5-h15-push-release-alf"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — Mesquite, NV — Desert Bloom ALF apt 214]
            Seen 1:1 in her apartment, door closed
            97112 NMR 20 min
              Backward and lateral protective steps to the PT's release from a lean (pt leaning into the PT's hands)
              Large-amplitude stepping over the rug edge; count-cued turns in the kitchenette
              Reaching to the closet shelf w/ feet fixed and returning to upright
            PD: delayed, small backward steps; ↓ postural reactions
            Push and Release test score 2 (3 at IE)
            """,
            ["G20.A1", "Z91.81"], [PT("97112", 20)], []),

        // Home 97116 rollator → SPC with distances, threshold and cues; guarded staggering gait with flat foot contact; modified Gait Abnormality Rating Scale: passes.
        ["v5-h15-mgars-home"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — Part B home visit — Mesquite, NV]
            97116 GT 20 min: rollator → SPC trial inside the house 4 x 40 ft, kitchen ↔ bedroom w/ turns at the bed, stepping over the bathroom threshold; cues for heel strike, longer steps and arm swing on the free side
            Gait: guarded, staggering steps w/ flat-foot contact and ↓ hip ext; no arm swing
            mGARS (modified Gait Abnormality Rating Scale) 10/21 (14/21 at IE; lower is better)
            """,
            ["R26.89", "Z91.81"], [PT("97116", 20)], []),

        // RV-cab, dinette and gravel-pad practice after TKA with a driver's-seat goal, but progress only in words ("much better than last week"): no assistance level, count or other number.
        ["v5-h15-rv-cab-no-number"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — St. George — pt's RV site]
            97530 TA 18 min
              Practiced climbing into and out of the RV cab using the grab handle and the pull-down step; getting up from the low dinette bench; stepping down onto the gravel pad
              L TKA — pt and wife winter here and drive home to Idaho in April; goal: climb into the driver's seat himself
            Much better than last week, less hesitation on the step.
            """,
            ["Z96.652", "Z47.1"], [PT("97530", 18)], [At(Measure, "97530")]),

        // 97140 MLD to the R leg after inguinal dissection with only the patient's report ("feels lighter", stocking went on easier): no number.
        ["v5-h15-mld-feels-lighter"] = new(
            """
            Clinicient Insight | Lymphedema
            97140 | 15 minute(s)
            MLD to the R leg: cleared the L axillary and R axillo-inguinal anastomoses, then thigh → knee → calf → foot w/ stationary circles and pump strokes; re-applied his compression stocking
            R LE lymphedema after R inguinal node dissection (melanoma)
            Pt said the leg "feels lighter" and the stocking went on easier.
            """,
            ["I89.0", "C43.71"], [PT("97140", 15)], [At(Measure, "97140")]),

        // The only numbers are a certification date, a $0 copay and the next appointment's date and time (not measures); rocker, foam balloon catches, head-turn side-steps; postural control/ankle strategy; 1:1: no measure.
        ["v5-h15-nmr-admin-numbers"] = new(
            """
            Prompt | Daily Note | Clínica del Valle PT — Las Cruces
            Medicare cert through 04/15/2026 · copay $0 · next appt Thursday 03/05, 2:30 pm
            97112 NMR — 22m — 1:1
              Weight shifts on a rocker board A/P and M/L w/ the rail, then hands-free
              Catching a balloon while standing on foam
              Side-stepping over cones w/ head turns
            Deficit: ↓ postural control and delayed ankle strategy; pt: "me tambaleo cuando me agacho" (sways when she bends down)
            Steadier today, fewer grabs at the rail.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // TheraOffice Charges table "CPT | Description | Qty | Mins" (26 and 12, both match; Qty is units, not minutes): adhesive-capsulitis exercises with doses, GH glides with grade/bouts; ER degrees: passes.
        ["v6-h15-theraoffice-qty-mins"] = new(
            """
            TheraOffice | Daily Note | Univ Sports Med — Faculty & Staff Clinic
            Charges
              CPT    Description                 Qty   Mins
              97110  THERAPEUTIC EXERCISE        2     26
              97140  MANUAL THERAPY              1     12
            97110: table slides into flexion 2 x 15, cane ER 2 x 15, sleeper stretch 3 x 30 s, ER/IR w/ yellow band 3 x 12, prone rows 2 lb 3 x 10
            97140: R GH inferior and posterior glides grade III–IV 3 x 30 s each, scapular mobs in sidelying
            R adhesive capsulitis: ER at the side 25° → 33° after MT; flexion 120°
            """,
            ["M75.01"], [PT("97110", 26), PT("97140", 12)], []),

        // Clinicient "Billing Summary — Timed Services … 2 unit(s) … 25 minute(s)" and "1 unit(s) … 14 minute(s)", both match; one-on-one; CIPN balance-pad and tandem NMR, outdoor SPC gait with SBA; pad seconds and 10MWT: passes.
        ["v6-h15-clinicient-unit-minute"] = new(
            """
            Clinicient Insight | Onc Rehab | Billing Summary — Timed Services
              97112 Neuromuscular Reeducation ..... 2 unit(s) ..... 25 minute(s)
              97116 Gait Training ................. 1 unit(s) ..... 14 minute(s)
            Patient Contact: one-on-one, PT
            97112: stance on the balance pad w/ EC, tandem on firm → pad, toe taps to targets w/o looking down
            97116: SPC on the outdoor path (pavers → grass → slope) 2 x 200 ft, SBA; cues to lift the toes
            CIPN (paclitaxel): ↓ plantar sensation and proprioception, Romberg +, watches her feet, R foot slap
            Pad EC 9 s; 10MWT 0.86 m/s
            """,
            ["G62.0", "Z85.3"], [PT("97112", 25), PT("97116", 14)], []),

        // Prompt billing line "97110 (2u) 23m · 97530 (1u) 15m": "m" minutes beside each code (units are not minutes), both match; TKA exercises with doses; bus-step, half-kneel and low-toilet tasks CGA → SBA with a bus goal: passes.
        ["v6-h15-prompt-m-suffix"] = new(
            """
            Prompt | Daily Note | Clínica del Valle PT — El Paso
            Billing: 97110 (2u) 23m · 97530 (1u) 15m
            97110: quad sets 2×15, SAQ 3# 2×15, heel slides w/ strap 2×15, standing TKE blue band 3×12, mini-squats 2×10
            97530: stepping up a simulated bus step (14" w/ rail) × 6, picking her grocery bag up off the floor via half-kneel × 4, sit ↔ stand from the low toilet × 5; CGA → SBA
            R TKA 5 wk: quad weakness, flexion 96°; goal: ride the Sun Metro bus to the mercado alone
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 23), PT("97530", 15)], []),

        // Typed paper "Time: 97116 __18__ min  97110 __20__ min  97140 ____ (not done)": each billed code's minutes in its blank (match); 97140 is not billed, so no third code lacks time; in-house gait with SBA; hip exercises with doses; THA glute med weakness: passes.
        ["v6-h15-paper-underscored"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — Washington, UT — pt's home]
            Time:   97116  __18__ min     97110  __20__ min     97140  ____ (not done)
            97116: RW → SPC inside the house 3 x 60 ft, carpet ↔ tile, 2 garage steps w/ rail; SBA; cues for L stance time
            97110: supine bridges 2 x 12, sidelying L hip abd 2 x 10, standing hip ext at the counter w/ 2 lb 2 x 12, mini-squats 2 x 10
            L THA (anterior) 6 wk: L glute med weakness 3+/5, L Trendelenburg on the SPC
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 18), PT("97110", 20)], []),

        // Minutes written before each code ("23 min — 97112 …", "15 min — 97530 …"), both match; 1:1 NMR loading the R leg with perturbations; birdseed carries at SBA with a feeder goal; R knee timing; WB % and k of 10: passes.
        ["v6-h15-min-before-code"] = new(
            """
            Daily note — R hemiparesis (L MCA CVA 9 mo) — Grand Junction
            23 min — 97112 NMR (1:1): L foot up on a 6" step to load the R leg, reaching across midline; forward/back stepping w/ the L while the R knee stays soft (no snap-back); pelvic perturbations in stride stance
            15 min — 97530 TherAct: carrying a 10 lb bag of birdseed from the garage shelf to the feeder (simulated, 30 ft × 3), filling the feeder standing, SBA
            R LE: ↓ motor control and timing at the knee (snaps into hyperextension), ↓ R weight bearing; goal: fill his bird feeders again
            R LE WB 42% on the scale; 7/10 steps w/o knee snap-back
            """,
            ["I69.351"], [PT("97112", 23), PT("97530", 15)], []),

        // TheraOffice Charges "97112 … Mins 30" against a 23-min 97112 line: mismatch; 97110 Mins 15 matches; one-on-one stated; ankle NMR and exercises complete.
        ["v6-h15-theraoffice-mins-mismatch"] = new(
            """
            TheraOffice | Daily Note | Univ Sports Med
            Service Type: Individual (1:1)
            Charges
              CPT    Description                 Qty   Mins
              97112  NEUROMUSCULAR RE-ED         2     30
              97110  THERAPEUTIC EXERCISE        1     15
            97112: SL on a half foam roller w/ ball toss, lateral hop-and-stick 3 x 6, Y-excursion reaches on the L leg
            97110: SL calf raises 3 x 12, band eversion 3 x 15, lateral lunges 2 x 10
            L ankle: ↓ proprioception + evertor weakness after a grade II sprain (pickleball)
            SL EC L 10 s (R 22 s); hops stuck 5/6
            """,
            ["S93.402D"], [PT("97112", 23), PT("97110", 15)], [At(Mismatch, "97112")]),

        // Clinicient "97530 … 1 unit(s) … 20 minute(s)" against a 12-min 97530 line: mismatch; 97110 25 matches; loaded exercises and spine-safe lifting tasks complete.
        ["v6-h15-clinicient-minute-mismatch"] = new(
            """
            Clinicient Insight | Bone Health | Billing Summary — Timed Services
              97110 Therapeutic Exercise ......... 2 unit(s) ..... 25 minute(s)
              97530 Therapeutic Activities ....... 1 unit(s) ..... 20 minute(s)
            97110: hex-bar deadlift 40 lb 3 x 6, step-ups 8" w/ 10 lb 3 x 8, rows 20 lb 3 x 10, prone back extension 2 x 10
            97530: hip hinge to lift a 15 lb laundry basket from the floor x 8, loading/unloading the dishwasher w/o flexing the spine x 10 items, down to and up from the floor via half-kneel x 3, SBA
            Osteoporosis (spine T −2.9); goal: garden and lift the grandkids' car seat w/o spinal flexion
            """,
            ["M81.0"], [PT("97110", 25), PT("97530", 12)], [At(Mismatch, "97530")]),

        // Typed paper "Time: 97116 __25__ min" against a 15-min PTA 97116 line: mismatch; 4WW distances, rest, SBA, cues; flexed shuffling gait and a meals goal complete.
        ["v6-h15-paper-underscored-mismatch"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — PTA — Sunrise Villas ALF]
            Time:   97116  __25__ min
            Gait trng w/ 4WW from the apt to the dining room and back, 2 x 180 ft, 1 seated rest on the walker seat, SBA; cues for upright trunk and heel strike
            Flexed, shuffling gait w/ ↓ step length; goal: walk to meals w/o the w/c
            """,
            ["R26.89", "M62.81"], [PTA("97116", 15)], [At(Mismatch, "97116")]),

        // Typed paper "97116 __18__ min  97110 ____ min [blank on original]": the 97110 minutes were never filled in: separate time missing (18 matches the gait line); both sections complete.
        ["v6-h15-paper-blank-second"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — St. George — pt's home]
            Time:   97116  __18__ min     97110  ____ min   [blank on original]
            97116: SPC on the sidewalk to the corner and back 2 x 250 ft, a curb cut and 1 curb, SBA; cues for R heel strike
            97110: seated knee ext 4 lb 2 x 15, sit-to-stand 2 x 8, standing hip abd 2 x 12, step-ups 6" 2 x 10
            R knee OA w/ quad weakness 4-/5 and an antalgic gait
            """,
            ["M17.11", "R26.89"], [PT("97116", 18), PT("97110", 20)], [SepTime]),

        // Clinicient billing summary with minutes for 97110 (25, match) and only units for 97140: separate time missing; lymphedema exercise in bandages and MLD complete, circumference cm.
        ["v6-h15-clinicient-units-only-second"] = new(
            """
            Clinicient Insight | Lymphedema | Billing Summary — Timed Services
              97110 Therapeutic Exercise ......... 2 unit(s) ..... 25 minute(s)
              97140 Manual Therapy ............... 1 unit(s)
            97110: remedial exercise in short-stretch bandages — diaphragmatic breathing x5, wand flex/abd 2 x 12, elbow flex/ext 2 x 15, fist pumps 3 x 20
            97140: MLD R arm (axillo-axillary pathway), then bandages re-applied
            R UE lymphedema after R ALND; circumference 15 cm above the olecranon 31.2 cm (32.0 last visit)
            """,
            ["I97.2"], [PT("97110", 25), PT("97140", 12)], [SepTime]),

        // Typed paper "Timed tx: 40 min / 3 units (GT + TE)" and no minutes by code: separate time missing (the total is neither line's, so no mismatch); gait and exercise sections complete.
        ["v6-h15-timed-total-units"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — Kingman — pt's home]
            Timed tx: 40 min / 3 units (GT + TE)
            GT: RW in the hallway and out to the carport 3 x 80 ft, 2 back-door steps w/ rail, CGA → SBA
            TE: sit-to-stand from the recliner 2 x 6, seated marching 2 x 15, heel raises at the counter 2 x 12, knee ext 2 lb 2 x 12
            B LE weakness and ↓ gait endurance after a hospital stay (sepsis)
            """,
            ["R26.81", "M62.81"], [PT("97116", 18), PT("97110", 22)], [SepTime]),

        // "TE 20 mins." and "NMR 18 mins., 1:1" (abbreviations with periods), both match; loaded knee exercises, rocker/ramp/wedge NMR; knee OA proprioception with a trail goal; k of 10 and seconds: passes.
        ["v6-h15-mins-with-period"] = new(
            """
            Univ Sports Med — Faculty clinic — retired chemistry professor, L knee OA, hikes in the Sandias
            TE 20 mins. — leg press 70 lb 3 x 10, step-downs 6" 3 x 8, SL bridge 3 x 10, hamstring curls 20 lb 3 x 12
            NMR 18 mins., 1:1 — SL stance on the rocker w/o his trekking poles, downhill-ramp stepping around cones, lateral step-overs on a tilted foam wedge
            L knee OA: quad weakness 4/5, ↓ knee proprioception going downhill; goal: La Luz trail descent w/ poles only
            Ramp descent w/o rail 9/10 trials; SL L 14 s
            """,
            ["M17.12", "R26.81"], [PT("97110", 20), PT("97112", 18)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note (CR/LF only) on a mobile PTA gait + ther ex visit: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h15-empty-crlf-pta"] = new(
            "\r\n\r\n",
            ["R26.89"], [PTA("97116", 15), PTA("97110", 15)], [At(NoteMissing, "97116"), At(NoteMissing, "97110")]),

        // Empty note on a COTA 97530 + 97535 visit: missing on 97530 only (97535 has no documentation profile) and nothing else.
        ["v7-h15-empty-ota-97530-97535"] = new(
            "",
            ["M62.81"], [OTA("97530", 20), OTA("97535", 15)], [At(NoteMissing, "97530")]),

        // Tabs only are empty; a 97140 visit with no diagnosis: missing on 97140 plus the diagnosis check.
        ["v7-h15-empty-tabs-no-dx"] = new(
            "\t\t",
            [], [PT("97140", 15)], [At(NoteMissing, "97140"), Dx]),

        // 97116 as step training down the adobe steps to a casita (step-to, SPC and wall, trips, CGA) and a flagstone path; the goal of visiting her sister without help is its target: passes.
        ["v7-h15-97116-casita-steps"] = new(
            """
            Prompt | Daily Note | Clínica del Valle PT — Las Cruces
            97116 Gait Training — 15m
            Step training on the 3 adobe steps down to her casita (no rail on one side): step-to pattern, SPC in the R hand, L hand on the wall, 4 trips up/down, CGA; then 2 x 80 ft on the flagstone path
            Goal: go down to the casita to visit her sister w/o her grandson holding her arm
            """,
            ["S72.002D"], [PT("97116", 15)], []),

        // OT 97530 tamalada at the counter (masa spreading with a built-up spoon, filling, folding, stacking), two dozen at SBA with one rest; the Nochebuena goal is its target: passes.
        ["v7-h15-97530-tamalada"] = new(
            """
            Prompt | OT Daily Note | Clínica del Valle — El Paso
            97530 — 22m
            Tamalada practice standing at the counter: spreading masa on soaked hojas w/ a built-up spoon, filling and folding, stacking them in the steamer; 2 dozen done, SBA, 1 seated rest
            Goal: make tamales w/ her daughters for Nochebuena — "cada año los hago yo" (I make them every year)
            """,
            ["M19.041", "M19.042"], [OT("97530", 22)], []),

        // 97140 sternoclavicular and AC glides with grade/bouts and STM; SC/AC hypomobility after a clavicle fracture; elevation degrees before/after: passes.
        ["v7-h15-97140-sc-joint"] = new(
            """
            TheraOffice | Daily Note | Univ Sports Med — Cycling
            97140 — Mins 10
            R sternoclavicular joint inferior and posterior glides grade III 3 x 30 s; R AC joint A/P glides; STM to R pec major / upper trap
            R SC and AC hypomobility after a R midshaft clavicle fx (road-bike crash, healed); R shoulder elevation 150° → 162° after
            """,
            ["S42.001D"], [PT("97140", 10)], []),

        // 97110 at home with exercises and doses but no body region, impairment or goal written: deficit missing.
        ["v7-h15-97110-no-target"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — pt's home]
            97110 TE 20 min
              Seated marching 2 x 20
              Long-arc quads w/ 2 lb 2 x 15
              Standing heel raises at the counter 2 x 15
              Sit-to-stand from the dining chair 2 x 8
            Wife present, will help w/ the HEP.
            """,
            ["M62.81"], [PT("97110", 20)], [At(Deficit, "97110")]),

        // 97530 described only generically ("participated in functional activities as tolerated … progressing toward goals … continue per POC"): no task, goal or number.
        ["v7-h15-97530-generic"] = new(
            "97530 TA x 15 min. Pt participated in functional activities as tolerated. Good participation. Progressing toward goals. Continue per POC.",
            ["R26.89"], [PT("97530", 15)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Wholly generic 97112 ("Neuro re-ed performed per plan of care. Pt did good, tolerated well."): no technique, deficit, number or one-on-one.
        ["v7-h15-97112-generic"] = new(
            "Prompt | Daily Note — 97112 — 20m. Neuro re-ed performed per plan of care. Pt did good, tolerated well. Will continue.",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // PTA 97116 rollator gait to the ALF mailboxes with distance, SBA, a rest and cues; the daily-mail goal is its target: passes.
        ["v7-h15-97116-alf-mailboxes"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — PTA — Sunrise Villas ALF]
            97116 GT 15 min: gait trng w/ rollator from her apt to the front-desk mailboxes and back (2 x 220 ft), SBA, 1 standing rest; cues to stay inside the walker on turns
            Goal: walk to get her own mail every day
            """,
            ["R26.89", "M62.81"], [PTA("97116", 15)], []),

        // ---------------------------------------------------------------- ordinary notes

        // Bilingual TKA visit: 97110 23m (bike, heel slides, quad sets, SAQ, step-downs with doses) and 97140 10m (patellar and tibiofemoral glides with grade/bouts), both match; quad weakness, flexion and lag: passes.
        ["vord-h15-bilingual-tka-te-mt"] = new(
            """
            Prompt | Daily Note | Clínica del Valle PT — Las Cruces
            S: "Me duele cuando bajo la escalera" — hurts going down stairs; sleeping better.
            97110 Ther Ex — 23m: recumbent bike (seat 9) full revolutions fwd/back ×20, heel slides 2×15, quad sets 2×15 w/ 5 s hold, SAQ 3# 2×15, step-downs 4" 2×10 w/ rail
            97140 Manual — 10m: patellar glides sup/inf grade III 3×30 s, tibiofemoral posterior glides grade III at 90° flexion 3×30 s
            A: L TKA 7 wk — quad weakness, flexion 104° (98° last wk), ext lag 5°
            Billing: 97110 (1u) 23m · 97140 (1u) 10m
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 23), PT("97140", 10)], []),

        // Bilingual PTA lumbar 97110 (press-ups, bird dog, dead bug, hinge, farmer carries with doses); trunk extensor endurance and a lift-the-grandson goal: passes.
        ["vord-h15-bilingual-pta-lumbar-te"] = new(
            """
            Prompt | Daily Note | PTA | Clínica del Valle PT — Tucson
            S: "Ya puedo cargar a mi nieto un ratito" — can hold his grandson a little while now.
            97110 — 22m: prone press-ups 2×10, bird dog 2×8 w/ 5 s hold, dead bug 2×10, hip hinge w/ dowel 2×10, farmer carry 15 lb each hand 4 × 40 ft
            LBP, flexion-sensitive, w/ ↓ trunk extensor endurance; goal: lift his grandson from the crib
            Prone press-up to 80% of full extension, no peripheral sx
            """,
            ["M54.50"], [PTA("97110", 22)], []),

        // Bilingual stroke visit "1:1 throughout": NMR 24m (R stance with L step targets, hip facilitation, broomstick step-overs, foam reaching) and TA 15m (car transfers, plate carry, curb steps, SBA); R LE motor control and toe catch; church/family-meal goal; seconds and k of 10: passes.
        ["vord-h15-bilingual-stroke-nmr-ta"] = new(
            """
            Prompt | Daily Note | Clínica del Valle PT — El Paso
            1:1 throughout; wife came in at the end for HEP teaching.
            S: "Ya no se me atora el pie" — the foot isn't catching as much.
            97112 NMR — 24m: R LE stance while the L foot steps to floor targets; facilitation at the R hip for stance stability; stepping over a broomstick leading w/ the R; reaching while standing on foam
            97530 TherAct — 15m: in/out of the sedan w/ SPC × 4, carrying a plate of food from the stove to the table × 3, stepping up the front-yard curb × 5; SBA
            A: R hemiparesis (L CVA): ↓ R LE motor control/recruitment in stance, R toe catch in swing; goal: ride to Mass and carry his own plate at family dinners
            R stance on foam 5 s; step targets 8/10
            """,
            ["I69.351"], [PT("97112", 24), PT("97530", 15)], []),

        // Complete bilingual 97530 (floor transfers, a 20 lb sack of pinto beans carried and lifted, SBA; R knee OA and a truck-bed goal) sent with no diagnosis.
        ["vord-h15-bilingual-ta-no-dx"] = new(
            """
            Prompt | Daily Note | Clínica del Valle PT — Las Cruces
            97530 TherAct — 20m: floor transfers via half-kneel w/ a chair × 4, carrying a 20 lb sack of pinto beans 25 ft × 3, lifting it floor → counter × 5; SBA
            R knee OA; goal: get the sack from the truck bed to the kitchen himself
            """,
            [], [PT("97530", 20)], [Dx]),

        // Bilingual PTA shoulder: 97110 20m (pulleys, wall walks, ER, rows, serratus with doses) and 97140 10m (GH glides with grade/bouts, STM), both match; partial cuff tear with elevation/ER loss and AROM degrees: passes.
        ["vord-h15-bilingual-pta-shoulder-te-mt"] = new(
            """
            Prompt | Daily Note | PTA | Clínica del Valle PT — El Paso
            S: wants to help pick chile at his brother's farm next month — "no puedo levantar el brazo arriba de la cabeza."
            97110 — 20m: pulleys flex 2×15, wall walks 2×10, sidelying ER 1# 2×12, prone rows 2# 2×12, supine serratus punch 2 lb 2×15
            97140 — 10m: R GH inferior glides grade II–III 3×30 s, STM R upper trap / infraspinatus
            R rotator cuff partial tear, non-op: ↓ elevation, ER weakness; R flexion AROM 132° (118° at IE)
            """,
            ["M75.111"], [PTA("97110", 20), PTA("97140", 10)], []),

        // University racquet clinic: "97110 Mins 23 | 97140 Mins 12", both match; wrist-extensor isometrics/eccentrics, hammer sup/pron, rows with doses; radial head glides and ECRB friction; lateral elbow tendinopathy; pain-free grip kg: passes.
        ["vord-h15-univ-pickleball-te-mt"] = new(
            """
            TheraOffice | Daily Note | Univ Sports Med — Racquet Clinic
            Charges: 97110 Mins 23 | 97140 Mins 12
            Pt: 71 y/o, 4.0 pickleball player; R lateral elbow pain w/ backhand dinks and gripping the paddle
            97110: isometric wrist ext holds 5 x 45 s; eccentric wrist ext 3 lb 3 x 15; forearm sup/pron w/ a hammer 3 x 12; band rows 3 x 15
            97140: radial head posterior glides grade III 3 x 30 s; cross-friction to the ECRB origin 2 x 60 s
            R lateral elbow tendinopathy; pain-free grip R 19 kg (L 32 kg)
            """,
            ["M77.11"], [PT("97110", 23), PT("97140", 12)], []),

        // University THA visit: 97110 Mins 23 (hip abductor/extensor work with doses) and 97116 Mins 15 (trekking-pole trail loop with distance and grade, Mod I, cues), both match; abductor/extensor weakness and a hiking goal: passes.
        ["vord-h15-univ-hiking-tha-te-gt"] = new(
            """
            TheraOffice | Daily Note | Univ Sports Med — Faculty & Staff
            97110 Therapeutic Exercise — Mins 23: sidelying hip abd 3 x 12, band monster walks 3 x 20 ft, SL bridge 3 x 10, step-ups 8" 3 x 10, half-kneel hip flexor stretch 3 x 30 s
            97116 Gait Training — Mins 15: trekking poles on the trail loop behind the field house (dirt, rocks, 5% grade) 2 x 400 ft, Mod I; cues for R hip ext at push-off
            R THA 10 wk: R hip abd/ext weakness 4/5, short R stride uphill; goal: hike the Pino Trail w/ his wife
            """,
            ["Z96.641", "Z47.1"], [PT("97110", 23), PT("97116", 15)], []),

        // University ski clinic: "Service Type: Individual" and "1:1 w/ PT"; 97112 Mins 22 (slide-board perturbations, Bosu pole plants, skater hops) and 97110 Mins 16 (wall sits, split squats, leg press, lateral step-ups with doses), both match; meniscectomy proprioception/quad weakness; k of 6 and seconds: passes.
        ["vord-h15-univ-ski-nmr-te"] = new(
            """
            TheraOffice | Daily Note | Univ Sports Med — Ski & Snow
            Service Type: Individual
            97112 — Mins 22: ski-stance perturbations on the slide board (PT tugs a band at the pelvis), SL balance on the Bosu w/ pole plants, lateral skater hops to stick 3 x 6; 1:1 w/ PT
            97110 — Mins 16: wall sits w/ adductor ball 4 x 40 s, split squats 20 lb 3 x 8, SL leg press 50 lb 3 x 10, lateral step-ups 8" 3 x 10
            L knee s/p partial medial meniscectomy: ↓ L knee proprioception / reactive control in flexed stance, quad weakness 4/5
            Skater hops stuck 5/6 L; SL on the Bosu L 20 s
            """,
            ["M23.222"], [PT("97112", 22), PT("97110", 16)], []),

        // TheraOffice 97110 described only generically ("performed per flowsheet", "good form", "tolerated well", "cont plan") with no flowsheet attached: no exercise, target or number.
        ["vord-h15-univ-generic-te"] = new(
            "TheraOffice | 97110 — Mins 15. Therapeutic exercises performed per flowsheet. Good form. Pt tolerated well, no adverse reaction. Cont plan.",
            ["M25.561"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // University eval + treat: untimed 97161 beside one timed 97110 ("Mins 15", match); neck exercises with doses; forward head, DNF endurance, rotation degrees: passes.
        ["vord-h15-univ-eval-plus-te"] = new(
            """
            TheraOffice | Initial Evaluation + Treatment | Univ Sports Med
            97161 PT evaluation, low complexity — see the evaluation document
            97110 — Mins 15: supine chin tucks 2 x 10 w/ 5 s hold, scapular retraction w/ band 3 x 12, thoracic ext over a foam roll 2 x 10, upper trap stretch 3 x 30 s
            Neck pain w/ forward head posture and ↓ deep neck flexor endurance; cervical rotation R 55° / L 60°
            """,
            ["M54.2"], [PT("97161", 30), PT("97110", 15)], []),

        // Mobile home visit (vitals recorded): GT 97116 15 min (RW → SPC, thresholds, porch steps, CGA/SBA) and TE 97110 23 min (hip/knee exercises with doses), both match; IT hip fracture abductor weakness and Trendelenburg; gait speed: passes.
        ["vord-h15-mobile-home-gait-te"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — Part B, pt's home, Ivins UT]
            Vitals: BP 134/76, HR 70, SpO2 96% RA
            GT 97116 15 min: RW → SPC in the house 4 x 50 ft, thresholds x3, 3 back-porch steps w/ rail; CGA on the steps, SBA on level
            TE 97110 23 min: supine heel slides 2 x 15, bridges 2 x 12, SAQ 2 lb 2 x 15, standing hip abd/ext at the counter 2 x 12, mini-squats 2 x 10
            L IT hip fx (IMN 8 wk): L hip abd weakness 3+/5, L Trendelenburg, ↓ L stance time
            Gait speed (4 m in the hall) 0.61 m/s
            """,
            ["S72.142D"], [PT("97116", 15), PT("97110", 23)], []),

        // ALF OT 97530: bed making and laundry with the walker, SBA and cue count, distance; goal to stay in assisted living; LE weakness and standing tolerance: passes.
        ["vord-h15-mobile-alf-ot-ta"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — OT — Desert Bloom ALF apt 122]
            97530 TA 23 min: making the bed (sheets and comforter, walking around the bed w/ the RW); laundry — carried a half-full basket on the walker seat to the laundry room 60 ft, loaded and unloaded the dryer; SBA, 2 VCs for walker use
            Goal: keep doing her own laundry and bed so she can stay in assisted living
            B LE weakness and ↓ standing tolerance
            """,
            ["M62.81", "R26.89"], [OT("97530", 23)], []),

        // Mobile PTA 97112 "1:1 in home, PTA only (pt's wife out)": blanket stance EO/EC, head-turn hallway walking, step-overs, hands-free STS; proprioceptive/vestibular use with veering; seconds and k of 4: passes.
        ["vord-h15-mobile-pta-nmr"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — PTA — pt's home, Santa Clara UT]
            1:1 in home, PTA only (pt's wife out)
            NMR 97112 23 min: standing in the hallway on a folded blanket, feet together EO → EC; walking the hallway w/ head turns to read sticky notes; stepping over a shoe and a cane on the floor; sit-to-stand onto the blanket w/o hands
            Deficit: ↓ proprioceptive and vestibular use, veers w/ head turns
            Blanket EC 14 s (5 s at start); head-turn walk 30 ft w/o veering 3/4 trials
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // ALF hallway 97112 complete (rail tandem walk, noodle step-overs, high/low reaches; postural control/hip strategy with L LOB; reach inches and steps) that never says one-on-one.
        ["vord-h15-mobile-alf-nmr-no-1to1"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — Sunrise Villas ALF — common-area hallway]
            NMR 97112 20 min: tandem walk along the hallway handrail → no hand; lateral stepping over a pool noodle; reaching for items on a high and a low shelf in standing
            Deficit: ↓ postural control / hip strategy, L lateral LOB on reaching
            Functional reach 7 in; tandem walk 8 steps w/o the rail
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Mobile home "GT 97116 20 min" against a 12-min gait line: mismatch; TE 15 matches; SPC outdoor gait with curb, SBA; knee exercises with doses; knee OA quad weakness and antalgic gait.
        ["vord-h15-mobile-gt-mismatch"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — pt's home]
            GT 97116 20 min: SPC on the driveway and sidewalk 2 x 150 ft, down/up the curb x2, SBA
            TE 97110 15 min: LAQ 3 lb 2 x 15, heel raises 2 x 15, sit-to-stand 2 x 8, standing hip abd 2 x 12
            R knee OA, quad weakness 4-/5, antalgic gait
            """,
            ["M17.11", "R26.89"], [PT("97116", 12), PT("97110", 15)], [At(Mismatch, "97116")]),

        // Mobile COTA: 97530 20 min (soup at the stovetop, tray carry, dishes, SBA) and 97110 15 min (UE weights and putty with doses), both match; UE weakness and a lunch goal: passes.
        ["vord-h15-mobile-cota-ta-te"] = new(
            """
            [Typed from scanned paper form — Canyon Country Mobile Therapy — COTA — pt's home, Mesquite NV]
            97530 TA 20 min: meal prep — heated soup on the stovetop, carried the bowl to the table on the RW tray, washed 6 dishes standing at the sink; SBA
            97110 TE 15 min: B shoulder flex/abd w/ 1 lb 2 x 12, elbow flex/ext 2 lb 2 x 12, theraputty grip 2 x 20
            B UE weakness 3+/5 after a hospital stay; goal: fix her own lunch
            """,
            ["M62.81"], [OTA("97530", 20), OTA("97110", 15)], []),

        // Clinicient CDT visit: 97140 23 minute(s) (MLD pathways and multilayer bandaging) and 97110 15 minute(s) (decongestive exercise in bandages with doses), both match; B LE lymphedema after pelvic dissection; tape-measure volumes: passes.
        ["vord-h15-lymph-cdt-mt-te"] = new(
            """
            Clinicient Insight | Lymphedema — CDT phase I, visit 6
            Billing Summary — Timed Services
              97140 Manual Therapy ............... 2 unit(s) ..... 23 minute(s)
              97110 Therapeutic Exercise ......... 1 unit(s) ..... 15 minute(s)
            97140: MLD B LE (inguino-axillary pathways both sides), then multilayer short-stretch bandaging B legs toe → groin w/ foam chip pads behind the knees
            97110: decongestive exercise in the bandages — ankle pumps 3 x 20, heel slides 2 x 15, seated marching 2 x 20, walking the hall 2 laps
            B LE lymphedema after pelvic node dissection (ovarian ca); pitting 2+ at the ankles
            Volume (tape, 4-cm segments): R 7,410 mL (7,980 at IE), L 6,920 mL (7,310 at IE)
            """,
            ["I89.0", "Z85.43"], [PT("97140", 23), PT("97110", 15)], []),

        // Oncology 97110 (stepper bouts at RPE, STS, rows, step-ups, wall push-ups with doses); cancer-related fatigue and LE weakness with a dog-walking goal; chair stands: passes.
        ["vord-h15-onc-fatigue-te"] = new(
            """
            Clinicient Insight | Onc Rehab
            97110 Therapeutic Exercise | 2 unit(s) | 25 minute(s)
            Recumbent stepper intervals, 4 bouts at RPE 12–13 w/ seated recovery; sit-to-stand 3 x 10; rows 15 lb 3 x 12; step-ups 6" 3 x 8; wall push-ups 2 x 12
            Cancer-related fatigue + B LE weakness on maintenance rituximab (lymphoma); goal: walk the dog around the block
            30-s chair stand 11 (8 at IE)
            """,
            ["R53.0", "C83.30"], [PT("97110", 25)], []),

        // Pelvic health "Patient Contact: one-on-one, private treatment room": 97112 20 minute(s) (urge-control motor retraining, PFM pre-contraction with STS and lifting) and 97110 18 minute(s) (PFM holds, adduction, bridges, clams with doses), both match; mixed UI with delayed PFM recruitment; voids/day and pad weight: passes.
        ["vord-h15-pelvic-mixed-ui-nmr-te"] = new(
            """
            Clinicient Insight | Pelvic Health | Sage — Salt Lake City
            Patient Contact: one-on-one, private treatment room
            Billing Summary — Timed Services
              97112 Neuromuscular Reeducation .... 2 unit(s) .... 20 minute(s)
              97110 Therapeutic Exercise ......... 1 unit(s) .... 18 minute(s)
            97112: urge-control motor retraining — PFM quick contractions + breath to suppress urge at the key-in-the-door trigger (rehearsed at the clinic door), timed-void rehearsal; PFM pre-contraction w/ sit-to-stand and w/ lifting a 10 lb bag
            97110: PFM endurance holds 6 s x 10 in sitting, hip adduction squeezes w/ ball 2 x 15, bridges 2 x 12, clamshells w/ band 2 x 15
            Mixed UI: delayed PFM recruitment w/ urge and w/ lifting, ↓ PFM endurance
            Voids/day 9 (13 at IE); 24-h pad weight 18 g (41 g at IE)
            """,
            ["N39.46"], [PT("97112", 20), PT("97110", 18)], []),

        // Bone-health visit: 97110 23 minute(s) (weighted-vest heel drops, step-ups, rows, prone extension with doses) and 97530 15 minute(s) (hip-hinge dishwasher, kneel bed-making, tub transfers, SBA with cues), both match; osteoporosis with healed L1 fx and a no-flexion housework goal: passes.
        ["vord-h15-osteo-te-ta"] = new(
            """
            Clinicient Insight | Bone Health
            Billing Summary — Timed Services
              97110 Therapeutic Exercise ......... 2 unit(s) ..... 23 minute(s)
              97530 Therapeutic Activities ....... 1 unit(s) ..... 15 minute(s)
            97110: weighted-vest (4 lb) heel drops 3 x 10, step-ups 8" 3 x 10, band rows 3 x 15, prone trunk extension 2 x 8
            97530: hip-hinge bending to empty the dishwasher x 12 items, making the bed kneeling instead of stooping, in/out of the bathtub w/ the grab bar x 3; SBA, 1 VC per task for a neutral spine
            Osteoporosis w/ healed L1 compression fx: thoracic extensor weakness, flexed posture; goal: do housework w/o spinal flexion
            """,
            ["M81.0", "Z87.310"], [PT("97110", 23), PT("97530", 15)], []),

        // Complete 97140 (MLD pathways to the L arm, L UE lymphedema after ALND, circumference cm) whose diagnosis column holds free text "L arm lymphedema": not an ICD-10-CM code.
        ["vord-h15-lymph-free-text-dx"] = new(
            """
            Clinicient Insight | Lymphedema
            97140 | 15 minute(s)
            MLD L arm via axillo-axillary and axillo-inguinal pathways, then compression-sleeve fit check; skin check (no cellulitis)
            L UE lymphedema after L ALND
            Circumference 10 cm proximal to the wrist 22.1 cm (23.0 last visit)
            """,
            ["L arm lymphedema"], [PT("97140", 15)], [Dx]),

        // Oncology "Total timed minutes: 35 (therapeutic exercise + therapeutic activities)" and no minutes by code: separate time missing (no mismatch — the total is neither's); both sections complete.
        ["vord-h15-onc-total-only"] = new(
            """
            Clinicient Insight | Onc Rehab
            Total timed minutes: 35 (therapeutic exercise + therapeutic activities)
            Ther ex: wand flexion 2 x 15, sidelying ER 1 lb 2 x 12, wall slides 2 x 10, band rows 2 x 15
            Ther act: putting groceries away into the upper cabinets x 12 items, hanging shirts in the closet x 8, simulated hair washing (overhead reach) x 5; SBA
            L shoulder ROM and strength limits after L mastectomy + radiation (flexion 135°); goal: dress and wash her hair w/o help
            """,
            ["C50.912"], [PT("97110", 20), PT("97530", 15)], [SepTime]),

        // OT hand, thumb CMC OA: 97110 15 min (first dorsal interosseous/abductor and opponens work with doses) and 97140 10 min (CMC distraction and glides with grade/bouts, web-space stretch), both match; pinch kg: passes.
        ["vord-h15-ot-cmc-te-mt"] = new(
            """
            OT Hand — Boise
            97110 — 15 min: first dorsal interosseous / thumb abd w/ band 3 x 12, opponens holds on putty 10 x 5 s, thumb abd/ext against a rubber band 2 x 15
            97140 — 10 min: CMC distraction + dorsoradial glides grade II–III 3 x 30 s, first web-space stretch 3 x 30 s
            R thumb CMC OA (Eaton stage II): adducted thumb, ↓ pinch strength; lateral pinch R 3.5 kg (L 5.5 kg)
            """,
            ["M18.11"], [OT("97110", 15), OT("97140", 10)], []),

        // Vestibular visit: untimed 95992 (Epley R) beside one timed 97112 ("23 min — 1:1"): head-turn walking, foam EC, quick turns and stops; residual imbalance with head turns; DGI and foam seconds: passes.
        ["vord-h15-vestibular-95992-nmr"] = new(
            """
            Vestibular — Albuquerque (Montgomery Blvd)
            95992 canalith repositioning (Epley, R) x2 — R posterior canal BPPV: Dix-Hallpike R + (upbeat torsional nystagmus) → negative after the 2nd maneuver
            97112 — 23 min — 1:1: post-maneuver balance — walking w/ horizontal and vertical head turns, standing on foam w/ EC, quick turns and stops
            Residual dizziness and imbalance w/ head turns; ↓ postural control on foam
            DGI 20/24; foam EC 22 s
            """,
            ["H81.11"], [PT("95992", 10), PT("97112", 23)], []),

        // PTA hip OA: TE (97110) 20 min (stretches and strengthening with doses) and GT (97116) 15 min (SPC incline path, stairs, Mod I, cues), both match; antalgic lurch, hip ext ROM and abductor weakness: passes.
        ["vord-h15-pta-hip-te-gt"] = new(
            """
            PTA Daily Note — Flagstaff clinic (PT co-sign pending)
            TE (97110) 20 min: half-kneel hip flexor stretch 3 x 30 s, sidelying hip abd 2 x 15, bridges 2 x 15, standing hip ext w/ band 2 x 12, seated hip IR/ER AROM 2 x 15
            GT (97116) 15 min: SPC on the paved path outside (incline) 2 x 200 ft, stairs 12 steps reciprocal w/ rail, Mod I; cues for L hip ext and to stop the lurch
            L hip OA — antalgic L lurch, hip ext −10°, abd weakness 4-/5
            """,
            ["M16.12"], [PTA("97110", 20), PTA("97116", 15)], []),

        // "97112 x 20 min, 1:1. Balance and coordination training performed. Pt tolerated session well.": one-on-one is stated, but the service is described only in generic phrases: no technique, deficit or number.
        ["vord-h15-pd-1to1-generic"] = new(
            "97112 x 20 min, 1:1. Balance and coordination training performed. Pt tolerated session well. Continue per POC.",
            ["G20.A1"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
