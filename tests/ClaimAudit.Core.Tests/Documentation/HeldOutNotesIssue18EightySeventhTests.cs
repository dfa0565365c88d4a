using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The eighty-seventh held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of military and veterans' outpatient therapy — TRICARE network clinics outside two Army
/// posts (active-duty service members on temporary profiles and DA 3349 limits, return to duty through PRT, the AFT
/// and rucking, airborne soldiers after parachute landing falls and a hard opening shock, light infantry in the
/// snow, blast exposure and vestibular loss referred by the post's TBI clinic), VA Community Care referrals (consult
/// numbers, SEOC visit counts, service-connected ratings, polytrauma from blasts, trauma-informed and MST-aware care),
/// a National Guard and Reserve practice (line-of-duty cases, MMSO authorisations, TRICARE Reserve Select, drill and
/// annual training beside the Soldier's civilian job) and the notes of a military-spouse PT who writes handoffs for
/// whoever picks up her patients when she PCSes — written the way those clinics write: "SM" and "Veteran", ranks and
/// MOSs, profiles, LOD, MEB, sick call, the CO and the 1SG, 24-hour times, notes copied to a nurse case manager —
/// about two thirds ordinary and complete (67 of 103), single- and multi-code visits (97110, 97112, 97116, 97140,
/// 97530, up to three in a visit, a PT's and a PTA's code on one visit and a PT's and an OT's code on one morning),
/// by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a TRICARE network sports and spine clinic outside Fort Liberty ("Longleaf Sports &amp; Spine PT":
/// Fayetteville — the Skibo Road office — Spring Lake, Hope Mills and Raeford, North Carolina) writing "SM:" headers
/// with rank, MOS and unit, the profile's DA 3349 limits, appointments at 24-hour times before work call, numbered
/// drill lists and "Tested:" lines: a jumpmaster whose PLF went feet-first into a rut on Sicily DZ, a combat engineer
/// whose shoulder came out in combatives and was reduced at sick call (the 1SG in the doorway, the CO waiting on the
/// profile), a Tuesday profile reconditioning hour of six, a Black Hawk crew chief at the cabin door, a PLF into a
/// tree line, rucksack palsy after a twelve-mile ruck, a hard opening shock, a company commander who wants the next
/// jump, diagnostic AFT events, a platoon sergeant off a heavy-drop rigging detail, the FM 7-22 Shoulder Stability
/// Drill, a "■ one-on-one (PT + SM only)" delivery row, a profile-limits box row and an RTD phase box;</item>
/// <item>a TRICARE East network clinic outside Fort Drum ("Black River Therapy": Watertown — Arsenal Street —
/// Carthage, Evans Mills and Gouverneur, New York) writing ATTENDANCE / INTERVENTION / IMPAIRMENT / OBJECTIVE in
/// capitals and copying the SRU nurse case manager: mortarmen, breachers and cannon crewmen after repeated blast
/// exposure, a concussion on the hatch when the vehicle hit a snowbank, an ahkio that won't go up the tank trail on
/// snowshoes, ice in the motor pool, a limb-salvage scout in an IDEO on the Return to Run pathway, a combat medic's
/// casualty drag, SOT conditions, a ruck on the indoor track, an MEB pending, times written h:mm;</item>
/// <item>a VA Community Care Network provider ("Verde Valley Community Care Therapy": Prescott Valley, Cottonwood,
/// Camp Verde and Chino Valley, Arizona) writing "Veteran:" with service and years, SC ratings, consult numbers and
/// SEOC visit counts, in full sentences for the community-care office: transtibial and transfemoral amputees after
/// IED blasts, a peroneal nerve injury on a Bioness L300 Go, TBI with a hemiparesis seen by a PT and an OT on one
/// morning, a Gulf War Veteran driven in by a peer support specialist from the Vet Center, MST on file with a female
/// PT on request, the door of the Veteran's choosing and consent before each touch, blood flow restriction after a
/// knee replacement, fly-tying at the vise, a stock-tank float valve, horses on the hills and a pickup's running
/// board;</item>
/// <item>a National Guard and Reserve practice near Camp Ripley ("Headwaters Rehab &amp; Readiness": Little Falls,
/// Pierz, Staples and Long Prairie, Minnesota) writing "Soldier:", the civilian job, LOD status (DA 2173 on file) and
/// MMSO authorisations, "+" rows and "Code / Min / By" rows: an electric co-op lineman, a turkey-barn worker in a
/// Thursday readiness lane, a county snowplow driver, a dairy farmer off a tailgate at annual training, a grain farm's
/// bin ladder, a logger on the land-navigation course, a deputy, an over-the-road driver chaining a load, a rural mail
/// carrier on the ice, Military Movement Drill 1 and a hop battery;</item>
/// <item>the notes of a military-spouse PT working PRN outside Fort Leonard Wood ("Gasconade Valley PT": St. Robert,
/// Waynesville, Richland and Dixon, Missouri) in her own "pt: / did / for / measured" shorthand, signed, with handoffs
/// for the PT who will pick up her patients: a Saturday spouses' core class, a spouse whose toddlers played in the
/// corner, a drill sergeant's Achilles on the confidence course, MPs, engineer officers and sergeants, a patellar
/// dislocation in the commissary lot, a car seat and a minivan, a household-goods move for a PCS, a retired CSM on
/// TRICARE For Life.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h87-…): one-on-one in these writers' own words ("Just the SM and me in the back gym — no one
/// else on my book for those minutes", "SM was seen individually by the PT for all of the neuromuscular
/// re-education" with the 1SG watching from the doorway, "the PT stayed with this SM exclusively for every minute of
/// the 97112", "It was the Veteran and me only in the room" with MST-aware care described, "The Veteran had the PTA
/// to himself", "One-to-one: PT and Soldier only, start to finish", "He was my only patient from start to finish",
/// "one-on-one — I had no other patient" with two toddlers playing in the corner), notes that negate it (a battle
/// buddy who is also a patient on the next mat, a Tuesday profile reconditioning hour of six, a PT running two other
/// Soldiers' AFT-prep circuit during the block, a PT taking another patient's knee measurements between sets) or never
/// state it (a peer support specialist from the Vet Center sitting in), and the codes without a one-on-one check
/// (only 97112 is the one-on-one code in the shipped medicare profile): a 97530 in a Guard readiness lane of three
/// and a 97110 in a Saturday spouses' core class;</item>
/// <item>class 2 (v2-h87-…): template states: "Delivery: ■ one-on-one (PT + SM only)", a DA 3349 profile-limits box
/// row on a 97530, an RTD phase box on a 97110, "Minutes per code: 97112 ____ 97110 ____" left blank beside a total,
/// "ATTENDANCE: ■ SM in group (vestibular group, 3 SMs)", "OBJECTIVE MEASURES TODAY: SOT ____ DHI ____ FGA ____" left
/// blank with nothing else numbered, "Treatment delivered: ■ Individual" beside a trauma-informed options row, a SEOC
/// visit grid on a 97140, an interventions checklist that ticks only heat, TENS and "therapeutic exercise", an LOD
/// box row with "Code / Min / By" rows for a PT's and a PTA's code, a "Deficit addressed" box row with nothing ticked,
/// "just us? □ group? □" both left empty, and a home-programme list ticked as done in the clinic;</item>
/// <item>class 3 (v3-h87-…): named protocols, programmes and devices as techniques (a PLF progression from the mat to
/// the lateral drift trainer, the FM 7-22 Shoulder Stability Drill, an IDEO on the Return to Run pathway, Mulligan
/// mobilisation with movement for the ankle, a Bioness L300 Go during gait training, blood flow restriction with the
/// 30-15-15-15 scheme, Military Movement Drill 1 and a sprint-drag-carry rehearsal, a Turkish get-up progression with
/// rhythmic stabilisation), a named ruck-reconditioning programme with no dose and reaction lights on the wall with
/// no deficit;</item>
/// <item>class 4 (v4-h87-…): deficits stated as findings in these writers' terms (feet and knees that split on the
/// PLF platform, a hand that goes numb under the ruck straps, a front sight that jumps moving from behind cover, an
/// ahkio that won't go up the tank trail, a grandson on the floor and a stock-tank valve, a prosthetic toe on a
/// pickup's running board, a grain-bin ladder and a feed sack, a baby carried up the townhouse stairs) and notes that
/// state none (a profile closed with every test symmetrical and "No deficits found", a final SEOC visit with "No
/// impairment found; all goals met");</item>
/// <item>class 5 (v5-h87-…): measures in their usual forms (diagnostic AFT events, the LESS and hop percentages, SOT
/// composite and conditions, ruck distance and load, the AMPPRO, the Nine-Hole Peg Test, handheld dynamometry in kg,
/// a hop battery as limb-symmetry indices, range in degrees and girth in cm, a Y-balance composite and a side hop
/// time) and notes with none ("Ruck walk looked better today", "steadier on the foam than last week", "walking
/// farther around the neighborhood", "Shoulder is moving better, per the Soldier");</item>
/// <item>class 6 (v6-h87-…): minutes in their usual forms ("from 1304 to 1326 hrs", "TIME (h:mm): 97112 — 0:23",
/// "Of the 37 timed minutes today, 22 were … and 15 were …", "Minutes — 97112: 21 | 97110: 13", manual therapy in two
/// parts at the start and the end, a PT's and a PTA's code, a PT's and an OT's code, "Timed minutes this visit: 24"
/// for the one timed code) and true mismatches (a PTA's ther act 28 against 17, NMR 30 against 19, manual therapy 22
/// against 10) and truly missing separate time (40 minutes of NMR and gait training together, a ther-act section with
/// no minutes, one clock range for ther ex and ther act);</item>
/// <item>class 7 (v7-h87-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a ruck-ready lower leg after a tibial stress fracture), 97530 (a combat
/// medic's casualty drag and litter, a car seat and a stroller), 97140 (talocrural distraction and talar glides for
/// an old airborne ankle fracture) and 97116 (crutches to no device, a salted walk in ice cleats and stairs after an
/// ankle fracture), wholly generic 97112 and 97110 + 97140 notes and a generic update to the nurse case manager on a
/// 97530;</item>
/// <item>ordinary (vord-h87-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (845.00), a generic two-code
/// note with a total, a PTA's gait time that differs, an OT's time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — first sergeants, commanders,
/// battalion PAs, nurse case managers, a peer support specialist, a sister and two toddlers (none of them a
/// patient; the battle buddy on the next mat, the six on the profile hour, the two Soldiers on the AFT circuit, the
/// patient at the next plinth and the members of the readiness lane and the core class are), ranks and MOSs with
/// their digits, unit types, drop zones, 24-hour appointment and arrival times, consult numbers, SEOC visits used and
/// left, SC percentages, years of service, LOD and DA form numbers, ruck weights and miles, jump and platform
/// heights, AFT loads and repetitions, box, step and rung heights, loads in pounds and kilograms, angles, ages and
/// months since surgery — and each is written so that a reviewer cannot take it for a code's minutes; the notes
/// failed for want of a measure carry no number but their code's and its minutes (no rank digits, MOS, consult
/// number or visit count); no note gives minutes to a ruck, a run, heat, TENS, a test, a rest, a drive or a
/// formation.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes
/// the measure check only on an objective measure with a number and fails it only when the note has no number but
/// its code, its minutes and numbers that are plainly something else; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes:
/// a family member, caregiver or staff escort in the room does not undo a one-on-one statement, another patient
/// treated in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside
/// the billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a
/// measure without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only
/// number, a cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the
/// whole of a 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time
/// with one timed code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test,
/// canalith repositioning, three-character or dotless diagnosis codes, and any line with a code that has no
/// documentation profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out whether care falls inside the SEOC, the MMSO authorisation or the TRICARE referral (an
/// authorisation question, not the note's), fitness for duty, profile, LOD and MEB decisions, a profile's limits or
/// AFT scores as a 97112's only measure, a symptom inventory (DHI, NSI, VOMS ratings) as a note's only number, MST,
/// PTSD or a service-connected rating as a deficit, trauma-informed choices (a chaperone, the door, a clinician's
/// gender) as the only support for one-on-one, a unit leader or a case manager speaking with the patient inside the
/// billed time, and whether a 97110 or 97530 given in a class or a lane belongs on 97150 (a coding question, not the
/// note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 97 of 103 cases agree (101 needed), and 5 of the 67 notes the reviewer passes got a finding, on the analyzer of 348bd96 (the start of the 2026-12-06 thirteenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 103 of 103, no false positive — "TIME (h:mm): 97112 — 0:23", "from 1304 to 1326 hrs", "7 min at the start …; then 5 more at the end … (12 min total)", "It was the Veteran and me only in the room for the whole neuromuscular re-education (97112), 22 minutes", "PT with SM only for every minute of the 97112", a tick glyph after a field's colon ("ATTENDANCE:  ■ PT with SM only   □ SM in group").</para>
/// </summary>
public class HeldOutNotesIssue18EightySeventhTests(ITestOutputHelper output)
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

        // Longleaf Skibo Rd jumpmaster after a feet-first PLF on Sicily DZ: "Just the SM and me in the back gym — no one else on my book for those minutes"; foam-roll stance with perturbations, BAPS, box step-off to a stick; L ankle proprioception and late peroneal response; SLS seconds and sticks; 22 matches: passes.
        ["v1-h87-longleaf-plf-just-the-sm-and-me"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Skibo Rd office
            SM: SSG D. Whitfield · 11B, jumpmaster · airborne infantry BN · TRICARE Prime, referred from the BN aid station
            Profile (DA 3349): no airborne ops, no running, ruck ≤ 35 lb · seen 0715, back to the company by work call
            SM reports: rolled the L ankle on landing — the PLF went feet-first into a rut on Sicily DZ; the ankle "goes out" stepping off the curb in the motor pool.
            Just the SM and me in the back gym — no one else on my book for those minutes — for the NMR (97112), 22 min:
             1) SL stance on the half foam roll, eyes closed, with my pushes at the pelvis from each direction
             2) BAPS board level 4, standing on the L, clockwise / counterclockwise
             3) step-off from a 12-in. box onto the Airex, stick the landing, feet and knees together
            Tested: SLS eyes closed L 7 s / R 24 s; stuck 6 of 10 Airex landings (2 of 10 at eval)
            Assessment: L ankle proprioceptive deficit with a late peroneal response after the sprain.
            """,
            ["S93.402D", "M25.372"], [PT("97112", 22)], []),

        // Longleaf Spring Lake medic: "His battle buddy … (also our patient, L knee) had his slot at the same hour; both did the NMR circuit on adjacent mats and I moved back and forth between them": another patient in the block; BOSU, hops, rocker board; R knee neuromuscular control; Y-balance and valgus count present: one-on-one missing.
        ["v1-h87-longleaf-battle-buddy-next-mat"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Spring Lake
            SM: SPC T. Okafor · 68W · TRICARE Prime · R knee, ACL sprain (non-op) from a hard landing on a night jump
            His battle buddy from the same platoon, PFC R. (also our patient, L knee), had his slot at the same hour; both did the NMR circuit on adjacent mats and I moved back and forth between them.
            NMR (97112) — 20 min
             - SL squats on the BOSU with my perturbations at the knee
             - lateral hop to stick on foam
             - perturbation drill on the rocker board
            Tested: Y-balance anterior R 61 cm / L 68 cm; valgus on 4 of 10 SL squats
            A: R knee neuromuscular control and proprioception impaired — the knee drops into valgus under load.
            """,
            ["S83.511D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Longleaf Hope Mills combat engineer, shoulder reduced at sick call, the 1SG watching from the doorway (the profile talk after the session): "SM was seen individually by the PT for all of the neuromuscular re-education (97112) — 23 min; no other patient was treated by me during it"; rhythmic stabilization, PNF D2, wobble-board perturbations; R GH dynamic stability; CKCUEST and UQ-YBT; passes.
        ["v1-h87-longleaf-1sg-in-the-doorway"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Hope Mills
            SM: SGT L. Brandt · 12B combat engineer · R shoulder, anterior dislocation in combatives, reduced at sick call · MEB not started; the CO wants a profile update before the field problem
            His 1SG drove him over at 1340 and watched the last sets from the doorway; we talked about the profile after the session.
            SM was seen individually by the PT for all of the neuromuscular re-education (97112) — 23 min; no other patient was treated by me during it.
            • rhythmic stabilization at 90° abduction / 60° ER, supine → standing, eyes closed on the last round
            • PNF D2 flexion with manual resistance, slow reversals
            • quadruped on the wobble board, R hand down, my perturbations at the shoulder
            Tested: CKCUEST 18 touches (12 at eval); UQ-YBT medial reach R 84% of arm length (L 97%)
            A: R glenohumeral dynamic stability and proprioception impaired after the dislocation — apprehension late in ER.
            P: profile update to the CO after next visit.
            """,
            ["S43.014D", "M24.411"], [PT("97112", 23)], []),

        // Longleaf Raeford "Tuesday profile reconditioning hour at the clinic — six SMs on lower-limb profiles; I ran the NMR stations for all six": a group; beam tandem with head turns, hops to the Airex, star excursion; R ankle proprioception and postural control; SEBT and SLS present: one-on-one missing.
        ["v1-h87-longleaf-profile-hour-of-six"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Raeford
            Tuesday profile reconditioning hour at the clinic — six SMs on lower-limb profiles; I ran the NMR stations for all six.
            SM: PV2 A. Reyes · 92Y · R ankle sprain on the obstacle course
            NMR (97112) — 24 min
             - tandem stance on the balance beam with head turns
             - SL hops onto the Airex, stick and hold
             - star excursion reaches on the R
            Tested: SEBT posteromedial reach R 79% of leg length (L 91%); SLS on foam R 11 s
            Impairment: R ankle proprioception and postural control.
            """,
            ["S93.401D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Black River Arsenal St mortarman after repeated blast, copy to the SRU nurse case manager: "the PT stayed with this SM exclusively for every minute of the 97112 — nobody else was on the schedule in that hour"; gaze stabilization on foam, hallway head turns, foam head tilts; post-blast vestibular hypofunction; DVA, FGA, foam seconds; 24 matches: passes.
        ["v1-h87-blackriver-blast-exclusively"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Watertown (Arsenal St)
            SM: SGT P. Novak · 11C mortarman, light infantry · referred by the TBI clinic on post after a live-fire cycle of repeated blast exposure · copy to the SRU nurse case manager
            ATTENDANCE: the PT stayed with this SM exclusively for every minute of the 97112 — nobody else was on the schedule in that hour.
            INTERVENTION — NMR (97112), 24 min:
              - gaze stabilization, a letter on the wall at eye level, head pitch and yaw to the metronome, standing on foam
              - walking the hallway turning the head to read the cards on the doors, then walking backward
              - standing on the foam with eyes closed and head tilts
            IMPAIRMENT: post-blast vestibular hypofunction with visual dependence — sways and loses the target on head turns
            OBJECTIVE: DVA 4 lines lost (6 at eval); FGA 21/30; foam eyes closed 12 s
            """,
            ["S06.0X0S", "H81.93"], [PT("97112", 24)], []),

        // Black River Evans Mills ACL reconstruction: "During this NMR block the PT was also running the AFT-prep circuit for two other Soldiers on the turf, coaching their deadlifts between his sets": attending others; tilt board, drop landings, reactive bounds; L knee neuromuscular control; hop % and LESS present: one-on-one missing.
        ["v1-h87-blackriver-also-running-aft-circuit"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Evans Mills
            SM: SPC J. Hollis · 88M · L knee ACL reconstruction (BPTB), month five · goal: back to the AFT and the road march
            During this NMR block the PT was also running the AFT-prep circuit for two other Soldiers on the turf, coaching their deadlifts between his sets.
            INTERVENTION — NMR (97112), 21 min:
              - perturbation training on the tilt board, L single leg
              - drop landing from a 12-in. box to a stick, feet hip-width
              - lateral bounds onto foam with a reactive ball catch
            OBJECTIVE: single-leg hop L 82% of R; LESS 6 errors
            IMPAIRMENT: L knee neuromuscular control — late quad activation and valgus on landing
            """,
            ["S83.512D"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Verde Prescott Valley, MST on file: female PT on request, door ajar, consent before each touch — "It was the Veteran and me only in the room for the whole neuromuscular re-education (97112), 22 minutes"; PNF chop/lift, rhythmic stabilization, foam-beam stance; lumbopelvic motor control; SLS and side bridge; passes.
        ["v1-h87-verde-mst-door-ajar"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Prescott Valley
            Veteran: Ms. C. Yazzie, 44, Army 2000–2012 · SC: lumbar strain, both knees · Consult # 649-CC-118204 · SEOC: PT outpatient, 12 visits; today is visit 5
            Trauma-informed care (MST on file; she chose to tell us): female PT, as she asked; door left ajar at her request; I described each hands-on technique and asked before touching, every time.
            It was the Veteran and me only in the room for the whole neuromuscular re-education (97112), 22 minutes.
            - PNF trunk patterns in half-kneeling, chop and lift, my manual resistance at the shoulders
            - rhythmic stabilization at the pelvis in tall-kneeling
            - single-leg stance on the foam beam with a ball pass
            Deficit: lumbopelvic motor control — the pelvis rotates and drops on single-leg loading
            Measured: SLS on foam R 13 s / L 9 s; side bridge R 26 s / L 18 s
            """,
            ["M54.50", "M62.81"], [PT("97112", 22)], []),

        // Verde Cottonwood Gulf War Veteran after a TBI: "A peer support specialist from the Vet Center drove him today and sat in on the session", nothing states one-on-one; foam head turns, tandem with ball toss, stepping-strategy pushes; postural control and somatosensory reliance; mCTSIB and recoveries present: one-on-one missing.
        ["v1-h87-verde-peer-support-sat-in-never-stated"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Cottonwood
            Veteran: Mr. D. Harjo, 52, Army 1990–2011, two combat tours · Consult # 649-CC-117730 · SEOC visit 8 of 12
            A peer support specialist from the Vet Center drove him today and sat in on the session.
            Neuromuscular re-education (97112), 20 minutes:
            - standing on the foam pad with eyes closed and head turns
            - tandem walking on the line with a ball toss to the specialist
            - stepping-strategy drill: my unannounced pushes at the trunk, forward and back
            Deficit: postural control and somatosensory reliance after the TBI — falls to the L with eyes closed
            Measured: mCTSIB foam eyes closed 14 s (7 s at eval); 10 of 12 pushes recovered with one step
            """,
            ["S06.0X0S", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Verde Camp Verde PTA, Marine transtibial amputee: "The Veteran had the PTA to himself for all of the neuromuscular re-education (97112), 21 min; the PTA saw no other patient in that time"; foam weight shifts eyes closed, sound-limb step-ups, catches on the prosthesis; prosthetic-limb proprioception and weight acceptance; stance seconds and catches; passes.
        ["v1-h87-verde-pta-veteran-had-the-pta-to-himself"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Camp Verde
            Veteran: Mr. R. Ochoa, 36, USMC · R transtibial amputation after an IED blast · Consult # 649-CC-118391 · PTA visit under the PT's plan
            The Veteran had the PTA to himself for all of the neuromuscular re-education (97112), 21 min; the PTA saw no other patient in that time.
            - weight shifts onto the prosthesis standing on foam, eyes closed
            - step-ups with the sound limb onto a 6-in. step, holding stance on the prosthetic side
            - ball catches standing on the prosthesis with the sound foot resting on a stool
            Deficit: decreased proprioception and weight acceptance through the R prosthetic limb
            Measured: single-limb stance on the prosthesis 6 s (2 s at eval); 18 of 20 catches without touching down
            """,
            ["Z89.511", "R26.89"], [PTA("97112", 21)], []),

        // Headwaters Little Falls Guard lineman, LOD approved at annual training: "One-to-one: PT and Soldier only, start to finish of the 97112"; overhead rhythmic stabilization, PNF D2 eyes closed, wobble-board push-up position; R shoulder dynamic stability and proprioception; CKCUEST and JPE; "Minutes: 97112 — 20" matches: passes.
        ["v1-h87-headwaters-lineman-soldier-and-pt-only"] = new(
            """
            HEADWATERS REHAB & READINESS · Little Falls · Guard & Reserve clinic day
            Soldier: SGT B. Lindqvist · MN Army National Guard · civilian job: lineman for the electric co-op
            LOD: in line of duty (DA 2173 on file), R shoulder — caught the weight of a tow bar at annual training at Camp Ripley · care authorized through MMSO
            One-to-one: PT and Soldier only, start to finish of the 97112.
            + rhythmic stabilization, R arm overhead at 150°, supine → standing
            + PNF D2 flexion against manual resistance, eyes closed on the return
            + R hand on the wobble board in a push-up position, my perturbations
            Impairment: R shoulder dynamic stability and proprioception — the arm drifts overhead, as it does on the pole
            Measured: CKCUEST 17 touches; joint position error at 90° flexion 7° (12° at eval)
            Minutes: 97112 — 20
            """,
            ["S46.011D"], [PT("97112", 20)], []),

        // Headwaters Pierz Thursday readiness lane, three Guard Soldiers and one PT: 97530 has no one-on-one check; litter carry, ruck walk, kneel-to-stand from a firing position with loads and counts; R knee pain and quad weakness after a meniscus repair; 26 matches: passes.
        ["v1-h87-headwaters-readiness-lane-97530"] = new(
            """
            HEADWATERS REHAB & READINESS · Pierz · Thursday readiness lane
            Three Guard Soldiers on LOD cases worked the readiness lane together; one PT running the lane.
            Soldier: SPC M. Dvorak · MN ARNG · civilian job: turkey barns · R knee, medial meniscus repair (LOD approved)
            97530 — 26 min
            + four-person litter carry, 50 m x 4, his corner loaded
            + ruck walk on the gravel path, 25-lb ruck, 400 m
            + kneel-to-stand from a kneeling firing position with a rubber rifle, 2 x 10 each knee
            Limitation: R knee pain and quad weakness on kneeling and loaded walking
            Goal: the ruck event and the litter carry at the next drill
            """,
            ["S83.241D"], [PT("97530", 26)], []),

        // Headwaters Staples snowplow driver: "Between his sets I took another patient's knee measurements at the next plinth and set up her home program": attending another patient; BAPS, foam head turns, star excursion; L ankle proprioception and slowed peroneal reaction; SLS and SEBT present: one-on-one missing.
        ["v1-h87-headwaters-measurements-at-the-next-plinth"] = new(
            """
            HEADWATERS REHAB & READINESS · Staples
            Soldier: PFC K. Nygaard · Army Reserve, engineer company · civilian job: county snowplow driver · L ankle, slipped off the plow's step
            Between his sets I took another patient's knee measurements at the next plinth and set up her home program.
            97112 — 18 min
            + BAPS level 3 standing on the L
            + single-leg stance on foam with head turns
            + star excursion, anterior and posterolateral
            Impairment: L ankle proprioception and peroneal reaction slowed after the sprain
            Measured: SLS on foam L 10 s / R 27 s; SEBT anterior L 69 cm
            """,
            ["S93.402D"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Gasconade St. Robert Saturday spouses' core class of five: 97110 has no one-on-one check; heel slides with bracing, dead bugs, banded clams, bridges with doses; abdominal wall weakness with a diastasis and a baby-carrier goal; 18 matches: passes.
        ["v1-h87-gasconade-spouses-core-class-97110"] = new(
            """
            Gasconade Valley PT · St. Robert · Saturday spouses' core class (5 moms, all TRICARE)
            pt: Mrs. J. Alvarez, 29, spouse (husband is an MP on post) · 7 mo postpartum, diastasis recti
            did (97110, in the class) — 18 min:
              - heel slides with TA bracing 2 x 12
              - dead bug, arms only → opposite arm and leg, 3 x 8
              - side-lying clams with a band 3 x 15; glute bridges 3 x 12
            for — abdominal wall weakness with a two-finger diastasis; back aches by noon carrying the baby carrier
            — K. Larkin, PT
            """,
            ["M62.08", "M54.50"], [PT("97110", 18)], []),

        // Gasconade Waynesville drill sergeant's Achilles on the confidence course: "He was my only patient from start to finish of the NMR — no one else in the gym with me"; heel raises on the pad with perturbations, hop-and-stick, rocker-board catches; calf/ankle reactive control; heel-raise counts and sticks; 21 matches: passes.
        ["v1-h87-gasconade-drill-sergeant-only-patient"] = new(
            """
            Gasconade Valley PT · Waynesville
            pt: SFC R. Mays, 38, drill sergeant (engineer training BN) · TRICARE Prime · R Achilles strain on the confidence course · temp profile
            He was my only patient from start to finish of the NMR — no one else in the gym with me.
            did (97112) — 21 min:
              - SL heel raise on the balance pad, eyes closed, my perturbations at the hips
              - hop-and-stick, forward and lateral, onto foam
              - SL stance on the rocker board, catching and returning a med ball
            for — R ankle/calf proprioception and reactive control after the Achilles strain; lands flat and stiff
            measured — SL heel raises on the pad R 14 / L 25; SLS eyes closed R 9 s; hop-and-stick 7 of 10 held on the R
            — K. Larkin, PT
            """,
            ["S86.011D"], [PT("97112", 21)], []),

        // Gasconade St. Robert spouse with SI pain, toddlers playing in the corner with her sister: "one-on-one — I had no other patient, start to finish of the 97112"; half-kneel rhythmic stabilization, hinge motor-control drill, bird dog with taps; R lumbopelvic motor control; ASLR effort and SLS; 20 matches: passes.
        ["v1-h87-gasconade-toddlers-in-the-corner"] = new(
            """
            Gasconade Valley PT · St. Robert
            pt: Mrs. T. Greer, 33, spouse (husband deployed) · TRICARE Prime · R SI joint pain since the second baby
            her two toddlers played in the corner with her sister the whole time; one-on-one — I had no other patient, start to finish of the 97112
            did (97112) — 20 min:
              - half-kneeling on the Airex with my rhythmic stabilization at the pelvis
              - standing hip hinge with a dowel, motor-control cues, then SL stance reaching to the floor
              - bird dog on the mat, pelvis kept level with my taps at the sacrum
            for — R lumbopelvic motor control: the pelvis drops and rotates on single-leg load; ASLR positive on the R
            measured — ASLR effort R 3/5 (1/5 with the pelvic belt); SLS R 12 s / L 28 s
            — K. Larkin, PT
            """,
            ["M46.1"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 2: checkbox, box-row and grid states

        // Longleaf Skibo Rd "Delivery: ■ one-on-one (PT + SM only) □ group □ concurrent"; Airex stance with perturbations, SL RDL to a laser, step-downs to foam; R hip neuromuscular control (late glute med) after a labral sprain; SLS seconds and pelvic-drop count; 22 matches: passes.
        ["v2-h87-longleaf-delivery-box-one-on-one"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Skibo Rd office
            Delivery:  ■ one-on-one (PT + SM only)   □ group   □ concurrent
            SM: CPL E. Santos · 25B · R hip labral sprain after a PLF on the gravel edge of the DZ · profile: no running, no jumping
            NMR (97112) — 22 min
              • SL stance on the Airex, R, with my perturbations at the pelvis; eyes open → closed
              • SL RDL motor-control drill, pelvis held level to a laser line on the wall
              • lateral step-downs from a 6-in. step onto foam
            Tested: SLS eyes closed R 9 s / L 22 s; pelvic drop on 5 of 10 step-downs (9 of 10 at eval)
            Assessment: R hip neuromuscular control — glute med recruitment late, the pelvis drops in stance
            """,
            ["S73.191D"], [PT("97112", 22)], []),

        // Longleaf Spring Lake Black Hawk crew chief, DA 3349 "Profile limits" box row (three ticked, two not) above a complete 97530: cabin mock-up climbs with a tool bag, kneeling fastener reaches, tool-chest lifts with loads and counts; lumbar strain with L5 symptoms; 25 matches: passes.
        ["v2-h87-longleaf-profile-limits-box-97530"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Spring Lake
            SM: SSG K. Morrow · 15T, Black Hawk crew chief · lumbar strain with R L5 symptoms lifting a cabin door panel
            Profile limits (DA 3349):  ■ no ruck over 25 lb   ■ no airborne ops   □ no running   ■ no lifting over 40 lb   □ no body armor
            97530 — 25 min
              • climbing in and out of the cabin mock-up with a 20-lb tool bag, x 8
              • kneeling and reaching to the floor-panel fasteners, 3 x 10
              • lifting a 35-lb tool chest from the floor to a waist-high bench, 2 x 8
            Limitation: lumbar strain with R L5 radicular symptoms on repeated flexion — tingling to the top of the foot after the eighth kneel at eval, none today
            """,
            ["S39.012D", "M54.16"], [PT("97530", 25)], []),

        // Longleaf Hope Mills "RTD phase: □ I protect ■ II strength □ III run / ruck □ IV jump / full duty" on a 97110: calf raises, tib raises, split squats, band abduction with doses; R calf and tibialis weakness after a tibial stress fracture with a ruck goal; 16 matches: passes.
        ["v2-h87-longleaf-rtd-phase-box-97110"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Hope Mills
            RTD phase:  □ I protect   ■ II strength   □ III run / ruck   □ IV jump / full duty
            SM: PFC N. Bishop · 11B · R tibial stress fracture (posteromedial) from road marching · off crutches, walking boot weaned
            97110 — 16 min
              • seated and standing calf raises 3 x 15 each; SL calf raise on a step 2 x 10
              • tibialis anterior raises against the wall 3 x 15
              • Bulgarian split squat, bodyweight, 3 x 8 each side
              • side-lying hip abduction with the band 3 x 15
            Why: R calf and tibialis weakness after the stress fracture; goal — phase III walk/run and a 12-mile ruck
            """,
            ["M84.361D"], [PT("97110", 16)], []),

        // Longleaf Raeford "Minutes per code: 97112 ____ 97110 ____ Total timed: 37" — the per-code blanks left empty for two timed codes: separate time missing; both sections complete (■ one-on-one; foam perturbations, BAPS, hop to stick; calf raises, eversion, lunges with doses; L ankle proprioception and peroneal weakness; SLS and hop-stick).
        ["v2-h87-longleaf-minutes-per-code-blank-total"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Raeford
            SM: SGT F. Castillo · 13F · L ankle sprain on a night jump · profile: no airborne ops
            Delivery:  ■ one-on-one (PT + SM only)   □ group   □ concurrent
            Minutes per code:  97112 ____   97110 ____        Total timed: 37
            NMR: SL stance on foam with my perturbations; BAPS level 4; hop to stick on the Airex
            TE: SL calf raises 3 x 15; band eversion 3 x 20; lateral lunges 2 x 10 each
            Tested: SLS eyes closed L 8 s / R 26 s; hop-stick 6 of 10 held on the L
            Assessment: L ankle proprioceptive deficit and peroneal weakness after the sprain
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 15)], [SepTime]),

        // Black River Carthage "ATTENDANCE: □ PT with SM only ■ SM in group (vestibular group, 3 SMs)": not one-on-one; gaze stabilization on foam, head-turn hallway walking, tandem eyes closed; post-concussive vestibulo-ocular dysfunction; DGI and seconds present: one-on-one missing.
        ["v2-h87-blackriver-attendance-group-ticked"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Carthage
            ATTENDANCE:  □ PT with SM only   ■ SM in group (vestibular group, 3 SMs)
            SM: SPC A. Kowalski · 12B · concussion — struck his head on the hatch when the vehicle slid into a snowbank on the range road
            INTERVENTION — NMR (97112), 20 min:
              - gaze stabilization, horizontal and vertical, standing on foam
              - habituation walking: head turns down the hall, then turning to pick up cones
              - tandem stance, eyes closed, on the firm floor
            IMPAIRMENT: post-concussive vestibulo-ocular dysfunction; unsteady with head movement
            OBJECTIVE: DGI 19/24; tandem eyes closed 9 s
            """,
            ["S06.0X0D", "F07.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Black River Gouverneur breacher, "■ PT with SM only"; gaze work on foam, optokinetic video, quick stops and turns; vestibular hypofunction after blast — "OBJECTIVE MEASURES TODAY: SOT ____ DHI ____ FGA ____" left blank and no number in the note but the code's: measure missing.
        ["v2-h87-blackriver-objective-measures-blank"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Gouverneur
            SM: SGT H. Baptiste · light infantry, breacher · dizziness since the breaching range
            ATTENDANCE:  ■ PT with SM only   □ SM in group (___)
            INTERVENTION — NMR (97112), 19 min:
              - gaze stabilization with head turns, seated → standing on foam
              - habituation to the optokinetic video on the monitor
              - walking with quick stops and turns on the PT's call
            IMPAIRMENT: vestibular hypofunction with motion sensitivity after repeated blast exposure
            OBJECTIVE MEASURES TODAY:  SOT ____   DHI ____   FGA ____
            A: tolerating the progression; continue per plan.
            """,
            ["H81.93", "S06.0X0S"], [PT("97112", 19)], [At(Measure, "97112")]),

        // Verde Chino Valley "Treatment delivered: ■ Individual (one provider, one Veteran)" beside a trauma-informed options row; rocker-board head turns, hurdle steps to foam, BAPS; chronic R ankle instability with poor proprioception; SLS seconds (and CAIT); 21 matches: passes.
        ["v2-h87-verde-individual-box-trauma-informed-row"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Chino Valley
            Treatment delivered:  ■ Individual (one provider, one Veteran)   □ Group
            Trauma-informed options offered:  ■ clinician gender of the Veteran's choice   ■ door position of the Veteran's choice   ■ narrate before touch   □ chaperone requested
            Veteran: Mr. L. Baca, 61, Army airborne 1983–2005 · SC 40%, R ankle · Consult # 649-CC-118012
            Neuromuscular re-education (97112), 21 minutes:
            - single-leg stance on the rocker board, R, with head turns
            - stepping over hurdles onto foam, eyes on a target ahead
            - BAPS level 2, seated → standing
            Deficit: chronic R ankle instability with poor proprioception — rolls the ankle on the gravel driveway
            Measured: SLS R 8 s / L 21 s; CAIT 14/30
            """,
            ["M25.371", "M19.071"], [PT("97112", 21)], []),

        // Verde Prescott Valley Seabee, SEOC grid (authorized, used before today, remaining after today) above a complete 97140: C5-7 unilateral PAs and upper-thoracic PAs by grade, suboccipital release; lower-cervical hypomobility with guarding; rotation degrees before and after; 13 matches: passes.
        ["v2-h87-verde-seoc-visit-grid-97140"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Prescott Valley
            SEOC: Physical Therapy (outpatient) · Consult # 649-CC-117954
              Visits authorized: 12    Used before today: 8    Remaining after today: 3    Renewal request: not yet
            Veteran: Mr. G. Whitehorse, 67, Navy 1975–1995 (Seabees) · neck pain with cervical spondylosis; stiff turning to back the truck
            Manual therapy (97140), 13 minutes:
            - C5-6 and C6-7 unilateral PA mobilizations, grade III, R side
            - suboccipital release
            - upper thoracic (T1-4) central PAs, grade III
            Findings: R lower-cervical segmental hypomobility with upper-trap guarding
            Rotation R 48° → 58°, L 60° → 64° after the manual work
            """,
            ["M47.812", "M54.2"], [PT("97140", 13)], []),

        // Verde Cottonwood "Interventions provided today: ■ moist heat ■ TENS ■ therapeutic exercise □ …", "Therapeutic exercise (97110): 15 minutes", "Veteran tolerated session. Continue per SEOC.": no exercise, region or dose named.
        ["v2-h87-verde-interventions-checklist-ther-ex-only"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Cottonwood
            Interventions provided today:  ■ moist heat   ■ TENS   ■ therapeutic exercise   □ manual therapy   □ gait training   □ neuromuscular re-ed
            Therapeutic exercise (97110): 15 minutes
            Veteran tolerated session. Continue per SEOC.
            """,
            ["M17.11"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Headwaters Little Falls "LOD status: ■ In line of duty (DA 2173 on file)" and "Code: 97110 Min: 14 By: PT" / "Code: 97116 Min: 12 By: PTA" (both match, one discipline); quad and knee exercises with doses; crutch gait and stairs with distance and CGA; quad weakness and flexion loss, antalgic gait after a tibial plateau ORIF: passes.
        ["v2-h87-headwaters-lod-box-and-code-min-by-rows"] = new(
            """
            HEADWATERS REHAB & READINESS · Little Falls
            LOD status:  ■ In line of duty (DA 2173 on file)   □ Pending   □ Not in LOD
            Soldier: SSG A. Rasmussen · MN ARNG, transportation company · civilian job: dairy farm · R tibial plateau fx, ORIF, after stepping off a tailgate at annual training
            Code: 97110     Min: 14     By: PT
            + quad sets 3 x 10; straight-leg raise 3 x 12; terminal knee extension with the band 3 x 15; heel slides 2 x 15
            + for R quadriceps weakness and knee flexion limited after the ORIF
            Code: 97116     Min: 12     By: PTA
            + walker → two crutches, 3-point, 2 x 150 ft on the clinic floor; stairs with one rail and a crutch, 8 steps, CGA
            + for an antalgic gait with a short R stance and a stiff knee
            """,
            ["S82.141D"], [PT("97110", 14), PTA("97116", 12)], []),

        // Headwaters Pierz Reserve MP, "Deficit addressed: □ balance □ proprioception □ motor control □ strength □ other: ______" with nothing ticked and no deficit, region or system anywhere; one-on-one stated; Airex perturbations, BAPS, hop to stick; seconds and sticks: deficit missing.
        ["v2-h87-headwaters-deficit-boxes-none-ticked"] = new(
            """
            HEADWATERS REHAB & READINESS · Pierz
            Soldier: SPC J. Kowal · Army Reserve, military police · civilian job: corrections officer at the county jail
            Deficit addressed:  □ balance   □ proprioception   □ motor control   □ strength   □ other: ______
            One-on-one: PT with the Soldier only for the 97112.
            97112 — 20 min
            + single-leg stance on the Airex with head turns and PT perturbations
            + BAPS level 4, standing
            + hop to stick onto foam, forward and lateral
            Measured: SLS eyes closed R 10 s / L 23 s; hop-stick 7 of 10
            """,
            ["S93.401D"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Gasconade Richland spouse training for the post's half marathon: "just us? □ group? □" both left empty and nothing states one-on-one; SL squat eyes closed, band walks into Airex balance with perturbations, eccentric step-downs; R hip/knee neuromuscular control; valgus count and Y-balance present: one-on-one missing.
        ["v2-h87-gasconade-just-us-box-empty"] = new(
            """
            Gasconade Valley PT · Richland
            pt: Ms. D. Cho, 27, spouse · TRICARE Select · R anterior knee pain training for the post's half marathon
            just us? □     group? □
            did (97112) — 19 min:
              - SL squat to a box in front of the mirror, knee over the 2nd toe, then eyes closed
              - lateral band walks into SL balance on the Airex with my perturbations
              - slow eccentric step-downs off a 6-in. step
            for — R hip/knee neuromuscular control: dynamic valgus and pelvic drop on SL loading
            measured — valgus on 6 of 10 step-downs (9 of 10 at eval); Y-balance anterior R 58 cm / L 64 cm
            — K. Larkin, PT
            """,
            ["M22.2X1"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // Gasconade St. Robert MP, HEP list ticked "performed in clinic with me" (abduction, side plank, SL bridge, ruck step-ups with doses, clamshells unticked); L glute med weakness with lateral hip pain and a run-and-ruck goal; "did (97110) — 14 min" matches: passes.
        ["v2-h87-gasconade-hep-ticks-97110"] = new(
            """
            Gasconade Valley PT · St. Robert
            pt: SGT E. Owens, 30, MP company · TRICARE Prime · L lateral hip pain on the runs, worse after a ruck
            HEP reviewed today (■ = performed in clinic with me):
              ■ side-lying hip abduction, 3 x 12          ■ side plank from the knees, 3 x 20 s hold
              ■ single-leg bridge, 3 x 10 each            □ clamshells (dropped — too easy)
              ■ step-ups to a 12-in. box with a 15-lb ruck, 3 x 10
            did (97110) — 14 min
            for — L glute med weakness with lateral hip pain; goal — the 4-mile formation run and a ruck without limping
            — K. Larkin, PT
            """,
            ["M70.62"], [PT("97110", 14)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Longleaf Skibo Rd PLF progression (mat → 2-ft platform → 4-ft platform → lateral drift trainer), stage 2: front, rear and side PLFs and harness recovery with counts; R ankle stiffness and calf weakness after a lateral malleolus ORIF; 23 matches: passes.
        ["v3-h87-longleaf-plf-progression-97530"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Skibo Rd office
            SM: SGT O. Mensah · 35F, on jump status before the injury · R lateral malleolus fx (ORIF) from a PLF into a tree line · profile: no airborne ops until cleared
            PLF progression, stage 2 of 4 (mat → 2-ft platform → 4-ft platform → lateral drift trainer), today on the 2-ft platform:
            97530 — 23 min
              • front and rear PLFs from the 2-ft platform, feet and knees together, 12 each
              • R and L side PLFs, 8 each, rolling through the five points of contact (balls of the feet, calf, thigh, buttock, push-up muscle)
              • harness drill: recover to standing and collapse the canopy (a towel on the line), x 6
            Finding: R ankle stiffness and calf weakness — still lands heel-first on the R and breaks the roll
            """,
            ["S82.61XD"], [PT("97530", 23)], []),

        // Longleaf Spring Lake platoon leader, FM 7-22 Shoulder Stability Drill (I, T, Y, L, W raises with holds and rounds), side-lying ER and serratus punches with doses; R cuff and lower-trap weakness with impingement; 17 matches: passes.
        ["v3-h87-longleaf-shoulder-stability-drill-97110"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Spring Lake
            SM: 1LT W. Grady · platoon leader · R shoulder impingement from pull-ups and hand-release push-ups
            FM 7-22 Shoulder Stability Drill, prone on the bench with 3-lb plates:
            97110 — 17 min
              • I-raise, T-raise, Y-raise, L-raise, W-raise — 2 rounds of 10 each, 3-s hold at the top
              • side-lying ER with 5 lb 3 x 12; serratus punch with the band 3 x 15
            Because: R rotator cuff and lower-trap weakness with impingement on overhead work
            """,
            ["M75.41"], [PT("97110", 17)], []),

        // Black River Arsenal St limb-salvage cavalry scout in an IDEO on the Return to Run pathway: box jumps, agility ladder, shuttles and ammo-can carries with counts; L ankle and calf power lacking after a pilon fracture; 24 matches: passes.
        ["v3-h87-blackriver-ideo-return-to-run-97530"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Watertown (Arsenal St)
            SM: SSG C. Duarte · 19D cavalry scout · L limb salvage after a pilon fracture in a vehicle rollover; fit with an IDEO last month · copy to the SRU nurse case manager
            Return to Run pathway in the IDEO, week 3:
            INTERVENTION — Ther activity (97530), 24 min:
              - box jumps onto a 12-in. box in the IDEO, 4 x 5
              - agility ladder: in-in-out-out and lateral shuffles, 6 passes
              - shuttle runs on the turf, 10 yd, 6 reps; then two 20-lb ammo cans carried 4 x 25 m
            IMPAIRMENT: L ankle and calf power lacking after the pilon fracture — pushes off the IDEO strut, not the forefoot
            """,
            ["S82.872D"], [PT("97530", 24)], []),

        // Black River Carthage rifleman, ankle sprained on ice on a ruck march: Mulligan weight-bearing lunge MWM with a belt, talocrural posterior glides by grade and bouts, distal tib-fib glides; R talocrural hypomobility; knee-to-wall cm before and after; 11 matches: passes.
        ["v3-h87-blackriver-mulligan-mwm-ankle-97140"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Carthage
            SM: PFC R. Tam · 11B · R ankle sprain on the ice during a ruck march · can't get down into a squat or a kneeling firing position — the ankle "blocks"
            INTERVENTION — Manual therapy (97140), 11 min:
              - Mulligan mobilization with movement: weight-bearing lunge with a belt glide of the tibia over the talus, 3 x 10
              - talocrural posterior glides, grade III, 3 bouts of 30 s
              - distal tibiofibular anterior-posterior glides
            IMPAIRMENT: R talocrural hypomobility — dorsiflexion limited after the sprain
            OBJECTIVE: knee-to-wall R 6 cm → 10 cm after; L 13 cm
            """,
            ["S93.401D"], [PT("97140", 11)], []),

        // Black River Evans Mills "Mountain Ready" ruck reconditioning programme, phase two: weighted step-ups, lunges, sled drags, carries, calf raises for hip and calf weakness after a tibial stress reaction — no sets, reps, load, distance or number but the code's: measure missing.
        ["v3-h87-blackriver-mountain-ready-no-dose"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Evans Mills
            SM is on the clinic's "Mountain Ready" ruck reconditioning programme, phase two.
            INTERVENTION — Ther ex (97110), 18 min:
              - weighted step-ups; walking lunges; sled drags; farmer carries; calf raises off the step
            IMPAIRMENT: hip and calf weakness on both sides after a tibial stress reaction; not yet cleared to ruck with his platoon
            """,
            ["M84.362D"], [PT("97110", 18)], [At(Measure, "97110")]),

        // Verde Prescott Valley polytrauma Veteran, gait training with the Bioness L300 Go (stimulation timed to swing): level floor, ramp, gravel and obstacles with distance, SBA and CGA; R foot drop with steppage after a peroneal nerve injury; toe catches counted; 18 matches: passes.
        ["v3-h87-verde-l300-go-foot-drop-97116"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Prescott Valley
            Veteran: Mr. T. Begay, 39, Army · polytrauma (blast, 2011): R peroneal nerve injury with foot drop, TBI · Consult # 649-CC-118455
            Gait training (97116), 18 minutes, with the Bioness L300 Go on the R leg (stimulation timed to swing, cuff below the fibular head):
            - level clinic floor 4 x 150 ft, no AFO, SBA
            - the ramp and the gravel path outside, 2 rounds each, CGA on the gravel
            - obstacles: stepping over a garden hose and weaving around cones, 6 passes
            Gait deviation: R foot drop with a steppage pattern and toe catch after the peroneal nerve injury
            Toe catches: 1 in 600 ft with the L300 Go today (7 with no device)
            """,
            ["G57.31", "M21.371"], [PT("97116", 18)], []),

        // Verde Camp Verde Air Force Veteran after a TKA, blood flow restriction (Delfi cuff at 80% LOP, 30-15-15-15 scheme): leg press and knee extension with loads and reps, band abduction; R quad weakness and atrophy with a couch and garden goal; 16 matches: passes.
        ["v3-h87-verde-blood-flow-restriction-97110"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Camp Verde
            Veteran: Ms. P. Nakai, 58, Air Force 1986–2008 · R TKA, 10 weeks out · Consult # 649-CC-118127
            Blood flow restriction training: Delfi cuff on the R thigh at 80% limb occlusion pressure, 30-15-15-15 rep scheme
            Therapeutic exercise (97110), 16 minutes:
            - leg press at 30% of estimated 1RM, 30-15-15-15 with the cuff inflated, then deflated
            - seated knee extension, same scheme
            - standing hip abduction with the band 3 x 15 (cuff off)
            Purpose: R quadriceps weakness and atrophy after the knee replacement; goal — up from the low couch and off the floor in the garden
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 16)], []),

        // Headwaters Little Falls Guard landscaper's hamstring, Military Movement Drill 1 (verticals, laterals, shuttle sprint at graded effort over yards) and a sprint-drag-carry rehearsal with loads and distances; R hamstring strength and sprint tolerance; 22 matches: passes.
        ["v3-h87-headwaters-military-movement-drill-97530"] = new(
            """
            HEADWATERS REHAB & READINESS · Little Falls
            Soldier: SPC H. Vang · MN ARNG, infantry · civilian job: landscaper · R hamstring strain sprinting on the AFT at drill · LOD pending; care under TRICARE Reserve Select
            Military Movement Drill 1 on the clinic turf, as in FM 7-22:
            97530 — 22 min
            + verticals, laterals and the shuttle sprint at 50% → 75% effort, 3 rounds of each over 25 yd
            + sprint-drag-carry rehearsal: 50-lb sled drag 2 x 25 m; 40-lb kettlebell carries 2 x 25 m
            Limitation: R hamstring strength and tolerance to sprinting — pulled up at the third stride at eval
            Goal: the sprint-drag-carry at the next record AFT
            """,
            ["S76.311D"], [PT("97530", 22)], []),

        // Gasconade Waynesville MP after a first dislocation: "one-on-one, just the two of us in the back room, for the whole 97112"; Turkish get-up progression with rhythmic stabilization at each stage, bottoms-up carry eyes closed, Airex quadruped perturbations; L GH dynamic stability and position sense; CKCUEST and UQ-YBT; 21 matches: passes.
        ["v3-h87-gasconade-turkish-get-up-97112"] = new(
            """
            Gasconade Valley PT · Waynesville
            pt: SPC A. Ruiz, 24, MP · TRICARE Prime · L shoulder, first-time anterior dislocation on the combatives mat; out of the sling four weeks
            one-on-one, just the two of us in the back room, for the whole 97112
            did (97112) — 21 min:
              - Turkish get-up progression with an 8-lb kettlebell, stopping at each stage for my rhythmic stabilization at the shoulder
              - bottoms-up kettlebell carry, eyes on the far wall, then held eyes closed standing
              - quadruped on the Airex, L hand down, with my perturbations
            for — L glenohumeral dynamic stability and joint position sense after the dislocation
            measured — CKCUEST 19 touches; UQ-YBT superolateral reach L 66% of arm length (R 79%)
            — K. Larkin, PT
            """,
            ["S43.015D"], [PT("97112", 21)], []),

        // Gasconade St. Robert, reaction lights on the wall, Airex and rocker board, "one-on-one, no one else on my schedule", pods hit and seconds measured — no deficit, impairment, body region or system named anywhere: deficit missing.
        ["v3-h87-gasconade-reaction-lights-no-deficit"] = new(
            """
            Gasconade Valley PT · St. Robert
            pt: PV2 M. Kessler, 20, permanent party, just out of AIT · TRICARE Prime
            one-on-one, no one else on my schedule, the whole 97112
            did (97112) — 19 min:
              - reaction lights on the wall: tap the lit pod standing single-leg on the Airex
              - rocker board, single leg, eyes closed
              - hop to stick onto the foam when a pod lights
            measured — 27 of 30 pods hit on the Airex (19 at eval); rocker board eyes closed 12 s
            — K. Larkin, PT
            """,
            ["S93.402D"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Longleaf Raeford: on the 2-ft platform he can't hold feet-and-knees-together, the L knee splits off and caves in — the finding; "Seen one-on-one by the PT — no other SM in the room"; drop landings with a foam block, SL landings with perturbation, tilt-board squats; L knee neuromuscular control; LESS and block count; 22 matches: passes.
        ["v4-h87-longleaf-knees-split-on-the-plf-platform"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Raeford
            SM: SPC D. Pruitt · 11B · L MCL sprain on a jump at Sicily DZ · profile: no airborne ops
            What keeps him off jump status: on the 2-ft platform he can't hold feet-and-knees-together — the L knee splits off and caves in, and he lands heels first.
            Seen one-on-one by the PT — no other SM in the room — for all of the NMR (97112), 22 min:
             1) drop landings from the 2-ft platform to a stick, knees pressing a foam block together
             2) SL landing on the L from a 6-in. step onto the Airex, my perturbation on the landing
             3) tilt-board squats on the L, eyes closed
            Finding: L knee neuromuscular control — late adductor and quad co-contraction, dynamic valgus on landing
            Tested: LESS 7 errors (10 at eval); foam block held on 8 of 10 landings
            """,
            ["S83.412D"], [PT("97112", 22)], []),

        // Longleaf Skibo Rd SF medical sergeant: after about four miles under the ruck the R hand goes numb, the arm won't lift to the sternum strap, can't hold the rifle at the ready — the findings; abduction, curls, scapular band work, serratus slides with doses; upper-trunk plexus neuropraxia with deltoid and biceps weakness; 15 matches: passes.
        ["v4-h87-longleaf-hand-goes-numb-under-the-ruck"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Skibo Rd office
            SM: SSG J. Fenn · 18D · R rucksack palsy after a 12-mile ruck carrying 65 lb
            What he tells me: after about four miles under the ruck the R hand goes numb and the arm won't lift to adjust the sternum strap; he can't hold the rifle up at the ready.
            97110 — 15 min
              • side-lying shoulder abduction to 90° with 2 lb, 3 x 10; biceps curls with 3 lb, 3 x 12
              • scapular retraction and depression with the band 3 x 15
              • serratus wall slides 2 x 12
            Finding: R upper-trunk brachial plexus neuropraxia — deltoid and biceps 4-/5, shoulder abduction weak
            """,
            ["G54.0"], [PT("97110", 15)], []),

        // Black River Arsenal St breacher: moving from behind cover the front sight jumps, the world swims clearing a room — the findings; "PT with SM only — no other patient seen during the 97112"; sight-picture gaze stabilization walking, target shifts side-stepping, 180° turns on foam; VOR deficit; DVA and turns; 23 matches: passes.
        ["v4-h87-blackriver-front-sight-jumps"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Watertown (Arsenal St)
            SM: CPL N. Grant · 11B, breacher · repeated blast exposure on the breaching range; referred by the TBI clinic · copy to the SRU nurse case manager
            What keeps him off the range: moving from behind cover the front sight jumps and he can't pick up the target until he stops; the world "swims" when he clears a room and turns his head fast.
            ATTENDANCE: PT with SM only — no other patient seen during the 97112.
            INTERVENTION — NMR (97112), 23 min:
              - gaze stabilization: eyes on a sight picture taped to the wall, fast head turns, standing → walking toward it
              - shifting gaze between two targets with head turns while side-stepping
              - turning 180° on the PT's call and fixing a target, on foam
            IMPAIRMENT: vestibulo-ocular reflex deficit — the gaze slips on fast head movement
            OBJECTIVE: DVA 3 lines lost; 180° turns to a target 6 of 8 without a stagger
            """,
            ["S06.0X0S", "H81.93"], [PT("97112", 23)], []),

        // Black River Evans Mills: can't pull the ahkio up the tank trail, the L hip gives and pinches in the snowshoes, can't kneel in the snow to stake the tent — the findings; harness sled pulls up the ramp, hurdle stepping with a ruck, half-kneel rises with loads and counts; L hip flexor and abductor weakness with anterior pinch; 25 matches: passes.
        ["v4-h87-blackriver-cant-pull-the-ahkio-uphill"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Evans Mills
            SM: SGT E. Larsen · 11B · L hip labral sprain on a snowshoe movement
            What keeps him out of the field: he can't pull the ahkio up the tank trail — the L hip gives and pinches at the top of each step in the snowshoes — and he can't kneel in the snow to set the tent stakes.
            INTERVENTION — Ther activity (97530), 25 min:
              - harness pull of a weighted sled up the clinic ramp, 60 lb, 6 trips
              - high-knee stepping over 10-in. hurdles with a 25-lb ruck, 4 passes
              - half-kneel → stand holding a 20-lb bag, 2 x 8 each side
            IMPAIRMENT: L hip flexor and abductor weakness with an anterior hip pinch in deep flexion
            """,
            ["S73.192D"], [PT("97530", 25)], []),

        // Verde Cottonwood Marine Veteran: can't get down on the floor to play with his grandson and back up, can't kneel at the stock tank to fix the float valve — the findings; floor transfers, kneeling valve turns, feed-sack carries with counts; knee OA with quad weakness; rises counted; 24 matches: passes.
        ["v4-h87-verde-grandson-on-the-floor-and-the-stock-tank"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Cottonwood
            Veteran: Mr. A. Lucero, 63, Marine Corps 1979–1999 · SC 50%: both knees, low back · Consult # 649-CC-118230
            What he wants back: he can't get down on the floor to play with his grandson and back up without pulling on the couch, and he can't kneel at the stock tank to fix the float valve.
            Therapeutic activities (97530), 24 minutes:
            - floor transfers: tall-kneel → half-kneel → stand, with a chair, then without, 6 rounds
            - kneeling on a pad at a low shelf, turning a valve mock-up, 3 rounds of 10 turns
            - carrying a 20-lb feed sack across the room and lowering it to the floor, x 6
            Deficit: bilateral knee osteoarthritis with quadriceps weakness and pain in deep flexion — can't rise from kneeling without his arms
            Measured: floor to stand with one hand on the chair 6 of 6 (both arms and the couch at eval)
            """,
            ["M17.0", "Z87.820"], [PT("97530", 24)], []),

        // Verde Chino Valley transfemoral amputee: the prosthetic toe catches on the pickup's running board, won't trust the knee downhill at the ranch — the findings; level gait with cues, ramp descent on the knee's yield, running-board step-ups with distance, SBA and counts; circumduction and vaulting; 19 matches: passes.
        ["v4-h87-verde-toe-catches-on-the-running-board-97116"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Chino Valley
            Veteran: Mr. K. Benally, 41, Army · L transfemoral amputation (IED, 2010), new microprocessor knee · Consult # 649-CC-118501
            What's hard: the prosthetic toe catches on the running board when he climbs into his pickup, and on the uneven ground at the ranch he won't trust the knee going downhill.
            Gait training (97116), 19 minutes:
            - level clinic floor, cued for a longer sound-side step and hip flexion on the prosthetic side, 3 x 200 ft, no device
            - ramp descent, letting the knee yield, 8 passes, SBA
            - stepping up onto a 14-in. running-board mock-up with the prosthesis leading and trailing, x 10
            Gait deviation: L circumduction with a short sound-side step; vaults on the sound side
            """,
            ["Z89.612"], [PT("97116", 19)], []),

        // Headwaters Long Prairie Guard farmer: can't climb the grain-bin ladder without hooking the L elbow over the rung, can't lift a feed sack to the bunk — the findings; fixed-ladder climbs, sack lifts, overhead rope pulls with counts and loads; L cuff weakness above shoulder height; 23 matches: passes.
        ["v4-h87-headwaters-grain-bin-ladder"] = new(
            """
            HEADWATERS REHAB & READINESS · Long Prairie
            Soldier: SGT T. Kraemer · MN ARNG, field artillery · civilian job: grain and dairy farm · L shoulder, cuff strain lifting a round at annual training · LOD approved, MMSO authorization on file
            What he can't do on the farm: climb the grain-bin ladder without hooking the L elbow over the rung; lift a 50-lb feed sack up to the bunk.
            97530 — 23 min
            + fixed-ladder climbing in the clinic, hand over hand, 6 trips to the top rung
            + sack lifts, 35 lb, floor to a chest-high shelf, 2 x 8
            + overhead reach and pull on a rope with the L arm, 3 x 10
            Limitation: L rotator cuff weakness and pain above shoulder height
            """,
            ["S46.012D"], [PT("97530", 23)], []),

        // Gasconade Waynesville spouse, patellar dislocation in the commissary lot: can't carry the baby up the townhouse stairs without the rail, the knee gives turning to the car seat — the findings; step-ups, wall sits, band walks, SL leg press with doses; quad and hip abductor weakness; 15 matches: passes.
        ["v4-h87-gasconade-baby-up-the-townhouse-stairs"] = new(
            """
            Gasconade Valley PT · Waynesville
            pt: Mrs. L. Haskins, 31, spouse · TRICARE Prime · L patellar dislocation slipping on the ice in the commissary lot
            what's hard: she can't carry the baby up the stairs in their townhouse without holding the rail, and the knee gives when she turns to put him in the car seat
            did (97110) — 15 min:
              - step-ups to a 6-in. step, then an 8-in., 3 x 10
              - wall sits at 45° 3 x 30 s
              - lateral band walks 3 x 10 steps each way
              - SL leg press 3 x 12 at 40 lb
            for — L quadriceps and hip abductor weakness after the dislocation
            — K. Larkin, PT
            """,
            ["S83.005D"], [PT("97110", 15)], []),

        // Longleaf Hope Mills profile closed by the BN PA, back on jump status: SLS, hop and Y-balance symmetrical, "No deficits found"; last visit one-on-one; hops, BAPS catches, platform drop landings — no deficit targeted: deficit missing.
        ["v4-h87-longleaf-profile-closed-no-deficits-found"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Hope Mills
            SM: SGT V. Ortega · 11B · profile closed by the BN PA; back on jump status Monday
            Exam today: SLS eyes closed L 29 s / R 30 s; hop test 99% of the other side; Y-balance symmetrical; no swelling. No deficits found.
            Last visit — NMR (97112), 18 min, one-on-one, PT and SM only:
             1) hop to stick onto foam, forward and lateral
             2) SL stance on the BAPS with ball catches
             3) drop landings from the 2-ft platform
            P: discharge; note to the BN PA.
            """,
            ["S93.402D"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Verde Prescott Valley final SEOC visit: SLS, FGA and every test normal, "No impairment found; all goals met"; one-on-one; foam-beam tandem, stepping strategy, rocker board — no deficit targeted: deficit missing.
        ["v4-h87-verde-final-seoc-visit-no-impairment"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Prescott Valley
            Veteran: Mr. S. Tsosie, 49, Army · Consult # 649-CC-117688 · SEOC visit 12 of 12, final
            Re-exam today: SLS eyes closed 27 s each side; FGA 29/30; no loss of balance on any test. No impairment found; all goals met.
            Final session — neuromuscular re-education (97112), 17 minutes, one-on-one with me, no other patient:
            - tandem walking on the foam beam with head turns
            - stepping-strategy drill with my pushes at the trunk
            - single-leg stance on the rocker board, eyes closed
            Plan: discharge; summary to the VA community care office through the portal.
            """,
            ["M25.371"], [PT("97112", 17)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Longleaf Spring Lake platoon sergeant, diagnostic AFT events (MDL load and reps, HRP reps, drag and carry loads and distances) beside lift-and-lower of a rigging bag with counts; L4-5 disc with L5 symptoms limiting lifting and carrying; 26 matches: passes.
        ["v5-h87-longleaf-diagnostic-aft-events-97530"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Spring Lake
            SM: SFC M. Quinn · 11B, platoon sergeant · L4-5 disc with L leg symptoms after a heavy-drop rigging detail · profile: AFT events deferred
            Diagnostic AFT events today (PT-administered, form only):
              MDL 180 lb x 3, neutral spine held on all 3 (140 lb at eval)
              HRP 38 reps
              SDC, drag and carry legs only: 90-lb sled 2 x 25 m; 40-lb kettlebells 2 x 25 m
            97530 — 26 min: trap-bar deadlift pattern with hinge cues; sled-drag technique; kettlebell carries with the trunk braced; lifting and lowering a 45-lb rigging bag to truck-bed height, 2 x 8
            Limitation: L4-5 disc with L L5 symptoms — lifting and carrying tolerance below the AFT and the rigging detail
            """,
            ["M51.16"], [PT("97530", 26)], []),

        // Longleaf Skibo Rd company commander after an ACL reconstruction: "One-on-one — the PT with CPT E. only, no other patient"; drop jumps with video feedback, hop to stick in three directions, Airex perturbations; L knee landing control; LESS errors and hop percentages; 21 matches: passes.
        ["v5-h87-longleaf-less-and-hop-percentages"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Skibo Rd office
            SM: CPT R. Ellison · company commander · L ACL reconstruction (hamstring graft), month seven · wants the next airborne operation
            One-on-one — the PT with CPT E. only, no other patient — for the NMR (97112), 21 min:
             1) drop jump off a 30-cm box into a vertical jump, video feedback on the tablet between reps
             2) SL hop to stick on the L, forward / lateral / with a 90° turn
             3) reactive perturbations on the Airex during SL squats
            Tested: LESS 4 errors (8 at month five); SL hop L 88% of R; triple crossover hop L 86% of R
            Assessment: L knee neuromuscular control on landing — still lands with less knee flexion on the L
            """,
            ["S83.512D"], [PT("97112", 21)], []),

        // Black River Arsenal St mortar section sergeant after an IED and repeated mortar blast: "one-on-one, PT with SM only"; visual-surround video on foam, Romberg on foam with arm raises, head-turn mat maze; vestibular and somatosensory integration deficit; SOT composite and condition trials; 22 matches: passes.
        ["v5-h87-blackriver-sot-composite-and-conditions"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Watertown (Arsenal St)
            SM: SSG T. Hale · 11C · mild TBI after an IED blast (2019) and repeated mortar blast since; dizzy on the ranges · copy to the SRU nurse case manager
            ATTENDANCE: one-on-one, PT with SM only for the 97112
            INTERVENTION — NMR (97112), 22 min:
              - standing on foam with the visual-surround video, eyes on the center target, head still → head turns
              - Romberg on foam, eyes closed, with arm raises
              - walking the mat maze with a head turn on each command
            OBJECTIVE: SOT composite 64 (52 at eval); condition 5 trials 48, 41, 55; condition 6 trials 39, fall, 44
            IMPAIRMENT: vestibular and somatosensory integration deficit — relies on vision; falls on condition 6
            """,
            ["S06.0X0S", "H81.93"], [PT("97112", 22)], []),

        // Black River Carthage rifleman after a metatarsal stress fracture: ruck walk on the indoor track (miles and pounds), box step-ups with the ruck, ruck on/off kneel-to-stand with counts; R forefoot load tolerance and calf endurance; 28 matches: passes.
        ["v5-h87-blackriver-ruck-miles-and-pounds-97530"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Carthage
            SM: PFC L. Moreau · 11B · R 2nd metatarsal stress fracture from road marching, healed on films · copy to the SRU nurse case manager
            INTERVENTION — Ther activity (97530), 28 min:
              - ruck walk on the indoor track: 35-lb ruck, 2 miles, boots laced with a heel lock, no foot pain
              - step-ups onto an 18-in. box with the ruck, 2 x 10 each leg
              - ruck on and off with a kneel-to-stand, x 8
            OBJECTIVE: 2 miles at 35 lb without forefoot pain (1 mile at 25 lb last week)
            IMPAIRMENT: R forefoot load tolerance after the metatarsal stress fracture; calf endurance low
            """,
            ["M84.374D"], [PT("97530", 28)], []),

        // Verde Camp Verde transtibial amputee after a new socket: AMPPRO score and K-level beside level, outdoor and curb gait with distance, mod I and SBA; short prosthetic stance with trunk lean; 20 matches: passes.
        ["v5-h87-verde-amppro-and-distance-97116"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Camp Verde
            Veteran: Mr. J. Whitman, 33, Army · R transtibial amputation (blast) · new socket last month · Consult # 649-CC-118560
            AMPPRO 40/47 (34/47 at eval), K3
            Gait training (97116), 20 minutes:
            - level gait without the cane, cued to load the prosthetic toe, 4 x 200 ft, mod I
            - the uneven path and the grass outside, 3 laps of 150 ft, SBA
            - curb up and down leading with the prosthesis, x 10
            Gait deviation: short R stance and early heel-off with a lateral trunk lean over the prosthesis
            """,
            ["Z89.511"], [PT("97116", 20)], []),

        // Verde Prescott Valley OT, polytrauma Veteran: Nine-Hole Peg Test seconds beside fly-tying at the vise, pearl snaps and a tackle-box sort with counts; R fine-motor coordination and in-hand manipulation after the TBI; 22 matches: passes.
        ["v5-h87-verde-ot-nine-hole-peg-97530"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Prescott Valley · OT
            Veteran: Mr. E. Castañeda, 45, Army · polytrauma: TBI and loss of R hand coordination after a vehicle blast · Consult # 649-CC-118333
            Therapeutic activities (97530), OT, 22 minutes:
            - tying a fly at the vise for his fishing, in steps: thread, hackle, whip finish, 3 flies
            - buttoning his work shirt and closing the pearl snaps, x 2
            - sorting screws and washers into his tackle box by size, 40 pieces
            Deficit: R hand fine-motor coordination and in-hand manipulation after the TBI
            Measured: Nine-Hole Peg Test R 31 s (44 s at eval), L 20 s
            """,
            ["S06.0X0S", "R27.8"], [OT("97530", 22)], []),

        // Headwaters Staples Reserve nursing assistant: handheld dynamometry in kg (mean of three) for hip abduction, ER and knee extension; cuff abduction, side plank with clam, step-downs, Spanish squats with doses; L hip weakness with patellofemoral pain; 16 matches: passes.
        ["v5-h87-headwaters-handheld-dynamometer-kg-97110"] = new(
            """
            HEADWATERS REHAB & READINESS · Staples
            Soldier: SPC R. Olander · Army Reserve, medical company · civilian job: nursing assistant · L anterior knee pain on the ruck and on stairs · care under TRICARE Reserve Select
            Measured (handheld dynamometer, kg, mean of three): hip abduction L 17.2 / R 22.8; hip ER L 11.5 / R 14.9; knee extension L 31 / R 36
            97110 — 16 min
            + side-lying hip abduction with a 3-lb cuff weight 3 x 12; side plank with a clam 3 x 8
            + step-downs from an 8-in. step 3 x 10; Spanish squat in the strap 3 x 15
            Impairment: L hip abductor and external rotator weakness with patellofemoral pain
            """,
            ["M22.2X2"], [PT("97110", 16)], []),

        // Headwaters Little Falls Guard MP and deputy after an ACL reconstruction: "One-to-one, PT and Soldier only, for all 20 min of the 97112"; reactive hops, deceleration cuts, Airex perturbations; R knee neuromuscular control; hop battery as LSI percentages; passes.
        ["v5-h87-headwaters-hop-battery-lsi"] = new(
            """
            HEADWATERS REHAB & READINESS · Little Falls
            Soldier: SGT N. Hagen · MN ARNG, military police · civilian job: sheriff's deputy · R ACL reconstruction after a slip on the ice at drill (LOD approved, DA 2173 on file), month eight
            One-to-one, PT and Soldier only, for all 20 min of the 97112.
            + reactive hop to stick on the PT's point, forward / lateral / diagonal
            + deceleration drill: sprint 5 m, cut on the PT's call
            + SL squat on the Airex with perturbations at the knee
            Measured (hop battery, LSI): single 91%, triple 89%, crossover 87%, 6-m timed 90%
            Impairment: R knee neuromuscular control on deceleration and cutting after the ACL reconstruction
            """,
            ["S83.511D"], [PT("97112", 20)], []),

        // Gasconade St. Robert route-clearance engineer after a partial meniscectomy: tibiofemoral and patellar glides by grade and bouts, STM; R knee hypomobility; flexion and extension degrees before and after and girth in cm; 12 matches: passes.
        ["v5-h87-gasconade-degrees-and-girth-97140"] = new(
            """
            Gasconade Valley PT · St. Robert
            pt: SSG P. Nolan, 35, engineer (route clearance) · TRICARE Prime · R knee stiff after a partial medial meniscectomy
            did (97140) — 12 min:
              - tibiofemoral posterior glides, grade III-IV, 4 bouts
              - patellar superior and inferior glides, grade III
              - STM to the distal quad and the lateral retinaculum
            for — R knee hypomobility: flexion and extension both limited, the patella stuck low
            measured — flexion 112° → 121°; extension lacks 6° → 3°; girth 1 cm above the patella R 39.5 cm / L 38 cm
            — K. Larkin, PT
            """,
            ["M25.661", "S83.241D"], [PT("97140", 12)], []),

        // Gasconade Richland spouse who coaches at the youth center: "one-on-one the whole 97112 — only her and me on the floor"; BOSU med-ball passes, figure-8 hops, tilt board eyes closed with taps; L ankle proprioception and peroneal reaction; Y-balance composite % and side hop seconds; 19 matches: passes.
        ["v5-h87-gasconade-y-balance-composite-and-side-hop"] = new(
            """
            Gasconade Valley PT · Richland
            pt: Ms. K. Dunmore, 26, spouse, coaches at the youth center on post · TRICARE Select · L chronic ankle instability, third sprain this year
            one-on-one the whole 97112 — only her and me on the floor
            did (97112) — 19 min:
              - SL stance on the BOSU dome with a med-ball pass
              - figure-8 hops around cones, sticking each landing
              - tilt board, eyes closed, with my taps at the hips
            for — L ankle proprioceptive deficit and a delayed peroneal reaction
            measured — Y-balance composite L 86% / R 97%; side hop test L 14 s (R 9 s)
            — K. Larkin, PT
            """,
            ["M25.372"], [PT("97112", 19)], []),

        // Longleaf Raeford ruck work for a lumbar strain: ruck on and off, gravel ruck walk, bench step-ups, kneel-to-stand with a rubber rifle — "Ruck walk looked better today; he says his back feels looser", no count, load, distance or number but the code's: measure missing.
        ["v5-h87-longleaf-ruck-walk-looked-better"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Raeford
            SM reports the back is looser after the weekend.
            97530 — 22 min
              • ruck on and off from the ground; ruck walk on the gravel path; step-ups onto the bench with the ruck
              • kneel-to-stand from a kneeling firing position with the rubber rifle
            Limitation: lumbar strain — stiff and guarded lifting the ruck from the ground
            Ruck walk looked better today; he says his back feels looser.
            """,
            ["S39.012D"], [PT("97530", 22)], [At(Measure, "97530")]),

        // Black River Gouverneur "■ PT with SM only"; gaze work on foam, head-turn hallway walking, scrolling-stripes habituation; post-concussive vestibular hypofunction — "steadier on the foam than last week; less dizzy with the head turns", no number but the code's: measure missing.
        ["v5-h87-blackriver-steadier-on-the-foam"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Gouverneur
            ATTENDANCE:  ■ PT with SM only   □ SM in group (___)
            INTERVENTION — NMR (97112), 20 min:
              - gaze stabilization with head turns, on foam
              - walking with head turns down the hallway
              - habituation to the scrolling-stripes video, standing
            IMPAIRMENT: post-concussive vestibular hypofunction after the blast exposure
            OBJECTIVE: steadier on the foam than last week; less dizzy with the head turns.
            """,
            ["S06.0X0S", "H81.93"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Verde Cottonwood Vietnam-era Veteran after a hip replacement: cane gait cued for step length and trunk, cones, ramp and curb; L Trendelenburg lurch — "reports he is walking farther around the neighborhood", no distance, assistance level or number but the code's: measure missing.
        ["v5-h87-verde-walking-farther-around-the-neighborhood"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Cottonwood
            Veteran: Mr. F. Archuleta, Army, Vietnam era · L hip replacement this winter
            Gait training (97116), 18 minutes: walking with the cane in the R hand, cued for a longer R step and an upright trunk; turning around the cones; the ramp and the curb outside
            Gait deviation: L Trendelenburg lurch with a short R step after the hip replacement
            The Veteran reports he is walking farther around the neighborhood and using the cane less at home.
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 18)], [At(Measure, "97116")]),

        // Headwaters Pierz Guard electrician after a cuff repair: GH glides with end-range oscillations, scapular mobilization, posterior-cuff soft tissue; capsular stiffness, can't reach the breaker panel — "Shoulder is moving better, per the Soldier", no grade, bout, degree or number but the code's: measure missing.
        ["v5-h87-headwaters-shoulder-moving-better"] = new(
            """
            HEADWATERS REHAB & READINESS · Pierz
            Soldier: SGT R. Bauer · MN ARNG · civilian job: electrician · R shoulder stiff after a rotator cuff repair (LOD approved)
            97140 — 12 min
            + glenohumeral posterior and inferior glides, oscillations at end range
            + scapular mobilization in side-lying
            + soft-tissue work to the posterior cuff and the pec minor
            Impairment: R glenohumeral capsular stiffness after the cuff repair — can't reach overhead to the breaker panel
            Shoulder is moving better, per the Soldier.
            """,
            ["M75.121", "M25.611"], [PT("97140", 12)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Longleaf Skibo Rd motor-pool SM, "NMR (97112) from 1304 to 1326 hrs, one-on-one" (22) and "Ther ex (97110) from 1326 to 1341 hrs" (15), both match; Airex perturbations, BAPS, hop to stick; calf raises, eversion, step-ups with doses; R ankle proprioception and peroneal/calf weakness; SLS and sticks: passes.
        ["v6-h87-longleaf-from-to-hrs-per-code"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Skibo Rd office
            SM: SGT K. Abara · 92F · R ankle sprain on a night jump; the ankle rolls on the motor-pool gravel
            NMR (97112) from 1304 to 1326 hrs, one-on-one (PT and SM only): SL stance on the Airex with my perturbations; BAPS level 4; hop to stick on foam
            Ther ex (97110) from 1326 to 1341 hrs: SL calf raises 3 x 15; band eversion 3 x 20; lateral step-ups 3 x 10
            Tested: SLS eyes closed R 9 s / L 27 s; hop-stick 7 of 10
            Assessment: R ankle proprioceptive deficit and peroneal/calf weakness after the sprain
            """,
            ["S93.401D", "M25.371"], [PT("97112", 22), PT("97110", 15)], []),

        // Black River Arsenal St cannon crewman, "TIME (h:mm): 97112 — 0:23 97530 — 0:16" (both match), PT with SM only for the 97112; foam gaze work, head-turn walks, tandem eyes closed; training-round lifts and hand-offs with a turn, crouch-walks with counts; post-concussive vestibular deficit; DGI and hand-offs: passes.
        ["v6-h87-blackriver-h-mm-durations"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Watertown (Arsenal St)
            SM: SPC D. Whitley · 13B cannon crewmember · concussion in a fall from the howitzer trail in the snow · copy to the SRU nurse case manager
            TIME (h:mm):  97112 — 0:23    97530 — 0:16
            ATTENDANCE: PT with SM only for the 97112
            NMR: gaze stabilization on foam with head pitch; walking with head turns; tandem stance eyes closed
            TA: loading-drill mock-up — lifting a 35-lb training round from the ground to the chest and handing it off with a turn, 3 x 8; crouch-walking under a low beam, 6 passes
            IMPAIRMENT: post-concussive vestibular deficit with head-motion dizziness — can't turn and hand off the round without staggering
            OBJECTIVE: DGI 20/24; 24 of 24 hand-offs without a stagger (half of them at eval)
            """,
            ["S06.0X0D", "F07.81"], [PT("97112", 23), PT("97530", 16)], []),

        // Verde Prescott Valley Navy nurse Veteran with polyneuropathy: "Of the 37 timed minutes today, 22 were neuromuscular re-education (97112), one-on-one with me, and 15 were therapeutic exercise (97110)" (both match); foam, tandem, stepping strategy; heel raises, sit-to-stands, band DF with doses; somatosensory loss and weakness; mCTSIB and chair stands: passes.
        ["v6-h87-verde-of-the-timed-minutes-sentence"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Prescott Valley
            Veteran: Ms. R. Dahl, 68, Navy Nurse Corps 1978–1998 · polyneuropathy; two falls since the fall season began · Consult # 649-CC-118677
            Of the 37 timed minutes today, 22 were neuromuscular re-education (97112), one-on-one with me, and 15 were therapeutic exercise (97110).
            Neuromuscular re-education: standing on foam with eyes closed; tandem walking along the counter; stepping strategy with my pushes at the trunk
            Therapeutic exercise: heel raises 3 x 12; sit-to-stand from the low chair 3 x 10; ankle dorsiflexion with the band 3 x 15
            Deficit: somatosensory loss in both feet with impaired postural control; ankle and hip weakness
            Measured: mCTSIB foam eyes closed 9 s; 30-second chair stand 9
            """,
            ["G62.9", "R26.81"], [PT("97112", 22), PT("97110", 15)], []),

        // Headwaters Little Falls logger, "Minutes — 97112: 21 | 97110: 13" (both match), one-on-one for the 97112; rocker board, BAPS, log step-overs to foam; calf raises, band eversion/inversion, lunges with doses; L ankle proprioception and peroneal weakness; SLS and SEBT: passes.
        ["v6-h87-headwaters-minutes-pipe-row"] = new(
            """
            HEADWATERS REHAB & READINESS · Little Falls
            Soldier: SPC T. Lund · MN ARNG · civilian job: logger · L ankle sprain on the land-navigation course at Camp Ripley (LOD approved)
            Minutes —  97112: 21  |  97110: 13
            One-on-one for the 97112: the Soldier and the PT only.
            97112 + SLS on the rocker board with head turns; BAPS level 4; stepping over logs onto foam with the eyes up
            97110 + SL calf raises 3 x 15; band eversion and inversion 3 x 20; lateral lunges 2 x 10
            Impairment: L ankle proprioceptive deficit and peroneal weakness after the sprain
            Measured: SLS eyes closed L 11 s / R 26 s; SEBT anterior L 70 cm / R 76 cm
            """,
            ["S93.492D"], [PT("97112", 21), PT("97110", 13)], []),

        // Gasconade St. Robert chemical-school instructor after a PCS trailer load: "97140 manual — 7 min at the start … then 5 more at the end … (12 min total)" and "97110 ther ex — 15 min" (both match); PAs by grade and STM; press-ups, bird dog, bridges, goblet squats with doses; hypomobility, QL guarding and extensor weakness; extension degrees; a handoff for her PCS: passes.
        ["v6-h87-gasconade-manual-at-the-start-and-the-end"] = new(
            """
            Gasconade Valley PT · St. Robert
            pt: MSG D. Brock, 44, chemical school instructor · TRICARE Prime · low back pain since loading the trailer for his PCS
            did:
              - 97140 manual — 7 min at the start: L4-5 and L5-S1 central PAs grade III; then 5 more at the end: STM to the L QL and the lumbar paraspinals (12 min total)
              - 97110 ther ex — 15 min: prone press-ups 2 x 10; bird dog 3 x 8 each; bridges 3 x 12; goblet squat with 20 lb 3 x 10
            for — L4-5/L5-S1 hypomobility with QL guarding; trunk and hip extensor weakness; goal — load a trailer again without the back catching
            measured — lumbar extension 15° → 25° after the manual work
            handoff: I PCS at the end of the month; the next PT should progress the goblet squat to a kettlebell deadlift.
            — K. Larkin, PT
            """,
            ["M54.50"], [PT("97140", 12), PT("97110", 15)], []),

        // Longleaf Hope Mills meniscus repair, "PT — NMR (97112) — 20 min, one-on-one" and "PTA — Ther ex (97110) — 15 min" (both match their lines, one discipline); Airex perturbations, mirrored step-downs, SL RDL; leg press, curls, wall sits, band abduction with doses; R knee control and quad/hamstring weakness; squat count and Y-balance: passes.
        ["v6-h87-longleaf-pt-and-pta-one-visit"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Hope Mills
            SM: SPC B. Yates · 31B · R medial meniscus repair, month four · profile: no running, no jumping
            PT — NMR (97112) — 20 min, one-on-one with the SM (no other patient for me):
              SL squat on the Airex with perturbations; step-downs from a 6-in. step in front of the mirror; SL RDL to a cone
              Tested: SL squat without valgus 8 of 10 (4 of 10 last wk); Y-balance anterior R 60 cm / L 67 cm
              R knee neuromuscular control and quad timing impaired
            PTA — Ther ex (97110) — 15 min:
              leg press 3 x 12 at 90 lb; hamstring curls 3 x 12; wall sits 3 x 40 s; hip abduction with the band 3 x 15
              for R quad and hamstring weakness after the repair
            """,
            ["S83.241D"], [PT("97112", 20), PTA("97110", 15)], []),

        // Verde Prescott Valley polytrauma Veteran with a hemiparesis, PT then OT one morning: "PT — Gait training (97116), 18 minutes" and "OT — Therapeutic activities (97530), 24 minutes" each match its own discipline's line; quad-cane gait with distance and CGA; kitchen tasks with counts; stiff-knee gait and R arm weakness; Box and Block: passes.
        ["v6-h87-verde-pt-then-ot-one-morning"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Prescott Valley
            Veteran: Mr. H. Quintero, 40, Army · polytrauma (vehicle blast): TBI with a R hemiparesis · Consult # 649-CC-118612 (PT) and # 649-CC-118613 (OT)
            PT — Gait training (97116), 18 minutes: small-base quad cane, 4 x 100 ft on the clinic floor, then the parking-lot ramp x 3; cued R heel strike and knee flexion in swing; CGA
            Gait: R hemiparetic pattern — stiff-knee swing with circumduction and toe drag
            OT — Therapeutic activities (97530), 24 minutes: making a sandwich and a cup of coffee in the clinic kitchen with the R hand as the assist hand; carrying the plate to the table with the cane, x 2
            Deficit: R upper-limb weakness and slow grasp-release after the TBI; standing balance at the counter
            Measured: Box and Block R 21 / L 52; stood at the counter through the whole task with one hand on it
            """,
            ["S06.9X0S", "G81.91"], [PT("97116", 18), OT("97530", 24)], []),

        // Headwaters Staples Reserve truck driver, "Timed minutes this visit: 24" for the one timed code and "CPT: 97530" (matches); load chaining and binding, cab-step climbs, tire-chain lifts with counts and loads; lumbar strain with guarding on reaching and lifting: passes.
        ["v6-h87-headwaters-timed-minutes-one-code"] = new(
            """
            HEADWATERS REHAB & READINESS · Staples
            Soldier: SSG L. Fischer · Army Reserve, transportation · civilian job: over-the-road driver · lumbar strain chaining down a load at annual training · MMSO authorization on file
            Timed minutes this visit: 24
            + chaining and binding a load mock-up: throwing the chain over a 4-ft bar and ratcheting the binder, 3 x 6
            + climbing in and out of a truck-cab step mock-up with three points of contact, x 10
            + lifting 30-lb tire chains from the floor to tailgate height, 2 x 8
            Limitation: lumbar strain — trunk guarding and pain reaching overhead and lifting from the floor
            CPT: 97530
            """,
            ["S39.012D"], [PT("97530", 24)], []),

        // Longleaf Spring Lake PTA note "97530 — 28 min" against a 17-min PTA line: mismatch; tire lifts, overhead wrench work and creeper pushes with loads and counts, R cuff weakness overhead complete.
        ["v6-h87-longleaf-pta-ther-act-28-against-17"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Spring Lake
            PTA note · SM: SGT C. Ibarra · 91B wheeled-vehicle mechanic · R cuff strain pulling a tire off a truck
            97530 — 28 min:
              • lifting a 40-lb tire from the floor onto the rack, 2 x 6
              • overhead wrench work on the undercarriage mock-up, 3 rounds of 10 bolts
              • pushing and pulling the creeper with a 20-lb toolbox, 6 x 20 ft
            For: R rotator cuff weakness and pain overhead after the strain
            """,
            ["S46.011D"], [PTA("97530", 17)], [At(Mismatch, "97530")]),

        // Black River Carthage "NMR (97112), 30 min" against a 19-min line: mismatch; otherwise complete (PT with SM only; letter-card gaze work on foam, hallway head turns with stops, tandem eyes closed; vestibulo-ocular deficit and postural instability; DVA and seconds).
        ["v6-h87-blackriver-nmr-30-against-19"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Carthage
            SM: SPC R. Fontaine · 11B · concussion at combatives
            ATTENDANCE: PT with SM only
            INTERVENTION — NMR (97112), 30 min:
              - gaze stabilization with the letter card, head turns, standing on foam
              - walking the hallway with head turns and quick stops
              - tandem stance, eyes closed
            IMPAIRMENT: post-concussive vestibulo-ocular deficit and postural instability
            OBJECTIVE: DVA 3 lines lost; tandem eyes closed 11 s
            """,
            ["S06.0X0D", "F07.81"], [PT("97112", 19)], [At(Mismatch, "97112")]),

        // Gasconade Waynesville spouse after a household-goods move: 97110 15 matches but "97140 manual — 22 min" against a 10-min line: mismatch on 97140; both sections complete (chin tucks, prone Y's and T's, rows, nerve sliders with doses; PAs, suboccipital release, first rib; C6 radicular symptoms with hypomobility and weakness; rotation degrees).
        ["v6-h87-gasconade-manual-22-against-10"] = new(
            """
            Gasconade Valley PT · Waynesville
            pt: Mrs. S. Pike, 37, spouse · TRICARE Prime · neck pain with R arm tingling since packing out the household goods for the PCS
            did:
              - 97110 ther ex — 15 min: chin tucks 3 x 10; prone Y's and T's 2 x 10; rows with the band 3 x 15; median nerve sliders 2 x 10
              - 97140 manual — 22 min: C5-6 and C6-7 PAs grade III; suboccipital release; first-rib mobilization on the R
            for — R C6 radicular symptoms with lower-cervical hypomobility; deep neck flexor and scapular weakness
            measured — rotation R 55° → 66°; Spurling's positive on the R
            — K. Larkin, PT
            """,
            ["M54.12"], [PT("97110", 15), PT("97140", 10)], [At(Mismatch, "97140")]),

        // Verde Chino Valley blast TBI: "40 minutes of neuromuscular re-education and gait training together, one-on-one with me" is the only time for two codes: separate time missing; both sections complete (foam tandem, hurdles, pushes; outdoor gait with distance and SBA; postural instability and wide-based ataxic gait; FGA and seconds).
        ["v6-h87-verde-forty-minutes-nmr-and-gait-together"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Chino Valley
            Veteran: Mr. O. Redhouse, 50, Army · TBI (blast) with a wide-based gait · Consult # 649-CC-118704
            Timed treatment today: 40 minutes of neuromuscular re-education and gait training together, one-on-one with me.
            Neuromuscular re-education (97112): tandem stance on foam with head turns; stepping over hurdles with the eyes on a target; my pushes at the trunk for a stepping strategy
            Gait training (97116): walking the outdoor path and the ramp without a cane, 3 x 300 ft, cued to narrow the base; SBA
            Deficit: postural instability and an ataxic, wide-based gait after the TBI
            Measured: FGA 19/30; tandem stance on foam 8 s
            """,
            ["S06.0X0S", "R26.89"], [PT("97112", 24), PT("97116", 16)], [SepTime]),

        // Headwaters Long Prairie feed-mill worker: "97110 — 14 min" but the 97530 rows carry no minutes: separate time missing; both sections complete (bird dog, side plank, goblet squat, hinge with doses; feed-bag lifts and carries with loads and counts; lumbar strain with core and hip extensor weakness).
        ["v6-h87-headwaters-ther-act-rows-unminuted"] = new(
            """
            HEADWATERS REHAB & READINESS · Long Prairie
            Soldier: SPC P. Jorgensen · MN ARNG · civilian job: feed mill · lumbar strain lifting a generator at drill
            97110 — 14 min
            + bird dog 3 x 8 each; side plank 3 x 25 s; goblet squat 25 lb 3 x 10; hip hinge with a dowel 2 x 12
            97530
            + lifting 50-lb feed bags from the pallet to the truck bed, 2 x 6; carrying them 40 ft, x 6
            Impairment: lumbar strain with core and hip extensor weakness; lifts through the back at the mill
            """,
            ["S39.012D"], [PT("97110", 14), PT("97530", 12)], [SepTime]),

        // Gasconade Dixon engineer, "time — 1400 to 1430, ther ex then ther act" is one clock range for two codes: separate time missing; both sections complete (eccentric heel drops, weighted calf raises, soleus squats with doses; treadmill ruck and stair flights with loads; Achilles load tolerance and calf weakness).
        ["v6-h87-gasconade-one-clock-range-two-codes"] = new(
            """
            Gasconade Valley PT · Dixon
            pt: SGT W. Harlan, 29, engineer · TRICARE Prime · R Achilles tendinopathy from the ruck marches
            time — 1400 to 1430, ther ex then ther act
            did:
              - 97110: eccentric heel drops off the step 3 x 15; SL calf raises with a 20-lb vest 3 x 12; soleus wall squats 3 x 12
              - 97530: ruck walk on the treadmill with a 20-lb ruck, 0.75 mile at a 5% grade; stair climbs with the ruck, 4 flights
            for — R Achilles load tolerance and calf weakness; the tendon flares on the second mile of a ruck
            — K. Larkin, PT
            """,
            ["M76.61"], [PT("97110", 16), PT("97530", 14)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h87-empty-nmr-and-ther-ex"] = new(
            "",
            ["S93.401D"], [PT("97112", 22), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // Empty note on an OT 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h87-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 20)], [At(NoteMissing, "97530"), Dx]),

        // A note of line breaks and spaces only (cells are trimmed) on a PTA 97116 with a diagnosis: note missing only.
        ["v7-h87-line-breaks-only-pta-97116"] = new(
            "\n   \n\n  ",
            ["S82.141D"], [PTA("97116", 14)], [At(NoteMissing, "97116")]),

        // 97110's meaning at Longleaf: ruck step-ups, rear-foot-elevated split squats, calf and tibialis raises, hip thrusts with doses (technique and measure), L lower-leg and hip weakness after a tibial stress fracture with a ruck goal (deficit); 19 matches: passes.
        ["v7-h87-longleaf-97110-ruck-ready-lower-leg"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Raeford
            SM: PV2 G. Lyle · 11B · L tibial stress fracture, healed · profile phase III: walk/run, ruck ≤ 35 lb
            97110 — 19 min
              • step-ups to an 18-in. box with a 25-lb ruck, 3 x 10 each
              • rear-foot-elevated split squat with 20-lb dumbbells, 3 x 8 each
              • SL calf raises off the step 3 x 15; tibialis raises 3 x 20
              • barbell hip thrust 95 lb 3 x 10
            Why: L lower-leg and hip weakness after the stress fracture; goal — the 12-mile ruck with the company
            """,
            ["M84.362D"], [PT("97110", 19)], []),

        // 97530's meaning at Black River: a combat medic's casualty drag with the strap, kneel-at-the-mannequin-and-run, aid bag and litter lift with loads and counts (technique and measure), L knee pain and quad weakness on deep kneeling after a meniscus tear (deficit); 23 matches: passes.
        ["v7-h87-blackriver-97530-casualty-drag-and-litter"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Evans Mills
            SM: SGT M. Okonkwo · 68W combat medic · L medial meniscus tear (non-op) — the knee catches kneeling over a casualty
            INTERVENTION — Ther activity (97530), 23 min:
              - casualty drag with the drag strap, 150-lb sled, 4 x 15 m
              - kneeling at the mannequin, then rising to a run, 2 x 8 each knee
              - loading the aid bag onto the litter and lifting the litter's end, 60 lb, x 6
            IMPAIRMENT: L knee pain and quad weakness on deep kneeling and rising; goal — the medic lane at the next field exercise
            """,
            ["S83.242D"], [PT("97530", 23)], []),

        // 97140's meaning at Verde: Kaltenborn talocrural distraction, posterior talar glides by grade and bouts, subtalar glides and STM (technique), R talocrural and subtalar hypomobility after an old airborne fracture (deficit), lunge cm and DF degrees before and after (measure); 12 matches: passes.
        ["v7-h87-verde-97140-talocrural-distraction"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Camp Verde
            Veteran: Mr. B. Kiyaani, 57, Army airborne · SC 30%, R ankle (old fracture); the ankle is stiff walking the hills out to his horses · Consult # 649-CC-118289
            Manual therapy (97140), 12 minutes:
            - Kaltenborn talocrural distraction, grade III, 3 x 30 s
            - posterior talar glides, grade III–IV, 4 bouts
            - subtalar lateral glides and STM to the gastroc-soleus
            Findings: R talocrural and subtalar hypomobility after the old fracture
            Measured: weight-bearing lunge R 7 cm → 10 cm; dorsiflexion (goniometer) R 2° → 8°
            """,
            ["M25.671", "M19.071"], [PT("97140", 12)], []),

        // 97116's meaning at Headwaters: two crutches to one to none with cues, the salted walk and a snowbank edge in ice cleats, reciprocal stairs with distance, CGA and SBA (technique and measure), antalgic gait with no push-off after a trimalleolar ORIF (deficit); 17 matches: passes.
        ["v7-h87-headwaters-97116-salted-walk-in-ice-cleats"] = new(
            """
            HEADWATERS REHAB & READINESS · Little Falls
            Soldier: SGT J. Hedlund · MN ARNG · civilian job: rural mail carrier · L trimalleolar fx (ORIF) — slipped on the ice loading a truck at drill (LOD approved)
            97116 — 17 min
            + two crutches → one → no device on the clinic floor, 3 x 150 ft, cued heel-to-toe and equal step length
            + the salted walk and the snowbank edge outside in ice cleats, 2 x 100 ft, CGA
            + stairs, reciprocal, one rail, 12 steps, SBA
            Gait deviation: antalgic — short L stance and no push-off after the ankle fracture
            """,
            ["S82.852D"], [PT("97116", 17)], []),

        // 97530's meaning at Gasconade: a weighted car seat clicked into its base, a stroller into a trunk mock-up, car-seat carries with loads, counts and distance (technique and measure), low back pain with poor lifting mechanics and weak trunk extensors with a minivan goal (deficit); 20 matches: passes.
        ["v7-h87-gasconade-97530-car-seat-and-stroller"] = new(
            """
            Gasconade Valley PT · St. Robert
            pt: Mrs. B. Kauffman, 30, spouse · TRICARE Prime · low back pain lifting the infant car seat and the stroller
            did (97530) — 20 min:
              - lifting a weighted car seat (25 lb) from the floor and clicking it into the base on the bench, hinging without a twist, x 10
              - folding the stroller and lifting it into the trunk mock-up, x 6
              - carrying the car seat on the hip and then in front, 4 x 50 ft
            for — low back pain with poor lifting mechanics and weak trunk extensors; goal — the car seat in and out of the minivan without a flare
            — K. Larkin, PT
            """,
            ["M54.50"], [PT("97530", 20)], []),

        // Generic 97112: "97112 — 22 min. Neuromuscular re-ed per plan. SM did well. Continue plan of care." — no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h87-generic-nmr-per-plan"] = new(
            "97112 — 22 min. Neuromuscular re-ed per plan. SM did well. Continue plan of care.",
            ["S93.401D"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97140 with minutes for each (15 and 10, both match): "Ther ex and manual as planned. Veteran tolerated well; no complaints." — nothing named for either code.
        ["v7-h87-generic-ther-ex-and-manual"] = new(
            "97110 — 15 min; 97140 — 10 min. Ther ex and manual as planned. Veteran tolerated well; no complaints.",
            ["M17.11"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Generic update to the SRU nurse case manager on a 97530: "continues to attend therapy and participates in therapeutic activities as planned … progressing toward his goals" — no activity, deficit or measure named.
        ["v7-h87-generic-update-to-the-case-manager-97530"] = new(
            """
            To: SRU nurse case manager
            Re: SM's therapy
            SM continues to attend therapy and participates in therapeutic activities as planned. He is progressing toward his goals and remains motivated. Recommend he continue therapy under the current referral.
            Black River Therapy
            """,
            ["S39.012D"], [PT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Longleaf Skibo Rd helicopter-repairer after an ACL reconstruction, appt 0730: 97112 21 ("one-on-one, PT and SM only") and 97110 14 match; Airex perturbations, hop to stick, backward step-downs; SL leg press, ball bridges, band walks with doses; R knee control and quad/hamstring weakness; Y-balance and valgus count: passes.
        ["vord-h87-longleaf-acl-nmr-and-ther-ex"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Skibo Rd office
            SM: SGT A. Pham · 15R · R ACL reconstruction (BTB), month six · profile: no airborne ops, no running on uneven ground · appt 0730
            NMR (97112) — 21 min, one-on-one, PT and SM only:
              SL squat on the Airex with my perturbations; lateral hop to stick; backward step-downs from a 6-in. step
            Ther ex (97110) — 14 min:
              SL leg press 3 x 10 at 110 lb; hamstring bridges on the ball 3 x 12; lateral band walks 3 x 12 steps each way
            Tested: Y-balance anterior R 62 cm / L 68 cm; valgus on 3 of 10 SL squats
            Assessment: R knee neuromuscular control and quad/hamstring strength deficits after the ACL reconstruction
            """,
            ["S83.511D"], [PT("97112", 21), PT("97110", 14)], []),

        // Longleaf Spring Lake PTA, SSA-warehouse supply clerk: cat-camel, bird dog, dead bugs, side plank, KB deadlift with doses; lumbar strain with core and hip extensor weakness and a box-lifting goal; 16 matches: passes.
        ["vord-h87-longleaf-pta-warehouse-lumbar-97110"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Spring Lake
            PTA note · SM: SPC J. Burris · 92A · low back strain lifting pallets at the SSA warehouse · profile: no lifting over 30 lb
            Ther ex (97110) — 16 min: cat-camel 2 x 10; bird dog 3 x 8 each; dead bugs 3 x 10; side plank 3 x 20 s each; KB deadlift 25 lb 3 x 10
            For: lumbar strain with core and hip extensor weakness; goal — lift a 50-lb box at the warehouse without pain
            """,
            ["S39.012D"], [PTA("97110", 16)], []),

        // Longleaf Hope Mills hard opening shock on a combat-equipment jump, three codes: 97112 18 ("one-on-one (no other patient for me)"), 97110 12 and 97140 10 all match; laser relocation, rhythmic stabilization, head turns in the helmet on foam; chin tucks, prone T's, rows with doses; PAs and STM; proprioception, weakness, hypomobility; JPE and rotation: passes.
        ["vord-h87-longleaf-hard-opening-three-codes"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Hope Mills
            SM: SSG R. Kimura · 11B · neck sprain from a hard opening shock on a combat-equipment jump; the neck aches under the helmet and turning to check the line
            NMR (97112) — 18 min, one-on-one (no other patient for me): laser relocation to the target with eyes closed; rhythmic stabilization at the head in sitting; head turns wearing the helmet, standing on foam
            Ther ex (97110) — 12 min: chin tucks with a 10-s hold 3 x 10; prone T's 2 x 12; band rows 3 x 15
            Manual (97140) — 10 min: C2-3 and C5-6 unilateral PAs grade III; STM to the upper trap and the levator
            Tested: JPE after L rotation 5.8°; rotation L 60° → 70° after the manual work
            Assessment: impaired cervical proprioception; deep neck flexor and scapular weakness; mid-cervical hypomobility with levator guarding
            """,
            ["S13.4XXD", "M54.2"], [PT("97112", 18), PT("97110", 12), PT("97140", 10)], []),

        // Black River Carthage combat engineer after repeated breaching charges: "PT with SM only for every minute of the 97112"; letter-card gaze work on foam, hallway head turns with a tray, bed-mobility habituation; vestibular hypofunction; FGA and DVA; 23 matches: passes.
        ["vord-h87-blackriver-breaching-vestibular-nmr"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Carthage
            SM: SFC W. Tate · 12B combat engineer · dizziness and imbalance after repeated breaching-charge exposure; referred by the TBI clinic · copy to the SRU nurse case manager
            ATTENDANCE: PT with SM only for every minute of the 97112
            INTERVENTION — NMR (97112), 23 min:
              - gaze stabilization with the letter card, horizontal → vertical, standing on foam
              - walking the hall with head turns to read the door signs, then carrying a tray
              - habituation: rolling over and sitting up quickly, x 5 each way
            IMPAIRMENT: vestibular hypofunction with motion-provoked dizziness; veers on head turns
            OBJECTIVE: FGA 22/30 (16/30 at eval); DVA 2 lines lost
            """,
            ["H81.93", "S06.0X0S"], [PT("97112", 23)], []),

        // Black River Arsenal St mechanic with an MEB pending, a line for the SRU nurse case manager: duffel hinge lifts, cab-step climbs, carries set down from a half-kneel with loads and counts; L5 radicular symptoms limiting lifting; lifts without symptoms; 25 matches: passes.
        ["vord-h87-blackriver-meb-pending-97530"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Watertown (Arsenal St)
            SM: SSG O. Brennan · 91B · L4-5 disc herniation with L leg symptoms; permanent profile, MEB pending · for the SRU nurse case manager: attending every visit, none missed
            INTERVENTION — Ther activity (97530), 25 min:
              - hinge lift of a 30-lb duffel from the floor to a truck-bed-height shelf, 3 x 8
              - in and out of the cab mock-up with three points of contact, x 10
              - carrying the duffel 40 ft and setting it down from a half-kneel, x 6
            IMPAIRMENT: L4-5 disc with L L5 radicular symptoms — lifting and sitting tolerance limited; tingling to the L foot returns on repeated bending
            OBJECTIVE: 24 of 24 lifts at 30 lb without leg symptoms
            """,
            ["M51.16"], [PT("97530", 25)], []),

        // Verde Prescott Valley Army Veteran after a TKA: 97110 16 and 97116 13 match; heel slides, knee extension, step-ups, TKE with doses; quad weakness and flexion loss with AROM degrees; cane gait, ramp and curb with distance and SBA; stiff-knee gait: passes.
        ["vord-h87-verde-tka-ther-ex-and-gait"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Prescott Valley
            Veteran: Mr. C. Holtz, 71, Army 1972–1992 · L TKA, week six · Consult # 649-CC-118770 · SEOC visit 9 of 18
            Therapeutic exercise (97110), 16 minutes: heel slides 2 x 15; seated knee extension with 3 lb 3 x 12; step-ups to a 6-in. step 3 x 10; terminal knee extension with the band 3 x 15
            Purpose: L quadriceps weakness and knee flexion limited after the replacement — AROM 8° to 104°
            Gait training (97116), 13 minutes: cane in the R hand, 3 x 200 ft indoors; the ramp and the curb outside x 4; cued heel strike and knee extension at midstance; SBA
            Gait deviation: short L stance with a stiff knee through swing
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 16), PT("97116", 13)], []),

        // Verde Cottonwood OT, Seabee Veteran's partial cuff tear: pulleys, table slides, ER, rows, wall walks with doses; R cuff weakness and overhead reach (cupboard, combing); AROM degrees; 17 matches: passes.
        ["vord-h87-verde-ot-seabee-cuff-97110"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Cottonwood · OT
            Veteran: Mr. J. Montoya, 66, Navy (Seabees) · R partial-thickness cuff tear · Consult # 649-CC-118402
            Therapeutic exercise (97110), OT, 17 minutes:
            - pulleys into flexion 2 x 15; table slides 2 x 15
            - side-lying ER with 2 lb 3 x 12; band rows 3 x 15
            - wall walks to the top mark 2 x 10
            Deficit: R rotator cuff weakness and reduced overhead reach — can't reach the top kitchen cupboard or comb the back of his head
            Measured: AROM flexion R 128°, ER 45°
            """,
            ["M75.111"], [OT("97110", 17)], []),

        // Verde Chino Valley Air Force Veteran, MST on file, female PT and consent before each technique: lateral glides by grade, suboccipital release, first-rib mobilization; C6 radicular symptoms with lower-cervical and first-rib hypomobility; rotation and ULTT1 degrees; 12 matches: passes.
        ["vord-h87-verde-mst-aware-cervical-97140"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Chino Valley
            Veteran: Ms. A. Ferris, 38, Air Force 2006–2018 · neck pain with R arm tingling · MST on file; she asked for a female PT and for each technique to be explained first — done, and consent given before each · Consult # 649-CC-118815
            Manual therapy (97140), 12 minutes:
            - cervical lateral glides to the L, grade III, 3 x 30 s
            - suboccipital release
            - first-rib mobilization on the R
            Findings: R C6 radicular symptoms with lower-cervical and first-rib hypomobility
            Rotation R 52° → 63°; ULTT1 elbow extension lacks 30° (45° before)
            """,
            ["M54.12"], [PT("97140", 12)], []),

        // Headwaters Pierz PTA, Guard apprentice carpenter's MCL sprain: "The PTA worked with the Soldier one-on-one for all 19 min of the 97112; no other patient"; Airex squats with perturbations, bounds to foam, beam lunges with a ball pass; R knee proprioception and valgus control; squat count and foam seconds: passes.
        ["vord-h87-headwaters-pta-nmr-one-on-one"] = new(
            """
            HEADWATERS REHAB & READINESS · Pierz · PTA visit
            Soldier: PFC S. Lenz · MN ARNG, engineer · civilian job: apprentice carpenter · R MCL sprain on the obstacle course at drill (LOD approved)
            The PTA worked with the Soldier one-on-one for all 19 min of the 97112; no other patient.
            + SL squat on the Airex with perturbations from the PTA
            + lateral bounds to a stick on foam
            + walking lunges on the balance beam with a ball pass
            Impairment: R knee proprioception and dynamic valgus control after the MCL sprain
            Measured: SL squat without valgus 7 of 10; SLS on foam R 18 s / L 30 s
            """,
            ["S83.411D"], [PTA("97112", 19)], []),

        // Gasconade Waynesville lieutenant in the engineer basic course: "one-on-one — she had me to herself the whole 97112"; SL deadlift on the Airex, reactive band step-downs, hop and hold on foam; R hip abductor motor control; pelvic-drop count and hop distance; 20 matches: passes.
        ["vord-h87-gasconade-lieutenant-itb-nmr"] = new(
            """
            Gasconade Valley PT · Waynesville
            pt: 2LT C. Oyelaran, 23, engineer officer basic course · TRICARE Prime · R lateral knee pain on the runs (ITB)
            one-on-one — she had me to herself the whole 97112
            did (97112) — 20 min:
              - SL deadlift on the Airex, pelvis level to the line on the mirror
              - step-downs with a band pulling the knee in (reactive neuromuscular training), 3 x 10
              - lateral hop to stick, then hop and hold on foam
            for — R hip abductor motor control: pelvic drop and knee drift on single-leg loading
            measured — pelvic drop on 3 of 10 step-downs (8 of 10 at eval); SL hop distance R 128 cm / L 141 cm
            — K. Larkin, PT
            """,
            ["M76.31"], [PT("97112", 20)], []),

        // Gasconade Richland retired CSM on TRICARE For Life after a THA: walker to cane, ramp and curb, step-to stairs with distance, SBA and CGA; Trendelenburg gait with a commissary goal; handoff for her PCS; 15 matches: passes.
        ["vord-h87-gasconade-retired-csm-gait-97116"] = new(
            """
            Gasconade Valley PT · Richland
            pt: Mr. H. Voss, 72, retired CSM · TRICARE For Life · R THA, week four
            did (97116) — 15 min:
              - walker → cane in the L hand, 4 x 150 ft in the clinic, SBA
              - the ramp and the curb at the entrance, x 4, CGA
              - stairs, step-to with the rail and the cane, 12 steps
            for — R Trendelenburg gait with a short L step after the hip replacement; goal — walk from the parking lot into the commissary
            handoff: I PCS next month; whoever picks him up — he's ready for the cane outdoors.
            — K. Larkin, PT
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 15)], []),

        // Black River Gouverneur concussion on the ice: complete 97112 (■ PT with SM only; foam gaze work, head-pitch walking, tandem eyes closed; vestibulo-ocular deficit; DGI and seconds) sent with no diagnosis.
        ["vord-h87-blackriver-no-diagnosis"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Gouverneur
            SM: SPC E. Marsh · 11B · concussion from a fall on the ice during a ruck
            ATTENDANCE:  ■ PT with SM only   □ SM in group (___)
            INTERVENTION — NMR (97112), 20 min: gaze stabilization with head turns on foam; walking with head pitch; tandem stance eyes closed
            IMPAIRMENT: post-concussive vestibulo-ocular deficit
            OBJECTIVE: DGI 20/24; tandem eyes closed 10 s
            """,
            [], [PT("97112", 20)], [Dx]),

        // Headwaters Staples grocery stocker: complete 97110 (calf raises, eversion, toe walking, step-ups with doses; peroneal and calf weakness after the sprain) with the ICD-9 code 845.00 as its diagnosis: not well formed.
        ["vord-h87-headwaters-icd9-845-00"] = new(
            """
            HEADWATERS REHAB & READINESS · Staples
            Soldier: SPC K. Aune · MN ARNG · civilian job: grocery stocker · L ankle sprain at drill (LOD approved)
            97110 — 15 min
            + SL calf raises 3 x 15; band eversion 3 x 20; toe walking 4 x 40 ft; lateral step-ups 3 x 10
            Impairment: L ankle peroneal and calf weakness after the sprain
            """,
            ["845.00"], [PT("97110", 15)], [Dx]),

        // Generic two-code note with a shared total ("TE and MT, 35 min total"): no technique, deficit or measure for either code, no minutes for each.
        ["vord-h87-longleaf-generic-two-codes-total"] = new(
            """
            LONGLEAF SPORTS & SPINE PT · TRICARE network · Raeford
            TE and MT, 35 min total. SM tolerated tx. Continue per plan; RTC next week.
            """,
            ["S39.012D"], [PT("97110", 23), PT("97140", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // Verde Prescott Valley PTA "Gait training (97116), 26 minutes" against a 14-min PTA line: mismatch; walker-to-cane gait, gravel and curb with distance and SBA, short stance after a tibial shaft fracture complete.
        ["vord-h87-verde-pta-gait-26-against-14"] = new(
            """
            VERDE VALLEY COMMUNITY CARE THERAPY · VA Community Care Network · Prescott Valley · PTA
            Veteran: Mr. N. Ruiz, 55, Army · L tibial shaft fracture (IM nail) after a fall from the hayloft · Consult # 649-CC-118733
            Gait training (97116), 26 minutes: walker → cane, 3 x 150 ft indoors; the gravel path outside, 2 x 100 ft; the curb x 4; SBA
            Gait deviation: short L stance and no push-off after the fracture
            """,
            ["S82.202D"], [PTA("97116", 14)], [At(Mismatch, "97116")]),

        // Black River Arsenal St OT "OT Ther activity (97530), 30 min" against an 18-min OT line: mismatch; lug nuts with the breaker bar, toolbox carries, bolt disassembly with counts and loads, R wrist weakness after a scaphoid fracture and grip pounds complete.
        ["vord-h87-blackriver-ot-30-against-18"] = new(
            """
            BLACK RIVER THERAPY · TRICARE East network · Watertown (Arsenal St) · OT
            SM: SGT F. Ayala · 91B · R scaphoid fracture, healed, cast off — fell on the outstretched hand on the ice in the motor pool
            INTERVENTION — OT Ther activity (97530), 30 min:
              - breaking loose and torquing lug nuts on the wheel mock-up with the breaker bar, 12 nuts
              - carrying the toolbox, 25 lb, R hand, 4 x 50 ft
              - weapons-maintenance simulation: taking down and reassembling the training rifle's bolt, x 4
            IMPAIRMENT: R wrist weakness and limited extension after the scaphoid fracture; the grip fatigues
            OBJECTIVE: grip R 68 lb / L 102 lb
            """,
            ["S62.001D"], [OT("97530", 18)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
