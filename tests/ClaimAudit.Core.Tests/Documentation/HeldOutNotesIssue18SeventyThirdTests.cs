using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The seventy-third held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of neurologic outpatient rehabilitation — stroke in its first weeks home and years
/// later, multiple sclerosis, Parkinson's disease, incomplete spinal cord injury, traumatic brain injury, recovery
/// from Guillain-Barré syndrome and functional neurological disorder — as the people who treat it write it: FES
/// cycling and FES during gait, body-weight-supported treadmill and robotic gait (a Lokomat, an Ekso, a ZeroG
/// harness, an Armeo Spring), LSVT BIG and PWR!Moves, constraint-induced movement therapy with its transfer package,
/// mirror therapy, high-repetition task practice counted on a clicker, dual-task gait, spasticity and tone (Modified
/// Ashworth), flexor synergy and associated reactions, Fugl-Meyer, the 10MWT, FGA, Mini-BESTest, 9HPT, MSWS-12 beside
/// the timed 25-foot walk, and step counts from a wrist tracker — about two thirds ordinary and complete (67 of 102),
/// single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and an OT's 97112
/// on one day), by PTs, PTAs and OTs, some by residents and co-signed by their mentors, from five employers:
/// <list type="number">
/// <item>an academic medical centre's neuro-recovery clinic ("Genesee University Medical Center — Neuro-Recovery
/// Clinic": Brighton, Henrietta and Greece, around Rochester, New York) whose neurologic-residency PTs and an OT
/// fellow write ICF-style notes (Body function/structure, Activity, Participation, Intervention, Measures today) with
/// a resident's and a mentor's signature, a "Session format: ☐ Individual ☐ Concurrent ☐ Group" row, a "1:1 time
/// (Y/N)" row, clock times per code; a Wegmans bakery clerk, the canal towpath, the ballpark on an icy night, a
/// longboard crash, a bike on Monroe Avenue, the pier at Charlotte, the Lilac Festival paths;</item>
/// <item>a community hospital's stroke follow-up clinic ("Saginaw Bay Community Hospital — Stroke Follow-Up Clinic":
/// Bay City, with a Midland satellite and an Essexville clinic, Michigan) writing numbered problems with what was done
/// and what was found beneath each, "day 63 after the L MCA infarct", an "Impairment(s) targeted" box row, an "NMR
/// techniques" box row, a ther-ex flowsheet whose parameters are "on the bike's printout", a Thursday stroke circuit,
/// minutes in words; a daughter putting the cues into Polish, the Polish hall's dance floor, league bowling, a deer
/// blind, an ice shanty on the bay, a sugar-beet farm, Meijer;</item>
/// <item>an MS centre's rehabilitation team ("Tallgrass MS Center — Rehabilitation Team": Wichita, with outreach
/// clinics in Hutchinson and Salina, Kansas) on a template with "Relapse since last visit", cooling-vest and "Walk aid
/// today" boxes, a Tuesday balance circle and a Wednesday strength group, Uhthoff's with the clock stopped, an L300 Go,
/// forearm crutches; an aircraft-parts plant, Dillons, the Keeper of the Plains at Riverfest, Old Town, Kellogg, the
/// state fair, a fabric shop;</item>
/// <item>a free-standing neuro practice with a robotics gym ("Brazos NeuroMotion — Robotics &amp; Recovery Gym":
/// College Station, Bryan and Waco, Texas) writing lower-case device logs ("device: lokomat pro | bws 40% → 30% |
/// guidance force 70% → 60% | speed 1.9 km/h | distance 780 m", "deficit:", "out:"), a "staffing: 1:1 ☐ concurrent ☐"
/// row, "97116 ×2u (25')"; tailgates at Kyle Field, H-E-B, t-ball, a rancher near Hearne, a church foyer;</item>
/// <item>a post-acute day-rehabilitation programme's outpatient track ("Coulee Region Rehab — Day Program, Outpatient
/// Track": La Crosse, Onalaska and Sparta, Wisconsin) writing team notes with a "Team focus this week" line, a PT and
/// an OT block on one day, a Block / Disc / Code / Min grid and an OT task grid with levels; a snowmobile crash, a fall
/// from a haymow, a dirt-bike crash, a towboat deckhand, a dairy barn and milking parlor, a cheese plant, an insurance
/// office, Riverside Park and the levee, the Kwik Trip.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h73-…): one-on-one in these writers' own words ("Through the whole NMR block she was the one
/// patient I was treating" with a mentor in the doorway, "Just Mrs. Wiśniewski and me for the NMR" with a daughter
/// translating, "The ADL kitchen was closed to everyone but her and me for the NMR block", "Individual block — Sam
/// was the only patient I treated during it", "solo slot — the only patient in the harness bay, and nobody else on my
/// schedule", "Ratio for the NMR was 1:1"), notes that negate it (a shared hour running another patient's ZeroG, a
/// Tuesday balance circle of four, crossing the gym to start another patient on the NuStep, a Thursday stroke circuit
/// of three) or never state it (a husband learning the cues), and a 97116 with two Ekso units on the track and a
/// 97110 in a strength group of six, which have no one-on-one check (only 97112 is the one-on-one code in the shipped
/// medicare profile);</item>
/// <item>class 2 (v2-h73-…): template states: "Session format: ☒ Individual" and "☒ Concurrent (2 pts : 1 PT)", an
/// "Impairment(s) targeted" box row with nothing ticked, relapse, cooling-vest and "Session: ☒ 1:1" boxes, a
/// "staffing: 1:1 ☐ concurrent ☐" row with neither ticked, a Lokomat parameter row filled in and the same row left
/// blank, an OT task grid with levels, "Walk aid today" boxes, a ther-ex flowsheet whose parameters are "on the bike's
/// printout", "1:1 time (Y/N): N", a 9HPT row left blank, an "NMR techniques" box row;</item>
/// <item>class 3 (v3-h73-…): named programmes, protocols and devices as techniques (mirror therapy, FES during gait
/// off a heel switch, FES cycling, constraint-induced movement therapy with shaping and the transfer package, LSVT BIG
/// maximal daily exercises, the PWR!4 on the mat, locomotor training on a body-weight-supported treadmill with manual
/// facilitation, high-intensity interval gait training, optokinetic stripes, dual-task gait training, high-repetition
/// task practice on a clicker), a ZeroG session with no impairment named and a GRASP booklet with no dose;</item>
/// <item>class 4 (v4-h73-…): deficits stated as findings (an arm that creeps into flexion at league bowling, a knee
/// that locks back by mid-shift at the plant, a hand that will not let go of a coffee mug, a hip hiked to clear a
/// stiff knee at the curb, feet he cannot feel in a dark milking parlor, sitting down halfway through a shower, legs
/// that jump on the car floor, a door frame bumped on the left, a knee that "clunks" at Meijer, a hand too stiff for a
/// winter glove) and notes that state none (an MS maintenance visit with no impairments found, a discharge-week walk
/// with no deviations);</item>
/// <item>class 5 (v5-h73-…): measures in their usual forms (10MWT self-selected and fast, the timed 25-foot walk
/// beside the MSWS-12, FGA with a wrist tracker's daily steps, Fugl-Meyer LE, 9HPT and Box and Block, Mini-BESTest
/// subscores, a 6MWT, ARAT, the five-times sit-to-stand) and notes with none ("steadier in the harness than Tuesday",
/// "walked further than last week and needed less help on the turns", "tone seemed lower afterward");</item>
/// <item>class 6 (v6-h73-…): minutes in their usual forms (clock times per code, minutes in words after the codes'
/// names, two parts around an Uhthoff's cooling break, units with their minutes in minute marks, a PT's and an OT's
/// 97112 on one day, a Block / Disc / Code / Min grid, the minutes after each description by the codes' names, three
/// codes with their minutes in brackets) and true mismatches (gait 30 against 18, the second of two codes 25 against
/// 13, a resident's gait 12 against 26) and truly missing separate time (40 timed minutes for NMR and gait together, a
/// gait section with no minutes beside two timed codes);</item>
/// <item>class 7 (v7-h73-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (triceps and wheelchair push-ups after a cervical injury), 97530 (feed
/// buckets and kneeling in the barn), 97140 (talocrural glides for a plantarflexed ankle after a stroke) and 97116
/// (stairs to a bedroom with a rail and a cane), and wholly generic 97112, 97110 + 97530 and OT 97530 notes;</item>
/// <item>ordinary (vord-h73-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a generic two-code note with
/// a total, a PTA's NMR time that differs, an OT's time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — mentors observing a resident,
/// husbands, daughters and a wife (none of them a patient), other patients in a circuit, a class, a concurrent pair, a
/// shared hour or at the next station (each of them makes the block not one-on-one), robot settings (body-weight
/// support and guidance-force percentages, speeds in km/h and mph, gravity support), stimulation channels, step
/// heights, chair and box heights, cuff and machine loads, spinal levels and AIS grades, days, weeks and months since a
/// stroke, NIHSS at discharge, heart rate and RPE, a program's session number, block numbers in a day-program grid,
/// the 9 of the 9HPT, the 10 of the 10MWT, the 6 of the 6MWT, the 25 of the timed 25-foot walk — and each is written
/// so that a reviewer cannot take it for a code's minutes or a measure; no note gives minutes to a robot's set-up, a
/// cooling break, a rest or a test, or to any service but the billed codes.
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
/// documentation profile (electrical stimulation, group classes, caregiver training and evaluations stay in the
/// notes, never on a line).
/// This set also leaves out a student or an aide furnishing part of a billed service, two disciplines co-treating in
/// the same minutes, the minutes of electrical stimulation written beside a billed code's minutes, a Modified Ashworth
/// grade or a self-rated scale (MSWS-12, MAL, pain) as a note's only number, a diagnosis named in the note as its only
/// deficit, and whether robotic or FES-assisted sessions are covered at all (a coverage question, not the note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 95 of 102 cases agree (100 needed), and 5 of the 67 notes the reviewer passes got a finding, on the analyzer of c480fee (the start of the 2026-12-06 eleventh session; this set was written blind in a separate worktree, beside four others) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session to 101 of 102 with no false positive — a session's parts and their sum with where or when after each part ("10 min before his tank change + 8 min after = 18 min", "12 min on court 4 + 11 min on the putting green = 23 min"), minutes opening a code's line ("14 min 97110:"), a score's subscales in brackets ("19/28 (balance 11, gait 8)"), a test's row left blank "(not done — …)", one-on-one in these writers' words ("the one patient I was treating", "closed to everyone but her and me", "with him by myself", "with me and only me — no other player", "all of it with me alone — no shared time"), and the setting's vocabulary added by a helper who had not written the set. Left: "Stroke F/U therapy flowsheet" in the form's title read as the deficit where no impairment box is ticked.</para>
/// </summary>
public class HeldOutNotesIssue18SeventyThirdTests(ITestOutputHelper output)
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

        // GUMC resident, mentor in the doorway: "Through the whole NMR block she was the one patient I was treating"; perturbation-based training in the harness; late, short reactive stepping to the L; Mini-BESTest and k of 10; 26 matches: passes.
        ["v1-h73-gumc-resident-one-patient-mentor-in-doorway"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Brighton)
            PT daily note — neurologic residency, week 9
            Pt: 58 y/o Wegmans bakery clerk, R MCA ischemic stroke 11 wks ago; wants to get through a full shift on her feet.
            Body function/structure: L hemiparesis; reactive stepping to the L late and too short — needs two or three steps or a hand on something to recover
            Activity: walks the store with a cane; grabs a cart when someone brushes past her
            Intervention — 97112, 26 min: perturbation-based balance training in the overhead harness — lean-and-release forward and to each side, then unannounced pushes at the pelvis while she walks; L-leg stepping-reaction drills to a verbal cue
            Through the whole NMR block she was the one patient I was treating; my mentor watched the last few trials from the doorway.
            Measures today: Mini-BESTest 15/28 (11/28 at eval); lean-and-release to the L — single-step recovery 6 of 10
            Resident: D. Achterberg, PT, DPT · Co-signed: R. Lindqvist, PT, DPT, NCS (mentor)
            """,
            ["I69.354", "R26.81"], [PT("97112", 26)], []),

        // Brazos "shared hour — while he worked through the platform games I was also running Mr. Okafor's ZeroG session": attending another patient in the block; balance-platform weight-shift games; no R weight shift or ankle strategy; LOS % present: one-on-one missing.
        ["v1-h73-brazos-shared-hour-running-another-zerog"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · College Station
            97112 · 22 min
            device: balance platform, dynamic mode | weight-shift target games A/P then M/L, then random targets; last round with a foam pad on the plate
            deficit: won't shift onto the R leg since the L pontine stroke; no R ankle strategy — steps or grabs the rail instead
            out: limits of stability to the R 61% (44% at eval); direction control 58%
            shared hour — while he worked through the platform games I was also running Mr. Okafor's ZeroG session two stations over
            """,
            ["I69.351", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Tallgrass Tuesday MS Balance Circle, "four members, one PT": not one-on-one; foam-beam head turns and dot stepping; position sense lost in both feet; foam Romberg seconds and k of 10 present: one-on-one missing.
        ["v1-h73-tallgrass-balance-circle-of-four"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team (Wichita)
            Tuesday MS Balance Circle — four members, one PT, rotating between two stations.
            This member — 97112 — 24 min
              foam-beam station: stance on the foam beam with slow head turns, then eyes closed
              step-strategy station: quick steps to coloured floor dots on my call
            Deficit: position sense lost in both feet from her spinal-cord lesions — sways with eyes closed; nearly fell in the shower rinsing her hair
            Romberg on foam, eyes closed: 9 s (3 s in January); dot steps correct 8 of 10
            """,
            ["G35.A", "R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Saginaw Bay "Just Mrs. Wiśniewski and me for the NMR; her daughter Kasia sat in to put my cues into Polish": one-on-one (a family interpreter is no patient); PNF pelvic patterns with rhythmic initiation; poor R swing with toe catch; k of 10 and Fugl-Meyer LE; 23 matches: passes.
        ["v1-h73-saginaw-just-her-and-me-daughter-translating"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Bay City
            Therapy visit — day 63 after the L MCA infarct.
            Just Mrs. Wiśniewski and me for the NMR; her daughter Kasia sat in to put my cues into Polish.
            1) R leg won't swing through — hikes the hip and circumducts; toe catches on the dance floor at the Polish hall
               NMR 97112 — 23 min: PNF pelvic patterns in side-lying (anterior elevation / posterior depression) with rhythmic initiation; then R-leg step-through at the parallel bars with a tap to the hip flexors
               R toe clearance on 10 step-throughs: 7 clean (3 last visit); Fugl-Meyer LE motor 21/34
            """,
            ["I69.351", "R26.89"], [PT("97112", 23)], []),

        // Coulee "partway through I crossed the gym to get another pt started on the NuStep": attending someone else in the block, no one-on-one statement; VOR x1 and head-turn walking; vestibular hypofunction after a snowmobile TBI; DVA lines and deviations present: one-on-one missing.
        ["v1-h73-coulee-crossed-the-gym-to-start-the-nustep"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track (La Crosse)
            PT — 97112 — 20 min
              gaze stabilisation: VOR x1 with a letter card at arm's length, yaw then pitch, sitting → standing; walking the gym track turning his head to read signs taped on the wall
              partway through I crossed the gym to get another pt started on the NuStep, then came back to him
            Deficit: vestibular hypofunction and oscillopsia since the snowmobile crash (TBI in December) — the trail "bounces" when he turns his head; veers walking
            Dynamic visual acuity: 4 lines lost (6 at intake); walking with head turns: 3 deviations in 40 ft
            """,
            ["S06.9X1D", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // GUMC, husband in the room learning the cues, and nothing says one-on-one; metronome heel-to-spot stepping, paused tandem walking; R limb and gait ataxia after a cerebellar bleed; SARA and tandem steps present: one-on-one missing.
        ["v1-h73-gumc-husband-learning-cues-never-stated"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Henrietta)
            PT daily note
            Body function/structure: R limb and gait ataxia after the L cerebellar hemorrhage — overshoots with the R foot, wide base, lurches on turns
            Activity/participation: walks the canal towpath only on her husband's arm; wants to do it with a cane
            Intervention — 97112, 24 min: coordination and timing — stepping the R heel onto floor spots to a metronome; slow tandem walking with a pause and hold at each step; half-kneel → stand through the R leg
            Husband in the room for the session, learning the cues.
            Measures today: SARA 11/40 (14/40 at eval); tandem walk 6 steps before a side-step
            """,
            ["I69.193", "R26.0"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Brazos Ekso hour with both units on the track (the other with another pt and the PTA): 97116 has no one-on-one check; Ekso settings, steps, laps and SBA; T10 incomplete SCI with absent R hip flexion; 25 matches: passes.
        ["v1-h73-brazos-ekso-two-units-on-the-track-97116"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · College Station
            97116 · 25 min
            device: ekso nr — both units out on the track this hour (the second with another pt and our PTA)
            settings: adaptive swing assist R, free on the L | step length 13 in.
            out: 640 steps; 3 laps of the 120-ft track with standing weight shifts at each end; SBA for balance in the frame
            deficit: T10 incomplete SCI (AIS C) — no R hip flexor activation, L hip flexors 2/5; can't take a step outside the frame
            """,
            ["G82.22", "R26.2"], [PT("97116", 25)], []),

        // Tallgrass OT "The ADL kitchen was closed to everyone but her and me for the NMR block": one-on-one; sensory re-education in a bean tub, graded textures, weight matching; numb clumsy hands from a cervical lesion; 9HPT and k of 10; 21 matches: passes.
        ["v1-h73-tallgrass-ot-adl-kitchen-closed-to-everyone-else"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team · OT (Salina outreach)
            Relapse since last visit: ☐ Y ☒ N      Cooling vest: ☒ worn
            OT 97112 — 21 min. The ADL kitchen was closed to everyone but her and me for the NMR block.
              sensory re-education, both hands: finding coins and paper clips in a tub of dry beans without looking; graded textures from burlap to satin; matching weighted film canisters with eyes closed
            Impairment: numb, clumsy hands from the cervical lesion — drops her keys; can't find the buttons on her blouse without looking
            9HPT R 33.8 s / L 36.1 s (41.2 / 44.0 in November); bean tub: 8 of 10 objects named correctly
            """,
            ["G35.C2", "R20.2"], [OT("97112", 21)], []),

        // Coulee "Individual block — Sam was the only patient I treated during it" beside the afternoon walking group charted by its leader; motor retraining by distraction and rhythm; functional gait disorder with knee buckling; 10MWT and laps; 23 matches: passes.
        ["v1-h73-coulee-fnd-individual-block-not-the-group"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track (La Crosse)
            Team focus this week: walking without the walker at home and at the gas station.
            PT — 97112 — 23 min. Individual block — Sam was the only patient I treated during it (he also goes to the afternoon walking group, charted by that group's leader).
              motor retraining for functional gait: walking backward, sideways and to a drum beat from my phone, then long "skating" strides across the gym; switching to ordinary forward walking mid-beat without looking at his legs
            Deficit: functional gait disorder — R knee buckles and he drags the R leg when he watches his feet; steadies himself on the walls
            10MWT without the walker 0.84 m/s (0.41 m/s at intake); knee buckled on 1 of 6 laps (every lap at intake)
            """,
            ["F44.4", "R26.89"], [PT("97112", 23)], []),

        // Saginaw Bay Thursday stroke circuit, "three pts rotating through the stations with the PTA and me": not one-on-one; L-arm weight bearing, tucked-foot sit-to-stand, R step-ups to load the L; L hemiparesis; scale load % present: one-on-one missing.
        ["v1-h73-saginaw-thursday-stroke-circuit-of-three"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Midland satellite
            Thursday stroke circuit — three pts rotating through the stations with the PTA and me.
            Mr. Kowalczyk — NMR 97112 — 25 min
              weight-bearing through the extended L arm on the mat table while reaching with the R; sit-to-stand with the L foot tucked back; stepping the R foot up onto a 4-in. step to load the L leg
              L hemiparesis — weight stays on the R; L knee buckles when the R foot leaves the floor
              Load through the L leg on the bathroom scale: 38% of body weight (29% last month)
            """,
            ["I69.354", "R26.89"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Tallgrass Wednesday "MS Strong" group of six: 97110 has no one-on-one check; leg press, rows, step-ups, ball sit-to-stands with doses; hip and knee weakness on the basement stairs; 24 matches: passes.
        ["v1-h73-tallgrass-ms-strong-group-97110"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team · Wednesday "MS Strong" group (six members, one PT)
            This member: 97110 — 24 min
              leg press 3 x 8 at 90 lb; seated row 3 x 10 at 40 lb; step-ups onto a 6-in. box 2 x 10 each; sit-to-stand holding a 10-lb ball 2 x 10
            Why: hip and knee weakness, L worse — legs give out on the basement stairs to the laundry by evening
            """,
            ["G35.C2", "M62.81"], [PT("97110", 24)], []),

        // Brazos "solo slot — the only patient in the harness bay, and nobody else on my schedule during the NMR block"; reactive stepping to pushes, noodle step-overs, dual-task turns; PD retropulsion; pull-test steps and Mini-BESTest; 23 matches: passes.
        ["v1-h73-brazos-solo-slot-in-the-harness-bay"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · Waco
            97112 · 23 min
            solo slot — the only patient in the harness bay, and nobody else on my schedule during the NMR block
            device: zerog overhead harness, fall-arrest only (no unweighting)
            drills: reactive stepping to pushes at the shoulders and pelvis in every direction; stepping over a pool noodle on my call; walking turns around cones while naming H-E-B aisles
            deficit: postural instability (Parkinson's) — retropulsion, several small steps to catch himself backward
            out: pull test 3 steps to recover (5 at eval); Mini-BESTest 18/28
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // Coulee PTA "Ratio for the NMR was 1:1 — I had no other pt on the floor with me"; half-foam stance, foam marching with trunk taps, tandem with head turns; sensory ataxia after Guillain-Barré; mCTSIB and tandem seconds; 19 matches: passes.
        ["v1-h73-coulee-pta-ratio-one-to-one-after-gbs"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track · PTA note
            Ratio for the NMR was 1:1 — I had no other pt on the floor with me.
            PTA 97112 — 19 min
              stance on half-foam rollers, eyes open → closed; slow marching on the foam with light taps at the trunk; tandem in the parallel bars with head turns
            Deficit: sensory ataxia after Guillain-Barré — can't feel where his feet are on uneven ground; wide, stamping steps
            mCTSIB foam, eyes closed 14 s (4 s at intake); tandem in the bars 12 s
            """,
            ["G61.0", "R26.81"], [PTA("97112", 19)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // GUMC "Session format: ☒ Individual": one-on-one; rhythmic stabilisation in kneeling, wobble-disc lowering, reactive stepping; C5 central cord syndrome with spasticity; Berg and MAS; 25 matches: passes.
        ["v2-h73-gumc-session-format-individual-ticked"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Brighton)
            PT daily note
            Session format:  ☒ Individual   ☐ Concurrent   ☐ Group
            Pt: 47 y/o, central cord syndrome at C5 (AIS D) after a fall on the ice outside the ballpark in January.
            Body function/structure: LE spasticity with ankle clonus; slow, stiff, narrow-based gait; poor trunk control in half-kneeling
            Intervention — 97112, 25 min: rhythmic stabilisation in tall- and half-kneeling; stepping onto a wobble disc with a slow, controlled lower; reactive stepping to a tug at the gait belt
            Measures today: Berg 44/56 (38/56 at eval); MAS R plantarflexors 1+
            """,
            ["S14.125D", "G82.54"], [PT("97112", 25)], []),

        // GUMC "Session format: ☒ Concurrent (2 pts : 1 PT)": not one-on-one; stepping stones with a cognitive load, head-turn walking, catching while stepping; dual-task sway after TBI; FGA present: one-on-one missing.
        ["v2-h73-gumc-session-format-concurrent-ticked"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Greece)
            PT daily note
            Session format:  ☐ Individual   ☒ Concurrent (2 pts : 1 PT)   ☐ Group
            Body function/structure: slowed processing and postural sway under dual task after the TBI; veers to the R with head turns
            Intervention — 97112, 24 min: stepping-stone course with a cognitive load (alternating letters and numbers aloud); head turns walking the hallway to call out colour cards; catching and throwing while stepping over cones
            Measures today: FGA 19/30 (15/30 at eval)
            """,
            ["S06.2X9D", "R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Saginaw Bay flowsheet "Impairment(s) targeted:" with every box unticked and nothing else naming a deficit or system; half-roller reaches, cone step-taps; one-on-one ticked; Tinetti and taps in 20 s: deficit missing.
        ["v2-h73-saginaw-impairment-boxes-none-ticked"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Bay City
            Stroke F/U therapy flowsheet
            Impairment(s) targeted:  ☐ postural control   ☐ motor control   ☐ sensation   ☐ coordination   ☐ neglect/vision
            One-on-one:  ☒ yes   ☐ no
            97112 — 22 min
              standing on the half foam roller, flat side down, reaching to targets on the mirror; step-taps to cones, then turning to touch cones behind
            Tinetti balance 10/16; cone step-taps 12 in 20 s
            """,
            ["I69.351", "R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Tallgrass relapse "☒ N", cooling vest worn, "Session: ☒ 1:1": one-on-one; quadruped and half-kneel trunk work, paused line walking; truncal ataxia; TIS and T25FW; 20 matches: passes.
        ["v2-h73-tallgrass-relapse-vest-and-session-boxes"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team (Wichita)
            Relapse since last visit:  ☐ Y  ☒ N        Cooling vest:  ☒ worn   ☐ declined
            Session:  ☒ 1:1   ☐ group
            97112 — 20 min
              quadruped weight shifts with an arm lift, then the opposite leg; half-kneel with slow trunk rotation; walking a taped line with a pause-and-hold at each step
            Deficit: truncal ataxia — trunk sways and she steps wide to catch herself; nearly fell reaching into the dryer
            Trunk Impairment Scale 14/23 (11/23 in December); timed 25-foot walk 10.9 s
            """,
            ["G35.C0", "R27.0"], [PT("97112", 20)], []),

        // Brazos "staffing: 1:1 ☐ concurrent ☐" with neither ticked and no other statement: never stated; Armeo Spring games; R arm in flexor synergy after a stroke; workspace % and FM-UE present: one-on-one missing.
        ["v2-h73-brazos-staffing-row-neither-ticked"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · College Station
            staffing:  1:1 ☐   concurrent ☐
            97112 · 24 min
            device: armeo spring, R arm | gravity support 60% → 50%
              games: reach-out targets, then "wipe the table" with the forearm turned up, then grasp-and-release with the pressure handle
            deficit: R arm moves only in flexor synergy since the L MCA stroke — the elbow bends whenever he lifts the shoulder; weak grip; can't reach the pickup's door handle
            out: workspace 42% of normal (31% at eval); FM-UE 29/66
            """,
            ["I69.351"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Brazos Lokomat parameter row filled in (BWS, guidance force, speed, distance): technique and measure; L hemiparesis with knee snapping back after a thalamic bleed; 26 matches: passes.
        ["v2-h73-brazos-lokomat-parameter-row-filled"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · College Station
            97116 · 26 min
            device: lokomat pro
              bws 40% → 30% | guidance force 70% → 60% | speed 1.9 km/h | distance 780 m
              biofeedback screen on; cue to push through the L heel at terminal stance
            deficit: L hemiparesis after the R thalamic hemorrhage — L knee snaps back in stance, no push-off on the L; walks only short distances at home with the hemi-walker
            """,
            ["I69.154", "R26.89"], [PT("97116", 26)], []),

        // Brazos Lokomat parameter row left blank ("the session report didn't save"): no distance, load, speed, assistance or number but the code's; R foot drop and stiff knee named: measure missing.
        ["v2-h73-brazos-lokomat-parameter-row-blank"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · Waco
            97116 · 22 min
            device: lokomat pro
              bws ___ | guidance force ___ | speed ___ | distance ___
              (the session report didn't save; values not written down)
            deficit: R foot drop and a stiff R knee in swing after the L MCA stroke — catches the R toe on the church carpet
            """,
            ["I69.351", "M21.371"], [PT("97116", 22)], [At(Measure, "97116")]),

        // Coulee OT task grid with ticked tasks and levels (SBA with cues, mod I, min A): technique and measure; R hemiparesis and slowed sequencing after a frontal bleed; 24 matches: passes.
        ["v2-h73-coulee-ot-task-grid-with-levels"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track · OT
            Task grid — OT 97530, 24 min
              task                                   done   level
              scrambled eggs on the stove            ☒      SBA, 2 verbal cues for sequence
              load / unload the dishwasher           ☒      mod I
              carrying a plate in the R hand         ☒      min A
              laundry                                ☐      —
            Why: R hemiparesis and slowed sequencing after the L frontal hemorrhage — left a burner on twice at home; drops plates from the R hand
            """,
            ["I69.151", "R41.844"], [OT("97530", 24)], []),

        // Tallgrass "Walk aid today: ☒ L300 Go ☒ single-point cane": overground with the FES device, ramp and curb with distance, CGA/SBA; R foot drop tripping at Dillons; 18 matches: passes.
        ["v2-h73-tallgrass-walk-aid-boxes-l300-go"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team (Hutchinson outreach)
            Walk aid today:   ☒ L300 Go (R peroneal cuff)   ☐ AFO   ☒ single-point cane   ☐ none
            97116 — 18 min
              overground with the L300 Go on: hallway 4 x 100 ft; parking-lot ramp and curb x 3; stopping and turning with the cane
              CGA on the ramp, SBA on the level
            Deficit: R foot drop — toe drags and she hikes the R hip; tripped on the curb outside Dillons
            """,
            ["G35.A", "M21.371"], [PT("97116", 18)], []),

        // Saginaw Bay PTA ther-ex flowsheet, exercises ticked and "Parameters: see the bike's printout (scanned to Media)"; L leg weakness with a deer-blind goal; no dose or number but the code's: measure missing.
        ["v2-h73-saginaw-pta-fes-bike-params-on-the-printout"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Bay City · PTA
            Ther-ex flowsheet
              ☒ FES cycling (quads, hamstrings, glutes stimulated)
              ☒ sit-to-stand from the high-low mat
              ☒ bridging
              ☐ step-ups
            Parameters: see the bike's printout (scanned to Media)
            97110 — 20 min
            Why: L leg weak since the R MCA stroke — pushes off twice to get out of his recliner; goal: climb the ladder into his deer blind by November
            """,
            ["I69.354", "M62.81"], [PTA("97110", 20)], [At(Measure, "97110")]),

        // GUMC "1:1 time (Y/N): N — worked alongside another pt at the stair unit": not one-on-one; eccentric step-downs to a metronome, lateral steps, R single-leg stance; knee control after stroke; k of 10 and seconds present: one-on-one missing.
        ["v2-h73-gumc-one-to-one-time-n"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Greece)
            1:1 time (Y/N):  N — worked alongside another pt at the stair unit; cues split between them
            Body function/structure: R knee control after the L MCA stroke — quads fire late, knee buckles stepping down
            Intervention — 97112, 20 min: eccentric step-downs off the stair unit to a metronome; lateral step-ups and step-downs; single-leg stance on the R with the L foot resting on a ball
            Measures today: step-downs with the knee controlled 6 of 10; SLS R 4 s
            """,
            ["I69.351", "R26.89"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Tallgrass OT "9HPT: R ____ s L ____ s (not done)", 1:1 ticked; proximal stabilisation, weighted reaching, pegboard targets; intention tremor and dysmetria; no number but the code's and the test's name: measure missing.
        ["v2-h73-tallgrass-ot-9hpt-row-blank"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team · OT (Wichita)
            Relapse since last visit: ☐ Y ☒ N
            Session: ☒ 1:1 ☐ group
            OT 97112 — 19 min
              proximal stabilisation with the forearm braced on the table, then graded reaching to coins wearing a wrist weight; slow finger-to-target on a pegboard; tracing a spiral inside guide lines
            Impairment: intention tremor and dysmetria, R hand — spills her coffee; can't sign at the bank counter
            9HPT:  R ____ s   L ____ s   (not done — hands too tired by the end)
            """,
            ["G35.C2", "R25.1"], [OT("97112", 19)], [At(Measure, "97112")]),

        // Saginaw Bay "NMR techniques: ☒ weight-shift training ☒ PNF ☒ mirror" and "Seen: ☒ one-on-one"; mirror weight shifts, PNF chops and lifts, step-over line; R hemiparesis with L lean; FGA and load %; 21 matches: passes.
        ["v2-h73-saginaw-nmr-technique-boxes-ticked"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Essexville
            NMR techniques:  ☒ weight-shift training   ☒ PNF   ☐ vestibular   ☒ mirror / visual feedback   ☐ e-stim
            Seen:  ☒ one-on-one   ☐ with another pt
            97112 — 21 min
              weight shifts onto the R at the full-length mirror; PNF chops and lifts in sitting for the trunk; stepping forward with the R over a floor line, watching in the mirror
            Impairment: R hemiparesis with R trunk weakness — leans to the L and won't load the R leg
            FGA 14/30 (10/30 at the day-30 visit); R-leg load on the scale 41% of body weight
            """,
            ["I69.351", "R26.81"], [PT("97112", 21)], []),

        // ---------------------------------------------------------------- class 3: named programmes, protocols and devices as techniques

        // GUMC OT fellow: mirror therapy with a mirror box, "one-on-one; no other client in the OT room"; trace wrist and finger extension after stroke; FM-UE and degrees; 22 matches: passes.
        ["v3-h73-gumc-ot-mirror-therapy"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Brighton) · OT daily note
            Mirror therapy, session 8: mirror box at midline, R (paretic) hand hidden behind it; bilateral wrist extension, finger spreads, cup slides and clothes-pin pinches while she watches the L hand's reflection
            OT 97112 — 22 min, one-on-one; no other client in the OT room during it
            Body function: R wrist and finger extension trace since the L MCA stroke 4 months ago; R arm held bent against her side
            FM-UE 24/66 (19/66 at eval); active R wrist extension 10° (0° at eval)
            Resident: J. Brandt, OTR/L (OT fellowship) · Co-signed: S. Ocasio, OTD, OTR/L
            """,
            ["I69.351"], [OT("97112", 22)], []),

        // Brazos FES during gait (2-channel stim off a heel switch) on the treadmill and overground with speed, incline, distance and CGA; R foot drop and stiff-knee gait at t-ball games; 24 matches: passes.
        ["v3-h73-brazos-fes-during-gait-heel-switch"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · Bryan
            97116 · 24 min
            fes during gait: 2-channel stim (R peroneal + R hamstrings) triggered off a heel switch — treadmill in the harness first, then overground
              treadmill 1.4 mph, incline 0% → 3%, 0.5 mi
              overground with the stim 2 x 150 ft, CGA
            deficit: R foot drop and stiff-knee gait after the L MCA stroke — drags the R toe across the grass at his grandson's t-ball games
            """,
            ["I69.351", "M21.371"], [PT("97116", 24)], []),

        // Coulee FES cycling with distance and resistance, leg press and bridges with doses; hip and knee extensor weakness after Guillain-Barré with a towboat goal; 21 matches: passes.
        ["v3-h73-coulee-fes-cycling-after-gbs"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track (Onalaska)
            PT 97110 — 21 min
              FES cycling, quads and glutes stimulated: 3 bouts, 2.1 km in all; resistance up to level 4 for the last bout
              leg press 3 x 10 at 60 lb; bridges with a 3-s hold 2 x 10
            Why: hip and knee extensors weak after Guillain-Barré — can't rise from a low couch; wants back on the towboat as a deckhand in the spring
            """,
            ["G61.0", "M62.81"], [PT("97110", 21)], []),

        // GUMC OT constraint-induced movement therapy (mitt, transfer package, shaping blocks); learned non-use of the R arm with a fishing goal; WMFT and MAL; 27 matches: passes.
        ["v3-h73-gumc-ot-cimt-shaping-and-transfer-package"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Henrietta) · OT daily note
            Constraint-induced movement therapy, week 2 of 2: mitt on the L hand in clinic; transfer package reviewed — home diary shows the mitt on most waking hours, R hand used for breakfast and toothbrushing
            OT 97530 — 27 min
              shaping with the R hand: flipping playing cards into a box at shoulder height, blocks of 10 trials, shelf raised a notch after two successful blocks; unscrewing spice-jar lids; stacking checkers
            Why: learned non-use of the R arm after the L MCA stroke — leaves the hand in his lap; wants to hold his rod fishing off the pier at Charlotte
            WMFT median time 6.1 s (9.8 s at start); MAL amount-of-use 2.1 (0.9 at start)
            """,
            ["I69.351"], [OT("97530", 27)], []),

        // Coulee LSVT BIG maximal daily exercises and BIG walking, "one-on-one: the certified clinician and Mr. Halvorsen, nobody else in the gym bay"; hypokinesia and bradykinesia; step length and TUG; 25 matches: passes.
        ["v3-h73-coulee-lsvt-big-maximal-daily-exercises"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track (Sparta)
            LSVT BIG, week 3 — session 11 of 16
            PT — 97112 — 25 min — one-on-one: the certified clinician and Mr. Halvorsen, nobody else in the gym bay
              maximal daily exercises: floor-to-ceiling x 8, side-to-side x 8 each way, stepping forward, sideways and backward x 8 each, forward and sideways rock-and-reach x 10 each
              BIG walking down the hallway with a full arm swing
            Deficit: hypokinesia and bradykinesia — small, shuffling steps; scuffs his boots in the barn; loses balance stepping back
            Step length 24 in. (17 in. at session 1); TUG 9.6 s (12.8 s at session 1)
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // Brazos PWR!4 on the mat (PWR!Up, Rock, Twist, Step), "1:1 — no other pt on the mat or on my schedule with him"; axial rigidity and retropulsion; supine-to-stand seconds and functional reach; 21 matches: passes.
        ["v3-h73-brazos-pwr4-on-the-mat"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · College Station
            97112 · 21 min · 1:1 — no other pt on the mat or on my schedule with him
            pwr!moves, the PWR!4 on the mat: PWR!Up prone on elbows, PWR!Rock in quadruped, PWR!Twist sitting, PWR!Step standing — 8 reps each, then PWR! combinations on my call
            deficit: axial rigidity and poor trunk extension — stuck rolling over in bed, stooped at the checkout; retropulsion
            out: supine-to-stand 7.2 s (11.0 s at eval); functional reach 26 cm
            """,
            ["G20.A1", "R29.3"], [PT("97112", 21)], []),

        // Coulee locomotor training on a body-weight-supported treadmill with manual facilitation, BWS % and speed, then walker distance with CGA; incomplete cervical SCI with scissoring and knee snapping back; 26 matches: passes.
        ["v3-h73-coulee-bwstt-locomotor-training"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track (La Crosse)
            Locomotor training — body-weight-supported treadmill with manual facilitation (trainers at the R leg and at the pelvis)
            PT 97116 — 26 min
              BWS 30%, 2.2 mph: upright trunk, hip extension into terminal stance and knee flexion at pre-swing facilitated on the R
              then overground 3 x 60 ft with the walker, CGA
            Deficit: incomplete cervical SCI (C6, AIS D, dirt-bike crash in August) — R leg scissors, poor hip extension, R knee snaps back
            """,
            ["S14.156D", "G82.54"], [PT("97116", 26)], []),

        // Tallgrass high-intensity interval gait training (rounds, speeds, hall distance) after pre-cooling; short slow steps and toe drag with a Riverfest goal; T25FW; HR and RPE beside it; 22 matches: passes.
        ["v3-h73-tallgrass-hiit-gait-after-pre-cooling"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team (Wichita)
            Pre-cooled: vest on from the waiting room.
            97116 — 22 min
              high-intensity interval gait training on the treadmill: 6 rounds of 30-s fast bouts at 2.4 mph with easy walking at 1.2 mph between; then fast overground walking down the long hall 4 x 150 ft
              HR 128 in the bouts, RPE 15
            Deficit: short, slow steps and a L toe drag once she tires; wants to walk across the Keeper of the Plains bridge with her grandkids at Riverfest
            T25FW 8.4 s (10.1 s at intake)
            """,
            ["G35.A", "R26.89"], [PT("97116", 22)], []),

        // Coulee gaze stabilisation against a checkerboard and optokinetic stripes, "one-on-one (her own block, not the group's)"; visual-vestibular mismatch after a haymow fall; seconds to symptoms and foam seconds; 22 matches: passes.
        ["v3-h73-coulee-optokinetic-stripes-after-tbi"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track (La Crosse)
            PT — 97112 — 22 min, one-on-one (her own block, not the group's)
              gaze stabilisation, VOR x1 against a checkerboard background; optokinetic stripes projected on the wall while standing feet together, then on foam; hallway walking with head turns
            Deficit: visual-vestibular mismatch after the TBI (fell from the haymow in November) — dizzy and unsteady in the grocery aisles
            VOR x1 tolerated 45 s before symptoms (15 s at intake); feet together on foam with the stripes 20 s
            """,
            ["S06.0X1D", "R26.81"], [PT("97112", 22)], []),

        // Brazos ZeroG overground laps, stair and obstacle course with distance and CGA → SBA — but no impairment, region or functional goal is written: deficit missing.
        ["v3-h73-brazos-zerog-laps-no-impairment"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · Bryan
            97116 · 20 min
            device: zerog, 10% dynamic unweighting
              overground: 6 laps of the 80-ft loop; up and down the 4-step stair with the rail x 2; obstacle course — foam beam, cones, a curb
              CGA → SBA by the last laps
            """,
            ["I69.354", "R26.89"], [PT("97116", 20)], [At(Deficit, "97116")]),

        // Saginaw Bay OT GRASP booklet walked through page by page (shrugs, towel pushes, bottle lifts, putty, pegs) with R arm weakness named — no set, repetition, load or number but the code's: measure missing.
        ["v3-h73-saginaw-ot-grasp-booklet-no-dose"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Bay City · OT
            GRASP (Graded Repetitive Arm Supplementary Program): moved her up to the next booklet and went through each page with her and her husband — shoulder shrugs, pushing a towel across the table with the elbow straight, wrist extension lifting a water bottle, squeezing putty, picking up pegs and dropping them into a cup
            OT 97110 — 20 min
            Why: R arm and hand weak since the L MCA stroke — can't hold her coffee cup or fold towels
            Plan: GRASP booklet at home daily; husband to sign the log.
            """,
            ["I69.351"], [OT("97110", 20)], [At(Measure, "97110")]),

        // GUMC dual-task gait training (street names, serial 7s, a tray of cups), "One-on-one: resident treating, mentor co-signing — no other patient involved"; divided attention after TBI; single- and dual-task 10MWT; 24 matches: passes.
        ["v3-h73-gumc-dual-task-gait-after-tbi"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Brighton)
            Intervention — 97112, 24 min: dual-task gait training — walking the atrium loop while naming streets off Monroe Ave, then serial 7s, then carrying a tray of cups; obstacle stepping with a cognitive task
            One-on-one: resident treating, mentor co-signing — no other patient involved.
            Body function/structure: divided attention and slowed gait under cognitive load after the TBI (bike vs. car last fall); stops walking to answer a question
            Measures today: 10MWT single-task 1.12 m/s, dual-task 0.81 m/s (dual-task cost 28%; 45% at eval)
            Resident: D. Achterberg, PT, DPT · Co-signed: R. Lindqvist, PT, DPT, NCS
            """,
            ["S06.2X0D", "R41.840"], [PT("97112", 24)], []),

        // Saginaw Bay high-repetition task-specific practice on a clicker (sit-to-stands, step-ups, car-seat entries with counts); L hemiparesis, can't climb into the pickup; 25 matches: passes.
        ["v3-h73-saginaw-high-rep-task-practice-on-the-clicker"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Midland satellite
            High-repetition task-specific practice — reps counted on the clicker
            97530 — 25 min
              sit-to-stand from a 20-in. chair, no hands: 64
              step-ups onto the 6-in. step leading with the L: 80
              getting into the car-seat simulator and swinging both legs in: 12
              clicker total 156 (112 last visit)
            Why: L hemiparesis after the R MCA stroke — rises with all his weight on the R leg; can't climb into his pickup
            """,
            ["I69.354"], [PT("97530", 25)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Saginaw Bay: the R arm creeps into flexion and the fist closes at league bowling — the finding; weight bearing through the open hand, trunk rotation, arm-swing facilitation, "treated on his own at the mat table"; MAS and laps k of 5; 24 matches: passes.
        ["v4-h73-saginaw-arm-creeps-up-at-league-bowling"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Bay City
            Therapy visit — 7 months after the L MCA stroke
            1) When he walks fast or gets nervous at league bowling, the R arm creeps up into flexion and the fist closes; can't keep the arm down to carry his bowling bag
               NMR 97112 — 24 min, treated on his own at the mat table (no other pt with me): prolonged weight-bearing through the open R hand in sitting and in standing at the mat; trunk rotation in sitting; walking with rhythmic arm-swing facilitation from behind
               MAS R elbow flexors 1+ (2 last month); arm stayed below the waist on 4 of 5 hallway laps
            """,
            ["I69.351", "R25.2"], [PT("97112", 24)], []),

        // Tallgrass: by mid-shift at the aircraft-parts plant the L knee locks back and she vaults over the R — the finding; soft-knee gait training, backward walking, hurdles with distance, counts and SBA; 20 matches: passes.
        ["v4-h73-tallgrass-knee-locks-back-by-mid-shift"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team (Wichita)
            Works the floor at an aircraft-parts plant. By mid-shift the L knee locks back with every step and she vaults over the R leg to clear the L foot.
            97116 — 20 min
              gait training with soft-knee cues: mini-squat stance on the L; walking with a slight knee bend through stance; backward walking; marching over low hurdles
              4 x 100 ft in the hallway, SBA; hurdles x 10
            """,
            ["G35.A", "R26.89"], [PT("97116", 20)], []),

        // GUMC OT: his R hand closes on the coffee mug and won't let go, he pries the fingers off with the L — the finding; grasp-and-release with cups, wiping with the wrist extended, microwave mug; k of 10 and SBA; 22 matches: passes.
        ["v4-h73-gumc-ot-hand-wont-let-go-of-the-mug"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Brighton) · OT daily note
            Body function: since the L MCA stroke his R hand closes on the coffee mug and won't let go — he pries the fingers off with the L hand
            OT 97530 — 22 min
              grasp-and-release practice with cups of different sizes, setting each in the dish rack; wiping the table with the wrist extended; taking a mug out of the microwave and setting it down
            Released 8 of 10 cups without help from the L hand (3 of 10 at eval); mug out of the microwave with SBA
            """,
            ["I69.351"], [OT("97530", 22)], []),

        // Brazos: hikes the R hip and swings the leg out to clear a stiff knee, toe catches on the curb at Kyle Field tailgates — the finding; knee-bend cue, backward walking, hurdles, mirrored treadmill with distance, SBA and k of 10; 21 matches: passes.
        ["v4-h73-brazos-hikes-the-hip-at-the-tailgate-curb"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · College Station
            97116 · 21 min
            seen: hikes the R hip and swings the leg out to clear a stiff R knee; toe still catches on the curb in the Kyle Field lot at tailgates
            gait: overground with a knee-bend cue at pre-swing; backward walking in the bars; marching over hurdles; treadmill 1.6 mph with a mirror in front
            out: hallway 4 x 100 ft, SBA; 10 of 10 hurdles cleared without a toe catch
            """,
            ["I69.351", "R26.89"], [PT("97116", 21)], []),

        // Coulee: after Guillain-Barré he can't tell where his feet are in the dark and fell in the milking parlor — the finding; joint-position matching, foam stance, visor-occluded stepping, one-on-one; mCTSIB and degrees; 21 matches: passes.
        ["v4-h73-coulee-cant-feel-his-feet-in-the-milking-parlor"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track (Sparta)
            PT — 97112 — 21 min — one-on-one; I had no other pt during this block
              proprioceptive training: knee and ankle joint-position matching with eyes closed; standing on foam; stepping to floor targets with vision blocked by a visor
            Deficit: after Guillain-Barré he can't tell where his feet are in the dark — fell in the milking parlor before sunrise last week
            mCTSIB foam, eyes closed 11 s (3 s at intake); ankle position-matching error 8° → 4°
            """,
            ["G61.0", "R26.81"], [PT("97112", 21)], []),

        // Tallgrass OT: sits down halfway through a shower, can't finish a laundry basket standing — the finding; energy-conservation task practice, perched folding, shower-chair transfers; rests counted and SBA; 20 matches: passes.
        ["v4-h73-tallgrass-ot-sits-down-halfway-through-a-shower"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team · OT (Wichita)
            Relapse since last visit: ☐ Y ☒ N
            She has to sit down halfway through a shower and can't finish folding a basket of laundry standing — legs and arms give out by mid-morning.
            OT 97530 — 20 min
              energy-conservation task practice: folding a full laundry basket perched on a stool at counter height; shower-chair transfers in the bathroom lab; sitting to dry off and dress the lower body
              full basket folded with 1 seated rest (3 at intake); shower-chair transfers SBA
            """,
            ["G35.B0", "R53.83"], [OT("97530", 20)], []),

        // GUMC: her legs jump (extensor spasms, clonus) when her feet touch the car floor, so she can't get them in — the finding; simulator car transfers with a sliding board and a leg lifter; trials and min A → CGA; 23 matches: passes.
        ["v4-h73-gumc-legs-jump-on-the-car-floor"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Henrietta)
            Body function/structure: T6 incomplete paraplegia (AIS C) — her legs jump (extensor spasms and ankle clonus) as soon as her feet touch the car floor, so she can't get them in
            Intervention — 97530, 23 min: car transfers in the car simulator — sliding board, lifting the legs in with a leg lifter, then pressing the heels down to settle the clonus before swinging in; 4 trials
            Measures today: car transfer min A → CGA by the last trial
            """,
            ["G82.22", "R25.2"], [PT("97530", 23)], []),

        // Saginaw Bay: bumps the L door frame, walks into the garage door's L edge, leaves the L of his plate — the finding; L scanning while walking, reaching across midline, limb activation, "one-on-one (wife in the waiting room)"; star cancellation and k of 12; 22 matches: passes.
        ["v4-h73-saginaw-bumps-the-left-door-frame"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Bay City
            Therapy visit — 5 weeks after the R parietal infarct
            1) Bumps the L door frame and walks into the L edge of the garage door; leaves the L side of his plate
               NMR 97112 — 22 min, one-on-one (wife in the waiting room): scanning to the L while walking — finding coloured cards taped on the L wall; reaching across midline to L targets; limb activation, opening and closing the L hand during each reach
               Star cancellation 38/54 (26/54 at discharge); L-wall cards found 9 of 12
            """,
            ["I69.354", "R41.4"], [PT("97112", 22)], []),

        // Tallgrass maintenance visit "No impairments found today — balance and walking at her baseline": rocker board, hurdles, foam SLS, 1:1 ticked, Mini-BESTest and seconds — no deficit targeted: deficit missing.
        ["v4-h73-tallgrass-maintenance-no-impairments-found"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team (Wichita) — maintenance visit
            Relapse since last visit: ☐ Y ☒ N
            Session: ☒ 1:1 ☐ group
            97112 — 20 min
              rocker-board perturbations, eyes open and closed; stepping over hurdles with head turns; single-leg stance on foam with a ball toss
            No impairments found today — balance and walking at her baseline, no falls, no new symptoms.
            Mini-BESTest 25/28 (25/28 in October); single-leg stance on foam 22 s each side
            """,
            ["G35.A"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Coulee discharge-week community walk (park path, grass, curb, levee steps, independent) with "Gait looks symmetric today — no deviations, no loss of balance, no complaints": nothing targeted: deficit missing.
        ["v4-h73-coulee-discharge-week-walk-no-deviations"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track (La Crosse) — discharge week
            PT 97116 — 18 min
              community walking: Riverside Park path 0.4 mi, the grass by the bandshell, the curb and the steps up the levee; independent
              Gait looks symmetric today — no deviations, no loss of balance, no complaints.
            """,
            ["G61.0", "R26.89"], [PT("97116", 18)], [At(Deficit, "97116")]),

        // Saginaw Bay PTA: the L knee snaps back in mid-stance ("clunks") and he leans on the cart at Meijer — the finding; bars, quad cane and mirrored treadmill with lengths, distance, CGA and k of 20; 21 matches: passes.
        ["v4-h73-saginaw-pta-knee-clunks-at-meijer"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Bay City · PTA
            L knee snaps back in mid-stance — he says it "clunks" — and he leans on the cart to get around Meijer.
            PTA 97116 — 21 min
              gait in the parallel bars with a soft-knee cue, then the hallway with the quad cane; treadmill with the mirror in front, lengthening the R step
              bars 4 lengths, hallway 3 x 75 ft with the quad cane, CGA; knee snapped back on 3 of 20 counted steps (most steps last week)
            """,
            ["I69.354", "R26.89"], [PTA("97116", 21)], []),

        // GUMC OT 97140: R wrist and fingers too stiff in flexion to pull on a winter glove — the finding; flexor STM, radiocarpal distraction and glides, MCP glides; passive extension degrees; 12 matches: passes.
        ["v4-h73-gumc-ot-hand-too-stiff-for-a-winter-glove"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Brighton) · OT daily note
            Body function: R wrist and fingers stiff in flexion since the L MCA stroke — can't open the hand flat enough to pull on a winter glove or lay it on the table
            OT 97140 — 12 min: soft-tissue mobilisation of the R finger flexors and the thenar web; radiocarpal distraction and dorsal glides; MCP glides
            Passive R wrist extension with the fingers extended 35° → 48°
            """,
            ["I69.351", "M25.631"], [OT("97140", 12)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // GUMC 10MWT self-selected and fast in m/s; fast overground gait with AFO and cane, stairs, SBA; R hemiparetic gait; 22 matches: passes.
        ["v5-h73-gumc-10mwt-self-selected-and-fast"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Greece)
            Measures today: 10MWT self-selected 0.58 m/s, fast 0.79 m/s (0.41 / 0.55 m/s at eval)
            Body function/structure: R hemiparetic gait — short L step, R knee stiff in swing, R toe catch
            Intervention — 97116, 22 min: overground gait training at fast speed with the AFO and cane — 5 x 150 ft, then 2 flights of stairs with the rail, step-over-step; SBA
            """,
            ["I69.351", "R26.89"], [PT("97116", 22)], []),

        // Tallgrass timed 25-foot walk beside the MSWS-12; cone step-overs with head turns, foam step, stop-and-go on a clap, 1:1 ticked; spastic legs and slow balance reactions at the fabric shop; 23 matches: passes.
        ["v5-h73-tallgrass-t25fw-beside-the-msws-12"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team (Wichita)
            Session: ☒ 1:1 ☐ group     Cooling vest: ☒ worn
            97112 — 23 min
              lateral stepping over cones with head turns; stepping on and off a foam step; quick stop-and-go walking on a clap
            Deficit: spastic legs and slow balance reactions — staggers when she stops short in the aisles at the fabric shop where she works
            Timed 25-foot walk 7.9 s (9.6 s in November); MSWS-12 54/100 (71/100 in November)
            """,
            ["G35.A", "R26.81"], [PT("97112", 23)], []),

        // Brazos FGA and a wrist tracker's daily step average, "1:1, his slot alone"; head-turn, narrow-base, backward and eyes-closed walking; weak ankle and hip strategies after stroke; 24 matches: passes.
        ["v5-h73-brazos-fga-and-wrist-tracker-steps"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · College Station
            97112 · 24 min · 1:1, his slot alone
            drills: gait with head turns and pitch; narrow-base walking on a 12-in. path; backward walking; stepping over a shoebox; eyes-closed walking along the wall
            deficit: chronic post-stroke balance — L ankle and hip strategies weak; veers and reaches for the wall with head turns
            out: FGA 21/30 (16/30 at eval); wrist tracker 4,812 steps/day average this week (2,950 the first week)
            """,
            ["I69.354", "R26.81"], [PT("97112", 24)], []),

        // Saginaw Bay Fugl-Meyer LE and a hip MMT beside cuff, extension, bridge and step-up doses; L leg can't lift onto the porch step; 19 matches: passes.
        ["v5-h73-saginaw-fugl-meyer-le-and-ther-ex"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Bay City
            Therapy visit — day 34 after the R MCA infarct
            1) L leg weak — can't lift the L foot onto the first porch step
               TE 97110 — 19 min: seated L hip flexion with a 2-lb cuff 3 x 10; L knee extension 3 x 10; bridging 2 x 12; step-ups onto a 4-in. step leading with the L 2 x 8
               Fugl-Meyer LE motor 19/34 (14/34 at day 14); L hip flexion 3-/5
            """,
            ["I69.354"], [PT("97110", 19)], []),

        // Coulee OT 9HPT and Box and Block with lids k of 20; cheese-plant tasks (lids, labels, cash drawer); clumsy slow L hand after stroke; 24 matches: passes.
        ["v5-h73-coulee-ot-9hpt-and-box-and-block"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track · OT (Onalaska)
            OT 97530 — 24 min
              fine-motor tasks from his job at the cheese plant: snapping lids on deli tubs, peeling and applying labels, counting coins into a cash drawer
            Why: L hand clumsy and slow after the R MCA stroke — fumbles lids, can't peel labels
            9HPT L 41 s (58 s at intake); Box and Block L 38 (24 at intake); lids snapped 20 of 20
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // GUMC Mini-BESTest with its four subscores, "pt treated individually with no other patient in my care"; push-and-release, lean-and-release, light-cue stepping; late short steps after a cerebellar stroke; 25 matches: passes.
        ["v5-h73-gumc-mini-bestest-subscores"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Brighton)
            Measures today: Mini-BESTest 19/28 — anticipatory 4/6, reactive 3/6, sensory 5/6, dynamic gait 7/10
            Body function/structure: reactive postural control after the cerebellar stroke — steps too late and too short backward and to the L
            Intervention — 97112, 25 min, pt treated individually with no other patient in my care: push-and-release in each direction; lean-and-release backward; quick stepping onto a spot on a light cue
            Resident: K. Osei, PT, DPT · Co-signed: R. Lindqvist, PT, DPT, NCS
            """,
            ["I69.393", "R26.81"], [PT("97112", 25)], []),

        // Tallgrass PTA 6MWT distance with forearm crutches; 4-point to 2-point, hallway, ramp with distance and SBA; weak spastic legs with an Old Town office goal; 19 matches: passes.
        ["v5-h73-tallgrass-pta-6mwt-with-forearm-crutches"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team (Wichita) · PTA
            PTA 97116 — 19 min
              walking with forearm crutches: 4-point pattern, then 2-point; hallway 5 x 100 ft; ramp x 2; SBA
            Deficit: weak, spastic legs, L worse — toes catch late in the day; goal: walk from the Old Town parking garage to her office
            6MWT 305 m with the crutches (248 m in November)
            """,
            ["G35.C2", "R26.89"], [PTA("97116", 19)], []),

        // Saginaw Bay OT ARAT and k of 10, "one-on-one, the OT and Mrs. Duchene only"; task-oriented reaching with trunk restraint, key turning, marble pinch; trunk-substituted reach and weak pinch; 22 matches: passes.
        ["v5-h73-saginaw-ot-arat-with-trunk-restraint"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Bay City · OT
            OT 97112 — 22 min — one-on-one, the OT and Mrs. Duchene only
              task-oriented reaching with trunk restraint (a sheet across the chest to the chair back): reaching to cups at arm's length, turning a key in a lock board, pinching and placing marbles
            Impairment: L arm reaches with the trunk instead of the shoulder; weak pinch since the R MCA stroke
            ARAT L 31/57 (22/57 at eval); reaches without trunk lean 7 of 10
            """,
            ["I69.354"], [OT("97112", 22)], []),

        // Brazos "steadier in the harness than Tuesday; fewer grabs for the rail. Will test the Mini-BESTest next visit": 1:1, harness stepping strategies, tandem, foam beam; ataxia after a cerebellar stroke — no number but the code's: measure missing.
        ["v5-h73-brazos-steadier-than-tuesday-no-number"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · Waco
            97112 · 20 min · 1:1 — just her and me in the harness bay
            drills: stepping strategies to pushes in the harness; tandem walking; stepping onto and off a foam beam with head turns
            deficit: ataxia and poor balance reactions after the cerebellar stroke — staggers on turns in the church foyer
            steadier in the harness than Tuesday; fewer grabs for the rail. Will test the Mini-BESTest next visit.
            """,
            ["I69.393", "R26.0"], [PT("97112", 20)], [At(Measure, "97112")]),

        // GUMC "Walked further than last week and needed less help on the turns": halls, stairwell, heel-strike cue, lobby crowd; L hemiparetic gait with a Lilac Festival goal — no distance, level or number but the code's: measure missing.
        ["v5-h73-gumc-walked-further-no-number"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Henrietta)
            Body function/structure: L hemiparetic gait — L knee stiff in swing and the L foot lands flat; wants to walk the Lilac Festival paths in May
            Intervention — 97116: overground gait training in the halls and the stairwell; heel-strike cue with the AFO; stepping around people in the lobby
            Walked further than last week and needed less help on the turns.
            """,
            ["I69.354", "R26.89"], [PT("97116", 23)], [At(Measure, "97116")]),

        // Coulee "Tone seemed lower afterward; the R heel came down easier": one-on-one, trunk rotation, standing-frame loading, resisted PNF pattern; R leg extensor tone after TBI — no number but the code's: measure missing.
        ["v5-h73-coulee-tone-seemed-lower-no-number"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track (La Crosse)
            PT — 97112 — 22 min, one-on-one (only pt in the side room with me)
              slow rhythmic rotation of the trunk in side-lying; prolonged weight-bearing through the R leg in the standing frame; slow resisted PNF flexion-abduction pattern of the R leg
            Deficit: R leg extensor tone after the TBI — the leg shoots straight and the foot points when he stands, so he tiptoes on the R
            Tone seemed lower afterward; the R heel came down easier in standing.
            """,
            ["S06.2X1S", "R25.2"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Saginaw Bay PTA 5xSTS in seconds beside sit-to-stand, wall squat, band and heel-raise doses; L hip and knee weakness with an ice-shanty bucket goal; 18 matches: passes.
        ["v5-h73-saginaw-pta-5xsts-and-ther-ex"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Essexville · PTA
            PTA 97110 — 18 min
              sit-to-stand from the 18-in. mat, arms crossed 3 x 10; wall squats 2 x 10; standing L hip abduction with the red band 2 x 12; heel raises 2 x 15
            Why: L hip and knee weakness after the R MCA stroke; goal — get up off the bucket in his ice shanty on the bay
            5xSTS 14.2 s (18.9 s at the day-30 visit)
            """,
            ["I69.354", "M62.81"], [PTA("97110", 18)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // GUMC clock times per code (97112 0902–0926 = 24, 97116 0926–0941 = 15, both match), one-on-one with the mentor observing; pelvic perturbations, lean-release, tandem; quad cane distance and CGA → SBA; L hemiparesis; Mini-BESTest and 10MWT: passes.
        ["v6-h73-gumc-clock-times-per-code"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Brighton)
            97112   0902–0926   one-on-one (resident with pt; mentor observing, no other patient)
            97116   0926–0941
            97112: pelvic perturbations in stance; stepping reactions to a release from lean; tandem with head turns
            97116: overground with the quad cane, 3 x 100 ft, heel-first cue on the L; CGA → SBA
            Body function/structure: L hemiparesis after the R MCA stroke — slow, short stepping reactions to the L; L foot lands flat
            Measures today: Mini-BESTest 14/28 (10/28 at eval); 10MWT 0.46 m/s
            Resident: K. Osei, PT, DPT · Co-signed: R. Lindqvist, PT, DPT, NCS
            """,
            ["I69.354", "R26.89"], [PT("97112", 24), PT("97116", 15)], []),

        // Saginaw Bay minutes in words after each code's name ("Neuromuscular re-education for twenty-three minutes", "Gait training for fifteen minutes"), both match; rocker board, tractor-height step-ups, half-kneel; gravel and grass with the cane; R hemiparesis; k of 10 and seconds: passes.
        ["v6-h73-saginaw-minutes-in-words"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Midland satellite
            Therapy visit — 4 months after the L MCA stroke; sugar-beet farmer, wants to drive the tractor by planting.
            Neuromuscular re-education for twenty-three minutes, one-on-one with me: weight shifts onto the R leg on the rocker board; stepping up onto the tractor-height platform (the 12-in. box) leading with the R; half-kneel to stand through the R
            Gait training for fifteen minutes: outdoors on the gravel lot and the grass with the cane, 2 x 200 ft, SBA
            R hemiparesis — won't trust the R leg on uneven ground; R hip and knee give on the step-up
            Step-ups leading with the R: 8 of 10 without the knee giving; R single-leg stance 6 s
            """,
            ["I69.351", "R26.89"], [PT("97112", 23), PT("97116", 15)], []),

        // Tallgrass Uhthoff's cooling break with the clock stopped: 97110 "first part 13 min + second part 11 min = 24 min" (matches); leg press, curls, band abduction, heel raises with doses; quad and hip weakness with a bleachers goal: passes.
        ["v6-h73-tallgrass-two-parts-around-a-cooling-break"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team (Wichita)
            Got warm halfway (Uhthoff's — legs went heavy); clock stopped while she sat with the cooling vest and cold towels.
            97110: first part 13 min + second part 11 min = 24 min
              leg press 3 x 10 at 70 lb; hamstring curls 2 x 12 at 25 lb; standing hip abduction with the band 2 x 12 each; heel raises 2 x 15
            Why: quad and hip weakness, R worse than L — can't climb the bleachers at her son's football games
            """,
            ["G35.A", "M62.81"], [PT("97110", 24)], []),

        // Brazos "97116 ×2u (25') | 97112 ×1u (13')" both match, 97112 1:1; Lokomat parameters; mirror weight shifts, R stance with toe taps, foam stepping; R hemiparesis with knee hyperextension; seconds and k of 10: passes.
        ["v6-h73-brazos-units-with-minute-marks"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · College Station
            97116 ×2u (25') | 97112 ×1u (13') — 97112 1:1, his own slot
            97116 — lokomat pro: bws 35% | gf 60% | 2.1 km/h | 820 m; cue to load the R through stance
            97112 — off the robot: weight shifts onto the R at the mirror; R-leg stance with L toe taps to cones; stepping onto a foam pad with the R
            deficit: R hemiparesis (L MCA stroke) — R knee hyperextends, weight stays on the L, R stance brief
            out: R-leg stance 5 s (2 s at eval); toe taps 9 of 10 without the R knee snapping back
            """,
            ["I69.351", "R26.89"], [PT("97116", 25), PT("97112", 13)], []),

        // Coulee team note: a PT's "NMR 97112 — 22 min, one-on-one" and an OT's "NMR 97112 — 18 min, one-on-one" each match their own discipline's line; stepping strategies and foam head turns; L-hand force grading; Berg, k of 10 and taps: passes.
        ["v6-h73-coulee-pt-and-ot-each-bill-97112"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track (La Crosse) — team note, Tuesday
            PT — NMR 97112 — 22 min, one-on-one (PT and Joe only): stepping-strategy drills to pushes at the pelvis; stance on foam with head turns
               Deficit: postural control after the R hemispheric TBI — late, short steps to the L
               Berg 46/56 (39/56 at intake)
            OT — NMR 97112 — 18 min, one-on-one (OT and Joe only): L-hand motor control — graded grasp of foam blocks of different densities without crushing them; isolated finger taps to a metronome
               Deficit: L hand — poor force grading and finger isolation
               Foam blocks moved without crushing 8 of 10; finger taps L 31 in 10 s
            """,
            ["S06.2X1D", "R26.81"], [PT("97112", 22), OT("97112", 18)], []),

        // Coulee "Block / Disc / Code / Min" grid (PT 97116 20, OT 97530 25 — both match); rollator sidewalk loop with distance and SBA; pantry task with levels; PD freezing and slowed sequencing with a Kwik Trip goal: passes.
        ["v6-h73-coulee-block-grid-pt-and-ot"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track (Onalaska)
            Block   Disc   Code    Min
            2       PT     97116   20
            3       OT     97530   25
            PT (block 2): outdoor gait on the sidewalk loop with the rollator, 3 x 300 ft including the curb cut and a ramp, SBA; turning in a narrow space at the mailbox
               Deficit: slow, shuffling steps and freezing in tight spaces (Parkinson's)
            OT (block 3): writing a grocery list, then taking 6 items from the practice-kitchen pantry and putting them away at shoulder height; mod I for the list, SBA in the pantry
               Deficit: slowed sequencing and reduced reach; goal — shop at the Kwik Trip alone
            """,
            ["G20.A2", "R26.89"], [PT("97116", 20), OT("97530", 25)], []),

        // GUMC PTA minutes after each description by the codes' names ("— therapeutic exercise, 14 min", "— neuromuscular re-education, 16 min"), both match, NMR one-on-one; hip and trunk doses; pelvic perturbations and hands-free stance; T8 incomplete SCI; seconds: passes.
        ["v6-h73-gumc-pta-minutes-after-each-description"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Henrietta) · PTA note
            Hip and trunk strengthening after the T8 incomplete SCI: bridges 3 x 10, side-lying hip abduction 2 x 12 each, quadruped arm/leg lifts 2 x 10, sit-to-stand from the 20-in. mat 2 x 8 — therapeutic exercise, 14 min
            Balance in standing: perturbations at the pelvis in the walker, then hands-free stance at the bars with a ball toss, one-on-one with me and no other patient — neuromuscular re-education, 16 min
            Deficits: weak hip extensors and abductors; poor trunk and hip postural control in standing — can't let go of the walker
            Hands-free stance at the bars 25 s (8 s at the last progress note)
            """,
            ["G82.22", "R26.81"], [PTA("97110", 14), PTA("97112", 16)], []),

        // Saginaw Bay three codes with minutes in brackets (97140 10, 97112 15, 97530 13 — all match), 97112 one-on-one; scapular mobilisation and GH glides; arm weight bearing and place-and-hold; cupboard reaching; hemiplegic shoulder; degrees, seconds and counts: passes.
        ["v6-h73-saginaw-three-codes-in-brackets"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Bay City
            R hemiplegic shoulder and hand, 3 months after the L MCA stroke.
            97140 (10 min) — scapular mobilisation into upward rotation and protraction in side-lying; gentle GH inferior glides gr II
            97112 (15 min) — one-on-one: weight-bearing through the R arm on the mat with trunk shifts; placing the R arm in forward flexion and holding it there
            97530 (13 min) — wiping the table with the R hand; reaching to put cups away in the cupboard, 8 cups, SBA
            Deficits: R shoulder pain with subluxation, scapula stuck in downward rotation; R arm caught in flexor synergy; can't reach the cupboard
            R shoulder flexion AROM 70° → 85°; place-and-hold at shoulder height 8 s
            """,
            ["I69.351", "M25.511"], [PT("97140", 10), PT("97112", 15), PT("97530", 13)], []),

        // Tallgrass "Gait training 97116 — 30 min" against an 18-min line: mismatch; crutch progression with distance and SBA, spastic paraparesis with a pharmacy-curb goal complete.
        ["v6-h73-tallgrass-gait-30-against-18"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team (Salina outreach)
            Gait training 97116 — 30 min
              walker → forearm crutches on the level and the ramp, 4 x 100 ft; curb x 3; SBA
            Deficit: spastic paraparesis — scissors when tired; can't manage the curb at the pharmacy
            """,
            ["G35.C2", "R26.89"], [PT("97116", 18)], [At(Mismatch, "97116")]),

        // Brazos 97112 22 matches but "97110 — 25 min" against a 13-min line: mismatch on 97110; 1:1, rhythmic stabilisation and light-cue stepping; leg press, step-ups, knee extension with doses; L hemiparesis; k of 10 and Berg.
        ["v6-h73-brazos-second-code-25-against-13"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · Bryan
            97112 — 22 min, 1:1 (no other patient on my schedule for it): PNF rhythmic stabilisation in half-kneel; quick stepping to floor targets on a light cue
            97110 — 25 min: leg press 3 x 10 at 80 lb; step-ups onto a 6-in. box 3 x 10; seated knee extension 3 x 12 at 15 lb
            deficits: L hemiparesis — slow protective stepping to the L; L quad weakness, knee gives on stairs
            out: quick steps to the L targets 8 of 10; Berg 47/56
            """,
            ["I69.354", "R26.81"], [PT("97112", 22), PT("97110", 13)], [At(Mismatch, "97110")]),

        // GUMC resident "97116, 12 min" against a 26-min line: mismatch; ramp, lobby crowd and skyway with distance and SBA, ataxic gait after TBI, 10MWT complete.
        ["v6-h73-gumc-resident-gait-12-against-26"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Greece)
            Body function/structure: ataxic gait after the TBI — wide base, lurches on turns and down the ramp
            Intervention — 97116, 12 min: gait training on the hospital ramp, through the lobby crowd and along the skyway, 3 x 200 ft, SBA; turning on a narrow base
            Measures today: 10MWT 0.98 m/s
            Resident: K. Osei, PT, DPT · Co-signed: R. Lindqvist, PT, DPT, NCS
            """,
            ["S06.2X9D", "R26.0"], [PT("97116", 26)], [At(Mismatch, "97116")]),

        // Coulee "PT, 40 timed minutes — NMR and gait together" is the only time for two codes: separate time missing; both sections complete (one-on-one stepping strategies and foam; outdoor cane loop with distance and SBA; postural control and slapping gait after GBS; seconds and m/s).
        ["v6-h73-coulee-forty-timed-minutes-together"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track (La Crosse)
            PT, 40 timed minutes — NMR and gait together
              NMR: one-on-one; stepping strategies to pushes at the trunk; stance on foam with head turns
              Gait: outdoor loop with the cane, 2 x 400 ft, the curb and the grass, SBA
            Deficits: postural control after the GBS — sways and steps on foam; slapping gait, both feet
            mCTSIB foam, eyes closed 16 s; 10MWT 0.92 m/s
            """,
            ["G61.0", "R26.81"], [PT("97112", 24), PT("97116", 16)], [SepTime]),

        // Saginaw Bay three codes: 97112 16 and 97110 13 have minutes, the gait section (97116) has none: separate time missing; every section complete (one-on-one rocker and hurdles; doses; quad cane distance and CGA; L hemiparesis; k of 10 and Berg).
        ["v6-h73-saginaw-gait-section-unminuted"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Essexville
            97112 — 16 min, one-on-one: rocker-board weight shifts; stepping over hurdles with the L
            97110 — 13 min: L hip abduction in side-lying 2 x 12; bridges 2 x 12; sit-to-stand 3 x 8
            97116: quad cane in the hallway, 3 x 100 ft, heel-first cue on the L, CGA
            Deficits: L hemiparesis after the R MCA stroke — L hip weak, L foot lands flat, poor postural control stepping over objects
            Hurdles cleared with the L 7 of 10; Berg 41/56
            """,
            ["I69.354", "R26.89"], [PT("97112", 16), PT("97110", 13), PT("97116", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a Lokomat + NMR visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h73-empty-lokomat-and-nmr"] = new(
            "",
            ["I69.351"], [PT("97116", 25), PT("97112", 13)], [At(NoteMissing, "97116"), At(NoteMissing, "97112")]),

        // Empty note on an OT 97112 with no diagnosis: note missing and diagnosis missing.
        ["v7-h73-empty-ot-97112-no-dx"] = new(
            "",
            [], [OT("97112", 20)], [At(NoteMissing, "97112"), Dx]),

        // A note of spaces and blank lines only (cells are trimmed) on a PTA 97110 with a diagnosis: note missing only.
        ["v7-h73-blank-lines-pta-97110"] = new(
            "   \n\n   ",
            ["G35.A"], [PTA("97110", 18)], [At(NoteMissing, "97110")]),

        // 97110's meaning at GUMC: cable triceps press-downs, wheelchair push-ups, rows, putty grip with doses and loads (technique and measure); weak triceps and grip after a cervical injury, can't push up to stand (deficit); no minutes written: passes.
        ["v7-h73-gumc-97110-triceps-and-push-ups"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Brighton)
            Body function/structure: C6 incomplete tetraplegia (AIS D) — triceps and grip weak on both sides; can't push up from the wheelchair armrests to stand
            Intervention — 97110: triceps press-downs on the cable column 3 x 10 at 15 lb; wheelchair push-ups 3 x 8; seated rows 3 x 12 at 20 lb; grip with the yellow putty 2 x 20
            """,
            ["G82.54", "S14.156D"], [PT("97110", 20)], []),

        // 97530's meaning at Coulee: feed-bucket lifts and carries and kneeling under the "stall" with loads, distances and counts (technique and measure); legs and grip too weak for barn work after Guillain-Barré (deficit); 22 matches: passes.
        ["v7-h73-coulee-97530-feed-buckets-and-kneeling"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track (Sparta)
            PT 97530 — 22 min
              dairy-barn tasks in the gym: lifting a 25-lb feed bucket from the floor to a hip-high ledge x 8; carrying it 50 ft x 4; kneeling on one knee to reach under the "stall" (the mat table) and back up x 6
            Why: after Guillain-Barré his legs and grip are too weak to carry feed buckets or get up off one knee in the barn
            """,
            ["G61.0", "M62.81"], [PT("97530", 22)], []),

        // 97140's meaning at Saginaw Bay: talocrural posterior glides by grade, calcaneal distraction, calf and plantar-fascia STM (technique), L ankle stiff in plantarflexion in the AFO (deficit), dorsiflexion degrees (measure); 11 matches: passes.
        ["v7-h73-saginaw-97140-plantarflexed-ankle"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Bay City
            97140 — 11 min
              talocrural posterior glides gr III and calcaneal distraction, L ankle; soft-tissue mobilisation of the L gastroc-soleus and plantar fascia
            L ankle stiff in plantarflexion since the R MCA stroke — the heel won't reach the floor in the AFO
            L ankle DF with the knee extended −5° → 4°
            """,
            ["I69.354", "M25.672"], [PT("97140", 11)], []),

        // 97116's meaning at Tallgrass: stair training step-to with a rail and cane and level walking with flights, distance and SBA (technique and measure), weak spastic legs and a bedroom upstairs (deficit); 19 matches: passes.
        ["v7-h73-tallgrass-97116-stairs-to-the-bedroom"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team (Wichita)
            97116 — 19 min
              stair training on the clinic stairs with one rail and the cane, step-to up and down, 2 flights x 2; then level walking 3 x 150 ft with the cane, SBA
            Legs weak and spastic, R worse — she has 14 steps up to her bedroom and has stopped going up at night
            """,
            ["G35.C0", "R26.89"], [PT("97116", 19)], []),

        // Generic 97112: "Neuro re-ed 20 min. Balance and coordination activities. Pt tolerated well, no c/o. Continue per POC." — no technique, deficit, number or one-on-one.
        ["v7-h73-generic-neuro-re-ed"] = new(
            "Neuro re-ed 20 min. Balance and coordination activities. Pt tolerated well, no c/o. Continue per POC.",
            ["G35.A"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97530 with minutes for each (15 and 15, both match): only generic phrases for both codes.
        ["v7-h73-generic-ther-ex-and-functional-activities"] = new(
            "97110 15 min, 97530 15 min. Ther ex and functional activities per POC. Pt motivated. Progressing toward goals.",
            ["I69.351"], [PT("97110", 15), PT("97530", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic OT 97530: "OT — worked on functional tasks as able. Good effort. 22 min." — no task, deficit or number but its minutes (which match).
        ["v7-h73-generic-ot-functional-tasks"] = new(
            "OT — worked on functional tasks as able. Good effort. 22 min.",
            ["G20.A1"], [OT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // GUMC resident, TBI grad student: 97112 23 ("one-on-one; no other patient under my care during it") and 97530 15 match; foam head turns, dual-task walking, disc catches; bin carries on stairs and low-cabinet squats with loads and counts; postural control, dual-task processing and losing balance with a bin on the stairs; FGA and seconds: passes.
        ["vord-h73-gumc-tbi-grad-student-nmr-and-ther-act"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Brighton)
            PT daily note · week 6
            Pt: 23 y/o grad student, diffuse TBI (longboard crash in September); wants to get back to the lab and to biking the canal path.
            Body function/structure: postural control and dual-task processing — steps out of tandem with head turns, slows and drifts when talking
            Activity: can't yet carry a bin up and down the lab's stairs or bend to the low cabinets without losing his balance
            Intervention — 97112, 23 min (one-on-one; no other patient under my care during it): tandem and single-leg stance on foam with head turns; walking with head turns while naming items by category; catching a ball while stepping onto a disc
            Intervention — 97530, 15 min: carrying a 15-lb bin up and down a flight of stairs x 4; squatting to a low cabinet and back up with a box x 8
            Measures today: FGA 24/30 (18/30 at eval); tandem on foam 20 s
            Resident: K. Osei, PT, DPT · Co-signed: R. Lindqvist, PT, DPT, NCS
            """,
            ["S06.2X1D", "R26.81"], [PT("97112", 23), PT("97530", 15)], []),

        // GUMC PTA: forearm crutches and R AFO, reciprocal pattern with distance, curbs, SBA → mod I; T12 incomplete SCI with foot drop and weak hip extensors; 24 matches: passes.
        ["vord-h73-gumc-pta-crutches-after-sci"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Henrietta) · PTA note
            97116 — 24 min: overground with bilateral forearm crutches and the R AFO, reciprocal pattern, 4 x 120 ft; curb up and down x 4; SBA → mod I on the level
            Deficit: T12 incomplete SCI (AIS D) — R foot drop and weak hip extensors; swings through with the trunk
            """,
            ["G82.22", "M21.371"], [PTA("97116", 24)], []),

        // Saginaw Bay first follow-up (day 12 home, NIHSS at discharge 3): 97112 22 ("one-to-one, no other pt") and 97116 14 match; counter weight shifts, stepping strategy, reaching; hemi-walker → quad cane with distance and CGA; posterior lean and short R step; Berg and reach cm: passes.
        ["vord-h73-saginaw-first-follow-up-day-12"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Bay City
            First follow-up therapy visit — day 12 home from the hospital after the L MCA infarct (tPA given; NIHSS 3 at discharge).
            1) Balance: leans back and to the R; grabs the furniture to get through the house
               NMR 97112 — 22 min — one-to-one, no other pt: weight shifts forward onto the toes at the counter; stepping strategy to forward and R-side targets; reaching out of her base to the shelves
               Berg 40/56; forward reach 18 cm
            2) Walking: short R step, R foot slaps
               Gait 97116 — 14 min: hallway 3 x 100 ft with the hemi-walker → quad cane, heel-first cue; CGA
            """,
            ["I69.351", "R26.89"], [PT("97112", 22), PT("97116", 14)], []),

        // Saginaw Bay OT kitchen: coffee and toast, two-handed tray carries, dishwasher to the upper cabinet with SBA, cues and k of 4; L arm weakness and L-side inattention at the counter; 23 matches: passes.
        ["vord-h73-saginaw-ot-coffee-and-toast"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Bay City · OT
            OT 97530 — 23 min
              coffee and toast in the clinic kitchen; carrying the mug to the table on a tray with both hands; unloading the dishwasher to the upper cabinet
              SBA; 2 cues to turn off the burner; 4 of 4 tray carries without spilling
            Why: L arm weak and the L side ignored at the counter after the R MCA stroke — forgets the things on her L
            """,
            ["I69.354", "R41.4"], [OT("97530", 23)], []),

        // Tallgrass 1:1 ticked: VOR x1 on foam, head-turn walking, turns on a cue; central vestibular involvement, can't check traffic over her shoulder; deviations and DGI; 24 matches: passes.
        ["vord-h73-tallgrass-brainstem-vestibular"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team (Wichita)
            Relapse since last visit: ☐ Y ☒ N      Cooling vest: ☐ (cool day, not needed)
            Session: ☒ 1:1 ☐ group
            97112 — 24 min
              VOR x1 standing on foam; walking with head turns; 180° turns on a cue
            Deficit: central vestibular involvement (brainstem lesion) — dizzy and veers with head turns; can't check traffic over her shoulder on Kellogg
            Walking with head turns: 2 deviations in 50 ft (7 at intake); DGI 18/24
            """,
            ["G35.A", "R26.81"], [PT("97112", 24)], []),

        // Tallgrass PTA: recumbent stepper, cuff knee extension, bridges, counter hip abduction with doses; legs weak and tiring with a state-fair booth goal; 17 matches: passes.
        ["vord-h73-tallgrass-pta-ther-ex-state-fair"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team (Hutchinson outreach) · PTA
            PTA 97110 — 17 min
              recumbent stepper at level 3 for 300 steps; seated knee extension with a 3-lb cuff 2 x 12 each; bridges 2 x 10; standing hip abduction at the counter 2 x 10 each
            Both legs weak and tire fast; goal — work a full day at the state-fair booth in September
            """,
            ["G35.C2", "M62.81"], [PTA("97110", 17)], []),

        // Brazos rancher near Hearne: 97116 24 (Lokomat parameters) and 97112 14 ("1:1, only pt in the mat area with me") match; twin-scale sit-to-stand, R stance with toe taps, PNF resisted stepping; R hemiparesis with buckling; load % and seconds: passes.
        ["vord-h73-brazos-lokomat-then-mat"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · College Station
            97116 — 24 min | lokomat pro: bws 45% → 35% | gf 80% → 65% | 1.7 km/h | 690 m
            97112 — 14 min | 1:1, only pt in the mat area with me | sit-to-stand with equal weight through both legs on twin scales; R-leg stance with L toe taps; PNF resisted stepping forward with the R
            deficit: R hemiparesis and R knee buckling after the L MCA stroke (rancher near Hearne); weight stays on the L
            out: twin-scale load R 44% (35% at eval); R stance 4 s
            """,
            ["I69.351", "R26.89"], [PT("97116", 24), PT("97112", 14)], []),

        // Brazos OT counter reach-and-grasp (groceries, fridge, pouring) with SBA and k of 12; weak L grasp after stroke, knocks the jug over; 22 matches: passes.
        ["vord-h73-brazos-ot-groceries-to-the-cabinet"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · Bryan · OT
            OT 97530 — 22 min
              reach-and-grasp at the kitchen counter: unloading groceries from an H-E-B bag into the cabinet with the L hand; opening the fridge; pouring from a half-full jug
              SBA; 10 of 12 items placed with the L hand
            Why: L arm weak with poor grasp control after the R MCA stroke — drops things and knocks the jug over
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // Coulee 97110 16 and 97116 17 match; sit-to-stand, step-ups, band dorsiflexion with doses; walking without the walker with distance and SBA; weak hips and ankles after GBS: passes.
        ["vord-h73-coulee-gbs-ther-ex-and-gait"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track (La Crosse)
            PT 97110 — 16 min: sit-to-stand from the 18-in. chair 3 x 10; step-ups onto the 6-in. step 2 x 10; ankle dorsiflexion with the red band 3 x 15
            PT 97116 — 17 min: walking without the walker — hallway 4 x 150 ft and the outdoor ramp x 2, SBA; heel-first cue
            Deficits: weak hips and ankles after Guillain-Barré — slapping steps and a wide base; can't get up from a low chair
            """,
            ["G61.0", "R26.89"], [PT("97110", 16), PT("97116", 17)], []),

        // Coulee OT FND: typing with attention drawn away, listing while talking, with error and item counts; functional R hand tremor and weakness at the insurance office; 24 matches: passes.
        ["vord-h73-coulee-ot-fnd-typing-at-work"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track (La Crosse) · OT
            OT 97530 — 24 min
              graded return to typing and handwriting for her job at the insurance office: typing while copying from a recording (attention drawn away from the hand), then writing a grocery list while talking with me
              typed a 60-word paragraph with 4 errors; wrote 10 list items legibly
            Why: functional R hand tremor and weakness — can't type at work or write a check
            """,
            ["F44.4", "R25.1"], [OT("97530", 24)], []),

        // Coulee PTA "one-to-one, no other pt on my schedule for it"; big step-and-reach, box turns on a count, doorway floor line; freezing at doorways and on turns; turn steps and k of 6; 21 matches: passes.
        ["vord-h73-coulee-pta-pd-doorway-freezing"] = new(
            """
            COULEE REGION REHAB · Day Program — Outpatient Track (Onalaska) · PTA note
            PTA 97112 — 21 min · one-to-one, no other pt on my schedule for it
              big step-and-reach to floor targets; turning inside a box taped on the floor to a count; walking through a doorway with a floor line to step over
            Deficit: freezing at doorways and on turns (Parkinson's); short steps
            180° turn in 4 steps (7 at intake); froze at the doorway on 1 of 6 passes
            """,
            ["G20.A2"], [PTA("97112", 21)], []),

        // Tallgrass complete 97116 (L300 Go and cane down the hall and ramp with distance and SBA; R foot drop catching the rug) sent with no diagnosis.
        ["vord-h73-tallgrass-no-diagnosis"] = new(
            """
            TALLGRASS MS CENTER · Rehabilitation Team (Wichita)
            97116 — 20 min
              walking with the L300 Go and cane down the long hall 4 x 150 ft and up and down the ramp x 2; SBA
            R foot drop — catches the toe on the rug at home
            """,
            [], [PT("97116", 20)], [Dx]),

        // Saginaw Bay complete 97110 (side-lying abduction, bridges, cuff knee extension with doses; L leg weak, church curb) with the ICD-9 code 438.22 as its diagnosis: not well formed.
        ["vord-h73-saginaw-icd9-code"] = new(
            """
            SAGINAW BAY COMMUNITY HOSPITAL — Stroke Follow-Up Clinic · Bay City
            97110 — 18 min: L hip abduction in side-lying 2 x 12; bridges 2 x 12; seated L knee extension with a 2-lb cuff 2 x 10
            L leg weak since the R MCA stroke; can't step up onto the curb at church
            """,
            ["438.22"], [PT("97110", 18)], [Dx]),

        // Generic two-code note with a shared total ("Pt seen for neuro rehab, 38 min total. Worked on balance and gait."): no technique, deficit or measure for either code, no one-on-one, no minutes for each.
        ["vord-h73-generic-two-codes-total"] = new(
            "Pt seen for neuro rehab, 38 min total. Worked on balance and gait. Tolerated well. Continue POC.",
            ["I69.354"], [PT("97112", 23), PT("97116", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116"), SepTime]),

        // Brazos PTA "PTA 97112 — 30 min" against an 18-min PTA line: mismatch; 1:1, foam-beam step-overs, tandem, harness pushes, ataxic gait and tandem steps complete.
        ["vord-h73-brazos-pta-nmr-time-differs"] = new(
            """
            BRAZOS NEUROMOTION — robotics & recovery gym · Waco · PTA
            PTA 97112 — 30 min · 1:1, no other pt in the bay
              stepping over the foam beam with head turns; tandem walking on the line; reactive steps to pushes in the harness
            deficit: ataxic gait after the cerebellar stroke — overshoots and staggers to the L
            out: tandem 8 steps before a side-step (4 at eval)
            """,
            ["I69.393", "R26.0"], [PTA("97112", 18)], [At(Mismatch, "97112")]),

        // GUMC OT "OT 97530 — 14 min" against a 27-min OT line: mismatch; hemi-dressing and one-handed watch, L hemiparesis, SBA and mod I complete.
        ["vord-h73-gumc-ot-time-differs"] = new(
            """
            GENESEE UNIVERSITY MEDICAL CENTER · Neuro-Recovery Clinic (Brighton) · OT daily note
            OT 97530 — 14 min: upper-body dressing with the hemi technique (button-down shirt, then a pullover); fastening a watch one-handed
            Body function: L hemiparesis after the R MCA stroke — the L arm can't help with dressing
            Measures today: shirt on with SBA and 1 cue; pullover mod I
            """,
            ["I69.354"], [OT("97530", 27)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
