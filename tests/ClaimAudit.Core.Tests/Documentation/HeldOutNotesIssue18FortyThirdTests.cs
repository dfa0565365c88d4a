using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The forty-third held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to measure the ordinary middle of the market: a random week of plain, everyday notes from
/// the Southeast and the Gulf Coast, in the proportions a billing manager sees them — about two thirds ordinary
/// and complete, single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit), by
/// PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a hospital-owned outpatient network in Georgia and the Carolinas ("SRRH Outpatient Rehab": Augusta, Athens,
/// Gainesville, Macon, Anderson, Greenwood, Florence, Rock Hill, Spartanburg, Gastonia, Hickory, Lumberton, Wilson) on
/// Epic: "Therapeutic Exercise (97110):" / "Neuromuscular Re-education (97112):" headings, a "Timed Minutes:" block with
/// dotted leaders and "Total Timed Code Minutes", the compliance smart phrase "This patient received individual
/// (one-on-one) treatment from this therapist …", "Direct one-on-one contact: 23 of 23 timed minutes", an "Outcome
/// Measures / Today / Eval" table, "Pt tolerated tx well w/o c/o" on nearly every note, and dot-phrase leftovers
/// (".PTDAILY", an unresolved SmartLink "@TXDELIVERY@", an unresolved SmartList "{NMR INTERVENTIONS:30522}" or
/// "{YES/NO:21151}");</item>
/// <item>a busy physician-owned orthopaedic practice in Houston ("Bellaire Bone &amp; Joint": Bellaire, Pearland, Katy,
/// Kingwood, Clear Lake, Pasadena, Sugar Land) where PTAs write most daily notes: "NMRE", "TherEx", "TA", "Supervising
/// PT:", a double-booked 10:00 slot, clock ranges with a/p suffixes ("2:05p–2:20p"), a "Constant attendance by treating
/// clinician (1:1)? YES" flowsheet question, "Impairments targeted today: [ ] …" boxes, an "Assist: (select)" field, a
/// METRO bus driver, H-E-B, the Brays Bayou trail, an Astros game;</item>
/// <item>a Florida clinic whose caseload is mostly Medicare Advantage retirees ("Nature Coast Rehab &amp; Balance":
/// Spring Hill, Brooksville, Inverness, Crystal River, Homosassa, Ocala): falls, post-op knees and hips, Parkinson's,
/// vertigo; a fall-prevention circuit, a Balance Master, an Alter-G, "Minutes — NMR 22 | Gait 13 | TE 10", outcome
/// measures "deferred", the lanai, the condo pool steps, the golf cart to Thursday bingo, Publix bags;</item>
/// <item>an Alabama rural health clinic's once-a-week PT ("Tombigbee Rural Health Clinic", Tuesday clinic: Demopolis,
/// Livingston, Linden, Butler, York) in plain words ("It was just me and Mr. Ezell in the therapy room", "Seen:
/// individually _X_ with group ___", "Spent twenty-two minutes on …", "sugar diabetes", a measuring wheel, the
/// church-pew bench, the collard garden, the fishing pier, choir practice);</item>
/// <item>a Louisiana sports-medicine clinic treating high-school athletes alongside older adults ("Bayou Teche Sports
/// Medicine &amp; Rehab": New Iberia, St. Martinville, Breaux Bridge, Opelousas, Abbeville): "Athlete:" headers, a team
/// rehab block with the ATC, "Session: Individual (Y) Team session (N)", the Advanced Thrower's Ten, Sportsmetrics,
/// Peterson step-ups and Stroops bands, hop testing in centimetres, a crawfish farmer's flat boat, a retired cane farmer,
/// the accordion at the Saturday fais do-do, pecans in the yard.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h43-…): one-on-one in everyday words (the Epic compliance smart phrase, "pt was in my 10:30 slot by
/// herself, no overlap w/ any other pt", "It was just me and Mr. Ezell in the therapy room this morning — I stayed with
/// him start to finish", "Direct one-on-one contact: 23 of 23 timed minutes"), notes that negate it (a 9:00 fall-prevention
/// circuit with four other members, a double-booked slot treated concurrently, an after-school team rehab block with the
/// ATC) or never state it (a crawfish farmer's complete note), and a 97116 beside a second treadmill and a 97110 in a
/// semi-private (2 : 1) ortho slot, which have no one-on-one check;</item>
/// <item>class 2 (v2-h43-…): template states: an unresolved Epic SmartLink in the delivery field, an unresolved SmartList
/// as the only technique, a flowsheet question answered YES, impairment boxes all unchecked, outcome measures
/// "deferred", "individually _X_" and both blanks empty, "Individual (Y) / Team session (N)" and the reverse, an
/// "Assist: (select)" field with distance blanks, a leftover "{YES/NO:…}" in an unrelated field;</item>
/// <item>class 3 (v3-h43-…): named protocols and programmes as techniques (Advanced Thrower's Ten, Alter-G anti-gravity
/// treadmill, Peterson step-ups with Stroops Slastix and the Spanish squat, thoracic HVLA with cervical SNAGs, a
/// Handybar car transfer, Balance Master training, Frenkel exercises), one Sportsmetrics 97112 with no deficit, one
/// Cawthorne–Cooksey 97112 with no number and one LiteGait 97116 with no number;</item>
/// <item>class 4 (v4-h43-…): deficits stated as findings (en bloc turning and start hesitation with a pull test, hip
/// hiking and circumduction over a stiff knee, MAS 1+ with clonus, Hawkins-Kennedy and Neer signs with a painful arc,
/// hallux rigidus by degrees, a positive Noble compression test with pelvic drop, a peroneal-palsy foot drop by grades)
/// and notes that state none (a PTA's all-negative neuro screen on a 97112, "strength and ROM within normal limits
/// throughout" on a 97110, a cleared athlete's "no deficits found" on a 97112);</item>
/// <item>class 5 (v5-h43-…): measures in their usual forms (an Epic outcome table with eval values, the SPPB with its
/// parts, hand-held dynamometry in kg, hop distances in cm, a measuring-wheel distance with assist levels, SLR degrees
/// before and after mobilisation) and notes with none ("sets/reps/weights recorded" on a flowsheet that is not in the
/// note, "gait quality improving", "balance looks much better", household tasks without an assist level);</item>
/// <item>class 6 (v6-h43-…): minutes in their usual forms (an Epic "Timed Minutes:" block with dotted leaders and totals,
/// clock ranges with a/p suffixes, "Minutes — NMR 22 | Gait 13 | TE 10", "MT (97140) x10 min; TE (97110) x16 min",
/// minutes in words on the one timed code), true mismatches (a TE line, an Epic "Timed Code Minutes" on the one timed
/// code, the third of three codes) and truly missing separate time (a total only, units only);</item>
/// <item>class 7 (v7-h43-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a goal as the only target), 97530 (assistance levels as the only measure),
/// 97140 (grades and bouts) and 97116 (gait training with a device, distance and CGA), and wholly generic 97112, 97110,
/// 97140 and 97116 + 97530 notes;</item>
/// <item>ordinary (vord-h43-…): complete notes of the five employers across codes and disciplines that a reviewer passes
/// (the false-positive guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code in the
/// diagnosis field, an Epic two-code note of smart phrases with a total, a complete two-code note that never says
/// one-on-one, a home-exercise review with no dose, a manual-therapy time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on an
/// objective measure with a number and fails it only when the note has no number but its code and minutes; for
/// the other codes a dose (sets, repetitions, load, hold, bouts, distance, assistance level) is a measure.
/// Numbers that are not minutes of a code or measures (ages, visit counts, miles, dates, an authorisation count,
/// a SmartList id, a clock time in a signature) are read as what they are; no note states minutes of an activity,
/// a rest or a test. Cases a careful reviewer could argue either way were left out: a content gap in one section
/// of a multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note lacks
/// the thing), generic phrases beside a deficit or a measure without a technique, a dose alone as a 97112's measure,
/// self-rated scores as the only number, a cueing level as the only measure, an exercise's name as a 97110's only
/// region, a 97530 with no deficit, minute ranges and approximate minutes, canalith repositioning, and any line
/// with a code that has no documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 96 of 99 cases agree (98 needed), and 1 of the 61 notes the reviewer passes got a finding, on the analyzer
/// of 4ba782b (the start of the 2026-12-05 fifth session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 96 of 99, 1 false positive — the same three cases — at its first run on the analyzer of e8ef657 (the session's
/// linear-time note reading and the readings left by the thirty-ninth to forty-second sets; not shaped by this set): the
/// held-out figure — plain notes of the ordinary middle of the market, 97 %. Then development data, worked through: 98
/// of 99, no false positive — "MT (97140) x10 min" as the code's minutes, "strength and ROM within normal limits" as no
/// exercise goal. Left: "backward walking w/ PT guarding at the belt" read as a level of assistance (the vocabulary's
/// "PT guarding", which an earlier set's reviewer counted as one). New examples in NotesAsWrittenTests "forty-third-set".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FortyThirdTests(ITestOutputHelper output)
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

        // Epic compliance smart phrase "This patient received individual (one-on-one) treatment from this therapist for the entire timed-code portion"; stool taps, belt-release retro walking, half-roller tandem with head turns; posterior stepping and ankle strategy; BBS and alternate step test: passes.
        ["v1-h43-augusta-epic-individual-smart-phrase"] = new(
            """
            SRRH OUTPATIENT REHAB — AUGUSTA (EVANS) · PT Daily Note
            DOS: 3/4/2026   Visit: 7   Referring: Dr. K. Oduya
            S: Pt reports no falls since last visit; still grabs the furniture at night going to the bathroom.
            O:
            Neuromuscular Re-education (97112): 24 min
            - alternating foot taps onto a 10-in stool w/o UE support
            - retro walking in the parallel bars, PT releasing the gait belt without warning
            - tandem stance on the half foam roller (flat side down) w/ head turns
            This patient received individual (one-on-one) treatment from this therapist for the entire timed-code portion of today's visit.
            A: Delayed posterior stepping response and poor ankle strategy, R > L. BBS 45/56 (41/56 at eval). Alternate step test 12.4 s. Pt tolerated tx well w/o c/o.
            P: Continue POC 2x/wk; night-light and clear-path recs added to HEP.
            Electronically signed by M. Whitfield, PT, DPT 03/04/2026 4:12 PM
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // Houston PTA: "pt was in my 10:30 slot by herself, no overlap w/ any other pt; I stayed hands-on throughout"; pillow SL stance with catches, lateral step-downs, taped-line tandem; L knee proprioception and co-contraction timing after TKA; SLS and Y-balance: passes.
        ["v1-h43-pearland-pta-slot-by-herself"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Pearland) · PTA Treatment Note
            Supervising PT: R. Villarreal, PT (on site)
            Dx: L TKA 9 wks
            NMRE 97112 x 22 min — pt was in my 10:30 slot by herself, no overlap w/ any other pt; I stayed hands-on throughout.
             • SL stance L on a pillow catching a 3-lb ball R / L / overhead
             • lateral step-down off a 4-in step to a heel tap, slow eccentric
             • tandem walking fwd/bwd on a taped line, eyes on a target
            Impairments: ↓ L knee proprioception and late quad/hamstring co-contraction; knee wobbles into valgus in SL stance
            Objective: L SLS 9 s (3 s at IE); Y-balance anterior reach L 52 cm / R 61 cm
            Plan: per PT POC. — D. Nguyen, PTA
            """,
            ["Z96.652", "Z47.1"], [PTA("97112", 22)], []),

        // Florida: "Pt went through my 9:00 fall-prevention circuit along with 4 other MA members; I cued and guarded each station in turn": not one-on-one; rail tandem, Airex marching, outside-base reach, noodle step-over; narrow-stance postural control; tandem seconds and chair stands present.
        ["v1-h43-inverness-fall-circuit-four-others"] = new(
            """
            NATURE COAST REHAB & BALANCE — Inverness
            MA plan: Humana Gold Plus (auth on file)
            97112 — 20 min
            Pt went through my 9:00 fall-prevention circuit along with 4 other MA members; I cued and guarded each station in turn.
            Stations: tandem walking along the wall rail; marching in place on an Airex pad; reaching for a cup on the counter outside her base; stepping over a pool noodle
            Problem: ↓ postural control in narrow stance and when reaching; 2 falls on the lanai this winter
            Tandem stance 7 s; 30-s chair stand 9 reps
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Houston PTA: "10:00 double-booked: treated concurrently w/ the pt in bay 2, going back and forth between the two": not one-on-one; rocker board EC, tandem with ball pass, foam clock reaches; R ankle proprioception after sprain; SLS and k of 8 present.
        ["v1-h43-kingwood-pta-double-booked"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Kingwood) — PTA daily
            10:00 double-booked: treated concurrently w/ the pt in bay 2, going back and forth between the two.
            97112 NMRE — 23 min
            Rocker board A/P w/ UE support faded, then EC; side-stepping over cones w/ a ball pass; SL stance R on foam reaching to clock targets
            Impairment: ↓ R ankle proprioception and slow peroneal response after R lateral ankle sprain (6 wks)
            R SLS on foam 11 s (5 s at IE); 6/8 clock reaches w/o touch-down
            — A. Guidry, PTA / Supervising PT: M. Shah, PT
            """,
            ["S93.401D"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // Alabama weekly PT in plain words: "It was just me and Mr. Ezell in the therapy room this morning — I stayed with him start to finish"; cushion EC stance, head-turn hallway heel-toe, stepping over a mop handle; numb feet and visual reliance; Romberg EC seconds and Berg: passes.
        ["v1-h43-demopolis-just-me-and-him"] = new(
            """
            TOMBIGBEE RURAL HEALTH CLINIC — Demopolis, AL
            Weekly PT visit (Tuesday) #5
            It was just me and Mr. Ezell in the therapy room this morning — I stayed with him start to finish for the balance work.
            97112 Neuromuscular re-ed, 25 min:
              stood on a sofa cushion feet together, eyes open then closed
              heel-toe walking down the hallway turning his head to read the signs on the walls
              side-stepping over a mop handle laid on the floor, then stepping backward to a tap of his cane
            Why: numb feet from sugar diabetes — can't feel where his feet are, leans back and depends on his eyes; fell in the yard twice since Christmas
            Numbers: Romberg EC on the cushion 8 s (2 s first visit); Berg 42/56
            Home program: same 3 drills at the kitchen counter daily; wife to stand by.
            """,
            ["E11.42", "Z91.81"], [PT("97112", 25)], []),

        // Louisiana: "Done in the after-school team rehab block with 3 other Catholic High athletes; ATC and I rotated through the group": not one-on-one; BOSU bumps, hop to stick, star toe reaches; L ankle proprioception and peroneal timing; SLS EC and k of 10 present.
        ["v1-h43-newiberia-team-rehab-block"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE — New Iberia
            Athlete: 16 y/o F, volleyball (OH), L inversion ankle sprain 4 wks
            97112 — 22 min. Done in the after-school team rehab block with 3 other Catholic High athletes; ATC and I rotated through the group.
            - SL stance L on the BOSU dome bumping a volleyball back to a partner
            - lateral hop to stick on the L, freeze 2 s
            - star-pattern toe reaches from L stance
            Deficit: ↓ L ankle proprioception, late peroneal firing — rolls out on landing at the net
            L SLS EC 12 s (R 25 s); lateral hop-to-stick 7/10 clean landings
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Crawfish farmer after THA, complete (wobble board, Airex step-and-hold, narrow-base walking with shoulder checks; abductor timing and stance postural control; SLS and turn steps; flat-boat goal) — but nothing states how the session was delivered.
        ["v1-h43-breauxbridge-crawfish-farmer-unstated"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE & REHAB — Breaux Bridge
            Pt: 74 y/o M, crawfish farmer, L THA 10 wks; runs his traps from a flat boat
            NMR 97112 — 24 min
            Tx: wobble board w/ L foot forward, rocking A/P; step-and-hold onto an Airex pad w/ the L; narrow-base walking while turning to look over each shoulder
            Deficit: L hip abductor timing ↓ and L stance postural control ↓ — pelvis drops to the R, wide base when turning
            Objective: L SLS 6 s (2 s at IE); 360° turn 7 steps
            Goal: step from the levee into the flat boat to run his traps
            """,
            ["Z96.642", "Z47.1"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // PTA 97116 on treadmill #2 "while I also cued another pt on treadmill #1": 97116 has no one-on-one check; treadmill and SPC gait training, speed, 300 ft SBA; hip flexor weakness, short step and trunk lean after THA: passes.
        ["v1-h43-clearlake-pta-97116-second-treadmill"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Clear Lake) — PTA note
            97116 Gait — 15 min
            Pt on treadmill #2 while I also cued another pt on treadmill #1.
            Treadmill gait training at 1.4 mph, 0% incline: cues for heel strike and a longer R step; then overground in the hall w/ SPC, 300 ft x 2 SBA
            Deviations: R hip flexor weakness and short R step after R THA; forward trunk lean
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 15)], []),

        // Epic "Direct one-on-one contact: 23 of 23 timed minutes (no other pt scheduled with this PT)" states it and the 23 matches; half-kneel rhythmic stabilization, band-resisted gait, target step-ups; R recruitment and timing after CVA; Berg and 10MWT: passes.
        ["v1-h43-spartanburg-direct-contact-23-of-23"] = new(
            """
            SRRH OUTPATIENT REHAB — SPARTANBURG (WESTSIDE) · PT Daily Note
            Neuromuscular Re-education (97112)
            Direct one-on-one contact: 23 of 23 timed minutes (no other pt scheduled with this PT)
            Interventions: PNF rhythmic stabilization in half-kneeling; resisted gait w/ theraband at the pelvis (forward/lateral); step-ups onto a 6-in step w/ R foot placement to a target
            Impairments: ↓ R LE motor recruitment and timing (L MCA CVA 2025), R knee hyperextension in stance
            Measures: Berg 47/56; 10MWT 0.81 m/s
            Assessment: Pt tolerated tx well w/o c/o. Progressing toward community ambulation w/o device.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // Epic 97110 in a "Semi-private ortho slot (2 pts : 1 PT)": 97110 has no one-on-one check; bike revolutions, heel slides, quad sets, SAQ, TKE with doses; R TKA AROM and lag; Catawba bank-fishing goal: passes.
        ["v1-h43-rockhill-semi-private-97110"] = new(
            """
            SRRH OUTPATIENT REHAB — ROCK HILL · PT Daily Note
            Semi-private ortho slot (2 pts : 1 PT) — pt and another post-op knee pt exercised side by side.
            Therapeutic Exercise (97110): 18 min
            - recumbent bike seat 7, full revolutions fwd/back x 40
            - heel slides w/ strap 2 x 15
            - quad sets w/ 5 s hold x 15
            - SAQ over a bolster 2 x 15 @ 2 lb
            - standing TKE w/ blue band 2 x 15
            R TKA 4 wks: knee AROM 8–98°, quad lag 10°
            Goal: walk down the bank and fish the Catawba from his folding chair
            Pt tolerated tx well w/o c/o.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 18)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Epic delivery field left as the unresolved SmartLink "@TXDELIVERY@": not stated; X1 on foam, hallway head turns calling letters, foam EC nods; R vestibular hypofunction with oscillopsia; DGI and DVA present.
        ["v2-h43-athens-delivery-smartlink-unresolved"] = new(
            """
            SRRH OUTPATIENT REHAB — ATHENS · PT Daily Note
            .PTDAILY
            Treatment delivery: @TXDELIVERY@
            Neuromuscular Re-education (97112): 22 min
            - gaze stabilization X1 horizontal, standing on foam, business card at arm's length
            - walking the hallway w/ head turns, calling out letters taped on the walls
            - standing on foam, eyes closed, slow head nods
            Impairments: R peripheral vestibular hypofunction (neuritis Jan 2026) — oscillopsia w/ quick head turns, unsteady in the Kroger aisles
            Measures: DGI 17/24 (13/24 at eval); DVA 3-line loss
            Pt tolerated tx well w/o c/o.
            """,
            ["H81.21"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Epic technique field left as the unresolved SmartList "{NMR INTERVENTIONS:30522}" and nothing else names one: technique missing; one-on-one, postural control and stepping deficit after hip fracture, BBS and TUG present, no generic phrase.
        ["v2-h43-gainesville-technique-smartlist-unresolved"] = new(
            """
            SRRH OUTPATIENT REHAB — GAINESVILLE (GA) · PT Daily Note
            Treatment delivery: Individual / one-on-one
            Neuromuscular Re-education (97112): 20 min
            NMR interventions: {NMR INTERVENTIONS:30522}
            Impairments: ↓ postural control and delayed stepping response after L hip fracture (ORIF 12/2025)
            Measures: BBS 44/56; TUG 14.6 s w/ SPC
            """,
            ["S72.002D"], [PT("97112", 20)], [At(Tech, "97112")]),

        // Houston flowsheet question "Constant attendance by treating clinician (1:1)? YES" and a Code | Min | Units row (25 matches); stride-stance perturbations, Airex trunk rotation with med ball, agility-ladder stepping; reactive stepping and neuropathic proprioception; Mini-BESTest and SLS: passes.
        ["v2-h43-katy-attendance-question-yes"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Katy) · Daily Flowsheet
            Constant attendance by treating clinician (1:1)? YES
            Code  | Min | Units
            97112 | 25  | 2
            Interventions: perturbation training in stride stance (pushes at the shoulders/pelvis, unannounced); SL stance on an Airex w/ trunk rotation passing a med ball; agility-ladder stepping fwd/lateral without looking down
            Deficit: delayed reactive stepping and ↓ R ankle proprioception (peripheral neuropathy)
            Objective: Mini-BESTest 19/28; R SLS 4 s
            """,
            ["G62.9", "R26.81"], [PT("97112", 25)], []),

        // PTA template "Impairments targeted today: [ ] balance/postural control [ ] proprioception [ ] coordination [ ] vestibular" with no box ticked and no impairment written anywhere: deficit missing; 1:1, BAPS, beam tandem, half-dome catches and seconds/steps present.
        ["v2-h43-sugarland-impairment-boxes-unchecked"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Sugar Land) — PTA daily
            Tx type: 1:1 w/ PTA
            NMRE 97112 — 22 min
            Impairments targeted today:  [ ] balance/postural control   [ ] proprioception   [ ] coordination   [ ] vestibular
            Activities: BAPS board level 3, clockwise/counter x 20 each; tandem walk on a 2x4 beam fwd/back x 4 lengths; SL stance on a half-dome w/ ball toss
            Objective: SL stance on the half-dome 14 s; tandem on the beam 12 steps before a step-off
            — PTA signature on file
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // Florida PD visit whose outcome line reads "Berg — deferred (pt fatigued) TUG — deferred Pull test — deferred" and no other number: no measure; individual session, line-cued big steps, guarded backward walking, counted sit-to-stand; shuffling, retropulsion and freezing present.
        ["v2-h43-springhill-outcomes-deferred"] = new(
            """
            NATURE COAST REHAB & BALANCE — Spring Hill
            Session: individual, PT hands-on throughout
            97112 NMR — 23 min
            Tx: large-amplitude stepping over floor lines (visual cues); backward walking w/ PT guarding at the belt; sit-to-stand w/ forward weight shift on a count
            Deficit: PD — shuffling steps, retropulsion, freezing at doorways
            Outcome measures:  Berg — deferred (pt fatigued)   TUG — deferred   Pull test — deferred
            Plan: re-test next visit
            """,
            ["G20.A1"], [PT("97112", 23)], [At(Measure, "97112")]),

        // Alabama paper form "Seen: individually _X_ with group ___" states one-on-one; rocker board at the counter, folded-quilt head turns, porch-height step-and-hold; L weight acceptance and sequencing after stroke; SLS and TUG: passes.
        ["v2-h43-livingston-seen-individually-x"] = new(
            """
            TOMBIGBEE RURAL HEALTH CLINIC — Livingston site · PT (Tuesday clinic)
            Seen:  individually _X_    with group ___
            97112 — 22 min
             - rocker board side to side holding the counter, then hands free
             - standing on a doubled-over bath rug, feet together, turning her head side to side
             - stepping up onto a porch-height step (7 in.) and holding 3 s on the L
            Problem: L leg drags and the knee buckles in stance — L hemiparesis after stroke (2024); poor L weight acceptance and sequencing
            Measures: L SLS 3 s (0 at first visit); TUG 18.2 s w/ quad cane
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // Same Alabama form with both blanks empty "Seen: individually ___ with group ___": not stated; wobble board at the sink rail, carpet-seam tandem, eyes-closed stand-and-turn; chemo neuropathy with wide base; tandem and Berg present.
        ["v2-h43-linden-seen-blanks-empty"] = new(
            """
            TOMBIGBEE RURAL HEALTH CLINIC — Linden site · PT (Tuesday clinic)
            Seen:  individually ___    with group ___
            97112 — 24 min
             - weight shifts fwd/back on a wobble board at the sink rail
             - tandem walking along the hallway carpet seam, eyes on the far door
             - sit → stand → turn → sit from a kitchen chair, eyes closed on the stand
            Problem: ↓ proprioception in both feet and ankles (neuropathy after chemo for breast cancer), wide base, veers in the dark
            Measures: tandem stance 6 s; Berg 46/56
            """,
            ["G62.9", "R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Louisiana "Session: Individual (N) Team session (Y)": not one-on-one; band-resisted shuffles, drop-landing freeze, foam SL squat with catch; dynamic valgus and co-activation after ACLR; valgus k of 10 and hop cm present.
        ["v2-h43-stmartinville-team-session-y"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE — St. Martinville
            Session:  Individual (N)   Team session (Y)
            97112 — 20 min
            Athlete: 17 y/o M, linebacker, R ACL reconstruction (BTB) 5 mos
            - band-resisted lateral shuffles to a stick on the R
            - drop-landing from a 12-in box, freeze 3 s, knee over toes
            - SL squat on foam w/ a reactive ball catch
            Deficit: R dynamic knee valgus on landing, delayed quad/hamstring co-activation
            Objective: R drop-landing valgus 3/10 (7/10 at week 12); single-leg hop R 118 cm / L 141 cm
            """,
            ["S83.511D", "Z98.890"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Louisiana "Session: Individual (Y) Team session (N)" states one-on-one; two-step and quarter turns to zydeco with belt guarding, foam SL cone taps, rope step-over and stop; L knee proprioception on turns; SLS and FGA; fais do-do goal: passes.
        ["v2-h43-abbeville-individual-y"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE & REHAB — Abbeville
            Session:  Individual (Y)   Team session (N)
            Pt: 81 y/o F, dances at the Saturday fais do-do; L TKA 12 wks
            97112 — 21 min
            - two-step pattern fwd/back and quarter turns on the mat to a slow zydeco track, PT guarding at the belt
            - L SL stance on a foam pad tapping the R toe to 3 cones
            - stepping over a rope, then stopping on cue
            Deficit: ↓ L knee proprioception and slow L stance control on turns; hesitates to weight the L
            Objective: L SLS 7 s (2 s at IE); FGA 22/30
            """,
            ["Z96.652"], [PT("97112", 21)], []),

        // PTA gait note with "Assist: (select)" and "Distance ambulated: ___ ft x ___" never filled and no number anywhere: no measure on 97116; RW → SPC training, step-through, turns and curb ramp; short step and trunk lean after THA present.
        ["v2-h43-pasadena-pta-gait-assist-select"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Pasadena) — PTA Gait Note
            97116 Gait training
            Device: rolling walker → SPC trial
            Assist: (select)     Distance ambulated: ___ ft  x ___
            Training: heel-toe pattern, step-through w/ the SPC, turns in the hallway, up and down the curb ramp at the back entrance
            Deviations: short L step, ↓ L hip extension at terminal stance, forward trunk lean after L THA
            """,
            ["Z96.642", "Z47.1"], [PTA("97116", 16)], [At(Measure, "97116")]),

        // Epic 97110 with a leftover "HEP updated: {YES/NO:21151}" in an unrelated field; press-ups, bird dog, banded bridges, nerve glides with doses; L5 radicular pain, lumbar extension and hip grade: passes.
        ["v2-h43-florence-epic-hep-smartlist-leftover-97110"] = new(
            """
            SRRH OUTPATIENT REHAB — FLORENCE (SC) · PT Daily Note
            Therapeutic Exercise (97110): 16 min
              Prone press-ups 2 x 10
              Bird dog 2 x 10 w/ 3 s hold
              Supine bridging w/ band at the knees 2 x 12
              Seated sciatic nerve glides 2 x 10
            Impairment: L L5 radicular pain to the lateral calf, ↓ lumbar extension, L hip ext 4-/5
            HEP updated: {YES/NO:21151}
            Assessment: Pt tolerated tx well w/o c/o; leg symptoms centralized to the buttock after press-ups.
            """,
            ["M54.16"], [PT("97110", 16)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // High-school pitcher on the Advanced Thrower's Ten, phase II (90/90 tubing, prone horizontal abduction with ER, side-lying ER, rows with doses); R GIRD degrees and ER grade; full-game goal: 97110 passes.
        ["v3-h43-newiberia-advanced-throwers-ten-97110"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE — New Iberia
            Athlete: 17 y/o M, RHP (baseball), R shoulder internal impingement
            97110 — 18 min
            Advanced Thrower's Ten, phase II:
             - 90/90 ER/IR w/ yellow tubing 2 x 15
             - prone horizontal abduction w/ full ER 2 x 10 @ 2 lb
             - side-lying ER 2 x 12 @ 3 lb
             - seated rows w/ scapular retraction hold 3 s, 2 x 15
            Impairment: R GIRD 22° vs L, R ER 4/5, posterior cuff fatigue by the 4th inning
            Goal: pitch a full 7 innings in district play
            """,
            ["M75.41"], [PT("97110", 18)], []),

        // Florida Alter-G anti-gravity treadmill at 70 → 80 % body weight and 1.5 mph, then SPC 200 ft mod I; antalgic pattern and hip extension after THA; boardwalk goal: 97116 passes.
        ["v3-h43-crystalriver-alter-g-97116"] = new(
            """
            NATURE COAST REHAB & BALANCE — Crystal River
            97116 Gait training — 17 min
            Alter-G anti-gravity treadmill: 70% body weight → 80% BW, 1.5 mph, 0.3 mi total; cues for equal step length and heel strike on the L
            Then overground w/ SPC in the hallway 200 ft x 2, mod I
            Gait deviations: L antalgic pattern, short R step, ↓ L hip ext after L THA (wk 7)
            Goal: walk the Fort Island beach boardwalk with her grandson
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 17)], []),

        // Teen point guard: Peterson step-ups, Stroops Slastix lateral band walks, Spanish squat holds, side plank with abduction (doses); R anterior knee pain, abductor grade and VMO lag: 97110 passes.
        ["v3-h43-opelousas-peterson-stroops-97110"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE — Opelousas
            Athlete: 15 y/o F, basketball (PG), R patellofemoral pain
            97110 — 16 min
            Peterson step-ups off a 6-in step 3 x 10 R
            Stroops Slastix lateral band walks 3 x 25 ft each way
            Spanish squat w/ strap, 4 x 30 s holds
            Side plank w/ top-leg abduction 2 x 8 each side
            Problem: R anterior knee pain w/ stairs and landing; R hip abductors 4-/5, VMO lag in terminal extension
            """,
            ["M22.2X1"], [PT("97110", 16)], []),

        // Sportsmetrics jump-training drills and lateral bound-and-hold onto an Airex, one-on-one, Tuck Jump Assessment score and k of 6 — but no impairment, system or deficit written for the pre-season athlete: deficit missing.
        ["v3-h43-abbeville-sportsmetrics-no-deficit"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE — Abbeville
            Athlete: 15 y/o F, soccer (defender), pre-season
            97112 — 23 min — one-on-one with me in the turf room, no other athletes
            Sportsmetrics jump training, week 3 drills: wall jumps, tuck jumps, broad jump to stick, 180° jumps — coached on soft, quiet landings
            Lateral bound-and-hold onto an Airex, 2 x 6 each side
            Tuck Jump Assessment score 4 (7 in week 1); broad jump to stick 5/6 held 3 s
            """,
            ["M62.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // Cawthorne–Cooksey standing stage and eyes-open/closed slope walking, PT one-on-one, chronic L vestibular hypofunction with visual dependence — but no number anywhere but the code and the minutes: no measure.
        ["v3-h43-homosassa-cawthorne-cooksey-no-number"] = new(
            """
            NATURE COAST REHAB & BALANCE — Homosassa
            97112 — 22 min — PT one-on-one, private treatment room
            Cawthorne-Cooksey exercises, standing stage: eye and head movements w/ a ball tossed hand to hand above eye level, bending to pick up objects from the floor, turning around in standing
            Walking across the room w/ eyes open then closed, up and down the ramp
            Impairment: chronic L vestibular hypofunction — dizziness and loss of balance turning in the kitchen; visual dependence in busy stores
            Pt felt less "swimmy" by the end. Cont POC.
            """,
            ["H81.92"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Epic 97140: supine thoracic HVLA thrust T4–T6, cervical SNAGs into R rotation in sets, suboccipital inhibition; mid-thoracic hypomobility and rotation degrees before/after: passes.
        ["v3-h43-macon-epic-hvla-snags-97140"] = new(
            """
            SRRH OUTPATIENT REHAB — MACON · PT Daily Note
            Manual Therapy (97140): 10 min
            - supine thoracic HVLA thrust T4–T6 (1 cavitation)
            - sustained natural apophyseal glides (SNAGs) into R cervical rotation, 3 x 6 in sitting
            - suboccipital inhibition
            Impairment: mid-thoracic hypomobility; R cervical rotation limited to 48° (62° after); R neck pain checking his blind spot
            Pt tolerated tx well w/o c/o.
            """,
            ["M54.6", "M54.2"], [PT("97140", 10)], []),

        // Epic LiteGait body-weight-supported treadmill training with cues, foot drop and recurvatum after CVA — no distance, speed, support level, assistance level or any number: no measure on 97116.
        ["v3-h43-wilson-epic-litegait-no-number-97116"] = new(
            """
            SRRH OUTPATIENT REHAB — WILSON (NC) · PT Daily Note
            Gait Training (97116)
            Body-weight-supported treadmill training in the LiteGait harness; cues for upright trunk, heel first on the L and knee control in stance
            Deviations: L foot drop, L knee hyperextension in stance, short R step (R MCA CVA)
            Pt tolerated tx well w/o c/o.
            """,
            ["I69.354"], [PT("97116", 16)], [At(Measure, "97116")]),

        // PTA 97530: car transfers into her Camry using a Handybar (min A → CGA), SPC curb steps SBA, carrying an H-E-B bag 25 ft; posterior hip precautions and weakness after THA; church and grocery goal: passes.
        ["v3-h43-sugarland-pta-handybar-car-97530"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Sugar Land) — PTA note
            97530 Ther activity — 20 min
            Car transfer training in the clinic's car simulator, then her own Camry in the lot, using a Handybar in the door striker: 4 reps each, min A → CGA
            Curb step-up/down w/ SPC x 5, SBA
            Carrying an H-E-B bag (5 lb) from the trunk 25 ft x 3, SBA
            Problem: R hip weakness and posterior hip precautions after R THA
            Goal: ride to church and the grocery store with her daughter
            """,
            ["Z96.641", "Z47.1"], [PTA("97530", 20)], []),

        // Balance Master training (rhythmic weight shifts, limits-of-stability targets, feedback sit-to-stand) and sway-referenced foam stance, one-on-one; poor vestibular use and posterior lean; SOT composite and LOS %: passes.
        ["v3-h43-ocala-balance-master-97112"] = new(
            """
            NATURE COAST REHAB & BALANCE — Ocala (On Top of the World)
            97112 — 24 min. One-on-one; PT at the platform the whole session.
            Balance Master training: rhythmic weight shifts L/R and A/P, limits-of-stability target practice, then sit-to-stand w/ equal-weight-bearing feedback
            Foam stance w/ the visual surround sway-referenced (sensory conflict)
            Deficit: poor use of vestibular input (falls in SOT conditions 5 and 6), posterior lean
            SOT composite 58 (49 at IE); LOS maximum excursion 72%
            """,
            ["R26.81", "H81.93"], [PT("97112", 24)], []),

        // Alabama Frenkel exercises (heel slides to marks, heel-to-shin to called targets, footprint placement to a count), one-on-one; sensory ataxia from B12 deficiency; heel-to-shin k of 10 and Romberg seconds: passes.
        ["v3-h43-butler-frenkel-exercises"] = new(
            """
            TOMBIGBEE RURAL HEALTH CLINIC — Butler, AL · PT (Tuesday clinic)
            Weekly visit #3
            97112 — 23 min, one-on-one (no one else in the therapy room)
            Frenkel exercises: supine heel slides to marks on the sheet; heel-to-shin placement to called targets; standing foot placement onto floor footprints at a slow count
            Standing weight shifts in the corner w/ a chair in front
            Problem: sensory ataxia — can't tell where his feet are without looking (vitamin B12 deficiency), stamps his feet when he walks
            Objective: heel-to-shin 6/10 on target (2/10 at first visit); Romberg positive at 4 s
            """,
            ["E53.8", "R27.0"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Epic PD: "Exam findings today: start hesitation at doorways, en bloc turning, ↓ arm swing B, 3 steps of retropulsion on the pull test" are the deficits; four-square stepping and turning, laser-line doorway approach, belt-tug backward steps; individual; TUG: passes.
        ["v4-h43-gastonia-epic-en-bloc-turning"] = new(
            """
            SRRH OUTPATIENT REHAB — GASTONIA · PT Daily Note
            Tx delivery: individual — PT with this pt only for the whole NMR block
            Neuromuscular Re-education (97112): 22 min
            Exam findings today: start hesitation at doorways, en bloc turning, ↓ arm swing B, 3 steps of retropulsion on the pull test
            Interventions: large-amplitude side stepping and turning in a 4-square grid; doorway approach w/ a laser line on the floor as a visual cue; backward stepping after a tug at the gait belt
            TUG 13.9 s (16.4 s at eval)
            Pt tolerated tx well w/o c/o.
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // PTA gait: "R hip hiking and circumduction to clear the R foot, R toe catch at mid-swing, ↓ R knee flexion in swing" over a stiff TKA knee is the impairment; SPC training with knee-bend cues and line step-overs; 180 ft SBA: 97116 passes.
        ["v4-h43-kingwood-pta-hip-hiking-97116"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Kingwood) — PTA gait note
            97116 — 15 min
            Gait: R hip hiking and circumduction to clear the R foot, R toe catch at mid-swing, ↓ R knee flexion in swing (stiff R knee after R TKA, flexion 85°)
            Gait trng w/ SPC: cue "bend the knee" each R swing, heel strike; marching-in-place drill before each pass; stepping over a 2-in line on the floor
            Ambulated 180 ft x 3 SBA
            """,
            ["Z96.651"], [PTA("97116", 15)], []),

        // "MAS 1+ L ankle plantarflexors, 3 beats of clonus … knee snaps back … lands on the forefoot" is the motor deficit; wedge weight shifts, tapping step-ups, stride-stance rhythmic stabilization; "with her the whole time and saw no other pt"; 10MWT and % weight bearing: passes.
        ["v4-h43-inverness-spasticity-clonus"] = new(
            """
            NATURE COAST REHAB & BALANCE — Inverness
            97112 — 24 min — I was with her the whole time and saw no other pt; her husband waited in the lobby
            Findings: MAS 1+ L ankle plantarflexors, 3 beats of clonus L on quick stretch; L knee snaps back in stance; L foot lands on the forefoot (R MCA stroke, 2025)
            Tx: standing weight shifts onto the L w/ the L foot on a DF wedge; L step-ups w/ tapping over the L quad and glutes; rhythmic stabilization in stride stance, L foot back
            Measures: 10MWT 0.62 m/s; L LE weight bearing 41% on the scale (33% at IE)
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // Epic "Hawkins-Kennedy + and Neer + R; painful arc 80–110° abduction; R ER 4-/5 w/ pain" is the region and impairment; sidelying ER, prone row with ER, scaption, serratus punch, wall slides with doses: 97110 passes.
        ["v4-h43-anderson-epic-hawkins-neer-97110"] = new(
            """
            SRRH OUTPATIENT REHAB — ANDERSON (SC) · PT Daily Note
            Therapeutic Exercise (97110): 16 min
            Findings: Hawkins-Kennedy + and Neer + R; painful arc 80–110° abduction; R ER 4-/5 w/ pain
            Interventions: sidelying ER 2 x 15 @ 2 lb; prone row w/ ER 2 x 12 @ 2 lb; scaption to 90° 2 x 10 @ 1 lb; supine serratus punch 2 x 15; wall slides 2 x 10
            Pt tolerated tx well w/o c/o.
            """,
            ["M75.41"], [PT("97110", 16)], []),

        // "L 1st MTP extension 22° (R 60°), dorsal bump at the joint, pain at push-off — hallux rigidus" is the region and impairment; MTP distraction and dorsal glide grade III in bouts, sesamoid mobilization; 30° after: 97140 passes.
        ["v4-h43-opelousas-hallux-rigidus-97140"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE & REHAB — Opelousas
            Pt: 66 y/o F, walks 2 miles on the levee path every morning
            97140 — 10 min
            L 1st MTP extension 22° (R 60°), dorsal bump at the joint, pain at push-off — hallux rigidus
            1st MTP long-axis distraction 3 x 30 s; dorsal glide of the proximal phalanx grade III 3 x 30 s; sesamoid mobilization
            After: 1st MTP ext 30°
            """,
            ["M20.22"], [PT("97140", 10)], []),

        // Cross-country runner: "Noble compression test + R at 30° knee flexion; R hip abductors 4-/5; R pelvic drop on step-down" is the finding; sidelying abduction, SL bridge, band walks, level-pelvis step-downs with doses: 97110 passes.
        ["v4-h43-newiberia-noble-compression-97110"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE — New Iberia
            Athlete: 16 y/o M, cross-country
            97110 — 15 min
            Findings: Noble compression test + R at 30° knee flexion; R hip abductors 4-/5; R pelvic drop on step-down
            Sidelying hip abduction 3 x 12 @ 2 lb; single-leg bridge 3 x 10 R; lateral band walk 3 x 25 ft; step-downs off a 6-in box 2 x 10 w/ a level pelvis
            """,
            ["M76.31"], [PT("97110", 15)], []),

        // Alabama: "L foot drop since he sat cross-legged on the fishing pier all day … DF 2/5, eversion 3-/5, foot slaps, lifts the knee high" is the deficit; gait training with a new AFO on tile, gravel and ramp; 200 ft SBA / mod I: 97116 passes.
        ["v4-h43-york-fishing-pier-foot-drop-97116"] = new(
            """
            TOMBIGBEE RURAL HEALTH CLINIC — York site · PT (Tuesday clinic)
            97116 — 16 min
            L foot drop since he sat cross-legged on the fishing pier all day (peroneal nerve compression): DF 2/5, eversion 3-/5, the L foot slaps and he lifts the knee high to clear it
            Gait training w/ the new off-the-shelf L AFO: heel-first cue, even steps; tile hallway, then the gravel lot and the ramp
            Ambulated 200 ft x 2, SBA on gravel; mod I on tile
            """,
            ["M21.372", "G57.32"], [PT("97116", 16)], []),

        // PTA 97112 whose screen is all negative ("sensation intact … position sense 10/10 B; no nystagmus; finger-to-nose and heel-to-shin smooth; no LOB") and no deficit anywhere: deficit missing; 1:1, Airex head turns, hurdle shuffles, half-dome holds, seconds and Berg present.
        ["v4-h43-katy-pta-screen-all-negative"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Katy) — PTA daily
            Tx type: 1:1 w/ PTA (only pt on my schedule that hour)
            NMRE 97112 — 20 min
            Screen today: sensation intact to light touch B feet; great-toe position sense 10/10 B; no nystagmus; finger-to-nose and heel-to-shin smooth; no LOB in quiet stance
            Activities: SL stance on the Airex w/ head turns; lateral shuffles over a row of 4-in hurdles; stepping onto a half-dome and holding
            Objective: SL stance on Airex 15 s B; Berg 53/56
            """,
            ["R26.81"], [PTA("97112", 20)], [At(Deficit, "97112")]),

        // Alabama 97110 "Screen: strength and ROM within normal limits throughout, no pain, walks without a limp" with sit-to-stands, step-ups, marches and mini-squats in doses — no region, impairment or goal written: deficit missing.
        ["v4-h43-demopolis-strength-rom-wnl-97110"] = new(
            """
            TOMBIGBEE RURAL HEALTH CLINIC — Demopolis · PT (Tuesday clinic)
            Weekly visit #6
            97110 — 15 min
            Sit-to-stand from the exam-room chair 3 x 10; step-ups onto the 7-in step 2 x 12; standing marches 2 x 20; mini-squats at the counter 2 x 12
            Screen: strength and ROM within normal limits throughout, no pain, walks without a limp
            Pt doing the HEP most days.
            """,
            ["M62.81"], [PT("97110", 15)], [At(Deficit, "97110")]),

        // Cleared quarterback's maintenance 97112: "Screen today: no deficits found — SL balance, landing mechanics and hop symmetry all within normal limits"; one-on-one, light-cued cutting, deceleration sticks, foam bound-and-freeze; hop LSI and SLS EC present: deficit missing.
        ["v4-h43-breauxbridge-cleared-qb-no-deficits"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE — Breaux Bridge
            Athlete: 16 y/o M, football (QB), 9 mos after R ACL reconstruction — cleared by Dr. Landry last week
            97112 — 22 min — one-on-one in the turf room, nobody else there
            Return-to-sport maintenance: reactive cutting to the direction I call; deceleration to a stick; lateral bound-and-freeze onto a foam pad; backpedal-to-plant drill
            Screen today: no deficits found — SL balance, landing mechanics and hop symmetry all within normal limits
            Hop testing: single hop LSI 98%, triple hop LSI 97%; SL stance EC 30 s B
            """,
            ["S83.511D", "Z98.890"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Epic "Outcome Measures / Today / Eval (1/28)" table (Berg 48/56 vs 39/56, TUG 11.2 vs 16.9 s, Functional Reach 9 vs 5 in); pelvic perturbations, tray-carry beam walking, obstacle course; reactive and dual-task postural control after hemiarthroplasty; 1:1: passes.
        ["v5-h43-hickory-epic-outcome-table"] = new(
            """
            SRRH OUTPATIENT REHAB — HICKORY · PT Daily Note
            Tx delivery: 1:1, PT with pt for the entire NMR block
            Neuromuscular Re-education (97112): 25 min
            - step-stance perturbations at the pelvis, A/P and M/L, unpredictable timing
            - walking on a foam balance beam carrying a tray w/ two cups (dual task)
            - obstacle course: step over 3 hurdles, around a cone, sit to a chair
            Impairments: ↓ reactive postural control and dual-task balance after R hip hemiarthroplasty
            Outcome Measures          Today      Eval (1/28)
              Berg Balance Scale      48/56      39/56
              TUG (s)                 11.2       16.9
              Functional Reach (in)   9          5
            Pt tolerated tx well w/o c/o.
            """,
            ["S72.001D", "Z96.641"], [PT("97112", 25)], []),

        // Florida MA note "SPPB today 8/12: balance 3 (tandem 6 s), gait speed 0.74 m/s, 5 chair stands 13.8 s"; counter tandem with head turns, foam step-on/off, feet-together beach-ball catches; M/L postural control and slow stepping; seen one-on-one: passes.
        ["v5-h43-springhill-sppb-with-parts"] = new(
            """
            NATURE COAST REHAB & BALANCE — Spring Hill
            MA plan: Florida Blue Medicare — visit 9 of 12 authorized
            97112 — 22 min — seen one-on-one
            SPPB today 8/12: balance 3 (tandem 6 s), gait speed 0.74 m/s, 5 chair stands 13.8 s
            Tx: semi-tandem and tandem at the counter w/ head turns; stepping onto and off a foam pad; catching a beach ball while standing feet together
            Deficit: ↓ M/L postural control in narrow stance, slow stepping response; 3 falls in the past year (one on the lanai)
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // PTA "HHD knee ext R 18.2 kg / L 26.5 kg (R 12.4 kg at IE)" with leg press, knee extension, curls and wall sits at loads; R quad weakness after TKA; Brays Bayou trail goal: 97110 passes.
        ["v5-h43-bellaire-pta-hhd-kg-97110"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Bellaire) — PTA daily note
            Supervising PT: L. Okafor, PT
            97110 — 18 min
            Leg press 3 x 12 @ 70 lb; knee ext machine 90–30° 3 x 10 @ 15 lb (R); hamstring curl 3 x 12 @ 25 lb; wall sit 3 x 30 s
            HHD knee ext R 18.2 kg / L 26.5 kg (R 12.4 kg at IE)
            R quad weakness 11 wks after R TKA; still goes down stairs one step at a time
            Goal: walk the Brays Bayou trail with his wife and take stairs reciprocally
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 18)], []),

        // Softball catcher after ACLR: hop distances in cm (single, triple, crossover, L vs R); squat-to-throw on a wobble disc, reactive lunges, foam hop-and-hold; valgus, hamstring timing and fatigued proprioception; one-on-one: passes.
        ["v5-h43-stmartinville-hop-distances-cm"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE — St. Martinville
            Athlete: 16 y/o F, softball (catcher), L ACL reconstruction (hamstring graft) 7 mos
            97112 — 24 min — just her and me on the turf, one-on-one
            - squat-to-throw from the catcher's stance w/ the L foot on a wobble disc
            - reactive lateral lunges to a pointed direction, stick 2 s
            - SL hop-and-hold on the L onto a foam square
            Deficit: L knee valgus on deceleration, late hamstring co-activation, ↓ L proprioception when fatigued
            Hop testing: single hop L 132 cm / R 151 cm; triple hop L 398 cm / R 452 cm; crossover hop L 341 cm / R 389 cm
            """,
            ["S83.512D", "Z98.890"], [PT("97112", 24)], []),

        // Alabama gait "measured with the wheel: 180 ft x 2, stand-by assist; curb up/down x 4 with CGA"; quad-cane path and curb training, longer L step; R hemiparesis with toe catch; mailbox goal: 97116 passes.
        ["v5-h43-linden-measuring-wheel-97116"] = new(
            """
            TOMBIGBEE RURAL HEALTH CLINIC — Linden site · PT (Tuesday clinic)
            97116 Gait — 16 min
            Walked the path from the clinic door to the road and back w/ his quad cane, measured with the wheel: 180 ft x 2, stand-by assist; curb up/down x 4 with CGA
            Worked on a longer L step and heel first on the R
            Problem: R hemiparesis after stroke — R toe catch, slow cadence, short L step
            Goal: walk to his mailbox at the end of the gravel drive
            """,
            ["I69.351"], [PT("97116", 16)], []),

        // Epic 97140 "R SLR 45° pre → 58° post" with L4-S1 central PA grade III in bouts, rotation mobilization, STM; lumbar extension and buttock pain sitting in the truck: passes.
        ["v5-h43-lumberton-epic-slr-pre-post-97140"] = new(
            """
            SRRH OUTPATIENT REHAB — LUMBERTON · PT Daily Note
            Manual Therapy (97140): 12 min
            - L4-5 and L5-S1 central PA, grade III, 3 bouts of 30 s each level
            - R sidelying lumbar rotation mobilization, grade III
            - STM R QL and lumbar paraspinals
            Impairment: ↓ lumbar extension; R SLR 45° pre → 58° post; R buttock pain sitting in the truck
            Pt tolerated tx well w/o c/o.
            """,
            ["M54.41"], [PT("97140", 12)], []),

        // PTA 97110 "Ther ex per exercise flowsheet (sets/reps/weights recorded there)" — the flowsheet is not in the note, and no set, repetition, load or number is: no measure; exercises, R knee weakness and dog-walking goal present.
        ["v5-h43-pasadena-pta-doses-on-flowsheet-97110"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Pasadena) — PTA daily note
            97110 — 15 min
            Ther ex per exercise flowsheet (sets/reps/weights recorded there): quad sets, SAQ, SLR, sidelying hip abduction, standing TKE w/ band
            R knee weakness after R TKA — quad lag, slow on stairs
            Goal: get back to walking the dog around the block
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // Epic 97116 "Pt ambulated in the hallway and on the outdoor sidewalk with RW … Gait quality improving" — no distance, assistance level or number: no measure; cues and turning practice with flexed, shuffling gait present.
        ["v5-h43-greenwood-epic-gait-improving-no-number"] = new(
            """
            SRRH OUTPATIENT REHAB — GREENWOOD (SC) · PT Daily Note
            Gait Training (97116):
            Pt ambulated in the hallway and on the outdoor sidewalk with RW; VCs for upright posture, ↑ step length and heel strike; practiced turning in a narrow space
            Impairment: flexed posture, short shuffling steps, ↓ B hip extension (deconditioning after a hospital stay)
            Assessment: Pt tolerated tx well w/o c/o. Gait quality improving.
            """,
            ["R26.2", "R53.81"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Florida PD 97112 "Daughter says she isn't grabbing the furniture anymore; balance looks much better" — no number anywhere but the code and minutes: no measure; one-on-one, rocker board, cued stops and turns, foam reaching, anticipatory control and freezing present.
        ["v5-h43-ocala-balance-looks-better-no-number"] = new(
            """
            NATURE COAST REHAB & BALANCE — Ocala
            97112 — 21 min — PT one-on-one throughout
            Tx: weight shifts on the rocker board holding the grab bar; walking w/ quick stops and turns on cue; standing on the foam pad reaching to the shelf
            Deficit: ↓ anticipatory postural control, freezes when turning in tight spaces (PD)
            Daughter says she isn't grabbing the furniture anymore; balance looks much better.
            """,
            ["G20.A1"], [PT("97112", 21)], [At(Measure, "97112")]),

        // Houston 97530 tub stepping with a shower chair, closet-shelf reaching and laundry carrying, R shoulder weakness after cuff repair and a dressing/laundry goal — but no assistance level, repetition, load or number: no measure.
        ["v5-h43-clearlake-97530-no-assist-level"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Clear Lake) — daily note
            97530 — 18 min
            Practiced stepping in and out of the tub over the side w/ her shower chair; reaching up to the closet shelf to hang blouses; carrying a laundry basket from the dryer to the bed
            Problem: R shoulder weakness and ↓ R flexion after rotator cuff repair
            Goal: dress and do her own laundry without her husband's help
            """,
            ["M75.121", "Z98.890"], [PT("97530", 18)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, mismatches, missing separate time

        // Epic "Timed Minutes:" block with dotted leaders "Ther Ex ... 15 / Neuro Re-ed ... 23" and "Total Timed Code Minutes: 38": both match; one-on-one for all timed codes; leg press, step-ups, cuffs; beam tandem, Airex catches, release stepping; proprioception, stepping and abductors; BBS and SLS: passes.
        ["v6-h43-augusta-epic-timed-minutes-block"] = new(
            """
            SRRH OUTPATIENT REHAB — AUGUSTA (WEST) · PT Daily Note
            Treatment delivery: one-on-one for all timed codes
            Therapeutic Exercise (97110): leg press 3 x 10 @ 60 lb; lateral step-ups onto a 6-in step 2 x 12; standing hip abduction w/ cuff 2 x 12 @ 3 lb
            Neuromuscular Re-education (97112): tandem walk on a 2x4 w/ head turns; SL stance on Airex w/ ball toss; reactive stepping after PT release from a forward lean
            Impairments: ↓ R ankle proprioception and delayed protective stepping; R hip abductors 4-/5
            Measures: BBS 49/56; R SLS 6 s
            Timed Minutes:
              Ther Ex ............... 15
              Neuro Re-ed ........... 23
            Total Timed Code Minutes: 38    Total Treatment Time: 38
            Pt tolerated tx well w/o c/o.
            """,
            ["R26.81", "M62.81"], [PT("97110", 15), PT("97112", 23)], []),

        // PTA clock ranges with a/p suffixes "TherEx 2:05p–2:20p" (15) and "NMRE 2:20p–2:43p" (23) both match; 1:1 in that window; leg press, clamshells, step-ups; Airex head turns, ball-pass tandem, half-dome step-and-hold; knee proprioception and hip strategy; SLS and Y-balance: passes.
        ["v6-h43-pearland-pta-clock-ranges-pm-suffix"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Pearland) — PTA daily note
            Supervising PT: R. Villarreal, PT (on site)
            TherEx 2:05p–2:20p: leg press 3 x 10 @ 60 lb; clamshells w/ blue band 2 x 15; step-ups onto a 6-in step 2 x 12
            NMRE 2:20p–2:43p, 1:1 (my only pt in that window): SL stance on Airex w/ head turns; tandem walk w/ ball pass; lateral step-and-hold onto a half-dome
            Impairments: ↓ R knee proprioception, late hip strategy; R glute med 4-/5 (R TKA 10 wks)
            Objective: R SLS 7 s; Y-balance anterior reach R 55 cm / L 62 cm
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 15), PTA("97112", 23)], []),

        // Florida "Minutes — NMR 22 | Gait 13 | TE 10" gives all three codes' minutes, all matching; NMR 1:1 (head-turn tandem, foam step-on/off, stride-stance catches), SPC 250 ft SBA, TE doses; head-movement postural control, quad grade, short step; BBS and TUG: passes.
        ["v6-h43-inverness-three-codes-pipe-minutes"] = new(
            """
            NATURE COAST REHAB & BALANCE — Inverness
            Minutes — NMR 22 | Gait 13 | TE 10
            NMR (1:1, PT w/ pt only): tandem walking w/ head turns; stepping onto foam then off; catching a beach ball in stride stance
            Gait: RW → SPC, 250 ft x 2 SBA; curb and ramp
            TE: seated knee ext 2 x 15 @ 3 lb; standing hip abd 2 x 12; heel raises 2 x 15
            Deficits: ↓ postural control w/ head movement; R quad 4-/5 after R TKA; short L step
            Measures: BBS 46/56; TUG 13.0 s
            """,
            ["Z96.651", "R26.81"], [PT("97112", 22), PT("97116", 13), PT("97110", 10)], []),

        // "MT (97140) x10 min" and "TE (97110) x16 min" both match; GH glides grade III in bouts, STM; pulleys, wand, rows, ER with doses; shoulder OA degrees; accordion at the fais do-do goal: passes.
        ["v6-h43-opelousas-x-minutes-after-code"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE & REHAB — Opelousas
            Pt: 70 y/o M, R shoulder OA; plays accordion in a Cajun band
            MT (97140) x10 min: GH inferior glide grade III 3 x 30 s; posterior glide grade III 3 x 30 s; STM R infraspinatus/teres minor
            TE (97110) x16 min: pulleys x 20; wand ER 2 x 15; band rows 2 x 15; sidelying ER 2 x 12 @ 2 lb
            R shoulder AROM flex 125°, ER 30°
            Goal: play a full dance set at the Saturday fais do-do
            """,
            ["M19.011"], [PT("97140", 10), PT("97110", 16)], []),

        // Alabama, one timed code, minutes in words: "Spent twenty-two minutes on balance retraining (97112)" matches; "only patient on the PT schedule … one-on-one"; counter side-stepping, bath-rug EC, SL reaching; ankle/hip strategy; Berg and tandem: passes.
        ["v6-h43-demopolis-minutes-in-words"] = new(
            """
            TOMBIGBEE RURAL HEALTH CLINIC — Demopolis · PT (Tuesday clinic)
            Weekly visit #7. Only patient on the PT schedule this morning; worked with Mrs. Pettaway one-on-one.
            Spent twenty-two minutes on balance retraining (97112):
             - side-stepping along the kitchen-height counter, then letting go
             - standing on a folded bath rug with her eyes closed
             - reaching to the floor and to a high shelf while standing on one leg at the counter
            Problem: ↓ ankle and hip strategy, sways hard with her eyes closed; fell twice in the yard
            Measures: Berg 44/56; tandem 5 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // PTA "TE 97110 — 25 min" against a 15-min line: mismatch on 97110; "NMRE 97112 — 23 min (1:1, hands-on)" matches; both sections complete (rocker EC, ball-pass tandem, foam rotation; leg press, clamshells, mini-squats; proprioception, hip strategy, glute med; tandem and SLS).
        ["v6-h43-katy-pta-te-minutes-mismatch"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Katy) — PTA daily note
            NMRE 97112 — 23 min (1:1, hands-on): rocker board M/L w/ EC; tandem walk fwd/bwd w/ ball pass; SL stance on foam w/ trunk rotation
            TE 97110 — 25 min: leg press 3 x 10 @ 50 lb; clamshells w/ green band 2 x 15; mini-squats 2 x 12
            Deficit: ↓ L ankle proprioception and hip strategy; L glute med 4-/5
            Objective: tandem 9 s; L SLS 5 s
            """,
            ["R26.81", "M62.81"], [PTA("97112", 23), PTA("97110", 15)], [At(Mismatch, "97110")]),

        // Epic one timed code "Timed Code Minutes: 35 Total Treatment Time: 35" against a 23-min 97112 line: mismatch; one-on-one, X1 on foam, head-turn walking naming items, cued 180° turns; L hypofunction; DGI and DVA complete.
        ["v6-h43-macon-epic-timed-code-minutes-mismatch"] = new(
            """
            SRRH OUTPATIENT REHAB — MACON · PT Daily Note
            Treatment delivery: one-on-one
            Neuromuscular Re-education (97112)
            - X1 gaze stabilization, yaw and pitch, seated → standing on foam
            - walking w/ head turns while naming items on the hallway bulletin board
            - 180° turns on cue, both directions
            Impairments: L vestibular hypofunction (neuritis 12/2025), dizziness w/ quick head turns, veers L
            Measures: DGI 18/24; DVA 3-line loss
            Timed Code Minutes: 35    Total Treatment Time: 35
            Pt tolerated tx well w/o c/o.
            """,
            ["H81.22"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // "Total timed: 38 min (TE + NMR)" with no minutes for either code: separate time missing; one-on-one; leg press, step-ups, abduction; rocker, foam tandem, stepping-strategy drills; ankle strategy and abductors; BBS and FSST.
        ["v6-h43-brooksville-total-only"] = new(
            """
            NATURE COAST REHAB & BALANCE — Brooksville
            Total timed: 38 min (TE + NMR), one-on-one w/ PT
            TE: leg press 3 x 10 @ 50 lb; step-ups 2 x 10; sidelying hip abd 2 x 12
            NMR: rocker board A/P; tandem on foam w/ head turns; stepping-strategy drills after pushes
            Deficits: ↓ ankle strategy and reactive stepping; L hip abd 4-/5
            Measures: BBS 48/56; FSST 13.2 s
            """,
            ["R26.81", "M62.81"], [PT("97110", 15), PT("97112", 23)], [SepTime]),

        // "Billed: TherEx x1 unit, MT x1 unit" and no minutes anywhere: separate time missing; cheer base after ankle sprain, SL heel raises, eversion band, line hops with doses; talocrural and tib-fib glides grade III; DF degrees and eversion grade.
        ["v6-h43-abbeville-units-only"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE — Abbeville
            Athlete: 17 y/o F, cheer (base), L lateral ankle sprain 5 wks
            Billed: TherEx x1 unit, MT x1 unit
            TherEx: SL heel raises 3 x 15; resisted eversion w/ red band 3 x 15; lateral hops over a line 3 x 20
            MT: talocrural posterior glide grade III 3 x 30 s; distal tib-fib A/P glide grade III 3 x 30 s; STM peroneals
            L ankle DF 8° vs R 14°; eversion 4/5; pain w/ tumbling landings
            """,
            ["S93.402D"], [PT("97110", 15), PT("97140", 10)], [SepTime]),

        // PTA three codes "Minutes: TE 12, gait 13, TA 25" against a 15-min 97530 line: mismatch on 97530 (TE and gait match); SAQ/marching/abduction doses, RW 200 ft SBA, tub bench CGA and dryer reaching SBA; LE weakness and shuffling, bathing/laundry goal.
        ["v6-h43-clearlake-pta-three-codes-ta-mismatch"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Clear Lake) — PTA daily note
            Minutes: TE 12, gait 13, TA 25
            TE: SAQ 2 x 15 @ 3 lb; seated marching 2 x 20; standing hip abd 2 x 12
            Gait: RW on tile and carpet, 200 ft x 2 SBA; turns in the bathroom doorway
            TA: tub-bench transfer x 3 CGA; reaching into the dryer for towels x 6 SBA
            Problem: B LE weakness and shuffling gait after a 2-wk hospital stay; wants to bathe and do her laundry on her own
            """,
            ["R53.81", "M62.81"], [PTA("97110", 12), PTA("97116", 13), PTA("97530", 15)], [At(Mismatch, "97530")]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a PT visit with 97112 and 97110: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h43-empty-nmr-and-ther-ex"] = new(
            "",
            ["R26.81"], [PT("97112", 22), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // Spaces and line breaks only on a PTA 97116 visit sent without a diagnosis: missing on 97116, and the diagnosis check.
        ["v7-h43-whitespace-97116-no-diagnosis"] = new(
            "   \n  \n ",
            [], [PTA("97116", 15)], [At(NoteMissing, "97116"), Dx]),

        // Florida 97110 whose only target is the goal "So she can get down the pool steps at the condo and back up for water aerobics", which the contract counts as the deficit; sit-to-stands, band walks, step-ups and cuffed marches with doses: passes.
        ["v7-h43-brooksville-97110-pool-steps-goal-only"] = new(
            """
            NATURE COAST REHAB & BALANCE — Brooksville
            97110 — 15 min: sit-to-stand from a low pool-chair height 3 x 10; lateral band walks 3 x 20 ft; step-ups onto a 6-in step 2 x 12; standing marches w/ 2-lb cuffs 2 x 20
            So she can get down the pool steps at the condo and back up for water aerobics.
            """,
            ["M62.81"], [PT("97110", 15)], []),

        // Alabama 97530 whose only measure is the assistance level ("mod assist at first, then min assist"; "CGA"): low pew-height bench rises with armrest and cane, pickup entry; R knee stiffness and quad weakness after TKA; Sunday-service goal: passes.
        ["v7-h43-demopolis-97530-assist-level-only"] = new(
            """
            TOMBIGBEE RURAL HEALTH CLINIC — Demopolis · PT (Tuesday clinic)
            97530 — 18 min
            Getting up from the low church-pew bench in the waiting room using the armrest and his cane: mod assist at first, then min assist
            Stepping up into his pickup w/ the running board and grab handle: CGA
            Problem: R knee stiffness and quad weakness after R TKA
            Goal: ride to Sunday service with his wife and get in and out of the pew
            """,
            ["Z96.651", "Z47.1"], [PT("97530", 18)], []),

        // 97140: L4-5 central PA grade III–IV in bouts, sidelying rotation grade III in bouts, STM to QL and paraspinals; R low back pain with limited extension and side-bend, PA reproduces pain: passes.
        ["v7-h43-bellaire-97140-grades-and-bouts"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Bellaire)
            97140 — 11 min
            L4-5 central PA grade III–IV, 4 x 30 s; R sidelying lumbar rotation grade III, 3 x 30 s; STM to the R QL and lumbar paraspinals
            R low back pain, ↓ lumbar extension and R side-bend; PA at L4-5 reproduces his pain
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // 97116: gait training with a quad cane in a 3-point pattern and step-to stairs, 120 ft CGA; R hemiparesis with knee buckling and toe catch: passes.
        ["v7-h43-newiberia-97116-quad-cane"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE & REHAB — New Iberia
            97116 — 14 min
            Gait training w/ a quad cane, 3-point pattern; step-to on the 4-step stair w/ rail, leading up with the L ("up with the good")
            Ambulated 120 ft x 2 CGA
            R hemiparesis after stroke — R knee buckling in stance, R toe catch
            """,
            ["I69.351"], [PT("97116", 14)], []),

        // Epic 97112 "Pt seen for NMR per POC. Pt tolerated tx well w/o c/o. Will continue to progress as tolerated.": only generic phrases, no technique, deficit, number or one-on-one.
        ["v7-h43-augusta-epic-97112-generic"] = new(
            """
            SRRH OUTPATIENT REHAB — AUGUSTA · PT Daily Note
            Neuromuscular Re-education (97112): Pt seen for NMR per POC. Pt tolerated tx well w/o c/o. Will continue to progress as tolerated.
            """,
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // PTA 97110 "TherEx completed, all exercises done as instructed. No c/o. Progressing toward goals. Cont per PT POC.": generic only.
        ["v7-h43-katy-pta-97110-generic"] = new(
            "BELLAIRE BONE & JOINT — PT (Katy) — PTA daily note. 97110: TherEx completed, all exercises done as instructed. No c/o. Progressing toward goals. Cont per PT POC.",
            ["M62.81"], [PTA("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Alabama "Gait training and functional activities done today. Did good. Will see him next Tuesday.": generic on both codes and no minutes for either.
        ["v7-h43-york-gait-and-activities-generic"] = new(
            """
            TOMBIGBEE RURAL HEALTH CLINIC — York site · PT (Tuesday clinic)
            Gait training and functional activities done today. Did good. Will see him next Tuesday.
            """,
            ["R26.89"], [PT("97116", 15), PT("97530", 15)],
            [At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // 97140 "Manual therapy performed as tolerated. Pt reports feeling looser afterward. Cont plan.": generic only.
        ["v7-h43-stmartinville-97140-generic"] = new(
            "BAYOU TECHE SPORTS MEDICINE — St. Martinville. 97140: Manual therapy performed as tolerated. Pt reports feeling looser afterward. Cont plan.",
            ["M54.2"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes

        // Epic TKA visit: "Therapeutic Exercise (97110) — 20 min" (bike, heel slides, quad sets, SLR, step-ups, TKE with doses) and "Manual Therapy (97140) — 10 min" (patellar and tibiofemoral mobs grade III in bouts, scar massage) both match; AROM; Sanford Stadium goal: passes.
        ["vord-h43-athens-epic-tka-te-mt"] = new(
            """
            SRRH OUTPATIENT REHAB — ATHENS · PT Daily Note
            DOS 3/4/2026 · Visit 8 · L TKA 5 wks
            S: Pt reports 3/10 pain, stiff in the mornings; walking the neighborhood w/ SPC.
            O:
            Therapeutic Exercise (97110) — 20 min: recumbent bike seat 8, rocking → full revolutions x 30; heel slides w/ strap 2 x 15; quad sets 10 x 5 s; SLR 2 x 10; step-ups onto a 4-in step 2 x 12; TKE w/ green band 2 x 15
            Manual Therapy (97140) — 10 min: patellar mobs sup/inf grade III 3 x 30 s; tibiofemoral flexion mob in sitting grade III 4 x 30 s; scar massage
            AROM L knee 5–102° (12–85° at eval)
            A: Pt tolerated tx well w/o c/o. Flexion gains holding between visits.
            P: Cont POC. Goal: climb into his pickup and walk up to his seats at Sanford Stadium for the home opener.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 20), PT("97140", 10)], []),

        // Houston PTA "97110 TherEx x 16 min" for a METRO bus driver's low back (cat/camel, press-ups, dead bug, bridges, hip hinge with doses); lumbar flexion limit; full-shift goal: passes.
        ["vord-h43-bellaire-pta-bus-driver-97110"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Bellaire) — PTA daily note
            Supervising PT: L. Okafor, PT
            97110 TherEx x 16 min
            - cat/camel x 10
            - prone press-ups 2 x 10
            - dead bug w/ heel taps 2 x 10
            - bridges 2 x 12 w/ 3 s hold
            - hip hinge to a dowel 2 x 10
            Pt is a METRO bus driver w/ low back pain and stiffness after long shifts; lumbar flexion limited, fingertips to mid-shin
            Goal: finish a full shift without pulling over to stretch
            Pt tolerated tx w/o increase in sx.
            """,
            ["M54.50"], [PTA("97110", 16)], []),

        // Florida PD: "NMR 97112 — 23 min, one-on-one w/ PT" (floor-line big steps, clap-cued stop-and-turn, belt-pull backward steps) and "Gait 97116 — 15 min" (U-Step laser line, 200 ft SBA) both match; step length, freezing, backward responses; pull test and TUG; church doorway goal: passes.
        ["vord-h43-inverness-pd-nmr-and-gait"] = new(
            """
            NATURE COAST REHAB & BALANCE — Inverness
            MA member, Parkinson's disease
            NMR 97112 — 23 min, one-on-one w/ PT: big-step walking to floor tape lines; stop-and-turn on a clap cue; backward stepping after a pull at the belt; sit-to-stand w/ forward weight shift on a count
            Gait 97116 — 15 min: gait training w/ the U-Step walker, laser line on, through the doorway and around the mat table; cues for heel strike and arm swing; 200 ft x 3, SBA
            Deficits: ↓ step length, freezing at doorways, ↓ backward postural responses
            Measures: pull test 4 steps; TUG 14.2 s (17.5 s at IE)
            Goal: walk into Mass at St. Scholastica without freezing in the doorway
            """,
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], []),

        // Alabama weekly TKA visit: "Ther ex 15 min" (cuffed knee ext, heel slides, chair stands, mini-squats) and "Gait 15 min" (SPC on tile and gravel 160 ft SBA, porch-height steps) both match; quad grade, flexion degrees, short step; fellowship-hall goal: passes.
        ["vord-h43-demopolis-weekly-tka-te-gait"] = new(
            """
            TOMBIGBEE RURAL HEALTH CLINIC — Demopolis · PT (Tuesday clinic)
            Weekly visit #4 — R TKA 8 wks; lives 20 miles out, daughter drives her in
            Ther ex 15 min: seated knee ext 2 x 15 w/ 3-lb cuff; heel slides 2 x 15; sit-to-stand from the dining chair 2 x 10; standing mini-squats at the counter 2 x 10
            Gait 15 min: SPC on tile and the gravel lot, 160 ft x 2 w/ SBA; the 3 porch-height steps w/ rail, step-through going up
            Problem: R quad weakness (4-/5), R knee flexion 95°, short L step
            Goal: walk to the church fellowship hall for Sunday dinner and climb her porch steps
            HEP: same, daily; recheck next Tuesday.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 15), PT("97116", 15)], []),

        // Running back after ACLR: "TE 97110 — 15 min" (split squats, Nordics, SL leg press, Copenhagen planks with doses) and "NMR 97112 — 23 min, one-on-one" (deceleration sticks, foam bound-and-hold, mirror drill) both match; quad and co-activation deficits; LSI % and k of 10: passes.
        ["vord-h43-newiberia-running-back-te-nmr"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE — New Iberia
            Athlete: 17 y/o M, football (RB), L ACL reconstruction (BTB) 16 wks
            TE 97110 — 15 min: Bulgarian split squat 3 x 8 @ 20-lb DBs; Nordic hamstring lowers 3 x 5; SL leg press L 3 x 10 @ 90 lb; short-lever Copenhagen plank 3 x 15 s
            NMR 97112 — 23 min, one-on-one (no other athletes in the room): deceleration drills to a stick on the L; lateral bound-and-hold onto foam; reactive mirror drill vs. the PT
            Deficit: L quad strength deficit and delayed L quad/hamstring co-activation on cutting; knee valgus on landing
            Objective: L quad LSI 74% (HHD); L SL squat valgus on 3/10 reps
            Goal: back to full-contact practice for spring drills
            """,
            ["S83.512D", "Z98.890"], [PT("97110", 15), PT("97112", 23)], []),

        // Epic stroke visit: NMR 24 (tactile-cued weight shifting, PNF pelvic patterns, L step-ups to load the R) and ther activities 15 (toilet transfers, pot to stove, car simulator; CGA → SBA) both match; one-on-one; R recruitment; Berg and % weight bearing: passes.
        ["vord-h43-greenwood-epic-stroke-nmr-ta"] = new(
            """
            SRRH OUTPATIENT REHAB — GREENWOOD (SC) · PT Daily Note
            Treatment delivery: individual, one-on-one w/ treating PT for all timed minutes
            Neuromuscular Re-education (97112) 24 min: weight shifting onto the R LE w/ tactile cues at the R glutes; PNF pelvic patterns in sidelying (anterior elevation / posterior depression); stepping the L foot onto a 4-in step to load the R
            Therapeutic Activities (97530) 15 min: toilet transfers w/ grab bar x 4; getting a pot from the lower cabinet and carrying it to the stove x 3; in/out of the passenger seat of the car simulator x 3 — CGA → SBA
            Impairment: R hemiparesis (L MCA CVA 11/2025) — ↓ R LE motor recruitment and weight acceptance
            Measures: Berg 40/56 (34/56 at eval); R LE weight bearing 38% on the scale
            Goal: cook for herself again and get in the car for church
            Pt tolerated tx well w/o c/o.
            """,
            ["I69.351"], [PT("97112", 24), PT("97530", 15)], []),

        // Florida OT 97530: putting away a Publix bag standing with the rollator parked, wiping the counter, carrying a plate on the rollator seat; SBA; posterior THA precautions and standing tolerance; lunch and groceries goal: passes.
        ["vord-h43-springhill-ot-groceries-97530"] = new(
            """
            NATURE COAST REHAB & BALANCE — Spring Hill — OT Daily Note
            97530 (OT) — 22 min
            Unloaded a Publix bag (6 items) from the counter into upper and lower cabinets standing w/ the rollator parked; wiped the counter; carried a plate of food to the table on the rollator seat
            Level: SBA; 1 standing rest
            Problem: L THA (posterior precautions) and ↓ standing tolerance — can't bend below the knee line
            Goal: fix her own lunch and put away groceries without her neighbor's help
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 22)], []),

        // Florida bilateral vestibular hypofunction: one-on-one in the quiet room; X1 pitch/yaw standing then walking, head-turn walking on grass, foam EC with touch weaned; VOR gain, oscillopsia, somatosensory reliance; DVA, mCTSIB and FGA: passes.
        ["vord-h43-homosassa-bilateral-vestibular-97112"] = new(
            """
            NATURE COAST REHAB & BALANCE — Homosassa
            97112 — 22 min. PT one-on-one in the quiet room.
            Dx: bilateral vestibular hypofunction (gentamicin 2024)
            Tx: X1 viewing w/ pitch and yaw in standing, then walking; walking on the grass strip outside w/ head turns; standing on foam EC w/ light touch to the wall, weaned off
            Deficit: ↓ VOR gain both sides, oscillopsia walking, heavy reliance on somatosensory cues (falls in the dark)
            Measures: DVA 4-line loss; mCTSIB foam EC 9 s; FGA 18/30
            Plan: add a night-light; HEP walking on the condo lawn
            """,
            ["H81.93"], [PT("97112", 22)], []),

        // Louisiana older adult with knee OA, 97110: recumbent stepper bouts, chair squats, step-ups, band abduction, cuffed knee flexion with doses; flexion degrees and quad grade; pecan-picking goal: passes.
        ["vord-h43-stmartinville-knee-oa-pecans-97110"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE & REHAB — St. Martinville
            Pt: 72 y/o F, B knee OA R > L; picks up pecans off the yard every fall
            97110 — 17 min
            Recumbent stepper level 4, 2 x 150 steps; mini-squats to a chair 3 x 10; step-ups onto a 6-in step 2 x 10 each; hip abduction w/ green band 2 x 15; standing knee flexion 2 x 12 @ 2 lb
            R knee flexion 110°, quad 4/5 B; pain on stairs
            Goal: squat and kneel to pick up pecans and get back up
            """,
            ["M17.0"], [PT("97110", 17)], []),

        // Houston PTA gait after trimalleolar ORIF: SPC on tile, ramp and curb with heel-toe cues, 300 ft mod I, curb SBA; ankle stiffness and push-off; H-E-B aisles goal: 97116 passes.
        ["vord-h43-pearland-pta-ankle-orif-97116"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Pearland) — PTA gait note
            97116 — 16 min
            Gait trng w/ SPC on level tile, the outside ramp and the curb in front of the clinic; cued heel-toe and equal stride
            Ambulated 300 ft x 2 mod I on level; curb w/ SBA
            R ankle stiffness and short L step after R trimalleolar ankle ORIF — antalgic, ↓ R push-off
            Goal: walk the aisles at H-E-B without leaning on the cart
            """,
            ["S82.851D"], [PTA("97116", 16)], []),

        // Epic frozen shoulder: "Manual Therapy (97140) 10 min" (GH posterior and inferior glides grade III–IV in bouts, scapular mobs) and "Therapeutic Exercise (97110) 15 min" (pulleys, wand ER, sleeper stretch, table slides, rows with doses) both match; AROM degrees; cabinet goal: passes.
        ["vord-h43-hickory-epic-frozen-shoulder-mt-te"] = new(
            """
            SRRH OUTPATIENT REHAB — HICKORY · PT Daily Note
            L adhesive capsulitis, frozen phase
            Manual Therapy (97140) 10 min: GH posterior glide grade III–IV 3 x 30 s; inferior glide in 60° abd grade III 3 x 30 s; scapular mobs in sidelying
            Therapeutic Exercise (97110) 15 min: pulleys flexion x 20; wand ER 2 x 15; sleeper stretch 3 x 30 s; table slides 2 x 15; band rows 2 x 15
            L shoulder AROM flex 118°, abd 95°, ER 20° (ER 8° at eval)
            Goal: reach the top shelf of the kitchen cabinet and fasten her bra
            Pt tolerated tx well w/o c/o.
            """,
            ["M75.02"], [PT("97140", 10), PT("97110", 15)], []),

        // Epic falls visit: "Neuro Re-ed 22 min" (head-turn narrow-base walking with stops, Airex weighted-ball catches, called floor dots) and "Ther Ex 15 min" (hands-free sit-to-stand, cuffed hip work, heel/toe raises) both match; one-on-one; head-movement postural control, stepping, hip weakness; TUG, FSST and chair stands: passes.
        ["vord-h43-rockhill-epic-falls-nmr-te"] = new(
            """
            SRRH OUTPATIENT REHAB — ROCK HILL · PT Daily Note
            Treatment delivery: one-on-one, PT only, entire session
            Neuro Re-ed 22 min:
              - narrow-base walking in the hall w/ head turns and a stop on command
              - standing on the Airex catching/throwing a weighted ball
              - quick stepping to colored floor dots called out
            Ther Ex 15 min:
              - sit-to-stand w/o hands 3 x 8
              - standing hip abd/ext w/ 2-lb cuffs 2 x 12 each
              - heel/toe raises 2 x 15
            Impairments: ↓ postural control w/ head movement; slow protective stepping; B hip weakness 4-/5
            Measures: TUG 12.6 s; FSST 14.1 s; 30-s chair stand 10
            Pt tolerated tx well w/o c/o. Cont POC.
            """,
            ["R26.81", "Z91.81", "M62.81"], [PT("97112", 22), PT("97110", 15)], []),

        // Alabama 97530 after hip fracture: low-stool rises at garden-bucket height, watering-can carries, rail-free back steps; CGA/SBA; hip and knee weakness with poor standing balance; collard and tomato garden goal: passes.
        ["vord-h43-linden-garden-97530"] = new(
            """
            TOMBIGBEE RURAL HEALTH CLINIC — Linden site · PT (Tuesday clinic)
            97530 — 20 min
            Practiced getting down to a low stool and back up (same height as her garden bucket) x 6; carrying a 2-gal watering can 30 ft x 4; stepping up and down the 2 back steps without the rail x 4
            Level: CGA on the stool rises, SBA carrying and on the steps
            Problem: L hip and knee weakness and poor standing balance after L hip fracture (ORIF, 12 wks)
            Goal: tend her collard and tomato garden again
            """,
            ["S72.002D"], [PT("97530", 20)], []),

        // Volleyball middle blocker after anterior subluxation: one-on-one; 90/90 rhythmic stabilization, BOSU quadruped reach, EC ball-on-wall circles; GH proprioception and dynamic stability with apprehension; JPS degrees and CKCUEST touches: passes.
        ["vord-h43-abbeville-volleyball-shoulder-97112"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE — Abbeville
            Athlete: 16 y/o F, volleyball (MB), R anterior shoulder subluxation 8 wks ago
            97112 — 20 min — one-on-one, I was with her the whole time and no other athletes were in the room
            - rhythmic stabilization at 90/90 ER, PT perturbing at the wrist
            - CKC quadruped on a BOSU w/ the R hand, alternating reaches w/ the L
            - ball-on-wall circles R at 90° flexion w/ eyes closed
            Deficit: ↓ R GH proprioception and dynamic stability, apprehension at end-range ER
            JPS error R 6° at 75° ER (L 2°); CKCUEST 19 touches
            Goal: block and attack without the shoulder slipping
            """,
            ["S43.011D"], [PT("97112", 20)], []),

        // Florida MA THA: "97116 Gait — 15 min" (RW → SPC hallway and grass, 220 ft SBA, curbs and ramp) and "97110 TE — 15 min" (abduction, bridges, band side-steps, step-ups with doses) both match; abductor grade, Trendelenburg; golf cart to bingo goal: passes.
        ["vord-h43-ocala-tha-gait-te"] = new(
            """
            NATURE COAST REHAB & BALANCE — Ocala
            MA member — R THA (anterior) 6 wks
            97116 Gait — 15 min: RW → SPC in the hallway and on the grass out back; 220 ft x 2 SBA w/ SPC; step-through pattern; 2 curbs and the ramp
            97110 TE — 15 min: standing hip abd 2 x 12 @ 2 lb; bridges 2 x 15; side-stepping w/ band 2 x 20 ft; step-ups onto a 4-in step 2 x 10
            Problem: R hip abductors 3+/5, R Trendelenburg, short L step
            Goal: walk from the golf cart into the rec center for Thursday bingo
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 15), PT("97110", 15)], []),

        // Epic neuropathy 97112: one-on-one in the balance area; 2-in foam EC nods, hands-free heel-to-toe in the bars, Dynadisc step-and-hold, barefoot textured-mat marching; plantar sensation and ankle proprioception; monofilament k of 10, mCTSIB and BBS: passes.
        ["vord-h43-macon-epic-neuropathy-97112"] = new(
            """
            SRRH OUTPATIENT REHAB — MACON · PT Daily Note
            Tx delivery: one-on-one (PT + pt only in the balance area)
            Neuromuscular Re-education (97112): 23 min
            - standing on the 2-in foam w/ EC and head nods
            - walking heel-to-toe along the parallel bars w/o UE support
            - stepping onto/off a Dynadisc w/ each foot, holding 3 s
            - barefoot marching on the textured mat
            Impairments: ↓ plantar sensation and ankle proprioception (diabetic neuropathy), loses balance in the dark
            Measures: monofilament absent at 5/10 sites R, 4/10 L; mCTSIB foam EC 11 s; BBS 47/56
            Pt tolerated tx well w/o c/o.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // PTA three codes "Time: TE 12 min | NMRE 15 min | TA 13 min", all matching; NMRE "1:1 w/ PTA, no overlap" (foam-beam tandem, Airex toss, hurdle side-steps with head turns); machine loads; box lift, bag carries, sofa rises SBA; proprioception, stepping, weakness; SLS, tandem, 5xSTS: passes.
        ["vord-h43-sugarland-pta-three-codes"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Sugar Land) — PTA daily note
            Supervising PT: M. Shah, PT (on site)
            Time: TE 12 min | NMRE 15 min | TA 13 min
            TE: leg press 3 x 10 @ 60 lb; hip abd machine 2 x 12 @ 40 lb; seated calf raise 2 x 15
            NMRE (1:1 w/ PTA, no overlap): tandem walk on the foam beam; SL stance on Airex w/ ball toss; side-stepping over hurdles w/ head turns
            TA: floor-to-counter lift of a 10-lb box x 8; carrying two 8-lb grocery bags 40 ft x 3; in/out of a low sofa x 5 — SBA
            Problems: ↓ L ankle proprioception and slow stepping response; B LE weakness after a hospital stay for pneumonia
            Objective: L SLS 5 s; tandem on foam 10 s; 5xSTS 15.9 s
            Goal: carry the groceries in from the car and get up off her sofa without help
            """,
            ["R26.81", "M62.81"], [PTA("97110", 12), PTA("97112", 15), PTA("97530", 13)], []),

        // OT hand 97110 after Dupuytren fasciectomy: tendon glides, blocked PIP, putty fist, band finger extension with doses; PIP extension lag degrees and grip lb; casting off the dock goal: passes.
        ["vord-h43-crystalriver-ot-dupuytren-97110"] = new(
            """
            NATURE COAST REHAB & BALANCE — Crystal River — OT
            97110 (OT) — 16 min
            R ring and small finger after Dupuytren fasciectomy (5 wks): tendon glides x 10 each; blocked PIP flex/ext 2 x 10 each; composite fist w/ soft putty 2 x 15; finger extension against a rubber band 2 x 15
            R ring finger PIP extension lag 25° (40° at OT eval); grip 32 lb R / 58 lb L
            Goal: hold his fishing rod and cast off the dock
            """,
            ["M72.0"], [OT("97110", 16)], []),

        // Retired cane farmer after cuff repair, 97530: feed bag floor-to-shelf, cast-iron pot to an eye-level hook, band-loaded mock outboard pull-cord; SBA; flexion/ER weakness; boat and Sunday gumbo goal: passes.
        ["vord-h43-breauxbridge-cane-farmer-97530"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE & REHAB — Breaux Bridge
            Pt: 68 y/o M, retired sugarcane farmer; L rotator cuff repair (wk 14)
            97530 — 21 min
            Lifting a 10-lb bag of feed from the floor to a chest-height shelf x 6; hanging a cast-iron pot (8 lb) on a hook at eye level x 6; pulling the cord on a mock outboard (band set at 10 lb) x 10
            Level: SBA throughout
            Problem: L shoulder flexion/ER weakness 4-/5, pain above shoulder height
            Goal: launch his boat and cook the Sunday gumbo for the family
            """,
            ["M75.122", "Z98.890"], [PT("97530", 21)], []),

        // Epic ankle ORIF: "Gait Training (97116) 15 min" (boot to brace, SPC cues, 250 ft mod I, reciprocal stairs) and "Manual Therapy (97140) 10 min" (talocrural glide grade III–IV, subtalar distraction in bouts, STM) both match; DF degrees, antalgic gait; work-shift goal: passes.
        ["vord-h43-lumberton-epic-ankle-orif-gait-mt"] = new(
            """
            SRRH OUTPATIENT REHAB — LUMBERTON · PT Daily Note
            L bimalleolar ankle fx s/p ORIF (10 wks), WBAT
            Gait Training (97116) 15 min: CAM boot weaned to a lace-up brace; walking the hallway w/ SPC, cues for heel strike and push-off; 250 ft x 2, mod I; stairs step-over-step w/ rail
            Manual Therapy (97140) 10 min: talocrural posterior glide grade III–IV 4 x 30 s; subtalar distraction 3 x 30 s; STM L gastroc/soleus
            L ankle DF 4° (−6° at eval); antalgic gait w/ a short R step
            Goal: back to full shifts on his feet at the distribution center
            Pt tolerated tx well w/o c/o.
            """,
            ["S82.842D"], [PT("97116", 15), PT("97140", 10)], []),

        // PTA 97110 after an intertrochanteric IM nail: bridges, cuffed sidelying abduction, band extension, chair rises, heel raises with doses; abductor/extensor grades and Trendelenburg; recliner and mailbox goal: passes.
        ["vord-h43-clearlake-pta-hip-nail-97110"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Clear Lake) — PTA daily note
            97110 — 17 min
            R hip IM nail (intertrochanteric fx, 10 wks): supine bridges 2 x 12; sidelying hip abduction 2 x 10 @ 1 lb; standing hip ext w/ red band 2 x 12; sit-to-stand from a 20-in chair 2 x 8; heel raises 2 x 15
            R hip abductors 3+/5, R hip ext 4-/5; Trendelenburg in stance
            Goal: get up from his recliner and walk to the mailbox at the end of the cul-de-sac
            """,
            ["S72.141D"], [PTA("97110", 17)], []),

        // PTA ankle sprain 97112 "1:1 w/ PTA; PT on site": BAPS levels, pillow EC stance, cone figure-8 with head turns; R ankle proprioception and peroneal reaction; SLS EC and Y-balance cm: passes.
        ["vord-h43-kingwood-pta-ankle-sprain-97112"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Kingwood) — PTA daily note
            97112 — 20 min. 1:1 w/ PTA; PT on site
            - BAPS board level 2 → 3, circles both directions
            - SL stance on a pillow w/ EC
            - figure-8 walking around cones w/ head turns
            Impairment: ↓ R ankle proprioception, slow peroneal reaction; rolls the ankle on the uneven yard
            R SLS EC 8 s (L 22 s); Y-balance posterolateral R 71 cm / L 84 cm
            """,
            ["S93.401D"], [PTA("97112", 20)], []),

        // Complete Epic 97112 (1:1; rocker board, shoebox step-overs, beam tandem with head turns, counter reaches; ankle strategy and late L stepping; BBS and SLS; Lake Hartwell dock goal) sent with no diagnosis.
        ["vord-h43-anderson-epic-complete-no-diagnosis"] = new(
            """
            SRRH OUTPATIENT REHAB — ANDERSON (SC) · PT Daily Note
            Tx delivery: 1:1 throughout
            NMR (97112) 22 min: rocker board A/P + M/L; stepping over a row of shoeboxes; tandem stance on the beam w/ head turns; SL stance at the counter reaching to targets
            Impairments: ↓ L ankle strategy, late L stepping response after L TKA
            Measures: BBS 46/56; L SLS 4 s
            Goal: walk down the dock at Lake Hartwell to the pontoon boat
            Pt tolerated tx well w/o c/o.
            """,
            [], [PT("97112", 22)], [Dx]),

        // Complete PTA 97110 (cuffed knee extension, wall slides, step-ups, bike revolutions; quad grade and flexion; Astros goal) whose diagnosis field holds the ICD-9 code "715.16": not an ICD-10-CM code.
        ["vord-h43-pasadena-pta-icd9-in-diagnosis-field"] = new(
            """
            BELLAIRE BONE & JOINT — PT (Pasadena) — PTA daily note
            97110 — 15 min: seated knee ext 3 x 10 @ 4 lb; wall slides 2 x 10; step-ups onto a 6-in step 2 x 12; recumbent bike level 2, 2 x 200 revs
            L knee OA: quad 4/5, knee flexion 105°
            Goal: walk from the parking garage to his seats at an Astros game
            """,
            ["715.16"], [PTA("97110", 15)], [Dx]),

        // Epic "Pt seen for ther ex and neuro re-ed, 38 min total. Pt tolerated tx well w/o c/o. Cont POC per PT plan. Will progress as tolerated.": nothing named for either code, no one-on-one, and a total only.
        ["vord-h43-greenwood-epic-generic-te-nmr-total"] = new(
            """
            SRRH OUTPATIENT REHAB — GREENWOOD (SC) · PT Daily Note
            Pt seen for ther ex and neuro re-ed, 38 min total. Pt tolerated tx well w/o c/o. Cont POC per PT plan. Will progress as tolerated.
            """,
            ["M62.81", "R26.81"], [PT("97110", 15), PT("97112", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // Complete Florida two-code note ("NMR 97112 — 23 min" rubber-beam tandem, hip perturbations, foam step-and-hold; "TE 97110 — 15 min" with doses; postural control and glute med after THA; BBS and SLS) — but nothing states one-on-one.
        ["vord-h43-springhill-two-codes-one-on-one-unstated"] = new(
            """
            NATURE COAST REHAB & BALANCE — Spring Hill
            NMR 97112 — 23 min: tandem walking on the rubber beam; perturbations at the hips in stride stance; stepping up onto a foam pad and holding
            TE 97110 — 15 min: sit-to-stand 3 x 10; step-ups onto a 6-in step 2 x 10; hip abduction w/ band 2 x 15
            Deficit: ↓ postural control after L THA, slow L stepping response; L glute med 4-/5
            BBS 47/56; L SLS 6 s
            """,
            ["Z96.642", "R26.81"], [PT("97112", 23), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // Alabama 97110 "Went over her exercises: chair stands, marching, side leg lifts, knee straightening, ankle pumps." with hip/knee weakness and a choir goal — but no set, repetition, load or number: no measure.
        ["vord-h43-york-hep-review-no-dose-97110"] = new(
            """
            TOMBIGBEE RURAL HEALTH CLINIC — York site · PT (Tuesday clinic)
            97110 — 15 min
            Went over her exercises: chair stands, marching, side leg lifts, knee straightening, ankle pumps.
            Weak legs (both hips and knees) after being in the hospital with pneumonia; gets short of breath on the porch steps
            Goal: get up the porch steps and back to choir practice
            """,
            ["M62.81", "R53.81"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Shortstop's SI joint 97140 "MT 20 min" on the one timed code against a 10-min line: mismatch; SI mobilization grade III in bouts, muscle energy holds, STM; standing flexion test and fingertip-to-floor cm complete.
        ["vord-h43-opelousas-mt-minutes-mismatch"] = new(
            """
            BAYOU TECHE SPORTS MEDICINE — Opelousas
            Athlete: 17 y/o M, baseball (SS), L low back pain after a hard slide — L SI joint dysfunction
            MT 20 min: L SI joint mobilization in sidelying grade III 3 x 30 s; muscle energy for a L posterior innominate 4 x 5 s holds; STM L QL and glute med
            Objective: standing flexion test L positive pre → negative post; lumbar flexion fingertip-to-floor 12 cm → 5 cm
            """,
            ["M53.3"], [PT("97140", 10)], [At(Mismatch, "97140")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
