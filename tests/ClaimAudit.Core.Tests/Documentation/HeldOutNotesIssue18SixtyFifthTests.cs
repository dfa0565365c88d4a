using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The sixty-fifth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of falls and balance clinics: patients referred after an emergency-department visit for
/// a fall (driveway ice, a dog's leash at the top of the basement stairs, a step stool, fainting out of the recliner
/// at halftime, the church steps, the RV steps, shovelling the walk), peripheral neuropathy (diabetic,
/// chemotherapy-induced, B12, idiopathic), fear of falling, post-hospital deconditioning, vestibular hypofunction and
/// orthostatic symptoms; balance batteries written in every usual way (Berg, TUG with and without counting, FGA and
/// DGI, the Mini-BESTest and its sections, mCTSIB conditions in seconds, posturography, the 5x sit-to-stand, the
/// 4-Stage Balance Test, the 30-s chair stand, gait speed, Four Square, ABC beside an objective number), perturbation
/// and reactive-balance training, dual-task walking, community walking (curbs, ramps, parking lots, a crosswalk
/// signal, grocery aisles), home-fall recovery from the floor and caregivers taught to guard — about two thirds
/// ordinary and complete (68 of 106), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three
/// in a visit), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a hospital falls-prevention clinic in Ohio's Miami Valley ("Mad River Medical Center — Falls Prevention
/// Clinic": the Dayton main campus, Kettering, Xenia, Huber Heights) on a clinic template ("Referred from: ED …",
/// "Falls since last visit", "Delivery [x] 1:1 [ ] group [ ] concurrent", an orthostatics row, a FRIDs box reviewed
/// with the pharmacist, WHY / NUMBERS, "Caregiver trained [x] son", a 24-hour TIME row per code), the ActiveStep
/// treadmill, a slider-board slip rehearsal, a Thursday falls-prevention circuit, a mock grocery aisle and an outing to
/// the grocery across the lot, CO-OP for basement laundry, a tub bench and the night path to the toilet, the crosswalk
/// to the pharmacy;</item>
/// <item>a neuropathy-focused private practice around Baton Rouge ("Cypress Step Neuropathy &amp; Balance Physical
/// Therapy": Bluebonnet, Gonzales, Denham Springs, Zachary) with a "Feet today" line, a sensory grid (5.07
/// monofilament sites, 128-Hz fork seconds, toe position), the Rydel-Seiffer fork, "Pt alone w/ PT for the timed NMR?
/// Y ☑", "Minutes by code: 97112=21 | 97110=12", Walkasins, a foot-core programme, Maitland glides and Graston, a pea-gravel
/// tray and a textured runner; making groceries, the Jambalaya Festival crowds, a crawfish pot on the porch step, work
/// boots on the brake pedal, flip-flops, the camp on False River and the step from the dock into the boat;</item>
/// <item>a vestibular and balance centre in central Washington ("Naches River Vestibular &amp; Balance Center":
/// Yakima, Selah, Ellensburg, Wenatchee, Sunnyside) with a VESTIBULAR / BALANCE TX NOTE, "Attendance: ■ individual"
/// and an empty "( ) individual ( ) group" radio, the Herdman VOR x1 → x2 progression in bouts of seconds, optokinetic
/// and apple-conveyor habituation, a Sensory Organization Test table, a SoloStep harness on an outdoor course, SAIL's
/// strength set, cervicogenic dizziness with a head laser; orchards and hop yards, the packing-house sorting line, mile
/// markers on I-82, a ditch bank after dark, a wheat ranch;</item>
/// <item>a community clinic in senior centres of the Rio Grande Valley ("Valle Verde Rehab": Casa del Sol in Weslaco,
/// Centro Primavera in Mercedes, Los Ébanos in San Benito, Palmas in Brownsville) — a therapy room beside the Tuesday
/// balance class, "Seen in: ☐ therapy room ☐ class" boxes, an orthostatic check row, the center's activity aide,
/// Tai Ji Quan: Moving for Better Balance, a Feldenkrais lesson; dominoes, lotería, the lunch line and its menu board,
/// the Friday dance and a cumbia, the center's van, a winter Texan from Mankato, "me da miedo caerme", a caliche road,
/// a carport floor, the beach at South Padre;</item>
/// <item>a physician-group PT department in the Quad Cities ("Mississippi Bend Physicians Group — Physical Therapy":
/// Davenport, Bettendorf, Moline, Rock Island) on the group's EMR ("Encounter", "Referring", "Interval hx",
/// "Treatment provided", "Flowsheet", "Individual (1:1) ▸ Yes", "Linked problems this visit: (none linked)", "Timed
/// Code Treatment Minutes — 97112 …: 23", "Assist level: (not entered)"), the Biodex Balance System, perturbation-based
/// balance training, a falls-risk battery grid; rolle bolle at the Belgian club, the riverfront trail and the Arsenal
/// Island loop, the parking ramp's pay station, a snow-shovel handle, the VFW lot.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h65-…): one-on-one in these writers' own words ("I did not leave his side for the 97112 time and
/// had no other patient on the floor", "Ms. Thibodeaux had me to herself for all of it", "Just the one patient in the
/// room — this PTA and Mr. Villanueva", "therapist:patient 1:1 for the 97112 time", "Hands and eyes on this pt only
/// for all of it", "individual visit in the therapy room, not the class; no other member with us", "Treated her alone
/// in the side room", "7:00 slot before the gym opens: pt and PT alone for the whole NMR"), notes that negate it (the
/// PT stepping over to restart another patient's treadmill, a Tuesday balance class with five other members, an OT
/// alternating between two clients at neighbouring mats, the center's activity aide running the course while the PT
/// re-checked another member) or never state it (a daughter learning to guard on the stairs), and a 97116 with two
/// patients walking the parking lot together, which has no one-on-one check (only 97112 is the one-on-one code in the
/// shipped medicare profile);</item>
/// <item>class 2 (v2-h65-…): template states: "Delivery [x] 1:1" and "[x] group (Thursday falls-prevention circuit,
/// 4 pts)", an orthostatics row and a FRIDs box, "Staffing this visit: 1 PT : 1 pt ✓" over a sensory grid,
/// "Individual (1:1) ▸ Yes" with "Linked problems this visit: (none linked)", "Attendance: ■ individual (one-on-one)"
/// over an SOT table, therapy-room, activity and problem boxes all unticked beside "as tolerated … Cont POC",
/// "Caregiver trained [x] son Marcus", "Assist level: (not entered) Distance: (not entered)", "Pt alone w/ PT for the
/// timed NMR? Y ☑ N ☐", an empty "( ) individual ( ) group" radio, a timed-code-minutes row over a falls-risk battery
/// grid, an orthostatic check row on a 97110;</item>
/// <item>class 3 (v3-h65-…): named programmes, protocols and devices as techniques (Walkasins, the ActiveStep
/// treadmill, the Herdman gaze progression, conveyor-video habituation, Tai Ji Quan: Moving for Better Balance, the
/// Biodex Balance System, CO-OP, a Janda short-foot programme, a SoloStep harness, Maitland glides and Graston, SAIL's
/// strength set), a Feldenkrais lesson with no number and perturbation-based balance training with no deficit;</item>
/// <item>class 4 (v4-h65-…): deficits stated as findings ("I can't feel the brake pedal in my work boots anymore", a
/// catch-up saccade and mile markers that bounce, a standing blood-pressure drop with "greys out", a tray sliding away
/// in the lunch line, a hip that drops and a toe that catches, a man who drops into the chair from halfway, "feels like
/// walking on bubble wrap", an occiput that stays off the wall, a door frame walked into at night) and notes that state
/// none (a vestibular re-screen with "No deficit found", a 97110 with everything WNL, a 97116 whose gait is
/// normal);</item>
/// <item>class 5 (v5-h65-…): measures in their usual forms (TUG with and without counting back by 3s, the 5x
/// sit-to-stand and 30-s chair stand, the four mCTSIB conditions, Four Square and FGA, the 4-Stage Balance Test, 10-m
/// gait speed with ABC, the Mini-BESTest's sections, Rydel-Seiffer eighths and monofilament sites, assistance levels
/// on the center's van step) and notes with none ("Fewer grabs at the shelf than last visit", "Less dizzy … Re-check
/// DGI next visit", "Did well; more confident on the bricks", "Managed it better than last week");</item>
/// <item>class 6 (v6-h65-…): minutes in their usual forms (a 24-hour clock range per code, "Minutes by code:
/// 97112=21 | 97110=12", three codes each with "… 9 min", an EMR's "Timed Code Treatment Minutes" row, minutes after
/// the description, "97112 for 20 min; 97530 for 15 min", PT in the morning and OT after lunch), true mismatches (10
/// against 24, a PTA's 28 against 15, the second of two codes at 25 against 12, an OT's 10 against 23) and truly
/// missing separate time (a 36-minute block for two codes, a walk on the gravel with no minutes after a timed
/// NMR);</item>
/// <item>class 7 (v7-h65-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (calves and dorsiflexors after a porch-step trip), 97530 (a grocery
/// outing), 97140 (hip flexors that tip a man forward) and 97116 (a walker outdoors after sepsis), and wholly generic
/// 97110, 97112 + 97116, 97530, 97140 and PTA 97112 notes;</item>
/// <item>ordinary (vord-h65-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a generic two-code note
/// with a total, a PTA's ther-ex time that differs, a PTA's two-code note that never says one-on-one.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given as a clock range equal its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry numbers that are not a code's minutes and, standing alone, would not be a
/// measure of its service — dates of the ED visit, blood pressures and heart rates of orthostatic checks, step, curb
/// and chair heights, a platform level, the number a serial-3s count starts from, ages, months since chemotherapy,
/// a clock time of a slot, visit numbers, bouts of gaze work in seconds — and each is written so that a reviewer
/// cannot take it for a code's minutes; no note states minutes of anything but a code, and a self-rated ABC score
/// stands only beside an objective number. Family, a sister, a son learning to guard and a center's aide in the room
/// are none of them patients, so none of them makes a session a group.
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
/// documentation profile (group classes, caregiver training and evaluations stay in the notes, never on a line).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 97 of 106 cases agree (104 needed), and 7 of the 68 notes the reviewer passes got a finding, on the analyzer of 1db48ff (the start of the 2026-12-06 ninth session) — its first run: nothing had changed before it, so this is also the held-out figure.
/// </para>
/// <para>
/// After: development data from that run, worked through: 104 of 106, no false positive — "Hands and eyes on this pt only for all of it", "Just the one patient in the room", "Pt alone w/ PT for the timed NMR? Y ☑", "Sra. Rodríguez and me only … after lunch", a "PHYSICIANS GROUP" letterhead, ranges each before its code ("0905–0927 97112 …  0927–0941 97116"), a backward-chained floor rise. Left: two weak notes read stricter than the reviewer (a Feldenkrais note's attendance, a mock-aisle task's technique).
/// </para>
/// </summary>
public class HeldOutNotesIssue18SixtyFifthTests(ITestOutputHelper output)
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

        // Kettering falls clinic, ED after the driveway ice: "I did not leave his side for the 97112 time and had no other patient on the floor" with his wife watching; waist pulls, a slider-board slip rehearsal, foam head turns; short compensatory step and lost toe vibration; Mini-BESTest and k of 12; 22 matches: passes.
        ["v1-h65-kettering-did-not-leave-his-side"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Kettering
            Referred from: ED 02/09 — slipped on the driveway ice getting the paper; scalp laceration, CT head neg
            Falls since last visit: none     Device: none (won't use a cane)
            97112 NM re-ed — 22 min
              I did not leave his side for the 97112 time and had no other patient on the floor; his wife watched from the chair by the door.
              · waist-pull perturbations fwd / back / lateral in narrow stance, unannounced → step to recover
              · stepping onto a slider board in socks to rehearse a slip, gait belt + my hands on
              · foam stance w/ head turns toward the window
            WHY: slow, short compensatory step (takes 2–3 steps to stop); vibration absent at both great toes
            NUMBERS: Mini-BESTest 17/28 (13 at intake); single-step recoveries 7 of 12 pulls
            """,
            ["R26.81", "W00.0XXD"], [PT("97112", 22)], []),

        // Baton Rouge neuropathy practice, chemo-induced neuropathy: "NMR 97112 · 24 min · Ms. Thibodeaux had me to herself for all of it", her sister sitting in; EC firm → foam, textured runner, ankle sways; distal sensory loss with reliance on vision; mCTSIB seconds and monofilament sites: passes.
        ["v1-h65-bluebonnet-cipn-had-me-to-herself"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Bluebonnet (Baton Rouge)
            Ms. Thibodeaux, 71, fourteen months out from oxaliplatin — numb to the ankles, fingertips tingle. Her sister drove and sat in.
            Feet today: no wounds, no redness; new walking shoes, laces double-knotted.
            NMR 97112 · 24 min · Ms. Thibodeaux had me to herself for all of it
               - eyes-closed stance on the firm floor, then on the blue foam, hands hovering over the plinth
               - walking the textured runner (pebble, rope, turf) without looking down
               - small ankle sways fwd/back at the counter to find her toes and heels
            Deficit: distal somatosensory loss (chemo-induced neuropathy) — leans on her eyes to stand
            mCTSIB foam EC 7 s (3 s at eval); 5.07 monofilament felt at 2 of 10 sites R, 3 of 10 L
            """,
            ["G62.0", "T45.1X5D"], [PT("97112", 24)], []),

        // Yakima vestibular centre: "While he did the foam set I stepped over to the treadmill to raise Mrs. Olsen's speed" — the PT attended another patient inside the block and nothing states one-on-one; VOR x1, head-turn walking, foam nods; R hypofunction; DGI and DVA: one-on-one missing.
        ["v1-h65-yakima-stepped-over-to-the-treadmill"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Yakima
            VESTIBULAR / BALANCE TX NOTE
            Pt: Mr. Esparza, 68, orchard foreman; R vestibular neuritis in December.
            97112 — 20 min
               Gaze: VOR x1 horizontal, letter "E" on the wall, sitting → standing, 3 bouts of 45 s
               Balance: walking the hall with head turns on my call; standing on foam with head nods
               While he did the foam set I stepped over to the treadmill to raise Mrs. Olsen's speed and restart her belt.
            Impairment: R peripheral vestibular hypofunction — head impulse + to the R, blurry on quick turns
            Outcome: DGI 18/24; DVA 4 lines lost
            """,
            ["H81.21"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Weslaco senior centre: "Seen during the Tuesday balance class with 5 other members (each charted on her own)" — a group, not one-on-one; light pushes, tandem between chairs, noodle step-overs; slow stepping and narrow-base sway; 4-Stage seconds: one-on-one missing.
        ["v1-h65-weslaco-tuesday-balance-class"] = new(
            """
            VALLE VERDE REHAB — Casa del Sol Senior Center, Weslaco · therapy room
            PT visit — Sra. Garza, 79
            Seen during the Tuesday balance class with 5 other members (each charted on her own); this note is hers.
            97112 – 22 min
               reactive steps to a light push at the shoulders, fwd/back/side; tandem stance between two chairs; stepping over a row of pool noodles
               Deficit: slow stepping reactions, sways in a narrow base (↓ postural control) — fell at the bus stop in January
               4-Stage Balance: semi-tandem 10 s, tandem 3 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Davenport physician group: daughter Jen practised the gait-belt hold on the last stair descents; a complete NMR (pelvic step-outs, paused stair descent, rocker board; lateral stepping and ankle proprioception; Berg and seconds) that never says one-on-one: one-on-one missing.
        ["v1-h65-davenport-daughter-learns-never-stated"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Davenport
            Encounter: PT Treatment        Referring: Dr. M. Kowalczyk (Internal Medicine)
            Interval hx: no falls since visit 5; daughter Jen came to learn how to guard him on the stairs at home.
            Treatment provided:
               97112 Neuromuscular re-education, 21 min — lateral step-outs to a push at the pelvis; stair descent with a pause on each step and eyes up; standing on the rocker board A/P, hands off the bar
               Jen practiced the gait-belt hold behind him on the last 3 descents.
            Assessment: delayed lateral stepping + ↓ proprioception at both ankles (lumbar stenosis, numb soles)
            Measures: Berg 43/56; rocker board 12 s hands-free
            """,
            ["R26.81", "M48.062"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Xenia OT 97112 "scheduled alongside another client at the next mat table; I alternated between the two of them": not one-on-one; reaches out of base, half-kneel shifts, off-side catches; anticipatory postural control; Functional Reach inches: one-on-one missing.
        ["v1-h65-xenia-ot-alternated-two-clients"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Xenia · OT
            Client 82, home alone on weekdays; fell reaching into the dryer.
            OT 97112 · 20 min — scheduled alongside another client at the next mat table; I alternated between the two of them.
               reaching out of her base in standing to cups set low / high / behind, one hand free; weight shifts in half-kneel on the mat; catching a light ball thrown off to each side
               ↓ anticipatory postural control — reaches without shifting her weight, steps late
               Functional Reach 6 in forward, 3 in lateral R
            """,
            ["Z91.81", "R26.81"], [OT("97112", 20)], [At(OneOnOne, "97112")]),

        // Sunnyside PTA: "Just the one patient in the room — this PTA and Mr. Villanueva — for the whole 97112 (18 min)"; VOR x1 on a sticky-note X, head-turn hallway reading, shoe-box step-overs; L hypofunction with veering; DGI and DVA: passes.
        ["v1-h65-sunnyside-pta-just-the-one-patient"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Sunnyside · PTA note
            Just the one patient in the room — this PTA and Mr. Villanueva — for the whole 97112 (18 min).
               gaze stabilization: VOR x1 yaw + pitch on a sticky-note X, standing feet together, 4 bouts of 40 s
               walking the hallway turning his head to read the numbers taped on each wall
               stepping over a shoe box while turning his head
            Problem: L vestibular hypofunction (neuritis 11/2025) — veers L, vision bounces when he walks
            DGI 17/24; DVA 3 lines lost
            """,
            ["H81.22"], [PTA("97112", 18)], []),

        // Moline OT "therapist:patient 1:1 for the 97112 time", rolle bolle on hold: stooping to a bolle in stride stance, tub-edge weight shifts from kneeling, off-base catches; stooped reactive control and slow stepping to the L; Functional Reach and k of 12; 21 matches: passes.
        ["v1-h65-moline-ot-therapist-patient-one-to-one"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Moline · OT
            Encounter: OT Treatment — therapist:patient 1:1 for the 97112 time
            Interval hx: no falls; rolle bolle at the Belgian club on hold until she's steadier.
            97112 Neuromuscular re-education — 21 min
               • stooping to pick a bolle off the floor in stride stance and rolling it, alternating the forward foot
               • kneeling at a mock tub, reaching in, weight shifts side to side at the tub edge
               • catching a ball tossed outside her base of support, stepping to it
            Assessment: ↓ reactive postural control when stooped; delayed stepping to the L
            Measures: Functional Reach 8 in; 9 of 12 off-base catches without a loss of balance
            """,
            ["R26.81", "Z91.81"], [OT("97112", 21)], []),

        // Gonzales 97116 with two patients walking the parking lot together (each his own note): 97116 has no one-on-one check; cane, lot, drainage grate and pharmacy curb with laps and feet; foot slap and toe drag from diabetic neuropathy; SBA/CGA; 17 matches: passes.
        ["v1-h65-gonzales-97116-two-walk-the-lot"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Gonzales
            Mr. Landry and Mr. Babin (each has his own note) walked the parking lot together — both want to get through the Jambalaya Festival crowds in May.
            Gait 97116 — 17 min (Mr. Landry)
               SPC; sidewalk → parking lot → over the drainage grate → up the curb at the pharmacy door, 3 laps of 320 ft
               cues to lift the toes and look ahead, not at his feet
               R foot slaps, L toe drags on the asphalt; steps shorten when he looks up (diabetic neuropathy)
               SBA on the lot; CGA up the curb
            """,
            ["E11.42", "R26.89"], [PT("97116", 17)], []),

        // Huber Heights PTA after tripping on the dog's leash: "Hands and eyes on this pt only for all of it; her husband waited in the lobby"; serial-3s walking, shoe-box step-overs with a stop, tandem head turns; dual-task interference and late clearance; TUG and TUG-cognitive: passes.
        ["v1-h65-huber-heights-pta-hands-and-eyes"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Huber Heights · PTA
            Referred from: ED 01/27 — tripped over the dog's leash at the top of the basement stairs
            97112 NM re-ed — 23 min. Hands and eyes on this pt only for all of it; her husband waited in the lobby.
              · dual-task walking: serial 3s down from 100 while walking the hall, then naming grocery items
              · stepping over shoe-box obstacles with a quick stop on a clap
              · tandem stance with head turns at the counter
            WHY: slows and veers when she talks (dual-task interference); late obstacle clearance L foot
            NUMBERS: TUG 13.2 s; TUG-cognitive 19.6 s
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // San Benito senior centre: "individual visit in the therapy room, not the class; no other member with us for the 20 min of 97112"; hip nudges, foam with the lunch tray, cone step-overs; diabetic foot numbness and slow ankle strategy; Berg: passes.
        ["v1-h65-san-benito-individual-not-the-class"] = new(
            """
            VALLE VERDE REHAB — Los Ébanos Senior Center, San Benito · therapy room
            Sra. Ybarra, 84 — individual visit in the therapy room, not the class; no other member with us for the 20 min of 97112.
               nudges at the hips in a narrow stance; foam pad stance holding her lunch tray; stepping over cones fwd and sideways
               Deficit: ↓ feeling in both feet (diabetic neuropathy) and a slow ankle strategy — "me da miedo caerme"
               Berg 44/56 (39 at eval)
            """,
            ["E11.42", "R26.81"], [PT("97112", 20)], []),

        // Wenatchee: "Treated her alone in the side room, no other patient with us"; 97112 19 (optokinetic video habituation, patterned-curtain head turns, foam EC) and 97110 13 (sit-to-stand, band side-steps, heel raises) both match; visual motion sensitivity and weak abductors; FGA and seconds: passes.
        ["v1-h65-wenatchee-alone-in-the-side-room"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Wenatchee
            VESTIBULAR / BALANCE TX NOTE
            Mrs. Lindahl, 74 — gets dizzy in the aisles of the big-box store and on the packing-house sorting line where she volunteers.
            Treated her alone in the side room, no other patient with us.
            97112 — 19 min
               habituation: standing in front of the optokinetic stripes video, then walking toward it; head turns while walking past a patterned curtain
               foam stance, eyes closed, arms crossed
            97110 — 13 min
               sit-to-stand from 17" 3 x 8; side-stepping with a band at the knees 2 x 10 each way; heel raises 2 x 15
            Impairments: visual motion sensitivity + visual dependence for balance; hip abductors 4-/5
            FGA 20/30; foam EC 11 s
            """,
            ["H81.93", "M62.81"], [PT("97112", 19), PT("97110", 13)], []),

        // Rock Island "7:00 slot before the gym opens: pt and PT alone for the whole NMR"; lean-release pushes, a flat beam, Dynadisc EC; slow backward and lateral stepping and ankle proprioception; push-and-release steps and beam feet; 22 matches: passes.
        ["v1-h65-rock-island-before-the-gym-opens"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Rock Island
            7:00 slot before the gym opens: pt and PT alone for the whole NMR.
            Interval hx: fell on the church steps in January (ice) → ED, wrist splinted; back to walking the Arsenal Island loop.
            97112 NM re-ed 22 min
               Perturbation training: pushes and releases from a lean in each direction; walking across a balance beam laid flat; Dynadisc stance with eyes closed
               Deficit: slow backward + lateral protective stepping; ↓ ankle proprioception
               Measures: push-and-release 2 steps to recover; beam 10 ft without stepping off
            """,
            ["Z91.81", "R26.81"], [PT("97112", 22)], []),

        // Brownsville senior centre: the activity aide walked him through the foam and cone course "while I finished Sra. Peña's re-check at the next table" — the PT treating someone else in the block, nothing states one-on-one; proprioception and slow hip strategy; turn steps and Four Square seconds: one-on-one missing.
        ["v1-h65-brownsville-aide-ran-the-course"] = new(
            """
            VALLE VERDE REHAB — Palmas Senior Center, Brownsville · therapy room
            Sr. Treviño, 81, retired shrimper; walks to the center on the caliche road.
            97112 — 21 min
               set up the foam-and-cone course (foam pad → 3 cones → step over a rolled towel → turn at the wall); once he had it down, the center's activity aide walked him through the rounds while I finished Sra. Peña's re-check at the next table
               Deficit: ↓ proprioception both feet + slow hip strategy on turns
               Turn 180° in 4 steps; Four Square Step Test 16.4 s
            """,
            ["G62.9", "R26.81"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, grid and template states

        // Dayton falls-clinic header "Delivery [x] 1:1 [ ] group [ ] concurrent", an orthostatics row and a FRIDs box (vitals are not the measure here); slider-disc slip drills, foam reaches, counted turns; reactive control and slow turning; Berg and turn steps; 23 matches: passes.
        ["v2-h65-dayton-delivery-1to1-box"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Dayton (main campus)
            Delivery       [x] 1:1    [ ] group    [ ] concurrent
            Orthostatics   supine 142/78 · sitting 136/76 · standing 128/74 — no symptoms
            FRIDs          [x] reviewed w/ clinic pharmacist (zolpidem stopped)
            97112 NM re-ed — 23 min
              · slip drills: forward step onto a sliding disc, recover without grabbing
              · reaching to a high cupboard shelf standing on foam
              · 360° turns each way, counting steps
            WHY: ↓ reactive postural control; slow, stiff turns
            NUMBERS: Berg 46/56; 360° turn 6 steps R, 7 steps L
            """,
            ["Z91.81", "R26.81"], [PT("97112", 23)], []),

        // Xenia "Delivery [ ] 1:1 [x] group (Thursday falls-prevention circuit, 4 pts)": a group, not one-on-one; three complete stations, sensory use for balance, mCTSIB seconds and tandem steps: one-on-one missing.
        ["v2-h65-xenia-group-box-ticked"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Xenia
            Delivery       [ ] 1:1    [x] group (Thursday falls-prevention circuit, 4 pts)    [ ] concurrent
            Falls since last visit: none
            97112 NM re-ed — 24 min
              · station 1: foam stance w/ a ball pass · station 2: step-ups onto a 6" step w/ a pause on top · station 3: tandem walk at the rail w/ head turns
            WHY: poor use of somatosensory + vestibular input for balance (loses it on foam with eyes closed)
            NUMBERS: mCTSIB foam EC 6 s; tandem walk 7 steps
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Zachary "Staffing this visit: 1 PT : 1 pt ✓" with a sensory grid (monofilament sites, 128-Hz fork seconds, toe position); pillow stack EC, heel-toe rocking, surface steps; sensory loss with night falls on the porch; mCTSIB; 22 matches: passes.
        ["v2-h65-zachary-staffing-row-sensory-grid"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Zachary
            Staffing this visit:   1 PT : 1 pt ✓        Caregiver present:  wife ✓
            SENSORY             R             L
              5.07 monofil.     2/10 sites    3/10 sites
              128-Hz fork       3 s           4 s      (great toe)
              Toe position      1/5           2/5
            NMR 97112 — 22 min
               stance on a stack of two pillows, eyes closed, fingertips on the counter; heel-toe rocking w/ eyes closed; stepping from carpet square → rubber mat → gravel tray w/ eyes on a target
            Deficit: distal sensory loss both feet (diabetic) — goes down when he can't see his feet, twice on the porch at night
            mCTSIB foam EC 5 s
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // Bettendorf EMR "Individual (1:1) ▸ Yes" and "Linked problems this visit: (none linked)": perturbations, rocker board, head-turn walking, FGA and TUG — but no deficit or system named anywhere: deficit missing.
        ["v2-h65-bettendorf-no-problems-linked"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Bettendorf
            Encounter: PT Treatment        Individual (1:1) ▸ Yes
            Linked problems this visit: (none linked)
            Treatment provided:
               97112 Neuromuscular re-education — 20 min: perturbations in stride stance; rocker board M/L; walking with horizontal head turns
            Flowsheet: FGA 21/30 · TUG 11.8 s
            Plan: cont 2x/wk per POC
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Ellensburg "Attendance: ■ individual (one-on-one) □ group" with a posturography table (SOT conditions and composite); optic-flow foam stance, foam nods, line walking with head turns; poor vestibular use after gentamicin; 21 matches: passes.
        ["v2-h65-ellensburg-sot-table-individual-box"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Ellensburg
            Attendance:  ■ individual (one-on-one)   □ group
            Sensory Organization Test (posturography)
              cond 1  93     cond 2  90     cond 3  88
              cond 4  71     cond 5  fall   cond 6  fall
              composite 58  (age norm ≥ 70)
            97112 — 21 min
               foam stance, eyes closed, then eyes open facing the optic-flow video; head nods on foam; walking a 10-ft line while looking side to side
            Deficit: can't use vestibular input for balance (falls on conditions 5 + 6) after bilateral vestibular loss from gentamicin (2024)
            """,
            ["H81.8X3", "R26.81"], [PT("97112", 21)], []),

        // Weslaco boxes all unticked ("Seen in: ☐ therapy room ☐ class", activities, problems) beside "Balance exercises as tolerated. Pt doing good today … Cont POC.": no technique, deficit, measure or one-on-one, only generic phrases; "97112 15 min" matches.
        ["v2-h65-weslaco-boxes-unticked-as-tolerated"] = new(
            """
            VALLE VERDE REHAB — Casa del Sol Senior Center, Weslaco
            Seen in:      ☐ therapy room   ☐ class
            Activities:   ☐ foam   ☐ perturbation   ☐ gaze   ☐ dual-task
            Problem:      ☐ sensation   ☐ vestibular   ☐ strength   ☐ postural control
            Notes: Balance exercises as tolerated. Pt doing good today, went to dominoes after. Cont POC.
            97112   15 min
            """,
            ["R26.81"], [PT("97112", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Huber Heights "Caregiver trained [x] son Marcus" on a 97116: cane in the hall, drop-off curb, ramp and lot with distances and cues; L knee buckling after TKA and a short R step; CGA → SBA and buckles counted; 19 matches: passes.
        ["v2-h65-huber-heights-caregiver-trained-box"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Huber Heights
            Caregiver trained   [x] son Marcus — guarding on curbs and the ramp (belt hold, stands on the downhill side)
            Gait 97116 — 19 min
              · SPC, clinic hall 2 x 150 ft; out the front: the curb at the drop-off x 4, the ramp x 3, across the lot to the car
              · cues: cane and the weak leg go down the curb first
            WHY: L knee buckles on step-downs (L TKA 2024, quad 4-/5); short R step
            NUMBERS: curb CGA → SBA by the 4th; ramp SBA; no buckles with Marcus guarding
            """,
            ["Z96.652", "R26.89"], [PT("97116", 19)], []),

        // Davenport 97116 with "Assist level: (not entered)  Distance: (not entered)": rollator on the lot, the curb cut and the slope, gait deviations after lumbar surgery — but no distance, level or number but the code's minutes: measure missing.
        ["v2-h65-davenport-assist-and-distance-not-entered"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Davenport
            Encounter: PT Treatment
            Gait training 97116 — 16 min
               Device: rollator      Assist level: (not entered)      Distance: (not entered)
               walked the lot and the sidewalk to the pharmacy door; practiced the curb cut and stopping with the brakes on the slope
            Gait: short L step, trunk flexed over the rollator, L foot scuffs (L foot drop since his lumbar surgery last fall)
            """,
            ["M21.372", "R26.89"], [PT("97116", 16)], [At(Measure, "97116")]),

        // Gonzales row "Pt alone w/ PT for the timed NMR? Y ☑ N ☐" and a "Feet today" line; EC rocker board, called floor spots, Airex arms folded; ankle proprioception and slow ankle strategy; 4-Stage and k of 14; 20 matches: passes.
        ["v2-h65-gonzales-alone-with-pt-row"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Gonzales
            Pt alone w/ PT for the timed NMR?    Y ☑    N ☐
            Feet today: callus under the L big-toe joint, no open areas; shoes ok
            NMR 97112 — 20 min
               rocker board A/P then M/L with eyes closed, hands over the bar; stepping to taped spots on the floor on my call; Airex stance, arms folded
            Deficit: ↓ ankle proprioception + slow ankle strategy (idiopathic neuropathy) — turned her ankle on the gravel drive
            4-Stage Balance: tandem 6 s, single leg 2 s; taped spots 11 of 14 without a hand
            """,
            ["G60.9", "R26.81"], [PT("97112", 20)], []),

        // Wenatchee "Attendance: ( ) individual ( ) group", neither marked: never stated; VOR x2 pitch, foam head turns, walking with an apple crate; R hypofunction with gaze instability; FGA and DVA: one-on-one missing.
        ["v2-h65-wenatchee-attendance-radio-empty"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Wenatchee
            Attendance:  ( ) individual   ( ) group
            97112 — 22 min
               gaze stab: VOR x2 pitch, target card on the door, seated, 3 bouts of 30 s; standing head turns on foam; walking with head turns carrying an empty apple crate to a bin
            Impairment: R vestibular hypofunction, gaze unstable on pitch
            FGA 19/30; DVA 3 lines lost
            """,
            ["H81.91"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Moline "individual (PT + pt)" with a "Timed code minutes 97112 | 20 97116 | 12" row (both match) and a falls-risk battery grid (Berg, TUG, ABC); foam-beam crossovers, shoulder perturbations, Dynadisc reaches; cane outdoors to the VFW lot with distance and SBA; lateral control and a short step: passes.
        ["v2-h65-moline-battery-grid-two-codes"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Moline
            Encounter: PT Treatment — individual (PT + pt)
            Timed code minutes      97112 | 20      97116 | 12
            Falls-risk battery      today     eval
              Berg                  47        41
              TUG (s)               11.6      15.3
              ABC (%)               62        40
            Treatment provided
               97112: side-steps + crossover steps on the foam beam; reactive steps to a perturbation at the shoulders; Dynadisc stance reaching to a shelf
               97116: SPC outdoors — sidewalk, the corner curb, the grass slope to the VFW lot, 2 x 300 ft; SBA; cues for heel strike and step length
            Assessment: ↓ lateral postural control + slow stepping; short R step on a wide base
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20), PT("97116", 12)], []),

        // Mercedes orthostatic check row (lying/sitting/standing BP and HR, dizzy ticked — vitals are not the measure) on a 97110: ankle pumps, marching, calf raises, counter-manoeuvre holds with doses; orthostatic dizziness and weak calves/hips at the lotería table; 18 matches: passes.
        ["v2-h65-mercedes-orthostatic-check-row-97110"] = new(
            """
            VALLE VERDE REHAB — Centro Primavera, Mercedes · therapy room
            Orthostatic check    lying 134/80 HR 70    sitting 122/76 HR 78    standing 112/70 HR 86    ✓ dizzy on standing
            97110 — 18 min
               ankle pumps before rising 2 x 20; seated marching 2 x 15; calf raises at the counter 2 x 12; glute squeezes + leg crossing in standing (counter-maneuvers) 3 x 10-s holds
               Why: orthostatic dizziness + weak calves and hips (4-/5) — lightheaded standing up from the lotería table
            """,
            ["I95.1", "M62.81"], [PT("97110", 18)], []),

        // ---------------------------------------------------------------- class 3: named programmes, protocols and devices as techniques

        // Baton Rouge Walkasins (wearable sensory substitution) fitted and trialled on/off, "1:1 (PT + Mr. Broussard)"; foam EC, hall and grass walking, turns; no protective sensation with night falls; FGA and foam seconds with and without: passes.
        ["v3-h65-bluebonnet-walkasins-on-and-off"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Bluebonnet (Baton Rouge)
            Walkasins (wearable sensory substitution: foot pads signal pressure to vibrating units on the lower legs) fitted on both legs today; trialled standing and walking with them on vs. off.
            NMR 97112 · 22 min · 1:1 (PT + Mr. Broussard)
               quiet stance on foam, eyes closed, device on / off; walking the hall and the grass strip out back with the device on; turns to each side
            Deficit: no protective sensation either foot (monofilament 0/10 both), stands on his eyes → falls at night
            FGA 15/30 without → 19/30 with the device; foam EC 3 s → 9 s
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // Dayton reactive balance training on the ActiveStep treadmill (unannounced trip and slip belt perturbations in a harness), "PT and pt 1:1 on the unit"; short compensatory step and arms up; trips and slips recovered k of n: passes.
        ["v3-h65-dayton-activestep-trips-and-slips"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Dayton
            Reactive balance training on the ActiveStep treadmill (harness on): unannounced trip and slip belt perturbations, forward and backward, at 3 intensity levels
            97112 NM re-ed — 20 min — PT and pt 1:1 on the unit
            WHY: single compensatory step too short; arms fly up instead of stepping (2 trip falls in December, ED once)
            NUMBERS: trips recovered without loading the harness 14/20 (9/20 last wk); slips 11/16
            """,
            ["R29.6"], [PT("97112", 20)], []),

        // Yakima gaze stabilisation "per the Herdman progression: VOR x1 → VOR x2 today" in 30-s bouts, "treated one-to-one"; bilateral hypofunction with oscillopsia and dark unsteadiness; DVA lines and FGA: passes.
        ["v3-h65-yakima-herdman-x1-to-x2"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Yakima
            Gaze stabilization per the Herdman progression: VOR x1 → VOR x2 today (head and target moving opposite), yaw then pitch, seated → standing → walking; 3 bouts of 30 s each
            97112 — 18 min — treated one-to-one
            Impairment: bilateral vestibular hypofunction — oscillopsia ("the road signs jump") and unsteady walking in the dark
            DVA 5 lines lost (7 at eval); FGA 17/30
            """,
            ["H81.8X3"], [PT("97112", 18)], []),

        // Selah habituation to a packing-house conveyor video (standing, then picking "culls" off a table), "individual session, no one else in the room"; visual motion sensitivity after L neuritis; FGA and a standing tolerance in seconds; 21 matches: passes.
        ["v3-h65-selah-conveyor-video-habituation"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Selah
            Habituation to the sorting line: video of the apple conveyor on the big screen, standing; then standing and picking "culls" (tennis balls) off a table while the video runs; head turns between the screen and the table
            97112 — 21 min — individual session, no one else in the room
            Deficit: visual motion sensitivity + visual dependence after L vestibular neuritis — has to grab the rail at the packing house
            Conveyor video standing 90 s before symptoms (25 s at eval); FGA 22/30
            """,
            ["H81.22"], [PT("97112", 21)], []),

        // Weslaco Tai Ji Quan: Moving for Better Balance forms (Tai Ji walking, Single Whip transfers, Grasp the Bird's Tail shifts), "one-to-one with Sr. Cantú in the therapy room"; lateral weight shift and narrow-stance sway; 4-Stage seconds: passes.
        ["v3-h65-weslaco-tai-ji-quan-forms"] = new(
            """
            VALLE VERDE REHAB — Casa del Sol Senior Center, Weslaco
            Tai Ji Quan: Moving for Better Balance — individual therapy version: Tai Ji walking fwd/back/side, "Single Whip" weight transfers, "Grasp the Bird's Tail" shifts, holding a chair back the first round
            97112 – 22 min – one-to-one with Sr. Cantú in the therapy room
            Deficit: poor lateral weight shift + sways in a narrow stance (↓ postural control); fell at the Friday dance
            4-Stage Balance: semi-tandem 10 s, tandem 5 s, single leg R 3 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // Bettendorf Biodex Balance System limits-of-stability and weight-shift maze training, "Individual (1:1) ▸ Yes"; reduced limits backward and to the L with overshooting after a stroke; LOS percentages and Fall Risk Test index: passes.
        ["v3-h65-bettendorf-biodex-limits-of-stability"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Bettendorf
            Encounter: PT Treatment        Individual (1:1) ▸ Yes
            Biodex Balance System: limits-of-stability training (target capture on the screen, static platform → moving platform level 8), then the weight-shift maze
            97112 Neuromuscular re-education — 20 min
            Assessment: ↓ limits of stability backward and to the L; slow, overshooting weight shifts (L hemiparesis, R MCA stroke 2023)
            Flowsheet: LOS overall 33% → 41%; Fall Risk Test index 2.9 (3.6 at eval)
            """,
            ["I69.354", "R26.81"], [PT("97112", 20)], []),

        // Kettering OT CO-OP (Goal – Plan – Do – Check) for basement laundry: a sling bag instead of the basket on the clinic stairs; knee OA and weak quads with a blocked view; SBA and rounds with a hand on the rail; 23 matches: passes.
        ["v3-h65-kettering-ot-co-op-basement-laundry"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Kettering · OT
            CO-OP approach (Goal – Plan – Do – Check) for her goal: "do my own laundry in the basement without falling"
            97530 — 23 min
               Goal: set by her. Plan: she chose a sling bag instead of the basket so she can hold the rail and see the steps. Do: the 12 clinic stairs with the bag, 3 rounds. Check: she named what worked and what didn't.
               L knee OA pain + weak quads (4-/5); carried the basket in front and couldn't see her feet
               SBA on the stairs; 3 of 3 rounds with a hand on the rail the whole way
            """,
            ["M17.12", "Z91.81"], [OT("97530", 23)], []),

        // Zachary foot-core programme (Janda short foot, toe yoga, towel scrunches) with holds, sets and a load; weak foot intrinsics and clawing from diabetic neuropathy with toes dragging in his boots; 16 matches: passes.
        ["v3-h65-zachary-foot-core-programme"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Zachary
            Foot-core program (Janda short foot → toe yoga → towel scrunches)
            97110 · 16 min
               short-foot holds seated 10 x 5 s, then standing 10 x 5 s; toe yoga (big toe up / others down, and reverse) 2 x 10; towel scrunches w/ a 1-lb weight on the towel 2 x 10; heel raises 2 x 12
            Why: weak foot intrinsics + clawed toes (diabetic neuropathy); toes drag in his boots on the pier at the camp
            """,
            ["E11.42"], [PT("97110", 16)], []),

        // Sunnyside SoloStep overhead track and harness (fall arrest only) on the outdoor course: gravel, grass slope, curbs and ramp with laps and a head-turn lap; wide-based veering from bilateral vestibular loss; SBA and harness catches counted; 17 matches: passes.
        ["v3-h65-sunnyside-solostep-outdoor-course"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Sunnyside
            SoloStep overhead track + harness (fall arrest only, no unweighting) for gait on the clinic's outdoor course
            Gait 97116 — 17 min
               the course: gravel strip, grass slope, 2 curbs and the ramp, 3 laps of 150 ft; then one lap turning his head to a called target
               wide base, drifts R on the slope and stops to look down; veers when he turns his head (bilateral vestibular loss)
               SBA in the harness; no harness catches on lap 3 (2 on lap 1)
            """,
            ["H81.8X3", "R26.89"], [PT("97116", 17)], []),

        // San Benito Feldenkrais Awareness Through Movement lesson (pelvic clock, weight over each foot, turning to look behind), "PT and Sra. Salinas only"; stiff trunk and poor lateral shift; "Easier to turn today per her; re-measure next week." — no number but the code's minutes: measure missing.
        ["v3-h65-san-benito-feldenkrais-no-number"] = new(
            """
            VALLE VERDE REHAB — Los Ébanos Senior Center, San Benito
            Feldenkrais Awareness Through Movement lesson, standing: the pelvic clock, shifting weight over each foot, the "turning to look behind" lesson — slow, small, with pauses to feel the feet
            97112 — PT and Sra. Salinas only, in the therapy room — 20 min
            Deficit: stiff trunk and poor lateral weight shift (postural control); freezes up when she turns to look behind her
            Easier to turn today per her; re-measure next week.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Rock Island perturbation-based balance training named and done (lean-and-release, waist pulls while walking, push-and-catch on the beam), "1:1, PT and pt only", Mini-BESTest and TUG — but no deficit, impairment or system named: deficit missing.
        ["v3-h65-rock-island-pbt-no-deficit"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Rock Island
            Encounter: PT Treatment
            Perturbation-based balance training: lean-and-release in 4 directions, waist-pull perturbations while walking, push-and-catch on the foam beam
            97112 Neuromuscular re-education — 21 min — 1:1, PT and pt only
            Back after three months in Arizona with his daughter.
            Flowsheet: Mini-BESTest 22/28; TUG 10.4 s
            """,
            ["Z91.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // Denham Springs 97140: Maitland talocrural glides with grades, subtalar mobs, Graston along the plantar fascia and calf; stiff ankles with no ankle strategy and backward falls reaching up; DF degrees before and after; 12 matches: passes.
        ["v3-h65-denham-springs-maitland-and-graston"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Denham Springs
            97140 — 12 min
               Maitland talocrural posterior glides gr III–IV, R and L; subtalar eversion mobs; Graston (IASTM) along the plantar fascia and gastroc-soleus
            Why: stiff ankles (DF only to neutral) → no ankle strategy, she goes over backward reaching up to the cabinet; tight plantar fascia
            DF R −2° → 6°, L 0° → 7° (knee straight)
            """,
            ["M25.671", "M25.672"], [PT("97140", 12)], []),

        // Wenatchee SAIL (Stay Active and Independent for Life) strength set, home version: chair stands, wall push-ups, cuffed side raises, toe stands, band rows with doses; weak hips and calves on the orchard-house hill; 15 matches: passes.
        ["v3-h65-wenatchee-sail-strength-set"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Wenatchee
            SAIL (Stay Active and Independent for Life) strength set — the home version, so she can join the senior-center class after discharge
            97110 — 15 min
               chair stands 2 x 8; wall push-ups 2 x 10; side leg raises w/ 2-lb cuffs 2 x 10 each; toe stands 2 x 12; seated rows w/ red band 2 x 12
            Weak hips and calves (hip abd 4-/5; single-leg heel raise x 4 on the R) — tires on the hill up to the orchard house
            """,
            ["M62.81", "R26.81"], [PT("97110", 15)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Denham Springs: "I can't feel the brake pedal in my work boots anymore", feet wide on their outer edges, Romberg positive, vibration absent at the ankles — the deficit as findings; EC rocker-board edge shifts, cushion step-ons, foam head turns; "1:1, PT w/ pt only"; mCTSIB seconds: passes.
        ["v4-h65-denham-springs-cant-feel-the-brake-pedal"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Denham Springs
            Mr. Hebert: "I can't feel the brake pedal in my work boots anymore." Stands with his feet wide, weight on the outer edges; Romberg positive (sways, steps out with eyes closed); vibration absent at both ankles.
            NMR 97112 — 22 min — 1:1, PT w/ pt only
               weight shifts heel → toe → outer → inner edge on the rocker board, eyes closed; stepping from the floor onto a couch cushion and back with eyes up; narrow stance on foam with head turns
            mCTSIB foam EO 18 s, foam EC 4 s
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // Yakima: a catch-up saccade on head impulse to the L, DVA lines lost, mile markers on I-82 that "bounce" and the ditch bank in the dark — the deficit as findings; VOR x1 on a checkerboard, window head turns, foam marching EC; "one-on-one in the vestibular room"; FGA: passes.
        ["v4-h65-yakima-mile-markers-bounce"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Yakima
            Exam today: catch-up saccade on head impulse to the L; 4 lines lost on DVA; says the mile markers on I-82 "bounce" when the truck hits the rumble strip; can't walk the ditch bank after dark.
            97112 — 21 min — one-on-one in the vestibular room
               VOR x1 yaw against a checkerboard background, standing, 4 bouts of 40 s; head turns while walking past the window; marching on foam with eyes closed
            FGA 18/30 (15 at eval)
            """,
            ["H81.22"], [PT("97112", 21)], []),

        // Kettering 97110 after fainting at halftime: supine-to-standing BP drop with "greys out", knees going soft and no single-leg heel raise — the deficit as findings; ankle pumps, loaded seated calf raises, bridges, paused sit-to-stands with doses; 17 matches: passes.
        ["v4-h65-kettering-greys-out-on-standing"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Kettering
            Referred from: ED 02/02 — passed out getting up from the recliner at halftime
            Today: BP supine 138/74 → standing 108/66, "greys out" and his knees go soft on standing; calves thin, can't do a single-leg heel raise on either side
            97110 — 17 min
              · ankle pumps 3 x 20 before each stand
              · seated calf raises with a 10-lb plate on the knees 2 x 15
              · bridges 2 x 12
              · sit-to-stand with a 3-count pause on the edge of the chair 2 x 6
            """,
            ["I95.1", "M62.81"], [PT("97110", 17)], []),

        // Weslaco: the lunch line watched — the tray slides away, a wide base, eyes on her feet, swaying and grabbing the rail when she looks up at the menu board — the deficit as findings; head-up tray walking, foam floor-to-sign looks, narrow EC; "Sra. Rodríguez and me only"; mCTSIB: passes.
        ["v4-h65-weslaco-lunch-line-menu-board"] = new(
            """
            VALLE VERDE REHAB — Casa del Sol Senior Center, Weslaco
            Watched her in the lunch line today: holds the rail with one hand and the tray slides away from her; walks wide with her eyes on her feet; sways and has to grab the rail when she looks up at the menu board.
            97112 – 20 min – Sra. Rodríguez and me only, in the therapy room after lunch
               walking head-up with the tray to a target on the wall; looking from the floor up to a sign and back while standing on foam; narrow stance, eyes closed, at the counter
            mCTSIB: firm EC 30 s, foam EO 22 s, foam EC 5 s
            """,
            ["R26.81"], [PT("97112", 20)], []),

        // Davenport 97116: the R hip dropping with a trunk lurch, a stiff R knee in swing with toe catches and a short L step — the deficit as observations; cane with distances and cues, threshold strip step-overs, turns; SBA and toe catches counted: passes.
        ["v4-h65-davenport-hip-drops-toe-catches"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Davenport
            Interval hx: caught his toe on the threshold at his daughter's; no fall.
            Observed: R hip drops and the trunk lurches R in R stance; R knee stays straight in swing and the toe catches; shorter step on the L.
            Gait training 97116 — 15 min
               SPC in the L hand; hallway 4 x 100 ft with cues "knee up, heel first"; stepping over a threshold strip x 10; turns to each side
               SBA; 1 toe catch in the last 100 ft (5 in the first)
            """,
            ["M16.11", "R26.89"], [PT("97116", 15)], []),

        // Moline OT 97530: turning too early and dropping into the chair, missing the armrest, sliding off the edge — findings — with weak quads and a broken recliner arm; backing up to four chairs with a count; CGA → SBA and k of 16: passes.
        ["v4-h65-moline-ot-drops-into-the-chair"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Moline · OT
            Observed at the start: turns before he's close enough to the chair and drops into it from halfway; misses the armrest with his R hand; sits on the front edge and slides.
            97530 — 22 min
               approaching, backing up until both calves touch, reaching back for both armrests, lowering on a count — kitchen chair, recliner, the low couch, a toilet with a frame, 4 rounds each
            Why: weak quads + hip extensors (4-/5) and poor judging of the distance to the seat; goal — stop "plopping" (he broke the recliner arm in January)
            CGA → SBA by round 3; controlled lowering 13 of 16 sits
            """,
            ["M62.81", "Z91.81"], [OT("97530", 22)], []),

        // Wenatchee re-screen "head impulse negative … SOT composite 78 (normal) … No deficit found", then VOR x2 walking, foam head turns, backward line walking "one-on-one (PT + pt)" with an FGA: deficit missing.
        ["v4-h65-wenatchee-rescreen-no-deficit"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Wenatchee
            Re-screen today: head impulse negative both ways; no nystagmus with or without fixation; DVA within 1 line; SOT composite 78 (normal); sensation intact both feet; no symptoms with head movement. No deficit found.
            97112 — 18 min — one-on-one (PT + pt)
               VOR x2 while walking; foam stance with head turns; walking backward on a line
            FGA 28/30
            """,
            ["H81.21"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Bettendorf maintenance 97110: leg press, step-ups, band walks, calf raises with doses, but "no falls, no pain … Strength 5/5 throughout; ROM WNL; gait normal": no region, impairment or goal targeted: deficit missing.
        ["v4-h65-bettendorf-97110-everything-wnl"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Bettendorf
            Encounter: PT Treatment (maintenance visit, pt request)
            Interval hx: no falls, no pain, walking the riverfront trail every day. Strength 5/5 throughout; ROM WNL; gait normal.
            97110 Therapeutic exercise — 19 min
               leg press 90 lb 3 x 10; step-ups to an 8" step 2 x 12; lateral band walks 2 x 15 ft; calf raises 2 x 20
            """,
            ["Z91.81"], [PT("97110", 19)], [At(Deficit, "97110")]),

        // Gonzales PTA: "feels like walking on bubble wrap", trips on the garden hose, doesn't notice a lost flip-flop, steadier watching the floor — the deficit as findings; barefoot textured-mat shifts EC, rope step-overs without looking, tandem; "one-on-one w/ this PTA"; seconds and k of 10: passes.
        ["v4-h65-gonzales-pta-bubble-wrap-feet"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Gonzales · PTA note
            Ms. Guidry: "feels like walking on bubble wrap." Trips on the garden hose; can't tell when a flip-flop has come off; stands steadier when she watches the floor.
            NMR 97112 · 20 min · one-on-one w/ this PTA — her husband waited in the car
               barefoot weight shifts on the textured mats, eyes closed; stepping over "the hose" (a rope on the floor) without looking down; tandem at the counter, eyes on a picture
            Tandem EO 9 s; rope step-overs 8 of 10 without looking down
            """,
            ["G62.9", "R26.81"], [PTA("97112", 20)], []),

        // Mercedes 97140: stooped with the head forward, occiput 11 cm from the wall, two pillows to lie flat, backward falls reaching to the shelf — the region and impairment as findings; graded thoracic PA mobs (no thrust), pec STM, rib springing; occiput-to-wall cm after: passes.
        ["v4-h65-mercedes-stooped-occiput-to-wall"] = new(
            """
            VALLE VERDE REHAB — Centro Primavera, Mercedes
            Stands stooped, head forward; the back of her head stays 11 cm off the wall; can't lie flat without two pillows; leans back on her heels and has gone over backward twice reaching up to the kitchen shelf.
            97140 — 11 min
               prone thoracic PA mobs gr II–III T4–T9 (osteoporosis, no thrust); STM to the pecs in supine over a towel roll; rib springing
            Occiput-to-wall 11 cm → 9 cm after
            """,
            ["M40.204", "M81.0"], [PT("97140", 11)], []),

        // Sunnyside: walking into the door frame at night, veering L in the hop yard at dusk, a sharpened Romberg falling L — the deficit as findings; foam with the lights off, EC bar walking, foam marching with head turns; "one-on-one, PT with this pt, nobody else treated"; mCTSIB and feet: passes.
        ["v4-h65-sunnyside-door-frame-at-night"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Sunnyside
            Walks into the door frame on the way to the bathroom at night; veers L down the hop-yard rows at dusk; sharpened Romberg — falls to the L with eyes closed.
            97112 — 22 min · one-on-one, PT with this pt, nobody else treated
               stance on foam with the lights off (night-light only); walking with eyes closed between the parallel bars; marching on foam with head turns
            mCTSIB foam EC 6 s; eyes-closed bar walk 12 ft without a touch
            """,
            ["H81.92", "R26.81"], [PT("97112", 22)], []),

        // Rock Island 97116 on the riverfront trail and curbs, independent, with "Gait pattern normal today — even steps, good arm swing, no deviations; no pain": no impairment or goal targeted: deficit missing.
        ["v4-h65-rock-island-97116-gait-normal"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Rock Island
            Encounter: PT Treatment
            Gait training 97116 — 14 min
               no device; riverfront trail 2 x 600 ft, the grass slope by the band shell, the crosswalk curbs x 4; independent
            Gait pattern normal today — even steps, good arm swing, no deviations; no pain.
            """,
            ["Z91.81"], [PT("97116", 14)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Dayton: TUG and TUG-cognitive (counting back by 3s) in seconds; alphabet-animal and serial-7s walking, called cone weaving, carrying a cup over obstacles, foam EC while counting; dual-task slowing and late clearance with MCI; "1:1 (no other pt on my schedule)"; 21 matches: passes.
        ["v5-h65-dayton-tug-with-and-without-counting"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Dayton
            97112 NM re-ed — 21 min — 1:1 (no other pt on my schedule)
              · walking the hall naming animals A to Z, then counting back by 7s
              · weaving around cones on a call without stopping
              · stepping over obstacles carrying a cup of water
              · foam stance, eyes closed, counting back out loud
            WHY: slows and stops when she talks (dual-task cost), late obstacle clearance — MCI; fell in the grocery when a friend called her name
            NUMBERS: TUG 12.4 s · TUG counting back by 3s 18.9 s
            """,
            ["G31.84", "R26.81"], [PT("97112", 21)], []),

        // Huber Heights 97110 after a hospital stay: sit-to-stands, leg press, cuffed abduction, heel raises with doses; weak legs and the couch; 5x sit-to-stand seconds and 30-s chair stand count; 19 matches: passes.
        ["v5-h65-huber-heights-5xsts-and-chair-stand"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Huber Heights
            97110 — 19 min
              · sit-to-stand from 18" without arms 3 x 8
              · leg press 60 lb 3 x 10
              · standing hip abduction w/ 3-lb cuff 2 x 12
              · heel raises 2 x 15
            WHY: weak legs after 9 days in the hospital with pneumonia — quads 4-/5; can't get off the couch without rocking
            NUMBERS: 5x sit-to-stand 16.8 s; 30-s chair stand 8 (5 at intake)
            """,
            ["R53.81", "M62.81"], [PT("97110", 19)], []),

        // Yakima mCTSIB with all four conditions in seconds; foam EC with head turns, step-up holds, foam-tile walking; "individually treated, PT + pt"; poor vestibular contribution after L neuritis; 20 matches: passes.
        ["v5-h65-yakima-mctsib-four-conditions"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Yakima
            mCTSIB (s, max 30):   firm EO 30 · firm EC 30 · foam EO 24 · foam EC 6
            97112 — 20 min — individually treated, PT + pt
               foam stance EC, head still → slow head turns; stepping up onto foam and holding; walking the hall on foam tiles laid end to end
            Impairment: ↓ vestibular contribution to balance (fails foam EC) after L neuritis; sways and steps in the shower
            """,
            ["H81.22"], [PT("97112", 20)], []),

        // Selah Four Square Step Test in seconds and FGA; four-square cane-grid stepping, side-steps over the cane with head turns, turning catches; slow multidirectional stepping with head movement; "one-to-one"; 19 matches: passes.
        ["v5-h65-selah-four-square-and-fga"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Selah
            97112 — 19 min — one-to-one
               stepping drills: the four-square pattern on a cane grid, then faster; side-stepping over the cane with head turns; turning to catch a tossed beanbag
            Impairment: slow multidirectional stepping + poor dynamic balance with head movement (old R hypofunction, poorly compensated)
            Four Square Step Test 13.1 s; FGA 21/30
            """,
            ["H81.91"], [PT("97112", 19)], []),

        // Weslaco PTA 4-Stage Balance Test with all four stages in seconds; feet-together to tandem progression, stepping over a domino box, tiptoe reaches to the lotería board; "PTA with Sr. Lozano one-to-one"; postural control and foot proprioception: passes.
        ["v5-h65-weslaco-pta-four-stage-test"] = new(
            """
            VALLE VERDE REHAB — Casa del Sol Senior Center, Weslaco · PTA
            97112 – 18 min – PTA with Sr. Lozano one-to-one in the therapy room
               feet together → semi-tandem → tandem at the counter, light touch then none; stepping over a domino box; reaching up on tiptoe to the top of the lotería board
            Deficit: sways and steps out in a narrow stance (↓ postural control, ↓ proprioception both feet)
            4-Stage Balance Test: feet together 10 s, semi-tandem 10 s, tandem 4 s, one leg 1 s
            """,
            ["R26.81", "E11.42"], [PTA("97112", 18)], []),

        // Davenport 97116: rollator → cane in the hall and up the parking ramp to the pay station; slow short steps and a stiff knee; 10-m walk speed, ABC and assistance levels; 18 matches: passes.
        ["v5-h65-davenport-gait-speed-and-abc"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Davenport
            Gait training 97116 — 18 min
               rollator → SPC trial; clinic hall 3 x 150 ft; out to the parking ramp, up and down one level; stopping and turning at the pay station
               short, slow steps; L knee stiff (OA); looks down the whole way
            Flowsheet: 10-m walk 0.78 m/s (0.61 at eval); ABC 54%; SBA with the SPC, mod I with the rollator
            """,
            ["M17.12", "R26.89"], [PT("97116", 18)], []),

        // Bettendorf Mini-BESTest with its four section scores; release stepping, incline EC, pivot turns and shoe-box crossings; reactive control the weak link; "Individual (1:1) ▸ Yes"; 22 matches: passes.
        ["v5-h65-bettendorf-mini-bestest-sections"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Bettendorf
            Encounter: PT Treatment        Individual (1:1) ▸ Yes
            97112 Neuromuscular re-education — 22 min
               compensatory stepping to a release from a lean, fwd/back/lateral; incline stance, eyes closed; walking with pivot turns and over two shoe boxes
            Assessment: reactive postural control is the weak link (lateral step crosses over, trunk falls)
            Flowsheet: Mini-BESTest 18/28 — anticipatory 4/6, reactive 2/6, sensory orientation 5/6, dynamic gait 7/10
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // Gonzales B12 neuropathy: Rydel-Seiffer fork eighths and monofilament sites as the measure; wobble-board sways EC, pea-gravel tray walking, step-and-pause EC; "PT w/ Mr. Fontenot only"; vibration and position sense; 21 matches: passes.
        ["v5-h65-gonzales-rydel-seiffer-and-monofilament"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Gonzales
            NMR 97112 — 21 min — PT w/ Mr. Fontenot only
               eyes-closed ankle sways on the wobble board; walking through the gravel tray (a shallow box of pea gravel) with eyes forward; stepping up onto a step and pausing with eyes closed
            Deficit: ↓ vibration + position sense at both ankles (B12-deficiency neuropathy)
            Sensation: Rydel-Seiffer fork at the great toe R 3/8, L 2/8 (0/8 both at eval); monofilament 6/10 sites R, 5/10 L
            """,
            ["E53.8", "G62.9"], [PT("97112", 21)], []),

        // Brownsville 97530: the center's van step with a grab bar and a tray carry at the lunch counter with rounds; weak hips and knee OA with a Saturday mercado goal; min A → SBA and no spills; 20 matches: passes.
        ["v5-h65-brownsville-van-step-assist-levels"] = new(
            """
            VALLE VERDE REHAB — Palmas Senior Center, Brownsville
            97530 — 20 min
               getting up into the center's van: 14" first step, grab bar on the R, turning to sit on the bench seat; then down again, x 4, purse over her shoulder
               standing at the lunch counter and carrying her tray to the table on the walker tray, x 3
            Why: weak hips + L knee OA — goal: ride the van to the mercado on Saturdays again
            Van step min A → SBA by the 4th; tray carries SBA, no spills
            """,
            ["M17.12", "M62.81"], [PT("97530", 20)], []),

        // Kettering 97112 in a mock grocery aisle ("I stayed with him alone the whole time"): cart walking reading shelf tags, bottom-shelf reaches, a cut-in; visual dependence and slow responses; "feels steadier … Fewer grabs at the shelf than last visit." — no number but the code's minutes: measure missing.
        ["v5-h65-kettering-mock-aisle-fewer-grabs"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Kettering
            97112 NM re-ed — 20 min — I stayed with him alone the whole time
              · walking the mock grocery aisle with a cart, turning his head to read the shelf tags
              · stopping and reaching down to the bottom shelf
              · side-stepping the cart when a "shopper" (me) cut in front of him
            WHY: visual dependence + slow postural responses when he turns his head
            He says he feels steadier in the store. Fewer grabs at the shelf than last visit.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Sunnyside PTA gaze work, head-turn walking and pillow stance EC, "one-on-one, PTA and pt"; R hypofunction with blur and drift; "Less dizzy … walked smoother. Re-check DGI next visit." — no number but the code's minutes: measure missing.
        ["v5-h65-sunnyside-pta-less-dizzy-recheck-later"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Sunnyside · PTA note
            97112 — 19 min — one-on-one, PTA and pt
               gaze stabilization: head moving side to side while the eyes hold on a letter, seated then standing; walking with head turns; standing on a pillow with eyes closed
            Problem: R vestibular hypofunction — vision blurs and he drifts R when he turns his head
            Less dizzy with the head turns today; walked smoother. Re-check DGI next visit.
            """,
            ["H81.91"], [PTA("97112", 19)], [At(Measure, "97112")]),

        // Rock Island 97116 on the riverfront bricks, the landing slope and the crosswalk curb, stepping aside for bikes; L foot drop with toe catches; "Did well; more confident on the bricks." — no distance, level or number but the code's minutes: measure missing.
        ["v5-h65-rock-island-bricks-no-distance"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Rock Island
            Gait training 97116 — 15 min
               SPC on the riverfront path: the brick section, the slope down to the landing, the curb at the crosswalk; practiced stepping aside for bikes
               L foot drop — hikes the L, catches the toe on the bricks; short R step
            Did well; more confident on the bricks.
            """,
            ["M21.372"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Zachary 97530 simulating the step from the dock into his boat (wobble platform, cooler seat, rod holder); numb feet and weak hips with a False River fishing goal; "Managed it better than last week." — no level, count or number but the code's minutes: measure missing.
        ["v5-h65-zachary-dock-to-boat-no-level"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Zachary
            97530 — 17 min
               the step from the dock into his boat, simulated: stepping down from a step onto the wobble platform, sitting on the cooler seat, reaching the rod holder, standing back up and stepping out
            Why: numb feet (diabetic neuropathy) + weak hips; goal — go fishing from the camp on False River with his grandson
            Managed it better than last week.
            """,
            ["E11.42"], [PT("97530", 17)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Dayton 24-hour clock per code ("0905–0927 97112", "0927–0941 97116": 22 and 14, both match); "1:1 — this PT and pt only"; step-and-catch, foam-path head turns, curb-block holds; cane, clinic curb and speed bump with CGA/SBA; stepping and foot sensation; Berg and gait speed: passes.
        ["v6-h65-dayton-24-hour-clock-per-code"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Dayton
            TIME    0905–0927  97112 NM re-ed        0927–0941  97116 gait
            97112 (1:1 — this PT and pt only): step-and-catch to pushes from behind; walking the foam path with head turns; stepping up onto a curb-height block and holding
            97116: rollator → SPC, hall 2 x 200 ft; the curb at the clinic entrance x 4 and the parking-lot speed bump; CGA at the curb, SBA on level
            WHY: delayed stepping response + ↓ foot sensation (diabetic); slow, short-stepped gait, R toe catches
            NUMBERS: Berg 45/56; gait speed 0.68 m/s
            """,
            ["E11.42", "R26.81"], [PT("97112", 22), PT("97116", 14)], []),

        // Gonzales "Minutes by code: 97112=21 | 97110=12" (both match), "Alone w/ PT for the 97112" while his wife made groceries; foam reweighting, textured runner, rocker board; band DF, towel curls, heel raises, side-lying abduction with doses; sensory loss and weak DF/abductors; mCTSIB and monofilament: passes.
        ["v6-h65-gonzales-minutes-by-code-equals"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Gonzales
            Minutes by code:  97112=21 | 97110=12
            Alone w/ PT for the 97112 — his wife dropped him off and went to make groceries.
            97112: sensory reweighting on the foam (EO → EC → head turns); walking the rope-and-pebble mat runner with eyes up; rocker board A/P
            97110: seated ankle DF w/ yellow band 2 x 15; towel curls 2 x 10; heel raises at the counter 2 x 12; side-lying hip abd 2 x 10
            Deficit: distal sensory loss both feet; weak ankle dorsiflexors + hip abductors (4-/5) — diabetic neuropathy
            mCTSIB foam EC 5 s; monofilament 4/10 sites R, 4/10 L
            """,
            ["E11.42"], [PT("97112", 21), PT("97110", 12)], []),

        // Wenatchee cervicogenic dizziness, three codes each minuted ("97140 … 9 min", "97112 … 18 min (1:1)", "97110 … 11 min"), all match; suboccipital release and graded mobs; laser joint-position retraining, VOR, pursuit with the trunk turned; deep neck flexor and scapular work with doses; neck stiffness, DNF endurance and cervical proprioception; degrees and JPE cm: passes.
        ["v6-h65-wenatchee-three-codes-cervicogenic"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Wenatchee
            97140 … 9 min: suboccipital release; C1–2 rotation mobs gr II each way; STM to the upper traps
            97112 … 18 min (1:1): joint-position retraining with a head laser to targets on the wall; VOR x1 with the neck relaxed; smooth pursuit with the trunk turned 30° under a still head
            97110 … 11 min: deep neck flexor holds 10 x 10 s; supine chin tucks 2 x 10; rows w/ green band 2 x 12
            Impairments: cervicogenic dizziness — stiff neck (rotation R 50°, L 55°), weak deep neck flexors (endurance 12 s), ↓ cervical proprioception
            Joint-position error (laser) 6.5 cm → 3.5 cm
            """,
            ["M54.2", "M53.82"], [PT("97140", 9), PT("97112", 18), PT("97110", 11)], []),

        // Weslaco PT in the morning ("97112 — 20 min — PT and Sra. Villarreal alone") and OT after lunch ("97530 — 16 min"), each matching its own discipline's line; pelvic perturbations, cane step-overs to cumbia, foam plate passes; Berg; chair-to-trash plate carries and reacher pick-ups with a Friday-dance goal, SBA: passes.
        ["v6-h65-weslaco-pt-morning-ot-after-lunch"] = new(
            """
            VALLE VERDE REHAB — Casa del Sol Senior Center, Weslaco
            PT (morning) — 97112 — 20 min — PT and Sra. Villarreal alone in the therapy room
               perturbations at the pelvis in stride stance; stepping over the cane to the beat of a cumbia; foam stance, turning to pass a plate behind her
               ↓ reactive stepping + ↓ proprioception both feet
               Berg 42/56
            OT (after lunch) — 97530 — 16 min
               getting up from the dining-room chair, turning and walking her plate to the trash can, x 4; picking dropped dominoes up off the floor with a reacher and without
               goal: stay for the Friday dance and help clean up; weak hips, L wrist stiff since a fall in November
               SBA; no losses of balance in 4 trips
            """,
            ["R26.81", "M62.81"], [PT("97112", 20), OT("97530", 16)], []),

        // Moline EMR row "Timed Code Treatment Minutes — 97112 Neuromuscular Re-education: 23" (matches) and "1:1 Y (PT with pt only)"; perturbed stair descent, incline EC, backward walking with a cup; numb soles and backward losses; Berg and feet: passes.
        ["v6-h65-moline-timed-code-treatment-minutes-row"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Moline
            Encounter: PT Treatment
            Timed Code Treatment Minutes — 97112 Neuromuscular Re-education: 23
            1:1   Y (PT with pt only)
            Treatment provided: stair descent with small perturbations at the pelvis; incline-board stance, eyes closed; backward walking carrying a cup of water
            Assessment: ↓ somatosensory input (lumbar stenosis, numb soles); loses balance backward
            Measures: Berg 44/56; backward walk 15 ft without a loss of balance
            """,
            ["M48.062", "R26.81"], [PT("97112", 23)], []),

        // Yakima "97112 — 10 min — one-on-one" against a 24-min line: mismatch; VOR, head-turn walking, foam EC; L hypofunction with veering; DGI complete.
        ["v6-h65-yakima-nmr-10-against-24"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Yakima
            97112 — 10 min — one-on-one
               VOR x1 yaw, seated then standing; walking the hall with head turns; foam stance with eyes closed
            Impairment: L vestibular hypofunction — gait veers L with head turns
            DGI 16/24
            """,
            ["H81.22"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // Xenia PTA "97110 — 28 min" against a 15-min PTA line: mismatch; NuStep, sit-to-stands, band work, step-ups with doses; weak hips and quads after a COPD stay complete.
        ["v6-h65-xenia-pta-therex-28-against-15"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Xenia · PTA
            97110 — 28 min
              · NuStep level 4 warm-up
              · sit-to-stand 3 x 8
              · standing hip ext + abd with red band 2 x 12
              · step-ups to a 6" step 2 x 10
            WHY: weak hips + quads after two weeks in the hospital (COPD flare); can't manage the 3 steps into her daughter's house
            """,
            ["J44.1", "M62.81"], [PTA("97110", 15)], [At(Mismatch, "97110")]),

        // Davenport: 97112 22 matches, but "97116 Gait training — 25 min" against a 12-min line: mismatch on 97116; "PT with pt only", pushes, Dynadisc, foam-beam crossovers; cane in the hall and ramp with SBA; stepping, ankle proprioception and a short step; Berg and gait speed.
        ["v6-h65-davenport-second-code-25-against-12"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Davenport
            97112 Neuromuscular re-education — 22 min — PT with pt only
               reactive stepping to pushes; Dynadisc stance with head turns; crossover steps on the foam beam
            97116 Gait training — 25 min
               SPC, hall 3 x 150 ft + the ramp to the lot; SBA
            Assessment: slow protective stepping + ↓ ankle proprioception; short L step, wide base
            Measures: Berg 46/56; gait speed 0.82 m/s
            """,
            ["R26.81"], [PT("97112", 22), PT("97116", 12)], [At(Mismatch, "97116")]),

        // Brownsville OT "OT 97530 – 10 min" against a 23-min OT line: mismatch; coffee-making and cup carries for the Tuesday dominoes, shoulder weakness after a humerus fracture, CGA/SBA and cups complete.
        ["v6-h65-brownsville-ot-10-against-23"] = new(
            """
            VALLE VERDE REHAB — Palmas Senior Center, Brownsville · OT
            OT 97530 – 10 min
               making coffee in the center's kitchenette: reaching the can on the top shelf (step stool put away), carrying two cups to the domino table on the walker tray
               goal: keep serving the coffee at Tuesday dominoes; L shoulder weakness after a fall (proximal humerus fx, healed)
               CGA reaching; SBA carrying; 2 of 2 cups without a spill
            """,
            ["S42.202D", "M62.81"], [OT("97530", 23)], [At(Mismatch, "97530")]),

        // Kettering "NM re-ed + gait block, 36 min total" is the only time for two codes: separate time missing; "I stayed with her 1:1 throughout"; waist pulls, foam ball toss, hurdles; rollator → cane with distance and curb CGA; reactive stepping, proprioception and toe catch; Berg and TUG.
        ["v6-h65-kettering-block-36-total"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Kettering
            NM re-ed + gait block, 36 min total — I stayed with her 1:1 throughout.
            NM re-ed: waist-pull perturbations in stance; foam stance with a ball toss; stepping over the hurdles
            Gait: rollator → cane, hall 3 x 120 ft; curb x 4, CGA on the curb
            WHY: slow reactive stepping, ↓ proprioception; short steps, R toe catches
            NUMBERS: Berg 41/56; TUG 15.8 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22), PT("97116", 14)], [SepTime]),

        // Denham Springs: "NMR 97112 — 20 min — 1:1" has minutes, the walk out over the gravel (97116) has none: separate time missing; every section complete (rocker board, foam, textured mats; cane on gravel with distance and SBA; proprioception and foot slap; mCTSIB).
        ["v6-h65-denham-springs-gait-unminuted"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Denham Springs
            NMR 97112 — 20 min — 1:1
               rocker board A/P with eyes closed; foam stance with head turns; walking the textured mats with eyes up
            Then finished with gait (97116) out to the gravel lot and back: SPC, 2 x 200 ft; SBA; cues to lift the R toes
            Deficits: ↓ ankle proprioception; R foot slap on the gravel (diabetic neuropathy)
            mCTSIB foam EC 4 s
            """,
            ["E11.42", "R26.89"], [PT("97112", 20), PT("97116", 10)], [SepTime]),

        // Ellensburg minutes after the description ("Gaze stabilization + head-turn walking (97112), 19 minutes, one-on-one with Mr. Schreiber"), matching; VOR on a busy background on foam, reading words down the hall, quick stops and turns; R hypofunction on the wheat-ranch ground; DGI and DVA: passes.
        ["v6-h65-ellensburg-minutes-after-the-description"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Ellensburg
            Gaze stabilization + head-turn walking (97112), 19 minutes, one-on-one with Mr. Schreiber:
               VOR x1 yaw/pitch against a busy background, standing on foam; walking the hall reading words taped at eye level on both walls; quick stops and turns on command
            Impairment: R vestibular hypofunction; unsteady with head movement on the rough ground at the wheat ranch
            DGI 19/24; DVA 2 lines lost
            """,
            ["H81.21"], [PT("97112", 19)], []),

        // San Benito "97112 for 20 min; 97530 for 15 min" (both match), "Individual, in the therapy room — Sr. Gallegos and this PT only"; tandem nudges, foam turns, head turns toward the domino tables; backward-chained floor rise via the sofa and toy pick-ups; stepping, proprioception, weak hips and a lay-on-the-carport-floor goal; Berg and min A → CGA: passes.
        ["v6-h65-san-benito-for-minutes"] = new(
            """
            VALLE VERDE REHAB — Los Ébanos Senior Center, San Benito
            97112 for 20 min; 97530 for 15 min. Individual, in the therapy room — Sr. Gallegos and this PT only.
            97112: nudges in tandem stance at the counter; stepping onto and off the foam with a turn; walking with head turns toward the domino tables
            97530: getting down to the floor and back up using the sofa (backward-chained), x 3; picking the grandkids' toys up off the floor
            Why: slow protective steps + ↓ proprioception both feet (diabetic); weak hips; goal — get up off the floor alone if he falls at home (fell in the carport in December and lay there until his son came)
            Berg 43/56; floor rise min A → CGA
            """,
            ["E11.42", "R26.81"], [PT("97112", 20), PT("97530", 15)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h65-empty-nmr-therex"] = new(
            "",
            ["R26.81"], [PT("97112", 22), PT("97110", 13)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // Empty note on a PTA 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h65-empty-pta-gait-no-dx"] = new(
            "",
            [], [PTA("97116", 18)], [At(NoteMissing, "97116"), Dx]),

        // A note of line breaks and spaces only (cells are trimmed) on an OT 97530 with a diagnosis: note missing only.
        ["v7-h65-line-breaks-only-ot-97530"] = new(
            "\n\n   \n",
            ["M62.81"], [OT("97530", 20)], [At(NoteMissing, "97530")]),

        // 97110's meaning at Gonzales: loaded seated heel raises, wall toe raises, step-ups, mini-squats with doses (technique and measure), weak calves and dorsiflexors with a slapping foot and a porch-step trip (deficit); 14 matches: passes.
        ["v7-h65-gonzales-97110-crawfish-pot-porch-step"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Gonzales
            97110 — 14 min
               seated heel raises with a 10-lb plate on the knees 3 x 15; standing toe raises with his back to the wall 2 x 12; step-ups to a 4" step 2 x 10; mini-squats at the counter 2 x 12
               for weak calves + ankle dorsiflexors (3+/5 R, 4-/5 L) — his R foot slaps and he tripped on the porch step carrying the crawfish pot
            """,
            ["G62.9", "M62.81"], [PT("97110", 14)], []),

        // 97530's meaning at Huber Heights OT: a community outing to the grocery across the lot — cart, top and bottom shelves, bags into the trunk (technique), a shopping goal with weak grip/hips and a stiff wrist after the fracture (deficit), SBA/CGA and bags (measure); 21 matches: passes.
        ["v7-h65-huber-heights-ot-97530-grocery-outing"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Huber Heights · OT
            97530 — 21 min
              · outing to the grocery across the lot: pushing the cart down two aisles, reaching to the top and bottom shelves, turning into the next aisle
              · loading 4 bags into the trunk of her car and carrying 2 to the clinic door
            WHY: goal — do her own shopping again (her daughter has done it since the fall in the parking lot); weak grip + hips, R wrist stiff after the fracture
            NUMBERS: SBA in the aisles; CGA to the bottom shelf; 4 of 4 bags loaded
            """,
            ["S52.501D", "M62.81"], [OT("97530", 21)], []),

        // 97140's meaning at Bettendorf: graded anterior hip glides with a belt, STM and Thomas-position holds to the hip flexors (technique), tight R hip flexors tipping him forward onto the counter (deficit), hip extension degrees (measure); 10 matches: passes.
        ["v7-h65-bettendorf-97140-hip-flexors"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Bettendorf
            97140 Manual therapy — 10 min
               prone R hip anterior glides gr III with a mobilization belt; STM + hold-relax in the Thomas position to the R hip flexors (iliopsoas, rectus femoris)
            Assessment: tight R hip flexors keep him bent at the hip in standing — his weight falls forward and he catches himself on the counter; R hip extension −10° → −2°
            """,
            ["M25.651", "Z91.81"], [PT("97140", 10)], []),

        // 97116's meaning at Sunnyside: four-wheeled walker in the hall and on the outdoor path with distances and cues (technique), a slow wide-based short-stepped gait with knee buckling after sepsis (deficit), CGA/SBA (measure); 16 matches: passes.
        ["v7-h65-sunnyside-97116-after-sepsis"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Sunnyside
            Gait 97116 — 16 min
               4-wheeled walker, hall 3 x 100 ft; then the outdoor path — grass patch, the slope, a curb — 2 x 120 ft; cues "look up, long step"
               slow, wide-based gait with short steps and a forward trunk; R knee buckles once she tires (deconditioned after a hospital stay for sepsis)
               CGA on the slope and curb, SBA on level
            """,
            ["R53.81", "R26.89"], [PT("97116", 16)], []),

        // Generic 97110: "Pt did her exercises, no c/o, good day. POC unchanged. 14 min ther ex." — no exercise, region or number but its minutes (which match).
        ["v7-h65-generic-97110-good-day"] = new(
            "Pt did her exercises, no c/o, good day. POC unchanged. 14 min ther ex.",
            ["M62.81"], [PT("97110", 14)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic 97112 + 97116 with minutes for each (18 and 12, both match): only generic phrases for both codes and no one-on-one statement.
        ["v7-h65-generic-nmr-gait-minutes-each"] = new(
            "Neuromuscular re-ed 18 min; gait trng 12 min. Good participation. Plan: continue.",
            ["R26.81"], [PT("97112", 18), PT("97116", 12)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // Generic 97530: "Functional training done, pt motivated. Will progress. 16 min." — no activity, deficit or goal, or number but its minutes.
        ["v7-h65-generic-97530-motivated"] = new(
            "Functional training done, pt motivated. Will progress. 16 min.",
            ["Z91.81"], [PT("97530", 16)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic 97140: "Manual tx 9 min. Pt feels loosened up. Cont." — no technique, region or number but its minutes.
        ["v7-h65-generic-97140-loosened-up"] = new(
            "Manual tx 9 min. Pt feels loosened up. Cont.",
            ["M25.671"], [PT("97140", 9)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Generic PTA 97112: "balance and coordination activities 20 min. Good effort … Continue per PT plan." — no technique, deficit, measure or one-on-one.
        ["v7-h65-generic-pta-97112-good-effort"] = new(
            "PTA: balance and coordination activities 20 min. Good effort, no issues. Continue per PT plan.",
            ["R26.81"], [PTA("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes

        // Dayton after a step-stool fall: NMR 20 ("1:1, no other pt") and 97110 14 both match; foam step-and-reach, waist pulls, step-over turns; leg press, cuffed abduction, single-leg heel raises with doses; reactive stepping, ankle proprioception and abductor weakness; Berg and FGA: passes.
        ["vord-h65-dayton-step-stool-nmr-therex"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Dayton
            Referred from: ED 01/30 — fell off the step stool changing a bulb
            97112 NM re-ed — 20 min (1:1, no other pt)
              · step-and-reach to targets on the wall from the foam
              · reactive steps to waist pulls
              · stepping up onto a 6" step, turning, and stepping down the other side
            97110 — 14 min
              · leg press 70 lb 3 x 10
              · standing hip abd with 3-lb cuff 2 x 12
              · single-leg heel raises, fingertip on the counter, 2 x 8
            WHY: late reactive stepping + ↓ ankle proprioception; hip abductors 4-/5
            NUMBERS: Berg 48/56; FGA 22/30
            """,
            ["Z91.81", "R26.81"], [PT("97112", 20), PT("97110", 14)], []),

        // Baton Rouge 97530 "making groceries, practice run": cart around cone aisles, a rice sack from the bottom shelf, bags into her own trunk; numb feet and weak hips with a Saturday goal; SBA/CGA and rounds; 22 matches: passes.
        ["vord-h65-bluebonnet-making-groceries"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Bluebonnet (Baton Rouge)
            97530 — 22 min
               making groceries, practice run: pushing the cart the length of the hall and around the cone "aisles"; stooping to the bottom shelf for a 10-lb sack of rice and loading it; then out to her own car in our lot, lifting two bags into the trunk
               numb feet + weak hips (hip abd 4-/5); goal — make groceries by herself on Saturdays without her grandson
               SBA with the cart; CGA stooping; 2 bags loaded x 3 rounds
            """,
            ["E11.42", "M62.81"], [PT("97530", 22)], []),

        // Yakima NMR 21 ("one-on-one, PT and pt") and 97110 12 both match; foam gaze holds, VOR walking, called turns; cervical rotation, chin tucks, thoracic extension with doses; L hypofunction with veering and guarded neck; DGI and DVA: passes.
        ["vord-h65-yakima-nmr-and-neck-therex"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Yakima
            97112 — 21 min — one-on-one, PT and pt
               gaze holds while stepping in place on foam; VOR x1 while walking; turning 180° to a called side
            97110 — 12 min
               cervical rotation AROM 2 x 10 each way; chin tucks 2 x 10; thoracic extension over a towel roll 2 x 10
            Impairments: L vestibular hypofunction with veering; stiff neck from guarding (rotation L 55°)
            DGI 19/24; DVA 2 lines lost
            """,
            ["H81.22", "M54.2"], [PT("97112", 21), PT("97110", 12)], []),

        // Weslaco winter Texan from Mankato after a fall on the RV steps: "one-on-one in the therapy room (his wife waited at the dominoes table)"; paused step-downs, narrow-stance pushes, foam shoulder checks; eccentric control, stepping and ankle vibration; TUG and Berg: passes.
        ["vord-h65-weslaco-winter-texan-rv-steps"] = new(
            """
            VALLE VERDE REHAB — Casa del Sol Senior Center, Weslaco
            Mr. Halvorsen, 77 — winter Texan from Mankato, MN, at the RV park till April; referred by the clinic doctor after a fall on the RV steps.
            97112 – 21 min – one-on-one in the therapy room (his wife waited at the dominoes table)
               step-downs off a 7" step with a pause and eyes up; lateral pushes in a narrow stance; foam stance turning to look over each shoulder
               Deficit: poor eccentric control + slow protective stepping; ↓ vibration at both ankles
               TUG 12.9 s; Berg 46/56
            """,
            ["Z91.81", "R26.81"], [PT("97112", 21)], []),

        // Davenport three codes after a rib fracture shovelling: "Timed code minutes: 97112 18 · 97110 13 · 97140 8" all match; perturbations, foam-beam tandem, shovel-handle step-overs (PT with pt only); sit-to-stands, rows, band side-steps; rib STM and mobs; stepping, proprioception, hip weakness, rib-cage stiffness; Berg, steps and rotation degrees: passes.
        ["vord-h65-davenport-three-codes-rib-fracture"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Davenport
            Encounter: PT Treatment        Referring: Dr. P. Nguyen (Family Medicine)
            Interval hx: fell shoveling the walk in January (ED, L rib fx); no falls since.
            Timed code minutes:  97112 18 · 97110 13 · 97140 8
            Treatment provided:
               97112 (PT with pt only): perturbations in stride stance; tandem walk on the foam beam; stepping over a snow-shovel handle laid on the floor
               97110: sit-to-stand from 17" 3 x 8; standing rows with green band 2 x 12; side-steps with a band 2 x 10 each way
               97140: STM to the L lateral ribs and intercostals; rib mobs gr II in side-lying
            Assessment: slow reactive stepping + ↓ ankle proprioception; weak hips (4-/5); L rib cage sore and stiff on turning
            Measures: Berg 45/56; tandem walk 9 steps; thoracic rotation L 30° → 38°
            """,
            ["S22.32XD", "R26.81"], [PT("97112", 18), PT("97110", 13), PT("97140", 8)], []),

        // Xenia OT 97530 after a tub fall: tub bench transfers, a night-light path with a bedside stand, sink standing with rounds; weak hips and night-time light-headedness; min A → SBA and steady rounds; 24 matches: passes.
        ["vord-h65-xenia-ot-tub-and-night-path"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Xenia · OT
            Index fall: 12/28 — getting out of the tub; pressed her medical-alert button, EMS lifted her
            97530 — 24 min
              · tub transfer bench in the ADL bathroom: sit, swing the legs over, slide across, x 3
              · the night path: sitting up on the edge of the bed, a pause, standing with the bedside rail, walking to the toilet by night-light only, x 3
              · standing at the sink to wash her face and brush her teeth
            WHY: weak hips (3+/5) + light-headed when she gets up at night; goal — bathe and get to the toilet at night without another fall
            NUMBERS: tub bench min A → SBA by the 3rd; night path SBA, 3 of 3 without a stagger
            """,
            ["Z91.81", "M62.81"], [OT("97530", 24)], []),

        // Zachary PTA with chemo neuropathy: NMR 19 ("PTA with Mrs. Landry one-on-one") and TE 14 match; pillow EC, heel-toe walking at the rail, tossed-ball catches on foam; band DF/PF, heel/toe walking, step-ups; position sense and ankle weakness; tandem and foam seconds: passes.
        ["vord-h65-zachary-pta-nmr-te-cipn"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Zachary · PTA note
            NMR 97112 — 19 min — PTA with Mrs. Landry one-on-one
               pillow stance with eyes closed; heel-to-toe walking along the rail with head turns; catching a tossed ball standing on foam
            TE 97110 — 14 min
               ankle DF + PF with red band 2 x 15 each; heel walking + toe walking 4 x 30 ft; step-ups to a 6" step 2 x 10
            Deficit: ↓ position sense at both ankles (chemo-induced neuropathy) + weak ankle DF/PF (4-/5)
            Tandem 8 s; foam EC 6 s
            """,
            ["G62.0", "T45.1X5D"], [PTA("97112", 19), PTA("97110", 14)], []),

        // Selah 97116 outdoors: cane on the gravel drive, an orchard row with an irrigation line to step over, the sidewalk, with distances and counts; wide-based veering from bilateral vestibular loss; SBA/CGA; 18 matches: passes.
        ["vord-h65-selah-97116-orchard-row"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Selah
            Gait 97116 — 18 min
               SPC outdoors: the gravel drive, the orchard row behind the clinic (uneven grass, an irrigation line to step over), back on the sidewalk, 2 x 350 ft; stepping over the irrigation line x 6
               bilateral vestibular loss — walks wide, veers on the grass, stops to look down
               SBA on the gravel, CGA in the orchard row
            """,
            ["H81.8X3", "R26.89"], [PT("97116", 18)], []),

        // Mercedes 97110 after a hospital stay in McAllen: dining-chair sit-to-stands, counter abduction, marching, wall push-ups with doses; deconditioning with quad weakness and the walk from the bus stop; 16 matches: passes.
        ["vord-h65-mercedes-97110-bus-stop"] = new(
            """
            VALLE VERDE REHAB — Centro Primavera, Mercedes
            97110 — 16 min
               sit-to-stand from the center's dining chair 3 x 6; standing hip abd at the counter 2 x 10 each; marching in place 2 x 20; wall push-ups 2 x 10
               Why: deconditioned after a month in the hospital in McAllen (pneumonia); quads 4-/5; has to sit down twice on the walk from the bus stop to the center
            """,
            ["R53.81", "M62.81"], [PT("97110", 16)], []),

        // Bettendorf PTA "Individual (1:1) ▸ Yes": street-naming walking, a shoe-box obstacle course, tandem on foam; dual-task slowing with MCI and ankle proprioception; Walking While Talking seconds and 10-m walk speed; 19 matches: passes.
        ["vord-h65-bettendorf-pta-walking-while-talking"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Bettendorf · PTA
            Encounter: PTA Treatment        Individual (1:1) ▸ Yes
            97112 Neuromuscular re-education — 19 min
               walking the hall naming the streets on his way to church; the shoe-box obstacle course with a stop on a clap; tandem stance on foam
            Assessment: slows and widens his base when he talks (MCI); ↓ ankle proprioception
            Flowsheet: Walking While Talking 21.6 s; 10-m walk 0.92 m/s
            """,
            ["G31.84", "R26.81"], [PTA("97112", 19)], []),

        // Kettering PTA 97116 to the pharmacy across the street: rollator through the lot, curb cuts, the crosswalk and automatic doors with distances; slow gait and fatigue after a hospital stay; SBA and crossings within the signal; 20 matches: passes.
        ["vord-h65-kettering-pta-97116-crosswalk"] = new(
            """
            MAD RIVER MEDICAL CENTER · FALLS PREVENTION CLINIC · Kettering · PTA
            Gait 97116 — 20 min
              · rollator through the clinic lot, down the curb cut, across the street at the crosswalk to the pharmacy, through the automatic doors and back, 2 x 400 ft
              · cues to start as soon as the signal changes and to keep a steady pace
            WHY: slow gait + fatigue after a hospital stay (deconditioning); needs to cross before the signal runs out
            NUMBERS: SBA; crossed within the signal 2 of 2 (needed two signals at intake)
            """,
            ["R53.81", "R26.89"], [PTA("97116", 20)], []),

        // Brownsville: a South Padre beach walk with the grandkids as the goal, with foot proprioception and a slow ankle strategy as the deficit; sand-tray stance, foam perturbations, rope-line step-overs; "PT with Sra. Cavazos only"; Berg and seconds: passes.
        ["vord-h65-brownsville-south-padre-sand"] = new(
            """
            VALLE VERDE REHAB — Palmas Senior Center, Brownsville
            Goal: walk on the beach at South Padre with her grandkids this summer.
            97112 — 22 min — PT with Sra. Cavazos only, in the therapy room
               stance and stepping in the sand tray (play sand, barefoot); perturbations at the hips standing on foam; stepping over a rope line with her eyes up
               Deficit: ↓ proprioception both feet + slow ankle strategy (diabetic neuropathy)
               Berg 47/56; sand-tray stance eyes closed 8 s
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // Gonzales complete 97112 (1:1; cushion step-ons, EC shifts, cone taps; proprioception and slow stepping; Berg and seconds) sent with no diagnosis.
        ["vord-h65-gonzales-no-diagnosis"] = new(
            """
            CYPRESS STEP NEUROPATHY & BALANCE PT — Gonzales
            NMR 97112 — 21 min — 1:1, PT with Mr. Babin only
               stepping onto a couch cushion and holding; weight shifts with eyes closed on the Airex; tapping cones in a half circle
            Deficit: ↓ proprioception both feet + slow stepping (diabetic neuropathy)
            Berg 45/56; Airex EC 7 s
            """,
            [], [PT("97112", 21)], [Dx]),

        // San Benito complete 97116 (walker in the hall and on the center's patio, distances, CGA/SBA; short shuffling steps and a L toe catch) with the old ICD-9 code 781.2 as its diagnosis: diagnosis not well formed.
        ["vord-h65-san-benito-icd9-code"] = new(
            """
            VALLE VERDE REHAB — Los Ébanos Senior Center, San Benito
            Gait 97116 — 17 min
               front-wheeled walker, hall 3 x 80 ft, then the center's patio (pavers, one step down) x 2; CGA on the step, SBA on the patio
               short, shuffling steps; L toe catches on the pavers
            """,
            ["781.2"], [PT("97116", 17)], [Dx]),

        // Generic two-code note with only a total ("NMR and ther ex, 34 min total. Pt did well…"): no technique, deficit or measure for either code, no one-on-one, no minutes for each.
        ["vord-h65-generic-two-codes-total"] = new(
            "NMR and ther ex, 34 min total. Pt did well, good effort. Continue current plan.",
            ["Z91.81"], [PT("97112", 22), PT("97110", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // Moline PTA "97110 Therapeutic exercise — 26 min" against a 14-min PTA line: mismatch; leg press, step-ups, heel raises with doses; hip and calf weakness complete.
        ["vord-h65-moline-pta-97110-time-differs"] = new(
            """
            MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy, Moline · PTA
            97110 Therapeutic exercise — 26 min
               leg press 50 lb 3 x 10; step-ups to a 6" step 2 x 10; heel raises 2 x 15; standing hip abd with a red band 2 x 12
            Assessment: weak hips (4-/5) and calves; tires on the stairs at the Moline library
            """,
            ["M62.81"], [PTA("97110", 14)], [At(Mismatch, "97110")]),

        // Ellensburg PTA two codes, complete (NMR 20: VOR, foam head turns, line walking; gait 13: cane on the gravel path with distance and SBA; R hypofunction and veering; DGI and DVA) that never says one-on-one: one-on-one missing.
        ["vord-h65-ellensburg-pta-two-codes-never-stated"] = new(
            """
            NACHES RIVER VESTIBULAR & BALANCE CENTER — Ellensburg · PTA note
            97112 — 20 min
               VOR x1 yaw standing on firm → foam; standing head turns on foam; walking a line with head turns
            97116 — 13 min
               SPC on the gravel path outside, 2 x 250 ft; SBA; cues to keep his eyes up
            Problem: R vestibular hypofunction — veers R on the gravel and with head turns
            DGI 18/24; DVA 3 lines lost
            """,
            ["H81.91"], [PTA("97112", 20), PTA("97116", 13)], [At(OneOnOne, "97112")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
