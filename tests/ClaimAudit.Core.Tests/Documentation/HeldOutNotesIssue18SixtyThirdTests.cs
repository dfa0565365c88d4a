using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The sixty-third held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not read
/// the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder
/// (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of gym-floor flowsheets and exercise logs — notes in which every exercise carries its
/// own parameters (sets x reps x load, holds in seconds and in inch marks, rests, intervals, timers, laps of an
/// indoor track, distances, levels on the NuStep and the bike) and often its own duration ("bike 8'", "NuStep L3 ....
/// 8 min", "treadmill 1.4 mph 0% ... 2 x 4 min", "UBE 4'/4'", "ice 10' post"), beside — or instead of — the
/// minutes billed for each code: a code's label, a BILLED block, clock times per code, a total line with its parts,
/// a "Min" column the template says makes up the code, or nothing but exercise durations; hot packs, ice and
/// interferential current in the text and never on a line — about two thirds ordinary and complete (69 of 105),
/// single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit), by PTs, PTAs and OTs,
/// from five employers:
/// <list type="number">
/// <item>a sports and orthopaedic chain in southwest Michigan ("Velocity Sports &amp; Ortho PT": Portage, Kalamazoo
/// on Oakland Drive and on Westnedge, Battle Creek, Paw Paw) on a GYM FLOOR FLOWSHEET (EXERCISE / SETS x REPS /
/// LOAD / TIME columns, a "Supervision: ☒ 1:1 ☐ floor" row, a BILLED block): pickleball at the Portage rec courts,
/// a kayak on the Kalamazoo River, a blueberry farm and an orchard outside Paw Paw, a retiree from the cereal
/// plant, the heavy slow resistance protocol, a Keiser circuit on an ACSM FITT prescription, HawkGrips, Cyriax
/// friction, a PT alternating sets with a post-op ACL at the next table;</item>
/// <item>a hospital's wellness-centre clinic in the Wabash Valley ("Wabash Valley Health · Wellness Center —
/// Outpatient Therapy": Terre Haute, with Brazil and Sullivan clinics) on an EXERCISE LOG (Activity / Parameters /
/// Min, "Therapist-timed: 97112 = 21 min (rows above)", a log whose rows were never filled in, an ADL grid), the
/// indoor track in laps with members walking it, a Biodex Gait Trainer, two neighbours walked round the track
/// together, the Covered Bridge Festival in Parke County;</item>
/// <item>a post-hospital reconditioning programme ("Second Wind — Post-Hospital Reconditioning", Muskingum Valley
/// Medical Center: Zanesville and Cambridge, Ohio) for patients after sepsis, COVID pneumonia, CHF and COPD
/// admissions and weeks in the ICU: pre / peak / post vitals, O2 boxes and portable tanks, Borg dyspnea and RPE,
/// NuStep and arm-ergometer intervals, the 6-minute walk, the 2-minute step test, Walk With Ease, the four Ps of
/// energy conservation, a PTA watching another patient's NuStep, a "Direct one-on-one minutes: ______" line, the
/// Y-Bridge;</item>
/// <item>a PTA-heavy, high-volume practice north of Atlanta ("Rebound Physical Therapy": Kennesaw, Acworth, Marietta)
/// with dotted-leader flowsheets, "Tx: PTA · supervising PT on site", a "Ratio: ☐ 1:1 ☒ 1:2" row, a circuit with
/// three patients, the next patient's bike warm-up beside a balance drill, Crossover Symmetry cords, McKenzie
/// repeated extension, an Airdyne and a rower, Lake Allatoona, softball bleachers, a tomato garden, the Kennesaw
/// Mountain trail;</item>
/// <item>an aquatic-and-land clinic on Maryland's Eastern Shore ("Blue Heron Aquatic &amp; Land Therapy": Salisbury,
/// Easton, Ocean Pines) whose land-day notes carry "Session: ☒ LAND ☐ POOL" and "(pool days are Tue/Thu)": a
/// SoloStep overhead track, SaeboFlex, Tai Ji Quan: Moving for Better Balance, moist heat and IFC before and after,
/// a waterman whose knee gives way stepping onto the dock, crab picking for the church supper, a boat trailer
/// backed down the ramp, the beach chair at Ocean City.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h63-…): one-on-one in these writers' own words ("PT one-on-one in the side balance room (not on
/// the floor rotation)", "1:1 — no other pt on my schedule for the whole NMR block", "Seen 1:1 — PT with pt the whole
/// NMR; the members walking the track are not pts", "Just me and Ms. Tull in the land gym for all 19 min", "He was my
/// only patient during the NMR minutes", "OT and client alone in the hand room, door closed", "1:1 in the quiet room,
/// door shut", "his daughter ran the stopwatch (no other pt in the room)"), notes that negate it (a circuit of three
/// patients with the PTA rotating, a PTA also watching another patient's NuStep intervals, the next patient's bike
/// warm-up supervised beside the drill, a PT alternating sets between two tables) or never state it (a blueberry
/// farmer's complete NMR), and a 97116 with two neighbours walked round the track together and a PTA's 97110 with no
/// statement, which have no one-on-one check (only 97112 is the one-on-one code in the shipped medicare
/// profile);</item>
/// <item>class 2 (v2-h63-…): template states: "Supervision: ☒ 1:1 (PT/PTA direct) ☐ floor (independent)", "Ratio:
/// ☐ 1:1 ☒ 1:2 ☐ 1:3", an exercise log whose rows are all blank beside "Tolerance: ☒ good" and "Plan: ☒ continue
/// POC", an O2 box and a rest / peak / post vitals grid, LAND / POOL, device and assist boxes, an assist row with no
/// box ticked, an "Outcome: Test ______ Score ______" row left blank, an ADL grid of Task / Assist / Trials, a
/// "Direct one-on-one minutes: ______" line, HEP boxes with a pain line, precaution boxes, a "1-on-1 for NMR? Y" row;</item>
/// <item>class 3 (v3-h63-…): named protocols, programmes and devices as techniques (heavy slow resistance, a Biodex Gait
/// Trainer with step-length feedback, Walk With Ease, a Borg-guided NuStep interval protocol, Cyriax transverse
/// friction, Crossover Symmetry, a SoloStep overhead track, SaeboFlex, McKenzie repeated extension, the four Ps of
/// energy conservation), Tai Ji Quan: Moving for Better Balance with no number, a Keiser circuit on a FITT
/// prescription for a patient with nothing limiting her, and HawkGrips IASTM with no number;</item>
/// <item>class 4 (v4-h63-…): deficits stated as findings (a knee that buckles on the basement stairs with the laundry,
/// swaying with the eyes shut to rinse her hair, stopping twice on the way to the mailbox, a knee that gives way
/// stepping from the workboat to the dock, a shoulder hiked to reach the top shelf, coffee slopped on the walk to the
/// table, a foot that slaps on the ballfield grass, a crab knife dropped when wet, a leg lifted by hand onto the
/// tractor step) and notes that state none (a gait session with no deviations and no falls, a 97112 whose screen is
/// all normal);</item>
/// <item>class 5 (v5-h63-…): measures in their usual forms (the 6-minute walk in metres with rests, the 2-minute step
/// test and the 30-second chair stand, a Y-balance composite, the Fullerton Advanced Balance scale, comfortable and
/// fast 10-m walk speeds, hand-held dynamometry in kg, knee extension in degrees before and after, modified
/// independence with counts) and notes with none (a track session "steadier than last week" with the DGI put off, a
/// hip list with no doses, a cane walk "slow but safe" on the gravel, a minivan transfer "practiced each step");</item>
/// <item>class 6 (v6-h63-…): minutes in their usual forms (per-exercise times that add up exactly to a single code's
/// line with no total, a log whose template says each code's minutes are the sum of its rows, "Total timed 38' = NMR
/// 23' + gait 15'", clock times per code, minutes in the code's label, moist heat and IFC "(not billed)" beside a
/// single code, ice after two codes, each code's parts added up), a single code whose exercise durations fall short of
/// its line with no total stated (no minutes given for the code, so nothing to mismatch), true mismatches (a BILLED
/// block's 38 against 24, exercise minutes summed to "TE total 18'" against 30, a PTA's NMR 26' against 15, gait 28
/// against 16) and truly missing separate time (two codes with only exercise durations, a combined timed total, a
/// third code with distances and no minutes);</item>
/// <item>class 7 (v7-h63-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (machines and the track for a Covered Bridge Festival walk), 97530 (a
/// garden kneeler, a watering can and a bag of potting soil), 97140 (cervical glides for a boat trailer) and 97116
/// (a rollator carrying the oxygen tank), and wholly generic 97110, 97112 + 97110 and 97140 notes;</item>
/// <item>ordinary (vord-h63-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, an OT's time that differs, a
/// generic two-code note with only a total.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. An exercise's duration is not a code's total: a code's minutes are those the note gives for the
/// code — in its label, a billing block, a total line, clock times, or exercise minutes that the note itself says
/// make up the code; an exercise's time, an interval, a rest, a hold, a test's length (the 6-minute walk) or a
/// modality's minutes is not a code's minutes, so a single-code note whose exercise durations do not reach its line
/// and that states no total has nothing to mismatch, and a two-code note that gives only exercise durations has not
/// given minutes for each code. This set's notes carry numbers that are not the code's — exercise durations, rests,
/// intervals, holds, laps, levels, speeds and grades, loads, vital signs, O2 litres, Borg and RPE, ejection
/// fraction, ages, dates, clock times of the next patient — and each is written so that a reviewer cannot take it
/// for a code's minutes or, alone, for a 97112's measure.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes
/// the measure check only on an objective measure with a number and fails it only when the note has no number but
/// its code, its minutes and numbers that are plainly something else; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes:
/// a family member, caregiver, wellness-centre member or staff member in the room does not undo a one-on-one
/// statement, another patient treated or supervised in the same block does, and a therapist attending someone else
/// during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside
/// the billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a
/// measure without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only
/// number, a cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the
/// whole of a 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time
/// with one timed code, minute ranges and approximate minutes for a code, exercise durations that add up to more
/// than a code's line, canalith repositioning, three-character or dotless diagnosis codes, and any line with a code
/// that has no documentation profile (aquatic therapy, hot packs, ice, e-stim, group classes and evaluations stay in
/// the notes, never on a line).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 96 of 105 cases agree (103 needed), and 7 of the 69 notes the reviewer passes got a finding, on the analyzer of 1db48ff (the start of the 2026-12-06 ninth session) — its first run: nothing had changed before it, so this is also the held-out figure. (On the session's first changes, a8a2500–6b6e504, written before the set was run: the same, 96 and 7.)
/// </para>
/// <para>
/// After: development data from that run, worked through (with a read-only review of the readings): 104 of 105, no false positive — a conditioning machine's minutes under a code's label are its share of the code's time ("TE: bike 8'", "NuStep L4 ....... 6 min"), rows under a code's own minutes heading add up, "TA 97530 (6' + 7' + 5' = 18')". Left: a circuit note stating "no pain, no weakness, no limits" beside pickleball (read as a goal).
/// </para>
/// </summary>
public class HeldOutNotesIssue18SixtyThirdTests(ITestOutputHelper output)
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

        // Portage gym-floor flowsheet, pickleball ankle: "PT one-on-one in the side balance room (not on the floor rotation)"; Airex SLS with ball toss, star reaches, hop-to-stick, BAPS; R ankle proprioception and late peroneal response; Y-balance cm and SLS EC seconds; 20 matches: passes.
        ["v1-h63-portage-side-balance-room-pickleball"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Portage · GYM FLOOR FLOWSHEET
            Pt 71 · pickleball 4x/wk at the Portage rec courts · R ankle inversion sprain 6 wks ago, re-rolled it stepping off the court curb
            97112 NMR — 20 min · PT one-on-one in the side balance room (not on the floor rotation)
              EXERCISE                                SETS x REPS / HOLD     NOTES
              SLS R on Airex + ball toss              3 x 30 s               PT tossing, random direction
              star-excursion reaches, R stance        2 x 8                  ant / med / post
              lateral hop to stick, 2-s hold          2 x 6                  R ↔ L
              BAPS board lvl 2, R foot, clockwise     3 x 20 s               fingertip on the bar
            Impairment: ↓ R ankle proprioception, late peroneal response → ankle rolls on lateral shuffles
            Y-balance R anterior 58 cm (L 66 cm) · SLS R eyes closed 9 s
            """,
            ["S93.401D", "M25.371"], [PT("97112", 20)], []),

        // Kennesaw PTA flowsheet: "Pt on the circuit with 2 other pts; PTA rotating among the three" — other patients in the block, nothing states one-on-one; foam-beam tandem, cone taps, BOSU squats; postural sway after a TKA; FGA and tandem seconds: one-on-one missing.
        ["v1-h63-kennesaw-pta-circuit-with-two-others"] = new(
            """
            REBOUND PHYSICAL THERAPY — Kennesaw · Daily Flowsheet
            Tx: D. Whitfield, PTA · supervising PT R. Baines, DPT (on site)
            Pt on the circuit with 2 other pts; PTA rotating among the three.
            NMR 97112 — 18 min
              tandem walk on the foam beam ............ 3 passes
              cone taps (5 cones, semicircle) ......... 2 x 10 each LE
              BOSU dome-up mini squats ................ 2 x 10
            Deficit: ↓ postural control, lateral sway in narrow stance since her L TKA; 2 near-falls on the choir risers at church
            FGA 19/30 · tandem on foam 12 s best
            """,
            ["Z96.652", "R26.81"], [PTA("97112", 18)], [At(OneOnOne, "97112")]),

        // Battle Creek PTA: "NMR (1:1 — no other pt on my schedule for the whole NMR block)"; mirror step-downs, foam single-leg RDL reach, half-kneel Pallof; delayed L glute med recruitment; SLS seconds and k of 10; TE rows with doses and a 6' bike; BILLED 97112 16 / 97110 14 both match: passes.
        ["v1-h63-battle-creek-pta-no-one-else-on-schedule"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Battle Creek · GYM FLOOR FLOWSHEET · PTA
            Pt 68, retired from the cereal plant; golfs Saturday mornings.
            NMR (1:1 — no other pt on my schedule for the whole NMR block)
              lateral step-downs 6" w/ mirror feedback        3 x 8 L
              single-leg RDL reach on foam, L stance           2 x 8
              half-kneel Pallof press, GTB                     2 x 10 ea side
            TE
              recumbent bike warm-up                           6'
              side-lying clams RTB                             3 x 15
              bridges w/ 3-s hold                              2 x 15
              hip abduction machine 30#                        3 x 10
            Why: L glute med recruitment delayed → L pelvic drop in stance, hip fatigue by the back nine; L hip OA
            L SLS 15 s (8 s at eval) · step-downs w/o pelvic drop 6 of 10
            BILLED   97112 NMR 16 min | 97110 TE 14 min
            """,
            ["M16.12", "M62.81"], [PTA("97112", 16), PTA("97110", 14)], []),

        // Terre Haute wellness-centre log on the indoor track: "Seen 1:1 — PT with pt the whole NMR; the members walking the track are not pts"; head-turn laps, backward lane walking, EC tandem, foam saccades, hurdles with head pitch; L vestibular neuritis with visual dependence; DGI; rows 4+3+4+5+5 "= 97112 21 min" match: passes.
        ["v1-h63-terre-haute-track-members-not-patients"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Outpatient Therapy (Terre Haute)
            EXERCISE LOG — PT
            Seen 1:1 — PT with pt the whole NMR; the members walking the track are not pts.
            Activity                                             Parameters              Min
            track walk w/ horizontal head turns every 4 steps    2 laps (1/8-mi track)     4
            backward walking, lane 3                             3 x 40 ft                 3
            tandem on the lane line, eyes closed                 4 x 15 s                  4
            foam stance, saccades between 2 targets              3 x 30 s                  5
            hurdle step-overs w/ head pitch                      2 x 8                     5
            Therapist-timed: 97112 = 21 min (rows above)
            Problem: L vestibular neuritis (Jan) → visual dependence; veers + slows with head turns, unsteady in the dark garage
            DGI 18/24 (14 at eval)
            """,
            ["H81.22"], [PT("97112", 21)], []),

        // Zanesville reconditioning PTA: "During this block I was also watching Mr. R's NuStep intervals and SpO2 across the room" — attention on another patient, nothing states one-on-one; reactive foam stance, release stepping, dual-task reaches; ICU-acquired weakness and slow reactive steps; Mini-BEST: one-on-one missing.
        ["v1-h63-zanesville-pta-watching-another-nustep"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Muskingum Valley Medical Center, Zanesville
            PTA daily log
            Pre: HR 84 · BP 128/74 · SpO2 95% RA · RPE 9
            97112 NMR — 15 min
              reactive stance on foam, PTA nudges at the pelvis ........ 3 x 45 s
              stepping strategy to a release from a forward lean ........ 2 x 6
              counting backward by 3s while reaching to cones ........... 2 x 5
            During this block I was also watching Mr. R's NuStep intervals and SpO2 across the room.
            Deficit: slow reactive stepping, ↓ postural control after 3 wks in the ICU (sepsis) — ICU-acquired weakness
            Mini-BEST 15/28
            Post: HR 98 · SpO2 94% · RPE 12
            """,
            ["R26.81", "G72.81"], [PTA("97112", 15)], [At(OneOnOne, "97112")]),

        // Salisbury land day: "Just me and Ms. Tull in the land gym for all 19 min of NMR (97112)"; foam EO/EC, textured-mat stepping, rocker board; diabetic neuropathy with lost foot sensation; mCTSIB foam EC seconds and monofilament sites: passes.
        ["v1-h63-salisbury-land-gym-just-me-and-her"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Salisbury
            Session: LAND (pool days are Tue/Thu)
            Just me and Ms. Tull in the land gym for all 19 min of NMR (97112).
              foam stance EO → EC, arms crossed                      4 x 20 s
              stepping across textured mats (turf, pebble, shag)      3 laps, eyes up
              rocker board A/P → M/L, hands off the bar               3 x 30 s
            Why: diabetic neuropathy — ↓ somatosensory input from both feet; can't feel the pool deck or the sand at Assateague; sways when she shuts her eyes
            mCTSIB foam EC 11 s (6 s last month) · monofilament felt at 3 of 10 sites R foot
            """,
            ["E11.42"], [PT("97112", 19)], []),

        // Acworth PTA: "My 10:45 pt started her bike warm-up beside us under my supervision for the last part of it" — another patient supervised inside the NMR, nothing states one-on-one; called-square ladder, foam head turns, half-kneel rises; R hemiparesis with motor recruitment; Berg and k of 8: one-on-one missing.
        ["v1-h63-acworth-pta-next-pt-warming-up-beside"] = new(
            """
            REBOUND PHYSICAL THERAPY — Acworth · Flowsheet (PTA)
            97112 — 22 min
              agility ladder, step to the called square (L lead) ...... 3 passes
              foam stance w/ head turns, CGA .......................... 3 x 30 s
              half-kneel → stand, R LE lead ........................... x 8
            My 10:45 pt started her bike warm-up beside us under my supervision for the last part of it.
            R hemiparesis (L MCA CVA 2024): ↓ R hip/ankle motor recruitment, slow weight shift onto the R
            Berg 44/56 · half-kneel rises w/o hands 5 of 8
            """,
            ["I69.351"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // Paw Paw: a complete NMR for blueberry picking on sandy rows (beam with head turns, sand-tray stance with low reaches, foam SLS with catches; L ankle proprioception after a fibula fx; SLS and BESS) but nothing says one-on-one: one-on-one missing.
        ["v1-h63-paw-paw-blueberry-rows-never-stated"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Paw Paw · GYM FLOOR FLOWSHEET
            Pt 66 · goal: pick at her family's blueberry farm in July (sandy, rutted rows, bending to the low bushes)
            97112 — 23 min
              balance beam fwd/back w/ head turns                     4 passes
              stance in the sand tray (bare feet), reach to low bins   3 x 6
              SLS L on foam, catching a ball                           3 x 20 s
            Impairment: ↓ L ankle proprioception + slow ankle strategy after L distal fibula fx (ORIF, Nov)
            SLS L 11 s · BESS 17 errors (24 at eval)
            """,
            ["S82.62XD"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Zanesville PT after sepsis: "He was my only patient during the NMR minutes"; "CPT 97112 — 22 min 97110 — 18 min" both match (NuStep 8 min is inside TE); perturbation stepping, EC foam, 360° turns; reactive postural control; Mini-BEST and turn seconds; TE with doses; vitals are not the measure: passes.
        ["v1-h63-zanesville-only-patient-two-codes-sepsis"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Zanesville · PT
            Pre: HR 86 · BP 132/70 · SpO2 94% RA · RPE 9      Post: HR 110 · SpO2 92% · RPE 13
            NMR
              stepping strategy to pelvic perturbations (fwd/back/lat)
              foam stance EC, then with head turns
              360° turns L and R, cue to widen the base
            He was my only patient during the NMR minutes.
            TE
              NuStep L3 ............. 8 min
              sit-to-stand 18" ...... 3 x 8
              step-ups 6" ........... 2 x 10 each
              standing heel raises .. 2 x 15
            Why: ICU-acquired weakness after sepsis (3 wks inpatient), ↓ reactive postural control with late steps; fell in the hospital bathroom; legs give out on the stairs at home
            Mini-BEST 16/28 · 360° turn 4.1 s R / 4.6 s L
            CPT   97112 — 22 min   97110 — 18 min
            """,
            ["R53.81", "G72.81", "R26.81"], [PT("97112", 22), PT("97110", 18)], []),

        // Salisbury OT: "OT and client alone in the hand room, door closed — individual the whole 24 min of 97112"; PNF D2 with rhythmic stabilization, forearm weight bearing, slow touch-board reaches; L UE ataxia after a cerebellar stroke; Box and Block and k of 10: passes.
        ["v1-h63-salisbury-ot-hand-room-door-closed"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Salisbury · OT (land)
            OT and client alone in the hand room, door closed — individual the whole 24 min of 97112.
              PNF D2 flexion/extension L UE w/ rhythmic stabilization at mid-range ......... 3 x 6
              closed-chain weight bearing through the L forearm, lateral shifts on the mat ... 4 x 30 s
              slow reach-to-target on the touch board, L hand, 1# cuff ...................... 2 x 10
            L UE ataxia (R cerebellar stroke, Sept): overshoots targets, intention tremor; can't bring the fork to her mouth without spilling
            Box & Block L 31 (R 55) · finger-to-nose L on target 7 of 10
            """,
            ["I69.393"], [OT("97112", 24)], []),

        // Brazil wellness clinic 97116 with two neighbours (each with his own note) walked round the track together: 97116 has no one-on-one check; rollator laps and a cane lap with distances, SBA/CGA, curb; shuffling and Trendelenburg after a hip fx; 16 matches: passes.
        ["v1-h63-brazil-two-neighbors-walked-the-track"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Brazil
            Gait 97116 — 16 min
            Walked Mr. Ott (this note) and Mr. Lane (his own note) on the track together — they're neighbors and asked to.
              rollator 2 laps (440 ft), SBA
              single-point cane 1 lap (220 ft), CGA
              curb step at the track exit, up/down x 4 w/ cane + rail
            Gait: short shuffling steps, R Trendelenburg + R hip weakness after R hip fx (hemiarthroplasty, Dec)
            """,
            ["S72.001D", "Z96.641"], [PT("97116", 16)], []),

        // Cambridge PTA: "97112 NMR — 17 min, 1:1 in the quiet room, door shut; no other pt"; Romberg-to-tandem progression, four-square stepping over a cane, staggered-stance catches; somatosensory loss after critical illness polyneuropathy; Functional Reach inches and tandem seconds; O2 as a side note: passes.
        ["v1-h63-cambridge-pta-quiet-room-door-shut"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Cambridge · PTA
            97112 NMR — 17 min, 1:1 in the quiet room, door shut; no other pt
              Romberg → semi-tandem → tandem progression, firm then foam
              forward/side/back stepping over a cane into a 4-square grid (pt calls the order)
              catching a beach ball in staggered stance
            Targets: somatosensory loss both feet (critical illness polyneuropathy after 19 days on the vent) + slow stepping responses
            Functional Reach 8 in (5 in 2 wks ago) · tandem on firm 14 s
            Portable O2 2 L NC on throughout; SpO2 lowest 91%.
            """,
            ["G62.81", "R26.81"], [PTA("97112", 17)], []),

        // Kalamazoo: "alternating sets between this pt and the post-op ACL at the next table" during the NMR — another patient in the block; perturbed Airex SLS, Y reaches, step-off to stick; L knee proprioception and quad timing after TKA; Y-balance and k of 8: one-on-one missing.
        ["v1-h63-kalamazoo-alternating-sets-two-tables"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Kalamazoo (Oakland Dr) · GYM FLOOR FLOWSHEET
            97112 — 20 min; alternating sets between this pt and the post-op ACL at the next table
              perturbed SLS L on Airex (PT taps at the trunk)    3 x 30 s
              Y-balance reaches, L stance                         2 x 6 each direction
              forward step-off 4" box to stick, L                 2 x 8
            L knee buckles stepping down off curbs; ↓ L quad timing + knee proprioception after L TKA (5 mo)
            Y-balance L anterior 55 cm (R 63 cm) · step-off sticks 6 of 8
            """,
            ["Z96.652", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Ocean Pines: "PT w/ pt 1-on-1 all 20 min of NMR; his daughter ran the stopwatch (no other pt in the room)"; metronome marching on foam, EC tandem, beanbag toss in staggered stance; PD with slow postural responses; Push and Release steps and tandem seconds: passes.
        ["v1-h63-ocean-pines-daughter-ran-the-stopwatch"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Ocean Pines · Land session
            PT w/ pt 1-on-1 all 20 min of NMR; his daughter ran the stopwatch (no other pt in the room).
              big marching on foam to the metronome @ 100 bpm        3 x 1 min
              tandem stance EC at the counter                         4 trials
              beanbag toss to floor targets in staggered stance       3 x 10
            PD: small shuffling steps, slow postural responses, festinates on the boardwalk at Ocean City
            Push & Release 3 steps to recover · tandem EC 11 s (6 s on 2/10)
            """,
            ["G20.A1"], [PT("97112", 20)], []),

        // Marietta PTA 97110 with no one-on-one statement (97110 has no one-on-one check): NuStep, leg press, step-ups, wall sits, band walks with doses; R knee OA quad weakness with a softball-bleachers goal; 24 matches: passes.
        ["v1-h63-marietta-pta-te-no-statement-no-check"] = new(
            """
            REBOUND PHYSICAL THERAPY — Marietta · Flowsheet (PTA)
            TE 97110 — 24 min
              NuStep L4 .................... 6 min
              leg press 70# ................ 3 x 12
              step-ups 6" fwd/lat .......... 2 x 10 ea
              wall sits .................... 3 x 45 s
              lateral band walks (GTB) ..... 3 laps of the gym
            R knee OA: quad weakness 4-/5, pain on stairs; goal — climb the bleachers at her grandson's softball games
            """,
            ["M17.11"], [PTA("97110", 24)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Portage "Supervision: ☒ 1:1 (PT/PTA direct) ☐ floor (independent)"; BILLED 97140 12 / 97112 15 both match; talocrural glides with grade and subtalar distraction; BOSU SLS, star reaches, beam; DF stiffness and ankle proprioception; knee-to-wall cm and SLS seconds; ice "(not billed)": passes.
        ["v2-h63-portage-supervision-box-mt-nmr"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Portage · GYM FLOOR FLOWSHEET
            Supervision:  ☒ 1:1 (PT/PTA direct)   ☐ floor (independent)
            Pt 69 · R bimalleolar ankle fx (ORIF 12 wks)
            MANUAL
              R talocrural posterior glides gr III–IV        3 x 30 s
              subtalar distraction + calf STM
            NMR
              BOSU dome-up SLS R w/ ball catch               3 x 20 s
              star-excursion reaches, R stance               2 x 8
              balance beam walking, head turns               4 passes
            Findings: R DF stiffness (knee-to-wall 6 cm → 9 cm); ↓ R ankle proprioception, sways on R SLS
            R SLS EO 14 s / EC 5 s
            Ice R ankle 10 min post, elevated (not billed)
            BILLED   97140 MT 12 min | 97112 NMR 15 min
            """,
            ["S82.841D"], [PT("97140", 12), PT("97112", 15)], []),

        // Acworth "Ratio: ☐ 1:1 ☒ 1:2 ☐ 1:3" on a PTA's 97112: not one-on-one; complete otherwise (EC rocker, hurdle side-steps, foam rotations with a med ball; ankle/hip strategy and neuropathic proprioception; tandem and Berg): one-on-one missing.
        ["v2-h63-acworth-ratio-box-one-to-two"] = new(
            """
            REBOUND PHYSICAL THERAPY — Acworth · Daily Flowsheet
            Ratio:  ☐ 1:1   ☒ 1:2   ☐ 1:3          Tx: PTA
            97112 — 16 min
              rocker board A/P, EC ....................................... 3 x 30 s
              side-stepping over 6" hurdles .............................. 3 laps
              narrow stance on foam + trunk rotation w/ 2# med ball ...... 2 x 10
            Deficit: delayed ankle/hip strategy, ↓ proprioception B feet (peripheral neuropathy); fell in the grocery store lot in Jan
            Tandem EO 9 s · Berg 46/56
            """,
            ["G62.9", "Z91.81"], [PTA("97112", 16)], [At(OneOnOne, "97112")]),

        // Terre Haute exercise log with every Activity / Parameters / Min row blank, only "Tolerance: ☒ good" and "Plan: ☒ continue POC" ticked beside "97110 — 15 min": no exercise, region or number but its minutes, only generic states.
        ["v2-h63-terre-haute-log-rows-blank"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Outpatient Therapy
            EXERCISE LOG — PT
            Activity                          Parameters              Min
            ______________________            ______________          ___
            ______________________            ______________          ___
            ______________________            ______________          ___
            Tolerance:  ☒ good   ☐ fair   ☐ poor
            Plan:       ☒ continue POC   ☐ progress   ☐ d/c
            97110 — 15 min
            """,
            ["M62.81"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Cambridge "O2: ☒ 2 L NC" box and a rest / peak / post vitals grid beside 97110 21 (matches; treadmill bouts and NuStep minutes are parts): treadmill, NuStep, sit-to-stands, arm raises with doses; COPD deconditioning with a grocery-aisle goal: passes.
        ["v2-h63-cambridge-o2-box-vitals-grid-te"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Cambridge · PT
            O2:   ☐ room air   ☒ 2 L NC   ☐ titrated
                  Rest       Peak       Recovery
            HR    82         106        90
            SpO2  93%        89%        93%
            Borg dyspnea 2/10 → 4/10 (target ≤ 4)
            97110 — 21 min
              treadmill 1.3 mph 0% ........... 2 bouts x 4 min, seated rest between
              NuStep L2 ...................... 5 min
              sit-to-stand from 19" chair .... 2 x 8
              seated arm raises 2# ........... 2 x 10
            Why: COPD, exacerbation in Feb → deconditioned, LE + UE endurance ↓; goal — walk the grocery aisles with the cart without sitting down
            """,
            ["J44.9", "R53.81", "Z99.81"], [PT("97110", 21)], []),

        // Salisbury "Session: ☒ LAND ☐ POOL", "Device: ☒ SPC", "Assist: ☒ CGA" boxes; hallway, wet-tile strip and entry steps with distances; stiff-knee gait after TKA; 97116 18 matches: passes.
        ["v2-h63-salisbury-land-pool-device-assist-boxes"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Salisbury
            Session:  ☒ LAND   ☐ POOL          Provider: PT
            Device:   ☐ none   ☒ SPC   ☐ RW   ☐ rollator
            Assist:   ☐ I   ☐ SBA   ☒ CGA   ☐ min A
            Gait training 97116 — 18 min
              hallway 3 x 100 ft, SPC in the R hand; then the wet-tile strip outside the pool locker room (dry shoes) 2 x 30 ft
              4 entry steps w/ rail, step-through up, step-to down
            Gait: L knee stiff in swing (L TKA 7 wks), short R step, antalgic; watches her feet
            """,
            ["Z96.652", "Z47.1"], [PT("97116", 18)], []),

        // Kennesaw 97530 floor-to-kneel, mulch-bag carry and garden-pad rises with "Assist: ☐ I ☐ SBA ☐ CGA ☐ min ☐ mod" and no box ticked, no reps, trials or number but the code's minutes: measure missing.
        ["v2-h63-kennesaw-assist-row-nothing-ticked"] = new(
            """
            REBOUND PHYSICAL THERAPY — Kennesaw · Flowsheet
            97530 Therapeutic activities — 19 min
              floor → kneel → half-kneel → stand using the mat table
              carrying a bag of mulch across the gym and setting it on the raised garden-bed mock-up
              kneeling on the garden pad and getting back up with the bench
            Assist:  ☐ I   ☐ SBA   ☐ CGA   ☐ min   ☐ mod
            Why: weak hips + knees after a long hospital stay; goal — get down to her flower beds and back up alone
            """,
            ["M62.81"], [PT("97530", 19)], [At(Measure, "97530")]),

        // Paw Paw "Supervision: ☒ 1:1" on a 97112 with rocker catches, EC foam SLS and whistle stops for L knee/ankle proprioception, but "Outcome: Test ______ Score ______" blank and no number but the code's minutes: measure missing.
        ["v2-h63-paw-paw-outcome-row-blank"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Paw Paw · GYM FLOOR FLOWSHEET
            Supervision:  ☒ 1:1   ☐ floor
            97112 — 17 min
              perturbation catches on the rocker board
              SLS on foam w/ eyes closed
              lateral shuffles w/ a stop-and-hold on the whistle
            Impairment: ↓ L knee + ankle proprioception, quad lag on quick stops (L TKA)
            Outcome:  Test ____________   Score ______
            """,
            ["Z96.652"], [PT("97112", 17)], [At(Measure, "97112")]),

        // Terre Haute OT ADL grid (Task / Assist ticked / Trials): sock aid and reacher, tub bench, dryer-to-table laundry; posterior THA precautions with a dress-and-bathe goal; 97530 23 matches: passes.
        ["v2-h63-terre-haute-ot-adl-grid"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Outpatient Therapy · OT
            97530 Therapeutic activities — 23 min
            Task                                 Assist                          Trials
            LB dressing w/ sock aid + reacher     ☐ I  ☒ SBA  ☐ CGA  ☐ min        2
            tub-bench transfer (mock tub)         ☐ I  ☐ SBA  ☒ CGA  ☐ min        3
            laundry: dryer → basket → table       ☐ I  ☒ SBA  ☐ CGA  ☐ min        2
            Why: R posterior THA (wk 5) — hip precautions, can't reach her feet; goal: dress and bathe herself before her husband's knee surgery in April
            """,
            ["Z96.641", "Z47.1"], [OT("97530", 23)], []),

        // Zanesville "Direct one-on-one minutes: ______" left blank on a 97112: never stated; rail tandem with head turns, step-and-reach, foam ball pass; postural control and proprioception after a CHF admission; tandem steps and chair stands: one-on-one missing.
        ["v2-h63-zanesville-one-on-one-minutes-blank"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Zanesville · PT
            97112 NMR — 18 min
            Direct one-on-one minutes: ______
              tandem walk along the hallway rail w/ head turns
              step-and-reach to targets outside the base of support
              standing on a foam pad passing a ball around the waist
            Deficit: ↓ postural control + ankle proprioception after 6 wks in bed (CHF admission + rehab stay)
            Tandem walk 10 steps w/o the rail · 30-s chair stand 7
            Pre/post SpO2 96% / 94%
            """,
            ["I50.22", "R26.81"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Marietta "HEP: ☒ reviewed ☒ updated" boxes and a pain line beside a flexion-biased low-back log with doses and holds in inch marks; lumbar stenosis with a standing limit at church; 97110 20 matches: passes.
        ["v2-h63-marietta-hep-boxes-pain-line"] = new(
            """
            REBOUND PHYSICAL THERAPY — Marietta · Daily Flowsheet
            HEP:   ☒ reviewed   ☒ updated (added quadruped reach)   ☐ not done
            Pain:  4/10 pre → 2/10 post (LBP w/ standing)
            TE 97110 — 20 min
              recumbent bike (flexed trunk) ......... 8'
              double knee-to-chest .................. 10 x 5"
              posterior pelvic tilts ................ 2 x 15
              quadruped opposite arm/leg reach ...... 2 x 8 ea side, 3" hold
              partial squats at the counter ......... 2 x 10
            Lumbar stenosis (L4–5): low back + both thighs ache with standing and walking; can't stand through the Sunday service
            """,
            ["M48.062"], [PT("97110", 20)], []),

        // Ocean Pines "Precautions: ☒ osteoporosis — no thrust" boxes; thoracic PAs with grade and holds, rib springing, pec STM; kyphotic stiffness with a top-cupboard limit; occiput-to-wall cm and rotation degrees; 97140 11 matches: passes.
        ["v2-h63-ocean-pines-precaution-boxes-manual"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Ocean Pines · Land
            Precautions:  ☒ osteoporosis — no thrust, no end-range flexion   ☒ fall risk   ☐ cardiac
            97140 Manual — 11 min
              central PA glides T4–T8 gr II–III, prone over pillows     3 x 30 s per level
              rib springing R 4–7 in side-lying
              STM to B pec minor, supine on the half roll
            Thoracic stiffness + forward posture (kyphosis); R arm blocked reaching to the top cupboard
            Occiput-to-wall 7 cm → 5 cm · seated thoracic rotation R 30° → 38°
            """,
            ["M81.0", "M54.6"], [PT("97140", 11)], []),

        // Battle Creek "1-on-1 for NMR? Y · Floor (independent) time? N"; BILLED 97112 18 / 97116 13 both match; hurdles with head turns, beam tandem, trunk pushes; hallway direction changes and stairs; reactive control and ankle proprioception; 10MWT, Berg and k of 8: passes.
        ["v2-h63-battle-creek-yn-row-nmr-gait"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Battle Creek · GYM FLOOR FLOWSHEET
            1-on-1 for NMR?  Y          Floor (independent) time?  N
            NMR
              stepping over hurdles w/ head turns          4 passes
              tandem on the balance beam                   3 passes
              reactive stepping to trunk pushes            2 x 8
            GAIT
              no device: hallway 4 x 100 ft w/ quick direction changes on cue; stairs 2 flights, reciprocal, rail
            Impairment: ↓ reactive postural control + R ankle proprioception (R ankle fx last spring); trips on uneven sidewalk
            10MWT fast 1.21 m/s · Berg 49/56 · pushes recovered in 1 step 6 of 8
            BILLED   97112 NMR 18 min | 97116 GAIT 13 min
            """,
            ["R26.81", "Z91.81"], [PT("97112", 18), PT("97116", 13)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Portage heavy slow resistance (HSR) protocol, 3-s/3-s tempo, loads and sets (bike 5' and rests are parts); L patellar tendinopathy on stairs and landings; 97110 24 matches; "Ice … 10 min post (not billed)": passes.
        ["v3-h63-portage-heavy-slow-resistance-patellar"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Portage · GYM FLOOR FLOWSHEET
            Heavy slow resistance (HSR) protocol — wk 4 (12RM), tempo 3 s down / 3 s up
            97110 TE — 24 min
              bike warm-up ............................ 5'
              leg press (B) 150# ...................... 4 x 12
              hack squat sled 90# ..................... 4 x 12
              seated knee ext 40# ..................... 4 x 12
              rest between sets ....................... 2'
            L patellar tendinopathy: pain at the inferior pole 4/10 going down stairs + landing on the L at pickleball; quad 4/5 L
            Ice L knee 10 min post (not billed)
            """,
            ["M76.52"], [PT("97110", 24)], []),

        // Terre Haute Biodex Gait Trainer with step-length feedback (speed, grade, two 5-min bouts inside the 18) and overground track laps with CGA → SBA; R hemiparesis with toe drag; symmetry % and 10-m walk seconds; 97116 18 matches: passes.
        ["v3-h63-terre-haute-biodex-gait-trainer"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Outpatient Therapy
            Gait 97116 — 18 min
              Biodex Gait Trainer 3 (step-length feedback screen), 1.1 mph, 0% grade     2 bouts x 5 min, rails → one hand
              overground on the track after, SPC                                         2 laps (440 ft), CGA → SBA
            R hemiparesis (L pontine stroke, Oct): short R step, R toe drag late in the bout, vaults on the L
            Step-length symmetry on the Gait Trainer 78% → 86% · overground 10-m walk 14.2 s
            """,
            ["I69.351", "R26.89"], [PT("97116", 18)], []),

        // Zanesville PTA: Arthritis Foundation Walk With Ease week-2 schedule set up, treadmill bouts, squats, cuffed knee extension, calf raises with doses; B knee OA and deconditioning after pneumonia; 97110 19 matches: passes.
        ["v3-h63-zanesville-walk-with-ease"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Zanesville · PTA
            Walk With Ease (Arthritis Foundation) — wk 2 walking schedule set up for home; booklet given
            97110 — 19 min
              treadmill 1.6 mph, 0% ............... 2 x 5 min, 1 min seated rest
              mini squats at the rail ............. 2 x 10
              seated knee ext, 3# ................. 2 x 12 each
              standing calf raises ................ 2 x 15
            B knee OA + deconditioned after pneumonia (in hospital 2/9 to 2/16); out of breath and knees ache by the end of her block on Maple Ave
            RPE 12 · SpO2 lowest 94%
            """,
            ["M17.0", "R53.81"], [PTA("97110", 19)], []),

        // Cambridge Borg-guided interval protocol with pursed-lip breathing: NuStep 2 min L5 / 1 min L2 x 3, arm ergometer 1 on / 1 off x 3, wall push-ups; COPD arm and leg endurance with a hang-the-wash goal; 97110 17 matches: passes.
        ["v3-h63-cambridge-borg-interval-protocol"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Cambridge · PT
            Interval protocol, Borg-guided (dyspnea ≤ 4/10), pursed-lip breathing on every work bout
            97110 TE — 17 min
              NuStep T5: 2 min L5 / 1 min L2 ..................... x 3 cycles
              arm ergometer: 1 min work / 1 min rest @ 20 W ...... x 3
              standing wall push-ups ............................. 2 x 10
            COPD (2 L O2 at home): arms + legs tire fast, SOB hanging wash on the line; goal — hang a whole load without stopping to sit
            Peak Borg 4/10 · SpO2 lowest 90% during the work bouts
            """,
            ["J44.9", "Z99.81"], [PT("97110", 17)], []),

        // Battle Creek Cyriax transverse friction massage to the common extensor origin (2 x 3 min inside the 10), radiohumeral glides with grade, extensor STM; R lateral elbow pain from raking; pain-free grip kg before and after; 97140 10 matches: passes.
        ["v3-h63-battle-creek-cyriax-friction-elbow"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Battle Creek · GYM FLOOR FLOWSHEET
            97140 MT — 10 min
              transverse friction massage (Cyriax), R common extensor origin     2 x 3 min
              radiohumeral A/P glides gr III                                     3 x 30 s
              STM R wrist extensor mass
            R lateral elbow pain since raking the whole yard in the fall — can't lift the coffee pot or grip the rake
            Pain-free grip R 14 kg → 19 kg (L 31 kg)
            """,
            ["M77.11"], [PT("97140", 10)], []),

        // Kennesaw PTA Crossover Symmetry activation series (ER, IR, T, Y, W) with reps, UBE 3'/3', side-lying ER, wall slides and prone rows with doses; R shoulder impingement with a painful arc and a casting limit; 97110 18 matches: passes.
        ["v3-h63-kennesaw-pta-crossover-symmetry"] = new(
            """
            REBOUND PHYSICAL THERAPY — Kennesaw · Flowsheet (PTA)
            TE 97110 — 18 min
              UBE fwd/back ............................................... 3' / 3'
              Crossover Symmetry activation series (light cords): ER at 0°, IR, T's, Y's, W's ... 1 x 15 each
              side-lying ER 2# ........................................... 2 x 12
              wall slides w/ foam roller ................................. 2 x 10
              prone rows 3# .............................................. 2 x 12
            R shoulder impingement (painful arc 70°–120°); can't cast his line on Lake Allatoona without pain
            """,
            ["M75.41"], [PTA("97110", 18)], []),

        // Easton Tai Ji Quan: Moving for Better Balance forms with slow weight transfers, "one-on-one w/ PT, no other pts in the land gym"; lateral postural control and hesitant turns; "Looked steadier … Retest next week." — no number but the code's minutes: measure missing.
        ["v3-h63-easton-tai-ji-quan-no-number"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Easton · Land
            97112 — 21 min — one-on-one w/ PT, no other pts in the land gym
            Tai Ji Quan: Moving for Better Balance — warm-up, then the first forms (wave hands in clouds, repulse monkey) with slow weight transfers, inside the parallel bars, then free
            Deficit: ↓ lateral postural control + slow weight shifting; stiff, hesitant turns since her fall on the church steps
            Looked steadier on the turns than last week. Retest next week.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 21)], [At(Measure, "97112")]),

        // Kalamazoo ACSM FITT prescription on the Keiser pneumatic circuit with loads and sets, "No pain, no weakness, no limits at home; playing pickleball 3x/wk again" — no region, impairment or goal targeted: deficit missing.
        ["v3-h63-kalamazoo-keiser-circuit-nothing-limiting"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Kalamazoo (Oakland Dr) · GYM FLOOR FLOWSHEET
            FITT (ACSM) resistance prescription — Keiser pneumatic circuit, progress 5% after 2 extra reps
            97110 — 22 min
              Keiser leg press 160# ........ 3 x 10
              Keiser chest press 40# ....... 3 x 10
              Keiser seated row 50# ........ 3 x 10
              Keiser leg curl 60# .......... 3 x 10
              treadmill 2.8 mph 2% ......... 6 min
            Here for her Tuesday session. No pain, no weakness, no limits at home; playing pickleball 3x/wk again.
            """,
            ["M17.11"], [PT("97110", 22)], [At(Deficit, "97110")]),

        // Portage IASTM with HawkGrips along the ITB and STM/pin-and-stretch to TFL; R lateral knee pain on hills and stairs; "Less tender after. Continue." — no grade, dose, range or number but the code's minutes: measure missing.
        ["v3-h63-portage-hawkgrips-itb-no-number"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Portage · GYM FLOOR FLOWSHEET
            97140 — 12 min
              IASTM (HawkGrips) along the R lateral thigh / ITB, distal to proximal
              STM + pin-and-stretch to R TFL and vastus lateralis
            R lateral knee pain walking down hills and stairs (ITB syndrome); tender over the lateral femoral condyle
            Less tender after. Continue.
            """,
            ["M76.31"], [PT("97140", 12)], [At(Measure, "97140")]),

        // Salisbury SoloStep overhead track harness (fall protection only) with hemi-walker → quad cane, track and obstacle-lane passes; L hemiparesis with knee snapping back and toe catch; min A → CGA and catches counted; 97116 20 matches: passes.
        ["v3-h63-salisbury-solostep-overhead-track"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Salisbury · Land
            97116 Gait — 20 min
              SoloStep overhead track harness (fall protection only, no unweighting), hemi-walker → quad cane
              straight track 4 x 60 ft; obstacle lane (cones, a foam beam, a curb) x 3
            L hemiparesis (R MCA stroke 2025): L knee snaps back in stance, L toe catches on the foam beam; can't trust the L leg on the boat ramp at the marina
            Quad cane min A → CGA by the 3rd obstacle pass; 2 toe catches in 6 passes
            """,
            ["I69.354"], [PT("97116", 20)], []),

        // Easton OT SaeboFlex grasp-and-release at spring tension 2, open-hand weight bearing, neutral reaches, "OT treated her individually; no other clients in the room"; finger-extensor recruitment and flexor tone; balls released k of 20 and MCP degrees; 97112 22 matches: passes.
        ["v3-h63-easton-ot-saeboflex"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Easton · OT (land)
            OT 97112 — 22 min · OT treated her individually; no other clients in the room
              SaeboFlex (R hand, spring tension 2): grasp-and-release of foam balls to a bowl at midline → to the L
              weight bearing through an open R hand on the table between sets
              reach-and-release to targets, forearm in neutral
            R hand: ↓ finger extensor recruitment + flexor tone (Ashworth 1+) after L MCA stroke; can't let go of a cup
            Balls released 15 of 20 (9 of 20 on 2/3) · active R MCP extension −30°
            """,
            ["I69.351"], [OT("97112", 22)], []),

        // Marietta PTA McKenzie (MDT) repeated extension in lying and standing, prone on elbows, bridges with doses; L lumbar radicular pain centralizing, a Braves-game sitting limit; 97110 16 matches: passes.
        ["v3-h63-marietta-pta-mckenzie-repeated-extension"] = new(
            """
            REBOUND PHYSICAL THERAPY — Marietta · Flowsheet (PTA)
            MDT (McKenzie) — repeated movements per the PT's eval
            97110 — 16 min
              REIL (repeated ext in lying) ............ 3 x 10
              REIS (ext in standing) at the sink ...... 2 x 10, q2h at home
              prone on elbows ......................... 2 x 2'
              bridges ................................. 2 x 12
            L lumbar radicular pain — L calf ache, can't sit through a Braves game; centralized to the L buttock after the 2nd set of REIL
            """,
            ["M54.16"], [PTA("97110", 16)], []),

        // Cambridge OT energy conservation (the 4 Ps) in the ADL suite: bed-making, shower mock-up, gathering clothes; CHF fatigue with a shower-alone goal; SBA and rests counted (SpO2 and EF are side numbers); 97530 20 matches: passes.
        ["v3-h63-cambridge-ot-four-ps-energy-conservation"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Cambridge · OT
            Energy conservation — the 4 Ps (pace, plan, prioritize, position) — applied in the ADL suite
            97530 — 20 min
              making the bed: sitting for the pillowcases, one side at a time, exhale on each pull ...... x 1 whole bed
              shower mock-up: seated on the shower chair, long-handled sponge, towel-wrap robe ........... x 1 run-through
              gathering clothes from the dresser + closet with the walker bag
            Why: CHF (EF 30%) — fatigue + SOB with self-care; showers only when her son is there; goal: shower alone on a shower chair
            SBA throughout; 2 seated rests (5 last wk); SpO2 lowest 93%
            """,
            ["I50.22"], [OT("97530", 20)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Westnedge: "R knee buckles going down the basement stairs with the laundry basket; 10° quad lag" as the findings; eccentric step-downs, Spanish squat holds, TKE, single-leg press with doses (SciFit 6' is a part); 97110 20 matches: passes.
        ["v4-h63-westnedge-knee-buckles-basement-stairs"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Kalamazoo (Westnedge) · GYM FLOOR FLOWSHEET
            Findings: R knee buckles going down the basement stairs with the laundry basket; 10° quad lag on SLR; can't do a step-down without pushing on the rail (R TKA 10 wks)
            97110 — 20 min
              SciFit bike ....................... 6'
              eccentric step-downs 4" ........... 3 x 8 R
              Spanish squat w/ strap ............ 3 x 45 s
              TKE w/ BTB ........................ 2 x 15
              single-leg press R 50# ............ 3 x 10
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 20)], []),

        // Terre Haute: "closes her eyes to rinse her hair in the shower and sways — grabbed the towel bar twice this week; vibration absent at both ankles" as the findings; "one-on-one: PT + pt for all of it"; sensory reweighting, EC shifts, simulated rinse; mCTSIB: passes.
        ["v4-h63-terre-haute-sways-rinsing-her-hair"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Outpatient Therapy
            On exam: closes her eyes to rinse her hair in the shower and sways — grabbed the towel bar twice this week; vibration absent at both ankles; wide base, watches her feet
            97112 — 20 min · one-on-one: PT + pt for all of it
              sensory reweighting: EC stance firm → foam → foam w/ head turns         3 trials each
              EC weight shifts in the corner, chair in front
              simulated hair rinse: arms overhead, EC, on a bath mat
            mCTSIB: firm EC 30 s · foam EO 24 s · foam EC 7 s
            """,
            ["G62.9", "R26.81"], [PT("97112", 20)], []),

        // Zanesville PTA: "I stop twice on the way to the mailbox — legs go heavy and I'm winded" with quads 4-/5 after COVID pneumonia as the findings; treadmill bouts, sit-to-stands, step-ups, band rows with doses; 97110 18 matches: passes.
        ["v4-h63-zanesville-stops-twice-to-the-mailbox"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Zanesville · PTA
            S: "I stop twice on the way to the mailbox — legs go heavy and I'm winded." Mailbox is at the end of the lane.
            97110 — 18 min
              treadmill 1.5 mph 0% ........... 3 x 3 min
              sit-to-stand 18" ............... 2 x 10
              step-ups 4" .................... 2 x 8 each
              band rows (RTB) ................ 2 x 12
            Legs + breathing still limited after COVID pneumonia (Dec) — quads 4-/5, SpO2 drops to 90% on the treadmill
            """,
            ["U09.9", "M62.81"], [PTA("97110", 18)], []),

        // Acworth PTA 97116 with distances, curbs, grass, stairs and SBA → mod I, but "even step length, normal speed, no deviations; no LOB …; no falls" — no region, impairment or goal targeted: deficit missing.
        ["v4-h63-acworth-pta-gait-no-deviations"] = new(
            """
            REBOUND PHYSICAL THERAPY — Acworth · Flowsheet (PTA)
            Gait 97116 — 14 min
              no device, outdoor loop around the building ......... 2 x 600 ft
              curb up/down x 6; grass median x 2 passes; stairs 1 flight reciprocal, no rail
              SBA → modified independent by the 2nd loop
            Gait today: even step length, normal speed, no deviations; no LOB on the grass or curbs; no falls since the last visit.
            """,
            ["Z96.651"], [PTA("97116", 14)], [At(Deficit, "97116")]),

        // Easton waterman: "L knee gives way stepping from the workboat down onto the dock; lands stiff-kneed, late quad firing" as the findings; box step-downs to foam with a catch, rocker perturbations, half-roll SLS; "one-on-one (just him and me in the land gym)"; SLS seconds and k of 12: passes.
        ["v4-h63-easton-knee-gives-way-onto-the-dock"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Easton · Land
            Pt 70, still crabbing. L knee gives way stepping from the workboat down onto the dock; lands stiff-kneed with late quad firing, then it buckles; sways on L SLS.
            97112 — 19 min, one-on-one (just him and me in the land gym)
              step-down from a 6" box onto foam, L, catching a ball on landing      3 x 6
              rocker board M/L w/ random perturbations at the pelvis                3 x 30 s
              L SLS on the half foam roll, head turns                               3 x 20 s
            L SLS 9 s (R 22 s) · landings w/o a knee wobble 7 of 12
            """,
            ["M23.52", "M17.12"], [PT("97112", 19)], []),

        // Battle Creek: "can't reach the top kitchen shelf w/ the R arm — hikes the shoulder; capsular end-feel, ER most limited" as the findings; GH glides with grade and holds, scapular mobs, STM; flexion and ER degrees; 97140 13 matches: passes.
        ["v4-h63-battle-creek-hikes-the-shoulder"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Battle Creek · GYM FLOOR FLOWSHEET
            Findings: can't reach the top kitchen shelf w/ the R arm — hikes the shoulder to get there; capsular end-feel, ER most limited
            97140 MT — 13 min
              R GH inferior glides gr III, supine, arm at 60° abd ....... 3 x 45 s
              R GH posterior glides gr III .............................. 3 x 45 s
              scapular upward rotation mobs, side-lying
              STM R upper trap + posterior cuff
            R shoulder flexion 118° → 129° · ER 30° → 38°
            """,
            ["M75.01"], [PT("97140", 13)], []),

        // Terre Haute OT: "slops her coffee walking it from the counter to the table, and her R grip gives out on the milk jug" after a wrist fx as the findings; mug carries on a rollator tray, jug pours, dish-rack unloading with counts and SBA; 97530 21 matches: passes.
        ["v4-h63-terre-haute-ot-slops-her-coffee"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Outpatient Therapy · OT
            Client says she slops her coffee walking it from the counter to the table, and her R grip gives out on the milk jug (R wrist fx, cast off 5 wks).
            97530 — 21 min (kitchen in the OT suite)
              carry a full mug on the rollator tray, counter → table, 20 ft ........... x 6
              pour from a half-gallon jug w/ both hands, then R hand only ............. x 5
              unload the dish rack to the upper cupboard .............................. 1 rack
            Mugs carried without a spill 5 of 6 · R-hand pours 3 of 5 w/o a drip · SBA
            """,
            ["S52.501D"], [OT("97530", 21)], []),

        // Cambridge: screen all normal (sensation, sharpened Romberg, nystagmus, head impulse, heel-to-shin, 5/5), a last visit before a trip; "one-on-one (PT and pt only)"; foam SLS with toss, backward tandem, hurdles with head turns; FGA 28/30 — no deficit or system targeted: deficit missing.
        ["v4-h63-cambridge-screen-all-normal"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Cambridge · PT
            Pt in one last time before his trip to see the grandkids in Arizona.
            Screen: light touch + vibration intact both feet; Romberg negative, sharpened Romberg 30 s; no nystagmus, head impulse negative; heel-to-shin smooth; strength 5/5 both LEs
            97112 — 16 min, one-on-one (PT and pt only)
              single-leg stance on foam w/ ball toss; tandem walk backward; stepping over hurdles with head turns
            FGA 28/30
            """,
            ["R53.81"], [PT("97112", 16)], [At(Deficit, "97112")]),

        // Kennesaw: "R foot slaps at heel strike; R toe catches on the grass … hikes the R hip" as the findings; new posterior-leaf AFO over gym, turf and grass distances with cues, SBA/CGA and toe catches counted; 97116 15 matches: passes.
        ["v4-h63-kennesaw-foot-slaps-on-the-ballfield-grass"] = new(
            """
            REBOUND PHYSICAL THERAPY — Kennesaw · Flowsheet
            Seen in gait: R foot slaps at heel strike; R toe catches on the grass walking out to his granddaughter's softball games; hikes the R hip to clear it.
            Gait training 97116 — 15 min
              with his new R posterior-leaf AFO: gym 3 x 120 ft; turf mat 4 x 20 ft; grass strip by the lot 2 x 80 ft
              cues: "heel first, knee up"
              SBA on the gym floor, CGA on the grass; 1 toe catch on the grass (4 without the AFO last wk)
            """,
            ["M21.371", "M54.16"], [PT("97116", 15)], []),

        // Salisbury OT: "can't hold the crab knife through a picking session, drops it when it's wet; R thenar wasting, numb thumb tip" after carpal tunnel release as the findings; tendon glides, putty, wrist curls, opposition with doses; grip and pinch kg; 97110 15 matches: passes.
        ["v4-h63-salisbury-ot-drops-the-crab-knife"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Salisbury · OT (land)
            Picks crab meat for the church supper — can't hold the crab knife through a picking session, drops it when it's wet; R thenar wasting, numb thumb tip at night (R carpal tunnel release 6 wks ago)
            97110 — 15 min
              tendon gliding series ........................... 2 x 10 each position
              green putty pinch + roll ........................ 3 x 10
              wrist curls 1# .................................. 2 x 12
              opposition to each fingertip w/ a rubber band ... 2 x 10
            Grip R 16 kg (L 27) · 3-jaw pinch R 4 kg
            """,
            ["G56.01", "Z98.890"], [OT("97110", 15)], []),

        // Paw Paw orchard: "Has to lift his L leg onto the tractor step with both hands (L anterior THA 8 wks); L hip flexion 3+/5" as the findings; bike 7' (a part), cuffed marching, step-ups, SLR, banded hip flexion with doses; 97110 21 matches: passes.
        ["v4-h63-paw-paw-lifts-the-leg-onto-the-tractor"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Paw Paw · GYM FLOOR FLOWSHEET
            Pt 72, still runs the orchard. Has to lift his L leg onto the tractor step with both hands (L anterior THA 8 wks); L hip flexion 3+/5.
            97110 — 21 min
              recumbent bike .......................... 7'
              standing marching w/ 3# cuff ............ 2 x 15
              step-ups 8" L lead ...................... 3 x 8
              supine SLR w/ 2# ........................ 2 x 10
              standing hip flexion w/ RTB ............. 2 x 12
            """,
            ["Z96.642", "Z47.1"], [PT("97110", 21)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Zanesville 6-minute walk in metres with one rest (the test's name is not a code's minutes); treadmill bouts, NuStep, chair stands, band abduction with doses; legs and endurance after a CHF admission with a Y-Bridge goal; 97110 23 matches: passes.
        ["v5-h63-zanesville-six-minute-walk"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Zanesville · PT
            6MWT today (hallway, 30-m course): 212 m, 1 standing rest; SpO2 lowest 91%, Borg dyspnea 5/10 at the end   (eval: 148 m, 3 rests)
            97110 — 23 min
              treadmill 1.4 mph 0% ......... 2 x 4 min
              NuStep L3 .................... 6 min
              chair stands 19" ............. 2 x 8
              seated hip abd RTB ........... 2 x 15
            Legs + endurance ↓ after a 12-day CHF admission; goal — walk across the Y-Bridge with his wife again
            """,
            ["I50.32", "R53.81"], [PT("97110", 23)], []),

        // Cambridge PTA 2-minute step test and 30-s chair stand counts, NuStep, cuffed marching, sit-to-stands, curls and presses with doses; pulmonary fibrosis on O2 with a tank-and-groceries limit; 97110 19 matches: passes.
        ["v5-h63-cambridge-pta-two-minute-step-test"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Cambridge · PTA
            Measures: 2-minute step test 52 steps (38 at eval) · 30-s chair stand 9 (6 at eval)
            97110 — 19 min
              NuStep L2 ............................... 5 min
              seated marching w/ 2# cuffs ............. 2 x 20
              sit-to-stand, arms crossed .............. 2 x 8
              biceps curls 3# / overhead press 2# ..... 2 x 10 each
            Pulmonary fibrosis on 3 L O2 — legs + arms deconditioned, can't carry the O2 tank and a grocery bag at once
            """,
            ["J84.10", "Z99.81"], [PTA("97110", 19)], []),

        // Portage "one-on-one, PT and pt on the turf lane": bounds to stick, BOSU SLS with band pulls, cone lunges; R knee proprioception and dynamic valgus after a meniscectomy; Y-balance composite %: passes.
        ["v5-h63-portage-y-balance-composite"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Portage · GYM FLOOR FLOWSHEET
            97112 — 18 min · one-on-one, PT and pt on the turf lane
              lateral bounds to stick, R landing .............. 3 x 6
              SLS R on BOSU (flat side up) w/ band pulls ...... 3 x 30 s
              multidirectional lunges to cones, R stance ...... 2 x 8
            Why: ↓ R knee proprioception + dynamic valgus on landing (R partial meniscectomy 10 wks); paddles the Kalamazoo River, slipped climbing out of the kayak
            Y-balance composite R 84% / L 93% (R 78% at wk 6)
            """,
            ["M23.221"], [PT("97112", 18)], []),

        // Sullivan clinic "1:1 for the whole NMR": taped-beam walking with head turns and a ball pass, foam reaches feet together, bench step-overs; multisensory integration and anticipatory control with garden falls; Fullerton Advanced Balance scale: passes.
        ["v5-h63-sullivan-fullerton-advanced-balance"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Sullivan clinic · PT
            97112 NMR — 22 min (1:1 for the whole NMR; the track was closed for floor waxing)
              walking a narrow beam taped on the floor, head turns + ball pass
              forward reach to targets on foam, feet together
              stepping up and over a 6" bench w/o hands
            Deficit: ↓ multisensory integration + slow anticipatory postural control; 2 falls in the garden this spring
            Fullerton Advanced Balance scale 24/40 (19 at eval)
            """,
            ["R29.6", "R26.81"], [PT("97112", 22)], []),

        // Marietta PTA 97116: rollator → cane loops, a flight of stairs with SBA/CGA and cues; short L step after an intertrochanteric fx; comfortable and fast 10MWT m/s; 17 matches: passes.
        ["v5-h63-marietta-pta-ten-metre-walk"] = new(
            """
            REBOUND PHYSICAL THERAPY — Marietta · Flowsheet (PTA)
            Gait 97116 — 17 min
              rollator → SPC: gym loop 3 x 150 ft w/ cane, SBA; 1 flight stairs w/ rail + cane, step-to, CGA
              cues for equal step length, L heel strike
            L hip fx (IM nail, Dec): short L step, slow cadence, leans on the cane
            10MWT comfortable 0.74 m/s, fast 0.98 m/s
            """,
            ["S72.142D"], [PTA("97116", 17)], []),

        // Ocean Pines hand-held dynamometry (make test) kg for quads and hip abductors; NuStep 6', kettlebell sit-to-stands, cuffed SAQ, hip abduction, step-ups with doses; R quad and abductor weakness after TKA with a low beach-chair limit; 97110 20 matches: passes.
        ["v5-h63-ocean-pines-hand-held-dynamometer"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Ocean Pines · Land
            HHD (make test): quad R 18.2 kg / L 24.6 kg · hip abd R 9.8 kg / L 13.1 kg
            97110 — 20 min
              NuStep L4 ........................ 6'
              sit-to-stand w/ 8# kettlebell .... 3 x 8
              R SAQ w/ 4# cuff ................. 3 x 12
              side-lying hip abd R w/ 2# ....... 2 x 12
              step-ups 6" R lead ............... 2 x 10
            R quad + hip abd weakness after R TKA (14 wks); can't get up from the low beach chair at Ocean City
            """,
            ["Z96.651", "M62.81"], [PT("97110", 20)], []),

        // Battle Creek 97140 after TKA: patellar glides, tibiofemoral glides with grade, posterior-knee STM; extension stiffness; knee extension −8° → −3° and flexion degrees; 11 matches: passes.
        ["v5-h63-battle-creek-knee-extension-degrees"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Battle Creek · GYM FLOOR FLOWSHEET
            97140 — 11 min
              patellar glides sup/inf + med/lat, R ............ 2 x 1 min each
              tibiofemoral A/P glides gr III–IV in ext ........ 3 x 30 s
              STM to the R posterior knee / distal hamstring
            R knee extension stiffness after R TKA (9 wks); can't straighten the knee to stand tall at the kitchen counter
            R knee extension −8° → −3° · flexion 108°
            """,
            ["Z96.651", "M25.661"], [PT("97140", 11)], []),

        // Terre Haute OT grocery put-away from a trunk-height shelf and half-kneel freezer reaches; L shoulder weakness after a reverse TSA with a Saturday-market goal; modified independent, SBA and k of 4; 97530 18 matches: passes.
        ["v5-h63-terre-haute-ot-modified-independent"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Outpatient Therapy · OT
            97530 — 18 min
              groceries from a trunk-height shelf into the rollator basket, to the kitchen, onto shelves at waist + shoulder height ... 2 bags
              reaching into the freezer drawer in half-kneel w/ the counter for support ... x 4
            L shoulder weakness after a reverse TSA (12 wks) + low endurance; goal: unload her own groceries after the Saturday market
            Bags unloaded modified independent with the rollator; half-kneel up with SBA; L reach to the 2nd shelf 4 of 4
            """,
            ["Z96.612", "Z47.1"], [OT("97530", 18)], []),

        // Terre Haute track 97112 "PT one-on-one with her on the track": head-turn lane walking, stop-and-turn, lane tandem, EC foam; R vestibular hypofunction; "Felt steadier … Will retest the DGI next visit." — no number but the code's minutes: measure missing.
        ["v5-h63-terre-haute-steadier-on-the-track"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Outpatient Therapy
            97112 — 19 min, PT one-on-one with her on the track
              walking the inside lane with head turns side to side and up/down; stopping and turning on cue; tandem walking along the lane line; standing on the foam pad with eyes closed
            Deficit: R vestibular hypofunction (neuritis, Nov) — blurry vision and drifts R with head turns
            Felt steadier on the track today than last week. Will retest the DGI next visit.
            """,
            ["H81.21"], [PT("97112", 19)], [At(Measure, "97112")]),

        // Kennesaw PTA hip list (bridges, clams, abduction, extension, step-ups, squats) with no sets, reps, loads or times, "moved up a band color on the clams"; L hip weakness after THA: no number but the code's minutes: measure missing.
        ["v5-h63-kennesaw-pta-hip-list-no-doses"] = new(
            """
            REBOUND PHYSICAL THERAPY — Kennesaw · Flowsheet (PTA)
            TE 97110 — 16 min
              bridges, clamshells, side-lying hip abduction, standing hip extension, step-ups, mini squats
              all with good form; moved up a band color on the clams
            L hip weakness + Trendelenburg after L posterior THA; tires walking the grocery store
            """,
            ["Z96.642", "Z47.1"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // Easton 97116 with a cane across the lot, speed bump, grass and gravel path with cues; R knee OA antalgic gait; "Slow but safe on the gravel. Progressing." — no distance, level or number but the code's minutes: measure missing.
        ["v5-h63-easton-slow-but-safe-on-the-gravel"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Easton · Land
            97116 — 15 min
              SPC in the L hand: across the parking lot, over the speed bump, onto the grass and the gravel path down toward the creek, and back; cues to widen the base + heel strike R
            R knee OA: antalgic, short L step, R knee stays bent in stance
            Slow but safe on the gravel. Progressing.
            """,
            ["M17.11"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Zanesville OT minivan transfer with a trash bag and the seatbelt across the body; weakness, SOB and L shoulder pain with a ride-to-Columbus goal; "Practiced each step. Will keep working on it." — no assistance level, count or number but the code's minutes: measure missing.
        ["v5-h63-zanesville-ot-minivan-practiced-each-step"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Zanesville · OT
            97530 — 17 min
              in/out of her sister's minivan in the lot: sliding on a trash bag, swinging the legs in, reaching the grab handle
              buckling the seatbelt with the L hand across her body
            Why: weak + short of breath after the CHF admission, L shoulder pain; goal: ride to her cardiology appointments in Columbus
            Practiced each step. Will keep working on it.
            """,
            ["I50.32", "M25.512"], [OT("97530", 17)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Portage single-code TIME column 8' + 4' + 4' + 6' with no code total: the rows add up exactly to the 22-min line; bike, step-ups, band walks, single-leg press with doses; R knee after TKA: passes.
        ["v6-h63-portage-time-column-adds-up-no-total"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Portage · GYM FLOOR FLOWSHEET
            EXERCISE                  SETS x REPS     LOAD / LEVEL      TIME
            recumbent bike            —               L5                8'
            step-ups 8" fwd           3 x 10          12# DB            4'
            lateral band walks        3 laps          BTB at ankles     4'
            single-leg press R        3 x 12          60#               6'
            R knee (TKA 4 mo): quad 4/5, pain going down the basement stairs; goal — carry the canoe down to the river
            """,
            ["Z96.651"], [PT("97110", 22)], []),

        // Terre Haute log "each code's minutes are the sum of its rows": 97112 rows 5+4+6 = 15 and 97110 rows 7+5+4 = 16 both match; "(PT 1:1)"; lane tandem, EC foam, push reactions; NuStep, leg press, cable hips; proprioception and weakness; counts: passes.
        ["v6-h63-terre-haute-sum-of-its-rows-two-codes"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Outpatient Therapy · PT
            EXERCISE LOG — each code's minutes are the sum of its rows
            97112 Neuromuscular re-ed (PT 1:1)                     Parameters            Min
              tandem walk on the lane line w/ head turns           4 x 40 ft               5
              foam stance EC, arms crossed                         4 x 20 s                4
              reactive stepping to pushes, 4 directions            3 x 8                   6
            97110 Therapeutic exercise                             Parameters            Min
              NuStep                                               L5                      7
              leg press                                            90# 3 x 12              5
              standing hip abd/ext, cable column 10#               2 x 12 each             4
            Impairments: ↓ ankle proprioception + slow stepping reactions (neuropathy); B hip + quad weakness 4-/5
            Tandem walk 12 steps w/o a side step · push recoveries in 1 step 9 of 12
            """,
            ["G62.9", "M62.81"], [PT("97112", 15), PT("97110", 16)], []),

        // Marietta PTA single code: NuStep 6 min and treadmill 10 min beside leg press, curls and raises with sets only, no code total stated: exercise durations are not the code's minutes, nothing to mismatch against 25; knee OA and deconditioning with a trail goal: passes.
        ["v6-h63-marietta-pta-exercise-times-no-total"] = new(
            """
            REBOUND PHYSICAL THERAPY — Marietta · Flowsheet (PTA)
            TE
              NuStep L4 ............................. 6 min
              treadmill 1.8 mph, 1% ................. 10 min
              leg press 80# ......................... 3 x 10
              standing hamstring curls 3# ........... 2 x 12
              heel raises ........................... 2 x 15
            B knee OA + deconditioning; goal — walk the Kennesaw Mountain battlefield loop with her sister
            """,
            ["M17.0", "R53.81"], [PTA("97110", 25)], []),

        // Zanesville PTA NMR (1:1) and TE with only exercise durations (NuStep 8', treadmill 6') and no minutes for either code: separate time missing; both sections otherwise complete (foam head turns, cone reaches, rail tandem; proprioception; counts / doses, weak legs).
        ["v6-h63-zanesville-exercise-times-two-codes-no-totals"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Zanesville · PTA
            NMR (1:1, PTA + pt only)
              foam stance w/ head turns ................ 3 x 30 s
              step-and-reach to cones, 5 directions .... 2 x 5
              tandem walk at the rail .................. 4 passes
            TE
              NuStep L3 ................................ 8'
              treadmill 1.2 mph ........................ 6'
              sit-to-stand ............................. 2 x 8
            Deficits: ↓ postural control + proprioception after the long hospital stay; legs weak (quads 4-/5)
            Tandem 10 steps at the rail w/o touching · cone reaches 8 of 10 w/o a step
            """,
            ["R53.81", "R26.81"], [PTA("97112", 16), PTA("97110", 20)], [SepTime]),

        // Westnedge BILLED block "97140 MT 10 min | 97110 TE 38 min" against lines 10 and 24: mismatch on 97110; shoulder glides and STM, UBE and cuff exercises with doses, stiffness and weakness after a cuff repair with degrees complete.
        ["v6-h63-westnedge-billed-block-te-38-against-24"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Kalamazoo (Westnedge) · GYM FLOOR FLOWSHEET
            MANUAL   L shoulder: GH post/inf glides gr III 3 x 45 s; STM infraspinatus + teres minor
            TE       UBE 4'/4' · side-lying ER 2# 3 x 12 · rows GTB 3 x 12 · scaption to 90° 1# 2 x 10 · wall walks 2 x 8
            L shoulder stiffness + cuff weakness after L RCR (16 wks): flexion 132°, ER 40°; can't reach into the back seat to buckle in the grandkids
            BILLED   97140 MT 10 min | 97110 TE 38 min
            """,
            ["S46.012D"], [PT("97140", 10), PT("97110", 24)], [At(Mismatch, "97110")]),

        // Acworth "TE 97110 — minutes by exercise: 8' + 5' + 5' … TE total 18'" against a 30-min line: mismatch; Airdyne, leg press, step-ups with doses and L knee OA with a pontoon goal complete.
        ["v6-h63-acworth-te-total-18-against-30"] = new(
            """
            REBOUND PHYSICAL THERAPY — Acworth · Daily Flowsheet
            TE 97110 — minutes by exercise:
              Airdyne bike, level 3 ............... 8'
              leg press 70# 3 x 12 ................ 5'
              step-ups 6" 2 x 10 each ............. 5'
              TE total ............................ 18'
            L knee OA: quad 4-/5 L; knee gives way on the stairs at the lake house; goal — step down into the pontoon
            """,
            ["M17.12"], [PT("97110", 30)], [At(Mismatch, "97110")]),

        // Ocean Pines "Total timed 38' = NMR 23' + gait 15'" both match; "PT one-on-one for the NMR"; metronome four-square stepping, wobble-disc turns, backward counter walking; rollator → no device with a doorway; PD freezing and postural responses; pull test, freezes and FSST: passes.
        ["v6-h63-ocean-pines-total-timed-with-parts"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Ocean Pines · Land
            Total timed 38' = NMR 23' + gait 15'   (PT one-on-one for the NMR; wife in the waiting room)
            NMR
              forward/backward stepping to a metronome in a 4-square grid      3 x 5 rounds
              standing on a wobble disc, turning to name objects on the wall   3 x 30 s
              backward walking along the counter                               4 passes
            GAIT
              rollator → no device in the hallway, 4 x 80 ft; through the doorway into the mock bathroom and back x 3; CGA → SBA
            PD (dx 2019): freezing in doorways, short steps, slow postural responses backward
            Pull test 2 steps · doorway freezes 1 of 3 passes (3 of 3 last wk) · Four Square Step Test 13.6 s
            """,
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], []),

        // Battle Creek clock times per code (97140 10:02–10:12 = 10, 97110 10:12–10:36 = 24) both match; L4–5 PAs with grade, SI STM, hip distraction; NuStep, quadruped, brace marching, bridges, hinge, suitcase carry with doses; LBP with a gardening limit; PA pain and fingertip-to-floor: passes.
        ["v6-h63-battle-creek-clock-times-per-code"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Battle Creek · GYM FLOOR FLOWSHEET
            97140  10:02–10:12   lumbar: L4–5 central PAs gr III, prone; R SI STM; R hip long-axis distraction
            97110  10:12–10:36   NuStep L5 6' · quadruped opposite arm/leg 2 x 10 · supine marching w/ abdominal brace 2 x 10 · bridges w/ band 2 x 15 · hip hinge w/ dowel 2 x 10 · suitcase carry 15# 4 x 60 ft
            Low back pain w/ R buttock referral; stiff in the morning; can't bend to weed the garden or lift the bag of softener salt
            L4–5 PA pain 5/10 → 2/10 · fingertip-to-floor 24 cm → 16 cm
            """,
            ["M54.50"], [PT("97140", 10), PT("97110", 24)], []),

        // Terre Haute PTA minutes in the code labels "TE (97110) 18'" and "GAIT (97116) 12'" both match; stepper, leg press, hip abd, squats with doses; track laps and ramp with SBA; R hip OA weakness and antalgic gait: passes.
        ["v6-h63-terre-haute-pta-minutes-in-labels"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Outpatient Therapy · PTA
            TE (97110) 18'
              recumbent stepper L4 5' · seated leg press 80# 3 x 10 · standing hip abd 3# 2 x 12 · mini squats 2 x 12
            GAIT (97116) 12'
              track, SPC, 3 laps (660 ft) w/ 2 standing rests; ramp at the east entrance x 2; SBA
            R hip OA: R hip abd 3+/5, antalgic gait w/ a short L step; goal — walk from the far end of the hospital garage to her appointments without stopping
            """,
            ["M16.11"], [PTA("97110", 18), PTA("97116", 12)], []),

        // Cambridge "Timed 36 min (TE + NMR), PT one-on-one throughout" with no split: separate time missing; both codes complete (NuStep warm-up, sit-to-stands, step-ups, rows; nudges, EC foam, cued turns; weakness and protective stepping; Mini-BEST, chair stands).
        ["v6-h63-cambridge-combined-timed-total-only"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Cambridge · PT
            Timed 36 min (TE + NMR), PT one-on-one throughout
            TE: NuStep L3 warm-up · sit-to-stand 2 x 10 · step-ups 4" 2 x 8 each · seated rows GTB 2 x 12
            NMR: stepping strategy to pelvic nudges; foam stance EC; turning 180° to cones on cue
            Why: post-ICU weakness (quads 4-/5) + slow protective stepping and ↓ proprioception
            Mini-BEST 17/28 · 30-s chair stand 8
            """,
            ["R53.81", "R26.81"], [PT("97110", 20), PT("97112", 16)], [SepTime]),

        // Kennesaw PTA "NMR 97112 — 26' (PTA 1:1 the whole block)" against a 15-min line: mismatch on 97112 (TE 12' matches); ladder, EC rocker, band-release stepping; ankle proprioception after a fx; SLS and k of 16; TE doses complete.
        ["v6-h63-kennesaw-pta-nmr-26-against-15"] = new(
            """
            REBOUND PHYSICAL THERAPY — Kennesaw · Flowsheet (PTA)
            NMR 97112 — 26'  (PTA 1:1 the whole block)
              ladder drills: in-in-out-out, lateral ......... 4 passes
              rocker board EC ............................... 3 x 30 s
              reactive stepping to a band release ........... 2 x 8
            TE 97110 — 12'
              NuStep L5 4' · lateral step-ups 6" 2 x 10 · clams BTB 2 x 15
            ↓ R ankle proprioception + delayed stepping after R ankle fx; R hip abd 4-/5
            SLS R 8 s · band-release recoveries in 1 step 11 of 16
            """,
            ["S82.891D"], [PTA("97112", 15), PTA("97110", 12)], [At(Mismatch, "97112")]),

        // Salisbury single code "97110 — 20 min" with moist heat 10 min before and IFC 15 min with ice after, both "(not billed)": the modality minutes are not the code's; pelvic tilts, rotations, bridges, rocking, hinges with doses; chronic LBP with a crib-lift goal: passes.
        ["v6-h63-salisbury-heat-and-ifc-not-billed"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Salisbury · Land
            Moist heat to the low back 10 min before (not billed)
            97110 — 20 min
              supine pelvic tilts ................... 2 x 15
              lower trunk rotation .................. 2 x 10, 5" hold
              bridges ............................... 2 x 12
              quadruped rocking ..................... 2 x 10
              standing hip hinge at the counter ..... 2 x 10
            IFC e-stim 15 min w/ ice after, seated (not billed)
            Chronic LBP w/ stiffness; can't bend to lift the grandbaby from the crib
            """,
            ["M54.50"], [PT("97110", 20)], []),

        // Kennesaw "TE 97110 — 17'" (bike 6' counted in the 17) and "MT 97140 — 11'" both match, "Ice + elevation 10' after, not billed"; quad sets, SLR, heel slides, TKE; patellar and tibiofemoral mobs, scar STM; knee ROM after TKA with a car limit: passes.
        ["v6-h63-kennesaw-ice-after-two-codes"] = new(
            """
            REBOUND PHYSICAL THERAPY — Kennesaw · Daily Flowsheet
            TE 97110 — 17'   warm-up bike 6' (counted in the 17) · quad sets 10 x 5" · SLR 2 x 10 · heel slides w/ strap 2 x 15 · TKE BTB 2 x 15
            MT 97140 — 11'   R patellar mobs all directions · tib-fem A/P glides gr III · STM to the distal quad/scar
            Ice + elevation 10' after, not billed
            R TKA (wk 3): flexion 92°, ext lag 6°; can't bend the R knee enough to sit in the car
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 17), PT("97140", 11)], []),

        // Cambridge OT "TA 97530 (6' + 7' + 5' = 18')" and "TE 97110 (4' + 6' = 10')" both match; soup, toilet transfer, laundry with SBA/CGA/mod I; arm ergometer and dumbbells with doses; weakness after sepsis with a lunch-and-toilet goal: passes.
        ["v6-h63-cambridge-ot-parts-add-up-each-code"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Cambridge · OT
            TA 97530 (6' + 7' + 5' = 18')
              6' — kitchen: heating soup at the stove, pot to the table on a walker tray, SBA
              7' — bathroom: toilet transfer with the grab bar + clothing management, CGA x 2
              5' — laundry: front-loader to basket, seated, mod I
            TE 97110 (4' + 6' = 10')
              4' — arm ergometer, 1 min on / 1 min off
              6' — seated dumbbell press + rows 2#, 2 x 12 each
            UE + general weakness after the hospital stay (sepsis); goal: fix her own lunch + toilet safely alone while her husband works
            """,
            ["R53.81", "M62.81"], [OT("97530", 18), OT("97110", 10)], []),

        // Brazil "97116 Gait training — 28 min" against a 16-min line: mismatch; rollator laps with a rest, ramp and steps, SBA/CGA; short step and toe catch in hip OA complete.
        ["v6-h63-brazil-gait-28-against-16"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Brazil · PT
            97116 Gait training — 28 min
              rollator on the track, 3 laps (660 ft) w/ 1 bench rest; then the ramp + 4 steps at the north door x 2
              SBA on the track, CGA on the steps
            Gait: short L step + trunk flexion, catches the L toe when tired (L hip OA, waiting on a THA)
            """,
            ["M16.12"], [PT("97116", 16)], [At(Mismatch, "97116")]),

        // Easton three codes: "MT 97140 — 12 min" and "TE 97110 — 16 min" match, but "Gait 97116:" has distances and SBA and no minutes: separate time missing; all three sections complete (glides, doses, hallway/stairs/curb; stiff-knee gait after TKA).
        ["v6-h63-easton-three-codes-gait-without-minutes"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Easton · Land
            MT 97140 — 12 min: L knee tib-fem glides gr III 3 x 30 s, patellar mobs, STM distal ITB
            TE 97110 — 16 min: bike 6' · TKE BTB 2 x 15 · step-ups 6" 2 x 10 · wall sits 3 x 30 s
            Gait 97116: SPC in the hall 4 x 100 ft, 2 flights of stairs step-through w/ rail, curb x 4; SBA
            L TKA (wk 8): flexion 104°, stiff-knee gait with a short R step; L quad 4-/5
            """,
            ["Z96.652", "Z47.1"], [PT("97140", 12), PT("97110", 16), PT("97116", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h63-empty-te-mt"] = new(
            "",
            ["M17.11"], [PT("97110", 20), PT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // Empty note on a PTA 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h63-empty-pta-gait-no-dx"] = new(
            "",
            [], [PTA("97116", 15)], [At(NoteMissing, "97116"), Dx]),

        // A note of blank lines and spaces only (cells are trimmed) on an OT 97530 with a diagnosis: note missing only.
        ["v7-h63-blank-lines-ot-97530"] = new(
            " \n  \n ",
            ["R53.81"], [OT("97530", 20)], [At(NoteMissing, "97530")]),

        // 97110's meaning at Terre Haute: leg press, knee flexion machine, calf raises, track laps (technique and measure), quad and calf weakness after a TKA with a Covered Bridge Festival goal (deficit); 19 matches: passes.
        ["v7-h63-terre-haute-97110-covered-bridge-festival"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Outpatient Therapy · PT
            97110 — 19 min
              seated leg press 70# ............. 3 x 10
              seated knee flexion machine 30# .. 3 x 10
              standing calf raises on the step . 2 x 15
              track walk, brisk ................ 2 laps (440 ft)
            For L quad + calf weakness (4-/5) after her L TKA; goal — walk the Covered Bridge Festival in Parke County in October
            """,
            ["Z96.652", "M62.81"], [PT("97110", 19)], []),

        // 97530's meaning at Marietta: garden-kneeler rises, watering-can carries, potting-soil lifts (technique), hip/knee weakness and LBP with a tomato-garden goal (deficit), counts, distances and CGA → SBA (measure); 22 matches: passes.
        ["v7-h63-marietta-97530-garden-kneeler"] = new(
            """
            REBOUND PHYSICAL THERAPY — Marietta · Daily Flowsheet
            97530 — 22 min
              floor → garden kneeler → stand, using the kneeler handles ..... x 5, CGA → SBA
              carrying a full 1-gal watering can ............................ 4 x 30 ft, SBA
              potting-soil bag 10#, floor → potting bench ................... x 6 w/ hip hinge
            Why: weak hips + knees (4-/5) and low back pain with lifting; goal — keep up her tomato garden this summer
            """,
            ["M62.81", "M54.50"], [PT("97530", 22)], []),

        // 97140's meaning at Ocean Pines: suboccipital release, lateral glides with grade and holds, trap/levator STM (technique), neck stiffness with a boat-trailer limit (deficit), rotation degrees (measure); 10 matches: passes.
        ["v7-h63-ocean-pines-97140-boat-trailer"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Ocean Pines · Land
            97140 — 10 min
              suboccipital release
              C4–6 lateral glides gr III, supine ....... 3 x 30 s each side
              STM B upper traps + levator
            Neck stiff + painful turning L — can't look back to reverse the boat trailer down the ramp
            Cervical rotation L 45° → 58° · R 60° → 64°
            """,
            ["M54.2", "M47.812"], [PT("97140", 10)], []),

        // 97116's meaning at Zanesville: rollator with the O2 tank in the basket, hallway distances, tubing and door (technique), short fast steps and veering in COPD (deficit), distances and SBA (measure); 17 matches: passes.
        ["v7-h63-zanesville-97116-oxygen-in-the-basket"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Zanesville · PT
            Gait 97116 — 17 min
              rollator w/ the O2 tank in the basket (2 L): hallway 2 x 150 ft, 1 seated rest; turning with the tubing and going through the exit door
              cues: slow down, pursed-lip on the exhale, stay inside the frame
            Short, fast steps and forward lean; veers when winded (COPD + deconditioning)
            SBA · SpO2 lowest 89% → 93% after the rest
            """,
            ["J44.9", "Z99.81"], [PT("97116", 17)], []),

        // Generic PTA 97110: "Pt completed gym program. Good effort. Cont POC. 97110 x 20 min." — no exercise, region or number but its minutes (which match).
        ["v7-h63-generic-97110-completed-gym-program"] = new(
            "Pt completed gym program. Good effort. Cont POC. 97110 x 20 min.",
            ["M62.81"], [PTA("97110", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic 97112 + 97110 with minutes for each (15 and 15, both match): "Balance and strengthening exercises per flowsheet. Tolerated well." names nothing for either code and no one-on-one.
        ["v7-h63-generic-nmr-te-per-flowsheet"] = new(
            "NMR 15 min / TE 15 min. Balance and strengthening exercises per flowsheet. Tolerated well. Continue.",
            ["R26.81"], [PT("97112", 15), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic 97140: "Manual therapy performed x 10 min. Tolerated well. Continue per plan." — no technique, region or number but its minutes.
        ["v7-h63-generic-97140-manual-performed"] = new(
            "Manual therapy performed x 10 min. Tolerated well. Continue per plan.",
            ["M54.50"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes

        // Oakland Dr flowsheet after a TKA: BILLED 97140 10 / 97110 24 both match; patellar mobs, glides with grade, scar work; bike 7' (a part), heel slides, step-ups, leg press, TKE with doses; ROM and quad grade with a stadium-stairs goal; ice post: passes.
        ["vord-h63-oakland-dr-tka-billed-block"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Kalamazoo (Oakland Dr) · GYM FLOOR FLOWSHEET
            Pt 67 · R TKA 6 wks · Broncos season tickets, wants the stadium stairs by fall
            MANUAL   R patellar mobs; tib-fem A/P + P/A glides gr III; scar mobilization
            EXERCISE                       SETS x REPS    LOAD       TIME
            bike, full revolutions         —              L3         7'
            heel slides w/ strap           2 x 15         —          —
            step-ups 6"                    3 x 10         —          —
            leg press                      3 x 12         60#        —
            TKE                            2 x 15         BTB        —
            R knee flexion 104°, ext −4°; quad 4-/5; stairs step-to
            Ice R knee 10' post w/ elevation
            BILLED   97140 MT 10 min | 97110 TE 24 min
            """,
            ["Z96.651", "Z47.1"], [PT("97140", 10), PT("97110", 24)], []),

        // Sullivan "CPT minutes: 97112 — 19  97110 — 14" both match; "(one-on-one, PT + pt)"; mirror weight shifts, R stance cone taps, scale-fed sit-to-stands; leg press, banded DF, bridging; R hemiparesis with recruitment and asymmetry; weight-bearing % and SLS: passes.
        ["vord-h63-sullivan-nmr-te-hemiparesis"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Sullivan clinic · PT
            CPT minutes:  97112 — 19    97110 — 14
            97112 (one-on-one, PT + pt)
              weight shift onto the R in stride stance, mirror feedback .............. 3 x 10
              R-leg stance while tapping the L foot to 3 cones ........................ 3 x 6
              sit → stand with the R foot back, a scale under each foot ............... 2 x 8
            97110
              leg press 60# .......................... 3 x 10
              R ankle DF w/ RTB ....................... 3 x 15
              bridging w/ a ball between the knees ... 2 x 12
            R hemiparesis (L MCA stroke 2023): ↓ R motor recruitment + weight-bearing asymmetry; R DF + hip ext 3+/5
            Sit-to-stand: R 38% → 45% of body weight · R SLS 4 s
            """,
            ["I69.351"], [PT("97112", 19), PT("97110", 14)], []),

        // Cambridge PTA on 2 L: pre/post vitals and Borg (not the measure), treadmill bouts, leg extensions, sit-to-stands, shoulder press with doses; COPD with the house steps as the limit; 97110 22 matches: passes.
        ["vord-h63-cambridge-pta-copd-te"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Cambridge · PTA
            Pre 94% on 2 L · HR 88 | Post 92% · HR 104 | Borg dyspnea 3/10
            97110 — 22 min
              treadmill 1.2 mph, 0% ............. 3 x 3 min, seated rests
              seated leg ext 3# ................. 2 x 12
              sit-to-stand from 20" ............. 2 x 6
              seated shoulder press 2# .......... 2 x 10
            COPD + deconditioning: legs tire on the 6 steps into the house and she stops twice; goal — one stop at most
            """,
            ["J44.9", "Z99.81", "R53.81"], [PTA("97110", 22)], []),

        // Acworth PTA "TE 97110 — 15 min" and "TA 97530 — 13 min" both match; NuStep 5' (a part), leg press, hips, heel raises; laundry-basket lifts and carries, recliner rises; hip and knee weakness with a basement-laundry goal; CGA → SBA: passes.
        ["vord-h63-acworth-pta-te-ta-laundry-recliner"] = new(
            """
            REBOUND PHYSICAL THERAPY — Acworth · Daily Flowsheet (PTA)
            TE 97110 — 15 min
              NuStep L5 5' · leg press 90# 3 x 10 · standing hip abd/ext 3# 2 x 12 · heel raises 2 x 20
            TA 97530 — 13 min
              lifting a 15# laundry basket floor → waist x 8 w/ a squat; carrying it 4 x 40 ft; getting up from the low recliner x 5 w/o pushing on the arms
            B hip + knee weakness (4-/5) after a long winter mostly sitting; goal — carry the laundry down to the basement and get out of his recliner without rocking
            CGA → SBA on the recliner; basket carry SBA
            """,
            ["M62.81", "R26.89"], [PTA("97110", 15), PTA("97530", 13)], []),

        // Salisbury OT church-supper set-up: cart of place settings, cornmeal from the low cupboard via half-kneel, wiping the table; L hip OA and standing tolerance with a fish-fry goal; SBA and rests counted; 97530 24 matches: passes.
        ["vord-h63-salisbury-ot-church-supper-setup"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Salisbury · OT (land)
            97530 — 24 min
              setting up for the church supper in our kitchen: rolling cart of place settings to the table, setting each place standing ..... x 2 tables
              5-lb bag of cornmeal from the low cupboard, half-kneel → stand .......................................................... x 4
              wiping down the table standing, no hand support
            L hip OA + low back pain, low standing tolerance; goal — help in the kitchen at the Friday fish fry
            SBA; 1 seated rest (3 last visit)
            """,
            ["M16.12", "M54.50"], [OT("97530", 24)], []),

        // Easton "Gait 97116 — 14 min" and "TE 97110 — 16 min" both match; rollator → cane with distances, steps and gravel, SBA/CGA; NuStep 5' (a part) and hip exercises with doses; Trendelenburg and abductor weakness after an anterior THA: passes.
        ["vord-h63-easton-tha-gait-te"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Easton · Land (pool Tue/Thu)
            Gait 97116 — 14 min: rollator → SPC, hallway 4 x 100 ft; 4 steps w/ rail, step-through; out to the gravel lot and back 1 x 200 ft; SBA, CGA on gravel
            TE 97110 — 16 min: NuStep L4 5' · side-lying hip abd 2 x 12 · standing hip ext RTB 2 x 12 · mini squats 2 x 10 · step-ups 4" 2 x 10
            R THA (anterior, 7 wks): R Trendelenburg + short L step; R hip abd 3+/5
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 14), PT("97110", 16)], []),

        // Paw Paw cuff repair phase 2: MHP 10' pre in the text, UBE 4'/4' (a part), pulleys, wand ER, isometric holds, prone rows with doses; AAROM degrees with an orchard-pruning goal; 97110 23 matches: passes.
        ["vord-h63-paw-paw-cuff-repair-phase-two"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Paw Paw · GYM FLOOR FLOWSHEET
            R RCR 10 wks (supraspinatus, surgeon's phase 2) — pruning the orchard is the goal
            MHP to the R shoulder 10' pre, seated (not billed)
            97110 — 23 min
              UBE, no resistance ................. 4'/4'
              pulleys flexion / scaption ......... 2 x 15
              AAROM wand ER, supine .............. 2 x 15
              isometrics ER / IR / abd ........... 10 x 5" each
              prone rows, no weight .............. 2 x 12
            R shoulder flexion AAROM 140°, ER 45°; can't lift the arm overhead to the branches yet
            """,
            ["S46.011D"], [PT("97110", 23)], []),

        // Terre Haute PTA after a T12 compression fx: band retraction, chin tucks, upright sit-to-stands, hip extension, track laps with doses; flexed posture and extensor weakness with a cooking limit; 97110 17 matches: passes.
        ["vord-h63-terre-haute-pta-compression-fracture"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Outpatient Therapy · PTA
            97110 — 17 min   (flexion precautions)
              seated scapular retraction w/ RTB ......... 2 x 15
              supine chin tucks on a pillow ............. 2 x 10
              sit-to-stand with an upright trunk ........ 2 x 10
              standing hip extension at the counter ..... 2 x 12 each
              track walk upright w/ cane ................ 2 laps (440 ft)
            T12 compression fx (osteoporosis): flexed posture, back + hip extensors weak; can't stand upright long enough to cook supper
            """,
            ["M80.08XD"], [PTA("97110", 17)], []),

        // Zanesville PTA "97116 Gait — 15 min" and "97110 TE — 13 min" both match; rollator hall distances with rests, stairs, SBA; marching, sit-to-stands, heel raises, rows with doses; CHF leg weakness with a half-the-hall limit: passes.
        ["vord-h63-zanesville-pta-chf-gait-te"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Zanesville · PTA
            97116 Gait — 15 min: rollator, hallway 2 x 200 ft + 1 x 100 ft with seated rests; 4 steps x 2 w/ rail; SBA; cues to slow her pace and breathe out on the step up
            97110 TE — 13 min: seated marching 2 x 20 · sit-to-stand 2 x 8 · heel raises 2 x 12 · band rows RTB 2 x 12
            CHF (2 admissions since Nov): ankles swell, legs weak, winded halfway down the hall; goal — walk into Sunday service from the handicapped spot
            RPE 13 peak · SpO2 lowest 93%
            """,
            ["I50.32", "R53.81"], [PTA("97116", 15), PTA("97110", 13)], []),

        // Kennesaw three codes after a lateral malleolus fx: 97140 10', 97110 15', 97112 13' "(PT one-on-one)" all match; glides, distraction, STM; calf raises, 4-way band, heel/toe walks; foam SLS toss, BAPS, stick landings; stiffness, weakness and proprioception; SLS EC and DF degrees: passes.
        ["vord-h63-kennesaw-three-codes-ankle"] = new(
            """
            REBOUND PHYSICAL THERAPY — Kennesaw · Daily Flowsheet
            MT 97140 — 10'   L talocrural posterior glides gr III · subtalar distraction · STM L peroneals
            TE 97110 — 15'   bike 5' · calf raises off the step 3 x 12 · 4-way ankle GTB 2 x 15 each · heel walk / toe walk 2 laps
            NMR 97112 — 13'  (PT one-on-one) L SLS on foam w/ ball toss 3 x 30 s · BAPS lvl 3 both directions · cone step-overs w/ a stick landing 2 x 8
            L ankle fx (lateral malleolus, ORIF 11 wks): stiff, DF limited; calf 4-/5; ↓ L ankle proprioception
            L SLS EC 6 s (R 19 s) · DF 6° → 10° after MT
            """,
            ["S82.62XD"], [PT("97140", 10), PT("97110", 15), PT("97112", 13)], []),

        // Ocean Pines PTA "PTA one-on-one, no one else in the land gym": VOR x1 both planes with holds, head-turn hall walking, EC foam; bilateral vestibular hypofunction with oscillopsia; DVA lines and DGI; 18 matches: passes.
        ["vord-h63-ocean-pines-pta-gaze-stabilization"] = new(
            """
            BLUE HERON AQUATIC & LAND THERAPY — Ocean Pines · Land · PTA
            97112 — 18 min · PTA one-on-one, no one else in the land gym
              VOR x1 horizontal, standing, business-card target at 3 ft ........... 3 x 45 s
              VOR x1 vertical, seated → standing ................................... 3 x 30 s
              walking the hall with head turns to read signs on each side ........... 4 x 60 ft
              foam stance, eyes closed, head still → head turns ..................... 3 x 20 s
            Bilateral vestibular hypofunction (gentamicin 2025): oscillopsia with head movement, unsteady in the dark + on the sand
            DVA 5 lines lost (7 at eval) · DGI 16/24
            """,
            ["H81.8X3", "R26.81"], [PTA("97112", 18)], []),

        // Terre Haute OT 97110 after a proximal humerus fx: table slides, banded ER, scapular holds, wall walks with doses; L shoulder ROM with hair-combing and seatbelt limits; 16 matches: passes.
        ["vord-h63-terre-haute-ot-humerus-te"] = new(
            """
            WABASH VALLEY HEALTH · Wellness Center — Outpatient Therapy · OT
            OT 97110 — 16 min
              table slides, flexion + scaption ........... 2 x 15
              ER w/ RTB, towel roll at the side .......... 2 x 12
              scapular retraction + depression holds ..... 10 x 5"
              wall walk to shoulder height ............... 2 x 8
            L proximal humerus fx (non-op, 9 wks): L shoulder flexion 95°, ER 20°; can't comb the back of her hair or fasten her seatbelt
            """,
            ["S42.292D"], [OT("97110", 16)], []),

        // Portage complete 97110 (bike, goblet squats, RDLs, lateral lunges, side planks with doses; low back and hip weakness with a golf goal) sent with no diagnosis.
        ["vord-h63-portage-no-diagnosis"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Portage · GYM FLOOR FLOWSHEET
            97110 — 19 min
              bike L4 6' · goblet squat 15# 3 x 10 · RDL w/ 20# DB 3 x 10 · lateral lunges 2 x 8 ea · side plank on knees 3 x 20 s ea
            Low back pain + hip extensor weakness; back pain bending to load the dishwasher; goal — walk nine holes carrying his bag
            """,
            [], [PT("97110", 19)], [Dx]),

        // Battle Creek complete 97110 (bike, quad sets, SLR, step-ups, TKE with doses; L knee OA with a zoo-walk goal) with the ICD-9 code 715.36 as its diagnosis: diagnosis not well formed.
        ["vord-h63-battle-creek-icd9-code"] = new(
            """
            VELOCITY SPORTS & ORTHO PT — Battle Creek · GYM FLOOR FLOWSHEET
            97110 — 18 min
              bike 6' · quad sets 10 x 5" · SLR 2 x 10 · step-ups 4" 2 x 10 · TKE GTB 2 x 15
            L knee OA — quad 4-/5, pain 5/10 on stairs; goal — walk the zoo with the grandkids
            """,
            ["715.36"], [PT("97110", 18)], [Dx]),

        // Cambridge OT "97530 — 30 min" against an 18-min OT line: mismatch; grocery put-away and sweeping, weakness after a COPD admission with a keep-house goal, SBA and rests complete.
        ["vord-h63-cambridge-ot-time-differs"] = new(
            """
            SECOND WIND — Post-Hospital Reconditioning · Cambridge · OT
            97530 — 30 min
              grocery put-away from a rolling cart: cans to the shelf at shoulder height, milk to the fridge door, 2 bags
              sweeping the kitchen floor w/ a long-handled dustpan
            Weak + SOB after a COPD flare admission; goal: keep house without her daughter coming every day
            SBA; 2 standing rests
            """,
            ["J44.9", "R53.81"], [OT("97530", 18)], [At(Mismatch, "97530")]),

        // Generic two-code note with only a total ("TE and MT, 35 min total … Cont per plan."): no technique, deficit or measure for either code and no minutes for each.
        ["vord-h63-generic-te-mt-total-only"] = new(
            "TE and MT, 35 min total. Tolerated well, no c/o. Cont per plan.",
            ["M17.11"], [PT("97110", 23), PT("97140", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
