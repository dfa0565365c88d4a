using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The seventy-sixth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of mobile and in-home Medicare Part B outpatient therapy (not home health: the
/// patients are not homebound and no episode is open with an agency) — therapists who drive to the patient and
/// treat in a house, an independent-living or senior apartment (POS 12), an assisted-living apartment (POS 13) or
/// a building's own fitness room, chapel or courtyard, and type the note on a phone in the car or the truck
/// afterwards: the patient's own stairs, porch, kitchen counter, bathroom, garden, gravel lane and garage;
/// walkers, rollators, quad canes, grab bars and shower seats; the dogs put up and the cat shut in the bedroom;
/// spouses, daughters, a sister, an In-Home Supportive Services provider, a housekeeper and an agency aide nearby
/// (none of them a patient unless the note says so); portable equipment from the car (a folding step, bands, cuff
/// weights, a foam pad, folding mini-hurdles, a pulse oximeter, a portable table, a dynamometer); community
/// mobility (the mailroom, the corridor to the trash chute, the dining room and the bistro, the bus stop, the
/// corner store, the mailbox at the end of the lane, the ferry landing); wildfire smoke, a creek running high
/// and a pharmacy's phone call — about two thirds ordinary and complete (67 of 101), single- and multi-code visits
/// (97110, 97112, 97116, 97140, 97530, up to three in a visit, and a PT's and an OT's code on one day), by PTs,
/// PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a mobile outpatient practice serving the Sacramento metro's senior housing ("Capitol Corridor Mobile
/// Therapy": senior apartment buildings in Citrus Heights, Carmichael, Elk Grove, West Sacramento and Midtown —
/// Sunrise Oaks, Parkview Terrace, Oak Grove, Riverside, the Alhambra) charting on a phone app with radio-button
/// rows ("1:1 ● Yes ○ No", Site, Pets, Devices, Tasks, Assist) and middle-dot headers ("97112 · 21 min"): the
/// corridor to the trash chute and the mailroom slots, the building's fitness room with two patients in it, an IHSS
/// provider, a U-Step walker's laser line at the elevator, the bus stop across the parking lot, smoke from the
/// fires keeping a patient indoors, a PT and an OT co-scheduled in one apartment;</item>
/// <item>a rural therapist-owned house-call practice in the Hocking Hills of southeast Ohio ("Clear Creek House Call
/// Therapy": Logan, Laurelville, Nelsonville, Murray City, New Straitsville, Gore, McArthur, Rockbridge) whose owner
/// PT, one PTA and a contract OT write lower-case, first-person notes on a phone in the truck, signed with an initial
/// and a surname: a car-kit grid (bands, cuff weight, folding step), a before-and-after vitals box, porch boards
/// and a porch glider, a gravel lane to the mailbox, a beagle's rope toy on the linoleum, a garden's tomato rows,
/// canning-jar rings and snapped beans, a Super Pole by the bed, a husband and wife both on the caseload, the fish
/// fry at the fire hall, prime-mark minutes ("11' + 6' = 17'");</item>
/// <item>an assisted-living chain's contracted Part B therapy provider ("Cypress Creek Rehab Services" at the Live
/// Oak Landing communities in Boerne, New Braunfels, Kerrville, San Marcos and Fredericksburg, Texas) on a Part B
/// Daily Treatment Record with "Tx location: (X) apt ( ) therapy room ( ) courtyard", "Delivery mode: (X)
/// Individual (one resident, one therapist) ( ) Group" and "Impairment addressed:" rows, a pipe-drawn Code /
/// Units / Min table and an ADL grid with this week's and last week's assistance: the bistro, the chapel, the
/// courtyard's planters and bird bath, the Tuesday dominoes game, bingo, pendants, a Thursday balance group of five,
/// a chair-exercise group of six and a courtyard walking group;</item>
/// <item>a concierge mobile practice that bills Medicare Part B ("Saugatuck Concierge Physical Therapy": Westport,
/// Darien, New Canaan, Greenwich, Old Greenwich, Weston, Southport, Rowayton and Fairfield, Connecticut) writing
/// polished prose with "Client:", bullets, "Why:" and "Objective:" and codes spelled out ("Neuromuscular
/// re-education (97112), 24 minutes"): a portable table in the library, the sunroom or the guest room, a
/// housekeeper, a husband at the club, a dock's gangway at low tide, a roadster's low seat, a fly-tying bench, a
/// platform-tennis paddle, the wine rack, Graston, Mulligan and Maitland, a SaeboGlove;</item>
/// <item>a PACE-adjacent community therapy group in New Orleans ("Esplanade Community Therapy Group": it works
/// beside a neighbourhood PACE centre and these are its Medicare Part B patients, none of them enrolled in PACE — the
/// Seventh Ward, Tremé, Gentilly, Mid-City, Bywater, Holy Cross, Algiers Point) on a "Community Visit" form with
/// "Who was there / Where we worked / What we did / What we saw / Numbers" headings: raised front steps, the
/// shotgun hall, porch rails, the other side of a double, a grandson, a niece, an agency aide, the corner store, the
/// bus stop, the levee path and the ferry landing, a second line, Monday red beans, Tai Ji Quan on the porch.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h76-…): one-on-one in these writers' own words ("I treated her by myself in her apartment; she
/// was the only patient I saw at that address", "nobody but me and earl out there … one on one the whole 97112",
/// "Mr. Ortiz had my undivided attention for the whole 97112 — no other resident on my schedule in that slot", "a
/// private session: Mrs. Whitcomb was my sole patient for the entire neuromuscular block" with the housekeeper in
/// the kitchen, "Me and Miss Loretta, one-on-one in her front room", "OT and pt one to one at her kitchen table",
/// "She was my only client in the house for the whole visit" on a two-code visit), notes that negate it (a PTA with
/// two patients in a building's fitness room, a Thursday balance group of five, a neighbour from the other side of
/// the double who is also a patient, a PT who leaves to help the patient's husband — also on the caseload — off the
/// commode) or never state it (a housekeeper spotting on the stairs), and a 97110 in a chair-exercise group and a
/// 97530 with a daughter and an aide present, which have no one-on-one check (only 97112 is the one-on-one code in
/// the shipped medicare profile);</item>
/// <item>class 2 (v2-h76-…): template states: app rows "1:1 ● Yes ○ No" and "1:1 ○ Yes ○ No" (neither), "Delivery
/// mode: (X) Individual (one resident, one therapist)" and "(X) Group — courtyard walking group", "Impairment
/// addressed: ____" left blank, a car-kit grid with no band, cuff weight or sets filled in, a "Where we worked" box
/// row above a filled gait grid (device, distance, steps, assistance), a gait box row with nothing ticked above a
/// wholly generic line, an ADL grid with this week's and last week's assistance, an OT task row with "Assist ___"
/// blank, a before-and-after vitals box above ther-ex doses, "Treated individually (not alongside another patient):
/// ✔";</item>
/// <item>class 3 (v3-h76-…): named programmes, protocols and devices as techniques (Tai Ji Quan: Moving for Better
/// Balance on a porch, Graston and a Mulligan mobilisation with movement at the elbow, NDT/Bobath handling with two
/// bathroom scales, a U-Step walker's laser line, modified constraint-induced therapy with a mitt, a SaeboGlove at a
/// fly-tying bench, VOR x2 with a refrigerator magnet, Mulligan SNAGs, a Super Pole for bed transfers, PNF chops,
/// lifts and D2 patterns with a dish towel, Maitland hip glides with a belt), the Go4Life booklet with no dose and
/// folding mini-hurdles from the car with no number;</item>
/// <item>class 4 (v4-h76-…): deficits stated as findings (veering into the corridor wall with head turns and
/// stepping back looking up at the mailboxes, crawling to the fence post to get up from the tomato rows, rocking to
/// get up from the dining chair, pulling up the front steps hand over hand, freezing on a dock's gangway at low tide,
/// a gallon of milk that will not go onto the top shelf, dominoes that slide out of her fingers, stopping twice
/// against the wall on the way to the mailroom, dropping into a roadster's low seat, shuffling to the bistro with
/// the walker far ahead) and notes that state none (a PTA's visit the week of the fish fry with no complaints; a
/// woman who feels steady and walked the second line without her cane);</item>
/// <item>class 5 (v5-h76-…): measures in their usual forms (a 10-metre walk in a corridor in seconds and m/s, the
/// SPPB with its parts, the Berg, grip and lateral pinch on a portable dynamometer, the DGI, MMT grades with plus and
/// minus, the Tinetti POMA with its parts) and notes with none ("she was steadier on the cushion than last week",
/// "Looked more confident today; fewer stops", "More confident today; she says it's getting easier");</item>
/// <item>class 6 (v6-h76-…): minutes in their usual forms (clock times per code, prime marks in two parts around a
/// pharmacy's phone call, a pipe-drawn Code / Units / Min table, "Minutes by code → 97116: 18 · 97110: 10", "took the
/// first 12 minutes … The remaining 23 minutes were neuromuscular re-education (97112)", a PT's and an OT's code in
/// one apartment, three codes each with its minutes, minutes written before the code) and true mismatches (a PTA's
/// gait 28 against 16, balance 10 against 23, the second of two codes 26 against 13) and truly missing separate time
/// (36 minutes in total for manual therapy and exercise, a gait section with no minutes beside two timed
/// codes);</item>
/// <item>class 7 (v7-h76-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (cuff weights and a band from the car kit), 97530 (groceries from the
/// curb up the front steps and into the cabinets), 97140 (lumbar mobilisation and soft-tissue work on a portable
/// table) and 97116 (a rollator across a parking lot to the bus stop and its curbs), and wholly generic 97110,
/// 97112 + 97530 and 97140 notes;</item>
/// <item>ordinary (vord-h76-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a generic two-code note
/// with a total, a PTA's ther-ex time that differs, an OT's time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — spouses, daughters, a son,
/// a grandson, a niece, a sister, an IHSS provider, a housekeeper and an agency aide (none of them a patient, so
/// none of them makes a session a group; the husband, the neighbour and the second resident who are also patients
/// are said to be), the members of a group, floors, step counts, cuff-weight pounds, oxygen litres and
/// saturations, blood pressures and heart rates, the weeks since a surgery and the lumbar and cervical levels
/// treated — and each is written so that a reviewer cannot take it for a code's minutes or a measure; no note gives
/// minutes to driving, parking, waiting at the door, a phone call, a rest or a test.
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
/// documentation profile (group classes, caregiver training, home-safety evaluations and evaluations stay in the
/// notes, never on a line). This set also leaves out drive time, parking and waiting at the door written as
/// minutes, a visit's arrival and departure times as its only time, an aide or a family member furnishing part of a
/// billed service, a patient's homebound status and whether a visit belonged under home health (a coverage
/// question, not the note's), and the place-of-service code itself.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 86 of 101 cases agree (99 needed), and 8 of the 67 notes the reviewer passes got a finding, on the analyzer of c480fee (the start of the 2026-12-06 eleventh session; this set was written blind in a separate worktree, beside four others) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session to 100 of 101 with no false positive — a session's parts and their sum with where or when after each part ("10 min before his tank change + 8 min after = 18 min", "12 min on court 4 + 11 min on the putting green = 23 min"), minutes opening a code's line ("14 min 97110:"), a score's subscales in brackets ("19/28 (balance 11, gait 8)"), a test's row left blank "(not done — …)", one-on-one in these writers' words ("the one patient I was treating", "closed to everyone but her and me", "with him by myself", "with me and only me — no other player", "all of it with me alone — no shared time"), and the setting's vocabulary added by a helper who had not written the set. Left: unticked assistance boxes ("Assist ☐ indep ☐ SBA ☐ CGA") still read as an assistance level, so the generic-only and measure findings are not given.</para>
/// </summary>
public class HeldOutNotesIssue18SeventySixthTests(ITestOutputHelper output)
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

        // Citrus Heights senior apartment: "I treated her by myself in her apartment; she was the only patient I saw at that address"; cushion stance eyes closed, pelvic nudges, head turns; diabetic neuropathy leaning on vision; seconds and k of 10; 23 matches: passes.
        ["v1-h76-capitol-citrus-heights-by-myself-in-her-unit"] = new(
            """
            CCMT · Mobile Visit (POS 12) · Sunrise Oaks Senior Apts, Citrus Heights — pt's own unit
            Typed in the car after the visit.
            NMR 97112 · 23 min. I treated her by myself in her apartment; she was the only patient I saw at that address.
              - feet together then semi-tandem on the living-room carpet, eyes open → closed
              - same on the couch cushion, then light nudges at the pelvis in each direction so she had to recover without grabbing
              - head turns to the TV and the window while standing on the cushion
            Numb feet to the ankles (diabetic neuropathy) — leans on her eyes; unsteady getting to the bathroom in the dark.
            Cushion, feet together, eyes closed: 9 s (3 s at eval). Recovered from 7 of 10 nudges without reaching for the couch arm.
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // Laurelville porch: "nobody but me and earl out there for the balance work — one on one the whole 97112, 20 min", wife inside canning; backward and side pulls at the gait belt, porch-board tandem; slow backward stepping after a fall; k of 10 and seconds: passes.
        ["v1-h76-clearcreek-nobody-but-me-and-earl-on-the-porch"] = new(
            """
            Clear Creek House Call Therapy — home visit, Laurelville
            earl was on the porch waiting w/ his gait belt already on. nobody but me and earl out there for the balance work — one on one the whole 97112, 20 min. his wife was inside canning.
            backward stepping: i stood behind him and gave small quick tugs at the belt so he had to step back to catch it. then side pulls. then tandem along the porch boards holding nothing.
            why: slow to step when he loses it backward — went off the back of the porch step in december and broke his wrist.
            caught himself w/ one step on 7 of 10 back pulls (2 of 10 at eval). tandem 8 s.
            — D. Kessler, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], []),

        // Boerne assisted-living PTA: "Mr. Ortiz had my undivided attention for the whole 97112 — no other resident on my schedule in that slot"; limits-of-stability shifts, paper-plate stepping, L-leg stance; L hemiparesis; seconds and k of 8; 19 matches: passes.
        ["v1-h76-cypress-boerne-undivided-attention"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record (PTA)
            Community: Live Oak Landing — Boerne · Resident seen in his apartment (Pecan wing)
            Mr. Ortiz had my undivided attention for the whole 97112 — no other resident on my schedule in that slot.
            97112 · 19 min
              weight shifts to his limits at the kitchenette counter, L and forward
              stepping the R foot to paper plates laid in an arc on the floor, so he has to load the L leg
              standing on the L leg while he hangs a dish towel on the oven handle
            L hemiparesis after his R MCA stroke — won't trust the L leg, weight stays on the R, L knee snaps back.
            L-leg stance 5 s (2 s at re-eval); R foot to the plate 6 of 8 without touching the counter
            """,
            ["I69.354", "R26.89"], [PTA("97112", 19)], []),

        // Westport: "a private session: Mrs. Whitcomb was my sole patient for the entire neuromuscular block (her housekeeper was working in the kitchen)"; rhythmic stabilisation in half-kneeling, PNF chops and lifts; trunk postural control after a fusion; seconds; 24 matches: passes.
        ["v1-h76-saugatuck-westport-sole-patient-housekeeper-in-kitchen"] = new(
            """
            SAUGATUCK CONCIERGE PHYSICAL THERAPY · Home session, Westport
            Client: Mrs. Whitcomb — lumbar fusion in the spring.
            As at every visit, this was a private session: Mrs. Whitcomb was my sole patient for the entire neuromuscular block (her housekeeper was working in the kitchen).
            Neuromuscular re-education (97112), 24 minutes, on a yoga mat in the sunroom:
            • rhythmic stabilization in half-kneeling, alternating pushes at the shoulders and pelvis with her hands on a dowel
            • PNF chops and lifts from half-kneeling, then standing
            • single-leg stance reaching a foot toward cones set on the terrace step
            Why: trunk and hip postural control since the fusion — she sways and steps when she reaches to deadhead the roses, and lost her balance on the terrace step in August.
            Objective: half-kneel hold under rhythmic stabilization 40 s each side (L 15 s at evaluation); single-leg stance R 12 s, L 9 s.
            """,
            ["Z98.1", "R26.81"], [PT("97112", 24)], []),

        // Seventh Ward: "Me and Miss Loretta, one-on-one in her front room for all of the 97112", grandson in the kitchen (not a patient); VOR x1 to a prayer card, head turns down the shotgun hall; R vestibular hypofunction; seconds and DGI; 21 matches: passes.
        ["v1-h76-esplanade-me-and-miss-loretta-front-room"] = new(
            """
            ECTG · Community Visit (Part B) · Seventh Ward
            Who was there: Miss Loretta; grandson Dante in the kitchen (not a patient).
            Me and Miss Loretta, one-on-one in her front room for all of the 97112.
            What we did (97112, 21 min):
              VOR x1 — head turns side to side keeping her eyes on the St. Jude prayer card taped to the armoire, sitting then standing
              walking the length of the shotgun hall turning her head toward the photographs on each wall
            What we saw: R vestibular hypofunction after the neuritis in the fall — the room swims when she turns her head fast; drifts R in the hall.
            Numbers: VOR x1 standing 35 s before symptoms (12 s at eval); DGI 17/24
            """,
            ["H81.21", "R26.81"], [PT("97112", 21)], []),

        // Carmichael PTA "had Mrs. Delgado and Mr. Huang (also on our caseload) in the fitness room at the same time … then they swapped": another patient in the block; foam stance and hurdles; chemo neuropathy; seconds and k of 10 present: one-on-one missing.
        ["v1-h76-capitol-carmichael-pta-two-in-the-fitness-room"] = new(
            """
            CCMT · Mobile Visit (POS 12) · Parkview Terrace Senior Apts, Carmichael — building fitness room
            PTA. Had Mrs. Delgado and Mr. Huang (also on our caseload) in the fitness room at the same time — she was on the foam pad while he did the step-overs, then they swapped.
            Mrs. Delgado — 97112 · 18 min
              foam-pad stance feet together, eyes open then closed
              stepping over the two mini hurdles from my car kit, forward and sideways
            Reduced sensation in both feet (chemo neuropathy) — sways on soft ground, catches her toe on the hallway carpet seams
            Foam, eyes closed 6 s; hurdles 8 of 10 clean
            """,
            ["G62.0", "R26.81"], [PTA("97112", 18)], [At(OneOnOne, "97112")]),

        // New Braunfels Thursday balance group, "five residents, one PT (me); this resident is one of the five": not one-on-one; chair-back weight shifts, tandem, marching with head turns; postural control turning to sit; seconds and steps present: one-on-one missing.
        ["v1-h76-cypress-new-braunfels-thursday-balance-group"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record
            Community: Live Oak Landing — New Braunfels · Activity room
            Thursday balance group: five residents, one PT (me); this resident is one of the five.
            97112 · 25 min
              weight shifts holding the chair backs, front/back and side to side, then hands off
              tandem stance at the chair backs; marching in place with head turns to call out the colors on the bingo board
            Resident: postural control — loses her balance turning to sit, bumped into the armchair twice this month
            Tandem 6 s (R foot forward); marched 20 steps with head turns without touching the chair
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Murray City: no one-on-one statement, and partway through the PT "went back and helped him up off the commode" — her husband, also on the caseload — attending someone else in the block; sink weight shifts, rope-toy step-overs, eyes-closed stance; neuropathy; seconds and k of 10 present: one-on-one missing.
        ["v1-h76-clearcreek-murray-city-helped-ray-off-the-commode"] = new(
            """
            Clear Creek House Call Therapy — home visit, Murray City
            june's balance work, 97112, 20 min, in the kitchen at the sink.
            weight shifts at the sink forward/back and side to side, then stepping over the beagle's rope toy laid on the linoleum, then standing feet together eyes closed with her fingers hovering over the sink edge.
            partway through ray (her husband — also on my caseload for his knee) hollered from the bathroom and i went back and helped him up off the commode; she kept doing the weight shifts at the sink till i got back.
            why: both feet numb (neuropathy) — feels for the floor w/ her eyes, wobbles in the dark.
            feet together eyes closed 10 s (4 s at eval). stepped over the toy 9 of 10 w/o touching the sink.
            — D. Kessler, PT
            """,
            ["G62.9", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Gentilly PTA: "Mrs. Batiste from the other side of the double (also an ECTG patient) came over and did the drills beside her": another patient in the block; porch-rail side-stepping and backward walking, blanket reaches; slow hip and ankle strategy after a hip fracture; steps present: one-on-one missing.
        ["v1-h76-esplanade-gentilly-neighbor-from-the-other-side-of-the-double"] = new(
            """
            ECTG · Community Visit (Part B) · Gentilly
            Who was there: Mrs. Jackson; Mrs. Batiste from the other side of the double (also an ECTG patient) came over and did the drills beside her on the porch.
            What we did (PTA, 97112, 17 min):
              side-stepping and backward walking along the porch rail
              standing on the folded moving blanket, reaching to clothespins on the rail
            What we saw: Mrs. Jackson — hip and ankle strategies slow since the L hip fracture; loses it backward coming down off the porch
            Numbers: backward walk 10 steps without the rail (4 at eval)
            """,
            ["S72.002D", "R26.81"], [PTA("97112", 17)], [At(OneOnOne, "97112")]),

        // New Canaan, housekeeper spotting on the stairs: nothing states one-on-one; shoulder displacements with a recovery step, big-step turns around the umbrella stand, dual-task walking; retropulsion and freezing on turns; k of 10 and turn steps present: one-on-one missing.
        ["v1-h76-saugatuck-new-canaan-housekeeper-spotting-never-stated"] = new(
            """
            SAUGATUCK CONCIERGE PHYSICAL THERAPY · Home session, New Canaan
            Client: Mr. Aldridge — Parkinson's; his housekeeper, Rosa, spotted from behind on the stairs.
            Neuromuscular re-education (97112), 22 minutes:
            • compensatory stepping: I displaced him at the shoulders forward and back and he took a large step to recover
            • turning around the umbrella stand in the front hall with big steps, both directions
            • walking the back hall counting backward by sevens
            Why: postural instability (retropulsion) and freezing on turns — two falls in the front hall since June.
            Objective: recovered with one large step on 6 of 10 backward pushes (2 of 10 at evaluation); 360° turn in 7 steps.
            """,
            ["G20.A2", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Kerrville chapel chair-exercise group of six: 97110 has no one-on-one check; cuff knee extension, marching, sit-to-stand, band rows with doses; quad and hip weakness with a dining-chair goal; 20 matches: passes.
        ["v1-h76-cypress-kerrville-chapel-chair-group-97110"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record
            Community: Live Oak Landing — Kerrville · Chapel (chair exercise group, six residents, led by PT)
            This resident — 97110 · 20 min
              seated knee extension with a 2-lb cuff 2 x 12 each
              seated marching 2 x 20
              sit-to-stand from the chapel chair, arms crossed, 2 x 8
              seated rows with the red band 2 x 15
            Weak quads and hips since the hospital stay; goal: up from the dining-room chair without pushing on the table
            """,
            ["M62.81", "R53.81"], [PT("97110", 20)], []),

        // Tremé, daughter and an agency aide present, nothing said about one-on-one: 97530 has no such check; grocery-sack stair trips, car transfers at the curb, trash can to the curb; R knee after TKA; trips and SBA; 22 matches: passes.
        ["v1-h76-esplanade-treme-97530-daughter-and-aide"] = new(
            """
            ECTG · Community Visit (Part B) · Tremé
            Who was there: Mr. Alcide; his daughter Nadine; the home aide from the agency.
            What we did (97530, 22 min):
              up and down the six front steps carrying the grocery sack in his free hand, rail on the R, x 3
              getting in and out of Nadine's car at the curb — back up, sit, swing the legs in — x 4
              rolling the trash can from the side alley out to the curb and back, x 2
            What we saw: R knee weak and stiff since the TKA; can't carry anything up the steps, goes up one foot at a time
            Numbers: steps step-over-step with the sack on the last 2 of 3 trips; car transfers with SBA from Nadine
            """,
            ["Z96.651", "Z47.1"], [PT("97530", 22)], []),

        // Nelsonville contract OT: "OT and pt one to one at her kitchen table for the whole 97112"; mirror box and forearm weight bearing; R hemiparesis, hand won't open; k of 10 and Box and Block; 20 matches: passes.
        ["v1-h76-clearcreek-ot-one-to-one-at-the-kitchen-table"] = new(
            """
            Clear Creek House Call Therapy — OT home visit, Nelsonville
            OT and pt one to one at her kitchen table for the whole 97112 (20 min); her son was out feeding the chickens.
            mirror therapy: mirror box on the table, R hand hidden behind it, moving the L while she watched the reflection — finger spreads, wrist extension, reaching for a canning lid — then both hands together
            then weight bearing through the R forearm on the table while reaching across w/ the L
            why: R hemiparesis since the stroke in march — R hand won't open on its own, can't get it flat on the table
            R finger extension on the mirror cue 6 of 10 (1 of 10 at eval); Box and Block R 9, L 48
            — T. Shafer, OTR/L
            """,
            ["I69.351"], [OT("97112", 20)], []),

        // Darien two-code visit: "She was my only client in the house for the whole visit; I worked with her one-on-one throughout"; 97112 16 and 97110 12 match; disc stance, step-downs, ball catches; bridges, wall sits, step-ups with doses; knee proprioception after TKA; seconds and k of 10: passes.
        ["v1-h76-saugatuck-darien-only-client-both-codes"] = new(
            """
            SAUGATUCK CONCIERGE PHYSICAL THERAPY · Home session, Darien
            Client: Mrs. Pruett — R total knee in March; Mr. Pruett was out at the club. She was my only client in the house for the whole visit; I worked with her one-on-one throughout.
            Neuromuscular re-education (97112) — 16 minutes: single-leg stance on the R on a balance disc at the kitchen island; step-downs off the back-stair landing with the knee over the second toe; catching a tennis ball standing on the disc.
            Therapeutic exercise (97110) — 12 minutes: bridges 3 x 12; wall sits 3 x 30 s; step-ups onto the bottom stair 2 x 12.
            Why: R knee proprioception and quad control since the replacement — the knee wobbles on the step-down and she can't stand on the R long enough to step into the launch.
            Objective: R single-leg stance on the disc 14 s (5 s three weeks ago); 8 of 10 step-downs with the knee tracking.
            """,
            ["Z96.651", "Z47.1"], [PT("97112", 16), PT("97110", 12)], []),

        // ---------------------------------------------------------------- class 2: checkbox, radio-button, grid and template states

        // Capitol app "1:1 ● Yes ○ No": one-on-one; corridor tandem with head turns to the door plates, stop on command, around the housekeeping cart; bilateral vestibular loss; FGA; 21 matches: passes.
        ["v2-h76-capitol-app-one-to-one-yes"] = new(
            """
            CCMT · Mobile Visit
            Site        ○ Home   ● Senior apt   ○ ALF        POS 12
            1:1         ● Yes    ○ No
            Pets        ● secured (cat shut in the bedroom)
            Devices     ● rollator   ○ cane   ○ none
            97112 · 21 min
              tandem walking the corridor to the trash chute, turning her head to read the name plates on the doors
              stopping on command mid-stride; stepping around the housekeeping cart
            Bilateral vestibular loss after IV gentamicin last year — the hallway bounces when she walks; drifts whenever she looks side to side
            FGA 18/30 (13/30 at eval)
            """,
            ["H81.93", "R26.81"], [PT("97112", 21)], []),

        // Capitol app "1:1 ○ Yes ○ No", neither selected, IHSS provider present, nothing else states it: never stated; L-leg stance with coaster taps, weight shifts, paused marching; L hemiparesis; seconds and k of 10 present: one-on-one missing.
        ["v2-h76-capitol-app-one-to-one-neither"] = new(
            """
            CCMT · Mobile Visit
            Site        ○ Home   ● Senior apt   ○ ALF        POS 12
            1:1         ○ Yes    ○ No
            Caregiver   ● present (IHSS provider)
            97112 · 20 min
              L-leg stance at the kitchen counter tapping the R foot to three coasters; lateral weight shifts onto the L; slow marching with a pause on the L
            L hemiparesis since the R CVA — L knee buckles in stance, leans R over the rollator
            L-leg stance 3 s (0 at eval); 7 of 10 coaster taps without the counter
            """,
            ["I69.354", "R26.89"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // San Marcos PTA record "Delivery mode: (X) Individual (one resident, one therapist)": one-on-one; bedside reaches with trunk righting, rhythmic stabilisation at the dresser; trunk postural control after a T12 fracture; inches and seconds; 20 matches: passes.
        ["v2-h76-cypress-delivery-individual-checked"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record (PTA)
            Community: Live Oak Landing — San Marcos     Tx location: (X) apt  ( ) therapy room  ( ) courtyard
            Delivery mode: (X) Individual (one resident, one therapist)   ( ) Group       Staff present: none
            97112 · 20 min
              sitting on the edge of the bed: reaching outside her base for the pill cup on the nightstand, trunk righting back to center
              standing: rhythmic stabilization at the dresser, alternating pushes at the shoulders
            Impairment addressed: trunk postural control after the T12 compression fracture — slumps and tips sideways reaching from the bed
            Sitting reach 10 in. outside her base without a hand down (4 in. at eval); held against stabilization 20 s
            """,
            ["M80.08XD", "R26.81"], [PTA("97112", 20)], []),

        // Fredericksburg record "(X) Group — courtyard walking group, 4 residents": not one-on-one; planter obstacle loop, head turns at the feeder, stop on a clap, hose step-overs; dual-task postural control; laps and k of 10 present: one-on-one missing.
        ["v2-h76-cypress-delivery-group-checked"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record
            Community: Live Oak Landing — Fredericksburg     Tx location: ( ) apt  ( ) therapy room  (X) courtyard
            Delivery mode: ( ) Individual (one resident, one therapist)   (X) Group — courtyard walking group, 4 residents
            97112 · 22 min
              obstacle walking around the planters and the bird bath, then walking with head turns to name the birds at the feeder
              stop-and-go on my clap; stepping up and over the garden hose
            Impairment addressed: dual-task postural control — slows and veers when talking, tripped on the courtyard pavers in May
            Obstacle loop 2 laps without touching a planter (0 at eval); stopped within 2 steps on 8 of 10 claps
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Boerne record "Impairment addressed: ____" left blank and nothing else names a deficit or system; bath-mat eyes-closed stance, grout-line heel-to-toe, looking over each shoulder; Individual checked; seconds: deficit missing.
        ["v2-h76-cypress-impairment-addressed-blank"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record
            Community: Live Oak Landing — Boerne     Tx location: (X) apt  ( ) therapy room  ( ) courtyard
            Delivery mode: (X) Individual (one resident, one therapist)   ( ) Group
            Impairment addressed: ______________________
            97112 · 18 min
              standing on the folded bath mat eyes closed at the bathroom grab bar; heel-to-toe along the grout line in the hall; turning to look over each shoulder standing on the mat
            Tandem on the grout line 7 s; bath mat eyes closed 11 s
            Pendant on; walker parked at the door.
            """,
            ["R26.81"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // New Straitsville PTA car-kit grid with no band, cuff weight or sets x reps filled in; home-program exercises named; L hip weakness after a fracture with a porch-step goal; no dose or number but the code's: measure missing.
        ["v2-h76-clearcreek-car-kit-grid-blank"] = new(
            """
            Clear Creek House Call Therapy — home visit, New Straitsville
            car kit used:  ☐ yellow band  ☐ red band  ☐ green band   cuff wt ___ lb   folding step ☐
            sets x reps: ___
            went through his home program w/ him at the kitchen table: bridges on the bed, clamshells, seated kicks, standing marching at the counter, sit-to-stand from the kitchen chair.
            why: L hip weak since the hip fracture — can't get up the porch step without pulling on the post.
            97110, 19 min
            — J. Miller, PTA
            """,
            ["S72.002D", "M62.81"], [PTA("97110", 19)], [At(Measure, "97110")]),

        // Mid-City "Where we worked: ☑ front steps ☑ hall ☑ sidewalk" above a filled gait grid: quad cane, distances, the seven front steps, CGA → SBA; L foot drop and buckling knee after a stroke; 18 matches: passes.
        ["v2-h76-esplanade-where-we-worked-gait-grid"] = new(
            """
            ECTG · Community Visit (Part B) · Mid-City
            Where we worked:  ☑ front steps  ☑ hall  ☑ sidewalk  ☐ yard
            Gait (97116, 18 min)
              Device: quad cane, R hand
              Distance: front room → kitchen and back 4 x 45 ft; sidewalk to the corner and back 2 x 150 ft
              Steps: the seven front steps, rail on the L going up, step-to, x 2
              Assist: CGA on the steps → SBA on the sidewalk
            What we saw: L foot drop and a L knee that buckles since the stroke — toe catches on the sidewalk cracks
            """,
            ["I69.354", "M21.372"], [PT("97116", 18)], []),

        // Saugatuck visit record with the gait boxes unticked and "Gait training per plan of care. Client tolerated well; will continue.": no technique, deficit or measure — wholly generic.
        ["v2-h76-saugatuck-gait-boxes-unticked-generic"] = new(
            """
            SAUGATUCK CONCIERGE PHYSICAL THERAPY · Visit record
            Gait:  Device ☐ none ☐ cane ☐ walker     Surface ☐ indoor ☐ lawn ☐ gravel     Assist ☐ indep ☐ SBA ☐ CGA
            97116 — 16 minutes. Gait training per plan of care. Client tolerated well; will continue.
            """,
            ["R26.89"], [PT("97116", 16)],
            [At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // New Braunfels OT ADL grid with this week's and last week's assistance (tub bench CGA, long sponge SBA, reacher SBA, grab bar Mod I); R proximal humerus fracture limits reach and push-up; 24 matches: passes.
        ["v2-h76-cypress-ot-adl-grid-filled"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record (OT)
            Community: Live Oak Landing — New Braunfels     Tx location: (X) apt
            ADL                           Assist today         Last week
            Shower transfer (tub bench)   CGA                  Min A
            Washing lower legs            SBA (long sponge)    Min A
            LB dressing                   SBA w/ reacher       CGA
            Toilet transfer (grab bar)    Mod I                SBA
            97530 · 24 min — practiced each in her own bathroom and bedroom, clothed for the shower transfer
            Why: R proximal humerus fracture — can't raise the R arm past her chest or push up with it; afraid of the tub wall
            """,
            ["S42.201D", "Z91.81"], [OT("97530", 24)], []),

        // Capitol OT app "Tasks ● microwave meal ● laundry" with "Assist ___" blank; soup on the rollator seat, laundry to the laundry room; COPD breathlessness carrying; no count, level or number but the code's: measure missing.
        ["v2-h76-capitol-ot-assist-row-blank"] = new(
            """
            CCMT · Mobile Visit · OT
            Tasks    ● microwave meal   ● laundry to the room down the hall   ○ bed making
            Assist   ___
            97530 · 20 min
              heated soup in the microwave and carried it to the table on the rollator seat; loaded her laundry basket onto the rollator, pushed it down the hall to the laundry room and loaded the washer
            Why: COPD — gets short of breath and has to stop halfway with anything she carries; has been skipping lunch
            """,
            ["J44.9", "R53.81"], [OT("97530", 20)], [At(Measure, "97530")]),

        // Logan before-and-after vitals box above ther-ex doses (recliner sit-to-stand, marching, folding-step step-ups, heel raises); heart failure with a mailbox goal; 18 matches: passes.
        ["v2-h76-clearcreek-vitals-box-and-doses"] = new(
            """
            Clear Creek House Call Therapy — home visit, Logan
                    before    after
            BP      128/74    136/78
            HR      72        88
            SpO2    95%       93%
            ther ex 97110 — 18 min:
              sit-to-stand from the recliner w/ the foot rest down 3 x 6
              standing marching at the kitchen counter 2 x 20
              step-ups on my folding step 2 x 8 each
              heel raises 2 x 12
            why: heart failure — legs give out on the way back from the mailbox, sits on the porch glider to rest
            goal: walk to the mailbox at the end of the lane and back without sitting down
            — D. Kessler, PT
            """,
            ["I50.9", "R53.81"], [PT("97110", 18)], []),

        // Algiers "Treated individually (not alongside another patient): ✔": one-on-one; glider sitting reaches, porch-rail weight shifts and R-leg stance with cup taps; R hemiparesis; seconds and inches; 20 matches: passes.
        ["v2-h76-esplanade-treated-individually-check"] = new(
            """
            ECTG · Community Visit (Part B) · Algiers
            Treated individually (not alongside another patient): ✔
            Who was there: Mr. Celestine; his wife on the porch
            What we did (97112, 20 min):
              sitting balance on the edge of the porch glider — reaching outside his base to the wind chime, then down toward the floor
              standing at the porch rail: weight shifts onto the R leg, R-leg stance while he tapped the L foot on a paper cup
            What we saw: R hemiparesis after the stroke — poor R weight acceptance, trunk sags to the R when he reaches
            Numbers: R-leg stance 4 s (1 s at eval); reach 9 in. past his R knee without a hand down
            """,
            ["I69.351", "R26.89"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 3: named programmes, protocols and devices as techniques

        // Holy Cross Tai Ji Quan: Moving for Better Balance forms 1–4 and Repulse Monkey backward stepping, "one-on-one with me on her porch the whole 97112"; slow postural responses after levee-path falls; TUG and forms; 22 matches: passes.
        ["v3-h76-esplanade-tai-ji-quan-on-the-porch"] = new(
            """
            ECTG · Community Visit (Part B) · Holy Cross
            Who was there: Miss Odile, by herself — one-on-one with me on her porch the whole 97112
            What we did (97112, 22 min):
              Tai Ji Quan: Moving for Better Balance — forms 1 through 4 with the mirroring drills; then "Repulse Monkey" backward stepping on its own, slow
            What we saw: slow, stiff postural responses and fear of falling after two falls on the levee path — steps out when she shifts her weight back
            Numbers: TUG 13.4 s (16.9 s at eval); forms 1–4 without a stagger
            """,
            ["R29.6", "Z91.81"], [PT("97112", 22)], []),

        // Greenwich 97140 on a portable table in the library: Graston along the wrist extensors, Mulligan lateral-glide MWM with grip; R lateral epicondylalgia, paddle and wine bottle; pain-free grip in kg; 13 matches: passes.
        ["v3-h76-saugatuck-greenwich-graston-and-mulligan-elbow"] = new(
            """
            SAUGATUCK CONCIERGE PHYSICAL THERAPY · Home session, Greenwich
            Client: Mr. Fenwick — R lateral elbow pain; can't grip his platform-tennis paddle or pull the cork from a wine bottle.
            Manual therapy (97140), 13 minutes, on my portable table in the library:
            • Graston instrument-assisted soft-tissue mobilisation along the R wrist extensors
            • Mulligan mobilisation with movement: lateral glide of the forearm held while he squeezed the grip ball
            Why: R lateral epicondylalgia — pain and weakness in grip.
            Objective: pain-free grip on the dynamometer 19 kg before, 26 kg with the lateral glide held and 24 kg after (L 38 kg).
            """,
            ["M77.11"], [PT("97140", 13)], []),

        // Kerrville NDT/Bobath handling at the pelvis and L hip, facilitated sit-to-stand and step-through, Individual checked; L hemiparesis with knee hyperextension; two-scale loading % and k of 10; 23 matches: passes.
        ["v3-h76-cypress-kerrville-ndt-handling-two-scales"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record
            Community: Live Oak Landing — Kerrville     Tx location: (X) therapy room (the old card room)
            Delivery mode: (X) Individual (one resident, one therapist)   ( ) Group
            97112 · 23 min
              NDT/Bobath handling: key points at the pelvis and L hip facilitating weight shift onto the L in standing; facilitated sit-to-stand with equal loading; step-through with the R while I guided the L knee
            Impairment addressed: L hemiparesis after R CVA — loads only the R leg, L knee hyperextends, pelvis drops back on the L
            Standing on two bathroom scales: L 38% of body weight (24% at eval); 6 of 10 step-throughs with no L knee snap
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // Elk Grove U-Step walker with its laser line down the corridor and through the elevator and mailroom doors; freezing at doorways in PD; distance, SBA and freezes counted; 17 matches: passes.
        ["v3-h76-capitol-elk-grove-u-step-laser-line"] = new(
            """
            CCMT · Mobile Visit (POS 12) · Oak Grove Senior Apts, Elk Grove
            97116 · 17 min
              U-Step walker with its laser line on — stepping over the red line each step down the 3rd-floor corridor, 4 x 90 ft
              through the elevator door and the mailroom door with the laser, then without it
              SBA; 1 freeze at the elevator without the laser, none with it
            Freezes at doorways and the elevator threshold (Parkinson's); short shuffling steps without a cue
            """,
            ["G20.A2", "R26.89"], [PT("97116", 17)], []),

        // Gore contract OT, modified constraint-induced therapy with a mitt on the L: jar-ring stacking, snapping beans, seed-catalog pages; R hemiparesis; seconds and counts; 21 matches: passes.
        ["v3-h76-clearcreek-gore-ot-cimt-mitt"] = new(
            """
            Clear Creek House Call Therapy — OT home visit, Gore
            modified constraint-induced: mitt on her L hand the whole session; shaping tasks w/ the R at the kitchen table —
              stacking canning-jar rings onto the paper towel holder, 20 rings
              snapping green beans from the garden into the bowl, 15 beans
              turning the pages of the seed catalog one at a time
            97530, 21 min
            R hemiparesis since the stroke — R hand slow and clumsy, she just uses the L for everything
            rings stacked 20 in 95 s (150 s last week); beans 15 with 2 dropped
            — T. Shafer, OTR/L
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // Weston OT with the SaeboGlove at a fly-tying bench: spool grasp-release, pen to pocket, holding the vise lever; R flexor tone, weak finger extension; k of 15 and k of 5; 20 matches: passes.
        ["v3-h76-saugatuck-weston-ot-saeboglove-fly-tying-bench"] = new(
            """
            SAUGATUCK CONCIERGE PHYSICAL THERAPY · Occupational therapy home session, Weston
            Client: Mr. Van Duyn — R hemiparesis after a L MCA stroke in January; he wants to tie his own flies again.
            Therapeutic activities (97530), 20 minutes, at his fly-tying bench with the SaeboGlove on the R hand:
            • grasp and release of wooden spools into the tackle tray
            • picking up a pen and clipping it into his shirt pocket
            • holding the vise lever steady while his L hand wound the thread
            Why: R hand flexor tone with weak finger extension — he can't open the hand to let go.
            Objective: spools released into the tray 12 of 15 (5 of 15 without the glove); pen to pocket 4 of 5.
            """,
            ["I69.351"], [OT("97530", 20)], []),

        // Rockbridge Go4Life booklet on the living-room rug (wall push-ups, chair stands, side leg raises, can curls, toe stands) with form corrected, weak arms and legs after pneumonia and a cellar-steps goal — no dose or number but the code's: measure missing.
        ["v3-h76-clearcreek-rockbridge-go4life-booklet-no-dose"] = new(
            """
            Clear Creek House Call Therapy — home visit, Rockbridge
            went over her Go4Life booklet with her on the living room rug: wall push-ups, chair stands, side leg raises holding the back of the couch, arm curls with soup cans, toe stands at the counter. watched each one and fixed her form.
            why: arms and legs weak since the winter in bed with pneumonia; wants to get back to carrying her own laundry down the cellar steps.
            97110, 18 min
            — D. Kessler, PT
            """,
            ["M62.81", "R53.81"], [PT("97110", 18)], [At(Measure, "97110")]),

        // Bywater VOR x2 with the Saints schedule magnet sitting, standing and on a cushion, sidewalk walking reading signs with head turns, "just us in his kitchen — one-on-one"; L labyrinthitis; seconds and DGI; 19 matches: passes.
        ["v3-h76-esplanade-bywater-vor-x2-saints-magnet"] = new(
            """
            ECTG · Community Visit (Part B) · Bywater
            Who was there: Mr. Fontenot; just us in his kitchen — one-on-one
            What we did (97112, 19 min):
              VOR x2: his head and the Saints schedule magnet moving opposite ways, sitting, then standing, then standing on the couch cushion
              walking the sidewalk in front of the house turning his head to read the signs on the corner store
            What we saw: L vestibular hypofunction after labyrinthitis — dizzy and veering when he turns his head; afraid to ride the bus to Mass
            Numbers: VOR x2 standing 25 s to symptoms (8 s at eval); DGI 15/24
            """,
            ["H83.02", "R26.81"], [PT("97112", 19)], []),

        // West Sacramento Mulligan SNAGs into R rotation, levator STM, upper-thoracic PAs in sitting; neck stiffness, can't check over her shoulder backing out of the carport; rotation degrees; 12 matches: passes.
        ["v3-h76-capitol-west-sac-mulligan-snags"] = new(
            """
            CCMT · Mobile Visit (POS 12) · Riverside Senior Apts, West Sacramento
            97140 · 12 min (seated on her dining chair)
              Mulligan SNAGs C5-6 into R rotation, 3 x 6 with her active turn
              STM R upper trap and levator
              sustained upper-thoracic PAs gr III in sitting, leaning forward on a pillow on the table
            Neck stiff and painful turning R — can't check over her shoulder backing out of the carport; stopped driving to church
            Cervical rotation R 45° → 58°; L 66°
            """,
            ["M54.2", "M47.812"], [PT("97140", 12)], []),

        // Boerne folding mini-hurdles from the car in the hallway, stop-and-turn, Individual checked, foot clearance and slow stepping reactions; "Did better than last visit. Will time her next week." — no number but the code's: measure missing.
        ["v3-h76-cypress-boerne-hurdles-from-the-car-no-number"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record
            Community: Live Oak Landing — Boerne     Tx location: (X) hallway outside her apartment
            Delivery mode: (X) Individual (one resident, one therapist)   ( ) Group
            97112 · 20 min
              the folding mini-hurdles from my car set up in the hall: stepping over forward and sideways, then stepping over while turning her head to the handrails
              stop-and-turn between hurdles on my call
            Impairment addressed: foot clearance and stepping reactions — catches her toe on the hall carpet transitions, slow to catch herself
            Did better than last visit. Will time her next week.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Laurelville Super Pole by the bed: rolling and sitting up on the pole, sit-to-stand to the commode, back into bed, counts and SBA; R TKA and weak legs, can't get up at night; 22 matches: passes.
        ["v3-h76-clearcreek-laurelville-super-pole-bed-transfers"] = new(
            """
            Clear Creek House Call Therapy — home visit, Laurelville
            ray's son put up the floor-to-ceiling transfer pole (Super Pole) by the bed this week. practiced w/ it:
              rolling to the L and sitting up using the pole, x 5
              sit-to-stand from the edge of the bed hands on the pole, turning to the bedside commode and back, x 5
              getting back into bed legs first, x 3
            97530, 22 min
            why: R TKA + weak legs — can't get out of bed at night without waking june to pull him up
            sit-to-stand at the pole w/ SBA 5 of 5; rolling and sitting up w/o june's help 4 of 5
            — D. Kessler, PT
            """,
            ["Z96.651", "M62.81"], [PT("97530", 22)], []),

        // Seventh Ward PNF chops and lifts with a dish towel, D2 flexion to the top cabinet, rhythmic stabilisation, "One-on-one with him the whole 97112" with a niece in the next room; R hemiparesis; functional reach cm and seconds; 21 matches: passes.
        ["v3-h76-esplanade-pnf-chops-lifts-dish-towel"] = new(
            """
            ECTG · Community Visit (Part B) · Seventh Ward
            Who was there: Mr. Pierre; his niece in the next room. One-on-one with him the whole 97112.
            What we did (97112, 21 min):
              PNF chops and lifts holding a dish towel in both hands, sitting on the kitchen chair, then standing at the counter
              D2 flexion patterns with the R arm reaching to the top cabinet
              rhythmic stabilization at the shoulders in standing
            What we saw: R hemiparesis since the stroke in the summer — trunk leans L, can't reach up with the R without losing his balance
            Numbers: functional reach 19 cm (11 cm at eval); held against stabilization 30 s
            """,
            ["I69.351", "R26.89"], [PT("97112", 21)], []),

        // Southport 97140 11 (Maitland grade IV posterior hip glides, belt distraction, MWM) and 97110 15 (hip flexor stretch, banded bridges, garden-wall step-ups) match; R hip OA with a swim-platform and sock limit; degrees: passes.
        ["v3-h76-saugatuck-southport-maitland-hip-and-te"] = new(
            """
            SAUGATUCK CONCIERGE PHYSICAL THERAPY · Home session, Southport
            Client: Mr. Lindqvist — R hip osteoarthritis; can't get his R foot up onto the boat's swim platform or reach to put on his R sock.
            Manual therapy (97140) — 11 minutes, portable table in the guest room: Maitland grade IV posterior glides of the R hip; long-axis distraction with the mobilisation belt; hip flexion mobilisation with movement.
            Therapeutic exercise (97110) — 15 minutes: half-kneeling hip flexor stretch 3 x 30 s; supine bridges with a band at the knees 3 x 12; step-ups onto the garden wall 2 x 10.
            Objective: R hip flexion 96° → 108°; IR 12° → 18°.
            """,
            ["M16.11"], [PT("97140", 11), PT("97110", 15)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Citrus Heights: veers into the corridor wall and grabs the rail turning her head to greet neighbours, steps back looking up at the mailboxes — the finding; "one-on-one, just her and me in the corridor"; head-turn walking, VOR x1; k of 10 and feet; 22 matches: passes.
        ["v4-h76-capitol-veers-into-the-corridor-wall"] = new(
            """
            CCMT · Mobile Visit (POS 12) · Sunrise Oaks Senior Apts, Citrus Heights
            Veers into the wall walking the corridor and grabs the handrail whenever she turns her head to say hello to a neighbor; can't look up at the top mailboxes without stepping back.
            97112 · 22 min · one-on-one, just her and me in the corridor
              walking the corridor with head turns side to side, then up and down; stopping to look up at the top-row mailboxes and back down
              gaze stabilization VOR x1 to a sticker on the mailroom wall, standing
            Looked up at the mailboxes 10 times with a step back on only 2 (7 of 10 at eval); walked the corridor with head turns 80 ft without touching the rail
            """,
            ["H81.22", "R26.81"], [PT("97112", 22)], []),

        // Nelsonville garden: once on his knees he crawls to the fence post to haul himself up, once couldn't and the neighbour was called — the finding; half-kneel to both knees with the hoe handle, up from the cart handle, weed-bucket carries; counts, feet and SBA; 20 matches: passes.
        ["v4-h76-clearcreek-crawls-to-the-fence-post"] = new(
            """
            Clear Creek House Call Therapy — home visit, Nelsonville
            can't get down to weed the tomato rows anymore — once he's on his knees he has to crawl to the fence post and haul himself up, and last time he couldn't and his wife had to call the neighbor.
            97530, 20 min, out in the garden:
              half-kneel to both knees at the row and back up using the hoe handle planted in front of him, x 6
              up from both knees using the garden cart handle, x 4
              carrying the bucket of weeds to the compost pile, 40 ft, x 3
            up from the ground using the hoe handle w/o the fence 5 of 6; cart handle w/ SBA
            — D. Kessler, PT
            """,
            ["M17.0", "M62.81"], [PT("97530", 20)], []),

        // San Marcos PTA: rocks three times and pushes on the table to get up from her dining chair, waits for the aide at bingo — the finding; recliner sit-to-stand, cuff knee extension, bridges, hip extension with doses; 16 matches: passes.
        ["v4-h76-cypress-rocks-to-get-up-from-the-dining-chair"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record (PTA)
            Community: Live Oak Landing — San Marcos
            Rocks three times and pushes on the table to get up from her dining-room chair — her legs won't do it alone; at bingo she waits for the aide to help her up.
            97110 · 16 min
              sit-to-stand from her recliner, arms crossed, 3 x 6
              seated knee extension with the 3-lb cuff 2 x 12 each
              bridges on the bed 2 x 10
              standing hip extension holding the dresser 2 x 10 each
            """,
            ["M62.81", "M17.0"], [PTA("97110", 16)], []),

        // Tremé: pulls herself up the front steps hand over hand, both feet on every step, R knee won't bend to clear, comes down backward — the finding; step-to and reciprocal stair training, sidewalk to the bus-stop bench with distance and SBA; 16 matches: passes.
        ["v4-h76-esplanade-hand-over-hand-up-the-front-steps"] = new(
            """
            ECTG · Community Visit (Part B) · Tremé
            What we saw first: she pulls herself up the front steps hand over hand on the rail, both feet on every step, the R knee won't bend enough to clear the next one; comes down backward.
            What we did (97116, 16 min):
              the front steps with the rail and the cane, step-to — up leading with the L, down leading with the R — x 3
              then step-over-step on the bottom three with the rail
              walking the sidewalk to the bus stop bench and back, 2 x 120 ft, SBA
            """,
            ["Z96.651", "R26.89"], [PT("97116", 16)], []),

        // Westport: freezes halfway down the dock's gangway at low tide gripping both rails, steps wide and watches her feet on the lawn — the finding; "one-on-one; her husband watched from the terrace"; wobble board, half foam roller eyes closed, lawn-slope head turns; seconds and k of 5: passes.
        ["v4-h76-saugatuck-freezes-on-the-gangway"] = new(
            """
            SAUGATUCK CONCIERGE PHYSICAL THERAPY · Home session, Westport
            Client: Mrs. Carrington. She has stopped going down to the dock: the gangway moves under her at low tide and she freezes halfway, gripping both rails; on the lawn she steps wide and watches her feet the whole way — her balance depends on her eyes.
            Neuromuscular re-education (97112), 20 minutes — one-on-one; her husband watched from the terrace.
            • standing on the wobble board and then the half foam roller on the terrace, eyes on the horizon, then eyes closed
            • walking down the sloped lawn with head turns, then down the gangway at mid-tide with me guarding
            Objective: half foam roller, flat side down, eyes closed 12 s (4 s at evaluation); down the lawn slope with head turns without widening her steps on 4 of 5 passes.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], []),

        // Carmichael OT: can't lift a gallon of milk to the fridge's top shelf, the R shoulder hitches, quit hanging her blouses — the finding; towel wall walks, band retraction and ER, water-bottle flexion with doses; 17 matches: passes.
        ["v4-h76-capitol-ot-milk-wont-go-on-the-top-shelf"] = new(
            """
            CCMT · Mobile Visit · OT · Parkview Terrace, Carmichael
            Can't lift a gallon of milk to the top shelf of the fridge anymore — the R shoulder hitches up and she has to use both hands; quit hanging her blouses in the closet.
            OT 97110 · 17 min
              wall walks with a towel 2 x 10
              scapular retraction with the yellow band 2 x 15
              flexion to shoulder height holding a half-full water bottle 2 x 10
              ER with the band at her side 2 x 12
            """,
            ["M75.101", "M25.511"], [OT("97110", 17)], []),

        // Fredericksburg OT: dominoes slide out of her fingers at the Tuesday game, drops her pills, can't open the eye drops — the finding; dominoes into the rack, pill sorting, built-up cap; k of 20 and k of 3: passes.
        ["v4-h76-cypress-ot-dominoes-slide-out-of-her-fingers"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record (OT)
            Community: Live Oak Landing — Fredericksburg
            Can't pick the dominoes up off the table at the Tuesday game — they slide out of her fingers; drops her morning pills on the floor and can't get the cap off her eye drops.
            97530 · 19 min
              dominoes: picking them up off the table and standing them in the rack
              moving her pills from the organizer into the cup with a small spoon, then with her fingers
              opening and closing the eye-drop bottle with the built-up cap
            18 of 20 tiles into the rack without a drop; eye-drop cap off 3 of 3 with the built-up cap
            """,
            ["G62.9"], [OT("97530", 19)], []),

        // Murray City PTA: "no complaints today", stood in line at the fire-hall fish fry — sit-to-stand, step-ups, mini squats, band side-stepping with doses but no region, impairment or goal targeted: deficit missing.
        ["v4-h76-clearcreek-pta-no-complaints-fish-fry"] = new(
            """
            Clear Creek House Call Therapy — home visit, Murray City
            no complaints today. went to the fish fry at the fire hall saturday and stood the whole time in line. sleeping good, walking the dog every day.
            97110, 17 min:
              sit-to-stand 3 x 10
              step-ups on my folding step 3 x 10 each
              mini squats at the counter 2 x 15
              side-stepping w/ the green band 3 laps of the kitchen
            wants to go to every other week.
            — J. Miller, PTA
            """,
            ["M62.81"], [PTA("97110", 17)], [At(Deficit, "97110")]),

        // Mid-City: "Says she feels steady", walked the second line without her cane and took the bus alone; one-on-one; hall tandem with head turns, cushion eyes closed, cushion step-ons; seconds — no deficit or system targeted: deficit missing.
        ["v4-h76-esplanade-feels-steady-second-line"] = new(
            """
            ECTG · Community Visit (Part B) · Mid-City
            Who was there: Mrs. Thibodeaux; one-on-one in her front room.
            Says she feels steady. Walked the second line Sunday with her church without her cane and took the bus to Canal Street by herself.
            What we did (97112, 18 min):
              tandem walking the hall with head turns; standing on the couch cushion eyes closed; stepping onto and off the cushion in every direction on my call
            Numbers: tandem 30 s each way; cushion eyes closed 30 s; no misses on the cushion steps
            """,
            ["R26.81", "Z91.81"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Elk Grove: stops twice against the wall on the way to the mailroom, winded, steps shortening (COPD, oxygen at home) — the finding; rollator corridor bouts with pursed-lip breathing, distance and SpO2; 15 matches: passes.
        ["v4-h76-capitol-stops-twice-on-the-way-to-the-mailroom"] = new(
            """
            CCMT · Mobile Visit (POS 12) · Oak Grove Senior Apts, Elk Grove
            Has to stop and lean on the wall twice on the way to the mailroom, winded, and her steps get shorter the farther she goes (COPD; on 2 liters at home, walks on room air).
            97116 · 15 min
              rollator walking the corridor to the mailroom and back, 2 x 160 ft, pursed-lip breathing in rhythm with her steps, cue for a longer step
              one seated rest on the rollator between the bouts
              SpO2 90–94% on room air; no wall stops
            """,
            ["J44.9", "Z99.81", "R26.89"], [PT("97116", 15)], []),

        // Darien: can't get up out of the roadster's low seat without her husband pulling, drops the last few inches getting in — the finding; controlled lowering and forward-lean standing in the garage, garden bench; weak hip and knee extensors after an anterior THA; k of 5: passes.
        ["v4-h76-saugatuck-roadster-low-seat"] = new(
            """
            SAUGATUCK CONCIERGE PHYSICAL THERAPY · Home session, Darien
            Client: Mrs. Ashby. Can't get up out of the low seat of her husband's roadster without him pulling her by both hands, and she can't get down into it without dropping the last few inches.
            Therapeutic activities (97530), 21 minutes, in the garage:
            • backing to the seat, lowering with one hand on the door frame and one on the seat back, swinging the legs in together, x 5
            • scooting to the edge and standing with a forward lean, pushing on the door frame, x 5
            • the same from the low garden bench by the pool house, x 4
            Why: weak hip and knee extensors since the R anterior total hip in the spring.
            Objective: out of the roadster without her husband's hands 4 of 5; in with a controlled lower 5 of 5.
            """,
            ["Z96.641", "Z47.1"], [PT("97530", 21)], []),

        // Kerrville PTA: shuffles to the bistro with the walker far ahead, toes scuff, caught the walker on the doorframe — the finding; walker to the bistro with distance, step-into-the-walker and heel-strike cues, CGA → SBA; 14 matches: passes.
        ["v4-h76-cypress-pta-shuffles-to-the-bistro"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record (PTA)
            Community: Live Oak Landing — Kerrville
            Shuffles on the way to the bistro with her walker way out in front; her toes scuff the tile and she caught the walker on the dining-room doorframe twice this week.
            97116 · 14 min
              front-wheeled walker to the bistro and back, 2 x 200 ft, walker kept close — "step into the walker"; heel-strike cue
              through the dining-room double doors and around the tables
              CGA → SBA by the second trip
            """,
            ["R26.89", "M62.81"], [PTA("97116", 14)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // West Sacramento PTA 10-metre walk in the corridor in seconds and m/s; cane gait with a longer R step, heel first, fire door, distance and SBA; R hemiparetic gait; 16 matches: passes.
        ["v5-h76-capitol-pta-10-metre-walk-in-the-corridor"] = new(
            """
            CCMT · Mobile Visit (POS 12) · Riverside Senior Apts, West Sacramento · PTA
            10-metre walk in the 2nd-floor corridor (fire door to the elevator, taped last visit): 12.5 s = 0.80 m/s (0.58 m/s at eval)
            97116 · 16 min
              cane in the L hand, working on a longer R step and heel first; 4 x 100 ft; through the fire door and back
              SBA
            R hemiparetic gait after the stroke — R foot slaps, short L step, drifts toward the wall
            """,
            ["I69.351", "R26.89"], [PTA("97116", 16)], []),

        // McArthur SPPB 7/12 with its parts; kitchen-chair sit-to-stand, sink hip abduction, heel raises, folding-step step-ups with doses; hip and thigh weakness with a mailbox goal; 19 matches: passes.
        ["v5-h76-clearcreek-mcarthur-sppb-with-its-parts"] = new(
            """
            Clear Creek House Call Therapy — home visit, McArthur
            SPPB today 7/12 (balance 3, gait speed 2, chair stands 2) — was 4/12 at eval.
            ther ex 97110, 19 min:
              sit-to-stand from the kitchen chair 3 x 8
              standing hip abduction at the sink 2 x 12 each
              heel raises 2 x 15
              step-ups on my folding step 2 x 8 each
            why: hip and thigh weakness after the hospital stay; goal: back to walking to the end of the lane for the mail
            — D. Kessler, PT
            """,
            ["M62.81", "R53.81"], [PT("97110", 19)], []),

        // New Braunfels Berg 41/56 in her apartment, Individual checked; dresser turns, closet reaches feet together, tandem along the bed rail; postural control on turns after two falls; 21 matches: passes.
        ["v5-h76-cypress-berg-in-her-apartment"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record
            Community: Live Oak Landing — New Braunfels     Tx location: (X) apt
            Delivery mode: (X) Individual (one resident, one therapist)   ( ) Group
            Berg 41/56 (eval 34/56) — turning 360° and tandem still her lowest items
            97112 · 21 min
              quarter and half turns at the dresser, slow then quick; reaching to the closet shelf with feet together; tandem along the bed rail
            Impairment addressed: postural control on turns and on a narrow base — two falls turning at the closet
            """,
            ["R29.6"], [PT("97112", 21)], []),

        // Gentilly OT grip and lateral pinch on a portable dynamometer in kg; putty, bean-can wrist extension, rubber-band finger extension with doses; R hand weak after a wrist fracture, jar and dish rag; 16 matches: passes.
        ["v5-h76-esplanade-ot-grip-and-pinch"] = new(
            """
            ECTG · Community Visit (Part B) · Gentilly · OT
            Numbers: grip (portable dynamometer) R 12 kg, L 20 kg; lateral pinch R 3 kg (2 kg at eval)
            What we did (OT 97110, 16 min):
              squeezes and pinches with the soft putty 3 x 10
              wrist extension holding a can of red beans 2 x 12
              finger extension against a rubber band 3 x 10
            What we saw: R hand weak since the wrist fracture — can't open the coffee jar or wring out the dish rag
            """,
            ["S52.501D"], [OT("97110", 16)], []),

        // Old Greenwich DGI 16/24 with its weakest item; hallway and lawn head turns, VOR x1 at the garage wall, pivot turns, "one-on-one in the house and on the lawn"; L vestibular hypofunction; 22 matches: passes.
        ["v5-h76-saugatuck-old-greenwich-dgi"] = new(
            """
            SAUGATUCK CONCIERGE PHYSICAL THERAPY · Home session, Old Greenwich
            Client: Mr. Pell — L vestibular hypofunction after neuritis; dizzy turning to look at traffic on his morning walk.
            Objective: DGI 16/24 (11/24 at evaluation); gait with horizontal head turns still the weakest item.
            Neuromuscular re-education (97112), 22 minutes, one-on-one in the house and on the lawn:
            • walking the long hallway with horizontal and vertical head turns, then outside on the uneven lawn
            • gaze stabilization VOR x1 against the white wall of the garage
            • pivot turns on command on the driveway
            """,
            ["H81.22", "R26.81"], [PT("97112", 22)], []),

        // Carmichael MMT grades with plus and minus; side-lying abduction, bridges, counter hip extension, couch sit-to-stand with doses; R hip weakness after fracture with a Trendelenburg lurch; 15 matches: passes.
        ["v5-h76-capitol-carmichael-mmt-grades"] = new(
            """
            CCMT · Mobile Visit (POS 12) · Parkview Terrace, Carmichael
            MMT: hip abduction R 3+/5 → 4-/5; hip extension R 3/5 → 3+/5; knee extension R 4/5
            97110 · 15 min
              side-lying hip abduction 2 x 10
              bridges 2 x 12
              standing hip extension at the kitchen counter 2 x 10
              sit-to-stand from her couch 2 x 8
            R hip weak after the hip fracture — Trendelenburg lurch; can't stand on the R long enough to step into the tub
            """,
            ["S72.001D"], [PT("97110", 15)], []),

        // Boerne Tinetti POMA 19/28 with its parts; rollator to the dining room, door turns, courtyard ramp with distance and SBA; short shuffling steps and flexed trunk; 18 matches: passes.
        ["v5-h76-cypress-boerne-tinetti-poma"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record
            Community: Live Oak Landing — Boerne
            Tinetti POMA 19/28 (balance 11, gait 8) — eval 14/28
            97116 · 18 min
              rollator from her apartment to the dining room and back, 2 x 180 ft, cues for step length and to keep the rollator close
              turning at the dining room doors; the courtyard ramp up and down x 2
              SBA
            Short shuffling steps and a flexed trunk since the hospital stay; turns in many small steps
            """,
            ["R26.89", "M62.81"], [PT("97116", 18)], []),

        // Logan "one on one out on the porch, just her and me"; porch-rail weight shifts, cushion eyes closed, step-downs off the porch step; balance on uneven ground after a TIA; "steadier on the cushion than last week" — no number but the code's: measure missing.
        ["v5-h76-clearcreek-logan-steadier-no-number"] = new(
            """
            Clear Creek House Call Therapy — home visit, Logan
            one on one out on the porch, just her and me for the 97112 (19 min).
            weight shifts at the porch rail, then standing on the old couch cushion w/ eyes closed, then stepping down off the porch step and back up w/o the rail while i guarded.
            why: poor balance on uneven ground since the TIA — wobbles in the garden and on the gravel.
            she was steadier on the cushion than last week and didn't reach for the rail as much.
            — D. Kessler, PT
            """,
            ["Z86.73", "R26.81"], [PT("97112", 19)], [At(Measure, "97112")]),

        // Bywater PTA quad-cane walk down the shotgun hall, back porch and back steps with heel-first cues; R knee after TKA; "Looked more confident today; fewer stops." — no distance, assistance level or number but the code's: measure missing.
        ["v5-h76-esplanade-bywater-pta-gait-more-confident-no-number"] = new(
            """
            ECTG · Community Visit (Part B) · Bywater
            What we did (PTA, 97116, 15 min):
              walked the shotgun hall front to back and out onto the back porch with the quad cane, heel first on the R, a bigger step on the L; then down the back steps to the yard and back up with the rail
            What we saw: R knee stiff and weak after the TKA — short L step, the R knee stays bent
            Looked more confident today; fewer stops.
            """,
            ["Z96.651"], [PTA("97116", 15)], [At(Measure, "97116")]),

        // San Marcos OT bed making and towel folding to the closet shelf; L shoulder pain and weakness after a cuff tear; "More confident today; she says it's getting easier." — no count, level or number but the code's: measure missing.
        ["v5-h76-cypress-ot-bed-making-no-number"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record (OT)
            Community: Live Oak Landing — San Marcos     Tx location: (X) apt
            97530 · 18 min
              making her bed: pulling up the sheets and the quilt from both sides, tucking in, putting on the pillowcases
              folding towels standing at the counter and putting them up on the closet shelf
            Why: L shoulder pain and weakness after the rotator cuff tear — can't reach across the bed or up to the shelf
            More confident today; she says it's getting easier.
            """,
            ["M75.102"], [OT("97530", 18)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Elk Grove clock times per code (TE 9:12–9:25 = 13, GT 9:25–9:41 = 16, both match); sit-to-stand, counter abduction, heel raises with doses; rollator to the courtyard bench and curb with distance and SBA; weak hips and shuffling: passes.
        ["v6-h76-capitol-elk-grove-clock-times-per-code"] = new(
            """
            CCMT · Mobile Visit (POS 12) · Oak Grove Senior Apts, Elk Grove
            TE   97110   9:12–9:25
            GT   97116   9:25–9:41
            TE: sit-to-stand from the dining chair 3 x 8; standing hip abduction at the counter 2 x 12 each; heel raises 2 x 15
            GT: rollator down the corridor and through the lobby to the courtyard bench, 3 x 120 ft; the curb at the courtyard x 4; SBA
            Weak hips and a shuffling gait since the hospital stay; goal: the walk to the bus stop on Elk Grove Blvd
            """,
            ["M62.81", "R26.89"], [PT("97110", 13), PT("97116", 16)], []),

        // Laurelville PTA "TE 97110: 11' + 6' = 17'", clock stopped for the pharmacy's call (matches); sit-to-stand, bridges, dresser abduction, folding-step step-ups with doses; L hip weakness after fracture: passes.
        ["v6-h76-clearcreek-te-in-two-pieces-around-the-pharmacy-call"] = new(
            """
            Clear Creek House Call Therapy — home visit, Laurelville
            TE 97110: 11' + 6' = 17' — stopped the clock while she took the pharmacy's call about her refill.
              sit-to-stand 3 x 8, bridges on the bed 2 x 12, standing hip abduction at the dresser 2 x 10 each, step-ups on my folding step 2 x 8
            why: L hip weak after the fracture; goal: up the porch step without pulling on the post
            — J. Miller, PTA
            """,
            ["S72.002D"], [PTA("97110", 17)], []),

        // New Braunfels pipe-drawn "| Code | Units | Min |" table (97112 24, 97530 13 — both match), Individual checked; hip displacements with a recovery step, rail tandem; cardigan from the hook and purse to the door; stepping reactions and L shoulder stiffness; k of 10, seconds, SBA: passes.
        ["v6-h76-cypress-code-units-min-pipe-table"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record
            Community: Live Oak Landing — New Braunfels     Tx location: (X) apt   (X) hallway
            Delivery mode: (X) Individual (one resident, one therapist)   ( ) Group
            | Code  | Units | Min |
            | 97112 |   2   | 24  |
            | 97530 |   1   | 13  |
            97112: stepping strategy — I displaced her at the hips forward, back and sideways in the hallway and she stepped to recover; tandem along the handrail
            97530: getting her cardigan off the closet hook and putting it on standing; carrying her purse and cane to the door
            Impairment addressed: delayed stepping reactions, falls sideways; L shoulder stiffness limits reaching up to the hook
            Recovered with a step on 7 of 10 side pushes (3 of 10 at eval); tandem 9 s; cardigan on standing with SBA
            """,
            ["R29.6", "M25.612"], [PT("97112", 24), PT("97530", 13)], []),

        // Algiers Point "Minutes by code → 97116: 18 · 97110: 10" (both match); levee-path ramp to the ferry landing with distance and SBA, front steps; bridges, porch-chair sit-to-stand, heel raises with doses; L hip weakness after fracture: passes.
        ["v6-h76-esplanade-minutes-by-code-arrow"] = new(
            """
            ECTG · Community Visit (Part B) · Algiers Point
            Minutes by code → 97116: 18 · 97110: 10
            Gait: quad cane along the levee path and up the ramp to the ferry landing bench and back, 2 x 200 ft, SBA; the front steps step-over-step with the rail x 2
            Ther ex: bridges 2 x 12; sit-to-stand from the porch chair 2 x 10; heel raises at the rail 2 x 15
            What we saw: L hip and thigh weak since the hip fracture — slow and short-stepped, leans on the cane on the ramp
            """,
            ["S72.002D", "R26.89"], [PT("97116", 18), PT("97110", 10)], []),

        // Rowayton "Manual therapy (97140) took the first 12 minutes … The remaining 23 minutes were neuromuscular re-education (97112), one-on-one on the deck" (both match); talocrural and subtalar glides; pad stance, star-excursion reaches, hop-and-stick; ankle stiffness and proprioception after ORIF; degrees, seconds and cm: passes.
        ["v6-h76-saugatuck-rowayton-first-and-remaining-minutes"] = new(
            """
            SAUGATUCK CONCIERGE PHYSICAL THERAPY · Home session, Rowayton
            Client: Mrs. Beaumont — L ankle ORIF in the winter; still rolls the ankle on the beach stones.
            Manual therapy (97140) took the first 12 minutes, on the portable table: talocrural posterior glides grade III, subtalar eversion glides, soft-tissue mobilisation along the peroneals.
            The remaining 23 minutes were neuromuscular re-education (97112), one-on-one on the deck: single-leg stance on the balance pad, star-excursion reaches, hop-and-stick onto the pad.
            Why: stiff L ankle (dorsiflexion) and poor L ankle proprioception after the fracture.
            Objective: DF 6° → 12°; L single-leg stance on the pad 15 s (R 30 s); anterior reach L 58 cm, R 66 cm.
            """,
            ["S82.892D"], [PT("97140", 12), PT("97112", 23)], []),

        // Citrus Heights PT then OT in one apartment: "PT — 97110 · 15 min" and "OT — 97530 · 20 min" each match their own discipline's line; couch sit-to-stand, bridges, abduction with doses; shower-seat transfers and long sponge with CGA → SBA; hip weakness and shower limits: passes.
        ["v6-h76-capitol-pt-then-ot-in-one-apartment"] = new(
            """
            CCMT · Mobile Visit (POS 12) · Sunrise Oaks Senior Apts, Citrus Heights — PT, then OT after her, same apartment
            PT — 97110 · 15 min: sit-to-stand from the couch 3 x 8; bridges 2 x 12; standing hip abduction at the counter 2 x 10 each
              hip weakness both sides after the hospital stay
            OT — 97530 · 20 min: shower transfer to the built-in seat holding the grab bar, x 3 (clothed); washing her feet with the long sponge; getting a towel off the high rack
              can't reach her feet or stand in the shower long enough to wash; CGA → SBA on the transfer
            """,
            ["M62.81", "R53.81"], [PT("97110", 15), OT("97530", 20)], []),

        // Kerrville PTA "Gait 97116 — 28 min" against a 16-min PTA line: mismatch; rollator to the chapel and its ramp with distance, CGA/SBA, flexed steps after a compression fracture complete.
        ["v6-h76-cypress-pta-gait-28-against-16"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record (PTA)
            Community: Live Oak Landing — Kerrville
            Gait 97116 — 28 min
              rollator to the chapel and back, 2 x 220 ft; up and down the chapel ramp x 2; CGA on the ramp, SBA on the level
            Short, flexed steps and the rollator out ahead since the compression fracture
            """,
            ["M80.08XD", "R26.89"], [PTA("97116", 16)], [At(Mismatch, "97116")]),

        // Gore "balance (97112) — 10 min, one on one" against a 23-min line: mismatch; mown-path head turns, hose and chain step-overs, eyes-closed stance on grass; diabetic neuropathy; seconds complete.
        ["v6-h76-clearcreek-balance-10-against-23"] = new(
            """
            Clear Creek House Call Therapy — home visit, Gore
            balance (97112) — 10 min, one on one, just him and me in the yard
              walking the mown path with head turns; stepping over the garden hose and the dog's chain; standing on the grass eyes closed
            why: both feet numb (diabetes) — stumbles in the yard at dusk
            feet together eyes closed on the grass 8 s (3 s at eval)
            — D. Kessler, PT
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // Seventh Ward "Time: 97110 — 12 min; 97530 — 26 min": 97110 matches, 97530 against a 13-min line: mismatch on 97530; counter exercises with doses; laundry-basket carries and clothesline reaches with counts; weakness after a hospital stay complete.
        ["v6-h76-esplanade-second-code-26-against-13"] = new(
            """
            ECTG · Community Visit (Part B) · Seventh Ward
            Time: 97110 — 12 min; 97530 — 26 min
            Ther ex: sit-to-stand 3 x 8; standing marching at the counter 2 x 20; heel raises 2 x 15
            Functional: carrying the laundry basket from the back porch to the bedroom, 40 ft, x 3; hanging shirts on the line up on her toes, x 5
            What we saw: legs and trunk weak since the hospital stay; short of breath carrying anything
            """,
            ["M62.81", "R53.81"], [PT("97110", 12), PT("97530", 13)], [At(Mismatch, "97530")]),

        // Westport "Manual therapy and therapeutic exercise, 36 minutes in total" is the only time for two codes: separate time missing; GH glides and PROM; cane AAROM, band ER and rows with doses; stiffness and cuff weakness after a repair; degrees complete.
        ["v6-h76-saugatuck-36-minutes-in-total"] = new(
            """
            SAUGATUCK CONCIERGE PHYSICAL THERAPY · Home session, Westport
            Client: Mr. Hadley — R shoulder, rotator cuff repair twelve weeks ago.
            Manual therapy and therapeutic exercise, 36 minutes in total:
            • GH posterior and inferior glides grade III; PROM into flexion and ER at end range
            • active-assisted flexion with the cane 2 x 15; ER with the yellow band 3 x 12; rows 3 x 12
            Why: R shoulder stiffness and cuff weakness — can't reach the top shelf of the wine rack.
            Objective: flexion 128° → 140°; ER 35° → 44°.
            """,
            ["M75.121", "Z47.89"], [PT("97140", 12), PT("97110", 24)], [SepTime]),

        // Carmichael three codes: 97112 16 and 97110 12 have minutes, the gait section (97116) has none: separate time missing; every section complete (one-on-one; foam and tandem; doses; rollator to the mailroom with distance and SBA; neuropathy and weak hips; seconds).
        ["v6-h76-capitol-three-codes-gait-unminuted"] = new(
            """
            CCMT · Mobile Visit (POS 12) · Parkview Terrace, Carmichael
            97112 · 16 min — one-on-one in her unit: foam-pad stance eyes closed; tandem along the hallway wall with head turns
            97110 · 12 min: sit-to-stand 3 x 8; side-lying hip abduction 2 x 10 each; heel raises 2 x 15
            Gait: rollator to the mailroom and back 2 x 150 ft, SBA, cue for heel strike
            Numb feet (neuropathy) and weak hips — sways with eyes closed, shuffles on the carpet
            Foam eyes closed 7 s; tandem 10 s
            """,
            ["G62.9", "R26.81"], [PT("97112", 16), PT("97110", 12), PT("97116", 11)], [SepTime]),

        // McArthur three codes each with its minutes (97140 10, 97110 14, 97116 12 — all match); patellar and tibiofemoral glides; heel slides, quad sets, step-ups with doses; cane on the gravel lane with distance and SBA; stiff weak knee after TKA; flexion degrees: passes.
        ["v6-h76-clearcreek-three-codes-all-minuted"] = new(
            """
            Clear Creek House Call Therapy — home visit, McArthur
            manual 97140 — 10 min: on the bed, L knee patellar glides gr III and tibiofemoral posterior glides at end-range flexion; STM to the distal quad
            ther ex 97110 — 14 min: heel slides w/ a dish towel 2 x 15; quad sets 2 x 10 w/ 5-s holds; step-ups on my folding step 2 x 10
            gait 97116 — 12 min: down the gravel lane to the mailbox and back w/ the cane, 2 x 300 ft, SBA; cue to bend the knee through swing
            why: L knee stiff and weak 6 wks after the TKA; stiff-knee gait on the gravel
            knee flexion 92° → 101°
            — D. Kessler, PT
            """,
            ["Z96.652", "Z47.1"], [PT("97140", 10), PT("97110", 14), PT("97116", 12)], []),

        // Fredericksburg PTA minutes written before the code ("14 min 97110: …", "11 min 97116: …", both match); cuff knee extension, sit-to-stand, rail abduction with doses; walker to the porch rockers and the porch step with distance and CGA; R knee OA: passes.
        ["v6-h76-cypress-pta-minutes-before-the-code"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record (PTA)
            Community: Live Oak Landing — Fredericksburg
            14 min 97110: seated knee extension with the 2-lb cuff 2 x 12 each; sit-to-stand 3 x 6; standing hip abduction at the hall rail 2 x 10 each
            11 min 97116: walker from her apartment to the front porch rockers and back, 2 x 150 ft, CGA; the porch step down and up x 3
            R knee OA — weak quads, short R stance, won't step down off the porch without someone beside her
            """,
            ["M17.11", "R26.89"], [PTA("97110", 14), PTA("97116", 11)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code home visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h76-empty-te-and-gait-home-visit"] = new(
            "",
            ["M62.81"], [PT("97110", 15), PT("97116", 12)], [At(NoteMissing, "97110"), At(NoteMissing, "97116")]),

        // Empty note on an OT 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h76-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // A note of line breaks, spaces and a tab only (cells are trimmed) on a PTA 97112 with a diagnosis: note missing only.
        ["v7-h76-line-breaks-and-a-tab-pta-97112"] = new(
            "\n \n\t\n",
            ["R26.81"], [PTA("97112", 18)], [At(NoteMissing, "97112")]),

        // 97110's meaning at Clear Creek: 3-lb cuff weights and the red band from the car kit with doses (technique and measure), both legs weak after a hip fracture, church steps (deficit); 16 matches: passes.
        ["v7-h76-clearcreek-97110-cuff-weights-and-band"] = new(
            """
            Clear Creek House Call Therapy — home visit, Murray City
            97110, 16 min, from the car kit:
              cuff weights, 3 lb: seated knee extension 2 x 12 each, standing hip flexion at the counter 2 x 10 each
              red band: seated rows 2 x 15, standing hip abduction 2 x 12 each
            why: both legs weak since the hip fracture, L worse; can't get up the church steps w/o two people helping
            — J. Miller, PTA
            """,
            ["S72.002D", "M62.81"], [PTA("97110", 16)], []),

        // 97530's meaning at Esplanade: grocery sacks from the curb up the front steps and cans into the cabinets with trips, counts and SBA (technique and measure), R hip weakness after a replacement (deficit); 20 matches: passes.
        ["v7-h76-esplanade-97530-groceries-from-the-curb"] = new(
            """
            ECTG · Community Visit (Part B) · Gentilly
            What we did (97530, 20 min):
              grocery sacks from her sister's car at the curb up the front steps and into the kitchen, one sack per trip, x 4 trips
              putting the cans up in the top cabinet standing flat-footed and the rice in the low one, squatting, x 10 items
            What we saw: R hip weak after the replacement — can't carry and climb at the same time, leaves the groceries on the porch
            Numbers: all four trips with one hand on the rail, SBA; low-cabinet squats 10 of 10 without holding on
            """,
            ["Z96.641", "Z47.1"], [PT("97530", 20)], []),

        // 97140's meaning at Saugatuck: lumbar PAs by grade, side-lying rotation mobilisation, QL and paraspinal soft tissue on the portable table (technique), low-back stiffness with gardening and concert limits (deficit), fingertip-to-floor cm (measure); 14 matches: passes.
        ["v7-h76-saugatuck-97140-lumbar-on-the-portable-table"] = new(
            """
            SAUGATUCK CONCIERGE PHYSICAL THERAPY · Home session, New Canaan
            Client: Mrs. Thorne — low-back pain and stiffness after a season in the garden; can't bend to her beds or sit through a concert.
            Manual therapy (97140), 14 minutes, on the portable table in the sunroom:
            • central and R unilateral PAs L3–L5, grade III
            • side-lying lumbar rotation mobilisation
            • soft-tissue mobilisation to the R quadratus lumborum and the lumbar paraspinals
            Objective: forward bend fingertips 32 cm from the floor (45 cm before treatment).
            """,
            ["M54.50", "M47.816"], [PT("97140", 14)], []),

        // 97116's meaning at Capitol: rollator across the parking lot to the bus stop, curb cut and curb with distance and CGA → SBA (technique and measure), slow short-stepped gait and fear of curbs after a hip fracture (deficit); 18 matches: passes.
        ["v7-h76-capitol-97116-rollator-to-the-bus-stop"] = new(
            """
            CCMT · Mobile Visit (POS 12) · Riverside Senior Apts, West Sacramento
            97116 · 18 min
              rollator from the lobby across the parking lot to the bus stop on the corner and back, 2 x 400 ft
              the curb cut and a regular curb at the corner, up and down x 3 each
              CGA at the curb → SBA on the flat
            Slow, short-stepped gait after the L hip fracture; afraid of curbs since she fell stepping off one
            """,
            ["S72.002D", "R26.89"], [PT("97116", 18)], []),

        // Generic 97110: "Home visit. Exercises per HEP reviewed. Pt tolerated well. 18 min." — no exercise, region or number but its minutes (which match).
        ["v7-h76-generic-97110-home-visit"] = new(
            "Home visit. Exercises per HEP reviewed. Pt tolerated well. 18 min.",
            ["M62.81"], [PT("97110", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic 97112 + 97530 with minutes for each (20 and 15, both match): only generic phrases for both codes, no one-on-one statement.
        ["v7-h76-generic-nmr-and-ther-act-alf"] = new(
            "ALF visit. 97112 20 min, 97530 15 min. Balance activities and functional training. Resident doing well. Continue per POC.",
            ["R26.81"], [PT("97112", 20), PT("97530", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic 97140: "Manual therapy to tolerance, 12 min. Pt reports feeling looser. Plan: continue." — no technique, region or number but its minutes (which match).
        ["v7-h76-generic-97140-feeling-looser"] = new(
            "Manual therapy to tolerance, 12 min. Pt reports feeling looser. Plan: continue.",
            ["M54.50"], [PT("97140", 12)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes

        // Midtown senior tower on a smoke day: 97110 14 and 97116 12 match; sit-to-stand, bridges, abduction, heel raises with doses; rollator corridor and elevator with distance and SBA; R hip weakness after THA: passes.
        ["vord-h76-capitol-midtown-smoke-day-te-and-gait"] = new(
            """
            CCMT · Mobile Visit (POS 12) · Alhambra Senior Apts, Midtown — pt's unit, 6th floor
            Smoke from the fires — stayed inside the building today.
            97110 — 14 min: sit-to-stand 3 x 8; bridges 2 x 12; standing hip abduction at the counter 2 x 12 each; heel raises 2 x 15
            97116 — 12 min: rollator the length of the 6th-floor corridor and back, 3 x 110 ft; in and out of the elevator x 4; SBA
            R hip weak since the THA; short R step and a lean onto the rollator
            Tolerated well.
            """,
            ["Z96.641", "Z47.1"], [PT("97110", 14), PT("97116", 12)], []),

        // Nelsonville PTA after a TKA: heel slides, quad sets, cuff short-arc quads, porch-step step-ups, glider sit-to-stand with doses; stiff weak R knee with a VFW goal; 18 matches: passes.
        ["vord-h76-clearcreek-pta-te-after-tka"] = new(
            """
            Clear Creek House Call Therapy — home visit, Nelsonville
            roads were fine today. dogs put up.
            97110, 18 min:
              heel slides 2 x 15, quad sets 2 x 10, short arc quads w/ the 2-lb cuff 2 x 12, step-ups on the porch step 2 x 10, sit-to-stand from the glider 2 x 8
            R knee stiff and weak 5 wks after the TKA; wants to get back to the VFW on friday nights
            — J. Miller, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 18)], []),

        // Boerne 97112 22 (Individual checked) and 97110 13 match; foam at the hall rail eyes closed, tandem walking, closet reaches; cuff knee extension, sit-to-stand, abduction with doses; neuropathy and weak quads and abductors; seconds and steps: passes.
        ["vord-h76-cypress-boerne-nmr-and-te"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record
            Community: Live Oak Landing — Boerne     Tx location: (X) apt   (X) hallway
            Delivery mode: (X) Individual (one resident, one therapist)   ( ) Group
            97112 · 22 min: standing on the foam pad at the hallway rail eyes open → closed; tandem walking along the rail; reaching to the top closet shelf with feet together
            97110 · 13 min: seated knee extension with the 3-lb cuff 2 x 12 each; sit-to-stand 3 x 6; standing hip abduction 2 x 10 each
            Impairment addressed: reduced sensation in both feet (neuropathy) — sways on the carpet and needs her eyes; quads and hip abductors weak
            Foam eyes closed 8 s (3 s at eval); tandem walk 8 steps
            """,
            ["E11.42", "R26.81"], [PT("97112", 22), PT("97110", 13)], []),

        // Seventh Ward OT Monday red beans: rinsing, chopping seated, two-hand pot carry, stirring at the stove; L hand weakness and standing tolerance after a stroke; SBA and k of 3; 23 matches: passes.
        ["vord-h76-esplanade-ot-monday-red-beans"] = new(
            """
            ECTG · Community Visit (Part B) · Seventh Ward · OT
            Who was there: Mrs. Lombard; her daughter in and out
            What we did (OT 97530, 23 min):
              Monday red beans: rinsing the beans at the sink, chopping the onion and bell pepper sitting at the table, carrying the pot from the sink to the stove with both hands, stirring standing at the stove
            What we saw: L hand weak and clumsy since the stroke; can't stand at the stove long enough to cook — sits down after a short while
            Numbers: stood at the stove through two stirring bouts with SBA; pot carried 3 of 3 without setting it down
            """,
            ["I69.354"], [OT("97530", 23)], []),

        // Greenwich 97140 11 and 97110 14 match; patellar and tibiofemoral glides and scar STM; heel slides, quad sets, mudroom step-ups with doses; L knee motion and quad weakness after TKA; degrees: passes.
        ["vord-h76-saugatuck-greenwich-knee-manual-and-te"] = new(
            """
            SAUGATUCK CONCIERGE PHYSICAL THERAPY · Home session, Greenwich
            Client: Mr. Osgood — L total knee replacement five weeks ago; wants to walk the length of Greenwich Avenue to his barber.
            Manual therapy (97140) — 11 minutes: patellar glides grade III; tibiofemoral posterior glides in flexion; soft-tissue mobilisation to the distal quad and around the scar.
            Therapeutic exercise (97110) — 14 minutes: heel slides on the kitchen floor in socks 3 x 10; quad sets 3 x 10 with 5-second holds; step-ups onto the mudroom step 3 x 10.
            Why: L knee flexion and extension limited; quads weak.
            Objective: flexion 98° → 106°; extension −4°.
            """,
            ["Z96.652", "Z47.1"], [PT("97140", 11), PT("97110", 14)], []),

        // Citrus Heights OT walk-in shower: step over the lip, shower chair, hand-held head, drying with the long towel; R shoulder pain and unsteadiness in the shower; SBA x 4; 19 matches: passes.
        ["vord-h76-capitol-ot-walk-in-shower"] = new(
            """
            CCMT · Mobile Visit · OT · Sunrise Oaks Senior Apts, Citrus Heights
            97530 · 19 min
              stepping over the shower lip into the walk-in holding the grab bar, sitting on the shower chair, turning in and back out, x 4 (clothed)
              hand-held shower head off the hook and back from sitting, x 5
              drying her back and feet from the chair with the long towel
            R shoulder pain and weakness (cuff) and unsteady standing in the shower; her husband has been helping her wash
            Shower step-in with SBA x 4 (CGA last visit)
            """,
            ["M75.101", "R26.81"], [OT("97530", 19)], []),

        // Rockbridge, creek up but the bridge open: walker → cane on the gravel lane with distance and SBA, porch steps; R hip weakness and Trendelenburg lurch after fracture; 17 matches: passes.
        ["vord-h76-clearcreek-rockbridge-gait-on-the-gravel-lane"] = new(
            """
            Clear Creek House Call Therapy — home visit, Rockbridge
            creek was up but the bridge was open.
            gait 97116, 17 min:
              walker → cane on the gravel lane, 2 x 250 ft, SBA; heel first, step through past the cane
              up and down the three porch steps with the rail, step-over-step going up
            R hip weak and a Trendelenburg lurch since the fracture; catches the walker wheels in the gravel
            — D. Kessler, PT
            """,
            ["S72.001D", "R26.89"], [PT("97116", 17)], []),

        // San Marcos PTA in the therapy room: sit-to-stand, wall push-ups, band rows, rail heel raises with doses; quad and upper-back weakness with a dining-chair and tray goal; 15 matches: passes.
        ["vord-h76-cypress-san-marcos-pta-te"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record (PTA)
            Community: Live Oak Landing — San Marcos     Tx location: (X) therapy room
            97110 · 15 min
              sit-to-stand 3 x 8; wall push-ups 2 x 10; standing rows with the green band 2 x 12; heel raises at the rail 2 x 15
            Quad and upper-back weakness with a slumped posture; goal: up from the dining chair without pushing on the table, and carry her own tray
            """,
            ["M62.81", "M81.0"], [PTA("97110", 15)], []),

        // Gentilly "Mr. Broussard by himself; one-on-one for all of the 97112"; porch-rail perturbations eyes open and closed, step-offs to the sidewalk; slow ankle and stepping responses after a bus-stop fall; k of 10 and TUG; 20 matches: passes.
        ["vord-h76-esplanade-gentilly-perturbations-at-the-rail"] = new(
            """
            ECTG · Community Visit (Part B) · Gentilly
            Who was there: Mr. Broussard by himself; one-on-one for all of the 97112
            What we did (97112, 20 min):
              perturbations at the porch rail — small pushes at the shoulders and hips, eyes open then closed
              stepping off the bottom front step onto the sidewalk and back up without the rail, on my call
            What we saw: slow ankle and stepping responses — loses his balance backward coming off the bus step; fell at the bus stop in the summer
            Numbers: recovered without the rail on 8 of 10 pushes (4 of 10 at eval); TUG 12.1 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], []),

        // Darien OT after a distal radius fracture: dumbbell wrist work, hammer pronation-supination, putty, tendon glides with doses; racquet and teapot limits; grip kg and degrees; 16 matches: passes.
        ["vord-h76-saugatuck-darien-ot-wrist"] = new(
            """
            SAUGATUCK CONCIERGE PHYSICAL THERAPY · Occupational therapy home session, Darien
            Client: Mrs. Lyle — L distal radius fracture, cast off four weeks ago; can't hold her tennis racquet or lift the teapot.
            Therapeutic exercise (97110), 16 minutes:
            • wrist flexion and extension with a 1-lb dumbbell 3 x 10
            • supination and pronation holding a hammer short 3 x 10
            • putty gripping and pinches 3 x 10
            • tendon glides 2 x 10
            Objective: grip L 14 kg (R 24 kg); wrist extension 48°.
            """,
            ["S52.502D"], [OT("97110", 16)], []),

        // Elk Grove PTA "PTA one-on-one with this pt in her unit the whole time"; counter side-stepping and backward walking, tandem with head turns, balloon catches on the cushion; backward loss of balance reaching up; seconds and steps; 19 matches: passes.
        ["vord-h76-capitol-elk-grove-pta-nmr"] = new(
            """
            CCMT · Mobile Visit (POS 12) · Oak Grove Senior Apts, Elk Grove · PTA
            97112 · 19 min — PTA one-on-one with this pt in her unit the whole time
              side-stepping and backward walking along the kitchen counter; tandem stance with head turns; standing on the couch cushion batting a balloon back to me
            Postural control — loses her balance backward reaching up into the cupboards; two falls at home this spring
            Tandem 12 s (4 s at eval); backward walk 10 steps without the counter
            """,
            ["R29.6", "Z91.81"], [PTA("97112", 19)], []),

        // Logan 97140 10 and 97110 15 match; lumbar PAs by grade, rotation mobilisation and STM on the bed; tilts, bridges, bird dogs, neutral-spine sit-to-stand with doses; stenosis with a dishes limit; extension degrees: passes.
        ["vord-h76-clearcreek-logan-back-manual-and-te"] = new(
            """
            Clear Creek House Call Therapy — home visit, Logan
            97140 — 10 min: on the bed, central PAs L3-5 gr III, side-lying rotation mob R, STM lumbar paraspinals
            97110 — 15 min: pelvic tilts 2 x 15, bridges 2 x 12, bird dogs at the kitchen chair 2 x 8 each, sit-to-stand w/ a neutral spine 2 x 8
            why: low back stiffness and pain w/ stenosis — can't stand at the sink long enough to do the dishes
            lumbar extension 10° → 18°
            — D. Kessler, PT
            """,
            ["M48.062", "M54.50"], [PT("97140", 10), PT("97110", 15)], []),

        // Kerrville complete 97110 (sit-to-stand, cuff knee extension, dresser marching, bridges with doses; weak quads and hips with a dining-room goal) sent with no diagnosis.
        ["vord-h76-cypress-kerrville-no-diagnosis"] = new(
            """
            CYPRESS CREEK REHAB SERVICES — Part B Daily Treatment Record
            Community: Live Oak Landing — Kerrville     Tx location: (X) apt
            97110 · 17 min
              sit-to-stand 3 x 8; seated knee extension with the 3-lb cuff 2 x 12 each; standing marching at the dresser 2 x 20; bridges 2 x 10
            Weak quads and hips since the fall; goal: walk to the dining room for every meal without the wheelchair
            """,
            [], [PT("97110", 17)], [Dx]),

        // Tremé complete 97116 (cane to the corner store with distance and SBA, the corner curb; slow wide-based gait after a fall) with the ICD-9 code 781.2 as its diagnosis: not well formed.
        ["vord-h76-esplanade-icd9-code"] = new(
            """
            ECTG · Community Visit (Part B) · Tremé
            What we did (97116, 16 min): cane walking to the corner store and back, 2 x 200 ft, SBA; the curb at the corner up and down x 4
            What we saw: slow, wide-based gait since the fall — afraid of curbs, catches the L toe
            """,
            ["781.2"], [PT("97116", 16)], [Dx]),

        // Generic two-code home visit with a shared total ("Ther ex and gait training, 32 min total"): no technique, deficit or measure for either code, no minutes for each.
        ["vord-h76-capitol-generic-two-codes-total"] = new(
            "Home visit, senior apts. Ther ex and gait training, 32 min total. Pt tolerated well, progressing. Continue POC.",
            ["R26.89"], [PT("97110", 17), PT("97116", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116"), SepTime]),

        // McArthur PTA "ther ex 97110 — 10 min" against a 24-min PTA line: mismatch; sit-to-stand, folding-step step-ups, counter abduction with doses, L hip weakness after THA complete.
        ["vord-h76-clearcreek-pta-te-time-differs"] = new(
            """
            Clear Creek House Call Therapy — home visit, McArthur
            ther ex 97110 — 10 min
              sit-to-stand 3 x 8, step-ups on the folding step 2 x 10 each, standing hip abduction at the counter 2 x 12 each
            L hip weak after the THA — limps on the gravel, can't step up into the truck
            — J. Miller, PTA
            """,
            ["Z96.642", "Z47.1"], [PTA("97110", 24)], [At(Mismatch, "97110")]),

        // Fairfield OT "Therapeutic activities (97530), 30 minutes" against an 18-min OT line: mismatch; table setting, dishwasher, napkins with counts and SBA, L arm weakness after a stroke complete.
        ["vord-h76-saugatuck-ot-time-differs"] = new(
            """
            SAUGATUCK CONCIERGE PHYSICAL THERAPY · Occupational therapy home session, Fairfield
            Client: Mrs. Halloran — L hemiparesis after a R MCA stroke; drops plates and has stopped setting the table for her grandchildren.
            Therapeutic activities (97530), 30 minutes: setting the dinner table for four from the sideboard, carrying plates two at a time; loading the dishwasher; folding the napkins
            Why: L arm weak and clumsy since the stroke.
            Objective: plates carried 8 of 8 without a wobble; dishwasher loaded with SBA.
            """,
            ["I69.354"], [OT("97530", 18)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
