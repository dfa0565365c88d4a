using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The fifty-ninth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of plain notes from ordinary clinics of the Carolinas, Virginia and Tennessee — about
/// two thirds ordinary and complete (69 of 104), single- and multi-code visits (97110, 97112, 97116, 97140, 97530,
/// up to three in a visit), by PTs, PTAs and OTs, from six employers:
/// <list type="number">
/// <item>a Charlotte / Piedmont hospital system's outpatient sites ("Carolina Piedmont Health", CPH: Kannapolis,
/// Huntersville, Matthews, Mooresville, Belmont, Concord, Ballantyne) on an EMR "PT Daily Note" / "OT Daily Note"
/// with "Treatment Type:" chosen from a list (Individual, Concurrent), "Impairments targeted:" and "Objective:"
/// rows, a smart-phrase left with its "***" blanks unfilled, a charge-capture grid with a Delivery column; towel-mill
/// retirees, a race-shop fabricator, a church van and Sunday school, a tobacco barn being cleaned out, a pontoon on
/// Lake Norman, constraint-induced shaping with towels and dominoes;</item>
/// <item>a Lowcountry private practice ("Marsh &amp; Tide Physical Therapy": West Ashley, Mount Pleasant, James
/// Island, Summerville, Lady's Island in Beaufort) whose PTs write first person under SAYS — / DID — / TARGET — /
/// SCORED — / TIMED — headings: a choir loft for Easter, a husband and wife both on the 10 o'clock, an aide running
/// the stations during an eval, a cast net off a dock, a jon boat at the landing, crabbing with a grandson, a
/// sweetgrass basket stand, the shag at a plantation wedding, the Hunting Island lighthouse, a Parris Island drill
/// instructor, a Bertec whose report did not save;</item>
/// <item>a Shenandoah Valley rural clinic ("Massanutten Therapy Services": Luray, Woodstock, Elkton, Stanley, New
/// Market, Harrisonburg) whose one PT writes lower-case shorthand ("tx:", "impair:", "obj:", "min: nm re-ed 23 /
/// ther ex 15"), a paper flow sheet with ticked boxes, a gait sheet of device, assist and surface ticks; a night
/// check in the turkey houses, a ladder stand before bow season, an orchard ladder, firewood and the Shuttle MVP, a
/// long gravel lane to the mailbox, a knee scope that left a peroneal palsy;</item>
/// <item>a Research Triangle neuro and vestibular practice ("Triangle Neuro &amp; Vestibular Associates", TNVA:
/// Durham, Cary, Chapel Hill, Apex, Wake Forest) whose PTs and OTs chart "97112 | 24 min | …" heads with
/// "impairment ⇢ / intervention ⇢ / metric ⇢" rows and a "Format:" line: Cawthorne-Cooksey, the HUR SmartBalance
/// platform, an optokinetic projector, LiteGait, HiBalance, vHIT gains, the SOT and mCTSIB, the ARAT and the
/// Nine-Hole Peg Test, a re-evaluation beside a timed code, a PT then OT neuro day; an IBM retiree's mandolin jam,
/// the Durham Bulls, rook night, Harris Teeter aisles;</item>
/// <item>a Knoxville / Smoky Mountains orthopaedic practice's PTAs ("Tennessee Valley Orthopaedics — Rehab
/// Services": West Knoxville, Halls, Maryville, Sevierville, Morristown, Lenoir City) on a "PTA TREATMENT NOTE" with
/// the supervising PT named, bulleted exercise logs with "#" loads and a done column, and a "CPT/min — 97110/25"
/// line: blood-flow-restriction work on a Delfi cuff, HawkGrips and pin-and-stretch, Kaltenborn traction; the
/// Neyland Stadium steps, a church van to Wednesday supper, the Alum Cave trail, a bass boat, ballpark
/// bleachers;</item>
/// <item>a Tidewater practice of Navy retirees ("Lynnhaven Harbor Physical Therapy": Great Bridge, Kempsville,
/// Ocean View, Ghent in Norfolk, Great Neck, Pungo, Portsmouth) whose ex-Navy PT writes BLUF / EXECUTED / BECAUSE /
/// READINGS / CLOCK in 24-hour time: a sailboat's companionway, a boom to the head, the Lynnhaven pier, a houseboat
/// step, a shipyard welder, an aviation machinist's mate who pushes, Pungo strawberry rows, an Outer Banks trip.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h59-…): one-on-one in these writers' words ("Attendance: sole patient of this therapist for the
/// entire service", "I had nobody else on the books that hour and stayed right with her start to finish", "Format:
/// one clinician ↔ one patient", "PTA w/ this pt only", "1 PT / 1 pt the whole time, nobody else under my care", "OT
/// and client by themselves in the ADL apartment", "PT and pt alone start to finish" before an unbilled cool-down),
/// notes that negate it (the 2 o'clock on the bike at the same time, a husband and wife run side by side, the aide
/// running the stations during an eval next door) or never state it (a ladder-stand note, a PD clinic's 97112 +
/// 97116), and a 97530 and a 97116 that never state it, which have no one-on-one check;</item>
/// <item>class 2 (v2-h59-…): template states: unfilled "***" smart-phrase blanks, "Treatment Type: Individual …"
/// and "Treatment Type: Concurrent (2 patients)", a paper "1 to 1 … yes [✓]" row with ticked impairments, unticked
/// technique and target boxes with "did good", an OT's assist-level drop-downs, a PTA's exercise log with a done
/// column, "Standardized test: (none selected)" and "(blank)", "Individually treated for the full billed time? Y ☐
/// N ☒", a gait sheet of ticks, a charge grid with a Delivery column, a card with a skipped row, impairment rows all
/// WNL;</item>
/// <item>class 3 (v3-h59-…): named protocols, programmes and devices as techniques (Cawthorne-Cooksey, the HUR
/// SmartBalance, blood-flow restriction on a Delfi cuff, HawkGrips IASTM with pin-and-stretch, muscle energy
/// technique, LiteGait, the Shuttle MVP and an Airdyne, NDT key points, an optokinetic projector, constraint-induced
/// shaping, Kaltenborn traction), HiBalance with no deficit, and Bertec training with no score saved;</item>
/// <item>class 4 (v4-h59-…): deficits stated as findings (a slapping foot and toe catches after a peroneal palsy, a
/// vHIT gain with overt saccades, absent vibration and felt monofilament sites, heel-to-shin wobble and a widened
/// stance, an extensor lag and a buckle on stairs, drops from an unwatched hand, a pelvis that drops, pushing toward
/// the hemiparetic side, a knee giving way off a ladder rung, dizziness and a saccadic pursuit after a blow to the
/// head, a knee that snaps back) and a 97112 whose screen is all normal;</item>
/// <item>class 5 (v5-h59-…): measures in their usual forms (mCTSIB seconds by condition, the SOT composite, the
/// Stair Climb Test, Functional Reach in inches, 10MWT with cadence, TUG with and without a cup, hand-held
/// dynamometry in kg, the Nine-Hole Peg Test, floor rises by assistance level, rotation degrees before and after)
/// and notes with none ("steadier than last wk … didn't time anything", a PTA gait note with no distance or level,
/// a PTA exercise list done "until fatigued");</item>
/// <item>class 6 (v6-h59-…): minutes in their usual forms (a shorthand "min:" footer by description, 24-hour clock
/// ranges with the minutes in brackets, minutes in words, "×2u (24m)", "CPT/min — 97110/25 · 97140/10", a PT then
/// OT day, units with minutes, a three-code list, a re-evaluation's own minutes beside a timed code), true mismatches
/// (an NMR stated at double its line, the second of two codes, a PTA's gait, uncoded "timed min today" on a one-code
/// visit) and truly missing separate time (two codes "together", ther ex "for the rest of the visit");</item>
/// <item>class 7 (v7-h59-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (hinge and lifting work for a tobacco barn), 97530 (a boat step-down,
/// bucket carry and kneel-rise), 97140 (glides, mobs and cross-friction) and 97116 (device, distances, stairs,
/// grass and deviations), and wholly generic 97530, 97110 + 97140 and 97112 notes;</item>
/// <item>ordinary (vord-h59-…): complete notes of the six employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete two-code note with no diagnosis, an ICD-9 code, a generic two-code
/// note with a total, a 97112 that never says one-on-one, an NMR whose stated minutes differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given as a clock range agree with its line). Every timed line earns at least one unit under the
/// 8-minute rule. No note states minutes of an activity, a rest or a test; the only minutes in these notes are a
/// code's own, two codes' together where separate time is missing, and one re-evaluation's beside its own untimed
/// code (which has no line). Numbers that are not
/// minutes of a code or measures (clock times, years at the mill, weeks since surgery, step and box heights, loads,
/// bpm, mph, a cadence in steps/min, a cuff's % of limb occlusion pressure) are read as what they are.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes
/// the measure check only on an objective measure with a number and fails it only when the note has no number but
/// its code, its minutes and numbers that are plainly something else; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a
/// therapist attending someone else during the block is not one-on-one, and an unbilled cool-down after it does not
/// undo a statement. Cases a careful reviewer could argue either way were left out: a one-on-one statement with an
/// exception inside the billed time, a content gap in one section of a multi-code note (multi-code notes fail here
/// only on time, one-on-one, diagnosis or when the whole note lacks the thing), generic phrases beside a deficit or
/// a measure without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only
/// number, a cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the
/// whole of a 97116 note, a 97530 with no deficit, a visit's total time with one timed code, minute ranges and
/// approximate minutes for a code, minutes of an exercise, canalith repositioning, two patients sharing a 97110 or
/// 97116, three-character or dotless diagnosis codes, and any line with a code that has no documentation profile
/// (the re-evaluation, hot packs and group classes stay in the notes, never on a line).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 92 of 104 cases agree (102 needed), and 6 of the 69 notes the reviewer passes got a finding, on the
/// analyzer of 594db77 (the start of the 2026-12-05 eighth session) — its first run: nothing had changed before it, so this is
/// also the held-out figure.
/// </para>
/// <para>
/// After: development data from that run, worked through (with three read-only reviews of the readings): 104 of 104, no false
/// positive — the Carolinas, Virginia and Tennessee: "pt was my only pt that hour", "1 therapist, 1 patient, no others on deck", "pt alone w/ me the whole nm block", "Y ☐ N ☒ (remark)", "CPT/min — 97110/25 · 97140/10", "timed min today: 28", screen rows with tests in brackets. New examples in NotesAsWrittenTests "fifty-eighth-to-sixty-second-sets", the reviews' controls in
/// "review-of-the-fifty-eighth-to-sixty-second", "second-review-…" and "third-review-…".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FiftyNinthTests(ITestOutputHelper output)
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

        // Kannapolis towel-mill retiree: "Attendance: sole patient of this therapist for the entire service"; belt-pull stepping drills, foam head turns, cone taps; delayed stepping and neuropathic plantar loss; k of 10 pulls and Functional Reach; 23 matches: passes.
        ["v1-h59-kannapolis-sole-patient-towel-mill"] = new(
            """
            CPH OUTPATIENT REHAB – KANNAPOLIS
            PT Daily Note
            Interval history: Retired from the towel plant (weave room, 31 yrs). Slipped on wet leaves in the church parking lot Sunday; caught himself on a car.
            Treatment provided:
              97112 Neuromuscular Reeducation: 23 minutes
                - stepping-strategy drills w/ unexpected pulls at the gait belt (forward, backward, lateral)
                - foam stance w/ head turns, then foam stance catching a weighted ball
                - toe taps to 4 cones set in a semicircle, no hand hold
              Attendance: sole patient of this therapist for the entire service; therapist within arm's reach throughout.
            Impairments targeted: delayed compensatory stepping; decreased plantar sensation both feet (DM neuropathy)
            Objective: 6/10 pulls recovered w/ a single step; Functional Reach 7.5 in
            Plan: progress to dual-task stepping next visit.
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // West Ashley, first person: "I had nobody else on the books that hour and stayed right with her start to finish"; gaze stabilization, head-turn hallway walking, riser step-ups; R vestibular hypofunction with drift; DGI and DVA; 24 matches: passes.
        ["v1-h59-west-ashley-choir-loft"] = new(
            """
            Marsh & Tide Physical Therapy — West Ashley
            SAYS — Wants to get back up in the choir loft at Mt. Zion for Easter. Still "swimmy" when she turns to look at the director.
            DID — 97112, 24 min. I had nobody else on the books that hour and stayed right with her start to finish.
                  gaze stabilization w/ the letter card at eye level, head turns side to side, sitting then standing
                  walking the hall turning her head to read the signs I taped on both walls
                  step-ups onto an 8" riser block, turning to look back over her shoulder at the top
            TARGET — R vestibular hypofunction (neuritis in January): the letters blur and she drifts R on quick head turns
            SCORED — DGI 17/24 (13 at eval); DVA 3 lines lost
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // Luray shorthand: "had my 2 o'clock on the bike & this pt at the bars at the same time, went back & forth": not one-on-one; bars tandem, foam, hurdle side steps; neuropathic proprioceptive loss; tandem seconds and LOB count present.
        ["v1-h59-luray-bike-and-bars-same-time"] = new(
            """
            massanutten therapy services — luray
            nm re-ed 97112 22 min. had my 2 o'clock on the bike & this pt at the bars at the same time, went back & forth between them.
            tx: tandem walk in the bars w/ head turns; foam stance eo/ec; side steps over the 4" hurdle
            impair: proprio loss both feet (neuropathy), slow ankle strategy
            obj: tandem ec 5 s; 3 LOB in 10 hurdle steps
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Durham vestibular: "Format: one clinician ↔ one patient, nothing overlapping"; VORx1 yaw/pitch on a checkerboard on foam, walking VOR, eyes-closed marching; L hypofunction with oscillopsia and a L veer; DVA and FGA; 25 matches: passes.
        ["v1-h59-durham-one-clinician-one-patient"] = new(
            """
            TNVA · Durham (Hope Valley Rd) · Vestibular f/u
            Format: one clinician ↔ one patient, nothing overlapping
            97112 | 25 min
              impairment ⇢ L unilateral vestibular hypofunction (neuritis 12/2025); oscillopsia walking the American Tobacco Trail, veers L w/ head turns
              intervention ⇢ VORx1 yaw + pitch against a checkerboard, standing on foam; walking VOR reading letters on the hallway wall; eyes-closed marching on foam
              metric ⇢ DVA 2 lines lost (4 at eval); FGA 22/30
            """,
            ["H81.22"], [PT("97112", 25)], []),

        // Maryville PTA: "PTA w/ this pt only; no other pts in my care during the NMR"; Airex SLS with ball toss, star reaches, hop-to-stick; L ankle proprioception after a sprain on the Alum Cave trail; seconds and k of 8: passes.
        ["v1-h59-maryville-pta-this-pt-only"] = new(
            """
            TENNESSEE VALLEY ORTHOPAEDICS — REHAB · Maryville
            PTA TREATMENT NOTE          Supv PT: K. Blalock, DPT (on site)
            NMR 97112 — 20 min. PTA w/ this pt only; no other pts in my care during the NMR.
              • SLS L on Airex w/ ball toss
              • star-excursion reaches on the L, 3 directions
              • lateral hops to stick on a tape line
              L ankle proprioception ↓ after the ATFL sprain (stepped in a hole coming down the Alum Cave trail)
              SLS L on Airex 14 s (R 30 s); 5/8 hops stuck
            CPT/min — 97112/20
            """,
            ["S93.402D"], [PTA("97112", 20)], []),

        // Great Bridge BLUF note: "1 PT / 1 pt the whole time, nobody else under my care"; lean-and-release, rocker board with head turns, beam walk with a tackle box; reactive stepping after TKA; k of 10 and beam feet; 1305–1328 = 23 matches: passes.
        ["v1-h59-great-bridge-bluf-one-pt"] = new(
            """
            LYNNHAVEN HARBOR PT — Great Bridge
            BLUF: NMR (97112), 1 PT / 1 pt the whole time, nobody else under my care. Steadier; wants to try the pier next month.
            EXECUTED: lean-and-release catches fwd/back; rocker board A/P w/ head turns (his "rocking dock"); walking a 2x4 beam carrying a tackle box
            BECAUSE: slow reactive stepping + poor ankle/hip strategy after L TKA (BMC, USN ret.); wants to fish the Lynnhaven pier again
            READINGS: 8/10 releases recovered w/ one step (5/10 two wks ago); beam 12 ft w/o stepping off
            CLOCK: 1305–1328 (23)
            """,
            ["Z96.652", "R26.81"], [PT("97112", 23)], []),

        // Mount Pleasant: husband and wife, "both mine, both on the 10 o'clock", run "side by side … and moved between them": not one-on-one; foam EC, rocker, noodle step-overs; somatosensory loss and hip strategy; seconds present.
        ["v1-h59-mount-pleasant-husband-and-wife"] = new(
            """
            Marsh & Tide Physical Therapy — Mount Pleasant
            SAYS — Came in w/ her husband as usual; they're both mine and both on the 10 o'clock.
            DID — 97112, 23 min. Ran the two of them side by side on the two balance stations and moved between them. Hers:
                  foam stance eyes closed, rocker board A/P, stepping over pool noodles laid across the walkway
            TARGET — somatosensory loss both feet + slow hip strategy; wobbles stepping off the porch in the dark
            SCORED — foam EC 8 s; rocker board 10 s hands free
            """,
            ["G62.9", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Harrisonburg ladder-stand note: box step-ups with head turns, foam ball catches, lights-off tandem; proprioceptive loss and visual reliance after an ankle fracture; sharpened Romberg and foam seconds — complete, but nothing says one-on-one.
        ["v1-h59-harrisonburg-ladder-stand-never-states"] = new(
            """
            massanutten therapy services — harrisonburg
            wants to get up in his ladder stand before bow season.
            nm re-ed 97112 · 24 min
            tx: step up/down a 12" box w/ a head turn at the top; foam stance catching a weighted ball; tandem walk down the hall w/ the lights off holding a flashlight
            impair: ↓ proprioception both ankles, leans on his eyes; L ankle still weak after the fx
            obj: sharpened romberg 6 s; foam ec 9 s
            """,
            ["S82.842D", "R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Sevierville PTA 97530 that never mentions attendance (97530 has no one-on-one check): church-van step, covered-dish carry, low-chair rises with counts; R knee OA with a Wednesday-supper goal; CGA → SBA: passes.
        ["v1-h59-sevierville-pta-church-van-97530"] = new(
            """
            TENNESSEE VALLEY ORTHOPAEDICS — REHAB · Sevierville
            PTA TREATMENT NOTE          Supv PT: K. Blalock, DPT (on site)
            97530 Ther activities — 22 min
              • up the church van's first step (14") using the grab handle, turn, sit — x 5
              • carrying a covered dish 30 ft and setting it on the fellowship-hall table — x 4
              • rising from a low folding chair w/o armrests — x 6
              R knee OA — weak quad, pain on the step-up; goal: ride the van to Wednesday night supper
              CGA on the van step → SBA by trial 4
            CPT/min — 97530/22
            """,
            ["M17.11"], [PTA("97530", 22)], []),

        // Kempsville gait (97116 has no one-on-one check) that never mentions attendance: SPC moved to the R hand, laps, ramp and curb cut; L hip OA antalgic lurch; SBA/CGA and gait speed; 19 matches: passes.
        ["v1-h59-kempsville-gait-unstated"] = new(
            """
            LYNNHAVEN HARBOR PT — Kempsville
            BLUF: gait 97116, 19 min. Cane goes in the R hand now, not the L.
            EXECUTED: SPC (switched to the R hand), 3 x 150 ft on the clinic loop, then the front ramp and the curb cut x 2
            BECAUSE: L hip OA — antalgic, short R step, trunk lurches over the L
            READINGS: SBA on level, CGA on the ramp; gait speed 0.71 m/s
            CLOCK: 97116 — 19 min
            """,
            ["M16.12"], [PT("97116", 19)], []),

        // Cary OT 97112 "OT and client by themselves in the ADL apartment, door shut — no other clients on my schedule"; open-hand weight bearing, placing/holding, tapping with vibration; R wrist/finger extensor recruitment and tone; ARAT and MAS: passes.
        ["v1-h59-cary-ot-adl-apartment"] = new(
            """
            TNVA · Cary · OT
            97112 | 21 min | OT and client by themselves in the ADL apartment, door shut — no other clients on my schedule
              impairment ⇢ R UE: poor wrist/finger extensor recruitment, flexor tone creeping up with effort (L MCA stroke)
              intervention ⇢ weight bearing through the open R hand on the counter while wiping with the L; placing and holding the R arm on a cone stack; tapping + vibration over the R wrist extensors during active release of a cup
              metric ⇢ ARAT R 22/57 (15 at eval); MAS R wrist flexors 1+
            """,
            ["I69.351"], [OT("97112", 21)], []),

        // Summerville: "Our aide walked her through the foam and rocker stations while I finished an eval in room 2": not one-on-one; foam head turns, rocker, booth-cone stepping; ankle proprioception and visual dependence; seconds present.
        ["v1-h59-summerville-aide-ran-stations"] = new(
            """
            Marsh & Tide Physical Therapy — Summerville
            SAYS — Grandson drove her. Wants to walk the booths at the Flowertown festival this weekend.
            DID — 97112, 22 min. Our aide walked her through the foam and rocker stations while I finished an eval in room 2; I came back for the cone work.
                  foam stance w/ head turns, rocker board M/L, stepping around cones set up like festival booths
            TARGET — ↓ ankle proprioception + visual dependence (big sway w/ eyes closed)
            SCORED — foam EC 6 s; rocker 9 s hands free
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Ocean View: "PT and pt alone start to finish", an unbilled cool-down with the tech after; PNF rhythmic stabilization, ladder-tread step-ups with a perturbation, tandem with a mug; cerebellar postural control; SARA items and tandem steps; 0940–1002 = 22 matches: passes.
        ["v1-h59-ocean-view-alone-then-cooldown"] = new(
            """
            LYNNHAVEN HARBOR PT — Ocean View
            BLUF: NMR 97112, PT and pt alone start to finish. Cool-down on the bike afterward with the tech — not billed.
            EXECUTED: PNF rhythmic stabilization standing, then on a half dome; alternating step-ups to a 6" ladderwell tread w/ a perturbation at the top; tandem along a tape line holding a full coffee mug
            BECAUSE: postural control ↓ after R cerebellar stroke — truncal sway, wide base; wants to climb his sailboat's companionway ladder
            READINGS: SARA gait 2, stance 2; tandem 7 steps
            CLOCK: 0940–1002 (22)
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // Chapel Hill PD clinic, 97112 and 97116 both complete (release stepping, counted big steps, box turns; laser-line and metronome gait with distances and SBA; protective stepping, freezing, shuffling; Push & Release, 4SST, 10MWT), minutes match — but nothing says one-on-one.
        ["v1-h59-chapel-hill-pd-two-codes-never-states"] = new(
            """
            TNVA · Chapel Hill · PD clinic
            97112 | 18 min
              impairment ⇢ slow protective stepping backward; freezes at the doorway out to the porch
              intervention ⇢ backward-step release from a lean; big steps to floor tape on a 3-count; turning inside a 4-square box
              metric ⇢ Push & Release score 2; Four Square Step Test 14.1 s
            97116 | 15 min
              impairment ⇢ shuffling, little arm swing, turns take 6+ steps
              intervention ⇢ overground gait w/ a laser-line cue and a metronome at 112 bpm, 4 x 100 ft, no device; turns around cones
              metric ⇢ SBA; 10MWT 0.92 m/s
            """,
            ["G20.A1"], [PT("97112", 18), PT("97116", 15)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, drop-down and template states

        // Matthews smart-phrase sent with every "***" blank unfilled, only "tolerated treatment well" and "continue per plan of care": no exercise, region or dose, no minutes stated: technique, generic, deficit and measure on 97110.
        ["v2-h59-matthews-smartphrase-blanks-unfilled"] = new(
            """
            CPH OUTPATIENT REHAB – MATTHEWS
            PT Daily Note
            Interval history: ***
            Treatment provided:
              97110 Therapeutic Exercise: *** minutes
                - ***
            Impairments targeted: ***
            Objective: ***
            Patient response: Patient tolerated treatment well. Continue per plan of care.
            """,
            ["M17.0"], [PT("97110", 16)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Huntersville "Treatment Type: Individual (no concurrent or group patients during this service)"; rocker-board tandem passing a bucket, pelvic pushes, rope step-overs onto foam; surface-motion postural control and ankle proprioception after ORIF; seconds and k of 10; 24 matches: passes.
        ["v2-h59-huntersville-treatment-type-individual"] = new(
            """
            CPH OUTPATIENT REHAB – HUNTERSVILLE
            PT Daily Note
            Treatment Type: Individual (no concurrent or group patients during this service)
            Interval history: Wants to step on and off his son's pontoon at Lake Norman by July.
            Treatment provided:
              97112 Neuromuscular Reeducation: 24 minutes
                - semi-tandem on the rocker board passing a bucket hand to hand
                - weight shifts in narrow stance w/ light pushes at the pelvis
                - stepping over a rope line onto foam and holding
            Impairments targeted: poor postural control when the surface moves; L ankle proprioception decreased after ankle ORIF
            Objective: rocker board A/P 18 s hands free; 7/10 pushes held w/o a step
            """,
            ["S82.55XD"], [PT("97112", 24)], []),

        // Belmont "Treatment Type: Concurrent (2 patients)": not one-on-one; complete otherwise (half-kneel perturbations, foam reaches, cone stepping; L hemiparesis with poor weight acceptance; FGA and twin-scale loading).
        ["v2-h59-belmont-treatment-type-concurrent"] = new(
            """
            CPH OUTPATIENT REHAB – BELMONT
            PT Daily Note
            Treatment Type: Concurrent (2 patients)
            Treatment provided:
              97112 Neuromuscular Reeducation: 20 minutes
                - perturbations in half kneel, L knee down
                - reaching across midline to targets while standing on foam
                - stepping to cones leading w/ the L
            Impairments targeted: L hemiparesis (R MCA stroke) — poor weight acceptance on the L, slow L stepping
            Objective: FGA 14/30; L limb loading 39% body weight on two scales
            """,
            ["I69.354"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Stanley paper flow sheet: "1 to 1 w/ PT entire nm re-ed? yes [✓]", ticked impairment boxes (proprioception, LE strength); rocker, foam EC, step-ups with a reach; rocker seconds and 5x sit-stand; 21 matches: passes.
        ["v2-h59-stanley-paper-sheet-ticks"] = new(
            """
            massanutten therapy services — stanley · daily flow sheet
            1 to 1 w/ PT entire nm re-ed?   yes [✓]   no [ ]
            impairments:  [✓] proprioception   [ ] vestibular   [✓] LE strength   [ ] coordination
            nm re-ed 97112 — 21 min
              rocker board a/p + m/l; foam stance w/ eyes closed; step-ups onto an 18" box (tailgate height) w/ a reach at the top
            obj: rocker m/l 11 s; 5x sit-stand 15.2 s
            feeds his cattle off the back of the truck, wants to climb up there again.
            """,
            ["R26.81", "M62.81"], [PT("97112", 21)], []),

        // James Island quick-note with every technique and target box unticked, a blank scores line and "Worked on balance today, did good": no technique, deficit, measure or one-on-one, only generic phrases.
        ["v2-h59-james-island-boxes-blank"] = new(
            """
            Marsh & Tide Physical Therapy — James Island · NMR quick-note
            Techniques:  [ ] perturbation   [ ] foam / compliant   [ ] gaze   [ ] PNF   [ ] other ______
            Targets:     [ ] proprioception   [ ] vestibular   [ ] postural control
            Scores:      ______
            Worked on balance today, did good. Continue plan.
            TIMED — 97112, 15 min
            """,
            ["R26.81"], [PT("97112", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Chapel Hill OT with assist-level drop-downs "[CGA ▾] → [SBA ▾]" and trial counts; pot carry, shelf reach, eggs without the counter; L hemiparesis and standing balance with a Sunday-dinner goal; 24 matches: passes.
        ["v2-h59-chapel-hill-ot-assist-dropdowns"] = new(
            """
            TNVA · Chapel Hill · OT
            97530 | 24 min
              impairment ⇢ L hemiparesis w/ poor standing balance at the counter (R MCA stroke); goal — cook Sunday dinner for the grandkids
              intervention ⇢ carrying a pot of water sink → stove on the walker tray; reaching the top shelf for the rice; cracking eggs standing w/o holding the counter
              assist level ⇢ [CGA ▾] → [SBA ▾] by the 3rd carry
              trials ⇢ 3 carries, 2 reaches, 4 eggs
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // West Knoxville PTA exercise log with a done column (bike not done for swelling): quad sets, SAQ, heel slides, step-ups, TKE with doses; TKA ROM and quad weakness with a Neyland-steps goal; "97110/24" matches: passes.
        ["v2-h59-west-knox-pta-log-done-column"] = new(
            """
            TENNESSEE VALLEY ORTHOPAEDICS — REHAB · West Knoxville (Turkey Creek)
            PTA TREATMENT NOTE          Supv PT: J. Ogle, PT (on site)
            EX LOG                      load     sets×reps    done
              quad sets                 —        10×5-s hold   ✓
              SAQ                       3#       3×10          ✓
              heel slides w/ strap      —        2×15          ✓
              step-ups 4"               —        2×10          ✓
              TKE, blue band            —        3×12          ✓
              upright bike              —        —             ✗ (knee swollen today)
            R TKA wk 5: ROM 6–98°, quad weak; wants to climb the Neyland steps for the home opener
            CPT/min — 97110/24
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 24)], []),

        // Kempsville "Standardized test: (none selected)" and "READINGS: (blank)": PT and patient alone, pushes, foam EC, head-turn walking, neuropathic delayed stepping — but no number but the code and its minutes: measure missing.
        ["v2-h59-kempsville-test-none-selected"] = new(
            """
            LYNNHAVEN HARBOR PT — Kempsville
            BLUF: NMR, PT and pt alone the whole block. Standardized test: (none selected).
            EXECUTED: reactive stepping to unannounced pushes; foam stance w/ eyes closed; walking the hallway w/ quick head turns
            BECAUSE: delayed protective stepping; sways hard w/ eyes closed on foam (somatosensory loss, diabetic feet)
            READINGS: (blank)
            CLOCK: 97112 — 18 min
            """,
            ["E11.42"], [PT("97112", 18)], [At(Measure, "97112")]),

        // Apex "Individually treated for the full billed time? Y ☐ N ☒ (shared the gym w/ my 2 other PD pts …)": not one-on-one; complete otherwise (amplitude stepping, turning, dual task; PD stepping and turning; Mini-BEST and turn steps).
        ["v2-h59-apex-individual-yn-no"] = new(
            """
            TNVA · Apex · PD afternoon
            Individually treated for the full billed time?   Y ☐   N ☒   (shared the gym w/ my 2 other PD pts; rotated the 3 of them through the stations)
            97112 | 23 min
              impairment ⇢ small steps, slow weight shift and delayed postural responses; turns en bloc
              intervention ⇢ big diagonal steps to floor targets; 360° turns w/ a count; stepping over a cane while naming grandchildren
              metric ⇢ Mini-BESTest 18/28; 360° turn 8 steps
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // New Market gait sheet of ticks (SPC, SBA, tile/gravel/grass) with a distance line; stiff knee in swing with a hip hike after TKA, orchard goal; 17 matches: passes.
        ["v2-h59-new-market-gait-sheet-ticks"] = new(
            """
            massanutten therapy services — new market · gait sheet
            device:    [ ] none   [✓] SPC   [ ] quad cane   [ ] RW
            assist:    [ ] I   [ ] mod I   [✓] SBA   [ ] CGA   [ ] min A
            surface:   [✓] tile   [✓] gravel lot   [✓] grass   [ ] stairs
            distance:  2 x 200 ft inside, 150 ft gravel, 100 ft grass
            gait 97116 — 17 min
            obs: R knee stiff in swing, hikes the hip to clear; short L step. wants to walk out to the orchard again.
            """,
            ["Z96.651", "R26.89"], [PT("97116", 17)], []),

        // Mooresville charge grid with a Delivery column ("Individual (therapist w/ this pt only)") — 97112 23 and 97110 15 match; half-kneel perturbations and rises, BOSU SLS; leg press, bridges, band walks; hip abductor weakness and hip strategy; rise count and SLS: passes.
        ["v2-h59-mooresville-charge-grid-delivery"] = new(
            """
            CPH OUTPATIENT REHAB – MOORESVILLE
            PT Daily Note
            Charge capture
              CPT     Description                    Min   Delivery
              97112   Neuromuscular Reeducation      23    Individual (therapist w/ this pt only)
              97110   Therapeutic Exercise           15    Individual
            Interval history: Retired race-shop fabricator; still lies on a creeper under his truck and can't get back up w/o pulling on the bumper.
            Treatment provided:
              97112 — perturbations in half kneel; rising half kneel → stand w/o a hand; single-leg stance on the BOSU handing off wrenches
              97110 — leg press 80 lb 3 x 10; bridges 2 x 15; lateral band walks 3 x 20 ft
            Impairments targeted: L hip abductor weakness (4-/5); delayed hip strategy
            Objective: half kneel → stand w/o a hand 3/5 trials; SLS L 6 s
            """,
            ["M16.12", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Lady's Island exercise card with a skipped row (step-ups, knee sore from the jon boat): sit-to-stands, wall slides, rows, farmer carries with doses; knee OA and leg/grip weakness with a boat-launch goal; 21 matches: passes.
        ["v2-h59-ladys-island-card-skipped-row"] = new(
            """
            Marsh & Tide Physical Therapy — Lady's Island (Beaufort)
            DID — 97110, 21 min, off his card:
                  sit-to-stand from the low bench ........ 3 x 8 ✔
                  wall slides ............................ 2 x 10 ✔
                  step-ups 6" ............................ skipped — L knee sore from shoving the jon boat off the trailer
                  band rows (green) ...................... 3 x 12 ✔
                  farmer carry 15 lb each hand ........... 4 x 40 ft ✔
            TARGET — L knee OA + leg and grip weakness; wants to launch and pull out the jon boat at the Port Royal landing by himself
            """,
            ["M17.12"], [PT("97110", 21)], []),

        // Great Neck impairment screen with every row "WNL" and a "keep me sharp" request: pushes, foam SLS with catches, cone stepping, PT and patient alone, FGA and seconds — but no deficit targeted: deficit missing.
        ["v2-h59-great-neck-screen-rows-all-wnl"] = new(
            """
            LYNNHAVEN HARBOR PT — Great Neck
            Impairment screen (today):
              Proprioception ........... WNL
              Vestibular (HIT / HS) .... WNL
              Somatosensory ............ WNL
              LE strength .............. WNL
              Coordination ............. WNL
            BLUF: NMR 97112, 20 min, PT and pt alone throughout. His request — "keep me sharp" before the family's Outer Banks week.
            EXECUTED: perturbations in stride stance; single-leg stance on foam catching a ball; quick cone-to-cone stepping
            READINGS: FGA 29/30; SLS on foam 28 s each leg
            """,
            ["Z91.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Durham Cawthorne-Cooksey standing stage named as the technique, one clinician ↔ one patient; uncompensated R vestibular loss after an acoustic neuroma resection; DGI and turn seconds; 22 matches: passes.
        ["v3-h59-durham-cawthorne-cooksey"] = new(
            """
            TNVA · Durham · Vestibular f/u
            Format: one clinician ↔ one patient, nothing overlapping
            97112 | 22 min
              intervention ⇢ Cawthorne-Cooksey, standing stage: ball thrown hand to hand above eye level and under the knee; sit ↔ stand eyes open, then closed; turning in place both ways
              impairment ⇢ chronic uncompensated R vestibular loss (acoustic neuroma resection 2024); motion-provoked dizziness, unsteady on turns
              metric ⇢ DGI 16/24; 360° turn 5.2 s
            """,
            ["H81.91"], [PT("97112", 22)], []),

        // Cary HUR SmartBalance platform (target game, moving-platform mode) and rapid stepping, "PT and pt alone in the lab"; backward/L limits of stability and slow weight shift in early PD; LOS degrees and Functional Reach; 24 matches: passes.
        ["v3-h59-cary-hur-smartbalance"] = new(
            """
            TNVA · Cary · Balance lab
            97112 | 24 min | PT and pt alone in the lab — no one else booked this hour
              intervention ⇢ HUR SmartBalance platform: weight-shift target game at 80% of LOS, then the moving-platform mode w/ eyes on a fixed target; off the platform, rapid stepping to taped targets
              impairment ⇢ shrunken limits of stability backward + to the L; slow weight shift (early PD — retired IBM engineer, still plays mandolin at the Saturday jam)
              metric ⇢ LOS backward 4.1° (2.6° at eval); Functional Reach 10 in
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // Halls PTA blood-flow-restriction work on a Delfi cuff at 80% LOP: leg press, knee extension, heel raises at 30-15-15-15 with loads; R quad atrophy after meniscectomy with a bird-feeder goal; "97110/22" matches: passes.
        ["v3-h59-halls-pta-bfr-delfi"] = new(
            """
            TENNESSEE VALLEY ORTHOPAEDICS — REHAB · Halls
            PTA TREATMENT NOTE          Supv PT: J. Ogle, PT (on site)
            BFR (Delfi cuff, 80% LOP, R thigh) per the PT's protocol:
              • leg press 40#        30-15-15-15
              • knee extension 10#   30-15-15-15
              • heel raises BW       30-15-15-15
            Cuff deflated between exercises; skin checked after — no petechiae.
            R quad atrophy + weakness after partial medial meniscectomy (wk 4); can't squat down to fill the bird feeders
            CPT/min — 97110/22
            """,
            ["S83.231D"], [PTA("97110", 22)], []),

        // Sevierville PTA HawkGrips IASTM with pin-and-stretch and patellar glides; L knee stiffness after a patella ORIF (porch steps, firewood); flexion degrees before and after; 11 matches: passes.
        ["v3-h59-sevierville-pta-hawkgrips"] = new(
            """
            TENNESSEE VALLEY ORTHOPAEDICS — REHAB · Sevierville
            PTA TREATMENT NOTE          Supv PT: K. Blalock, DPT (on site)
            97140 Manual — 11 min
              • IASTM w/ HawkGrips to the L lateral quad / ITB and the distal hamstring
              • pin-and-stretch to the L vastus lateralis, sidelying, knee taken into flexion
              • patellar glides sup/inf and medial
              L knee stiffness after patella ORIF (fell off the porch steps w/ an armload of firewood)
              L knee flexion 104° → 112° after
            CPT/min — 97140/11
            """,
            ["S82.002D"], [PTA("97140", 11)], []),

        // Mount Pleasant muscle energy technique for a posterior innominate, sidelying rotational mobs with grade, STM; SIJ and lumbar stiffness bending to throw a cast net; fingertip-to-floor cm before and after; 12 matches: passes.
        ["v3-h59-mount-pleasant-muscle-energy"] = new(
            """
            Marsh & Tide Physical Therapy — Mount Pleasant
            SAYS — Low back "catches" when he bends to throw the cast net off the dock at Shem Creek.
            DID — 97140, 12 min: muscle energy technique for a R posterior innominate (supine, 3 contractions x 3 rounds); L4–5 sidelying rotational mobs gr III; STM to the R QL
            TARGET — R SIJ dysfunction + stiff lower lumbar segments
            SCORED — standing flexion test now symmetric; fingertips-to-floor 31 cm → 22 cm
            """,
            ["M53.3", "M54.50"], [PT("97140", 12)], []),

        // Chapel Hill LiteGait body-weight-supported treadmill (BWS %, speed, bouts) then hemi-walker overground with distances; R knee hyperextension and toe drag after stroke; min A and toe-drag count; 20 matches: passes.
        ["v3-h59-chapel-hill-litegait"] = new(
            """
            TNVA · Chapel Hill
            97116 | 20 min
              intervention ⇢ LiteGait over the treadmill, 30% → 20% BWS, 1.1 mph, 3 bouts; then overground w/ the hemi-walker 2 x 60 ft
              impairment ⇢ R hemiparesis (L MCA stroke): R knee snaps back in stance, R toe drags in swing
              metric ⇢ min A overground; 3 toe drags in 60 ft (7 last wk)
            """,
            ["I69.351"], [PT("97116", 20)], []),

        // Apex HiBalance block 2 (dual-task stepping, tray walking over obstacles, cued quick stepping), one clinician ↔ one patient, Mini-BESTest and TUG-cognitive — but the impairment row is a dash and no deficit is named: deficit missing.
        ["v3-h59-apex-hibalance-no-deficit"] = new(
            """
            TNVA · Apex
            Format: one clinician ↔ one patient, nothing overlapping
            97112 | 22 min
              impairment ⇢ —
              intervention ⇢ HiBalance, block 2: dual-task stepping while naming Durham Bulls players; walking w/ a tray over obstacles; quick stepping on the cue card
              metric ⇢ Mini-BESTest 19/28; TUG-cognitive 15.8 s
              notes ⇢ Daughter's wedding is at the Duke Gardens in May.
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Woodstock shorthand: Shuttle MVP leg press, Airdyne intervals, farmer carries, box step-ups with doses; leg and grip weakness after a COVID pneumonia stay with a firewood goal; 25 matches: passes.
        ["v3-h59-woodstock-shuttle-airdyne"] = new(
            """
            massanutten therapy services — woodstock
            ther ex 97110 — 25 min
            tx: shuttle mvp leg press 3 cords 3x12; airdyne arms + legs, 6 intervals (20 s hard / 40 s easy); farmer carry 20# ea hand 4x60 ft; step-ups 8" box 2x10 ea
            impair: leg + grip weakness since the hospital stay (covid pneumonia); splits and stacks his own firewood, can't carry an armload yet
            """,
            ["M62.81", "U09.9"], [PT("97110", 25)], []),

        // Ghent NDT handling from key points, step-stance loading, facilitated gait initiation, tapping, "PT + pt only, no other pts on my board"; L hemiparesis with hip retraction; twin-scale % and SLS; 1030–1054 = 24 matches: passes.
        ["v3-h59-ghent-ndt-key-points"] = new(
            """
            LYNNHAVEN HARBOR PT — Ghent (Norfolk)
            BLUF: NMR 97112; PT + pt only, no other pts on my board.
            EXECUTED: NDT handling from key points at the pelvis for L weight acceptance; L stance w/ the R foot up on a 4" step; facilitated gait initiation leading w/ the R; tapping over the L glut med during L stance
            BECAUSE: L hemiparesis (R MCA stroke; shipyard welder, ret.) — L hip retracts and he won't load the L
            READINGS: L limb loading 41% BW on twin scales (34% at eval); L SLS 3 s
            CLOCK: 1030–1054 (24)
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // Chapel Hill optokinetic projector habituation standing, on foam and marching, with an aisle video, "PT alone with pt in the dark room; no other pts"; visual dependence after vestibular migraine; mCTSIB seconds: passes.
        ["v3-h59-chapel-hill-okn-projector"] = new(
            """
            TNVA · Chapel Hill · Vestibular
            97112 | 20 min | PT alone with pt in the dark room; no other pts
              intervention ⇢ optokinetic stripes from the projector drifting L then R while standing feet together, then on foam, then marching in place; grocery-aisle video on the big screen while walking in place
              impairment ⇢ visual dependence / visual motion sensitivity (vestibular migraine); lists to one side in the Harris Teeter aisles
              metric ⇢ mCTSIB foam EC 14 s, the other three conditions 30 s each
            """,
            ["G43.809"], [PT("97112", 20)], []),

        // Lady's Island Bertec training (sway-referenced surround, weight-shift game, moving plate), "just me and him in the balance room", bilateral vestibulopathy — "computer froze before the report saved; no scores today": measure missing.
        ["v3-h59-ladys-island-bertec-no-scores"] = new(
            """
            Marsh & Tide Physical Therapy — Lady's Island (Beaufort)
            DID — 97112, 20 min, just me and him in the balance room, nobody else booked.
                  Bertec balance training: sway-referenced visual surround, then the weight-shift fishing game, then rhythmic weight shifts w/ the plate moving
            TARGET — poor use of vestibular input when vision and surface are both unreliable (bilateral vestibulopathy; retired Parris Island drill instructor)
            SCORED — computer froze before the report saved; no scores today
            """,
            ["H81.8X3"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Kannapolis OT constraint-induced shaping (mitt on the R): towel folding as at the mill, dominoes, hymnal pages; L hand dexterity after stroke with a dominoes goal; counts and seconds; 26 matches: passes.
        ["v3-h59-kannapolis-ot-cimt-towels"] = new(
            """
            CPH OUTPATIENT REHAB – KANNAPOLIS
            OT Daily Note
            Treatment Type: Individual
            97530 Therapeutic Activities: 26 minutes
              - constraint-induced shaping, mitt on the R: folding hand towels the way she did at the mill and stacking them on a shoulder-high shelf; picking up dominoes and setting them in a row; turning hymnal pages
            Impairments targeted: L hemiparesis, poor L hand dexterity (R MCA stroke); goal — fold the laundry and play dominoes at the senior center
            Objective: 10/10 towels folded (6/10 last wk); 20 dominoes placed in 74 s
            """,
            ["I69.354"], [OT("97530", 26)], []),

        // Morristown PTA Kaltenborn grade III long-axis traction with a belt and posterior glides, STM; R hip OA with a bass-boat limit; IR and flexion degrees before and after; 10 matches: passes.
        ["v3-h59-morristown-pta-kaltenborn"] = new(
            """
            TENNESSEE VALLEY ORTHOPAEDICS — REHAB · Morristown
            PTA TREATMENT NOTE          Supv PT: R. Hensley, PT (on site)
            97140 Manual — 10 min
              • Kaltenborn grade III long-axis traction, R hip, w/ mobilization belt — 3 bouts of 45 s
              • R hip posterior glides in 90° flexion, grade III
              • STM to R TFL / glut med
              R hip OA: IR limited, groin pain stepping in and out of the bass boat
              R hip IR 12° → 18°; flexion 96° → 104°
            CPT/min — 97140/10
            """,
            ["M16.11"], [PTA("97140", 10)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and a note stating none

        // Elkton gait: the foot slaps, steppage and toe catches on the barn threshold, no heel walk on the R (peroneal palsy after a knee scope) as the findings; new AFO + SPC with distances, SBA/CGA and toe-catch counts; 18 matches: passes.
        ["v4-h59-elkton-steppage-toe-catch"] = new(
            """
            massanutten therapy services — elkton
            gait 97116 — 18 min
            obs: R foot slaps down, steppage on the R, toe catches on the barn threshold; can't heel-walk on the R (peroneal palsy after the knee scope)
            tx: gait w/ the new R AFO + SPC, 3 x 150 ft tile, 2 x 80 ft on the gravel lane out back, 4 doorway thresholds; cues for R knee up → heel first
            obj: SBA tile, CGA gravel; 0 toe catches w/ the AFO (4 w/o)
            """,
            ["G57.31", "M21.371"], [PT("97116", 18)], []),

        // Durham: vHIT L lateral-canal gain with overt catch-up saccades and oscillopsia at the ballpark as the finding; VORx1 → VORx2, remembered-target, head-turn walking; one clinician ↔ one patient; DVA and FGA: passes.
        ["v4-h59-durham-vhit-overt-saccades"] = new(
            """
            TNVA · Durham · Vestibular
            Format: one clinician ↔ one patient, nothing overlapping
            97112 | 23 min
              impairment ⇢ vHIT: L lateral canal gain 0.58 w/ overt catch-up saccades (R 0.94); can't read the scoreboard at the Bulls game when he turns his head
              intervention ⇢ VORx1 → VORx2 in yaw on a busy background; remembered-target exercise; walking past the gym's posters turning to read them
              metric ⇢ DVA 3 lines lost; FGA 21/30
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // Harrisonburg turkey-house night check: absent great-toe vibration, monofilament sites felt, eyes opening within seconds as the findings; dim-light foam, hose "feeder line" step-overs, eyes-closed rocker; "my only pt that hour, hands on the whole time"; Romberg and tandem seconds: passes.
        ["v4-h59-harrisonburg-turkey-house-dark"] = new(
            """
            massanutten therapy services — harrisonburg
            does the night check in their turkey houses; "can't tell where my feet are" in the dim light, nearly went down over a feeder line.
            nm re-ed 97112 — 22 min · pt was my only pt that hour, hands on the whole time
            tx: foam stance w/ the lights dimmed, eyes open → closed; stepping over a garden-hose "feeder line" on foam mats in low light; lateral weight shifts on the rocker eyes closed
            findings: vibration absent at both great toes; monofilament felt at 3/10 sites each foot; w/ eyes closed she sways and opens them within seconds
            obj: romberg ec on foam 4 s; tandem ec 3 s
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // Summerville: heel-to-shin wobbling off the shin, a stance widened to 12 in, overshooting floor targets (alcohol-related cerebellar degeneration) as the findings; heel placement to X's, counted shag steps, rhythmic stabilization, baseboard tandem; "one-on-one the full time"; SARA and k of 12: passes.
        ["v4-h59-summerville-heel-shin-shag"] = new(
            """
            Marsh & Tide Physical Therapy — Summerville
            SAYS — Wants to dance the shag at her granddaughter's wedding out at Magnolia Plantation.
            DID — 97112, 24 min, one-on-one the full time (she's my only one in the 2:00 slot).
                  slow heel placement to tape X's on the floor; the basic shag step to a count, holding the counter then free; rhythmic stabilization in standing; tandem along the baseboard
            TARGET — heel-to-shin wobbles off the shin both sides; stance widens to 12 in without her noticing; overshoots the floor targets (alcohol-related cerebellar degeneration — sober 6 yrs)
            SCORED — SARA 12/40; 7 of 12 heel targets hit
            """,
            ["G31.2", "R27.0"], [PT("97112", 24)], []),

        // Huntersville 97112 whose screen today is all normal (light touch and proprioception intact, Romberg and head impulse negative, heel-to-shin smooth, 5/5), Individual, perturbations/foam/hurdles, Berg and FGA near ceiling: deficit missing.
        ["v4-h59-huntersville-screen-normal"] = new(
            """
            CPH OUTPATIENT REHAB – HUNTERSVILLE
            PT Daily Note
            Treatment Type: Individual (no concurrent or group patients during this service)
            Interval history: Back from Myrtle Beach; no falls; "legs feel fine."
            Treatment provided:
              97112 Neuromuscular Reeducation: 19 minutes
                - perturbations in stride stance; foam stance w/ head turns; stepping over hurdles w/ a pause
            Screen today: light touch and proprioception intact both feet; Romberg negative; head impulse negative both sides; heel-to-shin smooth; LE strength 5/5 throughout
            Objective: Berg 55/56; FGA 28/30
            Plan: discuss discharge with the referring MD.
            """,
            ["Z91.81"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // Maryville PTA 97110: a 10° extensor lag on SLR, a late quad and a buckle on the 2nd step down as the findings; quad sets, SLR, TKE, eccentric step-downs with doses; "97110/23" matches: passes.
        ["v4-h59-maryville-pta-extensor-lag"] = new(
            """
            TENNESSEE VALLEY ORTHOPAEDICS — REHAB · Maryville
            PTA TREATMENT NOTE          Supv PT: K. Blalock, DPT (on site)
            Findings today: 10° extensor lag on SLR; L quad fires late on quad sets; knee buckled on the 2nd step going down the clinic stairs
              • quad sets w/ towel under the knee 2×15, 5-s holds
              • SLR 3×8, cued to lock out first
              • TKE blue band 3×15
              • eccentric step-downs off 4" 2×8
            L TKA, wk 7
            CPT/min — 97110/23
            """,
            ["Z96.652"], [PTA("97110", 23)], []),

        // Cary OT 97530: dropping items from the unwatched R hand and overshooting the mug (thalamic stroke) as the findings; dishwasher to upper shelves, pouring, buttoning standing; drop count and SBA; 20 matches: passes.
        ["v4-h59-cary-ot-drops-unwatched"] = new(
            """
            TNVA · Cary · OT
            97530 | 20 min
              impairment ⇢ drops things from the R hand unless she watches it (R-sided sensory loss, L thalamic stroke); overshoots reaching for her coffee mug
              intervention ⇢ unloading the dishwasher to the upper shelves; pouring coffee from the carafe into a mug; buttoning her church blouse standing at the mirror
              metric ⇢ 2 drops in 14 items (6 last wk); SBA standing
            """,
            ["I69.398"], [OT("97530", 20)], []),

        // Lady's Island 97110: the R pelvis drops on L stance and the trunk leans over, L glut med 3+/5, as the findings; sidelying abduction with a cuff, side planks, step-downs, band walks with doses; 19 matches: passes.
        ["v4-h59-ladys-island-pelvis-drops"] = new(
            """
            Marsh & Tide Physical Therapy — Lady's Island (Beaufort)
            SAYS — L hip tires out walking the dog on the Spanish Moss Trail.
            DID — 97110, 19 min: sidelying hip abduction w/ 2-lb cuff 3 x 10; side plank from the knees 3 x 20-s holds; step-downs off a 6" step 2 x 10 each; monster walks w/ red band 4 x 20 ft
            TARGET — when she stands on the L the R side of the pelvis drops and her trunk leans over the L; L glut med 3+/5 (L hip OA)
            """,
            ["M16.12"], [PT("97110", 19)], []),

        // Kempsville pusher: pushing toward the hemiparetic L with the R arm and leg and resisting midline as the findings; wall-side weight shifting, mirror with vertical tape, sit-to-stand with the R hand on the L knee; "PT and pt alone start to finish"; SCP and sitting seconds: passes.
        ["v4-h59-kempsville-pushes-toward-weak-side"] = new(
            """
            LYNNHAVEN HARBOR PT — Kempsville
            BLUF: NMR 97112, 22 min; PT and pt alone start to finish.
            EXECUTED: sitting then standing w/ his L side to the wall, reaching to wall targets so he shifts off the R; mirror w/ a vertical tape line for midline; sit-to-stand w/ the R hand on a target on his L knee instead of the mat
            BECAUSE (findings): pushes toward the L (weak) side with the R arm and leg in sitting and standing and fights being brought to midline; L hemiparesis after R MCA stroke (AD1, USN ret.)
            READINGS: Scale for Contraversive Pushing 3.5/6 (4.75 at eval); sits at midline unsupported 20 s
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // Luray orchard ladder 97530: the L knee giving way off the 2nd rung, no half squat, a 5° lag (TKA) as the findings; ladder climbs with a picking bag, overhead reaches, basket carries with counts, CGA/SBA; 24 matches: passes.
        ["v4-h59-luray-orchard-ladder-knee-gives"] = new(
            """
            massanutten therapy services — luray
            ther act 97530 — 24 min
            tx: up the 3-legged orchard ladder to the 4th rung & back down w/ a picking bag on, x 4; reaching overhead at rung 4 to hang bean-bag "apples" on a line, x 10; carrying a half-bushel basket (12#) 40 ft over the grass, x 3
            findings: L knee gives way stepping down off the 2nd rung; can't hold a half squat; L quad lag 5° (L TKA 4 mo ago)
            obj: CGA on the ladder, SBA on the carries; 10/10 reaches w/o a hand on the ladder
            """,
            ["Z96.652"], [PT("97530", 24)], []),

        // Ghent: head-turn dizziness with a sidestep, tandem falling off to the L, saccadic L pursuit after a blow from the boom as the findings; gaze stabilization sitting → walking, head-turn line walking, slow-turn tandem; "PT and pt alone the whole time"; DGI and tandem steps; 0815–0836 = 21 matches: passes.
        ["v4-h59-ghent-boom-to-the-head"] = new(
            """
            LYNNHAVEN HARBOR PT — Ghent (Norfolk)
            BLUF: NMR 97112; PT and pt alone the whole time. Better on head turns than Tuesday.
            BECAUSE (findings): quick head turns standing bring on dizziness and a sidestep; tandem falls off to the L; smooth pursuit saccadic to the L — since the boom caught him in the head and he went down in the cockpit
            EXECUTED: gaze stabilization (VORx1) sitting → standing → walking; walking a tape line w/ head turns; tandem w/ slow head turns
            READINGS: DGI 18/24; tandem 6 steps
            CLOCK: 0815–0836 (21)
            """,
            ["S06.0X0D", "R26.81"], [PT("97112", 21)], []),

        // Concord 97116: the R knee snapping back into hyperextension in midstance, circumduction, weight kept on the L as the findings; hemi-walker → large-base quad cane with distances, stairs, hamstring tapping; CGA and snap-back counts; 21 matches: passes.
        ["v4-h59-concord-knee-snaps-back"] = new(
            """
            CPH OUTPATIENT REHAB – CONCORD
            PT Daily Note
            Interval history: Wants to walk into Sunday school with the cane, not the hemi-walker.
            Treatment provided:
              97116 Gait Training: 21 minutes
                - hemi-walker → large-base quad cane, 4 x 75 ft; 6 steps step-to w/ the L rail; tapping over the R hamstring at midstance
            Findings: R knee snaps back into hyperextension in midstance; R hip circumducts to clear; keeps his weight on the L
            Objective: CGA w/ the LBQC; snap-back on 2 of 10 R steps w/ the tap (8 of 10 at the start)
            """,
            ["I69.351"], [PT("97116", 21)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Wake Forest: mCTSIB written as four seconds values by condition and an eyes-closed Romberg; "therapist and patient alone in the treatment room"; eyes-closed firm → foam, verbal-target shifts, foam-mat walking; chemotherapy neuropathy with visual reliance: passes.
        ["v5-h59-wake-forest-mctsib-by-condition"] = new(
            """
            TNVA · Wake Forest
            97112 | 21 min | therapist and patient alone in the treatment room, no overlapping appointment
              impairment ⇢ somatosensory loss both feet (chemo neuropathy, breast ca 2024) → leans on vision; unsteady in the shower with her eyes shut
              intervention ⇢ eyes-closed stance firm → foam; weight shifts eyes closed to a called target; walking foam mats eyes closed beside the rail
              metric ⇢ mCTSIB 30 / 30 / 30 / 11 s (condition 4 was 4 s); Romberg EC firm 30 s
            """,
            ["G62.0", "Z85.3"], [PT("97112", 21)], []),

        // Cary SOT composite and condition 5/6 trials after meningitis-related bilateral vestibular loss; sway-referenced surface training, head tilts on foam, dim-light foam walking; "one clinician ↔ one patient"; 23 matches: passes.
        ["v5-h59-cary-sot-composite"] = new(
            """
            TNVA · Cary · Balance lab
            Format: one clinician ↔ one patient, nothing overlapping
            97112 | 23 min
              impairment ⇢ poor vestibular use when vision and surface conflict (bilateral vestibular loss after bacterial meningitis)
              intervention ⇢ sway-referenced surface training eyes closed; head tilts on foam; walking on foam in dim light toward a fixed light
              metric ⇢ SOT composite 54 (47 at eval); conditions 5 and 6 without a fall in 2 of 3 trials each
            """,
            ["H81.8X3"], [PT("97112", 23)], []),

        // West Ashley 97110 with a Stair Climb Test time and a 30-s chair stand count, loaded step-ups, sit-to-stands, single-leg calf raises, leg press; leg weakness after a heart-failure admission with a lighthouse goal; 22 matches: passes.
        ["v5-h59-west-ashley-stair-climb-lighthouse"] = new(
            """
            Marsh & Tide Physical Therapy — West Ashley
            SAYS — Wants to climb the Hunting Island lighthouse with the grandkids this summer.
            DID — 97110, 22 min: step-ups 8" w/ a 5-lb vest 3 x 10 each; sit-to-stand from 17" 3 x 10; single-leg calf raises 2 x 10 each; leg press 90 lb 3 x 12
            TARGET — quads and calves weak both sides, legs give out after 2 flights (since the hospital stay for her heart)
            SCORED — Stair Climb Test (12 steps) 10.4 s (14.9 at eval); 30-s chair stand 11
            """,
            ["M62.81", "I50.32"], [PT("97110", 22)], []),

        // Great Bridge Functional Reach in inches and SLS seconds; clothespin reaches, rocker board while coiling a line, step-and-hold; anticipatory control and ankle proprioception after a houseboat-step fracture; "1 therapist, 1 patient, no others on deck"; 20 matches: passes.
        ["v5-h59-great-bridge-reach-inches"] = new(
            """
            LYNNHAVEN HARBOR PT — Great Bridge
            BLUF: NMR 97112, 20 min — 1 therapist, 1 patient, no others on deck.
            EXECUTED: reaching past arm's length to clip clothespins on a line at 3 heights; rocker board while coiling a dock line; step-and-hold onto a 4" box leading w/ the L
            BECAUSE: poor anticipatory postural control + L ankle proprioception after the L ankle fx (missed the last step off the houseboat)
            READINGS: Functional Reach 9.5 in (6 in at eval); L SLS 7 s
            """,
            ["S82.65XD"], [PT("97112", 20)], []),

        // Woodstock: "just pt & me in the gym, hands on throughout", rocker, foam head turns, sideways hurdles, neuropathic proprioceptive loss — "steadier … than last wk … didn't time anything today": no number but the code and its minutes: measure missing.
        ["v5-h59-woodstock-steadier-no-number"] = new(
            """
            massanutten therapy services — woodstock
            nm re-ed 97112 — 19 min · just pt & me in the gym, hands on throughout
            tx: rocker board a/p & m/l; foam stance w/ head turns; stepping sideways over the hurdles
            impair: proprio loss both feet, slow ankle strategy
            obj: steadier on the rocker than last wk; foam w/ head turns still shaky. didn't time anything today.
            plan: cont, retest next visit
            """,
            ["G62.9"], [PT("97112", 19)], [At(Measure, "97112")]),

        // Lenoir City PTA gait: RW → SPC in the hallway and lot with cues, Trendelenburg lurch after hemiarthroplasty — "Walked well" but no distance, assistance level or number but the code and its minutes: measure missing.
        ["v5-h59-lenoir-city-pta-gait-no-distance"] = new(
            """
            TENNESSEE VALLEY ORTHOPAEDICS — REHAB · Lenoir City
            PTA TREATMENT NOTE          Supv PT: R. Hensley, PT (on site)
            97116 Gait — 16 min
              • RW → SPC trial in the hallway and out across the parking lot
              • cues for R heel strike and a longer L step
              R hip hemiarthroplasty: Trendelenburg lurch on the R, short L step
              Walked well; will progress.
            CPT/min — 97116/16
            """,
            ["Z96.641"], [PTA("97116", 16)], [At(Measure, "97116")]),

        // Halls PTA 97110: pulleys, wand ER, band retraction, wall walks for a frozen L shoulder with a dressing limit — "did each until fatigued; reps not counted today": no dose or number but the code and its minutes: measure missing.
        ["v5-h59-halls-pta-te-reps-not-counted"] = new(
            """
            TENNESSEE VALLEY ORTHOPAEDICS — REHAB · Halls
            PTA TREATMENT NOTE          Supv PT: J. Ogle, PT (on site)
            97110 TE
              • shoulder pulleys, flexion + scaption
              • supine wand ER
              • scapular retraction w/ band
              • wall walks
              Pt did each until fatigued; reps not counted today (daughter picking her up early).
              L frozen shoulder — ER and reach behind the back limited; can't fasten her bra
            CPT/min — 97110/14
            """,
            ["M75.02"], [PTA("97110", 14)], [At(Measure, "97110")]),

        // Mooresville 97116: 10MWT m/s and a cadence in steps/min (not minutes), no device on the track with a metronome then the greenway, SBA; short stride and slowed cadence in PD; 18 matches: passes.
        ["v5-h59-mooresville-10mwt-cadence"] = new(
            """
            CPH OUTPATIENT REHAB – MOORESVILLE
            PT Daily Note
            Treatment provided:
              97116 Gait Training: 18 minutes
                - no device, 4 x 200 ft on the indoor track w/ a metronome at 104 bpm, then 1 lap outdoors on the greenway asphalt; cues for longer stride and arm swing
            Impairments targeted: short stride, slow gait speed and cadence (PD); hurries and shuffles through the dock gate at the lake house
            Objective: 10MWT 0.88 m/s (0.74 at eval); cadence 98 steps/min; SBA outdoors
            """,
            ["G20.A1"], [PT("97116", 18)], []),

        // Summerville TUG and TUG-manual with a cup of sweet tea and 360° turn steps; toy pick-ups turning, head-turn "church aisle" walking; dual-task slowing after small strokes; "one-on-one the whole time; no one else booked with me": passes.
        ["v5-h59-summerville-tug-with-tea"] = new(
            """
            Marsh & Tide Physical Therapy — Summerville
            DID — 97112, 21 min, one-on-one the whole time; no one else booked with me.
                  TUG carrying a full cup of sweet tea (lid on); turning in place to pick the grandbaby's toys up off the floor; walking a taped "church aisle" w/ head turns to wave at folks
            TARGET — slows and loses postural control turning when she has to think or carry (after the small strokes)
            SCORED — TUG 12.8 s; TUG-manual 16.2 s; 360° turn 7 steps
            """,
            ["I69.398", "R26.81"], [PT("97112", 21)], []),

        // Ocean View 97110 with hand-held dynamometry in kg, leg press, single-leg knee extension, loaded step-ups, split squats; R quad weakness after a quad tendon repair from the boat ramp; 1400–1424 = 24 matches: passes.
        ["v5-h59-ocean-view-dynamometer-kg"] = new(
            """
            LYNNHAVEN HARBOR PT — Ocean View
            BLUF: TE 97110; quads stronger, not even yet.
            EXECUTED: leg press 70 lb 3 x 12; single-leg knee extension R 15 lb 3 x 10; step-ups 8" leading R 3 x 10; split squats at the rail 2 x 8 each
            BECAUSE: R quad weakness after the R quad tendon repair (slipped on the Lynnhaven boat ramp)
            READINGS: HHD knee extension R 18.2 kg / L 27.6 kg (R 11.4 kg at eval)
            CLOCK: 1400–1424 (24)
            """,
            ["S76.111D"], [PT("97110", 24)], []),

        // Chapel Hill OT 97530: Nine-Hole Peg Test seconds and a dealt-hands count; shuffling and dealing a rook deck, fanning cards, coins, buttons; R finger isolation and in-hand manipulation after a mild stroke; 19 matches: passes.
        ["v5-h59-chapel-hill-ot-rook-night"] = new(
            """
            TNVA · Chapel Hill · OT
            97530 | 19 min
              impairment ⇢ R hand: slow finger isolation, poor in-hand manipulation (mild L MCA stroke); drops cards at Thursday rook night
              intervention ⇢ shuffling and dealing a rook deck; fanning and holding a hand of cards in the R; sorting coins out of a change purse; buttoning her cardigan
              metric ⇢ 9HPT R 38 s (L 21 s); dealt 4 hands without dropping a card (2 drops a hand last wk)
            """,
            ["I69.331"], [OT("97530", 19)], []),

        // Portsmouth 97530 floor rises by assistance level (min A → CGA) with counts, tub step-overs, dog-bowl pick-ups; knee OA and hip weakness, lives alone; 21 matches: passes.
        ["v5-h59-portsmouth-floor-rise-assist"] = new(
            """
            LYNNHAVEN HARBOR PT — Portsmouth
            BLUF: TA 97530, 21 min; floor recovery much better.
            EXECUTED: down to the floor and back up using the couch (half kneel), x 4; stepping over the tub wall into the shower w/ the grab bar, x 5; picking the dog's bowl up off the floor and setting it on the counter, x 6
            BECAUSE: knee OA both sides + L hip weakness; lives alone in the house off High St — has to get herself up if she falls
            READINGS: floor rise min A → CGA by the 4th; tub step-over SBA
            """,
            ["M17.0", "Z91.81"], [PT("97530", 21)], []),

        // Belmont 97140: cervical rotation degrees before and after; unilateral PAs with grade and bouts, thoracic PAs, suboccipital release, levator STM; R rotation limit backing out of the church lot: passes.
        ["v5-h59-belmont-rotation-before-after"] = new(
            """
            CPH OUTPATIENT REHAB – BELMONT
            PT Daily Note
            Interval history: Neck too stiff to look over the R shoulder backing out of the church lot.
            Treatment provided:
              97140 Manual Therapy: 12 minutes
                - C5–6 R unilateral PA mobs gr III, 3 x 30 s
                - T2–4 central PA mobs gr III–IV
                - suboccipital release; STM to the R levator scapulae
            Impairments targeted: limited R cervical rotation w/ R neck pain (cervical spondylosis)
            Objective: cervical rotation R 48° → 60° after; L 66°
            """,
            ["M47.812", "M54.2"], [PT("97140", 12)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Luray shorthand footer "min: nm re-ed 23 / ther ex 15" by description, both match; "pt alone w/ me the whole nm block"; rocker, foam head turns, cones on foam; sit-stands, hip abduction, heel raises with doses; ankle/hip strategy and abductor weakness; seconds: passes.
        ["v6-h59-luray-min-footer-by-description"] = new(
            """
            massanutten therapy services — luray
            walks to the mailbox at the end of a long gravel lane; wants to do it w/o the cane.
            nm re-ed: rocker board a/p; foam stance w/ head turns; side steps over 3 cones on foam — pt alone w/ me the whole nm block
            ther ex: sit-stand 3x10 no hands; standing hip abd 2# 2x12 ea; heel raises 2x15
            impair: poor ankle + hip strategy; hip abd 4-/5 both sides
            obj: foam w/ head turns 15 s; 5x sit-stand 13.9 s
            min: nm re-ed 23 / ther ex 15
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Ghent 24-hour clock ranges per code with the minutes in brackets ("97112 0905–0928 (23) · 97110 0928–0943 (15)"), both match; PT and pt alone for the NMR; pushes, foam EC, rocker; leg press, step-ups, abduction machine; reactive balance and hip weakness; reactive items and 5xSTS: passes.
        ["v6-h59-ghent-clock-ranges-per-code"] = new(
            """
            LYNNHAVEN HARBOR PT — Ghent (Norfolk)
            BLUF: NMR then TE; PT and pt alone for the NMR. Good day.
            CLOCK: 97112 0905–0928 (23) · 97110 0928–0943 (15)
            EXECUTED — NMR: perturbations in stride stance; foam stance eyes closed; stepping onto a moving rocker board
            EXECUTED — TE: leg press 80 lb 3 x 10; step-ups 6" 2 x 12; hip abduction machine 40 lb 2 x 12
            BECAUSE: poor reactive balance + hip weakness both sides since he fell down the sailboat's companionway (CWO3, USN ret.)
            READINGS: Mini-BESTest reactive section 4/6; 5xSTS 12.6 s
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Mount Pleasant minutes in words ("twenty-two minutes of balance retraining (97112)") on a one-code visit, "one-on-one — I had no one else scheduled"; PNF chops/lifts in half kneel, backward step onto Airex, low reaches; hip strategy and protective stepping after a hip fracture; Berg and k of 5: passes.
        ["v6-h59-mount-pleasant-minutes-in-words"] = new(
            """
            Marsh & Tide Physical Therapy — Mount Pleasant
            SAYS — Sells her sweetgrass baskets at the stand on 17; has to get up and down off a low stool all day.
            DID — twenty-two minutes of balance retraining (97112), one-on-one — I had no one else scheduled.
                  PNF chops and lifts in half kneel; stepping back onto the Airex and holding; reaching down to baskets set at ankle height and coming back up without a hand
            TARGET — slow protective stepping + poor hip strategy since the L hip fx
            SCORED — Berg 49/56; low reach and return without a hand 4/5
            """,
            ["S72.002D"], [PT("97112", 22)], []),

        // Durham "Billed: 97112 ×2u (24m)" with "one clinician ↔ one patient"; kneel-to-stand, quick-turn stepping with tapping, lateral step-ups; L glut recruitment and buckling on turns; 4SST and SLS: passes.
        ["v6-h59-durham-units-and-m"] = new(
            """
            TNVA · Durham · Neuro f/u
            Billed: 97112 ×2u (24m) — one clinician ↔ one patient, nothing overlapping
              impairment ⇢ L hemiparesis; L knee buckles on quick turns; poor L glut med recruitment
              intervention ⇢ half kneel → stand leading w/ the L; quick 90° stepping turns to called directions w/ tapping over the L glut med; lateral step-ups onto 4" leading L
              metric ⇢ Four Square Step Test 17.3 s; SLS L 4 s
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // West Knoxville PTA "CPT/min — 97110/25 · 97140/10", both match; GH glides with grade, scapular mobs, STM; pulleys, wand, sidelying ER, rows with doses; post-op RTC PROM degrees: passes.
        ["v6-h59-west-knox-pta-cpt-slash-minutes"] = new(
            """
            TENNESSEE VALLEY ORTHOPAEDICS — REHAB · West Knoxville
            PTA TREATMENT NOTE          Supv PT: J. Ogle, PT (on site)
            MANUAL: R GH posterior + inferior glides gr III; scapular mobs sidelying; STM to the R infraspinatus
            EX: pulleys flexion 2×15; supine wand ER 2×12; sidelying ER 1# 3×10; rows, red band 3×12
            R RTC repair wk 10: PROM flexion 138°, ER 48°; can't hang his coat on the hook behind the door
            CPT/min — 97110/25 · 97140/10
            """,
            ["M75.121", "Z98.890"], [PTA("97110", 25), PTA("97140", 10)], []),

        // Huntersville "97112 Neuromuscular Reeducation: 30 minutes" against a 15-min line: mismatch; Individual, Bosu shifts, pushes, step-overs; neuropathic postural control; FGA complete.
        ["v6-h59-huntersville-nmr-stated-30-line-15"] = new(
            """
            CPH OUTPATIENT REHAB – HUNTERSVILLE
            PT Daily Note
            Treatment Type: Individual (no concurrent or group patients during this service)
            Treatment provided:
              97112 Neuromuscular Reeducation: 30 minutes
                - weight shifts on the Bosu, dome up, w/ reaches
                - unannounced pushes in semi-tandem
                - stepping over a 6" hurdle and holding single-leg stance
            Impairments targeted: postural control and ankle strategy impaired (peripheral neuropathy)
            Objective: FGA 19/30
            """,
            ["G62.9"], [PT("97112", 15)], [At(Mismatch, "97112")]),

        // Lady's Island: "manual 97140: 10 · ther ex 97110: 12" — manual matches, ther ex (12) is against a 25-min line: mismatch on 97110; talocrural glides, STM; heel raises, band work, balance-pad steps with doses; ankle stiffness and calf weakness with lunge cm.
        ["v6-h59-ladys-island-second-code-differs"] = new(
            """
            Marsh & Tide Physical Therapy — Lady's Island (Beaufort)
            SAYS — Ankle stiff in the mornings; wants to walk the sandbar at low tide with the grandkids.
            DID — manual: L talocrural posterior glides gr III, subtalar glides, STM to the L calf
                  ther ex: eccentric heel raises off a step 3 x 12; band inversion/eversion (green) 3 x 15; step-downs 6" 2 x 10
            TARGET — L ankle DF stiffness + calf weakness after the L ankle fx
            SCORED — knee-to-wall lunge L 5 cm → 8 cm after the glides (R 12 cm)
            TIMED — manual 97140: 10 · ther ex 97110: 12
            """,
            ["S82.842D"], [PT("97140", 10), PT("97110", 25)], [At(Mismatch, "97110")]),

        // Apex "Billed: 97112 + 97116 — 38 min together" with one clinician ↔ one patient: no minutes for each code: separate time missing; both sections complete (amplitude stepping, turns, release; cued gait with distances and SBA; stepping and shuffling; Mini-BEST and gait speed).
        ["v6-h59-apex-two-codes-together"] = new(
            """
            TNVA · Apex · PD clinic
            Billed: 97112 + 97116 — 38 min together; one clinician ↔ one patient, nothing overlapping
            97112
              impairment ⇢ small, slow protective steps; freezing at turns
              intervention ⇢ big steps to targets on a 4-count; backward release from a lean; 180° turns around a cone
              metric ⇢ Mini-BESTest 17/28
            97116
              impairment ⇢ shuffling w/ a forward-flexed trunk
              intervention ⇢ gait w/ visual floor stripes + auditory cue, 4 x 120 ft, no device
              metric ⇢ SBA; gait speed 0.84 m/s
            """,
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // Elkton: "nm re-ed 97112 20 min, pt & me only" then ther ex "for the rest of the visit" with no minutes: separate time missing; both complete (rocker, foam, hurdles; bridges, clams, sit-stands; proprioception and hip weakness; foam seconds).
        ["v6-h59-elkton-te-rest-of-visit"] = new(
            """
            massanutten therapy services — elkton
            nm re-ed 97112 20 min, pt & me only: rocker board a/p w/ ball toss; foam stance eyes closed; stepping over hurdles and holding
            then ther ex for the rest of the visit: bridges 2x15; clamshells red band 2x12 ea; sit-stand 3x8
            impair: proprio ↓ both ankles; hip abd + ext weak (4-/5)
            obj: foam ec 10 s; hurdle steps w/o LOB 8/10
            """,
            ["R26.81", "M62.81"], [PT("97112", 20), PT("97110", 13)], [SepTime]),

        // Chapel Hill neuro day, PT then OT: "PT — 97112 | 20 min | PT and pt alone" and "OT — 97530 | 18 min" each match their own discipline's line; ball sitting stabilization, weight shift, UE weight bearing; shower-bench tasks with min A → CGA; trunk control with a shower goal; FIST: passes.
        ["v6-h59-chapel-hill-pt-then-ot"] = new(
            """
            TNVA · Chapel Hill · Neuro day (PT → OT)
            PT — 97112 | 20 min | PT and pt alone
              impairment ⇢ L hemiparesis w/ poor trunk control in sitting (R MCA stroke)
              intervention ⇢ rhythmic stabilization sitting on a therapy ball; weight shift onto the L hip w/ a reach; L UE weight bearing in sitting while reaching w/ the R
              metric ⇢ FIST 40/56
            OT — 97530 | 18 min
              impairment ⇢ same L hemiparesis; goal — shower at home w/ her husband on standby
              intervention ⇢ transfer to the tub bench; washing the L arm w/ a long-handled sponge; drying the legs seated
              metric ⇢ min A → CGA by the 2nd transfer
            """,
            ["I69.354"], [PT("97112", 20), OT("97530", 18)], []),

        // Pungo units with minutes ("97112 ×2u (24 min) · 97110 ×1u (14 min)"), both match; "PT and pt alone for the NMR"; furrow-line tandem, crate reaches on foam, rocker; crate squats, carries, bridges with doses; ankle strategy and quad weakness after TKA; seconds and k of 10: passes.
        ["v6-h59-pungo-units-with-minutes"] = new(
            """
            LYNNHAVEN HARBOR PT — Pungo
            BLUF: back to picking in the strawberry rows by May if this keeps up. PT and pt alone for the NMR.
            CLOCK: 97112 ×2u (24 min) · 97110 ×1u (14 min)
            EXECUTED — NMR: tandem along a rope "furrow" w/ head turns; reaching down to a berry crate while standing on foam; rocker board A/P
            EXECUTED — TE: squats to an upturned crate 3 x 10; farmer carry w/ a loaded crate 4 x 40 ft; bridges 2 x 15
            BECAUSE: poor ankle strategy + L quad weakness after L TKA
            READINGS: foam reach-down 8/10 w/o a step; tandem w/ head turns 12 s
            """,
            ["Z96.652"], [PT("97112", 24), PT("97110", 14)], []),

        // Maryville PTA gait "CPT/min — 97116/12" against a 24-min PTA line: mismatch; SPC with distances, stairs, CGA/SBA; L knee stiff-legged gait after TKA complete.
        ["v6-h59-maryville-pta-gait-stated-12"] = new(
            """
            TENNESSEE VALLEY ORTHOPAEDICS — REHAB · Maryville
            PTA TREATMENT NOTE          Supv PT: K. Blalock, DPT (on site)
            97116 Gait
              • SPC, 3 x 150 ft hallway; 8 stairs w/ rail, step-over-step up, step-to down
              • cues for L knee bend in swing and heel strike
              L TKA wk 8: stiff-legged on the L, vaults on the R to clear
              SBA level, CGA stairs
            CPT/min — 97116/12
            """,
            ["Z96.652"], [PTA("97116", 24)], [At(Mismatch, "97116")]),

        // Matthews three codes listed each with its minutes (97140 10, 97110 15, 97112 15), all match; Individual; lumbar mobs and STM; core and hip exercises with doses; foam/rocker/pushes; stiffness, weakness, postural control; degrees, seconds and FGA: passes.
        ["v6-h59-matthews-three-codes-listed"] = new(
            """
            CPH OUTPATIENT REHAB – MATTHEWS
            PT Daily Note
            Treatment Type: Individual (no concurrent or group patients during this service)
            Treatment provided:
              97140 Manual Therapy: 10 minutes
                - L4–5 central PA mobs gr III; sidelying lumbar rotation mobs; STM to the lumbar paraspinals
              97110 Therapeutic Exercise: 15 minutes
                - bridges 3 x 12; bird-dog 2 x 10 each side; sidelying hip abduction 2 x 12; sit-to-stand holding a 6-lb ball 2 x 10
              97112 Neuromuscular Reeducation: 15 minutes
                - foam stance w/ head turns; rocker board M/L; pushes at the pelvis in narrow stance
            Impairments targeted: lumbar stiffness (spinal stenosis), hip and trunk weakness, poor postural control in standing
            Objective: lumbar extension 10° → 16° after mobs; rocker M/L 12 s; FGA 20/30
            """,
            ["M48.061", "R26.81"], [PT("97140", 10), PT("97110", 15), PT("97112", 15)], []),

        // Stanley gait with "timed min today: 28" written without a code on a one-code visit, against a 15-min line: mismatch; quad cane → SPC, distances, curb, SBA/CGA; L circumduction after stroke complete.
        ["v6-h59-stanley-timed-min-today-differs"] = new(
            """
            massanutten therapy services — stanley
            gait 97116: quad cane → spc, 3 x 100 ft in the hall, out the side door and 2 x 60 ft on the blacktop, curb up/down x 3
            impair: L hemiparesis — L leg circumducts, short R step, catches the L toe on the curb
            obj: SBA level, CGA at the curb
            timed min today: 28
            """,
            ["I69.354"], [PT("97116", 15)], [At(Mismatch, "97116")]),

        // Cary progress visit: "97164 re-evaluation — 20 min" (untimed, its own code, no line) beside "97112 | 18 min", which matches; one clinician ↔ one patient; gaze stabilization, habituation turns, foam head turns; L hypofunction; DGI and DVA: passes.
        ["v6-h59-cary-re-eval-beside-nmr"] = new(
            """
            TNVA · Cary · Progress visit (10th)
            97164 re-evaluation — 20 min (untimed; separate charge; see re-eval note)
            97112 | 18 min | one clinician ↔ one patient, nothing overlapping
              impairment ⇢ L vestibular hypofunction — gaze unstable on quick head turns to the L
              intervention ⇢ gaze stabilization VORx1 standing → walking; habituation turns to the L; foam stance w/ head turns
              metric ⇢ DGI 20/24 (14 at IE); DVA 2 lines lost
            """,
            ["H81.22"], [PT("97112", 18)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a 97112 with a diagnosis: DOC_NOTE_MISSING on the line and nothing else.
        ["v7-h59-empty-nmr"] = new(
            "",
            ["H81.22"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // Empty note on a 97110 + 97140 visit with no diagnosis: note missing on each line, and the diagnosis.
        ["v7-h59-empty-te-mt-no-dx"] = new(
            "",
            [], [PT("97110", 15), PT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140"), Dx]),

        // Empty note on a PTA 97116 with a diagnosis: note missing only.
        ["v7-h59-empty-pta-gait"] = new(
            "",
            ["Z96.641"], [PTA("97116", 20)], [At(NoteMissing, "97116")]),

        // A note of blank lines and spaces only (cells are trimmed) on an OT 97530 with a diagnosis: note missing only.
        ["v7-h59-blank-lines-ot-97530"] = new(
            "\n   \n\n",
            ["I69.351"], [OT("97530", 22)], [At(NoteMissing, "97530")]),

        // 97110's meaning at Concord: hip hinge, press-ups, bird-dog, box dead-lifts, side planks with doses (technique and measure), lumbar and hip extensor weakness with a tobacco-barn goal (deficit); 20 matches: passes.
        ["v7-h59-concord-97110-tobacco-barn"] = new(
            """
            CPH OUTPATIENT REHAB – CONCORD
            PT Daily Note
            Interval history: He and his son are cleaning out his daddy's old tobacco barn this spring; his back locks up after he's been bent over a while.
            Treatment provided:
              97110 Therapeutic Exercise: 20 minutes
                - hip hinge w/ a dowel 3 x 10; prone press-ups 2 x 10; bird-dog 2 x 10 each side; dead-lift from a 12" box w/ a 15-lb kettlebell 3 x 8; side plank from the knees 3 x 15-s holds
            Impairments targeted: lumbar and hip extensor weakness, poor hip hinge; goal — bend and lift in the barn without his back locking up
            """,
            ["M54.50", "M47.816"], [PT("97110", 20)], []),

        // 97530's meaning at James Island: boat step-down onto a wobble board, bench sit/stand, bucket carries, kneel-rises with counts (technique), knee OA with a crabbing goal (deficit), CGA → SBA and k of 4 (measure); 23 matches: passes.
        ["v7-h59-james-island-97530-crabbing"] = new(
            """
            Marsh & Tide Physical Therapy — James Island
            SAYS — Grandson wants to take him crabbing off the Folly River landing.
            DID — 97530, 23 min: stepping down off the "dock" (12" block) into the "boat" (wobble board on the floor), sitting on a low bench seat and getting back up, x 5; carrying a 5-gal bucket half full of water 30 ft, x 3; down on one knee to pull up a crab line and back up without a hand, x 4
            TARGET — R knee OA pain + quad weakness, unsteady stepping down; goal: in and out of the boat at the landing
            SCORED — CGA on the step-down → SBA by rep 4; 4/4 kneel-rises without a hand
            """,
            ["M17.11"], [PT("97530", 23)], []),

        // 97140's meaning at New Market: GH glides with grades, scapular mobs, cross-friction (technique), a stiff painful L shoulder after a hay-wagon fall with a cabinet limit (deficit), flexion/abduction degrees before and after (measure); 12 matches: passes.
        ["v7-h59-new-market-97140-hay-wagon"] = new(
            """
            massanutten therapy services — new market
            manual 97140 — 12 min
            tx: L GH inferior + posterior glides gr III–IV; scapular upward-rotation mobs sidelying; cross-friction to the supraspinatus tendon
            impair: L shoulder stiff + painful reaching overhead since the fall off the hay wagon; can't reach the top kitchen cabinet
            obj: L flexion 122° → 134°, abduction 100° → 112° after
            """,
            ["M25.612"], [PT("97140", 12)], []),

        // 97116's meaning at Lenoir City: RW → SPC with distances, stairs and grass, cues (technique), short step, trunk lean and little hip extension after an anterior THA with a bleachers goal (deficit), SBA/CGA (measure); 20 matches: passes.
        ["v7-h59-lenoir-city-pta-97116-bleachers"] = new(
            """
            TENNESSEE VALLEY ORTHOPAEDICS — REHAB · Lenoir City
            PTA TREATMENT NOTE          Supv PT: R. Hensley, PT (on site)
            97116 Gait — 20 min
              • RW → SPC, 3 x 150 ft hallway; 12 stairs w/ one rail step-over-step; 2 x 60 ft on the grass by the lot
              • cues for L heel strike, upright trunk, even step length
              L anterior THA wk 6: short R step, trunk leans over the L in stance, little L hip extension at push-off; goal — climb the bleachers at his grandson's ballgames
              SBA level + grass; CGA stairs
            CPT/min — 97116/20
            """,
            ["Z96.642", "Z47.1"], [PTA("97116", 20)], []),

        // Generic 97530 at Huntersville: "Therapeutic activities performed as tolerated … tolerated well … continue per plan of care" with 15 minutes that match: no activity, deficit, goal or number.
        ["v7-h59-huntersville-generic-97530"] = new(
            """
            CPH OUTPATIENT REHAB – HUNTERSVILLE
            PT Daily Note
            97530 Therapeutic Activities: 15 minutes
              - Therapeutic activities performed as tolerated.
            Patient response: Patient tolerated treatment well. Continue per plan of care.
            """,
            ["M62.81"], [PT("97530", 15)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic BLUF note at Kempsville: "TE 15 min, manual 10 min. Tolerated well. Cont POC." — minutes match, nothing else for either code.
        ["v7-h59-kempsville-generic-te-manual"] = new(
            "BLUF: TE 15 min, manual 10 min. Tolerated well. Cont POC.",
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Generic 97112 in Woodstock shorthand: "nm re-ed per poc 12 min. tolerated well. cont." — no technique, deficit, measure or one-on-one.
        ["v7-h59-woodstock-generic-nmr"] = new(
            "nm re-ed per poc 12 min. tolerated well. cont.",
            ["R26.81"], [PT("97112", 12)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes

        // Ballantyne NMR 22 (Individual) and gait 16 both match: tandem/foam/pushes; RW → SPC with distances and SBA/CGA; neuropathic postural control and a short L step; seconds and gait speed: passes.
        ["vord-h59-ballantyne-nmr-gait"] = new(
            """
            CPH OUTPATIENT REHAB – BALLANTYNE
            PT Daily Note
            Treatment Type: Individual (no concurrent or group patients during this service)
            Interval history: Wants to walk the loop at the church homecoming without her walker.
            Treatment provided:
              97112 Neuromuscular Reeducation: 22 minutes
                - tandem stance on foam w/ head turns; lateral pushes at the shoulders in narrow stance; stepping over a cane laid on the floor and holding
              97116 Gait Training: 16 minutes
                - RW → SPC, 3 x 150 ft indoors, 1 x 200 ft on the sidewalk; cues for L step length
            Impairments targeted: poor postural control w/ eyes closed and on foam (DM neuropathy); short L step
            Objective: tandem on foam 7 s; gait speed 0.79 m/s w/ SPC; SBA indoors, CGA outdoors
            """,
            ["E11.42", "R26.81"], [PT("97112", 22), PT("97116", 16)], []),

        // James Island knee: manual 10 and ther ex 15 match; patellar glides, tibiofemoral mobs, STM; quad and hip work with doses; knee stiffness and quad weakness after TKA; flexion degrees: passes.
        ["vord-h59-james-island-tka-mt-te"] = new(
            """
            Marsh & Tide Physical Therapy — James Island
            SAYS — Knee stiff getting in and out of the golf cart on Kiawah.
            DID — manual 97140, 10 min: patellar glides all directions; tibiofemoral posterior glides gr III in flexion; STM to the distal quad
                  ther ex 97110, 15 min: heel slides w/ strap 2 x 15; SAQ 4 lb 3 x 10; step-ups 6" 2 x 12; wall sits 3 x 20-s holds
            TARGET — R knee stiffness + quad weakness after R TKA (wk 8)
            SCORED — R knee flexion 102° → 109° after the manual; extension −3°
            """,
            ["Z96.651"], [PT("97140", 10), PT("97110", 15)], []),

        // Luray 97530 church steps: rail step-ups, pew in/out, carrying a hymnal and casserole with counts and SBA/CGA; L knee OA and weakness with a church goal; 20 matches: passes.
        ["vord-h59-luray-97530-church-steps"] = new(
            """
            massanutten therapy services — luray
            ther act 97530 — 20 min
            tx: up/down the 5 clinic stairs w/ the L rail only like the church's front steps, x 4; in and out of a pew-height bench sliding down the row, x 5; carrying a hymnal + casserole dish 30 ft, x 3
            impair: L knee OA — pain + quad weakness on the step down; wants to get into church without her son on her arm
            obj: CGA on the steps → SBA by the 4th trip; pew transfers mod I
            """,
            ["M17.12"], [PT("97530", 20)], []),

        // Wake Forest NMR 20 (one clinician ↔ one patient) and TE 13 match: VOR in standing and walking, habituation; cervical and leg exercises with doses; vestibular hypofunction and deconditioning; DGI and 30-s chair stand: passes.
        ["vord-h59-wake-forest-nmr-te"] = new(
            """
            TNVA · Wake Forest
            Format: one clinician ↔ one patient, nothing overlapping
            97112 | 20 min
              impairment ⇢ R vestibular hypofunction; unsteady on head turns in the bluegrass jam circle
              intervention ⇢ VORx1 standing on foam; walking w/ head turns past the gym windows; habituation sit ↔ lie down turned R
              metric ⇢ DGI 19/24
            97110 | 13 min
              impairment ⇢ deconditioned legs after 2 months of barely leaving the recliner
              intervention ⇢ sit-to-stand 3 x 10; standing hip abduction w/ 2-lb cuff 2 x 12; heel raises 2 x 15
              metric ⇢ 30-s chair stand 10
            """,
            ["H81.21", "M62.81"], [PT("97112", 20), PT("97110", 13)], []),

        // Morristown PTA NMR 18 (PTA w/ this pt only) and TE 12 match: clogging-step drills, rocker, tandem; leg exercises with doses; ankle proprioception and calf weakness after a sprain; SLS seconds and heel-raise count: passes.
        ["vord-h59-morristown-pta-clogging"] = new(
            """
            TENNESSEE VALLEY ORTHOPAEDICS — REHAB · Morristown
            PTA TREATMENT NOTE          Supv PT: R. Hensley, PT (on site)
            NMR 97112 — PTA w/ this pt only, no other pts in my care during it
              • toe-heel clogging steps on the L at half speed, holding the bar → free
              • rocker board A/P, eyes open → closed
              • tandem walk w/ head turns
            TE 97110
              • heel raises single-leg L 3×10
              • band eversion/inversion, green, 3×15
              • lateral lunges 2×10
            L ankle: proprioception ↓ and calf weak after an inversion sprain at the clogging practice
            SLS L eyes closed 6 s (R 15 s); single-leg heel raises L 14 (R 22)
            CPT/min — 97112/18 · 97110/12
            """,
            ["S93.402D"], [PTA("97112", 18), PTA("97110", 12)], []),

        // Virginia Beach three codes (NMR 15, TE 12, GT 11 by 24-hour clock ranges), "PT and pt alone for the NMR"; foam/rocker/pushes; leg exercises with doses; SPC on the boardwalk planks with distances and SBA; ankle strategy and hip weakness; seconds and gait speed: passes.
        ["vord-h59-great-neck-three-codes-clock"] = new(
            """
            LYNNHAVEN HARBOR PT — Great Neck
            BLUF: three codes today; PT and pt alone for the NMR. Wants to walk the boardwalk at First Landing.
            CLOCK: 97112 1000–1015 (15) · 97110 1015–1027 (12) · 97116 1027–1038 (11)
            EXECUTED — NMR: foam stance w/ head turns; rocker board M/L; light pushes in tandem
            EXECUTED — TE: sit-to-stand 3 x 10; side-stepping w/ red band 3 x 20 ft; step-ups 6" 2 x 10
            EXECUTED — GT: SPC, 2 x 200 ft on the clinic path's wood planks + 1 x 150 ft on the sand path; SBA
            BECAUSE: slow ankle strategy + hip weakness both sides; shuffles on uneven ground
            READINGS: rocker M/L 13 s; gait speed 0.93 m/s
            """,
            ["R26.81", "M62.81"], [PT("97112", 15), PT("97110", 12), PT("97116", 11)], []),

        // Concord OT 97530 for a towel-mill retiree: buttoning, sock aid, medicine bottles, a laundry-basket carry with counts and SBA; R hand weakness after a Colles fracture with a dressing goal; grip kg: passes.
        ["vord-h59-concord-ot-colles-97530"] = new(
            """
            CPH OUTPATIENT REHAB – CONCORD
            OT Daily Note
            97530 Therapeutic Activities: 22 minutes
              - buttoning a church shirt on herself; opening 4 medicine bottles; carrying a laundry basket (8 lb) 25 ft to the folding table and folding 6 towels
            Impairments targeted: R wrist stiffness and weak grip after a R Colles fracture; goal — dress for church and do her own laundry
            Objective: grip R 11 kg / L 22 kg; 4/4 bottles opened; SBA for the carry
            """,
            ["S52.531D"], [OT("97530", 22)], []),

        // Harrisonburg manual 11 and ther ex 14 by the shorthand footer: lumbar PAs and rotation mobs, STM; press-ups, bridges, hinge with doses; lumbar stiffness and radicular pain with a firewood goal; SLR and flexion degrees: passes.
        ["vord-h59-harrisonburg-back-mt-te"] = new(
            """
            massanutten therapy services — harrisonburg
            back's better; split half a cord of wood saturday and paid for it sunday.
            manual: L4-5 + L5-S1 central PAs gr III; sidelying rotation mobs L; STM to the L paraspinals
            ther ex: prone press-ups 2x10; bridges 2x12; hip hinge w/ dowel 3x10; bird-dog 2x8 ea
            impair: lower lumbar stiffness w/ L buttock + thigh pain (L5 radic); poor hinge when he lifts
            obj: SLR L 55° (40° last wk); lumbar flexion 45° → 55° after manual
            min: manual 11 / ther ex 14
            """,
            ["M51.16"], [PT("97140", 11), PT("97110", 14)], []),

        // Kempsville complete NMR 20 (PT and pt alone) and TE 15 with per-code minutes — sent with no diagnosis: diagnosis missing only.
        ["vord-h59-kempsville-complete-no-diagnosis"] = new(
            """
            LYNNHAVEN HARBOR PT — Kempsville
            BLUF: NMR then TE; PT and pt alone for the NMR.
            CLOCK: 97112 — 20 min · 97110 — 15 min
            EXECUTED — NMR: pushes in stride stance; foam stance w/ head turns; side-stepping over a line of cones
            EXECUTED — TE: leg press 60 lb 3 x 10; hip abduction w/ 3-lb cuff 2 x 12; heel raises 2 x 15
            BECAUSE: delayed stepping response + hip weakness both sides (ret. MMCS, USN)
            READINGS: 7/10 pushes w/ one step; foam w/ head turns 11 s
            """,
            [], [PT("97112", 20), PT("97110", 15)], [Dx]),

        // Morristown PTA 97110 complete (knee exercises with loads, OA weakness with a goal) sent with an ICD-9 code (715.16) as its diagnosis: diagnosis not well formed.
        ["vord-h59-morristown-pta-icd9"] = new(
            """
            TENNESSEE VALLEY ORTHOPAEDICS — REHAB · Morristown
            PTA TREATMENT NOTE          Supv PT: R. Hensley, PT (on site)
            97110 TE
              • leg press 50# 3×12
              • knee extension 5# 3×10
              • step-ups 6" 2×10
              • mini squats at the bar 2×12
            L knee OA: quad weak, stairs hard; wants to get down to the dock on Cherokee Lake
            CPT/min — 97110/20
            """,
            ["715.16"], [PTA("97110", 20)], [Dx]),

        // Ballantyne generic two-code note with only a total ("Therapeutic exercise and neuromuscular reeducation: 35 minutes total"): no technique, deficit or measure for either code, no one-on-one, no minutes for each.
        ["vord-h59-ballantyne-generic-total"] = new(
            """
            CPH OUTPATIENT REHAB – BALLANTYNE
            PT Daily Note
            Therapeutic exercise and neuromuscular reeducation: 35 minutes total.
            Patient tolerated treatment well. Continue per plan of care.
            """,
            ["R26.81"], [PT("97110", 15), PT("97112", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // Elkton 97112 complete (rocker, foam EC, hurdle holds; proprioceptive loss and ankle strategy; seconds and k of 10), minutes match — but nothing says one-on-one.
        ["vord-h59-elkton-nmr-never-one-on-one"] = new(
            """
            massanutten therapy services — elkton
            nm re-ed 97112 — 21 min
            tx: rocker board a/p eyes open → closed; foam stance catching a ball; stepping over hurdles and holding on one leg
            impair: proprio ↓ both feet, slow ankle strategy; caught her toe on the porch step last wk
            obj: rocker a/p 9 s; 6/10 hurdle holds w/o a touch-down
            """,
            ["G62.9", "R26.81"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Durham "97112 | 25 min" against a 12-min line: mismatch; one clinician ↔ one patient, gaze and habituation work, L hypofunction, DGI complete.
        ["vord-h59-durham-nmr-stated-25-line-12"] = new(
            """
            TNVA · Durham · Vestibular f/u
            Format: one clinician ↔ one patient, nothing overlapping
            97112 | 25 min
              impairment ⇢ L vestibular hypofunction; dizzy and unsteady turning to back the car out
              intervention ⇢ VORx1 yaw standing; walking w/ head turns; seated trunk-and-head turns to the L for habituation
              metric ⇢ DGI 18/24
            """,
            ["H81.22"], [PT("97112", 12)], [At(Mismatch, "97112")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
